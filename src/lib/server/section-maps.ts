/**
 * A static map per section, as SVG markup rendered on the server: the section's last step,
 * settled. It is what readers without JavaScript and printers see (A11Y-9). The basemap stays one
 * cached file referenced by an <image>; only the small overlay of forces is inline.
 */
import { render } from 'svelte/server';
import MapView from '../components/MapView.svelte';
import { frameAt } from '../scene/frame';
import type { Scene } from '../scene/types';

/** the index of each section's last step, in section order */
export function sectionEnds(scene: Scene): number[] {
	const ends: number[] = [];
	scene.steps.forEach((step, i) => {
		if (scene.steps[i + 1]?.sectionId !== step.sectionId) ends.push(i);
	});
	return ends;
}

/**
 * basemapHref is relative to the page, so the same markup works under any base path: the
 * Japanese page sits beside basemap.svg, the English one two folders down.
 */
export function sectionMapsHtml(scene: Scene, basemapHref: string): string[] {
	return sectionEnds(scene).map((i) =>
		render(MapView, { props: { scene, frame: frameAt(scene, i, 1), basemapHref, sidePx: 420, still: true } })
			.body.replace(/<!--[^>]*-->/g, '')
	);
}
