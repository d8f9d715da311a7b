# Batch C: written after every fix (including the one prompted by B18), with its gold,
# before sitrep was run on it (2026-12-06, helper actors25); scored once, not tuned on.
# Published Wednesday 14 April 2027: Tuesday 04-13, Monday 04-12, Sunday 04-11,
# Saturday 04-10, Friday 04-09, Thursday 04-08.
C = "2027-04-14"

doc("C01", C, """Niger: soldiers killed in ambush near Mali border

NIAMEY - Eleven Nigerien soldiers were killed on Saturday when their patrol was ambushed near Tera, in the Tillaberi region, the defence ministry said in a statement read on state television.

The ministry blamed "terrorist armed groups" and said 20 of the attackers had been "neutralised". Security sources told Reuters the assailants were fighters of the Islamic State Sahel Province, which is active in the area.""",
 [ev("Tera", B, "Armed clash", "Islamic State", "Nigerien security forces", "2027-04-10", 11, country="NE", kh=31)])

doc("C02", C, """Ethiopia: unknown assailants kill aid worker in Oromia

ADDIS ABABA - An Ethiopian aid worker was shot dead on Monday by unknown assailants on the road between Nekemte and Gimbi in the Oromia region, his employer, an international charity, said.

The charity said it had suspended its work in the area. The Oromo Liberation Army, which is active in western Oromia, has been accused of kidnappings along the road, but no group claimed the killing.""",
 [ev("Nekemte", V, "Attack", "militants (unidentified)", "civilians", "2027-04-12", 1, country="ET")])

doc("C03", C, """Somalia: al-Shabaab seizes town after troops pull out

MOGADISHU - Al-Shabaab militants took control of the town of Moqokori in Hiiraan region on Sunday after government forces and allied clan militias withdrew, residents said.

The militants arrived hours after the last troops left, one resident said. The group said in a statement that its fighters had "liberated" the town and seized weapons left behind.""",
 [ev("Moqokori", T, "Non-state actor overtakes territory", "al-Shabaab", "Somali security forces", "2027-04-11", country="SO")])

doc("C04", C, """Sudan: RSF drone hits Kosti power station

KHARTOUM - A drone attack by the Rapid Support Forces struck a power station in Kosti in White Nile state on Friday, killing two workers and cutting electricity to the city, the state government said.

The paramilitary group did not comment. The army said its air defences had shot down two other drones over the city the same night.""",
 [ev("Kosti", E, "Air/drone strike", "Rapid Support Forces", "civilians", "2027-04-09", 2, country="SD")])

doc("C05", C, """Congo: CODECO militiamen attack displacement camp in Djugu

BUNIA - Militiamen armed with machetes and guns attacked a camp for displaced people at Plaine Savo in Ituri province on Thursday night, killing 12 people, the camp's president said.

The attackers were members of the CODECO militia, he said. UN peacekeepers based nearby intervened and the militiamen fled.""",
 [ev("Plaine Savo", V, "Attack", "CODECO", "civilians", "2027-04-08", 12, country="CD")])

doc("C06", C, """Myanmar: resistance fighters overrun junta outpost in Magway

Resistance forces captured a military outpost in Gangaw township in Myanmar's Magway region on Saturday, killing eight junta soldiers, a People's Defence Force unit said.

The PDF said its fighters seized rifles and ammunition. The military, which typically does not comment on its losses, responded with air strikes on nearby villages on Sunday, residents said.""",
 [ev("Gangaw", B, "Armed clash", "People's Defense Forces", "Myanmar security forces", "2027-04-10", 8, country="MM")])

doc("C07", C, """India: three soldiers killed in Kashmir encounter

SRINAGAR - Three Indian soldiers and two militants were killed in a gunfight in the forests of Kishtwar district on Sunday, the army said.

The army's White Knight Corps said troops had launched a search operation after receiving intelligence about the presence of militants, who opened fire when challenged.""",
 [ev("Kishtwar", B, "Armed clash", "militants (unidentified)", "Indian security forces", "2027-04-11", 5, country="IN")])

doc("C08", C, """Mexico: army soldiers kill six gunmen in Zacatecas

ZACATECAS - Mexican soldiers killed six suspected cartel gunmen in a shootout near Fresnillo in Zacatecas state on Monday after coming under attack while on patrol, the defence ministry said.

The ministry said the gunmen were members of the Sinaloa Cartel, which is fighting the CJNG for control of the state. No soldiers were hurt.""",
 [ev("Fresnillo", B, "Armed clash", "Sinaloa Cartel", "Mexican security forces", "2027-04-12", 6, country="MX")])

doc("C09", C, """Syria: Israeli strikes hit army base near Damascus

Israeli aircraft struck a base of the new Syrian army in Kisweh, south of Damascus, on Tuesday, killing three soldiers, Syria's foreign ministry said, condemning what it called a violation of sovereignty.

The Israeli military said it had targeted weapons depots to prevent them falling into hostile hands.""",
 [ev("Kisweh", E, "Air/drone strike", "Israeli security forces", "Syrian government forces", "2027-04-13", 3, country="SY")])

doc("C10", C, """Yemen: Houthis detain UN staff in Sanaa

SANAA - The Houthis detained seven Yemeni employees of UN agencies in raids on their homes in Sanaa on Saturday, the UN said, calling for their immediate release.

The Iran-backed group accused the staff of spying for the United States and Israel, a charge the UN rejected.""",
 [ev("Sanaa", A, "Arrests", "Houthis", "civilians", "2027-04-10", country="YE")])
