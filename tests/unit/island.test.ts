import { describe, expect, it } from 'vitest';
import { entryTags, jsonScript } from '../../src/lib/server/island';

describe("a page's island", () => {
	it('load the entry and preload each module it imports, under the assets path', () => {
		const tags = entryTags({ file: '_app/e.js', imports: ['_app/a.js', '_app/b.js'] }, '/stories');
		expect(tags).toBe(
			'<script type="module" src="/stories/_app/e.js"></script><link rel="modulepreload" href="/stories/_app/a.js"><link rel="modulepreload" href="/stories/_app/b.js">'
		);
	});

	it('carry props as JSON that no text inside can end early, and that parse back whole', () => {
		const value = { text: 'a </script><script>alert(1)</script> <!-- b', n: [1, 2.5], none: null };
		const html = jsonScript('p', value);
		const body = html.slice('<script type="application/json" id="p">'.length, -'</script>'.length);
		expect(body).not.toMatch(/</);
		expect(JSON.parse(body)).toEqual(value);
	});
});
