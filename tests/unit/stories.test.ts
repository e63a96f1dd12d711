import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/story/errors';
import { readStory, storyFiles } from '../../src/lib/server/stories';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt } from '../../src/lib/scene/frame';
import { storyProse } from '../../src/lib/story/prose';
import { stepCount } from '../../src/lib/story/summary';

const files = storyFiles();

describe('every story in stories/', () => {
	it('stories/ holds at least the flagship story', () => {
		expect(files.some((f) => f.endsWith('allied-intervention/story.yaml'))).toBe(true);
	});

	describe.each(files)('%s', (file) => {
		const result = readStory(file);

		it('parses and validates without errors', () => {
			expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		});

		it("is named for its folder", () => {
			if (!result.ok) return;
			expect(file.split('/').at(-2)).toBe(result.story.id);
		});

		it.each(['ja', 'en'] as const)('compiles to a %s scene whose every frame is drawable', (lang) => {
			if (!result.ok) return;
			const scene = compileScene(result.story, lang);
			expect(scene.steps).toHaveLength(stepCount(result.story));
			for (let i = 0; i < scene.steps.length; i++) {
				for (const t of [0, 0.5, 1]) {
					const f = frameAt(scene, i, t);
					for (const u of f.units) expect(Number.isFinite(u.x) && Number.isFinite(u.y), `${scene.steps[i]!.id} ${u.key}`).toBe(true);
					for (const l of f.lines) expect(scene.paths[l.path], l.path).toBeDefined();
					expect(f.camera.every(Number.isFinite)).toBe(true);
				}
			}
			// the story page carries its scene as JSON (StoryDocument.svelte): nothing may be lost on the way
			expect(JSON.parse(JSON.stringify(scene))).toEqual(scene);
			const prose = storyProse(result.story, lang);
			expect(prose.sections.flatMap((s) => s.steps).every((s) => s.html.length > 0 && s.alt.length > 0)).toBe(true);
		});
	});
});
