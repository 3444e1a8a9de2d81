/** The street's desk tables in the browser build (see StreetDesks.tsx). */
export { PendingOrdersDesk } from '@/components/desk/street/PendingOrdersDesk';
export { StreetAppealsDesk } from '@/components/desk/street/StreetAppealsDesk';
