import { t } from '../i18n/lang.ts';
import type { TeamState } from '../state/store.ts';

/** The header's connection mark for a device in a team; details are in Settings → Team. */
export function SyncBadge({ team }: { team: TeamState }) {
  const online = team.status === 'connected';
  const label = online
    ? team.synced
      ? t('Synkad med teamet', 'Synced with the team')
      : t('Synkar…', 'Syncing…')
    : team.status === 'connecting'
      ? t('Ansluter…', 'Connecting…')
      : team.status === 'refused'
        ? t('Nekad av servern', 'Refused by the server')
        : t('Offline – ändringar sparas', 'Offline – changes are kept');
  return (
    <a href="#/installningar" class={`sync-badge ${team.status}`} data-testid="sync-badge" title={label}>
      <span aria-hidden="true">{online ? '●' : '○'}</span> {label}
    </a>
  );
}
