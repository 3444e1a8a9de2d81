import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { InSheet } from '@/components/sheet-context';
import { BigButton } from '@/components/BigButton';
import { Notice } from '@/components/States';
import './BottomSheet.scss';

export interface SheetButton {
  /** A stable handle for tests (e.g. #form-submit). */
  id?: string;
  label: string;
  kind?: 'primary' | 'danger';
}

/**
 * A sheet over the page, anchored to the bottom of the screen: a title and what it does, the content
 * scrolling on its own, and the confirm button fixed at the bottom — where the thumb is — with a
 * cancel beside it. A message that belongs to no field shows right above the buttons, in view.
 * Tapping outside cancels (not while the confirm runs). Render it only while it is open.
 */
export function BottomSheet({
  id,
  title,
  hint,
  message,
  confirm,
  busy = false,
  onConfirm,
  onCancel,
  cancelId,
  closeId,
  children,
}: PropsWithChildren<{
  id?: string;
  title: string;
  hint?: string;
  message?: string;
  confirm: SheetButton;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  cancelId?: string;
  /** The 收起 link in the sheet's head. */
  closeId?: string;
}>) {
  const cancel = () => {
    if (!busy) onCancel();
  };
  return (
    // catchMove: in WeChat, dragging on the sheet must not scroll the page beneath it.
    <View className='sheet' catchMove>
      <View className='sheet__backdrop' onClick={cancel} />
      <View id={id} className='sheet__panel' role='dialog' aria-label={title}>
        <View className='sheet__head'>
          <Text className='sheet__title'>{title}</Text>
          <Text id={closeId} className='sheet__close' onClick={cancel}>
            收起
          </Text>
        </View>
        <View className='sheet__body'>
          {hint && <Text className='sheet__hint'>{hint}</Text>}
          <InSheet.Provider value>{children}</InSheet.Provider>
        </View>
        <View className='sheet__foot'>
          {message && <Notice tone='error'>{message}</Notice>}
          <View className='sheet__buttons'>
            <BigButton id={cancelId} kind='plain' className='sheet__cancel' disabled={busy} onClick={cancel}>
              取消
            </BigButton>
            <BigButton id={confirm.id} kind={confirm.kind ?? 'primary'} className='sheet__confirm' loading={busy} onClick={onConfirm}>
              {confirm.label}
            </BigButton>
          </View>
        </View>
      </View>
    </View>
  );
}
