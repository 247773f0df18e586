// A synthetic corpus for load tests and the API bench: N distinct events spread over many actors,
// types and days, stored through the Store interface (putArticle) like real analyses.
// Deterministic: the same arguments give the same corpus.
import type { Analysis, AnalysisActor, EventRecord, Modality } from '../model/types.ts';
import { PLOVER_TYPES } from '../model/types.ts';
import type { Store } from '../store/types.ts';
import { mulberry32 } from '../util/random.ts';

const COUNTRIES: readonly [string, string, string][] = [
  ['egy', 'Egypt', 'مصر'], ['irn', 'Iran', 'إيران'], ['usa', 'United States', 'الولايات المتحدة'], ['sau', 'Saudi Arabia', 'السعودية'],
  ['qat', 'Qatar', 'قطر'], ['jor', 'Jordan', 'الأردن'], ['tur', 'Turkey', 'تركيا'], ['omn', 'Oman', 'عمان'], ['are', 'United Arab Emirates', 'الإمارات'],
  ['rus', 'Russia', 'روسيا'], ['chn', 'China', 'الصين'], ['fra', 'France', 'فرنسا'], ['gbr', 'United Kingdom', 'بريطانيا'], ['isr', 'Israel', 'إسرائيل'],
  ['pse', 'Palestine', 'فلسطين'], ['lbn', 'Lebanon', 'لبنان'], ['syr', 'Syria', 'سوريا'], ['irq', 'Iraq', 'العراق'], ['dza', 'Algeria', 'الجزائر'],
  ['mar', 'Morocco', 'المغرب'], ['kwt', 'Kuwait', 'الكويت'], ['yem', 'Yemen', 'اليمن'], ['sdn', 'Sudan', 'السودان'], ['lby', 'Libya', 'ليبيا'],
  ['tun', 'Tunisia', 'تونس'], ['deu', 'Germany', 'ألمانيا'], ['ita', 'Italy', 'إيطاليا'], ['esp', 'Spain', 'إسبانيا'], ['ind', 'India', 'الهند'],
  ['pak', 'Pakistan', 'باكستان'],
];

export const SYNTHETIC_ACTORS: readonly AnalysisActor[] = [
  ...COUNTRIES.map(([id, en, ar]) => ({ id: `syn-${id}`, name: en, type: 'GPE' as const, names: { en, ar }, country: id.toUpperCase(), sector: 'GOV' })),
  ...Array.from({ length: 30 }, (_, i) => ({
    id: `syn-person-${i}`, name: `Synthetic Minister ${i}`, type: 'PER' as const,
    names: { en: `Synthetic Minister ${i}`, ar: `الوزير التجريبي ${i}` }, country: COUNTRIES[i % COUNTRIES.length]![0].toUpperCase(), sector: 'GOV',
  })),
];

const OUTLETS = ['وكالة أ', 'صحيفة ب', 'موقع ج', 'قناة د', 'نشرة هـ'];
const MODALITIES: readonly Modality[] = ['asserted', 'asserted', 'asserted', 'asserted', 'future', 'negated', 'conditional'];

/** A small deterministic PRNG (mulberry32). */
export const prng = mulberry32;

const pad = (n: number): string => String(n).padStart(2, '0');
function dayOf(i: number): string {
  const d = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Stores `events` distinct events in articles of `perArticle` events each. Each event's
 * (type, sources, targets, day) combination is unique, so none merge. Returns the article count.
 */
export async function seedSynthetic(store: Store, events: number, opts: { perArticle?: number; seed?: number; onProgress?: (done: number) => void } = {}): Promise<number> {
  const per = opts.perArticle ?? 200;
  const rnd = prng(opts.seed ?? 7);
  const actors = SYNTHETIC_ACTORS;
  // Zipf-like actor popularity, so the network's top-N cut matters
  const pick = (): number => Math.min(actors.length - 1, Math.floor(actors.length * Math.pow(rnd(), 2.2)));
  const seen = new Set<string>();
  let made = 0;
  let article = 0;
  const text = 'التقى الوزيران أمس وبحثا العلاقات الثنائية والتطورات الإقليمية. ';
  while (made < events) {
    const n = Math.min(per, events - made);
    const evs: EventRecord[] = [];
    const used = new Set<string>();
    while (evs.length < n) {
      const a = pick();
      let b = pick();
      if (b === a) b = (a + 1 + Math.floor(rnd() * (actors.length - 1))) % actors.length;
      const type = PLOVER_TYPES[Math.floor(rnd() * PLOVER_TYPES.length)]!;
      const day = dayOf(Math.floor(rnd() * 730));
      const modality = MODALITIES[Math.floor(rnd() * MODALITIES.length)]!;
      const [s, t] = [actors[a]!.id, actors[b]!.id];
      const sym = type === 'CONSULT' || type === 'COOPERATE';
      const key = `${type}|${modality === 'negated' ? 'n' : modality === 'conditional' ? 'c' : 'a'}|${sym ? [s, t].sort().join('~') : `${s}>${t}`}|${day}`;
      if (seen.has(key)) continue;
      seen.add(key);
      used.add(s).add(t);
      evs.push({
        id: `e${evs.length + 1}`, type, sources: [s], targets: [t], date: day, location: null, modality,
        trigger: { start: 0, end: 5, text: text.slice(0, 5) }, evidence: { start: 0, end: text.length - 1 },
      });
    }
    const published = evs.map((e) => e.date!).sort().at(-1)!;
    const analysis: Analysis = {
      document: { id: `syn-${article}`, lang: 'ar', published },
      actors: actors.filter((x) => used.has(x.id)),
      mentions: [],
      times: [],
      events: evs,
    };
    await store.putArticle(
      { id: `syn-${article}`, text: `${text}(${article})`, published, outlet: OUTLETS[article % OUTLETS.length]!, title: `مقال تجريبي ${article}`, lang: 'ar' },
      analysis,
      { engineVersion: 'synthetic' },
    );
    made += n;
    article++;
    opts.onProgress?.(made);
  }
  return article;
}
