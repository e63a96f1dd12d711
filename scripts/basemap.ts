/**
 * `npm run basemap`: builds static/maps/basemap.topo.json from world-atlas (Natural Earth 50m):
 * coastlines and approximate areas of 1917-1925 around Russia and the Far East, simplified and
 * quantized, plus the rivers and lakes the stories need. Prints the file's size.
 *
 * Whole polygons are kept or dropped, never cut along a lon/lat box: large polygons cut that way
 * came back in bands with long straight seams, which d3-geo draws as great circles (wedges
 * across the north). Each story's basemap.svg is clipped to its view in projected space instead.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import polygonClipping, { type MultiPolygon, type Polygon as Rings } from 'polygon-clipping';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { geoArea } from 'd3-geo';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { HYDRO, PERIOD_AREAS } from '../src/lib/geo/period';

const require = createRequire(import.meta.url);
const countries = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const land50 = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology;

type Box = [west: number, south: number, east: number, north: number];
/** Sakhalin, cut at 50 N: the south (Karafuto) was Japanese from 1905 */
const SAKHALIN: Box = [141, 45.8, 145.5, 54.5];
const KARAFUTO: Box = [141, 45.8, 145.5, 50];
/** the Kuril chain was Japanese from 1875; the box stops short of Kamchatka's tip (50.87 N) */
const KURILS: Box = [145.3, 43.3, 156.9, 50.8];

const box = ([w, s, e, n]: Box): MultiPolygon => [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]];

function bounds(polygon: Rings): Box {
	const ring = polygon[0]!;
	const lons = ring.map((p) => p[0]);
	const lats = ring.map((p) => p[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
const inside = (b: Box, [w, s, e, n]: Box) => b[0] >= w && b[1] >= s && b[2] <= e && b[3] <= n;
/** Afro-Eurasia (whose ring crosses 180 at Chukotka) and the islands around it; not the Americas */
const wanted = ([w, s, e, n]: Box) => (n > 28 && e > 0 && (w > -30 || e > 170)) || inside([w, s, e, n], [-180, 55, -165, 75]);

/** polygon-clipping winds outer rings counter-clockwise; d3-geo reads that as "all the globe but" */
function forD3(mp: MultiPolygon): MultiPolygon {
	return mp.map((polygon) =>
		geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon
	);
}

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
// Japan of the period takes southern Sakhalin and the Kurils from today's Russia; only these
// small islands are cut, the rest of Russia is left whole
const russia = areas.get('russia')!;
const sakhalin = russia.filter((p) => inside(bounds(p), SAKHALIN));
const kurils = russia.filter((p) => inside(bounds(p), KURILS));
areas.set('russia', [
	...russia.filter((p) => !sakhalin.includes(p) && !kurils.includes(p)),
	...forD3(polygonClipping.difference(sakhalin, box(KARAFUTO)))
]);
areas.set('japan', [...areas.get('japan')!, ...forD3(polygonClipping.intersection(sakhalin, box(KARAFUTO))), ...kurils]);

const landGeom = feature(land50, land50.objects.land as GeometryCollection) as GeoJSON.FeatureCollection;
const land = (
	landGeom.features.flatMap((f) =>
		f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [(f.geometry as GeoJSON.Polygon).coordinates]
	) as MultiPolygon
).filter((p) => wanted(bounds(p)));

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
const multi = (coordinates: MultiPolygon, id?: string): GeoJSON.Feature => ({
	type: 'Feature',
	...(id ? { id } : {}),
	properties: {},
	geometry: { type: 'MultiPolygon', coordinates }
});

const topo = topology(
	{
		land: collection([multi(land)]),
		areas: collection(PERIOD_AREAS.map((a) => multi(areas.get(a.id)!, a.id))),
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
// keep the most significant quarter of the points: narrow coasts (Sakhalin, Kola) stay in place at the closest camera
const pre = presimplify(topo as unknown as Topology<Objects<Record<string, never>>>);
const simple = quantize(simplify(pre, quantile(pre, 0.75)), 1e5);
mkdirSync('static/maps', { recursive: true });
const text = JSON.stringify(simple);
writeFileSync('static/maps/basemap.topo.json', text);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`static/maps/basemap.topo.json: ${kb(text.length)} (${kb(gzipSync(text).length)} gzipped)`);
