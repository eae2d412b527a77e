import { parseAgencyPage } from '../../sources/lib/agency-page.ts';
import type { SourceDefinition } from '../../sources/types.ts';
import site from './site.json' with { type: 'json' };

/** MUCF (mucf.se): Erasmus+ Youth and European Solidarity Corps grants, read from the grant pages' text. */
export const id: string = site.id;

export const source: SourceDefinition = {
  id,
  name: 'MUCF – Erasmus+ Ungdom och Europeiska solidaritetskåren',
  format: 'html',
  parse: (input) =>
    parseAgencyPage(input, {
      sourceId: id,
      funder: 'MUCF (Erasmus+)',
      programme: 'Erasmus+ Ungdom',
      applicantTypes: ['kommun', 'region', 'organisation', 'förening'],
    }),
};
