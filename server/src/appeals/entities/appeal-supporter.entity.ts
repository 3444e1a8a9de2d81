import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';

/**
 * A resident who said "me too" (我也遇到了) on an open appeal instead of filing the same problem again.
 * Once per resident and appeal; `Appeal.supporters` counts these rows.
 */
@Entity('appeal_supporters')
@Unique('UQ_appeal_supporters_once', ['appealId', 'userId'])
export class AppealSupporter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  /** Indexed for the resident's scope: "appeals I reported or support". */
  @Index()
  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @TimeColumn()
  createdAt: Date;
}
