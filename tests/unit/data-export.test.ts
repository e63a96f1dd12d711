import { describe, expect, it } from 'vitest';
import { dataFiles, storyData, toCsv, toGeoJson } from '../../src/lib/export/data';
import { mini } from './asserts';

const story = mini();

describe('data export', () => {
	it('lists every place and force, and one event per map action with its date and sources', () => {
		const d = storyData(story);
		expect(d.places.map((p) => p.id)).toEqual(story.places.map((p) => p.id));
		expect(d.forces.map((f) => f.id)).toEqual(story.forces.map((f) => f.id));
		const actions = story.sections.flatMap((s) => s.steps.flatMap((st) => st.actions.map(() => st)));
		expect(d.events).toHaveLength(actions.length);
		d.events.forEach((e, i) => {
			expect(e.date).toBe(actions[i]!.date);
			expect(e.sources.split(' ').every((id) => story.sources.some((s) => s.id === id))).toBe(true);
		});
		const located = d.events.filter((e) => e.lat !== '');
		expect(located.length).toBeGreaterThan(0);
		for (const e of located) expect(story.places.find((p) => p.id === e.place)?.lat).toBe(e.lat);
	});

	it('writes CSV by RFC 4180 and keeps formulas out of spreadsheets', () => {
		expect(toCsv([{ a: 'x, "y"', b: -12.5, c: '=SUM(A1)' }], ['a', 'b', 'c'])).toBe('a,b,c\r\n"x, ""y""",-12.5,\'=SUM(A1)\r\n');
	});

	it('writes GeoJSON points as [lon, lat] and leaves out rows without a position', () => {
		const g = toGeoJson([
			{ id: 'a', lat: 43.1, lon: 131.9 },
			{ id: 'b', lat: '', lon: '' }
		]);
		expect(g.features).toEqual([{ type: 'Feature', geometry: { type: 'Point', coordinates: [131.9, 43.1] }, properties: { id: 'a' } }]);
	});

	it('makes every file, each parsable', () => {
		const files = dataFiles(story);
		expect(JSON.parse(files['story.json']![1]).sources).toHaveLength(story.sources.length);
		expect(JSON.parse(files['places.geojson']![1]).features).toHaveLength(story.places.length);
		expect(files['places.csv']![1].trim().split('\r\n')).toHaveLength(story.places.length + 1);
	});
});
