import { emptyAgeBands } from '@lingjuli/shared';
import { ageBandBars, meetingsLine, olderShare, pollsLine } from '@/utils/measures/participation';

describe('participation on the measures page', () => {
  it('draws the age bands youngest first, as shares of everyone counted; unknown ages only when there are some', () => {
    const counts = { ...emptyAgeBands(), under35: 1, from60to69: 2, from70: 1 };
    const bars = ageBandBars(counts);
    expect(bars.map((b) => b.band)).toEqual(['under35', 'from35to49', 'from50to59', 'from60to69', 'from70']);
    expect(bars[0]).toMatchObject({ count: 1, width: '25.0%' });
    expect(bars[3].width).toBe('50.0%');
    expect(ageBandBars({ ...counts, unknown: 4 }).map((b) => b.band)).toContain('unknown');
    expect(ageBandBars(emptyAgeBands()).every((b) => b.width === '0.0%')).toBe(true);
  });

  it('says how many of the volunteers whose age is known are 60 or older', () => {
    expect(olderShare({ ...emptyAgeBands(), under35: 1, from60to69: 2, from70: 1, unknown: 5 })).toBe(0.75);
    expect(olderShare(emptyAgeBands())).toBeNull();
  });

  it('writes the meetings and the polls in a line each, and says so when there were none', () => {
    expect(meetingsLine({ held: 3, attendances: 86, attendees: 61 })).toBe('3 场 · 到会 86 人次（61 人）');
    expect(meetingsLine({ held: 0, attendances: 0, attendees: 0 })).toContain('没有');
    expect(pollsLine({ closed: 2, participants: 48, eligible: 62, turnout: 48 / 62 })).toMatch(/^2 次 · 参与 48 \/ 62（77\.4%）$/);
    expect(pollsLine({ closed: 0, participants: 0, eligible: 0, turnout: null })).toContain('没有');
  });
});
