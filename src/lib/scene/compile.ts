/**
 * Story (validated, both languages, lat/lon) -> Scene (one language, view units). Runs at build
 * time so that the browser does no projection and no lookups by name.
 */
import { interpolateZoom } from 'd3-interpolate';
import { fitCamera, zoomCamera, type Camera } from '../geo/camera';
import { polyline, pathData, type Point } from '../geo/polyline';
import { projectLatLon, storyProjection, type StoryProjection } from '../geo/projection';
import type { Lang, Story, StoryAction, StoryStep, Waypoint } from '../story/schema';
import { PERIOD_AREAS } from '../geo/period';
import type { Scene, SceneAction, ScenePath, SceneSpot, SceneStep } from './types';

/** the closest a camera may get: the side of its square in view units (~1/16 of the map) */
const MIN_CAMERA_WIDTH = 60;
/** bounds for the move into a step, ms: long enough to follow, short enough not to wait for */
const MIN_DURATION = 900;
const MAX_DURATION = 2400;

export function compileScene(story: Story, lang: Lang): Scene {
	const proj = storyProjection(story.region);
	const placeById = new Map(story.places.map((p) => [p.id, p]));
	const routeById = new Map(story.routes.map((r) => [r.id, r]));

	const spotOf = (w: Waypoint): SceneSpot => {
		if (typeof w === 'string') {
			const p = placeById.get(w)!;
			const [x, y] = projectLatLon(proj, p.lat, p.lon);
			return { key: w, x, y };
		}
		const [x, y] = projectLatLon(proj, w[0], w[1]);
		return { key: `pt:${x},${y}`, x, y };
	};

	const places: Scene['places'] = {};
	for (const p of story.places) {
		const [x, y] = projectLatLon(proj, p.lat, p.lon);
		const historical = lang === 'ja' && p.historical && p.historical.ja !== p.name.ja ? p.historical.ja : undefined;
		places[p.id] = { x, y, name: p.name[lang], anchor: p.label, ...(historical ? { historical } : {}) };
	}

	const paths: Record<string, ScenePath> = {};
	const addPath = (id: string, waypoints: Waypoint[], kind: ScenePath['kind']): string => {
		if (!paths[id]) {
			const line = polyline(waypoints.map((w) => spotXY(spotOf(w))));
			paths[id] = { points: line.points, lengths: line.lengths.map((l) => Math.round(l * 10) / 10), kind };
		}
		return id;
	};
	/** a route as a path that starts (or ends) at a place: lanes are written once and walked both ways */
	const orientedRoute = (routeId: string, place: string, end: 'starts' | 'ends'): string => {
		const route = routeById.get(routeId)!;
		const first = route.via[0] === place;
		const reverse = end === 'starts' ? !first && route.via[route.via.length - 1] === place : first;
		return addPath(reverse ? `${routeId}:rev` : routeId, reverse ? [...route.via].reverse() : route.via, route.kind);
	};

	const compileAction = (a: StoryAction, where: string): SceneAction => {
		switch (a.type) {
			case 'land': {
				const path = a.by ? orientedRoute(a.by, a.at, 'ends') : undefined;
				return { type: 'arrive', verb: 'land', force: a.force, at: spotOf(a.at), ...(path ? { path } : {}), ...troops(a) };
			}
			case 'advance': {
				const route = typeof a.route === 'string' ? routeById.get(a.route)! : { id: where, via: a.route, kind: 'road' as const };
				const via = route.via;
				const i = a.from ? via.indexOf(a.from) : 0;
				const j = a.to ? via.indexOf(a.to) : via.length - 1;
				const leg = i <= j ? via.slice(i, j + 1) : via.slice(j, i + 1).reverse();
				const id = addPath(`${route.id}:${i}-${j}`, leg, route.kind);
				return { type: 'arrive', verb: 'advance', force: a.force, at: spotOf(leg[leg.length - 1]!), path: id, ...troops(a) };
			}
			case 'hold':
			case 'occupy':
				if (a.zone) return { type: 'zone', zone: a.zone, force: a.force, show: true };
				return { type: 'arrive', verb: a.type, force: a.force, at: spotOf(a.at!), ...troops(a) };
			case 'withdraw':
				return { type: 'leave', verb: 'withdraw', force: a.force, from: spotOf(a.from), ...(a.to ? { to: spotOf(a.to) } : {}) };
			case 'evacuate': {
				const path = a.by ? orientedRoute(a.by, a.from, 'starts') : undefined;
				return { type: 'leave', verb: 'evacuate', force: a.force, from: spotOf(a.from), ...(path ? { path } : {}) };
			}
			case 'clash':
				return { type: 'marker', kind: 'clash', at: spotOf(a.at), label: a.label?.[lang] ?? '', forces: a.forces };
			case 'mark':
				return { type: 'marker', kind: a.kind, at: spotOf(a.at), label: a.label[lang], forces: [] };
			case 'zone':
				return { type: 'zone', zone: a.zone, show: a.show, ...(a.force ? { force: a.force } : {}) };
		}
	};

	const steps: SceneStep[] = [];
	let previous: Camera | undefined;
	for (const section of story.sections) {
		for (const step of section.steps) {
			const camera = stepCamera(step, proj, spotOf);
			const zoomMs = previous ? interpolateZoom(previous, camera).duration : 0;
			steps.push({
				id: step.id,
				sectionId: section.id,
				date: step.date,
				approx: step.approx,
				camera,
				duration: Math.round(Math.min(MAX_DURATION, Math.max(MIN_DURATION, zoomMs * 0.8))),
				focus: focusPlaces(step, placeById),
				actions: step.actions.map((a, j) => compileAction(a, `${step.id}-${j}`))
			});
			previous = camera;
		}
	}

	const zones: Scene['zones'] = {};
	for (const z of story.zones) {
		const pts = z.points.map(([lat, lon]) => projectLatLon(proj, lat, lon));
		const n = pts.length;
		const labelAt: Point = z.kind === 'area' ? [avg(pts.map((p) => p[0])), avg(pts.map((p) => p[1]))] : pts[n - 1]!;
		zones[z.id] = { d: pathData(pts, z.kind === 'area'), kind: z.kind, color: z.color, name: z.name[lang], labelAt };
	}

	const network = story.routes.map((r) => addPath(r.id, r.via, r.kind));
	const areas = PERIOD_AREAS.map((a) => {
		const [x, y] = projectLatLon(proj, a.labelAt[0], a.labelAt[1]);
		return { id: a.id, name: a.name[lang], note: a.note[lang], x, y };
	});
	const forces: Scene['forces'] = {};
	for (const f of story.forces) forces[f.id] = { label: f.label[lang], color: f.color, shape: f.shape, side: f.side };

	return { id: story.id, lang, width: proj.width, height: proj.height, places, forces, paths, zones, areas, network, steps, redirects: story.redirects };
}

function troops(a: { strength?: number | [number, number]; certainty: 'confirmed' | 'approx' | 'disputed' }) {
	return { ...(a.strength !== undefined ? { strength: a.strength } : {}), certainty: a.certainty };
}

function spotXY(s: SceneSpot): Point {
	return [s.x, s.y];
}

function avg(ns: number[]): number {
	return Math.round((ns.reduce((a, b) => a + b, 0) / ns.length) * 10) / 10;
}

function stepCamera(step: StoryStep, proj: StoryProjection, spotOf: (w: Waypoint) => SceneSpot): Camera {
	const round = (c: Camera): Camera => [Math.round(c[0] * 10) / 10, Math.round(c[1] * 10) / 10, Math.round(c[2] * 10) / 10];
	if ('fit' in step.camera) {
		return round(fitCamera(step.camera.fit.map((w) => spotXY(spotOf(w))), step.camera.padding, MIN_CAMERA_WIDTH));
	}
	return round(zoomCamera(spotXY(spotOf(step.camera.center)), step.camera.zoom, proj.width));
}

/** places whose names the step should show: what the camera fits and what the actions touch */
function focusPlaces(step: StoryStep, places: Map<string, unknown>): string[] {
	const ids = new Set<string>();
	const add = (w: unknown) => typeof w === 'string' && places.has(w) && ids.add(w);
	if ('fit' in step.camera) step.camera.fit.forEach(add);
	else add(step.camera.center);
	for (const a of step.actions) {
		for (const key of ['at', 'from', 'to'] as const) if (key in a) add((a as Record<string, unknown>)[key]);
	}
	return [...ids];
}
