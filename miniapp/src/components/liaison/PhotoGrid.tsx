import { Image, Text, View } from '@tarojs/components';
import { MAX_PHOTOS, type ReportPhoto } from '@/utils/liaison/report';

/** The chosen photos with a remove button each, and a big tile to add more (up to nine). */
export function PhotoGrid({
  photos,
  onAdd,
  onRemove,
  disabled,
}: {
  photos: readonly ReportPhoto[];
  onAdd: () => void;
  onRemove: (path: string) => void;
  disabled?: boolean;
}) {
  return (
    <View className='liaison-photos'>
      {photos.map((p, i) => (
        <View key={p.path} className='liaison-photos__item' data-uploaded={p.attachmentId !== undefined ? 'true' : 'false'}>
          <Image className='liaison-photos__image' src={p.path} mode='aspectFill' />
          {!disabled && (
            <View id={`report-photo-remove-${i}`} className='liaison-photos__remove' onClick={() => onRemove(p.path)}>
              <Text>×</Text>
            </View>
          )}
        </View>
      ))}
      {photos.length < MAX_PHOTOS && !disabled && (
        <View id='report-photo-add' className='liaison-photos__add' onClick={onAdd}>
          <Text className='liaison-photos__plus'>＋</Text>
          <Text>拍照</Text>
        </View>
      )}
    </View>
  );
}
