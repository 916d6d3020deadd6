/** The seed article (content/fr-FR/add-a-new-customer.md) with step 2's pair broken: its translation unclosed, its English of another id. */
import fs from 'node:fs';
import { contentPath } from '../helpers.js';

export function brokenStepTwo(): string {
  const lines = fs.readFileSync(contentPath('fr-FR', 'add-a-new-customer'), 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith('2.  <span data-ttu-id="be056-111">'));
  lines[at] = lines[at]!.replace('</span><span class="sxs-lookup"><span data-stu-id="be056-111">', '<span class="sxs-lookup"><span data-stu-id="be056-999">');
  return lines.join('\n');
}

/** What the parser says of it, after `file:line:column `. */
export const BROKEN_PAIR = 'warning Translated span `<span data-ttu-id>` has no matching `<span class="sxs-lookup">` English source docflow:unbalanced-span';
