import type { StaffContact } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Grid } from './grid.entity';

/** One of the subdistrict's communities (社区), with its warm-heart card (民情暖心卡) details. */
@Entity('communities')
export class Community {
  @PrimaryGeneratedColumn()
  id: number;

  /** Short code used in QR scenes, e.g. "C01". */
  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  gridId: number | null;

  @ManyToOne(() => Grid, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'gridId' })
  grid?: Grid;

  /** Placeholder data from the seed script; a deployment loads the real list. */
  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @Column({ type: 'varchar', length: 200, default: '' })
  windowAddress: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  windowHours: string;

  @Column({ type: 'varchar', length: 32, default: '' })
  hotline: string;

  /** Staff listed on the card (name, title, phone): public contact numbers, not personal data. */
  @Column({ type: 'simple-json', nullable: true })
  cardStaff: StaffContact[] | null;
}
