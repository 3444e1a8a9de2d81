import { CITY_SERVICE_LINES } from '@lingjuli/shared';
import type request from 'supertest';
import { Community } from '../organisation/community.entity';
import { FAKE_APP_ID, FAKE_APP_SECRET, UNREACHABLE_WECHAT, fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import { decodeQr, inlinePngs } from '../testing/qr';
import { createTestApp, type TestApp } from '../testing/test-app';

const PUBLIC_URL = 'https://lingjuli.example.cn';
const urlOf = (code: string) => `${PUBLIC_URL}/pages/home/index?scene=b%3D${code}`;
const body = (res: request.Response): Buffer => res.body as Buffer;

describe('stairwell QR codes and posters (real HTTP, real database)', () => {
  describe('without WeChat credentials: an ordinary QR code of the building’s browser address', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ env: { PUBLIC_URL: `${PUBLIC_URL}/` } });
    });
    afterAll(() => t.close());

    it('serves a PNG that decodes to exactly the building’s H5 URL, to anyone', async () => {
      const res = await t.http.get('/api/buildings/by-code/TA-1/qr.png').expect(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['cache-control']).toBe('public, max-age=3600');
      expect(decodeQr(body(res))).toBe(urlOf('TA-1'));
      const other = await t.http.get('/api/buildings/by-code/TB-1/qr.png').expect(200);
      expect(decodeQr(body(other))).toBe(urlOf('TB-1'));
    });

    it('prints an A4 poster: community, building, call to action, window, hours, hotline, every city line, the code', async () => {
      const res = await t.http.get('/api/buildings/by-code/TA-1/poster').expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = res.text;
      for (const text of ['测试甲社区', '甲1号楼', '扫码反映问题', '测试甲社区居委会一层', '周一至周五 8:30-17:30', '010-68210000', '民情专线', '示例数据']) {
        expect(html).toContain(text);
      }
      for (const line of CITY_SERVICE_LINES) {
        expect(html).toContain(line.name);
        expect(html).toContain(`<b>${line.phone}</b>`);
      }
      expect(html).toMatch(/@page\s*{\s*size:\s*A4/);
      expect(html).toContain('lang="zh-CN"');
      const codes = inlinePngs(html);
      expect(codes).toHaveLength(1);
      expect(decodeQr(codes[0])).toBe(urlOf('TA-1'));
      // Nothing of the staff card (names, mobile numbers) goes on a wall.
      expect(html).not.toContain('13800000000');
    });

    it('escapes whatever a community typed into its card', async () => {
      await t.dataSource
        .getRepository(Community)
        .update(
          { id: t.fixtures.communities.c.id },
          { windowAddress: '<script>alert("x")</script>丙社区 & 居委会', hotline: '"><img src=x>', isSample: false },
        );
      const html = (await t.http.get('/api/buildings/by-code/TC-1/poster').expect(200)).text;
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x>');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;丙社区 &amp; 居委会');
      expect(html).not.toContain('示例数据');
    });

    it('puts every building of a community on its own A4 sheet', async () => {
      const res = await t.http.get(`/api/communities/${t.fixtures.communities.a.id}/posters`).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = res.text;
      expect(html.match(/<section class="poster">/g)).toHaveLength(2);
      expect(html).toMatch(/break-after:\s*page/);
      expect(inlinePngs(html).map(decodeQr)).toEqual([urlOf('TA-1'), urlOf('TA-2')]);
      expect(html).toContain('甲2号楼');
    });

    it('answers 404 for an unknown building or community', async () => {
      for (const url of ['/api/buildings/by-code/NOPE/qr.png', '/api/buildings/by-code/NOPE/poster']) {
        const res = await t.http.get(url).expect(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.body.code).toBe('BUILDING_NOT_FOUND');
      }
      const res = await t.http.get('/api/communities/99999999/posters').expect(404);
      expect(res.body.code).toBe('COMMUNITY_NOT_FOUND');
    });
  });

  describe('with WeChat configured: the mini-program code from WeChat (a fake on loopback)', () => {
    let wechat: FakeWechat;
    let t: TestApp;

    beforeAll(async () => {
      wechat = await startFakeWechat();
      t = await createTestApp({
        env: { ...fakeWechatEnv(wechat.baseUrl), PUBLIC_URL },
      });
    });
    afterAll(async () => {
      await t.close();
      await wechat.close();
    });

    const tokenRequests = () => wechat.requests.filter((r) => r.path === '/cgi-bin/stable_token');
    const codeRequests = () => wechat.requests.filter((r) => r.path === '/wxa/getwxacodeunlimit');

    it('asks WeChat for the code with the building’s scene and the home page, on one cached stable token', async () => {
      const first = await t.http.get('/api/buildings/by-code/TA-1/qr.png').expect(200);
      const second = await t.http.get('/api/buildings/by-code/TA-2/qr.png').expect(200);
      expect(first.headers['content-type']).toBe('image/png');
      // The fake's code is a QR of the scene: what came back is WeChat's image, not one of ours.
      expect(decodeQr(body(first))).toBe('b=TA-1');
      expect(decodeQr(body(second))).toBe('b=TA-2');

      expect(tokenRequests()).toEqual([
        { path: '/cgi-bin/stable_token', query: {}, body: { grant_type: 'client_credential', appid: FAKE_APP_ID, secret: FAKE_APP_SECRET } },
      ]);
      expect(codeRequests()).toEqual(
        ['b=TA-1', 'b=TA-2'].map((scene) => ({
          path: '/wxa/getwxacodeunlimit',
          query: { access_token: wechat.tokens[0] },
          body: { scene, page: 'pages/home/index', check_path: false, env_version: 'release', width: 430 },
        })),
      );
    });

    it('keeps a building’s code for a while rather than asking WeChat on every scan of the poster page', async () => {
      const before = wechat.requests.length;
      await t.http.get('/api/buildings/by-code/TA-1/qr.png').expect(200);
      await t.http.get('/api/buildings/by-code/TA-1/poster').expect(200);
      expect(wechat.requests.length).toBe(before);
    });

    it('asks for the current token once when WeChat says the cached one is no longer valid (never forcing a refresh)', async () => {
      wechat.revokeTokens();
      const res = await t.http.get('/api/buildings/by-code/TB-1/qr.png').expect(200);
      expect(decodeQr(body(res))).toBe('b=TB-1');
      expect(wechat.tokens).toHaveLength(2);
      expect(tokenRequests()).toHaveLength(2);
      expect(tokenRequests().every((r) => r.body?.force_refresh === undefined)).toBe(true);
      expect(codeRequests().at(-1)?.query.access_token).toBe(wechat.tokens[1]);
    });

    it('puts the mini-program code on the poster', async () => {
      const html = (await t.http.get('/api/buildings/by-code/TC-1/poster').expect(200)).text;
      expect(inlinePngs(html).map(decodeQr)).toEqual(['b=TC-1']);
      expect(html).toContain('进入「零距离」小程序');
      expect(html).not.toContain(urlOf('TC-1'));
    });

    it('answers 502 in Chinese when WeChat cannot be reached, rather than printing another kind of code', async () => {
      const down = await createTestApp({
        env: fakeWechatEnv(UNREACHABLE_WECHAT),
      });
      try {
        const res = await down.http.get('/api/buildings/by-code/TA-1/qr.png').expect(502);
        expect(res.body).toEqual({ code: 'WECHAT_UNAVAILABLE', message: '暂时无法生成小程序码，请稍后再试' });
        // Not cached: WeChat may be back in a minute.
        expect(res.headers['cache-control']).toBeUndefined();
      } finally {
        await down.close();
      }
    });
  });
});
