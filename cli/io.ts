/** What a command may touch, so commands are testable without spawning a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Writes to stdout and resolves when the reader has taken it (backpressure); optional, else stdout. */
  write?: (text: string) => Promise<void>;
  /** True when stderr is a terminal: progress lines go there only then. */
  stderrIsTTY?: boolean;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes: 0 ok, 1 a source failed or a check failed (e.g. eval below target), 2 bad input or usage, 3 a bug. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 3;
