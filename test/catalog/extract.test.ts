import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/catalog/extract.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { CONTENT, LOCALES, memoryIo, tempDir } from '../helpers.js';

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8'));
  }
  return files;
}

const out = tempDir();
const first = await extract(new Workspace(CONTENT, out));
const firstRun = snapshot(out);

describe('extract', () => {

  it('writes en-US, fr-FR and zh-CN resources for every article, and the provenance of each translation', () => {
    const slugs = fs.readdirSync(path.join(CONTENT, 'fr-FR')).map((f) => f.replace(/\.md$/, ''));
    expect(first.written).toHaveLength(slugs.length * 5);
    for (const slug of slugs) {
      for (const locale of ['en-US', 'fr-FR', 'zh-CN']) expect(firstRun.has(`${locale}/${slug}.json`)).toBe(true);
      for (const locale of ['fr-FR', 'zh-CN']) expect(firstRun.has(`_docflow/${locale}/${slug}.json`)).toBe(true);
    }
    const provenance = JSON.parse(firstRun.get('_docflow/zh-CN/add-a-new-customer.json')!);
    expect(provenance.strings['title.103']).toEqual({ from: 'Add a new customer', origin: 'MT', hash: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });

  it('counts the files it writes, and names them only when asked (the CLI names them in JSON)', async () => {
    const counted = tempDir();
    const report = await extract(new Workspace(CONTENT, counted), undefined, { listWritten: false });
    expect(report.written).toEqual([]);
    expect(report.writtenCount).toBe(first.written.length);
    expect(first.writtenCount).toBe(first.written.length);
    expect(snapshot(counted)).toEqual(firstRun);
    // The CLI on a new folder: the count as text, the names as JSON, each the files now there.
    const cli = async (...args: string[]) => {
      const dir = tempDir();
      const { io, out: stdout } = memoryIo();
      expect(await runCli(['extract', '--locales', dir, '--no-cache', ...args], io)).toBe(0);
      return { dir, out: stdout(), files: [...snapshot(dir).keys()].map((file) => path.join(dir, file)).sort() };
    };
    const text = await cli();
    expect(text.out).toContain(`${text.files.length} written, 0 unchanged`);
    const json = await cli('--format', 'json');
    expect([...(JSON.parse(json.out) as { written: string[] }).written].sort()).toEqual(json.files);
  });

  it('is deterministic: a second run changes no byte', async () => {
    const second = await extract(new Workspace(CONTENT, out));
    expect(second.written).toEqual([]);
    expect(snapshot(out)).toEqual(firstRun);
  });

  it('changes nothing in the committed locales/ (run `npm run extract` after changing content or the parser)', async () => {
    // The committed files hold translators' additions (the names of inputs), which extract keeps.
    const copy = tempDir();
    fs.cpSync(LOCALES, copy, { recursive: true });
    const before = snapshot(copy);
    expect((await extract(new Workspace(CONTENT, copy))).written).toEqual([]);
    expect(snapshot(copy)).toEqual(before);
    fs.rmSync(copy, { recursive: true });
  });

  it('keys each string by where it sits and its segment number; en-US comes from the English halves', () => {
    const en = JSON.parse(firstRun.get('en-US/add-a-new-customer.json')!) as Record<string, string>;
    const fr = JSON.parse(firstRun.get('fr-FR/add-a-new-customer.json')!) as Record<string, string>;
    expect(en['title.103']).toBe('Add a new customer');
    expect(fr['title.103']).toBe('Ajouter un client');
    expect(en['proc-1.step-1.110']).toBe('From the **Dashboard** menu, select **Customers** and then select **Add customer**.');
    expect(en['proc-1.step-2.111.label-2']).toBe('Next: Subscriptions');
    expect(fr['proc-1.step-2.111.label-2']).toBe('suivant\u00a0: Abonnements');
    // The overlay's input names are English until a translator names them in locales/.
    expect(Object.keys(en).filter((k) => !k.startsWith('input.'))).toEqual(Object.keys(fr));
  });

  it('writes sorted keys, two-space JSON and a final newline', () => {
    const text = firstRun.get('zh-CN/add-a-new-customer.json')!;
    expect(text.endsWith('}\n')).toBe(true);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.indexOf('proc-1.step-2.111')).toBeLessThan(keys.indexOf('proc-1.step-4.113'));
    expect(text).toContain('\n  "title.103": "添加新客户"');
  });
});
