/**
 * The stairwell code's scene (≤ 32 characters, WeChat's limit), e.g. `b=C01-B03`: the same text is
 * the WeChat mini-program code's `scene` and the browser URL's `scene` query parameter.
 */
export interface Scene {
  buildingCode: string | null;
}

export function parseScene(raw: string | undefined | null): Scene {
  if (!raw) return { buildingCode: null };
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    /* not encoded */
  }
  const params = new Map(
    text.split('&').map((pair) => {
      const [k, ...v] = pair.split('=');
      return [k.trim(), v.join('=').trim()] as const;
    }),
  );
  const code = params.get('b');
  return { buildingCode: code && /^[A-Za-z0-9-]{1,24}$/.test(code) ? code : null };
}
