import { hangUpGuard } from './hang-up.js';
import { exitIfFlushed } from './exit-if-flushed.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

const terminal = hangUpGuard();

// A reader that stops early (`docflow list | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  // A closed terminal: what is left to say has nowhere to go, and the run ends on its SIGHUP.
  if (error.code === 'EIO') return;
  throw error;
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EIO' && error.code !== 'EPIPE') throw error;
});

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
    if (!terminal.endIfHungUp()) exitIfFlushed(code);
  },
  (error: unknown) => {
    // A bug, not bad input: say so plainly, with the stack for the report.
    process.stderr.write(`docflow: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
    if (!terminal.endIfHungUp()) exitIfFlushed(1);
  },
);
