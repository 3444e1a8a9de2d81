import { ROLES, type Role } from '@lingjuli/shared';
import type request from 'supertest';
import type { FixtureUser } from './fixtures';
import type { TestApp } from './test-app';
import type { User } from '../users/user.entity';

/*
 * What a feature needs to add its routes to the access matrix (access-matrix.e2e-spec.ts) from its own folder:
 * the cells' vocabulary and a kit of the matrix's helpers. A feature exports a `MatrixSection` and lists it once in
 * access-matrix-sections.ts; the matrix then checks its rows like its own. Section files are named
 * `<feature>.matrix-spec.ts`: kept out of the build, and not run on their own.
 */

export type Who = Role | 'anonymous';
/** The columns of the matrix, in order. */
export const WHO: readonly Who[] = [...ROLES, 'anonymous'];

export type Outcome = 'ok' | 'forbidden' | 'unauthenticated' | 'hidden';
/** Allowed: the request gets through the access layer and does what it is for (2xx). */
export const Y: Outcome = 'ok';
/** Forbidden: 403. */
export const F: Outcome = 'forbidden';
/** Unauthenticated: 401 (only for anonymous callers). */
export const U: Outcome = 'unauthenticated';
/** Not visible: 404. */
export const N: Outcome = 'hidden';

/** Public routes: anyone, with or without a token. */
export const ALL_Y: Outcome[] = [Y, Y, Y, Y, Y, Y, Y, Y, Y];
/** Any logged-in user. */
export const USERS: Outcome[] = [Y, Y, Y, Y, Y, Y, Y, Y, U];

export interface Actor {
  name: string;
  id: number;
  role: Role;
  token: string;
}

/** An object the matrix made, with a marker in its words that must never leak to someone outside its scope. */
export interface Marked {
  id: number;
  marker: string;
}

export interface Prepared {
  url: string;
  /** Who makes the call (default: the role's representative; none for anonymous). */
  as?: Actor;
  body?: object;
  headers?: Record<string, string>;
  attach?: { field: string; buffer: Buffer; filename: string };
  /** Extra checks on the answer: that an allowed call did its work, that a refused one changed and showed nothing. */
  verify?: (res: request.Response, outcome: Outcome, actor: Actor | undefined) => Promise<void>;
}

export type Scenario = (who: Who, actor: Actor | undefined) => Promise<Prepared>;

/** The matrix's helpers, for a section's scenarios. */
export interface MatrixKit {
  /** The running app (set once the matrix has started it). */
  readonly t: TestApp;
  /** A fixture user (or one of the matrix's extra ones, e.g. `secretaryC`) as a caller. */
  actor(name: string): Actor;
  /** A user row of one's own, e.g. a resident of a household the scenario needs. */
  newUser(fields: Partial<User> & Pick<User, 'role' | 'displayName'>): Promise<User>;
  /** Signs a user in as an actor. */
  issue(user: User, name: string): Actor;
  call(method: string, url: string, as?: Actor): request.Test;
  /** A fixture user's POST that must answer 200. */
  step(who: FixtureUser, path: string, body: object): Promise<void>;
  newMarker(prefix: string): string;
  /** Whether the cell changes the object (allowed, or a known bug), so it needs an object of its own. */
  freshFor(key: string, who: Who): boolean;
  /** One object made once and shared by the cells that only read it or are refused. */
  sharedObject<O extends Marked>(key: string, make: () => Promise<O>): Promise<O>;
  idsOf(list: unknown, field?: string): unknown[];
  textOf(res: request.Response): string;
  /** A read: an allowed caller finds the object (`seen`), a refused one sees nothing of it. */
  read<O extends Marked>(object: () => Promise<O>, url: (o: O) => string, seen: (res: request.Response, o: O) => void): Scenario;
  /**
   * A move: allowed callers get a fresh object in the state where the move is possible (`object(true)`), refused ones
   * share one. A refused call must leave the object's record as it was and show nothing of it; an allowed one must
   * have done its work (`done`).
   */
  move<O extends Marked>(
    key: string,
    spec: {
      object: (fresh: boolean) => Promise<O>;
      url: (o: O) => string;
      body?: () => object;
      record: (o: O) => Promise<unknown>;
      done: (res: request.Response, o: O, caller: Actor) => Promise<void>;
    },
  ): Scenario;
}

/** A feature's rows of the matrix (one expectation per role and anonymous, in `ROLES` order) and their scenarios. */
export interface MatrixSection {
  rows: [string, Outcome[]][];
  scenarios(kit: MatrixKit): Record<string, Scenario>;
  /**
   * Cells where the server disagrees with the method (the row says what the method asks), with why: like the big
   * spec's `BUGS`, merged into them and run as `it.failing`.
   */
  bugs?: Record<string, Partial<Record<Who, string>>>;
}

/**
 * A move like `MatrixKit.move`, for when the object or the body depends on who calls. `as(who)` picks another caller
 * than the role's representative (e.g. a resident who has stated her household, which the representative has not);
 * `object(fresh, caller)` may prepare the caller's part (her sign-up to withdraw); `body(o)` may name the object's
 * parts (a poll's questions and options, a meeting's door code). As with `move`: allowed cells get a fresh object, a
 * refused call must leave `record` as it was and show nothing of the object, an allowed one must have done its work.
 */
export function moveAs<O extends Marked>(
  kit: MatrixKit,
  key: string,
  spec: {
    as?: (who: Who) => Promise<Actor | undefined>;
    object: (fresh: boolean, caller: Actor | undefined) => Promise<O>;
    url: (o: O) => string;
    body?: (o: O) => object;
    record: (o: O) => Promise<unknown>;
    done: (res: request.Response, o: O, caller: Actor) => Promise<void>;
  },
): Scenario {
  return async (who, representative) => {
    const as = who === 'anonymous' ? undefined : await spec.as?.(who);
    const o = await spec.object(kit.freshFor(key, who), who === 'anonymous' ? undefined : (as ?? representative));
    const before = await spec.record(o);
    return {
      url: spec.url(o),
      as,
      body: spec.body?.(o),
      verify: async (res, outcome, caller) => {
        if (outcome === 'ok') return spec.done(res, o, caller!);
        expect(kit.textOf(res)).not.toContain(o.marker);
        expect(await spec.record(o)).toEqual(before);
      },
    };
  };
}

/** `scenario` called by `as(who)` instead of the role's representative (who is also the scenario's actor); anonymous stays anonymous. */
export function calledBy(as: (who: Who) => Promise<Actor | undefined>, scenario: Scenario): Scenario {
  return async (who, representative) => {
    const caller = who === 'anonymous' ? undefined : await as(who);
    const prepared = await scenario(who, caller ?? representative);
    return caller && !prepared.as ? { ...prepared, as: caller } : prepared;
  };
}
