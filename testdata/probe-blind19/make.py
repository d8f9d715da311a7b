#!/usr/bin/env python3
"""probe-blind19: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: roundups and multi-incident reports (wire-service and English-language daily style),
2014-2024: Iraq, Syria, Afghanistan, Pakistan, Yemen, Somalia, Nigeria, India (Kashmir),
Egypt (Sinai), Libya, Mali, Burkina Faso, DR Congo, Mozambique.

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
# b19-01 .. b19-06
# ---------------------------------------------------------------------------

report("b19-01", "2014-03-12", "https://www.example-mesopotamiapress.com/2014/03/12/iraq-violence-roundup",
"""
Car bombs and shootings kill 18 across Iraq

BAGHDAD, March 12 (Mesopotamia Press Agency) - Car bombs and shootings killed at least 18 people across Iraq on Tuesday, police and medical sources said, extending a wave of violence that has made the past year the bloodiest in the country since 2008.

The deadliest attack struck a busy commercial street in Baghdad's northern Shaab district, where a parked car packed with explosives blew up beside a row of mobile phone shops in the early evening. Seven people were killed and 19 wounded, a police captain at the scene said.

Hours earlier, a second car bomb went off at the entrance to a vegetable market in Hilla, about 100 km (60 miles) south of the capital, killing five people and wounding 16.

In Tarmiya, 45 km north of Baghdad, gunmen in two pickup trucks attacked an army checkpoint before dawn. Three soldiers and two of the attackers were killed in an exchange of fire that lasted nearly an hour, an army officer said.

In the northern city of Mosul, gunmen shot dead a member of a local district council as he left his home in the eastern Zuhur neighbourhood, police said.

Late on Monday, a roadside bomb struck a minibus carrying farm labourers near Muqdadiya, 80 km northeast of Baghdad, killing two passengers and wounding four, a police source in Diyala province said.

Police in Hilla later raised the toll from the market bombing to six dead after civil defence workers pulled another body from a burnt-out shop.

No group claimed responsibility for Tuesday's attacks. Coordinated car bombings in Shi'ite areas are usually the work of the Islamic State of Iraq and the Levant, the al Qaeda offshoot that has held parts of Falluja and Ramadi in the western province of Anbar since the start of the year.

More than 1,700 people have been killed in violence across Iraq since January 1, according to a tally kept by the agency from police and hospital sources.
""",
events=[
    ev("A parked car bomb exploded beside mobile phone shops on a commercial street in Baghdad's Shaab district in the early evening, killing 7 and wounding 19.",
       "2014-03-11", "‘on Tuesday’ in the lead, before the Wednesday 2014-03-12 dateline: Tuesday 2014-03-11",
       "Shaab", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       7, None, 19, None,
       "The deadliest attack struck a busy commercial street in Baghdad's northern Shaab district, where a parked car packed with explosives blew up beside a row of mobile phone shops in the early evening. Seven people were killed and 19 wounded, a police captain at the scene said.",
       note="no claim; ISIL only named as the usual author of such bombings, not as the author of this one"),
    ev("A car bomb at the entrance of a vegetable market in Hilla killed five, a toll later raised to six, and wounded 16.",
       "2014-03-11", "‘Hours earlier’ than the Shaab blast of Tuesday 2014-03-11; one of the attacks the lead puts ‘on Tuesday’",
       "vegetable market, Hilla", "Babil", "IQ", "explosion", "unknown", "civilians",
       6, None, 16, None,
       "Hours earlier, a second car bomb went off at the entrance to a vegetable market in Hilla, about 100 km (60 miles) south of the capital, killing five people and wounding 16. [...] Police in Hilla later raised the toll from the market bombing to six dead after civil defence workers pulled another body from a burnt-out shop.",
       note="first toll 5, revised later in the report to 6; the revision replaces it"),
    ev("Gunmen in two pickups attacked an army checkpoint in Tarmiya before dawn; three soldiers and two attackers were killed.",
       "2014-03-11", "‘before dawn’, one of the attacks of Tuesday 2014-03-11 that the lead counts (‘on Tuesday’)",
       "Tarmiya", "Baghdad", "IQ", "battle", "militants (unidentified)", "Iraqi Security Forces",
       5, None, None, None,
       "In Tarmiya, 45 km north of Baghdad, gunmen in two pickup trucks attacked an army checkpoint before dawn. Three soldiers and two of the attackers were killed in an exchange of fire that lasted nearly an hour, an army officer said.",
       note="5 = 3 soldiers + 2 attackers"),
    ev("Gunmen shot dead a district council member outside his home in Mosul's Zuhur neighbourhood.",
       "2014-03-11", "no day in the paragraph; one of the killings the lead puts ‘on Tuesday’ (7 + 5 + 5 + 1 = 18): Tuesday 2014-03-11",
       "Zuhur", "Nineveh", "IQ", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In the northern city of Mosul, gunmen shot dead a member of a local district council as he left his home in the eastern Zuhur neighbourhood, police said.",
       note="targeted killing of a local official"),
    ev("A roadside bomb hit a minibus carrying farm labourers near Muqdadiya late on Monday, killing two and wounding four.",
       "2014-03-10", "‘Late on Monday’ before the Wednesday 2014-03-12 dateline: Monday 2014-03-10",
       "near Muqdadiya", "Diyala", "IQ", "explosion", "unknown", "civilians",
       2, None, 4, None,
       "Late on Monday, a roadside bomb struck a minibus carrying farm labourers near Muqdadiya, 80 km northeast of Baghdad, killing two passengers and wounding four, a police source in Diyala province said."),
],
figures=[
    fig("killed", 18, "Iraq",
        "Car bombs and shootings killed at least 18 people across Iraq on Tuesday, police and medical sources said",
        note="daily aggregate = 7 (Shaab) + 5 (Hilla, first toll) + 5 (Tarmiya) + 1 (Mosul); not an event"),
    fig("killed", 1700, "Iraq",
        "More than 1,700 people have been killed in violence across Iraq since January 1, according to a tally kept by the agency from police and hospital sources.",
        note="since January 1, 2014"),
])

report("b19-02", "2016-08-21", "https://www.example-hindukushherald.com/news/2016/08/21/taliban-three-provinces",
"""
Taliban attacks kill 17 Afghan security personnel in three provinces

KABUL, August 21 (Hindukush Herald) - At least 17 members of the Afghan security forces and dozens of insurgents have been killed in three days of fighting in Helmand, Kunduz and Uruzgan provinces, officials said on Sunday, as the Taliban pressed their summer offensive on several fronts.

In Helmand, Taliban fighters attacked police posts in the Bolan area on the outskirts of Lashkar Gah, the provincial capital, late on Friday. Nine policemen were killed and six wounded in fighting that went on until dawn, said Abdul Wakil Sarwari, a spokesman for the provincial police chief. He said 14 insurgents were also killed and their bodies left on the battlefield.

A Taliban spokesman said in a statement that the group's fighters had killed 35 policemen and seized four posts in Bolan, a claim that could not be independently verified. The insurgents often exaggerate their battlefield gains.

On Saturday, a roadside bomb tore through a car carrying members of one family in the Nad Ali district of the same province, killing four of them, including two children, and wounding two others, the governor's office said in a statement that blamed the Taliban. The group did not comment.

In the northern province of Kunduz, insurgents attacked an army outpost in Chahar Dara district on Friday afternoon. Five soldiers and at least 12 of the attackers were killed before reinforcements arrived, a spokesman for the army's 209th Shaheen Corps said. The Taliban later said their fighters had overrun the outpost, which the army denied.

In Uruzgan, three policemen were killed on Thursday when a bomb hidden in a culvert exploded under their pickup on the road between Tarinkot and Chora district, provincial police said.

Helmand, which produces most of Afghanistan's opium, saw the heaviest fighting of British and U.S. troops until their combat mission ended in 2014. Since then, Afghan forces have struggled to hold back the Taliban, who now control or contest most of the province's 14 districts.

Provincial officials say more than 5,000 families have fled to Lashkar Gah since the start of the month.
""",
events=[
    ev("Taliban fighters attacked police posts in Bolan on the outskirts of Lashkar Gah from late Friday until dawn; 9 policemen and 14 insurgents were killed, 6 policemen wounded.",
       "2016-08-19", "‘late on Friday’ before the Sunday 2016-08-21 dateline; fighting ‘until dawn’ takes the first night: Friday 2016-08-19",
       "Bolan", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       23, None, 6, None,
       "In Helmand, Taliban fighters attacked police posts in the Bolan area on the outskirts of Lashkar Gah, the provincial capital, late on Friday. Nine policemen were killed and six wounded in fighting that went on until dawn, said Abdul Wakil Sarwari, a spokesman for the provincial police chief. He said 14 insurgents were also killed and their bodies left on the battlefield.",
       note="23 = 9 police + 14 insurgents (police count); the Taliban's claim of 35 policemen killed is not used"),
    ev("A roadside bomb hit a family's car in Nad Ali district, killing four, including two children, and wounding two; the governor's office blamed the Taliban.",
       "2016-08-20", "‘On Saturday’ before the Sunday 2016-08-21 dateline: Saturday 2016-08-20",
       "Nad Ali", "Helmand", "AF", "explosion", "Taliban", "civilians",
       4, None, 2, None,
       "On Saturday, a roadside bomb tore through a car carrying members of one family in the Nad Ali district of the same province, killing four of them, including two children, and wounding two others, the governor's office said in a statement that blamed the Taliban.",
       note="blamed on the Taliban by the governor's office; the Taliban did not comment"),
    ev("Insurgents attacked an army outpost in Chahar Dara district of Kunduz; five soldiers and at least 12 attackers were killed; the Taliban later said they overran it.",
       "2016-08-19", "‘on Friday afternoon’ before the Sunday 2016-08-21 dateline: Friday 2016-08-19",
       "Chahar Dara", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       17, None, None, None,
       "In the northern province of Kunduz, insurgents attacked an army outpost in Chahar Dara district on Friday afternoon. Five soldiers and at least 12 of the attackers were killed before reinforcements arrived, a spokesman for the army's 209th Shaheen Corps said. The Taliban later said their fighters had overrun the outpost, which the army denied.",
       note="17 = 5 soldiers + at least 12 attackers; the attackers are named only by the Taliban's later claim"),
    ev("A culvert bomb exploded under a police pickup on the road between Tarinkot and Chora, killing three policemen.",
       "2016-08-18", "‘on Thursday’ before the Sunday 2016-08-21 dateline: Thursday 2016-08-18",
       "road between Tarinkot and Chora", "Uruzgan", "AF", "explosion", "unknown", "Afghan security forces",
       3, None, None, None,
       "In Uruzgan, three policemen were killed on Thursday when a bomb hidden in a culvert exploded under their pickup on the road between Tarinkot and Chora district, provincial police said."),
],
figures=[
    fig("killed", 17, "Helmand, Kunduz and Uruzgan",
        "At least 17 members of the Afghan security forces and dozens of insurgents have been killed in three days of fighting in Helmand, Kunduz and Uruzgan provinces",
        note="= 9 (Bolan) + 5 (Chahar Dara) + 3 (Uruzgan) security personnel"),
    fig("displaced", 5000, "Lashkar Gah",
        "Provincial officials say more than 5,000 families have fled to Lashkar Gah since the start of the month.",
        note="families, not people"),
])

report("b19-03", "2019-05-16", "https://www.example-horndispatch.com/somalia/2019-05-16-lower-shabelle-ambush-mortars",
"""
Somali soldiers killed in Lower Shabelle ambush; mortars hit Mogadishu port area

MOGADISHU, May 16 (Horn Dispatch) - At least four Somali soldiers were killed in an ambush in the Lower Shabelle region on Tuesday, a day before mortar shells crashed into a residential district near Mogadishu's seaport, officials and witnesses said.

The ambush happened near Awdheegle, about 70 km southwest of the capital, when fighters hiding in a maize field opened fire on a convoy carrying supplies to an army base. Captain Ahmed Nur Farah, a commander in the area, told the Horn Dispatch by telephone that four soldiers had died and three were wounded. A resident who saw the bodies being loaded onto a truck said seven soldiers were killed. Al-Shabaab said in a statement on a website affiliated to the group that its fighters had carried out the ambush and seized a vehicle.

Late on Wednesday, at least three mortar shells landed in the Hamarweyne district, close to the port. Two civilians were killed and five wounded, among them a child, said a police officer, Abdikadir Hassan. It was not immediately clear who fired the shells, and no group had claimed responsibility by Thursday afternoon.

On Monday, a suicide bomber drove a car laden with explosives toward a checkpoint at the entrance of Balcad, 30 km north of Mogadishu. Soldiers opened fire on the vehicle, which blew up before it reached the barrier, killing the bomber and one soldier and wounding two passers-by, the district commissioner said. Police blamed al-Shabaab.

The al Qaeda-linked group was driven out of Mogadishu in 2011 but still controls large parts of the countryside, from where it launches attacks on government and African Union troops. The government says its forces have killed more than 200 militants in Lower Shabelle since January, a figure that cannot be verified.
""",
events=[
    ev("Fighters hidden in a maize field ambushed an army supply convoy near Awdheegle; an officer gave four soldiers killed and three wounded, a resident seven killed; al-Shabaab claimed the ambush.",
       "2019-05-14", "‘on Tuesday’ in the lead, before the Thursday 2019-05-16 dateline: Tuesday 2019-05-14",
       "near Awdheegle", "Lower Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
       4, 7, 3, None,
       "At least four Somali soldiers were killed in an ambush in the Lower Shabelle region on Tuesday [...] The ambush happened near Awdheegle, about 70 km southwest of the capital, when fighters hiding in a maize field opened fire on a convoy carrying supplies to an army base. Captain Ahmed Nur Farah, a commander in the area, told the Horn Dispatch by telephone that four soldiers had died and three were wounded. A resident who saw the bodies being loaded onto a truck said seven soldiers were killed. Al-Shabaab said in a statement on a website affiliated to the group that its fighters had carried out the ambush and seized a vehicle.",
       note="told twice (lead, then detail): one event; conflicting tolls 4 (commander) vs 7 (resident); actor from al-Shabaab's own claim"),
    ev("At least three mortar shells landed in Hamarweyne district near Mogadishu's port late on Wednesday, killing two civilians and wounding five.",
       "2019-05-15", "‘Late on Wednesday’ before the Thursday 2019-05-16 dateline: Wednesday 2019-05-15",
       "Hamarweyne", "Banaadir", "SO", "explosion", "unknown", "civilians",
       2, None, 5, None,
       "Late on Wednesday, at least three mortar shells landed in the Hamarweyne district, close to the port. Two civilians were killed and five wounded, among them a child, said a police officer, Abdikadir Hassan.",
       note="nobody claimed; the firer is not known"),
    ev("A suicide car bomber heading for a checkpoint at the entrance of Balcad blew up under fire, killing himself and a soldier and wounding two passers-by; police blamed al-Shabaab.",
       "2019-05-13", "‘On Monday’ before the Thursday 2019-05-16 dateline: Monday 2019-05-13",
       "checkpoint at the entrance of Balcad", "Middle Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
       2, None, 2, None,
       "On Monday, a suicide bomber drove a car laden with explosives toward a checkpoint at the entrance of Balcad, 30 km north of Mogadishu. Soldiers opened fire on the vehicle, which blew up before it reached the barrier, killing the bomber and one soldier and wounding two passers-by, the district commissioner said. Police blamed al-Shabaab.",
       note="2 = the bomber + 1 soldier; blamed on al-Shabaab by the police"),
],
figures=[
    fig("killed", 200, "Lower Shabelle",
        "The government says its forces have killed more than 200 militants in Lower Shabelle since January, a figure that cannot be verified.",
        note="government's running claim since January 2019"),
])

report("b19-04", "2023-02-04", "https://www.example-frontierledger.com/kp/2023/02/04/lakki-bannu-waziristan-attacks",
"""
Militants attack police in Lakki Marwat and Bannu; two soldiers martyred in North Waziristan

PESHAWAR, February 4 (The Frontier Ledger) - A policeman was martyred and two others were injured when militants attacked a police post in Lakki Marwat district late on Thursday night, officials said, in one of three attacks on security personnel in Khyber Pakhtunkhwa's southern districts in as many days.

District Police Officer Tariq Khattak said about 15 militants armed with rifles and rocket launchers attacked the post at Tajori from three sides at around 11pm on Thursday. The police returned fire and the attackers fled after a two-hour gun battle. The bodies of two militants were found near the post at first light, he said. The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack in a message sent to journalists.

On Friday morning, two men on a motorcycle opened fire on a police mobile van on the Bannu-Miranshah road on the outskirts of Bannu, killing a sub-inspector and the van's driver, a constable. The attackers escaped. No group claimed the attack.

In North Waziristan, two soldiers were martyred and a terrorist was killed in an exchange of fire in the Datta Khel area on Wednesday, the military's media wing said in a statement issued on Friday. It said terrorists had opened fire on a security forces' post and that troops had responded effectively.

Separately, the Counter-Terrorism Department (CTD) said on Friday it had arrested three suspected TTP militants in Dera Ismail Khan and recovered hand grenades, detonators and a suicide vest from their possession.

Attacks on police have increased sharply since the TTP called off its ceasefire with the government in November. According to figures compiled by the provincial police, 119 policemen were martyred in the province in 2022, the highest number since 2013.
""",
events=[
    ev("About 15 militants attacked the police post at Tajori, Lakki Marwat, late on Thursday; one policeman was killed and two injured, and two attackers' bodies were found; the TTP claimed the attack.",
       "2023-02-02", "‘late on Thursday night’ and ‘at around 11pm on Thursday’ before the Saturday 2023-02-04 dateline: Thursday 2023-02-02",
       "Tajori", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       3, None, 2, None,
       "A policeman was martyred and two others were injured when militants attacked a police post in Lakki Marwat district late on Thursday night [...] District Police Officer Tariq Khattak said about 15 militants armed with rifles and rocket launchers attacked the post at Tajori from three sides at around 11pm on Thursday. The police returned fire and the attackers fled after a two-hour gun battle. The bodies of two militants were found near the post at first light, he said. The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack in a message sent to journalists.",
       note="3 = 1 policeman + 2 militants; told twice (lead, then detail)"),
    ev("Two men on a motorcycle fired on a police van on the Bannu-Miranshah road outside Bannu, killing a sub-inspector and the driver.",
       "2023-02-03", "‘On Friday morning’ before the Saturday 2023-02-04 dateline: Friday 2023-02-03",
       "Bannu-Miranshah road, outskirts of Bannu", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       2, None, None, None,
       "On Friday morning, two men on a motorcycle opened fire on a police mobile van on the Bannu-Miranshah road on the outskirts of Bannu, killing a sub-inspector and the van's driver, a constable. The attackers escaped. No group claimed the attack.",
       note="no claim"),
    ev("Militants opened fire on a security forces' post in Datta Khel, North Waziristan; two soldiers and one militant were killed.",
       "2023-02-01", "‘on Wednesday’ before the Saturday 2023-02-04 dateline: Wednesday 2023-02-01 (the statement came ‘on Friday’)",
       "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       3, None, None, None,
       "In North Waziristan, two soldiers were martyred and a terrorist was killed in an exchange of fire in the Datta Khel area on Wednesday, the military's media wing said in a statement issued on Friday. It said terrorists had opened fire on a security forces' post and that troops had responded effectively.",
       note="3 = 2 soldiers + 1 militant"),
    ev("The Counter-Terrorism Department arrested three suspected TTP militants in Dera Ismail Khan and seized grenades, detonators and a suicide vest.",
       None, "only the day of the announcement is given (‘said on Friday’); the day of the arrests is not stated",
       "Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       None, None, None, None,
       "Separately, the Counter-Terrorism Department (CTD) said on Friday it had arrested three suspected TTP militants in Dera Ismail Khan and recovered hand grenades, detonators and a suicide vest from their possession.",
       arrested=3),
],
figures=[
    fig("killed", 119, "Khyber Pakhtunkhwa",
        "According to figures compiled by the provincial police, 119 policemen were martyred in the province in 2022, the highest number since 2013.",
        note="policemen killed in 2022"),
])

report("b19-05", "2024-01-03", "https://www.example-capitalcourier.com/pakistan/2024/01/03/militant-violence-six-year-high",
"""
Militant violence in Pakistan hit six-year high in 2023, think tank says

ISLAMABAD, January 3 (Capital Courier) - Militant attacks in Pakistan rose for the third year running in 2023, killing more people than in any year since 2017, an Islamabad-based research group said in its annual security report released on Wednesday.

The Margalla Institute for Peace Research recorded 664 militant attacks across the country during the year, in which 1,316 people were killed, among them 518 members of the security forces, 447 civilians and 351 militants. A further 1,702 people were wounded.

Khyber Pakhtunkhwa remained the worst-affected province, accounting for more than half of all attacks, most of them in the districts bordering Afghanistan that formed the tribal areas until their merger with the province in 2018. Balochistan, where separatist groups and Islamist militants are both active, saw 171 attacks, its highest number in a decade.

Suicide bombings, which had almost disappeared from Pakistan's cities after the army's offensives in the tribal areas in the mid-2010s, have made a return: the report counted 23 of them during the year, against 13 in 2022.

The report blamed much of the rise on the Tehreek-i-Taliban Pakistan, which ended a ceasefire with the government in November 2022, and on an Islamic State affiliate active in the northwest. Islamabad accuses the Taliban government in Kabul of allowing the TTP to use Afghan soil to plan attacks, a charge Kabul denies.

"The numbers tell us the militant networks have regrouped," the institute's director, Saima Rafiq, told the Capital Courier. "Counter-terrorism cannot be left to the police alone in districts where they are outgunned."

The interior ministry did not comment on the report. In a statement issued last week, the military's media wing said security forces had conducted thousands of intelligence-based operations during the year and killed or arrested hundreds of terrorists.
""",
country_hint="PK",
figures=[
    fig("other", 664, "Pakistan",
        "The Margalla Institute for Peace Research recorded 664 militant attacks across the country during the year",
        note="militant attacks in 2023"),
    fig("killed", 1316, "Pakistan",
        "in which 1,316 people were killed, among them 518 members of the security forces, 447 civilians and 351 militants",
        note="2023; = 518 security forces + 447 civilians + 351 militants"),
    fig("killed", 518, "Pakistan",
        "in which 1,316 people were killed, among them 518 members of the security forces",
        note="security forces killed in 2023"),
    fig("wounded", 1702, "Pakistan",
        "A further 1,702 people were wounded.",
        note="2023"),
    fig("other", 171, "Balochistan",
        "Balochistan, where separatist groups and Islamist militants are both active, saw 171 attacks, its highest number in a decade.",
        note="attacks in Balochistan in 2023"),
    fig("other", 23, "Pakistan",
        "the report counted 23 of them during the year, against 13 in 2022",
        note="suicide bombings in 2023"),
])

report("b19-06", "2019-07-22", "https://www.example-levantwire.com/syria/2019/07/22/idlib-market-strikes",
"""
Air strikes on Idlib market town kill at least 23, monitor says

BEIRUT, July 22 (Levant Wire) - Air strikes on a crowded vegetable market in the town of Maarat al-Numan in Syria's northwestern Idlib province killed at least 23 people on Monday, a war monitor said, in one of the deadliest days for civilians since the government and its Russian allies stepped up their offensive on the rebel enclave in late April.

The strikes hit the market shortly after 9 a.m., when it was packed with farmers and shoppers, said the Syrian Field Monitor, a network of activists based in southern Turkey. It said the aircraft belonged to the Syrian government. More than 50 people were wounded, some of them critically, and rescuers were searching the rubble of two collapsed buildings.

Earlier on Monday, barrel bombs dropped by government helicopters killed a woman and her two children in Khan Sheikhoun, 25 km further south, the monitor said.

By Monday evening the monitor had raised the toll in Maarat al-Numan to 31, including four children, and said 34 civilians had been killed across the province during the day.

On the front line in northern Hama, jihadists led by Hayat Tahrir al-Sham attacked government positions around the village of Tal Malah on Sunday. Fourteen soldiers and allied militiamen and 11 jihadists were killed in the fighting, which ended with the attackers pulling back, the monitor said.

State media said on Sunday that rockets fired by "terrorists" had killed two civilians in the government-held town of Suqaylabiyah, on the edge of the Ghab plain northwest of Hama.

Damascus and Moscow deny targeting civilians and say they are fighting terrorists. Russia has said its aircraft do not strike populated areas.

The monitor says more than 400 civilians have been killed in Idlib and northern Hama since late April, and the United Nations says some 330,000 people have been displaced toward the Turkish border.
""",
events=[
    ev("Syrian government air strikes hit a crowded vegetable market in Maarat al-Numan; the monitor's toll rose from 23 to 31 dead, with more than 50 wounded.",
       "2019-07-22", "‘on Monday’, the day of the Monday 2019-07-22 dateline",
       "vegetable market, Maarat al-Numan", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       31, None, 50, None,
       "Air strikes on a crowded vegetable market in the town of Maarat al-Numan in Syria's northwestern Idlib province killed at least 23 people on Monday, a war monitor said [...] It said the aircraft belonged to the Syrian government. More than 50 people were wounded, some of them critically, and rescuers were searching the rubble of two collapsed buildings. [...] By Monday evening the monitor had raised the toll in Maarat al-Numan to 31, including four children",
       note="first toll 23 (lead and headline), revised the same evening to 31; the revision replaces it"),
    ev("Barrel bombs dropped by government helicopters killed a woman and her two children in Khan Sheikhoun.",
       "2019-07-22", "‘Earlier on Monday’: Monday 2019-07-22, the dateline day",
       "Khan Sheikhoun", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       3, None, None, None,
       "Earlier on Monday, barrel bombs dropped by government helicopters killed a woman and her two children in Khan Sheikhoun, 25 km further south, the monitor said."),
    ev("Jihadists led by Hayat Tahrir al-Sham attacked government positions around Tal Malah in northern Hama; 14 soldiers and militiamen and 11 jihadists were killed.",
       "2019-07-21", "‘on Sunday’ before the Monday 2019-07-22 dateline: Sunday 2019-07-21",
       "Tal Malah", "Hama", "SY", "battle", "Hayat Tahrir al-Sham", "Syrian government forces",
       25, None, None, None,
       "On the front line in northern Hama, jihadists led by Hayat Tahrir al-Sham attacked government positions around the village of Tal Malah on Sunday. Fourteen soldiers and allied militiamen and 11 jihadists were killed in the fighting, which ended with the attackers pulling back, the monitor said.",
       note="25 = 14 soldiers and militiamen + 11 jihadists"),
    ev("State media said rockets fired by 'terrorists' killed two civilians in the government-held town of Suqaylabiyah.",
       None, "only the day state media reported it is given (‘State media said on Sunday’); the day of the rocket fire is not stated",
       "Suqaylabiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, None, None,
       "State media said on Sunday that rockets fired by \"terrorists\" had killed two civilians in the government-held town of Suqaylabiyah, on the edge of the Ghab plain northwest of Hama.",
       note="state media's 'terrorists' = rebel factions (news-dev convention)"),
],
figures=[
    fig("killed", 34, "Idlib province",
        "said 34 civilians had been killed across the province during the day",
        note="daily aggregate for Monday = 31 (Maarat al-Numan) + 3 (Khan Sheikhoun); not an event"),
    fig("killed", 400, "Idlib and northern Hama",
        "The monitor says more than 400 civilians have been killed in Idlib and northern Hama since late April",
        note="civilians, since late April 2019"),
    fig("displaced", 330000, "Idlib and northern Hama",
        "the United Nations says some 330,000 people have been displaced toward the Turkish border"),
])
# ---------------------------------------------------------------------------
# b19-07 .. b19-12
# ---------------------------------------------------------------------------

report("b19-07", "2016-03-27", "https://www.example-gulflevantnews.com/iraq/2016/03/27/haditha-suicide-attack-kubaisa",
"""
Suicide bombers kill six soldiers near Haditha as Iraqi troops retake Kubaisa

BAGHDAD, March 27 (Gulf & Levant News Service) - Islamic State suicide bombers attacked an army position near the western Iraqi town of Haditha before dawn on Saturday, killing six soldiers, officials said, a day after government forces retook the town of Kubaisa in the same province.

Three bombers, two of them driving explosives-laden Humvees, struck the position at Haqlaniya, just south of Haditha, where soldiers and Sunni tribal fighters have held out against the militants for more than a year, an officer in the Jazeera and Badiya operations command said. Six soldiers and two tribal fighters were killed and 11 were wounded, he said. All three bombers died.

The Islamic State claimed the attack in a statement circulated online, saying its "martyrdom seekers" had killed dozens of "apostates". The same group claimed a car bomb that killed four Popular Mobilisation fighters and wounded seven at a checkpoint on the northern edge of Samarra on Thursday.

Troops, counter-terrorism units and tribal fighters backed by coalition air strikes took full control of Kubaisa, about 15 km west of Hit, on Friday after three days of street fighting, the Joint Operations Command said in a statement. It said dozens of militants had been killed and that engineers were clearing booby-trapped houses.

The capture of Kubaisa opens the way for an assault on Hit, which the militants have held since October 2014, and for the reopening of the main road to the Ain al-Asad air base, where U.S. military advisers are stationed.

At least 12 members of the security forces and allied fighters were killed in Anbar and Salahuddin provinces between Thursday and Saturday, according to a tally by the agency.

Aid groups say more than 3,000 families have fled Hit and the surrounding villages since the start of the month, many of them walking through the desert to reach army lines.
""",
events=[
    ev("Three Islamic State suicide bombers, two in explosives-laden Humvees, struck an army and tribal fighters' position at Haqlaniya, south of Haditha; six soldiers, two tribal fighters and the three bombers died, 11 were wounded.",
       "2016-03-26", "‘before dawn on Saturday’ before the Sunday 2016-03-27 dateline: Saturday 2016-03-26",
       "Haqlaniya", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       11, None, 11, None,
       "Islamic State suicide bombers attacked an army position near the western Iraqi town of Haditha before dawn on Saturday, killing six soldiers, officials said [...] Three bombers, two of them driving explosives-laden Humvees, struck the position at Haqlaniya, just south of Haditha, where soldiers and Sunni tribal fighters have held out against the militants for more than a year, an officer in the Jazeera and Badiya operations command said. Six soldiers and two tribal fighters were killed and 11 were wounded, he said. All three bombers died.",
       note="told twice (lead, then detail); 11 = 6 soldiers + 2 tribal fighters + 3 bombers; IS's claim of 'dozens' killed is not used"),
    ev("A car bomb claimed by the same group (Islamic State) killed four Popular Mobilisation fighters and wounded seven at a checkpoint on the northern edge of Samarra.",
       "2016-03-24", "‘on Thursday’ before the Sunday 2016-03-27 dateline: Thursday 2016-03-24",
       "checkpoint on the northern edge of Samarra", "Salahuddin", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
       4, None, 7, None,
       "The same group claimed a car bomb that killed four Popular Mobilisation fighters and wounded seven at a checkpoint on the northern edge of Samarra on Thursday.",
       note="actor only by back-reference ('The same group' = the Islamic State of the sentence before)"),
    ev("Troops, counter-terrorism units and tribal fighters backed by coalition air strikes took full control of Kubaisa after three days of street fighting.",
       "2016-03-25", "‘on Friday’ before the Sunday 2016-03-27 dateline: Friday 2016-03-25 (after three days of fighting)",
       "Kubaisa", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Troops, counter-terrorism units and tribal fighters backed by coalition air strikes took full control of Kubaisa, about 15 km west of Hit, on Friday after three days of street fighting, the Joint Operations Command said in a statement. It said dozens of militants had been killed",
       note="with the Counter-Terrorism Service, tribal fighters and coalition air support; 'dozens' of militants gives no count"),
],
figures=[
    fig("killed", 12, "Anbar and Salahuddin",
        "At least 12 members of the security forces and allied fighters were killed in Anbar and Salahuddin provinces between Thursday and Saturday, according to a tally by the agency.",
        note="= 6 soldiers + 2 tribal fighters (Haqlaniya) + 4 PMF (Samarra); not an event"),
    fig("displaced", 3000, "Hit",
        "Aid groups say more than 3,000 families have fled Hit and the surrounding villages since the start of the month",
        note="families, not people"),
])

report("b19-08", "2015-06-12", "https://www.example-lakechadchronicle.com/borno/2015/06/12/mainok-raid-damaturu-bomber",
"""
Boko Haram raid kills villagers on Maiduguri-Damaturu highway; girl bomber strikes Damaturu motor park

MAIDUGURI, June 12 (Lake Chad Chronicle) - Boko Haram fighters raided Mainok, a village on the highway between Maiduguri and Damaturu, on Wednesday night, shooting residents and setting fire to houses and the village market, witnesses and officials said.

A leader of the Civilian Joint Task Force vigilante group in the area said 14 villagers were killed. An official of the Kaga local government council, speaking on condition of anonymity, put the toll at 11. "They came on about 20 motorcycles and a Hilux, shouting Allahu Akbar. Those who could not run were shot," said a farmer who escaped into the bush with his family.

On Thursday morning, a teenage girl blew herself up at a motor park in Damaturu, the Yobe State capital, killing herself and three other people and wounding 14, police said. No group claimed the attack.

In a statement on Thursday, the army said troops had killed 21 insurgents and freed 30 women and children held captive in an operation in the Sambisa Forest, without saying when the operation took place. The army's figures cannot be independently verified because access to the area is restricted.

The attacks came days after the new government ordered the military command centre for the campaign moved from Abuja to Maiduguri, saying it wanted commanders closer to the front.

More than 50 people have been killed in attacks in Borno and Yobe since Sunday, according to a count by the Lake Chad Chronicle, and an estimated 1.5 million people have been displaced by the six-year insurgency.
""",
events=[
    ev("Boko Haram fighters raided Mainok on the Maiduguri-Damaturu highway at night, shooting residents and burning houses and the market; 14 killed according to a vigilante leader, 11 according to a council official.",
       "2015-06-10", "‘on Wednesday night’ before the Friday 2015-06-12 dateline: Wednesday 2015-06-10",
       "Mainok", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       11, 14, None, None,
       "Boko Haram fighters raided Mainok, a village on the highway between Maiduguri and Damaturu, on Wednesday night, shooting residents and setting fire to houses and the village market, witnesses and officials said. [...] A leader of the Civilian Joint Task Force vigilante group in the area said 14 villagers were killed. An official of the Kaga local government council, speaking on condition of anonymity, put the toll at 11.",
       note="conflicting tolls: 11 (council official) vs 14 (CJTF leader)"),
    ev("A teenage girl blew herself up at a motor park in Damaturu, killing herself and three others and wounding 14.",
       "2015-06-11", "‘On Thursday morning’ before the Friday 2015-06-12 dateline: Thursday 2015-06-11",
       "motor park, Damaturu", "Yobe", "NG", "explosion", "unknown", "civilians",
       4, None, 14, None,
       "On Thursday morning, a teenage girl blew herself up at a motor park in Damaturu, the Yobe State capital, killing herself and three other people and wounding 14, police said. No group claimed the attack.",
       note="4 = 3 victims + the bomber; no group claimed or blamed"),
    ev("The army said troops killed 21 insurgents and freed 30 women and children in an operation in the Sambisa Forest, without saying when.",
       None, "undated operation (‘without saying when the operation took place’); the statement came ‘on Thursday’",
       "Sambisa Forest", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram",
       21, None, None, None,
       "In a statement on Thursday, the army said troops had killed 21 insurgents and freed 30 women and children held captive in an operation in the Sambisa Forest, without saying when the operation took place.",
       note="army's own figure, unverifiable; 30 captives freed", optional=True),
],
figures=[
    fig("killed", 50, "Borno and Yobe",
        "More than 50 people have been killed in attacks in Borno and Yobe since Sunday, according to a count by the Lake Chad Chronicle",
        note="running total since Sunday 2015-06-07; not an event"),
    fig("displaced", 1500000, "northeast Nigeria",
        "an estimated 1.5 million people have been displaced by the six-year insurgency"),
])

report("b19-09", "2018-06-20", "https://www.example-arabianbulletin.com/yemen/2018-06-20-hodeidah-strike-taiz-shelling",
"""
Air strike kills family fleeing Hodeidah fighting; shelling hits Taiz

ADEN, June 20 (Arabian Peninsula Bulletin) - An air strike hit a pickup truck carrying a family fleeing the fighting on Yemen's Red Sea coast on Monday, killing nine people, medics said, as forces backed by the Saudi-led coalition pressed their offensive toward the port city of Hodeidah.

The truck was struck on the coastal road near al-Tuhayta, south of Hodeidah, as it headed for the town of Khokha, a medic at a field hospital there said. The Houthi-run health ministry in Sanaa blamed the coalition, which said it would look into the report. The coalition's aircraft are the only ones operating over Yemen.

Further north, in al-Durayhimi district on the southern approaches to Hodeidah, Houthi fighters attacked positions held by government forces on Tuesday. A military source with the government forces said four of their fighters and 11 Houthis were killed before the attack was repulsed. The Houthis did not give their losses.

In Taiz, Yemen's third-largest city, Houthi shelling hit the al-Rawdha neighbourhood on Sunday, killing two children and wounding five other civilians, a local health official said. The Houthis, who besiege the city from the surrounding hills, did not comment.

The coalition of Arab states intervened in Yemen's war in March 2015 to restore the internationally recognised government, which the Houthis had driven out of the capital, Sanaa, months earlier.

The United Nations says more than 5,200 families have fled their homes in Hodeidah province since the start of June, and it has warned that fighting in the port city itself could cut off food imports for millions of people.
""",
events=[
    ev("An air strike hit a pickup carrying a fleeing family on the coastal road near al-Tuhayta, killing nine; the Houthi-run health ministry blamed the Saudi-led coalition.",
       "2018-06-18", "‘on Monday’ before the Wednesday 2018-06-20 dateline: Monday 2018-06-18",
       "coastal road near al-Tuhayta", "Hodeidah", "YE", "explosion", "Saudi-led coalition", "civilians",
       9, None, None, None,
       "An air strike hit a pickup truck carrying a family fleeing the fighting on Yemen's Red Sea coast on Monday, killing nine people, medics said [...] The truck was struck on the coastal road near al-Tuhayta, south of Hodeidah, as it headed for the town of Khokha, a medic at a field hospital there said. The Houthi-run health ministry in Sanaa blamed the coalition, which said it would look into the report.",
       note="blamed on the coalition by the Houthi-run ministry; the coalition did not deny and is the only air force operating"),
    ev("Houthi fighters attacked government forces' positions in al-Durayhimi district; four government fighters and 11 Houthis were killed.",
       "2018-06-19", "‘on Tuesday’ before the Wednesday 2018-06-20 dateline: Tuesday 2018-06-19",
       "al-Durayhimi", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces",
       15, None, None, None,
       "Further north, in al-Durayhimi district on the southern approaches to Hodeidah, Houthi fighters attacked positions held by government forces on Tuesday. A military source with the government forces said four of their fighters and 11 Houthis were killed before the attack was repulsed.",
       note="15 = 4 government fighters + 11 Houthis (government source)"),
    ev("Houthi shelling hit Taiz's al-Rawdha neighbourhood, killing two children and wounding five civilians.",
       "2018-06-17", "‘on Sunday’ before the Wednesday 2018-06-20 dateline: Sunday 2018-06-17",
       "al-Rawdha", "Taiz", "YE", "explosion", "Houthis", "civilians",
       2, None, 5, None,
       "In Taiz, Yemen's third-largest city, Houthi shelling hit the al-Rawdha neighbourhood on Sunday, killing two children and wounding five other civilians, a local health official said."),
],
figures=[
    fig("displaced", 5200, "Hodeidah province",
        "The United Nations says more than 5,200 families have fled their homes in Hodeidah province since the start of June",
        note="families, not people"),
])

report("b19-10", "2018-05-06", "https://www.example-valleyobserver.com/kashmir/2018/05/06/shopian-gunfight-pulwama-grenade",
"""
Four militants, soldier killed in Shopian gunfight; grenade attack wounds seven in Pulwama

SRINAGAR, May 6 (Valley Observer) - Four militants and a soldier were killed in a gunfight with government forces in south Kashmir's Shopian district on Saturday, police said.

Troops of the army's Rashtriya Rifles, the Central Reserve Police Force (CRPF) and the police's Special Operations Group cordoned off Zainapora village late on Friday night after receiving information about the presence of militants. The militants opened fire as a search party approached a house early on Saturday, triggering a gunfight that went on until the afternoon, a police spokesman said. He said the four slain militants belonged to Hizbul Mujahideen, one of them a local commander. Two more soldiers were injured and were shifted to the army's hospital in Srinagar.

On Friday evening, militants hurled a grenade at a CRPF patrol in the main market of Rajpora in Pulwama district. Three CRPF personnel and four civilians were injured, none of them seriously, and no one was killed, police said.

In north Kashmir's Sopore town, two gunmen shot dead a shopkeeper outside his shop on Thursday evening. Police said the attackers were members of Lashkar-e-Taiba and that the killing was meant to enforce a shutdown call.

Authorities suspended mobile internet services in Shopian and Pulwama as a precaution, and separatist leaders called for a general strike on Monday.

According to police figures, 58 militants have been killed in Jammu and Kashmir since January.
""",
events=[
    ev("Government forces cordoned Zainapora village; militants opened fire on the search party and a gunfight followed in which four Hizbul Mujahideen militants and a soldier were killed and two soldiers injured.",
       "2018-05-05", "cordon ‘late on Friday night’, but the gunfight began ‘early on Saturday’ and the lead puts the deaths ‘on Saturday’: Saturday 2018-05-05",
       "Zainapora", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Hizbul Mujahideen",
       5, None, 2, None,
       "Four militants and a soldier were killed in a gunfight with government forces in south Kashmir's Shopian district on Saturday, police said. [...] Troops of the army's Rashtriya Rifles, the Central Reserve Police Force (CRPF) and the police's Special Operations Group cordoned off Zainapora village late on Friday night after receiving information about the presence of militants. The militants opened fire as a search party approached a house early on Saturday, triggering a gunfight that went on until the afternoon, a police spokesman said. He said the four slain militants belonged to Hizbul Mujahideen, one of them a local commander. Two more soldiers were injured",
       note="told twice (lead, then detail); 5 = 4 militants + 1 soldier; cordon-and-search operation by the security forces"),
    ev("Militants threw a grenade at a CRPF patrol in Rajpora's main market, injuring three CRPF personnel and four civilians; no one was killed.",
       "2018-05-04", "‘On Friday evening’ before the Sunday 2018-05-06 dateline: Friday 2018-05-04",
       "main market of Rajpora", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       0, None, 7, None,
       "On Friday evening, militants hurled a grenade at a CRPF patrol in the main market of Rajpora in Pulwama district. Three CRPF personnel and four civilians were injured, none of them seriously, and no one was killed, police said.",
       note="7 wounded = 3 CRPF + 4 civilians; killed 0 because the text says no one was killed"),
    ev("Two gunmen, said by police to be Lashkar-e-Taiba members, shot dead a shopkeeper outside his shop in Sopore.",
       "2018-05-03", "‘on Thursday evening’ before the Sunday 2018-05-06 dateline: Thursday 2018-05-03",
       "Sopore", "Jammu and Kashmir", "IN", "attack_on_civilians", "Lashkar-e-Taiba", "civilians",
       1, None, None, None,
       "In north Kashmir's Sopore town, two gunmen shot dead a shopkeeper outside his shop on Thursday evening. Police said the attackers were members of Lashkar-e-Taiba and that the killing was meant to enforce a shutdown call.",
       note="attribution by the police; no claim"),
],
figures=[
    fig("killed", 58, "Jammu and Kashmir",
        "According to police figures, 58 militants have been killed in Jammu and Kashmir since January.",
        note="militants killed since January 2018"),
])

report("b19-11", "2019-12-02", "https://www.example-easternmedpress.com/2019/12/02/syria-november-toll-lowest",
"""
Monitor: Syria's war toll in November lowest in eight years

BEIRUT, December 2 (Eastern Mediterranean Press) - At least 341 people were killed in Syria's war in November, the lowest monthly toll since the conflict began in 2011, a Syrian war monitor said on Monday.

The Syrian Field Monitor, which relies on a network of activists, medics and relatives of fighters across the country, said 112 of the dead were civilians, including 27 children. The rest were soldiers and pro-government militiamen, rebel and jihadist fighters, members of the Kurdish-led Syrian Democratic Forces and fighters of Turkish-backed factions.

Air strikes and artillery fire caused just over half of the civilian deaths, the monitor said, most of them in the northwestern province of Idlib and neighbouring parts of Hama and Latakia. Car bombs, landmines and leftover ordnance caused most of the others.

The monthly toll has fallen steadily since the summer, when the government's offensive on Idlib pushed it above 1,000 in both June and July. A ceasefire brokered by Russia and Turkey at the end of August has reduced but not halted the bombardment of the enclave.

"Fewer dead does not mean peace," said the monitor's coordinator, who asked to be identified only by his first name, Fadi. "In Idlib, families still sleep in the olive groves because they are afraid to stay in their homes."

The front lines in the northeast, where Turkey and its Syrian allies launched an offensive against Kurdish-led forces in October, have been largely static since a truce took hold later that month.

The United Nations said last week that about 40,000 people had been displaced in southern Idlib in the past month alone. The monitor estimates that more than 370,000 people have been killed in Syria since March 2011.
""",
country_hint="SY",
figures=[
    fig("killed", 341, "Syria",
        "At least 341 people were killed in Syria's war in November, the lowest monthly toll since the conflict began in 2011",
        note="monthly toll, November 2019"),
    fig("killed", 112, "Syria",
        "said 112 of the dead were civilians, including 27 children",
        note="civilians killed in November 2019"),
    fig("displaced", 40000, "southern Idlib",
        "about 40,000 people had been displaced in southern Idlib in the past month alone"),
    fig("killed", 370000, "Syria",
        "The monitor estimates that more than 370,000 people have been killed in Syria since March 2011.",
        note="war total since March 2011"),
])

report("b19-12", "2017-09-14", "https://www.example-niledispatch.com/sinai/2017/09/14/arish-bomb-sheikh-zuweid",
"""
Roadside bomb kills three policemen in Arish; army says 12 militants killed in Sinai raids

CAIRO, September 14 (Nile Dispatch) - A roadside bomb struck an armoured police vehicle on the ring road south of Arish on Wednesday, killing three policemen, including an officer, and wounding two, security and medical sources said.

The bomb was detonated remotely as the vehicle passed on its way to a checkpoint near the city's airport, one of the sources said. Islamic State's Sinai affiliate, which has waged an insurgency in the north of the peninsula since the army's overthrow of President Mohamed Mursi in 2013, claimed the attack in a statement on Thursday.

On Tuesday, militants shot dead two men in the centre of Sheikh Zuweid after accusing them of passing information to the army, residents said. The bodies were left by the roadside with a note warning others against "collaborating with the apostates".

Separately, the army spokesman said in a statement posted on Facebook on Wednesday that troops backed by air support had killed 12 "takfiri" militants and destroyed four vehicles loaded with weapons and ammunition in raids south of Rafah and Sheikh Zuweid. The statement did not say when the raids took place.

Journalists are barred from northern Sinai, making it difficult to verify the claims of either side. Hundreds of soldiers and police have been killed in the peninsula since 2013, and a curfew has been in force in parts of North Sinai since October 2014.
""",
events=[
    ev("A remotely detonated roadside bomb struck an armoured police vehicle on the ring road south of Arish, killing three policemen and wounding two; Islamic State's Sinai affiliate claimed it.",
       "2017-09-13", "‘on Wednesday’ before the Thursday 2017-09-14 dateline: Wednesday 2017-09-13",
       "ring road south of Arish", "North Sinai", "EG", "explosion", "Islamic State", "Egyptian security forces",
       3, None, 2, None,
       "A roadside bomb struck an armoured police vehicle on the ring road south of Arish on Wednesday, killing three policemen, including an officer, and wounding two, security and medical sources said. [...] Islamic State's Sinai affiliate, which has waged an insurgency in the north of the peninsula since the army's overthrow of President Mohamed Mursi in 2013, claimed the attack in a statement on Thursday.",
       note="claimed by IS's Sinai affiliate"),
    ev("Militants shot dead two men in the centre of Sheikh Zuweid, accusing them of informing for the army.",
       "2017-09-12", "‘On Tuesday’ before the Thursday 2017-09-14 dateline: Tuesday 2017-09-12",
       "Sheikh Zuweid", "North Sinai", "EG", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "On Tuesday, militants shot dead two men in the centre of Sheikh Zuweid after accusing them of passing information to the army, residents said."),
    ev("The army said troops backed by air support killed 12 militants and destroyed four weapons-laden vehicles in raids south of Rafah and Sheikh Zuweid, without a date.",
       None, "the raids are undated (‘The statement did not say when the raids took place’); the statement came ‘on Wednesday’",
       "south of Rafah and Sheikh Zuweid", "North Sinai", "EG", "battle", "Egyptian security forces", "militants (unidentified)",
       12, None, None, None,
       "the army spokesman said in a statement posted on Facebook on Wednesday that troops backed by air support had killed 12 \"takfiri\" militants and destroyed four vehicles loaded with weapons and ammunition in raids south of Rafah and Sheikh Zuweid. The statement did not say when the raids took place.",
       note="army's own figure; undated raids in two areas", optional=True),
])
# ---------------------------------------------------------------------------
# b19-13 .. b19-18
# ---------------------------------------------------------------------------

report("b19-13", "2020-11-08", "https://www.example-tworiversdaily.com/security/2020/11/08/is-attacks-diyala-kirkuk-salahuddin",
"""
Islamic State attacks kill 11 in Diyala, Kirkuk and Salahuddin

BAGHDAD, November 8 (Two Rivers Daily) - Islamic State militants killed nine members of Iraq's security forces and two civilians in three attacks in the east and north of the country since Friday, security officials said on Sunday, a sign that the group's remnants remain a threat three years after its defeat.

Late on Friday, the militants attacked a Popular Mobilisation Forces post near Jalawla in Diyala province with rifles and rocket-propelled grenades. Four PMF fighters were killed and two wounded before the attackers withdrew toward the Hamrin mountains, the PMF said in a statement.

On Saturday morning, a roadside bomb hit a federal police patrol near Rashad, southwest of Kirkuk, killing three policemen. As other officers rushed to help, a second bomb went off, killing two more and wounding one, a police officer in Kirkuk said. He blamed the same militants.

Late on Saturday, gunmen opened fire on two shepherds grazing their flocks near Tuz Khurmatu, killing both of them, and drove off about 50 sheep, police said.

Separately, Iraqi F-16 jets bombed Islamic State hideouts in Wadi al-Shay, southwest of Kirkuk, on Friday, killing seven militants, the Security Media Cell said.

Iraq declared victory over Islamic State in December 2017, but cells of the group still operate in the rugged terrain where Kirkuk, Salahuddin and Diyala provinces meet, attacking security forces and villagers at night. The United Nations estimates that up to 10,000 Islamic State fighters remain active in Iraq and Syria.
""",
events=[
    ev("The militants (Islamic State) attacked a PMF post near Jalawla with rifles and RPGs late on Friday; four PMF fighters were killed and two wounded.",
       "2020-11-06", "‘Late on Friday’ before the Sunday 2020-11-08 dateline: Friday 2020-11-06",
       "near Jalawla", "Diyala", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       4, None, 2, None,
       "Late on Friday, the militants attacked a Popular Mobilisation Forces post near Jalawla in Diyala province with rifles and rocket-propelled grenades. Four PMF fighters were killed and two wounded before the attackers withdrew toward the Hamrin mountains, the PMF said in a statement.",
       note="actor by back-reference ('the militants' = the Islamic State militants of the lead)"),
    ev("A roadside bomb hit a federal police patrol near Rashad, killing three; a second bomb hit the officers who came to help, killing two more and wounding one.",
       "2020-11-07", "‘On Saturday morning’ before the Sunday 2020-11-08 dateline: Saturday 2020-11-07",
       "near Rashad", "Kirkuk", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       5, None, 1, None,
       "On Saturday morning, a roadside bomb hit a federal police patrol near Rashad, southwest of Kirkuk, killing three policemen. As other officers rushed to help, a second bomb went off, killing two more and wounding one, a police officer in Kirkuk said. He blamed the same militants.",
       note="two bombs, one incident; 5 = 3 + 2 policemen; 'the same militants' = Islamic State"),
    ev("Gunmen shot dead two shepherds near Tuz Khurmatu late on Saturday and drove off about 50 sheep.",
       "2020-11-07", "‘Late on Saturday’ before the Sunday 2020-11-08 dateline: Saturday 2020-11-07",
       "near Tuz Khurmatu", "Salahuddin", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       2, None, None, None,
       "Late on Saturday, gunmen opened fire on two shepherds grazing their flocks near Tuz Khurmatu, killing both of them, and drove off about 50 sheep, police said.",
       note="the lead counts this among the three Islamic State attacks ('two civilians')"),
    ev("Iraqi F-16s bombed Islamic State hideouts in Wadi al-Shay, killing seven militants according to the Security Media Cell.",
       "2020-11-06", "‘on Friday’ before the Sunday 2020-11-08 dateline: Friday 2020-11-06",
       "Wadi al-Shay", "Kirkuk", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       7, None, None, None,
       "Separately, Iraqi F-16 jets bombed Islamic State hideouts in Wadi al-Shay, southwest of Kirkuk, on Friday, killing seven militants, the Security Media Cell said.",
       note="toll given by the Iraqi Security Media Cell"),
],
figures=[
    fig("killed", 11, "Diyala, Kirkuk and Salahuddin",
        "Islamic State militants killed nine members of Iraq's security forces and two civilians in three attacks in the east and north of the country since Friday",
        note="= 4 (Jalawla) + 5 (Rashad) + 2 (Tuz Khurmatu); not an event"),
    fig("fighters", 10000, "Iraq and Syria",
        "The United Nations estimates that up to 10,000 Islamic State fighters remain active in Iraq and Syria."),
])

report("b19-14", "2019-09-17", "https://www.example-libyabriefing.com/tripoli/2019/09/17/abu-salim-rockets-ain-zara",
"""
Rockets kill three in Tripoli's Abu Salim; fighting flares on Ain Zara front

TRIPOLI, September 17 (Libya Briefing Wire) - Rockets slammed into houses in Tripoli's densely populated Abu Salim district late on Sunday, killing three civilians, including a child, and wounding six, the health ministry of the Tripoli-based Government of National Accord (GNA) said.

The ministry blamed forces loyal to eastern commander Khalifa Haftar, whose Libyan National Army (LNA) has been trying to capture the capital since April. An LNA spokesman denied targeting residential areas and accused "militias" allied to the GNA of firing the rockets themselves to turn public opinion against the army.

On Saturday, LNA forces attacked GNA positions on the Ain Zara front, south of the city centre, setting off clashes that lasted several hours. A GNA military spokesman said five of its fighters were killed, while the LNA said it had lost two men and killed "more than 20" of its enemies.

An air strike on Monday hit a farm on the southern outskirts of Gharyan, 80 km south of Tripoli, killing two farm workers, a local council member said. The LNA said its warplanes had destroyed a weapons depot of "terrorist militias" in the area.

More than 1,000 people have been killed and some 120,000 displaced since the offensive began, according to United Nations figures. Repeated calls by the U.N. envoy for a humanitarian truce have gone unheeded.
""",
events=[
    ev("Rockets hit houses in Abu Salim late on Sunday, killing three civilians, including a child, and wounding six; the GNA blamed the LNA, which denied it and blamed GNA-allied militias.",
       "2019-09-15", "‘late on Sunday’ before the Tuesday 2019-09-17 dateline: Sunday 2019-09-15",
       "Abu Salim", "Tripoli", "LY", "explosion", "unknown", "civilians",
       3, None, 6, None,
       "Rockets slammed into houses in Tripoli's densely populated Abu Salim district late on Sunday, killing three civilians, including a child, and wounding six, the health ministry of the Tripoli-based Government of National Accord (GNA) said. [...] The ministry blamed forces loyal to eastern commander Khalifa Haftar, whose Libyan National Army (LNA) has been trying to capture the capital since April. An LNA spokesman denied targeting residential areas and accused \"militias\" allied to the GNA of firing the rockets themselves",
       note="attribution disputed (GNA blames the LNA; the LNA blames GNA-allied militias)"),
    ev("LNA forces attacked GNA positions on the Ain Zara front; the GNA said five of its fighters were killed and the LNA said it lost two.",
       "2019-09-14", "‘On Saturday’ before the Tuesday 2019-09-17 dateline: Saturday 2019-09-14",
       "Ain Zara", "Tripoli", "LY", "battle", "Libyan National Army", "Government of National Accord forces",
       7, None, None, None,
       "On Saturday, LNA forces attacked GNA positions on the Ain Zara front, south of the city centre, setting off clashes that lasted several hours. A GNA military spokesman said five of its fighters were killed, while the LNA said it had lost two men and killed \"more than 20\" of its enemies.",
       note="7 = 5 GNA (own count) + 2 LNA (own count); the LNA's claim of 'more than 20' enemies killed is not used"),
    ev("An air strike hit a farm on the southern outskirts of Gharyan, killing two farm workers; the LNA said its jets destroyed a militia weapons depot.",
       "2019-09-16", "‘on Monday’ before the Tuesday 2019-09-17 dateline: Monday 2019-09-16",
       "southern outskirts of Gharyan", "Jabal al Gharbi", "LY", "explosion", "Libyan National Army", "civilians",
       2, None, None, None,
       "An air strike on Monday hit a farm on the southern outskirts of Gharyan, 80 km south of Tripoli, killing two farm workers, a local council member said. The LNA said its warplanes had destroyed a weapons depot of \"terrorist militias\" in the area.",
       note="the LNA claims the strike (as a hit on a weapons depot)"),
],
figures=[
    fig("killed", 1000, "Tripoli",
        "More than 1,000 people have been killed and some 120,000 displaced since the offensive began, according to United Nations figures.",
        note="since the LNA offensive on Tripoli began in April 2019"),
    fig("displaced", 120000, "Tripoli",
        "More than 1,000 people have been killed and some 120,000 displaced since the offensive began, according to United Nations figures.",
        note="since April 2019"),
])

report("b19-15", "2019-03-03", "https://www.example-afghanfrontline.com/2019/03/03/ghazni-checkpoints-logar-strike",
"""
Taliban storm checkpoints in Ghazni; civilians reported killed in Logar air strike

KABUL, March 3 (Afghan Frontline News) - At least seven Afghan soldiers and policemen were killed when Taliban fighters stormed three security checkpoints in Ghazni province, officials said on Sunday, as fighting went on despite talks between U.S. and Taliban negotiators in Qatar.

The attack in Andar district began late on Friday and continued overnight into Saturday, said provincial police spokesman Faizullah Hakimi. Seven soldiers and policemen were killed and five wounded, he said. A member of the provincial council, Nasrullah Jahid, said 12 members of the security forces had died. The Taliban said in a statement that they had killed 24 and captured weapons and ammunition.

In neighbouring Logar, relatives and a provincial council member said eight civilians, among them women and children, were killed in an air strike on a house in the Baraki Barak district on Thursday night. The Ministry of Defence said the strike by the Afghan air force killed 10 Taliban fighters who had gathered to plan attacks, and denied that civilians had been harmed.

In Maidan Wardak, the provincial police chief's office said on Saturday that a roadside bomb had killed two children collecting firewood in Sayedabad district two days earlier. No group claimed responsibility.

The latest round of talks between the United States and the Taliban began in Doha on Monday and is focused on a timetable for the withdrawal of foreign troops and on guarantees that Afghan soil will not be used by militant groups.

The Afghan Civilian Monitor, an independent Kabul-based group, said last month that 640 civilians were killed in air strikes by Afghan and foreign forces in 2018, the highest number it has recorded.
""",
events=[
    ev("Taliban fighters stormed three security checkpoints in Andar district from late Friday into Saturday; police gave 7 soldiers and policemen killed and 5 wounded, a council member 12 killed.",
       "2019-03-01", "‘began late on Friday and continued overnight into Saturday’: overnight takes the first night, Friday 2019-03-01 (dateline Sunday 2019-03-03)",
       "Andar", "Ghazni", "AF", "battle", "Taliban", "Afghan security forces",
       7, 12, 5, None,
       "At least seven Afghan soldiers and policemen were killed when Taliban fighters stormed three security checkpoints in Ghazni province [...] The attack in Andar district began late on Friday and continued overnight into Saturday, said provincial police spokesman Faizullah Hakimi. Seven soldiers and policemen were killed and five wounded, he said. A member of the provincial council, Nasrullah Jahid, said 12 members of the security forces had died. The Taliban said in a statement that they had killed 24",
       note="told twice (lead, then detail); conflicting tolls 7 (police) vs 12 (council member); the Taliban's claim of 24 is not used"),
    ev("An Afghan air force strike hit a house in Baraki Barak on Thursday night; relatives said eight civilians were killed, the defence ministry said 10 Taliban fighters.",
       "2019-02-28", "‘on Thursday night’ before the Sunday 2019-03-03 dateline: Thursday 2019-02-28",
       "Baraki Barak", "Logar", "AF", "explosion", "Afghan security forces", "civilians",
       8, 10, None, None,
       "In neighbouring Logar, relatives and a provincial council member said eight civilians, among them women and children, were killed in an air strike on a house in the Baraki Barak district on Thursday night. The Ministry of Defence said the strike by the Afghan air force killed 10 Taliban fighters who had gathered to plan attacks, and denied that civilians had been harmed.",
       note="conflicting accounts of the same dead: 8 civilians (relatives) vs 10 Taliban fighters (ministry)"),
    ev("A roadside bomb killed two children collecting firewood in Sayedabad district, two days before the police announcement of Saturday.",
       "2019-02-28", "‘two days earlier’ than the police statement ‘on Saturday’ (Saturday 2019-03-02): Thursday 2019-02-28",
       "Sayedabad", "Wardak", "AF", "explosion", "unknown", "civilians",
       2, None, None, None,
       "In Maidan Wardak, the provincial police chief's office said on Saturday that a roadside bomb had killed two children collecting firewood in Sayedabad district two days earlier. No group claimed responsibility."),
],
figures=[
    fig("killed", 640, "Afghanistan",
        "said last month that 640 civilians were killed in air strikes by Afghan and foreign forces in 2018",
        note="civilians killed in air strikes in 2018"),
])

report("b19-16", "2019-04-02", "https://www.example-nigerbendpost.com/mopti/2019/04/02/sofara-bankass-konna",
"""
Gendarmes killed in Sofara attack; villagers slain near Bankass

MOPTI, April 2 (Niger Bend Post) - Two gendarmes were killed when gunmen attacked their post at Sofara, in the Djenné circle of central Mali, on Saturday night, a security source said, as violence continued to spread across the Mopti region.

The attackers, who arrived on motorbikes, fired on the post for about half an hour before troops arrived from Djenné. The army said in a statement that "several" assailants had been killed, without giving a number.

On Sunday, armed men on motorbikes attacked a hamlet near Bankass, killing five villagers and burning granaries and livestock pens, the mayor of a nearby commune told the Niger Bend Post by telephone. On Monday, he raised the toll to seven, saying villagers had found two more bodies in the bush. He did not say who the attackers were.

Also on Monday, a minibus carrying traders to a weekly market hit a landmine on the road between Konna and Douentza, killing four passengers and wounding six, a regional transport union official said.

The Mopti region has been the epicentre of Mali's violence since 2015, when jihadist groups spread from the north into the centre of the country and inflamed old disputes between herders and farmers over land and water. More than 60,000 people are displaced in the region, according to humanitarian agencies.
""",
events=[
    ev("Gunmen on motorbikes attacked the gendarmerie post at Sofara on Saturday night, killing two gendarmes; the army said 'several' assailants were killed.",
       "2019-03-30", "‘on Saturday night’ before the Tuesday 2019-04-02 dateline: Saturday 2019-03-30",
       "Sofara", "Mopti", "ML", "battle", "militants (unidentified)", "Malian security forces",
       2, None, None, None,
       "Two gendarmes were killed when gunmen attacked their post at Sofara, in the Djenné circle of central Mali, on Saturday night, a security source said [...] The attackers, who arrived on motorbikes, fired on the post for about half an hour before troops arrived from Djenné. The army said in a statement that \"several\" assailants had been killed, without giving a number.",
       note="2 gendarmes; 'several' assailants killed gives no number"),
    ev("Armed men on motorbikes attacked a hamlet near Bankass, killing villagers and burning granaries; the mayor's toll rose from five to seven the next day.",
       "2019-03-31", "‘On Sunday’ before the Tuesday 2019-04-02 dateline: Sunday 2019-03-31 (toll revised ‘On Monday’)",
       "hamlet near Bankass", "Mopti", "ML", "attack_on_civilians", "militants (unidentified)", "civilians",
       7, None, None, None,
       "On Sunday, armed men on motorbikes attacked a hamlet near Bankass, killing five villagers and burning granaries and livestock pens, the mayor of a nearby commune told the Niger Bend Post by telephone. On Monday, he raised the toll to seven, saying villagers had found two more bodies in the bush. He did not say who the attackers were.",
       note="first toll 5, revised to 7; attackers not identified"),
    ev("A minibus carrying traders hit a landmine on the road between Konna and Douentza, killing four passengers and wounding six.",
       "2019-04-01", "‘Also on Monday’ before the Tuesday 2019-04-02 dateline: Monday 2019-04-01",
       "road between Konna and Douentza", "Mopti", "ML", "explosion", "unknown", "civilians",
       4, None, 6, None,
       "Also on Monday, a minibus carrying traders to a weekly market hit a landmine on the road between Konna and Douentza, killing four passengers and wounding six, a regional transport union official said."),
],
figures=[
    fig("displaced", 60000, "Mopti region",
        "More than 60,000 people are displaced in the region, according to humanitarian agencies."),
])

report("b19-17", "2021-07-10", "https://www.example-northerniraqdispatch.com/mosul/2021/07/10/four-years-after-liberation",
"""
Four years after Mosul's liberation, Old City still waits for its people

MOSUL, July 10 (Northern Iraq Dispatch) - Four years after Iraqi forces declared victory over Islamic State in Mosul, much of the city's Old City on the west bank of the Tigris is still in ruins, and tens of thousands of its former residents have yet to return.

At a ceremony on the riverbank on Saturday, the governor of Nineveh laid a wreath for the soldiers and civilians who died in the nine-month battle, which ended in July 2017 after street-by-street fighting, air strikes and waves of suicide car bombs that flattened entire districts.

Reconstruction of the al-Nuri mosque and its leaning minaret, which the militants blew up in the last weeks of the battle, is under way with foreign funding. But residents complain that rubble still blocks many alleys. "We cleared our house of the bodies and the unexploded shells with our own hands," said a retired teacher who returned to the Maydan area last year.

The governorate's reconstruction office estimates that about 8,000 houses in the Old City were destroyed or badly damaged. Mine clearance teams say they have removed more than 45,000 explosive items from western Mosul since the fighting ended.

Across Iraq, about 1.2 million people remain displaced, many of them from Nineveh, according to the International Organization for Migration. The government has closed 16 camps since October, sending families back to districts where, aid groups say, there are often no jobs, schools or clinics.

Islamic State cells are still active in the desert and mountain areas south and west of the city, but Mosul itself has not seen a major attack since 2019. "The war here is over. Now we need the peace to begin," the governor told reporters after the ceremony.
""",
country_hint="IQ",
figures=[
    fig("other", 8000, "Old City, Mosul",
        "The governorate's reconstruction office estimates that about 8,000 houses in the Old City were destroyed or badly damaged.",
        note="houses destroyed or badly damaged"),
    fig("other", 45000, "western Mosul",
        "Mine clearance teams say they have removed more than 45,000 explosive items from western Mosul since the fighting ended.",
        note="explosive items removed since 2017"),
    fig("displaced", 1200000, "Iraq",
        "Across Iraq, about 1.2 million people remain displaced, many of them from Nineveh, according to the International Organization for Migration."),
    fig("other", 16, "Iraq",
        "The government has closed 16 camps since October",
        note="displacement camps closed"),
])

report("b19-18", "2020-02-20", "https://www.example-kivumorningpost.com/beni/2020/02/20/mbau-kamango-oicha",
"""
ADF attackers kill villagers in Mbau; army repels assault near Kamango

BENI, February 20 (Kivu Morning Post) - Suspected fighters of the Allied Democratic Forces (ADF) killed six civilians with machetes and guns in Mbau, a village on the road north of Beni, in the night from Monday to Tuesday, the army said. Civil society groups in Beni territory said eight people were killed and several houses were set on fire.

"They came around midnight, knocking on doors and calling people outside," said a resident who hid with his children in a banana plantation. "In the morning we found our neighbours in the road."

On Tuesday, ADF fighters attacked an army position near Kamango, close to the border with Uganda. Three soldiers and nine rebels were killed before the attackers retreated into the forest, said Lieutenant Jean-Paul Kasereka, an army spokesman in the area.

On Wednesday, gunmen abducted four farmers working in their fields outside Oicha, the administrative centre of Beni territory, a civil society leader said, blaming the ADF.

The army launched large-scale operations against the ADF in Beni territory on October 30 last year. Since then, more than 400 civilians have been killed in attacks blamed on the group, according to civil society tallies, and tens of thousands have fled their villages.
""",
events=[
    ev("Suspected ADF fighters killed civilians with machetes and guns in Mbau in the night from Monday to Tuesday; the army gave six dead, civil society eight, with houses burned.",
       "2020-02-17", "‘in the night from Monday to Tuesday’ before the Thursday 2020-02-20 dateline: a night takes its first day, Monday 2020-02-17",
       "Mbau", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       6, 8, None, None,
       "Suspected fighters of the Allied Democratic Forces (ADF) killed six civilians with machetes and guns in Mbau, a village on the road north of Beni, in the night from Monday to Tuesday, the army said. Civil society groups in Beni territory said eight people were killed and several houses were set on fire.",
       note="conflicting tolls 6 (army) vs 8 (civil society)"),
    ev("ADF fighters attacked an army position near Kamango; three soldiers and nine rebels were killed.",
       "2020-02-18", "‘On Tuesday’ before the Thursday 2020-02-20 dateline: Tuesday 2020-02-18",
       "near Kamango", "North Kivu", "CD", "battle", "ADF", "Congolese security forces",
       12, None, None, None,
       "On Tuesday, ADF fighters attacked an army position near Kamango, close to the border with Uganda. Three soldiers and nine rebels were killed before the attackers retreated into the forest, said Lieutenant Jean-Paul Kasereka, an army spokesman in the area.",
       note="12 = 3 soldiers + 9 rebels"),
    ev("Gunmen abducted four farmers in their fields outside Oicha; a civil society leader blamed the ADF.",
       "2020-02-19", "‘On Wednesday’ before the Thursday 2020-02-20 dateline: Wednesday 2020-02-19",
       "outside Oicha", "North Kivu", "CD", "other", "ADF", "civilians",
       None, None, None, None,
       "On Wednesday, gunmen abducted four farmers working in their fields outside Oicha, the administrative centre of Beni territory, a civil society leader said, blaming the ADF.",
       note="abduction of 4; blamed on the ADF by a civil society leader"),
],
figures=[
    fig("killed", 400, "Beni territory",
        "Since then, more than 400 civilians have been killed in attacks blamed on the group, according to civil society tallies",
        note="civilians killed since 30 October 2019"),
])
# ---------------------------------------------------------------------------
# b19-19 .. b19-24
# ---------------------------------------------------------------------------

report("b19-19", "2021-03-18", "https://www.example-balochistanobserver.com/2021/03/18/kech-blast-quetta-grenade",
"""
Two FC men martyred in Kech blast; grenade attack in Quetta injures five

QUETTA, March 18 (Balochistan Observer) - Two personnel of the Frontier Corps were martyred and three others injured when a roadside bomb struck their vehicle in the Buleda area of Kech district on Tuesday, officials said.

The vehicle was part of a convoy returning from a routine patrol when the device, planted along a dirt track, was detonated by remote control, a Levies official in Buleda said. The injured were airlifted to the Combined Military Hospital in Turbat. The banned Baloch Liberation Front claimed responsibility in a statement sent to the media, in which it also claimed to have killed six soldiers.

On Wednesday evening, unknown persons on a motorbike hurled a hand grenade at a mobile phone shop on Sariab Road in Quetta, injuring five people, including a passer-by, police said. The motive was not yet known, and police said extortion was one line of inquiry.

In Harnai district, security forces conducted an intelligence-based operation on Monday in the mountains near the district headquarters. During the operation, terrorists opened fire on the troops; in the exchange of fire four terrorists were killed while one soldier embraced martyrdom, the military's media wing said.

Balochistan's home department says 130 terrorist incidents were recorded in the province in 2020, in which 95 security personnel and 62 civilians lost their lives.
""",
events=[
    ev("A remote-controlled roadside bomb struck a Frontier Corps vehicle in Buleda, Kech, killing two FC personnel and injuring three; the Baloch Liberation Front claimed it.",
       "2021-03-16", "‘on Tuesday’ before the Thursday 2021-03-18 dateline: Tuesday 2021-03-16",
       "Buleda", "Balochistan", "PK", "explosion", "Baloch Liberation Front", "Pakistani security forces",
       2, None, 3, None,
       "Two personnel of the Frontier Corps were martyred and three others injured when a roadside bomb struck their vehicle in the Buleda area of Kech district on Tuesday, officials said. [...] The banned Baloch Liberation Front claimed responsibility in a statement sent to the media, in which it also claimed to have killed six soldiers.",
       note="the BLF's claim of six soldiers killed is not used"),
    ev("Unknown persons on a motorbike threw a hand grenade at a mobile phone shop on Sariab Road, Quetta, injuring five.",
       "2021-03-17", "‘On Wednesday evening’ before the Thursday 2021-03-18 dateline: Wednesday 2021-03-17",
       "Sariab Road", "Balochistan", "PK", "explosion", "unknown", "civilians",
       None, None, 5, None,
       "On Wednesday evening, unknown persons on a motorbike hurled a hand grenade at a mobile phone shop on Sariab Road in Quetta, injuring five people, including a passer-by, police said."),
    ev("During an intelligence-based operation near Harnai, militants fired on troops; four militants and one soldier were killed.",
       "2021-03-15", "‘on Monday’ before the Thursday 2021-03-18 dateline: Monday 2021-03-15",
       "Harnai", "Balochistan", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       5, None, None, None,
       "In Harnai district, security forces conducted an intelligence-based operation on Monday in the mountains near the district headquarters. During the operation, terrorists opened fire on the troops; in the exchange of fire four terrorists were killed while one soldier embraced martyrdom, the military's media wing said.",
       note="5 = 4 militants + 1 soldier (military's figures)"),
],
figures=[
    fig("other", 130, "Balochistan",
        "Balochistan's home department says 130 terrorist incidents were recorded in the province in 2020",
        note="incidents in 2020"),
    fig("killed", 157, "Balochistan",
        "in which 95 security personnel and 62 civilians lost their lives",
        note="2020; = 95 security personnel + 62 civilians"),
])

report("b19-20", "2022-09-25", "https://www.example-centralsomaliamonitor.com/hiiraan/2022/09/25/moqokori-bulo-burte",
"""
Somali troops and clan militias take Moqokori; al-Shabaab assault on Bulo Burte base repelled

BELEDWEYNE, September 25 (Central Somalia Monitor) - Somali government troops backed by local clan militiamen took control of Moqokori, a town in the Hiiraan region, on Friday after al-Shabaab fighters withdrew without a fight, officials and residents said.

"Our forces entered the town in the morning and the people welcomed them," the deputy regional governor, Abdiweli Hassan Gure, told reporters in Beledweyne. Residents said the militants had left two days earlier with their vehicles and weapons.

On Thursday, al-Shabaab fighters attacked a military base in Bulo Burte with mortars and machine-gun fire. Initial reports said four soldiers were killed. On Saturday, the district commissioner put the toll at six soldiers and three clan fighters, and said 30 militants had been killed in the fighting, which lasted about two hours. Al-Shabaab said on its radio station that it had killed 17 soldiers.

The same group on Wednesday set fire to dozens of houses and destroyed two water wells in villages near Jalalaqsi, residents said, describing it as punishment for communities that had supported the clan militias.

The government says its forces and allied militias have retaken more than 20 villages in Hiiraan and Middle Shabelle since the offensive began in late August. The United Nations says about 40,000 people have been displaced in Hiiraan by the fighting and the drought.
""",
events=[
    ev("Government troops backed by clan militiamen took control of Moqokori after al-Shabaab withdrew without a fight.",
       "2022-09-23", "‘on Friday’ before the Sunday 2022-09-25 dateline: Friday 2022-09-23",
       "Moqokori", "Hiiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Somali government troops backed by local clan militiamen took control of Moqokori, a town in the Hiiraan region, on Friday after al-Shabaab fighters withdrew without a fight, officials and residents said.",
       note="with clan militias; no fighting"),
    ev("Al-Shabaab attacked a military base in Bulo Burte with mortars and machine guns; the first toll of four soldiers was revised to six soldiers and three clan fighters, and 30 militants were reported killed.",
       "2022-09-22", "‘On Thursday’ before the Sunday 2022-09-25 dateline: Thursday 2022-09-22 (revised toll given ‘On Saturday’)",
       "Bulo Burte", "Hiiraan", "SO", "battle", "al-Shabaab", "Somali security forces",
       39, None, None, None,
       "On Thursday, al-Shabaab fighters attacked a military base in Bulo Burte with mortars and machine-gun fire. Initial reports said four soldiers were killed. On Saturday, the district commissioner put the toll at six soldiers and three clan fighters, and said 30 militants had been killed in the fighting, which lasted about two hours. Al-Shabaab said on its radio station that it had killed 17 soldiers.",
       note="39 = 6 soldiers + 3 clan fighters + 30 militants (district commissioner's revised count); first toll of 4 replaced; al-Shabaab's claim of 17 not used"),
    ev("The same group (al-Shabaab) burned dozens of houses and destroyed two water wells in villages near Jalalaqsi to punish communities supporting the militias.",
       "2022-09-21", "‘on Wednesday’ before the Sunday 2022-09-25 dateline: Wednesday 2022-09-21",
       "villages near Jalalaqsi", "Hiiraan", "SO", "other", "al-Shabaab", "civilians",
       None, None, None, None,
       "The same group on Wednesday set fire to dozens of houses and destroyed two water wells in villages near Jalalaqsi, residents said, describing it as punishment for communities that had supported the clan militias.",
       note="property destruction; actor only by back-reference ('The same group' = al-Shabaab)"),
],
figures=[
    fig("other", 20, "Hiiraan and Middle Shabelle",
        "The government says its forces and allied militias have retaken more than 20 villages in Hiiraan and Middle Shabelle since the offensive began in late August.",
        note="villages retaken since late August 2022"),
    fig("displaced", 40000, "Hiiraan",
        "The United Nations says about 40,000 people have been displaced in Hiiraan by the fighting and the drought."),
])

report("b19-21", "2021-05-23", "https://www.example-savannahpost.com/northwest/2021/05/23/zamfara-dauran-kaduna-road",
"""
Bandits kill 13 in Zamfara village, abduct travellers on Kaduna highway

KADUNA, May 23 (Savannah Post) - Armed bandits on motorcycles killed 13 villagers in an attack on Dauran in the Zurmi local government area of Zamfara State on Friday, police said, the latest in a string of raids on rural communities in northwest Nigeria.

A police spokesman in Gusau said the gunmen shot at residents returning from the mosque and set fire to the village's grain stores. Residents contacted by telephone put the death toll at 18, saying some bodies had been buried before the police arrived.

In Kaduna State, gunmen attacked travellers on the Birnin Gwari-Kaduna road on Saturday afternoon, killing three people and abducting 11 others, among them women and a child, a local vigilante leader said. The state commissioner for internal security confirmed the attack but gave no figures.

In Katsina State, police and local vigilantes repelled an attack by bandits on a village in Batsari local government area on Thursday night. Two vigilantes and five bandits were killed, according to a police statement issued on Saturday, which also announced the arrest of six suspected informants of the bandits in Danmusa local government area.

At least 1,100 people have been killed by bandits in Zamfara, Katsina, Kaduna and Niger states since January, according to a tally by the Savannah Post.
""",
events=[
    ev("Bandits on motorcycles attacked Dauran, shooting residents returning from the mosque and burning grain stores; police gave 13 dead, residents 18.",
       "2021-05-21", "‘on Friday’ before the Sunday 2021-05-23 dateline: Friday 2021-05-21",
       "Dauran", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       13, 18, None, None,
       "Armed bandits on motorcycles killed 13 villagers in an attack on Dauran in the Zurmi local government area of Zamfara State on Friday, police said [...] A police spokesman in Gusau said the gunmen shot at residents returning from the mosque and set fire to the village's grain stores. Residents contacted by telephone put the death toll at 18, saying some bodies had been buried before the police arrived.",
       note="conflicting tolls 13 (police) vs 18 (residents)"),
    ev("Gunmen attacked travellers on the Birnin Gwari-Kaduna road, killing three and abducting 11.",
       "2021-05-22", "‘on Saturday afternoon’ before the Sunday 2021-05-23 dateline: Saturday 2021-05-22",
       "Birnin Gwari-Kaduna road", "Kaduna", "NG", "attack_on_civilians", "bandits", "civilians",
       3, None, None, None,
       "In Kaduna State, gunmen attacked travellers on the Birnin Gwari-Kaduna road on Saturday afternoon, killing three people and abducting 11 others, among them women and a child, a local vigilante leader said.",
       note="11 abducted as well; the sentence says 'gunmen', the headline attributes the highway abductions to bandits"),
    ev("Police and vigilantes repelled a bandit attack on a village in Batsari; two vigilantes and five bandits were killed.",
       "2021-05-20", "‘on Thursday night’ before the Sunday 2021-05-23 dateline: Thursday 2021-05-20 (police statement ‘issued on Saturday’)",
       "Batsari", "Katsina", "NG", "battle", "bandits", "Nigerian security forces",
       7, None, None, None,
       "In Katsina State, police and local vigilantes repelled an attack by bandits on a village in Batsari local government area on Thursday night. Two vigilantes and five bandits were killed, according to a police statement issued on Saturday",
       note="7 = 2 vigilantes + 5 bandits; vigilantes counted with the state forces (news-dev convention)"),
    ev("Katsina police announced the arrest of six suspected informants of the bandits in Danmusa.",
       None, "only the day of the police statement is given (‘issued on Saturday’); the day of the arrests is not stated",
       "Danmusa", "Katsina", "NG", "arrest", "Nigerian security forces", "bandits",
       None, None, None, None,
       "which also announced the arrest of six suspected informants of the bandits in Danmusa local government area",
       arrested=6),
],
figures=[
    fig("killed", 1100, "Zamfara, Katsina, Kaduna and Niger states",
        "At least 1,100 people have been killed by bandits in Zamfara, Katsina, Kaduna and Niger states since January, according to a tally by the Savannah Post.",
        note="since January 2021"),
])

report("b19-22", "2022-06-21", "https://www.example-lakechadchronicle.com/borno/2022/06/21/bama-resettlement",
"""
Borno begins moving 4,000 displaced households back to Bama as camps close

MAIDUGURI, June 21 (Lake Chad Chronicle) - The Borno State government on Tuesday began moving about 4,000 displaced households from camps in Maiduguri back to Bama, one of the towns worst hit by the Boko Haram insurgency, as part of a plan to close all camps in the state capital by the end of the year.

Officials said the returning families would receive food rations for three months, cash grants and roofing sheets. Soldiers are deployed around the town, and the military says it has dug a protective trench around the farmlands to keep insurgents out.

Bama was captured by the insurgents in September 2014 and retaken by the army in March 2015. Much of the town was destroyed in the fighting, and its people spent years in camps in Maiduguri and across the border in Cameroon.

Aid groups support the return of people who want to go home but warn against pressure on those who do not. "Many of these families have fled their farms twice already," said the country director of an international aid group, who asked not to be named. "Return must be voluntary, safe and dignified."

The state government says it has closed eight camps in Maiduguri since last year. More than 1.7 million people remain displaced in Borno, Adamawa and Yobe, according to the United Nations.

The military says more than 40,000 Boko Haram fighters and members of their families have surrendered to troops since the death of the group's leader last year, a claim that cannot be independently verified.
""",
country_hint="NG",
figures=[
    fig("returned", 4000, "Bama",
        "The Borno State government on Tuesday began moving about 4,000 displaced households from camps in Maiduguri back to Bama",
        note="households, not people"),
    fig("other", 8, "Maiduguri",
        "The state government says it has closed eight camps in Maiduguri since last year.",
        note="displacement camps closed"),
    fig("displaced", 1700000, "Borno, Adamawa and Yobe",
        "More than 1.7 million people remain displaced in Borno, Adamawa and Yobe, according to the United Nations."),
    fig("other", 40000, "northeast Nigeria",
        "The military says more than 40,000 Boko Haram fighters and members of their families have surrendered to troops since the death of the group's leader last year",
        note="fighters and family members surrendered (military's claim)"),
])

report("b19-23", "2015-04-16", "https://www.example-gulflevantnews.com/iraq/2015/04/16/baghdad-bombs-ramadi-fighting",
"""
Bombs kill at least 14 in Baghdad as fighting flares east of Ramadi

BAGHDAD, April 16 (Gulf & Levant News Service) - Bombings in Baghdad killed at least 14 people on Tuesday and Wednesday, police said, while Islamic State fighters attacked army and police positions east of Ramadi, the capital of the western province of Anbar.

In the deadliest of the Baghdad attacks, a car bomb exploded near a restaurant in the southwestern Bayaa district on Wednesday evening. Police said nine people were killed and 25 wounded; medical sources at two hospitals gave a toll of 12 dead. The Islamic State claimed the bombing in a statement posted online, saying it had targeted "rejectionists", a derogatory term for Shi'ites.

Earlier on Wednesday, a roadside bomb hit an army patrol in Nahrawan, on the southeastern outskirts of the capital, killing two soldiers and wounding four.

Late on Tuesday, two bombs planted under the seats of a minibus exploded in Sadr City, killing three passengers and wounding 10, police and medics said.

East of Ramadi, Islamic State fighters attacked positions held by soldiers, police and tribal fighters in the Husaiba al-Sharqiya area on Wednesday, an official of the Anbar provincial council said. Seven members of the security forces and tribal fighters were killed and 22 militants died in the clashes, which went on for several hours, a military officer in the city said.

Officials have said Anbar, much of which has been in the hands of the militants since last year, will be the next target of the government's campaign after Salahuddin province.
""",
events=[
    ev("A car bomb exploded near a restaurant in Baghdad's Bayaa district on Wednesday evening; police gave 9 dead and 25 wounded, hospitals 12 dead; Islamic State claimed it.",
       "2015-04-15", "‘on Wednesday evening’ before the Thursday 2015-04-16 dateline: Wednesday 2015-04-15",
       "Bayaa", "Baghdad", "IQ", "explosion", "Islamic State", "civilians",
       9, 12, 25, None,
       "In the deadliest of the Baghdad attacks, a car bomb exploded near a restaurant in the southwestern Bayaa district on Wednesday evening. Police said nine people were killed and 25 wounded; medical sources at two hospitals gave a toll of 12 dead. The Islamic State claimed the bombing in a statement posted online",
       note="conflicting tolls 9 (police) vs 12 (hospitals)"),
    ev("A roadside bomb hit an army patrol in Nahrawan, killing two soldiers and wounding four.",
       "2015-04-15", "‘Earlier on Wednesday’ before the Thursday 2015-04-16 dateline: Wednesday 2015-04-15",
       "Nahrawan", "Baghdad", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       2, None, 4, None,
       "Earlier on Wednesday, a roadside bomb hit an army patrol in Nahrawan, on the southeastern outskirts of the capital, killing two soldiers and wounding four."),
    ev("Two bombs planted under the seats of a minibus exploded in Sadr City late on Tuesday, killing three passengers and wounding 10.",
       "2015-04-14", "‘Late on Tuesday’ before the Thursday 2015-04-16 dateline: Tuesday 2015-04-14",
       "Sadr City", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       3, None, 10, None,
       "Late on Tuesday, two bombs planted under the seats of a minibus exploded in Sadr City, killing three passengers and wounding 10, police and medics said."),
    ev("Islamic State fighters attacked soldiers, police and tribal fighters in Husaiba al-Sharqiya east of Ramadi; seven defenders and 22 militants were killed.",
       "2015-04-15", "‘on Wednesday’ before the Thursday 2015-04-16 dateline: Wednesday 2015-04-15",
       "Husaiba al-Sharqiya", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       29, None, None, None,
       "Islamic State fighters attacked army and police positions east of Ramadi [...] East of Ramadi, Islamic State fighters attacked positions held by soldiers, police and tribal fighters in the Husaiba al-Sharqiya area on Wednesday, an official of the Anbar provincial council said. Seven members of the security forces and tribal fighters were killed and 22 militants died in the clashes, which went on for several hours, a military officer in the city said.",
       note="told twice (lead, then detail); 29 = 7 security forces and tribal fighters + 22 militants"),
],
figures=[
    fig("killed", 14, "Baghdad",
        "Bombings in Baghdad killed at least 14 people on Tuesday and Wednesday, police said",
        note="= 9 (Bayaa, police toll) + 2 (Nahrawan) + 3 (Sadr City); not an event"),
])

report("b19-24", "2020-04-28", "https://www.example-rovumaherald.com/cabo-delgado/2020/04/28/chai-miangalewa",
"""
Insurgents behead villagers in Macomia; police killed in Muidumbe ambush

PEMBA, April 28 (Rovuma Herald) - Insurgents attacked the village of Chai in Cabo Delgado's Macomia district on Friday night, beheading three residents and burning about 40 houses, local sources said, in the latest of a wave of raids in Mozambique's northernmost province.

The attackers belong to the armed group that locals call al-Shabaab, although it has no known links to the Somali group of the same name. The insurgents have pledged allegiance to Islamic State, which has claimed many of their attacks since last year.

"They arrived around nine at night and went from house to house," said a schoolteacher who fled to Macomia town. "We ran to the bush and watched the village burn."

On Sunday, the same insurgents ambushed a police convoy near Miangalewa, in Muidumbe district. Four police officers were killed, according to a police source in Pemba. A police statement said "dozens of terrorists" were killed in the fighting, but gave no figure and no details. Islamic State claimed the ambush on Monday through its propaganda channels, saying its fighters had killed 11 members of the "crusader army".

Police in Pemba said on Monday they had detained seven young men in the city's Paquitequete neighbourhood on suspicion of recruiting for the insurgents.

The conflict has killed more than 900 people since October 2017, according to a count by the Rovuma Herald, and the United Nations says more than 200,000 people have fled their homes.
""",
events=[
    ev("Insurgents attacked Chai village in Macomia district on Friday night, beheading three residents and burning about 40 houses.",
       "2020-04-24", "‘on Friday night’ before the Tuesday 2020-04-28 dateline: Friday 2020-04-24",
       "Chai", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       3, None, None, None,
       "Insurgents attacked the village of Chai in Cabo Delgado's Macomia district on Friday night, beheading three residents and burning about 40 houses, local sources said",
       note="the insurgents (locally called 'al-Shabaab', not the Somali group) have pledged allegiance to Islamic State; this attack was not claimed"),
    ev("The same insurgents ambushed a police convoy near Miangalewa, killing four police officers; Islamic State claimed the ambush.",
       "2020-04-26", "‘On Sunday’ before the Tuesday 2020-04-28 dateline: Sunday 2020-04-26",
       "near Miangalewa", "Cabo Delgado", "MZ", "battle", "Islamic State", "Mozambican security forces",
       4, None, None, None,
       "On Sunday, the same insurgents ambushed a police convoy near Miangalewa, in Muidumbe district. Four police officers were killed, according to a police source in Pemba. A police statement said \"dozens of terrorists\" were killed in the fighting, but gave no figure and no details. Islamic State claimed the ambush on Monday through its propaganda channels, saying its fighters had killed 11 members of the \"crusader army\".",
       note="4 police; 'dozens of terrorists' gives no number; IS's claim of 11 is not used"),
    ev("Police detained seven young men in Pemba's Paquitequete neighbourhood on suspicion of recruiting for the insurgents.",
       None, "only the day of the police statement is given (‘said on Monday’); the day of the detentions is not stated",
       "Paquitequete", "Cabo Delgado", "MZ", "arrest", "Mozambican security forces", "Islamic State",
       None, None, None, None,
       "Police in Pemba said on Monday they had detained seven young men in the city's Paquitequete neighbourhood on suspicion of recruiting for the insurgents.",
       arrested=7),
],
figures=[
    fig("killed", 900, "Cabo Delgado",
        "The conflict has killed more than 900 people since October 2017, according to a count by the Rovuma Herald",
        note="since October 2017"),
    fig("displaced", 200000, "Cabo Delgado",
        "the United Nations says more than 200,000 people have fled their homes"),
])
# ---------------------------------------------------------------------------
# b19-25 .. b19-30
# ---------------------------------------------------------------------------

report("b19-25", "2021-02-13", "https://www.example-arabianbulletin.com/yemen/2021-02-13-marib-missile-sirwah",
"""
Houthi missile hits Marib city as fighting rages in Sirwah

MARIB, February 13 (Arabian Peninsula Bulletin) - A ballistic missile struck a residential area in the west of Marib city late on Thursday, killing two children and wounding seven people, local officials said, as Houthi forces pressed an offensive on the government's last stronghold in northern Yemen.

The government blamed the Houthis for the missile. The group, which has fired missiles and drones at the city repeatedly over the past year, did not comment.

On Friday, heavy fighting raged in Sirwah district, west of the city, where Houthi fighters attacked government positions on several hills. Military sources said 14 government soldiers and 30 Houthi fighters were killed.

Houthi-run media said a coalition air strike killed five members of one family when it hit their house in al-Hazm, the capital of neighbouring al-Jawf province, on Thursday. The Saudi-led coalition did not comment on the report.

The coalition said on Friday it had carried out air strikes on Houthi reinforcements heading for Marib and destroyed eight armoured vehicles, without saying where or when the strikes took place.

The International Organization for Migration says more than 8,000 people have been displaced in Marib province since the start of the month. The province hosts about one million people who fled fighting elsewhere in Yemen, according to the local authorities.
""",
events=[
    ev("A ballistic missile struck a residential area in the west of Marib city late on Thursday, killing two children and wounding seven; the government blamed the Houthis.",
       "2021-02-11", "‘late on Thursday’ before the Saturday 2021-02-13 dateline: Thursday 2021-02-11",
       "west of Marib city", "Marib", "YE", "explosion", "Houthis", "civilians",
       2, None, 7, None,
       "A ballistic missile struck a residential area in the west of Marib city late on Thursday, killing two children and wounding seven people, local officials said [...] The government blamed the Houthis for the missile.",
       note="blamed on the Houthis by the government; no comment from the Houthis"),
    ev("Houthi fighters attacked government positions on hills in Sirwah district; 14 government soldiers and 30 Houthis were killed.",
       "2021-02-12", "‘On Friday’ before the Saturday 2021-02-13 dateline: Friday 2021-02-12",
       "Sirwah", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       44, None, None, None,
       "On Friday, heavy fighting raged in Sirwah district, west of the city, where Houthi fighters attacked government positions on several hills. Military sources said 14 government soldiers and 30 Houthi fighters were killed.",
       note="44 = 14 soldiers + 30 Houthis"),
    ev("Houthi-run media said a coalition air strike hit a house in al-Hazm, killing five members of one family.",
       "2021-02-11", "‘on Thursday’ before the Saturday 2021-02-13 dateline: Thursday 2021-02-11",
       "al-Hazm", "Al Jawf", "YE", "explosion", "Saudi-led coalition", "civilians",
       5, None, None, None,
       "Houthi-run media said a coalition air strike killed five members of one family when it hit their house in al-Hazm, the capital of neighbouring al-Jawf province, on Thursday. The Saudi-led coalition did not comment on the report.",
       note="reported by Houthi-run media only; the coalition did not comment"),
    ev("The coalition said its air strikes hit Houthi reinforcements heading for Marib and destroyed eight armoured vehicles, without saying where or when.",
       None, "place and day not given (‘without saying where or when the strikes took place’); statement ‘on Friday’",
       "routes toward Marib", "Marib", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "The coalition said on Friday it had carried out air strikes on Houthi reinforcements heading for Marib and destroyed eight armoured vehicles, without saying where or when the strikes took place.",
       note="aggregate of unspecified strikes", optional=True),
],
figures=[
    fig("displaced", 8000, "Marib province",
        "The International Organization for Migration says more than 8,000 people have been displaced in Marib province since the start of the month.",
        note="since the start of February 2021"),
    fig("displaced", 1000000, "Marib province",
        "The province hosts about one million people who fled fighting elsewhere in Yemen, according to the local authorities.",
        note="displaced people hosted in the province"),
])

report("b19-26", "2023-05-31", "https://www.example-fasohebdo.com/en/2023/05/31/gayeri-convoy-barsalogho",
"""
Soldiers and VDP killed in ambush near Gayéri; civilians slain near Barsalogho

OUAGADOUGOU, May 31 (Faso Hebdo, English edition) - Eight soldiers and four Volunteers for the Defence of the Homeland (VDP) were killed on Sunday when suspected jihadists ambushed a supply convoy near Gayéri, in eastern Burkina Faso, the army said in a statement read on national television on Tuesday evening.

The convoy, escorted by troops and VDP, was carrying food and fuel to the besieged town when it came under fire about 15 km from its destination. "The riposte of the escort made it possible to neutralise about twenty assailants," the statement said. Eleven soldiers were wounded.

The Group for the Support of Islam and Muslims (JNIM), al Qaeda's Sahel affiliate, claimed the ambush on Monday, saying it had killed 40 soldiers and seized weapons.

On Friday, armed men attacked a village near Barsalogho in the Centre-Nord region, killing nine civilians and wounding six, a local official told Faso Hebdo by telephone. He did not say who was behind the attack.

In the north, the army said a drone strike on Monday destroyed a "terrorist" base near Djibo, "neutralising dozens of criminals" and destroying motorbikes and fuel stocks. The figure could not be independently verified.

Burkina Faso has more than 2 million internally displaced people, according to the government's latest published figures.
""",
events=[
    ev("Suspected jihadists ambushed a troop- and VDP-escorted supply convoy about 15 km from Gayéri; the army gave 8 soldiers and 4 VDP killed, 11 soldiers wounded and about 20 assailants 'neutralised'; JNIM claimed the ambush.",
       "2023-05-28", "‘on Sunday’ before the Wednesday 2023-05-31 dateline: Sunday 2023-05-28 (the army's statement came ‘on Tuesday evening’)",
       "near Gayéri", "Est", "BF", "battle", "JNIM", "Burkinabe security forces",
       32, None, 11, None,
       "Eight soldiers and four Volunteers for the Defence of the Homeland (VDP) were killed on Sunday when suspected jihadists ambushed a supply convoy near Gayéri, in eastern Burkina Faso [...] \"The riposte of the escort made it possible to neutralise about twenty assailants,\" the statement said. Eleven soldiers were wounded. [...] The Group for the Support of Islam and Muslims (JNIM), al Qaeda's Sahel affiliate, claimed the ambush on Monday, saying it had killed 40 soldiers and seized weapons.",
       note="32 = 8 soldiers + 4 VDP + about 20 assailants (army's count); JNIM's claim of 40 soldiers is not used"),
    ev("Armed men attacked a village near Barsalogho, killing nine civilians and wounding six.",
       "2023-05-26", "‘On Friday’ before the Wednesday 2023-05-31 dateline: Friday 2023-05-26",
       "village near Barsalogho", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       9, None, 6, None,
       "On Friday, armed men attacked a village near Barsalogho in the Centre-Nord region, killing nine civilians and wounding six, a local official told Faso Hebdo by telephone. He did not say who was behind the attack."),
    ev("The army said a drone strike destroyed a 'terrorist' base near Djibo, 'neutralising dozens'.",
       "2023-05-29", "‘on Monday’ before the Wednesday 2023-05-31 dateline: Monday 2023-05-29",
       "near Djibo", "Sahel", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "In the north, the army said a drone strike on Monday destroyed a \"terrorist\" base near Djibo, \"neutralising dozens of criminals\" and destroying motorbikes and fuel stocks.",
       note="'dozens' gives no number"),
],
figures=[
    fig("displaced", 2000000, "Burkina Faso",
        "Burkina Faso has more than 2 million internally displaced people, according to the government's latest published figures."),
])

report("b19-27", "2018-10-28", "https://www.example-hindukushherald.com/news/2018/10/28/faryab-badghis-farah",
"""
Taliban overrun checkpoint in Faryab; police and insurgents killed in Badghis clash

MAZAR-I-SHARIF, October 28 (Hindukush Herald) - At least 10 members of the Afghan security forces were killed in Taliban attacks in the northwestern provinces of Faryab and Badghis on Friday and Saturday, officials said on Sunday.

In Faryab, Taliban fighters overran an Afghan Local Police checkpoint in Pashtun Kot district late on Friday, killing six policemen and taking two others prisoner, said a member of the provincial council, Mohammad Tahir Rahmani. The insurgents took weapons and a police pickup before setting the checkpoint on fire.

In Badghis, Taliban fighters attacked police posts in Ab Kamari district on Saturday, sparking a clash that lasted several hours. The governor's spokesman said four policemen and nine Taliban were killed. He later revised the number of policemen killed to five, saying a wounded officer had died in hospital in Qala-e-Naw.

In western Farah province, a roadside bomb hit a car carrying guests to a wedding in Bala Buluk district on Thursday, killing three civilians, a provincial police spokesman said. No group claimed responsibility, and the Taliban denied involvement.

Voting in the parliamentary elections, held across most of the country on October 20, was marred by technical problems and long delays, and results are not expected for weeks.
""",
events=[
    ev("Taliban fighters overran an Afghan Local Police checkpoint in Pashtun Kot late on Friday, killing six policemen and capturing two, then burned the checkpoint.",
       "2018-10-26", "‘late on Friday’ before the Sunday 2018-10-28 dateline: Friday 2018-10-26",
       "Pashtun Kot", "Faryab", "AF", "battle", "Taliban", "Afghan security forces",
       6, None, None, None,
       "In Faryab, Taliban fighters overran an Afghan Local Police checkpoint in Pashtun Kot district late on Friday, killing six policemen and taking two others prisoner, said a member of the provincial council, Mohammad Tahir Rahmani.",
       note="2 policemen taken prisoner"),
    ev("Taliban fighters attacked police posts in Ab Kamari; the toll was four policemen and nine Taliban, then revised to five policemen.",
       "2018-10-27", "‘on Saturday’ before the Sunday 2018-10-28 dateline: Saturday 2018-10-27",
       "Ab Kamari", "Badghis", "AF", "battle", "Taliban", "Afghan security forces",
       14, None, None, None,
       "In Badghis, Taliban fighters attacked police posts in Ab Kamari district on Saturday, sparking a clash that lasted several hours. The governor's spokesman said four policemen and nine Taliban were killed. He later revised the number of policemen killed to five, saying a wounded officer had died in hospital in Qala-e-Naw.",
       note="14 = 5 policemen (revised from 4) + 9 Taliban"),
    ev("A roadside bomb hit a car carrying wedding guests in Bala Buluk district, killing three civilians; the Taliban denied involvement.",
       "2018-10-25", "‘on Thursday’ before the Sunday 2018-10-28 dateline: Thursday 2018-10-25",
       "Bala Buluk", "Farah", "AF", "explosion", "unknown", "civilians",
       3, None, None, None,
       "In western Farah province, a roadside bomb hit a car carrying guests to a wedding in Bala Buluk district on Thursday, killing three civilians, a provincial police spokesman said. No group claimed responsibility, and the Taliban denied involvement."),
],
figures=[
    fig("killed", 10, "Faryab and Badghis",
        "At least 10 members of the Afghan security forces were killed in Taliban attacks in the northwestern provinces of Faryab and Badghis on Friday and Saturday",
        note="= 6 (Pashtun Kot) + 4 (Ab Kamari, first toll); not an event"),
])

report("b19-28", "2022-07-05", "https://www.example-redseareport.com/yemen/2022/07/05/truce-fourth-month",
"""
Yemen truce enters fourth month as talks on Taiz roads stall

By a Red Sea Report correspondent, Aden | Tuesday 5 July 2022

Yemen's nationwide truce entered its fourth month at the weekend, bringing the longest lull in the fighting since the war escalated in 2015, but talks on reopening the roads into the besieged city of Taiz have stalled, diplomats and officials said.

The truce, brokered by the United Nations and first agreed in April, halted air strikes, cross-border missile and drone attacks and major ground offensives. Both the government and the Houthis accuse each other of hundreds of violations, mostly artillery and sniper fire along the front lines around Marib, Taiz and Dhale.

Since the truce began, 26 fuel ships have docked at the port of Hodeidah and 22 commercial round-trip flights have operated between Sanaa airport and Amman and Cairo, according to the office of the U.N. special envoy.

A civilian impact monitoring group that tracks casualties from open sources said 19 civilians were killed across Yemen in June, most of them by landmines and unexploded ordnance, compared with more than 100 a month before the truce.

Talks held in Amman on opening the main roads into Taiz ended last month without agreement. The Houthis, who surround the city on three sides, proposed opening secondary roads; the government said it would accept nothing less than the main routes.

"Two months ago people were afraid to go to the market. Now the danger is the mines in the fields and the prices in the shops," said a teacher in Taiz reached by telephone.
""",
country_hint="YE",
figures=[
    fig("other", 26, "Hodeidah",
        "Since the truce began, 26 fuel ships have docked at the port of Hodeidah",
        note="fuel ships docked since the truce began in April 2022"),
    fig("other", 22, "Sanaa airport",
        "22 commercial round-trip flights have operated between Sanaa airport and Amman and Cairo",
        note="flights since the truce began"),
    fig("killed", 19, "Yemen",
        "said 19 civilians were killed across Yemen in June, most of them by landmines and unexploded ordnance",
        note="civilians killed in June 2022"),
])

report("b19-29", "2016-10-19", "https://www.example-niledispatch.com/sinai/2016/10/19/rafah-mortar-arish-sniper",
"""
Mortar round kills two in Rafah; soldier shot dead by sniper in Arish

ISMAILIA, October 19 (Nile Dispatch) - A mortar round fired by militants struck a house in Rafah on Monday, killing a woman and her son, medical sources in North Sinai said, in one of several attacks in the restive peninsula since the weekend.

On Tuesday, a police conscript was shot dead by a sniper while standing guard at a checkpoint on the coastal road in western Arish, security sources said. Islamic State's Sinai affiliate, known as Sinai Province, claimed the killing in a statement late on Tuesday.

On Sunday, gunmen stopped two trucks on the road near al-Hasana, in central Sinai, and abducted their three drivers, who were carrying cement, a relative of one of the drivers said. Their fate was not known.

The army said on Tuesday that air strikes and ground raids had killed 15 militants in areas south of Sheikh Zuweid and Rafah over the past week. It did not give details.

A state of emergency has been in force in parts of North Sinai since October 2014, when an attack on an army checkpoint killed more than 30 soldiers.
""",
events=[
    ev("A mortar round fired by militants struck a house in Rafah, killing a woman and her son.",
       "2016-10-17", "‘on Monday’ before the Wednesday 2016-10-19 dateline: Monday 2016-10-17",
       "Rafah", "North Sinai", "EG", "explosion", "militants (unidentified)", "civilians",
       2, None, None, None,
       "A mortar round fired by militants struck a house in Rafah on Monday, killing a woman and her son, medical sources in North Sinai said"),
    ev("A sniper shot dead a police conscript guarding a checkpoint on the coastal road in western Arish; Sinai Province (Islamic State) claimed it.",
       "2016-10-18", "‘On Tuesday’ before the Wednesday 2016-10-19 dateline: Tuesday 2016-10-18",
       "checkpoint on the coastal road, western Arish", "North Sinai", "EG", "battle", "Islamic State", "Egyptian security forces",
       1, None, None, None,
       "On Tuesday, a police conscript was shot dead by a sniper while standing guard at a checkpoint on the coastal road in western Arish, security sources said. Islamic State's Sinai affiliate, known as Sinai Province, claimed the killing in a statement late on Tuesday.",
       note="actor from the later claim by IS's Sinai affiliate"),
    ev("Gunmen stopped two cement trucks on the road near al-Hasana and abducted the three drivers.",
       "2016-10-16", "‘On Sunday’ before the Wednesday 2016-10-19 dateline: Sunday 2016-10-16",
       "road near al-Hasana", "North Sinai", "EG", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Sunday, gunmen stopped two trucks on the road near al-Hasana, in central Sinai, and abducted their three drivers, who were carrying cement, a relative of one of the drivers said.",
       note="abduction of 3 drivers"),
    ev("The army said air strikes and ground raids killed 15 militants south of Sheikh Zuweid and Rafah over the past week.",
       None, "spread ‘over the past week’, no day; statement ‘on Tuesday’",
       "south of Sheikh Zuweid and Rafah", "North Sinai", "EG", "battle", "Egyptian security forces", "militants (unidentified)",
       15, None, None, None,
       "The army said on Tuesday that air strikes and ground raids had killed 15 militants in areas south of Sheikh Zuweid and Rafah over the past week. It did not give details.",
       note="aggregate of a week's operations; army's own figure", optional=True),
])

report("b19-30", "2023-04-12", "https://www.example-valleyobserver.com/kashmir/2023/04/12/machil-infiltration-bijbehara",
"""
Two infiltrators killed on LoC in Kupwara; migrant worker shot in Anantnag

SRINAGAR, April 12 (Valley Observer) - Two infiltrators were killed when the army foiled an infiltration bid along the Line of Control in the Machil sector of north Kashmir's Kupwara district, officials said on Tuesday.

Troops spotted a group of armed men trying to cross to the Indian side of the LoC under cover of darkness on Monday night and challenged them, a defence spokesman in Srinagar said. In the ensuing firefight two infiltrators were killed, while the others retreated. Two AK rifles, ammunition and Pakistani currency were recovered from the bodies. No soldier was hurt, he said.

On Tuesday evening, militants shot and injured a migrant labourer from Bihar in the Bijbehara area of Anantnag district, police said. The labourer was hit in the arm and is stable in hospital. The Resistance Front, which police describe as an offshoot of Lashkar-e-Taiba, claimed responsibility in a post on social media.

Police said on Tuesday they had arrested four associates of Lashkar-e-Taiba in Baramulla district and recovered three hand grenades and a pistol from them.

A bomb disposal squad defused an improvised explosive device found near a culvert on the Pulwama-Shopian road early on Wednesday, police said. Traffic on the road was suspended for several hours.

According to police, 21 militants, 12 of them foreigners, have been killed in Jammu and Kashmir since January.
""",
events=[
    ev("Troops challenged armed men crossing the LoC in the Machil sector at night; two infiltrators were killed in the firefight, no soldier was hurt.",
       "2023-04-10", "‘on Monday night’ before the Wednesday 2023-04-12 dateline: Monday 2023-04-10 (announced ‘on Tuesday’)",
       "Machil sector", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "militants (unidentified)",
       2, None, None, None,
       "Two infiltrators were killed when the army foiled an infiltration bid along the Line of Control in the Machil sector of north Kashmir's Kupwara district [...] Troops spotted a group of armed men trying to cross to the Indian side of the LoC under cover of darkness on Monday night and challenged them, a defence spokesman in Srinagar said. In the ensuing firefight two infiltrators were killed, while the others retreated.",
       note="told twice (lead, then detail); 2 infiltrators killed, no soldier hurt"),
    ev("Militants shot and injured a migrant labourer from Bihar in Bijbehara; The Resistance Front claimed it.",
       "2023-04-11", "‘On Tuesday evening’ before the Wednesday 2023-04-12 dateline: Tuesday 2023-04-11",
       "Bijbehara", "Jammu and Kashmir", "IN", "attack_on_civilians", "The Resistance Front", "civilians",
       None, None, 1, None,
       "On Tuesday evening, militants shot and injured a migrant labourer from Bihar in the Bijbehara area of Anantnag district, police said. The labourer was hit in the arm and is stable in hospital. The Resistance Front, which police describe as an offshoot of Lashkar-e-Taiba, claimed responsibility in a post on social media.",
       note="actor from the group's own claim"),
    ev("Police arrested four Lashkar-e-Taiba associates in Baramulla district and recovered grenades and a pistol.",
       None, "only the day of the police statement is given (‘Police said on Tuesday’); the day of the arrests is not stated",
       "Baramulla", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Lashkar-e-Taiba",
       None, None, None, None,
       "Police said on Tuesday they had arrested four associates of Lashkar-e-Taiba in Baramulla district and recovered three hand grenades and a pistol from them.",
       arrested=4),
    ev("A bomb disposal squad defused an IED found near a culvert on the Pulwama-Shopian road.",
       "2023-04-12", "‘early on Wednesday’, the day of the Wednesday 2023-04-12 dateline",
       "Pulwama-Shopian road", "Jammu and Kashmir", "IN", "other", "Indian security forces", "unknown",
       None, None, None, None,
       "A bomb disposal squad defused an improvised explosive device found near a culvert on the Pulwama-Shopian road early on Wednesday, police said.",
       note="disrupted weapons use (IED defused); no blast", optional=True),
],
figures=[
    fig("killed", 21, "Jammu and Kashmir",
        "According to police, 21 militants, 12 of them foreigners, have been killed in Jammu and Kashmir since January.",
        note="militants killed since January 2023"),
])
# ---------------------------------------------------------------------------
# b19-31 .. b19-36
# ---------------------------------------------------------------------------

report("b19-31", "2017-09-26", "https://www.example-levantwire.com/syria/2017/09/26/mayadin-strikes-deir-ez-zor",
"""
Air strikes kill 14 civilians in IS-held Mayadin; SDF takes town on the Khabur

BEIRUT, September 26 (Levant Wire) - Air strikes on the Islamic State-held town of Mayadin in eastern Syria killed 14 civilians, among them five children, on Monday, the Syrian Field Monitor said, adding that it could not tell whether the jets were Russian or Syrian.

Mayadin, on the Euphrates about 45 km southeast of Deir ez-Zor city, has become one of the militants' last urban strongholds since they lost Raqqa's old city and much of the desert west of the river.

Islamic State fighters launched an assault on government positions south of the Deir ez-Zor military airport on Saturday night, opening it with two suicide car bombs, the monitor said. Eleven soldiers and allied militiamen and six attackers, including the two suicide bombers, were killed before the assault was beaten back. State media said the army had "foiled an attack by Daesh terrorists" and killed "dozens" of them.

North of the river, fighters of the U.S.-backed Syrian Democratic Forces captured the town of al-Suwar, on the Khabur river, on Sunday after the militants withdrew toward the Euphrates, an SDF commander said.

The SDF and the Syrian army, each backed by a different foreign power, are racing to seize what remains of the militants' territory on the two banks of the Euphrates.

The monitor says more than 1,100 people have been killed in Deir ez-Zor province since the start of September, among them more than 350 civilians.
""",
events=[
    ev("Air strikes by Russian or Syrian jets on IS-held Mayadin killed 14 civilians, five of them children.",
       "2017-09-25", "‘on Monday’ before the Tuesday 2017-09-26 dateline: Monday 2017-09-25",
       "Mayadin", "Deir ez-Zor", "SY", "explosion", "unknown", "civilians",
       14, None, None, None,
       "Air strikes on the Islamic State-held town of Mayadin in eastern Syria killed 14 civilians, among them five children, on Monday, the Syrian Field Monitor said, adding that it could not tell whether the jets were Russian or Syrian.",
       note="air force not identified (Russian or Syrian)"),
    ev("Islamic State opened an assault on government positions south of Deir ez-Zor military airport with two suicide car bombs; 11 soldiers and militiamen and 6 attackers were killed.",
       "2017-09-23", "‘on Saturday night’ before the Tuesday 2017-09-26 dateline: Saturday 2017-09-23",
       "south of the Deir ez-Zor military airport", "Deir ez-Zor", "SY", "explosion", "Islamic State", "Syrian government forces",
       17, None, None, None,
       "Islamic State fighters launched an assault on government positions south of the Deir ez-Zor military airport on Saturday night, opening it with two suicide car bombs, the monitor said. Eleven soldiers and allied militiamen and six attackers, including the two suicide bombers, were killed before the assault was beaten back.",
       note="complex attack opening with suicide car bombs; 17 = 11 soldiers and militiamen + 6 attackers; state media's 'dozens' of attackers killed gives no number"),
    ev("SDF fighters captured al-Suwar on the Khabur after the militants withdrew toward the Euphrates.",
       "2017-09-24", "‘on Sunday’ before the Tuesday 2017-09-26 dateline: Sunday 2017-09-24",
       "al-Suwar", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "North of the river, fighters of the U.S.-backed Syrian Democratic Forces captured the town of al-Suwar, on the Khabur river, on Sunday after the militants withdrew toward the Euphrates, an SDF commander said."),
],
figures=[
    fig("killed", 1100, "Deir ez-Zor province",
        "The monitor says more than 1,100 people have been killed in Deir ez-Zor province since the start of September, among them more than 350 civilians.",
        note="since 1 September 2017"),
    fig("killed", 350, "Deir ez-Zor province",
        "among them more than 350 civilians",
        note="civilians killed since 1 September 2017"),
])

report("b19-32", "2019-06-06", "https://www.example-frontierledger.com/kp/2019/06/06/mir-ali-bajaur-tirah",
"""
Two soldiers martyred in North Waziristan; roadside bomb injures four in Bajaur

PESHAWAR, June 6 (The Frontier Ledger) - Two soldiers were martyred when militants opened fire on a security forces' vehicle near Mir Ali in North Waziristan on Tuesday, officials said.

The vehicle was on its way back to a camp outside the town when it came under fire from a nearby orchard, a security official said on condition of anonymity. Both soldiers died on the spot and the attackers escaped. A search operation has been launched in the area.

In Bajaur, an improvised explosive device planted by the roadside went off as a Levies vehicle passed through Mamund tehsil on Wednesday, injuring three Levies personnel and a child who was walking nearby. No one was killed, the district administration said.

In Khyber district, security forces raided a militant hideout in the Tirah valley on Monday. Three militants and a soldier were killed in the exchange of fire that followed, officials said, adding that weapons and explosives had been recovered.

The merged tribal districts are due to vote in their first provincial assembly elections next month. Since January, 41 security personnel have been martyred in North Waziristan, according to official figures compiled by The Frontier Ledger.
""",
events=[
    ev("Militants fired from an orchard on a security forces' vehicle near Mir Ali, killing two soldiers.",
       "2019-06-04", "‘on Tuesday’ before the Thursday 2019-06-06 dateline: Tuesday 2019-06-04",
       "near Mir Ali", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       2, None, None, None,
       "Two soldiers were martyred when militants opened fire on a security forces' vehicle near Mir Ali in North Waziristan on Tuesday, officials said. [...] The vehicle was on its way back to a camp outside the town when it came under fire from a nearby orchard, a security official said on condition of anonymity. Both soldiers died on the spot and the attackers escaped.",
       note="told twice (lead, then detail): one event"),
    ev("A roadside IED went off as a Levies vehicle passed through Mamund tehsil, injuring three Levies personnel and a child; no one was killed.",
       "2019-06-05", "‘on Wednesday’ before the Thursday 2019-06-06 dateline: Wednesday 2019-06-05",
       "Mamund", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       0, None, 4, None,
       "In Bajaur, an improvised explosive device planted by the roadside went off as a Levies vehicle passed through Mamund tehsil on Wednesday, injuring three Levies personnel and a child who was walking nearby. No one was killed, the district administration said.",
       note="4 wounded = 3 Levies + 1 child; killed 0 because the text says no one was killed"),
    ev("Security forces raided a militant hideout in the Tirah valley; three militants and a soldier were killed in the exchange of fire.",
       "2019-06-03", "‘on Monday’ before the Thursday 2019-06-06 dateline: Monday 2019-06-03",
       "Tirah valley", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       4, None, None, None,
       "In Khyber district, security forces raided a militant hideout in the Tirah valley on Monday. Three militants and a soldier were killed in the exchange of fire that followed, officials said",
       note="4 = 3 militants + 1 soldier"),
],
figures=[
    fig("killed", 41, "North Waziristan",
        "Since January, 41 security personnel have been martyred in North Waziristan, according to official figures compiled by The Frontier Ledger.",
        note="security personnel killed since January 2019"),
])

report("b19-33", "2022-11-08", "https://www.example-fasohebdo.com/en/2022/11/08/vdp-recruitment-drive",
"""
Burkina Faso says 75,000 volunteers have signed up to fight jihadists

OUAGADOUGOU, November 8 (Faso Hebdo, English edition) - More than 75,000 people have registered to join the Volunteers for the Defence of the Homeland (VDP) since the government launched a recruitment drive last month to help the army fight jihadist groups, the government spokesman said on Tuesday.

The transitional authorities had called for 50,000 volunteers, to be trained for two weeks and then deployed in their home communes alongside the army. "The response of the people shows that Burkina Faso will not kneel," the spokesman told reporters after the weekly cabinet meeting.

The VDP were created in 2020 and have since become a pillar of the counter-insurgency, manning checkpoints, escorting convoys and guarding villages. They have also suffered heavy losses, and rights groups accuse some units of abuses against herders whom they suspect of supporting the militants.

"Arming tens of thousands of poorly trained civilians is a gamble," said a researcher at a West African security institute, who asked not to be named. "It can protect villages, but it can also turn local quarrels into massacres."

More than 1.7 million people are internally displaced in Burkina Faso, according to the national emergency relief council, and several towns in the north and east depend on escorted convoys for food.
""",
country_hint="BF",
figures=[
    fig("fighters", 75000, "Burkina Faso",
        "More than 75,000 people have registered to join the Volunteers for the Defence of the Homeland (VDP) since the government launched a recruitment drive last month",
        note="VDP volunteers registered"),
    fig("fighters", 50000, "Burkina Faso",
        "had called for 50,000 volunteers",
        note="VDP recruitment target"),
    fig("displaced", 1700000, "Burkina Faso",
        "More than 1.7 million people are internally displaced in Burkina Faso, according to the national emergency relief council"),
])

report("b19-34", "2016-07-31", "https://www.example-libyabriefing.com/sirte/2016/07/31/dollar-district-ganfouda",
"""
Libyan forces seize Sirte district from Islamic State; suicide car bomb kills four fighters

MISRATA, July 31 (Libya Briefing Wire) - Forces allied to Libya's U.N.-backed unity government said they seized the Dollar neighbourhood in the centre of Sirte from Islamic State militants on Saturday, after fierce street fighting in which nine of their fighters were killed and 40 wounded.

A spokesman for the forces' media centre said engineers were clearing mines and booby traps from the neighbourhood and that snipers were still active in the surrounding streets.

On Friday, an Islamic State suicide bomber drove a car packed with explosives at a checkpoint of the government-allied forces west of Sirte, killing four fighters, the media centre said. The bomber also died.

In Benghazi, warplanes of the eastern-based Libyan National Army (LNA) struck the Ganfouda district on Thursday, one of the last areas of the city held by its Islamist opponents. The Benghazi Revolutionaries Shura Council said three of its fighters were killed. The LNA said it had hit "terrorist gatherings".

The campaign to retake Sirte, the militants' main stronghold in North Africa, began in May. More than 280 fighters of the government-allied forces have been killed and over 1,000 wounded since then, according to hospital officials in Misrata.
""",
events=[
    ev("Forces allied to the unity government seized the Dollar neighbourhood of Sirte from Islamic State after street fighting in which nine of their fighters were killed and 40 wounded.",
       "2016-07-30", "‘on Saturday’ before the Sunday 2016-07-31 dateline: Saturday 2016-07-30",
       "Dollar neighbourhood", "Sirte", "LY", "territory_gain", "Government of National Accord forces", "Islamic State",
       9, None, 40, None,
       "Forces allied to Libya's U.N.-backed unity government said they seized the Dollar neighbourhood in the centre of Sirte from Islamic State militants on Saturday, after fierce street fighting in which nine of their fighters were killed and 40 wounded.",
       note="only the government-allied side's losses are given"),
    ev("An Islamic State suicide car bomber struck a checkpoint of the government-allied forces west of Sirte, killing four fighters and himself.",
       "2016-07-29", "‘On Friday’ before the Sunday 2016-07-31 dateline: Friday 2016-07-29",
       "checkpoint west of Sirte", "Sirte", "LY", "explosion", "Islamic State", "Government of National Accord forces",
       5, None, None, None,
       "On Friday, an Islamic State suicide bomber drove a car packed with explosives at a checkpoint of the government-allied forces west of Sirte, killing four fighters, the media centre said. The bomber also died.",
       note="5 = 4 fighters + the bomber"),
    ev("LNA warplanes struck Benghazi's Ganfouda district; the Benghazi Revolutionaries Shura Council said three of its fighters were killed.",
       "2016-07-28", "‘on Thursday’ before the Sunday 2016-07-31 dateline: Thursday 2016-07-28",
       "Ganfouda", "Benghazi", "LY", "explosion", "Libyan National Army", "Benghazi Revolutionaries Shura Council",
       3, None, None, None,
       "In Benghazi, warplanes of the eastern-based Libyan National Army (LNA) struck the Ganfouda district on Thursday, one of the last areas of the city held by its Islamist opponents. The Benghazi Revolutionaries Shura Council said three of its fighters were killed.",
       note="toll given by the side that was hit"),
],
figures=[
    fig("killed", 280, "Sirte",
        "More than 280 fighters of the government-allied forces have been killed and over 1,000 wounded since then, according to hospital officials in Misrata.",
        note="government-allied fighters killed since May 2016"),
    fig("wounded", 1000, "Sirte",
        "More than 280 fighters of the government-allied forces have been killed and over 1,000 wounded since then, according to hospital officials in Misrata.",
        note="since May 2016"),
])

report("b19-35", "2016-06-15", "https://www.example-horndispatch.com/somalia/2016-06-15-bardhere-marka-hodan",
"""
Al-Shabaab attack near Bardhere repelled; AU troops accused of killing four civilians near Marka

MOGADISHU, June 15 (Horn Dispatch) - Al-Shabaab fighters attacked Somali army positions on the outskirts of Bardhere in the southwestern Gedo region on Monday, setting off a gun battle in which three soldiers and eight militants were killed, a regional official said.

"They came from two directions at dawn, but our forces pushed them back," said the official, Abdirahman Sheikh Omar. "We have the bodies of eight of them."

Residents of a village near Marka in Lower Shabelle said African Union troops shot dead four civilians travelling in a minibus on Sunday, shortly after a roadside bomb hit an AU convoy nearby. The AU mission, AMISOM, said none of its soldiers was hurt in the blast and that it had opened an investigation into the shooting.

In Mogadishu, a bomb attached to a car killed a ministry official in the Hodan district on Tuesday and wounded his driver, police said. No group claimed responsibility.

AMISOM has about 22,000 troops in Somalia, drawn from Uganda, Burundi, Kenya, Ethiopia and Djibouti.
""",
events=[
    ev("Al-Shabaab fighters attacked army positions on the outskirts of Bardhere at dawn; three soldiers and eight militants were killed.",
       "2016-06-13", "‘on Monday’ before the Wednesday 2016-06-15 dateline: Monday 2016-06-13",
       "outskirts of Bardhere", "Gedo", "SO", "battle", "al-Shabaab", "Somali security forces",
       11, None, None, None,
       "Al-Shabaab fighters attacked Somali army positions on the outskirts of Bardhere in the southwestern Gedo region on Monday, setting off a gun battle in which three soldiers and eight militants were killed, a regional official said.",
       note="11 = 3 soldiers + 8 militants"),
    ev("A roadside bomb hit an AU convoy near Marka; AMISOM said none of its soldiers was hurt.",
       "2016-06-12", "‘on Sunday’ before the Wednesday 2016-06-15 dateline: Sunday 2016-06-12",
       "near Marka", "Lower Shabelle", "SO", "explosion", "unknown", "AMISOM",
       0, None, 0, None,
       "Residents of a village near Marka in Lower Shabelle said African Union troops shot dead four civilians travelling in a minibus on Sunday, shortly after a roadside bomb hit an AU convoy nearby. The AU mission, AMISOM, said none of its soldiers was hurt in the blast",
       note="0 killed and 0 wounded: AMISOM says none of its soldiers was hurt"),
    ev("Residents said AU troops shot dead four civilians in a minibus near Marka after the blast; AMISOM opened an investigation.",
       "2016-06-12", "‘on Sunday’ before the Wednesday 2016-06-15 dateline: Sunday 2016-06-12",
       "village near Marka", "Lower Shabelle", "SO", "attack_on_civilians", "AMISOM", "civilians",
       4, None, None, None,
       "Residents of a village near Marka in Lower Shabelle said African Union troops shot dead four civilians travelling in a minibus on Sunday, shortly after a roadside bomb hit an AU convoy nearby. The AU mission, AMISOM, said none of its soldiers was hurt in the blast and that it had opened an investigation into the shooting.",
       note="accusation by residents; AMISOM is investigating"),
    ev("A bomb attached to a car killed a ministry official in Mogadishu's Hodan district and wounded his driver.",
       "2016-06-14", "‘on Tuesday’ before the Wednesday 2016-06-15 dateline: Tuesday 2016-06-14",
       "Hodan", "Banaadir", "SO", "explosion", "unknown", "civilians",
       1, None, 1, None,
       "In Mogadishu, a bomb attached to a car killed a ministry official in the Hodan district on Tuesday and wounded his driver, police said. No group claimed responsibility."),
],
figures=[
    fig("fighters", 22000, "Somalia",
        "AMISOM has about 22,000 troops in Somalia, drawn from Uganda, Burundi, Kenya, Ethiopia and Djibouti.",
        note="AU troops"),
])

report("b19-36", "2018-12-11", "https://www.example-northerniraqdispatch.com/kirkuk/2018/12/11/hawija-rutba-mutaibija",
"""
Farmer and son killed near Hawija; motorcycle bomb wounds nine in Rutba

KIRKUK, December 11 (Northern Iraq Dispatch) - Gunmen killed a farmer and his son at their home in a village near Hawija, southwest of Kirkuk, late on Sunday, police said, a year after Iraq declared victory over Islamic State.

Islamic State claimed the killings in a statement on Monday, saying the two men had been "spies" for the Popular Mobilisation Forces.

In the western province of Anbar, a bomb hidden on a parked motorcycle exploded in the main market of Rutba on Monday morning, killing two people and wounding nine, the town's mayor said. No group claimed responsibility.

In Mutaibija, a rugged area in eastern Salahuddin province near the border with Diyala, Islamic State militants ambushed a Popular Mobilisation patrol on Saturday. One PMF fighter and four militants were killed in the clash, the PMF said in a statement.

Violence in Iraq has fallen sharply since the militants lost their last towns in late 2017, but the group's cells still kill village leaders, farmers and members of the security forces in the countryside of Kirkuk, Salahuddin, Diyala and Anbar. According to the United Nations, 32 civilians were killed in acts of violence in Iraq in November.
""",
events=[
    ev("Gunmen killed a farmer and his son at their home in a village near Hawija late on Sunday; Islamic State claimed the killings.",
       "2018-12-09", "‘late on Sunday’ before the Tuesday 2018-12-11 dateline: Sunday 2018-12-09",
       "village near Hawija", "Kirkuk", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       2, None, None, None,
       "Gunmen killed a farmer and his son at their home in a village near Hawija, southwest of Kirkuk, late on Sunday, police said [...] Islamic State claimed the killings in a statement on Monday",
       note="actor from the later IS claim"),
    ev("A bomb on a parked motorcycle exploded in Rutba's main market, killing two and wounding nine.",
       "2018-12-10", "‘on Monday morning’ before the Tuesday 2018-12-11 dateline: Monday 2018-12-10",
       "main market of Rutba", "Anbar", "IQ", "explosion", "unknown", "civilians",
       2, None, 9, None,
       "In the western province of Anbar, a bomb hidden on a parked motorcycle exploded in the main market of Rutba on Monday morning, killing two people and wounding nine, the town's mayor said. No group claimed responsibility."),
    ev("Islamic State militants ambushed a PMF patrol in Mutaibija; one PMF fighter and four militants were killed.",
       "2018-12-08", "‘on Saturday’ before the Tuesday 2018-12-11 dateline: Saturday 2018-12-08",
       "Mutaibija", "Salahuddin", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       5, None, None, None,
       "In Mutaibija, a rugged area in eastern Salahuddin province near the border with Diyala, Islamic State militants ambushed a Popular Mobilisation patrol on Saturday. One PMF fighter and four militants were killed in the clash, the PMF said in a statement.",
       note="5 = 1 PMF fighter + 4 militants"),
],
figures=[
    fig("killed", 32, "Iraq",
        "According to the United Nations, 32 civilians were killed in acts of violence in Iraq in November.",
        note="civilians killed in November 2018"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "AF", "PK", "YE", "SO", "NG", "IN", "EG", "LY", "ML", "BF", "CD", "MZ"}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
# aliases that EVENTS.md maps to a canonical name: gold must use the canonical one
NOT_CANONICAL = {"is", "isis", "isil", "daesh", "islamic state group", "is militants", "iraqi army",
                 "iraqi forces", "iraqi troops", "federal police", "pmf", "pmu", "hashd al-shaabi",
                 "sdf", "syrian army", "regime forces", "afghan forces", "ansf", "iswap",
                 "al-shabab", "shabaab", "ansar allah", "houthi rebels", "villagers", "residents",
                 "cts", "international coalition", "ttp"}
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


def sum_terms(where, rhs):
    """'9 police + 14 insurgents (police count)' -> 23; 'the bomber' counts 1."""
    total = 0
    for term in rhs.split(" + "):
        m = re.search(r"\d+", term)
        if m:
            total += int(m.group(0))
        elif re.match(r"\s*the bomber", term):
            total += 1
        else:
            err(where, f"note sum term without a number: {term!r}")
            return None
    return total


def check_note_sums(where, note, expected):
    """A note 'N = a + b' (or 'N wounded = a + b', or a figure's '= a + b') must add up, and N must be the count."""
    for m in re.finditer(r"(?:^|; |\()(?:(\d+)( wounded)? |[a-z ]*?)= ([^;]+)", note):
        rhs = m.group(3)
        if " + " not in rhs:
            continue
        total = sum_terms(where, rhs)
        if total is None:
            continue
        lhs = int(m.group(1)) if m.group(1) else None
        if lhs is not None and lhs != total:
            err(where, f"note sum {lhs} = {rhs!r} adds up to {total}")
        want = expected("wounded" if m.group(2) else "killed")
        if want is not None and (lhs if lhs is not None else total) != want:
            err(where, f"note sum {lhs if lhs is not None else total} does not match the count {want}")


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b19-%02d" % (i + 1):
            err(rid, f"id out of order, expected b19-{i + 1:02d}")
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
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]) or len(lines) < 3 or lines[1].strip():
            err(rid, "first line must be a headline followed by a blank line")
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
        if datelines == 0:
            # reports without a dateline must state the publication date in full
            full = f"{pub.day} {MONTHS[pub.month - 1]} {pub.year}"
            if full not in text:
                err(rid, f"no dateline and no '{full}' in the text")
        if datelines > 1:
            err(rid, "more than one dateline")
        check_weekday_dates_in_text(rid, text, pub)
        if not r["events"] and not r.get("country_hint"):
            err(rid, "report without events needs a country_hint")
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
                if isinstance(e.get(k), str) and e[k].strip().lower() in NOT_CANONICAL:
                    err(w, f"{k} {e[k]!r} is an alias: use the canonical name of EVENTS.md")
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
            check_date_note(w, e.get("date_note"), text)
            for k in ("killed", "killed_high", "wounded", "wounded_high"):
                if not is_count(e.get(k)):
                    err(w, f"{k} must be a non-negative int or null")
            for k in ("killed", "wounded"):
                hi = e.get(k + "_high")
                if hi is not None:
                    if e.get(k) is None:
                        err(w, f"{k}_high without {k}")
                    elif is_count(hi) and is_count(e[k]) and hi <= e[k]:
                        err(w, f"{k}_high must be strictly above {k}")
            if "arrested" in e:
                if e["type"] != "arrest":
                    err(w, "arrested on a non-arrest event")
                if not is_count(e["arrested"]) or e["arrested"] is None:
                    err(w, "arrested must be a non-negative int")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            check_evidence(w, text, e.get("evidence"))
            if "note" in e:
                check_note_sums(w, e["note"], lambda k, e=e: e.get(k))
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            if not isinstance(f.get("what"), str) or not f["what"].strip():
                err(w, "figure what must be a non-empty string")
            if not isinstance(f.get("place"), str) or not f["place"].strip():
                err(w, "figure place must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
            if "note" in f:
                check_note_sums(w, f["note"], lambda k, f=f: f.get("value"))


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
    print(f"reports: {len(REPORTS)}")
    print(f"events: {len(evs)} (optional {len(evs) - len(req)}, scored {len(req)})")
    print(f"events with killed: {sum(e['killed'] is not None for e in evs)}"
          f" (scored: {sum(e['killed'] is not None for e in req)}; explicit 0: {sum(e['killed'] == 0 for e in evs)})")
    print(f"events with wounded: {sum(e['wounded'] is not None for e in evs)}"
          f" (scored: {sum(e['wounded'] is not None for e in req)})")
    print(f"killed_high: {sum(e['killed_high'] is not None for e in evs)},"
          f" wounded_high: {sum(e['wounded_high'] is not None for e in evs)}")
    print(f"events with date null: {sum(e['date'] is None for e in evs)}"
          f" (not optional: {sum(e['date'] is None for e in req)})")
    print("arrest events: %d (arrested %s)" % (
        sum(e["type"] == "arrest" for e in evs), ", ".join(str(e.get("arrested")) for e in evs if e["type"] == "arrest")))
    print(f"figures: {sum(len(r['figures']) for r in REPORTS)} ("
          + ", ".join(f"{k} {v}" for k, v in Counter(f["what"] for r in REPORTS for f in r["figures"]).most_common()) + ")")
    print("reports with no incident: %d (%s)" % (
        sum(not r["events"] for r in REPORTS), ", ".join(r["id"] for r in REPORTS if not r["events"])))
    print("events per report: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(Counter(len(r["events"]) for r in REPORTS).items())))
    print("by type (events/optional/with killed): " + ", ".join(
        f"{t} {sum(e['type'] == t for e in evs)}/{sum(e['type'] == t and bool(e.get('optional')) for e in evs)}"
        f"/{sum(e['type'] == t and e['killed'] is not None for e in evs)}"
        for t, _ in Counter(e["type"] for e in evs).most_common()))
    rep_c = Counter((r["events"][0]["country"] if r["events"] else r["country_hint"]) for r in REPORTS)
    print("by country (reports/events/optional/with killed): " + ", ".join(
        f"{c} {rep_c[c]}/{sum(e['country'] == c for e in evs)}"
        f"/{sum(e['country'] == c and bool(e.get('optional')) for e in evs)}"
        f"/{sum(e['country'] == c and e['killed'] is not None for e in evs)}"
        for c, _ in rep_c.most_common()))
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))


if __name__ == "__main__":
    main()
