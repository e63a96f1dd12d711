import { describe, expect, it } from 'vitest';
import { compileScene } from '../../src/lib/scene/compile';
import { readStory } from '../../src/lib/server/stories';
import { MAX_TEXT_CHARS, stepWarnings } from '../../src/lib/scene/warnings';
import type { Story } from '../../src/lib/story/schema';
import { mini } from './asserts';

const story = mini();
const warningsOf = (s: Story) => stepWarnings(s, compileScene(s, 'en'));
/** the mini story with its first step changed */
const withFirstStep = (change: (step: Story['sections'][number]['steps'][number]) => object): Story => ({
	...story,
	sections: story.sections.map((section, si) => ({
		...section,
		steps: section.steps.map((step, i) => (si === 0 && i === 0 ? { ...step, ...change(step) } : step))
	}))
});

describe('stepWarnings', () => {
	it('stepWarnings(mini) flags the steps without alt text and nothing else', () => {
		expect(warningsOf(story).map((w) => w.map((x) => x.kind))).toEqual([['no-alt'], ['no-alt'], [], ['no-alt']]);
	});

	it('stepWarnings flags text longer than a phone card holds, per language', () => {
		const long = withFirstStep((s) => ({ text: { ja: 'あ'.repeat(MAX_TEXT_CHARS.ja + 1), en: s.text.en } }));
		expect(warningsOf(long)[0]).toContainEqual({ kind: 'long-text', message: `ja text is ${MAX_TEXT_CHARS.ja + 1} characters; a phone card holds about 160` });
		const fits = withFirstStep((s) => ({ text: { ja: s.text.ja, en: 'a'.repeat(MAX_TEXT_CHARS.en) } }));
		expect(warningsOf(fits)[0]!.map((w) => w.kind)).not.toContain('long-text');
	});

	it('stepWarnings flags a marker label wider than a phone shows, per language', () => {
		const mark = (en: string) => withFirstStep(() => ({ actions: [{ type: 'mark', at: 'town', kind: 'incident', label: { ja: '町', en } }] }));
		const long = 'Prisoners and townspeople killed; town burned (late May)';
		expect(warningsOf(mark(long))[0]).toContainEqual({ kind: 'long-label', message: `en marker label "${long}" is wider than a phone's map (390 px): it is cut at both sides` });
		expect(warningsOf(mark('Prisoners and townspeople massacred (late May)'))[0]!.map((w) => w.kind)).not.toContain('long-label');
	});
	it('stepWarnings flags an action at a place the camera does not show', () => {
		// the camera shows the port only, close up; the troops come from the sea lane to the port, the marker is at Town
		const narrow = withFirstStep(() => ({
			camera: { center: 'port', zoom: 8 },
			actions: [
				{ type: 'land', force: 'blue', at: 'port', certainty: 'confirmed' },
				{ type: 'mark', at: 'town', kind: 'incident', label: { ja: '町', en: 'Town' } }
			]
		}));
		expect(warningsOf(narrow)[0]).toContainEqual({ kind: 'off-camera', message: 'the camera does not show Town' });
		expect(warningsOf(story)[0]!.map((w) => w.kind)).not.toContain('off-camera');
	});

	it('the flagship story goes out with no warnings on its storyboard', () => {
		const result = readStory('stories/allied-intervention/story.yaml');
		if (!result.ok) throw new Error('the flagship story does not parse');
		const scene = compileScene(result.story, 'ja');
		const flagged = stepWarnings(result.story, scene).flatMap((warnings, i) => warnings.map((w) => `${scene.steps[i]!.id}: ${w.message}`));
		expect(flagged).toEqual([]);
	});
});
