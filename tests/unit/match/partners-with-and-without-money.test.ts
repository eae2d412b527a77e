/**
 * Read from probe round p40 (written blind in the fortieth session, counted before it was read). A body outside a
 * programme's area that may join only as an associated organisation, without the programme's money, is outside for
 * the question a user asks (may we apply, or be a funded partner?); "their own budget" is a budget of their own in the
 * project, not their own money. Bodies refused for being outside the area are not refused for their kind. A part in
 * the project whose costs the call will not pay is no way around a refusal; other län's bodies, or kommuner under a
 * size limit, named as co-applicants with a budget of their own have a funded way in. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const southBaltic = (summary: string, body = 'linkoping') =>
  seedBlockers(
    {
      funder: 'Interreg South Baltic Programme',
      programme: 'Interreg South Baltic 2021–2027',
      title: 'Call for small projects',
      summary: `Partners must be public authorities or non-profit organisations located in the programme area. ${summary}`,
    },
    body,
  );

describe('partners from outside the programme area', () => {
  it('are outside where they may join only without the programme’s money', () => {
    expect(
      southBaltic('Organisations from elsewhere in the participating countries may join only as associated partners.'),
    ).toContain('outside-programme-area');
    expect(
      southBaltic('Organisations located outside the programme area can take part, but they receive no ERDF.'),
    ).toContain('outside-programme-area');
  });
  it('are taken in where they join with a budget of their own', () => {
    expect(
      southBaltic(
        'Partners located outside the programme area may participate as beneficiaries with their own budget when the results benefit the area.',
      ),
    ).not.toContain('outside-programme-area');
  });
  it('while a body inside the area is not shut out by them', () => {
    expect(
      southBaltic(
        'Organisations from elsewhere in the participating countries may join only as associated partners.',
        'karlskrona',
      ),
    ).not.toContain('outside-programme-area');
  });
});

describe('bodies refused for where they are', () => {
  const smaland = (body: string) =>
    seedBlockers(
      {
        funder: 'Tillväxtverket',
        programme: 'Regionalfondsprogrammet för Småland och öarna 2021–2027',
        title: 'Utlysning inom insatsområde 1',
        summary:
          'Stödmottagare kan vara kommuner, regioner och lärosäten i programområdet. Offentliga och privata aktörer utanför programområdet kan delta som samverkansparter men kan inte vara stödmottagare.',
      },
      body,
    );
  it('are not refused for their kind', () => {
    expect(smaland('kalmar')).toEqual([]);
    expect(smaland('kronoberg')).toEqual([]);
  });
  it('and a body outside is outside', () => {
    expect(smaland('karlskrona')).toContain('outside-programme-area');
  });
});

describe('a refusal with a part in the project that has no money', () => {
  const fund = (tail: string) =>
    seedBlockers(
      {
        funder: 'Stiftelsen Exempelfonden',
        programme: 'Projektstöd',
        title: 'Projektstöd 2027',
        summary: `Stöd kan sökas av ideella föreningar och andra organisationer utan vinstsyfte. Kommuner och regioner kan inte söka stöd, men de kan vara samarbetspartner i projektet. ${tail}`,
        eligibleCountries: ['SE'],
      },
      'kalmar',
    );
  it('stands where the next sentence refuses the partners’ costs', () => {
    expect(fund('Stödet får inte användas till kostnader hos offentliga samarbetspartner.')).not.toEqual([]);
  });
  it('while a part in the project with its costs covered is a way in', () => {
    expect(fund('Projektet ska pågå i högst tre år.')).toEqual([]);
  });
});

describe('other län’s bodies as funded co-applicants in a region’s own call', () => {
  const region = (extra: string, body: string) =>
    seedBlockers(
      {
        funder: 'Region Kronoberg',
        programme: 'Regionala utvecklingsmedel',
        title: 'Projektmedel 2027',
        summary: `Projektet ska genomföras i Kronobergs län och sökande ska ha verksamhet i länet. ${extra}`,
        eligibleCountries: ['SE'],
      },
      body,
    );
  const extra =
    'Inom samarbetet i sydost kan kommuner i Blekinge och Kalmar län vara medsökande med egen budget, om huvudsökande finns i Kronobergs län.';
  it('take in the län named', () => {
    expect(region(extra, 'karlskrona')).not.toContain('outside-programme-area');
    expect(region(extra, 'kalmar')).not.toContain('outside-programme-area');
  });
  it('also where the call "får ha projektägare eller medsökande" there', () => {
    expect(
      region(
        'Projekt inom samarbetet i sydost får dock ha projektägare eller medsökande i Blekinge eller Kalmar län.',
        'karlskrona',
      ),
    ).not.toContain('outside-programme-area');
  });
  it('and no other', () => {
    expect(region(extra, 'linkoping')).toContain('outside-programme-area');
  });
  it('not where they take part without a budget', () => {
    expect(
      region('Kommuner i Blekinge och Kalmar län kan vara samverkanspartner utan egen budget.', 'karlskrona'),
    ).toContain('outside-programme-area');
  });
});

describe('a size limit for the lead applicant only', () => {
  it('leaves smaller kommuner a funded part', () => {
    expect(
      seedBlockers(
        {
          funder: 'Energimyndigheten',
          programme: 'Kapacitetsutveckling',
          title: 'Partnerskap för energieffektivisering',
          summary:
            'Ansökan lämnas av minst tre kommuner. Huvudsökande ska vara en kommun med minst 40 000 invånare; kommuner med färre invånare kan vara medsökande med egen budget.',
          eligibleCountries: ['SE'],
        },
        'alvsbyn',
      ),
    ).toEqual([]);
  });
});

describe('funded partners from outside the area, said of bodies or of the rest of the country', () => {
  it('"bodies located outside the programme area … may be funded partners" takes them in', () => {
    expect(
      southBaltic(
        'Bodies located outside the programme area but within the national territory of a participating country may be funded partners where this benefits the area.',
      ),
    ).not.toContain('outside-programme-area');
  });
  it('"beneficiaries located elsewhere in the EU may nevertheless receive ERDF" takes them in', () => {
    expect(
      southBaltic(
        'Beneficiaries located elsewhere in the EU may nevertheless receive ERDF funding where their expertise is needed.',
      ),
    ).not.toContain('outside-programme-area');
  });
  const norrbotten = (summary: string) =>
    seedBlockers(
      {
        funder: 'Region Norrbotten',
        programme: 'Regionala projektmedel',
        title: 'Projektmedel för kompetensförsörjning',
        summary: `Huvudsökande ska ha säte i Norrbottens län. ${summary}`,
        eligibleCountries: ['SE'],
      },
      'kalmar',
    );
  it('partners "från andra delar av Sverige" paid from the project are taken in', () => {
    expect(
      norrbotten(
        'Projektet får omfatta samverkansparter från andra delar av Sverige. Sådana parter kan få ersättning för sina kostnader ur projektbudgeten.',
      ),
    ).not.toContain('outside-programme-area');
  });
  it('while such partners without money are not', () => {
    expect(
      norrbotten(
        'Projektet får omfatta samverkansparter från andra delar av Sverige. De deltar med egen finansiering.',
      ),
    ).toContain('outside-programme-area');
  });
});

describe('applying themselves refused after a funded part in the project', () => {
  const agency = (middle: string) =>
    seedBlockers(
      {
        funder: 'Myndigheten för samhällsskydd',
        programme: 'Anslag för krisberedskap',
        title: 'Projektmedel 2027',
        summary: `Medel kan sökas av statliga myndigheter. ${middle} Kommuner och regioner kan alltså inte själva vara sökande.`,
        eligibleCountries: ['SE'],
      },
      'kalmar',
    );
  it('leaves the funded part open', () => {
    expect(
      agency(
        'Kommuner och regioner kan delta som samverkansparter, och den sökande myndigheten kan föra över medel till samverkansparterna för deras kostnader.',
      ),
    ).toEqual([]);
  });
  it('while without the money before it the refusal stands', () => {
    expect(agency('Kommuner och regioner kan delta i referensgrupper.')).not.toEqual([]);
  });
});
