/**
 * The picker's filter on what a reader pastes: text copied from a Hebrew page or from docflow's
 * own `list` carries the invisible marks right-to-left text is written with.
 */
import { describe, expect, it } from 'vitest';
import { folded, matches } from '../../src/tui/picker-filter.js';

// customer-insights-pr.he-il, predict-customer-lifetime-value: the title as the article writes it.
const CLV = 'חיזוי של \u200f\u202bערך אורך החיים של הלקוח (CLV)\u200f (Preview)\u202c — יצירת חיזוי של ערך אורך חיים של לקוח';

describe('the picker filter', () => {
  it('finds a title by words pasted with their right-to-left marks, or typed without them', () => {
    // As `docflow list` prints it (the embedding is dropped on a terminal, the mark kept), copied.
    expect(matches(folded(CLV), 'חיזוי של \u200fערך אורך')).toBe(true);
    expect(matches(folded(CLV), '\u200f\u202bערך\u202c')).toBe(true);
    expect(matches(folded(CLV), 'ערך אורך')).toBe(true);
    // A mark inside a word (`[ה‏‫דרישות](#prerequisites)`) reads as one word.
    expect(matches(folded('בדוק את ה\u200f\u202bדרישות המוקדמות'), 'הדרישות')).toBe(true);
    expect(matches(folded(CLV), '\u200fנטישה')).toBe(false);
  });
});
