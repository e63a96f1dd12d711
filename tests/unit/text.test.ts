import { describe, expect, it } from 'vitest';
import { renderMarkdown, plainText } from '../../src/lib/story/markdown';
import { formatDate, formatStrength, eraYear } from '../../src/lib/story/format';
import { describeStep } from '../../src/lib/story/describe';
import { didYouMean } from '../../src/lib/story/errors';
import { phraseBreaks } from '../../src/lib/story/phrases';
import { eraNames } from '../../src/lib/story/era-names';
import { sourceListsHtml, SOURCES_PER_LIST } from '../../src/lib/story/source-lists';
import { mini } from './asserts';

const ctx = { sourceNumber: (id: string) => (id === 'atlas' ? 1 : undefined), sourceAnchor: (id: string) => `source-${id}` };

describe('renderMarkdown', () => {
	it('renderMarkdown renders emphasis, strong, links and source references', () => {
		expect(renderMarkdown('A *b* **c** [d](https://e.org/f) g.[^atlas]', ctx)).toBe(
			'<p>A <em>b</em> <strong>c</strong> <a href="https://e.org/f" rel="noopener noreferrer">d</a> g.<sup class="ref"><a href="#source-atlas">1</a></sup></p>'
		);
	});

	it('renderMarkdown joins adjacent source references with a comma so that 1 and 2 do not read as 12', () => {
		const two = { ...ctx, sourceNumber: (id: string) => ({ atlas: 1, map: 2 })[id] };
		expect(renderMarkdown('x.[^atlas][^map]', two)).toBe(
			'<p>x.<sup class="ref"><a href="#source-atlas">1</a>,<a href="#source-map">2</a></sup></p>'
		);
	});

	it('renderMarkdown keeps emphasis out of link addresses and off link edges', () => {
		expect(renderMarkdown('[*x*](https://a.org/*b*) **c**', ctx)).toBe(
			'<p><a href="https://a.org/*b*" rel="noopener noreferrer"><em>x</em></a> <strong>c</strong></p>'
		);
		expect(renderMarkdown('**[x](https://a.org/*)**', ctx)).toBe('<p>**<a href="https://a.org/*" rel="noopener noreferrer">x</a>**</p>');
	});

	it('renderMarkdown escapes HTML so a story cannot inject a tag', () => {
		const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> & "q"', ctx);
		expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>');
	});

	it('renderMarkdown links only http(s): a javascript: link stays text', () => {
		expect(renderMarkdown('[x](javascript:alert(1))', ctx)).toBe('<p>[x](javascript:alert(1))</p>');
	});

	it('renderMarkdown splits paragraphs on blank lines and leaves unknown references as text', () => {
		expect(renderMarkdown('one\ntwo\n\nthree[^nope]', ctx)).toBe('<p>one two</p><p>three[^nope]</p>');
	});

	it('plainText drops the markup', () => {
		expect(plainText('A *b* [c](https://d.org) e.[^atlas]')).toBe('A b c e.');
	});
});

describe('format', () => {
	it('formatDate writes each language its own way', () => {
		expect(formatDate('1918-08-02', 'ja')).toBe('1918年8月2日');
		expect(formatDate('1918-08-02', 'en')).toBe('2 August 1918');
		expect(formatDate('1918-08-02', 'en', true)).toBe('c. 2 August 1918');
		expect(formatDate('1918-08-02', 'ja', true)).toBe('1918年8月2日ごろ');
	});

	it('eraYear glosses Taishō years', () => {
		expect(eraYear('1918-08-02')).toBe('大正7年');
		expect(eraYear('1912-08-01')).toBe('大正元年');
		expect(eraYear('1910-01-01')).toBeUndefined();
	});

	it('formatStrength groups digits by language', () => {
		expect(formatStrength(72000, 'ja')).toBe('7万2000人');
		expect(formatStrength(70000, 'ja')).toBe('7万人');
		expect(formatStrength([72000, 73000], 'en')).toBe('72,000–73,000');
		expect(formatStrength(130, 'en')).toBe('130');
	});
});

describe('describeStep', () => {
	const story = mini();
	const steps = story.sections.flatMap((s) => s.steps);

	it('describeStep generates alt text from the actions in the page language', () => {
		expect(describeStep(story, steps[0]!, 'en')).toBe('Blue (4,000) land at Port.');
		expect(describeStep(story, steps[0]!, 'ja')).toBe('青軍(4000人)が港に上陸。');
		expect(describeStep(story, steps[1]!, 'en')).toBe('Blue advance to Town along the Railway. Shown: Zone. Fighting at Town.');
	});

	it('describeStep does not double an article the route name already has', () => {
		const named = { ...story, routes: story.routes.map((r) => (r.id === 'line' ? { ...r, name: { ...r.name, en: 'The railway' } } : r)) };
		expect(describeStep(named, steps[1]!, 'en')).toBe('Blue advance to Town along The railway. Shown: Zone. Fighting at Town.');
	});

	it("describeStep prefers the author's alt text", () => {
		expect(describeStep(story, steps[2]!, 'en')).toBe('Blue returns to the port.');
	});
});

describe('didYouMean', () => {
	it('didYouMean suggests the closest id, and nothing when none is close', () => {
		expect(didYouMean('jpn', ['japan', 'usa'])).toBe(' (did you mean "japan"?)');
		expect(didYouMean('zzzzzz', ['japan', 'usa'])).toBe('');
	});
});

describe('phraseBreaks', () => {
	it('puts <wbr> between Japanese phrases, only in text, keeping tags and escapes', () => {
		const html = '<p>日本軍は9月中旬にブラゴヴェシチェンスクを取った。<a href="#source-a?x=1&amp;y=2">[1]</a> &lt;b&gt;</p>';
		const out = phraseBreaks(html);
		expect(out).toContain('<wbr>');
		expect(out.replaceAll('<wbr>', '')).toBe(html);
		expect(out).toContain('<a href="#source-a?x=1&amp;y=2">');
		expect(out).not.toMatch(/<b>/);
		// a break falls between phrases, never inside the name
		expect(out).not.toMatch(/ブラゴ<wbr>/);
	});
});

describe('eraNames', () => {
	const names = [{ name: 'ウラジオストク', historical: '浦塩', reading: 'うらじお' }, { name: 'ニコラエフスク', historical: '尼港', reading: 'にこう' }];
	it('glosses the first mention of a place with its period name and reading, once', () => {
		const out = eraNames('<p>ウラジオストクに上陸し、ウラジオストクを出た。</p>', names);
		expect(out).toBe('<p>ウラジオストク（<ruby>浦塩<rp>（</rp><rt>うらじお</rt><rp>）</rp></ruby>）に上陸し、ウラジオストクを出た。</p>');
	});
	it('gives a period name written alone its reading, and leaves tags alone', () => {
		const out = eraNames('<p><a href="#尼港">尼港</a>の事件</p>', names);
		expect(out).toBe('<p><a href="#尼港"><ruby>尼港<rp>（</rp><rt>にこう</rt><rp>）</rp></ruby></a>の事件</p>');
	});
});

describe('sourceListsHtml', () => {
	const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, anchor: `source-s${i}`, number: i + 1, cite: `Cite ${i}`, html: `Cite &amp; ${i}` }));
	/** each entry's number as a browser counts it: the list's start, then one more per item */
	const numbered = (html: string) =>
		[...html.matchAll(/<ol(?: start="(\d+)")?>(.*?)<\/ol>/g)].flatMap(([, start, items]) =>
			[...items!.matchAll(/<li id="([^"]+)">/g)].map(([, anchor], k) => [anchor, Number(start ?? 1) + k])
		);

	it('splits the bibliography into lists of at most `per` entries, numbered on from list to list', () => {
		const sources = entries(25);
		const html = sourceListsHtml(sources, 12);
		expect(html.match(/<ol/g)).toHaveLength(3);
		expect(numbered(html)).toEqual(sources.map((s) => [s.anchor, s.number]));
		expect(html).toContain('<li id="source-s24">Cite &amp; 24</li>');
	});

	it('writes one list for a short bibliography and none for an empty one', () => {
		expect(sourceListsHtml(entries(SOURCES_PER_LIST))).toBe(`<ol>${entries(SOURCES_PER_LIST).map((s) => `<li id="${s.anchor}">${s.html}</li>`).join('')}</ol>`);
		expect(sourceListsHtml([])).toBe('');
	});
});
