/**
 * The same call in Swedish and in English should score alike for every body: the lexicon has to be balanced
 * across the languages. The texts are written for this test (not taken from any funder's page).
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';

const PAIRS: { id: string; sv: [string, string]; en: [string, string] }[] = [
  {
    id: 'climate',
    sv: [
      'Stöd till kommuners klimatanpassning',
      'Kommuner kan söka stöd för att förebygga översvämningar och skyfall och för att anpassa den byggda miljön till ett varmare klimat. Projekten ska minska sårbarheten i samhället.',
    ],
    en: [
      'Support for municipal climate adaptation',
      'Municipalities may apply for support to prevent floods and cloudbursts and to adapt the built environment to a warmer climate. Projects should reduce the vulnerability of society.',
    ],
  },
  {
    id: 'youth',
    sv: [
      'Ungdomars delaktighet i lokala beslut',
      'Utlysningen vänder sig till kommuner och ungdomsorganisationer som vill stärka ungas inflytande och delaktighet i den lokala demokratin genom ungdomsråd och dialog.',
    ],
    en: [
      "Young people's participation in local decisions",
      "The call is open to municipalities and youth organisations that want to strengthen young people's influence and participation in local democracy through youth councils and dialogue.",
    ],
  },
  {
    id: 'energy',
    sv: [
      'Energieffektivisering av offentliga byggnader',
      'Stöd ges till kommuner och regioner som vill minska energianvändningen i skolor, vårdbyggnader och andra offentliga lokaler och öka andelen förnybar energi.',
    ],
    en: [
      'Energy efficiency in public buildings',
      'Support is given to municipalities and regions that want to reduce energy use in schools, care buildings and other public premises and increase the share of renewable energy.',
    ],
  },
  {
    id: 'skills',
    sv: [
      'Kompetensförsörjning i vård och omsorg',
      'Projekt som utvecklar nya sätt att rekrytera, utbilda och behålla personal inom äldreomsorgen och hälso- och sjukvården. Offentliga arbetsgivare kan söka.',
    ],
    en: [
      'Skills supply in health and social care',
      'Projects that develop new ways to recruit, train and retain staff in elderly care and health care. Public employers may apply.',
    ],
  },
  {
    id: 'culture',
    sv: [
      'Kulturarv och hållbar turism på landsbygden',
      'Stöd till samarbeten mellan kommuner, museer och besöksnäringen som gör kulturarvet tillgängligt för besökare och skapar arbetstillfällen på landsbygden.',
    ],
    en: [
      'Cultural heritage and sustainable tourism in rural areas',
      'Support for cooperation between municipalities, museums and the visitor economy that makes cultural heritage accessible to visitors and creates jobs in rural areas.',
    ],
  },
  {
    id: 'digital',
    sv: [
      'Digitala välfärdstjänster i mindre kommuner',
      'Utlysningen stödjer kommuner som vill införa digitala lösningar och e-tjänster i socialtjänsten och äldreomsorgen, med fokus på invånarnas behov.',
    ],
    en: [
      'Digital welfare services in smaller municipalities',
      "The call supports municipalities that want to introduce digital solutions and e-services in social services and elderly care, focusing on residents' needs.",
    ],
  },
  {
    id: 'integration',
    sv: [
      'Nyanländas etablering på arbetsmarknaden',
      'Kommuner och ideella föreningar kan söka medel för insatser som hjälper nyanlända och utrikes födda kvinnor att lära sig svenska och komma i arbete.',
    ],
    en: [
      'Newly arrived migrants entering the labour market',
      'Municipalities and non-profit associations may apply for funding for measures that help newly arrived and foreign-born women learn the language and find work.',
    ],
  },
  {
    id: 'baltic',
    sv: [
      'Samarbete kring Östersjöns havsmiljö',
      'Gränsöverskridande projekt mellan kommuner i Sverige, Polen och Litauen som minskar övergödningen och förbättrar vattenkvaliteten i Östersjön.',
    ],
    en: [
      'Cooperation on the Baltic Sea marine environment',
      'Cross-border projects between municipalities in Sweden, Poland and Lithuania that reduce eutrophication and improve water quality in the Baltic Sea.',
    ],
  },
  {
    id: 'mobility',
    sv: [
      'Hållbara resor och kollektivtrafik',
      'Stöd till regioner och kommuner som vill göra det lättare att cykla, gå och resa kollektivt, särskilt i glesbygd där bilen i dag är enda alternativet.',
    ],
    en: [
      'Sustainable travel and public transport',
      'Support to regions and municipalities that want to make it easier to cycle, walk and use public transport, especially in sparsely populated areas where the car is the only option today.',
    ],
  },
  {
    id: 'twinning',
    sv: [
      'Vänortssamarbete för lokal demokrati',
      'Kommuner kan söka bidrag för utbyten mellan vänorter där förtroendevalda och tjänstepersoner lär av varandra om öppenhet, medborgardialog och god förvaltning.',
    ],
    en: [
      'Town twinning for local democracy',
      'Municipalities may apply for grants for exchanges between twin towns where elected officials and civil servants learn from each other about openness, citizen dialogue and good governance.',
    ],
  },
];

function call(id: string, lang: 'sv' | 'en', [title, summary]: [string, string]): FundingCall {
  return {
    id: `${id}-${lang}`,
    source: 'test',
    funder: 'Test',
    title,
    summary,
    url: '',
    language: lang,
    deadlines: [],
  };
}

describe('Swedish and English versions of a call score alike', () => {
  const gaps: number[] = [];
  for (const pair of PAIRS) {
    it(pair.id, () => {
      for (const profile of SEED_PROFILES) {
        const sv = score(call(pair.id, 'sv', pair.sv), profile);
        const en = score(call(pair.id, 'en', pair.en), profile);
        gaps.push(Math.abs(sv.score - en.score));
        expect(
          Math.abs(sv.score - en.score),
          `${pair.id} for ${profile.id}: sv ${sv.score}, en ${en.score}`,
        ).toBeLessThanOrEqual(10);
        expect(sv.eligibility.applicant).toBe(en.eligibility.applicant);
      }
    });
  }
  it('on average within a few points', () => {
    expect(gaps.length).toBe(PAIRS.length * SEED_PROFILES.length);
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeLessThan(4);
  });
});
