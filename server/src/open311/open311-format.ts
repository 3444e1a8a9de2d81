import { XMLBuilder } from 'fast-xml-parser';

/** The two formats every GeoReport v2 endpoint answers in, chosen by the path's extension. */
export const OPEN311_FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export const OPEN311_CONTENT_TYPES: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The format a request path asks for (`…/services.xml`); JSON when it names neither. */
export function formatOfPath(path: string): Open311Format {
  return /\.xml$/i.test(path) ? 'xml' : 'json';
}

/**
 * One answer, written the same way in both formats. A list is a JSON array and, in XML, a root element
 * holding one `item` element per entry (`<services><service>…`); a single object is the JSON object and
 * the root element's children (`<service_definition>…`). `wrapped`: the JSON is an object naming the
 * list by the root (mySociety's `{"service_request_updates": […]}`).
 */
export type Open311Document = { root: string; item: string; items: object[]; wrapped?: boolean } | { root: string; object: object };

/** Element names of the entries of a list nested in an object, as the specification writes them. */
const XML_ENTRY: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false });

// Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF): an appeal's
// words may hold one, and the whole document would then be unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A value as XML elements take it: null as an empty element, lists under their entries' element. */
function toXmlValue(value: unknown, key?: string): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const entry = key ? XML_ENTRY[key] : undefined;
    if (!entry) throw new Error(`No XML element for the entries of "${key}"`);
    return { [entry]: value.map((v) => toXmlValue(v)) };
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toXmlValue(v, k)]));
}

/** The document as the body of a response in the format asked for. */
export function renderOpen311(format: Open311Format, doc: Open311Document): string {
  if (format === 'json') {
    if ('object' in doc) return JSON.stringify(doc.object);
    return JSON.stringify(doc.wrapped ? { [doc.root]: doc.items } : doc.items);
  }
  const content = 'object' in doc ? toXmlValue(doc.object) : { [doc.item]: doc.items.map((item) => toXmlValue(item)) };
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [doc.root]: content })}`;
}
