import { embedPageData, embedPageEntries } from '$lib/server/embed-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = embedPageEntries;
export const load: PageServerLoad = ({ params }) => embedPageData(params.story, params.section, 'ja');
