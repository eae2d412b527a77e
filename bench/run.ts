export {};

/**
 * `npm run bench`: every performance target as a printed figure (targets live here, not in timed tests).
 * Each section is one file in bench/sections/ exporting `run(): Promise<void>`.
 */
const SECTIONS = ['engine', 'profile', 'sources', 'extension', 'ext-sync', 'pwa', 'server'] as const;

for (const name of SECTIONS) {
  console.log(`\n=== ${name} ===`);
  const section = (await import(`./sections/${name}.ts`)) as { run: () => Promise<void> };
  await section.run();
}
