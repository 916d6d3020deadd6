// An esbuild plugin for packages whose Node built-ins cost every command's start: commander
// loads node:child_process (and with it net, dgram, streams: ~4 ms) to start executable
// subcommands, which docflow has none of, and terminal-size (Ink's) to ask `tput` when the
// terminal does not say its size; signal-exit (Ink's) loads node:assert (~2 ms) for one check of
// its argument. They load them when first used instead. If a new version changes the
// lines this rewrites, the build fails rather than ship them unchanged.
import { sourceRewrite } from './source-rewrite.mjs';

export const lazyBuiltins = [
  sourceRewrite({
    name: 'lazy-builtins (commander)',
    filter: /[\\/]commander[\\/]lib[\\/]command\.js$/,
    edits: [["const childProcess = require('node:child_process');", "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"]],
  }),
  sourceRewrite({
    name: 'lazy-builtins (terminal-size)',
    filter: /[\\/]terminal-size[\\/]index\.js$/,
    edits: [["import {execFileSync} from 'node:child_process';", "const execFileSync = (...args) => require('node:child_process').execFileSync(...args);"]],
  }),
  sourceRewrite({
    name: 'lazy-builtins (signal-exit)',
    filter: /[\\/]signal-exit[\\/]index\.js$/,
    // assert.equal compares with ==; node:assert loads only to throw its error.
    edits: [["var assert = require('assert')", "var assert = { equal: function (actual, expected, message) { if (actual != expected) require('assert').equal(actual, expected, message) } }"]],
  }),
];
