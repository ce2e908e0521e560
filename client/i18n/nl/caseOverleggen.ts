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
};
