// Shows a long list a few items per frame, so fifty cards never become one long task (a pasted
// log stays scrollable and typeable while the rest appear).

import { useEffect, useState } from 'preact/hooks';

const FIRST = 8;
const STEP = 8;

/** How many of `total` items to render now; grows by STEP each frame until all are shown. */
export function useProgressive(total: number, key: unknown): number {
  const [shown, setShown] = useState(Math.min(total, FIRST));
  useEffect(() => {
    setShown(Math.min(total, FIRST));
    if (total <= FIRST) return;
    let n = FIRST;
    let timer: ReturnType<typeof setTimeout>;
    const grow = () => {
      n = Math.min(total, n + STEP);
      setShown(n);
      if (n < total) timer = setTimeout(grow, 16);
    };
    timer = setTimeout(grow, 16);
    return () => clearTimeout(timer);
  }, [total, key]);
  return Math.min(shown, total);
}
