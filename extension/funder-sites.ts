/**
 * The funders' own sites, where content scripts mark calls. Listed with and without `www` where the
 * funder serves both. Nothing else: user-added sites are optional permissions requested one at a time.
 */
export const FUNDER_MATCHES = [
  'https://www.vinnova.se/*',
  'https://vinnova.se/*',
  'https://ec.europa.eu/info/funding-tenders/*',
  'https://erasmus-plus.ec.europa.eu/*',
  'https://www.utbyten.se/*',
  'https://utbyten.se/*',
  'https://www.mucf.se/*',
  'https://mucf.se/*',
  'https://icld.se/*',
  'https://www.icld.se/*',
  'https://interreg-baltic.eu/*',
  'https://www.interreg-baltic.eu/*',
  'https://centralbaltic.eu/*',
  'https://www.centralbaltic.eu/*',
  'https://southbaltic.eu/*',
  'https://www.southbaltic.eu/*',
  'https://www.interregaurora.eu/*',
  'https://interregaurora.eu/*',
  'https://www.interregnorthsea.eu/*',
  'https://interregnorthsea.eu/*',
  'https://www.interreg-oks.eu/*',
  'https://interreg-oks.eu/*',
  'https://www.interreg.no/*',
  'https://interreg.no/*',
  'https://euro-access.eu/*',
  'https://www.euro-access.eu/*',
];

/** The bare host names of FUNDER_MATCHES (for tests that point them at a local server). */
export function funderHosts(): string[] {
  return [...new Set(FUNDER_MATCHES.map((m) => m.split('/')[2]))];
}
