import { Text, View } from '@tarojs/components';
import { VOLUNTEER_KIND_LABELS, type VolunteerKind } from '@lingjuli/shared';
import type { KindChoice } from '@/utils/volunteers/applications';
import './volunteers.scss';

/** What each kind is, in a line or two she can judge herself by. */
const KIND_LINES: Record<VolunteerKind, string[]> = {
  liaison: ['联系身边的邻居，把大家的困难和意见反映给社区，协助走访、调解、宣传政策。', '通过后您的账号会成为民情专员账号。'],
  partyMember: ['在职党员到居住的社区报到（双报到），参加社区的志愿服务和活动。', '需要填写工作单位和所在党组织。'],
};

/**
 * One thing she may apply to be, as a whole card to tap: `#volunteer-apply-<kind>`, `data-open` (may
 * she apply now), `data-selected` (its form is open). Closed, it says why (已是民情专员, 正在审核).
 */
export function KindCard({ choice, selected, onStart }: { choice: KindChoice; selected: boolean; onStart: () => void }) {
  return (
    <View
      id={`volunteer-apply-${choice.kind}`}
      className={`volunteer-kind ${choice.open ? '' : 'volunteer-kind--closed'} ${selected ? 'volunteer-kind--on' : ''}`}
      data-open={choice.open ? 'true' : 'false'}
      data-selected={selected ? 'true' : 'false'}
      onClick={() => choice.open && onStart()}
    >
      <Text className='volunteer-kind__title'>{VOLUNTEER_KIND_LABELS[choice.kind]}</Text>
      {KIND_LINES[choice.kind].map((line) => (
        <Text key={line} className='volunteer-kind__line'>
          {line}
        </Text>
      ))}
      {choice.open ? (
        <Text className='volunteer-kind__go'>{selected ? '请在下面填写 ↓' : `申请成为${VOLUNTEER_KIND_LABELS[choice.kind]} ›`}</Text>
      ) : (
        <Text className='volunteer-kind__closed'>{choice.reason}</Text>
      )}
    </View>
  );
}
