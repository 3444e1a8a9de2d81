import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * An optional field: it may be left out, but not sent as null. class-validator's IsOptional lets null
 * through to the service, where it reads as "clear this" or reaches a NOT NULL column (a 500). No field
 * of this API takes null; conventions.spec.ts keeps IsOptional out.
 */
export function IsOptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    // Left out: nothing else to check.
    ValidateIf((_object, value) => value !== undefined, options),
    ValidateBy({ name: 'isNotNull', validator: { validate: (value) => value !== null, defaultMessage: () => '$property must not be null' } }, options),
  );
}
