import { sveltekit } from '@sveltejs/kit/vite';
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

export default defineConfig({
	plugins: [storyProse(), sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
