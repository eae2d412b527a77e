import { describe, expect, it } from 'vitest';
import { draftProfileFromText } from '../../../core/profile/from-document.ts';

const DOC = [
  'Internationellt program för Exempelby kommun',
  '',
  'Exempelby kommun ligger i Kalmar län. Exempelby kommun ska särskilt prioritera samarbete runt Östersjön med Polen och Litauen.',
  '',
  'Prioriterade områden',
  '',
  '- klimatanpassning',
  '- ungdomars delaktighet',
  '',
  'Referenser',
  '',
  'Regional transportplan 2022–2033 för kollektivtrafik och vägar',
  'Trafikstrategi för hållbara transporter och cykel',
].join('\n');

describe('a drafted profile tells what to review', () => {
  const { profile, review } = draftProfileFromText(DOC);
  it('returns the detected län and partner countries, each with its passage', () => {
    expect(review.lan).toMatchObject({ id: 'kalmar' });
    expect(review.lan?.passage).toMatch(/Kalmar län/);
    expect(review.partnerCountries.map((c) => c.name)).toEqual(['Lithuania', 'Poland']);
    for (const c of review.partnerCountries) expect(c.passage).toMatch(/Polen och Litauen/);
    expect(review.body).toEqual({ name: 'Exempelby kommun', kind: 'kommun' });
  });
  it('keeps places apart from topics: the Baltic Sea is geography and gathers no generic concepts', () => {
    const baltic = profile.priorities.find((p) => p.id === 'baltic-sea');
    expect(baltic?.concepts).toEqual(['baltic-sea']);
    expect(review.geography.map((g) => g.conceptId)).toContain('baltic-sea');
  });
  it('takes no priority from the titles in a reference list', () => {
    expect(profile.priorities.flatMap((p) => p.concepts)).not.toContain('mobility-transport');
  });
});

describe('a drafted priority tied to partners says so for review', () => {
  it('shows what the twin-town priority is tied to', () => {
    const text = [
      'Internationellt program för Exempelby kommun',
      '',
      'Exempelby kommun ligger i Kalmar län.',
      '',
      'Mål',
      '',
      'I samarbetet med våra vänorter ska ett barn- och ungdomsfokus prioriteras och insatserna inriktas på demokrati.',
    ].join('\n');
    const { review } = draftProfileFromText(text);
    const tied = review.priorities.find((p) => p.core);
    expect(tied?.core?.concepts).toEqual(['town-twinning']);
    expect(tied?.passage).toMatch(/vänorter/);
  });
});
