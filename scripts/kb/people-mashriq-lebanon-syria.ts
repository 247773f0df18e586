// Lebanon (state, Hezbollah, Amal and the main parties) and Syria (Assad era, opposition, SDF,
// HTS and the post-2024 government, Islamic State leaders).
import { p, type PersonSpec } from './people-mashriq-lib.ts';

const L = 'LBN';
const S = 'SYR';
const LB_SPEAKER = 'رئيس مجلس النواب اللبناني';
const LB_ARMY = 'قائد الجيش اللبناني';
const HZ_SG = 'الأمين العام لحزب الله';
const SNC = 'President';
const SNC_AR = 'رئيس الائتلاف الوطني السوري';
const IS_LEADER = 'زعيم تنظيم الدولة الإسلامية';

export const LEBANON: readonly PersonSpec[] = [
  p('michel-suleiman', 'Michel Suleiman', L, 'GOV', ['ميشال سليمان', 'ميشيل سليمان'], [
    ['Commander', 'lbn', '1998-12', '2008-05-25', LB_ARMY],
    ['President', 'lbn', '2008-05-25', '2014-05-25'],
  ], { al: ['Michel Sleiman'] }),
  p('michel-aoun', 'Michel Aoun', L, 'GOV', ['ميشال عون', 'ميشيل عون', 'الرئيس ميشال عون', 'العماد ميشال عون'], [
    ['Party Leader', 'lbn', '2005', '2015-08-27', 'رئيس التيار الوطني الحر'],
    ['President', 'lbn', '2016-10-31', '2022-10-31'],
  ], { sh: ['عون'] }),
  p('joseph-aoun', 'Joseph Aoun', L, 'GOV', ['جوزيف عون', 'العماد جوزيف عون', 'الرئيس جوزيف عون'], [
    ['Commander', 'lbn', '2017-03-08', '2025-01-09', LB_ARMY],
    ['President', 'lbn', '2025-01-09', null],
  ], { sh: ['عون'] }),
  p('jean-kahwaji', 'Jean Kahwaji', L, 'MIL', ['جان قهوجي', 'قهوجي'], [
    ['Commander', 'lbn', '2008-08-29', '2017-03-08', LB_ARMY],
  ]),
  p('rodolphe-haykal', 'Rodolphe Haykal', L, 'MIL', ['رودولف هيكل', 'العماد رودولف هيكل'], [
    ['Commander', 'lbn', '2025-03', null, LB_ARMY],
  ], { sh: ['هيكل'] }),
  p('najib-mikati', 'Najib Mikati', L, 'GOV', ['نجيب ميقاتي', 'ميقاتي'], [
    ['Prime Minister', 'lbn', '2005-04-19', '2005-07-19'],
    ['Prime Minister', 'lbn', '2011-06-13', '2014-02-15'],
    ['Prime Minister', 'lbn', '2021-09-10', '2025-02-08'],
  ], { al: ['Najib Miqati'] }),
  p('tammam-salam', 'Tammam Salam', L, 'GOV', ['تمام سلام'], [
    ['Prime Minister', 'lbn', '2014-02-15', '2016-12-18'],
  ], { sh: ['سلام'] }),
  p('saad-hariri', 'Saad Hariri', L, 'GOV', ['سعد الحريري', 'سعد الدين الحريري'], [
    ['Party Leader', 'lbn', '2005', null, 'رئيس تيار المستقبل'],
    ['Prime Minister', 'lbn', '2009-11-09', '2011-06-13'],
    ['Prime Minister', 'lbn', '2016-12-18', '2020-01-21'],
  ], { al: ['Saad al-Hariri'], sh: ['الحريري'] }),
  p('rafic-hariri', 'Rafic Hariri', L, 'GOV', ['رفيق الحريري'], [
    ['Prime Minister', 'lbn', '1992-10-31', '1998-12-02'],
    ['Prime Minister', 'lbn', '2000-10-23', '2004-10-21'],
  ], { al: ['Rafik Hariri', 'Rafiq al-Hariri'], sh: ['الحريري'], src: 'Assassinated 14 February 2005.' }),
  p('hassan-diab', 'Hassan Diab', L, 'GOV', ['حسان دياب'], [
    ['Prime Minister', 'lbn', '2020-01-21', '2021-09-10'],
  ], { sh: ['دياب'] }),
  p('nawaf-salam', 'Nawaf Salam', L, 'GOV', ['نواف سلام', 'القاضي نواف سلام'], [
    ['Ambassador to the United Nations', 'lbn', '2007', '2017'],
    ['President of the International Court of Justice', 'icj', '2024-02-06', '2025-01-14', 'رئيس محكمة العدل الدولية'],
    ['Prime Minister', 'lbn', '2025-02-08', null],
  ], { sh: ['سلام'] }),
  p('fouad-siniora', 'Fouad Siniora', L, 'GOV', ['فؤاد السنيورة', 'السنيورة'], [
    ['Prime Minister', 'lbn', '2005-07-19', '2009-11-09'],
  ]),
  p('nabih-berri', 'Nabih Berri', L, 'LEG', ['نبيه بري', 'الرئيس نبيه بري'], [
    ['Party Leader', 'lbn', '1980-04', null, 'رئيس حركة أمل'],
    ['Speaker of Parliament', 'lbn', '1992-10-20', null, LB_SPEAKER],
  ], { sh: ['بري'], dis: 'بري alone is also the adjective "land/ground" (هجوم بري); link it only after the full name' }),
  p('elias-bou-saab', 'Elias Bou Saab', L, 'PTY', ['إلياس بو صعب', 'الياس بو صعب', 'بو صعب'], [
    ['Minister of Defense', 'lbn', '2019-01-31', '2020-01-21'],
    ['Deputy Speaker of Parliament', 'lbn', '2022-05-31', null, 'نائب رئيس مجلس النواب اللبناني'],
  ]),
  p('adnan-mansour', 'Adnan Mansour', L, 'GOV', ['عدنان منصور'], [
    ['Minister of Foreign Affairs', 'lbn', '2011-06-13', '2014-02-15'],
  ], { sh: ['منصور'] }),
  p('gebran-bassil', 'Gebran Bassil', L, 'PTY', ['جبران باسيل', 'باسيل'], [
    ['Minister of Foreign Affairs', 'lbn', '2014-02-15', '2020-01-21'],
    ['Party Leader', 'lbn', '2015-08-27', null, 'رئيس التيار الوطني الحر'],
  ], { al: ['Gibran Bassil'] }),
  p('nassif-hitti', 'Nassif Hitti', L, 'GOV', ['ناصيف حتي', 'حتي'], [
    ['Minister of Foreign Affairs', 'lbn', '2020-01-21', '2020-08-03'],
  ]),
  p('charbel-wehbe', 'Charbel Wehbe', L, 'GOV', ['شربل وهبة', 'شربل وهبي'], [
    ['Minister of Foreign Affairs', 'lbn', '2020-08-03', '2021-05-19'],
  ]),
  p('zeina-akar', 'Zeina Akar', L, 'GOV', ['زينة عكر', 'عكر'], [
    ['Minister of Defense', 'lbn', '2020-01-21', '2021-09-10', 'وزيرة الدفاع اللبنانية'],
    ['Acting Minister of Foreign Affairs', 'lbn', '2021-05-19', '2021-09-10', 'وزيرة الخارجية اللبنانية بالوكالة'],
  ]),
  p('abdallah-bou-habib', 'Abdallah Bou Habib', L, 'GOV', ['عبد الله بو حبيب', 'عبدالله بو حبيب', 'بو حبيب'], [
    ['Minister of Foreign Affairs', 'lbn', '2021-09-10', '2025-02-08'],
  ]),
  p('youssef-rajji', 'Youssef Rajji', L, 'GOV', ['يوسف رجي', 'رجي', 'يوسف رجّي'], [
    ['Minister of Foreign Affairs', 'lbn', '2025-02-08', null],
  ], { al: ['Youssef Raggi', 'Joe Rajji'] }),
  p('fayez-ghosn', 'Fayez Ghosn', L, 'GOV', ['فايز غصن'], [
    ['Minister of Defense', 'lbn', '2011-06-13', '2014-02-15'],
  ]),
  p('samir-mouqbel', 'Samir Mouqbel', L, 'GOV', ['سمير مقبل'], [
    ['Minister of Defense', 'lbn', '2014-02-15', '2016-12-18'],
  ]),
  p('yaacoub-sarraf', 'Yaacoub Sarraf', L, 'GOV', ['يعقوب الصراف'], [
    ['Minister of Defense', 'lbn', '2016-12-18', '2019-01-31'],
  ]),
  p('maurice-slim', 'Maurice Slim', L, 'GOV', ['موريس سليم'], [
    ['Minister of Defense', 'lbn', '2021-09-10', '2025-02-08'],
  ]),
  p('michel-menassa', 'Michel Menassa', L, 'GOV', ['ميشال منسى'], [
    ['Minister of Defense', 'lbn', '2025-02-08', null],
  ]),
  p('nohad-machnouk', 'Nohad Machnouk', L, 'GOV', ['نهاد المشنوق', 'المشنوق'], [
    ['Minister of the Interior', 'lbn', '2014-02-15', '2019-01-31'],
  ]),
  p('raya-el-hassan', 'Raya El Hassan', L, 'GOV', ['ريا الحسن'], [
    ['Minister of the Interior', 'lbn', '2019-01-31', '2020-01-21', 'وزيرة الداخلية اللبنانية'],
  ]),
  p('mohammed-fahmi', 'Mohammed Fahmi', L, 'GOV', ['محمد فهمي'], [
    ['Minister of the Interior', 'lbn', '2020-01-21', '2021-09-10'],
  ]),
  p('bassam-mawlawi', 'Bassam Mawlawi', L, 'GOV', ['بسام مولوي', 'مولوي'], [
    ['Minister of the Interior', 'lbn', '2021-09-10', '2025-02-08'],
  ]),
  p('ahmad-hajjar', 'Ahmad Hajjar', L, 'GOV', ['أحمد الحجار'], [
    ['Minister of the Interior', 'lbn', '2025-02-08', null],
  ]),
  p('ali-hassan-khalil', 'Ali Hassan Khalil', L, 'PTY', ['علي حسن خليل'], [
    ['Minister of Finance', 'lbn', '2014-02-15', '2020-01-21'],
  ]),
  p('riad-salameh', 'Riad Salameh', L, 'GOV', ['رياض سلامة'], [
    ['Governor of the Central Bank', 'lbn', '1993-08-01', '2023-07-31', 'حاكم مصرف لبنان'],
  ], { al: ['Riad Salame'] }),
  p('karim-souaid', 'Karim Souaid', L, 'GOV', ['كريم سعيد'], [
    ['Governor of the Central Bank', 'lbn', '2025-04', null, 'حاكم مصرف لبنان'],
  ]),
  p('abbas-ibrahim', 'Abbas Ibrahim', L, 'SPY', ['عباس إبراهيم', 'اللواء عباس إبراهيم'], [
    ['Director of General Security', 'lbn', '2011-07-18', '2023-03-02', 'المدير العام للأمن العام اللبناني'],
  ]),
  p('ashraf-rifi', 'Ashraf Rifi', L, 'PTY', ['أشرف ريفي', 'ريفي'], [
    ['Director-General of the Internal Security Forces', 'lbn', '2005-04', '2013-04', 'المدير العام لقوى الأمن الداخلي'],
    ['Minister of Justice', 'lbn', '2014-02-15', '2016-02-21'],
  ]),
  p('tarek-bitar', 'Tarek Bitar', L, 'JUD', ['طارق البيطار'], [
    ['Investigating Judge of the Beirut Port Explosion', 'lbn', '2021-02-19', null, 'المحقق العدلي في قضية انفجار مرفأ بيروت'],
  ], { sh: ['البيطار'] }),
  p('walid-jumblatt', 'Walid Jumblatt', L, 'PTY', ['وليد جنبلاط'], [
    ['Party Leader', 'lbn', '1977-03-16', '2023-06-25', 'رئيس الحزب التقدمي الاشتراكي'],
  ], { sh: ['جنبلاط'] }),
  p('taymour-jumblatt', 'Taymour Jumblatt', L, 'PTY', ['تيمور جنبلاط'], [
    ['Party Leader', 'lbn', '2023-06-25', null, 'رئيس الحزب التقدمي الاشتراكي'],
  ], { sh: ['جنبلاط'] }),
  p('samir-geagea', 'Samir Geagea', L, 'PTY', ['سمير جعجع', 'جعجع'], [
    ['Party Leader', 'lbn', '2005', null, 'رئيس حزب القوات اللبنانية'],
  ]),
  p('amin-gemayel', 'Amin Gemayel', L, 'PTY', ['أمين الجميل'], [
    ['President', 'lbn', '1982-09-23', '1988-09-22'],
    ['Party Leader', 'lbn', '2007-02', '2015-06-14', 'رئيس حزب الكتائب اللبنانية'],
  ], { sh: ['الجميل'] }),
  p('sami-gemayel', 'Sami Gemayel', L, 'PTY', ['سامي الجميل'], [
    ['Party Leader', 'lbn', '2015-06-14', null, 'رئيس حزب الكتائب اللبنانية'],
  ], { sh: ['الجميل'] }),
  p('suleiman-frangieh', 'Suleiman Frangieh', L, 'PTY', ['سليمان فرنجية', 'فرنجية'], [
    ['Minister of the Interior', 'lbn', '2004-10-26', '2005-04-19'],
  ], { al: ['Sleiman Frangieh'] }),
  p('bechara-boutros-al-rahi', 'Bechara Boutros al-Rahi', L, 'REL', ['بشارة بطرس الراعي', 'البطريرك الراعي', 'البطريرك بشارة الراعي'], [
    ['Patriarch', 'lbn', '2011-03-15', null, 'البطريرك الماروني'],
  ], { al: ['Bechara Rai', 'Patriarch Rai'], sh: ['الراعي'] }),
  p('abdul-latif-derian', 'Abdul Latif Derian', L, 'REL', ['عبد اللطيف دريان', 'دريان'], [
    ['Grand Mufti', 'lbn', '2014-09-15', null, 'مفتي الجمهورية اللبنانية'],
  ]),
  // Hezbollah
  p('hassan-nasrallah', 'Hassan Nasrallah', L, 'REB', ['حسن نصر الله', 'نصر الله', 'حسن نصرالله', 'نصرالله', 'السيد حسن نصر الله'], [
    ['Secretary-General', 'hezbollah', '1992-02-16', '2024-09-27', HZ_SG],
  ], { al: ['Sayyed Hassan Nasrallah'], src: 'Killed in Beirut on 27 September 2024.' }),
  p('naim-qassem', 'Naim Qassem', L, 'REB', ['نعيم قاسم', 'الشيخ نعيم قاسم'], [
    ['Deputy Secretary-General', 'hezbollah', '1991', '2024-10-29', 'نائب الأمين العام لحزب الله'],
    ['Secretary-General', 'hezbollah', '2024-10-29', null, HZ_SG],
  ], { al: ['Naim Kassem', 'Naim Qasim'], sh: ['قاسم'] }),
  p('hashem-safieddine', 'Hashem Safieddine', L, 'REB', ['هاشم صفي الدين', 'صفي الدين'], [
    ['Head of the Executive Council', 'hezbollah', '2001', '2024-10-03', 'رئيس المجلس التنفيذي لحزب الله'],
  ], { al: ['Hashem Safi al-Din'], src: 'Start year approximate; killed in Beirut, October 2024.' }),
  p('mohammad-raad', 'Mohammad Raad', L, 'REB', ['محمد رعد', 'النائب محمد رعد'], [
    ['Member of Parliament', 'lbn', '1992', null, 'رئيس كتلة الوفاء للمقاومة'],
  ]),
  p('mustafa-badreddine', 'Mustafa Badreddine', L, 'REB', ['مصطفى بدر الدين'], [
    ['Commander', 'hezbollah', '2008-02', '2016-05-13', 'القائد العسكري لحزب الله'],
  ], { al: ['Mustafa Amine Badreddine'] }),
];

export const SYRIA: readonly PersonSpec[] = [
  p('bashar-al-assad', 'Bashar al-Assad', S, 'GOV', ['بشار الأسد', 'بشار حافظ الأسد'], [
    ['President', 'syr', '2000-07-17', '2024-12-08'],
  ], { al: ['Bashar Assad'], sh: ['الأسد'], src: 'Fled to Moscow on 8 December 2024.' }),
  p('maher-al-assad', 'Maher al-Assad', S, 'MIL', ['ماهر الأسد'], [
    ['Commander of the 4th Armoured Division', 'syr', '2018', '2024-12-08', 'قائد الفرقة الرابعة في الجيش السوري'],
  ], { al: ['Maher Assad'], sh: ['الأسد'] }),
  p('hafez-al-assad', 'Hafez al-Assad', S, 'GOV', ['حافظ الأسد'], [
    ['President', 'syr', '1971-03-14', '2000-06-10'],
  ], { sh: ['الأسد'] }),
  p('asma-al-assad', 'Asma al-Assad', S, 'GOV', ['أسماء الأسد'], [
    ['First Lady', 'syr', '2000-12', '2024-12-08', 'السيدة الأولى في سوريا'],
  ], { sh: ['الأسد'] }),
  p('naji-al-otari', 'Naji al-Otari', S, 'GOV', ['ناجي العطري', 'محمد ناجي عطري'], [
    ['Prime Minister', 'syr', '2003-09-10', '2011-04-03'],
  ], { al: ['Muhammad Naji al-Otari'] }),
  p('adel-safar', 'Adel Safar', S, 'GOV', ['عادل سفر'], [
    ['Prime Minister', 'syr', '2011-04-03', '2012-06-23'],
  ]),
  p('riyad-hijab', 'Riyad Farid Hijab', S, 'OPP', ['رياض حجاب', 'رياض فريد حجاب'], [
    ['Prime Minister', 'syr', '2012-06-23', '2012-08-06'],
    ['General Coordinator', 'syrian-negotiation-commission', '2015-12', '2017-11-20', 'المنسق العام للهيئة العليا للمفاوضات'],
  ], { al: ['Riyad Hijab', 'Riad Hijab'], sh: ['حجاب'] }),
  p('wael-al-halqi', 'Wael Nader al-Halqi', S, 'GOV', ['وائل الحلقي', 'الحلقي'], [
    ['Prime Minister', 'syr', '2012-08-09', '2016-07-03'],
  ], { al: ['Wael al-Halqi'] }),
  p('imad-khamis', 'Imad Khamis', S, 'GOV', ['عماد خميس'], [
    ['Prime Minister', 'syr', '2016-07-03', '2020-06-11'],
  ]),
  p('hussein-arnous', 'Hussein Arnous', S, 'GOV', ['حسين عرنوس', 'عرنوس'], [
    ['Prime Minister', 'syr', '2020-06-11', '2024-09-14'],
  ]),
  p('mohammad-ghazi-al-jalali', 'Mohammad Ghazi al-Jalali', S, 'GOV', ['محمد غازي الجلالي', 'غازي الجلالي'], [
    ['Prime Minister', 'syr', '2024-09-14', '2024-12-10'],
  ]),
  p('mohammed-al-bashir', 'Mohammed al-Bashir', S, 'GOV', ['محمد البشير'], [
    ['Head of the Syrian Salvation Government', 'syr', '2024-01', '2024-12-10', 'رئيس حكومة الإنقاذ السورية'],
    ['Prime Minister', 'syr', '2024-12-10', '2025-03-29'],
    ['Minister of Energy', 'syr', '2025-03-29', null],
  ], { sh: ['البشير'] }),
  p('walid-muallem', 'Walid Muallem', S, 'GOV', ['وليد المعلم'], [
    ['Minister of Foreign Affairs', 'syr', '2006-02-11', '2020-11-16'],
  ], { al: ['Walid al-Moallem', 'Walid Moualem'], sh: ['المعلم'], src: 'Died 16 November 2020.' }),
  p('faisal-mekdad', 'Faisal Mekdad', S, 'GOV', ['فيصل المقداد', 'المقداد'], [
    ['Deputy Minister of Foreign Affairs', 'syr', '2006', '2020-11-22'],
    ['Minister of Foreign Affairs', 'syr', '2020-11-22', '2024-09-23'],
  ], { al: ['Faisal al-Miqdad', 'Fayssal Mekdad'] }),
  p('bassam-sabbagh', 'Bassam Sabbagh', S, 'GOV', ['بسام صباغ', 'بسام الصباغ'], [
    ['Ambassador to the United Nations', 'syr', '2020', '2024'],
    ['Minister of Foreign Affairs', 'syr', '2024-09-23', '2024-12-08'],
  ], { al: ['Bassam al-Sabbagh'] }),
  p('asaad-al-shaibani', 'Asaad al-Shaibani', S, 'GOV', ['أسعد الشيباني', 'الشيباني', 'أسعد حسن الشيباني'], [
    ['Minister of Foreign Affairs', 'syr', '2024-12-21', null],
  ], { al: ["As'ad al-Shaibani", 'Asaad Hassan al-Shibani'] }),
  p('ali-habib-mahmoud', 'Ali Habib Mahmoud', S, 'MIL', ['علي حبيب محمود'], [
    ['Minister of Defense', 'syr', '2009-06-03', '2011-08-08'],
  ]),
  p('dawoud-rajiha', 'Dawoud Rajiha', S, 'MIL', ['داود راجحة', 'داوود راجحة'], [
    ['Minister of Defense', 'syr', '2011-08-08', '2012-07-18'],
  ]),
  p('assef-shawkat', 'Assef Shawkat', S, 'SPY', ['آصف شوكت'], [
    ['Head of Military Intelligence', 'syr', '2005-02', '2009', 'رئيس شعبة المخابرات العسكرية السورية'],
    ['Deputy Minister of Defense', 'syr', '2011-09', '2012-07-18', 'نائب وزير الدفاع السوري'],
  ]),
  p('fahd-jassem-al-freij', 'Fahd Jassem al-Freij', S, 'MIL', ['فهد جاسم الفريج', 'الفريج'], [
    ['Minister of Defense', 'syr', '2012-07-18', '2018-01-01'],
  ]),
  p('ali-abdullah-ayyoub', 'Ali Abdullah Ayyoub', S, 'MIL', ['علي عبد الله أيوب', 'العماد علي أيوب'], [
    ['Minister of Defense', 'syr', '2018-01-01', '2022-04-28'],
  ]),
  p('ali-mahmoud-abbas', 'Ali Mahmoud Abbas', S, 'MIL', ['علي محمود عباس'], [
    ['Minister of Defense', 'syr', '2022-04-28', '2024-12-08'],
  ], { sh: ['عباس'] }),
  p('murhaf-abu-qasra', 'Murhaf Abu Qasra', S, 'MIL', ['مرهف أبو قصرة', 'أبو قصرة', 'أبو حسن الحموي'], [
    ['Minister of Defense', 'syr', '2024-12-21', null],
  ], { al: ['Abu Hassan al-Hamwi'] }),
  p('bouthaina-shaaban', 'Bouthaina Shaaban', S, 'GOV', ['بثينة شعبان'], [
    ['Political and Media Adviser to the President', 'syr', '2008-07', '2024-12-08', 'المستشارة السياسية والإعلامية للرئيس السوري'],
  ], { al: ['Bouthaina Shaaban', 'Buthaina Shaaban'] }),
  p('bashar-jaafari', 'Bashar Jaafari', S, 'GOV', ['بشار الجعفري'], [
    ['Ambassador to the United Nations', 'syr', '2006-07', '2020-11'],
    ['Deputy Minister of Foreign Affairs', 'syr', '2020-11', '2023'],
  ], { al: ["Bashar Ja'afari"], sh: ['الجعفري'], src: 'End of the deputy minister role approximate.' }),
  p('ali-mamlouk', 'Ali Mamlouk', S, 'SPY', ['علي مملوك', 'مملوك'], [
    ['Head of Intelligence', 'syr', '2005', '2012-07-24', 'مدير إدارة المخابرات العامة السورية'],
    ['Head of the National Security Bureau', 'syr', '2012-07-24', '2024', 'رئيس مكتب الأمن الوطني السوري'],
  ]),
  p('farouk-al-sharaa', 'Farouk al-Sharaa', S, 'GOV', ['فاروق الشرع'], [
    ['Minister of Foreign Affairs', 'syr', '1984-03', '2006-02-11'],
    ['Vice President', 'syr', '2006-02', '2014'],
  ], { sh: ['الشرع'] }),
  p('najah-al-attar', 'Najah al-Attar', S, 'GOV', ['نجاح العطار'], [
    ['Vice President', 'syr', '2006-03-23', '2024-12-08', 'نائبة الرئيس السوري'],
  ]),
  p('ahmad-badreddin-hassoun', 'Ahmad Badreddin Hassoun', S, 'REL', ['أحمد بدر الدين حسون', 'حسون'], [
    ['Grand Mufti', 'syr', '2005-07', '2021-11-15', 'مفتي الجمهورية العربية السورية'],
  ]),
  // HTS and the post-2024 government
  p('ahmed-al-sharaa', 'Ahmed al-Sharaa', S, 'GOV', ['أحمد الشرع', 'أبو محمد الجولاني', 'الجولاني', 'أحمد حسين الشرع'], [
    ['Leader', 'al-nusra-front', '2012-01', '2017-01-28', 'زعيم جبهة النصرة'],
    ['Leader', 'hayat-tahrir-al-sham', '2017-01-28', '2025-01-29', 'قائد هيئة تحرير الشام'],
    ['De Facto Leader', 'syr', '2024-12-08', '2025-01-29', 'قائد الإدارة السورية الجديدة'],
    ['President', 'syr', '2025-01-29', null, 'الرئيس السوري'],
  ], { al: ['Abu Mohammad al-Julani', 'Abu Mohammad al-Jolani', 'Abu Muhammad al-Jawlani', 'Ahmed Hussein al-Sharaa'], sh: ['الشرع'] }),
  p('anas-khattab', 'Anas Khattab', S, 'SPY', ['أنس خطاب'], [
    ['Head of Intelligence', 'syr', '2024-12-26', '2025-03-29', 'رئيس جهاز الاستخبارات العامة السورية'],
    ['Minister of the Interior', 'syr', '2025-03-29', null],
  ]),
  p('hamza-al-mustafa', 'Hamza al-Mustafa', S, 'GOV', ['حمزة المصطفى'], [
    ['Minister of Information', 'syr', '2025-03-29', null],
  ]),
  p('hikmat-al-hijri', 'Hikmat al-Hijri', S, 'REL', ['حكمت الهجري', 'الهجري', 'الشيخ حكمت الهجري'], [
    ['Sheikh al-Aql of the Druze', 'syr', '2012', null, 'شيخ عقل طائفة الموحدين الدروز'],
  ]),
  // opposition
  p('burhan-ghalioun', 'Burhan Ghalioun', S, 'OPP', ['برهان غليون', 'غليون'], [
    ['Chairman of the Syrian National Council', 'syr', '2011-10', '2012-06-09', 'رئيس المجلس الوطني السوري'],
  ]),
  p('abdulbaset-sieda', 'Abdulbaset Sieda', S, 'OPP', ['عبد الباسط سيدا', 'سيدا'], [
    ['Chairman of the Syrian National Council', 'syr', '2012-06-10', '2012-11-09', 'رئيس المجلس الوطني السوري'],
  ]),
  p('george-sabra', 'George Sabra', S, 'OPP', ['جورج صبرا'], [
    ['Acting President', 'syrian-national-coalition', '2013-04-22', '2013-07-06', 'الرئيس المؤقت للائتلاف الوطني السوري'],
  ]),
  p('moaz-al-khatib', 'Moaz al-Khatib', S, 'OPP', ['معاذ الخطيب', 'أحمد معاذ الخطيب'], [
    [SNC, 'syrian-national-coalition', '2012-11-11', '2013-04-21', SNC_AR],
  ], { al: ['Ahmad Moaz al-Khatib', 'Mouaz al-Khatib'] }),
  p('ahmad-jarba', 'Ahmad Jarba', S, 'OPP', ['أحمد الجربا', 'الجربا', 'أحمد عاصي الجربا'], [
    [SNC, 'syrian-national-coalition', '2013-07-06', '2014-07-09', SNC_AR],
  ], { al: ['Ahmad Asi al-Jarba'] }),
  p('hadi-al-bahra', 'Hadi al-Bahra', S, 'OPP', ['هادي البحرة', 'البحرة'], [
    [SNC, 'syrian-national-coalition', '2014-07-09', '2015-01-04', SNC_AR],
    [SNC, 'syrian-national-coalition', '2023-09-12', null, SNC_AR],
  ]),
  p('khaled-khoja', 'Khaled Khoja', S, 'OPP', ['خالد خوجة', 'خالد الخوجة'], [
    [SNC, 'syrian-national-coalition', '2015-01-04', '2016-03-05', SNC_AR],
  ]),
  p('anas-al-abdeh', 'Anas al-Abdeh', S, 'OPP', ['أنس العبدة', 'العبدة'], [
    [SNC, 'syrian-national-coalition', '2016-03-05', '2017-05-06', SNC_AR],
    [SNC, 'syrian-national-coalition', '2019', '2020-07-11', SNC_AR],
    ['Chairman', 'syrian-negotiation-commission', '2021', null, 'رئيس هيئة التفاوض السورية'],
  ], { al: ['Anas al-Abda'], src: 'Start years of the second coalition term and of the negotiation commission approximate; end not known.' }),
  p('riad-seif', 'Riad Seif', S, 'OPP', ['رياض سيف'], [
    [SNC, 'syrian-national-coalition', '2017-05-06', '2018-05-05', SNC_AR],
  ]),
  p('nasr-al-hariri', 'Nasr al-Hariri', S, 'OPP', ['نصر الحريري'], [
    ['Chairman', 'syrian-negotiation-commission', '2017-11-24', '2019', 'رئيس هيئة التفاوض السورية'],
    [SNC, 'syrian-national-coalition', '2020-07-11', '2021-07-12', SNC_AR],
  ], { al: ['Naser al-Hariri', 'Nasr Hariri'], sh: ['الحريري'] }),
  p('salem-al-meslet', 'Salem al-Meslet', S, 'OPP', ['سالم المسلط', 'المسلط'], [
    [SNC, 'syrian-national-coalition', '2021-07-12', '2023-09-12', SNC_AR],
  ], { al: ['Salem al-Muslet'] }),
  p('zahran-alloush', 'Zahran Alloush', S, 'REB', ['زهران علوش'], [
    ['Leader', 'jaysh-al-islam', '2013-09', '2015-12-25', 'قائد جيش الإسلام'],
  ]),
  // Kurds
  p('mazloum-abdi', 'Mazloum Abdi', S, 'REB', ['مظلوم عبدي', 'مظلوم كوباني'], [
    ['Commander', 'sdf', '2015-10', null, 'القائد العام لقوات سوريا الديمقراطية'],
  ], { al: ['Mazloum Kobani', 'Mazloum Kobane Abdi'] }),
  p('salih-muslim', 'Salih Muslim', S, 'PTY', ['صالح مسلم'], [
    ['Co-Chair of the Democratic Union Party', 'syr', '2010-06', '2017-09', 'الرئيس المشترك لحزب الاتحاد الديمقراطي'],
  ], { al: ['Saleh Muslim'] }),
  // Islamic State and al-Qaeda in Iraq
  p('abu-bakr-al-baghdadi', 'Abu Bakr al-Baghdadi', 'IRQ', 'REB', ['أبو بكر البغدادي'], [
    ['Leader', 'islamic-state', '2010-05-16', '2019-10-27', IS_LEADER],
  ], { al: ['Ibrahim Awad al-Badri'], sh: ['البغدادي'], src: 'Killed in Barisha, Syria, on 27 October 2019.' }),
  p('abu-ibrahim-al-hashimi-al-qurashi', 'Abu Ibrahim al-Hashimi al-Qurashi', 'IRQ', 'REB', ['أبو إبراهيم الهاشمي القرشي'], [
    ['Leader', 'islamic-state', '2019-10-31', '2022-02-03', IS_LEADER],
  ], { al: ['Amir Mohammed Said Abdal-Rahman al-Mawla'] }),
  p('abu-al-hasan-al-hashimi-al-qurashi', 'Abu al-Hasan al-Hashimi al-Qurashi', 'IRQ', 'REB', ['أبو الحسن الهاشمي القرشي'], [
    ['Leader', 'islamic-state', '2022-03-10', '2022-10', IS_LEADER],
  ]),
  p('abu-al-husayn-al-husayni-al-qurashi', 'Abu al-Husayn al-Husayni al-Qurashi', '', 'REB', ['أبو الحسين الحسيني القرشي'], [
    ['Leader', 'islamic-state', '2022-11-30', '2023-04', IS_LEADER],
  ]),
  p('abu-hafs-al-hashimi-al-qurashi', 'Abu Hafs al-Hashimi al-Qurashi', 'IRQ', 'REB', ['أبو حفص الهاشمي القرشي'], [
    ['Leader', 'islamic-state', '2023-08-03', null, IS_LEADER],
  ]),
  p('abu-mohammad-al-adnani', 'Abu Mohammad al-Adnani', S, 'REB', ['أبو محمد العدناني', 'العدناني'], [
    ['Spokesperson', 'islamic-state', '2011', '2016-08-30', 'المتحدث باسم تنظيم الدولة الإسلامية'],
  ], { src: 'Start year approximate.' }),
  p('abu-musab-al-zarqawi', 'Abu Musab al-Zarqawi', 'JOR', 'REB', ['أبو مصعب الزرقاوي', 'الزرقاوي'], [
    ['Leader of al-Qaeda in Iraq', 'al-qaeda', '2004-10', '2006-06-07', 'زعيم تنظيم القاعدة في العراق'],
  ]),
];
