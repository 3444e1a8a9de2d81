import { Input, Text, View } from '@tarojs/components';
import type { ApiError } from '@/services/http';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
import { ErrorBox, Empty, Loading } from '@/components/States';
import './hall.scss';

export interface PickItem {
  id: number;
  name: string;
  note: string;
}

/**
 * A sheet to tick several of a long list (people, appeals), with a search box on top:
 * `#${idPrefix}-search`, one row each `#${idPrefix}-${id}` with `data-selected`, confirm `#${idPrefix}-confirm`.
 */
export function PickSheet({
  idPrefix,
  title,
  hint,
  searchPlaceholder,
  items,
  selected,
  onToggle,
  search,
  onSearch,
  loading,
  error,
  onRetry,
  hasMore,
  onMore,
  confirmLabel,
  busy,
  message,
  onConfirm,
  onCancel,
  emptyText,
}: {
  idPrefix: string;
  title: string;
  hint?: string;
  searchPlaceholder: string;
  items: readonly PickItem[];
  selected: readonly number[];
  onToggle: (item: PickItem) => void;
  search: string;
  onSearch: (text: string) => void;
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  hasMore?: boolean;
  onMore?: () => void;
  confirmLabel: string;
  busy?: boolean;
  message?: string;
  onConfirm: () => void;
  onCancel: () => void;
  emptyText: string;
}) {
  return (
    <BottomSheet
      id={`${idPrefix}-sheet`}
      title={title}
      hint={hint}
      message={message}
      confirm={{ id: `${idPrefix}-confirm`, label: confirmLabel }}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      cancelId={`${idPrefix}-cancel`}
    >
      <Input
        id={`${idPrefix}-search`}
        className='input'
        value={search}
        placeholder={searchPlaceholder}
        maxlength={50}
        onInput={(e) => onSearch(e.detail.value)}
      />
      <Text className='muted'>{`已选${selected.length}项`}</Text>
      {error && <ErrorBox error={error} onRetry={onRetry} />}
      {!error && !loading && items.length === 0 && <Empty text={emptyText} />}
      <View className='pick-list'>
        {items.map((item) => {
          const on = selected.includes(item.id);
          return (
            <View
              key={item.id}
              id={`${idPrefix}-${item.id}`}
              className={`pick-row ${on ? 'pick-row--on' : ''}`}
              data-selected={on ? 'true' : 'false'}
              onClick={() => onToggle(item)}
            >
              <Text className='pick-row__box'>{on ? '✓' : ''}</Text>
              <View className='pick-row__who'>
                <Text className='pick-row__name'>{item.name}</Text>
                {item.note && <Text className='pick-row__note'>{item.note}</Text>}
              </View>
            </View>
          );
        })}
      </View>
      {loading && <Loading />}
      {hasMore && !loading && onMore && (
        <BigButton id={`${idPrefix}-more`} kind='plain' onClick={onMore}>
          加载更早的
        </BigButton>
      )}
    </BottomSheet>
  );
}
