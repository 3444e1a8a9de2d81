import { formatShanghaiDateTime, type BallotUnit, type PollAnswerState, type PollDetail } from '@lingjuli/shared';
import type { StateView } from '@/utils/state-view';

/**
 * What the resident's poll page says, in plain sentences: why she cannot answer (the server's refusal
 * or, before she tries, her `answerState`), what to do about it, and what submitting means.
 */

/** What follows a refusal: go state her household, show the poll as it is now (answered, closed), or nothing but the words. */
export type RefusalAction = 'household' | 'reload' | null;

export interface Refusal {
  /** A sentence she can act on. */
  message: string;
  action: RefusalAction;
  /** She cannot answer this poll any more: the answers kept on the phone are of no further use. */
  final: boolean;
}

const unitWord = (unit: BallotUnit) => (unit === 'household' ? '户' : '人');

/**
 * The refusal of her answer (or of reading the poll) as a sentence. Unknown codes keep the server's own
 * Chinese message; a lost connection says her choices are still there.
 */
export function pollRefusal(error: { code: string; message: string; status?: number }, unit: BallotUnit = 'household'): Refusal {
  switch (error.code) {
    case 'HOUSEHOLD_ALREADY_VOTED':
      return { message: '您家已有人参与了这次征求意见。每户只投一票，家里人投过就代表全家了，您不用再投。', action: 'reload', final: true };
    case 'POLL_ALREADY_ANSWERED':
      return {
        message: unit === 'household' ? '您已经替全家投过票了，每户只能投一次。' : '您已经投过票了，每人只能投一次。',
        action: 'reload',
        final: true,
      };
    case 'POLL_CLOSED':
      return { message: '这次征求意见已经截止，不能再投票了。结果已公布，请看下面。', action: 'reload', final: true };
    case 'POLL_NOT_OPEN':
      return { message: '这次征求意见还没开始，请到开始时间后再来投票。', action: 'reload', final: false };
    case 'HOUSEHOLD_REQUIRED':
      return { message: '请先登记您的住址（楼栋、单元、房间号），登记后回到这里就能投票。您选好的内容会保留。', action: 'household', final: false };
    case 'HOUSEHOLD_NOT_VERIFIED':
      return {
        message: '这次征求意见只请社区核实过住址的住户参加。您的住址还没有核实，请联系社区工作人员核实后再来投票。',
        action: null,
        final: false,
      };
    case 'POLL_NOT_FOUND':
      return { message: '找不到这次征求意见：可能您家不在这次征求的范围内，或者它已被撤下。', action: null, final: true };
    case 'POLL_RESULTS_NOT_PUBLISHED':
      return { message: '结果会在征求意见截止后公布。', action: null, final: false };
    case 'NETWORK':
      return { message: '网络不给力，没有提交成功。您选好的内容还在，网络好了再点“提交”。', action: null, final: false };
    default:
      return { message: error.message, action: null, final: false };
  }
}

/** Her place in the poll, said at the top of the page. */
/** Her `answerState` in words (canAnswer: nothing to say, the questions speak for themselves). */
export function answerStateView(state: PollAnswerState | null, poll: Pick<PollDetail, 'status' | 'opensAt' | 'closesAt'>): StateView | null {
  const results =
    poll.status === 'closed' ? '结果已公布，请看下面。' : `结果在${formatShanghaiDateTime(new Date(poll.closesAt))}截止后公布，到时会在这里显示。`;
  switch (state) {
    case 'answered':
      return { tone: 'ok', title: '您已投票，谢谢参与！', note: results };
    case 'householdAnswered':
      return { tone: 'ok', title: '您家已有人参与了', note: `每户一票，家里人投过就代表全家了。${results}` };
    case 'householdRequired':
      return { tone: 'warning', title: '请先登记您的住址', note: '登记楼栋、单元、房间号后就能投票，只需登记一次。' };
    case 'householdNotVerified':
      return { tone: 'warning', title: '您的住址还在等待社区核实', note: '这次征求意见只请核实过住址的住户参加。请联系社区工作人员核实。' };
    case 'notOpen':
      return { tone: 'info', title: '征求意见还没开始', note: `${formatShanghaiDateTime(new Date(poll.opensAt))}开始，可以先看看要问的问题。` };
    case 'closed':
      return { tone: 'info', title: '征求意见已截止', note: '结果已公布，请看下面。' };
    default:
      return null;
  }
}

/** What submitting means, said in the confirm sheet before she sends it. */
export function confirmLines(unit: BallotUnit): string[] {
  return [
    unit === 'household' ? '每户一票：您提交的就代表您全家，提交后家里其他人不能再投。' : '每人一票：这是您本人的意见，每人只能提交一次。',
    '提交后不能修改。',
    '匿名：工作人员也看不到您选了什么，只统计每个选项的总数。',
  ];
}

/** 每户一票 · 已有25户参与. */
export function participantsLine(unit: BallotUnit, participants: number): string {
  return `${unit === 'household' ? '每户一票' : '每人一票'} · 已有${participants}${unitWord(unit)}参与`;
}

export { unitWord };
