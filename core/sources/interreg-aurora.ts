import type { FundingCall } from '../model/call.ts';
import { mergePages, parseCallPage } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';
import type { SourceDefinition, SourceInput } from './types.ts';

/** Interreg Aurora (interregaurora.eu): the calls-for-applications page, one call per section. The managing authority is in Umeå. */
export const id = 'interreg-aurora';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-aurora',
  funder: 'Interreg Aurora',
  zone: 'Europe/Stockholm',
  countries: ['Sweden', 'Finland', 'Norway'],
};

const CONTENT = ['.page__content', 'article', 'main'];

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
