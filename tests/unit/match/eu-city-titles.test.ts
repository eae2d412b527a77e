/**
 * The EU's titles and awards for cities (European Capital of Innovation, European Green Capital and Green Leaf,
 * Access City Award, European Capital of Smart Tourism, Intelligent Cities Challenge) are programmes of the reference
 * data: open to cities across the EU, so a Swedish kommun is inside their geography as it is for any EU-wide
 * programme. A title's name is what such a call is about (lexicon `titles`): it stays evidence of the titles concept
 * where it is also the programme's name, while other programmes' names stay context. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ priorities: [testPriority('profilering', ['city-awards'])] });

describe('an EU title for cities', () => {
  const calls = [
    {
      funder: 'European Commission',
      title: 'Apply for the European Capital of Innovation Awards',
      summary: 'Cities from the EU Member States are invited to compete for the title and its prize money.',
    },
    {
      funder: 'Europeiska kommissionen',
      title: 'Sök utmärkelsen Europas miljöhuvudstad',
      summary: 'Städer i EU kan tävla om titeln för sitt arbete med miljö och klimat.',
      language: 'sv' as const,
    },
    {
      funder: 'European Commission',
      title: 'European Capital of Smart Tourism: the competition is open',
      summary: 'Cities compete for the title with their work on accessible and digital tourism.',
    },
  ];
  for (const over of calls) {
    it(over.title, () => {
      const m = score(testCall(over), kommun);
      expect(m.eligibility.area).toBe('eligible');
      expect(m.eligibility.areaFrom).toBe('programme-data');
      expect(m.reasons[0]?.conceptId).toBe('city-awards');
    });
  }

  it('the Intelligent Cities Challenge is an EU-wide programme for cities', () => {
    const m = score(
      testCall({
        funder: 'European Commission',
        title: 'Cities invited to join the Intelligent Cities Challenge',
        summary: 'Cities get advice for their digital and green transition.',
      }),
      testProfile({ priorities: [testPriority('digital', ['digitalisation'])] }),
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.en).toMatch(/Intelligent Cities Challenge/);
  });

  it("another programme's name is still no evidence of its topic", () => {
    const m = score(
      testCall({ funder: 'Nordplus', title: 'Nordplus Junior: apply now', summary: 'Schools may apply.' }),
      testProfile({ priorities: [testPriority('utbyte', ['mobility-exchange'])] }),
    );
    expect(m.reasons.filter((r) => r.conceptId === 'mobility-exchange' && r.points > 0)).toEqual([]);
  });
});
