import type { IssueOpen311ClientRequest } from '@lingjuli/shared';
import type { Checked, FieldErrors } from '@/utils/staff/forms';

/** A key being issued, as typed. */
export interface IssueDraft {
  name: string;
  communityIds: number[];
  canWrite: boolean;
}

export function checkIssue(draft: IssueDraft): Checked<IssueOpen311ClientRequest> {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = '请填写使用方名称，如 市城市管理平台';
  else if (name.length > 100) errors.name = '名称不能超过100个字';
  if (!draft.communityIds.length) errors.communityIds = '请至少选择一个社区';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, body: { name, communityIds: [...draft.communityIds].sort((a, b) => a - b), canWrite: draft.canWrite } };
}

/** The communities a key reads, by name: all of them when it reads the whole street. */
export function communitiesText(ids: readonly number[], names: ReadonlyMap<number, string>): string {
  if (names.size && ids.length === names.size) return '全部社区';
  return ids.map((id) => names.get(id) ?? `社区${id}`).join('、');
}
