// Event coreference, generic statements, embedded content, evidence spans, and sentences
// without events (precision).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, args, events } from './helpers.ts';

test('a meeting announced and then referred to as الاجتماع is one event with both trigger spans', () => {
  const text = 'عقد الرئيس الأميركي دونالد ترامب اجتماعا مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض يوم الاثنين. وتناول الاجتماع الحرب في غزة والملف النووي الإيراني.';
  const e = one(text, 'CONSULT');
  args(e, ['donald-trump'], ['benjamin-netanyahu']);
  assert.equal(e.date, '2025-05-05');
  assert.equal(e.location, 'white-house');
  assert.deepEqual(e.mentions?.map((m) => m.text), ['الاجتماع']);
  assert.ok(['عقد', 'اجتماعا'].includes(e.trigger.text));
});

test('the same event reported twice with the same actors is merged; a different pair is not', () => {
  const all = events('التقى وزير الخارجية الأميركي ماركو روبيو نظيره الإيراني عباس عراقجي في مسقط. وبحث روبيو مع عراقجي الملف النووي. كما التقى روبيو وزير الخارجية العماني بدر البوسعيدي.');
  const consult = all.filter((e) => e.type === 'CONSULT');
  assert.equal(consult.length, 2);
  args(consult[0]!, ['marco-rubio'], ['abbas-araghchi']);
  assert.equal(consult[0]!.mentions?.length, 1);
  args(consult[1]!, ['marco-rubio'], ['badr-albusaidi']);
});

test('what happened during a meeting takes its time and place (خلال الاجتماع)', () => {
  const all = events('التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني عبد الله الثاني في القاهرة يوم الأحد. وخلال الاجتماع اتفق السيسي والملك عبد الله على تنسيق المواقف.');
  const agree = all.find((e) => e.type === 'AGREE')!;
  assert.equal(agree.date, '2025-05-04');
  assert.equal(agree.location, 'cairo');
});

test('generic statements are not events', () => {
  assert.equal(events('نادرا ما يلتقي الرؤساء الأميركيون بمسؤولين أجانب من هذا المستوى.').length, 0);
  assert.equal(events('عادة ما تلتقي الحكومات العربية في قمم دورية.').length, 0);
  assert.equal(events('تعتبر الدبلوماسية أداة مهمة في العلاقات الدولية.').length, 0);
});

test('embedded content: تهدد بشن هجوم is one THREATEN, no ASSAULT; a demand governs its content', () => {
  assert.deepEqual(events('تهدد إسرائيل بشن هجوم واسع على رفح.').map((e) => e.type), ['THREATEN']);
  assert.deepEqual(events('طالبت مصر إسرائيل بوقف الهجوم على غزة.').map((e) => e.type), ['REQUEST']);
  assert.deepEqual(events('حذرت إيران الولايات المتحدة من أي هجوم على منشآتها النووية.').map((e) => e.type), ['THREATEN']);
});

test('the topic of a meeting is not an event (بحث ... حول الهجوم)', () => {
  const all = events('بحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الأميركي ماركو روبيو الهجوم على ناقلات النفط.');
  assert.deepEqual(all.map((e) => e.type), ['CONSULT']);
  args(all[0]!, ['faisal-bin-farhan'], ['marco-rubio']);
});

test('a sanction justified by what the target did carries an accusation', () => {
  const all = events('قطعت البحرين علاقاتها مع قطر بسبب دعمها للإرهاب.');
  args(all.find((e) => e.type === 'SANCTION')!, ['bhr'], ['qat']);
  args(all.find((e) => e.type === 'ACCUSE')!, ['bhr'], ['qat']);
});

test('evidence: trigger inside the sentence, sentence span inside the text', () => {
  const text = 'أعلنت وزارة الداخلية التركية اعتقال صحفيين سوريين في إسطنبول. وقصفت الطائرات الروسية مواقع للمعارضة في إدلب.';
  const all = events(text);
  assert.ok(all.length >= 1);
  for (const e of all) {
    const sentence = text.slice(e.evidence.start, e.evidence.end);
    assert.ok(sentence.includes(e.trigger.text));
    assert.ok(!sentence.includes('.') || sentence.endsWith('.'));
  }
});

test('words that look like triggers but are not (precision)', () => {
  const none = [
    'وزارة الخارجية أصدرت بيانا حول الطقس.',
    'يبحث الطلاب عن وظائف في سوق العمل.',
    'وقال فيصل إن هناك اثنين من المرشحين.',
    'قال نصر الله إن الحزب يثق في الدعم.',
    'وصلت درجة الحرارة إلى أربعين درجة في الرياض.',
    'أكد رئيس الشرطة أن الأمن مستقر في عمان.',
    'أطلقت الشركة السعودية منتجا جديدا في دبي.',
    'يدرس الطلاب القطريون في جامعة القاهرة.',
    'وصل عدد السكان في مصر إلى مئة مليون نسمة.',
    'حضر الآلاف حفل الافتتاح في الدوحة.',
  ];
  for (const text of none) assert.deepEqual(events(text).map((e) => `${e.type} ${e.trigger.text}`), [], text);
});

test('no publication date: relative dates stay unresolved, events are still found', () => {
  const e = one('التقى روبيو عراقجي في مسقط أمس.', 'CONSULT', null);
  assert.equal(e.date, null);
  args(e, ['marco-rubio'], ['abbas-araghchi']);
});

test('dates reach related events: what a dated statement announces, a coordinated verb, a simultaneous clause, a sanction\'s reason', () => {
  const a = events('قالت الكويت أمس الجمعة إنها أحبطت محاولة تهريب، وأعلنت استدعاء سفيرها في طهران.');
  assert.equal(a.find((e) => e.type === 'SANCTION')?.date, '2025-05-09');
  const b = events('اجتمع وزير الخارجية الروسي سيرجي لافروف مع خالد مشعل اليوم ووجه له الدعوة لزيارة موسكو.');
  const inv = b.find((e) => e.type === 'AGREE')!;
  args(inv, ['sergey-lavrov'], ['khaled-mashal']);
  assert.equal(inv.date, '2025-05-10');
  const c = events('اشتبك الجيش اللبناني أمس مع عناصر من حزب الله، فيما أعلن الجيش اللبناني اعتقال ناشطين سوريين.');
  assert.equal(c.find((e) => e.type === 'COERCE')?.date, '2025-05-09');
  const d = events('أعلنت مصر أمس قطع العلاقات مع قطر بسبب دعمها للإرهاب.');
  assert.equal(d.find((e) => e.type === 'ACCUSE')?.date, '2025-05-09');
  assert.deepEqual(d.map((e) => e.type).sort(), ['ACCUSE', 'SANCTION']);
});

test('places: العاصمة + nationality adjective is the capital, وفي X opens a location, بإيران is not one', () => {
  const a = one('وقعت الولايات المتحدة وروسيا اتفاقا في العاصمة الماليزية أمس.', 'AGREE');
  assert.equal(a.location, 'kuala-lumpur');
  assert.equal(one('وفي الدوحة من المقرر أن يجتمع لافروف مع نظيره الأمريكي جون كيري.', 'CONSULT').location, 'doha');
  const c = one('اعتقلت السلطات البحرينية ناشطين لبنانيين على علاقة بإيران.', 'COERCE');
  assert.equal(c.location, null);
});
