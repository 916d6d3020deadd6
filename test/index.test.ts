import { describe, expect, it } from 'vitest';
import * as docflow from '../src/index.js';
import { contentPath } from './helpers.js';
import fs from 'node:fs';

describe('the library API', () => {
  it('parses an article and builds its machine without the CLI', () => {
    const file = contentPath('fr-FR', 'add-a-new-customer');
    const { document } = docflow.parseDocument(fs.readFileSync(file, 'utf8'), { path: file });
    expect(document.procedures[0]!.steps).toHaveLength(5);
    const [workflow] = new docflow.Workspace().article('add-a-new-customer').workflows;
    expect(docflow.createFlowMachine(workflow!).config.initial).toBe('step-1');
  });
});
