import { APPEAL_STATUSES, FINAL_STATUSES, LEVELS, ROLES, SATISFACTIONS, type ActorRole, type AppealStatus, type Level, type Satisfaction } from './enums';
import {
  APPEAL_ACTIONS,
  APPEAL_TRANSITIONS,
  availableActions,
  canPerform,
  nextStatus,
  rateOutcome,
  type AppealAction,
  type AppealState,
  type RateOutcome,
} from './transitions';

const ACTORS: readonly ActorRole[] = [...ROLES, 'system'];
const STATES: readonly AppealState[] = APPEAL_STATUSES.flatMap((status) => LEVELS.map((level) => ({ status, level })));
const state = (status: AppealStatus, level: Level = 'community'): AppealState => ({ status, level });
const show = (s: AppealState) => `${s.status}@${s.level}`;

/**
 * The lifecycle of docs/domain.md §7, written out independently of APPEAL_TRANSITIONS:
 * who may do what, from which status, at which level.
 */
function expectedAllowed(role: ActorRole, action: AppealAction, { status, level }: AppealState): boolean {
  const community = role === 'communityStaff' || role === 'communitySecretary';
  const one = (...roles: ActorRole[]) => roles.includes(role);
  const from = (...statuses: AppealStatus[]) => statuses.includes(status);
  const atCommunity = level === 'community';
  const atStreetSide = level === 'street' || level === 'taskForce';
  switch (action) {
    case 'accept':
    case 'reject':
      return community && from('received') && atCommunity;
    case 'escalate':
      return community && from('received', 'inProgress') && atCommunity;
    case 'retriage':
      return (community && from('received', 'inProgress') && atCommunity) || (one('commandCenter') && from('inProgress') && atStreetSide);
    case 'assign':
      return community && from('received', 'inProgress', 'resolved');
    case 'addNote':
      return (community || one('gridSecretary', 'commandCenter', 'departmentStaff')) && from('received', 'inProgress', 'resolved', 'fedBack');
    case 'feedback':
      // Joint feedback: a department working on the appeal feeds back together with the community.
      return (community || one('liaison', 'departmentStaff')) && from('inProgress', 'resolved');
    case 'resolve':
      return from('inProgress') && ((community && atCommunity) || (one('commandCenter', 'departmentStaff') && atStreetSide));
    case 'rate':
      return one('resident') && from('fedBack');
    case 'callback':
      // 回访: community staff record the answer of a caller who has no account (checked by the server).
      return community && from('fedBack');
    case 'secretaryReview':
      return one('communitySecretary') && from('fedBack');
    case 'close':
      return one('system') && from('fedBack');
    case 'withdraw':
      return one('resident') && from('received', 'inProgress');
    case 'dispatch':
      return one('commandCenter') && from('received', 'inProgress') && atStreetSide;
    case 'completeAssignment':
      return one('departmentStaff') && from('inProgress') && atStreetSide;
  }
}

describe('canPerform: every actor × action × status × level', () => {
  const cases = ACTORS.flatMap((role) => APPEAL_ACTIONS.map((action) => [role, action] as const));

  it.each(cases)('%s / %s matches docs/domain.md §7 in all 21 states', (role, action) => {
    const mismatches = STATES.filter((s) => canPerform(role, action, s) !== expectedAllowed(role, action, s)).map(
      (s) => `${show(s)}: expected ${expectedAllowed(role, action, s)}`,
    );
    expect(mismatches).toEqual([]);
  });
});

describe('canPerform: the rules that matter most', () => {
  const everywhere = (test: (role: ActorRole, action: AppealAction, s: AppealState) => void) => {
    for (const role of ACTORS) for (const action of APPEAL_ACTIONS) for (const s of STATES) test(role, action, s);
  };
  const actionsOf = (role: ActorRole) => new Set(STATES.flatMap((s) => availableActions(role, s)));

  it.each([
    ['resident', ['rate', 'withdraw']],
    ['liaison', ['feedback']],
    ['gridSecretary', ['addNote']],
    ['streetAdmin', []],
    ['system', ['close']],
  ] as [ActorRole, AppealAction[]][])('%s can only %j', (role, actions) => {
    expect([...actionsOf(role)].sort()).toEqual([...actions].sort());
  });

  it('callback only from fedBack, only by the community, at any level', () => {
    everywhere((role, action, s) => {
      if (action === 'callback' && canPerform(role, action, s)) {
        expect(['communityStaff', 'communitySecretary']).toContain(role);
        expect(s.status).toBe('fedBack');
      }
    });
    for (const level of LEVELS) expect(canPerform('communityStaff', 'callback', state('fedBack', level))).toBe(true);
    expect(canPerform('resident', 'callback', state('fedBack'))).toBe(false);
  });

  it('rate only from fedBack, only by the resident', () => {
    everywhere((role, action, s) => {
      if (action === 'rate' && canPerform(role, action, s)) expect([role, s.status]).toEqual(['resident', 'fedBack']);
    });
    expect(canPerform('resident', 'rate', state('fedBack'))).toBe(true);
  });

  it('escalate only at community level', () => {
    everywhere((role, action, s) => {
      if (action === 'escalate' && canPerform(role, action, s)) expect(s.level).toBe('community');
    });
    expect(canPerform('communityStaff', 'escalate', state('inProgress', 'street'))).toBe(false);
  });

  it('dispatch only by the command centre, never at community level', () => {
    everywhere((role, action, s) => {
      if (action === 'dispatch' && canPerform(role, action, s)) {
        expect(role).toBe('commandCenter');
        expect(s.level).not.toBe('community');
      }
    });
    expect(canPerform('commandCenter', 'dispatch', state('inProgress', 'street'))).toBe(true);
    expect(canPerform('commandCenter', 'dispatch', state('inProgress', 'community'))).toBe(false);
    expect(canPerform('streetAdmin', 'dispatch', state('inProgress', 'street'))).toBe(false);
  });

  it("close only by 'system', from fedBack", () => {
    for (const role of ROLES) for (const s of STATES) expect(canPerform(role, 'close', s)).toBe(false);
    expect(canPerform('system', 'close', state('fedBack'))).toBe(true);
  });

  it.each(FINAL_STATUSES)('nothing moves from %s', (status) => {
    for (const role of ACTORS) for (const level of LEVELS) expect(availableActions(role, state(status, level))).toEqual([]);
  });

  it('the ladder: received → inProgress → resolved → fedBack → closed', () => {
    expect(nextStatus('communityStaff', 'accept', state('received'))).toBe('inProgress');
    expect(nextStatus('departmentStaff', 'resolve', state('inProgress', 'street'))).toBe('resolved');
    expect(nextStatus('liaison', 'feedback', state('resolved'), 'final')).toBe('fedBack');
    expect(nextStatus('resident', 'rate', state('fedBack'), 'accepted')).toBe('closed');
  });
});

describe('nextStatus', () => {
  it.each([
    ['accepted', 'closed'],
    ['reopened', 'inProgress'],
    ['toSecretaryReview', 'fedBack'],
  ] as [RateOutcome, AppealStatus][])('rate with outcome %s → %s', (outcome, to) => {
    expect(nextStatus('resident', 'rate', state('fedBack'), outcome)).toBe(to);
  });

  it.each([
    ['close', 'closed'],
    ['reopen', 'inProgress'],
  ])('secretaryReview with outcome %s → %s', (outcome, to) => {
    expect(nextStatus('communitySecretary', 'secretaryReview', state('fedBack'), outcome)).toBe(to);
  });

  it.each([
    ['inProgress', 'interim', 'inProgress'],
    ['resolved', 'final', 'fedBack'],
    ['inProgress', 'final', null],
    ['resolved', 'interim', null],
  ] as [AppealStatus, string, AppealStatus | null][])('feedback from %s with outcome %s → %s', (from, outcome, to) => {
    expect(nextStatus('communityStaff', 'feedback', state(from), outcome)).toBe(to);
  });

  it.each([
    ['communityStaff', 'escalate', state('received'), 'inProgress'],
    ['communitySecretary', 'reject', state('received'), 'rejected'],
    ['resident', 'withdraw', state('inProgress', 'street'), 'withdrawn'],
    ['system', 'close', state('fedBack', 'street'), 'closed'],
    ['liaison', 'feedback', state('inProgress'), 'inProgress'],
  ] as [ActorRole, AppealAction, AppealState, AppealStatus][])('%s %s from %o → %s', (role, action, s, to) => {
    expect(nextStatus(role, action, s)).toBe(to);
  });

  it("'same' rows leave the status as it is", () => {
    expect(nextStatus('commandCenter', 'retriage', state('inProgress', 'street'))).toBe('inProgress');
    expect(nextStatus('communityStaff', 'assign', state('inProgress'))).toBe('inProgress');
    expect(nextStatus('departmentStaff', 'addNote', state('resolved', 'street'))).toBe('resolved');
    expect(nextStatus('commandCenter', 'dispatch', state('inProgress', 'taskForce'))).toBe('inProgress');
  });

  it('is null whenever the action is not allowed', () => {
    for (const role of ACTORS)
      for (const action of APPEAL_ACTIONS) for (const s of STATES) if (!canPerform(role, action, s)) expect(nextStatus(role, action, s)).toBeNull();
  });

  it('is null for an unknown outcome, or one from another status', () => {
    expect(nextStatus('resident', 'rate', state('fedBack'), 'nonsense')).toBeNull();
    expect(nextStatus('communitySecretary', 'secretaryReview', state('fedBack'), 'accepted')).toBeNull();
  });

  it('is never null when the action is allowed and no outcome is given', () => {
    for (const role of ACTORS)
      for (const action of APPEAL_ACTIONS) for (const s of STATES) if (canPerform(role, action, s)) expect(nextStatus(role, action, s)).not.toBeNull();
  });
});

describe('APPEAL_TRANSITIONS table', () => {
  it('every row uses known roles, statuses and levels, and never starts from a final status', () => {
    for (const row of APPEAL_TRANSITIONS) {
      expect(APPEAL_ACTIONS).toContain(row.action);
      for (const r of row.roles) expect(ACTORS).toContain(r);
      for (const s of row.from) {
        expect(APPEAL_STATUSES).toContain(s);
        expect(FINAL_STATUSES).not.toContain(s);
      }
      if (row.to !== 'same') expect(APPEAL_STATUSES).toContain(row.to);
      for (const l of row.levels ?? []) expect(LEVELS).toContain(l);
    }
  });

  it('two rows of one action that could both apply are told apart by distinct outcomes', () => {
    const overlap = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined) => !x || !y || x.some((v) => y.includes(v));
    APPEAL_TRANSITIONS.forEach((a, i) =>
      APPEAL_TRANSITIONS.slice(i + 1).forEach((b) => {
        if (a.action !== b.action || !overlap(a.from, b.from) || !overlap(a.roles, b.roles) || !overlap(a.levels, b.levels)) return;
        expect(a.outcome).toBeDefined();
        expect(b.outcome).toBeDefined();
        expect(a.outcome).not.toBe(b.outcome);
      }),
    );
  });

  it('every action has at least one row', () => {
    for (const action of APPEAL_ACTIONS) expect(APPEAL_TRANSITIONS.some((t) => t.action === action)).toBe(true);
  });

  it.each(['rate', 'callback'])('%s has one row per RateOutcome', (action) => {
    const outcomes = APPEAL_TRANSITIONS.filter((t) => t.action === action).map((t) => t.outcome);
    expect(outcomes.sort()).toEqual(['accepted', 'reopened', 'toSecretaryReview']);
  });
});

describe('availableActions', () => {
  const combos = ACTORS.flatMap((role) => STATES.map((s) => [role, s] as const));

  it('never lists an action twice', () => {
    for (const [role, s] of combos) {
      const actions = availableActions(role, s);
      expect(new Set(actions).size).toBe(actions.length);
    }
  });

  it('lists exactly the actions canPerform allows', () => {
    for (const [role, s] of combos) {
      const allowed = APPEAL_ACTIONS.filter((a) => canPerform(role, a, s));
      expect([...availableActions(role, s)].sort()).toEqual([...allowed].sort());
    }
  });

  it.each([
    ['resident', state('fedBack'), ['rate']],
    ['resident', state('received'), ['withdraw']],
    ['communitySecretary', state('fedBack'), ['addNote', 'callback', 'secretaryReview']],
    ['communityStaff', state('fedBack', 'street'), ['addNote', 'callback']],
    ['communityStaff', state('received'), ['accept', 'retriage', 'assign', 'addNote', 'reject', 'escalate']],
    ['communityStaff', state('inProgress'), ['retriage', 'assign', 'addNote', 'feedback', 'resolve', 'escalate']],
    ['commandCenter', state('inProgress', 'street'), ['retriage', 'addNote', 'resolve', 'dispatch']],
    ['departmentStaff', state('inProgress', 'taskForce'), ['addNote', 'feedback', 'resolve', 'completeAssignment']],
    ['departmentStaff', state('resolved', 'street'), ['addNote', 'feedback']],
    ['liaison', state('resolved'), ['feedback']],
  ] as [ActorRole, AppealState, AppealAction[]][])('%s at %o: %j in table order', (role, s, actions) => {
    expect(availableActions(role, s)).toEqual(actions);
  });
});

describe('rateOutcome (docs/domain.md §7.2)', () => {
  /** [solved, satisfaction, outcome at reopenCount 0, 1, 2] */
  const TABLE: [boolean, Satisfaction, RateOutcome, RateOutcome, RateOutcome][] = [
    [true, 'satisfied', 'accepted', 'accepted', 'accepted'],
    [true, 'basicallySatisfied', 'accepted', 'accepted', 'accepted'],
    [true, 'unsatisfied', 'reopened', 'toSecretaryReview', 'toSecretaryReview'],
    [false, 'satisfied', 'reopened', 'toSecretaryReview', 'toSecretaryReview'],
    [false, 'basicallySatisfied', 'reopened', 'toSecretaryReview', 'toSecretaryReview'],
    [false, 'unsatisfied', 'reopened', 'toSecretaryReview', 'toSecretaryReview'],
  ];
  const cases = TABLE.flatMap(([solved, satisfaction, ...byCount]) =>
    byCount.map((expected, reopenCount) => [solved, satisfaction, reopenCount, expected] as const),
  );

  it('the table covers every combination', () => {
    expect(cases).toHaveLength(2 * SATISFACTIONS.length * 3);
  });

  it.each(cases)('solved=%s, %s, reopenCount=%d → %s', (solved, satisfaction, reopenCount, expected) => {
    expect(rateOutcome({ solved, satisfaction }, reopenCount)).toBe(expected);
  });

  it.each(cases)('solved=%s, %s, reopenCount=%d: the resident can perform the %s rate', (solved, satisfaction, reopenCount) => {
    const outcome = rateOutcome({ solved, satisfaction }, reopenCount);
    expect(nextStatus('resident', 'rate', state('fedBack'), outcome)).not.toBeNull();
  });

  it.each(cases)('solved=%s, %s, reopenCount=%d: a callback with that answer moves the appeal as the rating would', (solved, satisfaction, reopenCount) => {
    const outcome = rateOutcome({ solved, satisfaction }, reopenCount);
    expect(nextStatus('communityStaff', 'callback', state('fedBack'), outcome)).toBe(nextStatus('resident', 'rate', state('fedBack'), outcome));
  });
});
