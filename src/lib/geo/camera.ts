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

/**
 * Where points in view units land on a map drawn `side` px square under `camera`, in px from its
 * top left. Names, dots and forces are drawn in this screen space, at fixed px sizes: only their
 * positions change while the camera moves, so the browser never lays their text out again (SVG
 * text is laid out anew whenever an ancestor's scale changes).
 */
export function screenPoint([cx, cy, w]: Camera, side: number): (x: number, y: number) => [number, number] {
	const s = side / w;
	return (x, y) => [Math.round(((x - cx) * s + side / 2) * 10) / 10, Math.round(((y - cy) * s + side / 2) * 10) / 10];
}

/** the basemap image is drawn at most this many times, and at least 1 over it, its own size */
const BASEMAP_ZOOM = { min: 1 / 4, max: 64 };

/**
 * The scale at which the basemap image is laid out: the power of two nearest to the screen px per
 * view unit. Its strokes are set in the image's own px (non-scaling), so they stay within a factor
 * of 1.4 of their drawn width at any camera, while the camera itself only transforms a picture
 * that the browser rasterizes off the main thread. Powers of two: a move re-lays the image out
 * only when it crosses one.
 */
export function basemapZoom([, , w]: Camera, side: number): number {
	const z = 2 ** Math.round(Math.log2(side / w));
	return Math.min(BASEMAP_ZOOM.max, Math.max(BASEMAP_ZOOM.min, z));
}
