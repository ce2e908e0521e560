/** The app's addresses and its main menu, as data: the router and the menu read the same list. */
import { REPORT_ROLES } from "../shared/api/reports.js";
import type { Role } from "../shared/domain/roles.js";
import { messages } from "./i18n/messages.js";

/** Every route path of the client. Only ids ever appear in a path, never personal data. */
export const paths = {
  login: "/inloggen",
  cases: "/casussen",
  newCase: "/casussen/nieuw",
  casePattern: "/casussen/:caseId",
  meetings: "/overleggen",
  myActions: "/mijn-acties",
  reports: "/rapportages",
  admin: "/beheer",
  ownPassword: "/wachtwoord",
} as const;

/** The path of one case's page. */
export function casePath(caseId: string): string {
  return `${paths.cases}/${encodeURIComponent(caseId)}`;
}

/** The path of one case's actions page. */
export function caseActionsPath(caseId: string): string {
  return `${casePath(caseId)}/acties`;
}

/** One entry of the main menu; `roles` limits who sees it (everyone when absent). */
export interface NavItem {
  path: string;
  label: string;
  roles?: readonly Role[];
}

/** The roles that may manage users, organisations and settings. */
export const ADMIN_ROLES: readonly Role[] = ["beheerder"];

/** The main menu in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: paths.cases, label: messages.nav.casussen },
  { path: paths.meetings, label: messages.nav.overleggen },
  { path: paths.myActions, label: messages.nav.mijnActies },
  { path: paths.reports, label: messages.nav.rapportages, roles: REPORT_ROLES },
  { path: paths.admin, label: messages.nav.beheer, roles: ADMIN_ROLES },
];

/** Where a user with `role` starts: the beheerder manages, everyone else works on cases. */
export function homePath(role: Role): string {
  return ADMIN_ROLES.includes(role) ? paths.admin : paths.cases;
}

/** The menu entries a user with `role` sees. */
export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === undefined || item.roles.includes(role));
}
