/**
 * A story page that never changes: its scripts are gone, but its root is marked as scripted, so
 * it lays out as the live page does (the map drawn at the first step beside the text, sections
 * out of view skipped). The bench scrolls it as it scrolls the live page: what scrolling alone
 * costs on this machine, the floor under the map's figures.
 */
export function stillPage(html: string): string {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')
		.replace(/<html\b/i, '<html class="js"');
}
