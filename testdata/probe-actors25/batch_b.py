# Batch B: written after the fixes of batch A, with its gold, before sitrep was run on it
# (2026-12-06, helper actors25); scored once, not tuned on.
# Published Wednesday 7 April 2027: Tuesday 04-06, Monday 04-05, Sunday 04-04,
# Saturday 04-03, Friday 04-02, Thursday 04-01.
W = "2027-04-07"

doc("B01", W, """Burkina Faso: jihadists blamed for massacre of herders

An attack on a camp of Fulani herders near Djibo on Sunday left at least 19 people dead, a local rights group, the Collective Against Impunity and the Stigmatisation of Communities, said on Tuesday.

According to the group, the assailants were members of the Volunteers for the Defence of the Homeland, the army's civilian auxiliaries, who accused the herders of collaborating with jihadists. The government did not respond to requests for comment.

The auxiliaries, recruited since 2020 to fight alongside the army, have repeatedly been accused of abuses against the Fulani community.""",
 [ev("Djibo", V, "Attack", "Volunteers for the Defence of the Homeland", "civilians", "2027-04-04", 19, country="BF")])

doc("B02", W, """Nigeria: ISWAP fighters overrun army base in Borno

MAIDUGURI - Jihadists of the Islamic State West Africa Province stormed a military base in Malam Fatori in northern Borno on Saturday, killing at least nine soldiers, two military officers told AFP.

"The terrorists came in large numbers and forced our men to withdraw," one of the officers said. The insurgents set fire to buildings and carted away weapons, he said.

The army did not comment. The group later posted pictures online of what it said were the bodies of soldiers.""",
 [ev("Malam Fatori", B, "Armed clash", "Boko Haram", "Nigerian security forces", "2027-04-03", 9, country="NG")])

doc("B03", W, """Kidnappers seize 25 worshippers from Kaduna church

KADUNA, Nigeria - Gunmen stormed a church during a Sunday service in Kajuru local government area of Kaduna State and abducted 25 worshippers, a church official said.

Police spokesman Mansir Hassan confirmed the attack and said officers were working with the military to rescue the victims. No group has claimed the abduction.

Kidnappings for ransom by armed gangs have become common in the state.""",
 [ev("Kajuru", V, "Abduction/forced disappearance", "militants (unidentified)", "civilians", "2027-04-04", country="NG")])

doc("B04", W, """Mortar shells hit Mogadishu market

Four people were killed and 11 wounded when mortar shells landed in Bakara market in Mogadishu on Monday, a medical official said.

Police blamed al-Shabaab militants, who have frequently fired mortars at the presidential palace and government buildings nearby. The militants did not comment.

Separately, Somali forces said they had killed 12 of the group's fighters in an operation in Lower Shabelle region on Sunday.""",
 [ev("Bakara", E, "Shelling/artillery/missile attack", "al-Shabaab", "civilians", "2027-04-05", 4, 11, country="SO")])

doc("B05", W, """Sudan's paramilitary accused of killing 40 in Kordofan village

NAIROBI, April 7 - At least 40 villagers were killed when fighters of the Rapid Support Forces raided a village near En Nahud in West Kordofan on Friday, a local resistance committee said.

The committee said the paramilitaries shot people in their homes and looted livestock. The RSF said in a statement that its forces had fought "remnants of the army and its militias" in the area and denied attacking civilians.""",
 [ev("En Nahud", V, "Attack", "Rapid Support Forces", "civilians", "2027-04-02", 40, country="SD")])

doc("B06", W, """Drones target Port Sudan fuel depot

PORT SUDAN - Drones struck a fuel depot in Port Sudan on Sunday, setting it on fire, the army said, blaming the Rapid Support Forces.

No casualties were reported. The RSF has repeatedly targeted the city, the seat of the army-aligned government, with long-range drones since May 2025.""",
 [ev("Port Sudan", E, "Air/drone strike", "Rapid Support Forces", "none", "2027-04-04", country="SD")])

doc("B07", W, """Ugandan troops kill ADF rebels in Ituri, army says

KAMPALA - Ugandan soldiers deployed in eastern Congo killed 16 fighters of the Allied Democratic Forces in a raid on their camp near Komanda, in Ituri province, on Thursday, the Ugandan army said.

Army spokesman Felix Kulayigye said the troops also rescued nine hostages held by the rebels. The ADF, which has pledged allegiance to the Islamic State, did not comment.""",
 [ev("Komanda", B, "Armed clash", "Ugandan security forces", "ADF", "2027-04-01", 16, country="CD")])

doc("B08", W, """Congo army and M23 trade blame over Uvira shelling

BUKAVU - Shells fell on a residential district of Uvira, in Congo's South Kivu province, on Monday, killing six civilians, local officials said.

Provincial authorities said the shells had been fired by the M23 rebels from the hills above the town. The rebels' political wing, the AFC, rejected the accusation and blamed the army and its Burundian allies.

Fighting has intensified around Uvira, the last large town in South Kivu still held by the government.""",
 [ev("Uvira", E, "Shelling/artillery/missile attack", "M23", "civilians", "2027-04-05", 6, country="CD")])

doc("B09", W, """Tigray forces and Afar militia clash at border

MEKELLE - Fighting between Tigrayan forces and militias from the neighbouring Afar region killed at least 13 people near Alamata on Saturday, local officials said.

An Afar official said Tigrayan fighters had crossed into Afar and attacked villages. The interim administration of Tigray denied this and said its forces had only defended themselves.""",
 [ev("Alamata", B, "Armed clash", "TPLF", "Afar militia", "2027-04-03", 13, country="ET")])

doc("B10", W, """Mozambique: insurgents attack convoy in Cabo Delgado

PEMBA - Insurgents ambushed a convoy of trucks on the road between Mocimboa da Praia and Palma on Friday, killing three drivers, sources told the news agency Lusa.

The jihadists, who claim allegiance to the Islamic State, set fire to the trucks. Rwandan forces escorting the convoy returned fire.""",
 [ev("Mocimboa da Praia", V, "Attack", "Islamic State", "civilians", "2027-04-02", 3, country="MZ")])

doc("B11", W, """Myanmar: airstrike on village school kills 11 children

An airstrike on a school in Tabayin township of Sagaing region killed 11 children and a teacher on Monday, according to a local administration run by the opposition National Unity Government.

Residents said a military jet dropped two bombs on the school. The junta, which has denied bombing civilians in the past, did not respond.""",
 [ev("Tabayin", E, "Air/drone strike", "Myanmar security forces", "civilians", "2027-04-05", 12, country="MM")])

doc("B12", W, """Pakistan: troops kill 11 militants in North Waziristan

ISLAMABAD - Pakistani security forces killed 11 militants during an operation in the Mir Ali area of North Waziristan on Sunday, the military's media wing said.

The Inter-Services Public Relations said the militants belonged to what it calls "Fitna al Khawarij", its term for the Pakistani Taliban. Two soldiers were killed in the exchange of fire.""",
 [ev("Mir Ali", B, "Armed clash", "Pakistani security forces", "Tehrik-i-Taliban Pakistan", "2027-04-04", 13, country="PK")])

doc("B13", W, """Gunmen kill seven labourers in Balochistan's Panjgur

QUETTA - Armed men stormed a house in Panjgur district on Thursday night and shot dead seven labourers from Punjab, officials said.

Nobody claimed the killings. Officials said the method resembled earlier attacks by the Baloch Liberation Front on workers from outside the province.""",
 [ev("Panjgur", V, "Attack", "militants (unidentified)", "civilians", "2027-04-01", 7, country="PK")])

doc("B14", W, """Afghan Taliban and Pakistani troops exchange fire at Torkham

Afghan Taliban forces and Pakistani troops exchanged heavy fire at the Torkham border crossing on Saturday after Taliban fighters opened fire on a Pakistani post, Pakistani officials said. Two Pakistani soldiers and three Afghan fighters were killed, officials on both sides said.

The Taliban's defence ministry said Pakistan had started the fighting by building a new post on disputed ground.""",
 [ev("Torkham", B, "Armed clash", "Taliban", "Pakistani security forces", "2027-04-03", 5, country="PK")])

doc("B15", W, """Maoists kill two villagers as police informers in Chhattisgarh

RAIPUR - Suspected Maoists killed two villagers in Sukma district, accusing them of being police informers, police said on Monday.

The bodies were found on Sunday morning with a note from the rebels' local committee, the superintendent of police said. Security forces have stepped up operations in the area.""",
 [ev("Sukma", V, "Attack", "Maoists", "civilians", None, 2, country="IN")])

doc("B16", W, """Philippine troops clash with Abu Sayyaf remnants in Sulu

ZAMBOANGA - Soldiers of the army's 11th Infantry Division clashed with Abu Sayyaf militants in the hinterlands of Patikul, Sulu, on Friday, killing three of them, the military said.

One soldier was wounded. The military said the militants were among the last members of the group still at large.""",
 [ev("Patikul", B, "Armed clash", "Philippine security forces", "Abu Sayyaf", "2027-04-02", 3, 1, country="PH")])

doc("B17", W, """Colombia: ELN and FARC dissidents fight in Arauca; 9 dead

BOGOTA - Nine people were killed in fighting between the ELN guerrilla and FARC dissidents in the rural area of Tame, in the eastern department of Arauca, the regional ombudsman's office said on Tuesday.

The clashes began on Sunday when ELN fighters attacked a dissident camp, the office said. Hundreds of families have fled to the town centre.""",
 [ev("Tame", B, "Armed clash", "ELN", "FARC dissidents", "2027-04-04", 9, country="CO")])

doc("B18", W, """Cartel gunmen kill 8 at party in Michoacan

MORELIA, Mexico - Gunmen burst into a birthday party in the town of Apatzingan in Michoacan state on Saturday night and opened fire, killing eight people, state prosecutors said.

Investigators believe the attack was carried out by members of the Jalisco New Generation Cartel against rivals from the Carteles Unidos, prosecutors said.""",
 [ev("Apatzingan", V, "Attack", "Jalisco New Generation Cartel", "civilians", "2027-04-03", 8, country="MX")])

doc("B19", W, """Haitian police and gangs battle in Mirebalais

PORT-AU-PRINCE - Gang members attacked the police station in Mirebalais on Thursday, setting off hours of fighting in which four police officers and at least ten gang members were killed, the national police said.

Police said the attackers belonged to the Gran Grif gang. Hundreds of residents fled towards Hinche.""",
 [ev("Mirebalais", B, "Armed clash", "Gran Grif", "Haitian security forces", "2027-04-01", 14, country="HT")])

doc("B20", W, """Russian glide bombs hit Zaporizhzhia, killing five

ZAPORIZHZHIA, Ukraine - Russian aircraft dropped guided bombs on an industrial district of Zaporizhzhia on Monday, killing five people and wounding 19, regional governor Ivan Fedorov said.

Ukraine's air force said Su-34 bombers had launched the bombs from over occupied territory. Russia's defence ministry said it had hit sites where Ukrainian drones were assembled.""",
 [ev("Zaporizhzhia", E, "Air/drone strike", "Russian armed forces", "civilians", "2027-04-05", 5, 19, country="UA")])

doc("B21", W, """Ukrainian shelling kills two in occupied Donetsk, officials say

Two civilians were killed on Sunday when a market in the Kuibyshevskyi district of Donetsk city came under artillery fire, the Russian-installed mayor said, blaming Ukrainian forces.

Ukraine's military does not usually comment on such claims.""",
 [ev("Donetsk", E, "Shelling/artillery/missile attack", "Ukrainian security forces", "civilians", "2027-04-04", 2, country="UA")])

doc("B22", W, """Gaza: Israeli fire kills five near aid distribution point

Five Palestinians were killed on Tuesday by Israeli gunfire near an aid distribution site in Rafah, the Gaza civil defence agency said.

The Israeli military said soldiers had fired warning shots at "suspects" who approached troops and posed a threat.""",
 [ev("Rafah", V, "Attack", "Israeli security forces", "civilians", "2027-04-06", 5, country="PS")])

doc("B23", W, """Hezbollah fires rockets at northern Israel after strike

Hezbollah fired rockets at the Israeli town of Kiryat Shmona on Monday, wounding three people, Israel's emergency service said.

The Iran-backed group said in a statement it had targeted the town in response to an Israeli strike that killed one of its commanders in Tyre on Sunday. The Israeli military confirmed it had killed the commander.""",
 [ev("Kiryat Shmona", E, "Shelling/artillery/missile attack", "Hezbollah", "civilians", "2027-04-05", None, 3, country="IL"),
  ev("Tyre", E, "Air/drone strike", "Israeli security forces", "Hezbollah", "2027-04-04", 1, country="LB")])

doc("B24", W, """Syria: Druze fighters and Bedouin tribesmen clash in Sweida

DAMASCUS - Clashes between Druze armed groups and Bedouin tribal fighters in Syria's southern Sweida province killed at least 17 people on Saturday, the Syrian Observatory for Human Rights said.

The fighting started after Bedouin gunmen kidnapped a Druze merchant on the Damascus highway, the monitor said. Government forces were deployed to separate the two sides.""",
 [ev("Sweida", B, "Armed clash", "Druze militia", "Bedouin tribal fighters", "2027-04-03", 17, country="SY")])

doc("B25", W, """Iraq: Turkish drone kills three in Sinjar

ERBIL - A drone strike hit a car in Sinjar district on Monday, killing three members of the Sinjar Resistance Units, a Yazidi armed group, local officials said.

The officials blamed Turkey, which accuses the group of links to the PKK. Turkey's defence ministry did not comment.""",
 [ev("Sinjar", E, "Air/drone strike", "Turkish Armed Forces", "Sinjar Resistance Units (YBS)", "2027-04-05", 3, country="IQ")])

doc("B26", W, """Houthis claim missile attack on Israel's Eilat

SANAA - Yemen's Houthis said on Tuesday they had fired a ballistic missile at the Israeli port city of Eilat. The Israeli military said the missile was intercepted and nobody was hurt.

Hours later, Israeli warplanes struck the Houthi-held port of Hodeidah, killing four port workers, the Houthi-run health ministry said.""",
 [ev("Hodeidah", E, "Air/drone strike", "Israeli security forces", "civilians", "2027-04-06", 4, country="YE")])

doc("B27", W, """Libya: armed group storms Zawiya hospital

TRIPOLI - Gunmen from a local armed group stormed a hospital in the western city of Zawiya on Sunday and shot dead two patients, the health ministry said.

The ministry said the men were members of a militia loyal to a commander whose relative had died at the hospital. Residents protested outside the hospital on Monday.""",
 [ev("Zawiya", V, "Attack", "militants (unidentified)", "civilians", "2027-04-04", 2, country="LY")])

doc("B28", W, """Police fire tear gas at Kenyan protesters; one dead

NAIROBI - Kenyan police fired tear gas and live bullets at protesters in the town of Kitengela on Tuesday, killing one man, the Kenya National Commission on Human Rights said.

Thousands marched against new taxes in several towns. The police said officers had come under attack from "criminal elements" who infiltrated the protests.""",
 [ev("Kitengela", O, "Excessive force against protesters", "Kenyan security forces", "civilians", "2027-04-06", 1, country="KE")])
