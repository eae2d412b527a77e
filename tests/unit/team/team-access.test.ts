import { describe, expect, it } from 'vitest';
import { askTeamAccess, type TeamAccessGet } from '../../../core/team/team-access.ts';

/** A server's answer as fetch gives it: a status and a JSON body. */
const answer =
  (status: number, body: unknown): TeamAccessGet =>
  async () => ({ ok: status >= 200 && status < 300, status, json: async () => body });

describe('askTeamAccess: the one check the app and the extension ask before and while joining', () => {
  it('reads the server’s typed refusals; anything else is not a refusal', async () => {
    expect(await askTeamAccess(answer(200, { team: 't' }), 'https://fw.example', 't', 'k')).toBe('ok');
    expect(await askTeamAccess(answer(401, { error: 'bad-token' }), 'https://fw.example', 't', 'k')).toBe('bad-token');
    expect(await askTeamAccess(answer(404, { error: 'unknown-team' }), 'https://fw.example', 't', 'k')).toBe(
      'unknown-team',
    );
    // A 404 from a server without this route (an older version, a proxy's page) is not a refusal.
    expect(await askTeamAccess(answer(404, { error: 'not-found' }), 'https://fw.example', 't', 'k')).toBe('unknown');
    expect(await askTeamAccess(answer(502, null), 'https://fw.example', 't', 'k')).toBe('unknown');
    const offline: TeamAccessGet = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await askTeamAccess(offline, 'https://fw.example', 't', 'k')).toBe('unknown');
  });

  it('asks the team’s route with the token, and gives up as unknown when no answer comes in time', async () => {
    const asked: unknown[] = [];
    const silent: TeamAccessGet = (url, init) => {
      asked.push([url, init]);
      return new Promise(() => {});
    };
    const started = Date.now();
    expect(await askTeamAccess(silent, 'https://fw.example/fundwatch/', 'Team 1', 'k', 200)).toBe('unknown');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(asked).toEqual([
      [
        'https://fw.example/fundwatch/api/teams/Team%201',
        { headers: { authorization: 'Bearer k' }, cache: 'no-store' },
      ],
    ]);
    // A body that never finishes counts as no answer too (the status alone is not the server's refusal).
    const hanging: TeamAccessGet = async () => ({ ok: false, status: 401, json: () => new Promise(() => {}) });
    expect(await askTeamAccess(hanging, 'https://fw.example', 't', 'k', 200)).toBe('unknown');
  });
});
