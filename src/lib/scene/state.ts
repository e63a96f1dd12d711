/**
 * stateAt(scene, i): who stands where after step i, as the fold of the actions of steps 0..i.
 * The map never remembers anything: any step, reached in any order, has exactly this state.
 */
import type { Certainty, Scene, SceneAction, SceneSpot, Strength } from './types';

export interface Unit {
	key: string;
	force: string;
	spot: SceneSpot;
	strength?: Strength;
	certainty: Certainty;
	/** the path it arrived by, walked back when it withdraws */
	path?: string;
	/** whether that path stays drawn as a line the force holds (advances) or was a passage (landings) */
	holdsPath: boolean;
}

/** troops that left in this step, and how, so the frame can animate their going */
export interface Departure {
	unit: Unit;
	verb: 'withdraw' | 'evacuate';
	/** a path to walk forwards (a sea lane out) */
	path?: string;
	to?: SceneSpot;
}

export interface Marker {
	key: string;
	kind: 'clash' | 'treaty' | 'declaration' | 'incident';
	spot: SceneSpot;
	label: string;
	forces: string[];
}

export interface State {
	index: number;
	units: Map<string, Unit>;
	/** zone id -> force colouring it, or null for a plain outline */
	zones: Map<string, string | null>;
	/** this step's markers only */
	markers: Marker[];
	/** this step's departures only */
	departures: Departure[];
}

export const EMPTY_STATE: State = { index: -1, units: new Map(), zones: new Map(), markers: [], departures: [] };

export function unitKey(force: string, spot: SceneSpot): string {
	return `${force}@${spot.key}`;
}

/** the state after applying one step's actions to the state before it */
export function applyStep(before: State, actions: readonly SceneAction[], index: number): State {
	const units = new Map(before.units);
	const zones = new Map(before.zones);
	const markers: Marker[] = [];
	const departures: Departure[] = [];
	for (const a of actions) {
		switch (a.type) {
			case 'arrive': {
				const key = unitKey(a.force, a.at);
				const old = units.get(key);
				const arrivedNow = !old;
				units.set(key, {
					key,
					force: a.force,
					spot: a.at,
					strength: a.strength ?? old?.strength,
					certainty: a.strength !== undefined ? a.certainty : (old?.certainty ?? a.certainty),
					...(arrivedNow && a.path ? { path: a.path } : old?.path ? { path: old.path } : {}),
					holdsPath: arrivedNow ? a.verb === 'advance' : (old?.holdsPath ?? false)
				});
				break;
			}
			case 'leave': {
				const key = unitKey(a.force, a.from);
				const unit = units.get(key);
				if (!unit) break; // the checker refuses this for stories; scenes built by hand may still try
				units.delete(key);
				departures.push({ unit, verb: a.verb, ...(a.path ? { path: a.path } : {}), ...(a.to ? { to: a.to } : {}) });
				if (a.to) {
					const toKey = unitKey(a.force, a.to);
					const there = units.get(toKey);
					units.set(toKey, there ?? { key: toKey, force: a.force, spot: a.to, certainty: unit.certainty, holdsPath: false });
				}
				break;
			}
			case 'zone':
				if (a.show) zones.set(a.zone, a.force ?? null);
				else zones.delete(a.zone);
				break;
			case 'marker':
				markers.push({ key: `${index}:${markers.length}`, kind: a.kind, spot: a.at, label: a.label, forces: a.forces });
				break;
		}
	}
	return { index, units, zones, markers, departures };
}

const cache = new WeakMap<Scene, State[]>();

/** the state after step `index` (clamped to the story); -1 is the empty map before the first step */
export function stateAt(scene: Scene, index: number): State {
	if (index < 0) return EMPTY_STATE;
	let states = cache.get(scene);
	if (!states) {
		states = [];
		let state = EMPTY_STATE;
		scene.steps.forEach((step, i) => {
			state = applyStep(state, step.actions, i);
			states!.push(state);
		});
		cache.set(scene, states);
	}
	return states[Math.min(index, states.length - 1)]!;
}
