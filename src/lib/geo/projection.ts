/**
 * The story's map projection: an equal-area conic centred on the story's region and fitted once
 * to a fixed logical width, so every coordinate downstream is in "view units" (0..VIEW_WIDTH).
 */
import { geoConicEqualArea, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';

/** logical width of the whole map in view units; heights follow from the region's shape */
export const VIEW_WIDTH = 1000;

export interface Region {
	west: number;
	east: number;
	south: number;
	north: number;
}

export interface StoryProjection {
	projection: GeoProjection;
	/** view units */
	width: number;
	height: number;
}

/** lon/lat outline of the region, densified so that its edges follow parallels and meridians */
export function regionOutline(region: Region): GeoJSON.Polygon {
	return geoGraticule()
		.extent([
			[region.west, region.south],
			[region.east, region.north]
		])
		.precision(1)
		.outline();
}

export function storyProjection(region: Region): StoryProjection {
	const centre = (region.west + region.east) / 2;
	// standard parallels a sixth of the way in from each edge keep scale error small across the band
	const span = region.north - region.south;
	const outline = regionOutline(region);
	const projection = geoConicEqualArea()
		.rotate([-centre, 0])
		.parallels([region.south + span / 6, region.north - span / 6])
		.fitWidth(VIEW_WIDTH, outline);
	const [, [, bottom]] = geoPath(projection).bounds(outline);
	return { projection, width: VIEW_WIDTH, height: Math.ceil(bottom) };
}

/** [lat, lon] (the story's order) to view units, rounded to 0.1 so that output is stable text */
export function projectLatLon(p: StoryProjection, lat: number, lon: number): [number, number] {
	const xy = p.projection([lon, lat]);
	if (!xy) throw new Error(`cannot project ${lat}, ${lon}`);
	return [round1(xy[0]), round1(xy[1])];
}

export function round1(n: number): number {
	return Math.round(n * 10) / 10;
}
