import type { Category } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import { categoryGroups, categoryOption } from '@/utils/resident/categories';
import './resident.scss';

const GROUPS = categoryGroups();

/**
 * The problem categories as big buttons, under the promise their tier makes ("水电气热：24小时内反馈"),
 * so she sees how fast it will be handled before she writes a word.
 */
export function CategoryPicker({ value, onChange }: { value: Category | null; onChange: (category: Category) => void }) {
  const chosen = value ? categoryOption(value) : null;
  return (
    <View className='category-picker'>
      {GROUPS.map((group) => (
        <View key={group.tier} className={`category-picker__group category-picker__group--${group.tier}`}>
          <Text className='category-picker__promise'>{group.promise}</Text>
          <View className='category-picker__options'>
            {group.options.map((o) => (
              <View
                key={o.key}
                id={`category-${o.key}`}
                data-tier={o.tier}
                aria-label={o.text}
                className={`category-picker__option ${value === o.key ? 'category-picker__option--on' : ''}`}
                onClick={() => onChange(o.key)}
              >
                <Text>{o.label}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      <View className={`category-picker__chosen ${chosen ? '' : 'category-picker__chosen--none'}`} id='category-chosen'>
        {/* Only the category: the deadline that applies is said once, under the text box (her words may change it). */}
        <Text>{chosen ? `已选：${chosen.label}` : '请点选一个最接近的类别（拿不准就选「其他」）'}</Text>
      </View>
    </View>
  );
}
