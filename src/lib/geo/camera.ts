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

/** the fixed square (view box side) that a map is drawn into; the camera moves a transform inside it */
export const FRAME_SIDE = 1000;

/**
 * The transform that brings a camera's square onto the fixed square 0..FRAME_SIDE. Moving the
 * camera by this transform instead of the viewBox spares the browser a layout of every basemap
 * path at each frame (about 10 ms a frame for the flagship's basemap, measured by `npm run bench`).
 */
export function cameraTransform([cx, cy, w]: Camera): string {
	const k = FRAME_SIDE / w;
	const r = (n: number) => Math.round(n * 100) / 100;
	return `matrix(${Math.round(k * 1e5) / 1e5} 0 0 ${Math.round(k * 1e5) / 1e5} ${r(-(cx - w / 2) * k)} ${r(-(cy - w / 2) * k)})`;
}
