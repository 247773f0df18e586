// Armed forces, intelligence and security services, governments, parliaments, courts and ministries.
// Line format: see scripts/kb/organisations.ts (id | name | aliases | ar | arShort | SECTOR [TYPE] | ISO3 | wikidata | disambiguation).
export const ORG_SECURITY = `
# Israel
idf | Israel Defense Forces | IDF; Israeli army; Israeli military | الجيش الإسرائيلي; جيش الاحتلال; جيش الاحتلال الإسرائيلي; جيش الدفاع الإسرائيلي; قوات الاحتلال; قوات الاحتلال الإسرائيلي; القوات الإسرائيلية; الجيش الاسرائيلي | - | MIL | ISR | - | -
israeli-air-force | Israeli Air Force | IAF | سلاح الجو الإسرائيلي; الطيران الإسرائيلي; الطيران الحربي الإسرائيلي | - | MIL | ISR | - | -
israeli-navy | Israeli Navy | - | البحرية الإسرائيلية; سلاح البحرية الإسرائيلي | - | MIL | ISR | - | -
golani-brigade | Golani Brigade | - | لواء غولاني; لواء جولاني | - | MIL | ISR | - | -
aman | Military Intelligence Directorate (Israel) | Aman; IDF Military Intelligence | شعبة الاستخبارات العسكرية الإسرائيلية; الاستخبارات العسكرية الإسرائيلية; شعبة الاستخبارات العسكرية أمان | أمان | SPY | ISR | - | أمان alone means "safety": link only after the full name
mossad | Mossad | Institute for Intelligence and Special Operations | الموساد; جهاز الموساد; الموساد الإسرائيلي; جهاز الاستخبارات الإسرائيلي الموساد | - | SPY | ISR | - | -
shin-bet | Shin Bet | Israel Security Agency; ISA; Shabak | الشاباك; جهاز الشاباك; جهاز الأمن العام الإسرائيلي; الشين بيت; جهاز الأمن الداخلي الإسرائيلي | - | SPY | ISR | - | -
israel-police | Israel Police | Israeli police | الشرطة الإسرائيلية; شرطة الاحتلال; شرطة الاحتلال الإسرائيلي | - | COP | ISR | - | -
israel-border-police | Israel Border Police | Magav | حرس الحدود الإسرائيلي; شرطة حرس الحدود الإسرائيلية | - | COP | ISR | - | -
israel-prison-service | Israel Prison Service | IPS | مصلحة السجون الإسرائيلية; إدارة السجون الإسرائيلية; مصلحة سجون الاحتلال | - | COP | ISR | - | -
cogat | Coordinator of Government Activities in the Territories | COGAT | منسق أعمال الحكومة الإسرائيلية في المناطق; وحدة تنسيق أعمال الحكومة الإسرائيلية في المناطق; منسق أعمال الحكومة في المناطق | - | MIL | ISR | - | -
israeli-government | Government of Israel | Israeli government; Israeli cabinet | الحكومة الإسرائيلية; حكومة الاحتلال; الحكومة الاسرائيلية | - | GOV | ISR | - | -
israeli-security-cabinet | Israeli Security Cabinet | Security Cabinet; Ministerial Committee on National Security Affairs | المجلس الوزاري المصغر; الكابينت; الكابينيت; المجلس الوزاري الأمني المصغر; المجلس الوزاري المصغر للشؤون السياسية والأمنية; المجلس الوزاري الإسرائيلي المصغر; الكابينت الإسرائيلي | - | GOV | ISR | - | -
israel-pmo | Prime Minister's Office (Israel) | PMO; Israeli Prime Minister's Office | مكتب رئيس الوزراء الإسرائيلي; مكتب رئيس الحكومة الإسرائيلية; مكتب نتنياهو | - | GOV | ISR | - | -
knesset | Knesset | Israeli parliament | الكنيست; الكنيست الإسرائيلي; البرلمان الإسرائيلي | - | LEG | ISR | - | -
israel-supreme-court | Supreme Court of Israel | Israeli Supreme Court; High Court of Justice | المحكمة العليا الإسرائيلية; المحكمة العليا في إسرائيل; محكمة العدل العليا الإسرائيلية | - | JUD | ISR | - | -
# Iran
irgc | Islamic Revolutionary Guard Corps | IRGC; Revolutionary Guards; Pasdaran | الحرس الثوري; الحرس الثوري الإيراني; حرس الثورة الإسلامية; قوات الحرس الثوري; الحرس الثوري الايراني; الحرس الثوري الإسلامي | - | MIL | IRN | - | -
quds-force | Quds Force | IRGC Quds Force; IRGC-QF | فيلق القدس; فيلق القدس الإيراني; قوة القدس; فيلق القدس التابع للحرس الثوري | - | MIL | IRN | - | -
irgc-aerospace-force | IRGC Aerospace Force | - | القوة الجوفضائية للحرس الثوري; القوة الجوية الفضائية للحرس الثوري | - | MIL | IRN | - | -
irgc-navy | IRGC Navy | - | بحرية الحرس الثوري; القوة البحرية للحرس الثوري | - | MIL | IRN | - | -
basij | Basij | Basij Resistance Force; Organization for the Mobilization of the Oppressed | الباسيج; قوات الباسيج; قوات التعبئة الشعبية; منظمة الباسيج | - | MIL | IRN | - | -
iranian-army | Islamic Republic of Iran Army | Artesh; Iranian army | الجيش الإيراني; جيش الجمهورية الإسلامية الإيرانية | - | MIL | IRN | - | -
iran-armed-forces-general-staff | General Staff of the Armed Forces of Iran | - | هيئة الأركان العامة للقوات المسلحة الإيرانية; الأركان العامة للقوات المسلحة الإيرانية | - | MIL | IRN | - | -
iran-intelligence-ministry | Ministry of Intelligence (Iran) | MOIS; VAJA | وزارة الاستخبارات الإيرانية; وزارة الأمن الإيرانية; وزارة الاستخبارات والأمن الوطني الإيرانية | - | SPY | IRN | - | -
iran-snsc | Supreme National Security Council (Iran) | SNSC | المجلس الأعلى للأمن القومي الإيراني; المجلس الأعلى للأمن القومي في إيران | - | GOV | IRN | - | -
iranian-government | Government of Iran | Iranian government | الحكومة الإيرانية | - | GOV | IRN | - | -
iran-majlis | Islamic Consultative Assembly | Majlis; Iranian parliament | مجلس الشورى الإسلامي; البرلمان الإيراني; مجلس الشورى الإيراني | - | LEG | IRN | - | -
guardian-council | Guardian Council | Council of Guardians | مجلس صيانة الدستور; مجلس صيانة الدستور الإيراني | - | GOV | IRN | - | -
expediency-council | Expediency Discernment Council | Expediency Council | مجمع تشخيص مصلحة النظام | - | GOV | IRN | - | -
assembly-of-experts | Assembly of Experts | - | مجلس خبراء القيادة | - | GOV | IRN | - | -
aeoi | Atomic Energy Organization of Iran | AEOI | منظمة الطاقة الذرية الإيرانية; هيئة الطاقة الذرية الإيرانية | - | GOV | IRN | - | -
iran-judiciary | Judiciary of Iran | Iranian judiciary | السلطة القضائية الإيرانية; القضاء الإيراني | - | JUD | IRN | - | -
# United States
us-department-of-defense | United States Department of Defense | Pentagon; DoD; Department of War | وزارة الدفاع الأميركية; وزارة الدفاع الأمريكية; وزارة الحرب الأميركية; وزارة الحرب الأمريكية | - | GOV | USA | - | البنتاغون (the building, places: the-pentagon) stands for this department in news
us-armed-forces | United States Armed Forces | US military; US army; American forces | الجيش الأميركي; الجيش الأمريكي; القوات الأميركية; القوات الأمريكية; القوات المسلحة الأميركية | - | MIL | USA | - | -
us-navy | United States Navy | US Navy | البحرية الأميركية; البحرية الأمريكية | - | MIL | USA | - | -
centcom | United States Central Command | CENTCOM; US Central Command | القيادة المركزية الأميركية; القيادة المركزية الأمريكية; سنتكوم; القيادة الوسطى الأميركية | - | MIL | USA | - | -
africom | United States Africa Command | AFRICOM | القيادة الأميركية في أفريقيا; القيادة الأمريكية في أفريقيا; أفريكوم | - | MIL | USA | - | -
cia | Central Intelligence Agency | CIA | وكالة المخابرات المركزية الأميركية; وكالة المخابرات المركزية الأمريكية; وكالة الاستخبارات المركزية الأميركية; وكالة الاستخبارات المركزية; سي آي إيه; سي آي ايه | - | SPY | USA | - | -
fbi | Federal Bureau of Investigation | FBI | مكتب التحقيقات الفيدرالي; مكتب التحقيقات الفدرالي; إف بي آي; مكتب التحقيقات الاتحادي | - | COP | USA | - | -
us-state-department | United States Department of State | State Department; US State Department | وزارة الخارجية الأميركية; وزارة الخارجية الأمريكية; الخارجية الأميركية; الخارجية الأمريكية | - | GOV | USA | - | -
us-treasury | United States Department of the Treasury | US Treasury; Treasury Department | وزارة الخزانة الأميركية; وزارة الخزانة الأمريكية; الخزانة الأميركية; الخزانة الأمريكية | - | GOV | USA | - | -
us-homeland-security | United States Department of Homeland Security | DHS | وزارة الأمن الداخلي الأميركية; وزارة الأمن الداخلي الأمريكية | - | GOV | USA | - | -
us-justice-department | United States Department of Justice | DOJ; Justice Department | وزارة العدل الأميركية; وزارة العدل الأمريكية | - | GOV | USA | - | -
us-nsc | United States National Security Council | NSC | مجلس الأمن القومي الأميركي; مجلس الأمن القومي الأمريكي | - | GOV | USA | - | -
us-congress | United States Congress | Congress; US Congress | الكونغرس; الكونغرس الأميركي; الكونغرس الأمريكي; الكونجرس; الكونجرس الأمريكي | - | LEG | USA | - | -
us-senate | United States Senate | US Senate; Senate | مجلس الشيوخ الأميركي; مجلس الشيوخ الأمريكي | مجلس الشيوخ | LEG | USA | - | -
us-house | United States House of Representatives | House of Representatives; US House | مجلس النواب الأميركي; مجلس النواب الأمريكي | - | LEG | USA | - | -
us-supreme-court | Supreme Court of the United States | US Supreme Court | المحكمة العليا الأميركية; المحكمة العليا الأمريكية | - | JUD | USA | - | -
# Russia, China, Europe
russian-armed-forces | Russian Armed Forces | Russian army; Russian military | الجيش الروسي; القوات الروسية; القوات المسلحة الروسية | - | MIL | RUS | - | -
wagner-group | Wagner Group | Wagner; PMC Wagner | فاغنر; مجموعة فاغنر; قوات فاغنر; مرتزقة فاغنر; فاجنر | - | MIL | RUS | - | -
africa-corps | Africa Corps (Russia) | Russian Africa Corps | الفيلق الأفريقي; الفيلق الإفريقي الروسي | - | MIL | RUS | - | -
fsb | Federal Security Service | FSB | جهاز الأمن الفيدرالي الروسي; جهاز الأمن الاتحادي الروسي | - | SPY | RUS | - | -
gru | GRU (Russian military intelligence) | Main Intelligence Directorate | الاستخبارات العسكرية الروسية | - | SPY | RUS | - | -
state-duma | State Duma | Duma; Russian parliament | مجلس الدوما; الدوما; الدوما الروسي; مجلس الدوما الروسي | - | LEG | RUS | - | -
pla | People's Liberation Army | PLA; Chinese army | جيش التحرير الشعبي الصيني; الجيش الصيني | - | MIL | CHN | - | -
british-armed-forces | British Armed Forces | British army; British military | الجيش البريطاني; القوات البريطانية | - | MIL | GBR | - | -
mi6 | Secret Intelligence Service | MI6; SIS | جهاز الاستخبارات البريطاني; الاستخبارات البريطانية الخارجية; جهاز إم آي 6 | - | SPY | GBR | - | -
uk-parliament | Parliament of the United Kingdom | British Parliament; House of Commons | البرلمان البريطاني; مجلس العموم البريطاني | - | LEG | GBR | - | -
french-armed-forces | French Armed Forces | French army | الجيش الفرنسي; القوات الفرنسية | - | MIL | FRA | - | -
ukrainian-armed-forces | Armed Forces of Ukraine | Ukrainian army | الجيش الأوكراني; القوات الأوكرانية | - | MIL | UKR | - | -
# Turkey
turkish-armed-forces | Turkish Armed Forces | TSK; Turkish army; Turkish military | القوات المسلحة التركية; الجيش التركي; القوات التركية | - | MIL | TUR | - | -
mit | National Intelligence Organization (Turkey) | MIT; MİT; Turkish intelligence | جهاز الاستخبارات التركي; الاستخبارات التركية; المخابرات التركية; جهاز المخابرات التركية; جهاز الاستخبارات الوطنية التركية | - | SPY | TUR | - | -
grand-national-assembly-turkey | Grand National Assembly of Turkey | TBMM; Turkish parliament | البرلمان التركي; الجمعية الوطنية الكبرى التركية; مجلس الأمة التركي الكبير | - | LEG | TUR | - | -
# Egypt, Jordan, Gulf
egyptian-armed-forces | Egyptian Armed Forces | Egyptian army; Egyptian military | القوات المسلحة المصرية; الجيش المصري | - | MIL | EGY | - | -
egyptian-general-intelligence | General Intelligence Directorate (Egypt) | Egyptian General Intelligence Service; GIS; Mukhabarat | جهاز المخابرات العامة المصرية; المخابرات العامة المصرية; المخابرات المصرية; جهاز المخابرات المصري | - | SPY | EGY | - | -
egyptian-government | Cabinet of Egypt | Egyptian government | الحكومة المصرية; مجلس الوزراء المصري | - | GOV | EGY | - | -
egyptian-house-of-representatives | House of Representatives (Egypt) | Egyptian parliament | مجلس النواب المصري; البرلمان المصري | - | LEG | EGY | - | -
jordanian-armed-forces | Jordanian Armed Forces | Arab Army; Jordanian army | القوات المسلحة الأردنية; الجيش الأردني; القوات المسلحة الأردنية الجيش العربي | الجيش العربي | MIL | JOR | - | الجيش العربي alone is the Jordanian army's name but also "the Arab army" in general: link only with Jordanian context
jordan-gid | General Intelligence Directorate (Jordan) | GID | دائرة المخابرات العامة الأردنية; المخابرات الأردنية; دائرة المخابرات العامة في الأردن | - | SPY | JOR | - | -
jordanian-parliament | Parliament of Jordan | Jordanian parliament | مجلس النواب الأردني; البرلمان الأردني; مجلس الأمة الأردني | - | LEG | JOR | - | -
saudi-armed-forces | Saudi Armed Forces | Saudi army; Saudi military | القوات المسلحة السعودية; الجيش السعودي; القوات السعودية | - | MIL | SAU | - | -
saudi-national-guard | Saudi Arabian National Guard | SANG | الحرس الوطني السعودي; وزارة الحرس الوطني | - | MIL | SAU | - | -
saudi-gip | General Intelligence Presidency (Saudi Arabia) | GIP | رئاسة الاستخبارات العامة السعودية; الاستخبارات السعودية; المخابرات السعودية | - | SPY | SAU | - | -
saudi-cabinet | Council of Ministers of Saudi Arabia | Saudi cabinet | مجلس الوزراء السعودي | - | GOV | SAU | - | -
saudi-royal-court | Royal Court of Saudi Arabia | Saudi Royal Court | الديوان الملكي السعودي | - | GOV | SAU | - | -
saudi-shura-council | Consultative Assembly of Saudi Arabia | Shura Council | مجلس الشورى السعودي | - | LEG | SAU | - | -
qatar-amiri-diwan | Amiri Diwan (Qatar) | - | الديوان الأميري القطري; الديوان الأميري في قطر | - | GOV | QAT | - | -
uae-armed-forces | United Arab Emirates Armed Forces | UAE military | القوات المسلحة الإماراتية; الجيش الإماراتي | - | MIL | ARE | - | -
kuwait-national-assembly | National Assembly (Kuwait) | Kuwaiti parliament | مجلس الأمة الكويتي; البرلمان الكويتي | - | LEG | KWT | - | -
# Syria, Lebanon, Iraq
syrian-army | Syrian Arab Army | Syrian army; Syrian government forces | الجيش السوري; الجيش العربي السوري; قوات النظام السوري; جيش النظام السوري; قوات الحكومة السورية | - | MIL | SYR | - | -
syrian-general-security | General Security Service (Syria) | Syrian General Security | جهاز الأمن العام السوري; الأمن العام السوري; قوى الأمن العام السورية | - | COP | SYR | - | -
syrian-government | Government of Syria | Syrian government; Damascus government | الحكومة السورية; الحكومة السورية الانتقالية; النظام السوري | - | GOV | SYR | - | -
syrian-peoples-assembly | People's Assembly of Syria | Syrian parliament | مجلس الشعب السوري; البرلمان السوري | - | LEG | SYR | - | -
lebanese-army | Lebanese Armed Forces | LAF; Lebanese army | الجيش اللبناني; القوات المسلحة اللبنانية | - | MIL | LBN | - | -
lebanon-general-security | General Directorate of General Security (Lebanon) | Lebanese General Security | المديرية العامة للأمن العام اللبناني; الأمن العام اللبناني; المديرية العامة للأمن العام | الأمن العام | SPY | LBN | - | الأمن العام alone is Lebanon's General Security with Lebanese context, Syria's General Security with Syrian context
lebanon-isf | Internal Security Forces (Lebanon) | ISF | قوى الأمن الداخلي اللبنانية; المديرية العامة لقوى الأمن الداخلي | قوى الأمن الداخلي | COP | LBN | - | -
lebanese-government | Government of Lebanon | Lebanese government; Lebanese cabinet | الحكومة اللبنانية; مجلس الوزراء اللبناني | - | GOV | LBN | - | -
lebanese-parliament | Parliament of Lebanon | Lebanese parliament | مجلس النواب اللبناني; البرلمان اللبناني | - | LEG | LBN | - | -
iraqi-army | Iraqi Army | Iraqi armed forces; Iraqi security forces | الجيش العراقي; القوات العراقية; القوات الأمنية العراقية | - | MIL | IRQ | - | -
iraqi-cts | Iraqi Counter Terrorism Service | CTS; Golden Division | جهاز مكافحة الإرهاب العراقي; جهاز مكافحة الإرهاب في العراق | - | MIL | IRQ | - | -
iraqi-nis | Iraqi National Intelligence Service | INIS | جهاز المخابرات العراقي; المخابرات العراقية | - | SPY | IRQ | - | -
iraq-joint-operations-command | Joint Operations Command (Iraq) | JOC | قيادة العمليات المشتركة العراقية; قيادة العمليات المشتركة في العراق | - | MIL | IRQ | - | -
iraqi-government | Government of Iraq | Iraqi government | الحكومة العراقية; مجلس الوزراء العراقي | - | GOV | IRQ | - | -
iraqi-parliament | Council of Representatives of Iraq | Iraqi parliament | مجلس النواب العراقي; البرلمان العراقي | - | LEG | IRQ | - | -
krg | Kurdistan Regional Government | KRG | حكومة إقليم كردستان; حكومة إقليم كردستان العراق | حكومة الإقليم | GOV | IRQ | - | -
# Palestine
palestinian-government | Palestinian Government | PA cabinet; Palestinian cabinet | الحكومة الفلسطينية; مجلس الوزراء الفلسطيني | - | GOV | PSE | - | -
palestinian-security-forces | Palestinian Security Services | PA security forces | الأجهزة الأمنية الفلسطينية; قوى الأمن الفلسطينية; الأمن الفلسطيني | - | COP | PSE | - | -
palestinian-general-intelligence | Palestinian General Intelligence Service | - | جهاز المخابرات العامة الفلسطينية; المخابرات الفلسطينية | - | SPY | PSE | - | -
palestinian-preventive-security | Preventive Security Service | - | جهاز الأمن الوقائي; الأمن الوقائي الفلسطيني | - | SPY | PSE | - | -
palestinian-legislative-council | Palestinian Legislative Council | PLC | المجلس التشريعي الفلسطيني | - | LEG | PSE | - | -
gaza-health-ministry | Ministry of Health (Gaza) | Gaza Health Ministry | وزارة الصحة في غزة; وزارة الصحة في قطاع غزة; وزارة الصحة الفلسطينية في غزة | - | GOV | PSE | - | -
gaza-government-media-office | Government Media Office (Gaza) | - | المكتب الإعلامي الحكومي في غزة; المكتب الإعلامي الحكومي بغزة | - | GOV | PSE | - | -
gaza-civil-defence | Palestinian Civil Defence (Gaza) | Gaza Civil Defence | الدفاع المدني في غزة; الدفاع المدني الفلسطيني; جهاز الدفاع المدني في غزة | - | GOV | PSE | - | -
# Yemen, Libya, Sudan, Maghreb
presidential-leadership-council-yemen | Presidential Leadership Council | PLC (Yemen) | مجلس القيادة الرئاسي; مجلس القيادة الرئاسي اليمني; المجلس الرئاسي اليمني | - | GOV | YEM | - | -
yemeni-government | Government of Yemen | Yemeni government; internationally recognized government | الحكومة اليمنية; الحكومة الشرعية اليمنية; الحكومة اليمنية المعترف بها دوليا | الحكومة الشرعية; الشرعية | GOV | YEM | - | -
yemeni-army | Yemeni Army | Yemeni government forces | الجيش اليمني; الجيش الوطني اليمني; القوات الحكومية اليمنية | - | MIL | YEM | - | -
houthi-supreme-political-council | Supreme Political Council (Yemen) | SPC | المجلس السياسي الأعلى; المجلس السياسي الأعلى في صنعاء; المجلس السياسي الأعلى للحوثيين | - | GOV | YEM | - | -
libyan-national-army | Libyan National Army | LNA; Haftar's forces; Libyan Arab Armed Forces | الجيش الوطني الليبي; قوات حفتر; قوات القيادة العامة; القيادة العامة للقوات المسلحة الليبية; القوات المسلحة العربية الليبية | الجيش الوطني; القيادة العامة | MIL | LBY | - | الجيش الوطني alone is this army with Libyan context, the Syrian National Army with Syrian context
gna-libya | Government of National Accord | GNA | حكومة الوفاق الوطني; حكومة الوفاق; حكومة الوفاق الوطني الليبية | الوفاق | GOV | LBY | - | -
gnu-libya | Government of National Unity (Libya) | GNU; Dbeibah government | حكومة الوحدة الوطنية الليبية; حكومة الوحدة الوطنية; حكومة الدبيبة | - | GOV | LBY | - | حكومة الوحدة الوطنية is linked to Libya's (2021–); other national unity governments (Palestine 2007, 2014) are named with their country
government-of-national-stability | Government of National Stability (Libya) | GNS; eastern-based government | حكومة الاستقرار الوطني; الحكومة الليبية المكلفة من البرلمان; حكومة حماد | - | GOV | LBY | - | -
libyan-presidential-council | Presidential Council (Libya) | - | المجلس الرئاسي الليبي | - | GOV | LBY | - | -
libyan-house-of-representatives | House of Representatives (Libya) | Libyan parliament; HoR | مجلس النواب الليبي; البرلمان الليبي | - | LEG | LBY | - | -
libyan-high-council-of-state | High Council of State (Libya) | HCS | المجلس الأعلى للدولة; المجلس الأعلى للدولة الليبي; المجلس الأعلى للدولة في ليبيا | - | LEG | LBY | - | -
radaa-force | Special Deterrence Force | Radaa; Rada | قوة الردع الخاصة; جهاز الردع; جهاز الردع لمكافحة الجريمة المنظمة والإرهاب | - | MIL | LBY | - | -
stability-support-apparatus | Stability Support Apparatus | SSA | جهاز دعم الاستقرار | - | MIL | LBY | - | -
sudanese-armed-forces | Sudanese Armed Forces | SAF; Sudanese army | الجيش السوداني; القوات المسلحة السودانية | - | MIL | SDN | - | -
rsf-sudan | Rapid Support Forces | RSF; Janjaweed | قوات الدعم السريع; الدعم السريع; ميليشيا الدعم السريع; مليشيا الدعم السريع; قوات الدعم السريع السودانية | - | MIL | SDN | - | -
sudan-sovereignty-council | Transitional Sovereignty Council | Sovereignty Council (Sudan) | مجلس السيادة السوداني; مجلس السيادة الانتقالي; مجلس السيادة الانتقالي في السودان | مجلس السيادة | GOV | SDN | - | -
sudan-gis | General Intelligence Service (Sudan) | GIS; NISS | جهاز المخابرات العامة السوداني; جهاز الأمن والمخابرات الوطني السوداني | - | SPY | SDN | - | -
algerian-army | Algerian People's National Army | ANP; Algerian army | الجيش الوطني الشعبي الجزائري; الجيش الجزائري; الجيش الوطني الشعبي | - | MIL | DZA | - | -
moroccan-armed-forces | Royal Moroccan Armed Forces | FAR; Moroccan army | القوات المسلحة الملكية المغربية; القوات المسلحة الملكية; الجيش المغربي | - | MIL | MAR | - | -
tunisian-parliament | Assembly of the Representatives of the People (Tunisia) | ARP; Tunisian parliament | مجلس نواب الشعب التونسي; البرلمان التونسي; مجلس نواب الشعب | - | LEG | TUN | - | -
`;

// Ministries generated by buildMinistries (organisations.ts): ISO3 | Country | country in Arabic; … | fem. nisba with ال; … | F I D
export const MINISTRY_TABLE = `
SAU | Saudi Arabia | السعودية; المملكة العربية السعودية | السعودية | F I D
QAT | Qatar | قطر; دولة قطر | القطرية | F I D
ARE | United Arab Emirates | الإمارات; دولة الإمارات | الإماراتية | F I D
KWT | Kuwait | الكويت; دولة الكويت | الكويتية | F I D
BHR | Bahrain | البحرين; مملكة البحرين | البحرينية | F I D
OMN | Oman | عمان; سلطنة عمان | العمانية | F I D
YEM | Yemen | اليمن | اليمنية | F I D
EGY | Egypt | مصر | المصرية | F I D
JOR | Jordan | الأردن | الأردنية | F I D
LBN | Lebanon | لبنان | اللبنانية | F I D
SYR | Syria | سوريا; سورية | السورية | F I D
IRQ | Iraq | العراق | العراقية | F I D
IRN | Iran | إيران | الإيرانية | F I D
TUR | Turkey | تركيا | التركية | F I D
ISR | Israel | إسرائيل | الإسرائيلية | F I D
PSE | Palestine | فلسطين | الفلسطينية | F I
LBY | Libya | ليبيا | الليبية | F I D
TUN | Tunisia | تونس | التونسية | F I D
DZA | Algeria | الجزائر | الجزائرية | F I D
MAR | Morocco | المغرب | المغربية | F I
SDN | Sudan | السودان | السودانية | F I D
MRT | Mauritania | موريتانيا | الموريتانية | F
RUS | Russia | روسيا | الروسية | F D
CHN | China | الصين | الصينية | F D
GBR | United Kingdom | بريطانيا; المملكة المتحدة | البريطانية | F D
FRA | France | فرنسا | الفرنسية | F D
DEU | Germany | ألمانيا | الألمانية | F D
PAK | Pakistan | باكستان | الباكستانية | F
`;
