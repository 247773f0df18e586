// Every PLOVER type, at least two sentences each, through the real engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, args, events } from './helpers.ts';

test('AGREE: agreements, acceptance, promises', () => {
  const a = one('اتفقت مصر وقطر على تنسيق جهود الوساطة.', 'AGREE');
  args(a, ['egy'], ['qat']);
  assert.equal(a.symmetric, true);
  args(one('وافقت حماس على المقترح المصري لوقف إطلاق النار.', 'AGREE'), ['hamas'], ['egy']);
  args(one('تعهدت السعودية بتقديم مساعدات للبنان.', 'AGREE'), ['sau'], ['lbn']);
  args(one('وقعت مصر والسعودية اتفاقية للتعاون العسكري.', 'AGREE'), ['egy'], ['sau']);
});

test('CONSULT: meetings, visits, hosting, phone calls', () => {
  const m = one('التقى وزير الخارجية الأميركي ماركو روبيو نظيره الإيراني عباس عراقجي في مسقط يوم الخميس.', 'CONSULT');
  args(m, ['marco-rubio'], ['abbas-araghchi']);
  assert.equal(m.mode, 'meet');
  assert.equal(m.location, 'muscat');
  assert.equal(m.date, '2025-05-08');
  const v = one('يزور الرئيس التركي رجب طيب أردوغان الدوحة الأسبوع المقبل.', 'CONSULT');
  args(v, ['recep-tayyip-erdogan'], ['qat']);
  assert.equal(v.mode, 'visit');
  assert.equal(v.location, 'doha');
  // the host's guest is the PLOVER actor
  const h = one('استقبل السلطان هيثم بن طارق وزير الخارجية الإيراني عباس عراقجي في مسقط.', 'CONSULT');
  args(h, ['abbas-araghchi'], ['haitham-bin-tariq']);
  const p = one('أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي.', 'CONSULT');
  assert.equal(p.mode, 'phone');
  args(p, ['emmanuel-macron'], ['abdel-fattah-el-sisi']);
});

test('SUPPORT: praise, welcome', () => {
  args(one('أشاد الرئيس الفلسطيني محمود عباس بموقف فرنسا.', 'SUPPORT'), ['mahmoud-abbas'], ['fra']);
  args(one('رحبت السعودية بقرار فرنسا الاعتراف بدولة فلسطين.', 'SUPPORT'), ['sau'], ['fra']);
});

test('CONCEDE: apologies, pardons, easing', () => {
  args(one('اعتذرت تركيا لروسيا عن إسقاط الطائرة.', 'CONCEDE'), ['tur'], ['rus']);
  const c = one('رفعت الولايات المتحدة العقوبات عن سوريا.', 'CONCEDE');
  args(c, ['usa'], ['syr']);
  assert.equal(c.mode, 'ease');
});

test('COOPERATE: joint exercises, intelligence sharing', () => {
  args(one('نفذت القوات الأميركية والعراقية مناورات مشتركة في الأنبار.', 'COOPERATE'), ['us-armed-forces'], ['irq']);
  args(one('تبادلت تركيا وأذربيجان المعلومات الاستخباراتية.', 'COOPERATE'), ['tur'], ['aze']);
  args(one('تتعاون الأردن مع مصر في مجال الطاقة.', 'COOPERATE'), ['jor'], ['egy']);
});

test('AID: aid, convoys, asylum', () => {
  args(one('قدمت الولايات المتحدة مساعدات عسكرية لأوكرانيا بقيمة مليار دولار.', 'AID'), ['usa'], ['ukr']);
  args(one('أرسلت مصر قافلة مساعدات إلى قطاع غزة.', 'AID'), ['egy'], ['gaza-strip']);
  const a = one('منحت ألمانيا اللجوء لمئات اللاجئين السوريين.', 'AID');
  assert.equal(a.mode, 'asylum');
  args(a, ['deu'], ['syr']);
});

test('RETREAT: withdrawal, release, resignation', () => {
  const w = one('انسحب الجيش الإسرائيلي من مدينة رفح.', 'RETREAT');
  assert.equal(w.mode, 'withdraw');
  args(w, ['idf'], ['rafah']);
  const r = one('أطلقت حماس سراح أربع رهائن إسرائيليين.', 'RETREAT');
  assert.equal(r.mode, 'release');
  args(r, ['hamas'], ['isr']);
  args(one('أفرجت إسرائيل عن مئة أسير فلسطيني.', 'RETREAT'), ['isr'], ['pse']);
  const s = one('استقال رئيس الوزراء اللبناني نجيب ميقاتي.', 'RETREAT');
  assert.equal(s.mode, 'resign');
  args(s, ['najib-mikati'], []);
});

test('REQUEST: demands, calls, pressure', () => {
  args(one('طالبت الجامعة العربية مجلس الأمن بالتدخل لوقف الحرب.', 'REQUEST'), ['arab-league'], ['un-security-council']);
  args(one('دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى السماح بدخول المساعدات.', 'REQUEST'), ['antonio-guterres'], ['isr']);
  args(one('حماس التي ترفض نزع سلاحها طالبت بانسحاب الجيش الإسرائيلي من غزة.', 'REQUEST'), ['hamas'], ['idf']);
});

test('ACCUSE: accusations, condemnation, summoning an ambassador', () => {
  const a = one('اتهمت إيران الولايات المتحدة بدعم الإرهاب.', 'ACCUSE');
  assert.equal(a.mode, 'allege');
  args(a, ['irn'], ['usa']);
  // the condemned act's nationality adjective names who is blamed; the act is reported too
  const all = events('أدانت السعودية والإمارات وقطر الهجوم الإسرائيلي على سوريا.');
  const acc = all.find((e) => e.type === 'ACCUSE')!;
  args(acc, ['sau', 'are', 'qat'], ['isr']);
  const act = all.find((e) => e.type === 'ASSAULT')!;
  args(act, ['isr'], ['syr']);
  args(one('استدعت وزارة الخارجية الأردنية السفير الإسرائيلي.', 'ACCUSE'), ['jor-foreign-ministry'], ['isr']);
});

test('REJECT: refusals', () => {
  args(one('رفضت حماس المقترح الإسرائيلي الجديد.', 'REJECT'), ['hamas'], ['isr']);
  // a demand governed by the refusal is its content, not a second event
  const all = events('رفض الرئيس الأميركي دونالد ترامب طلب إيران رفع العقوبات.');
  assert.deepEqual(all.map((e) => e.type), ['REJECT']);
  args(all[0]!, ['donald-trump'], ['irn']);
});

test('THREATEN: threats and warnings; the threatened attack is content, not an event', () => {
  const t = events('تهدد إسرائيل بشن هجوم واسع على رفح.');
  assert.deepEqual(t.map((e) => e.type), ['THREATEN']);
  args(t[0]!, ['isr'], ['rafah']);
  assert.equal(t[0]!.modality, 'asserted');
  args(one('حذرت روسيا الولايات المتحدة من تزويد أوكرانيا بصواريخ بعيدة المدى.', 'THREATEN'), ['rus'], ['usa']);
  args(one('هدد الحوثيون بمهاجمة السفن الأميركية في البحر الأحمر.', 'THREATEN'), ['houthis'], ['usa']);
});

test('PROTEST: demonstrations, strikes, hunger strikes', () => {
  const p = one('تظاهر آلاف الإسرائيليين في تل أبيب ضد حكومة نتنياهو.', 'PROTEST');
  assert.equal(p.mode, 'demo');
  args(p, ['isr'], ['benjamin-netanyahu']);
  const h = one('أضرب مئات الأسرى الفلسطينيين عن الطعام في السجون الإسرائيلية.', 'PROTEST');
  assert.equal(h.mode, 'hunger');
  args(h, ['pse'], []);
  // strikers no actor names are people of the country where they strike
  const s = one('نظم عمال الموانئ في تونس إضرابا عاما.', 'PROTEST');
  assert.equal(s.mode, 'strike');
  args(s, ['tun'], []);
});

test('SANCTION: sanctions, cut ties, recall and expulsion', () => {
  args(one('فرضت الولايات المتحدة عقوبات جديدة على إيران.', 'SANCTION'), ['usa'], ['irn']);
  args(one('قطعت البحرين علاقاتها الدبلوماسية مع قطر.', 'SANCTION'), ['bhr'], ['qat']);
  const r = one('استدعت الجزائر سفيرها في باريس للتشاور.', 'SANCTION');
  assert.equal(r.mode, 'withdraw');
  args(r, ['dza'], ['fra']);
  const x = one('طردت ليبيا السفير التركي.', 'SANCTION');
  assert.equal(x.mode, 'expel');
  args(x, ['lby'], ['tur']);
});

test('MOBILIZE: troops and weapons', () => {
  args(one('حشد الجيش التركي قوات على الحدود مع سوريا.', 'MOBILIZE'), ['turkish-armed-forces'], ['syr']);
  args(one('نشرت إسرائيل تعزيزات عسكرية على الحدود مع لبنان.', 'MOBILIZE'), ['isr'], ['lbn']);
  const w = one('نشرت روسيا منظومة صواريخ في بيلاروسيا.', 'MOBILIZE');
  assert.equal(w.mode, 'weapons');
  args(w, ['rus'], ['blr']);
  args(one('أجرت إيران تجربة صاروخية جديدة.', 'MOBILIZE'), ['irn'], []);
});

test('COERCE: arrests, seizures, curfews', () => {
  const c = one('فرضت السلطات الإسرائيلية حظر التجول على مدينة الخليل.', 'COERCE');
  assert.equal(c.mode, 'curfew');
  args(c, ['isr'], ['hebron']);
  args(one('صادرت السلطات الإسرائيلية أراضي فلسطينية في الخليل.', 'COERCE'), ['isr'], ['pse']);
  const a = one('اعتقل ثلاثة صحفيين فلسطينيين على يد قوات الاحتلال في رام الله.', 'COERCE');
  assert.equal(a.mode, 'arrest');
  args(a, ['idf'], ['pse']);
});

test('ASSAULT: air strikes, shelling, assassinations, clashes', () => {
  const g = one('شنت الطائرات الإسرائيلية غارات على قطاع غزة.', 'ASSAULT');
  assert.equal(g.mode, 'aerial');
  args(g, ['isr'], ['gaza-strip']);
  args(one('قصف الجيش الإسرائيلي مخيم جباليا شمال قطاع غزة.', 'ASSAULT'), ['idf'], ['jabalia-camp']);
  const k = one('اغتالت إسرائيل القيادي في حماس صالح العاروري في بيروت.', 'ASSAULT');
  assert.equal(k.mode, 'targeted');
  args(k, ['isr'], ['saleh-al-arouri']);
  assert.equal(k.location, 'beirut');
  const c = one('اشتبكت قوات الجيش السوداني مع قوات الدعم السريع في الخرطوم.', 'ASSAULT');
  args(c, ['sudanese-armed-forces'], ['rsf-sudan']);
  assert.equal(c.symmetric, true);
  args(one('أعلن الحوثيون استهداف سفينة إسرائيلية في البحر الأحمر بصاروخ باليستي.', 'ASSAULT'), ['houthis'], ['isr']);
  args(one('قتل عشرة فلسطينيين برصاص الجيش الإسرائيلي في جنين.', 'ASSAULT'), ['idf'], ['pse']);
});

test('PROTEST in common news phrasings: protesters in the streets, sit-ins, unrest in a country\'s cities', () => {
  const a = one('خرج آلاف المتظاهرين في شوارع بغداد للمطالبة بإصلاحات سياسية.', 'PROTEST');
  args(a, ['irq'], []);
  assert.equal(a.location, 'baghdad');
  args(one('نظم ناشطون وقفة احتجاجية أمام مقر الأمم المتحدة في بيروت.', 'PROTEST'), ['lbn'], ['un']);
  args(one('اندلعت احتجاجات واسعة في مدن إيرانية عدة ضد ارتفاع الأسعار.', 'PROTEST'), ['irn'], []);
  args(one('دخل المعتقلون الفلسطينيون في السجون الإسرائيلية إضرابا مفتوحا عن الطعام.', 'PROTEST'), ['pse'], []);
});

test('ASSAULT in common news phrasings: drones, artillery, raids, exchanges of fire, settler attacks', () => {
  args(one('شنت طائرات مسيرة أوكرانية هجوما على موسكو.', 'ASSAULT'), ['ukr'], ['rus']);
  args(one('قصفت المدفعية الإسرائيلية بلدات في جنوب لبنان.', 'ASSAULT'), ['isr'], ['south-lebanon']);
  const r = one('اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين فجر اليوم.', 'ASSAULT');
  args(r, ['idf'], ['jenin-camp']);
  assert.equal(r.date?.slice(0, 10), '2025-05-10');
  const x = one('تبادل الجيشان الهندي والباكستاني إطلاق النار على الحدود.', 'ASSAULT');
  args(x, ['ind'], ['pak']);
  assert.equal(x.symmetric, true);
  args(one('اعتدى مستوطنون إسرائيليون على مزارعين فلسطينيين في الخليل.', 'ASSAULT'), ['isr'], ['pse']);
  assert.equal(one('قتل خمسة جنود سوريين في هجوم لتنظيم الدولة الإسلامية في دير الزور.', 'ASSAULT').sources[0], 'islamic-state');
});
