#!/usr/bin/env python3
"""probe-blind25: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: East Africa, the Horn and the Great Lakes, 2012-2024 (Somalia, Ethiopia, Sudan, South
Sudan, DR Congo, Kenya, Uganda, Burundi), as wire copy, local radio websites, UN and NGO
statements and army spokesmen tell it: suicide and car bombs, mortars on compounds, air and
drone strikes whose victims are disputed, massacres with tolls revised upwards, towns taken and
retaken, clashes between militias, cattle raids, abductions, protests, arrests, claims and denials.

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
# b25-01 .. b25-09
# ---------------------------------------------------------------------------

report("b25-01", "2019-09-12", "https://www.example-horndispatch.com/somalia/2019/09/12/mogadishu-checkpoint-bomb-toll-rises",
"""
Mogadishu checkpoint bombing toll rises to nine; mortars land near airport compound

MOGADISHU, September 12 (Horn Dispatch) - The death toll from Tuesday's suicide car bombing at a security checkpoint on Mogadishu's Maka al-Mukarama road has risen to nine, after two of the wounded died in hospital overnight, a police official said on Thursday.

Police had initially put the toll at seven, four of them soldiers of the presidential guard, after the driver of a minibus packed with explosives rammed the checkpoint at the Dabka junction shortly after 9 a.m. The director of Medina hospital said 14 other wounded people were still being treated, three of them in intensive care.

Al-Shabaab said in a statement read on its Andalus radio that the attack had killed 20 "apostate soldiers". The group often inflates the tolls of its attacks.

Hours after the blast, at least four mortar shells were fired towards the Halane compound near the airport, which houses United Nations agencies, several embassies and the headquarters of the African Union mission, AMISOM. One shell landed near the perimeter wall and another in an open field. There were no casualties, an AMISOM spokesman said. Nobody said who fired the shells.

The National Intelligence and Security Agency (NISA) said its officers arrested six men in night raids in the Hodan and Heliwa districts on Wednesday and seized a car fitted with explosives and two suicide vests. A NISA statement said the men belonged to the cell that planned the checkpoint attack.

In Lower Shabelle, al-Shabaab fighters stormed a Somali army base at Sabiid, about 50 km west of the capital, before dawn on Wednesday. An army officer at the base said by telephone that the attackers were pushed back after an hour of fighting, leaving eight of their fighters dead. Three soldiers were also killed, he said.

Al-Shabaab was driven out of Mogadishu in 2011 but still controls large parts of rural southern and central Somalia. AMISOM has about 21,000 troops in the country, and its mandate runs until next May.
""",
events=[
    ev("A suicide bomber drove an explosives-laden minibus into a checkpoint at the Dabka junction on Maka al-Mukarama road, Mogadishu; the toll rose from seven to nine as two wounded died, and 14 others were wounded; al-Shabaab claimed it.",
       "2019-09-10", "‘Tuesday's suicide car bombing’ before the Thursday 2019-09-12 dateline: Tuesday 2019-09-10",
       "Dabka junction, Maka al-Mukarama road", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       9, None, 14, None,
       "The death toll from Tuesday's suicide car bombing at a security checkpoint on Mogadishu's Maka al-Mukarama road has risen to nine, after two of the wounded died in hospital overnight, a police official said on Thursday. [...] Police had initially put the toll at seven, four of them soldiers of the presidential guard, after the driver of a minibus packed with explosives rammed the checkpoint at the Dabka junction shortly after 9 a.m. The director of Medina hospital said 14 other wounded people were still being treated, three of them in intensive care. [...] Al-Shabaab said in a statement read on its Andalus radio that the attack had killed 20 \"apostate soldiers\".",
       note="toll revised 7 -> 9 after two of the wounded died (not a conflict); al-Shabaab's claim of 20 is not used"),
    ev("At least four mortar shells were fired towards the Halane compound near Mogadishu airport; no casualties; nobody named as having fired them.",
       "2019-09-10", "‘Hours after the blast’ of ‘Tuesday's suicide car bombing’: Tuesday 2019-09-10",
       "Halane compound", "Banaadir", "SO", "explosion", "unknown", "AMISOM",
       0, None, 0, None,
       "Hours after the blast, at least four mortar shells were fired towards the Halane compound near the airport, which houses United Nations agencies, several embassies and the headquarters of the African Union mission, AMISOM. One shell landed near the perimeter wall and another in an open field. There were no casualties, an AMISOM spokesman said. Nobody said who fired the shells.",
       note="'no casualties' gives 0 killed and 0 wounded"),
    ev("NISA officers arrested six men in night raids in Hodan and Heliwa districts of Mogadishu and seized a car bomb and two suicide vests.",
       "2019-09-11", "night raids ‘on Wednesday’ before the Thursday 2019-09-12 dateline: Wednesday 2019-09-11",
       "Hodan and Heliwa districts", "Banaadir", "SO", "arrest", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "The National Intelligence and Security Agency (NISA) said its officers arrested six men in night raids in the Hodan and Heliwa districts on Wednesday and seized a car fitted with explosives and two suicide vests. A NISA statement said the men belonged to the cell that planned the checkpoint attack.",
       note="two districts sharing one count: one event", arrested=6),
    ev("Al-Shabaab fighters stormed a Somali army base at Sabiid before dawn and were pushed back after an hour; eight attackers and three soldiers killed.",
       "2019-09-11", "‘before dawn on Wednesday’ before the Thursday 2019-09-12 dateline: Wednesday 2019-09-11",
       "Sabiid", "Lower Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
       11, None, None, None,
       "In Lower Shabelle, al-Shabaab fighters stormed a Somali army base at Sabiid, about 50 km west of the capital, before dawn on Wednesday. An army officer at the base said by telephone that the attackers were pushed back after an hour of fighting, leaving eight of their fighters dead. Three soldiers were also killed, he said.",
       note="11 = 8 militants + 3 soldiers, by the army officer's count"),
],
figures=[
    fig("fighters", 21000, "Somalia",
        "AMISOM has about 21,000 troops in the country",
        note="African Union troops"),
])

report("b25-02", "2021-10-22", "https://www.example-eastlinewire.com/ethiopia/2021/10/22/mekelle-air-strikes-wuchale",
"""
Ethiopian jets strike Mekelle again; Tigrayan forces claim town north of Dessie

NAIROBI, October 22 (Eastline Wire) - Ethiopia's air force struck the Tigrayan capital Mekelle again on Thursday, the third day of air raids on the city this week, a government spokesman and Tigrayan officials said.

The government said the jets had hit a workshop on the city's western outskirts that the Tigray People's Liberation Front (TPLF) used to repair heavy weapons. A spokesman for the Tigrayan forces said the bombs fell near a residential area and a cement factory, killing two civilians and wounding 11. The claims could not be verified independently, because telephone and internet links to Tigray have been cut since June.

Monday's raid hit the Kebele 14 neighbourhood in the centre of the city. A doctor at Ayder Referral Hospital said three children from one family were killed and at least nine people wounded. The government at first said it had not bombed the city at all, then said hours later that it had struck a "TPLF communications centre".

Further south, in the Amhara region, the Tigray Defence Forces (TDF) said on Wednesday that they had taken control of the town of Wuchale, north of Dessie, after two days of fighting with federal troops and Amhara militias. A regional government spokesman denied that the town had fallen. "Our forces are fighting on its outskirts," he said.

The war began in November last year, when Prime Minister Abiy Ahmed sent troops into Tigray after accusing the TPLF of attacking federal army bases. Tigrayan forces retook most of the region in June and pushed into the neighbouring Amhara and Afar regions in July.

The United Nations says about 400,000 people in Tigray are living in famine-like conditions, and that more than two million people have been forced from their homes across northern Ethiopia. No aid convoy has reached Mekelle by road since October 18, the World Food Programme said.
""",
events=[
    ev("Ethiopian jets struck Mekelle's western outskirts; the government said it hit a TPLF heavy-weapons workshop, the Tigrayan forces said two civilians were killed and 11 wounded near homes and a cement factory.",
       "2021-10-21", "‘on Thursday’ before the Friday 2021-10-22 dateline: Thursday 2021-10-21",
       "western outskirts of Mekelle", "Tigray", "ET", "explosion", "Ethiopian security forces", "civilians",
       2, None, 11, None,
       "Ethiopia's air force struck the Tigrayan capital Mekelle again on Thursday, the third day of air raids on the city this week, a government spokesman and Tigrayan officials said. [...] The government said the jets had hit a workshop on the city's western outskirts that the Tigray People's Liberation Front (TPLF) used to repair heavy weapons. A spokesman for the Tigrayan forces said the bombs fell near a residential area and a cement factory, killing two civilians and wounding 11.",
       note="the strike is admitted; the victims are as the Tigrayan side reports them (the target side's count, not a claim of enemy dead)"),
    ev("An air raid hit the Kebele 14 neighbourhood of central Mekelle, killing three children of one family and wounding at least nine; the government first denied, then said it hit a TPLF communications centre.",
       "2021-10-18", "‘Monday's raid’ before the Friday 2021-10-22 dateline: Monday 2021-10-18",
       "Kebele 14", "Tigray", "ET", "explosion", "Ethiopian security forces", "civilians",
       3, None, 9, None,
       "Monday's raid hit the Kebele 14 neighbourhood in the centre of the city. A doctor at Ayder Referral Hospital said three children from one family were killed and at least nine people wounded. The government at first said it had not bombed the city at all, then said hours later that it had struck a \"TPLF communications centre\".",
       note="the government's first denial was withdrawn the same day, so the strike is attributed"),
    ev("Tigray Defence Forces fought federal troops and Amhara militias for two days around Wuchale, north of Dessie, and said they had taken the town; the regional government denied it had fallen.",
       None, "TDF ‘said on Wednesday’ after ‘two days of fighting’; the days of the fighting are not given",
       "Wuchale", "Amhara", "ET", "battle", "Tigray Defence Forces", "Ethiopian security forces",
       None, None, None, None,
       "Further south, in the Amhara region, the Tigray Defence Forces (TDF) said on Wednesday that they had taken control of the town of Wuchale, north of Dessie, after two days of fighting with federal troops and Amhara militias. A regional government spokesman denied that the town had fallen. \"Our forces are fighting on its outskirts,\" he said.",
       note="capture claimed by the TDF and denied by the regional government, so coded as a battle, not a territory gain; Amhara militias fought with the federal troops"),
],
figures=[
    fig("other", 400000, "Tigray",
        "The United Nations says about 400,000 people in Tigray are living in famine-like conditions",
        note="people in famine-like conditions"),
    fig("displaced", 2000000, "northern Ethiopia",
        "more than two million people have been forced from their homes across northern Ethiopia"),
])

report("b25-03", "2020-02-04", "https://www.example-semlikivoice.com/beni/2020/02/04/mamove-massacre-toll-17",
"""
Mamove massacre: toll rises to 17 as search teams find more bodies

BENI, North Kivu, February 4 (Semliki Voice) - Seventeen bodies have now been recovered in and around Mamove, a farming village in Beni territory attacked on Saturday night, civil society leaders said on Tuesday.

The army gave a first toll of ten dead on Sunday morning. Search teams of the Red Cross and local youths found seven more bodies in the fields around the village on Monday, among them two women and a child, the village chief said. Several houses were burned and at least three people are still missing.

Witnesses said the attackers came at about 8 p.m., some in uniform, and killed their victims with machetes and knives. The army's regional spokesman blamed the Allied Democratic Forces (ADF), a rebel group of Ugandan origin that has been active in the forests of Beni for more than two decades.

The spokesman said troops of the Sokola 1 operation pursued the attackers and caught up with a group of them near Mayimoya on Sunday afternoon. Four rebels were killed and a soldier was wounded in the exchange of fire, he said.

In Oicha, the territory's main town, angry residents put up barricades of logs and burning tyres on the main road on Monday to protest against what they called the army's failure to protect them. Police fired tear gas and shots in the air to clear the road. A young man was hit by a bullet and died later at Oicha general hospital. The police commander said the shot had not been fired by his officers.

The army launched large-scale operations against the ADF at the end of October. Since then, the rebels have killed more than 300 civilians in Beni territory, according to a local rights group. The UN mission MONUSCO has about 16,000 troops in the country.
""",
events=[
    ev("Attackers with machetes and knives killed villagers in Mamove, Beni territory; the army's first toll of ten rose to 17 as more bodies were found; the army blamed the ADF.",
       "2020-02-01", "‘attacked on Saturday night’ before the Tuesday 2020-02-04 dateline: Saturday 2020-02-01",
       "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       17, None, None, None,
       "Seventeen bodies have now been recovered in and around Mamove, a farming village in Beni territory attacked on Saturday night, civil society leaders said on Tuesday. [...] The army gave a first toll of ten dead on Sunday morning. Search teams of the Red Cross and local youths found seven more bodies in the fields around the village on Monday, among them two women and a child, the village chief said. [...] The army's regional spokesman blamed the Allied Democratic Forces (ADF)",
       note="toll revised 10 -> 17 as bodies were found (not a conflict); blamed by the army, not denied"),
    ev("Sokola 1 troops pursuing the attackers clashed with them near Mayimoya; four ADF rebels killed and one soldier wounded.",
       "2020-02-02", "‘on Sunday afternoon’ before the Tuesday 2020-02-04 dateline: Sunday 2020-02-02",
       "Mayimoya", "North Kivu", "CD", "battle", "Congolese security forces", "ADF",
       4, None, 1, None,
       "The spokesman said troops of the Sokola 1 operation pursued the attackers and caught up with a group of them near Mayimoya on Sunday afternoon. Four rebels were killed and a soldier was wounded in the exchange of fire, he said."),
    ev("Residents of Oicha barricaded the main road with logs and burning tyres to protest insecurity; police fired tear gas and shots, and a young man hit by a bullet died later.",
       "2020-02-03", "‘on Monday’ before the Tuesday 2020-02-04 dateline: Monday 2020-02-03",
       "Oicha", "North Kivu", "CD", "other", "rioters", "Congolese security forces",
       1, None, None, None,
       "In Oicha, the territory's main town, angry residents put up barricades of logs and burning tyres on the main road on Monday to protest against what they called the army's failure to protect them. Police fired tear gas and shots in the air to clear the road. A young man was hit by a bullet and died later at Oicha general hospital.",
       note="violent demonstration met by the police; the police deny firing the fatal shot"),
],
figures=[
    fig("killed", 300, "Beni territory",
        "Since then, the rebels have killed more than 300 civilians in Beni territory, according to a local rights group.",
        note="civilians killed since the end of October"),
    fig("fighters", 16000, "DR Congo",
        "The UN mission MONUSCO has about 16,000 troops in the country.",
        note="UN troops"),
])

report("b25-04", "2023-06-17", "https://www.example-nilebasinwire.com/sudan/2023/06/17/mayo-market-air-strike-khartoum",
"""
Air strike on southern Khartoum market kills at least 12; RSF says it seized police station

CAIRO, June 17 (Nile Basin Wire) - An air strike hit a crowded market in the Mayo district of southern Khartoum on Saturday morning, killing at least 17 people, five of them children, a neighbourhood resistance committee said. Sudan's health ministry gave a lower toll of 12 dead. Volunteers at the nearby Bashair hospital said more than 40 wounded had been brought in and that the toll could rise.

The Rapid Support Forces (RSF) accused the army, the only side in the war with warplanes, of "deliberately targeting civilians". The army did not comment.

A day earlier, shells fired from across the Nile hit homes in the Ombada area of Omdurman, killing four members of one family, the army said in a statement blaming the RSF. The paramilitary group denied shelling residential areas and said army artillery had fired the rounds.

The RSF said on Thursday that its fighters had taken over the main police station in Khartoum's Kalakla district and posted a video showing armed men in its uniforms at the gate. There was no comment from the police or the army.

Fighting between the army, led by General Abdel Fattah al-Burhan, and the RSF of General Mohamed Hamdan Dagalo broke out on April 15 and has turned much of the capital into a battlefield. Several ceasefires brokered by Saudi Arabia and the United States have been broken within hours.

The health ministry says more than 3,000 people have been killed across the country since the start of the war, though medics say the real number is far higher because many bodies lie uncollected in the streets. The International Organization for Migration says more than 2.1 million people have fled their homes inside Sudan, and about 530,000 have crossed into neighbouring countries.
""",
events=[
    ev("An air strike hit a crowded market in the Mayo district of southern Khartoum; a resistance committee said at least 17 killed including five children, the health ministry 12; more than 40 wounded; the RSF blamed the army, which did not comment.",
       "2023-06-17", "‘on Saturday morning’, the day of the Saturday 2023-06-17 dateline",
       "Mayo market", "Khartoum", "SD", "explosion", "Sudanese security forces", "civilians",
       12, 17, 40, None,
       "An air strike hit a crowded market in the Mayo district of southern Khartoum on Saturday morning, killing at least 17 people, five of them children, a neighbourhood resistance committee said. Sudan's health ministry gave a lower toll of 12 dead. Volunteers at the nearby Bashair hospital said more than 40 wounded had been brought in and that the toll could rise. [...] The Rapid Support Forces (RSF) accused the army, the only side in the war with warplanes, of \"deliberately targeting civilians\". The army did not comment.",
       note="conflicting tolls 12 (health ministry) vs 17 (resistance committee); blamed by the RSF, not denied by the army"),
    ev("Shells fired from across the Nile hit homes in Ombada, Omdurman, killing four members of one family; the army blamed the RSF, which denied it and blamed army artillery.",
       "2023-06-16", "‘A day earlier’ than the Saturday 2023-06-17 strike: Friday 2023-06-16",
       "Ombada", "Khartoum", "SD", "explosion", "unknown", "civilians",
       4, None, None, None,
       "A day earlier, shells fired from across the Nile hit homes in the Ombada area of Omdurman, killing four members of one family, the army said in a statement blaming the RSF. The paramilitary group denied shelling residential areas and said army artillery had fired the rounds.",
       note="blame by the army, denial by the RSF: actor unknown"),
    ev("The RSF said its fighters had taken over the main police station in Khartoum's Kalakla district and posted a video of armed men at its gate.",
       None, "the RSF ‘said on Thursday’; the day of the takeover is not given",
       "Kalakla police station", "Khartoum", "SD", "territory_gain", "Rapid Support Forces", "Sudanese security forces",
       None, None, None, None,
       "The RSF said on Thursday that its fighters had taken over the main police station in Khartoum's Kalakla district and posted a video showing armed men in its uniforms at the gate.",
       note="capture claimed with a video, not denied"),
],
figures=[
    fig("killed", 3000, "Sudan",
        "The health ministry says more than 3,000 people have been killed across the country since the start of the war"),
    fig("displaced", 2100000, "Sudan",
        "The International Organization for Migration says more than 2.1 million people have fled their homes inside Sudan"),
    fig("displaced", 530000, "neighbouring countries",
        "about 530,000 have crossed into neighbouring countries",
        note="refugees abroad"),
])

report("b25-05", "2021-07-05", "https://www.example-pwaniherald.com/lamu/2021/07/05/milihoi-ied-police-killed",
"""
Four police officers killed as IED hits escort vehicle on Lamu-Garsen road

LAMU, July 5 (Pwani Herald) - Four police officers were killed when their vehicle ran over an improvised explosive device near Milihoi, on the Lamu-Garsen road, on Sunday morning, police said.

The officers were part of a team escorting passenger buses from Mokowe to Malindi. Three of them died at the scene, Lamu county police commander told reporters, and a fourth died in the evening at King Fadh hospital in Lamu, where another officer was being treated for leg injuries. "The device was planted overnight on the murram section of the road," he said.

Al-Shabaab claimed the attack in a message on a website linked to the group, saying its fighters had killed seven "Kenyan crusader troops". Police said two men were arrested in Mpeketoni on Sunday afternoon in connection with the blast.

On Friday night, armed men raided the village of Pandanguo in Witu division, set four houses on fire and shot dead a man who tried to flee, the area chief said. Residents said the attackers spoke Somali and left towards the Boni forest. Police described them as "suspected al-Shabaab militants".

A day later, troops of the multi-agency Operation Amani Boni killed five militants during an operation in the forest near Bodhei, the Kenya Defence Forces said in a statement. The soldiers recovered three AK-47 rifles and a homemade bomb, the statement said.

The road between Lamu and Garsen has been the scene of repeated ambushes and bomb attacks since 2014, and buses travel it only under police escort. Security officials say at least 60 police officers and soldiers have been killed in Lamu county in that period.

The government has extended the dusk-to-dawn curfew in parts of Lamu for another three months.
""",
events=[
    ev("A police escort vehicle ran over an IED near Milihoi on the Lamu-Garsen road; three officers died at the scene and a fourth in hospital that evening, one more was injured; al-Shabaab claimed it.",
       "2021-07-04", "‘on Sunday morning’ before the Monday 2021-07-05 dateline: Sunday 2021-07-04",
       "Milihoi", "Lamu", "KE", "explosion", "al-Shabaab", "Kenyan security forces",
       4, None, 1, None,
       "Four police officers were killed when their vehicle ran over an improvised explosive device near Milihoi, on the Lamu-Garsen road, on Sunday morning, police said. [...] Three of them died at the scene, Lamu county police commander told reporters, and a fourth died in the evening at King Fadh hospital in Lamu, where another officer was being treated for leg injuries. [...] Al-Shabaab claimed the attack in a message on a website linked to the group, saying its fighters had killed seven \"Kenyan crusader troops\".",
       note="4 killed (one of them died of his wounds); al-Shabaab's claim of seven is not used"),
    ev("Police arrested two men in Mpeketoni in connection with the Milihoi blast.",
       "2021-07-04", "‘on Sunday afternoon’ before the Monday 2021-07-05 dateline: Sunday 2021-07-04",
       "Mpeketoni", "Lamu", "KE", "arrest", "Kenyan security forces", "al-Shabaab",
       None, None, None, None,
       "Police said two men were arrested in Mpeketoni on Sunday afternoon in connection with the blast.",
       arrested=2),
    ev("Armed men raided Pandanguo village in Witu division, burned four houses and shot dead a man who tried to flee; police called them suspected al-Shabaab militants.",
       "2021-07-02", "‘On Friday night’ before the Monday 2021-07-05 dateline: Friday 2021-07-02",
       "Pandanguo", "Lamu", "KE", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Friday night, armed men raided the village of Pandanguo in Witu division, set four houses on fire and shot dead a man who tried to flee, the area chief said. Residents said the attackers spoke Somali and left towards the Boni forest. Police described them as \"suspected al-Shabaab militants\".",
       note="only 'suspected' al-Shabaab, so militants (unidentified)"),
    ev("Operation Amani Boni troops killed five militants in the forest near Bodhei and recovered three rifles and a bomb.",
       "2021-07-03", "‘A day later’ than the Friday 2021-07-02 raid: Saturday 2021-07-03",
       "Bodhei", "Lamu", "KE", "battle", "Kenyan security forces", "al-Shabaab",
       5, None, None, None,
       "A day later, troops of the multi-agency Operation Amani Boni killed five militants during an operation in the forest near Bodhei, the Kenya Defence Forces said in a statement.",
       note="the forces' operation; the militants are taken as al-Shabaab, against whom the operation is run (KDF count)"),
],
figures=[
    fig("killed", 60, "Lamu county",
        "Security officials say at least 60 police officers and soldiers have been killed in Lamu county in that period.",
        note="security forces since 2014"),
])

report("b25-06", "2020-08-12", "https://www.example-jubaledger.com/jonglei/2020/08/12/anyidi-raid-lainya-clash",
"""
Raiders kill 13 in Anyidi cattle camps; army says it repulsed NAS attack near Lainya

JUBA, August 12 (Juba Ledger) - Armed youths from the Murle community attacked cattle camps in Anyidi payam of Bor South county on Monday, killing 11 people and abducting six children, the county commissioner said.

Seventeen people were wounded in the attack. Two of them died on Tuesday at Bor state hospital, bringing the toll to 13, a hospital official said. The raiders drove away an unknown number of cattle towards the Boma plateau. Leaders of the Murle community could not be reached for comment.

The commissioner said local youths had mobilised to pursue the raiders and appealed to them to leave the matter to the army. The latest attack comes after a series of tit-for-tat raids between communities in Jonglei and the Greater Pibor Administrative Area that UN officials say have killed at least 600 people since January.

In Central Equatoria, the army said it had repulsed an attack by fighters of the National Salvation Front (NAS) on one of its positions near Lainya town on Sunday. Army spokesman said two soldiers and seven rebels were killed. A NAS spokesman said his forces had overrun the position and killed 12 soldiers.

On Saturday, gunmen ambushed a convoy of trucks carrying food aid on the Juba-Bor road near Mangalla and shot dead one of the drivers, the World Food Programme said in a statement. It said the trucks were later allowed to continue their journey.

More than 1.6 million people are internally displaced in South Sudan, and about 2.2 million have fled to neighbouring countries, according to the UN refugee agency. The unity government formed in February has yet to appoint governors for several states.
""",
events=[
    ev("Armed Murle youths attacked cattle camps in Anyidi payam, Bor South county, killing 11 and abducting six children; two of the 17 wounded died the next day, bringing the toll to 13.",
       "2020-08-10", "‘on Monday’ before the Wednesday 2020-08-12 dateline: Monday 2020-08-10",
       "Anyidi", "Jonglei", "SS", "attack_on_civilians", "Murle militia", "civilians",
       13, None, 15, None,
       "Armed youths from the Murle community attacked cattle camps in Anyidi payam of Bor South county on Monday, killing 11 people and abducting six children, the county commissioner said. [...] Seventeen people were wounded in the attack. Two of them died on Tuesday at Bor state hospital, bringing the toll to 13, a hospital official said.",
       note="13 = 11 + 2 wounded who died; wounded 17 - 2 = 15; the abduction of six children is part of the raid; blamed by the commissioner, not denied"),
    ev("NAS fighters attacked an army position near Lainya town and were repulsed, the army said; two soldiers and seven rebels killed by the army's count.",
       "2020-08-09", "‘on Sunday’ before the Wednesday 2020-08-12 dateline: Sunday 2020-08-09",
       "near Lainya", "Central Equatoria", "SS", "battle", "National Salvation Front", "South Sudanese security forces",
       9, None, None, None,
       "In Central Equatoria, the army said it had repulsed an attack by fighters of the National Salvation Front (NAS) on one of its positions near Lainya town on Sunday. Army spokesman said two soldiers and seven rebels were killed. A NAS spokesman said his forces had overrun the position and killed 12 soldiers.",
       note="9 = 2 soldiers + 7 rebels (army's count); NAS's claim of 12 soldiers killed is not used"),
    ev("Gunmen ambushed a WFP food aid convoy on the Juba-Bor road near Mangalla and shot dead one driver.",
       "2020-08-08", "‘On Saturday’ before the Wednesday 2020-08-12 dateline: Saturday 2020-08-08",
       "near Mangalla", "Central Equatoria", "SS", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Saturday, gunmen ambushed a convoy of trucks carrying food aid on the Juba-Bor road near Mangalla and shot dead one of the drivers, the World Food Programme said in a statement."),
],
figures=[
    fig("killed", 600, "Jonglei and the Greater Pibor Administrative Area",
        "UN officials say have killed at least 600 people since January",
        note="intercommunal raids since January"),
    fig("displaced", 1600000, "South Sudan",
        "More than 1.6 million people are internally displaced in South Sudan"),
    fig("displaced", 2200000, "neighbouring countries",
        "about 2.2 million have fled to neighbouring countries, according to the UN refugee agency",
        note="refugees"),
])

report("b25-07", "2023-09-20", "https://www.example-somalicoastmonitor.com/security/2023/09/20/atmis-drawdown-pause-request",
"""
Somalia asks for three-month pause in African Union troop drawdown

MOGADISHU, September 20 (Somali Coast Monitor) - Somalia's government has asked the African Union to delay by three months the second phase of the withdrawal of its peacekeepers, saying Somali forces need more time to prepare to take over bases in areas recently recaptured from al-Shabaab.

In a letter to the AU Peace and Security Council seen by the Somali Coast Monitor, the national security adviser said that handing over the remaining bases by the end of September "would create security gaps that the terrorists would exploit". The African Union Transition Mission in Somalia (ATMIS) is due to pull out 3,000 soldiers in this phase, after 2,000 left in June.

ATMIS, which replaced the earlier AMISOM mission in April last year, still has roughly 17,600 troops from Uganda, Burundi, Ethiopia, Kenya and Djibouti. Its mandate requires all of them to leave by the end of 2024.

The government launched what it calls a "total war" against al-Shabaab in August last year, with the army fighting alongside clan militias in the Hiraan, Middle Shabelle and Galmudug regions. Officials say more than 80 towns and villages have been retaken since then, although the militants have returned to some of them after government forces moved on.

Analysts estimate al-Shabaab's strength at between 7,000 and 12,000 fighters. The group still controls much of the countryside in the south and earns millions of dollars a month through taxes and extortion, according to UN experts.

A diplomat in Nairobi said donors were divided over the request. "Nobody wants a repeat of the bases that were overrun after earlier withdrawals," he said. The Security Council is expected to discuss the issue next week.

About 3.8 million Somalis are displaced inside the country by conflict and drought, according to the UN.
""",
country_hint="SO",
figures=[
    fig("fighters", 3000, "Somalia",
        "The African Union Transition Mission in Somalia (ATMIS) is due to pull out 3,000 soldiers in this phase",
        note="troops to leave in the second phase"),
    fig("fighters", 17600, "Somalia",
        "still has roughly 17,600 troops from Uganda, Burundi, Ethiopia, Kenya and Djibouti",
        note="ATMIS troops"),
    fig("districts_retaken", 80, "Somalia",
        "Officials say more than 80 towns and villages have been retaken since then",
        note="towns and villages since August of the previous year"),
    fig("fighters", 7000, "Somalia",
        "Analysts estimate al-Shabaab's strength at between 7,000 and 12,000 fighters.",
        note="al-Shabaab, 7,000 to 12,000; lower bound given"),
    fig("displaced", 3800000, "Somalia",
        "About 3.8 million Somalis are displaced inside the country by conflict and drought, according to the UN."),
])

report("b25-08", "2024-03-10", "https://www.example-rwenzoristar.com/kasese/2024/03/10/bwera-night-raid-adf",
"""
ADF rebels kill five in night raid near Bwera; army says two attackers killed

KASESE, March 10 (Rwenzori Star) - Rebels of the Allied Democratic Forces (ADF) crossed from the Democratic Republic of Congo and killed five people in a night raid on a village in Bwera sub-county, Kasese district, on Friday, the army said.

The victims, three men and two women, were hacked to death in their homes, according to the area's Resident District Commissioner. A sixth person, a 14-year-old boy, escaped with cuts to the head and was admitted to Bwera hospital.

The Uganda People's Defence Forces (UPDF) said in a statement on Saturday evening that its troops had followed the attackers towards the border and killed two of them near the Lhubiriha river in the morning. One gun and a machete were recovered. "The rest of the group fled back into Congo," the statement said.

Separately, police said they had arrested three men in Nansana, Wakiso district, on Wednesday and recovered an improvised explosive device, wires and a mobile phone at a house they were renting. Police spokesman described the men as "ADF collaborators" who were planning attacks in the Kampala metropolitan area.

The ADF, founded in Uganda in the 1990s, pledged allegiance to the Islamic State group in 2019. It has carried out a string of attacks in western Uganda since last year's massacre at a secondary school in Mpondwe, close to where Friday's raid took place.

Uganda and Congo have run joint military operations against the rebels in North Kivu and Ituri since November 2021. The UPDF says more than 560 ADF fighters have been killed and about 300 captured since the operation, code-named Shujaa, began.

Residents of border villages have asked the government to deploy more troops along the Lhubiriha river, which marks the border in the area.
""",
events=[
    ev("ADF rebels crossed from Congo and hacked five villagers to death in their homes in a night raid on a village in Bwera sub-county; a boy was wounded.",
       "2024-03-08", "raid ‘on Friday’ (at night) before the Sunday 2024-03-10 dateline: Friday 2024-03-08",
       "Bwera", "Kasese", "UG", "attack_on_civilians", "ADF", "civilians",
       5, None, 1, None,
       "Rebels of the Allied Democratic Forces (ADF) crossed from the Democratic Republic of Congo and killed five people in a night raid on a village in Bwera sub-county, Kasese district, on Friday, the army said. [...] A sixth person, a 14-year-old boy, escaped with cuts to the head and was admitted to Bwera hospital.",
       note="attributed by the army, not denied"),
    ev("UPDF troops pursuing the raiders killed two of them near the Lhubiriha river.",
       "2024-03-09", "‘in the morning’ of the day of the UPDF statement ‘on Saturday evening’: Saturday 2024-03-09",
       "Lhubiriha river", "Kasese", "UG", "battle", "Ugandan security forces", "ADF",
       2, None, None, None,
       "The Uganda People's Defence Forces (UPDF) said in a statement on Saturday evening that its troops had followed the attackers towards the border and killed two of them near the Lhubiriha river in the morning."),
    ev("Police arrested three men said to be ADF collaborators in Nansana, Wakiso district, and recovered an IED.",
       "2024-03-06", "‘on Wednesday’ before the Sunday 2024-03-10 dateline: Wednesday 2024-03-06",
       "Nansana", "Wakiso", "UG", "arrest", "Ugandan security forces", "ADF",
       None, None, None, None,
       "Separately, police said they had arrested three men in Nansana, Wakiso district, on Wednesday and recovered an improvised explosive device, wires and a mobile phone at a house they were renting.",
       arrested=3),
],
figures=[
    fig("killed", 560, "North Kivu and Ituri",
        "The UPDF says more than 560 ADF fighters have been killed and about 300 captured since the operation, code-named Shujaa, began.",
        note="ADF fighters killed under Operation Shujaa"),
    fig("arrested", 300, "North Kivu and Ituri",
        "about 300 captured since the operation, code-named Shujaa, began",
        note="ADF fighters captured"),
])

report("b25-09", "2023-06-24", "https://www.example-iturihorizon.com/djugu/2023/06/24/bule-displaced-site-codeco-attack",
"""
Djugu: CODECO attack on Bule displaced site kills at least 19

BUNIA, June 24 (Ituri Horizon) - At least 19 people were killed when militiamen attacked a site for displaced people at Bule, in Djugu territory, on Monday night, the territory administrator said. Civil society groups in Djugu put the toll at 23, among them 11 children.

The attackers, armed with guns and machetes, set fire to dozens of shelters before soldiers deployed nearby arrived. The administrator blamed the Cooperative for the Development of Congo (CODECO), a militia drawn mostly from the Lendu community, which has repeatedly attacked Hema villages and displacement camps. CODECO leaders did not respond to requests for comment.

Two nights later, militiamen tried to enter the Rhoe site, which shelters more than 60,000 people, but were driven back by UN peacekeepers, the UN mission MONUSCO said in a statement. Two of the assailants were killed. MONUSCO said no peacekeeper was hurt.

On Thursday, fighting broke out near a gold mine outside Mongbwalu between CODECO and the Zaire militia, an armed group that says it defends the Hema. Six fighters were killed, local sources said; it was not clear which side started the fighting.

The army said on Friday that it had arrested 12 suspected CODECO members in Fataki and seized three rifles.

More than 1.5 million people are displaced in Ituri province, according to the UN humanitarian office, many of them in sites around Bunia and in Djugu. The province has been under a "state of siege", with army and police officers replacing civilian governors, since May 2021.
""",
events=[
    ev("Militiamen with guns and machetes attacked the Bule displaced site in Djugu territory and burned shelters; the administrator said at least 19 killed, civil society 23 including 11 children; CODECO blamed.",
       "2023-06-19", "‘on Monday night’ before the Saturday 2023-06-24 dateline: Monday 2023-06-19",
       "Bule", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       19, 23, None, None,
       "At least 19 people were killed when militiamen attacked a site for displaced people at Bule, in Djugu territory, on Monday night, the territory administrator said. Civil society groups in Djugu put the toll at 23, among them 11 children. [...] The administrator blamed the Cooperative for the Development of Congo (CODECO)",
       note="conflicting tolls 19 (administrator) vs 23 (civil society); blamed, no response"),
    ev("Militiamen tried to enter the Rhoe displaced site and were driven back by MONUSCO peacekeepers; two assailants killed, no peacekeeper hurt.",
       "2023-06-21", "‘Two nights later’ than the Monday 2023-06-19 attack: Wednesday 2023-06-21",
       "Rhoe", "Ituri", "CD", "battle", "militants (unidentified)", "MONUSCO",
       2, None, None, None,
       "Two nights later, militiamen tried to enter the Rhoe site, which shelters more than 60,000 people, but were driven back by UN peacekeepers, the UN mission MONUSCO said in a statement. Two of the assailants were killed. MONUSCO said no peacekeeper was hurt.",
       note="the militiamen are not named; 'no peacekeeper was hurt' covers only one side, so wounded stays null"),
    ev("CODECO and the Zaire militia fought near a gold mine outside Mongbwalu; six fighters killed.",
       "2023-06-22", "‘On Thursday’ before the Saturday 2023-06-24 dateline: Thursday 2023-06-22",
       "outside Mongbwalu", "Ituri", "CD", "battle", "CODECO", "Zaire militia",
       6, None, None, None,
       "On Thursday, fighting broke out near a gold mine outside Mongbwalu between CODECO and the Zaire militia, an armed group that says it defends the Hema. Six fighters were killed, local sources said; it was not clear which side started the fighting.",
       note="which side attacked is not known; the order is arbitrary"),
    ev("The army arrested 12 suspected CODECO members in Fataki and seized three rifles.",
       None, "the army ‘said on Friday’; the day of the arrests is not given",
       "Fataki", "Ituri", "CD", "arrest", "Congolese security forces", "CODECO",
       None, None, None, None,
       "The army said on Friday that it had arrested 12 suspected CODECO members in Fataki and seized three rifles.",
       arrested=12),
],
figures=[
    fig("displaced", 60000, "Rhoe",
        "the Rhoe site, which shelters more than 60,000 people",
        note="displaced people sheltering at the site"),
    fig("displaced", 1500000, "Ituri",
        "More than 1.5 million people are displaced in Ituri province, according to the UN humanitarian office"),
])

# ---------------------------------------------------------------------------
# b25-10 .. b25-18
# ---------------------------------------------------------------------------

report("b25-10", "2023-09-04", "https://www.example-abyssiniawire.com/amhara/2023/09/04/dangila-drone-strike-fano-debre-werk",
"""
Drone strike hits bus station in Amhara town; Fano militia moves into Debre Werk

ADDIS ABABA, September 4 (Abyssinia Wire) - A drone strike on the bus station of Dangila, a town in the Awi zone of Ethiopia's Amhara region, killed at least nine people on Saturday afternoon, two witnesses said. A health worker at the town's hospital said the bodies of 14 people had been brought in and that dozens more were wounded, some of them passengers waiting for buses to Bahir Dar.

Residents blamed the federal army, the only force in the region known to fly armed drones. A military spokesman did not respond to calls. The government, which declared a state of emergency in Amhara last month, has said its operations target "extremist groups" and not civilians.

Fano, a loose network of Amhara militias that fought alongside the army during the Tigray war, has been battling federal forces since the government moved to dissolve regional special forces in April. On Friday, Fano fighters walked into Debre Werk, in East Gojjam zone, after federal troops pulled out of the town overnight, residents said. "There was no fighting. They came in the morning and the people welcomed them," one resident said.

Federal troops, backed by tanks, attacked Fano positions on hills near Merawi, south of Bahir Dar, on Sunday. A local official said at least seven fighters were killed. The army gave no figures.

In the capital, police said on Sunday that they had detained 23 people suspected of raising funds and recruiting for Fano. Rights groups say hundreds of ethnic Amhara have been held in Addis Ababa since the emergency was declared.

The Ethiopian Human Rights Commission said last week that at least 120 civilians had been killed in Amhara since late July, many of them in drone strikes. Internet access in the region has been cut for more than a month.
""",
events=[
    ev("A drone strike hit the bus station in Dangila, Awi zone; witnesses said at least nine killed, a health worker 14 bodies, dozens wounded; residents blamed the federal army, which did not respond.",
       "2023-09-02", "‘on Saturday afternoon’ before the Monday 2023-09-04 dateline: Saturday 2023-09-02",
       "Dangila bus station", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
       9, 14, None, None,
       "A drone strike on the bus station of Dangila, a town in the Awi zone of Ethiopia's Amhara region, killed at least nine people on Saturday afternoon, two witnesses said. A health worker at the town's hospital said the bodies of 14 people had been brought in and that dozens more were wounded, some of them passengers waiting for buses to Bahir Dar. [...] Residents blamed the federal army, the only force in the region known to fly armed drones. A military spokesman did not respond to calls.",
       note="conflicting tolls 9 (witnesses) vs 14 (health worker); 'dozens' wounded gives null; blamed, not denied"),
    ev("Fano fighters walked into Debre Werk, East Gojjam zone, after federal troops pulled out overnight; no fighting.",
       "2023-09-01", "‘On Friday’ before the Monday 2023-09-04 dateline: Friday 2023-09-01",
       "Debre Werk", "Amhara", "ET", "territory_gain", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "On Friday, Fano fighters walked into Debre Werk, in East Gojjam zone, after federal troops pulled out of the town overnight, residents said. \"There was no fighting. They came in the morning and the people welcomed them,\" one resident said.",
       note="non-violent takeover after the troops withdrew"),
    ev("Federal troops with tanks attacked Fano positions on hills near Merawi, south of Bahir Dar; at least seven fighters killed, a local official said.",
       "2023-09-03", "‘on Sunday’ before the Monday 2023-09-04 dateline: Sunday 2023-09-03",
       "near Merawi", "Amhara", "ET", "battle", "Ethiopian security forces", "Fano",
       7, None, None, None,
       "Federal troops, backed by tanks, attacked Fano positions on hills near Merawi, south of Bahir Dar, on Sunday. A local official said at least seven fighters were killed."),
    ev("Police in Addis Ababa detained 23 people suspected of raising funds and recruiting for Fano.",
       None, "police ‘said on Sunday’ they had detained them; the day of the detentions is not given",
       "Addis Ababa", "Addis Ababa", "ET", "arrest", "Ethiopian security forces", "Fano",
       None, None, None, None,
       "In the capital, police said on Sunday that they had detained 23 people suspected of raising funds and recruiting for Fano.",
       arrested=23),
],
figures=[
    fig("killed", 120, "Amhara",
        "The Ethiopian Human Rights Commission said last week that at least 120 civilians had been killed in Amhara since late July",
        note="civilians since late July"),
])

report("b25-11", "2021-06-08", "https://www.example-tanganyikaobserver.com/burundi/2021/06/08/kamenge-grenade-rugombo-ambush",
"""
Grenade at Bujumbura bus stop wounds 14, one dies; five suspects held

BUJUMBURA, June 8 (Tanganyika Observer) - A grenade thrown into a crowd at a bus stop in the northern Bujumbura district of Kamenge on Saturday evening wounded 14 people, police said. One of the wounded, a young woman, died in hospital on Sunday.

Police spokesman said the attacker threw the grenade from a motorcycle taxi and escaped in the dark. On Sunday, police arrested five suspects in neighbouring Kinama and found two more grenades in one of their homes, he said. He did not say who the men were working for, describing them only as "criminals in the pay of the enemies of the country".

In Cibitoke province, armed men stopped a minibus on the road near Rugombo on Friday night and shot dead two passengers, a local administrator said. He blamed RED-Tabara, a rebel group based in the neighbouring Democratic Republic of Congo. In a message on social media, the group denied any involvement and accused the government of staging the attack.

A Burundian rights group based in exile said members of the Imbonerakure, the ruling party's youth league, beat a member of the opposition National Congress for Freedom (CNL) with sticks in Bubanza province on Thursday, leaving him with a broken arm. A spokesman for the ruling CNDD-FDD could not be reached.

President Evariste Ndayishimiye, who took office last year, has promised to restore the rule of law and has invited refugees to come home. Rights groups say arbitrary arrests and disappearances of opposition supporters continue. About 260,000 Burundian refugees remain in Tanzania, Rwanda, Uganda and Congo, according to the UN refugee agency.
""",
events=[
    ev("A grenade thrown from a motorcycle taxi into a crowd at a bus stop in Kamenge, Bujumbura, wounded 14; one of them died the next day.",
       "2021-06-05", "‘on Saturday evening’ before the Tuesday 2021-06-08 dateline: Saturday 2021-06-05",
       "Kamenge bus stop", "Bujumbura Mairie", "BI", "explosion", "militants (unidentified)", "civilians",
       1, None, 13, None,
       "A grenade thrown into a crowd at a bus stop in the northern Bujumbura district of Kamenge on Saturday evening wounded 14 people, police said. One of the wounded, a young woman, died in hospital on Sunday.",
       note="a wounded woman died the next day: killed 1, wounded 14 - 1 = 13; attacker not identified"),
    ev("Police arrested five suspects in Kinama over the Kamenge grenade and found two more grenades.",
       "2021-06-06", "‘On Sunday’ before the Tuesday 2021-06-08 dateline: Sunday 2021-06-06",
       "Kinama", "Bujumbura Mairie", "BI", "arrest", "Burundian security forces", "militants (unidentified)",
       None, None, None, None,
       "On Sunday, police arrested five suspects in neighbouring Kinama and found two more grenades in one of their homes, he said.",
       arrested=5),
    ev("Armed men stopped a minibus near Rugombo and shot dead two passengers; an administrator blamed RED-Tabara, which denied it.",
       "2021-06-04", "‘on Friday night’ before the Tuesday 2021-06-08 dateline: Friday 2021-06-04",
       "near Rugombo", "Cibitoke", "BI", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "In Cibitoke province, armed men stopped a minibus on the road near Rugombo on Friday night and shot dead two passengers, a local administrator said. He blamed RED-Tabara, a rebel group based in the neighbouring Democratic Republic of Congo. In a message on social media, the group denied any involvement and accused the government of staging the attack.",
       note="blame by the administrator, denial by RED-Tabara: actor unknown"),
    ev("Imbonerakure members beat a CNL opposition member with sticks in Bubanza province, breaking his arm, a rights group said.",
       "2021-06-03", "‘on Thursday’ before the Tuesday 2021-06-08 dateline: Thursday 2021-06-03",
       "Bubanza", "Bubanza", "BI", "attack_on_civilians", "Imbonerakure", "civilians",
       None, None, 1, None,
       "A Burundian rights group based in exile said members of the Imbonerakure, the ruling party's youth league, beat a member of the opposition National Congress for Freedom (CNL) with sticks in Bubanza province on Thursday, leaving him with a broken arm.",
       note="reported by a rights group, not denied"),
],
figures=[
    fig("displaced", 260000, "Tanzania, Rwanda, Uganda and Congo",
        "About 260,000 Burundian refugees remain in Tanzania, Rwanda, Uganda and Congo, according to the UN refugee agency.",
        note="refugees abroad"),
])

report("b25-12", "2023-06-30", "https://www.example-saheldesk.com/sudan/2023/06/30/geneina-road-killings-refugees-adre",
"""
"They shot the men first": refugees from El Geneina describe killings on the road to Chad

ADRE, Chad, June 30 (Sahel Desk) - Refugees arriving in this Chadian border town from El Geneina, the capital of Sudan's West Darfur state, say gunmen shot dead at least 12 men at a checkpoint on the outskirts of the city on Wednesday as thousands of people tried to flee on foot.

Five refugees interviewed separately by Sahel Desk said the gunmen wore the uniforms of the Rapid Support Forces (RSF) and were accompanied by armed Arab militiamen on horses and motorbikes. "They took the men aside and shot them. They let the women and children go," said a teacher who reached Adre on Thursday. An RSF spokesman denied that its forces had been involved, calling the killings the result of "tribal fighting" in which the RSF played no part.

Refugees who arrived on Thursday said they had seen the bodies of at least eight more people along the road between El Geneina and the border. It was not clear when they were killed.

A day before the checkpoint killings, shells fell on the Al-Jamarik neighbourhood of El Geneina, killing five civilians, according to a group of local lawyers who document abuses. The group did not say who fired them.

In Nyala, the capital of South Darfur, the RSF attacked the headquarters of the army's 16th Infantry Division on Monday. At least seven civilians were killed by stray shells in the surrounding neighbourhoods, residents said.

More than 6,000 people crossed into Chad on Thursday alone, according to the UN refugee agency, bringing the number of Sudanese refugees in the country since April to about 150,000. The hospital in Adre, run by a medical charity, says it has treated more than 600 wounded people since mid-June, most of them with gunshot wounds.
""",
events=[
    ev("Gunmen in RSF uniforms with Arab militiamen shot dead at least 12 men at a checkpoint on the outskirts of El Geneina as people fled; the RSF denied involvement.",
       "2023-06-28", "‘on Wednesday’ before the Friday 2023-06-30 dateline: Wednesday 2023-06-28",
       "outskirts of El Geneina", "West Darfur", "SD", "attack_on_civilians", "unknown", "civilians",
       12, None, None, None,
       "Refugees arriving in this Chadian border town from El Geneina, the capital of Sudan's West Darfur state, say gunmen shot dead at least 12 men at a checkpoint on the outskirts of the city on Wednesday as thousands of people tried to flee on foot. [...] Five refugees interviewed separately by Sahel Desk said the gunmen wore the uniforms of the Rapid Support Forces (RSF) and were accompanied by armed Arab militiamen on horses and motorbikes. [...] An RSF spokesman denied that its forces had been involved, calling the killings the result of \"tribal fighting\" in which the RSF played no part.",
       note="refugees blame the RSF and Arab militias, the RSF denies: actor unknown"),
    ev("Refugees saw the bodies of at least eight more people along the road between El Geneina and the Chad border; when they were killed is not known.",
       None, "bodies seen by refugees who ‘arrived on Thursday’; ‘It was not clear when they were killed.’",
       "road between El Geneina and the border", "West Darfur", "SD", "attack_on_civilians", "unknown", "civilians",
       8, None, None, None,
       "Refugees who arrived on Thursday said they had seen the bodies of at least eight more people along the road between El Geneina and the border. It was not clear when they were killed.",
       note="bodies seen, killing not dated or placed precisely", optional=True),
    ev("Shells fell on the Al-Jamarik neighbourhood of El Geneina, killing five civilians; who fired them was not said.",
       "2023-06-27", "‘A day before the checkpoint killings’ of Wednesday 2023-06-28: Tuesday 2023-06-27",
       "Al-Jamarik", "West Darfur", "SD", "explosion", "unknown", "civilians",
       5, None, None, None,
       "A day before the checkpoint killings, shells fell on the Al-Jamarik neighbourhood of El Geneina, killing five civilians, according to a group of local lawyers who document abuses. The group did not say who fired them."),
    ev("The RSF attacked the army's 16th Infantry Division headquarters in Nyala; at least seven civilians killed by stray shells nearby.",
       "2023-06-26", "‘on Monday’ before the Friday 2023-06-30 dateline: Monday 2023-06-26",
       "16th Infantry Division headquarters, Nyala", "South Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese security forces",
       7, None, None, None,
       "In Nyala, the capital of South Darfur, the RSF attacked the headquarters of the army's 16th Infantry Division on Monday. At least seven civilians were killed by stray shells in the surrounding neighbourhoods, residents said.",
       note="civilians killed in the crossfire of the assault"),
],
figures=[
    fig("displaced", 6000, "Chad",
        "More than 6,000 people crossed into Chad on Thursday alone, according to the UN refugee agency",
        note="refugees arriving in one day"),
    fig("displaced", 150000, "Chad",
        "bringing the number of Sudanese refugees in the country since April to about 150,000",
        note="refugees in Chad since April"),
    fig("wounded", 600, "Adre",
        "The hospital in Adre, run by a medical charity, says it has treated more than 600 wounded people since mid-June",
        note="wounded treated since mid-June"),
])

report("b25-13", "2022-10-11", "https://www.example-hornfrontline.com/hiraan/2022/10/11/buq-aqable-retaken-mahas-bombing",
"""
Army and Ma'awisley fighters take Buq Aqable; suicide bomber strikes base in Mahas

BELEDWEYNE, October 11 (Horn Frontline) - Somali government forces and clan militias known as Ma'awisley took control of the village of Buq Aqable, north-east of Beledweyne, on Sunday after al-Shabaab fighters withdrew following a brief battle, regional officials said.

The Hiraan regional administration said 13 militants were killed in the fighting. Three soldiers also died, a commander of the Ma'awisley told Horn Frontline. The village had been held by al-Shabaab for more than ten years.

Al-Shabaab fighters blew up three water wells and set fire to a dozen houses in Moqokori before abandoning the village, which they had held since early September, residents said on Saturday. No one was hurt, but hundreds of families left the area in search of water.

On Monday morning, a suicide bomber drove a car laden with explosives into the gate of a military base in Mahas district, killing at least five soldiers and two civilians who sold tea at the gate, a local official said. Al-Shabaab said in a statement that it had killed 30 soldiers.

Separately, two clan militias fought over grazing land near Jalalaqsi on Saturday. Elders said four people were killed before they managed to arrange a ceasefire.

The offensive in Hiraan began in August, after local clans took up arms against al-Shabaab's demands for taxes and recruits. The government says its forces and the militias have taken more than 40 villages in Hiraan and Middle Shabelle since then. Aid agencies say drought and fighting have displaced more than one million Somalis this year.
""",
events=[
    ev("Somali government forces and Ma'awisley clan militias took Buq Aqable, north-east of Beledweyne, after a brief battle; 13 militants and three soldiers killed.",
       "2022-10-09", "‘on Sunday’ before the Tuesday 2022-10-11 dateline: Sunday 2022-10-09",
       "Buq Aqable", "Hiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       16, None, None, None,
       "Somali government forces and clan militias known as Ma'awisley took control of the village of Buq Aqable, north-east of Beledweyne, on Sunday after al-Shabaab fighters withdrew following a brief battle, regional officials said. [...] The Hiraan regional administration said 13 militants were killed in the fighting. Three soldiers also died, a commander of the Ma'awisley told Horn Frontline.",
       note="16 = 13 militants (regional administration's count) + 3 soldiers (the government side's own losses); the Ma'awisley fought on the government side"),
    ev("Al-Shabaab blew up three water wells and burned a dozen houses in Moqokori before abandoning the village; no one was hurt.",
       None, "residents ‘said on Saturday’; the day of the destruction is not given",
       "Moqokori", "Hiraan", "SO", "other", "al-Shabaab", "none",
       0, None, 0, None,
       "Al-Shabaab fighters blew up three water wells and set fire to a dozen houses in Moqokori before abandoning the village, which they had held since early September, residents said on Saturday. No one was hurt",
       note="property destruction with no human target; the withdrawal itself is not coded as a territory change"),
    ev("A suicide car bomber hit the gate of a military base in Mahas district, killing at least five soldiers and two civilian tea sellers; al-Shabaab claimed 30.",
       "2022-10-10", "‘On Monday morning’ before the Tuesday 2022-10-11 dateline: Monday 2022-10-10",
       "Mahas", "Hiraan", "SO", "explosion", "al-Shabaab", "Somali security forces",
       7, None, None, None,
       "On Monday morning, a suicide bomber drove a car laden with explosives into the gate of a military base in Mahas district, killing at least five soldiers and two civilians who sold tea at the gate, a local official said. Al-Shabaab said in a statement that it had killed 30 soldiers.",
       note="7 = 5 soldiers + 2 civilians; al-Shabaab's claim of 30 is not used"),
    ev("Two clan militias fought over grazing land near Jalalaqsi; four killed before elders arranged a ceasefire.",
       "2022-10-08", "‘on Saturday’ before the Tuesday 2022-10-11 dateline: Saturday 2022-10-08",
       "near Jalalaqsi", "Hiraan", "SO", "battle", "clan militia", "clan militia",
       4, None, None, None,
       "Separately, two clan militias fought over grazing land near Jalalaqsi on Saturday. Elders said four people were killed before they managed to arrange a ceasefire."),
],
figures=[
    fig("districts_retaken", 40, "Hiraan and Middle Shabelle",
        "The government says its forces and the militias have taken more than 40 villages in Hiraan and Middle Shabelle since then.",
        note="villages since August"),
    fig("displaced", 1000000, "Somalia",
        "Aid agencies say drought and fighting have displaced more than one million Somalis this year."),
])

report("b25-14", "2018-01-04", "https://www.example-northernfrontiertimes.com/security/2018/01/04/curfew-extended-boni-operation-review",
"""
Curfew in Lamu and Garissa border areas extended as Boni operation enters third year

NAIROBI, January 4 (Northern Frontier Times) - The Interior Ministry has extended by three months the dusk-to-dawn curfew along the coastal strip of Lamu county and in parts of Garissa county bordering Somalia, citing the continuing threat of attacks by al-Shabaab.

In a notice published on Wednesday, the ministry said the curfew would remain in force in the areas around the Boni forest, where a joint operation of the army, police and the National Intelligence Service has been under way since September 2015. Fishermen in Kiunga and Ishakani have complained that the curfew keeps them from going to sea at night and has cut their incomes by half.

According to figures presented to a parliamentary committee last month, security agencies recorded 42 attacks linked to al-Shabaab in Lamu, Garissa, Wajir and Mandera counties in 2017, most of them involving improvised explosive devices planted on roads used by police and army vehicles. The same figures show that 97 police officers and soldiers were killed in the four counties during the year.

The ministry said more than 2,000 officers from different units were deployed in and around the forest, backed by army helicopters. "The Boni forest is no longer a safe haven for terrorists," a senior official said, adding that several camps had been destroyed.

Leaders from the region want the government to reopen schools that were closed when teachers fled after attacks in 2015. In Lamu county alone, 11 primary schools in the Boni area remain shut, the county education office says.

Kenya sent troops into Somalia in October 2011 and has about 3,600 soldiers there under the African Union mission. Opposition politicians have repeatedly called for their withdrawal, arguing that the deployment has made Kenya a target.
""",
country_hint="KE",
figures=[
    fig("other", 42, "Lamu, Garissa, Wajir and Mandera counties",
        "security agencies recorded 42 attacks linked to al-Shabaab in Lamu, Garissa, Wajir and Mandera counties in 2017",
        note="attacks in 2017"),
    fig("killed", 97, "Lamu, Garissa, Wajir and Mandera counties",
        "The same figures show that 97 police officers and soldiers were killed in the four counties during the year.",
        note="security forces killed in 2017"),
    fig("fighters", 2000, "Boni forest",
        "The ministry said more than 2,000 officers from different units were deployed in and around the forest",
        note="government forces"),
    fig("other", 11, "Boni area, Lamu county",
        "In Lamu county alone, 11 primary schools in the Boni area remain shut",
        note="schools closed"),
    fig("fighters", 3600, "Somalia",
        "has about 3,600 soldiers there under the African Union mission",
        note="Kenyan troops in Somalia"),
])

report("b25-15", "2022-07-15", "https://www.example-riftvalleytribune.com/oromia/2022/07/15/gida-ayana-killings-ola-shambu",
"""
Dozens killed in East Wollega village; government and OLA trade blame

NAIROBI, July 15 (Rift Valley Tribune) - Gunmen killed at least 20 civilians, most of them ethnic Amhara farmers, in a village in Gida Ayana district of Ethiopia's East Wollega zone on Sunday, the state-appointed Ethiopian Human Rights Commission said. Residents reached by telephone said they had buried 32 people.

The Oromia regional government blamed the Oromo Liberation Army (OLA), which it calls "Shene". In a statement, the OLA denied any role and accused government-allied Amhara militias of carrying out the killings to discredit it.

On Wednesday, OLA fighters attacked the police station in Shambu, the capital of Horo Guduru Wollega zone, killing three police officers, the zone administration said. The OLA said it had "liberated" the town, but residents said the fighters withdrew after about two hours and federal troops were patrolling the streets by nightfall.

A day earlier, gunmen stopped a bus on the road between Nekemte and Gimbi and took away nine passengers, relatives of two of them said. They said the kidnappers identified themselves as OLA fighters and had demanded ransom. The OLA did not respond to a request for comment.

Federal forces said on Wednesday that they had killed 46 OLA fighters in operations in West Shewa zone in recent days. They gave no details.

The OLA, which split from the Oromo Liberation Front after the front returned from exile in 2018, has waged an insurgency in western and southern Oromia for four years. The government designated it a terrorist organisation last year. The Ethiopian Human Rights Commission says about 700,000 people have been displaced by violence in western Oromia.
""",
events=[
    ev("Gunmen killed civilians, most of them Amhara farmers, in a village in Gida Ayana district, East Wollega; the EHRC said at least 20, residents buried 32; the regional government blamed the OLA, which denied it.",
       "2022-07-10", "‘on Sunday’ before the Friday 2022-07-15 dateline: Sunday 2022-07-10",
       "Gida Ayana", "Oromia", "ET", "attack_on_civilians", "unknown", "civilians",
       20, 32, None, None,
       "Gunmen killed at least 20 civilians, most of them ethnic Amhara farmers, in a village in Gida Ayana district of Ethiopia's East Wollega zone on Sunday, the state-appointed Ethiopian Human Rights Commission said. Residents reached by telephone said they had buried 32 people. [...] The Oromia regional government blamed the Oromo Liberation Army (OLA), which it calls \"Shene\". In a statement, the OLA denied any role and accused government-allied Amhara militias of carrying out the killings to discredit it.",
       note="conflicting tolls 20 (EHRC) vs 32 (residents); blame by the government, denial by the OLA: actor unknown"),
    ev("OLA fighters attacked the police station in Shambu, killing three police officers, and withdrew after about two hours; the OLA said it had 'liberated' the town.",
       "2022-07-13", "‘On Wednesday’ before the Friday 2022-07-15 dateline: Wednesday 2022-07-13",
       "Shambu police station", "Oromia", "ET", "battle", "Oromo Liberation Army", "Ethiopian security forces",
       3, None, None, None,
       "On Wednesday, OLA fighters attacked the police station in Shambu, the capital of Horo Guduru Wollega zone, killing three police officers, the zone administration said. The OLA said it had \"liberated\" the town, but residents said the fighters withdrew after about two hours and federal troops were patrolling the streets by nightfall.",
       note="the OLA's claim to have taken the town is contradicted by residents: a battle, not a territory gain"),
    ev("Gunmen who said they were OLA fighters stopped a bus on the Nekemte-Gimbi road and abducted nine passengers for ransom.",
       "2022-07-12", "‘A day earlier’ than the Wednesday 2022-07-13 Shambu attack: Tuesday 2022-07-12",
       "road between Nekemte and Gimbi", "Oromia", "ET", "other", "Oromo Liberation Army", "civilians",
       None, None, None, None,
       "A day earlier, gunmen stopped a bus on the road between Nekemte and Gimbi and took away nine passengers, relatives of two of them said. They said the kidnappers identified themselves as OLA fighters and had demanded ransom. The OLA did not respond to a request for comment.",
       note="abduction ('other'); the kidnappers named themselves OLA, no denial"),
    ev("Federal forces said they had killed 46 OLA fighters in operations in West Shewa zone in recent days.",
       None, "forces ‘said on Wednesday’; ‘in recent days’, no day given",
       "West Shewa zone", "Oromia", "ET", "battle", "Ethiopian security forces", "Oromo Liberation Army",
       46, None, None, None,
       "Federal forces said on Wednesday that they had killed 46 OLA fighters in operations in West Shewa zone in recent days. They gave no details.",
       note="an aggregate of unspecified operations, vaguely placed and dated", optional=True),
],
figures=[
    fig("displaced", 700000, "western Oromia",
        "The Ethiopian Human Rights Commission says about 700,000 people have been displaced by violence in western Oromia."),
])

report("b25-16", "2024-02-19", "https://www.example-lakekivucourier.com/goma/2024/02/19/lushagala-bombs-sake-fighting",
"""
Bombs kill five near Goma displaced camp as M23 closes in on Sake

GOMA, February 19 (Lake Kivu Courier) - Two bombs fell near the Lushagala camp for displaced people on the western edge of Goma on Saturday afternoon, killing five people, three of them children, and wounding 12, the camp's management committee said.

The army blamed the M23 rebels, saying the shells were fired from their positions in the hills above Sake. The M23 said in a statement that the bombs had been fired by the army and its allies of the FDLR, a Rwandan Hutu militia, and called for an independent investigation.

Fighting between the M23 and the army, backed by pro-government militias known as Wazalendo and by Burundian troops, continued on Sunday on the hills overlooking Sake, a town 25 km west of Goma that controls the main road to Minova and Bukavu. The UN mission MONUSCO said two South African peacekeepers were wounded when a mortar round struck their base in Sake the same day. It did not say who fired it.

On Friday, M23 fighters took control of the village of Kimoka, just north of Sake, after the army withdrew from its positions there, residents said.

The army said its drones had struck M23 positions near Karuba, in Masisi territory, on Thursday, killing "dozens" of rebels. The claim could not be verified.

About 135,000 people have fled towards Goma in the past two weeks, according to the UN humanitarian office, joining more than 500,000 displaced people who were already living in camps and host families around the city. Congo, the United States and UN experts accuse Rwanda of backing the M23, which Kigali denies.
""",
events=[
    ev("Two bombs fell near the Lushagala displaced camp on the western edge of Goma, killing five including three children and wounding 12; the army blamed the M23, which blamed the army and the FDLR.",
       "2024-02-17", "‘on Saturday afternoon’ before the Monday 2024-02-19 dateline: Saturday 2024-02-17",
       "Lushagala camp", "North Kivu", "CD", "explosion", "unknown", "civilians",
       5, None, 12, None,
       "Two bombs fell near the Lushagala camp for displaced people on the western edge of Goma on Saturday afternoon, killing five people, three of them children, and wounding 12, the camp's management committee said. [...] The army blamed the M23 rebels, saying the shells were fired from their positions in the hills above Sake. The M23 said in a statement that the bombs had been fired by the army and its allies of the FDLR",
       note="mutual blame: actor unknown"),
    ev("Fighting between the M23 and the army, backed by Wazalendo militias and Burundian troops, continued on the hills overlooking Sake.",
       "2024-02-18", "‘on Sunday’ before the Monday 2024-02-19 dateline: Sunday 2024-02-18",
       "hills overlooking Sake", "North Kivu", "CD", "battle", "M23", "Congolese security forces",
       None, None, None, None,
       "Fighting between the M23 and the army, backed by pro-government militias known as Wazalendo and by Burundian troops, continued on Sunday on the hills overlooking Sake, a town 25 km west of Goma that controls the main road to Minova and Bukavu.",
       note="who attacked is not said; M23 is the side advancing on Sake"),
    ev("A mortar round struck a MONUSCO base in Sake, wounding two South African peacekeepers; MONUSCO did not say who fired it.",
       "2024-02-18", "‘the same day’ as the fighting ‘on Sunday’: Sunday 2024-02-18",
       "MONUSCO base, Sake", "North Kivu", "CD", "explosion", "unknown", "MONUSCO",
       None, None, 2, None,
       "The UN mission MONUSCO said two South African peacekeepers were wounded when a mortar round struck their base in Sake the same day. It did not say who fired it."),
    ev("M23 fighters took the village of Kimoka, just north of Sake, after the army withdrew.",
       "2024-02-16", "‘On Friday’ before the Monday 2024-02-19 dateline: Friday 2024-02-16",
       "Kimoka", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
       None, None, None, None,
       "On Friday, M23 fighters took control of the village of Kimoka, just north of Sake, after the army withdrew from its positions there, residents said."),
    ev("Army drones struck M23 positions near Karuba, Masisi territory; the army claimed 'dozens' of rebels killed.",
       "2024-02-15", "‘on Thursday’ before the Monday 2024-02-19 dateline: Thursday 2024-02-15",
       "Karuba", "North Kivu", "CD", "explosion", "Congolese security forces", "M23",
       None, None, None, None,
       "The army said its drones had struck M23 positions near Karuba, in Masisi territory, on Thursday, killing \"dozens\" of rebels. The claim could not be verified.",
       note="'dozens' gives null"),
],
figures=[
    fig("displaced", 135000, "Goma",
        "About 135,000 people have fled towards Goma in the past two weeks, according to the UN humanitarian office",
        note="in the past two weeks"),
    fig("displaced", 500000, "Goma",
        "more than 500,000 displaced people who were already living in camps and host families around the city"),
])

report("b25-17", "2017-05-03", "https://www.example-whitenilebulletin.com/upper-nile/2017/05/03/spla-retakes-tonga-kodok-shelling",
"""
SPLA says it has retaken Tonga from rebels; 32 killed

JUBA, May 3 (White Nile Bulletin) - South Sudan's army (SPLA) said on Tuesday that its troops had recaptured the town of Tonga in Upper Nile state from rebels loyal to former vice president Riek Machar a day earlier.

Army spokesman told reporters in Juba that 28 rebels and four soldiers were killed in the fighting, which began at dawn on Monday and lasted until the afternoon. "Tonga is now under the full control of the SPLA," he said.

A spokesman for the armed opposition, the SPLA-IO, said its forces had made a "tactical withdrawal" from the town after killing more than 40 government soldiers. The figures could not be independently confirmed.

Shells fell on Kodok, on the west bank of the Nile, on Sunday, killing three civilians, a humanitarian worker in the area said. Each side accused the other of firing them.

In Central Equatoria, gunmen shot dead a driver working for a local aid organisation on the Yei-Morobo road on Saturday, the organisation said in a statement. It did not say who was responsible. Attacks on aid workers have made the roads around Yei some of the most dangerous in the country.

Tens of thousands of people from the west bank of the Nile have fled the fighting in recent weeks. About 25,000 of them have gathered in Aburoc, a village near the Sudanese border with almost no clean water, according to UN agencies, and others have crossed into Sudan.

The civil war began in December 2013 when fighting broke out in Juba between soldiers loyal to President Salva Kiir and those loyal to Machar. A peace deal signed in August 2015 collapsed when fighting erupted again in the capital in July last year. More than 1.8 million South Sudanese now live as refugees in neighbouring countries, according to the UN refugee agency.
""",
events=[
    ev("The SPLA recaptured Tonga in Upper Nile from SPLA-IO rebels after fighting from dawn to the afternoon; 28 rebels and four soldiers killed by the army's count.",
       "2017-05-01", "the army ‘said on Tuesday’ it took the town ‘a day earlier’; fighting ‘began at dawn on Monday’: Monday 2017-05-01",
       "Tonga", "Upper Nile", "SS", "territory_gain", "South Sudanese security forces", "SPLA-IO",
       32, None, None, None,
       "South Sudan's army (SPLA) said on Tuesday that its troops had recaptured the town of Tonga in Upper Nile state from rebels loyal to former vice president Riek Machar a day earlier. [...] Army spokesman told reporters in Juba that 28 rebels and four soldiers were killed in the fighting, which began at dawn on Monday and lasted until the afternoon.",
       note="32 = 28 rebels + 4 soldiers (army's count); the SPLA-IO's claim of more than 40 soldiers killed is not used"),
    ev("Shells fell on Kodok on the west bank of the Nile, killing three civilians; each side blamed the other.",
       "2017-04-30", "‘on Sunday’ before the Wednesday 2017-05-03 dateline: Sunday 2017-04-30",
       "Kodok", "Upper Nile", "SS", "explosion", "unknown", "civilians",
       3, None, None, None,
       "Shells fell on Kodok, on the west bank of the Nile, on Sunday, killing three civilians, a humanitarian worker in the area said. Each side accused the other of firing them.",
       note="mutual blame: actor unknown"),
    ev("Gunmen shot dead a driver working for a local aid organisation on the Yei-Morobo road.",
       "2017-04-29", "‘on Saturday’ before the Wednesday 2017-05-03 dateline: Saturday 2017-04-29",
       "Yei-Morobo road", "Central Equatoria", "SS", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Central Equatoria, gunmen shot dead a driver working for a local aid organisation on the Yei-Morobo road on Saturday, the organisation said in a statement. It did not say who was responsible."),
],
figures=[
    fig("displaced", 25000, "Aburoc",
        "About 25,000 of them have gathered in Aburoc, a village near the Sudanese border with almost no clean water, according to UN agencies"),
    fig("displaced", 1800000, "neighbouring countries",
        "More than 1.8 million South Sudanese now live as refugees in neighbouring countries, according to the UN refugee agency.",
        note="refugees"),
])

report("b25-18", "2024-06-16", "https://www.example-baricoastherald.com/puntland/2024/06/16/cal-miskaad-clash-is-somalia",
"""
Puntland forces clash with Islamic State fighters in Cal Miskaad mountains

BOSASO, June 16 (Bari Coast Herald) - Puntland security forces fought Islamic State militants in the Cal Miskaad mountains of the Bari region on Friday, killing seven of them, the regional security ministry said. Two soldiers were killed and four wounded.

The ministry said the fighting broke out when a unit of the Puntland Dervish force came under fire while searching caves in the mountains. It said the militants, several of them foreigners, had been using the caves to store weapons.

A day earlier, US Africa Command said it had carried out an air strike against Islamic State fighters in a remote area about 80 km south-east of Bosaso, in coordination with the Federal Government of Somalia. The command said its initial assessment was that three militants were killed and no civilians were injured or killed.

In Bosaso itself, gunmen shot dead a municipal tax collector near the main market on Tuesday evening. The Islamic State group claimed the killing in a statement carried by its Amaq news agency, saying the man had worked for the "apostate" administration. Police said they had detained two suspects.

Residents of villages in the Buqa Caleed valley said fighters of al-Shabaab and the Islamic State group clashed there on Wednesday, and that several fighters were killed. Neither group commented.

The Islamic State's Somalia branch broke away from al-Shabaab in 2015 and is based mainly in the mountains of the Bari region. US officials say it has become an important financial hub for the group's affiliates across Africa. Puntland's government says it has deployed about 2,000 troops to the area.
""",
events=[
    ev("Puntland Dervish forces searching caves in the Cal Miskaad mountains came under fire from Islamic State militants; seven militants and two soldiers killed, four soldiers wounded.",
       "2024-06-14", "‘on Friday’ before the Sunday 2024-06-16 dateline: Friday 2024-06-14",
       "Cal Miskaad mountains", "Bari", "SO", "battle", "Islamic State", "Puntland security forces",
       9, None, 4, None,
       "Puntland security forces fought Islamic State militants in the Cal Miskaad mountains of the Bari region on Friday, killing seven of them, the regional security ministry said. Two soldiers were killed and four wounded. [...] The ministry said the fighting broke out when a unit of the Puntland Dervish force came under fire while searching caves in the mountains.",
       note="9 = 7 militants + 2 soldiers (ministry's count); the militants opened fire on a search unit, so they are actor1"),
    ev("A US air strike hit Islamic State fighters about 80 km south-east of Bosaso; AFRICOM assessed three militants killed and no civilians harmed.",
       "2024-06-13", "‘A day earlier’ than the Friday 2024-06-14 clash: Thursday 2024-06-13",
       "about 80 km south-east of Bosaso", "Bari", "SO", "explosion", "US forces", "Islamic State",
       3, None, None, None,
       "A day earlier, US Africa Command said it had carried out an air strike against Islamic State fighters in a remote area about 80 km south-east of Bosaso, in coordination with the Federal Government of Somalia. The command said its initial assessment was that three militants were killed and no civilians were injured or killed.",
       note="the attacker's own count of enemy dead: a state military's count, used as b24 uses army counts"),
    ev("Gunmen shot dead a municipal tax collector near the main market in Bosaso; the Islamic State claimed it.",
       "2024-06-11", "‘on Tuesday evening’ before the Sunday 2024-06-16 dateline: Tuesday 2024-06-11",
       "Bosaso main market", "Bari", "SO", "other", "Islamic State", "civilians",
       1, None, None, None,
       "In Bosaso itself, gunmen shot dead a municipal tax collector near the main market on Tuesday evening. The Islamic State group claimed the killing in a statement carried by its Amaq news agency, saying the man had worked for the \"apostate\" administration.",
       note="targeted killing of a municipal official ('other'), claimed"),
    ev("Police detained two suspects over the killing of the tax collector in Bosaso.",
       None, "no day given for the detentions (‘Police said they had detained two suspects.’)",
       "Bosaso", "Bari", "SO", "arrest", "Puntland security forces", "Islamic State",
       None, None, None, None,
       "Police said they had detained two suspects.",
       arrested=2),
    ev("Al-Shabaab and Islamic State fighters clashed in the Buqa Caleed valley; several fighters killed.",
       "2024-06-12", "‘on Wednesday’ before the Sunday 2024-06-16 dateline: Wednesday 2024-06-12",
       "Buqa Caleed valley", "Bari", "SO", "battle", "al-Shabaab", "Islamic State",
       None, None, None, None,
       "Residents of villages in the Buqa Caleed valley said fighters of al-Shabaab and the Islamic State group clashed there on Wednesday, and that several fighters were killed.",
       note="'several' gives null; who attacked is not said, the order is arbitrary"),
],
figures=[
    fig("fighters", 2000, "Bari region",
        "Puntland's government says it has deployed about 2,000 troops to the area.",
        note="Puntland troops"),
])

# ---------------------------------------------------------------------------
# b25-19 .. b25-27
# ---------------------------------------------------------------------------

report("b25-19", "2024-07-02", "https://www.example-redseadesk.com/sudan/2024/07/02/rsf-wad-al-abbas-sennar-shelling",
"""
RSF pushes into Sennar state; shells hit market in Sennar city

PORT SUDAN, July 2 (Red Sea Desk) - Sudan's paramilitary Rapid Support Forces (RSF) took control of the town of Wad al-Abbas in Sennar state on Saturday after the army pulled out, the group said, posting videos of its fighters in the town's main square. The army did not comment.

On Sunday, RSF fighters raided villages around Jebel Moya, looting shops and livestock and killing 11 residents, according to the local Emergency Response Room, a volunteer group. Twenty people were wounded, some of them beaten with sticks and whips, the group said.

Artillery shells fired from RSF positions east of the Blue Nile hit the central market of Sennar city on Monday morning, killing six people and wounding 23, the state health ministry said. An RSF adviser said on social media that the group's forces only target "military objectives".

The army said its drones struck an RSF gathering near Sinja on Monday, killing "dozens" of fighters and destroying 15 combat vehicles. The figures could not be verified.

The International Organization for Migration said more than 55,000 people had fled their homes in Sennar state since Saturday, many of them towards Gedaref and Blue Nile states. Some had already fled the fighting in Khartoum and Gezira state last year.

The war between the army and the RSF began in April 2023. The IOM says about 10 million people have been displaced inside Sudan, the largest displacement crisis in the world, and UN agencies warn that parts of the country face famine. Talks in Jeddah, brokered by Saudi Arabia and the United States, have been suspended since December.
""",
events=[
    ev("The RSF took control of Wad al-Abbas in Sennar state after the army pulled out.",
       "2024-06-29", "‘on Saturday’ before the Tuesday 2024-07-02 dateline: Saturday 2024-06-29",
       "Wad al-Abbas", "Sennar", "SD", "territory_gain", "Rapid Support Forces", "Sudanese security forces",
       None, None, None, None,
       "Sudan's paramilitary Rapid Support Forces (RSF) took control of the town of Wad al-Abbas in Sennar state on Saturday after the army pulled out, the group said, posting videos of its fighters in the town's main square."),
    ev("RSF fighters raided villages around Jebel Moya, looting and killing 11 residents and wounding 20.",
       "2024-06-30", "‘On Sunday’ before the Tuesday 2024-07-02 dateline: Sunday 2024-06-30",
       "Jebel Moya", "Sennar", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       11, None, 20, None,
       "On Sunday, RSF fighters raided villages around Jebel Moya, looting shops and livestock and killing 11 residents, according to the local Emergency Response Room, a volunteer group. Twenty people were wounded, some of them beaten with sticks and whips, the group said."),
    ev("Artillery shells fired from RSF positions hit the central market of Sennar city, killing six and wounding 23.",
       "2024-07-01", "‘on Monday morning’ before the Tuesday 2024-07-02 dateline: Monday 2024-07-01",
       "Sennar central market", "Sennar", "SD", "explosion", "Rapid Support Forces", "civilians",
       6, None, 23, None,
       "Artillery shells fired from RSF positions east of the Blue Nile hit the central market of Sennar city on Monday morning, killing six people and wounding 23, the state health ministry said. An RSF adviser said on social media that the group's forces only target \"military objectives\".",
       note="the RSF adviser's general statement is not a denial of this shelling"),
    ev("Army drones struck an RSF gathering near Sinja; the army claimed 'dozens' killed and 15 vehicles destroyed.",
       "2024-07-01", "‘on Monday’ before the Tuesday 2024-07-02 dateline: Monday 2024-07-01",
       "near Sinja", "Sennar", "SD", "explosion", "Sudanese security forces", "Rapid Support Forces",
       None, None, None, None,
       "The army said its drones struck an RSF gathering near Sinja on Monday, killing \"dozens\" of fighters and destroying 15 combat vehicles. The figures could not be verified.",
       note="'dozens' gives null"),
],
figures=[
    fig("displaced", 55000, "Sennar state",
        "The International Organization for Migration said more than 55,000 people had fled their homes in Sennar state since Saturday"),
    fig("displaced", 10000000, "Sudan",
        "The IOM says about 10 million people have been displaced inside Sudan"),
])

report("b25-20", "2020-10-09", "https://www.example-buniaeveningpost.com/ituri/2020/10/09/lolwa-attack-pimbo-codeco",
"""
Nine killed in attack near Lolwa; army says it repelled CODECO raid on Pimbo position

BUNIA, October 9 (Bunia Evening Post) - Nine civilians were killed when armed men attacked the village of Lolwa, on the road between Komanda and Mambasa, on Wednesday night, local officials said. Among the dead were four women and a baby. The army blamed the ADF, a rebel group that moved into southern Ituri after military operations pushed it out of parts of Beni territory.

Residents said the attackers also took away an unknown number of people, who were forced to carry looted goods.

In Djugu territory, CODECO militiamen attacked an army position at Pimbo on Tuesday before dawn, the army spokesman in Ituri said. He said six militiamen and one soldier were killed, and that the army had recovered four guns and several bows and arrows.

Police in Bunia arrested four men on Monday who they say were supplying medicines and food to ADF rebels. They were transferred to the military prosecutor.

On Thursday, hundreds of students marched through Bunia to demand an end to the killings in the province. Police fired tear gas to stop them reaching the governor's office, and two students were injured, organisers said.

Elsewhere in Irumu territory, at least two more people were killed in attacks in recent days, according to a civil society group, which did not give details.

A UN report published last month said armed groups killed more than 600 civilians in Ituri in the first half of the year. About 1.7 million people are displaced in the province, the UN humanitarian office says.
""",
events=[
    ev("Armed men attacked Lolwa village on the Komanda-Mambasa road, killing nine civilians including four women and a baby and taking people away to carry loot; the army blamed the ADF.",
       "2020-10-07", "‘on Wednesday night’ before the Friday 2020-10-09 dateline: Wednesday 2020-10-07",
       "Lolwa", "Ituri", "CD", "attack_on_civilians", "ADF", "civilians",
       9, None, None, None,
       "Nine civilians were killed when armed men attacked the village of Lolwa, on the road between Komanda and Mambasa, on Wednesday night, local officials said. Among the dead were four women and a baby. The army blamed the ADF",
       note="blamed by the army, not denied; the abductions are part of the raid"),
    ev("CODECO militiamen attacked an army position at Pimbo before dawn; six militiamen and one soldier killed by the army's count.",
       "2020-10-06", "‘on Tuesday before dawn’ before the Friday 2020-10-09 dateline: Tuesday 2020-10-06",
       "Pimbo", "Ituri", "CD", "battle", "CODECO", "Congolese security forces",
       7, None, None, None,
       "In Djugu territory, CODECO militiamen attacked an army position at Pimbo on Tuesday before dawn, the army spokesman in Ituri said. He said six militiamen and one soldier were killed",
       note="7 = 6 militiamen + 1 soldier (army's count)"),
    ev("Police in Bunia arrested four men accused of supplying medicines and food to ADF rebels.",
       "2020-10-05", "‘on Monday’ before the Friday 2020-10-09 dateline: Monday 2020-10-05",
       "Bunia", "Ituri", "CD", "arrest", "Congolese security forces", "ADF",
       None, None, None, None,
       "Police in Bunia arrested four men on Monday who they say were supplying medicines and food to ADF rebels.",
       arrested=4),
    ev("Hundreds of students marched through Bunia against the killings; police fired tear gas and two students were injured.",
       "2020-10-08", "‘On Thursday’ before the Friday 2020-10-09 dateline: Thursday 2020-10-08",
       "Bunia", "Ituri", "CD", "other", "protesters", "Congolese security forces",
       None, None, 2, None,
       "On Thursday, hundreds of students marched through Bunia to demand an end to the killings in the province. Police fired tear gas to stop them reaching the governor's office, and two students were injured, organisers said.",
       note="protest with intervention"),
    ev("At least two more people were killed in attacks elsewhere in Irumu territory in recent days.",
       None, "‘in recent days’; no day given",
       "Irumu territory", "Ituri", "CD", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "Elsewhere in Irumu territory, at least two more people were killed in attacks in recent days, according to a civil society group, which did not give details.",
       note="aggregate of unspecified attacks, vaguely placed and dated", optional=True),
],
figures=[
    fig("killed", 600, "Ituri",
        "A UN report published last month said armed groups killed more than 600 civilians in Ituri in the first half of the year.",
        note="civilians, first half of the year"),
    fig("displaced", 1700000, "Ituri",
        "About 1.7 million people are displaced in the province, the UN humanitarian office says."),
])

report("b25-21", "2019-06-17", "https://www.example-northernfrontiertimes.com/mandera/2019/06/17/arabia-ied-police-fino-mast",
"""
Five police officers killed as roadside bomb hits patrol near Arabia

MANDERA, June 17 (Northern Frontier Times) - Five police officers were killed and three wounded on Saturday when their Land Cruiser struck a roadside bomb near Arabia, in Mandera East sub-county, police said.

The officers, from the General Service Unit, were on patrol along the border with Somalia when the explosion tore through their vehicle at about 10 a.m., the county police commander said. The wounded were airlifted to Nairobi. Police blamed al-Shabaab militants who they said had crossed from Somalia. The group did not comment.

On Friday night, suspected militants blew up a telecommunications mast at Fino, cutting mobile phone services to several villages. No one was hurt, police said. It was the third mast destroyed in the county this year.

In Lafey, gunmen abducted an assistant chief from his home on Thursday evening and drove off towards the border, residents said. Police said they were searching for him.

The Kenya Defence Forces said troops on patrol near Border Point One, outside Mandera town, killed four militants on Sunday morning, shortly after they had crossed from Somalia. The soldiers recovered two rifles and a bag of explosives. A KDF statement identified the four as al-Shabaab fighters.

Teachers and health workers from outside the region have left Mandera, Wajir and Garissa in large numbers since a series of attacks last year. The county government says more than 1,000 teaching posts remain vacant.

Mandera, which borders both Somalia and Ethiopia, has been hit repeatedly since Kenya sent its troops into Somalia in 2011.
""",
events=[
    ev("A GSU patrol Land Cruiser struck a roadside bomb near Arabia, Mandera East; five police officers killed and three wounded; police blamed al-Shabaab.",
       "2019-06-15", "‘on Saturday’ before the Monday 2019-06-17 dateline: Saturday 2019-06-15",
       "near Arabia", "Mandera", "KE", "explosion", "al-Shabaab", "Kenyan security forces",
       5, None, 3, None,
       "Five police officers were killed and three wounded on Saturday when their Land Cruiser struck a roadside bomb near Arabia, in Mandera East sub-county, police said. [...] Police blamed al-Shabaab militants who they said had crossed from Somalia. The group did not comment.",
       note="blamed by the police, not denied"),
    ev("Suspected militants blew up a telecommunications mast at Fino; no one was hurt.",
       "2019-06-14", "‘On Friday night’ before the Monday 2019-06-17 dateline: Friday 2019-06-14",
       "Fino", "Mandera", "KE", "other", "militants (unidentified)", "none",
       0, None, 0, None,
       "On Friday night, suspected militants blew up a telecommunications mast at Fino, cutting mobile phone services to several villages. No one was hurt, police said.",
       note="property destruction"),
    ev("Gunmen abducted an assistant chief from his home in Lafey and drove off towards the border.",
       "2019-06-13", "‘on Thursday evening’ before the Monday 2019-06-17 dateline: Thursday 2019-06-13",
       "Lafey", "Mandera", "KE", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In Lafey, gunmen abducted an assistant chief from his home on Thursday evening and drove off towards the border, residents said.",
       note="abduction of a local official ('other')"),
    ev("KDF troops on patrol near Border Point One outside Mandera town killed four al-Shabaab fighters who had crossed from Somalia.",
       "2019-06-16", "‘on Sunday morning’ before the Monday 2019-06-17 dateline: Sunday 2019-06-16",
       "Border Point One", "Mandera", "KE", "battle", "Kenyan security forces", "al-Shabaab",
       4, None, None, None,
       "The Kenya Defence Forces said troops on patrol near Border Point One, outside Mandera town, killed four militants on Sunday morning, shortly after they had crossed from Somalia. The soldiers recovered two rifles and a bag of explosives. A KDF statement identified the four as al-Shabaab fighters.",
       note="the army's patrol; militants named as al-Shabaab by the KDF"),
],
figures=[
    fig("other", 1000, "Mandera",
        "The county government says more than 1,000 teaching posts remain vacant.",
        note="vacant teaching posts"),
])

report("b25-22", "2023-11-02", "https://www.example-eastlinewire.com/ethiopia/2023/11/02/tigray-one-year-after-pretoria",
"""
A year after Pretoria, Tigray's guns are silent but its displaced still wait

MEKELLE, November 2 (Eastline Wire) - One year after the federal government and the Tigray People's Liberation Front (TPLF) signed a peace agreement in Pretoria, the guns have fallen silent in Tigray, but about one million people displaced by the war are still living in schools, camps and host communities, the region's interim administration says.

Many of them come from Western Tigray, a fertile area taken over by Amhara forces during the war and claimed by both regions. The agreement left the question of the area's status to be settled later, and the displaced say they will not go home while Amhara militias and officials remain there.

Under the deal, Tigrayan forces handed over their heavy weapons to the federal army early this year. The National Rehabilitation Commission says it plans to demobilise about 275,000 Tigrayan ex-fighters in the first phase of a national programme, but the money to pay for it has not yet been found. Many former fighters, some of them missing limbs, sit idle in Mekelle's cafés.

Eritrean troops, who fought alongside the federal army, are still present in some border districts, according to residents and aid workers. Eritrea's government has never acknowledged that its forces were in Tigray.

Food aid to the region was suspended for several months this year after the United Nations and the United States found that large amounts had been stolen. Deliveries have resumed on a smaller scale. The interim administration says about 3.5 million people in Tigray need food assistance.

There is no agreed count of the dead. African Union mediators have said that the two-year war was one of the deadliest conflicts of this century. Researchers at a Belgian university estimate that hundreds of thousands of people died from violence, hunger and lack of health care.

The head of the interim administration said on Wednesday that "peace is the only road", but urged the federal government to speed up the return of the displaced.
""",
country_hint="ET",
figures=[
    fig("displaced", 1000000, "Tigray",
        "about one million people displaced by the war are still living in schools, camps and host communities, the region's interim administration says"),
    fig("fighters", 275000, "Tigray",
        "The National Rehabilitation Commission says it plans to demobilise about 275,000 Tigrayan ex-fighters in the first phase of a national programme",
        note="ex-fighters to be demobilised"),
    fig("other", 3500000, "Tigray",
        "The interim administration says about 3.5 million people in Tigray need food assistance.",
        note="people in need of food aid"),
])

report("b25-23", "2023-02-08", "https://www.example-suddradio.com/news/2023/02/08/adidiang-white-army-agwelek-marial-lou-raid",
"""
Fourteen killed as White Army fighters attack Agwelek positions near Adidiang

JUBA, February 8 (Sudd Radio Network) - Armed Nuer youths known as the White Army attacked positions of the Agwelek forces near Adidiang, on the west bank of the Nile in Upper Nile state, on Saturday, and 14 people were killed on both sides, the county commissioner said.

The Agwelek, a Shilluk armed group allied with the government since the 2022 split in the SPLM-IO, said it had repulsed the attack. A White Army spokesman could not be reached. Residents said several hundred civilians had crossed the river to Malakal to escape the fighting.

In Warrap state, armed raiders attacked a cattle camp at Marial Lou in Tonj North county on Sunday, killing five herders and wounding four, local officials said. The raiders drove away about 700 cattle. Officials said the attackers came from neighbouring Unity state but did not say which community they belonged to.

The National Salvation Front (NAS) accused government soldiers of killing three civilians, among them a woman, in a village in Kajo-Keji county on Monday. The army spokesman denied the accusation, saying the three had been killed by NAS fighters who then "tried to blame the army".

The UN mission in South Sudan says fighting in Upper Nile and Jonglei has displaced more than 20,000 people since August. Across the country, about 2.2 million people are internally displaced.

The government and opposition parties have agreed to extend the transitional period by two years, pushing elections back to December 2024. Pope Francis urged South Sudan's leaders to choose peace during his visit to Juba last weekend.
""",
events=[
    ev("White Army fighters attacked Agwelek positions near Adidiang on the west bank of the Nile; 14 killed on both sides; the Agwelek said they repulsed the attack.",
       "2023-02-04", "‘on Saturday’ before the Wednesday 2023-02-08 dateline: Saturday 2023-02-04",
       "near Adidiang", "Upper Nile", "SS", "battle", "White Army", "Agwelek",
       14, None, None, None,
       "Armed Nuer youths known as the White Army attacked positions of the Agwelek forces near Adidiang, on the west bank of the Nile in Upper Nile state, on Saturday, and 14 people were killed on both sides, the county commissioner said."),
    ev("Raiders from Unity state attacked a cattle camp at Marial Lou, Tonj North county, killing five herders, wounding four and taking about 700 cattle.",
       "2023-02-05", "‘on Sunday’ before the Wednesday 2023-02-08 dateline: Sunday 2023-02-05",
       "Marial Lou", "Warrap", "SS", "attack_on_civilians", "cattle raiders", "civilians",
       5, None, 4, None,
       "In Warrap state, armed raiders attacked a cattle camp at Marial Lou in Tonj North county on Sunday, killing five herders and wounding four, local officials said. The raiders drove away about 700 cattle."),
    ev("Three civilians including a woman were killed in a village in Kajo-Keji county; NAS blamed government soldiers, the army denied and blamed NAS.",
       "2023-02-06", "‘on Monday’ before the Wednesday 2023-02-08 dateline: Monday 2023-02-06",
       "Kajo-Keji", "Central Equatoria", "SS", "attack_on_civilians", "unknown", "civilians",
       3, None, None, None,
       "The National Salvation Front (NAS) accused government soldiers of killing three civilians, among them a woman, in a village in Kajo-Keji county on Monday. The army spokesman denied the accusation, saying the three had been killed by NAS fighters who then \"tried to blame the army\".",
       note="mutual blame: actor unknown"),
],
figures=[
    fig("displaced", 20000, "Upper Nile and Jonglei",
        "The UN mission in South Sudan says fighting in Upper Nile and Jonglei has displaced more than 20,000 people since August."),
    fig("displaced", 2200000, "South Sudan",
        "Across the country, about 2.2 million people are internally displaced."),
])

report("b25-24", "2018-06-23", "https://www.example-benadirstandard.com/lower-shabelle/2018/06/23/barire-retaken-kunyo-barrow-executions",
"""
Somali troops retake Barire a day after al-Shabaab seized it

MOGADISHU, June 23 (Benadir Standard) - Somali government troops backed by AMISOM forces recaptured the town of Barire in Lower Shabelle on Thursday, a day after al-Shabaab fighters had taken it, military officials said.

The militants moved into Barire on Wednesday morning, hours after Somali soldiers withdrew from their base there overnight. Residents said the fighters raised their black flag over the police station and addressed residents at the mosque. There was no fighting, they said.

The next day a column of Somali soldiers and Ugandan troops of the African Union mission advanced from Afgoye and retook the town after a battle of about three hours. A Somali army commander said 11 militants were killed. Residents said three civilians, including a boy, were killed by stray bullets.

Late on Friday night, mortar shells landed in a residential area of Afgoye, killing two children, a local official said. No one claimed responsibility.

On Tuesday, al-Shabaab publicly executed two men by firing squad in Kunyo Barrow, after a court run by the group convicted them of spying for the United States and the Somali government, residents said. Hundreds of people were forced to watch.

Barire, on the Shabelle river about 45 km west of Mogadishu, has changed hands several times since al-Shabaab was pushed out of the area in 2014. Somali soldiers often leave their positions over unpaid salaries, officers say.

More than 2.1 million Somalis are displaced inside the country, according to the UN, many of them living in makeshift camps around Mogadishu and Afgoye.
""",
events=[
    ev("Al-Shabaab fighters moved into Barire without fighting, hours after Somali soldiers withdrew from their base overnight, and raised their flag over the police station.",
       "2018-06-20", "‘on Wednesday morning’ before the Saturday 2018-06-23 dateline: Wednesday 2018-06-20",
       "Barire", "Lower Shabelle", "SO", "territory_gain", "al-Shabaab", "Somali security forces",
       None, None, None, None,
       "The militants moved into Barire on Wednesday morning, hours after Somali soldiers withdrew from their base there overnight. Residents said the fighters raised their black flag over the police station and addressed residents at the mosque. There was no fighting, they said.",
       note="non-violent takeover after the army withdrew"),
    ev("Somali troops and Ugandan AMISOM forces advancing from Afgoye retook Barire after a three-hour battle; 11 militants killed by the army's count and three civilians killed by stray bullets.",
       "2018-06-21", "‘on Thursday’ before the Saturday 2018-06-23 dateline: Thursday 2018-06-21",
       "Barire", "Lower Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       14, None, None, None,
       "Somali government troops backed by AMISOM forces recaptured the town of Barire in Lower Shabelle on Thursday, a day after al-Shabaab fighters had taken it, military officials said. [...] The next day a column of Somali soldiers and Ugandan troops of the African Union mission advanced from Afgoye and retook the town after a battle of about three hours. A Somali army commander said 11 militants were killed. Residents said three civilians, including a boy, were killed by stray bullets.",
       note="14 = 11 militants (army's count) + 3 civilians (residents); with AMISOM"),
    ev("Mortar shells landed in a residential area of Afgoye late at night, killing two children; no one claimed responsibility.",
       "2018-06-22", "‘Late on Friday night’ before the Saturday 2018-06-23 dateline: Friday 2018-06-22",
       "Afgoye", "Lower Shabelle", "SO", "explosion", "unknown", "civilians",
       2, None, None, None,
       "Late on Friday night, mortar shells landed in a residential area of Afgoye, killing two children, a local official said. No one claimed responsibility."),
    ev("Al-Shabaab publicly executed two men by firing squad in Kunyo Barrow after its court convicted them of spying.",
       "2018-06-19", "‘On Tuesday’ before the Saturday 2018-06-23 dateline: Tuesday 2018-06-19",
       "Kunyo Barrow", "Lower Shabelle", "SO", "attack_on_civilians", "al-Shabaab", "civilians",
       2, None, None, None,
       "On Tuesday, al-Shabaab publicly executed two men by firing squad in Kunyo Barrow, after a court run by the group convicted them of spying for the United States and the Somali government, residents said.",
       note="execution ('attack_on_civilians', as news-dev codes executions)"),
],
figures=[
    fig("displaced", 2100000, "Somalia",
        "More than 2.1 million Somalis are displaced inside the country, according to the UN"),
])

report("b25-25", "2024-07-24", "https://www.example-kampalamirror.com/news/2024/07/24/march-to-parliament-arrests-mbale",
"""
Police block anti-corruption march on Parliament; 45 held

KAMPALA, July 24 (Kampala Mirror) - Police and soldiers sealed off the roads leading to Parliament on Tuesday and arrested 45 young people who tried to march there to protest against corruption, the police said.

Small groups of protesters, some carrying placards and others wearing T-shirts printed with the slogan of the march, were picked up from the streets around the Parliament building and the Kampala Road as soon as they gathered. Police spokesman said those arrested would be charged with being a common nuisance. Most shops in the city centre stayed closed for fear of violence.

In the eastern town of Mbale, about 200 students marching towards the district headquarters on Tuesday were dispersed with tear gas. One student was hit by a tear gas canister and treated at Mbale regional referral hospital, a doctor said.

Early on Wednesday, police officers detained a member of parliament from the opposition National Unity Platform (NUP) at her home in Kawempe, her party said. Police confirmed she was being held but did not say why.

The organisers, who mobilised mainly on social media, had said the march would be peaceful and called on the Speaker of Parliament to resign over allegations of misuse of public funds. Government officials had warned over the weekend that anyone taking part would be arrested.

Rights groups said the arrests showed that the space for peaceful protest in Uganda had shrunk further since the 2021 elections. According to a lawyers' group, more than 100 people have been charged in connection with the protests since they were first announced last week.
""",
events=[
    ev("Police and soldiers blocked an anti-corruption march on Parliament in Kampala and picked up protesters as soon as they gathered.",
       "2024-07-23", "‘on Tuesday’ before the Wednesday 2024-07-24 dateline: Tuesday 2024-07-23",
       "Parliament, Kampala", "Kampala", "UG", "other", "protesters", "Ugandan security forces",
       None, None, None, None,
       "Police and soldiers sealed off the roads leading to Parliament on Tuesday and arrested 45 young people who tried to march there to protest against corruption, the police said. [...] Small groups of protesters, some carrying placards and others wearing T-shirts printed with the slogan of the march, were picked up from the streets around the Parliament building and the Kampala Road as soon as they gathered.",
       note="protest with intervention"),
    ev("Police arrested 45 young people who tried to march on Parliament.",
       "2024-07-23", "‘on Tuesday’ before the Wednesday 2024-07-24 dateline: Tuesday 2024-07-23",
       "Parliament, Kampala", "Kampala", "UG", "arrest", "Ugandan security forces", "protesters",
       None, None, None, None,
       "Police and soldiers sealed off the roads leading to Parliament on Tuesday and arrested 45 young people who tried to march there to protest against corruption, the police said.",
       note="the arrests made while breaking up the march: a coder may list them apart from the protest or leave them inside it",
       arrested=45, optional=True),
    ev("About 200 students marching towards the district headquarters in Mbale were dispersed with tear gas; one student hit by a canister.",
       "2024-07-23", "‘on Tuesday’ before the Wednesday 2024-07-24 dateline: Tuesday 2024-07-23",
       "Mbale", "Mbale", "UG", "other", "protesters", "Ugandan security forces",
       None, None, 1, None,
       "In the eastern town of Mbale, about 200 students marching towards the district headquarters on Tuesday were dispersed with tear gas. One student was hit by a tear gas canister and treated at Mbale regional referral hospital, a doctor said.",
       note="protest with intervention"),
    ev("Police detained an opposition NUP member of parliament at her home in Kawempe.",
       "2024-07-24", "‘Early on Wednesday’, the day of the Wednesday 2024-07-24 dateline",
       "Kawempe", "Kampala", "UG", "arrest", "Ugandan security forces", "National Unity Platform",
       None, None, None, None,
       "Early on Wednesday, police officers detained a member of parliament from the opposition National Unity Platform (NUP) at her home in Kawempe, her party said.",
       arrested=1),
],
figures=[
    fig("arrested", 100, "Uganda",
        "more than 100 people have been charged in connection with the protests since they were first announced last week",
        note="people charged"),
])

report("b25-26", "2021-09-14", "https://www.example-ruzizivalleyradio.com/hauts-plateaux/2021/09/14/minembwe-clashes-kiliba-bijombo",
"""
Nine killed in Minembwe fighting; RED-Tabara says Burundian troops attacked its positions

UVIRA, South Kivu, September 14 (Ruzizi Valley Radio) - Fighting between the Twirwaneho militia and a coalition of Mai-Mai groups in the hills around Minembwe, in the highlands of South Kivu, killed nine people on Saturday, local sources said.

The Twirwaneho, which says it protects the Banyamulenge community, and the Mai-Mai, drawn mainly from the Babembe, Bafuliru and Banyindu communities, have been fighting over land and cattle for four years. It was not clear which side started Saturday's fighting. A MONUSCO patrol was sent to the area on Sunday.

Further north, the Burundian rebel group RED-Tabara said on Sunday that Burundian troops had crossed the Rusizi river and attacked its positions in the highlands above Kiliba on Friday. The group said it had killed 12 soldiers. Burundi's army spokesman denied that any Burundian soldier was in Congo and called the statement "propaganda".

On Thursday evening, gunmen shot dead the chief of the Bijombo groupement in his house, a local official said. The killers have not been identified.

The Congolese army said it had arrested seven suspected Mai-Mai fighters at a roadblock in Mikenge on Sunday and seized two guns.

About 110,000 people have been displaced by fighting in the Hauts Plateaux since 2019, according to UN figures, and many villages have been burned. Congo's president has promised to send more troops to the area.
""",
events=[
    ev("Twirwaneho and a Mai-Mai coalition fought in the hills around Minembwe; nine killed.",
       "2021-09-11", "‘on Saturday’ before the Tuesday 2021-09-14 dateline: Saturday 2021-09-11",
       "hills around Minembwe", "South Kivu", "CD", "battle", "Twirwaneho", "Mai-Mai militia",
       9, None, None, None,
       "Fighting between the Twirwaneho militia and a coalition of Mai-Mai groups in the hills around Minembwe, in the highlands of South Kivu, killed nine people on Saturday, local sources said. [...] It was not clear which side started Saturday's fighting.",
       note="who attacked is not known; the order is arbitrary"),
    ev("RED-Tabara said Burundian troops crossed the Rusizi and attacked its positions in the highlands above Kiliba; Burundi's army denied having troops in Congo.",
       "2021-09-10", "attack ‘on Friday’ reported ‘on Sunday’, before the Tuesday 2021-09-14 dateline: Friday 2021-09-10",
       "highlands above Kiliba", "South Kivu", "CD", "battle", "unknown", "RED-Tabara",
       None, None, None, None,
       "Further north, the Burundian rebel group RED-Tabara said on Sunday that Burundian troops had crossed the Rusizi river and attacked its positions in the highlands above Kiliba on Friday. The group said it had killed 12 soldiers. Burundi's army spokesman denied that any Burundian soldier was in Congo and called the statement \"propaganda\".",
       note="blame by RED-Tabara, denial by Burundi: actor unknown; RED-Tabara's claim of 12 soldiers killed is not used"),
    ev("Gunmen shot dead the chief of the Bijombo groupement in his house.",
       "2021-09-09", "‘On Thursday evening’ before the Tuesday 2021-09-14 dateline: Thursday 2021-09-09",
       "Bijombo", "South Kivu", "CD", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Thursday evening, gunmen shot dead the chief of the Bijombo groupement in his house, a local official said. The killers have not been identified.",
       note="targeted killing of a customary chief ('other')"),
    ev("The army arrested seven suspected Mai-Mai fighters at a roadblock in Mikenge and seized two guns.",
       "2021-09-12", "‘on Sunday’ before the Tuesday 2021-09-14 dateline: Sunday 2021-09-12",
       "Mikenge", "South Kivu", "CD", "arrest", "Congolese security forces", "Mai-Mai militia",
       None, None, None, None,
       "The Congolese army said it had arrested seven suspected Mai-Mai fighters at a roadblock in Mikenge on Sunday and seized two guns.",
       arrested=7),
],
figures=[
    fig("displaced", 110000, "Hauts Plateaux",
        "About 110,000 people have been displaced by fighting in the Hauts Plateaux since 2019, according to UN figures"),
])

report("b25-27", "2019-09-06", "https://www.example-tanganyikaobserver.com/burundi/2019/09/06/refugee-return-deal-tanzania",
"""
Burundi and Tanzania agree to speed up refugee returns; UN warns against forced repatriation

BUJUMBURA, September 6 (Tanganyika Observer) - Burundi and Tanzania have agreed to step up the return of Burundian refugees from camps in western Tanzania, with the first convoys under the new arrangement expected to leave on October 1, officials of the two governments said.

About 180,000 Burundians live in the Nduta, Mtendeli and Nyarugusu camps. Most of them fled in 2015, when protests against President Pierre Nkurunziza's bid for a third term were put down by the police and the Imbonerakure, the ruling party's youth wing, and a coup attempt failed. Rights groups say at least 1,200 people were killed in the crisis that followed.

Burundi's interior minister said the country was now "peaceful and safe" and that returnees would receive food rations for three months and help to rebuild their homes. Tanzania's home affairs minister said refugees who did not want to go home would have to "look for other options".

The UN refugee agency, which has helped more than 75,000 Burundians return voluntarily since September 2017, said it did not believe conditions in Burundi were right to encourage returns and warned that any return must be voluntary. Refugees interviewed in Nduta by telephone said they feared arrest or harassment by the Imbonerakure if they went back before next year's elections.

Burundi's government has refused to cooperate with a UN commission of inquiry, which this week said that the risk of serious human rights violations remained high ahead of the 2020 vote. It said political opponents continued to disappear and that members of the Imbonerakure committed killings, beatings and rapes with almost total impunity.

Tanzania, which hosts more than 320,000 refugees in total, most of them from Burundi and Congo, closed its borders to new arrivals from Burundi in 2017.
""",
country_hint="BI",
figures=[
    fig("displaced", 180000, "western Tanzania",
        "About 180,000 Burundians live in the Nduta, Mtendeli and Nyarugusu camps.",
        note="refugees"),
    fig("killed", 1200, "Burundi",
        "Rights groups say at least 1,200 people were killed in the crisis that followed.",
        note="since the 2015 crisis"),
    fig("returned", 75000, "Burundi",
        "The UN refugee agency, which has helped more than 75,000 Burundians return voluntarily since September 2017"),
    fig("displaced", 320000, "Tanzania",
        "Tanzania, which hosts more than 320,000 refugees in total, most of them from Burundi and Congo",
        note="refugees of all nationalities in Tanzania"),
])

# ---------------------------------------------------------------------------
# b25-28 .. b25-36
# ---------------------------------------------------------------------------

report("b25-28", "2024-05-13", "https://www.example-saheldesk.com/sudan/2024/05/13/el-fasher-rsf-assault-abu-shouk-kutum",
"""
RSF attacks El Fasher from the east; shells hit Abu Shouk camp

PORT SUDAN, May 13 (Sahel Desk) - The Rapid Support Forces (RSF) attacked army positions on the eastern edge of El Fasher on Friday, the first major assault on the North Darfur capital after weeks of skirmishes around the city, residents and aid workers said.

The army and armed movements from Darfur that have sided with it, known as the Joint Force, said they had pushed the attackers back by nightfall. The city's South Hospital, supported by a medical charity, received the bodies of 19 people and more than 120 wounded on Friday, most of them civilians hit by shells and stray bullets. The state health ministry later said 31 people had been killed.

On Saturday, shells landed in the Abu Shouk camp for displaced people north of the city, killing six people, four of them children, camp coordinators said. They blamed the RSF, which did not respond to a request for comment.

In Kutum, about 110 km north-west of El Fasher, residents said an army warplane bombed the town's cattle market on Sunday, killing at least eight people. The army said it had hit an RSF ammunition depot near the market.

El Fasher is the last major city in Darfur not held by the RSF, which took the capitals of the other four Darfur states last year. The United Nations estimates that more than 800,000 civilians are trapped in the city, among them hundreds of thousands who had already fled earlier rounds of violence.

The UN's humanitarian chief warned last week that an all-out assault on El Fasher would "unleash a bloodbath". More than 8.8 million people have been displaced inside Sudan since the war began in April 2023, according to the International Organization for Migration.
""",
events=[
    ev("The RSF attacked army positions on the eastern edge of El Fasher and was pushed back by the army and the Joint Force by nightfall; the South Hospital received 19 bodies and more than 120 wounded, the health ministry later said 31 killed.",
       "2024-05-10", "‘on Friday’ before the Monday 2024-05-13 dateline: Friday 2024-05-10",
       "eastern edge of El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese security forces",
       19, 31, 120, None,
       "The Rapid Support Forces (RSF) attacked army positions on the eastern edge of El Fasher on Friday, the first major assault on the North Darfur capital after weeks of skirmishes around the city, residents and aid workers said. [...] The army and armed movements from Darfur that have sided with it, known as the Joint Force, said they had pushed the attackers back by nightfall. The city's South Hospital, supported by a medical charity, received the bodies of 19 people and more than 120 wounded on Friday, most of them civilians hit by shells and stray bullets. The state health ministry later said 31 people had been killed.",
       note="conflicting tolls 19 (hospital) vs 31 (health ministry); the Joint Force fought with the army"),
    ev("Shells landed in the Abu Shouk displaced camp north of El Fasher, killing six including four children; camp coordinators blamed the RSF, which did not respond.",
       "2024-05-11", "‘On Saturday’ before the Monday 2024-05-13 dateline: Saturday 2024-05-11",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       6, None, None, None,
       "On Saturday, shells landed in the Abu Shouk camp for displaced people north of the city, killing six people, four of them children, camp coordinators said. They blamed the RSF, which did not respond to a request for comment.",
       note="blamed, not denied"),
    ev("An army warplane bombed the cattle market in Kutum, killing at least eight people, residents said; the army said it hit an RSF ammunition depot.",
       "2024-05-12", "‘on Sunday’ before the Monday 2024-05-13 dateline: Sunday 2024-05-12",
       "Kutum cattle market", "North Darfur", "SD", "explosion", "Sudanese security forces", "civilians",
       8, None, None, None,
       "In Kutum, about 110 km north-west of El Fasher, residents said an army warplane bombed the town's cattle market on Sunday, killing at least eight people. The army said it had hit an RSF ammunition depot near the market.",
       note="the strike is admitted; the victims are as residents report them"),
],
figures=[
    fig("civilians_trapped", 800000, "El Fasher",
        "The United Nations estimates that more than 800,000 civilians are trapped in the city"),
    fig("displaced", 8800000, "Sudan",
        "More than 8.8 million people have been displaced inside Sudan since the war began in April 2023, according to the International Organization for Migration."),
])

report("b25-29", "2016-11-02", "https://www.example-garissagazette.com/county/2016/11/02/hulugho-police-post-attack-dadaab-march",
"""
Officer killed as militants attack Hulugho police post

GARISSA, November 2 (Garissa Gazette) - A police officer and two attackers were killed when militants attacked a police post in Hulugho, near the border with Somalia, on Monday night, police said. Two other officers were wounded and taken to Garissa referral hospital.

The North Eastern regional police commander said about 20 al-Shabaab fighters had fired rocket-propelled grenades at the post before trying to storm it. "Our officers repulsed them. They left two of their dead behind and carried away others," he said, without giving a number.

In Garissa town, a grenade was thrown into a bar near the Bula Iftin area late on Sunday night, wounding four customers, one of them seriously. Police said they did not yet know who was behind the attack and appealed to the public for information.

In Nairobi, anti-terror police arrested eight people in raids in Eastleigh on Saturday as part of an investigation into the recruitment of young men for al-Shabaab, a police statement said. Four of them were later released.

About 300 refugees marched through Dagahaley camp in Dadaab on Tuesday to protest against the government's plan to close the camps by the end of the month. The march was peaceful, and the marchers handed a petition to UN refugee agency officials.

The government says Dadaab, home to about 275,000 refugees, most of them Somalis, has become a base for planning attacks in Kenya, an accusation rejected by aid agencies and refugee leaders. Kenya has been the target of repeated attacks since it sent troops into Somalia five years ago, including the assault on Garissa University College last year.
""",
events=[
    ev("About 20 al-Shabaab fighters fired RPGs at the Hulugho police post and tried to storm it; one officer and two attackers killed, two officers wounded.",
       "2016-10-31", "‘on Monday night’ before the Wednesday 2016-11-02 dateline: Monday 2016-10-31",
       "Hulugho police post", "Garissa", "KE", "battle", "al-Shabaab", "Kenyan security forces",
       3, None, 2, None,
       "A police officer and two attackers were killed when militants attacked a police post in Hulugho, near the border with Somalia, on Monday night, police said. Two other officers were wounded and taken to Garissa referral hospital. [...] The North Eastern regional police commander said about 20 al-Shabaab fighters had fired rocket-propelled grenades at the post before trying to storm it.",
       note="3 = 1 officer + 2 attackers; the other dead the attackers 'carried away' are not counted"),
    ev("A grenade thrown into a bar near Bula Iftin in Garissa town wounded four customers.",
       "2016-10-30", "‘late on Sunday night’ before the Wednesday 2016-11-02 dateline: Sunday 2016-10-30",
       "Bula Iftin", "Garissa", "KE", "explosion", "militants (unidentified)", "civilians",
       None, None, 4, None,
       "In Garissa town, a grenade was thrown into a bar near the Bula Iftin area late on Sunday night, wounding four customers, one of them seriously. Police said they did not yet know who was behind the attack"),
    ev("Anti-terror police arrested eight people in raids in Eastleigh, Nairobi, over al-Shabaab recruitment; four were later released.",
       "2016-10-29", "‘on Saturday’ before the Wednesday 2016-11-02 dateline: Saturday 2016-10-29",
       "Eastleigh", "Nairobi", "KE", "arrest", "Kenyan security forces", "al-Shabaab",
       None, None, None, None,
       "In Nairobi, anti-terror police arrested eight people in raids in Eastleigh on Saturday as part of an investigation into the recruitment of young men for al-Shabaab, a police statement said. Four of them were later released.",
       arrested=8),
    ev("About 300 refugees marched peacefully through Dagahaley camp in Dadaab against the planned closure of the camps.",
       "2016-11-01", "‘on Tuesday’ before the Wednesday 2016-11-02 dateline: Tuesday 2016-11-01",
       "Dagahaley camp, Dadaab", "Garissa", "KE", "other", "protesters", "none",
       None, None, None, None,
       "About 300 refugees marched through Dagahaley camp in Dadaab on Tuesday to protest against the government's plan to close the camps by the end of the month. The march was peaceful",
       note="peaceful protest"),
],
figures=[
    fig("displaced", 275000, "Dadaab",
        "Dadaab, home to about 275,000 refugees, most of them Somalis",
        note="refugees"),
])

report("b25-30", "2018-11-01", "https://www.example-jubaledger.com/politics/2018/11/01/juba-peace-celebration-machar",
"""
Machar returns to Juba for peace celebration, but doubts remain

JUBA, November 1 (Juba Ledger) - Thousands of people gathered at John Garang Mausoleum in Juba on Wednesday to celebrate the revitalised peace agreement, as opposition leader Riek Machar returned to the capital for the first time since he fled fighting in July 2016.

President Salva Kiir and Machar, who signed the deal in Addis Ababa in September, shook hands before the crowd, five years after the war began in December 2013. The presidents of Sudan and Uganda, who guaranteed the agreement, attended the ceremony with several other regional leaders.

Security was tight. Soldiers and police were deployed on the main roads, and Machar's delegation was protected by a regional force. He flew back to Khartoum in the evening, and his aides said he would settle in Juba only once the security arrangements were in place.

The agreement provides for a power-sharing government to be formed in May next year, after the armed forces of the parties have been gathered in cantonment sites, screened and retrained as a single national army. Diplomats say the timetable is ambitious: a previous deal signed in 2015 collapsed within a year.

A study by public health researchers published in September estimated that close to 400,000 people had died as a result of the war, about half of them in violence. About 4.2 million people, a third of the population, have been forced from their homes, including 2.2 million who are refugees in neighbouring countries.

Aid groups welcomed the celebration but said fighting had not stopped everywhere. Several armed groups, including the National Salvation Front of Thomas Cirillo, did not sign the agreement.
""",
country_hint="SS",
figures=[
    fig("killed", 400000, "South Sudan",
        "A study by public health researchers published in September estimated that close to 400,000 people had died as a result of the war",
        note="excess deaths since December 2013"),
    fig("displaced", 4200000, "South Sudan",
        "About 4.2 million people, a third of the population, have been forced from their homes",
        note="includes refugees"),
    fig("displaced", 2200000, "neighbouring countries",
        "including 2.2 million who are refugees in neighbouring countries",
        note="refugees"),
])

report("b25-31", "2022-08-29", "https://www.example-riftvalleytribune.com/ethiopia/2022/08/29/kobo-fighting-adi-gudem-strike-abala",
"""
Fighting around Kobo enters sixth day; drone strike reported in Adi Gudem

NAIROBI, August 29 (Rift Valley Tribune) - Fighting between Ethiopian federal forces and Tigrayan forces around the town of Kobo, in the Amhara region, entered its sixth day on Monday, ending a five-month humanitarian truce, residents and both sides said.

The clashes began on Wednesday on the southern edge of Tigray. Each side accused the other of attacking first: the government said Tigrayan forces had launched an offensive on several fronts, while the Tigrayan leadership said federal troops and Amhara forces had attacked its positions. Neither side gave casualty figures.

On Saturday, a drone strike hit a house in Adi Gudem, south of Mekelle, killing three people and wounding six, the Tigray regional health bureau said. A government spokesman said the air force "only targets military objectives" and did not comment on the strike.

In the Afar region, shells hit the town of Abala on Thursday, wounding five civilians, Afar regional officials said. They blamed Tigrayan forces. A spokesman for the Tigray Defence Forces denied that his fighters had fired on the town.

The federal police said on Sunday that they had detained 17 people in Addis Ababa suspected of planning attacks on behalf of the Tigray People's Liberation Front.

The truce, declared by the government in March, had allowed aid convoys to reach Tigray for the first time in months. The World Food Programme says about 5.2 million people in Tigray, Afar and Amhara need food aid because of the war, which began in November 2020.

The African Union, which has been trying to bring the two sides to talks, called for an immediate end to the fighting.
""",
events=[
    ev("Federal forces and Tigrayan forces fought around Kobo, ending a five-month truce; each side accused the other of attacking first; no casualty figures.",
       "2022-08-24", "clashes ‘began on Wednesday’ before the Monday 2022-08-29 dateline: Wednesday 2022-08-24",
       "Kobo", "Amhara", "ET", "battle", "Tigray Defence Forces", "Ethiopian security forces",
       None, None, None, None,
       "Fighting between Ethiopian federal forces and Tigrayan forces around the town of Kobo, in the Amhara region, entered its sixth day on Monday, ending a five-month humanitarian truce, residents and both sides said. [...] The clashes began on Wednesday on the southern edge of Tigray. Each side accused the other of attacking first",
       note="each side says the other attacked first: the order of the two actors is arbitrary; one event for the fighting that began on Wednesday"),
    ev("A drone strike hit a house in Adi Gudem, south of Mekelle, killing three and wounding six; the government said it only targets military objectives.",
       "2022-08-27", "‘On Saturday’ before the Monday 2022-08-29 dateline: Saturday 2022-08-27",
       "Adi Gudem", "Tigray", "ET", "explosion", "Ethiopian security forces", "civilians",
       3, None, 6, None,
       "On Saturday, a drone strike hit a house in Adi Gudem, south of Mekelle, killing three people and wounding six, the Tigray regional health bureau said. A government spokesman said the air force \"only targets military objectives\" and did not comment on the strike.",
       note="only the federal air force flies drones over Tigray and the government did not deny the strike; actor1 by the spokesman's answer"),
    ev("Shells hit the town of Abala in Afar, wounding five civilians; Afar officials blamed Tigrayan forces, the TDF denied firing on the town.",
       "2022-08-25", "‘on Thursday’ before the Monday 2022-08-29 dateline: Thursday 2022-08-25",
       "Abala", "Afar", "ET", "explosion", "unknown", "civilians",
       None, None, 5, None,
       "In the Afar region, shells hit the town of Abala on Thursday, wounding five civilians, Afar regional officials said. They blamed Tigrayan forces. A spokesman for the Tigray Defence Forces denied that his fighters had fired on the town.",
       note="blame by Afar officials, denial by the TDF: actor unknown"),
    ev("Federal police detained 17 people in Addis Ababa suspected of planning attacks for the TPLF.",
       None, "police ‘said on Sunday’; the day of the detentions is not given",
       "Addis Ababa", "Addis Ababa", "ET", "arrest", "Ethiopian security forces", "Tigray Defence Forces",
       None, None, None, None,
       "The federal police said on Sunday that they had detained 17 people in Addis Ababa suspected of planning attacks on behalf of the Tigray People's Liberation Front.",
       arrested=17),
],
figures=[
    fig("other", 5200000, "Tigray, Afar and Amhara",
        "The World Food Programme says about 5.2 million people in Tigray, Afar and Amhara need food aid because of the war",
        note="people in need of food aid"),
])

report("b25-32", "2024-09-26", "https://www.example-redseadesk.com/sudan/2024/09/26/famine-warning-unga-sudan",
"""
UN agencies warn of spreading famine in Sudan as world leaders meet in New York

PORT SUDAN, September 26 (Red Sea Desk) - UN agencies warned on Wednesday that famine was spreading in Sudan and that millions more people could starve unless the warring parties allowed aid to move freely across front lines and borders.

Speaking on the sidelines of the UN General Assembly in New York, the head of the World Food Programme said 25.6 million people, more than half the population, faced acute hunger, and that famine had been confirmed in the Zamzam camp for displaced people near El Fasher in North Darfur. Thirteen other areas were at risk, she said.

The war between the army and the paramilitary Rapid Support Forces, now in its eighteenth month, has driven more than 10.7 million people from their homes inside Sudan, according to the International Organization for Migration, and about 2.2 million more have fled abroad, mostly to Chad, Egypt and South Sudan.

The number of people killed is unknown. Estimates range from about 20,000, based on reported incidents, to well over 100,000 when deaths from hunger and disease are counted, according to researchers.

Talks convened by the United States in Geneva in August, which the army boycotted, won promises to open two routes for aid, including the Adre crossing from Chad. Aid workers say trucks are moving, but far too slowly, and that both sides loot supplies and block convoys.

The army-backed government has said it will not negotiate with the RSF until the paramilitary withdraws from civilian areas. The RSF says it is ready for a nationwide ceasefire.

Donors have provided less than half of the $2.7 billion the UN has requested for Sudan this year.
""",
country_hint="SD",
figures=[
    fig("other", 25600000, "Sudan",
        "the head of the World Food Programme said 25.6 million people, more than half the population, faced acute hunger",
        note="people facing acute hunger"),
    fig("displaced", 10700000, "Sudan",
        "has driven more than 10.7 million people from their homes inside Sudan, according to the International Organization for Migration"),
    fig("displaced", 2200000, "Chad, Egypt and South Sudan",
        "about 2.2 million more have fled abroad, mostly to Chad, Egypt and South Sudan",
        note="refugees"),
    fig("killed", 20000, "Sudan",
        "Estimates range from about 20,000, based on reported incidents, to well over 100,000 when deaths from hunger and disease are counted",
        note="lower estimate of the dead since April 2023"),
])

report("b25-33", "2012-08-01", "https://www.example-lakekivucourier.com/goma/2012/08/01/kibumba-shelling-m23-ufamandu",
"""
M23 shells army positions at Kibumba; UN helicopters fire on rebels

GOMA, August 1 (Lake Kivu Courier) - Rebels of the M23 movement shelled army positions at Kibumba, about 25 km north of Goma, on Monday, killing three soldiers, an army officer said.

The shelling lasted most of the afternoon and sent hundreds of families fleeing down the road to Goma with mattresses and cooking pots on their heads. The army said it had returned fire.

On Saturday, attack helicopters of the UN peacekeeping mission MONUSCO fired rockets at M23 positions in the hills near Kanyamahoro, the mission said, to stop the rebels from advancing towards the town. It did not say whether there were casualties.

In the Ufamandu area of Masisi territory, fighters of the Raia Mutomboki militia killed eight Hutu villagers on Friday, including two women, a local human rights group said. The militia, which says it defends local communities against the Rwandan Hutu rebels of the FDLR, has been accused of killing hundreds of Hutu civilians since the start of the year.

Military intelligence officers in Goma arrested 11 people on Sunday accused of recruiting young men for the M23, the provincial governor said.

The M23 was formed in April by former rebels who had joined the Congolese army under a 2009 peace deal and then mutinied, complaining that the deal had not been respected. UN experts say Rwanda has supported the mutineers with weapons and recruits, which Kigali denies. The rebels are estimated to number about 1,500.

More than 220,000 people have been displaced in North Kivu since April, according to the UN. MONUSCO, the largest peacekeeping mission in the world with about 17,000 troops, has reinforced its bases around Goma.
""",
events=[
    ev("M23 rebels shelled army positions at Kibumba, north of Goma, through the afternoon, killing three soldiers.",
       "2012-07-30", "‘on Monday’ before the Wednesday 2012-08-01 dateline: Monday 2012-07-30",
       "Kibumba", "North Kivu", "CD", "explosion", "M23", "Congolese security forces",
       3, None, None, None,
       "Rebels of the M23 movement shelled army positions at Kibumba, about 25 km north of Goma, on Monday, killing three soldiers, an army officer said."),
    ev("MONUSCO attack helicopters fired rockets at M23 positions in the hills near Kanyamahoro to stop an advance; casualties not known.",
       "2012-07-28", "‘On Saturday’ before the Wednesday 2012-08-01 dateline: Saturday 2012-07-28",
       "Kanyamahoro", "North Kivu", "CD", "explosion", "MONUSCO", "M23",
       None, None, None, None,
       "On Saturday, attack helicopters of the UN peacekeeping mission MONUSCO fired rockets at M23 positions in the hills near Kanyamahoro, the mission said, to stop the rebels from advancing towards the town. It did not say whether there were casualties."),
    ev("Raia Mutomboki militia fighters killed eight Hutu villagers, including two women, in the Ufamandu area of Masisi territory.",
       "2012-07-27", "‘on Friday’ before the Wednesday 2012-08-01 dateline: Friday 2012-07-27",
       "Ufamandu", "North Kivu", "CD", "attack_on_civilians", "Raia Mutomboki", "civilians",
       8, None, None, None,
       "In the Ufamandu area of Masisi territory, fighters of the Raia Mutomboki militia killed eight Hutu villagers on Friday, including two women, a local human rights group said."),
    ev("Military intelligence officers in Goma arrested 11 people accused of recruiting young men for the M23.",
       "2012-07-29", "‘on Sunday’ before the Wednesday 2012-08-01 dateline: Sunday 2012-07-29",
       "Goma", "North Kivu", "CD", "arrest", "Congolese security forces", "M23",
       None, None, None, None,
       "Military intelligence officers in Goma arrested 11 people on Sunday accused of recruiting young men for the M23, the provincial governor said.",
       arrested=11),
],
figures=[
    fig("fighters", 1500, "North Kivu",
        "The rebels are estimated to number about 1,500.",
        note="M23 fighters"),
    fig("displaced", 220000, "North Kivu",
        "More than 220,000 people have been displaced in North Kivu since April, according to the UN."),
    fig("fighters", 17000, "DR Congo",
        "MONUSCO, the largest peacekeeping mission in the world with about 17,000 troops",
        note="UN troops"),
])

report("b25-34", "2012-12-09", "https://www.example-benadirstandard.com/news/2012/12/09/kismayo-grenade-warshiikh-hodan-official",
"""
Grenade wounds five in Kismayo; government troops enter Warshiikh

MOGADISHU, December 9 (Benadir Standard) - A hand grenade thrown at a patrol of Kenyan soldiers serving with the African Union mission in Kismayo's Farjano district on Friday wounded two soldiers and three civilians, an AMISOM spokesman said.

The spokesman blamed "remnants of al-Shabaab" who had stayed behind in the port city after the militants withdrew from it at the end of September. Kenyan troops searched houses in the area after the attack but made no arrests, residents said.

Somali government troops, supported by Burundian soldiers of AMISOM, entered the coastal town of Warshiikh, north of Mogadishu, on Thursday without a fight, a government spokesman said. Al-Shabaab fighters had left the town the night before, residents said.

On the same day, al-Shabaab executed a man by firing squad in Jilib, in the Middle Juba region, after accusing him of spying for the Kenyan army, residents reached by telephone said. His body was left in the town square for several hours.

In Mogadishu, gunmen shot dead the deputy district commissioner of Hodan district on Saturday evening as he left a mosque, police said. The gunmen escaped. No group claimed responsibility, but al-Shabaab has killed several officials in the capital this year.

AMISOM, which has about 17,000 troops from Uganda, Burundi, Kenya, Djibouti and Sierra Leone, has helped government forces push al-Shabaab out of most of the large towns in southern Somalia this year, including Afgoye, Merka and Kismayo. The militants still control much of the countryside.

The new government of President Hassan Sheikh Mohamud, elected in September, has promised to rebuild the army and police.
""",
events=[
    ev("A hand grenade thrown at a patrol of Kenyan AMISOM soldiers in Kismayo's Farjano district wounded two soldiers and three civilians; AMISOM blamed al-Shabaab remnants.",
       "2012-12-07", "‘on Friday’ before the Sunday 2012-12-09 dateline: Friday 2012-12-07",
       "Farjano", "Lower Juba", "SO", "explosion", "al-Shabaab", "AMISOM",
       None, None, 5, None,
       "A hand grenade thrown at a patrol of Kenyan soldiers serving with the African Union mission in Kismayo's Farjano district on Friday wounded two soldiers and three civilians, an AMISOM spokesman said. [...] The spokesman blamed \"remnants of al-Shabaab\"",
       note="5 wounded = 2 soldiers + 3 civilians; blamed by AMISOM, not denied"),
    ev("Somali government troops supported by Burundian AMISOM soldiers entered Warshiikh without a fight after al-Shabaab left the night before.",
       "2012-12-06", "‘on Thursday’ before the Sunday 2012-12-09 dateline: Thursday 2012-12-06",
       "Warshiikh", "Middle Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Somali government troops, supported by Burundian soldiers of AMISOM, entered the coastal town of Warshiikh, north of Mogadishu, on Thursday without a fight, a government spokesman said. Al-Shabaab fighters had left the town the night before, residents said.",
       note="non-violent recapture, with AMISOM"),
    ev("Al-Shabaab executed a man by firing squad in Jilib, accusing him of spying for the Kenyan army.",
       "2012-12-06", "‘On the same day’ as the Thursday 2012-12-06 entry into Warshiikh",
       "Jilib", "Middle Juba", "SO", "attack_on_civilians", "al-Shabaab", "civilians",
       1, None, None, None,
       "On the same day, al-Shabaab executed a man by firing squad in Jilib, in the Middle Juba region, after accusing him of spying for the Kenyan army, residents reached by telephone said."),
    ev("Gunmen shot dead the deputy district commissioner of Hodan district in Mogadishu as he left a mosque; no claim.",
       "2012-12-08", "‘on Saturday evening’ before the Sunday 2012-12-09 dateline: Saturday 2012-12-08",
       "Hodan", "Banaadir", "SO", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Mogadishu, gunmen shot dead the deputy district commissioner of Hodan district on Saturday evening as he left a mosque, police said. The gunmen escaped. No group claimed responsibility",
       note="assassination of an official ('other'); the general remark about al-Shabaab's killings is not an attribution"),
],
figures=[
    fig("fighters", 17000, "Somalia",
        "AMISOM, which has about 17,000 troops from Uganda, Burundi, Kenya, Djibouti and Sierra Leone",
        note="African Union troops"),
])

report("b25-35", "2015-05-05", "https://www.example-bujumburamorningpost.com/politics/2015/05/05/musaga-nyakabiga-protests-three-dead",
"""
Three killed as police fire on third-term protesters in Bujumbura

BUJUMBURA, May 5 (Bujumbura Morning Post) - Three protesters were killed and 20 wounded when police fired live bullets and tear gas at crowds in the Musaga and Nyakabiga neighbourhoods of Bujumbura on Monday, the Burundi Red Cross said.

Demonstrators had blocked streets with stones and burning tyres and threw rocks at the police, who had been ordered to stop any march towards the city centre. The protests began on April 26, a day after the ruling CNDD-FDD party named President Pierre Nkurunziza as its candidate for a third term, which opponents say violates the constitution and the Arusha peace accords.

Late on Sunday, a grenade was thrown at a police pick-up in the Cibitoke neighbourhood of the capital, wounding four officers, the police said. A police spokesman blamed "so-called peaceful demonstrators". Protest organisers denied any link to the attack and said they were committed to non-violence.

Residents of Mutakura said young men they identified as members of the Imbonerakure, the ruling party's youth league, beat a protester to death on Saturday night. The party did not respond to the accusation.

Police also arrested a journalist of an independent radio station at his home on Sunday, his employer said. Several private radio stations have been ordered off the air since the protests began.

Police say more than 400 people have been arrested since April 26. The UN refugee agency says more than 35,000 Burundians have fled to Rwanda since early April, and thousands more to Tanzania and Congo.

The Constitutional Court is expected to rule this week on whether Nkurunziza may stand again in the June 26 election.
""",
events=[
    ev("Police fired live bullets and tear gas at protesters who had blocked streets and thrown rocks in Musaga and Nyakabiga; three protesters killed and 20 wounded.",
       "2015-05-04", "‘on Monday’ before the Tuesday 2015-05-05 dateline: Monday 2015-05-04",
       "Musaga and Nyakabiga", "Bujumbura Mairie", "BI", "other", "rioters", "Burundian security forces",
       3, None, 20, None,
       "Three protesters were killed and 20 wounded when police fired live bullets and tear gas at crowds in the Musaga and Nyakabiga neighbourhoods of Bujumbura on Monday, the Burundi Red Cross said. [...] Demonstrators had blocked streets with stones and burning tyres and threw rocks at the police",
       note="two neighbourhoods sharing one toll: one event; a violent demonstration met with live fire"),
    ev("A grenade thrown at a police pick-up in the Cibitoke neighbourhood of Bujumbura wounded four officers; police blamed the protesters, organisers denied it.",
       "2015-05-03", "‘Late on Sunday’ before the Tuesday 2015-05-05 dateline: Sunday 2015-05-03",
       "Cibitoke neighbourhood, Bujumbura", "Bujumbura Mairie", "BI", "explosion", "unknown", "Burundian security forces",
       None, None, 4, None,
       "Late on Sunday, a grenade was thrown at a police pick-up in the Cibitoke neighbourhood of the capital, wounding four officers, the police said. A police spokesman blamed \"so-called peaceful demonstrators\". Protest organisers denied any link to the attack",
       note="Cibitoke here is a quarter of Bujumbura, not the province; blame by the police, denial by the organisers: actor unknown"),
    ev("Young men identified by residents as Imbonerakure beat a protester to death in Mutakura.",
       "2015-05-02", "‘on Saturday night’ before the Tuesday 2015-05-05 dateline: Saturday 2015-05-02",
       "Mutakura", "Bujumbura Mairie", "BI", "attack_on_civilians", "Imbonerakure", "civilians",
       1, None, None, None,
       "Residents of Mutakura said young men they identified as members of the Imbonerakure, the ruling party's youth league, beat a protester to death on Saturday night. The party did not respond to the accusation.",
       note="blamed by residents, no denial"),
    ev("Police arrested a journalist of an independent radio station at his home.",
       "2015-05-03", "‘on Sunday’ before the Tuesday 2015-05-05 dateline: Sunday 2015-05-03",
       "Bujumbura", "Bujumbura Mairie", "BI", "arrest", "Burundian security forces", "civilians",
       None, None, None, None,
       "Police also arrested a journalist of an independent radio station at his home on Sunday, his employer said.",
       arrested=1),
],
figures=[
    fig("arrested", 400, "Burundi",
        "Police say more than 400 people have been arrested since April 26."),
    fig("displaced", 35000, "Rwanda",
        "The UN refugee agency says more than 35,000 Burundians have fled to Rwanda since early April",
        note="refugees"),
])

report("b25-36", "2022-04-23", "https://www.example-karamojaecho.com/kotido/2022/04/23/nakapelimoru-ambush-lopei-raid",
"""
Two soldiers, four warriors killed in Kotido ambush

MOROTO, April 23 (Karamoja Echo) - Armed Karamojong warriors ambushed soldiers of the Uganda People's Defence Forces (UPDF) who were escorting recovered cattle near Nakapelimoru, in Kotido district, on Wednesday, killing two soldiers, the army said. Four of the attackers were killed when the soldiers returned fire, the army's regional spokesman said.

The soldiers were driving about 150 head of cattle back to their owners in Abim district after recovering them from raiders. The attackers made off with part of the herd.

On Monday, raiders who residents said had crossed from the Turkana region of Kenya attacked a kraal in Lopei sub-county, Napak district, killing three herders and driving off about 400 cattle. The district chairman called on the government to deploy more troops along the border.

In Moroto town, a soldier shot dead a man at a roadblock on Thursday night. The army said the man had tried to snatch the soldier's gun; his relatives said he was unarmed and on his way home from work. The army said the soldier had been detained while the killing was investigated.

The army said it had arrested 26 suspected warriors and recovered 19 guns since Sunday in a disarmament operation in Moroto district.

Karamoja has seen a sharp rise in cattle raids and killings since last year, as warriors rearm with guns bought from South Sudan and Kenya. The region's security committee says at least 80 people, including soldiers, have been killed in raids and clashes since January. The army says it has recovered more than 300 illegal guns this year.
""",
events=[
    ev("Karamojong warriors ambushed UPDF soldiers escorting recovered cattle near Nakapelimoru, Kotido district; two soldiers and four attackers killed.",
       "2022-04-20", "‘on Wednesday’ before the Saturday 2022-04-23 dateline: Wednesday 2022-04-20",
       "Nakapelimoru", "Kotido", "UG", "battle", "Karamojong warriors", "Ugandan security forces",
       6, None, None, None,
       "Armed Karamojong warriors ambushed soldiers of the Uganda People's Defence Forces (UPDF) who were escorting recovered cattle near Nakapelimoru, in Kotido district, on Wednesday, killing two soldiers, the army said. Four of the attackers were killed when the soldiers returned fire, the army's regional spokesman said.",
       note="6 = 2 soldiers + 4 attackers (army's count)"),
    ev("Raiders said to have crossed from Turkana in Kenya attacked a kraal in Lopei sub-county, Napak district, killing three herders and taking about 400 cattle.",
       "2022-04-18", "‘On Monday’ before the Saturday 2022-04-23 dateline: Monday 2022-04-18",
       "Lopei", "Napak", "UG", "attack_on_civilians", "cattle raiders", "civilians",
       3, None, None, None,
       "On Monday, raiders who residents said had crossed from the Turkana region of Kenya attacked a kraal in Lopei sub-county, Napak district, killing three herders and driving off about 400 cattle."),
    ev("A soldier shot dead a man at a roadblock in Moroto town; the army said the man tried to snatch the gun, relatives said he was unarmed; the soldier was detained.",
       "2022-04-21", "‘on Thursday night’ before the Saturday 2022-04-23 dateline: Thursday 2022-04-21",
       "Moroto", "Moroto", "UG", "attack_on_civilians", "Ugandan security forces", "civilians",
       1, None, None, None,
       "In Moroto town, a soldier shot dead a man at a roadblock on Thursday night. The army said the man had tried to snatch the soldier's gun; his relatives said he was unarmed and on his way home from work.",
       note="the killing is admitted; its circumstances are disputed; the soldier's detention is part of the same incident"),
    ev("The army arrested 26 suspected warriors and recovered 19 guns in a disarmament operation in Moroto district.",
       None, "‘since Sunday’; the arrests span several days",
       "Moroto district", "Moroto", "UG", "arrest", "Ugandan security forces", "Karamojong warriors",
       None, None, None, None,
       "The army said it had arrested 26 suspected warriors and recovered 19 guns since Sunday in a disarmament operation in Moroto district.",
       arrested=26),
],
figures=[
    fig("killed", 80, "Karamoja",
        "The region's security committee says at least 80 people, including soldiers, have been killed in raids and clashes since January.",
        note="since January"),
    fig("other", 300, "Karamoja",
        "The army says it has recovered more than 300 illegal guns this year.",
        note="guns recovered"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"SO", "ET", "SD", "SS", "CD", "KE", "UG", "BI"}
# first-level regions used in this set, and the country each belongs to (Somalia's regions,
# Ethiopia's regional states and chartered cities, Sudan's and South Sudan's states, DR Congo's
# provinces, Kenya's counties, Uganda's districts, Burundi's provinces)
ADMINS = {
    "Banaadir": "SO", "Lower Shabelle": "SO", "Middle Shabelle": "SO", "Hiraan": "SO",
    "Lower Juba": "SO", "Middle Juba": "SO", "Bari": "SO",
    "Tigray": "ET", "Amhara": "ET", "Oromia": "ET", "Afar": "ET", "Addis Ababa": "ET",
    "Khartoum": "SD", "West Darfur": "SD", "South Darfur": "SD", "North Darfur": "SD", "Sennar": "SD",
    "Jonglei": "SS", "Upper Nile": "SS", "Central Equatoria": "SS", "Warrap": "SS",
    "North Kivu": "CD", "South Kivu": "CD", "Ituri": "CD",
    "Lamu": "KE", "Mandera": "KE", "Garissa": "KE", "Nairobi": "KE",
    "Kasese": "UG", "Wakiso": "UG", "Kampala": "UG", "Mbale": "UG", "Kotido": "UG", "Napak": "UG",
    "Moroto": "UG",
    "Bujumbura Mairie": "BI", "Cibitoke": "BI", "Bubanza": "BI",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups and missions, and the generic labels of news-dev/news-wide)
ACTORS = {
    "al-Shabaab", "Islamic State", "civilians",
    "Somali security forces", "Puntland security forces", "AMISOM", "US forces", "clan militia",
    "Ethiopian security forces", "Tigray Defence Forces", "Fano", "Oromo Liberation Army",
    "Sudanese security forces", "Rapid Support Forces",
    "South Sudanese security forces", "SPLA-IO", "National Salvation Front", "White Army", "Agwelek",
    "Murle militia", "cattle raiders",
    "Congolese security forces", "M23", "ADF", "CODECO", "Zaire militia", "MONUSCO", "Twirwaneho",
    "Mai-Mai militia", "Raia Mutomboki", "RED-Tabara",
    "Kenyan security forces",
    "Ugandan security forces", "Karamojong warriors", "National Unity Platform",
    "Burundian security forces", "Imbonerakure",
    "militants (unidentified)", "unknown", "none", "protesters", "rioters",
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
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b25-%02d" % (i + 1):
            err(rid, f"id out of order, expected b25-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2012, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2012-2024")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
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
            if e.get("actor1") in ("none", "protesters", "rioters") and e.get("type") != "other":
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
                elif (pub - d).days > 45:
                    err(w, f"date {d} more than 45 days before publication: background, not an incident?")
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
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if any(n > 1 for n in hinted.values()):
        err("set", f"reports without events should come from six different countries: {dict(hinted)}")
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
    print("by country (reports / events / optional / with killed):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
