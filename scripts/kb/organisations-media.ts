// News agencies, broadcasters, newspapers and news sites (sector JRN).
// Line format: see scripts/kb/organisations.ts (id | name | aliases | ar | arShort | SECTOR [TYPE] | ISO3 | wikidata | disambiguation).
// Names that are common words (الجزيرة، العربية، الأهرام، المنار، فارس، سبأ ...) are only in arShort; newspapers whose
// bare title is a place or a common word (الشرق الأوسط، الرياض، الوطن، الحياة، النهار) are linked only with صحيفة/جريدة.
export const ORG_MEDIA = `
# International agencies and outlets
reuters | Reuters | - | رويترز; وكالة رويترز; وكالة رويترز للأنباء | - | JRN | GBR | - | -
afp | Agence France-Presse | AFP | فرانس برس; وكالة فرانس برس; وكالة الصحافة الفرنسية; أ ف ب; فرانس بريس; وكالة فرانس بريس | - | JRN | FRA | - | -
ap | Associated Press | AP | أسوشيتد برس; وكالة أسوشيتد برس; أسوشيتدبرس; أسوشييتد برس; وكالة أسوشييتد برس; الأسوشيتد برس | - | JRN | USA | - | -
bloomberg | Bloomberg News | Bloomberg | بلومبرغ; وكالة بلومبرغ; بلومبيرغ; بلومبرج; وكالة بلومبرغ للأنباء | - | JRN | USA | - | -
axios | Axios | - | أكسيوس; موقع أكسيوس; موقع أكسيوس الأميركي; موقع أكسيوس الأمريكي | - | JRN | USA | - | -
cnn | CNN | Cable News Network | سي إن إن; شبكة سي إن إن; سي ان ان; قناة سي إن إن; سي إن إن بالعربية | - | JRN | USA | - | -
fox-news | Fox News | - | فوكس نيوز; شبكة فوكس نيوز; قناة فوكس نيوز | - | JRN | USA | - | -
cbs-news | CBS News | CBS | سي بي إس نيوز; شبكة سي بي إس; سي بي إس | - | JRN | USA | - | -
nbc-news | NBC News | NBC | إن بي سي نيوز; شبكة إن بي سي; إن بي سي | - | JRN | USA | - | -
abc-news | ABC News | ABC | إيه بي سي نيوز; شبكة إيه بي سي; أيه بي سي | - | JRN | USA | - | -
cnbc | CNBC | - | سي إن بي سي; شبكة سي إن بي سي | - | JRN | USA | - | -
wsj | The Wall Street Journal | WSJ; Wall Street Journal | وول ستريت جورنال; صحيفة وول ستريت جورنال; وول ستريت جورنال الأميركية | - | JRN | USA | - | -
nyt | The New York Times | NYT; New York Times | نيويورك تايمز; صحيفة نيويورك تايمز | - | JRN | USA | - | -
washington-post | The Washington Post | Washington Post; WaPo | واشنطن بوست; صحيفة واشنطن بوست | - | JRN | USA | - | -
politico | Politico | - | بوليتيكو; موقع بوليتيكو; صحيفة بوليتيكو | - | JRN | USA | - | -
al-monitor | Al-Monitor | - | المونيتور; موقع المونيتور | - | JRN | USA | - | -
alhurra | Alhurra | Al Hurra | قناة الحرة; قناة الحرة الأميركية | الحرة | JRN | USA | - | الحرة alone means "the free (f.)": link only after قناة الحرة
bbc | BBC | British Broadcasting Corporation; BBC Arabic | هيئة الإذاعة البريطانية; بي بي سي; بي بي سي عربي; هيئة الإذاعة البريطانية بي بي سي; الإذاعة البريطانية | - | JRN | GBR | - | -
sky-news | Sky News | - | سكاي نيوز البريطانية; قناة سكاي نيوز البريطانية | سكاي نيوز | JRN | GBR | - | سكاي نيوز alone usually means Sky News Arabia in Arabic news: prefer sky-news-arabia unless British context
ft | Financial Times | FT | فايننشال تايمز; صحيفة فايننشال تايمز; فاينانشال تايمز; فايننشيال تايمز | - | JRN | GBR | - | -
guardian | The Guardian | Guardian | الغارديان; صحيفة الغارديان; الجارديان; صحيفة الجارديان | - | JRN | GBR | - | -
the-times | The Times | Times of London | صحيفة التايمز; التايمز البريطانية; صحيفة التايمز البريطانية | - | JRN | GBR | - | -
telegraph | The Daily Telegraph | Telegraph | ديلي تلغراف; صحيفة ديلي تلغراف; صحيفة التلغراف; التلغراف البريطانية | - | JRN | GBR | - | -
independent | The Independent | - | صحيفة الإندبندنت; الإندبندنت البريطانية | - | JRN | GBR | - | -
economist | The Economist | - | مجلة الإيكونوميست; الإيكونوميست; ذي إيكونوميست | - | JRN | GBR | - | -
middle-east-eye | Middle East Eye | MEE | ميدل إيست آي; موقع ميدل إيست آي | - | JRN | GBR | - | -
le-monde | Le Monde | - | لوموند; صحيفة لوموند; لوموند الفرنسية | - | JRN | FRA | - | -
france-24 | France 24 | - | فرانس 24; قناة فرانس 24 | - | JRN | FRA | - | -
dpa | Deutsche Presse-Agentur | DPA | وكالة الأنباء الألمانية; د ب أ | - | JRN | DEU | - | -
dw | Deutsche Welle | DW | دويتشه فيله; دويتشه فيلله | - | JRN | DEU | - | -
tass | TASS | - | وكالة تاس; تاس; وكالة تاس الروسية; وكالة أنباء تاس | - | JRN | RUS | - | -
ria-novosti | RIA Novosti | RIA | ريا نوفوستي; وكالة ريا نوفوستي; نوفوستي; وكالة نوفوستي | - | JRN | RUS | - | -
sputnik | Sputnik | Sputnik Arabic | سبوتنيك; وكالة سبوتنيك; سبوتنيك عربي; وكالة سبوتنيك الروسية | - | JRN | RUS | - | -
rt | RT | Russia Today; RT Arabic | روسيا اليوم; قناة روسيا اليوم; آر تي; آر تي عربية; قناة آر تي | - | JRN | RUS | - | روسيا اليوم is the channel; "Russia today/nowadays" (روسيا اليوم تواجه) is روسيا + a time word: prefer the channel only as a source (قالت/ذكرت روسيا اليوم, لـروسيا اليوم)
interfax | Interfax | - | إنترفاكس; وكالة إنترفاكس | - | JRN | RUS | - | -
xinhua | Xinhua | Xinhua News Agency | شينخوا; وكالة شينخوا; وكالة أنباء شينخوا; وكالة أنباء الصين الجديدة | - | JRN | CHN | - | -
cgtn | CGTN | China Global Television Network | سي جي تي إن; قناة سي جي تي إن | - | JRN | CHN | - | -
kyodo | Kyodo News | Kyodo | كيودو; وكالة كيودو; وكالة كيودو للأنباء | - | JRN | JPN | - | -
anadolu | Anadolu Agency | AA | وكالة الأناضول; الأناضول; وكالة الأناضول التركية; وكالة الأناضول للأنباء | - | JRN | TUR | - | الأناضول is also the region Anatolia: link the bare form as the agency only as a source (قالت/ذكرت الأناضول، لـالأناضول، مراسل الأناضول)
trt | TRT | Turkish Radio and Television Corporation; TRT Arabi | تي آر تي; تي آر تي عربي; هيئة الإذاعة والتلفزيون التركية; مؤسسة الإذاعة والتلفزيون التركية | - | JRN | TUR | - | -
# Gulf
al-jazeera | Al Jazeera | Al Jazeera Media Network; Al Jazeera Arabic | قناة الجزيرة; شبكة الجزيرة; الجزيرة نت; شبكة الجزيرة الإعلامية; قناة الجزيرة الفضائية; الجزيرة مباشر; قناة الجزيرة الإخبارية | الجزيرة | JRN | QAT | - | الجزيرة alone is also "the island/peninsula" and regions (الجزيرة السورية، شبه الجزيرة العربية): link only after a full name, or as a source (قالت الجزيرة، مراسل الجزيرة)
al-araby-al-jadeed | The New Arab | Al-Araby Al-Jadeed | صحيفة العربي الجديد; موقع العربي الجديد | العربي الجديد | JRN | QAT | - | -
al-araby-tv | Al Araby TV | - | التلفزيون العربي; قناة التلفزيون العربي | - | JRN | QAT | - | -
qna | Qatar News Agency | QNA | وكالة الأنباء القطرية; وكالة الأنباء القطرية قنا; وكالة قنا | قنا | JRN | QAT | - | قنا alone is also the Egyptian city Qena and "canals": link only after the full name or as a source in parentheses
al-raya | Al Raya (Qatar) | - | صحيفة الراية القطرية; صحيفة الراية | - | JRN | QAT | - | -
al-sharq-qatar | Al Sharq (Qatar) | - | صحيفة الشرق القطرية; جريدة الشرق القطرية | - | JRN | QAT | - | -
al-arabiya | Al Arabiya | Al Arabiya News Channel | قناة العربية; العربية نت; قناة العربية الإخبارية; قناة العربية الفضائية | العربية | JRN | SAU | - | العربية alone is also "Arabic/Arab (f.)": link only after a full name or as a source (قالت العربية، مراسل العربية)
al-hadath | Al Hadath | - | قناة الحدث; قناة العربية الحدث | الحدث | JRN | SAU | - | الحدث alone means "the event": link only after قناة الحدث
asharq-al-awsat | Asharq Al-Awsat | Asharq al-Awsat | صحيفة الشرق الأوسط; جريدة الشرق الأوسط; صحيفة الشرق الأوسط اللندنية | - | JRN | SAU | - | the bare الشرق الأوسط is the region (places): the newspaper only with صحيفة/جريدة
asharq-news | Asharq News | Asharq Bloomberg | الشرق للأخبار; قناة الشرق للأخبار; الشرق بلومبرغ; قناة الشرق | - | JRN | SAU | - | -
spa | Saudi Press Agency | SPA | وكالة الأنباء السعودية; واس; وكالة الأنباء السعودية واس | - | JRN | SAU | - | -
al-ekhbariya | Al Ekhbariya | Saudi Al-Ekhbariya | قناة الإخبارية السعودية; الإخبارية السعودية | - | JRN | SAU | - | -
okaz | Okaz | - | صحيفة عكاظ; عكاظ; جريدة عكاظ | - | JRN | SAU | - | -
al-riyadh-newspaper | Al Riyadh (newspaper) | Al-Riyadh | صحيفة الرياض; جريدة الرياض | - | JRN | SAU | - | the bare الرياض is the city (and the Saudi government): the newspaper only with صحيفة/جريدة
al-watan-saudi | Al Watan (Saudi Arabia) | Al-Watan | صحيفة الوطن السعودية; صحيفة الوطن; جريدة الوطن السعودية | - | JRN | SAU | - | several dailies are called الوطن (Saudi, Qatari, Kuwaiti, Syrian, Egyptian): the bare صحيفة الوطن defaults to the Saudi one; the forms with a nisba name the others; the bare الوطن ("the homeland") is never linked
al-watan-syria | Al-Watan (Syria) | - | صحيفة الوطن السورية; جريدة الوطن السورية | - | JRN | SYR | - | -
al-hayat | Al-Hayat | - | صحيفة الحياة; جريدة الحياة; صحيفة الحياة اللندنية | - | JRN | SAU | - | the bare الحياة means "life": the newspaper only with صحيفة/جريدة
independent-arabia | Independent Arabia | Independent Arabic | إندبندنت عربية; موقع إندبندنت عربية | - | JRN | SAU | - | -
elaph | Elaph | - | إيلاف; موقع إيلاف; صحيفة إيلاف | - | JRN | - | - | -
wam | Emirates News Agency | WAM | وكالة أنباء الإمارات; وكالة أنباء الإمارات وام; وكالة وام | وام | JRN | ARE | - | وام alone can be و + أم ("and mother"): link only after the full name or as a source in parentheses
sky-news-arabia | Sky News Arabia | - | سكاي نيوز عربية; سكاي نيوز عربي; قناة سكاي نيوز عربية | - | JRN | ARE | - | -
al-ain-news | Al Ain News | - | العين الإخبارية; بوابة العين الإخبارية; موقع العين الإخبارية | - | JRN | ARE | - | -
al-ittihad | Al Ittihad (UAE) | - | صحيفة الاتحاد الإماراتية; صحيفة الاتحاد; جريدة الاتحاد الإماراتية | - | JRN | ARE | - | -
al-khaleej | Al Khaleej (UAE) | - | صحيفة الخليج الإماراتية; صحيفة الخليج; جريدة الخليج | - | JRN | ARE | - | -
al-bayan | Al Bayan (UAE) | - | صحيفة البيان الإماراتية; صحيفة البيان; جريدة البيان | - | JRN | ARE | - | -
the-national | The National (Abu Dhabi) | - | صحيفة ذا ناشيونال; ذا ناشونال | - | JRN | ARE | - | -
kuna | Kuwait News Agency | KUNA | وكالة الأنباء الكويتية; كونا; وكالة الأنباء الكويتية كونا | - | JRN | KWT | - | -
al-qabas | Al-Qabas | - | صحيفة القبس; جريدة القبس; القبس الكويتية | - | JRN | KWT | - | -
al-rai-kuwait | Al-Rai (Kuwait) | - | صحيفة الراي الكويتية; جريدة الراي الكويتية | - | JRN | KWT | - | -
bna | Bahrain News Agency | BNA | وكالة أنباء البحرين; وكالة أنباء البحرين بنا | بنا | JRN | BHR | - | بنا alone is also "with us": link only after the full name or as a source in parentheses
ona | Oman News Agency | ONA | وكالة الأنباء العمانية | - | JRN | OMN | - | -
saba | Saba News Agency | Yemen News Agency | وكالة سبأ; وكالة الأنباء اليمنية سبأ; وكالة الأنباء اليمنية; وكالة سبأ للأنباء | سبأ | JRN | YEM | - | two agencies use the name (government-run in Aden, Houthi-run in Sanaa); سبأ alone is also the ancient kingdom: link only after a full name
al-masirah | Al-Masirah | - | قناة المسيرة; قناة المسيرة الحوثية; قناة المسيرة الفضائية | المسيرة | JRN | YEM | - | المسيرة alone means "the march": link only after قناة المسيرة
# Levant, Iraq, Palestine
al-mayadeen | Al Mayadeen | - | قناة الميادين; قناة الميادين الفضائية | الميادين | JRN | LBN | - | الميادين alone is also the Syrian town Mayadin and "the squares": link only after قناة الميادين or as a source
al-manar | Al-Manar | Al-Manar TV | قناة المنار; قناة المنار التابعة لحزب الله; تلفزيون المنار | المنار | JRN | LBN | - | المنار alone means "the lighthouse": link only after قناة المنار
nna | National News Agency (Lebanon) | NNA | الوكالة الوطنية للإعلام; الوكالة الوطنية للإعلام اللبنانية | - | JRN | LBN | - | -
an-nahar | An-Nahar | Annahar | صحيفة النهار; جريدة النهار; صحيفة النهار اللبنانية; النهار اللبنانية | - | JRN | LBN | - | the bare النهار means "the daytime": the newspaper only with صحيفة/جريدة or اللبنانية
al-akhbar-lebanon | Al-Akhbar (Lebanon) | - | صحيفة الأخبار اللبنانية; جريدة الأخبار اللبنانية; الأخبار اللبنانية | صحيفة الأخبار | JRN | LBN | - | -
l-orient-le-jour | L'Orient-Le Jour | - | لوريان لوجور; صحيفة لوريان لوجور | - | JRN | LBN | - | -
lbci | LBCI | Lebanese Broadcasting Corporation International | المؤسسة اللبنانية للإرسال; إل بي سي آي; قناة إل بي سي | - | JRN | LBN | - | -
mtv-lebanon | MTV Lebanon | - | قناة إم تي في اللبنانية; إم تي في اللبنانية | - | JRN | LBN | - | -
al-jadeed | Al Jadeed | New TV | قناة الجديد; تلفزيون الجديد | الجديد | JRN | LBN | - | -
sana | Syrian Arab News Agency | SANA | الوكالة العربية السورية للأنباء; سانا; وكالة سانا; وكالة الأنباء السورية | - | JRN | SYR | - | -
syrian-tv | Syrian Arab Television | Syrian state TV | التلفزيون السوري; التلفزيون العربي السوري; التلفزيون الرسمي السوري; الإخبارية السورية | - | JRN | SYR | - | -
petra | Jordan News Agency | Petra | وكالة الأنباء الأردنية; بترا; وكالة الأنباء الأردنية بترا; وكالة بترا | - | JRN | JOR | - | -
al-ghad | Al-Ghad (Jordan) | - | صحيفة الغد الأردنية; صحيفة الغد | - | JRN | JOR | - | -
al-rai-jordan | Al Rai (Jordan) | - | صحيفة الرأي الأردنية; جريدة الرأي الأردنية | - | JRN | JOR | - | -
ad-dustour | Ad-Dustour | - | صحيفة الدستور الأردنية | - | JRN | JOR | - | -
ina | Iraqi News Agency | INA | وكالة الأنباء العراقية; وكالة الأنباء العراقية واع | واع | JRN | IRQ | - | واع alone also means "aware": link only after the full name
rudaw | Rudaw | Rudaw Media Network | رووداو; شبكة رووداو; شبكة رووداو الإعلامية; روداو | - | JRN | IRQ | - | -
kurdistan-24 | Kurdistan 24 | - | كردستان 24; قناة كردستان 24 | - | JRN | IRQ | - | -
alsumaria | Alsumaria | - | قناة السومرية; السومرية نيوز | السومرية | JRN | IRQ | - | -
al-iraqiya | Al-Iraqiya | - | قناة العراقية; قناة العراقية الرسمية | العراقية | JRN | IRQ | - | -
shafaq-news | Shafaq News | - | شفق نيوز; وكالة شفق نيوز | - | JRN | IRQ | - | -
wafa | WAFA | Palestinian News and Information Agency | وكالة الأنباء والمعلومات الفلسطينية; وكالة الأنباء الفلسطينية; وفا; وكالة وفا; وكالة الأنباء الفلسطينية وفا | - | JRN | PSE | - | -
maan-news-agency | Ma'an News Agency | - | وكالة معا; وكالة معا الإخبارية | - | JRN | PSE | - | -
safa | Safa News Agency | - | وكالة صفا; وكالة الصحافة الفلسطينية صفا | - | JRN | PSE | - | -
shehab | Shehab News Agency | - | وكالة شهاب; وكالة شهاب للأنباء | - | JRN | PSE | - | -
al-quds-newspaper | Al-Quds (newspaper) | - | صحيفة القدس; جريدة القدس; صحيفة القدس المقدسية | - | JRN | PSE | - | -
al-ayyam-palestine | Al-Ayyam (Palestine) | - | صحيفة الأيام الفلسطينية; جريدة الأيام الفلسطينية | - | JRN | PSE | - | -
al-quds-al-arabi | Al-Quds Al-Arabi | - | القدس العربي; صحيفة القدس العربي | - | JRN | GBR | - | -
al-aqsa-tv | Al-Aqsa TV | - | قناة الأقصى; فضائية الأقصى; قناة الأقصى الفضائية | - | JRN | PSE | - | -
palestine-tv | Palestine TV | - | تلفزيون فلسطين; تلفزيون فلسطين الرسمي | - | JRN | PSE | - | -
# Israel
haaretz | Haaretz | - | هآرتس; صحيفة هآرتس; هارتس | - | JRN | ISR | - | -
yedioth-ahronoth | Yedioth Ahronoth | Yediot Aharonot | يديعوت أحرونوت; صحيفة يديعوت أحرونوت; يديعوت أحرنوت; يديعوت | - | JRN | ISR | - | -
ynet | Ynet | - | واي نت; موقع واي نت | - | JRN | ISR | - | -
maariv | Maariv | - | معاريف; صحيفة معاريف | - | JRN | ISR | - | -
israel-hayom | Israel Hayom | - | يسرائيل هيوم; صحيفة يسرائيل هيوم; صحيفة إسرائيل اليوم | إسرائيل اليوم | JRN | ISR | - | -
times-of-israel | The Times of Israel | - | تايمز أوف إسرائيل; صحيفة تايمز أوف إسرائيل; موقع تايمز أوف إسرائيل | - | JRN | ISR | - | -
jerusalem-post | The Jerusalem Post | - | جيروزاليم بوست; صحيفة جيروزاليم بوست | - | JRN | ISR | - | -
kan | Kan (Israeli Public Broadcasting Corporation) | Kan 11; Israeli Public Broadcasting Corporation | هيئة البث الإسرائيلية; هيئة البث الإسرائيلية كان; قناة كان الإسرائيلية; هيئة البث العامة الإسرائيلية; إذاعة كان | - | JRN | ISR | - | -
channel-12-israel | Channel 12 (Israel) | N12; Keshet 12 | القناة 12 الإسرائيلية; القناة الـ12 الإسرائيلية; القناة الثانية عشرة الإسرائيلية; قناة 12 الإسرائيلية | القناة 12 | JRN | ISR | - | -
channel-13-israel | Channel 13 (Israel) | Reshet 13 | القناة 13 الإسرائيلية; القناة الـ13 الإسرائيلية | القناة 13 | JRN | ISR | - | -
channel-14-israel | Channel 14 (Israel) | Now 14 | القناة 14 الإسرائيلية; القناة الـ14 الإسرائيلية | القناة 14 | JRN | ISR | - | -
army-radio | Galei Tzahal | Army Radio; IDF Radio | إذاعة الجيش الإسرائيلي; إذاعة جيش الاحتلال | - | JRN | ISR | - | -
i24news | i24NEWS | - | آي 24 نيوز; قناة آي 24 نيوز | - | JRN | ISR | - | -
walla | Walla! | Walla News | موقع واللا; موقع والا العبري | - | JRN | ISR | - | -
arutz-sheva | Arutz Sheva | Israel National News | القناة السابعة الإسرائيلية; موقع القناة السابعة | - | JRN | ISR | - | -
# Iran
irna | Islamic Republic News Agency | IRNA | وكالة الجمهورية الإسلامية للأنباء; إرنا; وكالة إرنا; وكالة الأنباء الإيرانية; وكالة الأنباء الإيرانية الرسمية | - | JRN | IRN | - | -
tasnim | Tasnim News Agency | Tasnim | وكالة تسنيم; وكالة تسنيم للأنباء; وكالة تسنيم الدولية للأنباء | تسنيم | JRN | IRN | - | تسنيم alone is also a given name: link only after the full name
fars | Fars News Agency | Fars | وكالة فارس; وكالة فارس للأنباء; وكالة أنباء فارس | فارس | JRN | IRN | - | فارس alone is a given name, "knight" and Persia (بلاد فارس، الخليج الفارسي): link only after a full name
mehr | Mehr News Agency | Mehr | وكالة مهر; وكالة مهر للأنباء; وكالة أنباء مهر | مهر | JRN | IRN | - | مهر alone means "dowry": link only after a full name
isna | Iranian Students' News Agency | ISNA | وكالة إيسنا; إيسنا; وكالة أنباء الطلبة الإيرانية | - | JRN | IRN | - | -
press-tv | Press TV | - | برس تي في; قناة برس تي في | - | JRN | IRN | - | -
al-alam | Al-Alam News Network | - | قناة العالم; قناة العالم الإيرانية | - | JRN | IRN | - | -
irib | Islamic Republic of Iran Broadcasting | IRIB; Iranian state TV | هيئة الإذاعة والتلفزيون الإيرانية; التلفزيون الإيراني; التلفزيون الرسمي الإيراني | - | JRN | IRN | - | -
# Egypt, Maghreb, Sudan
mena | Middle East News Agency | MENA | وكالة أنباء الشرق الأوسط; أ ش أ; وكالة أنباء الشرق الأوسط الرسمية | - | JRN | EGY | - | -
al-ahram | Al-Ahram | - | صحيفة الأهرام; جريدة الأهرام; الأهرام المصرية; مؤسسة الأهرام | الأهرام | JRN | EGY | - | الأهرام alone also means "the pyramids": link only after a full name
al-masry-al-youm | Al-Masry Al-Youm | - | صحيفة المصري اليوم; جريدة المصري اليوم | المصري اليوم | JRN | EGY | - | -
youm7 | Youm7 | Al-Youm Al-Sabea | صحيفة اليوم السابع; موقع اليوم السابع | اليوم السابع | JRN | EGY | - | -
al-shorouk | Al-Shorouk (Egypt) | - | صحيفة الشروق المصرية; جريدة الشروق المصرية; صحيفة الشروق | - | JRN | EGY | - | -
cairo-news | Al-Qahera News | Cairo News | قناة القاهرة الإخبارية; القاهرة الإخبارية | - | JRN | EGY | - | -
tap | Tunis Afrique Presse | TAP | وكالة تونس أفريقيا للأنباء; وكالة تونس إفريقيا للأنباء; وكالة الأنباء التونسية | وات | JRN | TUN | - | -
jawhara-fm | Jawhara FM | - | إذاعة جوهرة أف أم; جوهرة أف أم; جوهرة إف إم; إذاعة الجوهرة | - | JRN | TUN | - | -
mosaique-fm | Mosaique FM | Mosaïque FM | إذاعة موزاييك أف أم; موزاييك أف أم; موزاييك إف إم; إذاعة موزاييك | - | JRN | TUN | - | -
aps | Algérie Presse Service | APS | وكالة الأنباء الجزائرية; وكالة الأنباء الجزائرية واج | واج | JRN | DZA | - | -
echorouk | Echorouk (Algeria) | - | صحيفة الشروق الجزائرية; قناة الشروق الجزائرية; الشروق الجزائرية | - | JRN | DZA | - | -
map | Maghreb Arabe Presse | MAP | وكالة المغرب العربي للأنباء; لاماب; وكالة الأنباء المغربية | - | JRN | MAR | - | -
hespress | Hespress | - | هسبريس; موقع هسبريس | - | JRN | MAR | - | -
lana | Libya News Agency | LANA | وكالة الأنباء الليبية; وكالة الأنباء الليبية وال | - | JRN | LBY | - | -
suna | Sudan News Agency | SUNA | وكالة السودان للأنباء; سونا; وكالة سونا | - | JRN | SDN | - | -
`;
