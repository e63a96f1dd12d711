import { describe, expect, it } from 'vitest';
import { MARK_SIZE, markerLabelX, placeNameWidth, sameAsBefore, screenMarks } from '../../src/lib/components/screen-marks';
import { overlapArea, textBox, textWidth } from '../../src/lib/geo/text-box';
import { readStory } from '../../src/lib/server/stories';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt } from '../../src/lib/scene/frame';
import { parseStory } from '../../src/lib/story/parse';
import { syntheticStoryText } from '../../scripts/bench/synthetic';

const parsed = parseStory(syntheticStoryText(12), 'synthetic-12.yaml');
if (!parsed.ok) throw new Error('the synthetic story is invalid');
const scene = compileScene(parsed.story, 'en');
/** a step whose camera is the one before's: only forces, zones and markers change while it runs */
const still = scene.steps.findIndex((s, i) => i > 0 && s.camera.join() === scene.steps[i - 1]!.camera.join());
const moving = scene.steps.findIndex((s, i) => i > 0 && s.camera.join() !== scene.steps[i - 1]!.camera.join());
/** the flagship story compiled in one language */
function flagshipIn(lang: 'ja' | 'en') {
	const story = readStory('stories/allied-intervention/story.yaml');
	if (!story.ok) throw new Error('the flagship story does not parse');
	return compileScene(story.story, lang);
}

describe('sameAsBefore', () => {
	it('sameAsBefore(before, next) keeps the old object of each key whose fields are all equal, one level deep', () => {
		const before = [{ key: 'a', x: 1, name: { text: 'A' } }, { key: 'b', x: 3, name: { text: 'B' } }];
		const next = [{ key: 'a', x: 1, name: { text: 'A' } }, { key: 'b', x: 3, name: { text: 'b' } }, { key: 'c', x: 0, name: { text: 'C' } }];
		const out = sameAsBefore(before, next);
		expect(out).toEqual(next);
		expect(out[0]).toBe(before[0]);
		expect(out[1]).toBe(next[1]);
		expect(out[2]).toBe(next[2]);
	});
	it('treats a field that appears or goes as a change', () => {
		const before = [{ key: 'a', ring: undefined as string | undefined }];
		expect(sameAsBefore(before, [{ key: 'a', ring: 'M0' }])[0]).not.toBe(before[0]);
	});
});

describe('screenMarks between two frames', () => {
	it('keeps every name and dot record while the camera holds still, so only moving marks get new attributes', () => {
		expect(still).toBeGreaterThan(0);
		const a = screenMarks(scene, frameAt(scene, still, 0.3), 600, 1);
		const next = screenMarks(scene, frameAt(scene, still, 0.6), 600, 1);
		const [places, areas] = [sameAsBefore(a.places, next.places), sameAsBefore(a.areas, next.areas)];
		expect(places.length).toBeGreaterThan(0);
		places.forEach((p, i) => expect(p).toBe(a.places[i]));
		areas.forEach((p, i) => expect(p).toBe(a.areas[i]));
	});
	it('gives every name a new record while the camera moves', () => {
		const a = screenMarks(scene, frameAt(scene, moving, 0.3), 600, 1);
		const places = sameAsBefore(a.places, screenMarks(scene, frameAt(scene, moving, 0.6), 600, 1).places);
		expect(places.length).toBeGreaterThan(0);
		places.forEach((p, i) => {
			expect(p).not.toBe(a.places[i]);
			expect([p.x, p.y]).not.toEqual([a.places[i]!.x, a.places[i]!.y]);
		});
	});
	it('keeps only the marks within the margin around the square, and in still pictures no force that is not there', async () => {
		const { screenPoint } = await import('../../src/lib/geo/camera');
		const frame = frameAt(scene, moving, 1);
		const at = screenPoint(frame.camera, 600);
		const inside = (margin: number) => (id: string) => {
			const [x, y] = at(scene.places[id]!.x, scene.places[id]!.y);
			return [x, y].every((v) => v >= -margin * 600 && v <= (1 + margin) * 600);
		};
		const ids = frame.labels.map((l) => l.id);
		for (const margin of [0, 0.25, 1, 100]) {
			expect(screenMarks(scene, frame, 600, margin).places.map((p) => p.key)).toEqual(ids.filter(inside(margin)));
		}
		expect(ids.filter(inside(0)).length).toBeLessThan(ids.length);
		const gone = frameAt(scene, 11, 1).units.filter((u) => u.opacity === 0).length;
		expect(gone).toBeGreaterThan(0);
		expect(screenMarks(scene, frameAt(scene, 11, 1), 600, 100, true).units.length).toBe(frameAt(scene, 11, 1).units.length - gone);
	});
});

describe('markerLabelX', () => {
	it('centres a label over its marker where it fits, and moves it in at the edges without leaving the marker', () => {
		expect(markerLabelX(200, 100, 400)).toBe(200);
		expect(markerLabelX(380, 100, 400)).toBe(346);
		expect(markerLabelX(10, 100, 400)).toBe(54);
		// off the square, it still spans its marker
		expect(markerLabelX(-30, 100, 400)).toBe(20);
		expect(markerLabelX(-500, 100, 400)).toBe(-450);
		// wider than the square: centred on it, as far as it spans the marker
		expect(markerLabelX(100, 600, 400)).toBe(200);
	});
	it('moves continuously as its marker does', () => {
		for (let x = -200; x < 600; x += 0.5) expect(Math.abs(markerLabelX(x + 0.5, 120, 390) - markerLabelX(x, 120, 390))).toBeLessThanOrEqual(0.5 + 1e-9);
	});
	it('keeps every marker label of the flagship whole on a phone, where its marker is on the square', () => {
		for (const lang of ['ja', 'en'] as const) {
			const flagship = flagshipIn(lang);
			flagship.steps.forEach((step, i) => {
				const { markers, markerLabels } = screenMarks(flagship, frameAt(flagship, i, 1), 390, 1);
				for (const label of markerLabels) {
					const marker = markers.find((m) => m.key === label.key)!;
					if (marker.x < 0 || marker.x > 390 || label.opacity === 0) continue;
					const half = textWidth(label.text, MARK_SIZE.marker, true) / 2;
					expect([label.x - half, label.x + half].every((x) => x >= 0 && x <= 390), `${lang} ${step.id} ${label.text}`).toBe(true);
				}
			});
		}
	});
});

describe('place names beside their dots', () => {
	it('go to the other side of a dot near the square\'s edge where they would run off it and fit there (flagship, 390 px)', () => {
		let flipped = 0;
		for (const lang of ['ja', 'en'] as const) {
			const flagship = flagshipIn(lang);
			flagship.steps.forEach((step, i) => {
				for (const mark of screenMarks(flagship, frameAt(flagship, i, 1), 390, 1).places) {
					const p = flagship.places[mark.key]!;
					if (!mark.name || mark.name.anchor === 'middle' || mark.x < 0 || mark.x > 390) continue;
					const width = placeNameWidth(p);
					// either side: the dot, 6 px at least, and the name
					if (mark.x - 6 - width < 0 && mark.x + 6 + width > 390) continue;
					const start = mark.x + mark.name.dx - (mark.name.anchor === 'end' ? width : 0);
					expect(start >= 0 && start + width <= 390, `${lang} ${step.id} ${p.name}`).toBe(true);
					if (mark.name.anchor !== { right: 'start', left: 'end' }[p.anchor as 'right' | 'left']) flipped++;
				}
			});
		}
		expect(flipped).toBeGreaterThan(0);
	});
});

describe('marker labels', () => {
	it('go a line up where they would cross a place\'s name (flagship, en, the Brest-Litovsk armistice on a phone)', () => {
		const flagship = flagshipIn('en');
		const i = flagship.steps.findIndex((s) => s.id === 'brest-armistice');
		const marks = screenMarks(flagship, frameAt(flagship, i, 1), 390, 1);
		const label = marks.markerLabels.find((l) => l.opacity > 0)!;
		const marker = marks.markers.find((m) => m.key === label.key)!;
		const names = marks.places.filter((p) => p.opacity > 0 && p.name).map((p) => textBox(p.x + p.name!.dx, p.y + p.name!.dy, textWidth(flagship.places[p.key]!.name, MARK_SIZE.place), MARK_SIZE.place, p.name!.anchor));
		const at = (y: number) => textBox(label.x, y, textWidth(label.text, MARK_SIZE.marker, true), MARK_SIZE.marker, 'middle');
		// right above its marker it would cross Petrograd's name
		expect(names.some((b) => overlapArea(b, at(marker.y - 12)) > 0)).toBe(true);
		expect(label.y).toBeLessThan(marker.y - 12);
		expect(names.some((b) => overlapArea(b, at(label.y)) > 0)).toBe(false);
	});
});
