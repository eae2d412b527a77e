import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError, zodToInputError } from '../core/model/errors.ts';

/**
 * The organisation's own SMTP relay. From (first wins): flags --smtp/--mail-from, the environment
 * (FUNDWATCH_SMTP_URL, FUNDWATCH_MAIL_FROM), or DATA/config.json {"smtp": {"url", "from"}}. Without a relay
 * address nothing is ever sent.
 */
export interface MailSettings {
  /** smtp://user:pass@relay.kommun.se:587 or smtps://…:465 (nodemailer's URL form). */
  url: string;
  from: string;
}

const FileSchema = z.object({
  smtp: z
    .object({ url: z.string().regex(/^smtps?:\/\//, 'expected smtp:// or smtps://'), from: z.string().min(3) })
    .optional(),
});

export function readMailSettings(
  dataDir: string,
  flags: { smtp?: string; mailFrom?: string },
  env: NodeJS.ProcessEnv = process.env,
): MailSettings | undefined {
  const file = join(dataDir, 'config.json');
  let fromFile: MailSettings | undefined;
  if (existsSync(file)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, { file });
    }
    const parsed = FileSchema.safeParse(raw);
    if (!parsed.success) throw zodToInputError(parsed.error, { file });
    fromFile = parsed.data.smtp;
  }
  const url = flags.smtp ?? env.FUNDWATCH_SMTP_URL ?? fromFile?.url;
  if (!url) return undefined;
  if (!/^smtps?:\/\//.test(url)) throw new InputError('expected smtp://host:port or smtps://host:port', {}, 'smtp');
  const from = flags.mailFrom ?? env.FUNDWATCH_MAIL_FROM ?? fromFile?.from;
  if (!from) throw new InputError('an SMTP relay needs a sender address (--mail-from)', {}, 'mail-from');
  return { url, from };
}
