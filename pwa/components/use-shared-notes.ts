import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * In a team, binds the notes textarea to the entry's shared text (pwa/sync/text-binding.ts): a colleague's edit shows
 * up in the open editor as it arrives, without moving this user's caret or dropping what they are typing, and what
 * this user types is shared as it is typed. The binding's code loads only for a device in a team. Returns whether
 * the textarea is bound (until then, and for a solo user, the notes are saved with the form's Spara).
 */
export function useSharedNotes(
  ref: RefObject<HTMLTextAreaElement | null>,
  callId: string,
  inTeam: boolean,
  shown: () => string,
): boolean {
  const [bound, setBound] = useState(false);
  useEffect(() => {
    if (!inTeam) return;
    let cancelled = false;
    let binding: { destroy(): void } | undefined;
    let stop: (() => void) | undefined;
    void (async () => {
      const [{ onTeamSession }, { bindTextarea }, { entryTypes }, { MAX_NOTES }] = await Promise.all([
        import('../state/team-actions.ts'),
        import('../sync/text-binding.ts'),
        import('../../core/team/layout.ts'),
        import('../../core/team/schemas.ts'),
      ]);
      if (cancelled) return;
      // The session changes when the device joins, leaves or reopens the team: bind to the current one.
      stop = onTeamSession((session) => {
        binding?.destroy();
        binding = undefined;
        const el = ref.current;
        if (session && el) {
          binding = bindTextarea(el, entryTypes(session.doc, callId).notes, { shown: shown(), maxLength: MAX_NOTES });
        }
        setBound(!!binding);
      });
    })();
    return () => {
      cancelled = true;
      stop?.();
      binding?.destroy();
      setBound(false);
    };
  }, [inTeam, callId]);
  return bound;
}
