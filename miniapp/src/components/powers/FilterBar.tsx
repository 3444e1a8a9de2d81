import { Text, View } from '@tarojs/components';
import './power-cases.scss';

/** Filter pills above a list: `#${idPrefix}-${key}`, the chosen one filled. */
export function FilterBar<K extends string>({
  idPrefix,
  filters,
  value,
  onChange,
  onRefresh,
}: {
  idPrefix: string;
  filters: readonly { key: K; label: string }[];
  value: K;
  onChange: (key: K) => void;
  onRefresh?: () => void;
}) {
  return (
    <View className='pw-filters'>
      {filters.map((f) => (
        <Text
          key={f.key}
          id={`${idPrefix}-${f.key}`}
          className={`pw-filters__item ${value === f.key ? 'pw-filters__item--on' : ''}`}
          onClick={() => onChange(f.key)}
        >
          {f.label}
        </Text>
      ))}
      {onRefresh && (
        <Text id={`${idPrefix}-refresh`} className='pw-filters__refresh' onClick={onRefresh}>
          刷新
        </Text>
      )}
    </View>
  );
}
