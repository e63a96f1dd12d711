/**
 * frameAt(scene, i, t): the picture on the way from step i-1 to step i, t in [0, 1].
 * frameAt(scene, i, 1) is step i at rest, and frameAt(scene, i, 0) looks exactly like step i-1
 * at rest, so playing a step's t backwards is how the map goes back a step.
 */
import { interpolateZoom } from 'd3-interpolate';
import type { Camera } from '../geo/camera';
import { pointAlong, type Point } from '../geo/polyline';
import { stateAt, type State, type Unit } from './state';
import type { Certainty, Scene, Strength } from './types';

export interface FrameUnit {
	key: string;
	force: string;
	x: number;
	y: number;
	/** radius in screen px */
	r: number;
	/** sideways shift in screen px, so that forces at one place stand side by side */
	dx: number;
	opacity: number;
	certainty: Certainty;
	strength?: Strength;
}

export interface FrameLine {
	key: string;
	path: string;
	force: string;
	/** share of the path drawn from its start, 0..1 */
	progress: number;
	opacity: number;
}

export interface FrameZone {
	id: string;
	force: string | null;
	opacity: number;
}

export interface FrameMarker {
	key: string;
	kind: 'clash' | 'treaty' | 'declaration' | 'incident';
	x: number;
	y: number;
	label: string;
	opacity: number;
}

export interface FrameLabel {
	id: string;
	opacity: number;
}

export interface Frame {
	index: number;
	stepId: string;
	date: string;
	camera: Camera;
	zones: FrameZone[];
	lines: FrameLine[];
	units: FrameUnit[];
	markers: FrameMarker[];
	labels: FrameLabel[];
}

/** symbol radius in screen px: area grows with troops, so radius with the square root */
export function radiusFor(strength: Strength | undefined): number {
	if (strength === undefined) return 5;
	const high = Array.isArray(strength) ? strength[1] : strength;
	return Math.round((4 + 1.6 * Math.sqrt(high / 1000)) * 10) / 10;
}

/** slow in, slow out */
export function ease(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** the t at which ease(t) is e, for e from 0 to 1 */
export function easeInverse(e: number): number {
	return e < 0.5 ? Math.cbrt(e / 4) : 1 - Math.cbrt(2 * (1 - e)) / 2;
}

const round = (n: number, k = 10) => Math.round(n * k) / k;
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export function frameAt(scene: Scene, index: number, t: number): Frame {
	const i = Math.max(0, Math.min(index, scene.steps.length - 1));
	const step = scene.steps[i]!;
	const before = stateAt(scene, i - 1);
	const after = stateAt(scene, i);
	const e = ease(Math.max(0, Math.min(1, t)));
	const path = (id: string) => ({ points: scene.paths[id]!.points, lengths: scene.paths[id]!.lengths });

	const from = scene.steps[i - 1]?.camera;
	const camera: Camera =
		!from || e === 1 ? step.camera : e === 0 ? from : (interpolateZoom(from, step.camera)(e).map((n) => round(n, 100)) as Camera);

	const units: FrameUnit[] = [];
	const lines: FrameLine[] = [];
	const place = (u: Unit, [x, y]: Point, r: number, opacity: number) =>
		units.push({
			key: u.key,
			force: u.force,
			x: round(x),
			y: round(y),
			r: round(r),
			dx: 0,
			opacity: round(opacity, 100),
			certainty: u.certainty,
			...(u.strength !== undefined ? { strength: u.strength } : {})
		});
	const line = (u: Unit, progress: number, opacity = 1) =>
		u.path && lines.push({ key: `${u.force}:${u.path}`, path: u.path, force: u.force, progress: round(progress, 1000), opacity });

	for (const u of after.units.values()) {
		const old = before.units.get(u.key);
		if (old) {
			place(u, [u.spot.x, u.spot.y], lerp(radiusFor(old.strength), radiusFor(u.strength), e), 1);
			if (u.holdsPath) line(u, 1);
		} else if (u.path) {
			place(u, pointAlong(path(u.path), e), radiusFor(u.strength), Math.min(1, e * 5));
			// an advance leaves its line drawn; a passage by sea fades once they are ashore
			line(u, e, u.holdsPath ? 1 : round(Math.min(1, (1 - e) * 4), 100));
		} else {
			place(u, [u.spot.x, u.spot.y], radiusFor(u.strength) * e, e);
		}
	}
	for (const d of after.departures) {
		const u = d.unit;
		const fade = round(1 - Math.max(0, (e - 0.75) / 0.25), 100);
		if (d.path) {
			place(u, pointAlong(path(d.path), e), radiusFor(u.strength), 1 - e);
		} else if (u.path) {
			// back the way they came: the line they held shrinks behind them
			place(u, pointAlong(path(u.path), 1 - e), radiusFor(u.strength), fade);
			if (u.holdsPath) line(u, 1 - e);
		} else if (d.to) {
			place(u, [lerp(u.spot.x, d.to.x, e), lerp(u.spot.y, d.to.y, e)], radiusFor(u.strength), fade);
		} else {
			place(u, [u.spot.x, u.spot.y], radiusFor(u.strength) * (1 - e), 1 - e);
		}
	}

	sideBySide(units);

	return {
		index: i,
		stepId: step.id,
		date: step.date,
		camera,
		zones: crossfade(zoneEntries(before), zoneEntries(after), e).map(([id, force, opacity]) => ({ id, force, opacity })),
		lines,
		units,
		markers: [
			...before.markers.map((m) => ({ m, opacity: round(1 - e, 100) })),
			...after.markers.map((m) => ({ m, opacity: round(e, 100) }))
		].map(({ m, opacity }) => ({ key: m.key, kind: m.kind, x: m.spot.x, y: m.spot.y, label: m.label, opacity })),
		labels: crossfade(labelEntries(scene, before), labelEntries(scene, after), e).map(([id, , opacity]) => ({ id, opacity }))
	};
}

/**
 * The forces drawn in the camera's square (a little beyond, for screens wider or taller than it),
 * for a legend that names only what the reader can see.
 */
export function forcesInView(frame: Frame): string[] {
	const [cx, cy, w] = frame.camera;
	const reach = w * 0.6;
	const seen = frame.units.filter((u) => u.opacity > 0.3 && Math.abs(u.x - cx) <= reach && Math.abs(u.y - cy) <= reach);
	return [...new Set(seen.map((u) => u.force))];
}

/** forces drawn at the same spot stand in a row centred on it, ordered by force id */
function sideBySide(units: FrameUnit[]): void {
	const groups = new Map<string, FrameUnit[]>();
	for (const u of units) {
		if (u.opacity <= 0 || u.r <= 0) continue;
		const key = `${Math.round(u.x)},${Math.round(u.y)}`;
		groups.set(key, [...(groups.get(key) ?? []), u]);
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => (a.force < b.force ? -1 : 1));
		const gap = 2;
		let left = -(group.reduce((w, u) => w + 2 * u.r + gap, -gap) / 2);
		for (const u of group) {
			u.dx = round(left + u.r);
			left += 2 * u.r + gap;
		}
	}
}

function zoneEntries(s: State): [string, string | null][] {
	return [...s.zones.entries()];
}

/** the places named on the map at a state: where troops stand, where markers are, what the camera shows */
function labelEntries(scene: Scene, s: State): [string, null][] {
	const ids = new Set<string>(s.index >= 0 ? scene.steps[s.index]!.focus : []);
	for (const u of s.units.values()) if (scene.places[u.spot.key]) ids.add(u.spot.key);
	for (const m of s.markers) if (scene.places[m.spot.key]) ids.add(m.spot.key);
	return [...ids].map((id) => [id, null]);
}

/** entries of both sides, those only before fading out and those only after fading in */
function crossfade<V>(before: [string, V][], after: [string, V][], e: number): [string, V, number][] {
	const out: [string, V, number][] = [];
	const afterIds = new Map(after);
	for (const [id, v] of before) out.push([id, afterIds.has(id) ? afterIds.get(id)! : v, afterIds.has(id) ? 1 : round(1 - e, 100)]);
	const beforeIds = new Set(before.map(([id]) => id));
	for (const [id, v] of after) if (!beforeIds.has(id)) out.push([id, v, round(e, 100)]);
	return out;
}
