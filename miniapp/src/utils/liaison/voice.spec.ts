import { appendSpoken } from '@/utils/liaison/voice';

describe('adding spoken words to the report', () => {
  it('fills an empty box, and separates a second spoken part with a full stop', () => {
    expect(appendSpoken('', ' 3号楼东侧井盖松动 ')).toBe('3号楼东侧井盖松动');
    expect(appendSpoken('3号楼东侧井盖松动', '有老人差点绊倒')).toBe('3号楼东侧井盖松动。有老人差点绊倒');
    expect(appendSpoken('井盖松动。', '有老人差点绊倒')).toBe('井盖松动。有老人差点绊倒');
    expect(appendSpoken('井盖松动，\n', '在东门')).toBe('井盖松动，在东门');
  });

  it('keeps what is written when nothing was heard, and stays within the limit', () => {
    expect(appendSpoken('井盖松动', '  ')).toBe('井盖松动');
    expect(appendSpoken('很'.repeat(1998), '井盖松动')).toHaveLength(2000);
  });
});
