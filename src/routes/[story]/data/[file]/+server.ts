import { error } from '@sveltejs/kit';
import { DATA_FILES, dataFiles } from '$lib/export/data';
import { entry } from '$lib/server/catalog';
import { storyEntries } from '$lib/server/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storyEntries().flatMap(({ story }) => DATA_FILES.map((file) => ({ story, file })));
/** the story's places, forces, events and sources as data files (both languages in each) */
export const GET: RequestHandler = ({ params }) => {
	const found = dataFiles(entry(params.story).story)[params.file];
	if (!found) error(404, `no data file "${params.file}"`);
	return new Response(found[1], { headers: { 'content-type': found[0] } });
};
