import type { WhistleEventInfo } from '@lingjuli/shared';
import { StepTimeline } from '@/components/Timeline';
import { WHISTLE_EVENT_LABELS } from '@/utils/powers/whistles';

/** The whistle's record (oldest first), drawn like an appeal's timeline; a missed report-in in red. */
export function WhistleRecord({ events }: { events: readonly WhistleEventInfo[] }) {
  const steps = events.map((e) => ({
    ...e,
    title: `${WHISTLE_EVENT_LABELS[e.type]}${e.departmentName ? ` · ${e.departmentName}` : ''}`,
    className: e.type === 'reportInMissed' ? 'pw-record--missed' : '',
  }));
  return <StepTimeline id='whistle-record' steps={steps} />;
}
