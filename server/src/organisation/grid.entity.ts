import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A grid (网格): several communities under one grid secretary (网格书记 / 管片领导). */
@Entity('grids')
export class Grid {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 50, unique: true })
  name: string;
}
