import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { TrainingRecord } from '../liaisons/training-record.entity';
import { User } from '../users/user.entity';
import { TrainingCourse } from './training-course.entity';

/**
 * A volunteer attended a course. The same transaction writes her training record (the liaison
 * registry's `trainings`), which this row links to, so attending counts once wherever trainings are read.
 */
@Entity('training_attendances')
@Unique('UQ_training_attendances_course_user', ['courseId', 'userId'])
@Index('IDX_training_attendances_user', ['userId'])
export class TrainingAttendance {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  courseId: number;

  @ManyToOne(() => TrainingCourse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'courseId' })
  course?: TrainingCourse;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'int', unique: true })
  trainingRecordId: number;

  @OneToOne(() => TrainingRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainingRecordId' })
  trainingRecord?: TrainingRecord;

  @Column({ type: 'int' })
  recordedById: number;

  @TimeColumn()
  recordedAt: Date;
}
