/**
 * `npm run basemap`: builds static/maps/basemap.topo.json from world-atlas (Natural Earth 50m):
 * coastlines and approximate areas of 1917-1925, clipped to Russia and the Far East, simplified
 * and quantized, plus the rivers and lakes the stories need. Prints the file's size.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import polygonClipping, { type MultiPolygon } from 'polygon-clipping';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { geoArea } from 'd3-geo';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { HYDRO, PERIOD_AREAS } from '../src/lib/geo/period';

const require = createRequire(import.meta.url);
const countries = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const land50 = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology;

/** lon/lat boxes [west, south, east, north] the basemap keeps: the Black Sea to Chukotka, across 180 */
const KEEP: [number, number, number, number][] = [
	[14, 28, 180, 80],
	[-180, 55, -165, 75]
];
/** Karafuto: Sakhalin south of 50 N was Japanese from 1905 */
const KARAFUTO: [number, number, number, number] = [141, 45.8, 145.5, 50];
/** the Kuril chain was Japanese from 1875; the box stops short of Kamchatka's tip (50.87 N) */
const KURILS: [number, number, number, number] = [145.3, 43.3, 156.9, 50.8];

const box = ([w, s, e, n]: [number, number, number, number]): MultiPolygon => [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]];
const keep = polygonClipping.union(box(KEEP[0]!), ...KEEP.slice(1).map(box));
type Named = { properties: { name: string } };
const countryGeoms = (countries.objects.countries as GeometryCollection).geometries as unknown as (Polygon | TopoMultiPolygon)[];
const nameOf = (g: Polygon | TopoMultiPolygon) => (g as unknown as Named).properties.name;

function merged(names: readonly string[]): MultiPolygon {
	const geoms = countryGeoms.filter((g) => names.includes(nameOf(g)));
	const missing = names.filter((n) => !geoms.some((g) => nameOf(g) === n));
	if (missing.length) throw new Error(`world-atlas has no country named ${missing.join(', ')}`);
	return merge(countries, geoms).coordinates as MultiPolygon;
}

const areas = new Map(PERIOD_AREAS.map((a) => [a.id, merged(a.countries)]));
// Japan of the period takes southern Sakhalin and the Kurils from today's Russia
const russia = areas.get('russia')!;
const ceded = polygonClipping.intersection(russia, polygonClipping.union(box(KARAFUTO), box(KURILS)));
areas.set('russia', polygonClipping.difference(russia, box(KARAFUTO), box(KURILS)));
areas.set('japan', polygonClipping.union(areas.get('japan')!, ceded));

const landGeom = feature(land50, land50.objects.land as GeometryCollection) as GeoJSON.FeatureCollection;
const land = polygonClipping.intersection(
	landGeom.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [(f.geometry as GeoJSON.Polygon).coordinates])) as MultiPolygon,
	keep
);

/** polygon-clipping winds outer rings counter-clockwise; d3-geo reads that as "all the globe but" */
function forD3(mp: MultiPolygon): MultiPolygon {
	return mp.map((polygon) =>
		geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon
	);
}

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
const topo = topology(
	{
		land: collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: forD3(land) } }]),
		areas: collection(
			PERIOD_AREAS.map((a) => ({
				type: 'Feature',
				id: a.id,
				properties: {},
				geometry: { type: 'MultiPolygon', coordinates: forD3(polygonClipping.intersection(areas.get(a.id)!, keep)) }
			}))
		),
		hydro: collection(
			HYDRO.map((h) => ({
				type: 'Feature',
				id: h.id,
				properties: { kind: h.kind },
				geometry:
					h.kind === 'lake'
						? { type: 'Polygon', coordinates: [h.points.map(([lat, lon]) => [lon, lat])] }
						: { type: 'LineString', coordinates: h.points.map(([lat, lon]) => [lon, lat]) }
			}))
		)
	},
	1e5
);
// keep the most significant 12% of points: coastlines stay recognisable at the closest camera
const pre = presimplify(topo as unknown as Topology<Objects<Record<string, never>>>);
const simple = quantize(simplify(pre, quantile(pre, 0.88)), 1e4);
mkdirSync('static/maps', { recursive: true });
const text = JSON.stringify(simple);
writeFileSync('static/maps/basemap.topo.json', text);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`static/maps/basemap.topo.json: ${kb(text.length)} (${kb(gzipSync(text).length)} gzipped)`);
