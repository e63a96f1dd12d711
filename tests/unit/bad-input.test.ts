/**
 * Hostile and broken story files, one fixture per mistake in tests/fixtures/bad/: each must give
 * a clear message at a position, never a stack trace. (The more common author mistakes, as edits of
 * the mini story, are in parse.test.ts; a file over 2 MB is made there rather than committed.)
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/story/errors';
import { storyProse } from '../../src/lib/story/prose';
import { LANGS } from '../../src/lib/story/schema';
import { readStory } from '../../src/lib/server/stories';

const DIR = 'tests/fixtures/bad';
const errorsOf = (name: string) => {
	const result = readStory(`${DIR}/${name}.yaml`);
	return result.ok ? [] : result.errors.map(formatError).map((line) => line.slice(`${DIR}/`.length));
};

const CASES: [name: string, expected: string | RegExp][] = [
	['yaml-syntax', 'yaml-syntax.yaml:13:1: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }'],
	['tab-indent', 'tab-indent.yaml:9:1: tabs are not allowed for indentation; use spaces'],
	['duplicate-key', 'duplicate-key.yaml:6:1: duplicate key: Map keys must be unique'],
	['two-documents', 'two-documents.yaml:26:1: YAML syntax: a story file holds one document; remove the second "---" line and what follows it'],
	// where the parser runs out of stack depends on the machine, so only the line is fixed
	['too-deep', /^too-deep\.yaml:1:\d+: YAML syntax: lists or mappings are nested too deeply$/],
	['alias-bomb', 'alias-bomb.yaml:1:1: too many aliases (more than 100): refused as an alias bomb'],
	['empty', 'empty.yaml:1:1: the file is empty'],
	['not-a-mapping', 'not-a-mapping.yaml:1:1: a story is a mapping of keys (id:, title:, ...), got a list'],
	['missing-field', 'missing-field.yaml:1:1 sources: "sources" is required'],
	['wrong-type', 'wrong-type.yaml:11:49 places[0].lat: expected a number, got "fifty"'],
	['unknown-key', 'unknown-key.yaml:6:1 author: unknown key "author"'],
	['camera-mix', 'camera-mix.yaml:23:17 sections[0].steps[0].camera: a camera is either {fit, padding} or {center, zoom}, not a mix'],
	['unknown-id', 'unknown-id.yaml:25:34 sections[0].steps[0].actions[0].force: unknown force "bleu" (did you mean "blue"?)'],
	['impossible-date', 'impossible-date.yaml:20:15 sections[0].steps[0].date: is not a real calendar date'],
	['latitude-out-of-range', 'latitude-out-of-range.yaml:12:49 places[1].lat: latitude must be between -90 and 90'],
	['longitude-out-of-range', 'longitude-out-of-range.yaml:12:60 places[1].lon: longitude must be between -180 and 180'],
	['empty-section', 'empty-section.yaml:18:12 sections[0].steps: a section needs at least one step'],
	['missing-translation', 'missing-translation.yaml:21:9 sections[0].steps[0].text.en: "en" is required'],
	['javascript-source-url', 'javascript-source-url.yaml:10:10 sources[0].url: must be a web address starting with http:// or https://']
];

describe('bad story files', () => {
	it('every fixture in tests/fixtures/bad/ has a case here', () => {
		const files = readdirSync(DIR).map((f) => f.replace(/\.yaml$/, ''));
		const covered = [...CASES.map(([n]) => n), 'html-in-text', 'javascript-link-text'];
		expect(files.filter((f) => !covered.includes(f))).toEqual([]);
	});

	it.each(CASES)('%s gives one clear message with its position', (name, expected) => {
		const errors = errorsOf(name);
		expect(errors).toHaveLength(1);
		if (typeof expected === 'string') expect(errors[0]).toBe(expected);
		else expect(errors[0]).toMatch(expected);
	});
});

describe('text that looks like code stays text', () => {
	const proseOf = (name: string) => {
		const result = readStory(`${DIR}/${name}.yaml`);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		return result.ok ? LANGS.map((lang) => storyProse(result.story, lang)) : [];
	};

	it('HTML and <script> in step text render literally, escaped', () => {
		// Japanese text also has <wbr> phrase breaks (phrases.ts), ours and harmless: set aside here
		const [ja, en] = proseOf('html-in-text').map((p) => p.sections[0]!.steps[0]!.html.replaceAll('<wbr>', ''));
		expect(ja).toBe('<p>青軍が&lt;b&gt;港&lt;/b&gt;に着く。&lt;script&gt;alert(1)&lt;/script&gt;</p>');
		expect(en).toBe('<p>Blue &lt;img src=x onerror=alert(1)&gt; arrives.&lt;script&gt;alert(1)&lt;/script&gt;</p>');
	});

	it('a javascript: link in step text is not made a link', () => {
		const [ja, en] = proseOf('javascript-link-text').map((p) => p.sections[0]!.steps[0]!.html.replaceAll('<wbr>', ''));
		expect(ja).toBe('<p>青軍が[港](javascript:alert(1))に着く。</p>');
		expect(en).toBe('<p>Blue arrives at [the port](javascript:alert(document.cookie)).</p>');
	});
});
