import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { embedLinks, oembed } from '$lib/embed/snippet';
import { IMAGE } from '$lib/export/image-svg';
import type { Lang } from '$lib/story/schema';
import { catalog } from './catalog';

/** the oEmbed answer for one section's embed page */
export function oembedResponse(origin: string, storyId: string, sectionId: string, lang: Lang): Response {
	const story = catalog().get(storyId)?.story;
	const section = story?.sections.find((s) => s.id === sectionId);
	if (!story || !section) error(404, `no section "${sectionId}" in "${storyId}"`);
	const links = embedLinks(`${origin}${base}`, story.id, section.id, lang, `${section.title[lang]} | ${story.title[lang]}`);
	// the section's first step as its picture (the 2x PNG export)
	const thumbnail = { url: links.src.replace(/embed\/[^/]+\/$/, `image/${section.steps[0]!.id}.png`), width: IMAGE.width * 2, height: IMAGE.height * 2 };
	return json(oembed({ ...links, provider: { name: 'scrollymap', url: `${origin}${base}/` }, thumbnail }));
}
