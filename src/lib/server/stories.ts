/**
 * Reads every `stories/<id>/story.yaml` from disk. Build time only (prerendering, the checker,
 * the unit tests); the browser never sees YAML.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseStory, type ParseResult } from '../story/parse';

/** STORIES_DIR builds another set of stories (the bench's synthetic ones) */
export const STORIES_DIR = process.env.STORIES_DIR ?? join(process.cwd(), 'stories');

/** `stories/<id>/story.yaml` for every story folder, sorted by id */
export function storyFiles(dir = STORIES_DIR): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'story.yaml')))
		.map((d) => join(dir, d.name, 'story.yaml'))
		.sort();
}

/** parses one file; paths in errors are relative to the working directory, as editors expect */
export function readStory(file: string): ParseResult {
	return parseStory(readFileSync(file, 'utf8'), relative(process.cwd(), file) || file);
}
