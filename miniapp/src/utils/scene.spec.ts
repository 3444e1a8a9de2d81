import { meetingCheckInPayload } from '@lingjuli/shared';
import { meetingCheckInScene, parseScene } from '@/utils/scene';

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

describe("a meeting's door code scene", () => {
  const code = 'AbCdEfGhIjKlMnOpQrStUv-_';
  const scene = meetingCheckInScene(meetingCheckInPayload(12, code));

  it('names the meeting and its check-in code, encoded or not', () => {
    expect(scene).toBe(`m=lingjuli-meeting:12:${code}`);
    expect(parseScene(scene).meetingCheckIn).toEqual({ meetingId: 12, code });
    expect(parseScene(encodeURIComponent(scene)).meetingCheckIn).toEqual({ meetingId: 12, code });
    expect(parseScene(scene).buildingCode).toBeNull();
  });

  it.each([
    ['b=C01-B03'],
    ['m='],
    ['m=lingjuli-meeting:12'],
    ['m=lingjuli-meeting:0:AbCdEfGhIjKlMnOpQrStUvWx'],
    ['m=other:12:AbCdEfGhIjKlMnOpQrStUvWx'],
    ['m=lingjuli-meeting:12:short'],
    ['m=lingjuli-meeting:12:AbCdEfGhIjKlMnOpQrStUv<>'],
  ])('%s names no meeting', (raw) => expect(parseScene(raw).meetingCheckIn).toBeNull());
});
