import type { SourceInput, SourcePlan, SourceRequest } from '../../sources/types.ts';

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

export const plan: SourcePlan = {
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
