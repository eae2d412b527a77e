import type { Budget } from '../../model/call.ts';
import { sentenceRanges } from '../../text/sentences.ts';

const WORD_NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  one: 1,
  två: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
  sju: 7,
  seven: 7,
  åtta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  femton: 15,
  tjugo: 20,
  twenty: 20,
  trettio: 30,
  fyrtio: 40,
  femtio: 50,
  hundra: 100,
};

const NUM = String.raw`(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*|${Object.keys(WORD_NUMBERS).join('|')})`;
const SCALE =
  '(miljarder|miljard|billion|bn|miljoner|millioner|miljon|million|millions|mill|mln|mn|mkr|msek|meur|m€|m|tkr|tusen|thousand|k)?';
const CUR = '(kronor|kr|sek|eur|euro|euros|€|nok)';
/** "10 mkr", "23,4 miljoner kronor", "EUR 2 million", "€ 500,000.00", "3,1 MEUR", "1-7 miljoner kronor". */
const AMOUNT_AFTER = new RegExp(String.raw`${NUM}(?:\s*[-–]\s*${NUM})?\s*${SCALE}\.?\s*${CUR}?(?![a-zåäö])`, 'gi');
const AMOUNT_BEFORE = new RegExp(String.raw`(eur|€|sek)\s*${NUM}(?:\s*[-–]\s*${NUM})?\s*${SCALE}(?![a-zåäö])`, 'gi');

function toNumber(raw: string): number | undefined {
  const word = WORD_NUMBERS[raw.toLowerCase()];
  if (word !== undefined) return word;
  let s = raw.replace(/[\s\u00a0]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    s = s.replace(dec === ',' ? /\./g : /,/g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    // "2,000,000" groups thousands; "23,4" and "3,1" are Swedish decimals.
    s = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (lastDot >= 0 && /^\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function scaleOf(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (/^(miljarder|miljard|billion|bn)$/.test(w)) return 1e9;
  if (/^(miljoner|millioner|miljon|million|millions|mill|mln|mn|mkr|msek|meur|m€|m)$/.test(w)) return 1e6;
  if (/^(tkr|tusen|thousand|k)$/.test(w)) return 1e3;
  return 1;
}

function currencyOf(
  scale: string | undefined,
  cur: string | undefined,
  before: string | undefined,
): string | undefined {
  const s = `${before ?? ''} ${scale ?? ''} ${cur ?? ''}`.toLowerCase();
  if (/kronor|\bkr\b|sek|mkr|msek|tkr/.test(s)) return 'SEK';
  if (/eur|€/.test(s)) return 'EUR';
  if (/nok/.test(s)) return 'NOK';
  return undefined;
}

export interface AmountMatch {
  amount: number;
  currency?: string;
  index: number;
  raw: string;
}

/** Every money amount in a text; a range ("1-7 miljoner kronor") yields its upper bound. */
export function findAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  const add = (
    index: number,
    raw: string,
    n1: string,
    n2: string | undefined,
    scale: string | undefined,
    cur: string | undefined,
    before?: string,
  ) => {
    const currency = currencyOf(scale, cur, before);
    // A bare number is a count or a year, not money: require a currency or a money scale word.
    if (!currency && !/^(miljoner|miljon|million|millions|mkr|msek|meur)$/i.test(scale ?? '')) return;
    // "m" alone must carry a currency to count as millions (else "5 m" could be metres).
    if (/^(m|k)$/i.test(scale ?? '') && !cur && !before) return;
    const a = toNumber(n2 ?? n1);
    if (a === undefined) return;
    if (out.some((o) => index < o.index + o.raw.length && o.index < index + raw.length)) return;
    out.push({ amount: Math.round(a * scaleOf(scale)), currency, index, raw: raw.trim() });
  };
  for (const m of text.matchAll(AMOUNT_BEFORE)) add(m.index, m[0], m[2], m[3], m[4], undefined, m[1]);
  for (const m of text.matchAll(AMOUNT_AFTER)) {
    // "2 500" after "Call" is not money; the lookbehind-free regex can start inside a word, so check.
    if (m.index > 0 && /[a-zåäö0-9]/i.test(text[m.index - 1])) continue;
    add(m.index, m[0], m[1], m[2], m[3], m[4]);
  }
  return out.sort((a, b) => a.index - b.index);
}

const TOTAL_WORDS =
  /budget|totalt|total|in all|allocation|available|tillgängliga|att dela ut|att fördela|sammanlagt|reserved|ram\b|call amount/i;
const PER_PROJECT = /per projekt|per project|per etapp|per ansökan|each project|maximum|max\.?|högst|upp till|up to/i;

/**
 * A budget from prose: keeps the original sentence(s), and the amount of the call as a whole where the text
 * gives one (the sentence that speaks of a budget or total), else the largest per-project amount.
 */
export function parseBudget(text: string, defaultCurrency?: string): Budget | undefined {
  // "max. € 500,000.00" and "kl. 12" do not end a sentence (core/text/sentences.ts).
  const sentences = sentenceRanges(text)
    .map(([from, to]) => text.slice(from, to).trim())
    .filter(Boolean);
  const withMoney = sentences.filter((s) => findAmounts(s).length > 0);
  if (withMoney.length === 0) return undefined;
  const total =
    withMoney.find((s) => TOTAL_WORDS.test(s) && !PER_PROJECT.test(s)) ?? withMoney.find((s) => TOTAL_WORDS.test(s));
  const pick = total ?? withMoney[0];
  const amounts = findAmounts(pick);
  const best = total ? amounts[amounts.length - 1] : amounts.reduce((a, b) => (b.amount > a.amount ? b : a));
  const currency = best.currency ?? defaultCurrency;
  return {
    amount: best.amount,
    ...(currency ? { currency } : {}),
    text: withMoney.slice(0, 3).join(' '),
  };
}
