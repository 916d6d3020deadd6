/**
 * Colours of the terminal UI. NO_COLOR (https://no-color.org) turns every colour off; bold and
 * underline stay, so UI labels are still told apart from the text around them.
 */
import { createContext, useContext } from 'react';

export interface Theme {
  accent?: string;
  label?: string;
  muted?: string;
  note?: string;
  warning?: string;
  success?: string;
}

export const COLOURS: Theme = { accent: 'cyan', label: 'yellow', muted: 'gray', note: 'blue', warning: 'red', success: 'green' };
export const NO_COLOURS: Theme = {};

export function themeFor(env: NodeJS.ProcessEnv = process.env): Theme {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? NO_COLOURS : COLOURS;
}

export const ThemeContext = createContext<Theme>(COLOURS);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
