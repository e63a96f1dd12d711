import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/browser/chromium';

/** the site as `npm start` serves it, and a second build published under a sub-path */
export const ORIGIN = 'http://127.0.0.1:4174';
export const SUB_ORIGIN = 'http://127.0.0.1:4175';
export const SUB_PATH = '/stories';

export default defineConfig({
	testDir: 'tests/browser',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: ORIGIN,
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: [
		{
			command: 'tsx scripts/serve.ts',
			env: { PORT: '4174' },
			url: `${ORIGIN}/`,
			reuseExistingServer: false
		},
		{
			command: `npm run -s build && tsx scripts/serve.ts`,
			env: { PORT: '4175', BASE_PATH: SUB_PATH, BUILD_DIR: 'build-sub', SITE_DIR: 'build-sub', SITE_ORIGIN: SUB_ORIGIN },
			url: `${SUB_ORIGIN}${SUB_PATH}/`,
			reuseExistingServer: false,
			timeout: 180_000
		}
	]
});
