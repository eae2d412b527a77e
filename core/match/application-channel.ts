/**
 * How an application is sent: "Ansök om statsbidraget via den säkra digitala meddelandetjänsten", "ansökan lämnas i
 * den digitala portalen", "apply through the online platform". The channel is no part of what the call funds, so
 * digitalisation words there are no topic (a call on digitalisation says so elsewhere).
 */
const CHANNEL =
  /(?:ansök\p{L}*|skicka\p{L}*|lämna\p{L}* in|submit\p{L}*|apply|applications?)\s+(?:[\p{L}-]+\s+){0,6}?(?:via|genom|i|through|using|in|on)\s+(?:[\p{L}-]+\s+){0,3}?(?:e-?tjänst\p{L}*|meddelandetjänst\p{L}*|portal\p{L}*|ansökningssystem\p{L}*|webbformulär\p{L}*|online form|platform|plattform\p{L}*|e-services?)(?![\p{L}])/gu;

/** The stretches of lowercase `lower` that say how an application is sent, as ranges of its own offsets. */
export function channelRanges(lower: string): [number, number][] {
  if (!/tjänst|portal|system|formulär|form|platform|plattform|service/.test(lower)) return [];
  const out: [number, number][] = [];
  for (const m of lower.matchAll(CHANNEL)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}
