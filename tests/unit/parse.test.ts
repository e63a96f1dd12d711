import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/story/errors';
import { MAX_STORY_BYTES, parseStory } from '../../src/lib/story/parse';
import { MINI_TEXT } from './asserts';

/** the mini story with one text replaced: each case is one kind of mistake an author makes */
function errorsOf(find: string | RegExp, replace: string): string[] {
	const text = MINI_TEXT.replace(find, replace);
	expect(text, `fixture edit "${find}" did not apply`).not.toBe(MINI_TEXT);
	const result = parseStory(text, 'story.yaml');
	return result.ok ? [] : result.errors.map(formatError);
}

describe('parseStory', () => {
	it('parseStory(mini) returns the story', () => {
		const result = parseStory(MINI_TEXT, 'story.yaml');
		expect(result.ok).toBe(true);
	});

	it.each([
		['YAML syntax', 'title: { ja: 小さな物語, en: A small story }', 'title: { ja: 小さな物語, en: A small story', 'story.yaml:3:1: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }'],
		['tab indentation', '  - id: atlas', '\t- id: atlas', 'story.yaml:8:1: tabs are not allowed for indentation; use spaces'],
		['duplicate key', 'credits: { ja: 試験, en: Tests }', 'credits: { ja: 試験, en: Tests }\ncredits: { ja: 二, en: Two }', 'story.yaml:6:1: duplicate key: Map keys must be unique'],
		['unknown key with suggestion', '    url: https://example.org/atlas', '    url: https://example.org/atlas\n    page: 3', 'story.yaml:11:5 sources[0].page: unknown key "page" (did you mean "pages"?)'],
		['wrong type', 'lat: 43.12', 'lat: "north"', 'story.yaml:12:49 places[0].lat: expected a number, got "north"'],
		['latitude out of range', 'lat: 48.48', 'lat: 98.48', 'story.yaml:13:49 places[1].lat: latitude must be between -90 and 90'],
		['impossible date', 'date: 1918-04-05', 'date: 1918-02-30', 'story.yaml:37:15 sections[0].steps[0].date: is not a real calendar date'],
		['missing translation', 'text: { ja: 上陸する。, en: They land. }', 'text: { ja: 上陸する。 }', 'story.yaml:38:9 sections[0].steps[0].text.en: "en" is required'],
		['blank translation', 'text: { ja: 上陸する。, en: They land. }', 'text: { ja: "", en: They land. }', 'story.yaml:38:21 sections[0].steps[0].text.ja: Japanese text is missing'],
		['unknown action type', '{ type: land,', '{ type: lnad,', 'story.yaml:42:21 sections[0].steps[0].actions[0].type: unknown type; expected one of land, advance, hold, occupy, withdraw, evacuate, clash, mark, zone'],
		['empty section', / {4}steps:\n {6}- id: back[\s\S]*$/, '    steps: []\n', 'story.yaml:54:12 sections[1].steps: a section needs at least one step'],
		// the shape is right but the ids, dates or troop movements are not
		['unknown force with suggestion', 'force: blue, at: port', 'force: bleu, at: port', 'story.yaml:42:34 sections[0].steps[0].actions[0].force: unknown force "bleu" (did you mean "blue"?)'],
		['unknown place in a camera', 'camera: { fit: [port, home] }\n        actions:\n          - { type: land', 'camera: { fit: [port, hme] }\n        actions:\n          - { type: land', 'story.yaml:40:31 sections[0].steps[0].camera.fit[1]: unknown place "hme" (did you mean "home"?)'],
		['duplicate id', '  - { id: home,', '  - { id: port, name: { ja: 港, en: Port }, lat: 43.1, lon: 131.9 }\n  - { id: home,', 'story.yaml:14:11 places[2].id: duplicate id "port"'],
		['date going back', 'date: 1918-10-01', 'date: 1918-03-01', 'story.yaml:56:15 sections[1].steps[0].date: 1918-03-01 goes back in time from 1918-09-05; mark the step "flashback: true" if that is meant'],
		['leaving from where the force is not', 'from: town }', 'from: home }', 'story.yaml:63:50 sections[1].steps[0].actions[0].from: force "blue" is not at "home" at this step, so it cannot withdraw from there'],
		['a range marked confirmed', 'strength: 4000,', 'strength: [3000, 4000],', 'story.yaml:42:13 sections[0].steps[0].actions[0].certainty: a strength range must be marked approx or disputed']
	])('reports %s with its position', (_kind, find, replace, expected) => {
		expect(errorsOf(find, replace)).toEqual([expected]);
	});

	it('accepts a date going back when the step is a flashback', () => {
		expect(errorsOf('date: 1918-10-01', 'date: 1918-03-01\n        flashback: true')).toEqual([]);
	});

	it('refuses an alias bomb without expanding it', () => {
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
		const result = parseStory(bomb, 'bomb.yaml');
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual(['bomb.yaml:1:1: too many aliases (more than 100): refused as an alias bomb']);
	});

	it('refuses a file over the size limit before parsing it', () => {
		const result = parseStory('#'.repeat(MAX_STORY_BYTES + 1), 'big.yaml');
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([`big.yaml:1:1: file is ${MAX_STORY_BYTES + 1} bytes; the limit is ${MAX_STORY_BYTES}`]);
	});
});
