import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/story/schema';
import { catalog } from './catalog';

/** what a story page's JavaScript needs: the scene, and the few words drawn outside the HTML flow */
export function storyPageData(id: string, lang: Lang) {
	const found = catalog().get(id);
	if (!found) error(404, `no story "${id}"`);
	return {
		lang,
		scene: found.scenes[lang],
		title: found.story.title[lang],
		summary: found.story.summary[lang]
	};
}

export function storyEntries(): { story: string }[] {
	return [...catalog().keys()].map((story) => ({ story }));
}
