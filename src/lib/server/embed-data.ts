import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/story/schema';
import { catalog } from './catalog';

/** what an embed page's JavaScript needs: the scene, where its section's steps lie, and its titles */
export function embedPageData(id: string, sectionId: string, lang: Lang) {
	const found = catalog().get(id);
	if (!found) error(404, `no story "${id}"`);
	const scene = found.scenes[lang];
	const first = scene.steps.findIndex((s) => s.sectionId === sectionId);
	if (first < 0) error(404, `no section "${sectionId}" in "${id}"`);
	const section = found.story.sections.find((s) => s.id === sectionId)!;
	return {
		lang,
		scene,
		section: sectionId,
		first,
		count: section.steps.length,
		title: found.story.title[lang],
		sectionTitle: section.title[lang]
	};
}

/** every (story, section) pair: one embed page each */
export function embedEntries(): { story: string; section: string }[] {
	return [...catalog().values()].flatMap(({ story }) => story.sections.map((s) => ({ story: story.id, section: s.id })));
}
