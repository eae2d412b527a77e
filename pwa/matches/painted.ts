let painted: () => void = () => {};
const once = new Promise<void>((resolve) => {
  painted = resolve;
});

/** The benchmark's "ranked calls painted" (the frame that shows the first ranked list), once per page. */
export function markMatchesPainted(): void {
  if (performance.getEntriesByName('fw:matches:painted').length) return;
  performance.mark('fw:matches:painted');
  painted();
}

/** Resolves once the first ranked list has been painted: what may wait until then does. */
export function matchesPainted(): Promise<void> {
  return once;
}
