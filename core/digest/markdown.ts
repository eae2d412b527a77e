import { daysLeftText } from '../format/deadline-text.ts';
import type { Digest } from './build.ts';
import { digestEntry } from './entry.ts';
import { deadlineText, LABELS, type Lang, safeUrl } from './format.ts';
import { upcomingShown } from './upcoming.ts';

/** Funder text is untrusted: escape everything Markdown (or HTML inside Markdown) could act on. */
export function escapeMd(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^([#+-]|\d+\.)/, '\\$1');
}

function link(title: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `[${escapeMd(title)}](<${safe.replace(/[<>\s]/g, encodeURIComponent)}>)` : escapeMd(title);
}

export function renderMarkdown(d: Digest, lang: Lang = 'sv'): string {
  const now = new Date(d.generatedAt);
  const L = LABELS[lang];
  const out: string[] = [];
  out.push(`# ${L.title}`, '', `${L.for} ${escapeMd(d.profile.name)}, ${L.since} ${d.since.slice(0, 10)}`, '');
  out.push(`## ${L.newMatches} (${d.newMatches.length})`, '');
  if (d.newMatches.length === 0) out.push(L.none, '');
  for (const m of d.newMatches) {
    // Each fact once: verdict and score under the title, each date once, then why and the sum of its figures.
    const e = digestEntry(m.call, m.match, lang, now);
    out.push(`### ${link(m.call.title, m.call.url)}`, '');
    // Two trailing spaces: a line break in Markdown, invisible in a plain-text e-mail.
    out.push([e.meta, ...e.timing].map(escapeMd).join('  \n'), '');
    for (const w of e.why)
      out.push(
        `- ${[`${escapeMd(w.label)}${w.figure ? ` ${w.figure}` : ''}`, w.text && escapeMd(w.text)].filter(Boolean).join(' — ')}`,
      );
    out.push('', escapeMd(e.sum), '');
  }
  out.push(`## ${L.changed} (${d.changedDeadlines.length})`, '');
  for (const c of d.changedDeadlines) {
    const before = c.before.map((x) => deadlineText(x, lang)).join('; ') || '–';
    const after = c.after.map((x) => deadlineText(x, lang)).join('; ') || '–';
    out.push(`- ${link(c.call.title, c.call.url)}: ${L.before} ${escapeMd(before)}; ${L.after} ${escapeMd(after)}`);
  }
  const upcoming = upcomingShown(d);
  out.push('', `## ${L.upcoming} (${d.upcoming.length})`, '');
  for (const u of upcoming.items) {
    const tag = u.watched ? ` (${L.watched})` : '';
    out.push(
      `- ${escapeMd(deadlineText(u.deadline, lang))}, ${daysLeftText(u.daysLeft, lang)}: ${link(u.call.title, u.call.url)}${tag}`,
    );
  }
  if (upcoming.above) out.push(`- ${L.aboveUpcoming(upcoming.above)}`);
  if (d.withdrawn.length) {
    out.push('', `## ${L.withdrawn} (${d.withdrawn.length})`, '');
    for (const w of d.withdrawn) out.push(`- ${escapeMd(w.title)} (${escapeMd(w.source)})`);
  }
  const reasons = Object.entries(d.filteredOut.byReason)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${L.reasons[k as keyof typeof L.reasons]}: ${n}`)
    .join(', ');
  out.push('', `## ${L.filtered} (${d.filteredOut.total})`, '', reasons || '–', '');
  return out.join('\n');
}
