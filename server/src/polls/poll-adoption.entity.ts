import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { PollOption } from './poll-option.entity';
import { Poll } from './poll.entity';

/** The plan adopted after a poll (采纳方案): one of its options, words, or both; once per poll. */
@Entity('poll_adoptions')
export class PollAdoption {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  pollId: number;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Poll;

  @Column({ type: 'int', nullable: true })
  optionId: number | null;

  @ManyToOne(() => PollOption, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'optionId' })
  option?: PollOption | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'int' })
  byId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'byId' })
  by?: User;

  @TimeColumn()
  at: Date;
}
