# Batch A, second part (A31-A46): written with its gold before sitrep was run on it,
# after batch B, to find more of what fails (names the sides use for each other,
# round-ups, militias beside the state).
doc("A31", "2026-12-02", """Three Palestinians killed in raid on Jenin camp

RAMALLAH, Dec 2 - Three young men were killed on Tuesday when Israeli occupation forces raided the Jenin refugee camp, the Palestinian health ministry said.

The official news agency WAFA said occupation troops backed by bulldozers and a drone surrounded a house in the camp before opening fire. The Israeli military said it was looking into the reports.""",
 [ev("Jenin", V, "Attack", "Israeli security forces", "civilians", "2026-12-01", 3, country="PS")])

doc("A32", "2026-12-02", """Drone strike on car kills one in south Lebanon, army says

BEIRUT, Dec 2 - An Israeli enemy drone targeted a car in the town of Bint Jbeil on Monday, killing its driver, the Lebanese army said in a statement.

The army said the strike was a new violation of the ceasefire. Israel did not immediately comment.""",
 [ev("Bint Jbeil", E, "Air/drone strike", "Israeli security forces", "civilians", "2026-11-30", 1, country="LB")])

doc("A33", "2026-12-02", """Two civilians killed in shelling of Belgorod village, governor says

MOSCOW, Dec 2 - Ukrainian armed formations shelled the village of Shebekino in Russia's Belgorod region on Sunday, killing two civilians and wounding four, regional governor Vyacheslav Gladkov said.

Gladkov said several houses and a gas pipeline had been damaged. Kyiv does not usually comment on strikes on Russian territory.""",
 [ev("Shebekino", E, "Shelling/artillery/missile attack", "Ukrainian security forces", "civilians", "2026-11-29", 2, 4, country="RU")])

doc("A34", "2026-12-02", """Man killed as Russian shelling hits Kherson

KYIV, Dec 2 - The Russian occupiers shelled the Dniprovskyi district of Kherson on Monday morning, killing a 60-year-old man and wounding two women, the regional military administration said.

Kherson, which Ukrainian forces retook in November 2022, is shelled almost daily from the Russian-held left bank of the Dnipro river.""",
 [ev("Dniprovskyi", E, "Shelling/artillery/missile attack", "Russian armed forces", "civilians", "2026-11-30", 1, 2, country="UA")])

doc("A35", "2026-12-02", """Attack on Darfur village kills 14, residents blame Janjaweed

KHARTOUM, Dec 2 - Fourteen villagers were killed on Saturday when armed men on horses and camels attacked the village of Tawila in North Darfur, residents said.

Survivors said the attackers were Janjaweed militiamen who fight alongside the Rapid Support Forces. They looted livestock and burned the market.

The RSF has not commented on the attack.""",
 [ev("Tawila", V, "Attack", "Rapid Support Forces", "civilians", "2026-11-28", 14, country="SD")])

doc("A36", "2026-12-02", """Jihadists, bandits kill 11 in two attacks in northern Nigeria

MAIDUGURI/KATSINA, Nigeria, Dec 2 - Islamic State West Africa Province fighters killed four soldiers in an attack on a military post in Damboa, Borno State, on Monday, two military sources said.

Separately, bandits killed seven villagers in an attack on Faskari in Katsina State on Tuesday, police said. The attackers also abducted 15 people.

Nigeria's military is stretched across multiple conflicts in the north.""",
 [ev("Damboa", B, "Armed clash", "Boko Haram", "Nigerian security forces", "2026-11-30", 4, country="NG"),
  ev("Faskari", V, "Attack", "bandits", "civilians", "2026-12-01", 7, country="NG")])

doc("A37", "2026-12-02", """Drone strike kills nine in Congo's South Kivu highlands, militia says

BUKAVU, Congo, Dec 2 - A drone strike killed nine people at a market in Minembwe in South Kivu's highlands on Sunday, the local Twirwaneho militia said, blaming the Congolese army.

The militia, which says it defends the Banyamulenge community, is allied with the M23 rebels. Army spokesman Sylvain Ekenge said the strike had targeted "enemy positions".""",
 [ev("Minembwe", E, "Air/drone strike", "Congolese security forces", "civilians", "2026-11-29", 9, country="CD")])

doc("A38", "2026-12-02", """Rights group says pro-army militia killed 20 Fulani civilians in Burkina Faso

DAKAR, Dec 2 - Members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside Burkina Faso's army, killed at least 20 Fulani civilians in the town of Solenzo on Saturday, a rights group said.

Videos shared on social media showed bodies of men, women and children lying in a courtyard. The government said the videos were fabricated.""",
 [ev("Solenzo", V, "Attack", "Volunteers for the Defence of the Homeland", "civilians", "2026-11-28", 20, country="BF")])

doc("A39", "2026-12-02", """Malian soldiers and Russian mercenaries accused of executing 12 men

BAMAKO, Dec 2 - Malian soldiers and Russian fighters of the Africa Corps executed 12 men they had detained in the village of Diafarabe in central Mali on Monday, relatives and local officials said.

The army said it had "neutralised terrorists" in the area. The Africa Corps replaced the Wagner Group in Mali in 2025.""",
 [ev("Diafarabe", V, "Attack", "Malian Armed Forces", "civilians", "2026-11-30", 12, country="ML")])

doc("A40", "2026-12-02", """Puntland forces say 15 Islamic State fighters killed in mountain offensive

GAROWE, Somalia, Dec 2 - Puntland security forces killed 15 Islamic State fighters in an assault on their hideouts in the Cal Miskaad mountains on Tuesday, a regional official said.

Two Puntland soldiers were also killed, he said. The offensive against the group's Somalia branch began late last year.""",
 [ev("Cal Miskaad", B, "Armed clash", "Somali security forces", "Islamic State", "2026-12-01", 17, country="SO")])

doc("A41", "2026-12-02", """Taliban say Pakistani strikes killed 10 civilians in Paktika

KABUL, Dec 2 - Pakistani aircraft bombed homes in the Barmal district of Afghanistan's Paktika province on Monday night, killing 10 civilians including women and children, Taliban government spokesman Zabihullah Mujahid said.

Pakistan's military did not comment, but security sources in Islamabad said the strikes had targeted hideouts of the Pakistani Taliban.""",
 [ev("Barmal", E, "Air/drone strike", "Pakistani security forces", "civilians", "2026-11-30", 10, country="AF")])

doc("A42", "2026-12-02", """Myanmar junta soldiers kill eight detained villagers, resistance group says

YANGON, Dec 2 - Junta soldiers killed eight villagers they had detained during a raid on the village of Let Yet Kone in Sagaing region on Saturday, a local People's Defence Force unit said.

The bodies bore signs of torture, the group said. The military council has denied previous accusations of atrocities.""",
 [ev("Let Yet Kone", V, "Attack", "Myanmar security forces", "civilians", "2026-11-28", 8, country="MM")])

doc("A43", "2026-12-02", """Migrant worker shot dead in Kashmir's Shopian

SRINAGAR, Dec 2 - Militants shot dead a migrant labourer from Bihar in Shopian district on Monday evening, police said.

A police officer said The Resistance Front, a proxy of the Pakistan-based Lashkar-e-Taiba, was behind the killing. Security forces cordoned off the area and launched a search.""",
 [ev("Shopian", V, "Attack", "The Resistance Front", "civilians", "2026-11-30", 1, country="IN")])

doc("A44", "2026-12-02", """Six combatants killed in fighting between armed groups in Colombia's Bolivar

BOGOTA, Dec 2 - Fighting between the Gulf Clan and ELN guerrillas in the south of Bolivar department killed six combatants on Sunday, the ombudsman's office said.

Hundreds of families have fled the area. The ombudsman called on the government to send troops to protect the population.""",
 [ev("Bolivar", B, "Armed clash", "Clan del Golfo", "ELN", "2026-11-29", 6, country="CO")])

doc("A45", "2026-12-02", """Hitmen kill five members of family in Guanajuato

MEXICO CITY, Dec 2 - Hitmen believed to work for the Jalisco New Generation Cartel burst into a house in Celaya, Guanajuato, on Tuesday night and killed five members of a family, state prosecutors said.

Guanajuato has for years been Mexico's most violent state, with the CJNG and the Santa Rosa de Lima Cartel fighting for control of fuel theft and drug dealing.""",
 [ev("Celaya", V, "Attack", "Jalisco New Generation Cartel", "civilians", "2026-12-01", 5, country="MX")])

doc("A46", "2026-12-02", """Gang attack on Kenscoff leaves 10 dead

PORT-AU-PRINCE, Dec 2 - Members of the Kraze Baryè gang attacked several neighbourhoods of Kenscoff, in the hills above Port-au-Prince, on Sunday, killing at least 10 residents, local officials said.

The gang, led by Vitel'Homme Innocent, is part of the Viv Ansanm alliance. Police said officers and members of the Gang Suppression Force had been deployed.""",
 [ev("Kenscoff", V, "Attack", "Kraze Baryè", "civilians", "2026-11-29", 10, country="HT")])
