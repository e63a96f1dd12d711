/**
 * Synthetic stories of any length for the scale bench. They use every kind of action and both
 * kinds of camera, so that the build, the fold (stateAt) and the frames do the work a real story
 * makes them do. The text is JSON, which is also YAML: the real parser reads it unchanged.
 */

const PLACES_PER_ROW = 6;
const ROWS = 4;
const FORCES = [
	{ id: 'blue', color: 'blue', shape: 'square', side: 'allied' },
	{ id: 'green', color: 'green', shape: 'circle', side: 'allied' },
	{ id: 'red', color: 'red', shape: 'triangle', side: 'soviet' },
	{ id: 'white', color: 'gray', shape: 'diamond', side: 'white' }
] as const;
/** steps per section, as the flagship has about three */
const SECTION_STEPS = 10;
/** days between steps, so that 500 steps still fit in the period */
const STEP_DAYS = 4;

const en = (s: string) => ({ ja: `${s}(試験)`, en: s });

/** the story object for `steps` steps (at least 1) */
export function syntheticStory(steps: number): Record<string, unknown> {
	const places = [{ id: 'home', name: en('Home port'), lat: 36, lon: 138, label: 'left' }];
	for (let r = 0; r < ROWS; r++) {
		for (let c = 0; c < PLACES_PER_ROW; c++) {
			places.push({ id: `p${r}-${c}`, name: en(`Town ${r}-${c}`), lat: 44 + r * 4, lon: 110 + c * 7, label: 'right' });
		}
	}
	const towns = places.slice(1).map((p) => p.id);
	const episodes = Math.ceil(steps / 6);
	const pairOf = (e: number) => {
		const k = e % (towns.length / 2);
		return { k, a: towns[2 * k]!, b: towns[2 * k + 1]! };
	};
	const pairs = Math.min(episodes, towns.length / 2);
	const routes: Record<string, unknown>[] = [];
	const zones: Record<string, unknown>[] = [];
	for (let k = 0; k < pairs; k++) {
		const { a, b } = pairOf(k);
		const [pa, pb] = [places.find((p) => p.id === a)!, places.find((p) => p.id === b)!];
		routes.push({ id: `rail-${k}`, kind: 'railway', name: en(`Railway ${k}`), via: [a, [(pa.lat + pb.lat) / 2 + 1, (pa.lon + pb.lon) / 2], b] });
		routes.push({ id: `lane-${k}`, kind: 'sea', name: en(`Sea lane ${k}`), via: ['home', [38, 134 - k], a] });
		zones.push({ id: `zone-${k}`, kind: 'area', name: en(`Zone ${k}`), points: [[pb.lat - 1, pb.lon - 1.5], [pb.lat - 1, pb.lon + 1.5], [pb.lat + 1, pb.lon + 1.5], [pb.lat + 1, pb.lon - 1.5]] });
	}

	const stepList: Record<string, unknown>[] = [];
	for (let i = 0; i < steps; i++) {
		const e = Math.floor(i / 6);
		const { k, a, b } = pairOf(e);
		const force = FORCES[e % FORCES.length]!.id;
		const enemy = FORCES[(e + 2) % FORCES.length]!.id;
		// each episode lands, advances, fights, holds a zone, falls back and leaves: troops always
		// leave from where they stand, and the camera keeps still for the two middle steps
		const beat = [
			{ camera: { fit: ['home', a] }, actions: [{ type: 'land', force, at: a, by: `lane-${k}`, strength: 1000 + 500 * (e % 7), sources: ['ref'] }] },
			{ camera: { fit: [a, b] }, actions: [{ type: 'advance', force, route: `rail-${k}` }] },
			{ camera: { fit: [a, b] }, actions: [{ type: 'clash', at: b, forces: [force, enemy], label: en('Battle') }] },
			{ camera: { fit: [a, b] }, actions: [{ type: 'zone', zone: `zone-${k}`, force }, { type: 'hold', force, at: b, strength: [800, 1200], certainty: 'approx', sources: ['ref'] }] },
			{ camera: { center: a, zoom: 3 }, actions: [{ type: 'withdraw', force, from: b, to: a }, { type: 'zone', zone: `zone-${k}`, show: false }] },
			{ camera: { fit: [a, 'home'] }, actions: [{ type: 'evacuate', force, from: a, by: `lane-${k}` }, { type: 'mark', at: 'home', kind: 'declaration', label: en('Statement') }] }
		][i % 6]!;
		stepList.push({
			id: `s${i + 1}`,
			date: addDays('1918-01-01', i * STEP_DAYS),
			text: { ja: `第${i + 1}段。部隊が動く。[^ref]`, en: `Step ${i + 1}. *Troops* move.[^ref]` },
			sources: ['ref'],
			...beat
		});
	}
	const sections = [];
	for (let s = 0; s * SECTION_STEPS < steps; s++) {
		sections.push({ id: `part-${s + 1}`, title: en(`Part ${s + 1}`), steps: stepList.slice(s * SECTION_STEPS, (s + 1) * SECTION_STEPS) });
	}
	return {
		id: `synthetic-${steps}`,
		title: en(`Synthetic story of ${steps} steps`),
		summary: en('Generated for the benchmark.'),
		period: { start: '1918-01-01', end: addDays('1918-01-01', steps * STEP_DAYS) },
		credits: en('Benchmark'),
		region: { west: 100, east: 160, south: 33, north: 62 },
		sources: [{ id: 'ref', cite: en('Benchmark reference') }],
		places,
		forces: FORCES.map((f) => ({ id: f.id, country: f.id.toUpperCase(), side: f.side, label: en(f.id), color: f.color, shape: f.shape })),
		routes,
		zones,
		sections
	};
}

/** the story file's text (JSON is YAML) */
export function syntheticStoryText(steps: number): string {
	return JSON.stringify(syntheticStory(steps), null, 1) + '\n';
}

function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
