/**
 * The full-corpus sweep (`npm run test:corpus`, run by CI): every real article of
 * ../shared/corpus must parse without a message, lose no segment, slice byte-exact, and give
 * procedures whose machines end and whose text renders in its own locale with no key showing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getShortestPaths } from '@xstate/graph';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createI18n, translator } from '../../src/catalog/i18n.js';
import { buildResources } from '../../src/catalog/resources.js';
import { checklistMarkdown } from '../../src/checklist/markdown.js';
import { walkthroughText } from '../../src/checklist/walkthrough.js';
import { createFlowMachine } from '../../src/flow/machine.js';
import { EMPTY_OVERLAY } from '../../src/flow/overlay.js';
import { buildWorkflows, DONE } from '../../src/flow/workflow.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { segmentsIn } from '../../src/parse/structure.js';
import { emptyGlossary, learnGlossary } from '../../src/parse/label-glossary.js';
import { scanDocument } from '../../src/parse/scan-document.js';
import type { Document } from '../../src/model/document.js';
import { bothTrees, skeletonOf } from '../parse/skeleton-trees.js';
import { CORPUS, corpora } from './corpus-folders.js';
import { compareWithOracle, emptyTally, type Tally } from './oracle-compare.js';


function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const shapes = new Map<string, { hash: string; shape: string }>();

/** Procedures as step counts, the segments of each step, and the English of each step's labels. */
function procedureShape(document: Document): string {
  return document.procedures
    .map((p) => p.steps.map((s) => `${s.segments.join(',')}[${s.labels.map((l) => l.source).join('|')}]`).join(' ; '))
    .join(' || ');
}


describe.skipIf(corpora.length === 0)('real corpus', () => {
  describe.each(corpora)('%s', (corpus) => {
    const root = path.join(CORPUS, corpus);
    const files = markdownFiles(root);
    const tally: Tally = emptyTally();
    // The repository's own UI-label glossary, as a workspace over it learns it.
    const glossary = emptyGlossary();
    for (const file of files) learnGlossary(scanDocument(fs.readFileSync(file, 'utf8'), { path: file }).document.segments, glossary);

    it.each(files.map((f) => [path.relative(root, f), f]))('%s', (name, file) => {
      const text = fs.readFileSync(file, 'utf8');
      const { document, file: vfile, tree } = parseDocument(text, { path: file, glossary, tree: true });
      shapes.set(`${corpus}/${name}`, { hash: String(document.frontmatter['ms.openlocfilehash'] ?? ''), shape: procedureShape(document) });
      expect(vfile.messages.map(String)).toEqual([]);

      // The placeholder syntax spares remark attempts, nothing else: its skeleton tree is remark's own.
      const skeleton = bothTrees(skeletonOf(text));
      expect(skeleton.docflow).toEqual(skeleton.remark);

      // Every pair in the text is one segment node in the tree, in order, none lost.
      // Plain files (READMEs, TOCs) get a segment per block instead.
      const pairs = text.split('<span data-ttu-id="').length - 1;
      expect(document.sxs).toBe(pairs > 0);
      if (document.sxs) expect(document.segments).toHaveLength(pairs);
      expect(segmentsIn(tree!)).toEqual(document.segments.map((s) => s.n));

      // Byte-exact: the strings are slices of the file, and positions point at the tags.
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
      for (const s of document.segments) {
        expect(text.slice(s.targetStart, s.targetEnd)).toBe(s.target);
        expect(text.slice(s.sourceStart, s.sourceEnd)).toBe(s.source);
        if (document.sxs) {
          const at = lineStarts[s.line - 1]! + s.column - 1;
          expect(text.startsWith(`<span data-ttu-id="${s.id}">`, at)).toBe(true);
        }
      }

      // Procedures: keys only, machines that end, text that renders in the article's locale.
      const resources = buildResources(document);
      const workflows = buildWorkflows({
        slug: 'article',
        document,
        keys: resources.keys,
        overlay: EMPTY_OVERLAY,
        slugs: new Set(),
        overlayFile: new VFile(),
      });
      expect(workflows).toHaveLength(document.procedures.length);
      const i18n = createI18n(document.locale);
      for (const [locale, messages] of resources.messages) i18n.addResourceBundle(locale, 'article', messages);
      for (const workflow of workflows) {
        const reached = new Set(getShortestPaths(createFlowMachine(workflow), { events: [{ type: 'NEXT' }, { type: 'BACK' }] }).map((p) => String(p.state.value)));
        expect(reached.has(DONE)).toBe(true);
        expect(reached.size).toBe(workflow.steps.length + 1);
        for (const rendered of [walkthroughText(workflow, translator(i18n)), checklistMarkdown([workflow], translator(i18n))]) {
          expect(rendered).not.toMatch(/proc-\d+\.step-\d+|\btitle\.\d+/);
        }
      }
      compareWithOracle(text, workflows, translator(i18n), document.sxs, tally, name);
      const labels = document.procedures.flatMap((p) => p.steps.flatMap((step) => step.labels));
      tally.labels += labels.length;
      tally.labelsUnpaired += labels.filter((l) => l.target === undefined).length;
    });

    it('matches the independent oracle: no step lost or added, no note moved or repeated, no text dropped', () => {
      console.log(`${corpus}: ${JSON.stringify({ ...tally, examples: undefined })}\n  ${tally.examples.join('\n  ')}`);
      expect(tally.files).toBe(files.length);
      expect(tally.oracleSteps).toBeGreaterThan(0);
      expect(tally.examples).toEqual([]);
      expect({ lost: tally.stepsLost, added: tally.stepsAdded, misplaced: tally.stepsMisplaced }).toEqual({ lost: 0, added: 0, misplaced: 0 });
      expect({ moved: tally.notesMoved, repeated: tally.notesRepeated, dropped: tally.wordsDropped }).toEqual({ moved: 0, repeated: 0, dropped: 0 });
    });
  });

  // The same article translated from the same English (equal ms.openlocfilehash) has the same
  // procedures, steps, sentences and labels in every locale.
  it('gives the same procedures in every locale of one English version', () => {
    const byPath = new Map<string, { corpus: string; hash: string; shape: string }[]>();
    for (const [key, value] of shapes) {
      const [corpus, ...rest] = key.split('/');
      const relative = rest.join('/');
      byPath.set(relative, [...(byPath.get(relative) ?? []), { corpus: corpus!, ...value }]);
    }
    let compared = 0;
    const differ: string[] = [];
    for (const [relative, versions] of byPath) {
      for (const [i, a] of versions.entries()) {
        for (const b of versions.slice(i + 1)) {
          if (!a.hash || a.hash !== b.hash) continue;
          compared++;
          if (a.shape !== b.shape) differ.push(`${relative}: ${a.corpus} ${a.shape} / ${b.corpus} ${b.shape}`);
        }
      }
    }
    console.log(`same English version in two locales: ${compared} articles compared, ${differ.length} differ`);
    if (corpora.length > 1) expect(compared).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });
});

