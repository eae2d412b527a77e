import { describe, expect, it } from 'vitest';
import {
  clauseEnd,
  clauseStart,
  endsClauseAt,
  endsSentenceAt,
  sentenceAround,
  sentenceEnd,
  sentenceRanges,
  sentenceStart,
} from '../../../core/text/sentences.ts';

/** The sentence around the first occurrence of `word`. */
function around(text: string, word: string): string {
  const at = text.indexOf(word);
  const [from, to] = sentenceAround(text, at, at + word.length);
  return text.slice(from, to).trim();
}

describe('sentence bounds', () => {
  it('ends a sentence at ". ", "! ", "? ", a line break or the end', () => {
    expect(around('Första meningen. Kommuner kan söka! Sist.', 'Kommuner')).toBe('Kommuner kan söka!');
    expect(around('Who may apply? Municipalities may. Other text.', 'Municipalities')).toBe('Municipalities may.');
    expect(around('Rubrik\nKommuner kan söka\nMer', 'Kommuner')).toBe('Kommuner kan söka');
    expect(around('Kommuner kan söka', 'söka')).toBe('Kommuner kan söka');
  });

  it('reads no sentence end in abbreviations, single letters, decimals or addresses', () => {
    const cases = [
      'Aktörer, t.ex. kommuner och regioner, kan söka.',
      'Kommuner m.fl. kan söka stöd.',
      'Organisationer, bl.a. kommuner, kan söka.',
      'Public bodies, e.g. municipalities, may apply.',
      'Small bodies, i.e. municipalities, may apply.',
      'Schools, libraries etc. and municipalities may apply.',
      'Budget 1.5 miljoner för kommuner som söker.',
      'Läs på www.interreg.eu om kommuner som söker.',
      'Mål 4.6: kommuner som söker stöd.',
      'Stöd om ca. 50 procent för kommuner.',
    ];
    for (const text of cases) expect(around(text, /kommuner|municipalities/.exec(text)?.[0] ?? '')).toBe(text);
  });

  it('ends a sentence after a list closed by "etc.", "m.fl." or "osv." unless a verb or joining word goes on', () => {
    const text =
      'Vem kan söka? Kommuner, regioner, föreningar etc. Privatpersoner kan inte söka. Kommuner m.fl. kan söka.';
    expect(around(text, 'regioner')).toBe('Kommuner, regioner, föreningar etc.');
    expect(around(text, 'Privatpersoner')).toBe('Privatpersoner kan inte söka.');
    expect(around('Skolor, bibliotek osv. Företag kan inte söka.', 'bibliotek')).toBe('Skolor, bibliotek osv.');
    expect(around('Schools, libraries etc. Individuals may not apply.', 'libraries')).toBe('Schools, libraries etc.');
    expect(around('Schools, libraries etc. and municipalities may apply.', 'libraries')).toBe(
      'Schools, libraries etc. and municipalities may apply.',
    );
    expect(around('Kommuner, regioner m.fl., kan söka.', 'regioner')).toBe('Kommuner, regioner m.fl., kan söka.');
    // Lower case reads the same: the next word's kind decides, not its case.
    const lower = text.toLowerCase();
    for (let i = 0; i < text.length; i++) expect(endsSentenceAt(lower, i)).toBe(endsSentenceAt(text, i));
  });

  it('reads lower case and folded text as it reads the original', () => {
    const text = 'Organisationer, T.ex. Kommuner, kan söka. Mer text.';
    const lower = text.toLowerCase();
    for (let i = 0; i < text.length; i++) expect(endsSentenceAt(lower, i)).toBe(endsSentenceAt(text, i));
  });

  it('ends a sentence after a one-letter word: "i." and "I." are words', () => {
    expect(around('Stöd till den som är bosatt i. Kommuner kan inte söka.', 'Kommuner')).toBe(
      'Kommuner kan inte söka.',
    );
    expect(around('That is all I. Municipalities may apply.', 'Municipalities')).toBe('Municipalities may apply.');
  });

  it('gives the start before an offset and the end after it', () => {
    const text = 'Ett. Två tre. Fyra';
    expect(sentenceStart(text, text.indexOf('tre'))).toBe(text.indexOf('Två'));
    expect(sentenceStart(text, text.indexOf(' Två'))).toBe(text.indexOf(' Två'));
    expect(sentenceEnd(text, text.indexOf('Två'))).toBe(text.indexOf(' Fyra'));
    expect(sentenceEnd(text, text.indexOf('Fyra'))).toBe(text.length);
    expect(sentenceStart(text, 2)).toBe(0);
  });

  it('does not start a sentence after a dot at the end of a slice looked back over', () => {
    // The words before a mention, cut right after a dot the full text has no space after ("a.Kommuner").
    expect(sentenceStart('a b.', 4)).toBe(0);
  });

  it('ends a sentence of wrapped text at a blank line, not at each line break', () => {
    const text = 'Vi vill stärka\nsamarbetet med\nvänorter\n\nNästa stycke';
    const at = text.indexOf('vänorter');
    expect(text.slice(...sentenceAround(text, at, at, { wrapped: true }))).toBe(
      'Vi vill stärka\nsamarbetet med\nvänorter',
    );
    expect(text.slice(...sentenceAround(text, at))).toBe('vänorter');
    expect(sentenceStart(text, text.indexOf('Nästa'), { wrapped: true })).toBe(text.indexOf('Nästa'));
  });

  it('lists the sentences of a text', () => {
    const text = 'Ett, t.ex. två. Tre?\nFyra!  Fem';
    expect(sentenceRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Ett, t.ex. två.', 'Tre?', 'Fyra!', 'Fem']);
  });
});

describe('clause bounds', () => {
  it('ends a clause at the marks its reader names, before white space', () => {
    const text = 'Adult learning; mobility: schools. Next';
    expect(endsSentenceAt(text, text.indexOf(';'))).toBe(false);
    expect(endsClauseAt(text, text.indexOf(';'), ';')).toBe(true);
    expect(endsClauseAt(text, text.indexOf(':'), ';')).toBe(false);
    expect(endsClauseAt(text, text.indexOf(':'), ';:')).toBe(true);
    expect(endsClauseAt('kl 10:00 i dag', 5, ';:')).toBe(false);
    const at = text.indexOf('mobility');
    expect(text.slice(clauseStart(text, at, ';'), clauseEnd(text, at, ';')).trim()).toBe('mobility: schools.');
    expect(text.slice(clauseStart(text, at, ';:'), clauseEnd(text, at, ';:')).trim()).toBe('mobility:');
    expect(clauseStart('Eligible applicants: municipalities', 35, ':')).toBe(21);
  });
});
