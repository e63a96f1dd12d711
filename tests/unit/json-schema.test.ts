import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from '../../src/lib/story/json-schema';

describe('story JSON Schema', () => {
	it('static/schema/story.schema.json is what the schema generates (run npm run schema after changing it)', () => {
		expect(readFileSync('static/schema/story.schema.json', 'utf8')).toBe(storyJsonSchema());
	});

	it('the JSON Schema lists the action types editors should complete', () => {
		expect(storyJsonSchema()).toContain('"evacuate"');
		expect(storyJsonSchema()).toContain('"additionalProperties": false');
	});
});
