import { error } from '@sveltejs/kit';
import { LANGS, type Lang } from '$lib/story/schema';
import { catalog } from './catalog';

/**
 * What a kiosk page's JavaScript needs: both languages' scenes (the language switches inside the
 * page, keeping the step), the titles, and each step's text length (the attract loop's dwell).
 */
export function kioskPageData(id: string) {
	const found = catalog().get(id);
	if (!found) error(404, `no story "${id}"`);
	const per = <T>(f: (lang: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;
	const steps = found.story.sections.flatMap((s) => s.steps);
	return {
		scenes: per((l) => found.scenes[l]),
		titles: per((l) => found.story.title[l]),
		chars: per((l) => steps.map((s) => s.text[l].length))
	};
}
