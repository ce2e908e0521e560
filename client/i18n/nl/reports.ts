/** Dutch texts of the Rapportages page: the management report of the procesregisseur's region. */

export const reports = {
  title: "Rapportages",
  intro: (regio: string): string =>
    `Managementinformatie over ${regio}: instroom, triage-uitkomsten, doorlooptijden, overleggen en acties. Alleen aantallen; er staan geen personen of casussen in.`,
  loading: "Rapportage wordt geladen…",
  periodLegend: "Periode",
  periodFrom: "Van",
  periodTo: "Tot en met",
  apply: "Toon",
  defaultPeriod: "Afgelopen twaalf maanden",
  invalidPeriod: (field: string, reason: string): string => `${field}: ${reason}.`,
  periodShown: (from: string, to: string): string => `Periode ${from} tot en met ${to}.`,
  cohortNote:
    "Instroom, triage en doorlooptijd gaan over de casussen die in de periode zijn aangemeld (Nederlandse tijd).",
  todayNote: (today: string): string => `Stand van vandaag (${today}), ongeacht de periode.`,

  columnCount: "Aantal",
  columnShare: "Aandeel",
  total: "Totaal",

  instroomTitle: "Instroom",
  instroomTotal: (n: number): string =>
    n === 1 ? "1 casus aangemeld in de periode." : `${n} casussen aangemeld in de periode.`,
  perMonthCaption: "Aanmeldingen per maand",
  columnMonth: "Maand",
  perHourCaption: "Aanmeldingen per uur van de dag",
  columnHour: "Uur",
  hourRange: (hour: number): string =>
    `${String(hour).padStart(2, "0")}:00–${String((hour + 1) % 24).padStart(2, "0")}:00`,
  perKindCaption: "Aanmeldingen per soort casusoverleg",
  columnKind: "Soort",

  triageTitle: "Triage",
  oordelenCaption: "Triage-uitkomst (kleur)",
  oordelenNote:
    "Het besloten oordeel, of anders het definitieve oordeel van de triage. Het aandeel is berekend over de casussen met een kleur.",
  columnOordeel: "Oordeel",
  zonderOordeel: "Nog geen definitief oordeel",
  besluitenCaption: "Triagebesluit",
  besluitenNote: "Het aandeel is berekend over de casussen waarover is besloten.",
  columnBesluit: "Besluit",
  zonderBesluit: "Nog geen besluit",

  doorlooptijdTitle: "Doorlooptijd",
  doorlooptijdCaption: "Mediane doorlooptijd vanaf aanmelding",
  columnStage: "Tot",
  columnMedian: "Mediaan",
  columnCases: "Casussen",
  totTriagebesluit: "Triagebesluit",
  totSluiting: "Sluiting van de casus",
  days: (n: number, formatted: string): string => (n === 1 ? "1 dag" : `${formatted} dagen`),
  noMedian: "–",

  fasenTitle: "Casussen per fase",
  fasenCaption: "Alle casussen van de regio per fase",
  columnPhase: "Fase",

  overleggenTitle: "Overleggen",
  overleggenCaption: "Gehouden overleggen in de periode",
  overleggenNote:
    "Een overleg telt als gehouden als de voorzitter het in de periode heeft gestart.",
  columnOverleg: "Soort overleg",
  agendaCaption: "Agendapunten van de gehouden overleggen",
  columnAgenda: "Agendapunt",
  casusbesprekingen: "Casusbesprekingen",
  algemenePunten: "Algemene punten",
  verslagen: "Casusbesprekingen met vastgesteld verslag",

  actiesTitle: "Acties per partnerorganisatie",
  actiesCaption: "Acties uit de plannen van aanpak per partnerorganisatie",
  actiesNote:
    "Open, in uitvoering en te laat: stand van vandaag. Afgerond: in de periode. Vervallen acties tellen niet mee.",
  columnOrganisation: "Organisatie",
  columnOpen: "Open",
  columnInUitvoering: "In uitvoering",
  columnTeLaat: "Te laat",
  columnAfgerond: "Afgerond in periode",
  noOrganisation: "Geen of onbekende organisatie",
  noActions: "Er zijn geen acties om te tellen.",
};
