import { Injectable } from '@nestjs/common';
import { VOLUNTEER_KINDS, type VolunteerKind } from '@lingjuli/shared';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { LiaisonProfile } from '../liaisons/liaison-profile.entity';
import { TrainingRecord } from '../liaisons/training-record.entity';
import { User } from '../users/user.entity';
import { PartyMemberRegistration } from './party-member-registration.entity';
import { VolunteerBirthYear } from './volunteer-birth-year.entity';

/** One person on a community's volunteer team, in every kind she serves it in. */
export interface Volunteer {
  userId: number;
  communityId: number;
  name: string;
  kinds: VolunteerKind[];
  /** The kinds she serves in now (her account open, her entry active). */
  activeKinds: VolunteerKind[];
  phoneEncrypted: string | null;
  birthYear: number | null;
  workUnit: string | null;
  partyOrganisation: string | null;
  joinedAt: Date;
  /** The dates of her training records, newest first. */
  trainings: Date[];
}

/** Which communities to read: some, or every one (the street). */
export type Communities = readonly number[] | 'all';

/**
 * Who serves a community: its liaisons as the registry has them (every liaison account of the
 * community; active when her account is open and her entry, if any, active) and the party members
 * registered with it (双报到), each person once per community, with her birth year and trainings.
 * A fixed number of queries however many there are.
 */
@Injectable()
export class VolunteerRoster {
  async read(em: EntityManager, communities: Communities): Promise<Volunteer[]> {
    if (communities !== 'all' && communities.length === 0) return [];
    const inScope = communities === 'all' ? Not(IsNull()) : In([...communities]);
    const [liaisons, registrations] = await Promise.all([
      em.find(User, { where: { role: 'liaison', communityId: inScope }, order: { id: 'ASC' } }),
      em.find(PartyMemberRegistration, { where: communities === 'all' ? {} : { communityId: In([...communities]) }, relations: { user: true } }),
    ]);
    const ids = [...new Set([...liaisons.map((u) => u.id), ...registrations.map((r) => r.userId)])];
    if (ids.length === 0) return [];
    const [profiles, birthYears, trainings] = await Promise.all([
      em.findBy(LiaisonProfile, { userId: In(liaisons.map((u) => u.id)) }),
      em.findBy(VolunteerBirthYear, { userId: In(ids) }),
      em.find(TrainingRecord, { select: { liaisonUserId: true, date: true }, where: { liaisonUserId: In(ids) }, order: { date: 'DESC' } }),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.userId, p]));
    const birthYearOf = new Map(birthYears.map((b) => [b.userId, b.birthYear]));
    const trainingsOf = new Map<number, Date[]>();
    for (const t of trainings) trainingsOf.set(t.liaisonUserId, [...(trainingsOf.get(t.liaisonUserId) ?? []), t.date]);

    const team = new Map<string, Volunteer>();
    const entry = (userId: number, communityId: number, first: Omit<Volunteer, 'kinds' | 'activeKinds' | 'birthYear' | 'trainings'>) => {
      const key = `${communityId}:${userId}`;
      const found = team.get(key);
      if (found) return found;
      const made: Volunteer = { ...first, kinds: [], activeKinds: [], birthYear: birthYearOf.get(userId) ?? null, trainings: trainingsOf.get(userId) ?? [] };
      team.set(key, made);
      return made;
    };
    for (const user of liaisons) {
      const profile = profileOf.get(user.id);
      const joinedAt = profile?.joinedAt ?? user.createdAt;
      const v = entry(user.id, user.communityId!, {
        userId: user.id,
        communityId: user.communityId!,
        name: user.displayName,
        phoneEncrypted: user.phoneEncrypted,
        workUnit: null,
        partyOrganisation: null,
        joinedAt,
      });
      v.kinds.push('liaison');
      if (user.active && (profile?.active ?? true)) v.activeKinds.push('liaison');
    }
    for (const r of registrations) {
      const v = entry(r.userId, r.communityId, {
        userId: r.userId,
        communityId: r.communityId,
        name: r.name,
        phoneEncrypted: r.phoneEncrypted,
        workUnit: r.workUnit,
        partyOrganisation: r.partyOrganisation,
        joinedAt: r.registeredAt,
      });
      // A liaison who also registered keeps her account's name and phone; the registration adds her unit.
      Object.assign(v, { workUnit: r.workUnit, partyOrganisation: r.partyOrganisation });
      if (r.registeredAt < v.joinedAt) v.joinedAt = r.registeredAt;
      v.kinds.push('partyMember');
      if (r.active && r.user?.active) v.activeKinds.push('partyMember');
    }
    const byKind = (kinds: VolunteerKind[]) => VOLUNTEER_KINDS.filter((k) => kinds.includes(k));
    return [...team.values()]
      .map((v) => ({ ...v, kinds: byKind(v.kinds), activeKinds: byKind(v.activeKinds) }))
      .sort((a, b) => a.communityId - b.communityId || a.userId - b.userId);
  }

  /** The community's volunteers serving now, by user id. */
  async active(em: EntityManager, communityId: number): Promise<Map<number, Volunteer>> {
    const team = await this.read(em, [communityId]);
    return new Map(team.filter((v) => v.activeKinds.length > 0).map((v) => [v.userId, v]));
  }
}
