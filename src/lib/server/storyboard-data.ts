import { error } from '@sveltejs/kit';
import { frameAt } from '../scene/frame';
import { stepWarnings } from '../scene/warnings';
import { catalog } from './catalog';

/** every step of a story settled, with both languages' prose and the editor's warnings */
export function storyboardData(id: string) {
	const found = catalog().get(id);
	if (!found) error(404, `no story "${id}"`);
	const scene = found.scenes.ja;
	const warnings = stepWarnings(found.story, scene);
	const ja = found.prose.ja.sections.flatMap((s) => s.steps.map((step) => ({ ...step, section: s.titleHtml })));
	const en = found.prose.en.sections.flatMap((s) => s.steps);
	return {
		id,
		title: found.story.title,
		scene,
		/** the bibliography, so that the texts' source links land on the page */
		sources: found.prose.ja.sources.map((source, i) => ({ anchor: source.anchor, html: { ja: source.html, en: found.prose.en.sources[i]!.html } })),
		steps: scene.steps.map((step, i) => ({
			id: step.id,
			frame: frameAt(scene, i, 1),
			section: ja[i]!.section,
			date: { ja: ja[i]!.date, en: en[i]!.date },
			html: { ja: ja[i]!.html, en: en[i]!.html },
			alt: { ja: ja[i]!.altHtml, en: en[i]!.altHtml },
			warnings: warnings[i]!
		}))
	};
}
