import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, formatShanghaiDateTime, type TaskForceInfo } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Tag } from '@/components/Tags';
import { memberRole, sortMembers } from '@/utils/powers/task-force';
import './power-cases.scss';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

/** A task force's members (`#task-force-members`), the lead first. */
export function TaskForceMembers({ taskForce }: { taskForce: TaskForceInfo }) {
  return (
    <Card title={taskForce.name} extra={<Tag tone='warning'>专班</Tag>} className='pw-taskforce'>
      <Text className='muted'>
        {taskForce.formedBy.name}（{ROLE_LABELS[taskForce.formedBy.role === 'system' ? 'commandCenter' : taskForce.formedBy.role]}）{time(taskForce.formedAt)}{' '}
        成立
      </Text>
      <View id='task-force-members' className='pw-members'>
        {sortMembers(taskForce.members).map((m, i) => (
          <View key={`${m.kind}-${m.name}-${i}`} className={`pw-members__item ${m.lead ? 'pw-members__item--lead' : ''}`} data-kind={m.kind}>
            <Tag tone={m.lead ? 'danger' : 'plain'}>{memberRole(m)}</Tag>
            <Text className='pw-members__name'>{m.name}</Text>
          </View>
        ))}
      </View>
    </Card>
  );
}

/** The task force's progress notes, newest first; internal ones marked. `.task-force-note[data-id]`. */
export function TaskForceNotes({ taskForce }: { taskForce: TaskForceInfo }) {
  const notes = [...taskForce.notes].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Card title='专班进展'>
      {notes.length === 0 && <Text className='muted'>还没有进展记录</Text>}
      {notes.map((n) => (
        <View key={n.id} className={`pw-note task-force-note task-force-note--${n.visibility}`} data-id={String(n.id)}>
          <View className='pw-note__head'>
            <Text className='pw-note__who'>{n.author.name}</Text>
            <Text className='muted'>{time(n.at)}</Text>
          </View>
          <Text className='pw-note__text'>{n.content}</Text>
          <Text className={n.visibility === 'public' ? 'pw-note__public' : 'timeline__internal'}>
            {n.visibility === 'public' ? '公开进展（居民可见）' : '内部记录'}
          </Text>
        </View>
      ))}
    </Card>
  );
}
