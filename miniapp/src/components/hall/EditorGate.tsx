import type { ReactElement } from 'react';
import type { ApiError } from '@/services/http';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';

/**
 * What a community's editor (a meeting, a poll) shows instead of its form: loading, the load's error,
 * an account without a community, or a thing that can no longer be changed (with the way to it).
 * Null when the form can be shown.
 */
export function editorGate(gate: {
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  hasCommunity: boolean;
  /** 不能召开议事会 / 不能发起征求意见: what an account without a community cannot do. */
  cannot: string;
  locked: { why: string; open: string; onOpen: () => void } | null;
}): ReactElement | null {
  if (gate.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (gate.error)
    return (
      <Screen>
        <ErrorBox error={gate.error} onRetry={gate.onRetry} />
      </Screen>
    );
  if (!gate.hasCommunity)
    return (
      <Screen>
        <Notice tone='warning'>{`当前账号未关联社区，${gate.cannot}。`}</Notice>
      </Screen>
    );
  if (gate.locked)
    return (
      <Screen>
        <Notice tone='warning'>{gate.locked.why}</Notice>
        <BigButton kind='secondary' onClick={gate.locked.onOpen}>
          {gate.locked.open}
        </BigButton>
      </Screen>
    );
  return null;
}
