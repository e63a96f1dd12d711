import { error, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { assets, base } from '$app/paths';
import type { Lang } from '$lib/story/schema';
import { catalog } from './catalog';
import { islandTags } from './island';
import { storyAddress } from '$lib/story/address';

/**
 * An embed page: what its JavaScript needs (the scene, where its section's steps lie, its
 * titles), and the tags of the script that hydrates it with that (src/entries/embed-page.ts).
 */
export function embedPageData(id: string, sectionId: string, lang: Lang) {
	const found = catalog().get(id);
	if (!found) error(404, `no story "${id}"`);
	const scene = found.scenes[lang];
	const first = scene.steps.findIndex((s) => s.sectionId === sectionId);
	const moved = found.story.redirects[sectionId];
	if (first < 0 && moved) {
		// a published id that was renamed or removed: its embed page sends on to what replaced it
		const to = found.story.sections.find((s) => s.id === moved || s.steps.some((t) => t.id === moved))!;
		redirect(308, `${storyAddress(base, lang, id)}embed/${to.id}/${to.id === moved ? '' : `?step=${moved}`}`);
	}
	if (first < 0) error(404, `no section "${sectionId}" in "${id}"`);
	const section = found.story.sections.find((s) => s.id === sectionId)!;
	const props = {
		lang,
		scene,
		section: sectionId,
		first,
		count: section.steps.length,
		title: found.story.title[lang],
		sectionTitle: section.title[lang],
		base
	};
	return { props, tags: islandTags('embed-page', props, assets, dev) };
}

/** every (story, section) pair: one embed page each */
export function embedEntries(): { story: string; section: string }[] {
	return [...catalog().values()].flatMap(({ story }) => story.sections.map((s) => ({ story: story.id, section: s.id })));
}

/** the embed pages, and a redirect page for every id a story has redirected (see ids.lock.json) */
export function embedPageEntries(): { story: string; section: string }[] {
	const moved = [...catalog().values()].flatMap(({ story }) => Object.keys(story.redirects).map((section) => ({ story: story.id, section })));
	return [...embedEntries(), ...moved];
}
