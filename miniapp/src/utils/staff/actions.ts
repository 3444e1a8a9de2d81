import { ACTION_LABELS, type AppealAction, type AppealStatus, type EmergencyService, type Tier } from '@lingjuli/shared';

/** The actions this page can carry out, each with its form (escalation has its own page). */
export type StaffAction = 'accept' | 'retriage' | 'assign' | 'addNote' | 'resolve' | 'feedback' | 'reject' | 'escalate' | 'secretaryReview';

export interface ActionButton {
  action: StaffAction;
  /** Stable element id for tests: #action-accept, #action-note, … */
  id: string;
  label: string;
  kind: 'primary' | 'secondary' | 'danger' | 'plain';
}

/** Display order: what moves the appeal forward first, then the rest, refusal last. */
const ORDER: readonly StaffAction[] = ['secretaryReview', 'accept', 'resolve', 'feedback', 'addNote', 'assign', 'retriage', 'escalate', 'reject'];

const IDS: Record<StaffAction, string> = {
  accept: 'action-accept',
  retriage: 'action-retriage',
  assign: 'action-assign',
  addNote: 'action-note',
  resolve: 'action-resolve',
  feedback: 'action-feedback',
  reject: 'action-reject',
  escalate: 'action-escalate',
  secretaryReview: 'action-review',
};

const isStaffAction = (a: AppealAction): a is StaffAction => (ORDER as readonly string[]).includes(a);

/**
 * Buttons for the actions the server offers (`detail.actions`), never more: the first is the main
 * one; the others are secondary, and refusing is a danger button. Actions of other roles are left out.
 */
export function actionButtons(actions: readonly AppealAction[]): ActionButton[] {
  const offered = ORDER.filter((a) => actions.some((x) => isStaffAction(x) && x === a));
  return offered.map((action, i) => ({
    action,
    id: IDS[action],
    label: action === 'secretaryReview' ? '书记复核' : action === 'accept' ? '受理并确认分级' : ACTION_LABELS[action],
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
