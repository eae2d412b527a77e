import { CALL_TITLE, hasTiming, NOT_A_CALL } from '../../../core/text/call-signals.ts';
import { inChrome, squash } from './page.ts';

/**
 * A call's own page: a main heading that is not a listing's title or a news or event post, in content that
 * speaks of applying and gives a date, a state ("Löpande") or a recurring window. Only asked when no
 * listing was found on the page, so a listing is never claimed as one call.
 */
const LISTING_TITLE =
  /\bcalls\b|utlysningar|utlysninger|\bgrants\b|calendar|kalender|kalendarium|nyheter|\bnews\b|\bevents\b|evenemang|arrangement|\bsearch\b|^(?:(?:sök|hitta|find|search)\s+)?(?:bidrag|stöd och bidrag|stöd|finansiering|funding(?: opportunities)?)$|^(?:apply for|ansök om|sök)\s+(?:funding|finansiering|stöd|bidrag)$/i;
/** On a page of its own a call speaks of applying: the weak words of a listing are not enough here. */
const DETAIL_CALL =
  /utlysning|ansökningsomgång|sista ansökningsdag|ansökningsperiod|ansökningstid|kan söka|kan ansöka|söka stöd|ansökan är öppen|can apply|may apply|apply (?:for|by|before|until|now|online)|how to apply|deadline|call for|calls? (?:is|are) open|open call|submission|søknadsfrist|kan søke/i;
const HEAD_TEXT = 4000;

export interface DetailCandidate {
  root: Element;
  titleEl: Element;
  title: string;
}

export function detailCandidate(root: Element | null, titleEl: Element | null | undefined): DetailCandidate | null {
  if (!root || !titleEl || inChrome(titleEl)) return null;
  const title = squash(titleEl.textContent);
  if (title.length < 3 || LISTING_TITLE.test(title) || NOT_A_CALL.test(title)) return null;
  const text = (root.textContent ?? '').slice(0, HEAD_TEXT);
  if (!(CALL_TITLE.test(title) || DETAIL_CALL.test(text)) || !hasTiming(text)) return null;
  return { root, titleEl, title };
}

export function generalDetail(doc: Document): DetailCandidate | null {
  let h1: Element | null = null;
  for (const h of doc.querySelectorAll('h1')) {
    if (!inChrome(h)) {
      h1 = h;
      break;
    }
  }
  if (!h1) return null;
  const root = h1.closest('main, article, [role="main"]') ?? doc.body;
  return detailCandidate(root, h1);
}
