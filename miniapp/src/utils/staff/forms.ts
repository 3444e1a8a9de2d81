import type {
  AcceptRequest,
  AddNoteRequest,
  AssignRequest,
  Category,
  EmergencyService,
  EscalateRequest,
  FeedbackMethod,
  FeedbackRequest,
  NoteVisibility,
  RejectRequest,
  ResolveRequest,
  RetriageRequest,
  SecretaryReviewRequest,
  Tier,
} from '@lingjuli/shared';
import type { ApiError } from '@/services/http';
import { MAX_TEXT } from '@/utils/staff/limits';

/** Field → message, for the form's own checks before anything is sent. */
export type FieldErrors = Record<string, string>;

/** A required text: trimmed, not empty, not too long; the message names the field. */
export function requiredText(value: string, label: string): string | undefined {
  const text = value.trim();
  if (!text) return `请填写${label}`;
  if (text.length > MAX_TEXT) return `${label}不能超过${MAX_TEXT}个字`;
  return undefined;
}

export function optionalText(value: string, label: string): string | undefined {
  return value.trim().length > MAX_TEXT ? `${label}不能超过${MAX_TEXT}个字` : undefined;
}

/** Drops the checks that passed. */
export function collect(checks: Record<string, string | undefined>): FieldErrors {
  return Object.fromEntries(Object.entries(checks).filter((e): e is [string, string] => e[1] !== undefined));
}

const orUndefined = (text: string) => text.trim() || undefined;

/** The result of checking a form: the request to send, or what is wrong, field by field. */
export type Checked<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

/** The request to send when nothing is wrong, else what is wrong, field by field. */
export function checked<T>(errors: FieldErrors, body: () => T): Checked<T> {
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, body: body() };
}

// ---- per action ----

export interface TriageChoice {
  tier: Tier;
  category: Category;
}

/** Accept: confirm the proposal or change it; the tier and category are always stated. */
export function acceptBody(choice: TriageChoice, note: string): Checked<AcceptRequest> {
  return checked(collect({ note: optionalText(note, '说明') }), () => ({ tier: choice.tier, category: choice.category, note: orUndefined(note) }));
}

/** Retriage: only what changed is sent, and a reason is required. */
export function retriageBody(current: TriageChoice, choice: TriageChoice, note: string): Checked<RetriageRequest> {
  const tier = choice.tier !== current.tier ? choice.tier : undefined;
  const category = choice.category !== current.category ? choice.category : undefined;
  return checked(
    collect({
      tier: tier || category ? undefined : '请选择新的级别或类别',
      note: requiredText(note, '调整原因'),
    }),
    () => ({ ...(tier ? { tier } : {}), ...(category ? { category } : {}), note: note.trim() }),
  );
}

export function assignBody(handlerId: number | null, liaisonId: number | null, note: string): Checked<AssignRequest> {
  return checked(
    collect({
      handlerId: handlerId === null && liaisonId === null ? '请选择承办人或民情专员' : undefined,
      note: optionalText(note, '说明'),
    }),
    () => ({
      ...(handlerId !== null ? { handlerId } : {}),
      ...(liaisonId !== null ? { liaisonId } : {}),
      note: orUndefined(note),
    }),
  );
}

/** A note's visibility is chosen each time (NoteForm); unchosen, this says so. */
export const VISIBILITY_UNCHOSEN = '请选择“居民可见”或“仅内部”';

/** The photos of the fix, named only when there are some. */
const withPhotos = (attachmentIds: readonly number[]) => (attachmentIds.length ? { attachmentIds: [...attachmentIds] } : {});

export function noteBody(content: string, visibility: NoteVisibility | null, attachmentIds: readonly number[] = []): Checked<AddNoteRequest> {
  return checked(collect({ visibility: visibility ? undefined : VISIBILITY_UNCHOSEN, content: requiredText(content, '进展内容') }), () => ({
    content: content.trim(),
    visibility: visibility as NoteVisibility,
    ...withPhotos(attachmentIds),
  }));
}

export function resolveBody(note: string, handedTo: EmergencyService | null, attachmentIds: readonly number[] = []): Checked<ResolveRequest> {
  return checked(collect({ note: requiredText(note, '办结说明') }), () => ({
    note: note.trim(),
    ...(handedTo ? { handedTo } : {}),
    ...withPhotos(attachmentIds),
  }));
}

/**
 * Who fed back together (职能科室与社区一起反馈): community staff tick the departments that took part (none:
 * the community alone); department staff name the community's person who went with them (required).
 */
export type FeedbackParties = { side: 'community'; departmentIds: readonly number[] } | { side: 'department'; communityPartyId: number | null };

export function feedbackBody(
  method: FeedbackMethod | null,
  content: string,
  residentOpinion: string,
  parties: FeedbackParties = { side: 'community', departmentIds: [] },
): Checked<FeedbackRequest> {
  return checked(
    collect({
      method: method ? undefined : '请选择反馈方式',
      content: requiredText(content, '反馈内容'),
      residentOpinion: optionalText(residentOpinion, '居民意见'),
      communityPartyId: parties.side === 'department' && parties.communityPartyId === null ? '请选择和您一起反馈的社区同志' : undefined,
    }),
    () => ({
      method: method as FeedbackMethod,
      content: content.trim(),
      residentOpinion: orUndefined(residentOpinion),
      ...(parties.side === 'community' && parties.departmentIds.length ? { departmentIds: [...parties.departmentIds] } : {}),
      ...(parties.side === 'department' ? { communityPartyId: parties.communityPartyId as number } : {}),
    }),
  );
}

export function rejectBody(reason: string): Checked<RejectRequest> {
  return checked(collect({ reason: requiredText(reason, '不予受理的理由') }), () => ({ reason: reason.trim() }));
}

export function reviewBody(decision: 'close' | 'reopen' | null, note: string): Checked<SecretaryReviewRequest> {
  return checked(collect({ decision: decision ? undefined : '请选择复核结论', note: requiredText(note, '复核意见') }), () => ({
    decision: decision as 'close' | 'reopen',
    note: note.trim(),
  }));
}

export function escalateBody(reason: string, consultedWithId: number | null, consultationNote: string): Checked<EscalateRequest> {
  return checked(
    collect({
      reason: requiredText(reason, '上报理由'),
      consultedWithId: consultedWithId === null ? '请选择会商的网格书记' : undefined,
      consultationNote: requiredText(consultationNote, '会商意见'),
    }),
    () => ({ reason: reason.trim(), consultedWithId: consultedWithId as number, consultationNote: consultationNote.trim() }),
  );
}

// ---- showing errors ----

/** The message for a field: the form's own check first, then the server's. */
export function fieldError(field: string, local: FieldErrors, server: ApiError | null): string | undefined {
  return local[field] ?? server?.fieldMessage(field);
}

/**
 * The server's message when none of the fields on screen carries it (a 409 "cannot do this now",
 * a network failure, or a field the form does not show), so it is never lost.
 */
export function formLevelMessage(error: ApiError | null, fieldsOnScreen: readonly string[]): string | undefined {
  if (!error) return undefined;
  const claimed = error.details.some((d) => fieldsOnScreen.includes(d.field));
  return claimed ? undefined : error.message;
}

export { asApiError } from '@/services/http';
