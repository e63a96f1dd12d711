/**
 * A story's facts as data a journalist can check and reuse: its places, forces and events (one
 * row per map action, with its step's date and its sources) and the bibliography, as JSON, CSV
 * and GeoJSON. Both languages side by side; coordinates in degrees (WGS 84).
 */
import type { Story, StoryAction } from '../story/schema';

export interface DataPlace {
	id: string;
	name_ja: string;
	name_en: string;
	name_ru: string;
	historical_ja: string;
	lat: number;
	lon: number;
}

export interface DataForce {
	id: string;
	label_ja: string;
	label_en: string;
	country: string;
	side: string;
}

export interface DataEvent {
	section: string;
	step: string;
	date: string;
	approx: boolean;
	/** the story's action type: land, advance, hold, occupy, withdraw, evacuate, clash, mark, zone */
	type: string;
	force: string;
	strength_low: number | '';
	strength_high: number | '';
	certainty: string;
	/** where it happened: a place id (also lat/lon), or a zone id */
	place: string;
	lat: number | '';
	lon: number | '';
	label_ja: string;
	label_en: string;
	/** source ids, separated by spaces; see sources */
	sources: string;
}

export interface DataSource {
	id: string;
	cite_ja: string;
	cite_en: string;
	pages: string;
	url: string;
}

export interface StoryData {
	story: string;
	title: { ja: string; en: string };
	places: DataPlace[];
	forces: DataForce[];
	events: DataEvent[];
	sources: DataSource[];
}

function placeOf(a: StoryAction): string {
	switch (a.type) {
		case 'land':
		case 'clash':
		case 'mark':
			return a.at;
		case 'hold':
		case 'occupy':
			return a.at ?? a.zone ?? '';
		case 'advance':
			return a.to ?? (typeof a.route === 'string' ? a.route : '');
		case 'withdraw':
		case 'evacuate':
			return a.from;
		case 'zone':
			return a.zone;
	}
}

export function storyData(story: Story): StoryData {
	const places = new Map(story.places.map((p) => [p.id, p]));
	const events = story.sections.flatMap((section) =>
		section.steps.flatMap((step) =>
			step.actions.map((a): DataEvent => {
				const place = placeOf(a);
				const at = places.get(place);
				const strength = 'strength' in a && a.strength !== undefined ? [a.strength].flat() : [];
				const label = 'label' in a ? a.label : undefined;
				return {
					section: section.id,
					step: step.id,
					date: step.date,
					approx: step.approx,
					type: a.type,
					force: 'force' in a ? (a.force ?? '') : 'forces' in a ? a.forces.join(' ') : '',
					strength_low: strength[0] ?? '',
					strength_high: strength[strength.length - 1] ?? '',
					certainty: 'certainty' in a ? a.certainty : '',
					place,
					lat: at?.lat ?? '',
					lon: at?.lon ?? '',
					label_ja: label?.ja ?? '',
					label_en: label?.en ?? '',
					sources: ('sources' in a && a.sources ? a.sources : step.sources).join(' ')
				};
			})
		)
	);
	return {
		story: story.id,
		title: story.title,
		places: story.places.map((p) => ({ id: p.id, name_ja: p.name.ja, name_en: p.name.en, name_ru: p.name.ru ?? '', historical_ja: p.historical?.ja ?? '', lat: p.lat, lon: p.lon })),
		forces: story.forces.map((f) => ({ id: f.id, label_ja: f.label.ja, label_en: f.label.en, country: f.country, side: f.side })),
		events,
		sources: story.sources.map((s) => ({ id: s.id, cite_ja: s.cite.ja, cite_en: s.cite.en, pages: s.pages ?? '', url: s.url ?? '' }))
	};
}

/**
 * RFC 4180 CSV with a header row and CRLF line ends. Text that a spreadsheet would run as a
 * formula (starting with = + - @) is prefixed with an apostrophe; numbers stay numbers.
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
	const cell = (v: unknown) => {
		let s = String(v ?? '');
		if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** rows with lat/lon as GeoJSON points (rows without a position are left out), the other fields as properties */
export function toGeoJson<T extends { lat: number | ''; lon: number | '' }>(rows: readonly T[]): GeoJSON.FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: rows
			.filter((r) => r.lat !== '' && r.lon !== '')
			.map(({ lat, lon, ...properties }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] }, properties }))
	};
}

/** every data file of a story: name -> [content type, body] */
export function dataFiles(story: Story): Record<string, [string, string]> {
	const d = storyData(story);
	const csv = 'text/csv; charset=utf-8';
	return {
		'story.json': ['application/json', JSON.stringify(d, null, 1)],
		'places.csv': [csv, toCsv(d.places, ['id', 'name_ja', 'name_en', 'name_ru', 'historical_ja', 'lat', 'lon'])],
		'forces.csv': [csv, toCsv(d.forces, ['id', 'label_ja', 'label_en', 'country', 'side'])],
		'events.csv': [
			csv,
			toCsv(d.events, ['section', 'step', 'date', 'approx', 'type', 'force', 'strength_low', 'strength_high', 'certainty', 'place', 'lat', 'lon', 'label_ja', 'label_en', 'sources'])
		],
		'sources.csv': [csv, toCsv(d.sources, ['id', 'cite_ja', 'cite_en', 'pages', 'url'])],
		'places.geojson': ['application/geo+json', JSON.stringify(toGeoJson(d.places))],
		'events.geojson': ['application/geo+json', JSON.stringify(toGeoJson(d.events))]
	};
}

export const DATA_FILES = ['story.json', 'places.csv', 'forces.csv', 'events.csv', 'sources.csv', 'places.geojson', 'events.geojson'] as const;
