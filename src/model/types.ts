// The one document model every pipeline stage reads and extends. Stages are pure functions from
// these (readonly) structures to new ones; nothing here is mutated after it is built.
//
// Offsets everywhere are JavaScript string indices (UTF-16 code units) into the ORIGINAL text,
// end exclusive. Normalised forms exist only for matching and are never printed or stored.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Script = 'ar' | 'latin' | 'digit' | 'punct' | 'other';

/** One whitespace/punctuation-delimited token of the original text. */
export interface Token extends Span {
  readonly text: string; // original surface
  readonly norm: string; // normalised for matching (see text/normalize.ts)
  /** Proclitics peeled off for matching, in normalised form, e.g. "وب" for وبالولايات → ("وب","الولايات"). */
  readonly proclitic: string;
  /** Normalised form without proclitics (the article ال is kept). */
  readonly bare: string;
  /** Original offset where `bare` begins (after the attached proclitics). */
  readonly bareStart: number;
  /** Whether `bare` carries the article ال (or the ل of ال after ل, as in للأمم). */
  readonly article: boolean;
  /** Normalised form without proclitics and article: the key names are matched on. */
  readonly key: string;
  /** Normalised form without proclitics, article and pronoun suffix: a light stem. */
  readonly stem: string;
  readonly script: Script;
  readonly index: number; // position in Doc.tokens
  readonly sentence: number; // index into Doc.sentences
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly tokenStart: number; // first token index
  readonly tokenEnd: number; // one past the last token index
  readonly headline: boolean; // the first short line of an article standing alone
}

export interface Doc {
  readonly id?: string;
  readonly text: string;
  readonly lang: string; // ISO 639-1
  readonly published: string | null; // YYYY-MM-DD the relative dates resolve against
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

export type ActorType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC';
export type MentionType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'MISC';

export interface RoleSpell {
  readonly role: string; // English, e.g. "Minister of Foreign Affairs"
  readonly of?: string; // actor id of the country/organisation, e.g. "usa"
  readonly from: string; // YYYY or YYYY-MM or YYYY-MM-DD
  readonly to?: string | null; // same, or null/absent = still in office
  readonly ar?: string; // Arabic title as written in news, e.g. "وزير الخارجية"
}

/** A canonical actor of the knowledge base (or a provisional one found in an article). */
export interface Actor {
  readonly id: string;
  readonly name: string; // canonical English name
  readonly type: ActorType;
  readonly aliases?: readonly string[]; // English
  readonly ar: readonly string[]; // Arabic names and spelling variants (first is preferred)
  readonly country?: string; // ISO 3166 alpha-3 code where it applies
  readonly sector?: string; // PLOVER sector: GOV, MIL, REB, IGO, ...
  readonly wikidata?: string; // Q-id
  readonly roles?: readonly RoleSpell[];
  /** Nationality adjectives (nisba) that stand for this actor: الأميركي، الأمريكية، الأميركيين ... */
  readonly nisba?: readonly string[];
  /** Ambiguous Arabic names: other actor ids sharing a name, and how to choose. */
  readonly disambiguation?: string;
  readonly provisional?: boolean; // not in the KB: made from the text
  readonly source?: string; // where the facts come from
}

export interface Mention extends Span {
  readonly text: string;
  readonly type: MentionType;
  readonly actor: string | null;
  readonly via: 'kb' | 'nisba' | 'title' | 'coref' | 'ner' | 'role';
  /** Title recorded with a person mention: "وزير الخارجية" → role text and the role's holder. */
  readonly role?: string;
  /** First token of the title attached to a person (وزير الخارجية الأميركي ماركو روبيو → وزير). */
  readonly titleTokenStart?: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  readonly text: string;
  readonly type: TimexType;
  readonly value: string; // TIMEX3 value: 2025-05-11, 2025-04, 2025-W19, P3D, PAST_REF ...
  readonly mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'LESS_THAN' | 'MORE_THAN';
  /** For ranges ("from 13 to 15 July"): the end value. */
  readonly endValue?: string;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];
export type Modality = 'asserted' | 'future' | 'conditional' | 'hypothetical' | 'negated' | 'denied';

export interface EventRecord {
  readonly id: string;
  readonly type: PloverType;
  readonly mode?: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly participants?: readonly string[];
  readonly mediators?: readonly string[];
  readonly date: string | null;
  readonly location: string | null;
  readonly modality: Modality;
  readonly attribution?: readonly string[];
  readonly symmetric?: boolean;
  readonly trigger: Span & { readonly text: string };
  readonly evidence: Span;
  /** Further trigger spans of the same event in the document (event coreference). */
  readonly mentions?: readonly (Span & { readonly text: string })[];
  /** The threatened/conditioned content, for THREATEN and conditional events. */
  readonly content?: string;
}

/** What `marsad analyze --format json` prints (see shared/contract/analysis.schema.json). */
export interface Analysis {
  readonly document: { readonly id?: string; readonly lang: string; readonly published: string | null; readonly assumed?: string };
  readonly actors: readonly AnalysisActor[];
  readonly mentions: readonly AnalysisMention[];
  readonly times: readonly Timex[];
  readonly events: readonly EventRecord[];
}

export interface AnalysisActor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly names: Readonly<Record<string, string>>;
  readonly country?: string;
  readonly sector?: string;
  readonly wikidata?: string;
  /** Roles held on the publication date. */
  readonly roles?: readonly string[];
  readonly provisional?: boolean;
}

export interface AnalysisMention extends Span {
  readonly text: string;
  readonly type: MentionType;
  readonly actor: string | null;
  readonly via?: Mention['via'];
  readonly role?: string;
}
