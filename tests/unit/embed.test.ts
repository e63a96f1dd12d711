import { describe, expect, it } from 'vitest';
import { embedParams } from '../../src/lib/embed/params';
import { heightMessages, isPymWidthRequest, originOf, pymMessage } from '../../src/lib/embed/protocol';
import { EMBED_HEIGHT, embedLinks, embedSnippet, oembed } from '../../src/lib/embed/snippet';

const steps = ['a', 'b', 'c'];
const params = (url: string) => embedParams(new URL(url), steps);

describe('embedParams', () => {
	it('defaults to the stepper, light, first step', () => {
		expect(params('https://x.test/s/embed/one/')).toEqual({ mode: 'stepper', theme: 'light', step: 0 });
	});
	it('reads mode, theme, step, Pym childId and the WordPress secret', () => {
		expect(params('https://x.test/e/?mode=static&theme=dark&step=c&childId=chart-1#?secret=Zx9')).toEqual({
			mode: 'static',
			theme: 'dark',
			step: 2,
			pymId: 'chart-1',
			wpSecret: 'Zx9'
		});
	});
	it('ignores unknown values and ids it would not echo safely', () => {
		expect(params('https://x.test/e/?mode=fancy&theme=pink&step=zzz&childId=%3Cscript%3E#?secret=a%22b')).toEqual({ mode: 'stepper', theme: 'light', step: 0 });
	});
});

describe('heightMessages', () => {
	it('sends our shape to the known parent origin, rounded up', () => {
		expect(heightMessages(612.2, { id: 's/one', parentOrigin: 'https://news.test' })).toEqual([
			{ data: { type: 'scrollymap:height', id: 's/one', height: 613 }, targetOrigin: 'https://news.test' }
		]);
	});
	it("adds Pym's and WordPress's shapes when those hosts embedded us", () => {
		const out = heightMessages(500, { id: 's/one', pymId: 'c1', wpSecret: 'k' }).map((m) => m.data);
		expect(out).toEqual([{ type: 'scrollymap:height', id: 's/one', height: 500 }, 'pymxPYMxc1xPYMxheightxPYMx500', { secret: 'k', message: 'height', value: 500 }]);
	});
	it("answers Pym's width messages for its own child id only", () => {
		expect(isPymWidthRequest(pymMessage('c1', 'width', '640'), 'c1')).toBe(true);
		expect(isPymWidthRequest(pymMessage('c2', 'width', '640'), 'c1')).toBe(false);
		expect(isPymWidthRequest(pymMessage('c1', 'height', '640'), 'c1')).toBe(false);
		expect(isPymWidthRequest({}, 'c1')).toBe(false);
	});
	it('knows an origin only from a real URL', () => {
		expect(originOf('https://news.test/a/b?c')).toBe('https://news.test');
		expect(originOf('')).toBeUndefined();
		expect(originOf('not a url')).toBeUndefined();
		expect(originOf('data:text/html,x')).toBeUndefined();
	});
});

describe('the snippet and oEmbed', () => {
	const links = embedLinks('https://maps.test/sub', 'story', 'sec', 'en', 'A "quoted" <title>');
	it('builds absolute URLs under the base path, per language', () => {
		expect(links).toMatchObject({ src: 'https://maps.test/sub/en/story/embed/sec/', story: 'https://maps.test/sub/en/story/#sec', script: 'https://maps.test/sub/embed.js' });
		expect(embedLinks('https://maps.test', 'story', 'sec', 'ja', 't').src).toBe('https://maps.test/story/embed/sec/');
	});
	it('gives a lazy, full-width, borderless iframe with an escaped title, and the script', () => {
		const [iframe, script] = embedSnippet(links).split('\n');
		expect(iframe).toBe(
			`<iframe src="https://maps.test/sub/en/story/embed/sec/" title="A &quot;quoted&quot; &lt;title&gt;" loading="lazy" width="100%" height="${EMBED_HEIGHT}" style="border:0" allow="fullscreen"></iframe>`
		);
		expect(script).toBe('<script src="https://maps.test/sub/embed.js" async></script>');
	});
	it('answers oEmbed with type rich, a blockquote link and the iframe, and no script', () => {
		const o = oembed({ ...links, provider: { name: 'scrollymap', url: 'https://maps.test/sub/' }, thumbnail: { url: 'https://maps.test/t.png', width: 1200, height: 630 } });
		expect(o).toMatchObject({ version: '1.0', type: 'rich', title: links.title, provider_name: 'scrollymap', width: 640, height: EMBED_HEIGHT, thumbnail_width: 1200 });
		expect(o.html).toMatch(/^<blockquote class="scrollymap-embed"><a href="https:\/\/maps.test\/sub\/en\/story\/#sec">A &quot;quoted&quot; &lt;title&gt;<\/a><\/blockquote><iframe src=/);
		expect(o.html).not.toContain('<script');
	});
});
