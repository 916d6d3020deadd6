/**
 * A checklist is written a procedure at a time: the pieces are the bytes the whole checklist
 * gives (JSON against JSON.stringify of the checklist built whole), and the first of them comes
 * before the later procedures are built.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleLinkResolver, linkedNamespaces } from '../../src/checklist/article-links.js';
import { buildChecklist, checklistParts } from '../../src/checklist/checklist-model.js';
import { checklistPieces } from '../../src/checklist/checklist-pieces.js';
import { openSession, resolveWorkflows } from '../../src/cli/context.js';
import { articleSlug } from '../../src/flow/find-workflow.js';
import { trimmedEnd } from '../../src/text/trimmed-end.js';
import { translator } from '../../src/catalog/i18n.js';
import { memoryIo } from '../helpers.js';

function article(locale: string, name: string) {
  const session = openSession(memoryIo().io, { locale }, (workspace) => linkedNamespaces(workspace, articleSlug(name)));
  const options = { english: translator(session.i18n, 'en-US'), resolveLink: articleLinkResolver(session.workspace, session.tr) };
  return { session, workflows: resolveWorkflows(session, name), options };
}

describe('checklist pieces', () => {
  it.each([
    ['fr-FR', 'update-your-partner-profile'],
    ['zh-CN', 'add-a-new-customer'],
    ['fr-FR', 'create-a-new-subscription'],
  ])('JSON in %s of %s is JSON.stringify of the whole checklist', (locale, name) => {
    const { session, workflows, options } = article(locale, name);
    const whole = `${JSON.stringify(buildChecklist(workflows, session.tr, options), null, 2)}\n`;
    expect([...checklistPieces(checklistParts(workflows, session.tr, options), 'json', session.tr)].join('')).toBe(whole);
    expect(JSON.parse(whole).procedures.length).toBeGreaterThan(0);
  });

  it.each(['md', 'html', 'json'] as const)('%s: the first piece is out before the last procedure is built', (format) => {
    const { session, workflows, options } = article('fr-FR', 'update-your-partner-profile');
    let built = 0;
    const parts = checklistParts(workflows, session.tr, { ...options, eachProcedure: () => built++ });
    const pieces = checklistPieces(parts, format, session.tr)[Symbol.iterator]();
    pieces.next();
    expect(built).toBeLessThan(workflows.length);
    for (let next = pieces.next(); !next.done; next = pieces.next());
    expect(built).toBe(workflows.length);
    expect(parts.count).toBe(workflows.length);
  });

  it('trimmedEnd leaves what trimEnd of the whole text leaves', () => {
    const piece = fc.array(fc.constantFrom('a', ' ', '\n', '\t', '\u00a0', '\u2028', 'é'), { maxLength: 6 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        expect([...trimmedEnd(pieces)].join('')).toBe(pieces.join('').trimEnd());
      }),
    );
  });
});
