import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { NoteKind } from '../../model/document.js';
import { useTheme } from '../theme.js';

/** Each kind of callout has its own mark, so they differ without colour too (NO_COLOR, a screen reader). */
const MARK: Record<NoteKind, string> = { note: 'ℹ', tip: '✓', important: '!', caution: '⚠', warning: '⚠' };

/** A note, tip, important point, caution or warning: a bar, a mark and its name (note-name.ts) in its colour. */
export function Note({ kind, name, children }: { kind: NoteKind; name: string; children: ReactNode }) {
  const theme = useTheme();
  const colour = theme[kind];
  const strong = kind === 'important' || kind === 'warning' || kind === 'caution';
  return (
    <Box borderStyle={strong ? 'bold' : 'single'} borderLeft borderRight={false} borderTop={false} borderBottom={false} borderColor={colour} paddingLeft={1} flexDirection="column">
      <Text bold color={colour} inverse={strong && colour !== undefined}>
        {`${MARK[kind]} ${name}`}
      </Text>
      {children}
    </Box>
  );
}
