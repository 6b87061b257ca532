/**
 * El catálogo en español: cada texto de la interfaz, con la misma forma que el inglés (`Catalogue`
 * en ./en.ts). Quien añada una clave a en.ts añade aquí su traducción.
 */
import type { Catalogue } from './en.ts';

const LOCALE = 'es';
const numberFormat = new Intl.NumberFormat(LOCALE);
/** Una cifra con separadores de millares según el español. */
const num = (n: number): string => numberFormat.format(n);
const people = (n: number): string => (n === 1 ? 'persona' : 'personas');
const countries = (n: number): string => (n === 1 ? 'país' : 'países');
const events = (n: number): string => (n === 1 ? 'hecho' : 'hechos');

const es: Catalogue = {
  lang: 'es',
  locale: LOCALE,
  langName: 'Español',
  title: 'Deportaciones de EE. UU. a terceros países',
  subtitle: 'A qué países ha pedido EE. UU. que reciban a personas que no son sus ciudadanos, a cuáles ha convencido y a cuáles no, y cuándo. Cada color se basa en una cita que usted puede comprobar.',
  /** The view switch (src/views/views.ts lists the views): its label, and each view's name. */
  views: {
    label: 'Vista',
    map: 'Mapa',
    table: 'Tabla',
    about: 'Sobre los datos',
  },
  regions: {
    label: 'Región',
    world: 'Mundo',
    americas: 'América',
    'central-america': 'México, Centroamérica y el Caribe',
    africa: 'África',
    europe: 'Europa',
    asia: 'Asia',
    oceania: 'Oceanía',
  },
  zoom: {
    label: 'Zoom',
    in: 'Acercar',
    out: 'Alejar',
    hintWheel: 'Use Ctrl + rueda del ratón para acercar o alejar el mapa',
    hintWheelMac: 'Use ⌘ + rueda del ratón para acercar o alejar el mapa',
    hintTouch: 'Use dos dedos para mover el mapa',
    backTo: (region: string) => `Ver toda la región: ${region}`,
    backToWorld: 'Ver el mundo entero',
  },
  legend: 'Leyenda',
  legendTitle: 'Situación al',
  legendTitleLatest: 'Situación a',
  asOf: (date: string) => `a ${date}`,
  horizon: (date: string) => `Fuentes hasta el ${date}`,
  noStatus: 'Sin acuerdo conocido',
  since: 'desde',
  by: 'a más tardar',
  timeline: 'Cronología',
  slider: 'Fecha',
  play: 'Reproducir',
  pause: 'Pausa',
  prevEvent: 'Hecho anterior',
  nextEvent: 'Hecho siguiente',
  panelAll: (date: string) => `Lo informado hasta el ${date}`,
  panelNone: 'Hasta esta fecha no se había informado nada.',
  panelCountryNone: 'No hay hechos de este país hasta esta fecha.',
  showEarlier: (n: number, left: number) => `Mostrar ${num(n)} ${n === 1 ? 'hecho anterior' : 'hechos anteriores'}${left > n ? ` (${num(left)} en total)` : ''}`,
  showAll: 'Todos los países',
  later: (n: number) =>
    `${n} ${n === 1 ? 'hecho posterior' : 'hechos posteriores'} (avance la cronología)`,
  context: 'Contexto',
  formatCount: num,
  peopleTransfer: (n: number) => `Al menos ${num(n)} ${people(n)}`,
  peopleCumulative: (n: number) =>
    `Al menos ${num(n)} ${people(n)} en total hasta entonces (cifra acumulada)`,
  peopleReceivedBy: (n: number, date: string) =>
    `Al menos ${num(n)} ${people(n)} ${n === 1 ? 'recibida' : 'recibidas'} hasta el ${date}`,
  peopleTotal: (n: number, c: number, date: string) =>
    `Al menos ${num(n)} ${people(n)} ${n === 1 ? 'enviada' : 'enviadas'} a ${num(c)} ${countries(c)} hasta el ${date}.`,
  peopleCaveat: 'Las fuentes son parciales: son cifras mínimas, no totales.',
  conflict: 'Las fuentes discrepan:',
  openSource: 'Abrir la página de la fuente',
  readSource: 'Leer el texto que conservamos',
  newTab: '(se abre en una pestaña nueva)',
  close: 'Cerrar',
  tableCaption: (date: string) => `Países con una situación al ${date}`,
  tableCaptionLatest: (date: string) => `Países con una situación a ${date}, hasta donde llegan las fuentes`,
  tableCountry: 'País',
  tableStatus: 'Situación',
  tableSince: 'Desde',
  tablePeople: 'Personas (al menos)',
  tableEmpty: 'Ningún país tenía una situación en esta fecha.',
  mapCredit: 'Fronteras: Natural Earth',
  mapUnavailable: 'No se pudo dibujar el mapa (no se cargó su geometría). La tabla muestra los mismos datos.',
  loadError: 'El mapa no pudo cargar sus datos.',
  failure: {
    loading: 'Cargando el mapa…',
    slow: 'Esto tarda: la red va lenta.',
    geometry: 'No se pudo dibujar el mapa: su geometría no se cargó. La tabla muestra los mismos datos.',
    why: {
      http: (status: number) => `El servidor respondió con un error (${status}).`,
      invalid: 'Lo que llegó no es el archivo que la página necesita (puede que llegara incompleto).',
      timeout: 'Tardó demasiado en llegar.',
      network: 'La red no respondió: puede que no haya conexión.',
    },
    retry: 'Reintentar',
    part: 'Esta parte de la página tuvo un problema. El resto de la página sigue funcionando.',
  },
  source: {
    date: 'Fecha',
    note: 'Nota',
    alsoAt: 'También en',
  },
  checked: (date: string) =>
    `Datos verificados el ${date}. Cada fuente se cita textualmente; las copias, los extractos y las traducciones automáticas se señalan como tales.`,
  about: {
    title: 'Sobre los datos',
    intro: 'Este mapa muestra, para cualquier fecha desde el primer hecho, a qué países había pedido Estados Unidos que recibieran a personas deportadas desde EE. UU. que no son sus ciudadanos, a cuáles había convencido y a cuáles no. Cada color proviene de un hecho fechado, y cada hecho se apoya en citas copiadas palabra por palabra de noticias, comunicados oficiales y páginas de seguimiento de organizaciones, de modo que cada color puede contrastarse con su fuente.',
    countsTitle: 'Qué contienen los datos',
    countCountries: 'Países con hechos',
    countSenderWide: 'Fallos y decisiones para todos los destinos',
    countEvents: 'Hechos',
    countSources: 'Fuentes',
    countQuotes: 'Citas',
    statusesTitle: 'Qué significan los colores',
    statusesIntro: 'La situación de un país en una fecha es la de su hecho más reciente con situación en esa fecha o antes. Los hechos sin situación son contexto: aparecen en el relato pero no colorean el mapa.',
    noStatusDescription: 'Ningún hecho con situación hasta esa fecha',
    datesTitle: 'Cómo se determinan las fechas',
    dates: [
      'Cada hecho conserva la precisión que da su fuente: un día (`YYYY-MM-DD`), un mes (`YYYY-MM`) o un año (`YYYY`). Un hecho fechado en un mes o un año surte efecto al inicio de ese periodo: un hecho de marzo de 2025 cuenta desde el 1 de marzo de 2025.',
      'Cuando una fuente no dice cuándo ocurrió el hecho en sí, el hecho lleva la fecha de la noticia y se muestra como ocurrido "a más tardar" en esa fecha y no "desde" ella: ya había ocurrido entonces, quizá antes.',
      'Cuando varios hechos caen el mismo día, se aplican en el orden en que figuran en los datos, y el último fija la situación.',
      'Cuando una fuente no indica su fecha de publicación y la hemos deducido, la fecha se marca "(fecha deducida)" y la nota de la fuente explica cómo se obtuvo.',
      'Los días relativos, como "el jueves", se cuentan a partir de la fecha de la página que los usa; la nota de cada uno de esos hechos explica el cálculo.',
    ],
    peopleTitle: 'Cómo se determinan las cifras de personas',
    people: [
      'Solo se da un número de personas cuando una fuente citada lo indica: el validador rechaza toda cifra que no figure en alguna de las citas del hecho.',
      'La cifra de un solo traslado (un vuelo, un grupo) se suma al total del país. Una cifra acumulada (todas las personas enviadas allí hasta entonces) eleva el total al menos hasta ese número, pero nunca lo reduce.',
      'Toda cifra es "al menos". Las fuentes son parciales y muchos traslados nunca se informan, así que los totales son mínimos, no estimaciones de cuántas personas fueron enviadas.',
    ],
    checkedTitle: 'Cuándo se verificaron los datos',
    checked: (date: string) => `Los datos se contrastaron por última vez con sus fuentes el ${date}.`,
    reach: (date: string) => `El hecho o la fuente más reciente es del ${date}: el mapa termina ahí, y lo que muestra para esa fecha vale hasta donde llegan las fuentes, no necesariamente hoy.`,
    correctTitle: 'Cómo proponer una corrección',
    correct: [
      'Las correcciones se hacen en el repositorio del proyecto: edite el archivo del país `data/events/<ISO3>.json` (su código ISO 3166-1 alfa-3, como `SLV` para El Salvador) o una fuente en `data/sources/`, y proponga el cambio como pull request, o descríbalo en un issue.',
      'Todo cambio debe citar su fuente textualmente: una situación, una fecha o una cifra solo se aceptan con las palabras de una fuente que la indique.',
      'Al ejecutar `npm run validate` se comprueba cada registro (códigos de país, fechas, situaciones, que cada cita aparezca palabra por palabra en el texto de su fuente, que cada cifra figure en una cita) y, para todo lo que rechaza, se indica el archivo, el registro y el motivo.',
    ],
    sourcesTitle: (n: number) => `Fuentes (${num(n)})`,
    sourcesIntro: 'Todas las fuentes que citan los hechos, por medio y luego por fecha. "Nuestro texto" indica quién lo publicó y en qué sitio lo leímos, y señala cuándo lo que conservamos no es la redacción original completa: un extracto, una traducción automática o una reescritura.',
    noHeadline: '(sin titular)',
    ourText: 'Nuestro texto',
    citedBy: 'Citada por',
    events: (n: number) => `${num(n)} ${events(n)}`,
    openPage: 'Abrir la página',
  },
  search: {
    label: 'Buscar un país',
    hint: 'Escriba el nombre o el código de un país, o pulse la flecha abajo para ver los países con hechos.',
    noResults: 'Ningún país coincide',
    found: (shown: number, total: number) =>
      shown === total
        ? `${num(total)} ${countries(total)} ${total === 1 ? 'encontrado' : 'encontrados'}.`
        : `Se muestran ${num(shown)} de ${num(total)} países; siga escribiendo para acotar la lista.`,
    noEvents: 'sin hechos registrados',
  },
  download: {
    label: 'Descargar',
    mapPng: 'Mapa como imagen PNG',
    mapSvg: 'Mapa como imagen SVG',
    statusesCsv: (date: string) => `Situación al ${date} (CSV)`,
    statusesJson: (date: string) => `Situación al ${date} (JSON)`,
    eventsCsv: 'Todos los hechos y citas (CSV)',
    eventsJson: 'Todos los hechos y citas (JSON)',
    working: 'Preparando el archivo…',
    failed: 'No se pudo crear el archivo. Vuelva a intentarlo.',
    sourceLine: (url: string, reach: string, checked: string) =>
      `Fuente: ${url} · fuentes hasta el ${reach}, datos comprobados el ${checked}. Cada situación se basa en hechos fechados y citados de sus fuentes. Fronteras: Natural Earth.`,
  },
  settings: {
    language: 'Idioma',
    theme: 'Tema',
    themeAuto: 'Automático',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
  },
  announce: {
    /** "11 de marzo de 2026: recibe deportados (13), acuerdo (9), …" */
    date: (date: string, counts: string) => (counts ? `${date}: ${counts}.` : `${date}: ningún país tiene aún una situación.`),
    count: (n: number, label: string) => `${label.toLocaleLowerCase(LOCALE)} (${num(n)})`,
    country: (country: string, status: string) => `${country}: ${status}.`,
  },
  senderWide: {
    tag: 'Todos los destinos',
    marks: 'Fallos y decisiones para todos los destinos',
    mark: (date: string, summary: string) => `${date}, para todos los destinos: ${summary}`,
    tableCaption: (date: string) => `Fallos y decisiones que valen para todos los destinos, hasta el ${date}`,
    tableDate: 'Fecha',
    tableEvent: 'Qué ocurrió',
    tableEmpty: 'Ninguno hasta esta fecha.',
  },
  speed: {
    label: 'Velocidad',
    value: (months: number) => `${months} ${months === 1 ? 'mes' : 'meses'} por segundo`,
  },
  present: {
    enter: 'Presentar',
    exit: 'Salir de la presentación',
    step: (n: number, total: number) => `Paso ${num(n)} de ${num(total)}`,
    sources: 'Fuentes',
    sourcesTitle: 'De dónde sale esto',
    presenterView: 'Vista del presentador',
    latestEvent: 'Último hecho',
    startStory: (title: string) => `Contar la historia: ${title}`,
  },
  presenter: {
    title: 'Vista del presentador',
    current: 'En pantalla',
    next: 'Siguiente',
    end: 'Fin de la historia',
    quotes: 'Las citas de este paso',
    audienceDate: 'La ventana del público muestra',
    timer: 'Tiempo desde que empezó la charla',
    resetTimer: 'Reiniciar el cronómetro',
    connected: 'Ventana del público conectada',
    disconnected: 'La ventana del público no está abierta o no responde. Ábrala desde aquí o vuelva a cargarla.',
    openAudience: 'Abrir la ventana del público',
    prev: 'Paso anterior',
    nextStep: 'Paso siguiente',
  },
  share: {
    button: 'Compartir',
    label: 'Copiar un enlace a lo que se muestra',
    copied: 'Enlace copiado',
    manual: 'Copie este enlace:',
  },
  embed: {
    button: 'Insertar',
    title: 'Insertar este mapa',
    intro: 'Pegue esto en su página: el mapa se ajusta a su contenido, no interfiere con el desplazamiento de su página y no carga nada de ningún sitio salvo de este.',
    panel: 'Mostrar el panel del relato',
    readerLanguage: 'El idioma del lector',
    height: 'Altura antes de ajustarse (px)',
    code: 'Código para insertar',
    copy: 'Copiar el código',
    copied: 'Código copiado',
    manual: 'El portapapeles no está disponible: el código está seleccionado, cópielo con el teclado.',
    preview: 'Ancho de la vista previa',
    widths: { phone: 'Teléfono', column: 'Columna', full: 'Ancho completo' },
    previewTitle: 'Vista previa del mapa insertado',
    credit: 'Abrir el mapa completo, con todas las fuentes',
  },
  shortcuts: {
    title: 'Atajos de teclado',
    close: 'Cerrar',
    /** Names of keys that have one in the language. */
    keys: { shift: 'Mayús', space: 'Espacio', home: 'Inicio', end: 'Fin', esc: 'Esc' },
    /** What each key does (the keys themselves are listed in src/app/keyboard.ts). */
    actions: {
      steps: 'Hecho anterior o siguiente (en modo presentación con una historia: paso anterior o siguiente)',
      months: 'Un mes atrás o adelante',
      play: 'Reproducir o pausar',
      ends: 'Primera o última fecha (o paso)',
      zoom: 'Acercar o alejar el mapa',
      present: 'Modo presentación',
      fullscreen: 'Pantalla completa',
      escape: 'Salir del modo presentación, o quitar el país seleccionado',
      help: 'Esta lista',
    },
  },
  story: {
    label: 'Relato',
    expand: 'Ver el relato',
    collapse: 'Ver el mapa',
  },
  status: {
    labels: {
      approached: 'Contactado',
      agreement: 'Acuerdo',
      receiving: 'Recibe deportados',
      refused: 'Rechazó',
      ended: 'Terminado',
    },
    descriptions: {
      approached: 'EE. UU. lo pidió, o se informó de que lo negociaba o lo estudiaba; aún sin acuerdo',
      agreement: 'El Gobierno aceptó, anunció o firmó que recibirá a no ciudadanos enviados por EE. UU.; aún no se han informado llegadas',
      receiving: 'Personas que no son ciudadanas del país han sido deportadas allí desde EE. UU.',
      refused: 'El Gobierno se negó públicamente o negó que exista acuerdo alguno',
      ended: 'Un acuerdo anterior se suspendió, se dio por terminado o fue bloqueado por un tribunal',
    },
  },
  provenance: {
    via: (site: string) => `vía ${site}`,
    tracker: (date: string) => `página de seguimiento (última actualización: ${date})`,
    inferred: '(fecha deducida)',
    machineTranslation: 'traducción automática',
    rewrite: (by: string) => `reescrito por ${by}, no es la redacción original`,
    excerpt: 'extracto',
    translation: (language: string, by: string | null) => `traducción al ${language}${by ? ` de ${by}` : ''}`,
  },
  sort: {
    hint: 'El encabezado de cada columna es un botón: púlselo para ordenar por esa columna, y de nuevo para invertir el orden.',
  },
  strip: {
    span: (status: string, date: string, reported: boolean, first: boolean) =>
      `${first ? status : status.toLocaleLowerCase(LOCALE)} ${reported ? 'a más tardar' : 'desde'} ${date}`,
    none: (date: string) => `Sin acuerdo conocido hasta el ${date}`,
  },
  offline: {
    updateReady: 'Hay datos nuevos',
    reload: 'Recargar',
    dismiss: 'Cerrar',
  },
  /** La cabecera en un teléfono: el menú con sus controles y el botón que muestra la búsqueda. */
  menu: {
    button: 'Menú',
    search: 'Buscar',
  },
};

export default es;
