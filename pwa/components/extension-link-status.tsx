import { t } from '../i18n/lang.ts';
import { useAppState } from '../state/store.ts';

/**
 * Settings: whether the app and the Fundwatch extension on this computer share one watchlist and profile. Shown only
 * when an extension can be reached from this page; says what to do when the two hold different documents.
 */
export function ExtensionLinkStatus() {
  const { extensionLink, team } = useAppState();
  if (!extensionLink) return null;
  const text =
    extensionLink === 'linked'
      ? t(
          'Tillägget på den här datorn är kopplat: samma bevakningslista och profil som här.',
          'The extension on this computer is linked: the same watchlist and profile as here.',
        )
      : extensionLink === 'connecting'
        ? t('Kopplar till tillägget på den här datorn…', 'Linking with the extension on this computer…')
        : team
          ? t(
              'Tillägget på den här datorn är inte med i det här teamet: listorna hålls isär. Gå med med samma inbjudningslänk i tilläggets inställningar.',
              'The extension on this computer is not in this team: the lists are kept apart. Join with the same invite link in the extension’s options.',
            )
          : t(
              'Tillägget på den här datorn är med i ett team, appen inte: listorna hålls isär. Gå med i samma team här eller lämna teamet i tillägget.',
              'The extension on this computer is in a team and the app is not: the lists are kept apart. Join the same team here, or leave it in the extension.',
            );
  return (
    <p class="card" role="status" data-testid="extension-link">
      {text}
    </p>
  );
}
