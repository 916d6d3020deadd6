import { Box, Text, measureElement, type DOMElement } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { plainMessage } from '../../text/inline-runs.js';
import { displayWidth } from '../../text/display-width.js';
import { useTheme } from '../theme.js';
import { Paragraph } from './Inline.js';
import { CELL_BULLET } from '../../text/cell-lines.js';

const SEPARATOR = ' │ ';

/**
 * A table in columns: each column as wide as its widest cell, by display width (a CJK character
 * takes two columns); the header bold over a rule. When the columns do not fit the room they
 * have (measured, so a table in a note or a substep fits too), the widest share what is left
 * and their cells wrap inside them: the columns stay columns. A cell's lines and list items (see
 * cell-lines.ts) are lines of their own.
 */
/** A line of a cell: its markdown, and whether it is a list item (led by a bullet). */
export interface TableLine {
  markdown: string;
  item: boolean;
}

/** `header`: whether the first row is the header (an HTML table may have none). */
export function Table({ rows, dim, header = true }: { rows: readonly (readonly (readonly TableLine[])[])[]; dim?: boolean; header?: boolean }) {
  const theme = useTheme();
  const box = useRef<DOMElement>(null);
  const [room, setRoom] = useState<number | undefined>();
  // After each layout (a resize included): the room the table has, if it changed.
  useEffect(() => {
    const width = box.current ? measureElement(box.current).width : 0;
    if (width > 0 && width !== room) setRoom(width);
  });
  const count = Math.max(0, ...rows.map((row) => row.length));
  const lineWidth = ({ markdown, item }: TableLine) => (item ? CELL_BULLET.length : 0) + displayWidth(plainMessage(markdown));
  const natural = Array.from({ length: count }, (_, c) => Math.max(1, ...rows.flatMap((row) => (row[c] ?? []).map(lineWidth))));
  const widths = room === undefined ? natural : fitColumns(natural, room - SEPARATOR.length * (count - 1));
  const rule = { borderStyle: 'single', borderTop: false, borderLeft: false, borderRight: false, borderColor: theme.muted } as const;
  // Cut at its room: the first frame, drawn before the room is measured, has the columns' natural
  // widths; a line wider than the terminal wrapped there and was left on the screen (Ink erases
  // the lines it wrote, not the terminal's), the table's header over the title at 40 columns.
  return (
    <Box ref={box} flexDirection="column" overflowX="hidden">
      {rows.map((row, r) => (
        <Box key={r} flexDirection="row">
          {widths.flatMap((width, c) => [
            ...(c > 0
              ? [
                  r === 0 && header ? (
                    <Box key={`${c}|`} flexShrink={0} {...rule}>
                      <Text color={theme.muted}>{SEPARATOR}</Text>
                    </Box>
                  ) : (
                    // A border, not a character: it runs down every line of a row whose cells wrap.
                    <Box key={`${c}|`} flexShrink={0} marginLeft={1} width={SEPARATOR.length - 1} borderStyle="single" borderTop={false} borderRight={false} borderBottom={false} borderColor={theme.muted} />
                  ),
                ]
              : []),
            // The header's cells and separators each draw the rule under them: one line across.
            <Box key={c} width={width} flexShrink={0} flexDirection="column" {...(r === 0 && header ? rule : {})}>
              {(row[c] ?? []).map((line, l) => (
                <CellLine key={l} line={line} dim={dim} bold={r === 0 && header} />
              ))}
            </Box>,
          ])}
        </Box>
      ))}
    </Box>
  );
}

/** A line of a cell; an item's bullet beside it, its wrapped lines under its text, not under the bullet. */
function CellLine({ line, dim, bold }: { line: TableLine; dim?: boolean; bold: boolean }) {
  const text = <Paragraph messages={[line.markdown]} dim={dim} bold={bold} />;
  if (!line.item) return text;
  return (
    <Box>
      <Text dimColor={dim}>{CELL_BULLET}</Text>
      <Box flexGrow={1} flexBasis={0}>
        {text}
      </Box>
    </Box>
  );
}

/**
 * Column widths within `room`: all as they are when they fit; else the narrow ones stay whole
 * and the wide ones are cut to one level, the highest at which the total fits (at least 1 each).
 */
export function fitColumns(widths: readonly number[], room: number): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= room) return [...widths];
  let level = Math.max(...widths);
  const used = (cap: number) => widths.reduce((sum, w) => sum + Math.min(w, cap), 0);
  while (level > 1 && used(level) > room) level -= 1;
  return widths.map((w) => Math.min(w, level));
}
