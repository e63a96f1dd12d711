/**
 * How far past the story's region the basemap is drawn: a share of the view width on every
 * side, room for wide and tall screens around the widest camera. Shared by the basemap file and
 * the <image> that places it.
 */
export const BASEMAP_MARGIN = 0.3;

/** [x, y, width, height] of the basemap in view units */
export function basemapBox(width: number, height: number): [number, number, number, number] {
	const m = Math.round(width * BASEMAP_MARGIN);
	return [-m, -m, width + 2 * m, height + 2 * m];
}
