import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyBytes, readWorkbook, sheetRows } from '../testing/xlsx';

/*
 * Department names are typed by people; a spreadsheet opening the ranking would run one that starts
 * like a formula. Every such cell reaches the file neutralised: a leading apostrophe (OWASP).
 */

const FORMULA_LIKE = ['=HYPERLINK("http://example.com","点我")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

describe('the ranking CSV and .xlsx neutralise formula-like department names (real HTTP, real database)', () => {
  let t: TestApp;
  let periodId = 0;

  beforeAll(async () => {
    t = await createTestApp();
    for (const name of FORMULA_LIKE) await t.as('streetAdmin').post('/api/departments').send({ name, kind: 'office' }).expect(201);
    periodId = (await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  const download = async (): Promise<string> => {
    const res = await t
      .as('commandCenter')
      .get(`/api/evaluation/periods/${periodId}/ranking.csv`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      })
      .expect(200);
    return res.body as string;
  };

  it('writes each name with a leading apostrophe, quoted where it must be, and no cell starting with a formula character', async () => {
    const csv = await download();
    const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    for (const name of FORMULA_LIKE) {
      expect(csv).toContain(`,${quoted(`'${name}`)},`);
      expect(csv).not.toContain(`,${quoted(name)},`);
    }
  });

  it.each([
    ['an id that is not one', '0x1', 400, 'VALIDATION_FAILED'],
    ['a period that does not exist', '999999', 404, 'PERIOD_NOT_FOUND'],
  ])('answers %s with the JSON error body, not a CSV', async (_title, id, status, code) => {
    const res = await t.as('commandCenter').get(`/api/evaluation/periods/${id}/ranking.csv`);
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('keeps the ordinary names as they are', async () => {
    expect(await download()).toContain(',城市管理办公室,');
  });

  describe('the .xlsx twin', () => {
    it('has the same columns, a cell per score and every formula-like name neutralised', async () => {
      const { res, bytes } = await bodyBytes(t.as('commandCenter').get(`/api/evaluation/periods/${periodId}/ranking.xlsx`).expect(200));
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="department-ranking-\d+\.xlsx"; filename\*=UTF-8''/);
      expect(decodeURIComponent(res.headers['content-disposition'].split("''")[1])).toMatch(/^科室考评排名-.+\.xlsx$/);
      const [sheet] = (await readWorkbook(bytes)).worksheets;
      const rows = sheetRows(sheet);
      const csvHeader = (await download()).split('\r\n')[0].replace('\uFEFF', '').split(',');
      expect(rows[0]).toEqual(csvHeader);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const names = rows.slice(1).map((r) => String(r[1]));
      // (XML turns a carriage return into a line feed when it is read back.)
      for (const name of FORMULA_LIKE) expect(names).toContain(`'${name.replace('\r', '\n')}`);
      expect(names).toContain('城市管理办公室');
      expect(names.filter((n) => /^[=+\-@\t\r\n]/.test(n))).toEqual([]);
      for (const row of rows.slice(1)) expect(typeof row[0]).toBe('number');
    });

    it('answers an unknown period with the JSON error, not a file', async () => {
      const res = await t.as('commandCenter').get('/api/evaluation/periods/999999/ranking.xlsx').expect(404);
      expect(res.body.code).toBe('PERIOD_NOT_FOUND');
      expect(res.headers['content-disposition']).toBeUndefined();
    });
  });
});
