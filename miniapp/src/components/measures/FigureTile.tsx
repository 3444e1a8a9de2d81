import { Text, View } from '@tarojs/components';

/**
 * One figure in large type with its name, its definition underneath (docs/domain.md §10: every
 * figure shows what it counts) and, for a community, how it stands against the street's median.
 */
export function FigureTile({
  id,
  label,
  value,
  definition,
  median,
}: {
  id: string;
  label: string;
  value: string;
  definition: string;
  median?: { value: string; text: string; tone: 'above' | 'below' | 'level' } | { value: string; text: null; tone?: undefined };
}) {
  return (
    <View id={id} className='figure-tile'>
      <Text className='figure-tile__label'>{label}</Text>
      <Text className='figure-tile__value'>{value}</Text>
      {median && (
        <View className={`figure-tile__median figure-tile__median--${median.tone ?? 'none'}`}>
          <Text>街道中位数 {median.value}</Text>
          {median.text && <Text className='figure-tile__against'>{median.text}</Text>}
        </View>
      )}
      <Text className='figure-tile__definition'>{definition}</Text>
    </View>
  );
}
