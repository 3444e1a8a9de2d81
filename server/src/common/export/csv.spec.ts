import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvCell, toCsv } from './csv';
import { attachmentDisposition } from './download';

describe('CSV cells', () => {
  it.each<[string, string | number | null, string]>([
    // a spreadsheet would run these: neutralised with a leading apostrophe (OWASP)
    ['an equals sign', '=1+1', "'=1+1"],
    ['a plus sign', '+1+1', "'+1+1"],
    ['a minus sign', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return (then quoted for it)', '\r=1', `"'\r=1"`],
    ['a formula with quotes and a comma', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    // ordinary text
    ['Chinese', '城市管理办公室', '城市管理办公室'],
    ['a comma', '物业,公司', '"物业,公司"'],
    ['quotes', '物业"服务"', '"物业""服务"""'],
    ['a line break', '第一行\n第二行', '"第一行\n第二行"'],
    ['a formula character later on', '甲=乙', '甲=乙'],
    ['a full-width equals sign', '＝1+1', '＝1+1'],
    ['empty text', '', ''],
    // what the server computed
    ['a negative number', -3.5, '-3.5'],
    ['a number', 86.3, '86.3'],
    ['nothing', null, ''],
  ])('writes %s as it must', (_title, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('CSV files', () => {
  it('start with a byte-order mark and end every row with CRLF', () => {
    expect(
      toCsv([
        ['排名', '科室'],
        [1, '=x'],
      ]),
    ).toBe("\uFEFF排名,科室\r\n1,'=x\r\n");
  });

  it('are named in Chinese with an ASCII fallback, escaping what RFC 5987 requires', () => {
    expect(attachmentDisposition('ranking-7.csv', '排名(试行).csv')).toBe(
      `attachment; filename="ranking-7.csv"; filename*=UTF-8''${encodeURIComponent('排名')}%28${encodeURIComponent('试行')}%29.csv`,
    );
  });
});

describe('every CSV the server writes goes through csv.ts', () => {
  const SRC = join(__dirname, '..', '..');
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') && !/\.(spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
    });
  const others = sourceFiles(SRC).filter((file) => file !== join(__dirname, 'csv.ts'));

  it('builds no CSV line anywhere else (no cells joined by commas, no CSV quoting, no CRLF rows)', () => {
    const building = /join\(\s*['"`],['"`]\s*\)|replace\(\/"\/g|['"`]\\r\\n['"`]/;
    const found = others
      .filter((file) => /csv/i.test(readFileSync(file, 'utf8')) && building.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(found).toEqual([]);
  });

  it('serves text/csv only from a module that imports the writer', () => {
    const serving = others.filter((file) => /text\/csv/.test(readFileSync(file, 'utf8')));
    const usesWriter = (file: string): boolean => {
      const source = readFileSync(file, 'utf8');
      if (/from '[./]*common\/export\/csv'|from '\.\/csv'/.test(source)) return true;
      // or through a module of its own folder that does (e.g. evaluation/ranking-csv.ts)
      return [...source.matchAll(/from '\.\/([\w.-]+)'/g)].some(([, name]) => {
        const local = join(file, '..', `${name}.ts`);
        return others.includes(local) && /common\/export\/csv'/.test(readFileSync(local, 'utf8'));
      });
    };
    expect(serving.length).toBeGreaterThan(0);
    expect(serving.filter((file) => !usesWriter(file)).map((file) => relative(SRC, file))).toEqual([]);
  });
});
