import { describe, expect, it } from 'vitest';
import { MOVE_EASING, moveKeyframes, moveKeyframesBySample, SAMPLES, SEEN_MARGIN, sampleShare, sampleTimes, type Layer } from '../../src/lib/components/move-keyframes';
import { screenMarks } from '../../src/lib/components/screen-marks';
import { compileScene } from '../../src/lib/scene/compile';
import { ease, frameAt } from '../../src/lib/scene/frame';
import { parseStory } from '../../src/lib/story/parse';
import { syntheticStoryText } from '../../scripts/bench/synthetic';

const parsed = parseStory(syntheticStoryText(12), 'synthetic-12.yaml');
if (!parsed.ok) throw new Error('the synthetic story is invalid');
const scene = compileScene(parsed.story, 'en');
const moves = (i: number) => scene.steps[i]!.camera.join() !== scene.steps[i - 1]!.camera.join();
const still = scene.steps.findIndex((_, i) => i > 0 && !moves(i));
const moving = scene.steps.findIndex((_, i) => i > 0 && moves(i));
const span = (index: number, from = 0, to = 1) => ({ index, from, to, duration: scene.steps[index]!.duration });
const LAYERS: Layer[] = ['areas', 'zoneNames', 'places', 'markers', 'units', 'markerLabels'];
/** the x, y of a `translate` value in px */
const xy = (v: unknown) => String(v).split(' ').map((n) => parseFloat(n));

/** CSS cubic-bezier(x1, y1, x2, y2) as a function of the time's share (bisection on x, as browsers solve it) */
function cubicBezier(css: string): (x: number) => number {
	const [x1, y1, x2, y2] = css.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number];
	const at = (a: number, b: number, s: number) => 3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3;
	return (x) => {
		let [lo, hi] = [0, 1];
		for (let k = 0; k < 50; k++) [lo, hi] = at(x1, x2, (lo + hi) / 2) < x ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
		return at(y1, y2, (lo + hi) / 2);
	};
}

describe('sampleTimes', () => {
	it('runs from `from` to `to`, both included, evenly spaced in how far the move has come', () => {
		const times = sampleTimes({ index: 1, from: 0, to: 1, duration: 900 });
		expect(times).toHaveLength(SAMPLES);
		expect(times[0]).toBe(0);
		expect(times.at(-1)).toBe(1);
		times.forEach((t, j) => expect(ease(t)).toBeCloseTo(j / (SAMPLES - 1), 10));
		const back = sampleTimes({ index: 1, from: 1, to: 0, duration: 900 });
		back.forEach((t, j) => expect(ease(t)).toBeCloseTo(1 - j / (SAMPLES - 1), 10));
	});

	it('the browser reaches each sample when frameAt does, and eases as frameAt does, within 0.85 % of the way', () => {
		const browser = cubicBezier(MOVE_EASING);
		for (let j = 0; j < SAMPLES; j++) expect(Math.abs(browser(sampleShare(j, SAMPLES)) - j / (SAMPLES - 1))).toBeLessThan(0.0085);
		for (let t = 0; t <= 1; t += 0.01) expect(Math.abs(browser(t) - ease(t))).toBeLessThan(0.0085);
	});
});

describe('moveKeyframes', () => {
	it('ends on the step at rest: its marks first, as screenMarks draws them', () => {
		const track = moveKeyframes(scene, span(moving), 600, 1);
		const end = screenMarks(scene, frameAt(scene, moving, 1), 600, 1);
		for (const layer of LAYERS) expect(track.marks[layer].slice(0, end[layer].length)).toEqual(end[layer]);
		expect(track.lines.slice(0, frameAt(scene, moving, 1).lines.length)).toEqual(frameAt(scene, moving, 1).lines);
	});

	it('keeps what shows only on the way, hidden at the end', () => {
		const track = moveKeyframes(scene, span(moving), 600, 1);
		const times = sampleTimes(span(moving));
		const end = screenMarks(scene, frameAt(scene, moving, 1), 600, 1);
		for (const layer of LAYERS) {
			const keys = new Set(track.marks[layer].map((m) => m.key));
			for (const t of times) for (const m of screenMarks(scene, frameAt(scene, moving, t), 600, 1)[layer]) expect(keys).toContain(m.key);
			const extra = track.marks[layer].slice(end[layer].length);
			extra.forEach((m) => expect(m.opacity).toBe(0));
		}
	});

	it('a camera move: the cameras of the samples, and each name moving from where it stood to where it ends', () => {
		const track = moveKeyframes(scene, span(moving), 600, 1);
		expect(track.cameras?.[0]).toEqual(frameAt(scene, moving, 0).camera);
		expect(track.cameras?.at(-1)).toEqual(scene.steps[moving]!.camera);
		const [start, end] = [0, 1].map((t) => screenMarks(scene, frameAt(scene, moving, t), 600, 1).places);
		const both = end!.filter((p) => start!.some((q) => q.key === p.key));
		expect(both.length).toBeGreaterThan(0);
		for (const place of both) {
			const frames = track.keyframes.places.get(place.key)!;
			const was = start!.find((q) => q.key === place.key)!;
			const path = frames.translate as string[];
			expect(path).toHaveLength(sampleTimes(span(moving)).length);
			expect(xy(path[0])).toEqual([was.x, was.y]);
			expect(xy(path.at(-1))).toEqual([place.x, place.y]);
		}
	});

	it('a move of forces alone: no camera, and the names that stay as they were are left alone', () => {
		expect(still).toBeGreaterThan(0);
		const track = moveKeyframes(scene, span(still), 600, 1);
		expect(track.cameras).toBeUndefined();
		const [before, after] = [0, 1].map((t) => screenMarks(scene, frameAt(scene, still, t), 600, 1).places);
		const same = after!.filter((p) => before!.some((q) => JSON.stringify(q) === JSON.stringify(p)));
		expect(same.length).toBeGreaterThan(0);
		for (const p of same) expect(track.keyframes.places.has(p.key)).toBe(false);
	});

	it('a force that comes in fades up from nothing', () => {
		const [before, after] = [0, 1].map((t) => screenMarks(scene, frameAt(scene, moving, t), 600, 1).units);
		const arriving = after!.filter((u) => u.opacity > 0 && !before!.some((v) => v.key === u.key && v.opacity > 0));
		expect(arriving.length).toBeGreaterThan(0);
		const track = moveKeyframes(scene, span(moving), 600, 1);
		for (const u of arriving) {
			const opacity = track.keyframes.units.get(u.key)!.opacity as number[];
			expect(opacity[0]).toBe(0);
			expect(opacity.at(-1)).toBe(u.opacity);
		}
	});

	it('animates no mark that stays off screen for the whole move', () => {
		const track = moveKeyframes(scene, span(moving), 600, 1);
		const samples = sampleTimes(span(moving)).map((t) => screenMarks(scene, frameAt(scene, moving, t), 600, 1));
		const near = (m: { x: number; y: number }) => [m.x, m.y].every((v) => v >= -SEEN_MARGIN * 600 && v <= (1 + SEEN_MARGIN) * 600);
		for (const layer of LAYERS) {
			for (const key of track.keyframes[layer].keys()) expect(samples.some((s) => s[layer].some((m) => m.key === key && near(m)))).toBe(true);
		}
	});

	it('played backwards, it starts where the step ends and ends where it starts', () => {
		const back = moveKeyframes(scene, span(moving, 1, 0), 600, 1);
		expect(back.cameras?.[0]).toEqual(scene.steps[moving]!.camera);
		expect(back.cameras?.at(-1)).toEqual(frameAt(scene, moving, 0).camera);
	});
});

describe('moveKeyframesBySample', () => {
	it('pauses once per sample after the first and gives what moveKeyframes gives', () => {
		const slices = moveKeyframesBySample(scene, span(moving), 600, 1);
		let pauses = 0;
		let slice = slices.next();
		for (; !slice.done; slice = slices.next()) pauses++;
		expect(pauses).toBe(sampleTimes(span(moving)).length - 1);
		expect(slice.value).toEqual(moveKeyframes(scene, span(moving), 600, 1));
	});
});
