import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppealActionsService } from '../appeals/appeal-actions.service';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import type { Appeal } from '../appeals/entities/appeal.entity';
import type { ManualClock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { User } from '../users/user.entity';
import { contextOf as contextFor } from '../users/user.mapper';
import { PROGRESS_NOTES } from './appeal-templates';
import { planSampleAppeals, type AppealPlan, type Step } from './appeal-plans';
import { Random } from './random';
import { SAMPLE_COMMUNITY_COUNT, sampleResidentName, type DepartmentKey, type SampleOrganisation } from './sample-organisation';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_SAMPLE_APPEALS = 300;
const SAMPLE_RESIDENT_COUNT = 60;

/**
 * Sample residents (WeChat users): `居民01` … `居民60`, openid `dev:居民01` …, so the dev login
 * (`dev:<name>`) signs in as them. Two or three per community.
 */
export async function createSampleResidents(em: EntityManager, org: SampleOrganisation, createdAt: Date): Promise<User[]> {
  const rows = Array.from({ length: SAMPLE_RESIDENT_COUNT }, (_, i) => {
    const name = sampleResidentName(i);
    return em.create(User, {
      role: 'resident',
      displayName: name,
      username: null,
      passwordHash: null,
      wechatOpenId: `dev:${name}`,
      communityId: org.communities[i % SAMPLE_COMMUNITY_COUNT].community.id,
      active: true,
      createdAt,
    });
  });
  const residents = await em.save(User, rows, { chunk: 100 });
  for (const place of org.communities) place.residents = residents.filter((r) => r.communityId === place.community.id);
  return residents;
}

export interface SampleAppealsOptions {
  count: number;
  /** Every history ends before this instant. */
  now: Date;
  seed: number;
}

/**
 * Files and moves sample appeals through the real intake and action services, one step at a time,
 * with the manual clock set to each step's time: deadlines, timelines and ratings are exactly what
 * the product computes. Leaves the clock at `now`.
 */
export async function createSampleAppeals(
  app: INestApplicationContext,
  clock: ManualClock,
  org: SampleOrganisation,
  options: SampleAppealsOptions,
): Promise<number> {
  const rng = new Random(options.seed);
  const plans = planSampleAppeals(org, options.count, options.now, rng);
  const runner = new PlanRunner(app.get(AppealIntakeService), app.get(AppealActionsService), clock, org, rng);
  for (const plan of plans) await runner.run(plan, options.now);
  clock.set(options.now);
  return plans.length;
}

/** One appeal being played: the latest row, and the lead department once dispatched. */
interface Playing {
  plan: AppealPlan;
  appeal: Appeal;
  lead: DepartmentKey | null;
}

/** Plays one plan: file, then each step at its time, keeping complex appeals' 72-hour progress notes. */
class PlanRunner {
  constructor(
    private readonly intake: AppealIntakeService,
    private readonly actions: AppealActionsService,
    private readonly clock: ManualClock,
    private readonly org: SampleOrganisation,
    private readonly rng: Random,
  ) {}

  async run(plan: AppealPlan, now: Date): Promise<void> {
    this.clock.set(plan.receivedAt);
    const filed = await this.intake.file(contextFor(plan.filer), plan.input, `sample-${plan.index + 1}`);
    const p: Playing = { plan, appeal: filed.appeal, lead: null };
    for (const step of plan.steps) {
      const at = new Date(plan.receivedAt.getTime() + step.at);
      if (plan.keepProgress) await this.keepProgress(p, at);
      this.clock.set(at);
      p.appeal = await this.perform(p, step);
      if (step.kind === 'dispatch') p.lead = step.lead;
    }
    if (plan.keepProgress) await this.keepProgress(p, now);
  }

  /** Public progress notes on a complex appeal, each a few hours before its 72-hour mark, up to `until`. */
  private async keepProgress(p: Playing, until: Date): Promise<void> {
    while (p.appeal.tier === 'complex' && p.appeal.progressDueAt && until.getTime() > p.appeal.progressDueAt.getTime()) {
      const last = this.clock.now().getTime();
      const wanted = p.appeal.progressDueAt.getTime() - this.rng.between(2 * HOUR, 20 * HOUR);
      this.clock.set(new Date(Math.max(last + MINUTE, Math.min(wanted, until.getTime() - MINUTE))));
      p.appeal = await this.actions.addNote(this.doer(p, 'handler'), p.appeal.id, {
        content: this.rng.pick(PROGRESS_NOTES),
        visibility: 'public',
      });
    }
  }

  /** The community handler, or the lead department's staff (who also post progress once dispatched). */
  private doer(p: Playing, who: 'handler' | 'lead'): RequestContext {
    const lead = who === 'lead' || p.lead !== null ? p.lead : null;
    return contextFor(lead ? this.org.departmentStaff[lead] : p.plan.handler);
  }

  private perform(p: Playing, step: Step): Promise<Appeal> {
    const { plan } = p;
    const id = p.appeal.id;
    const handler = contextFor(plan.handler);
    switch (step.kind) {
      case 'accept':
        return this.actions.accept(handler, id, { tier: step.tier, note: step.note });
      case 'assignLiaison':
        return this.actions.assign(handler, id, { liaisonId: plan.liaison.id, note: step.note });
      case 'note':
        return this.actions.addNote(this.doer(p, step.by), id, { content: step.content, visibility: step.visibility });
      case 'feedback':
        return this.actions.feedback(step.by === 'liaison' ? contextFor(plan.liaison) : handler, id, {
          method: step.method,
          content: step.content,
          residentOpinion: step.residentOpinion,
        });
      case 'resolve':
        return this.actions.resolve(this.doer(p, step.by), id, { note: step.note, handedTo: step.handedTo });
      case 'rate':
        return this.actions.rate(contextFor(plan.filer), id, { solved: step.solved, satisfaction: step.satisfaction, comment: step.comment });
      case 'secretaryReview':
        return this.actions.secretaryReview(contextFor(plan.place.secretary), id, { decision: step.decision, note: step.note });
      case 'reject':
        return this.actions.reject(handler, id, { reason: step.reason });
      case 'withdraw':
        return this.actions.withdraw(contextFor(plan.filer), id, { reason: step.reason });
      case 'escalate':
        return this.actions.escalate(contextFor(plan.place.secretary), id, {
          reason: step.reason,
          consultedWithId: plan.place.gridSecretary.id,
          consultationNote: step.consultationNote,
        });
      case 'dispatch':
        return this.actions.dispatch(contextFor(this.rng.pick(this.org.commandCenter)), id, {
          leadDepartmentId: this.org.departments[step.lead].id,
          assistingDepartmentIds: step.assist.map((k) => this.org.departments[k].id),
          note: step.note,
        });
      case 'completeAssignment':
        return this.actions.completeAssignment(contextFor(this.org.departmentStaff[step.department]), id, { note: step.note });
    }
  }
}
