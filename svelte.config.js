import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Where the site is published. Absolute URLs (canonical links, oEmbed, social cards) are built
 * from SITE_ORIGIN; BASE_PATH serves the site under a sub-path ("/stories"), empty for the root.
 */
const origin = process.env.SITE_ORIGIN ?? 'http://localhost:4173';
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// only kiosk pages register the service worker (src/lib/kiosk/offline.ts), with their own scope
		serviceWorker: { register: false },
		// BUILD_DIR lets a test build the site under a sub-path beside the main build
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', strict: true }),
		paths: { base, relative: false },
		prerender: { origin, handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
