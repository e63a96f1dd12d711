/**
 * What the map's screen layer draws for a frame: every name, dot, marker and force as a record of
 * ready attribute values (positions already in screen px). MapView only writes them out.
 *
 * Records that draw the same as before a step change are the old objects (`sameAsBefore`), so
 * that Svelte hands the browser new attributes only for the marks that change: each changed
 * mark costs style, layout and paint of its SVG element in the step change's task.
 */
import { screenPoint } from '$lib/geo/camera';
import { circleBox, overlapArea, textBox, textWidth, type Box } from '$lib/geo/text-box';
import { zoneNameShifts } from '$lib/geo/zone-label';
import type { Frame } from '$lib/scene/frame';
import type { Scene } from '$lib/scene/types';
import { colour } from './palette';
import { shapePath } from './shapes';

/** what every mark has: its key, its point in screen px (its drawing is around 0,0) and opacity */
interface Placed {
	key: string;
	x: number;
	y: number;
	opacity: number;
}
export interface AreaMark extends Placed {
	kind: 'area';
	text: string;
	/** written under the name, smaller (AREA_NOTE) */
	note: string;
}
export interface ZoneNameMark extends Placed {
	kind: 'zone-name';
	fill: string;
	text: string;
	/** px the name was moved from its spot, clear of the other marks */
	shift: readonly [number, number];
}
export interface PlaceMark extends Placed {
	kind: 'place';
	/** the name's offset from the dot in px, or undefined for a place drawn without its name */
	name: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; text: string; historical: string | undefined } | undefined;
}
export interface MarkerMark extends Placed {
	kind: 'marker';
	marker: Frame['markers'][number]['kind'];
}
export interface MarkerLabelMark extends Placed {
	kind: 'marker-label';
	text: string;
}
export interface UnitMark extends Placed {
	kind: 'unit';
	force: string;
	strength: string | undefined;
	colour: string;
	/** the symbol's radius, px */
	r: number;
	/** the symbol's path, and the dashed ring's around an uncertain strength */
	d: string;
	ring: string | undefined;
}
export type ScreenMark = AreaMark | ZoneNameMark | PlaceMark | MarkerMark | MarkerLabelMark | UnitMark;
/** the layers, bottom to top: marker shapes under the forces, so that a treaty or a clash never hides who was there */
export interface ScreenMarks {
	areas: AreaMark[];
	zoneNames: ZoneNameMark[];
	places: PlaceMark[];
	markers: MarkerMark[];
	units: UnitMark[];
	markerLabels: MarkerLabelMark[];
}

/** sizes in screen px that ScreenMark draws with and the boxes here reckon with: text sizes, and a place's dot radius */
export const MARK_SIZE = { area: 13, place: 12, historical: 10, marker: 12, dot: 2.2 } as const;
/** an area's note: its size, and its baseline's px below the name's */
export const AREA_NOTE = { size: 10, dy: 13 } as const;
const ANCHOR = { right: 'start', left: 'end', above: 'middle', below: 'middle', none: 'middle' } as const;
/** the other side of a dot, for a name written beside it */
const OTHER_SIDE = { right: 'left', left: 'right', above: undefined, below: undefined, none: undefined } as const;
const f = (n: number) => Math.round(n * 100) / 100;

/** px kept between a name and the square's edge */
const LABEL_INSET = 4;
/** px a marker's label goes up to clear a place's name on its line: the height of a name's box (12 px text and halo, see textBox), rounded up */
const MARKER_LINE = 17;

/** whether a line `width` px long fits across a square `side` px wide, inset from both edges */
const fitsAcross = (width: number, side: number) => width + 2 * LABEL_INSET <= side;

/** whether a marker's label can be kept whole on a square `side` px wide (markerLabelX centres one that cannot) */
export function markerLabelFits(text: string, side: number): boolean {
	return fitsAcross(textWidth(text, MARK_SIZE.marker, true), side);
}

/** px a place's name is long, with its era's name in brackets after it where it has one */
export function placeNameWidth(place: { name: string; historical?: string }): number {
	return textWidth(place.name, MARK_SIZE.place) + (place.historical ? textWidth(`（${place.historical}）`, MARK_SIZE.historical) : 0);
}

/**
 * The centre x (px) of a marker's label `width` px long, over a marker at `x` on a square `side`
 * px wide: above the marker, moved in to stay whole on the square (a portrait phone shows the
 * square's width and no more), but never so far that it no longer spans the marker. It moves
 * with the marker without a jump, so a camera move slides it along the edge.
 */
export function markerLabelX(x: number, width: number, side: number): number {
	const half = width / 2;
	const whole = fitsAcross(width, side) ? Math.min(Math.max(x, half + LABEL_INSET), side - half - LABEL_INSET) : side / 2;
	return x + Math.min(Math.max(whole - x, -half), half);
}

/**
 * The screen layer of `frame` drawn `side` px square. Only marks within `margin` times the side
 * around the square are kept: a close camera leaves most places far off screen, and each drawn
 * mark costs its creation, its animation and its style at the main-thread frames of a move. `still` pictures drop the
 * forces that are not there (opacity 0), which a live map keeps so that they can fade.
 * Zone names are placed clear of the rest, unless `shifts` says where (a move's samples between
 * its ends take theirs from the ends: placing is nine tenths of the work).
 */
export function screenMarks(
	scene: Scene,
	frame: Frame,
	side: number,
	margin: number,
	still = false,
	shifts?: ReadonlyMap<string, readonly [number, number]>
): ScreenMarks {
	const at = screenPoint(frame.camera, side);
	const [low, high] = [-margin * side, (1 + margin) * side];
	const shows = (vx: number, vy: number) => {
		const [x, y] = at(vx, vy);
		return x >= low && x <= high && y >= low && y <= high;
	};
	const units = frame.units.filter((u) => (u.opacity > 0 || !still) && shows(u.x, u.y));
	const labels = frame.labels.filter((l) => shows(scene.places[l.id]!.x, scene.places[l.id]!.y));
	const markers = frame.markers.filter((m) => shows(m.x, m.y));

	// how far (px) each place's forces reach left, right and up/down from its dot, so that its
	// name is written clear of them rather than under a row of forces
	const reach: Record<string, { left: number; right: number; r: number }> = {};
	for (const u of frame.units) {
		if (u.opacity <= 0) continue;
		const id = u.key.slice(u.key.indexOf('@') + 1);
		const was = reach[id] ?? { left: 0, right: 0, r: 0 };
		reach[id] = { left: Math.max(was.left, u.r - u.dx), right: Math.max(was.right, u.r + u.dx), r: Math.max(was.r, u.r) };
	}
	/** the name's offset from its dot in px: 6 px clear of the dot or of its forces */
	const offset = (id: string, anchor: keyof typeof ANCHOR): [number, number] => {
		const near = reach[id] ?? { left: 0, right: 0, r: 0 };
		if (anchor === 'right') return [Math.max(6, near.right + 4), 4.2];
		if (anchor === 'left') return [-Math.max(6, near.left + 4), 4.2];
		if (anchor === 'above') return [0, -Math.max(9.6, near.r + 5)];
		if (anchor === 'below') return [0, Math.max(16.8, near.r + 14)];
		return [0, 0];
	};

	const areas = scene.areas.map((area) => {
		const [x, y] = at(area.x, area.y);
		const mark: AreaMark = { kind: 'area', key: area.id, x: f(x), y: f(y), opacity: 1, text: area.name, note: area.note };
		return {
			mark,
			boxes: () => [
				textBox(x, y, textWidth(area.name, MARK_SIZE.area), MARK_SIZE.area, 'middle'),
				textBox(x, y + AREA_NOTE.dy, textWidth(area.note, AREA_NOTE.size), AREA_NOTE.size, 'middle')
			]
		};
	});
	const places = labels.map((label) => {
		const p = scene.places[label.id]!;
		const [x, y] = at(p.x, p.y);
		const width = placeNameWidth(p);
		// a name beside its dot that would run off the square goes to the other side if it fits there
		const whole = (a: keyof typeof ANCHOR) => {
			const [dx] = offset(label.id, a);
			return a === 'right' ? x + dx + width <= side - LABEL_INSET : a === 'left' ? x + dx - width >= LABEL_INSET : true;
		};
		const other = OTHER_SIDE[p.anchor];
		const beside = other && x >= 0 && x <= side && !whole(p.anchor) && whole(other) ? other : p.anchor;
		const [dx, dy] = offset(label.id, beside);
		const anchor = ANCHOR[beside];
		const mark: PlaceMark = {
			kind: 'place',
			key: label.id,
			x: f(x),
			y: f(y),
			opacity: label.opacity,
			name: beside === 'none' ? undefined : { dx: f(dx), dy: f(dy), anchor, text: p.name, historical: p.historical }
		};
		return {
			mark,
			boxes: () => [circleBox(x, y, MARK_SIZE.dot), ...(beside === 'none' ? [] : [textBox(x + dx, y + dy, width, MARK_SIZE.place, anchor)])]
		};
	});
	const unitMarks = units.map((u) => {
		const [x, y] = at(u.x, u.y);
		const force = scene.forces[u.force]!;
		const strength = u.strength === undefined ? undefined : Array.isArray(u.strength) ? u.strength.join('-') : String(u.strength);
		return {
			mark: {
				kind: 'unit',
				key: u.key,
				x: f(x + u.dx),
				y: f(y),
				opacity: u.opacity,
				force: u.force,
				strength,
				colour: colour(force.color),
				r: u.r,
				d: shapePath(force.shape, u.r),
				ring: u.certainty === 'confirmed' ? undefined : shapePath('circle', u.r + 3)
			} satisfies UnitMark,
			// a symbol reaches 1.3 times its radius (the star), an uncertain force's dashed ring 3 px past it; plus half the stroke
			boxes: () => [circleBox(x + u.dx, y, Math.max(1.3 * u.r, u.certainty === 'confirmed' ? 0 : u.r + 3.6) + 0.75)],
			shown: u.opacity > 0
		};
	});
	/** the boxes of the places shown, names and dots: marker labels and zone names keep clear of them */
	let shownPlaces: Box[] | undefined;
	const placeBoxes = () => (shownPlaces ??= places.filter((_, i) => labels[i]!.opacity > 0).flatMap((p) => p.boxes()));
	const markerMarks = markers.map((m) => {
		const [x, y] = at(m.x, m.y);
		const width = m.label ? textWidth(m.label, MARK_SIZE.marker, true) : 0;
		const lx = markerLabelX(x, width, side);
		// above the marker, or a line higher where that would cross a place's name
		const box = (ly: number) => textBox(lx, ly, width, MARK_SIZE.marker, 'middle');
		const ly = m.label && placeBoxes().some((b) => overlapArea(b, box(y - 12)) > 0) ? y - 12 - MARKER_LINE : y - 12;
		return {
			mark: { kind: 'marker', key: m.key, x: f(x), y: f(y), opacity: m.opacity, marker: m.kind } satisfies MarkerMark,
			label: m.label ? ({ kind: 'marker-label', key: m.key, x: f(lx), y: f(ly), opacity: m.opacity, text: m.label } satisfies MarkerLabelMark) : undefined,
			boxes: () => [circleBox(x, y, 10), ...(m.label ? [box(ly)] : [])],
			shown: m.opacity > 0
		};
	});

	// zone names go clear of everything else drawn in this frame: boxes from rough text widths,
	// so no DOM reads on an animation frame, and only reckoned when a zone is shown
	const zoneNames: ZoneNameMark[] = [];
	if (frame.zones.length > 0) {
		const names = frame.zones.map((shown) => {
			const zone = scene.zones[shown.id]!;
			const [x, y] = at(zone.labelAt[0], zone.labelAt[1]);
			return { x, y, text: zone.name, opacity: shown.opacity };
		});
		const taken = (): Box[] => [
			...areas.flatMap((a) => a.boxes()),
			...placeBoxes(),
			...unitMarks.filter((u) => u.shown).flatMap((u) => u.boxes()),
			...markerMarks.filter((m) => m.shown).flatMap((m) => m.boxes())
		];
		const placed = shifts ? frame.zones.map((z) => shifts.get(z.id) ?? ([0, 0] as const)) : zoneNameShifts(names, taken(), [0, 0, side, side]);
		frame.zones.forEach((shown, i) => {
			const zone = scene.zones[shown.id]!;
			const [dx, dy] = placed[i]!;
			zoneNames.push({
				kind: 'zone-name',
				key: shown.id,
				x: f(names[i]!.x + dx),
				y: f(names[i]!.y + dy),
				fill: colour((shown.force && scene.forces[shown.force]?.color) || zone.color),
				opacity: shown.opacity,
				text: zone.name,
				shift: [dx, dy]
			});
		});
	}
	return {
		areas: areas.map((a) => a.mark),
		zoneNames,
		places: places.map((p) => p.mark),
		markers: markerMarks.map((m) => m.mark),
		units: unitMarks.map((u) => u.mark),
		markerLabels: markerMarks.flatMap((m) => (m.label ? [m.label] : []))
	};
}

/** `next`, where each record that has the same fields as the one of its key in `before` is that one */
export function sameAsBefore<T extends { key: string }>(before: readonly T[], next: T[]): T[] {
	if (before.length === 0) return next;
	const old = new Map(before.map((item) => [item.key, item]));
	return next.map((item) => {
		const was = old.get(item.key);
		return was && sameFields(was, item) ? was : item;
	});
}

/** equal fields, one level into plain objects (a place's name) */
function sameFields(a: object, b: object): boolean {
	const [ra, rb] = [a as Record<string, unknown>, b as Record<string, unknown>];
	const keys = Object.keys(ra);
	return (
		keys.length === Object.keys(rb).length &&
		keys.every((k) => ra[k] === rb[k] || (typeof ra[k] === 'object' && typeof rb[k] === 'object' && ra[k] !== null && rb[k] !== null && sameFields(ra[k], rb[k] as object)))
	);
}
