/** What a command may touch, so commands are testable without spawning a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes: 0 ok, 1 a check failed (e.g. eval below target), 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
