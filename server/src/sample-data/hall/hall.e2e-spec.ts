import { ageMixShares } from '@lingjuli/shared';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { AppealEvent } from '../../appeals/entities/appeal-event.entity';
import { Appeal } from '../../appeals/entities/appeal.entity';
import { CampaignResultsService } from '../../campaigns/campaign-results.service';
import { Campaign } from '../../campaigns/campaign.entity';
import { ResidentHousehold } from '../../households/resident-household.entity';
import { MeetingsService } from '../../meetings/meetings.service';
import { MeetingDecisionAppeal } from '../../meetings/entities/meeting-decision-appeal.entity';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { NotificationOutbox } from '../../notifications/notification-outbox.entity';
import { Poll } from '../../polls/poll.entity';
import { PollsService } from '../../polls/polls.service';
import { Survey } from '../../surveys/survey.entity';
import { SurveyResultsService } from '../../surveys/survey-results.service';
import { SurveyEntry } from '../../surveys/survey-entry.entity';
import { openSeededSampleDatabase, type SeededSampleDatabase } from '../../testing/seeded-sample-database';
import { Timer } from '../../timers/timer.entity';
import { User } from '../../users/user.entity';
import { contextOf } from '../../users/user.mapper';
import { TrainingAttendance } from '../../volunteers/training-attendance.entity';
import { VolunteerApplication } from '../../volunteers/volunteer-application.entity';
import { VolunteerTeamService } from '../../volunteers/volunteer-team.service';
import { PartyMemberRegistration } from '../../volunteers/party-member-registration.entity';
import { GROUND_LOCK_CAMPAIGN_TITLE } from './campaigns';
import { PARKING_TOPIC } from './meetings';
import { CHARGING_POLL_TITLE, PARKING_PLAN_ADOPTED, PARKING_POLL_TITLE } from './polls';
import { STREET_SURVEY_HOUSEHOLDS, STREET_SURVEY_TITLE } from './surveys';

const NOW = new Date('2026-03-02T02:00:00.000Z');

describe('the sample deliberation hall (seeded through the real services)', () => {
  let sample: SeededSampleDatabase;
  let dataSource: DataSource;
  const user = (name: string) => dataSource.getRepository(User).findOneByOrFail({ wechatOpenId: `dev:${name}` });
  const c01 = async () => (await user('居民01')).communityId!;
  const staffC01 = () => dataSource.getRepository(User).findOneByOrFail({ username: 'staff-c01-1' });

  // 120 appeals: 示例社区01 then has a parking appeal filed online by one of its residents, for the adopted plan to answer.
  beforeAll(async () => {
    sample = await openSeededSampleDatabase({ appeals: 120, now: NOW });
    dataSource = sample.dataSource;
  }, 180_000);
  afterAll(() => sample?.close());

  it('every sample resident has stated a flat of her own community, two in three verified', async () => {
    const residents = await dataSource.getRepository(User).findBy({ role: 'resident', active: true });
    const stated = await dataSource.getRepository(ResidentHousehold).find();
    const byUser = new Map(stated.map((s) => [s.userId, s]));
    const samples = residents.filter((r) => r.wechatOpenId?.startsWith('dev:'));
    expect(samples.length).toBeGreaterThanOrEqual(90);
    for (const resident of samples) expect(byUser.get(resident.id)?.communityId).toBe(resident.communityId);
    const verified = stated.filter((s) => s.verifiedAt !== null).length;
    expect(verified / stated.length).toBeGreaterThan(0.5);
    expect(verified).toBeLessThan(stated.length);
    // 示例社区01 has the turnout of a real courtyard: dozens of households, two residents of one of them.
    const c01Id = residents.find((r) => r.displayName === '居民01')!.communityId;
    const mine = stated.filter((s) => s.communityId === c01Id);
    expect(new Set(mine.map((s) => s.householdId)).size).toBeGreaterThanOrEqual(35);
    expect(new Set(mine.map((s) => s.householdId)).size).toBeLessThan(mine.length);
  });

  describe('polls', () => {
    it('the parking poll was closed by its timer three days back, three in four households answered, 方案二 won and was adopted', async () => {
      const poll = await dataSource.getRepository(Poll).findOneByOrFail({ title: PARKING_POLL_TITLE });
      expect(poll).toMatchObject({ communityId: await c01(), ballotUnit: 'household', verifiedHouseholdsOnly: true, closedById: null });
      expect(poll.closedAt).toEqual(poll.closesAt);
      expect(poll.closesAt.getTime()).toBeLessThan(NOW.getTime() - 2 * 86_400_000);
      expect(poll.closesAt.getTime() - poll.opensAt.getTime()).toBeGreaterThanOrEqual(13 * 86_400_000);
      expect(await dataSource.getRepository(Timer).findOneByOrFail({ ownerType: 'poll', ownerId: poll.id })).toMatchObject({
        fireAt: null,
        firedAt: expect.any(Date),
      });

      const staff = contextOf(await staffC01());
      const results = await sample.context.app.get(PollsService).results(staff, poll.id);
      expect(results.participants).toBeGreaterThanOrEqual(20);
      expect(results.participants).toBeLessThanOrEqual(40);
      expect(results.turnout).toBeGreaterThan(0.5);
      const [plan, measures, ranked, words] = results.questions;
      const top = [...plan.options].sort((a, b) => b.count - a.count)[0];
      expect(top.label).toContain('方案二');
      expect(ranked.options.find((o) => o.optionId === ranked.rankedOrder![0])!.label).toContain('方案二');
      expect(measures.answered).toBeLessThan(results.participants);
      expect(words.texts!.length).toBeGreaterThanOrEqual(3);
      expect(words.texts!.join('')).not.toMatch(/13900001234|13900005678/);
      expect(results.adoption).toMatchObject({ text: PARKING_PLAN_ADOPTED });
      expect(results.adoption!.optionId).toBe(plan.options[1].optionId);

      // Those who took part were told of the result and of the plan adopted.
      const told = await dataSource.getRepository(NotificationOutbox).findBy({ subjectType: 'poll', subjectId: poll.id });
      expect(told.filter((n) => n.kind === 'pollAdopted')).toHaveLength(results.participants);
      expect(told.filter((n) => n.kind === 'pollClosed').length).toBeGreaterThan(results.participants);
    });

    it('居民01 took part in the parking poll and sees its results; 居民62 sees that her flatmate 居民61 answered for their household', async () => {
      const polls = sample.context.app.get(PollsService);
      const poll = await dataSource.getRepository(Poll).findOneByOrFail({ title: PARKING_POLL_TITLE });
      expect(await polls.detail(contextOf(await user('居民01')), poll.id)).toMatchObject({ status: 'closed', answerState: 'answered' });
      expect(await polls.detail(contextOf(await user('居民62')), poll.id)).toMatchObject({ answerState: 'householdAnswered' });
      expect((await polls.results(contextOf(await user('居民01')), poll.id)).adoption).not.toBeNull();
    });

    it('the charging-point poll is open well past now, and a sample resident who has not voted answers it', async () => {
      const polls = sample.context.app.get(PollsService);
      const poll = await dataSource.getRepository(Poll).findOneByOrFail({ title: CHARGING_POLL_TITLE });
      expect(poll.communityId).toBe(await c01());
      expect(poll.closesAt.getTime()).toBeGreaterThan(NOW.getTime() + 10 * 86_400_000);
      const resident = contextOf(await user('居民01'));
      const detail = await polls.detail(resident, poll.id);
      expect(detail).toMatchObject({ status: 'open', answerState: 'canAnswer', verifiedHouseholdsOnly: false });
      expect(detail.participants).toBeGreaterThan(0);
      const [where, concerns, words] = detail.questions;
      const receipt = await polls.answer(resident, poll.id, {
        answers: [
          { questionId: where.id, optionIds: [where.options[1].id] },
          { questionId: concerns.id, optionIds: [concerns.options[0].id] },
          { questionId: words.id },
        ],
      });
      expect(receipt.participants).toBe(detail.participants + 1);
    });

    it('another community held a poll too, closed with its plan recorded', async () => {
      const others = await dataSource.getRepository(Poll).findBy({ communityId: Not(await c01()) });
      expect(others.length).toBeGreaterThanOrEqual(1);
      expect(others.every((p) => p.closedAt !== null && p.eligibleAtClose !== null)).toBe(true);
    });
  });

  describe('meetings', () => {
    it('示例社区01 held the parking meetings with attendance and published minutes; the adopted plan answers its parking appeals, whose residents were told', async () => {
      const communityId = await c01();
      const meetings = await dataSource.getRepository(Meeting).find({ where: { communityId }, order: { startsAt: 'ASC' } });
      const parking = meetings.filter((m) => m.topic.startsWith(PARKING_TOPIC));
      const held = parking.filter((m) => m.minutesPublishedAt !== null);
      expect(held.length).toBeGreaterThanOrEqual(4);
      expect(held.every((m) => m.endsAt < NOW && m.agenda.length >= 2)).toBe(true);

      const staff = contextOf(await staffC01());
      const service = sample.context.app.get(MeetingsService);
      for (const m of held) expect((await service.get(staff, m.id)).attendance).toBeGreaterThanOrEqual(8);
      const last = await service.get(staff, held[held.length - 1].id);
      expect(last.minutes).toContain(PARKING_POLL_TITLE);
      const adopted = last.decisions.find((d) => d.adopted === true && d.appeals.length > 0)!;
      expect(adopted.text).toContain(PARKING_PLAN_ADOPTED);
      expect(adopted.appeals.length).toBeLessThanOrEqual(2);

      const links = await dataSource.getRepository(MeetingDecisionAppeal).findBy({ decisionId: adopted.id });
      const appeals = await dataSource.getRepository(Appeal).findBy({ id: In(links.map((l) => l.appealId)) });
      expect(appeals.every((a) => a.communityId === communityId && a.category === 'parking')).toBe(true);
      const lines = await dataSource.getRepository(AppealEvent).findBy({ appealId: In(appeals.map((a) => a.id)), type: 'meetingDecision' });
      expect(lines).toHaveLength(appeals.length);
      const residents = appeals.filter((a) => a.channel === 'online').map((a) => a.filedById);
      expect(residents.length).toBeGreaterThan(0);
      const told = await dataSource.getRepository(NotificationOutbox).findBy({ kind: 'meetingDecision', recipientId: In(residents) });
      expect(told.length).toBeGreaterThanOrEqual(residents.length);
    });

    it('an upcoming meeting has a few sign-ups, 居民01 not among them; one was cancelled; three other communities held one', async () => {
      const communityId = await c01();
      const resident = contextOf(await user('居民01'));
      const current = await sample.context.app.get(MeetingsService).list(resident, {});
      const upcoming = current.filter((m) => new Date(m.startsAt) > NOW && m.status === 'scheduled');
      expect(upcoming.length).toBeGreaterThanOrEqual(1);
      expect(upcoming[0].signUps).toBeGreaterThanOrEqual(3);
      expect(upcoming[0].signedUpByMe).toBe(false);
      expect(current.some((m) => m.status === 'cancelled')).toBe(true);
      const others = await dataSource.getRepository(Meeting).findBy({ communityId: Not(communityId), minutesPublishedAt: Not(IsNull()) });
      expect(new Set(others.map((m) => m.communityId)).size).toBeGreaterThanOrEqual(2);
    });
  });

  describe('volunteers', () => {
    it('applications pending, accepted, declined and withdrawn; most liaisons with a birth year are over 60, few under 35; the training course was attended', async () => {
      const applications = await dataSource.getRepository(VolunteerApplication).find();
      const pending = applications.filter((a) => a.status === 'pending');
      expect(pending.length).toBeGreaterThanOrEqual(3);
      const communityId = await c01();
      expect(pending.some((a) => a.kind === 'liaison' && a.communityId === communityId)).toBe(true);
      expect(applications.filter((a) => a.status === 'accepted' && a.kind === 'partyMember').length).toBeGreaterThanOrEqual(4);
      expect(new Set(applications.map((a) => a.status))).toEqual(new Set(['pending', 'accepted', 'declined', 'withdrawn']));
      expect(await dataSource.getRepository(PartyMemberRegistration).countBy({ active: true })).toBeGreaterThanOrEqual(4);

      const admin = await dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
      const team = await sample.context.app.get(VolunteerTeamService).team(contextOf(admin), {});
      const bands = team.total.ageBands;
      const recorded = Object.entries(bands)
        .filter(([band]) => band !== 'unknown')
        .reduce((n, [, count]) => n + count, 0);
      expect(recorded).toBeGreaterThanOrEqual(40);
      expect((bands.from60to69 + bands.from70) / recorded).toBeGreaterThan(0.6);
      expect(bands.under35).toBeGreaterThan(0);
      expect(bands.under35 / recorded).toBeLessThan(0.1);
      expect(bands.unknown).toBeGreaterThan(0);
      expect(ageMixShares(bands).from60).toBeGreaterThan(0.6);

      const attendances = await dataSource.getRepository(TrainingAttendance).find({ relations: { course: true } });
      const c01Course = attendances.filter((a) => a.course!.title.includes('履职能力'));
      expect(c01Course.length).toBeGreaterThanOrEqual(5);
      expect(await dataSource.getRepository(User).countBy({ role: 'liaison' })).toBe(54);
      expect(c01Course.every((a) => a.trainingRecordId !== null)).toBe(true);
    });
  });

  it(`the street's door-to-door survey: ${STREET_SURVEY_HOUSEHOLDS} households over every community, about 95 % saying the party organisation grew stronger`, async () => {
    const survey = await dataSource.getRepository(Survey).findOneByOrFail({ title: STREET_SURVEY_TITLE });
    const entries = await dataSource.getRepository(SurveyEntry).findBy({ surveyId: survey.id });
    expect(entries).toHaveLength(STREET_SURVEY_HOUSEHOLDS);
    expect(new Set(entries.map((e) => e.communityId)).size).toBe(27);
    const admin = await dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
    const results = await sample.context.app.get(SurveyResultsService).results(contextOf(admin), survey.id, {});
    expect(results.survey.status).toBe('closed');
    const [stronger, service] = results.questions;
    expect(stronger.overall!.share).toBeGreaterThanOrEqual(0.94);
    expect(stronger.overall!.share).toBeLessThanOrEqual(0.96);
    expect(service.overall!.share).toBeGreaterThanOrEqual(0.93);
    expect(service.overall!.share).toBeLessThan(1);
    // An open survey in 示例社区01 for a liaison to enter a household in the demo.
    const own = await dataSource.getRepository(Survey).findOneByOrFail({ communityId: await c01() });
    expect(own.closesAt.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it('the ground-lock campaign ran across communities and finished with its public result: 500 余处 cleared by 300 people', async () => {
    const campaign = await dataSource.getRepository(Campaign).findOneByOrFail({ title: GROUND_LOCK_CAMPAIGN_TITLE });
    expect(campaign.status).toBe('finished');
    const result = await sample.context.app.get(CampaignResultsService).result(campaign.id);
    expect(result.people).toBe(300);
    expect(result.units.length).toBeGreaterThanOrEqual(4);
    expect(result.total.cleared).toBeGreaterThanOrEqual(500);
    expect(result.total.cleared).toBeLessThan(result.total.found);
    expect(result.total.sitesLeft).toBeGreaterThan(0);
    expect(result.communities.filter((c) => c.sites > 0).length).toBeGreaterThanOrEqual(10);
    expect(result.resultSummary).toContain('500余处');
  });
});
