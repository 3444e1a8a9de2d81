import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { Community } from '../organisation/community.entity';
import { PollParticipation } from '../polls/poll-participation.entity';
import type { Poll } from '../polls/poll.entity';
import { User } from '../users/user.entity';
import { Notifier } from './notifier.service';
import { communityMemberIds } from './recipients';

/** Those who took part in a poll (active accounts), if the poll says they are to be told. */
async function participantIds(em: EntityManager, poll: Poll): Promise<number[]> {
  if (!poll.notifyParticipants) return [];
  const rows = await em
    .createQueryBuilder(PollParticipation, 'pp')
    .innerJoin(User, 'u', 'u.id = pp.userId AND u.active = :active', { active: true })
    .select('pp.userId', 'userId')
    .where('pp.pollId = :pollId', { pollId: poll.id })
    .getRawMany<{ userId: number }>();
  return rows.map((r) => Number(r.userId));
}

const communityName = async (em: EntityManager, poll: Poll) => (await em.findOneBy(Community, { id: poll.communityId }))?.name ?? '';

/** The deliberation hall's polls (征求意见 / 问卷): their results, and the plan adopted after them. */
@Injectable()
export class PollNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    // The community's staff and secretary (to look and record the adopted plan); those who took part, if the poll says so. Once per poll.
    this.bus.on('PollClosed', async (em, { poll, participants, eligible, at }) => {
      const base = { title: poll.title, communityName: await communityName(em, poll), participants, eligible, ballotUnit: poll.ballotUnit };
      const about = { type: 'poll' as const, id: poll.id };
      const staff = await communityMemberIds(em, poll.communityId, ['communitySecretary', 'communityStaff']);
      await this.notifier.notify(
        em,
        { kind: 'pollClosed', occasion: `poll-${poll.id}:closed`, about, recipientIds: staff, params: { ...base, reader: 'staff' } },
        at,
      );
      const residents = (await participantIds(em, poll)).filter((id) => !staff.includes(id));
      await this.notifier.notify(
        em,
        { kind: 'pollClosed', occasion: `poll-${poll.id}:closed`, about, recipientIds: residents, params: { ...base, reader: 'participant' } },
        at,
      );
    });
    // Those who took part, if the poll says so: what came of it.
    this.bus.on('PollAdopted', async (em, { poll, plan, at }) => {
      await this.notifier.notify(
        em,
        {
          kind: 'pollAdopted',
          occasion: `poll-${poll.id}:adopted`,
          about: { type: 'poll', id: poll.id },
          recipientIds: await participantIds(em, poll),
          params: { title: poll.title, communityName: await communityName(em, poll), plan },
        },
        at,
      );
    });
  }
}
