import { Text, View } from '@tarojs/components';
import { PERMISSIONS, ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { FilterBar } from '@/components/powers/FilterBar';
import { ProjectRow } from '@/components/powers/ProjectRow';
import { useProjects } from '@/hooks/powers/useProjects';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { PROJECT_FILTERS } from '@/utils/powers/projects';
import { openPage } from '@/utils/navigation';
import './index.scss';

/**
 * 街道项目征求意见 (建议权): street projects in a community's area need the community's opinion
 * before they start. The street sees all (filters, overdue in red); a community sees its own, those
 * awaiting its opinion first.
 */
export default function PowersProjects() {
  const session = useRoleSession(PERMISSIONS['project.read']);
  const p = useProjects(session);
  const now = useNow();
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const overdue = p.rows.filter((r) => r.opinionOverdue).length;

  return (
    <Screen className='projects'>
      <Text className='title'>街道项目征求意见</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='projects__intro'>街道在社区辖区内实施的基础设施和服务项目，开工前须征求社区意见。</Text>

      {p.canRegister && (
        <BigButton id='project-new' onClick={() => openPage(routes.projectNew())}>
          ＋ 登记项目
        </BigButton>
      )}
      {p.forCommunity && p.awaiting > 0 && (
        <View id='projects-awaiting' className='projects__banner'>
          <Text>{`${p.awaiting}个项目待本社区提出意见`}</Text>
        </View>
      )}
      {!p.forCommunity && overdue > 0 && p.filter !== 'overdue' && (
        <View id='projects-overdue' className='projects__banner' onClick={() => p.setFilter('overdue')}>
          <Text>{`${overdue}个项目逾期未获社区意见 ›`}</Text>
        </View>
      )}

      <FilterBar idPrefix='project-filter' filters={PROJECT_FILTERS} value={p.filter} onChange={p.setFilter} onRefresh={() => void p.reload()} />

      {p.loading && <Loading />}
      {p.error && <ErrorBox error={p.error} onRetry={() => void p.reload()} />}
      {!p.loading && !p.error && p.rows.length === 0 && <Empty text='没有项目' />}
      {p.rows.map((project) => (
        <ProjectRow key={project.id} project={project} now={now} showCommunity={!p.forCommunity} onOpen={(id) => openPage(routes.project(id))} />
      ))}
    </Screen>
  );
}
