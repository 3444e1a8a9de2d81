import { applyDecorators, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, Max, Min, type ValidationOptions } from 'class-validator';
import { invalidField } from '../errors/app-error';
import { fieldLabel } from './field-labels';
import { IsOptionalNotNull } from './presence';

/** The largest id: both databases' INT primary keys stop here. */
export const ID_MAX = 2_147_483_647;

/** Plain decimal digits, no sign, no leading zero, no space: the only way an id is written. */
const DECIMAL_ID = /^[1-9]\d{0,9}$/;

/** The id a text names, or null: `0x1f`, `0b11`, `+1`, ` 1`, `1.0`, `1e3`, `01` and out-of-range values are not ids. */
export function parseId(text: unknown): number | null {
  if (typeof text !== 'string' || !DECIMAL_ID.test(text)) return null;
  const id = Number(text);
  return id <= ID_MAX ? id : null;
}

/**
 * An id in the path (`@Param('id', ParseIdPipe)`), read strictly. The global validation pipe hands it
 * over as the text it came as (see AppValidationPipe): Number('0x1f') would be 31, another row.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const id = parseId(value);
    const field = metadata.data ?? 'id';
    if (id === null) throw invalidField(field, `${fieldLabel(undefined, field)}应为正整数`);
    return id;
  }
}

/** An id in a body or a query (after `queryInteger`): a whole number from 1 to ID_MAX. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  const decorators = [IsInt(options), Min(1, options), Max(ID_MAX, options)];
  // The OpenAPI document shows the range of a single id (the Swagger plugin cannot read it through this decorator).
  return applyDecorators(...decorators, ...(options?.each ? [] : [ApiProperty({ type: 'integer', minimum: 1, maximum: ID_MAX })]));
}

/** A list of ids, each once, at most `max` (and at least `min`). */
export function IdList(max: number, min = 0): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    if (min > 0) ArrayMinSize(min)(target, key);
    ArrayMaxSize(max)(target, key);
    ArrayUnique()(target, key);
    IsId({ each: true })(target, key);
  };
}

/** One's own uploads (POST /uploads) attached to what she sends: optional, at most `max`, each once. */
export function AttachmentIds(max: number): PropertyDecorator {
  return (target, key) => {
    IsOptionalNotNull()(target, key);
    IdList(max)(target, key);
  };
}
