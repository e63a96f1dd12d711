/**
 * Paths made so far, by shape and radius: a move's samples ask for the same few again and again
 * (radii come rounded to 0.1 px, so there are a few hundred at most).
 */
const made = new Map<string, string>();

/** SVG path data for force symbols, centred on 0,0 with "radius" r in the caller's units. */
export function shapePath(shape: string, r: number): string {
	const key = `${shape} ${r}`;
	let d = made.get(key);
	if (d === undefined) made.set(key, (d = drawShape(shape, r)));
	return d;
}

function drawShape(shape: string, r: number): string {
	const f = (n: number) => Math.round(n * 100) / 100;
	const poly = (points: [number, number][]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)},${f(y)}`).join('') + 'Z';
	const ring = (n: number, radius: (k: number) => number, turn = -Math.PI / 2) =>
		poly(Array.from({ length: n }, (_, k) => [radius(k) * Math.cos(turn + (k * 2 * Math.PI) / n), radius(k) * Math.sin(turn + (k * 2 * Math.PI) / n)]));
	switch (shape) {
		case 'square':
			return poly([[-r * 0.88, -r * 0.88], [r * 0.88, -r * 0.88], [r * 0.88, r * 0.88], [-r * 0.88, r * 0.88]]);
		case 'triangle':
			return ring(3, () => r * 1.25);
		case 'diamond':
			return ring(4, () => r * 1.2);
		case 'star':
			return ring(10, (k) => (k % 2 ? r * 0.55 : r * 1.3));
		case 'hexagon':
			return ring(6, () => r * 1.05, 0);
		case 'cross': {
			const a = r * 0.4;
			const b = r * 1.1;
			return poly([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
		}
		default:
			return `M${f(-r)},0A${f(r)},${f(r)} 0 1 0 ${f(r)},0A${f(r)},${f(r)} 0 1 0 ${f(-r)},0Z`;
	}
}
