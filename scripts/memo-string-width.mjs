// An esbuild plugin for string-width, which Ink, wrap-ansi and cli-truncate call for every line
// and character of every frame (two versions of it are in the bundle):
// - each version's function is asked once per text (a memo), and text of simple characters is
//   counted directly (dist/text/simple-width.js; its test holds every such character to both
//   versions);
// - it segments with docflow's segmenter (lazy-graphemes.mjs) instead of making an Intl.Segmenter
//   when the module loads (12 ms each), and version 8's emoji expression (23 ms), which simple
//   text never reaches, is built on first use.
// Before, string-width took 60 ms of the first frame. Same results, sooner. If a new version
// changes the line this rewrites, the build fails rather than ship it unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { graphemeSegmenterAs } from './lazy-graphemes.mjs';

const SIMPLE_WIDTH = path.resolve('dist/text/simple-width.js');
const EAGER_SEGMENTER = 'const segmenter = new Intl.Segmenter();';
// docflow's segmenter: the same graphemes, and ICU's made once for the whole bundle, on first use.
const LAZY_SEGMENTER = graphemeSegmenterAs('segmenter');
const EAGER_EMOJI = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
const LAZY_EMOJI = 'let madeEmoji; const rgiEmojiRegex = { test: (text) => (madeEmoji ??= /^\\p{RGI_Emoji}$/v).test(text) };';

export const memoStringWidth = {
  name: 'memo-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { real: true } });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'memo-string-width' };
    });
    build.onLoad({ filter: /.*/, namespace: 'memo-string-width' }, (args) => {
      const { version } = JSON.parse(fs.readFileSync(path.join(path.dirname(args.path), 'package.json'), 'utf8'));
      const textEmojiNarrow = Number(version.split('.')[0]) >= 8;
      return {
        resolveDir: path.dirname(args.path),
        contents: `
import stringWidth from ${JSON.stringify(args.path)};
import { simpleWidth } from ${JSON.stringify(SIMPLE_WIDTH)};
const widths = new Map();
export default function memoStringWidth(text, options) {
  if (options !== undefined || typeof text !== 'string') return stringWidth(text, options);
  let width = simpleWidth(text, ${textEmojiNarrow}) ?? widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (widths.size >= 20000) widths.clear();
    widths.set(text, width);
  }
  return width;
}`,
      };
    });
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => {
      let source = fs.readFileSync(args.path, 'utf8');
      const { version } = JSON.parse(fs.readFileSync(path.join(path.dirname(args.path), 'package.json'), 'utf8'));
      // Version 8 and later test graphemes against \p{RGI_Emoji}, whose construction alone is 23 ms.
      const lazy = Number(version.split('.')[0]) >= 8 ? [[EAGER_SEGMENTER, LAZY_SEGMENTER], [EAGER_EMOJI, LAZY_EMOJI]] : [[EAGER_SEGMENTER, LAZY_SEGMENTER]];
      for (const [eager, made] of lazy) {
        if (!source.includes(eager)) return { errors: [{ text: `${args.path}: no “${eager}” to make lazy (a new string-width?)` }] };
        source = source.replace(eager, made);
      }
      return { contents: source, loader: 'js' };
    });
  },
};
