import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStory } from '../../src/lib/server/new-story';
import { formatError } from '../../src/lib/story/errors';
import { parseStory } from '../../src/lib/story/parse';
import { scaffoldYaml, storyIdProblem } from '../../src/lib/story/scaffold';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt } from '../../src/lib/scene/frame';
import { Action } from '../../src/lib/story/schema';
import { readStory, storyFiles } from '../../src/lib/server/stories';

describe('scaffoldYaml', () => {
	it('scaffoldYaml(id) passes the real checker and compiles to a drawable scene', () => {
		const result = parseStory(scaffoldYaml('my-story'), 'stories/my-story/story.yaml');
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		if (!result.ok) return;
		expect(result.story.id).toBe('my-story');
		const scene = compileScene(result.story, 'en');
		const frame = frameAt(scene, 0, 1);
		expect(frame.camera.every(Number.isFinite)).toBe(true);
	});

	it('scaffoldYaml points editors at the JSON Schema', () => {
		expect(scaffoldYaml('x').split('\n')[0]).toBe('# yaml-language-server: $schema=../../static/schema/story.schema.json');
	});
});

describe('storyIdProblem', () => {
	it.each([
		['', 'give the new story an id, e.g. npm run story:new -- my-story'],
		['Dunkirk', '"Dunkirk" is not a usable id: use lower-case letters a-z, digits, "-" or "_", starting with a letter (e.g. "battle-of-britain")'],
		['../etc', '"../etc" is not a usable id: use lower-case letters a-z, digits, "-" or "_", starting with a letter (e.g. "battle-of-britain")'],
		['1940', '"1940" is not a usable id: use lower-case letters a-z, digits, "-" or "_", starting with a letter (e.g. "battle-of-britain")'],
		['en', '"en" is already used by the site (/en/, /maps/, /schema/); choose another id'],
		['a'.repeat(61), `"${'a'.repeat(61)}" is too long: at most 60 characters`]
	])('storyIdProblem(%j) explains what is wrong', (id, message) => {
		expect(storyIdProblem(id)).toBe(message);
	});

	it('storyIdProblem accepts a plain lower-case id', () => {
		expect(storyIdProblem('battle-of-britain')).toBeUndefined();
	});
});

describe('createStory', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'stories-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('createStory writes stories/<id>/story.yaml, which storyFiles then lists', () => {
		const result = createStory(dir, 'new-one');
		expect(result).toEqual({ ok: true, file: join(dir, 'new-one', 'story.yaml') });
		expect(storyFiles(dir)).toEqual([join(dir, 'new-one', 'story.yaml')]);
		expect(readStory(join(dir, 'new-one', 'story.yaml')).ok).toBe(true);
	});

	it('createStory never overwrites an existing story', () => {
		mkdirSync(join(dir, 'taken'));
		writeFileSync(join(dir, 'taken', 'story.yaml'), 'my work');
		const result = createStory(dir, 'taken');
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toMatch(/taken already exists; nothing was changed/);
		expect(readFileSync(join(dir, 'taken', 'story.yaml'), 'utf8')).toBe('my work');
	});

	it('createStory refuses a bad id and writes nothing', () => {
		expect(createStory(dir, 'Bad Id').ok).toBe(false);
		expect(storyFiles(dir)).toEqual([]);
	});
});

describe('the example story stories/dunkirk', () => {
	it('uses every action type of the format, as docs/authoring.md promises', () => {
		const types = Action.options.flatMap((o) => {
			const t = o.shape.type;
			return 'options' in t ? [...t.options] : [t.value];
		});
		const r = readStory('stories/dunkirk/story.yaml');
		const used = new Set(r.ok ? r.story.sections.flatMap((s) => s.steps.flatMap((st) => st.actions.map((a) => a.type))) : []);
		expect(types.filter((t) => !used.has(t))).toEqual([]);
		expect(types).toHaveLength(9);
	});
});
