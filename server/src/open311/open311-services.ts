import { CATEGORIES, CATEGORY_INFO, DEFAULT_TIER_POLICY, TIER_LABELS, TRIAGE_RULES, type Category } from '@lingjuli/shared';

/**
 * The services Open311 offers: the triage categories (docs/domain.md §5.4), each with the attributes
 * its definition lists — where the problem is (a building's code, or the community) and, for some
 * categories, a question whose answer staff need at once. An answer is written into the appeal's words,
 * so staff read it and triage weighs it like anything else the resident says (闻到燃气味 → 紧急).
 */

export type Open311Datatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

export interface AttributeValue {
  key: string;
  name: string;
  /** What the answer adds to the appeal's words; by default `label：name`. */
  words?: string;
}

export interface ServiceAttribute {
  code: string;
  datatype: Open311Datatype;
  /** False for a note shown to the person filing, with nothing to answer. */
  variable: boolean;
  required: boolean;
  description: string;
  datatypeDescription: string | null;
  values?: AttributeValue[];
  /** The answer's name in the appeal's words (`停水范围：整栋楼`). */
  label?: string;
}

/** The attribute of the place: a building's code, as printed on the stairwell poster. */
export const BUILDING_ATTRIBUTE = 'building';
/** The attribute of the place without a building: a community's code, among the key's communities. */
export const COMMUNITY_ATTRIBUTE = 'community';
/** A building's code is at most this long (buildings.code). */
export const BUILDING_CODE_MAX = 24;

const YES_NO = (yes: string, no: string): AttributeValue[] => [
  { key: 'yes', name: '是', words: yes },
  { key: 'no', name: '否', words: no },
];

const OUTAGE_SCOPE: ServiceAttribute = {
  code: 'outage_scope',
  datatype: 'singlevaluelist',
  variable: true,
  required: false,
  label: '影响范围',
  description: '影响范围',
  datatypeDescription: null,
  values: [
    { key: 'household', name: '本户' },
    { key: 'entrance', name: '本单元' },
    { key: 'building', name: '整栋楼' },
    { key: 'estate', name: '多栋楼或整个小区' },
  ],
};

/**
 * What each category asks beyond the place. The words of a "no" must not hold a triage keyword
 * (无人被困 would read as 被困, an emergency): `open311-services.spec.ts` holds each answer's triage.
 */
const CATEGORY_ATTRIBUTES: Partial<Record<Category, ServiceAttribute[]>> = {
  safety: [
    {
      code: 'emergency_call',
      datatype: 'string',
      variable: false,
      required: false,
      description: '有人身危险、火情或燃气泄漏，请立即拨打110、119、120，本接口不能代替紧急电话',
      datatypeDescription: null,
    },
  ],
  water: [OUTAGE_SCOPE],
  power: [OUTAGE_SCOPE],
  heating: [OUTAGE_SCOPE],
  gas: [
    {
      code: 'gas_smell',
      datatype: 'singlevaluelist',
      variable: true,
      required: false,
      description: '现场是否闻到燃气味',
      datatypeDescription: '闻到燃气味按紧急诉求处置，请同时拨打燃气抢修电话',
      values: YES_NO('现场闻到燃气味', '现场无异常气味'),
    },
  ],
  lift: [
    {
      code: 'trapped',
      datatype: 'singlevaluelist',
      variable: true,
      required: false,
      description: '是否有人被困在电梯里',
      datatypeDescription: '有人被困按紧急诉求处置',
      values: YES_NO('有人被困在电梯里', '电梯里没有人'),
    },
  ],
  plumbing: [
    {
      code: 'leak_location',
      datatype: 'singlevaluelist',
      variable: true,
      required: false,
      label: '漏水位置',
      description: '漏水位置',
      datatypeDescription: null,
      values: [
        { key: 'indoor', name: '室内' },
        { key: 'stairwell', name: '楼道' },
        { key: 'outdoor', name: '室外' },
      ],
    },
  ],
  noise: [
    {
      code: 'noise_time',
      datatype: 'singlevaluelist',
      variable: true,
      required: false,
      label: '发生时段',
      description: '噪音通常在什么时段',
      datatypeDescription: null,
      values: [
        { key: 'day', name: '白天' },
        { key: 'night', name: '夜间（22时至次日6时）' },
      ],
    },
  ],
};

export function isCategory(code: string): code is Category {
  return (CATEGORIES as readonly string[]).includes(code);
}

/** A category's questions (not the place's). */
export function categoryAttributes(category: Category): ServiceAttribute[] {
  return CATEGORY_ATTRIBUTES[category] ?? [];
}

/** A community the key covers, as the community attribute lists it. */
export interface KeyCommunity {
  code: string;
  name: string;
}

/**
 * Every attribute of a service for a key: the building, the community (required when the key covers
 * more than one community: a building's code, when given, names it instead), then the category's.
 */
export function serviceAttributes(category: Category, communities: readonly KeyCommunity[]): ServiceAttribute[] {
  return [
    {
      code: BUILDING_ATTRIBUTE,
      datatype: 'string',
      variable: true,
      required: false,
      description: '楼栋编码（楼道二维码海报上印的编码），填写后按楼栋确定社区',
      datatypeDescription: `至多${BUILDING_CODE_MAX}个字符，例如 C01-B03`,
    },
    {
      code: COMMUNITY_ATTRIBUTE,
      datatype: 'singlevaluelist',
      variable: true,
      required: communities.length > 1,
      description: '所在社区（未填写楼栋编码时按此确定）',
      datatypeDescription: null,
      values: communities.map((c) => ({ key: c.code, name: c.name })),
    },
    ...categoryAttributes(category),
  ];
}

/** What a service says about itself in the list. */
export interface ServiceInfo {
  code: Category;
  name: string;
  description: string;
  /** The triage keywords that point to the category. */
  keywords: string[];
  /** The tier it is handled in by default (四级管理), as the services' group. */
  group: string;
}

export function serviceInfo(category: Category): ServiceInfo {
  const { label, defaultTier } = CATEGORY_INFO[category];
  return {
    code: category,
    name: label,
    description: `默认按「${DEFAULT_TIER_POLICY.tiers[defaultTier].promise}」办理，社区受理时可调整级别`,
    keywords: TRIAGE_RULES.filter((rule) => rule.category === category).flatMap((rule) => rule.keywords),
    group: TIER_LABELS[defaultTier],
  };
}

export const SERVICES: readonly ServiceInfo[] = CATEGORIES.map(serviceInfo);
