import { describe, expect, it } from 'vitest';
import { DocumentError, documentKind, readDocumentText } from '../../../core/documents/read-document.ts';
import { buildProfileFromText } from '../../../core/profile/from-document.ts';
import { arrayBufferOf, makeDocx, makePdf } from '../../support/documents.ts';

const STRATEGY = [
  'Internationell strategi för Exempelby kommun',
  'Prioriterade områden',
  'Klimatanpassning och hållbar energi i samarbete med våra vänorter i Polen.',
  'Ungdomsutbyte och skolsamarbete inom Erasmus+ för elever och lärare.',
];

describe('readDocumentText', () => {
  it('reads a PDF’s text layer, Swedish letters and every page', async () => {
    const pdf = arrayBufferOf(makePdf([STRATEGY.slice(0, 2), STRATEGY.slice(2)]));
    expect(documentKind(pdf, 'strategi.pdf')).toBe('pdf');
    const text = await readDocumentText(pdf, 'strategi.pdf');
    for (const line of STRATEGY) expect(text).toContain(line);
    expect(text.indexOf('Prioriterade')).toBeLessThan(text.indexOf('Ungdomsutbyte'));
  });

  it('reads a DOCX’s paragraphs as separate paragraphs', async () => {
    const docx = arrayBufferOf(makeDocx([`# ${STRATEGY[0]}`, ...STRATEGY.slice(1)]));
    expect(documentKind(docx, 'Strategi.DOCX')).toBe('docx');
    const text = await readDocumentText(docx, 'Strategi.DOCX');
    for (const line of STRATEGY) expect(text).toContain(line);
    expect(text).toMatch(/kommun\s*\n+\s*Prioriterade/);
  });

  it('reads UTF-8 and Latin-1 text', async () => {
    const utf8 = arrayBufferOf(Buffer.from(`\uFEFF${STRATEGY.join('\n')}`, 'utf8'));
    expect(await readDocumentText(utf8, 'a.txt')).toBe(STRATEGY.join('\n'));
    const latin = arrayBufferOf(Buffer.from('Hållbar utveckling', 'latin1'));
    expect(await readDocumentText(latin, 'a.txt')).toBe('Hållbar utveckling');
  });

  it('a profile built from the PDF and from the DOCX has the same priorities as from the text', async () => {
    const fromText = buildProfileFromText(STRATEGY.join('\n\n'), { lan: 'blekinge' });
    const pdf = await readDocumentText(arrayBufferOf(makePdf([STRATEGY])), 's.pdf');
    const docx = await readDocumentText(arrayBufferOf(makeDocx(STRATEGY)), 's.docx');
    const ids = (t: string) =>
      buildProfileFromText(t, { lan: 'blekinge' })
        .priorities.flatMap((p) => p.concepts)
        .sort();
    expect(ids(pdf)).toEqual(fromText.priorities.flatMap((p) => p.concepts).sort());
    expect(ids(docx)).toEqual(fromText.priorities.flatMap((p) => p.concepts).sort());
  });

  it('refuses what it cannot read with a code and the file name', async () => {
    const cases: [ArrayBuffer, string, string][] = [
      [arrayBufferOf(Buffer.from([0x89, 0x50, 0x4e, 0x47])), 'bild.png', 'unsupported-format'],
      [arrayBufferOf(Buffer.from('not a pdf at all')), 'fake.pdf', 'unsupported-format'],
      [arrayBufferOf(Buffer.from('%PDF-1.4 garbage')), 'broken.pdf', 'unreadable'],
      [arrayBufferOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'broken.docx', 'unreadable'],
      [arrayBufferOf(makePdf([[]])), 'scan.pdf', 'no-text'],
      [arrayBufferOf(Buffer.from('  \n ')), 'empty.txt', 'no-text'],
    ];
    for (const [data, name, code] of cases) {
      const error = await readDocumentText(data, name).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).code, name).toBe(code);
      expect((error as Error).message, name).toContain(name);
    }
  });
});
