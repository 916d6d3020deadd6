/** A translation as apply writes it between a sentence's tags (real shapes from the corpus). */
import { describe, expect, it } from 'vitest';
import { fitted } from '../../src/catalog/fitted.js';

describe('a translation written in its sentence’s place', () => {
  it('keeps the sentence’s edges: a narrow no-break space before it, a cell’s line break after it', () => {
    expect(fitted('Dans le menu **Clients**.', '\u202fÀ partir de **clients**.\n    ')).toBe('\u202fDans le menu **Clients**.\n    ');
  });

  it('goes on one line, and a note’s `>` on the next line goes with the break, not into the sentence', () => {
    // he-il connect-common-data-model.md: an image in a note of a list item, its pair closing on the note's next line.
    const sentence = '![Boîte de dialogue](media/enter-new-storage-details.png)\n   > ';
    expect(fitted('Ω ![Boîte de dialogue](media/enter-new-storage-details.png)\n   > ', sentence)).toBe('Ω ![Boîte de dialogue](media/enter-new-storage-details.png)\n   > ');
    expect(fitted('Première ligne\n> seconde ligne', 'First line\n> second line')).toBe('Première ligne seconde ligne');
  });

  it('leaves the sentence as it is when the translation says the same but for its layout', () => {
    // fr-fr minecraft-subscriptions.md: a line break inside a link's parentheses.
    const sentence = 'dans l’[espace partenaires](https://partnercenter.microsoft.com/pcv/dashboard/overview\n) (connexion obligatoire) :';
    expect(fitted(sentence, sentence)).toBe(sentence);
    expect(fitted(sentence.replace('\n', ' '), sentence)).toBe(sentence);
  });
});
