/**
 * Settles once what was written to standard output is on its way to the screen, so that a prompt
 * written to standard error after it shows after it. The two meet on the terminal by different
 * roads: `docflow run --plain | cat` showed "Company name:" above the step that asks for it,
 * when `cat` had not yet passed the step on. First the writes still held in this process go out
 * (an empty write's callback follows them); then, when standard output is not the terminal (a
 * pipe's reader relays it), a moment for that reader: no call tells when it has written, and a
 * relaying `cat` or `tee` takes well under this.
 */
const RELAY_MS = 50;

export function afterOutput(stdout: NodeJS.WritableStream & { isTTY?: boolean }, relayMs = RELAY_MS): Promise<void> {
  return new Promise((resolve) => {
    stdout.write('', () => (stdout.isTTY ? resolve() : setTimeout(resolve, relayMs)));
  });
}
