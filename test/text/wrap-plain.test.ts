/**
 * The plain walkthrough wrapped to a terminal: between words, under each line's own marker, an
 * address wider than the line kept whole on a line of its own.
 */
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { wrapHanging, wrapPlain } from '../../src/text/wrap-plain.js';

const ADDRESS = 'https://partner.microsoft.com/dashboard/account/v3/organization/legalinfo#mpn';

describe('wrapPlain', () => {
  it('goes on under the text after a list marker or a link number', () => {
    expect(wrapPlain('  • Sélectionnez Abonnements puis choisissez le compte Contoso.', 30)).toBe('  • Sélectionnez Abonnements\n    puis choisissez le compte\n    Contoso.');
    // As the screen wraps (Ink's trim: false): the space a break falls on counts on the next line, then goes.
    expect(wrapPlain('  [12] one two three four five six seven', 20)).toBe('  [12] one two three\n       four five\n       six seven');
    // The intro's links are lettered (link-marks.ts): theirs go on under their text too.
    expect(wrapPlain('[a] one two three four five six seven', 20)).toBe('[a] one two three\n    four five six\n    seven');
  });

  it('gives an address wider than the line a line of its own, whole, and goes on after it', () => {
    expect(wrapPlain(`  See ${ADDRESS} for the details.`, 40).split('\n')).toEqual(['  See', `  ${ADDRESS}`, '  for the details.']);
    // One that fits the terminal but not beside its number starts the next line: not folded by the terminal.
    expect(wrapPlain('  [1] https://partner.microsoft.com/dashboard', 40).split('\n')).toEqual(['  [1]', 'https://partner.microsoft.com/dashboard']);
    // Within Chinese, whose characters wrap, the address is not cut either.
    const chinese = wrapPlain(`请访问${ADDRESS}了解详细信息。`, 30).split('\n');
    expect(chinese).toContain(ADDRESS);
    expect(chinese.filter((line) => line !== ADDRESS).every((line) => stringWidth(line) <= 30)).toBe(true);
  });

  it('keeps a procedure\'s count of steps with its noun in the list (run at a dumb terminal, list)', () => {
    // Under its slug at 24 columns, "(3" ended a line and "étapes)" began the next.
    expect(wrapHanging('      Ajouter un nouveau client  (3 étapes)', '      ', 24).split('\n')).toEqual(['      Ajouter un nouveau', '      client', '      (3 étapes)']);
  });

  it('leaves a line that fits, and one whose marker leaves no room, at the start', () => {
    expect(wrapPlain('  • short', 40)).toBe('  • short');
    expect(wrapPlain('                    • one two three four', 24)).toBe('• one two three four');
  });
});
