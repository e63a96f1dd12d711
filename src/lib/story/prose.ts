/**
 * Everything a reader reads, in one language, as escaped HTML or plain text: the part of a story
 * that lives in the prerendered HTML and never in the browser's JavaScript.
 */
import { describeStep } from './describe';
import { eraYear, formatDate } from './format';
import { escapeHtml, plainText, renderMarkdown } from './markdown';
import { eraNames, type EraName } from './era-names';
import { phraseBreaks } from './phrases';
import type { Lang, Story } from './schema';

export interface StepProse {
	id: string;
	/** escaped HTML from the Markdown subset */
	html: string;
	date: string;
	/** Taishō year gloss on Japanese pages */
	era?: string;
	alt: string;
	altHtml: string;
	/** the step's source references as links to the bibliography, escaped HTML */
	citesHtml: string;
}

export interface SourceProse {
	id: string;
	anchor: string;
	number: number;
	cite: string;
	pages?: string;
	url?: string;
	/** the bibliography entry, escaped HTML */
	html: string;
}

export interface StoryProse {
	lang: Lang;
	title: string;
	summary: string;
	/** the title and summary with phrase breaks, escaped HTML */
	titleHtml: string;
	summaryHtml: string;
	credits: string;
	creditsHtml: string;
	sections: { id: string; title: string; titleHtml: string; steps: StepProse[] }[];
	sources: SourceProse[];
}

export const sourceAnchor = (id: string) => `source-${id}`;

export function storyProse(story: Story, lang: Lang): StoryProse {
	const numbers = new Map(story.sources.map((s, i) => [s.id, i + 1]));
	const ctx = { sourceNumber: (id: string) => numbers.get(id), sourceAnchor };
	/** Japanese text gets phrase breaks; English breaks at spaces already */
	const breaks = (html: string) => (lang === 'ja' ? phraseBreaks(html) : html);
	const era: EraName[] = story.places.flatMap((p) => (p.historical ? [{ name: p.name.ja, historical: p.historical.ja, reading: p.historical.reading }] : []));
	/** Japanese step text: period place names with readings, then phrase breaks */
	const stepHtml = (html: string) => (lang === 'ja' ? phraseBreaks(eraNames(html, era)) : html);
	return {
		lang,
		title: story.title[lang],
		summary: story.summary[lang],
		titleHtml: breaks(escapeHtml(story.title[lang])),
		summaryHtml: breaks(escapeHtml(story.summary[lang])),
		credits: story.credits[lang],
		creditsHtml: escapeHtml(story.credits[lang]),
		sections: story.sections.map((section) => ({
			id: section.id,
			title: section.title[lang],
			titleHtml: breaks(escapeHtml(section.title[lang])),
			steps: section.steps.map((step) => {
				const eraYearJa = lang === 'ja' ? eraYear(step.date) : undefined;
				const alt = plainText(describeStep(story, step, lang));
				return {
					id: step.id,
					html: stepHtml(renderMarkdown(step.text[lang], ctx)),
					date: formatDate(step.date, lang, step.approx),
					...(eraYearJa ? { era: eraYearJa } : {}),
					alt,
					altHtml: escapeHtml(alt),
					citesHtml: step.sources
						.map((id) => `<a href="#${sourceAnchor(id)}" title="${escapeHtml(story.sources.find((x) => x.id === id)!.cite[lang])}">[${numbers.get(id)}]</a>`)
						.join(' ')
				};
			})
		})),
		sources: story.sources.map((s) => ({
			id: s.id,
			anchor: sourceAnchor(s.id),
			number: numbers.get(s.id)!,
			cite: s.cite[lang],
			...(s.pages ? { pages: s.pages } : {}),
			...(s.url ? { url: s.url } : {}),
			html: sourceHtml(s.cite[lang], s.pages, s.url, lang)
		}))
	};
}

/** "cite, pp. 11, 15 <a>url</a>" in English, "cite, 11, 15頁 <a>url</a>" in Japanese */
function sourceHtml(cite: string, pages: string | undefined, url: string | undefined, lang: Lang): string {
	const where = pages ? (lang === 'ja' ? `, ${escapeHtml(pages)}頁` : `, pp. ${escapeHtml(pages)}`) : '';
	const link = url ? ` <a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>` : '';
	return `${escapeHtml(cite)}${where}${link}`;
}
