import { Text } from '@tarojs/components';
import type { CampaignSiteInfo } from '@lingjuli/shared';
import { BottomSheet } from '@/components/BottomSheet';
import { FixPhotosField } from '@/components/staff/FixPhotosField';
import { TextField } from '@/components/staff/TextField';
import type { useFixPhotos } from '@/hooks/staff/useFixPhotos';
import type { Submitter } from '@/hooks/useSubmit';
import { CLEAR_FIELDS, sitePlace } from '@/utils/campaigns/site-form';

/**
 * 整治点位 (`#campaign-clear-sheet`): how many of what was found were cleared (`#campaign-clear-count`),
 * what was done (`#campaign-clear-note`), photos of the cleared place; once, after which it cannot change.
 */
export function ClearSiteSheet({
  site,
  count,
  onCount,
  note,
  onNote,
  fix,
  submitter,
  onConfirm,
  onCancel,
}: {
  site: CampaignSiteInfo;
  count: string;
  onCount: (value: string) => void;
  note: string;
  onNote: (value: string) => void;
  fix: ReturnType<typeof useFixPhotos>;
  submitter: Submitter;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <BottomSheet
      id='campaign-clear-sheet'
      title='整治点位'
      hint='记下整治了几处、怎么整治的；提交后不能修改。'
      message={submitter.message(CLEAR_FIELDS)}
      confirm={{ id: 'campaign-clear-confirm', label: '确认已整治' }}
      busy={submitter.busy || fix.busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      cancelId='campaign-clear-cancel'
    >
      <Text className='campaign-site__place'>{`${sitePlace(site)}（发现${site.count}处）`}</Text>
      <TextField
        id='campaign-clear-count'
        label='整治数量（处）'
        required
        type='number'
        value={count}
        onChange={onCount}
        error={submitter.fieldError('clearedCount')}
        hint={`最多${site.count}处；未能整治的留在“还剩”里`}
        maxlength={3}
      />
      <TextField
        id='campaign-clear-note'
        label='整治情况'
        required
        multiline
        value={note}
        onChange={onNote}
        error={submitter.fieldError('note')}
        placeholder='如：拆除2处，1处业主持有车位产权证明，保留'
      />
      <FixPhotosField fix={fix} hint='整治后的现场照片' />
      {submitter.fieldError('attachmentIds') && <Text className='field__error'>{submitter.fieldError('attachmentIds') as string}</Text>}
    </BottomSheet>
  );
}
