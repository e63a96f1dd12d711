import { resolve, sep } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { ViteDevServer } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';

const PROSE_ID = 'virtual:prose';

/**
 * Step text goes into the prerendered HTML once and never into the browser's JavaScript: on the
 * server `virtual:prose` holds every story's prose, in the browser it is empty.
 */
function storyProse(): Plugin {
	return {
		name: 'story-prose',
		resolveId: (id) => (id === PROSE_ID ? `\0${PROSE_ID}` : undefined),
		load(id, options) {
			if (id !== `\0${PROSE_ID}`) return undefined;
			return options?.ssr ? `export { allProse as default } from '$lib/server/catalog';` : 'export default {};';
		}
	};
}

/**
 * `npm run dev` live preview: stories are read from disk by the server code, not imported, so
 * Vite does not see them change. On a save under stories/ every server module is dropped (the
 * catalog and `virtual:prose` are rebuilt on the next request) and the browser reloads; the
 * page's #step keeps the reader where they were.
 */
function storyReload(): Plugin {
	const dir = resolve('stories');
	return {
		name: 'story-reload',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			server.watcher.add(dir);
			const changed = (file: string) => {
				if (!file.startsWith(dir + sep) || !file.endsWith('.yaml')) return;
				for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
		}
	};
}

export default defineConfig({
	plugins: [storyProse(), storyReload(), sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
