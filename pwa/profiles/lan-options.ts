/** The 21 län (ids as core/data/lan.json), for the "build from strategy" form; loaded with the Profile view. */
export async function loadLanOptions(): Promise<{ id: string; name: string }[]> {
  const data = (await import('../../core/data/lan.json')).default as { lan: { id: string; name: string }[] };
  return data.lan.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
