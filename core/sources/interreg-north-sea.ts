import type { FundingCall } from '../model/call.ts';
import { mergePages, parseCallPage } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';
import type { SourceDefinition, SourceInput } from './types.ts';

/** Interreg North Sea (interregnorthsea.eu): the calls page and news items announcing calls. The secretariat is in Viborg. */
export const id = 'interreg-north-sea';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-north-sea',
  funder: 'Interreg North Sea',
  zone: 'Europe/Copenhagen',
  countries: ['Belgium', 'Denmark', 'Germany', 'Netherlands', 'Norway', 'Sweden'],
};

const CONTENT = ['.field--name-body', 'article', 'main'];

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
