/**
 * All stories, parsed, checked and compiled once per build. An invalid story stops the build
 * with the same `file:line:col key.path: message` lines as `npm run story:check`. Under
 * `npm run dev` its last good version is shown instead (if any) and its errors are laid over every
 * page (hooks.server.ts), so that an author sees them next to the story; a save reloads all this.
 */
import { relative } from 'node:path';
import { dev } from '$app/environment';
import { formatError } from '../story/errors';
import { storyProse, type StoryProse } from '../story/prose';
import { sourceListsHtml } from '../story/source-lists';
import { LANGS, type Lang, type Story } from '../story/schema';
import { compileScene } from '../scene/compile';
import type { Scene } from '../scene/types';
import { storyTextHtml } from './story-text';
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

interface Loaded {
	entries: Map<string, CatalogEntry>;
	/** `file:line:col key.path: message` lines */
	errors: string[];
}

let cached: Loaded | undefined;

/**
 * Under `npm run dev`, each story file's last version that compiled. It lives on globalThis
 * because a save reloads this module (see storyReload in vite.config.ts), which would forget it.
 */
function lastGood(): Map<string, CatalogEntry> {
	const holder = globalThis as { scrollymapLastGood?: Map<string, CatalogEntry> };
	holder.scrollymapLastGood ??= new Map();
	return holder.scrollymapLastGood;
}

function load(): Loaded {
	if (cached) return cached;
	const entries = new Map<string, CatalogEntry>();
	const errors: string[] = [];
	for (const file of storyFiles()) {
		const result = readStory(file);
		if (!result.ok) {
			errors.push(...result.errors.map(formatError));
			// while the author fixes a mistake, the preview keeps the story as it last was
			const last = dev ? lastGood().get(file) : undefined;
			if (last) entries.set(last.story.id, last);
			continue;
		}
		const { story } = result;
		try {
			const compiled = { story, scenes: per((l) => compileScene(story, l)), prose: per((l) => storyProse(story, l)) };
			entries.set(story.id, compiled);
			if (dev) lastGood().set(file, compiled);
		} catch (e) {
			// a story the checker accepts should always compile; if not, say which, not where in the engine
			errors.push(`${relative(process.cwd(), file)}:1:1: could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
	cached = { entries, errors };
	return cached;
}

export function catalog(): Map<string, CatalogEntry> {
	const { entries, errors } = load();
	if (errors.length > 0 && !dev) throw new StoryErrors(errors);
	return entries;
}

/** the problems of the stories left out of the catalog (only ever non-empty under `npm run dev`) */
export function storyErrors(): string[] {
	return load().errors;
}

export function entry(id: string): CatalogEntry {
	const found = catalog().get(id);
	if (!found) throw new Error(`no story "${id}"`);
	return found;
}

/** what a page shows only from its HTML: the prose, and the text column and bibliography made of it */
export type PageText = StoryProse & { columnHtml: string; sourcesHtml: string };

/** story id -> language -> prose and the text column, for the server side of `virtual:prose` */
export const allProse: Record<string, Record<Lang, PageText>> = Object.fromEntries(
	[...load().entries].map(([id, e]) => [
		id,
		per((l) => ({ ...e.prose[l], columnHtml: storyTextHtml(e.scenes[l], e.prose[l]), sourcesHtml: sourceListsHtml(e.prose[l].sources) }))
	])
);
