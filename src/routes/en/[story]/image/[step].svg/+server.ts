import { base } from '$app/paths';
import { stepImageSvg } from '$lib/export/image-svg';
import { imageInput, stepEntries, stepIndex } from '$lib/server/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = stepEntries;
export const GET: RequestHandler = ({ params, url }) => {
	const svg = stepImageSvg(imageInput(params.story, 'en', url.origin + base), stepIndex(params.story, params.step));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
