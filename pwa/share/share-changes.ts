import { deadlineShort } from '../../core/format/deadline-text.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Bilingual } from '../../core/model/profile.ts';

/** One field a shared page would change in an entry already watched: shown before anything is written. */
export interface ShareChange {
  field: Bilingual;
  before: string;
  after: string;
}

const deadlines = (c: FundingCall, l: 'sv' | 'en') => c.deadlines.map((d) => deadlineShort(d, l)).join('; ') || '–';

/** What saving the shared call over the watched one would change, field by field (empty when nothing). */
export function shareChanges(existing: FundingCall, shared: FundingCall, l: 'sv' | 'en'): ShareChange[] {
  const out: ShareChange[] = [];
  const cmp = (field: Bilingual, before: string, after: string) => {
    if (before !== after) out.push({ field, before: before || '–', after: after || '–' });
  };
  cmp({ sv: 'Titel', en: 'Title' }, existing.title, shared.title);
  cmp({ sv: 'Finansiär', en: 'Funder' }, existing.funder, shared.funder);
  cmp({ sv: 'Deadlines', en: 'Deadlines' }, deadlines(existing, l), deadlines(shared, l));
  cmp({ sv: 'Länk', en: 'Link' }, existing.url, shared.url);
  if (existing.summary !== shared.summary)
    out.push({
      field: { sv: 'Beskrivning', en: 'Description' },
      before: `${existing.summary.length} ${l === 'sv' ? 'tecken' : 'characters'}`,
      after: `${shared.summary.length} ${l === 'sv' ? 'tecken' : 'characters'}`,
    });
  return out;
}
