// Capitals of the UN member states and of Palestine, Kosovo and Taiwan, for data/kb/places.json.
// One line per capital: ISO3 | id | English name (as Wikipedia titles it) | Arabic names | arShort | English aliases
// City-states whose capital is the state itself (Singapore, Monaco, Vatican City) are the country actor.
// Jerusalem (claimed by Israel and Palestine) is listed once, without a `country`.
export const CAPITAL_TABLE = `
AFG | kabul | Kabul | كابل; كابول | |
ALB | tirana | Tirana | تيرانا | |
DZA | algiers | Algiers | الجزائر العاصمة; الجزائر | | Alger
AND | andorra-la-vella | Andorra la Vella | أندورا لا فيلا | |
AGO | luanda | Luanda | لواندا | |
ATG | st-johns-antigua | St. John's, Antigua and Barbuda | سانت جونز | | Saint John's
ARG | buenos-aires | Buenos Aires | بوينس آيرس; بوينس أيرس; بوينوس آيرس | |
ARM | yerevan | Yerevan | يريفان; يرفان | |
AUS | canberra | Canberra | كانبرا | |
AUT | vienna | Vienna | فيينا | | Wien
AZE | baku | Baku | باكو | |
BHS | nassau | Nassau, Bahamas | ناساو | | Nassau
BHR | manama | Manama | المنامة | |
BGD | dhaka | Dhaka | دكا; داكا | | Dacca
BRB | bridgetown | Bridgetown | بريدجتاون | |
BLR | minsk | Minsk | مينسك | |
BEL | brussels | Brussels | بروكسل | | Bruxelles
BLZ | belmopan | Belmopan | بلموبان | |
BEN | porto-novo | Porto-Novo | بورتو نوفو | |
BTN | thimphu | Thimphu | تيمفو | |
BOL | sucre | Sucre | سوكري | |
BIH | sarajevo | Sarajevo | سراييفو; سراييفو | |
BWA | gaborone | Gaborone | غابورون | |
BRA | brasilia | Brasília | برازيليا | | Brasilia
BRN | bandar-seri-begawan | Bandar Seri Begawan | بندر سري بكاوان; بندر سري بيغاوان | |
BGR | sofia | Sofia | صوفيا | |
BFA | ouagadougou | Ouagadougou | واغادوغو | |
BDI | gitega | Gitega | غيتيغا | |
CPV | praia | Praia | برايا | |
KHM | phnom-penh | Phnom Penh | بنوم بنه | |
CMR | yaounde | Yaoundé | ياوندي | | Yaounde
CAN | ottawa | Ottawa | أوتاوا | |
CAF | bangui | Bangui | بانغي | |
TCD | ndjamena | N'Djamena | نجامينا; إنجامينا | | Ndjamena
CHL | santiago | Santiago | سانتياغو | | Santiago de Chile
CHN | beijing | Beijing | بكين; بيجين | | Peking
COL | bogota | Bogotá | بوغوتا; بوجوتا | | Bogota
COM | moroni | Moroni, Comoros | موروني | | Moroni
COG | brazzaville | Brazzaville | برازافيل | |
COD | kinshasa | Kinshasa | كينشاسا | |
CRI | san-jose-costa-rica | San José, Costa Rica | سان خوسيه | | San Jose
CIV | yamoussoukro | Yamoussoukro | ياموسوكرو | |
HRV | zagreb | Zagreb | زغرب; زغرب | |
CUB | havana | Havana | هافانا | | La Habana
CYP | nicosia | Nicosia | نيقوسيا | |
CZE | prague | Prague | براغ | | Praha
DNK | copenhagen | Copenhagen | كوبنهاغن; كوبنهاجن | |
DJI | djibouti-city | Djibouti (city) | مدينة جيبوتي; جيبوتي | | Djibouti City
DMA | roseau | Roseau | مدينة روسو | |
DOM | santo-domingo | Santo Domingo | سانتو دومينغو | |
ECU | quito | Quito | كيتو | |
EGY | cairo | Cairo | القاهرة | |
SLV | san-salvador | San Salvador | سان سلفادور | |
GNQ | malabo | Malabo | مالابو | |
ERI | asmara | Asmara | أسمرة; أسمرا | |
EST | tallinn | Tallinn | تالين | |
SWZ | mbabane | Mbabane | مبابان | |
ETH | addis-ababa | Addis Ababa | أديس أبابا | |
FJI | suva | Suva | سوفا | |
FIN | helsinki | Helsinki | هلسنكي | |
FRA | paris | Paris | باريس | |
GAB | libreville | Libreville | ليبرفيل | |
GMB | banjul | Banjul | بانجول | |
GEO | tbilisi | Tbilisi | تبليسي | |
DEU | berlin | Berlin | برلين | |
GHA | accra | Accra | أكرا | |
GRC | athens | Athens | أثينا | |
GRD | st-georges-grenada | St. George's, Grenada | سانت جورجز | | Saint George's
GTM | guatemala-city | Guatemala City | مدينة غواتيمالا | |
GIN | conakry | Conakry | كوناكري | |
GNB | bissau | Bissau | بيساو | |
GUY | georgetown-guyana | Georgetown, Guyana | جورجتاون | | Georgetown
HTI | port-au-prince | Port-au-Prince | بورت أو برنس | |
HND | tegucigalpa | Tegucigalpa | تيغوسيغالبا | |
HUN | budapest | Budapest | بودابست | |
ISL | reykjavik | Reykjavík | ريكيافيك; ريكجافيك | | Reykjavik
IND | new-delhi | New Delhi | نيودلهي; نيو دلهي | |
IDN | jakarta | Jakarta | جاكرتا | |
IRN | tehran | Tehran | طهران | | Teheran
IRQ | baghdad | Baghdad | بغداد | |
IRL | dublin | Dublin | دبلن | |
ISR | jerusalem | Jerusalem | القدس; القدس الشريف; القدس المحتلة; أورشليم | | Al-Quds; Al Quds
ITA | rome | Rome | روما | | Roma
JAM | kingston | Kingston, Jamaica | كينغستون | | Kingston
JPN | tokyo | Tokyo | طوكيو | |
JOR | amman | Amman | عمان | |
KAZ | astana | Astana | أستانا; نور سلطان; نور-سلطان | | Nur-Sultan
KEN | nairobi | Nairobi | نيروبي | |
KIR | tarawa | South Tarawa | تاراوا | | Tarawa
PRK | pyongyang | Pyongyang | بيونغ يانغ; بيونغيانغ; بيونج يانج | |
KOR | seoul | Seoul | سول | سيول |
KWT | kuwait-city | Kuwait City | مدينة الكويت; الكويت العاصمة; الكويت | |
KGZ | bishkek | Bishkek | بيشكيك | |
LAO | vientiane | Vientiane | فيينتيان; فيينتيان | |
LVA | riga | Riga | ريغا | |
LBN | beirut | Beirut | بيروت | |
LSO | maseru | Maseru | ماسيرو | |
LBR | monrovia | Monrovia | مونروفيا | |
LBY | tripoli | Tripoli, Libya | طرابلس; طرابلس الغرب; طرابلس الليبية | | Tripoli
LIE | vaduz | Vaduz | فادوز | |
LTU | vilnius | Vilnius | فيلنيوس | |
LUX | luxembourg-city | Luxembourg City | مدينة لوكسمبورغ | |
MDG | antananarivo | Antananarivo | أنتاناناريفو | |
MWI | lilongwe | Lilongwe | ليلونغوي | |
MYS | kuala-lumpur | Kuala Lumpur | كوالالمبور; كوالا لمبور; كوالالامبور | |
MDV | male | Malé | مدينة ماليه | | Male
MLI | bamako | Bamako | باماكو | |
MLT | valletta | Valletta | فاليتا | |
MHL | majuro | Majuro | ماجورو | |
MRT | nouakchott | Nouakchott | نواكشوط | |
MUS | port-louis | Port Louis | بورت لويس | |
MEX | mexico-city | Mexico City | مكسيكو سيتي; مدينة مكسيكو; مدينة المكسيك | |
FSM | palikir | Palikir | باليكير | |
MDA | chisinau | Chișinău | كيشيناو; كيشيناو | | Chisinau
MNG | ulaanbaatar | Ulaanbaatar | أولان باتور; أولانباتار | | Ulan Bator
MNE | podgorica | Podgorica | بودغوريتسا | |
MAR | rabat | Rabat | الرباط | |
MOZ | maputo | Maputo | مابوتو | |
MMR | naypyidaw | Naypyidaw | نايبيداو; ناي بي تاو | | Nay Pyi Taw
NAM | windhoek | Windhoek | ويندهوك | |
NRU | yaren | Yaren District | يارين | | Yaren
NPL | kathmandu | Kathmandu | كاتماندو | |
NLD | amsterdam | Amsterdam | أمستردام | |
NZL | wellington | Wellington | ولينغتون; ويلينغتون | |
NIC | managua | Managua | ماناغوا | |
NER | niamey | Niamey | نيامي | |
NGA | abuja | Abuja | أبوجا | |
MKD | skopje | Skopje | سكوبيه; سكوبي | |
NOR | oslo | Oslo | أوسلو | |
OMN | muscat | Muscat | مسقط | |
PAK | islamabad | Islamabad | إسلام آباد; إسلام أباد | |
PLW | ngerulmud | Ngerulmud | نغيرولمود | |
PSE | ramallah | Ramallah | رام الله | |
PAN | panama-city | Panama City | مدينة بنما | |
PNG | port-moresby | Port Moresby | بورت مورسبي | |
PRY | asuncion | Asunción | أسونسيون | | Asuncion
PER | lima | Lima | ليما | |
PHL | manila | Manila | مانيلا | |
POL | warsaw | Warsaw | وارسو | | Warszawa
PRT | lisbon | Lisbon | لشبونة | | Lisboa
QAT | doha | Doha | الدوحة | |
ROU | bucharest | Bucharest | بوخارست | |
RUS | moscow | Moscow | موسكو | | Moskva
RWA | kigali | Kigali | كيغالي | |
KNA | basseterre | Basseterre | باستير | |
LCA | castries | Castries | كاستريس | |
VCT | kingstown | Kingstown | كينغستاون | |
WSM | apia | Apia | مدينة أبيا | |
SMR | san-marino-city | City of San Marino | مدينة سان مارينو | |
STP | sao-tome | São Tomé | مدينة ساو تومي | | Sao Tome
SAU | riyadh | Riyadh | الرياض | | Ar Riyad
SEN | dakar | Dakar | داكار | |
SRB | belgrade | Belgrade | بلغراد | | Beograd
SYC | victoria-seychelles | Victoria, Seychelles | فيكتوريا | | Victoria
SLE | freetown | Freetown | فريتاون | |
SVK | bratislava | Bratislava | براتيسلافا | |
SVN | ljubljana | Ljubljana | ليوبليانا | |
SLB | honiara | Honiara | هونيارا | |
SOM | mogadishu | Mogadishu | مقديشو | |
ZAF | pretoria | Pretoria | بريتوريا | |
SSD | juba | Juba | جوبا | |
ESP | madrid | Madrid | مدريد | |
LKA | sri-jayawardenepura-kotte | Sri Jayawardenepura Kotte | سري جاياواردنابورا كوتي; كوتي | | Kotte
SDN | khartoum | Khartoum | الخرطوم | |
SUR | paramaribo | Paramaribo | باراماريبو | |
SWE | stockholm | Stockholm | ستوكهولم | |
CHE | bern | Bern | برن | | Berne
SYR | damascus | Damascus | دمشق | | Dimashq
TWN | taipei | Taipei | تايبيه; تايبي | |
TJK | dushanbe | Dushanbe | دوشنبه | |
TZA | dodoma | Dodoma | دودوما | |
THA | bangkok | Bangkok | بانكوك | |
TLS | dili | Dili | مدينة ديلي | |
TGO | lome | Lomé | لومي | | Lome
TON | nukualofa | Nukuʻalofa | نوكوالوفا | | Nuku'alofa
TTO | port-of-spain | Port of Spain | بورت أوف سبين | |
TUN | tunis | Tunis | تونس العاصمة; تونس | |
TUR | ankara | Ankara | أنقرة | |
TKM | ashgabat | Ashgabat | عشق آباد | | Ashkhabad
TUV | funafuti | Funafuti | فونافوتي | |
UGA | kampala | Kampala | كمبالا | |
UKR | kyiv | Kyiv | كييف | | Kiev
ARE | abu-dhabi | Abu Dhabi | أبوظبي; أبو ظبي | |
GBR | london | London | لندن | |
USA | washington-dc | Washington, D.C. | واشنطن; واشنطن العاصمة | | Washington; Washington DC
URY | montevideo | Montevideo | مونتيفيديو | |
UZB | tashkent | Tashkent | طشقند | |
VUT | port-vila | Port Vila | بورت فيلا | |
VEN | caracas | Caracas | كاراكاس | |
VNM | hanoi | Hanoi | هانوي | |
YEM | sanaa | Sanaa | صنعاء | | Sana'a
ZMB | lusaka | Lusaka | لوساكا | |
ZWE | harare | Harare | هراري | |
XKX | pristina | Pristina | بريشتينا | | Prishtina
`;
