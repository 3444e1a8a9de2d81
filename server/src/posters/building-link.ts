/** The mini-program page a stairwell code opens; it reads `scene` to know the community and building. */
export const HOME_PAGE = 'pages/home/index';

/** What WeChat accepts in a mini-program code's scene: at most 32 of these characters. */
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const SCENE_MAX = 32;

/** The scene of a building's code, `b=<buildingCode>`; throws if WeChat would refuse it. */
export function buildingScene(buildingCode: string): string {
  const scene = `b=${buildingCode}`;
  if (scene.length > SCENE_MAX || !SCENE_CHARS.test(scene)) {
    throw new Error(`Building code "${buildingCode}" does not fit a WeChat scene (at most ${SCENE_MAX} characters, letters, digits and !#$&'()*+,/:;=?@-._~)`);
  }
  return scene;
}

/** The browser (H5) address of a building's landing: the same page and scene as the mini-program code. */
export function buildingUrl(publicUrl: string, buildingCode: string): string {
  return `${publicUrl}/${HOME_PAGE}?scene=${encodeURIComponent(buildingScene(buildingCode))}`;
}
