/** The reader's catalogue, through context: components call useT() and read strings from it. */
import { createContext, useContext } from 'react';
import { en, type Catalogue } from './langs.ts';

export const I18nContext = createContext<Catalogue>(en);

export function useT(): Catalogue {
  return useContext(I18nContext);
}
