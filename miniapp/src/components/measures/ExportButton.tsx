import { Text, View } from '@tarojs/components';
import { useExport } from '@/hooks/measures/useExport';
import type { ExportFile } from '@/utils/measures/exports';

/** A download the desk (or the phone) offers: saved by the browser, opened by WeChat; the failure said beside it. */
export function ExportButton({ id, file }: { id: string; file: ExportFile }) {
  const x = useExport();
  return (
    <View className='export-button'>
      <Text id={id} className={`export-button__link ${x.busy ? 'export-button__link--busy' : ''}`} onClick={() => void (x.busy ? null : x.save(file))}>
        {x.busy ? '正在导出…' : `⭳ ${file.label}`}
      </Text>
      {x.error && <Text className='export-button__error'>{x.error}</Text>}
    </View>
  );
}
