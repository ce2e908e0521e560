/** Dutch texts of the afschaling on the case page (the checklist's criteria are the overleg's). */
export const afschaling = {
  title: "Afschaling",
  recorded: (when: string, to: string, met: number, of: number): string =>
    `Laatst vastgelegd op ${when}: overgedragen aan ${to}. Voldaan aan ${met} van de ${of} criteria.`,
  criterionMet: "voldaan",
  criterionOpen: "nog niet voldaan",
  toelichting: (text: string): string => `Toelichting: ${text}`,
  whoMay:
    "De casusregisseur en de procesregisseurs van de regio werken de afschaling hier bij en sluiten de casus zodra aan alle criteria is voldaan; een vervolgoverleg is daarvoor niet nodig.",
  update: "Afschaling bijwerken",
  closeNeedsSaving:
    "U heeft de afschaling gewijzigd: leg dat eerst vast met Afschaling bijwerken, dan kunt u de casus sluiten.",
  updated: "De afschaling is bijgewerkt.",
};
