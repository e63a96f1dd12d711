import type { Story, StoryStep } from './schema';

/** every step of the story in reading order */
export function allSteps(story: Story): StoryStep[] {
	return story.sections.flatMap((s) => s.steps);
}

export function stepCount(story: Story): number {
	return story.sections.reduce((n, s) => n + s.steps.length, 0);
}
