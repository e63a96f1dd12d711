import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { embedLinks, oembed } from '$lib/embed/snippet';
import type { Lang } from '$lib/story/schema';
import { catalog } from './catalog';

/** the oEmbed answer for one section's embed page */
export function oembedResponse(origin: string, storyId: string, sectionId: string, lang: Lang): Response {
	const story = catalog().get(storyId)?.story;
	const section = story?.sections.find((s) => s.id === sectionId);
	if (!story || !section) error(404, `no section "${sectionId}" in "${storyId}"`);
	const links = embedLinks(`${origin}${base}`, story.id, section.id, lang, `${section.title[lang]} | ${story.title[lang]}`);
	return json(oembed({ ...links, provider: { name: 'scrollymap', url: `${origin}${base}/` } }));
}
