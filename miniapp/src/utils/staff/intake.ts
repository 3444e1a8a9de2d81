import {
  CATEGORY_INFO,
  DEFAULT_TIER_POLICY,
  FILING_CHANNELS,
  TIER_LABELS,
  WORK_ORDER_NO_PATTERN,
  beijingDateTime,
  proposeTriage,
  type Category,
  type Channel,
  type CreateAppealRequest,
  type Role,
} from '@lingjuli/shared';
import type { Checked, FieldErrors } from '@/utils/staff/forms';
import { MAX_TEXT } from '@/utils/staff/limits';

/** What the staff member has typed for a walk-in or phone caller. */
export interface IntakeForm {
  channel: Channel | null;
  contactName: string;
  contactPhone: string;
  buildingId: number | null;
  locationText: string;
  category: Category | null;
  content: string;
  /** A 12345 transfer's work order, as printed on it: the number, the city's dispatch time and deadline (Beijing time). */
  workOrderNo: string;
  cityDispatchedAt: string;
  cityDueAt: string;
}

export function emptyIntake(channels: readonly Channel[]): IntakeForm {
  return {
    channel: channels[0] ?? null,
    contactName: '',
    contactPhone: '',
    buildingId: null,
    locationText: '',
    category: null,
    content: '',
    workOrderNo: '',
    cityDispatchedAt: '',
    cityDueAt: '',
  };
}

/** The channels this role may record (民情窗口, 民情专线, 12345转派, 线上 for community staff). */
export function intakeChannels(role: Role): readonly Channel[] {
  return FILING_CHANNELS[role] ?? [];
}

/** Mobile or landline, as the server accepts it (spaces and dashes typed by staff are tolerated). */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$/;

export function normalisePhone(raw: string): string {
  const compact = raw.replace(/[\s()（）]/g, '');
  // 010-68210000 keeps its area-code dash; 138-0013-8000 becomes 13800138000.
  return /^1[\d-]+$/.test(compact) ? compact.replace(/-/g, '') : compact;
}

export function checkIntake(form: IntakeForm, communityId: number): Checked<CreateAppealRequest> {
  const errors: FieldErrors = {};
  const content = form.content.trim();
  const phone = normalisePhone(form.contactPhone);
  if (!form.channel) errors.channel = '请选择受理渠道';
  if (!content) errors.content = '请填写诉求内容';
  else if (content.length > MAX_TEXT) errors.content = `诉求内容不能超过${MAX_TEXT}个字`;
  if (phone && !PHONE.test(phone)) errors.contactPhone = '电话号码格式不正确（手机11位，或座机如010-68210000）';
  if (form.contactName.trim().length > 50) errors.contactName = '姓名不能超过50个字';
  if (form.locationText.trim().length > 200) errors.locationText = '具体位置不能超过200个字';
  const workOrder = form.channel === 'city12345' ? checkWorkOrder(form, errors) : {};
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    body: {
      channel: form.channel as Channel,
      content,
      communityId,
      ...(form.category ? { category: form.category } : {}),
      ...(form.buildingId !== null ? { buildingId: form.buildingId } : {}),
      ...(form.locationText.trim() ? { locationText: form.locationText.trim() } : {}),
      ...(form.contactName.trim() ? { contactName: form.contactName.trim() } : {}),
      ...(phone ? { contactPhone: phone } : {}),
      ...workOrder,
    },
  };
}

const TIME_HINT = '时间格式如 2026-03-02 09:30';

/** A 12345 transfer carries its work-order number; the city's times are optional, the deadline after the dispatch. */
function checkWorkOrder(form: IntakeForm, errors: FieldErrors): Pick<CreateAppealRequest, 'workOrderNo' | 'cityDispatchedAt' | 'cityDueAt'> {
  const workOrderNo = form.workOrderNo.trim();
  if (!workOrderNo) errors.workOrderNo = '请填写12345工单编号';
  else if (!WORK_ORDER_NO_PATTERN.test(workOrderNo)) errors.workOrderNo = '工单编号应为4–40位字母、数字或短横线';
  const time = (field: 'cityDispatchedAt' | 'cityDueAt') => {
    const text = form[field].trim();
    if (!text) return undefined;
    const iso = beijingDateTime(text);
    if (!iso) errors[field] = TIME_HINT;
    return iso ?? undefined;
  };
  const cityDispatchedAt = time('cityDispatchedAt');
  const cityDueAt = time('cityDueAt');
  if (cityDispatchedAt && cityDueAt && new Date(cityDueAt) <= new Date(cityDispatchedAt)) errors.cityDueAt = '市级办理时限应晚于派单时间';
  return { workOrderNo, ...(cityDispatchedAt && { cityDispatchedAt }), ...(cityDueAt && { cityDueAt }) };
}

export interface TriagePreview {
  tier: string;
  category: string;
  /** Which rule decided, e.g. 关键词「漏水」→ 水电气热. */
  reason: string;
  /** The promise in plain words, e.g. 紧急：30分钟内处置. */
  promise: string;
  emergency: boolean;
}

/** The live triage proposal for what has been typed, or null before there is any text. */
export function triagePreview(content: string, category: Category | null): TriagePreview | null {
  if (!content.trim() && !category) return null;
  const proposal = proposeTriage(content, category);
  return {
    tier: TIER_LABELS[proposal.tier],
    category: CATEGORY_INFO[proposal.category].label,
    reason: proposal.reason.text,
    promise: DEFAULT_TIER_POLICY.tiers[proposal.tier].promise,
    emergency: proposal.tier === 'emergency',
  };
}
