/**
 * Overlays are checked against the published JSON Schema, with the YAML line and column of
 * every mistake: an unknown key, a wrong type, a missing field, a duplicate, a step, label or
 * flow the content does not have.
 */
import fs from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { Cache } from '../../src/catalog/cache.js';
import { readOverlayCached } from '../../src/catalog/overlay-cache.js';
import { OVERLAY_SCHEMA } from '../../src/flow/overlay.js';
import { CONTENT, tempDir } from '../helpers.js';

const Ajv = AjvModule.default;
const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The overlay's messages, read as docflow reads it: checked once, then from the parse cache. */
function messages(yaml: string): string[] {
  const file = path.join(root, 'overlay.yaml');
  fs.writeFileSync(file, yaml);
  const cache = new Cache(path.join(root, 'cache'));
  const [checked, cached] = [0, 1].map(() => {
    const vfile = new VFile({ path: 'overlay.yaml' });
    const overlay = readOverlayCached(file, vfile, cache);
    return { overlay, messages: vfile.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`) };
  });
  expect(cached).toEqual(checked);
  return checked!.messages;
}

describe('overlay schema', () => {
  it('is published as a JSON Schema editors can use', () => {
    const schema = JSON.parse(fs.readFileSync(OVERLAY_SCHEMA, 'utf8')) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('json-schema.org');
    expect(Object.keys(schema.properties)).toEqual(['branches', 'inputs', 'links']);
  });

  it('is a valid JSON Schema (docflow skips that check when it loads the schema)', () => {
    const ajv = new Ajv({ strict: true });
    const schema = JSON.parse(fs.readFileSync(OVERLAY_SCHEMA, 'utf8')) as object;
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
  });

  it('names a misspelt key, a wrong type and a missing field where they are', () => {
    expect(messages('branchs:\n  - step: 4\n')).toEqual(['1:1 the overlay: unknown key `branchs` [overlay-schema]']);
    expect(messages('branches:\n  - step: 4\n    label: Update\n    goto: two\n')).toEqual(['4:11 branches.0.goto: must be a step number or `done` [overlay-schema]']);
    expect(messages('inputs:\n  - step: 3\n    name: offer\n    type: one-of\n')).toEqual(['2:5 inputs.0: `choices` is missing [overlay-schema]']);
    // No type, no choices asked for: one missing field, said once.
    expect(messages('inputs:\n  - { step: 2, name: account }\n')).toEqual(['2:5 inputs.0: `type` is missing [overlay-schema]']);
    expect(messages('inputs:\n  - { step: 3, name: count, type: colour }\n')).toEqual([
      '2:35 inputs.0.type: must be one of text, email, phone, number, one-of, many-of, secret [overlay-schema]',
    ]);
    // `integer` is a number's, as `min` and `max` are.
    expect(messages('inputs:\n  - { step: 3, name: count, type: number, integer: true }\n')).toEqual([]);
    expect(messages('inputs:\n  - { step: 3, name: count, type: text, integer: true }\n')).toHaveLength(1);
  });

  it('names a number input no number can fill, which would keep its step from ever letting the reader on', () => {
    expect(messages('inputs:\n  - { step: 3, name: seats, type: number, min: 5, max: 1 }\n')).toEqual(['2:5 No number can be entered: `min` 5 is more than `max` 1 [overlay-empty-range]']);
    expect(messages('inputs:\n  - { step: 3, name: seats, type: number, min: 1.2, max: 1.8, integer: true }\n')).toEqual([
      '2:5 No number can be entered: no whole number lies between 1.2 and 1.8 [overlay-empty-range]',
    ]);
    // A single allowed value is a range; so are fractions between whole bounds.
    expect(messages('inputs:\n  - { step: 3, name: seats, type: number, min: 2, max: 2, integer: true }\n  - { step: 3, name: ratio, type: number, min: 0.5, max: 0.6 }\n')).toEqual([]);
  });

  it('names a branch declared twice', () => {
    expect(messages('branches:\n  - { step: 4, label: Update, goto: 2 }\n  - { step: 4, label: update, goto: 3 }\n')).toEqual([
      '3:5 This branch is declared twice (first at line 2) [overlay-duplicate]',
    ]);
  });
});

describe('overlay against the content', () => {
  it('names steps, labels and flows the article and the content do not have', () => {
    const content = path.join(root, 'content');
    fs.cpSync(CONTENT, content, { recursive: true });
    fs.writeFileSync(
      path.join(content, 'overlays', 'add-a-new-customer.yaml'),
      'branches:\n  - { step: 99, label: Update, goto: 2 }\ninputs:\n  - { step: 2, name: company, type: text, label: Company }\nlinks:\n  - { step: 5, flow: no-such-article }\n',
    );
    const article = new Workspace(content, path.join(root, 'locales')).article('add-a-new-customer');
    const reported = article.files.flatMap((f) => f.messages).map((m) => `${m.line}:${m.column} [${m.ruleId}]`);
    expect(reported).toEqual(expect.arrayContaining(['2:5 [overlay-unknown-step]', '4:5 [overlay-unknown-label]', '6:5 [overlay-unknown-flow]']));
    // The input without its unknown label still shows as a blank.
    expect(article.workflows[0]!.steps[1]!.inputs?.map((i) => i.name)).toEqual(['company']);
  });

  it('gives the bundled onboarding its inputs and its link', () => {
    const workflow = new Workspace().article('add-a-new-customer').workflows[0]!;
    expect(workflow.steps[1]!.inputs?.map((i) => `${i.name}:${i.type}`)).toEqual([
      'company-name:text',
      'address:text',
      'country-region:text',
      'contact-name:text',
      'contact-email:email',
      'contact-phone:phone',
    ]);
    expect(workflow.steps[2]!.inputs?.find((i) => i.name === 'licenses')).toMatchObject({ type: 'number', min: 1, required: true });
    expect(workflow.steps[4]!.links).toEqual([{ flow: 'create-a-new-subscription', line: 23, column: 5 }]);
  });
});

describe('an overlay with several mistakes', () => {
  it('reports each of them: one entry the schema refuses does not hide the others', async () => {
    const { runCli } = await import('../../src/cli/program.js');
    const { memoryIo } = await import('../helpers.js');
    const content = path.join(root, 'many');
    fs.cpSync(CONTENT, content, { recursive: true });
    fs.writeFileSync(
      path.join(content, 'overlays', 'add-a-new-customer.yaml'),
      [
        'branches:',
        '  - { step: 99, label: Update, goto: 2 }',
        '  - { step: 4, label: Update, goto: 2 }',
        '  - { step: 4, label: Update, goto: 3 }',
        '  - { step: 4, label: Nowhere, goto: 2 }',
        'inputs:',
        '  - { step: 2, name: __proto__, type: text }',
        '  - { step: 42, name: company, type: text }',
        'links:',
        '  - { step: 5, flow: no-such-flow }',
        '',
      ].join('\n'),
    );
    const m = memoryIo();
    await runCli(['extract', '--content', content, '--locales', path.join(content, 'locales'), '--no-cache'], m.io);
    const rules = [...m.err().matchAll(/add-a-new-customer\.yaml:(\d+):\d+ warning .+ docflow:([a-z-]+)/g)].map(([, line, rule]) => `${line} ${rule}`);
    expect(rules.sort()).toEqual(['10 overlay-unknown-flow', '2 overlay-unknown-step', '4 overlay-duplicate', '5 overlay-unknown-label', '7 overlay-schema', '8 overlay-unknown-step'].sort());
    expect(({} as Record<string, unknown>).company).toBeUndefined();
  });

  it('tells its mistakes when its flow runs, which runs without the declaration', async () => {
    const { runCli } = await import('../../src/cli/program.js');
    const { memoryIo } = await import('../helpers.js');
    const content = path.join(root, 'typo');
    fs.mkdirSync(path.join(content, 'en-US'), { recursive: true });
    fs.mkdirSync(path.join(content, 'overlays'), { recursive: true });
    fs.writeFileSync(path.join(content, 'en-US', 'setup.md'), '# Set up\n\n1. Select **Next**.\n2. Select **Update** to change it.\n');
    fs.writeFileSync(path.join(content, 'overlays', 'setup.yaml'), 'branchs:\n  - { step: 2, label: Update, goto: 1 }\n');
    const m = memoryIo();
    expect(await runCli(['run', 'setup', '--plain', '--content', content, '--locales', path.join(content, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.err()).toContain(`${path.join(content, 'overlays', 'setup.yaml')}:1:1 warning the overlay: unknown key \`branchs\` docflow:overlay-schema\n`);
    expect(m.out()).toContain('Done: all 2 steps completed.');
  });
});
