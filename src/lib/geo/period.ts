/**
 * Approximate areas of 1917-1925 built from today's countries, and the rivers and lakes the
 * stories need (world-atlas has none). Outlines are approximate and labelled so on the map.
 */

export interface PeriodArea {
	id: string;
	/** world-atlas country names merged into the area */
	countries: readonly string[];
	name: { ja: string; en: string };
	/** what the outline takes in, written under the name in smaller type: a long name on one line ran off narrow maps */
	note: { ja: string; en: string };
	/** where the name is written, [lat, lon] */
	labelAt: [number, number];
}

export const PERIOD_AREAS: readonly PeriodArea[] = [
	{
		id: 'russia',
		countries: [
			'Russia', 'Ukraine', 'Belarus', 'Kazakhstan', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Tajikistan',
			'Georgia', 'Armenia', 'Azerbaijan'
		],
		name: { ja: '旧ロシア帝国', en: 'Former Russian Empire' },
		note: { ja: '(概略)', en: '(approx.)' },
		labelAt: [61, 92]
	},
	{
		id: 'japan',
		// Korea from 1910, Taiwan from 1895; Karafuto and the Kurils are added by the basemap script
		countries: ['Japan', 'South Korea', 'North Korea', 'Taiwan'],
		name: { ja: '日本', en: 'Japan' },
		note: { ja: '(朝鮮・樺太を含む、概略)', en: '(with Korea and Karafuto, approx.)' },
		labelAt: [37.5, 139]
	},
	{
		id: 'china',
		// Outer Mongolia was under Chinese suzerainty, contested, through most of the period
		countries: ['China', 'Mongolia'],
		name: { ja: '中華民国', en: 'China' },
		note: { ja: '(満洲・外蒙古を含む、概略)', en: '(with Manchuria and Mongolia, approx.)' },
		labelAt: [41, 104]
	}
];

export interface Hydro {
	id: string;
	kind: 'river' | 'lake';
	name: { ja: string; en: string };
	/** [lat, lon], approximate courses for drawing only (±0.2 degrees) */
	points: [number, number][];
}

export const HYDRO: readonly Hydro[] = [
	{
		id: 'amur',
		kind: 'river',
		name: { ja: 'アムール川(黒龍江)', en: 'Amur' },
		points: [
			[53.33, 121.5], [53.45, 123.9], [52.8, 126.0], [51.6, 126.8], [50.26, 127.53], [49.6, 128.7],
			[48.9, 130.8], [47.93, 132.63], [48.1, 134.3], [48.48, 135.08], [49.45, 136.57], [50.55, 137.0],
			[51.7, 140.3], [52.38, 140.45], [52.95, 139.75], [53.14, 140.73], [53.2, 141.2]
		]
	},
	{
		id: 'ussuri',
		kind: 'river',
		name: { ja: 'ウスリー川', en: 'Ussuri' },
		points: [[48.4, 134.95], [47.6, 134.6], [46.8, 134.2], [45.93, 133.73], [45.47, 133.45], [45.0, 133.4], [44.3, 133.6]]
	},
	{
		id: 'northern-dvina',
		kind: 'river',
		name: { ja: '北ドヴィナ川', en: 'Northern Dvina' },
		points: [[64.6, 40.5], [64.22, 41.66], [63.47, 41.79], [62.85, 42.72], [62.68, 43.2], [62.24, 44.99], [61.56, 45.93], [61.25, 46.64]]
	},
	{
		id: 'baikal',
		kind: 'lake',
		name: { ja: 'バイカル湖', en: 'Lake Baikal' },
		// clockwise in lon/lat, as d3-geo expects of a small polygon's outer ring
		points: [
			[51.66, 103.7], [51.85, 104.87], [52.55, 106.0], [53.1, 107.0], [53.7, 108.0], [54.5, 108.7], [55.4, 109.1],
			[55.78, 109.55], [55.5, 109.9], [54.6, 109.6], [53.8, 109.3], [53.42, 108.98], [52.98, 108.3], [52.3, 107.0],
			[51.9, 106.3], [51.72, 105.86], [51.5, 104.9], [51.66, 103.7]
		]
	}
];
