/**
 * Japanese line breaks at phrase boundaries (JA-2), decided at build time with BudouX: a <wbr>
 * between phrases of the text. Pages say `word-break: keep-all`, so lines break only at these
 * <wbr>s and at punctuation; the browser's own `auto-phrase` costs too much layout on a long page.
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { escapeHtml } from './markdown';

const parser = loadDefaultJapaneseParser();
const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** html: our own escaped markup; only its text between tags gets <wbr>s, tags stay as they are */
export function phraseBreaks(html: string): string {
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part.startsWith('<') || part === '') return part;
			const text = part.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]!);
			return parser
				.parse(text)
				.map(escapeHtml)
				.join('<wbr>');
		})
		.join('');
}
