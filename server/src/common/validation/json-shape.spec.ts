import { AppError } from '../errors/app-error';
import { assertJsonShape, JSON_LIMITS } from './json-shape';

/** A value nested `depth` levels deep: lists in lists, around a number. */
const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);

const refusal = (value: unknown): string | null => {
  try {
    assertJsonShape(value);
    return null;
  } catch (error) {
    if (error instanceof AppError) return `${error.status} ${error.code} ${error.message}`;
    throw error;
  }
};

describe('the shape of a request’s JSON', () => {
  it('takes every real form: objects, lists of objects, scalars, nothing', () => {
    for (const value of [{ staff: [{ name: '王芳', title: '主任', phone: '010-1234' }] }, { items: [] }, 'text', 1, null, undefined]) {
      expect(refusal(value)).toBeNull();
    }
  });

  it(`takes ${JSON_LIMITS.depth} levels and refuses one more`, () => {
    expect(refusal(nested(JSON_LIMITS.depth))).toBeNull();
    expect(refusal(nested(JSON_LIMITS.depth + 1))).toBe('400 VALIDATION_FAILED 提交的内容嵌套层级过多');
  });

  it('survives, and refuses, nesting far deeper than a recursive walk could', () => {
    expect(refusal(nested(100_000))).toBe('400 VALIDATION_FAILED 提交的内容嵌套层级过多');
  });

  it(`refuses more than ${JSON_LIMITS.values} values`, () => {
    expect(refusal({ ids: Array.from({ length: JSON_LIMITS.values - 2 }, (_, i) => i) })).toBeNull();
    expect(refusal({ ids: Array.from({ length: JSON_LIMITS.values }, (_, i) => i) })).toBe('400 VALIDATION_FAILED 提交的内容项目过多');
  });
});
