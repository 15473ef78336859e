import { useCallback, useEffect, useState } from 'react';

/** Seconds since the start (or the last reset), ticking once a second. */
export function useElapsed(): { seconds: number; reset: () => void } {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const reset = useCallback(() => {
    const time = Date.now();
    setStart(time);
    setNow(time);
  }, []);
  return { seconds: (now - start) / 1000, reset };
}
