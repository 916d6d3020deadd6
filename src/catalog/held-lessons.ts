/**
 * Files' label lessons learned in this run (see LessonBook), up to a bound. A locale's glossary
 * learns from every file of the locale before its first article is built, and each file's lessons
 * were held until its article was: 190 MB of a cold extract of 300,000 files (60 locales × 5,000
 * articles). Past the bound a file's lessons are not held, and its parse learns them again from
 * the segments it has: no file is read twice for them, and the glossary is the same.
 */
import type { Glossary, LessonBook } from '../parse/label-glossary.js';

/** ~600 bytes a file: 10 MB. */
const HELD = 16_384;

export class HeldLessons implements LessonBook {
  private readonly held = new Map<string, Glossary>();

  constructor(private readonly bound = HELD) {}

  get(file: string): Glossary | undefined {
    return this.held.get(file);
  }

  set(file: string, lessons: Glossary): void {
    if (this.held.size < this.bound || this.held.has(file)) this.held.set(file, lessons);
  }

  delete(file: string): void {
    this.held.delete(file);
  }
}
