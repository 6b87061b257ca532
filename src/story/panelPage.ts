/**
 * How many of the story's events the panel draws (docs/ARCHITECTURE.md, "First paint"). The panel
 * draws a page of events at a time, more on request; its first render (the static first paint's and
 * the live page's, which hydrates it node for node) draws only the first few of that page, as many as
 * a tall screen shows (3 at 1920×1080, 4 at 2560×1440), and the rest of the page comes once it is
 * needed: the reader scrolls near the end, the live map's first frame is shown and the browser is
 * idle, or the page prints.
 *
 * Pure.
 */

/**
 * Events drawn at once; more on request. The panel re-renders as the timeline moves, and every
 * card costs layout: a page keeps a scrub cheap however much the data grows.
 */
export const PANEL_PAGE = 20;

/** Events of the first render: what a 1920×1080 or 2560×1440 screen shows of the panel, and one more. */
export const FIRST_CARDS = 5;

/** How many of `total` events to draw, with `limit` asked for (pages of PANEL_PAGE), before (`full` false) or after the rest of the page came. */
export function cardsToDraw(total: number, limit: number, full: boolean): number {
  return Math.min(total, full ? limit : Math.min(limit, FIRST_CARDS));
}

/** Whether the panel holds back events of its page (it then draws a sentinel in place of the "Show earlier" button). */
export function heldBack(total: number, limit: number, full: boolean): boolean {
  return cardsToDraw(total, limit, full) < Math.min(total, limit);
}
