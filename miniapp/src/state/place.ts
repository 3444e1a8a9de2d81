import type { BuildingSummary, CommunitySummary } from '@lingjuli/shared';
import { storage } from '@/state/storage';
import { createStore, useStore } from '@/state/store';

const KEY = 'lingjuli.place';

/** Where the resident is: the community (and building) from the stairwell code she scanned last. */
export interface Place {
  community: CommunitySummary;
  building: BuildingSummary | null;
}

export const placeStore = createStore<Place | null>(storage.get<Place>(KEY));

export function setPlace(place: Place): void {
  storage.set(KEY, place);
  placeStore.set(place);
}

export function usePlace(): Place | null {
  return useStore(placeStore);
}
