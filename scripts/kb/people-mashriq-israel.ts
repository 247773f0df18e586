// Israel: prime ministers, presidents, foreign and defence ministers, security chiefs, ministers and
// spokespeople quoted in Arab news.
import { p, type PersonSpec } from './people-mashriq-lib.ts';

const X = 'ISR';
const COS_AR = 'رئيس أركان الجيش الإسرائيلي';
const MOSSAD_AR = 'رئيس الموساد';
const SHABAK_AR = 'رئيس جهاز الأمن العام الإسرائيلي (الشاباك)';
const KNESSET_AR = 'رئيس الكنيست';
const MK = 'Member of the Knesset';
const MK_AR = 'عضو الكنيست';

export const ISRAEL: readonly PersonSpec[] = [
  p('benjamin-netanyahu', 'Benjamin Netanyahu', X, 'GOV', ['بنيامين نتنياهو', 'نتنياهو', 'بنيامين نتانياهو', 'نتانياهو', 'بنيامين نتيناهو'], [
    ['Prime Minister', 'isr', '1996-06-18', '1999-07-06'],
    ['Prime Minister', 'isr', '2009-03-31', '2021-06-13'],
    ['Minister of Foreign Affairs', 'isr', '2012-12-18', '2013-11-11'],
    ['Minister of Foreign Affairs', 'isr', '2015-05-14', '2019-02-17'],
    ['Minister of Defense', 'isr', '2018-11-18', '2019-11-12'],
    ['Leader of the Opposition', 'isr', '2021-06-13', '2022-12-29'],
    ['Prime Minister', 'isr', '2022-12-29', null],
    ['Party Leader', 'likud', '2005-12-20', null, 'زعيم حزب الليكود'],
  ], { al: ['Bibi', 'Binyamin Netanyahu'], sh: ['بيبي'] }),
  p('naftali-bennett', 'Naftali Bennett', X, 'GOV', ['نفتالي بينيت', 'بينيت', 'نفتالي بينت', 'بينت'], [
    ['Minister of Defense', 'isr', '2019-11-12', '2020-05-17'],
    ['Prime Minister', 'isr', '2021-06-13', '2022-06-30'],
    ['Alternate Prime Minister', 'isr', '2022-07-01', '2022-12-29'],
  ]),
  p('yair-lapid', 'Yair Lapid', X, 'OPP', ['يائير لابيد', 'لابيد', 'يائير لبيد', 'لبيد'], [
    ['Minister of Finance', 'isr', '2013-03-18', '2014-12-02'],
    ['Leader of the Opposition', 'isr', '2020-05-17', '2021-06-13'],
    ['Minister of Foreign Affairs', 'isr', '2021-06-13', '2022-12-29'],
    ['Alternate Prime Minister', 'isr', '2021-06-13', '2022-07-01'],
    ['Prime Minister', 'isr', '2022-07-01', '2022-12-29'],
    ['Leader of the Opposition', 'isr', '2022-12-29', null],
  ]),
  p('benny-gantz', 'Benny Gantz', X, 'PTY', ['بيني غانتس', 'غانتس', 'بيني جانتس', 'جانتس', 'بني غانتس'], [
    ['Chief of General Staff', 'idf', '2011-02-14', '2015-02-16', COS_AR],
    ['Alternate Prime Minister', 'isr', '2020-05-17', '2021-06-13'],
    ['Minister of Defense', 'isr', '2020-05-17', '2022-12-29'],
    ['Minister without Portfolio', 'isr', '2023-10-12', '2024-06-09', 'الوزير في حكومة الحرب الإسرائيلية'],
  ]),
  p('shimon-peres', 'Shimon Peres', X, 'GOV', ['شمعون بيريز', 'بيريز', 'شمعون بيرس', 'بيرس'], [
    ['President', 'isr', '2007-07-15', '2014-07-24'],
  ]),
  p('reuven-rivlin', 'Reuven Rivlin', X, 'GOV', ['رؤوفين ريفلين', 'ريفلين', 'روبين ريفلين'], [
    ['Speaker of Parliament', 'isr', '2009-03-30', '2013-03-18', KNESSET_AR],
    ['President', 'isr', '2014-07-24', '2021-07-07'],
  ], { al: ['Ruby Rivlin'] }),
  p('isaac-herzog', 'Isaac Herzog', X, 'GOV', ['إسحاق هرتسوغ', 'هرتسوغ', 'يتسحاق هرتسوغ', 'إسحق هرتسوغ', 'هرتزوغ', 'إسحاق هرتزوغ'], [
    ['Leader of the Opposition', 'isr', '2013-11-22', '2018-08'],
    ['President', 'isr', '2021-07-07', null],
  ], { al: ['Yitzhak Herzog', 'Bougie Herzog'] }),
  p('avigdor-lieberman', 'Avigdor Lieberman', X, 'PTY', ['أفيغدور ليبرمان', 'ليبرمان', 'أفيغدور ليبرمان', 'افيجدور ليبرمان'], [
    ['Minister of Foreign Affairs', 'isr', '2009-03-31', '2012-12-18'],
    ['Minister of Foreign Affairs', 'isr', '2013-11-11', '2015-05-14'],
    ['Minister of Defense', 'isr', '2016-05-30', '2018-11-18'],
    ['Minister of Finance', 'isr', '2021-06-13', '2022-12-29'],
    ['Party Leader', 'isr', '1999', null, 'زعيم حزب إسرائيل بيتنا'],
  ], { al: ['Avigdor Liberman'] }),
  p('ehud-barak', 'Ehud Barak', X, 'GOV', ['إيهود باراك'], [
    ['Prime Minister', 'isr', '1999-07-06', '2001-03-07'],
    ['Minister of Defense', 'isr', '2007-06-18', '2013-03-18'],
  ], { sh: ['باراك'] }),
  p('moshe-yaalon', "Moshe Ya'alon", X, 'GOV', ['موشيه يعالون', 'يعالون', 'موشيه يعلون', 'يعلون'], [
    ['Minister of Defense', 'isr', '2013-03-18', '2016-05-20'],
  ], { al: ['Moshe Yaalon', 'Bogie Yaalon'] }),
  p('yoav-gallant', 'Yoav Gallant', X, 'GOV', ['يوآف غالانت', 'غالانت', 'يوآف جالانت', 'جالانت', 'يواف غالانت'], [
    ['Minister of Defense', 'isr', '2022-12-29', '2024-11'],
  ]),
  p('israel-katz', 'Israel Katz', X, 'GOV', ['يسرائيل كاتس', 'كاتس', 'إسرائيل كاتس', 'يسرائيل كاتز', 'كاتز'], [
    ['Minister of Foreign Affairs', 'isr', '2019-02-17', '2020-05-17'],
    ['Minister of Finance', 'isr', '2020-05-17', '2021-06-13'],
    ['Minister of Foreign Affairs', 'isr', '2024-01-01', '2024-11'],
    ['Minister of Defense', 'isr', '2024-11', null],
  ], { al: ['Yisrael Katz'] }),
  p('gabi-ashkenazi', 'Gabi Ashkenazi', X, 'GOV', ['غابي أشكنازي', 'أشكنازي', 'جابي أشكنازي', 'غابي اشكينازي'], [
    ['Chief of General Staff', 'idf', '2007-02-14', '2011-02-14', COS_AR],
    ['Minister of Foreign Affairs', 'isr', '2020-05-17', '2021-06-13'],
  ], { al: ['Gabi Ashkenazi'] }),
  p('eli-cohen', 'Eli Cohen', X, 'GOV', ['إيلي كوهين', 'ايلي كوهين'], [
    ['Minister of Foreign Affairs', 'isr', '2022-12-29', '2024-01-01'],
    ['Minister of Energy', 'isr', '2024-01-01', null],
  ], { sh: ['كوهين'] }),
  p('gideon-saar', "Gideon Sa'ar", X, 'GOV', ['جدعون ساعر', 'ساعر', 'غدعون ساعر', 'جدعون ساعار'], [
    ['Minister of Justice', 'isr', '2021-06-13', '2022-12-29'],
    ['Minister of Foreign Affairs', 'isr', '2024-11', null],
  ], { al: ['Gideon Saar'] }),
  p('ron-dermer', 'Ron Dermer', X, 'GOV', ['رون ديرمر', 'ديرمر', 'رون درمر', 'درمر'], [
    ['Ambassador to the United States', 'isr', '2013', '2021-01', 'السفير الإسرائيلي لدى الولايات المتحدة'],
    ['Minister of Strategic Affairs', 'isr', '2022-12-29', '2025-11-11'],
    ['Chief Negotiator', 'isr', '2024', '2025-11-11', 'كبير المفاوضين الإسرائيليين'],
  ], { src: 'Resignation as Minister of Strategic Affairs announced on 11 November 2025 (Okaz, Israel Hayom).' }),
  p('tzachi-hanegbi', 'Tzachi Hanegbi', X, 'GOV', ['تساحي هنغبي', 'هنغبي', 'تساحي هانغبي', 'هانغبي', 'تساحي هنجبي'], [
    ['National Security Adviser', 'isr', '2023-01', '2025-10'],
  ]),
  p('meir-ben-shabbat', 'Meir Ben-Shabbat', X, 'GOV', ['مئير بن شبات', 'بن شبات', 'مائير بن شبات'], [
    ['National Security Adviser', 'isr', '2017-08', '2021-07'],
  ]),
  p('eyal-hulata', 'Eyal Hulata', X, 'GOV', ['إيال حولاتا', 'حولاتا', 'إيال حولتا'], [
    ['National Security Adviser', 'isr', '2021-07', '2023-01'],
  ]),
  p('yaakov-amidror', 'Yaakov Amidror', X, 'GOV', ['يعقوب عميدرور', 'عميدرور'], [
    ['National Security Adviser', 'isr', '2011-04', '2013-11'],
  ]),
  // security chiefs
  p('tamir-pardo', 'Tamir Pardo', X, 'SPY', ['تامير باردو', 'باردو'], [
    ['Head of Intelligence', 'mossad', '2011-01-01', '2016-01-06', MOSSAD_AR],
  ]),
  p('yossi-cohen', 'Yossi Cohen', X, 'SPY', ['يوسي كوهين'], [
    ['National Security Adviser', 'isr', '2013-11', '2016-01'],
    ['Head of Intelligence', 'mossad', '2016-01-06', '2021-06-01', MOSSAD_AR],
  ], { sh: ['كوهين'] }),
  p('david-barnea', 'David Barnea', X, 'SPY', ['ديفيد برنياع', 'برنياع', 'دافيد برنياع', 'دادي برنياع'], [
    ['Head of Intelligence', 'mossad', '2021-06-01', null, MOSSAD_AR],
  ], { al: ['Dadi Barnea'] }),
  p('yuval-diskin', 'Yuval Diskin', X, 'SPY', ['يوفال ديسكين', 'ديسكين'], [
    ['Head of Intelligence', 'shin-bet', '2005-05-15', '2011-05-15', SHABAK_AR],
  ]),
  p('yoram-cohen', 'Yoram Cohen', X, 'SPY', ['يورام كوهين'], [
    ['Head of Intelligence', 'shin-bet', '2011-05-15', '2016-05-08', SHABAK_AR],
  ], { sh: ['كوهين'] }),
  p('nadav-argaman', 'Nadav Argaman', X, 'SPY', ['نداف أرغمان', 'أرغمان', 'ناداف أرغمان'], [
    ['Head of Intelligence', 'shin-bet', '2016-05-08', '2021-10-13', SHABAK_AR],
  ]),
  p('ronen-bar', 'Ronen Bar', X, 'SPY', ['رونين بار', 'رونين بار'], [
    ['Head of Intelligence', 'shin-bet', '2021-10-13', '2025-06-15', SHABAK_AR],
  ], { sh: ['بار'] }),
  p('david-zini', 'David Zini', X, 'SPY', ['ديفيد زيني', 'دافيد زيني', 'زيني'], [
    ['Head of Intelligence', 'shin-bet', '2025-10-05', null, SHABAK_AR],
  ], { src: 'Cabinet approval 30 September 2025, in office from 5 October 2025 (Prime Minister\'s Office).' }),
  p('avi-dichter', 'Avi Dichter', X, 'GOV', ['آفي ديختر', 'ديختر', 'أفي ديختر'], [
    ['Head of Intelligence', 'shin-bet', '2000-05', '2005-05-15', SHABAK_AR],
    ['Minister of Agriculture', 'isr', '2022-12-29', null, 'وزير الزراعة الإسرائيلي'],
  ]),
  p('gadi-eisenkot', 'Gadi Eisenkot', X, 'PTY', ['غادي آيزنكوت', 'آيزنكوت', 'غادي أيزنكوت', 'أيزنكوت', 'جادي آيزنكوت', 'غادي ايزنكوت'], [
    ['Chief of General Staff', 'idf', '2015-02-16', '2019-01-15', COS_AR],
    ['Minister without Portfolio', 'isr', '2023-10-12', '2024-06-09', 'الوزير في حكومة الحرب الإسرائيلية'],
  ], { al: ['Gadi Eizenkot'] }),
  p('aviv-kochavi', 'Aviv Kochavi', X, 'MIL', ['أفيف كوخافي', 'كوخافي', 'أفيف كوخابي'], [
    ['Chief of General Staff', 'idf', '2019-01-15', '2023-01-16', COS_AR],
  ]),
  p('herzi-halevi', 'Herzi Halevi', X, 'MIL', ['هرتسي هاليفي', 'هاليفي', 'هرتسل هاليفي', 'هيرتسي هاليفي', 'هرتسي هليفي'], [
    ['Chief of General Staff', 'idf', '2023-01-16', '2025-03-05', COS_AR],
  ], { al: ['Herzl Halevi'] }),
  p('eyal-zamir', 'Eyal Zamir', X, 'MIL', ['إيال زامير', 'زامير', 'ايال زمير'], [
    ['Director-General of the Ministry of Defense', 'isr', '2023-01', '2025-03', 'المدير العام لوزارة الدفاع الإسرائيلية'],
    ['Chief of General Staff', 'idf', '2025-03-05', null, COS_AR],
  ]),
  p('aharon-haliva', 'Aharon Haliva', X, 'SPY', ['أهارون حاليفا', 'حاليفا'], [
    ['Head of Intelligence', 'idf', '2021-10', '2024-08', 'رئيس شعبة الاستخبارات العسكرية الإسرائيلية (أمان)'],
  ]),
  p('yoav-mordechai', 'Yoav Mordechai', X, 'MIL', ['يوآف مردخاي', 'مردخاي', 'يوآف موردخاي'], [
    ['Military Spokesperson', 'idf', '2011', '2013', 'المتحدث باسم الجيش الإسرائيلي'],
    ['Coordinator of Government Activities in the Territories', 'isr', '2014', '2018', 'منسق أعمال الحكومة الإسرائيلية في المناطق'],
  ], { src: 'Years as recalled; months not given.' }),
  p('ghassan-alian', 'Ghassan Alian', X, 'MIL', ['غسان عليان'], [
    ['Coordinator of Government Activities in the Territories', 'isr', '2021', null, 'منسق أعمال الحكومة الإسرائيلية في المناطق'],
  ], { src: 'Start year as recalled; end not known to the author.' }),
  p('daniel-hagari', 'Daniel Hagari', X, 'MIL', ['دانيال هاغاري', 'هاغاري', 'دانيال هجاري', 'هجاري'], [
    ['Military Spokesperson', 'idf', '2023', '2025', 'المتحدث باسم الجيش الإسرائيلي'],
  ], { src: 'Years as recalled; months not given.' }),
  p('effie-defrin', 'Effie Defrin', X, 'MIL', ['إيفي ديفرين', 'ديفرين', 'إيفي دفرين', 'دفرين'], [
    ['Military Spokesperson', 'idf', '2025', null, 'المتحدث باسم الجيش الإسرائيلي'],
  ], { al: ['Effie Defrin', 'Efi Defrin'] }),
  p('avichay-adraee', 'Avichay Adraee', X, 'MIL', ['أفيخاي أدرعي', 'أدرعي', 'افيخاي ادرعي'], [
    ['Arabic Spokesperson', 'idf', '2005', null, 'المتحدث باسم الجيش الإسرائيلي للإعلام العربي'],
  ], { al: ['Avichai Adraee'] }),
  // ministers and politicians
  p('itamar-ben-gvir', 'Itamar Ben-Gvir', X, 'GOV', ['إيتمار بن غفير', 'بن غفير', 'ايتمار بن جفير', 'بن جفير'], [
    ['Minister of National Security', 'isr', '2022-12-29', '2025-01-19'],
    ['Minister of National Security', 'isr', '2025-03-19', null],
    ['Party Leader', 'isr', '2019', null, 'زعيم حزب القوة اليهودية'],
  ], { al: ['Itamar Ben Gvir'] }),
  p('bezalel-smotrich', 'Bezalel Smotrich', X, 'GOV', ['بتسلئيل سموتريتش', 'سموتريتش', 'بتسلئيل سموطريتش', 'سموطريتش'], [
    ['Minister of Finance', 'isr', '2022-12-29', null],
    ['Party Leader', 'isr', '2019', null, 'زعيم حزب الصهيونية الدينية'],
  ]),
  p('aryeh-deri', 'Aryeh Deri', X, 'PTY', ['أرييه درعي', 'درعي', 'آريه درعي'], [
    ['Minister of the Interior', 'isr', '2016-01-11', '2021-06-13'],
    ['Minister of the Interior', 'isr', '2022-12-29', '2023-01-22'],
    ['Party Leader', 'isr', '2013', null, 'زعيم حزب شاس'],
  ]),
  p('yariv-levin', 'Yariv Levin', X, 'GOV', ['ياريف ليفين', 'ليفين'], [
    ['Speaker of Parliament', 'isr', '2020-05-17', '2021-06-13', KNESSET_AR],
    ['Minister of Justice', 'isr', '2022-12-29', null],
  ]),
  p('amir-ohana', 'Amir Ohana', X, 'LEG', ['أمير أوحانا', 'أوحانا'], [
    ['Speaker of Parliament', 'isr', '2022-12-29', null, KNESSET_AR],
  ]),
  p('yuli-edelstein', 'Yuli Edelstein', X, 'LEG', ['يولي إدلشتاين', 'إدلشتاين', 'يولي ادلشتاين'], [
    ['Speaker of Parliament', 'isr', '2013-03-18', '2020-03-25', KNESSET_AR],
  ]),
  p('mickey-levy', 'Mickey Levy', X, 'LEG', ['ميكي ليفي'], [
    ['Speaker of Parliament', 'isr', '2021-06-14', '2022-11-15', KNESSET_AR],
  ]),
  p('tzipi-livni', 'Tzipi Livni', X, 'PTY', ['تسيبي ليفني', 'ليفني'], [
    ['Minister of Foreign Affairs', 'isr', '2006-05-04', '2009-03-31'],
    ['Minister of Justice', 'isr', '2013-03-18', '2014-12-02'],
    ['Chief Negotiator', 'isr', '2013-07', '2014-04', 'كبيرة المفاوضين الإسرائيليين'],
  ]),
  p('ayelet-shaked', 'Ayelet Shaked', X, 'GOV', ['أييليت شاكيد', 'شاكيد', 'إيليت شاكيد'], [
    ['Minister of Justice', 'isr', '2015-05-14', '2019-06-02'],
    ['Minister of the Interior', 'isr', '2021-06-13', '2022-12-29'],
  ]),
  p('miri-regev', 'Miri Regev', X, 'GOV', ['ميري ريغيف', 'ريغيف', 'ميري ريجيف'], [
    ['Minister of Transport', 'isr', '2022-12-29', null],
  ]),
  p('nir-barkat', 'Nir Barkat', X, 'GOV', ['نير بركات'], [
    ['Mayor of Jerusalem', 'isr', '2008-11', '2018-12', 'رئيس بلدية الاحتلال في القدس'],
    ['Minister of Economy', 'isr', '2022-12-29', null],
  ], { sh: ['بركات'] }),
  p('amichai-chikli', 'Amichai Chikli', X, 'GOV', ['عميحاي شيكلي', 'شيكلي', 'عميخاي شيكلي'], [
    ['Minister of Diaspora Affairs', 'isr', '2022-12-29', null, 'وزير شؤون الشتات الإسرائيلي'],
  ]),
  p('amichai-eliyahu', 'Amichai Eliyahu', X, 'GOV', ['عميحاي إلياهو', 'عميحاي الياهو'], [
    ['Minister of Heritage', 'isr', '2022-12-29', null, 'وزير التراث الإسرائيلي'],
  ]),
  p('shlomo-karhi', 'Shlomo Karhi', X, 'GOV', ['شلومو كرعي', 'كرعي'], [
    ['Minister of Communications', 'isr', '2022-12-29', null, 'وزير الاتصالات الإسرائيلي'],
  ]),
  p('yoav-kisch', 'Yoav Kisch', X, 'GOV', ['يوآف كيش', 'يواف كيش'], [
    ['Minister of Education', 'isr', '2022-12-29', null, 'وزير التعليم الإسرائيلي'],
  ]),
  p('moshe-kahlon', 'Moshe Kahlon', X, 'GOV', ['موشيه كحلون', 'كحلون'], [
    ['Minister of Finance', 'isr', '2015-05-14', '2020-05-17'],
  ]),
  p('yuval-steinitz', 'Yuval Steinitz', X, 'GOV', ['يوفال شتاينتس', 'شتاينتس', 'يوفال شطاينتس'], [
    ['Minister of Finance', 'isr', '2009-03-31', '2013-03-18'],
    ['Minister of Energy', 'isr', '2015-05-14', '2020-05-17'],
  ]),
  p('shaul-mofaz', 'Shaul Mofaz', X, 'PTY', ['شاؤول موفاز', 'موفاز'], [
    ['Deputy Prime Minister', 'isr', '2012-05-09', '2012-07-19'],
  ]),
  p('ehud-olmert', 'Ehud Olmert', X, 'OPP', ['إيهود أولمرت', 'أولمرت'], [
    ['Prime Minister', 'isr', '2006-04-14', '2009-03-31'],
  ]),
  p('yair-golan', 'Yair Golan', X, 'OPP', ['يائير غولان', 'يائير جولان'], [
    ['Party Leader', 'isr', '2024-07', null, 'زعيم حزب الديمقراطيين'],
  ], { sh: ['غولان'] }),
  p('gal-hirsch', 'Gal Hirsch', X, 'GOV', ['غال هيرش', 'جال هيرش'], [
    ['Coordinator for Hostages and Missing Persons', 'isr', '2023-10', null, 'منسق شؤون الأسرى والمفقودين في الحكومة الإسرائيلية'],
  ]),
  // diplomats
  p('ron-prosor', 'Ron Prosor', X, 'GOV', ['رون بروسور', 'بروسور'], [
    ['Ambassador to the United Nations', 'isr', '2011', '2015'],
    ['Ambassador to Germany', 'isr', '2022', null, 'السفير الإسرائيلي لدى ألمانيا'],
  ]),
  p('danny-danon', 'Danny Danon', X, 'GOV', ['داني دانون', 'دانون', 'داني دانونن'], [
    ['Ambassador to the United Nations', 'isr', '2015-10', '2020-08'],
    ['Ambassador to the United Nations', 'isr', '2024-08', null],
  ]),
  p('gilad-erdan', 'Gilad Erdan', X, 'GOV', ['جلعاد إردان', 'إردان', 'غلعاد إردان', 'جلعاد أردان', 'أردان'], [
    ['Minister of Public Security', 'isr', '2015-05-25', '2020-05-17', 'وزير الأمن الداخلي الإسرائيلي'],
    ['Ambassador to the United Nations', 'isr', '2020-09', '2024-08'],
    ['Ambassador to the United States', 'isr', '2021-01', '2021-11', 'السفير الإسرائيلي لدى الولايات المتحدة'],
  ]),
  p('michael-oren', 'Michael Oren', X, 'GOV', ['مايكل أورين'], [
    ['Ambassador to the United States', 'isr', '2009-07', '2013-09', 'السفير الإسرائيلي لدى الولايات المتحدة'],
  ]),
  p('michael-herzog', 'Michael Herzog', X, 'GOV', ['مايكل هرتسوغ', 'مايك هرتسوغ'], [
    ['Ambassador to the United States', 'isr', '2021-11', '2025-01', 'السفير الإسرائيلي لدى الولايات المتحدة'],
  ], { sh: ['هرتسوغ'] }),
  p('yechiel-leiter', 'Yechiel Leiter', X, 'GOV', ['يحيئيل لايتر', 'لايتر', 'يخيئيل لايتر'], [
    ['Ambassador to the United States', 'isr', '2025-01', null, 'السفير الإسرائيلي لدى الولايات المتحدة'],
  ]),
  // Arab citizens of Israel quoted in Arab news
  p('mansour-abbas', 'Mansour Abbas', X, 'PTY', ['منصور عباس'], [
    [MK, 'knesset', '2019-04', null, MK_AR],
    ['Party Leader', 'isr', '2019', null, 'رئيس القائمة العربية الموحدة'],
  ], { sh: ['عباس'] }),
  p('ayman-odeh', 'Ayman Odeh', X, 'PTY', ['أيمن عودة'], [
    [MK, 'knesset', '2015-03', null, MK_AR],
  ], { sh: ['عودة'] }),
  p('ahmad-tibi', 'Ahmad Tibi', X, 'PTY', ['أحمد الطيبي', 'الطيبي'], [
    [MK, 'knesset', '1999', null, MK_AR],
  ]),
];
