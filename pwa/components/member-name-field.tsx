import { t } from '../i18n/lang.ts';

/** The name colleagues see on this member's comments and decisions, asked where a device creates or joins a team. */
export function MemberNameField({
  value,
  onChange,
  testId,
}: {
  value: string;
  onChange: (name: string) => void;
  testId?: string;
}) {
  return (
    <label>
      {t('Ditt namn (visas för kollegor)', 'Your name (shown to colleagues)')}
      <input
        value={value}
        maxLength={200}
        data-testid={testId}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}
