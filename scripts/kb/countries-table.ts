// Hand-written table of countries and territories for data/kb/countries.json (see countries.ts).
//
// One line per country: ISO2 ISO3 | English name | English aliases | Arabic names | nisba stems | extra nisba | wikidata
//  - Arabic names: when the field starts with "=", it replaces ICU's Arabic name; otherwise ICU's name
//    (new Intl.DisplayNames(['ar'], {type: 'region'})) comes first and these are added after it.
//  - nisba stems: masculine singular adjectives (أميركي; أمريكي), inflected regularly by the generator
//    (ـة، ـان، ـين، ـتان، ـتين، ـون، ـات). Leave empty when unsure.
//  - extra nisba: verbatim forms (broken plurals, multi-word adjectives with their definite forms).
//  - wikidata: only Q-ids the author is sure of.
// Fields are separated by "|", list items by ";". Order: ISO 3166-1 alpha-2, then Kosovo (XK, XKX).
export const COUNTRY_TABLE = `
AD AND | Andorra | Principality of Andorra | | أندوري | | Q228
AE ARE | United Arab Emirates | UAE; U.A.E.; Emirates; the Emirates | الإمارات; دولة الإمارات; دولة الإمارات العربية المتحدة | إماراتي | | Q878
AF AFG | Afghanistan | Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan | | أفغاني | أفغان | Q889
AG ATG | Antigua and Barbuda | Antigua | أنتيغوا | | |
AI AIA | Anguilla | | | | |
AL ALB | Albania | Republic of Albania | | ألباني | | Q222
AM ARM | Armenia | Republic of Armenia | أرمينيا; أرمينية | أرميني | أرمن | Q399
AO AGO | Angola | Republic of Angola | | أنغولي | | Q916
AQ ATA | Antarctica | | القارة القطبية الجنوبية | | |
AR ARG | Argentina | Argentine Republic | | أرجنتيني | | Q414
AS ASM | American Samoa | | | | |
AT AUT | Austria | Republic of Austria | | نمساوي | | Q40
AU AUS | Australia | Commonwealth of Australia | | أسترالي; استرالي | | Q408
AW ABW | Aruba | | | | |
AX ALA | Åland Islands | Aland Islands; Åland | | | |
AZ AZE | Azerbaijan | Republic of Azerbaijan | | أذربيجاني; أذري | | Q227
BA BIH | Bosnia and Herzegovina | Bosnia; BiH | البوسنة | بوسني | | Q225
BB BRB | Barbados | | | | |
BD BGD | Bangladesh | People's Republic of Bangladesh | بنجلاديش | بنغالي; بنغلاديشي | | Q902
BE BEL | Belgium | Kingdom of Belgium | | بلجيكي | | Q31
BF BFA | Burkina Faso | | | بوركيني | |
BG BGR | Bulgaria | Republic of Bulgaria | | بلغاري | | Q219
BH BHR | Bahrain | Kingdom of Bahrain | مملكة البحرين | بحريني | | Q398
BI BDI | Burundi | Republic of Burundi | | بوروندي | |
BJ BEN | Benin | Republic of Benin | =جمهورية بنين | بنيني | |
BL BLM | Saint Barthélemy | Saint Barthelemy; St. Barts | | | |
BM BMU | Bermuda | | | | |
BN BRN | Brunei | Brunei Darussalam | بروناي دار السلام | بروناوي | |
BO BOL | Bolivia | Plurinational State of Bolivia | | بوليفي | | Q750
BQ BES | Caribbean Netherlands | Bonaire, Sint Eustatius and Saba | | | |
BR BRA | Brazil | Federative Republic of Brazil | | برازيلي | | Q155
BS BHS | The Bahamas | Bahamas; Commonwealth of the Bahamas | البهاما | | |
BT BTN | Bhutan | Kingdom of Bhutan | | بوتاني | |
BV BVT | Bouvet Island | | | | |
BW BWA | Botswana | Republic of Botswana | | بوتسواني | |
BY BLR | Belarus | Republic of Belarus; Byelorussia | روسيا البيضاء; بيلاروسيا | بيلاروسي | | Q184
BZ BLZ | Belize | | | | |
CA CAN | Canada | | | كندي | | Q16
CC CCK | Cocos (Keeling) Islands | Cocos Islands | | | |
CD COD | Democratic Republic of the Congo | DR Congo; DRC; Congo-Kinshasa | =جمهورية الكونغو الديمقراطية; الكونغو الديمقراطية; الكونغو كينشاسا | | | Q974
CF CAF | Central African Republic | CAR | أفريقيا الوسطى; إفريقيا الوسطى | | | Q929
CG COG | Republic of the Congo | Congo-Brazzaville; Congo | =جمهورية الكونغو; الكونغو; الكونغو برازافيل | كونغولي | | Q971
CH CHE | Switzerland | Swiss Confederation | | سويسري | | Q39
CI CIV | Ivory Coast | Côte d'Ivoire; Cote d'Ivoire | كوت ديفوار | إيفواري | | Q1008
CK COK | Cook Islands | | | | |
CL CHL | Chile | Republic of Chile | تشيلي; تشيلى; شيلي | تشيلي; شيلي | |
CM CMR | Cameroon | Republic of Cameroon | | كاميروني | | Q1009
CN CHN | China | People's Republic of China; PRC | جمهورية الصين الشعبية; الصين الشعبية | صيني | | Q148
CO COL | Colombia | Republic of Colombia | | كولومبي | | Q739
CR CRI | Costa Rica | Republic of Costa Rica | كوستا ريكا | كوستاريكي | |
CU CUB | Cuba | Republic of Cuba | | كوبي | | Q241
CV CPV | Cape Verde | Cabo Verde | كابو فيردي | | | Q1011
CW CUW | Curaçao | Curacao | | | |
CX CXR | Christmas Island | | | | |
CY CYP | Cyprus | Republic of Cyprus | | قبرصي | | Q229
CZ CZE | Czech Republic | Czechia | جمهورية التشيك; تشيكيا | تشيكي | | Q213
DE DEU | Germany | Federal Republic of Germany | | ألماني | ألمان | Q183
DJ DJI | Djibouti | Republic of Djibouti | جمهورية جيبوتي | جيبوتي | | Q977
DK DNK | Denmark | Kingdom of Denmark | الدنمارك; الدانمارك | دانماركي; دنماركي; دانمركي | | Q35
DM DMA | Dominica | Commonwealth of Dominica | | | |
DO DOM | Dominican Republic | | الدومينيكان | دومينيكاني | |
DZ DZA | Algeria | People's Democratic Republic of Algeria | الجمهورية الجزائرية; الجمهورية الجزائرية الديمقراطية الشعبية | جزائري | | Q262
EC ECU | Ecuador | Republic of Ecuador | | إكوادوري | |
EE EST | Estonia | Republic of Estonia | | إستوني | | Q191
EG EGY | Egypt | Arab Republic of Egypt | جمهورية مصر العربية; جمهورية مصر | مصري | | Q79
EH ESH | Western Sahara | Sahrawi Arab Democratic Republic; SADR | الجمهورية العربية الصحراوية | صحراوي | | Q6250
ER ERI | Eritrea | State of Eritrea | إرتيريا | إريتري; إرتيري | | Q986
ES ESP | Spain | Kingdom of Spain | أسبانيا | إسباني; أسباني | | Q29
ET ETH | Ethiopia | Federal Democratic Republic of Ethiopia | | إثيوبي; أثيوبي | | Q115
FI FIN | Finland | Republic of Finland | فنلنده | فنلندي | | Q33
FJ FJI | Fiji | Republic of Fiji | | فيجي | |
FK FLK | Falkland Islands | Falklands; Malvinas | جزر مالفيناس | | |
FM FSM | Federated States of Micronesia | Micronesia | | | |
FO FRO | Faroe Islands | Faroes | | | |
FR FRA | France | French Republic | الجمهورية الفرنسية | فرنسي | | Q142
GA GAB | Gabon | Gabonese Republic | الجابون | غابوني | | Q1000
GB GBR | United Kingdom | UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland | بريطانيا; بريطانيا العظمى; المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية | بريطاني | | Q145
GD GRD | Grenada | | | | |
GE GEO | Georgia (country) | Georgia | | جورجي | | Q230
GF GUF | French Guiana | | غويانا الفرنسية; غيانا الفرنسية | | |
GG GGY | Guernsey | | | | |
GH GHA | Ghana | Republic of Ghana | | غاني | | Q117
GI GIB | Gibraltar | | | | |
GL GRL | Greenland | | جرينلاند; غرينلاندا | غرينلاندي | |
GM GMB | The Gambia | Gambia; Republic of The Gambia | | غامبي | | Q1005
GN GIN | Guinea | Republic of Guinea; Guinea-Conakry | غينيا كوناكري | غيني | | Q1006
GP GLP | Guadeloupe | | | | |
GQ GNQ | Equatorial Guinea | | | | | Q983
GR GRC | Greece | Hellenic Republic | | يوناني | | Q41
GS SGS | South Georgia and the South Sandwich Islands | | | | |
GT GTM | Guatemala | Republic of Guatemala | | غواتيمالي | |
GU GUM | Guam | | | | |
GW GNB | Guinea-Bissau | | | | | Q1007
GY GUY | Guyana | Co-operative Republic of Guyana | غويانا | غوياني | |
HK HKG | Hong Kong | Hong Kong SAR | =هونغ كونغ; هونج كونج; هونغ كونج | | | Q8646
HM HMD | Heard Island and McDonald Islands | | | | |
HN HND | Honduras | Republic of Honduras | | هندوراسي | |
HR HRV | Croatia | Republic of Croatia | | كرواتي | | Q224
HT HTI | Haiti | Republic of Haiti | | هايتي | |
HU HUN | Hungary | | المجر | مجري; هنغاري | | Q28
ID IDN | Indonesia | Republic of Indonesia | | إندونيسي; أندونيسي | | Q252
IE IRL | Ireland | Republic of Ireland | إيرلندا; إيرلندة | أيرلندي; إيرلندي | | Q27
IL ISR | Israel | State of Israel | دولة إسرائيل; الكيان الصهيوني; الكيان الإسرائيلي; دولة الاحتلال | إسرائيلي; صهيوني | صهاينة | Q801
IM IMN | Isle of Man | | | | |
IN IND | India | Republic of India | | هندي | هنود | Q668
IO IOT | British Indian Ocean Territory | Chagos Archipelago | أرخبيل تشاغوس | | |
IQ IRQ | Iraq | Republic of Iraq | جمهورية العراق | عراقي | | Q796
IR IRN | Iran | Islamic Republic of Iran | الجمهورية الإسلامية الإيرانية; جمهورية إيران الإسلامية; الجمهورية الإسلامية في إيران | إيراني | | Q794
IS ISL | Iceland | | أيسلندا; إيسلندا | آيسلندي; أيسلندي | | Q189
IT ITA | Italy | Italian Republic | | إيطالي | | Q38
JE JEY | Jersey | | | | |
JM JAM | Jamaica | | | جامايكي | |
JO JOR | Jordan | Hashemite Kingdom of Jordan | المملكة الأردنية الهاشمية; المملكة الأردنية | أردني | | Q810
JP JPN | Japan | | | ياباني | | Q17
KE KEN | Kenya | Republic of Kenya | | كيني | | Q114
KG KGZ | Kyrgyzstan | Kyrgyz Republic | قرغيزستان; قرغيزيا | قرغيزي; قيرغيزي | | Q813
KH KHM | Cambodia | Kingdom of Cambodia | | كمبودي | | Q424
KI KIR | Kiribati | | | | |
KM COM | Comoros | Union of the Comoros | جمهورية جزر القمر; القمر المتحدة | قمري | | Q970
KN KNA | Saint Kitts and Nevis | | | | |
KP PRK | North Korea | Democratic People's Republic of Korea; DPRK | كوريا الديمقراطية; جمهورية كوريا الديمقراطية الشعبية | | كوري شمالي; كورية شمالية; الكوري الشمالي; الكورية الشمالية; كوريون شماليون; كوريين شماليين; الكوريون الشماليون; الكوريين الشماليين | Q423
KR KOR | South Korea | Republic of Korea; ROK | جمهورية كوريا | | كوري جنوبي; كورية جنوبية; الكوري الجنوبي; الكورية الجنوبية; كوريون جنوبيون; كوريين جنوبيين; الكوريون الجنوبيون; الكوريين الجنوبيين | Q884
KW KWT | Kuwait | State of Kuwait | دولة الكويت | كويتي | | Q817
KY CYM | Cayman Islands | | | | |
KZ KAZ | Kazakhstan | Republic of Kazakhstan | كزاخستان | كازاخستاني; كازاخي | | Q232
LA LAO | Laos | Lao People's Democratic Republic | | لاوسي | | Q819
LB LBN | Lebanon | Lebanese Republic | الجمهورية اللبنانية | لبناني | | Q822
LC LCA | Saint Lucia | | | | |
LI LIE | Liechtenstein | | | | | Q347
LK LKA | Sri Lanka | Democratic Socialist Republic of Sri Lanka | سري لانكا | سريلانكي | | Q854
LR LBR | Liberia | Republic of Liberia | | ليبيري | | Q1014
LS LSO | Lesotho | Kingdom of Lesotho | | | | Q1013
LT LTU | Lithuania | Republic of Lithuania | | ليتواني; لتواني | | Q37
LU LUX | Luxembourg | Grand Duchy of Luxembourg | لوكسمبورج; لكسمبورغ | لوكسمبورغي | | Q32
LV LVA | Latvia | Republic of Latvia | | لاتفي | | Q211
LY LBY | Libya | State of Libya | دولة ليبيا | ليبي | | Q1016
MA MAR | Morocco | Kingdom of Morocco | المملكة المغربية | مغربي | مغاربة | Q1028
MC MCO | Monaco | Principality of Monaco | إمارة موناكو | | | Q235
MD MDA | Moldova | Republic of Moldova | مولدافيا | مولدوفي | | Q217
ME MNE | Montenegro | | | | | Q236
MF MAF | Saint Martin | Collectivity of Saint Martin | | | |
MG MDG | Madagascar | Republic of Madagascar | | مدغشقري | | Q1019
MH MHL | Marshall Islands | | | | |
MK MKD | North Macedonia | Macedonia | مقدونيا | مقدوني | | Q221
ML MLI | Mali | Republic of Mali | =جمهورية مالي; دولة مالي | | | Q912
MM MMR | Myanmar | Burma | =ميانمار; بورما; ميانمار (بورما) | ميانماري; بورمي | | Q836
MN MNG | Mongolia | | | منغولي | | Q711
MO MAC | Macau | Macao | =ماكاو; ماكاو الصينية | | | Q14773
MP MNP | Northern Mariana Islands | | | | |
MQ MTQ | Martinique | | المارتينيك | | |
MR MRT | Mauritania | Islamic Republic of Mauritania | الجمهورية الإسلامية الموريتانية | موريتاني | | Q1025
MS MSR | Montserrat | | | | |
MT MLT | Malta | Republic of Malta | | مالطي | | Q233
MU MUS | Mauritius | Republic of Mauritius | | موريشيوسي | | Q1027
MV MDV | Maldives | Republic of Maldives | المالديف | مالديفي | | Q826
MW MWI | Malawi | Republic of Malawi | مالاوي | مالاوي | | Q1020
MX MEX | Mexico | United Mexican States | | مكسيكي | | Q96
MY MYS | Malaysia | | | ماليزي | | Q833
MZ MOZ | Mozambique | Republic of Mozambique | | موزمبيقي | | Q1029
NA NAM | Namibia | Republic of Namibia | | ناميبي | | Q1030
NC NCL | New Caledonia | | | | |
NE NER | Niger | Republic of the Niger | | نيجري | | Q1032
NF NFK | Norfolk Island | | | | |
NG NGA | Nigeria | Federal Republic of Nigeria | | نيجيري | | Q1033
NI NIC | Nicaragua | Republic of Nicaragua | | نيكاراغوي | |
NL NLD | Netherlands | Holland; Kingdom of the Netherlands; The Netherlands | مملكة هولندا | هولندي | | Q55
NO NOR | Norway | Kingdom of Norway | | نرويجي | | Q20
NP NPL | Nepal | | | نيبالي | | Q837
NR NRU | Nauru | | | | |
NU NIU | Niue | | | | |
NZ NZL | New Zealand | | نيوزلندا | نيوزيلندي; نيوزلندي | | Q664
OM OMN | Oman | Sultanate of Oman | سلطنة عمان | عماني | | Q842
PA PAN | Panama | Republic of Panama | | بنمي | |
PE PER | Peru | Republic of Peru | | بيروفي | | Q419
PF PYF | French Polynesia | | | | |
PG PNG | Papua New Guinea | | | | |
PH PHL | Philippines | Republic of the Philippines | الفيليبين | فلبيني; فيليبيني | | Q928
PK PAK | Pakistan | Islamic Republic of Pakistan | جمهورية باكستان الإسلامية | باكستاني | | Q843
PL POL | Poland | Republic of Poland | | بولندي | | Q36
PM SPM | Saint Pierre and Miquelon | | | | |
PN PCN | Pitcairn Islands | | | | |
PR PRI | Puerto Rico | | بورتو ريكو | بورتوريكي | |
PS PSE | Palestine | State of Palestine; Palestinian territories | =فلسطين; دولة فلسطين | فلسطيني | | Q219060
PT PRT | Portugal | Portuguese Republic | | برتغالي | | Q45
PW PLW | Palau | | | | |
PY PRY | Paraguay | Republic of Paraguay | | باراغواي | |
QA QAT | Qatar | State of Qatar | دولة قطر | قطري | | Q846
RE REU | Réunion | Reunion | ريونيون; لاريونيون | | |
RO ROU | Romania | | | روماني | | Q218
RS SRB | Serbia | Republic of Serbia | | صربي | | Q403
RU RUS | Russia | Russian Federation | روسيا الاتحادية; الاتحاد الروسي | روسي | روس | Q159
RW RWA | Rwanda | Republic of Rwanda | | رواندي | | Q1037
SA SAU | Saudi Arabia | Kingdom of Saudi Arabia; KSA; Saudi | السعودية; المملكة السعودية | سعودي | | Q851
SB SLB | Solomon Islands | | | | |
SC SYC | Seychelles | | سيشيل | سيشيلي | | Q1042
SD SDN | Sudan | Republic of the Sudan; the Sudan | جمهورية السودان | سوداني | | Q1049
SE SWE | Sweden | Kingdom of Sweden | | سويدي | | Q34
SG SGP | Singapore | Republic of Singapore | سنغافوره | سنغافوري | | Q334
SH SHN | Saint Helena, Ascension and Tristan da Cunha | Saint Helena | | | |
SI SVN | Slovenia | Republic of Slovenia | | سلوفيني | | Q215
SJ SJM | Svalbard and Jan Mayen | Svalbard | | | |
SK SVK | Slovakia | Slovak Republic | | سلوفاكي | | Q214
SL SLE | Sierra Leone | | سيراليون; سيرا ليون | سيراليوني | | Q1044
SM SMR | San Marino | | | | | Q238
SN SEN | Senegal | Republic of Senegal | | سنغالي | | Q1041
SO SOM | Somalia | Federal Republic of Somalia | جمهورية الصومال | صومالي | | Q1045
SR SUR | Suriname | Surinam | | سورينامي | |
SS SSD | South Sudan | Republic of South Sudan | دولة جنوب السودان; جمهورية جنوب السودان | | جنوب سوداني; جنوب سودانية; الجنوب سوداني; الجنوب سودانية; جنوب سودانيون; جنوب سودانيين | Q958
ST STP | São Tomé and Príncipe | Sao Tome and Principe | | | | Q1039
SV SLV | El Salvador | | | سلفادوري | |
SX SXM | Sint Maarten | | | | |
SY SYR | Syria | Syrian Arab Republic | سورية; الجمهورية العربية السورية | سوري | | Q858
SZ SWZ | Eswatini | Swaziland | سوازيلاند; سوازيلندا | | | Q1050
TC TCA | Turks and Caicos Islands | | | | |
TD TCD | Chad | Republic of Chad | | تشادي | | Q657
TF ATF | French Southern and Antarctic Lands | French Southern Territories | | | |
TG TGO | Togo | Togolese Republic | | توغولي | | Q945
TH THA | Thailand | Kingdom of Thailand | تايلند | تايلاندي; تايلندي | | Q869
TJ TJK | Tajikistan | Republic of Tajikistan | | طاجيكي; طاجيكستاني | | Q863
TK TKL | Tokelau | | | | |
TL TLS | East Timor | Timor-Leste | =تيمور الشرقية; تيمور ليشتي; تيمور - ليشتي | | | Q574
TM TKM | Turkmenistan | | | تركماني; تركمانستاني | | Q874
TN TUN | Tunisia | Republic of Tunisia; Tunisian Republic | الجمهورية التونسية | تونسي | | Q948
TO TON | Tonga | Kingdom of Tonga | | | |
TR TUR | Turkey | Türkiye; Turkiye; Republic of Turkey | الجمهورية التركية; تركية | تركي | أتراك | Q43
TT TTO | Trinidad and Tobago | | | | |
TV TUV | Tuvalu | | | | |
TW TWN | Taiwan | Republic of China; ROC | الصين الوطنية; جمهورية الصين | تايواني | | Q865
TZ TZA | Tanzania | United Republic of Tanzania | | تنزاني | | Q924
UA UKR | Ukraine | | أوكرانيا | أوكراني; أوكرايني | | Q212
UG UGA | Uganda | Republic of Uganda | | أوغندي | | Q1036
UM UMI | United States Minor Outlying Islands | U.S. Outlying Islands | | | |
US USA | United States | US; USA; U.S.; U.S.A.; America; United States of America | الولايات المتحدة الأميركية; الولايات المتحدة الأمريكية; أميركا; أمريكا | أميركي; أمريكي | أميركان; أمريكان; الأميركان; الأمريكان | Q30
UY URY | Uruguay | Oriental Republic of Uruguay | الأوروغواي; أوروغواي | أوروغوياني | |
UZ UZB | Uzbekistan | Republic of Uzbekistan | | أوزبكي; أوزبكستاني | | Q265
VA VAT | Vatican City | Holy See; Vatican | دولة الفاتيكان; الكرسي الرسولي; دولة مدينة الفاتيكان | فاتيكاني | | Q237
VC VCT | Saint Vincent and the Grenadines | | | | |
VE VEN | Venezuela | Bolivarian Republic of Venezuela | | فنزويلي | | Q717
VG VGB | British Virgin Islands | | | | |
VI VIR | United States Virgin Islands | U.S. Virgin Islands | | | |
VN VNM | Vietnam | Socialist Republic of Vietnam; Viet Nam | فييتنام | فيتنامي | | Q881
VU VUT | Vanuatu | | | | |
WF WLF | Wallis and Futuna | | | | |
WS WSM | Samoa | Independent State of Samoa | | | |
YE YEM | Yemen | Republic of Yemen | الجمهورية اليمنية | يمني | | Q805
YT MYT | Mayotte | | | | |
ZA ZAF | South Africa | Republic of South Africa | جنوب إفريقيا; دولة جنوب أفريقيا; جمهورية جنوب أفريقيا | | جنوب أفريقي; جنوب أفريقية; الجنوب أفريقي; الجنوب أفريقية; جنوب إفريقي; جنوب إفريقية; الجنوب إفريقي; الجنوب إفريقية; جنوب أفريقيون; جنوب أفريقيين | Q258
ZM ZMB | Zambia | Republic of Zambia | | زامبي | | Q953
ZW ZWE | Zimbabwe | Republic of Zimbabwe | | زيمبابوي | | Q954
XK XKX | Kosovo | Republic of Kosovo | جمهورية كوسوفو | كوسوفي | | Q1246
`;

/**
 * Countries whose Arabic name is also another actor's (capital city, nisba with the article, ...):
 * ISO3 → how the engine chooses. Shared names with places.json are listed here and in places.ts.
 */
export const COUNTRY_DISAMBIGUATION: Record<string, string> = {
  OMN: 'عمان unvocalised is both Oman and Amman (Jordan\'s capital): prefer Oman when written عُمان, in سلطنة عمان, or next to Gulf/Muscat context; prefer Amman when preceded by العاصمة الأردنية, مدينة or with Jordanian context',
  KWT: 'الكويت is both the country and its capital: prefer the country unless preceded by مدينة or العاصمة, or in a location phrase about a place inside Kuwait',
  TUN: 'تونس is both the country and its capital: prefer the country unless preceded by العاصمة or مدينة, or in a location phrase (في تونس العاصمة)',
  DZA: 'الجزائر is both the country and its capital: prefer the country unless preceded by العاصمة or مدينة',
  DJI: 'جيبوتي is the country, its capital and the masculine nisba: prefer the country; the city when preceded by العاصمة or مدينة; a nisba when it follows a noun it qualifies',
  SAU: 'السعودية is the country; سعودي/سعودية (nisba) qualify nouns (الحكومة السعودية): prefer the country when السعودية stands alone as a noun, the nisba when it follows a noun it agrees with',
  SYR: 'سورية is a spelling of Syria and the feminine nisba: prefer the country when it stands alone as a noun, the nisba when it follows a feminine noun (الحكومة السورية)',
  TUR: 'تركية is an old spelling of Turkey and the feminine nisba: prefer the nisba after a feminine noun, the country otherwise',
  MLI: 'مالي alone is the adjective "financial" far more often than the country: only جمهورية مالي / دولة مالي name it',
  MWI: 'مالاوي is the country and its masculine nisba: prefer the country when it stands alone as a noun',
  SGP: 'سنغافورة is both the city-state and its city: they are the same actor here',
  MEX: 'the country; مدينة مكسيكو / مكسيكو سيتي is the capital',
  GTM: 'غواتيمالا is the country and its capital: prefer the country unless preceded by مدينة or العاصمة',
  PAN: 'بنما is the country and its capital: prefer the country unless preceded by مدينة or العاصمة',
  LUX: 'لوكسمبورغ is the country and its capital: prefer the country unless preceded by مدينة or العاصمة',
  SMR: 'سان مارينو is the country and its capital: prefer the country unless preceded by مدينة',
  MCO: 'موناكو is the city-state: the country',
  VAT: 'الفاتيكان is the city-state and the Holy See: the country',
  HKG: 'هونغ كونغ: the special administrative region (also a city)',
  COG: 'الكونغو alone is ambiguous between the two Congos: prefer the Republic of the Congo only when Brazzaville context is present, otherwise the Democratic Republic of the Congo',
  COD: 'الكونغو alone is ambiguous between the two Congos: prefer the Democratic Republic of the Congo unless Brazzaville context is present',
  TWN: 'جمهورية الصين is the official name of Taiwan; جمهورية الصين الشعبية is the People\'s Republic (China): longest match wins',
  CHN: 'الصين is the People\'s Republic; جمهورية الصين alone is Taiwan\'s official name: longest match wins',
  KOR: 'جمهورية كوريا is South Korea; جمهورية كوريا الديمقراطية الشعبية is North Korea: longest match wins',
  PRK: 'longest match wins over جمهورية كوريا (South Korea)',
  DOM: 'جمهورية الدومينيكان/الدومينيكان is the Dominican Republic; دومينيكا is Dominica',
  DMA: 'دومينيكا is Dominica; الدومينيكان is the Dominican Republic',
  PSE: 'فلسطين is the State of Palestine; الأراضي الفلسطينية is the territory (places.json)',
  ISR: 'دولة الاحتلال and الكيان الصهيوني stand for Israel in Arab media',
};
