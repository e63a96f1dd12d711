/**
 * The "show as table" view of a section (A11Y-3): one row per troop movement of its steps, in
 * story order, with the words already in the scene's language.
 */
import { formatDate, formatStrength } from '../story/format';
import type { Certainty, Scene, SceneAction, SceneSpot } from './types';

export interface TableRow {
	/** the step it belongs to, for a link back to the text */
	step: string;
	date: string;
	force: string;
	action: string;
	place: string;
	/** '' when the story gives no figure */
	strength: string;
	disputed: boolean;
}

type Verb = Extract<SceneAction, { type: 'arrive' | 'leave' }>['verb'];

const VERBS: Record<'ja' | 'en', Record<Verb, string>> = {
	ja: { land: '上陸', advance: '進出', hold: '駐留', occupy: '占領', withdraw: '撤退', evacuate: '撤収（海路）' },
	en: { land: 'lands', advance: 'advances', hold: 'holds', occupy: 'occupies', withdraw: 'withdraws', evacuate: 'evacuates by sea' }
};

export const TABLE_WORDS = {
	ja: { show: 'この章を表で見る', date: '日付', force: '部隊', action: '行動', place: '場所', strength: '兵力', disputed: '（諸説あり）' },
	en: { show: 'Show this section as a table', date: 'Date', force: 'Force', action: 'Action', place: 'Place', strength: 'Strength', disputed: ' (disputed)' }
} as const;

function placeName(scene: Scene, spot: SceneSpot): string {
	const place = scene.places[spot.key];
	if (!place) return '—';
	return place.historical ? `${place.name}（${place.historical}）` : place.name;
}

/** rows for the steps at the given indices (a section's steps) */
export function sectionRows(scene: Scene, indices: readonly number[]): TableRow[] {
	const rows: TableRow[] = [];
	for (const i of indices) {
		const step = scene.steps[i]!;
		const date = formatDate(step.date, scene.lang, step.approx);
		for (const a of step.actions) {
			if (a.type !== 'arrive' && a.type !== 'leave') continue;
			const spot = a.type === 'arrive' ? a.at : a.from;
			const certainty: Certainty = a.type === 'arrive' ? a.certainty : 'confirmed';
			rows.push({
				step: step.id,
				date,
				force: scene.forces[a.force]?.label ?? a.force,
				action: VERBS[scene.lang][a.verb],
				place: a.type === 'leave' && a.to ? `${placeName(scene, spot)} → ${placeName(scene, a.to)}` : placeName(scene, spot),
				strength: a.type === 'arrive' && a.strength !== undefined ? formatStrength(a.strength, scene.lang) : '',
				disputed: certainty === 'disputed'
			});
		}
	}
	return rows;
}
