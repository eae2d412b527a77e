/**
 * A word in the title of a document a call lists ("Annex 2 – Environmental information", "Bilaga 3: Budgetmall",
 * "Appendix B - Partnership declaration"): the form an applicant fills in, not a topic the call is about. The title
 * runs from the label to the end of its list item (clauseStart with ";").
 */
import { clauseStart } from './sentences.ts';

const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:annex|annexe|appendix|attachment|enclosure|bilaga)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})\s*[–:—-]\s*(?:[\p{L}\d'’/-]+\s+){0,4}$/iu;
const ANY_LABEL = /annex|appendix|attachment|enclosure|bilaga/iu;

/** Whether a text names a listed document at all: most name none, and no title is looked for there. */
export function mayListAttachments(text: string): boolean {
  return ANY_LABEL.test(text);
}

/** Whether the word at [start, …) of `text` stands in a listed document's title. */
export function inAttachmentTitleAt(text: string, start: number): boolean {
  return LABEL_BEFORE.test(text.slice(clauseStart(text, start, ';'), start));
}
