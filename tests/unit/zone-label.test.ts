import { describe, expect, it } from 'vitest';
import { screenMarks } from '../../src/lib/components/screen-marks';
import { screenPoint } from '../../src/lib/geo/camera';
import { circleBox, overlapArea, textBox, textWidth, type Box } from '../../src/lib/geo/text-box';
import { ZONE_NAME_SIZE, zoneNameShifts } from '../../src/lib/geo/zone-label';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt } from '../../src/lib/scene/frame';
import { readStory } from '../../src/lib/server/stories';

const LINE = ZONE_NAME_SIZE * 1.3;

describe('textWidth', () => {
	it('measures CJK text about twice as wide as Latin', () => {
		expect(textWidth('日本', 10)).toBe(20);
		expect(textWidth('ab', 10)).toBeCloseTo(11.6);
		expect(textWidth('ab', 10, true)).toBeCloseTo(13.2);
		expect(textWidth('日本', 10, true)).toBe(20);
	});
});

describe('zoneNameShifts', () => {
	const name = { x: 200, y: 100, text: 'Northern Sakhalin under Japanese occupation', opacity: 1 };
	const nameBox = (dx: number, dy: number) => textBox(name.x + dx, name.y + dy, textWidth(name.text, ZONE_NAME_SIZE), ZONE_NAME_SIZE, 'middle');

	it('leaves a name on its spot when nothing is drawn there', () => {
		expect(zoneNameShifts([name], [circleBox(20, 20, 5)], [0, 0, 400, 400])).toEqual([[0, 0]]);
	});

	it('moves a name one line up, off a place name written across its spot', () => {
		const place = textBox(150, 104, textWidth('Nikolayevsk-on-Amur', 12), 12, 'start');
		const [[dx, dy]] = zoneNameShifts([name], [place], [0, 0, 400, 400]) as [[number, number]];
		expect([dx, dy]).toEqual([0, -LINE]);
		expect(overlapArea(nameBox(dx, dy), place)).toBe(0);
	});

	it('goes down when the lines above are taken too, and sideways when a column is taken', () => {
		// a block over the spot and the three lines above it
		const block: Box = [150, 60, 260, 100];
		expect(zoneNameShifts([name], [block], [0, 0, 400, 400])).toEqual([[0, LINE]]);
		// a thin column just right of a name's spot: only a shift to the left, by half the name, clears it
		const column: Box = [name.x + 5, 0, name.x + 15, 400];
		const [[dx, dy]] = zoneNameShifts([name], [column], [-400, 0, 800, 400]) as [[number, number]];
		expect(dy).toBe(0);
		expect(dx).toBeCloseTo(-textWidth(name.text, ZONE_NAME_SIZE) / 2, 1);
		expect(overlapArea(nameBox(dx, dy), column)).toBe(0);
	});

	it('keeps a name inside the frame: a name on a line ending at the right edge ends at that end', () => {
		const [[dx, dy]] = zoneNameShifts([{ ...name, x: 395 }], [], [0, 0, 400, 400]) as [[number, number]];
		const box = nameBox(dx + 195, dy);
		expect(box[2]).toBeLessThanOrEqual(400);
		expect(dx).toBeLessThan(0);
	});

	it('keeps two zone names apart', () => {
		const [a, b] = zoneNameShifts([name, { ...name, text: 'The 50th parallel' }], [], [0, 0, 400, 400]);
		const boxA = nameBox(a![0], a![1]);
		const boxB = textBox(name.x + b![0], name.y + b![1], textWidth('The 50th parallel', ZONE_NAME_SIZE), ZONE_NAME_SIZE, 'middle');
		expect(a).toEqual([0, 0]);
		expect(overlapArea(boxA, boxB)).toBe(0);
	});

	it('leaves a faded-out name on its spot, and gives it no room', () => {
		const place = textBox(150, 104, 100, 12, 'start');
		expect(zoneNameShifts([{ ...name, opacity: 0 }, name], [], [0, 0, 400, 400])).toEqual([
			[0, 0],
			[0, 0]
		]);
		expect(zoneNameShifts([{ ...name, opacity: 0 }], [place], [0, 0, 400, 400])).toEqual([[0, 0]]);
	});

	it('when no spot is clear, takes the least covered one, the same one every time', () => {
		// everything is covered but for a narrow gap across the third line below the spot
		const crowd: Box[] = [
			[0, 0, 400, 100 + 2 * LINE],
			[0, 100 + 3 * LINE - 4, 400, 400]
		];
		const first = zoneNameShifts([name], crowd, [0, 0, 400, 400]);
		expect(first[0]![0]).toBe(0);
		expect(first[0]![1]).toBeCloseTo(3 * LINE, 5);
		expect(zoneNameShifts([name], crowd, [0, 0, 400, 400])).toEqual(first);
	});
});

describe('zone names in the flagship, as MapView draws them', () => {
	const result = readStory('stories/allied-intervention/story.yaml');
	if (!result.ok) throw new Error('the flagship story does not parse');
	const story = result.story;

	/** the boxes of the names and forces drawn at a step, and the zone names with their spots, in px (the records MapView writes out) */
	function drawing(lang: 'ja' | 'en', stepId: string, side: number) {
		const scene = compileScene(story, lang);
		const frame = frameAt(scene, scene.steps.findIndex((s) => s.id === stepId), 1);
		const marks = screenMarks(scene, frame, side, 1);
		const taken: Box[] = [];
		for (const p of marks.places) {
			if (p.opacity <= 0 || !p.name) continue;
			taken.push(textBox(p.x + p.name.dx, p.y + p.name.dy, textWidth(p.name.text, 12) + textWidth(p.name.historical ? `（${p.name.historical}）` : '', 10), 12, p.name.anchor));
		}
		const at = screenPoint(frame.camera, side);
		for (const u of frame.units) if (u.opacity > 0) taken.push(circleBox(at(u.x, u.y)[0] + u.dx, at(u.x, u.y)[1], u.r));
		const spots = new Map(frame.zones.map((z) => [z.id, at(...scene.zones[z.id]!.labelAt)]));
		const names = marks.zoneNames
			.filter((z) => z.opacity > 0)
			.map((z) => ({ box: textBox(z.x, z.y, textWidth(z.text, ZONE_NAME_SIZE), ZONE_NAME_SIZE, 'middle'), shift: [z.x - spots.get(z.key)![0], z.y - spots.get(z.key)![1]], text: z.text }));
		return { taken, names, side };
	}

	const sides = [390, 860];
	const cases = (steps: string[]) => steps.flatMap((step) => (['ja', 'en'] as const).flatMap((lang) => sides.map((side) => [step, lang, side] as const)));
	const covered = (box: Box, taken: Box[]) => taken.reduce((sum, t) => sum + overlapArea(box, t), 0);

	it.each(cases(['north-sakhalin', 'nikolayevsk-ruins', 'anglo-french-zones', 'wilson-aide-memoire', 'olovyannaya', 'odessa-landing', 'sakhalin-returned']))(
		'%s (%s, %i px): zone names in the frame cover no place name nor force, and stay near their spots',
		(step, lang, side) => {
			const { taken, names } = drawing(lang, step, side);
			const inFrame = names.filter((n) => n.box[2] > 0 && n.box[0] < side && n.box[3] > 0 && n.box[1] < side);
			expect(inFrame.length).toBeGreaterThan(0);
			for (const n of inFrame) {
				for (const t of taken) expect(overlapArea(n.box, t), `${n.text} over a box at ${t.join(',')}`).toBe(0);
				expect(Math.abs(n.shift[1]!)).toBeLessThanOrEqual(3 * LINE + 0.2);
				expect(Math.abs(n.shift[0]!)).toBeLessThanOrEqual(textWidth(n.text, ZONE_NAME_SIZE) / 2 + 0.2);
			}
		}
	);

	// the whole theatre on a phone: Sakhalin's two long names have no clear spot near theirs
	it.each(cases(['transbaikal-1920', 'north-evacuation', 'omsk-falls']))('%s (%s, %i px): zone names never cover more than on their own spots', (step, lang, side) => {
		const { taken, names } = drawing(lang, step, side);
		for (const n of names) {
			const [dx, dy] = n.shift as [number, number];
			const atSpot: Box = [n.box[0] - dx, n.box[1] - dy, n.box[2] - dx, n.box[3] - dy];
			expect(covered(n.box, taken)).toBeLessThanOrEqual(covered(atSpot, taken));
		}
	});
});
