import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppealDetail } from '@lingjuli/shared';
import { IsNull } from 'typeorm';
import { ERASED_CONTENT } from '../appeals/appeal-erasure.service';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { AppealSupporter } from '../appeals/entities/appeal-supporter.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { TokenService } from '../auth/token.service';
import { ResidentHousehold } from '../households/resident-household.entity';
import { Timer } from '../timers/timer.entity';
import { PartyMemberRegistration } from '../volunteers/party-member-registration.entity';
import { VolunteerApplication } from '../volunteers/volunteer-application.entity';
import { VolunteerBirthYear } from '../volunteers/volunteer-birth-year.entity';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Whistle } from '../whistles/whistle.entity';
import { User } from './user.entity';

/** The smallest PNG the upload type check accepts. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const PHONE = '13611112222';

/** Every file under a directory, recursively. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

describe('a resident erases her data (DELETE /api/me)', () => {
  let t: TestApp;
  let key = 0;
  let uploadDir: string;
  beforeAll(async () => {
    t = await createTestApp();
    uploadDir = t.app.get<AppConfig>(APP_CONFIG).uploadDir;
  });
  afterAll(() => t.close());

  const file = async (who: FixtureUser, content: string, attachmentIds: number[] = []): Promise<AppealDetail> =>
    (
      await t
        .as(who)
        .post('/api/appeals')
        .set('Idempotency-Key', `erasure-${++key}`)
        .send({
          channel: 'online',
          content,
          category: 'sanitation',
          communityId: t.fixtures.communities.a.id,
          buildingId: t.fixtures.buildings.a1.id,
          locationText: '3单元502门口',
          latitude: 39.91,
          longitude: 116.31,
          contactPhone: PHONE,
          attachmentIds,
        })
        .expect(201)
    ).body;
  const appealRow = (id: number) => t.dataSource.getRepository(Appeal).findOneByOrFail({ id });

  it('withdraws her open appeals, removes her words, place, contact and photos everywhere, and keeps the ledger’s facts with no link to her', async () => {
    const resident = t.fixtures.users.residentA;
    const photo = (await t.as('residentA').post('/api/uploads').attach('file', PNG, 'photo.png').expect(201)).body as { id: number; url: string };
    const unused = (await t.as('residentA').post('/api/uploads').attach('file', PNG, 'unused.png').expect(201)).body as { url: string };

    // An open appeal with a photo, one a neighbour said "me too" on.
    const open = await file('residentA', '我叫王秀英，3单元502漏水很久了', [photo.id]);
    await t.as('residentA2').post(`/api/appeals/${open.id}/support`).send({ buildingId: t.fixtures.buildings.a1.id, category: 'sanitation' }).expect(200);
    await t.act('staffA', open.id, 'accept');
    await t.act('staffA', open.id, 'notes', { content: '已联系王秀英，电话13611112222', visibility: 'public' });
    const whistle = (
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ appealId: open.id, subject: '楼上漏水', description: '请来查看', departmentIds: [t.fixtures.departments.cityManagement.id] })
        .expect(201)
    ).body as { id: number };
    // A closed, rated one, with a resolution photo taken by staff at her door.
    const closed = await file('residentA', '楼道堆满杂物，我家是2单元301');
    const staffPhoto = (await t.as('staffA').post('/api/uploads').attach('file', PNG, 'done.png').expect(201)).body as { id: number; url: string };
    await t.act('staffA', closed.id, 'accept');
    await t.act('staffA', closed.id, 'resolve', { note: '已清理', attachmentIds: [staffPhoto.id] });
    await t.act('staffA', closed.id, 'feedback', { method: 'visit', content: '已上门告知', residentOpinion: '她说谢谢，住301' });
    await t.act('residentA', closed.id, 'rating', { solved: true, satisfaction: 'satisfied', comment: '谢谢王师傅，我家电话13611112222' });
    // She also said "me too" on someone else's.
    const neighbours = await file('residentA2', '楼道灯不亮');
    await t.as('residentA').post(`/api/appeals/${neighbours.id}/support`).send({ buildingId: t.fixtures.buildings.a1.id, category: 'sanitation' }).expect(200);
    await t.app.get(OutboxDispatcher).deliverPending();
    const token = t.token('residentA');
    const filesBefore = filesUnder(uploadDir).length;

    await t.as('residentA').delete('/api/me').expect(204);

    // She is gone: her token no longer works, and her account keeps nothing of her.
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: resident.id })).toMatchObject({
      displayName: '已注销用户',
      wechatOpenId: null,
      phoneEncrypted: null,
      communityId: null,
      active: false,
    });
    expect(await t.dataSource.getRepository(InboxMessage).countBy({ recipientId: resident.id })).toBe(0);

    // Her open appeal was withdrawn on the record; nothing waits on it any more.
    const wasOpen = await appealRow(open.id);
    expect(wasOpen.status).toBe('withdrawn');
    const lastLine = (await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: open.id }, order: { id: 'DESC' }, take: 1 }))[0];
    expect(lastLine).toMatchObject({ type: 'withdraw', actorRole: 'system', actorId: null, visibility: 'public', toStatus: 'withdrawn' });
    expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'appeal', ownerId: open.id })).toBe(0);
    // …not even the department whistled about it, which would otherwise be flagged for a missed report-in.
    expect((await t.dataSource.getRepository(Whistle).findOneByOrFail({ id: whistle.id })).status).toBe('cancelled');
    expect(await t.dataSource.getRepository(Timer).countBy({ kind: 'whistleReportIn', firedAt: IsNull() })).toBe(0);

    for (const id of [open.id, closed.id]) {
      const row = await appealRow(id);
      // Gone: her words, place, position, contact, and every link to her.
      expect(row).toMatchObject({
        content: ERASED_CONTENT,
        locationText: null,
        latitude: null,
        longitude: null,
        contactName: null,
        contactPhoneEncrypted: null,
        reporterId: null,
      });
      expect(row.filedById).not.toBe(resident.id);
      expect(await t.dataSource.getRepository(AppealEvent).countBy({ appealId: id, actorId: resident.id })).toBe(0);
      // Staff see the rest of the ledger, and nothing of hers in it.
      const seen = (await t.as('staffA').get(`/api/appeals/${id}`).expect(200)).body as AppealDetail;
      expect(seen).toMatchObject({ reporter: null, contactPhone: null, locationText: null, attachments: [] });
      const text = JSON.stringify(seen);
      for (const secret of ['王秀英', '502', '301', PHONE, '谢谢王师傅', '住301']) expect(text).not.toContain(secret);
    }
    // Kept for the rates: category, tier, times, outcome, rating.
    const kept = await appealRow(closed.id);
    expect(kept).toMatchObject({ status: 'closed', category: 'sanitation', tier: closed.tier });
    expect(kept.receivedAt.toISOString()).toBe(closed.receivedAt);
    const rating = await t.dataSource.getRepository(AppealRating).findOneByOrFail({ appealId: closed.id });
    expect(rating).toMatchObject({ solved: true, satisfaction: 'satisfied', comment: null, raterId: null });

    // Every photo is gone: the URLs answer 404 and the files are deleted.
    for (const url of [photo.url, unused.url, staffPhoto.url]) await t.http.get(url).expect(404);
    expect(filesUnder(uploadDir)).toHaveLength(filesBefore - 3);

    // She no longer follows her neighbour's appeal, and its counter says so.
    expect(await t.dataSource.getRepository(AppealSupporter).countBy({ userId: resident.id })).toBe(0);
    expect((await appealRow(neighbours.id)).supporters).toBe(0);
    // The neighbour who said "me too" on hers still follows it, as withdrawn.
    const followed = (await t.as('residentA2').get(`/api/appeals/${open.id}`).expect(200)).body as AppealDetail;
    expect(followed.status).toBe('withdrawn');
  });

  it('takes her stated household with her; a flatmate keeps the flat', async () => {
    const users = t.dataSource.getRepository(User);
    const newResident = (name: string) =>
      users.save({ role: 'resident' as const, displayName: name, wechatOpenId: `dev:${name}`, communityId: null, active: true, createdAt: t.clock.now() });
    const [she, flatmate] = [await newResident('erasure-household'), await newResident('erasure-flatmate')];
    const as = (u: User) => `Bearer ${t.app.get(TokenService).issue(u.id, u.role).token}`;
    const flat = { buildingId: t.fixtures.buildings.b1.id, unit: '2', room: '702' };
    const hers = await t.http.put('/api/me/household').set('Authorization', as(she)).send(flat).expect(200);
    await t.http.put('/api/me/household').set('Authorization', as(flatmate)).send(flat).expect(200);
    await t.http.delete('/api/me').set('Authorization', as(she)).expect(204);
    const left = await t.dataSource.getRepository(ResidentHousehold).findBy({ householdId: hers.body.householdId });
    expect(left.map((r) => r.userId)).toEqual([flatmate.id]);
  });

  it('takes her volunteer application and 双报到 registration with her', async () => {
    const she = await t.dataSource.getRepository(User).save({
      role: 'resident' as const,
      displayName: 'erasure-volunteer',
      wechatOpenId: 'dev:erasure-volunteer',
      communityId: null,
      active: true,
      createdAt: t.clock.now(),
    });
    const auth = `Bearer ${t.app.get(TokenService).issue(she.id, she.role).token}`;
    const application = await t.http
      .post('/api/volunteer-applications')
      .set('Authorization', auth)
      .send({
        kind: 'partyMember',
        communityId: t.fixtures.communities.b.id,
        name: '赵建国',
        phone: '13733334444',
        birthYear: 1958,
        offers: ['patrol'],
        times: ['weekend'],
        workUnit: '区市场监管局',
        partyOrganisation: '区市场监管局机关党支部',
      })
      .expect(201);
    await t.as('staffB').post(`/api/volunteer-applications/${application.body.id}/accept`).send({}).expect(200);
    expect(await t.dataSource.getRepository(PartyMemberRegistration).countBy({ userId: she.id })).toBe(1);
    await t.http.delete('/api/me').set('Authorization', auth).expect(204);
    expect(await t.dataSource.getRepository(PartyMemberRegistration).countBy({ userId: she.id })).toBe(0);
    expect(await t.dataSource.getRepository(VolunteerApplication).countBy({ applicantId: she.id })).toBe(0);
    expect(await t.dataSource.getRepository(VolunteerBirthYear).countBy({ userId: she.id })).toBe(0);
  });

  it('leaves other residents’ appeals alone', async () => {
    const other = await file('residentB', '楼道里很多小广告');
    await t.as('residentA2').delete('/api/me').expect(204);
    expect((await appealRow(other.id)).content).toBe('楼道里很多小广告');
  });
});
