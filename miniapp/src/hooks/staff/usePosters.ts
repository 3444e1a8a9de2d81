import type { BuildingSummary } from '@lingjuli/shared';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { platform } from '@/platform';
import type { PosterLink } from '@/platform/adapter';
import { api, serverUrl } from '@/services/api';
import type { Session } from '@/state/session';
import { buildingPoster, communityPosters } from '@/utils/staff/posters';

const NO_BUILDINGS: BuildingSummary[] = [];

/** The community's buildings and their printable posters, opened the way the platform can. */
export function usePosters(session: Session | null) {
  const communityId = session?.user.communityId ?? null;
  const buildings = useQuery(() => (communityId ? api.org.buildings(communityId) : Promise.resolve(NO_BUILDINGS)), [communityId]);
  /** Which poster's link was last copied (WeChat), to say so beside it. */
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const open = async (key: string, link: PosterLink) => {
    setFailed(null);
    try {
      setCopied((await platform.openPoster(link)) === 'copied' ? key : null);
    } catch {
      setFailed('打开失败，请稍后重试');
    }
  };

  return {
    communityId,
    buildings,
    copied,
    failed,
    openBuilding: (building: BuildingSummary) => open(building.code, buildingPoster(building.code, serverUrl)),
    openAll: () => (communityId ? open('all', communityPosters(communityId, serverUrl)) : Promise.resolve()),
  };
}
