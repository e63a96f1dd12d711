/**
 * `npm run story:new -- <id>`: starts a new story in stories/<id>/story.yaml with the smallest
 * valid story. Refuses ids that cannot be URLs and never overwrites an existing story.
 */
import { relative } from 'node:path';
import { createStory } from '../src/lib/server/new-story';
import { STORIES_DIR } from '../src/lib/server/stories';

const args = process.argv.slice(2);
if (args.length > 1) {
	console.error(`give one id, got ${args.length}: ${args.join(' ')}`);
	process.exit(1);
}
const result = createStory(STORIES_DIR, args[0] ?? '');
if (!result.ok) {
	console.error(result.message);
	process.exit(1);
}
const file = relative(process.cwd(), result.file);
console.log(`${file} written. Next: edit it, then run  npm run story:check -- ${file}  and  npm run dev`);
