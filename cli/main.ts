import { InputError } from '../core/model/errors.ts';
import { type CliIo, type Command, EXIT_BAD_INPUT } from './io.ts';

/** Each command lives in cli/commands/<name>.ts and exports `run: Command`. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  score: { summary: 'rank calls for a profile (JSON Lines, best first)', load: () => import('./commands/score.ts') },
  profile: { summary: 'build a draft profile from a strategy text', load: () => import('./commands/profile.ts') },
  eval: {
    summary: 'nDCG@10 and P@5 on ../shared/eval, with a BM25 baseline',
    load: () => import('./commands/eval.ts'),
  },
  fetch: {
    summary: 'fetch all sources (live, or --offline fixtures) into the call store',
    load: () => import('./commands/fetch.ts'),
  },
  ingest: { summary: 'parse one saved response with one source', load: () => import('./commands/ingest.ts') },
  digest: { summary: 'the weekly digest (md, html or ics)', load: () => import('./commands/digest.ts') },
  serve: {
    summary: 'the Fundwatch server: app, call feed, team sync (npm start)',
    load: () => import('./commands/serve.ts'),
  },
  team: { summary: 'create or list teams (team create --name N)', load: () => import('./commands/team.ts') },
  demo: {
    summary: 'print the default profile’s ranking of the bundled calls',
    load: () => import('./commands/demo.ts'),
  },
};

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: fundwatch <command> [options]\n\ncommands:\n${rows.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`fundwatch: unknown command "${name}"\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { run } = await command.load();
    return await run(args, io);
  } catch (error) {
    // Bad input is the user's to fix: one clear line, no stack trace.
    if (error instanceof InputError) {
      io.stderr(`fundwatch ${name}: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

const isEntry = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli/main.ts');
if (isEntry) {
  // `fundwatch score … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`fundwatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
