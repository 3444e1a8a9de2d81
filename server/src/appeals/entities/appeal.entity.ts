import { FINAL_STATUSES, type AppealStatus, type Category, type Channel, type EmergencyService, type Level, type Tier } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { Building } from '../../organisation/building.entity';
import { Community } from '../../organisation/community.entity';
import { User } from '../../users/user.entity';

/** One resident matter (诉求), from intake to closing. Every change also writes an AppealEvent. */
@Entity('appeals')
@Unique('UQ_appeals_idempotency', ['filedById', 'idempotencyKey'])
@Index('UQ_appeals_work_order', ['workOrderNo'], { unique: true })
@Index('IDX_appeals_queue', ['communityId', 'status', 'dueAt'])
// The lists' orders (docs/performance.md, "Reads as the ledger grows"): each list reads its page from
// one of these in order, without sorting or walking closed appeals.
// The open queues' filters (supervised, overdue: not responded to) ride at the end, so a filtered page
// and its count are read from the index alone.
@Index('IDX_appeals_open_due', ['communityId', 'isOpen', 'dueAt', 'id', 'supervised', 'respondedAt'])
@Index('IDX_appeals_street_open_due', ['isOpen', 'dueAt', 'id', 'supervised', 'respondedAt'])
// Overdue (open, not responded to, past due): read in due order from its own range, not picked out of
// every open appeal's deadline (most open appeals past due have been responded to). They lead with
// respondedAt, so only a query that asks for it (the overdue filter) can take them.
@Index('IDX_appeals_overdue', ['respondedAt', 'communityId', 'isOpen', 'dueAt', 'id'])
@Index('IDX_appeals_street_overdue', ['respondedAt', 'isOpen', 'dueAt', 'id'])
@Index('IDX_appeals_level_open_due', ['level', 'isOpen', 'dueAt', 'id'])
// A community's receipts; its repeat problems (the same building and category, measures.service.ts) are read from the index alone.
@Index('IDX_appeals_community_recent', ['communityId', 'receivedAt', 'id', 'buildingId', 'category', 'status'])
@Index('IDX_appeals_recent', ['receivedAt', 'id'])
@Index('IDX_appeals_reporter_recent', ['reporterId', 'receivedAt', 'id'])
// A liaison's two lists: each ends with the other list's column, so her scope (filed by her or assigned
// to her) is answered from the index alone, page and count.
@Index('IDX_appeals_filer_recent', ['filedById', 'isOpen', 'receivedAt', 'id', 'assignedLiaisonId'])
@Index('IDX_appeals_liaison_recent', ['assignedLiaisonId', 'isOpen', 'receivedAt', 'id', 'filedById'])
@Index('IDX_appeals_building_open', ['buildingId', 'category', 'isOpen', 'receivedAt', 'id'])
export class Appeal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int', nullable: true })
  buildingId: number | null;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Building | null;

  @CodeColumn()
  channel: Channel;

  @CodeColumn()
  category: Category;

  @CodeColumn()
  tier: Tier;

  @CodeColumn()
  level: Level;

  @Index()
  @CodeColumn()
  status: AppealStatus;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  locationText: string | null;

  @Column({ type: 'double', nullable: true })
  latitude: number | null;

  @Column({ type: 'double', nullable: true })
  longitude: number | null;

  /** Found by a liaison before anyone complained (未诉即办). */
  @Column({ type: 'boolean', default: false })
  proactive: boolean;

  /** The resident the appeal is for, when she has an account (not for an anonymous walk-in or caller). */
  @Column({ type: 'int', nullable: true })
  reporterId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporterId' })
  reporter?: User | null;

  /** Who entered it: the resident herself, or staff on her behalf. Scopes the idempotency key. */
  @Column({ type: 'int' })
  filedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filedById' })
  filedBy?: User;

  /** 首问负责人: the staff member who took it in; accountable until it closes. */
  @Column({ type: 'int', nullable: true })
  firstResponderId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'firstResponderId' })
  firstResponder?: User | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  handlerId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlerId' })
  handler?: User | null;

  /** The liaison who visits with feedback. */
  @Column({ type: 'int', nullable: true })
  assignedLiaisonId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignedLiaisonId' })
  assignedLiaison?: User | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  contactPhoneEncrypted: string | null;

  // Triage: what the rules proposed and why; staff confirm or change it.
  @CodeColumn()
  proposedTier: Tier;

  @CodeColumn()
  proposedCategory: Category;

  @Column({ type: 'varchar', length: 50, nullable: true })
  triageRuleId: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  triageKeyword: string | null;

  @Column({ type: 'varchar', length: 200 })
  triageReason: string;

  @Column({ type: 'int', nullable: true })
  triageConfirmedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'triageConfirmedById' })
  triageConfirmedBy?: User | null;

  @TimeColumn({ nullable: true })
  triageConfirmedAt: Date | null;

  // Deadlines, from the shared calculator. `cycleStartedAt` is receipt, or the last reopen.
  @Column({ type: 'int' })
  tierPolicyVersion: number;

  @TimeColumn()
  receivedAt: Date;

  @TimeColumn()
  cycleStartedAt: Date;

  // No index of its own: ordered by it alone, a short page (LIMIT 21) tempts MariaDB to walk every
  // closed appeal's deadline; the open queues' indexes hold it after what they filter by.
  @TimeColumn()
  dueAt: Date;

  @TimeColumn()
  warnAt: Date;

  /** When the deadline's requirement was met in the current cycle. */
  @TimeColumn({ nullable: true })
  respondedAt: Date | null;

  /** Next public progress note due (complex tier, until closed). */
  @Index()
  @TimeColumn({ nullable: true })
  progressDueAt: Date | null;

  @TimeColumn({ nullable: true })
  resolvedAt: Date | null;

  @TimeColumn({ nullable: true })
  fedBackAt: Date | null;

  @TimeColumn({ nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  handedTo: EmergencyService | null;

  @Column({ type: 'int', default: 0 })
  reopenCount: number;

  @Column({ type: 'boolean', default: false })
  awaitingSecretaryReview: boolean;

  /** The real due time of the deadline breached in this cycle (set by the breach timer). */
  @TimeColumn({ nullable: true })
  breachedAt: Date | null;

  /** Flagged for supervision (督办); the reasons are SupervisionFlag rows. */
  @Column({ type: 'boolean', default: false })
  supervised: boolean;

  /** Residents who said "me too" (AppealSupporter rows), kept in step in the same transaction. */
  @Column({ type: 'int', default: 0 })
  supporters: number;

  /**
   * Not in a final status: computed by the database from `status` (never written), so the open
   * lists read an index of open appeals only, however long the ledger of closed ones grows.
   */
  @Column({
    type: 'boolean',
    asExpression: `status NOT IN (${FINAL_STATUSES.map((s) => `'${s}'`).join(', ')})`,
    generatedType: 'VIRTUAL',
    select: false,
    insert: false,
    update: false,
  })
  isOpen?: boolean;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** SHA-256 of the filed request, to tell a retry from a reused key. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** A 12345 transfer: the city's work-order number (工单编号), unique in the street, and when the city dispatched it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  workOrderNo: string | null;

  @TimeColumn({ nullable: true })
  cityDispatchedAt: Date | null;

  /** The city's deadline for the work order; the appeal's own `dueAt` is the stricter of it and its tier's. */
  @TimeColumn({ nullable: true })
  cityDueAt: Date | null;

  /** Filed through Open311 by this client (`open311_clients`, never deleted: a key is revoked, not removed). */
  @Column({ type: 'int', nullable: true })
  open311ClientId: number | null;

  @TimeColumn()
  updatedAt: Date;
}
