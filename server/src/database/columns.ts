import { Column, type ColumnOptions } from 'typeorm';

/** An instant in UTC with milliseconds (a deadline met at 10:30:00.000 and breached at .001 must differ). */
export function TimeColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, ...options });
}

/** A short code-valued column (enums are varchar so adding a value needs no migration). */
export function CodeColumn(options: Pick<ColumnOptions, 'nullable' | 'length'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 32, ...options });
}
