import { storyEntries, storyPageData } from '$lib/server/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// the page's own script hydrates the map (src/entries/story-page.ts): no SvelteKit client here
export const csr = false;
export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => storyPageData(params.story, 'en');
