import type request from 'supertest';
import { ALL_Y, F, U, Y, type MatrixKit, type MatrixSection, type Marked, type Scenario } from '../testing/access-matrix-kit';
import { CampaignSite } from './campaign-site.entity';
import { Campaign } from './campaign.entity';

/**
 * Street-wide campaigns (专项整治) in the access matrix. The method (issue 16; docs/domain.md §12, the parking locks): the
 * street — its leadership and its command sub-centre, which forms task forces of many units (§6.3) — runs a campaign
 * across communities: it creates it, starts it and records its result. Liaisons report the sites they find on their
 * rounds, and the community's staff too, in their own community; the sites are cleared by the community or by the units
 * taking part (the departments that send people). Everyone who works on it reads it as far as her scope goes — the
 * community (a liaison her own sites), its grid, the units taking part, the street; residents read the public result,
 * which anyone may read without logging in once the campaign runs, with nothing of a person in it (§11).
 *
 * The matrix's campaigns are in communities A and B with the representative department (城市管理办公室) taking part, so
 * every representative is in their scope; its sites are liaisonA's, in 甲1号楼.
 */
// prettier-ignore
const rows: MatrixSection['rows'] = [
  //                                              res lia stf sec grd cmd dpt adm anon
  ['POST /api/campaigns',                          [F,  F,  F,  F,  F,  Y,  F,  Y,  U]],
  ['GET /api/campaigns',                           [F,  Y,  Y,  Y,  Y,  Y,  Y,  Y,  U]],
  ['GET /api/campaigns/:id',                       [F,  Y,  Y,  Y,  Y,  Y,  Y,  Y,  U]],
  ['POST /api/campaigns/:id/start',                [F,  F,  F,  F,  F,  Y,  F,  Y,  U]],
  ['POST /api/campaigns/:id/finish',               [F,  F,  F,  F,  F,  Y,  F,  Y,  U]],
  ['POST /api/campaigns/:id/sites',                [F,  Y,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/campaigns/:id/sites',                 [F,  Y,  Y,  Y,  Y,  Y,  Y,  Y,  U]],
  ['GET /api/campaign-sites/:id',                  [F,  Y,  Y,  Y,  Y,  Y,  Y,  Y,  U]],
  ['POST /api/campaign-sites/:id/clear',           [F,  F,  Y,  Y,  F,  F,  Y,  F,  U]],
  ['GET /api/campaigns/:id/result',                ALL_Y],
  ['GET /api/communities/:id/campaigns',           ALL_Y],
];

/** A phone number in the street's own words, which the public result must mask. */
const PHONE = '13912345678';

/** A running campaign with one site whose words and reporter the public must never see. */
type PublicCampaign = Marked & { finding: string; place: string };

function scenarios(kit: MatrixKit): Record<string, Scenario> {
  const f = () => kit.t.fixtures;
  const db = () => kit.t.dataSource;
  const campaignBody = (title: string) => ({
    title,
    description: `清理小区内私装地锁，恢复消防通道，线索请拨${PHONE}`,
    siteKind: '私装地锁',
    allCommunities: false,
    communityIds: [f().communities.a.id, f().communities.b.id],
    units: [{ departmentId: f().departments.cityManagement.id, people: 30 }],
    startDate: '2026-03-10',
    endDate: '2026-04-30',
  });
  /** A campaign of the street, planned or started (the marker is its title). */
  const campaignIn = async (status: 'planned' | 'active'): Promise<Marked> => {
    const marker = kit.newMarker('MXC');
    const street = kit.actor('streetAdmin');
    const { id } = (await kit.call('POST', '/api/campaigns', street).send(campaignBody(marker)).expect(201)).body;
    if (status === 'active') await kit.call('POST', `/api/campaigns/${id}/start`, street).expect(200);
    return { id, marker };
  };
  const active = () => kit.sharedObject('campaign:active', () => campaignIn('active'));
  /** A site liaisonA reported in community A: 2 locks at 甲1号楼 (the marker is what she found, and the place she wrote). */
  const reportSite = async (campaignId: number, marker: string): Promise<number> =>
    (
      await kit
        .call('POST', `/api/campaigns/${campaignId}/sites`, kit.actor('liaisonA'))
        .send({ buildingId: f().buildings.a1.id, locationText: `南门车棚旁 ${marker}`, finding: `私装地锁两处 ${marker}`, count: 2 })
        .expect(201)
    ).body.id;
  /** An open site in the shared running campaign. */
  const openSite = async (): Promise<Marked> => {
    const campaign = await active();
    const marker = kit.newMarker('MXS');
    return { id: await reportSite(campaign.id, marker), marker };
  };
  /** A running campaign of its own with one site reported, for the public reads (whose counts are then exact). */
  const publicCampaign = async (): Promise<PublicCampaign> => {
    const campaign = await campaignIn('active');
    const site = kit.newMarker('MXS');
    await reportSite(campaign.id, site);
    return { ...campaign, finding: `私装地锁两处 ${site}`, place: `南门车棚旁 ${site}` };
  };
  /** What a public answer must never show: the site's words and place, its reporter, a phone number. */
  const nothingPersonal = (res: request.Response, o: PublicCampaign) => {
    const text = kit.textOf(res);
    for (const personal of [o.finding, o.place, f().users.liaisonA.displayName, PHONE, '甲1号楼']) expect(text).not.toContain(personal);
  };

  const campaignRecord = (o: Marked) => db().getRepository(Campaign).findOneByOrFail({ id: o.id });
  const siteRecord = (o: Marked) => db().getRepository(CampaignSite).findOneByOrFail({ id: o.id });
  const sitesOf = (o: Marked) =>
    db()
      .getRepository(CampaignSite)
      .find({ where: { campaignId: o.id }, order: { id: 'ASC' } });

  return {
    'POST /api/campaigns': async () => {
      const marker = kit.newMarker('MXC');
      return {
        url: '/api/campaigns',
        body: campaignBody(marker),
        verify: async (res, outcome, caller) => {
          const stored = await db().getRepository(Campaign).findOneBy({ title: marker });
          if (outcome !== 'ok') return expect(stored).toBeNull();
          expect(res.body).toMatchObject({ title: marker, status: 'planned', people: 30, communityCount: 2 });
          expect(stored).toMatchObject({ createdById: caller!.id, status: 'planned' });
        },
      };
    },
    'GET /api/campaigns': kit.read(
      active,
      () => '/api/campaigns',
      (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
    ),
    'GET /api/campaigns/:id': kit.read(
      active,
      (o) => `/api/campaigns/${o.id}`,
      (res, o) => expect(res.body).toMatchObject({ id: o.id, title: o.marker, status: 'active' }),
    ),
    'POST /api/campaigns/:id/start': kit.move('POST /api/campaigns/:id/start', {
      object: (fresh) => (fresh ? campaignIn('planned') : kit.sharedObject('campaign:planned', () => campaignIn('planned'))),
      url: (o) => `/api/campaigns/${o.id}/start`,
      record: campaignRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'active' });
        expect(await campaignRecord(o)).toMatchObject({ status: 'active', startedById: caller.id });
      },
    }),
    // Finishing is once: each allowed caller finishes a running campaign of its own.
    'POST /api/campaigns/:id/finish': kit.move('POST /api/campaigns/:id/finish', {
      object: (fresh) => (fresh ? campaignIn('active') : active()),
      url: (o) => `/api/campaigns/${o.id}/finish`,
      body: () => ({ resultSummary: '清理私装地锁若干，消防通道恢复畅通' }),
      record: campaignRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'finished', resultSummary: '清理私装地锁若干，消防通道恢复畅通' });
        expect(await campaignRecord(o)).toMatchObject({ status: 'finished', finishedById: caller.id });
      },
    }),
    // Each allowed caller reports into a campaign of its own, so the record shows just her site.
    'POST /api/campaigns/:id/sites': kit.move('POST /api/campaigns/:id/sites', {
      object: (fresh) => (fresh ? campaignIn('active') : active()),
      url: (o) => `/api/campaigns/${o.id}/sites`,
      body: () => ({ buildingId: f().buildings.a1.id, finding: '矩阵发现的地锁', count: 1 }),
      record: sitesOf,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ campaignId: o.id, communityId: f().communities.a.id, reportedBy: { id: caller.id } });
        expect(await sitesOf(o)).toMatchObject([{ reportedById: caller.id, communityId: f().communities.a.id, status: 'open', count: 1 }]);
      },
    }),
    // A liaison sees the sites she reported (liaisonA reported this one).
    'GET /api/campaigns/:id/sites': async () => {
      const site = await kit.sharedObject('campaignSite', openSite);
      const campaign = await active();
      return {
        url: `/api/campaigns/${campaign.id}/sites`,
        verify: async (res, outcome) => {
          if (outcome === 'ok') expect(kit.idsOf(res.body.items)).toContain(site.id);
          else expect(kit.textOf(res)).not.toContain(site.marker);
        },
      };
    },
    'GET /api/campaign-sites/:id': kit.read(
      () => kit.sharedObject('campaignSite', openSite),
      (o) => `/api/campaign-sites/${o.id}`,
      (res, o) => expect(res.body).toMatchObject({ id: o.id, finding: `私装地锁两处 ${o.marker}`, status: 'open' }),
    ),
    // Cleared once: each allowed caller clears an open site of her own.
    'POST /api/campaign-sites/:id/clear': kit.move('POST /api/campaign-sites/:id/clear', {
      object: (fresh) => (fresh ? openSite() : kit.sharedObject('campaignSite:toClear', openSite)),
      url: (o) => `/api/campaign-sites/${o.id}/clear`,
      body: () => ({ clearedCount: 2, note: '已拆除' }),
      record: siteRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'cleared', clearedCount: 2 });
        expect(await siteRecord(o)).toMatchObject({ status: 'cleared', clearedById: caller.id, clearedCount: 2, clearNote: '已拆除' });
      },
    }),
    // Public: the counts and units, nothing of a person; the street's words masked.
    'GET /api/campaigns/:id/result': async () => {
      const campaign = await kit.sharedObject('campaign:public', publicCampaign);
      return {
        url: `/api/campaigns/${campaign.id}/result`,
        verify: async (res) => {
          expect(res.body).toMatchObject({
            id: campaign.id,
            title: campaign.marker,
            status: 'active',
            people: 30,
            total: { sites: 1, found: 2, cleared: 0, left: 2 },
          });
          nothingPersonal(res, campaign);
        },
      };
    },
    // Newest first, 20 a list: each cell lists a campaign of its own.
    'GET /api/communities/:id/campaigns': async () => {
      const campaign = await publicCampaign();
      return {
        url: `/api/communities/${f().communities.a.id}/campaigns`,
        verify: async (res) => {
          expect(res.body).toContainEqual(
            expect.objectContaining({ id: campaign.id, title: campaign.marker, community: expect.objectContaining({ sites: 1, found: 2 }) }),
          );
          nothingPersonal(res, campaign);
        },
      };
    },
  };
}

export const campaignsMatrix: MatrixSection = { rows, scenarios };
