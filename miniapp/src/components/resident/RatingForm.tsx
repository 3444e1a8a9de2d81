import { SATISFACTIONS, SATISFACTION_LABELS, type Satisfaction } from '@lingjuli/shared';
import { Text, Textarea, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { rateExplanation } from '@/utils/resident/appeal-view';
import './resident.scss';

const SATISFACTION_IDS: Record<Satisfaction, string> = {
  satisfied: 'rate-satisfied',
  basicallySatisfied: 'rate-basically-satisfied',
  unsatisfied: 'rate-unsatisfied',
};

export interface RatingFormProps {
  reopenCount: number;
  solved: boolean | null;
  satisfaction: Satisfaction | null;
  comment: string;
  effect: string | null;
  ready: boolean;
  sending: boolean;
  error: string | null;
  onSolved: (solved: boolean) => void;
  onSatisfaction: (s: Satisfaction) => void;
  onComment: (text: string) => void;
  onSubmit: () => void;
}

/** Two big questions (解决了吗? 满意吗?), an optional comment, and what the answer will do. */
export function RatingForm(p: RatingFormProps) {
  const choice = (on: boolean) => `rating__choice ${on ? 'rating__choice--on' : ''}`;
  return (
    <Card title='请您评价' className='rating'>
      <Text className='rating__explain'>{rateExplanation(p.reopenCount)}</Text>
      <Text className='rating__question'>1. 问题解决了吗？</Text>
      <View className='rating__choices'>
        <View id='rate-solved-yes' className={choice(p.solved === true)} onClick={() => p.onSolved(true)}>
          <Text>是，解决了</Text>
        </View>
        <View id='rate-solved-no' className={choice(p.solved === false)} onClick={() => p.onSolved(false)}>
          <Text>否，没解决</Text>
        </View>
      </View>
      <Text className='rating__question'>2. 您对办理满意吗？</Text>
      <View className='rating__choices'>
        {SATISFACTIONS.map((s) => (
          <View key={s} id={SATISFACTION_IDS[s]} className={`${choice(p.satisfaction === s)} rating__choice--${s}`} onClick={() => p.onSatisfaction(s)}>
            <Text>{SATISFACTION_LABELS[s]}</Text>
          </View>
        ))}
      </View>
      <Text className='rating__question'>3. 还想说点什么？（可不填）</Text>
      <Textarea
        id='rate-comment'
        className='textarea rating__comment'
        value={p.comment}
        maxlength={2000}
        placeholder='比如：哪里还没弄好'
        onInput={(e) => p.onComment(e.detail.value)}
      />
      {p.effect && (
        <View className='notice notice--info'>
          <Text>{p.effect}</Text>
        </View>
      )}
      {p.error && <Text className='field__error'>{p.error}</Text>}
      <BigButton id='rate-submit' disabled={!p.ready || p.sending} onClick={p.onSubmit}>
        {p.sending ? '正在提交…' : p.ready ? '提交评价' : '请先回答上面两个问题'}
      </BigButton>
    </Card>
  );
}
