/**
 * The English catalogue: every interface string, and the reference shape every other language
 * must match (its type is `Catalogue`). Adding a language means adding one file beside this one
 * (`<lang>.ts`, default-exporting a `Catalogue`); src/i18n/langs.ts finds it by its file name.
 */
import type { Region } from '../../data/regions.ts';
import type { View } from '../../views/views.ts';
import type { CountReasonCode } from '../../data/vocabulary.ts';

const LOCALE = 'en-GB';
const numberFormat = new Intl.NumberFormat(LOCALE);
/** A count with thousands separators: "1,234". */
const num = (n: number): string => numberFormat.format(n);
const people = (n: number): string => (n === 1 ? 'person' : 'people');

const en = {
  /** BCP 47 tag of this catalogue, used for `lang` attributes. */
  lang: 'en',
  /** Locale for dates and numbers (Intl). */
  locale: LOCALE,
  /** The language's own name, for the language switch. */
  langName: 'English',
  title: 'US third-country deportations',
  subtitle: 'Which countries the US has asked, persuaded or failed to persuade to take people who are not their citizens, and when. Every colour rests on a quote you can check.',
  /** The view switch (src/views/views.ts lists the views): its label, and each view's name. */
  views: {
    label: 'View',
    map: 'Map',
    table: 'Table',
    about: 'About the data',
  } satisfies Record<View, string> & { label: string },
  /** The region control beside the map (src/data/regions.ts lists the regions): its label, and each region's name. */
  regions: {
    label: 'Region',
    world: 'World',
    americas: 'Americas',
    'central-america': 'Mexico, Central America and the Caribbean',
    africa: 'Africa',
    europe: 'Europe',
    asia: 'Asia',
    oceania: 'Oceania',
  } satisfies Record<Region, string> & { label: string },
  /** The map's zoom buttons, and the hints of a map that leaves the wheel and one finger to its page. */
  zoom: {
    label: 'Zoom',
    in: 'Zoom in',
    out: 'Zoom out',
    hintWheel: 'Use Ctrl + scroll to zoom the map',
    hintWheelMac: 'Use ⌘ + scroll to zoom the map',
    hintTouch: 'Use two fingers to move the map',
    /** The button that frames the whole region again after the map moved to a country or by hand. */
    backTo: (region: string) => `Show all of ${region}`,
    backToWorld: 'Show the whole world',
  },
  legend: 'Legend',
  legendTitle: 'Status on',
  /** The legend's title at the latest date: what it shows holds as far as the sources reach. */
  legendTitleLatest: 'Status as of',
  /** After a status shown at the latest date (tooltip, story). */
  asOf: (date: string) => `as of ${date}`,
  /** How far the sources reach (footer, About, downloads). */
  horizon: (date: string) => `Sources up to ${date}`,
  noStatus: 'No reported arrangement',
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
  /** Under a long story: show `n` more of the `left` earlier events. */
  showEarlier: (n: number, left: number) => `Show ${num(n)} earlier ${n === 1 ? 'event' : 'events'}${left > n ? ` (${num(left)} in all)` : ''}`,
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
  tableCaptionLatest: (date: string) => `Countries with a status as of ${date}, as far as the sources reach`,
  tableCountry: 'Country',
  tableStatus: 'Status',
  tableSince: 'Since',
  tablePeople: 'People (at least)',
  tableEmpty: 'No country had a status on this date.',
  /** The map's credit line for its geometry. */
  mapCredit: 'Borders: Natural Earth',
  /** Shown when neither renderer can draw (the map's geometry did not load). */
  mapUnavailable: 'The map could not be drawn (its geometry did not load). The table shows the same data.',
  loadError: 'The map could not load its data.',
  /** When a file the page needs does not arrive, or a part of the page fails. */
  failure: {
    loading: 'Loading the map…',
    slow: 'This is taking a while: the network is slow.',
    geometry: 'The map could not be drawn: its geometry did not load. The table shows the same data.',
    why: {
      http: (status: number) => `The server answered with an error (${status}).`,
      invalid: 'What arrived was not the file the page needs (it may have been cut short).',
      timeout: 'It took too long to arrive.',
      network: 'The network did not answer: you may be offline.',
    },
    retry: 'Try again',
    /** An error boundary's message: a part of the page failed, the rest still works. */
    part: 'This part of the page ran into a problem. The rest of the page still works.',
  },
  /** Labels of a source's details (the source reader, About's list of sources). */
  source: {
    date: 'Date',
    note: 'Note',
    alsoAt: 'Also at',
  },
  checked: (date: string) => `Data checked ${date}. Every source is quoted verbatim; copies, excerpts and machine translations are labelled.`,
  /** Texts in `about` may mark code (file names, commands) with backticks. */
  about: {
    title: 'About the data',
    intro: "This map shows, for any date since the first event, which countries the United States had asked, persuaded or failed to persuade to take people deported from the US who are not their citizens. Each colour comes from a dated event, and each event rests on quotes copied word for word from news reports, official statements and organisations' tracker pages, so every colour can be checked against its source.",
    countsTitle: 'What the data holds',
    countCountries: 'Countries with events',
    countSenderWide: 'Rulings and decisions for every destination',
    countEvents: 'Events',
    countSources: 'Sources',
    countQuotes: 'Quotes',
    statusesTitle: 'What the colours mean',
    statusesIntro: "A country's status on a date is that of its latest event with a status on or before that date. Events without a status are context: they are shown in the story but do not colour the map.",
    noStatusDescription: 'No event with a status up to that date',
    datesTitle: 'How dates are derived',
    dates: [
      'Each event keeps the precision its source gives: a day (`YYYY-MM-DD`), a month (`YYYY-MM`) or a year (`YYYY`). An event dated to a month or a year takes effect at the start of that period: an event in March 2025 counts from 1 March 2025.',
      'When a source does not say when the event itself happened, the event carries the date of the report and is shown as "by" that date rather than "since": it had happened by then, perhaps earlier.',
      'When several events fall on the same day, they apply in the order they are listed in the data, and the later one sets the status.',
      'Where a source does not print its publication date and we inferred it, the date is marked "(date inferred)" and the source\'s note says how it was worked out.',
      'Relative days such as "on Thursday" are counted from the dateline of the page that uses them; each such event\'s note explains the calculation.',
    ],
    peopleTitle: 'How counts of people are derived',
    people: [
      'A number of people is given only where a quoted source states it: the validator rejects any count that is not stated in one of the event\'s quotes.',
      "A count for one transfer (a flight, a group) is added to the country's total. A cumulative figure (everyone sent there so far) raises the total to at least that number but never lowers it.",
      'Every figure is "at least". Sources are partial and many transfers are never reported, so the totals are floors, not estimates of how many people were sent.',
    ],
    checkedTitle: 'When the data was checked',
    checked: (date: string) => `The data was last checked against its sources on ${date}.`,
    reach: (date: string) => `The latest event or source is of ${date}: the map ends there, and what it shows for that date holds as far as the sources reach, not necessarily today.`,
    correctTitle: 'How to propose a correction',
    correct: [
      "Corrections are made in the project's repository: edit the country's file `data/events/<ISO3>.json` (its ISO 3166-1 alpha-3 code, such as `SLV` for El Salvador) or a source in `data/sources/`, and propose the change as a pull request, or describe it in an issue.",
      'Every change must quote its source verbatim: a status, a date or a count is accepted only with the words of a source that states it.',
      'Running `npm run validate` checks every record (country codes, dates, statuses, that each quote appears word for word in its source\'s text, that each count is stated in a quote) and names the file, the record and the reason for anything it rejects.',
    ],
    sourcesTitle: (n: number) => `Sources (${num(n)})`,
    sourcesIntro: 'Every source the events and the published counts quote, by publisher, then date. "Our text" names who published it and the site we read it on, and says when what we hold is not the full original wording: an excerpt, a machine translation or a rewrite.',
    noHeadline: '(no headline shown)',
    ourText: 'Our text',
    citedBy: 'Cited by',
    events: (n: number) => `${num(n)} ${n === 1 ? 'event' : 'events'}`,
    /** A source quoted by published counts too (About, "Other published counts"). */
    eventsAndCounts: (n: number, counts: number) => `${num(n)} ${n === 1 ? 'event' : 'events'}, ${num(counts)} published ${counts === 1 ? 'count' : 'counts'}`,
    openPage: 'Open the page',
  },
  /**
   * The data's changes (src/about/recentChanges.ts): About's "Recent changes" and the build's Atom
   * feed (scripts/vite/feed.ts, which is in English).
   */
  changes: {
    /** A change's title: "El Salvador: Receiving deportees (15 March 2025)". */
    title: (place: string, status: string, date: string) => `${place}: ${status} (${date})`,
    heading: 'Recent changes',
    intro: (n: number) => `The ${num(n)} ${n === 1 ? 'event' : 'events'} most recently added to the data or changed, newest first, with the day of the change. Each opens the map at its country and date.`,
    added: 'Added',
    updated: 'Updated',
    /** The link to the feed, for feed readers. */
    feed: 'Atom feed of every change, for feed readers',
    /** The feed's own title, and the pages' link to it. */
    feedTitle: 'US third-country deportations: changes to the data',
  },
  /**
   * About's "Other published counts" (src/about/Reconciliation.tsx): counts of countries others
   * published, each beside the map's own count on the same date, and the difference by country.
   */
  reconcile: {
    title: 'Other published counts',
    intro: "Others have counted the countries involved. Each count below is set beside the map's own count on the same date, made the same way from the map's events, and the difference is explained country by country. Their figures are quoted word for word; the explanations are ours.",
    /** The heading of one count: who counted, and as of when (a date, or a period). */
    heading: (by: string, when: string) => `${by}, ${when}`,
    asOf: (date: string) => `as of ${date}`,
    period: (from: string, to: string) => `${from} to ${to}`,
    /** What they counted, as the map counts it. */
    measureStatus: (statuses: string) => `What is compared: countries whose status was ${statuses}`,
    measureReceived: 'What is compared: countries that received deportees in the period (a transfer reported in it)',
    or: (items: string[]) => new Intl.ListFormat(LOCALE, { type: 'disjunction' }).format(items),
    theirs: 'Their count',
    ours: "The map's count",
    figure: (n: number, qualifier: 'at-least' | 'about' | null) => (qualifier === 'at-least' ? `at least ${num(n)}` : qualifier === 'about' ? `about ${num(n)}` : num(n)),
    mapFigure: (n: number, date: string) => `${num(n)} on ${date}`,
    caption: (by: string) => `Country by country: ${by} and the map`,
    colCountry: 'Country',
    colMap: (date: string) => `The map on ${date}`,
    colWhy: 'Named by them, and why they differ',
    named: 'Named by them.',
    notNamed: 'Not named by them.',
    agree: 'The map counts it too.',
    notCounted: 'Not counted',
    someNamed: 'They do not name all their countries.',
    unnamed: "They name no countries. The map's countries on that date:",
    /** For screen readers, after a country's name in a link: where the link goes. */
    onMap: (date: string) => `on the map on ${date}`,
    reasons: {
      'not-found-in-stored-source': 'Not found in a stored source',
      'flight-without-nationality-breakdown': 'Only a flight with no breakdown by nationality',
      borderline: 'Borderline',
      'different-measure': 'Counted differently',
      'dated-differently': 'Dated differently',
    } satisfies Record<CountReasonCode, string>,
  },
  /** The country search combobox (src/search). */
  search: {
    label: 'Find a country',
    hint: "Type a country's name or code, or press the Down arrow to list the countries with events.",
    noResults: 'No country found',
    /** Announced as the list changes: how many countries are listed, of how many that match. */
    found: (shown: number, total: number) =>
      shown === total
        ? `${num(total)} ${total === 1 ? 'country' : 'countries'} found.`
        : `${num(shown)} of ${num(total)} countries shown; keep typing to narrow the list.`,
    /** Beside a country the data has nothing on. */
    noEvents: 'no events recorded',
  },
  /** Downloads of the current view and the data (src/export). */
  download: {
    label: 'Download',
    mapPng: 'Map as PNG image',
    mapSvg: 'Map as SVG image',
    statusesCsv: (date: string) => `Statuses on ${date} (CSV)`,
    statusesJson: (date: string) => `Statuses on ${date} (JSON)`,
    eventsCsv: 'All events and quotes (CSV)',
    eventsJson: 'All events and quotes (JSON)',
    working: 'Preparing the file…',
    failed: 'The file could not be made. Please try again.',
    /** The line under a downloaded map: where it comes from and when the data was checked. */
    sourceLine: (url: string, reach: string, checked: string) =>
      `Source: ${url} · sources up to ${reach}, data checked ${checked}. Every status rests on dated events quoted from their sources. Borders: Natural Earth.`,
  },
  /** Interface settings: language and theme. */
  settings: {
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  /** What the live region announces once the timeline settles. */
  announce: {
    /** "11 March 2026: 13 receiving deportees, 9 agreement, …" */
    date: (date: string, counts: string) => (counts ? `${date}: ${counts}.` : `${date}: no country has a status yet.`),
    count: (n: number, label: string) => `${num(n)} ${label.toLocaleLowerCase(LOCALE)}`,
    /** "El Salvador: Receiving deportees since 15 March 2025." */
    country: (country: string, status: string) => `${country}: ${status}.`,
  },
  /**
   * Events of the United States as a whole (court rulings and policy decisions that apply to every
   * destination): timeline marks, story entries, the table view's list of their own.
   */
  senderWide: {
    /** On an event card, where a country's name would be. */
    tag: 'Every destination',
    /** The timeline's marks, as a group. */
    marks: 'Rulings and decisions for every destination',
    /** One mark: its date and what happened. */
    mark: (date: string, summary: string) => `${date}, for every destination: ${summary}`,
    tableCaption: (date: string) => `Rulings and decisions that apply to every destination, up to ${date}`,
    tableDate: 'Date',
    tableEvent: 'What happened',
    tableEmpty: 'None up to this date.',
  },
  /** Playback's pace. */
  speed: {
    label: 'Speed',
    value: (months: number) => `${months} ${months === 1 ? 'month' : 'months'} a second`,
  },
  /** Presentation mode (`p`) and the story told in it. */
  present: {
    enter: 'Present',
    exit: 'Leave presentation',
    /** The story's step counter. */
    step: (n: number, total: number) => `Step ${num(n)} of ${num(total)}`,
    /** Opens the quotes a step's caption rests on. */
    sources: 'Sources',
    sourcesTitle: 'Where this comes from',
    presenterView: 'Presenter view',
    /** Shown instead of a step's caption when the date has moved off the step. */
    latestEvent: 'Latest event',
    startStory: (title: string) => `Tell the story: ${title}`,
  },
  /** The presenter's window (present=1&remote=1): drives the audience window. */
  presenter: {
    title: 'Presenter view',
    current: 'Now showing',
    next: 'Next',
    end: 'End of the story',
    quotes: 'The quotes behind this step',
    audienceDate: 'Audience window shows',
    timer: 'Time since the talk began',
    resetTimer: 'Restart the timer',
    connected: 'Audience window connected',
    disconnected: 'The audience window is not open or not answering. Open it from here, or reload it.',
    openAudience: 'Open the audience window',
    prev: 'Previous step',
    nextStep: 'Next step',
  },
  /** Copying a link to what is shown. */
  share: {
    button: 'Share',
    label: 'Copy a link to what is shown',
    copied: 'Link copied',
    manual: 'Copy this link:',
  },
  /** The embed code dialog, and the embed's own credit line. */
  embed: {
    button: 'Embed',
    title: 'Embed this map',
    intro: 'Paste this into your page: the map sizes itself to its content, leaves your page’s scrolling alone, and loads nothing from anywhere but this site.',
    panel: 'Show the story panel',
    readerLanguage: 'The reader’s language',
    height: 'Height before it sizes itself (px)',
    code: 'Embed code',
    copy: 'Copy the code',
    copied: 'Code copied',
    manual: 'The clipboard is not available: the code is selected, copy it with your keyboard.',
    preview: 'Preview width',
    widths: { phone: 'Phone', column: 'Column', full: 'Full width' },
    previewTitle: 'Preview of the embedded map',
    /** The one-line credit under an embed, linking to the full view. */
    credit: 'Open the full map, with every source',
  },
  /** "Cite this view" (src/cite): the dialog, its three formats, and the README offered with the downloads. */
  /** The printed page (src/print): the story's sources, listed once after it. */
  print: {
    sources: 'Sources',
  },
  cite: {
    button: 'Cite',
    title: 'Cite this view',
    intro: 'A citation of exactly what is shown: the map on its date, when the data was checked, how far its sources reach, and the address of this view.',
    sentence: 'Citation',
    bibtex: 'BibTeX',
    csl: 'CSL-JSON',
    /** The copy button of one format ("Copy the BibTeX"). */
    copy: (format: string) => `Copy the ${format === 'Citation' ? 'citation' : format}`,
    copied: (format: string) => `${format} copied`,
    manual: 'The clipboard is not available: the text is selected, copy it with your keyboard.',
    /** What the view shows: a country's status on the date, or the map on the date. */
    viewCountry: (country: string, status: string, date: string) => `${country}, ${status.toLocaleLowerCase(LOCALE)}, on ${date}`,
    viewCountryNone: (country: string, date: string) => `${country}, no status, on ${date}`,
    viewMap: (date: string) => `map of the statuses on ${date}`,
    /** Compare mode: what changed between two dates (src/compare). */
    viewChanges: (from: string, to: string) => `changes in status from ${from} to ${to}`,
    /** The data's dates, in the sentence and in the BibTeX and CSL-JSON notes. */
    dates: (checked: string, reach: string) => `Data checked ${checked}; sources up to ${reach}.`,
    accessed: (date: string) => `accessed ${date}`,
    /** Before the list of the original sources of a selected country's status. */
    sourcesOf: (country: string) => `Sources of the status of ${country}:`,
    /** The README offered in the download menu. */
    readme: {
      download: 'How to cite, licence and method (README)',
      heading: 'About these files',
      from: (url: string) => `Downloaded from: ${url}`,
      cite: 'How to cite',
      licence: 'Licence',
      licenceText: 'The project is MIT-licensed, as its package.json declares; the repository has no separate licence file and states no other licence for the data. Quotes remain their publishers’: they are short excerpts, so cite the original publisher when you reuse one. Borders: Natural Earth (public domain).',
      method: 'Method',
      methodText: 'Each country’s status on a date rests on dated events, and each event on verbatim quotes from the sources listed in the files. A date a source does not give is shown as “by” the report’s date; counts of people are “at least”. The editorial rules are in docs/METHODOLOGY.md in the project’s repository, and on the map’s “About the data” page:',
      files: 'Files',
      filesText: 'The statuses on a date (CSV and JSON: one row per country with a status, its event and sources), and every event with its quotes and sources (CSV and JSON). Column and key names are stable English identifiers.',
    },
  },
  /** The `?` dialog. */
  shortcuts: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    /** Names of keys that have one in the language. */
    keys: { shift: 'Shift', space: 'Space', home: 'Home', end: 'End', esc: 'Esc' },
    /** What each key does (the keys themselves are listed in src/app/keyboard.ts). */
    actions: {
      steps: 'Previous or next event (in presentation mode with a story: previous or next step)',
      months: 'One month back or forward',
      play: 'Play or pause',
      ends: 'First or last date (or step)',
      zoom: 'Zoom the map in or out',
      present: 'Presentation mode',
      fullscreen: 'Full screen',
      escape: 'Leave presentation mode, or clear the selected country',
      help: 'This list',
    },
  },
  /** The story panel: beside the map, a bottom sheet on phones. */
  story: {
    label: 'Story',
    expand: 'Show the story',
    collapse: 'Show the map',
  },
  status: {
    labels: {
      approached: 'Approached',
      agreement: 'Agreement',
      receiving: 'Receiving deportees',
      refused: 'Refused',
      ended: 'Ended',
    },
    descriptions: {
      approached: 'The US asked, or was reported negotiating or considering it; no agreement yet',
      agreement: 'The government agreed, announced or signed that it will accept non-citizens from the US; no arrivals reported yet',
      receiving: 'People who are not its citizens have been deported there from the US',
      refused: 'The government publicly declined, or denied that any deal exists',
      ended: 'An earlier arrangement was suspended, terminated or blocked by a court',
    },
  },
  /** How a source is cited under a quote ("Associated Press, via Yahoo News Canada, 4 Feb 2025 — excerpt"). */
  provenance: {
    via: (site: string) => `via ${site}`,
    tracker: (date: string) => `tracker page, last updated ${date}`,
    inferred: '(date inferred)',
    machineTranslation: 'machine translation',
    rewrite: (by: string) => `rewritten by ${by}, not the original wording`,
    excerpt: 'excerpt',
    /** "Spanish translation by elsalvadornow.org" (language name from Intl). */
    translation: (language: string, by: string | null) => `${language} translation${by ? ` by ${by}` : ''}`,
  },
  /** The table view's order: its column headings are buttons that sort by them (src/table). */
  sort: {
    /** For screen readers, after the table's caption. */
    hint: 'Each column heading is a button: press it to sort by that column, and again to reverse the order.',
  },
  /** A country's history at a glance (src/ui/StatusStrip.tsx): its statuses from 2019 to the horizon. */
  strip: {
    /** One status's run, in the strip's text: "Approached from 5 May 2025"; after the first, "agreement from 14 May 2025". */
    span: (status: string, date: string, reported: boolean, first: boolean) =>
      `${first ? status : status.toLocaleLowerCase(LOCALE)} ${reported ? 'by' : 'from'} ${date}`,
    /** A country with no status in all that time. */
    none: (date: string) => `No reported arrangement up to ${date}`,
  },
  /** The quiet notice that a new version of the site is ready (src/offline/UpdateNotice.tsx). */
  offline: {
    updateReady: 'New data available',
    reload: 'Reload',
    dismiss: 'Dismiss',
  },
  /** Compare mode (src/compare): what changed between an earlier date (A) and the date shown (B). */
  compare: {
    /** The button beside the timeline that turns compare mode on. */
    start: 'Compare with…',
    /** Its longer label for screen readers. */
    startLabel: 'Compare with an earlier date',
    /** Beside the timeline while comparing: the earlier date. */
    from: (date: string) => `From ${date}`,
    /** The × that leaves compare mode. */
    stop: 'Stop comparing',
    /** The timeline's second handle, for the earlier date. */
    slider: 'Earlier date to compare with',
    /** Legend heading: "What changed, 15 May 2025 → 15 May 2026". */
    legendTitle: (from: string, to: string) => `What changed, ${from} → ${to}`,
    /** "5 countries changed" */
    changed: (n: number) => `${num(n)} ${n === 1 ? 'country' : 'countries'} changed`,
    /** A legend entry's count: how many countries changed to this status. */
    changedTo: (status: string) => `changed to ${status.toLocaleLowerCase(LOCALE)}`,
    /** The grey of the countries whose status did not change. */
    unchanged: 'No change',
    /** Tooltip of a changed country: "Agreement → Receiving deportees". */
    change: (from: string, to: string) => `${from} → ${to}`,
    /** Tooltip of an unchanged country: "No change (Agreement)". */
    noChange: (status: string) => `No change (${status})`,
    /** When its status changed: "since 15 July 2025". */
    changedOn: (date: string) => `changed ${date}`,
    tableCaption: (from: string, to: string) => `Countries whose status changed between ${from} and ${to}`,
    tableFrom: (date: string) => `Status on ${date}`,
    tableTo: (date: string) => `Status on ${date}`,
    tableChanged: 'Changed on',
    tableEmpty: 'No country’s status changed between these dates.',
    /** The story panel's heading: the events after A up to B. */
    panelTitle: (from: string, to: string) => `Events after ${from}, up to ${to}`,
    panelNone: 'No events between these dates.',
    /** The statuses download's entries while comparing: the list of changes. */
    changesCsv: (from: string, to: string) => `Changes, ${from} → ${to} (CSV)`,
    changesJson: (from: string, to: string) => `Changes, ${from} → ${to} (JSON)`,
    /** The downloaded map's title. */
    downloadTitle: (from: string, to: string) => `Changes in status, ${from} → ${to}`,
  },
  /** The header on a phone (src/app/layouts/PageLayout.tsx): the menu that holds its controls, and the button that shows the search. */
  menu: {
    button: 'Menu',
    search: 'Search',
  },
  /** A country's own page (src/store/countryPage.ts), offered in the embed dialog. */
  countryPage: {
    /** The window's title on a country's page: "El Salvador — US third-country deportations". */
    title: (country: string, site: string) => `${country} — ${site}`,
    /** "El Salvador's page, with its own link preview:" before the link. */
    link: (country: string) => `${country}’s own page, with its own link preview:`,
  },
};

export type Catalogue = typeof en;
export default en;
