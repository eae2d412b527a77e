/**
 * Word senses fixed by context (lexicon `inContext`) and phrases of another sense (lexicon `otherSenses`), on
 * sentences written for this test: "nya arbetssätt" is public-sector innovation only beside a public actor or
 * service; a "kompetenscentrum" is a centre of expertise, not skills supply; sectors whose actors a call reaches
 * ("aktörer inom offentlig sektor, civilsamhälle och näringsliv") say who, not what.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../core/data/index.ts';
import { LexiconSchema } from '../../../core/data/schemas.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'pub', label: { sv: 'Verksamhet', en: 'Services' }, weight: 1, concepts: ['public-innovation'], terms: [] },
    { id: 'skills', label: { sv: 'Kompetens', en: 'Skills' }, weight: 1, concepts: ['skills-supply'], terms: [] },
  ],
});
const concepts = (title: string, summary: string, language: 'sv' | 'en' = 'sv') =>
  score(testCall({ title, summary, language }), body).reasons.map((r) => r.conceptId);

describe('a generic term counts for public-sector innovation only beside a public actor or service', () => {
  const business = [
    ['sv', 'Stöd till små företag', 'Många företag behöver nya arbetssätt och investeringar i maskiner.'],
    ['sv', 'Cirkulära affärsmodeller', 'Industrin ska pröva nya arbetssätt; effektivisering av produktionen.'],
    ['en', 'Support for manufacturers', 'Companies need new ways of working and more efficiency in production.'],
    ['en', 'Greener shipping', 'Shipowners test working methods that cut fuel use.'],
  ] as const;
  for (const [language, title, summary] of business) {
    it(`not: ${summary}`, () => {
      expect(concepts(title, summary, language)).not.toContain('public-innovation');
    });
  }
  const publicSector = [
    ['sv', 'Stöd till utveckling', 'Kommunen ska pröva nya arbetssätt i äldreomsorgen.'],
    ['sv', 'Stöd till utveckling', 'Nya arbetssätt som gör välfärden mer tillgänglig för invånarna.'],
    ['en', 'Development grants', 'Municipalities test new ways of working with residents.'],
    ['en', 'Development grants', 'Working methods that make social services more efficient for citizens.'],
  ] as const;
  for (const [language, title, summary] of publicSector) {
    it(`but: ${summary}`, () => {
      expect(concepts(title, summary, language)).toContain('public-innovation');
    });
  }
  it('the sentence is the context: a public actor in the sentence before does not fix the sense', () => {
    const summary = 'Kommunen är medfinansiär. Företagen i länet ska utveckla nya arbetssätt.';
    expect(concepts('Stöd till utveckling', summary)).not.toContain('public-innovation');
  });
  it('a title on the public sector fixes it for the whole call', () => {
    const summary = 'Projekten ska utveckla och sprida nya arbetssätt.';
    expect(concepts('Innovation i kommunal verksamhet', summary)).toContain('public-innovation');
    expect(concepts('Innovation i tillverkningsindustrin', summary)).not.toContain('public-innovation');
  });
  it("the concept's own unambiguous terms need no context", () => {
    expect(concepts('Stöd', 'Innovation i offentlig sektor.')).toContain('public-innovation');
    expect(concepts('Grants', 'Public sector innovation and e-government.', 'en')).toContain('public-innovation');
  });
});

describe('a competence centre is a centre of expertise, not skills supply', () => {
  it('"kompetenscentrum", "kompetenscentra" and "competence centres" are not skills supply', () => {
    expect(concepts('Kompetenscentrum för hållbar produktion', 'Stöd till nya kompetenscentra.')).not.toContain(
      'skills-supply',
    );
    expect(
      concepts('Competence centres', 'The agency funds competence centres where academia and industry meet.', 'en'),
    ).not.toContain('skills-supply');
  });
  it('skills supply in the same calls still counts', () => {
    expect(concepts('Kompetenscentrum', 'Centret ska också stärka kompetensförsörjningen i länet.')).toContain(
      'skills-supply',
    );
    expect(concepts('Competence centres', 'The centres also offer upskilling of staff.', 'en')).toContain(
      'skills-supply',
    );
  });
});

describe('the lexicon checks its context lists', () => {
  it("every inContext term is one of the concept's own terms", () => {
    const bad = structuredClone(LEXICON);
    const c = bad.concepts.find((x) => x.inContext);
    expect(c).toBeDefined();
    if (c?.inContext) c.inContext.terms.push('no such term');
    expect(LexiconSchema.safeParse(bad).success).toBe(false);
    expect(LexiconSchema.safeParse(LEXICON).success).toBe(true);
  });
});

describe('sectors whose actors a call reaches say who, not what', () => {
  it('"stärka aktörer inom offentlig sektor, civilsamhälle och näringsliv" is no business development', () => {
    const business = testProfile({ priorities: [testPriority('nl', ['business-development'])] });
    const summary =
      'Programmet ska stärka aktörer inom offentlig sektor, civilsamhälle och näringsliv att möta utmaningar som jämställdhet.';
    const m = score(testCall({ title: 'Utbildningsprogram', summary, language: 'sv' }), business);
    expect(m.reasons.map((r) => r.conceptId)).not.toContain('business-development');
    const topic = score(
      testCall({ title: 'Stöd', summary: 'Stödet ska utveckla näringslivet i länet.', language: 'sv' }),
      business,
    );
    expect(topic.reasons.map((r) => r.conceptId)).toContain('business-development');
  });
});
