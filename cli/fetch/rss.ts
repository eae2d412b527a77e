import Parser from 'rss-parser';
import { InputError } from '../../core/model/errors.ts';
import { type FeedItem, isFeed } from '../../core/sources/lib/feed.ts';
import { htmlToText } from '../../core/sources/lib/html.ts';
import type { SourceInput } from '../../core/sources/types.ts';

const parser = new Parser();

/**
 * On the Node side feeds are read with rss-parser (the project's chosen feed library): it copes with RSS
 * 0.9–2.0, Atom and the odd feed. Its items are handed to the pure source parsers on the input.
 */
export async function withFeedItems(inputs: readonly SourceInput[], sourceId: string): Promise<SourceInput[]> {
  return Promise.all(
    inputs.map(async (input) => {
      if (!isFeed(input)) return input;
      try {
        const feed = await parser.parseString(input.body);
        const feedItems: FeedItem[] = feed.items.map((it) => ({
          title: it.title,
          link: it.link,
          pubDate: it.pubDate,
          isoDate: it.isoDate,
          content: (it as { 'content:encoded'?: string })['content:encoded'] ?? it.content,
          contentSnippet: undefined,
          categories: it.categories,
          guid: it.guid,
        }));
        return { ...input, feedItems: feedItems.map(withSnippet) };
      } catch (error) {
        throw new InputError(
          `${sourceId}: malformed feed (${error instanceof Error ? error.message : String(error)})`,
          {
            file: input.url,
          },
        );
      }
    }),
  );
}

/** The same plain text the pure reader makes, so both paths give the same calls. */
function withSnippet(item: FeedItem): FeedItem {
  return { ...item, contentSnippet: htmlToText(item.content ?? '') };
}
