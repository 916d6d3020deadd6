/**
 * What a step says, as a hash of its English: how a saved run finds its step again in an article
 * whose steps were renumbered. A step's key (`proc-1.step-3`) is its place: after a step was
 * added or removed before it, the same key names another step, and resuming there would skip
 * one the reader has not done (or repeat one).
 */
import { contentHash } from '../catalog/cache-file.js';
import type { WorkflowStep } from '../model/workflow.js';

/** Identifies a step, or undefined when it has no English to tell it by. */
export type StepFingerprint = (step: WorkflowStep) => string | undefined;

/** Fingerprints of the steps of one article, from its English messages (`key → markdown`). */
export function stepFingerprints(english: Readonly<Record<string, string>>): StepFingerprint {
  const keys = Object.keys(english);
  const known = new Map<string, string | undefined>();
  return (step) => {
    if (!known.has(step.key)) {
      // Its sentences and labels, in the article's order: the key's step number left out.
      const prefix = `${step.key}.`;
      const said = keys.filter((key) => key.startsWith(prefix)).map((key) => english[key]!);
      known.set(step.key, said.length === 0 ? undefined : contentHash(said.join('\0')).slice(0, 16));
    }
    return known.get(step.key);
  };
}
