/**
 * All stories, parsed, checked and compiled once per build. An invalid story stops the build
 * with the same `file:line:col key.path: message` lines as `npm run story:check`.
 */
import { formatError } from '../story/errors';
import { storyProse, type StoryProse } from '../story/prose';
import { LANGS, type Lang, type Story } from '../story/schema';
import { compileScene } from '../scene/compile';
import type { Scene } from '../scene/types';
import { sectionMapsHtml } from './section-maps';
import { readStory, storyFiles } from './stories';

export interface CatalogEntry {
	story: Story;
	scenes: Record<Lang, Scene>;
	prose: Record<Lang, StoryProse>;
}

export class StoryErrors extends Error {
	constructor(lines: string[]) {
		super(`invalid stories:\n${lines.join('\n')}`);
		this.name = 'StoryErrors';
	}
}

/** one value per language */
const per = <T>(f: (lang: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;

let cached: Map<string, CatalogEntry> | undefined;

export function catalog(): Map<string, CatalogEntry> {
	if (cached) return cached;
	const entries = new Map<string, CatalogEntry>();
	const errors: string[] = [];
	for (const file of storyFiles()) {
		const result = readStory(file);
		if (!result.ok) {
			errors.push(...result.errors.map(formatError));
			continue;
		}
		const { story } = result;
		entries.set(story.id, { story, scenes: per((l) => compileScene(story, l)), prose: per((l) => storyProse(story, l)) });
	}
	if (errors.length > 0) throw new StoryErrors(errors);
	cached = entries;
	return entries;
}

export function entry(id: string): CatalogEntry {
	const found = catalog().get(id);
	if (!found) throw new Error(`no story "${id}"`);
	return found;
}

/** what a page shows only from its HTML: the prose, and a static map per section */
export type PageProse = StoryProse & { sectionMaps: string[] };

/** the page's path to its story's basemap file, relative (see section-maps.ts) */
const basemapFrom = (id: string, lang: Lang) => (lang === 'ja' ? 'basemap.svg' : `../../${id}/basemap.svg`);

/** story id -> language -> prose and static maps, for the server side of `virtual:prose` */
export const allProse: Record<string, Record<Lang, PageProse>> = Object.fromEntries(
	[...catalog()].map(([id, e]) => [id, per((l) => ({ ...e.prose[l], sectionMaps: sectionMapsHtml(e.scenes[l], basemapFrom(id, l)) }))])
);
