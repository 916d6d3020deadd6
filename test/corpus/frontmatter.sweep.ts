/** Front matter read without YAML where it is plain text: what the YAML parser gives, on every article of the corpus. */
import { VFile } from 'vfile';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/parse/frontmatter.js';
import { articlesOf, corpora } from './corpus-folders.js';

describe.skipIf(corpora.length === 0)('front matter of the corpus', () => {
  it.each(corpora)('%s: the same as YAML reads it', (corpus) => {
    let files = 0;
    for (const { name, text } of articlesOf(corpus)) {
      const yaml = /^---[^\S\n]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      if (yaml === undefined) continue;
      files++;
      expect(readFrontmatter(text, new VFile()), name).toEqual(YAML.parse(yaml) ?? {});
    }
    expect(files).toBeGreaterThan(50);
  });
});
