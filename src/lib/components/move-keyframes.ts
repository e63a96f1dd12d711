/**
 * A move of the map as Web Animations keyframes: frameAt sampled along the move, and for each
 * mark, line and zone that changes on the way, its transform, opacity or dash offset at each
 * sample. The browser runs transforms and opacity on the compositor, so once a move has started
 * it costs the main thread no script or layout per frame, only the style of the animated
 * elements when a main-thread frame is made for something else (scrolling, a line's dash offset).
 * Frame by frame, a move of the flagship cost 13–26 ms of main-thread work per frame at 4x.
 * What the keyframes leave out changes at the move's start: a name's side, a force's shape and
 * colour. MapView draws the camera layer and basemap for one sample's camera and lets the
 * browser scale them, drawing them again where the move crosses a power of two of the zoom.
 */
import type { Camera } from '$lib/geo/camera';
import { easeInverse, frameAt, type Frame, type FrameLine, type FrameZone } from '$lib/scene/frame';
import type { Scene } from '$lib/scene/types';
import { screenMarks, type ScreenMarks } from './screen-marks';

/** frameAt(scene, index, t) for t running from `from` to `to` */
export interface MoveSpan {
	index: number;
	from: number;
	to: number;
	/** ms */
	duration: number;
}

/**
 * Samples of a move, its two ends included. They are evenly spaced in how far the move has come
 * (ease(t)), not in time, and the browser eases time by MOVE_EASING: the speed then rises and
 * falls smoothly through each sample, and only the path is straight between them. Measured on the
 * flagship's 49 moves (an 800 px map, the drawn motion against frameAt at 99 times in each): with
 * 10 samples, forces and names stray at most 37 px from frameAt's path, and at a sample their
 * speed changes by 11 % of their top speed (median; 27 % at the 95th percentile). The 16 samples
 * evenly spaced in time used before strayed 56 px and changed speed by 15 % (29 %). Fewer
 * samples are less to work out (each about 0.2 ms of script unthrottled, in idle time or at the
 * step change). They do not make a move's frames cheaper: in each frame the main thread makes
 * during a move, the browser works out the style of every animated mark anew, at about 60 µs a
 * mark at 4x CPU throttling whether its keyframes are 2 or 10 (a page of 80 animated marks).
 */
export const SAMPLES = 10;

/**
 * The browser's easing of a move's keyframes: ease(t) (4t³ in, out) within 0.85 % of the way
 * at every t. Marks, lines and map all use it, so they stay together.
 */
export const MOVE_EASING = 'cubic-bezier(0.66, 0, 0.34, 1)';

/** the share of a move's duration at which sample `j` of `count` shows */
export function sampleShare(j: number, count: number): number {
	return easeInverse(j / (count - 1));
}

/**
 * A mark further than this share of the side off the map's square at every sample is off any
 * screen up to 2.5 times as wide as tall (a landscape phone is 2.2) for the whole move: it is
 * not animated, and stays where it ends, off screen.
 */
export const SEEN_MARGIN = 0.75;

export type Layer = keyof ScreenMarks;

export interface MoveKeyframes {
	/** the screen layer: the end's marks, then those seen only on the way (as last seen, opacity 0) */
	marks: ScreenMarks;
	lines: FrameLine[];
	zones: FrameZone[];
	/**
	 * Keyframes of what changes on the way, by layer and key, with only the properties that change
	 * (a mark, line or zone that stays as it is has none). Marks move by the CSS `translate` and grow
	 * by `scale`: property-indexed, with those, the browser starts an animation in about a third of
	 * the time a list of `transform` keyframes takes (0.065 against 0.2 ms a call, unthrottled). It
	 * runs them on the compositor only on HTML elements, hence MapView's box around each mark.
	 */
	keyframes: { [L in Layer]: Map<string, PropertyIndexedKeyframes> } & { lines: Map<string, PropertyIndexedKeyframes>; zones: Map<string, PropertyIndexedKeyframes> };
	/** the camera at each sample, or undefined when it stays */
	cameras: Camera[] | undefined;
}

/** the samples' values of t, from `from` to `to`, both included: see SAMPLES */
export function sampleTimes(span: MoveSpan): number[] {
	return Array.from({ length: SAMPLES }, (_, j) => span.from + (span.to - span.from) * sampleShare(j, SAMPLES));
}

/**
 * The keyframes of `span` for a map drawn `side` px square, keeping screen marks within `margin`
 * sides of it (as MapView does). The last sample is the move's end, frameAt(scene, index, to).
 */
export function moveKeyframes(scene: Scene, span: MoveSpan, side: number, margin: number): MoveKeyframes {
	const slices = moveKeyframesBySample(scene, span, side, margin);
	let slice = slices.next();
	while (!slice.done) slice = slices.next();
	return slice.value;
}

/**
 * moveKeyframes, pausing after each sample it works out (about 1 ms at 4x CPU throttling): a page
 * working ahead in idle time stops when its slice of time is up and goes on in the next.
 */
export function* moveKeyframesBySample(scene: Scene, span: MoveSpan, side: number, margin: number): Generator<void, MoveKeyframes> {
	const times = sampleTimes(span);
	const frames: Frame[] = [frameAt(scene, span.index, times[0]!)];
	const end = frameAt(scene, span.index, times[times.length - 1]!);
	// zone names are placed at the ends; between them each keeps the shift of the end that shows it
	const [first, last] = [frames[0]!, end].map((frame) => screenMarks(scene, frame, side, margin));
	const shifts = new Map([...first!.zoneNames, ...last!.zoneNames].map((z) => [z.key, z.shift]));
	const samples = [first!];
	for (const t of times.slice(1, -1)) {
		yield;
		const frame = frameAt(scene, span.index, t);
		frames.push(frame);
		samples.push(screenMarks(scene, frame, side, margin, false, shifts));
	}
	frames.push(end);
	samples.push(last!);
	yield;
	const layers = Object.keys(samples[0]!) as Layer[];
	const marks = {} as Record<Layer, ScreenMarks[Layer]>;
	const keyframes = {} as Record<Layer | 'lines' | 'zones', Map<string, PropertyIndexedKeyframes>>;
	const [low, high] = [-SEEN_MARGIN * side, (1 + SEEN_MARGIN) * side];
	const onScreen = (m: { x: number; y: number }) => m.x >= low && m.x <= high && m.y >= low && m.y <= high;
	for (const layer of layers) {
		const lists = samples.map((s) => s[layer] as ScreenMarks[Layer][number][]);
		const r = (mark: { kind: string; r?: number } | undefined) => (mark?.kind === 'unit' ? mark.r : undefined);
		marks[layer] = everySeen(lists, (m) => m.key) as never;
		const seen = new Set(lists.flatMap((list) => list.filter(onScreen).map((m) => m.key)));
		keyframes[layer] = tracks(lists.map((list) => list.filter((m) => seen.has(m.key))), (m) => m.key, (mark, end) => ({
			translate: `${mark.x}px ${mark.y}px`,
			opacity: mark.opacity,
			...(r(end) ? { scale: String(round(r(mark)! / r(end)!, 1000)) } : {})
		}));
	}
	const lineLists = frames.map((f) => f.lines);
	const length = (l: FrameLine) => scene.paths[l.path]!.lengths.at(-1) ?? 0;
	keyframes.lines = tracks(lineLists, (l) => l.key, (l) => ({ strokeDashoffset: `${round(length(l) * (1 - l.progress), 100)}px`, opacity: l.opacity }));
	const zoneLists = frames.map((f) => f.zones);
	keyframes.zones = tracks(zoneLists, (z) => z.id, (z) => ({ opacity: z.opacity }));
	const cameras = frames.map((f) => f.camera);
	const still = cameras.every((c) => c.join() === cameras[0]!.join());
	return {
		marks: marks as ScreenMarks,
		lines: everySeen(lineLists, (l) => l.key),
		zones: everySeen(zoneLists, (z) => z.id),
		keyframes: keyframes as MoveKeyframes['keyframes'],
		cameras: still ? undefined : cameras
	};
}

const round = (n: number, k: number) => Math.round(n * k) / k;

/** the last list, then what only earlier lists had, as last seen and hidden (opacity 0) */
function everySeen<T extends { opacity: number }>(lists: readonly T[][], key: (item: T) => string): T[] {
	const end = lists[lists.length - 1]!;
	const out = new Map(end.map((item) => [key(item), item]));
	for (let j = lists.length - 2; j >= 0; j--) {
		for (const item of lists[j]!) if (!out.has(key(item))) out.set(key(item), { ...item, opacity: 0 });
	}
	return [...out.values()];
}

/** the values of one sample: a mark's, line's or zone's properties */
type Values = Record<string, string | number>;

/**
 * For each key seen in any list, its keyframes: `values` of its item at each sample, and where it
 * is missing, of the nearest sample that has it, hidden; only the properties that change. Keys
 * with none are left out.
 */
function tracks<T extends { opacity: number }>(lists: readonly T[][], key: (item: T) => string, values: (item: T, end: T) => Values): Map<string, PropertyIndexedKeyframes> {
	const byKey = new Map<string, (T | undefined)[]>();
	lists.forEach((list, j) => {
		for (const item of list) {
			const k = key(item);
			if (!byKey.has(k)) byKey.set(k, Array<T | undefined>(lists.length).fill(undefined));
			byKey.get(k)![j] = item;
		}
	});
	const out = new Map<string, PropertyIndexedKeyframes>();
	for (const [k, items] of byKey) {
		const seen = items.filter((item) => item !== undefined);
		const end = seen[seen.length - 1]!;
		let near = seen[0]!;
		const samples = items.map((item) => {
			if (item) near = item;
			return item ? values(item, end) : { ...values(near, end), opacity: 0 };
		});
		const changing: PropertyIndexedKeyframes = {};
		for (const property of Object.keys(samples[0]!)) {
			const list = samples.map((v) => v[property]!);
			if (list.some((v) => v !== list[0])) changing[property] = list as string[] | number[];
		}
		if (Object.keys(changing).length > 0) out.set(k, changing);
	}
	return out;
}
