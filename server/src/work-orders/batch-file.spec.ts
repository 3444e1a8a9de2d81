import archiver from 'archiver';
import ExcelJS from 'exceljs';
import { AppError } from '../common/errors/app-error';
import { excelCell, readBatchFile, readCsv, zipUnpackedSize } from './batch-file';

/** The error `promise` fails with, as the API sends it. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; field?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message, field: error.details?.[0]?.field };
    throw error;
  }
  throw new Error('accepted');
}

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('reading an uploaded 12345 batch', () => {
  it('reads every sheet of an .xlsx, cells as values, rows by their number', async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet('工单');
      sheet.getCell('A1').value = '工单编号';
      sheet.getCell('B1').value = '派单时间';
      sheet.getCell('A3').value = { richText: [{ text: 'BJ-' }, { text: '0001' }] };
      sheet.getCell('B3').value = new Date(Date.UTC(2026, 2, 2, 9, 30));
      sheet.getCell('C3').value = { formula: 'A3', result: 'BJ-0001' };
      book.addWorksheet('空表');
    });
    const sheets = await readBatchFile({ originalname: 'batch.XLSX', buffer });
    expect(sheets.map((s) => s.name)).toEqual(['工单', '空表']);
    expect(sheets[0].rows).toEqual([['工单编号', '派单时间'], [], ['BJ-0001', new Date(Date.UTC(2026, 2, 2, 9, 30)), 'BJ-0001']]);
    expect(sheets[1]).toEqual({ name: '空表', rows: [], truncated: false });
  });

  it('reads a CSV in UTF-8 (with or without its mark) or in GB18030, comma- or tab-separated, whatever its name', () => {
    const utf8 = Buffer.from('\uFEFF工单编号,诉求内容\r\nBJ-0001,"路灯不亮，""急"""\r\n', 'utf8');
    expect(readCsv(utf8)).toEqual([
      ['工单编号', '诉求内容'],
      ['BJ-0001', '路灯不亮，"急"'],
    ]);
    // 工单编号,内容 in GB18030 (GBK), as Excel in China saves a CSV.
    const gbk = Buffer.from([0xb9, 0xa4, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc4, 0xda, 0xc8, 0xdd]);
    expect(readCsv(gbk)).toEqual([['工单编号', '内容']]);
    expect(readCsv(Buffer.from('工单编号\t诉求内容\nBJ-0001\t楼道灯坏了，很久没修'))).toEqual([
      ['工单编号', '诉求内容'],
      ['BJ-0001', '楼道灯坏了，很久没修'],
    ]);
    expect(readCsv(Buffer.from('a,b\n1\n\n2,3,4'))).toEqual([['a', 'b'], ['1'], [null], ['2', '3', '4']]);
  });

  it('refuses what it cannot read, naming the file field, and never fails otherwise', async () => {
    const csv = (text: string | Buffer, name = 'batch.csv') => readBatchFile({ originalname: name, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
    expect(await refusal(csv(''))).toEqual({ code: 'VALIDATION_FAILED', message: '上传的文件是空的', field: 'file' });
    expect(await refusal(csv('a,"b\n1,2'))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file', message: expect.stringMatching(/^CSV 文件格式有误/) });
    expect(await refusal(csv(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'batch.xls'))).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后上传',
    });
    expect(await refusal(csv('工单编号\n', 'batch.xlsx'))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', field: 'file' });
    expect(await refusal(csv('%PDF-1.4', 'batch.pdf'))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', message: '只能上传 .xlsx 或 .csv 文件' });
    expect(await refusal(csv('a\u0000b', 'batch.csv'))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    // A zip that is not a workbook, and one cut short.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    expect(await refusal(csv(zip, 'batch.xlsx'))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', field: 'file' });
    const real = await workbook((book) => (book.addWorksheet('工单').getCell('A1').value = '工单编号'));
    expect(await refusal(csv(real.subarray(0, real.length - 30), 'batch.xlsx'))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('refuses an .xlsx that unpacks to far more than a batch before unpacking it', async () => {
    // 70 MB of one byte packs to a few dozen KB: a zip bomb in a workbook's clothes.
    const zip = archiver('zip', { zlib: { level: 9 } });
    const chunks: Buffer[] = [];
    zip.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => zip.on('end', resolve));
    zip.append(Buffer.alloc(70 * 1024 * 1024, 0x20), { name: 'xl/worksheets/sheet1.xml' });
    await zip.finalize();
    await done;
    const buffer = Buffer.concat(chunks);
    expect(buffer.length).toBeLessThan(1024 * 1024);
    expect(zipUnpackedSize(buffer)).toBe(70 * 1024 * 1024);
    expect(await refusal(readBatchFile({ originalname: 'batch.xlsx', buffer }))).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/表格内容过大/),
    });
  });

  it('reads the unpacked size from the zip’s directory, or nothing from what is not a zip', async () => {
    const buffer = await workbook((book) => (book.addWorksheet('工单').getCell('A1').value = '工单编号'));
    expect(zipUnpackedSize(buffer)).toBeGreaterThan(buffer.length);
    expect(zipUnpackedSize(Buffer.from('not a zip'))).toBeNull();
    expect(zipUnpackedSize(Buffer.alloc(0))).toBeNull();
  });

  it('takes a cell’s plain value: a formula’s result, a link’s text, an error as its text', () => {
    expect(excelCell({ formula: 'A1', result: 42 })).toBe(42);
    expect(excelCell({ formula: 'A1' })).toBeNull();
    expect(excelCell({ text: 'BJ-0001', hyperlink: 'http://x' })).toBe('BJ-0001');
    expect(excelCell({ error: '#N/A' })).toBe('#N/A');
    expect(excelCell(new Date(Number.NaN))).toBeNull();
    expect(excelCell(undefined)).toBeNull();
    expect(excelCell(true)).toBe(true);
  });
});
