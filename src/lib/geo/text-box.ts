/**
 * Rough boxes of what the map writes and draws in its screen layer, in screen px, for placing
 * names clear of each other without asking the browser (no DOM reads: this runs every frame and
 * on the server).
 */

/** [left, top, right, bottom] in screen px, y down */
export type Box = [x0: number, y0: number, x1: number, y1: number];

/**
 * Widths in ems of the texts measured so far, by weight and text: a move's samples measure the
 * same few dozen names again and again (a map's names, not the reader's input, so it stays small).
 */
const emsOf = new Map<string, number>();

/**
 * rough advance of a line of text, px: CJK glyphs are square, Latin ones about half as wide, and
 * in bold (700) up to 0.65 of the size (measured in this Chromium's sans: 0.57 to 0.65 for the
 * flagship's marker labels, 0.50 to 0.58 without bold)
 */
export function textWidth(text: string, size: number, bold = false): number {
	const key = bold ? `b${text}` : `r${text}`;
	let ems = emsOf.get(key);
	if (ems === undefined) {
		const latin = bold ? 0.66 : 0.58;
		ems = [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? latin : 1), 0);
		emsOf.set(key, ems);
	}
	return ems * size;
}

/**
 * The box of a line of text `width` px long whose baseline starts, centres or ends at (x, y) as
 * SVG's text-anchor says, with the 1.5 px white halo the map draws round its names. Ascent and
 * descent are shares of the font size (those of Noto Sans JP, rounded up).
 */
export function textBox(x: number, y: number, width: number, size: number, anchor: 'start' | 'middle' | 'end'): Box {
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return [x0 - 1.5, y - 0.88 * size - 1.5, x0 + width + 1.5, y + 0.22 * size + 1.5];
}

/** the box round a circle (or a symbol drawn within one) of radius r px at (x, y) */
export function circleBox(x: number, y: number, r: number): Box {
	return [x - r, y - r, x + r, y + r];
}

/** the area (px²) that two boxes share */
export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
	const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
	return w > 0 && h > 0 ? w * h : 0;
}
