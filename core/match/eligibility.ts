import { areaInPeriod } from '../data/area-periods.ts';
import { AREA_BY_ID, LAN, LAN_BY_ID, PROGRAMME_BY_ID } from '../data/index.ts';
import { APPLICANT_CLASSES, type ApplicantClass } from '../data/kinds.ts';
import type { ProgrammeArea } from '../data/schemas.ts';
import type { Adjustment, Eligibility, EligibilityVerdict, EvidenceSource } from '../model/match.ts';
import type { Bilingual, Profile } from '../model/profile.ts';
import { fold } from '../text/fold.ts';
import { coastalMunicipalities, someMunicipalities, twinTowns } from './compound-head.ts';
import { entryName, swedishName } from './country-names.ts';
import {
  inMunicipalArea,
  type MunicipalArea,
  municipalityInLan,
  namedAmong,
  namedIn,
  namedLan,
  type OtherKommunerParties,
} from './named-municipalities.ts';
import { handledAtHome } from './national-scheme.ts';
import { judgeSize, populationBlocker, populationMet } from './population-eligibility.ts';
import { atLeast, conditionOnKommuner, programmeLimitOf } from './population-limit.ts';
import { programmeFocus } from './programme-focus.ts';
import type { CallSignals } from './signals.ts';
import type { TerritoryKind, TerritoryLimit } from './territory-kind.ts';
import { type ChosenGroup, namedByWork } from './who-wording.ts';

/**
 * Points for each way a strategy points at a call beyond its words: a funder or programme it names
 * (score.ts, PREFERRED_BOOST) and a place it prioritises, at the weight of the priority naming it
 * (GEOGRAPHY_BOOST). The same fact of a different kind, the same points. The body's own programme area
 * (AREA_BOOST.near) is this and the wider area's points besides.
 */
export const STRATEGY_POINTS = 16;
/**
 * Boost for a programme whose area covers the body: the closer the programme, the likelier the fit. An area
 * drawn around part of Sweden — a cross-border or regional fund programme, a transnational one of a few län
 * (North Sea, Northern Periphery), a region's own calls — was drawn for the regions in it: its priorities are
 * theirs, and few bodies compete for it (`near`). It is worth as much as a call of a funder the strategy names,
 * open across a wider area: STRATEGY_POINTS + `wide`. An area covering all of Sweden (Baltic Sea Region) or the
 * whole EU (Interreg Europe, URBACT, ESPON) is still a territorial cooperation programme, made for public bodies'
 * cooperation across borders: a little more than a programme open to anyone across the EU (`wide` against
 * OPEN_GEOGRAPHY_BOOST). Chosen on the released sets: over the dev set and held-out sets 1–18, calls in such an
 * area were graded higher than calls of the same score elsewhere on every held-out set (by 0,13–0,52 grades); 10
 * (npm run tune -- one PROGRAMME_AREA) moves the mean nDCG@10 by +0,006 on both profile kinds, the dev set by 0.
 */
const PROGRAMME_AREA = 10;
/**
 * A call whose area is a few kommuner the text names, the body among them (a LEADER area, a savings bank's or a
 * local fund's kommuner): the body's own local money, for which even fewer compete than in a län's programme.
 */
const LOCAL_AREA = 8;
export const AREA_BOOST = {
  near: STRATEGY_POINTS + PROGRAMME_AREA,
  wide: PROGRAMME_AREA,
  local: STRATEGY_POINTS + PROGRAMME_AREA + LOCAL_AREA,
};
/**
 * A programme open across the EU, in all of Sweden or the Nordic-Baltic countries, or a call whose eligible
 * countries include Sweden: the body is eligible where it is (symmetric with a programme area covering it).
 */
export const OPEN_GEOGRAPHY_BOOST = 8;

/** An area drawn around part of Sweden: some län, not all of them. */
export const isNearArea = (lan: readonly string[]) => lan.length > 0 && lan.length < LAN.lan.length;
/** A call that names the body's kind (or public bodies) among its applicants. */
export const APPLICANT = { BOOST: 4 };

export interface EligibilityResult {
  /** Points still at their full value: the scorer scales them by how relevant the content is. */
  eligibility: Eligibility;
  /** Blockers without points yet; the scorer sets points. */
  blockers: Adjustment[];
  /** The area points are for an area drawn around part of Sweden: the scorer does not scale them by content. */
  areaNear: boolean;
}

/** The kinds of territory a body of Sweden may or may not lie in, as an area line names them. */
const TERRITORY_NAMES: Record<'islands' | 'island-municipalities' | 'coast' | 'coastal-region' | 'border', Bilingual> =
  {
    islands: { sv: 'öar', en: 'islands' },
    'island-municipalities': { sv: 'önkommuner', en: 'island municipalities' },
    coast: { sv: 'kustkommuner', en: 'coastal municipalities' },
    'coastal-region': { sv: 'län vid havet', en: 'coastal regions' },
    border: { sv: 'områden vid en landgräns', en: 'areas at a land border' },
  };
/** Kinds of territory Sweden has none of, whichever body asks (core/match/territory-kind.ts). */
const TERRITORY_SWEDEN_LACKS: Partial<Record<TerritoryKind, Bilingual>> = {
  outermost: {
    sv: 'Sverige har inga av EU:s yttersta randområden',
    en: 'Sweden has none of the EU’s outermost regions',
  },
  'less-developed': {
    sv: 'Sverige har inga mindre utvecklade regioner (BNP per invånare under 75 % av EU:s genomsnitt)',
    en: 'Sweden has no less developed regions (GDP per head under 75 % of the EU average)',
  },
};

/** Classes that are neither a kommun nor a region, nor public bodies that include them. */
const NOT_PUBLIC: readonly ApplicantClass[] = ['company', 'research', 'civil', 'state', 'individual'];

const ONLY_TEXT: Partial<Record<ApplicantClass, Bilingual>> = {
  company: { sv: 'Utlysningen vänder sig bara till företag.', en: 'The call is open to companies only.' },
  research: {
    sv: 'Utlysningen vänder sig bara till universitet, högskolor och forskare.',
    en: 'The call is open to universities and researchers only.',
  },
  civil: {
    sv: 'Utlysningen vänder sig bara till föreningar och civilsamhällets organisationer.',
    en: 'The call is open to associations and civil-society organisations only.',
  },
  state: {
    sv: 'Utlysningen vänder sig bara till statliga myndigheter.',
    en: 'The call is open to state agencies only.',
  },
  individual: {
    sv: 'Utlysningen vänder sig till enskilda personer, inte till organisationer.',
    en: 'The call is open to individuals, not to organisations.',
  },
};

/** Classes that, named as members of the organisations that apply, make a kommun's or region's place unclear. */
const MEMBER_CLASSES: readonly ApplicantClass[] = ['municipal', 'region', 'public'];

/** Classes that, named as project parties, make a kommun or a region one. */
const PARTY_CLASSES: Record<'kommun' | 'region', readonly ApplicantClass[]> = {
  kommun: ['municipal', 'public', 'school'],
  region: ['region', 'public'],
};

/**
 * `from`: the verdict rests on programme data, not on the call's text. `silent`: unknown because neither the call
 * nor programme data says anything of who may apply (not because what they say leaves the body out or in doubt).
 */
export type Verdict = {
  verdict: EligibilityVerdict;
  text: Bilingual;
  from?: EvidenceSource;
  silent?: true;
  /**
   * Unknown only because the call names other kinds of applicant, without "only", where programme data admits the
   * body: nothing the call says casts doubt on the body, so the fit boosts still apply (score.ts).
   */
  admitted?: true;
  /** The verdict before a condition on population made it unknown (`sized`): a body of known size gets it back. */
  unsized?: Verdict;
};

const CLASS_NAMES: Record<ApplicantClass, Bilingual> = {
  municipal: { sv: 'kommuner', en: 'municipalities' },
  public: { sv: 'offentliga aktörer', en: 'public bodies' },
  region: { sv: 'regioner', en: 'regions' },
  company: { sv: 'företag', en: 'companies' },
  research: { sv: 'universitet och forskare', en: 'universities and researchers' },
  civil: { sv: 'ideella organisationer', en: 'non-profit organisations' },
  school: { sv: 'skolor och utbildningsanordnare', en: 'schools and education providers' },
  state: { sv: 'statliga myndigheter', en: 'state agencies' },
  individual: { sv: 'enskilda personer', en: 'individuals' },
};

/** Programme data's "municipal" stands for kommuner and public bodies at large, as it always has. */
const PROGRAMME_NAMES: Record<ApplicantClass, Bilingual> = {
  ...CLASS_NAMES,
  municipal: { sv: 'kommuner och offentliga aktörer', en: 'municipalities and public bodies' },
};

interface AreaVerdict {
  verdict: EligibilityVerdict;
  points: number;
  /** A blocker's kind when not eligible. */
  blocker?: string;
  text: Bilingual;
  /** The verdict rests on programme data (programme-areas.json, programmes.json), not on the call's text. */
  from?: EvidenceSource;
  /**
   * The area is drawn around part of Sweden (AREA_BOOST): the body is inside a programme made for its region,
   * so its points count whatever the call's text says of topics (its priorities are the region's).
   */
  near?: boolean;
}

const NO_AREA: AreaVerdict = {
  verdict: 'unknown',
  points: 0,
  text: {
    sv: 'Ingen geografisk begränsning till ett programområde hittades.',
    en: 'No programme-area restriction was found.',
  },
};

/** "Jönköpings län, Kronobergs län och Kalmar län". */
function listOf(items: readonly string[], lang: 'sv' | 'en'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}

/** Län by id, by their names, as a list: "Norrbottens län och Västerbottens län". */
const lanListOf = (ids: readonly string[], lang: 'sv' | 'en'): string =>
  listOf(
    ids.map((id) => LAN_BY_ID.get(id)?.name ?? id),
    lang,
  );

/** The classes of a set, in the order of APPLICANT_CLASSES, by name: "företag, universitet och forskare". */
function classesNamed(classes: ReadonlySet<ApplicantClass>, lang: 'sv' | 'en'): string {
  return listOf(
    APPLICANT_CLASSES.filter((c) => classes.has(c)).map((c) => CLASS_NAMES[c][lang]),
    lang,
  );
}

/** A kommun that lan.json lists as not reaching the sea (`inlandMunicipalities`). */
const inlandKommun = (profile: Profile): boolean =>
  profile.kind === 'kommun' && namedAmong(LAN_BY_ID.get(profile.lan)?.inlandMunicipalities ?? [], profile.name);

/**
 * A kommun away from the border: in a län with no land border to another country (lan.json `landBorders`), or in a
 * border län that lan.json lists away from it (`borderMunicipalities` reviewed, it not among them).
 */
const awayFromBorder = (profile: Profile): boolean => {
  if (profile.kind !== 'kommun') return false;
  const lan = LAN_BY_ID.get(profile.lan);
  if (lan && !lan.landBorders?.length) return true;
  const border = lan?.borderMunicipalities;
  return border !== undefined && !namedAmong(border, profile.name);
};

/**
 * Whether a kommun's whole area is islands (lan.json `islandMunicipalities`): undefined where its län is not
 * reviewed, and for a region, which is no kommun.
 */
const islandKommun = (profile: Profile): boolean | undefined => {
  const islands = LAN_BY_ID.get(profile.lan)?.islandMunicipalities;
  return profile.kind === 'kommun' && islands ? namedAmong(islands, profile.name) : undefined;
};

/** Kinds of territory that lie by the sea: a body that does not reach it is outside them. */
const BY_SEA: ReadonlySet<TerritoryKind> = new Set(['islands', 'coast', 'island-municipalities', 'coastal-region']);

/**
 * Why a kommun is outside a kind of territory by what lan.json says of the kommun itself: it does not reach the sea,
 * it lies away from the border that kommuner must touch, it is not wholly on islands. Undefined when nothing says so.
 */
function kommunOutside(territory: TerritoryLimit, profile: Profile): Bilingual | undefined {
  // (A coastal region is the whole län: an inland kommun of a län on the sea is inside it.)
  if (BY_SEA.has(territory.kind) && territory.kind !== 'coastal-region' && inlandKommun(profile))
    return { sv: `${profile.name} når inte havet`, en: `${profile.name} does not reach the sea` };
  if (territory.kind === 'border' && territory.ofKommuner && awayFromBorder(profile))
    return { sv: `${profile.name} ligger inte vid gränsen`, en: `${profile.name} does not lie at the border` };
  if (territory.kind === 'island-municipalities' && islandKommun(profile) === false)
    return {
      sv: `hela ${profile.name}s område ligger inte på öar`,
      en: `${profile.name}'s area does not lie wholly on islands`,
    };
  return undefined;
}

/** A kommun the reference data places on the sea coast (lan.json `coastalMunicipalities`). */
const coastalKommun = (profile: Profile): boolean =>
  profile.kind === 'kommun' && namedAmong(LAN_BY_ID.get(profile.lan)?.coastalMunicipalities ?? [], profile.name);

/** Up to four names of a list, the rest as "m.fl." ("and others"). */
function someOf(names: readonly string[], lang: 'sv' | 'en'): string {
  if (names.length <= 4) return listOf(names, lang);
  return `${names.slice(0, 4).join(', ')} ${lang === 'sv' ? 'm.fl.' : 'and others'}`;
}

/** Outside a programme's area by the programme data: the body cannot apply there. */
const outsideProgrammeArea = (text: Bilingual): AreaVerdict => ({
  verdict: 'not-eligible',
  from: 'programme-data',
  points: 0,
  blocker: 'outside-programme-area',
  text,
});

/** Why Sweden is not among the call's countries: where the work is, whose funder it is, or what its list says. */
function countryText(s: CallSignals, lang: 'sv' | 'en'): string {
  const sv = lang === 'sv';
  if (s.swedenRefused) {
    return sv
      ? `Utlysningen säger att organisationer i Sverige inte kan söka ("${s.swedenRefused}").`
      : `The call says bodies in Sweden may not apply ("${s.swedenRefused}").`;
  }
  if (s.workPlaces) {
    const places = someOf(s.workPlaces, lang);
    return sv
      ? `Verksamheten ska ske i ${places}; Sverige är inte bland dem.`
      : `The work is to take place in ${places}; Sweden is not among them.`;
  }
  if (s.registeredIn) {
    const { country, said } = s.registeredIn;
    return sv
      ? `Sökande ska vara registrerade i ${swedishName(country)} ("${said}").`
      : `Applicants must be registered in ${country} ("${said}").`;
  }
  if (s.foreignApplicants) {
    const { country, said } = s.foreignApplicants;
    return sv
      ? `Utlysningen är för sökande i ${swedishName(country)} ("${said}").`
      : `The call is for applicants in ${country} ("${said}").`;
  }
  if (s.foreignFunder) {
    const home = sv ? swedishName(s.foreignFunder) : s.foreignFunder;
    return sv
      ? `Utlysningen ges av en organisation i ${home} och säger inte att sökande utanför ${home} kan söka.`
      : `The call is given by a body in ${home} and does not say applicants outside ${home} may apply.`;
  }
  if (s.swedenFromText) {
    return sv
      ? 'Utlysningen vänder sig till sökande i andra länder; Sverige är inte bland dem.'
      : 'The call is open to applicants in other countries; Sweden is not among them.';
  }
  return sv ? 'Sverige finns inte bland de länder som kan söka.' : 'Sweden is not among the eligible countries.';
}

/**
 * Where the body stands: the call's own list of eligible countries first (a list without Sweden rules a Swedish
 * body out), then a programme area by län (Interreg, the regional ERDF programmes), then the programme's
 * geography (EU-wide, Sweden, Nordic-Baltic, Nordic, outside the EU only). Texts are built only when asked for.
 */
function judgeArea(s: CallSignals, profile: Profile, withText: boolean): AreaVerdict {
  const lanName = () => LAN_BY_ID.get(profile.lan)?.name ?? profile.lan;
  const t = (sv: () => string, en: () => string): Bilingual => (withText ? { sv: sv(), en: en() } : NO_AREA.text);
  /** A doubt on the area, told in the words given: no points, no blocker. */
  const unsure = (sv: () => string, en: () => string): AreaVerdict => ({
    verdict: 'unknown',
    points: 0,
    text: t(sv, en),
  });
  /** Outside the call's area, told in the words given: a blocker. */
  const outside = (sv: () => string, en: () => string): AreaVerdict => ({
    verdict: 'not-eligible',
    points: 0,
    blocker: 'outside-programme-area',
    text: t(sv, en),
  });
  /** Outside the call's area of a few kommuner, named ("Arjeplog, Boden och Luleå"); `own` a kommun or a län. */
  const outsideKommuner = (area: MunicipalArea, own: string): AreaVerdict => {
    // "Övriga kommuner i Norrbottens län kan delta som samverkansparter och får ta del av projektmedlen".
    const others = otherKommunerTakePart(s, profile);
    if (others)
      return {
        verdict: 'eligible',
        points: 0,
        text: t(
          () =>
            `Utlysningen är för de kommuner den namnger (${area.said}), men andra kommuner kan delta som parter ("${others.said}").`,
          () =>
            `The call is for the municipalities it names (${area.said}), but other municipalities may take part as partners ("${others.said}").`,
        ),
      };
    return area.only
      ? outside(
          () => `Utlysningen är bara för de kommuner den namnger (${area.said}); ${own} är inte bland dem.`,
          () => `The call is only for the municipalities it names (${area.said}); ${own} is not among them.`,
        )
      : outside(
          () => `Utlysningen gäller området som omfattar ${area.said}; ${own} ligger utanför.`,
          () => `The call is for the area made of ${area.said}; ${own} is outside.`,
        );
  };
  // A kommun the call's kommuner by name leave out ("inom kommunerna Arjeplog, Boden och Luleå"), within an area that
  // holds its län: outside, whatever the area holds.
  const leftOutByName = (): AreaVerdict | undefined => {
    const kommuner = s.municipalArea;
    return kommuner && profile.kind === 'kommun' && inMunicipalArea(kommuner, profile) === false
      ? outsideKommuner(kommuner, profile.name)
      : undefined;
  };
  // Inside or outside a programme area by its län: today's area in the present, an earlier period's in the past.
  // Outside several areas (a call naming several programmes, covering none of them) is told of them all.
  const byProgrammeArea = (lan: readonly string[], names: readonly string[], when: 'now' | 'then'): AreaVerdict => {
    const now = when === 'now';
    const name = () => listOf(names, 'sv');
    if (lan.includes(profile.lan)) {
      return {
        verdict: 'eligible',
        from: 'programme-data',
        ...(isNearArea(lan) ? { points: AREA_BOOST.near, near: true } : { points: AREA_BOOST.wide }),
        text: t(
          () => `${lanName()} ${now ? 'ingår' : 'ingick'} i programområdet för ${name()}.`,
          () => `${lanName()} ${now ? 'is' : 'was'} inside the ${name()} programme area.`,
        ),
      };
    }
    const plural = names.length > 1;
    const outsideSv = () =>
      `${lanName()} ${now ? 'ligger' : 'låg'} utanför programområde${plural ? 'na' : 't'} för ${name()}`;
    const outsideEn = () =>
      `${lanName()} ${now ? 'is' : 'was'} outside the ${listOf(names, 'en')} programme area${plural ? 's' : ''}`;
    // Outside, but not shut out: the call takes partners from there, as it says.
    const takenIn = (sv: string, en: string): AreaVerdict => ({
      verdict: 'unknown',
      from: 'programme-data',
      points: 0,
      text: t(
        () => `${outsideSv()}, men utlysningen tar med ${sv}.`,
        () => `${outsideEn()}, but the call takes ${en}.`,
      ),
    });
    // "Som angränsande områden räknas i Sverige SE211, SE212 och SE221" with funded partners.
    const adjacent = s.adjacentAreas;
    if (adjacent && takesInFrom(adjacent, profile))
      return takenIn(
        `parter också från ${lanName()} ("${adjacent.said}")`,
        `partners from ${lanName()} too ("${adjacent.said}")`,
      );
    // "Partners from outside of the programme area can participate": unfunded, if the call says so ("…only by covering
    // their own costs").
    if (s.outsidePartners) {
      const { said, unfunded } = s.outsidePartners;
      // Without the programme's money a body outside takes part but gets nothing: outside, as the call says.
      if (unfunded)
        return outsideProgrammeArea(
          t(
            () => `${outsideSv()}; parter utanför området deltar utan medel från programmet ("${said}").`,
            () => `${outsideEn()}; partners from outside it take part without the programme’s money ("${said}").`,
          ),
        );
      return takenIn(`parter utanför området ("${said}")`, `partners from outside it ("${said}")`);
    }
    return outsideProgrammeArea(
      t(
        () => `${outsideSv()}.`,
        () => `${outsideEn()}.`,
      ),
    );
  };
  // "Kommuner i Östergötlands län, utom Linköpings och Norrköpings kommuner": the kommun named is left out.
  const excepted = s.exceptedKommuner;
  if (excepted && profile.kind === 'kommun' && namedAmong(excepted.names, profile.name))
    return outside(
      () => `Utlysningen undantar kommuner vid namn ("${excepted.said}"); ${profile.name} är en av dem.`,
      () => `The call leaves out municipalities by name ("${excepted.said}"); ${profile.name} is one of them.`,
    );
  // "Kommuner i Norrbottens, Västerbottens och Gotlands län kan dock inte söka": the body's län is left out.
  const exceptedLan = s.exceptedLan;
  if (
    exceptedLan?.lan.includes(profile.lan) &&
    (exceptedLan.classes.length === 0 ||
      exceptedLan.classes.includes(profile.kind === 'kommun' ? 'municipal' : 'region'))
  )
    return outside(
      () => `Utlysningen undantar sökande i vissa län ("${exceptedLan.said}"); ${lanName()} är ett av dem.`,
      () => `The call leaves out applicants in some counties ("${exceptedLan.said}"); ${lanName()} is one of them.`,
    );
  // A procurement buys a service for places the tender names: the programme's area says nothing of who bids.
  if (s.tenderCall) {
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () => 'Utlysningen är en upphandling; programområdet säger inget om vem som kan lämna anbud.',
        () => 'The call is a procurement; the programme area says nothing of who may bid.',
      ),
    };
  }
  // "Development projects … in low-income countries": where the projects are; who applies is not said.
  if (s.projectPlaces) {
    const places = s.projectPlaces;
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () => `Projekten ska genomföras i "${someOf(places, 'sv')}"; om sökande i Sverige kan söka framgår inte.`,
        () =>
          `The projects are to be carried out in "${someOf(places, 'en')}"; whether applicants in Sweden may apply is not said.`,
      ),
    };
  }
  // "Swedish partners may join at their own cost": they take part, unfunded; no blocker hides the call.
  if (s.swedenUnfunded) {
    const said = s.swedenUnfunded;
    // "…a partner in Norrbotten or Västerbotten … Swedish partners must cover their own costs": a body elsewhere in
    // Sweden may not take part even so.
    const inText = s.textArea && !s.textArea.abroad && !s.textArea.touches ? s.textArea.lan : undefined;
    const partnerLan = s.swedishPartnerLan ?? inText ?? s.swedenUnfundedLan;
    if (partnerLan && partnerLan.length > 0 && !s.swedishLanRefused && !partnerLan.includes(profile.lan))
      return outside(
        () =>
          `Utlysningen tar emot svenska partner bara från ${lanListOf(partnerLan, 'sv')}, och då utan medel från utlysningen; ${lanName()} ligger utanför.`,
        () =>
          `The call admits Swedish partners only from ${lanListOf(partnerLan, 'en')}, and then without its money; ${lanName()} is outside.`,
      );
    return unsure(
      () => `Organisationer i Sverige kan delta bara utan medel från utlysningen ("${said}").`,
      () => `Bodies in Sweden may take part only without the call's money ("${said}").`,
    );
  }
  // "Sökande ska ha hemort på Åland … tillsammans med minst en samarbetspart i … Sverige": partners here.
  if (s.partnersInSweden) {
    const said = s.partnersInSweden;
    // "…a partner in Norrbotten or Västerbotten in Sweden; up to half the grant may be transferred to such partners":
    // partners from those län, paid; a body elsewhere in Sweden is outside.
    const lan = s.partnersInSwedenLan;
    if (lan && lan.length > 0)
      return lan.includes(profile.lan)
        ? unsure(
            () =>
              `Sökande ska finnas i ett annat land, men utlysningen tar med betalda samarbetsparter från ${lanListOf(lan, 'sv')}; ${lanName()} är bland dem ("${said}").`,
            () =>
              `Applicants must be in another country, but the call takes in paid partners from ${lanListOf(lan, 'en')}; ${lanName()} is among them ("${said}").`,
          )
        : outside(
            () =>
              `Sökande ska finnas i ett annat land, och svenska samarbetsparter kan komma bara från ${lanListOf(lan, 'sv')}; ${lanName()} ligger utanför.`,
            () =>
              `Applicants must be in another country, and Swedish partners may come only from ${lanListOf(lan, 'en')}; ${lanName()} is outside.`,
          );
    // ("…of which at least two must be established in EU Member States", "in another Baltic Sea country": a group of
    // countries, Sweden among them.)
    const where = /sverige|sweden/iu.test(said)
      ? { sv: 'i Sverige', en: 'in Sweden' }
      : /\bEU\b|member states|medlemsstater/iu.test(said)
        ? { sv: 'från EU:s medlemsstater, Sverige bland dem', en: 'from EU Member States, Sweden among them' }
        : { sv: 'från en grupp länder där Sverige ingår', en: 'from a group of countries Sweden belongs to' };
    return unsure(
      () => `Sökande ska finnas i ett annat land, men utlysningen tar med samarbetsparter ${where.sv} ("${said}").`,
      () => `Applicants must be in another country, but the call takes in partners ${where.en} ("${said}").`,
    );
  }
  // "The applicant must be an Estonian local government … partners may be … from any EU or EEA country".
  if (s.beyondCountries) {
    const named = (lang: 'sv' | 'en') => s.beyondCountries?.map((e) => entryName(e, lang)) ?? [];
    return unsure(
      () =>
        `Utlysningen gäller ${someOf(named('sv'), 'sv')}, men tar också med sökande eller parter från andra länder; Sverige nämns inte.`,
      () =>
        `The call is for ${someOf(named('en'), 'en')}, but also takes applicants or partners from other countries; Sweden is not named.`,
    );
  }
  // "Eligible partner cities … are Karlskrona (Sweden), Kotka (Finland) …" in a city's own fund abroad: the kommun
  // named takes part from home, whatever the list of countries says of the applicants.
  const partnerTown =
    s.swedenEligible === false && s.municipality && profile.kind === 'kommun'
      ? s.partnerTowns?.find((town) => namedIn(town, profile.name))
      : undefined;
  if (partnerTown)
    return unsure(
      () =>
        `Sökande ska finnas i ett annat land, men utlysningen nämner ${profile.name} bland partnerorterna ("${partnerTown}").`,
      () =>
        `Applicants must be in another country, but the call names ${profile.name} among its partner towns ("${partnerTown}").`,
    );
  // "Partners located in other EU regions outside the programme area may participate … with their own ERDF budget".
  const euPartners = s.euPartnersOutside;
  if (euPartners && s.swedenEligible === false && !s.swedenRefused)
    return unsure(
      () =>
        `Sverige finns inte bland programmets länder, men utlysningen tar med parter från andra EU-länder ("${euPartners}").`,
      () =>
        `Sweden is not among the programme's countries, but the call takes partners from other EU countries ("${euPartners}").`,
    );
  if (s.swedenEligible === false) {
    return {
      verdict: 'not-eligible',
      points: 0,
      blocker: 'country-not-eligible',
      text: t(
        () => countryText(s, 'sv'),
        () => countryText(s, 'en'),
      ),
    };
  }
  // "Marine pollution in the Black Sea": the work is in a basin abroad; whether others may take part is not said.
  const basin = s.basinAbroad;
  // (A list of the outermost regions says where applicants are: the territory's reading below.)
  if (basin && (s.swedenEligible !== true || s.basinStates) && s.territory?.kind !== 'outermost') {
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () => `Utlysningen gäller "${basin}", utanför Sverige; om sökande i Sverige kan delta framgår inte.`,
        () => `The call is about "${basin}", outside Sweden; whether applicants in Sweden may take part is not said.`,
      ),
    };
  }
  // "Inom Arbrå och Undersvik socknar", "bygder som blivit berörda genom utbyggnaden av vattenkraft": a local area.
  if (s.localArea && !s.areaId && !s.municipality) {
    const { said: local, kommun: named, kommuner, regioner, only } = s.localArea;
    // Kommuner and regioner the grant may go to, named: a body is one of them or shut out.
    if (only && kommuner) {
      const among =
        profile.kind === 'kommun' ? namedAmong(kommuner, profile.name) : namedLan(regioner ?? [], profile.lan);
      const names = profile.kind === 'kommun' ? kommuner : (regioner ?? []);
      const of =
        profile.kind === 'kommun' ? { sv: 'kommuner', en: 'municipalities' } : { sv: 'regioner', en: 'regions' };
      return {
        verdict: among ? 'eligible' : 'not-eligible',
        points: 0,
        ...(among ? {} : { blocker: 'outside-programme-area' }),
        text: t(
          () =>
            `Utlysningen gäller bara ${of.sv} som den räknar upp (${someOf(names, 'sv')}); ${profile.name} ${among ? 'är en av dem' : 'är inte en av dem'}.`,
          () =>
            `The call is only for the ${of.en} it lists (${someOf(names, 'en')}); ${profile.name} ${among ? 'is one of them' : 'is not one of them'}.`,
        ),
      };
    }
    // Kommuner the fund gives priority to: a priority, not a limit, told with whether we are among them.
    if (kommuner && kommuner.length > 0) {
      const kommun = profile.kind === 'kommun';
      const among = kommun
        ? namedAmong(kommuner, profile.name)
        : kommuner.some((k) => municipalityInLan(k, profile.lan));
      const where = kommun
        ? among
          ? { sv: 'är en av dem', en: 'is one of them' }
          : { sv: 'är inte en av dem', en: 'is not one of them' }
        : among
          ? { sv: 'har en eller flera av dem i länet', en: 'has one or more of them in its county' }
          : { sv: 'har ingen av dem i länet', en: 'has none of them in its county' };
      return {
        verdict: 'unknown',
        points: 0,
        text: t(
          () => `Utlysningen prioriterar vissa kommuner (${listOf(kommuner, 'sv')}); ${profile.name} ${where.sv}.`,
          () =>
            `The call gives priority to some municipalities (${listOf(kommuner, 'en')}); ${profile.name} ${where.en}.`,
        ),
      };
    }
    // One kommun named ("inom Ånge kommun"): every other kommun is outside it, and a region outside its län.
    if (named && !(profile.kind === 'kommun' && namedAmong([named], profile.name))) {
      const inLan = profile.kind === 'region' && municipalityInLan(named, profile.lan);
      return {
        verdict: inLan ? 'unknown' : 'not-eligible',
        points: 0,
        ...(inLan ? {} : { blocker: 'outside-programme-area' }),
        text: t(
          () =>
            inLan
              ? `Utlysningen gäller ${named} kommun ("${local}"), som ligger i ${lanName()}.`
              : `Utlysningen gäller ${named} kommun ("${local}"); ${profile.name} ligger utanför.`,
          () =>
            inLan
              ? `The call is for ${named} municipality ("${local}"), which lies in ${lanName()}.`
              : `The call is for ${named} municipality ("${local}"); ${profile.name} is outside it.`,
        ),
      };
    }
    // A funder's area the call also names by its län, landskap or kommuner ("i Småland och på Öland"): those say
    // where, below.
    const byLan =
      (s.textArea && s.textArea.lan.length > 0 && !s.textArea.abroad && !s.textArea.touches) || s.municipalArea;
    if (!byLan)
      return unsure(
        () => `Utlysningen gäller ett avgränsat område ("${local}"); om ${profile.name} ligger där framgår inte.`,
        () => `The call is for a local area ("${local}"); whether ${profile.name} lies there is not said.`,
      );
  }
  // A funder abroad that admits applicants from abroad too: told so, rather than "no limit found".
  const home = s.homeAbroadAdmitted;
  if (home && !s.areaId && !s.programmeId) {
    return {
      verdict: 'eligible',
      points: 0,
      text: t(
        () =>
          `Utlysningen ges av en organisation i ${swedishName(home)} och tar emot sökande även utanför ${swedishName(home)}.`,
        () => `The call is given by a body in ${home} and admits applicants outside ${home} too.`,
      ),
    };
  }
  // A programme area's islands ("only projects benefitting the islands and archipelago parts"), coast ("only partners
  // located in coastal municipalities can receive funding") or border kommuner ("gränskommunerna, kommuner vars
  // territorium gränsar mot Finland"): a kommun of the area the data places outside them is outside, whatever the
  // area holds.
  const inAreaOutside =
    s.areaId && s.territory && AREA_BY_ID.get(s.areaId)?.lan.includes(profile.lan)
      ? kommunOutside(s.territory, profile)
      : undefined;
  if (inAreaOutside && s.territory) {
    const said = s.territory.said;
    const only = TERRITORY_NAMES[s.territory.kind as keyof typeof TERRITORY_NAMES] ?? TERRITORY_NAMES.islands;
    const one = s.onePartnerThere;
    if (one)
      return unsure(
        () =>
          `Utlysningen gäller bara ${only.sv} ("${said}") och ${inAreaOutside.sv}, men bara en part behöver finnas där ("${one}").`,
        () =>
          `The call is limited to ${only.en} ("${said}") and ${inAreaOutside.en}, but only one partner need be there ("${one}").`,
      );
    return outside(
      () => `Utlysningen gäller bara ${only.sv} ("${said}"); ${inAreaOutside.sv}.`,
      () => `The call is limited to ${only.en} ("${said}"); ${inAreaOutside.en}.`,
    );
  }
  const area = s.areaId ? AREA_BY_ID.get(s.areaId) : undefined;
  // An interregional programme (Interreg Europe, URBACT, ESPON) covers the whole Union in every period (the
  // Interreg regulation draws it so): its area is the same in an older period's call, and is told as the call's.
  const current = (a: ProgrammeArea): boolean => !s.otherPeriod || a.scope === 'interregional';
  if (area && current(area)) {
    // The call itself says its area holds the body's län, where the programme data does not: the call's words win
    // (data may be a period behind). Only a way in: a län the text leaves out stays with the data.
    const stated = s.statedArea;
    // ("Satsningen omfattar Skåne, … län": the call's own area, not the programme's.)
    const ofProgramme = /^(?:programomr|programme area|program area)/i.test(stated?.said ?? '');
    if (stated && !area.lan.includes(profile.lan) && stated.lan.includes(profile.lan))
      return {
        verdict: 'eligible',
        points: AREA_BOOST.near,
        near: true,
        text: t(
          () =>
            `Utlysningen säger att ${ofProgramme ? 'programområdet' : 'dess område'} omfattar ${lanName()} ("${stated.said}").`,
          () => `The call says its ${ofProgramme ? 'programme area' : 'area'} covers ${lanName()} ("${stated.said}").`,
        ),
      };
    // The call's own statement of its Swedish part leaves out a län the data holds ("In Sweden the programme area
    // consists of Västra Götalands, Hallands and Skåne län"): the data may be newer or the page older, so neither
    // admits nor shuts out, and the line says both.
    if (stated && area.lan.includes(profile.lan) && !stated.lan.includes(profile.lan))
      return {
        ...unsure(
          () =>
            `${lanName()} ingår i programområdet för ${area.name}, men utlysningen räknar inte upp det ("${stated.said}").`,
          () =>
            `${lanName()} is inside the ${area.name} programme area, but the call does not list it ("${stated.said}").`,
        ),
        from: 'programme-data',
      };
    // A län's own grant for a few of its kommuner, by name.
    const leftOut = area.lan.length === 1 && area.lan.includes(profile.lan) ? leftOutByName() : undefined;
    if (leftOut) return leftOut;
    // "Sökande kan vara … Region Blekinge, Region Kalmar län och Region Kronoberg": the region itself, by its name,
    // whatever län the funder's area holds.
    if (!area.lan.includes(profile.lan) && regionNamedAmongApplicants(s, profile))
      return {
        verdict: 'eligible',
        points: 0,
        text: t(
          () =>
            `${lanName()} ligger utanför området för ${area.name}, men utlysningen nämner ${profile.name} vid namn bland de sökande.`,
          () =>
            `${lanName()} is outside the ${area.name} area, but the call names ${profile.name} among those who may apply.`,
        ),
      };
    // Which län the area covers is programme data, whatever named the programme. A call naming several
    // programmes as its own covers their union: the body is inside where one of them covers it, the nearest told.
    // Applicants from elsewhere may apply after the area's own: a preference, no limit (area-preference.ts).
    // Applicants need not be based in the area, only the work done there: no limit on where the body is.
    const anySeat = s.seatNotRequired;
    if (anySeat && !area.lan.includes(profile.lan) && !s.areas) {
      return {
        verdict: 'unknown',
        points: 0,
        text: t(
          () =>
            `${area.name} kräver att arbetet görs i ${lanListOf(area.lan, 'sv')}, men inte att sökande har säte där ("${anySeat}").`,
          () =>
            `${area.name} requires the work to be done in ${lanListOf(area.lan, 'en')}, but not that applicants are based there ("${anySeat}").`,
        ),
      };
    }
    const neighbours = s.neighboursAdmitted;
    const next = area.lan.filter((l) => LAN_BY_ID.get(l)?.neighbours.includes(profile.lan));
    // ("kommuner i angränsande län … som medsökande": the neighbours' kommuner, not their regions.)
    const kommunerOnly = s.neighboursKommunerOnly === true && profile.kind === 'region';
    // (Where the call names the neighbours' län themselves, that reading tells it: adjacentAreas below.)
    const namedLan = s.adjacentAreas?.lan.includes(profile.lan) === true;
    if (neighbours && next.length > 0 && !area.lan.includes(profile.lan) && !s.areas && !kommunerOnly && !namedLan) {
      return {
        verdict: 'eligible',
        points: 0,
        text: t(
          () =>
            `${area.name} tar med parter från grannlänen ("${neighbours}"); ${lanName()} gränsar till ${lanListOf(next, 'sv')}.`,
          () =>
            `${area.name} takes in partners from neighbouring counties ("${neighbours}"); ${lanName()} borders ${lanListOf(next, 'en')}.`,
        ),
      };
    }
    const preferred = s.areaPreferred;
    if (preferred && !area.lan.includes(profile.lan) && !s.areas) {
      return {
        verdict: 'eligible',
        points: 0,
        text: t(
          () =>
            `${area.name} ger företräde åt sökande i sitt eget län ("${preferred}"); ${lanName()} ligger utanför men är inte utesluten.`,
          () =>
            `${area.name} gives priority to applicants in its own county ("${preferred}"); ${lanName()} is outside but not shut out.`,
        ),
      };
    }
    if (!s.areas) return byProgrammeArea(area.lan, [area.name], 'now');
    const areas = s.areas.flatMap((id) => {
      const a = AREA_BY_ID.get(id);
      return a && current(a) ? [a] : [];
    });
    const inside = areas.filter((a) => a.lan.includes(profile.lan));
    if (inside.includes(area)) return byProgrammeArea(area.lan, [area.name], 'now');
    const covering = inside.find((a) => isNearArea(a.lan)) ?? inside[0];
    // Inside another programme the call names, not the one whose applicants and priorities it is read by: not
    // shut out, but no area points for a programme drawn around the body.
    // A region's own call naming neighbouring län as well (neighbourLanAreas): the call's, told as the call's.
    if (covering?.publisher && area.publisher)
      return {
        verdict: 'eligible',
        points: 0,
        text: t(
          () => `Utlysningen från ${area.name} gäller också ${lanName()}.`,
          () => `The call of ${area.name} also covers ${lanName()}.`,
        ),
      };
    if (covering) return { ...byProgrammeArea(covering.lan, [covering.name], 'now'), points: 0, near: false };
    return byProgrammeArea(
      area.lan,
      areas.map((a) => a.name),
      'now',
    );
  }
  // A kommun's own grant is for its own area (the principle of locality): every other body is outside it. The
  // kommun itself is its funder, not an applicant (ownFunds), and is not told it is outside.
  const own = s.municipality;
  if (own && !ownKommun(s, profile)) {
    const municipality = listOf(own, 'sv');
    const municipalityEn = listOf(own, 'en');
    // A region is not outside a kommun of its own län: the grant is for those who work in the kommun.
    if (profile.kind === 'region' && own.some((m) => municipalityInLan(m, profile.lan))) {
      return {
        verdict: 'unknown',
        points: 0,
        text: t(
          () =>
            `Utlysningen är ett eget stöd från ${municipality} och gäller dess eget område, som ligger i ${lanName()}.`,
          () => `The call is ${municipalityEn}'s own grant, for its own area, which lies in ${lanName()}.`,
        ),
      };
    }
    // A funder's own grant whose partner towns it names, this body among them ("the partner cities are Aalborg,
    // Karlskrona, …"): the body takes part from home.
    const towns = profile.kind === 'kommun' ? s.partnerTowns?.find((t) => namedIn(t, profile.name)) : undefined;
    if (towns) {
      return {
        verdict: 'unknown',
        points: 0,
        text: t(
          () =>
            `Utlysningen är ett eget stöd från ${municipality}, men nämner ${profile.name} bland partnerorterna ("${towns}").`,
          () =>
            `The call is ${municipalityEn}'s own grant, but names ${profile.name} among its partner towns ("${towns}").`,
        ),
      };
    }
    return outside(
      () =>
        `Utlysningen är ett eget stöd från ${municipality} och gäller dess eget område; ${profile.name} ligger utanför.`,
      () => `The call is ${municipalityEn}'s own grant, for its own area; ${profile.name} is outside it.`,
    );
  }
  // The kommun's own grant, told to the kommun: for its own area, which it funds rather than applies to.
  if (own)
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () => `Utlysningen är ${profile.name}s eget stöd och gäller kommunens eget område.`,
        () => `The call is ${profile.name}'s own grant, for its own area.`,
      ),
    };
  // A kind of territory: Sweden has no outermost region and no less developed region, a län without a land border
  // holds no border area, one that does not reach the sea no island or coast of it; whether a body's own area holds
  // islands or coast, or lies at the border, the call cannot say.
  // Within a programme area, only islands or the coast say more (above); the area says where the rest applies.
  const territory = s.areaId ? undefined : s.territory;
  // "Strand 1 is open to local authorities whose territory borders the sea … Strand 2 to regional public
  // authorities": a limit on kommuner does not bind a region the call names beside them.
  if (
    territory &&
    (territory.kind === 'coast' || territory.kind === 'island-municipalities') &&
    profile.kind === 'region' &&
    s.regionsBesideTerritory
  )
    return judgeArea({ ...s, territory: undefined }, profile, withText);
  if (territory) {
    const said = territory.said;
    const lan = LAN_BY_ID.get(profile.lan);
    const why =
      TERRITORY_SWEDEN_LACKS[territory.kind] ??
      (territory.kind === 'border' && !lan?.landBorders?.length
        ? {
            sv: `${lanName()} har ingen landgräns mot ett annat land`,
            en: `${lanName()} has no land border with another country`,
          }
        : undefined) ??
      (BY_SEA.has(territory.kind) && lan?.seaCoast === false
        ? { sv: `${lanName()} når inte havet`, en: `${lanName()} does not reach the sea` }
        : undefined) ??
      kommunOutside(territory, profile);
    // The doubt told, no blocker: "with a particular focus on less developed regions" weighs them, and "partners
    // located in transition or more developed regions may participate as beneficiaries" is a way in beside them.
    const others = s.otherRegionsAdmitted;
    if (why && (territory.focus || others))
      return unsure(
        () =>
          territory.focus
            ? `Utlysningen lägger särskild vikt vid vissa områden ("${said}"); ${why.sv}, men utlysningen säger inte att bara sådana områden kan delta.`
            : `Utlysningen gäller främst ett slags område ("${said}"); ${why.sv}, men utlysningen tar med parter från andra regioner ("${others}").`,
        () =>
          territory.focus
            ? `The call puts weight on some areas ("${said}"); ${why.en}, but it does not say only such areas may take part.`
            : `The call is chiefly for one kind of area ("${said}"); ${why.en}, but the call takes partners from other regions ("${others}").`,
      );
    if (why) {
      return {
        verdict: 'not-eligible',
        points: 0,
        blocker: 'outside-programme-area',
        text: t(
          () => `Utlysningen gäller bara ett slags område ("${said}"); ${why.sv}.`,
          () => `The call is limited to one kind of area ("${said}"); ${why.en}.`,
        ),
      };
    }
    // A coastal kommun is inside a call for coastal kommuner, a body of a län on the sea inside one for coastal
    // regions (a Swedish NUTS 3 region is a län): the rest of the call says whether it may apply.
    const byTheSea =
      territory.kind === 'coast' && coastalKommun(profile)
        ? {
            sv: `Utlysningen gäller bara kustkommuner ("${said}"); ${profile.name} ligger vid havet.`,
            en: `The call is limited to coastal municipalities ("${said}"); ${profile.name} lies on the sea.`,
          }
        : territory.kind === 'coastal-region' && lan?.seaCoast
          ? {
              sv: `Utlysningen gäller bara län vid havet ("${said}"); ${lanName()} når havet.`,
              en: `The call is limited to coastal regions ("${said}"); ${lanName()} reaches the sea.`,
            }
          : undefined;
    if (byTheSea) {
      const rest = judgeArea({ ...s, territory: undefined }, profile, withText);
      if (rest.verdict === 'not-eligible') return rest;
      // What else the area line says (the country or programme open to the body) follows; a doubt does not.
      const more = rest.verdict === 'eligible';
      return {
        ...rest,
        verdict: 'eligible',
        text: t(
          () => `${byTheSea.sv}${more ? ` ${rest.text.sv}` : ''}`,
          () => `${byTheSea.en}${more ? ` ${rest.text.en}` : ''}`,
        ),
      };
    }
    // (Outermost and less developed regions, which Sweden lacks, were told above.)
    const kind = TERRITORY_NAMES[territory.kind as keyof typeof TERRITORY_NAMES] ?? TERRITORY_NAMES.border;
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () => `Utlysningen gäller bara ${kind.sv} ("${said}"); om ${profile.name}s område räknas dit framgår inte.`,
        () => `The call is limited to ${kind.en} ("${said}"); whether ${profile.name}'s area counts is not said.`,
      ),
    };
  }
  // The call's text limits it to a regional fund programme or to named län: that tells more than the
  // programme data (a national funder's call for one region).
  const where = s.textArea;
  // The Swedish län a call of several countries names are where Swedish partners may come from.
  const partnerLan = s.swedishPartnerLan;
  if (partnerLan && s.swedishLanRefused) {
    const names = (lang: 'sv' | 'en') => lanListOf(partnerLan, lang);
    return partnerLan.includes(profile.lan)
      ? outside(
          () => `Utlysningen säger att sökande i ${names('sv')} inte kan söka; ${lanName()} är bland dem.`,
          () => `The call says applicants in ${names('en')} may not apply; ${lanName()} is among them.`,
        )
      : unsure(
          () => `Utlysningen säger att sökande i ${names('sv')} inte kan söka; ${lanName()} är inte bland dem.`,
          () => `The call says applicants in ${names('en')} may not apply; ${lanName()} is not among them.`,
        );
  }
  if (partnerLan) {
    const names = (lang: 'sv' | 'en') => lanListOf(partnerLan, lang);
    return partnerLan.includes(profile.lan)
      ? {
          verdict: 'unknown',
          points: 0,
          text: t(
            () => `Utlysningen tar emot svenska sökande eller partner från ${names('sv')}; ${lanName()} är bland dem.`,
            () => `The call admits Swedish applicants or partners from ${names('en')}; ${lanName()} is among them.`,
          ),
        }
      : s.partnersAnywhere
        ? unsure(
            () =>
              `Utlysningen tar emot svenska huvudsökande från ${names('sv')}, där ${lanName()} inte ingår, men partner kan finnas på andra håll ("${s.partnersAnywhere}").`,
            () =>
              `The call admits Swedish lead applicants from ${names('en')}, which ${lanName()} is not among, but partners may be elsewhere ("${s.partnersAnywhere}").`,
          )
        : outside(
            () =>
              `Utlysningen tar emot svenska sökande eller partner bara från ${names('sv')}; ${lanName()} ligger utanför.`,
            () => `The call admits Swedish applicants or partners only from ${names('en')}; ${lanName()} is outside.`,
          );
  }
  // A place abroad where the call's own list of countries holds Sweden ("NO, SE, FI"; "the lead applicant must be
  // located on Bornholm", partners from around the Baltic Sea): the place is the lead's or the work's, and Swedish
  // bodies may take part from home.
  if (where?.abroad && s.swedenEligible === true) {
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () =>
          `Utlysningen nämner ${where.said} som platsen för den sökande eller arbetet, men Sverige finns bland de länder som kan delta.`,
        () =>
          `The call names ${where.said} as where the applicant or the work is, but Sweden is among the countries that may take part.`,
      ),
    };
  }
  if (where) {
    const inside = where.lan.includes(profile.lan);
    // A programme's name is followed by its län; a list of län says them itself.
    // An area by a description, not a name ("four northernmost counties"): quoted, with its län.
    // (So is one in the page's English: "Kalmar County and Blekinge County" is quoted, with the län's own names.)
    const described = /^\p{Ll}/u.test(where.said) || /(?<![\p{L}])count(?:y|ies)(?![\p{L}])/iu.test(where.said);
    const saidArea = described ? `"${where.said}"` : where.said;
    const lanList = (lang: 'sv' | 'en') => (where.areaId || described ? ` (${lanListOf(where.lan, lang)})` : '');
    if (!inside && where.touches) {
      return {
        verdict: 'unknown',
        points: 0,
        text: t(
          () => `Sidan gäller program som berör ${where.said}; om de omfattar ${lanName()} framgår inte.`,
          () => `The page is on programmes touching ${where.said}; whether they cover ${lanName()} is not said.`,
        ),
      };
    }
    // "…ska genomföras i Norrbottens län … Sökande behöver dock inte ha sitt säte i länen": where the work is done.
    const anySeat = s.seatNotRequired;
    if (!inside && anySeat)
      return unsure(
        () =>
          `Utlysningen gäller ${saidArea}${lanList('sv')} som plats för arbetet, men sökande behöver inte ha säte där ("${anySeat}").`,
        () =>
          `The call is limited to ${saidArea}${lanList('en')} as the place of the work, but applicants need not be based there ("${anySeat}").`,
      );
    // "Kommuner i angränsande län (Jönköpings, Kalmar … län) kan ingå som medsökande med egen budget".
    const named = s.adjacentAreas;
    if (!inside && named && takesInFrom(named, profile))
      return unsure(
        () =>
          `Utlysningen gäller ${saidArea}${lanList('sv')}, men tar med parter också från ${lanName()} ("${named.said}").`,
        () =>
          `The call is limited to ${saidArea}${lanList('en')}, but takes in partners from ${lanName()} too ("${named.said}").`,
      );
    // "Projekten får även omfatta samverkansparter med egen budget från andra delar av Sverige": paid parties.
    const elsewhere = s.partiesElsewhere;
    if (!inside && elsewhere)
      return unsure(
        () =>
          `Utlysningen gäller ${saidArea}${lanList('sv')}, men tar med samverkansparter utanför området ("${elsewhere}").`,
        () =>
          `The call is limited to ${saidArea}${lanList('en')}, but takes in partners from outside it ("${elsewhere}").`,
      );
    // "Kommuner i Blekinge län" beside "Regioner (hela landet)": the call gives the body's kind a place of its own.
    const own =
      !inside && (profile.kind === 'kommun' || profile.kind === 'region') ? s.classPlaces?.[profile.kind] : undefined;
    if (own) {
      const kindSv = profile.kind === 'kommun' ? 'kommuner' : 'regioner';
      const kindEn = profile.kind === 'kommun' ? 'municipalities' : 'regions';
      const butSv = () => `Utlysningen gäller ${saidArea}${lanList('sv')}, men för ${kindSv} säger den "${own.said}"`;
      const butEn = () => `The call is limited to ${saidArea}${lanList('en')}, but for ${kindEn} it says "${own.said}"`;
      if (own.nationwide || own.area?.lan.includes(profile.lan))
        return {
          verdict: 'eligible',
          points: 0,
          text: t(
            () => `${butSv()}; ${lanName()} ${own.nationwide ? 'omfattas' : 'ingår'}.`,
            () => `${butEn()}; ${lanName()} is ${own.nationwide ? 'covered' : 'inside'}.`,
          ),
        };
      if (own.area?.fringe?.includes(profile.lan))
        return unsure(
          () => `${butSv()}; om ${lanName()} räknas dit framgår inte.`,
          () => `${butEn()}; whether ${lanName()} counts is not said.`,
        );
    }
    // "Sydsverige": a part of Sweden with no fixed border, which a reader may or may not take to hold the län.
    if (!inside && where.fringe?.includes(profile.lan))
      return unsure(
        () => `Utlysningen gäller ${saidArea}; om ${lanName()} räknas dit framgår inte.`,
        () => `The call is limited to ${saidArea}; whether ${lanName()} counts as part of it is not said.`,
      );
    // An area the text names ("Lappland") and says is made of a few kommuner, by name.
    const leftOut = inside && !where.touches ? leftOutByName() : undefined;
    if (leftOut) return leftOut;
    // "Tornedalen" lies in Norrbottens län, but only in a few of its kommuner (lan.json `partOf`).
    const part = inside ? where.partOf?.[profile.lan] : undefined;
    if (part) {
      const kommuner = (lang: 'sv' | 'en') => listOf(part, lang);
      // (Unless the call names the kommun itself, or takes in the län's other kommuner as paid parties.)
      const named = s.municipalArea && inMunicipalArea(s.municipalArea, profile) === true;
      const outsidePart = profile.kind === 'kommun' && !namedAmong(part, profile.name) && !named;
      const others = outsidePart ? otherKommunerTakePart(s, profile) : undefined;
      if (others)
        return {
          verdict: 'eligible',
          points: 0,
          text: t(
            () => `Utlysningen gäller ${saidArea}, men andra kommuner kan delta som parter ("${others.said}").`,
            () =>
              `The call is limited to ${saidArea}, but other municipalities may take part as partners ("${others.said}").`,
          ),
        };
      if (outsidePart)
        return outside(
          () =>
            `Utlysningen gäller ${saidArea}, som i ${lanName()} omfattar ${kommuner('sv')}; ${profile.name} ligger utanför.`,
          () =>
            `The call is limited to ${saidArea}, which in ${lanName()} covers ${kommuner('en')}; ${profile.name} is outside.`,
        );
      if (profile.kind !== 'kommun')
        return {
          verdict: 'eligible',
          points: AREA_BOOST.near,
          near: true,
          text: t(
            () => `Utlysningen gäller ${saidArea}; en del av ${lanName()} ingår (${kommuner('sv')}).`,
            () => `The call is limited to ${saidArea}; part of ${lanName()} is inside (${kommuner('en')}).`,
          ),
        };
    }
    return inside
      ? {
          verdict: 'eligible',
          points: AREA_BOOST.near,
          near: true,
          text: where.touches
            ? t(
                () => `Sidan gäller program som berör ${where.said}; ${lanName()} ingår.`,
                () => `The page is on programmes touching ${where.said}; ${lanName()} is among them.`,
              )
            : t(
                () => `Utlysningen gäller ${saidArea}${lanList('sv')}; ${lanName()} ingår.`,
                () => `The call is limited to ${saidArea}${lanList('en')}; ${lanName()} is inside.`,
              ),
        }
      : s.partnersAnywhere
        ? unsure(
            () =>
              `Utlysningen gäller ${saidArea}${lanList('sv')}, där ${lanName()} inte ingår, men partner kan finnas på andra håll ("${s.partnersAnywhere}").`,
            () =>
              `The call is limited to ${saidArea}${lanList('en')}, which ${lanName()} is not in, but partners may be elsewhere ("${s.partnersAnywhere}").`,
          )
        : {
            verdict: 'not-eligible',
            points: 0,
            blocker: 'outside-programme-area',
            text: t(
              () => `Utlysningen gäller ${saidArea}${lanList('sv')}; ${lanName()} ligger utanför.`,
              () => `The call is limited to ${saidArea}${lanList('en')}; ${lanName()} is outside.`,
            ),
          };
  }
  // The call's text says its area is a few kommuner, by name: a kommun is in it or not; a region whose län holds
  // some of them is partly in it, which neither admits nor shuts it out.
  const kommuner = s.municipalArea;
  if (kommuner) {
    const inside = inMunicipalArea(kommuner, profile);
    const own = profile.kind === 'kommun' ? profile.name : lanName();
    if (inside === true && profile.kind === 'kommun')
      return {
        verdict: 'eligible',
        points: AREA_BOOST.local,
        near: true,
        text: kommuner.only
          ? t(
              () => `Utlysningen är bara för de kommuner den namnger (${kommuner.said}); ${own} är en av dem.`,
              () => `The call is only for the municipalities it names (${kommuner.said}); ${own} is one of them.`,
            )
          : t(
              () => `Utlysningen gäller området som omfattar ${kommuner.said}; ${own} ingår.`,
              () => `The call is for the area made of ${kommuner.said}; ${own} is inside.`,
            ),
      };
    if (inside === false) return outsideKommuner(kommuner, own);
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () =>
          `Utlysningen gäller området som omfattar ${kommuner.said}; ${inside ? `en del av ${own} ingår` : `om det ligger i ${own} framgår inte`}.`,
        () =>
          `The call is for the area made of ${kommuner.said}; ${inside ? `part of ${own} is inside` : `whether it lies in ${own} is not known`}.`,
      ),
    };
  }
  // A LEADER group's call is for its own area, a few kommuner: Sweden in its list of countries says which
  // country, not which part of it, and which kommuner the area holds is not known.
  if (s.localGroup) {
    const group = s.localGroup;
    // "Leader Norrbotten": which kommuner is not known, but the area lies in the län its name says.
    const place = s.localGroupPlace;
    if (place && !place.lan.includes(profile.lan))
      return outside(
        () => `Utlysningen gäller området för ${group}, som ligger i ${place.said}; ${lanName()} ligger utanför.`,
        () => `The call is for the ${group} area, which lies in ${place.said}; ${lanName()} is outside.`,
      );
    return {
      verdict: 'unknown',
      points: 0,
      text: t(
        () => `Utlysningen gäller området för ${group}; vilka kommuner det omfattar finns inte i programdata.`,
        () => `The call is for the ${group} area; which kommuner it covers is not in the programme data.`,
      ),
    };
  }
  // A call of an earlier period whose area the data holds (sourced, per period) is judged on that area as a call
  // of the current period is on today's, told in the past tense with the period's programme name (a län the text
  // names is then not read as a limit, as for a call of today: signals.ts).
  const then = area && s.otherPeriod ? areaInPeriod(area, s.otherPeriod) : undefined;
  if (then) return byProgrammeArea(then.lan, [then.name], 'then');
  // A call of another programme period whose area the data does not hold: programme areas change between
  // periods (län join or leave), so the data's area is told as its own period's, never as this call's, and
  // neither admits nor shuts out. Where the call's own text names its area, that text decided above; Sweden in
  // its list of countries says which country, not which part of it, where the programme is drawn around some län
  // (cross-border, North Sea).
  // A programme with no Swedish part (Alpine Space, Central Europe) in a call of another period that names no
  // Swedish applicants: Sweden is not a country of the programme, so the body is outside, the data's period said.
  if (area && s.otherPeriod && area.lan.length === 0 && !area.countries.includes('Sweden') && !s.swedenEligible) {
    const p = s.otherPeriod;
    const data = (s.programmeId ? PROGRAMME_BY_ID.get(s.programmeId)?.name : undefined) ?? area.name;
    return outsideProgrammeArea(
      t(
        () =>
          `Utlysningen gäller programperioden ${p} och nämner inte Sverige; ${data} omfattar inget svenskt län och Sverige är inte ett av programmets länder.`,
        () =>
          `The call belongs to the ${p} programme period and does not name Sweden; ${data} covers no Swedish county and Sweden is not one of the programme's countries.`,
      ),
    );
  }
  if (area && s.otherPeriod && (s.swedenEligible !== true || isNearArea(area.lan))) {
    const p = s.otherPeriod;
    const programme = s.programmeId ? PROGRAMME_BY_ID.get(s.programmeId) : undefined;
    const data = programme?.name ?? area.name;
    const named = s.swedenEligible === true && !s.swedishApplicants;
    const inside = area.lan.includes(profile.lan);
    return {
      verdict: 'unknown',
      from: 'programme-data',
      ...(!inside
        ? { points: 0 }
        : isNearArea(area.lan)
          ? { points: AREA_BOOST.near, near: true }
          : { points: AREA_BOOST.wide }),
      text: t(
        () => {
          const open = inside
            ? `Om ${lanName()} ingår i programområdet för ${p}`
            : `Vilket område programmet hade ${p}`;
          return `Utlysningen gäller programperioden ${p}${named ? ' och nämner Sverige bland länderna' : ''}; programdata finns bara för ${data}, vars område ${inside ? 'omfattar' : 'inte omfattar'} ${lanName()}. ${open} framgår inte.`;
        },
        () => {
          const open = inside
            ? `Whether ${lanName()} is inside the ${p} programme area`
            : `Which area the programme had in ${p}`;
          return `The call belongs to the ${p} programme period${named ? ' and names Sweden among its countries' : ''}; programme data is only held for ${data}, whose area ${inside ? 'includes' : 'does not include'} ${lanName()}. ${open} is not said.`;
        },
      ),
    };
  }
  // A national scheme that a region or länsstyrelse handles for its län: open across Sweden, each län's body handling
  // it for its own (a body elsewhere applies at its own handler), so the handler's län is no limit. It
  // earns no geography points: with OPEN_GEOGRAPHY_BOOST, as a country list naming Sweden earns, set 10's document
  // profiles fell by 0.006 (2026-12-02), so the line corrects the blocker without moving the ranking.
  // A body in the handler's own län applies at its own handler: the call is as near to it as its own area's calls.
  const national = s.nationalScheme;
  if (national) {
    const handlerLan = () => LAN_BY_ID.get(national.handler.lan[0])?.name ?? national.handler.lan[0];
    const home = handledAtHome(national, profile.lan);
    const by = national.funder;
    return {
      verdict: 'eligible',
      ...(home ? { points: AREA_BOOST.near, near: true } : { points: 0 }),
      text: t(
        () =>
          `${by ? `${by} ger stödet i hela Sverige` : 'Utlysningen är nationell'} ("${national.said}"); ${national.handler.name} handlägger den${home ? ` för ${handlerLan()}` : national.perLan ? ` för ${handlerLan()}, och i andra län söks stödet hos länets egen handläggare` : `, men den gäller inte bara ${handlerLan()}`}.`,
        () =>
          `${by ? `${by} gives the support across Sweden` : 'The call is national'} ("${national.said}"); ${national.handler.name} handles it${home ? ` for ${handlerLan()}` : national.perLan ? ` for ${handlerLan()}, and in other counties it is applied for at their own handler` : `, but it is not limited to ${handlerLan()}`}.`,
      ),
    };
  }
  // A programme open across its countries but made for a part of them (the Nordic Arctic): a body in that part is
  // in a programme made for its region, as inside an area drawn around it; a body elsewhere is not shut out.
  const focus = programmeFocus(s);
  if (focus?.lan.includes(profile.lan)) {
    return {
      verdict: 'eligible',
      from: 'programme-data',
      points: AREA_BOOST.near,
      near: true,
      text: t(
        () => `${focus.programme} är till för ${focus.place.sv}, där ${lanName()} ligger.`,
        () => `${focus.programme} is for ${focus.place.en}, where ${lanName()} lies.`,
      ),
    };
  }
  // A body elsewhere is not shut out, but the programme's own open geography ("de nordiska länderna") would overstate
  // its place: what the programme is for is the Arctic, which its län is not.
  if (focus) {
    return {
      verdict: 'unknown',
      from: 'programme-data',
      points: 0,
      text: t(
        () => `${focus.programme} är till för ${focus.place.sv}; ${lanName()} ligger utanför.`,
        () => `${focus.programme} is for ${focus.place.en}; ${lanName()} lies outside it.`,
      ),
    };
  }
  // Applicants said to be in Sweden or the Nordic countries, beside a list of other countries (where they go, where
  // partners are), or Nordic ones where the call lists none.
  const swedish = s.swedishApplicants;
  if (swedish && s.swedenEligible === true) {
    const who: Bilingual = s.nordicApplicants
      ? {
          sv: `sökande i Norden ("${swedish}"), Sverige inräknat`,
          en: `applicants in the Nordic countries ("${swedish}"), Sweden included`,
        }
      : { sv: `sökande i Sverige ("${swedish}")`, en: `applicants in Sweden ("${swedish}")` };
    const listed: Bilingual = s.nordicAlone
      ? { sv: '', en: '' }
      : {
          sv: '; länderna den räknar upp säger inte var sökande ska finnas',
          en: '; the countries it lists do not say where applicants must be',
        };
    return {
      verdict: 'eligible',
      points: OPEN_GEOGRAPHY_BOOST,
      text: t(
        () => `Utlysningen vänder sig till ${who.sv}${listed.sv}.`,
        () => `The call is open to ${who.en}${listed.en}.`,
      ),
    };
  }
  // The call's own list of eligible countries tells more than the programme data.
  if (s.swedenEligible === true) {
    return {
      verdict: 'eligible',
      points: OPEN_GEOGRAPHY_BOOST,
      text: t(
        () => 'Sverige finns bland de länder som kan söka.',
        () => 'Sweden is among the eligible countries.',
      ),
    };
  }
  const programme = s.programmeId ? PROGRAMME_BY_ID.get(s.programmeId) : undefined;
  switch (programme?.geography) {
    case 'non-eu':
      // "Partners from other countries, for example Sweden, may take part": the call's own words open it.
      if (s.abroadAdmitted) {
        return {
          verdict: 'unknown',
          from: 'programme-data',
          points: 0,
          text: t(
            () =>
              `${programme.name} tar emot ansökningar från länder utanför EU, men utlysningen tar också emot partner från andra länder.`,
            () =>
              `${programme.name} is open to applicants outside the EU, but the call also admits partners from other countries.`,
          ),
        };
      }
      return {
        verdict: 'not-eligible',
        from: 'programme-data',
        points: 0,
        blocker: 'country-not-eligible',
        text: t(
          () => `${programme.name} tar bara emot ansökningar från länder utanför EU.`,
          () => `${programme.name} is open to applicants outside the EU only.`,
        ),
      };
    case 'eu-wide':
      return {
        verdict: 'eligible',
        from: 'programme-data',
        points: OPEN_GEOGRAPHY_BOOST,
        text: t(
          // The call's own words first: the line's "(programdata)" then marks only what the data says.
          () =>
            `${s.basinOfOneTopic ? `Ett av utlysningens ämnen gäller bara "${s.basinOfOneTopic}"; ` : ''}${programme.name} tar emot ansökningar från hela EU, Sverige inräknat.`,
          () =>
            `${s.basinOfOneTopic ? `One of the call's topics is for "${s.basinOfOneTopic}" only; ` : ''}${programme.name} is open to applicants across the EU, Sweden included.`,
        ),
      };
    case 'sweden':
      if (programme.localAreas && s.localAreaLan) {
        const area = LAN_BY_ID.get(s.localAreaLan)?.name ?? s.localAreaLan;
        if (s.localAreaLan !== profile.lan)
          return outside(
            () => `Utlysningen gäller ett lokalt område för ${programme.name} i ${area}; ${lanName()} ligger utanför.`,
            () => `The call is for a local area of ${programme.name} in ${area}; ${lanName()} lies outside it.`,
          );
        return {
          verdict: 'unknown',
          points: 0,
          text: t(
            () =>
              `Utlysningen gäller ett lokalt område för ${programme.name} i ${area}; vilka kommuner det omfattar framgår inte.`,
            () =>
              `The call is for a local area of ${programme.name} in ${area}; which municipalities it covers is not said.`,
          ),
        };
      }
      if (programme.localAreas)
        return {
          verdict: 'unknown',
          from: 'programme-data',
          points: 0,
          text: t(
            () =>
              `${programme.name} söks i ett av programmets lokala områden, och vilket område utlysningen gäller framgår inte.`,
            () =>
              `${programme.name} is applied for in one of the programme's local areas, and which area the call is for is not said.`,
          ),
        };
      return {
        verdict: 'eligible',
        from: 'programme-data',
        points: OPEN_GEOGRAPHY_BOOST,
        text: t(
          () => `${programme.name} tar emot ansökningar från hela Sverige.`,
          () => `${programme.name} is open to applicants across Sweden.`,
        ),
      };
    case 'nordic-baltic':
      return {
        verdict: 'eligible',
        from: 'programme-data',
        points: OPEN_GEOGRAPHY_BOOST,
        text: t(
          () => `${programme.name} tar emot ansökningar från de nordiska och baltiska länderna.`,
          () => `${programme.name} is open to applicants in the Nordic and Baltic countries.`,
        ),
      };
    case 'nordic':
      return {
        verdict: 'eligible',
        from: 'programme-data',
        points: OPEN_GEOGRAPHY_BOOST,
        text: t(
          () => `${programme.name} tar emot ansökningar från de nordiska länderna.`,
          () => `${programme.name} is open to applicants in the Nordic countries.`,
        ),
      };
  }
  return NO_AREA;
}

/** Same for every profile of a kind, so worked out once per call and kind. */
export function applicantVerdict(s: CallSignals, kind: Profile['kind']): Verdict {
  // One field per kind, not a Map: 100,000 analysed calls each carry one.
  if (kind !== 'region' && kind !== 'kommun') return sized(abroad(judgeApplicant(s, kind), s, kind), s, kind);
  let v = s.verdicts?.[kind] as Verdict | undefined;
  if (!v) {
    v = sized(abroad(judgeApplicant(s, kind), s, kind), s, kind);
    s.verdicts ??= {};
    s.verdicts[kind] = v;
  }
  return v;
}

/**
 * A call whose own list of eligible countries leaves Sweden out ("developing countries", "Finland"), whose text
 * puts its applicants in a place abroad ("located in the City of Oslo"), or whose programme area holds no Swedish
 * län (the EEA and Norway Grants' beneficiary states, Interreg Alpine Space), is for
 * applicants or participants there: the public bodies it names among them are those countries' own, so it does not
 * name Swedish ones. Not where the call says its applicants are in Sweden (`swedishApplicants`), nor ICLD's
 * partnerships for Swedish kommuner.
 */
function abroad(v: Verdict, s: CallSignals, kind: Profile['kind']): Verdict {
  if (v.verdict !== 'eligible' || s.swedishApplicants || s.icldMunicipal) return v;
  const areaAbroad = s.areaId !== undefined && AREA_BY_ID.get(s.areaId)?.lan.length === 0;
  if (s.swedenEligible !== false && !s.textArea?.abroad && !areaAbroad) return v;
  // "The lead applicant must be a municipality in Region Zealand", with Sweden among the countries partners come
  // from and the call admitting partners from abroad: the place abroad is the lead's; the area verdict tells it, and
  // Swedish bodies take part from home.
  if (s.swedenEligible === true && !areaAbroad && s.abroadAdmitted) return v;
  // Partners from other EU countries outside the programme area, funded: Swedish bodies among them.
  if (s.euPartnersOutside && !s.swedenRefused) return v;
  const who = kind === 'region' ? 'regioner' : 'kommuner';
  const whoEn = kind === 'region' ? 'regions' : 'municipalities';
  return {
    verdict: 'unknown',
    text: {
      sv: `Utlysningen vänder sig till sökande i andra länder än Sverige; svenska ${who} är inte bland dem.`,
      en: `The call is for applicants in countries other than Sweden; Swedish ${whoEn} are not among them.`,
    },
  };
}

/**
 * A call that admits kommuner of some size only ("städer med 5 000–50 000 invånare", "cities with over 100,000
 * inhabitants", population-limit.ts): a kommun is not told it may apply, the condition is told instead, until its
 * population is judged against the limit (judgeSize). A region named beside such cities is named without it.
 */
function sized(v: Verdict, s: CallSignals, kind: Profile['kind']): Verdict {
  const condition = conditionOnKommuner(s.populationLimits);
  if (v.verdict !== 'eligible' || kind === 'region' || !condition) return v;
  const own = programmeLimitOf(s.populationLimits);
  if (own?.programme) {
    return {
      verdict: 'unknown',
      unsized: v,
      from: 'programme-data',
      text: {
        sv: `${own.programme} är för kommuner och städer med ${atLeast(own, 'sv')}; om kommunen uppfyller det framgår inte här.`,
        en: `${own.programme} is for municipalities and cities with ${atLeast(own, 'en')}; whether the municipality meets it is not known here.`,
      },
    };
  }
  return {
    verdict: 'unknown',
    unsized: v,
    text: {
      sv: `Utlysningen ställer ett villkor om invånarantal på de sökande ("${condition}"); om kommunen uppfyller det framgår inte här.`,
      en: `The call sets a condition on applicants' population ("${condition}"); whether the municipality meets it is not known here.`,
    },
  };
}

/** Each programme's funder, folded once: the comparison below runs for every call and body ranked. */
const FOLDED_FUNDER: ReadonlyMap<string, string> = new Map(
  [...PROGRAMME_BY_ID].map(([id, p]) => [id, fold(p.funder.toLowerCase())]),
);
let lastName = '';
let lastFolded = '';
const foldedName = (name: string): string => {
  if (name !== lastName) {
    lastName = name;
    lastFolded = fold(name.toLowerCase());
  }
  return lastFolded;
};

/** The call is a kommun's own grant (signals.ts `municipality`), and the body is that kommun. */
function ownKommun(s: CallSignals, profile: Profile): boolean {
  return s.municipality?.some((m) => fold(m.toLowerCase()) === foldedName(profile.name)) === true;
}

/**
 * A programme's funder is not its applicant: Region Kronoberg's own development funds are given by Region
 * Kronoberg, so it is never told that it "may apply" to them (programme data of a region's own calls names the
 * regional level only for the actors it funds), nor is a kommun of its own grant. Undefined when the body is not
 * the call's funder.
 */
function ownFunds(s: CallSignals, profile: Profile): Verdict | undefined {
  const funder = s.programmeId ? FOLDED_FUNDER.get(s.programmeId) : undefined;
  // A region's programme data names it as funder; a kommun's own grant names it in the call's funder field.
  if (!ownKommun(s, profile) && funder !== foldedName(profile.name) && !amongFunders(s, profile)) return undefined;
  // "Region Kronobergs egna förvaltningar kan vara projektägare": the funder applies to its own call, as it says.
  if (s.ownUnitsApply)
    return {
      verdict: 'eligible',
      text: {
        sv: `${profile.name} delar själv ut medlen, men utlysningen tar emot ansökningar från dess egna förvaltningar ("${s.ownUnitsApply}").`,
        en: `${profile.name} itself awards the funds, but the call takes applications from its own departments ("${s.ownUnitsApply}").`,
      },
    };
  // No way in: the body gives the money, and a call of its own is no call it may apply to.
  return {
    verdict: 'not-eligible',
    text: {
      sv: `${profile.name} delar själv ut medlen i utlysningen och är inte sökande.`,
      en: `${profile.name} itself awards the funds of this call and is not an applicant.`,
    },
  };
}

/**
 * A region named in the funder field among those who give the money ("Region Jönköpings län, Region Kronoberg och
 * …"), in a call of no programme or of a region's own: not a region that only announces another's programme
 * ("Region Värmland" publishing the Solidarity Corps).
 */
function amongFunders(s: CallSignals, profile: Profile): boolean {
  if (profile.kind !== 'region' || !s.funderRegions?.includes(foldedName(profile.name))) return false;
  if (!s.programmeId) return true;
  return AREA_BY_ID.get(PROGRAMME_BY_ID.get(s.programmeId)?.area ?? '')?.publisher === true;
}

/** Who may apply, for this body: its own funds first, then what the call and programme data say of its kind. */
export function bodyVerdict(s: CallSignals, profile: Profile): Verdict {
  return (
    // Refused by name ("… kan inte söka igen. Det gäller Kalmar kommun, …"): before anything that admits its kind.
    refusedByName(s, profile) ??
    // Named by name among those who apply, the funder's own units may apply to its own funds.
    regionByName(s, profile) ??
    ownFunds(s, profile) ??
    namedRecipient(s, profile) ??
    coastalApplicant(s, profile) ??
    coastalRefused(s, profile) ??
    judgeSize(applicantVerdict(s, profile.kind), s, profile)
  );
}

/** The body refused by its name in the sentence after a refusal (refused-by-name.ts). */
function refusedByName(s: CallSignals, profile: Profile): Verdict | undefined {
  const refused = s.refusedByName;
  const named =
    profile.kind === 'kommun'
      ? namedAmong(refused?.kommuner ?? [], profile.name)
      : refused?.regions.includes(foldedName(profile.name)) === true;
  if (!refused || !named) return undefined;
  return {
    verdict: 'not-eligible',
    text: {
      sv: `Utlysningen säger att vissa inte kan söka och nämner ${profile.name} bland dem ("${refused.said}").`,
      en: `The call says some may not apply and names ${profile.name} among them ("${refused.said}").`,
    },
  };
}

/** The region named among those who may apply, by its name ("… och av Region Kronoberg"): it may apply. */
const regionNamedAmongApplicants = (s: CallSignals, profile: Profile): boolean =>
  profile.kind === 'region' && s.applicantRegions?.includes(foldedName(profile.name)) === true;

function regionByName(s: CallSignals, profile: Profile): Verdict | undefined {
  if (!regionNamedAmongApplicants(s, profile)) return undefined;
  const said = s.fundersApply;
  if (said)
    return {
      verdict: 'eligible',
      text: {
        sv: `${profile.name} är en av dem som ger medlen, och utlysningen säger att de själva kan söka ("${said}").`,
        en: `${profile.name} is one of the funders, and the call says they may apply themselves ("${said}").`,
      },
    };
  return {
    verdict: 'eligible',
    text: {
      sv: `Utlysningen nämner ${profile.name} vid namn bland de sökande.`,
      en: `The call names ${profile.name} among those who may apply.`,
    },
  };
}

/** The call's own list names only coastal kommuner ("kustkommuner"), and the reference data places this kommun there. */
function coastalApplicant(s: CallSignals, profile: Profile): Verdict | undefined {
  // (Or an entry of the list that is coastal kommuner qualified: "Kustkommuner vid Östersjön" beside "Stiftelser".)
  const kind = s.kommunKind;
  const list =
    s.ownList && coastalMunicipalities(s.ownList)
      ? s.ownList
      : kind && coastalMunicipalities(kind.split(/\s/u)[0])
        ? kind
        : undefined;
  if (!list || !coastalKommun(profile)) return undefined;
  return {
    verdict: 'eligible',
    text: {
      sv: `Utlysningen vänder sig till "${list}", och ${profile.name} ligger vid havet.`,
      en: `The call is open to "${list}", and ${profile.name} lies on the sea.`,
    },
  };
}

/** Coastal kommuner refused, and the body one of them (lan.json `coastalMunicipalities`). */
function coastalRefused(s: CallSignals, profile: Profile): Verdict | undefined {
  const said = s.coastRefused;
  if (!said || !coastalKommun(profile)) return undefined;
  return {
    verdict: 'not-eligible',
    text: {
      sv: `Utlysningen säger att kustkommuner inte kan söka ("${said}"), och ${profile.name} ligger vid havet.`,
      en: `The call says coastal municipalities may not apply ("${said}"), and ${profile.name} lies on the sea.`,
    },
  };
}

/** A name without its genitive and its kind: "Stockholms kommun", "Stockholm kommun" and "Stockholm" alike. */
const bareName = (name: string) =>
  fold(name.toLowerCase())
    .replace(/\s+(?:kommun|stad|municipality)$/u, '')
    .replace(/^region\s+/u, '')
    .replace(/s$/u, '');

/** Other län's bodies the call takes in (adjacentAreas) include this body: its län, and its kind where only regions are. */
const takesInFrom = (adjacent: NonNullable<CallSignals['adjacentAreas']>, profile: Profile): boolean =>
  adjacent.lan.includes(profile.lan) && !(adjacent.regionsOnly && profile.kind !== 'region');

/** Other kommuner than those a call names take part as funded parties, and the body is one of them: the words. */
function otherKommunerTakePart(s: CallSignals, profile: Profile): OtherKommunerParties | undefined {
  const others = profile.kind === 'kommun' ? s.otherKommunerParties : undefined;
  return others && (!others.lan || others.lan.includes(profile.lan)) ? others : undefined;
}

/**
 * The call's list names its recipients ("Stockholms kommun; Göteborgs kommun; Sigtunaskolan"): a body is one of them
 * or not, by its name.
 */
function namedRecipient(s: CallSignals, profile: Profile): Verdict | undefined {
  const named = s.namedRecipients;
  if (!named) return undefined;
  const list = named.join(', ');
  if (named.some((n) => bareName(n) === bareName(profile.name))) {
    return {
      verdict: 'eligible',
      text: {
        sv: `Utlysningen räknar upp sina mottagare (${list}); ${profile.name} är en av dem.`,
        en: `The call lists its recipients (${list}); ${profile.name} is one of them.`,
      },
    };
  }
  // "Övriga kommuner i länet kan delta som samverkansparter" with a share of the money: the area line says so.
  if (otherKommunerTakePart(s, profile))
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen räknar upp sina mottagare (${list}), men andra kommuner kan delta som parter.`,
        en: `The call lists its recipients (${list}), but other municipalities may take part as partners.`,
      },
    };
  return {
    verdict: 'not-eligible',
    text: {
      sv: `Utlysningen räknar upp sina mottagare (${list}); ${profile.name} är inte en av dem.`,
      en: `The call lists its recipients (${list}); ${profile.name} is not one of them.`,
    },
  };
}

/**
 * Only a group chosen already may apply. Partnerships, consortia or networks formed already ("the four green
 * Innomission partnerships"): a body on its own is none of them. Invited applicants: whether this body was invited
 * the call does not say, unless a closed list of other kinds says why not already ("only invited universities"), which
 * is then the reason. Participants named already: no open places. Another group: whether this body is in it the call
 * does not say; a group of kommuner holds no region (`regionOutside`), which the list's class tells.
 */
function chosenGroupVerdict(
  s: CallSignals,
  group: ChosenGroup,
  regionOutside: boolean,
  self: ApplicantClass,
  one: Bilingual,
): Verdict | undefined {
  const said = group.said;
  switch (group.kind) {
    case 'formed':
      return {
        verdict: 'not-eligible',
        text: {
          sv: `Utlysningen är bara öppen för "${said}"; en enskild ${one.sv} är inte en av dem.`,
          en: `The call is only open to "${said}"; a single ${one.en} is not one of them.`,
        },
      };
    case 'invited': {
      const closedToUs =
        s.listed.size > 0 && !s.openEnded && !s.anyKind && ![...s.listed].some((c) => c === self || c === 'public');
      if (closedToUs) return undefined;
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen är bara öppen för inbjudna sökande ("${said}"); om en ${one.sv} har bjudits in framgår inte.`,
          en: `The call is only open to invited applicants ("${said}"); whether a ${one.en} has been invited the call does not say.`,
        },
      };
    }
    case 'accredited':
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen är bara öppen för ackrediterade organisationer ("${said}"); om en ${one.sv} har en sådan ackreditering framgår inte.`,
          en: `The call is only open to accredited organisations ("${said}"); whether a ${one.en} holds one the call does not say.`,
        },
      };
    case 'participants':
      return {
        verdict: 'unknown',
        text: {
          sv: `Deltagarna är redan utvalda ("${said}"); om en ${one.sv} kan söka framgår inte av utlysningen.`,
          en: `The participants are chosen already ("${said}"); whether a ${one.en} may apply the call does not say.`,
        },
      };
    case 'other':
      if (regionOutside) return undefined;
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen är bara öppen för "${said}"; om en enskild ${one.sv} hör dit framgår inte av utlysningen.`,
          en: `The call is only open to "${said}"; whether a particular ${one.en} is one of them the call does not say.`,
        },
      };
  }
}

function judgeApplicant(s: CallSignals, kind: Profile['kind']): Verdict {
  const who = kind === 'region' ? { sv: 'regioner', en: 'regions' } : { sv: 'kommuner', en: 'municipalities' };
  const one = kind === 'region' ? { sv: 'region', en: 'region' } : { sv: 'kommun', en: 'municipality' };
  // The call names its applicants in words that neither admit nor shut out our kind: quoted, the doubt said.
  const openToNamed = (words: string): Verdict => {
    // "Vänorter": kommuner and towns twinned with each other, as any kommun may be; whether a region may, not said.
    if (kind === 'kommun' && twinTowns(words)) {
      return {
        verdict: 'eligible',
        text: {
          sv: `Utlysningen vänder sig till "${words}", kommuner och städer som samarbetar som vänorter.`,
          en: `The call is open to "${words}", municipalities and towns twinned with one another.`,
        },
      };
    }
    // "Kustkommuner", "landsbygdskommuner": some kommuner, which a region is not and a kommun may or may not be.
    if (someMunicipalities(words)) {
      return kind === 'region'
        ? {
            verdict: 'not-eligible',
            text: {
              sv: `Utlysningen vänder sig till "${words}", ett slags kommuner, inte till regioner.`,
              en: `The call is open to "${words}", a kind of municipality, not to regions.`,
            },
          }
        : {
            verdict: 'unknown',
            text: {
              sv: `Utlysningen vänder sig till "${words}", ett slags kommuner; om kommunen är en sådan framgår inte av utlysningen.`,
              en: `The call is open to "${words}", a kind of municipality; whether this one is one the call does not say.`,
            },
          };
    }
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen vänder sig till "${words}"; om ${who.sv} räknas dit framgår inte.`,
        en: `The call is open to "${words}"; whether ${who.en} count among them is not said.`,
      },
    };
  };
  // Only those taking part already ("med ett aktivt kommunalt partnerskap"): before any programme data, ICLD's too.
  if (s.alreadyIn) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen vänder sig bara till dem som redan deltar ("${s.alreadyIn}"); om en enskild ${one.sv} gör det framgår inte av utlysningen.`,
        en: `The call is only for those already taking part ("${s.alreadyIn}"); whether a particular ${one.en} does the call does not say.`,
      },
    };
  }
  if (s.icldMunicipal) {
    return {
      verdict: 'eligible',
      from: 'programme-data',
      text: {
        sv: `ICLD:s kommunala partnerskap är öppna för svenska ${who.sv}.`,
        en: `ICLD's municipal partnerships are open to Swedish ${who.en}.`,
      },
    };
  }
  /** The class that is exactly this kind of body; public bodies at large include both kinds. */
  const self: ApplicantClass = kind === 'region' ? 'region' : 'municipal';
  // The call's own word that bodies like us may not apply outweighs anything the programme data says.
  if (s.excluded?.has(self)) {
    return {
      verdict: 'not-eligible',
      text: { sv: `Utlysningen säger att ${who.sv} inte kan söka.`, en: `The call says ${who.en} may not apply.` },
    };
  }
  if (s.notPubliclyFunded) {
    return {
      verdict: 'not-eligible',
      text: {
        sv: `Utlysningen vänder sig till "${s.notPubliclyFunded}", vilket utesluter ${who.sv}.`,
        en: `The call is for "${s.notPubliclyFunded}", which leaves out ${who.en}.`,
      },
    };
  }
  // (Not "…or take part": a call that refuses public bodies as applicants often lets them join activities or be
  // partners at their own cost.)
  if (s.excluded?.has('public')) {
    return {
      verdict: 'not-eligible',
      text: {
        sv: 'Utlysningen säger att offentliga aktörer inte kan söka.',
        en: 'The call says public bodies may not apply.',
      },
    };
  }
  // Only a group chosen before may apply ("only open to Mission Cities"): whether this body is in it, the call does
  // not say, and programme data cannot.
  // A chosen group of kommuner ("de 32 kommuner som regeringen valt ut") holds no region: the list's class says so.
  const kommunerOnly = s.listed.has('municipal') && !s.listed.has('region') && !s.listed.has('public');
  const group = s.onlyGroup
    ? chosenGroupVerdict(s, s.onlyGroup, kind === 'region' && kommunerOnly, self, one)
    : undefined;
  if (group) return group;
  // Named only by exception ("kommuner kan söka om det finns särskilda skäl"): the call's other applicants are the
  // rule, and we are not shut out.
  if (s.exception && (s.exceptionFor?.has(self) || s.exceptionFor?.has('public'))) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen säger att ${who.sv} kan söka bara i undantagsfall ("${s.exception}").`,
        en: `The call says ${who.en} may apply only by exception ("${s.exception}").`,
      },
    };
  }
  if (s.tenderCall) {
    return {
      verdict: 'not-eligible',
      text: {
        sv: `Utlysningen är en upphandling ("${s.tenderCall}"): leverantörer lämnar anbud på ett uppdrag, och den är inget bidrag som ${who.sv} söker.`,
        en: `The call is a procurement ("${s.tenderCall}"): suppliers bid for a contract, and it is no grant ${who.en} apply for.`,
      },
    };
  }
  if (s.alreadyFunded) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen vänder sig bara till dem som redan har fått stöd ("${s.alreadyFunded}"); om en enskild ${one.sv} hör dit framgår inte av utlysningen.`,
        en: `The call is only for those already funded ("${s.alreadyFunded}"); whether a particular ${one.en} is one of them the call does not say.`,
      },
    };
  }
  if (s.existingProjects) {
    return {
      verdict: 'unknown',
      text: {
        sv: 'Utlysningen vänder sig bara till projekt som redan finns, inte till nya sökande.',
        en: 'The call is open to existing projects only, not to new applicants.',
      },
    };
  }
  const judge = (classes: ReadonlySet<ApplicantClass>, listed: boolean): Verdict | undefined => {
    if (kind === 'kommun' && !classes.has('municipal') && !classes.has('public') && classes.has('school')) {
      return {
        verdict: 'eligible',
        text: {
          sv: 'Utlysningen vänder sig till skolor och utbildningsanordnare; kommunen kan söka som huvudman.',
          en: 'The call is open to schools and education providers; the municipality may apply as their provider.',
        },
      };
    }
    // A region is named as such; kommuner, cities or urban authorities are not regions.
    if (kind === 'region' && classes.has('region') && !classes.has('public') && !classes.has('municipal')) {
      return {
        verdict: 'eligible',
        text: { sv: 'Utlysningen vänder sig till regioner.', en: 'The call is open to regions.' },
      };
    }
    if (classes.has(self) || classes.has('public')) {
      return {
        verdict: 'eligible',
        text: listed
          ? {
              sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer bland de sökande.`,
              en: `The call lists ${who.en} or public bodies among applicants.`,
            }
          : {
              sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer.`,
              en: `The call mentions ${who.en} or public bodies.`,
            },
      };
    }
    const names = APPLICANT_CLASSES.filter((c) => classes.has(c));
    const list = (lang: 'sv' | 'en') => names.map((c) => CLASS_NAMES[c][lang]).join(', ');
    // A region may run a school (folkhögskola, naturbruksgymnasium): a school call neither names nor shuts it out.
    if (kind === 'region' && classes.has('school')) {
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen vänder sig till ${list('sv')}; regioner nämns inte bland de sökande.`,
          en: `The call is open to ${list('en')}; regions are not named among applicants.`,
        },
      };
    }
    if (names.length === 0) return undefined;
    if (names.length === 1) {
      const only = ONLY_TEXT[names[0]];
      if (only) return { verdict: 'not-eligible', text: only };
      if (names[0] === 'region')
        return {
          verdict: 'not-eligible',
          text: {
            sv: 'Utlysningen vänder sig bara till regioner, inte till kommuner.',
            en: 'The call is open to regions only, not to municipalities.',
          },
        };
    }
    // A sentence naming cities or kommuner shuts regions out only when it says only them, or when nothing else in
    // the call concerns regions: not where the call funds work for "cities, regions or communities" or "urban and
    // regional development". (A list of applicant types is a closed list: it says who, and no one else.)
    if (kind === 'region' && !listed && classes.has('municipal') && !s.onlyNamed?.has('municipal')) {
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen nämner ${list('sv')} bland de sökande men inte regioner, och säger inte att bara dessa kan söka.`,
          en: `The call names ${list('en')} among applicants but not regions, and does not say only they may apply.`,
        },
      };
    }
    // A list naming cities shuts regions out unless the call's own text names regions as bodies beside the cities
    // ("digital twins of cities, regions or communities"): the list then says who leads, not that regions may not.
    if (
      kind === 'region' &&
      listed &&
      classes.has('municipal') &&
      !s.onlyNamed?.has('municipal') &&
      s.regionsAmongBodies
    ) {
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningens lista över sökande nämner ${list('sv')} men inte regioner, fast texten nämner regioner bredvid dem; om regioner kan söka framgår inte.`,
          en: `The call's list of applicants names ${list('en')} but not regions, though its text names regions beside them; whether regions may apply is not said.`,
        },
      };
    }
    // "Local authorities", without a word of kommuner themselves: regioner are local self-government too, whatever
    // other kinds the list names beside them ("non-profit associations or local authorities").
    if (kind === 'region' && classes.has('municipal') && s.localAuthorities) {
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen vänder sig till "${s.localAuthorities}" utan att nämna kommuner eller städer; om regioner räknas dit framgår inte.`,
          en: `The call is open to "${s.localAuthorities}" without naming municipalities or cities; whether regions count among them is not said.`,
        },
      };
    }
    // A list naming kommuner beside companies, associations or universities ("kommuner, ideella organisationer eller
    // företag") names kinds of organisation broadly, not the local level alone: that it leaves regions out does not
    // say they may not apply (the blind fact-checks of the released sets found 8 of 22 such blockers false).
    // (Not associations that represent kommuner or have them as members — "twinning committees or non-profit
    // organisations representing local authorities": bodies of the local level, which the list keeps to.)
    if (
      kind === 'region' &&
      classes.has('municipal') &&
      !s.onlyNamed?.has('municipal') &&
      names.some((c) => c === 'company' || c === 'research' || (c === 'civil' && !s.members?.has('municipal')))
    ) {
      return {
        verdict: 'unknown',
        text: {
          sv: `Utlysningen vänder sig till ${list('sv')}; regioner nämns inte bland de sökande.`,
          en: `The call is open to ${list('en')}; regions are not named among applicants.`,
        },
      };
    }
    const others = names.every((c) => NOT_PUBLIC.includes(c))
      ? { sv: 'kommuner och regioner', en: 'municipalities and regions' }
      : who;
    return {
      verdict: 'not-eligible',
      text: {
        sv: `Utlysningen vänder sig till ${list('sv')}, inte till ${others.sv}.`,
        en: `The call is open to ${list('en')}, not to ${others.en}.`,
      },
    };
  };
  // A list that admits any organisation ("legal entities"), goes on ("including…", "främst…", "other
  // organisations") or names actors without their kind ("local actors") limits no one: it may admit us, never
  // shut us out.
  // A role ("fastighetsägare", "employers") is one a kommun or region can hold: the list shuts neither out.
  // Organisations of a field beside the classes named ("föreningar och andra juridiska personer som arbetar med
  // unga") may be of any kind in that field: no blocker either.
  // "Funding is exclusively for individuals": a list or sentence whose every class the call says only of keeps its
  // verdict, however open its other words ("artists, including curators, producers …").
  // A list naming a kind of kommun beside others ("Skärgårdskommuner", "Ideella föreningar") holds some kommuner: it
  // shuts no kommun out by the others' classes.
  const limits = (v: Verdict | undefined, classes: ReadonlySet<ApplicantClass>) =>
    !(classes.size > 0 && [...classes].every((c) => s.onlyNamed?.has(c))) &&
    ((v?.verdict === 'not-eligible' &&
      (s.openToAll || s.openEnded || s.catchAll || s.vague || s.fieldOrgs || (kind === 'kommun' && s.kommunKind))) ||
      (v && v.verdict !== 'eligible' && s.role))
      ? undefined
      : v;
  // Named as project parties, we take part even where the list of applicants names others: our own class or public
  // bodies, not another kind of body ("consortia of cities" names no region as a party).
  const partneredUs = PARTY_CLASSES[kind === 'region' ? 'region' : 'kommun'].some((c) => s.partnered?.has(c));
  // Schools alone ("partnerships between schools") make a kommun a party as the schools' provider, and are said so.
  const schoolsOnly = kind !== 'region' && !s.partnered?.has(self) && !s.partnered?.has('public');
  const asPartner = (v: Verdict | undefined): Verdict | undefined => {
    if (v?.verdict !== 'not-eligible') return v;
    if (partneredUs && schoolsOnly) {
      return {
        verdict: 'eligible',
        text: {
          sv: 'Utlysningen nämner skolor som parter i projekten; kommunen kan delta som huvudman.',
          en: 'The call names schools as project parties; the municipality may take part as their provider.',
        },
      };
    }
    if (partneredUs) {
      return {
        verdict: 'eligible',
        text: {
          sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer som parter i projekten.`,
          en: `The call names ${who.en} or public bodies as project parties.`,
        },
      };
    }
    // A region may run a school (folkhögskola, naturbruksgymnasium), as judge() says of a school call.
    if (kind === 'region' && s.partnered?.has('school')) {
      return {
        verdict: 'unknown',
        text: {
          sv: 'Utlysningen nämner skolor som parter i projekten; regioner nämns inte.',
          en: 'The call names schools as project parties; regions are not named.',
        },
      };
    }
    return v;
  };
  // Named only as members of the organisations that apply ("medlemsorganisationer bestående av kommuner",
  // "associations of local authorities"): the organisation applies; whether one body may is not said. This beats
  // a loose mention elsewhere, programme data, and a list read as naming only the organisation's kind.
  // (Not a class the list also names as applicants itself: "Towns/municipalities; organisations representing local
  // authorities".)
  const memberClasses = MEMBER_CLASSES.filter((c) => s.members?.has(c) && !s.listed?.has(c));
  const memberNames = (lang: 'sv' | 'en') =>
    listOf(
      memberClasses.map((c) => CLASS_NAMES[c][lang]),
      lang,
    );
  const asMembers: Verdict | undefined =
    memberClasses.length > 0
      ? {
          verdict: 'unknown',
          text: {
            sv: `Utlysningen nämner ${memberNames('sv')} bara som medlemmar i de organisationer som kan söka; om en enskild ${one.sv} kan söka framgår inte.`,
            en: `The call names ${memberNames('en')} only as members of the organisations that may apply; whether a single ${one.en} may apply is not said.`,
          },
        }
      : undefined;
  const orMembers = (v: Verdict | undefined) => (asMembers && v && v.verdict !== 'eligible' ? asMembers : v);
  // A list of who may apply or take part that ends with "and other socio-economic actors", "och andra aktörer" goes
  // on to organisations of any kind: it admits us where the classes it names do not (unless we are named only as
  // members of those who apply).
  const catchAll = s.catchAll;
  const open: Verdict | undefined =
    catchAll && !asMembers
      ? {
          verdict: 'eligible',
          text: {
            sv: `Utlysningen räknar upp vilka som kan söka eller delta och avslutar med "${catchAll}", utan att begränsa vilka slags organisationer; det omfattar ${who.sv}.`,
            en: `The call lists who may apply or take part and ends with "${catchAll}", without limiting the kind of organisation; that includes ${who.en}.`,
          },
        }
      : undefined;
  // Researchers (or other persons) who apply with a host organisation of no stated sector: the host may be a kommun
  // or a region, so the list of persons shuts neither out, though the call does not say one may host.
  const host = s.host;
  const hosted = (v: Verdict | undefined, classes: ReadonlySet<ApplicantClass>): Verdict | undefined =>
    v?.verdict === 'not-eligible' && host && [...classes].every((c) => c === 'research' || c === 'individual')
      ? {
          verdict: 'unknown',
          text: {
            sv: `Utlysningen vänder sig till forskare eller personer som söker tillsammans med en värdorganisation ("${host}") och säger inte vilka slags organisationer som kan vara värd; om en ${one.sv} kan vara det framgår inte.`,
            en: `The call is open to researchers or persons applying with a host organisation ("${host}") and does not say which kinds of organisation may host; whether a ${one.en} may is not said.`,
          },
        }
      : v;
  // Companies named where the call also says the work it funds serves the private and the public sector alike
  // ("hubs that support the local private and public sector"): the companies may be those served, so naming them
  // does not say only they may apply — unless the call says "only".
  const servedToo = (v: Verdict | undefined, classes: ReadonlySet<ApplicantClass>): Verdict | undefined =>
    v?.verdict === 'not-eligible' &&
    s.servesPublicAndPrivate &&
    [...classes].every((c) => c === 'company') &&
    !s.onlyNamed?.has('company')
      ? {
          verdict: 'unknown',
          text: {
            sv: `Utlysningen nämner företag, men säger också att det den finansierar ska stödja både privat och offentlig sektor; att företag nämns säger inte att bara de kan söka, och om ${who.sv} kan söka framgår inte.`,
            en: `The call names companies, but also says that what it funds shall support the private and the public sector alike; naming companies does not say only they may apply, and whether ${who.en} may apply is not said.`,
          },
        }
      : v;
  // A call that names the programme's own applicants ("cities") where the programme's rules let us take part by
  // exception (URBACT's non-city partners, regional authorities among them): the call states the rule, not that we
  // may never take part.
  // A kommun's own grant, however national the money it hands out (signals.ts `municipality`): the programme's data
  // on who may apply is not the kommun's.
  const programme = s.programmeId && !s.municipality ? PROGRAMME_BY_ID.get(s.programmeId) : undefined;
  // A region may apply where kommuner may, save in a programme made for kommuner alone (cities' programmes: Urban
  // Innovative Actions, the European Urban Initiative), whose data names no other class.
  const forKommunerAlone = programme?.applicants.length === 1 && programme.applicants[0] === 'municipal';
  const ours: ApplicantClass[] =
    kind === 'region'
      ? forKommunerAlone
        ? ['region', 'public']
        : ['region', 'municipal', 'public']
      : ['municipal', 'public', 'school'];
  // A programme that takes us only by exception (URBACT's non-city partners) does not admit us as a rule, whatever
  // other of our classes it names.
  const programmeAdmits =
    programme?.applicants.some((c) => ours.includes(c)) === true &&
    !(programme.exceptionally?.includes(self) && !programme.applicants.includes(self));
  const byException = (v: Verdict | undefined, classes: ReadonlySet<ApplicantClass>): Verdict | undefined =>
    v?.verdict === 'not-eligible' &&
    programme?.exceptionally?.includes(self) &&
    [...classes].every((c) => programme.applicants.includes(c)) &&
    !s.onlyNamed?.has([...classes][0])
      ? {
          verdict: 'unknown',
          from: 'programme-data',
          text: {
            sv: `Utlysningen vänder sig till ${listOf(
              [...classes].map((c) => CLASS_NAMES[c].sv),
              'sv',
            )}; i programmet kan ${who.sv} delta bara i undantagsfall.`,
            en: `The call is open to ${listOf(
              [...classes].map((c) => CLASS_NAMES[c].en),
              'en',
            )}; ${who.en} may take part in the programme only by exception.`,
          },
        }
      : v;
  // "Städer – kommuner och deras partners": partners of any kind take part beside those named, so the list shuts no
  // one out; whether we may apply ourselves it does not say.
  const theirs = s.theirPartners;
  const withTheirPartners = (v: Verdict | undefined, classes: ReadonlySet<ApplicantClass>): Verdict | undefined =>
    v?.verdict === 'not-eligible' && theirs
      ? {
          verdict: 'unknown',
          text: {
            sv: `Utlysningen vänder sig till ${classesNamed(classes, 'sv')} "${theirs}"; ${who.sv} kan vara partner, men om de kan söka själva framgår inte.`,
            en: `The call is open to ${classesNamed(classes, 'en')} "${theirs}"; ${who.en} may be partners, but whether they may apply themselves is not said.`,
          },
        }
      : v;
  // "Regranting (financial support to third-party CSOs)": a list naming only those the applicants pass grants on to
  // names them where they also apply, perhaps, but does not say only they may.
  const regranted = s.regranted;
  const passedOn = (v: Verdict | undefined, classes: ReadonlySet<ApplicantClass>): Verdict | undefined =>
    v?.verdict === 'not-eligible' && regranted && [...classes].every((c) => regranted.classes.has(c))
      ? {
          verdict: 'unknown',
          text: {
            sv: `Utlysningen nämner ${classesNamed(classes, 'sv')} också som dem stödet förs vidare till ("${regranted.said}"); att de nämns säger inte att bara de kan söka, och om ${who.sv} kan söka framgår inte.`,
            en: `The call also names ${classesNamed(classes, 'en')} as those the grant is passed on to ("${regranted.said}"); naming them does not say only they may apply, and whether ${who.en} may apply is not said.`,
          },
        }
      : v;
  // "Opening applications for three Nordic cooperation programmes … Partners: Only NGOs": a limit of one of the
  // page's programmes is not every one's.
  const several = s.severalCalls;
  const ofOneCall = (v: Verdict | undefined): Verdict | undefined =>
    v?.verdict === 'not-eligible' && several
      ? {
          verdict: 'unknown',
          text: {
            sv: `Sidan gäller flera program, utlysningar eller delar ("${several}"); att ett av dem vänder sig till andra än ${who.sv} säger inte att alla gör det.`,
            en: `The page concerns several programmes, calls or strands ("${several}"); that one of them is open to others than ${who.en} does not say all are.`,
          },
        }
      : v;
  /** The readings above, in the order they apply to what the classes of a list or sentence say. */
  const readings = [limits, passedOn, servedToo, hosted, byException, withTheirPartners, asPartner, ofOneCall];
  /** What the classes of the list (`fromList`) or of the who-may-apply sentences say, with every reading above. */
  const fromClasses = (classes: ReadonlySet<ApplicantClass>, fromList: boolean) =>
    classes.size > 0 ? orMembers(readings.reduce((v, read) => read(v, classes), judge(classes, fromList))) : undefined;
  // Young people as those who take part in projects: the projects' organisations are not named, not shut out.
  const youth = s.youthInProjects;
  if (youth && [...s.listed, ...s.targeted].every((c) => c === 'individual')) {
    return programme && programmeAdmits
      ? {
          verdict: 'eligible',
          from: 'programme-data',
          text: {
            sv: `Utlysningen nämner unga ("${youth}") som deltar i projekt, inte vilka organisationer som driver dem; i ${programme.name} kan ${who.sv} söka.`,
            en: `The call names young people ("${youth}") who take part in projects, not which organisations run them; ${programme.name} is open to ${who.en}.`,
          },
        }
      : {
          verdict: 'unknown',
          text: {
            sv: `Utlysningen nämner unga ("${youth}") som deltar i projekt, inte vilka organisationer som driver dem; om ${who.sv} kan söka framgår inte.`,
            en: `The call names young people ("${youth}") who take part in projects, not which organisations run them; whether ${who.en} may apply is not said.`,
          },
        };
  }
  // "The grant is only for individuals", beside a list of professions ("artists, authors, researchers"): those are
  // persons, the researchers among them.
  const personsOnly =
    s.onlyNamed?.has('individual') === true &&
    s.onlyNamed.size === 1 &&
    [...s.listed].every((c) => c === 'individual' || c === 'research');
  const fromList = personsOnly
    ? fromClasses(new Set<ApplicantClass>(['individual']), true)
    : fromClasses(s.listed, true);
  // A who-may-apply sentence that names us says more than a short list that does not.
  const textNamesUs = s.targeted.has(self) || s.targeted.has('public');
  // A list naming us beside others ("researchers, local governments") whose text names us only as those the
  // applicants work with ("in collaboration with local governments") says we take part, not that we apply.
  if (fromList?.verdict === 'eligible' && partneredUs && !textNamesUs && s.listedBesideOthers) {
    return {
      verdict: 'eligible',
      text: {
        sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer som parter i projekten.`,
        en: `The call names ${who.en} or public bodies as project parties.`,
      },
    };
  }
  if (fromList && !(fromList.verdict !== 'eligible' && (textNamesUs || open))) return fromList;
  const fromWho = fromClasses(s.targeted, false);
  // "Regioner" in a sentence on who is funded is often the place, not the body ("en tävling där regioner kan få
  // finansiering"): where the call's own list names its applicants in words of its own ("klusterorganisationer,
  // nätverk") and not regions, the sentence shuts no kommun out, unless it says only regions.
  if (
    fromWho?.verdict === 'not-eligible' &&
    s.ownList &&
    [...s.targeted].every((c) => c === 'region') &&
    !s.onlyNamed?.has('region')
  )
    return openToNamed(s.ownList);
  // A sentence naming other kinds of applicant, in a programme whose data admits us, without "only": it tells who
  // the call addresses, not that we may not apply (blind fact-checks of the first looks found most such blockers
  // false, 50 of 70).
  // (Not a sentence naming the state's own bodies or persons: embassies, agencies and individuals are no kinds a
  // programme's list of organisations leaves open.)
  if (
    fromWho?.verdict === 'not-eligible' &&
    !fromWho.from &&
    !open &&
    programme &&
    programmeAdmits &&
    ![...s.targeted].some((c) => s.onlyNamed?.has(c)) &&
    [...s.targeted].every((c) => c === 'company' || c === 'research' || c === 'civil')
  ) {
    return {
      verdict: 'unknown',
      from: 'programme-data',
      admitted: true,
      text: {
        sv: `Utlysningen nämner ${classesNamed(s.targeted, 'sv')} bland de sökande men inte ${who.sv}, och säger inte att bara de kan söka; i ${programme.name} kan ${who.sv} söka.`,
        en: `The call names ${classesNamed(s.targeted, 'en')} among applicants but not ${who.en}, and does not say only they may apply; ${programme.name} is open to ${who.en}.`,
      },
    };
  }
  if (fromWho && !(fromWho.verdict !== 'eligible' && open)) return fromWho;
  if (open) return open;
  if (asMembers) return asMembers;
  // "Skärgårdskommuner" among the kinds listed: some kommuner, this one perhaps.
  if (kind === 'kommun' && s.kommunKind) return openToNamed(s.kommunKind);
  if (s.openToAll) {
    return {
      verdict: 'eligible',
      text: {
        sv: `Utlysningen är öppen för alla typer av organisationer eller juridiska personer, vilket omfattar ${who.sv}.`,
        en: `The call is open to any organisation or legal entity, which includes ${who.en}.`,
      },
    };
  }
  // Organisations of a field ("juridiska personer som arbetar med barn och unga"): whether we are one of them is
  // not said, by the call or by funder-wide programme data.
  // Named by the work they do ("alla organisationer som jobbar inom vuxnas lärande"): a kommun or region doing that
  // work is one of them; whether this one does, the call cannot say.
  if (s.fieldOrgs && namedByWork(s.fieldOrgs)) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen vänder sig till "${s.fieldOrgs}" utan att begränsa vilka slags organisationer; ${who.sv} som arbetar inom området räknas dit.`,
        en: `The call is open to "${s.fieldOrgs}" without limiting the kind of organisation; ${who.en} working in the field count among them.`,
      },
    };
  }
  if (s.fieldOrgs) return openToNamed(s.fieldOrgs);
  // Organisations of any kind beside the kinds named ("företag och organisationer"): quoted, the doubt said.
  if (s.bareOrgs) return openToNamed(s.bareOrgs);
  // A group of young people applies or carries out the project, and the call names no kind of body beside it (no
  // organisation or kommun that may apply for the group): the young people apply themselves. Said in the call's
  // words, before any programme data on organisations.
  const bodyNamed = (set: ReadonlySet<ApplicantClass>) => [...set].some((c) => c !== 'individual');
  if (s.youngGroup && !bodyNamed(s.mentioned) && !bodyNamed(s.listed) && !bodyNamed(s.targeted) && !s.anyKind) {
    return {
      verdict: 'not-eligible',
      text: {
        sv: `Utlysningen vänder sig till en grupp unga ("${s.youngGroup}") som söker själva, inte till organisationer som ${who.sv}.`,
        en: `The call is for a group of young people ("${s.youngGroup}") who apply themselves, not for organisations such as ${who.en}.`,
      },
    };
  }
  // The call's own list says who applies in words of its own ("European Digital Innovation Hubs"): the call is not
  // silent, and programme data on the programme at large, or a word in its prose, is not told as if it were.
  if (s.ownList && s.privateOrAbroad) {
    return {
      verdict: 'not-eligible',
      text: {
        sv: `Utlysningen vänder sig till "${s.ownList}": organisationer registrerade i ett annat land eller privaträttsliga, och personer, inte till svenska ${who.sv}.`,
        en: `The call is open to "${s.ownList}": organisations registered in another country or of private law, and persons, not to Swedish ${who.en}.`,
      },
    };
  }
  if (s.ownList) return openToNamed(s.ownList);
  // A word anywhere in the prose ("business development") says nothing about who applies, unless it is us; and
  // "region" in prose is mostly a place ("the whole region"), so it never admits a region by itself — unless
  // named among other bodies ("cities, regions or communities").
  // Named only outside the sentences on who may apply — as those a project serves, a topic, a place, an event's
  // speaker — kommuner are no evidence of who applies: where the programme's data admits us, that is said instead
  // (the mention tells nothing the data does not, and "the call names kommuner" reads as naming them applicants).
  // (Not in a call for research: cities and policymakers there are what the research is about or works with; nor
  // where the call's own list says who applies, above.)
  // Nor in a kommun's own grant: the kommuner its text names are the funder and its like, not applicants.
  if (!programmeAdmits && !(s.researchCall && !s.saysWho) && !s.municipality) {
    const prose = new Set([...s.mentioned].filter((c) => c !== 'region' || s.regionsAmongBodies));
    const fromText = judge(prose, false);
    // Named only as the applicants' partners ("Partnership with a public authority will be considered an asset"):
    // we take part, which is what the call says, not that we apply.
    if (fromText?.verdict === 'eligible' && partneredUs && !textNamesUs) {
      return {
        verdict: 'eligible',
        text: {
          sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer som parter i projekten.`,
          en: `The call names ${who.en} or public bodies as project parties.`,
        },
      };
    }
    if (fromText?.verdict === 'eligible') return fromText;
  }
  // Say what the call itself told, before what the programme data adds.
  const vague = s.vague;
  const role = s.role;
  const said = vague
    ? {
        sv: `Utlysningen nämner "${vague}" utan att säga vilka slags organisationer;`,
        en: `The call names "${vague}" without saying which kinds of organisation;`,
      }
    : role
      ? {
          sv: `Utlysningen vänder sig till "${role}", en roll som även ${who.sv} kan ha;`,
          en: `The call is open to "${role}", a role ${who.en} can also hold;`,
        }
      : s.saysWho || s.listed.size + s.targeted.size > 0
        ? {
            sv: `Utlysningen nämner inte ${who.sv} bland de sökande;`,
            en: `The call does not name ${who.en} among applicants;`,
          }
        : { sv: 'Utlysningen säger inte vilka som kan söka;', en: 'The call does not say who may apply;' };
  // The call's own list names the kinds of body that apply, none of them ours, and nothing in it leaves room for us
  // (no organisations or actors without a kind, no role we can hold): that list decides, not the programme's.
  // Funder-wide programme data says who may apply where a call does not; here the call says it, only not as a
  // closed list (or its blocker would stand), so whether we may apply is not said.
  const namedKinds = APPLICANT_CLASSES.filter((c) => s.listed.has(c) || s.targeted.has(c) || s.examples?.has(c));
  const kinds = (lang: 'sv' | 'en') =>
    listOf(
      namedKinds.map((c) => CLASS_NAMES[c][lang]),
      lang,
    );
  // The list holds whom the call encourages to involve, not who alone may apply.
  if (s.encouragedList && namedKinds.length > 0 && !s.anyKind && !vague && !role) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen uppmuntrar att ${kinds('sv')} involveras men säger inte att bara de kan söka; om ${who.sv} kan söka framgår inte.`,
        en: `The call encourages involving ${kinds('en')} but does not say only they may apply; whether ${who.en} may apply is not said.`,
      },
    };
  }
  // Persons alone ("kulturskapare (person eller grupp)"): a list of persons leaves no room for an organisation. A
  // stipend's list stays one of persons whatever it adds ("Även unga arrangörer kan söka"): a stipend is a person's.
  const noRoomForBodies = !s.anyKind && !vague && (s.stipend || (!s.openEnded && !role));
  if (namedKinds.length === 1 && namedKinds[0] === 'individual' && noRoomForBodies) {
    return { verdict: 'not-eligible', text: ONLY_TEXT.individual ?? NO_AREA.text };
  }
  if (programme && namedKinds.length > 0 && !s.anyKind && !vague && !role) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen nämner ${kinds('sv')} bland de sökande men inte ${who.sv}, och säger inte att bara dessa kan söka; om ${who.sv} kan söka framgår inte.`,
        en: `The call names ${kinds('en')} among applicants but not ${who.en}, and does not say only they may apply; whether ${who.en} may apply is not said.`,
      },
    };
  }
  // A call for research that does not say who may apply is for researchers: what the funder's other programmes
  // admit ("i ICLD kan kommuner söka") is not told as if it were this call's.
  const research = s.researchCall;
  if (programme && programmeAdmits && research && !s.saysWho && !vague && !role) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen är en utlysning av forskning ("${research}") och säger inte vilka som kan söka; forskningsmedel söks i regel av forskare, och om ${who.sv} kan söka framgår inte.`,
        en: `The call is a call for research ("${research}") and does not say who may apply; research funding is mostly applied for by researchers, and whether ${who.en} may apply is not said.`,
      },
    };
  }
  // Programme data of another period than the call's is told as that period's, and never shuts us out.
  if (programme && s.otherPeriod) {
    return programmeAdmits
      ? {
          verdict: 'eligible',
          from: 'programme-data',
          text: {
            sv: `${said.sv} den gäller programperioden ${s.otherPeriod}, men programdata finns bara för ${programme.name}, där ${who.sv} kan söka.`,
            en: `${said.en} it belongs to the ${s.otherPeriod} programme period, but programme data is only held for ${programme.name}, which is open to ${who.en}.`,
          },
        }
      : {
          verdict: 'unknown',
          text: {
            sv: `${said.sv} den gäller programperioden ${s.otherPeriod}, och programdata finns bara för ${programme.name}.`,
            en: `${said.en} it belongs to the ${s.otherPeriod} programme period, and programme data is only held for ${programme.name}.`,
          },
        };
  }
  // A region's own grants differ from grant to grant (culture, public health, associations' operating grants):
  // where the call's own list names who applies and names neither kommuner, regions nor public bodies, the
  // region's data on its calls at large does not say this one is open to us.
  if (
    programme &&
    programmeAdmits &&
    programme.area !== undefined &&
    AREA_BY_ID.get(programme.area)?.publisher === true &&
    (s.listed.size > 0 || s.listAnyKind === true) &&
    !ours.some((c) => s.listed.has(c) || s.targeted.has(c)) &&
    !vague &&
    !role
  ) {
    return {
      verdict: 'unknown',
      text: {
        sv: `${said.sv} programdata om ${programme.name} gäller dess utlysningar i stort, och om ${who.sv} kan söka just denna framgår inte.`,
        en: `${said.en} programme data on ${programme.name} covers its calls at large, and whether ${who.en} may apply to this one is not said.`,
      },
    };
  }
  if (programme) {
    if (programmeAdmits) {
      return {
        verdict: 'eligible',
        from: 'programme-data',
        text: {
          sv: `${said.sv} i ${programme.name} kan ${who.sv} söka.`,
          en: `${said.en} ${programme.name} is open to ${who.en}.`,
        },
      };
    }
    const names = programme.applicants.map((c) => (forKommunerAlone ? CLASS_NAMES : PROGRAMME_NAMES)[c]);
    // Ours only by exception ("om det finns särskilda skäl"): not the rule, and not shut out by it.
    if (programme.exceptionally?.includes(self)) {
      return {
        verdict: 'unknown',
        from: 'programme-data',
        text: {
          sv: `${said.sv} ${programme.name} vänder sig till ${names.map((n) => n.sv).join(', ')}; ${who.sv} kan få stöd bara i undantagsfall.`,
          en: `${said.en} ${programme.name} is open to ${names.map((n) => n.en).join(', ')}; ${who.en} may be funded only by exception.`,
        },
      };
    }
    // The call's own wording that admits more ("any legal entity", "other organisations", "local actors") beats
    // the programme data's narrower list: no blocker on the programme data's word alone.
    if (s.textOpens || s.openEnded || vague || role) {
      return {
        verdict: 'unknown',
        from: 'programme-data',
        text: {
          sv: `${said.sv} utlysningens egen text öppnar för fler sökande än dem ${programme.name} vänder sig till: ${names.map((n) => n.sv).join(', ')}.`,
          en: `${said.en} the call's own text admits more applicants than those ${programme.name} is open to: ${names.map((n) => n.en).join(', ')}.`,
        },
      };
    }
    return {
      verdict: 'not-eligible',
      from: 'programme-data',
      text: {
        sv: `${said.sv} ${programme.name} vänder sig till ${names.map((n) => n.sv).join(', ')}, inte till ${who.sv}.`,
        en: `${said.en} ${programme.name} is open to ${names.map((n) => n.en).join(', ')}, not to ${who.en}.`,
      },
    };
  }
  if (role && !vague) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen vänder sig till "${role}", en roll som även ${who.sv} kan ha, men nämner inte ${who.sv} bland de sökande.`,
        en: `The call is open to "${role}", a role ${who.en} can also hold, but does not name ${who.en} among applicants.`,
      },
    };
  }
  // Beside kinds it names ("föreningar som småföretagare, lokala utvecklingsgrupper"): those are no closed list.
  if (vague && namedKinds.length > 0) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen nämner ${kinds('sv')} bland de sökande, och "${vague}" utan att säga vilka slags organisationer; om ${who.sv} kan söka framgår inte.`,
        en: `The call names ${kinds('en')} among applicants, and "${vague}" without saying which kinds of organisation; whether ${who.en} may apply is not said.`,
      },
    };
  }
  if (vague) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen nämner "${vague}" utan att säga vilka slags organisationer som kan söka.`,
        en: `The call names "${vague}" without saying which kinds of organisation may apply.`,
      },
    };
  }
  // Kinds named beside organisations of any kind ("bolag, stiftelser, institutioner"): the list is said, and open.
  if (namedKinds.length > 0 && (s.anyKind || s.openEnded)) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen nämner ${kinds('sv')} bland de sökande men inte ${who.sv}, och listan är öppen för andra slags organisationer; om ${who.sv} räknas dit framgår inte.`,
        en: `The call names ${kinds('en')} among applicants but not ${who.en}, and its list is open to other kinds of organisation; whether ${who.en} count among them is not said.`,
      },
    };
  }
  // "Grants are awarded to Finnish citizens … and to registered organisations based in Finland": organisations of any
  // kind, of a country that is not Sweden. The call says who, and the area line why not us: no second blocker.
  if (namedKinds.length === 0 && (s.anyKind || s.openEnded) && s.swedenEligible === false && s.applicantPlaces) {
    return {
      verdict: 'unknown',
      silent: true,
      text: {
        sv: `Utlysningen vänder sig till sökande i ${someOf(s.applicantPlaces.map(swedishName), 'sv')}, inte i Sverige.`,
        en: `The call is open to applicants in ${someOf(s.applicantPlaces, 'en')}, not in Sweden.`,
      },
    };
  }
  // "Awarded to a person, organisation, or initiative": organisations named, of no kind in particular.
  if (namedKinds.length === 0 && s.listAnyKind && s.saysWho) {
    return {
      verdict: 'unknown',
      silent: true,
      text: {
        sv: `Utlysningen nämner organisationer bland de sökande utan att säga vilka slags; ${who.sv} nämns inte särskilt.`,
        en: `The call names organisations among applicants without saying which kinds; ${who.en} are not named in particular.`,
      },
    };
  }
  return {
    verdict: 'unknown',
    silent: true,
    text: {
      sv: 'Utlysningen säger inte tydligt vilka som kan söka.',
      en: 'The call does not say clearly who may apply.',
    },
  };
}

/** The verdicts and their points only, without the sentences: what ranking needs. */
/**
 * The body's own funds lie in its own area because it gives them, not because it may apply: the area line stays
 * true, but earns nothing (as the applicant line says, the body is not an applicant).
 */
function withoutOwnFunds(area: AreaVerdict, s: CallSignals, profile: Profile): AreaVerdict {
  if (area.points === 0 || !ownFunds(s, profile)) return area;
  return { ...area, points: 0, near: false };
}

export function eligibilityPoints(
  s: CallSignals,
  profile: Profile,
): { boost: number; nearArea: number; blockers: number; applicant: Verdict } {
  const area = withoutOwnFunds(judgeArea(s, profile, false), s, profile);
  const nearArea = area.near ? area.points : 0;
  let boost = area.near ? 0 : area.points;
  let blockers = area.verdict === 'not-eligible' ? 1 : 0;
  const applicant = bodyVerdict(s, profile);
  if (applicant.verdict === 'not-eligible') blockers++;
  else if (applicant.verdict === 'eligible') boost += APPLICANT.BOOST;
  if (applicant.verdict !== 'not-eligible' && populationMet(s, profile) === false) blockers++;
  return { boost, nearArea, blockers, applicant };
}

export function assessEligibility(s: CallSignals, profile: Profile): EligibilityResult {
  const blockers: Adjustment[] = [];
  const area = withoutOwnFunds(judgeArea(s, profile, true), s, profile);
  if (area.verdict === 'not-eligible') {
    blockers.push({
      kind: area.blocker ?? 'outside-programme-area',
      points: 0,
      text: area.text,
      ...(area.from && { from: area.from }),
    });
  }
  const applicant = bodyVerdict(s, profile);
  let applicantPoints = 0;
  if (applicant.verdict === 'not-eligible') {
    blockers.push({
      kind: 'applicant-type',
      points: 0,
      text: applicant.text,
      ...(applicant.from && { from: applicant.from }),
    });
  } else if (applicant.verdict === 'eligible') {
    applicantPoints = APPLICANT.BOOST;
  }
  // A body the call shuts out by its kind is not told of the call's size limit as well.
  const size = applicant.verdict === 'not-eligible' ? undefined : populationBlocker(s, profile);
  if (size)
    blockers.push({
      kind: 'population-limit',
      points: 0,
      text: size,
      ...(programmeLimitOf(s.populationLimits) && { from: 'programme-data' as const }),
    });
  return {
    eligibility: {
      area: area.verdict,
      areaText: area.text,
      ...(area.from && { areaFrom: area.from }),
      applicant: applicant.verdict,
      applicantText: applicant.text,
      ...(applicant.from && { applicantFrom: applicant.from }),
      areaPoints: area.points,
      applicantPoints,
      points: area.points + applicantPoints,
    },
    blockers,
    areaNear: area.near === true,
  };
}
