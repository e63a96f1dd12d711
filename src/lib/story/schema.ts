/**
 * The story format, defined once. The TypeScript types, the validation at build time and the
 * JSON Schema that editors use (`/schema/story.schema.json`) all come from these definitions.
 * Build time only: nothing here reaches the reader's browser.
 */
import { z } from 'zod';

/** lower-case ids that are safe in URLs and as HTML ids: `vladivostok`, `ussuri-railway` */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
const Id = z
	.string()
	.regex(ID_PATTERN, 'must be lower-case letters, digits, "-" or "_", starting with a letter');

/** text in both languages; neither may be missing or blank */
const Bilingual = z.strictObject({
	ja: z.string().trim().min(1, 'Japanese text is missing'),
	en: z.string().trim().min(1, 'English text is missing')
});

/** ISO calendar date, YYYY-MM-DD (New Style / Gregorian) */
const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
	.refine(isCalendarDate, 'is not a real calendar date');

function isCalendarDate(iso: string): boolean {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const Lat = z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90');
const Lon = z
	.number()
	.min(-180, 'longitude must be between -180 and 180')
	.max(180, 'longitude must be between -180 and 180');

/** a point written as [lat, lon] */
const LatLon = z.tuple([Lat, Lon]);

/** a waypoint: a place id, or [lat, lon] */
const Waypoint = z.union([Id, LatLon]);

/** troops: a count, or a [low, high] range where sources disagree */
const Strength = z.union([
	z.number().int().positive(),
	z.tuple([z.number().int().positive(), z.number().int().positive()])
]);

const Certainty = z.enum(['confirmed', 'approx', 'disputed']);

const Source = z.strictObject({
	id: Id,
	/** the full citation, as it should appear in the bibliography */
	cite: Bilingual,
	pages: z.string().optional(),
	url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).optional()
});

const Place = z.strictObject({
	id: Id,
	name: z.strictObject({ ja: z.string().min(1), en: z.string().min(1), ru: z.string().min(1).optional() }),
	/** the name Japanese texts of the period used, with its reading, shown as ruby */
	historical: z.strictObject({ ja: z.string().min(1), reading: z.string().min(1) }).optional(),
	lat: Lat,
	lon: Lon,
	/** where the label sits relative to the dot */
	label: z.enum(['right', 'left', 'above', 'below', 'none']).default('right')
});

export const PALETTE = ['red', 'blue', 'green', 'orange', 'purple', 'brown', 'teal', 'gray', 'black'] as const;
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'hexagon', 'cross'] as const;

const Force = z.strictObject({
	id: Id,
	/** ISO 3166-like code or a short tag for non-state forces (`CS` for the Czechoslovak Legion) */
	country: z.string().min(1),
	side: z.enum(['allied', 'soviet', 'white', 'central', 'other']),
	label: Bilingual,
	/** palette token; the colours live in the stylesheet so that themes can change them */
	color: z.enum(PALETTE),
	/** told apart by shape as well as colour */
	shape: z.enum(SHAPES)
});

const Route = z.strictObject({
	id: Id,
	kind: z.enum(['railway', 'sea', 'river', 'road']),
	name: Bilingual,
	via: z.array(Waypoint).min(2, 'a route needs at least 2 waypoints')
});

const Zone = z.strictObject({
	id: Id,
	kind: z.enum(['area', 'line']),
	name: Bilingual,
	/** outline as [lat, lon] points; an area is closed automatically */
	points: z.array(LatLon).min(2, 'a zone needs at least 2 points'),
	color: z.enum(PALETTE).default('gray')
});

const Camera = z.union([
	z.strictObject({
		/** place ids (or [lat, lon]) that must all be in view */
		fit: z.array(Waypoint).min(1, 'fit needs at least one place'),
		/** extra margin around them, as a share of the view (0.1 = 10 %) */
		padding: z.number().min(0).max(1).default(0.15)
	}),
	z.strictObject({
		center: Waypoint,
		/** 1 shows the whole story region; each step up halves the width */
		zoom: z.number().min(0.5).max(12)
	})
]);

/** what every action may say about the troops it moves */
const troops = {
	force: Id,
	strength: Strength.optional(),
	certainty: Certainty.default('confirmed'),
	sources: z.array(Id).optional()
};

const Land = z.strictObject({
	type: z.literal('land'),
	...troops,
	at: Id,
	/** the sea lane they came by (a route id), drawn as they arrive */
	by: Id.optional()
});

const Advance = z.strictObject({
	type: z.literal('advance'),
	...troops,
	/** a route id, or waypoints */
	route: z.union([Id, z.array(Waypoint).min(2)]),
	/** where on the route they start and stop (place ids on it); default: its two ends */
	from: Id.optional(),
	to: Id.optional()
});

const Hold = z.strictObject({
	type: z.enum(['hold', 'occupy']),
	...troops,
	at: Id.optional(),
	zone: Id.optional()
});

const Withdraw = z.strictObject({
	type: z.literal('withdraw'),
	...troops,
	from: Id,
	/** where they fall back to; default: back along the route they came by */
	to: Id.optional()
});

const Evacuate = z.strictObject({
	type: z.literal('evacuate'),
	...troops,
	from: Id,
	/** the sea lane they leave by (a route id) */
	by: Id.optional()
});

const Clash = z.strictObject({
	type: z.literal('clash'),
	at: Id,
	forces: z.array(Id).min(1),
	label: Bilingual.optional(),
	sources: z.array(Id).optional()
});

const Mark = z.strictObject({
	type: z.literal('mark'),
	at: Id,
	kind: z.enum(['treaty', 'declaration', 'incident']),
	label: Bilingual,
	sources: z.array(Id).optional()
});

const ZoneToggle = z.strictObject({
	type: z.literal('zone'),
	zone: Id,
	show: z.boolean().default(true),
	force: Id.optional()
});

export const Action = z.discriminatedUnion('type', [Land, Advance, Hold, Withdraw, Evacuate, Clash, Mark, ZoneToggle]);

const Step = z.strictObject({
	id: Id,
	date: IsoDate,
	/** the day is not certain (sources differ or give only the month) */
	approx: z.boolean().default(false),
	/** allowed to go back in time */
	flashback: z.boolean().default(false),
	/** Markdown subset: *emphasis*, **strong**, [text](https://...), [^source-id] */
	text: Bilingual,
	/** what the map shows, for screen readers; generated from the actions when absent */
	alt: Bilingual.optional(),
	sources: z.array(Id).min(1, 'cite at least one source'),
	camera: Camera,
	actions: z.array(Action).default([])
});

const Section = z.strictObject({
	id: Id,
	title: Bilingual,
	steps: z.array(Step).min(1, 'a section needs at least one step')
});

export const StorySchema = z.strictObject({
	id: Id,
	title: Bilingual,
	summary: Bilingual,
	period: z.strictObject({ start: IsoDate, end: IsoDate }),
	credits: Bilingual,
	/** the area the projection is fitted to, in degrees; east may pass 180 for Chukotka */
	region: z.strictObject({
		west: Lon,
		east: z.number().min(-180).max(360),
		south: Lat,
		north: Lat
	}),
	sources: z.array(Source).min(1),
	places: z.array(Place).min(1),
	forces: z.array(Force).default([]),
	routes: z.array(Route).default([]),
	zones: z.array(Zone).default([]),
	sections: z.array(Section).min(1, 'a story needs at least one section'),
	/**
	 * Section and step ids are public once published (embeds, deep links): an id that is renamed
	 * or removed maps here to the section or step that replaced it. See ids.lock.json.
	 */
	redirects: z.record(Id, Id).default({})
});

export type Story = z.infer<typeof StorySchema>;
export type StorySection = Story['sections'][number];
export type StoryStep = StorySection['steps'][number];
export type StoryAction = z.infer<typeof Action>;
export type StoryPlace = Story['places'][number];
export type StoryForce = Story['forces'][number];
export type StoryRoute = Story['routes'][number];
export type StoryZone = Story['zones'][number];
export type StorySource = Story['sources'][number];
export type Waypoint = z.infer<typeof Waypoint>;
export type Strength = z.infer<typeof Strength>;
export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];
