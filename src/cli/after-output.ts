/**
 * Settles once what was written to standard output has left this process (an empty write's
 * callback follows the earlier writes), so that something written to standard error next, on the
 * same terminal, shows after it. Only for two streams that reach the screen directly: what a
 * pipe's reader relays reaches it when that reader says, and no call tells when (prompt-road.ts).
 */
export function afterOutput(stdout: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    stdout.write('', () => resolve());
  });
}
