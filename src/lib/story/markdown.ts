/**
 * The story text's Markdown subset, rendered to HTML at build time:
 * *emphasis*, **strong**, [text](https://...), [^source-id] (a numbered link to the bibliography),
 * blank lines between paragraphs. Everything else is text: the input is escaped first, so a
 * story can never put a tag, an attribute or a script into the page.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface InlineContext {
	/** 1-based number of a source id in the bibliography, undefined if unknown */
	sourceNumber: (id: string) => number | undefined;
	/** fragment id of a source's bibliography entry */
	sourceAnchor: (id: string) => string;
}

export function renderMarkdown(text: string, ctx: InlineContext): string {
	return text
		.trim()
		.split(/\n\s*\n/)
		.map((para) => `<p>${renderInline(para.replace(/\s*\n\s*/g, ' '), ctx)}</p>`)
		.join('');
}

/** a link: [text](http(s) address); the text may not start with ^, which marks a source */
const LINK = /\[(?!\^)([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

/**
 * Links are found first and the rest is styled piece by piece, so that a `*` in an address never
 * becomes <em> inside the href and emphasis never straddles a link's edge.
 */
function renderInline(text: string, ctx: InlineContext): string {
	const escaped = escapeHtml(text);
	let out = '';
	let last = 0;
	for (const m of escaped.matchAll(LINK)) {
		out += styled(references(escaped.slice(last, m.index), ctx));
		out += `<a href="${m[2]}" rel="noopener noreferrer">${styled(m[1]!)}</a>`;
		last = m.index + m[0].length;
	}
	return out + styled(references(escaped.slice(last), ctx));
}

function references(html: string, ctx: InlineContext): string {
	return (
		html
			.replace(/\[\^([a-z][a-z0-9_-]*)\]/g, (whole, id: string) => {
				const n = ctx.sourceNumber(id);
				return n === undefined ? whole : `<sup class="ref"><a href="#${ctx.sourceAnchor(id)}">${n}</a></sup>`;
			})
			// [^a][^b] reads "1,3", not "13"
			.replace(/<\/a><\/sup><sup class="ref">/g, '</a>,')
	);
}

function styled(html: string): string {
	return html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/** the text without markup, for alt text, titles and meta descriptions */
export function plainText(text: string): string {
	return text
		.replace(/\[\^[a-z][a-z0-9_-]*\]/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*\*?([^*]+)\*\*?/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
