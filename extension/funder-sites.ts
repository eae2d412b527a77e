/**
 * The funders' own sites, where content scripts mark calls. Listed with and without `www` where the
 * funder serves both. Nothing else: user-added sites are optional permissions requested one at a time.
 */
export const FUNDER_MATCHES = [
  '*://www.vinnova.se/*',
  '*://vinnova.se/*',
  '*://ec.europa.eu/info/funding-tenders/*',
  '*://erasmus-plus.ec.europa.eu/*',
  '*://www.utbyten.se/*',
  '*://utbyten.se/*',
  '*://www.mucf.se/*',
  '*://mucf.se/*',
  '*://icld.se/*',
  '*://www.icld.se/*',
  '*://interreg-baltic.eu/*',
  '*://www.interreg-baltic.eu/*',
  '*://centralbaltic.eu/*',
  '*://www.centralbaltic.eu/*',
  '*://southbaltic.eu/*',
  '*://www.southbaltic.eu/*',
  '*://www.interregaurora.eu/*',
  '*://interregaurora.eu/*',
  '*://www.interregnorthsea.eu/*',
  '*://interregnorthsea.eu/*',
  '*://www.interreg-oks.eu/*',
  '*://interreg-oks.eu/*',
  '*://www.interreg.no/*',
  '*://interreg.no/*',
  '*://euro-access.eu/*',
  '*://www.euro-access.eu/*',
];

/** The bare host names of FUNDER_MATCHES (for tests that point them at a local server). */
export function funderHosts(): string[] {
  return [...new Set(FUNDER_MATCHES.map((m) => m.split('/')[2]))];
}
