/** Measuring and walking along polylines in view units. */
export type Point = [number, number];

export interface Polyline {
	points: Point[];
	/** cumulative length at each point; the last entry is the total length */
	lengths: number[];
}

export function polyline(points: Point[]): Polyline {
	const lengths = [0];
	for (let i = 1; i < points.length; i++) {
		const [ax, ay] = points[i - 1]!;
		const [bx, by] = points[i]!;
		lengths.push(lengths[i - 1]! + Math.hypot(bx - ax, by - ay));
	}
	return { points, lengths };
}

export function totalLength(line: Polyline): number {
	return line.lengths[line.lengths.length - 1] ?? 0;
}

/** the point a share `t` (0..1) of the way along the line */
export function pointAlong(line: Polyline, t: number): Point {
	const { points, lengths } = line;
	if (points.length === 1 || t <= 0) return points[0]!;
	const target = Math.min(t, 1) * totalLength(line);
	// binary search for the segment holding the target length
	let lo = 0;
	let hi = lengths.length - 1;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (lengths[mid]! < target) lo = mid;
		else hi = mid;
	}
	const segment = lengths[hi]! - lengths[lo]!;
	const k = segment === 0 ? 0 : (target - lengths[lo]!) / segment;
	const [ax, ay] = points[lo]!;
	const [bx, by] = points[hi]!;
	return [ax + (bx - ax) * k, ay + (by - ay) * k];
}

/** SVG path data for the line, coordinates rounded to 0.1 */
export function pathData(points: readonly Point[], closed = false): string {
	const r = (n: number) => Math.round(n * 10) / 10;
	return points.map(([x, y], i) => `${i ? 'L' : 'M'}${r(x)},${r(y)}`).join('') + (closed ? 'Z' : '');
}

/**
 * The runs of a polyline that can show inside a box [x0, y0, x1, y1]: a point is kept when a
 * segment touching it has a bounding box overlapping the box, so every visible segment survives
 * whole and lines still reach the edge. Exported pictures use it to drop the far reaches of
 * long railways.
 */
export function runsInBox(points: readonly Point[], [x0, y0, x1, y1]: readonly [number, number, number, number]): Point[][] {
	const near = (a: Point, b: Point) => Math.max(a[0], b[0]) >= x0 && Math.min(a[0], b[0]) <= x1 && Math.max(a[1], b[1]) >= y0 && Math.min(a[1], b[1]) <= y1;
	const runs: Point[][] = [];
	let run: Point[] = [];
	points.forEach((p, i) => {
		const prev = points[i - 1];
		const next = points[i + 1];
		if ((prev && near(prev, p)) || (next && near(p, next)) || (!prev && !next && near(p, p))) run.push(p);
		else if (run.length > 0) {
			runs.push(run);
			run = [];
		}
	});
	if (run.length > 0) runs.push(run);
	return runs;
}
