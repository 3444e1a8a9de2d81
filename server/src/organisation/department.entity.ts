import type { DepartmentKind } from '@lingjuli/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn } from '../database/columns';

/** A subdistrict office (街道科室), a coordination-committee member unit, or a third party. */
@Entity('departments')
export class Department {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60, unique: true })
  name: string;

  @CodeColumn()
  kind: DepartmentKind;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
