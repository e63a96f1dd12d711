import type { SourceProse } from './prose';

/**
 * Entries per list: about a screenful on a phone. One list of the flagship's 86 entries took
 * 88 ms of layout at 4x CPU throttling when it came into view, a long task (npm run bench).
 */
export const SOURCES_PER_LIST = 12;

/**
 * A story's bibliography as ordered lists of at most `per` entries each, numbered on from one
 * list to the next (`start`), so that each list is a box the browser lays out only when it comes
 * near (content-visibility in StoryPage): reaching the end of a story lays out a few entries at a
 * time. Escaped HTML; each entry keeps its anchor, which the steps' citations link to.
 */
export function sourceListsHtml(sources: readonly SourceProse[], per = SOURCES_PER_LIST): string {
	const lists: string[] = [];
	for (let first = 0; first < sources.length; first += per) {
		const items = sources.slice(first, first + per).map((s) => `<li id="${s.anchor}">${s.html}</li>`);
		lists.push(`<ol${first > 0 ? ` start="${first + 1}"` : ''}>${items.join('')}</ol>`);
	}
	return lists.join('');
}
