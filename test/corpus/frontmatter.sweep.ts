/** Front matter read without YAML where it is plain text: what the YAML parser gives, on every article of the corpus. */
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/parse/frontmatter.js';
import { CORPUS, corpora } from './corpus-folders.js';

describe.skipIf(corpora.length === 0)('front matter of the corpus', () => {
  it.each(corpora)('%s: the same as YAML reads it', (corpus) => {
    let files = 0;
    const dir = path.join(CORPUS, corpus);
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      const yaml = /^---[^\S\n]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      if (yaml === undefined) continue;
      files++;
      expect(readFrontmatter(text, new VFile()), entry.name).toEqual(YAML.parse(yaml) ?? {});
    }
    expect(files).toBeGreaterThan(50);
  });
});
