import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import './resident.scss';

const GOES = ['您的姓名、微信账号的关联和手机号', '您反映过的每一件诉求里写的内容、位置和照片', '还在办理中的诉求会被撤回，社区不再办理'];
const STAYS = ['匿名的统计：问题类别、办理时限级别、时间、办理结果和评价', '这些和您不再有任何关联，看不出是谁反映的'];

/** The confirmation before her data is erased: plainly what goes, what stays, and that it is final. */
export function EraseDataPanel({ busy, error, onConfirm, onCancel }: { busy: boolean; error: string | null; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Card title='确定删除您的数据吗？' className='erase'>
      <View id='erase-confirm'>
        <Text className='erase__heading'>会删除：</Text>
        {GOES.map((line) => (
          <Text key={line} className='erase__line'>
            ・{line}
          </Text>
        ))}
        <Text className='erase__heading'>会保留：</Text>
        {STAYS.map((line) => (
          <Text key={line} className='erase__line'>
            ・{line}
          </Text>
        ))}
        <Text className='erase__final'>删除后无法恢复。</Text>
        {error && (
          <View id='erase-error' className='notice notice--error'>
            <Text>{error}</Text>
          </View>
        )}
        <BigButton id='erase-submit' kind='danger' loading={busy} onClick={onConfirm}>
          确定删除
        </BigButton>
        <BigButton id='erase-cancel' kind='plain' disabled={busy} onClick={onCancel}>
          不删了
        </BigButton>
      </View>
    </Card>
  );
}
