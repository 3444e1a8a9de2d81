import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/*
 * Malformed requests generated from the server's OpenAPI document. For each operation a valid baseline
 * is built (required fields only, from the schema or from known-good values for what a schema cannot
 * say, such as the id of a real row); then one thing at a time is made wrong: a field's type, its null,
 * its range, its length, its pattern, its format, an unknown field, a missing one, the nesting of the
 * body, a path id or a query value. Every request generated is invalid input: the server must answer
 * it with a 4xx and leave the database as it was.
 */

/** One malformed request. */
export interface MalformedRequest {
  /** `METHOD /path/{param}` as in the document. */
  operation: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The concrete URL, query string included. */
  url: string;
  /** A JSON body, sent as application/json. */
  body?: unknown;
  /** A body sent verbatim as application/json (for what JSON.stringify cannot or should not write). */
  rawBody?: string;
  headers: Record<string, string>;
  /** What is wrong with it, for the failure report. */
  flaw: string;
}

export interface FuzzInputs {
  /**
   * Valid values by field (or header) name, for what a schema cannot say: the ids of real rows, values
   * matching a pattern, dates. A function is called for each request (e.g. a fresh Idempotency-Key).
   */
  knownGood: Record<string, unknown>;
  /** The path parameter's value: the id (or code) of a real object, so that the rest of the request is what is judged. */
  pathValue(path: string, param: string): string | number;
}

type Schema = SchemaObject;
type Method = MalformedRequest['method'];
interface Flawed {
  value: unknown;
  flaw: string;
}

const METHODS: readonly Method[] = ['get', 'post', 'put', 'patch', 'delete'];
const UNKNOWN_FIELD = 'fuzzUnknownField';
/** Deeper than any request needs, far deeper than a recursive walk of it should be allowed to go. */
const DEEP = 5000;

/** Dates that ISO 8601 or JavaScript accept but the API must not: week dates, no offset, impossible days, other centuries. */
const BAD_DAYS = ['2026-W01', '2026-W01-1', '2026-01-01T10', '2026-02-30', '2026-13-01', '2026-1-1', '20260101', '1800-01-01', '明天', ''];
/** Each date field takes one form: a calendar date is not a date-time, and the other way round. */
const BAD_DATES = [...BAD_DAYS, '2026-02-20T00:00:00Z'];
const BAD_DATE_TIMES = [
  ...BAD_DAYS,
  '2026-02-20',
  '2026-01-01T10:00:00',
  '2026-01-01T25:00:00Z',
  '2026-01-01 10:00:00+08:00',
  '2026-01-01T10:00:00+2400',
  '1800-01-01T00:00:00Z',
];
/** Ids that loose parsing reads as a number: hexadecimal, binary, a sign, a space, a fraction, an exponent. */
const looseIds = (real: number): string[] => [`0x${real.toString(16)}`, `0b${real.toString(2)}`, `+${real}`, ` ${real}`, `${real}.0`, `${real}e0`, `0${real}`];
const BAD_IDS = ['0', '-1', '1e3', 'abc', '99999999999999999999', '2147483648'];
/** Texts for a query integer that are not one. */
const BAD_QUERY_INTEGERS = ['abc', '1.5', '0x1f', '0b11', '+1', ' 1', '1e3', '99999999999999999999', '', 'NaN'];
const BAD_QUERY_BOOLEANS = ['yes', '1', 'TRUE', ''];
/** Candidates for a valid value of a string with a pattern (the first that matches is used). */
const PATTERN_CANDIDATES = ['FZ-1', 'fuzz.user', '13800000000', '010-68210000', 'abc', 'x', '1'];
/** Candidates for an invalid value of a string with a pattern (the first that does not match is used). */
const PATTERN_BREAKERS = ['<>', '!!', ' ', '中文', '', 'x'.repeat(300)];

export function malformedRequests(doc: OpenAPIObject, inputs: FuzzInputs): MalformedRequest[] {
  const requests: MalformedRequest[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) requests.push(...new OperationFuzzer(doc, inputs, path, method, operation).requests());
    }
  }
  return requests;
}

class OperationFuzzer {
  private readonly name: string;
  private readonly parameters: ParameterObject[];

  constructor(
    private readonly doc: OpenAPIObject,
    private readonly inputs: FuzzInputs,
    private readonly path: string,
    private readonly method: Method,
    private readonly operation: OperationObject,
  ) {
    this.name = `${method.toUpperCase()} ${path}`;
    this.parameters = (operation.parameters ?? []).map((p) => this.resolve<ParameterObject>(p));
  }

  requests(): MalformedRequest[] {
    return [...this.pathVariants(), ...this.queryVariants(), ...this.bodyVariants()];
  }

  // ---- the three places input comes from ----

  private pathVariants(): MalformedRequest[] {
    return this.parametersIn('path').flatMap((param) => {
      const schema = this.schemaOf(param);
      const real = this.inputs.pathValue(this.path, param.name);
      const values = isNumeric(schema) ? [...looseIds(Number(real)), ...BAD_IDS] : ['x'.repeat(300), '%E0%A4%A', '%00'];
      return values.map((value) => this.request(`path ${param.name} = ${JSON.stringify(value)}`, { path: { [param.name]: value }, body: this.validBody() }));
    });
  }

  private queryVariants(): MalformedRequest[] {
    const params = this.parametersIn('query');
    if (params.length === 0) return [];
    const variants = params.flatMap((param) => {
      const schema = this.schemaOf(param);
      const valid = this.validValue(param.name, schema);
      const bad: string[] = [];
      if (schema.enum) bad.push('fuzz-not-a-choice', '');
      else if (isNumeric(schema)) bad.push(...BAD_QUERY_INTEGERS, ...outOfRange(schema).map(String));
      else if (schema.type === 'boolean') bad.push(...BAD_QUERY_BOOLEANS);
      else if (schema.maxLength !== undefined) bad.push('x'.repeat(schema.maxLength + 1));
      const single = bad.map((value) => this.request(`query ${param.name} = ${JSON.stringify(value)}`, { query: [[param.name, value]], omit: param.name }));
      // A single-valued parameter given twice arrives as an array.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a query parameter's valid value is a string, number or boolean, never an object
      const validText = String(valid ?? 'x');
      const twice = this.request(`query ${param.name} given twice`, {
        query: [
          [param.name, validText],
          [param.name, validText],
        ],
        omit: param.name,
      });
      return [...single, twice];
    });
    return [...variants, this.request('an unknown query parameter', { query: [[UNKNOWN_FIELD, '1']] })];
  }

  private bodyVariants(): MalformedRequest[] {
    const content = this.bodyContent();
    if (!content) return [];
    const schema = content['application/json']?.schema;
    if (!schema) {
      // A file upload (multipart): JSON instead of the form, so no file at all.
      return [this.request('a JSON object instead of a file upload', { body: {} }), this.request('a JSON list instead of a file upload', { body: [] })];
    }
    const fields = Object.keys(this.resolve<Schema>(schema).properties ?? {});
    const deepInto = fields[0] ?? UNKNOWN_FIELD;
    return [
      ...this.malformed('body', schema).map(({ value, flaw }) => this.request(flaw, { body: value })),
      this.request('malformed JSON', { rawBody: '{"' }),
      this.request(`body.${deepInto} nested ${DEEP} arrays deep`, { rawBody: `{"${deepInto}":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}` }),
      this.request(`body nested ${DEEP} objects deep`, { rawBody: `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}` }),
    ];
  }

  // ---- malformed values of a schema (recursive over objects and arrays) ----

  private malformed(at: string, schemaOrRef: Schema | ReferenceObject): Flawed[] {
    const schema = this.resolve<Schema>(schemaOrRef);
    const out: Flawed[] = [];
    const add = (value: unknown, flaw: string) => out.push({ value, flaw: `${at}: ${flaw}` });
    if (!schema.nullable) add(null, 'null');

    if (schema.enum) {
      add('fuzz-not-a-choice', 'not one of the choices');
      add(12345, 'a number for a choice');
      return out;
    }
    switch (schema.type) {
      case 'object':
      case undefined: {
        if (!schema.properties) break;
        const valid = this.validObject(schema);
        add('x', 'a string for an object');
        add(12345, 'a number for an object');
        add([], 'an array for an object');
        add([valid], 'an array holding the object');
        add({ ...valid, [UNKNOWN_FIELD]: 1 }, 'an unknown field');
        for (const field of schema.required ?? []) {
          const { [field]: _missing, ...rest } = valid;
          add(rest, `without ${field}`);
        }
        for (const [field, fieldSchema] of Object.entries(schema.properties)) {
          for (const bad of this.malformed(`${at}.${field}`, fieldSchema)) out.push({ value: { ...valid, [field]: bad.value }, flaw: bad.flaw });
        }
        break;
      }
      case 'array': {
        const item = this.resolve<Schema>(schema.items ?? {});
        const validItem = this.validValue('', item);
        add('x', 'a string for a list');
        add({}, 'an object for a list');
        add([[]], 'a list of empty lists');
        if (schema.minItems) add([], `fewer than ${schema.minItems} items`);
        if (schema.maxItems !== undefined) add(distinctItems(item, validItem, schema.maxItems + 1), `more than ${schema.maxItems} items`);
        if (schema.uniqueItems && validItem !== undefined) add([validItem, validItem], 'the same item twice');
        for (const bad of this.malformed(`${at}[0]`, item)) out.push({ value: [bad.value], flaw: bad.flaw });
        break;
      }
      case 'string':
        add(12345, 'a number for a text');
        add(['x'], 'a list for a text');
        add({}, 'an object for a text');
        if (schema.minLength) add('', 'empty');
        if (schema.maxLength !== undefined) add('x'.repeat(schema.maxLength + 1), `longer than ${schema.maxLength}`);
        if (schema.pattern) {
          const pattern = new RegExp(schema.pattern);
          const breaker = PATTERN_BREAKERS.find((s) => !pattern.test(s));
          if (breaker !== undefined) add(breaker, `not matching ${schema.pattern}`);
        }
        for (const date of this.isDate(at, schema) ? (schema.format === 'date' ? BAD_DATES : BAD_DATE_TIMES) : [])
          add(date, `a bad date ${JSON.stringify(date)}`);
        break;
      case 'number':
      case 'integer':
        add('1', 'a number as a string');
        add([1], 'a list for a number');
        add({}, 'an object for a number');
        // A number documented with a whole minimum is taken for an integer, unless its format says it takes fractions (a coordinate).
        if (schema.type === 'integer' || (!takesFractions(schema) && schema.minimum !== undefined && Number.isInteger(schema.minimum))) {
          add(1.5, 'a fraction for an integer');
        }
        // No number this API takes is beyond 2^53: such a value cannot even be held exactly.
        add(1e20, 'beyond any safe integer');
        for (const value of outOfRange(schema)) add(value, `out of range (${value})`);
        break;
      case 'boolean':
        add('true', 'a boolean as a string');
        add(1, 'a number for a boolean');
        add([], 'a list for a boolean');
        break;
    }
    return out;
  }

  // ---- valid values (the baseline each malformed request departs from) ----

  /** The object with its required fields, each valid. */
  private validObject(schema: Schema): Record<string, unknown> {
    const valid: Record<string, unknown> = {};
    for (const field of schema.required ?? []) valid[field] = this.validValue(field, this.resolve<Schema>(schema.properties![field]));
    return valid;
  }

  private validValue(name: string, schemaOrRef: Schema | ReferenceObject): unknown {
    const known = this.inputs.knownGood[name];
    if (known !== undefined) return typeof known === 'function' ? (known as () => unknown)() : known;
    const schema = this.resolve<Schema>(schemaOrRef);
    if (schema.enum) return schema.enum[0];
    switch (schema.type) {
      case 'string': {
        if (this.isDate(name, schema)) return schema.format === 'date' ? '2026-02-20' : '2026-02-20T01:00:00.000Z';
        if (schema.pattern) {
          const pattern = new RegExp(schema.pattern);
          return PATTERN_CANDIDATES.find((s) => pattern.test(s)) ?? 'x';
        }
        return '模糊测试'.slice(0, Math.max(schema.maxLength ?? 4, schema.minLength ?? 1));
      }
      case 'number':
      case 'integer':
        return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
      case 'boolean':
        return true;
      case 'array': {
        const item = this.validValue('', schema.items ?? {});
        return Array.from({ length: schema.minItems ?? 0 }, () => item);
      }
      default:
        return schema.properties ? this.validObject(schema) : undefined;
    }
  }

  private validBody(): unknown {
    const schema = this.bodyContent()?.['application/json']?.schema;
    return schema ? this.validValue('', schema) : undefined;
  }

  // ---- building requests ----

  private request(
    flaw: string,
    parts: { path?: Record<string, string | number>; query?: [string, string][]; omit?: string; body?: unknown; rawBody?: string },
  ): MalformedRequest {
    const url = this.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const raw = parts.path?.[name];
      // Deliberately malformed encodings go as they are; everything else is encoded.
      if (typeof raw === 'string' && raw.startsWith('%')) return raw;
      return encodeURIComponent(String(raw ?? this.inputs.pathValue(this.path, name)));
    });
    const query = [
      ...this.parametersIn('query')
        .filter((p) => p.required && p.name !== parts.omit)
        .map((p): [string, string] => [p.name, String(this.validValue(p.name, this.schemaOf(p)))]),
      ...(parts.query ?? []),
    ];
    const headers: Record<string, string> = {};
    for (const header of this.parametersIn('header')) {
      const value = this.validValue(header.name, this.schemaOf(header));
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a header's valid value is a string, number or boolean, never an object
      if (value !== undefined) headers[header.name] = String(value);
    }
    const request: MalformedRequest = {
      operation: this.name,
      method: this.method,
      url: query.length ? `${url}?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : url,
      headers,
      flaw,
    };
    if (parts.rawBody !== undefined) request.rawBody = parts.rawBody;
    else if (parts.body !== undefined) request.body = parts.body;
    return request;
  }

  // ---- reading the document ----

  private bodyContent(): Record<string, { schema?: Schema | ReferenceObject }> | undefined {
    return (
      this.operation.requestBody && (this.resolve(this.operation.requestBody) as { content: Record<string, { schema?: Schema | ReferenceObject }> }).content
    );
  }

  private parametersIn(where: 'path' | 'query' | 'header'): ParameterObject[] {
    return this.parameters.filter((p) => p.in === where);
  }

  private schemaOf(param: ParameterObject): Schema {
    return this.resolve<Schema>(param.schema ?? {});
  }

  private resolve<T>(value: T | ReferenceObject): T {
    if (value && typeof value === 'object' && '$ref' in value) {
      const name = value.$ref.replace('#/components/schemas/', '');
      return this.doc.components!.schemas![name] as T;
    }
    return value;
  }

  /** A date by its declared format, or (for documents that do not declare one) by its name. */
  private isDate(name: string, schema: Schema): boolean {
    return schema.format === 'date' || schema.format === 'date-time' || /(^|\.)(date|\w+At)$/.test(name);
  }
}

const takesFractions = (schema: Schema) => schema.format === 'double' || schema.format === 'float';
const isNumeric = (schema: Schema) => schema.type === 'number' || schema.type === 'integer';

function outOfRange(schema: Schema): number[] {
  const values: number[] = [];
  if (schema.minimum !== undefined) values.push(schema.minimum - 1);
  if (schema.maximum !== undefined) values.push(schema.maximum + 1);
  return values;
}

/** `count` items, distinct where they can be (so that only the count is wrong). */
function distinctItems(item: Schema, valid: unknown, count: number): unknown[] {
  if (item.type === 'integer' || item.type === 'number') return Array.from({ length: count }, (_, i) => i + 1);
  if (item.enum && item.enum.length >= count) return item.enum.slice(0, count);
  return Array.from({ length: count }, () => valid);
}
