/*
 * The small fixed parts of an .xlsx package (ECMA-376 SpreadsheetML) around its sheets: the content
 * types, the relationships, the workbook listing the sheets, and the styles — a bold header and the
 * columns' number formats. xlsx.ts writes the sheets themselves.
 */

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; the two non-characters):
// dropped, or no spreadsheet program would open the file.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MARKUP = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Either of the above: most texts have neither and are returned as they are (an export escapes millions). */
// eslint-disable-next-line no-control-regex -- as NOT_XML
const TO_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  if (!TO_ESCAPE.test(text)) return text;
  return text.replace(NOT_XML, '').replace(MARKUP, (c) => ENTITIES[c]);
}

/** A column's letters from its index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The styles a workbook's cells refer to, by index into `cellXfs`. */
export interface SheetStyles {
  /** The header row's bold text. */
  header: number;
  /** The style of a number in a column with this format. */
  numberFormat(format: string): number;
  xml: string;
}

/** Excel's first number format id free for a workbook's own formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** The styles of these sheets: 0 the default, 1 the bold header, then one per distinct number format. */
export function stylesFor(sheets: readonly { columns: readonly { numFmt?: string }[] }[]): SheetStyles {
  const formats = [...new Set(sheets.flatMap((s) => s.columns.flatMap((c) => (c.numFmt ? [c.numFmt] : []))))];
  const formatXfs = formats.map((_, i) => `<xf numFmtId="${FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  const xml =
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    (formats.length
      ? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(f)}"/>`).join('')}</numFmts>`
      : '') +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${2 + formats.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${formatXfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  return { header: 1, numberFormat: (format) => 2 + formats.indexOf(format), xml };
}

/** The package's parts but the sheets' own XML (`xl/worksheets/sheetN.xml`, N from 1), as [path, XML]. */
export function packageParts(sheets: readonly { name: string }[], styles: SheetStyles): [string, string][] {
  const sheetNumbers = sheets.map((_, i) => i + 1);
  return [
    [
      '[Content_Types].xml',
      XML_DECLARATION +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheetNumbers
          .map(
            (n) =>
              `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      XML_DECLARATION +
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      XML_DECLARATION +
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      XML_DECLARATION +
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
        sheetNumbers.map((n) => `<Relationship Id="rId${n}" Type="${RELATIONSHIPS_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS_NS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    ['xl/styles.xml', styles.xml],
  ];
}
