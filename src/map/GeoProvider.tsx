/**
 * The basemap the page draws, and a way to fetch it again when it did not arrive (the map view's
 * notice offers it): the map appears where the table stood in, with no reload of the page.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { loadBasemap, type BaseGeometry } from './geometry.ts';

interface Geo {
  geo: BaseGeometry | null;
  /** Fetches the basemap again; resolves once it is in (or has failed again). */
  retry(): Promise<void>;
  retrying: boolean;
}

const GeoContext = createContext<Geo>({ geo: null, retry: async () => undefined, retrying: false });

export function GeoProvider({ initial, url, children }: { initial: BaseGeometry | null; url: string; children: ReactNode }) {
  const [geo, setGeo] = useState(initial);
  const [retrying, setRetrying] = useState(false);
  const retry = useCallback(async () => {
    setRetrying(true);
    try {
      setGeo(await loadBasemap(url));
    } catch (e) {
      console.warn('basemap unavailable:', e);
    } finally {
      setRetrying(false);
    }
  }, [url]);
  return <GeoContext.Provider value={{ geo, retry, retrying }}>{children}</GeoContext.Provider>;
}

export function useGeo(): Geo {
  return useContext(GeoContext);
}
