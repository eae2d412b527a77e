import { resolve } from 'node:path';
import { InputError } from '../../core/model/errors.ts';
import { buildInvite } from '../../core/team/invite.ts';
import { TeamRegistry } from '../../server/teams.ts';
import { parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';

/**
 * `fundwatch team create [--data DIR] [--name N] [--origin URL]` prints {"team","token","invite"} (one JSON
 * line); `fundwatch team list [--data DIR]` the teams (no tokens: only their hashes are stored).
 */
export const run: Command = async (args: string[], io: CliIo) => {
  const [sub, ...rest] = args;
  const v = parseFlags(rest, {
    data: { type: 'string' },
    name: { type: 'string' },
    origin: { type: 'string' },
  });
  const teams = new TeamRegistry(resolve(io.cwd, v.data ?? 'data'));
  if (sub === 'create') {
    const created = await teams.create(v.name);
    const invite = buildInvite({ appOrigin: v.origin ?? 'http://127.0.0.1:4173', ...created });
    io.stdout(`${JSON.stringify({ team: created.team, token: created.token, invite, name: created.name })}\n`);
    return EXIT_OK;
  }
  if (sub === 'list') {
    for (const id of teams.ids()) {
      const t = teams.get(id);
      io.stdout(
        `${JSON.stringify({ team: id, name: t?.name, createdAt: t?.createdAt, subscribers: t?.subscribers.length })}\n`,
      );
    }
    return EXIT_OK;
  }
  throw new InputError('expected "team create" or "team list"', {}, 'command');
};
