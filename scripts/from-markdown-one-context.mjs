// An esbuild plugin for mdast-util-from-markdown, which turns micromark's events into a tree and
// handed each event's handler a fresh copy of its nine-field context (`{...context,
// sliceSerialize}`), so a parse allocated one object per event: with the collection they cost,
// 30 % of the skeleton's parse on the fr-fr corpus (3.98 against 2.78 s). The handlers are called
// one after another and keep nothing of `this`, so one context whose `sliceSerialize` is set
// before each call is the same to them. test/parse/micromark-rewrites.test.ts holds the
// rewritten module to the original, tree for tree.
import { sourceRewrite } from './source-rewrite.mjs';

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

export const fromMarkdownOneContext = sourceRewrite({
  name: 'from-markdown-one-context',
  filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
  edits: [[LOOP, ONE_CONTEXT]],
});
