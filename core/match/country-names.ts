/** A country's Swedish name as countries.json writes it, capitalised ("Danmark" for "Denmark"). */
import { COUNTRIES } from '../data/index.ts';

const SV_NAMES = new Map(COUNTRIES.countries.map((c) => [c.name, c.sv[0].charAt(0).toUpperCase() + c.sv[0].slice(1)]));
export const swedishName = (country: string): string => SV_NAMES.get(country) ?? country;
