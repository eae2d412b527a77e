/**
 * Readings probe 27's first look (blind fact-checks of fresh pages) and probe 26's showed wrong, each as a general
 * rule. Sentences written for this test from how funders generally write, none copied from a probe's page:
 * - an acronym in running text ("HAL", "NKE") is no common word folded: it carries a topic only as one of the
 *   lexicon's own short terms ("AI");
 * - a call open to civil society organisations whose list gives their categories ("organisations based in …") is
 *   for those organisations only, not for organisations of any kind;
 * - "in each category there are two competition strands": several strands, each with its own applicants;
 * - "the five Nordic nation states" hold Sweden;
 * - a grant that "may be paid to these kommuner and regioner", named, is for them only;
 * - "Regionförbundet i Kalmar län" is the region's body by its former name: the call is for its län;
 * - a programme named for the outermost regions puts the work outside Sweden;
 * - "territories below the level of the Member State" are kommuner and regioner; a "national administration" is
 *   the state's;
 * - a jury "made up of representatives from local authorities" names no applicant;
 * - "Känner du till ett företag … som" is a nomination sentence: its företag says who, not what about;
 * - "an enabling environment for civil society" and "vård och förvaltning" of nature areas are other senses, and so
 *   are LIFE's "best practice projects" (a kind of project, not exchange of experience);
 * - a word in a list of assessment criteria ("effektivitet, originalitet, hållbarhet och kostnadseffektivitet") is a
 *   criterion, not a topic;
 * - "Det kan till exempel vara företag …" goes on with the sentence on who may apply;
 * - (relabel 57) "children's and young people's literature" is a genre, not youth work, and "environment and
 *   health" the health effects of pollution, not health care; the committees that nominate for a prize are a group
 *   set up already.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { severalCallsIn } from '../../../core/match/other-calls.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { acronymAt } from '../../../core/text/acronym.ts';
import { inCriteriaList } from '../../../core/text/criteria-list.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const health = testProfile({ priorities: [testPriority('halsa', ['health-care'])] });
const digital = testProfile({ priorities: [testPriority('digitalt', ['digitalisation'])] });
const green = testProfile({ priorities: [testPriority('miljo', ['green-transition'])] });
const business = testProfile({ priorities: [testPriority('naringsliv', ['business-development'])] });
const culture = testProfile({ priorities: [testPriority('kultur', ['culture-heritage'])] });
const kommun = (name: string, lan: string): Profile => testProfile({ name, lan, priorities: culture.priorities });
const region = (name: string, lan: string): Profile =>
  testProfile({ name, lan, kind: 'region', priorities: culture.priorities });

describe('an acronym', () => {
  it('is told from words in capitals', () => {
    const text = 'Contact the coordinator of PA HAL before you apply.';
    expect(acronymAt(text, text.indexOf('HAL'), text.indexOf('HAL') + 3)).toBe(true);
    const shout = 'INTERREG SOUTH BALTIC PROGRAMME OPENS ITS CALL';
    expect(acronymAt(shout, shout.indexOf('BALTIC'), shout.indexOf('BALTIC') + 6)).toBe(false);
  });
  it('carries no topic by its folded letters', () => {
    const m = score(
      testCall({
        title: 'Seed money for macro-regional projects',
        summary: 'Ask the coordinators of PA HAL or PA Nutri for a letter of support before you apply for seed money.',
      }),
      health,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'health-care')).toEqual([]);
  });
  it('still counts where it is one of the lexicon’s short terms', () => {
    const m = score(
      testCall({ title: 'Call for pilots', summary: 'Projects pilot AI in municipal services for citizens.' }),
      digital,
    );
    expect(m.reasons.some((r) => r.conceptId === 'digitalisation')).toBe(true);
  });
});

describe("civil society's organisations by category", () => {
  const call = testCall({
    title: 'Partnership with the agency for civil society organisations',
    summary:
      'The call is open to civil society organisations working with long-term development cooperation. The following ' +
      'categories of CSOs are eligible: organisations based in partner countries; organisations channelling funds ' +
      'to local civil society actors.',
    applicantTypes: ['organisations based in partner countries', 'organisations channelling funds to partners abroad'],
  });
  it('shuts a kommun out', () => {
    const m = score(call, culture);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
  it('leaves organisations listed beside associations open to any kind', () => {
    const s = analyse(
      testCall({
        language: 'sv',
        title: 'Stadens bidrag',
        summary: 'Bidrag för social delaktighet kan sökas av föreningar.',
        applicantTypes: ['föreningar', 'organisationer', 'privatpersoner'],
      }),
    ).signals;
    expect(s.anyKind).toBe(true);
  });
});

describe('strands of a competition', () => {
  it('are several strands', () => {
    expect(
      severalCallsIn('In each category there are two parallel competition strands: awards and rising stars.'),
    ).toBe('two parallel competition strands');
  });
});

describe('the Nordic nation states', () => {
  it('hold Sweden', () => {
    const s = analyse(
      testCall({ title: 'Literature prize', eligibleCountries: ['the five Nordic nation states', 'Åland'] }),
    ).signals;
    expect(s.swedenEligible).toBe(true);
  });
});

describe('kommuner and regioner named as the only recipients', () => {
  const call = testCall({
    language: 'sv',
    title: 'Statsbidrag till vissa kommuner och regioner',
    summary:
      'Bidrag får betalas ut till dessa kommuner och regioner enligt regeringens beslut. Kommuner: Boxholm, Heby, ' +
      'Malå, Timrå och Ydre. Regioner: Blekinge, Dalarna, Kronoberg och Örebro län. Bidraget ska användas för ' +
      'kulturella omställningsåtgärder.',
    applicantTypes: ['kommuner', 'regioner'],
  });
  it('shuts out a kommun not named', () => {
    const m = score(call, kommun('Karlskrona kommun', 'blekinge'));
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaText.sv).toContain('Boxholm');
  });
  it('admits a kommun named', () => {
    expect(score(call, kommun('Timrå kommun', 'vasternorrland')).eligibility.area).toBe('eligible');
  });
  it('admits a region named, also by its län', () => {
    expect(score(call, region('Region Kronoberg', 'kronoberg')).eligibility.area).toBe('eligible');
    expect(score(call, region('Region Örebro län', 'orebro')).eligibility.area).toBe('eligible');
    expect(score(call, region('Region Kalmar län', 'kalmar')).eligibility.area).toBe('not-eligible');
  });
});

describe("a regional body's former name", () => {
  it('puts the call in its län', () => {
    const call = testCall({
      language: 'sv',
      funder: 'Regionförbundet i Kalmar län',
      title: 'Projektmedel för kultur',
      summary: 'Regionförbundet stödjer utvecklingsprojekt inom kultur.',
    });
    expect(analyse(call).signals.areaId).toBe('region-kalmar');
  });
});

describe('the outermost regions', () => {
  it('put the work of a programme so named abroad', () => {
    const call = testCall({
      programme: 'Pilot project for culture in the outermost regions',
      title: 'Call for proposals: culture in the ORs',
      summary: 'Grants support local culture and cultural exchanges.',
    });
    expect(analyse(call).signals.basinAbroad).toBe('outermost regions');
  });
});

describe('who the words name', () => {
  it('reads territories below the Member State as kommuner and regioner', () => {
    const m = score(
      testCall({
        title: 'Award for entrepreneurial regions',
        summary: 'The award is open to all EU territories below the level of the Member State.',
        applicantTypes: ['all EU territories below the level of the Member State'],
      }),
      culture,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
  it('reads a national administration as the state', () => {
    const s = analyse(
      testCall({ title: 'Tourism campaign', applicantTypes: ['National Administration in charge of tourism'] }),
    ).signals;
    expect([...(s.listed ?? [])]).toEqual(['state']);
  });
  it('names no applicant in a jury', () => {
    const s = analyse(
      testCall({
        language: 'sv',
        title: 'Pris för bästa naturområde',
        summary:
          'Vinnarna utses av en jury som består av bland annat representanter från EU-institutioner, lokala ' +
          'myndigheter och organisationer inom naturvård.',
      }),
    ).signals;
    expect(s.targeted?.size ?? 0).toBe(0);
    expect(s.mentioned?.has('public') ?? false).toBe(false);
  });
  it('reads a nomination sentence as who, not what about', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Nominera till miljöpriset',
        summary:
          'Årets pris går till naturbaserade lösningar. Känner du till ett företag, en organisation eller en person ' +
          'som gör en insats för naturen? Nominera senast i juni.',
      }),
      business,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'business-development')).toEqual([]);
  });
});

describe('other senses', () => {
  it('an enabling environment is no environment', () => {
    const m = score(
      testCall({
        title: 'Support to civil society',
        summary: 'Organisations work for an enabling environment for civil society in partner countries.',
      }),
      green,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'green-transition')).toEqual([]);
  });
  it("a nature area's vård och förvaltning is no care", () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Bidrag till lokala naturvårdsprojekt',
        summary: 'Bidrag kan sökas till områdesskydd, vård och förvaltning, restaurering samt information.',
      }),
      health,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'health-care')).toEqual([]);
  });
});

describe('assessment criteria', () => {
  it('are told as a list of quality criteria', () => {
    const sv = 'Juryn granskar effektivitet, originalitet, hållbarhet och kostnadseffektivitet.';
    expect(inCriteriaList(sv, sv.indexOf('hållbarhet'), sv.indexOf('hållbarhet') + 10)).toBe(true);
    const themes = 'Projects work on innovation, sustainability and circular economy.';
    expect(inCriteriaList(themes, themes.indexOf('sustainability'), themes.indexOf('sustainability') + 14)).toBe(false);
  });
  it('carry no topic', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Pris till bästa naturområde',
        summary:
          'Ansökningarna bedöms av en jury. Juryn granskar relevans, originalitet, hållbarhet och kostnadseffektivitet.',
      }),
      green,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'green-transition')).toEqual([]);
  });
});

describe('the sentence after who may apply', () => {
  it('"Det kan till exempel vara företag" names applicants, not the topic', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Internationella klimatprojekt',
        summary:
          'Utlysningen gäller projekt som minskar utsläpp i andra länder. Vem kan söka? Alla aktörer som kan bidra till ' +
          'målen kan söka. Det kan till exempel vara företag som utvecklar projekt eller offentliga aktörer.',
      }),
      business,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'business-development')).toEqual([]);
  });
});

describe("LIFE's best practice projects", () => {
  it('are a kind of project, not exchange of experience', () => {
    const m = score(
      testCall({
        title: 'LIFE traditional projects',
        summary:
          'Proposals are best practice projects, pilot projects and demonstration projects on climate adaptation.',
      }),
      testProfile({ priorities: [testPriority('utbyte', ['capacity-building'])] }),
    );
    expect(m.reasons.filter((r) => r.conceptId === 'capacity-building')).toEqual([]);
  });
});

describe('read back from relabel 57', () => {
  const youth = testProfile({ priorities: [testPriority('unga', ['youth'])] });
  it("reads children's literature as a genre", () => {
    const m = score(
      testCall({
        title: "Children and Young People's Literature Prize 2026",
        summary: "The prize goes to a work of children's and young people's literature in a Nordic language.",
      }),
      youth,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'youth')).toEqual([]);
  });
  it('reads environment and health as the effects of pollution', () => {
    const m = score(
      testCall({ title: 'Project funding for chemicals work', themes: ['chemicals', 'environment and health'] }),
      health,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'health-care')).toEqual([]);
  });
  it('reads nominating committees as a group set up already', () => {
    const m = score(
      testCall({ title: 'Literature prize', applicantTypes: ['national adjudication committees (nominate)'] }),
      culture,
    );
    expect(m.eligibility.applicantText.sv).toContain('bara öppen för');
  });
});
