// Compact notation for the hand-written people of data/kb/people-mashriq.json (Iran, Israel,
// Palestine, Egypt, Jordan, Lebanon, Syria, Iraq). A role tuple is [role, of, from, to, arabic title?];
// when the tuple gives no Arabic title and `of` is one of the eight countries, the usual title is
// built from ROLE_AR plus the country's nisba (وزير الخارجية الإيراني). Roles of organisations
// must spell their Arabic title out.
import type { KbActor } from '../../src/kb/schema.ts';

export type Role = NonNullable<KbActor['roles']>[number];
export type RoleTuple = readonly [role: string, of: string | undefined, from: string, to: string | null, ar?: string];

export interface Opts {
  /** English aliases and transliteration variants */
  readonly al?: readonly string[];
  /** ambiguous Arabic short forms: linked only after the full name occurs in the article */
  readonly sh?: readonly string[];
  /** extra disambiguation text (one is generated for every shared short form) */
  readonly dis?: string;
  /** Wikidata Q-id, only when sure */
  readonly wd?: string;
  /** per-actor source note */
  readonly src?: string;
}

export interface PersonSpec extends Opts {
  readonly id: string;
  readonly name: string;
  readonly c: string;
  readonly s: string;
  readonly ar: readonly string[];
  readonly roles: readonly RoleTuple[];
}

/** masculine and feminine nisba of the eight countries, with the article */
export const NISBA: Readonly<Record<string, readonly [string, string]>> = {
  irn: ['الإيراني', 'الإيرانية'],
  isr: ['الإسرائيلي', 'الإسرائيلية'],
  pse: ['الفلسطيني', 'الفلسطينية'],
  egy: ['المصري', 'المصرية'],
  jor: ['الأردني', 'الأردنية'],
  lbn: ['اللبناني', 'اللبنانية'],
  syr: ['السوري', 'السورية'],
  irq: ['العراقي', 'العراقية'],
};

/** `{n}` = masculine nisba, `{f}` = feminine nisba; without a placeholder the nisba is appended */
export const ROLE_AR: Readonly<Record<string, string>> = {
  President: 'الرئيس {n}',
  'Acting President': 'الرئيس {n} المؤقت',
  'Vice President': 'نائب الرئيس {n}',
  'First Vice President': 'النائب الأول للرئيس {n}',
  'Prime Minister': 'رئيس الوزراء {n}',
  'Acting Prime Minister': 'رئيس الوزراء {n} بالوكالة',
  'Alternate Prime Minister': 'رئيس الوزراء {n} البديل',
  'Deputy Prime Minister': 'نائب رئيس الوزراء {n}',
  'Minister of Foreign Affairs': 'وزير الخارجية {n}',
  'Acting Minister of Foreign Affairs': 'وزير الخارجية {n} بالوكالة',
  'Deputy Minister of Foreign Affairs': 'نائب وزير الخارجية {n}',
  'Minister of State for Foreign Affairs': 'وزير الدولة {n} للشؤون الخارجية',
  'Minister of Defense': 'وزير الدفاع {n}',
  'Acting Minister of Defense': 'وزير الدفاع {n} بالوكالة',
  'Minister of the Interior': 'وزير الداخلية {n}',
  'Minister of Finance': 'وزير المالية {n}',
  'Minister of Economy': 'وزير الاقتصاد {n}',
  'Minister of Intelligence': 'وزير الاستخبارات {n}',
  'Minister of Justice': 'وزير العدل {n}',
  'Minister of Energy': 'وزير الطاقة {n}',
  'Minister of Information': 'وزير الإعلام {n}',
  'Minister of Transport': 'وزير النقل {n}',
  'Minister of Strategic Affairs': 'وزير الشؤون الاستراتيجية {n}',
  'Minister of National Security': 'وزير الأمن القومي {n}',
  'Speaker of Parliament': 'رئيس البرلمان {n}',
  'Acting Speaker of Parliament': 'رئيس البرلمان {n} بالنيابة',
  'Chief of General Staff': 'رئيس أركان الجيش {n}',
  Commander: 'قائد الجيش {n}',
  'Head of Intelligence': 'رئيس المخابرات {f}',
  'National Security Adviser': 'مستشار الأمن القومي {n}',
  'Ambassador to the United Nations': 'المندوب {n} لدى الأمم المتحدة',
  Spokesperson: 'المتحدث باسم وزارة الخارجية {f}',
  'Government Spokesperson': 'المتحدث باسم الحكومة {f}',
  'Supreme Leader': 'المرشد الأعلى {n}',
  King: 'العاهل {n}',
  'Crown Prince': 'ولي العهد {n}',
  'Leader of the Opposition': 'زعيم المعارضة {f}',
  'Chief Justice': 'رئيس السلطة القضائية {f}',
  'Member of Parliament': 'عضو البرلمان {n}',
};

export function titleAr(role: string, of: string | undefined): string | undefined {
  const tpl = ROLE_AR[role];
  const n = of ? NISBA[of] : undefined;
  if (!tpl || !n) return undefined;
  if (!tpl.includes('{')) return `${tpl} ${n[0]}`;
  return tpl.replace('{n}', n[0]).replace('{f}', n[1]);
}

export function p(
  id: string,
  name: string,
  c: string,
  s: string,
  ar: readonly string[],
  roles: readonly RoleTuple[],
  o: Opts = {},
): PersonSpec {
  return { id, name, c, s, ar, roles, ...o };
}

/** The rule written on every actor that shares a short form with another. */
export const BY_ROLE =
  'prefer the holder of a role on the publication date, otherwise the person named in full earlier in the article';
