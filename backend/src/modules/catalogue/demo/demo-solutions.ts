import { MaintenanceType, SolutionDomain as D, SolutionMaturity as M, SolutionType as T } from '../catalogue.enums.js';

export interface DemoSolution {
  slug: string;
  name: string;
  summary: string;
  description: string;
  type: T;
  domains: D[];
  provider: string;
  licence?: string;
  openSource?: boolean;
  cost: string;
  maturity: M;
  maintenance: MaintenanceType;
  until?: string;
  processes: string[];
  roles: string[];
  effort: [number, number];
  population?: [number | null, number | null];
  required: string[];
  recommended?: string[];
  prerequisites?: [string, number][];
  steps: string[];
  standards?: string[];
  trajects?: string[];
  changeNotes: string;
}

const NOTE = 'Voorbeeld uit de demogegevens van Ketenwerk: de beschrijving is plausibel maar niet nagekeken.';

/** About 25 plausible solutions for Flemish local governments; all marked as demo data. */
export const DEMO_SOLUTIONS: DemoSolution[] = [
  {
    slug: 'digitale-aangifte-overlijden', name: 'Digitale aangifte van overlijden', type: T.AANPAK, domains: [D.BURGERZAKEN, D.E_DIENSTVERLENING],
    summary: 'Artsen en begrafenisondernemers geven een overlijden digitaal aan; de dienst burgerzaken volgt op zonder papier.',
    description: `Een aanpak en keten om de aangifte van een overlijden volledig digitaal te laten verlopen, van de arts die het overlijden vaststelt tot de ambtenaar van de burgerlijke stand. ${NOTE}`,
    provider: 'Digitaal Vlaanderen', cost: 'Geen licentiekost; tijd voor procesaanpassing', maturity: M.STABLE, maintenance: MaintenanceType.INTERNAL,
    processes: ['Aangifte van overlijden', 'Akte van overlijden opmaken'], roles: ['Proceseigenaar burgerzaken', 'Ambtenaar burgerlijke stand'],
    effort: [10, 25], required: ['magda', 'acm-idm'], recommended: ['documentbeheer'], prerequisites: [['procesbeheer', 40]],
    steps: ['Breng het huidige proces van de aangifte in kaart', 'Spreek af met begrafenisondernemers in de gemeente', 'Leid de medewerkers van burgerzaken op'],
    standards: ['DABS'], trajects: ['digitale-aangifte-overlijden'],
    changeNotes: 'Betrek begrafenisondernemers vroeg: zij veranderen het meest van werkwijze.',
  },
  {
    slug: 'e-loket-attesten', name: 'E-loket voor attesten en uittreksels', type: T.SOFTWARE, domains: [D.BURGERZAKEN, D.E_DIENSTVERLENING],
    summary: 'Burgers vragen uittreksels uit het bevolkingsregister en attesten online aan en ontvangen ze meteen.',
    description: `Een e-loketmodule die attesten automatisch opmaakt met gegevens uit het rijksregister via MAGDA, met aanmelden via eID of itsme. ${NOTE}`,
    provider: 'Voorbeeldleverancier e-loket', licence: 'EUPL-1.2', openSource: true, cost: 'Abonnement volgens inwonersaantal', maturity: M.STABLE,
    maintenance: MaintenanceType.CONTRACT, until: '2027-12-31', processes: ['Afleveren van attesten'], roles: ['Diensthoofd burgerzaken'],
    effort: [5, 15], required: ['magda', 'acm-idm', 'e-loket'], recommended: ['burgerprofiel'],
    steps: ['Kies welke attesten online komen', 'Test de attesten met medewerkers', 'Communiceer naar de inwoners'],
    changeNotes: 'Het loket aan de balie wordt rustiger; herbekijk de openingsuren.',
  },
  {
    slug: 'meldingskaart-openbaar-domein', name: 'Meldingskaart openbaar domein', type: T.SOFTWARE, domains: [D.OMGEVING, D.E_DIENSTVERLENING],
    summary: 'Inwoners melden sluikstort, kapotte verlichting of putten op een kaart; de technische dienst volgt ze op.',
    description: `Een meldingsplatform met kaart en opvolging door de technische dienst. Meldingen krijgen een adres uit het adressenregister en een status die de melder kan volgen. ${NOTE}`,
    provider: 'Voorbeeldleverancier meldingen', licence: 'AGPL-3.0-or-later', openSource: true, cost: 'Hosting vanaf 2.000 euro per jaar',
    maturity: M.STABLE, maintenance: MaintenanceType.COMMUNITY, processes: ['Meldingen openbaar domein'], roles: ['Coördinator technische dienst'],
    effort: [8, 20], required: ['adressenregister'], recommended: ['burgerprofiel', 'acm-idm'],
    steps: ['Leg de categorieën van meldingen vast', 'Wijs per categorie een behandelaar aan'],
    changeNotes: 'Spreek vooraf af binnen welke termijn een melding beantwoord wordt.',
  },
  {
    slug: 'afsprakenmodule-burgerzaken', name: 'Afsprakenmodule burgerzaken', type: T.SOFTWARE, domains: [D.BURGERZAKEN],
    summary: 'Online afspraken maken voor identiteitskaarten, rijbewijzen en andere loketzaken.',
    description: `Een afsprakenplanner voor het loket burgerzaken, met herinneringen per e-mail en sms en een overzicht van de bezetting per dag. ${NOTE}`,
    provider: 'Voorbeeldleverancier afspraken', cost: 'Licentie per loket', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2026-12-31',
    processes: ['Loketwerking burgerzaken'], roles: ['Diensthoofd burgerzaken'], effort: [3, 8], population: [5000, null],
    required: ['e-loket'], recommended: ['acm-idm'], steps: ['Bepaal welke zaken op afspraak gaan', 'Stel de capaciteit per loket in'],
    changeNotes: 'Werken op afspraak vraagt een duidelijke communicatie naar oudere inwoners.',
  },
  {
    slug: 'burgerprofiel-zaakstatus', name: 'Zaakstatus in Mijn Burgerprofiel', type: T.BOUWSTEEN, domains: [D.E_DIENSTVERLENING],
    summary: 'Toon de status van aanvragen bij de gemeente in Mijn Burgerprofiel, naast die van de Vlaamse overheid.',
    description: `Een koppeling (API) die zaken en hun status vanuit het zaaksysteem van de gemeente doorgeeft aan Mijn Burgerprofiel, zodat inwoners alles op één plek volgen. ${NOTE}`,
    provider: 'Digitaal Vlaanderen', cost: 'Gratis voor lokale besturen', maturity: M.STABLE, maintenance: MaintenanceType.INTERNAL,
    processes: ['Opvolging van aanvragen'], roles: ['Informatiemanager'], effort: [5, 12], required: ['vdi', 'acm-idm'], recommended: ['e-loket'],
    prerequisites: [['e_dienstverlening', 45]], steps: ['Kies welke zaken je toont', 'Laat je leverancier de koppeling activeren'],
    standards: ['OSLO Dienstencataloog'], changeNotes: 'Zaakstatussen moeten begrijpelijk zijn voor inwoners: herschrijf ze.',
  },
  {
    slug: 'e-depot-aansluiting', name: 'Aansluiting op een e-depot', type: T.DIENST, domains: [D.INFORMATIEBEHEER],
    summary: 'Digitale archiefstukken duurzaam bewaren in een gedeeld e-depot.',
    description: `Een dienst om archiefwaardige digitale documenten over te brengen naar een e-depot, met metadata volgens de archiefnormen en een selectielijst. ${NOTE}`,
    provider: 'Voorbeeld intergemeentelijke archiefdienst', cost: 'Prijs per terabyte per jaar', maturity: M.BETA, maintenance: MaintenanceType.CONTRACT, until: '2028-06-30',
    processes: ['Archivering', 'Selectie en vernietiging'], roles: ['Archivaris', 'Informatiebeheerder'], effort: [15, 40],
    required: ['documentbeheer'], recommended: ['digitaal-archief'], prerequisites: [['informatiebeheer', 50]],
    steps: ['Stel een selectielijst op', 'Breng de archiefwaardige reeksen in kaart', 'Test een eerste overdracht'],
    changeNotes: 'Informatiebeheer wordt een blijvende taak; voorzie er tijd voor.',
  },
  {
    slug: 'informatieveiligheidsbeleid-sjabloon', name: 'Sjabloon informatieveiligheidsbeleid', type: T.STANDAARD, domains: [D.INFORMATIEVEILIGHEID],
    summary: 'Een modelbeleid informatieveiligheid met bijhorende richtlijnen, klaar om aan te passen en te laten goedkeuren.',
    description: `Een set sjablonen voor het informatieveiligheidsbeleid, de aanvaardbaar-gebruikrichtlijn en het incidentbeheer, afgestemd op de minimale normen voor lokale besturen. ${NOTE}`,
    provider: 'Voorbeeld kenniscentrum', licence: 'CC-BY-4.0', openSource: true, cost: 'Gratis', maturity: M.STABLE, maintenance: MaintenanceType.COMMUNITY,
    processes: ['Informatieveiligheidsbeleid'], roles: ['Informatieveiligheidsconsulent', 'DPO'], effort: [5, 10], required: [],
    steps: ['Pas het sjabloon aan de eigen organisatie aan', 'Laat het beleid goedkeuren door de gemeenteraad', 'Maak het bekend bij alle medewerkers'],
    changeNotes: 'Een beleid werkt alleen als het management het zichtbaar draagt.',
  },
  {
    slug: 'verwerkingsregister-avg', name: 'Verwerkingsregister AVG', type: T.SOFTWARE, domains: [D.INFORMATIEVEILIGHEID],
    summary: 'Het register van verwerkingsactiviteiten bijhouden, met koppeling naar risicoanalyses en datalekken.',
    description: `Een toepassing om het verwerkingsregister, de gegevensbeschermingseffectbeoordelingen en het datalekregister op één plek bij te houden. ${NOTE}`,
    provider: 'Voorbeeldleverancier privacy', licence: 'EUPL-1.2', openSource: true, cost: 'Hosting of eigen installatie', maturity: M.STABLE,
    maintenance: MaintenanceType.COMMUNITY, processes: ['Gegevensbescherming'], roles: ['DPO'], effort: [4, 10], required: [], recommended: ['acm-idm'],
    steps: ['Importeer het bestaande register', 'Wijs per dienst een aanspreekpunt aan'],
    changeNotes: 'Diensten vullen het register zelf aan; de DPO bewaakt.',
  },
  {
    slug: 'adresbeheer-gebouwenregister', name: 'Adresbeheer in het Gebouwen- en Adressenregister', type: T.BOUWSTEEN, domains: [D.OMGEVING],
    summary: 'Adressen en gebouwen rechtstreeks in het Vlaamse register beheren en in eigen toepassingen hergebruiken.',
    description: `Een bouwsteen en werkwijze om adressen en gebouwen als authentieke bron te beheren en ze via diensten te hergebruiken in meldingen, vergunningen en belastingen. ${NOTE}`,
    provider: 'Digitaal Vlaanderen', cost: 'Gratis', maturity: M.STABLE, maintenance: MaintenanceType.INTERNAL, processes: ['Adresbeheer'],
    roles: ['GIS-coördinator'], effort: [10, 30], required: ['vdi'], steps: ['Duid een adresbeheerder aan', 'Werk de achterstand in het register weg'],
    standards: ['OSLO Adressenregister'], changeNotes: 'Adresbeheer raakt bouwen, wonen en burgerzaken: overleg samen.',
  },
  {
    slug: 'omgevingsloket-koppeling', name: 'Koppeling met het Omgevingsloket', type: T.BOUWSTEEN, domains: [D.OMGEVING],
    summary: 'Omgevingsvergunningen uit het Omgevingsloket automatisch in het eigen vergunningenregister opnemen.',
    description: `Een koppeling die dossiers, adviezen en beslissingen uit het Omgevingsloket doorgeeft aan het vergunningenregister en het documentbeheer van de gemeente. ${NOTE}`,
    provider: 'Voorbeeldleverancier omgeving', cost: 'Eenmalige installatie en jaarlijks onderhoud', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2027-03-31',
    processes: ['Omgevingsvergunningen'], roles: ['Omgevingsambtenaar'], effort: [6, 15], population: [10000, null],
    required: ['vdi', 'adressenregister'], recommended: ['documentbeheer'],
    steps: ['Bepaal welke dossierstukken je overneemt'], changeNotes: 'Dubbele registratie verdwijnt: herverdeel de tijd die vrijkomt.',
  },
  {
    slug: 'subsidieloket', name: 'Digitaal subsidieloket', type: T.SOFTWARE, domains: [D.VRIJE_TIJD, D.E_DIENSTVERLENING],
    summary: 'Verenigingen vragen subsidies online aan; de dienst beoordeelt en betaalt uit zonder papieren dossiers.',
    description: `Een loket voor subsidieaanvragen van verenigingen met reglementen per subsidie, beoordeling door de dienst en koppeling met de financiële dienst. ${NOTE}`,
    provider: 'Voorbeeldleverancier subsidies', cost: 'Abonnement', maturity: M.BETA, maintenance: MaintenanceType.CONTRACT, until: '2026-09-30',
    processes: ['Subsidies aan verenigingen'], roles: ['Diensthoofd vrije tijd'], effort: [5, 12], population: [8000, null],
    required: ['e-loket', 'acm-idm'], steps: ['Zet de subsidiereglementen om naar formulieren'],
    changeNotes: 'Verenigingen hebben soms hulp nodig bij de eerste aanvraag.',
  },
  {
    slug: 'digitale-handtekening', name: 'Digitaal ondertekenen van besluiten', type: T.SOFTWARE, domains: [D.ALGEMEEN_BESTUUR],
    summary: 'Besluiten en brieven digitaal ondertekenen met eID, met een bewijs dat juridisch standhoudt.',
    description: `Een toepassing voor gekwalificeerde elektronische handtekeningen in de besluitvorming, gekoppeld aan het documentbeheer. ${NOTE}`,
    provider: 'Voorbeeldleverancier handtekeningen', cost: 'Prijs per handtekening', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2027-12-31',
    processes: ['Besluitvorming', 'Uitgaande briefwisseling'], roles: ['Algemeen directeur'], effort: [3, 8],
    required: ['acm-idm'], recommended: ['documentbeheer'], steps: ['Leg vast wie wat ondertekent'],
    changeNotes: 'Spreek af hoe de handtekening bewaard wordt voor het archief.',
  },
  {
    slug: 'besluiten-als-open-data', name: 'Besluiten publiceren als gelinkte open data', type: T.STANDAARD, domains: [D.ALGEMEEN_BESTUUR],
    summary: 'Agenda’s, notulen en besluiten publiceren volgens de LBLOD-standaard, zodat het toezicht en de burger ze vinden.',
    description: `De standaard en werkwijze om besluiten van de gemeenteraad en het college machineleesbaar te publiceren, zodat ze automatisch bij het toezicht en in zoekdiensten terechtkomen. ${NOTE}`,
    provider: 'Agentschap Binnenlands Bestuur (demo)', licence: 'CC0-1.0', openSource: true, cost: 'Gratis', maturity: M.STABLE, maintenance: MaintenanceType.INTERNAL,
    processes: ['Besluitvorming'], roles: ['Secretariaatsmedewerker'], effort: [2, 6], required: ['lblod'], recommended: ['documentbeheer'],
    steps: ['Controleer of je notulensysteem LBLOD ondersteunt'], standards: ['LBLOD', 'OSLO Mandatendatabank'],
    changeNotes: 'De secretariaatsdienst werkt met vaste sjablonen voor besluiten.',
  },
  {
    slug: 'procesmodellering-bpmn', name: 'Procesmodellering met BPMN', type: T.AANPAK, domains: [D.ALGEMEEN_BESTUUR],
    summary: 'Processen samen in kaart brengen met BPMN om verspilling en digitale kansen te zien.',
    description: `Een aanpak met workshops en sjablonen om processen te modelleren, knelpunten te vinden en verbeteringen te plannen, met aandacht voor de rol van de proceseigenaar. ${NOTE}`,
    provider: 'Voorbeeld kenniscentrum', licence: 'CC-BY-4.0', openSource: true, cost: 'Begeleiding optioneel', maturity: M.STABLE, maintenance: MaintenanceType.COMMUNITY,
    processes: ['Procesbeheer'], roles: ['Proceseigenaar', 'Organisatiebeheersing'], effort: [10, 30], required: [],
    steps: ['Kies drie processen om mee te starten', 'Duid per proces een proceseigenaar aan', 'Plan een workshop per proces'],
    changeNotes: 'Proceseigenaarschap is nieuw voor veel diensten; begeleid de eerste ronde.',
  },
  {
    slug: 'geintegreerd-breed-onthaal-registratie', name: 'Registratie voor het geïntegreerd breed onthaal', type: T.SOFTWARE, domains: [D.SOCIAAL_BELEID],
    summary: 'Een gedeelde cliëntregistratie voor de partners van het geïntegreerd breed onthaal.',
    description: `Een registratietoepassing waarmee OCMW, CAW en ziekenfondsen samen vragen van cliënten opvolgen, met toestemming van de cliënt en rechten per partner. ${NOTE}`,
    provider: 'Voorbeeldleverancier welzijn', cost: 'Licentie per partner', maturity: M.BETA, maintenance: MaintenanceType.CONTRACT, until: '2026-12-31',
    processes: ['Eerstelijnsonthaal'], roles: ['Coördinator sociaal huis', 'DPO'], effort: [10, 20],
    required: ['ksz', 'acm-idm'], prerequisites: [['informatieveiligheid', 50]],
    steps: ['Maak afspraken over gegevensdeling met de partners', 'Vraag de machtigingen aan'],
    changeNotes: 'Gegevensdeling tussen partners vraagt een protocol en duidelijke toestemming.',
  },
  {
    slug: 'leefloondossier-ksz', name: 'Leefloondossier met KSZ-koppeling', type: T.SOFTWARE, domains: [D.SOCIAAL_BELEID],
    summary: 'Leefloondossiers opbouwen met gegevens die automatisch uit de Kruispuntbank komen.',
    description: `Een dossiertoepassing voor maatschappelijk werkers die inkomens- en gezinsgegevens via de Kruispuntbank van de Sociale Zekerheid ophaalt en het sociaal onderzoek ondersteunt. ${NOTE}`,
    provider: 'Voorbeeldleverancier OCMW', cost: 'Licentie volgens aantal dossiers', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2028-12-31',
    processes: ['Recht op maatschappelijke integratie'], roles: ['Maatschappelijk werker', 'Informatieveiligheidsconsulent'], effort: [15, 35],
    required: ['ksz', 'magda'], recommended: ['documentbeheer'], prerequisites: [['informatieveiligheid', 55]],
    steps: ['Controleer de machtigingen bij de KSZ', 'Migreer de lopende dossiers'],
    changeNotes: 'Het sociaal onderzoek verandert: minder opzoekwerk, meer gesprek.',
  },
  {
    slug: 'personeelsplanning', name: 'Personeelsplanning en uurroosters', type: T.SOFTWARE, domains: [D.PERSONEEL],
    summary: 'Uurroosters, verlof en prestaties plannen voor diensten met ploegen, zoals de technische dienst en de kinderopvang.',
    description: `Een planningstool voor roosters en verlof met koppeling naar de loonadministratie en een app voor medewerkers. ${NOTE}`,
    provider: 'Voorbeeldleverancier HR', cost: 'Prijs per medewerker per maand', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2027-06-30',
    processes: ['Personeelsplanning', 'Verlofbeheer'], roles: ['HR-verantwoordelijke'], effort: [8, 20], population: [15000, null],
    required: [], recommended: ['acm-idm'], steps: ['Breng de roosterregels per dienst in kaart'],
    changeNotes: 'Leidinggevenden moeten de planning zelf leren opmaken.',
  },
  {
    slug: 'bbc-rapportering', name: 'Financiële rapportering BBC 2020', type: T.DATASET, domains: [D.FINANCIEN],
    summary: 'De digitale rapportering van budget en jaarrekening volgens de beleids- en beheerscyclus, als open dataset.',
    description: `Een gestructureerde dataset en sjabloon voor de digitale rapportering van meerjarenplan, budget en jaarrekening, zodat financiële cijfers vergelijkbaar zijn tussen besturen. ${NOTE}`,
    provider: 'Agentschap Binnenlands Bestuur (demo)', licence: 'CC0-1.0', openSource: true, cost: 'Gratis', maturity: M.STABLE, maintenance: MaintenanceType.INTERNAL,
    processes: ['Financiële rapportering'], roles: ['Financieel directeur'], effort: [2, 5], required: [],
    steps: ['Controleer of je boekhoudpakket de export ondersteunt'], standards: ['BBC 2020'],
    changeNotes: 'De financiële dienst levert de cijfers aan; de rest volgt vanzelf.',
  },
  {
    slug: 'toegangsbeheer-medewerkers', name: 'Toegangsbeheer voor medewerkers', type: T.BOUWSTEEN, domains: [D.INFORMATIEVEILIGHEID],
    summary: 'Medewerkers melden aan met eID of itsme op alle toepassingen; rechten volgen hun functie.',
    description: `Een gebruikers- en toegangsbeheer waarin rechten aan functies hangen en medewerkers via ACM/IDM aanmelden op toepassingen van Vlaanderen en de gemeente. ${NOTE}`,
    provider: 'Digitaal Vlaanderen', cost: 'Gratis', maturity: M.STABLE, maintenance: MaintenanceType.INTERNAL, processes: ['Rechtenbeheer'],
    roles: ['Informatieveiligheidsconsulent', 'ICT-verantwoordelijke'], effort: [5, 15], required: ['acm-idm'], prerequisites: [['informatieveiligheid', 40]],
    steps: ['Stel een lokale beheerder aan', 'Koppel rechten aan functies'],
    changeNotes: 'Vertrekkende medewerkers verliezen meteen hun toegang: spreek dat af met HR.',
  },
  {
    slug: 'chatbot-veelgestelde-vragen', name: 'Chatbot voor veelgestelde vragen', type: T.SOFTWARE, domains: [D.E_DIENSTVERLENING],
    summary: 'Een chatbot op de website beantwoordt eenvoudige vragen van inwoners, dag en nacht.',
    description: `Een chatbot die antwoorden haalt uit de productcatalogus van de gemeente en doorverwijst naar het e-loket of een medewerker wanneer dat nodig is. ${NOTE}`,
    provider: 'Voorbeeldleverancier chat', cost: 'Abonnement per maand', maturity: M.BETA, maintenance: MaintenanceType.CONTRACT, until: '2026-06-30',
    processes: ['Klantencontact'], roles: ['Communicatieverantwoordelijke'], effort: [4, 10], population: [20000, null],
    required: [], recommended: ['e-loket'], prerequisites: [['e_dienstverlening', 55]], steps: ['Verzamel de twintig meest gestelde vragen'],
    changeNotes: 'De antwoorden moeten actueel blijven: wijs een redacteur aan.',
  },
  {
    slug: 'vergunningenregister-dataset', name: 'Open dataset vergunningenregister', type: T.DATASET, domains: [D.OMGEVING],
    summary: 'Het register van omgevingsvergunningen als open dataset, bijgewerkt vanuit het Omgevingsloket.',
    description: `Een dataset met de vergunningen die de gemeente afleverde, met adres, datum en type, om burgers, studiebureaus en andere overheden te informeren. ${NOTE}`,
    provider: 'Voorbeeld intercommunale', licence: 'CC-BY-4.0', openSource: true, cost: 'Gratis', maturity: M.DEVELOPMENT, maintenance: MaintenanceType.COMMUNITY,
    processes: ['Omgevingsvergunningen'], roles: ['Omgevingsambtenaar'], effort: [2, 6], required: ['adressenregister'],
    steps: ['Kies welke velden openbaar mogen'], changeNotes: 'Controleer vooraf dat er geen persoonsgegevens in zitten.',
  },
  {
    slug: 'klantcontactcentrum', name: 'Klantcontactcentrum met zaakopvolging', type: T.SOFTWARE, domains: [D.E_DIENSTVERLENING],
    summary: 'Eén klantcontactcentrum voor telefoon, e-mail en balie, met opvolging van elke vraag als zaak.',
    description: `Een toepassing voor het klantcontactcentrum waarin elke vraag een zaak wordt, met kennisbank, doorverwijzing naar diensten en opvolging van termijnen. ${NOTE}`,
    provider: 'Voorbeeldleverancier KCC', cost: 'Licentie per gebruiker', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2028-12-31',
    processes: ['Klantencontact', 'Opvolging van vragen'], roles: ['Coördinator klantcontact', 'Proceseigenaar'], effort: [20, 60], population: [30000, null],
    required: ['documentbeheer'], recommended: ['burgerprofiel', 'e-loket'], prerequisites: [['procesbeheer', 50], ['e_dienstverlening', 50]],
    steps: ['Bepaal de scope: welke diensten sluiten eerst aan', 'Bouw een kennisbank op'],
    changeNotes: 'Een KCC verandert hoe diensten samenwerken; start met een proefperiode.',
  },
  {
    slug: 'afvalkalender-api', name: 'Afvalkalender als API', type: T.BOUWSTEEN, domains: [D.OMGEVING, D.E_DIENSTVERLENING],
    summary: 'De ophaalkalender per adres als API, zodat apps en de website hem altijd juist tonen.',
    description: `Een API die per adres de ophaaldagen teruggeeft, gevoed door de intercommunale, en die in de gemeentelijke website en apps te gebruiken is. ${NOTE}`,
    provider: 'Voorbeeld intercommunale', licence: 'MIT', openSource: true, cost: 'Gratis voor aangesloten gemeenten', maturity: M.STABLE, maintenance: MaintenanceType.COMMUNITY,
    processes: ['Afvalophaling'], roles: ['Communicatieverantwoordelijke'], effort: [1, 3], required: ['adressenregister'],
    steps: ['Vraag een sleutel aan bij de intercommunale'], changeNotes: 'Weinig impact op de organisatie.',
  },
  {
    slug: 'gedeelde-dpo', name: 'Gedeelde functionaris voor gegevensbescherming', type: T.DIENST, domains: [D.INFORMATIEVEILIGHEID],
    summary: 'Een DPO die je deelt met andere besturen in de regio, met vaste uren en een gedeelde aanpak.',
    description: `Een dienst waarbij een ervaren functionaris voor gegevensbescherming voor meerdere kleinere besturen werkt, met een gedeelde jaarplanning en sjablonen. ${NOTE}`,
    provider: 'Voorbeeld intergemeentelijk samenwerkingsverband', cost: 'Bijdrage naar inwonersaantal', maturity: M.STABLE, maintenance: MaintenanceType.CONTRACT, until: '2027-12-31',
    processes: ['Gegevensbescherming'], roles: ['Contactpersoon gegevensbescherming'], effort: [2, 5], population: [null, 25000], required: [],
    steps: ['Stel een intern contactpunt aan', 'Plan het eerste overleg met de DPO'],
    changeNotes: 'De DPO is niet elke dag aanwezig: spreek af hoe dringende vragen verlopen.',
  },
  {
    slug: 'mobiele-app-evenementen', name: 'Evenementenloket', type: T.SOFTWARE, domains: [D.VRIJE_TIJD],
    summary: 'Organisatoren vragen een evenement aan op één formulier; diensten en politie geven advies in dezelfde flow.',
    description: `Een evenementenloket dat de aanvraag, de adviezen van diensten en hulpdiensten en de toelating bundelt, met een kalender voor de inwoners. ${NOTE}`,
    provider: 'Voorbeeldleverancier evenementen', cost: 'Abonnement', maturity: M.CONCEPT, maintenance: MaintenanceType.NONE,
    processes: ['Evenementenaanvragen'], roles: ['Evenementencoördinator'], effort: [6, 15], population: [10000, null],
    required: ['e-loket'], recommended: ['acm-idm'], steps: ['Bundel de bestaande formulieren'],
    changeNotes: 'Diensten geven hun advies voortaan digitaal en binnen een termijn.',
  },
  {
    slug: 'pdf-formulieren', name: 'Invulbare pdf-formulieren', type: T.AANPAK, domains: [D.E_DIENSTVERLENING],
    summary: 'Aanvragen via invulbare pdf’s die per e-mail binnenkomen; vervangen door e-loketten.',
    description: `Een oudere aanpak waarbij inwoners pdf-formulieren invullen en mailen. Deze aanpak is achterhaald: gebruik een e-loket met aanmelden en gestructureerde gegevens. ${NOTE}`,
    provider: 'Diverse', cost: 'Gratis', maturity: M.OBSOLETE, maintenance: MaintenanceType.NONE, processes: ['Aanvragen'], roles: [], effort: [1, 2], required: [],
    steps: ['Zet de formulieren om naar het e-loket'], changeNotes: 'Niet meer aanbevolen.',
  },
];
