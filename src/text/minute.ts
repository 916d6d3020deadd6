/**
 * A time a run recorded (ISO 8601, UTC) to the minute, as docflow shows it everywhere:
 * "2026-11-22 09:06". `docflow runs`, a checklist's step times and its run line agree.
 */
export function minute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
