/**
 * Swedish and English ways of refusing a body that the negation reader did not know: "kan varken vara sökande eller
 * samarbetspart", "kan inte själva söka", "kan inte heller delta", "can neither apply nor…". A refusal to apply
 * followed by a part the body may still take ("men kan vara partner", "but may participate as associated partners")
 * shuts no one out; a part without a budget of its own ("referensgrupper utan egen budget") is no such part. Found by
 * the eligibility probe (tests/fixtures/eligibility-probe); sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

const refused = (summary: string, language: 'sv' | 'en' = 'sv', p = kommun) =>
  judge({ title: 'Bidrag', summary, language }, p).applicantBlockers.length > 0;

describe('refusals in other words', () => {
  it('"varken … eller", "själva", "heller" and "neither … nor" refuse the body', () => {
    expect(refused('Bidraget går till idrottsrörelsen. Kommuner kan varken vara sökande eller samarbetspart.')).toBe(
      true,
    );
    expect(refused('Stöd till lokala föreningar. Kommuner och regioner kan inte själva söka.', 'sv', region)).toBe(
      true,
    );
    expect(refused('Stöd till kulturföreningar. Kommunala förvaltningar kan inte heller delta.')).toBe(true);
    expect(refused('Grants for local sports clubs. Municipalities can neither apply nor be partners.', 'en')).toBe(
      true,
    );
  });
  it('a refusal to apply with a part the body may still take shuts no one out', () => {
    expect(
      refused('Stöd till forskning om vatten. Kommuner kan inte själva söka, men de kan delta som samarbetspart.'),
    ).toBe(false);
    expect(
      refused(
        'Grants for cultural exchange. Municipalities cannot apply, but may participate as associated partners.',
        'en',
      ),
    ).toBe(false);
  });
  it('a part without a budget of its own is no way in', () => {
    expect(
      refused(
        'Forskningsprojekt om klimatanpassning. Kommuner kan inte vara huvudsökande eller medsökande, men får gärna delta som part i referensgruppen utan egen budget.',
      ),
    ).toBe(true);
  });
});
