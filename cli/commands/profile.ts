import { resolve } from 'node:path';
import { readDocumentText } from '../../core/documents/read-document.ts';
import { conceptLabel } from '../../core/match/concepts.ts';
import { InputError } from '../../core/model/errors.ts';
import { draftProfileFromText, type ProfileReview } from '../../core/profile/from-document.ts';
import { BASIS_TEXT } from '../../core/profile/weight-rule.ts';
import { parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';
import { readUserBytes } from '../read-calls.ts';

/** `profile --from <strategy.pdf|.docx|.txt> [--name N] [--lan L] [--kind kommun|region]`: a draft profile as JSON. */
export const run: Command = async (args: string[], io: CliIo) => {
  const values = parseFlags(args, {
    from: { type: 'string' },
    name: { type: 'string' },
    lan: { type: 'string' },
    kind: { type: 'string' },
  });
  if (!values.from) throw new InputError('missing --from <strategy.pdf|.docx|.txt>', {}, 'from');
  const path = resolve(io.cwd, values.from);
  // Read once, here: a pipe or FIFO gives its bytes only once.
  const bytes = readUserBytes(path, values.from);
  if (values.kind && values.kind !== 'kommun' && values.kind !== 'region') {
    throw new InputError(`expected "kommun" or "region", got "${values.kind}"`, {}, 'kind');
  }
  // Errors name the file as the user gave it.
  const text = await readDocumentText(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    values.from,
  );
  let profile: ReturnType<typeof draftProfileFromText>['profile'];
  let review: ProfileReview;
  try {
    ({ profile, review } = draftProfileFromText(text, {
      name: values.name,
      lan: values.lan,
      kind: values.kind as 'kommun' | 'region' | undefined,
    }));
  } catch (error) {
    // Name the file the problem came from.
    if (error instanceof InputError) throw new InputError(error.message, { file: values.from });
    throw error;
  }
  // The profile goes to stdout (for score --profile); what to check before using it, with the passages, to stderr.
  io.stderr(reviewText(review));
  io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
  return EXIT_OK;
};

function reviewText(r: ProfileReview): string {
  const q = (p?: string) => (p ? ` — "${p.length > 160 ? `${p.slice(0, 160)}…` : p}"` : '');
  const lines = ['Kontrollera innan du använder profilen / check before use:'];
  if (r.body) lines.push(`  Organisation: ${r.body.name} (${r.body.kind})`);
  if (r.lan) lines.push(`  Län: ${r.lan.name}${q(r.lan.passage)}`);
  if (r.population) lines.push(`  Folkmängd: ${r.population.count.toLocaleString('sv-SE')} (${r.population.source})`);
  for (const c of r.partnerCountries) lines.push(`  Partnerland: ${c.name}${q(c.passage)}`);
  for (const g of r.geography) lines.push(`  Geografiskt fokus: ${g.conceptId}${q(g.passage)}`);
  for (const p of r.priorities) {
    const weight = p.weight.toFixed(1).replace('.', ',');
    lines.push(`  Prioritering: ${p.label.sv} ${weight} (${BASIS_TEXT[p.basis].sv})${q(p.passage)}`);
    // A tie is what a reader most easily overlooks: the priority then matches only calls that concern it.
    const ties = [...(p.core?.concepts.map((id) => conceptLabel(id)?.sv ?? id) ?? []), ...(p.core?.countries ?? [])];
    if (ties.length > 0) lines.push(`    bara tillsammans med / only with: ${ties.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
