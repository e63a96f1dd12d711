import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIdLock, lockFileOf } from '../../src/lib/server/id-lock-file';
import { readStory, storyFiles } from '../../src/lib/server/stories';
import { idsOf, lockErrors, lockText, nextLock } from '../../src/lib/story/id-lock';
import { checkReferences } from '../../src/lib/story/references';
import { mini } from './asserts';

const story = mini();
const published = lockText(idsOf(story));
const firstSection = story.sections[0]!;
const renamed = { ...story, sections: [{ ...firstSection, id: 'renamed' }, ...story.sections.slice(1)] };

describe('published ids (ids.lock.json)', () => {
	it('accepts a story that still has every published id', () => {
		expect(lockErrors(story, idsOf(story), 'ids.lock.json', published)).toEqual([]);
	});

	it('refuses a renamed section with no redirect, pointing at its line in the lock', () => {
		const [error, ...rest] = lockErrors(renamed, idsOf(story), 'ids.lock.json', published);
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ file: 'ids.lock.json', line: 3, col: 3, path: 'sections[0]' });
		expect(error!.message).toContain(`published section id "${firstSection.id}" is gone`);
		expect(error!.message).toContain(`redirects: { ${firstSection.id}: `);
	});

	it('accepts the rename once a redirect names what replaced it', () => {
		const redirected = { ...renamed, redirects: { [firstSection.id]: 'renamed' } };
		expect(lockErrors(redirected, idsOf(story), 'ids.lock.json', published)).toEqual([]);
		expect(checkReferences(redirected)).toEqual([]);
	});

	it('only grows: new ids are added after the old ones, which stay', () => {
		const next = nextLock(idsOf(story), renamed);
		expect(next.sections).toEqual([...idsOf(story).sections, 'renamed']);
	});

	it('refuses redirects from an id still in the story, or to one that is not', () => {
		const bad = { ...story, redirects: { [firstSection.id]: firstSection.steps[0]!.id, gone: 'nowhere' } };
		expect(checkReferences(bad).map((p) => p.message)).toEqual([
			`"${firstSection.id}" is still an id in the story; only ids that are gone are redirected`,
			expect.stringMatching(/^"nowhere" is not a section or step of the story/)
		]);
	});

	it.each(storyFiles())('%s has a lock that lists every id it publishes', (file) => {
		const result = readStory(file);
		if (!result.ok) throw new Error(`${file} does not parse`);
		expect(checkIdLock(file, result.story, false)).toEqual({ errors: [] });
		expect(readFileSync(lockFileOf(file), 'utf8')).toBe(lockText(nextLock(JSON.parse(readFileSync(lockFileOf(file), 'utf8')), result.story)));
	});
});
