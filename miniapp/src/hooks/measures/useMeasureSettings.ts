import type { MeasureSettings } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { api } from '@/services/api';
import { draftOf, settingsBody, type SettingsDraft } from '@/utils/measures/settings-form';

/** 测度设置: the settings in use as a draft to edit, checked here and by the server, saved by PUT. */
export function useMeasureSettings(enabled: boolean) {
  const current = useQuery(() => (enabled ? api.measures.settings() : Promise.resolve(undefined)), [enabled]);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [saved, setSaved] = useState<MeasureSettings | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    if (current.data) setDraft(draftOf(current.data));
  }, [current.data]);

  const edit = (change: (d: SettingsDraft) => SettingsDraft) => {
    setSaved(null);
    setDraft((d) => (d ? change(d) : d));
  };

  const save = () => {
    if (!draft) return;
    void submit.run(
      settingsBody(draft),
      (body) => api.measures.updateSettings(body),
      (result) => {
        setSaved(result);
        setDraft(draftOf(result));
      },
    );
  };

  return { current, draft, edit, save, saved, submit };
}
