/**
 * Resource files watched while a flow runs, so a translator who saves `locales/fr-FR/x.json`
 * sees the change at once. Saves come in bursts (editors write, rename, touch): one reload per
 * burst. A file caught half-written or invalid keeps the strings loaded before.
 */
import fs from 'node:fs';

export function watchResources(dir: string, reload: () => void, onError: (error: Error) => void = () => {}): () => void {
  if (!fs.existsSync(dir)) return () => {};
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(dir, { recursive: true }, (_event, name) => {
    if (name && !String(name).endsWith('.json')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        reload();
      } catch (error) {
        onError(error as Error);
      }
    }, 100);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
