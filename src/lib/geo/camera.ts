/**
 * Cameras as d3-interpolate's zoom views: [cx, cy, w] in view units, where w is the side of a
 * square that must be visible (the SVG shows it with preserveAspectRatio "meet", so on any screen
 * shape the whole square is in view and the extra room shows more map). Smaller w is closer.
 */
export type Camera = [cx: number, cy: number, w: number];
type Point = readonly [number, number];

/** smallest camera that shows every point with `padding` (share of the view) around them */
export function fitCamera(points: readonly Point[], padding: number, minWidth: number): Camera {
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const side = Math.max(x1 - x0, y1 - y0, minWidth) / (1 - 2 * Math.min(padding, 0.45));
	return [(x0 + x1) / 2, (y0 + y1) / 2, side];
}

/** zoom 1 shows `fullWidth`; each step up halves it */
export function zoomCamera(center: Point, zoom: number, fullWidth: number): Camera {
	return [center[0], center[1], fullWidth / 2 ** (zoom - 1)];
}

/** the SVG viewBox that shows a camera's square */
export function viewBox([cx, cy, w]: Camera): string {
	const r = (n: number) => Math.round(n * 100) / 100;
	return `${r(cx - w / 2)} ${r(cy - w / 2)} ${r(w)} ${r(w)}`;
}
