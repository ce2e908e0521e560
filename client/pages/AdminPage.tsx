/**
 * Beheer: the beheerder's page, in sections with links between them (`/beheer/<section>`): the
 * audit trail (NEN 7513), the accounts, the partner organisations and the bewaartermijn. `/beheer` opens the audit trail.
 * Each section loads only when it is shown, so opening Accounts does not read (and record a read
 * of) the trail.
 */
import type { ComponentType } from "react";
import { Navigate, NavLink, useParams } from "react-router";
import { AccountsSection } from "../admin/accounts/AccountsSection.js";
import {
  ADMIN_SECTIONS,
  adminSectionPath,
  DEFAULT_ADMIN_SECTION,
  isAdminSection,
  type AdminSection,
} from "../admin/adminSections.js";
import { AuditTrailSection } from "../admin/AuditTrailSection.js";
import { OrganisationsSection } from "../admin/organisations/OrganisationsSection.js";
import { RetentionSection } from "../admin/retention/RetentionSection.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { NotFoundPage } from "./NotFoundPage.js";

const t = messages.accounts;

/** Each section's link text and content. */
const SECTIONS: Record<AdminSection, { label: string; Content: ComponentType }> = {
  audit: { label: t.sectionAudit, Content: AuditTrailSection },
  accounts: { label: t.sectionAccounts, Content: AccountsSection },
  organisaties: { label: messages.organisations.section, Content: OrganisationsSection },
  bewaartermijn: { label: t.sectionRetention, Content: RetentionSection },
};

/** The Beheer page. */
export function AdminPage() {
  const { section } = useParams();
  // `/beheer` shows its first section under that section's own address, so its link is marked.
  if (section === undefined) {
    return <Navigate to={adminSectionPath(DEFAULT_ADMIN_SECTION)} replace />;
  }
  if (!isAdminSection(section)) return <NotFoundPage />;
  return <AdminSectionPage section={section} />;
}

/** The page with one section shown. */
function AdminSectionPage({ section }: { section: AdminSection }) {
  const { label, Content } = SECTIONS[section];
  useDocumentTitle(`${label} · ${messages.nav.beheer}`);
  return (
    <>
      <h1>{messages.nav.beheer}</h1>
      <nav className="acc-tabs" aria-label={t.sectionsLabel}>
        <ul>
          {ADMIN_SECTIONS.map((s) => (
            <li key={s}>
              <NavLink to={adminSectionPath(s)} className="acc-tab">
                {SECTIONS[s].label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Content />
    </>
  );
}
