import { parseScene } from '@/utils/scene';

describe('stairwell code scene', () => {
  it.each([
    ['b=C01-B03', 'C01-B03'],
    ['b%3DC01-B03', 'C01-B03'],
    ['x=1&b=C27-B06', 'C27-B06'],
  ])('%s names building %s', (raw, code) => expect(parseScene(raw).buildingCode).toBe(code));

  it.each([[undefined], [''], ['b='], ['b=<script>'], ['c=C01'], ['%E0%A4%A']])('%s names no building', (raw) =>
    expect(parseScene(raw).buildingCode).toBeNull(),
  );
});
