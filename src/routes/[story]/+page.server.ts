import { storyEntries, storyPageData } from '$lib/server/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => storyPageData(params.story, 'ja');
