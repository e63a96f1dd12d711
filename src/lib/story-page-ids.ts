/** where the prerendered story page and its script (src/entries/story-page.ts) meet: */
/** the element whose one child block is StoryPage, hydrated by the page's script */
export const STORY_PAGE_ROOT = 'story-page';
/** the script element that holds StoryPage's props as JSON */
export const STORY_PAGE_PROPS = 'story-page-props';
