/** Dutch texts of the bewaartermijn: the beheerder's setting and a closed case's retention panel. */
import { EXTENSION_REASON_LENGTH, RETENTION_MONTHS } from "../../../shared/api/retention.js";

/** When a case whose retention passed is destroyed: nothing goes before the period is confirmed. */
function destroyedWhen(awaitsConfirmation: boolean): string {
  return awaitsConfirmation
    ? "wordt vernietigd zodra de beheerder de bewaartermijn bevestigt"
    : "wordt bij de eerstvolgende dagelijkse ronde vernietigd";
}

/** "1 maand", "24 maanden". */
function monthsText(months: number): string {
  return months === 1 ? "1 maand" : `${months} maanden`;
}

export const retention = {
  /** The Beheer page's section. */
  setting: {
    title: "Bewaartermijn",
    intro:
      "Een gesloten casus wordt vernietigd zodra de bewaartermijn na de datum van sluiten is verstreken, tenzij een procesregisseur de termijn van die casus heeft verlengd. Stel de termijn in die het convenant en het verwerkingsregister van uw Zorg- en Veiligheidshuis noemen.",
    loading: "Bewaartermijn wordt geladen…",
    current: (months: number): string =>
      `Een gesloten casus wordt nu ${monthsText(months)} na de datum van sluiten vernietigd.`,
    unconfirmed: (months: number): string =>
      `De bewaartermijn is nog niet bevestigd. Tot u een termijn opslaat, vernietigt Casustafel geen gesloten casussen. Voorgesteld: ${monthsText(months)} na de datum van sluiten.`,
    formTitle: "Bewaartermijn wijzigen",
    months: "Bewaartermijn in maanden",
    monthsHint: `Een heel aantal maanden, van ${RETENTION_MONTHS.min} tot en met ${RETENTION_MONTHS.max}. De nieuwe termijn geldt direct voor alle gesloten casussen.`,
    save: "Opslaan",
    confirm: "Bevestigen en opslaan",
    saved: (months: number): string => `De bewaartermijn is ingesteld op ${monthsText(months)}.`,
    /** Asked before a shorter period, or any period that destroys cases, is saved. */
    destroyConfirm: (from: number, to: number, cases: number): string =>
      `De bewaartermijn ${to < from ? "inkorten" : "instellen"} van ${monthsText(from)} naar ${monthsText(to)}? ${
        cases === 0
          ? "Er is nu geen gesloten casus waarvan de nieuwe termijn al is verstreken."
          : `Daardoor ${cases === 1 ? "wordt 1 gesloten casus" : `worden ${cases} gesloten casussen`} bij de eerstvolgende dagelijkse ronde vernietigd. Dat kan niet ongedaan worden gemaakt.`
      }`,
  },
  /** The panel on a closed case's page. */
  caseView: {
    title: "Bewaartermijn",
    summary: (closedOn: string, keptUntil: string): string =>
      `Gesloten op ${closedOn}. Wordt bewaard tot en met ${keptUntil} en daarna vernietigd.`,
    passed: (closedOn: string, keptUntil: string, awaitsConfirmation: boolean): string =>
      `Gesloten op ${closedOn}. De bewaartermijn is verstreken op ${keptUntil}; de casus ${destroyedWhen(awaitsConfirmation)}.`,
    waitsForConfirmation:
      "De beheerder heeft de bewaartermijn nog niet bevestigd; tot dan wordt geen gesloten casus vernietigd.",
    extensionsTitle: "Verlengingen",
    extensionsCaption: "Verlengingen van de bewaartermijn, oudste eerst",
    extendedUntil: (until: string): string => `Verlengd tot en met ${until}`,
    extendedBy: (who: string, organisation: string, when: string): string =>
      organisation === "" ? `door ${who} op ${when}` : `door ${who} (${organisation}) op ${when}`,
    formTitle: "Bewaartermijn verlengen",
    formIntro:
      "Verleng alleen als de gegevens nog nodig zijn, bijvoorbeeld voor een lopende procedure. De reden wordt bij de casus vastgelegd en is voor iedereen met toegang te zien.",
    until: "Bewaren tot en met",
    untilHint: (keptUntil: string, latest: string): string =>
      `Een datum na ${keptUntil}, tot en met ${latest}.`,
    tooLate: (latest: string): string => `Verleng tot ten hoogste ${latest}.`,
    reason: "Reden van de verlenging",
    reasonHint: `Ten minste ${EXTENSION_REASON_LENGTH.min} en ten hoogste ${EXTENSION_REASON_LENGTH.max} tekens.`,
    submit: "Bewaartermijn verlengen",
    busy: "Bezig…",
    chooseDate: "Kies een datum.",
    notLater: (keptUntil: string): string =>
      `Kies een datum na de huidige bewaartermijn (${keptUntil}).`,
    extended: (until: string): string => `De bewaartermijn is verlengd tot en met ${until}.`,
    withdrawnBy: (who: string, organisation: string, when: string): string =>
      organisation === ""
        ? `Ingetrokken door ${who} op ${when}`
        : `Ingetrokken door ${who} (${organisation}) op ${when}`,
    withdraw: "Verlenging intrekken",
    withdrawBusy: "Bezig…",
    withdrawHint: (keptUntil: string, passed: boolean): string =>
      passed
        ? "Zonder deze verlenging is de bewaartermijn verstreken."
        : `Zonder deze verlenging wordt de casus bewaard tot en met ${keptUntil}.`,
    withdrawConfirm: (
      until: string,
      keptUntil: string,
      passed: boolean,
      awaitsConfirmation: boolean,
    ): string =>
      passed
        ? `De verlenging tot en met ${until} intrekken? De bewaartermijn is dan verstreken (${keptUntil}): de casus ${destroyedWhen(awaitsConfirmation)}. Dat kan niet ongedaan worden gemaakt.`
        : `De verlenging tot en met ${until} intrekken? De casus wordt dan bewaard tot en met ${keptUntil}.`,
    withdrawn: (keptUntil: string, passed: boolean, awaitsConfirmation: boolean): string =>
      passed
        ? `De verlenging is ingetrokken. De casus ${destroyedWhen(awaitsConfirmation)}.`
        : `De verlenging is ingetrokken. De casus wordt bewaard tot en met ${keptUntil}.`,
  },
};
