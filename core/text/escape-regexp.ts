/** A literal string as a regular-expression source: every character that means something in a pattern escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
