/** The story format as JSON Schema, for editors' completion (`# yaml-language-server: $schema=`). */
import { z } from 'zod';
import { StorySchema } from './schema';

export function storyJsonSchema(): string {
	const schema = z.toJSONSchema(StorySchema, { io: 'input', unrepresentable: 'any' });
	return `${JSON.stringify({ ...schema, title: 'scrollymap story' }, null, '\t')}\n`;
}
