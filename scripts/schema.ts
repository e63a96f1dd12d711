/** `npm run schema`: writes static/schema/story.schema.json from the one schema definition. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../src/lib/story/json-schema';

mkdirSync('static/schema', { recursive: true });
writeFileSync('static/schema/story.schema.json', storyJsonSchema());
console.log('static/schema/story.schema.json written');
