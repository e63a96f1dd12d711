/**
 * The story page's script: hydrates the map and its controls (StoryPage) in the prerendered page,
 * with the props the page carries as JSON (StoryDocument.svelte). The text stays static HTML.
 */
import { hydrate } from 'svelte';
import StoryPage from '$lib/components/StoryPage.svelte';
import { STORY_PAGE_PROPS, STORY_PAGE_ROOT } from '$lib/story-page-ids';

const target = document.getElementById(STORY_PAGE_ROOT);
const props = document.getElementById(STORY_PAGE_PROPS);
if (target && props?.textContent) hydrate(StoryPage, { target, props: JSON.parse(props.textContent) });
