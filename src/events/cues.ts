// Closed-class cue words for the event stage (normalised forms): prepositions, modality,
// attribution and clause structure. Language data kept apart from the extraction logic.
import { normalize } from '../text/normalize.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean).map((w) => normalize(w)));

/** Separate prepositions that govern the actor after them. */
export const PREPS = set('مع على إلى الى ضد من بين عن في حول لدى عند نحو تجاه باتجاه بحق أمام لصالح برفقة');
/** Prepositions after which a trigger is the topic of another event, not an event itself. */
export const TOPIC_PREPS = set('حول بشأن عن حيال إزاء ازاء بخصوص لبحث لمناقشة');
/** Support verbs whose object noun carries the event (عقد لقاء، أجرى محادثات). */
export const SUPPORT_VERBS = set(
  'عقد يعقد تعقد عقدت عقدوا يعقدون أجرى يجري تجري أجرت أجريا أجروا بدأ يبدأ تبدأ بدأت استأنف يستأنف استأنفت أنهى ينهي اختتم يختتم اختتمت ' +
    'شارك يشارك شاركت خاض يخوض خاضت شن يشن تشن شنت أطلق يطلق أطلقت نفذ ينفذ تنفذ نفذت قام يقوم تقوم قامت أبرم يبرم أبرمت وقع يوقع وقعت فرض يفرض تفرض فرضت قدم يقدم قدمت وجه يوجه وجهت رد يرد ترد ردت ردوا ' +
    'أرسل يرسل ترسل أرسلت أرسلوا بعث يبعث تبعث بعثت نشر ينشر تنشر نشرت دفع يدفع تدفع دفعت حشد يحشد تحشد حشدت منح يمنح تمنح منحت ' +
    'دخل يدخل تدخل دخلت دخلوا اتخذ يتخذ تتخذ اتخذت خصص يخصص تخصص خصصت أعلن يعلن تعلن أعلنت واصل يواصل تواصل واصلت صعد يصعد تصعد صعدت ارتكب يرتكب ترتكب ارتكبت أصدر يصدر تصدر أصدرت',
);
/** Words that open another clause: a loose argument search does not cross them. */
export const CLAUSE_BREAK = set('اذا إذا لو قبل بعد حتى لكن لكنه لكنها بينما فيما حيث كي لكي');
/** Words that close the scope of a modality cue looking backwards. */
export const MODAL_BARRIER = set('لكن لكنه لكنها لكنهم ولكن ولكنه غير بينما فيما حين « » " ؛ .');
/** Complementisers opening a content clause (قال إن، أكد أنه). */
export const COMPLEMENTIZERS = set('ان انه انها انهم انهما بان بانه بانها بانهم فان فانه فانها لان');
/** Words opening a new clause whose subject may differ from the sentence's first. */
export const CLAUSE_OPENERS = set('حيث بينما فيما عندما بعدما حين حينما اذ كما لكن لكنه لكنها ولكن ثم');
/** Quantity words before a group (آلاف المتظاهرين، مئات الأسرى). */
export const QUANTITY = set('آلاف الاف مئات عشرات ملايين الآلاف المئات العشرات');
/** "During" before a meeting noun: what follows happened at that meeting. */
export const DURING = set('خلال اثناء أثناء هامش ختام عقب');
/** Group nouns after which من names who the group is (وفد من حماس، مسؤولين من الحركة). */
export const GROUP_OF = set('وفد وفدا بوفد الوفد مسوولين ومسوولين مسوولون عناصر قاده قياديين ممثلين ممثلون');
/** Verbs of intent and decision whose object noun is the intended event: تعتزم مصر استقبال ...، قررت الحكومة فرض ... */
export const INTENT_VERBS = set('يعتزم تعتزم يعتزمون اعتزم اعتزمت قرر قررت يقرر تقرر قرروا ينوي تنوي نوى نوت يريد تريد اراد ارادت يسعى تسعى سعى سعت يرغب ترغب يستعد تستعد استعد استعدت يخطط تخطط');
/** Head and title words that may stand between a verb and its subject's name (اشتبكت قوات الجيش، ناقش أمير قطر). */
export const SUBJECT_HEADS = set('حركة حركه جماعة جماعه تنظيم أمين امين الأمين الامين متحدث المتحدث قوات عناصر وحدات طائرات مقاتلات مقاتلي مسلحي مسلحو ميليشيات فصائل جنود سلطات أمير امير ملك رئيس وزير ولي سلطان شيخ زعيم قائد');
/** Nouns after which ل marks a possessor, not a preposition (مواقع لحزب الله). */
export const POSSESSIVE_HEADS = set('مواقع موقع مقرات مقر اهداف أهداف عناصر قادة قاده منشآت منشات مخازن مستودعات تجمعات معاقل بنية سفينة سفينه ناقلة ناقله طائرة طائره قاعدة قاعده');
/** Clause openers meaning "at the same time" (… فيما أعلنت …). */
export const SIMULTANEOUS = set('فيما بينما وبينما حين وفيما');
export const RELATIVES = set('الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي');
/** Words that may stand between an SVO subject and its verb. */
export const SUBJECT_GAP = set('قد لقد وقد فقد تكون يكون كان كانت كانوا أمس اليوم بدوره بدورها بدورهم أيضا بالفعل كذلك بدورها رسميا مجددا');
/** A reason clause after a sanction: what follows is what the target is blamed for (بسبب دعمها للإرهاب). */
export const REASON = set('بسبب لسبب جراء بداعي نتيجه خلفيه اثر');

export const NEGATION = set('لم لن لا ليس ليست لستم ما عدم دون بدون');
/** ... but not in these fixed phrases (لا يزال "still", ما زال). */
export const NOT_NEGATION_AFTER = set('يزال تزال زال زالت يزالون نزال');
export const DENIAL = set('نفى نفت ينفي تنفي نفوا نفي ينفون كذب كذبت');
export const CONDITIONAL = set('إذا اذا إن حال شرط شريطة مالم');
export const HYPOTHETICAL = set('لو لولا امكان امكانيه احتمال');
export const FUTURE_BEFORE = set(
  'سوف المقرر مقرر المنتظر المتوقع يتوقع يُتوقع تتوقع يعتزم تعتزم يعتزمون ينتظر يُنتظر تنتظر المرتقب المرتقبة المزمع المزمعة يستعد تستعد يرتقب يُرتقب ' +
    'سيتم سيجري ستجري سيعقد ستعقد سيلتقي ستلتقي قريبا غدا قرر قررت يقرر تقرر قرروا',
);
/** Decisions and plans: what they govern has not happened yet (قررت الحكومة خفض ...). */
export const DECISION = set('قرر قررت يقرر تقرر قرروا عزم تعتزم يعتزم');
/** Verbs listing the parties of a meeting after its noun: جولة مباحثات ضمت X وY. */
export const INCLUDE_VERBS = set('ضم ضمت جمع جمعت يضم تضم يجمع تجمع بمشاركة بحضور');
export const FUTURE_AFTER = set('المقررة المقرر المرتقبة المرتقب المقبلة المقبل القادمة القادم المزمع المزمعة المنتظرة المنتظر المرتقبه المقرره المقبله');

/** Attribution markers followed by the source: بحسب، وفق، نقلا عن ... */
export const ATTR_MARKERS = set('بحسب حسب وفق وفقا طبقا نقلا نقلاً استنادا');
/** Reporting verbs whose subject the report is credited to. */
export const REPORT_VERBS = set(
  'قال قالت قالوا يقول تقول أفاد أفادت يفيد تفيد ذكر ذكرت يذكر تذكر أعلن أعلنت يعلن تعلن أكد أكدت يؤكد تؤكد صرح صرحت أوضح أوضحت ' +
    'أبلغ أبلغت يبلغ تبلغ أبلغوا أضاف أضافت نقل نقلت ينقل تنقل أورد أوردت كشف كشفت يكشف تكشف أشار أشارت بث بثت نشر نشرت أفادت',
);
/** Sentence openers that continue the previous report (وأضاف، وتابع ...). */
export const CONTINUATION = set('وأضاف وأضافت وتابع وتابعت وأشار وأشارت وأوضح وأوضحت واعتبر واعتبرت ولفت ولفتت وقال وقالت ومضى وشدد وشددت');

/** Anonymous source descriptions: مصادر + adjective → English description. */
export const SOURCE_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    مطلعة: 'informed sources', دبلوماسية: 'diplomatic sources', ديبلوماسية: 'diplomatic sources', أمنية: 'security sources',
    عسكرية: 'military sources', رسمية: 'official sources', مقربة: 'close sources', محلية: 'local sources', طبية: 'medical sources',
    إعلامية: 'media sources', حكومية: 'government sources', سياسية: 'political sources', مسؤولة: 'official sources', خاصة: 'private sources',
    فلسطينية: 'Palestinian sources', إسرائيلية: 'Israeli sources', عربية: 'Arab sources', غربية: 'Western sources', أميركية: 'American sources', أمريكية: 'American sources',
  }).map(([k, v]) => [normalize(k), v]),
);
/** Officials "in" a body speak for it: مسؤول في حماس. */
export const OFFICIAL = set('مسؤول مسوول مصدر متحدث ناطق قيادي عضو');
export const SOURCE_NOUNS = set('مصادر مصدر شهود');

/** Participation: شارك في الاجتماع X ... */
export const PARTICIPATE = set('شارك يشارك شاركت حضر يحضر حضرت');
export const MEDIATION = set('بوساطة وساطة بوساطه وساطه برعاية برعايه رعاية');
export const MEDIATOR_ROLE = set('الوسيط وسيط الوسطاء');
/** "in coordination with" introduces co-agents, not a separate event. */
export const COAGENT = set('بالتنسيق بالتعاون بالاشتراك');
export const DEMONSTRATIVES = set('هذا هذه ذلك تلك هذان هاتان');
