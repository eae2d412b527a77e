/**
 * A large strategy text for size tests: real strategy sentences (varied, with priorities, networks and places),
 * wrapped at 70 characters with no paragraph breaks or headings, the way text comes out of some PDFs. Such
 * unbroken prose was what made profile building quadratic.
 */
const SENTENCES = [
  'kommunen ska prioritera samarbete i östersjöregionen med partner i polen och litauen',
  'klimatanpassning och energiomställning är särskilt viktiga för kommunens internationella arbete',
  'ungdomars delaktighet och utbyten inom erasmus+ stärker skolan och kompetensförsörjningen',
  'vi deltar i union of the baltic cities och i energy cities för att utveckla hållbara lösningar',
  'näringslivets konkurrenskraft och investeringar i regionen är ett mål för perioden',
  'den lokala demokratin utvecklas genom kommunala partnerskap med stöd från icld',
  'kultur och kulturarv, besöksnäring och platsens attraktivitet lyfts i profileringen',
  'kommunen bevakar eu:s program och söker extern finansiering från interreg södra östersjön',
];

export function largeStrategy(bytes: number, name = 'Exempelby kommun i Blekinge län'): string {
  let out = `${name} internationellt program\n\n`;
  let i = 0;
  while (out.length < bytes) out += `${SENTENCES[i++ % SENTENCES.length]}, `;
  return out.replace(/(.{1,70})(\s|$)/g, '$1\n');
}
