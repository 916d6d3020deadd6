import { exitIfFlushed } from './exit-if-flushed.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

// A reader that stops early (`docflow list | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
    exitIfFlushed(code);
  },
  (error: unknown) => {
    // A bug, not bad input: say so plainly, with the stack for the report.
    process.stderr.write(`docflow: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
    exitIfFlushed(1);
  },
);
