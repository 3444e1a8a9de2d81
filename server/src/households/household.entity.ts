import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';

/** A flat (户): building + unit + room, normalised (shared `normaliseUnit`/`normaliseRoom`) so one flat is one row. */
@Entity('households')
@Index('UQ_households_flat', ['buildingId', 'unit', 'room'], { unique: true })
export class Household {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int' })
  buildingId: number;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Building;

  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Column({ type: 'varchar', length: 10 })
  room: string;

  @TimeColumn()
  createdAt: Date;
}
