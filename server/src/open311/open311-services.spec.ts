import { CATEGORIES, CATEGORY_INFO, proposeTriage } from '@lingjuli/shared';
import { categoryAttributes, serviceAttributes, SERVICES } from './open311-services';

/** The answers' words go into the appeal's words, where triage reads them like anything else the resident says. */
describe('the services’ questions and triage', () => {
  const NEUTRAL = '情况如下';
  const wordsOf = (label: string | undefined, value: { name: string; words?: string }) => value.words ?? `${label}：${value.name}`;

  it('raises an emergency only where the answer says so (a gas smell, someone trapped)', () => {
    const raised: string[] = [];
    for (const category of CATEGORIES) {
      for (const attribute of categoryAttributes(category)) {
        for (const value of attribute.values ?? []) {
          const tier = proposeTriage(`${NEUTRAL}\n${wordsOf(attribute.label ?? attribute.description, value)}`, category).tier;
          if (tier !== CATEGORY_INFO[category].defaultTier) raised.push(`${category}.${attribute.code}=${value.key}→${tier}`);
        }
      }
    }
    expect(raised.sort()).toEqual(['gas.gas_smell=yes→emergency', 'lift.trapped=yes→emergency']);
  });

  it('asks every service for its place first; the community is required only of a key of several communities', () => {
    const one = [{ code: 'C01', name: '甲社区' }];
    for (const service of SERVICES) {
      const attributes = serviceAttributes(service.code, one);
      expect(attributes.slice(0, 2).map((a) => [a.code, a.required])).toEqual([
        ['building', false],
        ['community', false],
      ]);
      expect(new Set(attributes.map((a) => a.code)).size).toBe(attributes.length);
    }
    expect(serviceAttributes('water', [...one, { code: 'C02', name: '乙社区' }])[1].required).toBe(true);
  });
});
