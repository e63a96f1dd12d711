import { describe, expect, it } from 'vitest';
import { errorOverlayHtml } from '../../src/lib/server/error-overlay';

describe('errorOverlayHtml', () => {
	it('errorOverlayHtml([]) is nothing: no panel while every story is valid', () => {
		expect(errorOverlayHtml([])).toBe('');
	});

	it('errorOverlayHtml lists each file:line:col line, escaped', () => {
		const html = errorOverlayHtml(['s.yaml:3:1: YAML syntax: x', 's.yaml:9:5 title.en: got "<script>alert(1)</script>"']);
		expect(html).toContain('Stories have 2 errors');
		expect(html).toContain('<li>s.yaml:3:1: YAML syntax: x</li>');
		expect(html).toContain('<li>s.yaml:9:5 title.en: got &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</li>');
		expect(html).not.toContain('<script>');
	});
});
