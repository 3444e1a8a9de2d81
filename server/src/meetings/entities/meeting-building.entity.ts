import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Building } from '../../organisation/building.entity';
import { Meeting } from './meeting.entity';

/** A building whose households a meeting is for (audience `buildings`). */
@Entity('meeting_buildings')
@Unique('UQ_meeting_buildings', ['meetingId', 'buildingId'])
export class MeetingBuilding {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  meetingId: number;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Column({ type: 'int' })
  buildingId: number;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Building;
}
