/**
 * A small, realistic set of calls for the PWA's tests (modelled on ../shared/sources), dated relative to `now`
 * so statuses stay the same whenever the tests run. One title is hostile HTML that must stay inert text.
 */
const DAY = 86_400_000;
const iso = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

export const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Cirkulär ekonomi i hamnstäder';

export function fixtureCalls(now = new Date()): Record<string, unknown>[] {
  return [
    {
      id: 'interreg-sb:climate-2026',
      source: 'interreg-south-baltic',
      funder: 'Interreg South Baltic',
      programme: 'Interreg South Baltic 2021–2027',
      programmeArea: 'interreg-south-baltic',
      title: 'Call for regular projects: climate adaptation and water management in coastal municipalities',
      summary:
        'Projects on climate adaptation, flooding, water management and the blue economy in the South Baltic area. Municipalities and regions may apply with partners from Poland, Lithuania, Germany and Denmark.',
      url: 'https://southbaltic.eu/calls/climate-2026',
      language: 'en',
      opens: iso(now, -20),
      deadlines: [{ date: iso(now, 45), time: '16:00', timeZone: 'Europe/Warsaw', kind: 'application' }],
      budget: { amount: 12000000, currency: 'EUR', text: 'EUR 12 million ERDF' },
    },
    {
      id: 'icld:kommunala-partnerskap-2026',
      source: 'icld',
      funder: 'ICLD',
      programme: 'Kommunala partnerskap',
      title: 'Ansök om kommunalt partnerskap för lokal demokrati och jämställdhet',
      summary:
        'Svenska kommuner och regioner kan söka stöd för partnerskap med kommuner i Afrika, Asien och Östeuropa om lokal demokrati, jämställdhet och medborgardialog.',
      url: 'https://icld.se/kommunala-partnerskap/',
      language: 'sv',
      opens: iso(now, -5),
      deadlines: [{ date: iso(now, 10), time: '23:59', timeZone: 'Europe/Stockholm', kind: 'application' }],
    },
    {
      id: 'uhr:erasmus-ka1-skola-2026',
      source: 'uhr',
      funder: 'Universitets- och högskolerådet',
      programme: 'Erasmus+ Skola, KA1',
      title: 'Erasmus+ ackreditering och mobilitet för skolor',
      summary:
        'Kompetensutveckling för lärare och utbyten för elever i grundskola och gymnasium. Kommuner som huvudmän kan söka.',
      url: 'https://www.utbyten.se/program/erasmus-skola/',
      language: 'sv',
      opens: iso(now, 60),
      deadlines: [{ date: iso(now, 120), time: '12:00', timeZone: 'Europe/Brussels', kind: 'application' }],
    },
    {
      id: 'vinnova:2026-00123',
      source: 'vinnova',
      funder: 'Vinnova',
      programme: 'Innovation i offentlig sektor',
      title: 'Utmaningsdriven innovation för digitalisering av välfärden',
      summary:
        'Stöd till offentliga aktörer som utvecklar digitala tjänster inom vård och omsorg tillsammans med företag.',
      url: 'https://www.vinnova.se/e/utmaningsdriven-innovation/2026-00123/',
      language: 'sv',
      opens: iso(now, -30),
      deadlines: [
        { date: iso(now, 30), time: '14:00', timeZone: 'Europe/Stockholm', kind: 'project-idea' },
        { date: iso(now, 150), time: '14:00', timeZone: 'Europe/Stockholm', kind: 'step-2' },
      ],
    },
    {
      id: 'interreg-bsr:small-projects-2025',
      source: 'interreg-bsr',
      funder: 'Interreg Baltic Sea Region',
      programme: 'Interreg Baltic Sea Region',
      programmeArea: 'interreg-baltic-sea-region',
      title: 'Small projects call: energy transition in Baltic Sea cities',
      summary: 'Seed money for energy efficiency, renewable energy and smart mobility across the Baltic Sea Region.',
      url: 'https://interreg-baltic.eu/calls/small-projects/',
      language: 'en',
      opens: iso(now, -200),
      deadlines: [{ date: iso(now, -40), time: '13:00', timeZone: 'Europe/Berlin', kind: 'application' }],
    },
    {
      id: 'eu-ft:ERASMUS-YOUTH-2026-PART',
      source: 'eu-ft',
      funder: 'European Commission',
      programme: 'Erasmus+ Youth',
      title: 'Youth participation activities',
      summary: 'Youth participation, active citizenship and democratic engagement of young people at local level.',
      url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/ERASMUS-YOUTH-2026-PART',
      language: 'en',
      opens: iso(now, -10),
      deadlines: [{ date: iso(now, 80), time: '12:00', timeZone: 'Europe/Brussels', kind: 'application' }],
    },
    {
      id: 'mucf:hostile-1',
      source: 'mucf',
      funder: 'MUCF',
      title: HOSTILE_TITLE,
      summary: 'Cirkulär ekonomi och hållbar turism <script>window.__pwned=2</script> i hamnstäder.',
      url: 'https://www.mucf.se/bidrag/cirkular',
      language: 'sv',
      opens: iso(now, -3),
      deadlines: [{ date: iso(now, 200), timeZone: 'Europe/Stockholm', kind: 'application' }],
    },
  ];
}
