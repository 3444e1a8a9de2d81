import { badRequest } from '../errors/app-error';

/**
 * How deep and how large a request's JSON may be: far beyond any form (the deepest, a list of objects in
 * a body, is three levels), far below what the recursive transformers and validators after this survive.
 */
export const JSON_LIMITS = { depth: 10, values: 5_000 } as const;

/**
 * Refuses (400) a value nested deeper or holding more values than JSON_LIMITS. It walks the value with an
 * explicit stack, not by recursion, so that the check itself survives what it is there to refuse.
 */
export function assertJsonShape(value: unknown): void {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++values > JSON_LIMITS.values) throw badRequest('VALIDATION_FAILED', '提交的内容项目过多');
    if (node === null || typeof node !== 'object') continue;
    if (depth >= JSON_LIMITS.depth) throw badRequest('VALIDATION_FAILED', '提交的内容嵌套层级过多');
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
}
