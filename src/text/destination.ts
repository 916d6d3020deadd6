/** Where a choice leads, in words: "back to step 2", "on to step 5", "finish". */
import type { TFunction } from 'i18next';
import type { Workflow, WorkflowStep } from '../model/workflow.js';
import { DONE } from '../flow/workflow.js';

export function destination(workflow: Workflow, from: WorkflowStep, target: string, t: TFunction): string {
  const step = target === DONE ? undefined : workflow.steps.find((s) => s.id === target);
  if (!step) return t('choice.finish');
  return step.number <= from.number ? t('choice.back', { step: step.number }) : t('choice.forward', { step: step.number });
}
