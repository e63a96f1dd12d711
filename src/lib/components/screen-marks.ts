/**
 * What the map's screen layer draws for a frame: every name, dot, marker and force as a record of
 * ready attribute values (positions already in screen px). MapView only writes them out.
 *
 * Records that draw the same as in the last frame are the last frame's objects (`sameAsBefore`),
 * so that while only a force moves, the browser is handed new attributes for that force alone:
 * every changed mark costs style, layout and paint of its SVG element at each frame.
 */
import { screenPoint } from '$lib/geo/camera';
import { circleBox, textBox, textWidth, type Box } from '$lib/geo/text-box';
import { zoneNameShifts } from '$lib/geo/zone-label';
import type { Frame } from '$lib/scene/frame';
import type { Scene } from '$lib/scene/types';
import { colour } from './palette';
import { shapePath } from './shapes';

export interface AreaMark {
	id: string;
	at: string;
	text: string;
}
export interface ZoneNameMark {
	id: string;
	at: string;
	fill: string;
	opacity: number;
	text: string;
}
export interface PlaceMark {
	id: string;
	/** the dot's transform */
	dot: string;
	/** the name's transform, or undefined for a place drawn without its name */
	at: string | undefined;
	anchor: 'start' | 'middle' | 'end';
	opacity: number;
	name: string;
	historical: string | undefined;
}
export interface MarkerMark {
	key: string;
	at: string;
	opacity: number;
	kind: Frame['markers'][number]['kind'];
	label: string;
	labelAt: string;
}
export interface UnitMark {
	key: string;
	at: string;
	opacity: number;
	force: string;
	strength: string | undefined;
	colour: string;
	/** the symbol's path, and the dashed ring's around an uncertain strength */
	d: string;
	ring: string | undefined;
}
export interface ScreenMarks {
	areas: AreaMark[];
	zoneNames: ZoneNameMark[];
	places: PlaceMark[];
	markers: MarkerMark[];
	units: UnitMark[];
}

/** label text sizes in screen px (the styles in MapView say the same) */
const SIZE = { area: 13, place: 12, historical: 10, marker: 12 } as const;
const ANCHOR = { right: 'start', left: 'end', above: 'middle', below: 'middle', none: 'middle' } as const;
const f = (n: number) => Math.round(n * 100) / 100;
const translate = (x: number, y: number) => `translate(${f(x)},${f(y)})`;

/**
 * The screen layer of `frame` drawn `side` px square. Only marks within `margin` times the side
 * around the square are kept: a close camera leaves most places far off screen, and each drawn
 * mark costs its style, layout and paint at every frame of a move. `still` pictures drop the
 * forces that are not there (opacity 0), which a live map keeps so that they can fade.
 */
export function screenMarks(scene: Scene, frame: Frame, side: number, margin: number, still = false): ScreenMarks {
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
		return { id: area.id, at: translate(x, y), text: area.name, box: textBox(x, y, textWidth(area.name, SIZE.area), SIZE.area, 'middle') };
	});
	const places = labels.map((label) => {
		const p = scene.places[label.id]!;
		const [x, y] = at(p.x, p.y);
		const [dx, dy] = offset(label.id, p.anchor);
		const anchor = ANCHOR[p.anchor];
		const width = textWidth(p.name, SIZE.place) + (p.historical ? textWidth(`（${p.historical}）`, SIZE.historical) : 0);
		return {
			mark: { id: label.id, dot: translate(x, y), at: p.anchor === 'none' ? undefined : translate(x + dx, y + dy), anchor, opacity: label.opacity, name: p.name, historical: p.historical },
			boxes: [circleBox(x, y, 2.2), ...(p.anchor === 'none' ? [] : [textBox(x + dx, y + dy, width, SIZE.place, anchor)])]
		};
	});
	const unitMarks = units.map((u) => {
		const [x, y] = at(u.x, u.y);
		const force = scene.forces[u.force]!;
		const strength = u.strength === undefined ? undefined : Array.isArray(u.strength) ? u.strength.join('-') : String(u.strength);
		return {
			mark: { key: u.key, at: translate(x + u.dx, y), opacity: u.opacity, force: u.force, strength, colour: colour(force.color), d: shapePath(force.shape, u.r), ring: u.certainty === 'confirmed' ? undefined : shapePath('circle', u.r + 3) },
			// a symbol reaches 1.3 times its radius (the star), an uncertain force's dashed ring 3 px past it; plus half the stroke
			box: circleBox(x + u.dx, y, Math.max(1.3 * u.r, u.certainty === 'confirmed' ? 0 : u.r + 3.6) + 0.75),
			shown: u.opacity > 0
		};
	});
	const markerMarks = markers.map((m) => {
		const [x, y] = at(m.x, m.y);
		return {
			mark: { key: m.key, at: translate(x, y), opacity: m.opacity, kind: m.kind, label: m.label, labelAt: translate(x, y - 12) },
			boxes: [circleBox(x, y, 10), ...(m.label ? [textBox(x, y - 12, textWidth(m.label, SIZE.marker), SIZE.marker, 'middle')] : [])],
			shown: m.opacity > 0
		};
	});

	// zone names go clear of everything else drawn in this frame: boxes from rough text widths,
	// so no DOM reads on an animation frame
	const zoneNames: ZoneNameMark[] = [];
	if (frame.zones.length > 0) {
		const taken: Box[] = [
			...areas.map((a) => a.box),
			...places.filter((_, i) => labels[i]!.opacity > 0).flatMap((p) => p.boxes),
			...unitMarks.filter((u) => u.shown).map((u) => u.box),
			...markerMarks.filter((m) => m.shown).flatMap((m) => m.boxes)
		];
		const names = frame.zones.map((shown) => {
			const zone = scene.zones[shown.id]!;
			const [x, y] = at(zone.labelAt[0], zone.labelAt[1]);
			return { x, y, text: zone.name, opacity: shown.opacity };
		});
		const shifts = zoneNameShifts(names, taken, [0, 0, side, side]);
		frame.zones.forEach((shown, i) => {
			const zone = scene.zones[shown.id]!;
			const [dx, dy] = shifts[i]!;
			zoneNames.push({
				id: shown.id,
				at: translate(names[i]!.x + dx, names[i]!.y + dy),
				fill: colour((shown.force && scene.forces[shown.force]?.color) || zone.color),
				opacity: shown.opacity,
				text: zone.name
			});
		});
	}
	return {
		areas: areas.map(({ id, at, text }) => ({ id, at, text })),
		zoneNames,
		places: places.map((p) => p.mark),
		markers: markerMarks.map((m) => m.mark),
		units: unitMarks.map((u) => u.mark)
	};
}

/** `next`, where each record that has the same fields as the one of its key in `before` is that one */
export function sameAsBefore<T extends object>(before: readonly T[], next: T[], key: (item: T) => string): T[] {
	if (before.length === 0) return next;
	const old = new Map(before.map((item) => [key(item), item]));
	return next.map((item) => {
		const was = old.get(key(item));
		return was && shallowEqual(was, item) ? was : item;
	});
}

/** the same screen layer, keeping last frame's record wherever nothing changed */
export function sameMarksAsBefore(before: ScreenMarks | undefined, next: ScreenMarks): ScreenMarks {
	if (!before) return next;
	return {
		areas: sameAsBefore(before.areas, next.areas, (a) => a.id),
		zoneNames: sameAsBefore(before.zoneNames, next.zoneNames, (z) => z.id),
		places: sameAsBefore(before.places, next.places, (p) => p.id),
		markers: sameAsBefore(before.markers, next.markers, (m) => m.key),
		units: sameAsBefore(before.units, next.units, (u) => u.key)
	};
}

function shallowEqual(a: object, b: object): boolean {
	const [ra, rb] = [a as Record<string, unknown>, b as Record<string, unknown>];
	const keys = Object.keys(ra);
	return keys.length === Object.keys(rb).length && keys.every((k) => ra[k] === rb[k]);
}
