import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { legacyLines } from '../../core/format/priority-figures.ts';
import { safeHttpUrl } from '../../core/sources/lib/url.ts';
import { IMPORTED_NOTE } from '../db/entities/import-note.ts';
import type { Decision, WatchEntry } from '../db/entities/watch-entry.ts';
import { NEXT_STATUSES, WATCH_STATUS_LABELS, type WatchStatus } from '../db/entities/watch-status.ts';
import { formatDateTime, lang, t } from '../i18n/lang.ts';
import { changeStatus, comment, edit, restoreEntry, stopWatching } from '../state/commands.ts';
import { notify, notifyUndo, useAppState } from '../state/store.ts';
import { ReasonsList } from './reasons-list.tsx';
import { useSharedNotes } from './use-shared-notes.ts';

/** Notes, owner, tags, status change with its reason, and the decision log of one watched call. */
export function WatchEntryEditor({ entry, id }: { entry: WatchEntry; id: string }) {
  const l = lang();
  // Only http(s) becomes a link: a javascript: or data: address from a backup or a feed stays inert.
  const url = safeHttpUrl(entry.call.url);
  const inTeam = !!useAppState().team;
  // Alone, a comment has no author name: it is the user's own ("Du"); in a team an unnamed one is someone's from
  // before they joined.
  const authorOf = (author: string) => author || (inTeam ? t('Okänd', 'Unknown') : t('Du', 'You'));
  // The notes textarea is not controlled by Preact: in a team it is bound to the shared text, which moves its value
  // and caret itself; alone, its value is read when saving.
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // What the notes were when editing began: a colleague's edit that arrives meanwhile is kept, not overwritten.
  const [notesBase, setNotesBase] = useState(entry.notes);
  useLayoutEffect(() => {
    if (notesRef.current) notesRef.current.value = entry.notes;
  }, []);
  const live = useSharedNotes(notesRef, entry.callId, inTeam, () => notesBase);
  const [owner, setOwner] = useState(entry.owner);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const next = NEXT_STATUSES[entry.status];
  const [to, setTo] = useState<WatchStatus | ''>(next[0] ?? '');
  const [who, setWho] = useState(entry.owner);
  const [why, setWhy] = useState('');
  const [commentText, setCommentText] = useState('');

  const save = async (e: Event) => {
    e.preventDefault();
    const tagList = [
      ...new Set(
        tags
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    // Bound notes are already in the team document, typed as they were.
    const notes = notesRef.current?.value ?? entry.notes;
    await edit(entry.callId, { ...(live ? {} : { notes, notesBase }), owner: owner.trim(), tags: tagList });
    setNotesBase(notes);
    notify(t('Sparat.', 'Saved.'));
  };
  const decideNow = async (e: Event) => {
    e.preventDefault();
    if (!to) return;
    await changeStatus(entry.callId, to, who, why);
    setWhy('');
    notify(t(`Status ändrad till ${WATCH_STATUS_LABELS[to].sv}.`, `Status changed to ${WATCH_STATUS_LABELS[to].en}.`));
  };
  /** Settles concurrent decisions: a new decision to the chosen status, made after (and so above) all of them. */
  const resolve = async (d: Decision) => {
    await changeStatus(entry.callId, d.to, '', d.why);
    notify(t(`Status: ${WATCH_STATUS_LABELS[d.to].sv}.`, `Status: ${WATCH_STATUS_LABELS[d.to].en}.`));
  };
  const f = (name: string) => `${id}-${name}`;
  return (
    <div class="editor" id={id}>
      {entry.call.summary && (
        <p class="summary clamp-long" dir="auto">
          {entry.call.summary}
        </p>
      )}
      {url && (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('Utlysningens sida', 'The call’s page')}
          </a>
        </p>
      )}
      {entry.savedMatch && (
        <div class="saved-match">
          <h4>{t('Skäl när den sparades', 'Reasons when saved')}</h4>
          {legacyLines(entry.savedMatch, l) ? (
            <ul class="reasons">
              {legacyLines(entry.savedMatch, l)?.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <ReasonsList reasons={entry.savedMatch.reasons} max={5} title={entry.call.title} />
          )}
        </div>
      )}
      <form onSubmit={save} class="stack">
        <label for={f('notes')}>{t('Anteckningar', 'Notes')}</label>
        <textarea
          id={f('notes')}
          ref={notesRef}
          rows={3}
          data-live={live ? 'true' : undefined}
          aria-describedby={live ? f('notes-live') : undefined}
        />
        {live && (
          <p class="muted" id={f('notes-live')}>
            {t(
              'Delas med teamet medan du skriver; kollegors ändringar syns här direkt.',
              'Shared with the team as you type; colleagues’ changes show here at once.',
            )}
          </p>
        )}
        <div class="row">
          <label>
            {t('Ansvarig', 'Owner')}
            <input value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
          </label>
          <label>
            {t('Taggar (kommaseparerade)', 'Tags (comma separated)')}
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
        </div>
        <button type="submit">{t('Spara', 'Save')}</button>
      </form>
      {entry.concurrent.length > 1 && (
        <section class="concurrent-decisions" data-testid="resolve-concurrent" aria-labelledby={f('conc-h')}>
          <h4 id={f('conc-h')}>
            {entry.concurrent.length === 2
              ? t('Två samtidiga beslut', 'Two concurrent decisions')
              : t(`${entry.concurrent.length} samtidiga beslut`, `${entry.concurrent.length} concurrent decisions`)}
          </h4>
          <p class="muted">
            {t(
              'Besluten fattades utan att de som fattade dem såg varandras. Välj det som gäller: valet läggs till i loggen som ett nytt beslut.',
              'These decisions were made without seeing each other. Choose the one that stands: your choice is added to the log as a new decision.',
            )}
          </p>
          <ul>
            {entry.concurrent.map((d) => (
              <li key={d.at + d.to + d.who}>
                <strong>{WATCH_STATUS_LABELS[d.to][l]}</strong>
                {d.who ? (
                  <>
                    {' – '}
                    <bdi>{d.who}</bdi>
                  </>
                ) : null}
                {', '}
                <time dateTime={d.at}>{formatDateTime(d.at)}</time>
                {d.why ? (
                  <>
                    {': '}
                    <bdi>{d.why}</bdi>
                  </>
                ) : null}{' '}
                <button type="button" onClick={() => resolve(d)}>
                  {t(`Välj ${WATCH_STATUS_LABELS[d.to].sv}`, `Choose ${WATCH_STATUS_LABELS[d.to].en}`)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {next.length > 0 && (
        <form onSubmit={decideNow} class="stack decision-form">
          <h4>{t('Ändra status', 'Change status')}</h4>
          <div class="row">
            <label>
              {t('Ny status', 'New status')}
              <select value={to} onChange={(e) => setTo(e.currentTarget.value as WatchStatus)}>
                {next.map((s) => (
                  <option key={s} value={s}>
                    {WATCH_STATUS_LABELS[s][l]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('Vem beslutade', 'Decided by')}
              <input value={who} onInput={(e) => setWho(e.currentTarget.value)} />
            </label>
          </div>
          <label for={f('why')}>{t('Varför', 'Why')}</label>
          <textarea id={f('why')} rows={2} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
          <button type="submit">{t('Ändra status', 'Change status')}</button>
        </form>
      )}
      <h4>{t('Beslutslogg', 'Decision log')}</h4>
      <ol class="log">
        {entry.decisions.map((d) => (
          <li key={d.at + d.to}>
            <time dateTime={d.at}>{formatDateTime(d.at)}</time> – {d.from ? `${WATCH_STATUS_LABELS[d.from][l]} → ` : ''}
            {WATCH_STATUS_LABELS[d.to][l]}
            {d.who ? (
              <>
                {' ('}
                <bdi>{d.who}</bdi>)
              </>
            ) : null}
            {d.why ? (
              <>
                {': '}
                <bdi>{d.why === IMPORTED_NOTE.sv ? IMPORTED_NOTE[l] : d.why}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <h4 id={f('comments-h')}>{t('Kommentarer', 'Comments')}</h4>
      {entry.comments.length === 0 ? (
        <p class="muted">{t('Inga kommentarer ännu.', 'No comments yet.')}</p>
      ) : (
        <ol class="comments" aria-labelledby={f('comments-h')}>
          {entry.comments.map((c) => (
            <li key={c.id}>
              <span class="meta">
                <bdi>{authorOf(c.author)}</bdi> · <time dateTime={c.at}>{formatDateTime(c.at)}</time>
              </span>
              <p class="comment-text" dir="auto">
                {c.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form
        class="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!commentText.trim()) return;
          await comment(entry.callId, commentText.trim());
          setCommentText('');
        }}
      >
        <label for={f('comment')}>{t('Ny kommentar', 'New comment')}</label>
        <textarea
          id={f('comment')}
          rows={2}
          value={commentText}
          onInput={(e) => setCommentText(e.currentTarget.value)}
        />
        <button type="submit" disabled={!commentText.trim()}>
          {t('Skicka kommentar', 'Post comment')}
        </button>
      </form>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          const title = entry.call.title;
          await stopWatching(entry.callId);
          // Nothing is deleted: the entry, its notes and its log are archived and can come back at once.
          notifyUndo(t(`Arkiverad: ${title}`, `Archived: ${title}`), t('Ångra', 'Undo'), () =>
            restoreEntry(entry.callId),
          );
        }}
      >
        {t('Sluta bevaka (arkivera)', 'Stop watching (archive)')}
      </button>
    </div>
  );
}
