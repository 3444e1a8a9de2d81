import { Text, View } from '@tarojs/components';
import { BottomSheet } from '@/components/BottomSheet';
import { Facts } from '@/components/volunteers/Facts';
import './volunteers.scss';

/**
 * Before her application goes: what she filled in, to look over once more, and what happens next.
 * `#volunteer-confirm-sheet`, `#volunteer-confirm`, `#volunteer-confirm-cancel`.
 */
export function ApplicationConfirmSheet({
  lines,
  busy,
  onConfirm,
  onCancel,
}: {
  lines: readonly { label: string; value: string }[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <BottomSheet
      id='volunteer-confirm-sheet'
      title='请核对您的申请'
      hint='提交后由社区工作人员审核，审核结果会通知您。审核前可以撤回。'
      confirm={{ id: 'volunteer-confirm', label: '确认提交' }}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      cancelId='volunteer-confirm-cancel'
    >
      <View id='volunteer-confirm-summary'>
        <Facts lines={lines} />
      </View>
      <Text className='muted'>有填错的，点“取消”回去修改。</Text>
    </BottomSheet>
  );
}
