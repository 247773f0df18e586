// Hand-written cities, regions, bodies of water and facilities for data/kb/places.json (see places.ts).
// One line per place: id | English name (as Wikipedia titles it) | type G=GPE L=LOC F=FAC | ISO3 or - |
//   Arabic names | arShort (ambiguous alone: common words, linked only after a full name) | English aliases
// Lines starting with "#" are section comments.
export const PLACE_TABLE = `
# Syria
aleppo | Aleppo | G | SYR | حلب | | Halab
idlib | Idlib | G | SYR | إدلب; ادلب | |
raqqa | Raqqa | G | SYR | الرقة | | Al-Raqqah; Raqqah
deir-ez-zor | Deir ez-Zor | G | SYR | دير الزور; ديرالزور | | Deir al-Zor; Deir Ezzor
homs | Homs | G | SYR | حمص | |
hama | Hama | G | SYR | حماة; حماه | |
latakia | Latakia | G | SYR | اللاذقية | | Lattakia
tartus | Tartus | G | SYR | طرطوس | | Tartous
daraa | Daraa | G | SYR | درعا | | Deraa; Dara'a
suwayda | Suwayda | G | SYR | السويداء | | As-Suwayda; Sweida
quneitra | Quneitra | G | SYR | القنيطرة | | Al-Qunaytirah
hasakah | Al-Hasakah | G | SYR | الحسكة | | Hasakah; Hasaka
qamishli | Qamishli | G | SYR | القامشلي | | Al-Qamishli
manbij | Manbij | G | SYR | منبج | |
afrin | Afrin, Syria | G | SYR | عفرين | | Afrin
kobani | Kobani | G | SYR | كوباني; عين العرب; كوباني عين العرب | | Ayn al-Arab; Kobane
al-bab | Al-Bab | G | SYR | مدينة الباب | الباب | al-Bab
jarabulus | Jarabulus | G | SYR | جرابلس | |
azaz | Azaz | G | SYR | أعزاز; اعزاز | | A'zaz
tal-abyad | Tell Abyad | G | SYR | تل أبيض; تل ابيض | | Tal Abyad
ras-al-ayn | Ras al-Ayn | G | SYR | رأس العين | | Serêkaniyê
palmyra | Palmyra | G | SYR | تدمر | | Tadmur
douma | Douma | G | SYR | دوما | |
abu-kamal | Abu Kamal | G | SYR | البوكمال; أبو كمال | | Al-Bukamal
mayadin | Mayadin | G | SYR | الميادين | | Al-Mayadin
jisr-al-shughur | Jisr al-Shughur | G | SYR | جسر الشغور | |
maarat-al-numan | Maarat al-Numan | G | SYR | معرة النعمان | |
khan-shaykhun | Khan Shaykhun | G | SYR | خان شيخون | | Khan Sheikhoun
saraqib | Saraqib | G | SYR | سراقب | |
qusayr | Al-Qusayr | G | SYR | القصير | | Qusayr
zabadani | Zabadani | G | SYR | الزبداني | |
eastern-ghouta | Eastern Ghouta | L | SYR | الغوطة الشرقية; الغوطة | | Ghouta
rif-dimashq | Rif Dimashq Governorate | G | SYR | ريف دمشق | | Damascus countryside
# Iraq
mosul | Mosul | G | IRQ | الموصل | |
basra | Basra | G | IRQ | البصرة | | Basrah
erbil | Erbil | G | IRQ | أربيل; اربيل; هولير | | Arbil; Hawler
kirkuk | Kirkuk | G | IRQ | كركوك | |
fallujah | Fallujah | G | IRQ | الفلوجة | | Falluja
ramadi | Ramadi | G | IRQ | الرمادي | |
tikrit | Tikrit | G | IRQ | تكريت | |
najaf | Najaf | G | IRQ | النجف; النجف الأشرف | |
karbala | Karbala | G | IRQ | كربلاء | | Kerbala
sulaymaniyah | Sulaymaniyah | G | IRQ | السليمانية | | Sulaimaniya; Slemani
samarra | Samarra | G | IRQ | سامراء | |
baqubah | Baqubah | G | IRQ | بعقوبة | | Baquba
duhok | Duhok | G | IRQ | دهوك | | Dohuk
nasiriyah | Nasiriyah | G | IRQ | الناصرية | |
amarah | Amarah | G | IRQ | مدينة العمارة | العمارة | Al-Amarah
kut | Kut | G | IRQ | الكوت | | Al-Kut
hillah | Hillah | G | IRQ | الحلة | | Al-Hillah
diwaniyah | Diwaniyah | G | IRQ | الديوانية | |
sinjar | Sinjar | G | IRQ | سنجار; شنكال | |
tal-afar | Tal Afar | G | IRQ | تلعفر; تل عفر | |
baiji | Baiji | G | IRQ | بيجي | | Bayji
halabja | Halabja | G | IRQ | حلبجة | |
al-qaim | Al-Qa'im, Iraq | G | IRQ | مدينة القائم; قضاء القائم | القائم | Al-Qaim
# Iraqi governorates without a same-named city
anbar-governorate | Al Anbar Governorate | G | IRQ | الأنبار; محافظة الأنبار | | Anbar; Anbar Province
nineveh-governorate | Nineveh Governorate | G | IRQ | نينوى; محافظة نينوى | | Nineveh; Ninawa
saladin-governorate | Saladin Governorate | G | IRQ | محافظة صلاح الدين | صلاح الدين | Salah al-Din Governorate
diyala-governorate | Diyala Governorate | G | IRQ | ديالى; محافظة ديالى | | Diyala
babil-governorate | Babil Governorate | G | IRQ | محافظة بابل | بابل | Babylon Governorate
dhi-qar-governorate | Dhi Qar Governorate | G | IRQ | ذي قار; محافظة ذي قار | | Dhi Qar
maysan-governorate | Maysan Governorate | G | IRQ | ميسان; محافظة ميسان | | Maysan
wasit-governorate | Wasit Governorate | G | IRQ | محافظة واسط | واسط | Wasit
muthanna-governorate | Muthanna Governorate | G | IRQ | المثنى; محافظة المثنى | | Al-Muthanna
# Yemen
aden | Aden | G | YEM | عدن | |
hodeidah | Hodeidah | G | YEM | الحديدة | | Al Hudaydah
taiz | Taiz | G | YEM | تعز | | Ta'izz
marib | Marib | G | YEM | مأرب | | Ma'rib
mukalla | Mukalla | G | YEM | المكلا | | Al Mukalla
saada | Saada | G | YEM | صعدة | | Sa'dah
ibb | Ibb | G | YEM | إب | |
dhamar | Dhamar | G | YEM | ذمار | |
lahij | Lahij | G | YEM | لحج | | Lahej
zinjibar | Zinjibar | G | YEM | زنجبار | |
ataq | Ataq | G | YEM | عتق | |
seiyun | Seiyun | G | YEM | سيئون | | Say'un
mocha | Mocha, Yemen | G | YEM | المخا | | Mocha; Al Mokha
hajjah | Hajjah | G | YEM | مدينة حجة | حجة |
al-dhale | Al Dhale | G | YEM | الضالع | | Ad Dali'
amran | Amran | G | YEM | عمران | |
socotra | Socotra | L | YEM | سقطرى; جزيرة سقطرى | | Soqotra
dar-saad | Dar Saad | G | YEM | دار سعد | |
abyan-governorate | Abyan Governorate | G | YEM | أبين; محافظة أبين | | Abyan
shabwah-governorate | Shabwah Governorate | G | YEM | شبوة; محافظة شبوة | | Shabwa
hadramaut-governorate | Hadhramaut Governorate | G | YEM | حضرموت; محافظة حضرموت | | Hadramawt; Hadhramaut
al-mahrah-governorate | Al Mahrah Governorate | G | YEM | المهرة; محافظة المهرة | | Mahra
al-jawf-governorate-yemen | Al Jawf Governorate (Yemen) | G | YEM | محافظة الجوف | | Al Jawf, Yemen
# Saudi Arabia
jeddah | Jeddah | G | SAU | جدة | | Jidda; Jiddah
mecca | Mecca | G | SAU | مكة; مكة المكرمة | | Makkah; Makkah al-Mukarramah
medina | Medina | G | SAU | المدينة المنورة | | Madinah; Al-Madinah
dammam | Dammam | G | SAU | الدمام | |
dhahran | Dhahran | G | SAU | الظهران | |
taif | Taif | G | SAU | الطائف | | Ta'if
abha | Abha | G | SAU | أبها | |
najran | Najran | G | SAU | نجران | |
jazan | Jazan | G | SAU | جازان; جيزان | | Jizan
tabuk | Tabuk | G | SAU | تبوك | |
qatif | Qatif | G | SAU | القطيف | |
khobar | Khobar | G | SAU | مدينة الخبر | الخبر | Al Khobar
buraidah | Buraidah | G | SAU | بريدة | |
hail | Ha'il | G | SAU | حائل | | Hail
yanbu | Yanbu | G | SAU | ينبع | |
alula | AlUla | G | SAU | العلا | | Al-Ula
neom | Neom | G | SAU | نيوم | | NEOM
khamis-mushait | Khamis Mushait | G | SAU | خميس مشيط | |
jubail | Jubail | G | SAU | الجبيل | |
al-ahsa | Al-Ahsa | G | SAU | الأحساء | | Al Hasa
qassim | Al-Qassim Province | G | SAU | القصيم; منطقة القصيم | | Qassim
al-jawf-saudi | Al-Jawf Province | G | SAU | منطقة الجوف | | Al Jouf
# UAE, Qatar, Bahrain, Kuwait, Oman
dubai | Dubai | G | ARE | دبي | |
sharjah | Sharjah | G | ARE | الشارقة | |
ajman | Ajman | G | ARE | عجمان | |
ras-al-khaimah | Ras Al Khaimah | G | ARE | رأس الخيمة | |
fujairah | Fujairah | G | ARE | الفجيرة | |
umm-al-quwain | Umm Al Quwain | G | ARE | أم القيوين | |
al-ain | Al Ain | G | ARE | مدينة العين | العين |
lusail | Lusail | G | QAT | لوسيل | |
al-wakrah | Al Wakrah | G | QAT | الوكرة | |
muharraq | Muharraq | G | BHR | المحرق | |
riffa | Riffa | G | BHR | الرفاع | |
sitra | Sitra | G | BHR | سترة | |
jahra | Jahra | G | KWT | الجهراء | | Al Jahra
salalah | Salalah | G | OMN | صلالة | |
sohar | Sohar | G | OMN | صحار | |
duqm | Duqm | G | OMN | الدقم | |
nizwa | Nizwa | G | OMN | نزوى | |
# Palestine
gaza-city | Gaza City | G | PSE | مدينة غزة | | Gaza
khan-yunis | Khan Yunis | G | PSE | خان يونس; خانيونس | | Khan Younis
rafah | Rafah | G | PSE | رفح; رفح الفلسطينية | |
jabalia | Jabalia | G | PSE | جباليا | | Jabalya
deir-al-balah | Deir al-Balah | G | PSE | دير البلح | |
beit-hanoun | Beit Hanoun | G | PSE | بيت حانون | |
beit-lahia | Beit Lahia | G | PSE | بيت لاهيا | |
nuseirat | Nuseirat Camp | G | PSE | النصيرات; مخيم النصيرات | | Nuseirat
bureij | Bureij Camp | G | PSE | البريج; مخيم البريج | | Bureij
maghazi | Maghazi Camp | G | PSE | المغازي; مخيم المغازي | | Maghazi
jabalia-camp | Jabalia Camp | G | PSE | مخيم جباليا | |
al-shati-camp | Al-Shati Camp | G | PSE | مخيم الشاطئ | | Beach Camp
mawasi | Al-Mawasi | L | PSE | المواصي | | Mawasi
nablus | Nablus | G | PSE | نابلس | |
jenin | Jenin | G | PSE | جنين | |
jenin-camp | Jenin Camp | G | PSE | مخيم جنين | |
hebron | Hebron | G | PSE | الخليل | | Al-Khalil
bethlehem | Bethlehem | G | PSE | بيت لحم | |
tulkarm | Tulkarm | G | PSE | طولكرم | |
nur-shams-camp | Nur Shams | G | PSE | مخيم نور شمس | |
balata-camp | Balata Camp | G | PSE | مخيم بلاطة | |
qalqilya | Qalqilya | G | PSE | قلقيلية | |
jericho | Jericho | G | PSE | أريحا | |
salfit | Salfit | G | PSE | سلفيت | |
tubas | Tubas | G | PSE | طوباس | |
al-bireh | Al-Bireh | G | PSE | البيرة | |
east-jerusalem | East Jerusalem | G | - | القدس الشرقية | |
west-jerusalem | West Jerusalem | G | - | القدس الغربية | |
# Israel
tel-aviv | Tel Aviv | G | ISR | تل أبيب; تل ابيب; تل أبيب يافا | | Tel Aviv-Yafo
haifa | Haifa | G | ISR | حيفا | |
ashkelon | Ashkelon | G | ISR | عسقلان; أشكلون | | Ascalon
sderot | Sderot | G | ISR | سديروت | |
eilat | Eilat | G | ISR | إيلات; أم الرشراش | | Umm al-Rashrash
beersheba | Beersheba | G | ISR | بئر السبع | | Be'er Sheva
ashdod | Ashdod | G | ISR | أسدود; أشدود | | Isdud
netanya | Netanya | G | ISR | نتانيا | |
nazareth | Nazareth | G | ISR | الناصرة | |
acre | Acre, Israel | G | ISR | عكا | | Akko; Acre
jaffa | Jaffa | G | ISR | يافا | | Yafo
dimona | Dimona | G | ISR | ديمونا | |
herzliya | Herzliya | G | ISR | هرتسليا | |
lod | Lod | G | ISR | اللد | | Lydda
ramla | Ramla | G | ISR | الرملة | |
tiberias | Tiberias | G | ISR | طبريا; طبرية | |
safed | Safed | G | ISR | صفد | | Tzfat
kiryat-shmona | Kiryat Shmona | G | ISR | كريات شمونة; كريات شمونا | |
umm-al-fahm | Umm al-Fahm | G | ISR | أم الفحم | |
# Lebanon
sidon | Sidon | G | LBN | صيدا | | Saida
tyre | Tyre, Lebanon | G | LBN | مدينة صور | صور | Tyre; Sour
baalbek | Baalbek | G | LBN | بعلبك | |
tripoli-lebanon | Tripoli, Lebanon | G | LBN | طرابلس; طرابلس الشام; طرابلس اللبنانية | | Tripoli
nabatieh | Nabatieh | G | LBN | النبطية | |
zahle | Zahle | G | LBN | زحلة | |
jounieh | Jounieh | G | LBN | جونيه | |
byblos | Byblos | G | LBN | مدينة جبيل | جبيل | Jbeil
bint-jbeil | Bint Jbeil | G | LBN | بنت جبيل | |
marjayoun | Marjayoun | G | LBN | مرجعيون | |
hermel | Hermel | G | LBN | الهرمل | |
dahieh | Dahieh | L | LBN | الضاحية الجنوبية; الضاحية الجنوبية لبيروت | الضاحية | Beirut southern suburbs
south-lebanon | South Lebanon | L | LBN | جنوب لبنان | | Southern Lebanon
# Jordan
zarqa | Zarqa | G | JOR | مدينة الزرقاء | الزرقاء |
irbid | Irbid | G | JOR | إربد; اربد | |
aqaba | Aqaba | G | JOR | العقبة; مدينة العقبة | |
salt | Al-Salt | G | JOR | السلط | | Salt
mafraq | Mafraq | G | JOR | مدينة المفرق | المفرق |
karak | Al-Karak | G | JOR | الكرك | | Kerak
maan | Ma'an | G | JOR | مدينة معان | معان | Maan
jerash | Jerash | G | JOR | جرش | |
zaatari-camp | Zaatari refugee camp | G | JOR | مخيم الزعتري | الزعتري | Zaatari
# Egypt
alexandria | Alexandria | G | EGY | الإسكندرية; الاسكندرية | |
arish | Arish | G | EGY | العريش | | El Arish
rafah-egypt | Rafah, Egypt | G | EGY | رفح المصرية | | Egyptian Rafah
sheikh-zuweid | Sheikh Zuweid | G | EGY | الشيخ زويد | |
sharm-el-sheikh | Sharm El Sheikh | G | EGY | شرم الشيخ | | Sharm el-Sheikh
suez | Suez | G | EGY | السويس | |
ismailia | Ismailia | G | EGY | الإسماعيلية | |
port-said | Port Said | G | EGY | بورسعيد; بور سعيد | |
giza | Giza | G | EGY | الجيزة | |
luxor | Luxor | G | EGY | الأقصر | |
aswan | Aswan | G | EGY | أسوان | |
hurghada | Hurghada | G | EGY | الغردقة | |
mansoura | Mansoura | G | EGY | المنصورة | | El Mansoura
tanta | Tanta | G | EGY | طنطا | |
asyut | Asyut | G | EGY | أسيوط | | Assiut
el-alamein | El Alamein | G | EGY | العلمين; مدينة العلمين الجديدة | |
new-administrative-capital | New Administrative Capital | G | EGY | العاصمة الإدارية الجديدة | |
north-sinai | North Sinai Governorate | G | EGY | شمال سيناء; محافظة شمال سيناء | | North Sinai
south-sinai | South Sinai Governorate | G | EGY | جنوب سيناء; محافظة جنوب سيناء | | South Sinai
# Libya
benghazi | Benghazi | G | LBY | بنغازي | |
misrata | Misrata | G | LBY | مصراتة | | Misurata
sirte | Sirte | G | LBY | سرت | | Sirt
derna | Derna | G | LBY | درنة | |
tobruk | Tobruk | G | LBY | طبرق | |
sabha | Sabha | G | LBY | سبها | | Sebha
zawiya | Zawiya | G | LBY | مدينة الزاوية | الزاوية | Az Zawiyah
ajdabiya | Ajdabiya | G | LBY | أجدابيا; اجدابيا | |
ghadames | Ghadames | G | LBY | غدامس | |
ras-lanuf | Ras Lanuf | G | LBY | راس لانوف; رأس لانوف | |
brega | Brega | G | LBY | البريقة | | Marsa al-Brega
zintan | Zintan | G | LBY | الزنتان | |
gharyan | Gharyan | G | LBY | غريان | |
tarhuna | Tarhuna | G | LBY | ترهونة | |
bani-walid | Bani Walid | G | LBY | بني وليد | |
# Sudan
omdurman | Omdurman | G | SDN | أم درمان | |
el-fasher | Al-Fashir | G | SDN | الفاشر | | El Fasher
nyala | Nyala | G | SDN | نيالا | |
port-sudan | Port Sudan | G | SDN | بورتسودان; بورت سودان | |
kassala | Kassala | G | SDN | كسلا | |
el-obeid | El-Obeid | G | SDN | مدينة الأبيض | الأبيض | Al-Ubayyid
wad-madani | Wad Madani | G | SDN | ود مدني | |
el-geneina | Geneina | G | SDN | مدينة الجنينة | الجنينة | El Geneina
khartoum-north | Khartoum North | G | SDN | الخرطوم بحري | بحري | Bahri
kadugli | Kadugli | G | SDN | كادقلي | |
atbara | Atbara | G | SDN | عطبرة | |
dongola | Dongola | G | SDN | دنقلا | |
el-daein | Ed Daein | G | SDN | الضعين | |
zalingei | Zalingei | G | SDN | زالنجي | |
# Iran
isfahan | Isfahan | G | IRN | أصفهان | | Esfahan
mashhad | Mashhad | G | IRN | مدينة مشهد | مشهد |
qom | Qom | G | IRN | قم | |
tabriz | Tabriz | G | IRN | تبريز | |
shiraz | Shiraz | G | IRN | شيراز | |
natanz | Natanz | G | IRN | نطنز | |
fordow | Fordow | G | IRN | فوردو | | Fordo
bushehr | Bushehr | G | IRN | بوشهر | |
bandar-abbas | Bandar Abbas | G | IRN | بندر عباس | |
ahvaz | Ahvaz | G | IRN | الأهواز; أهواز | | Ahwaz
kermanshah | Kermanshah | G | IRN | كرمانشاه | |
karaj | Karaj | G | IRN | كرج | |
zahedan | Zahedan | G | IRN | زاهدان | |
kish-island | Kish Island | L | IRN | جزيرة كيش; كيش | | Kish
chabahar | Chabahar | G | IRN | تشابهار; جابهار | |
arak | Arak, Iran | G | IRN | مدينة آراك | آراك | Arak
kharg-island | Kharg Island | L | IRN | جزيرة خرج; جزيرة خارك | | Khark Island
# Turkey
istanbul | Istanbul | G | TUR | إسطنبول; استانبول; اسطنبول | | Constantinople
adana | Adana | G | TUR | أضنة | |
diyarbakir | Diyarbakır | G | TUR | ديار بكر; دياربكر | | Diyarbakir
gaziantep | Gaziantep | G | TUR | غازي عنتاب | | Antep
izmir | İzmir | G | TUR | إزمير | | Izmir
antalya | Antalya | G | TUR | أنطاليا | |
konya | Konya | G | TUR | قونية | |
sanliurfa | Şanlıurfa | G | TUR | شانلي أورفا; أورفة | | Sanliurfa; Urfa
hatay | Hatay Province | G | TUR | هاتاي; لواء الإسكندرون | | Hatay
antakya | Antakya | G | TUR | أنطاكيا; أنطاكية | | Antioch
kilis | Kilis | G | TUR | كلس | |
mersin | Mersin | G | TUR | مرسين | |
bursa | Bursa | G | TUR | مدينة بورصة | |
trabzon | Trabzon | G | TUR | طرابزون | |
# Maghreb
sfax | Sfax | G | TUN | صفاقس | |
sousse | Sousse | G | TUN | سوسة | |
bizerte | Bizerte | G | TUN | بنزرت | |
kairouan | Kairouan | G | TUN | القيروان | |
gabes | Gabès | G | TUN | قابس | | Gabes
sidi-bouzid | Sidi Bouzid | G | TUN | سيدي بوزيد | |
oran | Oran | G | DZA | وهران | |
constantine | Constantine, Algeria | G | DZA | قسنطينة | | Constantine
annaba | Annaba | G | DZA | عنابة | |
tamanrasset | Tamanrasset | G | DZA | تمنراست | |
ghardaia | Ghardaïa | G | DZA | غرداية | | Ghardaia
casablanca | Casablanca | G | MAR | الدار البيضاء; كازابلانكا | |
marrakesh | Marrakesh | G | MAR | مراكش | | Marrakech
fez | Fez, Morocco | G | MAR | فاس | | Fes
tangier | Tangier | G | MAR | طنجة | | Tanger
agadir | Agadir | G | MAR | أكادير; أغادير | |
meknes | Meknes | G | MAR | مكناس | |
oujda | Oujda | G | MAR | وجدة | |
tetouan | Tétouan | G | MAR | تطوان | | Tetouan
laayoune | Laayoune | G | ESH | مدينة العيون | العيون | El Aaiún
dakhla | Dakhla, Western Sahara | G | ESH | مدينة الداخلة | الداخلة | Dakhla
nouadhibou | Nouadhibou | G | MRT | نواذيبو | |
# Horn of Africa
hargeisa | Hargeisa | G | SOM | هرجيسا | |
kismayo | Kismayo | G | SOM | كيسمايو | |
berbera | Berbera | G | SOM | بربرة | |
somaliland | Somaliland | G | SOM | أرض الصومال; صوماليلاند | |
# Other cities in diplomacy and conflict news
geneva | Geneva | G | CHE | جنيف | | Genève
lausanne | Lausanne | G | CHE | لوزان | |
davos | Davos | G | CHE | دافوس | |
montreux | Montreux | G | CHE | مونترو | |
munich | Munich | G | DEU | ميونخ | | München
new-york-city | New York City | G | USA | نيويورك | | New York; NYC
annapolis | Annapolis, Maryland | G | USA | أنابوليس | | Annapolis
los-angeles | Los Angeles | G | USA | لوس أنجلوس; لوس أنجليس | |
sochi | Sochi | G | RUS | سوتشي | |
saint-petersburg | Saint Petersburg | G | RUS | سان بطرسبورغ; سانت بطرسبرغ; سان بطرسبرغ | | St. Petersburg
the-hague | The Hague | G | NLD | لاهاي | | Den Haag
strasbourg | Strasbourg | G | FRA | ستراسبورغ | |
dayton | Dayton, Ohio | G | USA | دايتون | | Dayton
cape-town | Cape Town | G | ZAF | كيب تاون | |
johannesburg | Johannesburg | G | ZAF | جوهانسبرغ | |
dar-es-salaam | Dar es Salaam | G | TZA | دار السلام | |
abidjan | Abidjan | G | CIV | أبيدجان | |
la-paz | La Paz | G | BOL | لاباز; لا باز | |
yangon | Yangon | G | MMR | يانغون; رانغون | | Rangoon
colombo | Colombo | G | LKA | كولومبو | |
almaty | Almaty | G | KAZ | ألماتي | | Alma-Ata
bujumbura | Bujumbura | G | BDI | بوجومبورا | |
lagos | Lagos | G | NGA | لاغوس | |
karachi | Karachi | G | PAK | كراتشي | |
mumbai | Mumbai | G | IND | مومباي | | Bombay
shanghai | Shanghai | G | CHN | شنغهاي | |
kandahar | Kandahar | G | AFG | قندهار | |
odesa | Odesa | G | UKR | أوديسا | | Odessa
kharkiv | Kharkiv | G | UKR | خاركيف | | Kharkov
sevastopol | Sevastopol | G | UKR | سيفاستوبول | |
# Regions, territories
gaza-strip | Gaza Strip | L | PSE | قطاع غزة; غزة | | Gaza; the Gaza Strip
north-gaza | North Gaza Governorate | L | PSE | شمال غزة; شمال قطاع غزة | | Northern Gaza
west-bank | West Bank | L | PSE | الضفة الغربية; الضفة; الضفة الغربية المحتلة | | the West Bank; Judea and Samaria
palestinian-territories | Palestinian territories | L | PSE | الأراضي الفلسطينية; الأراضي الفلسطينية المحتلة; الأراضي المحتلة | | Occupied Palestinian territories
golan-heights | Golan Heights | L | SYR | الجولان; مرتفعات الجولان; هضبة الجولان; الجولان السوري المحتل | | Golan
shebaa-farms | Shebaa Farms | L | LBN | مزارع شبعا | |
jordan-valley | Jordan Valley | L | - | غور الأردن | |
negev | Negev | L | ISR | النقب; صحراء النقب | |
galilee | Galilee | L | ISR | الجليل | |
philadelphi-corridor | Philadelphi Route | L | PSE | محور فيلادلفيا; محور صلاح الدين | | Philadelphi Corridor
netzarim-corridor | Netzarim Corridor | L | PSE | محور نتساريم; ممر نتساريم | |
sinai-peninsula | Sinai Peninsula | L | EGY | سيناء; شبه جزيرة سيناء | | Sinai
middle-east | Middle East | L | - | الشرق الأوسط | | Mideast; the Middle East
greater-middle-east | Middle East and North Africa | L | - | الشرق الأوسط وشمال أفريقيا; منطقة الشرق الأوسط وشمال إفريقيا | | MENA
north-africa | North Africa | L | - | شمال أفريقيا; شمال إفريقيا | |
maghreb | Maghreb | L | - | المغرب العربي; بلدان المغرب العربي | | the Maghreb
levant | Levant | L | - | بلاد الشام; الشام; المشرق العربي | | Bilad al-Sham; Greater Syria
arabian-peninsula | Arabian Peninsula | L | - | شبه الجزيرة العربية; الجزيرة العربية | | Arabia
arab-world | Arab world | L | - | العالم العربي; الوطن العربي | | Arab countries
muslim-world | Muslim world | L | - | العالم الإسلامي | | Islamic world
western-world | Western world | L | - | الغرب; العالم الغربي | | the West; West; Western countries
kurdistan | Kurdistan | L | - | كردستان; كوردستان | |
kurdistan-region | Kurdistan Region | G | IRQ | إقليم كردستان; إقليم كردستان العراق; كردستان العراق; إقليم كوردستان | | Iraqi Kurdistan; KRG region
darfur | Darfur | L | SDN | دارفور; إقليم دارفور | |
north-darfur | North Darfur | G | SDN | شمال دارفور; ولاية شمال دارفور | |
south-kordofan | South Kordofan | G | SDN | جنوب كردفان; ولاية جنوب كردفان | |
kordofan | Kordofan | L | SDN | كردفان; إقليم كردفان | |
blue-nile-state | Blue Nile (state) | G | SDN | ولاية النيل الأزرق | |
gezira-state | Al Jazirah (state) | G | SDN | ولاية الجزيرة | | Gezira State
sahel | Sahel | L | - | منطقة الساحل; الساحل الأفريقي; منطقة الساحل والصحراء | الساحل | the Sahel
horn-of-africa | Horn of Africa | L | - | القرن الأفريقي; القرن الإفريقي | |
europe | Europe | L | - | أوروبا; القارة الأوروبية | |
asia | Asia | L | - | آسيا; القارة الآسيوية | |
africa | Africa | L | - | أفريقيا; إفريقيا; القارة الأفريقية; القارة السمراء | |
latin-america | Latin America | L | - | أمريكا اللاتينية; أميركا اللاتينية | |
central-asia | Central Asia | L | - | آسيا الوسطى | |
caucasus | Caucasus | L | - | القوقاز | |
balkans | Balkans | L | - | البلقان | |
eastern-europe | Eastern Europe | L | - | أوروبا الشرقية | |
crimea | Crimea | L | UKR | القرم; شبه جزيرة القرم | | Crimean Peninsula
donbas | Donbas | L | UKR | دونباس; إقليم دونباس | | Donbass
nagorno-karabakh | Nagorno-Karabakh | L | AZE | ناغورنو قره باغ; قره باغ; ناغورني قره باغ | | Karabakh
kashmir | Kashmir | L | - | كشمير | |
xinjiang | Xinjiang | G | CHN | شينجيانغ; إقليم شينجيانغ | |
tigray | Tigray Region | G | ETH | تيغراي; إقليم تيغراي | | Tigray
green-zone | Green Zone | L | IRQ | المنطقة الخضراء | | International Zone
tiran-island | Tiran Island | L | - | جزيرة تيران; تيران | |
sanafir-island | Sanafir Island | L | - | جزيرة صنافير; صنافير | |
abu-musa | Abu Musa | L | - | جزيرة أبو موسى | | Abu Musa island
greater-tunb | Greater Tunb | L | - | طنب الكبرى; جزيرة طنب الكبرى | |
lesser-tunb | Lesser Tunb | L | - | طنب الصغرى; جزيرة طنب الصغرى | |
# Bodies of water
persian-gulf | Persian Gulf | L | - | الخليج; الخليج العربي; الخليج الفارسي; منطقة الخليج | | Gulf; the Gulf; Arabian Gulf
red-sea | Red Sea | L | - | البحر الأحمر | |
mediterranean-sea | Mediterranean Sea | L | - | البحر المتوسط; البحر الأبيض المتوسط | المتوسط | the Mediterranean
eastern-mediterranean | Eastern Mediterranean | L | - | شرق المتوسط; شرق البحر المتوسط | |
strait-of-hormuz | Strait of Hormuz | L | - | مضيق هرمز; هرمز | | Hormuz
bab-el-mandeb | Bab-el-Mandeb | L | - | باب المندب; مضيق باب المندب | | Bab al-Mandab
suez-canal | Suez Canal | L | EGY | قناة السويس | |
gulf-of-aden | Gulf of Aden | L | - | خليج عدن | |
gulf-of-oman | Gulf of Oman | L | - | خليج عمان; بحر عمان | |
arabian-sea | Arabian Sea | L | - | بحر العرب | |
strait-of-tiran | Straits of Tiran | L | - | مضيق تيران | |
gulf-of-aqaba | Gulf of Aqaba | L | - | خليج العقبة | |
caspian-sea | Caspian Sea | L | - | بحر قزوين | |
black-sea | Black Sea | L | - | البحر الأسود | |
indian-ocean | Indian Ocean | L | - | المحيط الهندي | |
atlantic-ocean | Atlantic Ocean | L | - | المحيط الأطلسي; المحيط الأطلنطي | | Atlantic
pacific-ocean | Pacific Ocean | L | - | المحيط الهادئ; المحيط الهادي | | Pacific
dead-sea | Dead Sea | L | - | البحر الميت | |
sea-of-galilee | Sea of Galilee | L | - | بحيرة طبريا; بحيرة طبرية | | Lake Tiberias
euphrates | Euphrates | L | - | نهر الفرات; الفرات | |
tigris | Tigris | L | - | نهر دجلة | دجلة |
nile | Nile | L | - | نهر النيل; النيل | |
jordan-river | Jordan River | L | - | نهر الأردن | |
litani-river | Litani River | L | LBN | نهر الليطاني; الليطاني | | Litani
# Facilities
white-house | White House | F | USA | البيت الأبيض | | the White House
kremlin | Moscow Kremlin | F | RUS | الكرملين; الكريملين | | Kremlin; the Kremlin
elysee-palace | Élysée Palace | F | FRA | قصر الإليزيه; الإليزيه | | Elysee; Élysée
the-pentagon | The Pentagon | F | USA | البنتاغون; البنتاجون | | Pentagon
downing-street | 10 Downing Street | F | GBR | داونينغ ستريت; داوننغ ستريت | | Downing Street; Number 10
us-capitol | United States Capitol | F | USA | مبنى الكابيتول; الكابيتول; الكابيتول هيل | | Capitol; Capitol Hill
camp-david | Camp David | F | USA | كامب ديفيد | |
mar-a-lago | Mar-a-Lago | F | USA | مار إيه لاغو; مارالاغو; منتجع مار إيه لاغو | |
al-aqsa-mosque | Al-Aqsa Mosque | F | - | المسجد الأقصى; الأقصى; المسجد الأقصى المبارك | | Al-Aqsa; Temple Mount; Haram al-Sharif
dome-of-the-rock | Dome of the Rock | F | - | قبة الصخرة; مسجد قبة الصخرة | |
western-wall | Western Wall | F | - | حائط البراق; حائط المبكى | | Wailing Wall; Al-Buraq Wall
church-of-the-holy-sepulchre | Church of the Holy Sepulchre | F | - | كنيسة القيامة | |
ibrahimi-mosque | Cave of the Patriarchs | F | PSE | الحرم الإبراهيمي; المسجد الإبراهيمي; الحرم الإبراهيمي الشريف | | Ibrahimi Mosque
masjid-al-haram | Great Mosque of Mecca | F | SAU | المسجد الحرام; الحرم المكي | | Masjid al-Haram
prophets-mosque | Al-Masjid an-Nabawi | F | SAU | المسجد النبوي; المسجد النبوي الشريف | | Prophet's Mosque
kaaba | Kaaba | F | SAU | الكعبة; الكعبة المشرفة | |
baabda-palace | Baabda Palace | F | LBN | قصر بعبدا | بعبدا | Presidential Palace (Lebanon)
grand-serail | Grand Serail | F | LBN | السراي الحكومي; السرايا الحكومية | | Grand Serail of Beirut
heliopolis-palace | Heliopolis Palace | F | EGY | قصر الاتحادية; قصر العروبة | الاتحادية | Al-Ittihadiya Palace
carthage-palace | Carthage Palace | F | TUN | قصر قرطاج | قرطاج |
al-yamamah-palace | Al-Yamamah Palace | F | SAU | قصر اليمامة | |
rafah-border-crossing | Rafah Border Crossing | F | - | معبر رفح; معبر رفح البري | | Rafah crossing
kerem-shalom-crossing | Kerem Shalom crossing | F | - | معبر كرم أبو سالم; كرم أبو سالم; معبر كيرم شالوم | | Kerem Shalom
erez-crossing | Erez Crossing | F | - | معبر إيرز; معبر بيت حانون; حاجز إيرز | | Beit Hanoun crossing
allenby-bridge | Allenby Bridge | F | - | معبر الكرامة; جسر الملك حسين; جسر اللنبي; جسر اللمبي | | King Hussein Bridge; Karameh crossing
nasib-border-crossing | Nasib Border Crossing | F | - | معبر نصيب; معبر نصيب جابر; معبر جابر | | Jaber crossing
bab-al-hawa-crossing | Bab al-Hawa Border Crossing | F | - | معبر باب الهوى; باب الهوى | |
bab-al-salam-crossing | Bab al-Salameh Border Crossing | F | - | معبر باب السلامة | |
masnaa-crossing | Masnaa Border Crossing | F | - | معبر المصنع; نقطة المصنع الحدودية | | Jdeidet Yabous
zikim-crossing | Zikim | F | ISR | زيكيم; معبر زيكيم | |
dimona-reactor | Shimon Peres Negev Nuclear Research Center | F | ISR | مفاعل ديمونا; مفاعل ديمونة | | Dimona reactor
natanz-facility | Natanz Nuclear Facility | F | IRN | منشأة نطنز; مفاعل نطنز; منشأة نطنز النووية | | Natanz enrichment facility
fordow-facility | Fordow Fuel Enrichment Plant | F | IRN | منشأة فوردو; موقع فوردو; منشأة فوردو النووية | | Fordow facility
bushehr-nuclear-plant | Bushehr Nuclear Power Plant | F | IRN | محطة بوشهر النووية; مفاعل بوشهر; مفاعل بوشهر النووي | |
arak-reactor | IR-40 | F | IRN | مفاعل آراك; مفاعل أراك | | Arak heavy water reactor
parchin | Parchin | F | IRN | بارشين; موقع بارشين; قاعدة بارشين | |
isfahan-nuclear-facility | Isfahan Nuclear Technology Center | F | IRN | منشأة أصفهان النووية; منشأة أصفهان | | Isfahan nuclear facility
zaporizhzhia-nuclear-plant | Zaporizhzhia Nuclear Power Plant | F | UKR | محطة زابوريجيا النووية; محطة زابوروجيا | |
gerd | Grand Ethiopian Renaissance Dam | F | ETH | سد النهضة; سد النهضة الإثيوبي | | GERD; Renaissance Dam
mosul-dam | Mosul Dam | F | IRQ | سد الموصل | |
tabqa-dam | Tabqa Dam | F | SYR | سد الفرات; سد الطبقة | | Euphrates Dam
beirut-airport | Beirut–Rafic Hariri International Airport | F | LBN | مطار بيروت; مطار رفيق الحريري الدولي; مطار بيروت الدولي | | Beirut airport
ben-gurion-airport | Ben Gurion Airport | F | ISR | مطار بن غوريون; مطار بن جوريون; مطار اللد | | Ben Gurion International Airport
sanaa-airport | Sanaa International Airport | F | YEM | مطار صنعاء; مطار صنعاء الدولي | |
aden-airport | Aden International Airport | F | YEM | مطار عدن; مطار عدن الدولي | |
damascus-airport | Damascus International Airport | F | SYR | مطار دمشق; مطار دمشق الدولي | |
baghdad-airport | Baghdad International Airport | F | IRQ | مطار بغداد; مطار بغداد الدولي | |
king-abdulaziz-airport | King Abdulaziz International Airport | F | SAU | مطار الملك عبدالعزيز الدولي; مطار الملك عبد العزيز الدولي; مطار جدة | | Jeddah airport
king-khalid-airport | King Khalid International Airport | F | SAU | مطار الملك خالد الدولي; مطار الرياض | |
hamad-airport | Hamad International Airport | F | QAT | مطار حمد الدولي | |
dubai-airport | Dubai International Airport | F | ARE | مطار دبي الدولي; مطار دبي | |
queen-alia-airport | Queen Alia International Airport | F | JOR | مطار الملكة علياء الدولي; مطار الملكة علياء | |
cairo-airport | Cairo International Airport | F | EGY | مطار القاهرة الدولي; مطار القاهرة | |
imam-khomeini-airport | Imam Khomeini International Airport | F | IRN | مطار الإمام الخميني الدولي; مطار الإمام الخميني | |
mitiga-airport | Mitiga International Airport | F | LBY | مطار معيتيقة; مطار معيتيقة الدولي | |
khartoum-airport | Khartoum International Airport | F | SDN | مطار الخرطوم; مطار الخرطوم الدولي | |
mezzeh-airbase | Mezzeh Military Airport | F | SYR | مطار المزة العسكري; مطار المزة | |
tiyas-airbase | Tiyas Military Airbase | F | SYR | مطار التيفور; قاعدة التيفور; مطار تيفور | | T-4 airbase
shayrat-airbase | Shayrat Airbase | F | SYR | مطار الشعيرات; قاعدة الشعيرات | |
hmeimim-airbase | Khmeimim Air Base | F | SYR | قاعدة حميميم; قاعدة حميميم الجوية; مطار حميميم | | Hmeimim
tartus-naval-base | Russian naval facility in Tartus | F | SYR | قاعدة طرطوس البحرية; القاعدة البحرية الروسية في طرطوس | |
al-anad-air-base | Al Anad Air Base | F | YEM | قاعدة العند; قاعدة العند الجوية | | Al-Anad
al-udeid-air-base | Al Udeid Air Base | F | QAT | قاعدة العديد; قاعدة العديد الجوية | | Al-Udeid
ain-al-asad-airbase | Al Asad Airbase | F | IRQ | قاعدة عين الأسد; قاعدة عين الأسد الجوية | | Ain al-Asad
incirlik-air-base | Incirlik Air Base | F | TUR | قاعدة إنجرليك; قاعدة انجرليك الجوية | | Incirlik
al-tanf | Al-Tanf | F | SYR | قاعدة التنف; التنف | | Tanf garrison
guantanamo-bay | Guantanamo Bay detention camp | F | USA | معتقل غوانتانامو; غوانتانامو; غوانتانامو باي | | Guantanamo
abu-ghraib-prison | Abu Ghraib prison | F | IRQ | سجن أبو غريب | |
sednaya-prison | Saydnaya Prison | F | SYR | سجن صيدنايا | | Sednaya
evin-prison | Evin Prison | F | IRN | سجن إيفين; سجن إيوين | |
ofer-prison | Ofer Prison | F | - | سجن عوفر; معتقل عوفر | |
al-shifa-hospital | Al-Shifa Hospital | F | PSE | مجمع الشفاء الطبي; مستشفى الشفاء; مجمع الشفاء | | Shifa hospital
nasser-medical-complex | Nasser Medical Complex | F | PSE | مجمع ناصر الطبي; مستشفى ناصر | | Nasser Hospital
al-ahli-hospital | Al-Ahli Arab Hospital | F | PSE | المستشفى الأهلي العربي; المستشفى المعمداني; مستشفى المعمداني | | Baptist hospital
indonesian-hospital | Indonesian Hospital (Gaza) | F | PSE | المستشفى الإندونيسي | |
kamal-adwan-hospital | Kamal Adwan Hospital | F | PSE | مستشفى كمال عدوان | |
yarmouk-camp | Yarmouk Camp | G | SYR | مخيم اليرموك | |
ain-al-hilweh | Ain al-Hilweh | G | LBN | مخيم عين الحلوة; عين الحلوة | |
al-hol-camp | Al-Hol refugee camp | G | SYR | مخيم الهول | |
rukban-camp | Rukban refugee camp | G | SYR | مخيم الركبان | |
ras-tanura | Ras Tanura | F | SAU | رأس تنورة; رأس تنورة النفطي | |
abqaiq | Abqaiq | F | SAU | أبقيق; بقيق; معمل بقيق | |
`;
