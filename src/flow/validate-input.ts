/** Whether a value fits what the overlay asks for; the message key (in ui.json) and values when not. */
import type { StepInput } from '../model/workflow.js';

export interface Invalid {
  key: 'validation.required' | 'validation.email' | 'validation.phone' | 'validation.number' | 'validation.min' | 'validation.max';
  values?: Record<string, number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{5,}$/;

export function validateInput(input: StepInput, value: string | readonly string[]): Invalid | undefined {
  const empty = typeof value === 'string' ? value.trim() === '' : value.length === 0;
  if (empty) return input.required ? { key: 'validation.required' } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (input.type === 'email' && !EMAIL.test(text)) return { key: 'validation.email' };
  if (input.type === 'phone' && !PHONE.test(text)) return { key: 'validation.phone' };
  if (input.type === 'number') {
    const number = Number(text.replace(',', '.'));
    if (!Number.isFinite(number)) return { key: 'validation.number' };
    if (input.min !== undefined && number < input.min) return { key: 'validation.min', values: { min: input.min } };
    if (input.max !== undefined && number > input.max) return { key: 'validation.max', values: { max: input.max } };
  }
  return undefined;
}
