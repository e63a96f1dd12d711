import { readFileSync } from 'node:fs';
import { ISLAND_PROPS } from '../island.ts';

/** the pages' own scripts, one per page kind (vite.config.ts builds each as an entry of its own) */
export const ENTRIES_DIR = 'src/entries';
/** where the build writes each entry's file and the files it imports, relative to the project */
export const ENTRY_MANIFEST = '.svelte-kit/page-entries.json';

/** a page's script and the modules it imports, as paths under the site's root */
export interface EntryFiles {
	file: string;
	imports: string[];
}

let built: Record<string, EntryFiles> | undefined;

/**
 * The files of entry `name` (src/entries/<name>.ts). In `vite dev` it is served from its source;
 * in a build the client build has written them (read once: prerendering asks for every page).
 */
export function entryFiles(name: string, dev: boolean): EntryFiles {
	if (dev) return { file: `${ENTRIES_DIR}/${name}.ts`, imports: [] };
	built ??= JSON.parse(readFileSync(ENTRY_MANIFEST, 'utf8')) as Record<string, EntryFiles>;
	const files = built[name];
	if (!files) throw new Error(`no entry "${name}" in ${ENTRY_MANIFEST}: is ${ENTRIES_DIR}/${name}.ts there?`);
	return files;
}

/** the tags that load an entry: its module script, and a preload of every module it imports */
export function entryTags({ file, imports }: EntryFiles, assets: string): string {
	return [`<script type="module" src="${assets}/${file}"></script>`, ...imports.map((i) => `<link rel="modulepreload" href="${assets}/${i}">`)].join('');
}

/** a value as a JSON script element: "<" escaped, so that no "</script>" in a text can end it */
export function jsonScript(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;
}

/** what components/Island.svelte draws: the props as JSON, and the tags of the page's script */
export interface IslandTags {
	props: string;
	script: string;
}

/** the island of a page whose script is entry `name`, hydrated with `props` */
export function islandTags(name: string, props: unknown, assets: string, dev: boolean): IslandTags {
	return { props: jsonScript(ISLAND_PROPS, props), script: entryTags(entryFiles(name, dev), assets) };
}
