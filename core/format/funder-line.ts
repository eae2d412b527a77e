/**
 * Who funds a call, named once: the funder, and the programme only when it adds something. A programme that
 * starts with the funder's name ("Interreg South Baltic" → "Interreg South Baltic 2021–2027") replaces it
 * rather than repeating it; one that names it ("ICLD" → "Kommunala partnerskap") follows it.
 */
export function funderParts(call: { funder: string; programme?: string }): string[] {
  const funder = call.funder.trim();
  const programme = call.programme?.trim();
  if (!programme || programme === funder) return [funder];
  if (programme.toLowerCase().startsWith(funder.toLowerCase())) return [programme];
  return [funder, programme];
}

/** "European Commission – Creative Europe", "Interreg South Baltic 2021–2027". */
export function funderLine(call: { funder: string; programme?: string }): string {
  return funderParts(call).join(' – ');
}
