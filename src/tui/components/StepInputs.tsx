import { MultiSelect, Select } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { FlowValues } from '../../flow/machine.js';
import { validateInput, type Invalid } from '../../flow/validate-input.js';
import type { StepInput } from '../../model/workflow.js';
import { inputLabel } from '../../text/input-label.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Hanging } from './Hanging.js';
import { TextField } from './TextField.js';

export interface StepInputsProps {
  namespace: string;
  inputs: readonly StepInput[];
  values: FlowValues;
  /** A valid value was entered (never called for a secret: secrets are not kept). */
  onSet: (name: string, value: string | string[]) => void;
  /** Every field of the step is filled in: Enter moves on again. */
  onComplete: () => void;
  /** What was typed in a field and not confirmed yet, kept while the fields are left (Esc, a language switched). */
  drafts?: Readonly<Record<string, string>>;
  onDraft?: (name: string, text: string) => unknown;
}

/** A value entered: some text, or some choices. */
const has = (value: string | string[] | undefined) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/**
 * What a step asks for, one field at a time: text, email, phone and numbers typed (TextField;
 * checked, with the reason in the reader's language), one-of and many-of chosen (@inkjs/ui),
 * secrets typed unseen and forgotten. Values already entered are there to confirm or change.
 */
export function StepInputs({ namespace, inputs, values, onSet, onComplete, drafts = {}, onDraft }: StepInputsProps) {
  const tr = useTranslation();
  const theme = useTheme();
  const [active, setActive] = useState(0);
  const [error, setError] = useState<Invalid | undefined>();
  // Esc leaves the fields as they are: the step's keys (back, choices, quit) work again.
  useInput((_input, key) => {
    if (key.escape) onComplete();
  });
  const submit = (input: StepInput, value: string | string[]) => {
    const invalid = validateInput(input, value);
    setError(invalid);
    if (invalid) return;
    if (input.type !== 'secret') onSet(input.name, typeof value === 'string' ? value.trim() : value);
    if (active + 1 >= inputs.length) onComplete();
    else setActive(active + 1);
  };
  const shown = (input: StepInput) => {
    const value = values[input.name];
    if (input.type === 'secret') return '••••••';
    return sanitize(Array.isArray(value) ? value.join(', ') : (value ?? ''));
  };
  return (
    <Box flexDirection="column">
      {inputs.map((input, i) => {
        const label = sanitize(inputLabel(input, namespace, tr));
        if (i !== active) {
          // A field further on says what it holds: back on a step to change one answer, the
          // others stood as bare labels, as if lost (they came back one Enter at a time).
          const entered = i < active || (input.type !== 'secret' && has(values[input.name]));
          return (
            <Hanging key={input.name} marker={<Text dimColor={i > active}>{i < active ? '✔ ' : '  '}</Text>} dimColor={i > active}>
              {entered ? tr.t('label-value', { label, value: shown(input) }) : label}
            </Hanging>
          );
        }
        const current = values[input.name];
        const text = Object.hasOwn(drafts, input.name) ? drafts[input.name] : typeof current === 'string' ? current : undefined;
        const options = (input.choices ?? []).map((choice) => ({ label: sanitize(choice), value: choice }));
        return (
          <Box key={input.name} flexDirection="column">
            <Text bold color={theme.accent}>{`› ${label}${input.required ? '' : ' (—)'}`}</Text>
            <Box paddingLeft={2}>
              {input.type === 'secret' ? (
                <TextField mask="*" onSubmit={(value) => submit(input, value)} />
              ) : input.type === 'one-of' ? (
                <Select options={options} {...(text ? { defaultValue: text } : {})} onChange={(value) => submit(input, value)} />
              ) : input.type === 'many-of' ? (
                <MultiSelect options={options} {...(Array.isArray(current) ? { defaultValue: current } : {})} onSubmit={(value) => submit(input, value)} />
              ) : (
                <TextField key={`${input.name}/${active}`} {...(text ? { defaultValue: text } : {})} onChange={(value) => onDraft?.(input.name, value)} onSubmit={(value) => submit(input, value)} />
              )}
            </Box>
            {error ? <Text color={theme.warning}>{tr.t(error.key, error.values)}</Text> : null}
          </Box>
        );
      })}
      {/* Esc named as every other hint and the help name it (Échap in French). */}
      <Text dimColor>{`${tr.t('inputs.hint')}  ·  ${tr.t('keys.esc')} ↩`}</Text>
    </Box>
  );
}
