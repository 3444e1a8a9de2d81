import type { Audience, BuildingSummary } from '@lingjuli/shared';
import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { usePeople } from '@/hooks/hall/usePeople';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { filterPeople } from '@/utils/hall/people';
import { toggleId } from '@/utils/powers/check';

/** The part of a meeting's or a poll's draft that says who is asked. */
export interface AudienceDraft {
  audience: Audience;
  buildingIds: number[];
  invitedUserIds: number[];
}

const NOBODY: readonly { id: number; name: string }[] = [];

/**
 * Who a meeting or a poll is for, as its editor picks it: the community's buildings to tick, and the
 * people to invite by name in a sheet (a copy ticked and unticked there, kept only on 确定). `known`
 * names those already invited who may have moved since.
 */
export function useAudiencePicker<D extends AudienceDraft>(
  communityId: number | null,
  draft: D,
  setDraft: Dispatch<SetStateAction<D>>,
  known: readonly { id: number; name: string }[] = NOBODY,
) {
  const buildings = useQuery<BuildingSummary[]>(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);
  const [picking, setPicking] = useState<number[] | null>(null);
  const [search, setSearch] = useState('');
  const people = usePeople(communityId, draft.audience === 'invited' || picking !== null);
  const shown = useMemo(() => filterPeople(people.people, search), [people.people, search]);
  const names = useMemo(() => {
    const map = new Map<number, string>();
    known.forEach((p) => map.set(p.id, p.name));
    people.people.forEach((p) => map.set(p.userId, p.name));
    return map;
  }, [known, people.people]);

  return {
    buildings,
    people,
    names,
    toggleBuilding: (buildingId: number) => setDraft((d) => ({ ...d, buildingIds: toggleId(d.buildingIds, buildingId) })),
    uninvite: (userId: number) => setDraft((d) => ({ ...d, invitedUserIds: d.invitedUserIds.filter((x) => x !== userId) })),
    invite: {
      open: picking !== null,
      start: () => {
        setSearch('');
        setPicking(draft.invitedUserIds);
      },
      picked: picking ?? [],
      toggle: (userId: number) => setPicking((p) => toggleId(p ?? [], userId)),
      confirm: () => {
        if (picking) setDraft((d) => ({ ...d, invitedUserIds: picking }));
        setPicking(null);
      },
      close: () => setPicking(null),
      search,
      setSearch,
      shown,
    },
  };
}

export type AudiencePicker = ReturnType<typeof useAudiencePicker>;
