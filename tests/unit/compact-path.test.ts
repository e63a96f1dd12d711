import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { basemapSvg } from '../../src/lib/geo/basemap-svg';
import { cameraDetail, compactPath, simplified, tenths, type Detail } from '../../src/lib/geo/compact-path';
import { projectLatLon, storyProjection } from '../../src/lib/geo/projection';

/** absolute points of each subpath of compact path data (M x y l dx dy ... [z]) */
function decode(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((sub) => {
			const [start, rel] = sub.replace(/z$/, '').split('l') as [string, string];
			const nums = (s: string) => (s.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
			const [x0, y0] = nums(start) as [number, number];
			const pts: [number, number][] = [[x0, y0]];
			const deltas = nums(rel);
			for (let i = 0; i < deltas.length; i += 2) {
				const [px, py] = pts[pts.length - 1]!;
				pts.push([Math.round((px + deltas[i]!) * 10) / 10, Math.round((py + deltas[i + 1]!) * 10) / 10]);
			}
			return pts;
		});
}

const fine: Detail = () => 0.1;

describe('compact path data', () => {
	it('writes tenths as the shortest SVG numbers', () => {
		expect([12, 5, -5, -130, 0, 10, 1234, -7].map(tenths)).toEqual(['1.2', '.5', '-.5', '-13', '0', '1', '123.4', '-.7']);
	});

	it('writes relative moves that add up to the snapped points, with separators only where needed', () => {
		const rings = [{ points: [[10.04, 20.06], [10.56, 20.06], [11.11, 19.5], [10.04, 20.06]] as [number, number][], closed: true }];
		const d = compactPath(rings, fine);
		expect(d).toBe('M10 20.1l.6 0 .5-.6z');
		expect(decode(d)).toEqual([[[10, 20.1], [10.6, 20.1], [11.1, 19.5]]]);
	});

	it('snaps to the grid the detail asks for and drops the points that fall together', () => {
		const line = { points: [[0, 0], [0.3, 0.4], [0.6, 0], [1.2, 0.4], [3.1, 0.4]] as [number, number][], closed: false };
		expect(decode(compactPath([line], () => 1))).toEqual([[[0, 0], [3, 0]]]);
		expect(decode(compactPath([line], fine))).toEqual([[[0, 0], [0.3, 0.4], [0.6, 0], [1.2, 0.4], [3.1, 0.4]]]);
	});

	it('drops points within half a grid cell of the line through their neighbours, and keeps the rest', () => {
		// tenths: a straight run with a 0.4-tenth wobble, then a real corner
		const pts: [number, number][] = [[0, 0], [10, 0], [20, 0], [30, 0], [40, 40], [50, 80]];
		expect(simplified(pts, [1, 1, 1, 1, 1, 1])).toEqual([[0, 0], [30, 0], [50, 80]]);
		const wobble: [number, number][] = [[0, 0], [10, 4], [20, 0]];
		expect(simplified(wobble, [10, 10, 10])).toEqual([[0, 0], [20, 0]]);
		expect(simplified(wobble, [1, 1, 1])).toEqual(wobble);
	});

	it('leaves out islets under two grid cells across, and rings that collapse', () => {
		const islet = { points: [[5, 5], [5.12, 5], [5.12, 5.12], [5, 5]] as [number, number][], closed: true };
		const island = { points: [[5, 5], [5.3, 5], [5.3, 5.3], [5, 5]] as [number, number][], closed: true };
		expect(compactPath([islet], fine)).toBe('');
		expect(compactPath([island], fine)).not.toBe('');
		expect(compactPath([island], () => 1)).toBe('');
	});

	it('gives the finest grid where the closest camera that can see a point looks', () => {
		const detail = cameraDetail([
			[500, 300, 1000],
			[650, 350, 60],
			[300, 100, 300]
		]);
		expect(detail(650, 350)).toBe(0.1);
		expect(detail(690, 390)).toBe(0.1); // within 0.75 w of the close camera
		expect(detail(300, 100)).toBe(0.2); // 300 units over 1000 px
		expect(detail(900, 700)).toBe(1);
		expect(detail(5000, 5000)).toBe(1); // seen by no camera
	});
});

describe('basemap file', () => {
	const topo = JSON.parse(readFileSync('static/maps/basemap.topo.json', 'utf8')) as Topology;
	const proj = storyProjection({ west: 120, east: 150, south: 35, north: 55 });
	const wide = basemapSvg(topo, proj, [[500, 400, 1000]]);
	// a close camera on Vladivostok's coast
	const [vx, vy] = projectLatLon(proj, 43.12, 131.89);
	const close = basemapSvg(topo, proj, [[500, 400, 1000], [vx, vy, 60]]);

	it('draws land, borders and water as compact paths in the view box', () => {
		expect(wide).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-300 -300 1600 /);
		const paths = [...wide.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]!);
		expect(paths).toHaveLength(5);
		for (const d of paths.slice(0, 3)) expect(d).toMatch(/^M[\d.-]+[ -][\d.-]+l/);
		// every point lies in the basemap box (clipped there), give or take the grid
		const pts = decode(paths[0]!).flat();
		expect(pts.length).toBeGreaterThan(200);
		for (const [x, y] of pts) {
			expect(x).toBeGreaterThanOrEqual(-301);
			expect(y).toBeGreaterThanOrEqual(-301);
			expect(x).toBeLessThanOrEqual(1301);
		}
	});

	it('keeps the coastline finer where a close camera looks, and only there', () => {
		const land = (svg: string) => decode(svg.match(/<path d="([^"]*)"/)![1]!).flat();
		const near = ([x, y]: [number, number]) => Math.abs(x - vx) <= 45 && Math.abs(y - vy) <= 45;
		const fractional = (pts: [number, number][]) => pts.filter(([x, y]) => !Number.isInteger(x) || !Number.isInteger(y));
		expect(fractional(land(wide))).toEqual([]);
		expect(fractional(land(close)).length).toBeGreaterThan(20);
		expect(fractional(land(close)).every(near)).toBe(true);
	});
});
