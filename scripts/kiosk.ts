/**
 * `npm run kiosk [story]`: serves the built site (build/) for a kiosk on this machine and, when a
 * display is present ($WAYLAND_DISPLAY or $DISPLAY), starts Chromium in kiosk mode on the story's
 * kiosk page; without one it prints the URL. The page posts a heartbeat every HEARTBEAT_S seconds;
 * each one touches HEARTBEAT_FILE, which scripts/kiosk-watchdog.sh checks. When Chromium exits,
 * so does this script, with its code, so that a service manager restarts both (README, Kiosks).
 * Settings: PORT (4173), HOST (127.0.0.1), KIOSK_PROFILE (Chromium's persistent profile),
 * HEARTBEAT_FILE, HEARTBEAT_S (30), CHROMIUM_PATH.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';

const story = process.argv[2] ?? 'allied-intervention';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const dir = 'build';
const heartbeatFile = process.env.HEARTBEAT_FILE ?? join(tmpdir(), 'scrollymap-kiosk.heartbeat');
const heartbeatS = Number(process.env.HEARTBEAT_S ?? 30);
const profile = process.env.KIOSK_PROFILE ?? join(homedir(), '.local/share/scrollymap-kiosk');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(`${dir}/${story}/kiosk/index.html`)) {
	console.error(`${dir}/${story}/kiosk/ is missing: run 'npm run build' first.`);
	process.exit(1);
}

/** a heartbeat (and the start) marks the kiosk alive for the watchdog */
const beat = () => {
	const now = new Date();
	try {
		utimesSync(heartbeatFile, now, now);
	} catch {
		writeFileSync(heartbeatFile, '');
	}
};

const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
const server = createServer((req, res) => {
	if (req.url === '/__kiosk/heartbeat' && req.method === 'POST') {
		beat();
		res.writeHead(204).end();
		return;
	}
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
	});
});

server.listen(port, host, () => {
	beat();
	const url = `http://${host}:${port}/${story}/kiosk/?heartbeat=${heartbeatS}`;
	if (!process.env.WAYLAND_DISPLAY && !process.env.DISPLAY) {
		console.log(`Kiosk served at ${url}\n(no display: open it in Chromium with the flags in the README)`);
		return;
	}
	mkdirSync(profile, { recursive: true });
	const args = [
		'--kiosk',
		'--noerrdialogs',
		'--disable-pinch',
		'--overscroll-history-navigation=0',
		'--hide-crash-restore-bubble',
		'--disable-features=Translate',
		'--no-first-run',
		// a persistent profile keeps the offline copy; incognito would drop it
		`--user-data-dir=${profile}`,
		...(process.env.WAYLAND_DISPLAY ? ['--ozone-platform=wayland'] : []),
		url
	];
	console.log(`Kiosk at ${url}: starting ${chromium} in kiosk mode`);
	const browser = spawn(chromium, args, { stdio: 'inherit' });
	browser.on('exit', (code) => {
		server.close();
		process.exit(code ?? 1);
	});
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => browser.kill(signal));
});
