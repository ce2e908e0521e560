/** The sections of the Beheer page and their addresses (`/beheer/<section>`). */
import { paths } from "../navigation.js";

/** Every section, in the order of the links between them. */
export const ADMIN_SECTIONS = ["audit", "accounts", "organisaties", "bewaartermijn"] as const;

/** One section of the Beheer page. */
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** The section `/beheer` opens with. */
export const DEFAULT_ADMIN_SECTION: AdminSection = "audit";

/** The address of one section. */
export function adminSectionPath(section: AdminSection): string {
  return `${paths.admin}/${section}`;
}

/** Whether a path segment names a section. */
export function isAdminSection(value: string): value is AdminSection {
  return (ADMIN_SECTIONS as readonly string[]).includes(value);
}
