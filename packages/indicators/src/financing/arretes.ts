import { expectIsoDate, expectObject, expectString, type IsoDate } from '@siae/model';

/** The amounts one arrêté sets from one start date (€ per full-time post, Mayotte excluded). */
export interface AideAuPosteStep {
  /** First day the amounts apply (often before the arrêté itself: the texts are retroactive). */
  from: IsoDate;
  EI?: number;
  ETTI?: number;
  AI?: number;
  /** ACI socle and, when the text gives it, the part for accompaniment. */
  ACI?: { amount: number; accompaniment?: number };
  /** EITI: maximum per independent worker for 1,505 hours worked. */
  EITI?: number;
  /** Socle of an EI or an ACI set up in a prison (établissement pénitentiaire). */
  penitentiaryEI?: number;
  penitentiaryACI?: number;
  /** Aid per contrat passerelle (full-time post over six months), EI and ACI only. */
  contratPasserelle?: number;
  /** Highest part modulée, as a share of the socle (general case, prisons). */
  modulation?: { general: number; penitentiary?: number };
  /** Kinds whose amount for this step is not in any text we could read (the value is then unknown). */
  unknown?: readonly ('EITI' | 'ACI.accompaniment' | 'contratPasserelle')[];
}

/** One arrêté fixing the aide au poste, with its public reference. */
export interface AideAuPosteArrete {
  /** Stable id (`arrete-2014-03-06`). */
  id: string;
  /** Date of the arrêté, or null when only its year is known. */
  date: IsoDate | null;
  /** Its title as published. */
  titleFr: string;
  /** Journal officiel reference (`JORF n°0063 du 15 mars 2014`), or null when not found. */
  jo: string | null;
  /** NOR number, when known. */
  nor: string | null;
  /** Public address of the text (Légifrance), when known. */
  url: string | null;
  /**
   * Where the figures were read when the text itself could not be (press, networks). Absent when
   * they were read in the published text.
   */
  secondarySource?: string;
  /** What is uncertain, in French. */
  noteFr?: string;
  steps: readonly AideAuPosteStep[];
}

const T_2014 = "Arrêté fixant le montant de l'aide financière aux structures de l'insertion par l'activité économique";
const T_2017 = "Arrêté fixant les montants des aides financières aux structures de l'insertion par l'activité économique, aux dispositifs d'insertion implantés en milieu pénitentiaire et à Mayotte";
const T_2021B = `${T_2017} et fixant le montant de l'aide financière versée au titre du contrat passerelle conclu par une entreprise d'insertion ou un atelier et chantier d'insertion`;
const MOD = { general: 0.1, penitentiary: 0.05 } as const;

/**
 * Every arrêté fixing the montants socles of the aide au poste since the 2014 reform (décret
 * n° 2014-197 du 21 février 2014), oldest first. Each value says from which day it applies; where
 * the Journal officiel text could not be read, the secondary source that gives the figures is named.
 * Mayotte has its own amounts (not encoded: pass them as `socle`).
 */
export const AIDE_AU_POSTE_ARRETES: readonly AideAuPosteArrete[] = Object.freeze([
  {
    id: 'arrete-2014-03-06',
    date: '2014-03-06',
    titleFr: T_2014,
    jo: 'JORF n°0063 du 15 mars 2014, texte n° 19',
    nor: 'ETSD1403885A',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000028724677',
    steps: [
      { from: '2014-01-01', EI: 10000, ETTI: 4250, modulation: { general: 0.1 } },
      { from: '2014-07-01', AI: 1300, ACI: { amount: 19200 } },
    ],
  },
  {
    id: 'arrete-2015-02-18',
    date: '2015-02-18',
    titleFr: T_2014,
    jo: 'JORF du 11 mars 2015',
    nor: 'ETSD1500867A',
    url: null,
    secondarySource: 'Direction[s], « Les montants 2015 de l’aide au poste sont fixés », mars 2015 ; part accompagnement ACI : Direction[s], 25 janvier 2016',
    steps: [{ from: '2015-01-01', EI: 10080, ETTI: 4284, AI: 1310, ACI: { amount: 19354, accompaniment: 979 }, modulation: { general: 0.1 } }],
  },
  {
    id: 'arrete-2016-01-14',
    date: '2016-01-14',
    titleFr: T_2014,
    jo: 'JORF du 23 janvier 2016',
    nor: null,
    url: null,
    secondarySource: 'Direction[s], « Revalorisation des montants socles de l’aide au poste pour 2016 », 25 janvier 2016 ; ASH n° 2945',
    steps: [{ from: '2016-01-01', EI: 10143, ETTI: 4311, AI: 1319, ACI: { amount: 19474, accompaniment: 985 }, modulation: { general: 0.1 } }],
  },
  {
    id: 'arrete-2017',
    date: null,
    titleFr: `${T_2017} (2017)`,
    jo: null,
    nor: null,
    url: null,
    secondarySource: 'ASH n° 3002, « L’aide financière versée par l’Etat aux structures de l’IAE est fixée pour 2017 » ; montants pénitentiaires 2017 : Direction[s], février 2018',
    noteFr: "Date de l'arrêté et référence au Journal officiel non retrouvées ; montants tirés de la presse spécialisée.",
    steps: [
      {
        from: '2017-01-01',
        EI: 10237,
        ETTI: 4351,
        AI: 1331,
        ACI: { amount: 19655, accompaniment: 995 },
        penitentiaryEI: 6142,
        penitentiaryACI: 11793,
        modulation: MOD,
      },
    ],
  },
  {
    id: 'arrete-2018-02-05',
    date: '2018-02-05',
    titleFr: T_2017,
    jo: 'JORF du 15 février 2018',
    nor: null,
    url: null,
    secondarySource: 'Direction[s], « Revalorisation des montants socles de l’aide au poste pour 2018 », février 2018',
    steps: [
      {
        from: '2018-01-01',
        EI: 10363,
        ETTI: 4405,
        AI: 1347,
        ACI: { amount: 19897, accompaniment: 1007 },
        penitentiaryEI: 6218,
        penitentiaryACI: 11938,
        modulation: MOD,
      },
    ],
  },
  {
    id: 'arrete-2019-02-27',
    date: '2019-02-27',
    titleFr: T_2017,
    jo: 'JORF n°0055 du 6 mars 2019',
    nor: 'MTRD1901132A',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000038200919',
    steps: [
      {
        from: '2019-01-01',
        EI: 10520,
        ETTI: 4472,
        AI: 1367,
        ACI: { amount: 20199, accompaniment: 1022 },
        EITI: 5548,
        penitentiaryEI: 6312,
        penitentiaryACI: 12119,
        modulation: MOD,
      },
    ],
  },
  {
    id: 'arrete-2020-02-07',
    date: '2020-02-07',
    titleFr: T_2017,
    jo: 'JORF du 12 février 2020 (date de publication d’après la presse)',
    nor: null,
    url: null,
    secondarySource: 'Centre Inffo, « Montant des aides financières aux structures d’insertion par l’économique au 1er janvier 2020 », 12 février 2020 ; Associathèque',
    steps: [
      {
        from: '2020-01-01',
        EI: 10646,
        ETTI: 4299,
        AI: 1383,
        ACI: { amount: 20441, accompaniment: 1034 },
        EITI: 5614,
        penitentiaryEI: 6388,
        penitentiaryACI: 12265,
        modulation: MOD,
      },
    ],
  },
  {
    id: 'arrete-2021-04-26',
    date: '2021-04-26',
    titleFr: T_2017,
    jo: 'JORF n°0103 du 2 mai 2021, texte n° 43',
    nor: 'MTRD2036456A',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043467076',
    secondarySource: 'EI et ETTI lus au JO ; AI, ACI et montants pénitentiaires : note « Insertion : les montants de l’aide au poste pour 2021 » (réseau Eurex)',
    noteFr: "Part accompagnement de l'ACI et montant EITI de 2021 non retrouvés.",
    steps: [
      {
        from: '2021-01-01',
        EI: 10751,
        ETTI: 4341,
        AI: 1397,
        ACI: { amount: 20642 },
        penitentiaryEI: 6451,
        penitentiaryACI: 12385,
        modulation: MOD,
        unknown: ['EITI', 'ACI.accompaniment'],
      },
    ],
  },
  {
    id: 'arrete-2021-12-21',
    date: '2021-12-21',
    titleFr: T_2021B,
    jo: 'JORF du 29 décembre 2021',
    nor: 'MTRD2129488A',
    url: null,
    secondarySource: 'COORACE, « Revalorisation de l’aide au poste », 11 janvier 2022 ; contrat passerelle : Associathèque',
    steps: [
      { from: '2021-09-01', contratPasserelle: 2050 },
      {
        from: '2021-10-01',
        EI: 10988,
        ETTI: 4437,
        AI: 1428,
        ACI: { amount: 21096, accompaniment: 1067 },
        EITI: 5794,
        penitentiaryEI: 6593,
        penitentiaryACI: 12658,
        modulation: MOD,
      },
    ],
  },
  {
    id: 'arrete-2022-07-05',
    date: '2022-07-05',
    titleFr: T_2021B,
    jo: 'JORF du 21 août 2022',
    nor: 'MTRD2206107A',
    url: null,
    secondarySource: 'COORACE, « Revalorisation de l’aide au poste 2022 », août 2022 ; ASH n° 3272',
    noteFr: "À partir de cet arrêté, les montants EI et ACI s'appliquent aussi aux structures implantées en établissement pénitentiaire.",
    steps: [
      {
        from: '2022-01-01',
        EI: 11087,
        ETTI: 4253,
        AI: 1441,
        ACI: { amount: 21286, accompaniment: 1077 },
        EITI: 5846,
        penitentiaryEI: 11087,
        penitentiaryACI: 21286,
        contratPasserelle: 2114,
        modulation: MOD,
      },
      {
        from: '2022-05-01',
        EI: 11381,
        ETTI: 4366,
        AI: 1479,
        ACI: { amount: 21850, accompaniment: 1106 },
        EITI: 6001,
        penitentiaryEI: 11381,
        penitentiaryACI: 21850,
        contratPasserelle: 2170,
        modulation: MOD,
      },
    ],
  },
  {
    id: 'arrete-2022-12-05',
    date: '2022-12-05',
    titleFr: T_2021B,
    jo: 'JORF du 15 décembre 2022',
    nor: null,
    url: 'https://legal.tricoteuses.fr/articles/JORFARTI000046738076',
    noteFr: 'Montant EITI au 1er août 2022 non retrouvé.',
    steps: [
      {
        from: '2022-08-01',
        EI: 11609,
        ETTI: 4454,
        AI: 1509,
        ACI: { amount: 22289, accompaniment: 1128 },
        penitentiaryEI: 11609,
        penitentiaryACI: 22289,
        contratPasserelle: 2214,
        modulation: MOD,
        unknown: ['EITI'],
      },
    ],
  },
  {
    id: 'arrete-2023-07-28',
    date: '2023-07-28',
    titleFr: T_2021B,
    jo: 'JORF n°0189 du 17 août 2023',
    nor: 'MTRD2310806A',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000047974751',
    secondarySource: 'contrat passerelle : Lefebvre Dalloz (indices « Aides à l’embauche et à l’emploi »)',
    noteFr: 'Montants EITI de 2023 non retrouvés.',
    steps: [
      {
        from: '2023-01-01',
        EI: 11819,
        ETTI: 4535,
        AI: 1536,
        ACI: { amount: 22692, accompaniment: 1169 },
        penitentiaryEI: 11819,
        penitentiaryACI: 22692,
        contratPasserelle: 2254,
        modulation: MOD,
        unknown: ['EITI'],
      },
      {
        from: '2023-05-01',
        EI: 12081,
        ETTI: 4636,
        AI: 1570,
        ACI: { amount: 23196, accompaniment: 1195 },
        penitentiaryEI: 12081,
        penitentiaryACI: 23196,
        contratPasserelle: 2304,
        modulation: MOD,
        unknown: ['EITI'],
      },
    ],
  },
  {
    id: 'arrete-2024-04-30',
    date: '2024-04-30',
    titleFr: T_2021B,
    jo: 'JORF n°0108 du 11 mai 2024',
    nor: null,
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000049528275',
    noteFr: 'Montant du contrat passerelle au 1er janvier 2024 non retrouvé.',
    steps: [
      {
        from: '2024-01-01',
        EI: 12218,
        ETTI: 4688,
        AI: 1588,
        ACI: { amount: 23458, accompaniment: 1209 },
        EITI: 6443,
        penitentiaryEI: 12218,
        penitentiaryACI: 23458,
        modulation: MOD,
        unknown: ['contratPasserelle'],
      },
    ],
  },
  {
    id: 'arrete-2024-12-04',
    date: '2024-12-04',
    titleFr: T_2021B,
    jo: 'JORF du 6 décembre 2024 (date de publication d’après la presse)',
    nor: null,
    url: null,
    secondarySource: 'INAÉ Nouvelle-Aquitaine, « Parution de l’arrêté du 4 décembre 2024 », 6 décembre 2024 ; ActuEL RH (Éditions Législatives)',
    noteFr: "Au 1er janvier 2025 seul le montant EI change ; l'aide EITI devient un forfait mensuel (arrêté du 2 janvier 2025), hors du calcul par ETP.",
    steps: [
      {
        from: '2024-11-01',
        EI: 12459,
        ETTI: 4781,
        AI: 1619,
        ACI: { amount: 23921, accompaniment: 1233 },
        EITI: 6570,
        penitentiaryEI: 12459,
        penitentiaryACI: 23921,
        contratPasserelle: 2376,
        modulation: MOD,
      },
      { from: '2025-01-01', EI: 13304, penitentiaryEI: 13304 },
    ],
  },
]);

/** The public citation of an arrêté: title, date, JO, NOR, and the secondary source when the figures come from one. */
export function citeArrete(a: AideAuPosteArrete): string {
  expectString(expectObject(a, 'arrete', 'arrêté').titleFr, ['arrete', 'titleFr'], 'arrêté');
  if (a.date !== null && a.date !== undefined) expectIsoDate(a.date, ['arrete', 'date'], 'arrêté');
  const head = a.date ? `${a.titleFr.replace(/^Arrêté/, `Arrêté du ${frenchDate(a.date)}`)}` : a.titleFr;
  const refs = [a.jo ?? 'référence au JO non retrouvée', a.nor ? `NOR ${a.nor}` : null, a.url].filter(Boolean).join(', ');
  return `${head} (${refs})${a.secondarySource ? ` ; chiffres lus dans : ${a.secondarySource}` : ''}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2014-03-06` → `6 mars 2014` (`1er` for the first day). */
export function frenchDate(iso: IsoDate): string {
  expectIsoDate(iso, 'date');
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}
