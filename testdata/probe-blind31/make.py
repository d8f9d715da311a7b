#!/usr/bin/env python3
"""probe-blind31: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: Afghanistan and Pakistan 2008-2021 (Taliban offensives on district centres and checkpoints,
suicide bombings in Kabul, Kandahar, Peshawar and Quetta, US drone strikes in North Waziristan,
Afghan forces' and NDS raids, TTP and Lashkar-e-Jhangvi attacks, Baloch insurgents), Kashmir
(encounters, grenade attacks, shelling on the Line of Control) and India's Maoist belt
(Chhattisgarh, Jharkhand, Odisha, Maharashtra), as wire copy, local dailies, army and ministry
statements, monitors and armed groups' claims tell them.

Every text is invented. Places and armed groups are real; incidents, tolls, quotes and outlets are not.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, length, dateline, text, events=(), figures=(), country_hint=None):
    """length: short (60-110 words), ordinary (200-380), long (600-850).
    dateline: full ("CITY, Month D (Outlet) - "), abbr ("CITY, Oct 3 (Outlet) - "),
    dayfirst ("CITY, 3 October (Outlet) - "), nodate ("CITY: "), none (no dateline)."""
    r = {"id": id, "published": published, "url": url, "length": length, "dateline": dateline,
         "text": text.strip("\n"), "events": list(events), "figures": list(figures)}
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
# b31-01 .. b31-06
# ---------------------------------------------------------------------------

report("b31-01", "2015-09-29", "https://www.example-hindukushwire.com/afghanistan/2015/09/29/taliban-overrun-kunduz",
"ordinary", "full",
"""
Taliban overrun Kunduz in their biggest victory since 2001

KABUL, September 29 (Hindu Kush Wire) - Taliban fighters held most of the northern city of Kunduz on Tuesday, a day after they overran the provincial capital in a dawn assault from three directions, freed hundreds of inmates from its prison and hoisted their white flag over the central square.

The fall of Kunduz, the first provincial capital to be taken by the insurgents since their government was toppled in 2001, left the governor's staff and several hundred soldiers and police holed up at the airport on the city's southern edge.

At least 16 people were killed and more than 190 wounded were brought to the city's hospitals by Tuesday morning, a public health ministry spokesman said, most of them civilians caught in the crossfire. The Taliban said in a statement that their fighters had killed "scores of puppet soldiers", a figure that could not be checked.

A US military spokesman in Kabul said American aircraft had carried out an air strike on the outskirts of Kunduz overnight "to eliminate a threat to the force", without giving details of casualties.

Reinforcements sent north from Baghlan province were slowed by ambushes and roadside bombs along the highway. In Baghlan itself, between three and five policemen were killed late on Monday when insurgents attacked two checkpoints in the Dand-e-Ghori area, provincial officials said.

Officials put the attacking force at about 1,000 fighters, many of them from outside the province. The Taliban had twice pushed into the city's outskirts earlier this year, in April and again in June, before being driven back.

The UN refugee agency said at least 6,000 people had fled Kunduz since Monday, most of them towards Takhar and Badakhshan provinces, and that aid workers had been forced to leave the city.

"We will take back every street," the acting interior minister told reporters in Kabul, adding that special forces units were on their way.
""",
events=[
    ev("Taliban fighters overran the provincial capital Kunduz, freeing prisoners and raising their flag; at least 16 people were killed and more than 190 wounded.",
       "2015-09-28", "‘a day after they overran the provincial capital’ on the Tuesday 2015-09-29 dateline: Monday 2015-09-28",
       "Kunduz", "Kunduz", "AF", "territory_gain", "Taliban", "Afghan security forces",
       16, None, 190, None,
       "Taliban fighters held most of the northern city of Kunduz on Tuesday, a day after they overran the provincial capital in a dawn assault from three directions, freed hundreds of inmates from its prison and hoisted their white flag over the central square. [...] At least 16 people were killed and more than 190 wounded were brought to the city's hospitals by Tuesday morning, a public health ministry spokesman said, most of them civilians caught in the crossfire.",
       note="the Taliban's 'scores of puppet soldiers' is their own claim and not used"),
    ev("American aircraft carried out an air strike on the outskirts of Kunduz; no casualty figures.",
       "2015-09-28", "‘overnight’ before the Tuesday 2015-09-29 dateline: the night of Monday 2015-09-28",
       "outskirts of Kunduz", "Kunduz", "AF", "explosion", "US forces", "Taliban",
       None, None, None, None,
       "A US military spokesman in Kabul said American aircraft had carried out an air strike on the outskirts of Kunduz overnight \"to eliminate a threat to the force\", without giving details of casualties.",
       note="target not named; the Taliban assault on the city is implied"),
    ev("Insurgents attacked two police checkpoints in the Dand-e-Ghori area of Baghlan, killing between three and five policemen.",
       "2015-09-28", "‘late on Monday’ before the Tuesday 2015-09-29 dateline: Monday 2015-09-28",
       "Dand-e-Ghori", "Baghlan", "AF", "battle", "militants (unidentified)", "Afghan security forces",
       3, 5, None, None,
       "In Baghlan itself, between three and five policemen were killed late on Monday when insurgents attacked two checkpoints in the Dand-e-Ghori area, provincial officials said.",
       note="a stated range: killed 3, killed_high 5"),
],
figures=[
    fig("fighters", 1000, "Kunduz",
        "Officials put the attacking force at about 1,000 fighters, many of them from outside the province."),
    fig("displaced", 6000, "Kunduz",
        "The UN refugee agency said at least 6,000 people had fled Kunduz since Monday"),
])

report("b31-02", "2011-10-14", "https://www.example-frontierpostwire.com/pakistan/2011/10/14/drone-strike-dande-darpa-khel",
"short", "abbr",
"""
US drone strike kills suspected militants in North Waziristan

MIRANSHAH, Pakistan, Oct 14 (Frontier Post Wire) - A US drone fired two missiles at a house in the Dande Darpa Khel area of North Waziristan on Thursday, killing four suspected militants, two Pakistani intelligence officials said. A resident who attended the funerals said three men had died, all of them from the village. The officials, speaking on condition of anonymity, said the house was used by fighters of the Haqqani network. Journalists cannot enter the tribal region and the toll could not be verified. It was the fourth drone strike in North Waziristan this month.
""",
events=[
    ev("A US drone fired two missiles at a house in Dande Darpa Khel; intelligence officials said four suspected militants were killed, a resident said three.",
       "2011-10-13", "‘on Thursday’ before the Friday 2011-10-14 dateline: Thursday 2011-10-13",
       "Dande Darpa Khel", "Khyber Pakhtunkhwa", "PK", "explosion", "US forces", "Haqqani network",
       3, 4, None, None,
       "A US drone fired two missiles at a house in the Dande Darpa Khel area of North Waziristan on Thursday, killing four suspected militants, two Pakistani intelligence officials said. A resident who attended the funerals said three men had died, all of them from the village.",
       note="conflicting tolls: resident 3, officials 4; victims' affiliation per the officials only"),
],
figures=[
    fig("other", 4, "North Waziristan",
        "It was the fourth drone strike in North Waziristan this month.", note="drone strikes this month"),
])

report("b31-03", "2018-11-06", "https://www.example-valleyherald.com/kashmir/2018/11/06/shopian-safanagri-gunfight-youth-killed",
"ordinary", "nodate",
"""
Two militants, soldier killed in Shopian gunfight; youth dies in clashes

SRINAGAR: Two militants and a soldier were killed in a gunfight in south Kashmir's Shopian district on Monday, police said, while a youth died and at least 12 people were injured when security forces fired on stone-pelters near the encounter site.

A joint team of the Army's 34 Rashtriya Rifles, the police's Special Operations Group and the CRPF had laid a cordon around Safanagri village before dawn on a tip-off about the presence of militants, a police spokesman said. As the forces closed in on a house, the militants hiding inside opened fire, triggering the encounter.

Two soldiers were injured in the initial exchange and shifted to the Army's 92 Base Hospital in Srinagar, where one of them succumbed in the evening, a defence spokesman said. The bodies of the two militants, both locals and, according to police, members of the Hizbul Mujahideen, were recovered from the debris of the house, which was destroyed in the operation.

As news of the encounter spread, groups of youths marched towards the site and pelted stones at the forces, who fired pellets and tear gas. A 19-year-old from nearby Nadigam was hit in the chest and was declared brought dead at the district hospital, doctors said. Twelve others were treated for pellet and bullet injuries.

Late on Sunday, militants lobbed a grenade at a police party near the bus stand in Tral, Pulwama, but it exploded on the roadside, injuring five civilians, including a woman, police said. The area was cordoned off and searches were on till late evening.

Authorities suspended mobile internet in Shopian and Pulwama, and the University of Kashmir postponed examinations scheduled for Tuesday.

With Monday's deaths, at least 220 militants have been killed in Jammu and Kashmir this year, according to police figures, the highest toll in a decade.
""",
events=[
    ev("Security forces cordoned Safanagri village in Shopian; in the gunfight two Hizbul Mujahideen militants were killed and two soldiers injured, one of whom died later.",
       "2018-11-05", "‘on Monday’ before the page date Tuesday 2018-11-06 (no date in the dateline): Monday 2018-11-05",
       "Safanagri", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Hizbul Mujahideen",
       3, None, 1, None,
       "Two militants and a soldier were killed in a gunfight in south Kashmir's Shopian district on Monday, police said [...] A joint team of the Army's 34 Rashtriya Rifles, the police's Special Operations Group and the CRPF had laid a cordon around Safanagri village before dawn on a tip-off about the presence of militants, a police spokesman said. [...] Two soldiers were injured in the initial exchange and shifted to the Army's 92 Base Hospital in Srinagar, where one of them succumbed in the evening, a defence spokesman said. The bodies of the two militants, both locals and, according to police, members of the Hizbul Mujahideen, were recovered from the debris of the house, which was destroyed in the operation.",
       note="3 = 2 militants (bodies recovered) + 1 soldier who died of his wounds; wounded 2 - 1 = 1"),
    ev("Youths pelted stones at the forces near the encounter site; the forces fired pellets and tear gas, killing a 19-year-old and injuring 12.",
       "2018-11-05", "the same day as the Monday 2018-11-05 encounter (‘As news of the encounter spread’)",
       "Safanagri", "Jammu and Kashmir", "IN", "other", "protesters", "Indian security forces",
       1, None, 12, None,
       "As news of the encounter spread, groups of youths marched towards the site and pelted stones at the forces, who fired pellets and tear gas. A 19-year-old from nearby Nadigam was hit in the chest and was declared brought dead at the district hospital, doctors said. Twelve others were treated for pellet and bullet injuries.",
       note="riot (stone-pelting) met with pellets and gunfire"),
    ev("Militants lobbed a grenade at a police party near the Tral bus stand; it exploded on the roadside, injuring five civilians.",
       "2018-11-04", "‘Late on Sunday’ before the page date Tuesday 2018-11-06: Sunday 2018-11-04",
       "Tral", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       None, None, 5, None,
       "Late on Sunday, militants lobbed a grenade at a police party near the bus stand in Tral, Pulwama, but it exploded on the roadside, injuring five civilians, including a woman, police said."),
],
figures=[
    fig("killed", 220, "Jammu and Kashmir",
        "at least 220 militants have been killed in Jammu and Kashmir this year, according to police figures",
        note="militants killed this year"),
])

report("b31-04", "2017-02-18", "https://www.example-kabuleveningdispatch.com/news/2017/02/18/dasht-e-barchi-suicide-bomber",
"ordinary", "full",
"""
Suicide bomber strikes near west Kabul checkpoint; Islamic State claims attack

KABUL, February 18 (Kabul Evening Dispatch) - The explosion that tore through a crowded stretch of road in the Dasht-e-Barchi area of western Kabul on Friday afternoon, shattering shop windows for hundreds of metres and sending a column of smoke over the city's Shia neighbourhoods, was set off by a man on foot who had walked up to a police checkpoint wearing a vest packed with explosives and ball bearings, officials said.

At least seven people, two of them policemen, were killed and 18 wounded, an interior ministry spokesman said in a statement. Doctors at a hospital in the area said nine bodies had been brought in.

"I was buying bread when the ground shook," said a shopkeeper whose hands were bandaged. "People were lying in the road and nobody came for ten minutes."

In Logar province, south of the capital, a roadside bomb tore through a police pickup in Mohammad Agha district on Friday morning, killing two officers, the provincial governor's spokesman said. He blamed the Taliban, but a Taliban spokesman denied the group had been involved.

Separately, the National Directorate of Security said in a statement that its special forces had killed four Islamic State fighters and arrested two others in a raid on a house in Kabul's Police District 13 on Thursday night, seizing two suicide vests. The NDS did not release photographs and its account could not be checked.

Late on Friday, the Islamic State group's Amaq news agency said one of its fighters had carried out the Dasht-e-Barchi bombing, which it said targeted a gathering of Shia "rejectionists". The Taliban had earlier said they were not involved.

The United Nations said this month that more than 3,400 civilians were killed and nearly 7,900 wounded across Afghanistan in 2016, the highest toll since it began keeping count in 2009, and that attacks claimed by Islamic State had become a growing share of the dead.
""",
events=[
    ev("A suicide bomber on foot blew himself up at a police checkpoint in Dasht-e-Barchi, killing at least seven people (nine by a hospital's count) and wounding 18; Islamic State claimed it through Amaq.",
       "2017-02-17", "‘on Friday afternoon’ before the Saturday 2017-02-18 dateline: Friday 2017-02-17",
       "Dasht-e-Barchi", "Kabul", "AF", "explosion", "Islamic State", "civilians",
       7, 9, 18, None,
       "The explosion that tore through a crowded stretch of road in the Dasht-e-Barchi area of western Kabul on Friday afternoon, shattering shop windows for hundreds of metres and sending a column of smoke over the city's Shia neighbourhoods, was set off by a man on foot who had walked up to a police checkpoint wearing a vest packed with explosives and ball bearings, officials said. [...] At least seven people, two of them policemen, were killed and 18 wounded, an interior ministry spokesman said in a statement. Doctors at a hospital in the area said nine bodies had been brought in. [...] Late on Friday, the Islamic State group's Amaq news agency said one of its fighters had carried out the Dasht-e-Barchi bombing",
       note="conflicting tolls 7 (ministry) vs 9 (hospital); the doer is named only in the Amaq claim at the end; the bomber's death is not stated"),
    ev("A roadside bomb hit a police pickup in Mohammad Agha district, killing two officers; the governor's spokesman blamed the Taliban, who denied it.",
       "2017-02-17", "‘on Friday morning’ before the Saturday 2017-02-18 dateline: Friday 2017-02-17",
       "Mohammad Agha", "Logar", "AF", "explosion", "unknown", "Afghan security forces",
       2, None, None, None,
       "In Logar province, south of the capital, a roadside bomb tore through a police pickup in Mohammad Agha district on Friday morning, killing two officers, the provincial governor's spokesman said. He blamed the Taliban, but a Taliban spokesman denied the group had been involved.",
       note="blamed on the Taliban, denied: unknown"),
    ev("NDS special forces raided a house in Kabul's Police District 13, saying they killed four Islamic State fighters and arrested two.",
       "2017-02-16", "‘on Thursday night’ before the Saturday 2017-02-18 dateline: Thursday 2017-02-16",
       "Police District 13", "Kabul", "AF", "battle", "Afghan security forces", "Islamic State",
       None, None, None, None,
       "Separately, the National Directorate of Security said in a statement that its special forces had killed four Islamic State fighters and arrested two others in a raid on a house in Kabul's Police District 13 on Thursday night, seizing two suicide vests.",
       note="the NDS's own claim of four enemy dead, unverified, is not used as a toll; two arrested"),
],
figures=[
    fig("killed", 3400, "Afghanistan",
        "more than 3,400 civilians were killed and nearly 7,900 wounded across Afghanistan in 2016", note="civilians, 2016"),
    fig("wounded", 7900, "Afghanistan",
        "more than 3,400 civilians were killed and nearly 7,900 wounded across Afghanistan in 2016", note="civilians, 2016"),
])

report("b31-05", "2013-09-23", "https://www.example-balochistantribune.com/quetta/2013/09/23/hazara-van-bombing-sit-in",
"long", "full",
"""
Hazara families refuse to bury dead after Quetta van bombing

By our Staff Reporter

QUETTA, September 23 (Balochistan Tribune) - Hundreds of Hazara men, women and children sat beside eleven coffins on Alamdar Road on Monday, refusing to bury their relatives until the army takes over security in the city, a day after a bomb tore through a van carrying vegetable vendors on the outskirts of Quetta.

The bomb, which police said had been packed into a motorcycle parked at the roadside and was detonated by remote control as the van slowed for a speed breaker near the Hazarganji fruit and vegetable market shortly after 7am on Sunday, killed eight people on the spot and wounded 14. Three of the wounded died overnight at the Combined Military Hospital, raising the toll to 11, a hospital official said on Monday. All of the dead were Hazara traders who made the daily trip from Hazara Town to buy produce at the market.

Hours after the blast, a man who said he spoke for the banned Lashkar-e-Jhangvi telephoned journalists in Quetta to say the group had carried out the attack and would go on targeting the "Shia community". The group has claimed most of the attacks on Hazaras in the province in recent years.

"We have buried our people again and again, and every time they tell us the killers will be caught," said a community elder at the sit-in, wrapped in a black shawl against the morning chill. "This time we will sit here with our martyrs until someone listens." Organisers said the protest would continue until the chief minister came to meet them.

Police and Frontier Corps personnel guarded the roads leading to the sit-in, and shops in Hazara Town and Mehrabad remained closed. The protest was peaceful.

In the first response from the provincial government, a spokesman said the Frontier Corps had arrested six suspects in raids in Kharotabad and Killi Ismail on Sunday night and had recovered explosives and two motorcycles. He did not say whether any of the men were linked to the bombing.

The bombing was the deadliest attack on the community since the start of the year, when two bombings in January and February killed more than 200 people and brought tens of thousands onto the streets across Pakistan. After the February attack on a market in Hazara Town, families kept their dead unburied for four days until the federal government dismissed the provincial administration and imposed governor's rule.

Violence against the community has not stopped since. Last Tuesday, two men on a motorcycle shot dead a Hazara schoolteacher as he waited for a rickshaw on Jinnah Road in the city centre, and escaped, police said. Nobody has claimed that killing.

Community leaders say more than 1,000 Hazaras have been killed in Quetta since 2001, and that thousands of families have left for Karachi and Islamabad or tried to reach Australia by boat. About half a million Hazaras are thought to live in the city, most of them in the two enclaves of Hazara Town and Mehrabad at the foot of the hills, which are ringed by checkpoints and which many residents now leave only in groups.

The provincial home department says security forces arrested more than 1,400 suspects across Balochistan in the first eight months of the year, but few cases have reached the courts, and human rights activists say witnesses are too frightened to testify against members of sectarian groups.

"The same groups, the same roads, the same bombs," said a Hazara member of the provincial assembly, who asked why the van's route had not been protected after repeated threats. "The state knows who they are. The question is whether it wants to stop them."

A senior police officer, speaking on condition of anonymity, said the force had only a few hundred men trained for counter-terrorism work in a city of more than two million, and that the Frontier Corps, which is responsible for the outskirts, had been stretched by an insurgency in the province's south.

The Human Rights Commission of Pakistan said in a report last month that at least 400 Shias had been killed in sectarian attacks across Pakistan in 2012, about a quarter of them in Balochistan.

By late afternoon, the crowd on Alamdar Road had grown to several thousand, and a delegation of provincial ministers was expected to visit the sit-in in the evening.
""",
events=[
    ev("A remote-controlled bomb on a parked motorcycle hit a van carrying Hazara vegetable vendors near the Hazarganji market, killing eight at once; three of the 14 wounded died overnight (toll 11); Lashkar-e-Jhangvi claimed it by telephone.",
       "2013-09-22", "‘shortly after 7am on Sunday’ before the Monday 2013-09-23 dateline: Sunday 2013-09-22",
       "Hazarganji fruit and vegetable market", "Balochistan", "PK", "explosion", "Lashkar-e-Jhangvi", "civilians",
       11, None, 11, None,
       "The bomb, which police said had been packed into a motorcycle parked at the roadside and was detonated by remote control as the van slowed for a speed breaker near the Hazarganji fruit and vegetable market shortly after 7am on Sunday, killed eight people on the spot and wounded 14. Three of the wounded died overnight at the Combined Military Hospital, raising the toll to 11, a hospital official said on Monday. [...] Hours after the blast, a man who said he spoke for the banned Lashkar-e-Jhangvi telephoned journalists in Quetta to say the group had carried out the attack",
       note="11 = 8 + 3 wounded who died; wounded 14 - 3 = 11; responsibility by telephone claim"),
    ev("Hundreds of Hazaras staged a sit-in with eleven coffins on Alamdar Road, refusing to bury the dead until the army took over security.",
       "2013-09-23", "‘on Monday’, the day of the Monday 2013-09-23 dateline",
       "Alamdar Road", "Balochistan", "PK", "other", "protesters", "none",
       None, None, None, None,
       "Hundreds of Hazara men, women and children sat beside eleven coffins on Alamdar Road on Monday, refusing to bury their relatives until the army takes over security in the city",
       note="peaceful protest"),
    ev("The Frontier Corps arrested six suspects in raids in Kharotabad and Killi Ismail.",
       "2013-09-22", "‘on Sunday night’ before the Monday 2013-09-23 dateline: Sunday 2013-09-22",
       "Kharotabad and Killi Ismail", "Balochistan", "PK", "arrest", "Pakistani security forces", "unknown",
       None, None, None, None,
       "a spokesman said the Frontier Corps had arrested six suspects in raids in Kharotabad and Killi Ismail on Sunday night and had recovered explosives and two motorcycles",
       note="two places share one count", arrested=6),
    ev("Two men on a motorcycle shot dead a Hazara schoolteacher on Jinnah Road in Quetta.",
       "2013-09-17", "‘Last Tuesday’ before the Monday 2013-09-23 dateline: Tuesday 2013-09-17",
       "Jinnah Road", "Balochistan", "PK", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "Last Tuesday, two men on a motorcycle shot dead a Hazara schoolteacher as he waited for a rickshaw on Jinnah Road in the city centre, and escaped, police said. Nobody has claimed that killing."),
],
figures=[
    fig("killed", 200, "Quetta",
        "two bombings in January and February killed more than 200 people",
        note="two earlier bombings of 2013, background"),
    fig("killed", 1000, "Quetta",
        "Community leaders say more than 1,000 Hazaras have been killed in Quetta since 2001"),
    fig("other", 500000, "Quetta",
        "About half a million Hazaras are thought to live in the city", note="Hazara population"),
    fig("arrested", 1400, "Balochistan",
        "security forces arrested more than 1,400 suspects across Balochistan in the first eight months of the year"),
    fig("killed", 400, "Pakistan",
        "at least 400 Shias had been killed in sectarian attacks across Pakistan in 2012"),
])

report("b31-06", "2019-08-06", "https://www.example-centralindiachronicle.com/chhattisgarh/2019/08/06/sukma-kasalpad-ambush",
"ordinary", "dayfirst",
"""
Two CRPF jawans killed in Sukma ambush, Maoist dies in return fire

RAIPUR, 6 August (Central India Chronicle) - Two jawans of the CRPF's 74th battalion were killed and three injured when Maoists hiding on a forested hillock opened fire on a road-opening party near Kasalpad village in Sukma district on Monday morning, police said.

The patrol, which had left the Chintagufa camp at about 6.30am to secure a stretch of road under construction, returned fire, and the rebels retreated into the jungle after an exchange that lasted nearly 40 minutes, the Inspector General of Police for the Bastar range said. The body of a uniformed Maoist was found at the spot along with a muzzle-loading gun, he said.

The injured jawans were airlifted to Raipur, where their condition was stated to be stable.

In neighbouring Bijapur district, personnel of the District Reserve Guard (DRG) shot dead two Maoists in the Tarrem forests on Sunday, police said, recovering a 12-bore rifle and explosives. In a press note circulated on Monday, the Maoists' South Bastar divisional committee said the two were villagers from Pusnar who had gone into the forest to collect mahua, and called the encounter "fake".

Maoists also set fire to three vehicles and a concrete mixer engaged in road construction near Aranpur in Dantewada district on Saturday night. No one was hurt, police said.

The Bastar region has about 60,000 security personnel deployed against the rebels, and the state government says it plans to open 15 new camps deep in the forest this year. According to official figures, more than 1,100 security personnel have been killed in Maoist violence in the state since 2005.
""",
events=[
    ev("Maoists on a hillock opened fire on a CRPF road-opening party near Kasalpad, killing two jawans and injuring three; a Maoist was killed in return fire.",
       "2019-08-05", "‘on Monday morning’ before the Tuesday 2019-08-06 dateline: Monday 2019-08-05",
       "Kasalpad", "Chhattisgarh", "IN", "battle", "CPI (Maoist)", "Indian security forces",
       3, None, 3, None,
       "Two jawans of the CRPF's 74th battalion were killed and three injured when Maoists hiding on a forested hillock opened fire on a road-opening party near Kasalpad village in Sukma district on Monday morning, police said. [...] The body of a uniformed Maoist was found at the spot along with a muzzle-loading gun, he said.",
       note="3 = 2 jawans + 1 Maoist whose body was found"),
    ev("DRG personnel shot dead two Maoists in the Tarrem forests; the Maoists said the dead were villagers from Pusnar.",
       "2019-08-04", "‘on Sunday’ before the Tuesday 2019-08-06 dateline: Sunday 2019-08-04",
       "Tarrem", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       2, None, None, None,
       "In neighbouring Bijapur district, personnel of the District Reserve Guard (DRG) shot dead two Maoists in the Tarrem forests on Sunday, police said, recovering a 12-bore rifle and explosives. In a press note circulated on Monday, the Maoists' South Bastar divisional committee said the two were villagers from Pusnar who had gone into the forest to collect mahua, and called the encounter \"fake\".",
       note="who the dead were is disputed, not who killed them"),
    ev("Maoists set fire to three vehicles and a concrete mixer used in road construction near Aranpur; no one was hurt.",
       "2019-08-03", "‘on Saturday night’ before the Tuesday 2019-08-06 dateline: Saturday 2019-08-03",
       "Aranpur", "Chhattisgarh", "IN", "other", "CPI (Maoist)", "none",
       0, None, 0, None,
       "Maoists also set fire to three vehicles and a concrete mixer engaged in road construction near Aranpur in Dantewada district on Saturday night. No one was hurt, police said.",
       note="property destruction; explicit zeros"),
],
figures=[
    fig("fighters", 60000, "Bastar",
        "The Bastar region has about 60,000 security personnel deployed against the rebels", note="security personnel"),
    fig("other", 15, "Bastar",
        "the state government says it plans to open 15 new camps deep in the forest this year", note="planned security camps"),
    fig("killed", 1100, "Chhattisgarh",
        "more than 1,100 security personnel have been killed in Maoist violence in the state since 2005"),
])

# ---------------------------------------------------------------------------
# b31-07 .. b31-12
# ---------------------------------------------------------------------------

report("b31-07", "2020-06-23", "https://www.example-ariananewsfeed.com/security/2020/06/23/andar-checkpoints-taliban",
"short", "none",
"""
Taliban storm police checkpoints in Ghazni's Andar, six officers killed
Updated 23 Jun 2020, 10:41am

Six policemen were killed when Taliban fighters stormed two checkpoints in Ghazni's Andar district late on Monday, a member of the provincial council said on Tuesday. Two other policemen were wounded and one is missing, he said. A Taliban spokesman wrote on Twitter that 14 policemen had been killed and that the fighters had seized weapons and a Ranger pickup. The attack was the third on security posts in the district this month, and came as both sides traded accusations over delays in the prisoner exchange agreed in Doha in February.
""",
events=[
    ev("Taliban fighters stormed two police checkpoints in Andar district, killing six policemen and wounding two; the Taliban claimed 14 killed.",
       "2020-06-22", "‘late on Monday’ before the Tuesday 2020-06-23 page date (no dateline): Monday 2020-06-22",
       "Andar", "Ghazni", "AF", "battle", "Taliban", "Afghan security forces",
       6, None, 2, None,
       "Six policemen were killed when Taliban fighters stormed two checkpoints in Ghazni's Andar district late on Monday, a member of the provincial council said on Tuesday. Two other policemen were wounded and one is missing, he said. A Taliban spokesman wrote on Twitter that 14 policemen had been killed",
       note="the Taliban's claimed 14 is not used"),
],
figures=[
    fig("other", 3, "Andar",
        "The attack was the third on security posts in the district this month", note="attacks on posts this month"),
])

report("b31-08", "2014-11-29", "https://www.example-khybermail.com/peshawar/2014/11/29/kohat-road-suicide-bomber-police-van",
"ordinary", "full",
"""
Suicide bomber hits police van in Peshawar, six dead

PESHAWAR, November 29 (Khyber Mail) - A suicide bomber on a motorcycle rammed into a police van on Kohat Road in Peshawar on Friday evening, killing four policemen and a passer-by and wounding nine people, police said.

The van, which was bringing a police team back from a polio vaccination drive in the suburbs, was hit as it slowed near a fruit market, a superintendent of police told reporters at the scene. "The bomber was also killed. His legs were found about thirty feet away," he said. The bomb disposal squad said about eight kilograms of explosives had been used.

The wounded, among them three policemen and a child, were taken to Lady Reading Hospital, where two were said to be in critical condition.

In a separate attack on Thursday, two gunmen on a motorcycle shot dead a polio worker and wounded his colleague in the Tangi area of Charsadda district, police said. The two men had been going door to door with a vaccination team.

Police said late on Friday that they had detained three suspects during search operations in the Mashokhel and Sarband areas on the outskirts of the city, but gave no further details.

On Saturday, Jamaat-ul-Ahrar, a faction that broke away from the Tehreek-e-Taliban Pakistan in August, said in an emailed statement that it had carried out the Kohat Road bombing to avenge the military offensive in North Waziristan. The group also said it was behind a bombing at a checkpoint in the Mohmand tribal region earlier this month in which three soldiers were killed.

The Khyber Pakhtunkhwa police say more than 130 of their officers have been killed in the province this year, many of them while guarding vaccination teams. In December 2012, a senior provincial minister was killed by a suicide bomber at a party meeting in the old city.
""",
events=[
    ev("A suicide bomber on a motorcycle rammed a police van on Kohat Road, killing four policemen, a passer-by and himself and wounding nine; Jamaat-ul-Ahrar claimed it the next day.",
       "2014-11-28", "‘on Friday evening’ before the Saturday 2014-11-29 dateline: Friday 2014-11-28",
       "Kohat Road", "Khyber Pakhtunkhwa", "PK", "explosion", "Jamaat-ul-Ahrar", "Pakistani security forces",
       6, None, 9, None,
       "A suicide bomber on a motorcycle rammed into a police van on Kohat Road in Peshawar on Friday evening, killing four policemen and a passer-by and wounding nine people, police said. [...] \"The bomber was also killed. His legs were found about thirty feet away,\" he said. [...] On Saturday, Jamaat-ul-Ahrar, a faction that broke away from the Tehreek-e-Taliban Pakistan in August, said in an emailed statement that it had carried out the Kohat Road bombing",
       note="6 = 4 policemen + 1 passer-by + the bomber; the doer is named only in the claim told at the end"),
    ev("Two gunmen on a motorcycle shot dead a polio worker and wounded his colleague in the Tangi area of Charsadda.",
       "2014-11-27", "‘on Thursday’ before the Saturday 2014-11-29 dateline: Thursday 2014-11-27",
       "Tangi", "Khyber Pakhtunkhwa", "PK", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, 1, None,
       "In a separate attack on Thursday, two gunmen on a motorcycle shot dead a polio worker and wounded his colleague in the Tangi area of Charsadda district, police said."),
    ev("Police detained three suspects in search operations in Mashokhel and Sarband on the outskirts of Peshawar.",
       None, "‘Police said late on Friday’ (Friday 2014-11-28) gives only the day of the statement; the day of the detentions is not stated",
       "Mashokhel and Sarband", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "unknown",
       None, None, None, None,
       "Police said late on Friday that they had detained three suspects during search operations in the Mashokhel and Sarband areas on the outskirts of the city, but gave no further details.",
       note="two places share one count", arrested=3),
    ev("Jamaat-ul-Ahrar said it was behind a bombing at a checkpoint in the Mohmand tribal region that killed three soldiers.",
       None, "‘earlier this month’: some day in November 2014 before the Saturday 2014-11-29 dateline",
       "Mohmand", "Khyber Pakhtunkhwa", "PK", "explosion", "Jamaat-ul-Ahrar", "Pakistani security forces",
       3, None, None, None,
       "The group also said it was behind a bombing at a checkpoint in the Mohmand tribal region earlier this month in which three soldiers were killed.",
       note="told only in the group's statement; no day and only the tribal region", optional=True),
],
figures=[
    fig("killed", 130, "Khyber Pakhtunkhwa",
        "The Khyber Pakhtunkhwa police say more than 130 of their officers have been killed in the province this year",
        note="police killed this year"),
])

report("b31-09", "2014-08-20", "https://www.example-dailyfrontierobserver.com/bannu/2014/08/20/north-waziristan-displaced-two-months",
"ordinary", "none",
"""
Two months on, North Waziristan's displaced wait in Bannu's heat

Long queues formed again this week outside the food distribution point at the sports complex in Bannu, as families who fled the military offensive in North Waziristan waited for flour, cooking oil and the cash grants the government has promised but only partly paid.

More than 990,000 people have registered as displaced since the army launched Operation Zarb-e-Azb on June 15, according to the FATA Disaster Management Authority, and about three-quarters of them are women and children. Fewer than 5,000 live in the tented camp at Baka Khel; the rest stay with relatives or in rented rooms in Bannu, Lakki Marwat and Dera Ismail Khan, where rents have tripled.

"We left with what we could carry on a tractor," said a farmer from Mir Ali who now shares two rooms with 23 relatives. "They tell us our houses are still standing. Nobody can go and see."

The military says it has killed more than 900 militants and lost 82 soldiers since the start of the operation, and that it now controls about 80 per cent of the tribal agency. Those figures cannot be verified because journalists are not allowed into the area. About 30,000 troops are taking part, a senior officer in Bannu said.

Tens of thousands more crossed the border into Afghanistan's Khost province, where the United Nations has counted about 13,000 families, many of them living in the open.

Officials say no one will be allowed to return before the end of the year. Polio workers, who were barred from North Waziristan by the Taliban for two years before the offensive, have vaccinated more than 350,000 children from the area since June.
""",
events=[],
figures=[
    fig("displaced", 990000, "North Waziristan",
        "More than 990,000 people have registered as displaced since the army launched Operation Zarb-e-Azb on June 15"),
    fig("other", 5000, "Baka Khel",
        "Fewer than 5,000 live in the tented camp at Baka Khel", note="displaced living in the camp"),
    fig("killed", 900, "North Waziristan",
        "The military says it has killed more than 900 militants", note="the military's claim of enemy dead since June 15"),
    fig("killed", 82, "North Waziristan",
        "lost 82 soldiers since the start of the operation", note="soldiers"),
    fig("other", 80, "North Waziristan",
        "it now controls about 80 per cent of the tribal agency", note="percent of the agency controlled, per the military"),
    fig("fighters", 30000, "North Waziristan",
        "About 30,000 troops are taking part, a senior officer in Bannu said."),
    fig("displaced", 13000, "Khost",
        "where the United Nations has counted about 13,000 families", note="families"),
    fig("other", 350000, "North Waziristan",
        "have vaccinated more than 350,000 children from the area since June", note="children vaccinated"),
],
country_hint="PK")

report("b31-10", "2019-12-03", "https://www.example-northernfrontiernews.com/jammu/2019/12/03/krishna-ghati-shelling-porter-killed",
"ordinary", "abbr",
"""
Porter killed, two soldiers hurt as Pakistan shells Poonch posts

JAMMU, Dec 3 (Northern Frontier News) - A civilian porter was killed and two soldiers were injured when Pakistani troops shelled forward posts along the Line of Control in the Krishna Ghati sector of Poonch district on Monday evening, a defence spokesman said. The Army "retaliated strongly and effectively", he said.

The porter, a father of three from a village below the ridge, was carrying rations up to a post when a mortar bomb landed a few metres from him. The injured soldiers were evacuated to the Command Hospital in Udhampur and are stable.

On Sunday, Pakistani troops had fired mortars and small arms at posts in the Shahpur and Kerni sectors, the spokesman said, and a 45-year-old woman was injured when a shell struck her house in Kerni's Qasba village. No one was hurt in Shahpur.

Across the LoC, Pakistan's military said a man was killed and three people, two of them children, were wounded on Sunday night by "unprovoked" Indian fire in the Nakyal sector of Kotli district. An Indian Army officer in Jammu dismissed the allegation as "baseless propaganda" and said troops had fired only at posts from which Indian positions were targeted.

Schools within five kilometres of the LoC in Poonch were ordered shut for two days, and residents of several border villages spent the night in community bunkers.

The Army says Pakistan has violated the 2003 ceasefire agreement more than 2,900 times this year, the highest number in over a decade. Islamabad, for its part, accuses India of more than 2,600 violations that it says have killed 43 civilians on its side in 2019.
""",
events=[
    ev("Pakistani troops shelled forward posts in the Krishna Ghati sector, killing a civilian porter and injuring two soldiers.",
       "2019-12-02", "‘on Monday evening’ before the Tuesday 2019-12-03 dateline: Monday 2019-12-02",
       "Krishna Ghati", "Jammu and Kashmir", "IN", "explosion", "Pakistani security forces", "Indian security forces",
       1, None, 2, None,
       "A civilian porter was killed and two soldiers were injured when Pakistani troops shelled forward posts along the Line of Control in the Krishna Ghati sector of Poonch district on Monday evening, a defence spokesman said."),
    ev("Pakistani troops fired mortars and small arms at posts in the Shahpur sector; no one was hurt.",
       "2019-12-01", "‘On Sunday’ before the Tuesday 2019-12-03 dateline: Sunday 2019-12-01",
       "Shahpur", "Jammu and Kashmir", "IN", "explosion", "Pakistani security forces", "Indian security forces",
       0, None, 0, None,
       "On Sunday, Pakistani troops had fired mortars and small arms at posts in the Shahpur and Kerni sectors, the spokesman said [...] No one was hurt in Shahpur.",
       note="one sentence, two sectors: split; explicit zeros"),
    ev("Pakistani shelling in the Kerni sector struck a house in Qasba village, injuring a woman.",
       "2019-12-01", "‘On Sunday’ before the Tuesday 2019-12-03 dateline: Sunday 2019-12-01",
       "Qasba, Kerni", "Jammu and Kashmir", "IN", "explosion", "Pakistani security forces", "civilians",
       None, None, 1, None,
       "On Sunday, Pakistani troops had fired mortars and small arms at posts in the Shahpur and Kerni sectors, the spokesman said, and a 45-year-old woman was injured when a shell struck her house in Kerni's Qasba village.",
       note="one sentence, two sectors: split"),
    ev("Pakistan's military said Indian fire killed a man and wounded three people in the Nakyal sector of Kotli; an Indian officer called it propaganda.",
       "2019-12-01", "‘on Sunday night’ before the Tuesday 2019-12-03 dateline: Sunday 2019-12-01",
       "Nakyal", "Azad Kashmir", "PK", "explosion", "unknown", "civilians",
       1, None, 3, None,
       "Across the LoC, Pakistan's military said a man was killed and three people, two of them children, were wounded on Sunday night by \"unprovoked\" Indian fire in the Nakyal sector of Kotli district. An Indian Army officer in Jammu dismissed the allegation as \"baseless propaganda\"",
       note="blamed on India by Pakistan, denied by India: unknown"),
],
figures=[
    fig("other", 2900, "Line of Control",
        "Pakistan has violated the 2003 ceasefire agreement more than 2,900 times this year",
        note="ceasefire violations this year, per the Indian Army"),
    fig("other", 2600, "Line of Control",
        "Islamabad, for its part, accuses India of more than 2,600 violations", note="violations alleged by Pakistan"),
    fig("killed", 43, "Pakistan-administered Kashmir",
        "that it says have killed 43 civilians on its side in 2019"),
])

report("b31-11", "2019-09-10", "https://www.example-pamirpress.com/badakhshan/2019/09/10/yamgan-district-centre-falls",
"short", "abbr",
"""
Taliban seize Yamgan district centre in Badakhshan

FAIZABAD, Afghanistan, Sept 10 (Pamir Press Agency) - Taliban fighters captured the centre of Yamgan district in northeastern Badakhshan province on Monday after a two-day siege, forcing police and soldiers to pull back to a base nearby, a provincial council member said. He said 11 members of the security forces had been killed or wounded but gave no breakdown. The defence ministry said reinforcements were on their way and that air strikes had inflicted "heavy casualties" on the insurgents. Yamgan has changed hands several times since 2015.
""",
events=[
    ev("Taliban fighters captured the Yamgan district centre after a two-day siege; police and soldiers pulled back to a nearby base.",
       "2019-09-09", "‘on Monday’ before the Tuesday 2019-09-10 dateline: Monday 2019-09-09",
       "Yamgan", "Badakhshan", "AF", "territory_gain", "Taliban", "Afghan security forces",
       None, None, None, None,
       "Taliban fighters captured the centre of Yamgan district in northeastern Badakhshan province on Monday after a two-day siege, forcing police and soldiers to pull back to a base nearby, a provincial council member said. He said 11 members of the security forces had been killed or wounded but gave no breakdown.",
       note="'11 killed or wounded' cannot be split into killed and wounded: both null; the ministry's 'heavy casualties' is not a toll"),
],
figures=[])

report("b31-12", "2021-06-26", "https://www.example-afghanfrontierwire.com/kandahar/2021/06/26/khakrez-falls-arghandab-fighting",
"long", "full",
"""
Kandahar's districts fall one by one as Taliban close in on the city

By Our Correspondent
Updated June 26, 2021

KANDAHAR, June 26 (Afghan Frontier Wire) - The white flag of the Taliban was flying on Saturday over the district centre of Khakrez, an hour's drive north of Kandahar city, two days after the police who had held the compound for a month without resupply slipped away before dawn and the insurgents walked in unopposed.

Provincial officials said the loss of Khakrez on Thursday made it the fourth district of the province to fall since the beginning of May. The fighting has now reached the pomegranate orchards of Arghandab, on the city's northern edge, for the first time in a decade.

"If Arghandab goes, the city is open," said a member of the provincial council, who like most officials in Kandahar asked not to be named. "Everyone in the government knows it. Nobody in Kabul is listening."

Afghan special forces pushed back on Friday. The defence ministry said commandos backed by air strikes had cleared the Chahar Qulba area of Arghandab, which the Taliban had entered earlier in the week, and had killed 27 insurgents. A Taliban spokesman said the group's fighters had made a "tactical withdrawal" and had lost no one. Neither account could be verified.

The air war is also taking a toll on civilians. In Zhari district, west of the city, residents of Sangsar village said an air strike late on Wednesday had hit a house where two families were sleeping. A village elder said five civilians, three of them children, had been killed. Officials at Mirwais Regional Hospital said they had received four bodies and six wounded people from the village on Thursday morning. The defence ministry said the Afghan Air Force had struck a Taliban gathering in the area, killing 14 fighters, and that no civilians had been harmed.

The Taliban have answered with the weapon they used to break government lines in Helmand last year. On Tuesday, a suicide bomber drove a captured army Humvee packed with explosives into the perimeter wall of an army base in the Mushan area of Panjwai district, killing seven soldiers and wounding four, two officials in Kandahar said. A Taliban spokesman later claimed the attack and said "dozens" of soldiers had died.

In Maiwand, west of Zhari, tribal elders said the police at two outposts near Band-e-Timor had handed their posts to the Taliban this week in return for safe passage home, under a deal the elders had brokered. The provincial police chief's office did not respond to requests for comment.

Such deals have become common across the south as isolated garrisons run short of food and ammunition. Soldiers at a checkpoint on the road to Arghandab said they had not been paid for two months. "We eat bread and tea," one said. "The Taliban send messages to our phones every night telling us to go home."

Kandahar holds a particular place in the movement's history. It was the seat of the Taliban leader Mullah Omar in the 1990s, and the insurgency's heartland after 2001. Canadian-led NATO troops fought one of the war's largest battles in Panjwai in 2006, and tens of thousands of American soldiers poured into the districts around the city during the troop surge of 2010. In October 2018 the province's powerful police chief, General Abdul Raziq, was shot dead by one of his own guards inside the governor's compound, an attack the Taliban claimed.

Since the last American soldiers left the province, the burden has fallen on the army's 205th Corps and on a few hundred commandos flown in and out of the city's airport. Provincial council members say the Taliban now hold five of the province's 16 districts outright and contest most of the rest.

The United Nations humanitarian office said this week that more than 22,000 families had fled into Kandahar city from the surrounding districts since May, crowding into the houses of relatives and into schools that had been closed because of the pandemic.

Shopkeepers in the city's old bazaar said prices of flour and cooking oil had risen by a third in a month because of the fighting on the highways. "We have seen this before, and we know how it ends," said a cloth merchant in his sixties. "The only question is whether they come in with a fight or with a deal."

The United States has said that all of its remaining 2,500 troops will leave Afghanistan by September, and peace talks between the government and the Taliban in Doha have made no visible progress since the spring.
""",
events=[
    ev("The Taliban took the Khakrez district centre after its police garrison slipped away before dawn.",
       "2021-06-24", "‘the loss of Khakrez on Thursday’, and ‘two days after’ the Saturday 2021-06-26 dateline: Thursday 2021-06-24",
       "Khakrez", "Kandahar", "AF", "territory_gain", "Taliban", "Afghan security forces",
       None, None, None, None,
       "The white flag of the Taliban was flying on Saturday over the district centre of Khakrez, an hour's drive north of Kandahar city, two days after the police who had held the compound for a month without resupply slipped away before dawn and the insurgents walked in unopposed. [...] Provincial officials said the loss of Khakrez on Thursday made it the fourth district of the province to fall since the beginning of May."),
    ev("Afghan commandos backed by air strikes cleared the Chahar Qulba area of Arghandab, which the Taliban had entered earlier in the week.",
       "2021-06-25", "‘pushed back on Friday’ before the Saturday 2021-06-26 dateline: Friday 2021-06-25",
       "Chahar Qulba", "Kandahar", "AF", "territory_gain", "Afghan security forces", "Taliban",
       None, None, None, None,
       "Afghan special forces pushed back on Friday. The defence ministry said commandos backed by air strikes had cleared the Chahar Qulba area of Arghandab, which the Taliban had entered earlier in the week, and had killed 27 insurgents. A Taliban spokesman said the group's fighters had made a \"tactical withdrawal\" and had lost no one.",
       note="the ministry's 27 enemy dead and the Taliban's 'lost no one' are the two sides' claims, not a toll"),
    ev("An Afghan Air Force strike hit a house in Sangsar village; the hospital received four bodies and six wounded, villagers said five civilians were killed; the ministry said it killed 14 Taliban.",
       "2021-06-23", "‘late on Wednesday’ before the Saturday 2021-06-26 dateline: Wednesday 2021-06-23",
       "Sangsar", "Kandahar", "AF", "explosion", "Afghan security forces", "civilians",
       4, 5, 6, None,
       "In Zhari district, west of the city, residents of Sangsar village said an air strike late on Wednesday had hit a house where two families were sleeping. A village elder said five civilians, three of them children, had been killed. Officials at Mirwais Regional Hospital said they had received four bodies and six wounded people from the village on Thursday morning. The defence ministry said the Afghan Air Force had struck a Taliban gathering in the area, killing 14 fighters, and that no civilians had been harmed.",
       note="conflicting tolls 4 (hospital) vs 5 (elder); the ministry's 14 fighters is the striker's claim; the striker admits the strike"),
    ev("A Taliban suicide bomber drove a Humvee packed with explosives into the wall of an army base in Mushan, Panjwai, killing seven soldiers and wounding four.",
       "2021-06-22", "‘On Tuesday’ before the Saturday 2021-06-26 dateline: Tuesday 2021-06-22",
       "Mushan", "Kandahar", "AF", "explosion", "Taliban", "Afghan security forces",
       7, None, 4, None,
       "On Tuesday, a suicide bomber drove a captured army Humvee packed with explosives into the perimeter wall of an army base in the Mushan area of Panjwai district, killing seven soldiers and wounding four, two officials in Kandahar said. A Taliban spokesman later claimed the attack and said \"dozens\" of soldiers had died.",
       note="doer named in the claim told afterwards; the claimed 'dozens' is not used; the bomber's death is not stated"),
    ev("Police at two outposts near Band-e-Timor in Maiwand handed their posts to the Taliban for safe passage under a deal brokered by elders.",
       None, "‘this week’ before the Saturday 2021-06-26 dateline: no day given",
       "Band-e-Timor", "Kandahar", "AF", "territory_gain", "Taliban", "Afghan security forces",
       None, None, None, None,
       "In Maiwand, west of Zhari, tribal elders said the police at two outposts near Band-e-Timor had handed their posts to the Taliban this week in return for safe passage home, under a deal the elders had brokered.",
       note="non-violent transfer of territory"),
    ev("Taliban fighters entered the Chahar Qulba area of Arghandab before commandos cleared it on Friday.",
       None, "‘earlier in the week’ than the Friday 2021-06-25 operation: no day given",
       "Chahar Qulba", "Kandahar", "AF", "battle", "Taliban", "Afghan security forces",
       None, None, None, None,
       "The defence ministry said commandos backed by air strikes had cleared the Chahar Qulba area of Arghandab, which the Taliban had entered earlier in the week",
       note="an entry told only as the prelude to the clearing; no day", optional=True),
],
figures=[
    fig("other", 4, "Kandahar",
        "the fourth district of the province to fall since the beginning of May", note="districts fallen since May"),
    fig("other", 5, "Kandahar",
        "Provincial council members say the Taliban now hold five of the province's 16 districts outright",
        note="districts held by the Taliban"),
    fig("displaced", 22000, "Kandahar city",
        "more than 22,000 families had fled into Kandahar city from the surrounding districts since May", note="families"),
    fig("fighters", 2500, "Afghanistan",
        "all of its remaining 2,500 troops will leave Afghanistan by September", note="US troops"),
])

# ---------------------------------------------------------------------------
# b31-13 .. b31-18
# ---------------------------------------------------------------------------

report("b31-13", "2020-02-13", "https://www.example-makrantimes.com/balochistan/2020/02/13/buleda-fc-post-attack",
"ordinary", "nodate",
"""
Four FC soldiers martyred in attack on Buleda post

Our Correspondent
Updated February 13, 2020

TURBAT: Four Frontier Corps soldiers were martyred when militants attacked a security post in the Buleda area of Kech district late on Tuesday night, the Inter-Services Public Relations (ISPR) said on Wednesday.

The attackers, who came from several directions and used rocket-propelled grenades and automatic weapons, were repulsed after an exchange of fire that lasted more than an hour, the military's media wing said in a statement. It said three "terrorists" were also killed and others fled with their injured, and that a search operation was under way. No bodies of attackers were shown to reporters.

The banned Balochistan Liberation Front (BLF) claimed responsibility in a statement sent to journalists, saying its fighters had killed 12 soldiers and captured weapons. The claim could not be verified.

A day before the Buleda attack, five people, among them a shopkeeper and two labourers, were injured when unidentified men on a motorcycle hurled a hand grenade into a shop in Turbat's main bazaar. No group claimed the attack, and police said they were looking into whether it was linked to an extortion demand.

Separately, Levies personnel found the bullet-riddled bodies of two men in a dry riverbed in the Pidarak area on Wednesday. Officials said the men, who have not been identified, appeared to have been killed several days earlier.

Kech, which borders Iran, has been one of the centres of the Baloch insurgency since it revived in the mid-2000s. The provincial home department recorded 110 attacks on security forces in Balochistan last year, and the Frontier Corps has more than 50,000 personnel deployed in the province, according to official figures.
""",
events=[
    ev("Militants attacked an FC post in Buleda with rockets and automatic weapons, killing four soldiers; the BLF claimed responsibility and 12 dead, the ISPR said three attackers were killed.",
       "2020-02-11", "‘late on Tuesday night’ before the Thursday 2020-02-13 page date (no date in the dateline): Tuesday 2020-02-11",
       "Buleda", "Balochistan", "PK", "battle", "Balochistan Liberation Front", "Pakistani security forces",
       4, None, None, None,
       "Four Frontier Corps soldiers were martyred when militants attacked a security post in the Buleda area of Kech district late on Tuesday night, the Inter-Services Public Relations (ISPR) said on Wednesday. [...] It said three \"terrorists\" were also killed and others fled with their injured, and that a search operation was under way. No bodies of attackers were shown to reporters. [...] The banned Balochistan Liberation Front (BLF) claimed responsibility in a statement sent to journalists, saying its fighters had killed 12 soldiers and captured weapons.",
       note="4 = the army's own losses; the ISPR's three attackers killed and the BLF's 12 soldiers are each side's claim of enemy dead, not used"),
    ev("Unidentified men on a motorcycle hurled a grenade into a shop in Turbat's main bazaar, injuring five people.",
       "2020-02-10", "‘A day before the Buleda attack’ of Tuesday 2020-02-11: Monday 2020-02-10",
       "Turbat main bazaar", "Balochistan", "PK", "explosion", "militants (unidentified)", "civilians",
       None, None, 5, None,
       "A day before the Buleda attack, five people, among them a shopkeeper and two labourers, were injured when unidentified men on a motorcycle hurled a hand grenade into a shop in Turbat's main bazaar."),
    ev("Levies found the bullet-riddled bodies of two unidentified men in a dry riverbed in Pidarak.",
       None, "bodies found ‘on Wednesday’ (Wednesday 2020-02-12), killed ‘several days earlier’: day of the killing unknown",
       "Pidarak", "Balochistan", "PK", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "Separately, Levies personnel found the bullet-riddled bodies of two men in a dry riverbed in the Pidarak area on Wednesday. Officials said the men, who have not been identified, appeared to have been killed several days earlier."),
],
figures=[
    fig("other", 110, "Balochistan",
        "The provincial home department recorded 110 attacks on security forces in Balochistan last year",
        note="attacks on security forces in 2019"),
    fig("fighters", 50000, "Balochistan",
        "the Frontier Corps has more than 50,000 personnel deployed in the province"),
])

report("b31-14", "2019-07-30", "https://www.example-kabulreview.com/reports/2019/07/30/unama-midyear-civilian-casualties",
"ordinary", "none",
"""
Afghan and US forces killed more civilians than insurgents in first half of 2019, UN says

Afghan government forces and their international allies killed more civilians than the Taliban and other insurgent groups in the first six months of the year, the United Nations said on Tuesday, the second quarter in a row in which pro-government forces were the leading cause of civilian deaths.

The UN Assistance Mission in Afghanistan (UNAMA) documented 1,290 civilian deaths and 2,430 injuries between January 1 and June 30, a decline of 27 per cent from the same period last year that it attributed mainly to fewer suicide bombings in cities.

Pro-government forces were responsible for 690 of the deaths, the mission said, and insurgents for 520, while the rest could not be attributed to either side or were caused by crossfire. Air strikes, most of them by international forces, killed 350 civilians, 150 of them children.

"Every side is failing to take the precautions the law requires," the head of the mission's human rights team told reporters in Kabul. "Behind every number is a family that has lost a mother, a father or a child."

The US military said it was reviewing the report and that it takes every allegation seriously. A Taliban spokesman rejected the figures, saying the UN had counted "the victims of the occupiers' bombs" too lightly.

Ground engagements caused about a third of all casualties, and improvised explosive devices a further 28 per cent. Women and children made up more than 40 per cent of the dead and wounded.

The report comes as US and Taliban negotiators meet in Doha for an eighth round of talks. The deadliest single attack of the war, the truck bomb that exploded near the German embassy in Kabul in May 2017, killed more than 150 people.
""",
events=[],
figures=[
    fig("killed", 1290, "Afghanistan",
        "documented 1,290 civilian deaths and 2,430 injuries between January 1 and June 30", note="civilians, first half of 2019"),
    fig("wounded", 2430, "Afghanistan",
        "documented 1,290 civilian deaths and 2,430 injuries between January 1 and June 30", note="civilians, first half of 2019"),
    fig("other", 27, "Afghanistan",
        "a decline of 27 per cent from the same period last year", note="percent decline in casualties"),
    fig("killed", 690, "Afghanistan",
        "Pro-government forces were responsible for 690 of the deaths", note="civilians killed by pro-government forces"),
    fig("killed", 520, "Afghanistan",
        "and insurgents for 520", note="civilians killed by insurgents"),
    fig("killed", 350, "Afghanistan",
        "Air strikes, most of them by international forces, killed 350 civilians, 150 of them children.", note="by air strikes"),
],
country_hint="AF")

report("b31-15", "2016-05-17", "https://www.example-jharkhandtoday.com/latehar/2016/05/17/maoists-blow-up-mobile-tower-balumath",
"short", "none",
"""
Maoists blow up mobile tower in Latehar, no one hurt

A group of about 25 armed Maoists blew up a mobile phone tower near Balumath in Jharkhand's Latehar district on Monday night, police said, adding that no one was hurt. The rebels tied up the tower's guard, set off explosives at its base and left posters calling for a boycott of the panchayat elections. A day earlier, police arrested two members of the People's Liberation Front of India (PLFI), a Maoist splinter group, in the Murhu area of Khunti district and recovered a country-made pistol and cartridges, officials said.
""",
events=[
    ev("About 25 armed Maoists tied up the guard and blew up a mobile phone tower near Balumath; no one was hurt.",
       "2016-05-16", "‘on Monday night’ before the Tuesday 2016-05-17 page date (no dateline): Monday 2016-05-16",
       "Balumath", "Jharkhand", "IN", "other", "CPI (Maoist)", "none",
       0, None, 0, None,
       "A group of about 25 armed Maoists blew up a mobile phone tower near Balumath in Jharkhand's Latehar district on Monday night, police said, adding that no one was hurt.",
       note="property destruction; explicit zeros"),
    ev("Police arrested two PLFI members in the Murhu area of Khunti and recovered a pistol.",
       "2016-05-15", "‘A day earlier’ than the Monday 2016-05-16 tower blast: Sunday 2016-05-15",
       "Murhu", "Jharkhand", "IN", "arrest", "Indian security forces", "PLFI",
       None, None, None, None,
       "A day earlier, police arrested two members of the People's Liberation Front of India (PLFI), a Maoist splinter group, in the Murhu area of Khunti district and recovered a country-made pistol and cartridges, officials said.",
       arrested=2),
],
figures=[])

report("b31-16", "2013-03-21", "https://www.example-indusdailywire.com/karachi/2013/03/21/shia-doctor-shot-gulshan-grenade-ancholi",
"ordinary", "abbr",
"""
Shia doctor shot dead in Karachi, grenade hurled at imambargah

KARACHI, Mar 21 (Indus Daily Wire) - A Shia doctor was shot dead outside his clinic in Gulshan-e-Iqbal on Wednesday morning, police said, the latest in a wave of sectarian killings that has gripped Pakistan's largest city.

Two men on a motorcycle opened fire on the 52-year-old physician as he stepped out of his car, hitting him in the head and chest, and sped off towards University Road, witnesses said. He died on the way to hospital. Police said the killing bore the hallmarks of the banned Lashkar-e-Jhangvi but that no group had claimed it and no arrests had been made.

Hours later, unidentified men hurled a hand grenade at an imambargah in Ancholi as worshippers were leaving after evening prayers, wounding two people, one of them a teenage boy, police said. Shia organisations announced three days of mourning and called for the army to be deployed in the city.

On Tuesday night, personnel of the Pakistan Rangers raided a house in Orangi Town and arrested four suspected members of Lashkar-e-Jhangvi, among them a man wanted in several sectarian killings, a Rangers spokesman said. He said weapons, hand grenades and a list of potential targets were recovered.

Doctors at the city's main hospitals staged a token strike on Thursday morning. "We treat everyone who comes through the door," said a surgeon at a private hospital. "Now we are the targets."

The Human Rights Commission of Pakistan says more than 2,200 people were killed in violence in Karachi last year. At least 30 Shias, among them doctors, lawyers and teachers, have been killed in targeted attacks in the city since January, according to Shia community groups.
""",
events=[
    ev("Two men on a motorcycle shot dead a Shia doctor outside his clinic in Gulshan-e-Iqbal; no claim, police saw Lashkar-e-Jhangvi's hallmarks.",
       "2013-03-20", "‘on Wednesday morning’ before the Thursday 2013-03-21 dateline: Wednesday 2013-03-20",
       "Gulshan-e-Iqbal", "Sindh", "PK", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "A Shia doctor was shot dead outside his clinic in Gulshan-e-Iqbal on Wednesday morning, police said [...] Two men on a motorcycle opened fire on the 52-year-old physician as he stepped out of his car, hitting him in the head and chest, and sped off towards University Road, witnesses said. He died on the way to hospital. Police said the killing bore the hallmarks of the banned Lashkar-e-Jhangvi but that no group had claimed it and no arrests had been made.",
       note="'hallmarks' of Lashkar-e-Jhangvi is a suspicion, not a statement of fact"),
    ev("Unidentified men hurled a hand grenade at an imambargah in Ancholi, wounding two people.",
       "2013-03-20", "‘Hours later’ than the Wednesday 2013-03-20 morning shooting, after evening prayers: Wednesday 2013-03-20",
       "Ancholi", "Sindh", "PK", "explosion", "militants (unidentified)", "civilians",
       None, None, 2, None,
       "Hours later, unidentified men hurled a hand grenade at an imambargah in Ancholi as worshippers were leaving after evening prayers, wounding two people, one of them a teenage boy, police said."),
    ev("Rangers raided a house in Orangi Town and arrested four suspected Lashkar-e-Jhangvi members.",
       "2013-03-19", "‘On Tuesday night’ before the Thursday 2013-03-21 dateline: Tuesday 2013-03-19",
       "Orangi Town", "Sindh", "PK", "arrest", "Pakistani security forces", "Lashkar-e-Jhangvi",
       None, None, None, None,
       "On Tuesday night, personnel of the Pakistan Rangers raided a house in Orangi Town and arrested four suspected members of Lashkar-e-Jhangvi, among them a man wanted in several sectarian killings, a Rangers spokesman said.",
       arrested=4),
],
figures=[
    fig("killed", 2200, "Karachi",
        "more than 2,200 people were killed in violence in Karachi last year"),
    fig("killed", 30, "Karachi",
        "At least 30 Shias, among them doctors, lawyers and teachers, have been killed in targeted attacks in the city since January"),
])

report("b31-17", "2017-09-15", "https://www.example-kashmirmonitor-daily.com/pulwama/2017/09/15/tral-nazneenpora-gunfight-jaish",
"long", "none",
"""
Three militants, soldier killed in Tral gunfight; two protesters die

By Special Correspondent

Three militants, among them a Pakistani commander of the Jaish-e-Mohammed, and a soldier were killed in a day-long gunfight in the Nazneenpora area of Tral in Pulwama district on Thursday, police said, while two civilians died after security forces fired on protesters who tried to reach the encounter site.

The operation began before dawn on Thursday, when a joint team of the Army's 42 Rashtriya Rifles, the CRPF and the police's Special Operations Group cordoned off a cluster of houses on a specific input about the presence of militants. The militants, who were holed up in a two-storey house at the edge of an apple orchard, opened fire as the forces asked the family living on the ground floor to come out, a police officer said.

Three soldiers were injured in the first exchange. One of them, a sepoy from Rajasthan, was airlifted to the Army's 92 Base Hospital in Srinagar, where he succumbed to his injuries in the afternoon, a defence spokesman said. The other two are out of danger.

The firing stopped at dusk, and the bodies of the three militants were recovered from the charred remains of the house along with three rifles. Police identified one of them as a Pakistani national who had led the Jaish-e-Mohammed's operations in south Kashmir for more than a year; the other two were local youths from Tral and Awantipora who had joined the outfit last summer.

"It was a clean operation. There was no collateral damage to civilian property apart from the house in which the militants were hiding," the Inspector General of Police, Kashmir, told reporters in Srinagar.

Residents saw it differently. As the gunfight went on, hundreds of people from the surrounding villages marched towards Nazneenpora chanting slogans, and some threw stones at the forces in what police described as an attempt to help the trapped militants escape. The forces fired tear gas, pellets and live rounds. A 22-year-old man from Lurgam was hit by a bullet in the neck and died on the spot. At least 15 others were injured, and one of them, a 16-year-old boy hit by pellets in the chest and abdomen, died at SMHS hospital in Srinagar early on Friday, doctors said.

"He went to see what was happening. He was a child," the boy's uncle said outside the hospital mortuary. "They fired at children from twenty metres."

Hours before the Tral operation began, militants opened fire on a police party near the main chowk in Sopore on Wednesday evening, killing a constable and injuring a passer-by. The Lashkar-e-Taiba claimed responsibility for that attack in a statement sent to a Srinagar-based news agency on Thursday.

Police also said on Thursday that they had arrested five "over-ground workers" who had provided shelter and transport to Jaish militants in the Awantipora area during the past week.

Mobile internet was suspended in Pulwama, Shopian and Kulgam districts, trains between Baramulla and Banihal were cancelled, and separatist leaders called for a shutdown across the valley on Friday to mourn the dead.

Thursday's encounter was part of what the Army calls Operation All Out, an intensified campaign of cordon-and-search operations in south Kashmir that began this spring. With the deaths, 153 militants have been killed in the state this year, according to police figures, compared with 150 in the whole of last year. Officials estimate that about 200 militants remain active in the valley, more than half of them in the four southern districts.

The campaign has revived memories of last summer, when the killing of Hizbul Mujahideen commander Burhan Wani in Kokernag in July 2016 set off months of protests in which more than 90 people were killed and more than 6,000 were injured by pellets, bullets and tear gas shells, hundreds of them in the eyes.

Security officials say the number of local young men joining militant groups has fallen this year, to about 90 by the police's count, but residents of Tral, Wani's home town, say funerals of militants still draw thousands of mourners, and that every encounter now brings crowds to the cordon.

"We are not afraid of the pellets any more," said a college student in Tral, who did not want his name used. "What else can they take from us?"
""",
events=[
    ev("Security forces cordoned a house in Nazneenpora, Tral; in the day-long gunfight three Jaish-e-Mohammed militants were killed and three soldiers injured, one of whom died.",
       "2017-09-14", "‘on Thursday’ (‘began before dawn on Thursday’) before the Friday 2017-09-15 page date (no dateline): Thursday 2017-09-14",
       "Nazneenpora", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Jaish-e-Mohammed",
       4, None, 2, None,
       "Three militants, among them a Pakistani commander of the Jaish-e-Mohammed, and a soldier were killed in a day-long gunfight in the Nazneenpora area of Tral in Pulwama district on Thursday, police said [...] Three soldiers were injured in the first exchange. One of them, a sepoy from Rajasthan, was airlifted to the Army's 92 Base Hospital in Srinagar, where he succumbed to his injuries in the afternoon, a defence spokesman said. The other two are out of danger. [...] the bodies of the three militants were recovered from the charred remains of the house along with three rifles.",
       note="4 = 3 militants (bodies recovered) + 1 soldier who died of his wounds; wounded 3 - 1 = 2"),
    ev("Protesters marched towards the Nazneenpora encounter and threw stones; the forces fired tear gas, pellets and live rounds, killing a man at once and a boy who died the next morning; 14 others were injured.",
       "2017-09-14", "during the Thursday 2017-09-14 gunfight (‘As the gunfight went on’); the boy who died the next morning (Friday 2017-09-15) does not move the date",
       "Nazneenpora", "Jammu and Kashmir", "IN", "other", "protesters", "Indian security forces",
       2, None, 14, None,
       "As the gunfight went on, hundreds of people from the surrounding villages marched towards Nazneenpora chanting slogans, and some threw stones at the forces in what police described as an attempt to help the trapped militants escape. The forces fired tear gas, pellets and live rounds. A 22-year-old man from Lurgam was hit by a bullet in the neck and died on the spot. At least 15 others were injured, and one of them, a 16-year-old boy hit by pellets in the chest and abdomen, died at SMHS hospital in Srinagar early on Friday, doctors said.",
       note="riot met with live fire; 2 = 1 + 1 wounded who died; wounded 15 - 1 = 14"),
    ev("Militants fired on a police party near the main chowk in Sopore, killing a constable and injuring a passer-by; Lashkar-e-Taiba claimed it the next day.",
       "2017-09-13", "‘on Wednesday evening’ before the Friday 2017-09-15 page date: Wednesday 2017-09-13",
       "Sopore", "Jammu and Kashmir", "IN", "battle", "Lashkar-e-Taiba", "Indian security forces",
       1, None, 1, None,
       "Hours before the Tral operation began, militants opened fire on a police party near the main chowk in Sopore on Wednesday evening, killing a constable and injuring a passer-by. The Lashkar-e-Taiba claimed responsibility for that attack in a statement sent to a Srinagar-based news agency on Thursday.",
       note="doer named in the claim of the following day"),
    ev("Police arrested five 'over-ground workers' who sheltered Jaish militants in the Awantipora area.",
       None, "‘during the past week’, told ‘on Thursday’ (Thursday 2017-09-14): no day given",
       "Awantipora", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Jaish-e-Mohammed",
       None, None, None, None,
       "Police also said on Thursday that they had arrested five \"over-ground workers\" who had provided shelter and transport to Jaish militants in the Awantipora area during the past week.",
       note="detentions over a week, no day", arrested=5, optional=True),
],
figures=[
    fig("killed", 153, "Jammu and Kashmir",
        "153 militants have been killed in the state this year, according to police figures", note="militants killed in 2017"),
    fig("killed", 150, "Jammu and Kashmir",
        "compared with 150 in the whole of last year", note="militants killed in 2016"),
    fig("fighters", 200, "Kashmir valley",
        "Officials estimate that about 200 militants remain active in the valley"),
    fig("killed", 90, "Kashmir",
        "months of protests in which more than 90 people were killed", note="2016 unrest, background"),
    fig("wounded", 6000, "Kashmir",
        "more than 6,000 were injured by pellets, bullets and tear gas shells", note="2016 unrest, background"),
    fig("other", 90, "Kashmir",
        "the number of local young men joining militant groups has fallen this year, to about 90 by the police's count",
        note="local recruits this year"),
])

report("b31-18", "2016-10-12", "https://www.example-hindukushwire.com/afghanistan/2016/10/12/lashkar-gah-bolan-nawa-falls",
"long", "full",
"""
Taliban push into Lashkar Gah's edge as Nawa district falls

LASHKAR GAH, October 12 (Hindu Kush Wire) - Taliban fighters pushed into the Bolan area on the southern edge of Lashkar Gah on Monday, reaching within two kilometres of the governor's compound before army commandos drove them back, and on Tuesday they overran the centre of Nawa district, leaving the capital of Helmand province nearly encircled, officials said on Wednesday.

Five policemen were killed and 11 wounded in Monday's fighting in Bolan, the provincial police spokesman said. Residents said the insurgents had moved through the mud-walled compounds south of the Helmand river during the night, and that by morning they had set up firing positions in a school and a mosque.

"We heard their loudspeakers telling people to stay indoors," said a shopkeeper who fled to the city centre with his family on Monday afternoon. "Then the helicopters came."

In Nawa, south of the city, the district police chief and about 60 men withdrew on Tuesday after running out of ammunition, a provincial council member said. He said at least eight policemen had been killed in the final assault on the district compound. The interior ministry put the number at three and said the withdrawal was "tactical".

A suicide car bomber had struck a police checkpoint in the Chah-e-Anjir area on the city's western approach on Sunday, killing three policemen, officials said. The Taliban said one of their fighters had carried out the bombing.

A spokesman for the NATO-led mission in Kabul said US aircraft had conducted "several" strikes around Lashkar Gah on Monday and Tuesday in support of Afghan forces, without saying where or with what result.

The Emergency surgical hospital in the city, run by an Italian charity, said it had admitted 46 wounded since Sunday, most of them civilians, among them 14 children.

The UN humanitarian office said more than 5,000 families had fled into the city from Nawa, Nad Ali and Chah-e-Anjir in the past week, and that many were sleeping in mosques and in the open. Flour prices in the bazaar have doubled since the highway to Kandahar was closed by fighting.

Lashkar Gah has been under pressure since the summer. In August, Taliban fighters came within a kilometre of the city before US air strikes and commandos flown in from Kabul drove them back, and the Taliban have held most of the surrounding districts since the British and US Marines ended their combat mission in Helmand in 2014. Tens of thousands of foreign troops fought in the province from 2006, including in the 2010 offensive on Marjah, a few kilometres west of the city.

Officials estimate that some 2,000 Taliban fighters have massed around the city, many of them from the Red Unit, a force the movement has equipped with night-vision goggles and captured army vehicles. Afghan forces in the province number about 8,000 on paper, but a provincial council member said fewer than half were present for duty.

"The soldiers fight well when they have bullets and food," said a police commander in Bolan, whose men had gone without resupply for four days before Monday's attack. "Most days we have neither."

The governor said on Wednesday that reinforcements had arrived by air and that the city was "completely safe". He blamed the loss of Nawa on "weak leadership" and said the district would be retaken within days.

Helmand produces most of Afghanistan's opium, and officials say the Taliban's push is meant in part to secure control of the trade before the spring harvest. The United Nations estimates that the province accounted for about 80,000 hectares of poppy last year.

In the city's bazaar on Wednesday, some shops reopened and traffic police were back at the main roundabout. But the road south towards Nawa was empty, and families were still arriving from Bolan on foot and in rickshaws, carrying blankets and plastic jerrycans.

"We left the cows, the harvest, everything," said a farmer from Bolan. "Who will pay for it when we go back?"
""",
events=[
    ev("Taliban fighters pushed into the Bolan area on Lashkar Gah's southern edge, reaching within two kilometres of the governor's compound before commandos drove them back; five policemen were killed and 11 wounded.",
       "2016-10-10", "‘on Monday’ before the Wednesday 2016-10-12 dateline: Monday 2016-10-10",
       "Bolan", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       5, None, 11, None,
       "Taliban fighters pushed into the Bolan area on the southern edge of Lashkar Gah on Monday, reaching within two kilometres of the governor's compound before army commandos drove them back [...] Five policemen were killed and 11 wounded in Monday's fighting in Bolan, the provincial police spokesman said.",
       note="an advance that reached the city without taking it: battle"),
    ev("The Taliban overran the Nawa district centre after the police ran out of ammunition and withdrew; a council member said eight policemen were killed, the interior ministry three.",
       "2016-10-11", "‘on Tuesday they overran the centre of Nawa district’, before the Wednesday 2016-10-12 dateline: Tuesday 2016-10-11",
       "Nawa", "Helmand", "AF", "territory_gain", "Taliban", "Afghan security forces",
       3, 8, None, None,
       "and on Tuesday they overran the centre of Nawa district, leaving the capital of Helmand province nearly encircled, officials said on Wednesday. [...] In Nawa, south of the city, the district police chief and about 60 men withdrew on Tuesday after running out of ammunition, a provincial council member said. He said at least eight policemen had been killed in the final assault on the district compound. The interior ministry put the number at three and said the withdrawal was \"tactical\".",
       note="conflicting tolls: ministry 3, council member 8"),
    ev("A Taliban suicide car bomber struck a police checkpoint in the Chah-e-Anjir area, killing three policemen.",
       "2016-10-09", "‘on Sunday’ before the Wednesday 2016-10-12 dateline: Sunday 2016-10-09",
       "Chah-e-Anjir", "Helmand", "AF", "explosion", "Taliban", "Afghan security forces",
       3, None, None, None,
       "A suicide car bomber had struck a police checkpoint in the Chah-e-Anjir area on the city's western approach on Sunday, killing three policemen, officials said. The Taliban said one of their fighters had carried out the bombing.",
       note="the bomber's death is not stated; doer named in the Taliban's claim"),
    ev("US aircraft conducted several strikes around Lashkar Gah in support of Afghan forces.",
       None, "‘on Monday and Tuesday’ (Monday 2016-10-10 and Tuesday 2016-10-11): strikes over two days, not one",
       "around Lashkar Gah", "Helmand", "AF", "explosion", "US forces", "Taliban",
       None, None, None, None,
       "A spokesman for the NATO-led mission in Kabul said US aircraft had conducted \"several\" strikes around Lashkar Gah on Monday and Tuesday in support of Afghan forces, without saying where or with what result.",
       note="no place and two days: vague", optional=True),
],
figures=[
    fig("wounded", 46, "Lashkar Gah",
        "it had admitted 46 wounded since Sunday, most of them civilians, among them 14 children", note="admitted to the Emergency hospital since Sunday"),
    fig("displaced", 5000, "Lashkar Gah",
        "more than 5,000 families had fled into the city from Nawa, Nad Ali and Chah-e-Anjir in the past week", note="families"),
    fig("fighters", 2000, "Lashkar Gah",
        "Officials estimate that some 2,000 Taliban fighters have massed around the city"),
    fig("fighters", 8000, "Helmand",
        "Afghan forces in the province number about 8,000 on paper"),
    fig("other", 80000, "Helmand",
        "the province accounted for about 80,000 hectares of poppy last year", note="hectares of poppy"),
])

# ---------------------------------------------------------------------------
# b31-19 .. b31-24
# ---------------------------------------------------------------------------

report("b31-19", "2012-05-08", "https://www.example-tribalareasnews.com/kurram/2012/05/08/sadda-landmine-children",
"short", "nodate",
"""
Three children killed by landmine in Kurram

PARACHINAR: Three children were killed and a fourth was wounded when a landmine they had picked up while grazing goats exploded in the Sadda area of Lower Kurram on Monday, officials said. The children, aged between eight and 12, were cousins. An official of the political administration said the device appeared to be left over from fighting between militants and security forces in the area. Separately, a bomb disposal squad defused two roadside bombs on the Thall-Parachinar road near Baggan on Monday, he said.
""",
events=[
    ev("A landmine picked up by children grazing goats exploded in Sadda, killing three children and wounding a fourth.",
       "2012-05-07", "‘on Monday’ before the Tuesday 2012-05-08 page date (no date in the dateline): Monday 2012-05-07",
       "Sadda", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "civilians",
       3, None, 1, None,
       "Three children were killed and a fourth was wounded when a landmine they had picked up while grazing goats exploded in the Sadda area of Lower Kurram on Monday, officials said.",
       note="a left-over device; nobody laid it in this report's telling"),
    ev("A bomb disposal squad defused two roadside bombs on the Thall-Parachinar road near Baggan.",
       "2012-05-07", "‘on Monday’ before the Tuesday 2012-05-08 page date: Monday 2012-05-07",
       "Baggan", "Khyber Pakhtunkhwa", "PK", "other", "Pakistani security forces", "none",
       None, None, None, None,
       "Separately, a bomb disposal squad defused two roadside bombs on the Thall-Parachinar road near Baggan on Monday, he said.",
       note="disrupted weapons use"),
],
figures=[])

report("b31-20", "2018-06-26", "https://www.example-odishaherald.com/malkangiri/2018/06/26/maoists-kill-villager-jodamba-informer",
"ordinary", "nodate",
"""
Maoists kill villager as 'police informer' in Malkangiri; two rebels shot in Kandhamal

MALKANGIRI: Maoists abducted a 35-year-old tribal man from his home in Jodamba panchayat of Malkangiri district on Sunday night and killed him, leaving his body on a forest road with a handwritten poster that accused him of being a police informer, police said on Tuesday.

His family said about ten armed rebels came to the house after dinner, tied his hands and led him away. His body, with the throat slit, was found by villagers on Monday morning near the road to Chitrakonda. "He sold vegetables at the weekly haat. He had nothing to do with the police," his brother said.

The Jodamba area, across the Balimela reservoir from the rest of the district, has seen a sharp rise in security operations in recent months, and the Maoists have responded by targeting villagers they suspect of passing information to the forces.

A day after the killing, personnel of the Special Operation Group (SOG) and the District Voluntary Force (DVF) shot dead two Maoists in an exchange of fire in the forests near Baliguda in Kandhamal district, a senior police officer said. The bodies of a man and a woman in uniform were recovered along with an INSAS rifle and a country-made gun, he said.

In Koraput district, police arrested three members of the Maoists' militia from Narayanpatna on Monday and recovered detonators and wire, officers said.

Malkangiri police say the Maoists have killed 14 villagers as suspected informers in the district since 2015. The district was the scene of one of the deadliest attacks on security forces in the region in 2008, when more than 35 commandos of Andhra Pradesh's Greyhounds were killed as their boat was ambushed on the reservoir. Odisha police say 26 Maoists have surrendered in the state so far this year.
""",
events=[
    ev("Maoists abducted a tribal man from his home in Jodamba and killed him as a suspected police informer, leaving his body with a poster.",
       "2018-06-24", "‘on Sunday night’ before the Tuesday 2018-06-26 page date (no date in the dateline): Sunday 2018-06-24; the body was found on Monday 2018-06-25",
       "Jodamba", "Odisha", "IN", "attack_on_civilians", "CPI (Maoist)", "civilians",
       1, None, None, None,
       "Maoists abducted a 35-year-old tribal man from his home in Jodamba panchayat of Malkangiri district on Sunday night and killed him, leaving his body on a forest road with a handwritten poster that accused him of being a police informer, police said on Tuesday.",
       note="abduction and killing; the killing is the event"),
    ev("SOG and DVF personnel shot dead two Maoists, a man and a woman, in the forests near Baliguda.",
       "2018-06-25", "‘A day after the killing’ of Sunday 2018-06-24: Monday 2018-06-25",
       "Baliguda", "Odisha", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       2, None, None, None,
       "A day after the killing, personnel of the Special Operation Group (SOG) and the District Voluntary Force (DVF) shot dead two Maoists in an exchange of fire in the forests near Baliguda in Kandhamal district, a senior police officer said. The bodies of a man and a woman in uniform were recovered"),
    ev("Police arrested three Maoist militia members from Narayanpatna and recovered detonators.",
       "2018-06-25", "‘on Monday’ before the Tuesday 2018-06-26 page date: Monday 2018-06-25",
       "Narayanpatna", "Odisha", "IN", "arrest", "Indian security forces", "CPI (Maoist)",
       None, None, None, None,
       "In Koraput district, police arrested three members of the Maoists' militia from Narayanpatna on Monday and recovered detonators and wire, officers said.",
       arrested=3),
],
figures=[
    fig("killed", 14, "Malkangiri",
        "the Maoists have killed 14 villagers as suspected informers in the district since 2015"),
    fig("other", 26, "Odisha",
        "Odisha police say 26 Maoists have surrendered in the state so far this year", note="surrenders this year"),
])

report("b31-21", "2019-01-21", "https://www.example-valleyherald.com/kashmir/2019/01/21/2018-deadliest-year-decade-figures",
"ordinary", "none",
"""
2018 was Kashmir's deadliest year in a decade, official figures show

Security forces killed 250 militants in Jammu and Kashmir in 2018, the highest number since 2008, while 86 security personnel and 37 civilians lost their lives in militancy-related violence, according to figures compiled by the state police and released on Monday.

The figures, presented at the annual press conference of the Director General of Police in Jammu, show that 191 local young men joined militant ranks during the year, up from 126 in 2017, with the largest numbers coming from Shopian, Pulwama and Kulgam districts.

"Recruitment remains our biggest worry," the police chief said. "Every boy who picks up a gun has a mother. We want them back, and the doors are open."

Police estimate that about 300 militants are active in the state, roughly a third of them from Pakistan. The Army says it foiled 140 infiltration bids along the Line of Control last year.

Stone-pelting incidents fell to about 760 from more than 1,400 the year before, the figures show, though officials acknowledged that crowds gathering near encounter sites had become a growing problem. Civilians killed near encounter sites are counted separately by rights groups, which put the number at more than 50 for the year.

The Jammu and Kashmir Coalition of Civil Society, a rights group based in Srinagar, said in its own annual review that 2018 saw 586 killings in all, the most since 2008, when protests over a transfer of land to the Amarnath shrine board left dozens dead.

Tourist arrivals in the valley fell by about a fifth, according to the tourism department, and the government ordered the closure of schools for more than 60 days during the year because of shutdowns and curfews.

The state has been under Governor's rule since June, when the coalition government collapsed. Assembly elections are expected later this year.
""",
events=[],
figures=[
    fig("killed", 250, "Jammu and Kashmir",
        "Security forces killed 250 militants in Jammu and Kashmir in 2018", note="militants, 2018"),
    fig("killed", 86, "Jammu and Kashmir",
        "86 security personnel and 37 civilians lost their lives in militancy-related violence", note="security personnel, 2018"),
    fig("killed", 37, "Jammu and Kashmir",
        "86 security personnel and 37 civilians lost their lives in militancy-related violence", note="civilians, 2018"),
    fig("other", 191, "Jammu and Kashmir",
        "191 local young men joined militant ranks during the year", note="local recruits in 2018"),
    fig("fighters", 300, "Jammu and Kashmir",
        "Police estimate that about 300 militants are active in the state"),
    fig("other", 140, "Line of Control",
        "The Army says it foiled 140 infiltration bids along the Line of Control last year", note="infiltration bids foiled"),
    fig("other", 760, "Jammu and Kashmir",
        "Stone-pelting incidents fell to about 760 from more than 1,400 the year before", note="stone-pelting incidents, 2018"),
    fig("killed", 50, "Jammu and Kashmir",
        "which put the number at more than 50 for the year", note="civilians killed near encounter sites, per rights groups"),
    fig("killed", 586, "Jammu and Kashmir",
        "2018 saw 586 killings in all", note="all killings, per a rights group"),
],
country_hint="IN")

report("b31-22", "2017-04-27", "https://www.example-spinghar-news.com/nangarhar/2017/04/27/achin-raid-us-soldiers-killed",
"ordinary", "dayfirst",
"""
Two US soldiers killed in raid on Islamic State in Achin

JALALABAD, 27 April (Spin Ghar News Agency) - Two American soldiers were killed and a third was wounded during a night raid by US and Afghan special forces on Islamic State fighters in the Mohmand valley of Achin district on Wednesday, the Pentagon said on Thursday.

The raid, which began at about 10pm and turned into a three-hour firefight, targeted a compound used by the group's leaders, a US military spokesman in Kabul said. He said the forces had killed "a number of" fighters, possibly including a senior commander, but gave no figure. Afghan officials said 35 militants had died.

The compound lies a few kilometres from the tunnel complex in the Asadkhel area of the same valley that was struck on April 13 by the largest non-nuclear bomb the US military has used in combat. Afghan officials said at the time that the bomb had killed 94 Islamic State fighters and no civilians. The US military has given no toll, and journalists were kept away from the site for days.

In Jalalabad, a magnetic bomb attached to a car exploded in Police District 4 on Tuesday morning, wounding three people, including a child, a spokesman for the provincial governor said. No one was killed and no group claimed the blast.

In Khogyani district, Taliban and Islamic State fighters clashed on Wednesday in the Wazir Tangi area, residents said, and dozens of families fled toward the district centre. There was no word on casualties.

US officials estimate that Islamic State's Khorasan branch has between 600 and 800 fighters left in Nangarhar, down from about 3,000 at its peak in 2015. The UN says more than 1,600 families have been displaced from Achin and neighbouring Kot since January.
""",
events=[
    ev("US and Afghan special forces raided an Islamic State compound in the Mohmand valley; two US soldiers were killed and one wounded in a three-hour firefight.",
       "2017-04-26", "‘on Wednesday’, raid beginning ‘at about 10pm’, before the Thursday 2017-04-27 dateline: Wednesday 2017-04-26",
       "Mohmand valley", "Nangarhar", "AF", "battle", "US forces", "Islamic State",
       2, None, 1, None,
       "Two American soldiers were killed and a third was wounded during a night raid by US and Afghan special forces on Islamic State fighters in the Mohmand valley of Achin district on Wednesday, the Pentagon said on Thursday. [...] He said the forces had killed \"a number of\" fighters, possibly including a senior commander, but gave no figure. Afghan officials said 35 militants had died.",
       note="2 = the US side's own losses; the 35 militants of the Afghan officials, whose forces took part, is the attackers' claim and not used"),
    ev("The US military dropped its largest non-nuclear bomb on an Islamic State tunnel complex in Asadkhel; Afghan officials claimed 94 fighters killed, the US gave no toll.",
       "2017-04-13", "‘on April 13’, two weeks before the Thursday 2017-04-27 dateline: Thursday 2017-04-13",
       "Asadkhel", "Nangarhar", "AF", "explosion", "US forces", "Islamic State",
       None, None, None, None,
       "The compound lies a few kilometres from the tunnel complex in the Asadkhel area of the same valley that was struck on April 13 by the largest non-nuclear bomb the US military has used in combat. Afghan officials said at the time that the bomb had killed 94 Islamic State fighters and no civilians. The US military has given no toll",
       note="recalled with its own date but inside the news window, so annotated; 94 is the allied Afghan claim, not used"),
    ev("A magnetic bomb attached to a car exploded in Jalalabad's Police District 4, wounding three people; no one was killed.",
       "2017-04-25", "‘on Tuesday morning’ before the Thursday 2017-04-27 dateline: Tuesday 2017-04-25",
       "Police District 4, Jalalabad", "Nangarhar", "AF", "explosion", "unknown", "civilians",
       0, None, 3, None,
       "In Jalalabad, a magnetic bomb attached to a car exploded in Police District 4 on Tuesday morning, wounding three people, including a child, a spokesman for the provincial governor said. No one was killed and no group claimed the blast.",
       note="explicit zero killed"),
    ev("Taliban and Islamic State fighters clashed in the Wazir Tangi area of Khogyani; families fled.",
       "2017-04-26", "‘on Wednesday’ before the Thursday 2017-04-27 dateline: Wednesday 2017-04-26",
       "Wazir Tangi", "Nangarhar", "AF", "battle", "Taliban", "Islamic State",
       None, None, None, None,
       "In Khogyani district, Taliban and Islamic State fighters clashed on Wednesday in the Wazir Tangi area, residents said, and dozens of families fled toward the district centre. There was no word on casualties."),
],
figures=[
    fig("fighters", 600, "Nangarhar",
        "Islamic State's Khorasan branch has between 600 and 800 fighters left in Nangarhar", note="600 to 800"),
    fig("fighters", 3000, "Nangarhar",
        "down from about 3,000 at its peak in 2015"),
    fig("displaced", 1600, "Achin and Kot",
        "more than 1,600 families have been displaced from Achin and neighbouring Kot since January", note="families"),
])

report("b31-23", "2012-06-14", "https://www.example-peshawarchronicle.com/peshawar/2012/06/14/adezai-lashkar-hujra-suicide-bombing",
"long", "nodate",
"""
Suicide bomber kills 14 at peace lashkar leader's hujra near Peshawar

By Bureau Report

PESHAWAR: A suicide bomber walked into a crowded hujra in Adezai village on the southern outskirts of the city on Wednesday evening and blew himself up among elders who had gathered to discuss the funeral of a member of the local anti-Taliban militia, killing 13 people and wounding 22, officials said on Thursday.

The bomber, who police said was in his late teens and wore a shawl over a vest packed with about six kilograms of explosives and ball bearings, had entered the guest house of the lashkar's leader by mingling with mourners arriving from nearby villages. The leader survived with shrapnel wounds, but two of his nephews were among the dead.

The blast initially killed 11 people and wounded 24. By Thursday afternoon the toll had risen to 13, after two of the wounded died at Lady Reading Hospital, a hospital spokesman said. The bomber's head and legs were recovered from the rubble, police said.

The wounded, several of them in critical condition, were shifted in private cars and pickups because the ambulances from the city took more than half an hour to arrive. "We carried them on doors and charpais," said a villager whose cousin was among the dead. "Nobody came for a long time."

Hours before the bombing, militants had fired four rockets at the Mattani police station from the hills to the west. The rockets landed in an open field behind the building and no one was hurt, police said.

A spokesman for the Tehreek-e-Taliban Pakistan telephoned reporters in Peshawar on Thursday morning to claim the bombing. He said the group would go on attacking "those who have taken up arms for the government" and named the lashkar's leader as its target.

The man whose funeral the elders had met to discuss had himself been killed on May 28, when gunmen on a motorcycle shot him dead as he left a mosque in Badaber. No one was arrested for that killing.

Police and Frontier Constabulary personnel launched a search operation in Mattani and Sheikhan early on Thursday and arrested 17 suspects, a senior police officer said. He said most of them were Afghan nationals who did not have valid papers, and that they were being questioned.

The Adezai lashkar was formed in 2008, when elders of the area raised a force of volunteers to keep Taliban fighters from the tribal regions out of their villages after a series of kidnappings. It has been attacked repeatedly since. In March last year, a suicide bomber killed more than 35 people at a funeral in the same village, in what remains the deadliest attack on the lashkar.

Lashkar leaders say more than 60 of their members have been killed since the force was formed, and that the provincial government has not paid the monthly stipends it promised to the families of those killed. The force has about 300 armed volunteers, most of them farmers who man checkposts on the roads leading to the tribal areas at night.

"The government gave us guns and then forgot us," said a lashkar commander who was at the hujra when the bomber struck and escaped unhurt. "The Taliban have not forgotten us."

The provincial information minister condemned the attack and announced compensation for the families of the dead. He said the government would review security for the leaders of peace committees across the province, many of whom have been killed in the past four years.

Human rights groups have criticised the government's reliance on tribal militias, saying they leave villagers exposed to reprisals while the state avoids responsibility. Security officials argue that the lashkars have kept militants away from Peshawar's southern approaches, through which suicide bombers once entered the city almost at will.

Funeral prayers for most of the dead were held in Adezai on Thursday afternoon under heavy guard. Shops in Mattani bazaar remained closed.
""",
events=[
    ev("A suicide bomber blew himself up among elders at the hujra of the Adezai peace lashkar's leader, killing 11 at once; two wounded died later (13) and the bomber also died; the TTP claimed it the next morning.",
       "2012-06-13", "‘on Wednesday evening’ before the Thursday 2012-06-14 page date (no date in the dateline): Wednesday 2012-06-13",
       "Adezai", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehrik-i-Taliban Pakistan", "peace lashkar",
       14, None, 22, None,
       "A suicide bomber walked into a crowded hujra in Adezai village on the southern outskirts of the city on Wednesday evening and blew himself up among elders who had gathered to discuss the funeral of a member of the local anti-Taliban militia, killing 13 people and wounding 22, officials said on Thursday. [...] The blast initially killed 11 people and wounded 24. By Thursday afternoon the toll had risen to 13, after two of the wounded died at Lady Reading Hospital, a hospital spokesman said. The bomber's head and legs were recovered from the rubble, police said. [...] A spokesman for the Tehreek-e-Taliban Pakistan telephoned reporters in Peshawar on Thursday morning to claim the bombing.",
       note="14 = 13 (11 + 2 wounded who died) + the bomber; wounded 24 - 2 = 22, as the lead gives it; doer named in the TTP's claim of the next morning"),
    ev("Militants fired four rockets at the Mattani police station; they landed in a field and no one was hurt.",
       "2012-06-13", "‘Hours before the bombing’ of Wednesday 2012-06-13",
       "Mattani police station", "Khyber Pakhtunkhwa", "PK", "explosion", "militants (unidentified)", "Pakistani security forces",
       0, None, 0, None,
       "Hours before the bombing, militants had fired four rockets at the Mattani police station from the hills to the west. The rockets landed in an open field behind the building and no one was hurt, police said.",
       note="explicit zeros"),
    ev("Gunmen on a motorcycle shot dead a member of the Adezai lashkar as he left a mosque in Badaber.",
       "2012-05-28", "‘on May 28’, 17 days before the Thursday 2012-06-14 page date, inside the news window: Monday 2012-05-28",
       "Badaber", "Khyber Pakhtunkhwa", "PK", "other", "militants (unidentified)", "peace lashkar",
       1, None, None, None,
       "The man whose funeral the elders had met to discuss had himself been killed on May 28, when gunmen on a motorcycle shot him dead as he left a mosque in Badaber.",
       note="targeted killing of a militia member: other"),
    ev("Police and Frontier Constabulary arrested 17 suspects, most of them Afghans without papers, in a search operation in Mattani and Sheikhan.",
       "2012-06-14", "‘early on Thursday’, the day of the Thursday 2012-06-14 page date",
       "Mattani and Sheikhan", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "unknown",
       None, None, None, None,
       "Police and Frontier Constabulary personnel launched a search operation in Mattani and Sheikhan early on Thursday and arrested 17 suspects, a senior police officer said.",
       note="two places share one count", arrested=17),
],
figures=[
    fig("killed", 60, "Adezai",
        "Lashkar leaders say more than 60 of their members have been killed since the force was formed"),
    fig("fighters", 300, "Adezai",
        "The force has about 300 armed volunteers"),
])

report("b31-24", "2016-02-10", "https://www.example-vidarbhaexpress.com/gadchiroli/2016/02/10/c60-encounter-kasansur-maoists",
"short", "dayfirst",
"""
Two Maoists, including a woman, killed in Gadchiroli encounter

NAGPUR, 10 February (Vidarbha Express) - Two Maoists, including a woman, were killed in an encounter with the police's C-60 commandos in the forests near Kasansur in Gadchiroli district on Tuesday morning, police said. The bodies were recovered along with a rifle, a muzzle-loader and camping material. No policeman was injured, a senior officer said. The woman was a member of a local Maoist squad and carried a reward of Rs 4 lakh, he said. Combing operations were continuing.
""",
events=[
    ev("C-60 commandos killed two Maoists, a man and a woman, in an encounter in the forests near Kasansur.",
       "2016-02-09", "‘on Tuesday morning’ before the Wednesday 2016-02-10 dateline: Tuesday 2016-02-09",
       "Kasansur", "Maharashtra", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       2, None, None, None,
       "Two Maoists, including a woman, were killed in an encounter with the police's C-60 commandos in the forests near Kasansur in Gadchiroli district on Tuesday morning, police said. The bodies were recovered along with a rifle, a muzzle-loader and camping material. No policeman was injured, a senior officer said.",
       note="'No policeman was injured' covers one side only: wounded stays null"),
],
figures=[])

# ---------------------------------------------------------------------------
# b31-25 .. b31-30
# ---------------------------------------------------------------------------

report("b31-25", "2019-04-09", "https://www.example-southernafghantimes.com/kandahar/2019/04/09/nds-raids-maiwand-insider-attack",
"ordinary", "abbr",
"""
NDS detains nine in overnight Kandahar raids; soldier kills three comrades in Maiwand

KANDAHAR, Apr 9 (Southern Afghan Times) - Afghan intelligence forces detained five suspected Taliban members in Kandahar city's District 9 and four more in Dand district in overnight raids, the National Directorate of Security said on Tuesday, describing one of the men as a bomb-maker who had supplied explosives for attacks in the city.

The NDS said explosives, two motorcycles rigged as bombs and a quantity of detonators were seized in the District 9 raid. The four men held in Dand were accused of collecting "taxes" from farmers for the insurgents.

In Maiwand district, west of the city, an Afghan soldier opened fire on his comrades at an army outpost on Sunday, killing three and wounding one before escaping with his rifle, a spokesman for the army's 205th Corps said. Late on Monday, a Taliban spokesman said the soldier had joined the group's ranks and that the attack had been planned with its fighters.

Two rockets landed inside the perimeter of Kandahar Airfield, which houses Afghan and US forces, on Saturday night. A spokesman for the US-led Resolute Support mission said there were no casualties and no damage. No group said it had fired them.

Insider attacks, in which members of the Afghan forces turn their guns on colleagues or on foreign troops, have killed dozens of soldiers and police in the south over the past two years, and the army has tightened vetting of new recruits.

The NDS says it has detained more than 300 suspected insurgents in Kandahar since the start of the Afghan year on March 21. Officials say the arrests have disrupted Taliban cells that had planned attacks in the city during the spring, when fighting usually intensifies.

The raids come as US and Taliban negotiators prepare for a new round of talks in Doha. About 14,000 US troops remain in Afghanistan.
""",
events=[
    ev("NDS forces detained five suspected Taliban members, among them a bomb-maker, in District 9 of Kandahar city and seized explosives.",
       "2019-04-08", "‘overnight raids’ before the Tuesday 2019-04-09 dateline: the night of Monday 2019-04-08",
       "District 9, Kandahar city", "Kandahar", "AF", "arrest", "Afghan security forces", "Taliban",
       None, None, None, None,
       "Afghan intelligence forces detained five suspected Taliban members in Kandahar city's District 9 and four more in Dand district in overnight raids, the National Directorate of Security said on Tuesday",
       note="one sentence, two places with their own counts: split", arrested=5),
    ev("NDS forces detained four suspected Taliban tax collectors in Dand district.",
       "2019-04-08", "‘overnight raids’ before the Tuesday 2019-04-09 dateline: the night of Monday 2019-04-08",
       "Dand", "Kandahar", "AF", "arrest", "Afghan security forces", "Taliban",
       None, None, None, None,
       "Afghan intelligence forces detained five suspected Taliban members in Kandahar city's District 9 and four more in Dand district in overnight raids, the National Directorate of Security said on Tuesday",
       note="one sentence, two places with their own counts: split", arrested=4),
    ev("A soldier opened fire on comrades at an army outpost in Maiwand, killing three and wounding one, then fled; the Taliban later said he had joined them and the attack was planned with their fighters.",
       "2019-04-07", "‘on Sunday’ before the Tuesday 2019-04-09 dateline: Sunday 2019-04-07",
       "Maiwand", "Kandahar", "AF", "other", "Taliban", "Afghan security forces",
       3, None, 1, None,
       "In Maiwand district, west of the city, an Afghan soldier opened fire on his comrades at an army outpost on Sunday, killing three and wounding one before escaping with his rifle, a spokesman for the army's 205th Corps said. Late on Monday, a Taliban spokesman said the soldier had joined the group's ranks and that the attack had been planned with its fighters.",
       note="insider attack: other; doer named only in the Taliban's later claim"),
    ev("Two rockets landed inside Kandahar Airfield; no casualties and no damage.",
       "2019-04-06", "‘on Saturday night’ before the Tuesday 2019-04-09 dateline: Saturday 2019-04-06",
       "Kandahar Airfield", "Kandahar", "AF", "explosion", "unknown", "US forces",
       0, None, 0, None,
       "Two rockets landed inside the perimeter of Kandahar Airfield, which houses Afghan and US forces, on Saturday night. A spokesman for the US-led Resolute Support mission said there were no casualties and no damage. No group said it had fired them.",
       note="explicit zeros; nobody claimed"),
],
figures=[
    fig("arrested", 300, "Kandahar",
        "The NDS says it has detained more than 300 suspected insurgents in Kandahar since the start of the Afghan year on March 21."),
    fig("fighters", 14000, "Afghanistan",
        "About 14,000 US troops remain in Afghanistan.", note="US troops"),
])

report("b31-26", "2012-08-30", "https://www.example-quettaeveningpost.com/balochistan/2012/08/30/pir-koh-pipeline-kalat-levies",
"ordinary", "full",
"""
Gas pipeline blown up in Dera Bugti, two Levies men killed in Kalat

QUETTA, August 30 (Quetta Evening Post) - Insurgents blew up a 12-inch gas pipeline in the Pir Koh area of Dera Bugti district on Wednesday night, cutting supply to a purification plant and to parts of Punjab, officials said. No one was hurt in the blast. The Baloch Republican Army, a banned separatist group, claimed responsibility in a call to reporters on Thursday.

Engineers of Sui Southern Gas Company were waiting for Frontier Corps escorts before starting repairs, which officials said could take three days.

In Kalat district, gunmen attacked a Levies checkpost at Mangochar on Tuesday, killing two Levies personnel and wounding a third before escaping into the hills, Levies officials said. No group claimed that attack.

In Quetta, two Hazara men were shot dead at their vegetable stall on Spinny Road on Wednesday afternoon. The banned Lashkar-e-Jhangvi said in a call to reporters hours later that its men had carried out the killing.

The Frontier Corps said in a statement on Wednesday that its personnel had killed nine "miscreants" and destroyed three training camps during an operation in the Mashkay area of Awaran district. Baloch nationalist parties said the dead were shepherds and accused the force of targeting civilians, a charge the FC rejected. The area is closed to journalists and neither account could be verified.

Sui Southern says pipelines in Balochistan have been attacked more than 40 times this year. The Voice for Baloch Missing Persons, which campaigns for men it says were picked up by the security forces, says more than 14,000 people have gone missing in the province since 2001, a figure the government disputes.
""",
events=[
    ev("Insurgents blew up a gas pipeline in the Pir Koh area; no one was hurt; the Baloch Republican Army claimed it the next day.",
       "2012-08-29", "‘on Wednesday night’ before the Thursday 2012-08-30 dateline: Wednesday 2012-08-29",
       "Pir Koh", "Balochistan", "PK", "other", "Baloch Republican Army", "none",
       0, None, 0, None,
       "Insurgents blew up a 12-inch gas pipeline in the Pir Koh area of Dera Bugti district on Wednesday night, cutting supply to a purification plant and to parts of Punjab, officials said. No one was hurt in the blast. The Baloch Republican Army, a banned separatist group, claimed responsibility in a call to reporters on Thursday.",
       note="sabotage: other; explicit zeros"),
    ev("Gunmen attacked a Levies checkpost at Mangochar, killing two Levies personnel and wounding a third.",
       "2012-08-28", "‘on Tuesday’ before the Thursday 2012-08-30 dateline: Tuesday 2012-08-28",
       "Mangochar", "Balochistan", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       2, None, 1, None,
       "In Kalat district, gunmen attacked a Levies checkpost at Mangochar on Tuesday, killing two Levies personnel and wounding a third before escaping into the hills, Levies officials said."),
    ev("Two Hazara men were shot dead at their vegetable stall on Spinny Road; Lashkar-e-Jhangvi claimed the killing.",
       "2012-08-29", "‘on Wednesday afternoon’ before the Thursday 2012-08-30 dateline: Wednesday 2012-08-29",
       "Spinny Road", "Balochistan", "PK", "attack_on_civilians", "Lashkar-e-Jhangvi", "civilians",
       2, None, None, None,
       "In Quetta, two Hazara men were shot dead at their vegetable stall on Spinny Road on Wednesday afternoon. The banned Lashkar-e-Jhangvi said in a call to reporters hours later that its men had carried out the killing.",
       note="passive voice; doer told only in the claim"),
    ev("The Frontier Corps said it killed nine 'miscreants' and destroyed three camps in an operation in Mashkay; nationalists said the dead were shepherds.",
       None, "‘said in a statement on Wednesday’ (Wednesday 2012-08-29) gives only the day of the statement",
       "Mashkay", "Balochistan", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       None, None, None, None,
       "The Frontier Corps said in a statement on Wednesday that its personnel had killed nine \"miscreants\" and destroyed three training camps during an operation in the Mashkay area of Awaran district. Baloch nationalist parties said the dead were shepherds and accused the force of targeting civilians, a charge the FC rejected.",
       note="the FC's nine is the acting side's claim, disputed: no toll"),
],
figures=[
    fig("other", 40, "Balochistan",
        "pipelines in Balochistan have been attacked more than 40 times this year", note="pipeline attacks this year"),
    fig("other", 14000, "Balochistan",
        "more than 14,000 people have gone missing in the province since 2001", note="missing persons, per the campaign group"),
])

report("b31-27", "2021-05-12", "https://www.example-kabulreview.com/analysis/2021/05/12/afghan-forces-strength-withdrawal",
"ordinary", "none",
"""
As American troops leave, doubts grow over the real size of Afghanistan's army

On paper, the Afghan National Defence and Security Forces number about 300,000 soldiers and police. In the barracks, officials and Western auditors say, the real figure is far lower.

A report by the US Special Inspector General for Afghanistan Reconstruction (SIGAR) this year said that only about 185,000 members of the army and police could be confirmed through the biometric payroll system, and that thousands of "ghost" soldiers were still being paid by commanders who pocketed their salaries.

"We hold the checkpoints with a third of the men the maps show," said an army officer in the north who asked not to be named. "The rest are sick, on leave, dead or never existed."

The Afghan government stopped publishing its casualty figures in 2017 at Washington's request. President Ashraf Ghani said in 2019 that more than 45,000 members of the security forces had been killed since he took office in 2014, a rate of more than 30 a day.

The Taliban are estimated by UN monitors to have between 55,000 and 85,000 full-time fighters, and the Long War Journal, which tracks control of territory, says the group holds about 75 of the country's roughly 400 districts and contests more than 190 others.

The last 2,500 American troops, and about 7,000 from other NATO countries, are due to be out of the country by September 11. With them will go most of the contractors who maintain the air force's planes and helicopters; the Pentagon estimates that about 18,000 contractors are now in the country.

Officials in Kabul insist the forces will hold. "We have been doing 96 per cent of the fighting for years," a defence ministry spokesman said. Soldiers at the front are less sure. "When the planes stop coming," said a commando officer in Helmand, "we will find out who is with us."
""",
events=[],
figures=[
    fig("fighters", 300000, "Afghanistan",
        "On paper, the Afghan National Defence and Security Forces number about 300,000 soldiers and police."),
    fig("fighters", 185000, "Afghanistan",
        "only about 185,000 members of the army and police could be confirmed through the biometric payroll system"),
    fig("killed", 45000, "Afghanistan",
        "more than 45,000 members of the security forces had been killed since he took office in 2014"),
    fig("fighters", 55000, "Afghanistan",
        "The Taliban are estimated by UN monitors to have between 55,000 and 85,000 full-time fighters", note="55,000 to 85,000"),
    fig("other", 75, "Afghanistan",
        "the group holds about 75 of the country's roughly 400 districts and contests more than 190 others", note="districts held by the Taliban"),
    fig("fighters", 2500, "Afghanistan",
        "The last 2,500 American troops, and about 7,000 from other NATO countries", note="US troops"),
    fig("fighters", 7000, "Afghanistan",
        "about 7,000 from other NATO countries", note="other NATO troops"),
    fig("other", 18000, "Afghanistan",
        "the Pentagon estimates that about 18,000 contractors are now in the country", note="contractors"),
],
country_hint="AF")

report("b31-28", "2021-03-24", "https://www.example-tribalnewswire.com/bajaur/2021/03/24/mamund-border-post-attack",
"short", "abbr",
"""
Soldier martyred in attack on Bajaur border post, TTP claims seven

KHAR, Mar 24 (Tribal News Wire) - A soldier was martyred when militants fired on a border post in the Mamund area of Bajaur district late on Tuesday, the military's media wing said on Wednesday. It said the attackers had fired from across the border in Afghanistan's Kunar province and that troops had "responded effectively". In a statement, the Tehreek-e-Taliban Pakistan claimed its fighters had killed seven soldiers. The ISPR called the claim "baseless propaganda" but did not deny that the group was behind the attack.
""",
events=[
    ev("Militants fired on a border post in Mamund from across the border, killing a soldier; the TTP claimed the attack and seven dead.",
       "2021-03-23", "‘late on Tuesday’ before the Wednesday 2021-03-24 dateline: Tuesday 2021-03-23",
       "Mamund", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       1, None, None, None,
       "A soldier was martyred when militants fired on a border post in the Mamund area of Bajaur district late on Tuesday, the military's media wing said on Wednesday. [...] In a statement, the Tehreek-e-Taliban Pakistan claimed its fighters had killed seven soldiers. The ISPR called the claim \"baseless propaganda\" but did not deny that the group was behind the attack.",
       note="1 = the army's own loss; the TTP's seven is the attacker's claim, not used"),
],
figures=[])

report("b31-29", "2020-08-19", "https://www.example-srinagartimes-daily.com/kashmir/2020/08/19/karan-nagar-grenade-crpf",
"ordinary", "nodate",
"""
Two CRPF men, civilian hurt in Srinagar grenade attack

By Staff Reporter
Updated Aug 19, 2020

SRINAGAR: Two CRPF personnel and a civilian passer-by were injured on Tuesday evening when a grenade, which police said had been lobbed by militants from a lane behind a row of shops and which bounced off the bonnet before exploding, struck a CRPF vehicle parked near the Karan Nagar chowk.

The injured were taken to SMHS hospital, where doctors said their condition was stable. The area was cordoned off and a search was launched, but no arrests had been made by late evening.

Police said on Tuesday that they had busted a militant module in Hajin, Bandipora, and arrested three over-ground workers of the Lashkar-e-Taiba. Grenades, a pistol and ammunition were recovered from them, a police spokesman said.

On Monday, residents of Redwani in Kulgam took to the streets to protest against the detention of two local youths. Police used tear gas to disperse them after some protesters threw stones, but no one was injured, a police officer said.

The attack came two weeks after the first anniversary of the revocation of Jammu and Kashmir's special status on August 5 last year, which was followed by months of communication blockade and restrictions. High-speed mobile internet remains suspended in most of the Union Territory.

According to police figures, 150 militants have been killed in 70 operations in Jammu and Kashmir so far this year, and 34 security personnel have lost their lives. The police say about 200 militants are still active, fewer than at any time in a decade.

Grenade attacks on security forces in Srinagar have become more frequent this summer, police officials say, as militant groups try to show they can still strike in the city after the loss of many of their commanders in south Kashmir.
""",
events=[
    ev("Militants lobbed a grenade at a CRPF vehicle near the Karan Nagar chowk, injuring two CRPF personnel and a passer-by.",
       "2020-08-18", "‘on Tuesday evening’ before the Wednesday 2020-08-19 page date (no date in the dateline): Tuesday 2020-08-18",
       "Karan Nagar", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       None, None, 3, None,
       "Two CRPF personnel and a civilian passer-by were injured on Tuesday evening when a grenade, which police said had been lobbed by militants from a lane behind a row of shops and which bounced off the bonnet before exploding, struck a CRPF vehicle parked near the Karan Nagar chowk.",
       note="long sentence, doer in a relative clause"),
    ev("Police busted a militant module in Hajin and arrested three Lashkar-e-Taiba over-ground workers with grenades and a pistol.",
       None, "‘Police said on Tuesday’ (Tuesday 2020-08-18) gives only the day of the statement",
       "Hajin", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Lashkar-e-Taiba",
       None, None, None, None,
       "Police said on Tuesday that they had busted a militant module in Hajin, Bandipora, and arrested three over-ground workers of the Lashkar-e-Taiba.",
       arrested=3),
    ev("Residents of Redwani protested the detention of two youths; police fired tear gas after stones were thrown; no one was injured.",
       "2020-08-17", "‘On Monday’ before the Wednesday 2020-08-19 page date: Monday 2020-08-17",
       "Redwani", "Jammu and Kashmir", "IN", "other", "protesters", "Indian security forces",
       0, None, 0, None,
       "On Monday, residents of Redwani in Kulgam took to the streets to protest against the detention of two local youths. Police used tear gas to disperse them after some protesters threw stones, but no one was injured, a police officer said.",
       note="protest with intervention; explicit zeros"),
],
figures=[
    fig("killed", 150, "Jammu and Kashmir",
        "150 militants have been killed in 70 operations in Jammu and Kashmir so far this year", note="militants, 2020 so far"),
    fig("killed", 34, "Jammu and Kashmir",
        "34 security personnel have lost their lives", note="security personnel, 2020 so far"),
    fig("fighters", 200, "Jammu and Kashmir",
        "The police say about 200 militants are still active"),
])

report("b31-30", "2020-10-14", "https://www.example-afghanistantoday-wire.com/helmand/2020/10/14/taliban-offensive-lashkar-gah-roundup",
"long", "dayfirst",
"""
Taliban offensive around Lashkar Gah displaces thousands, tests Doha deal

KABUL, 14 October (Afghanistan Today Wire) - Fighting around Lashkar Gah, the capital of southern Helmand province, went into a fourth day on Wednesday as Afghan forces backed by American aircraft tried to push back a Taliban offensive that has closed the main highway, cut power to much of the city and sent thousands of families fleeing.

The offensive began before dawn on Sunday, when Taliban fighters attacked checkpoints on the outskirts of the Nad Ali district centre and in the Bolan area, just south of the provincial capital, officials said. Several posts were overrun or abandoned in the first hours, and by Sunday evening fighting had reached the edge of the city's Police District 3.

The interior ministry said nine police had been killed since Sunday and that reinforcements, including commandos, had been flown in from Kandahar and Kabul. It said more than 200 insurgents had been killed, a figure the Taliban dismissed.

On Monday, US Forces-Afghanistan said American aircraft had carried out "targeted strikes" in Nad Ali and Nawa to defend Afghan troops under attack. A spokesman said the strikes were consistent with the agreement Washington and the Taliban signed in Doha in February, which he said committed the insurgents to reducing violence. The Taliban said the strikes were a violation of the deal.

On the highway to Kandahar, a roadside bomb tore through a minibus in Gereshk on Tuesday, killing five civilians, two of them women, and wounding six, provincial officials said. The interior ministry blamed the Taliban, who said in a statement that they had not planted the bomb and accused government forces of mining the road.

The fighting has also spread in the north. In Kunduz province, Taliban fighters attacked police posts in Imam Sahib district overnight, killing four policemen, the provincial police spokesman said on Wednesday. Three of the eight wounded died in hospital in the morning, raising the toll to seven, he said.

The UN humanitarian office said more than 5,600 families, or about 35,000 people, had fled their homes in Nad Ali, Nawa and the outskirts of Lashkar Gah since Sunday. Many were staying in the open or in mosques in the city centre, where prices of flour and fuel doubled within two days.

"We left at night with the children, walking along the canal," said a farmer from Nad Ali who reached the city on Monday. "There were bullets over our heads. We did not take anything."

Hospitals in the city were struggling. The Emergency surgical centre said it had admitted more than 100 wounded since Sunday, a third of them children.

The offensive is the largest since the United States and the Taliban signed their agreement in February, under which American troops are to leave the country by next May if the insurgents keep their commitments. The Taliban agreed not to attack US forces, and have largely stuck to that, but have kept up attacks on Afghan troops, which they say are not covered by the deal.

Peace talks between the Taliban and a delegation representing the Afghan government and political parties have been under way in Doha for weeks but have stalled over the rules that will govern the negotiations. Western diplomats said the Helmand offensive was likely meant to strengthen the Taliban's hand at the table.

Helmand has seen some of the war's heaviest fighting. British troops fought there from 2006 to 2014, and American Marines led the offensive on Marjah in 2010. The Taliban have controlled most of the province's countryside since foreign combat troops left, and came close to taking Lashkar Gah in 2016.

The US military has about 4,500 troops in Afghanistan, down from 13,000 at the start of the year, and plans to cut the number further by November. Afghan officials say the air support they provide remains critical to stopping the Taliban from taking provincial capitals.

"Without the planes the city would have fallen on Sunday night," said a member of the Helmand provincial council. "Everyone knows it, the Taliban most of all."
""",
events=[
    ev("Taliban fighters attacked checkpoints on the outskirts of the Nad Ali district centre, overrunning several posts.",
       "2020-10-11", "‘before dawn on Sunday’ before the Wednesday 2020-10-14 dateline: Sunday 2020-10-11",
       "Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       None, None, None, None,
       "The offensive began before dawn on Sunday, when Taliban fighters attacked checkpoints on the outskirts of the Nad Ali district centre and in the Bolan area, just south of the provincial capital, officials said. Several posts were overrun or abandoned in the first hours",
       note="one sentence, two places: split; the ministry's nine police since Sunday is an aggregate, kept as a figure"),
    ev("Taliban fighters attacked checkpoints in the Bolan area just south of Lashkar Gah.",
       "2020-10-11", "‘before dawn on Sunday’ before the Wednesday 2020-10-14 dateline: Sunday 2020-10-11",
       "Bolan", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       None, None, None, None,
       "The offensive began before dawn on Sunday, when Taliban fighters attacked checkpoints on the outskirts of the Nad Ali district centre and in the Bolan area, just south of the provincial capital, officials said.",
       note="one sentence, two places: split"),
    ev("By Sunday evening the Taliban's fighting had reached the edge of Lashkar Gah's Police District 3.",
       "2020-10-11", "‘by Sunday evening’ before the Wednesday 2020-10-14 dateline: Sunday 2020-10-11",
       "Police District 3, Lashkar Gah", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       None, None, None, None,
       "Several posts were overrun or abandoned in the first hours, and by Sunday evening fighting had reached the edge of the city's Police District 3.",
       note="the same offensive reaching the city; a coder may or may not list it apart from Bolan", optional=True),
    ev("American aircraft carried out 'targeted strikes' in Nad Ali to defend Afghan troops.",
       "2020-10-12", "‘On Monday’ before the Wednesday 2020-10-14 dateline: Monday 2020-10-12",
       "Nad Ali", "Helmand", "AF", "explosion", "US forces", "Taliban",
       None, None, None, None,
       "On Monday, US Forces-Afghanistan said American aircraft had carried out \"targeted strikes\" in Nad Ali and Nawa to defend Afghan troops under attack.",
       note="one sentence, two places: split"),
    ev("American aircraft carried out 'targeted strikes' in Nawa to defend Afghan troops.",
       "2020-10-12", "‘On Monday’ before the Wednesday 2020-10-14 dateline: Monday 2020-10-12",
       "Nawa", "Helmand", "AF", "explosion", "US forces", "Taliban",
       None, None, None, None,
       "On Monday, US Forces-Afghanistan said American aircraft had carried out \"targeted strikes\" in Nad Ali and Nawa to defend Afghan troops under attack.",
       note="one sentence, two places: split"),
    ev("A roadside bomb hit a minibus in Gereshk, killing five civilians and wounding six; the ministry blamed the Taliban, who denied it.",
       "2020-10-13", "‘on Tuesday’ before the Wednesday 2020-10-14 dateline: Tuesday 2020-10-13",
       "Gereshk", "Helmand", "AF", "explosion", "unknown", "civilians",
       5, None, 6, None,
       "On the highway to Kandahar, a roadside bomb tore through a minibus in Gereshk on Tuesday, killing five civilians, two of them women, and wounding six, provincial officials said. The interior ministry blamed the Taliban, who said in a statement that they had not planted the bomb and accused government forces of mining the road.",
       note="blamed on the Taliban, denied: unknown"),
    ev("Taliban fighters attacked police posts in Imam Sahib, killing four policemen; three of the eight wounded died the next morning (toll seven).",
       "2020-10-13", "‘overnight’ before the Wednesday 2020-10-14 dateline: the night of Tuesday 2020-10-13",
       "Imam Sahib", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       7, None, 5, None,
       "In Kunduz province, Taliban fighters attacked police posts in Imam Sahib district overnight, killing four policemen, the provincial police spokesman said on Wednesday. Three of the eight wounded died in hospital in the morning, raising the toll to seven, he said.",
       note="7 = 4 + 3 wounded who died; wounded 8 - 3 = 5"),
],
figures=[
    fig("killed", 9, "Helmand",
        "The interior ministry said nine police had been killed since Sunday", note="police killed since Sunday"),
    fig("killed", 200, "Helmand",
        "It said more than 200 insurgents had been killed, a figure the Taliban dismissed", note="the ministry's claim of enemy dead"),
    fig("displaced", 35000, "Helmand",
        "more than 5,600 families, or about 35,000 people, had fled their homes in Nad Ali, Nawa and the outskirts of Lashkar Gah since Sunday"),
    fig("wounded", 100, "Lashkar Gah",
        "it had admitted more than 100 wounded since Sunday, a third of them children", note="admitted to the Emergency centre"),
    fig("fighters", 4500, "Afghanistan",
        "The US military has about 4,500 troops in Afghanistan", note="US troops"),
])

# ---------------------------------------------------------------------------
# b31-31 .. b31-36
# ---------------------------------------------------------------------------

report("b31-31", "2019-06-18", "https://www.example-jharkhandbureau.com/seraikela/2019/06/18/tiruldih-police-killed-parasnath-ied",
"ordinary", "abbr",
"""
Maoists shoot two policemen near Tiruldih market, IED hurts four CRPF men in Parasnath

RANCHI, Jun 18 (Jharkhand Bureau) - Maoists shot dead two policemen and snatched their rifles near a weekly market at Tiruldih in Seraikela-Kharsawan district on Sunday evening, police said. Initial reports had put the number of dead at three; a senior officer said on Monday that two had died and that the third, a havildar shot in the stomach, was in a critical condition at a hospital in Jamshedpur.

The patrol of five policemen was checking motorcycles at the edge of the market when about eight rebels, some of them in plain clothes and carrying pistols, surrounded them and opened fire, witnesses said. The attackers took three rifles and escaped into the forest towards the Odisha border before reinforcements arrived. Traders shut their stalls and the market emptied within minutes.

On Monday, an improvised explosive device which officials said had been planted by Maoists went off under a CRPF foot patrol in the Parasnath hills of Giridih district, wounding four jawans, one of them seriously, a CRPF spokesman said. The injured were flown to Ranchi.

In Gumla, police arrested a Maoist "area commander" who carried a reward of Rs 5 lakh on Monday, recovering a pistol and a mobile phone from him, the district superintendent of police said.

The attacks came days after the chief minister told the assembly that Maoist violence in the state was at its lowest in years. Jharkhand police say 26 Maoists have been killed in encounters so far this year, while 11 security personnel have lost their lives.
""",
events=[
    ev("Maoists surrounded a police patrol near the Tiruldih weekly market, shot dead two policemen, critically wounded a third and took three rifles.",
       "2019-06-16", "‘on Sunday evening’ before the Tuesday 2019-06-18 dateline: Sunday 2019-06-16",
       "Tiruldih", "Jharkhand", "IN", "battle", "CPI (Maoist)", "Indian security forces",
       2, None, 1, None,
       "Maoists shot dead two policemen and snatched their rifles near a weekly market at Tiruldih in Seraikela-Kharsawan district on Sunday evening, police said. Initial reports had put the number of dead at three; a senior officer said on Monday that two had died and that the third, a havildar shot in the stomach, was in a critical condition at a hospital in Jamshedpur.",
       note="an early toll of three corrected to two dead and one wounded: the correction stands, no killed_high"),
    ev("An IED that officials said Maoists had planted went off under a CRPF foot patrol in the Parasnath hills, wounding four jawans.",
       "2019-06-17", "‘On Monday’ before the Tuesday 2019-06-18 dateline: Monday 2019-06-17",
       "Parasnath hills", "Jharkhand", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       None, None, 4, None,
       "On Monday, an improvised explosive device which officials said had been planted by Maoists went off under a CRPF foot patrol in the Parasnath hills of Giridih district, wounding four jawans, one of them seriously, a CRPF spokesman said.",
       note="blame with no denial names the group"),
    ev("Police arrested a Maoist 'area commander' with a Rs 5 lakh reward in Gumla.",
       "2019-06-17", "‘on Monday’ before the Tuesday 2019-06-18 dateline: Monday 2019-06-17",
       "Gumla", "Jharkhand", "IN", "arrest", "Indian security forces", "CPI (Maoist)",
       None, None, None, None,
       "In Gumla, police arrested a Maoist \"area commander\" who carried a reward of Rs 5 lakh on Monday, recovering a pistol and a mobile phone from him, the district superintendent of police said.",
       arrested=1),
],
figures=[
    fig("killed", 26, "Jharkhand",
        "Jharkhand police say 26 Maoists have been killed in encounters so far this year", note="Maoists, this year"),
    fig("killed", 11, "Jharkhand",
        "while 11 security personnel have lost their lives", note="security personnel, this year"),
])

report("b31-32", "2009-11-03", "https://www.example-pakistanobserverwire.com/waziristan/2009/11/03/troops-take-kaniguram-ladha",
"ordinary", "none",
"""
Troops take Kaniguram as South Waziristan offensive enters third week

Pakistani troops have taken control of Kaniguram, a mountain town that had served as a base for Uzbek fighters allied to the Pakistani Taliban, the army said on Tuesday, as the offensive in South Waziristan entered its third week.

Soldiers entered the town on Monday after two days of fighting on the surrounding ridges and had cleared its main bazaar by evening, the military's chief spokesman told a news conference in Rawalpindi. Four soldiers were killed in the fighting for the town, he said, and "dozens" of militants, whose bodies he said had been left behind by their comrades. Reporters are not allowed into the area and the account could not be checked.

On Sunday, troops had captured the fort at Ladha, one of three main towns of the Mehsud tribe's territory, the spokesman said. The third, Makeen, is still held by the militants.

In the town of Bannu, on the edge of the tribal belt, a car packed with explosives was driven into a police checkpoint on Monday night by a suicide bomber who was killed in the blast along with three policemen and a passer-by, police said. A spokesman for the Tehrik-i-Taliban Pakistan called reporters on Tuesday to say the group had sent the bomber.

The army says it has killed 22 militants in the past 24 hours and more than 400 since the start of the offensive, while 48 soldiers have died. About 30,000 troops are fighting an estimated 10,000 militants, among them about 1,500 Uzbeks.

More than 250,000 people have fled South Waziristan into the neighbouring districts of Tank and Dera Ismail Khan, according to provincial officials. Most are staying with relatives, and aid agencies say they have been unable to register many of them.
""",
events=[
    ev("Troops entered Kaniguram after two days of fighting on the ridges and cleared its bazaar; four soldiers were killed.",
       "2009-11-02", "‘entered the town on Monday’ before the Tuesday 2009-11-03 page date (no dateline): Monday 2009-11-02",
       "Kaniguram", "Khyber Pakhtunkhwa", "PK", "territory_gain", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       4, None, None, None,
       "Pakistani troops have taken control of Kaniguram, a mountain town that had served as a base for Uzbek fighters allied to the Pakistani Taliban, the army said on Tuesday [...] Soldiers entered the town on Monday after two days of fighting on the surrounding ridges and had cleared its main bazaar by evening, the military's chief spokesman told a news conference in Rawalpindi. Four soldiers were killed in the fighting for the town, he said, and \"dozens\" of militants",
       note="4 = the army's own losses; 'dozens' of militants is the army's claim and vague: not used"),
    ev("Troops captured the fort at Ladha.",
       "2009-11-01", "‘On Sunday’ before the Tuesday 2009-11-03 page date: Sunday 2009-11-01",
       "Ladha", "Khyber Pakhtunkhwa", "PK", "territory_gain", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       None, None, None, None,
       "On Sunday, troops had captured the fort at Ladha, one of three main towns of the Mehsud tribe's territory, the spokesman said."),
    ev("A suicide bomber drove a car bomb into a police checkpoint in Bannu, killing three policemen, a passer-by and himself; the TTP claimed it next day.",
       "2009-11-02", "‘on Monday night’ before the Tuesday 2009-11-03 page date: Monday 2009-11-02",
       "Bannu", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       5, None, None, None,
       "In the town of Bannu, on the edge of the tribal belt, a car packed with explosives was driven into a police checkpoint on Monday night by a suicide bomber who was killed in the blast along with three policemen and a passer-by, police said. A spokesman for the Tehrik-i-Taliban Pakistan called reporters on Tuesday to say the group had sent the bomber.",
       note="5 = bomber + 3 policemen + 1 passer-by; passive voice, doer named in the claim"),
],
figures=[
    fig("killed", 22, "South Waziristan",
        "The army says it has killed 22 militants in the past 24 hours", note="the army's claim, daily aggregate"),
    fig("killed", 400, "South Waziristan",
        "more than 400 since the start of the offensive", note="the army's claim of militants killed"),
    fig("killed", 48, "South Waziristan",
        "while 48 soldiers have died", note="soldiers since the start of the offensive"),
    fig("fighters", 30000, "South Waziristan",
        "About 30,000 troops are fighting an estimated 10,000 militants, among them about 1,500 Uzbeks.", note="troops"),
    fig("fighters", 10000, "South Waziristan",
        "About 30,000 troops are fighting an estimated 10,000 militants, among them about 1,500 Uzbeks.", note="militants"),
    fig("displaced", 250000, "South Waziristan",
        "More than 250,000 people have fled South Waziristan into the neighbouring districts of Tank and Dera Ismail Khan"),
])

report("b31-33", "2017-03-31", "https://www.example-centralindiachronicle.com/chhattisgarh/2017/03/31/four-more-crpf-battalions-bastar",
"short", "none",
"""
Centre to send four more CRPF battalions to Bastar

The Union home ministry has approved the deployment of four more battalions of the Central Reserve Police Force, about 4,000 personnel, in Chhattisgarh's Bastar region, officials said on Friday. The state already has more than 40 battalions of central forces. The new units will guard road construction in Sukma and Bijapur districts, which accounted for about 70 per cent of the state's Maoist violence last year, officials said. According to ministry data, 38 security personnel were killed in the state in 2016.
""",
events=[],
figures=[
    fig("fighters", 4000, "Bastar",
        "four more battalions of the Central Reserve Police Force, about 4,000 personnel", note="additional CRPF personnel"),
    fig("other", 40, "Chhattisgarh",
        "The state already has more than 40 battalions of central forces.", note="battalions"),
    fig("other", 70, "Sukma and Bijapur",
        "which accounted for about 70 per cent of the state's Maoist violence last year", note="percent of the violence"),
    fig("killed", 38, "Chhattisgarh",
        "38 security personnel were killed in the state in 2016"),
],
country_hint="IN")

report("b31-34", "2018-10-23", "https://www.example-northafghanpost.com/faryab/2018/10/23/bilchiragh-surrender-shirin-tagab",
"ordinary", "full",
"""
Besieged Faryab garrison hands district to Taliban; seven soldiers killed in Shirin Tagab

MAIMANA, October 23 (North Afghan Post) - About 40 soldiers and police who had been besieged for three weeks at the Bilchiragh district centre in Faryab province handed the compound to the Taliban on Sunday under a deal brokered by tribal elders and were allowed to leave without their weapons, provincial officials said. No one was hurt, they said.

"They had no food and no ammunition left. The helicopters stopped coming," said a member of the provincial council. "The elders saved their lives."

Overnight, Taliban fighters attacked army checkpoints in Shirin Tagab district, killing seven soldiers, the same council member said. The army's 209th Shaheen Corps put the number of dead at four and said the attack had been repulsed.

In Maimana, the provincial capital, two voters were wounded on Saturday when mortar rounds landed near a polling centre during the parliamentary election, officials said. They blamed the Taliban, who had threatened to disrupt the vote; the group did not comment.

Officials also said that last week an Afghan Local Police commander in Almar district had gone over to the Taliban with 12 of his men and their weapons.

Provincial officials say the Taliban now control or contest seven of Faryab's 14 districts, and that about 3,000 families have fled to Maimana since August. The Faryab police chief said last month that more than 100 members of the security forces had been killed in the province since the spring.
""",
events=[
    ev("About 40 besieged soldiers and police handed the Bilchiragh district centre to the Taliban under an elders' deal and left unarmed; no one was hurt.",
       "2018-10-21", "‘on Sunday’ before the Tuesday 2018-10-23 dateline: Sunday 2018-10-21",
       "Bilchiragh", "Faryab", "AF", "territory_gain", "Taliban", "Afghan security forces",
       0, None, 0, None,
       "About 40 soldiers and police who had been besieged for three weeks at the Bilchiragh district centre in Faryab province handed the compound to the Taliban on Sunday under a deal brokered by tribal elders and were allowed to leave without their weapons, provincial officials said. No one was hurt, they said.",
       note="non-violent transfer of territory; explicit zeros"),
    ev("Taliban fighters attacked army checkpoints in Shirin Tagab; a council member said seven soldiers were killed, the army corps four.",
       "2018-10-22", "‘Overnight’ before the Tuesday 2018-10-23 dateline: the night of Monday 2018-10-22",
       "Shirin Tagab", "Faryab", "AF", "battle", "Taliban", "Afghan security forces",
       4, 7, None, None,
       "Overnight, Taliban fighters attacked army checkpoints in Shirin Tagab district, killing seven soldiers, the same council member said. The army's 209th Shaheen Corps put the number of dead at four and said the attack had been repulsed.",
       note="conflicting tolls: corps 4, council member 7"),
    ev("Mortar rounds landed near a polling centre in Maimana during the election, wounding two voters; officials blamed the Taliban.",
       "2018-10-20", "‘on Saturday’ before the Tuesday 2018-10-23 dateline: Saturday 2018-10-20",
       "Maimana", "Faryab", "AF", "explosion", "Taliban", "civilians",
       None, None, 2, None,
       "In Maimana, the provincial capital, two voters were wounded on Saturday when mortar rounds landed near a polling centre during the parliamentary election, officials said. They blamed the Taliban, who had threatened to disrupt the vote; the group did not comment.",
       note="blame with no denial names the group"),
    ev("An Afghan Local Police commander in Almar went over to the Taliban with 12 men and their weapons.",
       None, "‘last week’ before the Tuesday 2018-10-23 dateline: no day given",
       "Almar", "Faryab", "AF", "other", "Afghan security forces", "Taliban",
       None, None, None, None,
       "Officials also said that last week an Afghan Local Police commander in Almar district had gone over to the Taliban with 12 of his men and their weapons.",
       note="defection (change to group/activity); vague date", optional=True),
],
figures=[
    fig("other", 7, "Faryab",
        "the Taliban now control or contest seven of Faryab's 14 districts", note="districts controlled or contested"),
    fig("displaced", 3000, "Maimana",
        "about 3,000 families have fled to Maimana since August", note="families"),
    fig("killed", 100, "Faryab",
        "more than 100 members of the security forces had been killed in the province since the spring"),
])

report("b31-35", "2015-08-18", "https://www.example-balochistantribune.com/chaman/2015/08/18/chaman-spin-boldak-border-clash",
"ordinary", "dayfirst",
"""
Pakistani and Afghan border forces clash near Chaman, seven dead

QUETTA, 18 August (Balochistan Tribune) - Pakistani and Afghan border forces exchanged mortar and machine-gun fire for several hours near the Chaman crossing on Sunday, killing at least four people on the Pakistani side and three on the Afghan side, officials from both countries said, before commanders agreed at a flag meeting on Monday evening to stop firing.

Pakistan's Frontier Corps said Afghan border police had opened fire "without provocation" on its personnel escorting a team repairing the border fence near Killi Luqman, a village that straddles the frontier. Two FC soldiers and two civilians were killed and 11 people wounded on the Pakistani side, the FC said. Doctors at the Chaman district hospital said they had received five bodies. Afghan officials denied that their forces had fired first.

In Spin Boldak, on the Afghan side, officials said Pakistani mortar bombs had landed in the Wesh bazaar, killing three civilians and wounding eight. The Kandahar police chief said his men had killed "at least 50 Pakistani soldiers", a claim Pakistan called absurd. The FC denied firing into populated areas.

The flag meeting at the Friendship Gate, attended by senior officers of both sides, agreed that the fence repairs would be suspended while a joint team surveyed the disputed stretch. On Monday, hundreds of traders and porters protested in Chaman against the closure of the crossing, where trucks were backed up for several kilometres. The gate remained shut on Tuesday.

About 15,000 people cross at Chaman on a normal day, many of them without documents. Pakistan hosts about 1.5 million registered Afghan refugees. Kabul has never recognised the Durand Line as the border, and the two sides' forces have clashed over fencing and posts along it several times since 2007.
""",
events=[
    ev("Border forces exchanged fire near Killi Luqman; Pakistan's FC said Afghan police fired first, killing two soldiers and two civilians and wounding 11; the hospital received five bodies; Afghanistan denied firing first.",
       "2015-08-16", "‘on Sunday’ before the Tuesday 2015-08-18 dateline: Sunday 2015-08-16",
       "Killi Luqman", "Balochistan", "PK", "battle", "unknown", "Pakistani security forces",
       4, 5, 11, None,
       "Pakistani and Afghan border forces exchanged mortar and machine-gun fire for several hours near the Chaman crossing on Sunday, killing at least four people on the Pakistani side and three on the Afghan side, officials from both countries said [...] Pakistan's Frontier Corps said Afghan border police had opened fire \"without provocation\" on its personnel escorting a team repairing the border fence near Killi Luqman, a village that straddles the frontier. Two FC soldiers and two civilians were killed and 11 people wounded on the Pakistani side, the FC said. Doctors at the Chaman district hospital said they had received five bodies. Afghan officials denied that their forces had fired first.",
       note="each side blames the other for opening fire: unknown; conflicting tolls 4 (FC) vs 5 (hospital); one event per side of the border"),
    ev("Mortar bombs landed in the Wesh bazaar of Spin Boldak, killing three civilians and wounding eight; Afghan officials blamed Pakistan, which denied firing into populated areas.",
       "2015-08-16", "‘on Sunday’ before the Tuesday 2015-08-18 dateline: Sunday 2015-08-16",
       "Wesh bazaar, Spin Boldak", "Kandahar", "AF", "explosion", "unknown", "civilians",
       3, None, 8, None,
       "In Spin Boldak, on the Afghan side, officials said Pakistani mortar bombs had landed in the Wesh bazaar, killing three civilians and wounding eight. The Kandahar police chief said his men had killed \"at least 50 Pakistani soldiers\", a claim Pakistan called absurd. The FC denied firing into populated areas.",
       note="blamed on Pakistan, denied: unknown; the police chief's 50 is a claim of enemy dead, not used"),
    ev("Pakistani and Afghan commanders agreed at a flag meeting at the Friendship Gate to stop firing and suspend the fence repairs.",
       "2015-08-17", "‘on Monday evening’ before the Tuesday 2015-08-18 dateline: Monday 2015-08-17",
       "Friendship Gate, Chaman", "Balochistan", "PK", "other", "Pakistani security forces", "Afghan security forces",
       None, None, None, None,
       "before commanders agreed at a flag meeting on Monday evening to stop firing. [...] The flag meeting at the Friendship Gate, attended by senior officers of both sides, agreed that the fence repairs would be suspended while a joint team surveyed the disputed stretch.",
       note="agreement"),
    ev("Hundreds of traders and porters protested in Chaman against the closure of the crossing.",
       "2015-08-17", "‘On Monday’ before the Tuesday 2015-08-18 dateline: Monday 2015-08-17",
       "Chaman", "Balochistan", "PK", "other", "protesters", "none",
       None, None, None, None,
       "On Monday, hundreds of traders and porters protested in Chaman against the closure of the crossing, where trucks were backed up for several kilometres.",
       note="peaceful protest"),
],
figures=[
    fig("other", 15000, "Chaman",
        "About 15,000 people cross at Chaman on a normal day", note="daily crossings"),
    fig("displaced", 1500000, "Pakistan",
        "Pakistan hosts about 1.5 million registered Afghan refugees.", note="registered Afghan refugees"),
])

report("b31-36", "2021-08-10", "https://www.example-srinagartimes-daily.com/kashmir/2021/08/10/aragam-encounter-nowshera-ied",
"ordinary", "nodate",
"""
Two militants killed in Bandipora encounter, family says one was a labourer

SRINAGAR: Two militants of the Lashkar-e-Taiba were killed in an encounter with security forces in the Aragam area of Bandipora district on Monday, police said, but the family of one of the dead said he was a labourer who had gone into the forest to collect firewood.

A police spokesman said the two were killed after they fired on a search party of the Army and the police's Special Operations Group in the forest above the village, and that an AK rifle, a pistol and grenades were recovered. The police did not identify the second man, who they said was a foreigner.

On Tuesday, relatives and neighbours of the local man blocked the road in Aragam demanding the return of his body, which police had buried in a graveyard in north Kashmir in keeping with a policy adopted last year. Police fired tear gas to disperse them, and two people were injured, residents said.

Separately, a junior commissioned officer of the Army was killed and two soldiers were injured on Sunday when an improvised explosive device went off during patrolling near the Line of Control in the Nowshera sector of Rajouri district, a defence spokesman said. He said the device had been planted by infiltrators. No group claimed the blast.

In Anantnag, police said they had arrested four "hybrid" militants of The Resistance Front, which they describe as a front for the Lashkar-e-Taiba, in Bijbehara on Monday.

Two years after the revocation of Jammu and Kashmir's special status in August 2019, police figures show that 89 militants have been killed in the Union Territory this year, 76 of them locals, while 19 security personnel have lost their lives. Officials estimate that about 200 militants are active.
""",
events=[
    ev("Security forces killed two men they said were Lashkar-e-Taiba militants in the forest above Aragam; the family of one said he was a labourer.",
       "2021-08-09", "‘on Monday’ before the Tuesday 2021-08-10 page date (no date in the dateline): Monday 2021-08-09",
       "Aragam", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Lashkar-e-Taiba",
       2, None, None, None,
       "Two militants of the Lashkar-e-Taiba were killed in an encounter with security forces in the Aragam area of Bandipora district on Monday, police said, but the family of one of the dead said he was a labourer who had gone into the forest to collect firewood.",
       note="who the dead were is disputed, not who killed them"),
    ev("Relatives and neighbours blocked the road in Aragam demanding the body; police fired tear gas and two people were injured.",
       "2021-08-10", "‘On Tuesday’, the day of the Tuesday 2021-08-10 page date",
       "Aragam", "Jammu and Kashmir", "IN", "other", "protesters", "Indian security forces",
       None, None, 2, None,
       "On Tuesday, relatives and neighbours of the local man blocked the road in Aragam demanding the return of his body, which police had buried in a graveyard in north Kashmir in keeping with a policy adopted last year. Police fired tear gas to disperse them, and two people were injured, residents said.",
       note="protest with intervention"),
    ev("An IED planted by infiltrators went off during a patrol near the LoC in the Nowshera sector, killing a JCO and injuring two soldiers.",
       "2021-08-08", "‘on Sunday’ before the Tuesday 2021-08-10 page date: Sunday 2021-08-08",
       "Nowshera", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       1, None, 2, None,
       "Separately, a junior commissioned officer of the Army was killed and two soldiers were injured on Sunday when an improvised explosive device went off during patrolling near the Line of Control in the Nowshera sector of Rajouri district, a defence spokesman said. He said the device had been planted by infiltrators. No group claimed the blast.",
       note="'infiltrators' names no group"),
    ev("Police arrested four 'hybrid' militants of The Resistance Front in Bijbehara.",
       "2021-08-09", "‘on Monday’ before the Tuesday 2021-08-10 page date: Monday 2021-08-09",
       "Bijbehara", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "The Resistance Front",
       None, None, None, None,
       "In Anantnag, police said they had arrested four \"hybrid\" militants of The Resistance Front, which they describe as a front for the Lashkar-e-Taiba, in Bijbehara on Monday.",
       arrested=4),
],
figures=[
    fig("killed", 89, "Jammu and Kashmir",
        "89 militants have been killed in the Union Territory this year, 76 of them locals", note="militants, 2021 so far"),
    fig("killed", 19, "Jammu and Kashmir",
        "while 19 security personnel have lost their lives", note="security personnel, 2021 so far"),
    fig("fighters", 200, "Jammu and Kashmir",
        "Officials estimate that about 200 militants are active."),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
SET = "b31"
N_REPORTS = 36
LENGTHS = {"short": (60, 110, 8), "ordinary": (200, 380, 22), "long": (600, 850, 6)}
N_EMPTY = 5
MAX_EVENTS = 7
PUB_RANGE = (datetime.date(2008, 1, 1), datetime.date(2021, 12, 31))
WINDOW_DAYS = 45

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
        "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"AF", "PK", "IN"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Kabul": "AF", "Kandahar": "AF", "Helmand": "AF", "Ghazni": "AF", "Kunduz": "AF", "Nangarhar": "AF",
    "Baghlan": "AF", "Logar": "AF", "Faryab": "AF", "Badakhshan": "AF", "Uruzgan": "AF", "Zabul": "AF",
    "Farah": "AF", "Paktia": "AF", "Wardak": "AF", "Takhar": "AF", "Balkh": "AF", "Herat": "AF",
    "Khost": "AF", "Laghman": "AF", "Kunar": "AF", "Jowzjan": "AF", "Sar-e Pul": "AF",
    "Khyber Pakhtunkhwa": "PK", "Balochistan": "PK", "Sindh": "PK", "Punjab": "PK", "Islamabad": "PK",
    "Azad Kashmir": "PK",
    "Jammu and Kashmir": "IN", "Chhattisgarh": "IN", "Jharkhand": "IN", "Odisha": "IN", "Maharashtra": "IN",
    "Bihar": "IN",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Taliban", "Afghan security forces", "Islamic State", "US forces", "Haqqani network",
    "Pakistani security forces", "Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi",
    "Baloch Republican Army", "Balochistan Liberation Front", "peace lashkar",
    "Indian security forces", "Lashkar-e-Taiba", "Jaish-e-Mohammed", "Hizbul Mujahideen",
    "The Resistance Front", "CPI (Maoist)", "PLFI",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
CITY = r"[A-Z][A-Z'’. -]*[A-Z]"
REGION = r"(?:, [A-Z][A-Za-z ]+)?"
MO = "|".join(MONTHS)
AB = "|".join(sorted(ABBR, key=len, reverse=True))
DATELINES = {
    "full": re.compile(r"^(%s)%s, (%s) (\d{1,2}) \(([^()]+)\) - \S" % (CITY, REGION, MO)),
    "abbr": re.compile(r"^(%s)%s, (%s)\.? (\d{1,2}) \(([^()]+)\) - \S" % (CITY, REGION, AB)),
    "dayfirst": re.compile(r"^(%s)%s, (\d{1,2}) (%s) \(([^()]+)\) - \S" % (CITY, REGION, MO)),
    "nodate": re.compile(r"^(%s): \S" % CITY),
}
# anything that starts like a dateline of any style
DATELINE_LIKE = re.compile(r"^%s(?:, [A-Z][A-Za-z ]+)?(?:, \d|, [A-Z][a-z]+\.? \d|: | \()" % CITY)
UPDATED = re.compile(r"^Updated:? (.+)$")
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
RELATIVE = re.compile(r"\b(day after|day later|day earlier|day before|days? (?:after|before|earlier|later)|"
                      r"week|hours? (?:after|before|earlier|later))\b", re.I)

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


def month_no(name):
    name = name.rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return ABBR.get(name)


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_evidence(where, text, evidence):
    if not isinstance(evidence, str) or not evidence.strip():
        err(where, "empty evidence")
        return
    for piece in evidence.split(" [...] "):
        if not piece or piece not in text:
            err(where, f"evidence piece not verbatim in text: {piece[:80]!r}")


def check_dateline(rid, text, style, pub):
    lines = text.split("\n")
    if not lines[0].strip() or DATELINE_LIKE.match(lines[0]) or UPDATED.match(lines[0]):
        err(rid, "first line must be a headline")
    found = []
    for ln in lines:
        if DATELINE_LIKE.match(ln):
            found.append(ln)
    if style == "none":
        if found:
            err(rid, f"dateline style 'none' but a dateline-like line: {found[0][:60]!r}")
        return
    if style not in DATELINES:
        err(rid, f"unknown dateline style {style!r}")
        return
    if len(found) != 1:
        err(rid, f"{len(found)} dateline-like lines, expected exactly one")
        return
    m = DATELINES[style].match(found[0])
    if not m:
        err(rid, f"dateline not of style {style!r}: {found[0][:60]!r}")
        return
    if style == "nodate":
        return
    if style == "dayfirst":
        day, mon = int(m.group(2)), month_no(m.group(3))
    else:
        mon, day = month_no(m.group(2)), int(m.group(3))
    if (mon, day) != (pub.month, pub.day):
        err(rid, f"dateline {m.group(2)} {m.group(3)} does not name publication {pub}")


def check_updated(rid, text, pub):
    for ln in text.split("\n"):
        m = UPDATED.match(ln)
        if not m:
            continue
        s = m.group(1)
        d1 = re.match(r"(\d{1,2}) (%s|%s)\.? (\d{4})" % (MO, AB), s)
        d2 = re.match(r"(%s|%s)\.? (\d{1,2}), (\d{4})" % (MO, AB), s)
        if d1:
            d = datetime.date(int(d1.group(3)), month_no(d1.group(2)), int(d1.group(1)))
        elif d2:
            d = datetime.date(int(d2.group(3)), month_no(d2.group(1)), int(d2.group(2)))
        else:
            err(rid, f"unparsable Updated line {ln!r}")
            continue
        if d != pub:
            err(rid, f"Updated line {d} differs from publication {pub}")


def check_weekday_dates_in_text(where, text, pub):
    """Every 'Weekday[,] D Month[ YYYY]' and 'Weekday[,] Month D[, YYYY]' in a text must be a true date."""
    wd = "|".join(WEEKDAYS)
    mo = MO + "|" + AB
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)\.?(?:,? (\d{4}))?" % (wd, mo)),
            re.compile(r"\b(%s),? (%s)\.? (\d{1,2})(?:,? (\d{4}))?" % (wd, mo))]
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            if i == 0:
                day, month = int(m.group(2)), month_no(m.group(3))
            else:
                day, month = int(m.group(3)), month_no(m.group(2))
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


def check_date_note(where, e, text, pub):
    note = e.get("date_note")
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
    quotes = re.findall(r"‘([^’]*)’", note)
    for q in quotes:
        if q not in text:
            err(where, f"date_note quotes text not in report: {q!r}")
    if "'" in note and "‘" not in note:
        err(where, "date_note quotes with straight quotes; use ‘…’")
    outside = re.sub(r"‘[^’]*’", "‘’", note)
    dated = set()
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), outside):
        dm = re.match(r" (\d{4}-\d{2}-\d{2})", outside[m.end():])
        if not dm:
            err(where, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD'")
            continue
        d = parse_date(dm.group(1))
        if d is None:
            err(where, f"bad date in date_note {dm.group(1)!r}")
        elif WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"date_note says {m.group(1)} {dm.group(1)}, but it is a {WEEKDAYS[d.weekday()]}")
        elif not (0 <= (pub - d).days <= WINDOW_DAYS):
            err(where, f"date_note date {d} outside the news window of {pub}")
        else:
            dated.add(m.group(1))
    # every weekday the note quotes from the text must be resolved outside the quotes
    quoted_days = {w for q in quotes for w in WEEKDAYS if re.search(r"\b%s\b" % w, q)}
    for w in quoted_days - dated:
        err(where, f"date_note quotes {w!r} but does not resolve it as '{w} YYYY-MM-DD'")
    if e.get("date") is not None:
        if e["date"] not in note:
            err(where, f"date_note does not state the event date {e['date']}")
        # a bare weekday in the quote ("on Tuesday", "late on Sunday") must be the event's weekday,
        # and the most recent such day on or before publication
        d = parse_date(e["date"])
        if d and len(quoted_days) == 1 and not any(RELATIVE.search(q) for q in quotes):
            w = next(iter(quoted_days))
            if WEEKDAYS[d.weekday()] != w:
                err(where, f"quoted ‘{w}’ but the event date {d} is a {WEEKDAYS[d.weekday()]}")
            elif (pub - d).days > 6:
                err(where, f"quoted ‘{w}’ resolves to the {w} within the week before {pub}, not {d}")


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    ids = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "%s-%02d" % (SET, i + 1):
            err(rid, f"id out of order, expected {SET}-{i + 1:02d}")
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (PUB_RANGE[0] <= pub <= PUB_RANGE[1]):
            err(rid, f"published {pub} outside {PUB_RANGE[0].year}-{PUB_RANGE[1].year}")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        if str(pub.year) not in r["url"]:
            err(rid, "url does not carry the publication year")
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        if r["length"] not in LENGTHS:
            err(rid, f"unknown length class {r['length']!r}")
        else:
            lo, hi, _ = LENGTHS[r["length"]]
            words = len(text.split())
            if not (lo <= words <= hi):
                err(rid, f"{words} words, expected {lo}-{hi} for a {r['length']} report")
        check_dateline(rid, text, r["dateline"], pub)
        check_updated(rid, text, pub)
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
            if e.get("actor1") == e.get("actor2") and e.get("actor1") not in ("unknown",):
                err(w, "actor1 and actor2 are the same")
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
                elif (pub - d).days > WINDOW_DAYS:
                    err(w, f"date {d} more than {WINDOW_DAYS} days before publication: background, not an incident?")
            check_date_note(w, e, text, pub)
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
        if len(r["events"]) > MAX_EVENTS:
            err(rid, f"{len(r['events'])} events, expected at most {MAX_EVENTS}")
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    for cls, (_, _, n) in LENGTHS.items():
        got = sum(r["length"] == cls for r in REPORTS)
        if got != n:
            err("set", f"{got} {cls} reports, expected {n}")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    hinted = {r.get("country_hint") for r in REPORTS if not r["events"]}
    if hinted != COUNTRIES:
        err("set", f"reports without events should come from each of the three countries: {sorted(map(str, hinted))}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
    styles = Counter(r["dateline"] for r in REPORTS)
    if set(styles) != {"full", "abbr", "dayfirst", "nodate", "none"}:
        err("set", f"dateline styles not all used: {dict(styles)}")


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
    print(f"reports: {len(REPORTS)}")
    for cls in LENGTHS:
        words = [len(r["text"].split()) for r in REPORTS if r["length"] == cls]
        print(f"  {cls}: {len(words)} (words {min(words)}-{max(words)}, mean {sum(words) // len(words)})")
    print("datelines: " + ", ".join(f"{k} {v}" for k, v in Counter(r["dateline"] for r in REPORTS).most_common()))
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
