/** The measures' desk tables in the browser build (see MeasuresDesks.tsx). */
export { CommunityQueueDesk } from '@/components/desk/measures/CommunityQueueDesk';
export { OverviewDesk } from '@/components/desk/measures/OverviewDesk';
