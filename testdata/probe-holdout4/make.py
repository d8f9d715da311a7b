#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl of the probe-holdout4 held-out set.

Every report below was written for this set (no sentence is taken from a real
article); the gold events were coded by hand from the texts alone, following
the "Gold annotations" section of /work/shared/spec/EVENTS.md. Running the
script checks that every evidence passage occurs verbatim in its report, that
every place is spelled as in the text, and that weekday dates fall on the named
weekday within the week before publication, then rewrites both files.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}

REPORTS = []


def report(rid, published, text, events=(), figures=()):
    """Registers one report and its gold events."""
    REPORTS.append({"id": rid, "published": published, "text": text.strip("\n"),
                    "events": list(events), "figures": list(figures)})


def ev(summary, date, date_note, place, admin, country, typ, actor1, actor2,
       killed=None, killed_high=None, wounded=None, wounded_high=None, evidence=(), optional=False, note=None):
    """One gold event; evidence is a list of exact passages of the report."""
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": typ, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
         "evidence": list(evidence)}
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    return e


def fig(what, value, place, evidence):
    return {"what": what, "value": value, "place": place, "evidence": evidence}


# ---------------------------------------------------------------- Sahel

report("h4-01", "2025-09-16", '''
Al Qaeda affiliate claims deadly ambush on Mali army convoy
BAMAKO, Sept 16 (Reuters) - Islamist militants ambushed a Malian army supply convoy near the town of Boni in the central Mopti region on Sunday, killing at least 14 soldiers, two security sources told Reuters.
Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, said on its propaganda channels that its fighters had killed 21 soldiers and seized two armoured vehicles along with weapons and ammunition.
The army said in a statement late on Monday that the convoy had come under a "complex terrorist attack" on the road between Boni and Hombori and that several assailants had been neutralised. It gave no toll for its own side.
"They came on motorbikes from both sides of the road and set the fuel tankers on fire first," said a driver who was travelling with the convoy and asked not to be named.
JNIM has blockaded several towns in the area for more than a year, and convoys carrying fuel and food to them have been attacked repeatedly.
On Aug. 19, JNIM fighters overran a military post at Farabougou in the Segou region, killing at least nine soldiers, according to local officials.
Mali's military rulers, who seized power in coups in 2020 and 2021, have turned to Russia for security support, but attacks have spread towards the south and west of the country.
''', [
    ev("JNIM ambushed an army supply convoy near Boni; at least 14 soldiers killed (sources), 21 claimed by JNIM.",
       "2025-09-14", "'on Sunday' before Tuesday 2025-09-16", "Boni", "Mopti", "ML", "battle", "JNIM",
       "Malian security forces", killed=14, killed_high=21,
       evidence=["Islamist militants ambushed a Malian army supply convoy near the town of Boni in the central Mopti region on Sunday, killing at least 14 soldiers, two security sources told Reuters.",
                 "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, said on its propaganda channels that its fighters had killed 21 soldiers and seized two armoured vehicles along with weapons and ammunition."],
       note="'several assailants' neutralised: vague, not counted"),
    ev("JNIM overran a military post at Farabougou, killing at least nine soldiers.",
       "2025-08-19", "'On Aug. 19', year of publication", "Farabougou", "Segou", "ML", "battle", "JNIM",
       "Malian security forces", killed=9,
       evidence=["On Aug. 19, JNIM fighters overran a military post at Farabougou in the Segou region, killing at least nine soldiers, according to local officials."]),
])

report("h4-02", "2025-05-27", '''
Burkina Faso: residents accuse army auxiliaries of killing villagers
OUAGADOUGOU, May 27 (AFP) - Members of Burkina Faso's Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force that fights alongside the army, killed at least 23 people in the village of Kira near Tougan on Friday, residents and a rights group said.
The Collective against Impunity and Stigmatisation of Communities, a local rights group, put the toll at 41, saying most of the victims were Fulani herders and that women and children were among the dead.
"They gathered the men near the well and opened fire. Then they went from house to house," a resident who fled to the town of Dedougou told AFP by telephone.
Authorities did not respond to requests for comment. The government has previously dismissed accusations of abuses by its forces and the VDP as a campaign to discredit the country.
The killings came two days after jihadists attacked an army detachment in the northern town of Djibo, an assault that security sources said had caused "heavy losses" among the troops. JNIM, the Sahel branch of al Qaeda, claimed that attack.
More than two million people have been displaced by violence in Burkina Faso, which has been ruled by the military since 2022.
''', [
    ev("VDP auxiliaries killed at least 23 villagers in Kira near Tougan; a rights group gave 41.",
       "2025-05-23", "'on Friday' before Tuesday 2025-05-27", "Kira", "Boucle du Mouhoun", "BF",
       "attack_on_civilians", "VDP", "civilians", killed=23, killed_high=41,
       evidence=["Members of Burkina Faso's Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force that fights alongside the army, killed at least 23 people in the village of Kira near Tougan on Friday, residents and a rights group said.",
                 "The Collective against Impunity and Stigmatisation of Communities, a local rights group, put the toll at 41, saying most of the victims were Fulani herders and that women and children were among the dead."]),
    ev("JNIM attacked an army detachment in Djibo, causing 'heavy losses' (no figure).",
       "2025-05-21", "two days before the Friday 2025-05-23 killings (a Wednesday)", "Djibo", "Sahel", "BF",
       "battle", "JNIM", "Burkinabe security forces",
       evidence=["The killings came two days after jihadists attacked an army detachment in the northern town of Djibo, an assault that security sources said had caused \"heavy losses\" among the troops.",
                 "JNIM, the Sahel branch of al Qaeda, claimed that attack."]),
], [fig("displaced", 2000000, "Burkina Faso", "More than two million people have been displaced by violence in Burkina Faso, which has been ruled by the military since 2022.")])

report("h4-03", "2025-03-22", '''
Niger says 18 civilians killed in attack on village market
NIAMEY, March 22 (Reuters) - Suspected Islamic State militants on motorcycles killed at least 18 civilians at a weekly market in the village of Tiloa in western Niger on Friday, the defence ministry said on Saturday.
Local officials reached by telephone said 26 people had died and that the attackers had driven off hundreds of head of cattle.
The ministry said in a statement read on state television that security forces had been deployed to the area and that a search for the attackers was under way.
It also said an air strike on Thursday had killed "a dozen terrorists" gathered near Banibangou, about 150 km to the north-west, without saying which group they belonged to.
The Islamic State group, which is active in the border area between Niger, Mali and Burkina Faso, did not immediately claim the market attack.
Niger's junta, which took power in a July 2023 coup, ordered French troops out and has since deepened ties with Moscow.
''', [
    ev("Suspected Islamic State militants killed at least 18 civilians at Tiloa's weekly market; local officials said 26.",
       "2025-03-21", "'on Friday' before Saturday 2025-03-22", "Tiloa", "Tillaberi", "NE",
       "attack_on_civilians", "Islamic State", "civilians", killed=18, killed_high=26,
       evidence=["Suspected Islamic State militants on motorcycles killed at least 18 civilians at a weekly market in the village of Tiloa in western Niger on Friday, the defence ministry said on Saturday.",
                 "Local officials reached by telephone said 26 people had died and that the attackers had driven off hundreds of head of cattle."],
       note="'suspected'; no claim"),
    ev("Army air strike killed 'a dozen terrorists' near Banibangou.",
       "2025-03-20", "'on Thursday' before Saturday 2025-03-22", "Banibangou", "Tillaberi", "NE",
       "explosion", "Nigerien security forces", "unknown", killed=12,
       evidence=["It also said an air strike on Thursday had killed \"a dozen terrorists\" gathered near Banibangou, about 150 km to the north-west, without saying which group they belonged to."]),
])

# ---------------------------------------------------------------- Nigeria, Lake Chad

report("h4-04", "2025-11-03", '''
Bandits kill villagers, abduct dozens in northwest Nigeria
GUSAU, Nigeria, Nov 3 (AP) - Armed bandits on motorcycles stormed the village of Kairu in Zamfara state late on Saturday, shooting dead 11 villagers and abducting more than 40 others, most of them women and children, residents said Monday.
A Zamfara police spokesman confirmed the attack but put the death toll at nine, adding that officers had been deployed to track the kidnappers.
"We buried eleven people on Sunday. Our wives and daughters are in the bush with those men," said a farmer who hid in a neighbour's granary during the raid.
Residents said the gang belonged to a network loyal to Bello Turji, one of the most feared bandit leaders in the region, who has demanded levies from farming communities in exchange for access to their fields.
The Nigerian Air Force said in a separate statement that fighter jets had struck a bandit hideout in the Tsafe forest on Sunday, killing "scores of bandits" and destroying their motorcycles and supplies.
Thousands of people have been kidnapped for ransom in Nigeria's northwest in recent years by criminal gangs, known locally as bandits, who operate from forest camps.
''', [
    ev("Bandits raided Kairu, killing 11 (residents; police said nine) and abducting more than 40.",
       "2025-11-01", "'late on Saturday' before Monday 2025-11-03", "Kairu", "Zamfara", "NG",
       "attack_on_civilians", "bandits", "civilians", killed=9, killed_high=11,
       evidence=["Armed bandits on motorcycles stormed the village of Kairu in Zamfara state late on Saturday, shooting dead 11 villagers and abducting more than 40 others, most of them women and children, residents said Monday.",
                 "A Zamfara police spokesman confirmed the attack but put the death toll at nine, adding that officers had been deployed to track the kidnappers."]),
    ev("Air force jets struck a bandit hideout in the Tsafe forest, killing 'scores of bandits'.",
       "2025-11-02", "'on Sunday' before Monday 2025-11-03", "Tsafe forest", "Zamfara", "NG",
       "explosion", "Nigerian security forces", "bandits", killed=20,
       evidence=["The Nigerian Air Force said in a separate statement that fighter jets had struck a bandit hideout in the Tsafe forest on Sunday, killing \"scores of bandits\" and destroying their motorcycles and supplies."],
       note="'scores' = 20 by the ACLED convention in EVENTS.md"),
])

report("h4-05", "2025-04-15", '''
Chad says soldiers killed in Boko Haram raid on Lake Chad island post
N'DJAMENA, April 15 (AFP) - Boko Haram jihadists attacked an army post on an island in Lake Chad late on Sunday, killing seven Chadian soldiers, the army said on Tuesday.
An army spokesman said troops had repelled the assault on the post at Tchoukoutalia, in the Lac province, and killed 30 of the attackers, and that 12 soldiers had been wounded and flown to N'Djamena.
A security source in the provincial capital Bol gave a higher toll of 11 soldiers killed, speaking on condition of anonymity.
The island positions are regularly targeted by Boko Haram and by its rival, the Islamic State West Africa Province, whose fighters move by boat between Chad, Nigeria, Niger and Cameroon.
President Mahamat Idriss Deby visited wounded soldiers at the military hospital on Tuesday, the presidency said.
''', [
    ev("Boko Haram attacked the army post at Tchoukoutalia; 7 soldiers (army) or 11 (security source) and 30 attackers killed, 12 soldiers wounded.",
       "2025-04-13", "'late on Sunday' before Tuesday 2025-04-15", "Tchoukoutalia", "Lac", "TD",
       "battle", "Boko Haram", "Chadian security forces", killed=37, killed_high=41, wounded=12,
       evidence=["Boko Haram jihadists attacked an army post on an island in Lake Chad late on Sunday, killing seven Chadian soldiers, the army said on Tuesday.",
                 "An army spokesman said troops had repelled the assault on the post at Tchoukoutalia, in the Lac province, and killed 30 of the attackers, and that 12 soldiers had been wounded and flown to N'Djamena.",
                 "A security source in the provincial capital Bol gave a higher toll of 11 soldiers killed, speaking on condition of anonymity."],
       note="all sides: 7+30=37 (army) to 11+30=41 (security source)"),
])

report("h4-06", "2025-04-29", '''
Gunmen kill police officers at checkpoint in Nigeria's Imo state
OWERRI, Nigeria, April 29 (Reuters) - Gunmen opened fire on a police checkpoint in Orlu in Nigeria's southeastern Imo state on Monday morning, killing three officers and a passer-by, police said.
The state police spokesman said the attackers escaped with the officers' rifles and set their patrol van ablaze. He blamed the Eastern Security Network (ESN), the armed wing of the banned separatist Indigenous People of Biafra (IPOB).
IPOB denied involvement in a statement and accused security agencies of blaming the group for every crime in the region.
Troops arrested 14 suspected ESN members in a raid on a camp near Ihiala in neighbouring Anambra state on Saturday, an army spokesman said, adding that rifles, charms and a stolen police uniform had been recovered.
Separatist agitation has grown in the southeast since the 2021 rearrest of IPOB leader Nnamdi Kanu, whose trial on terrorism charges has dragged on for years.
Hundreds of police officers and soldiers have been killed in attacks in the region that are often blamed on so-called "unknown gunmen".
''', [
    ev("Gunmen attacked a police checkpoint in Orlu, killing three officers and a passer-by; police blamed the ESN.",
       "2025-04-28", "'on Monday morning' before Tuesday 2025-04-29", "Orlu", "Imo", "NG",
       "battle", "ESN", "Nigerian security forces", killed=4,
       evidence=["Gunmen opened fire on a police checkpoint in Orlu in Nigeria's southeastern Imo state on Monday morning, killing three officers and a passer-by, police said.",
                 "He blamed the Eastern Security Network (ESN), the armed wing of the banned separatist Indigenous People of Biafra (IPOB)."],
       note="attribution by police; IPOB denied"),
    ev("Troops arrested 14 suspected ESN members near Ihiala.",
       "2025-04-26", "'on Saturday' before Tuesday 2025-04-29", "Ihiala", "Anambra", "NG",
       "arrest", "Nigerian security forces", "ESN",
       evidence=["Troops arrested 14 suspected ESN members in a raid on a camp near Ihiala in neighbouring Anambra state on Saturday, an army spokesman said, adding that rifles, charms and a stolen police uniform had been recovered."]),
])

# ---------------------------------------------------------------- Central and East Africa

report("h4-07", "2025-08-12", '''
DR Congo: ADF rebels kill dozens in North Kivu village, civil society says
BENI, Democratic Republic of Congo, Aug 12 (Reuters) - Fighters from the Allied Democratic Forces (ADF) killed at least 31 people with machetes and guns in the village of Mamove in Beni territory, North Kivu province, on Sunday night, a local civil society leader said on Tuesday.
The army put the toll at 19 and said troops had been sent to pursue the attackers, who it said had fled towards the Virunga national park.
"We have counted 31 bodies so far, and many people are still missing in the fields," the civil society leader said by telephone.
The ADF, which began as a Ugandan rebel movement in the 1990s and has since pledged allegiance to the Islamic State group, has killed thousands of civilians in eastern Congo over the past decade.
In neighbouring Ituri province, fighters from the CODECO militia attacked the Lopa gold mining site in Djugu territory on July 28, killing 12 miners, according to the United Nations peacekeeping mission, MONUSCO.
Uganda and Congo have carried out joint military operations against the ADF since 2021, but the killings have continued.
''', [
    ev("ADF fighters killed 19 (army) to 31 (civil society) people in Mamove.",
       "2025-08-10", "'on Sunday night' before Tuesday 2025-08-12", "Mamove", "North Kivu", "CD",
       "attack_on_civilians", "ADF", "civilians", killed=19, killed_high=31,
       evidence=["Fighters from the Allied Democratic Forces (ADF) killed at least 31 people with machetes and guns in the village of Mamove in Beni territory, North Kivu province, on Sunday night, a local civil society leader said on Tuesday.",
                 "The army put the toll at 19 and said troops had been sent to pursue the attackers, who it said had fled towards the Virunga national park."]),
    ev("CODECO attacked the Lopa gold mining site, killing 12 miners.",
       "2025-07-28", "'on July 28', year of publication", "Lopa gold mining site", "Ituri", "CD",
       "attack_on_civilians", "CODECO", "civilians", killed=12,
       evidence=["In neighbouring Ituri province, fighters from the CODECO militia attacked the Lopa gold mining site in Djugu territory on July 28, killing 12 miners, according to the United Nations peacekeeping mission, MONUSCO."]),
])

report("h4-08", "2025-06-04", '''
Ethiopia: drone strike on minibus kills civilians in Amhara, witnesses say
ADDIS ABABA, June 4 (AFP) - A drone strike on a minibus near the town of Bichena in Ethiopia's Amhara region killed at least nine civilians on Monday, witnesses and a health worker said, blaming the federal army.
"The vehicle was carrying market traders. There was nothing military about it," a health worker at the Bichena hospital told AFP, adding that 14 wounded people had been brought in.
A spokesman for the Ethiopian National Defense Force did not respond to requests for comment. The government has said its operations target only "extremist" Fano fighters.
Fano, a loose network of Amhara militias that once fought alongside the army against Tigrayan forces, has been battling federal troops since August 2023.
On Sunday, Fano fighters briefly seized the town of Mehal Meda in North Shewa after clashes with soldiers that lasted through the night, residents said, before withdrawing the next morning.
Access to the region is restricted and internet connections have been cut in several areas, making accounts difficult to verify.
''', [
    ev("Drone strike blamed on the federal army hit a minibus near Bichena, killing at least nine civilians and wounding 14.",
       "2025-06-02", "'on Monday' before Wednesday 2025-06-04", "Bichena", "Amhara", "ET",
       "explosion", "Ethiopian security forces", "civilians", killed=9, wounded=14,
       evidence=["A drone strike on a minibus near the town of Bichena in Ethiopia's Amhara region killed at least nine civilians on Monday, witnesses and a health worker said, blaming the federal army.",
                 "\"The vehicle was carrying market traders. There was nothing military about it,\" a health worker at the Bichena hospital told AFP, adding that 14 wounded people had been brought in."]),
    ev("Fano fighters briefly seized Mehal Meda after clashes with soldiers.",
       "2025-06-01", "'On Sunday' before Wednesday 2025-06-04", "Mehal Meda", "Amhara", "ET",
       "territory_gain", "Fano", "Ethiopian security forces",
       evidence=["On Sunday, Fano fighters briefly seized the town of Mehal Meda in North Shewa after clashes with soldiers that lasted through the night, residents said, before withdrawing the next morning."]),
])

report("h4-09", "2025-09-20", '''
Sudan: RSF shelling kills civilians in El Fasher, army air strike hits Nyala market
PORT SUDAN, Sept 20 (Reuters) - Artillery fire by the paramilitary Rapid Support Forces (RSF) killed 12 civilians in the Daraja Oula neighbourhood of El Fasher on Friday, a local volunteer group said, as the siege of the army's last stronghold in Darfur dragged on.
The El Fasher Resistance Committees, which document abuses in the city, said shells struck homes and a communal kitchen, wounding at least 30 people.
The RSF did not comment on the report. The group has accused the army of using civilians in the city as human shields.
Meanwhile, an army air strike on a livestock market in Nyala, the RSF's main base in South Darfur, killed at least 20 people on Thursday, according to a medical source in the city. The RSF put the toll at 35 and said all of them were civilians.
The Sudanese Armed Forces (SAF) said its aircraft had struck "gatherings of the rebel militia" in Nyala but did not give details.
The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.
''', [
    ev("RSF artillery fire on Daraja Oula in El Fasher killed 12 civilians and wounded at least 30.",
       "2025-09-19", "'on Friday' before Saturday 2025-09-20", "Daraja Oula", "North Darfur", "SD",
       "explosion", "RSF", "civilians", killed=12, wounded=30,
       evidence=["Artillery fire by the paramilitary Rapid Support Forces (RSF) killed 12 civilians in the Daraja Oula neighbourhood of El Fasher on Friday, a local volunteer group said, as the siege of the army's last stronghold in Darfur dragged on.",
                 "The El Fasher Resistance Committees, which document abuses in the city, said shells struck homes and a communal kitchen, wounding at least 30 people."]),
    ev("Army air strike on Nyala's livestock market killed at least 20 (medical source) or 35 (RSF).",
       "2025-09-18", "'on Thursday' before Saturday 2025-09-20", "livestock market in Nyala", "South Darfur", "SD",
       "explosion", "Sudanese security forces", "civilians", killed=20, killed_high=35,
       evidence=["Meanwhile, an army air strike on a livestock market in Nyala, the RSF's main base in South Darfur, killed at least 20 people on Thursday, according to a medical source in the city.",
                 "The RSF put the toll at 35 and said all of them were civilians."]),
], [fig("displaced", 12000000, "Sudan", "The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.")])

report("h4-10", "2026-01-27", '''
South Sudan: White Army militia attacks army base in Upper Nile
JUBA, Jan 27 (AP) — Fighters of the White Army, a militia of armed Nuer youths, attacked a South Sudan army base in Ulang county in Upper Nile state on Sunday, sparking hours of fighting that killed at least 16 people, a local official said Tuesday.
The county commissioner said the dead included 10 soldiers and six militia fighters, and that dozens of families had fled across the Sobat river.
An army spokesman said the South Sudan People's Defence Forces (SSPDF) had repulsed the attackers and remained in control of the base.
The main opposition party, the SPLM-IO, accused the army of dropping barrel bombs on the village of Mandeng near Nasir on Monday, killing eight civilians including three children. The army denied targeting civilians.
The United Nations mission in South Sudan called on all sides to exercise restraint and protect civilians.
The White Army is not formally part of the opposition's armed wing, but the government accuses the SPLM-IO of directing it, a charge the party rejects.
''', [
    ev("White Army fighters attacked an army base in Ulang county; 16 killed (10 soldiers, six militiamen).",
       "2026-01-25", "'on Sunday' before Tuesday 2026-01-27", "Ulang", "Upper Nile", "SS",
       "battle", "White Army", "South Sudanese security forces", killed=16,
       evidence=["Fighters of the White Army, a militia of armed Nuer youths, attacked a South Sudan army base in Ulang county in Upper Nile state on Sunday, sparking hours of fighting that killed at least 16 people, a local official said Tuesday.",
                 "The county commissioner said the dead included 10 soldiers and six militia fighters, and that dozens of families had fled across the Sobat river."]),
    ev("Barrel bombs dropped by the army (per SPLM-IO) on Mandeng near Nasir killed eight civilians.",
       "2026-01-26", "'on Monday' before Tuesday 2026-01-27", "Mandeng", "Upper Nile", "SS",
       "explosion", "South Sudanese security forces", "civilians", killed=8,
       evidence=["The main opposition party, the SPLM-IO, accused the army of dropping barrel bombs on the village of Mandeng near Nasir on Monday, killing eight civilians including three children."],
       note="accusation by the opposition; army denied targeting civilians"),
])

report("h4-11", "2025-07-23", '''
Al Shabaab suicide bomber kills soldiers at Mogadishu training camp
MOGADISHU, July 23 (Reuters) - A suicide bomber from al Shabaab blew himself up among army recruits queuing at the gate of a military training camp in Mogadishu's Hodan district on Tuesday, killing at least nine soldiers, a military officer said.
An ambulance driver said his service had carried 13 bodies and more than 20 wounded people from the scene.
The Islamist group claimed responsibility in a statement on a website it uses, saying the recruits were being trained to fight "for the apostate government".
Separately, government troops backed by Macawisley clan militiamen recaptured the village of Sabiid in Lower Shabelle on Monday after a battle with al Shabaab fighters, the state news agency SONNA reported. It said 17 militants had been killed.
Al Shabaab, which is linked to al Qaeda, has been fighting for more than 15 years to topple Somalia's central government and impose its own strict interpretation of Islamic law.
The group has regained several towns in central Somalia this year.
''', [
    ev("Al-Shabaab suicide bomber struck recruits at a training camp in Hodan; 9 (officer) to 13 (ambulance) killed, more than 20 wounded.",
       "2025-07-22", "'on Tuesday' before Wednesday 2025-07-23", "Hodan", "Banadir", "SO",
       "explosion", "al-Shabaab", "Somali security forces", killed=9, killed_high=13, wounded=20,
       evidence=["A suicide bomber from al Shabaab blew himself up among army recruits queuing at the gate of a military training camp in Mogadishu's Hodan district on Tuesday, killing at least nine soldiers, a military officer said.",
                 "An ambulance driver said his service had carried 13 bodies and more than 20 wounded people from the scene."]),
    ev("Government troops with Macawisley militia recaptured Sabiid from al-Shabaab; 17 militants killed.",
       "2025-07-21", "'on Monday' before Wednesday 2025-07-23", "Sabiid", "Lower Shabelle", "SO",
       "territory_gain", "Somali security forces", "al-Shabaab", killed=17,
       evidence=["Separately, government troops backed by Macawisley clan militiamen recaptured the village of Sabiid in Lower Shabelle on Monday after a battle with al Shabaab fighters, the state news agency SONNA reported.",
                 "It said 17 militants had been killed."]),
])

report("h4-12", "2025-10-09", '''
Mozambique: Islamic State fighters behead villagers in Cabo Delgado
MAPUTO, Oct 9 (AFP) - Islamic State group fighters beheaded six villagers and set fire to dozens of homes in an attack on the village of Ocua in Chiure district, in Mozambique's northern Cabo Delgado province, on Tuesday, local sources said.
"They arrived in the afternoon, separated the men and killed them with machetes," said a resident who fled to the district headquarters with her children.
The Islamic State group claimed the attack through its Amaq news agency, saying its fighters had killed "seven Christians".
Rwandan troops, deployed since 2021 to help Mozambique's army, said they had killed eight insurgents in a clash on Wednesday near the village of Mbau in Mocimboa da Praia district.
The insurgency, which began in 2017, has killed more than 6,000 people and forced over a million to flee their homes, according to the conflict monitor ACLED.
''', [
    ev("Islamic State fighters beheaded six villagers in Ocua (seven by the group's claim) and burned homes.",
       "2025-10-07", "'on Tuesday' before Thursday 2025-10-09", "Ocua", "Cabo Delgado", "MZ",
       "attack_on_civilians", "Islamic State", "civilians", killed=6, killed_high=7,
       evidence=["Islamic State group fighters beheaded six villagers and set fire to dozens of homes in an attack on the village of Ocua in Chiure district, in Mozambique's northern Cabo Delgado province, on Tuesday, local sources said.",
                 "The Islamic State group claimed the attack through its Amaq news agency, saying its fighters had killed \"seven Christians\"."]),
    ev("Rwandan troops killed eight insurgents in a clash near Mbau.",
       "2025-10-08", "'on Wednesday' before Thursday 2025-10-09", "Mbau", "Cabo Delgado", "MZ",
       "battle", "Rwandan security forces", "Islamic State", killed=8,
       evidence=["Rwandan troops, deployed since 2021 to help Mozambique's army, said they had killed eight insurgents in a clash on Wednesday near the village of Mbau in Mocimboa da Praia district."]),
], [fig("killed", 6000, "Cabo Delgado", "The insurgency, which began in 2017, has killed more than 6,000 people and forced over a million to flee their homes, according to the conflict monitor ACLED.")])

report("h4-13", "2025-07-08", '''
Cameroon: roadside bomb kills soldiers in restive Northwest region
YAOUNDE, July 8 (Reuters) - A roadside bomb exploded under a military vehicle in the Nkwen neighbourhood of Bamenda, the capital of Cameroon's Northwest region, on Sunday, killing four soldiers, an army source said.
Two other soldiers were wounded and taken to the regional hospital, the source added.
The Ambazonia Defence Forces, one of several armed separatist groups fighting for an independent English-speaking state, said in a video posted on social media that its fighters had planted the device.
Human Rights Watch said on Monday that soldiers had killed four civilians, including a 70-year-old man, during a raid on the village of Kikaikelaki near Kumbo on June 30, in apparent reprisal for a separatist attack.
The army did not respond to a request for comment on the report.
The conflict in the Northwest and Southwest regions has killed more than 6,000 people since 2017, according to the International Crisis Group.
''', [
    ev("Ambazonia Defence Forces roadside bomb hit a military vehicle in Nkwen, Bamenda: four soldiers killed, two wounded.",
       "2025-07-06", "'on Sunday' before Tuesday 2025-07-08", "Nkwen", "Northwest", "CM",
       "explosion", "Ambazonia Defence Forces", "Cameroonian security forces", killed=4, wounded=2,
       evidence=["A roadside bomb exploded under a military vehicle in the Nkwen neighbourhood of Bamenda, the capital of Cameroon's Northwest region, on Sunday, killing four soldiers, an army source said.",
                 "Two other soldiers were wounded and taken to the regional hospital, the source added.",
                 "The Ambazonia Defence Forces, one of several armed separatist groups fighting for an independent English-speaking state, said in a video posted on social media that its fighters had planted the device."]),
    ev("Soldiers killed four civilians in a raid on Kikaikelaki near Kumbo.",
       "2025-06-30", "'on June 30', year of publication", "Kikaikelaki", "Northwest", "CM",
       "attack_on_civilians", "Cameroonian security forces", "civilians", killed=4,
       evidence=["Human Rights Watch said on Monday that soldiers had killed four civilians, including a 70-year-old man, during a raid on the village of Kikaikelaki near Kumbo on June 30, in apparent reprisal for a separatist attack."]),
])

report("h4-14", "2026-02-10", '''
Central African Republic: militia attack kills soldiers in southeast
BANGUI, Feb 10 (AFP) - Fighters from the Azande Ani Kpi Gbe militia attacked an army position in the town of Mboki in the southeastern Haut-Mbomou prefecture on Saturday, killing three soldiers and a Russian instructor, military sources said.
Two attackers were also killed in the fighting, which lasted several hours, a local official said.
The Azande Ani Kpi Gbe, an ethnic Zande self-defence group formed in 2024, accuses the Central African army (FACA) and its Russian allies of abuses against the local population, which the government denies.
In the northwest, fighters from the 3R armed group killed seven farmers on Thursday near the village of Bang, in the Ouham-Pende prefecture, a humanitarian source said.
The UN peacekeeping mission MINUSCA said it had sent a patrol to Bang and condemned the killings.
The country has been in conflict since 2013, when mainly Muslim Seleka rebels seized power, prompting reprisals by mostly Christian anti-balaka militias.
''', [
    ev("Azande Ani Kpi Gbe militia attacked an army position in Mboki: three soldiers, a Russian instructor and two attackers killed.",
       "2026-02-07", "'on Saturday' before Tuesday 2026-02-10", "Mboki", "Haut-Mbomou", "CF",
       "battle", "Azande Ani Kpi Gbe", "Central African security forces", killed=6,
       evidence=["Fighters from the Azande Ani Kpi Gbe militia attacked an army position in the town of Mboki in the southeastern Haut-Mbomou prefecture on Saturday, killing three soldiers and a Russian instructor, military sources said.",
                 "Two attackers were also killed in the fighting, which lasted several hours, a local official said."]),
    ev("3R fighters killed seven farmers near Bang.",
       "2026-02-05", "'on Thursday' before Tuesday 2026-02-10", "Bang", "Ouham-Pende", "CF",
       "attack_on_civilians", "3R", "civilians", killed=7,
       evidence=["In the northwest, fighters from the 3R armed group killed seven farmers on Thursday near the village of Bang, in the Ouham-Pende prefecture, a humanitarian source said."]),
])

# ---------------------------------------------------------------- North Africa, Middle East

report("h4-15", "2026-05-14", '''
Libya: deadly clashes between armed groups rock Tripoli
TRIPOLI, May 14 (Reuters) - Heavy clashes between two of Tripoli's most powerful armed groups killed at least eight people, including two civilians, in the Souq al-Juma district of the Libyan capital on Wednesday, the health ministry said.
The Emergency Medicine Centre later said 11 people had been killed and 27 wounded.
Residents and security sources said the fighting began when the 444 Combat Brigade moved armoured vehicles towards positions held by the Radaa Special Deterrence Force near Mitiga airport.
Flights at Mitiga were diverted to Misrata, and the UN Support Mission in Libya called for an immediate ceasefire.
On Thursday, hundreds of residents gathered in Martyrs' Square to protest against the presence of armed groups in residential neighbourhoods, chanting for the government to disband them. Witnesses said the protest was peaceful.
Libya has seen little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011, and it has been split since 2014 between rival administrations in the east and west.
''', [
    ev("Clashes in Souq al-Juma started by the 444 Combat Brigade against Radaa: 8 (ministry) to 11 killed, 27 wounded.",
       "2026-05-13", "'on Wednesday' before Thursday 2026-05-14", "Souq al-Juma", "Tripoli", "LY",
       "battle", "444 Combat Brigade", "Radaa", killed=8, killed_high=11, wounded=27,
       evidence=["Heavy clashes between two of Tripoli's most powerful armed groups killed at least eight people, including two civilians, in the Souq al-Juma district of the Libyan capital on Wednesday, the health ministry said.",
                 "The Emergency Medicine Centre later said 11 people had been killed and 27 wounded.",
                 "Residents and security sources said the fighting began when the 444 Combat Brigade moved armoured vehicles towards positions held by the Radaa Special Deterrence Force near Mitiga airport."]),
    ev("Peaceful protest in Martyrs' Square against armed groups.",
       "2026-05-14", "'On Thursday' = publication day 2026-05-14", "Martyrs' Square", "Tripoli", "LY",
       "other", "protesters", None,
       evidence=["On Thursday, hundreds of residents gathered in Martyrs' Square to protest against the presence of armed groups in residential neighbourhoods, chanting for the government to disband them."]),
])

report("h4-16", "2026-04-18", '''
Yemen: Houthi shelling kills children in Taiz as fighting flares in Marib
ADEN, April 18 (AFP) - Houthi shelling on the Al-Jahmaliya neighbourhood of the government-held city of Taiz killed two children and wounded five other people on Friday, a local health official said.
The shells hit a street where children were playing after Friday prayers, the official said.
In Marib province, Houthi fighters attacked government positions on the Raghwan front on Thursday, killing nine soldiers, military sources said. The rebels' al-Masirah television said its fighters had inflicted "heavy losses" on the enemy.
In the south, suspected fighters of al Qaeda in the Arabian Peninsula (AQAP) ambushed a patrol of the Security Belt forces, which are loyal to the separatist Southern Transitional Council, in the Mudiyah district of Abyan province on Wednesday, killing four of its members, a security official said.
AQAP has waged a campaign of bombings and ambushes against southern forces in Abyan and Shabwa over the past two years.
UN-led efforts to revive a peace roadmap between the Houthis and the Saudi-backed government have stalled.
''', [
    ev("Houthi shelling on Al-Jahmaliya in Taiz killed two children and wounded five.",
       "2026-04-17", "'on Friday' before Saturday 2026-04-18", "Al-Jahmaliya", "Taiz", "YE",
       "explosion", "Houthis", "civilians", killed=2, wounded=5,
       evidence=["Houthi shelling on the Al-Jahmaliya neighbourhood of the government-held city of Taiz killed two children and wounded five other people on Friday, a local health official said."]),
    ev("Houthi attack on government positions on the Raghwan front killed nine soldiers.",
       "2026-04-16", "'on Thursday' before Saturday 2026-04-18", "Raghwan", "Marib", "YE",
       "battle", "Houthis", "Yemeni security forces", killed=9,
       evidence=["In Marib province, Houthi fighters attacked government positions on the Raghwan front on Thursday, killing nine soldiers, military sources said."]),
    ev("Suspected AQAP fighters ambushed a Security Belt patrol in Mudiyah, killing four.",
       "2026-04-15", "'on Wednesday' before Saturday 2026-04-18", "Mudiyah", "Abyan", "YE",
       "battle", "AQAP", "Security Belt", killed=4,
       evidence=["In the south, suspected fighters of al Qaeda in the Arabian Peninsula (AQAP) ambushed a patrol of the Security Belt forces, which are loyal to the separatist Southern Transitional Council, in the Mudiyah district of Abyan province on Wednesday, killing four of its members, a security official said."]),
])

report("h4-17", "2026-03-03", '''
Syria: Islamic State attack kills soldiers in Deir ez-Zor desert
DAMASCUS, March 3 (Reuters) - Islamic State militants attacked a Syrian army checkpoint near the town of al-Mayadin in eastern Deir ez-Zor province late on Monday, killing five soldiers, the defence ministry said.
The Syrian Observatory for Human Rights, a Britain-based war monitor, said seven soldiers and two attackers had been killed.
The militants fled into the Badia desert after the attack, the ministry said, adding that a search operation was under way.
In the northeast, the Kurdish-led Syrian Democratic Forces (SDF) said on Tuesday they had arrested 11 suspected Islamic State members in a raid on Sunday in al-Shaddadi, south of Hasakah, with support from the US-led coalition.
An Israeli drone strike hit a car near Beit Jinn, southwest of Damascus, on Monday, killing two men, state media said. The Israeli military said it had targeted members of a cell planning attacks on Israel.
Islamic State cells have stepped up attacks in the desert since the fall of Bashar al-Assad in December 2024, according to the monitor.
''', [
    ev("Islamic State attacked an army checkpoint near al-Mayadin: five soldiers killed (ministry) or seven soldiers and two attackers (SOHR).",
       "2026-03-02", "'late on Monday' before Tuesday 2026-03-03", "al-Mayadin", "Deir ez-Zor", "SY",
       "battle", "Islamic State", "Syrian government forces", killed=5, killed_high=9,
       evidence=["Islamic State militants attacked a Syrian army checkpoint near the town of al-Mayadin in eastern Deir ez-Zor province late on Monday, killing five soldiers, the defence ministry said.",
                 "The Syrian Observatory for Human Rights, a Britain-based war monitor, said seven soldiers and two attackers had been killed."]),
    ev("SDF arrested 11 suspected Islamic State members in al-Shaddadi.",
       "2026-03-01", "'on Sunday' before Tuesday 2026-03-03", "al-Shaddadi", "Hasakah", "SY",
       "arrest", "Syrian Democratic Forces", "Islamic State",
       evidence=["In the northeast, the Kurdish-led Syrian Democratic Forces (SDF) said on Tuesday they had arrested 11 suspected Islamic State members in a raid on Sunday in al-Shaddadi, south of Hasakah, with support from the US-led coalition."]),
    ev("Israeli drone strike on a car near Beit Jinn killed two men.",
       "2026-03-02", "'on Monday' before Tuesday 2026-03-03", "Beit Jinn", "Rif Dimashq", "SY",
       "explosion", "Israeli security forces", "unknown", killed=2,
       evidence=["An Israeli drone strike hit a car near Beit Jinn, southwest of Damascus, on Monday, killing two men, state media said."]),
])

report("h4-18", "2024-02-15", '''
Iraq: IS attack kills paramilitary fighters north of Baghdad
BAGHDAD, Feb 15 (AFP) - Islamic State group jihadists attacked a position of the Hashed al-Shaabi paramilitary force in the Tarmiyah district north of Baghdad on Wednesday night, killing three fighters and wounding two, a security official said.
The Hashed, a coalition of mostly Shiite armed groups now formally part of Iraq's security forces, said in a statement that reinforcements had been sent to the area and that the attackers had fled into orchards along the Tigris.
Separately, Iraq's Counter-Terrorism Service said its forces had arrested a senior IS leader responsible for the group's operations in Kirkuk in a raid in the city on Tuesday.
In the north, a Turkish drone strike hit a car near Sinune in the Sinjar district on Monday, killing two members of the Sinjar Resistance Units (YBS), a Yazidi armed group linked to the PKK, Kurdish officials said.
Iraq declared victory over IS in late 2017, but remnant cells still carry out sporadic attacks, mostly in rural areas north of the capital.
''', [
    ev("Islamic State attacked a Hashed al-Shaabi position in Tarmiyah: three killed, two wounded.",
       "2024-02-14", "'on Wednesday night' before Thursday 2024-02-15", "Tarmiyah", "Baghdad", "IQ",
       "battle", "Islamic State", "Popular Mobilization Forces", killed=3, wounded=2,
       evidence=["Islamic State group jihadists attacked a position of the Hashed al-Shaabi paramilitary force in the Tarmiyah district north of Baghdad on Wednesday night, killing three fighters and wounding two, a security official said."]),
    ev("CTS arrested a senior IS leader in Kirkuk.",
       "2024-02-13", "'on Tuesday' before Thursday 2024-02-15", "Kirkuk", "Kirkuk", "IQ",
       "arrest", "Counter-Terrorism Service", "Islamic State",
       evidence=["Separately, Iraq's Counter-Terrorism Service said its forces had arrested a senior IS leader responsible for the group's operations in Kirkuk in a raid in the city on Tuesday."]),
    ev("Turkish drone strike on a car near Sinune killed two YBS members.",
       "2024-02-12", "'on Monday' before Thursday 2024-02-15", "Sinune", "Nineveh", "IQ",
       "explosion", "Turkish security forces", "Sinjar Resistance Units", killed=2,
       evidence=["In the north, a Turkish drone strike hit a car near Sinune in the Sinjar district on Monday, killing two members of the Sinjar Resistance Units (YBS), a Yazidi armed group linked to the PKK, Kurdish officials said."]),
])

# ---------------------------------------------------------------- South and Southeast Asia

report("h4-19", "2020-10-07", '''
Taliban attack checkpoints in Afghanistan's Kunduz as talks stall
KUNDUZ, Afghanistan, Oct 7 (Reuters) - Taliban fighters attacked several security checkpoints on the outskirts of Kunduz city late on Tuesday, killing at least 12 members of the Afghan security forces, provincial officials said on Wednesday.
A member of the provincial council said 15 soldiers and police had died and that the Taliban had overrun two of the checkpoints.
A Taliban spokesman said on Twitter that the group's fighters had seized weapons and ammunition.
In southern Helmand province, an air force strike on Monday killed eight civilians, including women and children, in the Nawa district, residents and a provincial council member said. The defence ministry said the strike had targeted Taliban fighters who were preparing an attack.
The violence comes as negotiators for the Afghan government and the Taliban meet in Qatar's capital Doha in talks aimed at ending nearly two decades of war.
''', [
    ev("Taliban attacked checkpoints on the outskirts of Kunduz city; 12 (officials) to 15 (council member) security personnel killed.",
       "2020-10-06", "'late on Tuesday' before Wednesday 2020-10-07", "outskirts of Kunduz city", "Kunduz", "AF",
       "battle", "Taliban", "Afghan security forces", killed=12, killed_high=15,
       evidence=["Taliban fighters attacked several security checkpoints on the outskirts of Kunduz city late on Tuesday, killing at least 12 members of the Afghan security forces, provincial officials said on Wednesday.",
                 "A member of the provincial council said 15 soldiers and police had died and that the Taliban had overrun two of the checkpoints."]),
    ev("Afghan air force strike in Nawa district killed eight civilians.",
       "2020-10-05", "'on Monday' before Wednesday 2020-10-07", "Nawa", "Helmand", "AF",
       "explosion", "Afghan security forces", "civilians", killed=8,
       evidence=["In southern Helmand province, an air force strike on Monday killed eight civilians, including women and children, in the Nawa district, residents and a provincial council member said."]),
])

report("h4-20", "2025-12-11", '''
Pakistan: militants storm police station in northwest, gunmen kill bus passengers in Balochistan
PESHAWAR, Pakistan, Dec 11 (AP) — Militants armed with rifles and hand grenades stormed a police station in the Bannu district of Khyber Pakhtunkhwa province before dawn Thursday, killing four policemen, officials said.
Police said officers returned fire and killed three of the attackers, and that two other policemen were wounded. The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, claimed responsibility.
In southwestern Balochistan province, gunmen stopped a passenger bus on a highway near Kalat on Wednesday evening, checked the identity cards of the passengers and shot dead six men from Punjab province, a local administration official said.
No group immediately claimed the killings. Baloch separatist groups have carried out similar attacks on workers and travellers from Punjab.
Separately, the military's media wing said security forces had killed 11 militants in an intelligence-based operation in the North Waziristan district on Tuesday.
Pakistan accuses Afghanistan's Taliban government of sheltering the TTP, a charge Kabul denies.
''', [
    ev("TTP militants stormed a police station in Bannu: four policemen and three attackers killed, two policemen wounded.",
       "2025-12-11", "'before dawn Thursday' = publication day 2025-12-11", "Bannu", "Khyber Pakhtunkhwa", "PK",
       "battle", "TTP", "Pakistani security forces", killed=7, wounded=2,
       evidence=["Militants armed with rifles and hand grenades stormed a police station in the Bannu district of Khyber Pakhtunkhwa province before dawn Thursday, killing four policemen, officials said.",
                 "Police said officers returned fire and killed three of the attackers, and that two other policemen were wounded.",
                 "The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, claimed responsibility."]),
    ev("Gunmen stopped a bus near Kalat and shot dead six passengers from Punjab.",
       "2025-12-10", "'on Wednesday evening' before Thursday 2025-12-11", "Kalat", "Balochistan", "PK",
       "attack_on_civilians", "unknown", "civilians", killed=6,
       evidence=["In southwestern Balochistan province, gunmen stopped a passenger bus on a highway near Kalat on Wednesday evening, checked the identity cards of the passengers and shot dead six men from Punjab province, a local administration official said."],
       note="no claim; separatists only mentioned as having done similar attacks"),
    ev("Security forces killed 11 militants in an operation in North Waziristan.",
       "2025-12-09", "'on Tuesday' before Thursday 2025-12-11", "North Waziristan", "Khyber Pakhtunkhwa", "PK",
       "battle", "Pakistani security forces", "unknown", killed=11,
       evidence=["Separately, the military's media wing said security forces had killed 11 militants in an intelligence-based operation in the North Waziristan district on Tuesday."]),
])

report("h4-21", "2026-01-20", '''
Seven Maoists killed in Chhattisgarh encounter; IED blast kills two jawans in Bijapur
RAIPUR, Jan 20 (PTI) Seven Maoists, including two women cadres, were killed in an encounter with security forces in the forests of Abujhmarh in Chhattisgarh's Narayanpur district on Monday, police said.
The gunfight broke out in the morning when a joint team of the District Reserve Guard (DRG) and the Special Task Force was out on an anti-Maoist operation, a senior police officer said.
Two AK-47 rifles, a self-loading rifle and a large quantity of explosives were recovered from the spot, he said.
In a separate incident on Sunday, two DRG jawans were killed and three others injured when Maoists triggered an improvised explosive device (IED) near Kutru in Bijapur district while their team was returning from a patrol, officials said.
The Centre had set a deadline of March 2026 to end Left-wing extremism in the country.
''', [
    ev("Security forces killed seven Maoists in an encounter in Abujhmarh.",
       "2026-01-19", "'on Monday' before Tuesday 2026-01-20", "Abujhmarh", "Chhattisgarh", "IN",
       "battle", "Indian security forces", "Maoists", killed=7,
       evidence=["Seven Maoists, including two women cadres, were killed in an encounter with security forces in the forests of Abujhmarh in Chhattisgarh's Narayanpur district on Monday, police said."]),
    ev("Maoist IED near Kutru killed two DRG jawans and injured three.",
       "2026-01-18", "'on Sunday' before Tuesday 2026-01-20", "Kutru", "Chhattisgarh", "IN",
       "explosion", "Maoists", "Indian security forces", killed=2, wounded=3,
       evidence=["In a separate incident on Sunday, two DRG jawans were killed and three others injured when Maoists triggered an improvised explosive device (IED) near Kutru in Bijapur district while their team was returning from a patrol, officials said."]),
])

report("h4-22", "2024-07-02", '''
Manipur: CRPF jawan killed in Jiribam firing; police use tear gas on protesters in Imphal
IMPHAL, July 2: A CRPF jawan was killed and another injured when suspected Kuki militants opened fire on a joint security team in Manipur's Jiribam district on Sunday, police said.
The team was patrolling near Mongbung village when it came under fire from the surrounding hills, and the exchange of fire lasted nearly an hour, a senior officer said.
In Imphal, police fired tear gas shells on Monday to disperse hundreds of protesters who tried to march towards the Raj Bhavan, demanding the release of five members of the Meitei group Arambai Tenggol arrested last week. At least 10 protesters were injured, organisers said.
Kuki groups have accused the Arambai Tenggol of leading attacks on their villages, a charge it denies.
More than 220 people have been killed and about 60,000 displaced since ethnic violence broke out between the Meitei and Kuki-Zo communities in May 2023.
''', [
    ev("Suspected Kuki militants fired on a security team near Mongbung, Jiribam: one CRPF jawan killed, one injured.",
       "2024-06-30", "'on Sunday' before Tuesday 2024-07-02", "Mongbung", "Manipur", "IN",
       "battle", "Kuki militants", "Indian security forces", killed=1, wounded=1,
       evidence=["A CRPF jawan was killed and another injured when suspected Kuki militants opened fire on a joint security team in Manipur's Jiribam district on Sunday, police said.",
                 "The team was patrolling near Mongbung village when it came under fire from the surrounding hills, and the exchange of fire lasted nearly an hour, a senior officer said."]),
    ev("Police fired tear gas on protesters marching to the Raj Bhavan in Imphal; at least 10 injured.",
       "2024-07-01", "'on Monday' before Tuesday 2024-07-02", "Imphal", "Manipur", "IN",
       "other", "protesters", "Indian security forces", wounded=10,
       evidence=["In Imphal, police fired tear gas shells on Monday to disperse hundreds of protesters who tried to march towards the Raj Bhavan, demanding the release of five members of the Meitei group Arambai Tenggol arrested last week.",
                 "At least 10 protesters were injured, organisers said."],
       note="protest with intervention; the arrests 'last week' are unplaced and undated, not coded"),
], [fig("displaced", 60000, "Manipur", "More than 220 people have been killed and about 60,000 displaced since ethnic violence broke out between the Meitei and Kuki-Zo communities in May 2023.")])

report("h4-23", "2025-08-28", '''
Myanmar military air strike kills jade miners in Kachin state, rebels say
BANGKOK, Aug 28 (Reuters) - A Myanmar military air strike on a jade mining area near the town of Hpakant in northern Kachin state killed at least 11 civilians on Tuesday, the Kachin Independence Army (KIA) and a local rescue worker said.
"A fighter jet dropped two bombs on the workers' huts in the afternoon," the rescue worker said, adding that 15 people had been wounded.
A spokesman for the junta did not answer calls seeking comment. The military has said it targets only "terrorist" groups.
The KIA, one of Myanmar's oldest ethnic armed groups, said its fighters had captured a military outpost at Mansi on Sunday after three days of fighting, and had taken 14 soldiers prisoner.
The military, which seized power in a February 2021 coup, has increasingly relied on air power as it loses ground to ethnic armies and pro-democracy militias.
''', [
    ev("Military air strike on a jade mining area near Hpakant killed at least 11 civilians and wounded 15.",
       "2025-08-26", "'on Tuesday' before Thursday 2025-08-28", "Hpakant", "Kachin", "MM",
       "explosion", "Myanmar security forces", "civilians", killed=11, wounded=15,
       evidence=["A Myanmar military air strike on a jade mining area near the town of Hpakant in northern Kachin state killed at least 11 civilians on Tuesday, the Kachin Independence Army (KIA) and a local rescue worker said.",
                 "\"A fighter jet dropped two bombs on the workers' huts in the afternoon,\" the rescue worker said, adding that 15 people had been wounded."]),
    ev("KIA captured the military outpost at Mansi after three days of fighting.",
       "2025-08-24", "'on Sunday' before Thursday 2025-08-28", "Mansi", "Kachin", "MM",
       "territory_gain", "KIA", "Myanmar security forces",
       evidence=["The KIA, one of Myanmar's oldest ethnic armed groups, said its fighters had captured a military outpost at Mansi on Sunday after three days of fighting, and had taken 14 soldiers prisoner."]),
])

report("h4-24", "2026-02-24", '''
Philippine troops clash with communist rebels in Samar, Islamist militants in Lanao
MANILA, Feb 24 (AP) — New People's Army (NPA) guerrillas attacked a patrol of Philippine soldiers in the village of San Miguel in Las Navas town, Northern Samar province, on Monday, leaving three rebels and a soldier dead, the military said.
Troops recovered four rifles and a cache of explosives after the hour-long gunbattle, a regional army spokesman said.
On Saturday, soldiers fought about 20 militants of the Islamic State-linked Dawlah Islamiyah group near Butig town in Lanao del Sur province, killing two of them, the military said. One soldier was wounded.
The NPA, the armed wing of the Communist Party of the Philippines, has waged a rural insurgency since 1969, though its strength has dwindled sharply in recent years.
''', [
    ev("NPA guerrillas attacked an army patrol in San Miguel, Las Navas: three rebels and a soldier killed.",
       "2026-02-23", "'on Monday' before Tuesday 2026-02-24", "San Miguel", "Northern Samar", "PH",
       "battle", "NPA", "Philippine security forces", killed=4,
       evidence=["New People's Army (NPA) guerrillas attacked a patrol of Philippine soldiers in the village of San Miguel in Las Navas town, Northern Samar province, on Monday, leaving three rebels and a soldier dead, the military said."]),
    ev("Soldiers fought Dawlah Islamiyah militants near Butig, killing two; one soldier wounded.",
       "2026-02-21", "'On Saturday' before Tuesday 2026-02-24", "Butig", "Lanao del Sur", "PH",
       "battle", "Philippine security forces", "Dawlah Islamiyah", killed=2, wounded=1,
       evidence=["On Saturday, soldiers fought about 20 militants of the Islamic State-linked Dawlah Islamiyah group near Butig town in Lanao del Sur province, killing two of them, the military said.",
                 "One soldier was wounded."]),
])

# ---------------------------------------------------------------- Americas

report("h4-25", "2025-11-18", '''
Colombia: ELN and FARC dissidents clash in Catatumbo, drone attack wounds soldiers in Cauca
BOGOTA, Nov 18 (Reuters) - National Liberation Army (ELN) rebels attacked positions held by FARC dissidents of the 33rd Front in rural Tibu, in Colombia's northeastern Catatumbo region, on Sunday, sparking clashes that killed at least 14 people, the ombudsman's office said.
The ombudsman said most of the dead were combatants but that at least three were civilians caught in the crossfire, and that about 400 families had fled to the town centre.
The ELN said in a statement that it was defending the population from the dissidents' "criminal" activities.
In southwestern Cauca province, an explosive-laden drone struck a military base in El Plateado, in Argelia municipality, on Monday, wounding four soldiers, the army said. It blamed the Carlos Patino front, a faction of the dissident group known as Estado Mayor Central.
President Gustavo Petro's "total peace" policy of negotiating with armed groups has largely stalled, and violence has risen in several regions ahead of the 2026 elections.
''', [
    ev("ELN attacked 33rd Front dissident positions in rural Tibu; at least 14 killed.",
       "2025-11-16", "'on Sunday' before Tuesday 2025-11-18", "Tibu", "Norte de Santander", "CO",
       "battle", "ELN", "33rd Front", killed=14,
       evidence=["National Liberation Army (ELN) rebels attacked positions held by FARC dissidents of the 33rd Front in rural Tibu, in Colombia's northeastern Catatumbo region, on Sunday, sparking clashes that killed at least 14 people, the ombudsman's office said."]),
    ev("Explosive drone attack on the army base in El Plateado wounded four soldiers; army blamed the Carlos Patino front.",
       "2025-11-17", "'on Monday' before Tuesday 2025-11-18", "El Plateado", "Cauca", "CO",
       "explosion", "Carlos Patino front", "Colombian security forces", wounded=4,
       evidence=["In southwestern Cauca province, an explosive-laden drone struck a military base in El Plateado, in Argelia municipality, on Monday, wounding four soldiers, the army said.",
                 "It blamed the Carlos Patino front, a faction of the dissident group known as Estado Mayor Central."]),
])

report("h4-26", "2026-03-30", '''
Mexico: gunbattle between Sinaloa cartel factions kills six in Culiacan
MEXICO CITY, March 30 (Reuters) - Gunmen from rival factions of the Sinaloa Cartel fought a gunbattle in the Tierra Blanca neighbourhood of Culiacan on Saturday night, leaving six people dead, Sinaloa state prosecutors said.
Prosecutors said the shootout began when gunmen of Los Chapitos, the faction led by sons of jailed drug lord Joaquin "El Chapo" Guzman, ambushed a group linked to La Mayiza, the faction loyal to Ismael "El Mayo" Zambada.
On Sunday morning, police found the bodies of five men dumped beside a highway near Navolato, west of the city, with signs of torture.
In western Jalisco state, soldiers and National Guard officers arrested a regional commander of the Jalisco New Generation Cartel (CJNG) in Zapopan on Friday, the security ministry said, seizing rifles and a grenade launcher.
More than 1,800 people have been killed in Sinaloa since the two factions turned on each other in September 2024, according to state figures.
''', [
    ev("Los Chapitos gunmen ambushed a La Mayiza group in Tierra Blanca, Culiacan; six dead.",
       "2026-03-28", "'on Saturday night' before Monday 2026-03-30", "Tierra Blanca", "Sinaloa", "MX",
       "battle", "Los Chapitos", "La Mayiza", killed=6,
       evidence=["Gunmen from rival factions of the Sinaloa Cartel fought a gunbattle in the Tierra Blanca neighbourhood of Culiacan on Saturday night, leaving six people dead, Sinaloa state prosecutors said.",
                 "Prosecutors said the shootout began when gunmen of Los Chapitos, the faction led by sons of jailed drug lord Joaquin \"El Chapo\" Guzman, ambushed a group linked to La Mayiza, the faction loyal to Ismael \"El Mayo\" Zambada."]),
    ev("Five tortured bodies found beside a highway near Navolato.",
       "2026-03-29", "found 'On Sunday morning'; day of the killings unknown", "Navolato", "Sinaloa", "MX",
       "attack_on_civilians", "unknown", "civilians", killed=5,
       evidence=["On Sunday morning, police found the bodies of five men dumped beside a highway near Navolato, west of the city, with signs of torture."],
       optional=True, note="a discovery of bodies: when and by whom they were killed is not reported"),
    ev("Soldiers and National Guard arrested a CJNG regional commander in Zapopan.",
       "2026-03-27", "'on Friday' before Monday 2026-03-30", "Zapopan", "Jalisco", "MX",
       "arrest", "Mexican security forces", "Jalisco New Generation Cartel",
       evidence=["In western Jalisco state, soldiers and National Guard officers arrested a regional commander of the Jalisco New Generation Cartel (CJNG) in Zapopan on Friday, the security ministry said, seizing rifles and a grenade launcher."]),
], [fig("killed", 1800, "Sinaloa", "More than 1,800 people have been killed in Sinaloa since the two factions turned on each other in September 2024, according to state figures.")])

report("h4-27", "2025-06-25", '''
Haiti: gang attack kills 15 in Artibonite town; mob kills suspected gang members in capital
PORT-AU-PRINCE, Haiti, June 25 (AP) — Members of the Gran Grif gang attacked the town of Liancourt in Haiti's central Artibonite region on Monday, killing at least 15 people and setting homes on fire, a local official said.
"They came in before dawn and shot at anyone they saw," said the official, who asked not to be named for fear of reprisals. A human rights group, the National Human Rights Defense Network, said 22 people had died.
In the capital, residents of the Petion-Ville suburb beat and burned to death four men they accused of belonging to a gang on Tuesday, in the latest act of vigilante justice by the so-called Bwa Kale movement, police said.
A police task force also said it had killed several members of the Viv Ansanm gang coalition in explosive drone strikes on Cite Soleil on Monday, without giving a number.
Gangs control about 90 percent of Port-au-Prince, according to the United Nations, and have expanded into the Artibonite and Centre regions over the past year.
''', [
    ev("Gran Grif attacked Liancourt, killing 15 (official) to 22 (rights group) and burning homes.",
       "2025-06-23", "'on Monday' before Wednesday 2025-06-25", "Liancourt", "Artibonite", "HT",
       "attack_on_civilians", "Gran Grif", "civilians", killed=15, killed_high=22,
       evidence=["Members of the Gran Grif gang attacked the town of Liancourt in Haiti's central Artibonite region on Monday, killing at least 15 people and setting homes on fire, a local official said.",
                 "A human rights group, the National Human Rights Defense Network, said 22 people had died."]),
    ev("Bwa Kale vigilantes in Petion-Ville beat and burned to death four suspected gang members.",
       "2025-06-24", "'on Tuesday' before Wednesday 2025-06-25", "Petion-Ville", "Ouest", "HT",
       "other", "Bwa Kale", "civilians", killed=4,
       evidence=["In the capital, residents of the Petion-Ville suburb beat and burned to death four men they accused of belonging to a gang on Tuesday, in the latest act of vigilante justice by the so-called Bwa Kale movement, police said."],
       note="mob violence (Riots)"),
    ev("Police task force drone strikes on Viv Ansanm in Cite Soleil killed 'several' gang members.",
       "2025-06-23", "'on Monday' before Wednesday 2025-06-25", "Cite Soleil", "Ouest", "HT",
       "explosion", "Haitian security forces", "Viv Ansanm",
       evidence=["A police task force also said it had killed several members of the Viv Ansanm gang coalition in explosive drone strikes on Cite Soleil on Monday, without giving a number."],
       note="'several': no count"),
])

# ---------------------------------------------------------------- Europe, Israel/Palestine

report("h4-28", "2025-10-02", '''
Russian drones hit Kharkiv apartment block; Moscow claims capture of Donetsk village
KYIV, Oct 2 (Reuters) - A Russian drone attack on Kharkiv late on Wednesday struck a nine-storey apartment building in the city's Saltivskyi district, killing three people and injuring 21, the regional governor said on Thursday.
Rescuers were searching the rubble for two residents who remained unaccounted for, the governor said on Telegram.
Russia's defence ministry said on Thursday that its troops had captured the village of Novopavlivka in Ukraine's Donetsk region on Wednesday. Ukraine's military did not confirm the claim.
In Russia's Belgorod region, a Ukrainian drone hit a car in the town of Shebekino on Wednesday, killing the driver, the regional governor said.
Ukraine's air force said Russia had launched 92 drones and two ballistic missiles overnight, of which 71 drones were shot down or jammed.
''', [
    ev("Russian drones struck an apartment building in Saltivskyi district, Kharkiv: three killed, 21 injured.",
       "2025-10-01", "'late on Wednesday' before Thursday 2025-10-02", "Saltivskyi", "Kharkiv", "UA",
       "explosion", "Russian security forces", "civilians", killed=3, wounded=21,
       evidence=["A Russian drone attack on Kharkiv late on Wednesday struck a nine-storey apartment building in the city's Saltivskyi district, killing three people and injuring 21, the regional governor said on Thursday."]),
    ev("Russia claimed the capture of Novopavlivka.",
       "2025-10-01", "'on Wednesday' before Thursday 2025-10-02", "Novopavlivka", "Donetsk", "UA",
       "territory_gain", "Russian security forces", "Ukrainian security forces",
       evidence=["Russia's defence ministry said on Thursday that its troops had captured the village of Novopavlivka in Ukraine's Donetsk region on Wednesday."],
       note="unconfirmed claim"),
    ev("Ukrainian drone hit a car in Shebekino, killing the driver.",
       "2025-10-01", "'on Wednesday' before Thursday 2025-10-02", "Shebekino", "Belgorod", "RU",
       "explosion", "Ukrainian security forces", "civilians", killed=1,
       evidence=["In Russia's Belgorod region, a Ukrainian drone hit a car in the town of Shebekino on Wednesday, killing the driver, the regional governor said."]),
])

report("h4-29", "2024-11-19", '''
Israeli strike on tent camp in Gaza kills 11; settlers torch cars in West Bank village
GAZA, Nov 19 (Reuters) - An Israeli air strike hit a tent sheltering displaced families in the al-Mawasi area west of Khan Younis early on Tuesday, killing at least 11 people, including four children, Palestinian health officials said.
Civil defence officials said 16 people had been wounded. The Israeli military said it had struck Hamas militants operating from within the humanitarian zone and had taken steps to reduce harm to civilians.
In the occupied West Bank, Israeli settlers set fire to cars and a house in the village of Sinjil, north of Ramallah, on Monday night, the Palestinian news agency Wafa said. Two Palestinians were lightly injured.
Israeli forces arrested at least 20 Palestinians in raids in the Jenin refugee camp on Monday, the Palestinian Prisoners' Society said.
More than 43,000 Palestinians have been killed in Gaza since the war began in October 2023, according to the territory's health ministry.
''', [
    ev("Israeli air strike on a tent in al-Mawasi west of Khan Younis killed at least 11 and wounded 16.",
       "2024-11-19", "'early on Tuesday' = publication day 2024-11-19", "al-Mawasi", "Khan Younis", "PS",
       "explosion", "Israeli security forces", "civilians", killed=11, wounded=16,
       evidence=["An Israeli air strike hit a tent sheltering displaced families in the al-Mawasi area west of Khan Younis early on Tuesday, killing at least 11 people, including four children, Palestinian health officials said.",
                 "Civil defence officials said 16 people had been wounded."]),
    ev("Israeli settlers set fire to cars and a house in Sinjil; two Palestinians lightly injured.",
       "2024-11-18", "'on Monday night' before Tuesday 2024-11-19", "Sinjil", "Ramallah and al-Bireh", "PS",
       "attack_on_civilians", "Israeli settlers", "civilians", wounded=2,
       evidence=["In the occupied West Bank, Israeli settlers set fire to cars and a house in the village of Sinjil, north of Ramallah, on Monday night, the Palestinian news agency Wafa said.",
                 "Two Palestinians were lightly injured."]),
    ev("Israeli forces arrested at least 20 Palestinians in Jenin refugee camp.",
       "2024-11-18", "'on Monday' before Tuesday 2024-11-19", "Jenin refugee camp", "Jenin", "PS",
       "arrest", "Israeli security forces", "civilians",
       evidence=["Israeli forces arrested at least 20 Palestinians in raids in the Jenin refugee camp on Monday, the Palestinian Prisoners' Society said."]),
], [fig("killed", 43000, "Gaza", "More than 43,000 Palestinians have been killed in Gaza since the war began in October 2023, according to the territory's health ministry.")])

# ---------------------------------------------------------------- reports with no incident

report("h4-30", "2025-11-15", '''
Congo and M23 rebels sign framework for peace in Doha
DOHA, Nov 15 (Reuters) - Congo's government and the AFC/M23 rebel alliance signed a framework agreement in Qatar on Saturday that mediators said would pave the way for a lasting peace in eastern Congo, though key questions over the withdrawal of rebel forces remain unresolved.
The document sets out eight protocols, including on prisoner exchanges, humanitarian access and the restoration of state authority in areas held by the rebels, Qatari officials said. Only two of them have so far been negotiated in detail.
"This is a beginning, not an end," said a Western diplomat who attended the ceremony. "The hard part is on the ground."
The M23, which Kinshasa and UN experts say is backed by Rwanda, seized the eastern cities of Goma and Bukavu early this year in an offensive that killed thousands of people. Rwanda denies arming the group.
Fighting has continued in parts of North and South Kivu despite a ceasefire declaration signed in July, with each side accusing the other of violations.
A separate agreement between Congo and Rwanda was signed in Washington in June.
''')

report("h4-31", "2025-03-09", '''
Thousands attend funeral of Hezbollah fighters recovered from rubble in south Lebanon
BINT JBEIL, Lebanon, March 9 (AFP) - Thousands of mourners waving yellow flags filled the streets of the southern Lebanese town of Bint Jbeil on Sunday for the funeral of 12 Hezbollah fighters whose bodies were recovered from the rubble of destroyed buildings in recent weeks.
The men were killed during the Israeli ground offensive last autumn, the group said, and their remains could only be retrieved after Israeli troops pulled back from most of the border area under a ceasefire.
"They stayed under the stones for months, and now they are home," said a woman whose brother was among those buried.
A Hezbollah lawmaker told the crowd that the group remained committed to the ceasefire but would not accept "the occupation of a single hill", referring to five positions Israeli troops still hold inside Lebanon.
Lebanese troops and a UN peacekeeping patrol were deployed along the route of the procession, which passed off without incident.
''')

report("h4-32", "2026-06-24", '''
Security tightened in Kashmir ahead of Amarnath Yatra
SRINAGAR, June 24 (PTI) Security has been stepped up across Jammu and Kashmir ahead of the annual Amarnath Yatra, with more than 580 companies of central armed police forces being deployed along the pilgrimage routes, officials said on Wednesday.
The Lieutenant Governor chaired a high-level security review meeting in Srinagar, where officials discussed the use of drones, RFID tags for pilgrims and convoy timings, an official spokesperson said.
"The safety of every pilgrim is our priority. Multi-tier arrangements are in place from Jammu to the holy cave," the spokesperson quoted him as saying.
Police officials said infiltration attempts along the Line of Control had declined this year, but warned that small groups of militants remained active in the forested areas of Kishtwar and Kathua.
The 38-day yatra begins on July 3 from the Baltal and Pahalgam base camps.
''')

report("h4-33", "2025-12-02", '''
UN warns famine is spreading in Sudan's Kordofan
GENEVA, Dec 2 (Reuters) - The United Nations warned on Tuesday that famine was spreading to new areas of Sudan's Kordofan region, where fighting between the army and the paramilitary Rapid Support Forces has cut supply routes to several towns.
"We are running out of words to describe what is happening to the people of Sudan," the UN humanitarian office said in a statement, calling on both sides to let aid convoys through.
It said more than 21 million people in Sudan faced acute hunger, and that the towns of Kadugli and Dilling in South Kordofan had been under siege for months.
The World Food Programme said it had been able to reach only a fraction of those in need, and that donor funding for its Sudan operations had fallen sharply this year.
The army and the RSF have both been accused of war crimes, which they deny. Talks mediated by the United States, Saudi Arabia, Egypt and the United Arab Emirates have so far failed to produce a truce.
''', figures=[fig("other", 21000000, "Sudan", "It said more than 21 million people in Sudan faced acute hunger, and that the towns of Kadugli and Dilling in South Kordofan had been under siege for months.")])

report("h4-34", "2026-11-24", '''
Colombia marks ten years since FARC peace deal amid mixed record
BOGOTA, Nov 24 (AFP) - Colombia marked on Tuesday the tenth anniversary of the peace agreement that ended half a century of war with the FARC guerrillas, with ceremonies in Bogota and in former rebel zones, and warnings that much of the deal remains unfulfilled.
About 13,000 FARC members laid down their weapons under the accord, and the former guerrilla movement became a political party with seats in Congress.
"Peace was signed, but it has not yet arrived in many villages," said a former commander who now runs a coffee cooperative in Cauca.
The UN verification mission says more than 450 former combatants have been killed since the deal was signed, while rural reform and land restitution have lagged far behind schedule.
Dissident factions that rejected the accord, together with the ELN and drug trafficking groups, have moved into many of the areas the FARC left behind.
''', figures=[fig("killed", 450, "Colombia", "The UN verification mission says more than 450 former combatants have been killed since the deal was signed, while rural reform and land restitution have lagged far behind schedule.")])

report("h4-35", "2025-05-20", '''
African Union mission in Somalia faces funding gap, officials warn
ADDIS ABABA, May 20 (Reuters) - The African Union's peacekeeping mission in Somalia faces a funding shortfall of more than $200 million this year that could force troop-contributing countries to scale back operations against al Shabaab, AU officials said on Tuesday.
The mission, known as AUSSOM, replaced a previous AU force at the start of the year and has about 11,000 troops from Uganda, Ethiopia, Kenya, Egypt and Djibouti.
"Without predictable funding, we cannot hold the ground that has been won," a member of the AU Peace and Security Council told reporters after a closed-door meeting.
Washington has resisted proposals to fund the mission through assessed UN contributions.
Somalia's government says its own forces will take full responsibility for security by the end of next year, but analysts say the army is not yet ready.
''', figures=[fig("fighters", 11000, "Somalia", "The mission, known as AUSSOM, replaced a previous AU force at the start of the year and has about 11,000 troops from Uganda, Ethiopia, Kenya, Egypt and Djibouti.")])

report("h4-36", "2026-02-12", '''
Yemen's warring parties begin prisoner exchange under UN deal
SANAA, Feb 12 (AP) — Yemen's Houthi rebels and the internationally recognized government began exchanging hundreds of prisoners on Thursday under a deal brokered by the United Nations, with flights carrying detainees between Sanaa, Aden and Saudi Arabia, the International Committee of the Red Cross said.
The ICRC said about 800 detainees would be released over two days in the largest swap in three years.
"Families have waited years for this moment," the head of the ICRC delegation in Yemen told reporters at Sanaa airport.
Among those freed were several Saudi nationals held by the Houthis, officials said.
The exchange was agreed at talks in Muscat, Oman, last month. The UN envoy for Yemen called it a step towards building trust between the two sides.
''')


# ---------------------------------------------------------------- checks and output

def check(r):
    """Returns the problems found in one report's gold."""
    problems = []
    text = r["text"]
    pub = datetime.date.fromisoformat(r["published"])
    for i, e in enumerate(r["events"]):
        where = f"{r['id']} event {i}"
        if e["type"] not in TYPES:
            problems.append(f"{where}: type {e['type']!r}")
        for passage in e["evidence"]:
            if passage not in text:
                problems.append(f"{where}: evidence not in text: {passage[:70]!r}")
        for tok in re.findall(r"[\w'-]+", e["place"]):
            if len(tok) > 2 and tok.lower() not in text.lower():
                problems.append(f"{where}: place word {tok!r} not in text")
        if e["killed_high"] is not None and (e["killed"] is None or e["killed_high"] <= e["killed"]):
            problems.append(f"{where}: killed_high {e['killed_high']} not above killed {e['killed']}")
        if e["date"]:
            d = datetime.date.fromisoformat(e["date"])
            if d > pub:
                problems.append(f"{where}: date {d} after publication {pub}")
            named = [w for w in WEEKDAYS if w in e["date_note"].split("before")[0]]
            if len(named) == 1:
                if WEEKDAYS[d.weekday()] != named[0]:
                    problems.append(f"{where}: {d} is a {WEEKDAYS[d.weekday()]}, note says {named[0]}")
                if (pub - d).days > 6:
                    problems.append(f"{where}: {named[0]} {d} more than six days before {pub}")
    for f in r["figures"]:
        if f["evidence"] not in text:
            problems.append(f"{r['id']} figure: evidence not in text")
    return problems


def main():
    problems = [p for r in REPORTS for p in check(r)]
    ids = [r["id"] for r in REPORTS]
    if len(set(ids)) != len(ids):
        problems.append("duplicate report ids")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as f:
        for r in REPORTS:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in REPORTS:
            events = [dict(e, evidence=" [...] ".join(e["evidence"])) for e in r["events"]]
            f.write(json.dumps({"id": r["id"], "url": None, "published": r["published"],
                                "events": events, "figures": r["figures"]}, ensure_ascii=False) + "\n")
    events = [e for r in REPORTS for e in r["events"]]
    countries = sorted({e["country"] for e in events})
    print(f"{len(REPORTS)} reports, {sum(1 for r in REPORTS if not r['events'])} without events, "
          f"{len(events)} events ({sum(1 for e in events if e.get('optional'))} optional), "
          f"{len(countries)} countries with events: {' '.join(countries)}")


if __name__ == "__main__":
    main()
