import type { VolunteerApplicationInfo } from '@lingjuli/shared';
import {
  ageLine,
  applicationBody,
  applicationSummary,
  draftFromApplication,
  emptyApplicationDraft,
  listFieldError,
  toggleOffer,
  toggleTime,
  type ApplicationDraft,
} from '@/utils/volunteers/application-form';

const YEAR = 2026;

const filled = (patch: Partial<ApplicationDraft> = {}): ApplicationDraft => ({
  ...emptyApplicationDraft('liaison', 3),
  name: ' 王秀英 ',
  phone: '139 1111 2222',
  birthYear: '1958',
  offers: ['patrol', 'mediation'],
  times: ['weekend'],
  ...patch,
});

const errorsOf = (draft: ApplicationDraft) => {
  const r = applicationBody(draft, YEAR);
  return r.ok ? {} : r.errors;
};

describe('the volunteer application form', () => {
  it('sends a liaison’s application trimmed, the phone’s spaces left out, no party fields', () => {
    const r = applicationBody(filled({ workUnit: '某单位', timesNote: ' 周六上午 ' }), YEAR);
    expect(r).toEqual({
      ok: true,
      body: {
        kind: 'liaison',
        communityId: 3,
        name: '王秀英',
        phone: '13911112222',
        birthYear: 1958,
        offers: ['patrol', 'mediation'],
        times: ['weekend'],
        timesNote: '周六上午',
      },
    });
  });

  it('sends a party member’s unit and organisation, and requires them', () => {
    const party = filled({ kind: 'partyMember', workUnit: ' 区市场监管局 ', partyOrganisation: '机关党支部' });
    const r = applicationBody(party, YEAR);
    expect(r.ok && r.body).toMatchObject({ kind: 'partyMember', workUnit: '区市场监管局', partyOrganisation: '机关党支部' });
    expect(errorsOf(filled({ kind: 'partyMember' }))).toEqual({ workUnit: '请填写工作单位', partyOrganisation: '请填写所在党组织' });
  });

  it('says what is missing or wrong, field by field, under the server’s names', () => {
    expect(errorsOf({ ...emptyApplicationDraft('liaison', null) })).toEqual({
      communityId: '请选择您所在的社区',
      name: '请填写姓名',
      phone: '请填写手机号',
      birthYear: '请填写出生年份，如 1958',
      offers: '请至少选择一项可提供的服务',
      times: '请至少选择一个空闲时间',
    });
    expect(errorsOf(filled({ phone: '12345' }))).toEqual({ phone: '请填写11位手机号，以1开头' });
    expect(errorsOf(filled({ birthYear: '58' }))).toEqual({ birthYear: '出生年份请填4位数字，如 1958' });
    expect(errorsOf(filled({ name: '王'.repeat(51) }))).toEqual({ name: '姓名不能超过50个字' });
    expect(errorsOf(filled({ timesNote: '周'.repeat(101) }))).toEqual({ timesNote: '时间说明不能超过100个字' });
  });

  it('takes birth years from 1900 to this year − 14, in the server’s words', () => {
    expect(errorsOf(filled({ birthYear: '2012' }))).toEqual({});
    expect(errorsOf(filled({ birthYear: '2013' }))).toEqual({ birthYear: '出生年份须在1900年至2012年之间' });
    expect(errorsOf(filled({ birthYear: '1899' }))).toEqual({ birthYear: '出生年份须在1900年至2012年之间' });
    expect(ageLine('1958', YEAR)).toBe('今年68岁');
    expect(ageLine('195', YEAR)).toBeUndefined();
    expect(ageLine('2020', YEAR)).toBeUndefined();
  });

  it('ticks and unticks choices, keeping the list’s order', () => {
    expect(toggleOffer(['mediation'], 'patrol')).toEqual(['patrol', 'mediation']);
    expect(toggleOffer(['patrol', 'mediation'], 'patrol')).toEqual(['mediation']);
    expect(toggleTime([], 'holidays')).toEqual(['holidays']);
  });

  it('fills a new application from her last one, all but the phone', () => {
    const last = {
      communityId: 5,
      name: '赵建国',
      birthYear: 1960,
      offers: ['health'],
      times: ['weekend'],
      timesNote: null,
      workUnit: '区卫健委',
      partyOrganisation: '机关支部',
      phone: '137****4444',
    } as unknown as VolunteerApplicationInfo;
    expect(draftFromApplication('partyMember', null, last)).toEqual({
      kind: 'partyMember',
      communityId: 5,
      name: '赵建国',
      phone: '',
      birthYear: '1960',
      offers: ['health'],
      times: ['weekend'],
      timesNote: '',
      workUnit: '区卫健委',
      partyOrganisation: '机关支部',
    });
    expect(draftFromApplication('liaison', 2, null)).toEqual(emptyApplicationDraft('liaison', 2));
  });

  it('finds the server’s message on one of a list', () => {
    const messages: Record<string, string> = { 'offers.1': '可提供的服务不在列表中' };
    expect(listFieldError((f) => messages[f], 'offers', 2)).toBe('可提供的服务不在列表中');
    expect(listFieldError((f) => messages[f], 'times', 0)).toBeUndefined();
  });

  it('lists what she is about to send for the confirm step', () => {
    const r = applicationBody(filled({ kind: 'partyMember', workUnit: '区市场监管局', partyOrganisation: '机关党支部', timesNote: '周六上午' }), YEAR);
    if (!r.ok) throw new Error('the form should pass');
    const lines = applicationSummary(r.body, '测试甲社区', YEAR);
    expect(lines.map((l) => l.label)).toEqual(['申请成为', '社区', '姓名', '手机号', '出生年份', '可提供的服务', '空闲时间', '工作单位', '所在党组织']);
    expect(lines.find((l) => l.label === '出生年份')?.value).toBe('1958年（今年68岁）');
    expect(lines.find((l) => l.label === '可提供的服务')?.value).toBe('巡查走访、矛盾调解');
    expect(lines.find((l) => l.label === '空闲时间')?.value).toBe('周末；周六上午');
  });
});
