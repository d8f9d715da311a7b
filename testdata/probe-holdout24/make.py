#!/usr/bin/env python3
"""probe-holdout24: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep. Run sitrep on docs.jsonl and
score the output; do not open the texts, the gold or this file.

Theme: ordinary conflict news from around the world, 2014-2024, as wires, local papers,
monitors, ministries, militaries and NGOs tell it: Iraq, Syria, Yemen, Israel and Gaza,
Lebanon, Nigeria, Mali, Burkina Faso, Niger, Somalia, Sudan, DR Congo, Ethiopia, Afghanistan,
Pakistan, India, Ukraine and Russia, Myanmar, Colombia and Mexico. Reports of three lengths
(short feed items, ordinary stories, long pieces), five of them without any incident, with
varied datelines (full, abbreviated month, day-first, no date, none at all), bylines and
"Updated"/"Published"/"Posted" lines.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, kind, style, text, events=(), figures=(), country_hint=None):
    """kind: short | ordinary | long; style: the dateline as written:
    full ("CITY, Month D (Outlet) - "), abbr ("CITY, Oct. 8 (Outlet) - "),
    dayfirst ("CITY, 1 April (Outlet) - "), nodate ("CITY (Outlet) - "), none (no dateline)."""
    r = {"id": id, "published": published, "url": url, "kind": kind, "style": style,
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
# h24-01 .. h24-06
# ---------------------------------------------------------------------------

report("h24-01", "2015-07-07", "https://www.example-sahelstandard.com/news/2015/07/07/maiduguri-mosque-bomber-dalwa-raid",
"ordinary", "full",
"""
Woman bomber kills worshippers at Maiduguri mosque as sect raids Konduga village

MAIDUGURI, Nigeria, July 7 (Sahel Standard) - At least 14 worshippers were killed on Sunday evening when explosives hidden under the clothes of a young woman were set off at the gate of a mosque in the Jiddari Polo area of Maiduguri, the Borno State capital, as people gathered to break the Ramadan fast, police and emergency officials said.

The woman had been stopped for a search by volunteers of the Civilian Joint Task Force posted at the entrance, a police spokesman said, and the blast went off as one of them reached for her bag. The National Emergency Management Agency put the toll at 14 dead and 31 injured, but a vigilante who helped carry the victims to the State Specialist Hospital said he had counted 20 bodies, two of them his colleagues.

No group has claimed the attack, which bore the marks of Boko Haram; the sect has sent dozens of women and girls strapped with explosives into markets, bus stations and mosques in the north-east this year.

Earlier on Sunday, gunmen on motorcycles, believed by residents to be members of the sect, rode into Dalwa, a farming village in Konduga local government area, shooting at people in the fields and setting fire to houses and grain stores. A local government official said 11 people were killed and nine wounded; two of the wounded died overnight at the hospital in Maiduguri, raising the toll to 13.

The army said in a statement on Monday that troops had repelled an attack by Boko Haram terrorists on their positions outside Bama on Saturday, killing "scores of the terrorists" and recovering weapons, including two anti-aircraft guns. One soldier was wounded, the statement said.

On Monday morning police in Maiduguri detained a girl of about 15 at the entrance of the Monday Market after a trader noticed wires under her veil. The device was made safe by bomb disposal experts and nobody was hurt, the police spokesman said.

More than 15,000 people have been killed since Boko Haram took up arms in 2009, and about 1.5 million have fled their homes, according to the United Nations.
""",
events=[
    ev("A woman's suicide bomb at the gate of a mosque in Maiduguri's Jiddari Polo area killed 14 (NEMA) to 20 (a vigilante's count) and injured 31.",
       "2015-07-05", "‘on Sunday evening’ before the Tuesday 2015-07-07 dateline: Sunday 2015-07-05",
       "Jiddari Polo", "Borno", "NG", "explosion", "unknown", "civilians",
       14, 20, 31, None,
       "At least 14 worshippers were killed on Sunday evening when explosives hidden under the clothes of a young woman were set off at the gate of a mosque in the Jiddari Polo area of Maiduguri, the Borno State capital, as people gathered to break the Ramadan fast, police and emergency officials said. [...] The National Emergency Management Agency put the toll at 14 dead and 31 injured, but a vigilante who helped carry the victims to the State Specialist Hospital said he had counted 20 bodies, two of them his colleagues. [...] No group has claimed the attack, which bore the marks of Boko Haram",
       note="conflicting tolls: NEMA 14, a vigilante 20; unclaimed, Boko Haram only suspected ('bore the marks'), so actor1 unknown"),
    ev("Gunmen on motorcycles raided Dalwa village in Konduga, shooting villagers and burning houses; 13 died (two of the nine wounded later) and seven remained wounded.",
       "2015-07-05", "‘Earlier on Sunday’ than the evening bombing, before the Tuesday 2015-07-07 dateline: Sunday 2015-07-05",
       "Dalwa", "Borno", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       13, None, 7, None,
       "Earlier on Sunday, gunmen on motorcycles, believed by residents to be members of the sect, rode into Dalwa, a farming village in Konduga local government area, shooting at people in the fields and setting fire to houses and grain stores. A local government official said 11 people were killed and nine wounded; two of the wounded died overnight at the hospital in Maiduguri, raising the toll to 13.",
       note="13 = 11 + 2 wounded who died; wounded 7 = 9 - 2; 'believed by residents' is hedged, so the gunmen stay unidentified"),
    ev("Boko Haram attacked army positions outside Bama; the army said it repelled the attack and one soldier was wounded.",
       "2015-07-04", "‘on Saturday’ in the army's statement ‘on Monday’, before the Tuesday 2015-07-07 dateline: Saturday 2015-07-04",
       "Bama", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       None, None, 1, None,
       "The army said in a statement on Monday that troops had repelled an attack by Boko Haram terrorists on their positions outside Bama on Saturday, killing \"scores of the terrorists\" and recovering weapons, including two anti-aircraft guns. One soldier was wounded, the statement said.",
       note="the army's 'scores of the terrorists' is a side's claim of enemy dead, not a toll"),
    ev("Police detained a girl of about 15 carrying explosives at the entrance of the Monday Market in Maiduguri; the device was made safe and nobody was hurt.",
       "2015-07-06", "‘On Monday morning’ before the Tuesday 2015-07-07 dateline: Monday 2015-07-06",
       "Monday Market", "Borno", "NG", "other", "Nigerian security forces", "unknown",
       0, None, 0, None,
       "On Monday morning police in Maiduguri detained a girl of about 15 at the entrance of the Monday Market after a trader noticed wires under her veil. The device was made safe by bomb disposal experts and nobody was hurt, the police spokesman said.",
       note="a foiled suicide bombing (disrupted weapons use); explicit zeros"),
],
figures=[
    fig("killed", 15000, "north-east Nigeria",
        "More than 15,000 people have been killed since Boko Haram took up arms in 2009",
        note="since 2009"),
    fig("displaced", 1500000, "north-east Nigeria",
        "about 1.5 million have fled their homes, according to the United Nations"),
])

report("h24-02", "2019-10-15", "https://www.example-hornwire.com/somalia/2019/10/15/mogadishu-checkpoint-car-bomb",
"short", "abbr",
"""
Car bomb kills five at Mogadishu checkpoint

MOGADISHU, Oct. 15 (Horn Wire) - A car packed with explosives blew up at a police checkpoint near the Ex-Control Afgoye junction on the western edge of Mogadishu on Monday afternoon, killing five people, three of them police officers, an officer at the scene said. The Aamin ambulance service said its crews had carried 12 wounded people to hospitals. Hours later al-Shabaab said in a statement on its Andalus radio that its fighters had carried out the attack, claiming to have killed "more than 20 apostate soldiers".
""",
events=[
    ev("A car bomb at a police checkpoint near the Ex-Control Afgoye junction killed five people, three of them police, and wounded 12; al-Shabaab claimed it.",
       "2019-10-14", "‘on Monday afternoon’ before the Tuesday 2019-10-15 dateline: Monday 2019-10-14",
       "Ex-Control Afgoye junction", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       5, None, 12, None,
       "A car packed with explosives blew up at a police checkpoint near the Ex-Control Afgoye junction on the western edge of Mogadishu on Monday afternoon, killing five people, three of them police officers, an officer at the scene said. The Aamin ambulance service said its crews had carried 12 wounded people to hospitals. Hours later al-Shabaab said in a statement on its Andalus radio that its fighters had carried out the attack, claiming to have killed \"more than 20 apostate soldiers\".",
       note="who did it told only in the claim; the claim of 20 soldiers killed is not a toll"),
],
figures=[])

report("h24-03", "2022-05-18", "https://www.example-dniprodaily.com/war/2022/05/18/saltivka-shelling-derhachi-belgorod",
"ordinary", "none",
"""
Shells kill four in Kharkiv's Saltivka; Russian governor reports strike on border village
Updated 18/05/2022 19:40

Shells struck apartment blocks in the northern Saltivka district of Kharkiv on Tuesday morning, killing three people and wounding eight, the regional military administration said, a week after Ukrainian troops pushed Russian forces back from the city's northern outskirts.

A woman pulled from the rubble of a five-storey building with head injuries died in hospital during the night, the head of the administration said on Wednesday, bringing the toll to four. He blamed Russian artillery positioned north of the city, near the border.

Russian forces also shelled the town of Derhachi, north-west of Kharkiv, on Tuesday afternoon, damaging a school and a dozen private houses. Nobody was hurt there, he said, because most residents had left or were sheltering in basements.

Across the border, the governor of Russia's Belgorod region said one man was killed and two people wounded on Tuesday evening when shells fired from the Ukrainian side hit the village of Solokhi. Kyiv does not usually comment on such reports, and the claim could not be independently verified.

The SBU security service said on Wednesday it had detained a Kharkiv resident suspected of passing the positions of Ukrainian units in the city to Russian intelligence through a messaging app. It did not say when he was arrested.

Russia's defence ministry said on Wednesday that its missiles and artillery had killed more than 300 "nationalists" across Ukraine over the past day, a figure that cannot be checked.

City officials say more than 2,000 residential buildings in Kharkiv have been damaged or destroyed since the invasion began on February 24, most of them in Saltivka and the neighbouring northern districts, and that about a third of the city's 1.4 million people have left.
""",
events=[
    ev("Russian shells struck apartment blocks in Kharkiv's Saltivka district, killing four (one of the wounded died overnight) and wounding seven.",
       "2022-05-17", "‘on Tuesday morning’ before the Wednesday 2022-05-18 ‘Updated 18/05/2022’ line: Tuesday 2022-05-17",
       "Saltivka", "Kharkiv", "UA", "explosion", "Russian forces", "civilians",
       4, None, 7, None,
       "Shells struck apartment blocks in the northern Saltivka district of Kharkiv on Tuesday morning, killing three people and wounding eight, the regional military administration said [...] A woman pulled from the rubble of a five-storey building with head injuries died in hospital during the night, the head of the administration said on Wednesday, bringing the toll to four. He blamed Russian artillery positioned north of the city, near the border.",
       note="4 = 3 + 1 wounded who died; wounded 7 = 8 - 1; the doer told late ('He blamed Russian artillery')"),
    ev("Russian forces shelled Derhachi, damaging a school and a dozen houses; nobody was hurt.",
       "2022-05-17", "‘on Tuesday afternoon’ before the Wednesday 2022-05-18 update: Tuesday 2022-05-17",
       "Derhachi", "Kharkiv", "UA", "explosion", "Russian forces", "civilians",
       0, None, 0, None,
       "Russian forces also shelled the town of Derhachi, north-west of Kharkiv, on Tuesday afternoon, damaging a school and a dozen private houses. Nobody was hurt there, he said",
       note="explicit zeros"),
    ev("Shells fired from the Ukrainian side hit the Russian border village of Solokhi, killing one man and wounding two, the Belgorod governor said.",
       "2022-05-17", "‘on Tuesday evening’ before the Wednesday 2022-05-18 update: Tuesday 2022-05-17",
       "Solokhi", "Belgorod", "RU", "explosion", "Ukrainian forces", "civilians",
       1, None, 2, None,
       "Across the border, the governor of Russia's Belgorod region said one man was killed and two people wounded on Tuesday evening when shells fired from the Ukrainian side hit the village of Solokhi. Kyiv does not usually comment on such reports, and the claim could not be independently verified.",
       note="blamed on the Ukrainian side and not denied: the accused is actor1"),
    ev("The SBU detained a Kharkiv resident suspected of passing Ukrainian positions to Russian intelligence.",
       None, "only the day of the statement (‘said on Wednesday’); ‘It did not say when he was arrested.’",
       "Kharkiv", "Kharkiv", "UA", "arrest", "Ukrainian forces", "civilians",
       None, None, None, None,
       "The SBU security service said on Wednesday it had detained a Kharkiv resident suspected of passing the positions of Ukrainian units in the city to Russian intelligence through a messaging app. It did not say when he was arrested.",
       note="the SBU counted with the Ukrainian state forces", arrested=1),
],
figures=[
    fig("killed", 300, "Ukraine",
        "Russia's defence ministry said on Wednesday that its missiles and artillery had killed more than 300 \"nationalists\" across Ukraine over the past day",
        note="a side's claim of enemy dead over a day"),
    fig("other", 2000, "Kharkiv",
        "City officials say more than 2,000 residential buildings in Kharkiv have been damaged or destroyed since the invasion began on February 24",
        note="buildings damaged or destroyed"),
    fig("other", 1400000, "Kharkiv",
        "about a third of the city's 1.4 million people have left",
        note="pre-war population; about a third have left"),
])
report("h24-04", "2018-06-21", "https://www.example-gulfmonitor.com/yemen/2018/06/21/hodeidah-airport-seized",
"long", "dayfirst",
"""
Coalition-backed forces seize Hodeidah airport as fighting closes on Yemen's lifeline port
By Gulf Monitor staff

ADEN, 21 June (Gulf Monitor) – Yemeni pro-government forces backed by the Saudi-led coalition took full control of Hodeidah's international airport on Wednesday, a week after launching an offensive to wrest the Red Sea city and its port from the Houthi movement, military officials and the coalition said.

Units of the Giants Brigades, made up largely of fighters from the south, and of the Tihama Resistance moved into the terminal and the runways early on Wednesday after engineers had cleared the approaches of mines, a Giants Brigades commander said by telephone from the southern edge of the city. Emirati armoured vehicles and Apache helicopters supported the assault, he said. The airport, about 8 km south of the port, had been contested since the weekend, and the Houthis were still firing mortars at it from farms to the east on Wednesday evening.

Four pro-government soldiers were killed and 13 wounded on Tuesday night when Houthi fighters attacked their positions along the coastal road near al-Durayhimi, south of the airport, a medical official at the field hospital in al-Khokha said. The pro-government side said its forces had killed 30 Houthi fighters and captured a dozen more in the clashes; al-Masirah, the Houthis' television channel, said their fighters had "inflicted heavy losses on the invaders and their mercenaries" but gave no figures for their own dead.

In al-Tuhayta district, further south, nine members of one family, among them five children, were killed on Monday when their pickup truck was hit as they fled along a farm track towards Zabid, the health ministry in the Houthi-run capital Sanaa said. It blamed a coalition air strike. A coalition spokesman said in a statement that its aircraft had not carried out any strikes in the area that day, and that the report had been referred to the coalition's Joint Incidents Assessment Team.

The Houthis, for their part, fired a ballistic missile at the city of Marib, east of Sanaa, on Sunday night. Local authorities said it came down near a camp for displaced families on the western edge of the city, killing two people and wounding 11; al-Masirah said the missile had been aimed at a "gathering of mercenaries" at a military camp.

A day earlier, a woman and her two children were killed when a landmine exploded under their donkey cart near Hays, in the south of Hodeidah province, local officials said, blaming mines planted by the Houthis as they fell back along the coast. Demining teams say the retreating fighters have left thousands of mines and improvised explosive devices in fields, wells and houses between al-Khokha and Hodeidah.

In Taiz, shells fired from Houthi positions in the hills east of the city crashed into a residential street in the Hawdh al-Ashraf neighbourhood on Wednesday afternoon, wounding four children, a doctor at al-Thawra hospital said.

Inside Hodeidah, residents reached by telephone said Houthi security men had detained at least 17 people in recent days, accusing them of sending coordinates to the coalition, and had dug trenches and piled sandbags across the main streets leading to the port. Many shops were shut on Wednesday, and long queues formed at the few bakeries still open.

The United Nations says some 600,000 people still live in and around the city, and that more than 5,200 families have fled Hodeidah's southern districts since June 1. About 70 percent of Yemen's imports, including most of its food and fuel, pass through the port, and aid agencies warn that a long battle there could cut supplies to millions of people in the north who already depend on handouts.

"If the port stops working, the whole country stops eating," said an official of an international aid group in Sanaa, who asked not to be named because he was not authorised to speak to the press.

The UN envoy, who spent a third day in Sanaa on Wednesday, has proposed that the Houthis hand the port to a committee supervised by the United Nations in exchange for a halt to the offensive. Houthi leaders have said they are ready to discuss a UN role at the port but not to withdraw from the city, and the coalition has insisted on a full and unconditional withdrawal.

The war, which escalated when the coalition intervened in March 2015 to restore the government of President Abd-Rabbu Mansour Hadi, has killed more than 10,000 people, according to UN figures, and pushed 8.4 million Yemenis to the brink of famine.
""",
events=[
    ev("Pro-government forces backed by the Saudi-led coalition took full control of Hodeidah's international airport from the Houthis.",
       "2018-06-20", "‘on Wednesday’ in the Thursday 2018-06-21 dateline: Wednesday 2018-06-20",
       "Hodeidah international airport", "Hodeidah", "YE", "territory_gain", "Yemeni government forces", "Houthis",
       None, None, None, None,
       "Yemeni pro-government forces backed by the Saudi-led coalition took full control of Hodeidah's international airport on Wednesday, a week after launching an offensive to wrest the Red Sea city and its port from the Houthi movement, military officials and the coalition said.",
       note="Giants Brigades and Tihama Resistance, with Emirati armour and helicopters"),
    ev("Houthi fighters attacked pro-government positions on the coastal road near al-Durayhimi; four soldiers were killed and 13 wounded.",
       "2018-06-19", "‘on Tuesday night’ before the Thursday 2018-06-21 dateline: Tuesday 2018-06-19",
       "al-Durayhimi", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces",
       4, None, 13, None,
       "Four pro-government soldiers were killed and 13 wounded on Tuesday night when Houthi fighters attacked their positions along the coastal road near al-Durayhimi, south of the airport, a medical official at the field hospital in al-Khokha said. The pro-government side said its forces had killed 30 Houthi fighters and captured a dozen more in the clashes",
       note="the pro-government claim of 30 Houthis killed is a side's claim of enemy dead, not a toll"),
    ev("A pickup truck carrying a fleeing family was hit in al-Tuhayta district, killing nine; the Houthi health ministry blamed a coalition air strike, which the coalition denied.",
       "2018-06-18", "‘on Monday’ before the Thursday 2018-06-21 dateline: Monday 2018-06-18",
       "al-Tuhayta", "Hodeidah", "YE", "explosion", "unknown", "civilians",
       9, None, None, None,
       "In al-Tuhayta district, further south, nine members of one family, among them five children, were killed on Monday when their pickup truck was hit as they fled along a farm track towards Zabid, the health ministry in the Houthi-run capital Sanaa said. It blamed a coalition air strike. A coalition spokesman said in a statement that its aircraft had not carried out any strikes in the area that day",
       note="blame denied by the accused: actor1 unknown"),
    ev("A Houthi ballistic missile came down near a camp for displaced families on the edge of Marib, killing two and wounding 11.",
       "2018-06-17", "‘on Sunday night’ before the Thursday 2018-06-21 dateline: Sunday 2018-06-17",
       "Marib", "Marib", "YE", "explosion", "Houthis", "civilians",
       2, None, 11, None,
       "The Houthis, for their part, fired a ballistic missile at the city of Marib, east of Sanaa, on Sunday night. Local authorities said it came down near a camp for displaced families on the western edge of the city, killing two people and wounding 11"),
    ev("A landmine exploded under a donkey cart near Hays, killing a woman and her two children; officials blamed Houthi mines.",
       "2018-06-16", "‘A day earlier’ than the Marib missile ‘on Sunday night’ (Sunday 2018-06-17): Saturday 2018-06-16",
       "Hays", "Hodeidah", "YE", "explosion", "Houthis", "civilians",
       3, None, None, None,
       "A day earlier, a woman and her two children were killed when a landmine exploded under their donkey cart near Hays, in the south of Hodeidah province, local officials said, blaming mines planted by the Houthis as they fell back along the coast.",
       note="toll in words: a woman and two children; blame not denied"),
    ev("Shells fired from Houthi positions east of Taiz hit a street in Hawdh al-Ashraf, wounding four children.",
       "2018-06-20", "‘on Wednesday afternoon’ before the Thursday 2018-06-21 dateline: Wednesday 2018-06-20",
       "Hawdh al-Ashraf", "Taiz", "YE", "explosion", "Houthis", "civilians",
       None, None, 4, None,
       "In Taiz, shells fired from Houthi positions in the hills east of the city crashed into a residential street in the Hawdh al-Ashraf neighbourhood on Wednesday afternoon, wounding four children, a doctor at al-Thawra hospital said."),
    ev("Houthi security men detained at least 17 people in Hodeidah accused of sending coordinates to the coalition.",
       None, "‘in recent days’; no day stated",
       "Hodeidah", "Hodeidah", "YE", "arrest", "Houthis", "civilians",
       None, None, None, None,
       "Inside Hodeidah, residents reached by telephone said Houthi security men had detained at least 17 people in recent days, accusing them of sending coordinates to the coalition",
       note="detentions over several days told by residents; a coder could leave them out",
       arrested=17, optional=True),
],
figures=[
    fig("civilians_trapped", 600000, "Hodeidah",
        "The United Nations says some 600,000 people still live in and around the city"),
    fig("displaced", 5200, "Hodeidah",
        "more than 5,200 families have fled Hodeidah's southern districts since June 1",
        note="families"),
    fig("other", 70, "Hodeidah port",
        "About 70 percent of Yemen's imports, including most of its food and fuel, pass through the port",
        note="percent of imports"),
    fig("killed", 10000, "Yemen",
        "has killed more than 10,000 people, according to UN figures",
        note="since March 2015"),
    fig("other", 8400000, "Yemen",
        "pushed 8.4 million Yemenis to the brink of famine",
        note="people at risk of famine"),
])

report("h24-05", "2021-03-29", "https://www.example-mekongherald.com/myanmar/2021/03/29/armed-forces-day-killings-day-pu-no",
"ordinary", "full",
"""
Troops kill scores on Armed Forces Day; jets bomb Karen village after rebels seize outpost

YANGON, March 29 (Mekong Herald) - Myanmar's security forces shot dead at least 114 people across the country on Saturday, as the military marked Armed Forces Day with a parade in Naypyitaw, according to the Assistance Association for Political Prisoners (AAPP), the bloodiest day since the generals seized power on February 1.

In Mandalay, soldiers and police fired live rounds at crowds who had barricaded streets with sandbags and bamboo in several townships, killing at least 29 people, the AAPP said. Local media in the city put the number of dead at 40, among them two teenagers.

In Yangon's Insein township, troops fired into houses along the main road on Saturday night after residents had set fire to tyres, residents said; 11 people were killed and about 20 wounded, according to a volunteer rescue group.

Late on Saturday, military aircraft bombed the village of Day Pu No in Karen state's Hpapun district, killing at least three villagers, the Karen National Union (KNU) said. The strike came hours after the KNU's armed wing, the Karen National Liberation Army, overran an army outpost at Thee Mu Hta near the Salween river on Saturday morning. The KNU said its fighters had killed ten soldiers, including a lieutenant-colonel, and captured eight; the military did not comment. About 3,000 villagers crossed into Thailand's Mae Hong Son province on Sunday, Thai officials said.

On Sunday, police fired stun grenades and rubber bullets at people leaving a funeral in Bago, north-east of Yangon, witnesses said. Nobody was killed, they said.

The AAPP says at least 459 people have been killed and 2,574 detained since the coup. A military spokesman said on Saturday that the security forces had "used the minimum force necessary" against "violent rioters".
""",
events=[
    ev("Soldiers and police fired live rounds at protesters behind barricades in Mandalay, killing 29 (AAPP) to 40 (local media).",
       "2021-03-27", "‘on Saturday’ before the Monday 2021-03-29 dateline: Saturday 2021-03-27",
       "Mandalay", "Mandalay", "MM", "other", "Myanmar military", "protesters",
       29, 40, None, None,
       "Myanmar's security forces shot dead at least 114 people across the country on Saturday [...] In Mandalay, soldiers and police fired live rounds at crowds who had barricaded streets with sandbags and bamboo in several townships, killing at least 29 people, the AAPP said. Local media in the city put the number of dead at 40, among them two teenagers.",
       note="excessive force against protesters; conflicting tolls AAPP 29, local media 40"),
    ev("Troops fired into houses in Yangon's Insein township after residents set tyres alight, killing 11 and wounding about 20.",
       "2021-03-27", "‘on Saturday night’ before the Monday 2021-03-29 dateline: Saturday 2021-03-27",
       "Insein township", "Yangon", "MM", "attack_on_civilians", "Myanmar military", "civilians",
       11, None, 20, None,
       "In Yangon's Insein township, troops fired into houses along the main road on Saturday night after residents had set fire to tyres, residents said; 11 people were killed and about 20 wounded, according to a volunteer rescue group.",
       note="shooting into homes: attack on civilians rather than force against a protest"),
    ev("Military aircraft bombed Day Pu No village in Karen state, killing at least three villagers.",
       "2021-03-27", "‘Late on Saturday’ before the Monday 2021-03-29 dateline: Saturday 2021-03-27",
       "Day Pu No", "Kayin", "MM", "explosion", "Myanmar military", "civilians",
       3, None, None, None,
       "Late on Saturday, military aircraft bombed the village of Day Pu No in Karen state's Hpapun district, killing at least three villagers, the Karen National Union (KNU) said."),
    ev("The Karen National Liberation Army overran the army outpost at Thee Mu Hta near the Salween river.",
       "2021-03-27", "‘on Saturday morning’ before the Monday 2021-03-29 dateline: Saturday 2021-03-27",
       "Thee Mu Hta", "Kayin", "MM", "territory_gain", "Karen National Liberation Army", "Myanmar military",
       None, None, None, None,
       "The strike came hours after the KNU's armed wing, the Karen National Liberation Army, overran an army outpost at Thee Mu Hta near the Salween river on Saturday morning. The KNU said its fighters had killed ten soldiers, including a lieutenant-colonel, and captured eight; the military did not comment.",
       note="the KNU's claim of ten soldiers killed is a side's claim of enemy dead, not a toll"),
    ev("Police fired stun grenades and rubber bullets at mourners leaving a funeral in Bago; nobody was killed.",
       "2021-03-28", "‘On Sunday’ before the Monday 2021-03-29 dateline: Sunday 2021-03-28",
       "Bago", "Bago", "MM", "other", "Myanmar military", "protesters",
       0, None, None, None,
       "On Sunday, police fired stun grenades and rubber bullets at people leaving a funeral in Bago, north-east of Yangon, witnesses said. Nobody was killed, they said.",
       note="force against a crowd; explicit zero killed, wounded not stated; police counted with the military regime's forces"),
],
figures=[
    fig("killed", 114, "Myanmar",
        "Myanmar's security forces shot dead at least 114 people across the country on Saturday",
        note="a day's national toll, Mandalay and Insein included"),
    fig("displaced", 3000, "Mae Hong Son province, Thailand",
        "About 3,000 villagers crossed into Thailand's Mae Hong Son province on Sunday, Thai officials said."),
    fig("killed", 459, "Myanmar",
        "The AAPP says at least 459 people have been killed and 2,574 detained since the coup.",
        note="since February 1"),
    fig("arrested", 2574, "Myanmar",
        "The AAPP says at least 459 people have been killed and 2,574 detained since the coup.",
        note="since February 1"),
])

report("h24-06", "2017-07-06", "https://www.example-arabiareliefwire.com/yemen/2017/07/06/cholera-war-health-workers-unpaid",
"ordinary", "nodate",
"""
Cholera races through war-torn Yemen as health workers go unpaid

SANAA (Arabia Relief Wire) - Yemen's cholera epidemic has infected more than 269,000 people and killed 1,614 since late April, the World Health Organization said, as a health system wrecked by more than two years of war struggles with thousands of new cases a day.

Hospitals in Sanaa, Hodeidah, Hajjah and Amran are treating patients on floors and in tents pitched in their courtyards, aid workers said, and about 30,000 health workers have not been paid for nearly ten months because of the dispute between the Houthi authorities in Sanaa and the internationally recognised government over the central bank.

"We are fighting a disease of poverty in the middle of a war," said a doctor at a treatment centre in the capital. "The ambulances bring whole families, and we have no beds left."

Fewer than half of Yemen's health facilities are fully working, many of them damaged by air strikes and shelling since the Saudi-led coalition joined the war in March 2015, and the water and sewage pumping stations of several cities have stopped for lack of fuel. Children account for about 41 percent of suspected cases, according to UNICEF.

The conflict has killed more than 10,000 people, according to the United Nations, and driven about three million from their homes. Some seven million people are a step away from famine. The UN's appeal for Yemen this year, $2.1 billion, is about a third funded.

Aid agencies have urged the coalition to reopen Sanaa airport to commercial flights, closed since August last year, and to let new cranes into Hodeidah port, whose old ones were destroyed in air strikes two years ago. The Houthis, for their part, are accused by the government of diverting aid and fuel to their fighters, which they deny.
""",
country_hint="YE",
figures=[
    fig("other", 269000, "Yemen",
        "Yemen's cholera epidemic has infected more than 269,000 people and killed 1,614 since late April",
        note="suspected cholera cases"),
    fig("other", 1614, "Yemen",
        "Yemen's cholera epidemic has infected more than 269,000 people and killed 1,614 since late April",
        note="cholera deaths, not violence"),
    fig("other", 30000, "Yemen",
        "about 30,000 health workers have not been paid for nearly ten months",
        note="unpaid health workers"),
    fig("other", 41, "Yemen",
        "Children account for about 41 percent of suspected cases, according to UNICEF.",
        note="percent of cases"),
    fig("killed", 10000, "Yemen",
        "The conflict has killed more than 10,000 people, according to the United Nations"),
    fig("displaced", 3000000, "Yemen",
        "driven about three million from their homes"),
    fig("other", 7000000, "Yemen",
        "Some seven million people are a step away from famine.",
        note="people at risk of famine"),
])
# ---------------------------------------------------------------------------
# h24-07 .. h24-12
# ---------------------------------------------------------------------------

report("h24-07", "2021-07-08", "https://www.example-mesopotamiawire.com/security/2021/07/08/ain-al-asad-rockets-hit",
"short", "nodate",
"""
Rockets hit Ain al-Asad base, two contractors slightly hurt

BAGHDAD (Mesopotamia Wire) - At least 14 rockets struck the Ain al-Asad air base in western Anbar, which hosts US and other coalition troops, on Wednesday afternoon, wounding two contractors slightly, a coalition spokesman said. Nobody was killed. The rockets were fired from a lorry later found burned out near Hit, Iraqi security officials said, and two men were arrested near the town that evening. No group claimed the attack. Washington has blamed earlier strikes on Iran-backed factions such as Kataib Hezbollah, which denies any role.
""",
events=[
    ev("At least 14 rockets struck the Ain al-Asad air base, slightly wounding two contractors; nobody was killed and no group claimed it.",
       "2021-07-07", "‘on Wednesday afternoon’ before the Thursday 2021-07-08 publication (the dateline gives no date): Wednesday 2021-07-07",
       "Ain al-Asad air base", "Anbar", "IQ", "explosion", "unknown", "US-led coalition",
       0, None, 2, None,
       "At least 14 rockets struck the Ain al-Asad air base in western Anbar, which hosts US and other coalition troops, on Wednesday afternoon, wounding two contractors slightly, a coalition spokesman said. Nobody was killed. [...] No group claimed the attack.",
       note="explicit zero killed; Kataib Hezbollah is blamed only for earlier strikes and denies any role"),
    ev("Iraqi security forces arrested two men near Hit in connection with the rocket attack.",
       "2021-07-07", "‘that evening’, the evening of the attack ‘on Wednesday afternoon’: Wednesday 2021-07-07",
       "Hit", "Anbar", "IQ", "arrest", "Iraqi Security Forces", "unknown",
       None, None, None, None,
       "The rockets were fired from a lorry later found burned out near Hit, Iraqi security officials said, and two men were arrested near the town that evening.",
       arrested=2),
],
figures=[])

report("h24-08", "2019-06-18", "https://www.example-valleychronicle.com/kashmir/2019/06/18/arihal-ied-shopian-gunfight",
"ordinary", "dayfirst",
"""
Jawan succumbs after IED hits army vehicle in Pulwama; two militants killed in Shopian gunfight

SRINAGAR, 18 June (Valley Chronicle) - A soldier injured when militants blew up an army vehicle with an improvised explosive device near Arihal village in south Kashmir's Pulwama district on Monday evening succumbed to his injuries at the army's base hospital in Srinagar on Tuesday morning, officials said.

The mine-protected vehicle of the 44 Rashtriya Rifles was on its way back from a search operation when the device, planted along the Arihal-Lassipora road, exploded. Six soldiers and two civilians travelling in a passing car were injured in the blast, a police officer said. The Jaish-e-Mohammad later claimed responsibility in a message sent to a local news agency.

A day earlier, two militants were killed in a gunfight with the army, the Special Operations Group of the police and the CRPF in Zainapora, Shopian, which began after troops cordoned off a house on a tip-off. A soldier was injured in the exchange of fire, and the house was destroyed. Relatives identified the bodies as those of two local youths who had joined militant ranks last year.

Thousands of people attended their funeral in Turkwangam village on Monday. Clashes broke out when youths hurled stones at a police party near the graveyard; police fired pellets and tear smoke shells, injuring at least 12 protesters, a doctor at the district hospital said.

In central India, Maoist rebels set off a landmine under a motorcycle patrol of the District Reserve Guard near Kirandul in Chhattisgarh's Dantewada district on Saturday, killing one jawan and injuring another, police said.

Police in Pulwama said on Tuesday they had arrested three overground workers of the Jaish-e-Mohammad who had sheltered militants and helped them move explosives. The police did not say when or where the men were picked up.

More than 110 militants have been killed in Jammu and Kashmir this year, according to police figures, and at least 50 security personnel have lost their lives. Mobile internet remained suspended in Pulwama and Shopian districts on Tuesday.
""",
events=[
    ev("An IED planted by militants hit an army vehicle near Arihal, injuring six soldiers and two civilians; one soldier later died. Jaish-e-Mohammad claimed it.",
       "2019-06-17", "‘on Monday evening’ before the Tuesday 2019-06-18 dateline: Monday 2019-06-17",
       "Arihal", "Jammu and Kashmir", "IN", "explosion", "Jaish-e-Mohammad", "Indian security forces",
       1, None, 7, None,
       "A soldier injured when militants blew up an army vehicle with an improvised explosive device near Arihal village in south Kashmir's Pulwama district on Monday evening succumbed to his injuries at the army's base hospital in Srinagar on Tuesday morning, officials said. [...] Six soldiers and two civilians travelling in a passing car were injured in the blast, a police officer said. The Jaish-e-Mohammad later claimed responsibility in a message sent to a local news agency.",
       note="the wounded who died: killed 1, wounded 7 = 8 - 1; who did it told late, in a claim"),
    ev("Two militants were killed and a soldier injured in a gunfight with security forces who cordoned off a house in Zainapora, Shopian.",
       "2019-06-16", "‘A day earlier’ than the IED ‘on Monday evening’ (Monday 2019-06-17): Sunday 2019-06-16",
       "Zainapora", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "militants (unidentified)",
       2, None, 1, None,
       "A day earlier, two militants were killed in a gunfight with the army, the Special Operations Group of the police and the CRPF in Zainapora, Shopian, which began after troops cordoned off a house on a tip-off. A soldier was injured in the exchange of fire, and the house was destroyed. Relatives identified the bodies as those of two local youths who had joined militant ranks last year.",
       note="the two dead are confirmed by relatives, not only claimed by the forces; group not named"),
    ev("Youths threw stones at police at a militants' funeral in Turkwangam; police fired pellets and tear smoke, injuring at least 12 protesters.",
       "2019-06-17", "‘on Monday’ before the Tuesday 2019-06-18 dateline: Monday 2019-06-17",
       "Turkwangam", "Jammu and Kashmir", "IN", "other", "protesters", "Indian security forces",
       None, None, 12, None,
       "Thousands of people attended their funeral in Turkwangam village on Monday. Clashes broke out when youths hurled stones at a police party near the graveyard; police fired pellets and tear smoke shells, injuring at least 12 protesters, a doctor at the district hospital said.",
       note="a riot met with force (ACLED: violent demonstration)"),
    ev("Maoist rebels set off a landmine under a District Reserve Guard motorcycle patrol near Kirandul, killing one jawan and injuring another.",
       "2019-06-15", "‘on Saturday’ before the Tuesday 2019-06-18 dateline: Saturday 2019-06-15",
       "Kirandul", "Chhattisgarh", "IN", "explosion", "Maoist rebels", "Indian security forces",
       1, None, 1, None,
       "In central India, Maoist rebels set off a landmine under a motorcycle patrol of the District Reserve Guard near Kirandul in Chhattisgarh's Dantewada district on Saturday, killing one jawan and injuring another, police said."),
    ev("Police in Pulwama arrested three overground workers of the Jaish-e-Mohammad.",
       None, "only the day of the statement (‘said on Tuesday they had arrested’); ‘The police did not say when or where the men were picked up.’",
       "Pulwama", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Jaish-e-Mohammad",
       None, None, None, None,
       "Police in Pulwama said on Tuesday they had arrested three overground workers of the Jaish-e-Mohammad who had sheltered militants and helped them move explosives. The police did not say when or where the men were picked up.",
       arrested=3),
],
figures=[
    fig("killed", 110, "Jammu and Kashmir",
        "More than 110 militants have been killed in Jammu and Kashmir this year, according to police figures",
        note="militants killed by the forces this year"),
    fig("killed", 50, "Jammu and Kashmir",
        "at least 50 security personnel have lost their lives",
        note="this year"),
])

report("h24-09", "2019-07-02", "https://www.example-malicourier.com/securite/2019/07/02/ouenkoro-mondoro-hombori",
"ordinary", "full",
"""
Dozens killed in attack on Fulani hamlets in central Mali; jihadists storm Mondoro camp

BAMAKO, July 2 (Mali Courier) - Gunmen killed at least 23 people in an attack on two Fulani hamlets in the commune of Ouenkoro, in the Bankass cercle of central Mali's Mopti region, overnight from Saturday to Sunday, local officials said, the latest in a cycle of reprisal killings between Dogon and Fulani communities.

The Fulani association Tabital Pulaaku said 38 people had been killed and that houses and granaries had been burned, and it blamed the Dan Na Ambassagou Dogon hunters' militia. A spokesman for Dan Na Ambassagou denied that its members had taken part and called for an independent inquiry.

The gendarmerie said it had arrested nine suspects in Bankass on Monday in connection with the killings.

In the same region, militants attacked the army camp at Mondoro, near the border with Burkina Faso, at dawn on Monday. The armed forces said four soldiers were killed and eight wounded, and that 16 "terrorists" had been neutralised and their motorcycles destroyed. The Group for the Support of Islam and Muslims (JNIM), al Qaeda's Sahel branch, said in a statement on Tuesday that its fighters had carried out the attack.

On Thursday, a bus travelling to Douentza hit an explosive device near Hombori, killing seven passengers and wounding 12, hospital sources in Douentza said. No group claimed the blast.

Residents of Bankass also said that several Fulani herders had been abducted on the road to the town last week by men in hunters' dress; their families have had no news of them.

According to the United Nations, more than 600 civilians have been killed in central Mali since January, and some 50,000 people have fled their villages in the Mopti region in the past year. The UN mission, MINUSMA, has about 15,000 troops and police in the country.

"We bury people every week," said a Fulani community leader in Mopti. "The state is not here. The army comes after the killing and leaves the next day."
""",
events=[
    ev("Gunmen attacked two Fulani hamlets in the commune of Ouenkoro, killing 23 (officials) to 38 (Tabital Pulaaku); the accused Dogon militia denied taking part.",
       "2019-06-29", "‘overnight from Saturday to Sunday’ before the Tuesday 2019-07-02 dateline: the night that began on Saturday 2019-06-29",
       "Ouenkoro", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       23, 38, None, None,
       "Gunmen killed at least 23 people in an attack on two Fulani hamlets in the commune of Ouenkoro, in the Bankass cercle of central Mali's Mopti region, overnight from Saturday to Sunday, local officials said [...] The Fulani association Tabital Pulaaku said 38 people had been killed and that houses and granaries had been burned, and it blamed the Dan Na Ambassagou Dogon hunters' militia. A spokesman for Dan Na Ambassagou denied that its members had taken part",
       note="two hamlets, one toll: one event; conflicting tolls 23 / 38; blame denied, actor1 unknown"),
    ev("The gendarmerie arrested nine suspects in Bankass over the Ouenkoro killings.",
       "2019-07-01", "‘arrested nine suspects in Bankass on Monday’ before the Tuesday 2019-07-02 dateline: Monday 2019-07-01",
       "Bankass", "Mopti", "ML", "arrest", "Malian security forces", "civilians",
       None, None, None, None,
       "The gendarmerie said it had arrested nine suspects in Bankass on Monday in connection with the killings.",
       arrested=9),
    ev("JNIM fighters attacked the army camp at Mondoro; four soldiers were killed and eight wounded.",
       "2019-07-01", "‘at dawn on Monday’ before the Tuesday 2019-07-02 dateline: Monday 2019-07-01",
       "Mondoro", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
       4, None, 8, None,
       "In the same region, militants attacked the army camp at Mondoro, near the border with Burkina Faso, at dawn on Monday. The armed forces said four soldiers were killed and eight wounded, and that 16 \"terrorists\" had been neutralised and their motorcycles destroyed. The Group for the Support of Islam and Muslims (JNIM), al Qaeda's Sahel branch, said in a statement on Tuesday that its fighters had carried out the attack.",
       note="the army's 16 'neutralised' is a side's claim of enemy dead, not a toll; the attacker named only in JNIM's claim"),
    ev("A bus travelling to Douentza hit an explosive device near Hombori, killing seven passengers and wounding 12.",
       "2019-06-27", "‘On Thursday’ before the Tuesday 2019-07-02 dateline: Thursday 2019-06-27",
       "Hombori", "Mopti", "ML", "explosion", "unknown", "civilians",
       7, None, 12, None,
       "On Thursday, a bus travelling to Douentza hit an explosive device near Hombori, killing seven passengers and wounding 12, hospital sources in Douentza said. No group claimed the blast."),
    ev("Men in hunters' dress abducted several Fulani herders on the road to Bankass.",
       None, "‘last week’; no day stated",
       "road to Bankass", "Mopti", "ML", "other", "unknown", "civilians",
       None, None, None, None,
       "Residents of Bankass also said that several Fulani herders had been abducted on the road to the town last week by men in hunters' dress; their families have had no news of them.",
       note="an abduction told by residents, vaguely dated and placed; the hunters' dress only hints at a militia",
       optional=True),
],
figures=[
    fig("killed", 600, "central Mali",
        "more than 600 civilians have been killed in central Mali since January"),
    fig("displaced", 50000, "Mopti region",
        "some 50,000 people have fled their villages in the Mopti region in the past year"),
    fig("fighters", 15000, "Mali",
        "The UN mission, MINUSMA, has about 15,000 troops and police in the country.",
        note="peacekeepers"),
])
report("h24-10", "2023-06-16", "https://www.example-nilecourier.com/sudan/2023/06/16/khartoum-air-strike-geneina-road",
"long", "none",
"""
Air strike hits Khartoum livestock market as killings spread on the road out of El Geneina
By Nile Courier correspondents
Published: 16 June 2023

An air strike on a livestock market in the Mayo district of southern Khartoum killed at least 17 people, among them five children, on Wednesday morning, local volunteers said, as the war between Sudan's army and the paramilitary Rapid Support Forces (RSF) entered its third month with no sign of a lasting truce.

The emergency room of Mayo, one of the neighbourhood groups that have taken over the running of clinics and funerals in the capital, said 23 people had been wounded and that several of them had lost limbs. Residents said an army warplane had circled the area for several minutes before dropping its bombs. The army, which controls the skies but has lost much of the ground in the capital to the RSF, did not respond to requests for comment.

Across the Nile in Omdurman, three people were killed and 14 wounded on Tuesday when shells fired from RSF positions in Khartoum Bahri crashed into houses in the al-Thawra district, a doctor at al-Nao hospital said. The RSF says it fires only at army positions.

Heavy fighting went on around the Yarmouk military industrial complex in southern Khartoum on Thursday. The RSF said in a video posted online that its fighters had stormed the complex, the army's main weapons factory, while the army said its troops had repelled the attack and still held the site. Columns of black smoke rose over the area for most of the day, residents said.

In West Darfur, where the war has turned into an ethnic conflict, armed men attacked thousands of people fleeing the state capital El Geneina along the road to Adre, across the border in Chad, on Thursday, survivors said. The Sudan Doctors' Union said 27 people had been killed; survivors who reached Adre told aid workers that more than 50 bodies lay along the road. Doctors Without Borders (MSF) said its team at Adre hospital had received 58 wounded, most of them with gunshot wounds, by Thursday night.

Survivors blamed the RSF and allied Arab militias, who have besieged the Masalit districts of El Geneina since April. The RSF said in a statement that it had no forces on the Adre road and that the killings were the result of "tribal clashes" it was trying to stop.

In North Darfur, gunmen looted the World Food Programme's warehouses in Kutum on Sunday, taking food stocks meant for some 40,000 people, the UN agency said. It did not say who was responsible.

The army and the RSF had accepted a 24-hour truce brokered by Saudi Arabia and the United States, which took effect in Khartoum on Saturday, June 10, and largely held for its 24 hours. Fighting resumed within an hour of its end, residents said, and talks in the Saudi city of Jeddah have since been suspended.

"People used the truce to buy bread and bury the dead," a resident of Khartoum's Kalakla district said by telephone. "On Sunday morning the shelling was back."

Several hundred people arrived in Adre on Friday morning, according to a local official in Chad, many of them women and children who had walked through the night. The UN refugee agency says more than 150,000 people have crossed into Chad since the war began on April 15, most of them from West Darfur.

Nearly 2.2 million people have been driven from their homes inside Sudan or across its borders, the International Organization for Migration says. The health ministry has counted more than 950 deaths in the fighting, a figure doctors say is far below the real toll because many of the dead are buried where they fall.

In Khartoum, where most hospitals are closed, looted or occupied by fighters, residents describe empty streets, bodies left for days in the summer heat and shortages of water and electricity. The RSF occupies many homes in the east and south of the city, and the army continues to strike its positions from the air. Both sides accuse the other of turning hospitals into military bases.

The United States imposed sanctions on firms linked to both sides earlier this month, accusing them of breaking the Jeddah agreements, and the UN Security Council has called on the army and the RSF to stop the killing in Darfur. Rights groups say attacks in El Geneina could amount to war crimes and have asked the International Criminal Court, which already investigates crimes committed in Darfur since 2003, to look into them.
""",
events=[
    ev("An air strike on the livestock market in Mayo, southern Khartoum, killed at least 17 people and wounded 23; residents said an army warplane dropped the bombs.",
       "2023-06-14", "‘on Wednesday morning’ before the ‘Published: 16 June 2023’ line (Friday 2023-06-16): Wednesday 2023-06-14",
       "Mayo", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       17, None, 23, None,
       "An air strike on a livestock market in the Mayo district of southern Khartoum killed at least 17 people, among them five children, on Wednesday morning, local volunteers said [...] The emergency room of Mayo, one of the neighbourhood groups that have taken over the running of clinics and funerals in the capital, said 23 people had been wounded and that several of them had lost limbs. Residents said an army warplane had circled the area for several minutes before dropping its bombs.",
       note="the army, the only side with aircraft, did not comment: the accused is actor1"),
    ev("Shells fired from RSF positions in Khartoum Bahri hit houses in Omdurman's al-Thawra district, killing three and wounding 14.",
       "2023-06-13", "‘on Tuesday’ before the Friday 2023-06-16 publication: Tuesday 2023-06-13",
       "al-Thawra", "Khartoum", "SD", "explosion", "Rapid Support Forces", "civilians",
       3, None, 14, None,
       "Across the Nile in Omdurman, three people were killed and 14 wounded on Tuesday when shells fired from RSF positions in Khartoum Bahri crashed into houses in the al-Thawra district, a doctor at al-Nao hospital said."),
    ev("The RSF attacked the Yarmouk military industrial complex in southern Khartoum; it claimed to have stormed it, the army said it repelled the attack.",
       "2023-06-15", "‘on Thursday’ before the Friday 2023-06-16 publication: Thursday 2023-06-15",
       "Yarmouk military industrial complex", "Khartoum", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "Heavy fighting went on around the Yarmouk military industrial complex in southern Khartoum on Thursday. The RSF said in a video posted online that its fighters had stormed the complex, the army's main weapons factory, while the army said its troops had repelled the attack and still held the site.",
       note="a contested claim of capture: battle, not territory_gain"),
    ev("Armed men attacked people fleeing El Geneina on the road to Adre, killing 27 (doctors' union) to more than 50 (survivors) and wounding 58; the RSF, blamed by survivors, denied it.",
       "2023-06-15", "‘on Thursday’ before the Friday 2023-06-16 publication: Thursday 2023-06-15",
       "road from El Geneina to Adre", "West Darfur", "SD", "attack_on_civilians", "unknown", "civilians",
       27, 50, 58, None,
       "In West Darfur, where the war has turned into an ethnic conflict, armed men attacked thousands of people fleeing the state capital El Geneina along the road to Adre, across the border in Chad, on Thursday, survivors said. The Sudan Doctors' Union said 27 people had been killed; survivors who reached Adre told aid workers that more than 50 bodies lay along the road. Doctors Without Borders (MSF) said its team at Adre hospital had received 58 wounded [...] Survivors blamed the RSF and allied Arab militias, who have besieged the Masalit districts of El Geneina since April. The RSF said in a statement that it had no forces on the Adre road",
       note="conflicting tolls 27 / 50; blame denied by the RSF: actor1 unknown"),
    ev("Gunmen looted the World Food Programme's warehouses in Kutum.",
       "2023-06-11", "‘on Sunday’ before the Friday 2023-06-16 publication: Sunday 2023-06-11",
       "Kutum", "North Darfur", "SD", "other", "unknown", "none",
       None, None, None, None,
       "In North Darfur, gunmen looted the World Food Programme's warehouses in Kutum on Sunday, taking food stocks meant for some 40,000 people, the UN agency said. It did not say who was responsible.",
       note="looting"),
    ev("The army and the RSF accepted a 24-hour truce brokered by Saudi Arabia and the United States, which took effect in Khartoum.",
       "2023-06-10", "‘took effect in Khartoum on Saturday, June 10’: Saturday 2023-06-10",
       "Khartoum", "Khartoum", "SD", "other", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "The army and the RSF had accepted a 24-hour truce brokered by Saudi Arabia and the United States, which took effect in Khartoum on Saturday, June 10, and largely held for its 24 hours.",
       note="an agreement; where and when it was accepted is not told, only where it applied; a coder could leave it out",
       optional=True),
],
figures=[
    fig("displaced", 150000, "Chad",
        "The UN refugee agency says more than 150,000 people have crossed into Chad since the war began on April 15"),
    fig("displaced", 2200000, "Sudan",
        "Nearly 2.2 million people have been driven from their homes inside Sudan or across its borders, the International Organization for Migration says."),
    fig("killed", 950, "Sudan",
        "The health ministry has counted more than 950 deaths in the fighting",
        note="since April 15"),
    fig("other", 40000, "Kutum",
        "taking food stocks meant for some 40,000 people",
        note="people whose food was looted"),
])

report("h24-11", "2014-08-20", "https://www.example-medpost.com/gaza/2014/08/20/zaytoun-strike-beersheba-rockets",
"ordinary", "abbr",
"""
Gaza truce collapses as air strikes resume and rockets fly again

GAZA CITY, Aug. 20 (Mediterranean Post) - Israeli warplanes resumed strikes across the Gaza Strip overnight after rockets were fired at southern Israel, ending a ceasefire that had held for more than five days, as Egyptian-mediated talks in Cairo broke down.

An air strike destroyed a three-storey house in the al-Zaytoun neighbourhood of Gaza City late on Tuesday. Rescue workers initially said three people had been killed; by Wednesday morning the health ministry in Gaza said the bodies of two more, a woman and a child, had been pulled from the rubble, bringing the toll to five, and that 17 people had been wounded.

In Rafah, two men riding a motorcycle were killed by a missile from a drone on Wednesday morning, the health ministry said. The Israeli military said it had targeted "terrorists" on their way to fire rockets.

Israeli tanks also shelled farmland east of Khan Younis during the night, residents said, and several houses were hit.

The Israeli military said three rockets were fired at Beersheba on Tuesday afternoon, a few hours before the truce was due to expire, and fell in open areas without causing injuries. Israel blamed Hamas, which said it had not fired them and accused Israel of looking for a pretext to resume the war.

On Wednesday, a mortar bomb hit a house in a kibbutz in the Eshkol region, near the border fence, wounding two people, one of them seriously, Israel's ambulance service said. The armed wing of Islamic Jihad said its fighters had fired mortar rounds at Israeli communities along the border.

In the occupied West Bank, Israeli troops arrested 18 Palestinians in raids around Hebron overnight, most of them Hamas members, the army said.

More than 2,000 Palestinians, most of them civilians according to the United Nations, and 67 people on the Israeli side have been killed since the war began on July 8. About 400,000 Gazans have sought shelter in schools run by the UN agency for Palestinian refugees and in public buildings, the UN says.
""",
events=[
    ev("An Israeli air strike destroyed a house in Gaza City's al-Zaytoun neighbourhood, killing five (revised from three) and wounding 17.",
       "2014-08-19", "‘late on Tuesday’ before the Wednesday 2014-08-20 dateline: Tuesday 2014-08-19",
       "al-Zaytoun", "Gaza", "PS", "explosion", "Israeli security forces", "civilians",
       5, None, 17, None,
       "Israeli warplanes resumed strikes across the Gaza Strip overnight after rockets were fired at southern Israel [...] An air strike destroyed a three-storey house in the al-Zaytoun neighbourhood of Gaza City late on Tuesday. Rescue workers initially said three people had been killed; by Wednesday morning the health ministry in Gaza said the bodies of two more, a woman and a child, had been pulled from the rubble, bringing the toll to five, and that 17 people had been wounded.",
       note="a revised toll: the revision (5) stands"),
    ev("An Israeli drone missile killed two men on a motorcycle in Rafah.",
       "2014-08-20", "‘on Wednesday morning’, the day of the Wednesday 2014-08-20 dateline",
       "Rafah", "Rafah", "PS", "explosion", "Israeli security forces", "militants (unidentified)",
       2, None, None, None,
       "In Rafah, two men riding a motorcycle were killed by a missile from a drone on Wednesday morning, the health ministry said. The Israeli military said it had targeted \"terrorists\" on their way to fire rockets.",
       note="the toll is the health ministry's; the military calls them 'terrorists' without naming a group"),
    ev("Israeli tanks shelled farmland east of Khan Younis, hitting several houses.",
       "2014-08-19", "‘during the night’ before the Wednesday 2014-08-20 dateline: the night that began on Tuesday 2014-08-19",
       "east of Khan Younis", "Khan Younis", "PS", "explosion", "Israeli security forces", "civilians",
       None, None, None, None,
       "Israeli tanks also shelled farmland east of Khan Younis during the night, residents said, and several houses were hit.",
       note="vaguely placed, no casualties stated; a coder could leave it out",
       optional=True),
    ev("Three rockets were fired at Beersheba and fell in open areas without causing injuries; Israel blamed Hamas, which denied firing them.",
       "2014-08-19", "‘on Tuesday afternoon’ before the Wednesday 2014-08-20 dateline: Tuesday 2014-08-19",
       "Beersheba", "Southern District", "IL", "explosion", "unknown", "civilians",
       0, None, 0, None,
       "The Israeli military said three rockets were fired at Beersheba on Tuesday afternoon, a few hours before the truce was due to expire, and fell in open areas without causing injuries. Israel blamed Hamas, which said it had not fired them",
       note="explicit zeros ('without causing injuries'); blame denied, actor1 unknown"),
    ev("A mortar bomb fired from Gaza hit a house in a kibbutz in the Eshkol region, wounding two; Islamic Jihad's armed wing said it had fired mortars at border communities.",
       "2014-08-20", "‘On Wednesday’, the day of the Wednesday 2014-08-20 dateline",
       "Eshkol region", "Southern District", "IL", "explosion", "Palestinian Islamic Jihad", "civilians",
       None, None, 2, None,
       "On Wednesday, a mortar bomb hit a house in a kibbutz in the Eshkol region, near the border fence, wounding two people, one of them seriously, Israel's ambulance service said. The armed wing of Islamic Jihad said its fighters had fired mortar rounds at Israeli communities along the border.",
       note="who fired it told only in the claim"),
    ev("Israeli troops arrested 18 Palestinians in raids around Hebron.",
       "2014-08-19", "‘overnight’ before the Wednesday 2014-08-20 dateline: the night that began on Tuesday 2014-08-19",
       "Hebron", "Hebron", "PS", "arrest", "Israeli security forces", "Hamas",
       None, None, None, None,
       "In the occupied West Bank, Israeli troops arrested 18 Palestinians in raids around Hebron overnight, most of them Hamas members, the army said.",
       arrested=18),
],
figures=[
    fig("killed", 2000, "Gaza Strip",
        "More than 2,000 Palestinians, most of them civilians according to the United Nations, and 67 people on the Israeli side have been killed since the war began on July 8.",
        note="Palestinians killed since July 8"),
    fig("killed", 67, "Israel",
        "More than 2,000 Palestinians, most of them civilians according to the United Nations, and 67 people on the Israeli side have been killed since the war began on July 8.",
        note="since July 8"),
    fig("displaced", 400000, "Gaza Strip",
        "About 400,000 Gazans have sought shelter in schools run by the UN agency for Palestinian refugees and in public buildings, the UN says."),
])

report("h24-12", "2018-11-22", "https://www.example-lakechadpost.com/borno/2018/11/22/gajiram-base-overrun",
"short", "dayfirst",
"""
Insurgents overrun army base in Borno's Gajiram

MAIDUGURI, 22 November (Lake Chad Post) – Fighters of the Islamic State West Africa Province overran a military base in Gajiram, in the Nganzai local government area of Borno State, on Tuesday evening, forcing soldiers to withdraw towards Monguno after a battle lasting several hours, military sources said. One of the sources said three soldiers were killed; another put the number at "up to 11". The insurgents carted away weapons and set fire to the base before pulling out on Wednesday, residents said. The army has not commented.
""",
events=[
    ev("ISWAP fighters overran the military base in Gajiram after a battle of several hours; military sources gave three to 11 soldiers killed.",
       "2018-11-20", "‘on Tuesday evening’ before the Thursday 2018-11-22 dateline: Tuesday 2018-11-20",
       "Gajiram", "Borno", "NG", "territory_gain", "Boko Haram", "Nigerian security forces",
       3, 11, None, None,
       "Fighters of the Islamic State West Africa Province overran a military base in Gajiram, in the Nganzai local government area of Borno State, on Tuesday evening, forcing soldiers to withdraw towards Monguno after a battle lasting several hours, military sources said. One of the sources said three soldiers were killed; another put the number at \"up to 11\".",
       note="ISWAP under the canonical Boko Haram; conflicting tolls 3 / 'up to 11'"),
],
figures=[])
# ---------------------------------------------------------------------------
# h24-13 .. h24-18
# ---------------------------------------------------------------------------

report("h24-13", "2016-08-11", "https://www.example-afghanledger.com/helmand/2016/08/11/nad-e-ali-checkpoints-khanashin",
"ordinary", "nodate",
"""
Taliban close in on Lashkar Gah as police posts fall in Nad-e-Ali

LASHKAR GAH, Afghanistan (Afghan Ledger) - Taliban fighters overran four police checkpoints in the Chah-e-Anjir area of Nad-e-Ali district, a few kilometres west of the Helmand provincial capital, on Tuesday night, killing seven policemen and wounding four, a spokesman for the provincial police said on Wednesday.

The Taliban said in a statement that their fighters had killed 30 policemen and seized weapons and two armoured vehicles. The group often exaggerates its battlefield gains.

Further south, Afghan forces pulled out of the Khanashin district centre on Monday and the Taliban raised their flag over the district governor's compound, a member of the provincial council said. The governor's office said the withdrawal was "tactical" and that troops would return.

In Lashkar Gah itself, a mortar round hit a house in the Bolan area, across the Helmand river from the city centre, on Wednesday afternoon, killing a woman and two children, provincial officials said, saying it had been fired by the Taliban.

The National Directorate of Security said its officers had arrested four would-be suicide bombers in a house on the edge of Lashkar Gah on Wednesday and seized two vests packed with explosives.

In the north, gunmen stopped a bus on the Kunduz-Takhar highway on Monday and took away eight passengers, among them two soldiers travelling home on leave, the Kunduz police said, blaming the Taliban. The Taliban did not comment.

A US military spokesman in Kabul said US aircraft had carried out more than a dozen strikes in Helmand in the past week to support Afghan forces around the provincial capital. Elders say more than 30,000 people have fled to Lashkar Gah from the surrounding districts since late July, many of them sleeping in mosques and schools.

The UN mission in Afghanistan says more than 1,600 civilians were killed and 3,500 wounded in the first six months of the year, the highest number since it began keeping records in 2009.
""",
events=[
    ev("Taliban fighters overran four police checkpoints in the Chah-e-Anjir area of Nad-e-Ali, killing seven policemen and wounding four.",
       "2016-08-09", "‘on Tuesday night’ before the Thursday 2016-08-11 publication (the dateline gives no date): Tuesday 2016-08-09",
       "Chah-e-Anjir", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       7, None, 4, None,
       "Taliban fighters overran four police checkpoints in the Chah-e-Anjir area of Nad-e-Ali district, a few kilometres west of the Helmand provincial capital, on Tuesday night, killing seven policemen and wounding four, a spokesman for the provincial police said on Wednesday. [...] The Taliban said in a statement that their fighters had killed 30 policemen and seized weapons and two armoured vehicles.",
       note="the Taliban's claim of 30 is not used; the police count of its own losses is"),
    ev("Afghan forces pulled out of the Khanashin district centre and the Taliban raised their flag over the district governor's compound.",
       "2016-08-08", "‘on Monday’ before the Thursday 2016-08-11 publication: Monday 2016-08-08",
       "Khanashin district centre", "Helmand", "AF", "territory_gain", "Taliban", "Afghan security forces",
       None, None, None, None,
       "Further south, Afghan forces pulled out of the Khanashin district centre on Monday and the Taliban raised their flag over the district governor's compound, a member of the provincial council said."),
    ev("A Taliban mortar round hit a house in the Bolan area of Lashkar Gah, killing a woman and two children.",
       "2016-08-10", "‘on Wednesday afternoon’ before the Thursday 2016-08-11 publication: Wednesday 2016-08-10",
       "Bolan", "Helmand", "AF", "explosion", "Taliban", "civilians",
       3, None, None, None,
       "In Lashkar Gah itself, a mortar round hit a house in the Bolan area, across the Helmand river from the city centre, on Wednesday afternoon, killing a woman and two children, provincial officials said, saying it had been fired by the Taliban.",
       note="toll in words; who fired it told last"),
    ev("The NDS arrested four would-be suicide bombers in a house on the edge of Lashkar Gah and seized two explosive vests.",
       "2016-08-10", "‘on Wednesday’ before the Thursday 2016-08-11 publication: Wednesday 2016-08-10",
       "Lashkar Gah", "Helmand", "AF", "arrest", "Afghan security forces", "militants (unidentified)",
       None, None, None, None,
       "The National Directorate of Security said its officers had arrested four would-be suicide bombers in a house on the edge of Lashkar Gah on Wednesday and seized two vests packed with explosives.",
       arrested=4),
    ev("Gunmen stopped a bus on the Kunduz-Takhar highway and abducted eight passengers, among them two soldiers; police blamed the Taliban.",
       "2016-08-08", "‘on Monday’ before the Thursday 2016-08-11 publication: Monday 2016-08-08",
       "Kunduz-Takhar highway", "Kunduz", "AF", "other", "Taliban", "civilians",
       None, None, None, None,
       "In the north, gunmen stopped a bus on the Kunduz-Takhar highway on Monday and took away eight passengers, among them two soldiers travelling home on leave, the Kunduz police said, blaming the Taliban. The Taliban did not comment.",
       note="an abduction; blamed on the Taliban and not denied"),
],
figures=[
    fig("other", 12, "Helmand",
        "US aircraft had carried out more than a dozen strikes in Helmand in the past week",
        note="air strikes in a week; 'more than a dozen' read as 12"),
    fig("displaced", 30000, "Lashkar Gah",
        "Elders say more than 30,000 people have fled to Lashkar Gah from the surrounding districts since late July"),
    fig("killed", 1600, "Afghanistan",
        "more than 1,600 civilians were killed and 3,500 wounded in the first six months of the year",
        note="first half of 2016"),
    fig("wounded", 3500, "Afghanistan",
        "more than 1,600 civilians were killed and 3,500 wounded in the first six months of the year",
        note="first half of 2016"),
])

report("h24-14", "2021-11-24", "https://www.example-andesreport.com/colombia/2021/11/24/five-years-peace-accord",
"ordinary", "full",
"""
Five years after the peace deal, Colombia's former guerrillas count their dead

BOGOTÁ, November 24 (Andes Report) - Five years after the government and the Revolutionary Armed Forces of Colombia (FARC) signed the peace agreement that ended more than half a century of war, the former guerrillas who laid down their weapons say the state has failed to protect them.

About 13,000 FARC members handed in their rifles or left the ranks under the accord signed at the Colón theatre in Bogotá in November 2016. According to the United Nations verification mission, 293 of them have been killed since then, and dozens more have disappeared. The party founded by the former commanders says the real figure is higher.

"We exchanged our rifles for a promise," said a former mid-level commander who now runs a fish farm in Meta with 40 other ex-combatants. "Every month someone we know is buried."

Social leaders and human rights defenders have fared little better. The Indepaz research institute has recorded more than 150 killings of community leaders this year and 87 massacres, which it defines as the killing of three or more people at once, most of them in Cauca, Nariño, Antioquia and Valle del Cauca. More than 70,000 people have been forced from their homes in 2021 by fighting between the ELN, FARC dissident factions and drug trafficking groups over the territory the FARC left behind, the Ombudsman's office says.

The government says it has spent more than 1.5 trillion pesos on reintegration programmes and that 72 percent of former combatants are taking part in productive projects. It points to the 9.2 million victims now on the national victims' register, many of whom have received compensation, and to the work of the Special Jurisdiction for Peace, which has charged former FARC commanders and army officers over kidnappings and the killing of civilians presented as guerrillas killed in combat.

Critics say rural reform, the heart of the agreement, has barely begun, and that crop substitution programmes for the coca growers who signed up have stalled. Colombia produced a record amount of cocaine last year, according to UN estimates.
""",
country_hint="CO",
figures=[
    fig("fighters", 13000, "Colombia",
        "About 13,000 FARC members handed in their rifles or left the ranks under the accord",
        note="demobilised guerrillas"),
    fig("killed", 293, "Colombia",
        "According to the United Nations verification mission, 293 of them have been killed since then",
        note="former combatants killed since November 2016"),
    fig("killed", 150, "Colombia",
        "The Indepaz research institute has recorded more than 150 killings of community leaders this year and 87 massacres",
        note="community leaders killed in 2021"),
    fig("other", 87, "Colombia",
        "The Indepaz research institute has recorded more than 150 killings of community leaders this year and 87 massacres",
        note="massacres in 2021"),
    fig("displaced", 70000, "Colombia",
        "More than 70,000 people have been forced from their homes in 2021"),
    fig("other", 72, "Colombia",
        "72 percent of former combatants are taking part in productive projects",
        note="percent"),
    fig("other", 9200000, "Colombia",
        "the 9.2 million victims now on the national victims' register",
        note="registered victims of the conflict"),
])

report("h24-15", "2021-11-01", "https://www.example-hornobserver.com/ethiopia/2021/11/01/kombolcha-dessie-mekelle-strike",
"ordinary", "none",
"""
Tigrayan forces say they hold Kombolcha; government denies Dessie has fallen
Posted: November 1, 2021

Tigrayan forces took control of the town of Kombolcha in Ethiopia's Amhara region on Sunday after government troops pulled out overnight, residents said, as the rebels pushed south along the main highway towards Addis Ababa.

Forces loyal to the Tigray People's Liberation Front (TPLF) said a day earlier that they had also captured Dessie, a city of several hundred thousand people 25 km to the north. The government denied that Dessie had fallen, saying on Sunday that its forces were "in full control" and that fighting was going on in the outskirts. Communications are cut in the area and the claims could not be verified.

"Since the morning there are fighters with Tigrayan flags at the bus station," a resident of Kombolcha reached by satellite phone said on Sunday. "The soldiers left during the night with their trucks."

In Mekelle, the Tigrayan capital, an air strike on Thursday hit a compound in the north of the city, killing two people and wounding 10, according to a doctor at Ayder Referral Hospital. The government said the air force had targeted a facility used by the TPLF to repair heavy weapons.

Police in Addis Ababa said on Sunday they had detained 27 people suspected of "supporting the terrorist group", without saying when they had been arrested. Rights groups have accused the authorities of detaining ethnic Tigrayans on a large scale.

The war, which began in November last year, has killed thousands of people and displaced more than two million. The United Nations says some 400,000 people in Tigray are living in famine-like conditions, and that only a fraction of the aid needed has reached the region since July.
""",
events=[
    ev("Tigrayan forces took control of Kombolcha after government troops pulled out overnight.",
       "2021-10-31", "‘on Sunday’ before the Monday 2021-11-01 ‘Posted: November 1, 2021’ line: Sunday 2021-10-31",
       "Kombolcha", "Amhara", "ET", "territory_gain", "TPLF", "Ethiopian security forces",
       None, None, None, None,
       "Tigrayan forces took control of the town of Kombolcha in Ethiopia's Amhara region on Sunday after government troops pulled out overnight, residents said"),
    ev("The TPLF said it had captured Dessie; the government denied it and said fighting was going on in the outskirts.",
       None, "‘said a day earlier’ gives only the day of the claim (Saturday 2021-10-30); the day of the fighting is not told",
       "Dessie", "Amhara", "ET", "battle", "TPLF", "Ethiopian security forces",
       None, None, None, None,
       "Forces loyal to the Tigray People's Liberation Front (TPLF) said a day earlier that they had also captured Dessie, a city of several hundred thousand people 25 km to the north. The government denied that Dessie had fallen, saying on Sunday that its forces were \"in full control\" and that fighting was going on in the outskirts.",
       note="a denied capture with fighting at the outskirts (battle), undated; a coder could leave it out or code the claimed capture",
       optional=True),
    ev("An air strike hit a compound in the north of Mekelle, killing two and wounding 10; the government said it targeted a TPLF weapons-repair facility.",
       "2021-10-28", "‘on Thursday’ before the Monday 2021-11-01 posting: Thursday 2021-10-28",
       "Mekelle", "Tigray", "ET", "explosion", "Ethiopian security forces", "civilians",
       2, None, 10, None,
       "In Mekelle, the Tigrayan capital, an air strike on Thursday hit a compound in the north of the city, killing two people and wounding 10, according to a doctor at Ayder Referral Hospital. The government said the air force had targeted a facility used by the TPLF to repair heavy weapons."),
    ev("Police in Addis Ababa detained 27 people suspected of supporting the TPLF.",
       None, "only the day of the statement (‘said on Sunday they had detained’), ‘without saying when they had been arrested’",
       "Addis Ababa", "Addis Ababa", "ET", "arrest", "Ethiopian security forces", "civilians",
       None, None, None, None,
       "Police in Addis Ababa said on Sunday they had detained 27 people suspected of \"supporting the terrorist group\", without saying when they had been arrested.",
       arrested=27),
],
figures=[
    fig("displaced", 2000000, "northern Ethiopia",
        "The war, which began in November last year, has killed thousands of people and displaced more than two million."),
    fig("other", 400000, "Tigray",
        "The United Nations says some 400,000 people in Tigray are living in famine-like conditions",
        note="people in famine-like conditions"),
])

report("h24-16", "2023-11-01", "https://www.example-salweenpost.com/shan/2023/11/01/chinshwehaw-seized-namtu-strike",
"short", "abbr",
"""
Ethnic alliance seizes Chinese border town in northern Shan

CHIANG MAI, Thailand, Nov. 1 (Salween Post) - The Three Brotherhood Alliance said on Tuesday its fighters had seized Chinshwehaw, a trading town on the Chinese border in northern Shan state, on Sunday, two days after launching a joint offensive against Myanmar's military. On Monday, military aircraft bombed a village outside Namtu, killing four civilians, among them a child, a local relief group said. The junta said it had struck "terrorist positions". The UN says more than 23,000 people have fled their homes in northern Shan since Friday.
""",
events=[
    ev("The Three Brotherhood Alliance seized the border town of Chinshwehaw from the military.",
       "2023-10-29", "‘on Sunday’ in the statement of the alliance (‘said on Tuesday’), before the Wednesday 2023-11-01 dateline: Sunday 2023-10-29",
       "Chinshwehaw", "Shan", "MM", "territory_gain", "Three Brotherhood Alliance", "Myanmar military",
       None, None, None, None,
       "The Three Brotherhood Alliance said on Tuesday its fighters had seized Chinshwehaw, a trading town on the Chinese border in northern Shan state, on Sunday, two days after launching a joint offensive against Myanmar's military."),
    ev("Military aircraft bombed a village outside Namtu, killing four civilians.",
       "2023-10-30", "‘On Monday’ before the Wednesday 2023-11-01 dateline: Monday 2023-10-30",
       "Namtu", "Shan", "MM", "explosion", "Myanmar military", "civilians",
       4, None, None, None,
       "On Monday, military aircraft bombed a village outside Namtu, killing four civilians, among them a child, a local relief group said. The junta said it had struck \"terrorist positions\"."),
],
figures=[
    fig("displaced", 23000, "northern Shan",
        "The UN says more than 23,000 people have fled their homes in northern Shan since Friday."),
])
report("h24-17", "2022-06-15", "https://www.example-kivutimes.com/securite/2022/06/15/bunagana-m23-kalunguta-mongbwalu",
"long", "dayfirst",
"""
M23 rebels seize Bunagana border post as violence spreads across eastern Congo
By a Kivu Times correspondent

GOMA, 15 June (Kivu Times) – Rebels of the M23 movement seized the town of Bunagana, on the Ugandan border in North Kivu's Rutshuru territory, on Monday after two days of fighting, forcing Congolese troops and thousands of civilians to flee across the frontier, local officials and the Ugandan army said.

It is the first time since the movement was defeated in 2013 that its fighters have taken a town of importance. Bunagana's border post is one of the busiest crossings between Congo and Uganda, and the customs revenues it brings in have long been coveted by armed groups in the area.

The Congolese army said the rebels had been supported by units of the Rwandan army, and the government in Kinshasa described the fall of the town as "an invasion". Rwanda, which has always denied backing the M23, rejected the accusation and said Congo was using it to hide its own failures. The M23 said it had no intention of holding the town and called for talks with the government.

The Ugandan army said 137 Congolese soldiers had crossed into Uganda on Monday and had been disarmed and handed over to the Congolese authorities. Ugandan police said two people were wounded on the Ugandan side of Bunagana on Monday when a shell fired during the fighting landed near the market. It was not clear which side had fired it.

On Tuesday, army helicopters bombed M23 positions on the Runyoni hill, west of Bunagana, an army spokesman in Goma said, adding that a counter-offensive to retake the town was being prepared. He gave no casualty figures.

Further north, suspected fighters of the Allied Democratic Forces (ADF) attacked the village of Kalunguta, in Beni territory, overnight from Sunday to Monday, killing villagers with machetes and setting fire to houses. The local administrator put the toll at 12, while civil society groups in Beni said they had counted 18 bodies. The army spokesman in Beni said the attack had been carried out by the ADF, a group of Ugandan origin that has pledged allegiance to Islamic State.

In Ituri province, militiamen of the CODECO cooperative attacked a gold-mining site near Mongbwalu in Djugu territory on Friday, killing at least nine miners, local officials said. The UN humanitarian office put the toll at 11 and said several people were missing. The militia, which draws most of its fighters from the Lendu community, did not comment.

In Goma, several hundred people marched towards the Grande Barrière border post with Rwanda on Wednesday morning, chanting slogans against Rwanda and calling for weapons to fight the M23. Police fired tear gas to stop them from reaching the border, and several people were hurt in the crush, witnesses said.

"We are tired of burying our people while Kinshasa makes speeches," said a student in the crowd. "If the army cannot protect us, let the young people go to the front."

The UN humanitarian office says more than 170,000 people have been driven from their homes in Rutshuru and Nyiragongo territories since the M23 resumed fighting in March, and that about 30,000 people crossed into Uganda on Monday and Tuesday alone. Aid workers in Kisoro, on the Ugandan side, said the transit centre there was full and that families were sleeping in the open in heavy rain.

The M23 was formed in 2012 by former rebels who had been integrated into the Congolese army, and briefly captured Goma in November of that year before being driven out by the army and a UN intervention brigade. More than 120 armed groups are active in the east of the country, according to the Kivu Security Tracker, and the ADF alone has killed more than 1,000 civilians in Beni territory and Ituri since the start of last year, according to UN figures.

President Felix Tshisekedi's government suspended several agreements with Rwanda this week and called on the East African Community, which agreed in April to send a regional force to the east, to deploy its troops without delay. The UN peacekeeping mission, MONUSCO, which has about 14,000 troops in the country, said it was supporting the army around Bunagana with intelligence and artillery.
""",
events=[
    ev("M23 rebels seized the border town of Bunagana after two days of fighting; Congolese troops fled into Uganda.",
       "2022-06-13", "‘on Monday’ before the Wednesday 2022-06-15 dateline: Monday 2022-06-13",
       "Bunagana", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
       None, None, None, None,
       "Rebels of the M23 movement seized the town of Bunagana, on the Ugandan border in North Kivu's Rutshuru territory, on Monday after two days of fighting, forcing Congolese troops and thousands of civilians to flee across the frontier, local officials and the Ugandan army said.",
       note="Kinshasa says Rwandan units took part; Rwanda denies, so only the M23 is named"),
    ev("A shell fired during the fighting landed near the market on the Ugandan side of Bunagana, wounding two people; it was not clear who fired it.",
       "2022-06-13", "‘on Monday’ before the Wednesday 2022-06-15 dateline: Monday 2022-06-13",
       "Bunagana (Uganda)", "Western Region", "UG", "explosion", "unknown", "civilians",
       None, None, 2, None,
       "Ugandan police said two people were wounded on the Ugandan side of Bunagana on Monday when a shell fired during the fighting landed near the market. It was not clear which side had fired it.",
       note="the Ugandan town of the same name, across the border"),
    ev("Army helicopters bombed M23 positions on the Runyoni hill, west of Bunagana.",
       "2022-06-14", "‘On Tuesday’ before the Wednesday 2022-06-15 dateline: Tuesday 2022-06-14",
       "Runyoni hill", "North Kivu", "CD", "explosion", "Congolese security forces", "M23",
       None, None, None, None,
       "On Tuesday, army helicopters bombed M23 positions on the Runyoni hill, west of Bunagana, an army spokesman in Goma said, adding that a counter-offensive to retake the town was being prepared. He gave no casualty figures."),
    ev("ADF fighters attacked Kalunguta village in Beni territory with machetes, killing 12 (administrator) to 18 (civil society).",
       "2022-06-12", "‘overnight from Sunday to Monday’ before the Wednesday 2022-06-15 dateline: the night that began on Sunday 2022-06-12",
       "Kalunguta", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       12, 18, None, None,
       "Further north, suspected fighters of the Allied Democratic Forces (ADF) attacked the village of Kalunguta, in Beni territory, overnight from Sunday to Monday, killing villagers with machetes and setting fire to houses. The local administrator put the toll at 12, while civil society groups in Beni said they had counted 18 bodies. The army spokesman in Beni said the attack had been carried out by the ADF",
       note="conflicting tolls 12 / 18; 'suspected' at first, then named by the army and not denied"),
    ev("CODECO militiamen attacked a gold-mining site near Mongbwalu, killing nine (officials) to 11 (UN) miners.",
       "2022-06-10", "‘on Friday’ before the Wednesday 2022-06-15 dateline: Friday 2022-06-10",
       "Mongbwalu", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       9, 11, None, None,
       "In Ituri province, militiamen of the CODECO cooperative attacked a gold-mining site near Mongbwalu in Djugu territory on Friday, killing at least nine miners, local officials said. The UN humanitarian office put the toll at 11 and said several people were missing.",
       note="conflicting tolls 9 / 11"),
    ev("Several hundred people marched on the Grande Barrière border post in Goma against Rwanda; police fired tear gas.",
       "2022-06-15", "‘on Wednesday morning’, the day of the Wednesday 2022-06-15 dateline",
       "Grande Barrière border post", "North Kivu", "CD", "other", "protesters", "Congolese security forces",
       None, None, None, None,
       "In Goma, several hundred people marched towards the Grande Barrière border post with Rwanda on Wednesday morning, chanting slogans against Rwanda and calling for weapons to fight the M23. Police fired tear gas to stop them from reaching the border, and several people were hurt in the crush, witnesses said.",
       note="protest with intervention; 'several' hurt gives null"),
],
figures=[
    fig("other", 137, "Bunagana",
        "The Ugandan army said 137 Congolese soldiers had crossed into Uganda on Monday and had been disarmed",
        note="soldiers who fled and were disarmed"),
    fig("displaced", 170000, "Rutshuru and Nyiragongo",
        "more than 170,000 people have been driven from their homes in Rutshuru and Nyiragongo territories since the M23 resumed fighting in March"),
    fig("displaced", 30000, "Uganda",
        "about 30,000 people crossed into Uganda on Monday and Tuesday alone"),
    fig("other", 120, "eastern Congo",
        "More than 120 armed groups are active in the east of the country",
        note="armed groups"),
    fig("killed", 1000, "Beni territory and Ituri",
        "the ADF alone has killed more than 1,000 civilians in Beni territory and Ituri since the start of last year"),
    fig("fighters", 14000, "DR Congo",
        "The UN peacekeeping mission, MONUSCO, which has about 14,000 troops in the country",
        note="peacekeepers"),
])

report("h24-18", "2023-08-14", "https://www.example-frontierdispatch.com/kp/2023/08/14/lakki-marwat-post-mir-ali-ied",
"ordinary", "full",
"""
Two policemen martyred in attack on Lakki Marwat post; IED kills three soldiers in North Waziristan

PESHAWAR, August 14 (Frontier Dispatch) - Two policemen were martyred and three others injured when militants armed with heavy weapons attacked a police post in the Pezu area of Lakki Marwat district late on Saturday, police said. The attackers fled into the hills after an exchange of fire that lasted more than an hour. The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility in a statement to journalists on Sunday.

On Sunday morning, a roadside bomb struck a vehicle of the security forces in the Mir Ali tehsil of North Waziristan, killing three soldiers and injuring four, the military's media wing, ISPR, said. No group claimed the blast.

In Balochistan, ISPR said security forces had conducted an intelligence-based operation in the Sambaza area of Zhob district on Friday night, during which four terrorists were "sent to hell" and two soldiers embraced martyrdom.

In Kech district, militants attacked a Frontier Corps post near Turbat on Thursday night. ISPR said the attack had been "repulsed with heavy losses to the terrorists" and that one soldier had been martyred. The outlawed Baloch Liberation Army said it had killed nine soldiers, a claim the military dismissed as propaganda.

The Counter Terrorism Department of Punjab said on Sunday it had arrested 11 suspected TTP militants in raids in Mianwali district and recovered explosives, detonators and a suicide vest.

Militants also blew up a girls' primary school in the Shewa area of North Waziristan earlier this month, officials said; nobody was inside at the time.

Attacks on the security forces have risen sharply since the TTP called off a ceasefire with the government in November last year. The Pakistan Institute for Conflict and Security Studies recorded 271 militant attacks in the first seven months of this year, in which 389 people were killed, most of them soldiers and policemen, and Khyber Pakhtunkhwa bore the brunt of the violence.

Officials in Islamabad accuse the Taliban government in Kabul of allowing the TTP to operate from Afghan soil, which the Afghan Taliban deny.
""",
events=[
    ev("Militants attacked a police post in the Pezu area of Lakki Marwat with heavy weapons, killing two policemen and injuring three; the TTP claimed it.",
       "2023-08-12", "‘late on Saturday’ before the Monday 2023-08-14 dateline: Saturday 2023-08-12",
       "Pezu", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       2, None, 3, None,
       "Two policemen were martyred and three others injured when militants armed with heavy weapons attacked a police post in the Pezu area of Lakki Marwat district late on Saturday, police said. [...] The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility in a statement to journalists on Sunday.",
       note="who did it told only in the claim"),
    ev("A roadside bomb struck a security forces vehicle in Mir Ali tehsil, killing three soldiers and injuring four.",
       "2023-08-13", "‘On Sunday morning’ before the Monday 2023-08-14 dateline: Sunday 2023-08-13",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       3, None, 4, None,
       "On Sunday morning, a roadside bomb struck a vehicle of the security forces in the Mir Ali tehsil of North Waziristan, killing three soldiers and injuring four, the military's media wing, ISPR, said. No group claimed the blast."),
    ev("Security forces raided militants in the Sambaza area of Zhob; two soldiers were killed, and ISPR claimed four 'terrorists' killed.",
       "2023-08-11", "‘on Friday night’ before the Monday 2023-08-14 dateline: Friday 2023-08-11",
       "Sambaza", "Balochistan", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       2, None, None, None,
       "In Balochistan, ISPR said security forces had conducted an intelligence-based operation in the Sambaza area of Zhob district on Friday night, during which four terrorists were \"sent to hell\" and two soldiers embraced martyrdom.",
       note="the military's own loss (2) is the toll; its four 'terrorists' killed are a side's claim of enemy dead"),
    ev("Militants attacked a Frontier Corps post near Turbat; one soldier was killed. The BLA claimed nine soldiers killed, which the military dismissed.",
       "2023-08-10", "‘on Thursday night’ before the Monday 2023-08-14 dateline: Thursday 2023-08-10",
       "Turbat", "Balochistan", "PK", "battle", "Baloch Liberation Army", "Pakistani security forces",
       1, None, None, None,
       "In Kech district, militants attacked a Frontier Corps post near Turbat on Thursday night. ISPR said the attack had been \"repulsed with heavy losses to the terrorists\" and that one soldier had been martyred. The outlawed Baloch Liberation Army said it had killed nine soldiers, a claim the military dismissed as propaganda.",
       note="the BLA's claim of nine is a side's claim of enemy dead; the military's count of its own loss is used; the attackers are named by their claim"),
    ev("Punjab's Counter Terrorism Department arrested 11 suspected TTP militants in raids in Mianwali district.",
       None, "only the day of the statement (‘said on Sunday it had arrested’)",
       "Mianwali", "Punjab", "PK", "arrest", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       None, None, None, None,
       "The Counter Terrorism Department of Punjab said on Sunday it had arrested 11 suspected TTP militants in raids in Mianwali district and recovered explosives, detonators and a suicide vest.",
       arrested=11),
    ev("Militants blew up a girls' primary school in the Shewa area of North Waziristan.",
       None, "‘earlier this month’; no day stated",
       "Shewa", "Khyber Pakhtunkhwa", "PK", "explosion", "militants (unidentified)", "none",
       None, None, None, None,
       "Militants also blew up a girls' primary school in the Shewa area of North Waziristan earlier this month, officials said; nobody was inside at the time.",
       note="destruction of a building with no human target; undated; a coder could leave it out",
       optional=True),
],
figures=[
    fig("other", 271, "Pakistan",
        "The Pakistan Institute for Conflict and Security Studies recorded 271 militant attacks in the first seven months of this year",
        note="militant attacks, January to July"),
    fig("killed", 389, "Pakistan",
        "in which 389 people were killed, most of them soldiers and policemen",
        note="January to July"),
])
# ---------------------------------------------------------------------------
# h24-19 .. h24-24
# ---------------------------------------------------------------------------

report("h24-19", "2023-09-27", "https://www.example-blackseawire.com/ukraine/2023/09/27/kharkiv-court-artillery-officers-absentia",
"short", "none",
"""
Kharkiv court jails two Russian officers in absentia over 2022 shelling
Published 27 September 2023

A court in Kharkiv has sentenced two Russian artillery officers in absentia to 12 years in prison each for ordering the shelling of a residential district of the city in March 2022, in which nine civilians were killed, regional prosecutors said. Both men are believed to be in Russia. Ukraine's prosecutor general's office says it has registered more than 100,000 suspected war crimes since the invasion began, and that 63 Russian servicemen have been convicted so far, most of them in absentia.
""",
country_hint="UA",
figures=[
    fig("killed", 9, "Kharkiv",
        "the shelling of a residential district of the city in March 2022, in which nine civilians were killed",
        note="the March 2022 shelling judged in the trial: background, not an incident of this report"),
    fig("other", 100000, "Ukraine",
        "it has registered more than 100,000 suspected war crimes since the invasion began",
        note="suspected war crimes registered"),
    fig("other", 63, "Ukraine",
        "63 Russian servicemen have been convicted so far",
        note="convictions"),
])

report("h24-20", "2021-09-14", "https://www.example-fasomatin.com/securite/2021/09/14/markoye-convoy-pissila-vdp",
"ordinary", "dayfirst",
"""
Seventeen killed as jihadists ambush convoy in Oudalan; VDP post attacked in Centre-Nord

OUAGADOUGOU, 14 September (Faso Matin) - Seven soldiers, four auxiliaries of the Volunteers for the Defence of the Homeland (VDP) and six civilians were killed on Monday when a convoy of traders' lorries and a fuel tanker escorted by the army was ambushed near Markoye, in the Oudalan province of the Sahel region, the army general staff said in a statement.

The statement said the escort had "vigorously responded" and that about 20 assailants had been neutralised, and that air support had been called in to pursue the attackers as they fled towards the border with Mali. Several lorries were burned.

In the Centre-Nord region, gunmen attacked a VDP post in Pissila, in Sanmatenga province, overnight from Saturday to Sunday. Security sources said between eight and ten volunteers had been killed, and that the attackers had taken away motorcycles and weapons before setting fire to the post.

On Friday, a gendarmerie vehicle hit an explosive device on the road near Arbinda, killing two gendarmes and wounding three, a security source said.

In the Est region, residents said suspected jihadists had killed several people at a gold-mining site near Gayéri earlier this month, but the authorities have given no details.

In Kaya, the capital of the Centre-Nord region, several hundred people marched through the town on Monday to denounce the government's failure to stop the attacks, blocking the main road to Ouagadougou with burning tyres for several hours. Gendarmes fired tear gas to disperse them.

Burkina Faso has been fighting jihadist groups linked to al Qaeda and Islamic State since 2015. The violence has killed more than 2,000 people and driven more than 1.4 million from their homes, according to government and UN figures. More than 2,200 schools are closed because of insecurity, the education ministry says.

Anger at the government has grown since the massacre at Solhan in June, the deadliest attack of the insurgency, and opposition parties have called for the dismissal of the defence minister.

"The terrorists come when they want and leave when they want," a trader from Dori said by telephone. "Nobody dares travel to Gorom-Gorom without an escort, and now the escorts are attacked too."
""",
events=[
    ev("Jihadists ambushed an army-escorted convoy of lorries near Markoye, killing seven soldiers, four VDP auxiliaries and six civilians.",
       "2021-09-13", "‘on Monday’ before the Tuesday 2021-09-14 dateline: Monday 2021-09-13",
       "Markoye", "Sahel", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       17, None, None, None,
       "Seven soldiers, four auxiliaries of the Volunteers for the Defence of the Homeland (VDP) and six civilians were killed on Monday when a convoy of traders' lorries and a fuel tanker escorted by the army was ambushed near Markoye, in the Oudalan province of the Sahel region, the army general staff said in a statement. [...] The statement said the escort had \"vigorously responded\" and that about 20 assailants had been neutralised",
       note="17 = 7 soldiers + 4 VDP + 6 civilians; the 20 'neutralised' are a side's claim of enemy dead, not a toll; the attackers are called jihadists only in the headline"),
    ev("Gunmen attacked a VDP post in Pissila; between eight and ten volunteers were killed.",
       "2021-09-11", "‘overnight from Saturday to Sunday’ before the Tuesday 2021-09-14 dateline: the night that began on Saturday 2021-09-11",
       "Pissila", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Volunteers for the Defence of the Homeland",
       8, 10, None, None,
       "In the Centre-Nord region, gunmen attacked a VDP post in Pissila, in Sanmatenga province, overnight from Saturday to Sunday. Security sources said between eight and ten volunteers had been killed",
       note="a stated range 8-10"),
    ev("A gendarmerie vehicle hit an explosive device near Arbinda, killing two gendarmes and wounding three.",
       "2021-09-10", "‘On Friday’ before the Tuesday 2021-09-14 dateline: Friday 2021-09-10",
       "Arbinda", "Sahel", "BF", "explosion", "unknown", "Burkinabe security forces",
       2, None, 3, None,
       "On Friday, a gendarmerie vehicle hit an explosive device on the road near Arbinda, killing two gendarmes and wounding three, a security source said."),
    ev("Suspected jihadists killed several people at a gold-mining site near Gayéri.",
       None, "‘earlier this month’; no day stated",
       "Gayéri", "Est", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In the Est region, residents said suspected jihadists had killed several people at a gold-mining site near Gayéri earlier this month, but the authorities have given no details.",
       note="'several' gives null; vaguely dated; a coder could leave it out",
       optional=True),
    ev("Several hundred people marched in Kaya against insecurity, blocking the road to Ouagadougou with burning tyres; gendarmes fired tear gas.",
       "2021-09-13", "‘on Monday’ before the Tuesday 2021-09-14 dateline: Monday 2021-09-13",
       "Kaya", "Centre-Nord", "BF", "other", "protesters", "Burkinabe security forces",
       None, None, None, None,
       "In Kaya, the capital of the Centre-Nord region, several hundred people marched through the town on Monday to denounce the government's failure to stop the attacks, blocking the main road to Ouagadougou with burning tyres for several hours. Gendarmes fired tear gas to disperse them.",
       note="protest with intervention"),
],
figures=[
    fig("killed", 2000, "Burkina Faso",
        "The violence has killed more than 2,000 people and driven more than 1.4 million from their homes",
        note="since 2015"),
    fig("displaced", 1400000, "Burkina Faso",
        "The violence has killed more than 2,000 people and driven more than 1.4 million from their homes"),
    fig("other", 2200, "Burkina Faso",
        "More than 2,200 schools are closed because of insecurity",
        note="schools closed"),
])

report("h24-21", "2014-08-28", "https://www.example-blackseawire.com/ukraine/2014/08/28/novoazovsk-falls-ilovaisk-encircled",
"ordinary", "abbr",
"""
Rebels take Novoazovsk as Kiev says Russian columns cross border

KIEV, Aug. 28 (Black Sea Wire) - Pro-Russian separatists took control of the town of Novoazovsk on the Azov Sea coast on Wednesday after Ukrainian border guards and national guardsmen pulled back towards Mariupol, the Ukrainian military said, opening a new front in the south of Donetsk region.

Kiev said the separatists had been supported by columns of Russian tanks and armoured vehicles that crossed the border near the village of Markyne. Moscow denied that any of its troops were in Ukraine, saying the fighters were local "volunteers".

In Donetsk, shells hit a bus stop and a row of shops in the Petrovskyi district on Tuesday afternoon, killing four civilians, the city council said. The separatist leadership blamed the Ukrainian army, which said it did not use artillery against residential areas and accused the rebels of shelling the city themselves.

East of Donetsk, several Ukrainian volunteer battalions remained surrounded in and around the town of Ilovaisk on Wednesday, where fighting had gone on for more than a week. A battalion commander said by telephone that his men had come under artillery fire from three sides and that "dozens" had been killed or wounded since Sunday, but gave no exact figures.

In Mariupol, police said they had detained three men on Tuesday suspected of passing the positions of Ukrainian checkpoints to the rebels. Residents of the port city, a city of half a million, were digging trenches on its eastern edge on Wednesday.

The United Nations says more than 2,200 people have been killed in the conflict in eastern Ukraine since mid-April, and that about 155,000 people have fled to other parts of Ukraine, with at least as many again crossing into Russia.
""",
events=[
    ev("Pro-Russian separatists took Novoazovsk after Ukrainian border guards and national guardsmen pulled back; Kiev said Russian columns supported them, Moscow denied it.",
       "2014-08-27", "‘on Wednesday’ before the Thursday 2014-08-28 dateline: Wednesday 2014-08-27",
       "Novoazovsk", "Donetsk", "UA", "territory_gain", "pro-Russian separatists", "Ukrainian forces",
       None, None, None, None,
       "Pro-Russian separatists took control of the town of Novoazovsk on the Azov Sea coast on Wednesday after Ukrainian border guards and national guardsmen pulled back towards Mariupol, the Ukrainian military said, opening a new front in the south of Donetsk region. [...] Kiev said the separatists had been supported by columns of Russian tanks and armoured vehicles that crossed the border near the village of Markyne. Moscow denied that any of its troops were in Ukraine",
       note="Russian involvement alleged and denied: only the separatists are named"),
    ev("Shells hit a bus stop and shops in Donetsk's Petrovskyi district, killing four civilians; each side blamed the other.",
       "2014-08-26", "‘on Tuesday afternoon’ before the Thursday 2014-08-28 dateline: Tuesday 2014-08-26",
       "Petrovskyi district", "Donetsk", "UA", "explosion", "unknown", "civilians",
       4, None, None, None,
       "In Donetsk, shells hit a bus stop and a row of shops in the Petrovskyi district on Tuesday afternoon, killing four civilians, the city council said. The separatist leadership blamed the Ukrainian army, which said it did not use artillery against residential areas",
       note="blame denied: actor1 unknown"),
    ev("Ukrainian volunteer battalions remained surrounded at Ilovaisk under artillery fire from three sides.",
       "2014-08-27", "‘on Wednesday’ before the Thursday 2014-08-28 dateline: Wednesday 2014-08-27",
       "Ilovaisk", "Donetsk", "UA", "battle", "pro-Russian separatists", "Ukrainian forces",
       None, None, None, None,
       "East of Donetsk, several Ukrainian volunteer battalions remained surrounded in and around the town of Ilovaisk on Wednesday, where fighting had gone on for more than a week. A battalion commander said by telephone that his men had come under artillery fire from three sides and that \"dozens\" had been killed or wounded since Sunday, but gave no exact figures.",
       note="an encirclement going on for more than a week; 'dozens' killed or wounded over several days gives null; a coder could leave it out",
       optional=True),
    ev("Police in Mariupol detained three men suspected of passing Ukrainian checkpoint positions to the rebels.",
       "2014-08-26", "‘detained three men on Tuesday’ before the Thursday 2014-08-28 dateline: Tuesday 2014-08-26",
       "Mariupol", "Donetsk", "UA", "arrest", "Ukrainian forces", "civilians",
       None, None, None, None,
       "In Mariupol, police said they had detained three men on Tuesday suspected of passing the positions of Ukrainian checkpoints to the rebels.",
       arrested=3),
],
figures=[
    fig("killed", 2200, "eastern Ukraine",
        "The United Nations says more than 2,200 people have been killed in the conflict in eastern Ukraine since mid-April"),
    fig("displaced", 155000, "Ukraine",
        "about 155,000 people have fled to other parts of Ukraine, with at least as many again crossing into Russia"),
])
report("h24-22", "2024-03-05", "https://www.example-levantcourier.com/gaza/2024/03/05/rafah-strike-kuwait-roundabout",
"long", "full",
"""
Strike on Rafah house kills 11 as Gaza truce talks stall in Cairo
By Levant Courier staff

JERUSALEM, March 5 (Levant Courier) - An Israeli air strike flattened a two-storey house in the Tal al-Sultan district of Rafah overnight, killing 11 members of an extended family, among them six children, the health ministry in Gaza said on Tuesday, as negotiators in Cairo struggled to agree a truce before the start of Ramadan.

Neighbours said the family had fled to Rafah from Gaza City in November and were sharing the house with relatives. The Israeli military said it had struck "Hamas terror targets" in the Rafah area during the night and did not comment on the specific strike.

In Gaza City, people waiting for aid lorries at the Kuwait roundabout came under fire on Sunday evening. The health ministry said nine people had been killed and about 40 wounded, and witnesses said Israeli troops had opened fire as the crowd surged towards the lorries. The Israeli military said its forces had not fired at the crowd, and that it was examining reports of an "incident" near the roundabout. It was the second deadly crush around an aid convoy in the north in less than a week.

An air strike hit a car near the entrance of Deir al-Balah on Tuesday morning, killing three people, medics at al-Aqsa Martyrs hospital said. The Israeli military said it had killed a local commander of Islamic Jihad's armed wing who had directed rocket fire at Israel.

In southern Israel, two rockets fired from the north of the Gaza Strip towards Sderot on Monday were intercepted by the Iron Dome system, the military said. Nobody was hurt. Hamas's armed wing, the Qassam Brigades, said it had fired the rockets in response to "massacres against our people".

Israeli troops also pressed on with an operation in the Hamad district of western Khan Younis, which they entered on Sunday after air strikes on the area's apartment towers. The military said its forces had found weapons and tunnel shafts and had killed "dozens of terrorists" in close-quarters fighting; residents who fled the district said troops were surrounding a school where displaced families were sheltering. Fighting was continuing there on Tuesday.

In the occupied West Bank, two Palestinians were killed on Monday during an Israeli raid on the Nur Shams refugee camp near Tulkarm, the Palestinian health ministry in Ramallah said. The army said its forces had exchanged fire with gunmen and had blown up a building used by "terrorists" to make explosives.

Inside Gaza, aid agencies warn that famine is close in the north, where an estimated 300,000 people remain with little food. The health ministry said at least 15 children had died of malnutrition and dehydration at the Kamal Adwan hospital in Beit Lahiya in recent days.

"We have nothing, no flour, no fodder to grind, not even weeds now," said a father of five who had walked to the Kuwait roundabout from Jabalia. "Every time the lorries come, people die."

Israeli and Hamas delegations did not meet directly in Cairo, where Egyptian, Qatari and US mediators have been trying for weeks to agree a six-week ceasefire in exchange for the release of some of the hostages still held in Gaza. A Hamas official said the group had not received a reply to its demands for a permanent end to the war and the return of displaced people to the north. Israel did not send a delegation this week.

The war began on October 7, when Hamas-led gunmen attacked southern Israel, killing about 1,200 people, most of them civilians, and taking 253 hostages back to Gaza, according to Israeli figures. About 130 of them are still in Gaza, and Israeli officials believe at least 30 are dead.

Israel's offensive has since killed more than 30,500 Palestinians, according to the health ministry in Gaza, which does not distinguish between civilians and combatants, and wounded more than 71,000. About 1.7 million people, three-quarters of the territory's population, have been driven from their homes, and about 1.4 million are crammed into Rafah, on the Egyptian border, where Israel says it intends to send ground troops once civilians have been moved.

US officials said on Monday that a ceasefire was "within reach" but that Hamas had to accept the terms on the table. Israeli officials said Hamas had not provided a list of the living hostages.
""",
events=[
    ev("An Israeli air strike flattened a house in Rafah's Tal al-Sultan district, killing 11 members of a family, six of them children.",
       "2024-03-04", "‘overnight’ before the Tuesday 2024-03-05 dateline: the night that began on Monday 2024-03-04",
       "Tal al-Sultan", "Rafah", "PS", "explosion", "Israeli security forces", "civilians",
       11, None, None, None,
       "An Israeli air strike flattened a two-storey house in the Tal al-Sultan district of Rafah overnight, killing 11 members of an extended family, among them six children, the health ministry in Gaza said on Tuesday"),
    ev("People waiting for aid lorries at the Kuwait roundabout in Gaza City came under fire; nine were killed and about 40 wounded. Witnesses blamed Israeli troops, the military denied firing at the crowd.",
       "2024-03-03", "‘on Sunday evening’ before the Tuesday 2024-03-05 dateline: Sunday 2024-03-03",
       "Kuwait roundabout", "Gaza", "PS", "attack_on_civilians", "unknown", "civilians",
       9, None, 40, None,
       "In Gaza City, people waiting for aid lorries at the Kuwait roundabout came under fire on Sunday evening. The health ministry said nine people had been killed and about 40 wounded, and witnesses said Israeli troops had opened fire as the crowd surged towards the lorries. The Israeli military said its forces had not fired at the crowd",
       note="blame denied: actor1 unknown"),
    ev("An air strike hit a car at the entrance of Deir al-Balah, killing three; the military said it had killed a local Islamic Jihad commander.",
       "2024-03-05", "‘on Tuesday morning’, the day of the Tuesday 2024-03-05 dateline",
       "Deir al-Balah", "Deir al-Balah", "PS", "explosion", "Israeli security forces", "Palestinian Islamic Jihad",
       3, None, None, None,
       "An air strike hit a car near the entrance of Deir al-Balah on Tuesday morning, killing three people, medics at al-Aqsa Martyrs hospital said. The Israeli military said it had killed a local commander of Islamic Jihad's armed wing who had directed rocket fire at Israel.",
       note="the medics' toll of three; the military's claim concerns one of them"),
    ev("Two rockets fired from northern Gaza towards Sderot were intercepted; nobody was hurt. The Qassam Brigades claimed them.",
       "2024-03-04", "‘on Monday’ before the Tuesday 2024-03-05 dateline: Monday 2024-03-04",
       "Sderot", "Southern District", "IL", "explosion", "Hamas", "civilians",
       0, None, 0, None,
       "In southern Israel, two rockets fired from the north of the Gaza Strip towards Sderot on Monday were intercepted by the Iron Dome system, the military said. Nobody was hurt. Hamas's armed wing, the Qassam Brigades, said it had fired the rockets",
       note="explicit zeros; who fired them told only in the claim"),
    ev("Israeli troops entered the Hamad district of western Khan Younis after air strikes and fought there.",
       "2024-03-03", "‘which they entered on Sunday’, before the Tuesday 2024-03-05 dateline: Sunday 2024-03-03",
       "Hamad district", "Khan Younis", "PS", "battle", "Israeli security forces", "Hamas",
       None, None, None, None,
       "Israeli troops also pressed on with an operation in the Hamad district of western Khan Younis, which they entered on Sunday after air strikes on the area's apartment towers. The military said its forces had found weapons and tunnel shafts and had killed \"dozens of terrorists\" in close-quarters fighting",
       note="entering a district without a stated capture: battle; 'dozens of terrorists' is a side's claim, not a toll"),
    ev("Two Palestinians were killed during an Israeli raid on the Nur Shams refugee camp near Tulkarm, in which troops exchanged fire with gunmen.",
       "2024-03-04", "‘on Monday’ before the Tuesday 2024-03-05 dateline: Monday 2024-03-04",
       "Nur Shams refugee camp", "Tulkarm", "PS", "battle", "Israeli security forces", "militants (unidentified)",
       2, None, None, None,
       "In the occupied West Bank, two Palestinians were killed on Monday during an Israeli raid on the Nur Shams refugee camp near Tulkarm, the Palestinian health ministry in Ramallah said. The army said its forces had exchanged fire with gunmen",
       note="the toll is the Palestinian health ministry's"),
],
figures=[
    fig("civilians_trapped", 300000, "northern Gaza",
        "an estimated 300,000 people remain with little food"),
    fig("other", 15, "Beit Lahiya",
        "at least 15 children had died of malnutrition and dehydration at the Kamal Adwan hospital in Beit Lahiya in recent days",
        note="deaths from malnutrition, not violence"),
    fig("killed", 1200, "southern Israel",
        "killing about 1,200 people, most of them civilians, and taking 253 hostages back to Gaza",
        note="October 7: background"),
    fig("other", 253, "Gaza Strip",
        "killing about 1,200 people, most of them civilians, and taking 253 hostages back to Gaza",
        note="hostages taken on October 7"),
    fig("other", 130, "Gaza Strip",
        "About 130 of them are still in Gaza",
        note="hostages still held"),
    fig("killed", 30500, "Gaza Strip",
        "Israel's offensive has since killed more than 30,500 Palestinians, according to the health ministry in Gaza",
        note="since October 7"),
    fig("wounded", 71000, "Gaza Strip",
        "and wounded more than 71,000",
        note="since October 7"),
    fig("displaced", 1700000, "Gaza Strip",
        "About 1.7 million people, three-quarters of the territory's population, have been driven from their homes"),
    fig("civilians_trapped", 1400000, "Rafah",
        "about 1.4 million are crammed into Rafah, on the Egyptian border"),
])

report("h24-23", "2016-04-12", "https://www.example-tigrisherald.com/baghdad/2016/04/12/bayaa-car-bomb-hit-offensive",
"ordinary", "none",
"""
Car bomb kills shoppers in Baghdad's Bayaa; troops push into Hit
Updated: April 12, 2016 20:15

A car bomb exploded near a crowded vegetable market in the al-Bayaa district of south-western Baghdad on Monday evening, killing nine people and wounding 24, police said. Medical sources at al-Yarmouk hospital, where most of the victims were taken, put the number of dead at 12 and the number of wounded at 30.

Islamic State claimed responsibility for the attack on Tuesday in a statement circulated by its Amaq news agency, saying one of its fighters had targeted "a gathering of the rejectionists", a derogatory term the group uses for Shi'ites.

Earlier on Monday, a roadside bomb struck an army patrol near Tarmiyah, north of the capital, killing an officer and a soldier and wounding three other soldiers, a police source in the town said.

The Baghdad Operations Command said on Tuesday it had arrested four suspects in Abu Ghraib in connection with the Bayaa bombing and seized a car being fitted with explosives.

In Anbar province, units of the Counter-Terrorism Service pushed into the eastern districts of Hit on Sunday after weeks of fighting on the outskirts, officers said, but Islamic State fighters still held most of the town on Tuesday and were slowing the advance with snipers and booby-trapped houses.

Families who managed to flee Hit across the Euphrates said the militants had shot dead several people trying to leave in recent days. More than 10,000 people have fled the town since mid-March, according to the UN.

In central Baghdad, thousands of supporters of the Shi'ite cleric Moqtada al-Sadr rallied outside the gates of the Green Zone on Friday, demanding that parliament approve a cabinet of technocrats to fight corruption. The protest ended peacefully.

The UN mission in Iraq said at least 1,100 Iraqis were killed in acts of terrorism and violence in March.
""",
events=[
    ev("A car bomb near a vegetable market in Baghdad's al-Bayaa district killed nine (police) to 12 (medics) and wounded 24 to 30; Islamic State claimed it the next day.",
       "2016-04-11", "‘on Monday evening’ before the Tuesday 2016-04-12 ‘Updated: April 12, 2016’ line: Monday 2016-04-11",
       "al-Bayaa", "Baghdad", "IQ", "explosion", "Islamic State", "civilians",
       9, 12, 24, 30,
       "A car bomb exploded near a crowded vegetable market in the al-Bayaa district of south-western Baghdad on Monday evening, killing nine people and wounding 24, police said. Medical sources at al-Yarmouk hospital, where most of the victims were taken, put the number of dead at 12 and the number of wounded at 30. [...] Islamic State claimed responsibility for the attack on Tuesday in a statement circulated by its Amaq news agency",
       note="conflicting tolls: killed 9 / 12, wounded 24 / 30; who did it told in the claim of the second paragraph"),
    ev("A roadside bomb struck an army patrol near Tarmiyah, killing an officer and a soldier and wounding three soldiers.",
       "2016-04-11", "‘Earlier on Monday’ before the Tuesday 2016-04-12 update: Monday 2016-04-11",
       "Tarmiyah", "Salahuddin", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       2, None, 3, None,
       "Earlier on Monday, a roadside bomb struck an army patrol near Tarmiyah, north of the capital, killing an officer and a soldier and wounding three other soldiers, a police source in the town said.",
       note="2 = an officer + a soldier"),
    ev("The Baghdad Operations Command arrested four suspects in Abu Ghraib over the Bayaa bombing and seized a car being fitted with explosives.",
       None, "only the day of the statement (‘said on Tuesday it had arrested’)",
       "Abu Ghraib", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "The Baghdad Operations Command said on Tuesday it had arrested four suspects in Abu Ghraib in connection with the Bayaa bombing and seized a car being fitted with explosives.",
       arrested=4),
    ev("Counter-Terrorism Service units pushed into the eastern districts of Hit; Islamic State still held most of the town.",
       "2016-04-10", "‘on Sunday’ before the Tuesday 2016-04-12 update: Sunday 2016-04-10",
       "Hit", "Anbar", "IQ", "battle", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "In Anbar province, units of the Counter-Terrorism Service pushed into the eastern districts of Hit on Sunday after weeks of fighting on the outskirts, officers said, but Islamic State fighters still held most of the town on Tuesday",
       note="entered without taking the town: battle"),
    ev("Islamic State militants shot dead several people trying to flee Hit.",
       None, "‘in recent days’; no day stated",
       "Hit", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       None, None, None, None,
       "Families who managed to flee Hit across the Euphrates said the militants had shot dead several people trying to leave in recent days.",
       note="killings over several days, 'several' gives null; a coder could leave them out",
       optional=True),
    ev("Thousands of Moqtada al-Sadr's supporters rallied peacefully outside the Green Zone gates demanding a cabinet of technocrats.",
       "2016-04-08", "‘on Friday’ before the Tuesday 2016-04-12 update: Friday 2016-04-08",
       "Green Zone", "Baghdad", "IQ", "other", "protesters", "Iraqi government",
       None, None, None, None,
       "In central Baghdad, thousands of supporters of the Shi'ite cleric Moqtada al-Sadr rallied outside the gates of the Green Zone on Friday, demanding that parliament approve a cabinet of technocrats to fight corruption. The protest ended peacefully.",
       note="peaceful protest"),
],
figures=[
    fig("displaced", 10000, "Hit",
        "More than 10,000 people have fled the town since mid-March, according to the UN."),
    fig("killed", 1100, "Iraq",
        "The UN mission in Iraq said at least 1,100 Iraqis were killed in acts of terrorism and violence in March.",
        note="monthly toll"),
])

report("h24-24", "2020-06-30", "https://www.example-sahelmonitor.com/niger/2020/06/30/bani-bangou-patrol-ambush",
"short", "nodate",
"""
Eight soldiers killed in ambush in western Niger

NIAMEY (Sahel Monitor) - Eight Nigerien soldiers were killed and five wounded when their patrol was ambushed near Bani Bangou, in the Tillaberi region close to the border with Mali, on Sunday, the defence ministry said in a statement read on state television on Monday. It said "dozens of terrorists" had been neutralised. A local official in Bani Bangou put the number of soldiers killed at 12. No group has claimed the attack, but Islamic State's Sahel branch is active in the area.
""",
events=[
    ev("A Nigerien army patrol was ambushed near Bani Bangou; eight (ministry) to 12 (local official) soldiers were killed and five wounded.",
       "2020-06-28", "‘on Sunday’ before the Tuesday 2020-06-30 publication (the dateline gives no date): Sunday 2020-06-28",
       "Bani Bangou", "Tillaberi", "NE", "battle", "unknown", "Nigerien security forces",
       8, 12, 5, None,
       "Eight Nigerien soldiers were killed and five wounded when their patrol was ambushed near Bani Bangou, in the Tillaberi region close to the border with Mali, on Sunday, the defence ministry said in a statement read on state television on Monday. It said \"dozens of terrorists\" had been neutralised. A local official in Bani Bangou put the number of soldiers killed at 12. No group has claimed the attack",
       note="conflicting tolls 8 / 12; 'dozens of terrorists' is a side's claim; Islamic State's Sahel branch only said to be active in the area"),
],
figures=[])
# ---------------------------------------------------------------------------
# h24-25 .. h24-30
# ---------------------------------------------------------------------------

report("h24-25", "2021-06-09", "https://www.example-northernledger.com/zamfara/2021/06/09/kadawa-abduction-kujeni-attack",
"ordinary", "nodate",
"""
Bandits abduct dozens in Zamfara village; eight killed in Kaduna's Kajuru

GUSAU, Nigeria (Northern Ledger) - Armed bandits on motorcycles stormed the village of Kadawa in the Maru local government area of Zamfara State on Monday night and abducted at least 40 people, most of them women and children, residents said. A man who tried to stop them was shot dead.

The state police command confirmed the attack but put the number of people taken at 27, saying tactical teams had been deployed to the area to rescue them. Residents said the gunmen had phoned relatives on Tuesday to demand a ransom.

In neighbouring Kaduna State, gunmen killed eight people in an attack on the village of Kujeni, in Kajuru local government area, on Sunday, the state commissioner for internal security said in a statement, blaming "armed bandits". Several houses were burned and an unknown number of cattle rustled, he said.

The Nigerian Air Force said on Tuesday that its jets had struck bandit camps in the Dumburum forest, on the border between Zamfara and Katsina, on Saturday, killing "scores of bandits" and destroying their logistics bases. The claim could not be verified.

Police in Katsina State said on Tuesday they had arrested six men suspected of supplying fuel, food and drugs to bandit camps in Faskari local government area.

On Tuesday, angry youths blocked the Gusau-Funtua road at Tsafe with burning tyres and logs for several hours to protest against the kidnappings, stranding hundreds of vehicles, until soldiers persuaded them to disperse.

Kidnapping for ransom has become the main business of the armed gangs that roam the forests of the north-west, and more than 800 students have been abducted from schools in the region since December, according to the United Nations children's agency. Most have been released after their families or state governments paid, although officials deny paying ransoms.

"We sleep in the bush now, not in our houses," a farmer from Maru said by telephone. "The bandits come at night and the soldiers come in the morning."
""",
events=[
    ev("Bandits stormed Kadawa village in Maru and abducted at least 40 (residents) or 27 (police) people, shooting dead a man who resisted.",
       "2021-06-07", "‘on Monday night’ before the Wednesday 2021-06-09 publication (the dateline gives no date): Monday 2021-06-07",
       "Kadawa", "Zamfara", "NG", "other", "bandits", "civilians",
       1, None, None, None,
       "Armed bandits on motorcycles stormed the village of Kadawa in the Maru local government area of Zamfara State on Monday night and abducted at least 40 people, most of them women and children, residents said. A man who tried to stop them was shot dead. [...] The state police command confirmed the attack but put the number of people taken at 27",
       note="an abduction (other); the conflicting counts are of people taken, not killed"),
    ev("Gunmen the state called armed bandits attacked Kujeni village in Kajuru, killing eight people and burning houses.",
       "2021-06-06", "‘on Sunday’ before the Wednesday 2021-06-09 publication: Sunday 2021-06-06",
       "Kujeni", "Kaduna", "NG", "attack_on_civilians", "bandits", "civilians",
       8, None, None, None,
       "In neighbouring Kaduna State, gunmen killed eight people in an attack on the village of Kujeni, in Kajuru local government area, on Sunday, the state commissioner for internal security said in a statement, blaming \"armed bandits\"."),
    ev("Nigerian Air Force jets struck bandit camps in the Dumburum forest; the air force claimed 'scores of bandits' killed.",
       "2021-06-05", "‘on Saturday’ in the statement of the air force (‘said on Tuesday’), before the Wednesday 2021-06-09 publication: Saturday 2021-06-05",
       "Dumburum forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "The Nigerian Air Force said on Tuesday that its jets had struck bandit camps in the Dumburum forest, on the border between Zamfara and Katsina, on Saturday, killing \"scores of bandits\" and destroying their logistics bases. The claim could not be verified.",
       note="'scores of bandits' is a side's claim, and vague: null; the strike itself is known only from the claim, so a coder could leave it out",
       optional=True),
    ev("Katsina police arrested six men suspected of supplying bandit camps in Faskari.",
       None, "only the day of the statement (‘said on Tuesday they had arrested’)",
       "Faskari", "Katsina", "NG", "arrest", "Nigerian security forces", "bandits",
       None, None, None, None,
       "Police in Katsina State said on Tuesday they had arrested six men suspected of supplying fuel, food and drugs to bandit camps in Faskari local government area.",
       arrested=6),
    ev("Youths blocked the Gusau-Funtua road at Tsafe with burning tyres to protest against kidnappings.",
       "2021-06-08", "‘On Tuesday’ before the Wednesday 2021-06-09 publication: Tuesday 2021-06-08",
       "Tsafe", "Zamfara", "NG", "other", "protesters", "none",
       None, None, None, None,
       "On Tuesday, angry youths blocked the Gusau-Funtua road at Tsafe with burning tyres and logs for several hours to protest against the kidnappings, stranding hundreds of vehicles, until soldiers persuaded them to disperse.",
       note="a protest (road blockade), no force used"),
],
figures=[
    fig("other", 800, "north-west Nigeria",
        "more than 800 students have been abducted from schools in the region since December",
        note="students abducted"),
])

report("h24-26", "2024-02-27", "https://www.example-cedarnews.com/south/2024/02/27/baalbek-strike-meron-rockets",
"ordinary", "dayfirst",
"""
Israel strikes near Baalbek, deepest raid since October; Hezbollah fires rockets at Meron base

BEIRUT, 27 February (Cedar News Agency) - Israeli aircraft struck a site on the outskirts of Baalbek in the Bekaa valley on Monday, about 100 km from the border, in the deepest attack inside Lebanon since fighting began on the frontier in October. Hezbollah said two of its members had been killed.

The Israeli military said its jets had hit an air defence system belonging to Hezbollah after the group shot down an Israeli Hermes 450 drone over southern Lebanon earlier in the day.

Hours later, Hezbollah said it had fired 60 Katyusha rockets at an air traffic control base on Mount Meron, in northern Israel, in response. The Israeli military said most of the rockets fell in open areas and that there were no casualties.

On Sunday, an Israeli drone strike on a motorbike near the village of Kfar Rumman, on the edge of Nabatieh, killed two men, the National News Agency reported. Hezbollah mourned one of them as a fighter; relatives said the second was a Syrian farm worker who had been riding with him.

Israeli artillery shelled the outskirts of Khiam on Tuesday morning, setting fire to olive groves, the agency said.

Two Israeli soldiers were slightly wounded on Sunday when an anti-tank missile fired from Lebanon hit a military post near Metula, the army said. Hezbollah claimed attacks on several Israeli positions along the border that day but did not mention Metula.

More than 200 Hezbollah fighters and about 40 civilians have been killed in Lebanon since October 8, according to a tally based on statements by the group and by the health ministry, and 10 Israeli soldiers and 6 civilians have been killed on the Israeli side. About 90,000 people have fled southern Lebanon, and some 80,000 Israelis have been evacuated from towns near the border.

Western envoys have been shuttling between Beirut and Israel in search of an arrangement to pull Hezbollah fighters back from the frontier, but the group says it will not stop firing while the war in Gaza goes on.
""",
events=[
    ev("Israeli aircraft struck a Hezbollah air defence site on the outskirts of Baalbek, killing two Hezbollah members.",
       "2024-02-26", "‘on Monday’ before the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "Baalbek", "Baalbek-Hermel", "LB", "explosion", "Israeli security forces", "Hezbollah",
       2, None, None, None,
       "Israeli aircraft struck a site on the outskirts of Baalbek in the Bekaa valley on Monday, about 100 km from the border, in the deepest attack inside Lebanon since fighting began on the frontier in October. Hezbollah said two of its members had been killed.",
       note="Hezbollah's count of its own dead"),
    ev("Hezbollah fired 60 Katyusha rockets at the air traffic control base on Mount Meron; no casualties.",
       "2024-02-26", "‘Hours later’ than the Baalbek strike ‘on Monday’: Monday 2024-02-26",
       "Mount Meron", "Northern District", "IL", "explosion", "Hezbollah", "Israeli security forces",
       0, None, 0, None,
       "Hours later, Hezbollah said it had fired 60 Katyusha rockets at an air traffic control base on Mount Meron, in northern Israel, in response. The Israeli military said most of the rockets fell in open areas and that there were no casualties.",
       note="explicit zeros ('no casualties')"),
    ev("An Israeli drone strike on a motorbike near Kfar Rumman killed a Hezbollah fighter and a Syrian farm worker.",
       "2024-02-25", "‘On Sunday’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "Kfar Rumman", "Nabatieh", "LB", "explosion", "Israeli security forces", "Hezbollah",
       2, None, None, None,
       "On Sunday, an Israeli drone strike on a motorbike near the village of Kfar Rumman, on the edge of Nabatieh, killed two men, the National News Agency reported. Hezbollah mourned one of them as a fighter; relatives said the second was a Syrian farm worker who had been riding with him.",
       note="2 = a fighter + a civilian"),
    ev("Israeli artillery shelled the outskirts of Khiam, setting olive groves on fire.",
       "2024-02-27", "‘on Tuesday morning’, the day of the Tuesday 2024-02-27 dateline",
       "Khiam", "Nabatieh", "LB", "explosion", "Israeli security forces", "civilians",
       None, None, None, None,
       "Israeli artillery shelled the outskirts of Khiam on Tuesday morning, setting fire to olive groves, the agency said."),
    ev("An anti-tank missile fired from Lebanon hit an Israeli military post near Metula, slightly wounding two soldiers; Hezbollah's claims that day did not mention Metula.",
       "2024-02-25", "‘on Sunday’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "Metula", "Northern District", "IL", "explosion", "unknown", "Israeli security forces",
       None, None, 2, None,
       "Two Israeli soldiers were slightly wounded on Sunday when an anti-tank missile fired from Lebanon hit a military post near Metula, the army said. Hezbollah claimed attacks on several Israeli positions along the border that day but did not mention Metula.",
       note="no claim covers this attack: actor1 unknown"),
],
figures=[
    fig("killed", 200, "Lebanon",
        "More than 200 Hezbollah fighters and about 40 civilians have been killed in Lebanon since October 8",
        note="Hezbollah fighters since October 8"),
    fig("killed", 40, "Lebanon",
        "More than 200 Hezbollah fighters and about 40 civilians have been killed in Lebanon since October 8",
        note="civilians since October 8"),
    fig("killed", 16, "northern Israel",
        "10 Israeli soldiers and 6 civilians have been killed on the Israeli side",
        note="= 10 soldiers + 6 civilians, since October 8"),
    fig("displaced", 90000, "southern Lebanon",
        "About 90,000 people have fled southern Lebanon"),
    fig("displaced", 80000, "northern Israel",
        "some 80,000 Israelis have been evacuated from towns near the border"),
])

report("h24-27", "2024-04-16", "https://www.example-pacificherald.com/cauca/2024/04/16/suarez-police-station-drones-jamundi",
"ordinary", "full",
"""
Dissidents attack Suárez police station with rifles and drones; motorcycle bomb in Jamundí

POPAYÁN, April 16 (Pacific Herald) - A police officer was killed and three others were wounded when fighters attacked the police station in Suárez, in the south-western department of Cauca, with rifles and explosives dropped from drones on Sunday night, the national police said. A 12-year-old girl in a house next to the station was hit by shrapnel and taken to hospital in Santander de Quilichao.

The governor of Cauca blamed the Jaime Martínez front of the Estado Mayor Central, the largest of the FARC dissident groups that rejected the 2016 peace agreement. The group did not comment.

On Monday morning, a motorcycle packed with explosives blew up on a street two blocks from the police station in Jamundí, in the neighbouring department of Valle del Cauca, wounding two passers-by. No one was killed, the mayor's office said. Police said they suspected the same dissident front but had made no arrests.

In Arauca, on the Venezuelan border, the Ombudsman's office said six bodies had been recovered in a rural area of Tame after clashes on Saturday between the National Liberation Army (ELN) and FARC dissidents, who have been fighting for control of the department's drug routes since 2022.

Police in Santander de Quilichao said they had arrested two men on Monday who were carrying 20 kg of explosives in a lorry loaded with plantains.

The Ombudsman's office said more than 300 families had fled rural areas of Suárez since the start of the month, and that the police in Cauca had been attacked 120 times this year. President Gustavo Petro's government suspended its ceasefire with the Estado Mayor Central in Cauca, Valle del Cauca and Nariño last month after an attack on an indigenous community.

"The drones are the new weapon. They fly over at night and we cannot see them," a police officer in Suárez said.
""",
events=[
    ev("Fighters attacked the police station in Suárez with rifles and drone-dropped explosives, killing an officer and wounding three officers and a girl; the governor blamed the Jaime Martínez front of the FARC dissidents.",
       "2024-04-14", "‘on Sunday night’ before the Tuesday 2024-04-16 dateline: Sunday 2024-04-14",
       "Suárez", "Cauca", "CO", "battle", "FARC dissidents", "Colombian security forces",
       1, None, 4, None,
       "A police officer was killed and three others were wounded when fighters attacked the police station in Suárez, in the south-western department of Cauca, with rifles and explosives dropped from drones on Sunday night, the national police said. A 12-year-old girl in a house next to the station was hit by shrapnel and taken to hospital in Santander de Quilichao. [...] The governor of Cauca blamed the Jaime Martínez front of the Estado Mayor Central, the largest of the FARC dissident groups that rejected the 2016 peace agreement. The group did not comment.",
       note="wounded 4 = 3 police + the girl; an assault on a post by gunfire and drones: battle; blame not denied",
       ),
    ev("A motorcycle bomb blew up near the police station in Jamundí, wounding two passers-by; nobody was killed.",
       "2024-04-15", "‘On Monday morning’ before the Tuesday 2024-04-16 dateline: Monday 2024-04-15",
       "Jamundí", "Valle del Cauca", "CO", "explosion", "unknown", "civilians",
       0, None, 2, None,
       "On Monday morning, a motorcycle packed with explosives blew up on a street two blocks from the police station in Jamundí, in the neighbouring department of Valle del Cauca, wounding two passers-by. No one was killed, the mayor's office said. Police said they suspected the same dissident front",
       note="explicit zero killed; the police only 'suspected' the dissidents"),
    ev("Clashes between the ELN and FARC dissidents in rural Tame left six dead.",
       "2024-04-13", "‘clashes on Saturday’ before the Tuesday 2024-04-16 dateline: Saturday 2024-04-13",
       "Tame", "Arauca", "CO", "battle", "ELN", "FARC dissidents",
       6, None, None, None,
       "In Arauca, on the Venezuelan border, the Ombudsman's office said six bodies had been recovered in a rural area of Tame after clashes on Saturday between the National Liberation Army (ELN) and FARC dissidents"),
    ev("Police in Santander de Quilichao arrested two men carrying 20 kg of explosives in a lorry.",
       "2024-04-15", "‘arrested two men on Monday’ before the Tuesday 2024-04-16 dateline: Monday 2024-04-15",
       "Santander de Quilichao", "Cauca", "CO", "arrest", "Colombian security forces", "unknown",
       None, None, None, None,
       "Police in Santander de Quilichao said they had arrested two men on Monday who were carrying 20 kg of explosives in a lorry loaded with plantains.",
       arrested=2),
],
figures=[
    fig("displaced", 300, "Suárez",
        "more than 300 families had fled rural areas of Suárez since the start of the month",
        note="families"),
    fig("other", 120, "Cauca",
        "the police in Cauca had been attacked 120 times this year",
        note="attacks on the police"),
])
report("h24-28", "2022-08-15", "https://www.example-asiadesk.com/afghanistan/2022/08/15/one-year-taliban-rule",
"long", "none",
"""
A year after the fall of Kabul, Afghans find peace on the roads and hunger at home
By Asia Desk correspondent
Published: August 15, 2022

One year after Taliban fighters walked into Kabul and the Western-backed government collapsed, most Afghans can drive from one end of the country to the other without passing through a battlefield for the first time in more than four decades. But the peace has come with an economic collapse that has left millions hungry, and with restrictions that have shut girls out of secondary school and women out of most jobs.

The fighting that killed tens of thousands of soldiers, police, insurgents and civilians every year has largely stopped. Taliban officials point to the roads that were once lined with checkpoints and roadside bombs, to the end of air strikes and night raids, and to the return of farmers to fields that were front lines for years. "Now a man can go from Kandahar to Mazar at night," a Taliban district official in Helmand said. "Before, he would not reach the next village."

The United Nations mission in Afghanistan, UNAMA, says violence has nonetheless continued. Between the takeover and mid-June, it recorded more than 700 civilians killed and 1,400 wounded, the great majority in bombings of mosques, schools and markets claimed by the Islamic State Khorasan Province, the local branch of Islamic State, which has targeted the Shi'ite Hazara minority in particular. The mission also documented 160 extrajudicial killings of former government officials and members of the security forces, despite the general amnesty announced by the Taliban's leadership, and dozens of cases of arbitrary detention and torture.

The worst single attack of the past year came before the withdrawal was complete: the suicide bombing outside Kabul airport on August 26 last year, claimed by Islamic State, killed more than 170 Afghans and 13 American service members as crowds tried to reach evacuation flights.

Small armed opposition groups, among them the National Resistance Front led by the son of the late commander Ahmad Shah Massoud, say they are active in the Panjshir valley and in parts of Baghlan, which the Taliban deny. Few analysts believe they pose a serious threat to the new government.

The economic picture is bleaker. Billions of dollars of foreign aid, which paid for most of the former government's budget, stopped overnight, and about $7 billion of the central bank's reserves remain frozen in the United States. The UN Development Programme estimates that the economy has shrunk by as much as 30 percent. Some 24.4 million people, more than half the population, need humanitarian assistance, and nearly 19 million are facing acute food insecurity, according to UN agencies.

"My husband was a soldier. Now he sells vegetables from a cart, when he can find vegetables," said a mother of four in a western district of Kabul, who asked that her name not be used. "We eat bread and tea. The children ask for rice and we have no answer."

The UN's appeal for Afghanistan this year, $4.4 billion, is the largest it has ever made for a single country, but it is less than half funded. Aid agencies say they have reached more than 20 million people with food since January, while warning that a second winter of shortages lies ahead.

For women and girls, the year has been one of shrinking space. Secondary schools for girls in most provinces did not reopen in March, as had been promised, leaving more than a million girls at home. Women have been ordered to cover their faces in public and told not to travel long distances without a male relative. Thousands of women who worked in ministries have been told to stay at home, although some still draw part of their salaries.

International recognition remains out of reach. No country has formally recognised the Taliban government, and its representatives are not seated at the United Nations. Diplomats say any move towards recognition depends on the reopening of girls' schools and on the Taliban cutting its ties with al Qaeda.

About 3.4 million Afghans remain displaced inside the country by past fighting, and some 2.6 million are registered as refugees abroad, most of them in Pakistan and Iran, according to the UN refugee agency. Tens of thousands more have left since August last year, many of them former officials, soldiers and professionals, on evacuation flights or across land borders.

In Kabul, Taliban officials marked the anniversary with speeches praising the "victory of the jihad". On the city's streets, many residents said they were less afraid of being killed than a year ago, and more afraid of not being able to eat.
""",
country_hint="AF",
figures=[
    fig("killed", 700, "Afghanistan",
        "it recorded more than 700 civilians killed and 1,400 wounded",
        note="between August 15, 2021 and mid-June 2022"),
    fig("wounded", 1400, "Afghanistan",
        "it recorded more than 700 civilians killed and 1,400 wounded",
        note="between August 15, 2021 and mid-June 2022"),
    fig("killed", 160, "Afghanistan",
        "The mission also documented 160 extrajudicial killings of former government officials and members of the security forces",
        note="extrajudicial killings since the takeover"),
    fig("killed", 170, "Kabul airport",
        "killed more than 170 Afghans and 13 American service members",
        note="the August 26, 2021 airport bombing: background, a year before publication"),
    fig("other", 7000000000, "Afghanistan",
        "about $7 billion of the central bank's reserves remain frozen in the United States",
        note="US dollars"),
    fig("other", 30, "Afghanistan",
        "the economy has shrunk by as much as 30 percent",
        note="percent"),
    fig("other", 24400000, "Afghanistan",
        "Some 24.4 million people, more than half the population, need humanitarian assistance",
        note="people in need of aid"),
    fig("other", 19000000, "Afghanistan",
        "nearly 19 million are facing acute food insecurity",
        note="people in acute food insecurity"),
    fig("other", 1000000, "Afghanistan",
        "leaving more than a million girls at home",
        note="girls out of secondary school"),
    fig("displaced", 3400000, "Afghanistan",
        "About 3.4 million Afghans remain displaced inside the country by past fighting"),
    fig("displaced", 2600000, "Pakistan and Iran",
        "some 2.6 million are registered as refugees abroad, most of them in Pakistan and Iran"),
])

report("h24-29", "2020-01-29", "https://www.example-oronteswire.com/syria/2020/01/29/maarat-al-numan-taken-ariha-strikes",
"ordinary", "abbr",
"""
Syrian army takes Maarat al-Numan as air strikes hit Ariha

BEIRUT, Jan. 29 (Orontes Wire) - Syrian government forces took control of Maarat al-Numan, the second-largest town in Idlib province, on Tuesday after rebel and jihadist fighters withdrew in the face of a weeks-long offensive backed by Russian air power, state media and a war monitor said.

The official news agency SANA said army units had "liberated" the town and were clearing it of mines and explosives. The Syrian Observatory for Human Rights said the town, which had about 100,000 inhabitants before the offensive, was almost entirely empty.

Late on Tuesday, air strikes hit a residential neighbourhood of Ariha, 25 km to the north, killing 10 people, among them four children, the civil defence said. The Observatory put the toll at 12 and said the strikes had been carried out by Russian aircraft; Russia's defence ministry said its planes had not flown any missions in the area.

On Sunday, Hayat Tahrir al-Sham sent two suicide car bombs against army positions near Khan Tuman, in the southern countryside of Aleppo, before its fighters stormed the lines, the group said. The Observatory said nine soldiers and allied militiamen and seven jihadists had been killed in the attack and the fighting that followed.

Russian and Syrian government aircraft also pounded villages south of Saraqeb over the weekend, residents said, sending thousands more families towards the border.

In Aleppo city, two people were killed and seven wounded on Monday when shells hit the al-Hamdaniya district, SANA said, blaming "terrorist groups".

The United Nations says more than 380,000 people have fled the fighting in Idlib and western Aleppo since December 1, most of them towards the Turkish border, where camps are already full. The Observatory says more than 300 civilians have been killed by air strikes and shelling in the same period.
""",
events=[
    ev("Syrian government forces took control of Maarat al-Numan after rebel and jihadist fighters withdrew.",
       "2020-01-28", "‘on Tuesday’ before the Wednesday 2020-01-29 dateline: Tuesday 2020-01-28",
       "Maarat al-Numan", "Idlib", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces took control of Maarat al-Numan, the second-largest town in Idlib province, on Tuesday after rebel and jihadist fighters withdrew in the face of a weeks-long offensive backed by Russian air power, state media and a war monitor said.",
       note="the rebels and Hayat Tahrir al-Sham withdrew; Russian air support"),
    ev("Air strikes hit a residential neighbourhood of Ariha, killing 10 (civil defence) to 12 (Observatory); the Observatory blamed Russian aircraft, Russia denied it.",
       "2020-01-28", "‘Late on Tuesday’ before the Wednesday 2020-01-29 dateline: Tuesday 2020-01-28",
       "Ariha", "Idlib", "SY", "explosion", "unknown", "civilians",
       10, 12, None, None,
       "Late on Tuesday, air strikes hit a residential neighbourhood of Ariha, 25 km to the north, killing 10 people, among them four children, the civil defence said. The Observatory put the toll at 12 and said the strikes had been carried out by Russian aircraft; Russia's defence ministry said its planes had not flown any missions in the area.",
       note="conflicting tolls 10 / 12; blame denied: actor1 unknown"),
    ev("Hayat Tahrir al-Sham sent two suicide car bombs against army positions near Khan Tuman and stormed the lines; 16 were killed.",
       "2020-01-26", "‘On Sunday’ before the Wednesday 2020-01-29 dateline: Sunday 2020-01-26",
       "Khan Tuman", "Aleppo", "SY", "explosion", "Hayat Tahrir al-Sham", "Syrian government forces",
       16, None, None, None,
       "On Sunday, Hayat Tahrir al-Sham sent two suicide car bombs against army positions near Khan Tuman, in the southern countryside of Aleppo, before its fighters stormed the lines, the group said. The Observatory said nine soldiers and allied militiamen and seven jihadists had been killed in the attack and the fighting that followed.",
       note="16 = 9 + 7, the monitor's count; a complex attack opening with car bombs: explosion"),
    ev("Russian and Syrian government aircraft pounded villages south of Saraqeb.",
       None, "‘over the weekend’: two days, no single day",
       "villages south of Saraqeb", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       None, None, None, None,
       "Russian and Syrian government aircraft also pounded villages south of Saraqeb over the weekend, residents said, sending thousands more families towards the border.",
       note="with Russian forces; strikes over two days on unnamed villages; a coder could leave it out",
       optional=True),
    ev("Shells that SANA blamed on 'terrorist groups' hit Aleppo's al-Hamdaniya district, killing two and wounding seven.",
       "2020-01-27", "‘on Monday’ before the Wednesday 2020-01-29 dateline: Monday 2020-01-27",
       "al-Hamdaniya", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 7, None,
       "In Aleppo city, two people were killed and seven wounded on Monday when shells hit the al-Hamdaniya district, SANA said, blaming \"terrorist groups\".",
       note="state media's 'terrorist groups' are the rebels; nobody denies it"),
],
figures=[
    fig("other", 100000, "Maarat al-Numan",
        "the town, which had about 100,000 inhabitants before the offensive, was almost entirely empty",
        note="pre-offensive population"),
    fig("displaced", 380000, "Idlib and western Aleppo",
        "more than 380,000 people have fled the fighting in Idlib and western Aleppo since December 1"),
    fig("killed", 300, "Idlib and western Aleppo",
        "more than 300 civilians have been killed by air strikes and shelling in the same period",
        note="since December 1"),
])

report("h24-30", "2017-03-09", "https://www.example-khybermail.com/charsadda/2017/03/09/shabqadar-checkpoint-suicide-attack",
"short", "full",
"""
Suicide attack on Shabqadar checkpoint kills six

PESHAWAR, March 9 (Khyber Mail) - Three policemen and a passer-by were killed and six people injured when a suicide bomber blew himself up at a police checkpoint in Shabqadar, Charsadda district, on Wednesday morning, police said. A second attacker was shot dead by policemen before he could detonate his vest; with the two attackers, the toll rose to six. Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed the attack hours later.
""",
events=[
    ev("A suicide bomber blew himself up at a police checkpoint in Shabqadar and a second attacker was shot dead; three policemen, a passer-by and both attackers died, six were injured. Jamaat-ul-Ahrar claimed it.",
       "2017-03-08", "‘on Wednesday morning’ before the Thursday 2017-03-09 dateline: Wednesday 2017-03-08",
       "Shabqadar", "Khyber Pakhtunkhwa", "PK", "explosion", "Jamaat-ul-Ahrar", "Pakistani security forces",
       6, None, 6, None,
       "Three policemen and a passer-by were killed and six people injured when a suicide bomber blew himself up at a police checkpoint in Shabqadar, Charsadda district, on Wednesday morning, police said. A second attacker was shot dead by policemen before he could detonate his vest; with the two attackers, the toll rose to six. Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed the attack hours later.",
       note="6 = 3 policemen + 1 passer-by + 2 attackers; who did it told only in the claim"),
],
figures=[])
# ---------------------------------------------------------------------------
# h24-31 .. h24-36
# ---------------------------------------------------------------------------

report("h24-31", "2022-09-20", "https://www.example-benadirtimes.com/hiraan/2022/09/20/moqokori-retaken-mahas-lorries",
"ordinary", "dayfirst",
"""
Government forces and clan militias retake Moqokori as al-Shabaab burns food lorries

MOGADISHU, 20 September (Benadir Times) - Somali government troops fighting alongside local clan militias retook the town of Moqokori, in the Hiraan region, from al-Shabaab on Sunday, the regional administration said, the latest gain in an offensive that began in the central regions last month.

Residents said the militants withdrew before dawn towards the Middle Shabelle region, taking with them livestock and young men they had forcibly recruited. "The people rose up because they could no longer pay zakat to al-Shabaab," a clan elder in the town said by telephone.

Al-Shabaab struck back on Friday, when its fighters stopped a convoy of lorries carrying food and other goods on the road between Mahas and Beledweyne and set seven of them on fire. A local official said on Saturday that 11 drivers and passengers had been killed; on Monday he said the bodies of three more men had been found in the bush near the road, raising the toll to 14. The group said on its radio station that it had destroyed vehicles "supplying the apostate militias".

The US Africa Command said it had carried out an air strike near Buulobarde on Saturday in support of Somali forces, killing 27 al-Shabaab fighters. It said its initial assessment was that no civilians had been injured or killed.

In Mogadishu, several mortar rounds fired towards the presidential palace late on Monday landed in the Bondhere district, wounding three civilians, police said. Nobody was killed. No group claimed the attack, though al-Shabaab has often fired mortars at the palace compound in the past.

The National Intelligence and Security Agency said it had arrested seven suspected al-Shabaab members in Beledweyne on Monday, among them a man it described as the group's tax collector in the town.

The offensive comes as Somalia faces its worst drought in four decades. The United Nations says more than one million people have been displaced by the drought this year, and that some 55,000 have fled the fighting in Hiraan and Middle Shabelle since August.
""",
events=[
    ev("Somali government troops and local clan militias retook the town of Moqokori from al-Shabaab.",
       "2022-09-18", "‘on Sunday’ before the Tuesday 2022-09-20 dateline: Sunday 2022-09-18",
       "Moqokori", "Hiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Somali government troops fighting alongside local clan militias retook the town of Moqokori, in the Hiraan region, from al-Shabaab on Sunday, the regional administration said",
       note="with clan militias"),
    ev("Al-Shabaab fighters stopped a convoy of food lorries between Mahas and Beledweyne and burned seven; 14 drivers and passengers were killed (revised from 11).",
       "2022-09-16", "‘on Friday’ before the Tuesday 2022-09-20 dateline: Friday 2022-09-16",
       "road between Mahas and Beledweyne", "Hiraan", "SO", "attack_on_civilians", "al-Shabaab", "civilians",
       14, None, None, None,
       "Al-Shabaab struck back on Friday, when its fighters stopped a convoy of lorries carrying food and other goods on the road between Mahas and Beledweyne and set seven of them on fire. A local official said on Saturday that 11 drivers and passengers had been killed; on Monday he said the bodies of three more men had been found in the bush near the road, raising the toll to 14.",
       note="a revised toll: 14 = 11 + 3 bodies found later; the revision stands"),
    ev("A US air strike near Buulobarde in support of Somali forces; AFRICOM claimed 27 al-Shabaab fighters killed and no civilians harmed.",
       "2022-09-17", "‘on Saturday’ before the Tuesday 2022-09-20 dateline: Saturday 2022-09-17",
       "Buulobarde", "Hiraan", "SO", "explosion", "US forces", "al-Shabaab",
       None, None, None, None,
       "The US Africa Command said it had carried out an air strike near Buulobarde on Saturday in support of Somali forces, killing 27 al-Shabaab fighters. It said its initial assessment was that no civilians had been injured or killed.",
       note="27 is a side's claim of enemy dead, not a toll; 'no civilians' is the striker's own assessment, not a zero for the event"),
    ev("Mortar rounds fired towards the presidential palace landed in Bondhere district, wounding three civilians; nobody was killed.",
       "2022-09-19", "‘late on Monday’ before the Tuesday 2022-09-20 dateline: Monday 2022-09-19",
       "Bondhere district", "Banaadir", "SO", "explosion", "unknown", "civilians",
       0, None, 3, None,
       "In Mogadishu, several mortar rounds fired towards the presidential palace late on Monday landed in the Bondhere district, wounding three civilians, police said. Nobody was killed. No group claimed the attack",
       note="explicit zero killed; al-Shabaab is only said to have done so in the past"),
    ev("NISA arrested seven suspected al-Shabaab members in Beledweyne.",
       "2022-09-19", "‘arrested seven suspected al-Shabaab members in Beledweyne on Monday’ before the Tuesday 2022-09-20 dateline: Monday 2022-09-19",
       "Beledweyne", "Hiraan", "SO", "arrest", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "The National Intelligence and Security Agency said it had arrested seven suspected al-Shabaab members in Beledweyne on Monday",
       arrested=7),
],
figures=[
    fig("killed", 27, "Buulobarde",
        "killing 27 al-Shabaab fighters",
        note="AFRICOM's claim of enemy dead in its strike"),
    fig("displaced", 1000000, "Somalia",
        "more than one million people have been displaced by the drought this year",
        note="by drought, not fighting"),
    fig("displaced", 55000, "Hiraan and Middle Shabelle",
        "some 55,000 have fled the fighting in Hiraan and Middle Shabelle since August"),
])

report("h24-32", "2023-08-29", "https://www.example-blackseawire.com/ukraine/2023/08/29/robotyne-flag-izmail-drones",
"long", "abbr",
"""
Ukraine raises flag over Robotyne as Russian drones pound Danube port
By Black Sea Wire staff

KYIV, Aug. 29 (Black Sea Wire) - Ukrainian troops raised the national flag over the village of Robotyne in the southern Zaporizhzhia region on Monday, the deputy defence minister said, the first settlement of note recaptured in weeks of slow fighting through minefields towards the occupied city of Tokmak.

Robotyne, which had about 500 inhabitants before the war, lies on the first line of the defences that Russian forces built over the winter. Ukrainian commanders say taking it opens the way south, but Russian troops still hold the heights around the village and were shelling its ruins on Tuesday, according to soldiers reached by telephone.

"Every house is a fortress, every field is mined," said a Ukrainian sergeant who fought in the village. "We advance by metres, sometimes by a tree line a day."

Russia's defence ministry did not acknowledge the loss of Robotyne. It said its forces had repelled Ukrainian attacks in the Zaporizhzhia direction and killed more than 600 Ukrainian servicemen there in the past day, a figure that cannot be verified.

Overnight, Russian drones struck grain warehouses and port buildings in Izmail, on the Danube, the governor of the Odesa region said. Two port workers were injured and nobody was killed, he said, adding that air defences had shot down 11 of the drones. Izmail and the nearby port of Reni have become the main route for Ukrainian grain since Russia pulled out of the Black Sea grain deal in July, and have been attacked repeatedly in recent weeks. The strikes took place a few hundred metres from the Romanian border, and Romania's defence ministry said it was monitoring the situation.

In Kherson, Russian shells struck a residential street in the Korabelnyi district on Sunday afternoon, killing two people and wounding six, the regional military administration said. A man who had been badly wounded died in hospital on Monday, raising the toll to three. Kherson, on the right bank of the Dnipro, has been shelled from the Russian-held left bank almost daily since Russian forces withdrew from the city in November.

In the Kharkiv region, an elderly couple were killed on Saturday when a guided bomb hit their house in Kupiansk, the regional governor said. Russian forces have been pressing towards the town from the east for weeks, and the authorities ordered the evacuation of dozens of villages around it this month.

Across the border, the governor of Russia's Belgorod region said a woman had been killed on Monday when shells fired from Ukraine hit the village of Novaya Tavolzhanka, near Shebekino. Russia's defence ministry also said its air defences had shot down a drone over the Moscow region on Sunday night and that debris had fallen on a field near Krasnogorsk. Nobody was hurt, the Moscow regional governor said. Kyiv does not usually comment on attacks inside Russia.

The mayor of Moscow has said several times in recent weeks that drones were shot down on the approaches to the city, and flights at the capital's airports have been briefly suspended on several nights. Ukrainian officials have said the war is "gradually returning" to Russian territory without confirming individual attacks.

Ukraine's counter-offensive, which began in early June, has advanced more slowly than its Western backers had hoped. Military analysts say the Ukrainian forces have lost dozens of Western-supplied armoured vehicles in minefields, and that the Russian defences behind Robotyne are less dense than those in front of it. Ukrainian officials say about 250 square km have been retaken in the south since June.

The UN human rights office says at least 9,444 civilians have been killed in Ukraine since the full-scale invasion began in February 2022, and that the real number is probably considerably higher. More than 6 million Ukrainians are living as refugees abroad, and about 5 million are displaced inside the country.

At a funeral in Zaporizhzhia on Tuesday for a soldier killed near Robotyne, his mother held his photograph against her chest. "They said the village is free," she said. "For me it cost everything."
""",
events=[
    ev("Ukrainian troops raised the national flag over Robotyne, recapturing the village from Russian forces.",
       "2023-08-28", "‘on Monday’ before the Tuesday 2023-08-29 dateline: Monday 2023-08-28",
       "Robotyne", "Zaporizhzhia", "UA", "territory_gain", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "Ukrainian troops raised the national flag over the village of Robotyne in the southern Zaporizhzhia region on Monday, the deputy defence minister said, the first settlement of note recaptured in weeks of slow fighting through minefields towards the occupied city of Tokmak."),
    ev("Russian drones struck grain warehouses and port buildings in Izmail, injuring two port workers; nobody was killed.",
       "2023-08-28", "‘Overnight’ before the Tuesday 2023-08-29 dateline: the night that began on Monday 2023-08-28",
       "Izmail", "Odesa", "UA", "explosion", "Russian forces", "civilians",
       0, None, 2, None,
       "Overnight, Russian drones struck grain warehouses and port buildings in Izmail, on the Danube, the governor of the Odesa region said. Two port workers were injured and nobody was killed, he said",
       note="explicit zero killed"),
    ev("Russian shells struck a residential street in Kherson's Korabelnyi district, killing three (one of the wounded died later) and wounding five.",
       "2023-08-27", "‘on Sunday afternoon’ before the Tuesday 2023-08-29 dateline: Sunday 2023-08-27",
       "Korabelnyi district", "Kherson", "UA", "explosion", "Russian forces", "civilians",
       3, None, 5, None,
       "In Kherson, Russian shells struck a residential street in the Korabelnyi district on Sunday afternoon, killing two people and wounding six, the regional military administration said. A man who had been badly wounded died in hospital on Monday, raising the toll to three.",
       note="3 = 2 + 1 wounded who died; wounded 5 = 6 - 1"),
    ev("A guided bomb hit a house in Kupiansk, killing an elderly couple.",
       "2023-08-26", "‘on Saturday’ before the Tuesday 2023-08-29 dateline: Saturday 2023-08-26",
       "Kupiansk", "Kharkiv", "UA", "explosion", "Russian forces", "civilians",
       2, None, None, None,
       "In the Kharkiv region, an elderly couple were killed on Saturday when a guided bomb hit their house in Kupiansk, the regional governor said. Russian forces have been pressing towards the town from the east for weeks",
       note="toll in words ('an elderly couple'); the attacker is named only by the context"),
    ev("Shells fired from Ukraine hit Novaya Tavolzhanka near Shebekino, killing a woman, the Belgorod governor said.",
       "2023-08-28", "‘on Monday’ before the Tuesday 2023-08-29 dateline: Monday 2023-08-28",
       "Novaya Tavolzhanka", "Belgorod", "RU", "explosion", "Ukrainian forces", "civilians",
       1, None, None, None,
       "Across the border, the governor of Russia's Belgorod region said a woman had been killed on Monday when shells fired from Ukraine hit the village of Novaya Tavolzhanka, near Shebekino.",
       note="blamed on Ukraine and not denied ('Kyiv does not usually comment')"),
    ev("Russian air defences shot down a drone over the Moscow region; debris fell on a field near Krasnogorsk and nobody was hurt.",
       "2023-08-27", "‘on Sunday night’ before the Tuesday 2023-08-29 dateline: Sunday 2023-08-27",
       "Krasnogorsk", "Moscow", "RU", "explosion", "Ukrainian forces", "Russian forces",
       0, None, 0, None,
       "Russia's defence ministry also said its air defences had shot down a drone over the Moscow region on Sunday night and that debris had fallen on a field near Krasnogorsk. Nobody was hurt, the Moscow regional governor said. Kyiv does not usually comment on attacks inside Russia.",
       note="explicit zeros; an intercepted drone attack blamed on Ukraine and not denied; a coder could leave it out",
       optional=True),
],
figures=[
    fig("other", 500, "Robotyne",
        "Robotyne, which had about 500 inhabitants before the war",
        note="pre-war population"),
    fig("killed", 600, "Zaporizhzhia front",
        "killed more than 600 Ukrainian servicemen there in the past day",
        note="a side's claim of enemy dead over a day"),
    fig("other", 250, "southern Ukraine",
        "Ukrainian officials say about 250 square km have been retaken in the south since June.",
        note="square km retaken"),
    fig("killed", 9444, "Ukraine",
        "The UN human rights office says at least 9,444 civilians have been killed in Ukraine since the full-scale invasion began in February 2022"),
    fig("displaced", 6000000, "abroad",
        "More than 6 million Ukrainians are living as refugees abroad"),
    fig("displaced", 5000000, "Ukraine",
        "about 5 million are displaced inside the country"),
])

report("h24-33", "2023-09-05", "https://www.example-jazirapost.com/deir-ez-zor/2023/09/05/sdf-retakes-dhiban",
"ordinary", "nodate",
"""
SDF retakes Dhiban, last stronghold of tribal fighters in Deir ez-Zor

QAMISHLI, Syria (Jazira Post) - The Kurdish-led Syrian Democratic Forces (SDF) said they had taken back the town of Dhiban, on the eastern bank of the Euphrates, on Monday, ending more than a week of fighting with Arab tribal fighters who had risen against them across the east of Deir ez-Zor province.

The clashes broke out after the SDF detained the commander of the Deir ez-Zor Military Council, an Arab-led force allied to it, in Hasakah on August 27, accusing him of crimes and of contacts with the Syrian government. Fighters loyal to him and men from the Akeidat tribe attacked SDF checkpoints and positions in dozens of villages.

The Syrian Observatory for Human Rights says 90 people have been killed since August 27, among them 25 SDF fighters, 54 tribal fighters and 11 civilians.

Shells fired from government-held areas on the western bank hit the town of al-Busayrah on Sunday, wounding four children, the SDF said, blaming government forces and Iran-backed militias for trying to exploit the unrest. State media did not mention the shelling.

On Friday, a drone struck a car on the road south of Qamishli, killing two SDF members, the SDF said. It blamed Turkey, which regards the Kurdish YPG, the backbone of the SDF, as a terrorist group, and which did not comment.

In the desert near Palmyra, Islamic State fighters ambushed an army patrol on Saturday, killing six soldiers, the Observatory said.

In the town of Hajin, SDF commanders and elders of the Akeidat tribe agreed on Saturday to end the fighting there, allowing tribal fighters who handed over their weapons to return to their homes, a tribal notable said.

Tribal leaders and the SDF have agreed to talks mediated by the US-led coalition, which has about 900 troops in north-eastern Syria, but tensions remain high in many villages.
""",
events=[
    ev("The SDF took back the town of Dhiban from Arab tribal fighters.",
       "2023-09-04", "‘on Monday’ before the Tuesday 2023-09-05 publication (the dateline gives no date): Monday 2023-09-04",
       "Dhiban", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Arab tribal fighters",
       None, None, None, None,
       "The Kurdish-led Syrian Democratic Forces (SDF) said they had taken back the town of Dhiban, on the eastern bank of the Euphrates, on Monday, ending more than a week of fighting with Arab tribal fighters who had risen against them across the east of Deir ez-Zor province."),
    ev("The SDF detained the commander of the Deir ez-Zor Military Council in Hasakah.",
       "2023-08-27", "‘in Hasakah on August 27’: Sunday 2023-08-27",
       "Hasakah", "Hasakah", "SY", "arrest", "Syrian Democratic Forces", "Arab tribal fighters",
       None, None, None, None,
       "The clashes broke out after the SDF detained the commander of the Deir ez-Zor Military Council, an Arab-led force allied to it, in Hasakah on August 27, accusing him of crimes and of contacts with the Syrian government.",
       note="one man detained; a cause given in passing, so a coder could leave it out",
       arrested=1, optional=True),
    ev("Shells fired from government-held areas hit al-Busayrah, wounding four children; the SDF blamed government forces.",
       "2023-09-03", "‘on Sunday’ before the Tuesday 2023-09-05 publication: Sunday 2023-09-03",
       "al-Busayrah", "Deir ez-Zor", "SY", "explosion", "Syrian government forces", "civilians",
       None, None, 4, None,
       "Shells fired from government-held areas on the western bank hit the town of al-Busayrah on Sunday, wounding four children, the SDF said, blaming government forces and Iran-backed militias for trying to exploit the unrest. State media did not mention the shelling.",
       note="blame not denied: the accused is actor1"),
    ev("A drone the SDF blamed on Turkey struck a car south of Qamishli, killing two SDF members.",
       "2023-09-01", "‘On Friday’ before the Tuesday 2023-09-05 publication: Friday 2023-09-01",
       "road south of Qamishli", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "Syrian Democratic Forces",
       2, None, None, None,
       "On Friday, a drone struck a car on the road south of Qamishli, killing two SDF members, the SDF said. It blamed Turkey, which regards the Kurdish YPG, the backbone of the SDF, as a terrorist group, and which did not comment.",
       note="who did it told last, in the SDF's blame; not denied"),
    ev("Islamic State fighters ambushed an army patrol in the desert near Palmyra, killing six soldiers.",
       "2023-09-02", "‘on Saturday’ before the Tuesday 2023-09-05 publication: Saturday 2023-09-02",
       "Palmyra", "Homs", "SY", "battle", "Islamic State", "Syrian government forces",
       6, None, None, None,
       "In the desert near Palmyra, Islamic State fighters ambushed an army patrol on Saturday, killing six soldiers, the Observatory said."),
    ev("SDF commanders and Akeidat tribal elders in Hajin agreed to end the fighting there, letting tribal fighters who gave up their weapons go home.",
       "2023-09-02", "‘agreed on Saturday’ before the Tuesday 2023-09-05 publication: Saturday 2023-09-02",
       "Hajin", "Deir ez-Zor", "SY", "other", "Syrian Democratic Forces", "Arab tribal fighters",
       None, None, None, None,
       "In the town of Hajin, SDF commanders and elders of the Akeidat tribe agreed on Saturday to end the fighting there, allowing tribal fighters who handed over their weapons to return to their homes, a tribal notable said.",
       note="a local agreement"),
],
figures=[
    fig("killed", 90, "Deir ez-Zor",
        "The Syrian Observatory for Human Rights says 90 people have been killed since August 27, among them 25 SDF fighters, 54 tribal fighters and 11 civilians.",
        note="running toll since August 27 = 25 + 54 + 11"),
    fig("fighters", 900, "north-eastern Syria",
        "the US-led coalition, which has about 900 troops in north-eastern Syria",
        note="US troops"),
])
report("h24-34", "2024-04-14", "https://www.example-sahelstandard.com/news/2024/04/14/chibok-ten-years-on",
"short", "dayfirst",
"""
Ten years after Chibok, 91 girls still missing

ABUJA, 14 April (Sahel Standard) - Ten years after Boko Haram fighters took 276 schoolgirls from their dormitory in Chibok, 91 of them are still held or unaccounted for, parents and campaigners said on the eve of the anniversary. At least 1,680 students have been abducted from schools in Nigeria since 2014, according to the UN children's agency, and more than 10,000 schools have been closed at some point because of insecurity. "Our daughters are women now, somewhere in the forest," one mother said.
""",
country_hint="NG",
figures=[
    fig("other", 276, "Chibok",
        "Ten years after Boko Haram fighters took 276 schoolgirls from their dormitory in Chibok",
        note="girls abducted in April 2014: background"),
    fig("other", 91, "Chibok",
        "91 of them are still held or unaccounted for",
        note="girls still missing"),
    fig("other", 1680, "Nigeria",
        "At least 1,680 students have been abducted from schools in Nigeria since 2014",
        note="students abducted since 2014"),
    fig("other", 10000, "Nigeria",
        "more than 10,000 schools have been closed at some point because of insecurity",
        note="schools closed"),
])

report("h24-35", "2021-11-16", "https://www.example-bajiodiario.com/seguridad/2021/11/16/celaya-bar-attack-el-aguaje-drones",
"ordinary", "none",
"""
Gunmen kill eight at Celaya bar; drones drop explosives on troops in Michoacán
Posted: 16 November 2021

Armed men burst into a bar in the centre of Celaya, in the central state of Guanajuato, late on Saturday and opened fire on customers and staff, killing eight people and wounding three, the state prosecutor's office said. The attackers fled in two vehicles before police arrived.

No group claimed the attack. Local media linked it to the long war between the Jalisco New Generation Cartel (CJNG) and the Santa Rosa de Lima cartel for control of fuel theft and drug sales in the state, which has the highest number of murders in Mexico.

The National Guard said on Monday that its officers had arrested four suspects in Celaya on Sunday and seized two rifles and a pickup truck believed to have been used in the attack.

In Michoacán, two soldiers were wounded on Friday when explosives were dropped from drones on an army position at El Aguaje, in the municipality of Aguililla, the state security ministry said, blaming the CJNG, which has used drones against its rivals and the security forces in the Tierra Caliente region for more than a year.

Soldiers and gunmen fought for several hours on Sunday on the outskirts of Tepalcatepec, near the border with Jalisco. The state prosecutor's office said five gunmen had been killed and a soldier wounded, and that rifles, grenades and body armour had been seized. It did not say which group the gunmen belonged to.

In Zacatecas, police found the bodies of six men beside a road on the outskirts of Fresnillo on Monday. The state prosecutor said it was not clear when they had been killed.

Mexico recorded more than 28,000 murders in the first ten months of the year, according to official figures, and Guanajuato alone more than 2,800. President Andrés Manuel López Obrador has defended his "hugs, not bullets" approach to the cartels while deploying more than 100,000 members of the National Guard across the country.
""",
events=[
    ev("Armed men opened fire in a bar in central Celaya, killing eight and wounding three.",
       "2021-11-13", "‘late on Saturday’ before the Tuesday 2021-11-16 ‘Posted: 16 November 2021’ line: Saturday 2021-11-13",
       "Celaya", "Guanajuato", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       8, None, 3, None,
       "Armed men burst into a bar in the centre of Celaya, in the central state of Guanajuato, late on Saturday and opened fire on customers and staff, killing eight people and wounding three, the state prosecutor's office said.",
       note="unclaimed; local media only 'linked it' to the cartel war"),
    ev("The National Guard arrested four suspects in Celaya and seized rifles and a pickup truck.",
       "2021-11-14", "‘arrested four suspects in Celaya on Sunday’, before the Tuesday 2021-11-16 posting: Sunday 2021-11-14",
       "Celaya", "Guanajuato", "MX", "arrest", "Mexican security forces", "militants (unidentified)",
       None, None, None, None,
       "The National Guard said on Monday that its officers had arrested four suspects in Celaya on Sunday and seized two rifles and a pickup truck believed to have been used in the attack.",
       arrested=4),
    ev("Explosives dropped from drones on an army position at El Aguaje wounded two soldiers; the state blamed the CJNG.",
       "2021-11-12", "‘on Friday’ before the Tuesday 2021-11-16 posting: Friday 2021-11-12",
       "El Aguaje", "Michoacan", "MX", "explosion", "Jalisco New Generation Cartel", "Mexican security forces",
       None, None, 2, None,
       "In Michoacán, two soldiers were wounded on Friday when explosives were dropped from drones on an army position at El Aguaje, in the municipality of Aguililla, the state security ministry said, blaming the CJNG",
       note="passive voice, doer told last; not denied"),
    ev("Soldiers fought gunmen on the outskirts of Tepalcatepec; five gunmen were killed and a soldier wounded.",
       "2021-11-14", "‘on Sunday’ before the Tuesday 2021-11-16 posting: Sunday 2021-11-14",
       "Tepalcatepec", "Michoacan", "MX", "battle", "Mexican security forces", "militants (unidentified)",
       5, None, 1, None,
       "Soldiers and gunmen fought for several hours on Sunday on the outskirts of Tepalcatepec, near the border with Jalisco. The state prosecutor's office said five gunmen had been killed and a soldier wounded",
       note="the prosecutor's count, not a claim by the army"),
    ev("The bodies of six men were found beside a road outside Fresnillo; it was not clear when they had been killed.",
       None, "found ‘on Monday’, but ‘it was not clear when they had been killed’",
       "Fresnillo", "Zacatecas", "MX", "attack_on_civilians", "unknown", "civilians",
       6, None, None, None,
       "In Zacatecas, police found the bodies of six men beside a road on the outskirts of Fresnillo on Monday. The state prosecutor said it was not clear when they had been killed."),
],
figures=[
    fig("killed", 28000, "Mexico",
        "Mexico recorded more than 28,000 murders in the first ten months of the year",
        note="murders, January to October"),
    fig("killed", 2800, "Guanajuato",
        "Guanajuato alone more than 2,800"),
    fig("fighters", 100000, "Mexico",
        "deploying more than 100,000 members of the National Guard across the country"),
])

report("h24-36", "2016-06-28", "https://www.example-southarabianews.com/hadramawt/2016/06/28/mukalla-suicide-bombings-iftar",
"ordinary", "full",
"""
Suicide bombers kill soldiers at Mukalla checkpoints as they break fast

ADEN, June 28 (South Arabia News) - A series of suicide bombings tore through army checkpoints and a base on the western edge of the port city of Mukalla on Monday evening as soldiers were preparing to break their Ramadan fast, killing at least 24 of them, a military source said. Medics at Ibn Sina hospital said 31 soldiers had been killed and more than 20 wounded.

Islamic State claimed responsibility hours later in a statement carried by its Amaq agency, saying eight of its fighters had taken part. Government forces backed by the Saudi-led coalition drove al Qaeda fighters out of Mukalla in April, and the city has since become a target for both jihadist groups.

In Taiz, shells fired by the Houthis and forces loyal to former president Ali Abdullah Saleh hit the Bir Basha district on Sunday, killing five civilians, including two women, and wounding 11, a local health official said.

Coalition aircraft struck a petrol station in the Nihm district, east of Sanaa, on Saturday, killing seven people, the Houthi-run Saba news agency reported. The coalition did not comment.

On Friday, gunmen ambushed a military vehicle near Zinjibar, the capital of Abyan province, killing three soldiers. Ansar al-Sharia, a name used by al Qaeda in the Arabian Peninsula, said on Twitter that its fighters had carried out the attack.

The security forces in Aden said on Tuesday they had arrested 30 suspected members of Islamic State and al Qaeda cells in raids in the districts of al-Mansoura and Sheikh Othman.

UN-sponsored peace talks between the government and the Houthis have been under way in Kuwait since April with little progress. The United Nations says more than 6,400 people have been killed since the coalition joined the war in March 2015, about half of them civilians, and that 2.8 million have been forced from their homes.
""",
events=[
    ev("A series of suicide bombings hit army checkpoints and a base on the western edge of Mukalla, killing 24 (military source) to 31 (medics) soldiers and wounding more than 20; Islamic State claimed it.",
       "2016-06-27", "‘on Monday evening’ before the Tuesday 2016-06-28 dateline: Monday 2016-06-27",
       "Mukalla", "Hadramawt", "YE", "explosion", "Islamic State", "Yemeni government forces",
       24, 31, 20, None,
       "A series of suicide bombings tore through army checkpoints and a base on the western edge of the port city of Mukalla on Monday evening as soldiers were preparing to break their Ramadan fast, killing at least 24 of them, a military source said. Medics at Ibn Sina hospital said 31 soldiers had been killed and more than 20 wounded. [...] Islamic State claimed responsibility hours later in a statement carried by its Amaq agency",
       note="several blasts at one place, one toll: one event; conflicting tolls 24 / 31; who did it told in the claim"),
    ev("Houthi and Saleh forces' shells hit Taiz's Bir Basha district, killing five civilians and wounding 11.",
       "2016-06-26", "‘on Sunday’ before the Tuesday 2016-06-28 dateline: Sunday 2016-06-26",
       "Bir Basha", "Taiz", "YE", "explosion", "Houthis", "civilians",
       5, None, 11, None,
       "In Taiz, shells fired by the Houthis and forces loyal to former president Ali Abdullah Saleh hit the Bir Basha district on Sunday, killing five civilians, including two women, and wounding 11, a local health official said.",
       note="forces loyal to Saleh counted with the Houthis (news-dev)"),
    ev("Coalition aircraft struck a petrol station in Nihm district, killing seven, Saba reported.",
       "2016-06-25", "‘on Saturday’ before the Tuesday 2016-06-28 dateline: Saturday 2016-06-25",
       "Nihm", "Sanaa", "YE", "explosion", "Saudi-led coalition", "civilians",
       7, None, None, None,
       "Coalition aircraft struck a petrol station in the Nihm district, east of Sanaa, on Saturday, killing seven people, the Houthi-run Saba news agency reported. The coalition did not comment."),
    ev("Gunmen ambushed a military vehicle near Zinjibar, killing three soldiers; Ansar al-Sharia (AQAP) claimed it.",
       "2016-06-24", "‘On Friday’ before the Tuesday 2016-06-28 dateline: Friday 2016-06-24",
       "Zinjibar", "Abyan", "YE", "battle", "al-Qaeda in the Arabian Peninsula", "Yemeni government forces",
       3, None, None, None,
       "On Friday, gunmen ambushed a military vehicle near Zinjibar, the capital of Abyan province, killing three soldiers. Ansar al-Sharia, a name used by al Qaeda in the Arabian Peninsula, said on Twitter that its fighters had carried out the attack.",
       note="who did it told only in the claim"),
    ev("Security forces in Aden arrested 30 suspected Islamic State and al Qaeda members in raids in al-Mansoura and Sheikh Othman.",
       None, "only the day of the statement (‘said on Tuesday they had arrested’)",
       "al-Mansoura and Sheikh Othman", "Aden", "YE", "arrest", "Yemeni government forces", "militants (unidentified)",
       None, None, None, None,
       "The security forces in Aden said on Tuesday they had arrested 30 suspected members of Islamic State and al Qaeda cells in raids in the districts of al-Mansoura and Sheikh Othman.",
       note="two districts sharing one count: one event", arrested=30),
],
figures=[
    fig("killed", 6400, "Yemen",
        "The United Nations says more than 6,400 people have been killed since the coalition joined the war in March 2015",
        note="since March 2015"),
    fig("displaced", 2800000, "Yemen",
        "2.8 million have been forced from their homes"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
SET = "h24"
N_REPORTS = 36
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# AP-style abbreviations; March to July are never abbreviated
ABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {
    "IQ", "SY", "YE", "IL", "PS", "LB", "NG", "ML", "BF", "NE", "SO", "SD", "CD", "ET",
    "AF", "PK", "IN", "UA", "RU", "MM", "CO", "MX", "UG",
}
MIN_COUNTRIES = 15
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Baghdad": "IQ", "Anbar": "IQ", "Erbil": "IQ", "Salahuddin": "IQ", "Diyala": "IQ", "Nineveh": "IQ",
    "Idlib": "SY", "Aleppo": "SY", "Deir ez-Zor": "SY", "Hasakah": "SY", "Hama": "SY", "Homs": "SY",
    "Hodeidah": "YE", "Marib": "YE", "Taiz": "YE", "Aden": "YE", "Abyan": "YE", "Hadramawt": "YE",
    "Lahij": "YE", "Saada": "YE", "Sanaa": "YE",
    "Southern District": "IL", "Northern District": "IL",
    "Gaza": "PS", "North Gaza": "PS", "Khan Younis": "PS", "Rafah": "PS", "Deir al-Balah": "PS",
    "Tulkarm": "PS", "Jenin": "PS", "Nablus": "PS", "Hebron": "PS",
    "South Lebanon": "LB", "Nabatieh": "LB", "Baalbek-Hermel": "LB",
    "Borno": "NG", "Yobe": "NG", "Zamfara": "NG", "Kaduna": "NG", "Katsina": "NG",
    "Mopti": "ML", "Segou": "ML", "Menaka": "ML", "Gao": "ML",
    "Sahel": "BF", "Centre-Nord": "BF", "Est": "BF", "Nord": "BF",
    "Tillaberi": "NE", "Diffa": "NE",
    "Banaadir": "SO", "Hiraan": "SO", "Lower Shabelle": "SO", "Middle Shabelle": "SO", "Bay": "SO",
    "Khartoum": "SD", "West Darfur": "SD", "North Darfur": "SD", "North Kordofan": "SD",
    "North Kivu": "CD", "Ituri": "CD", "South Kivu": "CD", "Western Region": "UG",
    "Amhara": "ET", "Tigray": "ET", "Afar": "ET", "Addis Ababa": "ET",
    "Helmand": "AF", "Kandahar": "AF", "Kabul": "AF", "Kunduz": "AF",
    "Khyber Pakhtunkhwa": "PK", "Balochistan": "PK", "Punjab": "PK",
    "Jammu and Kashmir": "IN", "Chhattisgarh": "IN",
    "Kharkiv": "UA", "Donetsk": "UA", "Luhansk": "UA", "Odesa": "UA", "Kherson": "UA",
    "Zaporizhzhia": "UA", "Kyiv": "UA", "Dnipropetrovsk": "UA",
    "Belgorod": "RU", "Kursk": "RU", "Moscow": "RU", "Pskov": "RU", "Bryansk": "RU",
    "Mandalay": "MM", "Yangon": "MM", "Kayin": "MM", "Bago": "MM", "Shan": "MM", "Sagaing": "MM",
    "Cauca": "CO", "Valle del Cauca": "CO", "Arauca": "CO", "Norte de Santander": "CO", "Antioquia": "CO",
    "Michoacan": "MX", "Guanajuato": "MX", "Zacatecas": "MX", "Guerrero": "MX", "Jalisco": "MX",
}
# actor names allowed in this set (canonical names of EVENTS.md, news-dev's list, the usual
# short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    # canonical names of EVENTS.md
    "Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
    "Peshmerga", "US-led coalition", "Syrian Democratic Forces", "Syrian government forces", "Taliban",
    "Afghan security forces", "Boko Haram", "al-Shabaab", "Houthis", "civilians",
    # state forces, "<Country-adjective> security forces" or as reported (news-wide)
    "Yemeni government forces", "Saudi-led coalition", "Israeli security forces", "Lebanese security forces",
    "Nigerian security forces", "Malian security forces", "Burkinabe security forces", "Nigerien security forces",
    "Somali security forces", "Sudanese Armed Forces", "Congolese security forces", "Ethiopian security forces",
    "Pakistani security forces", "Indian security forces", "Ukrainian forces", "Russian forces",
    "Myanmar military", "Colombian security forces", "Mexican security forces", "Turkish Armed Forces",
    "US forces", "Ugandan security forces",
    # other armed groups by their usual English short names
    "Hamas", "Palestinian Islamic Jihad", "Hezbollah", "Kataib Hezbollah", "Hayat Tahrir al-Sham",
    "Syrian rebels", "Arab tribal fighters", "Jaish-e-Mohammad", "Jamaat-ul-Ahrar", "al-Qaeda in the Arabian Peninsula", "bandits",
    "JNIM", "Islamic State Sahel", "Dan Na Ambassagou", "Volunteers for the Defence of the Homeland",
    "Rapid Support Forces", "M23", "ADF", "CODECO", "TPLF", "Tehrik-i-Taliban Pakistan",
    "Baloch Liberation Army", "Islamic State Khorasan", "Maoist rebels", "pro-Russian separatists",
    "Karen National Liberation Army", "Three Brotherhood Alliance", "People's Defence Force",
    "Kachin Independence Army", "ELN", "FARC dissidents", "Jalisco New Generation Cartel",
    "Sinaloa Cartel", "clan militias",
    # generic labels of news-dev / news-wide
    "militants (unidentified)", "unknown", "none", "protesters", "Iraqi government",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# lengths promised by the brief, in words of the whole text (headline and byline included)
KINDS = {"short": (60, 110, 8), "ordinary": (200, 380, 22), "long": (600, 850, 6)}
MAX_EVENTS = {"short": 3, "ordinary": 6, "long": 8}
STYLES = {"full", "abbr", "dayfirst", "nodate", "none"}
N_EMPTY = 5

MO = "|".join(MONTHS)
AB = "|".join(re.escape(a) for a in ABBR)
# a line that starts like a dateline: an upper-case city followed by a comma or by "(Outlet)"
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý](?:,| \()")
DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý])"
    r"(?:, (?P<region>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*))?"
    r"(?:, (?:(?P<full_m>%s) (?P<full_d>\d{1,2})|(?P<abbr_m>%s) (?P<abbr_d>\d{1,2})|(?P<df_d>\d{1,2}) (?P<df_m>%s)))?"
    r" \((?P<outlet>[^()]+)\) [-–—] \S" % (MO, AB, MO))
# "Updated"/"Published"/"Posted" lines near the top must name the publication date
STAMP = re.compile(r"^(Updated|Published|Posted)\b:? ?(.*)$")
STAMP_DATES = [
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), lambda m: (int(m[3]), int(m[2]), int(m[1]))),
    (re.compile(r"(%s) (\d{1,2}), (\d{4})" % MO), lambda m: (int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))),
    (re.compile(r"(\d{1,2}) (%s) (\d{4})" % MO), lambda m: (int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))),
]
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
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)(?:,? (\d{4}))?" % (wd, MO)),
            re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (wd, MO))]
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
    if date is not None and date not in outside:
        err(where, f"date_note does not state the resolved date {date}")


def check_dateline(rid, r, pub, lines):
    found = []
    for ln in lines[1:]:
        if DATELINE_START.match(ln):
            m = DATELINE.match(ln)
            if not m:
                err(rid, f"malformed dateline: {ln[:70]!r}")
                continue
            found.append(m)
    style = r["style"]
    if style not in STYLES:
        err(rid, f"unknown dateline style {style!r}")
        return
    if style == "none":
        if found:
            err(rid, "style 'none' but a dateline was found")
        return
    if len(found) != 1:
        err(rid, f"{len(found)} datelines, expected exactly one")
        return
    m = found[0]
    if m["full_m"]:
        got, month, day = "full", MONTHS.index(m["full_m"]) + 1, int(m["full_d"])
    elif m["abbr_m"]:
        got, month, day = "abbr", ABBR[m["abbr_m"]], int(m["abbr_d"])
    elif m["df_m"]:
        got, month, day = "dayfirst", MONTHS.index(m["df_m"]) + 1, int(m["df_d"])
    else:
        got, month, day = "nodate", None, None
    if got != style:
        err(rid, f"dateline style is {got!r}, declared {style!r}")
    if month is not None and (month, day) != (pub.month, pub.day):
        err(rid, f"dateline names {month}/{day}, not publication {pub}")


def check_stamps(rid, pub, lines):
    for ln in lines[1:4]:
        m = STAMP.match(ln)
        if not m:
            continue
        for pat, conv in STAMP_DATES:
            dm = pat.search(m.group(2))
            if dm:
                y, mo, d = conv(dm)
                try:
                    got = datetime.date(y, mo, d)
                except ValueError:
                    err(rid, f"impossible date in {ln!r}")
                    break
                if got != pub:
                    err(rid, f"{m.group(1)} line names {got}, not publication {pub}")
                break
        else:
            err(rid, f"no date found in {ln!r}")


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "%s-%02d" % (SET, i + 1):
            err(rid, f"id out of order, expected {SET}-{i + 1:02d}")
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
        if r["kind"] not in KINDS:
            err(rid, f"unknown kind {r['kind']!r}")
        else:
            lo, hi, _ = KINDS[r["kind"]]
            words = len(text.split())
            if not (lo <= words <= hi):
                err(rid, f"{words} words, a {r['kind']} report must have {lo}-{hi}")
            if len(r["events"]) > MAX_EVENTS[r["kind"]]:
                err(rid, f"{len(r['events'])} events, at most {MAX_EVENTS[r['kind']]} for a {r['kind']} report")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]) or STAMP.match(lines[0]):
            err(rid, "first line must be a headline")
        check_dateline(rid, r, pub, lines)
        check_stamps(rid, pub, lines)
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
            check_date_note(w, e.get("date_note"), text, e["date"])
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
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    kinds = Counter(r["kind"] for r in REPORTS)
    for k, (_, _, n) in KINDS.items():
        if kinds[k] != n:
            err("set", f"{kinds[k]} {k} reports, expected {n}")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if len(hinted) < N_EMPTY:
        err("set", f"reports without events should come from {N_EMPTY} different countries: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if len(used) < MIN_COUNTRIES:
        err("set", f"events in only {len(used)} countries, the brief asks for at least {MIN_COUNTRIES}: {sorted(used)}")
    evs = [e for r in REPORTS for e in r["events"]]
    n_opt = sum(bool(e.get("optional")) for e in evs)
    if evs and not (0.07 <= n_opt / len(evs) <= 0.14):
        err("set", f"{n_opt} optional events of {len(evs)}: the brief asks for about one in ten")
    multi = sum(len({e["country"] for e in r["events"]}) > 1 for r in REPORTS)
    if multi < 3:
        err("set", f"only {multi} reports with events in two countries, expected at least 3")
    styles = Counter(r["style"] for r in REPORTS)
    if any(styles[s] < 3 for s in STYLES):
        err("set", f"every dateline style should appear at least three times: {dict(styles)}")


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
    for k in KINDS:
        w = [len(r["text"].split()) for r in REPORTS if r["kind"] == k]
        print(f"  {k}: {len(w)} (words {min(w)}-{max(w)}, mean {sum(w) // len(w)})")
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    print("dateline styles: " + ", ".join(f"{k} {v}" for k, v in Counter(r["style"] for r in REPORTS).most_common()))
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
