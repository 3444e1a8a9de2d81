import { CATEGORY_INFO, residentStatus, type AppealSummary } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import { Countdown } from '@/components/Countdown';
import { ResidentStatusTag, StatusTag, Tag, TierTag } from '@/components/Tags';
import './resident.scss';

/**
 * One of her appeals in the list: where it stands in her words (待评价 with a button to rate), tier,
 * what it is about and, while nobody has answered yet, the time left. One she only joined ("我也遇到了")
 * is marked so; its summary is then a neutral line, not the neighbour's words. Staff who open this list
 * (`asStaff`) see the workflow's words instead.
 */
export function AppealListItem({ appeal, onOpen, asStaff = false }: { appeal: AppealSummary; onOpen: (id: number) => void; asStaff?: boolean }) {
  const status = { ...appeal, filedByViewer: !appeal.supportedByMe };
  const words = residentStatus(status);
  const action = asStaff ? undefined : words.action;
  return (
    <View className='card appeal-item' data-id={appeal.id} id={`appeal-${appeal.id}`} onClick={() => onOpen(appeal.id)}>
      <View className='row appeal-item__tags'>
        {asStaff ? <StatusTag status={appeal.status} /> : <ResidentStatusTag appeal={status} />}
        <TierTag tier={appeal.tier} />
        {appeal.supportedByMe && <Tag tone='ok'>我也遇到了</Tag>}
        <Text className='muted'>{CATEGORY_INFO[appeal.category].label}</Text>
      </View>
      <Text className='appeal-item__summary'>{appeal.summary}</Text>
      <View className='appeal-item__foot'>
        {asStaff || words.countdown ? <Countdown appeal={appeal} showDue={false} /> : <View />}
        {action ? (
          <View
            id={`rate-${appeal.id}`}
            className='appeal-item__action'
            onClick={(e) => {
              e.stopPropagation();
              onOpen(appeal.id);
            }}
          >
            <Text>{action.label}</Text>
          </View>
        ) : (
          <Text className='appeal-item__more'>查看 ›</Text>
        )}
      </View>
      <Text className='muted'>
        编号 {appeal.code}
        {appeal.buildingName ? ` · ${appeal.buildingName}` : ''}
      </Text>
    </View>
  );
}
