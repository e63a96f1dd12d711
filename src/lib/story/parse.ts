/**
 * The one place that knows YAML: story text in, a validated `Story` or every error found out,
 * each with file, line, column and key path. Build time and `story:check` only.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { core } from 'zod';
import { didYouMean, keyPathText, type KeyPath, type StoryError } from './errors';
import { StorySchema, type Story } from './schema';
import { checkReferences, type Problem } from './references';

/** larger files are refused before parsing: a story is text, a few hundred KB at most */
export const MAX_STORY_BYTES = 2 * 1024 * 1024;
/** aliases expand to copies; more than this is an "alias bomb", not a story */
const MAX_ALIAS_COUNT = 100;

export type ParseResult = { ok: true; story: Story } | { ok: false; errors: StoryError[] };

export function parseStory(text: string, file: string): ParseResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_STORY_BYTES) {
		return fail([{ file, line: 1, col: 1, path: '', message: `file is ${bytes} bytes; the limit is ${MAX_STORY_BYTES}` }]);
	}
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
	if (doc.errors.length > 0) {
		// after the first syntax error the parser's further complaints are mostly echoes of it
		const independent = new Set(['DUPLICATE_KEY', 'TAB_AS_INDENT']);
		const shown = doc.errors.filter((e, i) => i === 0 || independent.has(e.code)).slice(0, 20);
		return fail(
			shown.map((e) => {
				const at = lines.linePos(e.pos[0]);
				return { file, line: at.line, col: at.col, path: '', message: yamlMessage(e.code, e.message) };
			})
		);
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch {
		return fail([{ file, line: 1, col: 1, path: '', message: `too many aliases (more than ${MAX_ALIAS_COUNT}): refused as an alias bomb` }]);
	}
	const locate = locator(doc, lines, file);
	const parsed = StorySchema.safeParse(data, { reportInput: true });
	if (!parsed.success) {
		return fail(parsed.error.issues.flatMap((issue) => issueErrors(issue, locate)));
	}
	const problems = checkReferences(parsed.data);
	if (problems.length > 0) return fail(problems.map((p: Problem) => locate(p.path, p.message, p.at)));
	return { ok: true, story: parsed.data };
}

function fail(errors: StoryError[]): ParseResult {
	return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.col - b.col) };
}

function yamlMessage(code: string, message: string): string {
	const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	if (code === 'TAB_AS_INDENT') return 'tabs are not allowed for indentation; use spaces';
	if (code === 'DUPLICATE_KEY') return `duplicate key: ${first}`;
	// the parser's own words for these two name its API or its stack, which helps no author
	if (first.includes('multiple documents')) return 'YAML syntax: a story file holds one document; remove the second "---" line and what follows it';
	if (first.includes('call stack')) return 'YAML syntax: lists or mappings are nested too deeply';
	return `YAML syntax: ${first}`;
}

type Locate = (path: KeyPath, message: string, at?: 'key' | 'value') => StoryError;

/** Finds the line and column of a key path in the YAML; falls back to the nearest parent. */
function locator(doc: Document, lines: LineCounter, file: string): Locate {
	return (path, message, at = 'value') => {
		let node: unknown = doc.contents;
		let offset = 0;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
				if (!pair) break;
				const keyNode = pair.key as Node;
				offset = keyNode.range?.[0] ?? offset;
				node = pair.value;
				if (at === 'value' && key === path[path.length - 1] && node && (node as Node).range) {
					offset = (node as Node).range![0];
				}
			} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
				node = node.items[key];
				offset = (node as Node).range?.[0] ?? offset;
			} else break;
		}
		const pos = lines.linePos(offset);
		return { file, line: pos.line, col: pos.col, path: keyPathText(path), message };
	};
}

/** every key the format knows, for "did you mean" on a misspelt key */
const KNOWN_KEYS = [
	'id', 'title', 'summary', 'period', 'start', 'end', 'credits', 'region', 'west', 'east', 'south', 'north',
	'sources', 'cite', 'pages', 'url', 'places', 'name', 'historical', 'reading', 'lat', 'lon', 'label', 'forces',
	'country', 'side', 'color', 'shape', 'routes', 'kind', 'via', 'zones', 'points', 'sections', 'steps', 'date',
	'approx', 'flashback', 'text', 'alt', 'camera', 'fit', 'padding', 'center', 'zoom', 'actions', 'type', 'force',
	'strength', 'certainty', 'at', 'by', 'route', 'from', 'to', 'zone', 'show', 'ja', 'en', 'ru'
];

function issueErrors(issue: core.$ZodIssue, locate: Locate): StoryError[] {
	const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
	switch (issue.code) {
		case 'unrecognized_keys':
			if (path[path.length - 1] === 'camera') return [locate(path, CAMERA_MIX)];
			return issue.keys.map((key) =>
				locate(
					[...path, key],
					KNOWN_KEYS.includes(key) ? `"${key}" does not belong here` : `unknown key "${key}"${didYouMean(key, KNOWN_KEYS)}`,
					'key'
				)
			);
		case 'invalid_type':
			if (issue.input === undefined) return [locate(path, `"${path[path.length - 1]}" is required`, 'key')];
			if (path.length === 0) return [locate(path, issue.input === null ? 'the file is empty' : `a story is a mapping of keys (id:, title:, ...), got ${describe(issue.input)}`)];
			return [locate(path, `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(issue.input)}`)];
		case 'invalid_union':
			if ('note' in issue && issue.note === 'No matching discriminator') {
				const key = ('discriminator' in issue && issue.discriminator) || 'type';
				const at = path[path.length - 1] === key ? path : [...path, key];
				return [locate(at, `unknown ${key}; expected one of land, advance, hold, occupy, withdraw, evacuate, clash, mark, zone`)];
			}
			return [locate(path, unionMessage(issue))];
		case 'invalid_value':
			return [locate(path, `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`)];
		default:
			return [locate(path, issue.message)];
	}
}

const CAMERA_MIX = 'a camera is either {fit, padding} or {center, zoom}, not a mix';

/** zod's type names in an author's words */
const EXPECTED: Record<string, string> = {
	object: 'a mapping (key: value)',
	array: 'a list',
	number: 'a number',
	string: 'text',
	boolean: 'true or false'
};

function unionMessage(issue: core.$ZodIssueInvalidUnion): string {
	if (Array.isArray(issue.input)) return 'expected [lat, lon] numbers, or a place id';
	if (typeof issue.input === 'string') return 'expected a [lat, lon] pair or a lower-case id';
	if (issue.input && typeof issue.input === 'object') {
		const keys = Object.keys(issue.input);
		if (keys.includes('fit') || keys.includes('center')) return CAMERA_MIX;
	}
	return `does not match any allowed form (got ${describe(issue.input)})`;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
	if (typeof value === 'object') return 'a mapping';
	return String(value);
}
