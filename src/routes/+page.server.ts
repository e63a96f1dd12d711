import { catalog } from '$lib/server/catalog';
import type { PageServerLoad } from './$types';

/** a list of links: no JavaScript */
export const csr = false;
export const load: PageServerLoad = () => ({
	stories: [...catalog().values()].map(({ story }) => ({ id: story.id, title: story.title, summary: story.summary }))
});
