/**
 * Runs `task` now (optionally) and then every `everyMs`, never two at once; a failing run is logged by the task
 * and the schedule goes on. setTimeout chains rather than setInterval, so a slow fetch never piles up runs.
 */
export function schedule(
  task: () => Promise<unknown>,
  everyMs: number,
  runNow: boolean,
): { stop(): void; idle(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const run = () => {
    current = task()
      .catch(() => {})
      .finally(() => {
        if (!stopped && everyMs > 0) timer = setTimeout(run, everyMs);
      });
  };
  if (runNow) run();
  else if (everyMs > 0) timer = setTimeout(run, everyMs);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    async idle() {
      await current;
    },
  };
}
