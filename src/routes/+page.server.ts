import { catalog } from '$lib/server/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	stories: [...catalog().values()].map(({ story }) => ({ id: story.id, title: story.title, summary: story.summary }))
});
