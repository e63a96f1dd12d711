/**
 * Where to write zone names (an occupied area, a railway held, a border) so that they do not
 * cover the place names, dots and forces drawn in the same frame. Pure and cheap: it runs on every
 * animation frame, with the rough text boxes of text-box.ts and no DOM reads.
 */
import { overlapArea, textBox, textWidth, type Box } from './text-box';

/** font size of zone names, px */
export const ZONE_NAME_SIZE = 11;

export interface ZoneName {
	/** the zone's own spot for its name (its labelAt), in screen px; the text is centred on it */
	x: number;
	y: number;
	text: string;
	/** a name faded out (0) is not drawn, so it stays on its spot and takes no room */
	opacity: number;
}

/**
 * The shifts tried, nearest first: up to three lines up or down, and sideways by eighths of the
 * name's width up to half of it (so that a name on a line's end can end at that end), px.
 */
function shifts(width: number): [number, number][] {
	const line = Math.round(ZONE_NAME_SIZE * 1.3 * 10) / 10;
	const out: [number, number][] = [];
	for (const k of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
		for (const j of [0, -1, 1, -2, 2, -3, 3]) out.push([(k * width) / 8, j * line]);
	}
	// a stable sort: at equal distance, left before right and up before down, so the choice is deterministic
	return out.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
}

/** how much of a name's box is covered by what is drawn, or falls outside the frame, px² */
function cost(box: Box, taken: readonly Box[], frame: Box | undefined): number {
	let c = frame ? (box[2] - box[0]) * (box[3] - box[1]) - overlapArea(box, frame) : 0;
	for (const t of taken) c += overlapArea(box, t);
	return c;
}

/**
 * Each name's shift [dx, dy] px from its spot: the nearest shift at which its box meets none of
 * `taken` (boxes of names and marks already drawn) nor a name placed before it, and stays inside
 * `frame` if given; when no shift is clear, the one least covered, nearest first. Names are placed
 * in the order given; names faded out are left where they are.
 */
export function zoneNameShifts(names: readonly ZoneName[], taken: readonly Box[], frame?: Box): [number, number][] {
	const drawn = [...taken];
	return names.map((name) => {
		if (name.opacity <= 0) return [0, 0];
		const width = textWidth(name.text, ZONE_NAME_SIZE);
		let best: { shift: [number, number]; box: Box; cost: number } | undefined;
		for (const [dx, dy] of shifts(width)) {
			const box = textBox(name.x + dx, name.y + dy, width, ZONE_NAME_SIZE, 'middle');
			const c = cost(box, drawn, frame);
			// a clear margin over rounding noise, so that equal covers keep the nearer shift
			if (!best || c < best.cost - 1e-6) best = { shift: [Math.round(dx * 10) / 10, Math.round(dy * 10) / 10], box, cost: c };
			if (c === 0) break;
		}
		drawn.push(best!.box);
		return best!.shift;
	});
}
