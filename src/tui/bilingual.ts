/** `s`: the English source under each translated sentence, for staff whose product UI is in English. */
import { createContext, useContext } from 'react';

export const BilingualContext = createContext(false);

export function useBilingual(): boolean {
  return useContext(BilingualContext);
}
