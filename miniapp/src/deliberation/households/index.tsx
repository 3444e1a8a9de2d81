import { Input, Text } from '@tarojs/components';
import { ROLE_LABELS } from '@lingjuli/shared';
import { BottomSheet } from '@/components/BottomSheet';
import { Chips } from '@/components/Chips';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { HouseholdRow } from '@/components/polls/HouseholdRow';
import { useHouseholdReview } from '@/hooks/polls/useHouseholdReview';
import { useRoleSession } from '@/hooks/useRoleSession';
import { HOUSEHOLD_FILTERS, resetWarning } from '@/utils/polls/households';
import { HOUSEHOLD_REVIEW_ROLES } from '@/utils/polls/roles';
import '@/components/polls/polls.scss';

/**
 * 住址核实: the households residents stated (楼栋、单元、房间), those to verify first, how many stated the same
 * flat; 核实 against the community's register, 重置 (after a confirm) when she moved or typed the wrong room.
 */
export default function DeliberationHouseholds() {
  const session = useRoleSession(HOUSEHOLD_REVIEW_ROLES);
  const h = useHouseholdReview(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='poll-page'>
      <Text className='title'>住址核实</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='poll-head__description'>
        居民在“社区议事厅”自己登记住址。请对照社区台账核实；“仅限已核实住户”的征求意见只有核实过的住户能投票。同一住址登记了多人时请留意是否为一家人。
      </Text>
      <Chips idPrefix='households-filter' choices={HOUSEHOLD_FILTERS} value={h.filter} onChange={h.setFilter} />
      <Input
        id='households-search'
        className='input'
        value={h.search}
        placeholder='输入姓名或楼号查找'
        maxlength={50}
        onInput={(e) => h.setSearch(e.detail.value)}
      />
      {h.verifyError && <Notice tone='error'>{h.verifyError.message}</Notice>}
      {h.loading && <Loading />}
      {h.error && <ErrorBox error={h.error} onRetry={() => void h.reload()} />}
      {!h.loading && !h.error && h.rows.length === 0 && (
        <Empty text={h.search ? '没有找到，换个字试试' : h.filter === 'unverified' ? '没有待核实的住址' : '还没有居民登记住址'} />
      )}
      {!h.loading && h.rows.length > 0 && <Text className='muted'>{`共${h.rows.length}条`}</Text>}
      {h.rows.map((row) => (
        <HouseholdRow
          key={row.userId}
          household={row}
          busy={h.verifying === row.userId}
          onVerify={() => void h.verify(row.userId)}
          onReset={() => h.askReset(row)}
        />
      ))}

      {h.resetting && (
        <BottomSheet
          id='household-reset-sheet'
          title='重置住址'
          hint={resetWarning(h.resetting)}
          message={h.resetter.error?.message}
          confirm={{ id: 'household-reset-confirm', label: '确定重置', kind: 'danger' }}
          busy={h.resetter.busy}
          onConfirm={() => void h.reset()}
          onCancel={h.cancelReset}
          cancelId='household-reset-cancel'
        >
          <Text>{`${h.resetting.displayName} · ${h.resetting.label}`}</Text>
        </BottomSheet>
      )}
    </Screen>
  );
}
