import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

/** A form row: label, the control, an optional hint and the server's message for this field. */
export function Field({ label, hint, error, required, children }: PropsWithChildren<{ label: string; hint?: string; error?: string; required?: boolean }>) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className='field__label'>
        {label}
        {required && <Text className='field__required'> *</Text>}
      </Text>
      {children}
      {hint && !error && <Text className='field__hint'>{hint}</Text>}
      {error && <Text className='field__error'>{error}</Text>}
    </View>
  );
}
