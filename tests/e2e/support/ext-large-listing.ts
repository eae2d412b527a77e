/**
 * A long listing (hundreds of calls) for the content script's timing: real-looking call teasers in the
 * markup of a known site (The Events Calendar list, as on interreg.no) or of an unknown one (plain
 * repeated blocks, for the general detector).
 */
const TOPICS = [
  [
    'Utlysning: klimatanpassning och vattenförvaltning i kustkommuner',
    'Kommuner och regioner kan söka stöd för klimatanpassning, dagvatten och havsplanering tillsammans med partner i Polen och Litauen.',
  ],
  [
    'Call for small projects: youth participation and local democracy',
    'Municipalities and NGOs can apply for projects that strengthen young people’s participation in local democracy across the Baltic Sea region.',
  ],
  [
    'Innovationsprojekt för företag inom avancerad tillverkning',
    'Endast företag kan söka. Projekten ska utveckla ny produktionsteknik tillsammans med forskningsinstitut.',
  ],
  [
    'Call for proposals: green energy transition in ports and cities',
    'Public authorities and ports can apply for pilots in renewable energy, energy efficiency and sustainable mobility.',
  ],
  [
    'Kompetensförsörjning i välfärden – utlysning för kommuner',
    'Stöd till kommuner som vill utveckla kompetensförsörjning, validering och vuxenutbildning inom vård och omsorg.',
  ],
] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function largeListing(count: number, layout: 'known' | 'unknown'): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const [title, text] = TOPICS[i % TOPICS.length];
    const day = pad((i % 27) + 1);
    const month = pad((i % 12) + 1);
    const href = `/event/call-${i}/`;
    items.push(
      layout === 'known'
        ? `<article class="tribe-events-calendar-list__event"><time class="tribe-events-calendar-list__event-datetime">${day}.${month}.2026</time><h3 class="tribe-events-calendar-list__event-title"><a href="${href}">${title} (${i + 1})</a></h3><p>${text} Søknadsfrist ${day}.${month}.2026.</p></article>`
        : `<div class="row-item"><div class="row-item__when">${day}.${month}.2026</div><div class="row-item__what"><a href="${href}">${title} (${i + 1})</a></div><div class="row-item__text">${text} Deadline ${day}.${month}.2026.</div></div>`,
    );
  }
  const wrap = layout === 'known' ? 'tribe-events-calendar-list' : 'listing';
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${count} calls</title></head><body><header><nav><ul><li><a href="/">Start</a></li><li><a href="/kalender/">Kalender</a></li></ul></nav></header><main id="main"><h1>${count} utlysningar</h1><div class="${wrap}">${items.join('\n')}</div></main></body></html>`;
}
