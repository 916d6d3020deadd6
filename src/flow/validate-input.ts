/** Whether a value fits what the overlay asks for; the message key (in ui.json) and values when not. */
import type { StepInput } from '../model/workflow.js';

export interface Invalid {
  key: 'validation.required' | 'validation.email' | 'validation.phone' | 'validation.number' | 'validation.integer' | 'validation.min' | 'validation.max';
  values?: Record<string, number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits, spaces, + and the marks that group them, with at least five digits ("-----" is none).
const PHONE = /^\+?[\d\s().-]{5,}$/;
const PHONE_DIGITS = /(?:\d\D*){5}/;
// A number as people write one: digits, a sign, one decimal point or comma (JavaScript's Number
// would also take 0x10, 1e3 and Infinity), its thousands grouped by a space where the language
// does so (French 1 000, with a no-break or narrow one; Swiss 1'000): no language writes a
// decimal so, so the group is read the same in every locale. A comma or point between groups
// stays ambiguous (1,000 is a thousand or one), and is refused where a whole number is asked.
const GROUP = "[ \u00a0\u202f'’]";
const DIGITS = `(?:\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)`;
const NUMBER = new RegExp(`^[+-]?${DIGITS}(?:[.,]\\d+)?$`);
const INTEGER = new RegExp(`^[+-]?${DIGITS}$`);
const GROUPS = new RegExp(GROUP, 'g');

export function validateInput(input: StepInput, value: string | readonly string[]): Invalid | undefined {
  const empty = typeof value === 'string' ? value.trim() === '' : value.length === 0;
  if (empty) return input.required ? { key: 'validation.required' } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (input.type === 'email' && !EMAIL.test(text)) return { key: 'validation.email' };
  if (input.type === 'phone' && !(PHONE.test(text) && PHONE_DIGITS.test(text))) return { key: 'validation.phone' };
  if (input.type === 'number') {
    if (!NUMBER.test(text)) return { key: 'validation.number' };
    if (input.integer && !INTEGER.test(text)) return { key: 'validation.integer' };
    const number = Number(text.replace(GROUPS, '').replace(',', '.'));
    if (input.min !== undefined && number < input.min) return { key: 'validation.min', values: { min: input.min } };
    if (input.max !== undefined && number > input.max) return { key: 'validation.max', values: { max: input.max } };
  }
  return undefined;
}
