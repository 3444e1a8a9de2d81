import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';

/** A period in which communities score departments (default: a calendar quarter). */
@Entity('evaluation_periods')
export class EvaluationPeriod {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 50, unique: true })
  name: string;

  @TimeColumn()
  startsAt: Date;

  @TimeColumn()
  endsAt: Date;
}
