/** A list's cursor, right for keys that arrive faster than renders: each move sees the last one. */
import { useRef, useState } from 'react';

export function useCursor(count: number, initial: number, wrap: boolean): { cursor: number; latest: () => number; move: (by: number) => void } {
  const [cursor, setCursor] = useState(initial);
  const latest = useRef(initial);
  const move = (by: number) => {
    latest.current = wrap ? (latest.current + by + count) % count : Math.min(Math.max(0, latest.current + by), count - 1);
    setCursor(latest.current);
  };
  return { cursor, latest: () => latest.current, move };
}

/** The first item a list of `count` shows in `window` lines: the cursor in the middle, the window full. */
export function windowStart(cursor: number, window: number, count: number): number {
  return Math.min(Math.max(0, cursor - Math.floor(window / 2)), Math.max(0, count - window));
}
