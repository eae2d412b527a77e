import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { InputError } from '../../../core/model/errors.ts';
import { ProfileSchema } from '../../../core/model/profile.ts';
import { buildProfileFromText } from '../../../core/profile/from-document.ts';
import { sharedDir } from '../../shared-dir.ts';

const SEEDS = sharedDir('seeds') ?? 'no-shared-seeds';
const DOCS = [
  { file: '000_4f32bc43d6662503.txt', lan: 'blekinge', kind: 'kommun', expect: ['baltic-sea', 'eu-affairs'] },
  { file: '001_87ce5caeaccdaa1f.txt', lan: 'ostergotland', kind: 'kommun', expect: ['investment-promotion'] },
  { file: '002_a6e8ddb46fe9562c.txt', lan: 'kalmar', kind: 'kommun', expect: ['town-twinning', 'agenda-2030'] },
  { file: '003_a9d554ef1b51614d.txt', lan: 'kronoberg', kind: 'region', expect: ['energy-transition', 'eu-affairs'] },
  {
    file: '004_35535c40559ed089.txt',
    lan: 'norrbotten',
    kind: 'kommun',
    expect: ['business-development', 'investment-promotion'],
  },
] as const;

describe.skipIf(!existsSync(SEEDS))('profiles built from the seed documents', () => {
  for (const d of DOCS) {
    it(`${d.file}: län ${d.lan}, ${d.kind}, sensible priorities with passages`, () => {
      const text = readFileSync(join(SEEDS, d.file), 'utf8');
      const p = buildProfileFromText(text);
      expect(ProfileSchema.safeParse(p).success).toBe(true);
      expect(p.lan).toBe(d.lan);
      expect(p.kind).toBe(d.kind);
      const concepts = p.priorities.flatMap((x) => x.concepts);
      expect(concepts).toEqual(expect.arrayContaining([...d.expect]));
      for (const pr of p.priorities) expect(text.replace(/\s+/g, ' ')).toContain(pr.source!.passage);
    });
  }
  it('finds networks and funders the Kronoberg OCR text names', () => {
    const p = buildProfileFromText(readFileSync(join(SEEDS, '003_a9d554ef1b51614d.txt'), 'utf8'));
    expect(p.networks).toEqual(expect.arrayContaining(['Euroregion Baltic (ERB)', 'Energy Cities']));
    expect(p.preferredFunders).toEqual(expect.arrayContaining(['interreg-south-baltic', 'interreg-north-sea']));
    expect(p.partnerCountries).toEqual(expect.arrayContaining(['Poland', 'Lithuania']));
  });
});

describe('buildProfileFromText', () => {
  it('takes name, län and kind from options and is scorable', () => {
    const p = buildProfileFromText(
      'Kommunen ska särskilt prioritera klimatanpassning, energiomställning och ungdomars delaktighet. Vi samarbetar med Polen.',
      { name: 'Testby kommun', lan: 'Blekinge län' },
    );
    expect(p.lan).toBe('blekinge');
    expect(p.name).toBe('Testby kommun');
    expect(p.partnerCountries).toContain('Poland');
    expect(() =>
      score(
        {
          id: 'x',
          source: 't',
          funder: 'f',
          title: 'Klimatanpassning',
          summary: '',
          url: '',
          language: 'sv',
          deadlines: [],
        },
        p,
      ),
    ).not.toThrow();
  });
  it('takes a region that publishes calls as a funder only for a body in its län, never for the region itself', () => {
    const text =
      'Vi ska samarbeta med Region Blekinge och Region Skåne i nätverket och söka medel för energiomställning och klimatanpassning.';
    const kommun = buildProfileFromText(text, { name: 'Testby kommun', lan: 'Blekinge län' });
    expect(kommun.preferredFunders).toContain('region-blekinge');
    expect(kommun.preferredFunders).not.toContain('region-skane');
    const region = buildProfileFromText(text, { name: 'Region Blekinge', lan: 'Blekinge län', kind: 'region' });
    expect(region.preferredFunders).not.toContain('region-blekinge');
    expect(region.preferredFunders).not.toContain('region-skane');
  });
  it('reads a funder of one kind of work as that work: naming ICLD names municipal partnerships', () => {
    const base = 'Kommunen ska särskilt prioritera klimatanpassning och energiomställning.';
    const concepts = (text: string) =>
      buildProfileFromText(text, { name: 'Testby kommun', lan: 'Blekinge län' }).priorities.flatMap((x) => x.concepts);
    expect(concepts(base)).not.toContain('town-twinning');
    expect(concepts(`${base} Projekt med stöd från ICLD ska bidra till målen.`)).toContain('town-twinning');
    // A funder of many topics names none of them.
    expect(concepts(`${base} Projekt med stöd från Vinnova ska bidra till målen.`)).not.toContain('town-twinning');
  });
  it('refuses empty text and unknown län with InputError', () => {
    expect(() => buildProfileFromText('  ')).toThrow(InputError);
    expect(() => buildProfileFromText('klimatanpassning klimatanpassning', { lan: 'Atlantis' })).toThrow(/län/);
  });
});
