/** The number of each link of the step on screen (`[1]` after its text, listed under the step). */
import { createContext, useContext } from 'react';

export const LinkNumbersContext = createContext<ReadonlyMap<string, number>>(new Map());

export function useLinkNumbers(): ReadonlyMap<string, number> {
  return useContext(LinkNumbersContext);
}
