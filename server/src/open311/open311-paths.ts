/**
 * Where the GeoReport v2 API is served: `/open311/v2/…`, outside the app's `/api` prefix, where an
 * integrator's Open311 client (FixMyStreet and the like) expects a bare endpoint root.
 */
export const OPEN311_ROOT = 'open311/v2';

/** Whether a request path (or a route's path) is one of the Open311 API's. */
export function isOpen311Path(path: string): boolean {
  return path.startsWith(`/${OPEN311_ROOT}/`);
}
