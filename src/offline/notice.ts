/**
 * When the "new data available" notice may show (pure). A new deploy's service worker waits until
 * the reader reloads; the notice offering that reload never interrupts a talk: not in presentation
 * mode (nor the presenter's window, which is presentation too), not while the timeline plays, and
 * not inside someone else's page (an embed: the next visit picks the update up). Once the talk
 * ends, a waiting update is offered again.
 */
export interface NoticeInputs {
  /** A new version is installed and waiting. */
  waiting: boolean;
  /** The reader closed the notice (for this update, in this page). */
  dismissed: boolean;
  present: boolean;
  playing: boolean;
  embed: boolean;
}

export function noticeShown(s: NoticeInputs): boolean {
  return s.waiting && !s.dismissed && !s.present && !s.playing && !s.embed;
}
