import { birthYearRange, hasPermission, yearAt, type VolunteerInfo, type VolunteerTeam } from '@lingjuli/shared';
import { useState } from 'react';
import { useNow } from '@/hooks/useNow';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { volunteersApi } from '@/services/volunteers-api';
import type { Session } from '@/state/session';
import { birthYearOf } from '@/utils/volunteers/application-form';
import { checked, collect } from '@/utils/powers/check';
import { toast } from '@/utils/navigation';

/**
 * The team: its counts by kind, the trained, the age mix (its community's; the grid's and the street's
 * summed, with each community's line). Her community's staff also record the birth year of the
 * volunteers who have none (liaisons registered before applications), so the mix counts them.
 */
export function useVolunteerTeam(session: Session | null) {
  const role = session?.user.role;
  const canRead = !!role && hasPermission(role, 'volunteer.team');
  const canRecord = !!role && hasPermission(role, 'volunteer.manage') && hasPermission(role, 'volunteer.roster');
  const year = yearAt(useNow(60_000));
  const team = useQuery<VolunteerTeam | null>(() => (canRead ? volunteersApi.team() : Promise.resolve(null)), [canRead]);
  const roster = useQuery<VolunteerInfo[]>(() => (canRecord ? volunteersApi.roster() : Promise.resolve([])), [canRecord]);
  usePageRefresh(async () => {
    await team.reload();
    await roster.reload();
  });

  const [years, setYears] = useState<Record<number, string>>({});
  /** The volunteer whose year was sent last: the form's and the server's message go under her row. */
  const [tried, setTried] = useState<number | null>(null);
  const [recorded, setRecorded] = useState<number[]>([]);
  const saver = useSubmit();
  const save = (userId: number) => {
    const text = years[userId] ?? '';
    const birthYear = birthYearOf(text);
    const { min, max } = birthYearRange(year);
    setTried(userId);
    const problem = !text.trim()
      ? '请填写出生年份，如 1958'
      : birthYear === null || birthYear < min || birthYear > max
        ? `出生年份须在${min}年至${max}年之间`
        : undefined;
    return saver.run(
      checked(collect({ birthYear: problem }), () => ({ birthYear: birthYear as number })),
      (body) => volunteersApi.recordBirthYear(userId, body),
      () => {
        setRecorded((r) => [...r, userId]);
        toast('已登记');
        void team.reload();
      },
    );
  };

  const unknownAge = (roster.data ?? []).filter((v) => v.active && v.birthYear === null && !recorded.includes(v.userId));
  return {
    canRead,
    canRecord,
    year,
    team: team.data ?? null,
    loading: team.loading && !team.data,
    error: team.error,
    reload: team.reload,
    unknownAge,
    rosterError: roster.error,
    years,
    setYear: (userId: number, text: string) => setYears((y) => ({ ...y, [userId]: text })),
    save,
    saving: saver.busy ? tried : null,
    /** The message under one volunteer's year: the form's own check, or the server's. */
    yearError: (userId: number) => (userId === tried ? (saver.fieldError('birthYear') ?? saver.error?.message) : undefined),
  };
}
