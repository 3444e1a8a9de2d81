import type { LiaisonDuty, LiaisonInfo } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '@/services/api';
import { serverNow } from '@/state/server-clock';
import { sameDuties, trainingBody, type TrainingForm } from '@/utils/powers/liaison';
import { toDateInput } from '@/utils/dates';
import { toast } from '@/utils/navigation';
import { asApiError } from '@/utils/staff/forms';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

const TRAINING_FIELDS = ['title', 'date', 'hours'] as const;
const emptyTraining = (): TrainingForm => ({ title: '', date: toDateInput(serverNow()), hours: '' });

/**
 * One liaison's record (`?userId=`): duties and the active switch (community staff edit them), her
 * counts, and her training records with a form to add one. The server's answer replaces what is shown.
 */
export function useLiaisonRecord(userId: number, enabled: boolean) {
  const query = useQuery(() => (enabled && userId ? api.liaisons.get(userId) : Promise.resolve(undefined)), [userId, enabled]);
  const [info, setInfo] = useState<LiaisonInfo>();
  const [duties, setDuties] = useState<LiaisonDuty[]>([]);
  useEffect(() => {
    if (query.data) {
      setInfo(query.data);
      setDuties(query.data.duties);
    }
  }, [query.data]);
  usePageRefresh(query.reload);

  // Duties and the active switch.
  const [updating, setUpdating] = useState<'duties' | 'active' | null>(null);
  const [updateMessage, setUpdateMessage] = useState<string | null>(null);
  const update = async (what: 'duties' | 'active', body: { duties?: LiaisonDuty[]; active?: boolean }, done: string) => {
    setUpdating(what);
    setUpdateMessage(null);
    try {
      const next = await api.liaisons.update(userId, body);
      setInfo(next);
      setDuties(next.duties);
      toast(done);
    } catch (e) {
      const err = asApiError(e);
      setUpdateMessage(err.fieldMessage('duties') ?? err.message);
      if (what === 'active' && info) setInfo({ ...info }); // the switch goes back to what the server has
    } finally {
      setUpdating(null);
    }
  };

  const saveDuties = () => {
    if (!duties.length) return setUpdateMessage('请至少选择一项职责');
    return update('duties', { duties }, '职责已保存');
  };

  const setActive = async (active: boolean) => {
    if (!info || active === info.active) return;
    if (!active) {
      const { confirm } = await Taro.showModal({
        title: '停用民情专员',
        content: `停用后${info.name}将移出名册，账号也会关闭。确定停用？`,
        confirmText: '停用',
        cancelText: '取消',
      }).catch(() => ({ confirm: false }));
      if (!confirm) {
        setInfo({ ...info });
        return;
      }
    }
    await update('active', { active }, active ? '已恢复在册' : '已停用');
  };

  // Training records.
  const [trainingOpen, setTrainingOpen] = useState(false);
  const [training, setTraining] = useState<TrainingForm>(emptyTraining);
  const trainingSubmitter = useSubmit();
  const closeTraining = () => {
    setTrainingOpen(false);
    setTraining(emptyTraining());
    trainingSubmitter.reset();
  };
  const addTraining = () =>
    trainingSubmitter.run(
      trainingBody(training, serverNow()),
      (body) => api.liaisons.addTraining(userId, body),
      (updated) => {
        setInfo(updated);
        closeTraining();
        toast('培训记录已添加');
      },
    );

  return {
    query,
    info,
    duties,
    setDuties,
    dutiesChanged: !!info && !sameDuties(duties, info.duties),
    saveDuties,
    setActive,
    updating,
    updateMessage,
    today: toDateInput(serverNow()),
    training: {
      open: trainingOpen,
      show: () => setTrainingOpen(true),
      close: closeTraining,
      values: training,
      change: (patch: Partial<TrainingForm>) => setTraining((t) => ({ ...t, ...patch })),
      busy: trainingSubmitter.busy,
      submit: addTraining,
      fieldError: (field: (typeof TRAINING_FIELDS)[number]) => trainingSubmitter.fieldError(field),
      message: trainingSubmitter.message(TRAINING_FIELDS),
    },
  };
}
