/**
 * The personal-data mask: what is left of a resident's words when they are shown to anyone who is
 * not handling her appeal (another resident's "me too" list, exports, messages that leave the
 * product). It hides what identifies a person or a home and keeps what describes the problem:
 * phone numbers, ID-card numbers, the unit, floor and flat below the building (the building itself
 * stays: it is where the problem is), and the name after 我叫 / 我是 / 我姓.
 *
 * Each hidden character becomes `*`, so the sentence keeps its shape and the reader sees that
 * something was removed. The rules run in order: longer numbers first, so an ID number is not
 * half-taken for a phone number.
 */

/** Common surnames (the first ~120 of 百家姓 by frequency): `我是` + one of these starts a name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

/** A Han character that can be part of a name: not one of the words that follow a name (我叫张三住在…). */
const NAME_CHAR = '(?:(?![住家在的是])[\\u4e00-\\u9fa5])';

interface MaskRule {
  /** What the rule hides, for the tests and for whoever adds the next one. */
  name: string;
  pattern: RegExp;
  /** The rule finds a person's name (which may then appear elsewhere, without 我叫 before it). */
  findsName?: boolean;
  /**
   * What the text must hold for the pattern to find anything (a digit, 我叫): a cheap test that spares
   * most texts the pattern's lookbehinds, which cost far more (an export masks hundreds of thousands).
   */
  needs: RegExp;
}

const DIGIT = /\d/;

const NOT_DIGIT_BEFORE = '(?<![0-9A-Za-z])';
const NOT_DIGIT_AFTER = '(?![0-9A-Za-z])';

export const MASK_RULES: readonly MaskRule[] = [
  // 18-digit ID numbers (the last may be X), and the old 15-digit ones.
  { name: 'idCard', pattern: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{17}[\\dXx]|\\d{15})${NOT_DIGIT_AFTER}`, 'g'), needs: DIGIT },
  // Mobile numbers, also written 138-1234-5678, 138 1234 5678 or with +86.
  { name: 'mobile', pattern: new RegExp(`${NOT_DIGIT_BEFORE}(?:\\+?86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}${NOT_DIGIT_AFTER}`, 'g'), needs: DIGIT },
  // Landlines: 7–8 digits, with or without an area code (010-68210000, (010)68210000).
  { name: 'landline', pattern: new RegExp(`${NOT_DIGIT_BEFORE}(?:\\(?0\\d{2,3}\\)?[-\\s]?)?[2-9]\\d{6,7}${NOT_DIGIT_AFTER}`, 'g'), needs: DIGIT },
  // Below the building: building-unit-flat written with dashes (3-2-502): the unit and the flat.
  { name: 'unitFlatDashed', pattern: /(?<=\d+\s*[-－]\s*)\d+\s*[-－]\s*\d{3,4}(?!\d)/g, needs: DIGIT },
  // The unit or entrance (2单元, 3门), the floor (5层, 5楼 — but 3号楼 is the building), and the flat (502室, 502号房, 502户).
  { name: 'unit', pattern: /\d+(?=\s*(?:单元|门(?!口|前|外|卫)))/g, needs: DIGIT },
  { name: 'floor', pattern: /\d+(?=\s*(?:层|楼(?![道梯号])))/g, needs: DIGIT },
  { name: 'flat', pattern: /\d{2,4}(?=\s*(?:室|号房|户))/g, needs: DIGIT },
  // A flat number straight after the unit: 2单元502, 3门301号.
  { name: 'flatAfterUnit', pattern: /(?<=(?:单元|门)\s*)\d{2,4}(?=\s*号?(?![楼院]))/g, needs: DIGIT },
  // Her name: 我叫 is always followed by one; 我是 only when a surname follows (我是这栋楼的… is not a name).
  { name: 'nameAfterWoJiao', pattern: new RegExp(`(?<=我叫)${NAME_CHAR}{1,3}`, 'g'), findsName: true, needs: /我叫/ },
  { name: 'nameAfterWoShi', pattern: new RegExp(`(?<=我是)[${SURNAMES}]${NAME_CHAR}{1,2}`, 'g'), findsName: true, needs: /我是/ },
  { name: 'surnameAfterWoXing', pattern: /(?<=我姓)[\u4e00-\u9fa5]/g, needs: /我姓/ },
];

const hide = (text: string) => text.replace(/[^\s\-－()（）]/g, '*');

/**
 * The text with personal data replaced by `*`, character for character. `names` are hidden wherever
 * they appear (a resident's name as she gave it, which staff may repeat without 我叫 before it).
 */
export function maskPersonalData(text: string, names: readonly string[] = []): string {
  const masked = MASK_RULES.reduce((result, rule) => (rule.needs.test(result) ? result.replace(rule.pattern, hide) : result), text);
  return names.filter((n) => n.length >= 2 && masked.includes(n)).reduce((result, name) => result.split(name).join(hide(name)), masked);
}

/**
 * A resident's name as an export shows it: the first character (mostly the surname) kept, the rest hidden
 * (李阿姨 → 李**, 欧阳娜娜 → 欧***); whatever the mask finds in it (a number typed as a name) goes first.
 */
export function maskPersonName(name: string): string {
  const [first = '', ...rest] = maskPersonalData(name.trim());
  return first + hide(rest.join(''));
}

/** The names a text gives for its writer (我叫张三 → 张三), to hide them elsewhere too. */
export function namesIn(text: string): string[] {
  return MASK_RULES.filter((rule) => rule.findsName && rule.needs.test(text)).flatMap((rule) => text.match(rule.pattern) ?? []);
}
