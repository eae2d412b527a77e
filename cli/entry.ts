/** The built command line's entry (dist/cli/main.js): runs the CLI on this process's arguments. */
import { runCli } from './main.ts';

runCli();
