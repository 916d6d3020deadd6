/** `docflow parse <file|dir>...`: articles as the parser sees them. */
import { formatOption } from '../options.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { VFile } from 'vfile';
import type { Document } from '../../model/document.js';
import { reportUnpairedLabels } from '../../parse/label-findings.js';
import { parseDocument } from '../../parse/parse-document.js';
import { isUtf8File } from '../../catalog/file-blocks.js';
import { print, printJson, type Io } from '../io.js';
import { filesIn } from '../paths.js';
import { report, type Format } from '../report.js';
import { severity } from '../../text/problem-line.js';
import { counted } from '../../text/counted.js';

/**
 * One file parsed, or a file-level message when it cannot be read. Bytes that are not UTF-8 are
 * judged as every command judges them (input-limits): a few are a warning where the first is,
 * many make the file not text.
 */
function parseOne(file: string): { document?: Document; vfile: VFile } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const vfile = new VFile({ path: file });
    const reason = `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    const message = vfile.message(reason, { place: { line: 1, column: 1 }, ruleId: 'unreadable', source: 'docflow' });
    message.fatal = true;
    return { vfile };
  }
  const { document, file: vfile } = parseDocument(text, { path: file, locale: path.basename(path.dirname(path.resolve(file))), bytesAreUtf8: () => isUtf8File(file) });
  reportUnpairedLabels(document, vfile);
  return { document, vfile };
}

function summary(document: Document) {
  return {
    locale: document.locale,
    sxs: document.sxs,
    segments: document.segments.length,
    procedures: document.procedures.length,
    steps: document.procedures.reduce((sum, p) => sum + p.steps.length, 0),
  };
}

export function registerParse(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('parse articles and print their segments, steps and labels (one JSON line per file for many)')
    .argument('<paths...>', 'markdown articles (side-by-side or plain), or folders of them')
    .option('--json', 'one file: the whole document as JSON; several: one JSON object per line per file')
    .addOption(formatOption(['text', 'json'], 'how to print problems: text or json'))
    .addHelpText('after', '\nExamples:\n  docflow parse content/fr-FR/add-a-new-customer.md --json\n  docflow parse content/ --json > documents.ndjson')
    .action((paths: string[], options: { json?: boolean; format: Format }) => {
      const files = filesIn(paths, /\.md$/);
      const single = files.length === 1 && !fs.statSync(paths[0]!).isDirectory();
      const vfiles: VFile[] = [];
      for (const file of files) {
        const { document, vfile } = parseOne(file);
        vfiles.push(vfile);
        if (vfile.messages.some((m) => m.fatal === true)) setExit(1);
        if (options.json && single && document) {
          printJson(io, { ...document, steps: document.procedures.flatMap((p) => p.steps) }, 2);
        } else if (options.json) {
          const messages = vfile.messages.map((m) => ({ line: m.line ?? null, column: m.column ?? null, ruleId: `docflow:${m.ruleId}`, severity: severity(m), message: m.reason }));
          printJson(io, { path: file, ...(document ? summary(document) : {}), messages });
        } else if (document) {
          const s = summary(document);
          print(io, `${file}: ${s.locale}${s.sxs ? ' (side-by-side)' : ' (plain)'}, ${counted(s.segments, 'segment')}, ${counted(s.procedures, 'procedure')}, ${counted(s.steps, 'step')}`);
        }
      }
      // With --json on several files the messages are in the lines; the report goes to stderr otherwise.
      if (!(options.json && !single)) {
        if (report(io, vfiles, options.json ? 'text' : options.format) > 0) setExit(1);
      }
    });
}
