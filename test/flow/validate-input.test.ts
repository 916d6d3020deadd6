/** What a step's fields accept, as the terminal UI and `--answers` both check it. */
import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/flow/validate-input.js';
import type { StepInput } from '../../src/model/workflow.js';

const licenses = { name: 'licenses', type: 'number', required: true, min: 1 } as StepInput;
const phone = { name: 'phone', type: 'phone', required: true } as StepInput;

describe('a field’s value', () => {
  it('is a number as people write one: not hexadecimal, an exponent or Infinity', () => {
    for (const typed of ['5', '12', '+3', '2,5', '2.5']) expect(validateInput(licenses, typed), typed).toBeUndefined();
    for (const typed of ['0x10', '1e3', 'Infinity', '5 licenses', '1.2.3', '.5']) expect(validateInput(licenses, typed), typed).toEqual({ key: 'validation.number' });
    expect(validateInput(licenses, '0')).toEqual({ key: 'validation.min', values: { min: 1 } });
  });

  it('is a whole number where the overlay says `integer` (a count of licenses), in the UI and with --answers alike', () => {
    const count = { ...licenses, integer: true } as StepInput;
    for (const typed of ['5', '+3', '12']) expect(validateInput(count, typed), typed).toBeUndefined();
    for (const typed of ['2.5', '2,5', '1.0']) expect(validateInput(count, typed), typed).toEqual({ key: 'validation.integer' });
    expect(validateInput(count, 'five')).toEqual({ key: 'validation.number' });
    expect(validateInput(count, '0')).toEqual({ key: 'validation.min', values: { min: 1 } });
  });

  it('is a number with its thousands grouped as the language writes them (1 000, 1\u202f000, 1’000), checked at its value', () => {
    const count = { ...licenses, integer: true, max: 5000 } as StepInput;
    for (const typed of ['1 000', '1\u00a0000', '1\u202f000', "1'000", '1’000', '12 345,5']) expect(validateInput(licenses, typed), typed).toBeUndefined();
    for (const typed of ['1 000', '2\u202f500']) expect(validateInput(count, typed), typed).toBeUndefined();
    expect(validateInput(count, '10 000')).toEqual({ key: 'validation.max', values: { max: 5000 } });
    for (const typed of ['1 00', '1  000', '1 0000', '1 000 licenses']) expect(validateInput(licenses, typed), typed).toEqual({ key: 'validation.number' });
  });

  it('is a phone number with at least five digits, not a row of dashes', () => {
    for (const typed of ['+86 10 1234 5678', '(425) 555-0100', '12345']) expect(validateInput(phone, typed), typed).toBeUndefined();
    for (const typed of ['-----', '(((  )))', '123', '+1 ext']) expect(validateInput(phone, typed), typed).toEqual({ key: 'validation.phone' });
  });
});
