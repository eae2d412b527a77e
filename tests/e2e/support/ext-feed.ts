import type { FundingCall } from '../../../core/model/call.ts';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A calls feed (the `calls.json` that `fundwatch fetch` writes) as the weekly check reads it, dated
 * relative to the test's clock so its calls stay open: one call a Blekinge municipality should hear
 * about, one only companies can apply for.
 */
export function calendarFeed(now: Date): {
  version: 1;
  generatedAt: string;
  calls: FundingCall[];
  sources: Record<string, never>;
} {
  const opens = iso(new Date(now.getTime() - 5 * DAY));
  const deadline = iso(new Date(now.getTime() + 60 * DAY));
  return {
    version: 1,
    generatedAt: now.toISOString(),
    sources: {},
    calls: [
      {
        id: 'interreg-south-baltic:e2e-small-projects',
        source: 'interreg-south-baltic',
        funder: 'Interreg South Baltic',
        programme: 'Interreg South Baltic 2021-2027',
        programmeArea: 'interreg-south-baltic',
        title: 'Small projects for people-to-people cooperation in the South Baltic area',
        summary:
          'Municipalities, NGOs and schools in Sweden, Poland, Lithuania, Denmark and Germany can apply for small projects that strengthen the cooperation capacity of local actors and civil society across the Baltic Sea, including twinning of towns and youth exchanges.',
        url: 'https://southbaltic.eu/-/e2e-small-projects',
        language: 'en',
        opens,
        deadlines: [{ date: deadline, time: '16:00', timeZone: 'Europe/Warsaw', kind: 'application' }],
      },
      {
        id: 'vinnova:e2e-deeptech',
        source: 'vinnova',
        funder: 'Vinnova',
        title: 'Deep-tech scale-up grants for companies',
        summary:
          'Only limited companies (startups with fewer than 50 employees) may apply. Public bodies, municipalities and universities are not eligible.',
        url: 'https://www.vinnova.se/e/e2e-deeptech/',
        language: 'en',
        opens,
        deadlines: [{ date: deadline, time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
      },
    ],
  };
}
