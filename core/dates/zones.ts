import { isKnownZone } from '../model/calendar.ts';

/**
 * Zone wording in funders' texts → IANA zone. "CET"/"CEST" are read as local time in central Europe
 * (writers say "CET" all year round), so they map to a zone with DST rather than a fixed +01:00.
 */
const ZONE_WORDS: [RegExp, string][] = [
  [/brussels time|belgian time|bryssel/i, 'Europe/Brussels'],
  [/paris time|french time/i, 'Europe/Paris'],
  [/finnish time|finsk tid|helsinki time|\bEEST\b|\bEET\b|eastern european (summer )?time/i, 'Europe/Helsinki'],
  [/swedish time|svensk tid|stockholm time|stockholmstid/i, 'Europe/Stockholm'],
  [/norwegian time|norsk tid|oslo time/i, 'Europe/Oslo'],
  [/danish time|dansk tid|copenhagen time/i, 'Europe/Copenhagen'],
  [/polish time|warsaw time|gdańsk time|gdansk time/i, 'Europe/Warsaw'],
  [/estonian time|tallinn time/i, 'Europe/Tallinn'],
  [/latvian time|riga time/i, 'Europe/Riga'],
  [/\bUTC\b|\bGMT\b/, 'UTC'],
  [/\bCEST\b|\bCET\b|central european (summer )?time|mellaneuropeisk/i, 'Europe/Brussels'],
];

/** The IANA zone a text names, or undefined when it names none. */
export function zoneFromText(text: string): string | undefined {
  for (const [re, zone] of ZONE_WORDS) if (re.test(text)) return zone;
  return undefined;
}

/** True when `zone` is an IANA zone the platform knows (the model's one check, core/model/calendar.ts). */
export const isValidZone = isKnownZone;
