/**
 * "Regions" as places ("the Nordic and Baltic regions", "partners in rural regions", "de nordiska regionerna",
 * "border regions", "less developed regions") are not regional authorities: the applicant line never says the
 * call is open to regions, nor shuts kommuner out as "bara till regioner", on such a word. Sentences written for
 * this test, after how funders generally write.
 */
import { describe, expect, it } from 'vitest';
import { regionAsPlaceAt } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

const OPEN_TO_REGIONS = /vänder sig (bara )?till regioner|nämner regioner/;

describe('regions as places', () => {
  const cases: Partial<FundingCall>[] = [
    { summary: 'Applicants must be based in one of the programme regions.' },
    { summary: 'The call is open to actors in rural regions and remote areas.' },
    { summary: 'Organisations from the Nordic and Baltic regions may apply.' },
    { summary: 'Open to partners across the Arctic regions.' },
    { summary: 'Less developed regions are eligible for a higher co-financing rate.' },
    { summary: 'Sökande kan vara aktörer i de nordiska och baltiska regionerna.', language: 'sv' },
    { summary: 'Stödet kan sökas av organisationer inom glesbefolkade regioner.', language: 'sv' },
    { applicantTypes: ['Organisations in the Nordic and Baltic regions'] },
  ];
  for (const over of cases) {
    it(`"${over.summary ?? over.applicantTypes}"`, () => {
      const r = judge(over, region);
      expect(r.text).not.toMatch(OPEN_TO_REGIONS);
      expect(r.verdict).not.toBe('eligible');
      const k = judge(over, kommun);
      expect(k.text).not.toMatch(/bara till regioner/);
    });
  }
});

describe('regions as applicants', () => {
  const cases: Partial<FundingCall>[] = [
    { summary: 'The call is open to regions, municipalities and NGOs.' },
    { summary: 'Regions in Sweden and Norway may apply.' },
    { summary: 'Regioner och kommuner kan söka.', language: 'sv' },
    { applicantTypes: ['regions', 'municipalities'] },
    // A country's regions in the genitive are its regional bodies.
    { applicantTypes: ['Sveriges regioner'], language: 'sv' },
    { summary: 'Myndigheten bjuder in Sveriges regioner att söka medel för förstudier.', language: 'sv' },
    { summary: "Sweden's regions may apply for pre-studies." },
  ];
  for (const over of cases) {
    it(`"${over.summary ?? over.applicantTypes}"`, () => {
      expect(judge(over, region).verdict).toBe('eligible');
    });
  }
  it('a list of bodies after "from" keeps regions a body', () => {
    const text = 'Participants from municipalities, regions and companies can take part.';
    expect(regionAsPlaceAt(text, text.indexOf('regions'))).toBe(false);
  });
  it('"kommuner i alla regioner": the kommuner apply, the regions are places', () => {
    const r = judge({ summary: 'Kommuner i alla regioner kan söka.', language: 'sv' }, region);
    expect(r.text).not.toMatch(OPEN_TO_REGIONS);
    expect(judge({ summary: 'Kommuner i alla regioner kan söka.', language: 'sv' }, kommun).verdict).toBe('eligible');
  });
});

describe('regions funded beside a list of applicants in the call’s own words', () => {
  const contest = {
    summary:
      'Vinnväxt är en tävling där regioner kan få finansiering i tio år. Utlysningen riktar sig till klusterorganisationer, nätverk och andra samarbetskoalitioner.',
    applicantTypes: ['klusterorganisationer', 'nätverk', 'samarbetskoalitioner'],
    language: 'sv',
  } satisfies Partial<FundingCall>;
  it('shuts no kommun out as "bara till regioner": the list is told, the doubt said', () => {
    const k = judge(contest, kommun);
    expect(k.verdict).toBe('unknown');
    expect(k.text).toBe(
      'Utlysningen vänder sig till "klusterorganisationer; nätverk; samarbetskoalitioner"; om kommuner räknas dit framgår inte.',
    );
  });
  it('…unless the sentence says only regions', () => {
    const only = { ...contest, summary: 'Endast regioner kan söka. Utlysningen gäller klusterorganisationer.' };
    expect(judge(only, kommun).verdict).toBe('not-eligible');
  });
});
