import { Text, View } from '@tarojs/components';
import type { VolunteerTeam } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { AgeBars } from '@/components/volunteers/AgeBars';
import { Facts } from '@/components/volunteers/Facts';
import { communityLine, kindLines } from '@/utils/volunteers/team';
import './volunteers.scss';

/**
 * The team (`#volunteers-team`): its head counts by kind and the trained (`#volunteers-count-<key>`),
 * the age mix of those serving as bars, and for the grid and the street each community's line
 * (`#volunteers-team-community-<id>`).
 */
export function TeamCard({ team }: { team: VolunteerTeam }) {
  const t = team.total;
  return (
    <View id='volunteers-team'>
      <Card title={team.communities.length > 1 ? `志愿者队伍（${team.communities.length}个社区合计）` : '志愿者队伍'}>
        <View className='team-counts'>
          {kindLines(t).map((line) => (
            <View key={line.key} id={`volunteers-count-${line.key}`}>
              <Facts lines={[line]} />
            </View>
          ))}
        </View>
      </Card>
      <Card title='年龄结构'>
        <Text className='team-legend'>{`在岗志愿者按${team.year}年的年龄统计；橙色为60岁及以上`}</Text>
        <AgeBars counts={t.ageBands} idPrefix='volunteers' />
      </Card>
      {team.communities.length > 1 && (
        <Card title='各社区'>
          {team.communities.map((c) => (
            <View key={c.communityId ?? 0} id={`volunteers-team-community-${c.communityId}`} className='team-community'>
              <Text className='team-community__name'>{c.communityName}</Text>
              <Text className='team-community__line'>{communityLine(c)}</Text>
            </View>
          ))}
        </Card>
      )}
    </View>
  );
}
