import type { PosterLink } from '@/platform/adapter';

/** The API's path as a URL: absolute to the server in WeChat, relative to this site in the browser (serverUrl). */
type ToUrl = (path: string) => string;

/** A building's A4 poster and its stairwell code, as the server prints them (public: nothing personal on them). */
export function buildingPoster(code: string, toUrl: ToUrl): PosterLink {
  const base = `/api/buildings/by-code/${encodeURIComponent(code)}`;
  return { pageUrl: toUrl(`${base}/poster`), imageUrl: toUrl(`${base}/qr.png`) };
}

/** Every building's poster of the community, one A4 sheet each. */
export function communityPosters(communityId: number, toUrl: ToUrl): PosterLink {
  return { pageUrl: toUrl(`/api/communities/${communityId}/posters`) };
}
