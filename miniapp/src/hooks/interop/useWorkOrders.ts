import { useState } from 'react';
import { hasPermission, WORK_ORDER_FIELDS, type WorkOrderImportResult, type WorkOrderMapping, type WorkOrderPreview } from '@lingjuli/shared';
import type { ChosenFile } from '@/platform/adapter';
import { platform } from '@/platform';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { useExport } from '@/hooks/measures/useExport';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { beijingDate, checkRange, repliesFileName } from '@/utils/interop/work-orders';

/**
 * 12345工单: a batch from the city chosen, previewed row by row (nothing written), then imported by the
 * command centre; the replies of a range of days saved for upload back to 12345; the batch's columns
 * mapped by the street admin.
 */
export function useWorkOrders(session: Session | null) {
  const role = session?.user.role ?? 'resident';
  const mapping = useQuery(() => (session ? api.workOrders.mapping() : Promise.resolve(undefined)), [!!session]);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<WorkOrderPreview | null>(null);
  const [result, setResult] = useState<WorkOrderImportResult | null>(null);
  const previewing = useSubmit();
  const importing = useSubmit();

  const choose = async () => {
    const chosen = await platform.chooseSpreadsheet();
    if (!chosen) return;
    setFile(chosen);
    setPreview(null);
    setResult(null);
    previewing.reset();
    importing.reset();
    await previewing.run({ ok: true, body: chosen }, (f) => api.workOrders.preview(f), setPreview);
  };

  const runImport = async () => {
    if (!file) return;
    await importing.run(
      { ok: true, body: file },
      (f) => api.workOrders.import(f),
      (done) => {
        setResult(done);
        setPreview(null);
      },
    );
  };

  const today = beijingDate(new Date());
  const [range, setRange] = useState({ from: today, to: today });
  const [rangeError, setRangeError] = useState<string | null>(null);
  const exporter = useExport();
  const saveReplies = async (format: 'xlsx' | 'csv') => {
    const problem = checkRange(range);
    setRangeError(problem);
    if (problem) return;
    await exporter.save({ path: api.workOrders.repliesPath(format), query: range, fileName: repliesFileName(range, format), label: '工单回复' });
  };

  const [draft, setDraft] = useState<WorkOrderMapping | null>(null);
  const mappingForm = draft ?? mapping.data?.mapping ?? {};
  const savingMapping = useSubmit();
  const saveMapping = async () => {
    const body = Object.fromEntries(WORK_ORDER_FIELDS.map((f) => [f, mappingForm[f]?.trim()]).filter(([, header]) => header)) as WorkOrderMapping;
    await savingMapping.run(
      { ok: true, body },
      (b) => api.workOrders.saveMapping(b),
      () => {
        setDraft(null);
        void mapping.reload();
      },
    );
  };

  return {
    mapping,
    canImport: hasPermission(role, 'workOrder.import'),
    canMap: hasPermission(role, 'workOrder.mapping'),
    file,
    choose,
    preview,
    previewing,
    runImport,
    importing,
    result,
    range,
    setRange: (patch: Partial<typeof range>) => setRange((r) => ({ ...r, ...patch })),
    rangeError: rangeError ?? exporter.error,
    exporting: exporter.busy,
    saveReplies,
    mappingForm,
    setMappingField: (field: keyof WorkOrderMapping, header: string) => setDraft({ ...mappingForm, [field]: header }),
    saveMapping,
    savingMapping,
  };
}
