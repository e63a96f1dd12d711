/**
 * Published ids: a story's section and step ids become public URLs once embedded or linked
 * (`/<story>/embed/<section>/`, `#<step>`). `ids.lock.json` beside the story lists every id ever
 * published; an id that leaves the story must get a `redirects` entry, so that no published link
 * breaks. New ids are added to the lock by `npm run story:check`.
 */
import type { StoryError } from './errors';
import type { Story } from './schema';

export interface IdLock {
	sections: string[];
	steps: string[];
}

/** the ids the story publishes now */
export function idsOf(story: Story): IdLock {
	return { sections: story.sections.map((s) => s.id), steps: story.sections.flatMap((s) => s.steps.map((t) => t.id)) };
}

/** the lock after publishing the story: every id it held, then the story's new ones */
export function nextLock(lock: IdLock | undefined, story: Story): IdLock {
	const now = idsOf(story);
	const merge = (old: string[] = [], fresh: string[]) => [...old, ...fresh.filter((id) => !old.includes(id))];
	return { sections: merge(lock?.sections, now.sections), steps: merge(lock?.steps, now.steps) };
}

/** the lock file's text, one id a line, so diffs show each id added */
export function lockText(lock: IdLock): string {
	const list = (ids: string[]) => `[\n${ids.map((id) => `\t\t${JSON.stringify(id)}`).join(',\n')}\n\t]`;
	return `{\n\t"sections": ${list(lock.sections)},\n\t"steps": ${list(lock.steps)}\n}\n`;
}

/** published ids gone from the story with no redirect, each pointed at its line in the lock file */
export function lockErrors(story: Story, lock: IdLock, lockFile: string, lockSource: string): StoryError[] {
	const now = idsOf(story);
	const lines = lockSource.split('\n');
	const at = (id: string) => {
		const line = lines.findIndex((l) => l.includes(JSON.stringify(id)));
		return { line: line + 1 || 1, col: line >= 0 ? lines[line]!.indexOf('"') + 1 : 1 };
	};
	const errors: StoryError[] = [];
	for (const kind of ['sections', 'steps'] as const) {
		lock[kind].forEach((id, i) => {
			if (now[kind].includes(id) || story.redirects[id]) return;
			const what = kind === 'sections' ? 'section' : 'step';
			errors.push({
				file: lockFile,
				...at(id),
				path: `${kind}[${i}]`,
				message: `published ${what} id "${id}" is gone from the story; links and embeds use it. Add "redirects: { ${id}: <the id that replaced it> }" to the story`
			});
		});
	}
	return errors;
}
