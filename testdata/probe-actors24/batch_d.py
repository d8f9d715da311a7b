# Batch D: written after the third round of fixes (prompted by batch C), with
# its gold, before sitrep was run on it.
doc("D01", "2027-02-10", """Jihadists kill 15 in attack on Niger village mosque

NIAMEY, Feb 10 - Gunmen killed 15 worshippers during Friday prayers at a mosque in the village of Fambita in the Tillaberi region, the interior ministry said on Saturday.

The ministry blamed "terrorists" of the Islamic State Sahel Province and declared three days of national mourning. The group, which is active in the border area with Mali and Burkina Faso, has not commented.""",
 [ev("Fambita", V, "Attack", "Islamic State", "civilians", "2027-02-05", 15, country="NE")])

doc("D02", "2027-02-10", """Troops kill 20 insurgents in Borno counter-attack, army says

MAIDUGURI, Nigeria, Feb 10 - Nigerian troops killed 20 Boko Haram fighters who attacked a military base in Bama, Borno State, on Monday, the army said.

Army spokesman said the insurgents came in large numbers but were repelled after a fierce gun battle. Two soldiers were wounded.""",
 [ev("Bama", B, "Armed clash", "Boko Haram", "Nigerian security forces", "2027-02-08", 20, 2, country="NG")])

doc("D03", "2027-02-10", """RSF shells market in besieged Kadugli

PORT SUDAN, Feb 10 - Artillery shells fired by the Rapid Support Forces and their SPLM-N allies hit a market in Kadugli, the capital of South Kordofan, on Sunday, killing 11 civilians, a doctors' group said.

The Sudan Doctors Network called the shelling a war crime. Kadugli has been under siege for months.""",
 [ev("Kadugli", E, "Shelling/artillery/missile attack", "Rapid Support Forces", "civilians", "2027-02-07", 11, country="SD")])

doc("D04", "2027-02-10", """Gunmen kill three aid workers in South Sudan's Jonglei

JUBA, Feb 10 - Three aid workers were killed when unknown gunmen ambushed their vehicle on the road between Bor and Pibor on Tuesday, the UN humanitarian office said.

The UN condemned the killing and called on the authorities to bring those responsible to justice. South Sudan is one of the most dangerous countries for aid workers.""",
 [ev("Bor", V, "Attack", "militants (unidentified)", "civilians", "2027-02-09", 3, country="SS")])

doc("D05", "2027-02-10", """Ethiopian drone strike hits Tigray, TPLF says

MEKELLE, Ethiopia, Feb 10 - A drone strike killed four people in the town of Alamata in southern Tigray on Monday, the Tigray People's Liberation Front said, accusing the federal government.

The government did not comment. Tensions between Addis Ababa and the TPLF have risen sharply since the party split last year.""",
 [ev("Alamata", E, "Air/drone strike", "Ethiopian security forces", "civilians", "2027-02-08", 4, country="ET")])

doc("D06", "2027-02-10", """Al Shabaab fighters seize town in central Somalia

MOGADISHU, Feb 10 - Al Shabaab fighters took control of the town of Adan Yabaal in Middle Shabelle region on Sunday after government troops withdrew, residents said.

The militants raised their flag over the district headquarters, one resident said. The government said the withdrawal was tactical.""",
 [ev("Adan Yabaal", T, "Non-state actor overtakes territory", "al-Shabaab", "Somali security forces", "2027-02-07", country="SO")])

doc("D07", "2027-02-10", """ADF kills 12 farmers in Congo's Beni territory

BENI, Congo, Feb 10 - Twelve farmers were hacked to death in their fields near Oicha in Beni territory on Saturday, local officials said, blaming ADF rebels.

The army said it had launched an operation to track down the attackers. The ADF has killed thousands of civilians in North Kivu and Ituri since 2014.""",
 [ev("Oicha", V, "Attack", "ADF", "civilians", "2027-02-06", 12, country="CD")])

doc("D08", "2027-02-10", """Separatists kidnap 10 students in Cameroon's Northwest

YAOUNDE, Feb 10 - Suspected Ambazonian separatists abducted 10 students from a school in Kumbo in Cameroon's Northwest region on Monday, the regional governor said.

Separatists have enforced a boycott of schools in the English-speaking regions since 2017, and have attacked teachers and pupils who defy it.""",
 [ev("Kumbo", V, "Abduction/forced disappearance", "Anglophone separatists", "civilians", "2027-02-08", country="CM")])

doc("D09", "2027-02-10", """Houthis say US-Israeli strikes killed 9 in Sanaa

SANAA, Feb 10 - Nine people were killed when air strikes hit a residential area of Sanaa on Tuesday, the Houthi-run Saba news agency said, blaming Israel.

The Israeli military said it had struck Houthi military targets in response to missile attacks on Israel.""",
 [ev("Sanaa", E, "Air/drone strike", "Israeli security forces", "civilians", "2027-02-09", 9, country="YE")])

doc("D10", "2027-02-10", """Gunmen kill four Syrian security personnel in Sweida clashes

DAMASCUS, Feb 10 - Four members of the Syrian government's security forces were killed in clashes with local gunmen in Sweida province on Sunday, the interior ministry said.

The ministry said the gunmen were "outlaw groups". Druze factions in the province have resisted the deployment of government forces since last year.""",
 [ev("Sweida", B, "Armed clash", "militants (unidentified)", "Syrian government forces", "2027-02-07", 4, country="SY")])

doc("D11", "2027-02-10", """Hezbollah says it fired rockets at Israeli position

BEIRUT, Feb 10 - Hezbollah said it fired rockets at an Israeli army position in the Shebaa Farms area on Monday in response to what it called Israeli violations of the ceasefire.

The Israeli military said several projectiles had crossed from Lebanon and fell in open areas, causing no injuries.""",
 [ev("Shebaa Farms", E, "Shelling/artillery/missile attack", "Hezbollah", "Israeli security forces", "2027-02-08", country="LB")])

doc("D12", "2027-02-10", """Kurdish militants kill two Turkish soldiers in northern Iraq

ANKARA, Feb 10 - Two Turkish soldiers were killed in clashes with PKK militants in the Metina region of northern Iraq on Saturday, the Turkish defence ministry said.

The ministry said Turkish forces had "neutralised" seven militants in retaliation.""",
 [ev("Metina", B, "Armed clash", "PKK", "Turkish Armed Forces", "2027-02-06", 9, country="IQ")])

doc("D13", "2027-02-10", """Bombing kills five policemen in Pakistan's Balochistan

QUETTA, Feb 10 - A remote-controlled bomb struck a police van in the Mastung district of Balochistan on Tuesday, killing five policemen, officials said.

The outlawed Baloch Liberation Army claimed responsibility in a statement sent to media.""",
 [ev("Mastung", E, "Remote explosive/landmine/IED", "Baloch Liberation Army", "Pakistani security forces", "2027-02-09", 5, country="PK")])

doc("D14", "2027-02-10", """Arakan Army accused of killing Rohingya villagers

DHAKA, Feb 10 - Fighters of the Arakan Army killed at least 17 Rohingya villagers in the township of Buthidaung in Myanmar's Rakhine state on Sunday, according to two survivors who fled to Bangladesh.

The Arakan Army denied the accusation and said the victims had been killed in junta air strikes.""",
 [ev("Buthidaung", V, "Attack", "Arakan Army", "civilians", "2027-02-07", 17, country="MM")])

doc("D15", "2027-02-10", """Colombian dissidents kill two soldiers in Cauca drone attack

CALI, Feb 10 - Two soldiers were killed when dissidents of the former FARC guerrilla attacked a military base in Suarez, Cauca, with explosives-laden drones on Monday, the army said.

The army blamed the Carlos Patino front, part of the Estado Mayor Central, which has stepped up drone attacks in the region since 2024.""",
 [ev("Suarez", E, "Air/drone strike", "FARC dissidents", "Colombian security forces", "2027-02-08", 2, country="CO")])

doc("D16", "2027-02-10", """Gunmen kill 6 at bar in Mexico's Guanajuato

MEXICO CITY, Feb 10 - Armed men burst into a bar in Salamanca, Guanajuato, on Saturday night and opened fire, killing six people, state prosecutors said.

Prosecutors said the attack was likely linked to the dispute between the Jalisco New Generation Cartel and the Santa Rosa de Lima Cartel for control of the area.""",
 [ev("Salamanca", V, "Attack", "militants (unidentified)", "civilians", "2027-02-06", 6, country="MX")])
