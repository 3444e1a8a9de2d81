import { bordaOrder, checkBallot, combinedTurnout, pollStatus, sortTexts, tallyPoll, turnout, type PollQuestionRule } from './polls';

const at = (iso: string) => new Date(iso);

/** The parking poll: which plan (single), which extras (at most two), the plans in order, and a word. */
const QUESTIONS: PollQuestionRule[] = [
  { id: 1, type: 'single', required: true, maxChoices: null, optionIds: [11, 12, 13] },
  { id: 2, type: 'multiple', required: false, maxChoices: 2, optionIds: [21, 22, 23] },
  { id: 3, type: 'ranked', required: true, maxChoices: null, optionIds: [31, 32, 33, 34] },
  { id: 4, type: 'text', required: false, maxChoices: null, optionIds: [] },
];

const good = () => [
  { questionId: 1, optionIds: [12] },
  { questionId: 2, optionIds: [23, 21] },
  { questionId: 3, optionIds: [33, 31] },
  { questionId: 4, text: '  希望夜间加装照明  ' },
];

describe('pollStatus', () => {
  const poll = { opensAt: at('2026-05-01T00:00:00Z'), closesAt: at('2026-05-08T00:00:00Z'), closedAt: null };
  it('is scheduled before it opens, open up to the closing instant, closed from it on', () => {
    expect(pollStatus(poll, at('2026-04-30T23:59:59.999Z'))).toBe('scheduled');
    expect(pollStatus(poll, at('2026-05-01T00:00:00Z'))).toBe('open');
    expect(pollStatus(poll, at('2026-05-07T23:59:59.999Z'))).toBe('open');
    expect(pollStatus(poll, at('2026-05-08T00:00:00Z'))).toBe('closed');
  });
  it('is closed once staff closed it early, even before its time', () => {
    expect(pollStatus({ ...poll, closedAt: at('2026-05-03T00:00:00Z') }, at('2026-05-03T00:00:01Z'))).toBe('closed');
  });
});

describe('checkBallot', () => {
  const problem = (answers: object[]) => {
    const result = checkBallot(QUESTIONS, answers as never);
    if (!('problem' in result)) throw new Error('expected a problem');
    return result.problem;
  };

  it('keeps a good ballot: choices in the question’s order, a ranking in hers, words trimmed', () => {
    expect(checkBallot(QUESTIONS, good())).toEqual({
      answers: [
        { questionId: 1, optionIds: [12] },
        { questionId: 2, optionIds: [21, 23] },
        { questionId: 3, optionIds: [33, 31] },
        { questionId: 4, text: '希望夜间加装照明' },
      ],
    });
  });

  it('leaves out the optional questions left blank', () => {
    const answers = good();
    answers[1] = { questionId: 2, optionIds: [] };
    answers[3] = { questionId: 4, text: '   ' };
    expect(checkBallot(QUESTIONS, answers)).toEqual({ answers: [good()[0], { questionId: 3, optionIds: [33, 31] }] });
  });

  it('wants one answer per question, in their order', () => {
    expect(problem(good().slice(0, 3)).field).toBe('answers');
    const swapped = good();
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(problem(swapped)).toEqual({ field: 'answers.0.questionId', message: '第1题已更新，请刷新后重新作答' });
  });

  it('refuses a required question left blank', () => {
    const answers = good();
    answers[0] = { questionId: 1, optionIds: [] };
    expect(problem(answers)).toEqual({ field: 'answers.0', message: '第1题为必答题' });
    const noRanking = good();
    noRanking[2] = { questionId: 3 } as never;
    expect(problem(noRanking).field).toBe('answers.2');
  });

  it('refuses an unknown option, two for a single choice, too many for a multiple one', () => {
    const unknown = good();
    unknown[0] = { questionId: 1, optionIds: [21] };
    expect(problem(unknown)).toEqual({ field: 'answers.0.optionIds', message: '第1题的选项不存在' });
    const two = good();
    two[0] = { questionId: 1, optionIds: [11, 12] };
    expect(problem(two).message).toBe('第1题只能选一项');
    const three = good();
    three[1] = { questionId: 2, optionIds: [21, 22, 23] };
    expect(problem(three)).toEqual({ field: 'answers.1.optionIds', message: '第2题最多选2项' });
    const twice = good();
    twice[1] = { questionId: 2, optionIds: [21, 21] };
    expect(problem(twice).field).toBe('answers.1.optionIds');
  });

  it('wants a ranking to be a permutation of some of the options', () => {
    const all = good();
    all[2] = { questionId: 3, optionIds: [34, 33, 32, 31] };
    expect('answers' in checkBallot(QUESTIONS, all)).toBe(true);
    const repeated = good();
    repeated[2] = { questionId: 3, optionIds: [31, 32, 31] };
    expect(problem(repeated)).toEqual({ field: 'answers.2.optionIds', message: '第3题每个选项只能排一次' });
    const foreign = good();
    foreign[2] = { questionId: 3, optionIds: [31, 11] };
    expect(problem(foreign).field).toBe('answers.2.optionIds');
  });

  it('keeps words to the text questions and choices to the others', () => {
    const longWords = good();
    longWords[3] = { questionId: 4, text: '字'.repeat(501) };
    expect(problem(longWords)).toEqual({ field: 'answers.3.text', message: '第4题的回答不能超过500个字' });
    const justRight = good();
    justRight[3] = { questionId: 4, text: '字'.repeat(500) };
    expect('answers' in checkBallot(QUESTIONS, justRight)).toBe(true);
    const wordsForChoice = good();
    wordsForChoice[0] = { questionId: 1, text: '方案二' };
    expect(problem(wordsForChoice).field).toBe('answers.0.text');
    const choiceForWords = good();
    choiceForWords[3] = { questionId: 4, optionIds: [11] };
    expect(problem(choiceForWords).field).toBe('answers.3.optionIds');
  });
});

describe('tallyPoll', () => {
  const ballots = [
    [
      { questionId: 1, optionIds: [12] },
      { questionId: 2, optionIds: [21, 23] },
      { questionId: 3, optionIds: [33, 31, 32, 34] },
      { questionId: 4, text: '乙' },
    ],
    [
      { questionId: 1, optionIds: [12] },
      { questionId: 3, optionIds: [31, 33] },
    ],
    [
      { questionId: 1, optionIds: [11] },
      { questionId: 2, optionIds: [21] },
      { questionId: 3, optionIds: [33] },
      { questionId: 4, text: '甲' },
    ],
  ];
  const [single, multiple, ranked, text] = tallyPoll(QUESTIONS, ballots);

  it('counts each option with its share of the ballots that answered the question', () => {
    expect(single).toEqual({
      questionId: 1,
      type: 'single',
      answered: 3,
      options: [
        { optionId: 11, count: 1, share: 1 / 3 },
        { optionId: 12, count: 2, share: 2 / 3 },
        { optionId: 13, count: 0, share: 0 },
      ],
    });
    expect(multiple.answered).toBe(2);
    expect(multiple.options.map((o) => [o.count, o.share])).toEqual([
      [2, 1],
      [0, 0],
      [1, 0.5],
    ]);
  });

  it('decides a ranked question by the Borda count, first preferences beside it', () => {
    // Four options: a first place is 4 points, a second 3, a third 2, a fourth 1, unranked 0.
    // 33: 4 + 3 + 4 = 11; 31: 3 + 4 = 7; 32: 2; 34: 1 — 21 points in all.
    expect(ranked.options).toEqual([
      { optionId: 31, count: 2, share: 2 / 3, bordaPoints: 7, bordaShare: 7 / 21, firstPreferences: 1, firstPreferenceShare: 1 / 3 },
      { optionId: 32, count: 1, share: 1 / 3, bordaPoints: 2, bordaShare: 2 / 21, firstPreferences: 0, firstPreferenceShare: 0 },
      { optionId: 33, count: 3, share: 1, bordaPoints: 11, bordaShare: 11 / 21, firstPreferences: 2, firstPreferenceShare: 2 / 3 },
      { optionId: 34, count: 1, share: 1 / 3, bordaPoints: 1, bordaShare: 1 / 21, firstPreferences: 0, firstPreferenceShare: 0 },
    ]);
    expect(bordaOrder(ranked)).toEqual([33, 31, 32, 34]);
  });

  it('breaks a Borda tie by first preferences, then by the question’s order', () => {
    const [tie] = tallyPoll(
      [{ id: 9, type: 'ranked', optionIds: [1, 2, 3] }],
      [[{ questionId: 9, optionIds: [2, 1] }], [{ questionId: 9, optionIds: [3, 2, 1] }], [{ questionId: 9, optionIds: [1, 3] }]],
    );
    // 1: 2 + 1 + 3 = 6; 2: 3 + 2 = 5; 3: 3 + 2 = 5 — 2 and 3 tie with one first preference each.
    expect(bordaOrder(tie)).toEqual([1, 2, 3]);
  });

  it('sorts the free words by themselves, whatever order they came in', () => {
    expect(text).toMatchObject({ answered: 2, options: [], texts: ['乙', '甲'].sort() });
    const [reversed] = tallyPoll([QUESTIONS[3]], [...ballots].reverse());
    expect(reversed.texts).toEqual(text.texts);
  });

  it('has no shares without ballots', () => {
    const [empty] = tallyPoll([QUESTIONS[2]], []);
    expect(empty.answered).toBe(0);
    expect(empty.options[0]).toMatchObject({ count: 0, share: null, bordaShare: null, firstPreferenceShare: null });
  });
});

describe('turnout', () => {
  it('divides those who answered by those in the audience, at most 1, null for no audience', () => {
    expect(turnout(3, 4)).toBe(0.75);
    expect(turnout(5, 4)).toBe(1);
    expect(turnout(0, 0)).toBeNull();
    expect(
      combinedTurnout([
        { participants: 1, eligible: 4 },
        { participants: 3, eligible: 4 },
      ]),
    ).toBe(0.5);
    expect(combinedTurnout([])).toBeNull();
  });

  it('sortTexts is a stable order of its own', () => {
    expect(sortTexts(['b', 'a', 'b'])).toEqual(['a', 'b', 'b']);
  });
});
