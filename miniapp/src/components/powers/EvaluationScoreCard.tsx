import { Input, Text, View } from '@tarojs/components';
import type { DepartmentToScore } from '@lingjuli/shared';
import { SCORE_CHIPS, collaborationText, evidenceLines, type ScoreDraft } from '@/utils/powers/evaluation';
import { BigButton } from '@/components/BigButton';
import { Tag } from '@/components/Tags';
import './EvaluationScoreCard.scss';

/**
 * One department to score (`.score-item[data-id=departmentId]`): how the community worked with it and
 * the evidence a score rests on (#score-evidence-<id>),
 * a 0–100 score (#score-<id>, quick chips #score-<id>-<points>), a comment (#score-comment-<id>),
 * and its own save button (#score-save-<id>) with the form's or the server's message (#score-error-<id>).
 */
export function EvaluationScoreCard({
  row,
  draft,
  onChange,
  onSave,
  busy,
  error,
  dirty,
}: {
  row: DepartmentToScore;
  draft: ScoreDraft;
  onChange: (patch: Partial<ScoreDraft>) => void;
  onSave: () => void;
  busy: boolean;
  error?: string;
  /** The draft differs from what the server has. */
  dirty: boolean;
}) {
  const id = row.department.id;
  return (
    <View
      className={`card score-item ${row.score !== null ? 'score-item--scored' : ''}`}
      data-id={String(id)}
      data-score={row.score === null ? '' : String(row.score)}
    >
      <View className='score-item__head'>
        <Text className='score-item__name'>{row.department.name}</Text>
        {row.score !== null ? <Tag tone='ok'>{`已评 ${row.score} 分`}</Tag> : <Tag tone='warning'>未评分</Tag>}
      </View>
      <Text className='muted score-item__how'>{collaborationText(row)}</Text>
      {/* The evidence the score rests on, counted by the server from this community's whistles, dispatches and ratings. */}
      <View id={`score-evidence-${id}`} className='score-item__evidence'>
        {evidenceLines(row).map((line) => (
          <View key={line.label} className={`score-item__fact ${line.concern ? 'score-item__fact--concern' : ''}`}>
            <Text className='score-item__fact-label'>{line.label}</Text>
            <Text className='score-item__fact-text'>{line.text}</Text>
          </View>
        ))}
      </View>

      <View className='score-item__entry'>
        <Text className='score-item__label'>评分</Text>
        <Input
          id={`score-${id}`}
          className='input score-item__input'
          type='number'
          value={draft.score}
          placeholder='0–100'
          maxlength={3}
          onInput={(e) => onChange({ score: e.detail.value })}
        />
        <Text className='score-item__unit'>分</Text>
      </View>
      <View className='choice score-item__chips'>
        {SCORE_CHIPS.map((points) => {
          const on = draft.score.trim() === String(points);
          return (
            <View
              key={points}
              id={`score-${id}-${points}`}
              className={`choice__item score-item__chip ${on ? 'choice__item--on' : ''}`}
              data-selected={on ? 'true' : 'false'}
              onClick={() => onChange({ score: String(points) })}
            >
              <Text>{points}</Text>
            </View>
          );
        })}
      </View>
      <Input
        id={`score-comment-${id}`}
        className='input score-item__comment'
        value={draft.comment}
        placeholder='评价意见（选填）'
        maxlength={2000}
        onInput={(e) => onChange({ comment: e.detail.value })}
      />
      {error && (
        <Text id={`score-error-${id}`} className='field__error score-item__error'>
          {error}
        </Text>
      )}
      <BigButton id={`score-save-${id}`} kind={dirty || row.score === null ? 'primary' : 'secondary'} loading={busy} onClick={onSave}>
        {row.score === null ? '保存评分' : dirty ? '保存修改' : '已保存'}
      </BigButton>
    </View>
  );
}
