import { LEVELS, LEVEL_LABELS, type Level } from '@lingjuli/shared';
import type { FilterOption, TableModel } from '@/utils/desk/table';
import { STREET_APPEALS_TABLE, type StreetAppealRow } from '@/utils/desk/street-tables';

/** A community's queue at the desk: the 街道在办诉求 table's sorts and search, and the level each appeal is held at. */
export const COMMUNITY_APPEALS_TABLE: TableModel<StreetAppealRow> = {
  sortValues: { ...STREET_APPEALS_TABLE.sortValues, level: (r) => LEVELS.indexOf(r.appeal.level) },
  searchTexts: (r) => [r.appeal.summary, r.appeal.code, r.appeal.buildingName],
};

/** The level filter's choices: community, street, task force. */
export const LEVEL_OPTIONS: readonly FilterOption[] = LEVELS.map((l: Level) => ({ value: l, label: LEVEL_LABELS[l] }));
