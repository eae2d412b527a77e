/**
 * Swedish names for the profile's partner countries (stored as English names, core/data/countries.json);
 * loaded with the Profile view only.
 */
export async function loadCountryNames(): Promise<Map<string, { sv: string; en: string }>> {
  const data = (await import('../../core/data/countries.json')).default as {
    countries: { name: string; sv: string[] }[];
  };
  const cap = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
  return new Map(data.countries.map((c) => [c.name, { sv: cap(c.sv[0] ?? c.name), en: c.name }]));
}
