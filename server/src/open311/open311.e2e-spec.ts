import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import type { AppealDetail, IssuedOpen311Client, Open311ClientInfo } from '@lingjuli/shared';
import type request from 'supertest';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Timer } from '../timers/timer.entity';

/*
 * Open311 GeoReport v2 (docs/integration.md) over real HTTP on a real database: every endpoint in both
 * formats, each JSON answer validated against the specification's public JSON schemas (vendored in
 * georeport-v2-schemas/, from open311/schema-validation) and each XML answer read back for the
 * specification's element names.
 */

const SCHEMAS = ['service', 'services', 'service-definition', 'request', 'requests'] as const;
type SchemaName = (typeof SCHEMAS)[number];

const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is typed against the copy of ajv it was installed with (the workspace root's), a patch release apart.
addFormats(ajv as unknown as Parameters<typeof addFormats>[0]);
// services.json and requests.json `$ref` service.json and request.json: each is added by the name it is referred by.
for (const name of SCHEMAS) ajv.addSchema(JSON.parse(readFileSync(join(__dirname, 'georeport-v2-schemas', `${name}.json`), 'utf8')), `${name}.json`);

/** The answers the specification's schemas do not cover: discovery, errors, a new request's and a token's, mySociety's updates. */
const nullableString = { type: ['string', 'null'] };
const LOCAL_SCHEMAS = {
  discovery: {
    type: 'object',
    required: ['changeset', 'contact', 'endpoints'],
    properties: {
      changeset: { type: 'string', format: 'date-time' },
      contact: { type: 'string' },
      key_service: { type: 'string' },
      endpoints: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['specification', 'url', 'type', 'formats'],
          properties: {
            specification: { type: 'string', format: 'uri' },
            url: { type: 'string', format: 'uri' },
            changeset: { type: 'string', format: 'date-time' },
            type: { enum: ['production', 'test'] },
            formats: { type: 'array', items: { enum: ['application/json', 'text/xml'] } },
          },
        },
      },
    },
  },
  errors: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['code', 'description'],
      additionalProperties: false,
      properties: { code: { type: 'integer' }, description: { type: 'string' } },
    },
  },
  created: {
    type: 'array',
    minItems: 1,
    maxItems: 1,
    items: {
      type: 'object',
      required: ['service_request_id', 'service_notice', 'account_id'],
      additionalProperties: false,
      properties: { service_request_id: { type: 'string' }, service_notice: nullableString, account_id: { type: 'null' }, token: { type: 'string' } },
    },
  },
  token: {
    type: 'array',
    items: {
      type: 'object',
      required: ['service_request_id', 'token'],
      additionalProperties: false,
      properties: { service_request_id: { type: 'string' }, token: { type: 'string' } },
    },
  },
  // mySociety's open311-adapter: service_request_update's required fields.
  updates: {
    type: 'object',
    required: ['service_request_updates'],
    additionalProperties: false,
    properties: {
      service_request_updates: {
        type: 'array',
        items: {
          type: 'object',
          required: ['update_id', 'service_request_id', 'status', 'updated_datetime', 'description', 'media_url'],
          additionalProperties: false,
          properties: {
            update_id: { type: 'string' },
            service_request_id: { type: 'string' },
            status: { enum: ['open', 'closed'] },
            updated_datetime: { type: 'string', format: 'date-time' },
            description: { type: 'string' },
            media_url: { type: 'string' },
          },
        },
      },
    },
  },
};
type LocalSchema = keyof typeof LOCAL_SCHEMAS;
const localValidators = Object.fromEntries(Object.entries(LOCAL_SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)])) as Record<
  LocalSchema,
  ValidateFunction
>;

/** The answer's JSON, valid against the named schema (the errors shown when it is not). */
function valid(res: request.Response, schema: SchemaName | LocalSchema) {
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const validate = (LOCAL_SCHEMAS as Record<string, unknown>)[schema] ? localValidators[schema as LocalSchema] : ajv.getSchema(`${schema}.json`)!;
  const body = JSON.parse(res.text);
  expect({ schema, errors: validate(body) ? [] : validate.errors }).toEqual({ schema, errors: [] });
  return body;
}

/** The specification's list elements, read as arrays however many there are. */
const LISTS = new Set(['service', 'request', 'attribute', 'value', 'endpoint', 'format', 'error', 'request_update']);
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => LISTS.has(name) });

/** The answer's XML, read back. */
function xml(res: request.Response) {
  expect(res.headers['content-type']).toMatch(/^text\/xml/);
  expect(res.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  return parser.parse(res.text);
}

const ROOT = '/open311/v2';

describe('Open311 GeoReport v2 (real HTTP, real database)', () => {
  let t: TestApp;
  /** Community A's key that may file; the read-only key of community B; a key of A and B that may file. */
  const keys = { a: '', bReadOnly: '', ab: '' };
  let clientA: IssuedOpen311Client;

  const issue = async (name: string, communityIds: number[], canWrite: boolean): Promise<IssuedOpen311Client> =>
    (await t.as('streetAdmin').post('/api/open311/clients').send({ name, communityIds, canWrite }).expect(201)).body;
  const get = (path: string, key: string | null, query: Record<string, string> = {}) =>
    t.http.get(`${ROOT}/${path}`).query(key === null ? query : { api_key: key, ...query });
  const post = (format: 'json' | 'xml', key: string | null, fields: Record<string, string | string[]>, idempotencyKey?: string) => {
    const req = t.http
      .post(`${ROOT}/requests.${format}`)
      .type('form')
      .send(key === null ? fields : { api_key: key, ...fields });
    return idempotencyKey ? req.set('Idempotency-Key', idempotencyKey) : req;
  };
  let words = 0;
  /** A request of community A's that no other test files (the same request twice is one request). */
  const fresh = (over: Record<string, string | string[]> = {}) => ({
    service_code: 'sanitation',
    description: `小区东门垃圾桶满了好几天没人清理（第${++words}次反映）`,
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const { a, b } = t.fixtures.communities;
    clientA = await issue('市城市管理平台', [a.id], true);
    keys.a = clientA.key;
    keys.bReadOnly = (await issue('区数据看板', [b.id], false)).key;
    keys.ab = (await issue('随手拍', [a.id, b.id], true)).key;
  });
  afterAll(() => t?.close());

  describe('keys: issued, listed and revoked by the street admin', () => {
    it('shows a key once, lists keys without them, and a revoked key is refused at once', async () => {
      const { a } = t.fixtures.communities;
      const issued = await issue('临时对接', [a.id], false);
      expect(issued).toMatchObject({
        name: '临时对接',
        communityIds: [a.id],
        canWrite: false,
        revokedAt: null,
        createdBy: { id: t.fixtures.users.streetAdmin.id },
      });
      expect(issued.key).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);
      expect(issued.keyPrefix).toBe(issued.key.slice(0, 12));
      await get('services.json', issued.key).expect(200);

      const listed = (await t.as('streetAdmin').get('/api/open311/clients').expect(200)).body as Open311ClientInfo[];
      const row = listed.find((c) => c.id === issued.id)!;
      expect(row).toMatchObject({ name: '临时对接', keyPrefix: issued.keyPrefix });
      expect(row.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(listed)).not.toContain(issued.key);
      expect(Object.keys(row)).not.toContain('key');

      const revoked = (await t.as('streetAdmin').delete(`/api/open311/clients/${issued.id}`).expect(200)).body as Open311ClientInfo;
      expect(revoked.revokedAt).not.toBeNull();
      for (const format of ['json', 'xml'] as const) {
        const res = await get(`services.${format}`, issued.key).expect(403);
        if (format === 'json') expect(valid(res, 'errors')).toEqual([{ code: 403, description: 'api_key 无效或已停用' }]);
        else expect(xml(res).errors.error).toEqual([{ code: '403', description: 'api_key 无效或已停用' }]);
      }
      // Revoking again keeps the first time.
      const again = (await t.as('streetAdmin').delete(`/api/open311/clients/${issued.id}`).expect(200)).body as Open311ClientInfo;
      expect(again.revokedAt).toBe(revoked.revokedAt);
    });

    it('refuses unknown communities and an unknown client, naming the field', async () => {
      const bad = await t
        .as('streetAdmin')
        .post('/api/open311/clients')
        .send({ name: '无效', communityIds: [99_999] })
        .expect(400);
      expect(bad.body.details).toEqual([{ field: 'communityIds', message: '社区不存在' }]);
      const empty = await t.as('streetAdmin').post('/api/open311/clients').send({ name: '无效', communityIds: [] }).expect(400);
      expect(empty.body.details[0].field).toBe('communityIds');
      const missing = await t.as('streetAdmin').delete('/api/open311/clients/99999').expect(404);
      expect(missing.body.code).toBe('OPEN311_CLIENT_NOT_FOUND');
    });
  });

  describe('discovery and services', () => {
    it('discovery, in both formats', async () => {
      const json = valid(await get('discovery.json', keys.a).expect(200), 'discovery');
      expect(json.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', type: 'production' });
      expect(json.endpoints[0].url).toMatch(/\/open311\/v2$/);
      expect(json.changeset).toMatch(/\+08:00$/);
      const doc = xml(await get('discovery.xml', keys.a).expect(200));
      expect(doc.discovery.endpoints.endpoint[0].formats.format).toEqual(['application/json', 'text/xml']);
      expect(doc.discovery.endpoints.endpoint[0].specification).toBe('http://wiki.open311.org/GeoReport_v2');
    });

    it('lists the triage categories as services, in both formats', async () => {
      const services = valid(await get('services.json', keys.a).expect(200), 'services');
      expect(services.map((s: { service_code: string }) => s.service_code)).toEqual(expect.arrayContaining(['water', 'gas', 'lift', 'sanitation', 'other']));
      expect(services.find((s: { service_code: string }) => s.service_code === 'water')).toMatchObject({
        service_name: '供水',
        metadata: true,
        type: 'realtime',
        group: '水电气热',
      });
      const doc = xml(await get('services.xml', keys.a).expect(200));
      expect(doc.services.service).toHaveLength(services.length);
      expect(doc.services.service[0]).toMatchObject({ service_code: services[0].service_code, service_name: services[0].service_name, metadata: 'true' });
    });

    it("defines each service's attributes: the building, the key's communities, and the category's own questions", async () => {
      const { a, b } = t.fixtures.communities;
      const single = valid(await get('services/gas.json', keys.a).expect(200), 'service-definition');
      expect(single.service_code).toBe('gas');
      expect(single.attributes.map((x: { code: string }) => x.code)).toEqual(['building', 'community', 'gas_smell']);
      expect(single.attributes[1]).toMatchObject({ required: false, values: [{ key: a.code, name: a.name }] });
      expect(single.attributes[2]).toMatchObject({
        datatype: 'singlevaluelist',
        values: [
          { key: 'yes', name: '是' },
          { key: 'no', name: '否' },
        ],
      });

      const both = valid(await get('services/sanitation.json', keys.ab).expect(200), 'service-definition');
      expect(both.attributes[1]).toMatchObject({ code: 'community', required: true, values: [{ key: a.code }, { key: b.code }] });

      const doc = xml(await get('services/lift.xml', keys.a).expect(200));
      expect(doc.service_definition.service_code).toBe('lift');
      const attributes = doc.service_definition.attributes.attribute;
      expect(attributes.map((x: { code: string }) => x.code)).toEqual(['building', 'community', 'trapped']);
      expect(attributes[2].values.value.map((v: { key: string }) => v.key)).toEqual(['yes', 'no']);
    });

    it('answers an unknown service with 404, in both formats', async () => {
      valid(await get('services/potholes.json', keys.a).expect(404), 'errors');
      expect(xml(await get('services/potholes.xml', keys.a).expect(404)).errors.error[0].code).toBe('404');
    });
  });

  describe('POST requests: a request becomes an appeal of the open311 channel', () => {
    it('files through the usual intake: channel, client, filer, the system’s first line, triage, deadline, timers', async () => {
      const { a } = t.fixtures.communities;
      const res = await post('json', keys.a, {
        service_code: 'water',
        description: '3号楼从早上开始停水，到现在还没来水',
        'attribute[building]': t.fixtures.buildings.a1.code,
        'attribute[outage_scope]': 'building',
        first_name: '三',
        last_name: '张',
        phone: '+86 138 0013 8000',
        lat: '39.9075',
        long: '116.2803',
        address_string: '万寿路甲15号院',
        email: 'zhang@example.com',
      }).expect(201);
      const [created] = valid(res, 'created');
      expect(created.account_id).toBeNull();
      expect(created.service_notice).toBe(`已转${a.name}办理，水电气热：24小时内反馈`);
      const id = Number(created.service_request_id);

      const appeal = await t.dataSource.getRepository(Appeal).findOneByOrFail({ id });
      expect(appeal).toMatchObject({
        channel: 'open311',
        open311ClientId: clientA.id,
        filedById: t.fixtures.users.streetAdmin.id,
        communityId: a.id,
        buildingId: t.fixtures.buildings.a1.id,
        category: 'water',
        tier: 'utility',
        status: 'received',
        contactName: '张三',
        locationText: '万寿路甲15号院',
        latitude: 39.9075,
        longitude: 116.2803,
        reporterId: null,
        firstResponderId: null,
      });
      expect(appeal.content).toBe('3号楼从早上开始停水，到现在还没来水\n影响范围：整栋楼');
      expect(appeal.contactPhoneEncrypted).not.toContain('13800138000');
      expect(appeal.idempotencyKey).toBe(`open311:${clientA.id}:${created.token}`);
      expect(appeal.dueAt.getTime() - appeal.receivedAt.getTime()).toBe(24 * 3_600_000);
      expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'appeal', ownerId: id })).toBeGreaterThan(0);
      const [line] = await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: id }, order: { id: 'ASC' } });
      expect(line).toMatchObject({ type: 'file', actorId: null, actorRole: 'system', toStatus: 'received' });
      expect(line.data).toMatchObject({ channel: 'open311', open311Client: { id: clientA.id, name: '市城市管理平台' } });

      // Community A's staff see it in their queue and in full, its channel open311; the phone decrypted for them.
      const queue = (await t.as('staffA').get('/api/appeals').expect(200)).body;
      expect(queue.items.map((x: { id: number }) => x.id)).toContain(id);
      const detail = (await t.as('staffA').get(`/api/appeals/${id}`).expect(200)).body as AppealDetail;
      expect(detail).toMatchObject({ channel: 'open311', contactName: '张三', contactPhone: '13800138000' });
      await t.as('staffB').get(`/api/appeals/${id}`).expect(404);
    });

    it('answers in XML too, and a gas smell or someone trapped makes it an emergency', async () => {
      const res = await post('xml', keys.a, fresh({ service_code: 'gas', 'attribute[gas_smell]': 'yes', description: '厨房里燃气灶关着' })).expect(201);
      const [request] = xml(res).service_requests.request;
      expect(Object.keys(request).sort()).toEqual(['account_id', 'service_notice', 'service_request_id', 'token']);
      const gas = await t.dataSource.getRepository(Appeal).findOneByOrFail({ id: Number(request.service_request_id) });
      expect([gas.tier, gas.content]).toEqual(['emergency', '厨房里燃气灶关着\n现场闻到燃气味']);

      const calm = valid(
        await post('json', keys.a, fresh({ service_code: 'lift', 'attribute[trapped]': 'no', description: '电梯按钮失灵' })).expect(201),
        'created',
      );
      expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ id: Number(calm[0].service_request_id) })).tier).toBe('ordinary');
    });

    it('is idempotent per client: the same request twice is one appeal, an Idempotency-Key names it; tokens/{token} finds it', async () => {
      const fields = fresh();
      const first = valid(await post('json', keys.a, fields).expect(201), 'created')[0];
      const again = valid(await post('json', keys.a, { ...fields, description: `  ${fields.description} ` }).expect(200), 'created')[0];
      expect(again).toEqual(first);
      expect(await t.dataSource.getRepository(Appeal).countBy({ content: fields.description })).toBe(1);
      // Another client sending the same words files its own.
      const other = valid(await post('json', keys.ab, { ...fields, 'attribute[community]': t.fixtures.communities.a.code }).expect(201), 'created')[0];
      expect(other.service_request_id).not.toBe(first.service_request_id);

      const keyed = fresh();
      const byKey = valid(await post('json', keys.a, keyed, 'fms-report-000123').expect(201), 'created')[0];
      expect(byKey.token).toBe('fms-report-000123');
      expect(valid(await post('json', keys.a, keyed, 'fms-report-000123').expect(200), 'created')[0].service_request_id).toBe(byKey.service_request_id);
      const reused = await post('json', keys.a, fresh(), 'fms-report-000123').expect(409);
      expect(valid(reused, 'errors')[0].code).toBe(409);
      valid(await post('json', keys.a, fresh(), 'short').expect(400), 'errors');

      expect(valid(await get(`tokens/${first.token}.json`, keys.a).expect(200), 'token')).toEqual([
        { service_request_id: first.service_request_id, token: first.token },
      ]);
      expect(xml(await get('tokens/fms-report-000123.xml', keys.a).expect(200)).service_requests.request).toEqual([
        { service_request_id: byKey.service_request_id, token: 'fms-report-000123' },
      ]);
      // Another client's token, or one never issued, is not found.
      await get(`tokens/${other.token}.json`, keys.a).expect(404);
      await get('tokens/no-such-token.json', keys.a).expect(404);
      await get('tokens/bad%20token!.xml', keys.a).expect(404);
    });

    it('places a request by its building or community, only in the key’s communities', async () => {
      const { b } = t.fixtures.communities;
      const byCommunity = valid(await post('json', keys.ab, fresh({ 'attribute[community]': b.code })).expect(201), 'created')[0];
      expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ id: Number(byCommunity.service_request_id) })).communityId).toBe(b.id);
      const noPlace = valid(await post('json', keys.ab, fresh()).expect(400), 'errors');
      expect(noPlace[0].description).toContain('attribute[community]');
      // Community C's building, and community C: not the key's.
      valid(await post('json', keys.a, fresh({ 'attribute[building]': t.fixtures.buildings.c1.code })).expect(403), 'errors');
      valid(await post('json', keys.a, fresh({ 'attribute[community]': t.fixtures.communities.c.code })).expect(403), 'errors');
      valid(await post('json', keys.a, fresh({ 'attribute[community]': 'NOPE' })).expect(400), 'errors');
      valid(await post('json', keys.a, fresh({ 'attribute[building]': 'NO-SUCH-1' })).expect(400), 'errors');
      // A building and a community that disagree.
      valid(await post('json', keys.ab, fresh({ 'attribute[building]': t.fixtures.buildings.a1.code, 'attribute[community]': b.code })).expect(400), 'errors');
    });

    it('refuses a read-only key (403), a bad service_code and a missing description (400), in both formats', async () => {
      valid(await post('json', keys.bReadOnly, fresh()).expect(403), 'errors');
      expect(xml(await post('xml', keys.bReadOnly, fresh()).expect(403)).errors.error[0].code).toBe('403');
      valid(await post('json', keys.a, fresh({ service_code: 'potholes' })).expect(400), 'errors');
      expect(xml(await post('xml', keys.a, fresh({ service_code: 'potholes' })).expect(400)).errors.error[0].description).toContain('service_code');
      valid(await post('json', keys.a, { service_code: 'water' }).expect(400), 'errors');
      valid(await post('json', keys.a, fresh({ 'attribute[outage_scope]': 'everywhere', service_code: 'water' })).expect(400), 'errors');
      valid(await post('json', null, fresh()).expect(403), 'errors');
    });
  });

  describe('GET requests', () => {
    let filed: number;
    let otherCommunity: number;

    beforeAll(async () => {
      filed = Number(
        valid(await post('json', keys.a, fresh({ service_code: 'noise', 'attribute[noise_time]': 'night' })).expect(201), 'created')[0].service_request_id,
      );
      const { b } = t.fixtures.communities;
      otherCommunity = (
        await t
          .as('staffB')
          .post('/api/appeals')
          .set('Idempotency-Key', 'open311-other-community')
          .send({ channel: 'window', content: '乙社区的路灯不亮', communityId: b.id })
          .expect(201)
      ).body.id;
    });

    it('lists the key’s communities’ requests of the last 90 days, newest first, in both formats', async () => {
      const list = valid(await get('requests.json', keys.a).expect(200), 'requests');
      const ids = list.map((r: { service_request_id: string }) => Number(r.service_request_id));
      expect(ids).toContain(filed);
      expect(ids).not.toContain(otherCommunity);
      const times = list.map((r: { requested_datetime: string }) => new Date(r.requested_datetime).getTime());
      expect([...times].sort((x, y) => y - x)).toEqual(times);
      const mine = list.find((r: { service_request_id: string }) => Number(r.service_request_id) === filed);
      expect(mine).toMatchObject({
        status: 'open',
        service_code: 'noise',
        service_name: '噪音与施工扰民',
        agency_responsible: t.fixtures.communities.a.name,
        status_notes: '提交诉求',
        media_url: null,
      });
      expect(mine.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(mine.expected_datetime).toMatch(/\+08:00$/);

      const doc = xml(await get('requests.xml', keys.a).expect(200));
      expect(doc.service_requests.request.map((r: { service_request_id: string }) => Number(r.service_request_id))).toEqual(ids);
      expect(Object.keys(doc.service_requests.request[0])).toEqual(Object.keys(list[0]));
    });

    it('filters by ids (which override the rest), service code, status and dates', async () => {
      const byIds = valid(
        await get('requests.json', keys.a, { service_request_id: `${filed},${otherCommunity}`, service_code: 'water' }).expect(200),
        'requests',
      );
      expect(byIds.map((r: { service_request_id: string }) => Number(r.service_request_id))).toEqual([filed]);
      const noise = valid(await get('requests.json', keys.a, { service_code: 'noise,parking' }).expect(200), 'requests');
      expect(noise.every((r: { service_code: string }) => ['noise', 'parking'].includes(r.service_code))).toBe(true);
      expect(noise.length).toBeGreaterThan(0);
      expect(valid(await get('requests.json', keys.a, { status: 'closed' }).expect(200), 'requests')).toEqual([]);
      expect(
        valid(await get('requests.json', keys.a, { status: 'open', start_date: '2026-03-02', end_date: '2026-03-03T00:00:00+08:00' }).expect(200), 'requests')
          .length,
      ).toBeGreaterThan(0);
      // Nothing in the range: an empty list, and an empty root element.
      expect(JSON.parse((await get('requests.json', keys.a, { start_date: '2025-01-01', end_date: '2025-01-02' }).expect(200)).text)).toEqual([]);
      expect(xml(await get('requests.xml', keys.a, { start_date: '2025-01-01', end_date: '2025-01-02' }).expect(200)).service_requests).toBe('');
    });

    it('reads one request; another community’s is 404, in both formats', async () => {
      const [one] = valid(await get(`requests/${filed}.json`, keys.a).expect(200), 'requests');
      expect(one.service_request_id).toBe(String(filed));
      expect(xml(await get(`requests/${filed}.xml`, keys.a).expect(200)).service_requests.request[0].service_request_id).toBe(String(filed));
      const hidden = valid(await get(`requests/${otherCommunity}.json`, keys.a).expect(404), 'errors');
      const missing = valid(await get('requests/99999999.json', keys.a).expect(404), 'errors');
      expect(hidden).toEqual(missing);
      expect(xml(await get(`requests/${otherCommunity}.xml`, keys.a).expect(404)).errors.error[0].code).toBe('404');
      // Community B's read-only key reads B's request.
      valid(await get(`requests/${otherCommunity}.json`, keys.bReadOnly).expect(200), 'requests');
    });

    it('refuses a range over 90 days, a bad date, a bad status or service code, with 400', async () => {
      const refused: Record<string, string>[] = [
        { start_date: '2026-01-01T00:00:00+08:00', end_date: '2026-04-02T00:00:00+08:00' },
        { start_date: '2026-03-02', end_date: '2026-03-01' },
        { start_date: '2026-13-45' },
        { end_date: '2026-03-02T10:00:00' },
        { status: 'pending' },
        { service_code: 'water,potholes' },
        { service_request_id: '1,abc' },
      ];
      for (const query of refused) {
        const res = await get('requests.json', keys.a, query);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        valid(res, 'errors');
      }
      expect(xml(await get('requests.xml', keys.a, { start_date: '2025-01-01', end_date: '2026-01-01' }).expect(400)).errors.error[0].code).toBe('400');
    });
  });

  describe('what leaves: the personal-data mask, no names, phones, photos or positions of others', () => {
    it('masks a name and a phone number in the words and in the status notes, and never sends the contact', async () => {
      const phone = '13912345678';
      const created = valid(
        await post('json', keys.a, {
          service_code: 'neighbourDispute',
          description: `我叫李秀英，电话${phone}，楼上邻居李建国每天半夜拖椅子`,
          first_name: '建国',
          last_name: '李',
          phone: '13700001111',
        }).expect(201),
        'created',
      )[0];
      const id = Number(created.service_request_id);
      await t.act('staffA', id, 'accept');
      await t.act('staffA', id, 'notes', { content: `已与李秀英电话${phone}沟通，明天上门调解`, visibility: 'public' });
      await t.act('staffA', id, 'notes', { content: '内部：李建国态度强硬', visibility: 'internal' });

      const one = await get(`requests/${id}.json`, keys.a).expect(200);
      const xmlOne = await get(`requests/${id}.xml`, keys.a).expect(200);
      const updates = await get('servicerequestupdates.json', keys.a).expect(200);
      for (const res of [one, xmlOne, updates]) {
        for (const secret of [phone, '13700001111', '李秀英', '李建国', '内部', 'residentA']) expect(res.text).not.toContain(secret);
      }
      const [request] = valid(one, 'requests');
      expect(request.description).toBe('我叫***，电话***********，楼上邻居***每天半夜拖椅子');
      expect(request.status_notes).toBe('已与***电话***********沟通，明天上门调解');
    });

    it('sends a position back only to the client that sent it, and a request of another channel without its words unmasked', async () => {
      const created = valid(
        await post('json', keys.ab, fresh({ lat: '39.9', long: '116.3', 'attribute[community]': t.fixtures.communities.a.code })).expect(201),
        'created',
      )[0];
      const [theirs] = valid(await get(`requests/${created.service_request_id}.json`, keys.ab).expect(200), 'requests');
      expect([theirs.lat, theirs.long]).toEqual([39.9, 116.3]);
      const [ours] = valid(await get(`requests/${created.service_request_id}.json`, keys.a).expect(200), 'requests');
      expect([ours.lat, ours.long]).toEqual([null, null]);

      const resident = (
        await t
          .as('residentA')
          .post('/api/appeals')
          .set('Idempotency-Key', 'open311-resident-words')
          .send({
            channel: 'online',
            content: '我是王芳，2单元502的水管漏水，电话010-68212345',
            communityId: t.fixtures.communities.a.id,
            buildingId: t.fixtures.buildings.a2.id,
            latitude: 39.91,
            longitude: 116.29,
          })
          .expect(201)
      ).body as AppealDetail;
      const res = await get(`requests/${resident.id}.json`, keys.a).expect(200);
      const [request] = valid(res, 'requests');
      expect(request).toMatchObject({ lat: null, long: null, address_id: t.fixtures.buildings.a2.code, media_url: null });
      for (const secret of ['王芳', '68212345', 'residentA']) expect(res.text).not.toContain(secret);
      expect(request.description).toBe('我是**，*单元***的水管漏水，电话***-********');
    });
  });

  describe('servicerequestupdates (mySociety’s extension, which FixMyStreet polls)', () => {
    it('lists the public lines of the handling by time, with the status they left, in both formats', async () => {
      t.clock.advance(60_000);
      const since = new Date(t.clock.now());
      const id = Number(valid(await post('json', keys.a, fresh()).expect(201), 'created')[0].service_request_id);
      t.clock.advance(60_000);
      await t.act('staffA', id, 'accept');
      t.clock.advance(60_000);
      await t.act('staffA', id, 'resolve', { note: '垃圾已清运' });
      t.clock.advance(60_000);
      await t.act('staffA', id, 'feedback', { method: 'phone', content: '已电话告知处理结果' });
      t.clock.advance(60_000);
      await t.act('staffA', id, 'callback', { solved: true, satisfaction: 'satisfied' });

      const query = { start_date: since.toISOString() };
      const body = valid(await get('servicerequestupdates.json', keys.a, query).expect(200), 'updates');
      const mine = body.service_request_updates.filter((u: { service_request_id: string }) => u.service_request_id === String(id));
      expect(mine.map((u: { description: string; status: string }) => [u.description, u.status])).toEqual([
        ['受理', 'open'],
        ['垃圾已清运', 'open'],
        ['已电话告知处理结果', 'open'],
        ['电话回访', 'closed'],
      ]);
      const times = body.service_request_updates.map((u: { updated_datetime: string }) => u.updated_datetime);
      expect([...times].sort()).toEqual(times);

      const doc = xml(await get('servicerequestupdates.xml', keys.a, query).expect(200));
      expect(doc.service_request_updates.request_update.map((u: { update_id: string }) => u.update_id)).toEqual(
        body.service_request_updates.map((u: { update_id: string }) => u.update_id),
      );
      // Community B's key sees none of A's.
      const b = valid(await get('servicerequestupdates.json', keys.bReadOnly, query).expect(200), 'updates');
      expect(b.service_request_updates.map((u: { service_request_id: string }) => u.service_request_id)).not.toContain(String(id));
      // And the request reads closed, updated when it closed.
      const [closed] = valid(await get(`requests/${id}.json`, keys.a).expect(200), 'requests');
      expect(closed).toMatchObject({ status: 'closed', status_notes: '电话回访' });
      valid(await get('servicerequestupdates.json', keys.a, { start_date: '2025-01-01', end_date: '2026-01-01' }).expect(400), 'errors');
    });
  });

  describe('refusals and strange input: never a 500', () => {
    const ENDPOINTS = ['discovery', 'services', 'services/water', 'requests', 'requests/1', 'tokens/some-token-1', 'servicerequestupdates'];

    it('refuses every endpoint without a key, with a wrong one, in both formats (403)', async () => {
      for (const path of ENDPOINTS) {
        for (const key of [null, 'o311_not-a-key', '', 'x'.repeat(5000)]) {
          const res = await get(`${path}.json`, key);
          expect({ path, key: key?.slice(0, 20), status: res.status }).toEqual({ path, key: key?.slice(0, 20), status: 403 });
          valid(res, 'errors');
          expect(xml(await get(`${path}.xml`, key).expect(403)).errors.error[0].code).toBe('403');
        }
      }
      // The key given twice is no key.
      await t.http.get(`${ROOT}/services.json?api_key=${keys.a}&api_key=${keys.a}`).expect(403);
    });

    it("holds a key back after 600 calls in a minute (429 with Retry-After, in the spec's format); other keys go on", async () => {
      const busy = (await issue('轮询过密的平台', [t.fixtures.communities.a.id], false)).key;
      for (let call = 0; call < 600; call++) await get('services.json', busy).expect(200);
      const held = await get('services.json', busy).expect(429);
      expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
      valid(held, 'errors');
      expect(xml(await get('services.xml', busy).expect(429)).errors.error[0].code).toBe('429');
      await get('services.json', keys.a).expect(200);
      // A minute later it may call again.
      t.clock.advance(61_000);
      await get('services.json', busy).expect(200);
    }, 60_000);

    it('is served only at its own root, in its own formats', async () => {
      await t.http.get(`/api/${ROOT}/services.json`).query({ api_key: keys.a }).expect(404);
      valid(await get('services.html', keys.a).expect(404), 'errors');
      valid(await get('requests/abc.json', keys.a).expect(404), 'errors');
      valid(await get('requests/0x1f.json', keys.a).expect(404), 'errors');
      valid(await get('requests/99999999999999.json', keys.a).expect(404), 'errors');
      valid(await get('services/%E4%B8%AD.json', keys.a).expect(404), 'errors');
    });

    it('answers strange form fields and values with a 400, never a 500', async () => {
      const strange: Record<string, string | string[]>[] = [
        fresh({ 'attribute[a][b]': 'x' }),
        fresh({ attribute: 'x' }),
        fresh({ 'attribute[]': 'x' }),
        fresh({ service_code: ['water', 'gas'] }),
        fresh({ description: ['一', '二'] }),
        fresh({ lat: 'NaN', long: '116' }),
        fresh({ lat: '39.9' }),
        fresh({ lat: '1e3', long: '2' }),
        fresh({ lat: '91', long: '2' }),
        fresh({ phone: '12345' }),
        fresh({ first_name: '名'.repeat(51) }),
        fresh({ description: '长'.repeat(1_801) }),
        fresh({ address_string: '址'.repeat(201) }),
        fresh({ 'attribute[building]': 'B'.repeat(25) }),
        fresh({ 'attribute[building][]': ['TA-1', 'TA-2'] }),
        fresh({ description: '   ' }),
        { service_code: '' },
        {},
      ];
      for (const fields of strange) {
        const res = await post('json', keys.a, fields);
        expect({ fields: Object.keys(fields), status: res.status }).toEqual({ fields: Object.keys(fields), status: 400 });
        valid(res, 'errors');
      }
      // Too many attributes, and a body past the size limit.
      const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`attribute[x${i}]`, 'v']));
      valid(await post('json', keys.a, fresh(many)).expect(400), 'errors');
      const huge = await post('xml', keys.a, fresh({ description: 'x'.repeat(70_000) }));
      expect(huge.status).toBe(413);
      // A JSON body (not the specification's) is read the same way.
      const json = await t.http
        .post(`${ROOT}/requests.json`)
        .send({ api_key: keys.a, service_code: 'other', description: { nested: true } })
        .expect(400);
      valid(json, 'errors');
    });

    it('keeps XML readable whatever the words hold', async () => {
      const created = valid(await post('json', keys.a, fresh({ description: 'a < b & c "d" \u0001\u0007 ]]> 结束' })).expect(201), 'created')[0];
      const [request] = xml(await get(`requests/${created.service_request_id}.xml`, keys.a).expect(200)).service_requests.request;
      expect(request.description).toContain('a < b & c "d"  ]]> 结束');
    });
  });
});
