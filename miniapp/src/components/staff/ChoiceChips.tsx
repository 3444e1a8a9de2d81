import { Chips, type Choice } from '@/components/Chips';

export type { Choice };

/** Chips sized for the staff forms; with `allowNone`, tapping the chosen chip again clears it. */
export function ChoiceChips<K extends string | number>({
  idPrefix,
  choices,
  value,
  onChange,
  allowNone = false,
}: {
  idPrefix: string;
  choices: readonly Choice<K>[];
  value: K | null;
  onChange: (key: K | null) => void;
  /** Tapping the chosen chip again clears it. */
  allowNone?: boolean;
}) {
  return (
    <Chips
      idPrefix={idPrefix}
      choices={choices}
      value={value}
      itemClassName='staff-choice__item'
      onChange={(key) => onChange(key === value && allowNone ? null : key)}
    />
  );
}
