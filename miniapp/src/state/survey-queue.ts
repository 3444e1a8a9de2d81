import type { BuildingSummary, SurveyEntryRequest, SurveyInfo } from '@lingjuli/shared';
import { ApiError, type FailureCode } from '@/services/http';
import { storage } from '@/state/storage';
import { createStore } from '@/state/store';
import { newDraftKey } from '@/utils/draft';
import { withRetry, type RetryOptions } from '@/utils/retry';

/*
 * The households a liaison saved at the door (入户调查), kept on the phone until the server has them:
 * every save goes into this queue in storage before anything is sent, so a lost signal, leaving the
 * page or closing the app loses nothing. The queue is sent in order; each entry carries its own
 * `clientKey`, so a resend after a lost answer is the same entry (the server answers 200), never a
 * second household.
 */

const KEY = 'lingjuli.surveyQueue';
/** Waits between tries of one entry on a flaky network (the same clientKey every time). */
export const SEND_RETRY: RetryOptions = { delaysMs: [1000, 3000, 8000] };

/** A refusal the server gave for this entry: it stays in the queue with these words until she fixes or discards it. */
export interface EntryRefusal {
  status: number;
  code: FailureCode;
  message: string;
  /** The field the server named (`answers.1`, `buildingId`, `interviewedAt` …), if any. */
  field: string | null;
}

export interface QueuedSurveyEntry {
  /** The phone's key for the household; also the queue's key (one entry per key). */
  clientKey: string;
  /** Who saved it: only she sends it (the server counts it as hers). */
  userId: number;
  surveyId: number;
  surveyTitle: string;
  /** Where, as she sees it: 3号楼 2单元 301室. */
  place: string;
  /** The request as it will be sent (its `clientKey` equals the entry's). */
  body: SurveyEntryRequest;
  savedAt: string;
  /** `pending`: waiting to be sent; `refused`: the server said no (4xx), see `refusal`. */
  status: 'pending' | 'refused';
  refusal: EntryRefusal | null;
}

/** Sends one household (POST /surveys/:id/entries); resolves on 200 or 201, with `{ status }` when it knows it. */
export type SendSurveyEntry = (surveyId: number, body: SurveyEntryRequest) => Promise<unknown>;

function readAll(): QueuedSurveyEntry[] {
  const saved = storage.get<QueuedSurveyEntry[]>(KEY);
  return Array.isArray(saved) ? saved : [];
}

/** Bumped on every change, so pages showing the queue redraw (storage itself is the truth). */
export const surveyQueueVersion = createStore(0);

function writeAll(entries: QueuedSurveyEntry[]): void {
  if (entries.length) storage.set(KEY, entries);
  else storage.remove(KEY);
  surveyQueueVersion.set(surveyQueueVersion.get() + 1);
}

/** Her queue, in the order saved (read from storage every time: it survives a reload or a closed app). */
export function loadSurveyQueue(userId: number): QueuedSurveyEntry[] {
  return readAll().filter((e) => e.userId === userId);
}

/**
 * Puts a saved household in the queue. The same `clientKey` again (she fixed a refused entry) replaces
 * it where it stood, waiting again; never a second copy.
 */
export function enqueueSurveyEntry(entry: Omit<QueuedSurveyEntry, 'status' | 'refusal' | 'savedAt'> & { savedAt?: string }): QueuedSurveyEntry {
  const queued: QueuedSurveyEntry = {
    ...entry,
    body: { ...entry.body, clientKey: entry.clientKey },
    savedAt: entry.savedAt ?? new Date().toISOString(),
    status: 'pending',
    refusal: null,
  };
  const all = readAll();
  const at = all.findIndex((e) => e.clientKey === queued.clientKey);
  if (at >= 0) all[at] = queued;
  else all.push(queued);
  writeAll(all);
  return queued;
}

/** She gives up on a household (a refused one she cannot fix). */
export function discardSurveyEntry(userId: number, clientKey: string): void {
  writeAll(readAll().filter((e) => !(e.userId === userId && e.clientKey === clientKey)));
}

function update(clientKey: string, change: (e: QueuedSurveyEntry) => QueuedSurveyEntry | null): void {
  const all = readAll();
  const at = all.findIndex((e) => e.clientKey === clientKey);
  if (at < 0) return;
  const next = change(all[at]);
  if (next) all[at] = next;
  else all.splice(at, 1);
  writeAll(all);
}

/** How many wait and how many were refused, for one survey or all. */
export function queueCounts(entries: readonly QueuedSurveyEntry[], surveyId?: number): { waiting: number; refused: number } {
  const mine = surveyId === undefined ? entries : entries.filter((e) => e.surveyId === surveyId);
  return { waiting: mine.length, refused: mine.filter((e) => e.status === 'refused').length };
}

/** A refusal the entry itself caused (a 4xx), as opposed to the network, the session or a busy server. */
export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && ![401, 408, 429].includes(error.status);
}

export interface FlushResult {
  /** Entries the server took (201) or had already taken (200). */
  sent: number;
  /** Taken now for the first time (201), by survey: what her count on the server grew by. */
  created: Record<number, number>;
  /** Entries refused this time (kept, with the server's words). */
  refused: number;
  /** Why sending stopped before the end (no network after the retries, a busy server, the session ended). */
  stopped: ApiError | null;
}

export interface FlushOptions {
  /** Also send the entries refused before (重新上传: the cause may have been fixed on the server's side). */
  includeRefused?: boolean;
  retry?: RetryOptions;
}

let running: Promise<FlushResult> | null = null;

/**
 * Sends her queue in order, one entry at a time, each retried on network failures. Taken (200/201):
 * out of the queue. Refused (4xx): kept with the server's message, and the next entry is sent. No
 * answer after the retries, a 5xx, 429 or 401: stops, and the rest waits for the next try. One send
 * at a time: a second call while one runs gets the running one.
 */
export function flushSurveyQueue(userId: number, send: SendSurveyEntry, options: FlushOptions = {}): Promise<FlushResult> {
  if (running) return running;
  running = flush(userId, send, options).finally(() => {
    running = null;
  });
  return running;
}

async function flush(userId: number, send: SendSurveyEntry, options: FlushOptions): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, created: {}, refused: 0, stopped: null };
  const tried = new Set<string>();
  const sendable = (e: QueuedSurveyEntry) => !tried.has(e.clientKey) && (e.status === 'pending' || !!options.includeRefused);
  // Read the queue again before each entry: one saved meanwhile is sent in this run too (after those before it),
  // one she discarded or changed meanwhile is not sent as it was.
  for (let entry = loadSurveyQueue(userId).find(sendable); entry; entry = loadSurveyQueue(userId).find(sendable)) {
    const current = entry;
    tried.add(current.clientKey);
    try {
      const answer = await withRetry(() => send(current.surveyId, current.body), options.retry ?? SEND_RETRY);
      const status = (answer as { status?: unknown } | null)?.status;
      if (status === 201) {
        result.created[current.surveyId] = (result.created[current.surveyId] ?? 0) + 1;
        // Counted before it leaves the queue, so her 已保存 n 户 never dips in between.
        surveyCache.countTaken(userId, { [current.surveyId]: 1 });
      }
      update(current.clientKey, () => null);
      result.sent++;
    } catch (error) {
      if (!isRefusal(error)) {
        result.stopped = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', '上传未能完成，请稍后重试');
        break;
      }
      result.refused++;
      update(current.clientKey, (e) => {
        const kept = refused(e, error);
        tried.add(kept.clientKey);
        return kept;
      });
    }
  }
  return result;
}

/** Keeps a refused entry with the server's words. A key someone else used gets a fresh one, so 重新上传 can send it. */
function refused(entry: QueuedSurveyEntry, error: ApiError): QueuedSurveyEntry {
  const refusal: EntryRefusal = {
    status: error.status,
    code: error.code,
    message: error.details[0]?.message ?? error.message,
    field: error.details[0]?.field ?? null,
  };
  if (error.code !== 'IDEMPOTENCY_KEY_REUSED') return { ...entry, status: 'refused', refusal };
  // Never the entry's own earlier send (that answers 200): a new key is a new household as she saved it.
  const clientKey = newDraftKey();
  return {
    ...entry,
    clientKey,
    body: { ...entry.body, clientKey },
    status: 'refused',
    refusal: { ...refusal, message: '录入编号冲突，已换新编号，请点“重新上传”' },
  };
}

/** Forgets the queue of everyone on this phone, and what was kept to open the form offline (tests). */
export function clearSurveyQueue(): void {
  writeAll([]);
  storage.remove(CACHE_KEY);
}

// ---- what the form needs when the signal is gone ----

const CACHE_KEY = 'lingjuli.surveyCache';

interface SurveyCache {
  userId: number;
  /** The open surveys as last listed (ids, newest first). */
  list: number[] | null;
  surveys: Record<number, SurveyInfo>;
  buildings: BuildingSummary[] | null;
}

function readCache(userId: number): SurveyCache {
  const saved = storage.get<SurveyCache>(CACHE_KEY);
  // One liaison's copy per phone: another's is not hers to see.
  return saved && saved.userId === userId ? saved : { userId, list: null, surveys: {}, buildings: null };
}

/**
 * The surveys and her community's buildings as last loaded, so that the page opens (and the queue
 * shows what it holds) where there is no signal; `myEntries` counts on as entries are taken.
 */
export const surveyCache = {
  list(userId: number): SurveyInfo[] | null {
    const c = readCache(userId);
    return c.list ? c.list.map((id) => c.surveys[id]).filter((s): s is SurveyInfo => !!s) : null;
  },
  saveList(userId: number, surveys: readonly SurveyInfo[]): void {
    const c = readCache(userId);
    const kept: Record<number, SurveyInfo> = {};
    surveys.forEach((s) => (kept[s.id] = s));
    storage.set(CACHE_KEY, { ...c, list: surveys.map((s) => s.id), surveys: kept });
  },
  survey(userId: number, id: number): SurveyInfo | null {
    return readCache(userId).surveys[id] ?? null;
  },
  saveSurvey(userId: number, survey: SurveyInfo): void {
    const c = readCache(userId);
    storage.set(CACHE_KEY, { ...c, surveys: { ...c.surveys, [survey.id]: survey } });
  },
  buildings(userId: number): BuildingSummary[] | null {
    return readCache(userId).buildings;
  },
  saveBuildings(userId: number, buildings: readonly BuildingSummary[]): void {
    storage.set(CACHE_KEY, { ...readCache(userId), buildings: [...buildings] });
  },
  /** Entries taken now for the first time (201): her count as the server now has it. */
  countTaken(userId: number, created: Readonly<Record<number, number>>): void {
    const c = readCache(userId);
    const surveys = { ...c.surveys };
    Object.entries(created).forEach(([id, n]) => {
      const s = surveys[Number(id)];
      if (s) surveys[Number(id)] = { ...s, myEntries: (s.myEntries ?? 0) + n };
    });
    storage.set(CACHE_KEY, { ...c, surveys });
  },
};
