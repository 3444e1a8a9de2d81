import { checkIntake, emptyIntake, intakeChannels, normalisePhone, triagePreview } from '@/utils/staff/intake';

describe('intake on a caller’s behalf', () => {
  it('offers staff the window, the hotline, 12345 and online, and residents nothing here', () => {
    expect(intakeChannels('communityStaff')).toEqual(['window', 'hotline', 'online', 'city12345']);
    expect(intakeChannels('gridSecretary')).toEqual([]);
    expect(emptyIntake(intakeChannels('communitySecretary')).channel).toBe('window');
  });

  it('needs only the channel and the text; name, phone and building are optional', () => {
    const form = { ...emptyIntake(['hotline']), content: '  3号楼2单元漏水  ' };
    expect(checkIntake(form, 4)).toEqual({ ok: true, body: { channel: 'hotline', content: '3号楼2单元漏水', communityId: 4 } });
    const full = { ...form, contactName: ' 张阿姨 ', contactPhone: '138 0013 8000', buildingId: 9, category: 'plumbing' as const, locationText: '2单元' };
    expect(checkIntake(full, 4)).toEqual({
      ok: true,
      body: {
        channel: 'hotline',
        content: '3号楼2单元漏水',
        communityId: 4,
        category: 'plumbing',
        buildingId: 9,
        locationText: '2单元',
        contactName: '张阿姨',
        contactPhone: '13800138000',
      },
    });
  });

  it('says what is wrong before sending', () => {
    expect(checkIntake({ ...emptyIntake([]), contactPhone: '12345' }, 1)).toEqual({
      ok: false,
      errors: { channel: '请选择受理渠道', content: '请填写诉求内容', contactPhone: '电话号码格式不正确（手机11位，或座机如010-68210000）' },
    });
  });

  it('takes a 12345 transfer with its work order: the number required, the city times in Beijing time', () => {
    const transfer = { ...emptyIntake(['city12345']), content: '人行道地砖松动' };
    expect(checkIntake(transfer, 4)).toEqual({ ok: false, errors: { workOrderNo: '请填写12345工单编号' } });
    expect(checkIntake({ ...transfer, workOrderNo: ' BJ12345-0001 ', cityDispatchedAt: '2026-03-02 09:30', cityDueAt: '2026-03-03 09:30' }, 4)).toEqual({
      ok: true,
      body: {
        channel: 'city12345',
        content: '人行道地砖松动',
        communityId: 4,
        workOrderNo: 'BJ12345-0001',
        cityDispatchedAt: '2026-03-02T09:30:00+08:00',
        cityDueAt: '2026-03-03T09:30:00+08:00',
      },
    });
    expect(checkIntake({ ...transfer, workOrderNo: '工单', cityDispatchedAt: '明天', cityDueAt: '' }, 4)).toEqual({
      ok: false,
      errors: { workOrderNo: '工单编号应为4–40位字母、数字或短横线', cityDispatchedAt: '时间格式如 2026-03-02 09:30' },
    });
    expect(checkIntake({ ...transfer, workOrderNo: 'BJ-0002', cityDispatchedAt: '2026-03-02 09:30', cityDueAt: '2026-03-02 08:00' }, 4)).toEqual({
      ok: false,
      errors: { cityDueAt: '市级办理时限应晚于派单时间' },
    });
    // Another channel sends no work order, whatever was typed before switching.
    expect(checkIntake({ ...transfer, channel: 'window', workOrderNo: 'BJ-0003' }, 4)).toEqual({
      ok: true,
      body: { channel: 'window', content: '人行道地砖松动', communityId: 4 },
    });
  });

  it('tidies phone numbers the way staff type them', () => {
    expect(normalisePhone('138-0013-8000')).toBe('13800138000');
    expect(normalisePhone('010-6821 0000')).toBe('010-68210000');
    expect(normalisePhone('')).toBe('');
  });

  it('shows the live triage proposal with its reason and promise', () => {
    expect(triagePreview('', null)).toBeNull();
    expect(triagePreview('楼道里闻到煤气味', null)).toEqual({
      tier: '紧急',
      category: '燃气',
      reason: '关键词「闻到煤气」→ 紧急',
      promise: '紧急：30分钟内处置',
      emergency: true,
    });
    expect(triagePreview('', 'parking')).toMatchObject({ tier: '一般', reason: '类别「停车」默认 → 一般' });
  });
});
