/** One line per event on stderr, with a time and a kind, so journald and `docker logs` show what was refused. */
export type Logger = (kind: string, message: string, fields?: Record<string, unknown>) => void;

export function createLogger(write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  return (kind, message, fields) => {
    const extra = fields
      ? Object.entries(fields)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => ` ${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
          .join('')
      : '';
    write(`${new Date().toISOString()} ${kind} ${message}${extra}\n`);
  };
}

export const silentLogger: Logger = () => {};
