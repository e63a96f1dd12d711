/**
 * `npm run story:check -- <file>...`: validates story files (all of them when none is named).
 * Prints one line per good file and every error of a bad one as `file:line:col key.path: message`.
 * Exit code 1 when any file has an error.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatError } from '../src/lib/story/errors';
import { checkIdLock } from '../src/lib/server/id-lock-file';
import { readStory, storyFiles } from '../src/lib/server/stories';
import { stepCount } from '../src/lib/story/summary';

const files = process.argv.slice(2);
const published = new Set(storyFiles().map((f) => resolve(f)));
let failed = false;
for (const file of files.length > 0 ? files : storyFiles().map((f) => relative(process.cwd(), f))) {
	if (!existsSync(file)) {
		console.error(`${file}:1:1: no such file`);
		failed = true;
		continue;
	}
	const result = readStory(file);
	if (result.ok) {
		const { story } = result;
		// published ids are kept for the stories the site builds, not for test fixtures
		const lock = published.has(resolve(file)) ? checkIdLock(file, story, true) : { errors: [] };
		if (lock.errors.length > 0) {
			failed = true;
			for (const e of lock.errors) console.error(formatError(e));
			continue;
		}
		const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
		console.log(`${file}: ok, ${n(stepCount(story), 'step')}, ${n(story.sections.length, 'section')}`);
		if (lock.wrote) console.log(lock.wrote);
	} else {
		failed = true;
		for (const e of result.errors) console.error(formatError(e));
	}
}
process.exit(failed ? 1 : 0);
