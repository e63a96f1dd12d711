import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { ViteDevServer } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { ENTRIES_DIR, ENTRY_MANIFEST, type EntryFiles } from './src/lib/server/island.ts';

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

/**
 * Each page's own script (src/entries/<name>.ts), built beside SvelteKit's client as an entry of
 * its own: story and embed pages are prerendered without SvelteKit's client (csr = false), and
 * their script hydrates the page's one interactive component alone. SvelteKit's start (its router
 * reads every one of a story page's 500 links, its route table, session storage) was a third of
 * the script run on load. Each entry's file and the files it imports go to ENTRY_MANIFEST, for
 * the prerendered pages to name (server/island.ts).
 */
function pageEntries(): Plugin {
	const refs = new Map<string, string>();
	return {
		name: 'page-entries',
		apply: 'build',
		buildStart() {
			if (this.environment.name !== 'client') return;
			for (const file of readdirSync(ENTRIES_DIR).filter((f) => f.endsWith('.ts'))) {
				refs.set(file.slice(0, -3), this.emitFile({ type: 'chunk', id: resolve(ENTRIES_DIR, file), name: file.slice(0, -3) }));
			}
		},
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const manifest: Record<string, EntryFiles> = {};
			for (const [name, ref] of refs) {
				const file = this.getFileName(ref);
				// every file the entry imports, however deep: the page preloads them all at once
				const imports = new Set<string>();
				const visit = (chunkName: string) => {
					const chunk = bundle[chunkName];
					if (chunk?.type !== 'chunk') return;
					for (const dep of chunk.imports) {
						if (imports.has(dep)) continue;
						imports.add(dep);
						visit(dep);
					}
				};
				visit(file);
				manifest[name] = { file, imports: [...imports] };
			}
			mkdirSync(dirname(ENTRY_MANIFEST), { recursive: true });
			writeFileSync(ENTRY_MANIFEST, JSON.stringify(manifest));
		}
	};
}

export default defineConfig({
	plugins: [storyProse(), storyReload(), pageEntries(), sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
