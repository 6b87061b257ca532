import { describe, expect, it } from 'vitest';
import { noticeShown, type NoticeInputs } from './notice.ts';

const base: NoticeInputs = { waiting: true, dismissed: false, present: false, playing: false, embed: false };

describe('noticeShown', () => {
  it('shows a waiting update on the reader’s page', () => {
    expect(noticeShown(base)).toBe(true);
  });
  it('says nothing without an update, or once dismissed', () => {
    expect(noticeShown({ ...base, waiting: false })).toBe(false);
    expect(noticeShown({ ...base, dismissed: true })).toBe(false);
  });
  it('never interrupts a talk: not in presentation mode, not while playing, not in an embed', () => {
    expect(noticeShown({ ...base, present: true })).toBe(false);
    expect(noticeShown({ ...base, playing: true })).toBe(false);
    expect(noticeShown({ ...base, present: true, playing: true })).toBe(false);
    expect(noticeShown({ ...base, embed: true })).toBe(false);
  });
  it('offers the update again once the talk ends', () => {
    const during = { ...base, present: true, playing: true };
    expect(noticeShown(during)).toBe(false);
    expect(noticeShown({ ...during, playing: false, present: false })).toBe(true);
  });
});
