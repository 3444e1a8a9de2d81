import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { BigButton } from '@/components/BigButton';
import { Notice } from '@/components/States';
import './power-cases.scss';

/**
 * A form on a powers page (`#${id}-form`): title, a hint, the fields, the server's message that belongs
 * to no field, and its submit button (`#${id}-submit`, or `submitId`) and, when it can be closed,
 * 收起 (`#${id}-close`) and cancel (`#${id}-cancel`).
 */
export function FormCard({
  id,
  title,
  hint,
  message,
  submitLabel = '提交',
  submitId = `${id}-submit`,
  busy,
  onSubmit,
  onCancel,
  children,
}: PropsWithChildren<{
  id: string;
  title: string;
  hint?: string;
  message?: string;
  submitLabel?: string;
  submitId?: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
}>) {
  return (
    <View id={`${id}-form`} className='card staff-form pw-form'>
      <View className='staff-form__head'>
        <Text className='card__title'>{title}</Text>
        {onCancel && (
          <Text id={`${id}-close`} className='staff-form__close' onClick={onCancel}>
            收起
          </Text>
        )}
      </View>
      {hint && <Text className='staff-form__hint'>{hint}</Text>}
      {children}
      {message && <Notice tone='error'>{message}</Notice>}
      <BigButton id={submitId} loading={busy} onClick={onSubmit}>
        {submitLabel}
      </BigButton>
      {onCancel && (
        <BigButton id={`${id}-cancel`} kind='plain' disabled={busy} onClick={onCancel}>
          取消
        </BigButton>
      )}
    </View>
  );
}
