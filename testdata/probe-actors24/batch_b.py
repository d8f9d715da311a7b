# Batch B: written after the fixes, with its gold, before sitrep was run on it.
doc("B01", "2026-10-14", """Gunmen kill 11 in raid on village in Niger's Tillaberi

NIAMEY, Oct 14 - Eleven civilians were killed on Sunday when gunmen on motorcycles raided the village of Sakoira in the Tillaberi region, local officials said.

The assailants also stole cattle and burned granaries before fleeing towards the Malian border, one official said.

Authorities blamed the Islamic State Sahel Province, which has carried out a string of massacres in the area this year. There was no claim of responsibility.""",
 [ev("Sakoira", V, "Attack", "Islamic State", "civilians", "2026-10-11", 11, country="NE")])

doc("B02", "2026-10-14", """Nigerian air force strike kills bandit leader, residents say civilians also died

KANO, Nigeria, Oct 14 - At least 15 people were killed when a military aircraft bombed a forest camp near Dansadau in Zamfara State on Monday, residents and a local official said.

The Nigerian Air Force said in a statement that it had struck a hideout of a notorious bandit kingpin and "neutralised" dozens of his fighters.

Residents said some of the dead were farmers who had been forced to work for the gang. Amnesty International called for an investigation.""",
 [ev("Dansadau", E, "Air/drone strike", "Nigerian security forces", "bandits", "2026-10-12", 15, country="NG")])

doc("B03", "2026-10-14", """RSF attack on displacement camp near El Fasher kills 40

PORT SUDAN, Oct 14 - At least 40 people were killed when fighters of the paramilitary Rapid Support Forces stormed the Abu Shouk displacement camp on the outskirts of El Fasher on Saturday, a local resistance committee said.

The committee said the attackers went from shelter to shelter shooting men and boys. The RSF denied targeting civilians and said its forces had fought army-allied Joint Forces in the camp.

The United Nations has warned of atrocities in North Darfur, where the RSF has besieged El Fasher for more than a year.""",
 [ev("Abu Shouk", V, "Attack", "Rapid Support Forces", "civilians", "2026-10-10", 40, country="SD")])

doc("B04", "2026-10-14", """South Sudan opposition says army gunship killed 18 in Jonglei

JUBA, Oct 14 - Eighteen people, including women and children, were killed when a helicopter gunship bombed the town of Lankien in Jonglei state on Tuesday, the opposition SPLM-IO said.

The party accused the South Sudan People's Defence Forces of deliberately targeting civilians. Army spokesman Lul Ruai Koang said the operation had targeted positions of the White Army militia.

Aid agencies said a hospital run by Medecins Sans Frontieres was also damaged.""",
 [ev("Lankien", E, "Air/drone strike", "South Sudanese security forces", "civilians", "2026-10-13", 18, country="SS")])

doc("B05", "2026-10-14", """Fano fighters ambush army convoy in Ethiopia's Amhara

ADDIS ABABA, Oct 14 - Fano militiamen ambushed a convoy of federal troops on the road between Bahir Dar and Gondar on Monday, killing at least 12 soldiers, two local officials and a health worker said.

A spokesman for the Amhara Fano National Movement said its fighters had also seized weapons and two military trucks. The government did not comment.

The conflict in Amhara began in August 2023 after the federal government moved to disband regional special forces.""",
 [ev("Bahir Dar", B, "Armed clash", "Fano", "Ethiopian security forces", "2026-10-12", 12, country="ET", opt=False)])

doc("B06", "2026-10-14", """Al Shabaab claims mortar attack on Mogadishu base

MOGADISHU, Oct 14 - Mortar shells hit an African Union base near Mogadishu's airport on Tuesday, wounding five peacekeepers, a security official said.

Al Shabaab said on its Andalus radio that its fighters had fired the mortars.

The AU mission, known as AUSSOM, replaced its predecessor in January 2025 and has struggled with funding shortfalls.""",
 [ev("Mogadishu", E, "Shelling/artillery/missile attack", "al-Shabaab", "AMISOM", "2026-10-13", None, 5, country="SO")])

doc("B07", "2026-10-14", """CODECO militiamen kill 25 at Ituri gold mine

BUNIA, Congo, Oct 14 - Militiamen from the CODECO group killed at least 25 people at an artisanal gold mine in Djugu territory of Ituri province on Sunday, a local civil society leader said.

The victims were miners and traders, he said. The Congolese army said it had deployed troops to the area.

CODECO, a loose association of militias drawn mostly from the Lendu community, has been blamed for hundreds of killings in Ituri.""",
 [ev("Djugu", V, "Attack", "CODECO", "civilians", "2026-10-11", 25, country="CD")])

doc("B08", "2026-10-14", """Two soldiers killed in separatist attack in Cameroon's Southwest

BUEA, Oct 14 - Two soldiers were killed when their patrol came under fire near Muyuka in Cameroon's Southwest region on Monday, the army said, blaming Amba fighters.

A separatist commander said in a video posted online that his men had carried out the attack.

The conflict between the army and English-speaking separatists has displaced more than 600,000 people.""",
 [ev("Muyuka", B, "Armed clash", "Anglophone separatists", "Cameroonian security forces", "2026-10-12", 2, country="CM")])

doc("B09", "2026-11-04", """US strike hits Houthi-held port, Houthi media say 12 killed

SANAA, Nov 4 - Twelve people were killed when air strikes hit the port of Ras Isa in Hodeidah province on Monday, the Houthi-run health ministry said.

The US military's Central Command said it had struck fuel storage facilities used by the Iran-backed Houthis to fund their attacks on shipping.

The Houthis vowed to retaliate.""",
 [ev("Ras Isa", E, "Air/drone strike", "US forces", "civilians", "2026-11-02", 12, country="YE")])

doc("B10", "2026-11-04", """Clashes between government forces and SDF kill seven near Aleppo

DAMASCUS, Nov 4 - Seven members of the Syrian army were killed when fighters of the Kurdish-led Syrian Democratic Forces attacked their positions near Deir Hafer, east of Aleppo, on Sunday, the defence ministry said.

The SDF said it had responded to shelling of its areas and accused government forces of violating a ceasefire agreed in March.

The clashes were the deadliest between the two sides in months.""",
 [ev("Deir Hafer", B, "Armed clash", "Syrian Democratic Forces", "Syrian government forces", "2026-11-01", 7, country="SY")])

doc("B11", "2026-11-04", """Israeli strike kills three in south Lebanon despite truce

BEIRUT, Nov 4 - Three people were killed when a drone hit a car on the road between Nabatieh and Kfar Roummane on Tuesday, Lebanon's health ministry said.

The Israeli military said it had struck a Hezbollah operative who was trying to rebuild the group's military infrastructure.

Israel has kept up near-daily strikes in Lebanon since a ceasefire ended the war with Hezbollah in November 2024.""",
 [ev("Nabatieh", E, "Air/drone strike", "Israeli security forces", "civilians", "2026-11-03", 3, country="LB")])

doc("B12", "2026-11-04", """Ukrainian drones hit oil depot in Russia's Bryansk region

MOSCOW, Nov 4 - A Ukrainian drone attack set fire to an oil depot in the town of Novozybkov in Russia's Bryansk region overnight into Monday, injuring two workers, the regional governor said.

Ukraine's General Staff said its forces had hit the depot, which it said supplied Russian troops.

Russia's defence ministry said its air defences had destroyed 45 Ukrainian drones over several regions overnight.""",
 [ev("Novozybkov", E, "Air/drone strike", "Ukrainian security forces", "civilians", "2026-11-02", None, 2, country="RU")])

doc("B13", "2026-11-04", """TTP militants attack checkpoint in Pakistan's Khyber district

PESHAWAR, Nov 4 - Four Frontier Corps soldiers were killed when militants attacked a checkpoint in the Tirah valley of Khyber district on Sunday night, security officials said.

The army's media wing said troops killed six of the "khawarij" in the exchange of fire. The Tehreek-e-Taliban Pakistan claimed the assault in a message to journalists.

Violence in Khyber Pakhtunkhwa has risen since the Pakistani Taliban ended a ceasefire with the government in 2022.""",
 [ev("Tirah", B, "Armed clash", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", "2026-11-01", 10, country="PK")])

doc("B14", "2026-11-04", """Gunmen kill five members of Meitei community in Manipur

IMPHAL, Nov 4 - Five villagers were killed and three wounded when armed men opened fire on a village in Jiribam district on Monday, police said, blaming Kuki militants.

The attack triggered protests in Imphal, where crowds demanded the deployment of more central forces. Kuki groups denied involvement.""",
 [ev("Jiribam", V, "Attack", "Kuki militants", "civilians", "2026-11-02", 5, 3, country="IN")])

doc("B15", "2026-11-04", """Resistance fighters capture Myanmar army base in Sagaing

YANGON, Nov 4 - Anti-junta resistance forces captured a military base near the town of Kawlin in Sagaing region on Sunday after a three-day siege, the local People's Defence Force said.

The group said it had killed 20 soldiers and taken 15 prisoners. The junta did not comment.

Sagaing has become the heartland of the armed resistance to the military, which seized power in 2021.""",
 [ev("Kawlin", T, "Non-state actor overtakes territory", "People's Defense Forces", "Myanmar security forces", "2026-11-01", 20, country="MM")])

doc("B16", "2026-11-04", """Abu Sayyaf remnants blamed for killing of soldier in Sulu

ZAMBOANGA, Philippines, Nov 4 - A soldier was shot dead by suspected Abu Sayyaf militants while guarding a school in the town of Patikul in Sulu province on Saturday, the military said.

The Western Mindanao Command said the gunmen fled into the mountains. The group has been largely dismantled, but a few members remain at large, officials say.""",
 [ev("Patikul", B, "Armed clash", "Abu Sayyaf", "Philippine security forces", "2026-10-31", 1, country="PH")])

doc("B17", "2026-11-04", """Car bomb wounds 14 in southwest Colombia

CALI, Nov 4 - A car bomb exploded outside a police station in the town of Jamundi in Valle del Cauca on Tuesday, wounding 14 people, among them six police officers, the mayor said.

Police attributed the bombing to the Jaime Martinez front, a faction of the FARC dissidents known as the Estado Mayor Central.

The group has been behind a wave of attacks in the southwest since peace talks with it collapsed.""",
 [ev("Jamundi", E, "Remote explosive/landmine/IED", "FARC dissidents", "Colombian security forces", "2026-11-03", None, 14, country="CO")])

doc("B18", "2026-11-04", """Nine killed in shootout between rival cartel factions in Sinaloa

CULIACAN, Mexico, Nov 4 - Nine people were killed on Monday in a gun battle between gunmen of the Chapitos and Mayos factions of the Sinaloa Cartel on the outskirts of Culiacan, the state prosecutor's office said.

Soldiers who arrived after the shooting seized rifles and armoured vehicles. The feud between the factions has killed more than 1,500 people since September 2024.""",
 [ev("Culiacan", B, "Armed clash", "Sinaloa Cartel", "Sinaloa Cartel", "2026-11-02", 9, country="MX")])

doc("B19", "2026-11-04", """Gangs attack police station outside Haitian capital

PORT-AU-PRINCE, Nov 4 - Gang members of the Viv Ansanm coalition attacked a police station in Cabaret, north of the capital, on Sunday, killing two police officers, the national police union said.

The attackers burned the building and freed several detainees, the union said. The government called the attack "an act of terror" and said reinforcements from the Gang Suppression Force had been sent.""",
 [ev("Cabaret", B, "Armed clash", "Viv Ansanm", "Haitian security forces", "2026-11-01", 2, country="HT")])

doc("B20", "2026-11-04", """Islamic State claims killing of Taliban officials in northern Afghanistan

KABUL, Nov 4 - Two Taliban officials and their driver were killed when a bomb attached to their vehicle exploded in the city of Kunduz on Tuesday, a police spokesman said.

The Islamic State's Khorasan affiliate said in a statement on Telegram that its fighters had planted the explosives. The Taliban condemned the attack.""",
 [ev("Kunduz", E, "Remote explosive/landmine/IED", "Islamic State", "Taliban", "2026-11-03", 3, country="AF")])
