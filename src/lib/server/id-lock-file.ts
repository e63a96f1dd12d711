/**
 * `ids.lock.json` beside each story (see story/id-lock.ts): read, checked, and grown with the
 * story's new ids. Only ever adds ids; a published id leaves the lock by hand, never silently.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { StoryError } from '../story/errors';
import { lockErrors, lockText, nextLock, type IdLock } from '../story/id-lock';
import type { Story } from '../story/schema';

export const lockFileOf = (storyFile: string) => join(dirname(storyFile), 'ids.lock.json');

export interface LockCheck {
	errors: StoryError[];
	/** what was written, for the checker to say; undefined when the lock already held every id */
	wrote?: string;
}

export function checkIdLock(storyFile: string, story: Story, write: boolean): LockCheck {
	const path = lockFileOf(storyFile);
	const shown = relative(process.cwd(), path) || path;
	let lock: IdLock | undefined;
	let source = '';
	if (existsSync(path)) {
		source = readFileSync(path, 'utf8');
		try {
			const parsed = JSON.parse(source) as Partial<IdLock>;
			if (!Array.isArray(parsed.sections) || !Array.isArray(parsed.steps)) throw new Error('needs "sections" and "steps" lists');
			lock = { sections: parsed.sections.map(String), steps: parsed.steps.map(String) };
		} catch (e) {
			return { errors: [{ file: shown, line: 1, col: 1, path: '', message: `not a lock file: ${e instanceof Error ? e.message : String(e)}` }] };
		}
		const errors = lockErrors(story, lock, shown, source);
		if (errors.length > 0) return { errors };
	}
	const next = lockText(nextLock(lock, story));
	if (next === source) return { errors: [] };
	if (!write) return { errors: [{ file: shown, line: 1, col: 1, path: '', message: 'the story has ids the lock does not list yet: run npm run story:check to add them' }] };
	writeFileSync(path, next);
	return { errors: [], wrote: lock ? `${shown}: added the story's new ids` : `${shown}: written (the ids this story publishes)` };
}
