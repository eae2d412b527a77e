import { parseAgencyPage } from '../../sources/lib/agency-page.ts';
import type { SourceDefinition } from '../../sources/types.ts';
import site from './site.json' with { type: 'json' };

/** UHR (utbyten.se): Erasmus+ school, VET and adult education actions, read from the programme pages' text. */
export const id: string = site.id;

export const source: SourceDefinition = {
  id,
  name: 'UHR – Erasmus+ (utbyten.se)',
  format: 'html',
  parse: (input) =>
    parseAgencyPage(input, {
      sourceId: id,
      funder: 'UHR (Erasmus+)',
      programme: 'Erasmus+ utbildning',
      applicantTypes: ['kommun', 'region', 'skola', 'myndighet', 'organisation'],
    }),
};
