/** The story page's script: the map and its controls come alive; the text stays static HTML. */
import StoryPage from '$lib/components/StoryPage.svelte';
import { hydrateIsland } from '$lib/hydrate-island';

hydrateIsland(StoryPage);
