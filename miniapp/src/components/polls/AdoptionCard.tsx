import { Text, View } from '@tarojs/components';
import { formatShanghaiDateTime, type PollAdoption } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import './polls.scss';

/** The adopted plan (采纳方案): the option chosen, the community's words, when. */
export function AdoptionCard({ adoption, showWho = false }: { adoption: PollAdoption; showWho?: boolean }) {
  return (
    <Card title='采纳方案' className='poll-adoption'>
      <View id='poll-adoption'>
        {adoption.optionLabel && <Text className='poll-adoption__option'>{adoption.optionLabel}</Text>}
        {adoption.text && <Text className='poll-adoption__text'>{adoption.text}</Text>}
        <Text className='muted'>{`${showWho ? `${adoption.by.name} ` : '社区'}记录于 ${formatShanghaiDateTime(new Date(adoption.at))}`}</Text>
      </View>
    </Card>
  );
}
