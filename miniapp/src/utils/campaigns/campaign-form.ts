import { CAMPAIGN_LIMITS, isCampaignPeriod, type CreateCampaignRequest } from '@lingjuli/shared';
import { dateInputToIso, toDateInput } from '@/utils/dates';
import { checked, collect, requiredTitle, type Checked, type FieldErrors } from '@/utils/powers/check';

/**
 * A campaign as the street writes it: the title, what it is about, what one site is (私装地锁), the
 * communities (all of the street or those chosen), the units taking part and the people each sends,
 * and its days. The checks use the server's field names (`units.<i>.people`…) so its 400 lands on
 * the same place.
 */
export interface UnitDraft {
  departmentId: number;
  /** How many people it sends, as typed. */
  people: string;
}

export interface CampaignDraft {
  title: string;
  description: string;
  siteKind: string;
  allCommunities: boolean;
  communityIds: number[];
  /** In the order they were chosen. */
  units: UnitDraft[];
  /** `YYYY-MM-DD`, Beijing days, both included. */
  startDate: string;
  endDate: string;
}

const DAY = 24 * 3600_000;

/** A new campaign: the whole street, starting today for a month. */
export function emptyCampaignDraft(now: Date): CampaignDraft {
  return {
    title: '',
    description: '',
    siteKind: '',
    allCommunities: true,
    communityIds: [],
    units: [],
    startDate: toDateInput(now),
    endDate: toDateInput(new Date(now.getTime() + 30 * DAY)),
  };
}

/** A unit taps in (with no people yet) or out. */
export function toggleUnit(d: CampaignDraft, departmentId: number): CampaignDraft {
  const on = d.units.some((u) => u.departmentId === departmentId);
  if (!on && d.units.length >= CAMPAIGN_LIMITS.units) return d;
  return { ...d, units: on ? d.units.filter((u) => u.departmentId !== departmentId) : [...d.units, { departmentId, people: '' }] };
}

export function setUnitPeople(d: CampaignDraft, departmentId: number, people: string): CampaignDraft {
  return { ...d, units: d.units.map((u) => (u.departmentId === departmentId ? { ...u, people } : u)) };
}

/** A whole number in [min, max] as typed (half-width digits, spaces around), else null. */
export function wholeNumber(value: string, min: number, max: number): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** All units' people together, counting only what is a number yet. */
export function draftPeople(d: Pick<CampaignDraft, 'units'>): number {
  return d.units.reduce((sum, u) => sum + (wholeNumber(u.people, CAMPAIGN_LIMITS.people.min, CAMPAIGN_LIMITS.people.max) ?? 0), 0);
}

/** `2026-3-9` → `2026-03-09`, the form the server takes; null when it is not a real day. */
export function calendarDay(value: string): string | null {
  const iso = dateInputToIso(value);
  return iso ? toDateInput(new Date(iso)) : null;
}

function dayErrors(d: CampaignDraft): FieldErrors {
  const start = calendarDay(d.startDate);
  const end = calendarDay(d.endDate);
  return collect({
    startDate: start ? undefined : '请填写开始日期，如 2026-03-10',
    endDate: !end ? '请填写结束日期，如 2026-04-30' : start && !isCampaignPeriod(start, end) ? '结束日期不能早于开始日期' : undefined,
  });
}

/** The request to send, or what is wrong field by field; `unitName` names a unit in its message. */
export function campaignBody(d: CampaignDraft, unitName: (departmentId: number) => string = () => '该单位'): Checked<CreateCampaignRequest> {
  const { people } = CAMPAIGN_LIMITS;
  const unitErrors = d.units.reduce<FieldErrors>((all, u, i) => {
    if (wholeNumber(u.people, people.min, people.max) !== null) return all;
    return { ...all, [`units.${i}.people`]: `请填写${unitName(u.departmentId)}派出的人数（${people.min}到${people.max}之间的整数）` };
  }, {});
  const errors: FieldErrors = {
    ...collect({
      title: requiredTitle(d.title, '标题', CAMPAIGN_LIMITS.title),
      description: requiredTitle(d.description, '整治内容', CAMPAIGN_LIMITS.description),
      siteKind: requiredTitle(d.siteKind, '整治对象', CAMPAIGN_LIMITS.siteKind),
      communityIds:
        !d.allCommunities && !d.communityIds.length
          ? '请选择参与的社区，或选择“全街道”'
          : d.communityIds.length > CAMPAIGN_LIMITS.communities
            ? `最多${CAMPAIGN_LIMITS.communities}个社区`
            : undefined,
      units: d.units.length > CAMPAIGN_LIMITS.units ? `参与单位最多${CAMPAIGN_LIMITS.units}个` : undefined,
    }),
    ...unitErrors,
    ...dayErrors(d),
  };
  return checked(errors, () => ({
    title: d.title.trim(),
    description: d.description.trim(),
    siteKind: d.siteKind.trim(),
    allCommunities: d.allCommunities,
    ...(d.allCommunities ? {} : { communityIds: [...new Set(d.communityIds)] }),
    units: d.units.map((u) => ({ departmentId: u.departmentId, people: Number(u.people.trim()) })),
    startDate: calendarDay(d.startDate) as string,
    endDate: calendarDay(d.endDate) as string,
  }));
}

/** Every field of the form a server message may name: the campaign's, each chosen community's, each unit's. */
export function campaignFormFields(d: Pick<CampaignDraft, 'communityIds' | 'units'>): string[] {
  return [
    'title',
    'description',
    'siteKind',
    'allCommunities',
    'communityIds',
    ...d.communityIds.map((_, i) => `communityIds.${i}`),
    'units',
    ...d.units.flatMap((_, i) => [`units.${i}`, `units.${i}.departmentId`, `units.${i}.people`]),
    'startDate',
    'endDate',
  ];
}

/** The first message on a list field or any of its items (`communityIds`, `communityIds.1`). */
export function firstListError(fieldError: (field: string) => string | undefined, field: string, count: number): string | undefined {
  return fieldError(field) ?? Array.from({ length: count }, (_, i) => fieldError(`${field}.${i}`)).find(Boolean);
}
