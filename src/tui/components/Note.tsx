import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { NoteKind } from '../../model/document.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** A note, tip or warning: a coloured bar and a localized kind, so it reads apart from the step. */
export function Note({ kind, children }: { kind: NoteKind; children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const colour = kind === 'note' || kind === 'tip' ? theme.note : theme.warning;
  return (
    <Box borderStyle="bold" borderLeft borderRight={false} borderTop={false} borderBottom={false} borderColor={colour} paddingLeft={1} flexDirection="column">
      <Text bold color={colour}>
        {t(`note.${kind}`)}
      </Text>
      {children}
    </Box>
  );
}
