import { Text, View } from '@tarojs/components';
import { BALLOT_UNIT_LABELS, POLL_STATUS_LABELS, type PollSummary } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import { participationLine, pollTimeLine, staffPollGroup } from '@/utils/polls/lists';
import './polls.scss';

const TONES = { open: 'ok', scheduled: 'plain', awaitingAdoption: 'warning', done: 'plain' } as const;

/** A poll in the staff's list: its state, the closing countdown, the live turnout, what it still needs. `#polls-row-<id>`. */
export function PollRow({
  poll,
  now,
  eligible,
  showCommunity,
  onOpen,
}: {
  poll: PollSummary;
  now: Date;
  eligible?: number;
  showCommunity: boolean;
  onOpen: (id: number) => void;
}) {
  const group = staffPollGroup(poll);
  const time = pollTimeLine(poll, now);
  return (
    <View id={`polls-row-${poll.id}`} className={`card poll-row poll-row--${group}`} data-group={group} onClick={() => onOpen(poll.id)}>
      <View className='poll-head__tags'>
        <Tag tone={TONES[group]}>{group === 'done' ? '已采纳' : POLL_STATUS_LABELS[poll.status]}</Tag>
        <Tag>{BALLOT_UNIT_LABELS[poll.ballotUnit]}</Tag>
        {poll.verifiedHouseholdsOnly && <Tag>限已核实住户</Tag>}
      </View>
      <Text className='poll-row__title'>{poll.title}</Text>
      <Text className={`poll-row__line ${time.urgent ? 'poll-row__line--urgent' : ''}`}>{time.text}</Text>
      {poll.status !== 'scheduled' && <Text className='poll-row__line'>{participationLine(poll, poll.status === 'open' ? eligible : undefined)}</Text>}
      {showCommunity && <Text className='poll-row__meta'>{poll.communityName}</Text>}
      {group === 'awaitingAdoption' && <Text className='poll-row__todo'>待记录采纳方案 ›</Text>}
    </View>
  );
}
