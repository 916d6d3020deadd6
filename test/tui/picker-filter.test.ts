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

describe('the picker filter on words typed with their punctuation', () => {
  // customer-insights-pr.he-il, export-sftp: a Hebrew title ends in English "(Preview)".
  const SFTP = folded('ייצוא פלחים ונתונים אחרים אל SFTP\u200f (Preview) — הגדרת חיבור ל- SFTP');

  it('finds a pasted title whose words open with a bracket or a quote', () => {
    expect(matches(SFTP, 'ייצוא פלחים ונתונים אחרים אל SFTP (Preview)')).toBe(true);
    expect(matches(SFTP, '(preview')).toBe(true);
    expect(matches(folded("הוספת פקדי 'כרטיס לקוח' לטפסים"), "'כרטיס לקוח'")).toBe(true);
  });

  it('still asks that the word start a word of the title', () => {
    expect(matches(SFTP, '(review)')).toBe(false);
    expect(matches(SFTP, '(view')).toBe(false);
    expect(matches(SFTP, '—')).toBe(true);
  });
});
