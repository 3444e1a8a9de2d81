import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';

export function Card({ title, extra, children, className = '' }: PropsWithChildren<{ title?: ReactNode; extra?: ReactNode; className?: string }>) {
  return (
    <View className={`card ${className}`}>
      {(title || extra) && (
        <View className='card__head'>
          {title && <Text className='card__title'>{title}</Text>}
          {extra}
        </View>
      )}
      {children}
    </View>
  );
}
