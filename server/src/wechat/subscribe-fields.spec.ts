import { isFillableKey, templateData } from './subscribe-fields';

describe('a subscription message’s fields, cut to WeChat’s rules', () => {
  const words = {
    title: '紧急诉求：示例社区01 3号楼',
    text: '楼道里有很浓的煤气味，\n请马上来人看看，已经持续半小时了',
    code: '260302-00007',
    time: new Date('2026-03-02T10:30:00+08:00'),
  };

  it('fills each configured key with its word: thing 20 characters, character_string 32 of ASCII, time in Beijing time', () => {
    expect(templateData(words, { thing1: 'title', thing2: 'text', character_string3: 'code', time4: 'time', date5: 'time' })).toEqual({
      thing1: { value: '紧急诉求：示例社区01 3号楼' },
      thing2: { value: '楼道里有很浓的煤气味， 请马上来人看看…' },
      character_string3: { value: '260302-00007' },
      time4: { value: '2026-03-02 10:30' },
      date5: { value: '2026-03-02' },
    });
  });

  it('keeps only what a kind allows, and never sends an empty value', () => {
    expect(templateData(words, { phrase1: 'title', character_string2: 'title', thing3: 'place', name4: 'text' })).toEqual({
      phrase1: { value: '紧急诉求…' },
      character_string2: { value: '013' },
      thing3: { value: '—' },
      name4: { value: '楼道里有很浓的煤气…' },
    });
  });

  it('knows which keys it can fill', () => {
    expect(['thing12', 'time3', 'character_string1', 'phrase2'].every(isFillableKey)).toBe(true);
    expect(['amount1', 'car_number2', 'phone_number3'].some(isFillableKey)).toBe(false);
  });
});
