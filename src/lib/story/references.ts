/**
 * Checks a story whose shape is already valid for what a schema cannot see: ids that must exist
 * or be unique, dates that must go forward, troops that must be somewhere before they leave.
 */
import { didYouMean, type KeyPath } from './errors';
import type { Story, StoryAction, Waypoint } from './schema';

export interface Problem {
	path: KeyPath;
	message: string;
	at?: 'key' | 'value';
}

export function checkReferences(story: Story): Problem[] {
	const problems: Problem[] = [];
	const report = (path: KeyPath, message: string) => problems.push({ path, message });
	/** where troops are is only worth checking once every id is right: a typo would echo here */
	const presence: Problem[] = [];

	const ids = {
		source: unique(story.sources, ['sources'], report),
		place: unique(story.places, ['places'], report),
		force: unique(story.forces, ['forces'], report),
		route: unique(story.routes, ['routes'], report),
		zone: unique(story.zones, ['zones'], report)
	};
	unique(story.sections, ['sections'], report);
	const stepIds = new Set<string>();
	const sectionIds = new Set(story.sections.map((s) => s.id));
	story.sections.forEach((section, si) =>
		section.steps.forEach((step, i) => {
			const path = ['sections', si, 'steps', i, 'id'];
			if (stepIds.has(step.id)) report(path, `duplicate step id "${step.id}"`);
			else if (sectionIds.has(step.id)) report(path, `step id "${step.id}" is also a section id; links need them distinct`);
			stepIds.add(step.id);
		})
	);

	for (const [from, to] of Object.entries(story.redirects)) {
		if (stepIds.has(from) || sectionIds.has(from)) report(['redirects', from], `"${from}" is still an id in the story; only ids that are gone are redirected`);
		else if (!stepIds.has(to) && !sectionIds.has(to)) report(['redirects', from], `"${to}" is not a section or step of the story${didYouMean(to, new Set([...sectionIds, ...stepIds]))}`);
	}

	const ref = (kind: keyof typeof ids, id: string | undefined, path: KeyPath) => {
		if (id !== undefined && !ids[kind].has(id)) report(path, `unknown ${kind} "${id}"${didYouMean(id, ids[kind])}`);
	};
	const waypoint = (w: Waypoint, path: KeyPath) => {
		if (typeof w === 'string') ref('place', w, path);
	};

	if (story.period.start > story.period.end) report(['period', 'end'], `ends (${story.period.end}) before it starts (${story.period.start})`);
	if (story.region.south >= story.region.north) report(['region', 'north'], 'north must be greater than south');
	if (story.region.west >= story.region.east) report(['region', 'east'], 'east must be greater than west (use values past 180 to cross the date line)');
	story.routes.forEach((r, i) => r.via.forEach((w, j) => waypoint(w, ['routes', i, 'via', j])));

	/** `${force}@${place}`: where each force stands, to check that troops leave only from where they are */
	const present = new Set<string>();
	let lastDate = '';
	story.sections.forEach((section, si) =>
		section.steps.forEach((step, i) => {
			const path = ['sections', si, 'steps', i] as const;
			if (step.date < story.period.start || step.date > story.period.end) {
				report([...path, 'date'], `${step.date} is outside the story's period ${story.period.start} to ${story.period.end}`);
			}
			if (lastDate && step.date < lastDate && !step.flashback) {
				report([...path, 'date'], `${step.date} goes back in time from ${lastDate}; mark the step "flashback: true" if that is meant`);
			}
			if (!step.flashback) lastDate = step.date;
			step.sources.forEach((s, j) => ref('source', s, [...path, 'sources', j]));
			if ('fit' in step.camera) step.camera.fit.forEach((w, j) => waypoint(w, [...path, 'camera', 'fit', j]));
			else waypoint(step.camera.center, [...path, 'camera', 'center']);
			step.actions.forEach((action, j) => checkAction(action, [...path, 'actions', j]));
		})
	);

	function checkAction(a: StoryAction, path: KeyPath) {
		if ('sources' in a) a.sources?.forEach((s, j) => ref('source', s, [...path, 'sources', j]));
		if ('force' in a && a.type !== 'zone') ref('force', a.force, [...path, 'force']);
		if ('strength' in a && Array.isArray(a.strength)) {
			const [low, high] = a.strength;
			if (low > high) report([...path, 'strength'], `range [${low}, ${high}] runs backwards`);
			if (a.certainty === 'confirmed') report([...path, 'certainty'], 'a strength range must be marked approx or disputed');
		}
		if ('strength' in a && a.strength !== undefined && !a.sources?.length) {
			report([...path, 'sources'], 'a strength needs its sources on the action');
		}
		switch (a.type) {
			case 'land':
				ref('place', a.at, [...path, 'at']);
				ref('route', a.by, [...path, 'by']);
				present.add(`${a.force}@${a.at}`);
				return;
			case 'advance': {
				const via = typeof a.route === 'string' ? story.routes.find((r) => r.id === a.route)?.via : a.route;
				if (typeof a.route === 'string') ref('route', a.route, [...path, 'route']);
				else a.route.forEach((w, j) => waypoint(w, [...path, 'route', j]));
				for (const end of ['from', 'to'] as const) {
					const id = a[end];
					ref('place', id, [...path, end]);
					if (id && via && ids.place.has(id) && !via.includes(id)) report([...path, end], `"${id}" is not a waypoint of this route`);
				}
				const last = a.to ?? via?.[via.length - 1];
				if (typeof last === 'string') present.add(`${a.force}@${last}`);
				return;
			}
			case 'hold':
			case 'occupy':
				if ((a.at === undefined) === (a.zone === undefined)) report(path, `${a.type} needs either "at" (a place) or "zone", not both or neither`);
				ref('place', a.at, [...path, 'at']);
				ref('zone', a.zone, [...path, 'zone']);
				if (a.at) present.add(`${a.force}@${a.at}`);
				return;
			case 'withdraw':
			case 'evacuate':
				ref('place', a.from, [...path, 'from']);
				if (a.type === 'withdraw') ref('place', a.to, [...path, 'to']);
				else ref('route', a.by, [...path, 'by']);
				if (ids.place.has(a.from) && ids.force.has(a.force) && !present.delete(`${a.force}@${a.from}`)) {
					presence.push({ path: [...path, 'from'], message: `force "${a.force}" is not at "${a.from}" at this step, so it cannot ${a.type} from there` });
				}
				if (a.type === 'withdraw' && a.to) present.add(`${a.force}@${a.to}`);
				return;
			case 'clash':
				ref('place', a.at, [...path, 'at']);
				a.forces.forEach((f, j) => ref('force', f, [...path, 'forces', j]));
				return;
			case 'mark':
				ref('place', a.at, [...path, 'at']);
				return;
			case 'zone':
				ref('zone', a.zone, [...path, 'zone']);
				ref('force', a.force, [...path, 'force']);
				return;
		}
	}

	return problems.length > 0 ? problems : presence;
}

function unique(items: readonly { id: string }[], path: KeyPath, report: (p: KeyPath, m: string) => void): Set<string> {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (seen.has(item.id)) report([...path, i, 'id'], `duplicate id "${item.id}"`);
		seen.add(item.id);
	});
	return seen;
}
