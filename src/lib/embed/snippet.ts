/**
 * The HTML a journalist pastes: an iframe that works on its own (lazy, full width, no border) and
 * the resize script; and the oEmbed answer for the same section, whose `html` has no script
 * (WordPress keeps only a blockquote and an iframe).
 */
import { escapeHtml } from '../story/markdown';
import { storyAddress } from '../story/address';

/** CSS px: what the frame is given before its script reports the real height */
export const EMBED_HEIGHT = 720;
/** the width oEmbed consumers are told; the iframe itself is width="100%" */
export const EMBED_WIDTH = 640;

export interface EmbedLinks {
	/** absolute URL of the embed page */
	src: string;
	/** absolute URL of the full story */
	story: string;
	/** absolute URL of the resize script */
	script: string;
	/** section title, plain text */
	title: string;
}

export function iframeHtml({ src, title }: Pick<EmbedLinks, 'src' | 'title'>, height = EMBED_HEIGHT): string {
	return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" width="100%" height="${height}" style="border:0" allow="fullscreen"></iframe>`;
}

export function embedSnippet(links: EmbedLinks): string {
	return `${iframeHtml(links)}\n<script src="${escapeHtml(links.script)}" async></script>`;
}

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

export interface OEmbedInput extends Omit<EmbedLinks, 'script'> {
	provider: { name: string; url: string };
	thumbnail?: { url: string; width: number; height: number };
}

export function oembed({ src, story, title, provider, thumbnail }: OEmbedInput): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: provider.name,
		provider_url: provider.url,
		html: `<blockquote class="scrollymap-embed"><a href="${escapeHtml(story)}">${escapeHtml(title)}</a></blockquote>${iframeHtml({ src, title })}`,
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		...(thumbnail ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {})
	};
}

/** absolute URLs of one section's embed, its story and the resize script, for the site at `site` (origin + base path) */
export function embedLinks(site: string, story: string, section: string, lang: 'ja' | 'en', title: string): EmbedLinks {
	const root = storyAddress(site, lang, story);
	return { src: `${root}embed/${section}/`, story: `${root}#${section}`, script: `${site}/embed.js`, title };
}
