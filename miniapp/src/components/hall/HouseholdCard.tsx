import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { HOUSEHOLD_WHY } from '@/utils/hall/household';
import './hall.scss';

/** The first thing on the landing until she states her household: what, why, and one button. */
export function HouseholdCard({ onStart }: { onStart: () => void }) {
  return (
    <View id='hall-household-card' className='card hall-household'>
      <Text className='hall-household__title'>请先登记您的住址</Text>
      <Text className='hall-household__line'>只需填一次：哪栋楼、几单元、哪个房间。</Text>
      <View className='hall-household__why'>
        {HOUSEHOLD_WHY.map((line) => (
          <Text key={line} className='hall-household__line'>{`· ${line}`}</Text>
        ))}
      </View>
      <BigButton id='hall-household-start' onClick={onStart}>
        登记住址
      </BigButton>
    </View>
  );
}
