import { Text, View } from '@tarojs/components';
import type { ApiError } from '@/services/http';
import { BigButton } from '@/components/BigButton';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='state state--loading'>
      <Text>{text}</Text>
    </View>
  );
}

export function Empty({ text }: { text: string }) {
  return (
    <View className='state state--empty'>
      <Text>{text}</Text>
    </View>
  );
}

/** A failed load, in words, with a way to try again. */
export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <View className='state state--error'>
      <Text className='state__message'>{error.message}</Text>
      {onRetry && (
        <BigButton kind='secondary' onClick={onRetry}>
          重试
        </BigButton>
      )}
    </View>
  );
}

export function Notice({ children, tone = 'info' }: { children: string; tone?: 'info' | 'warning' | 'error' | 'ok' }) {
  return (
    <View className={`notice notice--${tone}`}>
      <Text>{children}</Text>
    </View>
  );
}
