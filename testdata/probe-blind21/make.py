#!/usr/bin/env python3
"""probe-blind21: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: casualty counts, however they are told (tolls split by side and category, hospital and
morgue counts, tolls that rise within a report, wounded who later died, ranges and words,
conflicting sources, attackers' claims, two incidents in one sentence, running totals,
'no casualties were reported', bodies found).

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, text, events=(), figures=(), country_hint=None):
    r = {"id": id, "published": published, "url": url, "text": text.strip("\n"),
         "events": list(events), "figures": list(figures)}
    if country_hint:
        r["country_hint"] = country_hint  # for the counts of reports without events; not written out
    REPORTS.append(r)


def ev(summary, date, date_note, place, admin, country, type, actor1, actor2,
       killed, killed_high, wounded, wounded_high, evidence, note=None, arrested=None, optional=False):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": type, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
         "evidence": evidence}
    if note is not None:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note is not None:
        f["note"] = note
    return f

# ---------------------------------------------------------------------------
# b21-01 .. b21-09
# ---------------------------------------------------------------------------

report("b21-01", "2015-06-23", "https://www.example-lakechadtribune.com/borno/2015/06/23/monguno-market-toll-rises",
"""
Monguno market bombing toll rises to 27; villagers report deadly raid on Ngoshe

MAIDUGURI, June 23 (Lake Chad Tribune) - Two female suicide bombers blew themselves up minutes apart at the crowded fish market in Monguno on Sunday afternoon, and by Monday evening the number of dead had risen to 27, police and hospital officials said.

A police spokesman in Maiduguri said on Sunday night that 18 people had been killed, among them the two bombers, and 41 injured. Six of the injured died overnight at the State Specialist Hospital in Maiduguri, where the most serious cases had been flown by military helicopter, a hospital official said on Monday. Rescue workers also pulled three more bodies from under collapsed stalls, bringing the number of dead to 27.

Traders said the women arrived on a tricycle taxi and walked into the market from opposite ends. No group claimed the attack, but the army blamed Boko Haram, which has used young women as bombers in a string of attacks in the state this month.

In Gwoza local government area, between 10 and 15 villagers were killed when Boko Haram fighters raided Ngoshe on Friday night and set houses on fire, according to a member of the Civilian Joint Task Force who reached Maiduguri on Monday. A community leader from the area, speaking by telephone, said more than 20 people had been killed and that many others were missing.

The Defence Headquarters in Abuja said on Monday that air and ground operations in the Sambisa forest over the weekend had killed "scores of terrorists" and freed 30 women and children held in a camp. The figures could not be independently verified.

The Monguno blasts were the fourth suicide bombing in Borno in eight days. By this newspaper's count, suicide bombings in the state have killed at least 86 people since the start of June. The state emergency management agency says about 1.4 million displaced people are living in camps and host communities across Borno.
""",
events=[
    ev("Two female suicide bombers blew themselves up at the fish market in Monguno; the toll rose from 18 (police, bombers included) to 27 after six of the 41 injured died and three more bodies were recovered.",
       "2015-06-21", "‘on Sunday afternoon’ before the Tuesday 2015-06-23 dateline: Sunday 2015-06-21",
       "fish market, Monguno", "Borno", "NG", "explosion", "Boko Haram", "civilians",
       27, None, 35, None,
       "Two female suicide bombers blew themselves up minutes apart at the crowded fish market in Monguno on Sunday afternoon, and by Monday evening the number of dead had risen to 27, police and hospital officials said. [...] A police spokesman in Maiduguri said on Sunday night that 18 people had been killed, among them the two bombers, and 41 injured. Six of the injured died overnight at the State Specialist Hospital in Maiduguri [...] Rescue workers also pulled three more bodies from under collapsed stalls, bringing the number of dead to 27. [...] No group claimed the attack, but the army blamed Boko Haram",
       note="27 = 18 (incl. 2 bombers) + 6 injured who died + 3 bodies recovered; wounded 41 - 6 who died = 35; Boko Haram blamed by the army, no claim, no denial"),
    ev("Boko Haram fighters raided Ngoshe in Gwoza LGA and burnt houses; a CJTF member said 10 to 15 villagers were killed, a community leader more than 20.",
       "2015-06-19", "‘on Friday night’ before the Tuesday 2015-06-23 dateline: Friday 2015-06-19",
       "Ngoshe", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       10, 20, None, None,
       "In Gwoza local government area, between 10 and 15 villagers were killed when Boko Haram fighters raided Ngoshe on Friday night and set houses on fire, according to a member of the Civilian Joint Task Force who reached Maiduguri on Monday. A community leader from the area, speaking by telephone, said more than 20 people had been killed and that many others were missing.",
       note="range 10-15 (CJTF member) against 'more than 20' (community leader): lowest 10, highest 20"),
    ev("Air and ground operations in the Sambisa forest over the weekend killed 'scores of terrorists' and freed 30 women and children, the Defence Headquarters said.",
       None, "‘over the weekend’ before the Tuesday 2015-06-23 dateline: Saturday 2015-06-20 or Sunday 2015-06-21, day not given",
       "Sambisa forest", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "The Defence Headquarters in Abuja said on Monday that air and ground operations in the Sambisa forest over the weekend had killed \"scores of terrorists\" and freed 30 women and children held in a camp.",
       note="'scores' gives null; weekend-long operations over a large forest", optional=True),
],
figures=[
    fig("killed", 86, "Borno",
        "By this newspaper's count, suicide bombings in the state have killed at least 86 people since the start of June.",
        note="running total since 1 June, includes the Monguno blasts"),
    fig("displaced", 1400000, "Borno",
        "The state emergency management agency says about 1.4 million displaced people are living in camps and host communities across Borno."),
])

report("b21-02", "2016-02-17", "https://www.example-sahelmail.com/cameroun/far-north/2016-02-17-limani-market-bombing",
"""
Cameroon: army and local officials give different tolls for Limani market bombing

MAROUA, February 17 (Sahel Mail) - Two suicide bombers struck the weekly market in Limani, a border town in the Mayo-Sava division of Cameroon's Far North region, on Tuesday morning, in the deadliest attack in the area this year.

An army spokesman said nine people were killed, including the two bombers, and about 30 wounded. But the sub-prefect of Mora, who visited the town in the afternoon, told reporters that 14 people had died and that the wounded had been taken to the district hospital in Mora and to the regional hospital in Maroua. A nurse at the Mora hospital said it had admitted 22 of the wounded, four of them children.

Witnesses said the first bomber, a teenage girl, detonated her explosives near the cattle pens, and the second blew himself up as people ran toward the exit. No group claimed responsibility, but the authorities blamed Boko Haram, which has repeatedly attacked towns along the border with Nigeria.

On Sunday a landmine killed two soldiers on the track between Amchidé and Kerawa, and that night a female bomber blew herself up at a checkpoint at the entrance to Kolofata, killing only herself, military sources said.

Before dawn on Monday, insurgents raided a hamlet near Tourou in the Mayo-Tsanaga division, stole cattle and grain and burnt several huts. No casualties were reported, a traditional chief said.

Since 2014, Boko Haram attacks have killed more than 1,200 civilians and soldiers in the Far North, according to the regional governor's office, and the Minawao camp now shelters about 57,000 Nigerian refugees.
""",
events=[
    ev("Two suicide bombers struck the weekly market in Limani; the army said nine killed including the bombers and about 30 wounded, the sub-prefect of Mora said 14 dead.",
       "2016-02-16", "‘on Tuesday morning’ before the Wednesday 2016-02-17 dateline: Tuesday 2016-02-16",
       "Limani market", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       9, 14, 30, None,
       "Two suicide bombers struck the weekly market in Limani, a border town in the Mayo-Sava division of Cameroon's Far North region, on Tuesday morning, in the deadliest attack in the area this year. [...] An army spokesman said nine people were killed, including the two bombers, and about 30 wounded. But the sub-prefect of Mora, who visited the town in the afternoon, told reporters that 14 people had died [...] No group claimed responsibility, but the authorities blamed Boko Haram",
       note="conflicting tolls: 9 incl. 2 bombers (army) vs 14 (sub-prefect); the Mora hospital's 22 admitted is one hospital's share of the 'about 30' wounded, not a conflict; Boko Haram blamed, no claim"),
    ev("A landmine killed two soldiers on the track between Amchidé and Kerawa.",
       "2016-02-14", "‘On Sunday’ before the Wednesday 2016-02-17 dateline: Sunday 2016-02-14",
       "track between Amchidé and Kerawa", "Far North", "CM", "explosion", "unknown", "Cameroonian security forces",
       2, None, None, None,
       "On Sunday a landmine killed two soldiers on the track between Amchidé and Kerawa, and that night a female bomber blew herself up at a checkpoint at the entrance to Kolofata, killing only herself, military sources said.",
       note="one sentence, two incidents; who laid the mine is not said"),
    ev("A female suicide bomber blew herself up at a checkpoint at the entrance to Kolofata, killing only herself.",
       "2016-02-14", "‘that night’ after ‘On Sunday’, before the Wednesday 2016-02-17 dateline: night of Sunday 2016-02-14",
       "checkpoint at the entrance to Kolofata", "Far North", "CM", "explosion", "unknown", "Cameroonian security forces",
       1, None, None, None,
       "On Sunday a landmine killed two soldiers on the track between Amchidé and Kerawa, and that night a female bomber blew herself up at a checkpoint at the entrance to Kolofata, killing only herself, military sources said.",
       note="one sentence, two incidents; the bomber is the only dead; no group named"),
    ev("Insurgents raided a hamlet near Tourou before dawn, stole cattle and grain and burnt huts; no casualties were reported.",
       "2016-02-15", "‘Before dawn on Monday’ before the Wednesday 2016-02-17 dateline: Monday 2016-02-15",
       "hamlet near Tourou", "Far North", "CM", "other", "Boko Haram", "civilians",
       0, None, 0, None,
       "Before dawn on Monday, insurgents raided a hamlet near Tourou in the Mayo-Tsanaga division, stole cattle and grain and burnt several huts. No casualties were reported, a traditional chief said.",
       note="looting and arson; 'the insurgents' in a report about Boko Haram; 'No casualties' gives 0 killed and 0 wounded"),
],
figures=[
    fig("killed", 1200, "Far North",
        "Since 2014, Boko Haram attacks have killed more than 1,200 civilians and soldiers in the Far North, according to the regional governor's office"),
    fig("displaced", 57000, "Minawao camp",
        "the Minawao camp now shelters about 57,000 Nigerian refugees",
        note="refugees from Nigeria"),
])

report("b21-03", "2019-09-12", "https://www.example-fasomatin.com/securite/2019/09/12/baraboule-bilan-15-soldats",
"""
Burkina Faso: toll from attack on Baraboulé post rises to 15 soldiers

OUAGADOUGOU, September 12 (Faso Matin) - Three soldiers wounded in Monday's attack on the military detachment at Baraboulé, in Soum province, have died in hospital in Ouagadougou, bringing the number of soldiers killed to 15, the army general staff said on Wednesday.

In its first statement on Monday evening, the general staff said 12 soldiers had been killed and seven wounded when "a large number of terrorists" on motorcycles and in pick-ups attacked the post at around 5 a.m. The wounded were flown to the capital by helicopter.

The general staff said the air force then struck the assailants as they withdrew toward the Malian border north of Baraboulé, killing "around 20 terrorists". In a message on Tuesday, the Group for the Support of Islam and Muslims (JNIM) claimed the attack on the post and said its fighters had killed 40 soldiers and seized weapons and vehicles.

In a separate incident, residents of Tongomayel found the bodies of eight men with their hands tied by the roadside toward Djibo on Tuesday morning. A relative said the men were traders who had left the weekly market in Djibo on Sunday afternoon and never arrived home. No one has claimed the killings.

Near Gorom-Gorom, in Oudalan province, an improvised explosive device damaged a gendarmerie vehicle on Wednesday. No one was hurt, a security source said.

Attacks by armed groups have killed more than 600 people in the Sahel and Centre-Nord regions since January, according to a count by a local human rights group, and the national emergency relief council says 289,000 people have been forced from their homes across the country.
""",
events=[
    ev("Armed men on motorcycles and in pick-ups attacked the Baraboulé military detachment; 12 soldiers were killed and seven wounded, and three of the wounded later died, bringing the toll to 15. JNIM claimed the attack.",
       "2019-09-09", "‘Monday's attack’, ‘at around 5 a.m.’, before the Thursday 2019-09-12 dateline: Monday 2019-09-09",
       "Baraboulé", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
       15, None, 4, None,
       "Three soldiers wounded in Monday's attack on the military detachment at Baraboulé, in Soum province, have died in hospital in Ouagadougou, bringing the number of soldiers killed to 15, the army general staff said on Wednesday. [...] In its first statement on Monday evening, the general staff said 12 soldiers had been killed and seven wounded when \"a large number of terrorists\" on motorcycles and in pick-ups attacked the post at around 5 a.m. [...] the Group for the Support of Islam and Muslims (JNIM) claimed the attack on the post and said its fighters had killed 40 soldiers and seized weapons and vehicles.",
       note="15 = 12 + 3 wounded who died; wounded 7 - 3 = 4; JNIM's claim of 40 soldiers killed is not used"),
    ev("The air force struck the assailants as they withdrew toward the Malian border north of Baraboulé, killing around 20 of them, the general staff said.",
       "2019-09-09", "‘then’, after the attack of Monday 2019-09-09",
       "north of Baraboulé", "Sahel", "BF", "explosion", "Burkinabe security forces", "JNIM",
       20, None, None, None,
       "The general staff said the air force then struck the assailants as they withdrew toward the Malian border north of Baraboulé, killing \"around 20 terrorists\".",
       note="army count of militants killed; 'around 20' gives 20; the assailants are those of the post attack, claimed by JNIM"),
    ev("Residents of Tongomayel found the bodies of eight traders with their hands tied by the roadside toward Djibo; nobody claimed the killings.",
       "2019-09-10", "bodies found ‘on Tuesday morning’ before the Thursday 2019-09-12 dateline: Tuesday 2019-09-10; the killing day is not known (the men left Djibo ‘on Sunday afternoon’), so the day of discovery is used",
       "roadside between Tongomayel and Djibo", "Sahel", "BF", "attack_on_civilians", "unknown", "civilians",
       8, None, None, None,
       "In a separate incident, residents of Tongomayel found the bodies of eight men with their hands tied by the roadside toward Djibo on Tuesday morning. A relative said the men were traders who had left the weekly market in Djibo on Sunday afternoon and never arrived home. No one has claimed the killings.",
       note="bodies found; date of discovery"),
    ev("An IED damaged a gendarmerie vehicle near Gorom-Gorom; no one was hurt.",
       "2019-09-11", "‘on Wednesday’ before the Thursday 2019-09-12 dateline: Wednesday 2019-09-11",
       "near Gorom-Gorom", "Sahel", "BF", "explosion", "unknown", "Burkinabe security forces",
       0, None, 0, None,
       "Near Gorom-Gorom, in Oudalan province, an improvised explosive device damaged a gendarmerie vehicle on Wednesday. No one was hurt, a security source said.",
       note="'No one was hurt' gives 0 killed and 0 wounded"),
],
figures=[
    fig("killed", 600, "Sahel and Centre-Nord regions",
        "Attacks by armed groups have killed more than 600 people in the Sahel and Centre-Nord regions since January, according to a count by a local human rights group"),
    fig("displaced", 289000, "Burkina Faso",
        "the national emergency relief council says 289,000 people have been forced from their homes across the country"),
])

report("b21-04", "2018-06-14", "https://www.example-sahelobserver.com/mali/2018/06/14/koro-raid-toll-revised",
"""
Central Mali: toll from raid near Yoro rises to 16 as two more bodies are found

MOPTI, June 14 (Sahel Observer) - The number of people killed in Sunday's attack on a Fulani hamlet near Yoro, in Koro cercle, has risen to 16 after villagers found two more bodies in the bush on Tuesday, the mayor of the commune said.

Armed men on motorcycles surrounded the hamlet at dawn on Sunday and opened fire on residents, killing 14 people, among them three children and two women, the mayor had said on Monday. Several granaries were set on fire. A Fulani association in Bamako blamed Dozo hunters' militias, which it accuses of targeting herders, and said about 20 people had been killed; the hunters' association denied any involvement.

On Wednesday, a Malian army vehicle escorting a supply convoy hit an explosive device on the road between Boni and Douentza, killing two soldiers and wounding five, the army said in a statement. One of the wounded died later that evening at the military hospital in Sévaré, a medical source said.

Violence between communities has spread across the cercles of Koro and Bankass. On Saturday, hunters killed a herder near Dinangourou, and a day later two Dogon farmers were shot dead in their field outside Madougou, a local elected official said by telephone.

The UN mission in Mali, MINUSMA, says more than 280 civilians have been killed in the Mopti region since January, and about 20,000 people have fled their villages in the past six months.
""",
events=[
    ev("Armed men on motorcycles attacked a Fulani hamlet near Yoro at dawn, killing 14 including three children and two women; two more bodies found on Tuesday brought the toll to 16. A Fulani association put it at about 20 and blamed Dozo militias, who denied it.",
       "2018-06-10", "‘at dawn on Sunday’ before the Thursday 2018-06-14 dateline: Sunday 2018-06-10",
       "hamlet near Yoro", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       16, 20, None, None,
       "The number of people killed in Sunday's attack on a Fulani hamlet near Yoro, in Koro cercle, has risen to 16 after villagers found two more bodies in the bush on Tuesday, the mayor of the commune said. [...] Armed men on motorcycles surrounded the hamlet at dawn on Sunday and opened fire on residents, killing 14 people, among them three children and two women, the mayor had said on Monday. [...] A Fulani association in Bamako blamed Dozo hunters' militias, which it accuses of targeting herders, and said about 20 people had been killed; the hunters' association denied any involvement.",
       note="14 + 2 bodies found = 16 (mayor); 'about 20' (Fulani association) is the higher toll; blame denied, so actor1 unknown"),
    ev("A Malian army vehicle escorting a convoy hit an explosive device between Boni and Douentza, killing two soldiers and wounding five; one of the wounded died that evening in Sévaré.",
       "2018-06-13", "‘On Wednesday’ before the Thursday 2018-06-14 dateline: Wednesday 2018-06-13",
       "road between Boni and Douentza", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       3, None, 4, None,
       "On Wednesday, a Malian army vehicle escorting a supply convoy hit an explosive device on the road between Boni and Douentza, killing two soldiers and wounding five, the army said in a statement. One of the wounded died later that evening at the military hospital in Sévaré, a medical source said.",
       note="3 = 2 + 1 wounded who died; wounded 5 - 1 = 4; nobody named for the device"),
    ev("Hunters killed a herder near Dinangourou.",
       "2018-06-09", "‘On Saturday’ before the Thursday 2018-06-14 dateline: Saturday 2018-06-09",
       "near Dinangourou", "Mopti", "ML", "attack_on_civilians", "Dozo hunters", "civilians",
       1, None, None, None,
       "On Saturday, hunters killed a herder near Dinangourou, and a day later two Dogon farmers were shot dead in their field outside Madougou, a local elected official said by telephone.",
       note="one sentence, two incidents"),
    ev("Two Dogon farmers were shot dead in their field outside Madougou.",
       "2018-06-10", "‘a day later’ than ‘On Saturday’ (Saturday 2018-06-09): Sunday 2018-06-10",
       "outside Madougou", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "On Saturday, hunters killed a herder near Dinangourou, and a day later two Dogon farmers were shot dead in their field outside Madougou, a local elected official said by telephone.",
       note="one sentence, two incidents; the killers are not named"),
],
figures=[
    fig("killed", 280, "Mopti region",
        "MINUSMA, says more than 280 civilians have been killed in the Mopti region since January"),
    fig("displaced", 20000, "Mopti region",
        "about 20,000 people have fled their villages in the past six months"),
])

report("b21-05", "2020-05-09", "https://www.example-saheldepeche.com/niger/2020/05/09/armee-bilan-hebdomadaire",
"""
Niger army says 63 'terrorists' killed in a week in Tillabéri and Tahoua

NIAMEY, May 9 (Sahel Dépêche) - Niger's armed forces said on Friday that 63 terrorists had been "neutralised" and four soldiers killed during the past week in operations in the Tillabéri and Tahoua regions, in a weekly communiqué read on state television.

The deadliest clash took place on Tuesday near Banibangou, in the north of the Tillabéri region, when a patrol came under attack from heavily armed men on motorcycles. Two soldiers were killed and three wounded, and 11 assailants were killed, the communiqué said.

On Thursday, military aircraft struck a column of about 40 motorcycles near Tillia, in the Tahoua region, killing 27 terrorists, according to the army.

Two other soldiers died on Wednesday when their vehicle drove over a mine near Anzourou, the communiqué said, without giving further details. An improvised explosive device also went off beside a water tanker near Ayorou on Monday evening. No casualties were reported.

The army did not say where the remaining 25 militants were killed.

The Islamic State in the Greater Sahara said in a statement that its fighters had killed "more than 30 soldiers" in the Banibangou area, a figure the army did not comment on.

The UN refugee agency says more than 200,000 people are displaced in the Tillabéri and Tahoua regions, where attacks have also forced the closure of over 300 schools.
""",
events=[
    ev("Heavily armed men on motorcycles attacked an army patrol near Banibangou; two soldiers and 11 assailants were killed and three soldiers wounded, the army said. The Islamic State in the Greater Sahara claimed more than 30 soldiers killed.",
       "2020-05-05", "‘on Tuesday’ before the Saturday 2020-05-09 dateline: Tuesday 2020-05-05",
       "near Banibangou", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
       13, None, 3, None,
       "The deadliest clash took place on Tuesday near Banibangou, in the north of the Tillabéri region, when a patrol came under attack from heavily armed men on motorcycles. Two soldiers were killed and three wounded, and 11 assailants were killed, the communiqué said. [...] The Islamic State in the Greater Sahara said in a statement that its fighters had killed \"more than 30 soldiers\" in the Banibangou area",
       note="13 = 2 soldiers + 11 assailants (army communiqué); ISGS claim of 'more than 30 soldiers' not used"),
    ev("Military aircraft struck a column of about 40 motorcycles near Tillia, killing 27 militants, the army said.",
       "2020-05-07", "‘On Thursday’ before the Saturday 2020-05-09 dateline: Thursday 2020-05-07",
       "near Tillia", "Tahoua", "NE", "explosion", "Nigerien security forces", "militants (unidentified)",
       27, None, None, None,
       "On Thursday, military aircraft struck a column of about 40 motorcycles near Tillia, in the Tahoua region, killing 27 terrorists, according to the army.",
       note="army count"),
    ev("Two soldiers died when their vehicle drove over a mine near Anzourou.",
       "2020-05-06", "‘on Wednesday’ before the Saturday 2020-05-09 dateline: Wednesday 2020-05-06",
       "near Anzourou", "Tillabéri", "NE", "explosion", "unknown", "Nigerien security forces",
       2, None, None, None,
       "Two other soldiers died on Wednesday when their vehicle drove over a mine near Anzourou, the communiqué said, without giving further details."),
    ev("An IED went off beside a water tanker near Ayorou; no casualties were reported.",
       "2020-05-04", "‘on Monday evening’ before the Saturday 2020-05-09 dateline: Monday 2020-05-04",
       "near Ayorou", "Tillabéri", "NE", "explosion", "unknown", "civilians",
       0, None, 0, None,
       "An improvised explosive device also went off beside a water tanker near Ayorou on Monday evening. No casualties were reported.",
       note="'No casualties were reported' gives 0 killed and 0 wounded"),
],
figures=[
    fig("killed", 63, "Tillabéri and Tahoua regions",
        "Niger's armed forces said on Friday that 63 terrorists had been \"neutralised\" and four soldiers killed during the past week",
        note="militants killed in the week (army); includes the 11 at Banibangou and 27 at Tillia"),
    fig("killed", 4, "Tillabéri and Tahoua regions",
        "Niger's armed forces said on Friday that 63 terrorists had been \"neutralised\" and four soldiers killed during the past week",
        note="soldiers killed in the week = 2 at Banibangou + 2 near Anzourou"),
    fig("displaced", 200000, "Tillabéri and Tahoua regions",
        "The UN refugee agency says more than 200,000 people are displaced in the Tillabéri and Tahoua regions"),
    fig("other", 300, "Tillabéri and Tahoua regions",
        "attacks have also forced the closure of over 300 schools", note="schools closed"),
])

report("b21-06", "2019-12-18", "https://www.example-frontierpostkenya.com/security/2019/12/18/police-annual-review-border-counties",
"""
Police tell MPs terror deaths in border counties fell in 2019

NAIROBI, December 18 (Frontier Post) - Fifty-four people, among them 31 police officers and police reservists, were killed this year in attacks blamed on al-Shabaab in Mandera, Wajir, Garissa and Lamu counties, the Inspector General of Police told a parliamentary committee on Tuesday.

Presenting the annual security review, the police chief said the four counties recorded 46 terror-related incidents in 2019, down from 71 the year before, and that 29 of them involved improvised explosive devices planted on roads used by police and military vehicles. Another 68 people were wounded over the year.

Officers arrested 112 suspects under the Prevention of Terrorism Act and recovered 19 firearms, he said, adding that the number of young people leaving to join the militants across the border had "dropped sharply".

Members of the committee pressed the police over the closure of 120 schools in the north-east after teachers from other parts of the country refused to return, and over complaints from residents about curfews and checkpoints.

The Kenya Defence Forces have about 3,600 troops in Somalia under the African Union mission. Western and Somali officials estimate al-Shabaab's strength at between 5,000 and 9,000 fighters.

The committee chairman said MPs would visit Mandera and Lamu in February to assess the deployment of an extra 1,000 officers promised by the Interior Ministry.
""",
country_hint="KE",
figures=[
    fig("killed", 54, "Mandera, Wajir, Garissa and Lamu counties",
        "Fifty-four people, among them 31 police officers and police reservists, were killed this year in attacks blamed on al-Shabaab in Mandera, Wajir, Garissa and Lamu counties",
        note="2019 total"),
    fig("wounded", 68, "Mandera, Wajir, Garissa and Lamu counties",
        "Another 68 people were wounded over the year."),
    fig("other", 46, "Mandera, Wajir, Garissa and Lamu counties",
        "the four counties recorded 46 terror-related incidents in 2019", note="incidents in 2019"),
    fig("arrested", 112, "Kenya",
        "Officers arrested 112 suspects under the Prevention of Terrorism Act"),
    fig("other", 120, "north-east Kenya",
        "the closure of 120 schools in the north-east", note="schools closed"),
    fig("fighters", 3600, "Somalia",
        "The Kenya Defence Forces have about 3,600 troops in Somalia under the African Union mission.",
        note="Kenyan troops"),
    fig("fighters", 5000, "Somalia",
        "Western and Somali officials estimate al-Shabaab's strength at between 5,000 and 9,000 fighters.",
        note="range 5,000-9,000; lower bound"),
])

report("b21-07", "2018-06-25", "https://www.example-horndispatch.com/somalia/2018/06/25/mogadishu-car-bomb-toll",
"""
Mogadishu car bomb: police say 17 dead, ambulance service counts 23

MOGADISHU, June 25 (Horn Dispatch) - A car bomb exploded at a police checkpoint on Maka al-Mukarama road in Mogadishu on Saturday evening, killing at least 17 people, including the driver, police said, while the city's volunteer ambulance service put the death toll at 23.

"We carried 23 dead and about 40 wounded from the scene," the director of the ambulance service told the Horn Dispatch on Sunday. A police spokesman said most of the dead were civilians waiting in minibuses to pass the checkpoint, and that three officers were among them. At Medina hospital, staff said they had received 11 bodies and 36 wounded people, eight of them in critical condition.

Al-Shabaab said in a statement broadcast on its radio station that it had carried out the attack and killed "more than 50 apostate soldiers".

On Sunday night, several mortar rounds fired toward the presidential palace landed on houses in Hamar Jajab district, wounding three civilians, including a child, residents said. Al-Shabaab said on its radio station on Monday that it had shelled the palace.

Early on Monday, police found the bodies of four men, each shot in the head, dumped near a livestock market in Dayniile district. No one has said who killed them.

The ambulance service says it has carried 312 dead and more than 700 wounded people from bomb and gun attacks in the capital since January.
""",
events=[
    ev("A car bomb exploded at a police checkpoint on Maka al-Mukarama road; police said at least 17 killed including the driver, the ambulance service 23 dead and about 40 wounded. Al-Shabaab claimed it and said it killed more than 50 soldiers.",
       "2018-06-23", "‘on Saturday evening’ before the Monday 2018-06-25 dateline: Saturday 2018-06-23",
       "Maka al-Mukarama road, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
       17, 23, 40, None,
       "A car bomb exploded at a police checkpoint on Maka al-Mukarama road in Mogadishu on Saturday evening, killing at least 17 people, including the driver, police said, while the city's volunteer ambulance service put the death toll at 23. [...] \"We carried 23 dead and about 40 wounded from the scene,\" the director of the ambulance service told the Horn Dispatch on Sunday. [...] Al-Shabaab said in a statement broadcast on its radio station that it had carried out the attack and killed \"more than 50 apostate soldiers\".",
       note="17 (police, incl. the driver) vs 23 (ambulance service); Medina hospital's 11 bodies and 36 wounded are one hospital's share, not a conflict; al-Shabaab's claim of 50 not used; most victims civilians, three police officers among them"),
    ev("Mortar rounds fired toward the presidential palace landed on houses in Hamar Jajab, wounding three civilians including a child; al-Shabaab said it shelled the palace.",
       "2018-06-24", "‘On Sunday night’ before the Monday 2018-06-25 dateline: Sunday 2018-06-24",
       "Hamar Jajab, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
       None, None, 3, None,
       "On Sunday night, several mortar rounds fired toward the presidential palace landed on houses in Hamar Jajab district, wounding three civilians, including a child, residents said. Al-Shabaab said on its radio station on Monday that it had shelled the palace.",
       note="nobody reported killed, no zero stated"),
    ev("Police found the bodies of four men shot in the head near a livestock market in Dayniile.",
       "2018-06-25", "bodies found ‘Early on Monday’, the Monday 2018-06-25 dateline; killing day not stated, day of discovery used",
       "livestock market, Dayniile, Mogadishu", "Banaadir", "SO", "attack_on_civilians", "unknown", "civilians",
       4, None, None, None,
       "Early on Monday, police found the bodies of four men, each shot in the head, dumped near a livestock market in Dayniile district. No one has said who killed them.",
       note="bodies found; date of discovery"),
],
figures=[
    fig("killed", 312, "Mogadishu",
        "The ambulance service says it has carried 312 dead and more than 700 wounded people from bomb and gun attacks in the capital since January.",
        note="running total since January"),
    fig("wounded", 700, "Mogadishu",
        "The ambulance service says it has carried 312 dead and more than 700 wounded people from bomb and gun attacks in the capital since January."),
])

report("b21-08", "2018-05-18", "https://www.example-northernkenyacourier.com/mandera/2018/05/18/sixth-officer-dies-arabia-blast",
"""
Sixth officer dies after Mandera roadside blast

GARISSA, May 18 (Northern Kenya Courier) - A police officer wounded in Wednesday's roadside bomb attack near Arabia, in Mandera County, died at Kenyatta National Hospital in Nairobi on Thursday, raising the number of officers killed in the blast to six, police said.

The officers, from the Administration Police, were on patrol along the border road when the explosive device tore through their Land Cruiser on Wednesday afternoon. Five died at the scene and two were airlifted to Nairobi. The surviving officer is in stable condition, a hospital spokesman said.

Al-Shabaab claimed the bombing on a website linked to the group and said eight "Kenyan crusaders" had been killed.

In Lafey, also in Mandera, al-Shabaab fighters set fire to a mobile phone mast and a generator on Tuesday night. Nobody was hurt, the deputy county commissioner said, but the network has been down since.

On Thursday, police officers in Garissa County killed three suspected militants in a shootout at Hulugho, near the Somali border, after a tip-off from residents, the regional police commander said. One officer was slightly wounded.

According to police figures, 37 officers have been killed in explosive attacks in Mandera, Wajir, Garissa and Lamu counties since January last year. Residents of the border areas say the roads are now used by police convoys only under military escort.
""",
events=[
    ev("A roadside bomb tore through an Administration Police Land Cruiser near Arabia; five officers died at the scene and one of two airlifted to Nairobi died on Thursday, bringing the toll to six. Al-Shabaab claimed eight killed.",
       "2018-05-16", "‘Wednesday's roadside bomb attack’, ‘on Wednesday afternoon’, before the Friday 2018-05-18 dateline: Wednesday 2018-05-16",
       "near Arabia", "Mandera", "KE", "explosion", "al-Shabaab", "Kenyan security forces",
       6, None, 1, None,
       "A police officer wounded in Wednesday's roadside bomb attack near Arabia, in Mandera County, died at Kenyatta National Hospital in Nairobi on Thursday, raising the number of officers killed in the blast to six, police said. [...] Five died at the scene and two were airlifted to Nairobi. The surviving officer is in stable condition, a hospital spokesman said. [...] Al-Shabaab claimed the bombing on a website linked to the group and said eight \"Kenyan crusaders\" had been killed.",
       note="6 = 5 at the scene + 1 wounded who died; 1 wounded survives; al-Shabaab's claim of eight not used"),
    ev("Al-Shabaab fighters set fire to a mobile phone mast and a generator in Lafey; nobody was hurt.",
       "2018-05-15", "‘on Tuesday night’ before the Friday 2018-05-18 dateline: Tuesday 2018-05-15",
       "Lafey", "Mandera", "KE", "other", "al-Shabaab", "none",
       0, None, 0, None,
       "In Lafey, also in Mandera, al-Shabaab fighters set fire to a mobile phone mast and a generator on Tuesday night. Nobody was hurt, the deputy county commissioner said",
       note="property destruction; 'Nobody was hurt' gives 0 and 0"),
    ev("Police killed three suspected militants in a shootout at Hulugho after a tip-off; one officer slightly wounded.",
       "2018-05-17", "‘On Thursday’ before the Friday 2018-05-18 dateline: Thursday 2018-05-17",
       "Hulugho", "Garissa", "KE", "battle", "Kenyan security forces", "militants (unidentified)",
       3, None, 1, None,
       "On Thursday, police officers in Garissa County killed three suspected militants in a shootout at Hulugho, near the Somali border, after a tip-off from residents, the regional police commander said. One officer was slightly wounded."),
],
figures=[
    fig("killed", 37, "Mandera, Wajir, Garissa and Lamu counties",
        "According to police figures, 37 officers have been killed in explosive attacks in Mandera, Wajir, Garissa and Lamu counties since January last year.",
        note="police officers killed since January 2017"),
])

report("b21-09", "2020-02-20", "https://www.example-rovumanews.com/cabo-delgado/2020/02/20/muidumbe-bodies-found",
"""
Cabo Delgado: 11 more bodies found after Miangalewa raid

PEMBA, February 20 (Rovuma News) - Residents of Muidumbe district have found the bodies of 11 men, several of them beheaded, in the bush outside Miangalewa, where insurgents attacked on Friday night, a local administrator said on Wednesday.

Villagers had first counted four dead in Miangalewa itself, where the attackers burnt the health post and dozens of homes. The bodies found in the bush on Monday and Tuesday bring the number killed in the raid to 15, the administrator said. Most of the victims appear to have been caught as they tried to flee toward Muidumbe town.

In Macomia district, between six and eight fishermen were killed on Sunday when insurgents landed by boat on the beach at Mucojo and opened fire, a fisherman who escaped told Rovuma News by telephone from Pemba.

The defence ministry said on Tuesday that the Defence and Security Forces had killed 39 insurgents in an operation near Mbau, in Mocímboa da Praia district, on Sunday, and lost two soldiers. The Islamic State group, to which the insurgents have pledged allegiance, said its fighters had killed "dozens" of soldiers near Mbau, a claim the ministry rejected.

The insurgency, waged since October 2017 by a group known locally as al-Shabaab, has killed more than 600 people, according to a count by a research group in Maputo, and driven about 100,000 from their homes in the province.
""",
events=[
    ev("Insurgents raided Miangalewa, burning the health post and homes; four dead were counted in the village and 11 more bodies, several beheaded, were found in the bush on Monday and Tuesday, bringing the toll to 15.",
       "2020-02-14", "‘on Friday night’ before the Thursday 2020-02-20 dateline: Friday 2020-02-14",
       "Miangalewa", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       15, None, None, None,
       "Residents of Muidumbe district have found the bodies of 11 men, several of them beheaded, in the bush outside Miangalewa, where insurgents attacked on Friday night, a local administrator said on Wednesday. [...] Villagers had first counted four dead in Miangalewa itself, where the attackers burnt the health post and dozens of homes. The bodies found in the bush on Monday and Tuesday bring the number killed in the raid to 15, the administrator said.",
       note="15 = 4 + 11 bodies found; insurgents pledged to the Islamic State (locally 'al-Shabaab', not the Somali group)"),
    ev("Insurgents landed by boat on the beach at Mucojo and opened fire, killing between six and eight fishermen.",
       "2020-02-16", "‘on Sunday’ before the Thursday 2020-02-20 dateline: Sunday 2020-02-16",
       "beach at Mucojo", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       6, 8, None, None,
       "In Macomia district, between six and eight fishermen were killed on Sunday when insurgents landed by boat on the beach at Mucojo and opened fire",
       note="range 6-8"),
    ev("The Defence and Security Forces killed 39 insurgents in an operation near Mbau and lost two soldiers, the defence ministry said; the Islamic State claimed dozens of soldiers killed.",
       "2020-02-16", "‘on Sunday’ before the Thursday 2020-02-20 dateline: Sunday 2020-02-16",
       "near Mbau", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "Islamic State",
       41, None, None, None,
       "The defence ministry said on Tuesday that the Defence and Security Forces had killed 39 insurgents in an operation near Mbau, in Mocímboa da Praia district, on Sunday, and lost two soldiers. The Islamic State group, to which the insurgents have pledged allegiance, said its fighters had killed \"dozens\" of soldiers near Mbau, a claim the ministry rejected.",
       note="41 = 39 insurgents + 2 soldiers (ministry); the Islamic State's claim of 'dozens' not used"),
],
figures=[
    fig("killed", 600, "Cabo Delgado",
        "The insurgency, waged since October 2017 by a group known locally as al-Shabaab, has killed more than 600 people"),
    fig("displaced", 100000, "Cabo Delgado",
        "driven about 100,000 from their homes in the province"),
])

# ---------------------------------------------------------------------------
# b21-10 .. b21-18
# ---------------------------------------------------------------------------

report("b21-10", "2019-03-14", "https://www.example-kivumorning.com/beni/2019/03/14/ngadi-attack-morgue-19",
"""
Beni morgue counts 19 dead from Ngadi attack; army had said 12

BENI, March 14 (Kivu Morning) - The morgue of the Beni general referral hospital had received 19 bodies by Wednesday evening from Monday night's attack on the Ngadi neighbourhood, a hospital official said, well above the toll of 12 announced by the army on Tuesday.

Attackers armed with machetes and guns entered the neighbourhood at around 9 p.m. and went from house to house for nearly two hours. The army spokesman for operations against the Allied Democratic Forces (ADF) said 12 civilians, among them five women, had been killed, and blamed the Ugandan-led rebel group. "Some families took their dead home directly, so the real number may be higher still," the hospital official said.

On Tuesday, soldiers clashed with ADF fighters near Oicha, killing four of them, the army said. One soldier was killed and two were wounded.

Near Eringeti, residents found the bodies of six farmers in their fields on Wednesday morning. A local chief said the men had gone to harvest cocoa on Monday and had not come back.

Also on Wednesday, young people who blocked the main road through Beni to protest against the killings clashed with police. One protester was shot dead and four were wounded, according to a civil society group; the police said officers had only fired in the air.

A local monitoring group says 41 civilians have been killed in Beni territory since the start of March, and more than 1,000 since October 2014.
""",
events=[
    ev("Attackers with machetes and guns went from house to house in Ngadi, Beni; the army said 12 civilians killed, including five women, and blamed the ADF; the hospital morgue received 19 bodies.",
       "2019-03-11", "‘Monday night's attack’, ‘at around 9 p.m.’, before the Thursday 2019-03-14 dateline: Monday 2019-03-11",
       "Ngadi, Beni", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       12, 19, None, None,
       "The morgue of the Beni general referral hospital had received 19 bodies by Wednesday evening from Monday night's attack on the Ngadi neighbourhood, a hospital official said, well above the toll of 12 announced by the army on Tuesday. [...] The army spokesman for operations against the Allied Democratic Forces (ADF) said 12 civilians, among them five women, had been killed, and blamed the Ugandan-led rebel group.",
       note="12 (army) vs 19 (morgue); ADF blamed by the army, no denial"),
    ev("Soldiers clashed with ADF fighters near Oicha, killing four of them; one soldier killed and two wounded.",
       "2019-03-12", "‘On Tuesday’ before the Thursday 2019-03-14 dateline: Tuesday 2019-03-12",
       "near Oicha", "North Kivu", "CD", "battle", "Congolese security forces", "ADF",
       5, None, 2, None,
       "On Tuesday, soldiers clashed with ADF fighters near Oicha, killing four of them, the army said. One soldier was killed and two were wounded.",
       note="5 = 4 ADF + 1 soldier (army)"),
    ev("Residents found the bodies of six farmers in their fields near Eringeti; they had gone to harvest cocoa on Monday.",
       "2019-03-13", "bodies found ‘on Wednesday morning’ before the Thursday 2019-03-14 dateline: Wednesday 2019-03-13; the men went out ‘on Monday’, killing day not known, day of discovery used",
       "near Eringeti", "North Kivu", "CD", "attack_on_civilians", "unknown", "civilians",
       6, None, None, None,
       "Near Eringeti, residents found the bodies of six farmers in their fields on Wednesday morning. A local chief said the men had gone to harvest cocoa on Monday and had not come back.",
       note="bodies found; killers not named"),
    ev("Police clashed with young people blocking the main road through Beni in protest at the killings; one protester shot dead and four wounded.",
       "2019-03-13", "‘Also on Wednesday’ before the Thursday 2019-03-14 dateline: Wednesday 2019-03-13",
       "Beni", "North Kivu", "CD", "other", "Congolese security forces", "protesters",
       1, None, 4, None,
       "Also on Wednesday, young people who blocked the main road through Beni to protest against the killings clashed with police. One protester was shot dead and four were wounded, according to a civil society group; the police said officers had only fired in the air.",
       note="protest met with force (ACLED Protests / Excessive force); police deny shooting at protesters"),
],
figures=[
    fig("killed", 41, "Beni territory",
        "A local monitoring group says 41 civilians have been killed in Beni territory since the start of March",
        note="running total since 1 March, includes the Ngadi attack"),
    fig("killed", 1000, "Beni territory",
        "more than 1,000 since October 2014"),
])

report("b21-11", "2014-07-10", "https://www.example-nilecourier.com/south-sudan/2014/07/10/nasir-rival-tolls",
"""
South Sudan army and rebels give rival tolls for Nasir fighting

JUBA, July 10 (Nile Courier) - South Sudan's army said on Wednesday it had repulsed a rebel attack on the Upper Nile town of Nasir on Monday, killing 67 rebels and losing nine of its own soldiers. A spokesman for the SPLM-In Opposition rebels said his forces had lost four fighters and had killed "more than 100" government troops.

The SPLA spokesman said the rebels attacked from three directions at dawn and were pushed back toward Ulang after six hours of fighting. The rebel spokesman said they had withdrawn in good order "to spare civilians".

A nurse at a hospital run by an international aid group in Nasir said staff had treated 31 wounded people, most of them fighters, and that two civilians had been killed by stray bullets in the market.

In Unity state, gunmen ambushed a commercial lorry on the road between Bentiu and Mayom on Sunday, killing five traders and the driver's assistant, the Mayom county commissioner said. He did not say who the gunmen were.

Cattle raiders killed 11 people in Duk county on Saturday and another four in neighbouring Twic East on Sunday, the Jonglei state information minister told reporters in Bor, adding that about 2,000 head of cattle had been driven off.

The fighting that began in Juba in December has forced more than 1.5 million people from their homes, including about 95,000 sheltering in UN bases, according to the United Nations.
""",
events=[
    ev("SPLM-IO rebels attacked Nasir from three directions and were pushed back after six hours. The army said 67 rebels and nine soldiers were killed; the rebels said they lost four; two civilians were killed by stray bullets and an aid hospital treated 31 wounded.",
       "2014-07-07", "‘on Monday’ before the Thursday 2014-07-10 dateline: Monday 2014-07-07",
       "Nasir", "Upper Nile", "SS", "battle", "SPLM-IO", "South Sudanese security forces",
       15, 78, 31, None,
       "South Sudan's army said on Wednesday it had repulsed a rebel attack on the Upper Nile town of Nasir on Monday, killing 67 rebels and losing nine of its own soldiers. A spokesman for the SPLM-In Opposition rebels said his forces had lost four fighters and had killed \"more than 100\" government troops. [...] A nurse at a hospital run by an international aid group in Nasir said staff had treated 31 wounded people, most of them fighters, and that two civilians had been killed by stray bullets in the market.",
       note="low 15 = 9 soldiers (army's own) + 4 rebels (rebels' own) + 2 civilians; high 78 = 9 + 67 rebels (army count) + 2; the rebels' claim of 'more than 100' soldiers is not used"),
    ev("Gunmen ambushed a commercial lorry on the road between Bentiu and Mayom, killing five traders and the driver's assistant.",
       "2014-07-06", "‘on Sunday’ before the Thursday 2014-07-10 dateline: Sunday 2014-07-06",
       "road between Bentiu and Mayom", "Unity", "SS", "attack_on_civilians", "militants (unidentified)", "civilians",
       6, None, None, None,
       "In Unity state, gunmen ambushed a commercial lorry on the road between Bentiu and Mayom on Sunday, killing five traders and the driver's assistant, the Mayom county commissioner said. He did not say who the gunmen were.",
       note="6 = 5 traders + the driver's assistant"),
    ev("Cattle raiders killed 11 people in Duk county.",
       "2014-07-05", "‘on Saturday’ before the Thursday 2014-07-10 dateline: Saturday 2014-07-05",
       "Duk county", "Jonglei", "SS", "attack_on_civilians", "cattle raiders", "civilians",
       11, None, None, None,
       "Cattle raiders killed 11 people in Duk county on Saturday and another four in neighbouring Twic East on Sunday, the Jonglei state information minister told reporters in Bor",
       note="one sentence, two incidents"),
    ev("Cattle raiders killed four people in Twic East.",
       "2014-07-06", "‘on Sunday’ before the Thursday 2014-07-10 dateline: Sunday 2014-07-06",
       "Twic East", "Jonglei", "SS", "attack_on_civilians", "cattle raiders", "civilians",
       4, None, None, None,
       "Cattle raiders killed 11 people in Duk county on Saturday and another four in neighbouring Twic East on Sunday, the Jonglei state information minister told reporters in Bor",
       note="one sentence, two incidents"),
],
figures=[
    fig("displaced", 1500000, "South Sudan",
        "The fighting that began in Juba in December has forced more than 1.5 million people from their homes"),
    fig("displaced", 95000, "UN bases in South Sudan",
        "including about 95,000 sheltering in UN bases", note="sheltering in UN bases"),
])

report("b21-12", "2023-08-24", "https://www.example-sudanmonitor.com/darfur/2023/08/24/nyala-shelling-el-fasher-camp",
"""
Sudan: doctors count 17 dead in Nyala shelling; Abu Shouk camp hit in El Fasher

PORT SUDAN, August 24 (Sudan Monitor) - Artillery shells fired from the army's base in Nyala hit houses and a water point in the south of the city on Tuesday, killing 17 people, nine of them children, according to the South Darfur branch of a national doctors' union.

Nyala Teaching Hospital said it had received 12 bodies and 40 wounded, many with shrapnel wounds, and had run out of blood for transfusions. Residents said the shelling followed an attempt by the Rapid Support Forces (RSF) to storm the base of the army's 16th Infantry Division, which the paramilitary group has surrounded since May.

In North Darfur, RSF shelling hit the Abu Shouk camp for displaced people on the edge of El Fasher on Sunday, killing seven people, including three children, and wounding 15, camp coordinators said. Two of the wounded died on Monday, they said.

The army said in a statement that its troops had repelled an RSF attack on their positions in the east of El Fasher on Saturday, killing "more than a dozen" of the attackers. It did not give its own losses. The RSF said it had killed "scores" of soldiers in the same fighting.

The health ministry says at least 3,900 people have been killed across Sudan since fighting broke out in mid-April, a figure doctors say is far below the real toll, and the International Organization for Migration puts the number of people forced from their homes at more than 4.3 million.
""",
events=[
    ev("Artillery shells fired from the army's base in Nyala hit houses and a water point in the south of the city, killing 17 including nine children (doctors' union); the teaching hospital received 12 bodies and 40 wounded.",
       "2023-08-22", "‘on Tuesday’ before the Thursday 2023-08-24 dateline: Tuesday 2023-08-22",
       "south of Nyala", "South Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       17, None, 40, None,
       "Artillery shells fired from the army's base in Nyala hit houses and a water point in the south of the city on Tuesday, killing 17 people, nine of them children, according to the South Darfur branch of a national doctors' union. [...] Nyala Teaching Hospital said it had received 12 bodies and 40 wounded",
       note="17 incl. 9 children (doctors' union); the hospital's 12 bodies are one hospital's share, not a conflict; wounded 40 from the hospital, the only count given"),
    ev("The RSF attempted to storm the base of the army's 16th Infantry Division in Nyala; the army shelling followed.",
       "2023-08-22", "‘the shelling followed an attempt’; the shelling was ‘on Tuesday’, Tuesday 2023-08-22; the day of the assault is only implied",
       "16th Infantry Division base, Nyala", "South Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "Residents said the shelling followed an attempt by the Rapid Support Forces (RSF) to storm the base of the army's 16th Infantry Division, which the paramilitary group has surrounded since May.",
       note="told only as the cause of the shelling, no toll", optional=True),
    ev("RSF shelling hit the Abu Shouk camp for displaced people on the edge of El Fasher, killing seven including three children and wounding 15; two of the wounded died the next day.",
       "2023-08-20", "‘on Sunday’ before the Thursday 2023-08-24 dateline: Sunday 2023-08-20",
       "Abu Shouk camp, El Fasher", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       9, None, 13, None,
       "In North Darfur, RSF shelling hit the Abu Shouk camp for displaced people on the edge of El Fasher on Sunday, killing seven people, including three children, and wounding 15, camp coordinators said. Two of the wounded died on Monday, they said.",
       note="9 = 7 + 2 wounded who died; wounded 15 - 2 = 13"),
    ev("The army repelled an RSF attack on its positions in the east of El Fasher, killing more than a dozen attackers; the RSF claimed scores of soldiers killed.",
       "2023-08-19", "‘on Saturday’ before the Thursday 2023-08-24 dateline: Saturday 2023-08-19",
       "east of El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       12, None, None, None,
       "The army said in a statement that its troops had repelled an RSF attack on their positions in the east of El Fasher on Saturday, killing \"more than a dozen\" of the attackers. It did not give its own losses. The RSF said it had killed \"scores\" of soldiers in the same fighting.",
       note="'more than a dozen' gives 12 (the defending army's count); the army's own losses not given; the RSF's 'scores' is an attacker's claim and vague, not used"),
],
figures=[
    fig("killed", 3900, "Sudan",
        "The health ministry says at least 3,900 people have been killed across Sudan since fighting broke out in mid-April"),
    fig("displaced", 4300000, "Sudan",
        "the International Organization for Migration puts the number of people forced from their homes at more than 4.3 million"),
])

report("b21-13", "2016-09-01", "https://www.example-tigriswire.com/iraq/2016/09/01/un-august-casualty-figures",
"""
UN: 691 Iraqis killed in August, Baghdad again worst hit

BAGHDAD, September 1 (Tigris Wire) - A total of 691 Iraqis were killed and 1,016 wounded in acts of terrorism, violence and armed conflict in August, according to casualty figures released by the United Nations mission in Iraq on Thursday.

Of the dead, 472 were civilians, including civilian police, and 219 were members of the Iraqi security forces, the Peshmerga, the Popular Mobilization units and tribal fighters, the mission said. Baghdad was the worst affected province, with 212 civilians killed and 538 wounded, followed by Nineveh and Salahuddin.

The figures do not include Anbar province, where the health directorate separately reported 47 civilians killed and 83 wounded during the month. The mission said its counts should be seen as "the absolute minimum", since it had been unable to verify casualties in areas held by the Islamic State, and some deaths from injuries were never recorded.

"The people of Iraq continue to pay an unbearable price for terrorism and conflict," the head of the mission said in a statement, calling on all parties to protect civilians ahead of the expected offensive to retake Mosul, where about 1.2 million people are believed to remain.

The International Organization for Migration says more than 3.3 million Iraqis are displaced inside the country, many of them for the second or third time.
""",
country_hint="IQ",
figures=[
    fig("killed", 691, "Iraq",
        "A total of 691 Iraqis were killed and 1,016 wounded in acts of terrorism, violence and armed conflict in August",
        note="August 2016, all categories"),
    fig("wounded", 1016, "Iraq",
        "A total of 691 Iraqis were killed and 1,016 wounded in acts of terrorism, violence and armed conflict in August"),
    fig("killed", 472, "Iraq",
        "Of the dead, 472 were civilians, including civilian police", note="civilians"),
    fig("killed", 219, "Iraq",
        "219 were members of the Iraqi security forces, the Peshmerga, the Popular Mobilization units and tribal fighters",
        note="security forces and allied fighters"),
    fig("killed", 212, "Baghdad",
        "Baghdad was the worst affected province, with 212 civilians killed and 538 wounded"),
    fig("wounded", 538, "Baghdad",
        "Baghdad was the worst affected province, with 212 civilians killed and 538 wounded"),
    fig("killed", 47, "Anbar",
        "the health directorate separately reported 47 civilians killed and 83 wounded during the month"),
    fig("wounded", 83, "Anbar",
        "the health directorate separately reported 47 civilians killed and 83 wounded during the month"),
    fig("civilians_trapped", 1200000, "Mosul",
        "the expected offensive to retake Mosul, where about 1.2 million people are believed to remain"),
    fig("displaced", 3300000, "Iraq",
        "The International Organization for Migration says more than 3.3 million Iraqis are displaced inside the country"),
])

report("b21-14", "2015-01-29", "https://www.example-rafidainpress.com/iraq/2015/01/29/mutasim-checkpoint-toll-21",
"""
Toll in checkpoint bombing south of Samarra rises to 21

BAGHDAD, January 29 (Rafidain Press) - The number of people killed in Wednesday's double suicide car bombing at a checkpoint in al-Mutasim, south of Samarra, had risen to 21 by Thursday morning, the Salahuddin health directorate said.

Police and army officers said on Wednesday evening that eight soldiers and five fighters of the Popular Mobilization Forces had been killed, as well as the two bombers, who drove explosives-laden Humvees into the checkpoint minutes apart. About 30 people were wounded and taken to hospitals in Samarra and Balad.

The Islamic State claimed the attack in a statement posted online, saying its "martyrdom seekers" had killed more than 40 soldiers and militiamen.

In Diyala, a medical source at Baquba general hospital said the morgue had received the bodies of nine men who were found blindfolded and shot in orchards near Muqdadiyah on Wednesday. Their identities had not been established.

In Anbar, soldiers and tribal fighters repelled an Islamic State attack on the town of al-Baghdadi on Tuesday, killing between 15 and 20 militants, the head of the town council said. Three tribal fighters were killed.

According to the health ministry, at least 1,100 people were killed in attacks across the country in December, not counting fighters killed in battles with the Islamic State, and more than 2 million Iraqis have been displaced since January last year.
""",
events=[
    ev("Two suicide bombers drove explosives-laden Humvees into a checkpoint in al-Mutasim, south of Samarra; first eight soldiers, five PMF fighters and the two bombers were reported dead and about 30 wounded, then the health directorate gave 21 dead. The Islamic State claimed more than 40 killed.",
       "2015-01-28", "‘Wednesday's double suicide car bombing’ before the Thursday 2015-01-29 dateline: Wednesday 2015-01-28",
       "checkpoint in al-Mutasim, south of Samarra", "Salahuddin", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       21, None, 30, None,
       "The number of people killed in Wednesday's double suicide car bombing at a checkpoint in al-Mutasim, south of Samarra, had risen to 21 by Thursday morning, the Salahuddin health directorate said. [...] Police and army officers said on Wednesday evening that eight soldiers and five fighters of the Popular Mobilization Forces had been killed, as well as the two bombers, who drove explosives-laden Humvees into the checkpoint minutes apart. About 30 people were wounded [...] The Islamic State claimed the attack in a statement posted online, saying its \"martyrdom seekers\" had killed more than 40 soldiers and militiamen.",
       note="first toll 15 = 8 soldiers + 5 PMF + 2 bombers; the later toll of 21 stands; the Islamic State's claim of more than 40 not used; PMF counted with the Iraqi Security Forces as actor2"),
    ev("The bodies of nine men, blindfolded and shot, were found in orchards near Muqdadiyah and taken to the Baquba hospital morgue.",
       "2015-01-28", "bodies found ‘on Wednesday’ before the Thursday 2015-01-29 dateline: Wednesday 2015-01-28; killing day not stated, day of discovery used",
       "orchards near Muqdadiyah", "Diyala", "IQ", "attack_on_civilians", "unknown", "civilians",
       9, None, None, None,
       "In Diyala, a medical source at Baquba general hospital said the morgue had received the bodies of nine men who were found blindfolded and shot in orchards near Muqdadiyah on Wednesday.",
       note="bodies found; the morgue is in Baquba, the place is where they were found"),
    ev("Soldiers and tribal fighters repelled an Islamic State attack on al-Baghdadi, killing between 15 and 20 militants; three tribal fighters were killed.",
       "2015-01-27", "‘on Tuesday’ before the Thursday 2015-01-29 dateline: Tuesday 2015-01-27",
       "al-Baghdadi", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       18, 23, None, None,
       "In Anbar, soldiers and tribal fighters repelled an Islamic State attack on the town of al-Baghdadi on Tuesday, killing between 15 and 20 militants, the head of the town council said. Three tribal fighters were killed.",
       note="low 18 = 15 militants + 3 tribal fighters, high 23 = 20 + 3; tribal fighters counted with the army"),
],
figures=[
    fig("killed", 1100, "Iraq",
        "According to the health ministry, at least 1,100 people were killed in attacks across the country in December",
        note="December 2014"),
    fig("displaced", 2000000, "Iraq",
        "more than 2 million Iraqis have been displaced since January last year"),
])

report("b21-15", "2016-10-18", "https://www.example-levantwire.com/syria/2016/10/18/maarat-al-numan-market-strikes",
"""
Idlib: rescuers say 24 killed in Maarat al-Numan market strikes, monitor counts 19

BEIRUT, October 18 (Levant Wire) - Air strikes on a vegetable market in the rebel-held town of Maarat al-Numan in Idlib province on Sunday killed 24 people, including seven children, according to the civil defence rescue service, which said its teams were still digging through the rubble on Monday.

A Britain-based war monitor gave a lower toll of 19 dead, five of them children, and said the strikes were carried out by Syrian government warplanes. A doctor at the town's main hospital said it had received more than 50 wounded and had transferred a dozen of the most serious cases to Turkey.

A barrel bomb dropped from a helicopter on Kafr Zita, in northern Hama province, killed a man and his four children on Monday, the monitor said.

In the government-held town of al-Fuaa, besieged by rebels for more than a year, rebel rockets killed two women and wounded five people on Saturday, the state news agency SANA said.

The monitor said fighting between government forces and rebels on the southern edge of Aleppo city had killed 31 fighters from both sides since Friday, without giving a breakdown.

The civil defence says air strikes have killed at least 137 civilians in Idlib province in the past week, and that its teams have pulled 38 people alive from collapsed buildings.
""",
events=[
    ev("Air strikes hit a vegetable market in Maarat al-Numan; the civil defence said 24 killed including seven children, a war monitor 19 including five children, blaming government warplanes; the hospital received more than 50 wounded.",
       "2016-10-16", "‘on Sunday’ before the Tuesday 2016-10-18 dateline: Sunday 2016-10-16",
       "vegetable market, Maarat al-Numan", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       19, 24, 50, None,
       "Air strikes on a vegetable market in the rebel-held town of Maarat al-Numan in Idlib province on Sunday killed 24 people, including seven children, according to the civil defence rescue service [...] A Britain-based war monitor gave a lower toll of 19 dead, five of them children, and said the strikes were carried out by Syrian government warplanes. A doctor at the town's main hospital said it had received more than 50 wounded",
       note="19 (monitor) vs 24 (civil defence); 'a dozen' transferred to Turkey are among the wounded, not a toll; strikes attributed by the monitor, no denial reported"),
    ev("A barrel bomb dropped from a helicopter on Kafr Zita killed a man and his four children.",
       "2016-10-17", "‘on Monday’ before the Tuesday 2016-10-18 dateline: Monday 2016-10-17",
       "Kafr Zita", "Hama", "SY", "explosion", "Syrian government forces", "civilians",
       5, None, None, None,
       "A barrel bomb dropped from a helicopter on Kafr Zita, in northern Hama province, killed a man and his four children on Monday, the monitor said.",
       note="5 = a man and his four children; barrel bombs from helicopters attributed to government forces"),
    ev("Rebel rockets hit the besieged government-held town of al-Fuaa, killing two women and wounding five.",
       "2016-10-15", "‘on Saturday’ before the Tuesday 2016-10-18 dateline: Saturday 2016-10-15",
       "al-Fuaa", "Idlib", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 5, None,
       "In the government-held town of al-Fuaa, besieged by rebels for more than a year, rebel rockets killed two women and wounded five people on Saturday, the state news agency SANA said."),
    ev("Fighting between government forces and rebels on the southern edge of Aleppo city killed 31 fighters since Friday.",
       None, "‘since Friday’: from Friday 2016-10-14 to the Tuesday 2016-10-18 dateline, several days",
       "southern edge of Aleppo city", "Aleppo", "SY", "battle", "Syrian government forces", "Syrian rebels",
       31, None, None, None,
       "The monitor said fighting between government forces and rebels on the southern edge of Aleppo city had killed 31 fighters from both sides since Friday, without giving a breakdown.",
       note="a several-day running total for one front; also given as a figure", optional=True),
],
figures=[
    fig("killed", 31, "southern edge of Aleppo city",
        "The monitor said fighting between government forces and rebels on the southern edge of Aleppo city had killed 31 fighters from both sides since Friday",
        note="since Friday 2016-10-14"),
    fig("killed", 137, "Idlib province",
        "The civil defence says air strikes have killed at least 137 civilians in Idlib province in the past week",
        note="week total, includes Maarat al-Numan"),
    fig("other", 38, "Idlib province",
        "its teams have pulled 38 people alive from collapsed buildings", note="people rescued alive"),
])

report("b21-16", "2017-04-03", "https://www.example-afghanfrontline.com/helmand/2017/04/03/nad-ali-checkpoints-fighting",
"""
Helmand: six soldiers, 23 Taliban killed in Nad Ali fighting, ministry says

KABUL, April 3 (Afghan Frontline Press) - Taliban fighters attacked a cluster of army checkpoints in the Chah-e Anjir area of Nad Ali district, in southern Helmand province, late on Saturday, setting off a battle that lasted until dawn, the defence ministry said on Sunday.

Six soldiers were killed and four wounded, while 23 insurgents were killed and 15 wounded, a ministry spokesman said. A Taliban spokesman said the group had overrun two of the checkpoints and killed 17 soldiers, which the ministry denied.

In Lashkar Gah, the provincial capital, a surgical hospital run by an Italian aid group said it had received 11 wounded civilians, four of them children, after mortar rounds hit houses in the Bolan area on Sunday afternoon. Two of the children died during the night, a hospital coordinator said on Monday. It was not clear who fired the rounds.

The NATO-led mission said in a statement that a US air strike near Sangin on Friday had killed a senior Taliban commander and five of his bodyguards.

According to the United Nations, 166 civilians were killed and 360 wounded in Helmand in the first three months of the year, most of them in ground fighting. Provincial officials say more than 40,000 people have fled to Lashkar Gah since the autumn.
""",
events=[
    ev("Taliban fighters attacked army checkpoints in Chah-e Anjir, Nad Ali; the ministry said six soldiers killed and four wounded, 23 insurgents killed and 15 wounded. The Taliban claimed 17 soldiers killed.",
       "2017-04-01", "‘late on Saturday’ before the Monday 2017-04-03 dateline: Saturday 2017-04-01 (the fighting lasted until dawn on Sunday 2017-04-02)",
       "Chah-e Anjir, Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       29, None, 19, None,
       "Taliban fighters attacked a cluster of army checkpoints in the Chah-e Anjir area of Nad Ali district, in southern Helmand province, late on Saturday, setting off a battle that lasted until dawn, the defence ministry said on Sunday. [...] Six soldiers were killed and four wounded, while 23 insurgents were killed and 15 wounded, a ministry spokesman said. A Taliban spokesman said the group had overrun two of the checkpoints and killed 17 soldiers, which the ministry denied.",
       note="29 = 6 soldiers + 23 insurgents; wounded 19 = 4 + 15 (ministry, the defending side); the Taliban's claim of 17 soldiers not used"),
    ev("Mortar rounds hit houses in the Bolan area of Lashkar Gah; a surgical hospital received 11 wounded civilians including four children, two of whom died during the night.",
       "2017-04-02", "‘on Sunday afternoon’ before the Monday 2017-04-03 dateline: Sunday 2017-04-02",
       "Bolan, Lashkar Gah", "Helmand", "AF", "explosion", "unknown", "civilians",
       2, None, 9, None,
       "In Lashkar Gah, the provincial capital, a surgical hospital run by an Italian aid group said it had received 11 wounded civilians, four of them children, after mortar rounds hit houses in the Bolan area on Sunday afternoon. Two of the children died during the night, a hospital coordinator said on Monday. It was not clear who fired the rounds.",
       note="2 wounded children who died; wounded 11 - 2 = 9"),
    ev("A US air strike near Sangin killed a senior Taliban commander and five of his bodyguards, the NATO-led mission said.",
       "2017-03-31", "‘on Friday’ before the Monday 2017-04-03 dateline: Friday 2017-03-31",
       "near Sangin", "Helmand", "AF", "explosion", "US forces", "Taliban",
       6, None, None, None,
       "The NATO-led mission said in a statement that a US air strike near Sangin on Friday had killed a senior Taliban commander and five of his bodyguards.",
       note="6 = commander + 5 bodyguards"),
],
figures=[
    fig("killed", 166, "Helmand",
        "According to the United Nations, 166 civilians were killed and 360 wounded in Helmand in the first three months of the year",
        note="civilians, January-March 2017"),
    fig("wounded", 360, "Helmand",
        "According to the United Nations, 166 civilians were killed and 360 wounded in Helmand in the first three months of the year"),
    fig("displaced", 40000, "Lashkar Gah",
        "Provincial officials say more than 40,000 people have fled to Lashkar Gah since the autumn."),
])

report("b21-17", "2023-07-19", "https://www.example-frontierdawnline.com/kp/2023/07/19/kulachi-police-station-toll-six",
"""
Two more policemen succumb to injuries after Kulachi police station attack

PESHAWAR, July 19 (Frontier Dawnline) - Two policemen injured in Monday night's attack on the Kulachi police station in Dera Ismail Khan district died at the Combined Military Hospital on Tuesday, raising the number of police martyred in the assault to six, the district police officer said.

Militants armed with rifles and hand grenades attacked the police station from two sides shortly before midnight on Monday. Four policemen were martyred on the spot and six were injured, while three attackers were killed in the exchange of fire that lasted around 90 minutes, police said.

The banned Tehreek-e-Taliban Pakistan (TTP) claimed the attack in a message to journalists, saying its fighters had killed 12 policemen.

Separately, the military's media wing, ISPR, said security forces had conducted an intelligence-based operation in the Datta Khel area of North Waziristan on Tuesday in which five terrorists were killed after an intense exchange of fire. A sepoy embraced martyrdom during the operation, the ISPR said.

In Bajaur, a remote-controlled bomb went off near a police vehicle escorting a polio vaccination team in Mamund tehsil on Sunday. No casualties were reported, a police official said.

The attacks come amid a surge in militant violence in the province. According to an Islamabad-based security think tank, 389 people, including 211 security personnel, were killed in militant attacks in Khyber Pakhtunkhwa in the first six months of the year.
""",
events=[
    ev("Militants with rifles and grenades attacked the Kulachi police station; four policemen killed on the spot, two of six injured died next day, three attackers killed. The TTP claimed it and said 12 police were killed.",
       "2023-07-17", "‘Monday night's attack’, ‘shortly before midnight on Monday’, before the Wednesday 2023-07-19 dateline: Monday 2023-07-17",
       "Kulachi police station", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       9, None, 4, None,
       "Two policemen injured in Monday night's attack on the Kulachi police station in Dera Ismail Khan district died at the Combined Military Hospital on Tuesday, raising the number of police martyred in the assault to six, the district police officer said. [...] Four policemen were martyred on the spot and six were injured, while three attackers were killed in the exchange of fire that lasted around 90 minutes, police said. [...] The banned Tehreek-e-Taliban Pakistan (TTP) claimed the attack in a message to journalists, saying its fighters had killed 12 policemen.",
       note="9 = 4 + 2 injured who died + 3 attackers; wounded 6 - 2 = 4; the TTP's claim of 12 not used"),
    ev("Security forces conducted an intelligence-based operation in Datta Khel; five militants and one soldier were killed, ISPR said.",
       "2023-07-18", "‘on Tuesday’ before the Wednesday 2023-07-19 dateline: Tuesday 2023-07-18",
       "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       6, None, None, None,
       "Separately, the military's media wing, ISPR, said security forces had conducted an intelligence-based operation in the Datta Khel area of North Waziristan on Tuesday in which five terrorists were killed after an intense exchange of fire. A sepoy embraced martyrdom during the operation, the ISPR said.",
       note="6 = 5 militants + 1 soldier (ISPR)"),
    ev("A remote-controlled bomb went off near a police vehicle escorting a polio vaccination team in Mamund; no casualties were reported.",
       "2023-07-16", "‘on Sunday’ before the Wednesday 2023-07-19 dateline: Sunday 2023-07-16",
       "Mamund tehsil, Bajaur", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       0, None, 0, None,
       "In Bajaur, a remote-controlled bomb went off near a police vehicle escorting a polio vaccination team in Mamund tehsil on Sunday. No casualties were reported, a police official said.",
       note="'No casualties were reported' gives 0 and 0"),
],
figures=[
    fig("killed", 389, "Khyber Pakhtunkhwa",
        "According to an Islamabad-based security think tank, 389 people, including 211 security personnel, were killed in militant attacks in Khyber Pakhtunkhwa in the first six months of the year.",
        note="January-June 2023"),
    fig("killed", 211, "Khyber Pakhtunkhwa",
        "389 people, including 211 security personnel, were killed in militant attacks in Khyber Pakhtunkhwa in the first six months of the year",
        note="security personnel, part of the 389"),
])

report("b21-18", "2019-11-12", "https://www.example-nilecourier.com/south-sudan/2019/11/12/cantonment-lags-unity-deadline",
"""
Cantonment lags as South Sudan's unity government deadline looms

JUBA, November 12 (Nile Courier) - Only about 41,000 of the 83,000 troops who are to form South Sudan's unified army have reported to cantonment sites and training centres, the body monitoring last year's peace agreement said on Monday, casting doubt on whether a unity government can be formed as planned.

The ceasefire monitors said food and medicine had run out at several of the 35 cantonment sites, and that some fighters had left to look for food in nearby villages. The government and the main armed opposition have each accused the other of recruiting new fighters, charges both deny.

"Soldiers who are hungry will not stay in a camp waiting for a uniform," an opposition commander told the Nile Courier by telephone. A government spokesman said funds for the training would be released "in the coming weeks".

The war, which broke out in December 2013, killed an estimated 380,000 people, according to a study published last year, and the UN says about 1.5 million people remain displaced inside the country, with another 2.2 million living as refugees in neighbouring states.

Aid agencies say 6.4 million people, more than half the population, face severe food shortages after floods destroyed crops in Jonglei, Upper Nile and Unity states.
""",
country_hint="SS",
figures=[
    fig("fighters", 41000, "South Sudan",
        "Only about 41,000 of the 83,000 troops who are to form South Sudan's unified army have reported to cantonment sites and training centres",
        note="troops reported to cantonment"),
    fig("fighters", 83000, "South Sudan",
        "Only about 41,000 of the 83,000 troops who are to form South Sudan's unified army",
        note="planned unified army"),
    fig("other", 35, "South Sudan",
        "several of the 35 cantonment sites", note="cantonment sites"),
    fig("killed", 380000, "South Sudan",
        "The war, which broke out in December 2013, killed an estimated 380,000 people, according to a study published last year"),
    fig("displaced", 1500000, "South Sudan",
        "the UN says about 1.5 million people remain displaced inside the country"),
    fig("displaced", 2200000, "neighbouring states",
        "another 2.2 million living as refugees in neighbouring states", note="refugees"),
    fig("other", 6400000, "South Sudan",
        "Aid agencies say 6.4 million people, more than half the population, face severe food shortages",
        note="people facing severe food shortages"),
])

# ---------------------------------------------------------------------------
# b21-19 .. b21-27
# ---------------------------------------------------------------------------

report("b21-19", "2022-11-01", "https://www.example-irrawaddyledger.com/sagaing/2022/11/01/salingyi-air-strike-toll-14",
"""
Myanmar: Salingyi air strike toll rises to 14; burnt bodies found in Ayadaw

YANGON, November 1 (Irrawaddy Ledger) - The number of villagers killed in a military air strike on a village in Salingyi township, in Sagaing region, on Saturday has risen to 14 after two of the wounded died on Monday, a member of a local rescue group said.

Rescuers had first counted "more than a dozen" dead after a fighter jet dropped two bombs on the village at around noon, destroying the monastery school and nearby houses. Three children were among the dead, and about 20 people were wounded, some of them seriously, the rescue group member said. The military's information team said troops had attacked a "terrorist training camp" in the area, without giving casualty figures.

A local People's Defence Force unit said it had ambushed a military convoy on the road between Monywa and Salingyi on Sunday and killed 25 soldiers. The claim could not be verified; a resident of a nearby village said she had seen "several" bodies being loaded onto trucks.

In Ayadaw township, residents found the burnt bodies of seven men in a field on Monday, a day after soldiers passed through the area, a villager who helped collect the remains told the Irrawaddy Ledger. Residents blamed the soldiers. The military did not respond to requests for comment.

A rights group that tracks killings by the security forces says more than 2,400 civilians have been killed since the coup in February last year. The UN says more than 1 million people are displaced across the country, about half of them in Sagaing region.
""",
events=[
    ev("A military jet bombed a village in Salingyi township, destroying the monastery school; 'more than a dozen' were counted dead at first, and the toll rose to 14, three children among them, after two of about 20 wounded died.",
       "2022-10-29", "‘on Saturday’, ‘at around noon’, before the Tuesday 2022-11-01 dateline: Saturday 2022-10-29",
       "village in Salingyi township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       14, None, 18, None,
       "The number of villagers killed in a military air strike on a village in Salingyi township, in Sagaing region, on Saturday has risen to 14 after two of the wounded died on Monday, a member of a local rescue group said. [...] Rescuers had first counted \"more than a dozen\" dead after a fighter jet dropped two bombs on the village at around noon, destroying the monastery school and nearby houses. Three children were among the dead, and about 20 people were wounded",
       note="'more than a dozen' (12) rose to 14 with 2 wounded who died; wounded about 20 - 2 = 18; the military calls the target a 'terrorist training camp', no figures"),
    ev("A People's Defence Force unit said it ambushed a military convoy on the road between Monywa and Salingyi and killed 25 soldiers; unverified, a resident saw 'several' bodies.",
       "2022-10-30", "‘on Sunday’ before the Tuesday 2022-11-01 dateline: Sunday 2022-10-30",
       "road between Monywa and Salingyi", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       None, None, None, None,
       "A local People's Defence Force unit said it had ambushed a military convoy on the road between Monywa and Salingyi on Sunday and killed 25 soldiers. The claim could not be verified; a resident of a nearby village said she had seen \"several\" bodies being loaded onto trucks.",
       note="the attackers' claim of 25 soldiers is not used; 'several' gives null"),
    ev("Residents found the burnt bodies of seven men in a field in Ayadaw township a day after soldiers passed through, and blamed the soldiers.",
       "2022-10-31", "bodies found ‘on Monday’ before the Tuesday 2022-11-01 dateline: Monday 2022-10-31; killing day not stated (‘a day after soldiers passed through’), day of discovery used",
       "field in Ayadaw township", "Sagaing", "MM", "attack_on_civilians", "Myanmar military", "civilians",
       7, None, None, None,
       "In Ayadaw township, residents found the burnt bodies of seven men in a field on Monday, a day after soldiers passed through the area, a villager who helped collect the remains told the Irrawaddy Ledger. Residents blamed the soldiers. The military did not respond to requests for comment.",
       note="bodies found; blamed on soldiers by residents, no denial"),
],
figures=[
    fig("killed", 2400, "Myanmar",
        "A rights group that tracks killings by the security forces says more than 2,400 civilians have been killed since the coup in February last year.",
        note="civilians since February 2021"),
    fig("displaced", 1000000, "Myanmar",
        "The UN says more than 1 million people are displaced across the country"),
])

report("b21-20", "2018-07-30", "https://www.example-northernsentinel.com/zamfara/2018/07/30/dan-sadau-attack-toll",
"""
Zamfara: police confirm 18 dead in Dan Sadau attack, residents say up to 40

GUSAU, July 30 (Northern Sentinel) - Police in Zamfara State said on Sunday that 18 bodies had been recovered after armed bandits attacked villages around Dan Sadau, in Maru local government area, on Friday afternoon. Residents said between 30 and 40 people had been killed and that searchers were still combing the bush for the missing.

The state police spokesman said the attackers, who came on more than 100 motorcycles, shot villagers working on their farms and set fire to grain stores. A community leader in Dan Sadau said 34 people had been buried by Sunday evening, among them women and children.

In Tsafe, gunmen killed four farmers on Thursday, and on Saturday bandits abducted 13 travellers on the Gusau-Funtua road, shooting dead a driver who tried to turn back, a police source said.

Troops of Operation Sharan Daji said on Monday they had killed a dozen bandits and freed nine kidnapped women in a raid on a camp in the Kuyambana forest on Sunday. One soldier was wounded.

According to a local rights group, at least 371 people have been killed in bandit attacks in Zamfara since January, and more than 18,000 have fled their villages to Gusau and other towns.
""",
events=[
    ev("Bandits on more than 100 motorcycles attacked villages around Dan Sadau, shooting farmers and burning grain stores; police recovered 18 bodies, a community leader said 34 were buried, residents said 30 to 40 killed.",
       "2018-07-27", "‘on Friday afternoon’ before the Monday 2018-07-30 dateline: Friday 2018-07-27",
       "villages around Dan Sadau", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       18, 40, None, None,
       "Police in Zamfara State said on Sunday that 18 bodies had been recovered after armed bandits attacked villages around Dan Sadau, in Maru local government area, on Friday afternoon. Residents said between 30 and 40 people had been killed and that searchers were still combing the bush for the missing. [...] A community leader in Dan Sadau said 34 people had been buried by Sunday evening, among them women and children.",
       note="18 bodies (police), 34 buried (community leader), 30-40 (residents): lowest 18, highest 40"),
    ev("Gunmen killed four farmers in Tsafe.",
       "2018-07-26", "‘on Thursday’ before the Monday 2018-07-30 dateline: Thursday 2018-07-26",
       "Tsafe", "Zamfara", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       4, None, None, None,
       "In Tsafe, gunmen killed four farmers on Thursday, and on Saturday bandits abducted 13 travellers on the Gusau-Funtua road, shooting dead a driver who tried to turn back, a police source said.",
       note="one sentence, two incidents"),
    ev("Bandits abducted 13 travellers on the Gusau-Funtua road and shot dead a driver who tried to turn back.",
       "2018-07-28", "‘on Saturday’ before the Monday 2018-07-30 dateline: Saturday 2018-07-28",
       "Gusau-Funtua road", "Zamfara", "NG", "other", "bandits", "civilians",
       1, None, None, None,
       "In Tsafe, gunmen killed four farmers on Thursday, and on Saturday bandits abducted 13 travellers on the Gusau-Funtua road, shooting dead a driver who tried to turn back, a police source said.",
       note="one sentence, two incidents; abduction of 13, one killed"),
    ev("Troops of Operation Sharan Daji killed a dozen bandits and freed nine kidnapped women in a raid on a camp in the Kuyambana forest; one soldier wounded.",
       "2018-07-29", "‘on Sunday’ before the Monday 2018-07-30 dateline: Sunday 2018-07-29",
       "camp in the Kuyambana forest", "Zamfara", "NG", "battle", "Nigerian security forces", "bandits",
       12, None, 1, None,
       "Troops of Operation Sharan Daji said on Monday they had killed a dozen bandits and freed nine kidnapped women in a raid on a camp in the Kuyambana forest on Sunday. One soldier was wounded.",
       note="'a dozen' gives 12 (army count)"),
],
figures=[
    fig("killed", 371, "Zamfara",
        "According to a local rights group, at least 371 people have been killed in bandit attacks in Zamfara since January"),
    fig("displaced", 18000, "Zamfara",
        "more than 18,000 have fled their villages to Gusau and other towns"),
])

report("b21-21", "2019-05-21", "https://www.example-mountainecho.com/north-west/2019/05/21/ndop-raid-conflicting-accounts",
"""
Cameroon: army and separatists give conflicting accounts of Ndop raid

BAMENDA, May 21 (Mountain Echo) - Cameroon's army said on Monday that it had killed nine separatist fighters in a raid on their camp near Ndop, in the North-West region, on Sunday, and seized guns and ammunition. A spokesman for the separatist fighters in the area said only three of their men had died, and that soldiers had also shot dead four civilians, among them an elderly woman, in nearby houses. The army denied that any civilians had been killed.

On Saturday, separatist fighters ambushed a gendarmerie vehicle near Batibo, killing two gendarmes, a security source said. The separatists said on social media that they had killed "more than ten" soldiers.

In Wum, half a dozen civilians were killed on Friday when they were caught in crossfire between soldiers and separatist fighters in the town's main market, the mayor said.

Before dawn on Monday, armed separatists set fire to the council offices in Ndu. No casualties were reported.

A Brussels-based research group estimates that about 1,850 people have been killed since the crisis in the English-speaking regions turned violent in late 2016, and the UN says more than 530,000 people have fled their homes.
""",
events=[
    ev("Soldiers raided a separatist camp near Ndop; the army said nine fighters were killed, the separatists said three fighters and four civilians, which the army denied.",
       "2019-05-19", "‘on Sunday’ before the Tuesday 2019-05-21 dateline: Sunday 2019-05-19",
       "camp near Ndop", "North-West", "CM", "battle", "Cameroonian security forces", "Ambazonian separatists",
       7, 9, None, None,
       "Cameroon's army said on Monday that it had killed nine separatist fighters in a raid on their camp near Ndop, in the North-West region, on Sunday, and seized guns and ammunition. A spokesman for the separatist fighters in the area said only three of their men had died, and that soldiers had also shot dead four civilians, among them an elderly woman, in nearby houses. The army denied that any civilians had been killed.",
       note="7 = 3 fighters + 4 civilians (separatists) vs 9 fighters (army)"),
    ev("Separatist fighters ambushed a gendarmerie vehicle near Batibo, killing two gendarmes; the separatists claimed more than ten.",
       "2019-05-18", "‘On Saturday’ before the Tuesday 2019-05-21 dateline: Saturday 2019-05-18",
       "near Batibo", "North-West", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       2, None, None, None,
       "On Saturday, separatist fighters ambushed a gendarmerie vehicle near Batibo, killing two gendarmes, a security source said. The separatists said on social media that they had killed \"more than ten\" soldiers.",
       note="the attackers' claim of 'more than ten' not used"),
    ev("Half a dozen civilians were killed in crossfire between soldiers and separatist fighters in Wum's main market.",
       "2019-05-17", "‘on Friday’ before the Tuesday 2019-05-21 dateline: Friday 2019-05-17",
       "main market, Wum", "North-West", "CM", "battle", "Cameroonian security forces", "Ambazonian separatists",
       6, None, None, None,
       "In Wum, half a dozen civilians were killed on Friday when they were caught in crossfire between soldiers and separatist fighters in the town's main market, the mayor said.",
       note="'half a dozen' gives 6; who started the fighting is not said"),
    ev("Armed separatists set fire to the council offices in Ndu; no casualties were reported.",
       "2019-05-20", "‘Before dawn on Monday’ before the Tuesday 2019-05-21 dateline: Monday 2019-05-20",
       "council offices, Ndu", "North-West", "CM", "other", "Ambazonian separatists", "none",
       0, None, 0, None,
       "Before dawn on Monday, armed separatists set fire to the council offices in Ndu. No casualties were reported.",
       note="arson; 'No casualties were reported' gives 0 and 0"),
],
figures=[
    fig("killed", 1850, "North-West and South-West regions",
        "A Brussels-based research group estimates that about 1,850 people have been killed since the crisis in the English-speaking regions turned violent in late 2016"),
    fig("displaced", 530000, "North-West and South-West regions",
        "the UN says more than 530,000 people have fled their homes"),
])

report("b21-22", "2021-10-05", "https://www.example-fasoquotidien.com/centre-nord/2021/10/05/pissila-bilan-19-morts",
"""
Centre-Nord: toll from Pissila attack climbs to 19, including seven VDP

KAYA, October 5 (Faso Quotidien) - The number of people killed in Saturday's attack on a village in Pissila department, in Sanmatenga province, has risen to 19, among them seven Volunteers for the Defence of the Homeland (VDP), the office of the Centre-Nord governor said on Monday.

On Saturday evening a local official had spoken of "about a dozen" dead after gunmen on motorcycles stormed the village market, shooting traders and shoppers. The VDP who tried to fight them off were among the dead. The bodies of the others were found in the surrounding fields on Sunday, the governor's office said. Four of the wounded are being treated at the regional hospital in Kaya.

Also on Sunday, a minibus carrying traders to Kaya hit an explosive device near Barsalogho, killing five passengers, two of them children, and injuring dozens, according to a health worker.

The army said on Monday that the air force had struck a convoy of assailants near Dablo on Sunday, "neutralising dozens of terrorists".

Gendarmes at the post in Pensa repelled an attack on Sunday night. The gendarmes suffered no losses, a security source said, but the attackers' losses were not known.

Since January, attacks have killed 214 civilians and 89 VDP in the Centre-Nord region, according to the governor's office. The region hosts more than 500,000 of the 1.4 million people displaced across the country.
""",
events=[
    ev("Gunmen on motorcycles stormed the market of a village in Pissila department, shooting traders and shoppers; 'about a dozen' dead were reported that evening, and the toll rose to 19, seven VDP among them, after bodies were found in the fields.",
       "2021-10-02", "‘Saturday's attack’, ‘On Saturday evening’, before the Tuesday 2021-10-05 dateline: Saturday 2021-10-02",
       "village in Pissila department", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       19, None, None, None,
       "The number of people killed in Saturday's attack on a village in Pissila department, in Sanmatenga province, has risen to 19, among them seven Volunteers for the Defence of the Homeland (VDP), the office of the Centre-Nord governor said on Monday. [...] On Saturday evening a local official had spoken of \"about a dozen\" dead after gunmen on motorcycles stormed the village market, shooting traders and shoppers. The VDP who tried to fight them off were among the dead. The bodies of the others were found in the surrounding fields on Sunday",
       note="'about a dozen' first, then 19 incl. 7 VDP (governor's office); 'Four of the wounded' in Kaya is not a total, wounded null"),
    ev("A minibus carrying traders hit an explosive device near Barsalogho, killing five passengers including two children and injuring dozens.",
       "2021-10-03", "‘Also on Sunday’ before the Tuesday 2021-10-05 dateline: Sunday 2021-10-03",
       "near Barsalogho", "Centre-Nord", "BF", "explosion", "unknown", "civilians",
       5, None, None, None,
       "Also on Sunday, a minibus carrying traders to Kaya hit an explosive device near Barsalogho, killing five passengers, two of them children, and injuring dozens, according to a health worker.",
       note="'dozens' injured gives null"),
    ev("The air force struck a convoy of assailants near Dablo, 'neutralising dozens of terrorists', the army said.",
       "2021-10-03", "‘on Sunday’ before the Tuesday 2021-10-05 dateline: Sunday 2021-10-03",
       "near Dablo", "Centre-Nord", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "The army said on Monday that the air force had struck a convoy of assailants near Dablo on Sunday, \"neutralising dozens of terrorists\".",
       note="'dozens' gives null"),
    ev("Gendarmes at the Pensa post repelled an attack; they suffered no losses, the attackers' losses are not known.",
       "2021-10-03", "‘on Sunday night’ before the Tuesday 2021-10-05 dateline: Sunday 2021-10-03",
       "gendarmerie post, Pensa", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       None, None, None, None,
       "Gendarmes at the post in Pensa repelled an attack on Sunday night. The gendarmes suffered no losses, a security source said, but the attackers' losses were not known.",
       note="no losses on one side only; the attackers' toll is unknown, so killed is null, not 0"),
],
figures=[
    fig("killed", 214, "Centre-Nord region",
        "Since January, attacks have killed 214 civilians and 89 VDP in the Centre-Nord region, according to the governor's office.",
        note="civilians since January"),
    fig("killed", 89, "Centre-Nord region",
        "Since January, attacks have killed 214 civilians and 89 VDP in the Centre-Nord region, according to the governor's office.",
        note="VDP since January"),
    fig("displaced", 500000, "Centre-Nord region",
        "The region hosts more than 500,000 of the 1.4 million people displaced across the country."),
    fig("displaced", 1400000, "Burkina Faso",
        "The region hosts more than 500,000 of the 1.4 million people displaced across the country."),
])

report("b21-23", "2022-04-08", "https://www.example-nordmaliinfo.com/menaka/2022/04/08/inekar-camps-tolls-disputed",
"""
Ménaka: tolls disputed after Islamic State attack on herders' camps

GAO, April 8 (Nord-Mali Info) - Islamic State fighters on motorcycles attacked several camps of Daoussahak herders around Inékar, in the Ménaka region, on Tuesday, killing between 22 and 30 civilians, a local elected official said. The Movement for the Salvation of Azawad (MSA), an armed group that recruits among the Daoussahak, said at least 40 people had been killed, including women and children, and that wells and tents had been burnt.

MSA fighters went after the attackers the following day. The MSA said it had lost five fighters in clashes with them east of Inékar on Wednesday. In its weekly newsletter, the Islamic State said its fighters had killed "dozens of militiamen" of the MSA and its allies.

On Thursday, a vehicle of the UN mission, MINUSMA, hit a mine near Tessit, in the Gao region. Four peacekeepers were wounded, none of them seriously, the mission said.

Local officials say more than 300 civilians have been killed in the Ménaka region since early March, when the Islamic State stepped up its offensive, and more than 7,000 people have taken refuge in Ménaka town.
""",
events=[
    ev("Islamic State fighters on motorcycles attacked Daoussahak herders' camps around Inékar; a local official said 22 to 30 civilians killed, the MSA at least 40, including women and children.",
       "2022-04-05", "‘on Tuesday’ before the Friday 2022-04-08 dateline: Tuesday 2022-04-05",
       "herders' camps around Inékar", "Ménaka", "ML", "attack_on_civilians", "Islamic State", "civilians",
       22, 40, None, None,
       "Islamic State fighters on motorcycles attacked several camps of Daoussahak herders around Inékar, in the Ménaka region, on Tuesday, killing between 22 and 30 civilians, a local elected official said. The Movement for the Salvation of Azawad (MSA), an armed group that recruits among the Daoussahak, said at least 40 people had been killed, including women and children",
       note="range 22-30 (local official) against 'at least 40' (MSA): lowest 22, highest 40"),
    ev("MSA fighters pursued the attackers and clashed with them east of Inékar; the MSA lost five fighters. The Islamic State claimed 'dozens' of militiamen killed.",
       "2022-04-06", "‘the following day’, ‘on Wednesday’, before the Friday 2022-04-08 dateline: Wednesday 2022-04-06",
       "east of Inékar", "Ménaka", "ML", "battle", "MSA", "Islamic State",
       5, None, None, None,
       "MSA fighters went after the attackers the following day. The MSA said it had lost five fighters in clashes with them east of Inékar on Wednesday. In its weekly newsletter, the Islamic State said its fighters had killed \"dozens of militiamen\" of the MSA and its allies.",
       note="the MSA's count of its own dead is used; the Islamic State's claim of 'dozens' is not"),
    ev("A MINUSMA vehicle hit a mine near Tessit; four peacekeepers were wounded.",
       "2022-04-07", "‘On Thursday’ before the Friday 2022-04-08 dateline: Thursday 2022-04-07",
       "near Tessit", "Gao", "ML", "explosion", "unknown", "MINUSMA",
       None, None, 4, None,
       "On Thursday, a vehicle of the UN mission, MINUSMA, hit a mine near Tessit, in the Gao region. Four peacekeepers were wounded, none of them seriously, the mission said.",
       note="nobody reported killed, no zero stated"),
],
figures=[
    fig("killed", 300, "Ménaka region",
        "Local officials say more than 300 civilians have been killed in the Ménaka region since early March",
        note="campaign total since early March"),
    fig("displaced", 7000, "Ménaka town",
        "more than 7,000 people have taken refuge in Ménaka town"),
])

report("b21-24", "2022-07-13", "https://www.example-rovumanews.com/politica/2022/07/13/sadc-extends-mission",
"""
SADC extends Mozambique mission as Cabo Delgado displacement tops 900,000

MAPUTO, July 13 (Rovuma News) - Southern African leaders have agreed to extend their military mission in Cabo Delgado for another year, a communiqué issued after a meeting of the regional bloc's security organ said on Tuesday.

The SADC Mission in Mozambique (SAMIM) has about 2,000 troops in the province, alongside some 2,500 Rwandan soldiers and police deployed under a separate bilateral agreement and several thousand Mozambican troops. The communiqué said the mission had "significantly degraded" the insurgents' capacity, without giving figures.

According to the International Organization for Migration, 946,000 people are displaced in Cabo Delgado, Niassa and Nampula provinces, while about 60,000 have returned to Mocímboa da Praia and Palma since the two towns were retaken last year.

A conflict monitoring project counts more than 4,000 deaths, including about 1,900 civilians, since the first attack on Mocímboa da Praia in October 2017.

Mozambique's defence minister told the meeting that the country would also need help to train and pay "local forces", a reference to the militias formed in several districts to defend villages. Diplomats said the cost of the mission remained the main obstacle to keeping troops in the province beyond next year.
""",
country_hint="MZ",
figures=[
    fig("fighters", 2000, "Cabo Delgado",
        "The SADC Mission in Mozambique (SAMIM) has about 2,000 troops in the province", note="SAMIM troops"),
    fig("fighters", 2500, "Cabo Delgado",
        "some 2,500 Rwandan soldiers and police", note="Rwandan soldiers and police"),
    fig("displaced", 946000, "Cabo Delgado, Niassa and Nampula",
        "According to the International Organization for Migration, 946,000 people are displaced in Cabo Delgado, Niassa and Nampula provinces"),
    fig("returned", 60000, "Mocímboa da Praia and Palma",
        "about 60,000 have returned to Mocímboa da Praia and Palma since the two towns were retaken last year"),
    fig("killed", 4000, "Cabo Delgado",
        "A conflict monitoring project counts more than 4,000 deaths, including about 1,900 civilians, since the first attack on Mocímboa da Praia in October 2017."),
    fig("killed", 1900, "Cabo Delgado",
        "A conflict monitoring project counts more than 4,000 deaths, including about 1,900 civilians",
        note="civilians, part of the 4,000"),
])

report("b21-25", "2015-10-06", "https://www.example-sahelhebdo.com/diffa/2015/10/06/toumour-attaque-neuf-morts",
"""
Diffa: nine villagers killed in Boko Haram raid on Toumour, hospital treats 14 wounded

DIFFA, October 6 (Le Sahel Hebdo) - Boko Haram fighters who crossed the Komadougou Yobe river from Nigeria killed nine villagers in an attack on Toumour, in the Diffa region, on Saturday night, local officials said. The regional hospital in Diffa said it had received 14 wounded, including five children, on Sunday morning.

Nigerien and Chadian troops pursuing the attackers killed about 15 of them near the river on Sunday, a military source said. There were no casualties among the soldiers.

On Thursday a woman blew herself up near a mosque in the market district of Diffa town, killing two worshippers, and on Friday soldiers shot dead a second would-be bomber at a checkpoint in Chétimari before she could set off her explosives.

The Diffa region hosts more than 150,000 refugees, returnees and displaced people, according to the UN, and the governor says Boko Haram attacks have killed more than 200 civilians in the region since February.
""",
events=[
    ev("Boko Haram fighters who crossed the Komadougou Yobe river attacked Toumour, killing nine villagers; the Diffa hospital received 14 wounded including five children.",
       "2015-10-03", "‘on Saturday night’ before the Tuesday 2015-10-06 dateline: Saturday 2015-10-03",
       "Toumour", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       9, None, 14, None,
       "Boko Haram fighters who crossed the Komadougou Yobe river from Nigeria killed nine villagers in an attack on Toumour, in the Diffa region, on Saturday night, local officials said. The regional hospital in Diffa said it had received 14 wounded, including five children, on Sunday morning.",
       note="wounded from the hospital count, the only one given"),
    ev("Nigerien and Chadian troops pursuing the attackers killed about 15 of them near the river; no casualties among the soldiers.",
       "2015-10-04", "‘on Sunday’ before the Tuesday 2015-10-06 dateline: Sunday 2015-10-04",
       "near the Komadougou Yobe river, Toumour", "Diffa", "NE", "battle", "Nigerien security forces", "Boko Haram",
       15, None, None, None,
       "Nigerien and Chadian troops pursuing the attackers killed about 15 of them near the river on Sunday, a military source said. There were no casualties among the soldiers.",
       note="'about 15' gives 15; soldiers none, attackers' wounded not given; Chadian troops counted with the Nigerien forces"),
    ev("A woman blew herself up near a mosque in the market district of Diffa town, killing two worshippers.",
       "2015-10-01", "‘On Thursday’ before the Tuesday 2015-10-06 dateline: Thursday 2015-10-01",
       "mosque in the market district, Diffa", "Diffa", "NE", "explosion", "unknown", "civilians",
       3, None, None, None,
       "On Thursday a woman blew herself up near a mosque in the market district of Diffa town, killing two worshippers, and on Friday soldiers shot dead a second would-be bomber at a checkpoint in Chétimari before she could set off her explosives.",
       note="3 = 2 worshippers + the bomber; one sentence, two incidents; no group named"),
    ev("Soldiers shot dead a would-be female suicide bomber at a checkpoint in Chétimari before she could detonate.",
       "2015-10-02", "‘on Friday’ before the Tuesday 2015-10-06 dateline: Friday 2015-10-02",
       "checkpoint in Chétimari", "Diffa", "NE", "other", "Nigerien security forces", "unknown",
       1, None, None, None,
       "On Thursday a woman blew herself up near a mosque in the market district of Diffa town, killing two worshippers, and on Friday soldiers shot dead a second would-be bomber at a checkpoint in Chétimari before she could set off her explosives.",
       note="foiled suicide attack, no blast; one sentence, two incidents"),
],
figures=[
    fig("displaced", 150000, "Diffa region",
        "The Diffa region hosts more than 150,000 refugees, returnees and displaced people",
        note="refugees, returnees and displaced together"),
    fig("killed", 200, "Diffa region",
        "the governor says Boko Haram attacks have killed more than 200 civilians in the region since February"),
])

report("b21-26", "2022-09-20", "https://www.example-shabelletimes.com/hiiraan/2022/09/20/beledweyne-checkpoint-blast",
"""
Hiraan: hospital counts 12 dead in Beledweyne checkpoint blast as government claims gains

BELEDWEYNE, September 20 (Shabelle Times) - A suicide bomber drove a minibus packed with explosives into a checkpoint at the southern entrance of Beledweyne on Sunday morning, killing at least 11 people, most of them soldiers and clan militiamen, police said. Beledweyne general hospital said it had received 12 bodies and 27 wounded.

Al-Shabaab said in a statement that it had killed 30 "apostate" troops in the bombing.

On Saturday, government forces and clan militias known as Macawisley took control of Moqokori, in Mahas district, after a day of fighting, the regional administration said. Eight al-Shabaab fighters and two soldiers were killed, an army commander said.

Al-Shabaab fighters shot dead a village elder and his two sons near Mahas on Monday, accusing them of supporting the militias, relatives said.

The government says more than 100 al-Shabaab fighters have been killed in Hiraan and Middle Shabelle over the past week, in the largest offensive against the group in years. The figure could not be verified. The UN says about 40,000 people have fled the fighting in Hiraan since August.
""",
events=[
    ev("A suicide bomber drove an explosives-laden minibus into a checkpoint at the southern entrance of Beledweyne; police said at least 11 killed, mostly soldiers and militiamen; the hospital received 12 bodies and 27 wounded. Al-Shabaab claimed 30.",
       "2022-09-18", "‘on Sunday morning’ before the Tuesday 2022-09-20 dateline: Sunday 2022-09-18",
       "checkpoint at the southern entrance of Beledweyne", "Hiraan", "SO", "explosion", "al-Shabaab", "Somali security forces",
       11, 12, 27, None,
       "A suicide bomber drove a minibus packed with explosives into a checkpoint at the southern entrance of Beledweyne on Sunday morning, killing at least 11 people, most of them soldiers and clan militiamen, police said. Beledweyne general hospital said it had received 12 bodies and 27 wounded. [...] Al-Shabaab said in a statement that it had killed 30 \"apostate\" troops in the bombing.",
       note="'at least 11' (police) vs 12 bodies (hospital); al-Shabaab's claim of 30 not used"),
    ev("Government forces and Macawisley clan militias took control of Moqokori after a day of fighting; eight al-Shabaab fighters and two soldiers were killed.",
       "2022-09-17", "‘On Saturday’ before the Tuesday 2022-09-20 dateline: Saturday 2022-09-17",
       "Moqokori", "Hiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       10, None, None, None,
       "On Saturday, government forces and clan militias known as Macawisley took control of Moqokori, in Mahas district, after a day of fighting, the regional administration said. Eight al-Shabaab fighters and two soldiers were killed, an army commander said.",
       note="10 = 8 al-Shabaab + 2 soldiers (army commander); Macawisley counted with the government forces"),
    ev("Al-Shabaab fighters shot dead a village elder and his two sons near Mahas, accusing them of supporting the militias.",
       "2022-09-19", "‘on Monday’ before the Tuesday 2022-09-20 dateline: Monday 2022-09-19",
       "near Mahas", "Hiraan", "SO", "attack_on_civilians", "al-Shabaab", "civilians",
       3, None, None, None,
       "Al-Shabaab fighters shot dead a village elder and his two sons near Mahas on Monday, accusing them of supporting the militias, relatives said.",
       note="3 = an elder and his two sons"),
],
figures=[
    fig("killed", 100, "Hiraan and Middle Shabelle",
        "The government says more than 100 al-Shabaab fighters have been killed in Hiraan and Middle Shabelle over the past week",
        note="week total claimed by the government, unverified"),
    fig("displaced", 40000, "Hiraan",
        "The UN says about 40,000 people have fled the fighting in Hiraan since August."),
])

report("b21-27", "2021-11-23", "https://www.example-rovumanews.com/cabo-delgado/2021/11/23/meluco-tolls-differ",
"""
Cabo Delgado: police and church give different tolls for Meluco attack

PEMBA, November 23 (Rovuma News) - Insurgents attacked a village on the outskirts of Meluco town on Saturday night, killing three people and burning about 40 houses, the Cabo Delgado police command said on Monday. A Catholic priest who works in the district said eight people had been killed, among them a catechist, and that several others were missing.

In a statement carried by its news agency, the Islamic State said its fighters had killed ten "Christians" in the area.

Residents of Palma district found the bodies of five fishermen, with gunshot wounds, on the shore near Quitunda on Sunday. The men had gone out to sea on Friday, a local leader said.

The SADC mission said its troops had killed "approximately ten" insurgents in a clash near Chai, in Macomia district, on Thursday, and that one of its soldiers had been killed.

Rwandan forces, which retook Mocímboa da Praia in August, say they have killed more than 200 insurgents since deploying in July. More than 740,000 people remain displaced in the province, according to the UN.
""",
events=[
    ev("Insurgents attacked a village on the outskirts of Meluco, burning about 40 houses; police said three killed, a Catholic priest eight. The Islamic State claimed ten killed.",
       "2021-11-20", "‘on Saturday night’ before the Tuesday 2021-11-23 dateline: Saturday 2021-11-20",
       "outskirts of Meluco", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       3, 8, None, None,
       "Insurgents attacked a village on the outskirts of Meluco town on Saturday night, killing three people and burning about 40 houses, the Cabo Delgado police command said on Monday. A Catholic priest who works in the district said eight people had been killed, among them a catechist, and that several others were missing. [...] In a statement carried by its news agency, the Islamic State said its fighters had killed ten \"Christians\" in the area.",
       note="3 (police) vs 8 (priest); the Islamic State's claim of ten is not used"),
    ev("Residents found the bodies of five fishermen with gunshot wounds on the shore near Quitunda; they had gone to sea on Friday.",
       "2021-11-21", "bodies found ‘on Sunday’ before the Tuesday 2021-11-23 dateline: Sunday 2021-11-21; the men went to sea ‘on Friday’, killing day not known, day of discovery used",
       "shore near Quitunda", "Cabo Delgado", "MZ", "attack_on_civilians", "unknown", "civilians",
       5, None, None, None,
       "Residents of Palma district found the bodies of five fishermen, with gunshot wounds, on the shore near Quitunda on Sunday. The men had gone out to sea on Friday, a local leader said.",
       note="bodies found; killers not named"),
    ev("SADC mission troops killed 'approximately ten' insurgents in a clash near Chai; one SADC soldier was killed.",
       "2021-11-18", "‘on Thursday’ before the Tuesday 2021-11-23 dateline: Thursday 2021-11-18",
       "near Chai", "Cabo Delgado", "MZ", "battle", "SAMIM", "Islamic State",
       11, None, None, None,
       "The SADC mission said its troops had killed \"approximately ten\" insurgents in a clash near Chai, in Macomia district, on Thursday, and that one of its soldiers had been killed.",
       note="11 = about 10 insurgents + 1 soldier (SADC mission)"),
],
figures=[
    fig("killed", 200, "Cabo Delgado",
        "Rwandan forces, which retook Mocímboa da Praia in August, say they have killed more than 200 insurgents since deploying in July.",
        note="campaign total claimed by the Rwandan forces"),
    fig("displaced", 740000, "Cabo Delgado",
        "More than 740,000 people remain displaced in the province, according to the UN."),
])

# ---------------------------------------------------------------------------
# b21-28 .. b21-36
# ---------------------------------------------------------------------------

report("b21-28", "2023-04-04", "https://www.example-iturivoice.com/djugu/2023/04/04/fataki-camp-attack-toll-23",
"""
Ituri: toll in CODECO attack on displaced camp near Fataki rises to 23

BUNIA, April 4 (Ituri Voice) - The number of people killed in Sunday night's attack on a camp for displaced people outside Fataki, in the Djugu territory of Ituri province, has risen to 23, including 12 children, the territory administrator said on Tuesday.

Militiamen of the CODECO armed group entered the camp shortly after midnight with machetes and guns and attacked families sleeping in makeshift shelters, survivors said. On Monday morning the Red Cross said its volunteers had buried 17 bodies; six more were found in the bush around the camp later in the day. The general hospital in Fataki was treating 31 wounded, nine of whom had been transferred to Bunia.

The army said it had killed between 10 and 12 CODECO militiamen in an operation around the camp on Monday, and had lost no men.

In Irumu territory, ADF rebels ambushed a minibus on the Komanda-Luna road on Friday, killing seven passengers, according to the army spokesman in Ituri. A civil society leader in Komanda said 11 bodies had been recovered.

The UN says more than 1.5 million people are displaced in Ituri, and that armed groups have killed at least 270 civilians in the province since January.
""",
events=[
    ev("CODECO militiamen with machetes and guns attacked families sleeping in a displaced camp outside Fataki; the Red Cross buried 17 and six more bodies were found, bringing the toll to 23 including 12 children; 31 wounded were treated in Fataki.",
       "2023-04-02", "‘Sunday night's attack’, ‘shortly after midnight’, before the Tuesday 2023-04-04 dateline: the night of Sunday 2023-04-02 to Monday 2023-04-03, first night taken",
       "camp for displaced people outside Fataki", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       23, None, 31, None,
       "The number of people killed in Sunday night's attack on a camp for displaced people outside Fataki, in the Djugu territory of Ituri province, has risen to 23, including 12 children, the territory administrator said on Tuesday. [...] Militiamen of the CODECO armed group entered the camp shortly after midnight with machetes and guns and attacked families sleeping in makeshift shelters, survivors said. On Monday morning the Red Cross said its volunteers had buried 17 bodies; six more were found in the bush around the camp later in the day. The general hospital in Fataki was treating 31 wounded",
       note="23 = 17 buried + 6 found; the 12 children are part of the 23; the nine transferred to Bunia are part of the 31"),
    ev("The army killed between 10 and 12 CODECO militiamen in an operation around the camp and lost no men.",
       "2023-04-03", "‘on Monday’ before the Tuesday 2023-04-04 dateline: Monday 2023-04-03",
       "around the camp outside Fataki", "Ituri", "CD", "battle", "Congolese security forces", "CODECO",
       10, 12, None, None,
       "The army said it had killed between 10 and 12 CODECO militiamen in an operation around the camp on Monday, and had lost no men.",
       note="range 10-12 (army); no army dead"),
    ev("ADF rebels ambushed a minibus on the Komanda-Luna road, killing seven passengers (army); a civil society leader said 11 bodies were recovered.",
       "2023-03-31", "‘on Friday’ before the Tuesday 2023-04-04 dateline: Friday 2023-03-31",
       "Komanda-Luna road", "Ituri", "CD", "attack_on_civilians", "ADF", "civilians",
       7, 11, None, None,
       "In Irumu territory, ADF rebels ambushed a minibus on the Komanda-Luna road on Friday, killing seven passengers, according to the army spokesman in Ituri. A civil society leader in Komanda said 11 bodies had been recovered.",
       note="7 (army) vs 11 (civil society)"),
],
figures=[
    fig("displaced", 1500000, "Ituri",
        "The UN says more than 1.5 million people are displaced in Ituri"),
    fig("killed", 270, "Ituri",
        "armed groups have killed at least 270 civilians in the province since January"),
])

report("b21-29", "2023-02-01", "https://www.example-irrawaddyledger.com/politics/2023/02/01/emergency-extended-two-years",
"""
Two years after coup, Myanmar's junta extends emergency as toll mounts

YANGON, February 1 (Irrawaddy Ledger) - Myanmar's military government extended the state of emergency by another six months on Wednesday, two years to the day after it seized power, saying the country was not yet stable enough to hold the elections it has promised.

A rights group that tracks political arrests and killings says the security forces have killed at least 2,940 people since the coup and arrested more than 17,600, of whom about 13,700 remain in detention. The military disputes the figures and says armed resistance groups, which it calls terrorists, have killed thousands of civilians.

The UN refugee agency says 1.2 million people have been displaced inside the country since February 2021, most of them in the Sagaing and Magway regions and in Chin and Kayah states. A research group that uses satellite images and local reports estimates that more than 34,000 houses have been burnt.

Martial law is in force in 37 of the country's 330 townships. Western governments announced new sanctions on the military's fuel suppliers on Tuesday, and the UN envoy called on all sides to "end the violence".

"The coup has failed to bring the people to their knees," said a spokesman for the opposition National Unity Government, which says its People's Defence Force now has around 65,000 fighters.
""",
country_hint="MM",
figures=[
    fig("killed", 2940, "Myanmar",
        "the security forces have killed at least 2,940 people since the coup"),
    fig("arrested", 17600, "Myanmar",
        "arrested more than 17,600, of whom about 13,700 remain in detention"),
    fig("other", 13700, "Myanmar",
        "arrested more than 17,600, of whom about 13,700 remain in detention", note="still detained"),
    fig("displaced", 1200000, "Myanmar",
        "The UN refugee agency says 1.2 million people have been displaced inside the country since February 2021"),
    fig("other", 34000, "Myanmar",
        "estimates that more than 34,000 houses have been burnt", note="houses burnt"),
    fig("other", 37, "Myanmar",
        "Martial law is in force in 37 of the country's 330 townships.", note="townships under martial law"),
    fig("fighters", 65000, "Myanmar",
        "which says its People's Defence Force now has around 65,000 fighters"),
])

report("b21-30", "2024-07-16", "https://www.example-sudanmonitor.com/aljazirah/2024/07/16/rufaa-village-raid",
"""
Sudan: between 25 and 30 killed in RSF raid on Al Jazirah village, activists say

PORT SUDAN, July 16 (Sudan Monitor) - Fighters of the Rapid Support Forces (RSF) stormed a village near Rufaa, in Al Jazirah state, on Sunday, killing between 25 and 30 people, the local resistance committee said in a statement on Monday. The committee said the fighters went from house to house looking for young men and looted livestock and cars.

The RSF said its forces had repelled an attack by army-aligned gunmen in the area and denied targeting civilians.

In North Kordofan, an army drone strike hit the livestock market in Bara on Thursday. The RSF-run local administration said 17 civilians had been killed; a Sudanese monitoring group that documents air strikes said it had verified nine deaths.

Shells fired by the RSF landed on a residential district of El Obeid on Saturday, killing four people and wounding nine. Two of the wounded died on Sunday, the state health ministry said.

More than 10 million people have been driven from their homes since the war began in April last year, according to the International Organization for Migration. Estimates of the dead vary widely: the UN has said at least 15,000 people have been killed, while some researchers believe the true number is far higher.
""",
events=[
    ev("RSF fighters stormed a village near Rufaa, going house to house and looting; the resistance committee said 25 to 30 killed. The RSF said it repelled army-aligned gunmen and denied targeting civilians.",
       "2024-07-14", "‘on Sunday’ before the Tuesday 2024-07-16 dateline: Sunday 2024-07-14",
       "village near Rufaa", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       25, 30, None, None,
       "Fighters of the Rapid Support Forces (RSF) stormed a village near Rufaa, in Al Jazirah state, on Sunday, killing between 25 and 30 people, the local resistance committee said in a statement on Monday. [...] The RSF said its forces had repelled an attack by army-aligned gunmen in the area and denied targeting civilians.",
       note="range 25-30; the RSF admits the operation but disputes who the victims were, so it stays actor1"),
    ev("An army drone strike hit the livestock market in Bara; the RSF-run administration said 17 civilians killed, a monitoring group verified nine.",
       "2024-07-11", "‘on Thursday’ before the Tuesday 2024-07-16 dateline: Thursday 2024-07-11",
       "livestock market, Bara", "North Kordofan", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       9, 17, None, None,
       "In North Kordofan, an army drone strike hit the livestock market in Bara on Thursday. The RSF-run local administration said 17 civilians had been killed; a Sudanese monitoring group that documents air strikes said it had verified nine deaths.",
       note="9 (monitoring group) vs 17 (RSF-run administration)"),
    ev("RSF shells landed on a residential district of El Obeid, killing four and wounding nine; two of the wounded died the next day.",
       "2024-07-13", "‘on Saturday’ before the Tuesday 2024-07-16 dateline: Saturday 2024-07-13",
       "residential district of El Obeid", "North Kordofan", "SD", "explosion", "Rapid Support Forces", "civilians",
       6, None, 7, None,
       "Shells fired by the RSF landed on a residential district of El Obeid on Saturday, killing four people and wounding nine. Two of the wounded died on Sunday, the state health ministry said.",
       note="6 = 4 + 2 wounded who died; wounded 9 - 2 = 7"),
],
figures=[
    fig("displaced", 10000000, "Sudan",
        "More than 10 million people have been driven from their homes since the war began in April last year"),
    fig("killed", 15000, "Sudan",
        "the UN has said at least 15,000 people have been killed"),
])

report("b21-31", "2017-08-10", "https://www.example-tigriswire.com/kirkuk/2017/08/10/maktab-khalid-attack-hawija-strike",
"""
Peshmerga repel Islamic State attack near Kirkuk; family of seven killed in Hawija strike

KIRKUK, August 10 (Tigris Wire) - Peshmerga forces repelled an Islamic State attack on their positions near Maktab Khalid, south-west of Kirkuk, before dawn on Wednesday, killing 11 of the attackers, a Peshmerga commander said. Three Peshmerga fighters were killed and five wounded in the fighting, which lasted about three hours.

In Hawija, the Islamic State-held town west of Kirkuk, residents said an air strike on a house on Monday evening killed a man, his wife and their five children. The US-led coalition said it had struck Islamic State targets in Hawija that day and was looking into the report.

Police found the bodies of six men who had fled Hawija, shot dead, on a dirt road near Riyadh on Tuesday. A police officer said the men had been caught by Islamic State militants as they tried to reach government lines.

Families who reached the Debaga camp this week said the militants had executed "scores" of people trying to escape the Hawija area in recent weeks.

The UN estimates that about 78,000 civilians remain in the Hawija pocket, and that more than 12,000 have fled since the start of July.
""",
events=[
    ev("Peshmerga repelled an Islamic State attack on their positions near Maktab Khalid after three hours of fighting; 11 attackers and three Peshmerga killed, five Peshmerga wounded.",
       "2017-08-09", "‘before dawn on Wednesday’ before the Thursday 2017-08-10 dateline: Wednesday 2017-08-09",
       "Maktab Khalid", "Kirkuk", "IQ", "battle", "Islamic State", "Peshmerga",
       14, None, 5, None,
       "Peshmerga forces repelled an Islamic State attack on their positions near Maktab Khalid, south-west of Kirkuk, before dawn on Wednesday, killing 11 of the attackers, a Peshmerga commander said. Three Peshmerga fighters were killed and five wounded in the fighting, which lasted about three hours.",
       note="14 = 11 attackers + 3 Peshmerga (Peshmerga commander, the defending side)"),
    ev("An air strike on a house in Hawija killed a man, his wife and their five children; the US-led coalition said it struck targets in Hawija that day and was looking into it.",
       "2017-08-07", "‘on Monday evening’ before the Thursday 2017-08-10 dateline: Monday 2017-08-07",
       "Hawija", "Kirkuk", "IQ", "explosion", "US-led coalition", "civilians",
       7, None, None, None,
       "In Hawija, the Islamic State-held town west of Kirkuk, residents said an air strike on a house on Monday evening killed a man, his wife and their five children. The US-led coalition said it had struck Islamic State targets in Hawija that day and was looking into the report.",
       note="7 = a man, his wife and five children; the coalition confirms striking Hawija that day"),
    ev("Police found the bodies of six men who had fled Hawija, shot dead on a dirt road near Riyadh; a police officer said Islamic State militants caught them.",
       "2017-08-08", "bodies found ‘on Tuesday’ before the Thursday 2017-08-10 dateline: Tuesday 2017-08-08; killing day not stated, day of discovery used",
       "dirt road near Riyadh", "Kirkuk", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       6, None, None, None,
       "Police found the bodies of six men who had fled Hawija, shot dead, on a dirt road near Riyadh on Tuesday. A police officer said the men had been caught by Islamic State militants as they tried to reach government lines.",
       note="bodies found"),
    ev("Families arriving at Debaga said Islamic State militants had executed 'scores' of people trying to escape the Hawija area in recent weeks.",
       None, "‘in recent weeks’: not dated",
       "Hawija area", "Kirkuk", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       None, None, None, None,
       "Families who reached the Debaga camp this week said the militants had executed \"scores\" of people trying to escape the Hawija area in recent weeks.",
       note="aggregate of unspecified killings; 'scores' gives null", optional=True),
],
figures=[
    fig("civilians_trapped", 78000, "Hawija pocket",
        "The UN estimates that about 78,000 civilians remain in the Hawija pocket"),
    fig("displaced", 12000, "Hawija pocket",
        "more than 12,000 have fled since the start of July"),
])

report("b21-32", "2014-03-04", "https://www.example-orientcourier.com/syria/2014/03/04/aleppo-barrel-bombs-21",
"""
Aleppo: barrel bombs kill 21 in two eastern districts, monitor says

BEIRUT, March 4 (Orient Courier) - Barrel bombs dropped by government helicopters on two rebel-held districts of eastern Aleppo killed at least 21 people on Sunday, eight of them children, a Britain-based monitoring group said: 14 in Masaken Hanano and seven in al-Sakhour.

A field hospital in al-Sakhour said it had received 19 wounded from the strike on the district, several of whom needed amputations. Rescue workers in Masaken Hanano were still searching the rubble of a collapsed apartment block on Monday.

Mortar rounds fired by rebels hit the government-held al-Midan district of Aleppo on Monday, killing three people and wounding 11, the state news agency SANA said.

On Saturday, clashes between fighters of the Islamic State of Iraq and the Levant (ISIL) and rebel brigades around al-Bab killed "dozens" of fighters on both sides, activists said.

The monitor says the barrel-bomb campaign on Aleppo, which began in mid-December, has killed more than 700 people. Tens of thousands of residents have fled the eastern districts to the countryside or toward the Turkish border.
""",
events=[
    ev("Barrel bombs dropped by government helicopters on Masaken Hanano killed 14 people.",
       "2014-03-02", "‘on Sunday’ before the Tuesday 2014-03-04 dateline: Sunday 2014-03-02",
       "Masaken Hanano, Aleppo", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       14, None, None, None,
       "Barrel bombs dropped by government helicopters on two rebel-held districts of eastern Aleppo killed at least 21 people on Sunday, eight of them children, a Britain-based monitoring group said: 14 in Masaken Hanano and seven in al-Sakhour.",
       note="the 21 are split by the monitor: 14 here, 7 in al-Sakhour"),
    ev("Barrel bombs dropped by government helicopters on al-Sakhour killed seven people; a field hospital there received 19 wounded.",
       "2014-03-02", "‘on Sunday’ before the Tuesday 2014-03-04 dateline: Sunday 2014-03-02",
       "al-Sakhour, Aleppo", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       7, None, 19, None,
       "Barrel bombs dropped by government helicopters on two rebel-held districts of eastern Aleppo killed at least 21 people on Sunday, eight of them children, a Britain-based monitoring group said: 14 in Masaken Hanano and seven in al-Sakhour. [...] A field hospital in al-Sakhour said it had received 19 wounded from the strike on the district",
       note="the 21 are split by the monitor: 7 here, 14 in Masaken Hanano"),
    ev("Rebel mortar rounds hit the government-held al-Midan district, killing three and wounding 11.",
       "2014-03-03", "‘on Monday’ before the Tuesday 2014-03-04 dateline: Monday 2014-03-03",
       "al-Midan, Aleppo", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       3, None, 11, None,
       "Mortar rounds fired by rebels hit the government-held al-Midan district of Aleppo on Monday, killing three people and wounding 11, the state news agency SANA said."),
    ev("Clashes between ISIL fighters and rebel brigades around al-Bab killed 'dozens' of fighters on both sides.",
       "2014-03-01", "‘On Saturday’ before the Tuesday 2014-03-04 dateline: Saturday 2014-03-01",
       "around al-Bab", "Aleppo", "SY", "battle", "Islamic State", "Syrian rebels",
       None, None, None, None,
       "On Saturday, clashes between fighters of the Islamic State of Iraq and the Levant (ISIL) and rebel brigades around al-Bab killed \"dozens\" of fighters on both sides, activists said.",
       note="'dozens' gives null; who attacked whom is not said"),
],
figures=[
    fig("killed", 21, "eastern Aleppo",
        "Barrel bombs dropped by government helicopters on two rebel-held districts of eastern Aleppo killed at least 21 people on Sunday",
        note="= 14 (Masaken Hanano) + 7 (al-Sakhour)"),
    fig("killed", 700, "Aleppo",
        "The monitor says the barrel-bomb campaign on Aleppo, which began in mid-December, has killed more than 700 people.",
        note="campaign total since mid-December 2013"),
])

report("b21-33", "2021-05-20", "https://www.example-afghanfrontline.com/kandahar/2021/05/20/arghandab-losses-disputed",
"""
Kandahar: officials dispute army losses in Arghandab fighting

KANDAHAR, May 20 (Afghan Frontline Press) - Taliban fighters attacked security outposts in Arghandab district, north of Kandahar city, on Tuesday night, and fighting continued until Wednesday morning. The defence ministry said 26 Taliban fighters and three soldiers were killed. A member of the Kandahar provincial council said the government had lost far more: 11 soldiers and four policemen, he said, were killed when two outposts fell.

The Taliban said on Twitter that their fighters had captured five outposts and killed 40 soldiers.

On Monday, a roadside bomb struck a minibus on the highway in Zhari district, killing a dozen passengers, among them women and children. Mirwais Regional Hospital in Kandahar city said it had received 12 bodies and nine wounded. No group claimed responsibility; the provincial governor blamed the Taliban, who denied involvement.

In neighbouring Ghazni province, the defence ministry said an air force strike on Taliban positions in Andar district on Sunday killed more than 30 insurgents. Residents said four civilians, including two children, were also killed when a bomb hit a house in the area.

A rights group says 1,160 civilians were killed across the country in the first four months of the year, and provincial officials say more than 8,000 families have fled to Kandahar city from the surrounding districts since January.
""",
events=[
    ev("Taliban fighters attacked security outposts in Arghandab; the ministry said 26 Taliban and three soldiers killed, a provincial council member said 11 soldiers and four police died when two outposts fell. The Taliban claimed 40 soldiers.",
       "2021-05-18", "‘on Tuesday night’ before the Thursday 2021-05-20 dateline: Tuesday 2021-05-18 (fighting until Wednesday 2021-05-19 morning)",
       "Arghandab", "Kandahar", "AF", "battle", "Taliban", "Afghan security forces",
       29, 41, None, None,
       "Taliban fighters attacked security outposts in Arghandab district, north of Kandahar city, on Tuesday night, and fighting continued until Wednesday morning. The defence ministry said 26 Taliban fighters and three soldiers were killed. A member of the Kandahar provincial council said the government had lost far more: 11 soldiers and four policemen, he said, were killed when two outposts fell. [...] The Taliban said on Twitter that their fighters had captured five outposts and killed 40 soldiers.",
       note="low 29 = 26 Taliban + 3 soldiers (ministry); high 41 = 26 + 15 government dead (provincial council); the Taliban's claim of 40 soldiers not used"),
    ev("A roadside bomb struck a minibus on the highway in Zhari, killing a dozen passengers including women and children; the Kandahar hospital received 12 bodies and nine wounded. The governor blamed the Taliban, who denied it.",
       "2021-05-17", "‘On Monday’ before the Thursday 2021-05-20 dateline: Monday 2021-05-17",
       "highway in Zhari district", "Kandahar", "AF", "explosion", "unknown", "civilians",
       12, None, 9, None,
       "On Monday, a roadside bomb struck a minibus on the highway in Zhari district, killing a dozen passengers, among them women and children. Mirwais Regional Hospital in Kandahar city said it had received 12 bodies and nine wounded. No group claimed responsibility; the provincial governor blamed the Taliban, who denied involvement.",
       note="'a dozen' = 12, matching the hospital's 12 bodies; blame and denial, so actor1 unknown"),
    ev("An air force strike on Taliban positions in Andar killed more than 30 insurgents (ministry); residents said four civilians, including two children, were also killed when a bomb hit a house.",
       "2021-05-16", "‘on Sunday’ before the Thursday 2021-05-20 dateline: Sunday 2021-05-16",
       "Andar district", "Ghazni", "AF", "explosion", "Afghan security forces", "Taliban",
       34, None, None, None,
       "In neighbouring Ghazni province, the defence ministry said an air force strike on Taliban positions in Andar district on Sunday killed more than 30 insurgents. Residents said four civilians, including two children, were also killed when a bomb hit a house in the area.",
       note="34 = 30 insurgents (ministry, 'more than 30') + 4 civilians (residents), parts from two sources"),
],
figures=[
    fig("killed", 1160, "Afghanistan",
        "A rights group says 1,160 civilians were killed across the country in the first four months of the year"),
    fig("displaced", 8000, "Kandahar city",
        "provincial officials say more than 8,000 families have fled to Kandahar city from the surrounding districts since January",
        note="families, not people"),
])

report("b21-34", "2014-10-14", "https://www.example-balochistanledger.com/quetta/2014/10/14/sariab-road-police-van-bomb",
"""
Quetta: five killed in bomb attack on police van on Sariab Road

QUETTA, October 14 (Balochistan Ledger) - Five people, four of them policemen, were killed and 22 injured when a bomb planted on a motorcycle exploded next to a police van on Sariab Road on Monday morning, police said. A spokesman for the Civil Hospital said five bodies and 22 injured had been brought in, six of them in critical condition. No group claimed responsibility.

In the Kahan area of Kohlu district, the Frontier Corps said its personnel had killed nine militants of a banned outfit in an operation on Saturday, and that two FC soldiers had embraced martyrdom. A spokesman for the Baloch Liberation Army, speaking by telephone from an undisclosed location, said three of its fighters had died and claimed that a dozen FC soldiers had been killed.

The bullet-riddled bodies of three men were found in a dry riverbed near Khuzdar on Sunday. Levies officials said the men had been missing for about two weeks.

In Turbat, two rockets fired at the Frontier Corps headquarters on Friday night landed in an open area. No casualties were reported.

According to the provincial home department, 118 people have been killed in militant attacks in Balochistan since July, including 46 members of the security forces.
""",
events=[
    ev("A bomb planted on a motorcycle exploded next to a police van on Sariab Road, killing five, four of them policemen, and injuring 22; the Civil Hospital confirmed the count.",
       "2014-10-13", "‘on Monday morning’ before the Tuesday 2014-10-14 dateline: Monday 2014-10-13",
       "Sariab Road, Quetta", "Balochistan", "PK", "explosion", "unknown", "Pakistani security forces",
       5, None, 22, None,
       "Five people, four of them policemen, were killed and 22 injured when a bomb planted on a motorcycle exploded next to a police van on Sariab Road on Monday morning, police said. A spokesman for the Civil Hospital said five bodies and 22 injured had been brought in, six of them in critical condition. No group claimed responsibility.",
       note="police and hospital counts agree"),
    ev("The Frontier Corps said it killed nine militants in an operation in Kahan and lost two soldiers; the Baloch Liberation Army said it lost three fighters and claimed a dozen FC soldiers killed.",
       "2014-10-11", "‘on Saturday’ before the Tuesday 2014-10-14 dateline: Saturday 2014-10-11",
       "Kahan, Kohlu district", "Balochistan", "PK", "battle", "Pakistani security forces", "Baloch Liberation Army",
       5, 11, None, None,
       "In the Kahan area of Kohlu district, the Frontier Corps said its personnel had killed nine militants of a banned outfit in an operation on Saturday, and that two FC soldiers had embraced martyrdom. A spokesman for the Baloch Liberation Army, speaking by telephone from an undisclosed location, said three of its fighters had died and claimed that a dozen FC soldiers had been killed.",
       note="low 5 = 2 FC (FC's own) + 3 BLA (BLA's own); high 11 = 2 + 9 (FC count); the BLA's claim of a dozen FC soldiers is not used"),
    ev("The bullet-riddled bodies of three men missing for about two weeks were found in a dry riverbed near Khuzdar.",
       "2014-10-12", "bodies found ‘on Sunday’ before the Tuesday 2014-10-14 dateline: Sunday 2014-10-12; the men had been missing ‘for about two weeks’, killing day not known, day of discovery used",
       "dry riverbed near Khuzdar", "Balochistan", "PK", "attack_on_civilians", "unknown", "civilians",
       3, None, None, None,
       "The bullet-riddled bodies of three men were found in a dry riverbed near Khuzdar on Sunday. Levies officials said the men had been missing for about two weeks.",
       note="bodies found"),
    ev("Two rockets fired at the Frontier Corps headquarters in Turbat landed in an open area; no casualties.",
       "2014-10-10", "‘on Friday night’ before the Tuesday 2014-10-14 dateline: Friday 2014-10-10",
       "Frontier Corps headquarters, Turbat", "Balochistan", "PK", "explosion", "unknown", "Pakistani security forces",
       0, None, 0, None,
       "In Turbat, two rockets fired at the Frontier Corps headquarters on Friday night landed in an open area. No casualties were reported.",
       note="'No casualties were reported' gives 0 and 0"),
],
figures=[
    fig("killed", 118, "Balochistan",
        "According to the provincial home department, 118 people have been killed in militant attacks in Balochistan since July, including 46 members of the security forces."),
    fig("killed", 46, "Balochistan",
        "118 people have been killed in militant attacks in Balochistan since July, including 46 members of the security forces",
        note="security forces, part of the 118"),
])

report("b21-35", "2023-03-09", "https://www.example-fasomatin.com/defense/2023/03/09/vdp-90000-candidatures",
"""
Burkina Faso says 90,000 applied to join volunteer force

OUAGADOUGOU, March 9 (Faso Matin) - More than 90,000 people have applied to join the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliary force that fights alongside the army, the defence ministry said on Wednesday, nearly double the 50,000 places opened in a recruitment drive launched late last year.

The ministry said 34,000 volunteers had already completed a two-week training course and been sent back to their communes, where they will be armed and paid a monthly allowance. Critics say the poorly trained volunteers are frequent targets of jihadist groups, and rights groups have accused some of them of abuses against civilians, which the government denies.

The transitional authorities have vowed to retake the roughly 40 percent of the national territory that they concede is outside state control. The national emergency relief council says nearly two million people are displaced, and the education ministry says more than 6,100 schools remain closed because of insecurity, affecting about one million pupils.

A human rights researcher said the war had killed "several thousand" people since 2015, but that no reliable count existed. "Every week we hear of attacks in places we cannot reach," she said.
""",
country_hint="BF",
figures=[
    fig("other", 90000, "Burkina Faso",
        "More than 90,000 people have applied to join the Volunteers for the Defence of the Homeland (VDP)",
        note="applicants"),
    fig("fighters", 50000, "Burkina Faso",
        "nearly double the 50,000 places opened in a recruitment drive launched late last year",
        note="VDP places to fill"),
    fig("fighters", 34000, "Burkina Faso",
        "The ministry said 34,000 volunteers had already completed a two-week training course",
        note="VDP trained"),
    fig("displaced", 2000000, "Burkina Faso",
        "The national emergency relief council says nearly two million people are displaced",
        note="'nearly two million'"),
    fig("other", 6100, "Burkina Faso",
        "more than 6,100 schools remain closed because of insecurity", note="schools closed"),
])

report("b21-36", "2024-02-06", "https://www.example-middlebeltherald.com/plateau/2024/02/06/riyom-attack-toll",
"""
Plateau: police put Riyom attack toll at 10, council chairman says 15

JOS, February 6 (Middle Belt Herald) - Two of the people injured in Sunday night's attack on two villages in Riyom local government area of Plateau State died at the Jos University Teaching Hospital on Monday, bringing the number of dead confirmed by the police to 10, the state police command said.

The police had earlier said eight people were killed and 11 injured when gunmen invaded the villages at about 10 p.m. and shot at residents, some of whom were watching a football match. The chairman of Riyom local government council said 15 people, including women and children, were given a mass burial on Monday.

In neighbouring Benue State, about a dozen farmers were killed on Saturday when gunmen attacked farming settlements in Guma local government area, a council official said.

Troops of Operation Safe Haven, the military task force in Plateau, said they had arrested seven suspects and recovered three rifles in raids on hideouts around Riyom on Monday.

Rural attacks in Plateau have killed more than 300 people since Christmas Eve, according to a tally by a coalition of community associations, and the state emergency management agency says about 30,000 people are living in camps for the displaced.
""",
events=[
    ev("Gunmen invaded two villages in Riyom LGA at night and shot at residents, some watching a football match; police first said eight killed and 11 injured, then 10 after two of the injured died; the council chairman said 15 were buried.",
       "2024-02-04", "‘Sunday night's attack’, ‘at about 10 p.m.’, before the Tuesday 2024-02-06 dateline: Sunday 2024-02-04",
       "two villages in Riyom LGA", "Plateau", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       10, 15, 9, None,
       "Two of the people injured in Sunday night's attack on two villages in Riyom local government area of Plateau State died at the Jos University Teaching Hospital on Monday, bringing the number of dead confirmed by the police to 10, the state police command said. [...] The police had earlier said eight people were killed and 11 injured when gunmen invaded the villages at about 10 p.m. and shot at residents, some of whom were watching a football match. The chairman of Riyom local government council said 15 people, including women and children, were given a mass burial on Monday.",
       note="police 8 + 2 injured who died = 10 vs 15 buried (council chairman); wounded 11 - 2 = 9"),
    ev("Gunmen attacked farming settlements in Guma LGA, killing about a dozen farmers.",
       "2024-02-03", "‘on Saturday’ before the Tuesday 2024-02-06 dateline: Saturday 2024-02-03",
       "farming settlements in Guma LGA", "Benue", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       12, None, None, None,
       "In neighbouring Benue State, about a dozen farmers were killed on Saturday when gunmen attacked farming settlements in Guma local government area, a council official said.",
       note="'about a dozen' gives 12"),
    ev("Operation Safe Haven troops arrested seven suspects and recovered three rifles in raids on hideouts around Riyom.",
       "2024-02-05", "‘on Monday’ before the Tuesday 2024-02-06 dateline: Monday 2024-02-05",
       "hideouts around Riyom", "Plateau", "NG", "arrest", "Nigerian security forces", "militants (unidentified)",
       None, None, None, None,
       "Troops of Operation Safe Haven, the military task force in Plateau, said they had arrested seven suspects and recovered three rifles in raids on hideouts around Riyom on Monday.",
       arrested=7),
],
figures=[
    fig("killed", 300, "Plateau",
        "Rural attacks in Plateau have killed more than 300 people since Christmas Eve, according to a tally by a coalition of community associations"),
    fig("displaced", 30000, "Plateau",
        "the state emergency management agency says about 30,000 people are living in camps for the displaced"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
PREFIX = "b21"
N_REPORTS = 36
N_EMPTY = 6
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# Nigeria, Cameroon, Burkina Faso, Mali, Niger, Somalia, Kenya, Mozambique, DR Congo,
# South Sudan, Sudan, Iraq, Syria, Afghanistan, Pakistan, Myanmar
COUNTRIES = {"NG", "CM", "BF", "ML", "NE", "SO", "KE", "MZ", "CD", "SS", "SD", "IQ", "SY", "AF",
             "PK", "MM"}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# words that make a no-incident report read like war reporting
WAR_WORDS = ["killed", "attack", "fighters", "troops", "armed", "militants", "insurgen", "war",
             "displaced", "security forces", "offensive", "terror", "soldiers", "military"]
# "CITY, Month D (Outlet) - " or, with a province, "CITY, Province, Month D (Outlet) - "
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý],(?: [A-Z][A-Za-z ]+,)? [A-Z][a-z]+ \d")
DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý]),(?: [A-Z][A-Za-z ]+,)? (%s) (\d{1,2}) \(([^()]+)\) - \S"
                      % "|".join(MONTHS))
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_date(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return None
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_evidence(where, text, evidence):
    if not isinstance(evidence, str) or not evidence.strip():
        err(where, "empty evidence")
        return
    for piece in evidence.split(" [...] "):
        if not piece or piece not in text:
            err(where, f"evidence piece not verbatim in text: {piece[:80]!r}")


def check_weekday_dates_in_text(where, text, pub):
    """Every 'Weekday[,] D Month[ YYYY]' and 'Weekday[,] Month D[, YYYY]' in a text must be a true date."""
    wd = "|".join(WEEKDAYS)
    mo = "|".join(MONTHS)
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)(?:,? (\d{4}))?" % (wd, mo)),
            re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (wd, mo))]
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            if i == 0:
                day, month = int(m.group(2)), MONTHS.index(m.group(3)) + 1
            else:
                day, month = int(m.group(3)), MONTHS.index(m.group(2)) + 1
            year = int(m.group(4)) if m.group(4) else pub.year
            try:
                d = datetime.date(year, month, day)
            except ValueError:
                err(where, f"impossible date {m.group(0)!r}")
                continue
            if WEEKDAYS[d.weekday()] != m.group(1):
                err(where, f"{m.group(0)!r} is a {WEEKDAYS[d.weekday()]}, not a {m.group(1)}")
            if d > pub:
                err(where, f"{m.group(0)!r} is after publication {pub}")


def check_date_note(where, note, text):
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
    # quoted text must be verbatim from the report
    for q in re.findall(r"‘([^’]*)’", note):
        if q not in text:
            err(where, f"date_note quotes text not in report: {q!r}")
    if "'" in note and "‘" not in note:
        err(where, "date_note quotes with straight quotes; use ‘…’")
    outside = re.sub(r"‘[^’]*’", "‘’", note)
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), outside):
        rest = outside[m.end():]
        dm = re.match(r" (\d{4}-\d{2}-\d{2})", rest)
        if not dm:
            err(where, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD'")
            continue
        d = parse_date(dm.group(1))
        if d is None:
            err(where, f"bad date in date_note {dm.group(1)!r}")
        elif WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"date_note says {m.group(1)} {dm.group(1)}, but it is a {WEEKDAYS[d.weekday()]}")


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "%s-%02d" % (PREFIX, i + 1):
            err(rid, f"id out of order, expected {PREFIX}-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2014-2024")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        if "[...]" in text:
            err(rid, "text contains the evidence separator [...]")
        words = len(re.findall(r"\S+", text))
        if not 150 <= words <= 450:
            err(rid, f"{words} words, expected 150-450")
        lines = text.split("\n")
        paras = [ln for ln in lines if ln.strip()]
        if not lines[0].strip() or DATELINE_START.match(lines[0]):
            err(rid, "first line must be a headline")
        if len(paras) < 2 or not DATELINE_START.match(paras[1]):
            err(rid, "the paragraph after the headline must open with the dateline")
        for n, p in enumerate(paras):
            if p.count('"') % 2:
                err(rid, f"odd number of double quotes in paragraph {n}: {p[:50]!r}")
        # datelines: every line that starts like one must be well formed and name the publication date
        datelines = 0
        for ln in lines:
            if DATELINE_START.match(ln):
                m = DATELINE.match(ln)
                if not m:
                    err(rid, f"malformed dateline: {ln[:60]!r}")
                    continue
                datelines += 1
                if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                    err(rid, f"dateline {m.group(2)} {m.group(3)} does not name publication {pub}")
        if datelines != 1:
            err(rid, f"{datelines} datelines, expected exactly one")
        check_weekday_dates_in_text(rid, text, pub)
        for j, e in enumerate(r["events"]):
            w = f"{rid} event {j}"
            keys = list(e.keys())
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
                err(w, f"keys not in schema order: {keys}")
            extra = keys[len(EVENT_KEYS):]
            if [k for k in EVENT_EXTRA if k in extra] != extra:
                err(w, f"unknown or misordered extra keys: {extra}")
            for k in ("summary", "place", "actor1", "actor2"):
                if not isinstance(e.get(k), str) or not e[k].strip():
                    err(w, f"{k} must be a non-empty string")
            if e.get("admin") is not None and (not isinstance(e["admin"], str) or not e["admin"].strip()):
                err(w, "admin must be a non-empty string or null")
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            if e.get("type") not in TYPES:
                err(w, f"type {e.get('type')!r} not valid")
            if e["date"] is not None:
                d = parse_date(e["date"])
                if d is None:
                    err(w, f"bad date {e['date']!r}")
                elif d > pub:
                    err(w, f"date {d} after publication {pub}")
                elif (pub - d).days > 45:
                    err(w, f"date {d} more than 45 days before publication: background, not an incident?")
                if isinstance(e.get("date_note"), str) and e["date"] not in e["date_note"]:
                    err(w, f"date_note does not show the date {e['date']}")
            check_date_note(w, e.get("date_note"), text)
            for k in ("killed", "killed_high", "wounded", "wounded_high"):
                if not is_count(e.get(k)):
                    err(w, f"{k} must be a non-negative int or null")
            for k in ("killed", "wounded"):
                hi = e.get(k + "_high")
                if hi is not None:
                    if e.get(k) is None:
                        err(w, f"{k}_high without {k}")
                    elif is_count(hi) and is_count(e[k]) and hi < e[k]:
                        err(w, f"{k}_high < {k}")
                    elif hi == e[k]:
                        err(w, f"{k}_high equal to {k}: drop it")
            if "arrested" in e:
                if e["type"] != "arrest":
                    err(w, "arrested on a non-arrest event")
                if not is_count(e["arrested"]) or e["arrested"] is None:
                    err(w, "arrested must be a non-negative int")
            if e.get("type") == "arrest" and "arrested" not in e:
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            check_evidence(w, text, e.get("evidence"))
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
            check_evidence(w, text, f.get("evidence"))
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must still carry figures")
            low = text.lower()
            hits = sorted({wd for wd in WAR_WORDS if wd in low})
            if len(hits) < 4:
                err(rid, f"report without events has too little war vocabulary: {hits}")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    countries = {e["country"] for r in REPORTS for e in r["events"]} | {
        r.get("country_hint") for r in REPORTS if not r["events"]}
    if countries != COUNTRIES:
        err("set", f"countries of the theme without a report: {sorted(COUNTRIES - countries)}")


def main():
    check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                 "url": r["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]}, ensure_ascii=False) + "\n")
    evs = [e for r in REPORTS for e in r["events"]]
    req = [e for e in evs if not e.get("optional")]
    figs = [f for r in REPORTS for f in r["figures"]]
    words = [len(re.findall(r"\S+", r["text"])) for r in REPORTS]
    print(f"reports: {len(REPORTS)} (words {min(words)}-{max(words)}, mean {sum(words) // len(words)})")
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    print("reports with no incident: %d (%s)" % (
        sum(not r["events"] for r in REPORTS), ", ".join(r["id"] for r in REPORTS if not r["events"])))
    print("events per report: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(Counter(len(r["events"]) for r in REPORTS).items())))
    print(f"events: {len(evs)} (optional {len(evs) - len(req)}, scored {len(req)})")
    print(f"events with killed: {sum(e['killed'] is not None for e in evs)}"
          f" (scored: {sum(e['killed'] is not None for e in req)}; explicit 0: {sum(e['killed'] == 0 for e in evs)})")
    print(f"events with wounded: {sum(e['wounded'] is not None for e in evs)}"
          f" (scored: {sum(e['wounded'] is not None for e in req)}; explicit 0: {sum(e['wounded'] == 0 for e in evs)})")
    print(f"killed_high: {sum(e['killed_high'] is not None for e in evs)}, wounded_high: {sum(e['wounded_high'] is not None for e in evs)}")
    print(f"date null: {sum(e['date'] is None for e in evs)} (not optional: {sum(e['date'] is None for e in req)})")
    print("arrests: %d (arrested %s)" % (sum(e["type"] == "arrest" for e in evs),
                                         ", ".join(str(e["arrested"]) for e in evs if e["type"] == "arrest")))
    print(f"figures: {len(figs)} (" + ", ".join(f"{k} {v}" for k, v in Counter(f["what"] for f in figs).most_common()) + ")")
    print("by type (events / optional / with killed):")
    for t, n in Counter(e["type"] for e in evs).most_common():
        sel = [e for e in evs if e["type"] == t]
        print(f"  {t}: {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    rep_c = Counter((r["events"][0]["country"] if r["events"] else r.get("country_hint", "?")) for r in REPORTS)
    print("by country (reports / events / optional / with killed):")
    for c in sorted(COUNTRIES, key=lambda c: (-rep_c[c], c)):
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {len(sel)} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
