import { Button } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export interface BigButtonProps {
  onClick?: () => void;
  kind?: 'primary' | 'secondary' | 'danger' | 'plain';
  disabled?: boolean;
  loading?: boolean;
  className?: string;
  /** For tests and accessibility: a stable handle on the button. */
  id?: string;
}

/** A full-width button, big enough for one thumb. */
export function BigButton({ children, onClick, kind = 'primary', disabled, loading, className = '', id }: PropsWithChildren<BigButtonProps>) {
  return (
    <Button
      id={id}
      className={`big-button big-button--${kind} ${className}`}
      // `undefined`, not `false`: in the H5 build `disabled="false"` is still an attribute and greys the button out.
      disabled={disabled || loading ? true : undefined}
      onClick={() => !disabled && !loading && onClick?.()}
    >
      {/* Words, not Taro's `loading` spinner: in the H5 build that spinner breaks React's DOM updates. */}
      {loading ? '请稍候…' : children}
    </Button>
  );
}
