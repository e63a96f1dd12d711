/**
 * The era's place names in Japanese text (JA-4): the first mention of a place in a step gets its
 * period name beside it, with the reading in ruby (ウラジオストク（浦塩）), and the period name
 * written on its own gets its reading too (尼港 -> 尼港 with にこう above). Readings come from
 * the story's gazetteer.
 */
export interface EraName {
	/** today's name as the text writes it */
	name: string;
	/** the period name and its reading */
	historical: string;
	reading: string;
}

const ruby = (e: EraName) => `<ruby>${e.historical}<rp>（</rp><rt>${e.reading}</rt><rp>）</rp></ruby>`;

/** html: our own escaped markup; names are only looked for in text between tags */
export function eraNames(html: string, names: readonly EraName[]): string {
	const glossed = new Set<string>();
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part.startsWith('<')) return part;
			let out = part;
			for (const e of names) {
				// the period name standing alone first, so the gloss added below is not glossed again
				out = out.split(e.historical).join(ruby(e));
				if (!glossed.has(e.name) && out.includes(e.name)) {
					glossed.add(e.name);
					out = out.replace(e.name, `${e.name}（${ruby(e)}）`);
				}
			}
			return out;
		})
		.join('');
}
