import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ACTION_LABELS, ROLE_LABELS, formatShanghaiDateTime, type PersonRef, type TimelineEntry, type TimelineEntryType } from '@lingjuli/shared';

const TYPE_LABELS: Record<TimelineEntryType, string> = {
  ...ACTION_LABELS,
  file: '提交诉求',
  support: '我也遇到了',
  whistle: '社区吹哨',
  formTaskForce: '成立专班',
  taskForceNote: '专班进展',
  breach: '超时督办',
  progressOverdue: '进展逾期督办',
  meetingDecision: '议事会决议',
};

/** One step on a record: what, when, by whom, and the note. */
export interface TimelineStep {
  id: number;
  /** The step's kind, for styling and tests (`data-type`). */
  type: string;
  title: string;
  at: string;
  actor: PersonRef | null;
  note: string | null;
  /** Extra class names for the step, e.g. to mark a missed deadline. */
  className?: string;
  /** A line under the note, e.g. "仅工作人员可见". */
  footnote?: string;
  /** Drawn last, e.g. the photos of a note. */
  extra?: ReactNode;
}

/** A record drawn as a timeline, oldest first: an appeal's ledger, a whistle's record, a reward request's steps. */
export function StepTimeline({ id, steps, className = '' }: { id?: string; steps: readonly TimelineStep[]; className?: string }) {
  return (
    <View className={`timeline ${className}`} id={id}>
      {steps.map((s) => (
        <View key={s.id} className={`timeline__item ${s.className ?? ''}`} data-type={s.type}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__head'>
              <Text className='timeline__type'>{s.title}</Text>
              <Text className='timeline__time'>{formatShanghaiDateTime(new Date(s.at))}</Text>
            </View>
            {s.actor && (
              <Text className='timeline__actor'>
                {s.actor.name}
                {s.actor.role !== 'system' && s.actor.role !== 'resident' ? `（${ROLE_LABELS[s.actor.role]}）` : ''}
              </Text>
            )}
            {s.note && <Text className='timeline__note'>{s.note}</Text>}
            {s.footnote && <Text className='timeline__internal'>{s.footnote}</Text>}
            {s.extra}
          </View>
        </View>
      ))}
    </View>
  );
}

/** An appeal's timeline (the ledger), oldest first. Internal entries are marked for staff; `extraOf` adds to a line (its photos). */
export function Timeline({ entries, extraOf }: { entries: TimelineEntry[]; extraOf?: (entry: TimelineEntry) => ReactNode }) {
  const steps = entries.map((e) => ({
    ...e,
    title: TYPE_LABELS[e.type],
    className: `timeline__item--${e.visibility}`,
    footnote: e.visibility === 'internal' ? '仅工作人员可见' : undefined,
    extra: extraOf?.(e),
  }));
  return <StepTimeline steps={steps} />;
}
