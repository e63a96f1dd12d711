import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../../src/lib/server/stories';

/** the source text the flagship story retells; stories may take its facts, never its wording */
const seedDir = resolve('../shared/seed');
/** the longest run of characters a story may share with the seed (issue #4: no run of 15 or more) */
const MAX_RUN = 14;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** the first run of MAX_RUN + 1 characters of `text` that also occurs in `seed`, if any */
function copiedRun(text: string, seed: string): string | undefined {
	const chars = [...squeeze(text)];
	for (let i = 0; i + MAX_RUN + 1 <= chars.length; i++) {
		const run = chars.slice(i, i + MAX_RUN + 1).join('');
		if (seed.includes(run)) return run;
	}
	return undefined;
}

// The seed sits beside the repository, not in it: a clean clone (.ci/run) has no copy, so the
// check runs only where the research folder is present.
describe.skipIf(!existsSync(seedDir))('stories do not copy the seed text', () => {
	const seed = existsSync(seedDir)
		? readdirSync(seedDir)
				.map((f) => squeeze(readFileSync(join(seedDir, f), 'utf8')))
				.join('\n')
		: '';

	it('finds a copied run when there is one', () => {
		expect(copiedRun(`前置き${seed.slice(100, 120)}後書き`, seed)).toBeDefined();
	});

	it.each(storyFiles())('%s shares no run of 15 characters with it', (file) => {
		const result = readStory(file);
		if (!result.ok) return;
		const { story } = result;
		const copies: string[] = [];
		const check = (where: string, text: string | undefined) => {
			const run = text === undefined ? undefined : copiedRun(text, seed);
			if (run) copies.push(`${where}: ${run}`);
		};
		for (const lang of ['ja', 'en'] as const) {
			check(`title.${lang}`, story.title[lang]);
			check(`summary.${lang}`, story.summary[lang]);
			for (const section of story.sections) {
				check(`${section.id}.title.${lang}`, section.title[lang]);
				for (const step of section.steps) {
					check(`${step.id}.text.${lang}`, step.text[lang]);
					check(`${step.id}.alt.${lang}`, step.alt?.[lang]);
				}
			}
		}
		expect(copies).toEqual([]);
	});
});
