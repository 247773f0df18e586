// Russian and Chinese officials in Middle East news, 2011–2026.
import { p, r } from './people-world-types.ts';
import type { KbActor } from '../../src/kb/schema.ts';

const R = 'RUS';
const C = 'CHN';
const RFM = 'وزير الخارجية الروسي';
const RSP_F = 'المتحدثة باسم وزارة الخارجية الروسية';
const RSP = 'المتحدث باسم وزارة الخارجية الروسية';
const RUN = 'المندوب الروسي الدائم لدى الأمم المتحدة';
const RDFM = 'نائب وزير الخارجية الروسي';
const CSP = 'المتحدث باسم وزارة الخارجية الصينية';
const CSP_F = 'المتحدثة باسم وزارة الخارجية الصينية';
const CUN = 'المندوب الصيني الدائم لدى الأمم المتحدة';
const CDEF = 'وزير الدفاع الصيني';

export const russia: KbActor[] = [
  p('vladimir-putin', 'Vladimir Putin', R, 'GOV', ['فلاديمير بوتين', 'فلاديمير بوتن', 'بوتين', 'بوتن', 'فلاديمير فلاديميروفيتش بوتين'], [
    r('Prime Minister', 'rus', '2008-05-08', '2012-05-07', 'رئيس الوزراء الروسي'),
    r('President', 'rus', '2012-05-07', null, 'الرئيس الروسي'),
  ], { al: ['Putin'], wd: 'Q7747' }),
  p('dmitry-medvedev', 'Dmitry Medvedev', R, 'GOV', ['دميتري ميدفيديف', 'ديمتري ميدفيديف', 'دميتري مدفيديف', 'ميدفيديف', 'مدفيديف'], [
    r('President', 'rus', '2008-05-07', '2012-05-07', 'الرئيس الروسي'),
    r('Prime Minister', 'rus', '2012-05-08', '2020-01-16', 'رئيس الوزراء الروسي'),
    r('Deputy Chairman of the Security Council', 'rus', '2020-01-16', null, 'نائب رئيس مجلس الأمن الروسي'),
  ], { al: ['Medvedev'], wd: 'Q23530' }),
  p('mikhail-mishustin', 'Mikhail Mishustin', R, 'GOV', ['ميخائيل ميشوستين', 'ميشوستين'], [r('Prime Minister', 'rus', '2020-01-16', null, 'رئيس الوزراء الروسي')]),
  p('sergey-lavrov', 'Sergey Lavrov', R, 'GOV', ['سيرغي لافروف', 'سيرجي لافروف', 'سيرجيه لافروف', 'سيرغيه لافروف', 'لافروف'], [r('Minister of Foreign Affairs', 'rus', '2004-03-09', null, RFM)], { al: ['Sergei Lavrov', 'Lavrov'] }),
  p('sergei-shoigu', 'Sergei Shoigu', R, 'GOV', ['سيرغي شويغو', 'سيرجي شويغو', 'سيرجي شويجو', 'شويغو', 'شويجو'], [
    r('Minister of Defense', 'rus', '2012-11-06', '2024-05-12', 'وزير الدفاع الروسي'),
    r('Secretary of the Security Council', 'rus', '2024-05-12', null, 'أمين مجلس الأمن الروسي'),
  ], { al: ['Sergey Shoygu'] }),
  p('anatoliy-serdyukov', 'Anatoliy Serdyukov', R, 'GOV', ['أناتولي سيرديوكوف', 'سيرديوكوف'], [r('Minister of Defense', 'rus', '2007-02-15', '2012-11-06', 'وزير الدفاع الروسي')], { al: ['Anatoly Serdyukov'] }),
  p('andrey-belousov', 'Andrey Belousov', R, 'GOV', ['أندريه بيلوسوف', 'أندريه بيلاوسوف', 'بيلوسوف'], [
    r('First Deputy Prime Minister', 'rus', '2020-01-21', '2024-05-14', 'النائب الأول لرئيس الوزراء الروسي'),
    r('Minister of Defense', 'rus', '2024-05-14', null, 'وزير الدفاع الروسي'),
  ], { al: ['Andrei Belousov'] }),
  p('dmitry-peskov', 'Dmitry Peskov', R, 'GOV', ['دميتري بيسكوف', 'ديمتري بيسكوف', 'بيسكوف'], [r('Press Secretary', 'rus', '2012-05-22', null, 'المتحدث باسم الكرملين')]),
  p('maria-zakharova', 'Maria Zakharova', R, 'GOV', ['ماريا زاخاروفا', 'زاخاروفا'], [r('Spokesperson', 'rus', '2015-08-10', null, RSP_F)]),
  p('alexander-lukashevich', 'Alexander Lukashevich', R, 'GOV', ['ألكسندر لوكاشيفيتش', 'ألكسندر لوكاشيفتش', 'لوكاشيفيتش'], [
    r('Spokesperson', 'rus', '2011-12', '2015-08', RSP),
    r('Permanent Representative to the OSCE', 'rus', '2015', '2025-12', 'المندوب الروسي لدى منظمة الأمن والتعاون في أوروبا'),
  ]),
  p('mikhail-bogdanov', 'Mikhail Bogdanov', R, 'GOV', ['ميخائيل بوغدانوف', 'ميخائيل بوجدانوف', 'بوغدانوف', 'بوجدانوف'], [
    r('Deputy Minister of Foreign Affairs', 'rus', '2011-06', '2025-07-09', RDFM),
    r('Special Envoy for the Middle East and Africa', 'rus', '2012', '2025-07-09', 'المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط ودول أفريقيا'),
  ]),
  p('alexander-lavrentiev', 'Alexander Lavrentiev', R, 'GOV', ['ألكسندر لافرنتييف', 'ألكسندر لافرينتييف', 'ألكسندر لافرينتيف', 'لافرنتييف', 'لافرينتييف', 'لافرينتيف'], [r('Special Envoy for Syria', 'rus', '2015', null, 'المبعوث الخاص للرئيس الروسي إلى سوريا')], { al: ['Alexander Lavrentyev'] }),
  p('vitaly-churkin', 'Vitaly Churkin', R, 'GOV', ['فيتالي تشوركين', 'فيتالي شوركين', 'تشوركين', 'شوركين'], [r('Ambassador to the United Nations', 'rus', '2006-04-08', '2017-02-20', RUN)]),
  p('vasily-nebenzya', 'Vasily Nebenzya', R, 'GOV', ['فاسيلي نيبينزيا', 'فاسيلي نيبنزيا', 'فاسيلي نيبيزيا', 'نيبينزيا', 'نيبنزيا'], [r('Ambassador to the United Nations', 'rus', '2017-07-27', null, RUN)], { al: ['Vassily Nebenzia'] }),
  p('dmitry-polyanskiy', 'Dmitry Polyanskiy', R, 'GOV', ['دميتري بوليانسكي', 'ديمتري بوليانسكي', 'بوليانسكي'], [
    r('Deputy Ambassador to the United Nations', 'rus', '2018', '2025-12', 'نائب المندوب الروسي الدائم لدى الأمم المتحدة'),
    r('Permanent Representative to the OSCE', 'rus', '2025-12-29', null, 'المندوب الروسي لدى منظمة الأمن والتعاون في أوروبا'),
  ], { al: ['Dmitry Polyansky'] }),
  p('sergei-ryabkov', 'Sergei Ryabkov', R, 'GOV', ['سيرغي ريابكوف', 'سيرجي ريابكوف', 'ريابكوف'], [r('Deputy Minister of Foreign Affairs', 'rus', '2008-08', null, RDFM)], { al: ['Sergey Ryabkov'] }),
  p('sergey-vershinin', 'Sergey Vershinin', R, 'GOV', ['سيرغي فيرشينين', 'سيرجي فيرشينين', 'فيرشينين'], [r('Deputy Minister of Foreign Affairs', 'rus', '2018', null, RDFM)], { al: ['Sergei Vershinin'] }),
  p('mikhail-ulyanov', 'Mikhail Ulyanov', R, 'GOV', ['ميخائيل أوليانوف', 'ميخائيل يوليانوف', 'أوليانوف'], [r('Permanent Representative to International Organizations in Vienna', 'rus', '2018-01', null, 'المندوب الروسي لدى المنظمات الدولية في فيينا')]),
  p('valery-gerasimov', 'Valery Gerasimov', R, 'MIL', ['فاليري غيراسيموف', 'فاليري جيراسيموف', 'غيراسيموف', 'جيراسيموف'], [r('Chief of General Staff', 'rus', '2012-11-09', null, 'رئيس هيئة الأركان العامة الروسية')]),
  p('nikolai-patrushev', 'Nikolai Patrushev', R, 'GOV', ['نيكولاي باتروشيف', 'باتروشيف'], [
    r('Secretary of the Security Council', 'rus', '2008-05-12', '2024-05-12', 'أمين مجلس الأمن الروسي'),
    r('Aide to the President', 'rus', '2024-05-14', null, 'مساعد الرئيس الروسي'),
  ]),
  p('sergey-naryshkin', 'Sergey Naryshkin', R, 'SPY', ['سيرغي ناريشكين', 'سيرجي ناريشكين', 'ناريشكين'], [
    r('Speaker of Parliament', 'rus', '2011-12-21', '2016-10-05', 'رئيس مجلس الدوما الروسي'),
    r('Head of Intelligence', 'rus', '2016-10-05', null, 'مدير جهاز الاستخبارات الخارجية الروسي'),
  ], { al: ['Sergei Naryshkin'] }),
  p('alexander-bortnikov', 'Alexander Bortnikov', R, 'SPY', ['ألكسندر بورتنيكوف', 'بورتنيكوف'], [r('Director of the Federal Security Service', 'rus', '2008-05-12', null, 'مدير جهاز الأمن الفيدرالي الروسي')]),
  p('vyacheslav-volodin', 'Vyacheslav Volodin', R, 'LEG', ['فياتشيسلاف فولودين', 'فولودين'], [r('Speaker of Parliament', 'rus', '2016-10-05', null, 'رئيس مجلس الدوما الروسي')]),
  p('valentina-matviyenko', 'Valentina Matviyenko', R, 'LEG', ['فالنتينا ماتفيينكو', 'ماتفيينكو'], [r('President of the Senate', 'rus', '2011-09-21', null, 'رئيسة مجلس الاتحاد الروسي')]),
  p('yuri-ushakov', 'Yuri Ushakov', R, 'GOV', ['يوري أوشاكوف', 'أوشاكوف'], [r('Aide to the President for Foreign Policy', 'rus', '2012-05', null, 'مساعد الرئيس الروسي للشؤون الخارجية')]),
  p('kirill-dmitriev', 'Kirill Dmitriev', R, 'GOV', ['كيريل دميترييف', 'كيريل ديميترييف', 'كيريل دميترييف', 'دميترييف'], [
    r('Chief Executive of the Russian Direct Investment Fund', 'rus', '2011', null, 'الرئيس التنفيذي لصندوق الاستثمار المباشر الروسي'),
    r('Special Envoy for Investment and Economic Cooperation', 'rus', '2025-02', null, 'المبعوث الخاص للرئيس الروسي للاستثمار والتعاون الاقتصادي'),
  ]),
  p('alexander-novak', 'Alexander Novak', R, 'GOV', ['ألكسندر نوفاك', 'نوفاك'], [
    r('Minister of Energy', 'rus', '2012-05-21', '2020-11-10', 'وزير الطاقة الروسي'),
    r('Deputy Prime Minister', 'rus', '2020-11-10', null, 'نائب رئيس الوزراء الروسي'),
  ]),
  p('anatoly-antonov', 'Anatoly Antonov', R, 'GOV', ['أناتولي أنتونوف', 'أناتولي أنطونوف'], [r('Ambassador', 'rus', '2017-09', '2024-10', 'السفير الروسي لدى الولايات المتحدة')], { sh: ['أنتونوف', 'أنطونوف'] }),
  p('yunus-bek-yevkurov', 'Yunus-Bek Yevkurov', R, 'MIL', ['يونس بك يفكوروف', 'يونس-بك يفكوروف', 'يفكوروف'], [r('Deputy Minister of Defense', 'rus', '2019-06', null, 'نائب وزير الدفاع الروسي')]),
  p('alexander-dvornikov', 'Alexander Dvornikov', R, 'MIL', ['ألكسندر دفورنيكوف', 'دفورنيكوف'], [r('Commander of Russian Forces in Syria', 'rus', '2015-09', '2016-06', 'قائد القوات الروسية في سوريا')]),
  p('ramzan-kadyrov', 'Ramzan Kadyrov', R, 'GOV', ['رمضان قديروف', 'قديروف'], [r('Head of the Chechen Republic', 'rus', '2007-04-05', null, 'رئيس جمهورية الشيشان')]),
  p('yevgeny-prigozhin', 'Yevgeny Prigozhin', R, 'UAF', ['يفغيني بريغوجين', 'يفجيني بريجوجين', 'يفغيني بريغوزين', 'بريغوجين', 'بريجوجين'], [r('Leader', 'wagner-group', '2014', '2023-08-23', 'قائد مجموعة فاغنر')]),
];

export const china: KbActor[] = [
  p('hu-jintao', 'Hu Jintao', C, 'GOV', ['هو جينتاو', 'هو جين تاو'], [r('President', 'chn', '2003-03-15', '2013-03-14', 'الرئيس الصيني')]),
  p('xi-jinping', 'Xi Jinping', C, 'GOV', ['شي جين بينغ', 'شي جينبينغ', 'شي جين بينج', 'شي جين پينغ'], [
    r('Vice President', 'chn', '2008-03-15', '2013-03-14', 'نائب الرئيس الصيني'),
    r('General Secretary of the Chinese Communist Party', 'chn', '2012-11-15', null, 'الأمين العام للحزب الشيوعي الصيني'),
    r('President', 'chn', '2013-03-14', null, 'الرئيس الصيني'),
  ], { al: ['Xi'], sh: ['شي'], wd: 'Q15031' }),
  p('wen-jiabao', 'Wen Jiabao', C, 'GOV', ['ون جيا باو', 'وين جيا باو', 'وين جياباو'], [r('Prime Minister', 'chn', '2003-03-16', '2013-03-15', 'رئيس مجلس الدولة الصيني')]),
  p('li-keqiang', 'Li Keqiang', C, 'GOV', ['لي كه تشيانغ', 'لي كه تشيانج', 'لي كه شيانغ', 'لي كيكيانغ', 'لي كه تشيانغ'], [r('Prime Minister', 'chn', '2013-03-15', '2023-03-11', 'رئيس مجلس الدولة الصيني')]),
  p('li-qiang', 'Li Qiang', C, 'GOV', ['لي تشيانغ', 'لي تشيانج', 'لي شيانغ'], [r('Prime Minister', 'chn', '2023-03-11', null, 'رئيس مجلس الدولة الصيني')]),
  p('yang-jiechi', 'Yang Jiechi', C, 'GOV', ['يانغ جيه تشي', 'يانغ جيتشي', 'يانغ جي تشي', 'يانغ جيه تشى'], [
    r('Minister of Foreign Affairs', 'chn', '2007-04-27', '2013-03-16', 'وزير الخارجية الصيني'),
    r('Director of the Office of the Central Foreign Affairs Commission', 'chn', '2013-03', '2023-01', 'مدير مكتب لجنة الشؤون الخارجية في الحزب الشيوعي الصيني'),
  ]),
  p('wang-yi', 'Wang Yi', C, 'GOV', ['وانغ يي', 'وانج يي'], [
    r('Minister of Foreign Affairs', 'chn', '2013-03-16', '2022-12-30', 'وزير الخارجية الصيني'),
    r('Director of the Office of the Central Foreign Affairs Commission', 'chn', '2023-01', null, 'مدير مكتب لجنة الشؤون الخارجية في الحزب الشيوعي الصيني'),
    r('Minister of Foreign Affairs', 'chn', '2023-07-25', null, 'وزير الخارجية الصيني'),
  ]),
  p('qin-gang', 'Qin Gang', C, 'GOV', ['تشين قانغ', 'تشين غانغ', 'تشين جانج', 'تشين قانج', 'تشين كانغ'], [
    r('Ambassador', 'chn', '2021-07', '2022-12', 'السفير الصيني لدى الولايات المتحدة'),
    r('Minister of Foreign Affairs', 'chn', '2022-12-30', '2023-07-25', 'وزير الخارجية الصيني'),
  ]),
  p('wu-sike', 'Wu Sike', C, 'GOV', ['وو سي كه', 'وو سيكه'], [r('Special Envoy for the Middle East', 'chn', '2009-03', '2014-09', 'المبعوث الصيني الخاص لقضية الشرق الأوسط')]),
  p('gong-xiaosheng', 'Gong Xiaosheng', C, 'GOV', ['قونغ شياو شنغ', 'غونغ شياو شنغ', 'قونغ شياو شينغ', 'غونغ شياوشنغ'], [r('Special Envoy for the Middle East', 'chn', '2014-09', '2019-09', 'المبعوث الصيني الخاص لقضية الشرق الأوسط')]),
  p('zhai-jun', 'Zhai Jun', C, 'GOV', ['تشاي جيون', 'تشاي جون', 'جاي جون', 'تشاي جيون'], [r('Special Envoy for the Middle East', 'chn', '2019-09', null, 'المبعوث الصيني الخاص لقضية الشرق الأوسط')]),
  p('hong-lei', 'Hong Lei', C, 'GOV', ['هونغ لي', 'هونج لي', 'هونغ لى'], [r('Spokesperson', 'chn', '2010', '2016', CSP)]),
  p('hua-chunying', 'Hua Chunying', C, 'GOV', ['هوا تشون ينغ', 'هوا تشون يينغ', 'هوا تشونينغ', 'هوا تشون ينج'], [r('Spokesperson', 'chn', '2012-09', '2024', CSP_F)]),
  p('lu-kang', 'Lu Kang', C, 'GOV', ['لو كانغ', 'لو كانج'], [r('Spokesperson', 'chn', '2015', '2019', CSP)]),
  p('geng-shuang', 'Geng Shuang', C, 'GOV', ['قنغ شوانغ', 'غنغ شوانغ', 'قينغ شوانغ', 'جينغ شوانغ', 'جنغ شوانغ'], [
    r('Spokesperson', 'chn', '2016', '2020', CSP),
    r('Deputy Ambassador to the United Nations', 'chn', '2020', null, 'نائب المندوب الصيني الدائم لدى الأمم المتحدة'),
  ]),
  p('zhao-lijian', 'Zhao Lijian', C, 'GOV', ['تشاو لي جيان', 'تشاو ليجيان', 'جاو لي جيان'], [r('Spokesperson', 'chn', '2020-02', '2023-01', CSP)]),
  p('wang-wenbin', 'Wang Wenbin', C, 'GOV', ['وانغ ون بين', 'وانغ وين بين', 'وانج ون بين', 'وانغ وينبين'], [r('Spokesperson', 'chn', '2020-07', '2024', CSP)]),
  p('mao-ning', 'Mao Ning', C, 'GOV', ['ماو نينغ', 'ماو نينج'], [r('Spokesperson', 'chn', '2022-09', null, CSP_F)]),
  p('lin-jian', 'Lin Jian', C, 'GOV', ['لين جيان'], [r('Spokesperson', 'chn', '2024', null, CSP)]),
  p('guo-jiakun', 'Guo Jiakun', C, 'GOV', ['قوه جيا كون', 'غوه جيا كون', 'قوه جياكون', 'غوه جياكون'], [r('Spokesperson', 'chn', '2024', null, CSP)]),
  p('li-baodong', 'Li Baodong', C, 'GOV', ['لي باو دونغ', 'لي باودونغ'], [r('Ambassador to the United Nations', 'chn', '2010', '2013-08', CUN)]),
  p('liu-jieyi', 'Liu Jieyi', C, 'GOV', ['ليو جيه يي', 'ليو جي يي', 'ليو جيي'], [r('Ambassador to the United Nations', 'chn', '2013-09', '2017', CUN)]),
  p('ma-zhaoxu', 'Ma Zhaoxu', C, 'GOV', ['ما تشاو شيوي', 'ما تشاو شو', 'ما تشاوشو'], [
    r('Ambassador to the United Nations', 'chn', '2018-02', '2019', CUN),
    r('Executive Vice Minister of Foreign Affairs', 'chn', '2022', null, 'النائب التنفيذي لوزير الخارجية الصيني'),
  ]),
  p('zhang-jun', 'Zhang Jun', C, 'GOV', ['تشانغ جيون', 'تشانغ جون', 'جانغ جون', 'تشانج جون'], [r('Ambassador to the United Nations', 'chn', '2019-08', '2024-03', CUN)]),
  p('fu-cong', 'Fu Cong', C, 'GOV', ['فو تسونغ', 'فو كونغ', 'فو تسونج'], [r('Ambassador to the United Nations', 'chn', '2024-04-13', null, CUN)]),
  p('liang-guanglie', 'Liang Guanglie', C, 'MIL', ['ليانغ قوانغ ليه', 'ليانغ غوانغ لي'], [r('Minister of Defense', 'chn', '2008-03', '2013-03', CDEF)]),
  p('chang-wanquan', 'Chang Wanquan', C, 'MIL', ['تشانغ وان تشيوان', 'تشانغ وانكوان', 'تشانغ وان كوان'], [r('Minister of Defense', 'chn', '2013-03', '2018-03', CDEF)]),
  p('wei-fenghe', 'Wei Fenghe', C, 'MIL', ['وي فنغ خه', 'وي فنغ هي', 'وي فينغ خه'], [r('Minister of Defense', 'chn', '2018-03', '2023-03', CDEF)]),
  p('li-shangfu', 'Li Shangfu', C, 'MIL', ['لي شانغ فو', 'لي شانغفو'], [r('Minister of Defense', 'chn', '2023-03', '2023-10', CDEF)]),
  p('dong-jun', 'Dong Jun', C, 'MIL', ['دونغ جون', 'دونج جون'], [r('Minister of Defense', 'chn', '2023-12', null, CDEF)]),
];
