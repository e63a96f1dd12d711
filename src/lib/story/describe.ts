/**
 * A text description of what a step's map shows, generated from its actions, in the page's
 * language, for steps whose author wrote no alt text (A11Y-1).
 */
import { formatStrength } from './format';
import type { Lang, Story, StoryAction, StoryStep } from './schema';

type Names = {
	place: (id: string) => string;
	force: (id: string) => string;
	zone: (id: string) => string;
	route: (id: string) => string;
	/** the place a route ends at, by name */
	routeEnd: (id: string) => string;
};

const VERBS: Record<Lang, Record<'land' | 'advance' | 'hold' | 'occupy' | 'withdraw' | 'evacuate', string>> = {
	en: { land: 'land at', advance: 'advance to', hold: 'hold', occupy: 'occupy', withdraw: 'withdraw from', evacuate: 'leave by sea from' },
	ja: { land: 'に上陸', advance: 'へ進む', hold: 'を確保', occupy: 'を占領', withdraw: 'から撤退', evacuate: 'から海路で撤収' }
};

function sentence(a: StoryAction, lang: Lang, n: Names): string {
	const troops = 'strength' in a && a.strength !== undefined ? formatStrength(a.strength, lang) : '';
	const who = 'force' in a && a.force ? n.force(a.force) : '';
	const en = lang === 'en';
	switch (a.type) {
		case 'land':
		case 'hold':
		case 'occupy': {
			const where = a.type !== 'land' && a.zone ? n.zone(a.zone) : n.place((a as { at: string }).at);
			return en ? `${who}${troops ? ` (${troops})` : ''} ${VERBS.en[a.type]} ${where}.` : `${who}${troops ? `(${troops})` : ''}が${where}${VERBS.ja[a.type]}。`;
		}
		case 'advance': {
			const last = typeof a.route === 'string' ? undefined : a.route[a.route.length - 1];
			const to = a.to ? n.place(a.to) : typeof a.route === 'string' ? n.routeEnd(a.route) : typeof last === 'string' ? n.place(last) : '';
			return en ? `${who} ${VERBS.en.advance} ${to}${typeof a.route === 'string' ? ` along ${withThe(n.route(a.route))}` : ''}.` : `${who}が${typeof a.route === 'string' ? `${n.route(a.route)}沿いに` : ''}${to}${VERBS.ja.advance}。`;
		}
		case 'withdraw':
		case 'evacuate':
			return en ? `${who} ${VERBS.en[a.type]} ${n.place(a.from)}.` : `${who}が${n.place(a.from)}${VERBS.ja[a.type]}。`;
		case 'clash':
			return en ? `Fighting at ${n.place(a.at)}.` : `${n.place(a.at)}で戦闘。`;
		case 'mark':
			return en ? `${a.label.en} (${n.place(a.at)}).` : `${a.label.ja}(${n.place(a.at)})。`;
		case 'zone':
			return en ? `${a.show ? 'Shown' : 'No longer shown'}: ${n.zone(a.zone)}.` : `${n.zone(a.zone)}を${a.show ? '表示' : '消去'}。`;
	}
}

export function describeStep(story: Story, step: StoryStep, lang: Lang): string {
	if (step.alt) return step.alt[lang];
	const byId = <T extends { id: string }>(items: T[], name: (t: T) => string) => (id: string) => {
		const item = items.find((x) => x.id === id);
		return item ? name(item) : id;
	};
	const names: Names = {
		place: byId(story.places, (p) => p.name[lang]),
		force: byId(story.forces, (f) => f.label[lang]),
		zone: byId(story.zones, (z) => z.name[lang]),
		route: byId(story.routes, (r) => r.name[lang]),
		routeEnd: byId(story.routes, (r) => {
			const end = r.via[r.via.length - 1];
			return typeof end === 'string' ? names.place(end) : r.name[lang];
		})
	};
	const parts = step.actions.map((a) => sentence(a, lang, names));
	if (parts.length > 0) return parts.join(lang === 'en' ? ' ' : '');
	const fit = 'fit' in step.camera ? step.camera.fit : [step.camera.center];
	const shown = fit.filter((w): w is string => typeof w === 'string').map(names.place);
	return lang === 'en' ? `The map shows ${shown.join(', ')}.` : `地図は${shown.join('、')}を示す。`;
}

/** "the Railway", but not "the The road into Belgium" */
function withThe(name: string): string {
	return /^the\s/i.test(name) ? name : `the ${name}`;
}
