/**
 * A button that opens the file picker: the label looks like a button, and the file input inside it stays in the
 * page (visually hidden, not display:none) so the keyboard and screen readers still reach it.
 */
export function FileButton({
  label,
  accept,
  testId,
  onChange,
}: {
  label: string;
  accept: string;
  testId: string;
  onChange: (e: Event) => void;
}) {
  return (
    <label class="button">
      {label}
      <input class="sr-only" type="file" accept={accept} data-testid={testId} onChange={onChange} />
    </label>
  );
}
