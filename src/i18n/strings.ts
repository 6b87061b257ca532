/** Interface strings (English). One place, so a translation is one more catalogue. */
export const LOCALE = 'en-GB';

const numberFormat = new Intl.NumberFormat(LOCALE);
/** A count with thousands separators: "1,234". */
const num = (n: number): string => numberFormat.format(n);
const people = (n: number): string => (n === 1 ? 'person' : 'people');

export const S = {
  title: 'US third-country deportations',
  subtitle: 'Which countries the US has asked, persuaded or failed to persuade to take people who are not their citizens, and when. Every colour rests on a quote you can check.',
  viewMap: 'Map',
  viewTable: 'Table',
  viewSwitch: 'View',
  legend: 'Legend',
  legendTitle: 'Status on',
  noStatus: 'No reported arrangement',
  countriesCount: (n: number) => `${n} ${n === 1 ? 'country' : 'countries'}`,
  since: 'since',
  by: 'by',
  timeline: 'Timeline',
  slider: 'Date',
  play: 'Play',
  pause: 'Pause',
  prevEvent: 'Previous event',
  nextEvent: 'Next event',
  panelAll: (date: string) => `What was reported up to ${date}`,
  panelNone: 'Nothing had been reported yet on this date.',
  panelCountryNone: 'No events for this country up to this date.',
  showAll: 'All countries',
  later: (n: number) => `${n} later ${n === 1 ? 'event' : 'events'} (move the timeline forward)`,
  context: 'Context',
  formatCount: num,
  /** One transfer's count, on an event card. */
  peopleTransfer: (n: number) => `At least ${num(n)} ${people(n)}`,
  /** A running total the source gives, on an event card. */
  peopleCumulative: (n: number) => `At least ${num(n)} ${people(n)} in total by then (cumulative figure)`,
  /** A country's at-least total (tooltip, country story). */
  peopleReceivedBy: (n: number, date: string) => `At least ${num(n)} ${people(n)} received by ${date}`,
  /** The legend's all-country total. */
  peopleTotal: (n: number, countries: number, date: string) =>
    `At least ${num(n)} ${people(n)} sent to ${num(countries)} ${countries === 1 ? 'country' : 'countries'} by ${date}.`,
  peopleCaveat: 'Sources are partial: these are floors, not totals.',
  conflict: 'Sources disagree:',
  openSource: 'Open the source page',
  readSource: 'Read the text we hold',
  newTab: '(opens in a new tab)',
  close: 'Close',
  tableCaption: (date: string) => `Countries with a status on ${date}`,
  tableCountry: 'Country',
  tableStatus: 'Status',
  tableSince: 'Since',
  tablePeople: 'People (at least)',
  tableEmpty: 'No country had a status on this date.',
  noWebgl: 'This browser cannot draw the map (WebGL is unavailable). The table shows the same data.',
  loadError: 'The map could not load its data.',
  alsoAt: 'Also at',
  sourceNote: 'Note',
  sourceDate: 'Date',
  checked: (date: string) => `Data checked ${date}. Sources: news reports, official statements and organisations' tracker pages, quoted verbatim; copies, excerpts and machine translations are labelled.`,
} as const;
