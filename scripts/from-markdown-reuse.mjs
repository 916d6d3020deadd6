// An esbuild plugin for mdast-util-from-markdown, which turns micromark's events into a tree.
// - It handed each event's handler a fresh copy of its nine-field context (`{...context,
//   sliceSerialize}`), so a parse allocated one object per event: with the collection they cost,
//   30 % of the skeleton's parse on the fr-fr corpus (3.98 against 2.78 s). The handlers are
//   called one after another and keep nothing of `this`, so one context whose `sliceSerialize`
//   is set before each call is the same to them.
// - It made its compiler (a configuration of some hundred handlers, each a new closure) on every
//   call, ~40 µs of every sentence parsed on its own. The compiler is kept per list of mdast
//   extensions while that list holds the same ones; what a parse keeps in `this.data` (in a
//   reference, in a code fence…) is a fresh object for each parse, as a fresh compiler gave.
// test/parse/micromark-rewrites.test.ts holds the rewritten module to the original, tree for tree.
import { KEPT_PER_LIST, sourceRewrite } from './source-rewrite.mjs';

const LOOP = `    while (++index < events.length) {
      const handler = config[events[index][0]];
      if (events[index][0] === 'enter' && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
      if (own.call(handler, events[index][1].type)) {
        // Note: spread first, V8 has optimizations for object shape cloning.
        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
      if (events[index][0] === 'exit' && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
    }`;

const ONE_CONTEXT = `    const shared = { ...context, sliceSerialize: undefined };
    while (++index < events.length) {
      const event = events[index];
      const kind = event[0];
      const token = event[1];
      const handler = config[kind];
      shared.sliceSerialize = event[2].sliceSerialize;
      if (kind === 'enter' && config.beforeEnter.length > 0) callListeners(config.beforeEnter, shared, token);
      if (own.call(handler, token.type)) handler[token.type].call(shared, token);
      if (kind === 'exit' && config.afterExit.length > 0) callListeners(config.afterExit, shared, token);
    }`;

const KEPT_COMPILERS = `const NO_EXTENSIONS = [];
const COMPILERS = new WeakMap();
${KEPT_PER_LIST}`;

export const fromMarkdownReuse = sourceRewrite({
  name: 'from-markdown-reuse',
  filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
  edits: [
    [LOOP, ONE_CONTEXT],
    ['  return compiler(options)(postprocess(', '  return keptPerList(COMPILERS, (options || {}).mdastExtensions || NO_EXTENSIONS, () => compiler(options))(postprocess('],
    ['function compiler(options) {', KEPT_COMPILERS + 'function compiler(options) {'],
    ['      resume,\n      data\n    };', '      resume,\n      data: {}\n    };'],
  ],
});
