import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { TrainingCourse } from './training-course.entity';

/** A volunteer signed up for a course. */
@Entity('training_sign_ups')
@Unique('UQ_training_sign_ups_course_user', ['courseId', 'userId'])
@Index('IDX_training_sign_ups_user', ['userId'])
export class TrainingSignUp {
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

  @TimeColumn()
  signedUpAt: Date;
}
