import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES, type Role } from '@lingjuli/shared';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { changedRows, snapshotTables } from './db-snapshot';
import { REPRESENTATIVE } from './fixtures';
import { malformedRequests, type MalformedRequest } from './openapi-fuzz';
import { createTestApp, type TestApp } from './test-app';

/*
 * Schema-driven fuzz: every operation of the OpenAPI document, with malformed input generated from its
 * schema (see openapi-fuzz.ts), sent by one user of every role and by nobody. None may get a 5xx, none
 * a 2xx, and no operation may change a row of any table.
 *
 * Every caller first sends the operation's first malformed request. Those the access layer turns away
 * (401/403: guards run before any input is read) stop there; the rest of the requests are shared among
 * those who get through, each request sent by two of them in turn, so that a few thousand requests
 * cover every operation, every malformed input and every role.
 */

/** One user per role, of the fixture street's community A so that its objects are in her scope. */
const CALLERS = REPRESENTATIVE;
type Caller = Role | 'anonymous';
const EVERYONE: readonly Caller[] = [...ROLES, 'anonymous'];
/** How many of the callers who get through send each malformed request. */
const SENDERS_PER_REQUEST = 2;

const HAN = /\p{Script=Han}/u;
// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

interface Finding {
  kind: '5xx' | '2xx to invalid input' | 'error body not {code, message}' | 'rows changed';
  operation: string;
  detail: string;
}

describe('malformed input to every operation, by every role (OpenAPI-driven fuzz)', () => {
  let t: TestApp;
  let doc: OpenAPIObject;
  let keys = 0;
  /** Real objects the paths point at, so that it is the input that is judged, not a missing row. */
  const real: Record<string, number | string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.fixtures;
    doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body;

    real.community = f.communities.a.id;
    real.user = f.users.staffC.id;
    real.liaison = f.users.liaisonA.id;
    real.buildingCode = f.buildings.a1.code;
    real.upload = (await t.as('residentA').post('/api/uploads').attach('file', PNG, { filename: 'p.png', contentType: 'image/png' }).expect(201)).body.id;
    real.appeal = (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', 'fuzz-setup-appeal')
        .send({ channel: 'online', content: '楼道灯坏了，晚上看不见', communityId: f.communities.a.id, buildingId: f.buildings.a1.id })
        .expect(201)
    ).body.id;
    real.whistle = (
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ subject: '路边大树倒伏', description: '压住了人行道', departmentIds: [f.departments.cityManagement.id], appealId: real.appeal })
        .expect(201)
    ).body.id;
    real.project = (
      await t
        .as('streetAdmin')
        .post('/api/projects')
        .send({ communityId: f.communities.a.id, title: '外墙保温', description: '3号楼外墙加装保温层', kind: 'infrastructure' })
        .expect(201)
    ).body.id;
    real.period = (await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201)).body.id;
    real.reward = (
      await t
        .as('staffA')
        .post('/api/rewards')
        .send({ liaisonUserId: f.users.liaisonA.id, basis: 'caseByCase', appealIds: [real.appeal], reward: '荣誉证书', reason: '调解邻里纠纷' })
        .expect(201)
    ).body.id;
    real.visitTask = (await t.as('staffA').post('/api/visit-tasks').send({ buildingId: f.buildings.a1.id, category: 'water' }).expect(201)).body.id;
    real.volunteerApplication = (
      await t
        .as('residentA')
        .post('/api/volunteer-applications')
        .send({
          kind: 'liaison',
          communityId: f.communities.a.id,
          name: '模糊测试',
          phone: '13800000002',
          birthYear: 1990,
          offers: ['patrol'],
          times: ['weekend'],
        })
        .expect(201)
    ).body.id;
    real.trainingCourse = (
      await t
        .as('staffA')
        .post('/api/training-courses')
        .send({ title: '模糊测试培训', startsAt: '2026-03-20T14:00:00+08:00', place: '活动室', hours: 2, audience: 'all' })
        .expect(201)
    ).body.id;
    real.survey = (
      await t
        .as('streetAdmin')
        .post('/api/surveys')
        .send({
          title: '模糊测试调查',
          purpose: '测试',
          questions: [{ type: 'satisfaction', text: '满意吗？' }],
          targetSampleSize: 10,
          opensOn: '2026-03-02',
          closesOn: '2026-03-31',
        })
        .expect(201)
    ).body.id;
    real.meeting = (
      await t
        .as('staffA')
        .post('/api/meetings')
        .send({
          topic: '模糊测试议事会',
          startsAt: '2026-03-10T19:00:00+08:00',
          endsAt: '2026-03-10T21:00:00+08:00',
          place: '议事厅',
          agenda: ['议题一'],
          audience: 'community',
        })
        .expect(201)
    ).body.id;
    real.campaign = (
      await t
        .as('streetAdmin')
        .post('/api/campaigns')
        .send({ title: '模糊测试整治', description: '测试', siteKind: '地锁', allCommunities: true, units: [], startDate: '2026-03-02', endDate: '2026-03-31' })
        .expect(201)
    ).body.id;
    await t.as('streetAdmin').post(`/api/campaigns/${real.campaign}/start`).expect(200);
    real.campaignSite = (
      await t.as('liaisonA').post(`/api/campaigns/${real.campaign}/sites`).send({ buildingId: f.buildings.a1.id, finding: '地锁', count: 1 }).expect(201)
    ).body.id;
    real.poll = (
      await t
        .as('staffA')
        .post('/api/polls')
        .send({
          title: '模糊测试征求意见',
          description: '测试',
          questions: [{ type: 'single', prompt: '同意吗？', options: ['同意', '不同意'] }],
          audience: 'community',
          ballotUnit: 'household',
          closesAt: '2026-03-20T18:00:00+08:00',
        })
        .expect(201)
    ).body.id;
    real.notification = (await t.dataSource.getRepository(InboxMessage).find({ order: { id: 'ASC' }, take: 1 }))[0]?.id ?? 1;
    real.open311Client = (
      await t
        .as('streetAdmin')
        .post('/api/open311/clients')
        .send({ name: '模糊测试对接', communityIds: [f.communities.a.id] })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t?.close());

  /** The real object a path's parameter names, by the collection it is in. */
  const pathValue = (path: string, param: string): string | number => {
    if (param === 'code') return real.buildingCode;
    const collection = path.split('/')[path.split('/').indexOf(`{${param}}`) - 1];
    const byCollection: Record<string, string> = {
      communities: 'community',
      users: 'user',
      uploads: 'upload',
      appeals: 'appeal',
      notifications: 'notification',
      whistles: 'whistle',
      projects: 'project',
      periods: 'period',
      liaisons: 'liaison',
      rewards: 'reward',
      'visit-tasks': 'visitTask',
      'volunteer-applications': 'volunteerApplication',
      'training-courses': 'trainingCourse',
      // PUT /volunteers/{userId}/birth-year
      volunteers: 'liaison',
      surveys: 'survey',
      meetings: 'meeting',
      // DELETE /meetings/{id}/attendance/{userId}
      attendance: 'user',
      clients: 'open311Client',
      polls: 'poll',
      campaigns: 'campaign',
      'campaign-sites': 'campaignSite',
      // POST /households/{userId}/verify, DELETE /households/{userId}
      households: 'user',
    };
    const value = real[byCollection[collection]];
    if (value === undefined) throw new Error(`No real object for {${param}} in ${path}`);
    return value;
  };

  /** Valid values the schema cannot give: ids of real rows, values matching a pattern, a fresh Idempotency-Key. */
  const knownGood = (): Record<string, unknown> => {
    const f = t.fixtures;
    return {
      'Idempotency-Key': () => `fuzz-key-${++keys}`,
      communityId: f.communities.a.id,
      buildingId: f.buildings.a1.id,
      gridId: f.grids.g1.id,
      departmentId: f.departments.cityManagement.id,
      leadDepartmentId: f.departments.cityManagement.id,
      departmentIds: [f.departments.cityManagement.id],
      communityIds: [f.communities.a.id],
      memberDepartmentIds: [f.departments.parks.id],
      assistingDepartmentIds: [f.departments.parks.id],
      liaisonUserId: f.users.liaisonA.id,
      liaisonId: f.users.liaisonA.id,
      handlerId: f.users.staffA2.id,
      consultedWithId: f.users.gridSecretary1.id,
      appealId: real.appeal,
      appealIds: [real.appeal],
      attachmentIds: [],
      ratings: [{ departmentId: f.departments.cityManagement.id, rating: 'satisfied' }],
      phone: '13800000001',
      contactPhone: '13800000001',
      hotline: '010-68210000',
      code: 'FZ-1',
      username: 'fuzz.user',
      password: 'fuzz-password-1',
      duties: ['observer'],
    };
  };

  const send = (request: MalformedRequest, caller: Caller) => {
    let req = t.http[request.method](request.url);
    if (caller !== 'anonymous') req = req.set('Authorization', `Bearer ${t.token(CALLERS[caller])}`);
    for (const [name, value] of Object.entries(request.headers)) req = req.set(name, value);
    // Sent as text, so that null, a number or a string go as the JSON they are.
    const json = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    return json === undefined ? req : req.set('Content-Type', 'application/json').send(json);
  };

  /** Sends one malformed request as the caller and notes what is wrong with the answer, if anything. */
  class Judge {
    readonly findings: Finding[] = [];
    readonly statuses: Record<number, number> = {};
    sent = 0;
    /** The 2xx answers of the operation being judged, to name the likely culprits of a change. */
    succeeded: string[] = [];

    async judge(request: MalformedRequest, caller: Caller): Promise<number> {
      const res = await send(request, caller);
      this.sent++;
      this.statuses[res.status] = (this.statuses[res.status] ?? 0) + 1;
      const detail = `${caller}: ${request.flaw} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
      const note = (kind: Finding['kind']) => this.findings.push({ kind, operation: request.operation, detail });
      if (res.status >= 500) note('5xx');
      else if (res.status < 400) {
        note('2xx to invalid input');
        this.succeeded.push(detail);
      } else if (typeof res.body?.code !== 'string' || !HAN.test(res.body?.message ?? '')) note('error body not {code, message}');
      return res.status;
    }

    count(kind: Finding['kind']): number {
      return this.findings.filter((f) => f.kind === kind).length;
    }
  }

  it(
    'answers every malformed request with a 4xx in the documented shape and changes no row',
    async () => {
      const started = Date.now();
      const byOperation = new Map<string, MalformedRequest[]>();
      for (const r of malformedRequests(doc, { knownGood: knownGood(), pathValue })) byOperation.set(r.operation, [...(byOperation.get(r.operation) ?? []), r]);
      const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);

      const judge = new Judge();
      let rowsChanged = 0;
      for (const [operation, [first, ...rest]] of byOperation) {
        const before = await snapshotTables(t.dataSource);
        judge.succeeded = [];
        const through: Caller[] = [];
        for (const caller of EVERYONE) if (![401, 403].includes(await judge.judge(first, caller))) through.push(caller);
        for (const [i, request] of rest.entries()) {
          const senders = new Set(Array.from({ length: Math.min(SENDERS_PER_REQUEST, through.length) }, (_, j) => through[(i + j) % through.length]));
          for (const caller of senders) await judge.judge(request, caller);
        }
        const changed = changedRows(before, await snapshotTables(t.dataSource));
        const rows = Object.values(changed).reduce((a, b) => a + b, 0);
        if (rows > 0) {
          rowsChanged += rows;
          judge.findings.push({
            kind: 'rows changed',
            operation,
            detail: `${rows} rows ${JSON.stringify(changed)}; 2xx answers: ${judge.succeeded.slice(0, 3).join(' | ')}`,
          });
        }
      }

      // The figures for the CI log, and one example per operation and kind of finding.
      const examples = new Map<string, { n: number; detail: string }>();
      for (const f of judge.findings) {
        const key = `[${f.kind}] ${f.operation}`;
        examples.set(key, { n: (examples.get(key)?.n ?? 0) + 1, detail: examples.get(key)?.detail ?? f.detail });
      }
      const figures = {
        '5xx': judge.count('5xx'),
        '2xx to invalid input': judge.count('2xx to invalid input'),
        'rows changed': rowsChanged,
        'error bodies off-shape': judge.count('error body not {code, message}'),
      };
      console.log(
        [
          `OpenAPI fuzz on ${t.database.kind}: ${byOperation.size} of ${operations} operations (the others take no input), ` +
            `${judge.sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          `answers by status: ${JSON.stringify(judge.statuses)}`,
          `findings: ${JSON.stringify(figures)}`,
          ...[...examples].map(([key, { n, detail }]) => `${key} ×${n}, e.g. ${detail}`),
        ].join('\n'),
      );
      expect(figures).toEqual({ '5xx': 0, '2xx to invalid input': 0, 'rows changed': 0, 'error bodies off-shape': 0 });
    },
    15 * 60_000,
  );
});
