// Egypt (incl. Egyptian secretaries-general of the Arab League) and Jordan.
import { p, type PersonSpec } from './people-mashriq-lib.ts';

const E = 'EGY';
const J = 'JOR';
const AL_SG = 'الأمين العام لجامعة الدول العربية';
const EG_INTEL = 'رئيس المخابرات العامة المصرية';
const EG_COS = 'رئيس أركان حرب القوات المسلحة المصرية';
const EG_SPEAKER = 'رئيس مجلس النواب المصري';

export const EGYPT: readonly PersonSpec[] = [
  p('hosni-mubarak', 'Hosni Mubarak', E, 'GOV', ['حسني مبارك', 'محمد حسني مبارك', 'حسنى مبارك'], [
    ['President', 'egy', '1981-10-14', '2011-02-11'],
  ], { sh: ['مبارك'], src: 'Died 25 February 2020.' }),
  p('gamal-mubarak', 'Gamal Mubarak', E, 'PTY', ['جمال مبارك'], [
    ['Assistant Secretary-General of the National Democratic Party', 'egy', '2002', '2011-02', 'الأمين العام المساعد للحزب الوطني الديمقراطي'],
  ], { sh: ['مبارك'] }),
  p('omar-suleiman', 'Omar Suleiman', E, 'SPY', ['عمر سليمان'], [
    ['Head of Intelligence', 'egy', '1993-01-22', '2011-01-29', EG_INTEL],
    ['Vice President', 'egy', '2011-01-29', '2011-02-11'],
  ]),
  p('mohamed-hussein-tantawi', 'Mohamed Hussein Tantawi', E, 'MIL', ['محمد حسين طنطاوي', 'طنطاوي', 'المشير طنطاوي'], [
    ['Minister of Defense', 'egy', '1991-05-20', '2012-08-12'],
    ['Chairman', 'egy', '2011-02-11', '2012-06-30', 'رئيس المجلس الأعلى للقوات المسلحة'],
  ]),
  p('sami-anan', 'Sami Anan', E, 'MIL', ['سامي عنان'], [
    ['Chief of General Staff', 'egy', '2005-10', '2012-08-12', EG_COS],
  ], { sh: ['عنان'] }),
  p('mohamed-morsi', 'Mohamed Morsi', E, 'PTY', ['محمد مرسي', 'محمد مرسى'], [
    ['Party Leader', 'egy', '2011-04-30', '2012-06-24', 'رئيس حزب الحرية والعدالة'],
    ['President', 'egy', '2012-06-30', '2013-07-03'],
  ], { al: ['Mohammed Morsi', 'Mohamed Mursi'], sh: ['مرسي'], src: 'Died 17 June 2019.' }),
  p('adly-mansour', 'Adly Mansour', E, 'JUD', ['عدلي منصور'], [
    ['Acting President', 'egy', '2013-07-04', '2014-06-08'],
    ['President of the Supreme Constitutional Court', 'egy', '2013-07-01', '2016-06-30', 'رئيس المحكمة الدستورية العليا'],
  ], { sh: ['منصور'] }),
  p('abdel-fattah-el-sisi', 'Abdel Fattah el-Sisi', E, 'GOV', ['عبد الفتاح السيسي', 'السيسي', 'عبدالفتاح السيسي'], [
    ['Head of Military Intelligence', 'egy', '2010-01', '2012-08-12', 'مدير المخابرات الحربية المصرية'],
    ['Minister of Defense', 'egy', '2012-08-12', '2014-03-26'],
    ['President', 'egy', '2014-06-08', null],
  ], { al: ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sissi', 'Sisi', 'Sissi'] }),
  p('ahmed-shafik', 'Ahmed Shafik', E, 'GOV', ['أحمد شفيق'], [
    ['Prime Minister', 'egy', '2011-01-31', '2011-03-03'],
  ], { sh: ['شفيق'] }),
  p('essam-sharaf', 'Essam Sharaf', E, 'GOV', ['عصام شرف'], [
    ['Prime Minister', 'egy', '2011-03-03', '2011-12-07'],
  ]),
  p('kamal-ganzouri', 'Kamal Ganzouri', E, 'GOV', ['كمال الجنزوري', 'الجنزوري'], [
    ['Prime Minister', 'egy', '1996-01-04', '1999-10-05'],
    ['Prime Minister', 'egy', '2011-12-07', '2012-08-02'],
  ], { al: ['Kamal el-Ganzouri'] }),
  p('hesham-qandil', 'Hesham Qandil', E, 'GOV', ['هشام قنديل'], [
    ['Prime Minister', 'egy', '2012-08-02', '2013-07-16'],
  ], { al: ['Hisham Qandil', 'Hesham Kandil'], sh: ['قنديل'] }),
  p('hazem-el-beblawi', 'Hazem el-Beblawi', E, 'GOV', ['حازم الببلاوي', 'الببلاوي'], [
    ['Prime Minister', 'egy', '2013-07-16', '2014-03-01'],
  ]),
  p('ibrahim-mahlab', 'Ibrahim Mahlab', E, 'GOV', ['إبراهيم محلب', 'محلب'], [
    ['Prime Minister', 'egy', '2014-03-01', '2015-09-19'],
  ]),
  p('sherif-ismail', 'Sherif Ismail', E, 'GOV', ['شريف إسماعيل'], [
    ['Prime Minister', 'egy', '2015-09-19', '2018-06-14'],
  ]),
  p('mostafa-madbouly', 'Mostafa Madbouly', E, 'GOV', ['مصطفى مدبولي', 'مدبولي'], [
    ['Prime Minister', 'egy', '2018-06-14', null],
  ], { al: ['Moustafa Madbouly', 'Mostafa Madbouli'] }),
  p('ahmed-aboul-gheit', 'Ahmed Aboul Gheit', E, 'IGO', ['أحمد أبو الغيط', 'أبو الغيط'], [
    ['Minister of Foreign Affairs', 'egy', '2004-07-11', '2011-03-06'],
    ['Secretary-General', 'arab-league', '2016-07', null, AL_SG],
  ], { al: ['Ahmed Aboul-Gheit', 'Ahmed Abul Gheit'] }),
  p('nabil-elaraby', 'Nabil Elaraby', E, 'IGO', ['نبيل العربي'], [
    ['Minister of Foreign Affairs', 'egy', '2011-03-06', '2011-06'],
    ['Secretary-General', 'arab-league', '2011-07-01', '2016-07', AL_SG],
  ], { al: ['Nabil al-Araby', 'Nabil el-Araby'], sh: ['العربي'] }),
  p('amr-moussa', 'Amr Moussa', E, 'IGO', ['عمرو موسى'], [
    ['Secretary-General', 'arab-league', '2001-05-15', '2011-06-30', AL_SG],
    ['Chairman of the Constituent Assembly', 'egy', '2013-09', '2013-12', 'رئيس لجنة الخمسين لتعديل الدستور'],
  ], { al: ['Amr Mousa'] }),
  p('hossam-zaki', 'Hossam Zaki', E, 'IGO', ['حسام زكي'], [
    ['Assistant Secretary-General', 'arab-league', '2016', null, 'الأمين العام المساعد لجامعة الدول العربية'],
  ], { src: 'Start year approximate.' }),
  p('mohamed-orabi', 'Mohamed Orabi', E, 'GOV', ['محمد العرابي'], [
    ['Minister of Foreign Affairs', 'egy', '2011-06', '2011-07'],
  ], { al: ['Mohamed El-Orabi', 'Mohammed al-Orabi'] }),
  p('mohamed-kamel-amr', 'Mohamed Kamel Amr', E, 'GOV', ['محمد كامل عمرو'], [
    ['Minister of Foreign Affairs', 'egy', '2011-07', '2013-07-16'],
  ]),
  p('nabil-fahmy', 'Nabil Fahmy', E, 'GOV', ['نبيل فهمي'], [
    ['Minister of Foreign Affairs', 'egy', '2013-07-16', '2014-06-17'],
  ]),
  p('sameh-shoukry', 'Sameh Shoukry', E, 'GOV', ['سامح شكري', 'شكري'], [
    ['Minister of Foreign Affairs', 'egy', '2014-06-17', '2024-07-03'],
  ], { al: ['Sameh Shukri', 'Sameh Hassan Shoukry'] }),
  p('badr-abdelatty', 'Badr Abdelatty', E, 'GOV', ['بدر عبد العاطي', 'عبد العاطي', 'بدر عبدالعاطي'], [
    ['Minister of Foreign Affairs', 'egy', '2024-07-03', null],
  ], { al: ['Badr Abdel Aty', 'Badr Abdelaty'] }),
  p('murad-muwafi', 'Murad Muwafi', E, 'SPY', ['مراد موافي', 'موافي'], [
    ['Head of Intelligence', 'egy', '2011-01-31', '2012-08-08', EG_INTEL],
  ]),
  p('mohamed-raafat-shehata', 'Mohamed Raafat Shehata', E, 'SPY', ['محمد رأفت شحاتة', 'رأفت شحاتة'], [
    ['Head of Intelligence', 'egy', '2012-08-08', '2013-07-05', EG_INTEL],
  ]),
  p('mohamed-farid-el-tohamy', 'Mohamed Farid el-Tohamy', E, 'SPY', ['محمد فريد التهامي', 'فريد التهامي'], [
    ['Head of Intelligence', 'egy', '2013-07-05', '2014-12-21', EG_INTEL],
  ]),
  p('khaled-fawzy', 'Khaled Fawzy', E, 'SPY', ['خالد فوزي'], [
    ['Head of Intelligence', 'egy', '2014-12-21', '2018-01-18', EG_INTEL],
  ]),
  p('abbas-kamel', 'Abbas Kamel', E, 'SPY', ['عباس كامل', 'اللواء عباس كامل'], [
    ['Chief of Staff of the President', 'egy', '2014-06', '2018-01', 'مدير مكتب رئيس الجمهورية'],
    ['Head of Intelligence', 'egy', '2018-01-18', '2024-10-16', EG_INTEL],
  ]),
  p('hassan-rashad', 'Hassan Rashad', E, 'SPY', ['حسن رشاد', 'اللواء حسن رشاد'], [
    ['Head of Intelligence', 'egy', '2024-10-16', null, EG_INTEL],
  ], { al: ['Hassan Mahmoud Rashad'] }),
  p('sedki-sobhi', 'Sedki Sobhi', E, 'MIL', ['صدقي صبحي'], [
    ['Chief of General Staff', 'egy', '2012-08-12', '2014-03-27', EG_COS],
    ['Minister of Defense', 'egy', '2014-03-26', '2018-06-14'],
  ], { al: ['Sedky Sobhy'] }),
  p('mohamed-ahmed-zaki', 'Mohamed Ahmed Zaki', E, 'MIL', ['محمد أحمد زكي', 'الفريق أول محمد زكي'], [
    ['Minister of Defense', 'egy', '2018-06-14', '2024-07-03'],
  ]),
  p('abdel-mageed-saqr', 'Abdel Mageed Saqr', E, 'MIL', ['عبد المجيد صقر'], [
    ['Minister of Defense', 'egy', '2024-07-03', null],
  ], { al: ['Abdel Majeed Saqr'] }),
  p('mahmoud-hegazy', 'Mahmoud Hegazy', E, 'MIL', ['محمود حجازي'], [
    ['Chief of General Staff', 'egy', '2014-03-27', '2017-10-28', EG_COS],
  ], { sh: ['حجازي'] }),
  p('mohamed-farid-hegazy', 'Mohamed Farid Hegazy', E, 'MIL', ['محمد فريد حجازي'], [
    ['Chief of General Staff', 'egy', '2017-10-28', '2021-10', EG_COS],
  ], { sh: ['حجازي'] }),
  p('osama-askar', 'Osama Askar', E, 'MIL', ['أسامة عسكر'], [
    ['Chief of General Staff', 'egy', '2021-10', '2024-07-03', EG_COS],
  ]),
  p('ahmed-fathy-khalifa', 'Ahmed Fathy Khalifa', E, 'MIL', ['أحمد فتحي خليفة'], [
    ['Chief of General Staff', 'egy', '2024-07-03', null, EG_COS],
  ]),
  p('habib-el-adly', 'Habib el-Adly', E, 'GOV', ['حبيب العادلي', 'العادلي'], [
    ['Minister of the Interior', 'egy', '1997-11', '2011-01-31'],
  ]),
  p('mohamed-ibrahim-moustafa', 'Mohamed Ibrahim Moustafa', E, 'GOV', ['محمد إبراهيم مصطفى', 'اللواء محمد إبراهيم'], [
    ['Minister of the Interior', 'egy', '2013-01-05', '2015-03-05'],
  ], { al: ['Mohamed Ibrahim'] }),
  p('magdy-abdel-ghaffar', 'Magdy Abdel Ghaffar', E, 'GOV', ['مجدي عبد الغفار'], [
    ['Minister of the Interior', 'egy', '2015-03-05', '2018-06-14'],
  ]),
  p('mahmoud-tawfik', 'Mahmoud Tawfik', E, 'GOV', ['محمود توفيق', 'اللواء محمود توفيق'], [
    ['Minister of the Interior', 'egy', '2018-06-14', null],
  ]),
  p('saad-el-katatni', 'Saad El-Katatni', E, 'PTY', ['سعد الكتاتني', 'الكتاتني'], [
    ['Speaker of Parliament', 'egy', '2012-01-23', '2012-06-14', 'رئيس مجلس الشعب المصري'],
  ]),
  p('ali-abdel-aal', 'Ali Abdel Aal', E, 'LEG', ['علي عبد العال'], [
    ['Speaker of Parliament', 'egy', '2016-01-10', '2021-01-12', EG_SPEAKER],
  ]),
  p('hanafy-gebaly', 'Hanafy Gebaly', E, 'LEG', ['حنفي جبالي', 'حنفي الجبالي'], [
    ['Speaker of Parliament', 'egy', '2021-01-12', '2026-01-12', EG_SPEAKER],
  ], { al: ['Hanafi Gebali', 'Hanafy el-Gebaly'] }),
  p('hisham-badawi', 'Hisham Badawi', E, 'LEG', ['هشام بدوي'], [
    ['Speaker of Parliament', 'egy', '2026-01-12', null, EG_SPEAKER],
  ], { src: 'Elected Speaker on 12 January 2026 (KUNA).' }),
  p('ahmed-al-tayeb', 'Ahmed el-Tayeb', E, 'REL', ['أحمد الطيب', 'الإمام الأكبر أحمد الطيب'], [
    ['Grand Imam of al-Azhar', 'egy', '2010-03-19', null, 'شيخ الأزهر'],
  ], { al: ['Ahmed al-Tayeb', 'Ahmad al-Tayyib'], sh: ['الطيب'] }),
  p('ali-gomaa', 'Ali Gomaa', E, 'REL', ['علي جمعة'], [
    ['Grand Mufti', 'egy', '2003-09', '2013-03-04', 'مفتي الديار المصرية'],
  ]),
  p('shawki-allam', 'Shawki Allam', E, 'REL', ['شوقي علام'], [
    ['Grand Mufti', 'egy', '2013-03-04', '2024-08-12', 'مفتي الديار المصرية'],
  ]),
  p('nazir-ayyad', 'Nazir Ayyad', E, 'REL', ['نظير عياد', 'نظير محمد عياد'], [
    ['Grand Mufti', 'egy', '2024-08-12', null, 'مفتي الديار المصرية'],
  ]),
  p('pope-tawadros-ii', 'Pope Tawadros II', E, 'REL', ['البابا تواضروس الثاني', 'تواضروس الثاني', 'البابا تواضروس'], [
    ['Pope', 'egy', '2012-11-18', null, 'بابا الإسكندرية وبطريرك الكرازة المرقسية'],
  ], { al: ['Tawadros II'] }),
  p('mohamed-badie', 'Mohamed Badie', E, 'OPP', ['محمد بديع'], [
    ['Leader', 'muslim-brotherhood', '2010-01-16', null, 'المرشد العام لجماعة الإخوان المسلمين'],
  ]),
  p('mahmoud-ezzat', 'Mahmoud Ezzat', E, 'OPP', ['محمود عزت'], [
    ['Acting Leader', 'muslim-brotherhood', '2013-08-20', '2020-08-28', 'القائم بأعمال المرشد العام لجماعة الإخوان المسلمين'],
  ]),
  p('mohamed-elbaradei', 'Mohamed ElBaradei', E, 'OPP', ['محمد البرادعي', 'البرادعي'], [
    ['Director-General', 'iaea', '1997-12-01', '2009-11-30', 'المدير العام للوكالة الدولية للطاقة الذرية'],
    ['Vice President', 'egy', '2013-07-14', '2013-08-14'],
  ], { al: ['Mohamed el-Baradei'] }),
];

export const JORDAN: readonly PersonSpec[] = [
  p('abdullah-ii-of-jordan', 'Abdullah II of Jordan', J, 'GOV', ['عبد الله الثاني', 'عبدالله الثاني', 'الملك عبد الله الثاني', 'عبد الله الثاني بن الحسين', 'العاهل الأردني الملك عبد الله الثاني'], [
    ['King', 'jor', '1999-02-07', null],
  ], { al: ['King Abdullah II', 'Abdullah bin Al-Hussein'], sh: ['الملك عبد الله', 'الملك عبدالله'] }),
  p('hussein-bin-abdullah', 'Hussein, Crown Prince of Jordan', J, 'GOV', ['الأمير الحسين بن عبد الله الثاني', 'الحسين بن عبد الله الثاني', 'الأمير الحسين بن عبدالله الثاني', 'ولي العهد الأردني الأمير الحسين'], [
    ['Crown Prince', 'jor', '2009-07-02', null],
  ], { al: ['Crown Prince Hussein', 'Hussein bin Abdullah'], sh: ['الأمير الحسين'] }),
  p('queen-rania-of-jordan', 'Queen Rania of Jordan', J, 'GOV', ['الملكة رانيا', 'الملكة رانيا العبد الله', 'رانيا العبد الله'], [
    ['Queen', 'jor', '1999-03-22', null, 'الملكة رانيا العبد الله'],
  ], { al: ['Queen Rania', 'Rania Al-Abdullah'] }),
  p('prince-hamzah-bin-hussein', 'Prince Hamzah bin Hussein', J, 'GOV', ['الأمير حمزة بن الحسين', 'حمزة بن الحسين', 'الأمير حمزة'], [
    ['Crown Prince', 'jor', '1999-02-07', '2004-11-28'],
  ], { al: ['Hamzah bin Hussein', 'Prince Hamza'] }),
  p('samir-rifai', 'Samir Rifai', J, 'GOV', ['سمير الرفاعي'], [
    ['Prime Minister', 'jor', '2009-12-14', '2011-02-09'],
  ], { al: ['Samir al-Rifai'] }),
  p('marouf-al-bakhit', 'Marouf al-Bakhit', J, 'GOV', ['معروف البخيت', 'البخيت'], [
    ['Prime Minister', 'jor', '2011-02-09', '2011-10-24'],
  ]),
  p('awn-shawkat-al-khasawneh', 'Awn Shawkat Al-Khasawneh', J, 'GOV', ['عون الخصاونة', 'عون شوكت الخصاونة'], [
    ['Prime Minister', 'jor', '2011-10-24', '2012-05-02'],
  ], { al: ['Awn Khasawneh'], sh: ['الخصاونة'] }),
  p('fayez-tarawneh', 'Fayez al-Tarawneh', J, 'GOV', ['فايز الطراونة'], [
    ['Prime Minister', 'jor', '2012-05-02', '2012-10-11'],
  ], { al: ['Fayez Tarawneh'] }),
  p('abdullah-ensour', 'Abdullah Ensour', J, 'GOV', ['عبد الله النسور', 'عبدالله النسور', 'النسور'], [
    ['Prime Minister', 'jor', '2012-10-11', '2016-06-01'],
  ], { al: ['Abdullah Nsour', 'Abdullah al-Nsour'] }),
  p('hani-mulki', 'Hani Mulki', J, 'GOV', ['هاني الملقي', 'الملقي'], [
    ['Prime Minister', 'jor', '2016-06-01', '2018-06-14'],
  ], { al: ['Hani al-Mulki'] }),
  p('omar-razzaz', 'Omar Razzaz', J, 'GOV', ['عمر الرزاز', 'الرزاز'], [
    ['Prime Minister', 'jor', '2018-06-14', '2020-10-12'],
  ], { al: ['Omar al-Razzaz'] }),
  p('bisher-al-khasawneh', 'Bisher Al-Khasawneh', J, 'GOV', ['بشر الخصاونة'], [
    ['Prime Minister', 'jor', '2020-10-12', '2024-09-18'],
  ], { al: ['Bisher Khasawneh'], sh: ['الخصاونة'] }),
  p('jafar-hassan', 'Jafar Hassan', J, 'GOV', ['جعفر حسان'], [
    ['Prime Minister', 'jor', '2024-09-18', null],
  ], { al: ['Jaafar Hassan'] }),
  p('nasser-judeh', 'Nasser Judeh', J, 'GOV', ['ناصر جودة'], [
    ['Minister of Foreign Affairs', 'jor', '2009-02-23', '2017-01-15'],
  ], { sh: ['جودة'] }),
  p('ayman-safadi', 'Ayman Safadi', J, 'GOV', ['أيمن الصفدي', 'الصفدي'], [
    ['Minister of Foreign Affairs', 'jor', '2017-01-15', null],
  ], { al: ['Ayman al-Safadi'] }),
  p('ahmed-husni', 'Ahmed Husni', J, 'SPY', ['أحمد حسني', 'اللواء أحمد حسني'], [
    ['Head of Intelligence', 'jor', '2019-05', null, 'مدير دائرة المخابرات العامة الأردنية'],
  ], { al: ['Ahmad Husni'] }),
  p('bassem-awadallah', 'Bassem Awadallah', J, 'GOV', ['باسم عوض الله', 'عوض الله'], [
    ['Chief of the Royal Court', 'jor', '2007', '2008', 'رئيس الديوان الملكي الهاشمي'],
  ]),
];
