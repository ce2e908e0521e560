/** Dutch texts of choosing one's own password. */
import { PASSWORD_MIN_LENGTH } from "../../../shared/api/accounts.js";

export const ownPassword = {
  title: "Wachtwoord wijzigen",
  link: "Wachtwoord wijzigen",
  forcedTitle: "Kies een eigen wachtwoord",
  forcedIntro:
    "Uw wachtwoord is ingesteld door een beheerder. Kies eerst een wachtwoord dat alleen u kent; daarna kunt u verder.",
  intro: "Na het wijzigen worden uw sessies op andere apparaten beëindigd.",
  current: "Huidig wachtwoord",
  next: "Nieuw wachtwoord",
  nextHint: `Minstens ${PASSWORD_MIN_LENGTH} tekens; een zin van een paar woorden is sterk en goed te onthouden.`,
  repeat: "Nieuw wachtwoord herhalen",
  mismatch: "De twee nieuwe wachtwoorden zijn niet gelijk.",
  save: "Wachtwoord opslaan",
  saved: "Uw wachtwoord is gewijzigd. Uw sessies op andere apparaten zijn beëindigd.",
};
