import type { ComponentType } from 'react';
import { HallMeetingsSection } from '@/components/hall/HallMeetingsSection';
import { HallPollsSection } from '@/components/hall/HallPollsSection';
import { HallVolunteerSection } from '@/components/hall/HallVolunteerSection';
import { HallCampaignsSection } from '@/components/hall/HallCampaignsSection';
import type { HallContext } from '@/hooks/hall/useHall';

/** A part of the hall's landing: it loads what it needs from the context and renders nothing when it has nothing. */
export interface HallSectionEntry {
  key: string;
  Component: ComponentType<{ hall: HallContext }>;
}

/**
 * The landing's sections, in order, under the household card. A new part of the hall (a poll, a
 * volunteer or a campaign piece) is one more entry here, or replaces one: the page itself stays as it is.
 */
export const HALL_SECTIONS: readonly HallSectionEntry[] = [
  { key: 'meetings', Component: HallMeetingsSection },
  { key: 'polls', Component: HallPollsSection },
  { key: 'volunteer', Component: HallVolunteerSection },
  { key: 'campaigns', Component: HallCampaignsSection },
];
