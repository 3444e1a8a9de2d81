import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Building } from '../organisation/building.entity';
import { User } from '../users/user.entity';
import { Poll } from './poll.entity';

/** A building whose households a `buildings` poll asks. */
@Entity('poll_buildings')
export class PollBuilding {
  @PrimaryColumn({ type: 'int' })
  pollId: number;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Poll;

  @Index()
  @PrimaryColumn({ type: 'int' })
  buildingId: number;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Building;
}

/** A resident (or liaison) an `invited` poll asks by name, e.g. a residents' representative (居民代表). */
@Entity('poll_invitees')
export class PollInvitee {
  @PrimaryColumn({ type: 'int' })
  pollId: number;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Poll;

  /** Her polls are read from here (the access rule's EXISTS). */
  @Index()
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
