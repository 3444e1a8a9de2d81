import type { CampaignDetail, CampaignPublicResult, CampaignSiteInfo, CampaignSitePage, CampaignSummary, CommunityCampaignItem } from '@lingjuli/shared';
import { TokenService } from '../auth/token.service';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { User } from '../users/user.entity';
import { CampaignSitePhoto } from './campaign-site-photo.entity';
import { CampaignSite } from './campaign-site.entity';
import { Campaign } from './campaign.entity';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const zero = { sites: 0, sitesCleared: 0, sitesLeft: 0, found: 0, cleared: 0, left: 0 };

/** 专项整治: the street's campaign across communities, its sites, progress and public result. */
describe('street-wide campaigns (real HTTP, real database)', () => {
  let t: TestApp;
  /** A liaison of community B (the fixtures have one of A only). */
  let liaisonB: User;
  let liaisonBToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    liaisonB = await t.dataSource.getRepository(User).save({
      role: 'liaison',
      displayName: 'liaisonB',
      username: null,
      passwordHash: null,
      wechatOpenId: 'openid-liaisonB',
      communityId: t.fixtures.communities.b.id,
      gridId: null,
      departmentId: null,
      active: true,
      createdAt: t.clock.now(),
    });
    liaisonBToken = t.app.get(TokenService).issue(liaisonB.id, 'liaison').token;
  });
  afterAll(() => t.close());

  const asLiaisonB = {
    get: (url: string) => t.http.get(url).set('Authorization', `Bearer ${liaisonBToken}`),
    post: (url: string) => t.http.post(url).set('Authorization', `Bearer ${liaisonBToken}`),
  };

  const validCampaign = () => {
    const { a, b } = t.fixtures.communities;
    const { cityManagement, parks } = t.fixtures.departments;
    return {
      title: '地锁专项整治',
      description: '清理小区内私装地锁，恢复公共车位和消防通道。',
      siteKind: '私装地锁',
      allCommunities: false,
      communityIds: [a.id, b.id],
      units: [
        { departmentId: cityManagement.id, people: 120 },
        { departmentId: parks.id, people: 80 },
      ],
      startDate: '2026-03-10',
      endDate: '2026-04-30',
    };
  };

  const create = async (overrides: Record<string, unknown> = {}, who: FixtureUser = 'streetAdmin'): Promise<CampaignDetail> =>
    (
      await t
        .as(who)
        .post('/api/campaigns')
        .send({ ...validCampaign(), ...overrides })
        .expect(201)
    ).body;
  const start = async (id: number): Promise<CampaignDetail> => (await t.as('commandCenter').post(`/api/campaigns/${id}/start`).expect(200)).body;
  const report = async (who: FixtureUser, campaignId: number, body: Record<string, unknown>): Promise<CampaignSiteInfo> =>
    (await t.as(who).post(`/api/campaigns/${campaignId}/sites`).send(body).expect(201)).body;
  const upload = async (who: FixtureUser): Promise<number> =>
    (await t.as(who).post('/api/uploads').attach('file', PNG, { filename: 'lock.png', contentType: 'image/png' }).expect(201)).body.id;

  it('walks planned → active → finished, refusing a move out of order (409) and any role but the street’s (403)', async () => {
    const { a, b } = t.fixtures.communities;
    const created = await create();
    expect(created).toMatchObject({
      title: '地锁专项整治',
      siteKind: '私装地锁',
      status: 'planned',
      startDate: '2026-03-10',
      endDate: '2026-04-30',
      allCommunities: false,
      communityCount: 2,
      unitCount: 2,
      people: 200,
      communities: [
        { id: a.id, name: '测试甲社区' },
        { id: b.id, name: '测试乙社区' },
      ],
      units: [
        { departmentName: '城市管理办公室', kind: 'office', people: 120 },
        { departmentName: '区园林绿化局', kind: 'memberUnit', people: 80 },
      ],
      progress: [
        { communityId: a.id, communityName: '测试甲社区', ...zero },
        { communityId: b.id, communityName: '测试乙社区', ...zero },
      ],
      total: zero,
      resultSummary: null,
      createdBy: { id: t.fixtures.users.streetAdmin.id, role: 'streetAdmin' },
      startedAt: null,
      finishedAt: null,
      actions: ['start'],
      canReportSite: false,
    });

    for (const who of ['staffA', 'secretaryA', 'gridSecretary1', 'deptParks', 'liaisonA', 'residentA'] as const) {
      await t.as(who).post('/api/campaigns').send(validCampaign()).expect(403);
      await t.as(who).post(`/api/campaigns/${created.id}/start`).expect(403);
    }

    // A planned campaign takes no sites yet, and cannot be finished before it started.
    const early = await t
      .as('liaisonA')
      .post(`/api/campaigns/${created.id}/sites`)
      .send({ buildingId: t.fixtures.buildings.a1.id, finding: '地锁', count: 1 })
      .expect(409);
    expect(early.body).toMatchObject({ code: 'CAMPAIGN_NOT_ACTIVE', message: '该专项整治尚未启动，暂不能上报或整治点位' });
    const finishEarly = await t.as('streetAdmin').post(`/api/campaigns/${created.id}/finish`).send({ resultSummary: '完成' }).expect(409);
    expect(finishEarly.body).toMatchObject({ code: 'CAMPAIGN_TRANSITION_NOT_ALLOWED', message: '该专项整治筹备中，不能结束' });

    t.clock.advance(60_000);
    const started = await start(created.id);
    expect(started).toMatchObject({ status: 'active', startedAt: t.clock.now().toISOString(), actions: ['finish'] });
    const again = await t.as('streetAdmin').post(`/api/campaigns/${created.id}/start`).expect(409);
    expect(again.body.code).toBe('CAMPAIGN_TRANSITION_NOT_ALLOWED');
    // Her community takes part and it runs: the liaison may report.
    expect((await t.as('liaisonA').get(`/api/campaigns/${created.id}`).expect(200)).body).toMatchObject({ canReportSite: true, actions: [] });

    const finished = await t.as('streetAdmin').post(`/api/campaigns/${created.id}/finish`).send({ resultSummary: '  共清理地锁0处。  ' }).expect(200);
    expect(finished.body).toMatchObject({ status: 'finished', resultSummary: '共清理地锁0处。', finishedAt: t.clock.now().toISOString(), actions: [] });
    await t.as('streetAdmin').post(`/api/campaigns/${created.id}/finish`).send({ resultSummary: '再次' }).expect(409);
    await t.as('commandCenter').post(`/api/campaigns/${created.id}/start`).expect(409);
    expect(await t.dataSource.getRepository(Campaign).findOneByOrFail({ id: created.id })).toMatchObject({
      status: 'finished',
      startedById: t.fixtures.users.commandCenter.id,
      finishedById: t.fixtures.users.streetAdmin.id,
    });
  });

  it('takes every community of the street when asked for all, and refuses a bad campaign on its field', async () => {
    const all = await create({ allCommunities: true, communityIds: undefined, units: [] });
    expect(all).toMatchObject({ allCommunities: true, communityCount: 3, unitCount: 0, people: 0 });

    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await t
        .as('streetAdmin')
        .post('/api/campaigns')
        .send({ ...validCampaign(), ...body })
        .expect(400);
      expect(res.body.details[0].field).toBe(field);
      return res.body;
    };
    const { cityManagement } = t.fixtures.departments;
    expect((await bad({ communityIds: [t.fixtures.communities.a.id, 9999] }, 'communityIds.1')).message).toBe('社区不存在');
    await bad({ communityIds: [] }, 'communityIds');
    await bad({ communityIds: undefined }, 'communityIds');
    await bad({ allCommunities: true }, 'communityIds');
    await bad({ allCommunities: 'yes' }, 'allCommunities');
    expect((await bad({ endDate: '2026-03-09' }, 'endDate')).message).toBe('结束日期不能早于开始日期');
    await bad({ startDate: '2026-3-10' }, 'startDate');
    await bad({ endDate: '2026-02-30' }, 'endDate');
    expect((await bad({ units: [{ departmentId: 9999, people: 10 }] }, 'units.0.departmentId')).message).toBe('参与单位不存在或已停用');
    await bad({ units: [{ departmentId: cityManagement.id, people: 0 }] }, 'units.0.people');
    await bad({ units: [{ departmentId: cityManagement.id, people: 1.5 }] }, 'units.0.people');
    await bad({ units: [{ departmentId: cityManagement.id }] }, 'units.0.people');
    expect(
      (
        await bad(
          {
            units: [
              { departmentId: cityManagement.id, people: 3 },
              { departmentId: cityManagement.id, people: 4 },
            ],
          },
          'units',
        )
      ).message,
    ).toBe('请检查：参与单位不能有重复项');
    await bad({ units: ['城市管理办公室'] }, 'units');
    await bad({ title: '   ' }, 'title');
    await bad({ siteKind: '私'.repeat(31) }, 'siteKind');
    await bad({ status: 'active' }, 'status');
  });

  it('takes sites from its communities’ liaisons and staff while active, each in her own community', async () => {
    const { a1, b1 } = t.fixtures.buildings;
    const campaign = await create();
    await start(campaign.id);

    const photo = await upload('liaisonA');
    t.clock.advance(60_000);
    const site = await report('liaisonA', campaign.id, {
      buildingId: a1.id,
      locationText: ' 东侧消防通道旁车位 ',
      finding: '私装地锁，锁住消防通道旁车位',
      count: 3,
      attachmentIds: [photo],
    });
    expect(site).toMatchObject({
      campaignId: campaign.id,
      communityId: t.fixtures.communities.a.id,
      communityName: '测试甲社区',
      buildingId: a1.id,
      buildingName: '甲1号楼',
      locationText: '东侧消防通道旁车位',
      finding: '私装地锁，锁住消防通道旁车位',
      count: 3,
      status: 'open',
      reportedBy: { id: t.fixtures.users.liaisonA.id, name: 'liaisonA', role: 'liaison' },
      reportedAt: t.clock.now().toISOString(),
      clearedBy: null,
      clearedCount: null,
      photos: { found: [{ id: photo, url: expect.stringContaining(`/api/uploads/${photo}/content?`) }], cleared: [] },
    });
    // A place in words is enough; so is a building alone.
    await report('staffA', campaign.id, { locationText: '甲区南门外', finding: '地锁', count: 1 });
    await report('secretaryA', campaign.id, { buildingId: a1.id, finding: '地锁', count: 2 });

    const refused = async (who: FixtureUser, body: Record<string, unknown>, field: string) => {
      const res = await t.as(who).post(`/api/campaigns/${campaign.id}/sites`).send(body).expect(400);
      expect(res.body.details[0].field).toBe(field);
      return res.body;
    };
    // Another community's building; no place at all; counts out of 1–999.
    expect((await refused('liaisonA', { buildingId: b1.id, finding: '地锁', count: 1 }, 'buildingId')).message).toBe('楼栋不存在或不属于本社区');
    expect((await refused('liaisonA', { finding: '地锁', count: 1 }, 'locationText')).message).toBe('请选择楼栋或填写位置');
    await refused('liaisonA', { buildingId: 9999, finding: '地锁', count: 1 }, 'buildingId');
    await refused('liaisonA', { buildingId: a1.id, finding: '地锁', count: 0 }, 'count');
    await refused('liaisonA', { buildingId: a1.id, finding: '地锁', count: 1000 }, 'count');
    await refused('liaisonA', { buildingId: a1.id, finding: '地锁', count: '3' }, 'count');
    await refused('liaisonA', { buildingId: a1.id, finding: '', count: 1 }, 'finding');
    await refused('liaisonA', { buildingId: a1.id, locationText: null, finding: '地锁', count: 1 }, 'locationText');
    // Only her own photos, each once: one used on a site already, one of someone else's.
    await refused('liaisonA', { buildingId: a1.id, finding: '地锁', count: 1, attachmentIds: [photo] }, 'attachmentIds');
    const staffPhoto = await upload('staffA');
    await refused('liaisonA', { buildingId: a1.id, finding: '地锁', count: 1, attachmentIds: [staffPhoto] }, 'attachmentIds');
    await refused('liaisonA', { buildingId: a1.id, finding: '地锁', count: 1, attachmentIds: [999999] }, 'attachmentIds');

    // Roles that do not report sites at all.
    for (const who of ['gridSecretary1', 'commandCenter', 'streetAdmin', 'deptCityManagement', 'residentA'] as const) {
      await t.as(who).post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: a1.id, finding: '地锁', count: 1 }).expect(403);
    }

    // A liaison of community B reports in B; the site is B's.
    const inB = await asLiaisonB.post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: b1.id, finding: '地锁', count: 2 }).expect(201);
    expect(inB.body).toMatchObject({ communityId: t.fixtures.communities.b.id, reportedBy: { name: 'liaisonB' } });
    // …but cannot name A's building, nor see A's sites.
    await asLiaisonB.post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: a1.id, finding: '地锁', count: 1 }).expect(400);
    await asLiaisonB.get(`/api/campaign-sites/${site.id}`).expect(404);

    // A campaign her community is not in does not exist for her, nor for her community's staff.
    const onlyC = await create({ communityIds: [t.fixtures.communities.c.id] });
    await start(onlyC.id);
    const elsewhere = await t.as('liaisonA').post(`/api/campaigns/${onlyC.id}/sites`).send({ locationText: '某处', finding: '地锁', count: 1 }).expect(404);
    expect(elsewhere.body).toMatchObject({ code: 'CAMPAIGN_NOT_FOUND', message: '找不到该专项整治' });
    await t.as('staffA').post(`/api/campaigns/${onlyC.id}/sites`).send({ locationText: '某处', finding: '地锁', count: 1 }).expect(404);
    await t.as('liaisonA').get(`/api/campaigns/${onlyC.id}`).expect(404);
    await t.as('liaisonA').post('/api/campaigns/999999/sites').send({ locationText: '某处', finding: '地锁', count: 1 }).expect(404);
    expect(await t.dataSource.getRepository(CampaignSite).countBy({ campaignId: onlyC.id })).toBe(0);
    expect(await t.dataSource.getRepository(CampaignSite).countBy({ campaignId: campaign.id })).toBe(4);
    expect(await t.dataSource.getRepository(CampaignSitePhoto).findBy({ siteId: site.id })).toMatchObject([{ attachmentId: photo, stage: 'found' }]);
  });

  it('lets the community or a unit taking part clear a site once, with what was done', async () => {
    const { a1, b1 } = t.fixtures.buildings;
    const campaign = await create({ units: [{ departmentId: t.fixtures.departments.cityManagement.id, people: 30 }] });
    await start(campaign.id);
    const inA = await report('liaisonA', campaign.id, { buildingId: a1.id, finding: '私装地锁', count: 3 });
    const inB = (await asLiaisonB.post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: b1.id, finding: '私装地锁', count: 1 }).expect(201))
      .body as CampaignSiteInfo;
    const clear = (who: FixtureUser, id: number, body: Record<string, unknown>) => t.as(who).post(`/api/campaign-sites/${id}/clear`).send(body);

    // Not more than were found, nor none.
    const tooMany = await clear('staffA', inA.id, { clearedCount: 4, note: '已拆除' }).expect(400);
    expect(tooMany.body.details[0]).toEqual({ field: 'clearedCount', message: '整治数量不能超过该点位发现的3处' });
    await clear('staffA', inA.id, { clearedCount: 0, note: '已拆除' }).expect(400);
    await clear('staffA', inA.id, { clearedCount: 2 }).expect(400);
    // Another community's staff and a unit not taking part do not see the site; other roles may not clear.
    await clear('staffB', inA.id, { clearedCount: 2, note: '已拆除' }).expect(404);
    await clear('deptParks', inA.id, { clearedCount: 2, note: '已拆除' }).expect(404);
    for (const who of ['liaisonA', 'gridSecretary1', 'commandCenter', 'streetAdmin', 'residentA'] as const) {
      await clear(who, inA.id, { clearedCount: 2, note: '已拆除' }).expect(403);
    }

    const photo = await upload('staffA');
    t.clock.advance(3600_000);
    const cleared = await clear('staffA', inA.id, { clearedCount: 2, note: ' 拆除2处，1处业主持有车位产权证明，保留 ', attachmentIds: [photo] }).expect(200);
    expect(cleared.body).toMatchObject({
      status: 'cleared',
      clearedBy: { id: t.fixtures.users.staffA.id, role: 'communityStaff' },
      clearedAt: t.clock.now().toISOString(),
      clearedCount: 2,
      clearNote: '拆除2处，1处业主持有车位产权证明，保留',
      photos: { found: [], cleared: [{ id: photo }] },
    });
    // Cleared twice: 409, whoever tries, and the first clearing stands.
    const twice = await clear('secretaryA', inA.id, { clearedCount: 1, note: '再次拆除' }).expect(409);
    expect(twice.body).toMatchObject({ code: 'CAMPAIGN_SITE_CLEARED', message: '该点位已整治，不能重复整治' });
    await clear('deptCityManagement', inA.id, { clearedCount: 1, note: '再次拆除' }).expect(409);
    expect(await t.dataSource.getRepository(CampaignSite).findOneByOrFail({ id: inA.id })).toMatchObject({
      clearedCount: 2,
      clearedById: t.fixtures.users.staffA.id,
    });

    // The unit taking part clears in any of the campaign's communities.
    const byUnit = await clear('deptCityManagement', inB.id, { clearedCount: 1, note: '城管执法拆除' }).expect(200);
    expect(byUnit.body).toMatchObject({ status: 'cleared', clearedBy: { id: t.fixtures.users.deptCityManagement.id, role: 'departmentStaff' } });

    // After the result, nothing is reported or cleared any more.
    const open = await report('staffA', campaign.id, { buildingId: a1.id, finding: '私装地锁', count: 1 });
    await t.as('streetAdmin').post(`/api/campaigns/${campaign.id}/finish`).send({ resultSummary: '清理地锁3处' }).expect(200);
    const late = await clear('staffA', open.id, { clearedCount: 1, note: '已拆除' }).expect(409);
    expect(late.body).toMatchObject({ code: 'CAMPAIGN_NOT_ACTIVE', message: '该专项整治已结束，不能再上报或整治点位' });
    await t.as('liaisonA').post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: a1.id, finding: '地锁', count: 1 }).expect(409);
  });

  it('shows the progress per community to each as far as her scope goes', async () => {
    const { a1, b1 } = t.fixtures.buildings;
    const { a, b } = t.fixtures.communities;
    const campaign = await create({ units: [{ departmentId: t.fixtures.departments.cityManagement.id, people: 300 }] });
    await start(campaign.id);
    const s1 = await report('liaisonA', campaign.id, { buildingId: a1.id, finding: '地锁', count: 3 });
    await report('staffA', campaign.id, { buildingId: a1.id, finding: '地锁', count: 2 });
    await asLiaisonB.post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: b1.id, finding: '地锁', count: 4 }).expect(201);
    await t.as('staffA').post(`/api/campaign-sites/${s1.id}/clear`).send({ clearedCount: 3, note: '已拆除' }).expect(200);

    const rowA = { communityId: a.id, sites: 2, sitesCleared: 1, sitesLeft: 1, found: 5, cleared: 3, left: 2 };
    const rowB = { communityId: b.id, sites: 1, sitesCleared: 0, sitesLeft: 1, found: 4, cleared: 0, left: 4 };
    const detail = async (who: FixtureUser): Promise<CampaignDetail> => (await t.as(who).get(`/api/campaigns/${campaign.id}`).expect(200)).body;

    for (const who of ['streetAdmin', 'commandCenter', 'deptCityManagement', 'gridSecretary1'] as const) {
      const seen = await detail(who);
      expect(seen.progress).toMatchObject([rowA, rowB]);
      expect(seen.total).toEqual({ sites: 3, sitesCleared: 1, sitesLeft: 2, found: 9, cleared: 3, left: 6 });
    }
    for (const who of ['staffA', 'secretaryA'] as const) {
      const seen = await detail(who);
      expect(seen.progress).toMatchObject([rowA]);
      expect(seen.total).toMatchObject({ sites: 2, found: 5, left: 2 });
    }
    // A liaison counts only the sites she reported.
    const liaison = await detail('liaisonA');
    expect(liaison.progress).toEqual([
      { communityId: a.id, communityName: '测试甲社区', sites: 1, sitesCleared: 1, sitesLeft: 0, found: 3, cleared: 3, left: 0 },
    ]);
    // Outside: a grid without its communities, a unit not taking part, another community's staff.
    for (const who of ['gridSecretary2', 'deptParks', 'staffC'] as const) {
      await t.as(who).get(`/api/campaigns/${campaign.id}`).expect(404);
      await t.as(who).get(`/api/campaigns/${campaign.id}/sites`).expect(404);
      const list: CampaignSummary[] = (await t.as(who).get('/api/campaigns').expect(200)).body;
      expect(list.map((c) => c.id)).not.toContain(campaign.id);
    }
    await t.as('residentA').get(`/api/campaigns/${campaign.id}`).expect(403);
    await t.as('residentA').get('/api/campaigns').expect(403);

    // The lists carry the same view of the totals.
    const street: CampaignSummary[] = (await t.as('streetAdmin').get('/api/campaigns?status=active').expect(200)).body;
    expect(street.find((c) => c.id === campaign.id)).toMatchObject({ people: 300, total: { sites: 3, found: 9 } });
    expect(street.every((c) => c.status === 'active')).toBe(true);
    const staff: CampaignSummary[] = (await t.as('staffA').get('/api/campaigns').expect(200)).body;
    expect(staff.find((c) => c.id === campaign.id)).toMatchObject({ total: { sites: 2, found: 5 } });
    await t.as('streetAdmin').get('/api/campaigns?status=done').expect(400);

    // The sites: the street all, a community its own, a liaison hers; filters and pages.
    const sites = async (who: FixtureUser, query = ''): Promise<CampaignSitePage> =>
      (await t.as(who).get(`/api/campaigns/${campaign.id}/sites${query}`).expect(200)).body;
    expect((await sites('streetAdmin')).total).toBe(3);
    expect((await sites('streetAdmin', `?communityId=${b.id}`)).items.map((s) => s.communityId)).toEqual([b.id]);
    expect((await sites('streetAdmin', '?status=cleared')).items.map((s) => s.id)).toEqual([s1.id]);
    expect((await sites('deptCityManagement')).total).toBe(3);
    expect((await sites('staffA')).items.every((s) => s.communityId === a.id)).toBe(true);
    expect(await sites('liaisonA')).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: s1.id }] });
    expect((await sites('streetAdmin', '?page=2')).items).toEqual([]);
    await t.as('streetAdmin').get(`/api/campaigns/${campaign.id}/sites?page=0`).expect(400);
    await t.as('staffB').get(`/api/campaign-sites/${s1.id}`).expect(404);
    expect((await t.as('gridSecretary1').get(`/api/campaign-sites/${s1.id}`).expect(200)).body).toMatchObject({ id: s1.id, status: 'cleared' });
  });

  it('clears a site once and uses a photo once when two try at the same moment', async () => {
    const { a1 } = t.fixtures.buildings;
    const campaign = await create();
    await start(campaign.id);
    const site = await report('liaisonA', campaign.id, { buildingId: a1.id, finding: '地锁', count: 2 });
    const clears = await Promise.all(
      (['staffA', 'deptCityManagement', 'secretaryA'] as const).map((who) =>
        t
          .as(who)
          .post(`/api/campaign-sites/${site.id}/clear`)
          .send({ clearedCount: 2, note: `${who}拆除` }),
      ),
    );
    expect(clears.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await t.dataSource.getRepository(CampaignSite).findOneByOrFail({ id: site.id })).toMatchObject({ status: 'cleared', clearedCount: 2 });

    const photo = await upload('liaisonA');
    const reports = await Promise.all(
      [1, 2].map(() =>
        t
          .as('liaisonA')
          .post(`/api/campaigns/${campaign.id}/sites`)
          .send({ buildingId: a1.id, finding: '地锁', count: 1, attachmentIds: [photo] }),
      ),
    );
    expect(reports.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await t.dataSource.getRepository(CampaignSitePhoto).countBy({ attachmentId: photo })).toBe(1);

    // A report racing the finish lands before it or is refused after it: never a site after the result.
    const [late, finished] = await Promise.all([
      t.as('staffA').post(`/api/campaigns/${campaign.id}/sites`).send({ buildingId: a1.id, finding: '地锁', count: 1 }),
      t.as('streetAdmin').post(`/api/campaigns/${campaign.id}/finish`).send({ resultSummary: '完成' }),
    ]);
    expect(finished.status).toBe(200);
    expect([201, 409]).toContain(late.status);
    const after = await t.dataSource.getRepository(CampaignSite).findBy({ campaignId: campaign.id });
    const finishedAt = (await t.dataSource.getRepository(Campaign).findOneByOrFail({ id: campaign.id })).finishedAt!;
    expect(after.every((s) => s.reportedAt.getTime() <= finishedAt.getTime())).toBe(true);
    expect(after).toHaveLength(late.status === 201 ? 3 : 2);
  });

  it('takes a report resent with the same clientKey as the same site (200), photos and all, never a second one', async () => {
    const { a1 } = t.fixtures.buildings;
    const campaign = await create();
    await start(campaign.id);
    const sites = () => t.dataSource.getRepository(CampaignSite).countBy({ campaignId: campaign.id });
    const send = (who: FixtureUser, body: Record<string, unknown>) => t.as(who).post(`/api/campaigns/${campaign.id}/sites`).send(body);

    const photo = await upload('liaisonA');
    const body = { buildingId: a1.id, finding: '私装地锁', count: 2, attachmentIds: [photo], clientKey: 'site-key-0001' };
    const first = (await send('liaisonA', body).expect(201)).body as CampaignSiteInfo;
    expect(first).toMatchObject({ count: 2, photos: { found: [{ id: photo }] } });
    // The phone never heard the answer and sends the report again: the same site, its photo not "already used".
    const again = (await send('liaisonA', body).expect(200)).body as CampaignSiteInfo;
    expect(again).toMatchObject({ id: first.id, count: 2, photos: { found: [{ id: photo }] } });
    expect(await sites()).toBe(1);
    expect(await t.dataSource.getRepository(CampaignSitePhoto).countBy({ attachmentId: photo })).toBe(1);
    expect(await t.dataSource.getRepository(CampaignSite).findOneByOrFail({ id: first.id })).toMatchObject({ clientKey: 'site-key-0001' });

    // Another person's phone cannot claim her key in this campaign.
    const claimed = await send('staffA', { buildingId: a1.id, finding: '地锁', count: 1, clientKey: 'site-key-0001' }).expect(409);
    expect(claimed.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: '该上报编号已用于另一次上报，请重新生成' });
    expect(await sites()).toBe(1);

    // Two sends of one report at the same moment still make one site.
    const photo2 = await upload('liaisonA');
    const twice = { locationText: '南门外', finding: '地锁', count: 1, attachmentIds: [photo2], clientKey: 'site-key-0002' };
    const both = await Promise.all([send('liaisonA', twice), send('liaisonA', twice)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);
    expect(await sites()).toBe(2);
    expect(await t.dataSource.getRepository(CampaignSitePhoto).countBy({ attachmentId: photo2 })).toBe(1);

    // Reports without a key are each a new site, as before.
    await send('liaisonA', { locationText: '北门外', finding: '地锁', count: 1 }).expect(201);
    await send('liaisonA', { locationText: '北门外', finding: '地锁', count: 1 }).expect(201);
    expect(await sites()).toBe(4);

    // A key is the phone's for one campaign: the same key in another is a new site there.
    const other = await create();
    await start(other.id);
    await t
      .as('liaisonA')
      .post(`/api/campaigns/${other.id}/sites`)
      .send({ buildingId: a1.id, finding: '地锁', count: 1, clientKey: 'site-key-0001' })
      .expect(201);

    // Not a key: too short or too long, not a string, null, or with a space.
    for (const clientKey of ['short', 'k'.repeat(65), 12345678, null, 'has space 12345']) {
      const res = await send('liaisonA', { buildingId: a1.id, finding: '地锁', count: 1, clientKey }).expect(400);
      expect(res.body.details[0].field).toBe('clientKey');
    }
    expect(await sites()).toBe(4);

    // Finished meanwhile: a resend of a site already taken still answers 200 (the phone only missed the answer).
    await t.as('streetAdmin').post(`/api/campaigns/${campaign.id}/finish`).send({ resultSummary: '完成' }).expect(200);
    expect((await send('liaisonA', body).expect(200)).body).toMatchObject({ id: first.id });
    expect((await send('liaisonA', { ...body, clientKey: 'site-key-0003' }).expect(409)).body.code).toBe('CAMPAIGN_NOT_ACTIVE');
  });

  it('publishes a running or finished campaign’s result without login, and nothing personal in it', async () => {
    const { a1 } = t.fixtures.buildings;
    const { a, b, c } = t.fixtures.communities;
    const campaign = await create({ description: '清理私装地锁，咨询电话13812345678' });
    // Planned: not public yet.
    await t.http.get(`/api/campaigns/${campaign.id}/result`).expect(404);
    const before: CommunityCampaignItem[] = (await t.http.get(`/api/communities/${a.id}/campaigns`).expect(200)).body;
    expect(before.map((i) => i.id)).not.toContain(campaign.id);

    await start(campaign.id);
    const photo = await upload('liaisonA');
    const site = await report('liaisonA', campaign.id, {
      buildingId: a1.id,
      locationText: '张阿姨家门口车位',
      finding: '王先生私装的地锁，电话13900001111',
      count: 3,
      attachmentIds: [photo],
    });
    await t.as('staffA').post(`/api/campaign-sites/${site.id}/clear`).send({ clearedCount: 3, note: '与王先生沟通后拆除' }).expect(200);

    const running: CampaignPublicResult = (await t.http.get(`/api/campaigns/${campaign.id}/result`).expect(200)).body;
    expect(running).toMatchObject({ status: 'active', resultSummary: null, total: { sites: 1, cleared: 3, left: 0 } });

    await t.as('streetAdmin').post(`/api/campaigns/${campaign.id}/finish`).send({ resultSummary: '共清理地锁3处，联系人李主任13700002222' }).expect(200);
    const res = await t.http.get(`/api/campaigns/${campaign.id}/result`).expect(200);
    const result: CampaignPublicResult = res.body;
    expect(result).toEqual({
      id: campaign.id,
      title: '地锁专项整治',
      description: expect.not.stringContaining('13812345678'),
      siteKind: '私装地锁',
      status: 'finished',
      startDate: '2026-03-10',
      endDate: '2026-04-30',
      units: [
        { name: '城市管理办公室', kind: 'office', people: 120 },
        { name: '区园林绿化局', kind: 'memberUnit', people: 80 },
      ],
      people: 200,
      communities: [
        { communityId: a.id, communityName: '测试甲社区', sites: 1, sitesCleared: 1, sitesLeft: 0, found: 3, cleared: 3, left: 0 },
        { communityId: b.id, communityName: '测试乙社区', ...zero },
      ],
      total: { sites: 1, sitesCleared: 1, sitesLeft: 0, found: 3, cleared: 3, left: 0 },
      resultSummary: expect.stringContaining('共清理地锁3处'),
      finishedAt: t.clock.now().toISOString(),
    });
    expect(result.resultSummary).not.toContain('13700002222');
    // Nothing of a person: no reporter or clearer, no place in words, no finding, no photo, no phone.
    for (const leak of [
      'liaisonA',
      'staffA',
      'streetAdmin',
      '张阿姨',
      '王先生',
      '13900001111',
      '13812345678',
      '13700002222',
      '/api/uploads',
      '甲1号楼',
      '与王先生沟通',
    ]) {
      expect(res.text).not.toContain(leak);
    }

    // The community's home lists it with its own counts and the whole campaign's; a community not in it does not.
    const home: CommunityCampaignItem[] = (await t.http.get(`/api/communities/${a.id}/campaigns`).expect(200)).body;
    expect(home.find((i) => i.id === campaign.id)).toEqual({
      id: campaign.id,
      title: '地锁专项整治',
      siteKind: '私装地锁',
      status: 'finished',
      startDate: '2026-03-10',
      endDate: '2026-04-30',
      community: { sites: 1, sitesCleared: 1, sitesLeft: 0, found: 3, cleared: 3, left: 0, communityId: a.id },
      total: { sites: 1, sitesCleared: 1, sitesLeft: 0, found: 3, cleared: 3, left: 0 },
    });
    expect(home.every((i) => i.status !== ('planned' as string))).toBe(true);
    const homeC: CommunityCampaignItem[] = (await t.http.get(`/api/communities/${c.id}/campaigns`).expect(200)).body;
    expect(homeC.map((i) => i.id)).not.toContain(campaign.id);
    const missing = await t.http.get('/api/communities/999999/campaigns').expect(404);
    expect(missing.body.code).toBe('COMMUNITY_NOT_FOUND');
    await t.http.get('/api/campaigns/999999/result').expect(404);
    await t.http.get('/api/campaigns/abc/result').expect(400);
    // The rest of the campaign stays behind the login.
    await t.http.get(`/api/campaigns/${campaign.id}`).expect(401);
    await t.http.get(`/api/campaigns/${campaign.id}/sites`).expect(401);
  });
});
