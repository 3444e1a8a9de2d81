/**
 * A household (户): a building + unit + room that a resident states once. Polls that count one answer
 * per household key on it, so two spellings of the same flat ("2单元" and "２", "301室" and "301")
 * must become one key.
 */

/** Longest unit or room after normalising (e.g. "12", "1502", "B-301"). */
export const HOUSEHOLD_PART_MAX = 10;

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** The words residents add around the number: 2单元, 301室, 301号, 3门. */
const UNIT_WORDS = /(单元|门)$/;
const ROOM_WORDS = /(室|号|户)$/;
const PART_PATTERN = /^[0-9A-Za-z][0-9A-Za-z-]*$/;

function normalisePart(raw: string, words: RegExp): string | null {
  const ascii = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  const bare = ascii.replace(words, '').toUpperCase();
  if (!bare || bare.length > HOUSEHOLD_PART_MAX || !PART_PATTERN.test(bare)) return null;
  // Leading zeros are not part of a flat's number: "0301" is 301.
  return bare.replace(/^0+(?=[0-9A-Z])/, '');
}

/** The unit (单元) as stored, or null when it is not a unit number ("2", "2单元", "２单元" → "2"). */
export function normaliseUnit(raw: string): string | null {
  return normalisePart(raw, UNIT_WORDS);
}

/** The room (室) as stored, or null when it is not a room number ("301", "301室", "0301" → "301"). */
export function normaliseRoom(raw: string): string | null {
  return normalisePart(raw, ROOM_WORDS);
}

/** How a household reads: 3号楼 2单元 301室. */
export function householdLabel(buildingName: string, unit: string, room: string): string {
  return `${buildingName} ${unit}单元 ${room}室`;
}

/**
 * Who a meeting or a poll is for: every household of the community, those of some buildings, or
 * the people invited by name (e.g. the residents' representatives 居民代表).
 */
export const AUDIENCES = ['community', 'buildings', 'invited'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface AudienceRule {
  audience: Audience;
  communityId: number;
  /** For `buildings`. */
  buildingIds: readonly number[];
  /** For `invited`. */
  invitedUserIds: readonly number[];
}

/** Whether a person (her stated household, if any) belongs to the audience. */
export function inAudience(rule: AudienceRule, person: { userId: number; household: { communityId: number; buildingId: number } | null }): boolean {
  switch (rule.audience) {
    case 'community':
      return person.household?.communityId === rule.communityId;
    case 'buildings':
      return person.household !== null && person.household.communityId === rule.communityId && rule.buildingIds.includes(person.household.buildingId);
    case 'invited':
      return rule.invitedUserIds.includes(person.userId);
  }
}
