import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './hall.scss';

/** One section of the hall's landing: `#hall-${key}`, a heading, an optional link on the right. */
export function HallSection({
  sectionKey,
  title,
  more,
  onMore,
  children,
}: PropsWithChildren<{ sectionKey: string; title: string; more?: string; onMore?: () => void }>) {
  return (
    <View id={`hall-${sectionKey}`} className='hall-section'>
      <View className='hall-section__head'>
        <Text className='hall-section__title'>{title}</Text>
        {more && onMore && (
          <Text id={`hall-${sectionKey}-more`} className='hall-section__more' onClick={onMore}>
            {more}
          </Text>
        )}
      </View>
      {children}
    </View>
  );
}
