# Batch A: written with its gold before sitrep was run on it.
doc("A01", "2026-03-03", """Jihadists kill 14 soldiers in central Mali ambush

BAMAKO, March 3 - Fourteen Malian soldiers were killed on Monday when their convoy was ambushed by fighters of the al Qaeda-linked group JNIM near Boni in the Mopti region, two security sources said.

The attackers burned three vehicles and carried off weapons and ammunition, one of the sources said.

Mali's army said in a statement on Tuesday that its troops had repelled "a complex terrorist attack" and lost "several" men, without giving a figure.

JNIM, formally Jama'at Nusrat al-Islam wal-Muslimin, has stepped up attacks on the army and its Russian allies since 2024, and has blockaded fuel convoys bound for the capital.""",
 [ev("Boni", B, "Armed clash", "JNIM", "Malian Armed Forces", "2026-03-02", 14, country="ML")])

doc("A02", "2026-04-14", """Dozens killed in attack on army post in northern Burkina Faso

OUAGADOUGOU, April 14 - Suspected jihadists stormed a military detachment in Djibo in northern Burkina Faso on Sunday, killing at least 23 soldiers and volunteer auxiliaries, three security sources said.

Hundreds of assailants on motorbikes overwhelmed the post after a two-hour gun battle, one of the sources said. The government has not commented.

The Islamic State Sahel Province claimed the attack on Monday in a statement carried by its Amaq news agency, publishing photographs of seized weapons.

Burkina Faso's junta, which took power in 2022, has struggled to contain insurgents who control large parts of the country.""",
 [ev("Djibo", B, "Armed clash", "Islamic State", "Burkinabe security forces", "2026-04-12", 23, country="BF")])

doc("A03", "2026-06-09", """Bandits abduct more than 40 villagers in Zamfara

GUSAU, Nigeria, June 9 - More than 40 people, mostly women and children, were abducted by armed bandits who invaded Kairu village in Maru local government area of Zamfara State on Saturday night, residents said on Monday.

"They came on more than 50 motorcycles, shooting in the air, and went from house to house," said one resident, who asked not to be named.

A police spokesman confirmed the attack and said a rescue operation was under way. Kidnapping for ransom has become a lucrative business for armed gangs across north-west Nigeria.""",
 [ev("Kairu", V, "Abduction/forced disappearance", "bandits", "civilians", "2026-06-06", country="NG")])

doc("A04", "2026-03-04", """Five soldiers killed as jihadists attack base in northeast Nigeria

MAIDUGURI, March 4 - Troops of Operation Hadin Kai repelled an attack on their base in Marte, Borno State, in the early hours of Tuesday, the army said, but five soldiers were killed.

The assault was launched by fighters of the Islamic State West Africa Province (ISWAP), who arrived in gun trucks and used drones to drop explosives on the base, two military sources said.

The army said "scores of terrorists" were killed in the fighting. The figure could not be independently verified.

ISWAP split from Boko Haram in 2016 and has since become the dominant jihadist group around Lake Chad.""",
 [ev("Marte", B, "Armed clash", "Boko Haram", "Nigerian security forces", "2026-03-03", 5, country="NG")])

doc("A05", "2026-05-20", """Drone strike on market in Sudan's El Obeid kills 19

PORT SUDAN, May 20 - A drone strike hit a crowded market in El Obeid, the capital of North Kordofan state, on Monday, killing 19 civilians and wounding 40 others, a medical source said.

The state government, which is aligned with the army, blamed the paramilitary Rapid Support Forces, which has been advancing on the city for weeks. The RSF did not respond to a request for comment.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million.""",
 [ev("El Obeid", E, "Air/drone strike", "Rapid Support Forces", "civilians", "2026-05-18", 19, 40, country="SD")])

doc("A06", "2026-05-20", """Air strike on Nyala neighbourhood kills 12, lawyers group says

At least 12 people were killed in an air strike attributed to the Sudanese army on a residential district of Nyala, South Darfur, on Tuesday, the Emergency Lawyers group said.

The group said the dead included three children and that several houses were destroyed.

Nyala has been the seat of the RSF's parallel administration since last year and is regularly targeted by army drones and warplanes. The army does not usually comment on individual strikes.""",
 [ev("Nyala", E, "Air/drone strike", "Sudanese Armed Forces", "civilians", "2026-05-19", 12, country="SD")])

doc("A07", "2026-03-04", """Eleven soldiers killed in attack on South Sudan garrison

JUBA, March 4 - Eleven soldiers were killed when an army garrison in Nasir, Upper Nile state, was attacked on Sunday, military spokesman Lul Ruai Koang said, blaming the SPLA-IO, the armed wing of the party of suspended First Vice President Riek Machar.

The SPLA-IO denied involvement and said the attack had been carried out by local youths.

The fighting has raised fears of a return to the civil war of 2013-2018, which killed an estimated 400,000 people.""",
 [ev("Nasir", B, "Armed clash", "SPLA-IO", "South Sudanese security forces", "2026-03-01", 11, country="SS")])

doc("A08", "2026-04-15", """Drone strike kills 30 at wedding in Ethiopia's Amhara region

ADDIS ABABA, April 15 - A drone strike killed at least 30 people at a wedding near the town of Dabat, north of Gondar, on Monday, residents and a health worker said.

They blamed the strike on the Ethiopian National Defense Force, which has used drones extensively against Fano militias in the region since fighting broke out in 2023.

A government spokesman did not respond to requests for comment. Fano fighters have controlled much of the countryside around Dabat for months.""",
 [ev("Dabat", E, "Air/drone strike", "Ethiopian security forces", "civilians", "2026-04-13", 30, country="ET")])

doc("A09", "2026-07-01", """Somali troops retake central town from al Shabaab

MOGADISHU, July 1 - Somali troops backed by local Macawisley militias recaptured the town of Moqokori in Hiran region from al Shabaab on Tuesday after heavy fighting, a regional official said.

"The town is now under the full control of the government," district commissioner Abdi Hassan told reporters by phone.

The al Qaeda-linked group overran Moqokori and several nearby villages in March in an offensive that reversed many of the gains made by government forces in 2022 and 2023.""",
 [ev("Moqokori", T, "Government regains territory", "Somali security forces", "al-Shabaab", "2026-06-30", country="SO")])

doc("A10", "2026-06-09", """At least 38 killed in attack blamed on ADF in eastern Congo

BENI, Congo, June 9 - At least 38 civilians were killed on Sunday night in an attack blamed on the Allied Democratic Forces (ADF) in the village of Mayikengo in Lubero territory, North Kivu province, local civil society leaders said.

The attackers used machetes and guns and set fire to houses, said Samuel Kagheni, a local official. Dozens of residents are missing.

The ADF, a Ugandan group that pledged allegiance to Islamic State in 2019, has killed thousands of civilians in eastern Congo despite joint operations by the Congolese and Ugandan armies.""",
 [ev("Mayikengo", V, "Attack", "ADF", "civilians", "2026-06-07", 38, country="CD")])

doc("A11", "2026-03-10", """M23 rebels seize town in South Kivu after clashes with militias

GOMA, March 10 - Rebels of the AFC/M23 alliance took control of the town of Mulamba in South Kivu's Walungu territory on Monday after driving out Wazalendo fighters, residents and a local official said.

The Wazalendo, pro-government militias that have fought alongside the Congolese army, withdrew towards the forest after several hours of fighting, the residents said.

M23 spokesman Lawrence Kanyuka said on X that the rebels had "liberated" the area.""",
 [ev("Mulamba", T, "Non-state actor overtakes territory", "M23", "Wazalendo", "2026-03-09", country="CD")])

doc("A12", "2026-04-15", """Four gendarmes killed in Cameroon's restive Northwest

YAOUNDE, April 15 - Four gendarmes were shot dead at a checkpoint in Bamenda on Tuesday by armed separatists, who also set their vehicle on fire, the regional governor said.

The governor condemned what he called a "cowardly terrorist act" and said reinforcements had been sent to the area.

Separatists in Cameroon's English-speaking regions have been fighting since 2017 for an independent state they call Ambazonia. The conflict has killed more than 6,000 people.""",
 [ev("Bamenda", B, "Armed clash", "Anglophone separatists", "Cameroonian security forces", "2026-04-14", 4, country="CM")])

doc("A13", "2026-05-20", """Houthi missile hits displacement camp in Yemen's Marib

ADEN, May 20 - A ballistic missile fired by the Houthis struck a camp for displaced people in Marib province on Tuesday, killing six people and wounding 20, the government's health office said.

The Iran-aligned group, which controls the capital Sanaa and much of the north, did not comment.

Marib, the government's last stronghold in the north, has been the scene of repeated Houthi offensives since 2020.""",
 [ev("Marib", E, "Shelling/artillery/missile attack", "Houthis", "civilians", "2026-05-19", 6, 20, country="YE")])

doc("A14", "2026-08-12", """Three Syrian security personnel killed at checkpoint in Deir ez-Zor

DAMASCUS, Aug 12 - Three members of the General Security forces were killed on Monday in an attack on a checkpoint near Mayadin in eastern Deir ez-Zor province by gunmen believed to be Islamic State militants, the interior ministry said.

The attackers fled into the desert, the ministry said, adding that a search was under way.

Islamic State cells have stepped up attacks in eastern Syria since the fall of President Bashar al-Assad in December 2024.""",
 [ev("Mayadin", B, "Armed clash", "Islamic State", "Syrian government forces", "2026-08-10", 3, country="SY")])

doc("A15", "2026-03-04", """Strike on tent in southern Gaza kills nine, civil defence says

GAZA, March 4 - Nine people, including four children, were killed when a tent sheltering displaced families in al-Mawasi, west of Khan Younis, was hit before dawn on Monday, civil defence officials said.

The Israeli military said it had targeted a commander of Hamas's armed wing who was planning attacks on its troops, and that it had taken steps to reduce harm to civilians.

Hamas called the strike a "massacre" and a violation of the ceasefire.""",
 [ev("al-Mawasi", E, "Air/drone strike", "Israeli security forces", "civilians", "2026-03-02", 9, country="PS")])

doc("A16", "2026-04-15", """Settlers torch homes in West Bank village, man shot dead

RAMALLAH, April 15 - Dozens of settlers, some of them masked, set fire to homes and cars in the Palestinian village of Turmus Ayya near Ramallah on Sunday night and a 40-year-old man was shot dead, the Palestinian health ministry said.

Residents said Israeli soldiers who arrived afterwards fired tear gas at villagers trying to put out the fires. The Israeli military said it was looking into the incident.

Settler attacks on Palestinians have risen sharply since the start of the Gaza war in October 2023, according to UN figures.""",
 [ev("Turmus Ayya", V, "Attack", "Israeli settlers", "civilians", "2026-04-12", 1, country="PS")])

doc("A17", "2026-06-09", """Glide bombs kill four in Zaporizhzhia

KYIV, June 9 - Four people were killed and 17 wounded when guided aerial bombs hit an industrial area of Zaporizhzhia on Tuesday, regional governor Ivan Fedorov said, accusing Moscow of targeting civilians.

Photographs released by emergency services showed a burning warehouse and damaged apartment blocks nearby.

Russia, which has occupied part of the Zaporizhzhia region since 2022, says it does not target civilians.""",
 [ev("Zaporizhzhia", E, "Air/drone strike", "Russian armed forces", "civilians", "2026-06-09", 4, 17, country="UA")])

doc("A18", "2026-07-01", """Three police killed in attack on station in northwest Pakistan

PESHAWAR, July 1 - Militants armed with rifles and grenades attacked a police station in Bannu district of Khyber Pakhtunkhwa late on Monday, killing three policemen, police said.

The attack was claimed by the Hafiz Gul Bahadur group, a Pakistani Taliban faction based in North Waziristan.

Police blamed "khawarij", the term the government uses for militants it says are backed by Afghanistan. Attacks on security forces in the province have surged since 2023.""",
 [ev("Bannu", B, "Armed clash", "Hafiz Gul Bahadur group", "Pakistani security forces", "2026-06-29", 3, country="PK")])

doc("A19", "2026-07-01", """Gunmen kill nine bus passengers in Balochistan

QUETTA, July 1 - Gunmen stopped two buses on the highway near Kalat in Balochistan late on Tuesday, checked the passengers' identity cards and shot dead nine men from Punjab province, officials said.

The Baloch Liberation Front said in a statement that its fighters had carried out the attack.

Baloch separatists have long accused the state of exploiting the province's gas and mineral wealth.""",
 [ev("Kalat", V, "Attack", "Baloch Liberation Front", "civilians", "2026-06-30", 9, country="PK")])

doc("A20", "2026-03-04", """Maoist blast kills nine in Chhattisgarh

RAIPUR, March 4 - Eight District Reserve Guard personnel and their driver were killed on Monday when Maoists blew up their vehicle with an improvised explosive device in Bijapur district of Chhattisgarh, police said.

The personnel were returning from an operation in the forests near the Telangana border, a senior officer said.

Home Minister Amit Shah has vowed to end the decades-old Maoist insurgency by March 2026.""",
 [ev("Bijapur", E, "Remote explosive/landmine/IED", "Maoists", "Indian security forces", "2026-03-02", 9, country="IN")])

doc("A21", "2026-06-09", """Two farmers shot dead in Manipur

IMPHAL, June 9 - Two farmers were killed on Monday when suspected Kuki militants opened fire from the hills on people working in paddy fields at Phubala in Bishnupur district, police said.

Security forces returned fire and a search operation was launched, a police officer said.

More than 250 people have been killed in ethnic violence between the Meitei and Kuki-Zo communities since May 2023.""",
 [ev("Phubala", V, "Attack", "Kuki militants", "civilians", "2026-06-08", 2, country="IN")])

doc("A22", "2026-07-01", """Air strike on monastery kills 22 in Myanmar's Sagaing

At least 22 people, among them children, were killed when a fighter jet bombed a monastery where villagers were sheltering in Lin Ta Lu in Sagaing region early on Friday, a local resistance group and residents said.

The junta, which seized power in a 2021 coup, did not respond to requests for comment. It has increasingly relied on air power as it loses ground to armed groups.""",
 [ev("Lin Ta Lu", E, "Air/drone strike", "Myanmar security forces", "civilians", "2026-06-26", 22, country="MM")])

doc("A23", "2026-08-12", """Arakan Army says it has captured port town of Kyaukphyu

YANGON, Aug 12 - The Arakan Army said on Monday it had seized Kyaukphyu, home to Chinese-backed oil and gas projects, after weeks of fighting with junta troops.

The rebel group said in a statement that it had taken control of the town's last military base. The military did not respond to requests for comment.

The ethnic armed group now controls most of Rakhine state.""",
 [ev("Kyaukphyu", T, "Non-state actor overtakes territory", "Arakan Army", "Myanmar security forces", "2026-08-10", country="MM")])

doc("A24", "2026-05-20", """Two soldiers killed in rebel ambush in Northern Samar

MANILA, May 20 - Two soldiers were killed and three wounded when communist rebels ambushed an army patrol in the village of Mahagnao in Las Navas town, Northern Samar, on Sunday, the military said.

The troops had been sent to the area after residents reported the presence of armed men, the army's 8th Infantry Division said.

The New People's Army has waged one of Asia's longest-running insurgencies since 1969.""",
 [ev("Mahagnao", B, "Armed clash", "New People's Army", "Philippine security forces", "2026-05-17", 2, 3, country="PH")])

doc("A25", "2026-03-04", """Drone attack on police station in Colombia's Catatumbo wounds six

BOGOTA, March 4 - An explosives-laden drone hit a police station in Tibu in Norte de Santander province on Saturday, wounding six police officers, authorities said.

The defence ministry blamed the National Liberation Army (ELN), which has been fighting FARC dissidents for control of the Catatumbo region since January last year.

The ELN has not commented.""",
 [ev("Tibu", E, "Air/drone strike", "ELN", "Colombian security forces", "2026-02-28", None, 6, country="CO")])

doc("A26", "2026-04-15", """Four police officers killed in ambush in Michoacan

MEXICO CITY, April 15 - Four state police officers were killed when alleged members of the Jalisco New Generation Cartel ambushed their patrol near Apatzingan, Michoacan, on Tuesday, the state security ministry said.

The gunmen used armoured vehicles and explosives, the ministry said.

Michoacan has been the scene of years of fighting between the CJNG and rival groups for control of drug routes and extortion rackets.""",
 [ev("Apatzingan", B, "Armed clash", "Jalisco New Generation Cartel", "Mexican security forces", "2026-04-14", 4, country="MX")])

doc("A27", "2026-05-20", """Gang kills 17 in attack on Haitian town, UN says

PORT-AU-PRINCE, May 20 - Members of the Gran Grif gang killed at least 17 people in an attack on the town of Pont-Sonde in the Artibonite region on Monday, the UN human rights office said.

The attackers set fire to homes and forced hundreds of residents to flee, it said.

Gran Grif is part of the Viv Ansanm coalition of gangs, which the United States designated a terrorist organisation last year.""",
 [ev("Pont-Sonde", V, "Attack", "Gran Grif", "civilians", "2026-05-18", 17, country="HT")])

doc("A28", "2026-08-12", """Eight shot dead at cockfight in southern Ecuador

QUITO, Aug 12 - Gunmen believed to belong to the Los Lobos gang opened fire at a cockfighting ring in Pasaje in El Oro province on Sunday, killing eight people, police said.

The police said the attack was linked to a dispute over drug trafficking routes. Ecuador's homicide rate has soared as gangs fight over cocaine routes to the Pacific ports.""",
 [ev("Pasaje", V, "Attack", "Los Lobos", "civilians", "2026-08-09", 8, country="EC")])

doc("A29", "2026-06-09", """Insurgents kill six villagers in Mozambique's Cabo Delgado

MAPUTO, June 9 - Insurgents linked to the Islamic State group killed six villagers, beheading some of them, in an attack on the village of Nanduli in Ancuabe district, Cabo Delgado province, on Saturday, local sources said.

The Islamic State claimed the attack on its Telegram channels. Hundreds of residents fled to the district town.

The insurgency, which began in 2017, has killed more than 6,000 people.""",
 [ev("Nanduli", V, "Attack", "Islamic State", "civilians", "2026-06-06", 6, country="MZ")])

doc("A30", "2026-09-23", """Suicide bombing in Kabul kills five

KABUL, Sept 23 - A suicide bomber blew himself up near the Ministry of Urban Development in Kabul on Tuesday, killing five people and wounding 12, a police spokesman said.

Islamic State Khorasan Province, the group's regional affiliate, claimed the bombing in a statement. Most of the victims were employees of the ministry.

The Taliban government says it has largely defeated the group.""",
 [ev("Kabul", E, "Suicide bomb", "Islamic State", "civilians", "2026-09-22", 5, 12, country="AF")])
