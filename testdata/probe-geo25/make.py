"""Probe set geo25: how reports tell the place of an incident (see README.md).
Writes docs.jsonl, gold.jsonl and expect.jsonl (read by ../probe-geo/compare.py)."""
import json, os
R = []

def doc(i, pub, text, events, expect):
    """events: gold events; expect: (place names separated by |, country, admin1, lat, lon, km)
    for the report's main incident, or None when no event is expected."""
    R.append((i, pub, text, events, expect))

def ev(place, country, admin, typ, a1, date, k=None, w=None, a2="", opt=False):
    e = {"summary": "", "date": date, "place": place, "admin": admin, "country": country, "type": typ,
         "actor1": a1, "actor2": a2, "killed": k, "killed_high": None, "wounded": w,
         "wounded_high": None, "evidence": ""}
    if opt:
        e["optional"] = True
    return e

# ---------------------------------------------------------------- batch A
doc("A01", "2025-01-14", """Police post attacked near Dera Ismail Khan

PESHAWAR, Pakistan (AP) — Militants armed with rifles and rocket-propelled grenades stormed a police post in Daraban, a town in Dera Ismail Khan district, before dawn on Sunday, killing four policemen, officials said.

Two more officers were wounded and taken to the district headquarters hospital in Dera Ismail Khan, police spokesman Qaiser Khan said by phone from Peshawar, the provincial capital. The attackers fled toward the mountains after a gunbattle that lasted about an hour.

No group claimed responsibility, but suspicion fell on the Pakistani Taliban, who have stepped up attacks on police in Khyber Pakhtunkhwa province since ending a ceasefire with the government in 2022.""",
 [ev("Daraban", "PK", "Khyber Pakhtunkhwa", "battle", "militants (unidentified)", "2025-01-12", 4, 2)],
 ("Daraban|Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 31.73, 70.33, 40))

doc("A02", "2025-02-11", """Jihadists raid Borno town, burn market

MAIDUGURI, Nigeria (AP) — Islamic State-linked fighters attacked Gajiram, a town in Nganzai local government area about 80 kilometers (50 miles) north of Maiduguri, late on Sunday, killing at least nine people and burning the town's market, residents said.

"They came in more than twenty trucks and started shooting at anything that moved," said Bukar Modu, a trader who fled to Maiduguri on Monday. The wounded were brought to the University of Maiduguri Teaching Hospital.

The army said its troops repelled the assault. Islamic State West Africa Province has increasingly targeted military bases and towns across northeast Nigeria this year.""",
 [ev("Gajiram", "NG", "Borno", "attack_on_civilians", "Islamic State West Africa Province", "2025-02-09", 9)],
 ("Gajiram|Nganzai", "NG", "Borno", 12.52, 13.21, 40))

doc("A03", "2025-03-18", """Airstrike kills family in Helmand village, elders say

LASHKAR GAH, Afghanistan — An airstrike hit a house in the village of Shin Kalay in Nad Ali district of Helmand province on Saturday night, killing seven members of one family, tribal elders said on Monday.

The elders, who travelled to the provincial capital Lashkar Gah to show the bodies to officials, said all of the dead were women and children. A spokesman for the provincial governor confirmed that a strike had taken place but gave no figures.

Helmand was among the most fiercely contested provinces of the war.""",
 [ev("Shin Kalay", "AF", "Helmand", "explosion", "unknown", "2025-03-15", 7)],
 ("Shin Kalay|Nad Ali|Nad-e Ali|Nadali", "AF", "Helmand", 31.63, 64.25, 40))

doc("A04", "2025-04-08", """Roadside bomb hits minibus in Lower Shabelle

MOGADISHU, Somalia — A roadside bomb tore through a minibus on the road between Afgoye and Wanlaweyn on Monday, killing 11 passengers, a local official said.

"The minibus was carrying traders to the livestock market," district commissioner Abdi Hassan told reporters. Six wounded passengers were taken to hospitals in Mogadishu, 30 kilometres east of Afgoye.

Al-Shabaab, which frequently plants explosives along the roads of the Lower Shabelle region, did not comment.""",
 [ev("Afgoye", "SO", "Shabeellaha Hoose", "explosion", "al-Shabaab", "2025-04-07", 11, 6)],
 ("Afgoye|Afgooye|Wanlaweyn|Wanla Weyn", "SO", "", 2.35, 44.85, 70))

doc("A05", "2025-05-13", """IS cell kills soldiers in Syrian desert

DAMASCUS, Syria — Islamic State militants ambushed a military convoy about 20 kilometres east of Palmyra on Sunday, killing eight soldiers, a war monitor said.

The Syrian Observatory for Human Rights said the attackers used machine guns and an anti-tank missile before withdrawing into the desert. The bodies were taken to the military hospital in Homs.

Despite losing its last territory in 2019, the Islamic State still mounts hit-and-run attacks in the vast Badia desert of central Syria.""",
 [ev("Palmyra", "SY", "Homs", "battle", "Islamic State", "2025-05-11", 8)],
 ("Palmyra|Tadmur", "SY", "Homs", 34.56, 38.28, 45))

doc("A06", "2025-06-10", """Bomb kills three at Iraqi wedding party

BAGHDAD (Reuters) - A bomb hidden in a rubbish bin exploded at a wedding party in Tarmiyah, a town about 50 km north of Baghdad, on Monday evening, killing three guests and wounding 12, security sources said.

The wounded were taken to hospitals in Baghdad and in Samarra, the sources said. No group claimed the bombing, but remnants of Islamic State remain active in the farmland and orchards around Tarmiyah.""",
 [ev("Tarmiyah", "IQ", "Salahuddin", "explosion", "unknown", "2025-06-09", 3, 12)],
 ("Tarmiy", "IQ", "", 33.67, 44.39, 30))

doc("A07", "2025-07-15", """Houthi missile hits Marib neighbourhood

MARIB, Yemen — A ballistic missile fired by the Houthis struck the Al-Rawdha neighbourhood of Marib city on Sunday, killing five civilians, among them two children, local authorities said.

The missile destroyed two houses and damaged a school, the authorities said in a statement. The wounded were taken to the Marib General Hospital.

Marib, the government's last stronghold in the north, has been the target of a Houthi offensive since 2021.""",
 [ev("Al-Rawdha", "YE", "Marib", "explosion", "Houthis", "2025-07-13", 5)],
 ("Rawdha|Marib|Ma'rib", "YE", "", 15.46, 45.32, 25))

doc("A08", "2025-08-12", """Shelling hits displacement camp outside El Fasher

PORT SUDAN, Sudan — Artillery fire by the paramilitary Rapid Support Forces struck the Abu Shouk camp for displaced people on the northern edge of El Fasher on Monday, killing 14 people, a local rescue group said.

Most of the camp's residents had fled from villages around Tawila and Kutum earlier in the war, the Emergency Response Room said. The injured were carried to the Saudi Hospital in El Fasher, one of the last still working in the city. The army-aligned government spoke of a "massacre" in a statement issued in Port Sudan.""",
 [ev("Abu Shouk", "SD", "Northern Darfur", "explosion", "Rapid Support Forces", "2025-08-11", 14)],
 ("Abu Shouk|Fash", "SD", "Northern Darfur", 13.65, 25.35, 25))

doc("A09", "2025-09-16", """Russian glide bombs hit village near Pokrovsk

KYIV, Ukraine — Russian glide bombs struck the village of Novoselivka, about 15 kilometres west of Pokrovsk, on Sunday afternoon, killing three civilians, the Donetsk regional governor said.

Governor Vadym Filashkin said a house and a shop were destroyed and four people were wounded. Rescue teams worked through the night.

Russian forces have been pressing toward Pokrovsk, a logistics hub in eastern Ukraine, for more than a year.""",
 [ev("Novoselivka", "UA", "Donetsk", "explosion", "Russian military forces", "2025-09-14", 3, 4)],
 ("Novoselivka|Pokrovsk", "UA", "Donetsk", 48.28, 37.00, 35))

doc("A10", "2025-10-14", """Fighting flares near Shan town

YANGON, Myanmar — Fighters of the Ta'ang National Liberation Army clashed with government troops near the town of Kyaukme in northern Shan state on Sunday, killing at least six soldiers, the group said.

The fighting forced hundreds of families to flee toward Hsipaw, residents said. The military, which seized power in 2021, did not comment. The junta has launched counteroffensives to retake towns lost in 2023 and 2024.""",
 [ev("Kyaukme", "MM", "Shan", "battle", "Ta'ang National Liberation Army", "2025-10-12", 6)],
 ("Kyaukme", "MM", "Shan", 22.54, 97.03, 30))

doc("A11", "2025-11-11", """Militants assault army camp in eastern Mali

BAMAKO, Mali (AP) — Jihadist fighters attacked the army camp in Tessit, in the Gao region near the borders with Niger and Burkina Faso, on Sunday, Malian officials said, leaving at least 15 soldiers dead.

Wounded soldiers were evacuated by helicopter to Gao, an officer said on condition of anonymity. The Islamic State Sahel Province claimed the attack. Tessit has been attacked several times since the French withdrew from Mali in 2022.""",
 [ev("Tessit", "ML", "Gao", "battle", "Islamic State Sahel Province", "2025-11-09", 15)],
 ("Tessit", "ML", "Gao", 15.00, 0.95, 40))

doc("A12", "2024-12-10", """M23 seizes Congo mining town

GOMA, Congo — M23 rebels took control of Rubaya, a coltan-mining town in Masisi territory of North Kivu province, on Sunday after two days of fighting with army-allied militias, local officials said.

At least 12 militiamen were killed, a civil society leader in Masisi said. Thousands of people fled toward Sake and Goma, the provincial capital. The United Nations has accused Rwanda of backing the M23, which Kigali denies.""",
 [ev("Rubaya", "CD", "North Kivu", "territory_gain", "M23", "2024-12-08", 12)],
 ("Rubaya|Masisi", "CD", "North Kivu", -1.56, 28.88, 35))

doc("A13", "2025-01-14", """Fano fighters clash with army near Bahir Dar

ADDIS ABABA — Fano militiamen and federal troops fought for several hours in Merawi, a town 30 km south of Bahir Dar in Ethiopia's Amhara region, on Monday, residents said, and at least 10 people were killed.

A health worker at Felege Hiwot hospital in Bahir Dar said five wounded civilians had been brought in. The government in Addis Ababa has declared the Amhara insurgency a law-and-order operation.""",
 [ev("Merawi", "ET", "Amhara", "battle", "Fano", "2025-01-13", 10)],
 ("Merawi|Merawī", "ET", "Amhara", 11.41, 37.16, 30))

doc("A14", "2025-02-11", """Gunmen kill officials in Afghan provincial capital

KABUL (Reuters) - Gunmen shot dead two local officials in Faizabad, the capital of northeastern Badakhshan province, on Sunday, a Taliban spokesman said.

Protests against the Taliban's poppy eradication campaign have erupted in several districts of Badakhshan, and eradication teams have clashed with farmers. The spokesman, speaking in Kabul, blamed "criminals".""",
 [ev("Faizabad", "AF", "Badakhshan", "attack_on_civilians", "unknown", "2025-02-09", 2)],
 ("Faizabad|Fayzabad|Feyzabad", "AF", "Badakhshan", 37.12, 70.58, 30))

doc("A15", "2025-03-18", """RSF shells North Kordofan town

EL OBEID, Sudan — The Rapid Support Forces shelled Um Ruwaba in North Kordofan state on Sunday, killing six civilians, a medical source said.

The paramilitary group has tried for months to cut the road between El Obeid and Kosti. Residents of Um Ruwaba said the shells fell near the town's main mosque.""",
 [ev("Um Ruwaba", "SD", "North Kordofan", "explosion", "Rapid Support Forces", "2025-03-16", 6)],
 ("Ruwaba|Ruwabah|Rawaba", "SD", "North Kordofan", 12.91, 31.21, 30))

doc("A16", "2025-04-08", """Turkish drone strike near Tal Tamr

QAMISHLI, Syria — A Turkish drone struck a car on the outskirts of Tal Tamr in Hasakah province on Saturday, killing three fighters of the Kurdish-led Syrian Democratic Forces, the SDF said.

The SDF said in a statement issued in Qamishli that the car was travelling from Tal Tamr toward Hasakah city.""",
 [ev("Tal Tamr", "SY", "Hasakah", "explosion", "Turkish Armed Forces", "2025-04-05", 3)],
 ("Tamr|Tamer", "SY", "", 36.65, 40.37, 25))

doc("A17", "2025-05-13", """Soldiers clash with BIFF in Maguindanao

COTABATO CITY, Philippines — Soldiers clashed with members of the Bangsamoro Islamic Freedom Fighters in Datu Saudi Ampatuan, a town in Maguindanao del Sur province, on Sunday, leaving four militants dead, an army spokesman said.

One soldier was wounded, the spokesman said. The BIFF, a small breakaway faction that rejected a peace deal with the government, has been blamed for bombings in the area.""",
 [ev("Datu Saudi Ampatuan", "PH", "Autonomous Region in Muslim Mindanao", "battle", "Philippine security forces", "2025-05-11", 4, 1)],
 ("Datu Saudi|Ampatuan", "PH", "", 6.94, 124.45, 30))

doc("A18", "2025-06-10", """Gangs storm Haitian town north of capital

PORT-AU-PRINCE, Haiti (AP) — Gang members attacked Cabaret, a town about 30 kilometers north of Port-au-Prince, on Sunday, killing at least 13 people and setting homes on fire, a local human rights group said.

The attackers came from the Canaan area, the group said. The wounded were driven to a hospital in Arcahaie. Haiti's gangs have expanded beyond the capital into the Ouest and Artibonite departments.""",
 [ev("Cabaret", "HT", "Ouest", "attack_on_civilians", "gang members", "2025-06-08", 13)],
 ("Cabaret", "HT", "Ouest", 18.73, -72.42, 25))

doc("A19", "2025-07-15", """Palestinian shot at checkpoint near Nablus

RAMALLAH, West Bank — Israeli troops shot dead a Palestinian man at the Huwara checkpoint south of Nablus on Monday, the Palestinian Health Ministry said.

The Israeli military said the man had tried to stab soldiers. Palestinian witnesses disputed that account. The ministry spoke in Ramallah.""",
 [ev("Huwara", "PS", "West Bank", "attack_on_civilians", "Israeli security forces", "2025-07-14", 1)],
 ("Huwara|Huwwara|Hawara|Nablus", "PS", "", 32.15, 35.26, 15))

doc("A20", "2025-08-12", """Rockets target base hosting US troops in Iraq

BAGHDAD (AP) — Three rockets hit the Ain al-Asad air base in western Anbar province on Saturday, wounding two contractors, Iraqi security officials said.

The base hosts U.S. troops of the international coalition. No group claimed responsibility. Iran-backed militias have attacked the base repeatedly.""",
 [ev("Ain al-Asad", "IQ", "Anbar", "explosion", "unknown", "2025-08-09", None, 2)],
 ("Asad|Baghdadi|Anbar", "IQ", "Anbar", 33.80, 42.44, 40))

doc("A21", "2025-03-04", """Suicide bomber strikes seminary in northwest Pakistan

PESHAWAR, Pakistan — A suicide bomber blew himself up inside the Darul Uloom Haqqania seminary in Akora Khattak after Friday prayers, killing six people, including the seminary's deputy head, police said.

Fifteen others were wounded and taken to hospitals in Nowshera and Peshawar, the provincial capital, police said. The seminary, known as the "university of jihad", trained many Afghan Taliban leaders.""",
 [ev("Akora Khattak", "PK", "Khyber Pakhtunkhwa", "explosion", "unknown", "2025-02-28", 6, 15)],
 ("Akora|Nowshera", "PK", "Khyber Pakhtunkhwa", 34.00, 72.12, 25))

doc("A22", "2025-09-16", """Blast in Kabul's Dasht-e-Barchi kills four

KABUL, Afghanistan — A bomb attached to a minibus exploded in the Dasht-e-Barchi area of western Kabul on Monday, killing four passengers, police said.

The mainly Hazara neighbourhood has been hit many times by the Islamic State's Afghan branch. A police spokesman said seven people were wounded.""",
 [ev("Dasht-e-Barchi", "AF", "Kabul", "explosion", "unknown", "2025-09-15", 4, 7)],
 ("Barchi|Kabul", "AF", "Kabul", 34.51, 69.11, 15))

doc("A23", "2025-10-14", """Jihadists attack army post in northern Togo

LOME, Togo — Jihadist gunmen attacked a military post in Kpendjal prefecture in Togo's far north on Sunday, killing nine soldiers, the army said in a statement in Lome.

The Savanes region borders Burkina Faso, where groups linked to al Qaeda have been based for years.""",
 [ev("Kpendjal", "TG", "Savanes", "battle", "militants (unidentified)", "2025-10-12", 9)],
 ("Kpendjal|Mandouri|Savanes", "TG", "Savanes", 10.85, 0.85, 70))

doc("A24", "2025-11-11", """Gunmen kill soldiers in Colombia's Catatumbo

BOGOTA (Reuters) - Suspected National Liberation Army rebels attacked a military patrol in Tibu, a municipality in Norte de Santander near the Venezuelan border, on Saturday, killing three soldiers, the army said.

Two wounded soldiers were flown to a hospital in Cucuta. Fighting between the ELN and dissidents of the former FARC has displaced more than 50,000 people in the Catatumbo region this year.""",
 [ev("Tibu", "CO", "Norte de Santander", "battle", "National Liberation Army", "2025-11-08", 3, 2)],
 ("Tibu|Tibú", "CO", "Norte de Santander", 8.64, -72.73, 30))

doc("A25", "2024-12-10", """Cartel gunmen kill five in Chiapas border town

TUXTLA GUTIERREZ, Mexico — Gunmen killed five people in Frontera Comalapa, a town on the border with Guatemala, on Sunday, Chiapas state prosecutors said.

Rival cartels have been fighting for control of smuggling routes in the region, forcing hundreds of residents to flee into Guatemala.""",
 [ev("Frontera Comalapa", "MX", "Chiapas", "attack_on_civilians", "unknown", "2024-12-08", 5)],
 ("Comalapa", "MX", "Chiapas", 15.66, -92.14, 25))

doc("A26", "2025-04-23", """Gunmen kill tourists in Kashmir meadow

SRINAGAR, India — Gunmen opened fire on tourists at Baisaran, a meadow near the resort town of Pahalgam, on Tuesday, killing 26 people, police said.

The wounded were taken to hospitals in Anantnag and Srinagar. Indian officials blamed militants backed by Pakistan, which denied any involvement.""",
 [ev("Baisaran", "IN", "Jammu and Kashmir", "attack_on_civilians", "militants (unidentified)", "2025-04-22", 26)],
 ("Baisaran|Pahalgam", "IN", "Jammu and Kashmir", 34.02, 75.32, 20))

doc("A27", "2025-01-14", """Israeli strike kills two on southern Lebanon road

BEIRUT (AP) — An Israeli drone struck a car on the road between Tyre and Naqoura on Monday, killing two people, Lebanon's state news agency said.

The Israeli military said it had targeted Hezbollah operatives. The strike came despite a ceasefire that took effect in November.""",
 [ev("Tyre", "LB", "South Governorate", "explosion", "Israeli military forces", "2025-01-13", 2)],
 ("Tyre|Sour|Naqoura", "LB", "", 33.20, 35.20, 25))

doc("A28", "2025-02-11", """Boko Haram kills villagers in Cameroon's far north

YAOUNDE, Cameroon — Boko Haram fighters killed six villagers in an overnight raid on Kolofata, near the border with Nigeria, on Sunday, a local official said.

The official, speaking by phone from Mora, said the wounded had been taken to the district hospital there.""",
 [ev("Kolofata", "CM", "Far North", "attack_on_civilians", "Boko Haram", "2025-02-09", 6)],
 ("Kolofata", "CM", "Far North", 11.17, 14.01, 25))

doc("A29", "2025-05-13", """Clashes in Tripoli's Abu Salim

TRIPOLI, Libya — Fighting between rival armed groups in the Abu Salim district of Tripoli on Monday night killed at least six people, the health ministry said.

Residents reported heavy gunfire and explosions. The United Nations mission called for calm.""",
 [ev("Abu Salim", "LY", "Tripoli", "battle", "militias", "2025-05-12", 6)],
 ("Abu Salim|Tripoli", "LY", "", 32.85, 13.18, 15))

doc("A30", "2025-06-10", """Gunmen ambush convoy in Niger

NIAMEY, Niger — Gunmen ambushed an army convoy near Banibangou, in the Tillaberi region, on Saturday, killing 11 soldiers, the defence ministry said in Niamey.""",
 [ev("Banibangou", "NE", "Tillaberi", "battle", "militants (unidentified)", "2025-06-07", 11)],
 ("Banibangou|Tillab", "NE", "", 15.04, 2.70, 50))

# ---------------------------------------------------------------- batch B
# written after the fixes series A led to, before sitrep was run on them;
# not tuned on.
doc("B01", "2025-01-14", """Jihadists strike eastern Burkina town

OUAGADOUGOU (Reuters) - Militants linked to al Qaeda attacked Diapaga, a town in the Tapoa province of eastern Burkina Faso, on Sunday, killing at least 14 soldiers and volunteer fighters, two security sources said.

The wounded were evacuated to Fada N'Gourma, the regional capital, one of the sources said. The junta did not comment on the attack.""",
 [ev("Diapaga", "BF", "Est", "battle", "JNIM", "2025-01-12", 14)],
 ("Diapaga", "BF", "", 12.07, 1.79, 30))

doc("B02", "2025-02-11", """Boko Haram raid on Lake Chad island base

N'DJAMENA, Chad — Boko Haram fighters stormed an army position on Barkaram island in Chad's Lac province overnight into Monday, killing 17 soldiers, the army said in a statement.

President Mahamat Idriss Deby travelled to the area on Monday afternoon. Survivors were flown to the capital for treatment.""",
 [ev("Barkaram", "TD", "Lac", "battle", "Boko Haram", "2025-02-09", 17)],
 ("Barkaram|Lac", "TD", "", 13.60, 14.30, 130))

doc("B03", "2025-03-18", """Bandits kill 15 in Sokoto

SOKOTO, Nigeria — Armed bandits killed 15 villagers in Sabon Birni local government area of Sokoto State on Saturday, a police spokesman said in Sokoto on Monday.

"The attackers came in large numbers on motorcycles," he said. Residents said some victims had fled from Isa, across the state border, months earlier.""",
 [ev("Sabon Birni", "NG", "Sokoto", "attack_on_civilians", "bandits", "2025-03-15", 15)],
 ("Sabon Birni", "NG", "Sokoto", 13.57, 6.25, 50))

doc("B04", "2025-04-08", """Suicide bomber hits police station near Mogadishu

A suicide bomber blew himself up at a police station in Balcad, a town 30 kilometres north of Mogadishu, on Monday, killing seven officers, a police commander said.

Al-Shabaab said it carried out the attack. The wounded were taken to Erdogan hospital in Mogadishu.""",
 [ev("Balcad", "SO", "Shabeellaha Dhexe", "explosion", "al-Shabaab", "2025-04-07", 7)],
 ("Balcad|Balad", "SO", "", 2.36, 45.39, 30))

doc("B05", "2025-05-13", """Shelling kills children in Hodeidah district

ADEN, Yemen — Houthi shelling killed four children in Hays district of Hodeidah province on Sunday, the Yemeni government's human rights ministry said in Aden.

Three more children were wounded when a shell landed near their home, the ministry said. The Houthis did not comment.""",
 [ev("Hays", "YE", "Al Hudaydah", "explosion", "Houthis", "2025-05-11", 4, 3)],
 ("Hays", "YE", "", 13.93, 43.48, 30))

doc("B06", "2025-06-10", """Clashes erupt in Damascus suburb

DAMASCUS — Gunmen clashed with members of the new government's security forces in Jaramana, a mainly Druze suburb southeast of Damascus, on Sunday night, leaving nine people dead, a war monitor said.

The fighting spread briefly to Sahnaya, the Syrian Observatory for Human Rights said. Druze leaders in Sweida called for calm.""",
 [ev("Jaramana", "SY", "Rif Dimashq", "battle", "militants (unidentified)", "2025-06-08", 9)],
 ("Jaramana|Jaramānā", "SY", "", 33.49, 36.35, 15))

doc("B07", "2025-07-15", """Bomb kills three in northern Iraqi town

KIRKUK, Iraq — A bomb planted in a parked car exploded in a market in Tuz Khormato on Monday, killing three people and wounding nine, a local official said.

The town, in Salahuddin province, has a mixed Turkmen, Kurdish and Arab population. The wounded were taken to Kirkuk.""",
 [ev("Tuz Khormato", "IQ", "Salahuddin", "explosion", "unknown", "2025-07-14", 3, 9)],
 ("Tuz|Khurm|Khorm", "IQ", "", 34.88, 44.63, 25))

doc("B08", "2025-08-12", """RSF fighters storm Gezira village

PORT SUDAN — Fighters of the Rapid Support Forces stormed Wad al-Nourah, a village near Managil in Al-Jazirah state, on Sunday, killing more than 40 villagers, activists said.

Survivors who fled to Managil said the attackers used heavy weapons. The Sovereign Council in Port Sudan condemned the killings.""",
 [ev("Wad al-Nourah", "SD", "Al Jazirah", "attack_on_civilians", "Rapid Support Forces", "2025-08-10", 40)],
 ("Nour|Nur|Managil|Manaqil|Jazirah|Gezira", "SD", "", 14.25, 32.98, 90))

doc("B09", "2025-09-16", """Fighting in South Sudan's Upper Nile

JUBA — Fighting between the army and the White Army militia in Nasir, in Upper Nile state, killed at least 20 people on Saturday, a local official said.

The wounded were carried by boat to Malakal, the state capital, he said. The United Nations mission urged both sides to stop.""",
 [ev("Nasir", "SS", "Upper Nile", "battle", "White Army", "2025-09-13", 20)],
 ("Nasir", "SS", "", 8.60, 33.07, 30))

doc("B10", "2025-10-14", """Russian drones hit town opposite nuclear plant

ZAPORIZHZHIA, Ukraine — Russian drones struck Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear power plant, on Monday, killing two people, the regional governor said.

Russian forces in Enerhodar, the plant's town, have shelled Nikopol almost daily since 2022.""",
 [ev("Nikopol", "UA", "Dnipropetrovsk", "explosion", "Russian military forces", "2025-10-13", 2)],
 ("Nikopol", "UA", "", 47.57, 34.39, 20))

doc("B11", "2025-11-11", """Air strike on Sagaing market kills 11

An air strike by Myanmar's military on a market in Tabayin township, in the central Sagaing region, killed 11 civilians on Sunday, a local resistance group said.

The junta has bombed villages across Sagaing, a stronghold of resistance to its 2021 coup.""",
 [ev("Tabayin", "MM", "Sagaing", "explosion", "Myanmar military", "2025-11-09", 11)],
 ("Tabayin|Depayin|Sagaing", "MM", "", 22.69, 95.35, 60))

doc("B12", "2024-12-10", """Insurgents behead villagers in Cabo Delgado

MAPUTO, Mozambique — Islamic State-linked insurgents beheaded five villagers in Muatide, a village in Muidumbe district of Cabo Delgado province, on Saturday, local sources said.

Families fled toward Mueda, the district's neighbour to the north, the sources said.""",
 [ev("Muatide", "MZ", "Cabo Delgado", "attack_on_civilians", "Islamic State Mozambique Province", "2024-12-07", 5)],
 ("Muatide|Muidumbe", "MZ", "Cabo Delgado", -11.80, 39.85, 60))

doc("B13", "2025-01-14", """Militia attack on Ituri camp kills 20

BUNIA, Congo — CODECO militiamen armed with machetes and guns attacked the Plaine Savo camp for displaced people near Bule, in Djugu territory, on Sunday night, killing at least 20 people, a local official said.

The wounded were taken to the hospital in Bule and to Bunia, the provincial capital.""",
 [ev("Plaine Savo", "CD", "Ituri", "attack_on_civilians", "CODECO", "2025-01-12", 20)],
 ("Savo|Bule|Djugu", "CD", "Ituri", 1.85, 30.40, 60))

doc("B14", "2025-02-11", """Gunmen kill bus passengers in western Ethiopia

ADDIS ABABA — Gunmen shot dead nine passengers on a bus near Gimbi, a town in the West Wollega zone of Oromia, on Monday, residents said.

Residents blamed the Oromo Liberation Army, which the government calls Shene. The group denied involvement in a statement.""",
 [ev("Gimbi", "ET", "Oromiya", "attack_on_civilians", "Oromo Liberation Army", "2025-02-10", 9)],
 ("Gimbi", "ET", "", 9.17, 35.83, 30))

doc("B15", "2025-03-18", """Roadside bomb hits Kenyan police truck

NAIROBI — A roadside bomb hit a police truck on the road between Mandera and Elwak in northeastern Kenya on Sunday, killing four officers, police said.

Police blamed al-Shabaab militants who cross from Somalia.""",
 [ev("Mandera", "KE", "Mandera", "explosion", "al-Shabaab", "2025-03-16", 4)],
 ("Mandera|Elwak|El Wak", "KE", "", 3.40, 41.40, 110))

doc("B16", "2025-04-08", """Militants attack train in Balochistan

QUETTA, Pakistan — Separatist militants opened fire on a passenger train near Mach, in Balochistan's Bolan district, on Sunday, killing six passengers and two guards, railway officials said.

The Baloch Liberation Army claimed the attack. The wounded were brought to Quetta's Civil Hospital.""",
 [ev("Mach", "PK", "Balochistan", "attack_on_civilians", "Baloch Liberation Army", "2025-04-06", 8)],
 ("Mach|Bolan|Kachhi", "PK", "Balochistan", 29.87, 67.33, 50))

doc("B17", "2025-05-13", """Blast at mosque in northern Afghanistan

KABUL — A bomb exploded during Friday prayers at a mosque in Pul-i-Khumri, the capital of Baghlan province, killing five worshippers, a Taliban police spokesman said.

The Islamic State's regional affiliate has attacked mosques of the Shiite minority in the north. A spokesman in Islamabad condemned the bombing.""",
 [ev("Pul-i-Khumri", "AF", "Baghlan", "explosion", "unknown", "2025-05-09", 5)],
 ("Khumri|Khomri", "AF", "Baghlan", 35.94, 68.71, 25))

doc("B18", "2025-06-10", """Gunfight in Manipur's Jiribam

IMPHAL, India — Suspected militants and security forces exchanged fire in Jiribam district, near the border with Assam, on Sunday, and two militants were killed, police said.

An injured policeman was taken to a hospital in Silchar, across the state border in Assam.""",
 [ev("Jiribam", "IN", "Manipur", "battle", "Indian security forces", "2025-06-08", 2)],
 ("Jiribam", "IN", "Manipur", 24.80, 93.11, 40))

doc("B19", "2025-07-15", """Grenade blast at Mindanao market

COTABATO CITY, Philippines — A grenade exploded at a public market in the town of Sultan Kudarat, in Maguindanao del Norte province, on Saturday, wounding eight people, police said.

The town lies across the Rio Grande de Mindanao from Cotabato City.""",
 [ev("Sultan Kudarat", "PH", "Autonomous Region in Muslim Mindanao", "explosion", "unknown", "2025-07-12", None, 8)],
 ("Sultan Kudarat|Nuling", "PH", "", 7.23, 124.25, 25))

doc("B20", "2025-08-12", """Rebels attack Colombian army base

CUCUTA, Colombia — National Liberation Army rebels attacked an army base in El Tarra, in the Catatumbo region of Norte de Santander, on Saturday, killing two soldiers, the army said in Cucuta.""",
 [ev("El Tarra", "CO", "Norte de Santander", "battle", "National Liberation Army", "2025-08-09", 2)],
 ("Tarra", "CO", "Norte de Santander", 8.58, -73.09, 30))

doc("B21", "2025-09-16", """Gunmen kill seven at bar in Guanajuato

MEXICO CITY — Gunmen opened fire in a bar in Salamanca, in the central state of Guanajuato, on Sunday night, killing seven people, state prosecutors said.

Guanajuato has been the most violent state in Mexico for several years as cartels fight over fuel theft and drug routes.""",
 [ev("Salamanca", "MX", "Guanajuato", "attack_on_civilians", "unknown", "2025-09-14", 7)],
 ("Salamanca", "MX", "Guanajuato", 20.57, -101.19, 25))

doc("B22", "2025-10-14", """Gangs overrun Haitian town

PORT-AU-PRINCE (AP) — Gang members attacked Mirebalais, a town in Haiti's Centre department, on Sunday, freeing hundreds of inmates from its prison and killing at least 10 people, officials said.

Thousands of residents fled toward Hinche and Lascahobas, officials said.""",
 [ev("Mirebalais", "HT", "Centre", "attack_on_civilians", "Viv Ansanm", "2025-10-12", 10)],
 ("Mirebalais", "HT", "Centre", 18.83, -72.10, 25))

doc("B23", "2025-11-11", """Israeli strike on south Lebanon town

BEIRUT — An Israeli drone strike on a motorcycle in Nabatiyeh on Sunday killed one man, Lebanon's health ministry said.

The Israeli army said it had struck a Hezbollah member. Strikes have continued despite the ceasefire.""",
 [ev("Nabatiyeh", "LB", "Nabatieh", "explosion", "Israeli military forces", "2025-11-09", 1)],
 ("Nabat", "LB", "", 33.38, 35.48, 20))

doc("B24", "2024-12-10", """Militias clash west of Tripoli

TRIPOLI, Libya — Rival militias clashed in Zawiya, 45 km west of Tripoli, on Sunday, killing five fighters and a civilian, the emergency medicine centre said.

Residents said the fighting centred on the city's oil refinery.""",
 [ev("Zawiya", "LY", "Az Zawiyah", "battle", "militias", "2024-12-08", 6)],
 ("Zawiya|Zawiyah", "LY", "", 32.76, 12.73, 20))

doc("B25", "2025-01-14", """Separatists kill four in Cameroon's North-West

BAMENDA, Cameroon — Anglophone separatist fighters killed four people in Ndop, in the North-West region, on Sunday, a local official said. The official spoke from Bamenda, the regional capital.""",
 [ev("Ndop", "CM", "North-West", "attack_on_civilians", "Ambazonian separatists", "2025-01-12", 4)],
 ("Ndop", "CM", "North-West", 5.98, 10.42, 25))

doc("B26", "2025-02-11", """Soldiers killed in western Niger

NIAMEY — Gunmen killed 10 soldiers in an attack on an army post near Tillia, in the Tahoua region, on Saturday, the defence ministry said on state television.""",
 [ev("Tillia", "NE", "Tahoua", "battle", "militants (unidentified)", "2025-02-08", 10)],
 ("Tillia", "NE", "Tahoua", 16.13, 4.79, 30))

doc("B27", "2025-03-18", """Rebels and troops clash in Central African Republic

BANGUI — Rebels of the Popular Front for the Rebirth of Central Africa clashed with government troops and their Russian allies near N'Dele, in the Bamingui-Bangoran prefecture, on Sunday, leaving 12 people dead, a local official said.""",
 [ev("N'Dele", "CF", "Bamingui-Bangoran", "battle", "FPRC", "2025-03-16", 12)],
 ("Dele|Ndele|Ndélé", "CF", "", 8.41, 20.65, 30))

doc("B28", "2025-04-08", """Strike on Gaza school shelter

GAZA — An Israeli air strike hit a school sheltering displaced families in the Tuffah neighbourhood of Gaza City on Sunday, killing 11 people, the civil defence agency said.

Many of the families had fled from Beit Hanoun and Jabalia in the north. The wounded were taken to al-Ahli hospital.""",
 [ev("Tuffah", "PS", "Gaza Strip", "explosion", "Israeli military forces", "2025-04-06", 11)],
 ("Tuffah|Gaza", "PS", "", 31.51, 34.47, 10))

# -------------------------------------------------------------------- write
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as d, \
     open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as g, \
     open(os.path.join(here, "expect.jsonl"), "w", encoding="utf-8") as x:
    for i, pub, text, events, expect in R:
        d.write(json.dumps({"id": i, "published": pub, "text": text}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"id": i, "published": pub, "events": events, "figures": []}, ensure_ascii=False) + "\n")
        if expect:
            p, c, a, lat, lon, km = expect
            x.write(json.dumps({"id": i, "place": p, "country": c, "admin1": a, "lat": lat, "lon": lon, "km": km}, ensure_ascii=False) + "\n")
