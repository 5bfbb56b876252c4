// Shows a long list a few items per frame, so fifty cards never become one long task (a pasted
// log stays scrollable and typeable while the rest appear).

import { useEffect, useState } from 'preact/hooks';

const FIRST = 8;
const STEP = 8;

/**
 * How many of `total` items to render now; grows by STEP each frame until all are shown. A new
 * list (a new `key`) starts at FIRST in the very render that brings it: a count reset only in an
 * effect would show the old list's count for a frame (1 card of a 2-recipient email, say).
 */
export function useProgressive(total: number, key: unknown): number {
  const [grown, setGrown] = useState<{ key: unknown; n: number }>({ key, n: FIRST });
  useEffect(() => {
    if (total <= FIRST) return;
    let n = FIRST;
    let timer: ReturnType<typeof setTimeout>;
    const grow = () => {
      n = Math.min(total, n + STEP);
      setGrown({ key, n });
      if (n < total) timer = setTimeout(grow, 16);
    };
    timer = setTimeout(grow, 16);
    return () => clearTimeout(timer);
  }, [total, key]);
  return Math.min(total, grown.key === key ? grown.n : FIRST);
}
