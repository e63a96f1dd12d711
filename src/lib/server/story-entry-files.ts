import { readFileSync } from 'node:fs';

/** the story page's own script (vite.config.ts builds it as an entry beside SvelteKit's client) */
export const STORY_ENTRY = 'src/entries/story-page.ts';
/** where the build writes the entry's file and the files it imports, relative to the project */
export const STORY_ENTRY_MANIFEST = '.svelte-kit/story-entry.json';

/** the story page's script and the modules it imports, as paths under the site's root */
export interface StoryEntryFiles {
	file: string;
	imports: string[];
}

let built: StoryEntryFiles | undefined;

/**
 * The files the story page loads. In `vite dev` the entry is served from its source; in a build
 * the client build has written them (read once: prerendering asks for every page).
 */
export function storyEntryFiles(dev: boolean): StoryEntryFiles {
	if (dev) return { file: STORY_ENTRY, imports: [] };
	built ??= JSON.parse(readFileSync(STORY_ENTRY_MANIFEST, 'utf8')) as StoryEntryFiles;
	return built;
}

/** the tags that load the entry: its module script, and a preload of every module it imports */
export function storyEntryTags({ file, imports }: StoryEntryFiles, assets: string): string {
	return [`<script type="module" src="${assets}/${file}"></script>`, ...imports.map((i) => `<link rel="modulepreload" href="${assets}/${i}">`)].join('');
}

/** a value as a JSON script element: "<" escaped, so that no "</script>" in a text can end it */
export function jsonScript(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;
}
