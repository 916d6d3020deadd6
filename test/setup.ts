/** After each test file: the temporary folders it made are removed, whatever the test did. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);
