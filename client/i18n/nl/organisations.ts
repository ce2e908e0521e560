/** Dutch texts of the Organisaties section of the Beheer page. */
export const organisations = {
  section: "Organisaties",
  title: "Partnerorganisaties",
  intro:
    "De organisaties die aan tafel zitten: politie, OM, GGZ, gemeenten, Veilig Thuis en de andere partners. Elk account hoort bij één organisatie, en de triage adviseert welke soorten partners nodig zijn. Een nieuwe naam geldt direct overal; een vastgesteld verslag houdt de naam van toen.",
  loading: "Organisaties worden geladen…",
  tableCaption: "Partnerorganisaties",
  columnName: "Naam",
  columnKind: "Soort",
  columnAccounts: "Accounts",
  columnManage: "Beheren",
  accounts: (n: number): string => (n === 1 ? "1 account" : `${n} accounts`),
  none: "Er zijn nog geen organisaties.",
  edit: "Wijzigen",
  editTitle: (name: string): string => `${name} wijzigen`,
  /** Hidden after a button's visible text, so a screen reader hears whose row it is. */
  forWhich: (name: string): string => ` (${name})`,
  name: "Naam",
  kind: "Soort organisatie",
  chooseKind: "Kies een soort",
  createTitle: "Organisatie toevoegen",
  create: "Toevoegen",
  save: "Opslaan",
  created: (name: string): string => `${name} is toegevoegd.`,
  changed: (name: string): string => `${name} is gewijzigd.`,
};
