/**
 * Before each test file: a home of its own, so that no program a test starts (the built CLI,
 * headless Chromium) writes into the home of the person running the suite: the code cache of a
 * spawned `docflow parse` went into their ~/.cache/docflow, Chromium's crash folder into their
 * ~/.config. After each test file: the temporary folders it made, this home among them, are
 * removed, whatever the test did.
 */
import path from 'node:path';
import { afterAll } from 'vitest';
import { removeTempDirs, tempDir } from './helpers.js';

const home = tempDir('docflow-home-');
// A test thread's process.env is its own copy: the other threads and vitest keep theirs.
Object.assign(process.env, {
  HOME: home,
  XDG_CACHE_HOME: path.join(home, '.cache'),
  XDG_CONFIG_HOME: path.join(home, '.config'),
  XDG_STATE_HOME: path.join(home, '.local', 'state'),
});

afterAll(removeTempDirs);
