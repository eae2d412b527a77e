/**
 * The funders' data APIs live on their own hosts: the weekly check reads them only after the user turns
 * that on in the options page, which requests these origins at run time.
 */
export const FUNDER_API_ORIGINS = ['https://data.vinnova.se/*', 'https://api.tech.ec.europa.eu/*'];
