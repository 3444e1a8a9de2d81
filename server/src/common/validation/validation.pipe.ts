import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@lingjuli/shared';
import { badRequest } from '../errors/app-error';
import { DATE_YEARS } from './dates';
import { fieldLabel } from './field-labels';
import { assertJsonShape } from './json-shape';

type Translator = (defaultMessage: string) => string;

const firstNumber = (message: string) => message.match(/-?\d+(\.\d+)?/)?.[0] ?? '';
const listAfterColon = (message: string) => message.split(':').slice(1).join(':').trim();

/**
 * Chinese wording per class-validator constraint. The limits (lengths, sizes, allowed values) are
 * read back from class-validator's English default message, so DTOs keep the plain decorators that
 * the Swagger plugin understands.
 */
const ZH: Record<string, Translator> = {
  whitelistValidation: () => '不支持此字段',
  isDefined: () => '必须填写',
  // An optional field sent as null (IsOptionalNotNull): it may be left out, but null is not a value.
  isNotNull: () => '不能为空值',
  isNotEmpty: () => '不能为空',
  isString: () => '应为文字',
  isInt: () => '应为整数',
  isNumber: () => '应为数字',
  isBoolean: () => '应为是或否',
  isArray: () => '应为列表',
  isObject: () => '格式不正确',
  isIn: (m) => `取值无效，可选：${listAfterColon(m)}`,
  isEnum: (m) => `取值无效，可选：${listAfterColon(m)}`,
  maxLength: (m) => `不能超过${firstNumber(m)}个字`,
  minLength: (m) => `至少需要${firstNumber(m)}个字`,
  min: (m) => `不能小于${firstNumber(m)}`,
  max: (m) => `不能大于${firstNumber(m)}`,
  arrayMaxSize: (m) => `最多${firstNumber(m)}项`,
  arrayMinSize: (m) => `至少${firstNumber(m)}项`,
  arrayUnique: () => '不能有重复项',
  isPhone: () => '手机号码格式不正确',
  matches: () => '格式不正确',
  isCalendarDate: () => '格式不正确',
  isDateTimeWithOffset: () => '格式不正确',
  isDateInRange: () => `应在${DATE_YEARS.min}年至${DATE_YEARS.max}年之间`,
  nestedValidation: () => '格式不正确',
};

/**
 * Which failed check to report when a field fails several: an unknown field, then a missing one, then
 * the wrong type, then emptiness, then size and format. One message per field, the most useful one.
 */
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isNotNull',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isIn',
  'isEnum',
  'isNotEmpty',
];
const rank = (key: string) => (PRIORITY.includes(key) ? PRIORITY.indexOf(key) : PRIORITY.length);

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const failed = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    const own: FieldError[] = [];
    if (failed.length) {
      const [key, english] = failed[0];
      const label = fieldLabel(error.target, error.property);
      const missing = (error.value === undefined || error.value === null) && key !== 'whitelistValidation' && key !== 'isNotNull';
      const words = missing ? '必须填写' : (ZH[key] ?? (() => '格式不正确'))(english);
      own.push({ field, message: `${label}${words}` });
    }
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * The global pipe: whitelist DTOs, refuse unknown fields, and answer 400 with field-level Chinese messages.
 * Two things differ from Nest's ValidationPipe:
 * - the JSON is checked for depth and size first, without recursion (json-shape.ts), because the
 *   transformers and validators after it recurse and would overflow the stack on a deep enough body;
 * - a path or query value declared as a bare number (`@Param('id') id: number`) is not converted here:
 *   Nest would use Number(), which reads '0x1f' as 31 and ' 1' as 1. ParseIdPipe reads it strictly.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // What the client wrote (an uploaded file, a `custom` argument, is not JSON and can be large).
    if (metadata.type === 'body' || metadata.type === 'query') assertJsonShape(value);
    return super.transform(value, metadata);
  }

  protected override transformPrimitive(value: unknown): unknown {
    return value;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // The form an error was found in names the field for the user (`fieldLabel`); only the messages are sent.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return badRequest('VALIDATION_FAILED', details[0] ? `请检查：${details[0].message}` : '提交的内容有误', details);
    },
  });
}
