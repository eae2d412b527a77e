import { resolve } from 'node:path';
import { InputError } from '../../core/model/errors.ts';
import { buildInvite, syncUrlFor } from '../../core/team/invite.ts';
import { readServerAddress } from '../../server/server-address.ts';
import { TeamRegistry } from '../../server/teams.ts';
import { parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';

/**
 * `fundwatch team create [--data DIR] [--name N] [--origin URL]` prints {"team","token","invite","name","sync"}
 * (one JSON line; the origin defaults to where the server on DIR last listened); `fundwatch team list [--data DIR]` the teams (no tokens: only their hashes are stored).
 */
export const run: Command = async (args: string[], io: CliIo) => {
  const [sub, ...rest] = args;
  const v = parseFlags(rest, {
    data: { type: 'string' },
    name: { type: 'string' },
    origin: { type: 'string' },
  });
  const dataDir = resolve(io.cwd, v.data ?? 'data');
  const teams = new TeamRegistry(dataDir);
  if (sub === 'create') {
    // The invite opens the app where the server on this data folder last listened (or its --public-origin).
    const appOrigin = v.origin ?? readServerAddress(dataDir)?.appOrigin ?? 'http://127.0.0.1:4173';
    // Checked before the team is created, so a bad --origin leaves no team behind.
    const sync = syncUrlFor(appOrigin);
    const created = await teams.create(v.name);
    const out = {
      team: created.team,
      token: created.token,
      invite: buildInvite({ appOrigin, ...created }),
      name: created.name,
      // For y-websocket clients: new WebsocketProvider(sync, team, doc, { params: { token } }).
      sync,
    };
    io.stdout(`${JSON.stringify(out)}\n`);
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
