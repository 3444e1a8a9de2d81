import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';

/**
 * The street admin's mapping of the city's 12345 batch (one row, id 1; none until she saves it): which
 * column header gives each field the import reads. Headers as the batch prints them (up to 100 characters).
 */
@Entity('work_order_mappings')
export class WorkOrderMappingRow {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  workOrderNo: string;

  @Column({ type: 'varchar', length: 100 })
  dispatchedAt: string;

  @Column({ type: 'varchar', length: 100 })
  dueAt: string;

  @Column({ type: 'varchar', length: 100 })
  content: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  community: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  category: string | null;

  @Column({ type: 'int' })
  updatedById: number;

  @TimeColumn()
  updatedAt: Date;
}
