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
		// precompressed .br/.gz beside each text file, as any static host serves them (scripts/serve.ts too)
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', strict: true, precompress: true }),
		// the page's few KB of CSS go inside its HTML: no stylesheet request stands before the first paint
		inlineStyleThreshold: 16 * 1024,
		paths: { base, relative: false },
		prerender: { origin, handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
