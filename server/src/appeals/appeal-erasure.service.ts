import { Injectable } from '@nestjs/common';
import { FINAL_STATUSES, maskPersonalData, namesIn, type TimelineDataOf } from '@lingjuli/shared';
import { In, Not, type EntityManager } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { AppealTimers } from './appeal-timers.service';
import { User } from '../users/user.entity';
import { AppealEndings } from './appeal-endings.service';
import { AppealEvent } from './entities/appeal-event.entity';
import { AppealFeedback } from './entities/appeal-feedback.entity';
import { AppealRating } from './entities/appeal-rating.entity';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { Appeal } from './entities/appeal.entity';
import { appendTimeline } from './timeline';
import { writeAppeal } from './write-appeal';

/** What is left of the words of an appeal whose resident erased her data. */
export const ERASED_CONTENT = '（居民已删除个人信息，诉求内容不再保留）';

/** The one account every erased resident's appeals point to, so that they no longer lead to anyone. */
const ERASED_RESIDENTS_USERNAME = 'erased-residents';

/**
 * A resident's appeals when she erases her data (PIPL, `DELETE /me`): her open appeals are withdrawn
 * on the record; on every appeal she filed, her words, place, position, contact, rating comment and
 * the photos go, and what staff wrote is masked; what the ledger needs for the rates — category, tier,
 * times, statuses, outcome, ratings — stays, pointing to nobody. Runs in the caller's transaction.
 */
@Injectable()
export class AppealErasure {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timers: AppealTimers,
    private readonly endings: AppealEndings,
  ) {}

  /** Erases her side of the ledger; returns the ids of the appeals she filed (their photos go too). */
  async eraseResident(em: EntityManager, userId: number, now: Date): Promise<number[]> {
    const appeals = await em.find(Appeal, { where: { reporterId: userId }, lock: this.uow.writeLock });
    const nobody = await this.erasedResidentsAccount(em, now);
    // The names she gave (我叫…, or the contact name), which staff may repeat in their notes.
    const names = appeals.flatMap((a) => [...namesIn(a.content), ...(a.contactName ? [a.contactName] : [])]);
    for (const appeal of appeals) {
      if (!FINAL_STATUSES.includes(appeal.status)) await this.withdraw(em, appeal, now);
      Object.assign(appeal, {
        content: ERASED_CONTENT,
        locationText: null,
        latitude: null,
        longitude: null,
        contactName: null,
        contactPhoneEncrypted: null,
        reporterId: null,
        filedById: nobody,
        // A hash of her words could confirm a guess at them.
        requestHash: '',
        updatedAt: now,
      });
      await writeAppeal(em, appeal);
    }
    const ids = appeals.map((a) => a.id);
    if (ids.length) {
      // Her own lines keep what happened and when, not who or her words; staff's are masked.
      await em.update(AppealEvent, { appealId: In(ids), actorId: userId }, { actorId: null, note: null });
      await this.maskStaffWords(em, ids, names);
      await em.update(AppealRating, { appealId: In(ids), raterId: userId }, { raterId: null, comment: null });
      await em.update(AppealFeedback, { appealId: In(ids) }, { residentOpinion: null });
    }
    await this.leaveSupported(em, userId);
    return ids;
  }

  /** Her open appeal ends, as if she had withdrawn it; nothing is left waiting on it (AppealEndings, timers). */
  private async withdraw(em: EntityManager, appeal: Appeal, now: Date): Promise<void> {
    const from = appeal.status;
    Object.assign(appeal, { status: 'withdrawn', closedAt: now, progressDueAt: null, awaitingSecretaryReview: false });
    const ended = await this.endings.end(em, { appeal, status: 'withdrawn', at: now });
    await appendTimeline(em, {
      appealId: appeal.id,
      type: 'withdraw',
      actorId: null,
      actorRole: 'system',
      at: now,
      fromStatus: from,
      toStatus: 'withdrawn',
      note: '居民注销账号并删除个人信息，诉求撤回',
      visibility: 'public',
      data: ended,
    });
    await this.timers.syncAppeal(em, appeal);
  }

  /** What staff wrote on her appeals, with her personal data (and the names she gave) masked. */
  private async maskStaffWords(em: EntityManager, appealIds: number[], names: string[]): Promise<void> {
    const mask = (text: string) => maskPersonalData(text, names);
    const notes = await em.find(AppealEvent, { select: { id: true, note: true }, where: { appealId: In(appealIds), note: Not('') } });
    for (const e of notes) if (e.note && mask(e.note) !== e.note) await em.update(AppealEvent, { id: e.id }, { note: mask(e.note) });
    // A feedback line also quotes her opinion in its data (JSON, which the update typing cannot follow).
    const feedbackLines = await em.find(AppealEvent, { select: { id: true, data: true }, where: { appealId: In(appealIds), type: 'feedback' } });
    for (const e of feedbackLines) {
      const feedback = e.data as TimelineDataOf<'feedback'> | null;
      const data: TimelineDataOf<'feedback'> | null = feedback && { ...feedback, residentOpinion: null };
      if (feedback?.residentOpinion) await em.update(AppealEvent, { id: e.id }, { data });
    }
    const feedbacks = await em.find(AppealFeedback, { select: { id: true, content: true }, where: { appealId: In(appealIds) } });
    for (const f of feedbacks) if (mask(f.content) !== f.content) await em.update(AppealFeedback, { id: f.id }, { content: mask(f.content) });
  }

  /** She no longer follows what she said "me too" on; the counters stay equal to the rows. */
  private async leaveSupported(em: EntityManager, userId: number): Promise<void> {
    const rows = await em.findBy(AppealSupporter, { userId });
    if (!rows.length) return;
    await em.delete(AppealSupporter, { userId });
    for (const row of rows) await em.decrement(Appeal, { id: row.appealId }, 'supporters', 1);
  }

  /** Created by the first erasure (two at once: the unique username keeps one): inactive, nameless, no way to log in. */
  private async erasedResidentsAccount(em: EntityManager, now: Date): Promise<number> {
    await em
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ role: 'resident', displayName: '已注销用户', username: ERASED_RESIDENTS_USERNAME, active: false, createdAt: now })
      .orIgnore()
      .execute();
    return (await em.findOneByOrFail(User, { username: ERASED_RESIDENTS_USERNAME })).id;
  }
}
