/**
 * Which lead-ins announce a list of priorities. Inside a section the document marks as its priorities, any lead-in
 * does ("För att stärka samverkan ska kommunen:"); elsewhere only one that names priorities, focus, areas or goals
 * ("Kommunens prioriterade områden är:"), not one that says what shall be done ("där regionen deltar ska följande
 * uppfyllas:", conditions for taking part in a network). Synthetic text only.
 */
import { describe, expect, it } from 'vitest';
import { readStructure } from '../../../core/profile/structure.ts';

const listedItems = (lines: string[]) =>
  readStructure(lines.join('\n'))
    .filter((l) => l.role === 'bullet')
    .map((l) => l.listed);

describe('a lead-in outside the priority sections', () => {
  it('that only says what shall be done lists conditions, not priorities', () => {
    const listed = listedItems([
      'Internationella nätverk',
      '',
      'Region Exempel är medlem i flera nätverk. I de nätverk där regionen deltar ska följande uppfyllas:',
      '- Positiva effekter på social, miljömässig och ekonomisk hållbarhet ska maximeras.',
      '- Personella och ekonomiska resurser sätts av för arbetet.',
    ]);
    expect(listed).toEqual([false, false]);
  });

  it('that names priorities announces them', () => {
    const listed = listedItems([
      'Internationella nätverk',
      '',
      'Regionens prioriterade områden i nätverken är:',
      '- hållbar energi',
      '- kompetensförsörjning',
    ]);
    expect(listed).toEqual([true, true]);
  });
});

describe('a lead-in inside a priority section', () => {
  it('announces the list below it whatever its words', () => {
    const listed = listedItems([
      'Fokusområden',
      '',
      'För att stärka internationell samverkan ska kommunens förvaltningar:',
      '- vara aktiva i de internationella nätverk som kommunen är medlem i.',
      '- sträva efter att delta i projekt med regionala aktörer.',
    ]);
    expect(listed).toEqual([true, true]);
  });
});
