import type { ResidentHousehold, ResidentHouseholdQuery } from '@lingjuli/shared';
import { http } from '@/services/api';

/** The households residents stated, as the community's staff verify them (her own `me/household` calls are in hall-api). */
export const householdsApi = {
  /** Her community's statements, unverified first (at most 500; the filters narrow them). */
  list: (query: ResidentHouseholdQuery = {}) => http.get<ResidentHousehold[]>('/households', { query: { ...query } }),
  /** Confirmed against the community's register; again changes nothing. */
  verify: (userId: number) => http.post<ResidentHousehold>(`/households/${userId}/verify`),
  /** She moved or stated the wrong flat: the statement goes and she states it again. */
  reset: (userId: number) => http.delete<void>(`/households/${userId}`),
};
