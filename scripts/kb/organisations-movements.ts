// Political and armed movements, militias and international militant groups (parties: organisations-parties.ts).
// Line format: see scripts/kb/organisations.ts (id | name | aliases | ar | arShort | SECTOR [TYPE] | ISO3 | wikidata | disambiguation).
export const ORG_MOVEMENTS = `
# Palestine
hamas | Hamas | Islamic Resistance Movement | حماس; حركة حماس; حركة المقاومة الإسلامية; حركة المقاومة الإسلامية حماس; حركة المقاومة الاسلامية حماس | - | REB | PSE | Q38799 | -
hamas-political-bureau | Hamas Political Bureau | Hamas politburo | المكتب السياسي لحركة حماس; المكتب السياسي لحماس | - | REB | PSE | - | -
qassam-brigades | Izz ad-Din al-Qassam Brigades | Qassam Brigades; al-Qassam Brigades | كتائب القسام; كتائب عز الدين القسام; كتائب الشهيد عز الدين القسام | القسام | REB | PSE | - | القسام alone is also the Qassam rocket (صواريخ القسام) and the man (عز الدين القسام): the brigades when the subject of an action
fatah | Fatah | Palestinian National Liberation Movement | حركة فتح; حركة التحرير الوطني الفلسطيني; حركة فتح الفلسطينية | فتح | PTY | PSE | - | فتح alone is also the verb "opened" (فتح الباب): link only after حركة فتح or with Palestinian context
fatah-central-committee | Fatah Central Committee | - | اللجنة المركزية لحركة فتح; مركزية فتح | - | PTY | PSE | - | -
plo | Palestine Liberation Organization | PLO | منظمة التحرير الفلسطينية; منظمة التحرير | - | GOV | PSE | Q26683 | -
plo-executive-committee | PLO Executive Committee | Executive Committee of the PLO | اللجنة التنفيذية لمنظمة التحرير الفلسطينية; اللجنة التنفيذية لمنظمة التحرير; تنفيذية منظمة التحرير | - | GOV | PSE | - | -
palestinian-national-council | Palestinian National Council | PNC | المجلس الوطني الفلسطيني | - | LEG | PSE | - | -
palestinian-central-council | Palestinian Central Council | PCC | المجلس المركزي الفلسطيني; المجلس المركزي لمنظمة التحرير | - | LEG | PSE | - | -
palestinian-authority | Palestinian Authority | PA; Palestinian National Authority; PNA | السلطة الفلسطينية; السلطة الوطنية الفلسطينية | السلطة | GOV | PSE | - | -
palestinian-islamic-jihad | Palestinian Islamic Jihad | PIJ; Islamic Jihad; Islamic Jihad Movement in Palestine | حركة الجهاد الإسلامي; الجهاد الإسلامي; حركة الجهاد الإسلامي في فلسطين; الجهاد الإسلامي الفلسطيني; حركة الجهاد | - | REB | PSE | - | -
al-quds-brigades | Al-Quds Brigades | Saraya al-Quds | سرايا القدس | - | REB | PSE | - | -
al-aqsa-martyrs-brigades | Al-Aqsa Martyrs' Brigades | - | كتائب شهداء الأقصى; كتائب شهداء الاقصى | - | REB | PSE | - | -
pflp | Popular Front for the Liberation of Palestine | PFLP | الجبهة الشعبية لتحرير فلسطين | الجبهة الشعبية | REB | PSE | - | -
abu-ali-mustafa-brigades | Abu Ali Mustafa Brigades | - | كتائب أبو علي مصطفى; كتائب الشهيد أبو علي مصطفى | - | REB | PSE | - | -
dflp | Democratic Front for the Liberation of Palestine | DFLP | الجبهة الديمقراطية لتحرير فلسطين | الجبهة الديمقراطية | REB | PSE | - | -
pflp-gc | Popular Front for the Liberation of Palestine – General Command | PFLP-GC | الجبهة الشعبية لتحرير فلسطين القيادة العامة; الجبهة الشعبية القيادة العامة; الجبهة الشعبية - القيادة العامة | - | REB | PSE | - | -
popular-resistance-committees | Popular Resistance Committees | PRC | لجان المقاومة الشعبية; ألوية الناصر صلاح الدين | - | REB | PSE | - | -
palestinian-national-initiative | Palestinian National Initiative | Al-Mubadara | المبادرة الوطنية الفلسطينية | - | PTY | PSE | - | -
lions-den | Lions' Den | Areen al-Usud | عرين الأسود; مجموعة عرين الأسود | - | REB | PSE | - | -
jenin-brigade | Jenin Brigade | Jenin Battalion | كتيبة جنين | - | REB | PSE | - | -
# Lebanon
hezbollah | Hezbollah | Hizbullah; Hizballah | حزب الله; حزب الله اللبناني; المقاومة الإسلامية في لبنان; المقاومة الاسلامية في لبنان | الحزب | REB | LBN | - | -
radwan-force | Radwan Force | Radwan unit | قوة الرضوان; وحدة الرضوان; قوات الرضوان | - | REB | LBN | - | -
lebanese-resistance-brigades | Lebanese Resistance Brigades | Saraya al-Muqawama | سرايا المقاومة اللبنانية | - | REB | LBN | - | -
# Syria
hayat-tahrir-al-sham | Hayat Tahrir al-Sham | HTS; Tahrir al-Sham | هيئة تحرير الشام; تحرير الشام | الهيئة | REB | SYR | - | -
al-nusra-front | Al-Nusra Front | Jabhat al-Nusra; Jabhat Fateh al-Sham | جبهة النصرة; جبهة فتح الشام; جبهة النصرة لأهل الشام | النصرة | REB | SYR | - | -
military-operations-command-syria | Military Operations Command (Syria) | Department of Military Operations | إدارة العمليات العسكرية; غرفة إدارة العمليات العسكرية | - | REB | SYR | - | -
free-syrian-army | Free Syrian Army | FSA | الجيش السوري الحر; الجيش الحر | - | REB | SYR | - | -
syrian-national-army | Syrian National Army | SNA; Turkish-backed Syrian National Army | الجيش الوطني السوري; فصائل الجيش الوطني السوري | الجيش الوطني | REB | SYR | - | الجيش الوطني alone is this army with Syrian context, the Libyan National Army with Libyan context
sdf | Syrian Democratic Forces | SDF | قوات سوريا الديمقراطية; قسد; قوات سوريا الديموقراطية | - | REB | SYR | - | -
ypg | People's Defense Units | YPG | وحدات حماية الشعب; وحدات حماية الشعب الكردية | الوحدات الكردية | REB | SYR | - | -
ypj | Women's Protection Units | YPJ | وحدات حماية المرأة | - | REB | SYR | - | -
aanes | Autonomous Administration of North and East Syria | AANES; Rojava; Kurdish-led administration | الإدارة الذاتية لشمال وشرق سوريا; الإدارة الذاتية الكردية | الإدارة الذاتية | GOV | SYR | - | -
syrian-democratic-council | Syrian Democratic Council | SDC; MSD | مجلس سوريا الديمقراطية; مسد | - | PTY | SYR | - | -
asayish | Asayish | Internal Security Forces of North and East Syria | الأسايش; قوى الأمن الداخلي الكردية | - | COP | SYR | - | -
jaysh-al-islam | Jaysh al-Islam | Army of Islam | جيش الإسلام | - | REB | SYR | - | -
ahrar-al-sham | Ahrar al-Sham | Islamic Movement of Ahrar al-Sham | حركة أحرار الشام; أحرار الشام; حركة أحرار الشام الإسلامية | - | REB | SYR | - | -
hurras-al-din | Hurras al-Din | Guardians of Religion Organization | تنظيم حراس الدين; حراس الدين | - | ISM | SYR | - | -
turkistan-islamic-party | Turkistan Islamic Party | TIP | الحزب الإسلامي التركستاني | - | ISM | - | - | -
men-of-dignity | Men of Dignity | Rijal al-Karama | حركة رجال الكرامة; رجال الكرامة | - | REB | SYR | - | -
national-defence-forces | National Defence Forces | NDF | قوات الدفاع الوطني; ميليشيا الدفاع الوطني | - | MIL | SYR | - | -
fatemiyoun | Liwa Fatemiyoun | Fatemiyoun Brigade | لواء فاطميون; فاطميون | - | REB | - | - | -
zainabiyoun | Liwa Zainabiyoun | Zainabiyoun Brigade | لواء زينبيون; زينبيون | - | REB | - | - | -
syrian-national-coalition | National Coalition for Syrian Revolutionary and Opposition Forces | Syrian National Coalition; SNC | الائتلاف الوطني السوري; الائتلاف الوطني لقوى الثورة والمعارضة السورية; الائتلاف السوري المعارض | الائتلاف | OPP | SYR | - | -
syrian-negotiation-commission | Syrian Negotiation Commission | SNC; High Negotiations Committee; HNC | هيئة التفاوض السورية; هيئة التفاوض; الهيئة العليا للمفاوضات | - | OPP | SYR | - | -
# Iraq
pmf-iraq | Popular Mobilization Forces | PMF; Popular Mobilization Units; PMU; Hashd al-Shaabi | الحشد الشعبي; هيئة الحشد الشعبي; قوات الحشد الشعبي; فصائل الحشد الشعبي | الحشد | MIL | IRQ | - | الحشد alone also means "rallying/mobilising" (حشد القوات): link only after the full name
kataib-hezbollah | Kataib Hezbollah | Hezbollah Brigades | كتائب حزب الله; كتائب حزب الله العراقية; كتائب حزب الله العراقي | - | REB | IRQ | - | -
asaib-ahl-al-haq | Asa'ib Ahl al-Haq | League of the Righteous | عصائب أهل الحق; حركة عصائب أهل الحق | العصائب | REB | IRQ | - | -
badr-organization | Badr Organization | Badr Brigade; Badr Corps | منظمة بدر; فيلق بدر | - | REB | IRQ | - | -
harakat-al-nujaba | Harakat Hezbollah al-Nujaba | Nujaba Movement | حركة النجباء; حركة حزب الله النجباء | النجباء | REB | IRQ | - | -
kataib-sayyid-al-shuhada | Kata'ib Sayyid al-Shuhada | - | كتائب سيد الشهداء | - | REB | IRQ | - | -
islamic-resistance-in-iraq | Islamic Resistance in Iraq | - | المقاومة الإسلامية في العراق; المقاومة الاسلامية في العراق | - | REB | IRQ | - | -
saraya-al-salam | Saraya al-Salam | Peace Companies | سرايا السلام | - | REB | IRQ | - | -
peshmerga | Peshmerga | Kurdistan Region Peshmerga | البيشمركة; قوات البيشمركة; البشمركة | - | MIL | IRQ | - | -
# Yemen
houthis | Houthis | Ansar Allah; Houthi movement; the Houthi militia | الحوثيون; الحوثيين; جماعة الحوثي; جماعة الحوثيين; أنصار الله; جماعة أنصار الله; حركة أنصار الله; ميليشيا الحوثي; ميليشيات الحوثي; مليشيا الحوثي; مليشيات الحوثي; الحوثيون أنصار الله; المتمردون الحوثيون; المتمردين الحوثيين | الحوثي | REB | YEM | - | -
southern-transitional-council | Southern Transitional Council | STC | المجلس الانتقالي الجنوبي; الانتقالي الجنوبي | الانتقالي | REB | YEM | - | -
popular-resistance-yemen | Popular Resistance (Yemen) | Yemeni Popular Resistance | المقاومة الشعبية; المقاومة الشعبية في اليمن; المقاومة الشعبية اليمنية | - | REB | YEM | - | the Yemeni pro-government Popular Resistance; not the Palestinian لجان المقاومة الشعبية nor Sudan's المقاومة الشعبية المسلحة (different names): with other than Yemeni context prefer none
giants-brigades | Giants Brigades | Al-Amaliqa | ألوية العمالقة; قوات العمالقة; ألوية العمالقة الجنوبية | - | MIL | YEM | - | -
national-resistance-yemen | National Resistance (Yemen) | National Resistance Forces; Guardians of the Republic | قوات المقاومة الوطنية; المقاومة الوطنية حراس الجمهورية; المقاومة الوطنية اليمنية | المقاومة الوطنية | MIL | YEM | - | Tareq Saleh's forces on the Yemeni west coast; with other than Yemeni context prefer none
security-belt | Security Belt Forces | Security Belt | قوات الحزام الأمني; الحزام الأمني | - | MIL | YEM | - | -
hadrami-elite-forces | Hadrami Elite Forces | Hadrami Elite | قوات النخبة الحضرمية; النخبة الحضرمية | - | MIL | YEM | - | -
# Jihadist and international militant groups
islamic-state | Islamic State | ISIS; ISIL; IS; Daesh; Islamic State of Iraq and the Levant | تنظيم الدولة الإسلامية; الدولة الإسلامية; داعش; تنظيم داعش; تنظيم الدولة; الدولة الإسلامية في العراق والشام; تنظيم الدولة الإسلامية في العراق والشام; تنظيم داعش الإرهابي | - | ISM | - | Q2429253 | -
isis-k | Islamic State – Khorasan Province | ISIS-K; ISKP | ولاية خراسان; تنظيم الدولة الإسلامية ولاية خراسان; داعش خراسان | - | ISM | - | - | -
is-sinai | Islamic State – Sinai Province | Ansar Bait al-Maqdis; Wilayat Sinai | ولاية سيناء; تنظيم ولاية سيناء; أنصار بيت المقدس; جماعة أنصار بيت المقدس | - | ISM | EGY | - | -
iswap | Islamic State – West Africa Province | ISWAP | ولاية غرب أفريقيا; تنظيم الدولة في غرب أفريقيا | - | ISM | - | - | -
al-qaeda | Al-Qaeda | al-Qaida; AQ | تنظيم القاعدة; القاعدة; تنظيم القاعدة الإرهابي | - | ISM | - | Q34490 | القاعدة alone is also "the base/rule" (قاعدة عسكرية is indefinite, القاعدة الجوية has an adjective): link القاعدة only when it stands alone as a group name
aqap | Al-Qaeda in the Arabian Peninsula | AQAP | تنظيم القاعدة في جزيرة العرب; القاعدة في جزيرة العرب; تنظيم القاعدة في شبه الجزيرة العربية | - | ISM | YEM | - | -
aqim | Al-Qaeda in the Islamic Maghreb | AQIM | تنظيم القاعدة في بلاد المغرب الإسلامي; القاعدة في بلاد المغرب الإسلامي; القاعدة في المغرب الإسلامي | - | ISM | - | - | -
jnim | Jama'at Nasr al-Islam wal-Muslimin | JNIM; Group for the Support of Islam and Muslims | جماعة نصرة الإسلام والمسلمين; نصرة الإسلام والمسلمين | - | ISM | MLI | - | -
al-shabaab | Al-Shabaab | Harakat al-Shabaab al-Mujahideen | حركة الشباب; حركة الشباب المجاهدين; حركة الشباب الصومالية; حركة الشباب المجاهدين الصومالية | الشباب | ISM | SOM | - | الشباب alone means "the youth": link only after the full name in a Somali context
boko-haram | Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | بوكو حرام; جماعة بوكو حرام | - | ISM | NGA | - | -
taliban | Taliban | Islamic Emirate of Afghanistan; Taleban | طالبان; حركة طالبان; حركة طالبان الأفغانية; طالبان الأفغانية | - | REB | AFG | - | -
pakistani-taliban | Tehrik-i-Taliban Pakistan | TTP; Pakistani Taliban | حركة طالبان باكستان; طالبان باكستان; حركة طالبان الباكستانية | - | ISM | PAK | - | -
jaish-al-adl | Jaish al-Adl | Army of Justice | جيش العدل; جماعة جيش العدل | - | REB | IRN | - | -
ansar-al-sharia-libya | Ansar al-Sharia (Libya) | - | أنصار الشريعة في ليبيا; تنظيم أنصار الشريعة الليبي | - | ISM | LBY | - | -
# Kurds, Turkey, Iran opposition
pkk | Kurdistan Workers' Party | PKK | حزب العمال الكردستاني; العمال الكردستاني; بي كا كا; منظمة بي كا كا; تنظيم بي كا كا | - | REB | TUR | - | -
pjak | Kurdistan Free Life Party | PJAK | حزب الحياة الحرة الكردستاني; بيجاك | - | REB | IRN | - | -
gulen-movement | Gülen movement | FETÖ; Hizmet | حركة غولن; جماعة غولن; منظمة غولن; تنظيم غولن; جماعة فتح الله غولن; منظمة فتح الله غولن | - | OPP | TUR | - | -
mek | People's Mojahedin Organization of Iran | MEK; PMOI; MKO; Mujahedin-e Khalq | منظمة مجاهدي خلق; مجاهدي خلق; مجاهدو خلق; منظمة مجاهدي خلق الإيرانية | - | OPP | IRN | - | -
ncri | National Council of Resistance of Iran | NCRI | المجلس الوطني للمقاومة الإيرانية | - | OPP | IRN | - | -
# Egypt, Maghreb, Africa
muslim-brotherhood | Muslim Brotherhood | Society of the Muslim Brothers; the Brotherhood | جماعة الإخوان المسلمين; الإخوان المسلمين; الإخوان المسلمون; جماعة الإخوان; جماعة الإخوان الإرهابية | الإخوان; الجماعة; الجماعة الإرهابية | PTY | - | - | -
hasm-movement | Hasm Movement | Harakat Sawa'id Misr | حركة حسم; حركة سواعد مصر حسم | - | REB | EGY | - | -
polisario-front | Polisario Front | Polisario; POLISARIO | جبهة البوليساريو; البوليساريو; الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب | - | REB | - | - | -
splm-n | Sudan People's Liberation Movement–North | SPLM-N | الحركة الشعبية لتحرير السودان شمال; الحركة الشعبية شمال; الحركة الشعبية لتحرير السودان - شمال | - | REB | SDN | - | -
sudan-liberation-movement | Sudan Liberation Movement | SLM; SLA | حركة تحرير السودان; جيش تحرير السودان | - | REB | SDN | - | -
jem-sudan | Justice and Equality Movement | JEM | حركة العدل والمساواة; حركة العدل والمساواة السودانية | - | REB | SDN | - | -
forces-of-freedom-and-change | Forces of Freedom and Change | FFC | قوى الحرية والتغيير; تحالف قوى الحرية والتغيير; قوى إعلان الحرية والتغيير | الحرية والتغيير | OPP | SDN | - | -
taqaddum | Coordination of Civil Democratic Forces | Taqaddum | تنسيقية القوى الديمقراطية المدنية; تنسيقية تقدم; تنسيقية القوى المدنية تقدم | تقدم | OPP | SDN | - | تقدم alone also means "progress/advanced": link only after the full name
tasis | Sudan Founding Alliance | Tasis; Ta'sis | تحالف السودان التأسيسي; تحالف تأسيس | تأسيس | OPP | SDN | - | تأسيس alone also means "founding": link only after the full name
m23 | March 23 Movement | M23 | حركة 23 مارس; حركة إم 23 | - | REB | COD | - | -
# Israel (settler and extremist groups)
hilltop-youth | Hilltop Youth | - | شبيبة التلال; فتية التلال | - | CVL | ISR | - | -
`;
