import type { IsoDateTime } from './contract';

// ---- households (户): PUT/GET /me/household, GET /households, POST /households/:userId/verify|reset ----

/** A resident's household as she stated it, and whether the community's staff have verified it. */
export interface HouseholdInfo {
  householdId: number;
  communityId: number;
  communityName: string;
  buildingId: number;
  buildingName: string;
  unit: string;
  room: string;
  /** 3号楼 2单元 301室 */
  label: string;
  statedAt: IsoDateTime;
  verifiedAt: IsoDateTime | null;
}

/** `GET /me/household`: null until she states it. */
export interface MyHousehold {
  household: HouseholdInfo | null;
}

/** She states her household once (a move is reset by the community's staff). */
export interface StateHouseholdRequest {
  buildingId: number;
  /** 单元, e.g. "2" or "2单元". */
  unit: string;
  /** 室, e.g. "301" or "301室". */
  room: string;
}

/** A resident's stated household, as the community's staff see it to verify it. */
export interface ResidentHousehold extends HouseholdInfo {
  userId: number;
  displayName: string;
  /** Other residents who stated the same household. */
  sharedWith: number;
}

export interface ResidentHouseholdQuery {
  communityId?: number;
  verified?: boolean;
  buildingId?: number;
}
