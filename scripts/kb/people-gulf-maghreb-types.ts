// Compact notation for the hand-written people of data/kb/people-gulf-maghreb.json.
// A role tuple is [role, of, from, to, arabic title?]; the generator fills in the usual Arabic title
// for the common roles (see DEFAULT_ROLE_AR) when the tuple gives none.

export type RoleTuple = readonly [role: string, of: string | undefined, from: string, to: string | null, ar?: string];

export interface PersonSpec {
  readonly id: string;
  readonly name: string;
  /** ISO 3166 alpha-3, upper case */
  readonly c: string;
  /** PLOVER sector */
  readonly s: string;
  /** Arabic names, most usual first */
  readonly ar: readonly string[];
  /** ambiguous short forms (in-document coreference only) */
  readonly sh?: readonly string[];
  /** English aliases (ASCII fold of the name is added automatically) */
  readonly al?: readonly string[];
  /** disambiguation rule, required when a name is shared */
  readonly dis?: string;
  readonly wd?: string;
  readonly roles: readonly RoleTuple[];
}

/** The usual rule for people who share a surname or short form. */
export const BY_ROLE =
  'prefer the person holding a role on the publication date, otherwise the one named in full earlier in the article';

export const DEFAULT_ROLE_AR: Readonly<Record<string, string>> = {
  King: 'الملك',
  'Crown Prince': 'ولي العهد',
  'Deputy Crown Prince': 'ولي ولي العهد',
  Emir: 'الأمير',
  Sultan: 'السلطان',
  President: 'الرئيس',
  'Vice President': 'نائب الرئيس',
  'Prime Minister': 'رئيس الوزراء',
  'Deputy Prime Minister': 'نائب رئيس الوزراء',
  'Minister of Foreign Affairs': 'وزير الخارجية',
  'Minister of State for Foreign Affairs': 'وزير الدولة للشؤون الخارجية',
  'Minister of Defense': 'وزير الدفاع',
  'Deputy Minister of Defense': 'نائب وزير الدفاع',
  'Minister of the Interior': 'وزير الداخلية',
  'Minister of Finance': 'وزير المالية',
  'Minister of Energy': 'وزير الطاقة',
  'Minister of State': 'وزير الدولة',
  'Speaker of Parliament': 'رئيس البرلمان',
  'Head of Intelligence': 'رئيس الاستخبارات',
  'Chief of General Staff': 'رئيس الأركان',
  'National Security Adviser': 'مستشار الأمن الوطني',
  'Ambassador to the United States': 'السفير لدى الولايات المتحدة',
  'Ambassador to the United Nations': 'المندوب الدائم لدى الأمم المتحدة',
  Spokesperson: 'المتحدث الرسمي',
  'Secretary-General': 'الأمين العام',
  Leader: 'زعيم',
  Commander: 'القائد',
  Chairman: 'رئيس',
  Governor: 'المحافظ',
  'Chief Negotiator': 'كبير المفاوضين',
};
