/**
 * The basemap of one story as a standalone SVG file in view units: drawn once, cached by the
 * browser, and referenced by every map of the story (screen, no-JS pages, exports).
 */
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Camera } from './camera';
import { cameraDetail, compactPath, RingCollector } from './compact-path';
import { basemapBox } from './extent';
import type { StoryProjection } from './projection';

/**
 * `cameras`: the story's step cameras, which decide where the coastline needs its finest detail.
 * `box` ([x, y, w, h] in view units) draws only that part: an exported image draws only what it shows.
 */
export function basemapSvg(topo: Topology, proj: StoryProjection, cameras: readonly Camera[], box = basemapBox(proj.width, proj.height)): string {
	const [x, y, w, h] = box;
	const extent: [[number, number], [number, number]] = [
		[x, y],
		[x + w, y + h]
	];
	const detail = cameraDetail(cameras);
	const projection = proj.projection.clipExtent(extent);
	const path = (object: GeoJSON.GeoJsonObject) => {
		const rings = new RingCollector();
		geoPath(projection, rings)(object as GeoJSON.Feature);
		return compactPath(rings.rings, detail);
	};
	const objects = topo.objects as Record<string, GeometryCollection>;
	const land = path(feature(topo, objects.land!));
	const areas = (feature(topo, objects.areas!) as GeoJSON.FeatureCollection).features;
	const russia = path(areas.find((a) => a.id === 'russia')!);
	const borders = path(mesh(topo, objects.areas!, (a, b) => a !== b));
	const hydro = (feature(topo, objects.hydro!) as GeoJSON.FeatureCollection).features;
	const rivers = hydro.filter((h) => h.properties?.kind === 'river').map((h) => path(h)).join('');
	const lakes = hydro.filter((h) => h.properties?.kind === 'lake').map((h) => path(h)).join('');
	proj.projection.clipExtent(null);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${w}" height="${h}">`,
		`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#dbe6ee"/>`,
		`<path d="${land}" fill="#f4f1ea" stroke="#8aa0b0" stroke-width="0.8" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`,
		`<path d="${russia}" fill="#ebe3d0"/>`,
		`<path d="${borders}" fill="none" stroke="#9c8f78" stroke-width="1" stroke-dasharray="4 3" vector-effect="non-scaling-stroke"/>`,
		`<path d="${lakes}" fill="#dbe6ee" stroke="#8aa0b0" stroke-width="0.4" vector-effect="non-scaling-stroke"/>`,
		`<path d="${rivers}" fill="none" stroke="#8fb3cc" stroke-width="1.2" stroke-linecap="round" vector-effect="non-scaling-stroke"/>`,
		`</svg>`
	].join('\n');
}
