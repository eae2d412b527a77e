import type { FundingCall } from '../model/call.ts';
import { mergePages, parseCallPage } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';
import type { SourceDefinition, SourceInput } from './types.ts';

/** Interreg South Baltic (southbaltic.eu): the call-for-proposals page, one call per section. The secretariat is in Gdańsk, so unzoned times are Polish time. */
export const id = 'interreg-south-baltic';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-south-baltic',
  funder: 'Interreg South Baltic',
  zone: 'Europe/Warsaw',
  countries: ['Sweden', 'Denmark', 'Germany', 'Poland', 'Lithuania'],
};

const CONTENT = ['.journal-content-article', 'main', '#content'];

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
