import { daysLeftText } from '../format/deadline-text.ts';
import type { Digest } from './build.ts';
import { digestEntry } from './entry.ts';
import { deadlineText, LABELS, type Lang, safeUrl } from './format.ts';
import { upcomingShown } from './upcoming.ts';

/** Funder text is untrusted: every text and attribute value goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "+12,5 p" and "= 56 p" stay on one line in a narrow mail client: the spaces in a figure do not break. */
function keepFigures(html: string): string {
  return html.replace(/(\d) p\b/g, '$1&nbsp;p').replace(/= (\d)/g, '=&nbsp;$1');
}

function link(title: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(title)}</a>` : escapeHtml(title);
}

const li = (html: string) => `<li>${html}</li>`;

/** A self-contained HTML page (e-mail friendly: inline styles only, no scripts). */
export function renderHtml(d: Digest, lang: Lang = 'sv'): string {
  const now = new Date(d.generatedAt);
  const L = LABELS[lang];
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(L.title)}</h1>`);
  parts.push(`<p>${escapeHtml(`${L.for} ${d.profile.name}, ${L.since} ${d.since.slice(0, 10)}`)}</p>`);
  parts.push(`<h2>${escapeHtml(`${L.newMatches} (${d.newMatches.length})`)}</h2>`);
  if (d.newMatches.length === 0) parts.push(`<p>${escapeHtml(L.none)}</p>`);
  for (const m of d.newMatches) {
    // Each fact once: verdict and score under the title, each date once, then why and the sum of its figures.
    const e = digestEntry(m.call, m.match, lang, now);
    const why = e.why.map((w) => {
      const figure = w.figure ? ` <span style="white-space:nowrap">${keepFigures(escapeHtml(w.figure))}</span>` : '';
      return li(`<strong>${escapeHtml(w.label)}</strong>${figure}${w.text ? ` — ${escapeHtml(w.text)}` : ''}`);
    });
    parts.push(
      `<section style="margin:0 0 1.5em"><h3 style="margin:0 0 .3em">${link(m.call.title, m.call.url)}</h3>` +
        `<p style="margin:0;color:#444">${escapeHtml(e.meta)}</p>` +
        `<p style="margin:.2em 0">${e.timing.map(escapeHtml).join('<br>')}</p>` +
        `<ul style="margin:.4em 0;padding-left:1.2em">${why.join('')}</ul>` +
        `<p style="margin:0;font-weight:600">${keepFigures(escapeHtml(e.sum))}</p></section>`,
    );
  }
  parts.push(`<h2>${escapeHtml(`${L.changed} (${d.changedDeadlines.length})`)}</h2><ul>`);
  for (const c of d.changedDeadlines) {
    const before = c.before.map((x) => deadlineText(x, lang)).join('; ') || '–';
    const after = c.after.map((x) => deadlineText(x, lang)).join('; ') || '–';
    parts.push(li(`${link(c.call.title, c.call.url)}: ${escapeHtml(`${L.before} ${before}; ${L.after} ${after}`)}`));
  }
  const upcoming = upcomingShown(d);
  parts.push(`</ul><h2>${escapeHtml(`${L.upcoming} (${d.upcoming.length})`)}</h2><ul>`);
  for (const u of upcoming.items) {
    const tag = u.watched ? ` (${L.watched})` : '';
    parts.push(
      li(
        `${escapeHtml(`${deadlineText(u.deadline, lang)}, ${daysLeftText(u.daysLeft, lang)}:`)} ${link(u.call.title, u.call.url)}${escapeHtml(tag)}`,
      ),
    );
  }
  if (upcoming.above) parts.push(li(escapeHtml(L.aboveUpcoming(upcoming.above))));
  parts.push('</ul>');
  if (d.withdrawn.length) {
    parts.push(`<h2>${escapeHtml(`${L.withdrawn} (${d.withdrawn.length})`)}</h2><ul>`);
    for (const w of d.withdrawn) parts.push(li(escapeHtml(`${w.title} (${w.source})`)));
    parts.push('</ul>');
  }
  const reasons = Object.entries(d.filteredOut.byReason)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${L.reasons[k as keyof typeof L.reasons]}: ${n}`)
    .join(', ');
  parts.push(`<h2>${escapeHtml(`${L.filtered} (${d.filteredOut.total})`)}</h2><p>${escapeHtml(reasons || '–')}</p>`);
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(L.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:42em;margin:0 auto;padding:0 1em">${parts.join('\n')}</body></html>\n`;
}
