import { storyEntries } from '$lib/server/page-data';
import { kioskPageData } from '$lib/server/kiosk-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => kioskPageData(params.story);
