/**
 * What an editor should look at before a story goes out, step by step, for the storyboard page:
 * text too long for a phone card, marker labels too wide for a phone's map, alt text left to the
 * generator, and places the step acts on that its camera does not show. Pure: a story and its
 * scene in, warnings out.
 */
import { markerLabelFits } from '../components/screen-marks';
import { plainText } from '../story/markdown';
import type { Lang, Story } from '../story/schema';
import type { Scene, SceneSpot } from './types';

/**
 * Longest step text, in characters of plain text, that fits a phone card (390 px wide) read under
 * the map: about eight lines of 20 Japanese or 45 English characters.
 */
export const MAX_TEXT_CHARS: Record<Lang, number> = { ja: 160, en: 360 };

/** px: a portrait phone shows this much of the map's square across (390 px screen) */
export const PHONE_SIDE = 390;

export interface StepWarning {
	kind: 'long-text' | 'long-label' | 'no-alt' | 'off-camera';
	message: string;
}

/** one list of warnings per step, in story order */
export function stepWarnings(story: Story, scene: Scene): StepWarning[][] {
	const steps = story.sections.flatMap((s) => s.steps);
	return steps.map((step, i) => {
		const warnings: StepWarning[] = [];
		for (const lang of ['ja', 'en'] as const) {
			const length = plainText(step.text[lang]).length;
			if (length > MAX_TEXT_CHARS[lang]) {
				warnings.push({ kind: 'long-text', message: `${lang} text is ${length} characters; a phone card holds about ${MAX_TEXT_CHARS[lang]}` });
			}
		}
		for (const action of step.actions) {
			if (action.type !== 'mark') continue;
			for (const lang of ['ja', 'en'] as const) {
				const label = action.label[lang];
				if (!markerLabelFits(label, PHONE_SIDE)) warnings.push({ kind: 'long-label', message: `${lang} marker label "${label}" is wider than a phone's map (${PHONE_SIDE} px): it is cut at both sides` });
			}
		}
		if (!step.alt) warnings.push({ kind: 'no-alt', message: 'no alt text: screen readers get the one generated from the actions' });
		const sceneStep = scene.steps[i]!;
		const [cx, cy, w] = sceneStep.camera;
		const inView = (s: SceneSpot) => Math.abs(s.x - cx) <= w / 2 && Math.abs(s.y - cy) <= w / 2;
		const outside = new Set<string>();
		for (const a of sceneStep.actions) {
			const spots = a.type === 'arrive' || a.type === 'marker' ? [a.at] : a.type === 'leave' ? [a.from, ...(a.to ? [a.to] : [])] : [];
			for (const s of spots) if (!inView(s)) outside.add(scene.places[s.key]?.name ?? s.key);
		}
		if (outside.size > 0) warnings.push({ kind: 'off-camera', message: `the camera does not show ${[...outside].join(', ')}` });
		return warnings;
	});
}
