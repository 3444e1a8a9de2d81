import { ID_MAX, parseId } from './ids';

describe('ids: plain decimal, from 1 to ID_MAX', () => {
  it.each([
    ['1', 1],
    ['31', 31],
    [String(ID_MAX), ID_MAX],
  ])('reads %j as %d', (text, id) => {
    expect(parseId(text)).toBe(id);
  });

  it.each(['0x1f', '0b11', '0o7', '+1', '-1', '0', ' 1', '1 ', '1.0', '1e3', '01', '1_000', '١', '', String(ID_MAX + 1), '99999999999999999999', 'abc'])(
    'refuses %j',
    (text) => {
      expect(parseId(text)).toBeNull();
    },
  );

  it('refuses anything that is not text (a path or query value always is)', () => {
    expect(parseId(31)).toBeNull();
    expect(parseId(['31'])).toBeNull();
  });
});
