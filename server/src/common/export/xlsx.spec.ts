import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { DownloadAborted, writeXlsx, type XlsxSheet } from './xlsx';

/** The workbook `sheets` make, read back with exceljs' own reader. */
async function roundTrip(sheets: XlsxSheet[]): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(out, sheets);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1));

describe('the .xlsx writer', () => {
  it('writes each sheet in turn: a bold, frozen header, the widths asked for, numbers as numbers and text neutralised', async () => {
    const workbook = await roundTrip([
      {
        name: '第一页',
        columns: [
          { header: '名称', width: 20 },
          { header: '得分', width: 8, numFmt: '0.0' },
        ],
        write: (rows) => {
          rows.add(['=HYPERLINK("http://x","y")', 86.3]);
          rows.add(['-2+3', -3.5]);
          rows.add(['城市管理办公室', null]);
        },
      },
      {
        name: '第二页',
        columns: [{ header: '内容', width: 40 }],
        write: async (rows) => {
          rows.add(['@SUM(A1:A2)']);
          await rows.drained();
          rows.add(['甲=乙']);
        },
      },
    ]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['第一页', '第二页']);
    const [first, second] = workbook.worksheets;
    expect(values(first)).toEqual([['名称', '得分'], ['\'=HYPERLINK("http://x","y")', 86.3], ["'-2+3", -3.5], ['城市管理办公室']]);
    expect(values(second)).toEqual([['内容'], ["'@SUM(A1:A2)"], ['甲=乙']]);
    for (const sheet of [first, second]) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      sheet.getRow(1).eachCell((cell) => expect(cell.font).toMatchObject({ bold: true }));
      expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    }
    expect([first.getColumn(1).width, first.getColumn(2).width, second.getColumn(1).width]).toEqual([20, 8, 40]);
    expect(first.getCell('B2').numFmt).toBe('0.0');
  });

  it('drops what XML cannot hold, keeps edge spaces and leaves out numbers that are not numbers', async () => {
    const workbook = await roundTrip([
      {
        name: '台账 <1> & "2"',
        columns: [
          { header: '内容', width: 14 },
          { header: '数', width: 6 },
          { header: '备注', width: 6 },
        ],
        write: (rows) => {
          rows.add(['响铃\u0007<b>&amp;\uFFFF', Number.NaN, '  两边有空格 ']);
          rows.add([null, Infinity, '第二行\n换行']);
        },
      },
    ]);
    const [sheet] = workbook.worksheets;
    expect(sheet.name).toBe('台账 <1> & "2"');
    expect(values(sheet)).toEqual([
      ['内容', '数', '备注'],
      ['响铃<b>&amp;', undefined, '  两边有空格 '],
      [undefined, undefined, '第二行\n换行'],
    ]);
  });

  it('gives many columns their letters past Z', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => ({ header: `列${i + 1}`, width: 6 }));
    const workbook = await roundTrip([{ name: '宽', columns, write: (rows) => rows.add(columns.map((_, i) => i + 1)) }]);
    const [sheet] = workbook.worksheets;
    expect([sheet.getCell('Z2').value, sheet.getCell('AA2').value, sheet.getCell('AD2').value]).toEqual([26, 27, 30]);
  });

  it('waits between pages while the download is not being read, so the file does not pile up in memory', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    let pagesWritten = 0;
    const written = writeXlsx(out, [
      {
        name: '台账',
        columns: [{ header: '内容', width: 40 }],
        write: async (rows) => {
          for (let page = 0; page < 40; page++) {
            for (let i = 0; i < 2000; i++) rows.add([`第${page}页第${i}行：社区工作人员上门查看，已通知物业维修楼道灯 ${Math.random()}`]);
            pagesWritten++;
            await rows.drained();
          }
        },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Nobody reads: the writer is held back after a few pages.
    expect(pagesWritten).toBeLessThan(10);
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await written;
    expect(pagesWritten).toBe(40);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount).toBe(80_001);
  });

  it('stops with DownloadAborted once the download is gone', async () => {
    const out = new PassThrough();
    const written = writeXlsx(out, [
      {
        name: '台账',
        columns: [{ header: '内容', width: 40 }],
        write: async (rows) => {
          for (let page = 0; ; page++) {
            for (let i = 0; i < 2000; i++) rows.add([`第${page}页第${i}行 ${Math.random()}`]);
            await rows.drained();
          }
        },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    out.destroy();
    await expect(written).rejects.toBeInstanceOf(DownloadAborted);
  });

  it('keeps a text within what a cell holds', async () => {
    const workbook = await roundTrip([{ name: '长', columns: [{ header: '内容', width: 10 }], write: (rows) => rows.add(['长'.repeat(40_000)]) }]);
    expect(workbook.worksheets[0].getCell('A2').value as string).toHaveLength(32_767);
  });
});
