import { describe, expect, it } from 'vitest';
import { basemapZoom, cameraTransform, fitCamera, FRAME_SIDE, screenPoint, zoomCamera } from '../../src/lib/geo/camera';
import { pointAlong, polyline, runsInBox, totalLength } from '../../src/lib/geo/polyline';
import { PALETTE } from '../../src/lib/components/palette';
import { projectLatLon, storyProjection, VIEW_WIDTH } from '../../src/lib/geo/projection';
import { assertInDelta } from './asserts';

describe('polyline', () => {
	const line = polyline([[0, 0], [3, 4], [3, 10]]);

	it('totalLength(line) adds up the segments', () => {
		expect(totalLength(line)).toBe(11);
	});

	it('pointAlong(line, t) walks by length, not by vertex', () => {
		assertInDelta(pointAlong(line, 0), [0, 0]);
		assertInDelta(pointAlong(line, 5 / 11), [3, 4]);
		assertInDelta(pointAlong(line, 8 / 11), [3, 7]);
		assertInDelta(pointAlong(line, 1), [3, 10]);
		assertInDelta(pointAlong(line, 7), [3, 10]);
	});
});

describe('storyProjection', () => {
	const region = { west: 22, east: 190, south: 33, north: 72 };
	const proj = storyProjection(region);

	it('storyProjection fits the region to the view width', () => {
		expect(proj.width).toBe(VIEW_WIDTH);
		expect(proj.height).toBeGreaterThan(300);
		expect(proj.height).toBeLessThan(900);
	});

	it('projectLatLon keeps every corner of the region inside the view, Chukotka past 180 too', () => {
		for (const [lat, lon] of [[33, 22], [72, 22], [33, 180], [66, -170], [52, 105]] as const) {
			const [x, y] = projectLatLon(proj, lat, lon);
			expect(x, `${lat},${lon}`).toBeGreaterThanOrEqual(-1);
			expect(x).toBeLessThanOrEqual(VIEW_WIDTH + 1);
			expect(y).toBeGreaterThanOrEqual(-1);
			expect(y).toBeLessThanOrEqual(proj.height + 1);
		}
	});

	it('projectLatLon puts Vladivostok east of Irkutsk and Murmansk north of Odessa', () => {
		const vlad = projectLatLon(proj, 43.12, 131.89);
		const irk = projectLatLon(proj, 52.29, 104.28);
		expect(vlad[0]).toBeGreaterThan(irk[0]);
		expect(projectLatLon(proj, 68.97, 33.08)[1]).toBeLessThan(projectLatLon(proj, 46.48, 30.73)[1]);
	});
});

describe('camera', () => {
	it('fitCamera(points, padding) centres on the points and leaves the padding around them', () => {
		const [cx, cy, w] = fitCamera([[100, 100], [300, 200]], 0.25, 10);
		expect([cx, cy]).toEqual([200, 150]);
		expect(w).toBe(400);
	});

	it('fitCamera never comes closer than the minimum width', () => {
		expect(fitCamera([[5, 5]], 0, 60)[2]).toBe(60);
	});

	it('zoomCamera(center, 3, 1000) shows a quarter of the width', () => {
		expect(zoomCamera([10, 20], 3, 1000)).toEqual([10, 20, 250]);
	});

	it('cameraTransform(camera) brings the camera square onto the fixed frame square', () => {
		const t = cameraTransform([200, 150, 400]);
		const [a, , , d, e, f] = t.slice('matrix('.length, -1).split(' ').map(Number) as number[];
		// the viewBox corners 0,-50 and 400,350 land on 0,0 and FRAME_SIDE,FRAME_SIDE
		expect([a! * 0 + e!, d! * -50 + f!]).toEqual([0, 0]);
		expect([a! * 400 + e!, d! * 350 + f!]).toEqual([FRAME_SIDE, FRAME_SIDE]);
	});

	it('screenPoint(camera, side) puts the camera square onto 0..side px, centre in the middle', () => {
		const at = screenPoint([200, 150, 400], 800);
		expect(at(200, 150)).toEqual([400, 400]);
		expect(at(0, -50)).toEqual([0, 0]);
		expect(at(400, 350)).toEqual([800, 800]);
		// outside the square (the extra room of a wide screen) lies outside 0..side
		expect(at(500, 150)).toEqual([1000, 400]);
	});

	it('screenPoint agrees with cameraTransform scaled from frame units to px', () => {
		const camera: [number, number, number] = [612.3, 287.9, 93.7];
		const side = 517;
		const [a, , , d, e, f] = cameraTransform(camera).slice('matrix('.length, -1).split(' ').map(Number) as number[];
		const [px, py] = screenPoint(camera, side)(640, 300);
		expect(px).toBeCloseTo(((a! * 640 + e!) * side) / FRAME_SIDE, 0);
		expect(py).toBeCloseTo(((d! * 300 + f!) * side) / FRAME_SIDE, 0);
	});

	it('basemapZoom is the power of two nearest to px per view unit, within its bounds', () => {
		// 600 px showing 600 units: 1 px per unit
		expect(basemapZoom([0, 0, 600], 600)).toBe(1);
		// 600 px showing 75 units: 8 px per unit
		expect(basemapZoom([0, 0, 75], 600)).toBe(8);
		// 5.9 px per unit rounds (in log2) to 8, 5.5 to 4
		expect(basemapZoom([0, 0, 100], 590)).toBe(8);
		expect(basemapZoom([0, 0, 100], 550)).toBe(4);
		// a whole continent on a phone, and a street on a wall: clamped
		expect(basemapZoom([0, 0, 100000], 300)).toBe(1 / 4);
		expect(basemapZoom([0, 0, 1], 4000)).toBe(64);
		// so the basemap's strokes stay within a factor of 1.42 of their drawn width
		for (const w of [7, 37, 90, 333, 1000, 1500]) {
			const ratio = 400 / w / basemapZoom([0, 0, w], 400);
			expect(ratio).toBeGreaterThan(0.7);
			expect(ratio).toBeLessThan(1.42);
		}
	});
});

describe('stepAtLine', () => {
	const at = (tops: number[]) => (i: number) => tops[i]!;
	it('stepAtLine(count, top, line) is the last step whose top is at or above the line, or the first', async () => {
		const { stepAtLine } = await import('../../src/lib/drivers/scroll');
		expect(stepAtLine(4, at([-900, -100, 300, 900]), 400)).toBe(2);
		expect(stepAtLine(4, at([-900, -100, 400, 900]), 400)).toBe(2);
		expect(stepAtLine(2, at([100, 500]), 50)).toBe(0);
		expect(stepAtLine(2, at([-3000, -2000]), 400)).toBe(1);
		expect(stepAtLine(1, at([900]), 400)).toBe(0);
		// steps of no height (a hidden card) share a top: the last of them is at the line
		expect(stepAtLine(5, at([0, 100, 100, 100, 800]), 400)).toBe(3);
	});
	it('reads about log2(n) tops, so that a scroll event costs the same at 500 steps as at 5', async () => {
		const { stepAtLine } = await import('../../src/lib/drivers/scroll');
		const tops = Array.from({ length: 500 }, (_, i) => i * 700 - 100_000);
		for (const line of [-1e9, 0, 12_345, 1e9]) {
			let reads = 0;
			const found = stepAtLine(500, (i) => (reads++, tops[i]!), line);
			expect(found).toBe(Math.max(0, tops.findLastIndex((t) => t <= line)));
			expect(reads).toBeLessThanOrEqual(9);
		}
	});
});

describe('groupedSteps', () => {
	/** fake step elements in sections: tops in px, and a count of the rectangles asked for */
	function page(sections: number[][]) {
		const reads = new Map<unknown, number>();
		const rect = (el: object, top: number) => () => (reads.set(el, (reads.get(el) ?? 0) + 1), { top });
		const steps: HTMLElement[] = [];
		for (const tops of sections) {
			const box = {} as { getBoundingClientRect?: () => { top: number } };
			box.getBoundingClientRect = rect(box, tops[0]! - 50);
			for (const top of tops) {
				const el = { parentElement: box } as unknown as HTMLElement & { getBoundingClientRect: () => { top: number } };
				el.getBoundingClientRect = rect(el, top) as never;
				steps.push(el);
			}
		}
		return { steps, reads };
	}
	it('groupedSteps(elements)(line) is the step at the line, or the last step before a heading at the line', async () => {
		const { groupedSteps } = await import('../../src/lib/drivers/scroll');
		const { steps } = page([
			[0, 800, 1600],
			[2500, 3300]
		]);
		const at = groupedSteps(steps);
		expect([-500, 0, 900, 2000, 2460, 2500, 3300, 9000].map(at)).toEqual([0, 0, 1, 2, 2, 3, 4, 4]);
	});
	it('reads no step of a section away from the line (the browser has not laid it out)', async () => {
		const { groupedSteps } = await import('../../src/lib/drivers/scroll');
		const sections = Array.from({ length: 50 }, (_, s) => Array.from({ length: 10 }, (_, i) => s * 10_000 + 100 + i * 900));
		const { steps, reads } = page(sections);
		expect(groupedSteps(steps)(123_456)).toBe(123);
		const stepReads = steps.filter((el) => reads.has(el));
		expect(stepReads.length).toBeGreaterThan(0);
		expect(stepReads.every((el) => el.parentElement === steps[120]!.parentElement)).toBe(true);
	});
});

describe('runsInBox'
, () => {
	const box = [0, 0, 10, 10] as const;
	it('keeps a line inside the box whole, and the segments that cross its edge', () => {
		expect(runsInBox([[1, 1], [5, 5], [9, 9]], box)).toEqual([[[1, 1], [5, 5], [9, 9]]]);
		expect(runsInBox([[5, 5], [20, 5], [40, 5], [60, 5]], box)).toEqual([[[5, 5], [20, 5]]]);
	});
	it('splits a line that leaves and comes back, and drops one that never comes near', () => {
		const out = runsInBox([[5, 1], [30, 1], [60, 1], [90, 5], [60, 9], [30, 9], [5, 9]], box);
		expect(out).toEqual([[[5, 1], [30, 1]], [[30, 9], [5, 9]]]);
		expect(runsInBox([[50, 50], [60, 60]], box)).toEqual([]);
	});
});

describe('palette', () => {
	/** WCAG relative luminance contrast of two #rrggbb colours */
	const contrast = (a: string, b: string) => {
		const lum = (hex: string) => {
			const [r, g, bl] = [1, 3, 5].map((i) => {
				const c = parseInt(hex.slice(i, i + 2), 16) / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			}) as [number, number, number];
			return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
		};
		const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
		return (hi + 0.05) / (lo + 0.05);
	};
	it.each(Object.entries(PALETTE))('%s keeps 3:1 against the land, the Russian land and the sea (A11Y-6)', (_, hex) => {
		for (const ground of ['#f4f1ea', '#ebe3d0', '#dbe6ee']) expect(contrast(hex, ground)).toBeGreaterThanOrEqual(3);
	});
});
