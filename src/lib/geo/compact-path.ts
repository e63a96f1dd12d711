/**
 * Compact SVG path data for the basemap: points snapped to a grid whose size depends on where
 * they are (fine where a close camera looks, coarse where only the whole map is ever seen),
 * repeated points dropped, and every point after a ring's first written relative to the one
 * before. Coordinates are kept as integer tenths of a view unit, so sums never drift.
 */
import type { GeoContext } from 'd3-geo';
import type { Camera } from './camera';

/** the grid size in view units at a point: one of GRIDS */
export type Detail = (x: number, y: number) => number;

/** grid sizes, view units; 0.1 is the finest the basemap ever needs (1.4 px at the closest camera) */
export const GRIDS = [0.1, 0.2, 0.5, 1] as const;

/**
 * Detail for a story's cameras: a camera showing a square of side w on a screen of `sidePx`
 * needs about w / sidePx view units per pixel; a point takes the finest grid of any camera that
 * can show it, where a camera's reach is 1.5 w around its centre for screens of other shapes.
 * The grid is at most half a pixel's error on the largest screens at every camera.
 */
export function cameraDetail(cameras: readonly Camera[], sidePx = 1000): Detail {
	const sorted = [...cameras].sort((a, b) => a[2] - b[2]);
	return (x, y) => {
		const seenBy = sorted.find(([cx, cy, w]) => Math.abs(x - cx) <= 0.75 * w && Math.abs(y - cy) <= 0.75 * w);
		const need = seenBy ? seenBy[2] / sidePx : Infinity;
		return [...GRIDS].reverse().find((g) => g <= need) ?? GRIDS[0];
	};
}

/** a d3-geo path context that keeps the rings (or lines) it is drawn, in view units */
export class RingCollector implements GeoContext {
	rings: { points: [number, number][]; closed: boolean }[] = [];
	beginPath(): void {
		// each ring starts with moveTo
	}
	moveTo(x: number, y: number): void {
		this.rings.push({ points: [[x, y]], closed: false });
	}
	lineTo(x: number, y: number): void {
		this.rings[this.rings.length - 1]?.points.push([x, y]);
	}
	closePath(): void {
		const ring = this.rings[this.rings.length - 1];
		if (ring) ring.closed = true;
	}
	arc(): void {
		// points (d3's circles) do not occur in the basemap's polygons and lines
	}
}

/** tenths of a unit as the shortest SVG number: 12 -> "1.2", 5 -> ".5", -130 -> "-13" */
export function tenths(n: number): string {
	if (n % 10 === 0) return String(n / 10);
	const sign = n < 0 ? '-' : '';
	const a = Math.abs(n);
	return `${sign}${a >= 10 ? Math.floor(a / 10) : ''}.${a % 10}`;
}

/** numbers joined with a separator only where the path grammar needs one */
function joinNumbers(numbers: string[]): string {
	let out = '';
	numbers.forEach((s, i) => {
		const prev = numbers[i - 1];
		const glued = i === 0 || s.startsWith('-') || (s.startsWith('.') && prev!.includes('.'));
		out += glued ? s : ` ${s}`;
	});
	return out;
}

/**
 * Path data of the rings: each snapped to the grid of `detail`, without repeated points; closed
 * rings that shrink to under three points, or whose extent is under two grid cells both ways
 * (an islet smaller than about two pixels at the closest camera there), are left out.
 */
export function compactPath(rings: RingCollector['rings'], detail: Detail): string {
	const out: string[] = [];
	for (const ring of rings) {
		let pts: [number, number][] = [];
		const grid: number[] = [];
		let cell = 0;
		for (const [x, y] of ring.points) {
			const g = Math.round(detail(x, y) * 10);
			cell = Math.max(cell, g);
			const p: [number, number] = [Math.round((x * 10) / g) * g, Math.round((y * 10) / g) * g];
			const last = pts[pts.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) {
				pts.push(p);
				grid.push(g);
			}
		}
		if (ring.closed && pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) {
			pts.pop();
			grid.pop();
		}
		pts = simplified(pts, grid);
		if (pts.length < (ring.closed ? 3 : 2)) continue;
		if (ring.closed) {
			const xs = pts.map((p) => p[0]);
			const ys = pts.map((p) => p[1]);
			if (Math.max(...xs) - Math.min(...xs) < 2 * cell && Math.max(...ys) - Math.min(...ys) < 2 * cell) continue;
		}
		const numbers: string[] = [tenths(pts[0]![0]), tenths(pts[0]![1])];
		const deltas: string[] = [];
		for (let i = 1; i < pts.length; i++) deltas.push(tenths(pts[i]![0] - pts[i - 1]![0]), tenths(pts[i]![1] - pts[i - 1]![1]));
		out.push(`M${joinNumbers(numbers)}l${joinNumbers(deltas)}${ring.closed ? 'z' : ''}`);
	}
	return out.join('');
}

/**
 * Douglas-Peucker in tenths: a point stays when it lies further than half a grid cell (the
 * finer of the two ends' grids) from the line between the points kept around it. Half a cell is
 * at most a quarter to half a pixel on the largest screen at the closest camera there.
 */
export function simplified(pts: [number, number][], grid: readonly number[]): [number, number][] {
	if (pts.length < 3) return pts;
	const keep = new Uint8Array(pts.length);
	keep[0] = keep[pts.length - 1] = 1;
	const stack: [number, number][] = [[0, pts.length - 1]];
	while (stack.length > 0) {
		const [a, b] = stack.pop()!;
		const [ax, ay] = pts[a]!;
		const [bx, by] = pts[b]!;
		const [dx, dy] = [bx - ax, by - ay];
		const len = Math.hypot(dx, dy);
		let worst = -1;
		let far = 0;
		for (let i = a + 1; i < b; i++) {
			const [px, py] = pts[i]!;
			const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / len;
			if (d > far) {
				far = d;
				worst = i;
			}
		}
		if (worst >= 0 && far > Math.min(grid[a]!, grid[b]!) / 2) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	return pts.filter((_, i) => keep[i]);
}
