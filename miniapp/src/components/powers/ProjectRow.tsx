import { Text, View } from '@tarojs/components';
import { OPINION_LABELS, PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, type ProjectInfo } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import { OPINION_TONES, describeOpinionDue } from '@/utils/powers/projects';
import './power-cases.scss';

/** One street project: community, kind, status, the community's opinion or how long it has left; overdue in red. `.project-item[data-id]`. */
export function ProjectRow({ project, now, showCommunity, onOpen }: { project: ProjectInfo; now: Date; showCommunity: boolean; onOpen: (id: number) => void }) {
  const due = describeOpinionDue(project, now);
  return (
    <View
      className={`card pw-row project-item project-item--${due.state}`}
      data-id={String(project.id)}
      data-status={project.status}
      data-overdue={project.opinionOverdue ? 'true' : 'false'}
      onClick={() => onOpen(project.id)}
    >
      <View className='pw-row__top'>
        <View className='pw-row__tags'>
          <Tag tone={project.status === 'awaitingOpinion' ? 'warning' : project.status === 'started' ? 'ok' : 'plain'}>
            {PROJECT_STATUS_LABELS[project.status]}
          </Tag>
          <Tag>{PROJECT_KIND_LABELS[project.kind]}</Tag>
          {project.opinionOverdue && <Text className='staff-flag staff-flag--supervised'>逾期</Text>}
        </View>
        {due.state !== 'met' && (
          <View className={`pw-row__due countdown countdown--${due.state}`}>
            <Text className='countdown__text'>{due.text}</Text>
            <Text className='countdown__due'>期限 {due.due}</Text>
          </View>
        )}
      </View>
      <Text className='pw-row__title'>{project.title}</Text>
      <View className='pw-row__meta'>
        {showCommunity && <Text>{project.communityName}</Text>}
        <Text>登记：{project.registeredBy.name}</Text>
        {project.opinion && <Tag tone={OPINION_TONES[project.opinion.opinion]}>{`社区意见：${OPINION_LABELS[project.opinion.opinion]}`}</Tag>}
      </View>
    </View>
  );
}
