// Iraq: federal government, parliament, Kurdistan Region, Shia clergy, PMF and militias.
import { p, type PersonSpec } from './people-mashriq-lib.ts';

const Q = 'IRQ';
const IQ_SPEAKER = 'رئيس مجلس النواب العراقي';
const KRG_PM = 'Prime Minister of the Kurdistan Region';
const KRG_PM_AR = 'رئيس حكومة إقليم كردستان العراق';
const KR_PRES = 'President of the Kurdistan Region';
const KR_PRES_AR = 'رئيس إقليم كردستان العراق';
const PMF_AR = 'رئيس هيئة الحشد الشعبي';

export const IRAQ: readonly PersonSpec[] = [
  p('nouri-al-maliki', 'Nouri al-Maliki', Q, 'GOV', ['نوري المالكي', 'نوري كامل المالكي'], [
    ['Prime Minister', 'irq', '2006-05-20', '2014-09-08'],
    ['Vice President', 'irq', '2014-09-09', '2015-08'],
    ['Vice President', 'irq', '2016-10', '2018-10-02'],
    ['Secretary-General of the Islamic Dawa Party', 'irq', '2007-05', null, 'الأمين العام لحزب الدعوة الإسلامية'],
  ], { al: ['Nuri al-Maliki', 'Nouri Maliki'], sh: ['المالكي'] }),
  p('haider-al-abadi', 'Haider al-Abadi', Q, 'GOV', ['حيدر العبادي', 'العبادي'], [
    ['Prime Minister', 'irq', '2014-09-08', '2018-10-25'],
  ], { al: ['Haidar al-Abadi'] }),
  p('adil-abdul-mahdi', 'Adil Abdul-Mahdi', Q, 'GOV', ['عادل عبد المهدي', 'عبد المهدي', 'عادل عبدالمهدي'], [
    ['Vice President', 'irq', '2005-04', '2011-05'],
    ['Minister of Petroleum', 'irq', '2014-09-08', '2016-03', 'وزير النفط العراقي'],
    ['Prime Minister', 'irq', '2018-10-25', '2020-05-07'],
  ], { al: ['Adel Abdul Mahdi', 'Adil Abdul Mahdi'] }),
  p('mustafa-al-kadhimi', 'Mustafa Al-Kadhimi', Q, 'GOV', ['مصطفى الكاظمي', 'الكاظمي'], [
    ['Head of Intelligence', 'irq', '2016-06-07', '2020-05-07', 'رئيس جهاز المخابرات العراقي'],
    ['Prime Minister', 'irq', '2020-05-07', '2022-10-27'],
  ], { al: ['Mustafa al-Kadhemi', 'Mustafa Kadhimi'] }),
  p('mohammed-shia-al-sudani', "Mohammed Shia' al-Sudani", Q, 'GOV', ['محمد شياع السوداني', 'السوداني', 'محمد شياع'], [
    ['Prime Minister', 'irq', '2022-10-27', null],
  ], { al: ['Mohammed Shia al-Sudani', 'Mohammed al-Sudani'], src: 'Caretaker after the elections of 11 November 2025; no successor known to the author.' }),
  p('jalal-talabani', 'Jalal Talabani', Q, 'GOV', ['جلال طالباني', 'جلال الطالباني', 'مام جلال'], [
    ['Party Leader', 'irq', '1975-06-01', '2017-10-03', 'الأمين العام للاتحاد الوطني الكردستاني'],
    ['President', 'irq', '2005-04-07', '2014-07-24'],
  ], { sh: ['طالباني', 'الطالباني'], src: 'Died 3 October 2017.' }),
  p('fuad-masum', 'Fuad Masum', Q, 'GOV', ['فؤاد معصوم'], [
    ['President', 'irq', '2014-07-24', '2018-10-02'],
  ], { al: ['Fouad Massoum'], sh: ['معصوم'] }),
  p('barham-salih', 'Barham Salih', Q, 'GOV', ['برهم صالح', 'برهم'], [
    [KRG_PM, 'irq', '2009-10-28', '2012-03-05', KRG_PM_AR],
    ['President', 'irq', '2018-10-02', '2022-10-13'],
  ], { al: ['Barham Saleh'] }),
  p('abdul-latif-rashid', 'Abdul Latif Rashid', Q, 'GOV', ['عبد اللطيف رشيد', 'عبد اللطيف جمال رشيد', 'عبداللطيف رشيد'], [
    ['Minister of Water Resources', 'irq', '2003-09', '2010-12', 'وزير الموارد المائية العراقي'],
    ['President', 'irq', '2022-10-13', null],
  ], { al: ['Abdul Latif Jamal Rashid', 'Abdullatif Rashid'] }),
  p('hoshyar-zebari', 'Hoshyar Zebari', Q, 'GOV', ['هوشيار زيباري', 'زيباري'], [
    ['Minister of Foreign Affairs', 'irq', '2003-09', '2014-09-08'],
    ['Minister of Finance', 'irq', '2014-09-08', '2016-09-21'],
  ]),
  p('ibrahim-al-jaafari', 'Ibrahim al-Jaafari', Q, 'GOV', ['إبراهيم الجعفري'], [
    ['Prime Minister', 'irq', '2005-05-03', '2006-05-20'],
    ['Minister of Foreign Affairs', 'irq', '2014-09-08', '2018-10-25'],
  ], { al: ["Ibrahim al-Ja'afari"], sh: ['الجعفري'] }),
  p('mohamed-ali-alhakim', 'Mohamed Ali Alhakim', Q, 'GOV', ['محمد علي الحكيم'], [
    ['Ambassador to the United Nations', 'irq', '2010', '2017'],
    ['Minister of Foreign Affairs', 'irq', '2018-10-25', '2020-05-07'],
  ], { al: ['Mohammed Ali al-Hakim'], sh: ['الحكيم'] }),
  p('fuad-hussein', 'Fuad Hussein', Q, 'GOV', ['فؤاد حسين'], [
    ['Minister of Finance', 'irq', '2018-10-25', '2020-05-07'],
    ['Minister of Foreign Affairs', 'irq', '2020-06-06', null],
    ['Deputy Prime Minister', 'irq', '2022-10-27', null],
  ], { al: ['Fouad Hussein'] }),
  p('osama-al-nujaifi', 'Osama al-Nujaifi', Q, 'PTY', ['أسامة النجيفي', 'النجيفي'], [
    ['Speaker of Parliament', 'irq', '2010-11-11', '2014-07-15', IQ_SPEAKER],
    ['Vice President', 'irq', '2014-09-09', '2015-08'],
  ]),
  p('salim-al-jabouri', 'Salim al-Jabouri', Q, 'PTY', ['سليم الجبوري'], [
    ['Speaker of Parliament', 'irq', '2014-07-15', '2018-09-15', IQ_SPEAKER],
  ], { al: ['Salim al-Jubouri'] }),
  p('mohamed-al-halbousi', 'Mohamed al-Halbousi', Q, 'PTY', ['محمد الحلبوسي'], [
    ['Speaker of Parliament', 'irq', '2018-09-15', '2023-11-14', IQ_SPEAKER],
    ['Party Leader', 'irq', '2019', null, 'رئيس حزب تقدم'],
  ], { al: ['Mohammed al-Halbousi'], sh: ['الحلبوسي'] }),
  p('mohsen-al-mandalawi', 'Mohsen al-Mandalawi', Q, 'LEG', ['محسن المندلاوي', 'المندلاوي'], [
    ['Acting Speaker of Parliament', 'irq', '2023-11-14', '2024-10-31', 'رئيس مجلس النواب العراقي بالنيابة'],
  ]),
  p('mahmoud-al-mashhadani', 'Mahmoud al-Mashhadani', Q, 'LEG', ['محمود المشهداني', 'المشهداني'], [
    ['Speaker of Parliament', 'irq', '2006-04-22', '2008-12', IQ_SPEAKER],
    ['Speaker of Parliament', 'irq', '2024-10-31', '2025-12-29', IQ_SPEAKER],
  ]),
  p('haibat-al-halbousi', 'Haibat al-Halbousi', Q, 'LEG', ['هيبت الحلبوسي'], [
    ['Speaker of Parliament', 'irq', '2025-12-29', null, IQ_SPEAKER],
  ], { al: ['Haibet al-Halbousi'], sh: ['الحلبوسي'], src: 'Elected Speaker on 29 December 2025 (Shafaq News).' }),
  // clergy, parties and militias
  p('muqtada-al-sadr', 'Muqtada al-Sadr', Q, 'REL', ['مقتدى الصدر', 'السيد مقتدى الصدر'], [
    ['Leader of the Sadrist Movement', 'irq', '2003-04', null, 'زعيم التيار الصدري'],
  ], { al: ['Moqtada al-Sadr'], sh: ['الصدر'] }),
  p('ali-al-sistani', 'Ali al-Sistani', Q, 'REL', ['علي السيستاني', 'السيستاني', 'آية الله علي السيستاني', 'علي الحسيني السيستاني'], [
    ['Grand Marja', 'irq', '1992-08', null, 'المرجع الديني الأعلى في النجف'],
  ], { al: ['Grand Ayatollah Sistani'] }),
  p('ammar-al-hakim', 'Ammar al-Hakim', Q, 'PTY', ['عمار الحكيم', 'السيد عمار الحكيم'], [
    ['Party Leader', 'irq', '2009-09-01', '2017-07-24', 'رئيس المجلس الأعلى الإسلامي العراقي'],
    ['Party Leader', 'irq', '2017-07-24', null, 'رئيس تيار الحكمة الوطني'],
  ], { sh: ['الحكيم'] }),
  p('hadi-al-amiri', 'Hadi al-Amiri', Q, 'REB', ['هادي العامري', 'العامري'], [
    ['Leader', 'badr-organization', '2003', null, 'الأمين العام لمنظمة بدر'],
    ['Minister of Transport', 'irq', '2010-12-21', '2014-09-08'],
  ]),
  p('qais-al-khazali', 'Qais al-Khazali', Q, 'REB', ['قيس الخزعلي', 'الخزعلي'], [
    ['Leader', 'asaib-ahl-al-haq', '2007', null, 'الأمين العام لعصائب أهل الحق'],
  ], { al: ['Qais Khazali', 'Qays al-Khazali'] }),
  p('akram-al-kaabi', 'Akram al-Kaabi', Q, 'REB', ['أكرم الكعبي', 'الكعبي'], [
    ['Leader', 'harakat-al-nujaba', '2013', null, 'الأمين العام لحركة النجباء'],
  ]),
  p('falih-al-fayyadh', 'Falih al-Fayyadh', Q, 'GOV', ['فالح الفياض', 'الفياض'], [
    ['National Security Adviser', 'irq', '2011', '2020-07-04'],
    ['Chairman', 'pmf-iraq', '2014-06', null, PMF_AR],
  ], { al: ['Faleh al-Fayyad', 'Falih al-Fayyad'] }),
  p('abu-mahdi-al-muhandis', 'Abu Mahdi al-Muhandis', Q, 'REB', ['أبو مهدي المهندس', 'جمال جعفر إبراهيم'], [
    ['Deputy Chairman', 'pmf-iraq', '2014-06', '2020-01-03', 'نائب رئيس هيئة الحشد الشعبي'],
  ], { al: ['Jamal Jaafar Ibrahim'], sh: ['المهندس'], src: 'Killed with Qasem Soleimani on 3 January 2020.' }),
  p('abu-fadak-al-mohammedawi', 'Abu Fadak al-Mohammedawi', Q, 'REB', ['أبو فدك المحمداوي', 'عبد العزيز المحمداوي', 'أبو فدك'], [
    ['Chief of General Staff', 'pmf-iraq', '2020-02', null, 'رئيس أركان هيئة الحشد الشعبي'],
  ], { al: ['Abdul Aziz al-Mohammedawi'] }),
  p('qasim-al-araji', 'Qasim al-Araji', Q, 'GOV', ['قاسم الأعرجي', 'الأعرجي'], [
    ['Minister of the Interior', 'irq', '2017-01-30', '2018-10-25'],
    ['National Security Adviser', 'irq', '2020-07-04', null],
  ], { al: ['Qassim al-Araji'] }),
  // defence and interior
  p('saadoun-al-dulaimi', 'Saadoun al-Dulaimi', Q, 'GOV', ['سعدون الدليمي'], [
    ['Acting Minister of Defense', 'irq', '2011-08-17', '2014-09-08'],
  ]),
  p('khaled-al-obaidi', 'Khaled al-Obaidi', Q, 'GOV', ['خالد العبيدي'], [
    ['Minister of Defense', 'irq', '2014-10-18', '2016-08-25'],
  ]),
  p('erfan-al-hiyali', 'Erfan al-Hiyali', Q, 'GOV', ['عرفان الحيالي'], [
    ['Minister of Defense', 'irq', '2017-01-30', '2018-10-25'],
  ]),
  p('najah-al-shammari', 'Najah al-Shammari', Q, 'GOV', ['نجاح الشمري'], [
    ['Minister of Defense', 'irq', '2019-06-24', '2020-05-07'],
  ]),
  p('juma-inad', 'Juma Inad', Q, 'GOV', ['جمعة عناد'], [
    ['Minister of Defense', 'irq', '2020-05-07', '2022-10-27'],
  ], { al: ["Juma'a Inad Saadoun"] }),
  p('thabet-al-abbasi', 'Thabet al-Abbasi', Q, 'GOV', ['ثابت العباسي'], [
    ['Minister of Defense', 'irq', '2022-10-27', null],
  ]),
  p('othman-al-ghanmi', 'Othman al-Ghanmi', Q, 'MIL', ['عثمان الغانمي', 'الغانمي'], [
    ['Chief of General Staff', 'irq', '2015', '2020-05-07', 'رئيس أركان الجيش العراقي'],
    ['Minister of the Interior', 'irq', '2020-05-07', '2022-10-27'],
  ]),
  p('abdul-amir-al-shammari', 'Abdul Amir al-Shammari', Q, 'GOV', ['عبد الأمير الشمري'], [
    ['Minister of the Interior', 'irq', '2022-10-27', null],
  ]),
  // other federal politicians
  p('ayad-allawi', 'Ayad Allawi', Q, 'PTY', ['إياد علاوي', 'علاوي'], [
    ['Prime Minister', 'irq', '2004-06-28', '2005-05-03'],
    ['Vice President', 'irq', '2014-09-09', '2015-08'],
  ], { al: ['Iyad Allawi'] }),
  p('tariq-al-hashimi', 'Tariq al-Hashimi', Q, 'PTY', ['طارق الهاشمي'], [
    ['Vice President', 'irq', '2006-04-22', '2012-09'],
  ]),
  p('khodair-al-khozaei', 'Khodair al-Khozaei', Q, 'PTY', ['خضير الخزاعي'], [
    ['Vice President', 'irq', '2011-05', '2014-09-09'],
  ]),
  p('saleh-al-mutlaq', 'Saleh al-Mutlaq', Q, 'PTY', ['صالح المطلك', 'المطلك'], [
    ['Deputy Prime Minister', 'irq', '2010-12-21', '2014-09-08'],
  ]),
  p('rafi-al-issawi', 'Rafi al-Issawi', Q, 'PTY', ['رافع العيساوي', 'العيساوي'], [
    ['Minister of Finance', 'irq', '2010-12-21', '2013-03-01'],
  ]),
  p('izzat-ibrahim-al-douri', 'Izzat Ibrahim al-Douri', Q, 'REB', ['عزة إبراهيم الدوري', 'عزت الدوري', 'عزة الدوري'], [
    ['Vice Chairman of the Revolutionary Command Council', 'irq', '1979-07-16', '2003-04-09', 'نائب رئيس مجلس قيادة الثورة'],
    ['Leader of the Baath Party in Iraq', 'irq', '2007-01', '2020-10-26', 'الأمين العام لحزب البعث العراقي المنحل'],
  ]),
  // Kurdistan Region
  p('masoud-barzani', 'Masoud Barzani', Q, 'PTY', ['مسعود بارزاني', 'مسعود البارزاني'], [
    ['Party Leader', 'irq', '1979-03', null, 'رئيس الحزب الديمقراطي الكردستاني'],
    [KR_PRES, 'irq', '2005-06-13', '2017-11-01', KR_PRES_AR],
  ], { sh: ['بارزاني', 'البارزاني'] }),
  p('nechirvan-barzani', 'Nechirvan Barzani', Q, 'GOV', ['نيجيرفان بارزاني', 'نيجيرفان البارزاني', 'نيجرفان بارزاني'], [
    [KRG_PM, 'irq', '2006-05-07', '2009-10-28', KRG_PM_AR],
    [KRG_PM, 'irq', '2012-03-05', '2019-07-10', KRG_PM_AR],
    [KR_PRES, 'irq', '2019-06-10', null, KR_PRES_AR],
  ], { al: ['Nechirvan Idris Barzani'], sh: ['بارزاني', 'البارزاني'] }),
  p('masrour-barzani', 'Masrour Barzani', Q, 'GOV', ['مسرور بارزاني', 'مسرور البارزاني'], [
    ['Chancellor of the Kurdistan Region Security Council', 'irq', '2012', '2019-07-10', 'مستشار مجلس أمن إقليم كردستان'],
    [KRG_PM, 'irq', '2019-07-10', null, KRG_PM_AR],
  ], { sh: ['بارزاني', 'البارزاني'] }),
  p('bafel-talabani', 'Bafel Talabani', Q, 'PTY', ['بافل طالباني', 'بافل الطالباني', 'بافل جلال طالباني'], [
    ['Party Leader', 'irq', '2020-02', null, 'رئيس الاتحاد الوطني الكردستاني'],
  ], { sh: ['طالباني', 'الطالباني'] }),
  p('qubad-talabani', 'Qubad Talabani', Q, 'GOV', ['قوباد طالباني', 'قباد طالباني', 'قوباد الطالباني'], [
    ['Deputy Prime Minister of the Kurdistan Region', 'irq', '2014-06-18', null, 'نائب رئيس حكومة إقليم كردستان'],
  ], { sh: ['طالباني', 'الطالباني'] }),
  p('lahur-sheikh-jangi', 'Lahur Sheikh Jangi', Q, 'PTY', ['لاهور شيخ جنكي', 'لاهور الشيخ جنكي'], [
    ['Co-Leader of the Patriotic Union of Kurdistan', 'irq', '2020-02', '2021-07', 'الرئيس المشترك للاتحاد الوطني الكردستاني'],
  ], { al: ['Lahur Talabany'] }),
];
