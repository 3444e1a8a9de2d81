import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { BigButton } from '@/components/BigButton';
import { Notice } from '@/components/States';

/**
 * The form of one action, shown as a section of the page: title, what it does, the fields, a
 * message that belongs to no field (e.g. 409 "cannot do this now"), submit (#form-submit) and cancel (#form-cancel).
 */
export function ActionForm({
  title,
  hint,
  message,
  submitLabel = '提交',
  submitKind = 'primary',
  busy,
  onSubmit,
  onCancel,
  children,
}: PropsWithChildren<{
  title: string;
  hint?: string;
  message?: string;
  submitLabel?: string;
  submitKind?: 'primary' | 'danger';
  busy: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
}>) {
  return (
    <View id='action-form' className='card staff-form'>
      <View className='staff-form__head'>
        <Text className='card__title'>{title}</Text>
        {onCancel && (
          <Text id='form-close' className='staff-form__close' onClick={onCancel}>
            收起
          </Text>
        )}
      </View>
      {hint && <Text className='staff-form__hint'>{hint}</Text>}
      {children}
      {message && <Notice tone='error'>{message}</Notice>}
      <BigButton id='form-submit' kind={submitKind} loading={busy} onClick={onSubmit}>
        {submitLabel}
      </BigButton>
      {onCancel && (
        <BigButton id='form-cancel' kind='plain' disabled={busy} onClick={onCancel}>
          取消
        </BigButton>
      )}
    </View>
  );
}
