import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import MapView from '../../src/lib/components/MapView.svelte';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt } from '../../src/lib/scene/frame';
import { mini } from './asserts';

const scene = compileScene(mini(), 'ja');

/** a frame rendered on the server as SVG text: numbers rounded, Svelte's hydration comments dropped */
function svgOf(i: number, t: number): string {
	const { body } = render(MapView, { props: { scene, frame: frameAt(scene, i, t), basemapHref: '/mini/basemap.svg', sidePx: 500 } });
	return body
		.replace(/<!--[^>]*-->/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
		.replace(/></g, '>\n<');
}

describe('MapView rendered on the server', () => {
	it.each([
		[0, 1, 'landing-settled'],
		[1, 0.5, 'advance-halfway'],
		[2, 0.25, 'withdraw-quarter'],
		[3, 1, 'leave-settled']
	])('frame %i at t=%f matches its snapshot (%s)', async (i, t, name) => {
		await expect(svgOf(i, t)).toMatchFileSnapshot(`snapshots/${name}.svg`);
	});

	it('marks each force with data-force and data-strength, and hides the SVG from assistive tech', () => {
		const svg = svgOf(1, 1);
		expect(svg).toContain('aria-hidden="true"');
		expect(svg).toContain('data-force="blue" data-strength="2000"');
	});
});

describe('MapView zones', () => {
	it("colours a zone held by a force in that force's palette colour, not by its id", () => {
		const green = { ...scene, forces: { ...scene.forces, blue: { ...scene.forces.blue!, color: 'green' } } };
		const { body } = render(MapView, { props: { scene: green, frame: frameAt(green, 1, 1), basemapHref: '/b.svg', sidePx: 500 } });
		expect(body).toMatch(/<path[^>]*stroke="#1b7f4d"[^>]*data-zone="box"/);
	});
});
