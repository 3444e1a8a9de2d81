import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Notice } from '@/components/States';
import { countsLine } from '@/utils/surveys/household';
import './surveys.scss';

/**
 * 已保存 n 户，待上传 m 户 (`#survey-counts`, `data-saved`, `data-waiting`), ✓ 全部已上传 once nothing
 * waits (`#survey-all-sent`), why sending stopped, and 重新上传 (`#survey-upload`) while some wait.
 */
export function UploadStatus({
  saved,
  waiting,
  refused,
  sending,
  stopped,
  onResend,
}: {
  /** Null where the count of saved households is not known (the list of all her surveys). */
  saved: number | null;
  waiting: number;
  refused: number;
  sending: boolean;
  stopped: string | null;
  onResend: () => void;
}) {
  return (
    <View id='survey-status' className='survey-status' data-saved={saved ?? ''} data-waiting={waiting} data-sending={sending ? 'true' : 'false'}>
      <Text id='survey-counts' className='survey-status__counts' data-saved={saved ?? ''} data-waiting={waiting}>
        {saved === null ? `待上传 ${waiting} 户` : countsLine(saved, waiting)}
      </Text>
      {sending && <Text className='survey-status__line'>正在上传…</Text>}
      {!sending && waiting === 0 && (saved ?? 0) > 0 && (
        <Text id='survey-all-sent' className='survey-status__line survey-status__line--ok'>
          ✓ 全部已上传
        </Text>
      )}
      {refused > 0 && <Text className='survey-status__line survey-status__line--refused'>{`其中 ${refused} 户未能上传，请看下方说明`}</Text>}
      {stopped && !sending && <Notice tone='warning'>{stopped}</Notice>}
      {waiting > 0 && (
        <BigButton id='survey-upload' kind='secondary' loading={sending} onClick={onResend}>
          重新上传
        </BigButton>
      )}
    </View>
  );
}
