import type { Category } from '@lingjuli/shared';

/** What the resident has typed so far, kept until the appeal is filed (or she clears it): see state/appeal-draft. */
export interface AppealDraft {
  /** The Idempotency-Key for this draft: every retry of it files at most one appeal. */
  key: string;
  communityId: number | null;
  buildingId: number | null;
  category: Category | null;
  content: string;
  contactPhone: string;
  locationText: string;
  /** Local paths of chosen photos (before upload). */
  photos: string[];
  savedAt: string;
}

export function newDraftKey(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `d${Date.now().toString(36)}${random}`.slice(0, 64);
}

export function emptyDraft(communityId: number | null, buildingId: number | null): AppealDraft {
  return {
    key: newDraftKey(),
    communityId,
    buildingId,
    category: null,
    content: '',
    contactPhone: '',
    locationText: '',
    photos: [],
    savedAt: new Date().toISOString(),
  };
}
