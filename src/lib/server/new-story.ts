/**
 * Creates `stories/<id>/story.yaml` from the scaffold, and never overwrites: an existing story
 * folder, even one without a story.yaml, is left as it is.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scaffoldYaml, storyIdProblem } from '../story/scaffold';

export type NewStoryResult = { ok: true; file: string } | { ok: false; message: string };

export function createStory(storiesDir: string, id: string): NewStoryResult {
	const problem = storyIdProblem(id);
	if (problem) return { ok: false, message: problem };
	const dir = join(storiesDir, id);
	if (existsSync(dir)) return { ok: false, message: `${join(basename(storiesDir), id)} already exists; nothing was changed (choose another id, or edit that story)` };
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'story.yaml');
	// "wx" fails rather than overwrite, should the file appear between the check and the write
	writeFileSync(file, scaffoldYaml(id), { flag: 'wx' });
	return { ok: true, file };
}
