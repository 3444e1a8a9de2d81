import { meetingsLine, pollsLine } from '@/utils/measures/participation';

describe('participation on the measures page', () => {
  it('writes the meetings and the polls in a line each, and says so when there were none', () => {
    expect(meetingsLine({ held: 3, attendances: 86, attendees: 61 })).toBe('3 场 · 到会 86 人次（61 人）');
    expect(meetingsLine({ held: 0, attendances: 0, attendees: 0 })).toContain('没有');
    expect(pollsLine({ closed: 2, participants: 48, eligible: 62, turnout: 48 / 62 })).toMatch(/^2 次 · 参与 48 \/ 62（77\.4%）$/);
    expect(pollsLine({ closed: 0, participants: 0, eligible: 0, turnout: null })).toContain('没有');
  });
});
