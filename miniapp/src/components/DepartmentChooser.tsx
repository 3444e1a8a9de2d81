import { Text, View } from '@tarojs/components';
import './DepartmentChooser.scss';

/** Departments under one heading: by kind (街道科室 …) when dispatching, by how they took part in a feedback. */
export interface DepartmentChoiceGroup {
  kind: string;
  label: string;
  departments: readonly { id: number; name: string }[];
}

/**
 * Departments and units in groups, several chosen with a tap each: `#${idPrefix}-${id}` with
 * `data-selected`.
 */
export function DepartmentChooser({
  idPrefix,
  groups,
  selected,
  onToggle,
  disabledIds = [],
}: {
  idPrefix: string;
  groups: readonly DepartmentChoiceGroup[];
  selected: readonly number[];
  onToggle: (id: number) => void;
  /** Shown but not choosable (e.g. the lead among the members). */
  disabledIds?: readonly number[];
}) {
  return (
    <View className='dept-chooser'>
      {groups.map((group) => (
        <View key={group.kind} className='dept-chooser__group'>
          <Text className='dept-chooser__label'>{group.label}</Text>
          <View className='choice'>
            {group.departments.map((d) => {
              const on = selected.includes(d.id);
              const off = disabledIds.includes(d.id);
              return (
                <View
                  key={d.id}
                  id={`${idPrefix}-${d.id}`}
                  className={`choice__item dept-chooser__item ${on ? 'choice__item--on' : ''} ${off ? 'dept-chooser__item--off' : ''}`}
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
