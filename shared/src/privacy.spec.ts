import { MASK_RULES, maskPersonName, maskPersonalData, namesIn } from './privacy';

/** Text a resident might write → what others may see of it. */
const MASKED: [string, string][] = [
  // mobile numbers, however written
  ['有事打我电话13812345678', '有事打我电话***********'],
  ['电话 138-1234-5678 谢谢', '电话 ***-****-**** 谢谢'],
  ['电话138 1234 5678', '电话*** **** ****'],
  ['+8613912345678', '**************'],
  ['联系15800001111或18611112222', '联系***********或***********'],
  // landlines, with and without the area code
  ['请拨010-68210000找物业', '请拨***-********找物业'],
  ['座机68210000', '座机********'],
  ['(010)68210000', '(***)********'],
  // ID-card numbers, 18 digits (X at the end) and the old 15
  ['身份证号11010519491231002X', '身份证号******************'],
  ['身份证110105491231002', '身份证***************'],
  // below the building: unit, floor, flat
  ['3号楼2单元502漏水', '3号楼*单元***漏水'],
  ['3号楼2单元502号门口有垃圾', '3号楼*单元***号门口有垃圾'],
  ['住在502室', '住在***室'],
  ['1502号房的暖气不热', '****号房的暖气不热'],
  ['我家在5层', '我家在*层'],
  ['我住12楼，电梯坏了', '我住**楼，电梯坏了'],
  ['3-2-502家里停水', '3-*-***家里停水'],
  ['3门301号的邻居', '*门***号的邻居'],
  // names after 我叫 / 我是 / 我姓
  ['我叫张三，住在3号楼', '我叫**，住在3号楼'],
  ['我叫王秀英住在这里', '我叫***住在这里'],
  ['我是李阿姨', '我是***'],
  ['我是刘建国，家里漏水', '我是***，家里漏水'],
  ['我姓王', '我姓*'],
];

describe('maskPersonalData', () => {
  it.each(MASKED)('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it.each([
    // what describes the problem stays
    '3号楼楼道灯坏了',
    '12号楼门口的井盖松动',
    '小区大门口垃圾堆了三天',
    '楼道里堆放杂物，存在消防隐患',
    '我是这栋楼的居民，楼下一直很吵',
    '我是3号楼的住户',
    '2026年11月26日下午开始停水',
    '2026-11-26 停电',
    '万寿路28号院东门',
    '供暖费3000元',
    '',
  ])('leaves "%s" as it is', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });

  it('masks every occurrence, in one pass over all rules', () => {
    expect(maskPersonalData('我叫赵六，电话13800001111，住4单元601，身份证110105194912310021')).toBe(
      '我叫**，电话***********，住*单元***，身份证******************',
    );
  });

  it('finds the names a text gives, and hides them wherever else they appear', () => {
    const hers = '我叫王秀英，住2单元';
    expect(namesIn(hers)).toEqual(['王秀英']);
    expect(namesIn('我是李阿姨，楼上漏水')).toEqual(['李阿姨']);
    expect(maskPersonalData('已联系王秀英，明天上门', namesIn(hers))).toBe('已联系***，明天上门');
    // A one-character "name" would hide too much.
    expect(maskPersonalData('王师傅已到', ['王'])).toBe('王师傅已到');
  });

  it('keeps the length, so a clipped summary never shows half a number', () => {
    const text = '漏水严重，请联系13812345678';
    expect(maskPersonalData(text)).toHaveLength(text.length);
  });

  it.each(MASK_RULES.map((rule) => [rule.name, rule] as const))('the table exercises the rule %s', (_name, rule) => {
    expect(MASKED.some(([text]) => text.match(rule.pattern))).toBe(true);
  });

  it.each(MASK_RULES.map((rule) => [rule.name, rule] as const))('the rule %s is skipped only where it would find nothing', (_name, rule) => {
    // Its quick test passes on every text of the table where its pattern finds something.
    const found = MASKED.map(([text]) => text).filter((text) => text.match(rule.pattern));
    expect(found.filter((text) => !rule.needs.test(text))).toEqual([]);
  });
});

describe('maskPersonName', () => {
  it.each([
    ['张三', '张*'],
    ['李阿姨', '李**'],
    ['欧阳娜娜', '欧***'],
    [' 王 ', '王'],
    ['13812345678', '***********'],
    ['', ''],
  ])('shows %j as %j', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });
});
