import { Text, View } from '@tarojs/components';
import { Tag } from '@/components/Tags';
import { ErrorBox, Loading } from '@/components/States';
import { HallSection } from '@/components/hall/HallSection';
import type { HallContext } from '@/hooks/hall/useHall';
import { useHallPolls } from '@/hooks/hall/useHallSections';
import { routes } from '@/routes';
import { POLL_STATE_WORDS, pollLine } from '@/utils/hall/landing';
import { openPage } from '@/utils/navigation';
import './hall.scss';

/** 征求意见: the polls she is asked in that take answers now (none: the section is not shown). */
export function HallPollsSection({ hall }: { hall: HallContext }) {
  const p = useHallPolls(hall);
  if (p.loaded && p.polls.length === 0 && !p.error) return null;
  return (
    <HallSection sectionKey='polls' title='征求意见'>
      {p.loading && <Loading />}
      {p.error && <ErrorBox error={p.error} onRetry={() => void p.reload()} />}
      {p.polls.map((poll) => {
        const state = poll.answerState ? POLL_STATE_WORDS[poll.answerState] : null;
        return (
          <View
            key={poll.id}
            id={`hall-poll-${poll.id}`}
            className='card meeting-row'
            data-state={poll.answerState ?? ''}
            onClick={() => openPage(routes.poll(poll.id))}
          >
            {state && (
              <View className='meeting-row__tags'>
                <Tag tone={state.tone}>{state.label}</Tag>
              </View>
            )}
            <Text className='meeting-row__topic'>{poll.title}</Text>
            <Text className='meeting-row__meta'>{pollLine(poll)}</Text>
          </View>
        );
      })}
    </HallSection>
  );
}
