/** What went wrong, announced at once (role=alert); nothing while there is no error. */
export function ErrorAlert({ text, testId }: { text: string | undefined; testId?: string }) {
  if (!text) return null;
  return (
    <p class="error" role="alert" data-testid={testId}>
      {text}
    </p>
  );
}
