/**
 * Words of international cooperation that name something else: a capitalised "Co-operation" inside a sentence is
 * a programme's or a body's name, and a transport, energy or broadband network is infrastructure, not a network of
 * partners. Sentences written for this test from how funders generally write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { inBodyNameAt, inNameAt } from '../../../core/text/in-name.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({ priorities: [testPriority('samarbete', ['international-cooperation'])] });
const cooperation = (summary: string) =>
  score(testCall({ title: 'Call for proposals', summary, language: 'en' }), body).reasons.some(
    (r) => r.conceptId === 'international-cooperation',
  );

describe('a capitalised word of cooperation inside a sentence', () => {
  it('is part of a name', () => {
    expect(cooperation('Grants support the Programme for Nordic Co-operation on the Environment and Climate.')).toBe(
      false,
    );
  });
  it("in the programme field, the programme's name, it is no evidence", () => {
    const c = testCall({
      title: 'Invitation to apply for project funding',
      programme: 'Programme for Nordic Co-operation on the Environment and Climate',
      summary: 'Grants for projects on air pollution.',
      language: 'en',
    });
    expect(score(c, body).reasons.some((r) => r.conceptId === 'international-cooperation')).toBe(false);
  });
  it('lowercase, or first in its sentence, it counts', () => {
    expect(cooperation('Grants support Nordic co-operation on climate.')).toBe(true);
    expect(cooperation('Grants for climate projects. Cooperation between towns of two countries is required.')).toBe(
      true,
    );
    expect(cooperation('Priorities:\nCooperation between towns across borders.')).toBe(true);
  });
  it('in capitals (a heading, an acronym) is no name', () => {
    expect(inNameAt('Apply now for COOPERATION grants', 14, 25)).toBe(false);
  });
});

describe('a network of infrastructure', () => {
  it('is not a network of partners', () => {
    expect(cooperation('Funding for new or upgraded infrastructure on the Trans-European Transport network.')).toBe(
      false,
    );
    expect(cooperation('Projects extend the district heating network and the rail network.')).toBe(false);
  });
  it('networks of people still count', () => {
    expect(cooperation('Projects build networks between municipalities in different countries.')).toBe(true);
  });
});

describe("a body's name", () => {
  const text = 'The call is managed by CINEA, the European Climate, Infrastructure & Environment Executive Agency.';
  it('holds no topic: its capitalised words are the name', () => {
    const at = text.indexOf('Environment');
    expect(inBodyNameAt(text, at, at + 'Environment'.length)).toBe(true);
    const research = 'Grants of the European Research Council for frontier research.';
    expect(inBodyNameAt(research, research.indexOf('Research'), research.indexOf('Research') + 8)).toBe(true);
  });
  it('a topic in lowercase, or a capitalised word in no body name, counts', () => {
    const lower = 'Projects improve the environment of the agency district.';
    expect(inBodyNameAt(lower, lower.indexOf('environment'), lower.indexOf('environment') + 11)).toBe(false);
    const award = 'Cities compete for the European Capital of Culture title.';
    expect(inBodyNameAt(award, award.indexOf('Culture'), award.indexOf('Culture') + 7)).toBe(false);
  });
});
