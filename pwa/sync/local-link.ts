import { LOCAL_DOC } from '../../core/doc-link/index.ts';
import type { Profile } from '../../core/model/profile.ts';
import { applyFeedToTeam } from '../../core/team/feed.ts';
import { mergeLocalIntoTeam } from '../../core/team/merge-local.ts';
import type { WatchRepository } from '../db/repository.ts';
import type { FundwatchDb } from '../db/schema.ts';
import { loadWatchlist } from '../db/watchlist-repo.ts';
import { type ExtensionLinkState, linkExtension } from './extension-link.ts';
import { projectTeam } from './project.ts';
import { loadTeamDoc, TeamDocsDb } from './team-persistence.ts';
import { teamRepository } from './team-repository.ts';

/**
 * No team, but the Fundwatch extension on this computer: the app has no Y.Doc of its own when solo (its sync code
 * loads only for a team), so for the link it keeps one — this computer's own document, `local`, stored like a
 * team's (y-dexie) — and writes go to it, exactly as in a team but with no server. The extension's copy is linked
 * over externally_connectable (extension-link.ts); the document is mirrored into the Dexie tables the views read
 * (projectTeam). When it opens, the app's own watchlist and profile join the document (mergeLocalIntoTeam: nothing
 * lost, merging again adds nothing; a profile the extension already shared stands). Watched calls follow the feed here (solo: no server
 * does it for this document).
 */
export interface LocalLink {
  repository: WatchRepository;
  close(): void;
}

const PROJECT_DELAY_MS = 80;

export async function openLocalLink(
  db: FundwatchDb,
  opts: { profile?: Profile; changed(info: { profileId?: string }): void; state?(s: ExtensionLinkState): void },
): Promise<LocalLink> {
  const docs = new TeamDocsDb();
  const loaded = await loadTeamDoc(docs, LOCAL_DOC);
  const { doc } = loaded;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const project = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    running = running.then(async () => opts.changed(await projectTeam(doc, db)));
    return running;
  };
  const onUpdate = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void project(), PROJECT_DELAY_MS);
  };
  doc.on('update', onUpdate);

  // The app's rows join the document; merging again adds nothing. A copy kept from a team after leaving it is marked
  // with its team there, so neither the app nor the extension ever brings it into another team.
  const own = await loadWatchlist(db);
  mergeLocalIntoTeam(doc, { entries: own.items, profile: opts.profile }, { who: '', now: new Date() }, LOCAL_DOC);
  const stop = linkExtension(doc, { docName: LOCAL_DOC, onState: opts.state });
  await project();

  const base = teamRepository(doc, LOCAL_DOC, '', project);
  return {
    repository: {
      ...base,
      async followFeed(calls, sources, now = new Date()) {
        const result = applyFeedToTeam(doc, calls, now, sources);
        await project();
        return result.updated;
      },
    },
    close() {
      stop();
      clearTimeout(timer);
      doc.off('update', onUpdate);
      loaded.release();
      docs.close();
    },
  };
}
