import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';

/** the document's language follows the path: /en/... is English, the rest Japanese */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'ja';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
