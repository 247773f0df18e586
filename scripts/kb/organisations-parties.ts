// Political parties, parliamentary blocs and unions (armed movements: organisations-movements.ts).
// Line format: see scripts/kb/organisations.ts (id | name | aliases | ar | arShort | SECTOR [TYPE] | ISO3 | wikidata | disambiguation).
const JDP = 'حزب العدالة والتنمية is both Turkey\'s AKP and Morocco\'s PJD: prefer by context (Turkish: أردوغان، أنقرة، تركيا; Moroccan: المغرب، الرباط، بنكيران، العثماني); the forms with التركي/المغربي are unambiguous';
export const ORG_PARTIES = `
# Israel
likud | Likud | Likud party | الليكود; حزب الليكود; حزب الليكود الإسرائيلي | - | PTY | ISR | - | -
israeli-labor-party | Israeli Labor Party | Labor; HaAvoda | حزب العمل الإسرائيلي | حزب العمل | PTY | ISR | - | -
the-democrats-israel | The Democrats (Israel) | HaDemokratim | حزب الديمقراطيين الإسرائيلي | - | PTY | ISR | - | -
yesh-atid | Yesh Atid | There is a Future | يش عتيد; حزب يش عتيد; حزب هناك مستقبل; هناك مستقبل | - | PTY | ISR | - | -
shas | Shas | - | شاس; حزب شاس | - | PTY | ISR | - | -
united-torah-judaism | United Torah Judaism | UTJ | يهدوت هتوراه; حزب يهدوت هتوراه; التوراة اليهودية الموحدة | - | PTY | ISR | - | -
religious-zionism | Religious Zionist Party | Religious Zionism; Mafdal–Religious Zionism | الصهيونية الدينية; حزب الصهيونية الدينية; حزب الصهيونية الدينية الإسرائيلي | - | PTY | ISR | - | -
otzma-yehudit | Otzma Yehudit | Jewish Power | عوتسما يهوديت; عوتسماه يهوديت; حزب القوة اليهودية; القوة اليهودية | - | PTY | ISR | - | -
national-unity-israel | National Unity (Israel) | National Unity Party; HaMahane HaMamlakhti; Blue and White | حزب الوحدة الوطنية الإسرائيلي; حزب المعسكر الرسمي; المعسكر الرسمي; تحالف أزرق أبيض; حزب أزرق أبيض; أزرق أبيض | حزب الوحدة الوطنية | PTY | ISR | - | -
yisrael-beiteinu | Yisrael Beiteinu | Israel Our Home | إسرائيل بيتنا; حزب إسرائيل بيتنا; يسرائيل بيتينو | - | PTY | ISR | - | -
new-hope | New Hope | New Hope – The United Right | حزب أمل جديد; أمل جديد | - | PTY | ISR | - | -
yamina | Yamina | - | يمينا; تحالف يمينا; حزب يمينا | - | PTY | ISR | - | -
kadima | Kadima | - | كاديما; حزب كاديما | - | PTY | ISR | - | -
meretz | Meretz | - | حزب ميرتس; حركة ميرتس | ميرتس | PTY | ISR | - | -
raam | United Arab List | Ra'am | القائمة العربية الموحدة; القائمة الموحدة | الموحدة | PTY | ISR | - | -
hadash | Hadash | Democratic Front for Peace and Equality | الجبهة الديمقراطية للسلام والمساواة; قائمة الجبهة والعربية للتغيير | - | PTY | ISR | - | -
balad | Balad | National Democratic Assembly | حزب التجمع الوطني الديمقراطي في الداخل الفلسطيني; التجمع الوطني الديمقراطي في الداخل الفلسطيني; حزب بلد | التجمع; التجمع الوطني الديمقراطي | PTY | ISR | - | -
joint-list | Joint List | - | القائمة المشتركة; القائمة العربية المشتركة | - | PTY | ISR | - | -
# Turkey
akp | Justice and Development Party (Turkey) | AKP; AK Party | حزب العدالة والتنمية التركي; حزب العدالة والتنمية الحاكم في تركيا; حزب العدالة والتنمية | العدالة والتنمية | PTY | TUR | - | ${JDP}
chp | Republican People's Party | CHP | حزب الشعب الجمهوري; حزب الشعب الجمهوري التركي | - | PTY | TUR | - | -
mhp | Nationalist Movement Party | MHP | حزب الحركة القومية; حزب الحركة القومية التركي | - | PTY | TUR | - | -
dem-party | Peoples' Equality and Democracy Party | DEM Party; HDP; Peoples' Democratic Party | حزب المساواة الشعبية والديمقراطية; حزب ديم; حزب الشعوب الديمقراطي; حزب الشعوب الديموقراطي | - | PTY | TUR | - | -
iyi-party | Good Party | İYİ Party | الحزب الجيد; حزب إيي | - | PTY | TUR | - | -
# Maghreb
pjd | Justice and Development Party (Morocco) | PJD | حزب العدالة والتنمية المغربي; حزب العدالة والتنمية; العدالة والتنمية المغربي | العدالة والتنمية | PTY | MAR | - | ${JDP}
rni | National Rally of Independents | RNI | التجمع الوطني للأحرار; حزب التجمع الوطني للأحرار | الأحرار | PTY | MAR | - | -
istiqlal-party | Istiqlal Party | Independence Party | حزب الاستقلال المغربي; حزب الاستقلال | - | PTY | MAR | - | -
pam | Authenticity and Modernity Party | PAM | حزب الأصالة والمعاصرة; الأصالة والمعاصرة | - | PTY | MAR | - | -
usfp | Socialist Union of Popular Forces | USFP | الاتحاد الاشتراكي للقوات الشعبية | - | PTY | MAR | - | -
ennahda | Ennahda Movement | Ennahda; Nahda | حركة النهضة; حركة النهضة التونسية; حزب حركة النهضة | النهضة | PTY | TUN | - | النهضة alone means "renaissance" (also Egypt's سد النهضة dam): link only after the full name in Tunisian context
nidaa-tounes | Nidaa Tounes | Call of Tunisia | حركة نداء تونس; حزب نداء تونس; نداء تونس | - | PTY | TUN | - | -
free-destourian-party | Free Destourian Party | PDL | الحزب الدستوري الحر | - | PTY | TUN | - | -
ugtt | Tunisian General Labour Union | UGTT | الاتحاد العام التونسي للشغل; اتحاد الشغل | - | LAB | TUN | - | -
fln | National Liberation Front (Algeria) | FLN | حزب جبهة التحرير الوطني; جبهة التحرير الوطني الجزائرية; حزب جبهة التحرير الوطني الجزائري | جبهة التحرير | PTY | DZA | - | -
rnd-algeria | National Rally for Democracy (Algeria) | RND | التجمع الوطني الديمقراطي الجزائري; حزب التجمع الوطني الديمقراطي الجزائري | التجمع الوطني الديمقراطي | PTY | DZA | - | -
msp-algeria | Movement of Society for Peace | MSP; Hamas (Algeria) | حركة مجتمع السلم; حمس | - | PTY | DZA | - | -
# Egypt, Jordan, Sudan
freedom-and-justice-party | Freedom and Justice Party | FJP | حزب الحرية والعدالة | - | PTY | EGY | - | -
nation-s-future-party | Nation's Future Party | Mostaqbal Watan | حزب مستقبل وطن; مستقبل وطن | - | PTY | EGY | - | -
al-nour-party | Al-Nour Party | Nour Party | حزب النور; حزب النور السلفي | - | PTY | EGY | - | -
wafd-party | Wafd Party | New Wafd Party | حزب الوفد; حزب الوفد الجديد | الوفد | PTY | EGY | - | -
islamic-action-front | Islamic Action Front | IAF | حزب جبهة العمل الإسلامي; جبهة العمل الإسلامي | - | PTY | JOR | - | -
national-congress-party-sudan | National Congress Party (Sudan) | NCP | حزب المؤتمر الوطني السوداني; حزب المؤتمر الوطني المحلول | المؤتمر الوطني | PTY | SDN | - | -
national-umma-party | National Umma Party | Umma Party | حزب الأمة القومي; حزب الأمة السوداني | حزب الأمة | PTY | SDN | - | -
# Lebanon
amal-movement | Amal Movement | Amal | حركة أمل; حركة أمل الشيعية | أمل | PTY | LBN | - | أمل alone means "hope" and is a first name: link only after حركة أمل
lebanese-forces | Lebanese Forces | LF | حزب القوات اللبنانية; القوات اللبنانية | القوات | PTY | LBN | - | القوات اللبنانية is the party (Samir Geagea's); the army is الجيش اللبناني — a generic "Lebanese forces" reading is rare in news
free-patriotic-movement | Free Patriotic Movement | FPM | التيار الوطني الحر | التيار | PTY | LBN | - | -
future-movement | Future Movement | Tayyar al-Mustaqbal | تيار المستقبل | المستقبل | PTY | LBN | - | المستقبل alone means "the future": link only after تيار المستقبل
kataeb-party | Kataeb Party | Phalanges; Lebanese Phalanges | حزب الكتائب اللبنانية; حزب الكتائب; الكتائب اللبنانية | الكتائب | PTY | LBN | - | -
progressive-socialist-party | Progressive Socialist Party | PSP | الحزب التقدمي الاشتراكي | التقدمي الاشتراكي | PTY | LBN | - | -
marada-movement | Marada Movement | - | تيار المردة | المردة | PTY | LBN | - | -
loyalty-to-the-resistance | Loyalty to the Resistance Bloc | - | كتلة الوفاء للمقاومة | - | LEG | LBN | - | -
# Syria, Iraq
baath-party-syria | Arab Socialist Ba'ath Party – Syria Region | Ba'ath Party | حزب البعث العربي الاشتراكي; حزب البعث السوري; حزب البعث الحاكم في سوريا | حزب البعث; البعث | PTY | SYR | - | -
pyd | Democratic Union Party (Syria) | PYD | حزب الاتحاد الديمقراطي الكردي; حزب الاتحاد الديمقراطي | - | PTY | SYR | - | -
kdp | Kurdistan Democratic Party | KDP | الحزب الديمقراطي الكردستاني; الديمقراطي الكردستاني; الحزب الديمقراطي الكردستاني العراقي | - | PTY | IRQ | - | -
puk | Patriotic Union of Kurdistan | PUK | الاتحاد الوطني الكردستاني; حزب الاتحاد الوطني الكردستاني | - | PTY | IRQ | - | -
gorran | Gorran Movement | Movement for Change | حركة التغيير الكردية; حركة كوران | حركة التغيير | PTY | IRQ | - | -
coordination-framework | Coordination Framework | Shiite Coordination Framework | الإطار التنسيقي; قوى الإطار التنسيقي; الإطار التنسيقي الشيعي | الإطار | PTY | IRQ | - | -
sadrist-movement | Sadrist Movement | Sadrists; Shiite National Movement | التيار الصدري; الكتلة الصدرية; التيار الوطني الشيعي | الصدريون; الصدريين | PTY | IRQ | - | -
state-of-law-coalition | State of Law Coalition | - | ائتلاف دولة القانون | دولة القانون | PTY | IRQ | - | -
islamic-dawa-party | Islamic Dawa Party | Dawa | حزب الدعوة الإسلامية; حزب الدعوة | - | PTY | IRQ | - | -
taqaddum-iraq | Taqaddum (Iraq) | Progress Party | حزب تقدم العراقي; حزب تقدم | - | PTY | IRQ | - | -
sovereignty-alliance | Sovereignty Alliance (Iraq) | Siyada | تحالف السيادة | - | PTY | IRQ | - | -
# Yemen, Bahrain
islah-party | Al-Islah (Yemen) | Yemeni Congregation for Reform | التجمع اليمني للإصلاح; حزب التجمع اليمني للإصلاح; حزب الإصلاح اليمني | حزب الإصلاح; الإصلاح | PTY | YEM | - | -
general-people-s-congress | General People's Congress | GPC | المؤتمر الشعبي العام; حزب المؤتمر الشعبي العام | المؤتمر | PTY | YEM | - | -
al-wefaq | Al-Wefaq National Islamic Society | Al-Wefaq | جمعية الوفاق الوطني الإسلامية; جمعية الوفاق | - | OPP | BHR | - | -
# United States, Europe, Russia, China
republican-party-us | Republican Party (United States) | GOP; Republicans | الحزب الجمهوري; الحزب الجمهوري الأميركي; الحزب الجمهوري الأمريكي | الجمهوريون; الجمهوريين | PTY | USA | - | -
democratic-party-us | Democratic Party (United States) | Democrats | الحزب الديمقراطي الأميركي; الحزب الديمقراطي الأمريكي | الحزب الديمقراطي; الديمقراطيون; الديمقراطيين | PTY | USA | - | -
conservative-party-uk | Conservative Party (UK) | Conservatives; Tories | حزب المحافظين البريطاني | حزب المحافظين; المحافظين | PTY | GBR | - | -
labour-party-uk | Labour Party (UK) | Labour | حزب العمال البريطاني | حزب العمال | PTY | GBR | - | -
reform-uk | Reform UK | - | حزب الإصلاح البريطاني; حزب ريفورم يو كيه | - | PTY | GBR | - | -
rassemblement-national | National Rally (France) | RN; Rassemblement National; Front National | حزب التجمع الوطني الفرنسي; التجمع الوطني الفرنسي; الجبهة الوطنية الفرنسية | التجمع الوطني | PTY | FRA | - | -
cdu | Christian Democratic Union of Germany | CDU | الاتحاد الديمقراطي المسيحي; حزب الاتحاد الديمقراطي المسيحي | - | PTY | DEU | - | -
spd | Social Democratic Party of Germany | SPD | الحزب الاشتراكي الديمقراطي الألماني | - | PTY | DEU | - | -
afd | Alternative for Germany | AfD | حزب البديل من أجل ألمانيا; البديل من أجل ألمانيا | - | PTY | DEU | - | -
united-russia | United Russia | - | حزب روسيا الموحدة; روسيا الموحدة | - | PTY | RUS | - | -
ccp | Chinese Communist Party | CCP; Communist Party of China; CPC | الحزب الشيوعي الصيني | - | PTY | CHN | - | -
`;
