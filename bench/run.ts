export {};

/**
 * `npm run bench`: every performance target as a printed figure (targets live here, not in timed tests).
 * Each section is one file in bench/sections/ exporting `run(): Promise<void>`.
 */
const SECTIONS = ['engine', 'profile', 'sources', 'detection', 'extension', 'ext-sync', 'pwa', 'server'] as const;

// `npx tsx bench/run.ts detection extension` runs only the named sections.
const only = process.argv.slice(2);
for (const name of SECTIONS.filter((n) => only.length === 0 || only.includes(n))) {
  console.log(`\n=== ${name} ===`);
  const section = (await import(`./sections/${name}.ts`)) as { run: () => Promise<void> };
  await section.run();
}
