/** Dutch texts of the aanmelding as the case page shows it. */
export const caseAanmelding = {
  title: "Aanmelding",
  registeredBy: (name: string, organisation: string, date: string): string =>
    organisation === ""
      ? `Aangemeld door ${name} op ${date}`
      : `Aangemeld door ${name} (${organisation}) op ${date}`,
  reden: "Reden van aanmelding",
  verwachting: "Wat verwacht de aanmelder van de partners?",
  doel: "Doel van het casusoverleg",
  informed: "Betrokkene geïnformeerd",
  informedYes: "Ja",
  informedNo: "Nee",
  redenNietGeinformeerd: "Waarom niet geïnformeerd",
  partnersTitle: "Partners om uit te nodigen",
  partnersCaption: "Partners die de aanmelder wil uitnodigen, met hun contactpersoon",
  organisation: "Organisatie",
  contactpersoon: "Contactpersoon",
  noPartners: "De aanmelder heeft geen partners opgegeven.",
  guestNote:
    "U bent uitgenodigd voor één overleg. De uitgenodigde partners en hun contactpersonen ziet alleen het casusteam.",
};
