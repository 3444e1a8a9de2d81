import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * Her work on the registry, counted as it happens (LiaisonCounters) so the registry never reads the
 * ledger: one row per user who has done any of it — a liaison with no registry entry too, and staff
 * who record feedback visits (counted for anyone, as the measure always was; the registry reads only
 * its liaisons' rows). A missing row is all zeros. Rebuilt from the ledger by `rebuildLiaisonCounts`.
 */
@Entity('liaison_counts')
export class LiaisonCount {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  /** Appeals she filed from her rounds (channel liaison). */
  @Column({ type: 'int', default: 0 })
  reports: number;

  /** Of those, found before anyone complained (未诉即办). */
  @Column({ type: 'int', default: 0 })
  proactiveReports: number;

  /** Feedback visits she recorded (appeal_feedbacks.byId). */
  @Column({ type: 'int', default: 0 })
  visits: number;

  /** Appeals she is now the assigned liaison of (appeals.assignedLiaisonId). */
  @Column({ type: 'int', default: 0 })
  participations: number;
}
