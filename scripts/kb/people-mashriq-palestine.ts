// Palestine: PA/PLO/Fatah, Hamas, Islamic Jihad and the left factions.
import { p, type PersonSpec } from './people-mashriq-lib.ts';

const P = 'PSE';
const PA = 'palestinian-authority';
const HAMAS_PB = 'رئيس المكتب السياسي لحركة حماس';
const QASSAM = 'قائد كتائب القسام';
const FATAH_CC = 'Member of the Central Committee';
const FATAH_CC_AR = 'عضو اللجنة المركزية لحركة فتح';
const HAMAS_LC = 'Member of the Leadership Council';
const HAMAS_LC_AR = 'عضو المجلس القيادي لحركة حماس';

export const PALESTINE: readonly PersonSpec[] = [
  p('mahmoud-abbas', 'Mahmoud Abbas', P, 'GOV', ['محمود عباس', 'أبو مازن', 'محمود عباس أبو مازن'], [
    ['Prime Minister', PA, '2003-03-19', '2003-09-06', 'رئيس الوزراء الفلسطيني'],
    ['Chairman', 'plo', '2004-11-11', null, 'رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية'],
    ['Leader', 'fatah', '2004-11', null, 'رئيس حركة فتح'],
    ['President', PA, '2005-01-15', null, 'رئيس السلطة الفلسطينية'],
    ['President', 'pse', '2008-11-23', null, 'رئيس دولة فلسطين'],
  ], { al: ['Abu Mazen'], sh: ['عباس'] }),
  p('yasser-arafat', 'Yasser Arafat', P, 'GOV', ['ياسر عرفات', 'عرفات', 'أبو عمار'], [
    ['Chairman', 'plo', '1969-02-04', '2004-11-11', 'رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية'],
    ['President', PA, '1994-07-05', '2004-11-11', 'رئيس السلطة الفلسطينية'],
  ], { al: ['Abu Ammar'] }),
  p('hussein-al-sheikh', 'Hussein al-Sheikh', P, 'GOV', ['حسين الشيخ'], [
    ['Head of the General Authority of Civil Affairs', PA, '2007', null, 'رئيس هيئة الشؤون المدنية الفلسطينية'],
    ['Secretary-General', 'plo', '2022-05-26', null, 'أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية'],
    ['Vice President', 'pse', '2025-04-26', null, 'نائب رئيس دولة فلسطين'],
    ['Deputy Chairman', 'plo', '2025-04-26', null, 'نائب رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية'],
  ], { al: ['Hussein Al-Sheikh'], sh: ['الشيخ'] }),
  p('salam-fayyad', 'Salam Fayyad', P, 'GOV', ['سلام فياض'], [
    ['Prime Minister', PA, '2007-06-15', '2013-06-06', 'رئيس الوزراء الفلسطيني'],
  ], { sh: ['فياض'] }),
  p('rami-hamdallah', 'Rami Hamdallah', P, 'GOV', ['رامي الحمد الله', 'رامي الحمدالله'], [
    ['Prime Minister', PA, '2013-06-06', '2019-04-14', 'رئيس الوزراء الفلسطيني'],
  ], { sh: ['الحمدالله'] }),
  p('mohammad-shtayyeh', 'Mohammad Shtayyeh', P, 'GOV', ['محمد اشتية', 'اشتية', 'محمد شتية', 'شتية', 'محمد إشتية'], [
    ['Prime Minister', PA, '2019-04-14', '2024-03-31', 'رئيس الوزراء الفلسطيني'],
  ], { al: ['Mohammad Shtayyeh', 'Mohammed Shtayyeh', 'Mohammad Ishtayeh'] }),
  p('mohammad-mustafa', 'Mohammad Mustafa', P, 'GOV', ['محمد مصطفى'], [
    ['Prime Minister', PA, '2024-03-31', null, 'رئيس الوزراء الفلسطيني'],
    ['Minister of Foreign Affairs', PA, '2024-03-31', '2025-06-23', 'وزير الخارجية الفلسطيني'],
  ], { al: ['Mohammed Mustafa'], sh: ['مصطفى'] }),
  p('riyad-al-maliki', 'Riyad al-Maliki', P, 'GOV', ['رياض المالكي'], [
    ['Minister of Foreign Affairs', PA, '2007', '2024-03-31', 'وزير الخارجية الفلسطيني'],
  ], { al: ['Riad Malki', 'Riyad al-Malki'], sh: ['المالكي'] }),
  p('varsen-aghabekian-shahin', 'Varsen Aghabekian', P, 'GOV', ['فارسين أغابكيان', 'أغابكيان', 'فارسين أغابكيان شاهين', 'فارسين شاهين', 'فارسين آغابكيان'], [
    ['Minister of State for Foreign Affairs', PA, '2024-03-31', '2025-06-23', 'وزيرة الدولة للشؤون الخارجية الفلسطينية'],
    ['Minister of Foreign Affairs', PA, '2025-06-23', null, 'وزيرة الخارجية الفلسطينية'],
  ], { al: ['Varsen Aghabekian Shahin', 'Varsen Shahin'], src: 'Foreign minister by presidential decree of 23 June 2025.' }),
  p('saeb-erekat', 'Saeb Erekat', P, 'GOV', ['صائب عريقات', 'عريقات'], [
    ['Chief Negotiator', 'plo', '2003', '2020-11-10', 'كبير المفاوضين الفلسطينيين'],
    ['Secretary-General', 'plo', '2015-08', '2020-11-10', 'أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية'],
  ], { al: ['Saeb Erakat'], src: 'Died 10 November 2020.' }),
  p('majed-faraj', 'Majed Faraj', P, 'SPY', ['ماجد فرج'], [
    ['Head of Intelligence', PA, '2009', null, 'رئيس جهاز المخابرات العامة الفلسطينية'],
  ], { al: ['Majid Faraj'], sh: ['فرج'] }),
  p('jibril-rajoub', 'Jibril Rajoub', P, 'PTY', ['جبريل الرجوب', 'الرجوب'], [
    ['Secretary of the Central Committee', 'fatah', '2017-02', null, 'أمين سر اللجنة المركزية لحركة فتح'],
    ['President of the Palestinian Football Association', 'pse', '2008', null, 'رئيس الاتحاد الفلسطيني لكرة القدم'],
  ], { al: ['Jibril Rajub'] }),
  p('mahmoud-al-aloul', 'Mahmoud al-Aloul', P, 'PTY', ['محمود العالول', 'العالول'], [
    ['Deputy Chairman', 'fatah', '2017-02-15', null, 'نائب رئيس حركة فتح'],
  ], { al: ['Mahmoud Aloul'] }),
  p('marwan-barghouti', 'Marwan Barghouti', P, 'PTY', ['مروان البرغوثي'], [
    [FATAH_CC, 'fatah', '2009-08', null, FATAH_CC_AR],
  ], { sh: ['البرغوثي'] }),
  p('mustafa-barghouti', 'Mustafa Barghouti', P, 'PTY', ['مصطفى البرغوثي'], [
    ['Secretary-General', 'palestinian-national-initiative', '2002', null, 'الأمين العام لحركة المبادرة الوطنية الفلسطينية'],
  ], { sh: ['البرغوثي'] }),
  p('mohammed-dahlan', 'Mohammed Dahlan', P, 'OPP', ['محمد دحلان', 'دحلان'], [
    [FATAH_CC, 'fatah', '2009-08', '2011-06', FATAH_CC_AR],
  ], { al: ['Mohammad Dahlan'] }),
  p('riyad-mansour', 'Riyad Mansour', P, 'GOV', ['رياض منصور'], [
    ['Ambassador to the United Nations', 'pse', '2005', null, 'المندوب الفلسطيني لدى الأمم المتحدة'],
  ], { al: ['Riyad H. Mansour'], sh: ['منصور'] }),
  p('nabil-abu-rudeineh', 'Nabil Abu Rudeineh', P, 'GOV', ['نبيل أبو ردينة', 'أبو ردينة'], [
    ['Spokesperson', PA, '2005', null, 'الناطق الرسمي باسم الرئاسة الفلسطينية'],
    ['Deputy Prime Minister', PA, '2019-04-14', '2024-03-31', 'نائب رئيس الوزراء الفلسطيني'],
  ]),
  p('azzam-al-ahmad', 'Azzam al-Ahmad', P, 'PTY', ['عزام الأحمد'], [
    [FATAH_CC, 'fatah', '2009-08', null, FATAH_CC_AR],
  ]),
  p('abbas-zaki', 'Abbas Zaki', P, 'PTY', ['عباس زكي'], [
    [FATAH_CC, 'fatah', '2009-08', null, FATAH_CC_AR],
  ]),
  p('tawfiq-tirawi', 'Tawfiq Tirawi', P, 'PTY', ['توفيق الطيراوي', 'الطيراوي'], [
    [FATAH_CC, 'fatah', '2009-08', null, FATAH_CC_AR],
  ]),
  p('nabil-shaath', 'Nabil Shaath', P, 'PTY', ['نبيل شعث', 'شعث'], [
    ['Minister of Foreign Affairs', PA, '2003', '2005', 'وزير الخارجية الفلسطيني'],
  ]),
  p('nasser-al-qudwa', 'Nasser al-Qudwa', P, 'PTY', ['ناصر القدوة', 'القدوة'], [
    ['Ambassador to the United Nations', 'pse', '1991', '2005'],
    ['Minister of Foreign Affairs', PA, '2005-02', '2006-03', 'وزير الخارجية الفلسطيني'],
  ], { al: ['Nasser Kidwa', 'Nasser al-Kidwa'] }),
  p('hanan-ashrawi', 'Hanan Ashrawi', P, 'PTY', ['حنان عشراوي', 'عشراوي'], [
    ['Member of the Executive Committee', 'plo', '2009', '2020-12', 'عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية'],
  ]),
  p('rawhi-fattouh', 'Rawhi Fattouh', P, 'LEG', ['روحي فتوح'], [
    ['Acting President', PA, '2004-11-11', '2005-01-15', 'رئيس السلطة الفلسطينية المؤقت'],
    ['Speaker of Parliament', 'plo', '2022-02', null, 'رئيس المجلس الوطني الفلسطيني'],
  ]),
  p('salim-zanoun', 'Salim Zanoun', P, 'LEG', ['سليم الزعنون', 'الزعنون'], [
    ['Speaker of Parliament', 'plo', '1996', '2022-02', 'رئيس المجلس الوطني الفلسطيني'],
  ]),
  p('aziz-dweik', 'Aziz Dweik', P, 'LEG', ['عزيز دويك', 'دويك'], [
    ['Speaker of Parliament', 'pse', '2006-02-18', '2018-12', 'رئيس المجلس التشريعي الفلسطيني'],
  ]),
  p('ahmad-saadat', "Ahmad Sa'adat", P, 'PTY', ['أحمد سعدات', 'سعدات'], [
    ['Secretary-General of the Popular Front for the Liberation of Palestine', 'pse', '2001-10', null, 'الأمين العام للجبهة الشعبية لتحرير فلسطين'],
  ], { al: ['Ahmad Saadat'] }),
  p('nayef-hawatmeh', 'Nayef Hawatmeh', P, 'PTY', ['نايف حواتمة', 'حواتمة'], [
    ['Secretary-General of the Democratic Front for the Liberation of Palestine', 'pse', '1969', null, 'الأمين العام للجبهة الديمقراطية لتحرير فلسطين'],
  ]),
  // Hamas
  p('khaled-mashal', 'Khaled Mashal', P, 'REB', ['خالد مشعل', 'مشعل'], [
    ['Head of Political Bureau', 'hamas', '1996', '2017-05-06', HAMAS_PB],
    ['Head of Hamas Abroad', 'hamas', '2021-04', null, 'رئيس حركة حماس في الخارج'],
    [HAMAS_LC, 'hamas', '2024-10', null, HAMAS_LC_AR],
  ], { al: ['Khaled Meshaal', 'Khalid Mishal', 'Khaled Meshal'] }),
  p('ismail-haniyeh', 'Ismail Haniyeh', P, 'REB', ['إسماعيل هنية', 'هنية'], [
    ['Prime Minister', PA, '2006-03-29', '2007-06-14', 'رئيس الوزراء الفلسطيني'],
    ['Head of Political Bureau', 'hamas', '2017-05-06', '2024-07-31', HAMAS_PB],
  ], { al: ['Ismail Haniya', 'Ismail Haniye'], src: 'Killed in Tehran on 31 July 2024.' }),
  p('yahya-sinwar', 'Yahya Sinwar', P, 'REB', ['يحيى السنوار'], [
    ['Head of Hamas in Gaza', 'hamas', '2017-02-13', '2024-10-16', 'رئيس حركة حماس في قطاع غزة'],
    ['Head of Political Bureau', 'hamas', '2024-08-06', '2024-10-16', HAMAS_PB],
  ], { sh: ['السنوار'], src: 'Killed in Rafah on 16 October 2024.' }),
  p('mohammed-sinwar', 'Mohammed Sinwar', P, 'REB', ['محمد السنوار'], [
    ['Commander', 'qassam-brigades', '2024-10', '2025-05-13', QASSAM],
  ], { sh: ['السنوار'], src: 'Led the Qassam Brigades after his brother\'s death; killed 13 May 2025 (announced by Israel, later acknowledged by Hamas).' }),
  p('mohammed-deif', 'Mohammed Deif', P, 'REB', ['محمد الضيف', 'أبو خالد الضيف'], [
    ['Commander', 'qassam-brigades', '2002', '2024-07-13', QASSAM],
  ], { al: ['Mohammed Dief', 'Mohammed al-Deif'], sh: ['الضيف'] }),
  p('marwan-issa', 'Marwan Issa', P, 'REB', ['مروان عيسى'], [
    ['Deputy Commander', 'qassam-brigades', '2012-11', '2024-03', 'نائب قائد كتائب القسام'],
  ], { sh: ['عيسى'] }),
  p('izz-al-din-al-haddad', 'Izz al-Din al-Haddad', P, 'REB', ['عز الدين الحداد', 'عز الدين حداد'], [
    ['Commander', 'qassam-brigades', '2025-05', null, QASSAM],
  ], { sh: ['الحداد'], src: 'Reported as the Qassam Brigades commander after May 2025.' }),
  p('khalil-al-hayya', 'Khalil al-Hayya', P, 'REB', ['خليل الحية'], [
    ['Deputy Head of Hamas in Gaza', 'hamas', '2017-02', '2024-10', 'نائب رئيس حركة حماس في قطاع غزة'],
    ['Head of Hamas in Gaza', 'hamas', '2024-10', null, 'رئيس حركة حماس في قطاع غزة'],
    ['Chief Negotiator', 'hamas', '2024', null, 'رئيس الوفد المفاوض لحركة حماس'],
    [HAMAS_LC, 'hamas', '2024-10', null, HAMAS_LC_AR],
  ], { al: ['Khalil al-Hayyah'], sh: ['الحية'] }),
  p('mousa-abu-marzouk', 'Mousa Abu Marzouk', P, 'REB', ['موسى أبو مرزوق', 'أبو مرزوق'], [
    ['Head of Political Bureau', 'hamas', '1992', '1996', HAMAS_PB],
  ], { al: ['Moussa Abu Marzouk', 'Musa Abu Marzuq'] }),
  p('saleh-al-arouri', 'Saleh al-Arouri', P, 'REB', ['صالح العاروري', 'العاروري'], [
    ['Deputy Head of Political Bureau', 'hamas', '2017-10-05', '2024-01-02', 'نائب رئيس المكتب السياسي لحركة حماس'],
  ], { al: ['Salah al-Arouri'], src: 'Killed in Beirut on 2 January 2024.' }),
  p('zaher-jabarin', 'Zaher Jabarin', P, 'REB', ['زاهر جبارين', 'جبارين'], [
    [HAMAS_LC, 'hamas', '2024-10', null, HAMAS_LC_AR],
  ]),
  p('mohammed-darwish', 'Mohammed Darwish', P, 'REB', ['محمد درويش', 'محمد إسماعيل درويش'], [
    ['Head of the Leadership Council', 'hamas', '2024-10', null, 'رئيس المجلس القيادي لحركة حماس'],
  ], { al: ['Mohammed Ismail Darwish', 'Abu Omar Hassan'], sh: ['درويش'] }),
  p('osama-hamdan', 'Osama Hamdan', P, 'REB', ['أسامة حمدان'], [
    ['Spokesperson', 'hamas', '2023-10', null, 'القيادي في حركة حماس والمتحدث باسمها في بيروت'],
  ], { sh: ['حمدان'], src: 'Role dated from his regular Beirut press briefings after 7 October 2023; earlier offices not dated here.' }),
  p('hazem-qassem', 'Hazem Qassem', P, 'REB', ['حازم قاسم'], [
    ['Spokesperson', 'hamas', '2019', null, 'الناطق باسم حركة حماس'],
  ], { sh: ['قاسم'], src: 'Start year approximate.' }),
  p('abu-obeida', 'Abu Obeida', P, 'REB', ['أبو عبيدة', 'أبو عبيدة الناطق باسم كتائب القسام'], [
    ['Military Spokesperson', 'qassam-brigades', '2006', null, 'الناطق العسكري باسم كتائب القسام'],
  ], { al: ['Abu Ubaida', 'Abu Obaida'], dis: 'the nom de guerre of the Qassam Brigades spokesman; Israel said it killed the man behind it (Hudhayfa Kahlout) in August 2025 and the name stays in use', src: 'Pseudonym of the Qassam Brigades spokesman.' }),
  p('sami-abu-zuhri', 'Sami Abu Zuhri', P, 'REB', ['سامي أبو زهري', 'أبو زهري'], [
    ['Spokesperson', 'hamas', '2005', null, 'القيادي والناطق باسم حركة حماس'],
  ], { al: ['Sami Abu Zuhri'], src: 'Start year approximate.' }),
  p('fawzi-barhoum', 'Fawzi Barhoum', P, 'REB', ['فوزي برهوم', 'برهوم'], [
    ['Spokesperson', 'hamas', '2006', null, 'الناطق باسم حركة حماس'],
  ], { src: 'Start year approximate.' }),
  p('basem-naim', 'Basem Naim', P, 'REB', ['باسم نعيم'], [
    ['Minister of Health', PA, '2007', '2012', 'وزير الصحة في الحكومة المقالة في غزة'],
  ], { al: ['Bassem Naim'], src: 'Years approximate.' }),
  p('mahmoud-al-zahar', 'Mahmoud al-Zahar', P, 'REB', ['محمود الزهار', 'الزهار'], [
    ['Minister of Foreign Affairs', PA, '2006-03-29', '2007-03-17', 'وزير الخارجية الفلسطيني'],
  ]),
  p('ahmed-yassin', 'Ahmed Yassin', P, 'REB', ['أحمد ياسين', 'الشيخ أحمد ياسين'], [
    ['Leader', 'hamas', '1987-12', '2004-03-22', 'مؤسس حركة حماس وزعيمها'],
  ]),
  p('abdel-aziz-al-rantisi', 'Abdel Aziz al-Rantisi', P, 'REB', ['عبد العزيز الرنتيسي', 'الرنتيسي'], [
    ['Leader', 'hamas', '2004-03-22', '2004-04-17', 'زعيم حركة حماس في غزة'],
  ]),
  p('essam-al-daalis', 'Essam al-Daalis', P, 'REB', ['عصام الدعاليس', 'الدعاليس'], [
    ['Head of the Government Follow-up Committee', 'hamas', '2021', '2025-03-18', 'رئيس لجنة متابعة العمل الحكومي في غزة'],
  ], { src: 'Start year approximate; killed 18 March 2025.' }),
  // Islamic Jihad
  p('fathi-shaqaqi', 'Fathi Shaqaqi', P, 'REB', ['فتحي الشقاقي', 'الشقاقي'], [
    ['Secretary-General', 'palestinian-islamic-jihad', '1981', '1995-10-26', 'الأمين العام لحركة الجهاد الإسلامي'],
  ]),
  p('ramadan-shalah', 'Ramadan Shalah', P, 'REB', ['رمضان عبد الله شلح', 'رمضان شلح', 'شلح'], [
    ['Secretary-General', 'palestinian-islamic-jihad', '1995-10', '2018-09-28', 'الأمين العام لحركة الجهاد الإسلامي'],
  ], { al: ['Ramadan Abdullah Shallah'] }),
  p('ziyad-al-nakhalah', 'Ziyad al-Nakhalah', P, 'REB', ['زياد النخالة', 'النخالة'], [
    ['Secretary-General', 'palestinian-islamic-jihad', '2018-09-28', null, 'الأمين العام لحركة الجهاد الإسلامي'],
  ], { al: ['Ziad al-Nakhalah', 'Ziad Nakhaleh'] }),
];
