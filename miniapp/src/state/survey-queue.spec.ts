const saved = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    // A copy, as real storage serialises: nothing in memory survives a reload.
    getStorageSync: (key: string) => (saved.has(key) ? JSON.parse(JSON.stringify(saved.get(key))) : ''),
    setStorageSync: (key: string, value: unknown) => saved.set(key, JSON.parse(JSON.stringify(value))),
    removeStorageSync: (key: string) => saved.delete(key),
  },
}));

import type { SurveyEntryRequest, SurveyInfo } from '@lingjuli/shared';
import { ApiError } from '@/services/http';
import {
  clearSurveyQueue,
  discardSurveyEntry,
  enqueueSurveyEntry,
  flushSurveyQueue,
  loadSurveyQueue,
  queueCounts,
  surveyCache,
  type SendSurveyEntry,
} from '@/state/survey-queue';

const ALICE = 7;
const BOB = 8;
const noWait = { delaysMs: [10, 20], sleep: async () => undefined };
const network = () => new ApiError(0, 'NETWORK', '网络不给力');

function household(clientKey: string, surveyId = 3, userId = ALICE) {
  const body: SurveyEntryRequest = {
    answers: [{ questionId: 11, choice: 'satisfied' }],
    interviewedAt: '2026-03-02T09:30:00+08:00',
    clientKey,
  };
  return { clientKey, userId, surveyId, surveyTitle: '满意度调查', place: '3号楼 2单元 301室', body };
}

const keys = (userId = ALICE) => loadSurveyQueue(userId).map((e) => e.clientKey);

describe('the queue of households saved at the door', () => {
  beforeEach(() => clearSurveyQueue());

  it('keeps every saved household in storage, in order, before anything is sent', () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    enqueueSurveyEntry(household('key-aaaa-2'));
    enqueueSurveyEntry(household('key-bbbb-1', 3, BOB));
    expect(keys()).toEqual(['key-aaaa-1', 'key-aaaa-2']);
    expect(keys(BOB)).toEqual(['key-bbbb-1']);
    expect(loadSurveyQueue(ALICE)[0]).toMatchObject({ status: 'pending', refusal: null, body: { clientKey: 'key-aaaa-1' } });
  });

  it('keeps one entry per clientKey: saving it again (fixed) replaces it where it stood, waiting again', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    enqueueSurveyEntry(household('key-aaaa-2'));
    await flushSurveyQueue(
      ALICE,
      jest
        .fn()
        .mockRejectedValueOnce(new ApiError(400, 'VALIDATION_FAILED', '请检查', [{ field: 'answers.0', message: '请选择' }]))
        .mockResolvedValue({ status: 201 }),
      { retry: noWait },
    );
    expect(loadSurveyQueue(ALICE)[0].status).toBe('refused');
    const fixed = household('key-aaaa-1');
    fixed.body.answers = [{ questionId: 11, choice: 'unsatisfied' }];
    enqueueSurveyEntry(fixed);
    expect(keys()).toEqual(['key-aaaa-1']);
    expect(loadSurveyQueue(ALICE)[0]).toMatchObject({ status: 'pending', refusal: null, body: { answers: [{ choice: 'unsatisfied' }] } });
  });

  it('survives a reload: a fresh module reads the same queue from storage', () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    surveyCache.saveSurvey(ALICE, { id: 3, title: '满意度调查', myEntries: 4 } as SurveyInfo);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy of the module, as after closing the app
      const again = require('@/state/survey-queue') as typeof import('@/state/survey-queue');
      expect(again.loadSurveyQueue(ALICE).map((e) => e.clientKey)).toEqual(['key-aaaa-1']);
      expect(again.surveyCache.survey(ALICE, 3)?.myEntries).toBe(4);
      // Another liaison on this phone does not see hers.
      expect(again.surveyCache.survey(BOB, 3)).toBeNull();
    });
  });

  it('sends in order, and an entry the server took (201, or 200 for a resend) leaves the queue', async () => {
    ['key-aaaa-1', 'key-aaaa-2', 'key-aaaa-3'].forEach((k) => enqueueSurveyEntry(household(k)));
    surveyCache.saveSurvey(ALICE, { id: 3, title: '满意度调查', myEntries: 5 } as SurveyInfo);
    const sent: string[] = [];
    const send: SendSurveyEntry = async (_id, body) => {
      sent.push(body.clientKey);
      return { status: body.clientKey === 'key-aaaa-2' ? 200 : 201 };
    };
    const result = await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(sent).toEqual(['key-aaaa-1', 'key-aaaa-2', 'key-aaaa-3']);
    expect(result).toMatchObject({ sent: 3, refused: 0, stopped: null, created: { 3: 2 } });
    expect(keys()).toEqual([]);
    // Her kept count grew by those taken now (the 200 was taken before, and counted then).
    expect(surveyCache.survey(ALICE, 3)?.myEntries).toBe(7);
  });

  it('retries an entry on network failure with the same clientKey, then goes on', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    enqueueSurveyEntry(household('key-aaaa-2'));
    const send = jest.fn().mockRejectedValueOnce(network()).mockRejectedValueOnce(network()).mockResolvedValue({ status: 201 });
    const result = await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(send.mock.calls.map((c) => (c[1] as SurveyEntryRequest).clientKey)).toEqual(['key-aaaa-1', 'key-aaaa-1', 'key-aaaa-1', 'key-aaaa-2']);
    expect(result.sent).toBe(2);
    expect(keys()).toEqual([]);
  });

  it('stops when the network stays away after the retries, keeping that entry and the rest in order', async () => {
    ['key-aaaa-1', 'key-aaaa-2', 'key-aaaa-3'].forEach((k) => enqueueSurveyEntry(household(k)));
    const send = jest.fn().mockResolvedValueOnce({ status: 201 }).mockRejectedValue(network());
    const result = await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(result).toMatchObject({ sent: 1, refused: 0 });
    expect(result.stopped?.code).toBe('NETWORK');
    // One try of the first, then three of the second (two waits): the third was not tried.
    expect(send).toHaveBeenCalledTimes(4);
    expect(keys()).toEqual(['key-aaaa-2', 'key-aaaa-3']);
    expect(loadSurveyQueue(ALICE).every((e) => e.status === 'pending')).toBe(true);
  });

  it('keeps an entry the server refused (4xx) with its words, and sends the next', async () => {
    ['key-aaaa-1', 'key-aaaa-2'].forEach((k) => enqueueSurveyEntry(household(k)));
    const send = jest
      .fn()
      .mockRejectedValueOnce(new ApiError(400, 'VALIDATION_FAILED', '请检查：answers.0', [{ field: 'answers.0', message: '请选择：满意 / 基本满意 / 不满意' }]))
      .mockResolvedValue({ status: 201 });
    const result = await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(result).toMatchObject({ sent: 1, refused: 1, stopped: null });
    // A refusal is not retried: it would fail the same way.
    expect(send).toHaveBeenCalledTimes(2);
    const [kept] = loadSurveyQueue(ALICE);
    expect(kept).toMatchObject({
      clientKey: 'key-aaaa-1',
      status: 'refused',
      refusal: { status: 400, field: 'answers.0', message: '请选择：满意 / 基本满意 / 不满意' },
    });
    expect(queueCounts(loadSurveyQueue(ALICE))).toEqual({ waiting: 1, refused: 1 });
  });

  it('leaves a refused entry out of the automatic sends, and sends it again on 重新上传', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    await flushSurveyQueue(ALICE, jest.fn().mockRejectedValue(new ApiError(409, 'SURVEY_CLOSED', '该入户调查已结束，不再接收录入')), { retry: noWait });
    const send = jest.fn().mockResolvedValue({ status: 201 });
    await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(send).not.toHaveBeenCalled();
    expect(loadSurveyQueue(ALICE)[0].refusal?.message).toBe('该入户调查已结束，不再接收录入');
    await flushSurveyQueue(ALICE, send, { retry: noWait, includeRefused: true });
    expect(send).toHaveBeenCalledTimes(1);
    expect(keys()).toEqual([]);
  });

  it('stops without marking the entry when the session ended (401) or the server is busy (429)', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    const result = await flushSurveyQueue(ALICE, jest.fn().mockRejectedValue(new ApiError(401, 'UNAUTHENTICATED', '请先登录')), { retry: noWait });
    expect(result.stopped?.status).toBe(401);
    expect(loadSurveyQueue(ALICE)[0].status).toBe('pending');
    await flushSurveyQueue(ALICE, jest.fn().mockRejectedValue(new ApiError(429, 'RATE_LIMITED', '请求过于频繁')), { retry: noWait });
    expect(loadSurveyQueue(ALICE)[0].status).toBe('pending');
  });

  it('gives a refused entry a fresh key when someone else used its key, so that it can be sent', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    await flushSurveyQueue(ALICE, jest.fn().mockRejectedValue(new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', '该录入编号已用于另一份录入')), { retry: noWait });
    const [kept] = loadSurveyQueue(ALICE);
    expect(kept.clientKey).not.toBe('key-aaaa-1');
    expect(kept.body.clientKey).toBe(kept.clientKey);
    expect(kept.status).toBe('refused');
  });

  it('sends only her own entries, and one flush at a time', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    enqueueSurveyEntry(household('key-bbbb-1', 3, BOB));
    let release: () => void = () => undefined;
    const send = jest.fn(() => new Promise((resolve) => (release = () => resolve({ status: 201 }))));
    const first = flushSurveyQueue(ALICE, send, { retry: noWait });
    const second = flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(second).toBe(first);
    await Promise.resolve();
    release();
    await first;
    expect(send).toHaveBeenCalledTimes(1);
    expect(keys()).toEqual([]);
    expect(keys(BOB)).toEqual(['key-bbbb-1']);
  });

  it('lets her discard a household, and skips one discarded while the queue was being sent', async () => {
    ['key-aaaa-1', 'key-aaaa-2'].forEach((k) => enqueueSurveyEntry(household(k)));
    const send = jest.fn(async (_id: number, body: SurveyEntryRequest) => {
      if (body.clientKey === 'key-aaaa-1') discardSurveyEntry(ALICE, 'key-aaaa-2');
      return { status: 201 };
    });
    await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(send).toHaveBeenCalledTimes(1);
    expect(keys()).toEqual([]);
  });

  it('sends a household saved while the queue is on its way in the same run, after those before it', async () => {
    enqueueSurveyEntry(household('key-aaaa-1'));
    const sent: string[] = [];
    const send: SendSurveyEntry = async (_id, body) => {
      sent.push(body.clientKey);
      if (body.clientKey === 'key-aaaa-1') enqueueSurveyEntry(household('key-aaaa-2'));
      return { status: 201 };
    };
    // A second save asks for a send while this one runs: it gets the running one, which takes the new entry too.
    const result = await flushSurveyQueue(ALICE, send, { retry: noWait });
    expect(sent).toEqual(['key-aaaa-1', 'key-aaaa-2']);
    expect(result.created).toEqual({ 3: 2 });
    expect(keys()).toEqual([]);
  });

  it('counts what waits and what was refused, per survey', () => {
    enqueueSurveyEntry(household('key-aaaa-1', 3));
    enqueueSurveyEntry(household('key-aaaa-2', 4));
    const all = loadSurveyQueue(ALICE);
    expect(queueCounts(all)).toEqual({ waiting: 2, refused: 0 });
    expect(queueCounts(all, 4)).toEqual({ waiting: 1, refused: 0 });
    expect(queueCounts(all, 5)).toEqual({ waiting: 0, refused: 0 });
  });

  it('counts entries taken into the kept survey (her count when offline)', () => {
    surveyCache.saveList(ALICE, [{ id: 3, title: '满意度调查', myEntries: 2 } as SurveyInfo]);
    surveyCache.countTaken(ALICE, { 3: 2, 9: 1 });
    expect(surveyCache.survey(ALICE, 3)?.myEntries).toBe(4);
    expect(surveyCache.list(ALICE)?.map((s) => s.id)).toEqual([3]);
  });
});
