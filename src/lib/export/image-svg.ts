/**
 * A step as one standalone SVG file, for print and for CMSs that take no iframe: a title, the
 * date, the map (MapView rendered on the server, basemap inlined), a legend of the forces in view
 * and the credit line. Sizes in px of the 1x image; the PNG is the same drawing at 2x.
 */
import { render } from 'svelte/server';
import MapView from '../components/MapView.svelte';
import { colour } from '../components/palette';
import { textWidth } from '../geo/text-box';
import { shapePath } from '../components/shapes';
import { forcesInView, frameAt } from '../scene/frame';
import type { Scene } from '../scene/types';
import { formatDate } from '../story/format';
import { escapeHtml } from '../story/markdown';
import type { StoryProse } from '../story/prose';

export const IMAGE = { width: 1200, height: 800 };
export const SOCIAL = { width: 1200, height: 630 };
export const FONT_FAMILY = "'Noto Sans JP', 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif";
const PAD = 24;
/** an image is read at arm's length, not on a phone: labels and symbols drawn 1/0.7 times their screen size */
const LABEL_ZOOM = 0.7;

export interface ImageInput {
	scene: Scene;
	prose: StoryProse;
	/** the basemap (basemap-svg.ts) of the part [x, y, w, h] of the view that an image shows */
	basemap: (box: [number, number, number, number]) => string;
	/** where the story is read, printed in the credit line */
	storyUrl: string;
}

const esc = escapeHtml;

/** MapView's markup placed at (x, y, w, h), with the basemap file drawn inside instead of referenced */
function mapSvg(input: ImageInput, index: number, box: { x: number; y: number; w: number; h: number }): string {
	const frame = frameAt(input.scene, index, 1);
	// the camera's square, fitted into the box ("meet"), and the room around it, in view units
	const [cx, cy, side] = frame.camera;
	const unit = side / Math.min(box.w, box.h);
	const seen: [number, number, number, number] = [cx - (box.w * unit) / 2, cy - (box.h * unit) / 2, box.w * unit, box.h * unit].map((n) => Math.round(n)) as [number, number, number, number];
	// still: routes and marks far outside the picture are left out of the file
	const { body } = render(MapView, { props: { scene: input.scene, frame, basemapHref: 'basemap.svg', sidePx: Math.min(box.w, box.h) * LABEL_ZOOM, still: true } });
	// the basemap file's viewBox is its own box (basemapBox), so in view units it is a plain group
	const basemap = strokesInViewUnits(
		input
			.basemap([seen[0] - 2, seen[1] - 2, seen[2] + 4, seen[3] + 4])
			.replace(/^<svg [^>]*>/, '<g class="basemap-file">')
			.replace(/<\/svg>\s*$/, '</g>')
			.replace(/\n/g, ''),
		unit
	);
	return body
		.replace(/<!--[^>]*-->/g, '')
		.replace(/^<svg class="[^"]*"/, `<svg x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}"`)
		.replace(/ aria-hidden="true" focusable="false"/, '')
		.replace(/<image href="basemap\.svg"[^>]*>(<\/image>)?/, basemap);
}

/**
 * The basemap's strokes are non-scaling, in px of the picture, which resvg does not draw (it
 * scaled them with the camera: coastlines several times too thick at close cameras). Here they
 * become widths in view units for this picture's scale (`unit` view units per px), which every
 * renderer draws alike.
 */
export function strokesInViewUnits(svg: string, unit: number): string {
	const scaled = (n: string) => String(Math.round(Number(n) * unit * 1000) / 1000);
	return svg
		.replace(/ vector-effect="non-scaling-stroke"/g, '')
		.replace(/ stroke-width="([\d.]+)"/g, (_, w: string) => ` stroke-width="${scaled(w)}"`)
		.replace(/ stroke-dasharray="([\d. ]+)"/g, (_, d: string) => ` stroke-dasharray="${d.trim().split(/\s+/).map(scaled).join(' ')}"`);
}

/** the forces in view, each as its shape and name, left to right, wrapping; the markup at (0, 0) and its height */
function legendSvg(scene: Scene, index: number, maxWidth: number): { svg: string; height: number } {
	const size = 15;
	const row = 24;
	let cx = 0;
	let cy = 0;
	const items = forcesInView(frameAt(scene, index, 1)).map((id) => {
		const force = scene.forces[id]!;
		const w = 20 + textWidth(force.label, size) + 18;
		if (cx > 0 && cx + w > maxWidth) {
			cx = 0;
			cy += row;
		}
		const at = [cx, cy];
		cx += w;
		return `<g transform="translate(${at[0]},${at[1]})"><path transform="translate(8,${row / 2})" d="${shapePath(force.shape, 6)}" fill="${colour(force.color)}" stroke="#fff" stroke-width="1"/><text x="20" y="${row / 2 + size * 0.36}" font-size="${size}">${esc(force.label)}</text></g>`;
	});
	if (items.length === 0) return { svg: '', height: 0 };
	const height = cy + row;
	return { svg: items.join(''), height };
}

function frameSvg(width: number, height: number, lang: string, title: string, parts: string[]): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" lang="${lang}">`,
		`<title>${esc(title)}</title>`,
		`<rect width="${width}" height="${height}" fill="#faf8f3"/>`,
		...parts,
		`</svg>`
	].join('\n');
}

/** step `index` of the scene (its final state) as a standalone SVG */
export function stepImageSvg(input: ImageInput, index: number): string {
	const { scene, prose } = input;
	const { width, height } = IMAGE;
	const step = scene.steps[index]!;
	const section = prose.sections.find((s) => s.id === step.sectionId)!;
	const date = formatDate(step.date, scene.lang, step.approx);
	const legend = legendSvg(scene, index, width - 2 * PAD);
	const creditY = height - PAD;
	const legendY = creditY - 22 - legend.height;
	const map = { x: PAD, y: 96, w: width - 2 * PAD, h: legendY - 8 - 96 };
	return frameSvg(width, height, scene.lang, `${section.title} | ${prose.title} (${date})`, [
		`<text x="${PAD}" y="34" font-size="17" fill="#5a4a2a">${esc(prose.title)}</text>`,
		`<text x="${PAD}" y="72" font-size="28" font-weight="700" fill="#1d1d1d">${esc(section.title)}</text>`,
		`<text x="${width - PAD}" y="72" font-size="26" font-weight="700" fill="#1d1d1d" text-anchor="end">${esc(date)}</text>`,
		`<rect x="${map.x}" y="${map.y}" width="${map.w}" height="${map.h}" fill="#dbe6ee"/>`,
		mapSvg(input, index, map),
		`<g class="legend" transform="translate(${PAD},${legendY})" fill="#1d1d1d">${legend.svg}</g>`,
		`<text x="${PAD}" y="${creditY}" font-size="14" fill="#5a4a2a">${esc(`${prose.credits} · ${input.storyUrl}`)}</text>`
	]);
}

/** a 1200x630 card for link previews: the title over the map of the story's busiest step */
export function socialImageSvg(input: ImageInput): string {
	const { scene, prose } = input;
	const { width, height } = SOCIAL;
	const busiest = scene.steps.reduce((best, _, i) => (forcesInView(frameAt(scene, i, 1)).length > forcesInView(frameAt(scene, best, 1)).length ? i : best), 0);
	const years = `${scene.steps[0]!.date.slice(0, 4)}–${scene.steps[scene.steps.length - 1]!.date.slice(0, 4)}`;
	const size = textWidth(prose.title, 40) > width - 2 * PAD ? 32 : 40;
	return frameSvg(width, height, scene.lang, prose.title, [
		`<rect width="${width}" height="${height - 150}" fill="#dbe6ee"/>`,
		// the map keeps above the title band, so that nothing it shows is under the text
		mapSvg(input, busiest, { x: 0, y: 0, w: width, h: height - 150 }),
		`<rect x="0" y="${height - 150}" width="${width}" height="150" fill="#faf8f3" fill-opacity="0.94"/>`,
		`<text x="${PAD + 8}" y="${height - 88}" font-size="${size}" font-weight="700" fill="#1d1d1d">${esc(prose.title)}</text>`,
		`<text x="${PAD + 8}" y="${height - 40}" font-size="20" fill="#5a4a2a">${esc(`${years} · ${prose.credits}`)}</text>`
	]);
}

/** every character drawn as text in an SVG of ours, for the font subset and its check */
export function svgText(svg: string): string {
	const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
	return [...svg.matchAll(/<(text|tspan)[^>]*>([^<]*)/g)].map((m) => decode(m[2]!)).join('');
}
