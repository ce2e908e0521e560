/** Dutch texts of the case team (casusteam) on the case page. */
export const caseTeam = {
  title: "Casusteam",
  intro:
    "Wie als partner aan deze casus werkt. Eén gezin, één plan, één regisseur: een casus heeft ten hoogste één casusregisseur.",
  regionNote:
    "De procesregisseurs van de regio zien elke casus van de regio, ook als zij hier niet staan.",
  tableCaption: "Leden van het casusteam",
  columnName: "Naam",
  columnOrganisation: "Organisatie",
  columnRole: "Rol in de casus",
  columnAccess: "Rechten",
  columnManage: "Wijzigen",
  you: "(u)",
  noAccess:
    "(geen toegang meer: account geblokkeerd, naar een andere organisatie of regio, of geen partnerrol)",
  readWrite: "Lezen en schrijven",
  readOnly: "Alleen lezen",
  empty: "Er staat nog niemand in het casusteam.",
  roleOf: (name: string): string => `Rol van ${name} in de casus`,
  save: "Opslaan",
  remove: "Verwijderen",
  /** Hidden after a button's visible text, so a screen reader hears whose row it is. */
  forWhom: (name: string): string => ` (${name})`,
  removeConfirm: (name: string, openActions: number): string =>
    `${name} uit het casusteam verwijderen? Wie geen procesregisseur van de regio is, heeft daarna direct geen toegang meer tot deze casus.` +
    (openActions > 0
      ? ` ${name} is verantwoordelijk voor ${openActions === 1 ? "1 openstaande actie" : `${openActions} openstaande acties`} van deze casus; die blijven op diens naam staan. Wijs ze daarna opnieuw toe.`
      : ""),
  stepsDown: (name: string): string => `${name} is nu casusregisseur en wordt dan deelnemer.`,
  added: (name: string): string => `${name} is aan het casusteam toegevoegd.`,
  changed: (name: string): string => `De rol of rechten van ${name} zijn gewijzigd.`,
  removed: (name: string): string => `${name} is uit het casusteam verwijderd.`,
  addTitle: "Partner toevoegen",
  person: "Persoon",
  choosePerson: "Kies een persoon",
  invitedGroup: "Uitgenodigd bij de aanmelding",
  otherGroup: "Andere partners in de regio",
  candidate: (name: string, organisation: string): string => `${name} — ${organisation}`,
  noCandidates: "Er zijn geen partners meer die aan dit casusteam kunnen worden toegevoegd.",
  loadingCandidates: "Partners worden geladen…",
  role: "Rol in de casus",
  add: "Toevoegen aan casusteam",
};
