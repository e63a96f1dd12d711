import { storyEntries } from '$lib/server/page-data';
import { storyboardData } from '$lib/server/storyboard-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;
/** a static page for review and print: no JavaScript, so the maps' data stays on the server */
export const csr = false;
export const load: PageServerLoad = ({ params }) => storyboardData(params.story);
