import { photoVisible } from './content-security';

describe('photoVisible', () => {
  const resident = { owner: false, staff: false };
  const staff = { owner: false, staff: true };
  const uploader = { owner: true, staff: false };

  it('shows a photo that passed, or needed no check, to everyone', () => {
    for (const viewer of [resident, staff, uploader]) {
      expect(photoVisible('pass', viewer)).toBe(true);
      expect(photoVisible(null, viewer)).toBe(true);
    }
  });

  it('shows one still being checked, or found risky, only to its uploader', () => {
    for (const check of ['pending', 'risky'] as const) {
      expect(photoVisible(check, uploader)).toBe(true);
      expect(photoVisible(check, staff)).toBe(false);
      expect(photoVisible(check, resident)).toBe(false);
    }
  });

  it('shows one WeChat wants reviewed to staff, who review it, and not to other residents', () => {
    expect(photoVisible('review', staff)).toBe(true);
    expect(photoVisible('review', resident)).toBe(false);
  });
});
