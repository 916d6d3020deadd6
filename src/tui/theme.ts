/**
 * Colours of the terminal UI, for a dark or a light background: yellow labels or cyan hints that
 * read well on black wash out on white, so a light terminal gets its own set. The background is
 * `DOCFLOW_THEME=light|dark`, else what the terminal says in `COLORFGBG` (rxvt, Konsole, iTerm2,
 * many others: `15;0` is light text on black), else dark. NO_COLOR (https://no-color.org) turns
 * every colour off; bold and underline stay, so UI labels are still told apart from the text
 * around them. FORCE_COLOR is honoured by Ink's colour library.
 */
import { createContext, useContext } from 'react';
import type { NoteKind } from '../model/document.js';

export type Theme = {
  accent?: string;
  label?: string;
  muted?: string;
  warning?: string;
  success?: string;
} & { [kind in NoteKind]?: string };

/** Bright variants on black: plain blue and magenta are too dark to read there. */
export const DARK: Theme = { accent: 'cyan', label: 'yellow', muted: 'gray', warning: 'redBright', success: 'green', note: 'blueBright', tip: 'green', important: 'magentaBright', caution: 'yellow' };
/** Deep colours on white: nothing yellow or cyan. */
export const LIGHT: Theme = { accent: 'blue', label: 'magenta', muted: 'gray', warning: 'red', success: 'green', note: 'blue', tip: 'green', important: 'magenta', caution: 'red' };
export const NO_COLOURS: Theme = {};

export function themeFor(env: NodeJS.ProcessEnv = process.env): Theme {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return NO_COLOURS;
  return background(env) === 'light' ? LIGHT : DARK;
}

/** The terminal's background, as far as the environment tells. */
export function background(env: NodeJS.ProcessEnv): 'light' | 'dark' {
  const chosen = env.DOCFLOW_THEME?.toLowerCase();
  if (chosen === 'light' || chosen === 'dark') return chosen;
  // COLORFGBG is "fg;bg" (sometimes "fg;default;bg"); 7 and 15 are white, 0–6 and 8 dark.
  const bg = Number(env.COLORFGBG?.split(';').pop());
  return bg === 7 || bg === 15 ? 'light' : 'dark';
}

export const ThemeContext = createContext<Theme>(DARK);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
