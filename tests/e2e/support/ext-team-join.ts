import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Joins the extension to a team as a user does: the options page's team section, the invite, the server's address
 * and a name for the team's log, then waits until it says "Ansluten". Returns the section for further checks.
 */
export async function joinTeamFromOptions(
  options: Page,
  extensionId: string,
  join: { invite: string; serverUrl: string; name: string; timeoutMs: number },
): Promise<Locator> {
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  const section = options.getByTestId('team');
  await section.getByLabel('Inbjudningslänk').fill(join.invite);
  await section.getByLabel(/Serverns adress/).fill(join.serverUrl);
  await section.getByLabel('Ditt namn i teamets logg').fill(join.name);
  await section.getByRole('button', { name: 'Gå med i teamet' }).click();
  await expect
    .poll(() => section.getByTestId('team-status').textContent(), { timeout: join.timeoutMs })
    .toContain('Ansluten');
  return section;
}
