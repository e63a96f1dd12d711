import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { assets, base } from '$app/paths';
import type { Lang } from '$lib/story/schema';
import { catalog } from './catalog';
import { islandTags } from './island';

/**
 * A story page: its title and summary for the head, what its JavaScript needs (the scene), and
 * the tags of the script that hydrates it with that (src/entries/story-page.ts).
 */
export function storyPageData(id: string, lang: Lang) {
	const found = catalog().get(id);
	if (!found) error(404, `no story "${id}"`);
	const props = { lang, scene: found.scenes[lang], base };
	return {
		title: found.story.title[lang],
		summary: found.story.summary[lang],
		props,
		tags: islandTags('story-page', props, assets, dev)
	};
}

export function storyEntries(): { story: string }[] {
	return [...catalog().keys()].map((story) => ({ story }));
}
