#!/usr/bin/env node
/**
 * The command's entry (bundled as dist/bundle/main.cjs): runs the CLI, bundled beside it as one
 * CommonJS file, through V8's code cache (code-cache.ts).
 */
import { fileURLToPath } from 'node:url';
import { COLLECTOR_FLAG } from '../runtime/memory-budget.js';
import { codeCacheFolder, commandOf, runWithCodeCache } from './code-cache.js';

/** docflow.cjs's sha1, written in by scripts/bundle.mjs. */
declare const DOCFLOW_BUNDLE_SHA1: string | undefined;

const argv = process.argv.slice(2);
const sha1 = typeof DOCFLOW_BUNDLE_SHA1 === 'string' ? DOCFLOW_BUNDLE_SHA1 : undefined;
// The memory budget turns the collector's flag on when it first collects.
const cli = runWithCodeCache(fileURLToPath(new URL('./docflow.cjs', import.meta.url)), codeCacheFolder(argv, process.env), commandOf(argv), COLLECTOR_FLAG, sha1);
process.once('exit', cli.save);
