import { buildingScene, buildingUrl } from './building-link';
import { escapeHtml } from './escape-html';

describe('building links', () => {
  it('names the building in a scene of at most 32 characters', () => {
    expect(buildingScene('C01-B03')).toBe('b=C01-B03');
    expect(buildingScene('X'.repeat(30))).toHaveLength(32);
    expect(() => buildingScene('X'.repeat(31))).toThrow(/32/);
    expect(() => buildingScene('一号楼')).toThrow();
    expect(() => buildingScene('A%20B')).toThrow();
  });

  it('points the browser at the home page with the same scene', () => {
    expect(buildingUrl('https://lingjuli.example.cn', 'C01-B03')).toBe('https://lingjuli.example.cn/pages/home/index?scene=b%3DC01-B03');
  });
});

describe('escapeHtml', () => {
  it('escapes everything that could leave text or an attribute', () => {
    expect(escapeHtml(`<b onclick="x">'甲' & 乙</b>`)).toBe('&lt;b onclick=&quot;x&quot;&gt;&#39;甲&#39; &amp; 乙&lt;/b&gt;');
  });
});
