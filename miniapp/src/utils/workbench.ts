import type { Role } from '@lingjuli/shared';
import { routes } from '@/routes';

/** The first page of each role's work. */
export function workbenchFor(role: Role): string {
  switch (role) {
    case 'liaison':
      return routes.liaisonTasks();
    case 'communityStaff':
    case 'communitySecretary':
    case 'gridSecretary':
      return routes.staffQueue();
    case 'commandCenter':
    case 'streetAdmin':
      return routes.streetOrders();
    case 'departmentStaff':
      return routes.departmentQueue();
    default:
      return routes.mine();
  }
}
