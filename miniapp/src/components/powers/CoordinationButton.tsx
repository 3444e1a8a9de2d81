import { BigButton } from '@/components/BigButton';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';

/** From an appeal page to everything working on it together (统筹协调): `#open-coordination`. */
export function CoordinationButton({ appealId }: { appealId: number }) {
  return (
    <BigButton id='open-coordination' kind='plain' onClick={() => openPage(routes.coordination(appealId))}>
      统筹协调：吹哨、派单、专班
    </BigButton>
  );
}
