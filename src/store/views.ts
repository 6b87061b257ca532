/** The app's views (URL `view`). Every browser accessibility test runs over each one. */
export const VIEWS = ['map', 'table', 'about'] as const;
export type View = (typeof VIEWS)[number];
