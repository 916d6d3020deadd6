import { Box, Text, Transform } from 'ink';
import { dropWrapSpace } from './Inline.js';
import type { ReactNode } from 'react';

/**
 * A marker (a procedure's or a branch's number, Enter) and its text, wrapped under the text, not
 * back under the marker: at 40 columns a related procedure's title went on at the left edge,
 * under its number.
 */
export function Hanging({ marker, dimColor, children }: { marker: ReactNode; dimColor?: boolean; children: ReactNode }) {
  return (
    <Box>
      <Box flexShrink={0}>{typeof marker === 'string' ? <Text>{marker}</Text> : marker}</Box>
      {/* The room beside the marker, as a list item's (StepBody). */}
      <Box flexGrow={1} flexBasis={0}>
        {/* A line that filled the room exactly pushed the space after it to the next line's start. */}
        <Transform transform={dropWrapSpace}>
          <Text {...(dimColor ? { dimColor } : {})}>{children}</Text>
        </Transform>
      </Box>
    </Box>
  );
}
