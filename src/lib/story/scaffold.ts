/**
 * A new story's first file: the smallest story that passes the checker, with comments that say
 * what to change. `npm run story:new -- <id>` writes it; docs/authoring.md explains every field.
 */
import { ID_PATTERN } from './schema';

/** URL paths the site already uses: a story with one of these ids would hide a page */
const TAKEN = ['en', 'maps', 'schema'];
/** a story id is one URL path segment; longer ids make unreadable links */
const MAX_ID_LENGTH = 60;

/** why `id` cannot name a new story, or undefined when it can */
export function storyIdProblem(id: string): string | undefined {
	if (id === '') return 'give the new story an id, e.g. npm run story:new -- my-story';
	if (!ID_PATTERN.test(id)) {
		return `"${id}" is not a usable id: use lower-case letters a-z, digits, "-" or "_", starting with a letter (e.g. "battle-of-britain")`;
	}
	if (id.length > MAX_ID_LENGTH) return `"${id}" is too long: at most ${MAX_ID_LENGTH} characters`;
	if (TAKEN.includes(id)) return `"${id}" is already used by the site (${TAKEN.map((t) => `/${t}/`).join(', ')}); choose another id`;
	return undefined;
}

/** the YAML text of a new story called `id` (already checked with storyIdProblem) */
export function scaffoldYaml(id: string): string {
	return `# yaml-language-server: $schema=../../static/schema/story.schema.json
# A new story. Change the texts, then check it with:  npm run story:check -- stories/${id}/story.yaml
# Every field is explained in docs/authoring.md.
id: ${id}
title:
  ja: 新しい物語
  en: A new story
summary:
  ja: この物語が何を伝えるかを一文で書く。
  en: Say in one sentence what this story tells.
period: { start: 1900-01-01, end: 1900-12-31 }
credits:
  ja: 文・地図 (あなたの名前)
  en: Text and maps by (your name)
# the part of the world the map shows, in degrees (west and south are negative)
region: { west: -10, east: 10, south: 45, north: 56 }

sources:
  - id: first-source
    cite:
      ja: 著者『書名』出版社、出版年
      en: Author, Title, Publisher, year

places:
  - { id: greenwich, name: { ja: グリニッジ, en: Greenwich }, lat: 51.478, lon: 0.0 }

sections:
  - id: beginning
    title: { ja: 始まり, en: The beginning }
    steps:
      - id: first-step
        date: 1900-01-01
        text:
          ja: ここに最初の場面の文章を書く。[^first-source]
          en: Write the text of the first scene here.[^first-source]
        sources: [first-source]
        camera: { center: greenwich, zoom: 2 }
        actions:
          - type: mark
            at: greenwich
            kind: incident
            label: { ja: ここで何かが起きた, en: Something happened here }
`;
}
