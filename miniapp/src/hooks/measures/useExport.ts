import { useState } from 'react';
import { platform } from '@/platform';
import { http } from '@/services/api';
import type { ExportFile } from '@/utils/measures/exports';

/** Saves an export (the browser downloads it, WeChat opens it); says when it is busy or failed. */
export function useExport() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (file: ExportFile) => {
    setBusy(true);
    setError(null);
    try {
      await platform.saveFile(http.download(file.path, { query: file.query }), file.fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : '导出失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, save };
}
