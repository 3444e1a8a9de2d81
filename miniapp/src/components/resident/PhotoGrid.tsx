import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './resident.scss';

export interface PhotoGridProps {
  photos: string[];
  /** Editing: a remove button on each photo and an add tile while there is room. */
  onAdd?: () => void;
  onRemove?: (index: number) => void;
  max?: number;
  busy?: boolean;
  /** A note on each photo, by index (e.g. still being checked: `photoNote`). */
  notes?: readonly (string | null)[];
}

/**
 * Photo thumbnails, three to a row; tap one to see it large.
 *
 * Browser tests: tapping `#add-photo` runs platform.chooseImages → Taro.chooseImage, which in H5 appends
 * a hidden `<input type="file" id="taroChooseImage">` and clicks it. Attach a real JPG/PNG (the server checks
 * the bytes; an image the browser cannot decode is silently skipped) with Playwright's file chooser:
 *   const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#add-photo')]);
 *   await chooser.setFiles('photo.jpg');
 *   await page.waitForSelector('.photo-grid__image');
 * Use a desktop user agent: with a mobile one Taro first shows an action sheet (拍摄 / 从相册选择).
 */
export function PhotoGrid({ photos, onAdd, onRemove, max = 9, busy, notes }: PhotoGridProps) {
  const preview = (current: string) => void Taro.previewImage({ urls: photos, current }).catch(() => undefined);
  return (
    <View className='photo-grid'>
      {photos.map((src, i) => (
        <View key={src} className='photo-grid__cell'>
          <Image className='photo-grid__image' src={src} mode='aspectFill' onClick={() => preview(src)} />
          {notes?.[i] && <Text className='photo-grid__note'>{notes[i]}</Text>}
          {onRemove && (
            <View className='photo-grid__remove' id={`remove-photo-${i}`} onClick={() => onRemove(i)}>
              <Text>删除</Text>
            </View>
          )}
        </View>
      ))}
      {onAdd && photos.length < max && (
        <View id='add-photo' className={`photo-grid__cell photo-grid__add ${busy ? 'photo-grid__add--busy' : ''}`} onClick={() => !busy && onAdd()}>
          <Text className='photo-grid__plus'>＋</Text>
          <Text className='photo-grid__add-text'>{busy ? '处理中…' : `加照片 ${photos.length}/${max}`}</Text>
        </View>
      )}
    </View>
  );
}
