import { ACTION_LABELS, type AppealStatus, type EmergencyService, type Tier } from '@lingjuli/shared';

/** The actions this page can carry out, each with its form (escalation has its own page). */
export type StaffAction = 'accept' | 'retriage' | 'assign' | 'addNote' | 'resolve' | 'feedback' | 'callback' | 'reject' | 'escalate' | 'secretaryReview';

export interface ActionButton {
  action: StaffAction;
  /** Stable element id for tests: #action-accept, #action-note, … */
  id: string;
  label: string;
  kind: 'primary' | 'secondary' | 'danger' | 'plain';
}

/** Display order: what moves the appeal forward first, then the rest, refusal last. */
const ORDER: readonly StaffAction[] = ['secretaryReview', 'callback', 'accept', 'resolve', 'feedback', 'addNote', 'assign', 'retriage', 'escalate', 'reject'];

const IDS: Record<StaffAction, string> = {
  accept: 'action-accept',
  retriage: 'action-retriage',
  assign: 'action-assign',
  addNote: 'action-note',
  resolve: 'action-resolve',
  feedback: 'action-feedback',
  callback: 'action-callback',
  reject: 'action-reject',
  escalate: 'action-escalate',
  secretaryReview: 'action-review',
};

/** Where the button says more than the verb. */
const LABELS: Partial<Record<StaffAction, string>> = {
  secretaryReview: '书记复核',
  accept: '受理并确认分级',
  callback: '电话回访',
};

const isStaffAction = (a: string): a is StaffAction => (ORDER as readonly string[]).includes(a);

/**
 * Buttons for the actions the server offers (`detail.actions`), never more: the first is the main
 * one; the others are secondary, and refusing is a danger button. Actions of other roles are left out.
 * Taken as strings: the server may offer an action (the callback) before the shared list names it.
 */
export function actionButtons(actions: readonly string[]): ActionButton[] {
  const offered = ORDER.filter((a) => actions.some((x) => isStaffAction(x) && x === a));
  return offered.map((action, i) => ({
    action,
    id: IDS[action],
    label: LABELS[action] ?? ACTION_LABELS[action as Exclude<StaffAction, 'callback'>],
    kind: action === 'reject' ? 'danger' : i === 0 ? 'primary' : action === 'escalate' ? 'plain' : 'secondary',
  }));
}

/** What a feedback does now: interim (still in progress) or final (after resolution). */
export function feedbackKind(status: AppealStatus): 'interim' | 'final' {
  return status === 'resolved' ? 'final' : 'interim';
}

/** Emergencies may be handed to 110/119/120 on resolution (recorded). */
export function canHandOver(tier: Tier): boolean {
  return tier === 'emergency';
}

export const EMERGENCY_SERVICE_LABELS: Record<EmergencyService, string> = { '110': '110 公安', '119': '119 消防', '120': '120 急救' };
