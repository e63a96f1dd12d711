import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { storyErrors } from '$lib/server/catalog';
import { errorOverlayHtml } from '$lib/server/error-overlay';

/**
 * The document's language follows the path: /en/... is English, the rest Japanese. Under
 * `npm run dev`, story errors are laid over the page (a build stops on them instead).
 */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'ja';
	const overlay = dev ? errorOverlayHtml(storyErrors()) : '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return overlay ? page.replace('</body>', `${overlay}</body>`) : page;
		}
	});
};
