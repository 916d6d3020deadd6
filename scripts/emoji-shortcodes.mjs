// Writes src/text/emoji-shortcodes.ts, the shortcode → emoji table DocFX renders (`:x:` → ❌), from
// the gemoji package (GitHub's emoji names, MIT): `npm pack gemoji && tar xzf gemoji-*.tgz`, then
// `node scripts/emoji-shortcodes.mjs package/index.js`. Kept as data so the CLI loads no package
// of ~2,000 objects for it.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [source] = process.argv.slice(2);
if (!source) throw new Error('usage: node scripts/emoji-shortcodes.mjs <gemoji>/index.js');
const { gemoji } = await import(pathToFileURL(source).href);
const version = JSON.parse(fs.readFileSync(new URL('package.json', pathToFileURL(source)), 'utf8')).version;
const license = fs.readFileSync(new URL('license', pathToFileURL(source)), 'utf8').trim().split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n');
const pairs = gemoji.flatMap(({ emoji, names }) => names.map((name) => `${name} ${emoji}`));
fs.writeFileSync(
  'src/text/emoji-shortcodes.ts',
  `/**
 * Emoji shortcodes and their emoji, as DocFX renders them on Docs (markdig's emoji extension:
 * \`:heavy_check_mark:\` → ✔️): "name emoji" pairs, one a line. Made by scripts/emoji-shortcodes.mjs
 * from gemoji ${version} (GitHub's emoji names), under its license (@license MIT):
 *
${license}
 */
export const EMOJI_SHORTCODES = ${JSON.stringify(pairs.join('\n'))};
`,
);
console.log(`${pairs.length} shortcodes`);
