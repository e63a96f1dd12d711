import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { basemapSvg } from '$lib/geo/basemap-svg';
import { storyProjection } from '$lib/geo/projection';
import { entry } from '$lib/server/catalog';
import { storyEntries } from '$lib/server/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = storyEntries;

/** the story's basemap in its own projection: one cached file shared by all its maps */
export const GET: RequestHandler = ({ params }) => {
	const topo = JSON.parse(readFileSync('static/maps/basemap.topo.json', 'utf8')) as Topology;
	const { story, scenes } = entry(params.story);
	const svg = basemapSvg(topo, storyProjection(story.region), scenes.ja.steps.map((s) => s.camera));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
