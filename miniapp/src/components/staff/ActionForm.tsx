import type { PropsWithChildren } from 'react';
import { BottomSheet } from '@/components/BottomSheet';

/**
 * The form of one action, in a sheet over the appeal (#action-form): title, what it does, the fields
 * scrolling, a message that belongs to no field (e.g. 409 "cannot do this now") above the buttons,
 * submit (#form-submit) within the thumb's reach and cancel (#form-cancel, or 收起 #form-close).
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
  onCancel: () => void;
}>) {
  return (
    <BottomSheet
      id='action-form'
      title={title}
      hint={hint}
      message={message}
      confirm={{ id: 'form-submit', label: submitLabel, kind: submitKind }}
      busy={busy}
      onConfirm={onSubmit}
      onCancel={onCancel}
      cancelId='form-cancel'
      closeId='form-close'
    >
      {children}
    </BottomSheet>
  );
}
