import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { BigButton } from '../BigButton';
import { Notice } from '../States';
import './power-cases.scss';

/**
 * A form on a powers page: title, a hint, the fields, the server's message that belongs to no field,
 * and its submit button (`#${id}-submit`) and, when it can be closed, cancel (`#${id}-cancel`).
 */
export function FormCard({
  id,
  title,
  hint,
  message,
  submitLabel = '提交',
  busy,
  onSubmit,
  onCancel,
  children,
}: PropsWithChildren<{ id: string; title: string; hint?: string; message?: string; submitLabel?: string; busy: boolean; onSubmit: () => void; onCancel?: () => void }>) {
  return (
    <View id={`${id}-form`} className='card staff-form pw-form'>
      <View className='staff-form__head'>
        <Text className='card__title'>{title}</Text>
        {onCancel && (
          <Text className='staff-form__close' onClick={onCancel}>
            收起
          </Text>
        )}
      </View>
      {hint && <Text className='staff-form__hint'>{hint}</Text>}
      {children}
      {message && <Notice tone='error'>{message}</Notice>}
      <BigButton id={`${id}-submit`} loading={busy} onClick={onSubmit}>
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
