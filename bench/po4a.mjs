// The peer: po4a (Debian's, `--no-translations`) extracting the strings of the same articles.
// po4a's markdown reader aborts on many real articles, so it is compared on the files it reads:
// each file is tried alone once, then po4a, bare remark and docflow extract run on those files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function po4aInstalled() {
  return spawnSync('sh', ['-c', 'command -v po4a']).status === 0;
}

function config(files, out) {
  const lines = ['[po4a_langs] fr', `[po4a_paths] ${out}/all.pot $lang:${out}/all.$lang.po`];
  for (const file of files) lines.push(`[type: text] ${file} $lang:${out}/tr/$lang/${path.basename(file)} opt:"-o markdown"`);
  return `${lines.join('\n')}\n`;
}

function po4a(files, work) {
  const out = fs.mkdtempSync(path.join(work, 'po4a-'));
  fs.writeFileSync(path.join(out, 'po4a.cfg'), config(files, out));
  const run = spawnSync('po4a', ['--no-translations', path.join(out, 'po4a.cfg')], { encoding: 'utf8' });
  fs.rmSync(out, { recursive: true, force: true });
  return run.status === 0;
}

/** The articles po4a reads, copied into a folder of their own (same relative paths). */
export function po4aReadable(repo, files, work) {
  const readable = files.filter((file) => po4a([file], work));
  const folder = path.join(work, 'po4a-readable');
  for (const file of readable) {
    const target = path.join(folder, path.relative(repo, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  return { readable, folder };
}

/** Arguments to measure po4a itself over a set of files, as one process. */
export function po4aProcess(files, work) {
  const out = path.join(work, 'po4a-run');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'po4a.cfg'), config(files, out));
  return ['po4a', '--no-translations', path.join(out, 'po4a.cfg')];
}
