/** Dutch texts of the case page: documents, triage, leefgebieden, plan, presence and sync. */
export const caseWorkspace = {
  loading: "Casus wordt geladen…",
  unavailableTitle: "Geen toegang of niet gevonden",
  unavailableBody:
    "Deze casus bestaat niet, of u heeft er geen toegang toe. Alleen wie voor een casus is uitgenodigd kan hem openen.",
  backToList: "Terug naar Casussen",
  caseActionsLink: "Acties van deze casus",
  kind: "Soort overleg",
  phase: "Fase",
  betrokkenen: {
    one: "Betrokkene",
    many: "Betrokkenen",
    born: (date: string) => `geboren ${date}`,
    bsn: (bsn: string) => `BSN ${bsn}`,
    bsnElsewhereDifferent:
      "Let op: dit BSN staat in een andere casus bij een andere naam of geboortedatum. Controleer het BSN; een verkeerd BSN koppelt gegevens aan de verkeerde persoon.",
    inzage: "Inzageoverzicht:",
    inzagePdf: "PDF",
    inzageDocx: "Word",
    inzagePdfLabel: (naam: string) => `Inzageoverzicht van ${naam} als PDF`,
    inzageDocxLabel: (naam: string) => `Inzageoverzicht van ${naam} als Word-document`,
    inzageHint:
      "Een inzageoverzicht omvat elke casus van de regio waarin de persoon met hetzelfde BSN en dezelfde geboortedatum voorkomt; zoek andere casussen zelf op. Controleer het vóór verstrekking: teksten en de titel van een casus kunnen gegevens over anderen bevatten (art. 15 lid 4 AVG), en is de betrokkene niet geïnformeerd, ga dan na of een uitzondering geldt. In Word kunt u eerst onleesbaar maken wat niet verstrekt mag worden.",
  },
  documents: "Documenten van deze casus",
  readOnlyNotice:
    "U kunt deze casus alleen lezen. Wijzigingen zijn niet mogelijk; wat anderen wijzigen ziet u direct.",
  closedNotice: "Deze casus is gesloten en is voor iedereen alleen nog te lezen.",
  readOnlyRefused:
    "De server heeft een wijziging geweigerd: u heeft alleen leesrechten. Herlaad de pagina.",
  leaveUnsaved:
    "Niet al uw wijzigingen zijn opgeslagen: de verbinding met de server is weg. Als u deze pagina nu verlaat, gaan ze verloren. Toch verlaten?",
  sync: {
    label: "Verbinding",
    connecting: "Verbinden…",
    connected: "Verbonden",
    saving: "Wijzigingen worden opgeslagen…",
    unconfirmed: "Nog niet opgeslagen — verbinding controleren…",
    reconnecting: "Opnieuw verbinden…",
    offlineUnsaved: "Offline — wijzigingen nog niet opgeslagen",
    closed: "Verbinding gesloten",
  },
  presence: {
    label: "Nu in dit document",
    you: "(u)",
    nobodyElse: "Verder niemand",
  },
  triage: {
    questionsTitle: "Triagevragen",
    bekendBijTitle: "Bekend bij ons",
    bekendBijIntro:
      "Elke partner geeft alleen voor de eigen organisatie aan of de betrokkene daar bekend is (DAT-informatie).",
    ownOrganisation: (name: string): string => `${name} (uw organisatie)`,
    rtiGTitle: "Risicotaxatie geweld (RTI-G)",
    rtiGNone: "Nog niet ingevuld",
    answeredBy: (who: string, when: string): string => `Ingevuld door ${who} op ${when}`,
    noPartners: "Er zijn nog geen partnerorganisaties bekend voor deze casus.",
    formerPartner: (name: string): string => `${name} (niet meer in het casusteam)`,
    panelTitle: "Uitkomst triage (live)",
    criteria: "Landelijke criteria",
    meetsCriteria: { ja: "Voldoet", nee: "Voldoet niet", onbekend: "Nog niet te zeggen" },
    oordeel: "Oordeel",
    voorlopig: "voorlopig",
    advies: "Advies",
    partners: "Nodig aan tafel",
    informatieniveau: "Informatiedeling",
    ave: "Escalatieniveau",
    priority: "Prioriteit",
    priorityValue: (n: number): string => `${n} van 100`,
    completeness: "Ingevuld",
    openLeefgebieden: (n: number): string =>
      n === 1
        ? "(waarvan 1 leefgebied, op het tabblad Leefgebieden)"
        : `(waarvan ${n} leefgebieden, op het tabblad Leefgebieden)`,
    reasons: "Toelichting",
    rulesVersion: (v: string): string => `Regelversie ${v}`,
    latestRecord: (besluit: string, oordeel: string, who: string, when: string): string =>
      `Triagebesluit: ${besluit} (oordeel ${oordeel.toLowerCase()}), vastgelegd door ${who} op ${when}.`,
    besluitTitle: "Triagebesluit",
    besluitIntro:
      "Leg als procesregisseur vast wat er met de casus gebeurt. De uitkomst wordt met de regelversie bewaard.",
    besluitLegend: "Besluit",
    toelichting: "Toelichting",
    toelichtingHint: "Verplicht bij advies en terugverwijzen.",
    besluitSubmit: "Triagebesluit vastleggen",
    besluitBusy: "Bezig met vastleggen…",
    besluitDone: "Het triagebesluit is vastgelegd.",
    besluitAdvice: (advies: string, provisional: boolean): string =>
      provisional
        ? `De triage adviseert voorlopig: ${advies}. Nog niet alle criteria zijn beantwoord; kies zelf een besluit.`
        : `De triage adviseert: ${advies}.`,
    besluitMissing: "Kies een besluit.",
    erasureTitle: "Ten onrechte aangemeld?",
    erasureIntro:
      "Is deze aanmelding dubbel, over de verkeerde persoon of anders ten onrechte gedaan? Verwijder haar dan met alles wat erbij is vastgelegd. Dat kan alleen zolang er geen triagebesluit is, en kan niet ongedaan worden gemaakt. De audittrail bewaart dat ze is verwijderd, met de reden.",
    erasureReason: "Reden",
    erasureChoose: "Kies een reden",
    erasureSubmit: "Aanmelding verwijderen",
    erasureConfirm:
      "De aanmelding en alles wat erbij is vastgelegd worden verwijderd. Dit kan niet ongedaan worden gemaakt. Doorgaan?",
    erasureBusy: "Bezig met verwijderen…",
  },
  leefgebieden: {
    title: "Leefgebieden (Zelfredzaamheid-Matrix)",
    summary: (acute: number, notSelfReliant: number, scored: number, total: number): string =>
      `${acute} acuut · ${notSelfReliant} niet zelfredzaam · ${scored} van ${total} gescoord`,
    score: "Score",
    noScore: "Geen score",
    note: "Toelichting",
    setBy: (who: string, when: string): string => `Gescoord door ${who} op ${when}`,
    notScored: "Nog niet gescoord",
    stale: "Ouder dan 30 dagen — opnieuw beoordelen",
    trend: (direction: "up" | "down" | "same", previous: number): string =>
      direction === "up"
        ? `▲ verbeterd (was ${previous})`
        : direction === "down"
          ? `▼ verslechterd (was ${previous})`
          : `= gelijk gebleven (was ${previous})`,
    earlier: (items: string[], older: number): string =>
      `Eerdere scores: ${items.join(" · ")}${older > 0 ? ` (en ${older} eerder)` : ""}`,
    earlierItem: (score: number, when: string, who: string): string =>
      `${score} op ${when} door ${who}`,
    instrument: (version: string): string => `Instrument: ${version}`,
  },
  editor: {
    toolbar: "Opmaak",
    bold: "Vet",
    italic: "Cursief",
    heading: "Kop",
    bulletList: "Opsomming",
    orderedList: "Genummerde lijst",
    undo: "Ongedaan maken",
    redo: "Opnieuw",
    insertAction: "Actie toevoegen",
    slashHint:
      "Tip: typ /actie en druk op Enter, of gebruik Ctrl+Shift+A, om een actie toe te voegen.",
    editorLabel: (doc: string): string => `${doc} (bewerkbaar)`,
    readOnlyEditorLabel: (doc: string): string => `${doc} (alleen lezen)`,
    editorKeys:
      "Tab laat een opsommingspunt inspringen, Shift+Tab haalt het terug. Esc verlaat de tekst; daarna gaat Tab verder op de pagina.",
  },
  action: {
    label: "Actie",
    text: "Omschrijving",
    organisation: "Uitvoerende organisatie",
    unknownOrganisation: "Onbekende organisatie",
    chooseOrganisation: "Kies een organisatie",
    responsible: "Verantwoordelijke",
    /** Shown for a responsible user who is not (any more) in the case team. */
    notInTeam: "Iemand buiten het casusteam",
    withoutAccess: (label: string): string => `${label}, geen toegang meer: geef de actie door`,
    dueDate: "Deadline",
    status: "Status",
    kind: "Soort",
    chooseKind: "Kies zorg of straf",
    leefgebied: "Leefgebied",
    noLeefgebied: "Geen leefgebied",
    vervallenReden: "Reden vervallen",
    incomplete: "Onvolledig",
    late: "Te laat",
  },
  plan: {
    balanceTitle: "Balans zorg en straf",
    balanceCounts: (zorg: number, straf: number): string =>
      `${zorg} zorgactie${zorg === 1 ? "" : "s"} · ${straf} straf-, dwang- of drangactie${straf === 1 ? "" : "s"}`,
  },
  someone: "een deelnemer",
  you: "u",
};
