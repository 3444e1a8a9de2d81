import type { MonthFigures } from '@lingjuli/shared';
import { formatScore, monthLabel } from '@/utils/measures/format';
import { sparklinePath } from '@/utils/measures/trend';

const W = 96;
const H = 28;

/** The composite's twelve months as a small line (plain SVG, desk only), the latest score after it. */
export function Sparkline({ trend }: { trend: readonly MonthFigures[] }) {
  const values = trend.map((m) => m.composite);
  const path = sparklinePath(values, W, H);
  const described = trend.map((m) => `${monthLabel(m.month)} ${formatScore(m.composite)}`).join('；');
  return (
    <svg className='desk-sparkline' width={W} height={H} viewBox={`0 0 ${W} ${H}`} role='img' aria-label={`综合得分近12个月：${described}`}>
      <title>{described}</title>
      <line x1='0' x2={W} y1={H / 2} y2={H / 2} className='desk-sparkline__mid' />
      {path && <path d={path} className='desk-sparkline__line' />}
    </svg>
  );
}
