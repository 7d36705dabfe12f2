import { IndicatorAggregation } from '../catalogue.enums.js';

/** Demo capability vocabulary: building blocks a Flemish bestuur has or lacks. */
export const DEMO_CAPABILITIES = [
  { key: 'magda', name: 'MAGDA-aansluiting', description: 'Toegang tot authentieke bronnen (rijksregister, KBO, …) via het MAGDA-platform.' },
  { key: 'vdi', name: 'Toegang via de Vlaamse Dienstenintegrator', description: 'Een geregelde aansluiting en machtigingen via de Vlaamse Dienstenintegrator.' },
  { key: 'acm-idm', name: 'Aanmelden met eID/ACM-IDM', description: 'Burgers en medewerkers melden aan met eID of itsme via ACM/IDM.' },
  { key: 'burgerprofiel', name: 'Koppeling met het Burgerprofiel', description: 'Zaken en berichten verschijnen in Mijn Burgerprofiel.' },
  { key: 'adressenregister', name: 'Adressenregister', description: 'Adressen en gebouwen worden beheerd in het Gebouwen- en Adressenregister.' },
  { key: 'e-loket', name: 'E-loket', description: 'Een digitaal loket waar burgers aanvragen indienen.' },
  { key: 'digitaal-archief', name: 'Digitaal archief', description: 'Duurzame bewaring van digitale documenten (e-depot).' },
  { key: 'ksz', name: 'Toegang tot de Kruispuntbank van de Sociale Zekerheid', description: 'Raadplegen van sociale gegevens voor het OCMW.' },
  { key: 'documentbeheer', name: 'Documentbeheersysteem', description: 'Dossiers en documenten worden centraal en met metadata beheerd.' },
  { key: 'lblod', name: 'Besluiten als gelinkte open data', description: 'Besluiten worden gepubliceerd volgens de LBLOD-standaard.' },
];

/** Indicator definitions as the I-Monitor and the gemeentelijke profielschetsen describe them. */
export const DEMO_INDICATORS = [
  { key: 'informatieveiligheid', name: 'Informatieveiligheid', unit: 'score 0-100', source: 'I-Monitor', min: 0, max: 100, aggregation: IndicatorAggregation.POPULATION_WEIGHTED_MEAN },
  { key: 'informatiebeheer', name: 'Informatiebeheer', unit: 'score 0-100', source: 'I-Monitor', min: 0, max: 100, aggregation: IndicatorAggregation.POPULATION_WEIGHTED_MEAN },
  { key: 'e_dienstverlening', name: 'E-dienstverlening', unit: 'score 0-100', source: 'I-Monitor', min: 0, max: 100, aggregation: IndicatorAggregation.POPULATION_WEIGHTED_MEAN },
  { key: 'procesbeheer', name: 'Procesbeheer', unit: 'score 0-100', source: 'I-Monitor', min: 0, max: 100, aggregation: IndicatorAggregation.POPULATION_WEIGHTED_MEAN },
  { key: 'inwoners', name: 'Inwoners', unit: 'inwoners', source: 'Statbel', min: 0, max: 10_000_000, aggregation: IndicatorAggregation.SUM },
  { key: 'huishoudens', name: 'Huishoudens', unit: 'huishoudens', source: 'Gemeentelijke profielschets', min: 0, max: 5_000_000, aggregation: IndicatorAggregation.SUM },
  { key: 'personeel_vte', name: 'Personeel', unit: 'VTE', source: 'Gemeentelijke profielschets', min: 0, max: 100_000, aggregation: IndicatorAggregation.SUM },
  { key: 'uitgaven_per_inwoner', name: 'Uitgaven per inwoner', unit: 'euro', source: 'Gemeentelijke profielschets', min: 0, max: 20_000, aggregation: IndicatorAggregation.POPULATION_WEIGHTED_MEAN },
  { key: 'cluster', name: 'Cluster (Belfius-indeling)', unit: 'clusternummer', source: 'Gemeentelijke profielschets', min: 1, max: 17, aggregation: IndicatorAggregation.NONE },
];
