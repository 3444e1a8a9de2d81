import ExcelJS from 'exceljs';
import type request from 'supertest';

/** The response's body as bytes, whatever its type (supertest parses only text and JSON by itself). */
export async function bodyBytes(req: request.Test): Promise<{ res: request.Response; bytes: Buffer }> {
  const res = await req.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { res, bytes: res.body as Buffer };
}

/** A downloaded .xlsx, read with exceljs' reader. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as plain values, the header first (empty cells as null). */
export function sheetRows(sheet: ExcelJS.Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = row.getCell(c).value;
      cells.push(value === null || value === undefined ? null : (value as string | number));
    }
    rows.push(cells);
  });
  return rows;
}
