/** The mark of each link of the text on screen (`[1]` or `[a]` after its words, listed under it: see link-marks.ts). */
import { createContext, useContext } from 'react';

export const LinkNumbersContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useLinkNumbers(): ReadonlyMap<string, string> {
  return useContext(LinkNumbersContext);
}
