/** What an action did, in words: `ok` when it worked. */
export interface Outcome {
  text: string;
  ok: boolean;
}

/** The outcome of an action: announced politely when it worked (status), at once when it failed (alert). */
export function OutcomeMessage({ outcome, testId }: { outcome: Outcome | undefined; testId?: string }) {
  if (!outcome) return null;
  return (
    <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'} data-testid={testId}>
      {outcome.text}
    </p>
  );
}
