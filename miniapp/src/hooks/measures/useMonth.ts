import { useRouter } from '@tarojs/taro';
import { isMonthCode } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { serverNow } from '@/state/server-clock';
import { defaultMonth, monthChoices } from '@/utils/measures/format';

/** The month a measures page shows: `?month=` if given, else the last full month; and the months to choose from. */
export function useMonth() {
  const { params } = useRouter();
  const now = useMemo(() => serverNow(), []);
  const [month, setMonth] = useState(() => (params.month && isMonthCode(params.month) ? params.month : defaultMonth(now)));
  const months = useMemo(() => {
    const choices = monthChoices(now);
    return choices.includes(month) ? choices : [...choices, month];
  }, [now, month]);
  return { month, setMonth, months };
}
