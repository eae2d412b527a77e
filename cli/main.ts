import { InputError } from '../core/model/errors.ts';
import { version } from '../package.json' with { type: 'json' };
import { type CliIo, type Command, EXIT_BAD_INPUT, EXIT_INTERNAL } from './io.ts';

interface CommandEntry {
  summary: string;
  /** Options, shown by `fundwatch <command> --help`; a command without it answers --help itself. */
  help?: string;
  load: () => Promise<{ run: Command }>;
}

/** Each command lives in cli/commands/<name>.ts and exports `run: Command`; add a row here to add a command. */
const COMMANDS = new Map<string, CommandEntry>([
  [
    'score',
    {
      summary: 'rank calls for a profile (JSON Lines, best first)',
      help: `--profile <id|path.json> --calls <file.jsonl|file.json> [--open-only] [--explain N] [--format full|compact] [--now ISO]
  --explain N        explain the best N calls (reasons, eligibility, blockers); the rest get id, score, band (default: all)
  --format compact   a header line names the priorities once; each line refers to them by index`,
      load: () => import('./commands/score.ts'),
    },
  ],
  [
    'profile',
    {
      summary: 'build a draft profile from a strategy text',
      help: '--from <strategy.txt|.pdf|.docx> [--name N] [--lan L] [--kind kommun|region]',
      load: () => import('./commands/profile.ts'),
    },
  ],
  [
    'eval',
    {
      summary: 'nDCG@10 and P@5 on ../shared/eval, with a BM25 baseline',
      help: '[--check] [--dir ../shared/eval] [--verbose]',
      load: () => import('./commands/eval.ts'),
    },
  ],
  [
    'bias',
    {
      summary: 'where the ranking is off by funder family and eligibility (score vs grade, per part)',
      help: '[--dir SET …] [--seeds DIR] [--calls N] [--per-set] [--json FILE]   (a SET holds calls.jsonl and labels.jsonl)',
      load: () => import('./commands/bias.ts'),
    },
  ],
  [
    'fetch',
    {
      summary: 'fetch all sources (live, or --offline fixtures) into the call store',
      help: `[--offline] [--sources a,b] [--out data/calls.json] [--now ISO] [--json] [--accept-shrink a,b]
       [--cache path] [--timeout seconds] [--live-check]
  exit 0 every source updated, 1 a source failed or answered suspiciously little (its calls kept), 2 bad input`,
      load: () => import('./commands/fetch.ts'),
    },
  ],
  [
    'ingest',
    {
      summary: 'parse one saved response with one source',
      help: '--source <id> --file <saved response> [--url U] [--fetched-at ISO] [--content-type T]',
      load: () => import('./commands/ingest.ts'),
    },
  ],
  [
    'digest',
    {
      summary: 'the weekly digest (md, html or ics)',
      help: '--profile <id|path> [--calls file] [--since 7d|ISO] [--format md|html|ics] [--lang sv|en] [--now ISO] [--watch id,id]',
      load: () => import('./commands/digest.ts'),
    },
  ],
  [
    'serve',
    {
      summary: 'the Fundwatch server: app, call feed, team sync (npm start)',
      load: () => import('./commands/serve.ts'),
    },
  ],
  [
    'team',
    {
      summary: 'create or list teams (team create --name N)',
      help: `create [--name N] [--origin URL] [--data DIR]   prints {"team","token","invite","name"} as one JSON line
       fundwatch team list [--data DIR]                               the teams, one JSON line each (no tokens)`,
      load: () => import('./commands/team.ts'),
    },
  ],
  [
    'demo',
    {
      summary: 'print the default profile’s ranking of the bundled calls',
      help: '(no options)',
      load: () => import('./commands/demo.ts'),
    },
  ],
]);

/** Every command's name (the meta test asks each for --help). */
export const COMMAND_NAMES: readonly string[] = [...COMMANDS.keys()];

function usage(): string {
  const rows = [...COMMANDS].map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: fundwatch <command> [options]\n       fundwatch <command> --help\n       fundwatch --version\n\ncommands:\n${rows.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name ? 0 : EXIT_BAD_INPUT;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`fundwatch ${version}\n`);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.stderr(`fundwatch: unknown command "${name}"\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  if (command.help && (args.includes('--help') || args.includes('-h'))) {
    io.stdout(`fundwatch ${name}: ${command.summary}\n\nusage: fundwatch ${name} ${command.help}\n`);
    return 0;
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

/** Runs the CLI on this process: exit codes 0 ok, 1 a source or check failed, 2 bad input, 3 internal error. */
export function runCli(argv: string[] = process.argv.slice(2)): void {
  // `fundwatch score … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    write: (t) =>
      new Promise<void>((done) => {
        if (process.stdout.write(t)) done();
        else process.stdout.once('drain', done);
      }),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`fundwatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.FUNDWATCH_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}

// Run directly from the sources (tests, `tsx cli/main.ts`); the build's entry is cli/entry.ts.
if (process.argv[1]?.endsWith('cli/main.ts')) runCli();
