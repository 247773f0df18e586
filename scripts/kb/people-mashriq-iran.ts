// Iran: leadership, presidency, foreign ministry, defence, IRGC, nuclear file, security council.
import { p, type PersonSpec } from './people-mashriq-lib.ts';

const I = 'IRN';
const SNSC = 'Secretary of the Supreme National Security Council';
const SNSC_AR = 'أمين المجلس الأعلى للأمن القومي الإيراني';
const AEOI = 'Head of the Atomic Energy Organization';
const AEOI_AR = 'رئيس منظمة الطاقة الذرية الإيرانية';
const IRGC_AR = 'القائد العام للحرس الثوري الإيراني';

export const IRAN: readonly PersonSpec[] = [
  p('ali-khamenei', 'Ali Khamenei', I, 'GOV', ['علي خامنئي', 'آية الله علي خامنئي', 'علي الخامنئي', 'السيد علي خامنئي'], [
    ['President', 'irn', '1981-10-13', '1989-08-03'],
    ['Supreme Leader', 'irn', '1989-06-04', '2026-02-28'],
  ], { al: ['Ayatollah Khamenei', 'Sayyid Ali Khamenei'], sh: ['خامنئي', 'الخامنئي'], src: 'Killed in the US-Israeli strikes of 28 February 2026 (Iranian state media, Reuters).' }),
  p('mojtaba-khamenei', 'Mojtaba Khamenei', I, 'GOV', ['مجتبى خامنئي', 'مجتبى الخامنئي', 'السيد مجتبى خامنئي'], [
    ['Supreme Leader', 'irn', '2026-03-08', null],
  ], { al: ['Mojtaba Hosseini Khamenei', 'Mujtaba Khamenei'], sh: ['خامنئي', 'الخامنئي', 'مجتبى'], src: 'Named Supreme Leader by the Assembly of Experts on 8 March 2026 (announced overnight 8-9 March; Iranian state media).' }),
  p('mahmoud-ahmadinejad', 'Mahmoud Ahmadinejad', I, 'GOV', ['محمود أحمدي نجاد', 'أحمدي نجاد', 'احمدي نژاد'], [
    ['President', 'irn', '2005-08-03', '2013-08-03'],
  ]),
  p('hassan-rouhani', 'Hassan Rouhani', I, 'GOV', ['حسن روحاني', 'روحاني'], [
    [SNSC, 'irn', '1989', '2005-08-15', SNSC_AR],
    ['President', 'irn', '2013-08-03', '2021-08-03'],
  ], { al: ['Hassan Rowhani'] }),
  p('ebrahim-raisi', 'Ebrahim Raisi', I, 'GOV', ['إبراهيم رئيسي', 'ابراهيم رئيسي', 'إبراهيم رئيسى'], [
    ['Chief Justice', 'irn', '2019-03-07', '2021-07-01'],
    ['President', 'irn', '2021-08-03', '2024-05-19'],
  ], { al: ['Ibrahim Raisi', 'Ebrahim Raeisi'], sh: ['رئيسي'], src: 'Died in the helicopter crash of 19 May 2024.' }),
  p('mohammad-mokhber', 'Mohammad Mokhber', I, 'GOV', ['محمد مخبر', 'مخبر'], [
    ['First Vice President', 'irn', '2021-08-08', '2024-07-28'],
    ['Acting President', 'irn', '2024-05-20', '2024-07-28'],
  ]),
  p('masoud-pezeshkian', 'Masoud Pezeshkian', I, 'GOV', ['مسعود بزشكيان', 'بزشكيان', 'مسعود پزشکیان', 'بزشكيان', 'مسعود بيزشكيان', 'بيزشكيان'], [
    ['President', 'irn', '2024-07-28', null],
  ], { al: ['Masud Pezeshkian'] }),
  p('mohammad-khatami', 'Mohammad Khatami', I, 'GOV', ['محمد خاتمي', 'خاتمي'], [
    ['President', 'irn', '1997-08-03', '2005-08-03'],
  ]),
  p('akbar-hashemi-rafsanjani', 'Akbar Hashemi Rafsanjani', I, 'GOV', ['أكبر هاشمي رفسنجاني', 'هاشمي رفسنجاني', 'رفسنجاني', 'علي أكبر هاشمي رفسنجاني'], [
    ['President', 'irn', '1989-08-03', '1997-08-03'],
    ['Chairman of the Expediency Discernment Council', 'irn', '1989', '2017-01-08', 'رئيس مجمع تشخيص مصلحة النظام'],
  ]),
  p('mir-hossein-mousavi', 'Mir-Hossein Mousavi', I, 'OPP', ['مير حسين موسوي'], [
    ['Prime Minister', 'irn', '1981-10-31', '1989-08-03'],
  ]),
  p('mehdi-karroubi', 'Mehdi Karroubi', I, 'OPP', ['مهدي كروبي', 'كروبي'], [
    ['Speaker of Parliament', 'irn', '2000-05-27', '2004-05-27', 'رئيس مجلس الشورى الإسلامي'],
  ]),
  p('eshaq-jahangiri', 'Eshaq Jahangiri', I, 'GOV', ['إسحاق جهانغيري', 'إسحاق جهانجيري', 'جهانغيري'], [
    ['First Vice President', 'irn', '2013-08-05', '2021-08-03'],
  ]),
  p('mohammad-reza-rahimi', 'Mohammad-Reza Rahimi', I, 'GOV', ['محمد رضا رحيمي'], [
    ['First Vice President', 'irn', '2009-09-13', '2013-08-03'],
  ]),
  p('mohammad-reza-aref', 'Mohammad Reza Aref', I, 'GOV', ['محمد رضا عارف'], [
    ['First Vice President', 'irn', '2001-08', '2005-08'],
    ['First Vice President', 'irn', '2024-08', null],
  ]),
  // foreign ministry
  p('ali-akbar-salehi', 'Ali Akbar Salehi', I, 'GOV', ['علي أكبر صالحي'], [
    [AEOI, 'irn', '2009-07-16', '2010-12-13', AEOI_AR],
    ['Minister of Foreign Affairs', 'irn', '2010-12-13', '2013-08-15'],
    [AEOI, 'irn', '2013-08-16', '2021-08-29', AEOI_AR],
  ], { sh: ['صالحي'] }),
  p('mohammad-javad-zarif', 'Mohammad Javad Zarif', I, 'GOV', ['محمد جواد ظريف', 'جواد ظريف', 'ظريف'], [
    ['Ambassador to the United Nations', 'irn', '2002', '2007'],
    ['Minister of Foreign Affairs', 'irn', '2013-08-15', '2021-08-25'],
    ['Chief Negotiator', 'irn', '2013-08-15', '2021-08-25', 'كبير المفاوضين الإيرانيين'],
    ['Vice President for Strategic Affairs', 'irn', '2024-08-01', '2025-03-02', 'نائب الرئيس الإيراني للشؤون الاستراتيجية'],
  ], { al: ['Javad Zarif'] }),
  p('hossein-amir-abdollahian', 'Hossein Amir-Abdollahian', I, 'GOV', ['حسين أمير عبد اللهيان', 'أمير عبد اللهيان', 'عبد اللهيان', 'حسين أمير عبداللهيان', 'عبداللهيان'], [
    ['Minister of Foreign Affairs', 'irn', '2021-08-25', '2024-05-19'],
  ], { al: ['Hossein Amirabdollahian', 'Amir-Abdollahian'], src: 'Died in the helicopter crash of 19 May 2024.' }),
  p('ali-bagheri-kani', 'Ali Bagheri Kani', I, 'GOV', ['علي باقري كني', 'باقري كني', 'علي باقري'], [
    ['Deputy Minister of Foreign Affairs', 'irn', '2021-09', '2024-05-19'],
    ['Chief Negotiator', 'irn', '2021-09', '2024-08', 'كبير المفاوضين الإيرانيين'],
    ['Acting Minister of Foreign Affairs', 'irn', '2024-05-19', '2024-08-21'],
  ], { al: ['Ali Bagheri'] }),
  p('abbas-araghchi', 'Abbas Araghchi', I, 'GOV', ['عباس عراقجي', 'عراقجي', 'عباس عراقتشي', 'عراقتشي', 'عباس عراقچي'], [
    ['Deputy Minister of Foreign Affairs', 'irn', '2013', '2021-08'],
    ['Minister of Foreign Affairs', 'irn', '2024-08-21', null],
    ['Chief Negotiator', 'irn', '2025-04', null, 'كبير المفاوضين الإيرانيين'],
  ], { al: ['Abbas Aragchi', 'Seyed Abbas Araghchi'] }),
  p('kazem-gharibabadi', 'Kazem Gharibabadi', I, 'GOV', ['كاظم غريب آبادي', 'غريب آبادي', 'كاظم غريبآبادي'], [
    ['Ambassador to the IAEA', 'irn', '2018', '2021', 'مندوب إيران لدى الوكالة الدولية للطاقة الذرية'],
    ['Deputy Minister of Foreign Affairs', 'irn', '2024-08', null],
  ]),
  p('majid-takht-ravanchi', 'Majid Takht-Ravanchi', I, 'GOV', ['مجيد تخت روانجي', 'تخت روانجي', 'مجيد تخت روانتشي'], [
    ['Ambassador to the United Nations', 'irn', '2019', '2022'],
    ['Deputy Minister of Foreign Affairs', 'irn', '2024-08', null],
  ]),
  p('mohammad-khazaee', 'Mohammad Khazaee', I, 'GOV', ['محمد خزاعي'], [
    ['Ambassador to the United Nations', 'irn', '2007', '2014'],
  ]),
  p('gholamali-khoshroo', 'Gholamali Khoshroo', I, 'GOV', ['غلام علي خوشرو', 'خوشرو'], [
    ['Ambassador to the United Nations', 'irn', '2014', '2019'],
  ]),
  p('amir-saeid-iravani', 'Amir Saeid Iravani', I, 'GOV', ['أمير سعيد إيرواني', 'سعيد إيرواني', 'إيرواني'], [
    ['Ambassador to the United Nations', 'irn', '2022', null],
  ], { al: ['Amir-Saeid Iravani'] }),
  p('ramin-mehmanparast', 'Ramin Mehmanparast', I, 'GOV', ['رامين مهمانبرست', 'مهمانبرست', 'رامين مهمان برست'], [
    ['Spokesperson', 'irn', '2008', '2013'],
  ], { src: 'Spokesperson years as recalled; month not given.' }),
  p('marzieh-afkham', 'Marzieh Afkham', I, 'GOV', ['مرضية أفخم', 'أفخم'], [
    ['Spokesperson', 'irn', '2013', '2015', 'المتحدثة باسم وزارة الخارجية الإيرانية'],
  ], { src: 'Spokesperson years as recalled; month not given.' }),
  p('hossein-jaberi-ansari', 'Hossein Jaberi Ansari', I, 'GOV', ['حسين جابري أنصاري', 'جابري أنصاري'], [
    ['Spokesperson', 'irn', '2015', '2016'],
  ], { src: 'Spokesperson years as recalled; month not given.' }),
  p('bahram-ghasemi', 'Bahram Ghasemi', I, 'GOV', ['بهرام قاسمي'], [
    ['Spokesperson', 'irn', '2016', '2019'],
  ], { src: 'Spokesperson years as recalled; month not given.' }),
  p('abbas-mousavi', 'Abbas Mousavi', I, 'GOV', ['عباس موسوي'], [
    ['Spokesperson', 'irn', '2019', '2020'],
  ], { src: 'Spokesperson years as recalled; month not given.' }),
  p('saeed-khatibzadeh', 'Saeed Khatibzadeh', I, 'GOV', ['سعيد خطيب زاده', 'خطيب زاده', 'سعيد خطيبزاده'], [
    ['Spokesperson', 'irn', '2020', '2022'],
  ], { src: 'Spokesperson years as recalled; month not given.' }),
  p('nasser-kanaani', 'Nasser Kanaani', I, 'GOV', ['ناصر كنعاني', 'كنعاني'], [
    ['Spokesperson', 'irn', '2022', '2024'],
  ], { al: ['Nasser Kanani'], src: 'Spokesperson years as recalled; month not given.' }),
  p('esmaeil-baghaei', 'Esmaeil Baghaei', I, 'GOV', ['إسماعيل بقائي', 'بقائي', 'إسماعيل بقائي هامانه'], [
    ['Spokesperson', 'irn', '2024', null],
  ], { al: ['Esmaeil Baqaei', 'Ismail Baghaei'] }),
  p('ali-akbar-velayati', 'Ali Akbar Velayati', I, 'GOV', ['علي أكبر ولايتي', 'ولايتي'], [
    ['Minister of Foreign Affairs', 'irn', '1981-12', '1997-08'],
    ['Adviser to the Supreme Leader for International Affairs', 'irn', '1997', null, 'مستشار المرشد الأعلى للشؤون الدولية'],
  ]),
  p('kamal-kharazi', 'Kamal Kharazi', I, 'GOV', ['كمال خرازي', 'خرازي'], [
    ['Minister of Foreign Affairs', 'irn', '1997-08', '2005-08'],
    ['Head of the Strategic Council on Foreign Relations', 'irn', '2006', null, 'رئيس المجلس الاستراتيجي للعلاقات الخارجية في إيران'],
  ]),
  // nuclear file and security council
  p('fereydoon-abbasi', 'Fereydoon Abbasi', I, 'GOV', ['فريدون عباسي', 'فريدون عباسي دواني'], [
    [AEOI, 'irn', '2011-02-13', '2013-08-16', AEOI_AR],
  ]),
  p('mohammad-eslami', 'Mohammad Eslami', I, 'GOV', ['محمد إسلامي'], [
    [AEOI, 'irn', '2021-08-29', null, AEOI_AR],
  ]),
  p('behrouz-kamalvandi', 'Behrouz Kamalvandi', I, 'GOV', ['بهروز كمالوندي', 'كمالوندي'], [
    ['Spokesperson of the Atomic Energy Organization', 'irn', '2013', null, 'المتحدث باسم منظمة الطاقة الذرية الإيرانية'],
  ]),
  p('saeed-jalili', 'Saeed Jalili', I, 'GOV', ['سعيد جليلي', 'جليلي'], [
    [SNSC, 'irn', '2007-10-20', '2013-09-10', SNSC_AR],
    ['Chief Negotiator', 'irn', '2007-10-20', '2013-09-10', 'كبير المفاوضين النوويين الإيرانيين'],
  ]),
  p('ali-shamkhani', 'Ali Shamkhani', I, 'GOV', ['علي شمخاني', 'شمخاني'], [
    ['Minister of Defense', 'irn', '1997-08', '2005-08'],
    [SNSC, 'irn', '2013-09-10', '2023-05-22', SNSC_AR],
    ['Secretary of the Defense Council', 'irn', '2025', '2026-02-28', 'أمين مجلس الدفاع الإيراني'],
  ], { src: 'Killed in the strikes of 28 February 2026 (Iranian foreign ministry).' }),
  p('ali-akbar-ahmadian', 'Ali Akbar Ahmadian', I, 'GOV', ['علي أكبر أحمديان', 'أحمديان'], [
    [SNSC, 'irn', '2023-05-22', '2025-08-05', SNSC_AR],
  ]),
  p('ali-larijani', 'Ali Larijani', I, 'GOV', ['علي لاريجاني'], [
    [SNSC, 'irn', '2005-08-15', '2007-10-20', SNSC_AR],
    ['Speaker of Parliament', 'irn', '2008-05-28', '2020-05-28', 'رئيس مجلس الشورى الإسلامي'],
    [SNSC, 'irn', '2025-08-05', '2026-03-17', SNSC_AR],
  ], { sh: ['لاريجاني'], src: 'Killed in an Israeli strike on 17 March 2026 (confirmed by the SNSC).' }),
  p('sadegh-larijani', 'Sadegh Amoli Larijani', I, 'JUD', ['صادق آملي لاريجاني', 'صادق لاريجاني', 'آملي لاريجاني'], [
    ['Chief Justice', 'irn', '2009-08-15', '2019-03-07'],
    ['Chairman of the Expediency Discernment Council', 'irn', '2018-12-29', null, 'رئيس مجمع تشخيص مصلحة النظام'],
  ], { al: ['Sadeq Larijani', 'Sadegh Larijani'], sh: ['لاريجاني'] }),
  p('mohammad-bagher-ghalibaf', 'Mohammad Bagher Ghalibaf', I, 'GOV', ['محمد باقر قاليباف', 'قاليباف', 'محمد باقر قاليباف'], [
    ['Mayor of Tehran', 'irn', '2005-09', '2017-08', 'رئيس بلدية طهران'],
    ['Speaker of Parliament', 'irn', '2020-05-28', null, 'رئيس مجلس الشورى الإسلامي'],
  ], { al: ['Mohammad-Bagher Ghalibaf', 'Qalibaf'] }),
  p('gholam-hossein-mohseni-ejei', 'Gholam-Hossein Mohseni-Ejei', I, 'JUD', ['غلام حسين محسني إيجئي', 'محسني إيجئي', 'محسني إجئي'], [
    ['Minister of Intelligence', 'irn', '2005-08', '2009-07'],
    ['Chief Justice', 'irn', '2021-07-01', null],
  ]),
  p('ahmad-jannati', 'Ahmad Jannati', I, 'REL', ['أحمد جنتي', 'جنتي'], [
    ['Secretary of the Guardian Council', 'irn', '1992-07', null, 'أمين مجلس صيانة الدستور'],
    ['Chairman of the Assembly of Experts', 'irn', '2016-05-24', '2024-05', 'رئيس مجلس خبراء القيادة'],
  ]),
  p('mohsen-rezaee', 'Mohsen Rezaee', I, 'GOV', ['محسن رضائي'], [
    ['Commander', 'irgc', '1981', '1997', IRGC_AR],
    ['Secretary of the Expediency Discernment Council', 'irn', '1997', '2021', 'أمين مجمع تشخيص مصلحة النظام'],
  ]),
  // armed forces and IRGC
  p('mohammad-ali-jafari', 'Mohammad Ali Jafari', I, 'MIL', ['محمد علي جعفري'], [
    ['Commander', 'irgc', '2007-09-01', '2019-04-21', IRGC_AR],
  ], { al: ['Mohammad Ali Aziz Jafari'] }),
  p('hossein-salami', 'Hossein Salami', I, 'MIL', ['حسين سلامي', 'سلامي'], [
    ['Commander', 'irgc', '2019-04-21', '2025-06-13', IRGC_AR],
  ], { src: 'Killed in the Israeli strikes of 13 June 2025.' }),
  p('mohammad-pakpour', 'Mohammad Pakpour', I, 'MIL', ['محمد باكبور', 'باكبور', 'محمد پاکپور', 'محمد باكپور'], [
    ['Commander of the IRGC Ground Force', 'irgc', '2009', '2025-06-13', 'قائد القوات البرية في الحرس الثوري'],
    ['Commander', 'irgc', '2025-06-13', '2026-02-28', IRGC_AR],
  ], { src: 'Killed in the strikes of 28 February 2026 (Iranian state media).' }),
  p('ahmad-vahidi', 'Ahmad Vahidi', I, 'MIL', ['أحمد وحيدي', 'وحيدي'], [
    ['Minister of Defense', 'irn', '2009-09-03', '2013-08-15'],
    ['Minister of the Interior', 'irn', '2021-08-25', '2024-08-21'],
    ['Deputy Commander', 'irgc', '2025-12', '2026-03-01', 'نائب القائد العام للحرس الثوري'],
    ['Commander', 'irgc', '2026-03-01', null, IRGC_AR],
  ], { src: 'Named IRGC commander on 1 March 2026 after Pakpour was killed (Hamshahri via Reuters).' }),
  p('qasem-soleimani', 'Qasem Soleimani', I, 'MIL', ['قاسم سليماني', 'سليماني', 'الحاج قاسم سليماني'], [
    ['Commander', 'quds-force', '1998', '2020-01-03', 'قائد فيلق القدس'],
  ], { al: ['Qassem Soleimani', 'Ghasem Soleimani'], src: 'Killed in a US strike at Baghdad airport on 3 January 2020.' }),
  p('esmail-qaani', 'Esmail Qaani', I, 'MIL', ['إسماعيل قاآني', 'قاآني', 'إسماعيل قآني', 'قآني', 'إسماعيل قاءاني'], [
    ['Deputy Commander', 'quds-force', '1997', '2020-01-03', 'نائب قائد فيلق القدس'],
    ['Commander', 'quds-force', '2020-01-03', null, 'قائد فيلق القدس'],
  ], { al: ['Esmail Ghaani', 'Ismail Qaani'] }),
  p('amir-ali-hajizadeh', 'Amir Ali Hajizadeh', I, 'MIL', ['أمير علي حاجي زاده', 'حاجي زاده', 'أمير علي حاجيزاده'], [
    ['Commander of the IRGC Aerospace Force', 'irgc', '2009-10', '2025-06-13', 'قائد القوة الجوفضائية في الحرس الثوري'],
  ], { src: 'Killed in the Israeli strikes of 13 June 2025.' }),
  p('hassan-firouzabadi', 'Hassan Firouzabadi', I, 'MIL', ['حسن فيروز آبادي', 'فيروز آبادي', 'حسن فيروزآبادي'], [
    ['Chief of General Staff', 'irn', '1989-09', '2016-06-28', 'رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية'],
  ]),
  p('mohammad-bagheri', 'Mohammad Bagheri', I, 'MIL', ['محمد باقري', 'محمد حسين باقري'], [
    ['Chief of General Staff', 'irn', '2016-06-28', '2025-06-13', 'رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية'],
  ], { al: ['Mohammad Hossein Bagheri'], sh: ['باقري'], src: 'Killed in the Israeli strikes of 13 June 2025.' }),
  p('abdolrahim-mousavi', 'Abdolrahim Mousavi', I, 'MIL', ['عبد الرحيم موسوي', 'عبدالرحيم موسوي'], [
    ['Commander', 'irn', '2017-08-21', '2025-06-13', 'القائد العام للجيش الإيراني'],
    ['Chief of General Staff', 'irn', '2025-06-13', '2026-02-28', 'رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية'],
  ], { src: 'Killed in the strikes of 28 February 2026 (Iranian state TV).' }),
  p('gholam-ali-rashid', 'Gholam Ali Rashid', I, 'MIL', ['غلام علي رشيد'], [
    ['Commander of Khatam al-Anbiya Central Headquarters', 'irn', '2016-06', '2025-06-13', 'قائد مقر خاتم الأنبياء المركزي'],
  ]),
  p('hossein-taeb', 'Hossein Taeb', I, 'SPY', ['حسين طائب', 'طائب'], [
    ['Head of IRGC Intelligence', 'irgc', '2009-10', '2022-06', 'رئيس جهاز استخبارات الحرس الثوري'],
  ]),
  p('mohammad-kazemi', 'Mohammad Kazemi', I, 'SPY', ['محمد كاظمي'], [
    ['Head of IRGC Intelligence', 'irgc', '2022-06', '2025-06-15', 'رئيس جهاز استخبارات الحرس الثوري'],
  ]),
  p('hossein-dehghan', 'Hossein Dehghan', I, 'GOV', ['حسين دهقان', 'دهقان'], [
    ['Minister of Defense', 'irn', '2013-08-15', '2017-08-20'],
  ]),
  p('amir-hatami', 'Amir Hatami', I, 'MIL', ['أمير حاتمي', 'حاتمي'], [
    ['Minister of Defense', 'irn', '2017-08-20', '2021-08-25'],
    ['Commander', 'irn', '2025-06-13', null, 'القائد العام للجيش الإيراني'],
  ]),
  p('mohammad-reza-ashtiani', 'Mohammad-Reza Gharaei Ashtiani', I, 'GOV', ['محمد رضا آشتياني', 'آشتياني', 'محمد رضا قرائي آشتياني'], [
    ['Minister of Defense', 'irn', '2021-08-25', '2024-08-21'],
  ], { al: ['Mohammad-Reza Ashtiani'] }),
  p('aziz-nasirzadeh', 'Aziz Nasirzadeh', I, 'GOV', ['عزيز نصير زاده', 'نصير زاده', 'عزيز نصيرزاده', 'نصيرزاده', 'عزيز ناصر زاده'], [
    ['Minister of Defense', 'irn', '2024-08-21', '2026-02-28'],
  ], { src: 'Killed in the strikes of 28 February 2026 (Iranian foreign ministry).' }),
  p('majid-ebnelreza', 'Majid Ebnelreza', I, 'MIL', ['مجيد ابن الرضا', 'ابن الرضا'], [
    ['Acting Minister of Defense', 'irn', '2026-03-02', null],
  ], { al: ['Majid Ibn al-Reza', 'Majid Ebn-e Reza'], src: 'Named acting defence minister by presidential decree on 2 March 2026 (IRNA).' }),
  // government
  p('heydar-moslehi', 'Heydar Moslehi', I, 'SPY', ['حيدر مصلحي', 'مصلحي'], [
    ['Minister of Intelligence', 'irn', '2009-09-03', '2013-08-15'],
  ]),
  p('mahmoud-alavi', 'Mahmoud Alavi', I, 'SPY', ['محمود علوي'], [
    ['Minister of Intelligence', 'irn', '2013-08-15', '2021-08-25'],
  ]),
  p('esmaeil-khatib', 'Esmaeil Khatib', I, 'SPY', ['إسماعيل خطيب'], [
    ['Minister of Intelligence', 'irn', '2021-08-25', '2026-03-18'],
  ], { al: ['Esmail Khatib'], src: 'Killed in an Israeli strike on the night of 17-18 March 2026 (confirmed by President Pezeshkian).' }),
  p('abdolreza-rahmani-fazli', 'Abdolreza Rahmani Fazli', I, 'GOV', ['عبد الرضا رحماني فضلي', 'رحماني فضلي'], [
    ['Minister of the Interior', 'irn', '2013-08-15', '2021-08-25'],
  ]),
  p('eskandar-momeni', 'Eskandar Momeni', I, 'GOV', ['إسكندر مؤمني', 'إسكندر مومني'], [
    ['Minister of the Interior', 'irn', '2024-08-21', null],
  ]),
  p('mohammad-bagher-nobakht', 'Mohammad Bagher Nobakht', I, 'GOV', ['محمد باقر نوبخت', 'نوبخت'], [
    ['Government Spokesperson', 'irn', '2013-08', '2017'],
  ]),
  p('ali-rabiei', 'Ali Rabiei', I, 'GOV', ['علي ربيعي'], [
    ['Government Spokesperson', 'irn', '2019', '2021-08'],
  ]),
  p('ali-bahadori-jahromi', 'Ali Bahadori Jahromi', I, 'GOV', ['علي بهادري جهرمي', 'بهادري جهرمي'], [
    ['Government Spokesperson', 'irn', '2021-08', '2024-08'],
  ]),
  p('fatemeh-mohajerani', 'Fatemeh Mohajerani', I, 'GOV', ['فاطمة مهاجراني', 'مهاجراني'], [
    ['Government Spokesperson', 'irn', '2024-08', null, 'المتحدثة باسم الحكومة الإيرانية'],
  ]),
  p('abdolnaser-hemmati', 'Abdolnaser Hemmati', I, 'GOV', ['عبد الناصر همتي', 'همتي'], [
    ['Governor of the Central Bank', 'irn', '2018-07', '2021-05', 'محافظ البنك المركزي الإيراني'],
    ['Minister of Economy', 'irn', '2024-08-21', '2025-03-02'],
  ]),
  p('mahmoud-vaezi', 'Mahmoud Vaezi', I, 'GOV', ['محمود واعظي', 'واعظي'], [
    ['Chief of Staff of the President', 'irn', '2017-08', '2021-08', 'مدير مكتب الرئيس الإيراني'],
  ]),
  // opposition
  p('reza-pahlavi', 'Reza Pahlavi', I, 'OPP', ['رضا بهلوي', 'رضا پهلوي'], [
    ['Crown Prince', 'irn', '1967-10-26', '1979-02-11', 'ولي عهد إيران'],
  ], { al: ['Reza Pahlavi II'] }),
  p('maryam-rajavi', 'Maryam Rajavi', I, 'OPP', ['مريم رجوي', 'رجوي'], [
    ['President-elect of the National Council of Resistance of Iran', 'irn', '1993-08', null, 'رئيسة المجلس الوطني للمقاومة الإيرانية'],
  ]),
];
