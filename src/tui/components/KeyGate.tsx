import { useEffect, useState, type ReactNode } from 'react';
import type { KeyByKeyInput } from '../key-by-key.js';

/**
 * Paces keys to React: after each key it renders (a render first runs every effect still
 * pending from the key's own update) and, from its effect, lets the next key go. Wraps the app.
 */
export function KeyGate({ input, children }: { input: KeyByKeyInput; children?: ReactNode }) {
  const [seen, setSeen] = useState(0);
  useEffect(() => {
    const onKey = () => setSeen((n) => n + 1);
    input.on('key', onKey);
    const detach = input.attachGate();
    return () => {
      input.off('key', onKey);
      detach();
    };
  }, [input]);
  useEffect(() => {
    if (seen > 0) input.settled();
  }, [seen, input]);
  return children;
}
