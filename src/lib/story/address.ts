import type { Lang } from './schema';

/**
 * The path of story `id`'s page in `lang` under `root` (the site's base path, or its origin and
 * base path for an absolute URL), ending in "/": Japanese at /<id>/, English at /en/<id>/.
 */
export function storyAddress(root: string, lang: Lang, id: string): string {
	return `${root}${lang === 'en' ? '/en' : ''}/${id}/`;
}
