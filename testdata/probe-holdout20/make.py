#!/usr/bin/env python3
"""probe-holdout20: build docs.jsonl and gold.jsonl from the data below, after checking it.

A HELD-OUT set: its developers see only aggregate scores. Theme: ordinary conflict news from
around the world, 2015-2024 (Nigeria, Cameroon, Mali, Burkina Faso, Niger, Somalia, Mozambique,
Afghanistan, Myanmar, the Philippines, Colombia, Mexico, Haiti), as wire copy, local dailies,
army and police statements, monitors and NGOs tell it: single incidents and roundups, claims and
denials, revised and conflicting tolls, tolls split by group, the wounded who died later,
abductions, arrests, protests, air and drone strikes, IEDs, clashes between armed groups,
territory taken and retaken, and six reports with no incident at all.

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
# h20-01 .. h20-09
# ---------------------------------------------------------------------------

report("h20-01", "2020-06-16", "https://www.example-sahelstandard.com/nigeria/2020/06/16/monguno-base-attack-repelled-konduga-farmers",
"""
Troops repel ISWAP assault on Monguno base; rival Boko Haram faction kills farmers near Konduga

MAIDUGURI, June 16 (Sahel Standard) - Nigerian troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Monguno, northern Borno State, on Saturday and killed 17 of the insurgents, the army said in a statement on Monday.

Two soldiers paid the supreme price and four others were wounded, the statement said. "The criminals came in about 12 gun trucks from the direction of Kekeno and were engaged by our gallant troops with superior firepower," it added. Troops recovered three gun trucks, an anti-aircraft gun and a large quantity of ammunition.

A military source in Maiduguri told the Sahel Standard that one of the wounded soldiers died on Sunday at the 7 Division hospital.

Residents said the gunfire lasted more than two hours. A humanitarian worker in the town said a stray shell landed in a camp for displaced people during the fighting, wounding two children. Monguno hosts about 140,000 people who fled their homes elsewhere in the state, and aid agencies suspended some of their operations after the attack.

Also on Saturday, fighters of the rival Boko Haram faction loyal to Abubakar Shekau killed five farmers working on their land near Kalle village in Konduga local government area, a member of the Civilian Joint Task Force said. A local government official put the death toll at six. The farmers had returned to their fields this month despite warnings from the military.

In a separate operation, the Air Task Force of Operation Lafiya Dole said its jets destroyed a logistics base of the terrorists at Tumbun Rago, on the fringes of Lake Chad, on Thursday, neutralising several fighters.

ISWAP broke away from Boko Haram in 2016 and has since become the dominant jihadist group in the Lake Chad area, with an estimated 3,500 to 5,000 fighters. The insurgency, which began in 2009, has killed more than 36,000 people in northeast Nigeria and forced some two million from their homes, according to U.N. figures.
""",
events=[
    ev("ISWAP fighters attacked the military base in Monguno; the army says 17 insurgents and two soldiers were killed and four soldiers wounded; one wounded soldier died the next day, and a stray shell wounded two children in a displacement camp during the fighting.",
       "2020-06-13", "‘on Saturday’ before the Tuesday 2020-06-16 dateline: Saturday 2020-06-13",
       "Monguno", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       20, None, 5, None,
       "Nigerian troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Monguno, northern Borno State, on Saturday and killed 17 of the insurgents, the army said in a statement on Monday. [...] Two soldiers paid the supreme price and four others were wounded, the statement said. [...] A military source in Maiduguri told the Sahel Standard that one of the wounded soldiers died on Sunday at the 7 Division hospital. [...] A humanitarian worker in the town said a stray shell landed in a camp for displaced people during the fighting, wounding two children.",
       note="killed 20 = 17 insurgents (army count) + 2 soldiers + 1 wounded soldier who died on Sunday; wounded 5 = 3 soldiers still wounded + 2 children hit by a stray shell during the fighting; ISWAP is Boko Haram in the canonical list"),
    ev("Fighters of the Shekau-loyal Boko Haram faction killed five farmers (six according to a local official) working their land near Kalle village, Konduga.",
       "2020-06-13", "‘Also on Saturday’ before the Tuesday 2020-06-16 dateline: Saturday 2020-06-13",
       "Kalle village, Konduga", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       5, 6, None, None,
       "Also on Saturday, fighters of the rival Boko Haram faction loyal to Abubakar Shekau killed five farmers working on their land near Kalle village in Konduga local government area, a member of the Civilian Joint Task Force said. A local government official put the death toll at six.",
       note="conflicting sources: 5 (CJTF member) vs 6 (local official)"),
    ev("Air Task Force jets struck a logistics base of the insurgents at Tumbun Rago on the fringes of Lake Chad, 'neutralising several fighters'.",
       "2020-06-11", "‘on Thursday’ before the Tuesday 2020-06-16 dateline: Thursday 2020-06-11",
       "Tumbun Rago", "Borno", "NG", "explosion", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "In a separate operation, the Air Task Force of Operation Lafiya Dole said its jets destroyed a logistics base of the terrorists at Tumbun Rago, on the fringes of Lake Chad, on Thursday, neutralising several fighters.",
       note="'several fighters' gives no count"),
],
figures=[
    fig("displaced", 140000, "Monguno",
        "Monguno hosts about 140,000 people who fled their homes elsewhere in the state"),
    fig("fighters", 3500, "Lake Chad area",
        "ISWAP broke away from Boko Haram in 2016 and has since become the dominant jihadist group in the Lake Chad area, with an estimated 3,500 to 5,000 fighters.",
        note="ISWAP, estimated 3,500 to 5,000"),
    fig("killed", 36000, "northeast Nigeria",
        "The insurgency, which began in 2009, has killed more than 36,000 people in northeast Nigeria",
        note="since 2009"),
    fig("displaced", 2000000, "northeast Nigeria",
        "forced some two million from their homes, according to U.N. figures"),
])

report("h20-02", "2016-08-23", "https://www.example-costagrandediario.com/guerrero/2016/08/23/acapulco-party-shooting-totolapan-clash",
"""
Six killed at birthday party in Acapulco; four gunmen die in clash with soldiers in Tierra Caliente

CHILPANCINGO, Guerrero, August 23 (Costa Grande Diario) - Armed men burst into a birthday party in the Emiliano Zapata neighbourhood of Acapulco late on Saturday and opened fire on the guests, killing six people, among them a 15-year-old girl, the Guerrero state prosecutor's office said.

Three other guests were taken to the general hospital with gunshot wounds, and one of them died there on Sunday afternoon, a spokesman for the office said on Monday. The attackers escaped in two pickup trucks. Investigators collected more than 40 shell casings from the patio where the party was held.

The spokesman said the office was investigating whether the attack was linked to a dispute between local drug-dealing cells, but gave no further details.

In the Tierra Caliente region, soldiers came under fire early on Sunday while patrolling a dirt road outside San Miguel Totolapan, the Defence Ministry said in a statement. The troops returned fire, killing four of the attackers and detaining two others, one of whom was wounded. No soldiers were hurt. The ministry said the soldiers seized six assault rifles and a grenade launcher.

On Monday morning, police found the bodies of three men with their hands tied and signs of torture beside the highway between Chilpancingo and Tixtla. The state prosecutor's office said it had not yet established when they were killed.

Also on Monday, about 200 relatives of people who have disappeared in Guerrero blocked the Autopista del Sol at the entrance to Chilpancingo for three hours, demanding that the authorities search for their sons and daughters. They left peacefully after officials agreed to meet them.

Guerrero, which produces much of the opium poppy grown in Mexico, recorded 1,106 homicides in the first six months of the year, more than any other state, according to figures from the national public security system. Acapulco alone has had more than 500 murders since January.
""",
events=[
    ev("Gunmen opened fire on guests at a birthday party in the Emiliano Zapata neighbourhood of Acapulco, killing six including a 15-year-old girl; one of three wounded died the next day.",
       "2016-08-20", "‘late on Saturday’ before the Tuesday 2016-08-23 dateline: Saturday 2016-08-20",
       "Emiliano Zapata neighbourhood, Acapulco", "Guerrero", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       7, None, 2, None,
       "Armed men burst into a birthday party in the Emiliano Zapata neighbourhood of Acapulco late on Saturday and opened fire on the guests, killing six people, among them a 15-year-old girl, the Guerrero state prosecutor's office said. [...] Three other guests were taken to the general hospital with gunshot wounds, and one of them died there on Sunday afternoon, a spokesman for the office said on Monday.",
       note="killed 7 = 6 + 1 wounded guest who died on Sunday; wounded 2 = 3 - 1"),
    ev("Soldiers patrolling outside San Miguel Totolapan came under fire and returned it, killing four attackers and detaining two, one of them wounded.",
       "2016-08-21", "‘early on Sunday’ before the Tuesday 2016-08-23 dateline: Sunday 2016-08-21",
       "San Miguel Totolapan", "Guerrero", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       4, None, 1, None,
       "In the Tierra Caliente region, soldiers came under fire early on Sunday while patrolling a dirt road outside San Miguel Totolapan, the Defence Ministry said in a statement. The troops returned fire, killing four of the attackers and detaining two others, one of whom was wounded. No soldiers were hurt.",
       note="the gunmen fired first on a patrol, so they are actor1; the two detentions are part of the clash; 'No soldiers were hurt' leaves the wounded attacker as the only wounded"),
    ev("Police found the bodies of three men, bound and tortured, beside the Chilpancingo-Tixtla highway; when they were killed is not known.",
       None, "bodies found ‘On Monday morning’; the prosecutor ‘had not yet established when they were killed’",
       "highway between Chilpancingo and Tixtla", "Guerrero", "MX", "attack_on_civilians", "unknown", "civilians",
       3, None, None, None,
       "On Monday morning, police found the bodies of three men with their hands tied and signs of torture beside the highway between Chilpancingo and Tixtla. The state prosecutor's office said it had not yet established when they were killed.",
       optional=True),
    ev("About 200 relatives of the disappeared blocked the Autopista del Sol at the entrance to Chilpancingo for three hours, then left peacefully.",
       "2016-08-22", "‘Also on Monday’ before the Tuesday 2016-08-23 dateline: Monday 2016-08-22",
       "Autopista del Sol, Chilpancingo", "Guerrero", "MX", "other", "protesters", "none",
       None, None, None, None,
       "Also on Monday, about 200 relatives of people who have disappeared in Guerrero blocked the Autopista del Sol at the entrance to Chilpancingo for three hours, demanding that the authorities search for their sons and daughters. They left peacefully after officials agreed to meet them.",
       note="ACLED Protests: peaceful protest"),
],
figures=[
    fig("killed", 1106, "Guerrero",
        "recorded 1,106 homicides in the first six months of the year",
        note="homicides, first half of 2016"),
    fig("killed", 500, "Acapulco",
        "Acapulco alone has had more than 500 murders since January.",
        note="murders since January"),
])

report("h20-03", "2019-03-09", "https://www.example-hornwire.com/somalia/2019/03/09/siinka-dheer-checkpoint-car-bomb",
"""
Car bomb kills nine at checkpoint on Mogadishu's western outskirts

MOGADISHU, March 9 (Horn Wire) - A suicide bomber drove a car packed with explosives into a security checkpoint at the Siinka Dheer junction on the western outskirts of Mogadishu on Thursday morning, killing at least nine people, police said.

Five of the dead were soldiers manning the checkpoint and the rest were civilians waiting in minibuses to be searched, police captain Abdiqani Warsame told reporters at the scene. Fourteen people were wounded. The director of Madina hospital said his staff had received 11 bodies.

"The car did not stop when the soldiers waved at it. It went straight into the barrier and then there was fire everywhere," said a minibus driver who was waiting in the queue and suffered burns to his arms. Several vehicles were destroyed, and the blast shattered the windows of shops up to 200 metres away.

Al-Shabaab said in a statement on its Andalus radio that it carried out the bombing and that 20 soldiers had died. The group often gives higher tolls than officials.

The junction, where the road from Afgooye enters the city, is one of the main gateways into the capital and has been hit by several bombings in recent years. Security forces closed the road for several hours after the blast and diverted traffic into the city.

The African Union force in Somalia, AMISOM, which has about 21,000 troops in the country, is due to start handing over security responsibilities to Somali forces ahead of its planned withdrawal. The United States has also stepped up air strikes against the group, carrying out 24 so far this year, according to a count by Horn Wire. Al-Shabaab, which was driven out of Mogadishu in 2011, still controls large parts of the countryside in the south and centre of the country.
""",
events=[
    ev("A suicide car bomber hit the checkpoint at the Siinka Dheer junction on Mogadishu's western outskirts, killing at least nine (five soldiers, the rest civilians; the hospital received 11 bodies) and wounding 14; al-Shabaab claimed it.",
       "2019-03-07", "‘on Thursday morning’ before the Saturday 2019-03-09 dateline: Thursday 2019-03-07",
       "Siinka Dheer junction", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       9, 11, 14, None,
       "A suicide bomber drove a car packed with explosives into a security checkpoint at the Siinka Dheer junction on the western outskirts of Mogadishu on Thursday morning, killing at least nine people, police said. [...] Five of the dead were soldiers manning the checkpoint and the rest were civilians waiting in minibuses to be searched, police captain Abdiqani Warsame told reporters at the scene. Fourteen people were wounded. The director of Madina hospital said his staff had received 11 bodies. [...] Al-Shabaab said in a statement on its Andalus radio that it carried out the bombing and that 20 soldiers had died.",
       note="conflicting tolls 9 (police) vs 11 (hospital); al-Shabaab's claim of 20 soldiers not used"),
],
figures=[
    fig("fighters", 21000, "Somalia",
        "The African Union force in Somalia, AMISOM, which has about 21,000 troops in the country",
        note="AMISOM troops"),
    fig("other", 24, "Somalia",
        "The United States has also stepped up air strikes against the group, carrying out 24 so far this year, according to a count by Horn Wire.",
        note="U.S. air strikes in 2019 so far"),
])

report("h20-04", "2019-04-11", "https://www.example-westernstar.com/rakhine/2019/04/11/mrauk-u-shell-buthidaung-outpost",
"""
Two villagers killed as shell hits Mrauk-U village; Arakan Army raids police outpost near Buthidaung

SITTWE, April 11 (Western Star) - A mother and her 12-year-old son were killed and five other villagers wounded when an artillery shell hit their village in Mrauk-U township on Tuesday evening, relatives and a local lawmaker said, as fighting between the Myanmar military and the Arakan Army (AA) spread across northern Rakhine State.

The lawmaker said the shell was fired from a military battalion base about three miles from the village. A military spokesman denied that, saying troops had not used artillery in the area that day, and accused the AA of firing on the village to discredit the army.

Before dawn on Sunday, about 100 AA fighters attacked a Border Guard Police outpost near Buthidaung, the military's True News information team said. Four policemen were killed and two were wounded before reinforcements arrived and the attackers withdrew, it said. The AA said in a statement that its fighters had seized the outpost and captured seven policemen, and that one of its own fighters had been killed. The Western Star could not independently verify either account.

In Kyauktaw township, the military said AA fighters attacked a column of troops on a security patrol on Monday. Six insurgents were killed in the fighting and three soldiers were wounded, the information team said. An AA spokesman said two of its fighters had died in the clash and claimed that more than 10 soldiers had been killed.

The AA, which says it has about 7,000 fighters, is seeking greater autonomy for Rakhine's ethnic Rakhine Buddhist population. The fighting escalated after the group attacked four police posts in Buthidaung township on January 4, killing 13 policemen.

The U.N. humanitarian office says the fighting has displaced more than 32,000 people in Rakhine and neighbouring Chin State since December. Authorities have restricted the access of aid agencies to several townships.
""",
events=[
    ev("An artillery shell hit a village in Mrauk-U township, killing a woman and her son and wounding five; a lawmaker blamed a nearby army battalion, the military denied it and blamed the Arakan Army.",
       "2019-04-09", "‘on Tuesday evening’ before the Thursday 2019-04-11 dateline: Tuesday 2019-04-09",
       "Mrauk-U township", "Rakhine", "MM", "explosion", "unknown", "civilians",
       2, None, 5, None,
       "A mother and her 12-year-old son were killed and five other villagers wounded when an artillery shell hit their village in Mrauk-U township on Tuesday evening, relatives and a local lawmaker said [...] The lawmaker said the shell was fired from a military battalion base about three miles from the village. A military spokesman denied that, saying troops had not used artillery in the area that day, and accused the AA of firing on the village to discredit the army.",
       note="blame and denial: actor1 unknown; the village is not named"),
    ev("About 100 Arakan Army fighters attacked a Border Guard Police outpost near Buthidaung; the military says four police were killed and two wounded, the AA says it lost one fighter and seized the outpost.",
       "2019-04-07", "‘Before dawn on Sunday’ before the Thursday 2019-04-11 dateline: Sunday 2019-04-07",
       "Buthidaung", "Rakhine", "MM", "battle", "Arakan Army", "Myanmar police",
       5, None, 2, None,
       "Before dawn on Sunday, about 100 AA fighters attacked a Border Guard Police outpost near Buthidaung, the military's True News information team said. Four policemen were killed and two were wounded before reinforcements arrived and the attackers withdrew, it said. The AA said in a statement that its fighters had seized the outpost and captured seven policemen, and that one of its own fighters had been killed.",
       note="5 = 4 policemen (military count) + 1 AA fighter (the AA's count of its own dead); the seizure is only claimed and disputed, so battle, not territory_gain"),
    ev("Arakan Army fighters attacked an army column on patrol in Kyauktaw township; the military says six insurgents were killed and three soldiers wounded, the AA says it lost two fighters.",
       "2019-04-08", "‘on Monday’ before the Thursday 2019-04-11 dateline: Monday 2019-04-08",
       "Kyauktaw township", "Rakhine", "MM", "battle", "Arakan Army", "Myanmar military",
       2, 6, 3, None,
       "In Kyauktaw township, the military said AA fighters attacked a column of troops on a security patrol on Monday. Six insurgents were killed in the fighting and three soldiers were wounded, the information team said. An AA spokesman said two of its fighters had died in the clash and claimed that more than 10 soldiers had been killed.",
       note="AA dead: 2 (AA's own count) vs 6 (military); the AA's claim of more than 10 soldiers killed is not used"),
],
figures=[
    fig("fighters", 7000, "Rakhine",
        "The AA, which says it has about 7,000 fighters",
        note="Arakan Army, own estimate"),
    fig("displaced", 32000, "Rakhine and Chin",
        "the fighting has displaced more than 32,000 people in Rakhine and neighbouring Chin State since December"),
])

report("h20-05", "2020-02-19", "https://www.example-fasomatin.com/securite/2020/02/19/foube-attaque-gendarmes-arbinda",
"""
Nine villagers killed near Barsalogho; four gendarmes die in roadside bomb in the Sahel region

OUAGADOUGOU, February 19 (Faso Matin) - Unidentified armed men killed nine civilians in an attack on the village of Foubé, in the Barsalogho department of Sanmatenga province, on Sunday night, the governor of the Centre-Nord region said in a statement.

The assailants arrived on motorcycles after nightfall, went from house to house and set fire to shops and granaries, a resident who fled to Kaya told Faso Matin. Among the dead were the village imam and two of his sons, he said.

Army units, backed by Volunteers for the Defence of the Homeland (VDP), launched a search operation in the area the following day. In a statement on Tuesday, the army general staff said the troops had engaged a group of terrorists near Namsiguia on Monday afternoon and "neutralised" about 20 of them, while one volunteer lost his life. Motorcycles, weapons and communication equipment were recovered, it said.

In the Sahel region, four gendarmes were killed and two others wounded on Tuesday morning when their vehicle struck an improvised explosive device on the road between Arbinda and Gorgadji, a security source said. The gendarmes were escorting a convoy of traders.

The attacks came a month after parliament passed a law allowing civilians to be recruited and armed as VDP auxiliaries, following a series of massacres in the north and east of the country. The volunteers receive two weeks of training.

Violence by jihadist groups linked to al Qaeda and the Islamic State has spread from neighbouring Mali since 2015. More than 730,000 people have been forced from their homes, according to the national emergency relief council, CONASUR, and more than 2,000 schools are closed.
""",
events=[
    ev("Unidentified armed men on motorcycles attacked Foubé village in Barsalogho department, killing nine civilians and burning shops and granaries.",
       "2020-02-16", "‘on Sunday night’ before the Wednesday 2020-02-19 dateline: Sunday 2020-02-16",
       "Foubé", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       9, None, None, None,
       "Unidentified armed men killed nine civilians in an attack on the village of Foubé, in the Barsalogho department of Sanmatenga province, on Sunday night, the governor of the Centre-Nord region said in a statement."),
    ev("Soldiers backed by VDP volunteers engaged a group of militants near Namsiguia, 'neutralising' about 20; one volunteer was killed.",
       "2020-02-17", "‘on Monday afternoon’ in a statement ‘on Tuesday’, before the Wednesday 2020-02-19 dateline: Monday 2020-02-17",
       "Namsiguia", "Centre-Nord", "BF", "battle", "Burkinabe security forces", "militants (unidentified)",
       21, None, None, None,
       "In a statement on Tuesday, the army general staff said the troops had engaged a group of terrorists near Namsiguia on Monday afternoon and \"neutralised\" about 20 of them, while one volunteer lost his life.",
       note="21 = about 20 militants (army count) + 1 VDP volunteer; the VDP are counted with the state's forces"),
    ev("A gendarmerie vehicle escorting traders struck an IED between Arbinda and Gorgadji, killing four gendarmes and wounding two.",
       "2020-02-18", "‘on Tuesday morning’ before the Wednesday 2020-02-19 dateline: Tuesday 2020-02-18",
       "road between Arbinda and Gorgadji", "Sahel", "BF", "explosion", "militants (unidentified)", "Burkinabe security forces",
       4, None, 2, None,
       "In the Sahel region, four gendarmes were killed and two others wounded on Tuesday morning when their vehicle struck an improvised explosive device on the road between Arbinda and Gorgadji, a security source said.",
       note="nobody named as planting the device; the jihadist context makes it militants (unidentified)"),
],
figures=[
    fig("displaced", 730000, "Burkina Faso",
        "More than 730,000 people have been forced from their homes, according to the national emergency relief council, CONASUR"),
    fig("other", 2000, "Burkina Faso",
        "more than 2,000 schools are closed",
        note="schools closed"),
])

report("h20-06", "2023-06-10", "https://www.example-andescourier.com/colombia/2023/06/10/ombudsman-armed-groups-report-eln-talks",
"""
Armed groups tighten grip on rural Colombia despite peace talks, ombudsman says

BOGOTÁ, June 10 (Andes Courier) - Armed groups are present in more than half of Colombia's 1,102 municipalities and have tightened their grip on rural areas since the government opened peace talks with several of them last year, the national Ombudsman's office said on Friday.

In its half-year report on early warnings, the office said it had recorded 68 killings of social leaders and human rights defenders between January and May, and that 24,900 people had been forcibly displaced in mass events over the same period, most of them in the departments of Chocó, Nariño, Cauca and Antioquia. Another 31,000 people had been confined to their villages by fighting or by orders from armed groups, it said.

"The reduction in clashes with the security forces has not meant a reduction in the control that these organisations exercise over communities," a deputy ombudsman told reporters as the report was presented.

The report comes as negotiators for the government and the National Liberation Army (ELN) prepare to begin a new round of talks in Havana next week. The ELN, which was founded in 1964 and has an estimated 5,000 members, including urban militias, has not agreed to a ceasefire, and the government accuses it of continuing to kidnap civilians and to attack oil infrastructure in the east of the country.

The Clan del Golfo, the country's largest drug-trafficking organisation, and dissident factions of the former FARC guerrilla are also in exploratory contacts with the government, though a ceasefire with the Clan del Golfo was suspended in March after the government accused it of instigating violence during a miners' strike.

More than 9,300 former FARC fighters remain in the reintegration programme, according to the reintegration agency, and more than 370 have been killed since the 2016 peace agreement was signed.
""",
country_hint="CO",
figures=[
    fig("killed", 68, "Colombia",
        "68 killings of social leaders and human rights defenders between January and May",
        note="social leaders and rights defenders, January-May 2023"),
    fig("displaced", 24900, "Colombia",
        "24,900 people had been forcibly displaced in mass events over the same period",
        note="January-May 2023"),
    fig("civilians_trapped", 31000, "Colombia",
        "Another 31,000 people had been confined to their villages by fighting or by orders from armed groups, it said.",
        note="confined communities"),
    fig("fighters", 5000, "Colombia",
        "The ELN, which was founded in 1964 and has an estimated 5,000 members, including urban militias",
        note="ELN"),
    fig("other", 9300, "Colombia",
        "More than 9,300 former FARC fighters remain in the reintegration programme",
        note="ex-combatants in reintegration"),
    fig("killed", 370, "Colombia",
        "more than 370 have been killed since the 2016 peace agreement was signed",
        note="former FARC fighters killed since 2016"),
])

report("h20-07", "2017-07-01", "https://www.example-mindanaomonitor.com/news/2017/07/01/lilod-madaya-cleared-sumisip-clash",
"""
Troops clear Marawi district; Abu Sayyaf clash leaves eight dead in Basilan

COTABATO CITY, July 1 (Mindanao Monitor) - Government troops have cleared the Lilod Madaya district of Marawi City of Islamic State-inspired gunmen after a day-long battle on Friday, the military said, squeezing the militants into a shrinking part of the city's commercial centre.

Six militants and two Marines were killed in the fighting, and 11 soldiers were wounded, Joint Task Force Marawi spokesman Lt. Col. Ramon Tabora told a news briefing. "Lilod Madaya is now under our control. We have recovered the bodies of the terrorists," he said. Troops also found a cache of explosives in a mosque used by fighters of the Maute group.

The military says 301 militants, 84 soldiers and policemen and 39 civilians have been killed since the fighting broke out on May 23. More than 259,000 people have fled Marawi and nearby towns, according to the regional disaster agency. The military estimates that fewer than 80 fighters remain in the city, holding an unknown number of hostages.

In Basilan province, three soldiers and five Abu Sayyaf militants were killed on Thursday when troops on combat patrol encountered about 40 gunmen under a sub-leader near a village in Sumisip town, the military's Western Mindanao Command said. Seven soldiers were wounded and evacuated to Zamboanga City.

On Wednesday, an improvised explosive device went off near the public market in Shariff Aguak, Maguindanao, wounding four civilians, including a fish vendor. The provincial police director blamed the Bangsamoro Islamic Freedom Fighters (BIFF), who have been fighting the army in the marshlands of the province. A spokesman for the BIFF denied the group was involved.

Martial law has been in force across Mindanao since May 23, and Congress will decide this month whether to extend it.
""",
events=[
    ev("Troops cleared the Lilod Madaya district of Marawi City of Maute group fighters after a day-long battle; six militants and two Marines were killed and 11 soldiers wounded.",
       "2017-06-30", "‘on Friday’ before the Saturday 2017-07-01 dateline: Friday 2017-06-30",
       "Lilod Madaya, Marawi City", "Lanao del Sur", "PH", "territory_gain", "Philippine security forces", "Maute group",
       8, None, 11, None,
       "Government troops have cleared the Lilod Madaya district of Marawi City of Islamic State-inspired gunmen after a day-long battle on Friday, the military said [...] Six militants and two Marines were killed in the fighting, and 11 soldiers were wounded, Joint Task Force Marawi spokesman Lt. Col. Ramon Tabora told a news briefing. \"Lilod Madaya is now under our control.",
       note="8 = 6 militants + 2 Marines; government regains territory"),
    ev("Troops on combat patrol encountered about 40 Abu Sayyaf gunmen near a village in Sumisip, Basilan; three soldiers and five militants were killed and seven soldiers wounded.",
       "2017-06-29", "‘on Thursday’ before the Saturday 2017-07-01 dateline: Thursday 2017-06-29",
       "Sumisip", "Basilan", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       8, None, 7, None,
       "In Basilan province, three soldiers and five Abu Sayyaf militants were killed on Thursday when troops on combat patrol encountered about 40 gunmen under a sub-leader near a village in Sumisip town, the military's Western Mindanao Command said. Seven soldiers were wounded and evacuated to Zamboanga City.",
       note="8 = 3 soldiers + 5 militants; an encounter on the troops' own patrol, so the forces are actor1"),
    ev("An IED exploded near the public market in Shariff Aguak, wounding four civilians; police blamed the BIFF, which denied it.",
       "2017-06-28", "‘On Wednesday’ before the Saturday 2017-07-01 dateline: Wednesday 2017-06-28",
       "Shariff Aguak public market", "Maguindanao", "PH", "explosion", "unknown", "civilians",
       None, None, 4, None,
       "On Wednesday, an improvised explosive device went off near the public market in Shariff Aguak, Maguindanao, wounding four civilians, including a fish vendor. The provincial police director blamed the Bangsamoro Islamic Freedom Fighters (BIFF), who have been fighting the army in the marshlands of the province. A spokesman for the BIFF denied the group was involved.",
       note="blame and denial: actor1 unknown"),
],
figures=[
    fig("killed", 301, "Marawi City",
        "The military says 301 militants, 84 soldiers and policemen and 39 civilians have been killed since the fighting broke out on May 23.",
        note="militants since May 23"),
    fig("killed", 84, "Marawi City",
        "The military says 301 militants, 84 soldiers and policemen and 39 civilians have been killed since the fighting broke out on May 23.",
        note="soldiers and policemen since May 23"),
    fig("killed", 39, "Marawi City",
        "The military says 301 militants, 84 soldiers and policemen and 39 civilians have been killed since the fighting broke out on May 23.",
        note="civilians since May 23"),
    fig("displaced", 259000, "Marawi City",
        "More than 259,000 people have fled Marawi and nearby towns, according to the regional disaster agency."),
    fig("fighters", 80, "Marawi City",
        "The military estimates that fewer than 80 fighters remain in the city",
        note="'fewer than 80'"),
])

report("h20-08", "2016-01-27", "https://www.example-cameroncourier.com/far-north/2016/01/27/mora-cattle-market-suicide-bombing",
"""
Twin suicide bombing kills 12 at Mora cattle market in Cameroon's Far North

MAROUA, January 27 (Cameroon Courier) - Two suicide bombers, one of them a girl who witnesses said looked no older than 14, blew themselves up at the crowded cattle market in Mora in Cameroon's Far North region on Tuesday, killing 10 people as well as themselves, the regional governor's office said.

Twenty-seven people were wounded, many of them herders and traders from nearby villages, and were taken to hospitals in Mora and Maroua, a health official said. Several were in a serious condition.

A trader who was selling goats near the entrance said the girl walked into the market shortly after 10 a.m. and detonated her explosives among a group of buyers. "Some people ran towards the exit, and that is where the second one was waiting," he said by telephone. Members of the local vigilance committee, who search people entering the market, said the bombers had come on foot from the direction of the Nigerian border, about 25 km away.

Authorities blamed Boko Haram, the Nigerian Islamist group that has carried out a string of suicide attacks in northern Cameroon since July. There was no claim of responsibility. The governor ordered the market closed until further notice and banned motorcycle traffic in the town after nightfall.

Cameroon has deployed about 8,500 troops in the Far North as part of a regional force with Nigeria, Chad, Niger and Benin, and has armed local vigilance committees to guard villages. Authorities banned the wearing of full-face veils in the region last year after a series of bombings.

More than 1,200 civilians and soldiers have been killed in the Far North since Boko Haram began cross-border raids in 2013, and 157,000 people have been displaced inside the region, according to the United Nations.
""",
events=[
    ev("Two suicide bombers, one a young girl, blew themselves up at the cattle market in Mora, killing 10 people and themselves and wounding 27; authorities blamed Boko Haram.",
       "2016-01-26", "‘on Tuesday’ before the Wednesday 2016-01-27 dateline: Tuesday 2016-01-26",
       "Mora cattle market", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       12, None, 27, None,
       "Two suicide bombers, one of them a girl who witnesses said looked no older than 14, blew themselves up at the crowded cattle market in Mora in Cameroon's Far North region on Tuesday, killing 10 people as well as themselves, the regional governor's office said. [...] Twenty-seven people were wounded, many of them herders and traders from nearby villages [...] Authorities blamed Boko Haram, the Nigerian Islamist group that has carried out a string of suicide attacks in northern Cameroon since July. There was no claim of responsibility.",
       note="12 = 10 victims + 2 bombers; blamed by the authorities, not claimed and not denied; the witness's account of the two blasts is the same incident"),
],
figures=[
    fig("fighters", 8500, "Far North",
        "Cameroon has deployed about 8,500 troops in the Far North",
        note="Cameroonian troops"),
    fig("killed", 1200, "Far North",
        "More than 1,200 civilians and soldiers have been killed in the Far North since Boko Haram began cross-border raids in 2013",
        note="since 2013"),
    fig("displaced", 157000, "Far North",
        "157,000 people have been displaced inside the region, according to the United Nations"),
])

report("h20-09", "2019-09-18", "https://www.example-kabulledger.com/afghanistan/2019/09/18/imam-sahib-checkpoints-musa-qala-strike",
"""
Taliban attack Kunduz checkpoints as election nears; families say air strike killed civilians in Helmand

KABUL, September 18 (Kabul Ledger) - Seven policemen were killed and five wounded when Taliban fighters attacked security checkpoints in Imam Sahib district of northern Kunduz province overnight on Monday, a member of the provincial council said.

The Ministry of Interior said 12 insurgents were killed when police, backed by army special forces, fought back, and that the checkpoints remained under government control. A Taliban spokesman claimed on Twitter that 18 members of the security forces had been killed and that the fighters had seized large amounts of weapons and ammunition.

In southern Helmand province, residents of Musa Qala district said an air strike on Sunday hit a house where a family had gathered for a wedding, killing nine people, including four children. The Ministry of Defence said the strike, carried out by the Afghan air force, had targeted a gathering of Taliban commanders and killed 11 insurgents, and that no civilians were harmed. A provincial council member said the ministry had promised to investigate.

In Kabul, a magnetic bomb attached to a car killed the deputy head of a city district on Tuesday morning and wounded his driver, police said. No group claimed the attack.

Separately, the National Directorate of Security said on Tuesday it had arrested four members of a Taliban cell who were planning attacks on polling centres in Kabul during the September 28 presidential election. It said the men had explosives and two suicide vests.

The Taliban have vowed to disrupt the vote, the first since talks between the group and the United States collapsed earlier this month. More than 68,000 members of the security forces will be deployed on polling day, and 445 polling centres will remain closed for security reasons, election officials said.

The United Nations said in July that 1,310 civilians were killed in the conflict in the first six months of the year.
""",
events=[
    ev("Taliban fighters attacked security checkpoints in Imam Sahib district; seven policemen were killed and five wounded, and the interior ministry said 12 insurgents were killed.",
       "2019-09-16", "‘overnight on Monday’ (first night) before the Wednesday 2019-09-18 dateline: Monday 2019-09-16",
       "Imam Sahib", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       19, None, 5, None,
       "Seven policemen were killed and five wounded when Taliban fighters attacked security checkpoints in Imam Sahib district of northern Kunduz province overnight on Monday, a member of the provincial council said. [...] The Ministry of Interior said 12 insurgents were killed when police, backed by army special forces, fought back, and that the checkpoints remained under government control. A Taliban spokesman claimed on Twitter that 18 members of the security forces had been killed",
       note="19 = 7 policemen + 12 insurgents (ministry count); the Taliban's claim of 18 is not used"),
    ev("An Afghan air force strike in Musa Qala district hit a house; residents say nine members of a wedding party were killed, the defence ministry says 11 Taliban and no civilians.",
       "2019-09-15", "‘on Sunday’ before the Wednesday 2019-09-18 dateline: Sunday 2019-09-15",
       "Musa Qala", "Helmand", "AF", "explosion", "Afghan security forces", "civilians",
       9, 11, None, None,
       "In southern Helmand province, residents of Musa Qala district said an air strike on Sunday hit a house where a family had gathered for a wedding, killing nine people, including four children. The Ministry of Defence said the strike, carried out by the Afghan air force, had targeted a gathering of Taliban commanders and killed 11 insurgents, and that no civilians were harmed.",
       note="victims disputed: 9 civilians (residents) vs 11 insurgents (ministry); the military admits the strike, so it is actor1 and the victims are as the residents report"),
    ev("A magnetic bomb attached to a car killed the deputy head of a Kabul city district and wounded his driver; no claim.",
       "2019-09-17", "‘on Tuesday morning’ before the Wednesday 2019-09-18 dateline: Tuesday 2019-09-17",
       "Kabul", "Kabul", "AF", "explosion", "unknown", "civilians",
       1, None, 1, None,
       "In Kabul, a magnetic bomb attached to a car killed the deputy head of a city district on Tuesday morning and wounded his driver, police said. No group claimed the attack.",
       note="a targeted killing by a magnetic bomb: explosion by the weapon; no perpetrator named"),
    ev("The NDS arrested four members of a Taliban cell said to be planning attacks on Kabul polling centres.",
       None, "the NDS ‘said on Tuesday it had arrested’; the day of the arrests is not stated",
       "Kabul", "Kabul", "AF", "arrest", "Afghan security forces", "Taliban",
       None, None, None, None,
       "Separately, the National Directorate of Security said on Tuesday it had arrested four members of a Taliban cell who were planning attacks on polling centres in Kabul during the September 28 presidential election.",
       arrested=4),
],
figures=[
    fig("fighters", 68000, "Afghanistan",
        "More than 68,000 members of the security forces will be deployed on polling day",
        note="election security deployment"),
    fig("other", 445, "Afghanistan",
        "445 polling centres will remain closed for security reasons",
        note="closed polling centres"),
    fig("killed", 1310, "Afghanistan",
        "The United Nations said in July that 1,310 civilians were killed in the conflict in the first six months of the year.",
        note="civilians, first half of 2019"),
])
# ---------------------------------------------------------------------------
# h20-10 .. h20-18
# ---------------------------------------------------------------------------

report("h20-10", "2019-05-30", "https://www.example-nigerriverpost.com/mali/2019/05/30/bankass-hamlet-attack-sokolo-post",
"""
Fourteen killed in attack on Fulani hamlet in central Mali; jihadists raid army post at Sokolo

BAMAKO, May 30 (Niger River Post) - Gunmen attacked a Fulani hamlet near Bankass in Mali's central Mopti region on Sunday, killing 14 civilians and setting fire to granaries and livestock pens, local officials said.

An official in Bankass initially put the death toll at 11, but the mayor of the commune said on Tuesday that 14 bodies had been buried, among them five women and three children. Survivors said the attackers arrived at dawn on motorcycles and on foot, armed with hunting rifles and Kalashnikovs.

Tabital Pulaaku, an association representing the Fulani, blamed Dogon hunters of the Dan Na Ambassagou militia. The militia denied any involvement in a statement, saying its members were the target of "a campaign of lies".

On Tuesday night, jihadists attacked the army post at Sokolo, in the Ségou region near the border with Mauritania, killing four soldiers and wounding two, the Malian army said. It said 11 assailants were "neutralised" and that reinforcements had pushed the attackers back. The al Qaeda-linked JNIM alliance claimed the attack in a statement on Wednesday.

The U.N. peacekeeping mission, MINUSMA, has about 15,000 troops and police in the country and has lost more than 110 of them to hostile acts since 2013, making it the deadliest current U.N. mission.

Central Mali has been the epicentre of the violence since 2015, when a jihadist group led by the preacher Amadou Koufa began recruiting among Fulani herders. Dogon and Bambara communities formed self-defence groups in response. Some 160 Fulani villagers were killed in an attack on Ogossagou in March, the deadliest single attack in the country's recent history.

The U.N. says more than 120,000 people have been displaced in central Mali.
""",
events=[
    ev("Gunmen attacked a Fulani hamlet near Bankass, killing 14 civilians (first reported as 11) and burning granaries; a Fulani association blamed Dan Na Ambassagou, which denied it.",
       "2019-05-26", "‘on Sunday’ before the Thursday 2019-05-30 dateline: Sunday 2019-05-26",
       "hamlet near Bankass", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       14, None, None, None,
       "Gunmen attacked a Fulani hamlet near Bankass in Mali's central Mopti region on Sunday, killing 14 civilians and setting fire to granaries and livestock pens, local officials said. [...] An official in Bankass initially put the death toll at 11, but the mayor of the commune said on Tuesday that 14 bodies had been buried [...] Tabital Pulaaku, an association representing the Fulani, blamed Dogon hunters of the Dan Na Ambassagou militia. The militia denied any involvement",
       note="a revised toll (11, then 14 buried) is not a conflict; blame and denial give actor1 unknown; the Ogossagou massacre in March is background"),
    ev("JNIM jihadists attacked the army post at Sokolo, killing four soldiers and wounding two; the army says 11 assailants were 'neutralised'.",
       "2019-05-28", "‘On Tuesday night’ before the Thursday 2019-05-30 dateline: Tuesday 2019-05-28",
       "Sokolo", "Ségou", "ML", "battle", "JNIM", "Malian security forces",
       15, None, 2, None,
       "On Tuesday night, jihadists attacked the army post at Sokolo, in the Ségou region near the border with Mauritania, killing four soldiers and wounding two, the Malian army said. It said 11 assailants were \"neutralised\" and that reinforcements had pushed the attackers back. The al Qaeda-linked JNIM alliance claimed the attack in a statement on Wednesday.",
       note="15 = 4 soldiers + 11 assailants (army count); claimed by JNIM"),
],
figures=[
    fig("fighters", 15000, "Mali",
        "The U.N. peacekeeping mission, MINUSMA, has about 15,000 troops and police in the country",
        note="MINUSMA"),
    fig("killed", 110, "Mali",
        "has lost more than 110 of them to hostile acts since 2013",
        note="peacekeepers killed in hostile acts since 2013"),
    fig("displaced", 120000, "central Mali",
        "The U.N. says more than 120,000 people have been displaced in central Mali."),
])

report("h20-11", "2022-07-14", "https://www.example-caribbeanwire.com/haiti/2022/07/14/cite-soleil-gang-war-croix-des-bouquets",
"""
Dozens dead as gang war rages in Cité Soleil; police station attacked in Croix-des-Bouquets

PORT-AU-PRINCE, July 14 (Caribbean Wire) - At least 52 people have been killed and 61 wounded since Friday in fighting between rival gangs in Brooklyn, a neighbourhood of the Port-au-Prince slum of Cité Soleil, a Haitian human rights group said on Wednesday.

The fighting began when members of the G9 an Fanmi e Alye coalition attacked Brooklyn, the stronghold of the rival G-Pèp alliance, according to the Haitian Rights Observatory. Many of the dead were residents who were shot in their homes or burned, the group said. Aid workers have been unable to reach the area, where water and food are running out, and more than 3,000 people have fled.

Police said on Wednesday that gunmen had attacked the police station in Croix-des-Bouquets, east of the capital, on Tuesday evening, killing two officers and setting two patrol vehicles on fire. The police blamed the 400 Mawozo gang, which controls much of the area.

In the south of the capital, armed men stopped a bus on National Road 2 at Martissant on Wednesday morning and forced seven passengers off at gunpoint, a witness told Caribbean Wire. The passengers were taken to an unknown destination. Kidnappings for ransom have soared this year: a local research centre counted 132 in June alone.

Hundreds of people who fled Cité Soleil marched to the prime minister's office on Wednesday to demand protection. Police fired tear gas to disperse them after some of the marchers threw stones.

The national police has about 9,000 active officers for a country of more than 11 million people, and gangs control or contest much of the capital. Between January and June, at least 870 people were killed in gang-related violence in the Port-au-Prince area, according to the United Nations.
""",
events=[
    ev("G9 coalition gangs attacked Brooklyn, the G-Pèp stronghold in Cité Soleil; a rights group counted at least 52 killed and 61 wounded since Friday, many of them residents.",
       "2022-07-08", "fighting ‘since Friday’ before the Thursday 2022-07-14 dateline; dated on its first day, Friday 2022-07-08",
       "Brooklyn, Cité Soleil", "Ouest", "HT", "battle", "G9", "G-Pèp",
       52, None, 61, None,
       "At least 52 people have been killed and 61 wounded since Friday in fighting between rival gangs in Brooklyn, a neighbourhood of the Port-au-Prince slum of Cité Soleil, a Haitian human rights group said on Wednesday. [...] The fighting began when members of the G9 an Fanmi e Alye coalition attacked Brooklyn, the stronghold of the rival G-Pèp alliance, according to the Haitian Rights Observatory.",
       note="several days of fighting told as one incident with one toll; residents are among the dead"),
    ev("Gunmen attacked the police station in Croix-des-Bouquets, killing two officers and burning two patrol vehicles; police blamed the 400 Mawozo gang.",
       "2022-07-12", "‘on Tuesday evening’ before the Thursday 2022-07-14 dateline: Tuesday 2022-07-12",
       "Croix-des-Bouquets police station", "Ouest", "HT", "battle", "400 Mawozo", "Haitian security forces",
       2, None, None, None,
       "Police said on Wednesday that gunmen had attacked the police station in Croix-des-Bouquets, east of the capital, on Tuesday evening, killing two officers and setting two patrol vehicles on fire. The police blamed the 400 Mawozo gang, which controls much of the area.",
       note="blamed by the police, not denied"),
    ev("Armed men stopped a bus on National Road 2 at Martissant and abducted seven passengers.",
       "2022-07-13", "‘on Wednesday morning’ before the Thursday 2022-07-14 dateline: Wednesday 2022-07-13",
       "Martissant", "Ouest", "HT", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In the south of the capital, armed men stopped a bus on National Road 2 at Martissant on Wednesday morning and forced seven passengers off at gunpoint, a witness told Caribbean Wire. The passengers were taken to an unknown destination.",
       note="abduction"),
    ev("Hundreds of people displaced from Cité Soleil marched to the prime minister's office; police fired tear gas after some threw stones.",
       "2022-07-13", "‘on Wednesday’ before the Thursday 2022-07-14 dateline: Wednesday 2022-07-13",
       "prime minister's office, Port-au-Prince", "Ouest", "HT", "other", "protesters", "Haitian security forces",
       None, None, None, None,
       "Hundreds of people who fled Cité Soleil marched to the prime minister's office on Wednesday to demand protection. Police fired tear gas to disperse them after some of the marchers threw stones.",
       note="ACLED Protests: protest with intervention"),
],
figures=[
    fig("displaced", 3000, "Cité Soleil",
        "more than 3,000 people have fled",
        note="since Friday"),
    fig("other", 132, "Haiti",
        "a local research centre counted 132 in June alone",
        note="kidnappings for ransom in June"),
    fig("fighters", 9000, "Haiti",
        "The national police has about 9,000 active officers",
        note="police officers"),
    fig("killed", 870, "Port-au-Prince",
        "Between January and June, at least 870 people were killed in gang-related violence in the Port-au-Prince area, according to the United Nations.",
        note="January-June 2022"),
])

report("h20-12", "2022-11-09", "https://www.example-northeastherald.com/borno/2022/11/09/camps-closure-surrenders-resettlement",
"""
Borno to shut more displacement camps as surrendered fighters pass through screening centres

MAIDUGURI, November 9 (North-East Herald) - The Borno State government will close four more camps for displaced people in Maiduguri by the end of the year and move their residents back to their home towns or into new housing estates, state officials said on Tuesday, despite warnings from aid agencies that many of the areas are not yet safe.

The state has closed eight camps in the city since last year, and about 140,000 people have returned to towns such as Bama, Marte and Gwoza, where new houses, schools and clinics have been built with state funds, the commissioner for reconstruction told reporters. Families leaving the camps receive a cash grant and a bag of food.

The military says more than 90,000 Boko Haram and ISWAP fighters and their family members have surrendered to troops since mid-2021, when the leader of the Boko Haram faction, Abubakar Shekau, died during fighting with ISWAP. Most were received at reception centres in Maiduguri and Bama before being screened and, in some cases, prosecuted.

Aid agencies say returnees risk being killed or abducted while farming or collecting firewood outside the trenches that ring the resettled towns, and the U.N. humanitarian office says that 2.2 million people remain displaced across Borno, Adamawa and Yobe states. Many rural areas can only be reached under military escort.

"People want to go home, but going home must be voluntary and safe," said the head of a Nigerian aid group working in the camps, who asked not to be named because he was not authorised to speak to the media.

The insurgency began in 2009, when a crackdown on Boko Haram in Maiduguri turned the sect into an armed movement. Its fighters abducted 276 schoolgirls from Chibok in 2014, and the governor has said that more than 100,000 people have been killed in the state since the conflict began.
""",
country_hint="NG",
figures=[
    fig("other", 8, "Maiduguri",
        "The state has closed eight camps in the city since last year",
        note="displacement camps closed"),
    fig("returned", 140000, "Borno",
        "about 140,000 people have returned to towns such as Bama, Marte and Gwoza"),
    fig("other", 90000, "Borno",
        "The military says more than 90,000 Boko Haram and ISWAP fighters and their family members have surrendered to troops since mid-2021",
        note="surrendered fighters and family members"),
    fig("displaced", 2200000, "Borno, Adamawa and Yobe",
        "2.2 million people remain displaced across Borno, Adamawa and Yobe states"),
    fig("killed", 100000, "Borno",
        "the governor has said that more than 100,000 people have been killed in the state since the conflict began",
        note="since 2009"),
])

report("h20-13", "2018-06-07", "https://www.example-indianoceanwire.com/mozambique/2018/06/07/chitolo-attack-macomia",
"""
Insurgents kill seven, burn homes in Macomia district village

PEMBA, June 7 (Indian Ocean Wire) - Armed men killed seven people and burned about 100 houses in an attack on Chitolo, a village in Macomia district of Mozambique's northern Cabo Delgado province, on Monday night, residents and a police source said.

Four of the victims were hacked to death with machetes and three were shot as they tried to flee into the bush, a resident who reached the district capital told Indian Ocean Wire. "They came when people were already asleep. They set fire to the roofs and waited for people to come out," he said. Several residents are still missing, and the survivors have taken refuge in Macomia town.

Police said the attack was carried out by the Islamist group that residents call al-Shabaab, though it has no known links to the Somali organisation of that name. The group calls itself Ahlu Sunnah Wal Jamaa and has never publicly explained its aims.

A police spokesman said on Wednesday that reinforcements had been sent to the area and that officers were pursuing the attackers. He gave no further details.

The violence began last October with coordinated attacks on police stations in Mocímboa da Praia. Since then, more than 50 people have been killed in attacks on villages in the districts of Mocímboa da Praia, Macomia, Palma and Nangade, and more than 1,500 people have fled their homes, according to local officials. Police have detained hundreds of suspected members and sympathisers of the group.

The province is at the centre of a planned liquefied natural gas industry worth billions of dollars, and several energy companies have tightened security at their sites on the Afungi peninsula.
""",
events=[
    ev("Insurgents attacked Chitolo village in Macomia district, killing seven people with machetes and guns and burning about 100 houses.",
       "2018-06-04", "‘on Monday night’ before the Thursday 2018-06-07 dateline: Monday 2018-06-04",
       "Chitolo", "Cabo Delgado", "MZ", "attack_on_civilians", "Ahlu Sunnah Wal Jamaa", "civilians",
       7, None, None, None,
       "Armed men killed seven people and burned about 100 houses in an attack on Chitolo, a village in Macomia district of Mozambique's northern Cabo Delgado province, on Monday night, residents and a police source said. [...] Police said the attack was carried out by the Islamist group that residents call al-Shabaab, though it has no known links to the Somali organisation of that name. The group calls itself Ahlu Sunnah Wal Jamaa",
       note="the group residents call al-Shabaab is not Somalia's al-Shabaab; named by the police"),
],
figures=[
    fig("killed", 50, "Cabo Delgado",
        "Since then, more than 50 people have been killed in attacks on villages in the districts of Mocímboa da Praia, Macomia, Palma and Nangade",
        note="since October 2017"),
    fig("displaced", 1500, "Cabo Delgado",
        "more than 1,500 people have fled their homes, according to local officials"),
])

report("h20-14", "2015-03-19", "https://www.example-saheldispatch.com/niger/2015/03/19/bosso-attack-repelled-gueskerou-raid",
"""
Niger says 13 Boko Haram fighters killed near Bosso; six villagers die in raid near Gueskérou

NIAMEY, March 19 (Sahel Dispatch) - Niger's army repelled an attack by Boko Haram fighters on one of its positions near Bosso, on the shores of Lake Chad, on Sunday, killing 13 of the attackers, the defence ministry said in a statement read on state television.

One Nigerien soldier was killed and three others were wounded in the fighting, which lasted several hours, the statement said. Weapons, ammunition and two vehicles were seized.

In a separate attack on Tuesday night, Boko Haram gunmen raided a village about 15 km from Gueskérou, in the Diffa region, killing six villagers and carrying off four women, a local official said by telephone. The attackers crossed the Komadougou Yobé river, which marks the border with Nigeria, and returned the same way, he said.

On Monday, gendarmes detained 26 people at the Diffa cattle market on suspicion of gathering information or buying supplies for the insurgents, a security source said. Several hundred people have been arrested in the region since February under a state of emergency.

Across the border, Nigerien and Chadian troops who crossed into Nigeria this month have taken control of the town of Malam Fatori, in Borno State, the defence ministry said on Wednesday, without giving details of casualties.

Residents of Bosso said Chadian jets had also bombed Boko Haram positions on islands in Lake Chad earlier this month.

Niger's parliament voted in February to send troops to fight Boko Haram in Nigeria after the group carried out its first attacks on Nigerien soil, in Bosso and Diffa. The U.N. refugee agency says more than 150,000 people, most of them Nigerian refugees and Nigerien returnees, have arrived in the Diffa region since 2013, and food prices in the region have doubled.
""",
events=[
    ev("The Nigerien army repelled a Boko Haram attack on one of its positions near Bosso; 13 attackers and one soldier were killed and three soldiers wounded.",
       "2015-03-15", "‘on Sunday’ before the Thursday 2015-03-19 dateline: Sunday 2015-03-15",
       "Bosso", "Diffa", "NE", "battle", "Boko Haram", "Nigerien security forces",
       14, None, 3, None,
       "Niger's army repelled an attack by Boko Haram fighters on one of its positions near Bosso, on the shores of Lake Chad, on Sunday, killing 13 of the attackers, the defence ministry said in a statement read on state television. [...] One Nigerien soldier was killed and three others were wounded in the fighting, which lasted several hours, the statement said.",
       note="14 = 13 attackers + 1 soldier"),
    ev("Boko Haram gunmen raided a village about 15 km from Gueskérou, killing six villagers and abducting four women.",
       "2015-03-17", "‘on Tuesday night’ before the Thursday 2015-03-19 dateline: Tuesday 2015-03-17",
       "village near Gueskérou", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       6, None, None, None,
       "In a separate attack on Tuesday night, Boko Haram gunmen raided a village about 15 km from Gueskérou, in the Diffa region, killing six villagers and carrying off four women, a local official said by telephone.",
       note="the abduction of four women is part of the raid"),
    ev("Gendarmes detained 26 people at the Diffa cattle market on suspicion of helping Boko Haram.",
       "2015-03-16", "‘On Monday’ before the Thursday 2015-03-19 dateline: Monday 2015-03-16",
       "Diffa cattle market", "Diffa", "NE", "arrest", "Nigerien security forces", "Boko Haram",
       None, None, None, None,
       "On Monday, gendarmes detained 26 people at the Diffa cattle market on suspicion of gathering information or buying supplies for the insurgents, a security source said.",
       note="suspected helpers of Boko Haram", arrested=26),
    ev("Nigerien and Chadian troops took control of Malam Fatori in Borno State, Nigeria.",
       None, "‘have taken control’, as the ministry ‘said on Wednesday’; the day of the capture is not stated",
       "Malam Fatori", "Borno", "NG", "territory_gain", "Nigerien security forces", "Boko Haram",
       None, None, None, None,
       "Across the border, Nigerien and Chadian troops who crossed into Nigeria this month have taken control of the town of Malam Fatori, in Borno State, the defence ministry said on Wednesday, without giving details of casualties.",
       note="with Chadian troops; the event is in Nigeria"),
    ev("Chadian jets bombed Boko Haram positions on islands in Lake Chad earlier in the month, according to Bosso residents.",
       None, "‘earlier this month’; no day given",
       "islands in Lake Chad", "Diffa", "NE", "explosion", "Chadian security forces", "Boko Haram",
       None, None, None, None,
       "Residents of Bosso said Chadian jets had also bombed Boko Haram positions on islands in Lake Chad earlier this month.",
       note="vague date and place; the islands' country is not stated", optional=True),
],
figures=[
    fig("displaced", 150000, "Diffa",
        "The U.N. refugee agency says more than 150,000 people, most of them Nigerian refugees and Nigerien returnees, have arrived in the Diffa region since 2013",
        note="refugees and returnees"),
])

report("h20-15", "2020-07-22", "https://www.example-bajiopost.com/guanajuato/2020/07/22/celaya-rehab-centre-attack",
"""
Gunmen kill eight at drug rehabilitation centre in Celaya

CELAYA, Guanajuato, July 22 (Bajío Post) - Gunmen stormed a drug rehabilitation centre in the city of Celaya on Monday night and shot dead eight people, most of them patients, the Guanajuato state prosecutor's office said. Three other people were wounded.

Witnesses said about six armed men arrived in two cars shortly after 10 p.m., forced the residents to lie face down in the courtyard and opened fire. A woman who lives next door said the shooting lasted less than a minute. "Then we heard the cars leave, and the screaming started," she said.

The centre, on the eastern side of the city, had opened less than a year ago and housed about 20 people, the municipal government said. One of the wounded was in a serious condition, a hospital official said on Tuesday.

Prosecutors have not said who was responsible. Rehabilitation centres in Guanajuato have repeatedly been attacked by gunmen amid a turf war between the Jalisco New Generation Cartel and the local Santa Rosa de Lima Cartel, which authorities say use the centres to recruit and hide members. The state governor said security would be reinforced at similar facilities.

Guanajuato has been Mexico's most violent state for two years. It recorded 2,171 homicides in the first six months of 2020, according to the federal public security system, and Celaya alone has had more than 300. Around 4,000 National Guard members are deployed in the state, the federal government says.
""",
events=[
    ev("Gunmen stormed a drug rehabilitation centre in Celaya and shot dead eight people, most of them patients; three wounded.",
       "2020-07-20", "‘on Monday night’ before the Wednesday 2020-07-22 dateline: Monday 2020-07-20",
       "Celaya", "Guanajuato", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       8, None, 3, None,
       "Gunmen stormed a drug rehabilitation centre in the city of Celaya on Monday night and shot dead eight people, most of them patients, the Guanajuato state prosecutor's office said. Three other people were wounded.",
       note="no perpetrator named; the cartel war is context only"),
],
figures=[
    fig("killed", 2171, "Guanajuato",
        "It recorded 2,171 homicides in the first six months of 2020",
        note="homicides, first half of 2020"),
    fig("killed", 300, "Celaya",
        "Celaya alone has had more than 300",
        note="homicides, first half of 2020"),
    fig("fighters", 4000, "Guanajuato",
        "Around 4,000 National Guard members are deployed in the state",
        note="National Guard"),
])

report("h20-16", "2022-10-03", "https://www.example-banadirreview.com/somalia/2022/10/03/offensive-towns-retaken-drought",
"""
Somalia says offensive has pushed al-Shabaab from dozens of villages as drought deepens

MOGADISHU, October 3 (Banadir Review) - Somali government forces and allied clan militias have taken more than 40 towns and villages from al-Shabaab in the Hiraan and Middle Shabelle regions since late August, the information minister said on Sunday, in what officials describe as the most serious challenge to the group in a decade.

The offensive began after clan elders in Hiraan mobilised their own fighters, known as Macawisley, in response to al-Shabaab's demands for taxes and recruits during the worst drought in 40 years. The government says it has since armed and paid several thousand of them.

"The people have decided to fight alongside their army," the minister told a news conference, adding that operations would be extended to the Galguduud and Mudug regions. He did not give casualty figures.

Analysts say al-Shabaab, which has an estimated 7,000 to 12,000 fighters, has lost ground before and returned once government troops moved on. The African Union Transition Mission in Somalia, ATMIS, which has about 19,000 troops, is due to hand its bases over to Somali forces by the end of 2024.

Meanwhile, the U.N. says 7.6 million people, nearly half of the population, are affected by the drought, and more than one million have been displaced by drought and conflict since January 2021. Aid agencies have warned that famine is likely in parts of the Bay region before the end of the year if the rains fail again.

Al-Shabaab was driven out of Mogadishu in 2011 but still carries out bombings in the capital, including the October 2017 truck bombing at the Zoobe junction, which killed more than 500 people and remains the deadliest attack in the country's history.
""",
country_hint="SO",
figures=[
    fig("districts_retaken", 40, "Hiraan and Middle Shabelle",
        "Somali government forces and allied clan militias have taken more than 40 towns and villages from al-Shabaab in the Hiraan and Middle Shabelle regions since late August",
        note="towns and villages since late August"),
    fig("fighters", 7000, "Somalia",
        "al-Shabaab, which has an estimated 7,000 to 12,000 fighters",
        note="estimated 7,000 to 12,000"),
    fig("fighters", 19000, "Somalia",
        "ATMIS, which has about 19,000 troops",
        note="ATMIS"),
    fig("other", 7600000, "Somalia",
        "the U.N. says 7.6 million people, nearly half of the population, are affected by the drought",
        note="people affected by drought"),
    fig("displaced", 1000000, "Somalia",
        "more than one million have been displaced by drought and conflict since January 2021"),
])

report("h20-17", "2020-11-26", "https://www.example-visayastribune.com/regions/2020/11/26/las-navas-landmine-guihulngan-encounter",
"""
Soldier killed in NPA landmine blast in Northern Samar; two rebels die in Negros 'encounter'

DUMAGUETE CITY, November 26 (Visayas Tribune) - A soldier was killed and three others wounded when a landmine exploded under their military truck in a village in Las Navas, Northern Samar, on Tuesday morning, the Army's 8th Infantry Division said.

The division blamed the New People's Army (NPA), the armed wing of the Communist Party of the Philippines. In a statement posted online on Wednesday, the NPA's regional command in Eastern Visayas claimed the attack and said five soldiers had died. The army said the soldiers were on their way to deliver relief goods to families affected by Typhoon Ulysses.

In Negros Oriental, two suspected NPA rebels were killed in an encounter with troops of the 94th Infantry Battalion in the hinterlands of Guihulngan City on Monday, the military said. It said the troops were conducting combat operations following reports from residents about the presence of armed men, and that they recovered two M16 rifles and a handgun at the site. Relatives of the two men told a local radio station that they were farmers with no links to the rebels. The police said they would investigate.

Also in Negros Oriental, NPA rebels set fire to a backhoe and a dump truck at a road construction site in Mabinay on Sunday after the contractor refused to pay "revolutionary taxes", police said. No one was hurt.

On Tuesday, four NPA members surrendered to the 62nd Infantry Battalion in Bayawan City, bringing with them three high-powered firearms. The military says 212 rebels have surrendered on Negros Island since January under the government's localised peace engagement programme.

The NPA has been waging a Maoist rebellion since 1969. The military estimates its strength at about 4,000 fighters nationwide, down from a peak of more than 25,000 in the 1980s.
""",
events=[
    ev("A landmine exploded under a military truck in a village in Las Navas, killing a soldier and wounding three; the army blamed the NPA, which claimed the attack.",
       "2020-11-24", "‘on Tuesday morning’ before the Thursday 2020-11-26 dateline: Tuesday 2020-11-24",
       "Las Navas", "Northern Samar", "PH", "explosion", "New People's Army", "Philippine security forces",
       1, None, 3, None,
       "A soldier was killed and three others wounded when a landmine exploded under their military truck in a village in Las Navas, Northern Samar, on Tuesday morning, the Army's 8th Infantry Division said. [...] The division blamed the New People's Army (NPA), the armed wing of the Communist Party of the Philippines. In a statement posted online on Wednesday, the NPA's regional command in Eastern Visayas claimed the attack and said five soldiers had died.",
       note="the NPA's claimed toll of five is not used"),
    ev("Troops on combat operations killed two suspected NPA rebels in an 'encounter' in the hinterlands of Guihulngan City; relatives say they were farmers.",
       "2020-11-23", "‘on Monday’ before the Thursday 2020-11-26 dateline: Monday 2020-11-23",
       "Guihulngan City", "Negros Oriental", "PH", "battle", "Philippine security forces", "New People's Army",
       2, None, None, None,
       "In Negros Oriental, two suspected NPA rebels were killed in an encounter with troops of the 94th Infantry Battalion in the hinterlands of Guihulngan City on Monday, the military said. [...] Relatives of the two men told a local radio station that they were farmers with no links to the rebels.",
       note="disputed encounter out of the troops' own operation: forces are actor1; the victims' identity is contested"),
    ev("NPA rebels burned a backhoe and a dump truck at a road construction site in Mabinay after the contractor refused to pay 'revolutionary taxes'; no one hurt.",
       "2020-11-22", "‘on Sunday’ before the Thursday 2020-11-26 dateline: Sunday 2020-11-22",
       "Mabinay", "Negros Oriental", "PH", "other", "New People's Army", "none",
       0, None, 0, None,
       "Also in Negros Oriental, NPA rebels set fire to a backhoe and a dump truck at a road construction site in Mabinay on Sunday after the contractor refused to pay \"revolutionary taxes\", police said. No one was hurt.",
       note="property destruction"),
    ev("Four NPA members surrendered with three firearms to the army in Bayawan City.",
       "2020-11-24", "‘On Tuesday’ before the Thursday 2020-11-26 dateline: Tuesday 2020-11-24",
       "Bayawan City", "Negros Oriental", "PH", "other", "New People's Army", "Philippine security forces",
       None, None, None, None,
       "On Tuesday, four NPA members surrendered to the 62nd Infantry Battalion in Bayawan City, bringing with them three high-powered firearms.",
       note="a surrender; a careful coder may or may not list it", optional=True),
],
figures=[
    fig("other", 212, "Negros Island",
        "The military says 212 rebels have surrendered on Negros Island since January",
        note="surrenders since January"),
    fig("fighters", 4000, "Philippines",
        "The military estimates its strength at about 4,000 fighters nationwide",
        note="NPA"),
    fig("fighters", 25000, "Philippines",
        "down from a peak of more than 25,000 in the 1980s",
        note="NPA at its 1980s peak"),
])

report("h20-18", "2017-04-19", "https://www.example-bactriatimes.com/afghanistan/2017/04/19/qaysar-checkpoints-chaparhar-minibus",
"""
Eight police killed as Taliban overrun checkpoints in Faryab; roadside bomb hits minibus in Nangarhar

MAIMANA, April 19 (Bactria Times) - Taliban fighters overran three police checkpoints in Qaysar district of northern Faryab province late on Sunday, killing eight policemen and wounding three, the district governor said.

Reinforcements from Maimana, the provincial capital, retook the checkpoints on Monday after a day of fighting in which 14 Taliban fighters were killed, the provincial police spokesman said. Two soldiers were wounded in the counter-attack. The Taliban said in a statement that their fighters had captured weapons and ammunition from the checkpoints and left the area of their own accord.

In eastern Nangarhar province, a roadside bomb struck a minibus carrying passengers in Chaparhar district on Tuesday morning, killing three civilians, including a child, and wounding six, the provincial governor's spokesman said. He blamed the Taliban, who denied any involvement in a message to reporters.

Also in Nangarhar, a U.S. drone strike killed five Islamic State militants in the Pekha valley of Achin district on Monday, the spokesman said. American and Afghan forces have been carrying out a joint operation against the group's local branch in Achin since early this month.

Afghan security forces have suffered heavy losses since NATO ended its combat mission at the end of 2014, and the Taliban have stepped up attacks in the north, where they briefly captured the city of Kunduz in 2015.

The United Nations said last week that 689 civilians were killed in the first three months of the year, slightly fewer than in the same period of 2016, but that the number of children killed had risen.
""",
events=[
    ev("Taliban fighters overran three police checkpoints in Qaysar district, killing eight policemen and wounding three.",
       "2017-04-16", "‘late on Sunday’ before the Wednesday 2017-04-19 dateline: Sunday 2017-04-16",
       "Qaysar district", "Faryab", "AF", "battle", "Taliban", "Afghan security forces",
       8, None, 3, None,
       "Taliban fighters overran three police checkpoints in Qaysar district of northern Faryab province late on Sunday, killing eight policemen and wounding three, the district governor said.",
       note="overrunning posts is an assault on posts: battle"),
    ev("Reinforcements from Maimana retook the Qaysar checkpoints after a day of fighting in which 14 Taliban were killed and two soldiers wounded.",
       "2017-04-17", "‘on Monday’ before the Wednesday 2017-04-19 dateline: Monday 2017-04-17",
       "Qaysar district checkpoints", "Faryab", "AF", "territory_gain", "Afghan security forces", "Taliban",
       14, None, 2, None,
       "Reinforcements from Maimana, the provincial capital, retook the checkpoints on Monday after a day of fighting in which 14 Taliban fighters were killed, the provincial police spokesman said. Two soldiers were wounded in the counter-attack.",
       note="the Taliban say they left of their own accord"),
    ev("A roadside bomb hit a passenger minibus in Chaparhar district, killing three civilians including a child and wounding six; the governor's office blamed the Taliban, who denied it.",
       "2017-04-18", "‘on Tuesday morning’ before the Wednesday 2017-04-19 dateline: Tuesday 2017-04-18",
       "Chaparhar", "Nangarhar", "AF", "explosion", "unknown", "civilians",
       3, None, 6, None,
       "In eastern Nangarhar province, a roadside bomb struck a minibus carrying passengers in Chaparhar district on Tuesday morning, killing three civilians, including a child, and wounding six, the provincial governor's spokesman said. He blamed the Taliban, who denied any involvement in a message to reporters.",
       note="blame and denial: actor1 unknown"),
    ev("A U.S. drone strike killed five Islamic State militants in the Pekha valley of Achin district.",
       "2017-04-17", "‘on Monday’ before the Wednesday 2017-04-19 dateline: Monday 2017-04-17",
       "Pekha valley, Achin", "Nangarhar", "AF", "explosion", "US forces", "Islamic State",
       5, None, None, None,
       "Also in Nangarhar, a U.S. drone strike killed five Islamic State militants in the Pekha valley of Achin district on Monday, the spokesman said."),
],
figures=[
    fig("killed", 689, "Afghanistan",
        "The United Nations said last week that 689 civilians were killed in the first three months of the year",
        note="civilians, first quarter of 2017"),
])
# ---------------------------------------------------------------------------
# h20-19 .. h20-27
# ---------------------------------------------------------------------------

report("h20-19", "2021-03-01", "https://www.example-northwestchronicle.com/zamfara/2021/03/01/dansadau-attack-faskari-rescue-kajuru-church",
"""
Bandits kill villagers near Dansadau; police rescue nine kidnapped travellers in Katsina forest

GUSAU, March 1 (Northwest Chronicle) - Gunmen on motorcycles killed 12 people in two villages near Dansadau, in the Maru local government area of Zamfara State, on Saturday night, residents and a local official said.

Ten men and two women were among the dead, said the official, who asked not to be named. The attackers, whom residents described as bandits, also carted away cattle and foodstuffs. The state police command confirmed the attack but said eight people had been killed.

In neighbouring Katsina State, police operatives rescued nine travellers who had been kidnapped on the Funtua-Gusau road, after a gun duel with their abductors in the Faskari forest on Friday, a police spokesman said. One inspector lost his life and two of the bandits were neutralised, he said, adding that the rescued victims had been reunited with their families.

In Kaduna State, gunmen abducted 17 worshippers from a Baptist church in the Kajuru local government area during the Sunday service, a church official said. One worshipper who tried to escape was shot dead. The state commissioner for internal security confirmed the attack and said troops were combing the area.

The Zamfara police command said on Sunday that it had arrested six suspected informants of the bandits and recovered two AK-47 rifles and 150 rounds of ammunition.

Gangs of armed men have for years raided villages in northwest Nigeria, stealing cattle and kidnapping for ransom. Local rights groups estimate that more than 7,000 people have been killed in Zamfara, Katsina, Sokoto and Kaduna since 2011, and at least 160,000 have fled to towns or across the border into Niger.
""",
events=[
    ev("Gunmen on motorcycles, described as bandits, raided two villages near Dansadau, killing 12 people (eight according to police) and stealing cattle and food.",
       "2021-02-27", "‘on Saturday night’ before the Monday 2021-03-01 dateline: Saturday 2021-02-27",
       "villages near Dansadau", "Zamfara", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       8, 12, None, None,
       "Gunmen on motorcycles killed 12 people in two villages near Dansadau, in the Maru local government area of Zamfara State, on Saturday night, residents and a local official said. [...] The state police command confirmed the attack but said eight people had been killed.",
       note="conflicting sources: 8 (police) vs 12 (residents and a local official); the two villages are not named and share one toll, so one event; 'bandits' are unidentified armed men"),
    ev("Police rescued nine kidnapped travellers after a gun duel with their abductors in the Faskari forest; one inspector and two bandits were killed.",
       "2021-02-26", "‘on Friday’ before the Monday 2021-03-01 dateline: Friday 2021-02-26",
       "Faskari forest", "Katsina", "NG", "battle", "Nigerian security forces", "militants (unidentified)",
       3, None, None, None,
       "In neighbouring Katsina State, police operatives rescued nine travellers who had been kidnapped on the Funtua-Gusau road, after a gun duel with their abductors in the Faskari forest on Friday, a police spokesman said. One inspector lost his life and two of the bandits were neutralised, he said",
       note="3 = 1 police inspector + 2 bandits; a police rescue operation, so the police are actor1"),
    ev("Gunmen abducted 17 worshippers from a Baptist church in Kajuru during the Sunday service and shot dead one who tried to escape.",
       "2021-02-28", "‘during the Sunday service’ before the Monday 2021-03-01 dateline: Sunday 2021-02-28",
       "Baptist church, Kajuru", "Kaduna", "NG", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Kaduna State, gunmen abducted 17 worshippers from a Baptist church in the Kajuru local government area during the Sunday service, a church official said. One worshipper who tried to escape was shot dead.",
       note="abduction"),
    ev("Zamfara police arrested six suspected informants of the bandits and recovered two AK-47 rifles.",
       None, "the police ‘said on Sunday that it had arrested’; the day of the arrests is not stated",
       "Zamfara State", "Zamfara", "NG", "arrest", "Nigerian security forces", "militants (unidentified)",
       None, None, None, None,
       "The Zamfara police command said on Sunday that it had arrested six suspected informants of the bandits and recovered two AK-47 rifles and 150 rounds of ammunition.",
       arrested=6),
],
figures=[
    fig("killed", 7000, "northwest Nigeria",
        "Local rights groups estimate that more than 7,000 people have been killed in Zamfara, Katsina, Sokoto and Kaduna since 2011",
        note="since 2011"),
    fig("displaced", 160000, "northwest Nigeria",
        "at least 160,000 have fled to towns or across the border into Niger"),
])

report("h20-20", "2022-05-27", "https://www.example-mekongledger.com/myanmar/2022/05/27/depayin-air-strike-gangaw-convoy-pauk",
"""
Air strike kills four villagers in Depayin; resistance fighters mine army convoy in Gangaw

YANGON, May 27 (Mekong Ledger) - A military jet bombed a village in Depayin township in Myanmar's Sagaing region on Wednesday afternoon, killing four civilians, two of them children, and wounding at least seven, residents and a local resistance group said.

The military's information team said in a statement that the air force had attacked a "terrorist" training camp in the area, without giving details. Residents said there was no camp in the village and that the bombs hit a monastery compound where displaced families were sheltering.

In Gangaw township, in the Magway region, members of a local People's Defence Force (PDF) detonated mines under a military convoy on the Gangaw-Kalay road on Monday and then opened fire on the troops, the group said on its Facebook page. It said 15 soldiers had been killed and that one of its own fighters had died. A resident who passed the site the next morning said he had seen the bodies of at least four soldiers by the road.

On Tuesday, troops entered a village in Pauk township, also in Magway, and set fire to more than 200 houses, according to residents and local media. Two elderly residents who were unable to flee died in the fire, said a village administrator appointed by the shadow National Unity Government.

State media reported on Wednesday that security forces had arrested nine members of a PDF in Monywa on Monday and seized homemade guns and explosives.

Sagaing and Magway have become the centre of armed resistance to the military since it seized power in February 2021. More than 1,790 people have been killed by the security forces since the coup, according to a local monitoring group, and the U.N. says more than 550,000 people have been displaced in the two regions.
""",
events=[
    ev("A military jet bombed a village in Depayin township, hitting a monastery compound sheltering displaced families; four civilians, two of them children, were killed and at least seven wounded.",
       "2022-05-25", "‘on Wednesday afternoon’ before the Friday 2022-05-27 dateline: Wednesday 2022-05-25",
       "Depayin township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       4, None, 7, None,
       "A military jet bombed a village in Depayin township in Myanmar's Sagaing region on Wednesday afternoon, killing four civilians, two of them children, and wounding at least seven, residents and a local resistance group said. [...] The military's information team said in a statement that the air force had attacked a \"terrorist\" training camp in the area, without giving details.",
       note="the military admits the strike but says it hit a camp; victims as the residents report"),
    ev("A local PDF detonated mines under a military convoy on the Gangaw-Kalay road and opened fire; the PDF lost one fighter and a witness saw at least four soldiers' bodies.",
       "2022-05-23", "‘on Monday’ before the Friday 2022-05-27 dateline: Monday 2022-05-23",
       "Gangaw-Kalay road", "Magway", "MM", "explosion", "People's Defence Force", "Myanmar military",
       5, None, None, None,
       "In Gangaw township, in the Magway region, members of a local People's Defence Force (PDF) detonated mines under a military convoy on the Gangaw-Kalay road on Monday and then opened fire on the troops, the group said on its Facebook page. It said 15 soldiers had been killed and that one of its own fighters had died. A resident who passed the site the next morning said he had seen the bodies of at least four soldiers by the road.",
       note="5 = 1 PDF fighter (own count) + at least 4 soldiers (witness); the PDF's claim of 15 soldiers is not used; an ambush that opens with mines is an explosion"),
    ev("Troops entered a village in Pauk township and set fire to more than 200 houses; two elderly residents unable to flee died in the fire.",
       "2022-05-24", "‘On Tuesday’ before the Friday 2022-05-27 dateline: Tuesday 2022-05-24",
       "Pauk township", "Magway", "MM", "attack_on_civilians", "Myanmar military", "civilians",
       2, None, None, None,
       "On Tuesday, troops entered a village in Pauk township, also in Magway, and set fire to more than 200 houses, according to residents and local media. Two elderly residents who were unable to flee died in the fire, said a village administrator appointed by the shadow National Unity Government.",
       note="a raid with arson and deaths"),
    ev("Security forces arrested nine members of a PDF in Monywa and seized homemade guns and explosives.",
       "2022-05-23", "‘on Monday’ (reported ‘on Wednesday’) before the Friday 2022-05-27 dateline: Monday 2022-05-23",
       "Monywa", "Sagaing", "MM", "arrest", "Myanmar security forces", "People's Defence Force",
       None, None, None, None,
       "State media reported on Wednesday that security forces had arrested nine members of a PDF in Monywa on Monday and seized homemade guns and explosives.",
       arrested=9),
],
figures=[
    fig("killed", 1790, "Myanmar",
        "More than 1,790 people have been killed by the security forces since the coup, according to a local monitoring group",
        note="since February 2021"),
    fig("displaced", 550000, "Sagaing and Magway",
        "the U.N. says more than 550,000 people have been displaced in the two regions"),
])

report("h20-21", "2023-07-05", "https://www.example-westafricamonitor.com/mali/2023/07/05/minusma-withdrawal-plans",
"""
U.N. peacekeepers plan Mali exit after Security Council ends ten-year mission

BAMAKO, July 5 (West Africa Monitor) - The U.N. peacekeeping mission in Mali, MINUSMA, has begun drawing up plans to withdraw its roughly 12,000 soldiers and 1,600 police officers from the country by the end of the year, after the Security Council ended its mandate at the request of the military government, a U.N. official said on Tuesday.

The mission will close its 12 bases in stages, starting with the most isolated camps in the north and centre, and will hand its facilities over to the Malian authorities, the official told reporters in Bamako. "We have to pack up a mission of this size in six months, in a country where our convoys are regularly hit by explosive devices," he said.

More than 170 peacekeepers have been killed in hostile acts since the mission was deployed in 2013, making it the deadliest U.N. operation of the past decade.

Mali's transitional government asked the mission last month to leave without delay, saying it had failed to respond to the security situation. The government, which has worked with Russian paramilitaries since late 2021, says the Malian army can secure the country on its own.

Former rebels of the Coordination of Azawad Movements (CMA), who signed a peace agreement with the government in Algiers in 2015, have warned that the handover of bases near areas they control could reignite the conflict. The mission's camps in Kidal, Tessalit and Aguelhok are in areas where the CMA's fighters are deployed, and the army wants to take them over.

The U.N. says 8.5 million Malians need humanitarian assistance this year and about 390,000 are internally displaced, most of them in the centre of the country and around Ménaka, where jihadists linked to the Islamic State have expanded their territory since last year.
""",
country_hint="ML",
figures=[
    fig("fighters", 12000, "Mali",
        "withdraw its roughly 12,000 soldiers and 1,600 police officers",
        note="MINUSMA soldiers"),
    fig("fighters", 1600, "Mali",
        "withdraw its roughly 12,000 soldiers and 1,600 police officers",
        note="MINUSMA police officers"),
    fig("other", 12, "Mali",
        "The mission will close its 12 bases in stages",
        note="MINUSMA bases to close"),
    fig("killed", 170, "Mali",
        "More than 170 peacekeepers have been killed in hostile acts since the mission was deployed in 2013",
        note="peacekeepers since 2013"),
    fig("other", 8500000, "Mali",
        "The U.N. says 8.5 million Malians need humanitarian assistance this year",
        note="people in need of assistance"),
    fig("displaced", 390000, "Mali",
        "about 390,000 are internally displaced"),
])

report("h20-22", "2019-06-20", "https://www.example-pacificohoy.com/cauca/2019/06/20/el-plateado-killings-corinto-motorcycle-bomb",
"""
Five shot dead in Argelia billiard hall; motorcycle bomb hits Corinto police station

POPAYÁN, June 20 (Pacífico Hoy) - Gunmen shot dead five men in a billiard hall in El Plateado, a village in the municipality of Argelia in the southern Colombian department of Cauca, on Sunday night, the Ombudsman's office said.

A sixth man who was wounded in the attack died in hospital in Popayán on Monday, a local human rights network said. Two other people were being treated for gunshot wounds. Authorities have not said who was behind the killings. Argelia's coca fields are disputed by the ELN and FARC dissident factions, which moved into the area after the former guerrillas disarmed in 2017.

In the north of the department, a motorcycle packed with explosives blew up outside the police station in Corinto on Tuesday night, wounding three police officers and a woman who was passing by, police said. No one was killed. The governor of Cauca blamed dissidents of the FARC's Sixth Front, which operates in the mountains above the town.

On Saturday, an indigenous community leader was shot dead by two men on a motorcycle near his home in Caldono, the Regional Indigenous Council of Cauca (CRIC) said. He had received threats after denouncing the presence of armed groups on his community's land, the council said.

Troops of the army's 29th Brigade killed two dissidents of the Jaime Martínez column in a clash in rural Suárez on Wednesday, the army said in a statement, adding that one soldier had been wounded.

At least 62 social leaders have been killed in Cauca since the 2016 peace agreement, more than in any other department, according to the Ombudsman's office. The government said in May that it would send 2,500 more soldiers to the department.
""",
events=[
    ev("Gunmen shot dead five men in a billiard hall in El Plateado, Argelia; a sixth died of his wounds the next day and two others were wounded.",
       "2019-06-16", "‘on Sunday night’ before the Thursday 2019-06-20 dateline: Sunday 2019-06-16",
       "El Plateado, Argelia", "Cauca", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       6, None, 2, None,
       "Gunmen shot dead five men in a billiard hall in El Plateado, a village in the municipality of Argelia in the southern Colombian department of Cauca, on Sunday night, the Ombudsman's office said. [...] A sixth man who was wounded in the attack died in hospital in Popayán on Monday, a local human rights network said. Two other people were being treated for gunshot wounds. Authorities have not said who was behind the killings.",
       note="6 = 5 + 1 wounded man who died on Monday"),
    ev("A motorcycle bomb blew up outside the Corinto police station, wounding three police officers and a passer-by; the governor blamed FARC Sixth Front dissidents.",
       "2019-06-18", "‘on Tuesday night’ before the Thursday 2019-06-20 dateline: Tuesday 2019-06-18",
       "Corinto police station", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       0, None, 4, None,
       "In the north of the department, a motorcycle packed with explosives blew up outside the police station in Corinto on Tuesday night, wounding three police officers and a woman who was passing by, police said. No one was killed. The governor of Cauca blamed dissidents of the FARC's Sixth Front",
       note="4 wounded = 3 police + 1 passer-by; blamed by the governor, not denied"),
    ev("An indigenous community leader was shot dead by two men on a motorcycle near his home in Caldono.",
       "2019-06-15", "‘On Saturday’ before the Thursday 2019-06-20 dateline: Saturday 2019-06-15",
       "Caldono", "Cauca", "CO", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Saturday, an indigenous community leader was shot dead by two men on a motorcycle near his home in Caldono, the Regional Indigenous Council of Cauca (CRIC) said.",
       note="targeted killing of a community leader"),
    ev("Army troops killed two Jaime Martínez column dissidents in a clash in rural Suárez; one soldier wounded.",
       "2019-06-19", "‘on Wednesday’ before the Thursday 2019-06-20 dateline: Wednesday 2019-06-19",
       "Suárez", "Cauca", "CO", "battle", "Colombian security forces", "FARC dissidents",
       2, None, 1, None,
       "Troops of the army's 29th Brigade killed two dissidents of the Jaime Martínez column in a clash in rural Suárez on Wednesday, the army said in a statement, adding that one soldier had been wounded."),
],
figures=[
    fig("killed", 62, "Cauca",
        "At least 62 social leaders have been killed in Cauca since the 2016 peace agreement",
        note="social leaders since 2016"),
    fig("fighters", 2500, "Cauca",
        "The government said in May that it would send 2,500 more soldiers to the department.",
        note="troop reinforcement"),
])

report("h20-23", "2022-08-30", "https://www.example-burkinawire.com/securite/2022/08/30/koumbri-detachment-attack-djibo-march",
"""
Jihadists kill 13 soldiers and volunteers in Koumbri attack; army says some 30 assailants killed

OUAGADOUGOU, August 30 (Burkina Wire) - At least 11 soldiers and two members of the Volunteers for the Defence of the Homeland (VDP) were killed when a large group of gunmen attacked a military detachment in Koumbri, in the northern province of Yatenga, on Saturday, the army said on Sunday.

Seven soldiers were wounded and evacuated to Ouahigouya. The army's counter-offensive, supported by aircraft, "neutralised some thirty terrorists", the statement said. The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack on Monday, saying its fighters had killed 40 soldiers and seized weapons and vehicles.

In the east of the country, the air force carried out strikes on Friday against "terrorist groups" near Natiaboani, in Gourma province, killing "dozens" of fighters, according to a statement from the army general staff. The report could not be independently confirmed.

In Djibo, a town in the Sahel region that has been under blockade by jihadists since February, several hundred women marched to the governor's office on Monday to demand that the authorities reopen the roads to the town and resume food convoys. The march was peaceful, residents said.

Burkina Faso's military government, which took power in a coup in January, has promised to win back territory from the jihadists, who the authorities acknowledge control large parts of the north and east. More than 1.4 million people have been displaced by the violence, according to the government.
""",
events=[
    ev("JNIM fighters attacked the military detachment in Koumbri; at least 11 soldiers and two VDP were killed and seven soldiers wounded, and the army says its counter-offensive killed some 30 assailants.",
       "2022-08-27", "‘on Saturday’ (army statement ‘on Sunday’) before the Tuesday 2022-08-30 dateline: Saturday 2022-08-27",
       "Koumbri", "Nord", "BF", "battle", "JNIM", "Burkinabe security forces",
       43, None, 7, None,
       "At least 11 soldiers and two members of the Volunteers for the Defence of the Homeland (VDP) were killed when a large group of gunmen attacked a military detachment in Koumbri, in the northern province of Yatenga, on Saturday, the army said on Sunday. [...] Seven soldiers were wounded and evacuated to Ouahigouya. The army's counter-offensive, supported by aircraft, \"neutralised some thirty terrorists\", the statement said. The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack on Monday, saying its fighters had killed 40 soldiers",
       note="43 = 11 soldiers + 2 VDP + some 30 assailants (army count); JNIM's claim of 40 soldiers is not used"),
    ev("Air force strikes against 'terrorist groups' near Natiaboani killed 'dozens' of fighters, the army general staff said.",
       "2022-08-26", "‘on Friday’ before the Tuesday 2022-08-30 dateline: Friday 2022-08-26",
       "Natiaboani", "Est", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "In the east of the country, the air force carried out strikes on Friday against \"terrorist groups\" near Natiaboani, in Gourma province, killing \"dozens\" of fighters, according to a statement from the army general staff.",
       note="'dozens' gives null"),
    ev("Several hundred women marched peacefully to the governor's office in blockaded Djibo to demand the roads be reopened and food convoys resumed.",
       "2022-08-29", "‘on Monday’ before the Tuesday 2022-08-30 dateline: Monday 2022-08-29",
       "Djibo", "Sahel", "BF", "other", "protesters", "none",
       None, None, None, None,
       "In Djibo, a town in the Sahel region that has been under blockade by jihadists since February, several hundred women marched to the governor's office on Monday to demand that the authorities reopen the roads to the town and resume food convoys. The march was peaceful, residents said.",
       note="ACLED Protests: peaceful protest"),
],
figures=[
    fig("displaced", 1400000, "Burkina Faso",
        "More than 1.4 million people have been displaced by the violence, according to the government."),
])

report("h20-24", "2020-04-21", "https://www.example-mountcameroonpost.com/anglophone/2020/04/21/bali-checkpoint-attack-batibo-raid",
"""
Separatists kill two gendarmes at Bali checkpoint; army says five fighters killed in Batibo raid

BAMENDA, April 21 (Mount Cameroon Post) - Separatist fighters killed two gendarmes in an attack on a checkpoint at the entrance to Bali, in Cameroon's North-West region, on Sunday morning, a security source and residents said.

The attackers opened fire from the bush at about 7 a.m., the source said. One gendarme was killed on the spot and the second died of his wounds on the way to hospital in Bamenda. A civilian motorcyclist was also wounded.

In a statement on Saturday, the army said soldiers had "neutralised" five "terrorists" during an operation against a separatist camp in Batibo on Friday and seized ten locally made guns. Residents said three of the dead were farmers who were on their way to their fields and had nothing to do with the separatists.

Armed men kidnapped a secondary school principal in Kumbo, in Bui division, on Monday and demanded a ransom of 2 million CFA francs for his release, a relative said. Authorities blamed the separatists, who have ordered schools in the region to remain closed.

One separatist group, the Southern Cameroons Defence Forces (SOCADEF), declared a ceasefire in March so that people could be tested for the new coronavirus, but other groups did not follow and fighting has continued.

The conflict in the English-speaking North-West and South-West regions began in 2017, after the security forces cracked down on protests by lawyers and teachers who complained of marginalisation by the French-speaking majority. More than 3,000 people have been killed and nearly 700,000 have fled their homes, the United Nations says.
""",
events=[
    ev("Separatist fighters attacked the checkpoint at the entrance to Bali, killing two gendarmes (one died on the way to hospital) and wounding a civilian motorcyclist.",
       "2020-04-19", "‘on Sunday morning’ before the Tuesday 2020-04-21 dateline: Sunday 2020-04-19",
       "Bali", "North-West", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       2, None, 1, None,
       "Separatist fighters killed two gendarmes in an attack on a checkpoint at the entrance to Bali, in Cameroon's North-West region, on Sunday morning, a security source and residents said. [...] One gendarme was killed on the spot and the second died of his wounds on the way to hospital in Bamenda. A civilian motorcyclist was also wounded."),
    ev("Soldiers raided a separatist camp in Batibo and 'neutralised' five people; residents say three of them were farmers.",
       "2020-04-17", "‘on Friday’ (statement ‘on Saturday’) before the Tuesday 2020-04-21 dateline: Friday 2020-04-17",
       "Batibo", "North-West", "CM", "battle", "Cameroonian security forces", "Ambazonian separatists",
       5, None, None, None,
       "In a statement on Saturday, the army said soldiers had \"neutralised\" five \"terrorists\" during an operation against a separatist camp in Batibo on Friday and seized ten locally made guns. Residents said three of the dead were farmers who were on their way to their fields and had nothing to do with the separatists.",
       note="the army's own operation, so the army is actor1; residents dispute who three of the dead were"),
    ev("Armed men kidnapped a secondary school principal in Kumbo and demanded a ransom; authorities blamed the separatists.",
       "2020-04-20", "‘on Monday’ before the Tuesday 2020-04-21 dateline: Monday 2020-04-20",
       "Kumbo", "North-West", "CM", "other", "Ambazonian separatists", "civilians",
       None, None, None, None,
       "Armed men kidnapped a secondary school principal in Kumbo, in Bui division, on Monday and demanded a ransom of 2 million CFA francs for his release, a relative said. Authorities blamed the separatists",
       note="abduction; blamed by the authorities, not denied"),
],
figures=[
    fig("killed", 3000, "North-West and South-West",
        "More than 3,000 people have been killed and nearly 700,000 have fled their homes, the United Nations says.",
        note="since 2017"),
    fig("displaced", 700000, "North-West and South-West",
        "More than 3,000 people have been killed and nearly 700,000 have fled their homes, the United Nations says."),
])

report("h20-25", "2023-02-08", "https://www.example-hornobserver.com/somalia/2023/02/08/buq-aqable-retaken-jalalaqsi-base-attack",
"""
Somali forces retake Hiraan village; car bomb and gunmen hit army base in Jalalaqsi

BELEDWEYNE, February 8 (Horn Observer) - Somali government troops and allied clan militias captured the village of Buq Aqable, in the Hiraan region, from al-Shabaab on Tuesday after heavy fighting, the regional governor said.

He said 11 militants and two soldiers were killed in the battle. The militants withdrew towards the border with Middle Shabelle, leaving the bodies of some of their dead behind, he said. Clan fighters known as Macawisley, who have fought alongside the army since last year, took part in the operation.

On Monday, an al-Shabaab suicide bomber drove a car laden with explosives into the gate of a Somali army base in Jalalaqsi, and three gunmen then tried to storm the base, a military officer said. All three gunmen were killed, as were four soldiers, and six soldiers were wounded, the officer said. Al-Shabaab said in a statement that it had killed 30 soldiers.

In the southern Lower Juba region, al-Shabaab publicly executed two men by firing squad in Jamaame on Sunday after one of the group's courts convicted them of spying for the government and foreign forces, residents said.

The government says the offensive it launched in August has pushed the group out of more than 70 towns and villages in Hiraan, Middle Shabelle, Galguduud and Mudug. Al-Shabaab still controls much of the south, and has responded to the offensive with a wave of bombings in towns retaken by the army.
""",
events=[
    ev("Government troops and Macawisley clan militias captured Buq Aqable from al-Shabaab; 11 militants and two soldiers were killed.",
       "2023-02-07", "‘on Tuesday’ before the Wednesday 2023-02-08 dateline: Tuesday 2023-02-07",
       "Buq Aqable", "Hiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       13, None, None, None,
       "Somali government troops and allied clan militias captured the village of Buq Aqable, in the Hiraan region, from al-Shabaab on Tuesday after heavy fighting, the regional governor said. [...] He said 11 militants and two soldiers were killed in the battle.",
       note="13 = 11 militants + 2 soldiers; the clan militias fight on the government's side"),
    ev("An al-Shabaab suicide car bomber hit the gate of the army base in Jalalaqsi and three gunmen tried to storm it; the bomber, the three gunmen and four soldiers were killed and six soldiers wounded.",
       "2023-02-06", "‘On Monday’ before the Wednesday 2023-02-08 dateline: Monday 2023-02-06",
       "Jalalaqsi", "Hiraan", "SO", "explosion", "al-Shabaab", "Somali security forces",
       8, None, 6, None,
       "On Monday, an al-Shabaab suicide bomber drove a car laden with explosives into the gate of a Somali army base in Jalalaqsi, and three gunmen then tried to storm the base, a military officer said. All three gunmen were killed, as were four soldiers, and six soldiers were wounded, the officer said. Al-Shabaab said in a statement that it had killed 30 soldiers.",
       note="8 = suicide bomber + 3 gunmen + 4 soldiers; a complex attack that opens with a car bomb is an explosion; al-Shabaab's claim of 30 is not used"),
    ev("Al-Shabaab publicly executed two men by firing squad in Jamaame after one of its courts convicted them of spying.",
       "2023-02-05", "‘on Sunday’ before the Wednesday 2023-02-08 dateline: Sunday 2023-02-05",
       "Jamaame", "Lower Juba", "SO", "attack_on_civilians", "al-Shabaab", "civilians",
       2, None, None, None,
       "In the southern Lower Juba region, al-Shabaab publicly executed two men by firing squad in Jamaame on Sunday after one of the group's courts convicted them of spying for the government and foreign forces, residents said."),
],
figures=[
    fig("districts_retaken", 70, "Hiraan, Middle Shabelle, Galguduud and Mudug",
        "The government says the offensive it launched in August has pushed the group out of more than 70 towns and villages in Hiraan, Middle Shabelle, Galguduud and Mudug.",
        note="towns and villages since August 2022"),
])

report("h20-26", "2024-10-05", "https://www.example-pacificnortedaily.com/sinaloa/2024/10/05/tierra-blanca-gunfight-bachimeto-bodies",
"""
Soldiers kill five gunmen in Culiacán as Sinaloa Cartel factions fight on

CULIACÁN, October 5 (Pacific Norte Daily) - Soldiers killed five armed men in a gunfight in the Tierra Blanca neighbourhood of Culiacán on Thursday afternoon after a patrol was fired on from a pickup truck, the Defence Ministry said. One soldier was wounded.

Three men were arrested at the scene, and troops seized six rifles, a .50-calibre rifle, ammunition and tactical vests, the ministry said in a statement.

In Navolato, west of the state capital, residents of the community of Bachimeto reported hours of gunfire on Wednesday night. The next morning, police found four bodies and two burned-out vehicles on a dirt road near the village. The state security ministry said the dead belonged to cells of the two factions of the Sinaloa Cartel that have been fighting each other: Los Chapitos, led by sons of the jailed drug lord Joaquín Guzmán, and La Mayiza, loyal to Ismael "El Mayo" Zambada.

A state police officer died in hospital on Friday, two days after gunmen opened fire on him and a colleague as they patrolled Costa Rica, a town south of Culiacán, the state prosecutor's office said. The second officer is in stable condition.

On Friday morning, the bodies of five men, some with their hands tied, were found on the side of the road at the northern entrance to Culiacán. They had not been identified, the prosecutor's office said.

Schools in Culiacán have held classes online for most of the past four weeks, and many businesses close in the early evening. The state prosecutor's office says 163 people have been killed and 212 reported missing in Sinaloa since the fighting began on Monday, September 9. The federal government has sent about 2,000 soldiers and National Guard members to the state as reinforcements.
""",
events=[
    ev("Soldiers fired on from a pickup truck in the Tierra Blanca neighbourhood of Culiacán killed five gunmen and arrested three; one soldier wounded.",
       "2024-10-03", "‘on Thursday afternoon’ before the Saturday 2024-10-05 dateline: Thursday 2024-10-03",
       "Tierra Blanca, Culiacán", "Sinaloa", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       5, None, 1, None,
       "Soldiers killed five armed men in a gunfight in the Tierra Blanca neighbourhood of Culiacán on Thursday afternoon after a patrol was fired on from a pickup truck, the Defence Ministry said. One soldier was wounded. [...] Three men were arrested at the scene",
       note="the gunmen fired first; the three arrests are part of the clash"),
    ev("Hours of gunfire in Bachimeto, Navolato, between cells of Los Chapitos and La Mayiza; four bodies and two burned vehicles were found the next morning.",
       "2024-10-02", "gunfire ‘on Wednesday night’ (bodies found ‘The next morning’) before the Saturday 2024-10-05 dateline: Wednesday 2024-10-02",
       "Bachimeto, Navolato", "Sinaloa", "MX", "battle", "Los Chapitos", "La Mayiza",
       4, None, None, None,
       "In Navolato, west of the state capital, residents of the community of Bachimeto reported hours of gunfire on Wednesday night. The next morning, police found four bodies and two burned-out vehicles on a dirt road near the village. The state security ministry said the dead belonged to cells of the two factions of the Sinaloa Cartel that have been fighting each other",
       note="who attacked is not said; the order of the two factions is arbitrary"),
    ev("Gunmen opened fire on two state police officers patrolling Costa Rica, south of Culiacán; one died in hospital two days later.",
       "2024-10-02", "‘two days’ before the officer died ‘in hospital on Friday’ (Saturday 2024-10-05 dateline): Wednesday 2024-10-02",
       "Costa Rica, Culiacán", "Sinaloa", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       1, None, 1, None,
       "A state police officer died in hospital on Friday, two days after gunmen opened fire on him and a colleague as they patrolled Costa Rica, a town south of Culiacán, the state prosecutor's office said. The second officer is in stable condition.",
       note="the officer who died later is counted as killed; Costa Rica is a town in Culiacán municipality, not the country"),
    ev("The bodies of five men, some bound, were found by the road at the northern entrance to Culiacán; when they were killed is not stated.",
       None, "bodies found ‘On Friday morning’; the day of the killing is not stated",
       "northern entrance to Culiacán", "Sinaloa", "MX", "attack_on_civilians", "unknown", "civilians",
       5, None, None, None,
       "On Friday morning, the bodies of five men, some with their hands tied, were found on the side of the road at the northern entrance to Culiacán. They had not been identified, the prosecutor's office said.",
       optional=True),
],
figures=[
    fig("killed", 163, "Sinaloa",
        "The state prosecutor's office says 163 people have been killed and 212 reported missing in Sinaloa since the fighting began on Monday, September 9.",
        note="since 9 September 2024"),
    fig("other", 212, "Sinaloa",
        "The state prosecutor's office says 163 people have been killed and 212 reported missing in Sinaloa since the fighting began on Monday, September 9.",
        note="missing since 9 September 2024"),
    fig("fighters", 2000, "Sinaloa",
        "The federal government has sent about 2,000 soldiers and National Guard members to the state as reinforcements.",
        note="reinforcements"),
])

report("h20-27", "2023-10-03", "https://www.example-caribbeanwire.com/haiti/2023/10/03/kenyan-led-mission-police-displaced",
"""
Haitian police hope Kenyan-led force arrives quickly as gang violence uproots thousands

PORT-AU-PRINCE, October 3 (Caribbean Wire) - Haitian police officers and residents of gang-controlled neighbourhoods said they hoped a multinational security mission approved by the U.N. Security Council on Monday would arrive quickly, but warned that it would fail unless it worked closely with the national police.

The resolution authorises a Kenyan-led force to support the Haitian National Police for an initial period of one year. Kenya has offered to send 1,000 police officers, and several Caribbean countries have pledged smaller contingents. The force's rules of engagement and its funding have yet to be settled.

"We have been alone against the gangs for two years," said a police inspector in Delmas, who asked not to be named. The national police has about 10,000 officers, of whom only about 3,500 are on duty at any given time, according to a police union.

The United Nations says more than 2,900 people have been killed in gang violence since January and more than 1,100 kidnapped. Some 195,000 people have fled their homes, many of them to schools, churches and makeshift camps in the capital.

Gangs, most of them grouped in two rival coalitions, control most of Port-au-Prince and the main roads leading out of it. Vigilante groups have killed hundreds of suspected gang members since a self-defence movement known as "bwa kale" emerged in April, according to human rights groups.

The country has had no elected officials at the national level since January, when the terms of the last remaining senators expired, and no date has been set for elections.
""",
country_hint="HT",
figures=[
    fig("fighters", 1000, "Haiti",
        "Kenya has offered to send 1,000 police officers",
        note="Kenyan police pledged"),
    fig("fighters", 10000, "Haiti",
        "The national police has about 10,000 officers",
        note="Haitian National Police"),
    fig("killed", 2900, "Haiti",
        "The United Nations says more than 2,900 people have been killed in gang violence since January",
        note="since January 2023"),
    fig("other", 1100, "Haiti",
        "more than 1,100 kidnapped",
        note="kidnapped since January 2023"),
    fig("displaced", 195000, "Haiti",
        "Some 195,000 people have fled their homes"),
])
# ---------------------------------------------------------------------------
# h20-28 .. h20-36
# ---------------------------------------------------------------------------

report("h20-28", "2021-06-24", "https://www.example-niameymatin.com/securite/2021/06/24/banibangou-village-attack",
"""
Gunmen kill 19 villagers in western Niger's Tillabéri region

NIAMEY, June 24 (Niamey Matin) - Gunmen on motorcycles killed 19 people in a village in the Banibangou commune of Niger's Tillabéri region on Monday afternoon, the interior ministry said in a statement read on state television.

The victims were farmers working in their fields and villagers who had gathered at a well, a local official said. The attackers, riding two and three to a motorcycle, also drove off the villagers' livestock, he said. The ministry said the "criminals" fled towards the border with Mali after the attack and that security forces had been deployed to the area.

A resident reached by telephone said the village had received a warning from armed men a week earlier ordering it to pay a levy on its harvest. "We told the authorities, but no one came," he said. The government declared three days of national mourning on Tuesday.

No group has claimed the attack. Jihadists linked to the Islamic State and to al Qaeda operate in the area, where they have been accused of killing villagers who refuse to pay their levies or who join self-defence groups.

The Tillabéri and Tahoua regions, which border Mali and Burkina Faso, have seen a sharp rise in attacks on civilians this year. More than 420 civilians have been killed in the two regions since January, according to a count by Niamey Matin. In March, more than 130 people were killed in attacks on several villages in the Tahoua region on a single day, the deadliest violence in the country's recent history.

The U.N. refugee agency says more than 180,000 people are displaced in the two regions.
""",
events=[
    ev("Gunmen on motorcycles killed 19 people, farmers in their fields and villagers at a well, in a village in Banibangou commune, and drove off livestock.",
       "2021-06-21", "‘on Monday afternoon’ before the Thursday 2021-06-24 dateline: Monday 2021-06-21",
       "Banibangou commune", "Tillabéri", "NE", "attack_on_civilians", "militants (unidentified)", "civilians",
       19, None, None, None,
       "Gunmen on motorcycles killed 19 people in a village in the Banibangou commune of Niger's Tillabéri region on Monday afternoon, the interior ministry said in a statement read on state television.",
       note="the village is not named; no claim, so militants (unidentified); the March killings near Tahoua are background"),
],
figures=[
    fig("killed", 420, "Tillabéri and Tahoua",
        "More than 420 civilians have been killed in the two regions since January, according to a count by Niamey Matin.",
        note="civilians since January 2021"),
    fig("displaced", 180000, "Tillabéri and Tahoua",
        "The U.N. refugee agency says more than 180,000 people are displaced in the two regions."),
])

report("h20-29", "2022-09-13", "https://www.example-hindukushpost.com/afghanistan/2022/09/13/khenj-clash-mazar-blast-kabul-raid",
"""
Taliban say eight resistance fighters killed in Panjshir; blast near Mazar-i-Sharif mosque kills four

KABUL, September 13 (Hindu Kush Post) - Taliban forces killed eight fighters of the National Resistance Front (NRF) during an operation in Khenj district of Panjshir province on Sunday, a Taliban spokesman for the province said. He said one Taliban fighter was wounded.

The NRF, which is led by Ahmad Massoud, said in a statement that two of its fighters had been killed in the clash and that its men had killed 20 Taliban. Neither account could be verified because the Taliban have restricted access to the valley.

In the northern city of Mazar-i-Sharif, a bomb hidden in a handcart exploded near a Shia mosque shortly after evening prayers on Friday, killing four people and wounding 11, the provincial police spokesman said. The Islamic State's regional affiliate, Islamic State Khorasan, claimed responsibility on its Telegram channels.

Taliban intelligence agents arrested six members of Islamic State Khorasan in a raid on a house in western Kabul on Saturday, including a man accused of organising attacks on the city's Shia Hazara community, a spokesman for the intelligence agency said.

The Taliban took power in August last year as U.S.-led forces completed their withdrawal, and have since faced a low-level insurgency by the NRF in Panjshir and neighbouring Andarab, as well as a campaign of bombings by the Islamic State. The U.N. mission said in July that more than 650 civilians had been killed and 1,300 wounded in attacks since the takeover, most of them claimed by the Islamic State.
""",
events=[
    ev("Taliban forces clashed with NRF fighters in an operation in Khenj district; the Taliban say eight NRF fighters were killed, the NRF says two; one Taliban fighter wounded.",
       "2022-09-11", "‘on Sunday’ before the Tuesday 2022-09-13 dateline: Sunday 2022-09-11",
       "Khenj district", "Panjshir", "AF", "battle", "Taliban", "National Resistance Front",
       2, 8, 1, None,
       "Taliban forces killed eight fighters of the National Resistance Front (NRF) during an operation in Khenj district of Panjshir province on Sunday, a Taliban spokesman for the province said. He said one Taliban fighter was wounded. [...] The NRF, which is led by Ahmad Massoud, said in a statement that two of its fighters had been killed in the clash and that its men had killed 20 Taliban.",
       note="NRF dead: 2 (NRF's own count) vs 8 (Taliban); the NRF's claim of 20 Taliban killed is not used; the Taliban are the state's forces since 2021 but keep their canonical name"),
    ev("A bomb hidden in a handcart exploded near a Shia mosque in Mazar-i-Sharif after evening prayers, killing four and wounding 11; Islamic State Khorasan claimed it.",
       "2022-09-09", "‘on Friday’ before the Tuesday 2022-09-13 dateline: Friday 2022-09-09",
       "Shia mosque, Mazar-i-Sharif", "Balkh", "AF", "explosion", "Islamic State", "civilians",
       4, None, 11, None,
       "In the northern city of Mazar-i-Sharif, a bomb hidden in a handcart exploded near a Shia mosque shortly after evening prayers on Friday, killing four people and wounding 11, the provincial police spokesman said. The Islamic State's regional affiliate, Islamic State Khorasan, claimed responsibility on its Telegram channels."),
    ev("Taliban intelligence agents arrested six Islamic State Khorasan members in a raid on a house in western Kabul.",
       "2022-09-10", "‘on Saturday’ before the Tuesday 2022-09-13 dateline: Saturday 2022-09-10",
       "western Kabul", "Kabul", "AF", "arrest", "Taliban", "Islamic State",
       None, None, None, None,
       "Taliban intelligence agents arrested six members of Islamic State Khorasan in a raid on a house in western Kabul on Saturday",
       arrested=6),
],
figures=[
    fig("killed", 650, "Afghanistan",
        "The U.N. mission said in July that more than 650 civilians had been killed and 1,300 wounded in attacks since the takeover",
        note="civilians since August 2021"),
    fig("wounded", 1300, "Afghanistan",
        "The U.N. mission said in July that more than 650 civilians had been killed and 1,300 wounded in attacks since the takeover",
        note="civilians since August 2021"),
])

report("h20-30", "2023-12-05", "https://www.example-mekongledger.com/myanmar/2023/12/05/displaced-top-2-4-million-un",
"""
Myanmar's displaced top 2.4 million as fighting spreads, U.N. says

BANGKOK, December 5 (Mekong Ledger) - The number of people displaced by conflict in Myanmar has risen above 2.4 million, including nearly 580,000 who have fled their homes since fighting intensified in northern Shan State, Sagaing and Rakhine at the end of October, the U.N. humanitarian office said on Monday.

In its latest update, the office said access to many of the worst-affected areas was blocked by fighting, road closures and restrictions imposed by the military authorities, and that mobile phone and internet services had been cut in dozens of townships.

"Needs are growing faster than we can respond," a U.N. official in Yangon said, asking not to be named because of the sensitivity of the issue. The U.N. is appealing for $870 million for next year, to help 5 million of the 17.8 million people it says need assistance.

The military, which seized power in February 2021, is facing the most serious challenge to its rule since the coup from an alliance of ethnic armed groups in the north and from resistance forces loyal to the shadow National Unity Government in the central dry zone. The military government says it is ready to talk to the armed groups and accuses them of being manipulated by foreign countries.

Neighbouring countries have called for a ceasefire. China, which has large investments in Myanmar, has hosted talks between the military and some of the armed groups, but no agreement has been announced.

A local monitoring group says more than 4,100 civilians have been killed by the security forces since the coup and more than 24,000 people arrested, of whom about 19,000 remain in detention.
""",
country_hint="MM",
figures=[
    fig("displaced", 2400000, "Myanmar",
        "The number of people displaced by conflict in Myanmar has risen above 2.4 million"),
    fig("displaced", 580000, "northern Shan State, Sagaing and Rakhine",
        "including nearly 580,000 who have fled their homes since fighting intensified in northern Shan State, Sagaing and Rakhine at the end of October",
        note="since the end of October 2023"),
    fig("other", 17800000, "Myanmar",
        "to help 5 million of the 17.8 million people it says need assistance",
        note="people in need of assistance"),
    fig("killed", 4100, "Myanmar",
        "A local monitoring group says more than 4,100 civilians have been killed by the security forces since the coup",
        note="civilians since February 2021"),
    fig("arrested", 24000, "Myanmar",
        "more than 24,000 people arrested, of whom about 19,000 remain in detention",
        note="since the coup"),
])

report("h20-31", "2022-06-21", "https://www.example-cabodelgadoobserver.com/news/2022/06/21/ancuabe-raid-chai-clash-chiure",
"""
Islamic State fighters behead three in Ancuabe raid as insurgency spreads south

PEMBA, June 21 (Cabo Delgado Observer) - Insurgents linked to the Islamic State beheaded three men during a raid on a village in the Ancuabe district of Cabo Delgado province on Thursday, residents and a local official said, the latest in a series of attacks that have pushed the conflict south towards the provincial capital, Pemba.

The Islamic State claimed the attack through its Amaq news agency on Saturday and published photographs of burning houses. The official said about 40 houses had been burned and that hundreds of residents had fled to the district headquarters.

On Sunday, insurgents set fire to a health centre and dozens of homes in a village in Chiúre district, a local councillor said. Residents had fled before the attackers arrived, and no one was hurt, she said.

The insurgency, which began in October 2017, has killed more than 4,000 people, according to monitoring groups, and the government says some 790,000 have been displaced. Rwanda deployed about 2,500 soldiers and police last July, and a regional force from the Southern African Development Community followed soon after. Their offensive drove the insurgents from Mocímboa da Praia, the port town they had held for a year, in August last year.
""",
events=[
    ev("IS-linked insurgents raided a village in Ancuabe district, beheading three men and burning about 40 houses; the Islamic State claimed it.",
       "2022-06-16", "‘on Thursday’ before the Tuesday 2022-06-21 dateline: Thursday 2022-06-16",
       "Ancuabe district", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       3, None, None, None,
       "Insurgents linked to the Islamic State beheaded three men during a raid on a village in the Ancuabe district of Cabo Delgado province on Thursday, residents and a local official said [...] The Islamic State claimed the attack through its Amaq news agency on Saturday and published photographs of burning houses.",
       note="the village is not named"),
    ev("Insurgents burned a health centre and dozens of homes in a village in Chiúre district; residents had fled and no one was hurt.",
       "2022-06-19", "‘On Sunday’ before the Tuesday 2022-06-21 dateline: Sunday 2022-06-19",
       "Chiúre district", "Cabo Delgado", "MZ", "other", "Islamic State", "none",
       0, None, 0, None,
       "On Sunday, insurgents set fire to a health centre and dozens of homes in a village in Chiúre district, a local councillor said. Residents had fled before the attackers arrived, and no one was hurt, she said.",
       note="property destruction; the insurgents are the IS-linked group of this report"),
],
figures=[
    fig("killed", 4000, "Cabo Delgado",
        "The insurgency, which began in October 2017, has killed more than 4,000 people, according to monitoring groups",
        note="since October 2017"),
    fig("displaced", 790000, "Cabo Delgado",
        "the government says some 790,000 have been displaced"),
    fig("fighters", 2500, "Cabo Delgado",
        "Rwanda deployed about 2,500 soldiers and police last July",
        note="Rwandan forces"),
])

report("h20-32", "2021-01-19", "https://www.example-southernmindanaostar.com/news/2021/01/19/talipao-firefight-tubaran-ambush",
"""
Three Abu Sayyaf killed in Sulu firefight; two soldiers die in Lanao del Sur ambush

ZAMBOANGA CITY, January 19 (Southern Mindanao Star) - Three Abu Sayyaf militants were killed and two soldiers wounded in a firefight in the hinterlands of Talipao, Sulu, on Sunday, the military's Western Mindanao Command said.

Troops of the 11th Infantry Division were pursuing a group of about 15 militants led by a sub-leader when the firefight erupted, the command said in a statement. The troops recovered the bodies of the three militants and an M14 rifle.

In Lanao del Sur, two soldiers were killed and another was wounded when gunmen of the Islamic State-linked Dawlah Islamiyah ambushed an army patrol in Tubaran on Saturday, the army's 103rd Brigade said.

In Maguindanao, five people were killed on Friday in a clash between two armed groups of the Moro Islamic Liberation Front (MILF) in Datu Saudi Ampatuan over a long-running land dispute, police said. A MILF official said members of a joint ceasefire monitoring team had been sent to the area to keep the two groups apart.

An improvised explosive device went off near an army detachment in Datu Hoffer Ampatuan on Monday morning, but no one was hurt, police said. The army blamed the Bangsamoro Islamic Freedom Fighters (BIFF), which has carried out a string of bomb attacks in the province.

The Abu Sayyaf has been weakened by years of military offensives and surrenders, and the military estimates it now has about 130 members, most of them in Sulu. The group is still holding three Indonesian fishermen kidnapped at sea last year.
""",
events=[
    ev("Troops pursuing about 15 Abu Sayyaf militants in the hinterlands of Talipao killed three of them; two soldiers wounded.",
       "2021-01-17", "‘on Sunday’ before the Tuesday 2021-01-19 dateline: Sunday 2021-01-17",
       "Talipao", "Sulu", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       3, None, 2, None,
       "Three Abu Sayyaf militants were killed and two soldiers wounded in a firefight in the hinterlands of Talipao, Sulu, on Sunday, the military's Western Mindanao Command said. [...] Troops of the 11th Infantry Division were pursuing a group of about 15 militants led by a sub-leader when the firefight erupted",
       note="the troops' pursuit, so the forces are actor1"),
    ev("Dawlah Islamiyah gunmen ambushed an army patrol in Tubaran, killing two soldiers and wounding one.",
       "2021-01-16", "‘on Saturday’ before the Tuesday 2021-01-19 dateline: Saturday 2021-01-16",
       "Tubaran", "Lanao del Sur", "PH", "battle", "Dawlah Islamiyah", "Philippine security forces",
       2, None, 1, None,
       "In Lanao del Sur, two soldiers were killed and another was wounded when gunmen of the Islamic State-linked Dawlah Islamiyah ambushed an army patrol in Tubaran on Saturday, the army's 103rd Brigade said."),
    ev("Two armed MILF groups clashed over a land dispute in Datu Saudi Ampatuan, leaving five dead.",
       "2021-01-15", "‘on Friday’ before the Tuesday 2021-01-19 dateline: Friday 2021-01-15",
       "Datu Saudi Ampatuan", "Maguindanao", "PH", "battle", "MILF", "MILF",
       5, None, None, None,
       "In Maguindanao, five people were killed on Friday in a clash between two armed groups of the Moro Islamic Liberation Front (MILF) in Datu Saudi Ampatuan over a long-running land dispute, police said.",
       note="a feud between two MILF groups"),
    ev("An IED exploded near an army detachment in Datu Hoffer Ampatuan; no one was hurt; the army blamed the BIFF.",
       "2021-01-18", "‘on Monday morning’ before the Tuesday 2021-01-19 dateline: Monday 2021-01-18",
       "Datu Hoffer Ampatuan", "Maguindanao", "PH", "explosion", "Bangsamoro Islamic Freedom Fighters", "Philippine security forces",
       0, None, 0, None,
       "An improvised explosive device went off near an army detachment in Datu Hoffer Ampatuan on Monday morning, but no one was hurt, police said. The army blamed the Bangsamoro Islamic Freedom Fighters (BIFF)",
       note="blamed by the army, not denied"),
],
figures=[
    fig("fighters", 130, "Sulu",
        "the military estimates it now has about 130 members, most of them in Sulu",
        note="Abu Sayyaf"),
])

report("h20-33", "2024-04-18", "https://www.example-sahelstandard.com/mali/2024/04/18/abeibara-drone-strike-lere-ambush",
"""
Drone strike kills eight near Abeïbara, rebels say; army reports six soldiers killed in ambush near Léré

BAMAKO, April 18 (Sahel Standard) - A drone strike hit a group of people gathered at a water point near Abeïbara, in Mali's northern Kidal region, on Monday, killing eight civilians, among them three children, said the Permanent Strategic Framework (CSP), the Tuareg-led rebel alliance that holds parts of the area.

The Malian army said in a statement on Tuesday that it had carried out "a precision strike" in the area against "a terrorist group" and that several terrorists had been neutralised. It did not mention civilian casualties. Malian forces, backed by Russian paramilitaries, took Kidal town from the rebels in November and have since carried out frequent drone strikes in the region.

On Sunday, fighters of the al Qaeda-affiliated JNIM ambushed a convoy of Malian soldiers and Russian paramilitaries near Léré, in the Timbuktu region, the army said. Six soldiers were killed and 12 assailants neutralised, it said. JNIM said it had killed 30 soldiers and Russian fighters and seized two armoured vehicles.

Mali's military government, which took power in 2020 and 2021 coups, expelled French troops in 2022 and U.N. peacekeepers last year. An estimated 1,000 to 1,500 Russian paramilitaries are deployed in the country. The U.N. says about 350,000 Malians are internally displaced.
""",
events=[
    ev("A drone strike hit people at a water point near Abeïbara; the CSP says eight civilians including three children were killed, the army says it 'neutralised' terrorists.",
       "2024-04-15", "‘on Monday’ before the Thursday 2024-04-18 dateline: Monday 2024-04-15",
       "water point near Abeïbara", "Kidal", "ML", "explosion", "Malian security forces", "civilians",
       8, None, None, None,
       "A drone strike hit a group of people gathered at a water point near Abeïbara, in Mali's northern Kidal region, on Monday, killing eight civilians, among them three children, said the Permanent Strategic Framework (CSP), the Tuareg-led rebel alliance that holds parts of the area. [...] The Malian army said in a statement on Tuesday that it had carried out \"a precision strike\" in the area against \"a terrorist group\" and that several terrorists had been neutralised.",
       note="the army admits the strike and disputes the victims; victims as reported by the CSP"),
    ev("JNIM fighters ambushed a convoy of Malian soldiers and Russian paramilitaries near Léré; the army says six soldiers and 12 assailants were killed.",
       "2024-04-14", "‘On Sunday’ before the Thursday 2024-04-18 dateline: Sunday 2024-04-14",
       "Léré", "Timbuktu", "ML", "battle", "JNIM", "Malian security forces",
       18, None, None, None,
       "On Sunday, fighters of the al Qaeda-affiliated JNIM ambushed a convoy of Malian soldiers and Russian paramilitaries near Léré, in the Timbuktu region, the army said. Six soldiers were killed and 12 assailants neutralised, it said. JNIM said it had killed 30 soldiers and Russian fighters",
       note="18 = 6 soldiers + 12 assailants (army count); JNIM's claim of 30 is not used; the Russian paramilitaries fight on the state's side"),
],
figures=[
    fig("fighters", 1000, "Mali",
        "An estimated 1,000 to 1,500 Russian paramilitaries are deployed in the country.",
        note="Russian paramilitaries, estimated 1,000 to 1,500"),
    fig("displaced", 350000, "Mali",
        "The U.N. says about 350,000 Malians are internally displaced."),
])

report("h20-34", "2022-05-10", "https://www.example-easternmirror.com/news/2022/05/10/ihiala-police-attack-orsu-camp-raid",
"""
Gunmen kill two policemen, burn Ihiala station; army says four separatist fighters killed in Imo

ONITSHA, May 10 (Eastern Mirror) - Gunmen attacked a police divisional headquarters in Ihiala, Anambra State, late on Sunday, killing two officers and setting fire to the building and several vehicles, the state police command said.

The police spokesman blamed the proscribed Indigenous People of Biafra (IPOB) and its armed wing, the Eastern Security Network (ESN). A spokesman for IPOB denied that the group had any hand in the attack, saying in a statement that "enemies of Biafra" were trying to tarnish its image.

The police said on Monday that seven suspected IPOB members had been arrested in connection with the attack and that efforts were ongoing to arrest the others.

In neighbouring Imo State, soldiers raided an ESN camp in a forest in the Orsu local government area on Saturday, killing four fighters and recovering three pump-action guns, an army spokesman said. "The troops neutralised four of the criminals while others fled with gunshot wounds," he said.

On Friday, gunmen stormed the palace of a traditional ruler in Orlu, Imo State, and shot him dead, a community leader said. The police said they were investigating and did not say who they suspected.

More than 130 police officers have been killed in the southeast since January 2021, and over 50 police stations and other government buildings have been attacked or burned, according to a tally by the Eastern Mirror. Markets and schools in many towns in the region stay shut on Mondays under a sit-at-home order that IPOB declared last year and later withdrew, but which gunmen continue to enforce.
""",
events=[
    ev("Gunmen attacked the police divisional headquarters in Ihiala, killing two officers and burning the building and vehicles; police blamed IPOB/ESN, which denied it.",
       "2022-05-08", "‘late on Sunday’ before the Tuesday 2022-05-10 dateline: Sunday 2022-05-08",
       "Ihiala police divisional headquarters", "Anambra", "NG", "battle", "unknown", "Nigerian security forces",
       2, None, None, None,
       "Gunmen attacked a police divisional headquarters in Ihiala, Anambra State, late on Sunday, killing two officers and setting fire to the building and several vehicles, the state police command said. [...] The police spokesman blamed the proscribed Indigenous People of Biafra (IPOB) and its armed wing, the Eastern Security Network (ESN). A spokesman for IPOB denied that the group had any hand in the attack",
       note="blame and denial: actor1 unknown"),
    ev("Police arrested seven suspected IPOB members over the Ihiala attack.",
       None, "the police ‘said on Monday’ that suspects ‘had been arrested’; the day of the arrests is not stated",
       "Ihiala", "Anambra", "NG", "arrest", "Nigerian security forces", "IPOB",
       None, None, None, None,
       "The police said on Monday that seven suspected IPOB members had been arrested in connection with the attack and that efforts were ongoing to arrest the others.",
       arrested=7),
    ev("Soldiers raided an ESN camp in a forest in Orsu, killing four fighters; others fled wounded.",
       "2022-05-07", "‘on Saturday’ before the Tuesday 2022-05-10 dateline: Saturday 2022-05-07",
       "Orsu", "Imo", "NG", "battle", "Nigerian security forces", "IPOB",
       4, None, None, None,
       "In neighbouring Imo State, soldiers raided an ESN camp in a forest in the Orsu local government area on Saturday, killing four fighters and recovering three pump-action guns, an army spokesman said. \"The troops neutralised four of the criminals while others fled with gunshot wounds,\" he said.",
       note="ESN is IPOB's armed wing; 'others fled with gunshot wounds' gives no wounded count"),
    ev("Gunmen stormed a traditional ruler's palace in Orlu and shot him dead.",
       "2022-05-06", "‘On Friday’ before the Tuesday 2022-05-10 dateline: Friday 2022-05-06",
       "Orlu", "Imo", "NG", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Friday, gunmen stormed the palace of a traditional ruler in Orlu, Imo State, and shot him dead, a community leader said.",
       note="assassination of a traditional ruler; no suspect named"),
],
figures=[
    fig("killed", 130, "southeast Nigeria",
        "More than 130 police officers have been killed in the southeast since January 2021",
        note="police officers since January 2021"),
    fig("other", 50, "southeast Nigeria",
        "over 50 police stations and other government buildings have been attacked or burned",
        note="facilities attacked since January 2021"),
])

report("h20-35", "2024-02-14", "https://www.example-urabajournal.com/choco/2024/02/14/noanama-clashes-caucasia-checkpoint",
"""
Thousands confined in Chocó as Clan del Golfo and ELN fight; police officer killed near Caucasia

QUIBDÓ, February 14 (Urabá Journal) - More than 3,000 people from Afro-Colombian and indigenous communities along the San Juan river in the department of Chocó have been confined to their villages since fighting broke out on Friday between the Clan del Golfo and the ELN guerrilla group, the Ombudsman's office said on Tuesday.

Residents said the fighting near Noanamá, in the municipality of Medio San Juan, lasted most of the day and that the bodies of two fighters were later seen floating in the river. Neither group has commented. Boats have stopped running on the river, and schools have closed.

In the neighbouring department of Antioquia, a police officer was killed and another wounded when gunmen opened fire on a police checkpoint on the road into Caucasia on Sunday night, the regional police commander said. He blamed the Clan del Golfo, which calls itself the Gaitanist Self-Defence Forces of Colombia (EGC) and has in the past offered its members bounties for killing police officers.

Three young men were found shot dead on a rural road in Tarazá on Monday morning, the municipal government said. Residents told local radio they had heard shots during the night. It was the fourth massacre recorded in Antioquia this year, according to a local human rights group.

The Clan del Golfo, which the security forces estimate has about 7,500 members, has pushed into areas of Chocó long dominated by the ELN, which is in peace talks with the government and has observed a ceasefire with the security forces since August.
""",
events=[
    ev("Clan del Golfo and ELN fighters clashed near Noanamá, Medio San Juan, for most of the day; two fighters' bodies were seen in the river and more than 3,000 people were confined.",
       "2024-02-09", "fighting ‘broke out on Friday’ before the Wednesday 2024-02-14 dateline: Friday 2024-02-09",
       "Noanamá, Medio San Juan", "Chocó", "CO", "battle", "Clan del Golfo", "ELN",
       2, None, None, None,
       "More than 3,000 people from Afro-Colombian and indigenous communities along the San Juan river in the department of Chocó have been confined to their villages since fighting broke out on Friday between the Clan del Golfo and the ELN guerrilla group, the Ombudsman's office said on Tuesday. [...] Residents said the fighting near Noanamá, in the municipality of Medio San Juan, lasted most of the day and that the bodies of two fighters were later seen floating in the river.",
       note="who attacked is not said; the order of the two groups is arbitrary"),
    ev("Gunmen fired on a police checkpoint on the road into Caucasia, killing one officer and wounding another; police blamed the Clan del Golfo.",
       "2024-02-11", "‘on Sunday night’ before the Wednesday 2024-02-14 dateline: Sunday 2024-02-11",
       "Caucasia", "Antioquia", "CO", "battle", "Clan del Golfo", "Colombian security forces",
       1, None, 1, None,
       "In the neighbouring department of Antioquia, a police officer was killed and another wounded when gunmen opened fire on a police checkpoint on the road into Caucasia on Sunday night, the regional police commander said. He blamed the Clan del Golfo",
       note="blamed by the police, not denied"),
    ev("Three young men were found shot dead on a rural road in Tarazá after shots were heard in the night.",
       "2024-02-11", "shots heard ‘during the night’ before the bodies were found ‘on Monday morning’: overnight, first night, Sunday 2024-02-11",
       "Tarazá", "Antioquia", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "Three young men were found shot dead on a rural road in Tarazá on Monday morning, the municipal government said. Residents told local radio they had heard shots during the night.",
       note="a massacre; no perpetrator named"),
],
figures=[
    fig("civilians_trapped", 3000, "San Juan river, Chocó",
        "More than 3,000 people from Afro-Colombian and indigenous communities along the San Juan river in the department of Chocó have been confined to their villages",
        note="confined since Friday"),
    fig("other", 4, "Antioquia",
        "It was the fourth massacre recorded in Antioquia this year",
        note="massacres in 2024"),
    fig("fighters", 7500, "Colombia",
        "The Clan del Golfo, which the security forces estimate has about 7,500 members",
        note="Clan del Golfo"),
])

report("h20-36", "2024-01-29", "https://www.example-fasomatin.com/securite/2024/01/29/mansila-return-bourzanga-convoy",
"""
Burkina army says it is back in Mansila; convoy ambushed near Bourzanga

OUAGADOUGOU, January 29 (Faso Matin) - Burkinabe troops and volunteer auxiliaries have re-entered the town of Mansila, in Yagha province near the border with Niger, which the army abandoned last year under pressure from jihadist groups, the army said on Sunday.

A column of soldiers and Volunteers for the Defence of the Homeland (VDP) reached the town on Friday without meeting resistance and has begun to rebuild the military post, the army said in a statement read on national television. Residents who fled to Sebba are expected to return in the coming weeks, it said.

On Wednesday, jihadists attacked a convoy of trucks carrying food and fuel under military escort near Bourzanga, in the Centre-Nord region. The army has not commented on the attack, but two security sources told Faso Matin that at least 15 soldiers and volunteers were killed and several trucks set on fire. The fate of several drivers was not known.

Gendarmes arrested five men in Kaya on Saturday on suspicion of supplying fuel to armed groups, a security source said. The men were transferred to Ouagadougou for questioning.

In a separate statement, the army said its air force had "neutralised several dozen terrorists" in strikes in the Boucle du Mouhoun region "in recent days", without giving locations.

The military government, in power since a coup in September 2022, has recruited tens of thousands of VDP auxiliaries. More than 2 million people are displaced inside the country, and a monitoring group counted more than 7,800 deaths linked to the conflict last year.
""",
events=[
    ev("Soldiers and VDP volunteers re-entered Mansila, abandoned by the army the previous year, without meeting resistance, and began rebuilding the military post.",
       "2024-01-26", "the column ‘reached the town on Friday’ before the Monday 2024-01-29 dateline: Friday 2024-01-26",
       "Mansila", "Sahel", "BF", "territory_gain", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "Burkinabe troops and volunteer auxiliaries have re-entered the town of Mansila, in Yagha province near the border with Niger, which the army abandoned last year under pressure from jihadist groups, the army said on Sunday. [...] A column of soldiers and Volunteers for the Defence of the Homeland (VDP) reached the town on Friday without meeting resistance",
       note="government regains territory; no resistance met, but no toll is stated"),
    ev("Jihadists attacked an escorted convoy of food and fuel trucks near Bourzanga; security sources say at least 15 soldiers and volunteers were killed.",
       "2024-01-24", "‘On Wednesday’ before the Monday 2024-01-29 dateline: Wednesday 2024-01-24",
       "Bourzanga", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       15, None, None, None,
       "On Wednesday, jihadists attacked a convoy of trucks carrying food and fuel under military escort near Bourzanga, in the Centre-Nord region. The army has not commented on the attack, but two security sources told Faso Matin that at least 15 soldiers and volunteers were killed and several trucks set on fire.",
       note="no group named"),
    ev("Gendarmes arrested five men in Kaya suspected of supplying fuel to armed groups.",
       "2024-01-27", "‘on Saturday’ before the Monday 2024-01-29 dateline: Saturday 2024-01-27",
       "Kaya", "Centre-Nord", "BF", "arrest", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "Gendarmes arrested five men in Kaya on Saturday on suspicion of supplying fuel to armed groups, a security source said.",
       note="suspected suppliers of armed groups", arrested=5),
    ev("Air force strikes 'in recent days' in the Boucle du Mouhoun region 'neutralised several dozen terrorists', the army said, without locations.",
       None, "‘in recent days’; no day given",
       "Boucle du Mouhoun", "Boucle du Mouhoun", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "In a separate statement, the army said its air force had \"neutralised several dozen terrorists\" in strikes in the Boucle du Mouhoun region \"in recent days\", without giving locations.",
       note="an aggregate of strikes with no place or day", optional=True),
],
figures=[
    fig("displaced", 2000000, "Burkina Faso",
        "More than 2 million people are displaced inside the country"),
    fig("killed", 7800, "Burkina Faso",
        "a monitoring group counted more than 7,800 deaths linked to the conflict last year",
        note="conflict deaths in 2023"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
PREFIX = "h20"
N_REPORTS = 36
N_EMPTY = 6
YEARS = (2015, 2024)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"NG", "CM", "ML", "BF", "NE", "SO", "MZ", "AF", "MM", "PH", "CO", "MX", "HT"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Borno": "NG", "Zamfara": "NG", "Katsina": "NG", "Kaduna": "NG", "Anambra": "NG", "Imo": "NG",
    "Far North": "CM", "North-West": "CM",
    "Mopti": "ML", "Ségou": "ML", "Kidal": "ML", "Timbuktu": "ML",
    "Centre-Nord": "BF", "Sahel": "BF", "Nord": "BF", "Est": "BF", "Boucle du Mouhoun": "BF",
    "Diffa": "NE", "Tillabéri": "NE",
    "Banaadir": "SO", "Hiraan": "SO", "Lower Juba": "SO",
    "Cabo Delgado": "MZ",
    "Kunduz": "AF", "Helmand": "AF", "Kabul": "AF", "Faryab": "AF", "Nangarhar": "AF", "Panjshir": "AF",
    "Balkh": "AF",
    "Rakhine": "MM", "Sagaing": "MM", "Magway": "MM",
    "Lanao del Sur": "PH", "Basilan": "PH", "Maguindanao": "PH", "Northern Samar": "PH",
    "Negros Oriental": "PH", "Sulu": "PH",
    "Cauca": "CO", "Chocó": "CO", "Antioquia": "CO",
    "Guerrero": "MX", "Guanajuato": "MX", "Sinaloa": "MX",
    "Ouest": "HT",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country-adjective> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Boko Haram", "Nigerian security forces", "IPOB",
    "Cameroonian security forces", "Ambazonian separatists",
    "Malian security forces", "JNIM",
    "Burkinabe security forces",
    "Nigerien security forces", "Chadian security forces", "Islamic State",
    "al-Shabaab", "Somali security forces", "US forces",
    "Ahlu Sunnah Wal Jamaa",
    "Taliban", "Afghan security forces", "National Resistance Front",
    "Myanmar military", "Myanmar police", "Myanmar security forces", "Arakan Army", "People's Defence Force",
    "Philippine security forces", "Maute group", "Abu Sayyaf", "Bangsamoro Islamic Freedom Fighters",
    "New People's Army", "Dawlah Islamiyah", "MILF",
    "Colombian security forces", "FARC dissidents", "ELN", "Clan del Golfo",
    "Mexican security forces", "Los Chapitos", "La Mayiza",
    "Haitian security forces", "G9", "G-Pèp", "400 Mawozo",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# "CITY, Month D (Outlet) - " or, with a province, "CITY, Province, Month D (Outlet) - "
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý],(?: [A-Z][A-Za-z ]+,)? [A-Z][a-z]+ \d")
DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý]),(?: [A-Z][A-Za-z ]+,)? (%s) (\d{1,2}) \(([^()]+)\) - \S"
                      % "|".join(MONTHS))
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
MIN_WORDS, MAX_WORDS = 150, 450
MAX_EVENTS = 5
MAX_AGE_DAYS = 45

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


def check_date_note(where, note, text, date):
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
    # the resolved date must be the one the note arrives at
    if date is not None:
        dates = re.findall(r"\d{4}-\d{2}-\d{2}", outside)
        if not dates or dates[-1] != date:
            err(where, f"date_note does not end its reasoning on the event date {date}")


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 8]


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    seen_sentences = {}
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "%s-%02d" % (PREFIX, i + 1):
            err(rid, f"id out of order, expected {PREFIX}-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(YEARS[0], 1, 1) <= pub <= datetime.date(YEARS[1], 12, 31)):
            err(rid, f"published {pub} outside {YEARS[0]}-{YEARS[1]}")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        if pub.isoformat().replace("-", "/") not in r["url"]:
            err(rid, "url does not carry the publication date")
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        words = len(text.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err(rid, f"{words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]):
            err(rid, "first line must be a headline")
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
        # every sentence written anew: no sentence of 8+ words is used in two reports
        for s in sentences(text):
            if s in seen_sentences and seen_sentences[s] != rid:
                err(rid, f"sentence also in {seen_sentences[s]}: {s[:60]!r}")
            seen_sentences.setdefault(s, rid)
        if len(r["events"]) > MAX_EVENTS:
            err(rid, f"{len(r['events'])} events, at most {MAX_EVENTS}")
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
            for k in ("actor1", "actor2"):
                if e.get(k) not in ACTORS:
                    err(w, f"{k} {e.get(k)!r} not in the actor list")
            if e.get("actor1") in ("none", "protesters") and e.get("type") != "other":
                err(w, f"actor1 {e['actor1']!r} only on 'other' events")
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            if e.get("admin") not in ADMINS:
                err(w, f"admin {e.get('admin')!r} not a known first-level region of this set")
            elif ADMINS[e["admin"]] != e.get("country"):
                err(w, f"admin {e['admin']!r} is in {ADMINS[e['admin']]}, not {e.get('country')}")
            if e.get("type") not in TYPES:
                err(w, f"type {e.get('type')!r} not valid")
            if e["date"] is not None:
                d = parse_date(e["date"])
                if d is None:
                    err(w, f"bad date {e['date']!r}")
                elif d > pub:
                    err(w, f"date {d} after publication {pub}")
                elif (pub - d).days > MAX_AGE_DAYS:
                    err(w, f"date {d} more than {MAX_AGE_DAYS} days before publication: background, not an incident?")
            check_date_note(w, e.get("date_note"), text, e["date"] if parse_date(e["date"]) else None)
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
            elif e.get("type") == "arrest":
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            if not isinstance(e.get("summary"), str) or not e["summary"].strip():
                err(w, "empty summary")
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
            if not isinstance(f.get("place"), str) or not f["place"].strip():
                err(w, "figure place must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if any(n > 1 for n in hinted.values()):
        err("set", f"reports without events should come from different countries: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")


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
    words = [len(r["text"].split()) for r in REPORTS]
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
    print("by country (reports / events / optional / with killed / with wounded):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)}"
              f" / {sum(e['killed'] is not None for e in sel)} / {sum(e['wounded'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
