import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from './community.entity';

/** A building or stairwell (楼栋/单元) with the short code its QR poster carries. */
@Entity('buildings')
export class Building {
  @PrimaryGeneratedColumn()
  id: number;

  /** Unique across the street and short enough for a WeChat code scene (≤ 32 chars), e.g. "C01-B03". */
  @Column({ type: 'varchar', length: 24, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Index()
  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;
}
