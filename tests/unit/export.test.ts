import { describe, expect, it } from 'vitest';
import { IMAGE, socialImageSvg, stepImageSvg, strokesInViewUnits, svgText } from '../../src/lib/export/image-svg';
import { exportFonts, missingGlyphs, resvgSafe, svgToPng } from '../../src/lib/server/images';
import { compileScene } from '../../src/lib/scene/compile';
import { storyProse } from '../../src/lib/story/prose';
import { mini } from './asserts';

const story = mini();
/** a stand-in basemap that says which box it was asked for */
const basemap = ([x, y, w, h]: [number, number, number, number]) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${w}" height="${h}">\n<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#dbe6ee"/>\n</svg>`;
const input = (lang: 'ja' | 'en') => ({ scene: compileScene(story, lang), prose: storyProse(story, lang), basemap, storyUrl: `https://maps.test/${lang === 'en' ? 'en/' : ''}mini/` });
const tidy = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000)).replace(/></g, '>\n<');

describe('exported step images', () => {
	it('draws the basemap strokes in view units, which resvg draws (it ignores non-scaling strokes)', () => {
		expect(strokesInViewUnits('<path stroke-width="0.8" stroke-dasharray="4 3" vector-effect="non-scaling-stroke"/>', 0.5)).toBe('<path stroke-width="0.4" stroke-dasharray="2 1.5"/>');
		const lined = (box: [number, number, number, number]) => basemap(box).replace('</svg>', '<path d="M0 0L9 9" stroke-width="1" stroke-dasharray="4 3" vector-effect="non-scaling-stroke"/>\n</svg>');
		for (const i of [0, 1, 2]) {
			const svg = stepImageSvg({ ...input('en'), basemap: lined }, i);
			expect(svg).not.toContain('non-scaling-stroke');
			const [, width, dash] = svg.match(/<path d="M0 0L9 9" stroke-width="([\d.]+)" stroke-dasharray="([\d. ]+)"/)!;
			// one scale for the width and the dashes: this picture's view units per px
			dash!.split(' ').forEach((d, k) => expect(Number(d)).toBeCloseTo([4, 3][k]! * Number(width), 2));
			expect(Number(width)).not.toBe(1);
		}
	});

	it.each([
		['ja', 1],
		['en', 2]
	] as const)('%s step %i matches its text snapshot', async (lang, i) => {
		await expect(tidy(stepImageSvg(input(lang), i))).toMatchFileSnapshot(`snapshots/export-${lang}-${i}.svg`);
	});

	it('is a standalone file: sized, titled, dated, credited, with the basemap inside and no links out', () => {
		const scene = input('en').scene;
		const svg = stepImageSvg(input('en'), 1);
		expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE.width}" height="${IMAGE.height}"`));
		expect(svg).toContain('<g class="basemap-file">');
		expect(svg).not.toMatch(/<image|href=/);
		const text = svgText(svg);
		expect(text).toContain(story.title.en);
		expect(text).toContain(story.sections.find((s) => s.id === scene.steps[1]!.sectionId)!.title.en);
		expect(text).toContain(story.credits.en);
		expect(text).toContain('https://maps.test/en/mini/');
		// the legend names every force drawn
		const drawn = [...svg.matchAll(/opacity="([\d.]+)" data-force="([^"]+)"/g)].filter((m) => Number(m[1]) > 0).map((m) => m[2]!);
		expect(drawn.length).toBeGreaterThan(0);
		for (const force of drawn) expect(text).toContain(scene.forces[force]!.label);
	});

	it('escapes story text', () => {
		const i = input('en');
		const svg = stepImageSvg({ ...i, prose: { ...i.prose, title: 'A <b>&</b> "T"' } }, 0);
		expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;T&quot;');
		expect(svgText(svg)).toContain('A <b>&</b> "T"');
	});

	it('makes a 1200x630 social card with the title', () => {
		const svg = socialImageSvg(input('ja'));
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svgText(svg)).toContain(story.title.ja);
	});
});

describe('PNG rendering', () => {
	it('names the characters the font cannot draw, and needs no glyph for spaces', () => {
		const has = new Set([...'ab 日'].map((c) => c.codePointAt(0)!));
		expect(missingGlyphs('<svg><text>ab 日</text><text>本 x</text></svg>', has)).toEqual(['本', 'x']);
	});
	it('gives resvg fill and stroke opacities instead of element opacity, and hides what is unseen', () => {
		expect(resvgSafe('<g opacity="0.8"><path opacity="1"/><path opacity="0"/></g>')).toBe('<g fill-opacity="0.8" stroke-opacity="0.8"><path/><path display="none"/></g>');
	});
	it('refuses to draw text that the subset font lacks', async () => {
		await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>日本</text></svg>', exportFonts('日'))).rejects.toThrow(/no glyph for: 本 U\+672C/);
	});
	// subsetting the full font takes a few seconds on a busy machine
	it('draws a Japanese step at 2x with the subset font', { timeout: 60_000 }, async () => {
		const svg = stepImageSvg(input('ja'), 1);
		const png = await svgToPng(svg, exportFonts(svgText(svg)));
		expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		// width and height in the IHDR chunk, big-endian
		const view = new DataView(png.buffer, png.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([IMAGE.width * 2, IMAGE.height * 2]);
	});
});
