# Batch C: written after the second round of fixes (A31-A46), with its gold,
# before sitrep was run on it.
doc("C01", "2027-01-13", """Jihadists kill 9 soldiers in Benin near Burkina border

COTONOU, Jan 13 - Nine Beninese soldiers were killed on Sunday when suspected jihadists attacked an army post in the W national park near the border with Burkina Faso and Niger, military sources said.

The al Qaeda-linked JNIM claimed the attack on Monday, saying its fighters had seized weapons and a vehicle.

Attacks by Sahel-based militants on Benin's northern border areas have multiplied since 2022.""",
 [ev("W national park", B, "Armed clash", "JNIM", "Beninese security forces", "2027-01-10", 9, country="BJ")])

doc("C02", "2027-01-13", """Boko Haram militants kill 12 fishermen on Lake Chad island

MAIDUGURI, Nigeria, Jan 13 - Twelve fishermen were killed on Saturday by Boko Haram militants on an island near Kukawa on the shores of Lake Chad, a local official and a militia leader said.

The fishermen had gone to the island despite a military ban on fishing in the area, said Babakura Kolo, a leader of the Civilian Joint Task Force, a militia that fights alongside the army.

The militants accused the fishermen of spying for the army, he said.""",
 [ev("Kukawa", V, "Attack", "Boko Haram", "civilians", "2027-01-09", 12, country="NG")])

doc("C03", "2027-01-13", """Sudanese army says it recaptured town in North Kordofan

PORT SUDAN, Jan 13 - The Sudanese army said on Tuesday it had recaptured the town of Bara in North Kordofan from the paramilitary Rapid Support Forces after days of fighting.

Army spokesman Nabil Abdallah said troops and allied forces had inflicted heavy losses on the "terrorist militia", a term the army uses for the RSF. The RSF said its forces had made a tactical withdrawal.""",
 [ev("Bara", T, "Government regains territory", "Sudanese Armed Forces", "Rapid Support Forces", "2027-01-12", country="SD")])

doc("C04", "2027-01-13", """Cattle raid in South Sudan's Warrap leaves 27 dead

JUBA, Jan 13 - Twenty-seven people were killed on Sunday when armed youths from neighbouring Unity state raided cattle camps in Tonj North county, Warrap state, a local official said.

The attackers drove away thousands of cattle, he said. Inter-communal violence, often tied to cattle raiding, kills hundreds of people every year in South Sudan.""",
 [ev("Tonj North", V, "Attack", "unknown", "civilians", "2027-01-10", 27, country="SS")])

doc("C05", "2027-01-13", """OLA fighters kidnap bus passengers in Ethiopia's Oromia

ADDIS ABABA, Jan 13 - Gunmen from the Oromo Liberation Army abducted around 30 passengers from a bus near Gerba Guracha in the Oromia region on Monday, relatives and a local official said.

The kidnappers demanded ransom for their release, one relative said. The OLA denied involvement and blamed government-backed militias.""",
 [ev("Gerba Guracha", V, "Abduction/forced disappearance", "Oromo Liberation Army", "civilians", "2027-01-11", country="ET")])

doc("C06", "2027-01-13", """Suicide bomber kills 7 at Somali army base

MOGADISHU, Jan 13 - A suicide bomber drove an explosives-laden vehicle into the gate of a military base in Mogadishu's Hodan district on Tuesday, killing seven soldiers, an officer said.

The al Qaeda-affiliated al Shabaab said in a statement that it had carried out the "martyrdom operation".""",
 [ev("Hodan", E, "Suicide bomb", "al-Shabaab", "Somali security forces", "2027-01-12", 7, country="SO")])

doc("C07", "2027-01-13", """M23 rebels and army-backed militias clash near Uvira

BUKAVU, Congo, Jan 13 - At least 15 people were killed in fighting on Monday between M23 rebels and Wazalendo militiamen in the hills above Uvira, local sources said.

The Wazalendo said they had repelled an attack by the rebels on their positions at Kiliba. The M23 did not comment.""",
 [ev("Kiliba", B, "Armed clash", "M23", "Wazalendo", "2027-01-11", 15, country="CD")])

doc("C08", "2027-01-13", """Yemen's separatists say Houthi drone hit their camp

ADEN, Jan 13 - A drone launched by the Houthis struck a camp of the Security Belt forces in Al-Dhalea province on Sunday, killing three fighters and wounding six, a spokesman for the southern forces said.

The Security Belt forces are loyal to the Southern Transitional Council, which seeks independence for south Yemen.""",
 [ev("Al-Dhalea", E, "Air/drone strike", "Houthis", "Southern Transitional Council", "2027-01-10", 3, 6, country="YE")])

doc("C09", "2027-01-13", """Gunmen kill six Alawite villagers in Syria's Homs countryside

DAMASCUS, Jan 13 - Unidentified gunmen killed six members of the Alawite minority, including a woman, in a village west of Homs on Saturday, the Syrian Observatory for Human Rights said.

The interior ministry said it had arrested two suspects and that the killings were a criminal act. No group claimed responsibility.""",
 [ev("Homs", V, "Attack", "militants (unidentified)", "civilians", "2027-01-09", 6, country="SY")])

doc("C10", "2027-01-13", """Israeli troops kill two Palestinians in Nablus raid

NABLUS, West Bank, Jan 13 - Two Palestinians were shot dead by Israeli forces during a raid on the old city of Nablus on Tuesday, the Palestinian health ministry said.

The Israeli military said its troops had opened fire on gunmen who shot at them. Al-Aqsa Martyrs' Brigades said the two men were its members.""",
 [ev("Nablus", B, "Armed clash", "Israeli security forces", "Al-Aqsa Martyrs' Brigades", "2027-01-12", 2, country="PS")])

doc("C11", "2027-01-13", """Russian drone attack on Odesa kills two

KYIV, Jan 13 - A Russian drone attack on Odesa overnight into Tuesday killed two people and damaged port infrastructure, regional governor Oleh Kiper said.

Ukraine's air force said it had shot down 60 of 85 drones launched by Russia overnight. Russia's defence ministry said its forces had struck facilities used by the Ukrainian military.""",
 [ev("Odesa", E, "Air/drone strike", "Russian armed forces", "civilians", "2027-01-12", 2, country="UA")])

doc("C12", "2027-01-13", """Police officers killed in attack on Dera Ismail Khan checkpoint

DERA ISMAIL KHAN, Pakistan, Jan 13 - Militants attacked a police checkpoint in Dera Ismail Khan district late on Sunday, killing four policemen, police said.

Police said the attackers belonged to the Tehreek-e-Taliban Pakistan, which has claimed dozens of similar attacks this year.""",
 [ev("Dera Ismail Khan", B, "Armed clash", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", "2027-01-10", 4, country="PK")])

doc("C13", "2027-01-13", """Seven Maoists killed in gunfight with police in Chhattisgarh

RAIPUR, Jan 13 - Security forces killed seven Maoist insurgents in a gunfight in the forests of Narayanpur district on Monday, a senior police officer said.

A joint team of the District Reserve Guard and the Special Task Force had launched an operation after receiving intelligence about the presence of rebels, the officer said.""",
 [ev("Narayanpur", B, "Armed clash", "Indian security forces", "Maoists", "2027-01-11", 7, country="IN")])

doc("C14", "2027-01-13", """Kachin rebels seize border trade town from Myanmar army

YANGON, Jan 13 - The Kachin Independence Army captured the town of Bhamo in northern Myanmar on Sunday after a months-long siege, the group's spokesman said.

The spokesman said hundreds of junta soldiers had surrendered. The military did not respond to requests for comment.""",
 [ev("Bhamo", T, "Non-state actor overtakes territory", "Kachin Independence Army", "Myanmar security forces", "2027-01-10", country="MM")])

doc("C15", "2027-01-13", """Southern Thai insurgents bomb ranger patrol

BANGKOK, Jan 13 - Two paramilitary rangers were killed and three wounded when a roadside bomb exploded as their patrol passed in Narathiwat province on Monday, police said.

Police blamed Malay Muslim insurgents who have fought for greater autonomy in Thailand's southernmost provinces for two decades.""",
 [ev("Narathiwat", E, "Remote explosive/landmine/IED", "Barisan Revolusi Nasional", "Thai security forces", "2027-01-11", 2, 3, country="TH")])

doc("C16", "2027-01-13", """Colombian army says ELN ambush killed 5 soldiers in Arauca

BOGOTA, Jan 13 - Five soldiers were killed on Saturday when ELN guerrillas ambushed an army patrol in the rural area of Tame, in the eastern province of Arauca, the army said.

President's office called the attack a "war crime" and suspended talks with the group.""",
 [ev("Tame", B, "Armed clash", "ELN", "Colombian security forces", "2027-01-09", 5, country="CO")])

doc("C17", "2027-01-13", """Navy kills 8 suspected cartel gunmen in Tamaulipas

MEXICO CITY, Jan 13 - Mexican marines killed eight suspected members of the Gulf Cartel in a shootout in Reynosa, Tamaulipas, on Tuesday after coming under fire during a patrol, the navy said.

One marine was wounded, the navy said in a statement.""",
 [ev("Reynosa", B, "Armed clash", "Mexican security forces", "Gulf Cartel", "2027-01-12", 8, 1, country="MX")])

doc("C18", "2027-01-13", """Haitian police and foreign troops retake commune from gangs

PORT-AU-PRINCE, Jan 13 - Haitian police backed by the Gang Suppression Force regained control of the commune of Mirebalais on Monday, weeks after it was overrun by gangs, the police chief said.

Several gang members were killed in the operation, he said, without giving a number. The gangs, part of the Viv Ansanm coalition, took Mirebalais in March last year.""",
 [ev("Mirebalais", T, "Government regains territory", "Haitian security forces", "Viv Ansanm", "2027-01-11", country="HT")])

doc("C19", "2027-01-13", """Eight prisoners killed in Ecuador jail riot

GUAYAQUIL, Ecuador, Jan 13 - Eight inmates were killed in clashes between rival gangs at the Litoral penitentiary in Guayaquil on Sunday, the prison authority SNAI said.

The fighting pitted members of Los Lobos against Los Choneros, police said. Soldiers regained control of the prison after several hours.""",
 [ev("Guayaquil", B, "Armed clash", "Los Lobos", "Los Choneros", "2027-01-10", 8, country="EC")])

doc("C20", "2027-01-13", """Islamic State-linked rebels kill 19 in eastern Congo church attack

BENI, Congo, Jan 13 - Rebels linked to the Islamic State killed at least 19 worshippers during a night vigil at a church in Komanda, in Ituri province, on Sunday, a local official said.

The army blamed the Allied Democratic Forces, a Ugandan group that has pledged allegiance to Islamic State.""",
 [ev("Komanda", V, "Attack", "ADF", "civilians", "2027-01-10", 19, country="CD")])
