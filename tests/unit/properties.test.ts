/**
 * Property tests (fast-check): whatever text an author or an attacker writes, the parser answers
 * with a Story or positioned errors and never throws, and rendered text never holds a live tag
 * or a javascript: link. Runs are few and bounded in time: a run that takes too long fails
 * (markInterruptAsFailure), so a parser that slowed to a crawl on some input would show here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/story/parse';
import { renderMarkdown } from '../../src/lib/story/markdown';
import { storyProse } from '../../src/lib/story/prose';
import { LANGS } from '../../src/lib/story/schema';
import { MINI_TEXT, mini } from './asserts';

const BOUNDS = { numRuns: 300, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true };
const TEST_TIMEOUT_MS = 40_000;

/** pieces that matter to YAML: indentation, flow brackets, anchors, tags, quotes, document marks */
const YAML_TOKENS = ['\n', '  ', '\t', '- ', ': ', ':', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '!x ', '"', "'", '|', '>', '#', '---', '...', '%YAML 1.2', '<<: ', 'id', 'x', '1', '-1e9', 'null', '~'];
const yamlish = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 60 }).map((t) => t.join(''));

/** the mini story with a slice cut out and random YAML pieces put in its place */
const mutatedMini = fc
	.tuple(fc.nat(MINI_TEXT.length), fc.nat(40), yamlish)
	.map(([at, cut, insert]) => MINI_TEXT.slice(0, at) + insert + MINI_TEXT.slice(at + cut));

function answersWithoutThrowing(text: string): void {
	const result = parseStory(text, 'x.yaml');
	if (result.ok) {
		expect(result.story.id).toMatch(/^[a-z]/);
		return;
	}
	expect(result.errors.length).toBeGreaterThan(0);
	for (const e of result.errors) {
		expect(e.line).toBeGreaterThanOrEqual(1);
		expect(e.col).toBeGreaterThanOrEqual(1);
		expect(e.message.length).toBeGreaterThan(0);
	}
}

describe('parseStory on any input', () => {
	it('parseStory(any text) gives a Story or positioned errors, never an exception', { timeout: TEST_TIMEOUT_MS }, () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), answersWithoutThrowing), BOUNDS);
	});

	it('parseStory(YAML-like text) gives a Story or positioned errors, never an exception', { timeout: TEST_TIMEOUT_MS }, () => {
		fc.assert(fc.property(yamlish, answersWithoutThrowing), BOUNDS);
	});

	it('parseStory(the mini story, damaged) gives a Story or positioned errors, never an exception', { timeout: TEST_TIMEOUT_MS }, () => {
		fc.assert(fc.property(mutatedMini, answersWithoutThrowing), BOUNDS);
	});
});

/** what rendered text may contain: these tags and nothing else */
/** <wbr> marks Japanese phrase breaks (phrases.ts); ruby gives period place names their readings (era-names.ts) */
const ALLOWED_TAG = /<(?:\/?(?:p|em|strong|sup|a|wbr|ruby|rt|rp)|sup class="ref"|a href="(?:https?:\/\/[^"<>\s]+|#source-[a-z][a-z0-9_-]*)"(?: rel="noopener noreferrer")?)>/g;

function onlyAllowedTags(html: string): void {
	expect(html.replace(ALLOWED_TAG, ''), html).not.toMatch(/[<>]/);
	expect(html.toLowerCase()).not.toMatch(/href="\s*javascript:/);
}

/** pieces that matter to the Markdown subset and to HTML */
const TEXT_TOKENS = ['[x', '](https://a.org/', '](javascript:', '<', '>', '</', 'script', 'img src=x onerror=alert(1)', '"', "'", '&', '&lt;', '*', '**', '[', ']', '(', ')', '[^', '^', 'atlas', 'javascript:', 'https://', 'a.org/', ' ', '\n', '\n\n', 'x'];
const textPiece = fc.array(fc.constantFrom(...TEXT_TOKENS), { maxLength: 8 }).map((t) => t.join(''));
/** a link whose text and address hold markup too: `[*x*](https://a.org/*b*)` */
const link = fc.tuple(textPiece, textPiece, fc.constantFrom('https://a.org/', 'javascript:', '')).map(([text, tail, scheme]) => `[${text}](${scheme}${tail.replace(/[\s)]/g, '')})`);
const markdownish = fc.oneof(
	fc.array(fc.oneof(textPiece, link), { maxLength: 8 }).map((t) => t.join('')),
	fc.string({ maxLength: 200 })
);

describe('rendered text on any input', () => {
	const ctx = { sourceNumber: (id: string) => (id === 'atlas' ? 1 : undefined), sourceAnchor: (id: string) => `source-${id}` };

	it('renderMarkdown(any text) holds no tag but the subset, and no javascript: link', { timeout: TEST_TIMEOUT_MS }, () => {
		fc.assert(fc.property(markdownish, (text) => onlyAllowedTags(renderMarkdown(text, ctx))), BOUNDS);
	});

	it('storyProse escapes every text a story can hold (titles, credits, citations, alt text, step text)', { timeout: TEST_TIMEOUT_MS }, () => {
		const base = mini();
		fc.assert(
			fc.property(markdownish, fc.webUrl(), (text, url) => {
				const both = { ja: text, en: text };
				const story = {
					...base,
					title: both,
					credits: both,
					sources: base.sources.map((s) => ({ ...s, cite: both, pages: text, url })),
					sections: base.sections.map((section) => ({
						...section,
						title: both,
						steps: section.steps.map((step) => ({ ...step, text: both, alt: both }))
					}))
				};
				for (const lang of LANGS) {
					const prose = storyProse(story, lang);
					onlyAllowedTags(prose.creditsHtml);
					for (const s of prose.sources) onlyAllowedTags(s.html);
					for (const section of prose.sections) {
						onlyAllowedTags(section.titleHtml);
						for (const step of section.steps) {
							onlyAllowedTags(step.html);
							onlyAllowedTags(step.altHtml);
							onlyAllowedTags(step.citesHtml.replace(/ title="[^"]*"/g, ''));
						}
					}
				}
			}),
			{ ...BOUNDS, numRuns: 100 }
		);
	});
});
