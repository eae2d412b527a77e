import { callPageLinks } from './interreg-bsr.ts';
import { readFeed } from './lib/feed.ts';
import type { SourceInput, SourcePlan, SourceRequest } from './types.ts';

/**
 * What each source fetches (URLs, hosts), kept apart from parsing. Endpoints are as documented in
 * ../shared/sources/NOTES.md; they were not checked live here (`npm run live-check` does that for users).
 */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

/** Vinnova: rounds, calls and programmes changed in the last two years (a few MB at most). */
const vinnova: SourcePlan = {
  hosts: ['data.vinnova.se', 'www.vinnova.se'],
  requests(now) {
    const since = new Date(now.getTime() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
    return ['ansokningsomgangar', 'utlysningar', 'program'].map((kind) =>
      get(`https://data.vinnova.se/api/${kind}/${since}`, 'application/json'),
    );
  },
};

export const EU_PROGRAMME_CODES = ['43353764', '43251589', '43254037', '43252405', '43251814'];
const EU_PAGE_SIZE = 100;

function euRequest(page: number): SourceRequest {
  const query = {
    bool: {
      must: [
        { terms: { type: ['1', '2', '8'] } },
        { terms: { status: ['31094501', '31094502'] } },
        { terms: { frameworkProgramme: EU_PROGRAMME_CODES } },
      ],
    },
  };
  return {
    url: `https://api.tech.ec.europa.eu/search-api/prod/rest/search?apiKey=SEDIA&text=***&pageSize=${EU_PAGE_SIZE}&pageNumber=${page}`,
    method: 'POST',
    accept: 'application/json',
    multipart: {
      query: { value: JSON.stringify(query), contentType: 'application/json' },
      languages: { value: JSON.stringify(['en']), contentType: 'application/json' },
      // A fixed sort keeps paging stable (the default relevance order shuffles between pages).
      sort: { value: JSON.stringify({ field: 'sortStatus', order: 'ASC' }), contentType: 'application/json' },
    },
  };
}

const euFt: SourcePlan = {
  hosts: ['api.tech.ec.europa.eu', 'ec.europa.eu'],
  requests: () => [euRequest(1)],
  next(response: SourceInput, request: SourceRequest) {
    const page = Number(/pageNumber=(\d+)/.exec(request.url)?.[1] ?? '1');
    let total = 0;
    try {
      total = Number((JSON.parse(response.body) as { totalResults?: number }).totalResults ?? 0);
    } catch {
      return undefined;
    }
    // At most 20 pages: a runaway total must not turn into thousands of requests.
    return page * EU_PAGE_SIZE < total && page < 20 ? euRequest(page + 1) : undefined;
  },
};

const uhr: SourcePlan = {
  hosts: ['www.utbyten.se'],
  requests: () =>
    [
      'https://www.utbyten.se/program/erasmus/erasmus-partnerskap/',
      'https://www.utbyten.se/program/erasmus-mobilitet-yrkesutbildning/ansok-om-korttidsprojekt-eller-ackreditering/ansok-om-ett-korttidsprojekt/',
      'https://www.utbyten.se/program/erasmus-mobilitet-skola/for-dig-som-har-projekt-eller-ackreditering/for-dig-som-har-beviljad-ackreditering/',
    ].map((u) => get(u)),
};

const mucf: SourcePlan = {
  hosts: ['www.mucf.se'],
  requests: () =>
    [
      'ungdomsutbyte-0',
      'projekt-att-oka-ungas-delaktighet',
      'smaskaliga-partnerskap',
      'kompetensutveckling-dig-som-jobbar-med-unga-0',
    ].map((slug) => get(`https://www.mucf.se/bidrag/${slug}`)),
};

const icld: SourcePlan = {
  hosts: ['icld.se'],
  requests: () => [get('https://icld.se/feed/', 'application/rss+xml')],
};

const interregBsr: SourcePlan = {
  hosts: ['interreg-baltic.eu'],
  requests: () => [get('https://interreg-baltic.eu/feed/', 'application/rss+xml')],
  follow(responses) {
    const feed = responses.find((r) => /\/feed\/?$/.test(r.url));
    if (!feed) return [];
    return callPageLinks(readFeed(feed, 'interreg-bsr'))
      .slice(0, 10)
      .map((u) => get(u));
  },
};

export const PLANS: Record<string, SourcePlan> = {
  vinnova,
  'eu-ft': euFt,
  uhr,
  mucf,
  icld,
  'interreg-bsr': interregBsr,
  'interreg-central-baltic': {
    hosts: ['centralbaltic.eu'],
    requests: () => [get('https://centralbaltic.eu/for-applicants/call-calendar/')],
  },
  'interreg-south-baltic': {
    hosts: ['southbaltic.eu'],
    requests: () => [get('https://southbaltic.eu/call-for-proposals1')],
  },
  'interreg-aurora': {
    hosts: ['www.interregaurora.eu'],
    requests: () => [get('https://www.interregaurora.eu/projects/calls-for-applications/')],
  },
  'interreg-north-sea': {
    hosts: ['www.interregnorthsea.eu'],
    requests: () => [get('https://www.interregnorthsea.eu/calls-for-applications')],
  },
  'interreg-oks': {
    hosts: ['interreg-oks.eu'],
    requests: () => [get('https://interreg-oks.eu/forersomvillansoka.488.html')],
  },
  'interreg-no': {
    hosts: ['interreg.no'],
    requests: () => [get('https://interreg.no/kalender/liste/?ical=1', 'text/calendar')],
  },
};
