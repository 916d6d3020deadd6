/**
 * Overlays through the parse cache: checking one against its schema and placing every mistake
 * in its YAML took ~40 ms of each flow's first frame, for a file that rarely changes.
 */
import fs from 'node:fs';
import { VFile } from 'vfile';
import { EMPTY_OVERLAY, overlayFrom, type Overlay } from '../flow/overlay.js';
import { addSaved, savedMessages, type SavedMessage } from './article-cache.js';
import { contentHash, type Cache } from './cache.js';

interface Entry {
  overlay: Overlay;
  messages: SavedMessage[];
}

/** The overlay at `overlayPath` (none when absent), its problems as messages on `file`. */
export function readOverlayCached(overlayPath: string, file: VFile, cache?: Cache): Overlay {
  let text: string;
  try {
    text = fs.readFileSync(overlayPath, 'utf8');
  } catch {
    return EMPTY_OVERLAY;
  }
  if (!cache) return overlayFrom(text, file);
  const key = cache.key('overlay', contentHash(text));
  const hit = cache.get<Entry>(key);
  if (hit) {
    addSaved(file, hit.messages);
    return hit.overlay;
  }
  const checked = new VFile({ path: file.path });
  const overlay = overlayFrom(text, checked);
  cache.set(key, { overlay, messages: savedMessages(checked) } satisfies Entry);
  addSaved(file, savedMessages(checked));
  return overlay;
}
