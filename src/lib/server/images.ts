/**
 * Export images at build time: each step's SVG and its 2x PNG, and each story's social card.
 * PNG text is drawn with Noto Sans JP (SIL Open Font Licence, from an npm package), subset once
 * per build to the characters that the exports use; a character the font lacks stops the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { Topology } from 'topojson-specification';
import { basemapSvg } from '$lib/geo/basemap-svg';
import { storyProjection } from '$lib/geo/projection';
import { socialImageSvg, stepImageSvg, svgText, type ImageInput } from '$lib/export/image-svg';
import { LANGS, type Lang } from '$lib/story/schema';
import { catalog, entry } from './catalog';
import { storyAddress } from '$lib/story/address';

const require = createRequire(import.meta.url);
const WEIGHTS = ['400Regular', '700Bold'];
const FONT_DIR = join(process.cwd(), '.svelte-kit', 'export-fonts');

let topo: Topology | undefined;
/** the story's basemap drawn for one box of its view */
function basemapOf(story: string): (box: [number, number, number, number]) => string {
	topo ??= JSON.parse(readFileSync('static/maps/basemap.topo.json', 'utf8')) as Topology;
	const { story: parsed, scenes } = entry(story);
	const proj = storyProjection(parsed.region);
	const cameras = scenes.ja.steps.map((s) => s.camera);
	return (box) => basemapSvg(topo!, proj, cameras, box);
}

export function imageInput(story: string, lang: Lang, site: string): ImageInput {
	const e = entry(story);
	return { scene: e.scenes[lang], prose: e.prose[lang], basemap: basemapOf(story), storyUrl: storyAddress(site, lang, story) };
}

export function stepIndex(story: string, step: string): number {
	const i = entry(story).scenes.ja.steps.findIndex((s) => s.id === step);
	if (i < 0) throw new Error(`no step "${step}" in "${story}"`);
	return i;
}

/** every SVG the build exports, to learn which characters the font must have */
function allExportText(site: string): string {
	const chars = new Set<string>();
	for (const [id, e] of catalog()) {
		for (const lang of LANGS) {
			const input = imageInput(id, lang, site);
			const svgs = [socialImageSvg(input), ...e.scenes[lang].steps.map((_, i) => stepImageSvg(input, i))];
			for (const svg of svgs) for (const c of svgText(svg)) chars.add(c);
		}
	}
	return [...chars].join('');
}

export interface ExportFonts {
	files: string[];
	/** code points that every weight can draw */
	has: Set<number>;
}

const made = new Map<string, Promise<ExportFonts>>();

/** the font files subset to `text`, made once per text */
export function exportFonts(text: string): Promise<ExportFonts> {
	const chars = [...new Set(text)].sort().join('');
	const key = createHash('sha1').update(chars).digest('hex').slice(0, 12);
	let fonts = made.get(key);
	if (!fonts) {
		fonts = (async () => {
			mkdirSync(FONT_DIR, { recursive: true });
			const files: string[] = [];
			let has: Set<number> | undefined;
			for (const weight of WEIGHTS) {
				const full = readFileSync(require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}/NotoSansJP_${weight}.ttf`));
				const subset = await subsetFont(full, chars, { targetFormat: 'truetype' });
				const file = join(FONT_DIR, `NotoSansJP-${weight}-${key}.ttf`);
				writeFileSync(file, subset);
				files.push(file);
				const covered = new Set(new Face(new Blob(subset)).collectUnicodes());
				has = has ? new Set([...has].filter((c) => covered.has(c))) : covered;
			}
			return { files, has: has ?? new Set() };
		})();
		made.set(key, fonts);
	}
	return fonts;
}

let forBuild: Promise<ExportFonts> | undefined;
/** one subset for the whole build: every character of every exported image */
export function buildFonts(site: string): Promise<ExportFonts> {
	forBuild ??= exportFonts(allExportText(site));
	return forBuild;
}

/** the characters of `svg` that the font cannot draw (spaces need no glyph) */
export function missingGlyphs(svg: string, has: Set<number>): string[] {
	return [...new Set(svgText(svg))].filter((c) => !/\s/.test(c) && !has.has(c.codePointAt(0)!));
}

/**
 * resvg-js 2.6 panics (an unwrap in its geometry code) on `opacity` below 1 inside the map's
 * nested, scaled <svg>: give it the same look as fill and stroke opacities, and drop what is unseen.
 */
export function resvgSafe(svg: string): string {
	return svg.replace(/ opacity="([\d.]+)"/g, (all, v: string) => {
		const o = Number(v);
		if (o >= 1) return '';
		return o <= 0 ? ' display="none"' : ` fill-opacity="${v}" stroke-opacity="${v}"`;
	});
}

export async function svgToPng(svg: string, fonts: Promise<ExportFonts>, scale = 2): Promise<Uint8Array> {
	const { files, has } = await fonts;
	const missing = missingGlyphs(svg, has);
	if (missing.length > 0) throw new Error(`the export font has no glyph for: ${missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`);
	const resvg = new Resvg(resvgSafe(svg), {
		fitTo: { mode: 'zoom', value: scale },
		font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Noto Sans JP' }
	});
	return resvg.render().asPng();
}

/** (story, step) for every step of every story */
export function stepEntries(): { story: string; step: string }[] {
	return [...catalog().values()].flatMap(({ scenes }) => scenes.ja.steps.map((s) => ({ story: scenes.ja.id, step: s.id })));
}
