/** Dutch texts of the Overleggen pages: planning, the verklaring, the live table and the verslag. */
import type {
  AfschalingCriterion,
  MeetingKind,
  MeetingStatus,
  RecurrenceFrequency,
} from "../../../shared/api/meetings.js";
import type { AttendanceStatus } from "../../../shared/domain/meeting.js";

/** "A, B en C". */
const dutchList = (items: readonly string[]): string =>
  new Intl.ListFormat("nl-NL", { type: "conjunction" }).format(items);

const kinds: Record<MeetingKind, string> = {
  casusoverleg: "Casusoverleg",
  triageoverleg: "Triage-overleg",
  afschalingsoverleg: "Afschalingsoverleg",
  lokale_kamer: "Lokale kamer",
};

const statuses: Record<MeetingStatus, string> = {
  gepland: "Gepland",
  bezig: "Bezig",
  afgerond: "Afgerond",
};

const frequencies: Record<RecurrenceFrequency, string> = {
  wekelijks: "Elke week",
  tweewekelijks: "Elke twee weken",
  vierwekelijks: "Elke vier weken",
};

const attendance: Record<AttendanceStatus, string> = {
  aanwezig: "Aanwezig",
  afwezig: "Afwezig",
  afgemeld: "Afgemeld",
};

const criteria: Record<AfschalingCriterion, string> = {
  doelen_bereikt: "De doelen uit het plan van aanpak zijn bereikt",
  acties_afgerond: "Alle acties zijn afgerond of bij een reguliere partner belegd",
  veiligheid_stabiel: "De veiligheid is stabiel; risico's zijn beheersbaar",
  regie_belegd: "De regie ligt bij een partner in de reguliere zorg",
  betrokkene_geinformeerd: "De betrokkene(n) zijn geïnformeerd over de afschaling",
  geen_ketensamenwerking_nodig: "Domeinoverstijgende samenwerking is niet meer nodig",
};

/** The Overleggen texts. */
export const meetingsNl = {
  title: "Overleggen",
  intro: "De overleggen waarvoor u bent uitgenodigd of die u voorzit.",
  loading: "Overleggen worden geladen…",
  meetingUnavailable:
    "Dit overleg bestaat niet, of u bent er niet (meer) voor uitgenodigd. Alleen de voorzitter en wie is uitgenodigd kunnen het openen.",
  empty: "Er zijn geen overleggen waarvoor u bent uitgenodigd.",
  tableCaption: "Overleggen",
  columnWhen: "Datum en tijd",
  columnTitle: "Overleg",
  columnKind: "Soort",
  columnPlace: "Locatie",
  columnStatus: "Status",
  columnChair: "Voorzitter",
  columnVerklaring: "Geheimhouding",
  verklaringTodo: "Nog ondertekenen",
  verklaringDone: "Ondertekend",
  verklaringNone: "Niet nodig",
  planNew: "Overleg plannen",
  kinds,
  statuses,
  frequencies,
  attendance,
  criteria,
  slots: (n: number): string => (n === 1 ? "1 agendapunt" : `${n} agendapunten`),
  videoLink: "Videoverbinding",
  // Planning form
  planTitle: "Overleg plannen",
  planLeave:
    "Het overleg is nog niet opgeslagen. Als u deze pagina verlaat, gaat wat u heeft ingevuld verloren. Toch verlaten?",
  editTitle: "Overleg wijzigen",
  edit: "Wijzigen",
  submitChange: "Wijzigingen opslaan",
  savingChange: "Bezig met opslaan…",
  backToMeeting: "Terug naar het overleg",
  notChangeable: "Dit overleg is begonnen of afgerond en kan niet meer worden gewijzigd.",
  reloadPlan: "Opnieuw laden",
  planChangedElsewhere:
    "Dit overleg is intussen gewijzigd, in een ander venster of door iemand anders. Laad het opnieuw voordat u opslaat.",
  reloadPlanHint:
    "Opnieuw laden toont het overleg zoals het nu is; wat u hier heeft getypt, vervalt dan. Neem het zo nodig eerst over.",
  fieldTitle: "Titel",
  fieldKind: "Soort overleg",
  fieldDate: "Datum",
  fieldTime: "Begintijd",
  fieldLocation: "Locatie",
  fieldVideoLink: "Videolink (https://…)",
  fieldChair: "Voorzitter",
  fieldRepeat: "Herhalen",
  repeatNone: "Niet herhalen",
  fieldOccurrences: "Aantal keer",
  agendaHeading: "Agenda",
  addCase: "Casus toevoegen",
  addGeneral: "Algemeen punt toevoegen",
  chooseCase: "Kies een casus",
  slotTitle: "Titel van het agendapunt",
  slotMinutes: "Minuten",
  invitees: "Uitgenodigd",
  incidentalInvitees: "Incidentele deelnemers voor dit overleg",
  caseNoInvitees:
    "Niemand is uitgenodigd voor deze casus. Vink de partners aan die bij de bespreking horen.",
  caseClosedTag: "Casus gesloten",
  closedCaseSlot:
    "Deze casus is gesloten. Haal het agendapunt weg als de casus niet meer besproken wordt; er kan niemand meer bij worden uitgenodigd.",
  generalNoInvitees:
    "Niemand apart uitgenodigd. Wie voor dit overleg is uitgenodigd, ziet dit agendapunt.",
  generalInviteOthers: "Anderen uitnodigen voor dit agendapunt",
  incidentalMark: "incidenteel, met geheimhoudingsverklaring",
  lengthLeft: (n: number): string => `Nog ${n} ${n === 1 ? "teken" : "tekens"}.`,
  lengthAtMax: (max: number): string =>
    `Maximaal ${max} tekens: wat langer was, is afgekapt. Controleer het einde.`,
  withdrawnMark: "niet meer in het casusteam; aanwezigheid blijft in het verslag",
  verklaringSignedAt: (time: string) => `incidenteel: verklaring getekend om ${time}`,
  verklaringNotSigned: "incidenteel: verklaring nog niet getekend",
  removeSlot: "Verwijderen",
  moveSlotUp: "Omhoog",
  moveSlotDown: "Omlaag",
  submitPlan: "Overleg plannen",
  submitting: "Bezig met plannen…",
  planned: (n: number): string =>
    n === 1 ? "Het overleg is gepland." : `Er zijn ${n} overleggen gepland.`,
  backToList: "Terug naar Overleggen",
  // Verklaring
  verklaringTitle: "Geheimhoudingsverklaring",
  verklaringIntro:
    "U neemt deel als incidentele deelnemer of bent geen vaste partner van een casus op deze agenda. U ziet de gegevens van die casus pas nadat u deze verklaring voor dit overleg heeft ondertekend. Na afloop van het overleg vervalt uw toegang weer.",
  verklaringAgree: "Ik heb de verklaring gelezen en ga ermee akkoord.",
  verklaringSign: "Ondertekenen",
  verklaringSigned: (at: string): string => `U heeft de verklaring ondertekend op ${at}.`,
  verklaringVersion: (v: string): string => `Versie ${v}`,
  // Live table
  agenda: "Agenda",
  general: "Algemeen",
  now: "Wordt nu besproken",
  notCleared: "Alleen de titel: onderteken eerst de geheimhoudingsverklaring.",
  notClearedEnded:
    "Alleen de titel: het overleg is afgelopen, en daarmee uw toegang tot de gegevens van deze casus.",
  notClearedYet:
    "Alleen de titel: de gegevens van deze casus zijn voor u te zien vanaf kort voor het begin van het overleg tot het einde.",
  start: "Overleg starten",
  end: "Overleg beëindigen",
  endConfirm: "Het overleg beëindigen?",
  startEarlyConfirm: (planned: string): string =>
    `Dit overleg staat gepland op ${planned}. Nu al starten? Een gestart overleg kan niet meer worden gewijzigd.`,
  endConfirmAnyway: "Het overleg toch beëindigen?",
  endGuestsLoseAccess: "Incidentele deelnemers verliezen dan hun toegang.",
  anItem: "een agendapunt",
  endUnsavedBesluit: (titles: readonly string[]): string =>
    `Bij ${dutchList(titles)} staat nog een besluit of een correctie van een besluit die niet is vastgelegd. Na het beëindigen kan dat niet meer.`,
  endVerslagenMissing: (titles: readonly string[]): string =>
    titles.length === 1
      ? `Van ${titles[0]} is nog geen verslag vastgesteld; dat kan ook na het beëindigen.`
      : `Van ${dutchList(titles)} zijn nog geen verslagen vastgesteld; dat kan ook na het beëindigen.`,
  verslagenToFix: (n: number): string =>
    n === 1 ? "1 verslag nog vast te stellen" : `${n} verslagen nog vast te stellen`,
  discussNow: "Nu bespreken",
  next: "Volgend agendapunt",
  lastItem: "Dit is het laatste agendapunt.",
  followChair: "Volg de voorzitter",
  following: "U volgt de voorzitter.",
  notFollowing: "U kijkt bij een ander agendapunt dan de voorzitter.",
  keptWhileTyping:
    "De voorzitter is naar een ander agendapunt gegaan terwijl u typte. Dit agendapunt blijft open tot u de voorzitter volgt.",
  chairElsewhere: "U kijkt bij een ander agendapunt dan het punt dat nu wordt besproken.",
  backToCurrent: "Terug naar het huidige agendapunt",
  elsewhere: "De voorzitter bespreekt een agendapunt waarvoor u niet bent uitgenodigd.",
  notStarted: "Het overleg is nog niet gestart.",
  ended: "Dit overleg is afgerond.",
  noneSelected: "Kies een agendapunt.",
  timer: (elapsed: string, planned: number): string => `${elapsed} van ${planned} min`,
  overTime: (minutes: number): string =>
    `De geplande tijd is ${minutes === 1 ? "1 minuut" : `${minutes} minuten`} overschreden.`,
  timerLabel: "Tijd voor dit agendapunt",
  timerOfLabel: (title: string): string =>
    `Tijd voor het agendapunt dat nu besproken wordt: ${title}`,
  timerOf: (title: string): string => `Nu besproken: ${title}.`,
  // Slot
  slotLoading: "Casus wordt geladen…",
  openActions: "Openstaande acties uit het plan van aanpak",
  noOpenActions: "Er staan geen acties open.",
  lastProgress: (when: string, who: string): string => `Laatste voortgang (${when}, ${who}):`,
  addProgress: "Voortgang toevoegen",
  closedMeanwhile:
    "Deze actie staat niet meer open: ze is intussen afgerond of vervallen. U kunt uw voortgang nog toevoegen; sluit daarna het formulier.",
  addProgressFor: (action: string): string => `Voortgang toevoegen bij: ${action}`,
  overdue: "te laat",
  due: (date: string): string => `deadline ${date}`,
  besluiten: "Besluiten",
  noBesluiten: "Nog geen besluiten vastgelegd.",
  newBesluit: "Nieuw besluit",
  addBesluit: "Besluit vastleggen",
  addBesluitKeys: "Ctrl+Enter legt het besluit vast.",
  besluitRecorded: (n: number): string => `Besluit ${n} vastgelegd.`,
  editBesluit: "Wijzigen",
  editBesluitLabel: "Besluit wijzigen",
  saveBesluit: "Wijziging opslaan",
  cancelEdit: "Annuleren",
  withdrawBesluit: "Intrekken",
  /** The accessible name of a besluit's button: the action and which besluit (its opening words). */
  besluitAction: (action: string, text: string): string => `${action}: besluit „${text}”`,
  withdrawBesluitConfirm:
    "Dit besluit intrekken? Het staat dan niet meer als besluit in het verslag. Een al vastgestelde versie van het verslag blijft zoals ze is.",
  besluitCorrected: (name: string, time: string): string => `gewijzigd door ${name} om ${time}`,
  besluitWithdrawn: (name: string, time: string): string => `ingetrokken door ${name} om ${time}`,
  withdrawnBesluiten: "Ingetrokken besluiten",
  unknownPerson: "Onbekende gebruiker",
  besluitNotRecorded:
    "Uw nieuwe besluit is nog niet vastgelegd en gaat verloren als u deze pagina verlaat. Toch verlaten?",
  besluitCorrectionNotSaved:
    "Uw wijziging van een besluit is nog niet opgeslagen en gaat verloren als u deze pagina verlaat. Toch verlaten?",
  // Corrigeren na afloop
  correct: "Corrigeren",
  correctAttendance: (name: string): string => `Corrigeren: aanwezigheid van ${name}`,
  correctBesluitLabel: "Gecorrigeerde tekst van het besluit",
  correctAttendanceLabel: (name: string): string => `Aanwezigheid van ${name}`,
  correctionReason: "Reden (optioneel)",
  saveCorrection: "Correctie opslaan",
  savingCorrection: "Bezig met opslaan…",
  correctedAfterEnd: (date: string, name: string): string => `gecorrigeerd op ${date} door ${name}`,
  correctionReasonShown: (reason: string): string => `Reden: ${reason}`,
  withdrawAfterEnd: "Intrekken",
  withdrawAfterEndHeading: "Besluit intrekken",
  withdrawAfterEndReason: "Reden van het intrekken",
  withdrawAfterEndSave: "Besluit intrekken",
  withdrawnAfterEnd: (date: string, name: string): string =>
    `ingetrokken na afloop, op ${date} door ${name}`,
  originalBesluit: "Oorspronkelijke tekst",
  originalAttendance: "Oorspronkelijk vastgelegd",
  correctableUntil: (date: string): string =>
    `Als voorzitter kunt u de besluiten en de aanwezigheid van dit agendapunt corrigeren tot en met ${date}. Het oorspronkelijke blijft bewaard. Stel na een correctie een nieuwe versie van het verslag vast.`,
  attendanceHeading: "Aanwezigheid",
  attendanceUnknown: "Niet vastgelegd",
  chairMark: "voorzitter",
  documents: "Casusdocumenten",
  documentsUnavailable: "De casusdocumenten zijn voor u niet te openen.",
  // Verslag
  verslag: "Verslag",
  verslagDraft: "Concept",
  verslagDraftIntro:
    "Zo ziet het verslag er nu uit, met de besluiten, de aanwezigheid, de acties uit het plan van aanpak en uw samenvatting. Het concept volgt wat u hierboven vastlegt en wat u hieronder als samenvatting typt.",
  refreshDraft: "Concept bijwerken",
  refreshDraftHint: "Acties die u net in het plan van aanpak heeft gezet, ziet u na bijwerken.",
  samenvatting: "Samenvatting van de voorzitter",
  samenvattingStored: (at: string): string =>
    `Samenvatting tussentijds opgeslagen (${at}). Het verslag is pas klaar als u het vaststelt.`,
  samenvattingNotStored: (reason: string): string =>
    `Uw samenvatting is niet opgeslagen. ${reason} Wat u typte staat hier nog.`,
  samenvattingStoreAgain: "Opnieuw opslaan",
  samenvattingNotFixed:
    "Uw samenvatting is nog niet opgeslagen en gaat verloren als u deze pagina nu verlaat. Toch verlaten?",
  freeze: "Verslag vaststellen",
  freezeIncompleteConfirm: (n: number): string =>
    `${n === 1 ? "Eén actie mist" : `${n} acties missen`} nog een organisatie, een verantwoordelijke of een deadline; in het verslag staat daar een streepje. Toch vaststellen?`,
  freezeAgainConfirm: (latest: number, frozenAt: string, next: number): string =>
    `Versie ${latest} van dit verslag is al vastgesteld (${frozenAt}). Als u nu vaststelt, wordt een nieuwe versie ${next} gemaakt; versie ${latest} blijft bewaard. Wilt u versie ${next} vaststellen?`,
  recordChangedSince: (version: number): string =>
    `Besluiten of aanwezigheid zijn gewijzigd sinds versie ${version} is vastgesteld. Wie het verslag downloadt, leest die wijziging pas als u een nieuwe versie vaststelt.`,
  versions: "Vastgestelde versies",
  noVersions: "Nog geen vastgestelde versie.",
  version: (n: number, at: string): string => `Versie ${n}, ${at}`,
  downloadPdf: "PDF",
  downloadDocx: "DOCX",
  /** A download link's accessible name; `of` names the overleg where the page lists several. */
  downloadLabel: (version: number, format: "pdf" | "docx", of?: string): string =>
    `Verslag versie ${version}${of === undefined ? "" : ` van ${of}`} als ${format === "pdf" ? "PDF" : "Word-document"}`,
  downloadNotAllowed:
    "Alleen de voorzitter, wie bij deze casus aanwezig was, de casusregisseur en de procesregisseurs kunnen het verslag downloaden.",
  // Phases
  phaseHeading: "Vervolg van de casus",
  phaseCurrent: (phase: string): string => `Huidige fase: ${phase}`,
  phaseClosed: "De casus is gesloten.",
  phaseNoStep: (phase: string): string =>
    `Vanuit de fase ${phase} kan de casus hier niet verder: eerst wordt het triagebesluit genomen, onder Triage bij de casus hiernaast.`,
  closeConfirm: (openActions: number): string =>
    `Casus sluiten? Daarmee gaat de bewaartermijn in en is de casus voor iedereen alleen nog te lezen.${
      openActions === 0
        ? ""
        : openActions === 1
          ? " Er staat nog 1 open actie: die hoort dan bij een reguliere partner belegd te zijn. Ze staat daarna niet meer in Mijn acties en geeft geen signalen meer; in de casus blijft ze te lezen."
          : ` Er staan nog ${openActions} open acties: die horen dan bij een reguliere partner belegd te zijn. Ze staan daarna niet meer in Mijn acties en geven geen signalen meer; in de casus blijven ze te lezen.`
    }`,
  toUitvoering: "Naar uitvoering",
  startAfschaling: "Afschaling starten",
  updateAfschaling: "Afschaling bijwerken",
  closeNeedsCriteria:
    "Sluiten kan zodra aan alle afschalingscriteria is voldaan: vink ze hierboven aan en kies Afschaling bijwerken.",
  close: "Casus sluiten",
  criteriaHeading: "Afschalingscriteria",
  handedBackTo: "Overgedragen aan (bijv. sociaal wijkteam)",
  toelichting: "Toelichting",
  afschalingNotRecorded:
    "Wat u bij de afschaling heeft getypt is nog niet vastgelegd en gaat verloren als u deze pagina verlaat. Toch verlaten?",
  afschalingRecorded: (to: string, met: number, of: number): string =>
    `Afschaling gestart; overgedragen aan ${to}. Voldaan aan ${met} van de ${of} criteria.`,
  followUp: "Vervolgoverleg plannen",
  followUpPlanned: "Het vervolgoverleg is gepland.",
  openFollowUp: "Naar het vervolgoverleg",
  followUpOnPlanned: "Bespreken op een gepland overleg",
  followUpOption: (title: string, when: string): string => `${title} (${when})`,
  followUpAdd: "Op dit overleg zetten",
  followUpOrNew: "Of in een nieuw overleg:",
  followUpAdded: "De casus staat op het geplande overleg, met de openstaande acties.",
  openFollowUpPlanned: "Naar dat overleg",
};
