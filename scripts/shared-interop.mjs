// A rewrite of the bundle's CommonJS interop (esbuild's runtime), for start-up. Each module that
// imports a CommonJS one (a Node built-in, React) gets its own wrapper, made by copying every
// property as a getter: `node:fs` is imported by 32 modules, React by 75, which was ~9 ms of a
// flow's first frame and its garbage. The wrappers only read through to the module, so one per
// module (and per mode) serves every importer alike. If esbuild's helper changes, the build fails
// rather than ship it unchanged.
const HELPER = 'var __toESM = (mod, isNodeMode, target) => (';

const SHARED = `var __toESMMade = new WeakMap();
var __toESM = (mod, isNodeMode) => {
  if (mod == null || (typeof mod !== "object" && typeof mod !== "function")) return __toESMEach(mod, isNodeMode);
  let made = __toESMMade.get(mod);
  if (made === void 0) __toESMMade.set(mod, made = [void 0, void 0]);
  return made[isNodeMode ? 1 : 0] ??= __toESMEach(mod, isNodeMode);
};
var __toESMEach = (mod, isNodeMode, target) => (`;

/** The bundle's text with one interop wrapper per module. */
export function sharedInterop(code, file) {
  if (!code.includes(HELPER)) throw new Error(`${file}: no “${HELPER}” to rewrite (a new esbuild?)`);
  return code.replace(HELPER, SHARED);
}
