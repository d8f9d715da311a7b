#!/usr/bin/env python3
"""probe-blind24: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: South and South-East Asia and Latin America, 2012-2023, as police press releases, army
statements, wire copy and local dailies tell it: 'encounters', IED and grenade attacks on patrols,
targeted killings of officials, late claims and denials, clashes between two armed groups, tolls
split by group, the wounded who died later, arrests and arms recoveries, curfews and protests.

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
# b24-01 .. b24-09
# ---------------------------------------------------------------------------

report("b24-01", "2018-05-08", "https://www.example-valleyobserver.com/kashmir/2018/05/08/zainapora-shopian-gunfight-youth-killed",
"""
Three militants, soldier killed in Shopian gunfight; youth dies as forces fire on stone-pelters

SRINAGAR, May 8 (Valley Observer) - Three militants and a soldier were killed in a gunfight that broke out after a joint team of the army, police and CRPF laid a cordon around Zainapora village in south Kashmir's Shopian district on Sunday evening, officials said.

A police spokesman said the cordon-and-search operation was launched on a specific input about the presence of militants in a residential house. "As the search party approached the suspected spot, the hiding militants fired indiscriminately, which was retaliated, leading to an encounter," he said. The exchange of fire went on intermittently through the night and ended on Monday morning, when the bodies of three militants were retrieved from the debris of the house. Police said all three were locals affiliated with the Hizbul Mujahideen.

An army soldier who was critically injured in the initial exchange was shifted to the 92 Base Hospital in Srinagar, where he succumbed on Monday, a defence spokesman said.

As news of the killings spread, youths took to the streets in Zainapora and adjoining villages and pelted stones at forces near the encounter site. Forces fired pellets and tear-gas shells to disperse them. A 19-year-old youth hit in the chest by pellets died on the way to hospital, and at least 14 others were injured, doctors at the district hospital said.

Authorities suspended mobile internet in Shopian and Pulwama districts and imposed restrictions in Shopian town on Tuesday. Separatist leaders called for a shutdown.

In Tral, in neighbouring Pulwama district, suspected militants hurled a grenade at a CRPF vehicle near the main bus stand on Monday afternoon. The grenade exploded on the road, injuring two CRPF men and three civilians, a police officer said. Later, police arrested two men from Tral in connection with the attack and recovered a pistol and four grenades from them. Police described them as overground workers of the Jaish-e-Mohammad.

According to official figures, 57 militants have been killed in the Valley since January, most of them in south Kashmir.
""",
events=[
    ev("Army, police and CRPF cordoned Zainapora village; in the gunfight that followed three Hizbul Mujahideen militants were killed and a soldier was critically injured and later died.",
       "2018-05-06", "cordon and gunfight began ‘on Sunday evening’ and ended ‘on Monday morning’, before the Tuesday 2018-05-08 dateline: Sunday 2018-05-06",
       "Zainapora", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Hizbul Mujahideen",
       4, None, None, None,
       "Three militants and a soldier were killed in a gunfight that broke out after a joint team of the army, police and CRPF laid a cordon around Zainapora village in south Kashmir's Shopian district on Sunday evening, officials said. [...] An army soldier who was critically injured in the initial exchange was shifted to the 92 Base Hospital in Srinagar, where he succumbed on Monday, a defence spokesman said.",
       note="4 = 3 militants + 1 soldier who died of his wounds; the police say the militants fired first, but the operation was the forces' cordon-and-search, so the forces are actor1"),
    ev("Youths pelted stones at forces near the encounter site in Zainapora and nearby villages; forces fired pellets and tear gas, killing a 19-year-old and injuring at least 14.",
       "2018-05-07", "after the gunfight ended ‘on Monday morning’ (‘As news of the killings spread’): Monday 2018-05-07",
       "Zainapora", "Jammu and Kashmir", "IN", "other", "rioters", "Indian security forces",
       1, None, 14, None,
       "As news of the killings spread, youths took to the streets in Zainapora and adjoining villages and pelted stones at forces near the encounter site. Forces fired pellets and tear-gas shells to disperse them. A 19-year-old youth hit in the chest by pellets died on the way to hospital, and at least 14 others were injured, doctors at the district hospital said.",
       note="ACLED Riots: violent demonstration met with pellets; the youth was killed by the forces' fire"),
    ev("Suspected militants threw a grenade at a CRPF vehicle near the main bus stand in Tral, injuring two CRPF men and three civilians.",
       "2018-05-07", "‘on Monday afternoon’ before the Tuesday 2018-05-08 dateline: Monday 2018-05-07",
       "Tral bus stand", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       None, None, 5, None,
       "In Tral, in neighbouring Pulwama district, suspected militants hurled a grenade at a CRPF vehicle near the main bus stand on Monday afternoon. The grenade exploded on the road, injuring two CRPF men and three civilians, a police officer said.",
       note="5 wounded = 2 CRPF + 3 civilians; no deaths reported, but the text does not say nobody was killed"),
    ev("Police arrested two men from Tral, described as Jaish-e-Mohammad overground workers, over the grenade attack and recovered a pistol and four grenades.",
       None, "‘Later’, after the grenade attack ‘on Monday afternoon’; the day of the arrests is not stated",
       "Tral", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Jaish-e-Mohammad",
       None, None, None, None,
       "Later, police arrested two men from Tral in connection with the attack and recovered a pistol and four grenades from them. Police described them as overground workers of the Jaish-e-Mohammad.",
       arrested=2),
],
figures=[
    fig("killed", 57, "Kashmir Valley",
        "According to official figures, 57 militants have been killed in the Valley since January",
        note="militants, running total since January"),
])

report("b24-02", "2022-01-13", "https://www.example-andeanwire.com/colombia/2022/01/13/arauca-tame-bodies-eln-dissidents",
"""
Nine bodies found near Tame as ELN and FARC dissidents fight for Arauca

BOGOTÁ, January 13 (Andean Wire) - The bodies of nine men, several of them in camouflage uniforms, were found on Tuesday beside a rural road outside Tame, in the eastern department of Arauca, where National Liberation Army (ELN) guerrillas and dissidents of the former FARC have been fighting for control of the border with Venezuela since the first days of the year, the army said.

A local official said residents had heard heavy gunfire for several hours on Monday in the hills above the road and believed the men were killed in fighting between the two groups. The army said it could not yet say which side they belonged to.

In Arauquita, troops of the army's 18th Brigade clashed on Sunday with a unit of the dissident 10th Front near Puerto Jordán, killing two dissidents and capturing a third, who was wounded, the brigade said in a statement.

On Saturday night, an explosive device thrown from a passing motorcycle went off at a police post in Fortul, wounding two officers, police said. They blamed the ELN, which did not comment.

In Saravena, a community leader was shot dead by two men on a motorcycle outside his home on Friday evening, the regional ombudsman's office said. It did not say who was behind the killing; the leader had reported threats from both groups.

The Defence Ministry has sent 700 more soldiers to Arauca, bringing the force in the department to about 6,500, and the government has offered rewards for information on the commanders of both groups.

The ombudsman's office says at least 54 people have been killed in Arauca since January 2 and more than 1,300 have fled their homes, many of them to the towns of Tame and Saravena. The ELN and the dissidents had shared the department under an uneasy truce for years before it broke down at the turn of the year.
""",
events=[
    ev("Fighting between the ELN and FARC dissidents in the hills above a rural road outside Tame; nine bodies, several in camouflage, were found the next day.",
       "2022-01-10", "gunfire heard ‘on Monday’ (bodies found ‘on Tuesday’) before the Thursday 2022-01-13 dateline: Monday 2022-01-10",
       "outside Tame", "Arauca", "CO", "battle", "ELN", "FARC dissidents",
       9, None, None, None,
       "The bodies of nine men, several of them in camouflage uniforms, were found on Tuesday beside a rural road outside Tame, in the eastern department of Arauca, where National Liberation Army (ELN) guerrillas and dissidents of the former FARC have been fighting for control of the border with Venezuela since the first days of the year, the army said. [...] A local official said residents had heard heavy gunfire for several hours on Monday in the hills above the road and believed the men were killed in fighting between the two groups.",
       note="which side attacked is not said; the order of the two groups is arbitrary"),
    ev("Army troops of the 18th Brigade clashed with a 10th Front dissident unit near Puerto Jordán, killing two dissidents and capturing a wounded third.",
       "2022-01-09", "‘on Sunday’ before the Thursday 2022-01-13 dateline: Sunday 2022-01-09",
       "Puerto Jordán", "Arauca", "CO", "battle", "Colombian security forces", "FARC dissidents",
       2, None, 1, None,
       "In Arauquita, troops of the army's 18th Brigade clashed on Sunday with a unit of the dissident 10th Front near Puerto Jordán, killing two dissidents and capturing a third, who was wounded, the brigade said in a statement.",
       note="the capture of the wounded dissident is part of the clash"),
    ev("An explosive device thrown from a motorcycle went off at a police post in Fortul, wounding two officers; police blamed the ELN.",
       "2022-01-08", "‘On Saturday night’ before the Thursday 2022-01-13 dateline: Saturday 2022-01-08",
       "Fortul", "Arauca", "CO", "explosion", "ELN", "Colombian security forces",
       None, None, 2, None,
       "On Saturday night, an explosive device thrown from a passing motorcycle went off at a police post in Fortul, wounding two officers, police said. They blamed the ELN, which did not comment.",
       note="blamed by the police, not denied"),
    ev("A community leader was shot dead outside his home in Saravena by two men on a motorcycle.",
       "2022-01-07", "‘on Friday evening’ before the Thursday 2022-01-13 dateline: Friday 2022-01-07",
       "Saravena", "Arauca", "CO", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Saravena, a community leader was shot dead by two men on a motorcycle outside his home on Friday evening, the regional ombudsman's office said.",
       note="targeted killing of a community leader (assassination, 'other' as in news-wide); killers not identified"),
],
figures=[
    fig("killed", 54, "Arauca",
        "The ombudsman's office says at least 54 people have been killed in Arauca since January 2",
        note="running total since January 2"),
    fig("displaced", 1300, "Arauca",
        "more than 1,300 have fled their homes, many of them to the towns of Tame and Saravena"),
    fig("fighters", 6500, "Arauca",
        "The Defence Ministry has sent 700 more soldiers to Arauca, bringing the force in the department to about 6,500",
        note="government troops in the department"),
])

report("b24-03", "2014-03-18", "https://www.example-karachicourier.com/city/2014/03/18/manghopir-encounter-lyari-grenade",
"""
Police kill four 'TTP militants' in Manghopir encounter; constable dies after Lyari grenade attack

KARACHI, March 18 (Karachi Courier) - Police said they killed four suspected militants of the banned Tehreek-e-Taliban Pakistan in an encounter in Manghopir on Monday night, hours after one of the policemen wounded in a grenade attack in Lyari died in hospital.

According to SSP West, a police party raided a house in a katchi abadi near Manghopir Road on a tip-off that militants wanted for attacks on police were hiding there. "The suspects opened fire on the police party, which returned fire in self-defence," he told reporters. All four suspects were killed and a constable received a bullet wound in the arm. Police said they recovered two Kalashnikovs, a pistol, four hand grenades and a suicide jacket from the house.

Relatives of one of the dead men told reporters outside the Abbasi Shaheed Hospital mortuary that he had been picked up from his home by men in plain clothes three weeks ago. A police spokesman rejected the claim.

On Sunday evening, two men on a motorcycle hurled a hand grenade at a police mobile van in the Chakiwara area of Lyari, injuring three policemen and a passer-by. One of the injured constables died at the Civil Hospital on Monday afternoon, police said.

In Orangi Town, gunmen shot dead a female polio worker and wounded her colleague as they went door to door in Qasba Colony on Saturday morning. The provincial health department suspended the vaccination drive in the area for three days.

The Rangers said on Tuesday that they had arrested 11 suspects, including two alleged target killers, in raids in Lyari and Korangi overnight, and seized 14 weapons.

The paramilitary force says it has arrested more than 5,700 suspects since the Karachi operation began in September. A citizens' group says at least 410 people have been killed in the city since January 1.
""",
events=[
    ev("A police party raided a house near Manghopir Road; in the encounter four suspected TTP militants were killed and a constable wounded.",
       "2014-03-17", "‘on Monday night’ before the Tuesday 2014-03-18 dateline: Monday 2014-03-17",
       "Manghopir", "Sindh", "PK", "battle", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       4, None, 1, None,
       "Police said they killed four suspected militants of the banned Tehreek-e-Taliban Pakistan in an encounter in Manghopir on Monday night [...] All four suspects were killed and a constable received a bullet wound in the arm.",
       note="police raid, so police are actor1 although they say the suspects fired first; relatives say one of the dead had been picked up weeks earlier"),
    ev("Two men on a motorcycle threw a grenade at a police van in Chakiwara, Lyari, injuring three policemen and a passer-by; one constable died the next day.",
       "2014-03-16", "‘On Sunday evening’ before the Tuesday 2014-03-18 dateline: Sunday 2014-03-16",
       "Chakiwara, Lyari", "Sindh", "PK", "explosion", "militants (unidentified)", "Pakistani security forces",
       1, None, 3, None,
       "On Sunday evening, two men on a motorcycle hurled a hand grenade at a police mobile van in the Chakiwara area of Lyari, injuring three policemen and a passer-by. One of the injured constables died at the Civil Hospital on Monday afternoon, police said.",
       note="4 injured, one of whom died later: killed 1, wounded 3"),
    ev("Gunmen shot dead a female polio worker and wounded her colleague in Qasba Colony, Orangi Town.",
       "2014-03-15", "‘on Saturday morning’ before the Tuesday 2014-03-18 dateline: Saturday 2014-03-15",
       "Qasba Colony, Orangi Town", "Sindh", "PK", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, 1, None,
       "In Orangi Town, gunmen shot dead a female polio worker and wounded her colleague as they went door to door in Qasba Colony on Saturday morning."),
    ev("Rangers arrested 11 suspects, including two alleged target killers, in overnight raids in Lyari and Korangi and seized 14 weapons.",
       "2014-03-17", "raids ‘overnight’, announced ‘on Tuesday’ (the Tuesday 2014-03-18 dateline): the night of Monday 2014-03-17",
       "Lyari and Korangi", "Sindh", "PK", "arrest", "Pakistani security forces", "unknown",
       None, None, None, None,
       "The Rangers said on Tuesday that they had arrested 11 suspects, including two alleged target killers, in raids in Lyari and Korangi overnight, and seized 14 weapons.",
       note="one combined count for both places, kept as one event", arrested=11),
],
figures=[
    fig("arrested", 5700, "Karachi",
        "The paramilitary force says it has arrested more than 5,700 suspects since the Karachi operation began in September."),
    fig("killed", 410, "Karachi",
        "A citizens' group says at least 410 people have been killed in the city since January 1."),
])

report("b24-04", "2019-03-14", "https://www.example-mindanaosentinel.com/2019/03/14/datu-hoffer-detachment-attack-biff",
"""
Two soldiers, five BIFF gunmen killed in Datu Hoffer attack; army shells marshland

COTABATO CITY, March 14 (Mindanao Sentinel) - Two soldiers and five members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed when about 30 gunmen attacked an army detachment in Datu Hoffer Ampatuan, Maguindanao, before dawn on Tuesday, the military said.

The spokesman of the army's 6th Infantry Division said the gunmen fired rifle grenades at the detachment and tried to overrun it, but were driven back after a two-hour firefight. Four soldiers were wounded. Troops recovered the bodies of five attackers and three M14 rifles.

Later on Tuesday and into Wednesday, army howitzers and attack helicopters pounded suspected BIFF positions in the marshland of Shariff Saydona Mustapha, where the gunmen were believed to have fled. The division said at least 11 BIFF members were killed in the bombardment. Local officials could not confirm the figure but said some 400 families had fled to evacuation centres.

On Sunday, a roadside bomb went off as a military truck passed on the highway in Datu Piang, wounding three soldiers. Police said the device bore the signature of BIFF bomb-makers, but a spokesman for the group denied any involvement in a radio interview.

In a separate incident, followers of two Moro Islamic Liberation Front (MILF) commanders locked in a clan feud exchanged fire in Datu Saudi Ampatuan on Monday, leaving three dead, according to the police, and forcing dozens of families out of their homes. A village official put the death toll at five. The MILF's ceasefire committee said it had sent a team to separate the two sides.

The BIFF broke away from the MILF in 2010 and rejects the peace process that produced the new Bangsamoro autonomous region, ratified in a plebiscite in January. The military puts the group's strength at about 250 armed men, split into three factions.
""",
events=[
    ev("About 30 BIFF gunmen attacked an army detachment in Datu Hoffer Ampatuan and were driven back after two hours; two soldiers and five attackers killed, four soldiers wounded.",
       "2019-03-12", "‘before dawn on Tuesday’ before the Thursday 2019-03-14 dateline: Tuesday 2019-03-12",
       "Datu Hoffer Ampatuan", "Maguindanao", "PH", "battle", "Bangsamoro Islamic Freedom Fighters", "Philippine security forces",
       7, None, 4, None,
       "Two soldiers and five members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed when about 30 gunmen attacked an army detachment in Datu Hoffer Ampatuan, Maguindanao, before dawn on Tuesday, the military said. [...] Four soldiers were wounded.",
       note="7 = 2 soldiers + 5 attackers"),
    ev("Army howitzers and attack helicopters pounded suspected BIFF positions in the Shariff Saydona Mustapha marshland; the division said at least 11 BIFF members were killed.",
       "2019-03-12", "‘Later on Tuesday and into Wednesday’ before the Thursday 2019-03-14 dateline: first day Tuesday 2019-03-12",
       "Shariff Saydona Mustapha", "Maguindanao", "PH", "explosion", "Philippine security forces", "Bangsamoro Islamic Freedom Fighters",
       11, None, None, None,
       "Later on Tuesday and into Wednesday, army howitzers and attack helicopters pounded suspected BIFF positions in the marshland of Shariff Saydona Mustapha, where the gunmen were believed to have fled. The division said at least 11 BIFF members were killed in the bombardment.",
       note="official army count, not confirmed locally; two-day bombardment kept as one event"),
    ev("A roadside bomb exploded as a military truck passed on the highway in Datu Piang, wounding three soldiers; police pointed to BIFF bomb-makers, the BIFF denied it.",
       "2019-03-10", "‘On Sunday’ before the Thursday 2019-03-14 dateline: Sunday 2019-03-10",
       "Datu Piang", "Maguindanao", "PH", "explosion", "unknown", "Philippine security forces",
       None, None, 3, None,
       "On Sunday, a roadside bomb went off as a military truck passed on the highway in Datu Piang, wounding three soldiers. Police said the device bore the signature of BIFF bomb-makers, but a spokesman for the group denied any involvement in a radio interview.",
       note="blamed on the BIFF by police, denied by the BIFF: unknown"),
    ev("Followers of two MILF commanders in a clan feud (rido) exchanged fire in Datu Saudi Ampatuan, leaving three dead by the police count, five by a village official's.",
       "2019-03-11", "‘on Monday’ before the Thursday 2019-03-14 dateline: Monday 2019-03-11",
       "Datu Saudi Ampatuan", "Maguindanao", "PH", "battle", "MILF", "MILF",
       3, 5, None, None,
       "In a separate incident, followers of two Moro Islamic Liberation Front (MILF) commanders locked in a clan feud exchanged fire in Datu Saudi Ampatuan on Monday, leaving three dead, according to the police, and forcing dozens of families out of their homes. A village official put the death toll at five.",
       note="two MILF factions in a clan feud; conflicting tolls: 3 (police) and 5 (village official)"),
],
figures=[
    fig("displaced", 400, "Shariff Saydona Mustapha",
        "Local officials could not confirm the figure but said some 400 families had fled to evacuation centres.",
        note="families, not people"),
    fig("fighters", 250, "Maguindanao",
        "The military puts the group's strength at about 250 armed men, split into three factions.",
        note="BIFF strength"),
])

report("b24-05", "2021-05-18", "https://www.example-pacificcoastwire.com/mexico/2021/05/18/tepalcatepec-drones-aguililla",
"""
Drones drop explosives on Tepalcatepec as cartel war grips Michoacán's Tierra Caliente

MORELIA, May 18 (Pacific Coast Wire) - Explosive devices dropped from drones fell on houses on the outskirts of Tepalcatepec on Saturday, wounding three residents, including a 12-year-old girl, the Michoacán state prosecutor's office said. Local self-defence leaders blamed the Jalisco New Generation Cartel (CJNG), which has been trying for months to push into the municipality from neighbouring Jalisco.

A day earlier, gunmen of the CJNG and the rival Cárteles Unidos alliance fought for several hours on the road between Aguililla and Coalcomán. State investigators said they found seven bodies and four burned-out pickup trucks, two of them armour-plated, at the scene.

On Sunday, soldiers who were removing a blockade of burned vehicles at the entrance to Aguililla came under fire from armed men hidden in the hills. One soldier was killed and two were wounded, the Defence Ministry said in a statement. It said troops killed one of the attackers and detained four, and seized six rifles and a grenade launcher, but did not say which group they belonged to.

On Monday about 300 residents of Aguililla, many of them women, marched to the army camp on the edge of the town to demand that the troops reopen the highway to Apatzingán, which has been cut by trenches and blockades for weeks, and protect the town from the cartel.

Residents say food and fuel now reach Aguililla only by small plane or along dirt tracks through the mountains. The municipal government says about 1,500 people have left the town since the start of the year.

Michoacán recorded 987 murders in the first four months of 2021, according to preliminary official figures. The federal government has deployed about 3,000 soldiers and National Guard troops to the Tierra Caliente region.
""",
events=[
    ev("Explosives dropped from drones fell on houses on the outskirts of Tepalcatepec, wounding three residents including a girl; self-defence leaders blamed the CJNG.",
       "2021-05-15", "‘on Saturday’ before the Tuesday 2021-05-18 dateline: Saturday 2021-05-15",
       "outskirts of Tepalcatepec", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "civilians",
       None, None, 3, None,
       "Explosive devices dropped from drones fell on houses on the outskirts of Tepalcatepec on Saturday, wounding three residents, including a 12-year-old girl, the Michoacán state prosecutor's office said. Local self-defence leaders blamed the Jalisco New Generation Cartel (CJNG)",
       note="blamed by self-defence leaders, not denied"),
    ev("CJNG and Cárteles Unidos gunmen fought for hours on the road between Aguililla and Coalcomán; seven bodies and four burned pickups were found.",
       "2021-05-14", "‘A day earlier’ than the Saturday 2021-05-15 drone attack: Friday 2021-05-14",
       "road between Aguililla and Coalcomán", "Michoacán", "MX", "battle", "Jalisco New Generation Cartel", "Cárteles Unidos",
       7, None, None, None,
       "A day earlier, gunmen of the CJNG and the rival Cárteles Unidos alliance fought for several hours on the road between Aguililla and Coalcomán. State investigators said they found seven bodies and four burned-out pickup trucks, two of them armour-plated, at the scene.",
       note="which side attacked is not said"),
    ev("Soldiers clearing a blockade at the entrance to Aguililla came under fire; one soldier and one attacker killed, two soldiers wounded, four attackers detained.",
       "2021-05-16", "‘On Sunday’ before the Tuesday 2021-05-18 dateline: Sunday 2021-05-16",
       "entrance to Aguililla", "Michoacán", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       2, None, 2, None,
       "On Sunday, soldiers who were removing a blockade of burned vehicles at the entrance to Aguililla came under fire from armed men hidden in the hills. One soldier was killed and two were wounded, the Defence Ministry said in a statement. It said troops killed one of the attackers and detained four, and seized six rifles and a grenade launcher, but did not say which group they belonged to.",
       note="2 = 1 soldier + 1 attacker; the four detentions happened in the same fight and are not a separate event"),
    ev("About 300 residents of Aguililla marched to the army camp to demand the highway be reopened and the town protected from the cartel.",
       "2021-05-17", "‘On Monday’ before the Tuesday 2021-05-18 dateline: Monday 2021-05-17",
       "Aguililla", "Michoacán", "MX", "other", "protesters", "none",
       None, None, None, None,
       "On Monday about 300 residents of Aguililla, many of them women, marched to the army camp on the edge of the town to demand that the troops reopen the highway to Apatzingán",
       note="peaceful protest"),
],
figures=[
    fig("displaced", 1500, "Aguililla",
        "The municipal government says about 1,500 people have left the town since the start of the year."),
    fig("killed", 987, "Michoacán",
        "Michoacán recorded 987 murders in the first four months of 2021, according to preliminary official figures."),
    fig("fighters", 3000, "Tierra Caliente",
        "The federal government has deployed about 3,000 soldiers and National Guard troops to the Tierra Caliente region.",
        note="government troops"),
])

report("b24-06", "2012-08-24", "https://www.example-bangkokdaybreak.com/south/2012/08/24/rueso-bomb-rangers-bacho-headman",
"""
Roadside bomb kills two rangers in Rueso; village headman gunned down in Bacho

NARATHIWAT, August 24 (Bangkok Daybreak) - Two paramilitary rangers were killed and four wounded when a bomb hidden in a roadside ditch exploded as their motorcycle patrol passed on a rural road in Rueso district on Thursday morning, police said. A schoolteacher riding behind the patrol was also hurt.

Police said the bomb, about 10 kilograms of explosives packed into a fire extinguisher, was set off with a mobile phone by someone watching from a nearby rubber plantation. Rangers and police sealed off the area and in the afternoon raided a house in a neighbouring village, where they detained three suspects and seized wires, batteries and fertiliser used to make bombs.

On Wednesday evening, gunmen in a pickup truck shot dead the headman of a village in Bacho district as he walked home from a mosque after prayers. He had survived an attempt on his life two years ago. The district chief ordered a night curfew in the village and asked residents to stay indoors after 9 p.m.

Overnight on Tuesday, suspected insurgents set fire to mobile phone relay towers and a rubber-sheet smoking house at six locations in Sungai Padi district, and scattered nails on the roads to slow down security forces. No one was hurt, police said.

No group claimed responsibility for any of the attacks. The insurgents fighting in the Malay-Muslim border provinces rarely claim their attacks, and the authorities have struggled to identify leaders with whom they could negotiate.

More than 5,150 people have been killed in violence in Narathiwat, Pattani, Yala and parts of Songkhla since January 2004, according to an independent monitoring group. About 60,000 soldiers, police and defence volunteers are deployed in the region.
""",
events=[
    ev("A bomb in a roadside ditch, set off by mobile phone, hit a ranger motorcycle patrol in Rueso district, killing two rangers and wounding four and a schoolteacher.",
       "2012-08-23", "‘on Thursday morning’ before the Friday 2012-08-24 dateline: Thursday 2012-08-23",
       "Rueso", "Narathiwat", "TH", "explosion", "militants (unidentified)", "Thai security forces",
       2, None, 5, None,
       "Two paramilitary rangers were killed and four wounded when a bomb hidden in a roadside ditch exploded as their motorcycle patrol passed on a rural road in Rueso district on Thursday morning, police said. A schoolteacher riding behind the patrol was also hurt.",
       note="wounded 5 = 4 rangers + 1 teacher"),
    ev("Rangers and police raided a house in a village neighbouring the blast site and detained three suspects with bomb-making materials.",
       "2012-08-23", "‘in the afternoon’ of the Thursday 2012-08-23 bombing",
       "village near Rueso", "Narathiwat", "TH", "arrest", "Thai security forces", "militants (unidentified)",
       None, None, None, None,
       "Rangers and police sealed off the area and in the afternoon raided a house in a neighbouring village, where they detained three suspects and seized wires, batteries and fertiliser used to make bombs.",
       arrested=3),
    ev("Gunmen in a pickup shot dead a village headman in Bacho district as he walked home from a mosque.",
       "2012-08-22", "‘On Wednesday evening’ before the Friday 2012-08-24 dateline: Wednesday 2012-08-22",
       "Bacho", "Narathiwat", "TH", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Wednesday evening, gunmen in a pickup truck shot dead the headman of a village in Bacho district as he walked home from a mosque after prayers.",
       note="targeted killing of a village headman (assassination, 'other'); the curfew that followed is not an event"),
    ev("Suspected insurgents set fire to mobile phone towers and a rubber-sheet smoking house at six locations in Sungai Padi district; no one was hurt.",
       "2012-08-21", "‘Overnight on Tuesday’: the night of Tuesday 2012-08-21",
       "Sungai Padi", "Narathiwat", "TH", "other", "militants (unidentified)", "none",
       0, None, 0, None,
       "Overnight on Tuesday, suspected insurgents set fire to mobile phone relay towers and a rubber-sheet smoking house at six locations in Sungai Padi district, and scattered nails on the roads to slow down security forces. No one was hurt, police said.",
       note="arson, property destruction with no human target"),
],
figures=[
    fig("killed", 5150, "Narathiwat, Pattani, Yala and parts of Songkhla",
        "More than 5,150 people have been killed in violence in Narathiwat, Pattani, Yala and parts of Songkhla since January 2004, according to an independent monitoring group."),
    fig("fighters", 60000, "southern border provinces",
        "About 60,000 soldiers, police and defence volunteers are deployed in the region.",
        note="government forces"),
])

report("b24-07", "2014-04-02", "https://www.example-hindukushwire.com/afghanistan/2014/04/02/forces-ready-election-security",
"""
Afghan forces say they are ready to guard Saturday's vote; 914 polling centres to stay shut

KABUL, April 2 (Hindu Kush Wire) - More than 195,000 Afghan soldiers and police will be deployed to protect Saturday's presidential and provincial council elections, the interior ministry said on Wednesday, in the first nationwide vote in which Afghan forces will take the lead on security.

At a joint news conference of the interior and defence ministries and the intelligence service, a deputy interior minister said 914 of the 7,050 planned polling centres would not open because they could not be protected, most of them in the south and east. "Our forces are in position. The enemies of Afghanistan will not be able to stop the people from voting," he said.

Foreign troops of the NATO-led coalition, which still has about 51,000 soldiers in the country, will provide air support and medical evacuation only if Afghan commanders ask for it, a coalition spokesman said. Polling stations will be guarded in three rings, with police closest to the voters and the army and intelligence agents further out.

The Taliban have called the election a foreign plot and warned voters, election workers and security forces to stay away from polling stations. A statement from the group last month said its fighters had been ordered to "use all force" to disrupt the vote.

The Independent Election Commission says about 13.5 million people are eligible to vote, and that ballot papers have been flown by army helicopters, or carried by donkeys, to the most remote districts. Officials fear that insecurity will keep many voters at home, particularly women, in the provinces of Helmand, Kandahar, Ghazni and Kunar.

Observers say the credibility of the vote will depend on turnout and on the handling of fraud complaints, which marred the 2009 presidential election. Preliminary results are not expected before late April.
""",
country_hint="AF",
figures=[
    fig("fighters", 195000, "Afghanistan",
        "More than 195,000 Afghan soldiers and police will be deployed to protect Saturday's presidential and provincial council elections",
        note="Afghan forces deployed for the vote"),
    fig("fighters", 51000, "Afghanistan",
        "Foreign troops of the NATO-led coalition, which still has about 51,000 soldiers in the country",
        note="foreign troops"),
    fig("other", 914, "Afghanistan",
        "914 of the 7,050 planned polling centres would not open because they could not be protected",
        note="polling centres closed for security"),
])

report("b24-08", "2022-06-18", "https://www.example-chindwinpost.com/sagaing/2022/06/18/pale-air-strike-kani-mines",
"""
Air strike kills six villagers in Pale township; resistance mines hit army column near Kani

MONYWA, June 18 (Chindwin Post) - A military aircraft bombed a village in Pale township on Thursday afternoon, killing six civilians, including two children, and wounding nine others, residents and a local resistance group said.

A resident said the jet dropped two bombs near the village monastery, where families from several villages had been sheltering since the start of the year. "There were no fighters in the village. The people killed were farmers and their children," he said by telephone. The military's information team said in a statement on Friday that the air force had struck a "terrorist training camp" in the area, and did not mention civilian casualties.

On Tuesday, a column of about 80 soldiers travelling by road towards Kani town hit landmines planted by local People's Defence Force (PDF) fighters, who then opened fire on the troops. The Kani PDF said in a statement that nine soldiers were killed. A resident of a nearby village said he saw soldiers carry at least three bodies to their trucks.

Troops entered a village in Yinmabin township on Sunday and set fire to more than 100 houses, residents said. The bodies of four men who had been detained by the soldiers were found the next day near the village, with gunshot wounds.

In Budalin township, a PDF unit attacked a police station on Monday night. The group said two of its fighters were killed in the attack; there was no word from the police.

The UN says more than 480,000 people have been displaced in Sagaing Region since the military seized power in February last year, more than in any other part of the country.
""",
events=[
    ev("A military jet bombed a village in Pale township, killing six civilians including two children and wounding nine; the military said it hit a 'terrorist training camp'.",
       "2022-06-16", "‘on Thursday afternoon’ before the Saturday 2022-06-18 dateline: Thursday 2022-06-16",
       "Pale township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       6, None, 9, None,
       "A military aircraft bombed a village in Pale township on Thursday afternoon, killing six civilians, including two children, and wounding nine others, residents and a local resistance group said. [...] The military's information team said in a statement on Friday that the air force had struck a \"terrorist training camp\" in the area, and did not mention civilian casualties.",
       note="strike admitted by the military, which gives another target; victims as reported by residents"),
    ev("An army column heading towards Kani hit landmines laid by the Kani PDF, which then opened fire; a resident saw at least three bodies carried away.",
       "2022-06-14", "‘On Tuesday’ before the Saturday 2022-06-18 dateline: Tuesday 2022-06-14",
       "road to Kani", "Sagaing", "MM", "explosion", "People's Defence Force", "Myanmar military",
       3, None, None, None,
       "On Tuesday, a column of about 80 soldiers travelling by road towards Kani town hit landmines planted by local People's Defence Force (PDF) fighters, who then opened fire on the troops. The Kani PDF said in a statement that nine soldiers were killed. A resident of a nearby village said he saw soldiers carry at least three bodies to their trucks.",
       note="an attack that opens with mines is 'explosion'; the PDF's claim of nine dead is not used, the resident's 'at least three' is"),
    ev("Troops entered a village in Yinmabin township, burned more than 100 houses, and four men they had detained were found shot dead the next day.",
       "2022-06-12", "troops entered ‘on Sunday’ (bodies found ‘the next day’) before the Saturday 2022-06-18 dateline: Sunday 2022-06-12",
       "Yinmabin township", "Sagaing", "MM", "attack_on_civilians", "Myanmar military", "civilians",
       4, None, None, None,
       "Troops entered a village in Yinmabin township on Sunday and set fire to more than 100 houses, residents said. The bodies of four men who had been detained by the soldiers were found the next day near the village, with gunshot wounds.",
       note="raid, arson and killings of detainees kept as one event"),
    ev("A PDF unit attacked a police station in Budalin township; the PDF said two of its fighters were killed.",
       "2022-06-13", "‘on Monday night’ before the Saturday 2022-06-18 dateline: Monday 2022-06-13",
       "Budalin", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar police",
       2, None, None, None,
       "In Budalin township, a PDF unit attacked a police station on Monday night. The group said two of its fighters were killed in the attack; there was no word from the police.",
       note="the PDF's count of its own losses"),
],
figures=[
    fig("displaced", 480000, "Sagaing Region",
        "The UN says more than 480,000 people have been displaced in Sagaing Region since the military seized power in February last year"),
])

report("b24-09", "2020-09-29", "https://www.example-centralindiachronicle.com/chhattisgarh/2020/09/29/pamed-encounter-cobra-jawan-succumbs",
"""
Two Maoists killed in Bijapur encounter; CoBRA jawan succumbs to IED injuries

RAIPUR, September 29 (Central India Chronicle) - Two Maoists, including a woman cadre who carried a reward of Rs 5 lakh on her head, were killed in an encounter with security forces in a forest near Pamed in Bijapur district on Sunday morning, police said.

A joint team of the District Reserve Guard (DRG) and the Special Task Force had set out on an anti-Maoist operation on Saturday night. According to the Bastar range Inspector General of Police, the Maoists opened fire on the team when it reached the forest, and the jawans retaliated. After the firing stopped, the bodies of two Maoists were recovered along with a .303 rifle, a muzzle-loading gun and explosives. No jawan was hurt in the operation.

A CRPF jawan of the CoBRA battalion who was wounded in an IED blast in Sukma district on Friday succumbed to his injuries at a private hospital in Raipur on Monday. The blast went off near Chintagufa during a road-opening operation, injuring three jawans, one of them critically. Police said the pressure device had been planted by Maoists under a culvert.

On Monday, Sukma police arrested four members of a Maoist militia from villages around Chintagufa in connection with the blast and recovered five kg of explosives, detonators and wire from a hideout in the forest.

The Maoists have called a "protest week" across the Dandakaranya region from Thursday against the setting up of new security camps, and police have stepped up patrolling on the main roads.

Police say 41 Maoists have been killed in encounters in the Bastar range this year, and 112 have surrendered.
""",
events=[
    ev("A DRG and STF team on an anti-Maoist operation fought Maoists in a forest near Pamed; two Maoists, one a woman cadre, were killed.",
       "2020-09-27", "‘on Sunday morning’ before the Tuesday 2020-09-29 dateline: Sunday 2020-09-27",
       "forest near Pamed", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       2, None, None, None,
       "Two Maoists, including a woman cadre who carried a reward of Rs 5 lakh on her head, were killed in an encounter with security forces in a forest near Pamed in Bijapur district on Sunday morning, police said.",
       note="the forces' operation; police say the Maoists fired first. 'No jawan was hurt' says nothing of wounded Maoists, so wounded is null"),
    ev("A Maoist pressure IED under a culvert near Chintagufa hit a CoBRA road-opening party, injuring three jawans; one died of his injuries on Monday.",
       "2020-09-25", "blast ‘on Friday’ before the Tuesday 2020-09-29 dateline: Friday 2020-09-25",
       "Chintagufa", "Chhattisgarh", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       1, None, 2, None,
       "A CRPF jawan of the CoBRA battalion who was wounded in an IED blast in Sukma district on Friday succumbed to his injuries at a private hospital in Raipur on Monday. The blast went off near Chintagufa during a road-opening operation, injuring three jawans, one of them critically. Police said the pressure device had been planted by Maoists under a culvert.",
       note="3 injured, one of whom died later: killed 1, wounded 2"),
    ev("Sukma police arrested four Maoist militia members around Chintagufa over the blast and recovered explosives and detonators.",
       "2020-09-28", "‘On Monday’ before the Tuesday 2020-09-29 dateline: Monday 2020-09-28",
       "Chintagufa", "Chhattisgarh", "IN", "arrest", "Indian security forces", "CPI (Maoist)",
       None, None, None, None,
       "On Monday, Sukma police arrested four members of a Maoist militia from villages around Chintagufa in connection with the blast and recovered five kg of explosives, detonators and wire from a hideout in the forest.",
       arrested=4),
],
figures=[
    fig("killed", 41, "Bastar range",
        "Police say 41 Maoists have been killed in encounters in the Bastar range this year",
        note="Maoists, running total this year"),
    fig("other", 112, "Bastar range",
        "and 112 have surrendered",
        note="Maoists surrendered this year"),
])

# ---------------------------------------------------------------------------
# b24-10 .. b24-18
# ---------------------------------------------------------------------------

report("b24-10", "2018-10-16", "https://www.example-quettaherald.com/balochistan/2018/10/16/buleda-ambush-fc-blf-claim",
"""
Six FC personnel martyred in Kech ambush; BLF claims attack

QUETTA, October 16 (Quetta Herald) - Six personnel of the Frontier Corps (FC) were martyred and three injured when terrorists ambushed their vehicle on a routine patrol in the Buleda area of Kech district on Friday night, the Inter-Services Public Relations (ISPR) said. Security forces responded effectively and two terrorists were also killed, according to the military's media wing.

The banned Balochistan Liberation Front (BLF) claimed the attack in a statement sent to newspapers on Sunday, saying its fighters had killed "at least 11" FC men and seized their weapons. The claim could not be independently verified.

In a separate intelligence-based operation near Awaran on Saturday, security forces killed four terrorists involved in attacks on security forces and the killing of labourers, the ISPR said. When troops approached the hideout, the terrorists opened fire, and all four were killed in the exchange of fire. A cache of arms and ammunition was recovered.

A bomb planted on the railway track near Sibi went off minutes before the Quetta-bound Jaffar Express was due to pass on Sunday night, damaging about two feet of the track, Levies officials said. No one was hurt, and the train was halted at Sibi station until the track was repaired. The Baloch Republican Army claimed responsibility.

The Counter-Terrorism Department (CTD) said on Monday it had arrested two facilitators of the Buleda attack in Turbat and recovered a rocket launcher, two Kalashnikovs and ammunition from them.

According to the provincial home department, 119 security personnel and 87 civilians have been killed in terrorist attacks in Balochistan since January.
""",
events=[
    ev("Militants ambushed an FC patrol vehicle in Buleda, Kech; six FC personnel and two attackers killed, three FC injured; the BLF claimed it two days later.",
       "2018-10-12", "‘on Friday night’ before the Tuesday 2018-10-16 dateline: Friday 2018-10-12",
       "Buleda", "Balochistan", "PK", "battle", "Balochistan Liberation Front", "Pakistani security forces",
       8, None, 3, None,
       "Six personnel of the Frontier Corps (FC) were martyred and three injured when terrorists ambushed their vehicle on a routine patrol in the Buleda area of Kech district on Friday night, the Inter-Services Public Relations (ISPR) said. Security forces responded effectively and two terrorists were also killed, according to the military's media wing. [...] The banned Balochistan Liberation Front (BLF) claimed the attack in a statement sent to newspapers on Sunday",
       note="8 = 6 FC + 2 attackers (ISPR); the BLF's claim of 'at least 11' is not used"),
    ev("Security forces raided a hideout near Awaran in an intelligence-based operation; four militants were killed in the exchange of fire.",
       "2018-10-13", "‘on Saturday’ before the Tuesday 2018-10-16 dateline: Saturday 2018-10-13",
       "near Awaran", "Balochistan", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       4, None, None, None,
       "In a separate intelligence-based operation near Awaran on Saturday, security forces killed four terrorists involved in attacks on security forces and the killing of labourers, the ISPR said. When troops approached the hideout, the terrorists opened fire, and all four were killed in the exchange of fire.",
       note="the forces' operation, so they are actor1; no group named"),
    ev("A bomb on the railway track near Sibi exploded before the Jaffar Express passed, damaging the track; no one hurt; the Baloch Republican Army claimed it.",
       "2018-10-14", "‘on Sunday night’ before the Tuesday 2018-10-16 dateline: Sunday 2018-10-14",
       "railway track near Sibi", "Balochistan", "PK", "explosion", "Baloch Republican Army", "none",
       0, None, 0, None,
       "A bomb planted on the railway track near Sibi went off minutes before the Quetta-bound Jaffar Express was due to pass on Sunday night, damaging about two feet of the track, Levies officials said. No one was hurt, and the train was halted at Sibi station until the track was repaired. The Baloch Republican Army claimed responsibility."),
    ev("The CTD arrested two facilitators of the Buleda attack in Turbat and recovered a rocket launcher and rifles.",
       None, "announced ‘on Monday’ (‘said on Monday it had arrested’); the day of the arrests is not stated",
       "Turbat", "Balochistan", "PK", "arrest", "Pakistani security forces", "Balochistan Liberation Front",
       None, None, None, None,
       "The Counter-Terrorism Department (CTD) said on Monday it had arrested two facilitators of the Buleda attack in Turbat and recovered a rocket launcher, two Kalashnikovs and ammunition from them.",
       arrested=2),
],
figures=[
    fig("killed", 119, "Balochistan",
        "According to the provincial home department, 119 security personnel and 87 civilians have been killed in terrorist attacks in Balochistan since January.",
        note="security personnel, since January"),
    fig("killed", 87, "Balochistan",
        "According to the provincial home department, 119 security personnel and 87 civilians have been killed in terrorist attacks in Balochistan since January.",
        note="civilians, since January"),
])

report("b24-11", "2021-11-24", "https://www.example-andesledger.com/colombia/2021/11/24/five-years-peace-deal-ex-combatants",
"""
Five years after the peace deal, former FARC fighters count their dead

BOGOTÁ, November 24 (Andes Ledger) - Five years after the signing of the peace agreement between the Colombian state and the FARC guerrillas, 287 former combatants who laid down their arms have been killed, according to the party formed by the former rebels, which accuses the government of failing to protect them.

Some 12,700 people, most of them former fighters, are registered in the reintegration programme, the government's reincorporation agency says. About 2,100 of them still live in the former training camps where the guerrillas gathered to hand over their weapons; the others have moved to towns and cities or to new collective farms.

"We gave up our rifles and they are killing us one by one," a former commander said at a ceremony in Bogotá on Wednesday. The presidential adviser for stabilisation replied that the state had assigned bodyguards to more than 400 former combatants and that 70 people had been arrested for killings of former fighters.

At the same time the armed groups that refused the deal, or took up arms again after it, have grown. Military intelligence estimates that the FARC dissident groups now have about 4,600 armed members, many of them new recruits, and that they compete with the ELN and the Gulf Clan for coca-growing areas and smuggling routes in Cauca, Nariño, Guaviare and the Catatumbo region.

Human rights groups say 152 social leaders have been killed so far this year. The UN Security Council, which has a verification mission in the country, is due to discuss the implementation of the agreement in January.

Less than a third of the land promised to peasant families under the agreement has been handed over, and the programme to replace coca crops with legal ones has lost much of its funding, according to an independent study published this month.
""",
country_hint="CO",
figures=[
    fig("killed", 287, "Colombia",
        "287 former combatants who laid down their arms have been killed, according to the party formed by the former rebels",
        note="since the 2016 signing"),
    fig("other", 12700, "Colombia",
        "Some 12,700 people, most of them former fighters, are registered in the reintegration programme",
        note="people in the reintegration programme"),
    fig("arrested", 70, "Colombia",
        "70 people had been arrested for killings of former fighters"),
    fig("fighters", 4600, "Colombia",
        "Military intelligence estimates that the FARC dissident groups now have about 4,600 armed members"),
    fig("killed", 152, "Colombia",
        "Human rights groups say 152 social leaders have been killed so far this year."),
])

report("b24-12", "2020-10-20", "https://www.example-bajiodaily.com/guanajuato/2020/10/20/celaya-bar-attack-salamanca-police",
"""
Gunmen kill six at Celaya bar; two police officers shot dead in Salamanca

CELAYA, October 20 (Bajío Daily) - Armed men burst into a bar in the centre of Celaya on Saturday night and opened fire on customers, killing five people and wounding three, the Guanajuato state prosecutor's office said. One of the wounded, a waiter, died in hospital on Sunday, bringing the toll to six.

Investigators found a hand-painted banner on a car outside the bar, signed with the initials of the Santa Rosa de Lima Cartel, in which the group claimed the attack and accused the bar's owner of selling drugs for the rival Jalisco New Generation Cartel. The two groups have been fighting for control of fuel theft and drug sales in the state for more than two years.

On Monday morning, gunmen in two vehicles opened fire on a patrol car in Salamanca, killing two municipal police officers and wounding a third, the city's security department said. The attackers fled towards the highway to Valle de Santiago.

State police and National Guard troops arrested six suspects and seized nine rifles, two pistols and 1,400 rounds of ammunition at a safe house in Celaya on Sunday. The prosecutor's office did not say whether they were linked to the bar attack.

On Friday, the bodies of three men with their hands tied were found in a ditch beside a dirt road in the municipality of Juventino Rosas. They had not been identified by Monday.

Guanajuato recorded 3,382 killings between January and September, more than any other state, according to the national public security system. The state government says it has asked for 2,000 more National Guard troops.
""",
events=[
    ev("Gunmen opened fire on customers in a bar in central Celaya, killing five and wounding three; a wounded waiter died the next day. A banner of the Santa Rosa de Lima Cartel claimed the attack.",
       "2020-10-17", "‘on Saturday night’ before the Tuesday 2020-10-20 dateline: Saturday 2020-10-17",
       "bar in central Celaya", "Guanajuato", "MX", "attack_on_civilians", "Santa Rosa de Lima Cartel", "civilians",
       6, None, 2, None,
       "Armed men burst into a bar in the centre of Celaya on Saturday night and opened fire on customers, killing five people and wounding three, the Guanajuato state prosecutor's office said. One of the wounded, a waiter, died in hospital on Sunday, bringing the toll to six. [...] Investigators found a hand-painted banner on a car outside the bar, signed with the initials of the Santa Rosa de Lima Cartel, in which the group claimed the attack",
       note="6 = 5 + 1 who died later; wounded 3 - 1 = 2; the banner is taken as a claim of responsibility"),
    ev("Gunmen in two vehicles fired on a police patrol car in Salamanca, killing two municipal officers and wounding a third.",
       "2020-10-19", "‘On Monday morning’ before the Tuesday 2020-10-20 dateline: Monday 2020-10-19",
       "Salamanca", "Guanajuato", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       2, None, 1, None,
       "On Monday morning, gunmen in two vehicles opened fire on a patrol car in Salamanca, killing two municipal police officers and wounding a third, the city's security department said."),
    ev("State police and National Guard arrested six suspects and seized rifles, pistols and ammunition at a safe house in Celaya.",
       "2020-10-18", "‘on Sunday’ before the Tuesday 2020-10-20 dateline: Sunday 2020-10-18",
       "safe house in Celaya", "Guanajuato", "MX", "arrest", "Mexican security forces", "unknown",
       None, None, None, None,
       "State police and National Guard troops arrested six suspects and seized nine rifles, two pistols and 1,400 rounds of ammunition at a safe house in Celaya on Sunday.",
       arrested=6),
    ev("The bodies of three men with their hands tied were found in a ditch in Juventino Rosas.",
       None, "found ‘On Friday’ (Friday 2020-10-16); the day of the killings is not stated",
       "Juventino Rosas", "Guanajuato", "MX", "attack_on_civilians", "unknown", "civilians",
       3, None, None, None,
       "On Friday, the bodies of three men with their hands tied were found in a ditch beside a dirt road in the municipality of Juventino Rosas.",
       note="bodies found; when and by whom they were killed is not known", optional=True),
],
figures=[
    fig("killed", 3382, "Guanajuato",
        "Guanajuato recorded 3,382 killings between January and September, more than any other state"),
])

report("b24-13", "2023-10-10", "https://www.example-loktakherald.com/manipur/2023/10/10/yaingangpokpi-gunfight-sekmai-blockade",
"""
Two village volunteers killed in Imphal East foothills gunfight; women block highway at Sekmai

IMPHAL, October 10 (Loktak Herald) - Two village volunteers were killed and five others injured in a gunfight that raged for several hours on Sunday in the foothills near Yaingangpokpi in Imphal East district, police said.

According to a police statement, armed miscreants from the surrounding hills opened fire on bunkers manned by village volunteers at around 6 am, and the volunteers fired back. Security forces rushed to the spot and the firing stopped by noon. A police officer said the attackers were believed to be Kuki militants. Kuki-Zo organisations said their village guards had only responded to firing from the valley side.

On Friday night, a mob set fire to three abandoned houses at Kangchup, on the border of Imphal West and Kangpokpi districts. Nobody was inside, police said.

Security forces recovered 12 weapons, including four AK-series rifles, and over 300 rounds of ammunition in a search operation in Churachandpur district on Saturday and arrested two men, the Manipur police said.

On Monday, thousands of women blocked the Imphal-Dimapur highway at Sekmai to protest against the gunfight and to demand the removal of central forces they accuse of siding with the hill militants. Security forces fired tear-gas shells and mock bombs to clear the road, and at least 15 women were injured, the organisers said.

The Imphal East district magistrate cut the daily curfew relaxation from ten hours to five on Monday, and mobile internet remains suspended across the valley districts.

More than 190 people have been killed and around 65,000 displaced since ethnic clashes broke out between the Meitei and Kuki-Zo communities on May 3.
""",
events=[
    ev("Armed men from the surrounding hills fired on bunkers of Meitei village volunteers near Yaingangpokpi; in a gunfight of several hours two volunteers were killed and five injured.",
       "2023-10-08", "‘on Sunday’ before the Tuesday 2023-10-10 dateline: Sunday 2023-10-08",
       "Yaingangpokpi", "Manipur", "IN", "battle", "Kuki militia", "Meitei militia",
       2, None, 5, None,
       "Two village volunteers were killed and five others injured in a gunfight that raged for several hours on Sunday in the foothills near Yaingangpokpi in Imphal East district, police said. [...] According to a police statement, armed miscreants from the surrounding hills opened fire on bunkers manned by village volunteers at around 6 am, and the volunteers fired back. [...] A police officer said the attackers were believed to be Kuki militants.",
       note="actor1 follows the police account; Kuki-Zo organisations say the firing came from the valley side"),
    ev("A mob set fire to three abandoned houses at Kangchup; nobody was inside.",
       "2023-10-06", "‘On Friday night’ before the Tuesday 2023-10-10 dateline: Friday 2023-10-06",
       "Kangchup", "Manipur", "IN", "other", "rioters", "none",
       0, None, 0, None,
       "On Friday night, a mob set fire to three abandoned houses at Kangchup, on the border of Imphal West and Kangpokpi districts. Nobody was inside, police said.",
       note="mob arson of empty houses (property destruction); 'Nobody was inside' read as nobody hurt"),
    ev("Security forces recovered 12 weapons and over 300 rounds in a search in Churachandpur district and arrested two men.",
       "2023-10-07", "‘on Saturday’ before the Tuesday 2023-10-10 dateline: Saturday 2023-10-07",
       "Churachandpur", "Manipur", "IN", "arrest", "Indian security forces", "unknown",
       None, None, None, None,
       "Security forces recovered 12 weapons, including four AK-series rifles, and over 300 rounds of ammunition in a search operation in Churachandpur district on Saturday and arrested two men, the Manipur police said.",
       arrested=2),
    ev("Thousands of women blocked the Imphal-Dimapur highway at Sekmai; security forces fired tear gas and mock bombs, injuring at least 15.",
       "2023-10-09", "‘On Monday’ before the Tuesday 2023-10-10 dateline: Monday 2023-10-09",
       "Sekmai", "Manipur", "IN", "other", "protesters", "Indian security forces",
       None, None, 15, None,
       "On Monday, thousands of women blocked the Imphal-Dimapur highway at Sekmai to protest against the gunfight and to demand the removal of central forces they accuse of siding with the hill militants. Security forces fired tear-gas shells and mock bombs to clear the road, and at least 15 women were injured, the organisers said.",
       note="protest with intervention; the curfew change is not an event"),
],
figures=[
    fig("killed", 190, "Manipur",
        "More than 190 people have been killed and around 65,000 displaced since ethnic clashes broke out between the Meitei and Kuki-Zo communities on May 3."),
    fig("displaced", 65000, "Manipur",
        "More than 190 people have been killed and around 65,000 displaced since ethnic clashes broke out between the Meitei and Kuki-Zo communities on May 3."),
])

report("b24-14", "2013-06-25", "https://www.example-kabulwire.com/2013/06/25/andar-district-attack-qarabagh-toll",
"""
Taliban storm Andar district centre, 15 dead; toll in Qarabagh minibus bombing rises to 11

GHAZNI, June 25 (Kabul Wire) - At least 15 people, including six policemen and a civilian, were killed when Taliban fighters attacked the district headquarters of Andar, in southeastern Ghazni province, before dawn on Monday, the provincial police chief said. Eight of the dead were attackers.

He said about 40 insurgents armed with rocket-propelled grenades and machine guns attacked the compound from three sides, and the fighting went on for four hours until army reinforcements arrived from Ghazni city. Eleven people, among them four policemen, were wounded.

The Taliban claimed the attack in a statement, saying their fighters had killed 30 policemen and captured the compound for several hours.

Meanwhile, the death toll from Sunday's roadside bombing of a minibus in Qarabagh district rose to 11 after two of the wounded died overnight in the provincial hospital, officials said. The bomb tore through the minibus, which was carrying a family to a wedding on the Kabul-Kandahar highway, killing nine people, among them four women and three children, and wounding five. The provincial governor blamed the Taliban, but a Taliban spokesman denied that the group had planted the bomb and said its fighters did not target civilians.

Afghan army and police, backed by NATO air support, killed 12 insurgents in operations in the Giro and Ab Band districts over the past three days, the defence ministry said in a statement on Tuesday.

Afghan forces now lead security operations across the country as foreign combat troops prepare to leave by the end of next year. About 4,000 Afghan soldiers and police are stationed in Ghazni, one of the provinces where the Taliban are strongest.
""",
events=[
    ev("About 40 Taliban fighters attacked the Andar district headquarters from three sides; at least 15 killed (six police, one civilian, eight attackers) and 11 wounded.",
       "2013-06-24", "‘before dawn on Monday’ before the Tuesday 2013-06-25 dateline: Monday 2013-06-24",
       "Andar", "Ghazni", "AF", "battle", "Taliban", "Afghan security forces",
       15, None, 11, None,
       "At least 15 people, including six policemen and a civilian, were killed when Taliban fighters attacked the district headquarters of Andar, in southeastern Ghazni province, before dawn on Monday, the provincial police chief said. Eight of the dead were attackers. [...] Eleven people, among them four policemen, were wounded.",
       note="the total of 15 already includes the 6 police, 1 civilian and 8 attackers; the Taliban claim of 30 police killed is not used"),
    ev("A roadside bomb tore through a minibus carrying a wedding party on the Kabul-Kandahar highway in Qarabagh, killing nine; two of the five wounded died later, bringing the toll to 11.",
       "2013-06-23", "‘Sunday's roadside bombing’, before the Tuesday 2013-06-25 dateline: Sunday 2013-06-23",
       "Qarabagh", "Ghazni", "AF", "explosion", "unknown", "civilians",
       11, None, 3, None,
       "Meanwhile, the death toll from Sunday's roadside bombing of a minibus in Qarabagh district rose to 11 after two of the wounded died overnight in the provincial hospital, officials said. The bomb tore through the minibus, which was carrying a family to a wedding on the Kabul-Kandahar highway, killing nine people, among them four women and three children, and wounding five. The provincial governor blamed the Taliban, but a Taliban spokesman denied that the group had planted the bomb",
       note="toll revised 9 -> 11 after two wounded died: killed 11, wounded 5 - 2 = 3; blamed on the Taliban by the governor, denied by the Taliban: unknown"),
    ev("Afghan army and police with NATO air support killed 12 insurgents in operations in Giro and Ab Band districts over three days.",
       None, "‘over the past three days’ before the statement ‘on Tuesday’ (Tuesday 2013-06-25); no single day",
       "Giro and Ab Band", "Ghazni", "AF", "battle", "Afghan security forces", "militants (unidentified)",
       12, None, None, None,
       "Afghan army and police, backed by NATO air support, killed 12 insurgents in operations in the Giro and Ab Band districts over the past three days, the defence ministry said in a statement on Tuesday.",
       note="aggregate of several operations over three days in two districts", optional=True),
],
figures=[
    fig("fighters", 4000, "Ghazni",
        "About 4,000 Afghan soldiers and police are stationed in Ghazni",
        note="government forces"),
])

report("b24-15", "2016-04-18", "https://www.example-southernthaimonitor.com/pattani/2016/04/18/nong-chik-twin-bombs-yarang-raid",
"""
Defence volunteer killed in Nong Chik twin blasts; two suspects shot dead in Yarang raid

PATTANI, April 18 (Southern Thai Monitor) - A village defence volunteer was killed and three rangers were wounded when two bombs exploded minutes apart beside a road in Nong Chik district on Saturday morning, police said.

Police said the first, smaller bomb appeared to have been set off to draw security forces to the spot. The second, hidden in a rubbish bin, went off as the rangers arrived to inspect the scene.

Early on Sunday, a combined force of rangers and police surrounded a house in Yarang district where two men wanted in connection with the Nong Chik bombing were believed to be hiding. Authorities said the men fired on the officers when they were asked to surrender, and both were killed in the exchange of fire that followed. An M16 rifle and a pistol were found in the house. Relatives of one of the men said he had been shot while trying to give himself up, and asked for an independent inquiry.

On Sunday afternoon, about 200 villagers gathered peacefully outside the Yarang district office to back the families' demand. The district chief promised that a committee would look into the killings.

In Mayo district, gunmen on a motorcycle shot dead a rubber tapper and wounded his wife as they set off for their plantation on Friday morning.

Attacks usually rise around the Songkran holiday, and the security forces had stepped up checkpoints across the three provinces last week. The government has extended the emergency decree in the region for another three months. The Southern Peace Monitor, an independent group based in Pattani, says 6,490 people have been killed in the region since 2004.
""",
events=[
    ev("Two bombs exploded minutes apart beside a road in Nong Chik, the second as rangers arrived; a defence volunteer killed, three rangers wounded.",
       "2016-04-16", "‘on Saturday morning’ before the Monday 2016-04-18 dateline: Saturday 2016-04-16",
       "Nong Chik", "Pattani", "TH", "explosion", "militants (unidentified)", "Thai security forces",
       1, None, 3, None,
       "A village defence volunteer was killed and three rangers were wounded when two bombs exploded minutes apart beside a road in Nong Chik district on Saturday morning, police said.",
       note="two bombs of one attack kept as one event"),
    ev("Rangers and police surrounded a house in Yarang; two men wanted for the Nong Chik bombing were killed in the exchange of fire, though relatives say one was shot while surrendering.",
       "2016-04-17", "‘Early on Sunday’ before the Monday 2016-04-18 dateline: Sunday 2016-04-17",
       "Yarang", "Pattani", "TH", "battle", "Thai security forces", "militants (unidentified)",
       2, None, None, None,
       "Early on Sunday, a combined force of rangers and police surrounded a house in Yarang district where two men wanted in connection with the Nong Chik bombing were believed to be hiding. Authorities said the men fired on the officers when they were asked to surrender, and both were killed in the exchange of fire that followed.",
       note="the forces' raid, so they are actor1; relatives dispute the official account"),
    ev("About 200 villagers gathered peacefully outside the Yarang district office to demand an independent inquiry into the killings.",
       "2016-04-17", "‘On Sunday afternoon’ before the Monday 2016-04-18 dateline: Sunday 2016-04-17",
       "Yarang district office", "Pattani", "TH", "other", "protesters", "none",
       None, None, None, None,
       "On Sunday afternoon, about 200 villagers gathered peacefully outside the Yarang district office to back the families' demand.",
       note="peaceful protest"),
    ev("Gunmen on a motorcycle shot dead a rubber tapper and wounded his wife in Mayo district.",
       "2016-04-15", "‘on Friday morning’ before the Monday 2016-04-18 dateline: Friday 2016-04-15",
       "Mayo", "Pattani", "TH", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, 1, None,
       "In Mayo district, gunmen on a motorcycle shot dead a rubber tapper and wounded his wife as they set off for their plantation on Friday morning."),
],
figures=[
    fig("killed", 6490, "southern border provinces",
        "The Southern Peace Monitor, an independent group based in Pattani, says 6,490 people have been killed in the region since 2004."),
])

report("b24-16", "2012-10-19", "https://www.example-visayascourier.com/samar/2012/10/19/las-navas-ambush-npa-claim",
"""
NPA ambush kills three soldiers in Las Navas; rebels claim attack

CATARMAN, October 19 (Visayas Courier) - Three soldiers were killed and two wounded when communist New People's Army (NPA) rebels ambushed an army patrol in Las Navas, Northern Samar, on Monday morning, the military said.

"Our troops were walking back from a community medical mission in an upland village when they came under heavy fire from rebels positioned on a ridge," an army spokesman said. The soldiers belonged to the army's 20th Infantry Battalion.

On Tuesday, a landmine exploded as an army truck carrying reinforcements passed on a road in Catubig, wounding two soldiers. The army blamed the same NPA unit.

In a statement e-mailed to reporters on Thursday, the NPA's regional command claimed responsibility for the ambush, saying it had punished the battalion for "abuses against peasants" and that seven soldiers had been killed. It did not mention the landmine.

Troops of the 803rd Brigade who were pursuing the rebels had an encounter with about 20 NPA guerrillas in the hinterlands of Catubig on Wednesday. One rebel was killed and an M16 rifle was recovered, the brigade said.

Police are also investigating the killing of a barangay captain in Mondragon, who was shot dead by two men on a motorcycle in front of his store on Saturday evening. Police said they suspected an NPA hit squad, but the rebels said in the same statement that they had nothing to do with the killing.

The military estimates the strength of the NPA nationwide at about 4,000 fighters. Peace talks between the government and the communist rebels have been stalled since last year.
""",
events=[
    ev("NPA rebels on a ridge ambushed an army patrol returning from a medical mission in Las Navas; three soldiers killed, two wounded. The NPA claimed it on Thursday.",
       "2012-10-15", "‘on Monday morning’ before the Friday 2012-10-19 dateline: Monday 2012-10-15",
       "Las Navas", "Northern Samar", "PH", "battle", "New People's Army", "Philippine security forces",
       3, None, 2, None,
       "Three soldiers were killed and two wounded when communist New People's Army (NPA) rebels ambushed an army patrol in Las Navas, Northern Samar, on Monday morning, the military said.",
       note="the NPA's claim of seven soldiers killed is not used"),
    ev("A landmine exploded under an army truck carrying reinforcements in Catubig, wounding two soldiers; the army blamed the NPA.",
       "2012-10-16", "‘On Tuesday’ before the Friday 2012-10-19 dateline: Tuesday 2012-10-16",
       "Catubig", "Northern Samar", "PH", "explosion", "New People's Army", "Philippine security forces",
       None, None, 2, None,
       "On Tuesday, a landmine exploded as an army truck carrying reinforcements passed on a road in Catubig, wounding two soldiers. The army blamed the same NPA unit.",
       note="blamed by the army; the NPA statement is silent on it, not a denial"),
    ev("Troops pursuing the rebels had an encounter with about 20 NPA guerrillas in the hinterlands of Catubig; one rebel killed.",
       "2012-10-17", "‘on Wednesday’ before the Friday 2012-10-19 dateline: Wednesday 2012-10-17",
       "hinterlands of Catubig", "Northern Samar", "PH", "battle", "Philippine security forces", "New People's Army",
       1, None, None, None,
       "Troops of the 803rd Brigade who were pursuing the rebels had an encounter with about 20 NPA guerrillas in the hinterlands of Catubig on Wednesday. One rebel was killed and an M16 rifle was recovered, the brigade said."),
    ev("A barangay captain was shot dead in front of his store in Mondragon by two men on a motorcycle; police suspect an NPA hit squad, the NPA denies it.",
       "2012-10-13", "‘on Saturday evening’ before the Friday 2012-10-19 dateline: Saturday 2012-10-13",
       "Mondragon", "Northern Samar", "PH", "other", "unknown", "civilians",
       1, None, None, None,
       "Police are also investigating the killing of a barangay captain in Mondragon, who was shot dead by two men on a motorcycle in front of his store on Saturday evening. Police said they suspected an NPA hit squad, but the rebels said in the same statement that they had nothing to do with the killing.",
       note="targeted killing of a village official ('other'); suspected by police, denied by the NPA: unknown"),
],
figures=[
    fig("fighters", 4000, "Philippines",
        "The military estimates the strength of the NPA nationwide at about 4,000 fighters."),
])

report("b24-17", "2019-07-22", "https://www.example-capitalmonitor.com/mexico/2019/07/22/record-murders-first-half-national-guard",
"""
Mexico's murder count hits a record in the first half of 2019 as National Guard deploys

MEXICO CITY, July 22 (Capital Monitor) - Mexico recorded 16,880 victims of intentional homicide in the first six months of the year, the highest figure for any half-year since records began, according to data released on Sunday by the national public security system.

Guanajuato was again the most violent state, with 1,688 victims, followed by Baja California, Mexico State, Jalisco and Chihuahua. Killings fell in some states that had been among the worst in 2017 and 2018, including Guerrero and Tamaulipas, but rose sharply in the central states where cartels fight over fuel theft and local drug markets.

The government says the new National Guard, which formally began operations this month, will bring the numbers down. The security minister told reporters that 61,000 guardsmen, most of them former soldiers and military police, had already been deployed to 150 regional command areas, and that the force would grow to 75,000 by the end of the year.

Critics say the Guard is a militarised force with a new name. "They have changed the uniforms and the armbands, but it is the same army doing the same job," said a security analyst at a university in Mexico City. Human rights groups have also warned that the force has been sent to the southern border to stop migrants, diverting troops from the fight against organised crime.

The figures do not include the disappeared. More than 37,500 people are registered as missing in the country, and the government has promised a new national search programme for mass graves.

The president, who took office in December, has said that his strategy of tackling poverty and youth unemployment will take time to show results.
""",
country_hint="MX",
figures=[
    fig("killed", 16880, "Mexico",
        "Mexico recorded 16,880 victims of intentional homicide in the first six months of the year",
        note="January-June 2019"),
    fig("killed", 1688, "Guanajuato",
        "Guanajuato was again the most violent state, with 1,688 victims",
        note="January-June 2019"),
    fig("fighters", 61000, "Mexico",
        "61,000 guardsmen, most of them former soldiers and military police, had already been deployed to 150 regional command areas",
        note="National Guard deployed"),
    fig("other", 37500, "Mexico",
        "More than 37,500 people are registered as missing in the country",
        note="missing people"),
])

report("b24-18", "2021-02-18", "https://www.example-shanhighlandnews.com/2021/02/18/tnla-rcss-kyaukme-clash-namtu-landmine",
"""
TNLA and RCSS clash again in Kyaukme township; landmine kills two villagers in Namtu

LASHIO, February 18 (Shan Highland News) - Fighting broke out again on Monday between the Ta'ang National Liberation Army (TNLA) and the Restoration Council of Shan State (RCSS) near villages in the south of Kyaukme township, sending hundreds of villagers fleeing, local aid workers said.

An RCSS spokesman said TNLA troops had attacked its positions and that three of its soldiers were killed and two wounded. A TNLA spokesman said it was the RCSS that had moved into TNLA territory and that its troops had only defended themselves. He gave no casualty figures.

The RCSS also accused the TNLA of abducting six men from a village in the same township on Tuesday to serve as porters or recruits. The TNLA denied this.

Two villagers were killed when they stepped on a landmine while collecting firewood near a village in Namtu township on Saturday, a local rescue group said. It was not clear who had laid the mine; both armed groups and the Myanmar military operate in the area.

In Lashio, thousands of people marched through the town on Wednesday against the military coup of February 1. Police fired rubber bullets to disperse demonstrators near the township administration office, wounding three people, witnesses said.

More than 2,000 villagers have taken refuge in monasteries in Kyaukme town since the fighting started, aid workers said. The TNLA and the RCSS have clashed repeatedly in northern Shan State since 2015, when the RCSS moved troops north after signing a ceasefire with the government.
""",
events=[
    ev("The TNLA and the RCSS clashed near villages in southern Kyaukme township; the RCSS said three of its soldiers were killed and two wounded.",
       "2021-02-15", "‘on Monday’ before the Thursday 2021-02-18 dateline: Monday 2021-02-15",
       "Kyaukme township", "Shan", "MM", "battle", "TNLA", "RCSS",
       3, None, 2, None,
       "Fighting broke out again on Monday between the Ta'ang National Liberation Army (TNLA) and the Restoration Council of Shan State (RCSS) near villages in the south of Kyaukme township, sending hundreds of villagers fleeing, local aid workers said. [...] An RCSS spokesman said TNLA troops had attacked its positions and that three of its soldiers were killed and two wounded.",
       note="the RCSS's count of its own losses; each side says the other attacked"),
    ev("Six men were abducted from a village in Kyaukme township to serve as porters or recruits; the RCSS blamed the TNLA, which denied it.",
       "2021-02-16", "‘on Tuesday’ before the Thursday 2021-02-18 dateline: Tuesday 2021-02-16",
       "Kyaukme township", "Shan", "MM", "other", "unknown", "civilians",
       None, None, None, None,
       "The RCSS also accused the TNLA of abducting six men from a village in the same township on Tuesday to serve as porters or recruits. The TNLA denied this.",
       note="abduction; accused by the RCSS, denied by the TNLA: unknown"),
    ev("Two villagers collecting firewood were killed by a landmine near a village in Namtu township; who laid it is unknown.",
       "2021-02-13", "‘on Saturday’ before the Thursday 2021-02-18 dateline: Saturday 2021-02-13",
       "Namtu township", "Shan", "MM", "explosion", "unknown", "civilians",
       2, None, None, None,
       "Two villagers were killed when they stepped on a landmine while collecting firewood near a village in Namtu township on Saturday, a local rescue group said."),
    ev("Thousands marched in Lashio against the coup; police fired rubber bullets near the township administration office, wounding three.",
       "2021-02-17", "‘on Wednesday’ before the Thursday 2021-02-18 dateline: Wednesday 2021-02-17",
       "Lashio", "Shan", "MM", "other", "protesters", "Myanmar police",
       None, None, 3, None,
       "In Lashio, thousands of people marched through the town on Wednesday against the military coup of February 1. Police fired rubber bullets to disperse demonstrators near the township administration office, wounding three people, witnesses said.",
       note="protest with intervention"),
],
figures=[
    fig("displaced", 2000, "Kyaukme",
        "More than 2,000 villagers have taken refuge in monasteries in Kyaukme town since the fighting started, aid workers said."),
])

# ---------------------------------------------------------------------------
# b24-19 .. b24-27
# ---------------------------------------------------------------------------

report("b24-19", "2022-09-10", "https://www.example-frontiertribune.com/kp/2022/09/10/mir-ali-ibo-lakki-marwat-ied",
"""
Two soldiers martyred, four terrorists killed in North Waziristan; TTP claims Lakki Marwat blast

PESHAWAR, September 10 (Frontier Tribune) - Two soldiers embraced shahadat and four terrorists were killed during an intelligence-based operation in the Mir Ali area of North Waziristan on Thursday, the Inter-Services Public Relations (ISPR) said.

"During the conduct of the operation, an intense exchange of fire took place between the troops and terrorists," the military's media wing said in a statement, adding that weapons and ammunition were recovered from the killed terrorists, who had remained involved in attacks on security forces.

In Lakki Marwat, two policemen and a passer-by were killed and four people were injured when a roadside bomb struck a police van on Tuesday morning. A police official said the van was on its way to the city police station with a prisoner when the device, planted in a drain, was detonated by remote control. The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility on Wednesday.

In Bannu, unidentified gunmen on a motorcycle shot dead a tribal elder and member of the local peace committee outside his hujra on Monday evening, police said.

On Friday, hundreds of residents of Mir Ali, including traders and students, held a rally against rising militancy and targeted killings in the region and blocked the Bannu-Miranshah road for several hours. The protesters said they would not allow the return of armed groups to their area.

Attacks have increased in the southern districts of the province despite talks between the government and the TTP, which announced an indefinite ceasefire in June. According to the Khyber Pakhtunkhwa police, 72 policemen have been martyred in the province since January, more than in the whole of last year.
""",
events=[
    ev("Troops conducting an intelligence-based operation in Mir Ali exchanged fire with militants; two soldiers and four militants killed.",
       "2022-09-08", "‘on Thursday’ before the Saturday 2022-09-10 dateline: Thursday 2022-09-08",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       6, None, None, None,
       "Two soldiers embraced shahadat and four terrorists were killed during an intelligence-based operation in the Mir Ali area of North Waziristan on Thursday, the Inter-Services Public Relations (ISPR) said.",
       note="6 = 2 soldiers + 4 militants (ISPR); no group named"),
    ev("A remote-controlled roadside bomb struck a police van in Lakki Marwat, killing two policemen and a passer-by and injuring four; the TTP claimed it the next day.",
       "2022-09-06", "‘on Tuesday morning’ before the Saturday 2022-09-10 dateline: Tuesday 2022-09-06",
       "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       3, None, 4, None,
       "In Lakki Marwat, two policemen and a passer-by were killed and four people were injured when a roadside bomb struck a police van on Tuesday morning. [...] The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility on Wednesday.",
       note="3 = 2 police + 1 passer-by"),
    ev("Gunmen on a motorcycle shot dead a tribal elder and peace committee member outside his hujra in Bannu.",
       "2022-09-05", "‘on Monday evening’ before the Saturday 2022-09-10 dateline: Monday 2022-09-05",
       "Bannu", "Khyber Pakhtunkhwa", "PK", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Bannu, unidentified gunmen on a motorcycle shot dead a tribal elder and member of the local peace committee outside his hujra on Monday evening, police said.",
       note="targeted killing of an elder ('other')"),
    ev("Hundreds of Mir Ali residents rallied against militancy and targeted killings and blocked the Bannu-Miranshah road.",
       "2022-09-09", "‘On Friday’ before the Saturday 2022-09-10 dateline: Friday 2022-09-09",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "other", "protesters", "none",
       None, None, None, None,
       "On Friday, hundreds of residents of Mir Ali, including traders and students, held a rally against rising militancy and targeted killings in the region and blocked the Bannu-Miranshah road for several hours.",
       note="peaceful protest"),
],
figures=[
    fig("killed", 72, "Khyber Pakhtunkhwa",
        "According to the Khyber Pakhtunkhwa police, 72 policemen have been martyred in the province since January",
        note="policemen, since January"),
])

report("b24-20", "2022-04-07", "https://www.example-kashmirledger.com/2022/04/07/devsar-encounter-qaimoh-sarpanch-trf",
"""
Two TRF militants killed in Devsar gunfight, days after outfit claimed sarpanch's killing

SRINAGAR, April 7 (Kashmir Ledger) - Two militants of The Resistance Front (TRF), an offshoot of the Lashkar-e-Taiba, were killed in an encounter with security forces at Devsar in south Kashmir's Kulgam district on Wednesday, days after the outfit claimed the killing of a sarpanch in the district.

Police said a joint team of police, army and CRPF cordoned off an orchard on a tip-off in the afternoon, and the trapped militants opened fire when asked to surrender. A policeman was injured in the exchange. The Inspector General of Police, Kashmir, said both militants were involved in the killing of the sarpanch and had been "on the radar" for weeks.

The sarpanch was shot at from close range outside his house at Qaimoh on Saturday evening and was declared brought dead at the district hospital. In a statement circulated on social media on Monday, the TRF claimed responsibility and warned other panchayat members to resign. Police on Monday arrested three men from Qaimoh who allegedly provided shelter and logistics to the killers, and recovered a pistol and 15 rounds from them.

In north Kashmir, the army foiled an infiltration bid along the Line of Control in the Uri sector on Sunday night, killing two infiltrators, a defence spokesman said. Two AK-47 rifles and other war-like stores were recovered from the site.

Several panchayat members in Kulgam have since moved to secure accommodation in the district headquarters. Police say 52 militants, 13 of them foreigners, have been killed in Jammu and Kashmir so far this year.
""",
events=[
    ev("Police, army and CRPF cordoned an orchard at Devsar; two TRF militants were killed when they opened fire, and a policeman was injured.",
       "2022-04-06", "‘on Wednesday’ before the Thursday 2022-04-07 dateline: Wednesday 2022-04-06",
       "Devsar", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "The Resistance Front",
       2, None, 1, None,
       "Two militants of The Resistance Front (TRF), an offshoot of the Lashkar-e-Taiba, were killed in an encounter with security forces at Devsar in south Kashmir's Kulgam district on Wednesday [...] A policeman was injured in the exchange.",
       note="cordon-and-search by the forces, so they are actor1 although the militants fired first"),
    ev("A sarpanch was shot at close range outside his house at Qaimoh and died; the TRF claimed the killing two days later.",
       "2022-04-02", "‘on Saturday evening’ before the Thursday 2022-04-07 dateline: Saturday 2022-04-02",
       "Qaimoh", "Jammu and Kashmir", "IN", "other", "The Resistance Front", "civilians",
       1, None, None, None,
       "The sarpanch was shot at from close range outside his house at Qaimoh on Saturday evening and was declared brought dead at the district hospital. In a statement circulated on social media on Monday, the TRF claimed responsibility",
       note="targeted killing of an elected village head ('other'); claimed by the TRF on Monday"),
    ev("Police arrested three men from Qaimoh accused of sheltering the sarpanch's killers and recovered a pistol and 15 rounds.",
       "2022-04-04", "‘on Monday’ before the Thursday 2022-04-07 dateline: Monday 2022-04-04",
       "Qaimoh", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "The Resistance Front",
       None, None, None, None,
       "Police on Monday arrested three men from Qaimoh who allegedly provided shelter and logistics to the killers, and recovered a pistol and 15 rounds from them.",
       arrested=3),
    ev("The army foiled an infiltration bid on the Line of Control in the Uri sector, killing two infiltrators.",
       "2022-04-03", "‘on Sunday night’ before the Thursday 2022-04-07 dateline: Sunday 2022-04-03",
       "Uri sector", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "militants (unidentified)",
       2, None, None, None,
       "In north Kashmir, the army foiled an infiltration bid along the Line of Control in the Uri sector on Sunday night, killing two infiltrators, a defence spokesman said."),
],
figures=[
    fig("killed", 52, "Jammu and Kashmir",
        "Police say 52 militants, 13 of them foreigners, have been killed in Jammu and Kashmir so far this year.",
        note="militants, running total this year"),
])

report("b24-21", "2019-06-28", "https://www.example-caucapost.com/2019/06/28/el-plateado-police-station-attack-corinto",
"""
Dissidents attack police station in El Plateado; roadside bomb wounds four soldiers near Corinto

POPAYÁN, June 28 (Cauca Post) - A police officer and a woman who lived next to the station were killed when FARC dissidents attacked the police station in El Plateado, in the municipality of Argelia, with rifles and homemade mortars on Wednesday night, the Cauca police command said. Three officers were wounded.

Police blamed the Carlos Patiño front, one of the dissident groups that rejected the 2016 peace deal, which fights the ELN for control of coca-growing areas and of the routes to the Pacific coast.

On Tuesday, an explosive device hidden beside a dirt road went off as an army patrol passed in a rural area of Corinto, wounding four soldiers. The army attributed the attack to the Dagoberto Ramos mobile column, another dissident group.

An indigenous leader was shot dead by unidentified gunmen on Sunday as he returned home from a community meeting in Toribío, the regional indigenous council said. He was the fourth member of the council's guard killed this year.

The army said on Thursday it had captured two dissidents and seized 20 "tatucos", the homemade mortars used against El Plateado, in a rural area of Argelia.

The national ombudsman counted 36 social leaders killed in Cauca in the first five months of the year, more than in any other department. The government has promised to send 2,500 more soldiers and police to the north of the department, where indigenous reserves have asked for protection.
""",
events=[
    ev("FARC dissidents attacked the El Plateado police station with rifles and homemade mortars, killing a police officer and a woman living next door and wounding three officers.",
       "2019-06-26", "‘on Wednesday night’ before the Friday 2019-06-28 dateline: Wednesday 2019-06-26",
       "El Plateado", "Cauca", "CO", "battle", "FARC dissidents", "Colombian security forces",
       2, None, 3, None,
       "A police officer and a woman who lived next to the station were killed when FARC dissidents attacked the police station in El Plateado, in the municipality of Argelia, with rifles and homemade mortars on Wednesday night, the Cauca police command said. Three officers were wounded.",
       note="2 = 1 police officer + 1 civilian; assault on a post is 'battle'; police blamed the Carlos Patiño front"),
    ev("An explosive device beside a dirt road hit an army patrol in rural Corinto, wounding four soldiers; the army blamed the Dagoberto Ramos column.",
       "2019-06-25", "‘On Tuesday’ before the Friday 2019-06-28 dateline: Tuesday 2019-06-25",
       "Corinto", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       None, None, 4, None,
       "On Tuesday, an explosive device hidden beside a dirt road went off as an army patrol passed in a rural area of Corinto, wounding four soldiers. The army attributed the attack to the Dagoberto Ramos mobile column, another dissident group.",
       note="attributed by the army, not denied"),
    ev("Unidentified gunmen shot dead an indigenous leader returning from a community meeting in Toribío.",
       "2019-06-23", "‘on Sunday’ before the Friday 2019-06-28 dateline: Sunday 2019-06-23",
       "Toribío", "Cauca", "CO", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "An indigenous leader was shot dead by unidentified gunmen on Sunday as he returned home from a community meeting in Toribío, the regional indigenous council said.",
       note="targeted killing of a community leader ('other')"),
    ev("The army captured two dissidents and seized 20 homemade mortars in rural Argelia.",
       None, "announced ‘on Thursday’ (‘The army said on Thursday it had captured’); the day of the capture is not stated",
       "Argelia", "Cauca", "CO", "arrest", "Colombian security forces", "FARC dissidents",
       None, None, None, None,
       "The army said on Thursday it had captured two dissidents and seized 20 \"tatucos\", the homemade mortars used against El Plateado, in a rural area of Argelia.",
       arrested=2),
],
figures=[
    fig("killed", 36, "Cauca",
        "The national ombudsman counted 36 social leaders killed in Cauca in the first five months of the year",
        note="social leaders, January-May"),
    fig("fighters", 2500, "Cauca",
        "The government has promised to send 2,500 more soldiers and police to the north of the department",
        note="reinforcements promised"),
])

report("b24-22", "2022-03-03", "https://www.example-peninsulapost.com/south/2022/03/03/brn-talks-kuala-lumpur-ramadan",
"""
Thai peace panel and BRN end Kuala Lumpur talks with pledge to work on Ramadan violence reduction

BANGKOK, March 3 (Peninsula Post) - Thai government negotiators and the Barisan Revolusi Nasional (BRN), the main insurgent group in the Malay-Muslim southern border provinces, ended two days of talks in Kuala Lumpur on Wednesday with an agreement to work towards a reduction in violence during Ramadan, which begins next month.

The head of the Thai delegation told reporters in Bangkok on Thursday that the two sides had agreed on three topics for future rounds: reducing violence, public consultation and a political solution. "This is the first time both sides have put the words 'political solution' on paper," he said. The talks, facilitated by Malaysia, were the first held in person since the pandemic halted meetings in early 2020.

The BRN delegation said in a statement that any reduction of violence must be matched by a reduction of military operations and by the release of detainees. Thailand keeps about 50,000 soldiers, rangers, police and defence volunteers in Pattani, Yala, Narathiwat and four districts of Songkhla, and the region has been under an emergency decree since 2005.

The Southern Peace Monitor, an independent group based in Pattani, says 7,289 people have been killed and 13,310 injured in more than 21,400 violent incidents since January 2004, though the annual toll has fallen steadily since the worst years of 2007 and 2008.

Civil society groups in Pattani welcomed the talks but said local people, including women and victims' families, should be given a seat at the table. A group of Muslim and Buddhist women's organisations called for the Ramadan arrangement to protect markets, schools and mosques.

The next round is expected in Kuala Lumpur at the end of March.
""",
country_hint="TH",
figures=[
    fig("fighters", 50000, "southern border provinces",
        "Thailand keeps about 50,000 soldiers, rangers, police and defence volunteers in Pattani, Yala, Narathiwat and four districts of Songkhla",
        note="government forces"),
    fig("killed", 7289, "southern border provinces",
        "The Southern Peace Monitor, an independent group based in Pattani, says 7,289 people have been killed and 13,310 injured in more than 21,400 violent incidents since January 2004"),
    fig("wounded", 13310, "southern border provinces",
        "The Southern Peace Monitor, an independent group based in Pattani, says 7,289 people have been killed and 13,310 injured in more than 21,400 violent incidents since January 2004"),
    fig("other", 21400, "southern border provinces",
        "The Southern Peace Monitor, an independent group based in Pattani, says 7,289 people have been killed and 13,310 injured in more than 21,400 violent incidents since January 2004",
        note="violent incidents since 2004"),
])

report("b24-23", "2016-05-17", "https://www.example-amuwire.com/kunduz/2016/05/17/chahar-dara-checkposts-air-strike",
"""
Taliban assault on Chahar Dara checkposts repelled; elders say air strike killed civilians

KUNDUZ, May 17 (Amu Wire) - Afghan security forces repelled a Taliban attack on a cluster of police checkposts in Chahar Dara district, west of Kunduz city, on Sunday night, killing more than 20 insurgents, the provincial police spokesman said. Four policemen were killed and six wounded in the fighting, which lasted until dawn.

Two of the wounded policemen died overnight in the regional hospital in Kunduz city, the spokesman said on Tuesday.

On Monday morning, an air strike hit a house in a village in the same district, killing seven people. The provincial governor's spokesman said all of the dead were Taliban fighters who had gathered to plan further attacks, but elders from the village said five of them were women and children. A spokesman for the NATO-led Resolute Support mission said US forces had carried out a strike in the area "in defence of Afghan forces under attack" and were looking into the reports of civilian casualties.

In Imam Sahib district, north of the city, a roadside bomb killed two soldiers on an army patrol on Saturday. Police blamed the Taliban.

Officers of the National Directorate of Security detained three men with a car packed with explosives on the outskirts of Kunduz city on Saturday evening, the agency said. It said the men had planned to attack a government building.

Kunduz city briefly fell to the Taliban last September, and the insurgents have since tightened their hold on the surrounding districts. About 4,500 families have fled to the city from nearby districts since the fighting intensified in April, according to the provincial refugees department.
""",
events=[
    ev("Taliban fighters attacked police checkposts in Chahar Dara and were repelled; more than 20 insurgents and four police killed, six police wounded, two of whom died later.",
       "2016-05-15", "‘on Sunday night’ before the Tuesday 2016-05-17 dateline: Sunday 2016-05-15",
       "Chahar Dara", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       26, None, 4, None,
       "Afghan security forces repelled a Taliban attack on a cluster of police checkposts in Chahar Dara district, west of Kunduz city, on Sunday night, killing more than 20 insurgents, the provincial police spokesman said. Four policemen were killed and six wounded in the fighting, which lasted until dawn. [...] Two of the wounded policemen died overnight in the regional hospital in Kunduz city, the spokesman said on Tuesday.",
       note="26 = 20 ('more than 20') Taliban + 4 police + 2 police who died later; wounded 6 - 2 = 4"),
    ev("A US air strike hit a house in a village in Chahar Dara, killing seven; officials said all were Taliban, elders said five were women and children.",
       "2016-05-16", "‘On Monday morning’ before the Tuesday 2016-05-17 dateline: Monday 2016-05-16",
       "village in Chahar Dara", "Kunduz", "AF", "explosion", "US forces", "civilians",
       7, None, None, None,
       "On Monday morning, an air strike hit a house in a village in the same district, killing seven people. The provincial governor's spokesman said all of the dead were Taliban fighters who had gathered to plan further attacks, but elders from the village said five of them were women and children. A spokesman for the NATO-led Resolute Support mission said US forces had carried out a strike in the area",
       note="strike acknowledged by Resolute Support; who the dead were is disputed (elders: five women and children)"),
    ev("A roadside bomb killed two soldiers on an army patrol in Imam Sahib district; police blamed the Taliban.",
       "2016-05-14", "‘on Saturday’ before the Tuesday 2016-05-17 dateline: Saturday 2016-05-14",
       "Imam Sahib", "Kunduz", "AF", "explosion", "Taliban", "Afghan security forces",
       2, None, None, None,
       "In Imam Sahib district, north of the city, a roadside bomb killed two soldiers on an army patrol on Saturday. Police blamed the Taliban.",
       note="blamed by police, not denied"),
    ev("NDS officers detained three men with a car packed with explosives on the outskirts of Kunduz city.",
       "2016-05-14", "‘on Saturday evening’ before the Tuesday 2016-05-17 dateline: Saturday 2016-05-14",
       "outskirts of Kunduz city", "Kunduz", "AF", "arrest", "Afghan security forces", "militants (unidentified)",
       None, None, None, None,
       "Officers of the National Directorate of Security detained three men with a car packed with explosives on the outskirts of Kunduz city on Saturday evening, the agency said.",
       arrested=3),
],
figures=[
    fig("displaced", 4500, "Kunduz city",
        "About 4,500 families have fled to the city from nearby districts since the fighting intensified in April",
        note="families, not people"),
])

report("b24-24", "2021-08-23", "https://www.example-southerntribune.com/sulu/2021/08/23/patikul-encounter-abu-sayyaf",
"""
Soldier, two Abu Sayyaf militants killed in Patikul encounter

ZAMBOANGA CITY, August 23 (Southern Tribune) - A soldier and two Abu Sayyaf militants were killed when troops encountered about a dozen members of the group in the hinterlands of Patikul, Sulu, on Saturday morning, the military's Western Mindanao Command said. Three other soldiers were wounded and were flown to Zamboanga City for treatment.

The command said troops of the 11th Infantry Division were conducting focused military operations in the area after residents reported the presence of armed men led by one of the group's remaining sub-leaders. The firefight lasted about 30 minutes before the militants withdrew towards the forest, leaving behind the bodies of their two companions and two rifles.

In Indanan, an Abu Sayyaf member who was wounded and captured in a brief clash with marines on Wednesday died in a military hospital in Jolo on Friday, the command said. Two of his companions escaped.

Three Abu Sayyaf members surrendered to the army in Talipao on Sunday, handing over two M16 rifles and a Garand, officials said. They are to receive livelihood assistance under the government's programme for former militants.

The command said the Abu Sayyaf in Sulu is down to about 85 armed members, from more than 400 five years ago, because of military pressure and a wave of surrenders. Kidnappings for ransom, once the group's main source of money, have almost stopped, it said.
""",
events=[
    ev("Troops on focused operations encountered about a dozen Abu Sayyaf militants in the hinterlands of Patikul; one soldier and two militants killed, three soldiers wounded.",
       "2021-08-21", "‘on Saturday morning’ before the Monday 2021-08-23 dateline: Saturday 2021-08-21",
       "hinterlands of Patikul", "Sulu", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       3, None, 3, None,
       "A soldier and two Abu Sayyaf militants were killed when troops encountered about a dozen members of the group in the hinterlands of Patikul, Sulu, on Saturday morning, the military's Western Mindanao Command said. Three other soldiers were wounded and were flown to Zamboanga City for treatment.",
       note="3 = 1 soldier + 2 militants"),
    ev("Marines clashed briefly with Abu Sayyaf members in Indanan; one militant was wounded and captured and died in hospital two days later.",
       "2021-08-18", "clash ‘on Wednesday’ (death ‘on Friday’) before the Monday 2021-08-23 dateline: Wednesday 2021-08-18",
       "Indanan", "Sulu", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       1, None, None, None,
       "In Indanan, an Abu Sayyaf member who was wounded and captured in a brief clash with marines on Wednesday died in a military hospital in Jolo on Friday, the command said.",
       note="the one wounded militant died later: killed 1, no one else reported wounded"),
    ev("Three Abu Sayyaf members surrendered to the army in Talipao with three rifles.",
       "2021-08-22", "‘on Sunday’ before the Monday 2021-08-23 dateline: Sunday 2021-08-22",
       "Talipao", "Sulu", "PH", "other", "Abu Sayyaf", "Philippine security forces",
       None, None, None, None,
       "Three Abu Sayyaf members surrendered to the army in Talipao on Sunday, handing over two M16 rifles and a Garand, officials said.",
       note="surrender (ACLED strategic development)"),
],
figures=[
    fig("fighters", 85, "Sulu",
        "The command said the Abu Sayyaf in Sulu is down to about 85 armed members"),
])

report("b24-25", "2017-12-06", "https://www.example-indravatiexpress.com/bastar/2017/12/06/usur-encounter-eight-maoists",
"""
Eight Maoists killed in Bijapur encounter, police say; villagers allege some were not rebels

JAGDALPUR, December 6 (Indravati Express) - Eight Maoists, four of them women, were killed in an encounter with a joint team of Chhattisgarh police and Telangana's anti-Maoist Greyhounds force in the forests of Usur block in Bijapur district on Sunday, police said. A Greyhounds commando was wounded.

The team had been tracking a group of about 40 Maoists for two days, a senior police officer said. "The Maoists opened fire as our men approached their camp, and the jawans retaliated," he said. After a gunbattle lasting nearly an hour, the bodies of eight Maoists were recovered along with an INSAS rifle, two 12-bore guns, a country-made rifle and camp material.

On Tuesday, hundreds of villagers walked to the district collectorate in Bijapur to protest, alleging that three of the dead were villagers who had gone into the forest to collect tendu leaves and bamboo. The collector ordered a magisterial inquiry.

A District Reserve Guard jawan was killed and two others were injured on Friday when a pressure IED planted by Maoists went off during an area-domination exercise near Kirandul in Dantewada district.

On Saturday night, Maoists set fire to seven vehicles, including a road roller and two tractors, belonging to a contractor building a road near Bhejji in Sukma district, police said. The workers were let go unharmed.

Police say 67 Maoists have been killed in the Bastar region this year, the highest number since 2016, and that new security camps have pushed the rebels back from the main roads.
""",
events=[
    ev("A joint Chhattisgarh police and Greyhounds team fought Maoists at their camp in the Usur forests; eight Maoists killed and a commando wounded. Villagers say three of the dead were villagers.",
       "2017-12-03", "‘on Sunday’ before the Wednesday 2017-12-06 dateline: Sunday 2017-12-03",
       "forests of Usur block", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       8, None, 1, None,
       "Eight Maoists, four of them women, were killed in an encounter with a joint team of Chhattisgarh police and Telangana's anti-Maoist Greyhounds force in the forests of Usur block in Bijapur district on Sunday, police said. A Greyhounds commando was wounded.",
       note="the forces tracked and approached the camp, so they are actor1; villagers dispute that all eight were Maoists"),
    ev("Hundreds of villagers marched to the Bijapur collectorate to protest against the encounter, saying three of the dead were villagers.",
       "2017-12-05", "‘On Tuesday’ before the Wednesday 2017-12-06 dateline: Tuesday 2017-12-05",
       "Bijapur", "Chhattisgarh", "IN", "other", "protesters", "none",
       None, None, None, None,
       "On Tuesday, hundreds of villagers walked to the district collectorate in Bijapur to protest, alleging that three of the dead were villagers who had gone into the forest to collect tendu leaves and bamboo.",
       note="peaceful protest"),
    ev("A Maoist pressure IED went off during an area-domination exercise near Kirandul, killing a DRG jawan and injuring two.",
       "2017-12-01", "‘on Friday’ before the Wednesday 2017-12-06 dateline: Friday 2017-12-01",
       "near Kirandul", "Chhattisgarh", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       1, None, 2, None,
       "A District Reserve Guard jawan was killed and two others were injured on Friday when a pressure IED planted by Maoists went off during an area-domination exercise near Kirandul in Dantewada district."),
    ev("Maoists set fire to seven road-construction vehicles near Bhejji; the workers were let go unharmed.",
       "2017-12-02", "‘On Saturday night’ before the Wednesday 2017-12-06 dateline: Saturday 2017-12-02",
       "near Bhejji", "Chhattisgarh", "IN", "other", "CPI (Maoist)", "none",
       0, None, 0, None,
       "On Saturday night, Maoists set fire to seven vehicles, including a road roller and two tractors, belonging to a contractor building a road near Bhejji in Sukma district, police said. The workers were let go unharmed.",
       note="arson of machinery (property destruction); 'let go unharmed' read as nobody hurt"),
],
figures=[
    fig("killed", 67, "Bastar",
        "Police say 67 Maoists have been killed in the Bastar region this year",
        note="Maoists, running total this year"),
])

report("b24-26", "2020-10-22", "https://www.example-arakanbaynews.com/2020/10/22/kyauktaw-shelling-police-boat-aa-claim",
"""
Shelling kills four villagers in Kyauktaw; Arakan Army claims attack on police boat

SITTWE, October 22 (Arakan Bay News) - Four villagers were killed and seven wounded when artillery shells landed on a village in Kyauktaw township on Tuesday evening, residents and a local lawmaker said. Among the dead were a 10-year-old boy and his grandmother.

Residents said the shells were fired from a nearby army battalion base after clashes in the hills to the east. The military's information team said the Arakan Army (AA) had fired the shells and accused the group of trying to put the blame on the army. The AA denied this and said it had no heavy artillery in the area.

On Sunday, a police patrol boat was attacked on the Kaladan River near Kyauktaw town, killing two police officers and wounding three, the police said. The AA said in a statement on Tuesday that its fighters had attacked the boat and that more than 10 police had been killed.

Travel on the river, the main route between Sittwe and the northern townships, has been restricted since the attack, and cargo boats have been stopped at Sittwe jetty.

More than 220,000 people have been displaced by fighting in Rakhine and neighbouring southern Chin State since the end of 2018, according to local relief groups, and most of them live in monasteries and makeshift camps. The election commission has cancelled voting in most of Rakhine for next month's general election, citing security.
""",
events=[
    ev("Artillery shells hit a village in Kyauktaw township, killing four villagers including a boy and wounding seven; residents blame the army, the army blames the AA, which denies it.",
       "2020-10-20", "‘on Tuesday evening’ before the Thursday 2020-10-22 dateline: Tuesday 2020-10-20",
       "village in Kyauktaw township", "Rakhine", "MM", "explosion", "unknown", "civilians",
       4, None, 7, None,
       "Four villagers were killed and seven wounded when artillery shells landed on a village in Kyauktaw township on Tuesday evening, residents and a local lawmaker said. Among the dead were a 10-year-old boy and his grandmother. [...] Residents said the shells were fired from a nearby army battalion base after clashes in the hills to the east. The military's information team said the Arakan Army (AA) had fired the shells and accused the group of trying to put the blame on the army. The AA denied this",
       note="blame and denial on both sides: unknown"),
    ev("A police patrol boat was attacked on the Kaladan River near Kyauktaw, killing two police officers and wounding three; the AA claimed the attack.",
       "2020-10-18", "‘On Sunday’ before the Thursday 2020-10-22 dateline: Sunday 2020-10-18",
       "Kaladan River near Kyauktaw", "Rakhine", "MM", "battle", "Arakan Army", "Myanmar police",
       2, None, 3, None,
       "On Sunday, a police patrol boat was attacked on the Kaladan River near Kyauktaw town, killing two police officers and wounding three, the police said. The AA said in a statement on Tuesday that its fighters had attacked the boat and that more than 10 police had been killed.",
       note="the police count is used; the AA's claim of more than 10 is not"),
],
figures=[
    fig("displaced", 220000, "Rakhine and southern Chin State",
        "More than 220,000 people have been displaced by fighting in Rakhine and neighbouring southern Chin State since the end of 2018, according to local relief groups"),
])

report("b24-27", "2018-05-25", "https://www.example-islamabadreview.com/politics/2018/05/25/senate-passes-fata-merger",
"""
Senate passes bill to merge tribal areas with Khyber Pakhtunkhwa

ISLAMABAD, May 25 (Islamabad Review) - The Senate on Friday passed the constitutional amendment to merge the Federally Administered Tribal Areas (FATA) with Khyber Pakhtunkhwa, a day after the National Assembly approved it, ending more than a century of colonial-era rule in the region that was the main battleground of the war against militancy.

The bill was backed by 69 senators, with seven voting against. It now goes to the provincial assembly in Peshawar for approval. Under the amendment, the seven tribal agencies and six frontier regions will become districts of the province, the Frontier Crimes Regulation will be abolished and the jurisdiction of the high court and the Supreme Court will be extended to the area.

Some tribal elders who opposed the merger said they had not been consulted and would challenge it in court, while the main parties of the province welcomed the vote.

The region, home to about five million people, was devastated by a decade of militancy and military operations, the last of which, Zarb-e-Azb, was launched in North Waziristan in 2014. According to the FATA Disaster Management Authority, about 298,000 of the 322,000 families displaced since 2008 have returned to their homes, and about 24,000 families are still waiting to go back, most of them from North Waziristan and the Tirah valley.

The government has promised a ten-year development package for the region and to absorb about 27,000 Levies and Khasadars, the local tribal police, into the provincial police. Army officers have said the troops will stay in the area until the civil administration is able to take over.
""",
country_hint="PK",
figures=[
    fig("returned", 298000, "FATA",
        "about 298,000 of the 322,000 families displaced since 2008 have returned to their homes",
        note="families, not people"),
    fig("displaced", 24000, "FATA",
        "about 24,000 families are still waiting to go back, most of them from North Waziristan and the Tirah valley",
        note="families, not people"),
    fig("fighters", 27000, "FATA",
        "to absorb about 27,000 Levies and Khasadars, the local tribal police, into the provincial police",
        note="tribal police forces"),
])

# ---------------------------------------------------------------------------
# b24-28 .. b24-36
# ---------------------------------------------------------------------------

report("b24-28", "2022-11-20", "https://www.example-altiplanoherald.com/zacatecas/2022/11/20/valparaiso-clash-fresnillo-ambush",
"""
Sinaloa and Jalisco cartels clash in Valparaíso; four state police killed in Fresnillo ambush

ZACATECAS, November 20 (Altiplano Herald) - Gunmen of the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) fought for several hours on Thursday in the countryside of Valparaíso, in western Zacatecas, the state security secretary said. Soldiers who reached the area on Friday found six bodies and three burned trucks.

On Saturday afternoon, gunmen ambushed a patrol of the state police on the highway between Fresnillo and Valparaíso, killing three officers and wounding two. One of the wounded officers died in the general hospital in Fresnillo a few hours later. The state government blamed the CJNG, which it said was trying to stop reinforcements from reaching Valparaíso.

In Fresnillo, the bodies of two men were found hanging from a pedestrian bridge on Tuesday morning, with a banner signed by the CJNG threatening its rivals.

The governor said on Saturday that he had asked the federal government for more troops and that the state police had lost 29 officers this year. About 200 families have fled villages in Valparaíso and neighbouring Jiménez del Teul since the summer, according to the state human rights commission.

Zacatecas, which sits on the routes that carry drugs from the Pacific ports to the United States border, has registered more than 1,000 murders so far this year, and Fresnillo is regularly ranked as the city where residents feel least safe in the country.
""",
events=[
    ev("Sinaloa Cartel and CJNG gunmen fought for hours in the countryside of Valparaíso; soldiers found six bodies and three burned trucks the next day.",
       "2022-11-17", "‘on Thursday’ (bodies found ‘on Friday’) before the Sunday 2022-11-20 dateline: Thursday 2022-11-17",
       "Valparaíso", "Zacatecas", "MX", "battle", "Sinaloa Cartel", "Jalisco New Generation Cartel",
       6, None, None, None,
       "Gunmen of the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) fought for several hours on Thursday in the countryside of Valparaíso, in western Zacatecas, the state security secretary said. Soldiers who reached the area on Friday found six bodies and three burned trucks.",
       note="which side attacked is not said"),
    ev("Gunmen ambushed a state police patrol on the Fresnillo-Valparaíso highway, killing three officers and wounding two; one of the wounded died hours later. The state blamed the CJNG.",
       "2022-11-19", "‘On Saturday afternoon’ before the Sunday 2022-11-20 dateline: Saturday 2022-11-19",
       "highway between Fresnillo and Valparaíso", "Zacatecas", "MX", "battle", "Jalisco New Generation Cartel", "Mexican security forces",
       4, None, 1, None,
       "On Saturday afternoon, gunmen ambushed a patrol of the state police on the highway between Fresnillo and Valparaíso, killing three officers and wounding two. One of the wounded officers died in the general hospital in Fresnillo a few hours later. The state government blamed the CJNG",
       note="4 = 3 + 1 who died later; wounded 2 - 1 = 1; blamed by the state, not denied"),
    ev("The bodies of two men were found hanging from a pedestrian bridge in Fresnillo with a CJNG banner threatening its rivals.",
       None, "found ‘on Tuesday morning’ (Tuesday 2022-11-15); the day of the killings is not stated",
       "pedestrian bridge in Fresnillo", "Zacatecas", "MX", "attack_on_civilians", "Jalisco New Generation Cartel", "civilians",
       2, None, None, None,
       "In Fresnillo, the bodies of two men were found hanging from a pedestrian bridge on Tuesday morning, with a banner signed by the CJNG threatening its rivals.",
       note="bodies found; day of the killing unknown; the CJNG banner is taken as a claim", optional=True),
],
figures=[
    fig("killed", 29, "Zacatecas",
        "the state police had lost 29 officers this year",
        note="state police officers, this year"),
    fig("displaced", 200, "Valparaíso and Jiménez del Teul",
        "About 200 families have fled villages in Valparaíso and neighbouring Jiménez del Teul since the summer",
        note="families, not people"),
    fig("killed", 1000, "Zacatecas",
        "has registered more than 1,000 murders so far this year"),
])

report("b24-29", "2013-02-19", "https://www.example-irilvalleychronicle.com/manipur/2013/02/19/chandel-encounter-thangal-bazar-blast",
"""
Two KYKL cadres killed in Chandel encounter; bomb injures four at Thangal Bazar

IMPHAL, February 19 (Iril Valley Chronicle) - Two suspected cadres of the proscribed Kanglei Yawol Kanna Lup (KYKL) were killed in an encounter with Assam Rifles troops in a jungle near the Indo-Myanmar border in Chandel district on Sunday, an Assam Rifles statement said.

According to the statement, a column launched a search operation on specific information about the movement of armed militants, and "the militants opened fire on the column, and the troops retaliated". A 9 mm pistol, a hand grenade and extortion notes were recovered from the site. A human rights group in Imphal demanded a judicial probe, saying the two men had been picked up from a village the day before.

A bomb exploded in front of a cloth shop at Thangal Bazar in Imphal on Monday evening, injuring four people, including a woman customer. Police said the shop owner had received extortion demands from an underground group, but no outfit has claimed responsibility. Traders at Thangal Bazar kept their shops shut on Tuesday in protest against the blast and the extortion.

On Saturday night, a hand grenade was lobbed into the compound of the residence of a Congress MLA in Thoubal district. It did not explode and was later defused by a bomb disposal squad. No one was hurt.

The same day, police arrested two suspected cadres of the proscribed PREPAK with a pistol and ammunition at Khurai in Imphal East.

According to the police, 23 people, including 11 militants, were killed in militancy-related violence in the state in January.
""",
events=[
    ev("An Assam Rifles column searching near the Indo-Myanmar border in Chandel exchanged fire with KYKL cadres; two were killed. Rights activists say they had been picked up the day before.",
       "2013-02-17", "‘on Sunday’ before the Tuesday 2013-02-19 dateline: Sunday 2013-02-17",
       "jungle near the Indo-Myanmar border, Chandel", "Manipur", "IN", "battle", "Indian security forces", "KYKL",
       2, None, None, None,
       "Two suspected cadres of the proscribed Kanglei Yawol Kanna Lup (KYKL) were killed in an encounter with Assam Rifles troops in a jungle near the Indo-Myanmar border in Chandel district on Sunday, an Assam Rifles statement said.",
       note="the forces' search operation, so they are actor1; the account is disputed"),
    ev("A bomb exploded in front of a cloth shop at Thangal Bazar, Imphal, injuring four; the owner had received extortion demands; nobody claimed it.",
       "2013-02-18", "‘on Monday evening’ before the Tuesday 2013-02-19 dateline: Monday 2013-02-18",
       "Thangal Bazar", "Manipur", "IN", "explosion", "militants (unidentified)", "civilians",
       None, None, 4, None,
       "A bomb exploded in front of a cloth shop at Thangal Bazar in Imphal on Monday evening, injuring four people, including a woman customer. Police said the shop owner had received extortion demands from an underground group, but no outfit has claimed responsibility."),
    ev("Traders at Thangal Bazar kept their shops shut in protest against the blast and extortion.",
       "2013-02-19", "‘on Tuesday’, the day of the Tuesday 2013-02-19 dateline",
       "Thangal Bazar", "Manipur", "IN", "other", "protesters", "none",
       None, None, None, None,
       "Traders at Thangal Bazar kept their shops shut on Tuesday in protest against the blast and the extortion.",
       note="shutdown protest"),
    ev("A grenade lobbed into the compound of a Congress MLA's residence in Thoubal district failed to explode and was defused; no one hurt.",
       "2013-02-16", "‘On Saturday night’ before the Tuesday 2013-02-19 dateline: Saturday 2013-02-16",
       "Thoubal", "Manipur", "IN", "other", "militants (unidentified)", "civilians",
       0, None, 0, None,
       "On Saturday night, a hand grenade was lobbed into the compound of the residence of a Congress MLA in Thoubal district. It did not explode and was later defused by a bomb disposal squad. No one was hurt.",
       note="attempted attack on a legislator with a grenade that did not go off ('other', as a foiled attack)"),
    ev("Police arrested two suspected PREPAK cadres with a pistol and ammunition at Khurai, Imphal East.",
       "2013-02-16", "‘The same day’ as the grenade ‘On Saturday night’: Saturday 2013-02-16",
       "Khurai", "Manipur", "IN", "arrest", "Indian security forces", "PREPAK",
       None, None, None, None,
       "The same day, police arrested two suspected cadres of the proscribed PREPAK with a pistol and ammunition at Khurai in Imphal East.",
       arrested=2),
],
figures=[
    fig("killed", 23, "Manipur",
        "According to the police, 23 people, including 11 militants, were killed in militancy-related violence in the state in January.",
        note="January total"),
])

report("b24-30", "2018-04-09", "https://www.example-fronterawire.com/catatumbo/2018/04/09/hacari-eln-epl-clash",
"""
ELN-EPL war in Catatumbo leaves four dead in Hacarí; thousands shelter in schools

CÚCUTA, April 9 (Frontera Wire) - Four people, among them two civilians caught in the crossfire, were killed on Friday when fighters of the National Liberation Army (ELN) and the Popular Liberation Army (EPL) clashed on the outskirts of Hacarí, in the Catatumbo region of Norte de Santander, the municipal ombudsman said.

The two guerrilla groups shared the coca-rich region for years and fought together against the paramilitaries, but turned on each other in mid-March in a dispute over territory and drug routes left open by the demobilisation of the FARC.

On Saturday night, a motorcycle taxi driver was shot dead in the town centre of El Tarra. Police said his name was on a list of alleged EPL collaborators that had circulated in the town, signed by the ELN, but no one claimed the killing.

The army said on Sunday that soldiers had killed two EPL members and captured a third in a firefight in a rural area of Teorama on Wednesday.

Separately, a section of the Caño Limón-Coveñas oil pipeline was blown up in Tibú on Thursday, spilling crude into a creek that supplies several villages with water. Ecopetrol, the state oil company, blamed the ELN, which has bombed the pipeline repeatedly this year.

More than 10,000 people have fled their homes in Catatumbo since the fighting began, according to the UN humanitarian office, and about 1,400 of them are sleeping in schools and sports halls in Hacarí and San Calixto. Classes have been suspended for some 8,000 pupils.
""",
events=[
    ev("ELN and EPL fighters clashed on the outskirts of Hacarí; four people killed, among them two civilians caught in the crossfire.",
       "2018-04-06", "‘on Friday’ before the Monday 2018-04-09 dateline: Friday 2018-04-06",
       "outskirts of Hacarí", "Norte de Santander", "CO", "battle", "ELN", "EPL",
       4, None, None, None,
       "Four people, among them two civilians caught in the crossfire, were killed on Friday when fighters of the National Liberation Army (ELN) and the Popular Liberation Army (EPL) clashed on the outskirts of Hacarí, in the Catatumbo region of Norte de Santander, the municipal ombudsman said.",
       note="which side attacked is not said"),
    ev("A motorcycle taxi driver listed by the ELN as an alleged EPL collaborator was shot dead in the centre of El Tarra; nobody claimed it.",
       "2018-04-07", "‘On Saturday night’ before the Monday 2018-04-09 dateline: Saturday 2018-04-07",
       "El Tarra", "Norte de Santander", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Saturday night, a motorcycle taxi driver was shot dead in the town centre of El Tarra. Police said his name was on a list of alleged EPL collaborators that had circulated in the town, signed by the ELN, but no one claimed the killing.",
       note="the ELN list is context, not an attribution of the killing"),
    ev("Soldiers killed two EPL members and captured a third in a firefight in rural Teorama.",
       "2018-04-04", "firefight ‘on Wednesday’, announced ‘on Sunday’, before the Monday 2018-04-09 dateline: Wednesday 2018-04-04",
       "Teorama", "Norte de Santander", "CO", "battle", "Colombian security forces", "EPL",
       2, None, None, None,
       "The army said on Sunday that soldiers had killed two EPL members and captured a third in a firefight in a rural area of Teorama on Wednesday."),
    ev("A section of the Caño Limón-Coveñas oil pipeline was blown up in Tibú, spilling crude into a creek; Ecopetrol blamed the ELN.",
       "2018-04-05", "‘on Thursday’ before the Monday 2018-04-09 dateline: Thursday 2018-04-05",
       "Tibú", "Norte de Santander", "CO", "explosion", "ELN", "none",
       None, None, None, None,
       "Separately, a section of the Caño Limón-Coveñas oil pipeline was blown up in Tibú on Thursday, spilling crude into a creek that supplies several villages with water. Ecopetrol, the state oil company, blamed the ELN",
       note="sabotage with no human target; blamed by Ecopetrol, not denied"),
],
figures=[
    fig("displaced", 10000, "Catatumbo",
        "More than 10,000 people have fled their homes in Catatumbo since the fighting began, according to the UN humanitarian office"),
    fig("displaced", 1400, "Hacarí and San Calixto",
        "about 1,400 of them are sleeping in schools and sports halls in Hacarí and San Calixto",
        note="part of the 10,000"),
    fig("other", 8000, "Catatumbo",
        "Classes have been suspended for some 8,000 pupils.",
        note="pupils without school"),
])

report("b24-31", "2019-08-14", "https://www.example-spinghar-post.com/nangarhar/2019/08/14/jalalabad-magnetic-bomb-is-claim",
"""
Magnetic bomb kills district official in Jalalabad; Islamic State claims attack two days later

JALALABAD, August 14 (Spin Ghar Post) - A magnetic bomb attached to the car of a district official exploded in Jalalabad city on Saturday morning, killing him and his driver and wounding three passers-by, the provincial governor's spokesman said.

The official headed the administration of a district south of the city and had received threats, his colleagues said. The Islamic State group claimed the attack on Monday through its Amaq news agency, saying it had targeted "an apostate official".

Taliban fighters attacked an Afghan Local Police checkpost in Khogyani district on Friday night, killing three policemen, district officials said. The Taliban said in a statement that all nine guards at the post had been killed and their weapons taken.

Air strikes by the Afghan air force on Islamic State hideouts in Achin district on Sunday killed 14 militants, the defence ministry said. Residents said two farmers working in their fields nearby were also killed; the ministry did not confirm this.

On Monday, a mortar round landed near a crowded market in Surkhrod district, wounding six children. The governor's spokesman blamed the Taliban, who denied it and said the round had been fired by government forces.

About 1,500 families have moved to Jalalabad from Achin and Deh Bala since July to escape the fighting between Islamic State and Afghan and US forces, the provincial refugees department said.
""",
events=[
    ev("A magnetic bomb on the car of a district official exploded in Jalalabad, killing him and his driver and wounding three passers-by; Islamic State claimed it on Monday.",
       "2019-08-10", "‘on Saturday morning’ before the Wednesday 2019-08-14 dateline: Saturday 2019-08-10",
       "Jalalabad", "Nangarhar", "AF", "explosion", "Islamic State", "civilians",
       2, None, 3, None,
       "A magnetic bomb attached to the car of a district official exploded in Jalalabad city on Saturday morning, killing him and his driver and wounding three passers-by, the provincial governor's spokesman said. [...] The Islamic State group claimed the attack on Monday through its Amaq news agency",
       note="targeted killing carried out with a bomb: 'explosion' by the weapon used"),
    ev("Taliban fighters attacked an Afghan Local Police checkpost in Khogyani, killing three policemen.",
       "2019-08-09", "‘on Friday night’ before the Wednesday 2019-08-14 dateline: Friday 2019-08-09",
       "Khogyani", "Nangarhar", "AF", "battle", "Taliban", "Afghan security forces",
       3, None, None, None,
       "Taliban fighters attacked an Afghan Local Police checkpost in Khogyani district on Friday night, killing three policemen, district officials said. The Taliban said in a statement that all nine guards at the post had been killed and their weapons taken.",
       note="the Taliban claim of nine is not used"),
    ev("Afghan air force strikes on Islamic State hideouts in Achin killed 14 militants; residents say two farmers were also killed.",
       "2019-08-11", "‘on Sunday’ before the Wednesday 2019-08-14 dateline: Sunday 2019-08-11",
       "Achin", "Nangarhar", "AF", "explosion", "Afghan security forces", "Islamic State",
       16, None, None, None,
       "Air strikes by the Afghan air force on Islamic State hideouts in Achin district on Sunday killed 14 militants, the defence ministry said. Residents said two farmers working in their fields nearby were also killed; the ministry did not confirm this.",
       note="16 = 14 militants (ministry) + 2 farmers (residents)"),
    ev("A mortar round landed near a crowded market in Surkhrod, wounding six children; the governor blamed the Taliban, who denied it and blamed government forces.",
       "2019-08-12", "‘On Monday’ before the Wednesday 2019-08-14 dateline: Monday 2019-08-12",
       "Surkhrod", "Nangarhar", "AF", "explosion", "unknown", "civilians",
       None, None, 6, None,
       "On Monday, a mortar round landed near a crowded market in Surkhrod district, wounding six children. The governor's spokesman blamed the Taliban, who denied it and said the round had been fired by government forces.",
       note="blame and denial: unknown"),
],
figures=[
    fig("displaced", 1500, "Jalalabad",
        "About 1,500 families have moved to Jalalabad from Achin and Deh Bala since July",
        note="families, not people"),
])

report("b24-32", "2014-10-30", "https://www.example-peninsulapost.com/south/2014/10/30/yala-market-motorcycle-bomb-bannang-sata",
"""
Motorcycle bomb wounds nine outside Yala market; two rangers shot dead in Bannang Sata

YALA, October 30 (Peninsula Post) - A bomb hidden in a motorcycle parked outside a fresh market in Yala town exploded on Wednesday afternoon, wounding nine people, among them two police officers, police said. A second bomb, found in a bag nearby, was defused by the bomb squad.

Police said the bomb had been set off by a mobile phone as shoppers crowded the market before evening prayers. Several shophouses were damaged.

On Tuesday morning, two rangers were shot dead and a villager was wounded when gunmen in a pickup truck opened fire on a ranger unit at a tea shop in Bannang Sata district. The gunmen took the rangers' rifles before driving off.

Soldiers and police raided three villages in Bannang Sata on Wednesday night and detained five suspects in the tea-shop shooting, the regional security command said. It said one of the men had been identified from closed-circuit camera footage.

The junta that seized power in May has promised to revive peace talks with the insurgents, and the region remains under martial law and an emergency decree. More than 6,050 people have been killed in the southern border provinces since January 2004, according to an independent monitoring group.
""",
events=[
    ev("A motorcycle bomb outside a fresh market in Yala town wounded nine, among them two police officers; a second bomb was defused.",
       "2014-10-29", "‘on Wednesday afternoon’ before the Thursday 2014-10-30 dateline: Wednesday 2014-10-29",
       "fresh market in Yala town", "Yala", "TH", "explosion", "militants (unidentified)", "civilians",
       None, None, 9, None,
       "A bomb hidden in a motorcycle parked outside a fresh market in Yala town exploded on Wednesday afternoon, wounding nine people, among them two police officers, police said. A second bomb, found in a bag nearby, was defused by the bomb squad.",
       note="the defused second bomb is part of the same attack"),
    ev("Gunmen in a pickup opened fire on a ranger unit at a tea shop in Bannang Sata, killing two rangers and wounding a villager, and took the rangers' rifles.",
       "2014-10-28", "‘On Tuesday morning’ before the Thursday 2014-10-30 dateline: Tuesday 2014-10-28",
       "tea shop in Bannang Sata", "Yala", "TH", "battle", "militants (unidentified)", "Thai security forces",
       2, None, 1, None,
       "On Tuesday morning, two rangers were shot dead and a villager was wounded when gunmen in a pickup truck opened fire on a ranger unit at a tea shop in Bannang Sata district."),
    ev("Soldiers and police raided three villages in Bannang Sata and detained five suspects in the tea-shop shooting.",
       "2014-10-29", "‘on Wednesday night’ before the Thursday 2014-10-30 dateline: Wednesday 2014-10-29",
       "Bannang Sata", "Yala", "TH", "arrest", "Thai security forces", "militants (unidentified)",
       None, None, None, None,
       "Soldiers and police raided three villages in Bannang Sata on Wednesday night and detained five suspects in the tea-shop shooting, the regional security command said.",
       arrested=5),
],
figures=[
    fig("killed", 6050, "southern border provinces",
        "More than 6,050 people have been killed in the southern border provinces since January 2004, according to an independent monitoring group."),
])

report("b24-33", "2023-02-09", "https://www.example-salweenpost.com/kayah/2023/02/09/demoso-outpost-hpruso-air-strike",
"""
Karenni resistance takes police outpost near Demoso; air strike hits camp for displaced in Hpruso

LOIKAW, February 9 (Salween Post) - Karenni resistance fighters captured a police outpost on the road between Loikaw and Demoso on Sunday after a two-day siege, the Karenni Nationalities Defence Force (KNDF) said. Two of its fighters were killed in the fighting. The KNDF said eight police officers surrendered and that it had found the bodies of five others, a figure that could not be confirmed.

On Monday, a military jet dropped bombs near a camp for displaced people in Hpruso township, killing three civilians, including a child, and wounding eight, camp residents said. The military's information team said the air force had struck a "terrorist base" and denied targeting civilians.

Artillery shells fired from the army's base on the edge of Loikaw landed in a residential quarter of the town on Tuesday, wounding two people, residents said. Most of the town's residents left last year, and the army has since turned several schools into posts.

The KNDF and other resistance groups now control much of the countryside of Kayah State, but the military still holds the main towns and uses air power and artillery to hit back. Aid groups say shortages of medicine and rice in the camps are getting worse because the army blocks supplies on the roads.

More than 200,000 people, about two-thirds of the state's population, have fled their homes since fighting spread to Kayah in mid-2021, according to local aid groups.
""",
events=[
    ev("The KNDF captured a police outpost on the Loikaw-Demoso road after a two-day siege; two KNDF fighters were killed and eight police surrendered.",
       "2023-02-05", "captured ‘on Sunday’ after ‘a two-day siege’, before the Thursday 2023-02-09 dateline: Sunday 2023-02-05",
       "police outpost on the Loikaw-Demoso road", "Kayah", "MM", "territory_gain", "Karenni Nationalities Defence Force", "Myanmar police",
       2, None, None, None,
       "Karenni resistance fighters captured a police outpost on the road between Loikaw and Demoso on Sunday after a two-day siege, the Karenni Nationalities Defence Force (KNDF) said. Two of its fighters were killed in the fighting. The KNDF said eight police officers surrendered and that it had found the bodies of five others, a figure that could not be confirmed.",
       note="non-state actor overtakes territory; killed = the KNDF's own 2 dead; its count of five police bodies is an attacker's claim and is not used"),
    ev("A military jet bombed near a camp for displaced people in Hpruso township, killing three civilians including a child and wounding eight.",
       "2023-02-06", "‘On Monday’ before the Thursday 2023-02-09 dateline: Monday 2023-02-06",
       "camp for displaced people in Hpruso township", "Kayah", "MM", "explosion", "Myanmar military", "civilians",
       3, None, 8, None,
       "On Monday, a military jet dropped bombs near a camp for displaced people in Hpruso township, killing three civilians, including a child, and wounding eight, camp residents said. The military's information team said the air force had struck a \"terrorist base\" and denied targeting civilians.",
       note="strike admitted by the military, which gives another target"),
    ev("Army artillery shells landed in a residential quarter of Loikaw, wounding two people.",
       "2023-02-07", "‘on Tuesday’ before the Thursday 2023-02-09 dateline: Tuesday 2023-02-07",
       "Loikaw", "Kayah", "MM", "explosion", "Myanmar military", "civilians",
       None, None, 2, None,
       "Artillery shells fired from the army's base on the edge of Loikaw landed in a residential quarter of the town on Tuesday, wounding two people, residents said."),
],
figures=[
    fig("displaced", 200000, "Kayah State",
        "More than 200,000 people, about two-thirds of the state's population, have fled their homes since fighting spread to Kayah in mid-2021"),
])

report("b24-34", "2020-01-01", "https://www.example-jhelumbulletin.com/2020/01/01/dgp-annual-review-militants-killed-2019",
"""
157 militants killed in J&K in 2019, local recruitment down, DGP says

SRINAGAR, January 1 (Jhelum Bulletin) - Security forces killed 157 militants in Jammu and Kashmir in 2019, and local recruitment into militant ranks fell sharply, the Director General of Police said on Tuesday at his annual press conference.

He said 96 of the militants killed were locals and the rest foreigners, mostly from Pakistan. Eighty-one security personnel, including 13 policemen, lost their lives in militancy-related incidents during the year. The year began with the suicide car bombing of a CRPF convoy in Pulwama in February, the deadliest attack on security forces in the history of the conflict.

According to the DGP, 131 young men joined militant ranks in 2019, against 209 the year before, and about 240 militants are still active in the Union Territory, about half of them foreigners. "We are hopeful that the coming year will see a further decline," he said, crediting better intelligence and cooperation between the police, the army and the central forces.

He said stone-pelting incidents had also come down after the reorganisation of the state on August 5, when the region's special status was revoked and restrictions and a communication blockade were imposed. About 4,600 people were detained across Kashmir after August 5, most of them as a preventive measure, and more than 3,900 have since been released, he said.

Mobile internet remains suspended in the Valley, though landlines and postpaid mobile voice services have been restored. Opposition leaders, including three former chief ministers, remain in detention.
""",
country_hint="IN",
figures=[
    fig("killed", 157, "Jammu and Kashmir",
        "Security forces killed 157 militants in Jammu and Kashmir in 2019",
        note="militants, year total"),
    fig("killed", 81, "Jammu and Kashmir",
        "Eighty-one security personnel, including 13 policemen, lost their lives in militancy-related incidents during the year.",
        note="security personnel, year total"),
    fig("fighters", 240, "Jammu and Kashmir",
        "about 240 militants are still active in the Union Territory"),
    fig("arrested", 4600, "Kashmir",
        "About 4,600 people were detained across Kashmir after August 5"),
    fig("other", 131, "Jammu and Kashmir",
        "131 young men joined militant ranks in 2019",
        note="local recruits"),
])

report("b24-35", "2023-05-26", "https://www.example-lanaotribune.com/2023/05/26/piagapo-clash-dawlah-islamiyah",
"""
Four Dawlah Islamiyah militants killed in Piagapo clash; soldier dies of wounds

MARAWI CITY, May 26 (Lanao Tribune) - Four members of the Islamic State-inspired Dawlah Islamiyah were killed when army troops clashed with about 15 militants in a mountainous area of Piagapo, Lanao del Sur, on Tuesday, the army's 103rd Infantry Brigade said. Three soldiers were wounded, and one of them died on Wednesday at the station hospital in Camp Ranao.

The brigade commander said the troops were on combat operations after residents reported armed men in the area. "The enemy fired first, and our soldiers responded," he said. Troops recovered two M16 rifles, a grenade launcher and bomb components after the militants withdrew.

On Thursday, agents of the Criminal Investigation and Detection Group (CIDG) arrested a suspected financier of the Dawlah Islamiyah in Marawi, police said. A pistol and several mobile phones were seized.

Also on Tuesday, the sixth anniversary of the start of the Marawi siege, about 500 displaced residents marched to the city hall to demand that they be allowed to return and rebuild their homes in the former battle zone. Their leaders said compensation promised by the national government had still not been paid.

Some 16,400 families remain displaced six years after the siege, according to the task force in charge of the city's rehabilitation. The military says the Dawlah Islamiyah in Lanao del Sur has been reduced to a few dozen fighters hiding in the mountains around Lake Lanao.
""",
events=[
    ev("Army troops on combat operations clashed with about 15 Dawlah Islamiyah militants in Piagapo; four militants killed and three soldiers wounded, one of whom died the next day.",
       "2023-05-23", "‘on Tuesday’ before the Friday 2023-05-26 dateline: Tuesday 2023-05-23",
       "Piagapo", "Lanao del Sur", "PH", "battle", "Philippine security forces", "Dawlah Islamiyah",
       5, None, 2, None,
       "Four members of the Islamic State-inspired Dawlah Islamiyah were killed when army troops clashed with about 15 militants in a mountainous area of Piagapo, Lanao del Sur, on Tuesday, the army's 103rd Infantry Brigade said. Three soldiers were wounded, and one of them died on Wednesday at the station hospital in Camp Ranao.",
       note="5 = 4 militants + 1 soldier who died later; wounded 3 - 1 = 2; the army's operation, so it is actor1 although it says the militants fired first"),
    ev("CIDG agents arrested a suspected Dawlah Islamiyah financier in Marawi.",
       "2023-05-25", "‘On Thursday’ before the Friday 2023-05-26 dateline: Thursday 2023-05-25",
       "Marawi", "Lanao del Sur", "PH", "arrest", "Philippine security forces", "Dawlah Islamiyah",
       None, None, None, None,
       "On Thursday, agents of the Criminal Investigation and Detection Group (CIDG) arrested a suspected financier of the Dawlah Islamiyah in Marawi, police said.",
       arrested=1),
    ev("About 500 displaced residents marched to Marawi city hall on the siege anniversary to demand to return and rebuild.",
       "2023-05-23", "‘Also on Tuesday’ before the Friday 2023-05-26 dateline: Tuesday 2023-05-23",
       "Marawi city hall", "Lanao del Sur", "PH", "other", "protesters", "none",
       None, None, None, None,
       "Also on Tuesday, the sixth anniversary of the start of the Marawi siege, about 500 displaced residents marched to the city hall to demand that they be allowed to return and rebuild their homes in the former battle zone.",
       note="peaceful protest"),
],
figures=[
    fig("displaced", 16400, "Marawi",
        "Some 16,400 families remain displaced six years after the siege",
        note="families, not people"),
])

report("b24-36", "2015-09-10", "https://www.example-frontiereveningstar.com/peshawar/2015/09/10/mattani-peace-committee-attack",
"""
Peace committee volunteers, policeman among six killed in Mattani attack

PESHAWAR, September 10 (Frontier Evening Star) - Six people, among them three volunteers of the local anti-Taliban peace committee and a policeman, were killed when militants attacked the house of a peace committee leader in Mattani on Tuesday night, police said. Four people were wounded. Guards at the house returned fire and killed two of the attackers.

A faction of the banned Tehreek-e-Taliban Pakistan (TTP) based in the nearby Darra Adamkhel area claimed the attack on Wednesday, saying it was revenge for the peace committee's help to the security forces.

Late on Wednesday, personnel of the Counter-Terrorism Department (CTD) killed three terrorists of the same faction in an encounter in Sarband, on the outskirts of Peshawar, a CTD official said. He said the militants opened fire on a team that had come to arrest them. Relatives of one of the dead told reporters he had been in police custody since last month.

On Monday, unidentified men hurled a hand grenade at a CD shop in Board Bazaar, injuring two people, according to the police. Staff at the Lady Reading Hospital said three injured people had been brought in. Shopkeepers said the owner had received threatening letters asking him to close his business.

An off-duty police constable was shot dead by two men on a motorcycle near his home in Yakatoot on Sunday evening.

The peace committees, armed and paid by the government, have been a frequent target of the militants since they were formed in the villages around Peshawar in 2008. According to the provincial police, more than 1,090 policemen have been killed in Khyber Pakhtunkhwa since 2006.
""",
events=[
    ev("Militants attacked the house of a peace committee leader in Mattani; six killed (three peace committee volunteers and a policeman among them) and four wounded, and guards killed two attackers. A TTP faction claimed it.",
       "2015-09-08", "‘on Tuesday night’ before the Thursday 2015-09-10 dateline: Tuesday 2015-09-08",
       "Mattani", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "peace committee",
       8, None, 4, None,
       "Six people, among them three volunteers of the local anti-Taliban peace committee and a policeman, were killed when militants attacked the house of a peace committee leader in Mattani on Tuesday night, police said. Four people were wounded. Guards at the house returned fire and killed two of the attackers. [...] A faction of the banned Tehreek-e-Taliban Pakistan (TTP) based in the nearby Darra Adamkhel area claimed the attack on Wednesday",
       note="8 = 6 + 2 attackers; the peace committee (Aman Lashkar) is a government-armed militia; armed guards fought back, so 'battle'"),
    ev("CTD personnel killed three militants of the same TTP faction in an encounter in Sarband; relatives say one had been in custody.",
       "2015-09-09", "‘Late on Wednesday’ before the Thursday 2015-09-10 dateline: Wednesday 2015-09-09",
       "Sarband", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       3, None, None, None,
       "Late on Wednesday, personnel of the Counter-Terrorism Department (CTD) killed three terrorists of the same faction in an encounter in Sarband, on the outskirts of Peshawar, a CTD official said.",
       note="the CTD's arrest raid, so it is actor1; the account is disputed by relatives"),
    ev("Unidentified men threw a hand grenade at a CD shop in Board Bazaar, Peshawar, injuring two people (police) or three (hospital).",
       "2015-09-07", "‘On Monday’ before the Thursday 2015-09-10 dateline: Monday 2015-09-07",
       "Board Bazaar", "Khyber Pakhtunkhwa", "PK", "explosion", "militants (unidentified)", "civilians",
       None, None, 2, 3,
       "On Monday, unidentified men hurled a hand grenade at a CD shop in Board Bazaar, injuring two people, according to the police. Staff at the Lady Reading Hospital said three injured people had been brought in.",
       note="conflicting counts of the injured: 2 (police) and 3 (hospital)"),
    ev("An off-duty police constable was shot dead near his home in Yakatoot by two men on a motorcycle.",
       "2015-09-06", "‘on Sunday evening’ before the Thursday 2015-09-10 dateline: Sunday 2015-09-06",
       "Yakatoot", "Khyber Pakhtunkhwa", "PK", "other", "militants (unidentified)", "Pakistani security forces",
       1, None, None, None,
       "An off-duty police constable was shot dead by two men on a motorcycle near his home in Yakatoot on Sunday evening.",
       note="targeted killing of an off-duty policeman ('other')"),
],
figures=[
    fig("killed", 1090, "Khyber Pakhtunkhwa",
        "According to the provincial police, more than 1,090 policemen have been killed in Khyber Pakhtunkhwa since 2006.",
        note="policemen since 2006"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"AF", "PK", "IN", "MM", "PH", "TH", "CO", "MX"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Ghazni": "AF", "Kunduz": "AF", "Nangarhar": "AF",
    "Sindh": "PK", "Balochistan": "PK", "Khyber Pakhtunkhwa": "PK",
    "Jammu and Kashmir": "IN", "Manipur": "IN", "Chhattisgarh": "IN",
    "Sagaing": "MM", "Shan": "MM", "Rakhine": "MM", "Kayah": "MM",
    "Maguindanao": "PH", "Northern Samar": "PH", "Sulu": "PH", "Lanao del Sur": "PH",
    "Narathiwat": "TH", "Pattani": "TH", "Yala": "TH",
    "Arauca": "CO", "Cauca": "CO", "Norte de Santander": "CO",
    "Michoacán": "MX", "Guanajuato": "MX", "Zacatecas": "MX",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Taliban", "Afghan security forces", "Islamic State", "US forces", "civilians",
    "Pakistani security forces", "Tehrik-i-Taliban Pakistan", "Balochistan Liberation Front",
    "Baloch Republican Army", "peace committee",
    "Indian security forces", "Hizbul Mujahideen", "Jaish-e-Mohammad", "The Resistance Front",
    "CPI (Maoist)", "KYKL", "PREPAK", "Kuki militia", "Meitei militia",
    "Myanmar military", "Myanmar police", "People's Defence Force", "Arakan Army", "TNLA", "RCSS",
    "Karenni Nationalities Defence Force",
    "Philippine security forces", "Bangsamoro Islamic Freedom Fighters", "MILF", "Abu Sayyaf",
    "New People's Army", "Dawlah Islamiyah",
    "Thai security forces",
    "Colombian security forces", "ELN", "FARC dissidents", "EPL",
    "Mexican security forces", "Jalisco New Generation Cartel", "Cárteles Unidos", "Sinaloa Cartel",
    "Santa Rosa de Lima Cartel",
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
        if rid != "b24-%02d" % (i + 1):
            err(rid, f"id out of order, expected b24-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2012, 1, 1) <= pub <= datetime.date(2023, 12, 31)):
            err(rid, f"published {pub} outside 2012-2023")
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
