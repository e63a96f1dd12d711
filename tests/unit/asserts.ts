import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/lib/story/parse';
import type { Story } from '../../src/lib/story/schema';

/** floats compared within a tolerance, as in d3-geo's tests */
export function assertInDelta(actual: number | number[], expected: number | number[], delta = 1e-6): void {
	const a = [actual].flat();
	const e = [expected].flat();
	expect(a.length).toBe(e.length);
	a.forEach((v, i) => expect(Math.abs(v - e[i]!), `index ${i}: ${v} vs ${e[i]}`).toBeLessThanOrEqual(delta));
}

export const MINI_FILE = 'tests/fixtures/mini/story.yaml';
export const MINI_TEXT = readFileSync(MINI_FILE, 'utf8');

export function mini(): Story {
	const result = parseStory(MINI_TEXT, MINI_FILE);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.story;
}
