/**
 * The `docflow` program: one command per file under commands/. Returns an exit code instead of
 * exiting, so tests drive the real CLI: 0 clean, 1 findings or failure, 2 wrong usage.
 */
import { Command, CommanderError } from 'commander';
import { ResourceError } from '../catalog/locale-files.js';
import { AnswersError } from '../flow/answers.js';
import { WriteError } from '../catalog/write-file.js';
import { FolderBusyError } from '../catalog/folder-lock.js';
import { registerApply } from './commands/apply.js';
import { registerChecklist } from './commands/checklist.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerGraph } from './commands/graph.js';
import { registerImport } from './commands/import.js';
import { registerLint } from './commands/lint.js';
import { registerList } from './commands/list.js';
import { registerMerge } from './commands/merge.js';
import { registerGlossary } from './commands/glossary.js';
import { GlossaryFileError } from '../catalog/glossary-file.js';
import { registerParse } from './commands/parse.js';
import { registerPseudo } from './commands/pseudo.js';
import { registerRun } from './commands/run.js';
import { registerRuns } from './commands/runs.js';
import { registerStatus } from './commands/status.js';
import { CliError, FileProblem, warn, type Io } from './io.js';

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('docflow')
    .description('Guided, localized terminal workflows from procedure documentation.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)');
  registerRun(program, io, setExit);
  registerList(program, io);
  registerChecklist(program, io);
  registerParse(program, io, setExit);
  registerExtract(program, io, setExit);
  registerStatus(program, io, setExit);
  registerApply(program, io, setExit);
  registerLint(program, io, setExit);
  registerExport(program, io);
  registerImport(program, io, setExit);
  registerPseudo(program, io);
  registerGraph(program, io);
  registerRuns(program, io);
  registerGlossary(program, io);
  registerMerge(program, io, setExit);
  for (const command of program.commands) command.exitOverride();

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      warn(io, error instanceof FileProblem ? error.message : `docflow: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ResourceError) {
      warn(io, error.message);
      return 1;
    }
    if (error instanceof WriteError || error instanceof FolderBusyError) {
      warn(io, error.message);
      return 1;
    }
    if (error instanceof GlossaryFileError) {
      warn(io, error.message);
      return 2;
    }
    if (error instanceof AnswersError) {
      warn(io, error.message);
      return 2;
    }
    throw error;
  }
}
