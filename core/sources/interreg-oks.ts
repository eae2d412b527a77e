import type { FundingCall } from '../model/call.ts';
import { mergePages, parseCallPage } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';
import type { SourceDefinition, SourceInput } from './types.ts';

/** Interreg Öresund-Kattegat-Skagerrak (interreg-oks.eu, SiteVision): the apply page and news items, in Swedish. */
export const id = 'interreg-oks';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-oks',
  funder: 'Interreg Öresund-Kattegat-Skagerrak',
  zone: 'Europe/Stockholm',
  countries: ['Sweden', 'Denmark', 'Norway'],
};

const CONTENT = ['.sv-text-portlet-content', '#Mittspalt', 'main'];

function parse(input: SourceInput): FundingCall[] {
  return parseCallPage(input, PROGRAMME, { contentSelectors: CONTENT });
}

export const source: SourceDefinition = {
  id,
  name: PROGRAMME.funder,
  format: 'html',
  parse,
  parseMany: (inputs) => mergePages(inputs.flatMap(parse)),
};
