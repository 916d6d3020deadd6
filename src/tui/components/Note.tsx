import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { NoteKind } from '../../model/document.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** Each kind of callout has its own mark, so they differ without colour too (NO_COLOR, a screen reader). */
const MARK: Record<NoteKind, string> = { note: 'ℹ', tip: '✓', important: '!', caution: '⚠', warning: '⚠' };

/** A note, tip, important point, caution or warning: a bar, a mark and a localized kind in its colour. */
export function Note({ kind, children }: { kind: NoteKind; children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const colour = theme[kind];
  const strong = kind === 'important' || kind === 'warning' || kind === 'caution';
  return (
    <Box borderStyle={strong ? 'bold' : 'single'} borderLeft borderRight={false} borderTop={false} borderBottom={false} borderColor={colour} paddingLeft={1} flexDirection="column">
      <Text bold color={colour} inverse={strong && colour !== undefined}>
        {`${MARK[kind]} ${t(`note.${kind}`)}`}
      </Text>
      {children}
    </Box>
  );
}
