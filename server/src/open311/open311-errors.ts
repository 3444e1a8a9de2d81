/**
 * A refusal in GeoReport v2's own terms: an HTTP status and a description, answered as the
 * specification's list of errors (`[{code, description}]`, `<errors><error>…`) in the format asked
 * for. The spec names 400 (a parameter missing or wrong), 403 (the api_key) and 404 (a service or
 * request that is not there); 409 is the one addition, a reused Idempotency-Key.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly description: string,
  ) {
    super(description);
    this.name = 'Open311Error';
  }
}

export const open311BadRequest = (description: string) => new Open311Error(400, description);
export const open311Forbidden = (description: string) => new Open311Error(403, description);
export const open311NotFound = (description: string) => new Open311Error(404, description);
