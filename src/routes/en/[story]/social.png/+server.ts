import { base } from '$app/paths';
import { socialImageSvg } from '$lib/export/image-svg';
import { storyEntries } from '$lib/server/page-data';
import { buildFonts, imageInput, svgToPng } from '$lib/server/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = storyEntries;
/** the story's link preview card, 1200x630 */
export const GET: RequestHandler = async ({ params, url }) => {
	const site = url.origin + base;
	const png = await svgToPng(socialImageSvg(imageInput(params.story, 'en', site)), buildFonts(site), 1);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
