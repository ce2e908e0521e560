/** Dutch texts of the overleggen section of the case page. */
export const caseOverleggen = {
  title: "Overleggen",
  intro:
    "Wanneer deze casus op een overleg stond of staat, en de vastgestelde verslagen van die overleggen over deze casus.",
  empty: "Deze casus heeft nog op geen overleg gestaan.",
  loading: "De overleggen worden geladen…",
  tableCaption: "Overleggen waarop deze casus stond of staat",
  columnWhen: "Datum",
  columnTitle: "Overleg",
  columnStatus: "Status",
  columnVerslag: "Verslag",
  noVerslag: "Nog geen verslag vastgesteld",
  version: (n: number, at: string): string => `Versie ${n}, ${at}`,
  downloadPdf: "PDF",
  downloadDocx: "DOCX",
  downloadPdfLabel: (version: number, overleg: string): string =>
    `Verslag versie ${version} van ${overleg} als PDF`,
  downloadDocxLabel: (version: number, overleg: string): string =>
    `Verslag versie ${version} van ${overleg} als Word-document`,
  downloadNotAllowed:
    "Alleen de voorzitter, wie bij deze casus aanwezig was, de casusregisseur en de procesregisseurs kunnen het verslag downloaden.",
};
