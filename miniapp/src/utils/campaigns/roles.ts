import { PERMISSIONS, type Role } from '@lingjuli/shared';
import { HALL_ROLES } from '@/utils/hall/roles';

/** Who reads the street's campaigns at work (the staff pages): `campaign.read` but not liaisons, whose page is the site report. */
export const CAMPAIGN_STAFF_ROLES: readonly Role[] = PERMISSIONS['campaign.read'].filter((r) => !HALL_ROLES.includes(r));

/** Who creates, starts and finishes a campaign: the street. */
export const CAMPAIGN_MANAGER_ROLES: readonly Role[] = PERMISSIONS['campaign.manage'];

/** Who reports a site found on the rounds, in her own community: liaisons and the community's staff. */
export const SITE_REPORTER_ROLES: readonly Role[] = PERMISSIONS['campaign.reportSite'];
