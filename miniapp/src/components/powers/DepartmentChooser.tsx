import { Text, View } from '@tarojs/components';
import type { DepartmentGroup } from '../../utils/street/dispatch-selection';
import './power-cases.scss';

/**
 * Departments and units grouped by kind (街道科室 / 党建协调委员会成员单位 / 第三方), several chosen
 * with a tap each: `#${idPrefix}-${id}` with `data-selected`.
 */
export function DepartmentChooser({
  idPrefix,
  groups,
  selected,
  onToggle,
  disabledIds = [],
}: {
  idPrefix: string;
  groups: readonly DepartmentGroup[];
  selected: readonly number[];
  onToggle: (id: number) => void;
  /** Shown but not choosable (e.g. the lead among the members). */
  disabledIds?: readonly number[];
}) {
  return (
    <View className='pw-depts'>
      {groups.map((group) => (
        <View key={group.kind} className='pw-depts__group'>
          <Text className='pw-depts__label'>{group.label}</Text>
          <View className='choice'>
            {group.departments.map((d) => {
              const on = selected.includes(d.id);
              const off = disabledIds.includes(d.id);
              return (
                <View
                  key={d.id}
                  id={`${idPrefix}-${d.id}`}
                  className={`choice__item pw-depts__item ${on ? 'choice__item--on' : ''} ${off ? 'pw-depts__item--off' : ''}`}
                  data-selected={on ? 'true' : 'false'}
                  onClick={() => !off && onToggle(d.id)}
                >
                  <Text>{on ? `✓ ${d.name}` : d.name}</Text>
                </View>
              );
            })}
          </View>
        </View>
      ))}
    </View>
  );
}
