import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';

/**
 * The street's settings of the measures (one row, id 1; none means the defaults,
 * `DEFAULT_MEASURE_SETTINGS`): what 基本满意 counts for, and the weights of the communities' composite.
 */
@Entity('measure_settings')
export class MeasureSettingsRow {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'double' })
  basicallySatisfiedWeight: number;

  @Column({ type: 'double' })
  responseWeight: number;

  @Column({ type: 'double' })
  resolutionWeight: number;

  @Column({ type: 'double' })
  satisfactionWeight: number;

  @Column({ type: 'int' })
  updatedById: number;

  @TimeColumn()
  updatedAt: Date;
}
