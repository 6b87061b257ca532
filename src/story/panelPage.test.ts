import { describe, expect, it } from 'vitest';
import { cardsToDraw, FIRST_CARDS, heldBack, PANEL_PAGE } from './panelPage.ts';

describe('cardsToDraw', () => {
  it('draws the first few of a page first, then the whole page', () => {
    expect(cardsToDraw(22, PANEL_PAGE, false)).toBe(FIRST_CARDS);
    expect(cardsToDraw(22, PANEL_PAGE, true)).toBe(PANEL_PAGE);
    expect(cardsToDraw(22, 2 * PANEL_PAGE, true)).toBe(22);
  });

  it('never draws more than there are', () => {
    expect(cardsToDraw(3, PANEL_PAGE, false)).toBe(3);
    expect(cardsToDraw(0, PANEL_PAGE, true)).toBe(0);
  });

  it('holds back only while there is more of the page to draw', () => {
    expect(heldBack(22, PANEL_PAGE, false)).toBe(true);
    expect(heldBack(FIRST_CARDS, PANEL_PAGE, false)).toBe(false);
    expect(heldBack(22, PANEL_PAGE, true)).toBe(false);
  });
});
