import { useEffect, useState } from 'react';
import { serverNow } from '@/state/server-clock';

/** The server's current time, refreshed every `everyMs` (countdowns in minutes need no faster tick). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
