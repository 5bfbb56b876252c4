// One polite live region per page: "Copied", "Saved", "Exported" are read by screen readers and
// shown as a short toast, without moving focus (WAI-ARIA 1.2 §6.6 live regions).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const SHOW_MS = 4000;

export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((m: string) => {
    // Clearing first makes a repeated identical message be read again.
    setMessage('');
    setTimeout(() => setMessage(m), 30);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), SHOW_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const region = (
    <div class={message ? 'toast visible' : 'toast'} role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
  return { announce, region };
}
