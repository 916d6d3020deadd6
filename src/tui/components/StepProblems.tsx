import { Box, Text } from 'ink';
import { Component, type ReactNode } from 'react';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** The parser's problems in the step, one `file:line:column … docflow:rule` line each, under a heading. */
export function StepProblems({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  if (problems.length === 0) return null;
  return (
    <Box flexDirection="column">
      <Text bold color={theme.warning}>{`⚠ ${t('step.problems')}`}</Text>
      {problems.map((line) => (
        <Text key={line} color={theme.warning}>
          {sanitize(line)}
        </Text>
      ))}
    </Box>
  );
}

/**
 * A step whose text cannot be rendered says so, with the reason, and the rest of the screen (the
 * progress, the keys) stays: the reader can go on, back or quit instead of facing a blank frame.
 */
export class StepBoundary extends Component<{ fallback: (reason: string) => ReactNode; children: ReactNode }, { reason?: string }> {
  override state: { reason?: string } = {};

  static getDerivedStateFromError(error: unknown): { reason: string } {
    return { reason: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    return this.state.reason === undefined ? this.props.children : this.props.fallback(this.state.reason);
  }
}

/** What a step that cannot be rendered shows instead. */
export function Unrenderable({ number, reason }: { number: number; reason: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  return <Text color={theme.warning}>{`⚠ ${sanitize(t('step.unrenderable', { number, reason }))}`}</Text>;
}
