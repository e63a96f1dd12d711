import { embedEntries, embedPageData } from '$lib/server/embed-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = embedEntries;
export const load: PageServerLoad = ({ params }) => embedPageData(params.story, params.section, 'ja');
