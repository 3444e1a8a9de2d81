import { checkRequiredText } from '@/utils/street/note';

describe('required text', () => {
  it('asks for it when empty or blank, and names the limit when too long', () => {
    expect(checkRequiredText('', '进展情况')).toBe('请填写进展情况');
    expect(checkRequiredText('   ', '办结说明')).toBe('请填写办结说明');
    expect(checkRequiredText('已到现场', '进展情况')).toBeNull();
    expect(checkRequiredText('字'.repeat(2001), '进展情况')).toBe('进展情况不能超过2000字（现在2001字）');
  });
});
