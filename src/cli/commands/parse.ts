/** `docflow parse <file>`: one article as the parser sees it. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { reportUnpairedLabels } from '../../parse/label-findings.js';
import { parseDocument } from '../../parse/parse-document.js';
import { CliError, print, type Io } from '../io.js';
import { report, type Format } from '../report.js';

export function registerParse(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('parse one article and print its segments, steps and labels')
    .argument('<file>', 'a markdown article (side-by-side or plain)')
    .option('--json', 'print the whole document as JSON')
    .option('--format <format>', 'how to print problems: text or json', 'text')
    .addHelpText('after', '\nExample:\n  docflow parse content/fr-FR/add-a-new-customer.md --json')
    .action((file: string, options: { json?: boolean; format: Format }) => {
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`${file}: no such file`, 2);
      const { document, file: vfile } = parseDocument(fs.readFileSync(file, 'utf8'), {
        path: file,
        locale: path.basename(path.dirname(path.resolve(file))),
      });
      reportUnpairedLabels(document, vfile);
      if (options.json) {
        const steps = document.procedures.flatMap((p) => p.steps);
        print(io, JSON.stringify({ ...document, segments: document.segments, steps }, null, 2));
      } else {
        const steps = document.procedures.reduce((sum, p) => sum + p.steps.length, 0);
        print(
          io,
          `${file}: ${document.locale}${document.sxs ? ' (side-by-side)' : ' (plain)'}, ${document.segments.length} segments, ` +
            `${document.procedures.length} procedures, ${steps} steps`,
        );
      }
      if (report(io, [vfile], options.json ? 'text' : options.format) > 0) setExit(1);
    });
}
