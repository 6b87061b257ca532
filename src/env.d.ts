/** Modules made at build time by our own Vite plugins (scripts/). */
declare module 'virtual:tcdm-dataset' {
  /** Where the compiled data set is served: `assets/dataset-<hash>.json` in a build. */
  export const DATASET_URL: string;
}

declare module 'virtual:tcdm-world' {
  /** Where the SVG map's projected world is served: `assets/world-<hash>.json` in a build (scripts/vite/worldPlugin.ts). */
  export const WORLD_URL: string;
}

/** The page's colour custom properties, from src/color/palette.ts (scripts/vite/palettePlugin.ts). */
declare module 'virtual:tcdm-palette.css' {}
