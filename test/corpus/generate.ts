// A synthetic news corpus for tests and the corpus benchmark: Arabic articles assembled from our own
// sentence templates and the names of the bundled knowledge base (seeded, so runs are reproducible).
import { readKbDirs, BUNDLED_KB_DIR } from '../../src/kb/load.ts';
import { mulberry32 } from '../../src/util/random.ts';

export interface GenArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string;
  readonly outlet: string;
  readonly title: string;
  readonly url: string;
  readonly lang: 'ar';
}

/** mulberry32: a small seeded PRNG (the project's one, in src/util/random.ts). */
export const rng = mulberry32;

const FALLBACK_PEOPLE = ['عباس عراقجي', 'بدر عبد العاطي', 'أيمن الصفدي', 'فيصل بن فرحان', 'هاكان فيدان', 'بدر البوسعيدي', 'عبد الفتاح السيسي', 'رجب طيب أردوغان'];
const FALLBACK_PLACES = ['مصر', 'إيران', 'الأردن', 'السعودية', 'تركيا', 'سلطنة عمان', 'قطر', 'العراق', 'لبنان', 'سوريا'];
const CITIES = ['القاهرة', 'طهران', 'عمان', 'الرياض', 'أنقرة', 'مسقط', 'الدوحة', 'بغداد', 'بيروت', 'دمشق', 'الكويت', 'الرباط'];
const OUTLETS = ['وكالة الأنباء أ', 'صحيفة الشرق', 'موقع الخبر', 'قناة الأفق', 'صحيفة الغد', 'وكالة المستقبل', 'موقع الرصد', 'صحيفة النهار', 'وكالة البلاد', 'إذاعة الصباح'];
const TOPICS = ['الملف النووي', 'أمن الملاحة في البحر الأحمر', 'إعادة الإعمار', 'التبادل التجاري', 'أزمة اللاجئين', 'أسعار الطاقة', 'المياه المشتركة', 'مكافحة الإرهاب', 'الربط الكهربائي', 'الأمن الغذائي', 'السياحة', 'النقل البحري'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WORDS = ['تطورات', 'جهود', 'مساعي', 'خطط', 'مبادرات', 'آفاق', 'سبل', 'فرص', 'تحديات', 'نتائج', 'ترتيبات', 'مراحل'];

const TEMPLATES: readonly string[] = [
  'التقى {P1} نظيره {P2} في {CITY} يوم {DAY}، وبحث الجانبان {W} {T}.',
  'استقبل {P1} في {CITY} {P2}، حيث جرى بحث {W} {T} والعلاقات بين {C1} و{C2}.',
  'أجرى {P1} اتصالا هاتفيا مع {P2} تناول {W} {T}.',
  'أدان {P1} الهجوم الذي استهدف منشآت في {C2}، داعيا إلى ضبط النفس.',
  'طالب {P1} حكومة {C2} بالإفراج عن المعتقلين خلال {N} أيام.',
  'هدد {P1} باتخاذ إجراءات صارمة إذا استمرت {C2} في سياستها تجاه {T}.',
  'أعلنت {C1} عن تقديم مساعدات إنسانية بقيمة {N} مليون دولار إلى {C2}.',
  'وقعت {C1} و{C2} في {CITY} اتفاقية للتعاون في مجال {T} تمتد {N} سنوات.',
  'قال مصدر دبلوماسي إن {P1} سيزور {CITY} الأسبوع المقبل لبحث {T}.',
  'رفض {P1} المقترح الذي قدمته {C2} بشأن {T}، معتبرا أنه لا يلبي المطالب.',
  'وأشار المتحدث باسم الخارجية إلى أن {W} {T} ستكون على جدول أعمال الاجتماع المقبل.',
  'وتشهد المنطقة منذ أشهر توترا متصاعدا بسبب الخلاف حول {T} و{T2}.',
  'ويأتي ذلك بعد {N} أسابيع من جولة مفاوضات عقدت في {CITY2} دون نتائج ملموسة.',
  'وأكد مراقبون أن {W} {T} تتطلب تنسيقا أكبر بين دول المنطقة خلال المرحلة المقبلة.',
  'ودعا {P2} إلى عقد مؤتمر إقليمي في {CITY2} لمناقشة {W} {T2}.',
  'وفرضت {C1} عقوبات جديدة على {N} شركات تعمل في {C2} في قطاع {T}.',
  'وأعرب {P1} عن تقديره للدور الذي تقوم به {C2} في دعم {W} {T2}.',
  'ونفى {P2} صحة التقارير التي تحدثت عن انسحاب {C2} من المحادثات.',
  'وخرج المئات في شوارع {CITY2} احتجاجا على ارتفاع {T2}.',
  'وأرسلت {C1} تعزيزات عسكرية إلى حدودها مع {C2} وسط مخاوف من تصعيد جديد.',
  'وذكرت وسائل إعلام محلية أن الجولة المقبلة من الحوار قد تعقد في {CITY2} مطلع الشهر المقبل.',
  'وبلغ حجم التبادل التجاري بين البلدين نحو {N} مليار دولار خلال العام الماضي.',
];

interface Names {
  people: string[];
  places: string[];
}

let names: Names | null = null;

/** Arabic names of KB people and countries (a small fixed list when the KB cannot be read). */
export function kbNames(): Names {
  if (names) return names;
  try {
    const kb = readKbDirs([BUNDLED_KB_DIR]);
    const people = kb.actors.filter((a) => a.type === 'PER' && a.ar[0] && !a.disambiguation).map((a) => a.ar[0]!).slice(0, 400);
    const places = kb.actors.filter((a) => a.type === 'GPE' && a.ar[0] && !a.disambiguation && /^[a-z]{3}$/.test(a.id)).map((a) => a.ar[0]!).slice(0, 200);
    names = { people: people.length >= 8 ? people : FALLBACK_PEOPLE, places: places.length >= 8 ? places : FALLBACK_PLACES };
  } catch {
    names = { people: FALLBACK_PEOPLE, places: FALLBACK_PLACES };
  }
  return names;
}

/** `n` articles (ids gen-0 … gen-(n-1)), 5–9 sentences each, dated across 2025. */
export function generateArticles(n: number, seed = 42): GenArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const { people, places } = kbNames();
  const out: GenArticle[] = [];
  for (let i = 0; i < n; i++) {
    const p1 = pick(people);
    let p2 = pick(people);
    if (p2 === p1) p2 = people[(people.indexOf(p1) + 1) % people.length]!;
    const c1 = pick(places);
    let c2 = pick(places);
    if (c2 === c1) c2 = places[(places.indexOf(c1) + 1) % places.length]!;
    const fill = (tpl: string): string =>
      tpl.replace(/\{(\w+)\}/g, (_, k: string) => {
        switch (k) {
          case 'P1': return p1;
          case 'P2': return p2;
          case 'C1': return c1;
          case 'C2': return c2;
          case 'CITY': return pick(CITIES);
          case 'CITY2': return pick(CITIES);
          case 'DAY': return pick(DAYS);
          case 'T': return pick(TOPICS);
          case 'T2': return pick(TOPICS);
          case 'W': return pick(WORDS);
          case 'N': return String(2 + Math.floor(r() * 97));
          default: return k;
        }
      });
    const count = 5 + Math.floor(r() * 5);
    const firstK = Math.floor(r() * 10);
    const first = fill(TEMPLATES[firstK]!);
    const sentences = [first];
    const used = new Set<number>([firstK]);
    while (sentences.length < count) {
      const k = Math.floor(r() * TEMPLATES.length);
      if (used.has(k)) continue;
      used.add(k);
      sentences.push(fill(TEMPLATES[k]!));
    }
    const paras: string[] = [];
    for (let s = 0; s < sentences.length; s += 2) paras.push(sentences.slice(s, s + 2).join(' '));
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 364) * 86_400_000).toISOString().slice(0, 10);
    const outlet = pick(OUTLETS);
    out.push({
      id: `gen-${i}`, text: paras.join('\n\n'), published: day, outlet, title: first.split('،')[0]!.slice(0, 80),
      url: `https://news.example/${i}`, lang: 'ar',
    });
  }
  return out;
}

export function toJsonl(arts: readonly GenArticle[]): string {
  return arts.map((a) => JSON.stringify(a)).join('\n') + '\n';
}
