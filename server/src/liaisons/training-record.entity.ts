import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';

/** A training a liaison attended. */
@Entity('training_records')
@Index('IDX_training_records_liaison', ['liaisonUserId'])
export class TrainingRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  liaisonUserId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'liaisonUserId' })
  liaison?: User;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @TimeColumn()
  date: Date;

  /** Hours, to the half hour. */
  @Column({ type: 'double' })
  hours: number;

  @Column({ type: 'int' })
  recordedById: number;
}
