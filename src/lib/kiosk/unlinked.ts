/**
 * Step HTML for a kiosk, where no link may lead anywhere: source references (their bibliography
 * is not on the kiosk) are dropped and other links become plain text. The input is markdown.ts's
 * escaped HTML, whose only tags are its own, so matching them is exact.
 */
export function unlinked(html: string): string {
	return html
		.replace(/<sup class="ref"><a [^>]*>[^<]*<\/a><\/sup>/g, '')
		.replace(/<a [^>]*>/g, '<span>')
		.replace(/<\/a>/g, '</span>');
}
