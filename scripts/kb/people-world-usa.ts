// United States officials in Middle East news, 2011–2026. Dates from Wikipedia as recalled by the
// author (2026), recent changes checked against news reports; month precision where unsure.
import { p, r } from './people-world-types.ts';
import type { KbActor } from '../../src/kb/schema.ts';

const PRES = 'الرئيس الأمريكي';
const VP = 'نائب الرئيس الأمريكي';
const SOS = 'وزير الخارجية الأمريكي';
const SOS_F = 'وزيرة الخارجية الأمريكية';
const SOD = 'وزير الدفاع الأمريكي';
const NSA = 'مستشار الأمن القومي الأمريكي';
const NSA_F = 'مستشارة الأمن القومي الأمريكي';
const CIA = 'مدير وكالة المخابرات المركزية الأمريكية';
const CIA_F = 'مديرة وكالة المخابرات المركزية الأمريكية';
const DNI = 'مدير الاستخبارات الوطنية الأمريكية';
const DNI_F = 'مديرة الاستخبارات الوطنية الأمريكية';
const UNAMB = 'المندوب الأمريكي لدى الأمم المتحدة';
const UNAMB_F = 'المندوبة الأمريكية لدى الأمم المتحدة';
const CENTCOM = 'قائد القيادة المركزية الأمريكية';
const CJCS = 'رئيس هيئة الأركان المشتركة الأمريكية';
const WHPS = 'المتحدث باسم البيت الأبيض';
const WHPS_F = 'المتحدثة باسم البيت الأبيض';
const STSP = 'المتحدث باسم وزارة الخارجية الأمريكية';
const STSP_F = 'المتحدثة باسم وزارة الخارجية الأمريكية';
const SPEAKER = 'رئيس مجلس النواب الأمريكي';
const SPEAKER_F = 'رئيسة مجلس النواب الأمريكي';
const SEN = 'السيناتور الأمريكي';
const SEN_F = 'السيناتورة الأمريكية';
const REP_F = 'النائبة في الكونغرس الأمريكي';
const TREAS = 'وزير الخزانة الأمريكي';
const TREAS_F = 'وزيرة الخزانة الأمريكية';
const AMB_ISR = 'السفير الأمريكي لدى إسرائيل';
const NEA = 'مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى';
const NEA_F = 'مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأدنى';

const U = 'USA';
const sameRole = 'prefer the holder of a role on the publication date';

export const usa: KbActor[] = [
  // Presidents and vice presidents
  p('barack-obama', 'Barack Obama', U, 'GOV', ['باراك أوباما', 'أوباما', 'باراك حسين أوباما'], [r('President', 'usa', '2009-01-20', '2017-01-20', PRES)], { al: ['Obama', 'Barack Hussein Obama'], wd: 'Q76' }),
  p('donald-trump', 'Donald Trump', U, 'GOV', ['دونالد ترامب', 'دونالد ترمب', 'ترامب', 'ترمب', 'دونالد جون ترامب'], [
    r('President', 'usa', '2017-01-20', '2021-01-20', PRES),
    r('President', 'usa', '2025-01-20', null, PRES),
  ], { al: ['Trump', 'Donald J. Trump', 'President Trump'], wd: 'Q22686' }),
  p('joe-biden', 'Joe Biden', U, 'GOV', ['جو بايدن', 'بايدن', 'جوزيف بايدن'], [
    r('Vice President', 'usa', '2009-01-20', '2017-01-20', VP),
    r('President', 'usa', '2021-01-20', '2025-01-20', PRES),
  ], { al: ['Biden', 'Joseph R. Biden'], wd: 'Q6279' }),
  p('mike-pence', 'Mike Pence', U, 'GOV', ['مايك بنس', 'مايك بينس'], [r('Vice President', 'usa', '2017-01-20', '2021-01-20', VP)], { al: ['Pence'], sh: ['بنس', 'بينس'], wd: 'Q24313' }),
  p('kamala-harris', 'Kamala Harris', U, 'GOV', ['كامالا هاريس', 'كمالا هاريس'], [r('Vice President', 'usa', '2021-01-20', '2025-01-20', 'نائبة الرئيس الأمريكي')], { al: ['Harris'], sh: ['هاريس'], wd: 'Q10853588' }),
  p('jd-vance', 'JD Vance', U, 'GOV', ['جيه دي فانس', 'جي دي فانس', 'جاي دي فانس', 'فانس', 'جيمس ديفيد فانس'], [
    r('Senator', 'usa', '2023-01-03', '2025-01-10', SEN),
    r('Vice President', 'usa', '2025-01-20', null, VP),
  ], { al: ['J. D. Vance', 'Vance', 'James David Vance'] }),
  // Secretaries of state
  p('hillary-clinton', 'Hillary Clinton', U, 'GOV', ['هيلاري كلينتون', 'هيلاري رودهام كلينتون'], [r('Minister of Foreign Affairs', 'usa', '2009-01-21', '2013-02-01', SOS_F)], { al: ['Hillary Rodham Clinton'], sh: ['كلينتون', 'هيلاري'], wd: 'Q6294' }),
  p('john-kerry', 'John Kerry', U, 'GOV', ['جون كيري', 'كيري'], [
    r('Minister of Foreign Affairs', 'usa', '2013-02-01', '2017-01-20', SOS),
    r('Special Presidential Envoy for Climate', 'usa', '2021-01-20', '2024-03-06', 'المبعوث الرئاسي الأمريكي الخاص للمناخ'),
  ], { al: ['Kerry'], wd: 'Q22316' }),
  p('rex-tillerson', 'Rex Tillerson', U, 'GOV', ['ريكس تيلرسون', 'تيلرسون'], [r('Minister of Foreign Affairs', 'usa', '2017-02-01', '2018-03-31', SOS)], { al: ['Tillerson'] }),
  p('mike-pompeo', 'Mike Pompeo', U, 'GOV', ['مايك بومبيو', 'بومبيو', 'مايكل بومبيو'], [
    r('Head of Intelligence', 'usa', '2017-01-23', '2018-04-26', CIA),
    r('Minister of Foreign Affairs', 'usa', '2018-04-26', '2021-01-20', SOS),
  ], { al: ['Pompeo'], wd: 'Q473239' }),
  p('antony-blinken', 'Antony Blinken', U, 'GOV', ['أنتوني بلينكن', 'أنتوني بلينكين', 'بلينكن', 'بلينكين', 'توني بلينكن'], [
    r('Deputy National Security Adviser', 'usa', '2013-01-20', '2015-01-09', 'نائب مستشار الأمن القومي الأمريكي'),
    r('Deputy Minister of Foreign Affairs', 'usa', '2015-01-09', '2017-01-20', 'نائب وزير الخارجية الأمريكي'),
    r('Minister of Foreign Affairs', 'usa', '2021-01-26', '2025-01-20', SOS),
  ], { al: ['Blinken', 'Tony Blinken'] }),
  p('marco-rubio', 'Marco Rubio', U, 'GOV', ['ماركو روبيو', 'روبيو'], [
    r('Senator', 'usa', '2011-01-03', '2025-01-20', SEN),
    r('Minister of Foreign Affairs', 'usa', '2025-01-21', null, SOS),
    r('National Security Adviser', 'usa', '2025-05-01', null, 'مستشار الأمن القومي الأمريكي بالإنابة'),
  ], { al: ['Rubio'], wd: 'Q324546' }),
  // Secretaries of defense
  p('robert-gates', 'Robert Gates', U, 'GOV', ['روبرت غيتس', 'روبرت جيتس'], [r('Minister of Defense', 'usa', '2006-12-18', '2011-07-01', SOD)], { sh: ['غيتس', 'جيتس'] }),
  p('leon-panetta', 'Leon Panetta', U, 'GOV', ['ليون بانيتا', 'بانيتا'], [
    r('Head of Intelligence', 'usa', '2009-02-13', '2011-06-30', CIA),
    r('Minister of Defense', 'usa', '2011-07-01', '2013-02-26', SOD),
  ]),
  p('chuck-hagel', 'Chuck Hagel', U, 'GOV', ['تشاك هاغل', 'تشاك هيغل', 'تشاك هيجل', 'هاغل'], [r('Minister of Defense', 'usa', '2013-02-27', '2015-02-17', SOD)], { sh: ['هيغل', 'هيجل'] }),
  p('ash-carter', 'Ash Carter', U, 'GOV', ['آشتون كارتر', 'آش كارتر', 'أشتون كارتر'], [r('Minister of Defense', 'usa', '2015-02-17', '2017-01-20', SOD)], { al: ['Ashton Carter'], sh: ['كارتر'] }),
  p('jim-mattis', 'Jim Mattis', U, 'MIL', ['جيمس ماتيس', 'جيم ماتيس', 'ماتيس'], [
    r('Commander', 'centcom', '2010-08-11', '2013-03-22', CENTCOM),
    r('Minister of Defense', 'usa', '2017-01-20', '2019-01-01', SOD),
  ], { al: ['James Mattis'] }),
  p('patrick-shanahan', 'Patrick Shanahan', U, 'GOV', ['باتريك شاناهان', 'شاناهان'], [r('Minister of Defense', 'usa', '2019-01-01', '2019-06-23', 'وزير الدفاع الأمريكي بالوكالة')]),
  p('mark-esper', 'Mark Esper', U, 'GOV', ['مارك إسبر', 'إسبر'], [r('Minister of Defense', 'usa', '2019-06-24', '2020-11-09', SOD)]),
  p('christopher-c-miller', 'Christopher C. Miller', U, 'GOV', ['كريستوفر ميلر'], [r('Minister of Defense', 'usa', '2020-11-09', '2021-01-20', 'وزير الدفاع الأمريكي بالوكالة')], { sh: ['ميلر'] }),
  p('lloyd-austin', 'Lloyd Austin', U, 'GOV', ['لويد أوستن', 'لويد أوستين'], [
    r('Commander', 'centcom', '2013-03-22', '2016-03-30', CENTCOM),
    r('Minister of Defense', 'usa', '2021-01-22', '2025-01-20', SOD),
  ], { sh: ['أوستن', 'أوستين'] }),
  p('pete-hegseth', 'Pete Hegseth', U, 'GOV', ['بيت هيغسيث', 'بيت هيجسيث', 'بيت هيغسث', 'هيغسيث', 'هيجسيث', 'هيغسث'], [
    r('Minister of Defense', 'usa', '2025-01-25', null, SOD),
    r('Minister of Defense', 'usa', '2025-09-05', null, 'وزير الحرب الأمريكي'),
  ], { al: ['Hegseth', 'Secretary of War'] }),
  // National security advisers
  p('tom-donilon', 'Tom Donilon', U, 'GOV', ['توم دونيلون', 'دونيلون'], [r('National Security Adviser', 'usa', '2010-10-08', '2013-07-01', NSA)]),
  p('susan-rice', 'Susan Rice', U, 'GOV', ['سوزان رايس'], [
    r('Ambassador to the United Nations', 'usa', '2009-01-22', '2013-06-30', UNAMB_F),
    r('National Security Adviser', 'usa', '2013-07-01', '2017-01-20', NSA_F),
    r('Director of the Domestic Policy Council', 'usa', '2021-01-20', '2023-05-26', 'مديرة مجلس السياسة الداخلية في البيت الأبيض'),
  ], { sh: ['رايس'] }),
  p('michael-flynn', 'Michael Flynn', U, 'MIL', ['مايكل فلين', 'فلين'], [
    r('Director of the Defense Intelligence Agency', 'usa', '2012-07-24', '2014-08-07', 'مدير وكالة استخبارات الدفاع الأمريكية'),
    r('National Security Adviser', 'usa', '2017-01-20', '2017-02-13', NSA),
  ]),
  p('h-r-mcmaster', 'H. R. McMaster', U, 'MIL', ['هربرت ماكماستر', 'إتش آر ماكماستر', 'ماكماستر'], [r('National Security Adviser', 'usa', '2017-02-20', '2018-04-09', NSA)], { al: ['Herbert Raymond McMaster', 'McMaster'] }),
  p('john-bolton', 'John Bolton', U, 'GOV', ['جون بولتون', 'بولتون'], [r('National Security Adviser', 'usa', '2018-04-09', '2019-09-10', NSA)]),
  p('robert-c-obrien', "Robert C. O'Brien", U, 'GOV', ['روبرت أوبراين'], [r('National Security Adviser', 'usa', '2019-09-18', '2021-01-20', NSA)], { al: ["Robert O'Brien"], sh: ['أوبراين'] }),
  p('jake-sullivan', 'Jake Sullivan', U, 'GOV', ['جيك سوليفان', 'جايك سوليفان'], [r('National Security Adviser', 'usa', '2021-01-20', '2025-01-20', NSA)], { sh: ['سوليفان'] }),
  p('mike-waltz', 'Mike Waltz', U, 'GOV', ['مايك والتز', 'مايكل والتز', 'والتز'], [
    r('National Security Adviser', 'usa', '2025-01-20', '2025-05-01', NSA),
    r('Ambassador to the United Nations', 'usa', '2025-09-19', null, UNAMB),
  ], { al: ['Michael Waltz'] }),
  p('jon-finer', 'Jon Finer', U, 'GOV', ['جون فاينر', 'جوناثان فاينر', 'فاينر'], [r('Deputy National Security Adviser', 'usa', '2021-01-20', '2025-01-20', 'نائب مستشار الأمن القومي الأمريكي')], { al: ['Jonathan Finer'] }),
  p('philip-gordon', 'Philip H. Gordon', U, 'GOV', ['فيليب غوردون', 'فيليب جوردون'], [
    r('White House Coordinator for the Middle East', 'usa', '2013-04', '2015-04', 'منسق البيت الأبيض لشؤون الشرق الأوسط'),
    r('National Security Adviser to the Vice President', 'usa', '2022-03', '2025-01-20', 'مستشار الأمن القومي لنائبة الرئيس الأمريكي'),
  ], { al: ['Philip Gordon'] }),
  // Intelligence
  p('david-petraeus', 'David Petraeus', U, 'SPY', ['ديفيد بترايوس', 'ديفيد بتريوس', 'بترايوس', 'بتريوس'], [r('Head of Intelligence', 'usa', '2011-09-06', '2012-11-09', CIA)]),
  p('john-brennan', 'John Brennan', U, 'SPY', ['جون برينان', 'برينان'], [r('Head of Intelligence', 'usa', '2013-03-08', '2017-01-20', CIA)]),
  p('gina-haspel', 'Gina Haspel', U, 'SPY', ['جينا هاسبل', 'هاسبل'], [r('Head of Intelligence', 'usa', '2018-05-21', '2021-01-20', CIA_F)]),
  p('william-j-burns', 'William J. Burns', U, 'SPY', ['وليام بيرنز', 'ويليام بيرنز', 'بيل بيرنز'], [
    r('Deputy Minister of Foreign Affairs', 'usa', '2011-07-28', '2014-11-03', 'نائب وزير الخارجية الأمريكي'),
    r('Head of Intelligence', 'usa', '2021-03-19', '2025-01-20', CIA),
  ], { al: ['William Burns', 'Bill Burns'], sh: ['بيرنز'] }),
  p('john-ratcliffe', 'John Ratcliffe', U, 'SPY', ['جون راتكليف', 'راتكليف'], [
    r('Director of National Intelligence', 'usa', '2020-05-26', '2021-01-20', DNI),
    r('Head of Intelligence', 'usa', '2025-01-23', null, CIA),
  ]),
  p('james-clapper', 'James Clapper', U, 'SPY', ['جيمس كلابر', 'كلابر'], [r('Director of National Intelligence', 'usa', '2010-08-09', '2017-01-20', DNI)]),
  p('dan-coats', 'Dan Coats', U, 'SPY', ['دان كوتس', 'كوتس'], [r('Director of National Intelligence', 'usa', '2017-03-16', '2019-08-15', DNI)]),
  p('avril-haines', 'Avril Haines', U, 'SPY', ['أفريل هاينز', 'أفريل هينز'], [r('Director of National Intelligence', 'usa', '2021-01-21', '2025-01-20', DNI_F)], { sh: ['هاينز'] }),
  p('tulsi-gabbard', 'Tulsi Gabbard', U, 'SPY', ['تولسي غابارد', 'تولسي جابارد', 'غابارد', 'جابارد'], [r('Director of National Intelligence', 'usa', '2025-02-12', null, DNI_F)]),
  // UN ambassadors
  p('samantha-power', 'Samantha Power', U, 'GOV', ['سامانثا باور', 'سامنثا باور'], [
    r('Ambassador to the United Nations', 'usa', '2013-08-05', '2017-01-20', UNAMB_F),
    r('Administrator of USAID', 'usa', '2021-05-03', '2025-01-20', 'مديرة الوكالة الأمريكية للتنمية الدولية'),
  ], { sh: ['باور'] }),
  p('nikki-haley', 'Nikki Haley', U, 'GOV', ['نيكي هيلي', 'نيكي هايلي', 'هايلي'], [r('Ambassador to the United Nations', 'usa', '2017-01-27', '2018-12-31', UNAMB_F)], { sh: ['هيلي'] }),
  p('kelly-craft', 'Kelly Craft', U, 'GOV', ['كيلي كرافت', 'كرافت'], [r('Ambassador to the United Nations', 'usa', '2019-09-12', '2021-01-20', UNAMB_F)]),
  p('linda-thomas-greenfield', 'Linda Thomas-Greenfield', U, 'GOV', ['ليندا توماس غرينفيلد', 'ليندا توماس-غرينفيلد', 'ليندا توماس جرينفيلد', 'توماس غرينفيلد', 'توماس جرينفيلد'], [r('Ambassador to the United Nations', 'usa', '2021-02-25', '2025-01-20', UNAMB_F)]),
  p('dorothy-shea', 'Dorothy Shea', U, 'GOV', ['دوروثي شيا'], [
    r('Ambassador', 'usa', '2020-03', '2023-07', 'السفيرة الأمريكية لدى لبنان'),
    r('Deputy Ambassador to the United Nations', 'usa', '2023', '2025-01-20', 'نائبة المندوبة الأمريكية لدى الأمم المتحدة'),
    r('Ambassador to the United Nations', 'usa', '2025-01-20', '2025-09-19', 'المندوبة الأمريكية بالإنابة لدى الأمم المتحدة'),
  ], { sh: ['شيا'] }),
  p('robert-a-wood', 'Robert A. Wood', U, 'GOV', ['روبرت وود'], [r('Deputy Ambassador to the United Nations', 'usa', '2022', '2025-01', 'نائب المندوب الأمريكي لدى الأمم المتحدة')], { al: ['Robert Wood'] }),
  // Envoys
  p('steve-witkoff', 'Steve Witkoff', U, 'GOV', ['ستيف ويتكوف', 'ستيفن ويتكوف', 'ستيف ويتكوب', 'ويتكوف'], [
    r('Special Envoy for the Middle East', 'usa', '2025-01-20', null, 'المبعوث الأمريكي الخاص إلى الشرق الأوسط'),
    r('Special Envoy for Peace Missions', 'usa', '2025-03', null, 'المبعوث الأمريكي الخاص لمهام السلام'),
  ], { al: ['Steven Witkoff', 'Witkoff'] }),
  p('morgan-ortagus', 'Morgan Ortagus', U, 'GOV', ['مورغان أورتاغوس', 'مورغان أورتاغس', 'مورجان أورتاجوس', 'أورتاغوس', 'أورتاجوس'], [
    r('Spokesperson', 'usa', '2019-04', '2021-01-20', STSP_F),
    r('Deputy Special Envoy for the Middle East', 'usa', '2025-01', '2025-06', 'نائبة المبعوث الأمريكي الخاص إلى الشرق الأوسط'),
  ]),
  p('brett-mcgurk', 'Brett McGurk', U, 'GOV', ['بريت ماكغورك', 'بريت ماكجورك', 'ماكغورك', 'ماكجورك'], [
    r('Special Presidential Envoy for the Global Coalition to Counter ISIL', 'usa', '2015-10-23', '2018-12-31', 'المبعوث الأمريكي للتحالف الدولي ضد تنظيم الدولة'),
    r('White House Coordinator for the Middle East', 'usa', '2021-01-20', '2025-01-20', 'منسق البيت الأبيض لشؤون الشرق الأوسط'),
  ]),
  p('amos-hochstein', 'Amos Hochstein', U, 'GOV', ['آموس هوكستين', 'آموس هوكشتاين', 'عاموس هوكشتاين', 'أموس هوكستاين', 'هوكستين', 'هوكشتاين', 'هوكستاين'], [
    r('Special Envoy for International Energy Affairs', 'usa', '2014-08', '2017-01-20', 'المبعوث الأمريكي الخاص لشؤون الطاقة الدولية'),
    r('Senior Adviser for Energy Security', 'usa', '2021-08', '2022-08', 'كبير مستشاري الخارجية الأمريكية لأمن الطاقة'),
    r('Special Envoy', 'usa', '2022-08', '2025-01-20', 'المبعوث الأمريكي'),
  ]),
  p('jason-greenblatt', 'Jason Greenblatt', U, 'GOV', ['جيسون غرينبلات', 'جيسون جرينبلات', 'غرينبلات', 'جرينبلات'], [r('Special Envoy for the Middle East', 'usa', '2017-01-20', '2019-10-31', 'المبعوث الأمريكي للسلام في الشرق الأوسط')]),
  p('avi-berkowitz', 'Avi Berkowitz', U, 'GOV', ['آفي بيركوفيتز', 'آفي بيركويتز', 'بيركوفيتز', 'بيركويتز'], [r('Special Envoy for the Middle East', 'usa', '2019-11', '2021-01-20', 'المبعوث الأمريكي للسلام في الشرق الأوسط')]),
  p('jared-kushner', 'Jared Kushner', U, 'GOV', ['جاريد كوشنر', 'جاريد كوشنير', 'كوشنر', 'كوشنير'], [r('Senior Adviser to the President', 'usa', '2017-01-20', '2021-01-20', 'كبير مستشاري الرئيس الأمريكي')]),
  p('ivanka-trump', 'Ivanka Trump', U, 'GOV', ['إيفانكا ترامب', 'إيفانكا ترمب', 'إيفانكا'], [r('Adviser to the President', 'usa', '2017-03-29', '2021-01-20', 'مستشارة الرئيس الأمريكي')]),
  p('robert-malley', 'Robert Malley', U, 'GOV', ['روبرت مالي', 'روب مالي'], [
    r('White House Coordinator for the Middle East', 'usa', '2015-04', '2017-01-20', 'منسق البيت الأبيض لشؤون الشرق الأوسط'),
    r('Special Envoy for Iran', 'usa', '2021-01-28', '2023-06', 'المبعوث الأمريكي الخاص بإيران'),
  ], { al: ['Rob Malley'], sh: ['مالي'] }),
  p('abram-paley', 'Abram Paley', U, 'GOV', ['أبرام بالي', 'أبرام بيلي'], [r('Special Envoy for Iran', 'usa', '2023-06', '2025-01-20', 'المبعوث الأمريكي الخاص بإيران بالإنابة')]),
  p('brian-hook', 'Brian Hook', U, 'GOV', ['براين هوك', 'برايان هوك', 'بريان هوك'], [r('Special Envoy for Iran', 'usa', '2018-08-16', '2020-08-06', 'المبعوث الأمريكي الخاص بإيران')], { sh: ['هوك'] }),
  p('elliott-abrams', 'Elliott Abrams', U, 'GOV', ['إليوت أبرامز', 'إليوت أبرامس'], [r('Special Envoy for Iran', 'usa', '2020-08-06', '2021-01-20', 'المبعوث الأمريكي الخاص بإيران')], { sh: ['أبرامز'] }),
  p('tim-lenderking', 'Tim Lenderking', U, 'GOV', ['تيم ليندركينغ', 'تيموثي ليندركينغ', 'تيم ليندركينج', 'ليندركينغ', 'ليندركينج'], [r('Special Envoy for Yemen', 'usa', '2021-02-04', '2025-01-20', 'المبعوث الأمريكي الخاص إلى اليمن')], { al: ['Timothy Lenderking'] }),
  p('martin-indyk', 'Martin Indyk', U, 'GOV', ['مارتن إنديك', 'مارتن انديك', 'إنديك'], [r('Special Envoy for Israeli–Palestinian Negotiations', 'usa', '2013-07-29', '2014-06-27', 'المبعوث الأمريكي الخاص للمفاوضات الإسرائيلية الفلسطينية')]),
  p('george-j-mitchell', 'George J. Mitchell', U, 'GOV', ['جورج ميتشل'], [r('Special Envoy for the Middle East', 'usa', '2009-01-22', '2011-05-20', 'المبعوث الأمريكي الخاص للسلام في الشرق الأوسط')], { al: ['George Mitchell'], sh: ['ميتشل'] }),
  p('david-hale', 'David Hale', U, 'GOV', ['ديفيد هيل'], [
    r('Special Envoy for the Middle East', 'usa', '2011-05-20', '2013-01', 'المبعوث الأمريكي الخاص للسلام في الشرق الأوسط'),
    r('Ambassador', 'usa', '2013-08', '2015-08', 'السفير الأمريكي لدى لبنان'),
    r('Under Secretary of State for Political Affairs', 'usa', '2018-08-30', '2021-05', 'وكيل وزارة الخارجية الأمريكية للشؤون السياسية'),
  ], { sh: ['هيل'] }),
  p('dennis-ross', 'Dennis Ross', U, 'GOV', ['دينيس روس', 'دنيس روس'], [r('Special Assistant to the President for the Central Region', 'usa', '2009-06', '2011-11', 'مستشار الرئيس الأمريكي لشؤون الشرق الأوسط')], { sh: ['روس'] }),
  p('james-jeffrey', 'James Jeffrey', U, 'GOV', ['جيمس جيفري', 'جيمس جفري'], [
    r('Ambassador', 'usa', '2010-09', '2012-06', 'السفير الأمريكي لدى العراق'),
    r('Special Envoy for Syria', 'usa', '2018-08-17', '2020-11', 'المبعوث الأمريكي الخاص إلى سوريا'),
    r('Special Presidential Envoy for the Global Coalition to Defeat ISIS', 'usa', '2019-01-04', '2020-11', 'المبعوث الأمريكي للتحالف الدولي ضد تنظيم الدولة'),
  ], { sh: ['جيفري'] }),
  p('michael-ratney', 'Michael Ratney', U, 'GOV', ['مايكل راتني', 'راتني'], [
    r('Special Envoy for Syria', 'usa', '2015-07', '2017-01', 'المبعوث الأمريكي الخاص إلى سوريا'),
    r('Ambassador', 'usa', '2023-03', '2025-01', 'السفير الأمريكي لدى السعودية'),
  ]),
  p('robert-stephen-ford', 'Robert Stephen Ford', U, 'GOV', ['روبرت فورد'], [r('Ambassador', 'usa', '2011-01', '2014-02', 'السفير الأمريكي لدى سوريا')], { al: ['Robert Ford'], sh: ['فورد'] }),
  p('christopher-stevens', 'J. Christopher Stevens', U, 'GOV', ['كريستوفر ستيفنز', 'كريس ستيفنز'], [r('Ambassador', 'usa', '2012-06-07', '2012-09-11', 'السفير الأمريكي لدى ليبيا')], { al: ['Christopher Stevens', 'Chris Stevens'] }),
  p('richard-norland', 'Richard Norland', U, 'GOV', ['ريتشارد نورلاند', 'نورلاند'], [
    r('Ambassador', 'usa', '2019-08', '2025-01', 'السفير الأمريكي لدى ليبيا'),
    r('Special Envoy for Libya', 'usa', '2021-05', '2025-01', 'المبعوث الأمريكي الخاص إلى ليبيا'),
  ]),
  p('tom-perriello', 'Tom Perriello', U, 'GOV', ['توم بيرييلو', 'توم بيرييلو', 'توم برييلو', 'بيرييلو'], [r('Special Envoy for Sudan', 'usa', '2024-02', '2025-01-20', 'المبعوث الأمريكي الخاص إلى السودان')]),
  p('hady-amr', 'Hady Amr', U, 'GOV', ['هادي عمرو'], [r('Special Representative for Palestinian Affairs', 'usa', '2022-11', '2025-01-20', 'المبعوث الأمريكي الخاص للشؤون الفلسطينية')], { sh: ['عمرو'] }),
  p('david-satterfield', 'David Satterfield', U, 'GOV', ['ديفيد ساترفيلد', 'ساترفيلد'], [
    r('Assistant Minister of Foreign Affairs', 'usa', '2017-09', '2019-06', 'مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى بالوكالة'),
    r('Ambassador', 'usa', '2019-07', '2022-01', 'السفير الأمريكي لدى تركيا'),
    r('Special Envoy for Middle East Humanitarian Issues', 'usa', '2023-10-15', '2024-12', 'المبعوث الأمريكي الخاص للشؤون الإنسانية في الشرق الأوسط'),
  ]),
  p('tom-barrack', 'Tom Barrack', U, 'GOV', ['توم باراك', 'توماس باراك', 'توم براك'], [
    r('Ambassador', 'usa', '2025-05', null, 'السفير الأمريكي لدى تركيا'),
    r('Special Envoy for Syria', 'usa', '2025-05-23', null, 'المبعوث الأمريكي الخاص إلى سوريا'),
  ], { al: ['Thomas Barrack', 'Thomas J. Barrack Jr.'], sh: ['باراك', 'براك'], dis: 'Tom Barrack when باراك follows توم/توماس or is called envoy/ambassador after 2025-05; otherwise prefer the holder of a role on the publication date' }),
  p('adam-boehler', 'Adam Boehler', U, 'GOV', ['آدم بوهلر', 'آدم بولر', 'بوهلر'], [r('Special Presidential Envoy for Hostage Affairs', 'usa', '2025-01-20', null, 'المبعوث الرئاسي الأمريكي لشؤون الرهائن')], { sh: ['بولر'] }),
  p('roger-carstens', 'Roger D. Carstens', U, 'GOV', ['روجر كارستنز', 'روجر كارستينز', 'كارستنز'], [r('Special Presidential Envoy for Hostage Affairs', 'usa', '2020-03', '2025-01-20', 'المبعوث الرئاسي الأمريكي لشؤون الرهائن')], { al: ['Roger Carstens'] }),
  p('massad-boulos', 'Massad Boulos', U, 'GOV', ['مسعد بولس'], [
    r('Senior Adviser for Arab and Middle Eastern Affairs', 'usa', '2025-01', null, 'كبير مستشاري الرئيس الأمريكي للشؤون العربية والشرق الأوسط'),
    r('Senior Adviser for Africa', 'usa', '2025-04', null, 'كبير مستشاري الرئيس الأمريكي لشؤون أفريقيا'),
  ], { sh: ['بولس'] }),
  p('mark-savaya', 'Mark Savaya', U, 'GOV', ['مارك سافايا', 'سافايا'], [r('Special Envoy to Iraq', 'usa', '2025-10', null, 'المبعوث الأمريكي الخاص إلى العراق')]),
  p('keith-kellogg', 'Keith Kellogg', U, 'GOV', ['كيث كيلوغ', 'كيث كيلوج', 'كيلوغ', 'كيلوج'], [
    r('National Security Adviser', 'usa', '2017-02-13', '2017-02-20', 'مستشار الأمن القومي الأمريكي بالإنابة'),
    r('Special Envoy for Ukraine and Russia', 'usa', '2025-01-20', '2026-01', 'المبعوث الأمريكي الخاص لأوكرانيا وروسيا'),
  ]),
  // Ambassadors
  p('mike-huckabee', 'Mike Huckabee', U, 'GOV', ['مايك هاكابي', 'هاكابي'], [r('Ambassador', 'usa', '2025-04', null, AMB_ISR)]),
  p('dan-shapiro', 'Daniel B. Shapiro', U, 'GOV', ['دان شابيرو', 'دانيال شابيرو'], [r('Ambassador', 'usa', '2011-08', '2017-01-20', AMB_ISR)], { al: ['Dan Shapiro'], sh: ['شابيرو'] }),
  p('david-m-friedman', 'David M. Friedman', U, 'GOV', ['ديفيد فريدمان'], [r('Ambassador', 'usa', '2017-05-15', '2021-01-20', AMB_ISR)], { al: ['David Friedman'], sh: ['فريدمان'] }),
  p('tom-nides', 'Tom Nides', U, 'GOV', ['توم نايدز', 'نايدز'], [r('Ambassador', 'usa', '2021-12-05', '2023-07', AMB_ISR)]),
  p('jack-lew', 'Jack Lew', U, 'GOV', ['جاك ليو', 'جيكوب ليو'], [
    r('Minister of Finance', 'usa', '2013-02-28', '2017-01-20', 'وزير الخزانة الأمريكي'),
    r('Ambassador', 'usa', '2023-11-05', '2025-01-20', AMB_ISR),
  ], { al: ['Jacob Lew'], sh: ['ليو'] }),
  p('john-abizaid', 'John Abizaid', U, 'GOV', ['جون أبي زيد', 'جون أبو زيد'], [r('Ambassador', 'usa', '2019-04', '2021-01-20', 'السفير الأمريكي لدى السعودية')]),
  p('anne-w-patterson', 'Anne W. Patterson', U, 'GOV', ['آن باترسون', 'باترسون'], [
    r('Ambassador', 'usa', '2011-08', '2013-08', 'السفيرة الأمريكية لدى مصر'),
    r('Assistant Minister of Foreign Affairs', 'usa', '2013-12', '2017-05', NEA_F),
  ], { al: ['Anne Patterson'] }),
  p('douglas-silliman', 'Douglas Silliman', U, 'GOV', ['دوغلاس سيليمان', 'دوجلاس سيليمان', 'سيليمان'], [r('Ambassador', 'usa', '2016', '2019', 'السفير الأمريكي لدى العراق')]),
  p('matthew-tueller', 'Matthew Tueller', U, 'GOV', ['ماثيو تولر', 'ماثيو تيولر', 'تولر', 'تيولر'], [
    r('Ambassador', 'usa', '2014', '2019', 'السفير الأمريكي لدى اليمن'),
    r('Ambassador', 'usa', '2019', '2022', 'السفير الأمريكي لدى العراق'),
  ]),
  p('alina-romanowski', 'Alina Romanowski', U, 'GOV', ['ألينا رومانوسكي', 'رومانوسكي'], [r('Ambassador', 'usa', '2022-06', '2024', 'السفيرة الأمريكية لدى العراق')]),
  p('lisa-johnson', 'Lisa A. Johnson', U, 'GOV', ['ليزا جونسون'], [r('Ambassador', 'usa', '2024', '2025-09', 'السفيرة الأمريكية لدى لبنان')], { al: ['Lisa Johnson'] }),
  p('michel-issa', 'Michel Issa', U, 'GOV', ['ميشال عيسى', 'ميشيل عيسى'], [r('Ambassador', 'usa', '2025-11', null, 'السفير الأمريكي لدى لبنان')], { sh: ['عيسى'] }),
  // State Department officials
  p('wendy-sherman', 'Wendy Sherman', U, 'GOV', ['ويندي شيرمان', 'شيرمان'], [
    r('Under Secretary of State for Political Affairs', 'usa', '2011-09', '2015-10', 'وكيلة وزارة الخارجية الأمريكية للشؤون السياسية'),
    r('Deputy Minister of Foreign Affairs', 'usa', '2021-04-14', '2023-07-28', 'نائبة وزير الخارجية الأمريكي'),
  ]),
  p('victoria-nuland', 'Victoria Nuland', U, 'GOV', ['فيكتوريا نولاند', 'نولاند'], [
    r('Spokesperson', 'usa', '2011-05', '2013-04', STSP_F),
    r('Assistant Minister of Foreign Affairs', 'usa', '2013-09', '2017-01', 'مساعدة وزير الخارجية الأمريكي للشؤون الأوروبية'),
    r('Under Secretary of State for Political Affairs', 'usa', '2021-05-03', '2024-03', 'وكيلة وزارة الخارجية الأمريكية للشؤون السياسية'),
  ]),
  p('jeffrey-feltman', 'Jeffrey Feltman', U, 'GOV', ['جيفري فيلتمان', 'جيفري فلتمان', 'فيلتمان', 'فلتمان'], [
    r('Assistant Minister of Foreign Affairs', 'usa', '2009-08', '2012-05', NEA),
    r('Under-Secretary-General for Political Affairs', 'un', '2012-07-02', '2018-03-31', 'وكيل الأمين العام للأمم المتحدة للشؤون السياسية'),
    r('Special Envoy for the Horn of Africa', 'usa', '2021-04', '2022-01', 'المبعوث الأمريكي الخاص للقرن الأفريقي'),
  ]),
  p('david-schenker', 'David Schenker', U, 'GOV', ['ديفيد شينكر', 'ديفيد شنكر', 'شينكر', 'شنكر'], [r('Assistant Minister of Foreign Affairs', 'usa', '2019-06', '2021-01-20', NEA)]),
  p('barbara-leaf', 'Barbara A. Leaf', U, 'GOV', ['باربرا ليف', 'باربارا ليف'], [r('Assistant Minister of Foreign Affairs', 'usa', '2022-06', '2024-11', NEA_F)], { al: ['Barbara Leaf'], sh: ['ليف'] }),
  p('ernest-moniz', 'Ernest Moniz', U, 'GOV', ['إرنست مونيز', 'إرنست مونيس', 'مونيز'], [r('Minister of Energy', 'usa', '2013-05-21', '2017-01-20', 'وزير الطاقة الأمريكي')]),
  // Spokespeople
  p('jay-carney', 'Jay Carney', U, 'GOV', ['جاي كارني'], [r('Press Secretary', 'usa', '2011-02-11', '2014-06-20', WHPS)], { sh: ['كارني'] }),
  p('josh-earnest', 'Josh Earnest', U, 'GOV', ['جوش إرنست', 'جوش إيرنست'], [r('Press Secretary', 'usa', '2014-06-20', '2017-01-20', WHPS)], { sh: ['إرنست'] }),
  p('sean-spicer', 'Sean Spicer', U, 'GOV', ['شون سبايسر', 'شون سبايسير', 'سبايسر'], [r('Press Secretary', 'usa', '2017-01-20', '2017-07-21', WHPS)]),
  p('sarah-huckabee-sanders', 'Sarah Huckabee Sanders', U, 'GOV', ['سارة ساندرز', 'سارة هاكابي ساندرز'], [r('Press Secretary', 'usa', '2017-07-26', '2019-07-01', WHPS_F)], { al: ['Sarah Sanders'] }),
  p('stephanie-grisham', 'Stephanie Grisham', U, 'GOV', ['ستيفاني غريشام', 'ستيفاني جريشام'], [r('Press Secretary', 'usa', '2019-07-01', '2020-04-07', WHPS_F)]),
  p('kayleigh-mcenany', 'Kayleigh McEnany', U, 'GOV', ['كايلي ماكناني', 'كايلي ماكيناني', 'ماكناني'], [r('Press Secretary', 'usa', '2020-04-07', '2021-01-20', WHPS_F)]),
  p('jen-psaki', 'Jen Psaki', U, 'GOV', ['جين ساكي', 'جين بساكي', 'ساكي', 'بساكي'], [
    r('Spokesperson', 'usa', '2013-04', '2015-03-31', STSP_F),
    r('Press Secretary', 'usa', '2021-01-20', '2022-05-13', WHPS_F),
  ]),
  p('karine-jean-pierre', 'Karine Jean-Pierre', U, 'GOV', ['كارين جان بيير', 'كارين جان-بيير'], [r('Press Secretary', 'usa', '2022-05-13', '2025-01-20', WHPS_F)]),
  p('karoline-leavitt', 'Karoline Leavitt', U, 'GOV', ['كارولين ليفيت', 'كارولين ليفات', 'كارولاين ليفيت', 'ليفيت'], [r('Press Secretary', 'usa', '2025-01-20', null, WHPS_F)]),
  p('john-kirby', 'John Kirby', U, 'GOV', ['جون كيربي', 'كيربي'], [
    r('Defense Ministry Spokesperson', 'usa', '2013-12', '2015-05', 'المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون)'),
    r('Spokesperson', 'usa', '2015-05-11', '2017-01-20', STSP),
    r('Defense Ministry Spokesperson', 'usa', '2021-01-20', '2022-05', 'المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون)'),
    r('National Security Communications Adviser', 'usa', '2022-05', '2025-01-20', 'منسق الاتصالات الاستراتيجية في مجلس الأمن القومي الأمريكي'),
  ]),
  p('heather-nauert', 'Heather Nauert', U, 'GOV', ['هيذر نويرت', 'هيذر ناورت', 'نويرت'], [r('Spokesperson', 'usa', '2017-04', '2019-03', STSP_F)]),
  p('ned-price', 'Ned Price', U, 'GOV', ['نيد برايس', 'برايس'], [r('Spokesperson', 'usa', '2021-01-20', '2023-03', STSP)]),
  p('matthew-miller', 'Matthew Miller', U, 'GOV', ['ماثيو ميلر', 'ماتيو ميلر', 'ماثيو ميللر'], [r('Spokesperson', 'usa', '2023-05', '2025-01-20', STSP)], { sh: ['ميلر'] }),
  p('vedant-patel', 'Vedant Patel', U, 'GOV', ['فيدانت باتيل', 'فيدانت باتل'], [r('Deputy Spokesperson', 'usa', '2021', '2025-01-20', 'نائب المتحدث باسم وزارة الخارجية الأمريكية')], { sh: ['باتيل'] }),
  p('tammy-bruce', 'Tammy Bruce', U, 'GOV', ['تامي بروس'], [
    r('Spokesperson', 'usa', '2025-01', '2025-12', STSP_F),
    r('Deputy Ambassador to the United Nations', 'usa', '2026-01', null, 'نائبة المندوب الأمريكي لدى الأمم المتحدة'),
  ], { sh: ['بروس'] }),
  p('tommy-pigott', 'Tommy Pigott', U, 'GOV', ['تومي بيغوت', 'تومي بيجوت', 'تومي بيغوث'], [r('Deputy Spokesperson', 'usa', '2025-01', null, 'نائب المتحدث باسم وزارة الخارجية الأمريكية')]),
  p('pat-ryder', 'Pat Ryder', U, 'MIL', ['بات رايدر', 'باتريك رايدر'], [r('Defense Ministry Spokesperson', 'usa', '2022-08', '2025-01-20', 'المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون)')], { al: ['Patrick Ryder'], sh: ['رايدر'] }),
  // Military
  p('joseph-votel', 'Joseph Votel', U, 'MIL', ['جوزيف فوتيل', 'جوزيف فوتل', 'فوتيل', 'فوتل'], [r('Commander', 'centcom', '2016-03-30', '2019-03-28', CENTCOM)]),
  p('kenneth-f-mckenzie-jr', 'Kenneth F. McKenzie Jr.', U, 'MIL', ['كينيث ماكنزي', 'كينيث ماكينزي', 'فرانك ماكنزي', 'فرانك ماكينزي', 'ماكنزي', 'ماكينزي'], [r('Commander', 'centcom', '2019-03-28', '2022-04-01', CENTCOM)], { al: ['Kenneth McKenzie', 'Frank McKenzie'] }),
  p('michael-kurilla', 'Michael Kurilla', U, 'MIL', ['مايكل كوريلا', 'مايكل إريك كوريلا', 'إريك كوريلا', 'كوريلا'], [r('Commander', 'centcom', '2022-04-01', '2025-08-08', CENTCOM)], { al: ['Michael Erik Kurilla', 'Erik Kurilla'] }),
  p('brad-cooper', 'Brad Cooper', U, 'MIL', ['براد كوبر', 'برادلي كوبر'], [r('Commander', 'centcom', '2025-08-08', null, CENTCOM)], { al: ['Charles Bradford Cooper II', 'Bradley Cooper'], sh: ['كوبر'] }),
  p('mike-mullen', 'Mike Mullen', U, 'MIL', ['مايك مولن', 'مايكل مولن', 'مولن'], [r('Chief of General Staff', 'usa', '2007-10-01', '2011-09-30', CJCS)]),
  p('martin-dempsey', 'Martin Dempsey', U, 'MIL', ['مارتن ديمبسي', 'ديمبسي'], [r('Chief of General Staff', 'usa', '2011-10-01', '2015-09-25', CJCS)]),
  p('joseph-dunford', 'Joseph Dunford', U, 'MIL', ['جوزيف دانفورد', 'جوزف دانفورد', 'دانفورد'], [r('Chief of General Staff', 'usa', '2015-10-01', '2019-09-30', CJCS)]),
  p('mark-milley', 'Mark Milley', U, 'MIL', ['مارك ميلي'], [r('Chief of General Staff', 'usa', '2019-10-01', '2023-09-30', CJCS)], { sh: ['ميلي'] }),
  p('charles-q-brown-jr', 'Charles Q. Brown Jr.', U, 'MIL', ['تشارلز براون', 'تشارلز كيو براون', 'سي كيو براون'], [r('Chief of General Staff', 'usa', '2023-10-01', '2025-02-21', CJCS)], { al: ['CQ Brown', 'Charles Brown'] }),
  p('dan-caine', 'Dan Caine', U, 'MIL', ['دان كين', 'دان كاين', 'دانيال كين'], [r('Chief of General Staff', 'usa', '2025-04-11', null, CJCS)], { al: ['John Daniel Caine', 'Razin Caine'], sh: ['كين', 'كاين'] }),
  // Congress
  p('john-boehner', 'John Boehner', U, 'LEG', ['جون بينر', 'جون بوينر', 'بينر', 'بوينر'], [r('Speaker of Parliament', 'usa', '2011-01-05', '2015-10-29', SPEAKER)]),
  p('paul-ryan', 'Paul Ryan', U, 'LEG', ['بول رايان'], [r('Speaker of Parliament', 'usa', '2015-10-29', '2019-01-03', SPEAKER)], { sh: ['رايان'] }),
  p('nancy-pelosi', 'Nancy Pelosi', U, 'LEG', ['نانسي بيلوسي', 'بيلوسي'], [
    r('Speaker of Parliament', 'usa', '2007-01-04', '2011-01-03', SPEAKER_F),
    r('Speaker of Parliament', 'usa', '2019-01-03', '2023-01-03', SPEAKER_F),
  ], { wd: 'Q170581' }),
  p('kevin-mccarthy', 'Kevin McCarthy', U, 'LEG', ['كيفن مكارثي', 'كيفين مكارثي', 'كيفن ماكارثي', 'مكارثي', 'ماكارثي'], [r('Speaker of Parliament', 'usa', '2023-01-07', '2023-10-03', SPEAKER)]),
  p('mike-johnson', 'Mike Johnson', U, 'LEG', ['مايك جونسون'], [r('Speaker of Parliament', 'usa', '2023-10-25', null, SPEAKER)], { sh: ['جونسون'], dis: sameRole }),
  p('lindsey-graham', 'Lindsey Graham', U, 'LEG', ['ليندسي غراهام', 'ليندسي جراهام', 'غراهام', 'جراهام'], [r('Senator', 'usa', '2003-01-03', null, SEN)]),
  p('john-mccain', 'John McCain', U, 'LEG', ['جون ماكين', 'ماكين'], [r('Senator', 'usa', '1987-01-03', '2018-08-25', SEN)]),
  p('bernie-sanders', 'Bernie Sanders', U, 'LEG', ['بيرني ساندرز', 'بيرني ساندرز'], [r('Senator', 'usa', '2007-01-03', null, SEN)], { sh: ['ساندرز'], wd: 'Q359442' }),
  p('chuck-schumer', 'Chuck Schumer', U, 'LEG', ['تشاك شومر', 'شومر'], [
    r('Senate Minority Leader', 'usa', '2017-01-03', '2021-01-20', 'زعيم الأقلية الديمقراطية في مجلس الشيوخ الأمريكي'),
    r('Senate Majority Leader', 'usa', '2021-01-20', '2025-01-03', 'زعيم الأغلبية في مجلس الشيوخ الأمريكي'),
    r('Senate Minority Leader', 'usa', '2025-01-03', null, 'زعيم الأقلية الديمقراطية في مجلس الشيوخ الأمريكي'),
  ]),
  p('mitch-mcconnell', 'Mitch McConnell', U, 'LEG', ['ميتش ماكونيل', 'ميتش مكونيل', 'ماكونيل'], [
    r('Senate Majority Leader', 'usa', '2015-01-03', '2021-01-20', 'زعيم الأغلبية في مجلس الشيوخ الأمريكي'),
    r('Senate Minority Leader', 'usa', '2021-01-20', '2025-01-03', 'زعيم الأقلية الجمهورية في مجلس الشيوخ الأمريكي'),
  ]),
  p('john-thune', 'John Thune', U, 'LEG', ['جون ثون', 'جون ثيون'], [r('Senate Majority Leader', 'usa', '2025-01-03', null, 'زعيم الأغلبية في مجلس الشيوخ الأمريكي')]),
  p('ted-cruz', 'Ted Cruz', U, 'LEG', ['تيد كروز'], [r('Senator', 'usa', '2013-01-03', null, SEN)], { sh: ['كروز'] }),
  p('tom-cotton', 'Tom Cotton', U, 'LEG', ['توم كوتون', 'كوتون'], [r('Senator', 'usa', '2015-01-03', null, SEN)]),
  p('rand-paul', 'Rand Paul', U, 'LEG', ['راند بول'], [r('Senator', 'usa', '2011-01-03', null, SEN)]),
  p('bob-menendez', 'Bob Menendez', U, 'LEG', ['بوب مينينديز', 'روبرت مينينديز', 'بوب منينديز', 'مينينديز'], [
    r('Senator', 'usa', '2006-01-18', '2024-08-20', SEN),
    r('Chairman of the Senate Foreign Relations Committee', 'usa', '2021-02-03', '2023-09-22', 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي'),
  ]),
  p('ben-cardin', 'Ben Cardin', U, 'LEG', ['بن كاردين', 'كاردين'], [r('Chairman of the Senate Foreign Relations Committee', 'usa', '2023-09-22', '2025-01-03', 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي')]),
  p('jim-risch', 'Jim Risch', U, 'LEG', ['جيم ريش'], [
    r('Chairman of the Senate Foreign Relations Committee', 'usa', '2019-01-03', '2021-02-03', 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي'),
    r('Chairman of the Senate Foreign Relations Committee', 'usa', '2025-01-03', null, 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي'),
  ]),
  p('bob-corker', 'Bob Corker', U, 'LEG', ['بوب كوركر', 'كوركر'], [r('Chairman of the Senate Foreign Relations Committee', 'usa', '2015-01-03', '2019-01-03', 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي')]),
  p('chris-van-hollen', 'Chris Van Hollen', U, 'LEG', ['كريس فان هولين', 'فان هولين'], [r('Senator', 'usa', '2017-01-03', null, SEN)]),
  p('chris-murphy', 'Chris Murphy', U, 'LEG', ['كريس ميرفي', 'كريس مورفي'], [r('Senator', 'usa', '2013-01-03', null, SEN)], { sh: ['ميرفي', 'مورفي'] }),
  p('elizabeth-warren', 'Elizabeth Warren', U, 'LEG', ['إليزابيث وارن'], [r('Senator', 'usa', '2013-01-03', null, SEN_F)], { sh: ['وارن'] }),
  p('rashida-tlaib', 'Rashida Tlaib', U, 'LEG', ['رشيدة طليب', 'طليب'], [r('Member of the House of Representatives', 'usa', '2019-01-03', null, REP_F)]),
  p('ilhan-omar', 'Ilhan Omar', U, 'LEG', ['إلهان عمر', 'الهان عمر'], [r('Member of the House of Representatives', 'usa', '2019-01-03', null, REP_F)]),
  p('zohran-mamdani', 'Zohran Mamdani', U, 'GOV', ['زهران ممداني', 'ممداني'], [
    r('Member of the New York State Assembly', 'usa', '2021-01-01', '2025-12-31', 'عضو جمعية ولاية نيويورك'),
    r('Mayor of New York City', 'usa', '2026-01-01', null, 'عمدة نيويورك'),
  ]),
  // White House chiefs of staff
  p('william-m-daley', 'William M. Daley', U, 'GOV', ['وليام دالي', 'ويليام دالي'], [r('Chief of Staff', 'usa', '2011-01-13', '2012-01-27', 'كبير موظفي البيت الأبيض')], { al: ['Bill Daley'] }),
  p('denis-mcdonough', 'Denis McDonough', U, 'GOV', ['دينيس ماكدونو', 'دنيس ماكدونو', 'ماكدونو'], [r('Chief of Staff', 'usa', '2013-01-25', '2017-01-20', 'كبير موظفي البيت الأبيض')]),
  p('reince-priebus', 'Reince Priebus', U, 'GOV', ['رينس بريبوس', 'راينس بريبوس', 'بريبوس'], [r('Chief of Staff', 'usa', '2017-01-20', '2017-07-31', 'كبير موظفي البيت الأبيض')]),
  p('john-f-kelly', 'John F. Kelly', U, 'GOV', ['جون كيلي'], [r('Chief of Staff', 'usa', '2017-07-31', '2019-01-02', 'كبير موظفي البيت الأبيض')], { al: ['John Kelly'], sh: ['كيلي'] }),
  p('mick-mulvaney', 'Mick Mulvaney', U, 'GOV', ['ميك مولفاني', 'مولفاني'], [r('Chief of Staff', 'usa', '2019-01-02', '2020-03-31', 'كبير موظفي البيت الأبيض بالإنابة')]),
  p('mark-meadows', 'Mark Meadows', U, 'GOV', ['مارك ميدوز', 'ميدوز'], [r('Chief of Staff', 'usa', '2020-03-31', '2021-01-20', 'كبير موظفي البيت الأبيض')]),
  p('ron-klain', 'Ron Klain', U, 'GOV', ['رون كلاين'], [r('Chief of Staff', 'usa', '2021-01-20', '2023-02-08', 'كبير موظفي البيت الأبيض')], { sh: ['كلاين'] }),
  p('jeff-zients', 'Jeff Zients', U, 'GOV', ['جيف زينتس', 'جيف زاينتس', 'زينتس'], [r('Chief of Staff', 'usa', '2023-02-08', '2025-01-20', 'كبير موظفي البيت الأبيض')]),
  p('susie-wiles', 'Susie Wiles', U, 'GOV', ['سوزي وايلز', 'سوزي وايلس', 'وايلز'], [r('Chief of Staff', 'usa', '2025-01-20', null, 'كبيرة موظفي البيت الأبيض')]),
  // Deputy secretaries of state
  p('john-j-sullivan', 'John J. Sullivan', U, 'GOV', ['جون سوليفان'], [r('Deputy Minister of Foreign Affairs', 'usa', '2017-05-24', '2019-12-21', 'نائب وزير الخارجية الأمريكي')], { sh: ['سوليفان'] }),
  p('stephen-biegun', 'Stephen Biegun', U, 'GOV', ['ستيفن بيغن', 'ستيفن بيجن', 'بيغن'], [r('Deputy Minister of Foreign Affairs', 'usa', '2019-12-21', '2021-01-20', 'نائب وزير الخارجية الأمريكي')]),
  p('kurt-campbell', 'Kurt M. Campbell', U, 'GOV', ['كيرت كامبل', 'كورت كامبل'], [r('Deputy Minister of Foreign Affairs', 'usa', '2024-02-12', '2025-01-20', 'نائب وزير الخارجية الأمريكي')], { al: ['Kurt Campbell'], sh: ['كامبل'] }),
  p('christopher-landau', 'Christopher Landau', U, 'GOV', ['كريستوفر لانداو', 'لانداو'], [r('Deputy Minister of Foreign Affairs', 'usa', '2025-03-25', null, 'نائب وزير الخارجية الأمريكي')]),
  p('sean-parnell', 'Sean Parnell', U, 'GOV', ['شون بارنيل', 'شون بارنل', 'بارنيل'], [r('Defense Ministry Spokesperson', 'usa', '2025-01', null, 'المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون)')]),
  // Treasury
  p('timothy-geithner', 'Timothy Geithner', U, 'GOV', ['تيموثي غايتنر', 'تيموثي جايتنر', 'غايتنر'], [r('Minister of Finance', 'usa', '2009-01-26', '2013-01-25', TREAS)]),
  p('steven-mnuchin', 'Steven Mnuchin', U, 'GOV', ['ستيفن منوتشين', 'ستيفن منوشين', 'منوتشين', 'منوشين'], [r('Minister of Finance', 'usa', '2017-02-13', '2021-01-20', TREAS)]),
  p('janet-yellen', 'Janet Yellen', U, 'GOV', ['جانيت يلين', 'جانيت يلن', 'يلين'], [r('Minister of Finance', 'usa', '2021-01-26', '2025-01-20', TREAS_F)]),
  p('scott-bessent', 'Scott Bessent', U, 'GOV', ['سكوت بيسنت', 'بيسنت'], [r('Minister of Finance', 'usa', '2025-01-28', null, TREAS)]),
];
