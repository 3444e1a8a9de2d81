import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { DeskFrame } from '@/components/desk/DeskFrame';
import { TopBar } from '@/components/TopBar';
import { useLargeText } from '@/state/preferences';

/**
 * Every page's root: applies large-text mode (适老化) and the page padding; at a PC, inside the desk
 * (DeskFrame); in the browser, a way back and home on top (TopBar).
 */
export function Screen({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const large = useLargeText();
  return (
    <DeskFrame>
      <View className={`screen ${large ? 'screen--large' : ''} ${className}`}>
        <TopBar />
        {children}
      </View>
    </DeskFrame>
  );
}
