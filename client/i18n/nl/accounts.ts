/** Dutch texts of the Beheer page's sections and of account management. */
import { PASSWORD_MIN_LENGTH } from "../../../shared/api/accounts.js";

export const accounts = {
  /** The links between the sections of the Beheer page. */
  sectionsLabel: "Onderdelen van Beheer",
  sectionAudit: "Audittrail",
  sectionAccounts: "Accounts",
  sectionRetention: "Bewaartermijn",

  title: "Accounts",
  intro:
    "Alle accounts van het Zorg- en Veiligheidshuis en de partners. Een geblokkeerd account kan niet meer inloggen; wie op dat moment is ingelogd, verliest direct de toegang.",
  loading: "Accounts worden geladen…",
  filterLabel: "Zoek op naam, gebruikersnaam, organisatie of rol",
  count: (shown: number, total: number): string =>
    shown === total
      ? `${total === 1 ? "1 account" : `${total} accounts`}.`
      : `${shown} van ${total} accounts getoond.`,
  noMatch: "Geen accounts gevonden die bij de zoekterm passen.",
  tableCaption: "Accounts",
  columnName: "Naam en gebruikersnaam",
  columnOrganisation: "Organisatie en regio",
  columnRole: "Rol",
  columnStatus: "Status",
  columnCreated: "Aangemaakt",
  columnManage: "Beheren",
  active: "Actief",
  blocked: "Geblokkeerd",
  you: "(u)",
  unknownOrganisation: "Onbekende organisatie",

  /** Hidden after a button's visible text, so a screen reader hears whose row it is. */
  forWhom: (name: string): string => ` (${name})`,
  edit: "Wijzigen",
  auditTrail: "Audittrail",
  editTitle: (name: string): string => `${name} wijzigen`,
  ownRoleNote: "Uw eigen rol kunt u niet wijzigen; dat doet een andere beheerder.",
  save: "Opslaan",
  cancel: "Annuleren",
  block: "Blokkeren",
  unblock: "Deblokkeren",
  blockConfirm: (name: string): string =>
    `${name} blokkeren? Deze persoon kan dan niet meer inloggen en verliest direct de toegang tot open documenten.`,
  unblockConfirm: (name: string): string =>
    `${name} deblokkeren? Deze persoon kan daarna weer inloggen.`,
  setPassword: "Nieuw wachtwoord instellen",
  setPasswordTitle: (name: string): string => `Nieuw wachtwoord voor ${name}`,
  newPassword: "Nieuw wachtwoord",
  passwordHint: `Minstens ${PASSWORD_MIN_LENGTH} tekens. Geef het wachtwoord via een veilige weg door; het is na opslaan nergens meer te zien.`,
  passwordSessionsNote: "Wie met dit account is ingelogd, wordt uitgelogd.",

  createTitle: "Nieuw account",
  username: "Gebruikersnaam",
  usernameHint: "Kleine letters, cijfers, punt, streep en underscore, bijvoorbeeld dn.jansen.",
  displayName: "Naam",
  organisation: "Organisatie",
  chooseOrganisation: "Kies een organisatie",
  role: "Rol",
  chooseRole: "Kies een rol",
  regio: "Regio",
  regioHint:
    "Een procesregisseur ziet elke casus van de eigen regio; een deelnemer wordt alleen aan casussen van de eigen regio toegevoegd.",
  ownRegion: "Uw eigen regio",
  moveHint:
    "Wie naar een andere organisatie of regio gaat, verliest de toegang tot de casussen waarin hij of zij zit; de procesregisseur voegt hem of haar zo nodig opnieuw toe.",
  password: "Eerste wachtwoord",
  optional: "(niet verplicht)",
  create: "Account aanmaken",
  busy: "Bezig…",

  created: (name: string): string => `Het account van ${name} is aangemaakt.`,
  changed: (name: string): string => `De gegevens van ${name} zijn opgeslagen.`,
  blockedDone: (name: string): string =>
    `${name} is geblokkeerd. Deze persoon is uitgelogd en kan niet meer inloggen.`,
  unblockedDone: (name: string): string => `${name} is gedeblokkeerd en kan weer inloggen.`,
  passwordSet: (name: string): string =>
    `Het nieuwe wachtwoord van ${name} is ingesteld. Deze persoon is overal uitgelogd.`,
};
