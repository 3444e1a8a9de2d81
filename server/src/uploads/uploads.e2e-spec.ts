import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiError, AppealDetail, AttachmentInfo } from '@lingjuli/shared';
import type { Response } from 'supertest';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Attachment } from './attachment.entity';

/**
 * Photo uploads: real images are stored and served back by a signed URL; anything else gets the
 * documented error (400 UNSUPPORTED_FILE_TYPE, 413 over the size limit, 400 without a file) and
 * leaves neither a row nor a file behind.
 */

const HAN = /\p{Script=Han}/u;
const MiB = 1024 * 1024; // the test app's UPLOAD_MAX_BYTES

// A 1×1 transparent PNG and a 1×1 baseline JPEG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
/** A PNG signature followed by padding: passes the type check, so only its size can refuse it. */
const pngOfSize = (bytes: number) => Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length, 0)]);

/** Row counts of every table, to assert "nothing was written" in one line. */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of t.dataSource.entityMetadatas) counts[meta.tableName] = await t.dataSource.getRepository(meta.target).count();
  return counts;
}

/** The documented error body: exactly {code, message[, details]}, with Chinese messages. */
function expectApiError(res: Response, status: number, code: string, field?: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.body as ApiError;
  expect(body.message).toMatch(HAN);
  if (field === undefined) {
    for (const d of body.details ?? []) expect(d).toEqual({ field: expect.any(String), message: expect.stringMatching(HAN) });
    return;
  }
  expect(Object.keys(body).sort()).toEqual(['code', 'details', 'message']);
  expect(body.details).toContainEqual({ field, message: expect.stringMatching(HAN) });
}

/** Collects a binary response body whatever its content type (superagent hands the parser the raw response stream). */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('photo uploads (real HTTP, real database, real disk)', () => {
  let t: TestApp;
  let uploadDir: string;

  const filesOnDisk = (): string[] => (readdirSync(uploadDir, { recursive: true }) as string[]).filter((p) => statSync(join(uploadDir, p)).isFile()).sort();

  const upload = (user: FixtureUser, data: Buffer, filename: string, contentType: string) =>
    t.as(user).post('/api/uploads').attach('file', data, { filename, contentType });

  const fetchContent = (url: string) => t.http.get(url).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp();
    uploadDir = t.app.get<AppConfig>(APP_CONFIG).uploadDir;
  });
  afterAll(() => t?.close());

  describe('a real photo', () => {
    it.each<[string, Buffer, string, string, string]>([
      ['a PNG', PNG, 'photo.png', 'image/png', 'image/png'],
      ['a JPEG', JPEG, 'photo.jpg', 'image/jpeg', 'image/jpeg'],
      ['a PNG the client calls a JPEG (the bytes decide)', PNG, 'photo.jpg', 'image/jpeg', 'image/png'],
    ])('stores %s and serves it back by its signed URL', async (_title, data, filename, sentType, storedType) => {
      const before = await rowCounts(t);
      const files = filesOnDisk();

      const res = await upload('residentA', data, filename, sentType).expect(201);
      const info = res.body as AttachmentInfo;
      expect(info).toEqual({
        id: expect.any(Number),
        url: expect.stringMatching(new RegExp(`^/api/uploads/${info.id}/content\\?exp=\\d+&sig=[A-Za-z0-9_-]+$`)),
        mimeType: storedType,
        size: data.length,
        eventId: null,
      });

      expect(await rowCounts(t)).toEqual({ ...before, attachments: before.attachments + 1 });
      const row = await t.dataSource.getRepository(Attachment).findOneByOrFail({ id: info.id });
      expect(row).toMatchObject({ ownerId: t.fixtures.users.residentA.id, appealId: null, eventId: null, mimeType: storedType, size: data.length });
      expect(filesOnDisk()).toHaveLength(files.length + 1);

      // No session needed: the signature is the credential (an <Image> cannot send headers).
      const served = await fetchContent(info.url).expect(200);
      expect(served.headers['content-type']).toBe(storedType);
      expect(Buffer.compare(served.body as Buffer, data)).toBe(0);
    });

    it('accepts a photo of exactly the size limit', async () => {
      const before = await rowCounts(t);
      const res = await upload('staffA', pngOfSize(MiB), 'big.png', 'image/png').expect(201);
      expect(res.body.size).toBe(MiB);
      expect(await rowCounts(t)).toEqual({ ...before, attachments: before.attachments + 1 });
    });
  });

  describe('photos of the fix', () => {
    it('reach the resident with the line they illustrate: the resolution and public notes, never an internal note', async () => {
      const mine = (await upload('residentA', PNG, 'mine.png', 'image/png').expect(201)).body as AttachmentInfo;
      const filed = await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', 'uploads-fix-photos')
        .send({
          channel: 'online',
          content: '小区门口的垃圾好几天没人清理',
          category: 'sanitation',
          communityId: t.fixtures.communities.a.id,
          attachmentIds: [mine.id],
        })
        .expect(201);
      const id = filed.body.id as number;
      await t.as('staffA').post(`/api/appeals/${id}/accept`).send({}).expect(200);
      const photo = async () => ((await upload('staffA', PNG, 'fix.png', 'image/png').expect(201)).body as AttachmentInfo).id;
      const [onPublic, onInternal, onResolve] = [await photo(), await photo(), await photo()];
      await t
        .as('staffA')
        .post(`/api/appeals/${id}/notes`)
        .send({ content: '已联系环卫', visibility: 'public', attachmentIds: [onPublic] })
        .expect(200);
      await t
        .as('staffA')
        .post(`/api/appeals/${id}/notes`)
        .send({ content: '内部：催办', visibility: 'internal', attachmentIds: [onInternal] })
        .expect(200);
      await t
        .as('staffA')
        .post(`/api/appeals/${id}/resolve`)
        .send({ note: '垃圾已清运', attachmentIds: [onResolve] })
        .expect(200);

      const seen = (await t.as('residentA').get(`/api/appeals/${id}`).expect(200)).body as AppealDetail;
      const lineOf = (type: string, note?: string) => seen.timeline.find((e) => e.type === type && (note === undefined || e.note === note))!.id;
      expect(seen.attachments.map((a) => [a.id, a.eventId])).toEqual([
        [mine.id, lineOf('file')],
        [onPublic, lineOf('addNote', '已联系环卫')],
        [onResolve, lineOf('resolve')],
      ]);
    });
  });

  describe('signed URLs', () => {
    let info: AttachmentInfo;
    let other: AttachmentInfo;
    const parts = (url: string) => {
      const u = new URL(url, 'http://x');
      return { id: u.pathname.split('/')[3], exp: Number(u.searchParams.get('exp')), sig: u.searchParams.get('sig')! };
    };
    const urlOf = (id: string | number, exp: number | string, sig: string) => `/api/uploads/${id}/content?exp=${exp}&sig=${sig}`;

    beforeAll(async () => {
      info = (await upload('residentA', PNG, 'photo.png', 'image/png').expect(201)).body;
      other = (await upload('residentA2', PNG, 'photo.png', 'image/png').expect(201)).body;
    });

    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);

    it.each<[string, (u: ReturnType<typeof parts>) => string]>([
      ['a tampered signature', (u) => urlOf(u.id, u.exp, flip(u.sig))],
      ['a truncated signature', (u) => urlOf(u.id, u.exp, u.sig.slice(0, -1))],
      ['no signature', (u) => `/api/uploads/${u.id}/content?exp=${u.exp}`],
      ['an expiry moved later', (u) => urlOf(u.id, u.exp + 3_600_000, u.sig)],
      ['a non-numeric expiry', (u) => urlOf(u.id, 'never', u.sig)],
      ['another photo’s id', (u) => urlOf(parts(other.url).id, u.exp, u.sig)],
      ['an id that does not exist', (u) => urlOf(987654, u.exp, u.sig)],
    ])('refuses %s with 404', async (_title, tamper) => {
      const res = await t.http.get(tamper(parts(info.url)));
      expectApiError(res, 404, 'ATTACHMENT_NOT_FOUND');
    });

    it('serves until the expiry and 404s after it', async () => {
      const { exp } = parts(info.url);
      const start = t.clock.now();
      try {
        expect(exp).toBeGreaterThan(start.getTime());
        t.clock.set(new Date(exp - 1));
        await fetchContent(info.url).expect(200);
        t.clock.advance(2); // one millisecond past the expiry
        expectApiError(await t.http.get(info.url), 404, 'ATTACHMENT_NOT_FOUND');
        t.clock.advance(24 * 3_600_000);
        expectApiError(await t.http.get(info.url), 404, 'ATTACHMENT_NOT_FOUND');
      } finally {
        t.clock.set(start);
      }
      // Back at the original time the same URL serves again: expiry is judged by the clock, nothing was revoked.
      await fetchContent(info.url).expect(200);
    });
  });

  describe('refused uploads leave neither a row nor a file', () => {
    const text = Buffer.from('这不是照片，只是一段文字。\n', 'utf8');

    it.each<[string, (user: FixtureUser) => ReturnType<typeof upload>, number, string, string | undefined]>([
      ['a text file', (u) => upload(u, text, 'note.txt', 'text/plain'), 400, 'UNSUPPORTED_FILE_TYPE', 'file'],
      ['a text file named .png and sent as image/png', (u) => upload(u, text, 'photo.png', 'image/png'), 400, 'UNSUPPORTED_FILE_TYPE', 'file'],
      ['a GIF', (u) => upload(u, GIF, 'anim.gif', 'image/gif'), 400, 'UNSUPPORTED_FILE_TYPE', 'file'],
      [
        'a PDF',
        (u) => upload(u, Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'), 'scan.pdf', 'application/pdf'),
        400,
        'UNSUPPORTED_FILE_TYPE',
        'file',
      ],
      ['an empty file', (u) => upload(u, Buffer.alloc(0), 'empty.png', 'image/png'), 400, 'UNSUPPORTED_FILE_TYPE', 'file'],
      ['a photo one byte over the limit', (u) => upload(u, pngOfSize(MiB + 1), 'big.png', 'image/png'), 413, 'PAYLOAD_TOO_LARGE', undefined],
      ['a photo of 3 MiB', (u) => upload(u, pngOfSize(3 * MiB), 'huge.png', 'image/png'), 413, 'PAYLOAD_TOO_LARGE', undefined],
    ])('refuses %s', async (_title, send, status, code, field) => {
      const before = await rowCounts(t);
      const files = filesOnDisk();
      expectApiError(await send('residentA'), status, code, field);
      expect(await rowCounts(t)).toEqual(before);
      expect(filesOnDisk()).toEqual(files);
    });

    const noFileCase = async (send: () => ReturnType<typeof upload>) => {
      const before = await rowCounts(t);
      const files = filesOnDisk();
      expectApiError(await send(), 400, 'VALIDATION_FAILED', 'file');
      expect(await rowCounts(t)).toEqual(before);
      expect(filesOnDisk()).toEqual(files);
    };

    it.each<[string, () => ReturnType<typeof upload>]>([
      ['no body at all', () => t.as('residentA').post('/api/uploads')],
      [
        'a JSON body',
        () =>
          t
            .as('residentA')
            .post('/api/uploads')
            .send({ file: PNG.toString('base64') }),
      ],
      ['an empty multipart form', () => t.as('residentA').post('/api/uploads').set('Content-Type', 'multipart/form-data; boundary=x').send('--x--\r\n')],
    ])('refuses a request with %s: 400 naming the missing file field', (_title, send) => noFileCase(send));

    it.each<[string, () => ReturnType<typeof upload>]>([
      [
        'the photo under another field name',
        () => t.as('residentA').post('/api/uploads').attach('photo', PNG, { filename: 'p.png', contentType: 'image/png' }),
      ],
      ['the file name as a text field instead of a file', () => t.as('residentA').post('/api/uploads').field('file', 'photo.png')],
    ])('refuses a request with %s: 400 naming the missing file field', (_title, send) => noFileCase(send));

    it('refuses two photos in one request: 400, nothing stored', async () => {
      const before = await rowCounts(t);
      const files = filesOnDisk();
      const res = await t.as('residentA').post('/api/uploads').attach('file', PNG, 'a.png').attach('file', PNG, 'b.png');
      expect(res.status).toBe(400);
      expectApiError(res, 400, res.body.code); // the shape and a Chinese message; which code is not documented
      expect(await rowCounts(t)).toEqual(before);
      expect(filesOnDisk()).toEqual(files);
    });

    it('refuses an upload without a session: 401, nothing stored', async () => {
      const before = await rowCounts(t);
      const files = filesOnDisk();
      const res = await t.http.post('/api/uploads').attach('file', PNG, { filename: 'photo.png', contentType: 'image/png' });
      expectApiError(res, 401, 'UNAUTHENTICATED');
      expect(await rowCounts(t)).toEqual(before);
      expect(filesOnDisk()).toEqual(files);
    });
  });
});
