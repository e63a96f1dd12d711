import { embedPageData, embedPageEntries } from '$lib/server/embed-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// the page's own script hydrates it (src/entries/embed-page.ts): no SvelteKit client here
export const csr = false;
export const entries: EntryGenerator = embedPageEntries;
export const load: PageServerLoad = ({ params }) => embedPageData(params.story, params.section, 'en');
