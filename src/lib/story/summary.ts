import type { Story } from './schema';

export function stepCount(story: Story): number {
	return story.sections.reduce((n, s) => n + s.steps.length, 0);
}
