// European heads of state/government, ministers and EU officials in Middle East news, 2011–2026.
import { p, r } from './people-world-types.ts';
import type { KbActor } from '../../src/kb/schema.ts';

const UKPM = 'رئيس الوزراء البريطاني';
const UKPM_F = 'رئيسة الوزراء البريطانية';
const UKFS = 'وزير الخارجية البريطاني';
const UKFS_F = 'وزيرة الخارجية البريطانية';
const UKDS = 'وزير الدفاع البريطاني';
const UKDS_F = 'وزيرة الدفاع البريطانية';
const UKME = 'وزير الدولة البريطاني لشؤون الشرق الأوسط';
const FRPM = 'رئيس الوزراء الفرنسي';
const FRPM_F = 'رئيسة الوزراء الفرنسية';
const FRFM = 'وزير الخارجية الفرنسي';
const FRFM_F = 'وزيرة الخارجية الفرنسية';
const FRDM = 'وزير الجيوش الفرنسي';
const FRDM_F = 'وزيرة الجيوش الفرنسية';
const DECH = 'المستشار الألماني';
const DECH_F = 'المستشارة الألمانية';
const DEFM = 'وزير الخارجية الألماني';
const DEFM_F = 'وزيرة الخارجية الألمانية';
const DEDM = 'وزير الدفاع الألماني';
const DEDM_F = 'وزيرة الدفاع الألمانية';
const ITPM = 'رئيس الوزراء الإيطالي';
const ITFM = 'وزير الخارجية الإيطالي';
const ESPM = 'رئيس الوزراء الإسباني';
const ESFM = 'وزير الخارجية الإسباني';
const HR = 'الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية';
const HR_F = 'الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية';
const ECP = 'رئيس المفوضية الأوروبية';
const EUCP = 'رئيس المجلس الأوروبي';
const EPP = 'رئيس البرلمان الأوروبي';

export const uk: KbActor[] = [
  p('david-cameron', 'David Cameron', 'GBR', 'GOV', ['ديفيد كاميرون', 'كاميرون'], [
    r('Prime Minister', 'gbr', '2010-05-11', '2016-07-13', UKPM),
    r('Minister of Foreign Affairs', 'gbr', '2023-11-13', '2024-07-05', UKFS),
  ], { wd: 'Q192' }),
  p('theresa-may', 'Theresa May', 'GBR', 'GOV', ['تيريزا ماي', 'تيريسا ماي'], [r('Prime Minister', 'gbr', '2016-07-13', '2019-07-24', UKPM_F)], { sh: ['ماي'], wd: 'Q264766' }),
  p('boris-johnson', 'Boris Johnson', 'GBR', 'GOV', ['بوريس جونسون'], [
    r('Minister of Foreign Affairs', 'gbr', '2016-07-13', '2018-07-09', UKFS),
    r('Prime Minister', 'gbr', '2019-07-24', '2022-09-06', UKPM),
  ], { sh: ['جونسون'], wd: 'Q180589', dis: 'prefer the holder of a role on the publication date' }),
  p('liz-truss', 'Liz Truss', 'GBR', 'GOV', ['ليز تراس'], [
    r('Minister of Foreign Affairs', 'gbr', '2021-09-15', '2022-09-06', UKFS_F),
    r('Prime Minister', 'gbr', '2022-09-06', '2022-10-25', UKPM_F),
  ], { sh: ['تراس'] }),
  p('rishi-sunak', 'Rishi Sunak', 'GBR', 'GOV', ['ريشي سوناك', 'سوناك'], [r('Prime Minister', 'gbr', '2022-10-25', '2024-07-05', UKPM)]),
  p('keir-starmer', 'Keir Starmer', 'GBR', 'GOV', ['كير ستارمر', 'كير ستارمير', 'ستارمر', 'ستارمير'], [
    r('Party Leader', 'gbr', '2020-04-04', null, 'زعيم حزب العمال البريطاني'),
    r('Prime Minister', 'gbr', '2024-07-05', null, UKPM),
  ]),
  p('william-hague', 'William Hague', 'GBR', 'GOV', ['وليام هيغ', 'ويليام هيغ', 'وليام هيج', 'ويليام هيج', 'هيغ'], [r('Minister of Foreign Affairs', 'gbr', '2010-05-12', '2014-07-14', UKFS)]),
  p('philip-hammond', 'Philip Hammond', 'GBR', 'GOV', ['فيليب هاموند', 'هاموند'], [
    r('Minister of Defense', 'gbr', '2011-10-14', '2014-07-15', UKDS),
    r('Minister of Foreign Affairs', 'gbr', '2014-07-15', '2016-07-13', UKFS),
    r('Minister of Finance', 'gbr', '2016-07-13', '2019-07-24', 'وزير المالية البريطاني'),
  ]),
  p('jeremy-hunt', 'Jeremy Hunt', 'GBR', 'GOV', ['جيريمي هانت', 'جيرمي هانت'], [
    r('Minister of Foreign Affairs', 'gbr', '2018-07-09', '2019-07-24', UKFS),
    r('Minister of Finance', 'gbr', '2022-10-14', '2024-07-05', 'وزير المالية البريطاني'),
  ], { sh: ['هانت'] }),
  p('dominic-raab', 'Dominic Raab', 'GBR', 'GOV', ['دومينيك راب'], [
    r('Minister of Foreign Affairs', 'gbr', '2019-07-24', '2021-09-15', UKFS),
    r('Deputy Prime Minister', 'gbr', '2021-09-15', '2023-04-21', 'نائب رئيس الوزراء البريطاني'),
  ], { sh: ['راب'] }),
  p('james-cleverly', 'James Cleverly', 'GBR', 'GOV', ['جيمس كليفرلي', 'كليفرلي'], [
    r('Minister for the Middle East', 'gbr', '2020-02-13', '2021-09-15', UKME),
    r('Minister of Foreign Affairs', 'gbr', '2022-09-06', '2023-11-13', UKFS),
    r('Minister of the Interior', 'gbr', '2023-11-13', '2024-07-05', 'وزير الداخلية البريطاني'),
  ]),
  p('david-lammy', 'David Lammy', 'GBR', 'GOV', ['ديفيد لامي', 'لامي'], [
    r('Minister of Foreign Affairs', 'gbr', '2024-07-05', '2025-09-05', UKFS),
    r('Deputy Prime Minister', 'gbr', '2025-09-05', null, 'نائب رئيس الوزراء البريطاني'),
  ]),
  p('yvette-cooper', 'Yvette Cooper', 'GBR', 'GOV', ['إيفيت كوبر', 'إيفت كوبر', 'ايفيت كوبر'], [
    r('Minister of the Interior', 'gbr', '2024-07-05', '2025-09-05', 'وزيرة الداخلية البريطانية'),
    r('Minister of Foreign Affairs', 'gbr', '2025-09-05', null, UKFS_F),
  ], { sh: ['كوبر'] }),
  p('liam-fox', 'Liam Fox', 'GBR', 'GOV', ['ليام فوكس'], [r('Minister of Defense', 'gbr', '2010-05-12', '2011-10-14', UKDS)], { sh: ['فوكس'] }),
  p('michael-fallon', 'Michael Fallon', 'GBR', 'GOV', ['مايكل فالون', 'فالون'], [r('Minister of Defense', 'gbr', '2014-07-15', '2017-11-01', UKDS)]),
  p('gavin-williamson', 'Gavin Williamson', 'GBR', 'GOV', ['غافين ويليامسون', 'جافين ويليامسون', 'غافن وليامسون', 'ويليامسون'], [r('Minister of Defense', 'gbr', '2017-11-02', '2019-05-01', UKDS)]),
  p('penny-mordaunt', 'Penny Mordaunt', 'GBR', 'GOV', ['بيني موردونت', 'موردونت'], [r('Minister of Defense', 'gbr', '2019-05-01', '2019-07-24', UKDS_F)]),
  p('ben-wallace', 'Ben Wallace', 'GBR', 'GOV', ['بن والاس', 'بين والاس', 'والاس'], [r('Minister of Defense', 'gbr', '2019-07-24', '2023-08-31', UKDS)]),
  p('grant-shapps', 'Grant Shapps', 'GBR', 'GOV', ['غرانت شابس', 'جرانت شابس', 'شابس'], [r('Minister of Defense', 'gbr', '2023-08-31', '2024-07-05', UKDS)]),
  p('john-healey', 'John Healey', 'GBR', 'GOV', ['جون هيلي', 'جون هيلى'], [r('Minister of Defense', 'gbr', '2024-07-05', null, UKDS)]),
  p('alistair-burt', 'Alistair Burt', 'GBR', 'GOV', ['أليستير بيرت', 'أليستر بيرت', 'بيرت'], [
    r('Minister for the Middle East', 'gbr', '2010-05', '2013-10', UKME),
    r('Minister for the Middle East', 'gbr', '2017-06', '2019-03', UKME),
  ]),
  p('tobias-ellwood', 'Tobias Ellwood', 'GBR', 'GOV', ['توبياس إلوود', 'توبياس إيلوود', 'إلوود'], [r('Minister for the Middle East', 'gbr', '2014-07', '2016-07', UKME)]),
  p('tariq-ahmad', 'Tariq Ahmad, Baron Ahmad of Wimbledon', 'GBR', 'GOV', ['اللورد طارق أحمد', 'اللورد أحمد'], [r('Minister for the Middle East', 'gbr', '2022-10', '2024-07-05', UKME)], { al: ['Lord Ahmad', 'Tariq Ahmad'], sh: ['طارق أحمد'] }),
  p('hamish-falconer', 'Hamish Falconer', 'GBR', 'GOV', ['هاميش فالكونر', 'هاميش فولكنر', 'فالكونر'], [r('Minister for the Middle East', 'gbr', '2024-07-09', null, UKME)]),
  p('jonathan-powell', 'Jonathan Powell', 'GBR', 'GOV', ['جوناثان باول'], [r('National Security Adviser', 'gbr', '2024-11', null, 'مستشار الأمن القومي البريطاني')], { sh: ['باول'] }),
  p('tony-blair', 'Tony Blair', 'GBR', 'IGO', ['توني بلير', 'بلير'], [r('Special Envoy of the Quartet', 'quartet', '2007-06-27', '2015-05-27', 'مبعوث اللجنة الرباعية الدولية')], { wd: 'Q9545' }),
  p('gordon-brown', 'Gordon Brown', 'GBR', 'GOV', ['غوردون براون', 'جوردون براون'], [r('Prime Minister', 'gbr', '2007-06-27', '2010-05-11', UKPM), r('Special Envoy for Global Education', 'un', '2012-07', null, 'المبعوث الأممي الخاص للتعليم العالمي')], { sh: ['براون'], wd: 'Q10648' }),
  p('jeremy-corbyn', 'Jeremy Corbyn', 'GBR', 'LEG', ['جيريمي كوربين', 'جيرمي كوربن', 'كوربين', 'كوربن'], [r('Party Leader', 'gbr', '2015-09-12', '2020-04-04', 'زعيم حزب العمال البريطاني')]),
  p('charles-iii', 'Charles III', 'GBR', 'GOV', ['الملك تشارلز الثالث', 'تشارلز الثالث', 'الملك تشارلز', 'الأمير تشارلز'], [
    r('Prince of Wales', 'gbr', '1958-07-26', '2022-09-08', 'ولي العهد البريطاني'),
    r('King', 'gbr', '2022-09-08', null, 'ملك بريطانيا'),
  ], { al: ['King Charles', 'Prince Charles'] }),
  p('elizabeth-ii', 'Elizabeth II', 'GBR', 'GOV', ['الملكة إليزابيث الثانية', 'إليزابيث الثانية', 'الملكة إليزابيث'], [r('Queen', 'gbr', '1952-02-06', '2022-09-08', 'ملكة بريطانيا')], { al: ['Queen Elizabeth II'] }),
  p('william-prince-of-wales', 'William, Prince of Wales', 'GBR', 'GOV', ['الأمير وليام', 'الأمير ويليام'], [r('Prince of Wales', 'gbr', '2022-09-09', null, 'ولي العهد البريطاني')], { al: ['Prince William'] }),
  p('matthew-rycroft', 'Matthew Rycroft', 'GBR', 'GOV', ['ماثيو رايكروفت', 'ماتيو رايكروفت', 'رايكروفت'], [r('Ambassador to the United Nations', 'gbr', '2015-04', '2018-01', 'المندوب البريطاني لدى الأمم المتحدة')]),
  p('karen-pierce', 'Karen Pierce', 'GBR', 'GOV', ['كارين بيرس'], [
    r('Ambassador to the United Nations', 'gbr', '2018-03', '2020-03', 'المندوبة البريطانية لدى الأمم المتحدة'),
    r('Ambassador', 'gbr', '2020-03', '2025-02', 'السفيرة البريطانية لدى الولايات المتحدة'),
  ], { sh: ['بيرس'] }),
  p('barbara-woodward', 'Barbara Woodward', 'GBR', 'GOV', ['باربرا وودوارد', 'باربارا وودوارد', 'وودوارد'], [r('Ambassador to the United Nations', 'gbr', '2020-11', null, 'المندوبة البريطانية لدى الأمم المتحدة')]),
  p('john-sawers', 'John Sawers', 'GBR', 'SPY', ['جون سويرز', 'جون سوارز', 'سويرز'], [r('Head of Intelligence', 'gbr', '2009-11', '2014-11', 'رئيس جهاز الاستخبارات البريطانية الخارجية (إم آي 6)')]),
  p('alex-younger', 'Alex Younger', 'GBR', 'SPY', ['أليكس يونغر', 'أليكس يانغر'], [r('Head of Intelligence', 'gbr', '2014-11', '2020-09', 'رئيس جهاز الاستخبارات البريطانية الخارجية (إم آي 6)')]),
  p('richard-moore', 'Richard Moore', 'GBR', 'SPY', ['ريتشارد مور'], [r('Head of Intelligence', 'gbr', '2020-10', '2025-09', 'رئيس جهاز الاستخبارات البريطانية الخارجية (إم آي 6)')]),
  p('blaise-metreweli', 'Blaise Metreweli', 'GBR', 'SPY', ['بليز ميتريويلي', 'بليز متريويلي', 'ميتريويلي'], [r('Head of Intelligence', 'gbr', '2025-10', null, 'رئيسة جهاز الاستخبارات البريطانية الخارجية (إم آي 6)')]),
];

export const france: KbActor[] = [
  p('nicolas-sarkozy', 'Nicolas Sarkozy', 'FRA', 'GOV', ['نيكولا ساركوزي', 'ساركوزي'], [r('President', 'fra', '2007-05-16', '2012-05-15', 'الرئيس الفرنسي')], { wd: 'Q329' }),
  p('francois-hollande', 'François Hollande', 'FRA', 'GOV', ['فرانسوا هولاند', 'هولاند'], [r('President', 'fra', '2012-05-15', '2017-05-14', 'الرئيس الفرنسي')], { al: ['Francois Hollande'] }),
  p('emmanuel-macron', 'Emmanuel Macron', 'FRA', 'GOV', ['إيمانويل ماكرون', 'إمانويل ماكرون', 'إيمانويل ماكرن', 'ماكرون'], [r('President', 'fra', '2017-05-14', null, 'الرئيس الفرنسي')], { al: ['Macron'], wd: 'Q3052772' }),
  p('francois-fillon', 'François Fillon', 'FRA', 'GOV', ['فرانسوا فيون', 'فيون'], [r('Prime Minister', 'fra', '2007-05-17', '2012-05-15', FRPM)]),
  p('jean-marc-ayrault', 'Jean-Marc Ayrault', 'FRA', 'GOV', ['جان مارك آيرولت', 'جان مارك إيرولت', 'جان-مارك إيرولت', 'جان مارك أيرو', 'إيرولت', 'آيرو'], [
    r('Prime Minister', 'fra', '2012-05-15', '2014-03-31', FRPM),
    r('Minister of Foreign Affairs', 'fra', '2016-02-11', '2017-05-17', FRFM),
  ]),
  p('manuel-valls', 'Manuel Valls', 'FRA', 'GOV', ['مانويل فالس'], [r('Prime Minister', 'fra', '2014-03-31', '2016-12-06', FRPM)], { sh: ['فالس'] }),
  p('bernard-cazeneuve', 'Bernard Cazeneuve', 'FRA', 'GOV', ['برنار كازنوف', 'كازنوف'], [r('Prime Minister', 'fra', '2016-12-06', '2017-05-15', FRPM)]),
  p('edouard-philippe', 'Édouard Philippe', 'FRA', 'GOV', ['إدوار فيليب', 'إدوارد فيليب'], [r('Prime Minister', 'fra', '2017-05-15', '2020-07-03', FRPM)], { al: ['Edouard Philippe'], sh: ['فيليب'] }),
  p('jean-castex', 'Jean Castex', 'FRA', 'GOV', ['جان كاستكس', 'كاستكس'], [r('Prime Minister', 'fra', '2020-07-03', '2022-05-16', FRPM)]),
  p('elisabeth-borne', 'Élisabeth Borne', 'FRA', 'GOV', ['إليزابيث بورن'], [r('Prime Minister', 'fra', '2022-05-16', '2024-01-09', FRPM_F)], { al: ['Elisabeth Borne'], sh: ['بورن'] }),
  p('gabriel-attal', 'Gabriel Attal', 'FRA', 'GOV', ['غابرييل أتال', 'غابريال أتال', 'جابرييل أتال', 'أتال'], [r('Prime Minister', 'fra', '2024-01-09', '2024-09-05', FRPM)]),
  p('michel-barnier', 'Michel Barnier', 'FRA', 'GOV', ['ميشال بارنييه', 'ميشيل بارنييه', 'بارنييه'], [r('Prime Minister', 'fra', '2024-09-05', '2024-12-13', FRPM)]),
  p('francois-bayrou', 'François Bayrou', 'FRA', 'GOV', ['فرانسوا بايرو', 'بايرو'], [r('Prime Minister', 'fra', '2024-12-13', '2025-09-09', FRPM)]),
  p('sebastien-lecornu', 'Sébastien Lecornu', 'FRA', 'GOV', ['سيباستيان لوكورنو', 'سيباستيان ليكورنو', 'لوكورنو', 'ليكورنو'], [
    r('Minister of Defense', 'fra', '2022-05-20', '2025-09-09', FRDM),
    r('Prime Minister', 'fra', '2025-09-09', null, FRPM),
  ]),
  p('alain-juppe', 'Alain Juppé', 'FRA', 'GOV', ['آلان جوبيه', 'ألان جوبيه', 'جوبيه'], [r('Minister of Foreign Affairs', 'fra', '2011-02-27', '2012-05-15', FRFM)]),
  p('laurent-fabius', 'Laurent Fabius', 'FRA', 'GOV', ['لوران فابيوس', 'فابيوس'], [r('Minister of Foreign Affairs', 'fra', '2012-05-16', '2016-02-11', FRFM)]),
  p('jean-yves-le-drian', 'Jean-Yves Le Drian', 'FRA', 'GOV', ['جان إيف لودريان', 'جان إيف لو دريان', 'جان-إيف لودريان', 'لودريان', 'لو دريان'], [
    r('Minister of Defense', 'fra', '2012-05-16', '2017-05-17', 'وزير الدفاع الفرنسي'),
    r('Minister of Foreign Affairs', 'fra', '2017-05-17', '2022-05-20', FRFM),
    r('Special Envoy for Lebanon', 'fra', '2023-06', null, 'المبعوث الشخصي للرئيس الفرنسي إلى لبنان'),
  ]),
  p('catherine-colonna', 'Catherine Colonna', 'FRA', 'GOV', ['كاترين كولونا', 'كاثرين كولونا', 'كولونا'], [r('Minister of Foreign Affairs', 'fra', '2022-05-20', '2024-01-11', FRFM_F)]),
  p('stephane-sejourne', 'Stéphane Séjourné', 'FRA', 'GOV', ['ستيفان سيجورنيه', 'ستيفان سيجورني', 'سيجورنيه'], [r('Minister of Foreign Affairs', 'fra', '2024-01-11', '2024-09-21', FRFM)]),
  p('jean-noel-barrot', 'Jean-Noël Barrot', 'FRA', 'GOV', ['جان نويل بارو', 'جان-نويل بارو', 'جان نويل بارّو'], [r('Minister of Foreign Affairs', 'fra', '2024-09-21', null, FRFM)], { sh: ['بارو'] }),
  p('gerard-longuet', 'Gérard Longuet', 'FRA', 'GOV', ['جيرار لونغيه', 'جيرار لونجيه'], [r('Minister of Defense', 'fra', '2011-02-27', '2012-05-16', 'وزير الدفاع الفرنسي')]),
  p('florence-parly', 'Florence Parly', 'FRA', 'GOV', ['فلورانس بارلي', 'بارلي'], [r('Minister of Defense', 'fra', '2017-06-21', '2022-05-20', FRDM_F)]),
  p('catherine-vautrin', 'Catherine Vautrin', 'FRA', 'GOV', ['كاترين فوتران', 'كاثرين فوتران'], [r('Minister of Defense', 'fra', '2025-10-12', null, FRDM_F)]),
  p('francois-delattre', 'François Delattre', 'FRA', 'GOV', ['فرانسوا دولاتر', 'فرانسوا ديلاتر'], [r('Ambassador to the United Nations', 'fra', '2014-09', '2019-07', 'المندوب الفرنسي لدى الأمم المتحدة')]),
  p('nicolas-de-riviere', 'Nicolas de Rivière', 'FRA', 'GOV', ['نيكولا دي ريفيير', 'نيكولا دو ريفيير'], [r('Ambassador to the United Nations', 'fra', '2019-07', '2023', 'المندوب الفرنسي لدى الأمم المتحدة')]),
];

export const germany: KbActor[] = [
  p('angela-merkel', 'Angela Merkel', 'DEU', 'GOV', ['أنغيلا ميركل', 'أنجيلا ميركل', 'أنغيلا ميركيل', 'ميركل'], [r('Chancellor', 'deu', '2005-11-22', '2021-12-08', DECH_F)], { wd: 'Q567' }),
  p('olaf-scholz', 'Olaf Scholz', 'DEU', 'GOV', ['أولاف شولتس', 'أولاف شولتز', 'أولاف شولز', 'شولتس'], [
    r('Minister of Finance', 'deu', '2018-03-14', '2021-12-08', 'وزير المالية الألماني'),
    r('Chancellor', 'deu', '2021-12-08', '2025-05-06', DECH),
  ], { sh: ['شولتز', 'شولز'], wd: 'Q61053' }),
  p('friedrich-merz', 'Friedrich Merz', 'DEU', 'GOV', ['فريدريش ميرتس', 'فريدريش ميرز', 'فريدريك ميرتس', 'ميرز'], [r('Chancellor', 'deu', '2025-05-06', null, DECH)], { sh: ['ميرتس'] }),
  p('christian-wulff', 'Christian Wulff', 'DEU', 'GOV', ['كريستيان فولف'], [r('President', 'deu', '2010-07-02', '2012-02-17', 'الرئيس الألماني')], { sh: ['فولف'] }),
  p('joachim-gauck', 'Joachim Gauck', 'DEU', 'GOV', ['يواخيم غاوك', 'يواكيم غاوك', 'يواكيم جاوك', 'غاوك'], [r('President', 'deu', '2012-03-18', '2017-03-18', 'الرئيس الألماني')]),
  p('frank-walter-steinmeier', 'Frank-Walter Steinmeier', 'DEU', 'GOV', ['فرانك فالتر شتاينماير', 'فرانك-فالتر شتاينماير', 'شتاينماير'], [
    r('Minister of Foreign Affairs', 'deu', '2013-12-17', '2017-01-27', DEFM),
    r('President', 'deu', '2017-03-19', null, 'الرئيس الألماني'),
  ]),
  p('guido-westerwelle', 'Guido Westerwelle', 'DEU', 'GOV', ['غيدو فسترفيله', 'جيدو فيسترفيله', 'غيدو فيسترفيله', 'فسترفيله', 'فيسترفيله'], [r('Minister of Foreign Affairs', 'deu', '2009-10-28', '2013-12-17', DEFM)]),
  p('sigmar-gabriel', 'Sigmar Gabriel', 'DEU', 'GOV', ['زيغمار غابرييل', 'سيغمار غابرييل', 'زيجمار جابرييل'], [r('Minister of Foreign Affairs', 'deu', '2017-01-27', '2018-03-14', DEFM)], { sh: ['غابرييل'] }),
  p('heiko-maas', 'Heiko Maas', 'DEU', 'GOV', ['هايكو ماس'], [r('Minister of Foreign Affairs', 'deu', '2018-03-14', '2021-12-08', DEFM)], { sh: ['ماس'] }),
  p('annalena-baerbock', 'Annalena Baerbock', 'DEU', 'GOV', ['أنالينا بيربوك', 'أنالينا بيربوك', 'آنالينا بيربوك', 'بيربوك'], [
    r('Minister of Foreign Affairs', 'deu', '2021-12-08', '2025-05-06', DEFM_F),
    r('President of the General Assembly', 'un-general-assembly', '2025-09-09', null, 'رئيسة الجمعية العامة للأمم المتحدة'),
  ]),
  p('johann-wadephul', 'Johann Wadephul', 'DEU', 'GOV', ['يوهان فاديفول', 'يوهان فادفول', 'فاديفول', 'فادفول'], [r('Minister of Foreign Affairs', 'deu', '2025-05-06', null, DEFM)]),
  p('thomas-de-maiziere', 'Thomas de Maizière', 'DEU', 'GOV', ['توماس دي ميزير', 'توماس دو ميزيير', 'دي ميزير'], [r('Minister of Defense', 'deu', '2011-03-03', '2013-12-17', DEDM)]),
  p('annegret-kramp-karrenbauer', 'Annegret Kramp-Karrenbauer', 'DEU', 'GOV', ['أنغريت كرامب-كارنباور', 'أنغريت كرامب كارنباور', 'كرامب كارنباور'], [r('Minister of Defense', 'deu', '2019-07-17', '2021-12-08', DEDM_F)]),
  p('christine-lambrecht', 'Christine Lambrecht', 'DEU', 'GOV', ['كريستينه لامبرشت', 'كريستين لامبريشت', 'لامبرشت'], [r('Minister of Defense', 'deu', '2021-12-08', '2023-01-19', DEDM_F)]),
  p('boris-pistorius', 'Boris Pistorius', 'DEU', 'GOV', ['بوريس بيستوريوس', 'بيستوريوس'], [r('Minister of Defense', 'deu', '2023-01-19', null, DEDM)]),
  p('christoph-heusgen', 'Christoph Heusgen', 'DEU', 'GOV', ['كريستوف هويسغن', 'كريستوف هويسجن', 'هويسغن'], [
    r('Ambassador to the United Nations', 'deu', '2017-07', '2021-06', 'المندوب الألماني لدى الأمم المتحدة'),
    r('Chairman of the Munich Security Conference', undefined, '2022-02', '2025-02', 'رئيس مؤتمر ميونخ للأمن'),
  ]),
];

export const italy: KbActor[] = [
  p('silvio-berlusconi', 'Silvio Berlusconi', 'ITA', 'GOV', ['سيلفيو برلسكوني', 'سيلفيو برلوسكوني', 'برلسكوني', 'برلوسكوني'], [r('Prime Minister', 'ita', '2008-05-08', '2011-11-16', ITPM)], { wd: 'Q11860' }),
  p('mario-monti', 'Mario Monti', 'ITA', 'GOV', ['ماريو مونتي', 'مونتي'], [r('Prime Minister', 'ita', '2011-11-16', '2013-04-28', ITPM)]),
  p('enrico-letta', 'Enrico Letta', 'ITA', 'GOV', ['إنريكو ليتا', 'انريكو ليتا', 'ليتا'], [r('Prime Minister', 'ita', '2013-04-28', '2014-02-22', ITPM)]),
  p('matteo-renzi', 'Matteo Renzi', 'ITA', 'GOV', ['ماتيو رينزي', 'رينزي'], [r('Prime Minister', 'ita', '2014-02-22', '2016-12-12', ITPM)]),
  p('paolo-gentiloni', 'Paolo Gentiloni', 'ITA', 'GOV', ['باولو جنتيلوني', 'باولو جينتيلوني', 'جنتيلوني', 'جينتيلوني'], [
    r('Minister of Foreign Affairs', 'ita', '2014-10-31', '2016-12-12', ITFM),
    r('Prime Minister', 'ita', '2016-12-12', '2018-06-01', ITPM),
  ]),
  p('giuseppe-conte', 'Giuseppe Conte', 'ITA', 'GOV', ['جوزيبي كونتي', 'جوزيبي كونتى', 'كونتي'], [r('Prime Minister', 'ita', '2018-06-01', '2021-02-13', ITPM)]),
  p('mario-draghi', 'Mario Draghi', 'ITA', 'GOV', ['ماريو دراغي', 'ماريو دراجي', 'دراغي', 'دراجي'], [r('Prime Minister', 'ita', '2021-02-13', '2022-10-22', ITPM)]),
  p('giorgia-meloni', 'Giorgia Meloni', 'ITA', 'GOV', ['جورجيا ميلوني', 'ميلوني'], [r('Prime Minister', 'ita', '2022-10-22', null, 'رئيسة الوزراء الإيطالية')]),
  p('franco-frattini', 'Franco Frattini', 'ITA', 'GOV', ['فرانكو فراتيني', 'فراتيني'], [r('Minister of Foreign Affairs', 'ita', '2008-05-08', '2011-11-16', ITFM)]),
  p('giulio-terzi', 'Giulio Terzi di Sant\'Agata', 'ITA', 'GOV', ['جوليو تيرزي', 'جوليو ترتسي'], [r('Minister of Foreign Affairs', 'ita', '2011-11-16', '2013-03-26', ITFM)], { al: ['Giulio Terzi'] }),
  p('emma-bonino', 'Emma Bonino', 'ITA', 'GOV', ['إيما بونينو', 'بونينو'], [r('Minister of Foreign Affairs', 'ita', '2013-04-28', '2014-02-22', 'وزيرة الخارجية الإيطالية')]),
  p('federica-mogherini', 'Federica Mogherini', 'ITA', 'IGO', ['فيديريكا موغيريني', 'فيديريكا موغريني', 'فدريكا موغيريني', 'موغيريني', 'موغريني'], [
    r('Minister of Foreign Affairs', 'ita', '2014-02-22', '2014-10-31', 'وزيرة الخارجية الإيطالية'),
    r('High Representative for Foreign Affairs', 'eu', '2014-11-01', '2019-11-30', HR_F),
  ]),
  p('angelino-alfano', 'Angelino Alfano', 'ITA', 'GOV', ['أنجلينو ألفانو', 'أنجيلينو ألفانو', 'ألفانو'], [r('Minister of Foreign Affairs', 'ita', '2016-12-12', '2018-06-01', ITFM)]),
  p('enzo-moavero-milanesi', 'Enzo Moavero Milanesi', 'ITA', 'GOV', ['إنزو موافيرو ميلانيزي', 'موافيرو ميلانيزي'], [r('Minister of Foreign Affairs', 'ita', '2018-06-01', '2019-09-05', ITFM)]),
  p('luigi-di-maio', 'Luigi Di Maio', 'ITA', 'GOV', ['لويجي دي مايو', 'دي مايو'], [
    r('Minister of Foreign Affairs', 'ita', '2019-09-05', '2022-10-22', ITFM),
    r('Special Representative for the Gulf', 'eu', '2023-06-01', null, 'الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج'),
  ]),
  p('antonio-tajani', 'Antonio Tajani', 'ITA', 'GOV', ['أنطونيو تاياني', 'انطونيو تاياني', 'تاياني'], [
    r('President of the European Parliament', 'european-parliament', '2017-01-17', '2019-07-03', EPP),
    r('Minister of Foreign Affairs', 'ita', '2022-10-22', null, ITFM),
  ]),
  p('giorgio-napolitano', 'Giorgio Napolitano', 'ITA', 'GOV', ['جورجو نابوليتانو', 'جورجيو نابوليتانو', 'نابوليتانو'], [r('President', 'ita', '2006-05-15', '2015-01-14', 'الرئيس الإيطالي')]),
  p('sergio-mattarella', 'Sergio Mattarella', 'ITA', 'GOV', ['سيرجيو ماتاريلا', 'سيرجو ماتاريلا', 'ماتاريلا'], [r('President', 'ita', '2015-02-03', null, 'الرئيس الإيطالي')]),
  p('guido-crosetto', 'Guido Crosetto', 'ITA', 'GOV', ['غيدو كروزيتو', 'جويدو كروسيتو', 'غيدو كروسيتو', 'كروزيتو', 'كروسيتو'], [r('Minister of Defense', 'ita', '2022-10-22', null, 'وزير الدفاع الإيطالي')]),
];

export const spain: KbActor[] = [
  p('jose-luis-rodriguez-zapatero', 'José Luis Rodríguez Zapatero', 'ESP', 'GOV', ['خوسيه لويس رودريغيث ثاباتيرو', 'خوسيه لويس ثاباتيرو', 'ثاباتيرو', 'ساباتيرو'], [r('Prime Minister', 'esp', '2004-04-17', '2011-12-21', ESPM)]),
  p('mariano-rajoy', 'Mariano Rajoy', 'ESP', 'GOV', ['ماريانو راخوي', 'راخوي'], [r('Prime Minister', 'esp', '2011-12-21', '2018-06-02', ESPM)]),
  p('pedro-sanchez', 'Pedro Sánchez', 'ESP', 'GOV', ['بيدرو سانشيز', 'بيدرو سانشيث', 'بيدرو شانشيز'], [r('Prime Minister', 'esp', '2018-06-02', null, ESPM)], { al: ['Pedro Sanchez'], sh: ['سانشيز', 'سانشيث'] }),
  p('jose-manuel-garcia-margallo', 'José Manuel García-Margallo', 'ESP', 'GOV', ['خوسيه مانويل غارسيا مارغايو', 'غارسيا مارغايو', 'مارغايو'], [r('Minister of Foreign Affairs', 'esp', '2011-12-22', '2016-11-04', ESFM)]),
  p('alfonso-dastis', 'Alfonso Dastis', 'ESP', 'GOV', ['ألفونسو داستيس', 'داستيس'], [r('Minister of Foreign Affairs', 'esp', '2016-11-04', '2018-06-07', ESFM)]),
  p('josep-borrell', 'Josep Borrell', 'ESP', 'IGO', ['جوزيب بوريل', 'جوسيب بوريل', 'خوسيب بوريل', 'جوزيف بوريل', 'بوريل'], [
    r('Minister of Foreign Affairs', 'esp', '2018-06-07', '2019-11-29', ESFM),
    r('High Representative for Foreign Affairs', 'eu', '2019-12-01', '2024-11-30', HR),
  ]),
  p('arancha-gonzalez-laya', 'Arancha González Laya', 'ESP', 'GOV', ['أرانشا غونزاليس لايا', 'أرانتشا غونزاليس لايا', 'غونزاليس لايا'], [r('Minister of Foreign Affairs', 'esp', '2020-01-13', '2021-07-12', 'وزيرة الخارجية الإسبانية')]),
  p('jose-manuel-albares', 'José Manuel Albares', 'ESP', 'GOV', ['خوسيه مانويل ألباريس', 'خوسيه مانويل الباريس', 'ألباريس'], [r('Minister of Foreign Affairs', 'esp', '2021-07-12', null, ESFM)]),
  p('margarita-robles', 'Margarita Robles', 'ESP', 'GOV', ['مارغاريتا روبليس', 'مارجريتا روبليس', 'روبليس'], [r('Minister of Defense', 'esp', '2018-06-07', null, 'وزيرة الدفاع الإسبانية')]),
  p('felipe-vi', 'Felipe VI', 'ESP', 'GOV', ['الملك فيليبي السادس', 'فيليبي السادس', 'الملك فيليب السادس'], [r('King', 'esp', '2014-06-19', null, 'ملك إسبانيا')], { al: ['King Felipe VI', 'Felipe VI of Spain'] }),
];

export const otherEurope: KbActor[] = [
  // Ireland
  p('enda-kenny', 'Enda Kenny', 'IRL', 'GOV', ['إندا كيني'], [r('Prime Minister', 'irl', '2011-03-09', '2017-06-14', 'رئيس الوزراء الأيرلندي')]),
  p('leo-varadkar', 'Leo Varadkar', 'IRL', 'GOV', ['ليو فارادكار', 'فارادكار'], [
    r('Prime Minister', 'irl', '2017-06-14', '2020-06-27', 'رئيس الوزراء الأيرلندي'),
    r('Prime Minister', 'irl', '2022-12-17', '2024-04-09', 'رئيس الوزراء الأيرلندي'),
  ]),
  p('micheal-martin', 'Micheál Martin', 'IRL', 'GOV', ['مايكل مارتن', 'ميهول مارتن', 'ميشال مارتن'], [
    r('Prime Minister', 'irl', '2020-06-27', '2022-12-17', 'رئيس الوزراء الأيرلندي'),
    r('Minister of Foreign Affairs', 'irl', '2022-12-17', '2025-01-23', 'وزير الخارجية الأيرلندي'),
    r('Prime Minister', 'irl', '2025-01-23', null, 'رئيس الوزراء الأيرلندي'),
  ], { al: ['Micheal Martin'], sh: ['مارتن'] }),
  p('simon-harris', 'Simon Harris', 'IRL', 'GOV', ['سايمون هاريس', 'سيمون هاريس'], [
    r('Prime Minister', 'irl', '2024-04-09', '2025-01-23', 'رئيس الوزراء الأيرلندي'),
    r('Minister of Foreign Affairs', 'irl', '2025-01-23', '2025-11-18', 'وزير الخارجية الأيرلندي'),
    r('Deputy Prime Minister', 'irl', '2025-01-23', null, 'نائب رئيس الوزراء الأيرلندي'),
  ]),
  p('simon-coveney', 'Simon Coveney', 'IRL', 'GOV', ['سايمون كوفيني', 'سيمون كوفيني', 'كوفيني'], [r('Minister of Foreign Affairs', 'irl', '2017-06-14', '2022-12-17', 'وزير الخارجية الأيرلندي')]),
  p('helen-mcentee', 'Helen McEntee', 'IRL', 'GOV', ['هيلين ماكنتي', 'هيلين ماكينتي', 'ماكنتي'], [r('Minister of Foreign Affairs', 'irl', '2025-11-18', null, 'وزيرة الخارجية الأيرلندية')]),
  p('michael-d-higgins', 'Michael D. Higgins', 'IRL', 'GOV', ['مايكل دي هيغينز', 'مايكل هيغينز', 'مايكل دي هيجنز', 'هيغينز'], [r('President', 'irl', '2011-11-11', '2025-11-11', 'الرئيس الأيرلندي')]),
  p('catherine-connolly', 'Catherine Connolly', 'IRL', 'GOV', ['كاثرين كونولي', 'كاترين كونولي', 'كونولي'], [r('President', 'irl', '2025-11-11', null, 'الرئيسة الأيرلندية')]),
  // Norway
  p('jonas-gahr-store', 'Jonas Gahr Støre', 'NOR', 'GOV', ['يوناس غار ستوره', 'يوناس غار ستور', 'يوناس جار ستوره', 'ستوره'], [
    r('Minister of Foreign Affairs', 'nor', '2005-10-17', '2012-09-21', 'وزير الخارجية النرويجي'),
    r('Prime Minister', 'nor', '2021-10-14', null, 'رئيس الوزراء النرويجي'),
  ], { al: ['Jonas Gahr Store'], sh: ['ستور'] }),
  p('espen-barth-eide', 'Espen Barth Eide', 'NOR', 'GOV', ['إسبن بارث إيدي', 'إسبن بارت إيده', 'إسبن بارث إيده'], [
    r('Minister of Foreign Affairs', 'nor', '2012-09-21', '2013-10-16', 'وزير الخارجية النرويجي'),
    r('Minister of Foreign Affairs', 'nor', '2023-10-16', null, 'وزير الخارجية النرويجي'),
  ], { sh: ['إيدي', 'إيده'] }),
  p('borge-brende', 'Børge Brende', 'NOR', 'GOV', ['بورغه برينده', 'بورغ برينده', 'بورجي بريندي', 'برينده'], [
    r('Minister of Foreign Affairs', 'nor', '2013-10-16', '2017-10-20', 'وزير الخارجية النرويجي'),
    r('President of the World Economic Forum', undefined, '2017-10', null, 'رئيس المنتدى الاقتصادي العالمي'),
  ], { al: ['Borge Brende'] }),
  p('erna-solberg', 'Erna Solberg', 'NOR', 'GOV', ['إرنا سولبرغ', 'إرنا سولبيرغ', 'سولبرغ'], [r('Prime Minister', 'nor', '2013-10-16', '2021-10-14', 'رئيسة الوزراء النرويجية')]),
  p('ine-eriksen-soreide', 'Ine Eriksen Søreide', 'NOR', 'GOV', ['إينه إريكسن سوريده', 'إيني إريكسن سورايدي'], [r('Minister of Foreign Affairs', 'nor', '2017-10-20', '2021-10-14', 'وزيرة الخارجية النرويجية')]),
  p('anniken-huitfeldt', 'Anniken Huitfeldt', 'NOR', 'GOV', ['أنيكن هويتفيلدت', 'أنيكين هويتفيلدت', 'هويتفيلدت'], [r('Minister of Foreign Affairs', 'nor', '2021-10-14', '2023-10-16', 'وزيرة الخارجية النرويجية')]),
  // Netherlands
  p('dick-schoof', 'Dick Schoof', 'NLD', 'GOV', ['ديك سخوف', 'ديك شوف'], [r('Prime Minister', 'nld', '2024-07-02', null, 'رئيس الوزراء الهولندي')]),
  p('caspar-veldkamp', 'Caspar Veldkamp', 'NLD', 'GOV', ['كاسبار فيلدكامب', 'فيلدكامب'], [r('Minister of Foreign Affairs', 'nld', '2024-07-02', '2025-08-22', 'وزير الخارجية الهولندي')]),
  p('wopke-hoekstra', 'Wopke Hoekstra', 'NLD', 'GOV', ['فوبكي هوكسترا', 'فوبكه هوكسترا', 'هوكسترا'], [
    r('Minister of Foreign Affairs', 'nld', '2022-01-10', '2023-09-05', 'وزير الخارجية الهولندي'),
    r('European Commissioner for Climate Action', 'european-commission', '2023-10-09', null, 'المفوض الأوروبي لشؤون المناخ'),
  ]),
  p('frans-timmermans', 'Frans Timmermans', 'NLD', 'GOV', ['فرانس تيمرمانس', 'تيمرمانس'], [
    r('Minister of Foreign Affairs', 'nld', '2012-11-05', '2014-11-01', 'وزير الخارجية الهولندي'),
    r('First Vice-President of the European Commission', 'european-commission', '2014-11-01', '2023-08-22', 'النائب الأول لرئيس المفوضية الأوروبية'),
  ]),
  p('bert-koenders', 'Bert Koenders', 'NLD', 'GOV', ['بيرت كوندرز', 'برت كوندرز', 'كوندرز'], [r('Minister of Foreign Affairs', 'nld', '2014-11-01', '2017-10-26', 'وزير الخارجية الهولندي')]),
  // Belgium
  p('alexander-de-croo', 'Alexander De Croo', 'BEL', 'GOV', ['ألكسندر دي كرو', 'ألكسندر دو كرو', 'دي كرو'], [r('Prime Minister', 'bel', '2020-10-01', '2025-02-03', 'رئيس الوزراء البلجيكي')]),
  p('bart-de-wever', 'Bart De Wever', 'BEL', 'GOV', ['بارت دي ويفر', 'بارت دي فيفر'], [r('Prime Minister', 'bel', '2025-02-03', null, 'رئيس الوزراء البلجيكي')]),
  p('maxime-prevot', 'Maxime Prévot', 'BEL', 'GOV', ['ماكسيم بريفو', 'بريفو'], [r('Minister of Foreign Affairs', 'bel', '2025-02-03', null, 'وزير الخارجية البلجيكي')]),
  p('hadja-lahbib', 'Hadja Lahbib', 'BEL', 'GOV', ['حاجة لحبيب', 'حجة لحبيب', 'حاجة لحبيب', 'لحبيب'], [
    r('Minister of Foreign Affairs', 'bel', '2022-07-15', '2024-12-01', 'وزيرة الخارجية البلجيكية'),
    r('European Commissioner for Equality, Preparedness and Crisis Management', 'european-commission', '2024-12-01', null, 'المفوضة الأوروبية لشؤون المساواة والتأهب وإدارة الأزمات'),
  ]),
  p('didier-reynders', 'Didier Reynders', 'BEL', 'GOV', ['ديدييه ريندرز', 'ديدييه رينديرز', 'ريندرز'], [r('Minister of Foreign Affairs', 'bel', '2011-12-06', '2019-11-30', 'وزير الخارجية البلجيكي')]),
  p('sophie-wilmes', 'Sophie Wilmès', 'BEL', 'GOV', ['صوفي ويلميس', 'صوفي فيلميس'], [
    r('Prime Minister', 'bel', '2019-10-27', '2020-10-01', 'رئيسة الوزراء البلجيكية'),
    r('Minister of Foreign Affairs', 'bel', '2020-10-01', '2022-07-14', 'وزيرة الخارجية البلجيكية'),
  ]),
  // Sweden
  p('stefan-lofven', 'Stefan Löfven', 'SWE', 'GOV', ['ستيفان لوفين', 'ستيفان لوفن', 'لوفين'], [r('Prime Minister', 'swe', '2014-10-03', '2021-11-30', 'رئيس الوزراء السويدي')]),
  p('margot-wallstrom', 'Margot Wallström', 'SWE', 'GOV', ['مارغوت فالستروم', 'مارغو فالستروم', 'فالستروم'], [r('Minister of Foreign Affairs', 'swe', '2014-10-03', '2019-09-10', 'وزيرة الخارجية السويدية')]),
  p('ann-linde', 'Ann Linde', 'SWE', 'GOV', ['آن ليندي', 'آن ليندى', 'آن لينده'], [r('Minister of Foreign Affairs', 'swe', '2019-09-10', '2022-10-18', 'وزيرة الخارجية السويدية')]),
  p('ulf-kristersson', 'Ulf Kristersson', 'SWE', 'GOV', ['أولف كريسترسون', 'كريسترسون'], [r('Prime Minister', 'swe', '2022-10-18', null, 'رئيس الوزراء السويدي')]),
  p('tobias-billstrom', 'Tobias Billström', 'SWE', 'GOV', ['توبياس بيلستروم', 'بيلستروم'], [r('Minister of Foreign Affairs', 'swe', '2022-10-18', '2024-09-10', 'وزير الخارجية السويدي')]),
  p('maria-malmer-stenergard', 'Maria Malmer Stenergard', 'SWE', 'GOV', ['ماريا مالمر ستينرغارد', 'ماريا مالمر ستينيرغارد'], [r('Minister of Foreign Affairs', 'swe', '2024-09-10', null, 'وزيرة الخارجية السويدية')]),
  p('carl-bildt', 'Carl Bildt', 'SWE', 'GOV', ['كارل بيلت', 'بيلت'], [r('Minister of Foreign Affairs', 'swe', '2006-10-06', '2014-10-03', 'وزير الخارجية السويدي')]),
  // Slovenia, Luxembourg, Austria, Hungary, Poland, Greece, Cyprus, Portugal, Denmark, Switzerland
  p('robert-golob', 'Robert Golob', 'SVN', 'GOV', ['روبرت غولوب', 'روبرت جولوب', 'غولوب'], [r('Prime Minister', 'svn', '2022-06-01', null, 'رئيس الوزراء السلوفيني')]),
  p('tanja-fajon', 'Tanja Fajon', 'SVN', 'GOV', ['تانيا فايون', 'تانيا فاجون', 'فايون'], [r('Minister of Foreign Affairs', 'svn', '2022-06-01', null, 'وزيرة الخارجية السلوفينية')]),
  p('jean-asselborn', 'Jean Asselborn', 'LUX', 'GOV', ['جان أسيلبورن', 'جان أسلبورن', 'أسيلبورن', 'أسلبورن'], [r('Minister of Foreign Affairs', 'lux', '2004-07-31', '2023-11-17', 'وزير الخارجية اللوكسمبورغي')]),
  p('xavier-bettel', 'Xavier Bettel', 'LUX', 'GOV', ['كزافييه بيتيل', 'كزافييه بيتل', 'إكزافييه بيتيل'], [
    r('Prime Minister', 'lux', '2013-12-04', '2023-11-17', 'رئيس الوزراء اللوكسمبورغي'),
    r('Minister of Foreign Affairs', 'lux', '2023-11-17', null, 'وزير الخارجية اللوكسمبورغي'),
  ]),
  p('sebastian-kurz', 'Sebastian Kurz', 'AUT', 'GOV', ['سيباستيان كورتس', 'سيباستيان كورتز', 'كورتس'], [
    r('Minister of Foreign Affairs', 'aut', '2013-12-16', '2017-12-18', 'وزير الخارجية النمساوي'),
    r('Chancellor', 'aut', '2017-12-18', '2019-05-28', 'المستشار النمساوي'),
    r('Chancellor', 'aut', '2020-01-07', '2021-10-11', 'المستشار النمساوي'),
  ]),
  p('karl-nehammer', 'Karl Nehammer', 'AUT', 'GOV', ['كارل نيهامر', 'كارل نهامر', 'نيهامر'], [r('Chancellor', 'aut', '2021-12-06', '2025-03-03', 'المستشار النمساوي')]),
  p('alexander-schallenberg', 'Alexander Schallenberg', 'AUT', 'GOV', ['ألكسندر شالنبرغ', 'ألكسندر شالنبيرغ', 'شالنبرغ'], [
    r('Minister of Foreign Affairs', 'aut', '2019-06-03', '2021-10-11', 'وزير الخارجية النمساوي'),
    r('Minister of Foreign Affairs', 'aut', '2021-12-06', '2025-03-03', 'وزير الخارجية النمساوي'),
  ]),
  p('viktor-orban', 'Viktor Orbán', 'HUN', 'GOV', ['فيكتور أوربان', 'أوربان'], [r('Prime Minister', 'hun', '2010-05-29', null, 'رئيس الوزراء المجري')], { al: ['Viktor Orban'] }),
  p('peter-szijjarto', 'Péter Szijjártó', 'HUN', 'GOV', ['بيتر سيارتو', 'بيتر زيارتو', 'سيارتو'], [r('Minister of Foreign Affairs', 'hun', '2014-09-23', null, 'وزير الخارجية المجري')], { al: ['Peter Szijjarto'] }),
  p('donald-tusk', 'Donald Tusk', 'POL', 'GOV', ['دونالد توسك', 'توسك'], [
    r('Prime Minister', 'pol', '2007-11-16', '2014-09-22', 'رئيس الوزراء البولندي'),
    r('President of the European Council', 'european-council', '2014-12-01', '2019-11-30', EUCP),
    r('Prime Minister', 'pol', '2023-12-13', null, 'رئيس الوزراء البولندي'),
  ], { wd: 'Q946' }),
  p('radoslaw-sikorski', 'Radosław Sikorski', 'POL', 'GOV', ['رادوسلاف سيكورسكي', 'سيكورسكي'], [
    r('Minister of Foreign Affairs', 'pol', '2007-11-16', '2014-09-22', 'وزير الخارجية البولندي'),
    r('Minister of Foreign Affairs', 'pol', '2023-12-13', null, 'وزير الخارجية البولندي'),
  ]),
  p('kyriakos-mitsotakis', 'Kyriakos Mitsotakis', 'GRC', 'GOV', ['كيرياكوس ميتسوتاكيس', 'كرياكوس ميتسوتاكيس', 'ميتسوتاكيس'], [r('Prime Minister', 'grc', '2019-07-08', null, 'رئيس الوزراء اليوناني')]),
  p('alexis-tsipras', 'Alexis Tsipras', 'GRC', 'GOV', ['أليكسيس تسيبراس', 'ألكسيس تسيبراس', 'تسيبراس'], [
    r('Prime Minister', 'grc', '2015-01-26', '2015-08-27', 'رئيس الوزراء اليوناني'),
    r('Prime Minister', 'grc', '2015-09-21', '2019-07-08', 'رئيس الوزراء اليوناني'),
  ]),
  p('nikos-dendias', 'Nikos Dendias', 'GRC', 'GOV', ['نيكوس ديندياس', 'نيكوس دندياس', 'ديندياس', 'دندياس'], [
    r('Minister of Foreign Affairs', 'grc', '2019-07-09', '2023-05-26', 'وزير الخارجية اليوناني'),
    r('Minister of Defense', 'grc', '2023-06-27', null, 'وزير الدفاع اليوناني'),
  ]),
  p('giorgos-gerapetritis', 'Giorgos Gerapetritis', 'GRC', 'GOV', ['يورغوس جيرابيتريتيس', 'جورج جيرابيتريتيس', 'جيورجوس جيرابيتريتيس', 'جيرابيتريتيس'], [r('Minister of Foreign Affairs', 'grc', '2023-06-27', null, 'وزير الخارجية اليوناني')], { al: ['George Gerapetritis'] }),
  p('nicos-anastasiades', 'Nicos Anastasiades', 'CYP', 'GOV', ['نيكوس أناستاسيادس', 'نيكوس أناستاسياديس', 'أناستاسيادس'], [r('President', 'cyp', '2013-02-28', '2023-02-28', 'الرئيس القبرصي')]),
  p('nikos-christodoulides', 'Nikos Christodoulides', 'CYP', 'GOV', ['نيكوس خريستودوليدس', 'نيكوس خريستودوليديس', 'خريستودوليدس'], [
    r('Minister of Foreign Affairs', 'cyp', '2018-03-01', '2022-01-12', 'وزير الخارجية القبرصي'),
    r('President', 'cyp', '2023-02-28', null, 'الرئيس القبرصي'),
  ]),
  p('antonio-costa', 'António Costa', 'PRT', 'GOV', ['أنطونيو كوستا', 'أنطونيو كوشتا'], [
    r('Prime Minister', 'prt', '2015-11-26', '2024-04-02', 'رئيس الوزراء البرتغالي'),
    r('President of the European Council', 'european-council', '2024-12-01', null, EUCP),
  ], { al: ['Antonio Costa'], sh: ['كوستا'] }),
  p('mette-frederiksen', 'Mette Frederiksen', 'DNK', 'GOV', ['ميته فريدريكسن', 'ميتي فريدريكسن', 'فريدريكسن'], [r('Prime Minister', 'dnk', '2019-06-27', null, 'رئيسة الوزراء الدنماركية')]),
  p('lars-lokke-rasmussen', 'Lars Løkke Rasmussen', 'DNK', 'GOV', ['لارس لوكه راسموسن', 'لارس لوكي راسموسن'], [
    r('Prime Minister', 'dnk', '2015-06-28', '2019-06-27', 'رئيس الوزراء الدنماركي'),
    r('Minister of Foreign Affairs', 'dnk', '2022-12-15', null, 'وزير الخارجية الدنماركي'),
  ], { al: ['Lars Lokke Rasmussen'], sh: ['راسموسن'] }),
  p('ignazio-cassis', 'Ignazio Cassis', 'CHE', 'GOV', ['إينياتسيو كاسيس', 'إغنازيو كاسيس', 'إينياسيو كاسيس', 'كاسيس'], [r('Minister of Foreign Affairs', 'che', '2017-11-01', null, 'وزير الخارجية السويسري')]),
];

export const euInstitutions: KbActor[] = [
  p('catherine-ashton', 'Catherine Ashton', 'GBR', 'IGO', ['كاثرين آشتون', 'كاثرين أشتون', 'كاترين آشتون', 'آشتون', 'أشتون'], [r('High Representative for Foreign Affairs', 'eu', '2009-12-01', '2014-10-31', HR_F)]),
  p('kaja-kallas', 'Kaja Kallas', 'EST', 'IGO', ['كايا كالاس', 'كاجا كالاس', 'كالاس'], [
    r('Prime Minister', 'est', '2021-01-26', '2024-07-23', 'رئيسة الوزراء الإستونية'),
    r('High Representative for Foreign Affairs', 'eu', '2024-12-01', null, HR_F),
  ]),
  p('jose-manuel-barroso', 'José Manuel Barroso', 'PRT', 'IGO', ['جوزيه مانويل باروسو', 'خوسيه مانويل باروسو', 'باروسو'], [r('President of the European Commission', 'european-commission', '2004-11-22', '2014-10-31', ECP)]),
  p('jean-claude-juncker', 'Jean-Claude Juncker', 'LUX', 'IGO', ['جان كلود يونكر', 'جان-كلود يونكر', 'جان كلود جونكر', 'يونكر'], [r('President of the European Commission', 'european-commission', '2014-11-01', '2019-11-30', ECP)]),
  p('ursula-von-der-leyen', 'Ursula von der Leyen', 'DEU', 'IGO', ['أورسولا فون دير لاين', 'أورزولا فون دير لاين', 'أورسولا فون دير لايين', 'فون دير لاين', 'فون دير لايين'], [
    r('Minister of Defense', 'deu', '2013-12-17', '2019-07-17', DEDM_F),
    r('President of the European Commission', 'european-commission', '2019-12-01', null, 'رئيسة المفوضية الأوروبية'),
  ], { wd: 'Q60772' }),
  p('herman-van-rompuy', 'Herman Van Rompuy', 'BEL', 'IGO', ['هيرمان فان رومبوي', 'هرمان فان رومبوي', 'فان رومبوي'], [r('President of the European Council', 'european-council', '2009-12-01', '2014-11-30', EUCP)]),
  p('charles-michel', 'Charles Michel', 'BEL', 'IGO', ['شارل ميشيل', 'شارل ميشال', 'تشارلز ميشيل'], [
    r('Prime Minister', 'bel', '2014-10-11', '2019-10-27', 'رئيس الوزراء البلجيكي'),
    r('President of the European Council', 'european-council', '2019-12-01', '2024-11-30', EUCP),
  ], { sh: ['ميشيل', 'ميشال'] }),
  p('martin-schulz', 'Martin Schulz', 'DEU', 'IGO', ['مارتن شولتز', 'مارتن شولتس', 'مارتن شولز'], [r('President of the European Parliament', 'european-parliament', '2012-01-17', '2017-01-17', EPP)], { sh: ['شولتز', 'شولز'] }),
  p('david-sassoli', 'David Sassoli', 'ITA', 'IGO', ['دافيد ساسولي', 'ديفيد ساسولي', 'ساسولي'], [r('President of the European Parliament', 'european-parliament', '2019-07-03', '2022-01-11', EPP)]),
  p('roberta-metsola', 'Roberta Metsola', 'MLT', 'IGO', ['روبرتا ميتسولا', 'روبرتا متسولا', 'ميتسولا'], [r('President of the European Parliament', 'european-parliament', '2022-01-18', null, 'رئيسة البرلمان الأوروبي')]),
  p('dubravka-suica', 'Dubravka Šuica', 'HRV', 'IGO', ['دوبرافكا شويتسا', 'دوبرافكا سويكا', 'شويتسا'], [r('European Commissioner for the Mediterranean', 'european-commission', '2024-12-01', null, 'المفوضة الأوروبية لشؤون المتوسط')], { al: ['Dubravka Suica'] }),
  p('oliver-varhelyi', 'Olivér Várhelyi', 'HUN', 'IGO', ['أوليفر فارهيلي', 'أوليفير فارهيلي', 'فارهيلي'], [r('European Commissioner for Neighbourhood and Enlargement', 'european-commission', '2019-12-01', '2024-11-30', 'المفوض الأوروبي لشؤون الجوار والتوسع')], { al: ['Oliver Varhelyi'] }),
  p('janez-lenarcic', 'Janez Lenarčič', 'SVN', 'IGO', ['يانيز لينارتشيتش', 'يانيز لينارسيتش', 'لينارتشيتش'], [r('European Commissioner for Crisis Management', 'european-commission', '2019-12-01', '2024-11-30', 'المفوض الأوروبي لإدارة الأزمات')], { al: ['Janez Lenarcic'] }),
  p('enrique-mora', 'Enrique Mora', 'ESP', 'IGO', ['إنريكي مورا', 'انريكي مورا'], [r('Deputy Secretary-General', 'eeas', '2019', '2024', 'نائب الأمين العام لجهاز العمل الخارجي الأوروبي')], { sh: ['مورا'] }),
  p('christine-lagarde', 'Christine Lagarde', 'FRA', 'IGO', ['كريستين لاغارد', 'كريستين لاجارد', 'لاغارد', 'لاجارد'], [
    r('Managing Director', 'imf', '2011-07-05', '2019-09-12', 'المديرة العامة لصندوق النقد الدولي'),
    r('President', 'ecb', '2019-11-01', null, 'رئيسة البنك المركزي الأوروبي'),
  ]),
];
