import type * as Y from 'yjs';

/**
 * What a hostile or broken device could put into a team document, written with plain Yjs calls only (no
 * Fundwatch code on the writing side): script in every text field, javascript:/data: links, wrong types, missing
 * fields, megabyte strings, thousands of index entries, deep junk and prototype keys. Every payload that would run
 * sets `window.__pwned`.
 */
export const PWN = 'window.__pwned=1';
export const HTML = `<img src=x onerror="${PWN}"><script>${PWN}</script><a href="javascript:${PWN}">x</a>`;
export const MB = 1024 * 1024;

const deadline = { date: '2027-06-01', time: '17:00', timeZone: 'Europe/Brussels', kind: 'application' };

/** A call any reader accepts. */
export function validCall(id: string, title: string, url = 'https://ec.europa.eu/info/call') {
  return {
    id,
    source: 'eu-ft',
    funder: 'European Commission',
    title,
    summary: 'Giltig.',
    url,
    language: 'en',
    deadlines: [deadline],
  };
}

function decision(doc: Y.Doc, n: number, extra: Record<string, unknown> = {}) {
  const at = new Date().toISOString();
  return {
    id: `${doc.clientID}-${n}`,
    at,
    client: doc.clientID,
    who: 'Anna',
    to: 'bevakas',
    why: '',
    after: [],
    ...extra,
  };
}

function deep(levels: number): unknown {
  let v: unknown = 'botten';
  for (let i = 0; i < levels; i++) v = { a: [v], __proto__x: i };
  return v;
}

/** One watch entry written as docs/team-document.md says, with `fields` over the defaults. */
function entry(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  const now = new Date().toISOString();
  doc.transact(() => {
    doc.getMap('watchlist').set(id, now);
    const e = doc.getMap(`entry:${id}`);
    for (const [k, v] of Object.entries({ savedAt: now, savedBy: 'Anna', ...fields })) e.set(k, v);
    doc.getArray(`decisions:${id}`).push([decision(doc, 1)]);
  });
}

export const IDS = {
  good: 'eu-ft:GOOD-1',
  html: 'eu-ft:HTML-1',
  js: 'eu-ft:JS-LINK',
  data: 'eu-ft:DATA-LINK',
  huge: 'eu-ft:HUGE-1',
  types: 'eu-ft:WRONG-TYPES',
  proto: 'eu-ft:PROTO',
  embed: 'eu-ft:EMBED-NOTES',
};

/** The words of a note that also holds a rich-text client's embeds (see writeHostile). */
export const EMBED_NOTES = 'Hej där';

export const GOOD_TITLE = 'Giltig utlysning bredvid elaka';

/** Writes every hostile shape into `doc` in transactions that each stay under the server's 4 MB message limit. */
export function writeHostile(doc: Y.Doc): void {
  entry(doc, IDS.good, { call: validCall(IDS.good, GOOD_TITLE) });
  // Script in every text a reader shows.
  entry(doc, IDS.html, {
    call: { ...validCall(IDS.html, `Elak titel ${HTML}`), summary: HTML, funder: HTML, programme: HTML },
    savedBy: HTML,
    owner: HTML,
    match: {
      profileId: 'karlskrona',
      score: 50,
      band: 'relevant',
      reasons: [
        {
          priorityId: 'p',
          priorityLabel: { sv: HTML, en: HTML },
          evidence: [{ term: HTML, quote: HTML }],
          points: 10,
        },
      ],
      lines: { sv: [HTML], en: [HTML] },
      scoredAt: new Date().toISOString(),
    },
  });
  doc.transact(() => {
    doc.getText(`notes:${IDS.html}`).insert(0, HTML);
    doc.getMap(`tags:${IDS.html}`).set(HTML.slice(0, 60), true);
    doc
      .getArray(`decisions:${IDS.html}`)
      .push([decision(doc, 2, { who: HTML, why: HTML, to: 'forbereds', after: [] })]);
    doc.getArray(`comments:${IDS.html}`).push([{ id: 'c1', at: new Date().toISOString(), author: HTML, text: HTML }]);
    doc
      .getArray(`log:${IDS.html}`)
      .push([{ id: 'l1', at: new Date().toISOString(), kind: 'archived', who: HTML, why: HTML }]);
    doc.getArray(`log:${IDS.html}`).push([{ id: 'l2', at: new Date().toISOString(), kind: 'restored', who: HTML }]);
    doc
      .getMap('hidden')
      .set('eu-ft:HIDDEN-1', { hidden: true, reason: HTML, who: HTML, at: new Date().toISOString(), title: HTML });
  });
  // A rich-text client's embeds in the notes (an object, markup inside): each takes a position in the Y.Text that the
  // text shown does not have.
  entry(doc, IDS.embed, { call: validCall(IDS.embed, 'Anteckningar med inbäddningar') });
  doc.transact(() => {
    const notes = doc.getText(`notes:${IDS.embed}`);
    notes.insert(0, EMBED_NOTES);
    notes.insertEmbed(3, { image: HTML });
    notes.insertEmbed(0, { formula: HTML });
  });
  // Links that are not web links.
  entry(doc, IDS.js, { call: validCall(IDS.js, 'Länk med javascript', `javascript:${PWN}`) });
  entry(doc, IDS.data, { call: validCall(IDS.data, 'Länk med data', `data:text/html,<script>${PWN}</script>`) });
  // Megabytes in one field each, one transaction (one message) per field.
  entry(doc, IDS.huge, { call: { ...validCall(IDS.huge, `Stor ${'T'.repeat(1.5 * MB)}`), summary: 'S'.repeat(MB) } });
  doc.transact(() => doc.getText(`notes:${IDS.huge}`).insert(0, 'N'.repeat(1.5 * MB)));
  doc.transact(() =>
    doc
      .getArray(`comments:${IDS.huge}`)
      .push([{ id: 'c-big', at: new Date().toISOString(), author: 'A'.repeat(MB), text: 'C'.repeat(MB) }]),
  );
  doc.transact(() => doc.getMap(`entry:${IDS.huge}`).set('owner', 'O'.repeat(MB)));
  // Wrong types in every field; the call itself is valid so the entry shows.
  entry(doc, IDS.types, {
    call: validCall(IDS.types, 'Fel typer'),
    savedAt: 'inte ett datum',
    savedBy: 42,
    owner: { name: 'x' },
    archived: 'ja',
    withdrawnAt: 'igår',
    match: { profileId: 1, score: 1e12, band: 'super', reasons: 'x', scoredAt: 5 },
  });
  doc.transact(() => {
    const ds = doc.getArray(`decisions:${IDS.types}`);
    ds.push(['sträng', 7, null, [1, 2], deep(200)]);
    ds.push([decision(doc, 3, { to: 'hackad' }), decision(doc, 4, { at: 'aldrig' }), decision(doc, 5, { who: 9 })]);
    doc.getArray(`comments:${IDS.types}`).push([{ id: 'c', at: 'när som helst', author: 'A', text: 'x' }, deep(100)]);
    doc.getArray(`log:${IDS.types}`).push([{ id: 'l', at: new Date().toISOString(), kind: 'deleted-everything' }]);
    doc.getMap(`tags:${IDS.types}`).set('sann', 'inte true');
    doc.getMap('hidden').set('eu-ft:HIDDEN-2', { hidden: 'ja', reason: 5, at: 'aldrig' });
    doc.getMap('profile').set('priorities', 'inga');
    doc.getMap('profileWeights').set('p', 1e9);
  });
  // Entries whose call is missing, of the wrong type or broken: not shown, nothing else breaks.
  doc.transact(() => {
    const index = doc.getMap('watchlist');
    for (const [id, call] of [
      ['eu-ft:NO-CALL', undefined],
      ['eu-ft:NUMBER-CALL', 42],
      ['eu-ft:BAD-DATE', { ...validCall('eu-ft:BAD-DATE', 'Fel datum'), deadlines: [{ ...deadline, date: 'snart' }] }],
      ['eu-ft:OTHER-ID', validCall('eu-ft:SOMETHING-ELSE', 'Annat id')],
      ['eu-ft:DEEP', deep(500)],
      [
        'eu-ft:BAD-LISTS',
        { ...validCall('eu-ft:BAD-LISTS', 'Fel listor'), themes: 'inte en lista', budget: { text: 7 } },
      ],
    ] as const) {
      index.set(id, new Date().toISOString());
      if (call !== undefined) doc.getMap(`entry:${id}`).set('call', call);
    }
    index.set('eu-ft:WRONG-INDEX', { not: 'a time' });
  });
  // Prototype keys as keys and inside values.
  doc.transact(() => {
    // Yjs refuses a top-level value with its own `constructor`, so that one goes one level down.
    const polluted = JSON.parse(`{"__proto__":{"pwned":1}}`);
    const ctor = { x: JSON.parse(`{"constructor":{"prototype":{"pwned":1}},"__proto__":{"pwned":1}}`) };
    entry(doc, IDS.proto, { call: { ...validCall(IDS.proto, 'Prototypnycklar'), ...polluted, ...ctor }, ...polluted });
    doc.getMap(`tags:${IDS.proto}`).set('__proto__', true);
    doc.getMap('watchlist').set('__proto__', new Date().toISOString());
    doc.getMap('entry:__proto__').set('call', polluted);
    doc.getMap('hidden').set('__proto__', polluted);
    doc.getMap('profile').set('__proto__', ctor);
  });
  // Thousands of index entries, none readable.
  doc.transact(() => {
    const index = doc.getMap('watchlist');
    for (let i = 0; i < 3000; i++) index.set(`junk:${i}`, new Date().toISOString());
  });
}

/** Whether a document holds writeHostile's last write (so all of it, as a server forwards updates in order). */
export const hostileLanded = (doc: Y.Doc): boolean => doc.getMap('watchlist').has('junk:2999');

/** An entry with `count` decisions (one chain, the last sets the status) and as many comments. */
export const FLOOD = { id: 'eu-ft:FLOOD-1', count: 100_000, lastStatus: 'forbereds' };

/** Writes the FLOOD entry in transactions of 10,000 records each, every one under the server's message limit. */
export function writeFlood(doc: Y.Doc): void {
  entry(doc, FLOOD.id, { call: validCall(FLOOD.id, 'Hundratusen beslut') });
  const start = Date.now();
  const id = (i: number) => `${doc.clientID}-flood-${i}`;
  for (let from = 0; from < FLOOD.count; from += 10_000) {
    doc.transact(() => {
      const decisions: unknown[] = [];
      const comments: unknown[] = [];
      for (let i = from; i < from + 10_000; i++) {
        const at = new Date(start + i).toISOString();
        const to = i === FLOOD.count - 1 ? FLOOD.lastStatus : 'ansokt';
        decisions.push(decision(doc, 0, { id: id(i), at, to, why: `beslut ${i}`, after: i ? [id(i - 1)] : [] }));
        comments.push({ id: `c-flood-${i}`, at, author: 'Anna', text: `kommentar ${i}` });
      }
      doc.getArray(`decisions:${FLOOD.id}`).push(decisions);
      doc.getArray(`comments:${FLOOD.id}`).push(comments);
    });
  }
}
