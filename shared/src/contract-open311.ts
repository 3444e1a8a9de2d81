/** API contract of the street admin's Open311 keys (`/api/open311/clients`, docs/integration.md). */
import type { IsoDateTime, PersonRef } from './contract';

/** A system allowed to call the Open311 API, as the list shows it: never its key. */
export interface Open311ClientInfo {
  id: number;
  /** Who the key is for, e.g. 市城市管理平台. */
  name: string;
  /** The key's first characters, to tell keys apart without showing them. */
  keyPrefix: string;
  /** The communities whose appeals it reads and files in. */
  communityIds: number[];
  /** Whether it may file new appeals (POST requests). */
  canWrite: boolean;
  createdBy: PersonRef;
  createdAt: IsoDateTime;
  revokedAt: IsoDateTime | null;
  lastUsedAt: IsoDateTime | null;
}

export interface IssueOpen311ClientRequest {
  name: string;
  communityIds: number[];
  /** Default false: the key only reads. */
  canWrite?: boolean;
}

/** The answer to issuing a key: the only time the key itself is shown. */
export interface IssuedOpen311Client extends Open311ClientInfo {
  key: string;
}
