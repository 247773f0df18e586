// Arguments: word order, dropped subjects, passives, relative clauses, lists, titles and
// coreferent mentions, symmetric and mediated events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, args, events } from './helpers.ts';

test('VSO and SVO order give the same arguments', () => {
  args(one('التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني عبد الله الثاني في القاهرة.', 'CONSULT'), ['abdel-fattah-el-sisi'], ['abdullah-ii-of-jordan']);
  args(one('الرئيس المصري عبد الفتاح السيسي يلتقي العاهل الأردني عبد الله الثاني في القاهرة.', 'CONSULT'), ['abdel-fattah-el-sisi'], ['abdullah-ii-of-jordan']);
  // SVO with words between subject and verb
  args(one('وكان وزير الخارجية الأميركي ماركو روبيو قد التقى نظيره السعودي فيصل بن فرحان.', 'CONSULT'), ['marco-rubio'], ['faisal-bin-farhan']);
});

test('dropped subject: a second verb takes the subject of the first', () => {
  const all = events('وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط، والتقى نظيره العماني بدر البوسعيدي.');
  assert.equal(all.length, 1, 'the visit and the meeting during it are one trip');
  args(all[0]!, ['abbas-araghchi'], ['omn']);
  assert.equal(all[0]!.mentions?.length, 1);
  const c = events('هاجم الحوثيون سفينة في البحر الأحمر، وأطلقوا صواريخ على إسرائيل.').find((e) => e.mode === 'heavy-weapons')!;
  args(c, ['houthis'], ['isr']);
  // a new clause with its own non-actor subject does not inherit the previous one
  const all2 = events('التقى ترامب بنتنياهو. الخطة تقترح وقف الحرب في غزة.');
  assert.deepEqual(all2.map((e) => e.type), ['CONSULT']);
});

test('passive with its agent named', () => {
  const a = one('اعتقل ثلاثة صحفيين فلسطينيين على يد قوات الاحتلال في رام الله.', 'COERCE');
  args(a, ['idf'], ['pse']);
  args(one('قتل عشرة فلسطينيين برصاص الجيش الإسرائيلي في جنين.', 'ASSAULT'), ['idf'], ['pse']);
  // no agent, no event
  assert.equal(events('اعتقل ثلاثة صحفيين فلسطينيين في رام الله.').length, 0);
});

test('relative clauses: the antecedent is the subject', () => {
  args(one('حماس التي ترفض نزع سلاحها طالبت بانسحاب الجيش الإسرائيلي من غزة.', 'REQUEST'), ['hamas'], ['idf']);
  args(one('التقى بلينكن بالرئيس الفلسطيني محمود عباس الذي طالب بوقف الاستيطان في الضفة الغربية.', 'CONSULT'), ['antony-blinken'], ['mahmoud-abbas']);
});

test('coordinated lists: X وY وZ', () => {
  const a = one('أدانت السعودية والإمارات وقطر الهجوم الإسرائيلي على سوريا.', 'ACCUSE');
  assert.deepEqual([...a.sources].sort(), ['are', 'qat', 'sau']);
  const m = one('اجتمع الرئيس اللبناني جوزيف عون ورئيس الوزراء نواف سلام والرئيس الفرنسي إيمانويل ماكرون في بيروت.', 'CONSULT');
  assert.equal(m.symmetric, true);
  assert.deepEqual([m.sources, [...m.targets].sort()], [['joseph-aoun'], ['emmanuel-macron', 'nawaf-salam']]);
  assert.equal(m.location, 'beirut');
});

test('titles, nationality adjectives and coreferent mentions (الحركة، الجيش)', () => {
  args(one('التقى وزير الخارجية الأميركي نظيره السعودي في الرياض.', 'CONSULT'), ['marco-rubio'], ['sau']);
  const all = events('أطلقت حركة حماس صواريخ على تل أبيب. وقالت الحركة إن الهجوم جاء ردا على الغارات.');
  assert.equal(all.length, 1);
  args(all[0]!, ['hamas'], ['isr']);
  assert.deepEqual(all[0]!.attribution, ['hamas']);
  const j = one('قال المتحدث باسم الجيش الإسرائيلي إن الجيش قصف مواقع لحزب الله في جنوب لبنان.', 'ASSAULT');
  args(j, ['isr'], ['hezbollah']);
  assert.equal(j.location, 'south-lebanon');
});

test('symmetric events: بين X وY, coordinated subjects', () => {
  const s = one('تجري الولايات المتحدة وإيران محادثات غير مباشرة.', 'CONSULT');
  assert.equal(s.symmetric, true);
  args(s, ['usa'], ['irn']);
  args(one('اتفقت مصر وقطر على تنسيق جهود الوساطة.', 'AGREE'), ['qat'], ['egy']);
  args(one('أجرت الحكومة السورية محادثات مع قوات سوريا الديمقراطية في دمشق.', 'CONSULT'), ['syr'], ['sdf']);
});

test('mediated events: بوساطة X، X يلعب دور الوسيط، برعاية', () => {
  const a = one('تجري الولايات المتحدة وإيران محادثات غير مباشرة بوساطة عمانية.', 'CONSULT');
  assert.equal(a.mode, 'third-party');
  assert.deepEqual(a.mediators, ['omn']);
  args(a, ['usa'], ['irn']);
  const b = one('عقدت جولة جديدة من المفاوضات بين إسرائيل وحماس بوساطة قطر ومصر.', 'CONSULT');
  assert.deepEqual(b.mediators, ['qat', 'egy']);
  args(b, ['isr'], ['hamas']);
  const c = one('تلعب قطر دور الوسيط بين الولايات المتحدة وطالبان.', 'CONSULT');
  assert.deepEqual(c.mediators, ['qat']);
  args(c, ['usa'], ['taliban']);
  assert.deepEqual(one('تقارب بين السعودية وإيران برعاية صينية.', 'CONSULT').mediators, ['chn']);
  // the cue's own words (الوسيط بين الطرفين) must not take the mediator away from the talks they follow
  const d = one('تستأنف المفاوضات بين الولايات المتحدة وإيران الأسبوع المقبل في سلطنة عمان، حيث تلعب مسقط دور الوسيط بين الطرفين.', 'CONSULT');
  args(d, ['usa'], ['irn']);
  assert.deepEqual(d.mediators, ['omn']);
});

test('participants: شارك في الاجتماع', () => {
  const e = one('عقد ترامب لقاء مع نتنياهو في البيت الأبيض. وشارك في الاجتماع أيضا نائب الرئيس الأميركي جيه دي فانس.', 'CONSULT');
  args(e, ['donald-trump'], ['benjamin-netanyahu']);
  assert.deepEqual(e.participants, ['jd-vance']);
});

test('the visitor is the actor and the host the recipient', () => {
  args(one('نقلا عن وكالة الأنباء السعودية، استقبل ولي العهد السعودي الرئيس الفرنسي في الرياض.', 'CONSULT'), ['emmanuel-macron'], ['mohammed-bin-salman']);
  args(one('الرئيس الفرنسي إيمانويل ماكرون يستقبل الرئيس اللبناني جوزيف عون في الإليزيه.', 'CONSULT'), ['joseph-aoun'], ['emmanuel-macron']);
});

test('a purpose noun (للضغط على) takes the clause subject and its partners (بالتنسيق مع), not the partners alone', () => {
  const r = one('كثفت تركيا جهودها بالتنسيق مع وسطاء قطريين للضغط على حركة حماس لقبول الهدنة.', 'REQUEST');
  assert.deepEqual([...r.sources].sort(), ['qat', 'tur']);
  assert.deepEqual(r.targets, ['hamas']);
});

test('a place in a clause of its own (قبل أن …) is not where the event before it happened; a trailing segment still is', () => {
  const a = one('وكان عباس عراقجي قد التقى بدر البوسعيدي صباح الثلاثاء، قبل أن يعقد سلسلة لقاءات في مسقط.', 'CONSULT');
  assert.deepEqual([a.sources, a.targets], [['abbas-araghchi'], ['badr-albusaidi']]);
  assert.equal(a.location, null);
  const b = one('التقى عباس عراقجي بدر البوسعيدي يوم الثلاثاء، في مسقط.', 'CONSULT');
  assert.equal(b.location, 'muscat');
});
