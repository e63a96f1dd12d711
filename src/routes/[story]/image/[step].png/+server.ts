import { base } from '$app/paths';
import { stepImageSvg } from '$lib/export/image-svg';
import { buildFonts, imageInput, stepEntries, stepIndex, svgToPng } from '$lib/server/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = stepEntries;
/** the step's SVG at 2x, for print and for CMSs that take no SVG */
export const GET: RequestHandler = async ({ params, url }) => {
	const site = url.origin + base;
	const png = await svgToPng(stepImageSvg(imageInput(params.story, 'ja', site), stepIndex(params.story, params.step)), buildFonts(site));
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
