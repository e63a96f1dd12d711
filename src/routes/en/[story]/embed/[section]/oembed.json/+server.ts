import { oembedResponse } from '$lib/server/oembed';
import { embedEntries } from '$lib/server/embed-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = embedEntries;
export const GET: RequestHandler = ({ params, url }) => oembedResponse(url.origin, params.story, params.section, 'en');
