import { householdLabel, normaliseRoom, normaliseUnit, type BuildingSummary, type HouseholdInfo, type StateHouseholdRequest } from '@lingjuli/shared';
import { checked, collect, type Checked } from '@/utils/powers/check';

/** Her household (户) as she fills it in: the building chosen, the unit and room typed. */
export interface HouseholdDraft {
  buildingId: number | null;
  unit: string;
  room: string;
}

/** Why the hall asks for it, in her words (the card on the landing and the top of the form). */
export const HOUSEHOLD_WHY = [
  '征求意见按户计票：每户一票，需要知道您住在哪一户。',
  '议事会可能只请某几栋楼的居民参加：登记后，您才能看到并报名您这栋楼的议事会。',
  '住址只需登记一次，社区工作人员会核实。',
];

/** The building from the stairwell code she scanned, if it is one of the community's. */
export function preselectedBuilding(placeBuildingId: number | null | undefined, buildings: readonly BuildingSummary[]): number | null {
  return placeBuildingId != null && buildings.some((b) => b.id === placeBuildingId) ? placeBuildingId : null;
}

export function householdBody(draft: HouseholdDraft): Checked<StateHouseholdRequest> {
  const unit = normaliseUnit(draft.unit);
  const room = normaliseRoom(draft.room);
  return checked(
    collect({
      buildingId: draft.buildingId === null ? '请选择您住的楼栋' : undefined,
      unit: draft.unit.trim() ? (unit ? undefined : '单元号只能是数字或字母，如 2') : '请填写单元号，如 2',
      room: draft.room.trim() ? (room ? undefined : '房间号只能是数字或字母，如 301') : '请填写房间号，如 301',
    }),
    () => ({ buildingId: draft.buildingId as number, unit: draft.unit.trim(), room: draft.room.trim() }),
  );
}

/** What she is about to state, as it will read (3号楼 2单元 301室), once every part is filled in well. */
export function householdPreview(draft: HouseholdDraft, buildings: readonly BuildingSummary[]): string | null {
  const building = buildings.find((b) => b.id === draft.buildingId);
  const unit = normaliseUnit(draft.unit);
  const room = normaliseRoom(draft.room);
  return building && unit && room ? householdLabel(building.name, unit, room) : null;
}

/** 已核实 / 待核实, and what it means for her. */
export function householdStatus(h: Pick<HouseholdInfo, 'verifiedAt'>): { label: string; tone: 'ok' | 'warning'; note: string } {
  return h.verifiedAt
    ? { label: '已核实', tone: 'ok', note: '社区工作人员已核实您的住址。' }
    : { label: '待核实', tone: 'warning', note: '社区工作人员核实后会显示“已核实”。核实前您已经可以参加议事会和大多数征求意见。' };
}

/** A move (or a mistake) is changed by the community's staff: she cannot state it twice. */
export const HOUSEHOLD_MOVE_NOTE = '住址登记后不能自己修改。如果搬家或填错了，请联系社区工作人员为您重新登记。';
