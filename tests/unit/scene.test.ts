import { describe, expect, it } from 'vitest';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt, radiusFor, type Frame } from '../../src/lib/scene/frame';
import { stateAt } from '../../src/lib/scene/state';
import { sectionRows } from '../../src/lib/scene/table';
import { dayOf, nearestStep, ribbonFor, ribbonShare, tickPath } from '../../src/lib/scene/timeline';
import { pointAlong } from '../../src/lib/geo/polyline';
import { assertInDelta, mini } from './asserts';

const scene = compileScene(mini(), 'en');
const step = (id: string) => scene.steps.findIndex((s) => s.id === id);

/** what a person sees: elements drawn at all, with their visible properties */
function visible(frame: Frame) {
	return {
		camera: frame.camera,
		units: frame.units.filter((u) => u.opacity > 0 && u.r > 0).map(({ key, x, y, r, dx, opacity }) => ({ key, x, y, r, dx, opacity })),
		lines: frame.lines.filter((l) => l.opacity > 0 && l.progress > 0).map(({ key, progress, opacity }) => ({ key, progress, opacity })),
		zones: frame.zones.filter((z) => z.opacity > 0),
		markers: frame.markers.filter((m) => m.opacity > 0).map(({ key, opacity }) => ({ key, opacity })),
		labels: frame.labels.filter((l) => l.opacity > 0)
	};
}

describe('stateAt', () => {
	it('stateAt(scene, -1) is the empty map', () => {
		expect(stateAt(scene, -1).units.size).toBe(0);
	});

	it('stateAt after the advance holds the port and the town, the town along the railway', () => {
		const s = stateAt(scene, step('advance'));
		expect([...s.units.keys()].sort()).toEqual(['blue@port', 'blue@town']);
		expect(s.units.get('blue@town')).toMatchObject({ strength: 2000, holdsPath: true, path: 'line:0-2' });
		expect(s.units.get('blue@port')).toMatchObject({ strength: 4000, holdsPath: false, path: 'lane' });
		expect(s.zones.get('box')).toBe('blue');
		expect(s.markers.map((m) => m.kind)).toEqual(['clash']);
	});

	it('stateAt after the withdrawal keeps only the port and records the departure', () => {
		const s = stateAt(scene, step('back'));
		expect([...s.units.keys()]).toEqual(['blue@port']);
		expect(s.departures.map((d) => [d.unit.key, d.verb])).toEqual([['blue@town', 'withdraw']]);
		expect(s.zones.has('box')).toBe(false);
		expect(s.markers).toEqual([]);
	});

	it('stateAt(scene, i) is the same however it is reached', () => {
		const fresh = compileScene(mini(), 'en');
		const late = stateAt(fresh, 3);
		expect([...late.units.keys()]).toEqual([...stateAt(scene, 3).units.keys()]);
	});
});

describe('frameAt', () => {
	it('frameAt(scene, i, 0) looks exactly like frameAt(scene, i - 1, 1)', () => {
		for (let i = 1; i < scene.steps.length; i++) {
			expect(visible(frameAt(scene, i, 0)), `step ${i}`).toEqual(visible(frameAt(scene, i - 1, 1)));
		}
	});

	it('frameAt(scene, i, 1) is at the step camera with every unit at full size', () => {
		const f = frameAt(scene, step('advance'), 1);
		expect(f.camera).toEqual(scene.steps[step('advance')]!.camera);
		expect(f.units.map((u) => [u.key, u.r, u.opacity])).toEqual([
			['blue@port', radiusFor(4000), 1],
			['blue@town', radiusFor(2000), 1]
		]);
		expect(f.lines).toEqual([{ key: 'blue:line:0-2', path: 'line:0-2', force: 'blue', progress: 1, opacity: 1 }]);
	});

	it('frameAt(scene, advance, 0.5) has the troops halfway along the railway, the line half drawn', () => {
		const f = frameAt(scene, step('advance'), 0.5);
		const unit = f.units.find((u) => u.key === 'blue@town')!;
		const path = scene.paths['line:0-2']!;
		assertInDelta([unit.x, unit.y], pointAlong(path, 0.5), 0.06);
		expect(f.lines[0]!.progress).toBe(0.5);
	});

	it('frameAt(scene, landing, t) brings the troops in along the sea lane', () => {
		const lane = scene.paths['lane']!;
		for (const t of [0.25, 0.5, 0.75]) {
			const unit = frameAt(scene, 0, t).units[0]!;
			const eased = t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2;
			assertInDelta([unit.x, unit.y], pointAlong(lane, eased), 0.06);
		}
	});

	it('frameAt(scene, back, t) runs the withdrawal back along the railway and shrinks the line', () => {
		const i = step('back');
		const path = scene.paths['line:0-2']!;
		const quarter = frameAt(scene, i, 0.25);
		const unit = quarter.units.find((u) => u.key === 'blue@town')!;
		const eased = 4 * 0.25 ** 3;
		assertInDelta([unit.x, unit.y], pointAlong(path, 1 - eased), 0.06);
		assertInDelta(quarter.lines.find((l) => l.key === 'blue:line:0-2')!.progress, 1 - eased, 0.001);
		expect(frameAt(scene, i, 1).units.filter((u) => u.opacity > 0).map((u) => u.key)).toEqual(['blue@port']);
	});

	it('frameAt(scene, leave, 1) has no troops left on the map and the treaty marker shown', () => {
		const f = frameAt(scene, step('leave'), 1);
		expect(f.units.filter((u) => u.opacity > 0)).toEqual([]);
		expect(f.markers.map((m) => [m.kind, m.label, m.opacity])).toEqual([['treaty', 'Treaty', 1]]);
	});

	it('frameAt clamps the step index and t', () => {
		expect(frameAt(scene, 99, 2).stepId).toBe('leave');
		expect(frameAt(scene, -3, -1).stepId).toBe('landing');
	});
});

describe('radiusFor', () => {
	it('radiusFor grows with the square root of troops and uses the top of a range', () => {
		expect(radiusFor(undefined)).toBe(5);
		expect(radiusFor(70000)).toBe(17.4);
		expect(radiusFor([60000, 70000])).toBe(radiusFor(70000));
	});
});

describe('forces at one place', () => {
	it('frameAt puts forces sharing a place side by side, centred on it', async () => {
		const { parseStory } = await import('../../src/lib/story/parse');
		const { MINI_TEXT } = await import('./asserts');
		const text = MINI_TEXT.replace(
			"- { type: land, force: blue, at: port, by: lane, strength: 4000, sources: [atlas] }",
			"- { type: land, force: blue, at: port, by: lane, strength: 4000, sources: [atlas] }\n          - { type: hold, force: red, at: port }"
		);
		const result = parseStory(text, 'two.yaml');
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const f = frameAt(compileScene(result.story, 'en'), 0, 1);
		const [blue, red] = f.units;
		expect([blue!.force, red!.force]).toEqual(['blue', 'red']);
		expect(blue!.x).toBe(red!.x);
		assertInDelta(blue!.dx + red!.dx, blue!.r - red!.r, 0.11);
		assertInDelta(red!.dx - blue!.dx, blue!.r + red!.r + 2, 0.11);
	});
});

describe('forcesInView', () => {
	it('forcesInView names the forces drawn inside the camera, not those far outside it', async () => {
		const { forcesInView } = await import('../../src/lib/scene/frame');
		const f = frameAt(scene, step('advance'), 1);
		expect(forcesInView(f)).toEqual(['blue']);
		expect(forcesInView({ ...f, camera: [f.camera[0] + 10 * f.camera[2], f.camera[1], f.camera[2]] })).toEqual([]);
	});
});

describe('the date ribbon', () => {
	const years = ribbonFor(['1917-11-08', '1918-04-05', '1918-04-05', '1922-10-25'], 'en');
	it('spans whole years for a story of several years, counting days in UTC', () => {
		expect(years.start).toBe('1917-01-01');
		expect(years.ticks.map((t) => t.label)).toEqual(['1917', '1918', '1919', '1920', '1921', '1922']);
		expect(dayOf('1918-01-01', years.start)).toBe(365);
		expect(dayOf('1920-03-01', years.start) - dayOf('1920-02-28', years.start)).toBe(2); // 1920 is a leap year
		expect(ribbonShare(years, '1922-12-31')).toBe(1);
		expect(ribbonShare(years, '1900-01-01')).toBe(0);
	});
	it('spans whole months, named in the page language, for a story of weeks', () => {
		const ja = ribbonFor(['1940-05-10', '1940-06-04'], 'ja');
		expect(ja.start).toBe('1940-05-01');
		expect(ja.days).toBe(dayOf('1940-06-30', '1940-05-01'));
		expect(ja.ticks.map((t) => t.label)).toEqual(['1940年5月', '6月']);
		expect(ribbonFor(['1940-12-20', '1941-01-10'], 'en').ticks.map((t) => t.label)).toEqual(['Dec 1940', 'Jan 1941']);
	});
	it('draws every tick in one path, a vertical stroke at each share of its width', () => {
		expect(tickPath([0, 0.5, 0.12345, 1])).toBe('M0 0V1M500 0V1M123.5 0V1M1000 0V1');
		expect(tickPath([])).toBe('');
	});
	it('jumps to the nearest step, and to the first of steps sharing a date', () => {
		const dates = ['1917-11-08', '1918-04-05', '1918-04-05', '1922-10-25'];
		const at = (iso: string) => nearestStep(dates, years, dayOf(iso, years.start));
		expect(at('1917-01-01')).toBe(0);
		expect(at('1918-05-01')).toBe(1);
		expect(at('1919-06-01')).toBe(1);
		expect(at('1921-06-01')).toBe(3);
		expect(at('1922-12-31')).toBe(3);
	});
});

describe('the section table', () => {
	it('has a row per movement with the force, verb, place and strength in the page language', () => {
		const en = compileScene(mini(), 'en');
		const rows = sectionRows(en, en.steps.map((_, i) => i));
		const moves = en.steps.flatMap((s) => s.actions.filter((a) => a.type === 'arrive' || a.type === 'leave'));
		expect(rows).toHaveLength(moves.length);
		expect(rows[0]).toMatchObject({ step: en.steps[0]!.id, action: 'lands' });
		expect(rows.some((r) => r.strength === '2,000')).toBe(true);
		const ja = sectionRows(compileScene(mini(), 'ja'), [0]);
		expect(ja[0]!.action).toBe('上陸');
		expect(ja[0]!.date).toMatch(/年.*月.*日/);
	});
});
