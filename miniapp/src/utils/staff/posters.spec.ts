import { buildingPoster, communityPosters } from '@/utils/staff/posters';

const toUrl = (path: string) => `https://lingjuli.example.cn${path}`;

describe('poster links', () => {
  it("point at the building's poster and code, with the code escaped", () => {
    expect(buildingPoster('C01-B01', toUrl)).toEqual({
      pageUrl: 'https://lingjuli.example.cn/api/buildings/by-code/C01-B01/poster',
      imageUrl: 'https://lingjuli.example.cn/api/buildings/by-code/C01-B01/qr.png',
    });
    expect(buildingPoster('A/B 1', toUrl).pageUrl).toBe('https://lingjuli.example.cn/api/buildings/by-code/A%2FB%201/poster');
  });

  it("point at the community's sheets", () => {
    expect(communityPosters(3, toUrl)).toEqual({ pageUrl: 'https://lingjuli.example.cn/api/communities/3/posters' });
  });
});
