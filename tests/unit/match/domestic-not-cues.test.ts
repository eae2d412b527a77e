/**
 * Naming something international is not international work: a national grant for work that is to be
 * "internationally competitive", or one that says it cannot be combined with EU funds, stays a national grant.
 * Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({ priorities: [testPriority('klimat', ['energy-transition', 'climate-mitigation'])] });
const home =
  'Kommuner kan söka stöd för energieffektivisering, förnybar energi och minskad klimatpåverkan i egna lokaler.';
const cut = (summary: string) =>
  score(
    testCall({ funder: 'Energimyndigheten', title: 'Energieffektivisering i kommunen', summary, language: 'sv' }),
    body,
  ).boosts.some((b) => b.kind === 'domestic-scope');

describe('wording that names something international without international work', () => {
  it.each([
    ['internationally competitive work', `${home} Lösningarna ska vara internationellt konkurrenskraftiga.`],
    ['a condition on EU funds', `${home} Den som redan fått EU-medel för samma åtgärd kan inte söka.`],
    ['co-funding wording', `${home} Stödet medfinansieras av Europeiska unionen.`],
    ['the EU recovery fund as a source', `${home} Stödet delfinansieras av EU:s återhämtningsfond, NextGenerationEU.`],
    ['English competitiveness', `${home} Results should be internationally competitive.`],
  ])('keeps the national cut for %s', (_, summary) => {
    expect(cut(summary)).toBe(true);
  });
  it.each([
    ['international cooperation', `${home} Projektet sker i internationellt samarbete.`],
    ['EU goals', `${home} Insatsen bidrar till EU:s klimatmål.`],
  ])('still reads %s as international', (_, summary) => {
    expect(cut(summary)).toBe(false);
  });
});
