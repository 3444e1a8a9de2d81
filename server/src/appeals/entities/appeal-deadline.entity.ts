import type { Category, Tier } from '@lingjuli/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { Appeal } from './appeal.entity';

/** A deadline's kind: the handling cycle's (resolution for an emergency, first feedback otherwise) or a complex appeal's 72-hour public progress note. */
export type DeadlineKind = 'response' | 'progress';

/**
 * One deadline an appeal had, once it was settled: met by the act its tier asks, or passed unmet
 * (docs/domain.md §10.1, the response rate). Written once, when settled; a response that comes after
 * a missed deadline only adds its time. The ledger the response rate and first-response times are
 * counted from (appeal-deadlines.ts). Unique per appeal, kind and due time, so a deadline settles once
 * however many timers or servers see it.
 */
@Entity('appeal_deadlines')
@Unique('UQ_appeal_deadlines_once', ['appealId', 'kind', 'dueAt'])
export class AppealDeadline {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @CodeColumn()
  kind: DeadlineKind;

  /** The appeal's tier and category when the deadline settled. */
  @CodeColumn()
  tier: Tier;

  @CodeColumn()
  category: Category;

  /** The start of the handling cycle (receipt, or the reopen) for a response; the note before for progress. */
  @TimeColumn()
  startedAt: Date;

  @TimeColumn()
  dueAt: Date;

  @Column({ type: 'boolean' })
  met: boolean;

  @TimeColumn()
  settledAt: Date;

  /** When the cycle's response came (a response deadline only; may come after a missed one). */
  @TimeColumn({ nullable: true })
  respondedAt: Date | null;
}
