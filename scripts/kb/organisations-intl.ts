// International organisations: the UN and its bodies, regional and economic organisations, courts, NGOs.
// Line format: see scripts/kb/organisations.ts (id | name | aliases | ar | arShort | SECTOR [TYPE] | ISO3 | wikidata | disambiguation).
export const ORG_INTL = `
# United Nations and its bodies
un | United Nations | UN; U.N.; the United Nations Organization | الأمم المتحدة; هيئة الأمم المتحدة; منظمة الأمم المتحدة | المنظمة الدولية; المنظمة الأممية; الأممية | UNO | - | Q1065 | -
un-security-council | United Nations Security Council | UN Security Council; UNSC; Security Council | مجلس الأمن الدولي; مجلس الأمن التابع للأمم المتحدة; مجلس الأمن; مجلس الامن الدولي | - | UNO | - | Q37470 | -
un-general-assembly | United Nations General Assembly | UN General Assembly; UNGA; General Assembly | الجمعية العامة للأمم المتحدة; الجمعية العامة للامم المتحدة | الجمعية العامة | UNO | - | - | -
un-secretariat | United Nations Secretariat | UN Secretariat; Office of the Secretary-General | الأمانة العامة للأمم المتحدة | - | UNO | - | - | -
unrwa | United Nations Relief and Works Agency for Palestine Refugees in the Near East | UNRWA | الأونروا; وكالة غوث وتشغيل اللاجئين الفلسطينيين; وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين; وكالة غوث وتشغيل اللاجئين; وكالة الأونروا; الاونروا | - | UNO | - | - | -
unhcr | United Nations High Commissioner for Refugees | UNHCR; UN Refugee Agency | المفوضية السامية للأمم المتحدة لشؤون اللاجئين; مفوضية الأمم المتحدة لشؤون اللاجئين; مفوضية اللاجئين; المفوضية السامية لشؤون اللاجئين; مفوضية الأمم المتحدة السامية لشؤون اللاجئين | المفوضية | UNO | - | - | -
ohchr | Office of the United Nations High Commissioner for Human Rights | OHCHR; UN Human Rights Office | مفوضية الأمم المتحدة السامية لحقوق الإنسان; المفوضية السامية لحقوق الإنسان; مفوضية حقوق الإنسان; مكتب حقوق الإنسان التابع للأمم المتحدة | - | UNO | - | - | -
unicef | UNICEF | United Nations Children's Fund | اليونيسف; منظمة الأمم المتحدة للطفولة; صندوق الأمم المتحدة للطفولة; يونيسف; منظمة اليونيسف; اليونيسيف | - | UNO | - | - | -
who | World Health Organization | WHO | منظمة الصحة العالمية | - | UNO | - | Q7817 | -
wfp | World Food Programme | WFP; UN World Food Programme | برنامج الأغذية العالمي; برنامج الغذاء العالمي; برنامج الأغذية العالمي التابع للأمم المتحدة | - | UNO | - | - | -
unesco | UNESCO | United Nations Educational, Scientific and Cultural Organization | اليونسكو; منظمة الأمم المتحدة للتربية والعلم والثقافة; منظمة اليونسكو; يونسكو | - | UNO | - | Q7809 | -
un-human-rights-council | United Nations Human Rights Council | UNHRC; Human Rights Council | مجلس حقوق الإنسان التابع للأمم المتحدة; مجلس حقوق الإنسان الأممي; مجلس حقوق الإنسان الدولي | مجلس حقوق الإنسان | UNO | - | - | -
ocha | United Nations Office for the Coordination of Humanitarian Affairs | OCHA; UN OCHA | مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية; مكتب تنسيق الشؤون الإنسانية; أوتشا; مكتب أوتشا | - | UNO | - | - | -
unifil | United Nations Interim Force in Lebanon | UNIFIL | قوات الأمم المتحدة المؤقتة في لبنان; اليونيفيل; قوات اليونيفيل; قوة الأمم المتحدة المؤقتة في لبنان; يونيفيل | - | UNO | - | - | -
undof | United Nations Disengagement Observer Force | UNDOF | قوة الأمم المتحدة لمراقبة فض الاشتباك; أندوف; قوة أندوف; قوات الأندوف | - | UNO | - | - | -
untso | United Nations Truce Supervision Organization | UNTSO | هيئة الأمم المتحدة لمراقبة الهدنة | - | UNO | - | - | -
unsmil | United Nations Support Mission in Libya | UNSMIL | بعثة الأمم المتحدة للدعم في ليبيا; البعثة الأممية في ليبيا; بعثة الأمم المتحدة في ليبيا | - | UNO | - | - | -
unami | United Nations Assistance Mission for Iraq | UNAMI | بعثة الأمم المتحدة لمساعدة العراق; يونامي; بعثة يونامي; البعثة الأممية في العراق | - | UNO | - | - | -
unmha | United Nations Mission to Support the Hodeidah Agreement | UNMHA | بعثة الأمم المتحدة لدعم اتفاق الحديدة; بعثة أونمها | - | UNO | - | - | -
unitams | United Nations Integrated Transition Assistance Mission in Sudan | UNITAMS | بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان; يونيتامس; بعثة يونيتامس | - | UNO | - | - | -
unmiss | United Nations Mission in South Sudan | UNMISS | بعثة الأمم المتحدة في جنوب السودان | - | UNO | - | - | -
minurso | United Nations Mission for the Referendum in Western Sahara | MINURSO | بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية; مينورسو; بعثة المينورسو | - | UNO | - | - | -
unscol | Office of the United Nations Special Coordinator for Lebanon | UNSCOL | مكتب المنسق الخاص للأمم المتحدة في لبنان | - | UNO | - | - | -
unsco | Office of the United Nations Special Coordinator for the Middle East Peace Process | UNSCO | مكتب المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط | - | UNO | - | - | -
undp | United Nations Development Programme | UNDP | برنامج الأمم المتحدة الإنمائي | - | UNO | - | - | -
unfpa | United Nations Population Fund | UNFPA | صندوق الأمم المتحدة للسكان | - | UNO | - | - | -
fao | Food and Agriculture Organization | FAO | منظمة الأغذية والزراعة; منظمة الأغذية والزراعة للأمم المتحدة; الفاو; منظمة الفاو | - | UNO | - | - | -
iom | International Organization for Migration | IOM | المنظمة الدولية للهجرة | - | UNO | - | - | -
ilo | International Labour Organization | ILO | منظمة العمل الدولية | - | UNO | - | - | -
un-women | UN Women | United Nations Entity for Gender Equality and the Empowerment of Women | هيئة الأمم المتحدة للمرأة | - | UNO | - | - | -
unctad | United Nations Conference on Trade and Development | UNCTAD | مؤتمر الأمم المتحدة للتجارة والتنمية; الأونكتاد | - | UNO | - | - | -
escwa | United Nations Economic and Social Commission for Western Asia | ESCWA | اللجنة الاقتصادية والاجتماعية لغربي آسيا; الإسكوا; لجنة الإسكوا | - | UNO | - | - | -
unep | United Nations Environment Programme | UNEP | برنامج الأمم المتحدة للبيئة | - | UNO | - | - | -
unodc | United Nations Office on Drugs and Crime | UNODC | مكتب الأمم المتحدة المعني بالمخدرات والجريمة | - | UNO | - | - | -
icao | International Civil Aviation Organization | ICAO | منظمة الطيران المدني الدولي | - | UNO | - | - | -
imo | International Maritime Organization | IMO | المنظمة البحرية الدولية | - | UNO | - | - | -
iaea | International Atomic Energy Agency | IAEA | الوكالة الدولية للطاقة الذرية; وكالة الطاقة الذرية; الوكالة الذرية | الوكالة الدولية | UNO | - | - | -
opcw | Organisation for the Prohibition of Chemical Weapons | OPCW | منظمة حظر الأسلحة الكيميائية; منظمة حظر الاسلحة الكيماوية; منظمة حظر الأسلحة الكيماوية | - | IGO | - | - | -
icj | International Court of Justice | ICJ; World Court | محكمة العدل الدولية | - | UNO | - | Q7801 | -
# Regional and intergovernmental organisations
arab-league | Arab League | League of Arab States | جامعة الدول العربية; الجامعة العربية | الجامعة | IGO | - | Q7172 | -
arab-parliament | Arab Parliament | - | البرلمان العربي | - | IGO | - | - | -
gcc | Gulf Cooperation Council | GCC; Cooperation Council for the Arab States of the Gulf | مجلس التعاون الخليجي; مجلس التعاون لدول الخليج العربية; مجلس التعاون لدول الخليج; مجلس التعاون الخليجي لدول الخليج العربية | مجلس التعاون | IGO | - | - | -
peninsula-shield-force | Peninsula Shield Force | Peninsula Shield | قوات درع الجزيرة; قوة درع الجزيرة; درع الجزيرة | - | MIL | - | - | -
oic | Organisation of Islamic Cooperation | OIC; Organization of the Islamic Conference | منظمة التعاون الإسلامي; منظمة المؤتمر الإسلامي | - | IGO | - | - | -
african-union | African Union | AU | الاتحاد الأفريقي; الاتحاد الإفريقي; مفوضية الاتحاد الأفريقي | - | IGO | - | Q7159 | -
arab-maghreb-union | Arab Maghreb Union | AMU; UMA | اتحاد المغرب العربي | - | IGO | - | - | -
igad | Intergovernmental Authority on Development | IGAD | الهيئة الحكومية للتنمية; منظمة إيغاد; إيغاد; الإيغاد; الهيئة الحكومية الدولية المعنية بالتنمية | - | IGO | - | - | -
ecowas | Economic Community of West African States | ECOWAS | المجموعة الاقتصادية لدول غرب أفريقيا; إيكواس; مجموعة إيكواس | - | IGO | - | - | -
eu | European Union | EU; E.U. | الاتحاد الأوروبي; الاتحاد الاوروبي; دول الاتحاد الأوروبي | الأوروبي | EUR | - | Q458 | -
european-commission | European Commission | EC; the Commission | المفوضية الأوروبية; المفوضية الاوروبية | المفوضية | EUR | - | Q8880 | -
european-parliament | European Parliament | EP | البرلمان الأوروبي; البرلمان الاوروبي | - | EUR | - | Q8889 | -
european-council | European Council | - | المجلس الأوروبي; القمة الأوروبية | - | EUR | - | - | -
council-of-the-eu | Council of the European Union | EU Council; Council of Ministers | مجلس الاتحاد الأوروبي; مجلس وزراء الاتحاد الأوروبي | - | EUR | - | - | -
eeas | European External Action Service | EEAS | جهاز العمل الخارجي الأوروبي; دائرة العمل الخارجي الأوروبية | - | EUR | - | - | -
ecb | European Central Bank | ECB | البنك المركزي الأوروبي | - | EUR | - | - | -
council-of-europe | Council of Europe | CoE | مجلس أوروبا | - | IGO | - | - | -
osce | Organization for Security and Co-operation in Europe | OSCE | منظمة الأمن والتعاون في أوروبا | - | IGO | - | - | -
nato | NATO | North Atlantic Treaty Organization; the Alliance | حلف شمال الأطلسي; الناتو; حلف الناتو; حلف شمال الاطلسي; حلف الأطلسي; منظمة حلف شمال الأطلسي | الحلف; الأطلسي | IGO | - | Q7184 | -
opec | OPEC | Organization of the Petroleum Exporting Countries | منظمة الدول المصدرة للنفط; أوبك; منظمة أوبك; منظمة البلدان المصدرة للبترول | - | IGO | - | Q7795 | -
opec-plus | OPEC+ | OPEC Plus | أوبك+; أوبك بلس; تحالف أوبك+; مجموعة أوبك+ | - | IGO | - | - | -
oapec | Organization of Arab Petroleum Exporting Countries | OAPEC | منظمة الأقطار العربية المصدرة للبترول; أوابك | - | IGO | - | - | -
imf | International Monetary Fund | IMF | صندوق النقد الدولي | الصندوق | IGO | - | Q7804 | -
world-bank | World Bank | World Bank Group; IBRD | البنك الدولي; مجموعة البنك الدولي | - | IGO | - | Q7164 | -
wto | World Trade Organization | WTO | منظمة التجارة العالمية | - | IGO | - | Q7825 | -
g7 | Group of Seven | G7 | مجموعة السبع; مجموعة الدول السبع; مجموعة الدول الصناعية السبع; مجموعة السبع الكبار | - | IGO | - | - | -
g20 | G20 | Group of Twenty | مجموعة العشرين; مجموعة الـ20; مجموعة العشرين الاقتصادية | - | IGO | - | Q19771 | -
brics | BRICS | - | بريكس; مجموعة بريكس; مجموعة البريكس; دول البريكس | - | IGO | - | - | -
sco | Shanghai Cooperation Organisation | SCO | منظمة شنغهاي للتعاون; منظمة شانغهاي للتعاون | - | IGO | - | Q485207 | -
asean | ASEAN | Association of Southeast Asian Nations | رابطة دول جنوب شرق آسيا; آسيان; رابطة آسيان | - | IGO | - | Q7768 | -
csto | Collective Security Treaty Organization | CSTO | منظمة معاهدة الأمن الجماعي | - | IGO | - | - | -
oas | Organization of American States | OAS | منظمة الدول الأمريكية; منظمة الدول الأميركية | - | IGO | - | - | -
commonwealth | Commonwealth of Nations | the Commonwealth | رابطة الكومنولث; الكومنولث | - | IGO | - | - | -
non-aligned-movement | Non-Aligned Movement | NAM | حركة عدم الانحياز | - | IGO | - | - | -
islamic-development-bank | Islamic Development Bank | IsDB | البنك الإسلامي للتنمية | - | IGO | - | - | -
aiib | Asian Infrastructure Investment Bank | AIIB | البنك الآسيوي للاستثمار في البنية التحتية | - | IGO | - | - | -
arab-monetary-fund | Arab Monetary Fund | AMF | صندوق النقد العربي | - | IGO | - | - | -
interpol | Interpol | International Criminal Police Organization | الإنتربول; الشرطة الدولية; منظمة الشرطة الجنائية الدولية; الانتربول | - | IGO | - | - | -
union-for-the-mediterranean | Union for the Mediterranean | UfM | الاتحاد من أجل المتوسط | - | IGO | - | - | -
# Contact groups and coalitions
p5-plus-1 | P5+1 | E3+3; EU3+3; the six world powers | مجموعة 5+1; مجموعة الخمس زائد واحد; مجموعة 5 + 1; مجموعة الدول الست; مجموعة الست; القوى الست الكبرى | - | IGO | - | - | -
e3 | E3 | France, Germany and the United Kingdom; European troika | الترويكا الأوروبية; الدول الأوروبية الثلاث; مجموعة الترويكا الأوروبية | - | IGO | - | - | -
quartet | Quartet on the Middle East | Middle East Quartet; the Quartet | اللجنة الرباعية الدولية; الرباعية الدولية; اللجنة الرباعية للشرق الأوسط; الرباعية الدولية للسلام | اللجنة الرباعية; الرباعية | IGO | - | - | the bare اللجنة الرباعية/الرباعية are also the Sudan Quad (quad-sudan) and other four-party committees: prefer the Middle East Quartet with Israeli-Palestinian context
quad-sudan | Quad for Sudan | Sudan Quad; the Quad (US, Saudi Arabia, UAE, Egypt) | الرباعية الدولية بشأن السودان; المجموعة الرباعية بشأن السودان; الرباعية بشأن السودان | - | IGO | - | - | the Quad of the United States, Saudi Arabia, the UAE and Egypt on Sudan (from 2023); prefer it over the Middle East Quartet with Sudanese context
saudi-led-coalition | Saudi-led coalition in Yemen | Coalition to Restore Legitimacy in Yemen; Arab coalition | التحالف العربي; التحالف بقيادة السعودية; تحالف دعم الشرعية في اليمن; التحالف العربي لدعم الشرعية; التحالف الذي تقوده السعودية; قوات التحالف العربي | التحالف | MIL | - | - | the bare التحالف is this coalition with Yemeni context, the US-led coalition against ISIS with Iraqi/Syrian context
global-coalition-against-daesh | Global Coalition to Defeat ISIS | US-led coalition; international coalition against ISIS; CJTF-OIR; Operation Inherent Resolve | التحالف الدولي لمحاربة داعش; التحالف الدولي ضد داعش; التحالف الدولي بقيادة الولايات المتحدة; التحالف الدولي لمحاربة تنظيم الدولة; التحالف الدولي ضد تنظيم الدولة الإسلامية; التحالف الدولي بقيادة واشنطن; التحالف الدولي | التحالف | MIL | - | - | the bare التحالف الدولي/التحالف is this coalition with Iraqi/Syrian context, the Saudi-led coalition with Yemeni context
imctc | Islamic Military Counter Terrorism Coalition | IMCTC; Islamic Military Alliance | التحالف الإسلامي العسكري لمحاربة الإرهاب; التحالف الإسلامي العسكري | - | MIL | - | - | -
operation-prosperity-guardian | Operation Prosperity Guardian | Red Sea maritime coalition | عملية حارس الازدهار; تحالف حارس الازدهار | - | MIL | - | - | -
aspides | EUNAVFOR Aspides | Operation Aspides | عملية أسبيدس; المهمة الأوروبية أسبيدس | - | EUR | - | - | -
# International courts and tribunals
icc | International Criminal Court | ICC | المحكمة الجنائية الدولية; الجنائية الدولية | - | IGO | - | Q47488 | -
stl | Special Tribunal for Lebanon | STL | المحكمة الخاصة بلبنان; المحكمة الدولية الخاصة بلبنان | - | IGO | - | - | -
pca | Permanent Court of Arbitration | PCA | محكمة التحكيم الدائمة | - | IGO | - | - | -
echr | European Court of Human Rights | ECHR; ECtHR | المحكمة الأوروبية لحقوق الإنسان | - | EUR | - | - | -
cjeu | Court of Justice of the European Union | CJEU; European Court of Justice | محكمة العدل الأوروبية; محكمة العدل التابعة للاتحاد الأوروبي | - | EUR | - | - | -
# Non-governmental and humanitarian organisations
icrc | International Committee of the Red Cross | ICRC; Red Cross | اللجنة الدولية للصليب الأحمر; الصليب الأحمر الدولي; الصليب الأحمر | - | NGO | - | - | -
ifrc | International Federation of Red Cross and Red Crescent Societies | IFRC | الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر | - | NGO | - | - | -
palestine-red-crescent | Palestine Red Crescent Society | PRCS | جمعية الهلال الأحمر الفلسطيني; الهلال الأحمر الفلسطيني | - | NGO | PSE | - | -
syrian-arab-red-crescent | Syrian Arab Red Crescent | SARC | الهلال الأحمر العربي السوري; الهلال الأحمر السوري | - | NGO | SYR | - | -
egyptian-red-crescent | Egyptian Red Crescent | ERC | الهلال الأحمر المصري | - | NGO | EGY | - | -
msf | Médecins Sans Frontières | MSF; Doctors Without Borders | أطباء بلا حدود; منظمة أطباء بلا حدود | - | NGO | - | - | -
amnesty-international | Amnesty International | Amnesty | منظمة العفو الدولية; العفو الدولية | - | NGO | - | - | -
human-rights-watch | Human Rights Watch | HRW | هيومن رايتس ووتش; منظمة هيومن رايتس ووتش; هيومان رايتس ووتش | - | NGO | - | - | -
reporters-without-borders | Reporters Without Borders | RSF; Reporters sans frontières | مراسلون بلا حدود; منظمة مراسلون بلا حدود | - | NGO | - | - | -
cpj | Committee to Protect Journalists | CPJ | لجنة حماية الصحفيين; لجنة حماية الصحافيين | - | NGO | - | - | -
oxfam | Oxfam | Oxfam International | أوكسفام; منظمة أوكسفام | - | NGO | - | - | -
save-the-children | Save the Children | - | منظمة إنقاذ الطفولة; منظمة أنقذوا الأطفال | - | NGO | - | - | -
norwegian-refugee-council | Norwegian Refugee Council | NRC | المجلس النرويجي للاجئين | - | NGO | - | - | -
international-crisis-group | International Crisis Group | ICG; Crisis Group | مجموعة الأزمات الدولية | - | NGO | - | - | -
btselem | B'Tselem | - | بتسيلم; منظمة بتسيلم | - | NGO | ISR | - | -
peace-now | Peace Now | Shalom Achshav | حركة السلام الآن; السلام الآن | - | NGO | ISR | - | -
euro-med-monitor | Euro-Mediterranean Human Rights Monitor | Euro-Med Monitor | المرصد الأورومتوسطي لحقوق الإنسان; المرصد الأورومتوسطي | - | NGO | - | - | -
sohr | Syrian Observatory for Human Rights | SOHR | المرصد السوري لحقوق الإنسان | المرصد السوري | NGO | SYR | - | -
white-helmets | Syria Civil Defence | White Helmets | الخوذ البيضاء; الدفاع المدني السوري; منظمة الخوذ البيضاء | - | NGO | SYR | - | -
gaza-humanitarian-foundation | Gaza Humanitarian Foundation | GHF | مؤسسة غزة الإنسانية | - | NGO | - | - | -
world-central-kitchen | World Central Kitchen | WCK | المطبخ المركزي العالمي; منظمة المطبخ المركزي العالمي | - | NGO | - | - | -
muslim-world-league | Muslim World League | MWL | رابطة العالم الإسلامي | - | REL | - | - | -
al-azhar | Al-Azhar | Al-Azhar Al-Sharif; Al-Azhar University | الأزهر الشريف; مشيخة الأزهر; جامعة الأزهر | الأزهر | REL | EGY | - | الأزهر alone is also the mosque and the university: linked to the institution
iums | International Union of Muslim Scholars | IUMS | الاتحاد العالمي لعلماء المسلمين | - | REL | - | - | -
`;
