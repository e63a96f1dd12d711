/**
 * The scene: what the browser gets of a story. Every coordinate is already projected to view
 * units and every name is in the page's language; prose stays in the HTML, not here.
 */
import type { Camera } from '../geo/camera';
import type { Point } from '../geo/polyline';

export type Certainty = 'confirmed' | 'approx' | 'disputed';
/** troops: a count, or a [low, high] range */
export type Strength = number | [number, number];

export interface ScenePlace {
	x: number;
	y: number;
	name: string;
	/** the era's name where it differs (Japanese pages only), shown beside the modern one */
	historical?: string;
	anchor: 'right' | 'left' | 'above' | 'below' | 'none';
}

export interface SceneForce {
	label: string;
	color: string;
	shape: string;
	side: string;
}

export interface ScenePath {
	points: Point[];
	/** cumulative lengths in view units, last = total */
	lengths: number[];
	kind: 'railway' | 'sea' | 'river' | 'road';
}

export interface SceneZone {
	d: string;
	kind: 'area' | 'line';
	color: string;
	name: string;
	/** where its name is written */
	labelAt: Point;
}

/** a position: a gazetteer place, or a bare point at the end of a waypoint route */
export interface SceneSpot {
	key: string;
	x: number;
	y: number;
}

export type SceneAction =
	| { type: 'arrive'; verb: 'land' | 'advance' | 'hold' | 'occupy'; force: string; at: SceneSpot; path?: string; strength?: Strength; certainty: Certainty }
	| { type: 'leave'; verb: 'withdraw' | 'evacuate'; force: string; from: SceneSpot; to?: SceneSpot; path?: string }
	| { type: 'zone'; zone: string; force?: string; show: boolean }
	| { type: 'marker'; kind: 'clash' | 'treaty' | 'declaration' | 'incident'; at: SceneSpot; label: string; forces: string[] };

export interface SceneStep {
	id: string;
	sectionId: string;
	date: string;
	approx: boolean;
	camera: Camera;
	/** how long the move into this step takes, ms */
	duration: number;
	/** place ids the camera was asked to show; their names are drawn */
	focus: string[];
	actions: SceneAction[];
}

export interface Scene {
	id: string;
	lang: 'ja' | 'en';
	width: number;
	height: number;
	places: Record<string, ScenePlace>;
	forces: Record<string, SceneForce>;
	paths: Record<string, ScenePath>;
	zones: Record<string, SceneZone>;
	/** names of the approximate 1917-1925 areas of the basemap, with what each takes in, where they are written */
	areas: { id: string; name: string; note: string; x: number; y: number }[];
	/** the story's routes, drawn faintly as the network the troops move on (path ids) */
	network: string[];
	steps: SceneStep[];
	/** published ids that were renamed or removed -> the id that replaced them, for old links */
	redirects: Record<string, string>;
}
