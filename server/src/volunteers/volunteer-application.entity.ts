import type { VolunteerApplicationStatus, VolunteerKind, VolunteerOffer, VolunteerTime } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/**
 * A resident's application to serve her community: as a liaison (民情专员) or as an in-service party
 * member reporting to it (双报到在职党员). One pending per person and kind: `pendingSlot` is 1 while
 * it is pending and null once decided or withdrawn, and the unique key lets nulls repeat.
 */
@Entity('volunteer_applications')
@Unique('UQ_volunteer_applications_pending', ['applicantId', 'kind', 'pendingSlot'])
// The community's review queue, oldest pending first; and its history.
@Index('IDX_volunteer_applications_community', ['communityId', 'status', 'appliedAt', 'id'])
export class VolunteerApplication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicantId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applicantId' })
  applicant?: User;

  @CodeColumn()
  kind: VolunteerKind;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @CodeColumn()
  status: VolunteerApplicationStatus;

  @Column({ type: 'int', nullable: true })
  pendingSlot: 1 | null;

  /** Her real name. */
  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** AES-GCM ciphertext; see PhoneCipher. */
  @Column({ type: 'varchar', length: 255 })
  phoneEncrypted: string;

  @Column({ type: 'int' })
  birthYear: number;

  @Column({ type: 'simple-json' })
  offers: VolunteerOffer[];

  @Column({ type: 'simple-json' })
  times: VolunteerTime[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  timesNote: string | null;

  /** Party members: 工作单位. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  workUnit: string | null;

  /** Party members: the party organisation she belongs to (所在党组织). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  partyOrganisation: string | null;

  @TimeColumn()
  appliedAt: Date;

  @Column({ type: 'int', nullable: true })
  decidedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decidedById' })
  decidedBy?: User | null;

  /** When it was accepted, declined or withdrawn. */
  @TimeColumn({ nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;
}
