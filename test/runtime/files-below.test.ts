/**
 * filesBelow lists what Node's own recursive listing lists (the oracle): every regular file, by
 * its path from the root, in a tree with nested, empty and hidden folders, links to a file and to
 * a folder, and names with spaces and non-ASCII letters; and it does not enter skipped folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from '../../src/runtime/files-below.js';
import { tempDir } from '../helpers.js';

function tree(): string {
  const root = tempDir();
  for (const file of ['a.md', 'b/c.md', 'b/d/e.json', 'b/d/f g.md', 'é/中文.md', '.hidden/h.md', 'node_modules/x/i.md', 'empty/.keep']) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), file);
  }
  fs.mkdirSync(path.join(root, 'void'));
  fs.symlinkSync(path.join(root, 'a.md'), path.join(root, 'link.md'));
  fs.symlinkSync(path.join(root, 'b'), path.join(root, 'linked-folder'));
  return root;
}

describe('filesBelow', () => {
  it('lists the regular files Node’s recursive listing lists, by their path from the root', () => {
    const root = tree();
    const oracle = fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();
    const listed = filesBelow(root);
    expect(listed.map((file) => file.relative).sort()).toEqual(oracle);
    expect(oracle).toContain(path.join('é', '中文.md'));
    for (const file of listed) expect(path.join(file.folder, file.name)).toBe(path.join(root, file.relative));
  });

  it('does not go into the folders the caller skips', () => {
    const root = tree();
    const listed = filesBelow(root, (name) => name !== 'node_modules' && !name.startsWith('.')).map((file) => file.relative);
    expect(listed).not.toContain(path.join('node_modules', 'x', 'i.md'));
    expect(listed).not.toContain(path.join('.hidden', 'h.md'));
    expect(listed).toContain(path.join('b', 'd', 'f g.md'));
  });

  it('throws as Node does when the root cannot be read', () => {
    expect(() => filesBelow(path.join(tempDir(), 'missing'))).toThrow(/ENOENT/);
  });
});
