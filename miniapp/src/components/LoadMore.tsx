import { View } from '@tarojs/components';
import type { ApiError } from '@/services/http';
import { BigButton } from '@/components/BigButton';
import { Notice } from '@/components/States';

export interface LoadMoreProps {
  /** For tests: a stable handle on the button. */
  id?: string;
  loading: boolean;
  /** The last further page failed: said above the button, which then asks for that page again. */
  error: ApiError | null;
  onLoad: () => void;
  /** The button's words, e.g. 加载更多（已显示 100 / 1000+）. */
  label: string;
}

/** "加载更多" under a list read page by page; the rows above stay whatever happens. */
export function LoadMore({ id, loading, error, onLoad, label }: LoadMoreProps) {
  return (
    <View className='load-more'>
      {error && <Notice tone='error'>{`${error.message}（已显示的内容不受影响）`}</Notice>}
      <BigButton id={id} kind='plain' loading={loading} onClick={onLoad}>
        {error ? '重新加载下一页' : label}
      </BigButton>
    </View>
  );
}
