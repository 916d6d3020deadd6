import { Box, measureElement, Text, useInput, type DOMElement } from 'ink';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/**
 * A step longer than the screen scrolls (↑/↓, PgUp/PgDn) instead of pushing the key hints off a
 * 24-row terminal; a line says there is more, and where.
 */
export function Scroll({ height, active, stickToEnd, onOverflow, children }: { height: number; active: boolean; stickToEnd?: boolean; onOverflow?: (overflow: boolean) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const inner = useRef<DOMElement>(null);
  const [full, setFull] = useState(0);
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (inner.current) setFull(measureElement(inner.current).height);
  });
  // A key can change how tall the children are without this rendering (a field's text wrapping
  // as it is typed, the reason a value is refused under it): measured again once every handler
  // has had the key, or the field went on below the pane, out of sight as it was typed.
  const [, setKeys] = useState(0);
  useInput(() => void setImmediate(() => setKeys((n) => n + 1)));
  const overflow = full > height;
  // Whether ↑/↓ are its keys now: the help lets them scroll, not close it.
  useEffect(() => onOverflow?.(overflow), [overflow, onOverflow]);
  // Where it is takes a line, when there is one to spare: a pane of one line is the text's (it
  // said "lines 1–0 of 5" and showed none of it).
  const told = overflow && height > 1;
  const visible = told ? height - 1 : Math.max(1, height);
  const last = Math.max(0, full - visible);
  // While the reader types into fields (at the end), the end stays in view.
  const at = stickToEnd ? last : Math.min(offset, last);
  useInput(
    (_input, key) => {
      if (key.upArrow) setOffset(Math.max(0, at - 1));
      if (key.downArrow) setOffset(Math.min(last, at + 1));
      if (key.pageUp) setOffset(Math.max(0, at - visible));
      if (key.pageDown) setOffset(Math.min(last, at + visible));
    },
    { isActive: active && overflow },
  );
  return (
    <Box flexDirection="column">
      {/* Clipped in height only: Ink's horizontal clip counts an invisible format character (a
          right-to-left mark, a soft hyphen) as a column and cut as many characters off each line
          that had one ("(Previe" for "(Preview)"); the lines are laid out to the pane's width. */}
      {/* Once it overflows, the text is laid out out of the flow (absolute): in the flow, Yoga
          measures a child of a box of fixed height at most that height and shrank the text's
          lines to fit it ("lines 1–2 of 15" for 18 lines with the o list open, the list's last
          entries unreachable). Out of the flow it keeps its own height and the pane's width. */}
      <Box height={overflow ? visible : undefined} overflowY="hidden" flexDirection="column">
        <Box ref={inner} flexDirection="column" flexShrink={0} marginTop={-at} position={overflow ? 'absolute' : 'relative'} width="100%">
          {children}
        </Box>
      </Box>
      {told ? <Text color={theme.muted}>{t('scroll.more', { from: at + 1, to: Math.min(full, at + visible), total: full })}</Text> : null}
    </Box>
  );
}
