import {
  OPINIONS,
  PROJECT_OPINION_DAYS,
  PROJECT_STATUS_LABELS,
  formatShanghaiDateTime,
  type GiveOpinionRequest,
  type Opinion,
  type ProjectInfo,
  type ProjectKind,
  type ProjectListQuery,
  type ProjectStatus,
  type RegisterProjectRequest,
} from '@lingjuli/shared';
import { durationWords } from '@/utils/countdown';
import { checked, collect, requiredText, requiredTitle, type Checked } from '@/utils/powers/check';

/** The list's filter chips (the street sees all of them). */
export type ProjectFilter = 'all' | ProjectStatus | 'overdue';

export const PROJECT_FILTERS: readonly { key: ProjectFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'awaitingOpinion', label: PROJECT_STATUS_LABELS.awaitingOpinion },
  { key: 'overdue', label: '逾期未回复' },
  { key: 'opinionGiven', label: PROJECT_STATUS_LABELS.opinionGiven },
  { key: 'started', label: PROJECT_STATUS_LABELS.started },
];

export function projectQuery(filter: ProjectFilter): ProjectListQuery {
  if (filter === 'all') return {};
  if (filter === 'overdue') return { overdue: true };
  return { status: filter };
}

/** Whether a project belongs under a filter, judged here too (the list is re-checked after a change). */
export function matchesProjectFilter(p: Pick<ProjectInfo, 'status' | 'opinionOverdue'>, filter: ProjectFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'overdue') return p.opinionOverdue;
  return p.status === filter;
}

const newestFirst = (a: ProjectInfo, b: ProjectInfo) => b.registeredAt.localeCompare(a.registeredAt) || b.id - a.id;

/** The street's list: the newest first. */
export function sortProjectsForStreet(items: readonly ProjectInfo[]): ProjectInfo[] {
  return [...items].sort(newestFirst);
}

/** A community's list: those awaiting its opinion first (the soonest due first), then the rest, newest first. */
export function sortProjectsForCommunity(items: readonly ProjectInfo[]): ProjectInfo[] {
  const waiting = (p: ProjectInfo) => (p.status === 'awaitingOpinion' ? 0 : 1);
  return [...items].sort(
    (a, b) => waiting(a) - waiting(b) || (waiting(a) === 0 ? a.opinionDueAt.localeCompare(b.opinionDueAt) || a.id - b.id : newestFirst(a, b)),
  );
}

export interface OpinionDue {
  state: 'ok' | 'warning' | 'overdue' | 'met';
  /** e.g. 回复还剩2天 / 逾期3天未回复 / 社区已回复 */
  text: string;
  due: string;
}

const WARN_WITHIN_MS = 24 * 3600_000;

/** When the community's opinion is due, in words; overdue as the server says (`opinionOverdue`) or by the clock. */
export function describeOpinionDue(p: Pick<ProjectInfo, 'status' | 'opinionDueAt' | 'opinionOverdue' | 'opinion'>, now: Date): OpinionDue {
  const dueAt = new Date(p.opinionDueAt);
  const due = formatShanghaiDateTime(dueAt);
  if (p.status !== 'awaitingOpinion' || p.opinion) return { state: 'met', text: p.status === 'started' ? '已开工' : '社区已回复', due };
  const left = dueAt.getTime() - now.getTime();
  if (p.opinionOverdue || left < 0) return { state: 'overdue', text: `逾期${durationWords(Math.max(0, -left))}未回复`, due };
  return { state: left <= WARN_WITHIN_MS ? 'warning' : 'ok', text: `回复还剩${durationWords(left)}`, due };
}

export const OPINION_TONES: Record<Opinion, 'ok' | 'warning' | 'danger'> = { agree: 'ok', agreeWithConditions: 'warning', object: 'danger' };

export const OPINION_PLACEHOLDERS: Record<Opinion, string> = {
  agree: '如：同意，请提前在小区公告施工时间',
  agreeWithConditions: '如：同意，但夜间22点后不得施工，须保留消防通道',
  object: '如：反对，选址紧邻居民窗户，居民意见较大',
};

export function opinionBody(opinion: Opinion | null, text: string): Checked<GiveOpinionRequest> {
  return checked(
    collect({
      opinion: opinion && OPINIONS.includes(opinion) ? undefined : '请选择社区意见',
      text: requiredText(text, '意见说明'),
    }),
    () => ({ opinion: opinion as Opinion, text: text.trim() }),
  );
}

export interface ProjectDraft {
  communityId: number | null;
  title: string;
  description: string;
  kind: ProjectKind | null;
  /** Days the community has to answer, as typed. */
  days: string;
}

export const emptyProjectDraft = (): ProjectDraft => ({ communityId: null, title: '', description: '', kind: null, days: String(PROJECT_OPINION_DAYS) });

/** At most this many days to answer (the server's limit). */
export const MAX_OPINION_DAYS = 60;

export function projectBody(draft: ProjectDraft): Checked<RegisterProjectRequest> {
  const days = draft.days.trim() === '' ? PROJECT_OPINION_DAYS : Number(draft.days.trim());
  return checked(
    collect({
      communityId: draft.communityId === null ? '请选择项目所在社区' : undefined,
      title: requiredTitle(draft.title, '项目名称'),
      description: requiredText(draft.description, '项目内容'),
      kind: draft.kind ? undefined : '请选择项目类型',
      opinionDueDays: Number.isInteger(days) && days >= 1 && days <= MAX_OPINION_DAYS ? undefined : `征求意见期限须为1到${MAX_OPINION_DAYS}天`,
    }),
    () => ({
      communityId: draft.communityId as number,
      title: draft.title.trim(),
      description: draft.description.trim(),
      kind: draft.kind as ProjectKind,
      opinionDueDays: days,
    }),
  );
}
