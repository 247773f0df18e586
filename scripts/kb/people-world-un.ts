// UN system, other international organisations and other world leaders in Middle East news, 2011–2026.
import { p, r } from './people-world-types.ts';
import type { KbActor } from '../../src/kb/schema.ts';

const SG = 'الأمين العام للأمم المتحدة';
const SYR = 'المبعوث الأممي الخاص إلى سوريا';
const YEM = 'المبعوث الأممي الخاص إلى اليمن';
const LBY = 'المبعوث الأممي إلى ليبيا';
const LBY_F = 'المبعوثة الأممية إلى ليبيا';
const MEPP = 'المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط';
const MEPP_F = 'المنسقة الخاصة للأمم المتحدة لعملية السلام في الشرق الأوسط';
const LBN = 'المنسق الخاص للأمم المتحدة في لبنان';
const LBN_F = 'المنسقة الخاصة للأمم المتحدة في لبنان';
const IRQ = 'الممثل الخاص للأمين العام للأمم المتحدة في العراق ورئيس بعثة يونامي';
const IRQ_F = 'الممثلة الخاصة للأمين العام للأمم المتحدة في العراق ورئيسة بعثة يونامي';
const OCHA = 'وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية ومنسق الإغاثة في حالات الطوارئ';
const OCHA_F = 'وكيلة الأمين العام للأمم المتحدة للشؤون الإنسانية ومنسقة الإغاثة في حالات الطوارئ';
const UNRWA = 'المفوض العام لوكالة الأونروا';
const UNHCR = 'المفوض السامي للأمم المتحدة لشؤون اللاجئين';
const OHCHR = 'المفوض السامي للأمم المتحدة لحقوق الإنسان';
const OHCHR_F = 'المفوضة السامية للأمم المتحدة لحقوق الإنسان';
const SR = 'المقرر الخاص للأمم المتحدة المعني بحالة حقوق الإنسان في الأراضي الفلسطينية المحتلة';
const SR_F = 'المقررة الخاصة للأمم المتحدة المعنية بحالة حقوق الإنسان في الأراضي الفلسطينية المحتلة';
const NATO = 'الأمين العام لحلف شمال الأطلسي (الناتو)';

export const un: KbActor[] = [
  p('ban-ki-moon', 'Ban Ki-moon', 'KOR', 'UNO', ['بان كي مون', 'بان كي-مون'], [r('Secretary-General', 'un', '2007-01-01', '2016-12-31', SG)], { wd: 'Q1253' }),
  p('antonio-guterres', 'António Guterres', 'PRT', 'UNO', ['أنطونيو غوتيريش', 'أنطونيو غوتيريس', 'أنطونيو جوتيريش', 'أنطونيو غوتيرش', 'أنطونيو جوتيريس', 'غوتيريش', 'غوتيريس', 'جوتيريش', 'جوتيريس', 'غوتيرش'], [
    r('High Commissioner for Refugees', 'unhcr', '2005-06-15', '2015-12-31', UNHCR),
    r('Secretary-General', 'un', '2017-01-01', null, SG),
  ], { al: ['Antonio Guterres', 'Guterres'], wd: 'Q311440' }),
  p('jan-eliasson', 'Jan Eliasson', 'SWE', 'UNO', ['يان إلياسون', 'يان إلياسن', 'إلياسون'], [r('Deputy Secretary-General', 'un', '2012-07-01', '2016-12-31', 'نائب الأمين العام للأمم المتحدة')]),
  p('amina-j-mohammed', 'Amina J. Mohammed', 'NGA', 'UNO', ['أمينة محمد', 'أمينة جي محمد'], [r('Deputy Secretary-General', 'un', '2017-01-01', null, 'نائبة الأمين العام للأمم المتحدة')], { al: ['Amina Mohammed'] }),
  p('stephane-dujarric', 'Stéphane Dujarric', 'FRA', 'UNO', ['ستيفان دوجاريك', 'ستيفان دوجاريك', 'ستيفان دو جاريك', 'دوجاريك'], [r('Spokesperson', 'un', '2014-04', null, 'المتحدث باسم الأمين العام للأمم المتحدة')], { al: ['Stephane Dujarric'] }),
  p('farhan-haq', 'Farhan Haq', 'USA', 'UNO', ['فرحان حق'], [r('Deputy Spokesperson', 'un', '2008', null, 'نائب المتحدث باسم الأمين العام للأمم المتحدة')]),
  p('martin-nesirky', 'Martin Nesirky', 'GBR', 'UNO', ['مارتن نسيركي', 'مارتن نيسيركي', 'نسيركي'], [r('Spokesperson', 'un', '2010', '2014-03', 'المتحدث باسم الأمين العام للأمم المتحدة')]),
  p('rosemary-dicarlo', 'Rosemary DiCarlo', 'USA', 'UNO', ['روزماري ديكارلو', 'روزميري ديكارلو', 'ديكارلو'], [r('Under-Secretary-General for Political and Peacebuilding Affairs', 'un', '2018-05-01', null, 'وكيلة الأمين العام للأمم المتحدة للشؤون السياسية وبناء السلام')]),
  // Syria
  p('kofi-annan', 'Kofi Annan', 'GHA', 'UNO', ['كوفي عنان', 'كوفي أنان', 'أنان'], [
    r('Special Envoy for Syria', 'un', '2012-02-23', '2012-08-31', 'المبعوث الأممي والعربي المشترك إلى سوريا'),
    r('Special Envoy for Syria', 'arab-league', '2012-02-23', '2012-08-31', 'المبعوث الأممي والعربي المشترك إلى سوريا'),
  ], { sh: ['عنان'], wd: 'Q1254' }),
  p('lakhdar-brahimi', 'Lakhdar Brahimi', 'DZA', 'UNO', ['الأخضر الإبراهيمي', 'الأخضر إبراهيمي', 'الأخضر ابراهيمي'], [
    r('Special Envoy for Syria', 'un', '2012-09-01', '2014-05-31', 'المبعوث الأممي والعربي المشترك إلى سوريا'),
    r('Special Envoy for Syria', 'arab-league', '2012-09-01', '2014-05-31', 'المبعوث الأممي والعربي المشترك إلى سوريا'),
  ], { sh: ['الإبراهيمي'] }),
  p('staffan-de-mistura', 'Staffan de Mistura', 'ITA', 'UNO', ['ستافان دي ميستورا', 'ستيفان دي ميستورا', 'ستافان دو ميستورا', 'دي ميستورا', 'دو ميستورا'], [
    r('Special Envoy for Syria', 'un', '2014-07-10', '2018-12-31', SYR),
    r('Personal Envoy for Western Sahara', 'un', '2021-11-01', null, 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية'),
  ]),
  p('geir-pedersen', 'Geir Pedersen', 'NOR', 'UNO', ['غير بيدرسن', 'غير بيدرسون', 'جير بيدرسن', 'غير أو بيدرسن', 'بيدرسن', 'بيدرسون'], [r('Special Envoy for Syria', 'un', '2019-01-07', '2025-09', SYR)], { al: ['Geir O. Pedersen'] }),
  p('paulo-sergio-pinheiro', 'Paulo Sérgio Pinheiro', 'BRA', 'UNO', ['باولو سيرجيو بينيرو', 'باولو سيرجيو بينهيرو', 'بينيرو', 'بينهيرو'], [r('Chair of the Commission of Inquiry on Syria', 'un', '2011-09', null, 'رئيس لجنة التحقيق الدولية المستقلة بشأن سوريا')]),
  // Yemen
  p('jamal-benomar', 'Jamal Benomar', 'MAR', 'UNO', ['جمال بنعمر', 'جمال بن عمر', 'بنعمر'], [r('Special Envoy for Yemen', 'un', '2011-04', '2015-04-15', YEM)]),
  p('ismail-ould-cheikh-ahmed', 'Ismail Ould Cheikh Ahmed', 'MRT', 'UNO', ['إسماعيل ولد الشيخ أحمد', 'اسماعيل ولد الشيخ احمد', 'ولد الشيخ أحمد'], [
    r('Special Envoy for Yemen', 'un', '2015-04-25', '2018-02', YEM),
    r('Minister of Foreign Affairs', 'mrt', '2018-10', '2022', 'وزير الخارجية الموريتاني'),
  ], { sh: ['ولد الشيخ'] }),
  p('martin-griffiths', 'Martin Griffiths', 'GBR', 'UNO', ['مارتن غريفيث', 'مارتن غريفيثس', 'مارتن جريفيث', 'مارتن جريفيثس', 'غريفيث', 'غريفيثس', 'جريفيث'], [
    r('Special Envoy for Yemen', 'un', '2018-03-11', '2021-06', YEM),
    r('Under-Secretary-General for Humanitarian Affairs', 'un', '2021-07', '2024-06', OCHA),
  ]),
  p('hans-grundberg', 'Hans Grundberg', 'SWE', 'UNO', ['هانس غروندبرغ', 'هانس جروندبرج', 'هانز غروندبرغ', 'غروندبرغ', 'جروندبرج', 'غروندبرج'], [r('Special Envoy for Yemen', 'un', '2021-08-05', null, YEM)]),
  // Libya
  p('ian-martin', 'Ian Martin', 'GBR', 'UNO', ['إيان مارتن', 'ايان مارتن'], [r('Special Envoy for Libya', 'un', '2011-09', '2012-10', LBY)]),
  p('tarek-mitri', 'Tarek Mitri', 'LBN', 'UNO', ['طارق متري'], [
    r('Special Envoy for Libya', 'un', '2012-10', '2014-08', LBY),
    r('Deputy Prime Minister', 'lbn', '2025-02-08', null, 'نائب رئيس الوزراء اللبناني'),
  ], { sh: ['متري'] }),
  p('bernardino-leon', 'Bernardino León', 'ESP', 'UNO', ['برناردينو ليون', 'برناردينو ليون غروس'], [r('Special Envoy for Libya', 'un', '2014-08', '2015-11-17', LBY)], { al: ['Bernardino Leon'], sh: ['ليون'] }),
  p('martin-kobler', 'Martin Kobler', 'DEU', 'UNO', ['مارتن كوبلر', 'مارتن كوبلير', 'كوبلر'], [
    r('Special Representative for Iraq', 'un', '2011-10', '2013-07', IRQ),
    r('Special Envoy for Libya', 'un', '2015-11-17', '2017-06-22', LBY),
  ]),
  p('ghassan-salame', 'Ghassan Salamé', 'LBN', 'UNO', ['غسان سلامة'], [r('Special Envoy for Libya', 'un', '2017-06-22', '2020-03-01', LBY)], { al: ['Ghassan Salame'], sh: ['سلامة'] }),
  p('stephanie-williams', 'Stephanie Williams', 'USA', 'UNO', ['ستيفاني وليامز', 'ستيفاني ويليامز', 'ستيفاني ويليامس'], [
    r('Special Envoy for Libya', 'un', '2020-03-02', '2021-02-08', 'المبعوثة الأممية بالإنابة إلى ليبيا'),
    r('Special Adviser on Libya', 'un', '2021-12-06', '2022-07-31', 'المستشارة الخاصة للأمين العام للأمم المتحدة بشأن ليبيا'),
  ], { sh: ['وليامز', 'ويليامز'] }),
  p('jan-kubis', 'Ján Kubiš', 'SVK', 'UNO', ['يان كوبيش', 'يان كوبيتش', 'كوبيش'], [
    r('Special Representative for Iraq', 'un', '2015-02', '2018-12', IRQ),
    r('Special Coordinator for Lebanon', 'un', '2019-02', '2020-12', LBN),
    r('Special Envoy for Libya', 'un', '2021-02-08', '2021-12-10', LBY),
  ], { al: ['Jan Kubis'] }),
  p('abdoulaye-bathily', 'Abdoulaye Bathily', 'SEN', 'UNO', ['عبد الله باتيلي', 'عبدالله باتيلي', 'عبدولاي باتيلي', 'باتيلي'], [r('Special Envoy for Libya', 'un', '2022-10', '2024-05-31', LBY)]),
  p('stephanie-koury', 'Stephanie Koury', 'USA', 'UNO', ['ستيفاني خوري'], [r('Special Envoy for Libya', 'un', '2024-06', '2025-02', 'المبعوثة الأممية بالإنابة إلى ليبيا')], { sh: ['خوري'] }),
  p('hanna-tetteh', 'Hanna Tetteh', 'GHA', 'UNO', ['هانا تيتيه', 'هانا تيته', 'هانا سيروا تيتيه', 'تيتيه'], [r('Special Envoy for Libya', 'un', '2025-02', null, LBY_F)], { al: ['Hanna Serwaa Tetteh'] }),
  // Middle East peace process, Lebanon, Iraq
  p('robert-serry', 'Robert Serry', 'NLD', 'UNO', ['روبرت سيري', 'روبرت سيرى'], [r('Special Coordinator for the Middle East Peace Process', 'un', '2007-11', '2015-03', MEPP)], { sh: ['سيري'] }),
  p('nickolay-mladenov', 'Nickolay Mladenov', 'BGR', 'UNO', ['نيكولاي ملادينوف', 'نيكولاي ملادنوف', 'ملادينوف', 'ملادنوف'], [
    r('Minister of Foreign Affairs', 'bgr', '2010-01-27', '2013-03-13', 'وزير الخارجية البلغاري'),
    r('Special Representative for Iraq', 'un', '2013-08', '2015-02', IRQ),
    r('Special Coordinator for the Middle East Peace Process', 'un', '2015-04', '2020-12-31', MEPP),
    r('High Representative for Gaza', undefined, '2026-01', null, 'الممثل السامي لغزة في مجلس السلام'),
  ], { al: ['Nikolay Mladenov'] }),
  p('tor-wennesland', 'Tor Wennesland', 'NOR', 'UNO', ['تور وينسلاند', 'تور وينيسلاند', 'تور فينسلاند', 'وينسلاند', 'وينيسلاند'], [r('Special Coordinator for the Middle East Peace Process', 'un', '2021-01', '2024-12-31', MEPP)]),
  p('sigrid-kaag', 'Sigrid Kaag', 'NLD', 'UNO', ['سيغريد كاغ', 'سيجريد كاج', 'سيغريد كاخ', 'كاغ', 'كاج'], [
    r('Special Coordinator of the OPCW-UN Joint Mission in Syria', 'un', '2013-10', '2014-09', 'منسقة البعثة المشتركة لمنظمة حظر الأسلحة الكيميائية والأمم المتحدة في سوريا'),
    r('Special Coordinator for Lebanon', 'un', '2015-01', '2017-10', LBN_F),
    r('Minister of Foreign Affairs', 'nld', '2021-05-25', '2021-09-17', 'وزيرة الخارجية الهولندية'),
    r('Senior Humanitarian and Reconstruction Coordinator for Gaza', 'un', '2024-01-08', '2025-06', 'كبيرة منسقي الشؤون الإنسانية وإعادة الإعمار في غزة'),
    r('Special Coordinator for the Middle East Peace Process', 'un', '2025-01-17', '2025-06', MEPP_F),
  ]),
  p('derek-plumbly', 'Derek Plumbly', 'GBR', 'UNO', ['ديريك بلامبلي', 'ديريك بلمبلي', 'بلامبلي'], [r('Special Coordinator for Lebanon', 'un', '2012-02', '2014-12', LBN)]),
  p('joanna-wronecka', 'Joanna Wronecka', 'POL', 'UNO', ['يوانا فرونيتسكا', 'جوانا فرونيكا', 'فرونيتسكا'], [r('Special Coordinator for Lebanon', 'un', '2021-03', '2024-04', LBN_F)]),
  p('jeanine-hennis-plasschaert', 'Jeanine Hennis-Plasschaert', 'NLD', 'UNO', ['جينين هينيس-بلاسخارت', 'جينين هينيس بلاسخارت', 'جانين هينيس بلاسخارت', 'هينيس بلاسخارت', 'بلاسخارت'], [
    r('Special Representative for Iraq', 'un', '2018-12', '2024-05', IRQ_F),
    r('Special Coordinator for Lebanon', 'un', '2024-05', null, LBN_F),
  ]),
  p('ad-melkert', 'Ad Melkert', 'NLD', 'UNO', ['آد ملكرت', 'أد ملكرت'], [r('Special Representative for Iraq', 'un', '2009-07', '2011-09', IRQ)]),
  // Humanitarian
  p('valerie-amos', 'Valerie Amos', 'GBR', 'UNO', ['فاليري آموس', 'فاليري أموس', 'البارونة آموس'], [r('Under-Secretary-General for Humanitarian Affairs', 'un', '2010-09', '2015-05', OCHA_F)], { sh: ['آموس'] }),
  p('stephen-obrien', "Stephen O'Brien", 'GBR', 'UNO', ['ستيفن أوبراين', 'ستيفن اوبراين'], [r('Under-Secretary-General for Humanitarian Affairs', 'un', '2015-06', '2017-08', OCHA)]),
  p('mark-lowcock', 'Mark Lowcock', 'GBR', 'UNO', ['مارك لوكوك', 'مارك لوكوك', 'لوكوك'], [r('Under-Secretary-General for Humanitarian Affairs', 'un', '2017-09', '2021-06', OCHA)]),
  p('joyce-msuya', 'Joyce Msuya', 'TZA', 'UNO', ['جويس مسويا', 'مسويا'], [r('Under-Secretary-General for Humanitarian Affairs', 'un', '2024-07', '2024-11-17', 'وكيلة الأمين العام للأمم المتحدة للشؤون الإنسانية بالإنابة')]),
  p('tom-fletcher', 'Tom Fletcher', 'GBR', 'UNO', ['توم فليتشر', 'توم فلتشر', 'فليتشر', 'فلتشر'], [r('Under-Secretary-General for Humanitarian Affairs', 'un', '2024-11-18', null, OCHA)]),
  p('filippo-grandi', 'Filippo Grandi', 'ITA', 'UNO', ['فيليبو غراندي', 'فيليبو جراندي', 'غراندي', 'جراندي'], [
    r('Commissioner-General', 'unrwa', '2010-01', '2014-03', UNRWA),
    r('High Commissioner for Refugees', 'unhcr', '2016-01-01', '2025-12-31', UNHCR),
  ]),
  p('pierre-krahenbuhl', 'Pierre Krähenbühl', 'CHE', 'UNO', ['بيير كرينبول', 'بيير كراينبول', 'كرينبول', 'كراينبول'], [
    r('Commissioner-General', 'unrwa', '2014-03-30', '2019-11-06', UNRWA),
    r('Director-General', 'icrc', '2024-04', null, 'المدير العام للجنة الدولية للصليب الأحمر'),
  ], { al: ['Pierre Krahenbuhl'] }),
  p('philippe-lazzarini', 'Philippe Lazzarini', 'CHE', 'UNO', ['فيليب لازاريني', 'فيليب لازاريني', 'لازاريني'], [r('Commissioner-General', 'unrwa', '2020-03-18', null, UNRWA)]),
  p('anthony-lake', 'Anthony Lake', 'USA', 'UNO', ['أنتوني ليك'], [r('Executive Director', 'unicef', '2010-05-01', '2017-12-31', 'المدير التنفيذي لمنظمة الأمم المتحدة للطفولة (يونيسف)')]),
  p('henrietta-fore', 'Henrietta H. Fore', 'USA', 'UNO', ['هنرييتا فور', 'هنريتا فور'], [r('Executive Director', 'unicef', '2018-01-01', '2021-12-31', 'المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة (يونيسف)')], { al: ['Henrietta Fore'] }),
  p('catherine-m-russell', 'Catherine M. Russell', 'USA', 'UNO', ['كاثرين راسل', 'كاترين راسل'], [r('Executive Director', 'unicef', '2022-02-01', null, 'المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة (يونيسف)')], { al: ['Catherine Russell'], sh: ['راسل'] }),
  p('david-beasley', 'David Beasley', 'USA', 'UNO', ['ديفيد بيزلي', 'ديفيد بيسلي', 'بيزلي'], [r('Executive Director', 'wfp', '2017-04-04', '2023-04-05', 'المدير التنفيذي لبرنامج الأغذية العالمي')]),
  p('cindy-mccain', 'Cindy McCain', 'USA', 'UNO', ['سيندي ماكين'], [r('Executive Director', 'wfp', '2023-04-05', null, 'المديرة التنفيذية لبرنامج الأغذية العالمي')]),
  p('achim-steiner', 'Achim Steiner', 'DEU', 'UNO', ['أخيم شتاينر', 'آخيم شتاينر'], [r('Administrator', 'undp', '2017-06-19', '2025-06', 'مدير برنامج الأمم المتحدة الإنمائي')]),
  p('irina-bokova', 'Irina Bokova', 'BGR', 'UNO', ['إيرينا بوكوفا', 'ايرينا بوكوفا', 'بوكوفا'], [r('Director-General', 'unesco', '2009-11-15', '2017-11-15', 'المديرة العامة لمنظمة اليونسكو')]),
  p('audrey-azoulay', 'Audrey Azoulay', 'FRA', 'UNO', ['أودري أزولاي', 'أودري ازولاي'], [r('Director-General', 'unesco', '2017-11-15', '2025-11-14', 'المديرة العامة لمنظمة اليونسكو')], { sh: ['أزولاي'] }),
  p('qu-dongyu', 'Qu Dongyu', 'CHN', 'UNO', ['تشو دونيو', 'تشو دونغ يو', 'شو دونيو'], [r('Director-General', 'fao', '2019-08-01', null, 'المدير العام لمنظمة الأغذية والزراعة (فاو)')]),
  // Nuclear, health, human rights
  p('yukiya-amano', 'Yukiya Amano', 'JPN', 'UNO', ['يوكيا أمانو', 'يوكيا امانو', 'أمانو'], [r('Director-General', 'iaea', '2009-12-01', '2019-07-18', 'المدير العام للوكالة الدولية للطاقة الذرية')]),
  p('rafael-grossi', 'Rafael Grossi', 'ARG', 'UNO', ['رافائيل غروسي', 'رافاييل غروسي', 'رافائيل جروسي', 'رافاييل جروسي', 'رافائيل ماريانو غروسي', 'غروسي', 'جروسي'], [r('Director-General', 'iaea', '2019-12-03', null, 'المدير العام للوكالة الدولية للطاقة الذرية')], { al: ['Rafael Mariano Grossi'] }),
  p('margaret-chan', 'Margaret Chan', 'CHN', 'UNO', ['مارغريت تشان', 'مارجريت تشان'], [r('Director-General', 'who', '2007-01-04', '2017-06-30', 'المديرة العامة لمنظمة الصحة العالمية')]),
  p('tedros-adhanom-ghebreyesus', 'Tedros Adhanom Ghebreyesus', 'ETH', 'UNO', ['تيدروس أدهانوم غيبريسوس', 'تيدروس أدهانوم جيبريسوس', 'تيدروس أدهانوم', 'تيدروس'], [
    r('Minister of Foreign Affairs', 'eth', '2012-11-29', '2016-11-01', 'وزير الخارجية الإثيوبي'),
    r('Director-General', 'who', '2017-07-01', null, 'المدير العام لمنظمة الصحة العالمية'),
  ], { al: ['Tedros'] }),
  p('navi-pillay', 'Navi Pillay', 'ZAF', 'UNO', ['نافي بيلاي', 'نافانيثيم بيلاي', 'بيلاي'], [
    r('High Commissioner for Human Rights', 'un', '2008-09-01', '2014-08-31', OHCHR_F),
    r('Chair of the Commission of Inquiry on the Occupied Palestinian Territory and Israel', 'un', '2021-07', '2025-11', 'رئيسة لجنة التحقيق الأممية المستقلة بشأن الأرض الفلسطينية المحتلة وإسرائيل'),
  ]),
  p('zeid-raad-al-hussein', "Zeid Ra'ad Al Hussein", 'JOR', 'UNO', ['زيد بن رعد الحسين', 'زيد رعد الحسين', 'الأمير زيد بن رعد', 'زيد بن رعد'], [r('High Commissioner for Human Rights', 'un', '2014-09-01', '2018-08-31', OHCHR)]),
  p('michelle-bachelet', 'Michelle Bachelet', 'CHL', 'UNO', ['ميشيل باشليه', 'ميشال باشليه', 'باشليه'], [r('High Commissioner for Human Rights', 'un', '2018-09-01', '2022-08-31', OHCHR_F)]),
  p('volker-turk', 'Volker Türk', 'AUT', 'UNO', ['فولكر تورك', 'فولكر تورك'], [r('High Commissioner for Human Rights', 'un', '2022-10-17', null, OHCHR)], { al: ['Volker Turk'], sh: ['تورك'] }),
  p('richard-falk', 'Richard Falk', 'USA', 'UNO', ['ريتشارد فولك', 'ريتشارد فالك', 'فولك'], [r('Special Rapporteur', 'un', '2008-05', '2014-05', SR)]),
  p('michael-lynk', 'Michael Lynk', 'CAN', 'UNO', ['مايكل لينك'], [r('Special Rapporteur', 'un', '2016-05', '2022-04', SR)], { sh: ['لينك'] }),
  p('francesca-albanese', 'Francesca Albanese', 'ITA', 'UNO', ['فرانشيسكا ألبانيزي', 'فرانشيسكا ألبانيز', 'فرانشيسكا البانيزي'], [r('Special Rapporteur', 'un', '2022-05-01', null, SR_F)], { sh: ['ألبانيزي', 'ألبانيز'] }),
  p('agnes-callamard', 'Agnès Callamard', 'FRA', 'NGO', ['أنياس كالامار', 'أنييس كالامار', 'أنياس كالامارد', 'كالامار'], [
    r('Special Rapporteur', 'un', '2016-08', '2021-03', 'المقررة الخاصة للأمم المتحدة المعنية بحالات الإعدام خارج نطاق القضاء'),
    r('Secretary-General', 'amnesty-international', '2021-03-29', null, 'الأمينة العامة لمنظمة العفو الدولية'),
  ], { al: ['Agnes Callamard'] }),
  p('kenneth-roth', 'Kenneth Roth', 'USA', 'NGO', ['كينيث روث', 'كينيث روث'], [r('Executive Director', 'human-rights-watch', '1993', '2022-08', 'المدير التنفيذي لمنظمة هيومن رايتس ووتش')]),
  p('peter-maurer', 'Peter Maurer', 'CHE', 'NGO', ['بيتر ماورير', 'بيتر مورير', 'ماورير'], [r('President', 'icrc', '2012-07-01', '2022-09-30', 'رئيس اللجنة الدولية للصليب الأحمر')]),
  p('mirjana-spoljaric-egger', 'Mirjana Spoljaric Egger', 'CHE', 'NGO', ['ميريانا سبولياريتش إيغر', 'ميريانا سبولياريتش', 'سبولياريتش'], [r('President', 'icrc', '2022-10-01', null, 'رئيسة اللجنة الدولية للصليب الأحمر')]),
  // Western Sahara, Sudan, UNIFIL, General Assembly
  p('christopher-ross', 'Christopher Ross', 'USA', 'UNO', ['كريستوفر روس'], [r('Personal Envoy for Western Sahara', 'un', '2009-01', '2017-04', 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية')]),
  p('horst-kohler', 'Horst Köhler', 'DEU', 'UNO', ['هورست كولر', 'هورست كوهلر', 'هورست كولير'], [r('Personal Envoy for Western Sahara', 'un', '2017-08', '2019-05', 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية')], { al: ['Horst Kohler'], sh: ['كولر'] }),
  p('volker-perthes', 'Volker Perthes', 'DEU', 'UNO', ['فولكر بيرتس', 'فولكر بيرثيس', 'بيرتس'], [r('Special Representative for Sudan', 'un', '2021-01', '2023-09', 'المبعوث الأممي الخاص إلى السودان ورئيس بعثة يونيتامس')]),
  p('stefano-del-col', 'Stefano Del Col', 'ITA', 'MIL', ['ستيفانو ديل كول', 'ستيفانو دل كول'], [r('Commander', 'unifil', '2018-08', '2022-02', 'قائد قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل)')]),
  p('aroldo-lazaro', 'Aroldo Lázaro Sáenz', 'ESP', 'MIL', ['أرولدو لاثارو', 'أرولدو لازارو', 'لاثارو'], [r('Commander', 'unifil', '2022-02', '2025-06', 'قائد قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل)')], { al: ['Aroldo Lazaro'] }),
  p('diodato-abagnara', 'Diodato Abagnara', 'ITA', 'MIL', ['ديوداتو أبانيارا', 'ديوداتو أبانيارا'], [r('Commander', 'unifil', '2025-06', null, 'قائد قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل)')]),
  p('dennis-francis', 'Dennis Francis', 'TTO', 'UNO', ['دينيس فرانسيس'], [r('President of the General Assembly', 'un-general-assembly', '2023-09-05', '2024-09-10', 'رئيس الجمعية العامة للأمم المتحدة')]),
  p('philemon-yang', 'Philémon Yang', 'CMR', 'UNO', ['فيليمون يانغ', 'فيليمون يانج'], [r('President of the General Assembly', 'un-general-assembly', '2024-09-10', '2025-09-09', 'رئيس الجمعية العامة للأمم المتحدة')], { al: ['Philemon Yang'] }),
  // Courts and other organisations
  p('fatou-bensouda', 'Fatou Bensouda', 'GMB', 'JUD', ['فاتو بنسودا', 'فاتو بن سودا', 'بنسودا'], [r('Prosecutor', 'icc', '2012-06-16', '2021-06-15', 'المدعية العامة للمحكمة الجنائية الدولية')]),
  p('karim-khan', 'Karim Ahmad Khan', 'GBR', 'JUD', ['كريم خان', 'كريم أحمد خان'], [r('Prosecutor', 'icc', '2021-06-16', null, 'المدعي العام للمحكمة الجنائية الدولية')], { al: ['Karim Khan', 'Karim A. A. Khan'] }),
  p('tomoko-akane', 'Tomoko Akane', 'JPN', 'JUD', ['توموكو أكاني', 'توموكو آكاني'], [r('President', 'icc', '2024-03-11', null, 'رئيسة المحكمة الجنائية الدولية')]),
  p('joan-donoghue', 'Joan Donoghue', 'USA', 'JUD', ['جوان دونوهيو', 'جوان دونغهيو', 'دونوهيو'], [r('President', 'icj', '2021-02-08', '2024-02-05', 'رئيسة محكمة العدل الدولية')]),
  p('yuji-iwasawa', 'Yuji Iwasawa', 'JPN', 'JUD', ['يوجي إيواساوا', 'إيواساوا'], [r('President', 'icj', '2025-03-03', null, 'رئيس محكمة العدل الدولية')]),
  p('ahmet-uzumcu', 'Ahmet Üzümcü', 'TUR', 'IGO', ['أحمد أوزومجو', 'أحمد أوزومجي', 'أوزومجو'], [r('Director-General', 'opcw', '2010-07-25', '2018-07-24', 'المدير العام لمنظمة حظر الأسلحة الكيميائية')], { al: ['Ahmet Uzumcu'] }),
  p('fernando-arias', 'Fernando Arias', 'ESP', 'IGO', ['فرناندو أرياس', 'فيرناندو أرياس', 'أرياس'], [r('Director-General', 'opcw', '2018-07-25', null, 'المدير العام لمنظمة حظر الأسلحة الكيميائية')]),
  p('kristalina-georgieva', 'Kristalina Georgieva', 'BGR', 'IGO', ['كريستالينا جورجيفا', 'كريستالينا غورغييفا', 'كريستالينا غيورغييفا', 'جورجيفا'], [r('Managing Director', 'imf', '2019-10-01', null, 'المديرة العامة لصندوق النقد الدولي')]),
  p('robert-zoellick', 'Robert Zoellick', 'USA', 'IGO', ['روبرت زوليك', 'روبرت زوليك', 'زوليك'], [r('President', 'world-bank', '2007-07-01', '2012-06-30', 'رئيس البنك الدولي')]),
  p('jim-yong-kim', 'Jim Yong Kim', 'USA', 'IGO', ['جيم يونغ كيم', 'جيم يونج كيم'], [r('President', 'world-bank', '2012-07-01', '2019-02-01', 'رئيس البنك الدولي')]),
  p('david-malpass', 'David Malpass', 'USA', 'IGO', ['ديفيد مالباس', 'مالباس'], [r('President', 'world-bank', '2019-04-09', '2023-06-01', 'رئيس البنك الدولي')]),
  p('ajay-banga', 'Ajay Banga', 'USA', 'IGO', ['أجاي بانغا', 'أجاي بانجا', 'أجاي بانغا', 'بانغا'], [r('President', 'world-bank', '2023-06-02', null, 'رئيس البنك الدولي')]),
  p('mohammad-barkindo', 'Mohammad Barkindo', 'NGA', 'IGO', ['محمد باركيندو', 'محمد سانوسي باركيندو', 'باركيندو'], [r('Secretary-General', 'opec', '2016-08-01', '2022-07-05', 'الأمين العام لمنظمة أوبك')]),
  p('anders-fogh-rasmussen', 'Anders Fogh Rasmussen', 'DNK', 'IGO', ['أندرس فو راسموسن', 'أندرس فوغ راسموسن', 'آندرس فوغ راسموسن'], [r('Secretary-General', 'nato', '2009-08-01', '2014-09-30', NATO)], { sh: ['راسموسن'] }),
  p('jens-stoltenberg', 'Jens Stoltenberg', 'NOR', 'IGO', ['ينس ستولتنبرغ', 'يانس ستولتنبرغ', 'ينس ستولتنبيرغ', 'ستولتنبرغ', 'ستولتنبيرغ'], [
    r('Prime Minister', 'nor', '2005-10-17', '2013-10-16', 'رئيس الوزراء النرويجي'),
    r('Secretary-General', 'nato', '2014-10-01', '2024-10-01', NATO),
    r('Minister of Finance', 'nor', '2025-02-04', null, 'وزير المالية النرويجي'),
  ]),
  p('mark-rutte', 'Mark Rutte', 'NLD', 'IGO', ['مارك روته', 'مارك روتي', 'مارك روتّه', 'روته'], [
    r('Prime Minister', 'nld', '2010-10-14', '2024-07-02', 'رئيس الوزراء الهولندي'),
    r('Secretary-General', 'nato', '2024-10-01', null, NATO),
  ], { wd: 'Q57792' }),
  p('nkosazana-dlamini-zuma', 'Nkosazana Dlamini-Zuma', 'ZAF', 'IGO', ['نكوسازانا دلاميني زوما', 'نكوسازانا دلاميني-زوما', 'دلاميني زوما'], [r('Chairperson of the African Union Commission', 'african-union', '2012-10-15', '2017-03-14', 'رئيسة مفوضية الاتحاد الأفريقي')]),
  p('moussa-faki-mahamat', 'Moussa Faki Mahamat', 'TCD', 'IGO', ['موسى فكي محمد', 'موسى فقي محمد', 'موسى فكي', 'موسى فقي'], [r('Chairperson of the African Union Commission', 'african-union', '2017-03-14', '2025-02-15', 'رئيس مفوضية الاتحاد الأفريقي')]),
];

export const world: KbActor[] = [
  p('pope-benedict-xvi', 'Pope Benedict XVI', 'VAT', 'REL', ['البابا بنديكتوس السادس عشر', 'بنديكتوس السادس عشر', 'البابا بنديكت السادس عشر', 'بنديكت السادس عشر'], [r('Pope', 'vat', '2005-04-19', '2013-02-28', 'بابا الفاتيكان')], { al: ['Benedict XVI'] }),
  p('pope-francis', 'Pope Francis', 'VAT', 'REL', ['البابا فرنسيس', 'البابا فرانسيس', 'البابا فرنسيس الأول', 'البابا فرانسيس الأول'], [r('Pope', 'vat', '2013-03-13', '2025-04-21', 'بابا الفاتيكان')], { al: ['Francis', 'Jorge Mario Bergoglio'], wd: 'Q450675' }),
  p('pope-leo-xiv', 'Pope Leo XIV', 'VAT', 'REL', ['البابا لاوون الرابع عشر', 'لاوون الرابع عشر', 'البابا ليو الرابع عشر', 'ليو الرابع عشر', 'البابا ليون الرابع عشر'], [r('Pope', 'vat', '2025-05-08', null, 'بابا الفاتيكان')], { al: ['Leo XIV', 'Robert Francis Prevost'] }),
  p('pietro-parolin', 'Pietro Parolin', 'VAT', 'REL', ['الكاردينال بيترو بارولين', 'بيترو بارولين', 'بارولين'], [r('Secretary of State of the Holy See', 'vat', '2013-10-15', null, 'أمين سر دولة الفاتيكان')]),
  p('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'UKR', 'GOV', ['فولوديمير زيلينسكي', 'فلاديمير زيلينسكي', 'زيلينسكي'], [r('President', 'ukr', '2019-05-20', null, 'الرئيس الأوكراني')], { al: ['Volodymyr Zelensky', 'Zelensky'], wd: 'Q3874799' }),
  p('narendra-modi', 'Narendra Modi', 'IND', 'GOV', ['ناريندرا مودي', 'نارندرا مودي', 'مودي'], [r('Prime Minister', 'ind', '2014-05-26', null, 'رئيس الوزراء الهندي')], { wd: 'Q1058' }),
  p('manmohan-singh', 'Manmohan Singh', 'IND', 'GOV', ['مانموهان سينغ', 'مانموهان سينج'], [r('Prime Minister', 'ind', '2004-05-22', '2014-05-26', 'رئيس الوزراء الهندي')]),
  p('subrahmanyam-jaishankar', 'S. Jaishankar', 'IND', 'GOV', ['سوبرامانيام جايشانكار', 'سوبراهمانيام جايشانكار', 'جايشانكار'], [r('Minister of Foreign Affairs', 'ind', '2019-05-30', null, 'وزير الخارجية الهندي')], { al: ['Subrahmanyam Jaishankar'] }),
  p('shinzo-abe', 'Shinzo Abe', 'JPN', 'GOV', ['شينزو آبي', 'شينزو أبي'], [r('Prime Minister', 'jpn', '2012-12-26', '2020-09-16', 'رئيس الوزراء الياباني')], { sh: ['آبي'], wd: 'Q132345' }),
  p('fumio-kishida', 'Fumio Kishida', 'JPN', 'GOV', ['فوميو كيشيدا', 'كيشيدا'], [
    r('Minister of Foreign Affairs', 'jpn', '2012-12-26', '2017-08-03', 'وزير الخارجية الياباني'),
    r('Prime Minister', 'jpn', '2021-10-04', '2024-10-01', 'رئيس الوزراء الياباني'),
  ]),
  p('shigeru-ishiba', 'Shigeru Ishiba', 'JPN', 'GOV', ['شيغيرو إيشيبا', 'شيجيرو إيشيبا', 'إيشيبا'], [r('Prime Minister', 'jpn', '2024-10-01', '2025-10-21', 'رئيس الوزراء الياباني')]),
  p('sanae-takaichi', 'Sanae Takaichi', 'JPN', 'GOV', ['ساناي تاكايتشي', 'ساناي تاكاييتشي', 'تاكايتشي'], [r('Prime Minister', 'jpn', '2025-10-21', null, 'رئيسة الوزراء اليابانية')]),
  p('imran-khan', 'Imran Khan', 'PAK', 'GOV', ['عمران خان'], [r('Prime Minister', 'pak', '2018-08-18', '2022-04-10', 'رئيس الوزراء الباكستاني')]),
  p('nawaz-sharif', 'Nawaz Sharif', 'PAK', 'GOV', ['نواز شريف'], [r('Prime Minister', 'pak', '2013-06-05', '2017-07-28', 'رئيس الوزراء الباكستاني')]),
  p('shehbaz-sharif', 'Shehbaz Sharif', 'PAK', 'GOV', ['شهباز شريف', 'شاهباز شريف'], [
    r('Prime Minister', 'pak', '2022-04-11', '2023-08-14', 'رئيس الوزراء الباكستاني'),
    r('Prime Minister', 'pak', '2024-03-04', null, 'رئيس الوزراء الباكستاني'),
  ]),
  p('asim-munir', 'Asim Munir', 'PAK', 'MIL', ['عاصم منير', 'المشير عاصم منير'], [r('Commander', 'pak', '2022-11-29', null, 'قائد الجيش الباكستاني')]),
  p('ishaq-dar', 'Ishaq Dar', 'PAK', 'GOV', ['إسحاق دار', 'اسحق دار'], [
    r('Minister of Foreign Affairs', 'pak', '2024-03-11', null, 'وزير الخارجية الباكستاني'),
    r('Deputy Prime Minister', 'pak', '2024-04-28', null, 'نائب رئيس الوزراء الباكستاني'),
  ]),
  p('hamid-karzai', 'Hamid Karzai', 'AFG', 'GOV', ['حامد كرزاي', 'كرزاي'], [r('President', 'afg', '2004-12-07', '2014-09-29', 'الرئيس الأفغاني')]),
  p('ashraf-ghani', 'Ashraf Ghani', 'AFG', 'GOV', ['أشرف غني', 'محمد أشرف غني'], [r('President', 'afg', '2014-09-29', '2021-08-15', 'الرئيس الأفغاني')], { sh: ['غني'] }),
  p('hibatullah-akhundzada', 'Hibatullah Akhundzada', 'AFG', 'REB', ['هبة الله آخوند زاده', 'هبة الله أخوندزاده', 'هبة الله آخوندزاده', 'الملا هبة الله'], [
    r('Leader', 'taliban', '2016-05-25', null, 'زعيم حركة طالبان'),
    r('Supreme Leader', 'afg', '2021-08-15', null, 'المرشد الأعلى لحركة طالبان'),
  ]),
  p('amir-khan-muttaqi', 'Amir Khan Muttaqi', 'AFG', 'GOV', ['أمير خان متقي', 'أمير خان متقى'], [r('Minister of Foreign Affairs', 'afg', '2021-09-07', null, 'وزير الخارجية في حكومة طالبان')], { sh: ['متقي'] }),
  p('abdul-ghani-baradar', 'Abdul Ghani Baradar', 'AFG', 'GOV', ['عبد الغني برادر', 'الملا عبد الغني برادر', 'الملا برادر', 'برادر'], [
    r('Head of Political Bureau', 'taliban', '2019-01', '2021-09-07', 'رئيس المكتب السياسي لحركة طالبان في الدوحة'),
    r('Deputy Prime Minister', 'afg', '2021-09-07', null, 'نائب رئيس الوزراء في حكومة طالبان'),
  ]),
  p('stephen-harper', 'Stephen Harper', 'CAN', 'GOV', ['ستيفن هاربر', 'هاربر'], [r('Prime Minister', 'can', '2006-02-06', '2015-11-04', 'رئيس الوزراء الكندي')]),
  p('justin-trudeau', 'Justin Trudeau', 'CAN', 'GOV', ['جاستن ترودو', 'جاستين ترودو', 'ترودو'], [r('Prime Minister', 'can', '2015-11-04', '2025-03-14', 'رئيس الوزراء الكندي')], { wd: 'Q3099714' }),
  p('mark-carney', 'Mark Carney', 'CAN', 'GOV', ['مارك كارني'], [r('Prime Minister', 'can', '2025-03-14', null, 'رئيس الوزراء الكندي')], { sh: ['كارني'] }),
  p('melanie-joly', 'Mélanie Joly', 'CAN', 'GOV', ['ميلاني جولي', 'ميلاني جولى'], [r('Minister of Foreign Affairs', 'can', '2021-10-26', '2025-05-13', 'وزيرة الخارجية الكندية')], { al: ['Melanie Joly'] }),
  p('anita-anand', 'Anita Anand', 'CAN', 'GOV', ['أنيتا أناند'], [r('Minister of Foreign Affairs', 'can', '2025-05-13', null, 'وزيرة الخارجية الكندية')]),
  p('anthony-albanese', 'Anthony Albanese', 'AUS', 'GOV', ['أنتوني ألبانيزي', 'أنتوني ألبانيز'], [r('Prime Minister', 'aus', '2022-05-23', null, 'رئيس الوزراء الأسترالي')], { sh: ['ألبانيزي', 'ألبانيز'] }),
  p('penny-wong', 'Penny Wong', 'AUS', 'GOV', ['بيني وونغ', 'بيني وونج'], [r('Minister of Foreign Affairs', 'aus', '2022-05-23', null, 'وزيرة الخارجية الأسترالية')]),
  p('scott-morrison', 'Scott Morrison', 'AUS', 'GOV', ['سكوت موريسون', 'موريسون'], [r('Prime Minister', 'aus', '2018-08-24', '2022-05-23', 'رئيس الوزراء الأسترالي')]),
  p('luiz-inacio-lula-da-silva', 'Luiz Inácio Lula da Silva', 'BRA', 'GOV', ['لويس إيناسيو لولا دا سيلفا', 'لولا دا سيلفا'], [
    r('President', 'bra', '2003-01-01', '2010-12-31', 'الرئيس البرازيلي'),
    r('President', 'bra', '2023-01-01', null, 'الرئيس البرازيلي'),
  ], { al: ['Lula'], wd: 'Q37181', sh: ['لولا'] }),
  p('dilma-rousseff', 'Dilma Rousseff', 'BRA', 'GOV', ['ديلما روسيف', 'روسيف'], [r('President', 'bra', '2011-01-01', '2016-08-31', 'الرئيسة البرازيلية')]),
  p('jair-bolsonaro', 'Jair Bolsonaro', 'BRA', 'GOV', ['جايير بولسونارو', 'جاير بولسونارو', 'بولسونارو'], [r('President', 'bra', '2019-01-01', '2022-12-31', 'الرئيس البرازيلي')]),
  p('cyril-ramaphosa', 'Cyril Ramaphosa', 'ZAF', 'GOV', ['سيريل رامافوزا', 'سيريل رامابوزا', 'رامافوزا'], [r('President', 'zaf', '2018-02-15', null, 'رئيس جنوب أفريقيا')]),
  p('jacob-zuma', 'Jacob Zuma', 'ZAF', 'GOV', ['جاكوب زوما', 'جيكوب زوما'], [r('President', 'zaf', '2009-05-09', '2018-02-14', 'رئيس جنوب أفريقيا')], { sh: ['زوما'] }),
  p('naledi-pandor', 'Naledi Pandor', 'ZAF', 'GOV', ['ناليدي باندور', 'باندور'], [r('Minister of Foreign Affairs', 'zaf', '2019-05-30', '2024-07-03', 'وزيرة خارجية جنوب أفريقيا')]),
  p('ronald-lamola', 'Ronald Lamola', 'ZAF', 'GOV', ['رونالد لامولا', 'لامولا'], [r('Minister of Foreign Affairs', 'zaf', '2024-07-03', null, 'وزير خارجية جنوب أفريقيا')]),
  p('gustavo-petro', 'Gustavo Petro', 'COL', 'GOV', ['غوستافو بيترو', 'جوستافو بيترو', 'بيترو'], [r('President', 'col', '2022-08-07', null, 'الرئيس الكولومبي')]),
  p('hugo-chavez', 'Hugo Chávez', 'VEN', 'GOV', ['هوغو تشافيز', 'هوجو شافيز', 'هوغو شافيز', 'تشافيز', 'شافيز'], [r('President', 'ven', '1999-02-02', '2013-03-05', 'الرئيس الفنزويلي')], { al: ['Hugo Chavez'] }),
  p('nicolas-maduro', 'Nicolás Maduro', 'VEN', 'GOV', ['نيكولاس مادورو', 'مادورو'], [r('President', 'ven', '2013-04-19', '2026-01-03', 'الرئيس الفنزويلي')], { al: ['Nicolas Maduro'] }),
  p('kim-jong-un', 'Kim Jong Un', 'PRK', 'GOV', ['كيم جونغ أون', 'كيم جونج أون', 'كيم جونغ اون'], [r('Supreme Leader', 'prk', '2011-12-17', null, 'زعيم كوريا الشمالية')], { wd: 'Q56226' }),
  p('ilham-aliyev', 'Ilham Aliyev', 'AZE', 'GOV', ['إلهام علييف', 'الهام علييف', 'علييف'], [r('President', 'aze', '2003-10-31', null, 'الرئيس الأذربيجاني')]),
  p('nikol-pashinyan', 'Nikol Pashinyan', 'ARM', 'GOV', ['نيكول باشينيان', 'باشينيان'], [r('Prime Minister', 'arm', '2018-05-08', null, 'رئيس الوزراء الأرميني')]),
  p('joko-widodo', 'Joko Widodo', 'IDN', 'GOV', ['جوكو ويدودو', 'ويدودو'], [r('President', 'idn', '2014-10-20', '2024-10-20', 'الرئيس الإندونيسي')]),
  p('prabowo-subianto', 'Prabowo Subianto', 'IDN', 'GOV', ['برابوو سوبيانتو', 'برابوو سوبيانتو', 'برابوو'], [
    r('Minister of Defense', 'idn', '2019-10-23', '2024-10-20', 'وزير الدفاع الإندونيسي'),
    r('President', 'idn', '2024-10-20', null, 'الرئيس الإندونيسي'),
  ]),
  p('anwar-ibrahim', 'Anwar Ibrahim', 'MYS', 'GOV', ['أنور إبراهيم'], [r('Prime Minister', 'mys', '2022-11-24', null, 'رئيس الوزراء الماليزي')]),
  p('mahathir-mohamad', 'Mahathir Mohamad', 'MYS', 'GOV', ['مهاتير محمد', 'مهاتير'], [r('Prime Minister', 'mys', '2018-05-10', '2020-03-01', 'رئيس الوزراء الماليزي')]),
  p('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'KAZ', 'GOV', ['قاسم جومرت توكاييف', 'قاسم جومارت توكاييف', 'توكاييف'], [r('President', 'kaz', '2019-03-20', null, 'الرئيس الكازاخستاني')]),
  p('abiy-ahmed', 'Abiy Ahmed', 'ETH', 'GOV', ['آبي أحمد', 'أبي أحمد', 'آبي أحمد علي'], [r('Prime Minister', 'eth', '2018-04-02', null, 'رئيس الوزراء الإثيوبي')]),
  p('william-ruto', 'William Ruto', 'KEN', 'GOV', ['وليام روتو', 'ويليام روتو', 'روتو'], [r('President', 'ken', '2022-09-13', null, 'الرئيس الكيني')]),
];
