import { accounts } from "./nl/accounts.js";
import { actions } from "./nl/actions.js";
import { afschaling } from "./nl/afschaling.js";
import { audit } from "./nl/audit.js";
import { caseAanmelding } from "./nl/caseAanmelding.js";
import { caseOverleggen } from "./nl/caseOverleggen.js";
import { caseTeam } from "./nl/caseTeam.js";
import { caseWorkspace } from "./nl/caseWorkspace.js";
import { casussenNl } from "./nl/cases.js";
import { meetingsNl } from "./nl/meetings.js";
import { organisations } from "./nl/organisations.js";
import { ownPassword } from "./nl/ownPassword.js";
import { reports } from "./nl/reports.js";
import { retention } from "./nl/retention.js";

/**
 * The Dutch message catalogue: every text the user sees. Components read it through
 * `messages.ts`, so a second language is one more file of the same shape.
 */
export const nl = {
  accounts,
  actions,
  afschaling,
  audit,
  caseWorkspace,
  caseAanmelding,
  caseOverleggen,
  caseTeam,
  meetings: meetingsNl,
  organisations,
  ownPassword,
  reports,
  retention,
  app: {
    productName: "Casustafel",
    documentTitle: (page: string): string => `${page} · Casustafel`,
    skipToContent: "Naar de inhoud",
    loading: "Casustafel wordt geladen…",
    unreachableTitle: "Casustafel is niet bereikbaar",
    unreachableBody: "De server reageert niet. Controleer uw verbinding en probeer het opnieuw.",
    retry: "Opnieuw proberen",
    retrying:
      "Casustafel probeert het vanzelf opnieuw en laadt de pagina zodra de server weer bereikbaar is.",
    stale: "U ziet wat het laatst is geladen.",
    staleRetrying:
      "U ziet wat het laatst is geladen; Casustafel werkt het vanzelf bij zodra de server weer bereikbaar is.",
  },
  login: {
    title: "Inloggen",
    intro: "Log in met het account dat u van uw Zorg- en Veiligheidshuis heeft gekregen.",
    username: "Gebruikersnaam",
    password: "Wachtwoord",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    missingFields: "Vul uw gebruikersnaam en wachtwoord in.",
    invalidCredentials: "Gebruikersnaam of wachtwoord onjuist.",
    tooManyAttempts:
      "Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het daarna opnieuw.",
    sessionExpired: "Uw sessie is verlopen. Log opnieuw in.",
  },
  frame: {
    mainNavigation: "Hoofdmenu",
    signedInAs: "Ingelogd als",
    logout: "Uitloggen",
    logoutFailed: "Uitloggen is niet gelukt. Probeer het opnieuw.",
    unreadSignals: (n: number): string => (n === 1 ? "ongelezen signaal" : "ongelezen signalen"),
    idleWarningTitle: "U wordt bijna uitgelogd",
    idleWarning:
      "Omdat u een tijd niets heeft gedaan, wordt u over enkele minuten uitgelogd. Klik op Ingelogd blijven, of typ of klik ergens op de pagina.",
    lifetimeWarning:
      "Uw sessie eindigt over enkele minuten: na de maximale duur van een sessie logt u opnieuw in. Wat u in de documenten typte, is opgeslagen; leg een besluit of formulier nu vast.",
    idleCountdown: (left: string): string => `Nog ${left}`,
    stayIn: "Ingelogd blijven",
  },
  nav: {
    casussen: "Casussen",
    overleggen: "Overleggen",
    mijnActies: "Mijn acties",
    rapportages: "Rapportages",
    beheer: "Beheer",
  },
  casussen: casussenNl,
  casePage: {
    title: "Casus",
    body: "Het casusdossier met casusanalyse, leefgebieden en plan van aanpak komt op deze pagina.",
    backToList: "Terug naar Casussen",
  },
  access: {
    forbiddenTitle: "Geen toegang",
    forbiddenBody: "U heeft geen toegang tot deze pagina.",
    notFoundTitle: "Pagina niet gevonden",
    notFoundBody: "Deze pagina bestaat niet. Kies een onderdeel in het menu.",
  },
  errors: {
    network: "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
    server: "Er ging iets mis bij de server. Probeer het later opnieuw.",
    unexpectedResponse: "De server gaf een onverwacht antwoord. Probeer het later opnieuw.",
    page: "Deze pagina kon niet worden getoond. Probeer het opnieuw.",
  },
};

/** The shape every language catalogue must have. */
export type Messages = typeof nl;
