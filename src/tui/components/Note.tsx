import { Box, Text } from 'ink';
import type { NoteKind } from '../../model/document.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Paragraph } from './Inline.js';

/** A note, tip or warning: a coloured bar and a localized kind, so it reads apart from the step. */
export function Note({ kind, messages }: { kind: NoteKind; messages: string[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const colour = kind === 'note' || kind === 'tip' ? theme.note : theme.warning;
  return (
    <Box borderStyle="bold" borderLeft borderRight={false} borderTop={false} borderBottom={false} borderColor={colour} paddingLeft={1}>
      <Text>
        <Text bold color={colour}>
          {t(`note.${kind}`)}
        </Text>
        {'  '}
        <Paragraph messages={messages} />
      </Text>
    </Box>
  );
}
