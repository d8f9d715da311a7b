#!/usr/bin/env python3
"""probe-blind32: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: Iraq and Syria 2014-2019 as local and regional outlets told them: towns falling and
retaken (Ramadi, Fallujah, Tikrit, Sinjar, Tal Afar, Manbij, Raqqa, Deir ez-Zor), car bombs and
suicide attacks in Baghdad and Kirkuk, coalition, Russian and Syrian air strikes, barrel bombs,
shelling of Idlib, Aleppo and Eastern Ghouta, sleeper-cell attacks on PMF and army posts, IS
executions and mass graves, Peshmerga fronts, Turkish operations in Afrin and the north-east.
Reports of three lengths (short feed items, ordinary stories, long pieces), five of them
without any incident, with varied datelines (full, abbreviated month, day-first, no date,
none at all), bylines and "Updated"/"Published" lines.

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
# b32-01 .. b32-09
# ---------------------------------------------------------------------------

report("b32-01", "2015-05-18", "https://www.example-dijlanews.com/anbar/2015/05/18/ramadi-falls-islamic-state",
"ordinary", "full",
"""
Islamic State overruns Ramadi as Iraqi troops abandon city

BAGHDAD, May 18 (Dijla News Agency) - Islamic State fighters seized full control of Ramadi, the capital of Iraq's western Anbar province, on Sunday after the last army and police units still holding out in the city pulled back towards the east, local officials and security sources said on Monday.

The headquarters of the army's 8th Brigade in the north of the city, the last government stronghold, was abandoned on Sunday afternoon, hours after a wave of at least six suicide car bombs had been driven by the militants into the gates of police positions in the al-Malaab district. A police colonel who escaped to the Habbaniyah base, 30 km to the east, said 17 of his men were killed in the blasts in al-Malaab and that dozens more were missing.

A spokesman for the Anbar governor said about 500 people, civilians and members of the security forces, had been killed in and around the city since Friday, when the militants overran the government compound in the centre. More than 8,000 people have fled Ramadi since Friday, the International Organization for Migration said.

In al-Sijariya, on the eastern edge of Ramadi, Islamic State executed a group of Sunni tribal fighters who had fought alongside government forces, a sheikh from the Albu Fahd tribe said by telephone. He put the number of dead at 12, but did not say when the killings took place, and said nobody had been able to reach the area to bury them.

Shi'ite militias of the Popular Mobilization, which Prime Minister Haider al-Abadi had kept out of Sunni Anbar for months, began arriving at the Habbaniyah base on Monday, a member of the provincial council said, ahead of a counter-offensive that officials said would start within days.

The fall of Ramadi is the worst setback for Baghdad since Islamic State swept through Mosul and much of the north last June.

"We were left alone. No ammunition came, no reinforcements came," said one of the policemen who reached Habbaniyah on foot. "On Sunday morning the bombs started and everyone understood."
""",
events=[
    ev("Islamic State seized full control of Ramadi after the last army and police units pulled out.",
       "2015-05-17", "‘on Sunday’ before the Monday 2015-05-18 dateline: Sunday 2015-05-17",
       "Ramadi", "Anbar", "IQ", "territory_gain", "Islamic State", "Iraqi Security Forces",
       None, None, None, None,
       "Islamic State fighters seized full control of Ramadi, the capital of Iraq's western Anbar province, on Sunday after the last army and police units still holding out in the city pulled back towards the east, local officials and security sources said on Monday."),
    ev("A wave of at least six suicide car bombs struck police positions in al-Malaab; a police colonel said 17 of his men were killed.",
       "2015-05-17", "‘hours after’ the abandonment of the brigade headquarters ‘on Sunday afternoon’: Sunday 2015-05-17",
       "al-Malaab", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       17, None, None, None,
       "The headquarters of the army's 8th Brigade in the north of the city, the last government stronghold, was abandoned on Sunday afternoon, hours after a wave of at least six suicide car bombs had been driven by the militants into the gates of police positions in the al-Malaab district. A police colonel who escaped to the Habbaniyah base, 30 km to the east, said 17 of his men were killed in the blasts in al-Malaab and that dozens more were missing.",
       note="the police colonel's count of his own men; the bombers' deaths are not stated; 'dozens' missing not counted"),
    ev("The militants overran the government compound in the centre of Ramadi.",
       "2015-05-15", "‘since Friday, when the militants overran the government compound’ before the Monday 2015-05-18 dateline: Friday 2015-05-15",
       "government compound, Ramadi", "Anbar", "IQ", "territory_gain", "Islamic State", "Iraqi Security Forces",
       None, None, None, None,
       "A spokesman for the Anbar governor said about 500 people, civilians and members of the security forces, had been killed in and around the city since Friday, when the militants overran the government compound in the centre.",
       note="the 500 dead are a running toll since Friday, kept as a figure"),
    ev("Islamic State executed 12 Sunni tribal fighters who had fought alongside government forces in al-Sijariya.",
       None, "the sheikh ‘did not say when the killings took place’",
       "al-Sijariya", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "Sunni tribal fighters",
       12, None, None, None,
       "In al-Sijariya, on the eastern edge of Ramadi, Islamic State executed a group of Sunni tribal fighters who had fought alongside government forces, a sheikh from the Albu Fahd tribe said by telephone. He put the number of dead at 12, but did not say when the killings took place"),
    ev("Popular Mobilization militias began arriving at the Habbaniyah base ahead of a counter-offensive.",
       "2015-05-18", "‘began arriving at the Habbaniyah base on Monday’, the day of the Monday 2015-05-18 dateline",
       "Habbaniyah base", "Anbar", "IQ", "other", "Popular Mobilization Forces", "none",
       None, None, None, None,
       "Shi'ite militias of the Popular Mobilization, which Prime Minister Haider al-Abadi had kept out of Sunni Anbar for months, began arriving at the Habbaniyah base on Monday, a member of the provincial council said, ahead of a counter-offensive that officials said would start within days.",
       note="a deployment (ACLED: headquarters or base established); a coder could leave it out",
       optional=True),
],
figures=[
    fig("killed", 500, "Ramadi",
        "about 500 people, civilians and members of the security forces, had been killed in and around the city since Friday",
        note="running toll since Friday 2015-05-15"),
    fig("displaced", 8000, "Ramadi",
        "More than 8,000 people have fled Ramadi since Friday, the International Organization for Migration said."),
])

report("b32-02", "2015-04-01", "https://www.example-salahuddinpost.com/news/2015/04/01/tikrit-flag-raised",
"short", "dayfirst",
"""
Iraqi flag raised over Tikrit government compound

TIKRIT, 1 April (Salahuddin Post) - Iraqi troops and Popular Mobilization fighters raised the national flag over the provincial government compound in central Tikrit on Tuesday, a month after the offensive to retake the city from Islamic State began. Officers said small groups of militant snipers were still holding out in the northern al-Qadisiya district and that engineers were clearing hundreds of bombs from the streets. Prime Minister Haider al-Abadi toured the city hours after the announcement. More than 28,000 families from Tikrit and the surrounding district have been displaced since the militants took it last June, the provincial council says.
""",
events=[
    ev("Iraqi troops and Popular Mobilization fighters raised the flag over the provincial government compound in central Tikrit.",
       "2015-03-31", "‘on Tuesday’ before the Wednesday 2015-04-01 dateline: Tuesday 2015-03-31",
       "provincial government compound, Tikrit", "Salahuddin", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and Popular Mobilization fighters raised the national flag over the provincial government compound in central Tikrit on Tuesday, a month after the offensive to retake the city from Islamic State began.",
       note="with the Popular Mobilization Forces"),
],
figures=[
    fig("displaced", 28000, "Tikrit",
        "More than 28,000 families from Tikrit and the surrounding district have been displaced since the militants took it last June",
        note="families, not people"),
])

report("b32-03", "2014-06-13", "https://www.example-northernpress.com/iraq/kirkuk-peshmerga-jalawla-saadiya-20140613",
"ordinary", "none",
"""
Kurdish forces move into Kirkuk as militants sweep into Diyala
Published: 13 June 2014

Kurdish Peshmerga forces took control of the oil city of Kirkuk on Thursday after Iraqi army units based there abandoned their posts and headed south, Kurdish officials said. "Not a single shot was fired and there were no casualties," a Peshmerga spokesman said. "The army left, and we filled the vacuum."

The move, which gives the Kurds control of a city they have long claimed, came as fighters of the Islamic State of Iraq and the Levant (ISIL) and allied Sunni armed groups pressed their advance towards Baghdad after the collapse of several army divisions in the north this week.

In Diyala province, ISIL fighters overran the towns of Jalawla and Saadiya overnight after police and soldiers fled, residents reached by telephone said. Peshmerga units moved in to hold the Kurdish quarters of Jalawla, a Kurdish official said.

In Samarra, mortar rounds landed near the al-Askari shrine on Thursday evening, wounding four pilgrims, police said. Nobody was killed, and it was not clear who had fired them.

Kurdish security forces in Kirkuk said they had detained 12 men on Thursday at checkpoints on the road from Hawija, accusing them of planning attacks in the city.

Shi'ite leaders in Najaf called on men who can carry weapons to volunteer to defend the country, and recruiting centres in Baghdad were crowded with young men on Friday morning.

The United Nations says some 500,000 people have fled Mosul and the surrounding province since the militants took the city. The Peshmerga number about 190,000 fighters, according to the Kurdistan Regional Government, which has asked Baghdad for heavy weapons for years without success.
""",
events=[
    ev("Peshmerga forces took control of Kirkuk after the Iraqi army abandoned its posts; nobody was hurt.",
       "2014-06-12", "‘on Thursday’ before the ‘Published: 13 June 2014’ line (Friday 2014-06-13): Thursday 2014-06-12",
       "Kirkuk", "Kirkuk", "IQ", "territory_gain", "Peshmerga", "Iraqi Security Forces",
       0, None, 0, None,
       "Kurdish Peshmerga forces took control of the oil city of Kirkuk on Thursday after Iraqi army units based there abandoned their posts and headed south, Kurdish officials said. \"Not a single shot was fired and there were no casualties,\" a Peshmerga spokesman said.",
       note="a non-violent transfer: the army withdrew; explicit zeros ('no casualties')"),
    ev("ISIL fighters overran the town of Jalawla after police and soldiers fled.",
       "2014-06-12", "‘overnight’ before the Friday 2014-06-13 publication: the night that began on Thursday 2014-06-12",
       "Jalawla", "Diyala", "IQ", "territory_gain", "Islamic State", "Iraqi Security Forces",
       None, None, None, None,
       "In Diyala province, ISIL fighters overran the towns of Jalawla and Saadiya overnight after police and soldiers fled, residents reached by telephone said.",
       note="Jalawla and Saadiya in one sentence: one event per town; Peshmerga held the Kurdish quarters"),
    ev("ISIL fighters overran the town of Saadiya after police and soldiers fled.",
       "2014-06-12", "‘overnight’ before the Friday 2014-06-13 publication: the night that began on Thursday 2014-06-12",
       "Saadiya", "Diyala", "IQ", "territory_gain", "Islamic State", "Iraqi Security Forces",
       None, None, None, None,
       "In Diyala province, ISIL fighters overran the towns of Jalawla and Saadiya overnight after police and soldiers fled, residents reached by telephone said."),
    ev("Mortar rounds of unknown origin landed near the al-Askari shrine in Samarra, wounding four pilgrims; nobody was killed.",
       "2014-06-12", "‘on Thursday evening’ before the Friday 2014-06-13 publication: Thursday 2014-06-12",
       "al-Askari shrine, Samarra", "Salahuddin", "IQ", "explosion", "unknown", "civilians",
       0, None, 4, None,
       "In Samarra, mortar rounds landed near the al-Askari shrine on Thursday evening, wounding four pilgrims, police said. Nobody was killed, and it was not clear who had fired them."),
    ev("Kurdish security forces detained 12 men at checkpoints on the road from Hawija into Kirkuk.",
       "2014-06-12", "‘detained 12 men on Thursday’, before the Friday 2014-06-13 publication: Thursday 2014-06-12",
       "Kirkuk", "Kirkuk", "IQ", "arrest", "Kurdish security forces (Asayish)", "civilians",
       None, None, None, None,
       "Kurdish security forces in Kirkuk said they had detained 12 men on Thursday at checkpoints on the road from Hawija, accusing them of planning attacks in the city.",
       arrested=12),
],
figures=[
    fig("displaced", 500000, "Mosul and Nineveh province",
        "The United Nations says some 500,000 people have fled Mosul and the surrounding province since the militants took the city."),
    fig("fighters", 190000, "Kurdistan Region",
        "The Peshmerga number about 190,000 fighters, according to the Kurdistan Regional Government"),
])

report("b32-04", "2014-12-19", "https://www.example-kurdistanreview.com/frontline/2014/12/19/sinjar-siege-broken",
"long", "abbr",
"""
Peshmerga break Islamic State siege of Mount Sinjar
By Staff Reporter

ERBIL, Kurdistan Region, Dec. 19 (Kurdistan Review) - Kurdish Peshmerga forces broke through Islamic State lines to Mount Sinjar on Thursday, ending a siege that had trapped thousands of Yazidis on the mountain since the summer, the Kurdistan Region Security Council said on Friday.

The first Peshmerga units reached the northern foot of the mountain on Thursday afternoon and linked up with Yazidi volunteers who had held the area around the Sharaf al-Din shrine for four months, the council said in a statement. Convoys of trucks carrying food, fuel and blankets followed the fighters along the newly opened road, and the first families who had spent the autumn in tents on the plateau began coming down.

The offensive began before dawn on Wednesday, when some 8,000 Peshmerga, backed by waves of air strikes by the US-led coalition, advanced west from Zumar. By Wednesday night they had retaken Sinune, a Yazidi town on the road between the mountain and the Syrian border, a Peshmerga commander said.

The advance was not without cost. On Wednesday a suicide bomber drove a truck packed with explosives into a Peshmerga column on the road south of Rabia, killing two fighters and wounding 11, the commander said. Most of the other car bombs the militants sent against the columns were hit by coalition aircraft before they reached the lines, he said.

The Security Council said more than 100 Islamic State fighters had been killed in the two days. The figure could not be independently confirmed. US Central Command said coalition aircraft had conducted 45 strikes around Sinjar and Tal Afar since Monday, hitting fighting positions, vehicles and a weapons depot.

Yazidi fighters pushed into the eastern edge of Sinjar town, at the mountain's southern foot, late on Thursday and were fighting Islamic State militants house by house, one of their commanders said by telephone. Most of the town remained in militant hands on Friday, he said, and the Peshmerga had not yet joined the battle for it.

"For four months we watched them from above," said a Yazidi volunteer reached by phone near the shrine. "We saw our villages burn. Today we came down the mountain with the Peshmerga beside us."

Islamic State fighters stormed Sinjar and the surrounding villages on August 3, driving tens of thousands of Yazidis up the mountain. Thousands of men were killed and thousands of women and girls were abducted, according to Yazidi leaders and the United Nations. Many of those on the mountain were brought out in August through a corridor opened by Syrian Kurdish fighters, and US aircraft dropped food and water, but several thousand people chose to stay or could not leave.

Yazidi organisations say more than 3,500 women and children are still held by the militants, some of them in Tal Afar and Mosul, others moved to Syria. About 400,000 Yazidis live in camps and unfinished buildings in Dohuk province, according to the provincial government, and aid workers say many tents have already been flooded by the winter rains.

On another front, Islamic State fighters attacked Peshmerga positions near Maryam Beg, south-west of Kirkuk, on Tuesday night. The Peshmerga said they had repelled the assault and killed 22 of the attackers; one Peshmerga fighter was killed, a Kurdish security official in Kirkuk said.

Kurdish officials say more than 850 Peshmerga have been killed and about 4,600 wounded since June along a front that stretches for more than 1,000 km from the Syrian border to the Iranian one. The Kurdistan Regional Government has repeatedly complained that the weapons promised by its allies arrive too slowly, and that its fighters still face armoured vehicles captured from the Iraqi army with Kalashnikovs and old machine guns.

Peshmerga commanders said the next aim was to take Sinjar town itself and to cut the road that links Mosul with the Syrian border, the militants' main supply line between their two heartlands. "The mountain is only the beginning," one of them said. "Sinjar will be free before the spring."
""",
events=[
    ev("Peshmerga advancing west from Zumar with coalition air support retook the Yazidi town of Sinune.",
       "2014-12-17", "‘By Wednesday night they had retaken Sinune’, before the Friday 2014-12-19 dateline: Wednesday 2014-12-17",
       "Sinune", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "The offensive began before dawn on Wednesday, when some 8,000 Peshmerga, backed by waves of air strikes by the US-led coalition, advanced west from Zumar. By Wednesday night they had retaken Sinune, a Yazidi town on the road between the mountain and the Syrian border, a Peshmerga commander said."),
    ev("A suicide truck bomb hit a Peshmerga column on the road south of Rabia, killing two fighters and wounding 11.",
       "2014-12-17", "‘On Wednesday’ before the Friday 2014-12-19 dateline: Wednesday 2014-12-17",
       "road south of Rabia", "Nineveh", "IQ", "explosion", "Islamic State", "Peshmerga",
       2, None, 11, None,
       "On Wednesday a suicide bomber drove a truck packed with explosives into a Peshmerga column on the road south of Rabia, killing two fighters and wounding 11, the commander said.",
       note="the bomber's death is not stated and is not counted; the attacker is named by the context (car bombs 'the militants sent')"),
    ev("Peshmerga units reached the northern foot of Mount Sinjar and broke the Islamic State siege of the mountain.",
       "2014-12-18", "‘on Thursday afternoon’ before the Friday 2014-12-19 dateline: Thursday 2014-12-18",
       "Mount Sinjar", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "Kurdish Peshmerga forces broke through Islamic State lines to Mount Sinjar on Thursday, ending a siege that had trapped thousands of Yazidis on the mountain since the summer, the Kurdistan Region Security Council said on Friday. [...] The first Peshmerga units reached the northern foot of the mountain on Thursday afternoon and linked up with Yazidi volunteers who had held the area around the Sharaf al-Din shrine for four months"),
    ev("Yazidi fighters pushed into the eastern edge of Sinjar town and fought Islamic State house by house.",
       "2014-12-18", "‘late on Thursday’ before the Friday 2014-12-19 dateline: Thursday 2014-12-18",
       "eastern edge of Sinjar town", "Nineveh", "IQ", "battle", "Yazidi fighters", "Islamic State",
       None, None, None, None,
       "Yazidi fighters pushed into the eastern edge of Sinjar town, at the mountain's southern foot, late on Thursday and were fighting Islamic State militants house by house, one of their commanders said by telephone.",
       note="entered the town without taking it: battle"),
    ev("Islamic State attacked Peshmerga positions near Maryam Beg; one Peshmerga fighter was killed, and the Peshmerga claimed 22 attackers killed.",
       "2014-12-16", "‘on Tuesday night’ before the Friday 2014-12-19 dateline: Tuesday 2014-12-16",
       "Maryam Beg", "Kirkuk", "IQ", "battle", "Islamic State", "Peshmerga",
       1, None, None, None,
       "On another front, Islamic State fighters attacked Peshmerga positions near Maryam Beg, south-west of Kirkuk, on Tuesday night. The Peshmerga said they had repelled the assault and killed 22 of the attackers; one Peshmerga fighter was killed, a Kurdish security official in Kirkuk said.",
       note="the Peshmerga claim of 22 enemy dead is not a toll; only their own loss is counted"),
],
figures=[
    fig("fighters", 8000, "Zumar",
        "some 8,000 Peshmerga, backed by waves of air strikes by the US-led coalition, advanced west from Zumar"),
    fig("killed", 100, "Sinjar",
        "The Security Council said more than 100 Islamic State fighters had been killed in the two days.",
        note="a claim by the Peshmerga side over two days"),
    fig("other", 45, "Sinjar and Tal Afar",
        "US Central Command said coalition aircraft had conducted 45 strikes around Sinjar and Tal Afar since Monday",
        note="air strikes"),
    fig("other", 3500, "Sinjar",
        "Yazidi organisations say more than 3,500 women and children are still held by the militants",
        note="Yazidis held captive"),
    fig("displaced", 400000, "Dohuk province",
        "About 400,000 Yazidis live in camps and unfinished buildings in Dohuk province, according to the provincial government"),
    fig("killed", 850, "Kurdistan Region front",
        "Kurdish officials say more than 850 Peshmerga have been killed and about 4,600 wounded since June"),
    fig("wounded", 4600, "Kurdistan Region front",
        "Kurdish officials say more than 850 Peshmerga have been killed and about 4,600 wounded since June"),
])

report("b32-05", "2014-10-08", "https://www.example-levantwire.com/syria/2014/10/08/kobani-coalition-strikes-mishtenour",
"short", "abbr",
"""
Coalition jets pound Islamic State around Kobani

BEIRUT, Oct. 8 (Levant Wire) - US-led coalition aircraft struck Islamic State positions around the Mishtenour hill on the south-eastern edge of the Syrian Kurdish town of Kobani overnight, killing at least 23 militants, the Syrian Observatory for Human Rights said. The militants had seized the hill, which overlooks the town, on Sunday after heavy fighting with Kurdish YPG fighters. The Observatory says more than 400 people have been killed in and around Kobani in three weeks, and some 180,000 residents of the area have fled across the border into Turkey.
""",
events=[
    ev("Coalition aircraft struck Islamic State positions around the Mishtenour hill, killing at least 23 militants, the Observatory said.",
       "2014-10-07", "‘overnight’ before the Wednesday 2014-10-08 dateline: the night that began on Tuesday 2014-10-07",
       "Mishtenour hill", "Aleppo", "SY", "explosion", "US-led coalition", "Islamic State",
       23, None, None, None,
       "US-led coalition aircraft struck Islamic State positions around the Mishtenour hill on the south-eastern edge of the Syrian Kurdish town of Kobani overnight, killing at least 23 militants, the Syrian Observatory for Human Rights said.",
       note="the Observatory's independent count"),
    ev("Islamic State seized the Mishtenour hill overlooking Kobani from the YPG after heavy fighting.",
       "2014-10-05", "‘on Sunday’ before the Wednesday 2014-10-08 dateline: Sunday 2014-10-05",
       "Mishtenour hill", "Aleppo", "SY", "territory_gain", "Islamic State", "YPG",
       None, None, None, None,
       "The militants had seized the hill, which overlooks the town, on Sunday after heavy fighting with Kurdish YPG fighters."),
],
figures=[
    fig("killed", 400, "Kobani",
        "The Observatory says more than 400 people have been killed in and around Kobani in three weeks"),
    fig("displaced", 180000, "Kobani",
        "some 180,000 residents of the area have fled across the border into Turkey"),
])

report("b32-06", "2015-11-14", "https://www.example-zagrosdaily.com/en/2015/11/14/sinjar-liberated-mass-grave",
"ordinary", "full",
"""
Kurdish forces declare Sinjar freed; mass grave found near town

SINJAR, Iraq, November 14 (Zagros Daily) - Kurdish Peshmerga forces entered the town of Sinjar on Friday and declared it liberated from Islamic State by midday, fifteen months after the militants overran it and killed or enslaved thousands of its Yazidi inhabitants.

The assault, which began on Thursday with some 7,500 Peshmerga advancing from three directions under cover of US-led air strikes, met less resistance than commanders had expected. Most of the militants appeared to have withdrawn south towards Tal Afar before the final push, Peshmerga officers said. Fighters of the Yazidi Sinjar Resistance Units (YBS) and of the PKK also took part.

On Thursday the Peshmerga seized a stretch of Highway 47, the road that links Raqqa in Syria with Mosul, east of the town, cutting the main supply line of the militants, officers said.

Islamic State tried to slow the advance with car bombs. Three Peshmerga were killed and seven wounded on Thursday when a car bomb struck their Humvee near the village of Solagh, south-east of Sinjar, a Peshmerga medic said.

The coalition said its aircraft carried out 24 strikes around Sinjar on Thursday and Friday. The Peshmerga general command said more than 300 militants had been killed, a figure that could not be verified. It said six of its own fighters had died in the two days.

On Saturday, Peshmerga officers took journalists to a mass grave beside a road on the outskirts of the town, where they said the remains of at least 70 people had been found, believed to be Yazidis killed when the militants arrived in August 2014.

More than 200,000 people fled the Sinjar area last year; most still live in camps in Dohuk province, and Yazidi leaders say more than 3,000 women and children remain captive.
""",
events=[
    ev("Peshmerga forces, with YBS and PKK fighters, entered Sinjar and declared it liberated from Islamic State.",
       "2015-11-13", "‘on Friday’ before the Saturday 2015-11-14 dateline: Friday 2015-11-13",
       "Sinjar", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "Kurdish Peshmerga forces entered the town of Sinjar on Friday and declared it liberated from Islamic State by midday",
       note="with the Sinjar Resistance Units (YBS) and the PKK"),
    ev("The Peshmerga seized a stretch of Highway 47 east of Sinjar, cutting the militants' main supply line.",
       "2015-11-12", "‘On Thursday’ before the Saturday 2015-11-14 dateline: Thursday 2015-11-12",
       "Highway 47 east of Sinjar", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "On Thursday the Peshmerga seized a stretch of Highway 47, the road that links Raqqa in Syria with Mosul, east of the town, cutting the main supply line of the militants, officers said.",
       note="a stretch of road rather than a named place",
       optional=True),
    ev("A car bomb struck a Peshmerga Humvee near Solagh, killing three Peshmerga and wounding seven.",
       "2015-11-12", "‘on Thursday’ before the Saturday 2015-11-14 dateline: Thursday 2015-11-12",
       "Solagh", "Nineveh", "IQ", "explosion", "Islamic State", "Peshmerga",
       3, None, 7, None,
       "Islamic State tried to slow the advance with car bombs. Three Peshmerga were killed and seven wounded on Thursday when a car bomb struck their Humvee near the village of Solagh, south-east of Sinjar, a Peshmerga medic said."),
],
figures=[
    fig("fighters", 7500, "Sinjar",
        "some 7,500 Peshmerga advancing from three directions under cover of US-led air strikes"),
    fig("other", 24, "Sinjar",
        "The coalition said its aircraft carried out 24 strikes around Sinjar on Thursday and Friday.",
        note="air strikes over two days"),
    fig("killed", 300, "Sinjar",
        "The Peshmerga general command said more than 300 militants had been killed, a figure that could not be verified.",
        note="claim of enemy dead over the operation"),
    fig("killed", 6, "Sinjar",
        "It said six of its own fighters had died in the two days.",
        note="Peshmerga dead over two days, the three at Solagh included"),
    fig("killed", 70, "Sinjar",
        "they said the remains of at least 70 people had been found, believed to be Yazidis killed when the militants arrived in August 2014",
        note="mass grave from August 2014: background, not an incident of this report"),
    fig("displaced", 200000, "Sinjar",
        "More than 200,000 people fled the Sinjar area last year"),
    fig("other", 3000, "Sinjar",
        "Yazidi leaders say more than 3,000 women and children remain captive",
        note="Yazidis held captive"),
])

report("b32-07", "2015-02-10", "https://www.example-tamimtimes.com/security/2015/02/10/kirkuk-domiz-twin-bombs",
"short", "nodate",
"""
Two bombs kill seven in Kirkuk

KIRKUK (Tamim Times) - A car bomb exploded outside a row of restaurants in Kirkuk's Domiz district on Monday evening, killing seven people and wounding 19, police and hospital sources said. About half an hour later a second bomb, hidden in a rubbish bin on the same street, went off as people gathered at the scene, wounding four more, two of them policemen. No group has claimed responsibility for the blasts. Kirkuk has seen repeated bombings since Islamic State fighters took positions within 20 km of the city last summer.
""",
events=[
    ev("A car bomb outside restaurants in Kirkuk's Domiz district, and a second bomb on the same street half an hour later, killed seven people and wounded 23.",
       "2015-02-09", "‘on Monday evening’ before the Tuesday 2015-02-10 publication (the dateline gives no date): Monday 2015-02-09",
       "Domiz district", "Kirkuk", "IQ", "explosion", "unknown", "civilians",
       7, None, 23, None,
       "A car bomb exploded outside a row of restaurants in Kirkuk's Domiz district on Monday evening, killing seven people and wounding 19, police and hospital sources said. About half an hour later a second bomb, hidden in a rubbish bin on the same street, went off as people gathered at the scene, wounding four more, two of them policemen.",
       note="two blasts at one place: one event; wounded 23 = 19 + 4; nobody claimed it"),
],
figures=[])

report("b32-08", "2016-02-09", "https://www.example-anbarherald.com/ramadi/2016/02/09/sijariya-retaken-tamim-bomb",
"ordinary", "full",
"""
Iraqi forces retake Sijariya, widen security belt around Ramadi

RAMADI, February 9 (Anbar Herald) - Iraqi troops and Sunni tribal fighters retook the village of al-Sijariya, east of Ramadi, on Monday after a three-day battle with Islamic State, the Anbar Operations Command said, widening the area under government control around the provincial capital, which was declared liberated at the end of December.

The militants had turned al-Sijariya into a launchpad for attacks on the eastern districts of Ramadi. On Sunday they sent four car bombs against the advancing troops. Three were destroyed by army helicopters and anti-tank missiles before they reached the front line; the fourth exploded at an army checkpoint at the western entrance of the village, killing two soldiers and wounding five, an officer said.

In Ramadi itself, two engineers and a soldier were killed on Monday morning when a bomb planted by the militants in a house in the Tamim district exploded as an army engineering team was clearing it, a police officer said. Engineers say thousands of bombs, many of them hidden in houses, still have to be removed before residents can return.

In Husaybah al-Sharqiya, further east and still held by Islamic State, the militants publicly executed five men they accused of informing for the security forces, a tribal leader said on Tuesday, citing relatives of the victims. He did not say when the executions took place.

The US-led coalition said it carried out 11 strikes near Ramadi on Monday. The provincial council says about 80 percent of the city's buildings were damaged or destroyed in the battle, and that fewer than 2,000 families have returned. "There is nothing to come back to yet," a council member said.
""",
events=[
    ev("Iraqi troops and Sunni tribal fighters retook al-Sijariya, east of Ramadi, after a three-day battle.",
       "2016-02-08", "‘on Monday’ before the Tuesday 2016-02-09 dateline: Monday 2016-02-08",
       "al-Sijariya", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and Sunni tribal fighters retook the village of al-Sijariya, east of Ramadi, on Monday after a three-day battle with Islamic State, the Anbar Operations Command said",
       note="with Sunni tribal fighters"),
    ev("Three Islamic State car bombs were destroyed by army helicopters and anti-tank missiles before they reached the front line at al-Sijariya.",
       "2016-02-07", "‘On Sunday’ before the Tuesday 2016-02-09 dateline: Sunday 2016-02-07",
       "al-Sijariya", "Anbar", "IQ", "other", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On Sunday they sent four car bombs against the advancing troops. Three were destroyed by army helicopters and anti-tank missiles before they reached the front line",
       note="disrupted weapons use; no casualties stated",
       optional=True),
    ev("The fourth car bomb exploded at an army checkpoint at the western entrance of al-Sijariya, killing two soldiers and wounding five.",
       "2016-02-07", "‘On Sunday’ before the Tuesday 2016-02-09 dateline: Sunday 2016-02-07",
       "army checkpoint, western entrance of al-Sijariya", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       2, None, 5, None,
       "On Sunday they sent four car bombs against the advancing troops. [...] the fourth exploded at an army checkpoint at the western entrance of the village, killing two soldiers and wounding five, an officer said."),
    ev("A bomb planted by the militants in a house in Ramadi's Tamim district exploded as army engineers cleared it, killing two engineers and a soldier.",
       "2016-02-08", "‘on Monday morning’ before the Tuesday 2016-02-09 dateline: Monday 2016-02-08",
       "Tamim district", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       3, None, None, None,
       "In Ramadi itself, two engineers and a soldier were killed on Monday morning when a bomb planted by the militants in a house in the Tamim district exploded as an army engineering team was clearing it, a police officer said.",
       note="3 = 2 engineers + 1 soldier"),
    ev("Islamic State publicly executed five men accused of informing for the security forces in Husaybah al-Sharqiya.",
       None, "the tribal leader ‘did not say when the executions took place’; ‘said on Tuesday’ is only the day he spoke",
       "Husaybah al-Sharqiya", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       5, None, None, None,
       "In Husaybah al-Sharqiya, further east and still held by Islamic State, the militants publicly executed five men they accused of informing for the security forces, a tribal leader said on Tuesday, citing relatives of the victims. He did not say when the executions took place."),
],
figures=[
    fig("other", 11, "Ramadi",
        "The US-led coalition said it carried out 11 strikes near Ramadi on Monday.", note="air strikes in one day"),
    fig("other", 80, "Ramadi",
        "about 80 percent of the city's buildings were damaged or destroyed in the battle", note="percent of buildings"),
    fig("returned", 2000, "Ramadi",
        "fewer than 2,000 families have returned", note="families"),
])

report("b32-09", "2015-06-16", "https://www.example-aleppotoday.com/2015/06/16/barrel-bombs-al-shaar-midan-shells",
"ordinary", "none",
"""
Barrel bombs kill at least 18 in rebel-held Aleppo; shells hit government side
By our Aleppo correspondent
Updated 16/06/2015 21:05

Government helicopters dropped at least four barrel bombs on the rebel-held al-Shaar neighbourhood of Aleppo on Monday afternoon, one of them landing in a street lined with vegetable stalls, residents and monitors said.

The Syrian Observatory for Human Rights said 18 people were killed, five of them children. The civil defence service in the opposition-held part of the city said its volunteers had recovered 24 bodies from the rubble by nightfall, and that dozens of people had been wounded.

On the government side of the divided city, two people were killed and nine wounded on Monday when shells, described by the official news agency SANA as fired by "terrorist groups" from the Bani Zeid area, crashed into a residential building in the al-Midan district.

In the town of Anadan, north-west of Aleppo, a barrel bomb dropped by a government helicopter destroyed part of a school building on Monday morning. Nobody was hurt, because the school had closed for the summer, a local activist said.

Fighting also continued on the city's northern edge. Rebels attacked army positions in the Layramoun industrial area on Sunday; the Observatory said six soldiers and pro-government militiamen and five rebels were killed before the attack was beaten back.

Rights groups say barrel bombs, oil drums or gas cylinders packed with explosives and scrap metal and rolled out of helicopters, killed more than 3,000 civilians in Aleppo province last year. About 300,000 people are thought to remain in the rebel-held east of the city, which can be reached only along a single road to the north.
""",
events=[
    ev("Government helicopters dropped barrel bombs on al-Shaar, killing 18 (Observatory) to 24 (civil defence) people.",
       "2015-06-15", "‘on Monday afternoon’ before the Tuesday 2015-06-16 ‘Updated 16/06/2015’ line: Monday 2015-06-15",
       "al-Shaar", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       18, 24, None, None,
       "Government helicopters dropped at least four barrel bombs on the rebel-held al-Shaar neighbourhood of Aleppo on Monday afternoon, one of them landing in a street lined with vegetable stalls, residents and monitors said. [...] The Syrian Observatory for Human Rights said 18 people were killed, five of them children. The civil defence service in the opposition-held part of the city said its volunteers had recovered 24 bodies from the rubble by nightfall, and that dozens of people had been wounded.",
       note="conflicting tolls: Observatory 18, civil defence 24; 'dozens' wounded gives null"),
    ev("Shells that SANA said were fired by 'terrorist groups' hit a residential building in al-Midan, killing two and wounding nine.",
       "2015-06-15", "‘on Monday’ before the Tuesday 2015-06-16 update: Monday 2015-06-15",
       "al-Midan", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 9, None,
       "On the government side of the divided city, two people were killed and nine wounded on Monday when shells, described by the official news agency SANA as fired by \"terrorist groups\" from the Bani Zeid area, crashed into a residential building in the al-Midan district.",
       note="state media's 'terrorist groups' are the rebels; nobody denies it"),
    ev("A barrel bomb from a government helicopter destroyed part of a school in Anadan; nobody was hurt.",
       "2015-06-15", "‘on Monday morning’ before the Tuesday 2015-06-16 update: Monday 2015-06-15",
       "Anadan", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       0, None, 0, None,
       "In the town of Anadan, north-west of Aleppo, a barrel bomb dropped by a government helicopter destroyed part of a school building on Monday morning. Nobody was hurt, because the school had closed for the summer, a local activist said.",
       note="explicit zeros"),
    ev("Rebels attacked army positions in the Layramoun industrial area; six government fighters and five rebels were killed.",
       "2015-06-14", "‘on Sunday’ before the Tuesday 2015-06-16 update: Sunday 2015-06-14",
       "Layramoun industrial area", "Aleppo", "SY", "battle", "Syrian rebels", "Syrian government forces",
       11, None, None, None,
       "Rebels attacked army positions in the Layramoun industrial area on Sunday; the Observatory said six soldiers and pro-government militiamen and five rebels were killed before the attack was beaten back.",
       note="11 = 6 + 5"),
],
figures=[
    fig("killed", 3000, "Aleppo province",
        "killed more than 3,000 civilians in Aleppo province last year", note="by barrel bombs in 2014"),
    fig("civilians_trapped", 300000, "eastern Aleppo",
        "About 300,000 people are thought to remain in the rebel-held east of the city"),
])
# ---------------------------------------------------------------------------
# b32-10 .. b32-18
# ---------------------------------------------------------------------------

report("b32-10", "2016-06-27", "https://www.example-mesopotamiatribune.com/iraq/2016/06/27/fallujah-fully-liberated-jolan",
"long", "full",
"""
Iraq declares Fallujah "fully liberated" after five-week battle
By Staff Correspondent
Updated: June 27, 2016 18:40 GMT

FALLUJAH, Iraq, June 27 (Mesopotamia Tribune) — Iraqi forces retook al-Jolan, the last district of Fallujah held by Islamic State, on Sunday, and the commander of the operation declared the city "fully liberated" five weeks after the offensive to recapture it began.

Counter-Terrorism Service units and army troops pushed into al-Jolan, a warren of old streets in the north-west of the city where the militants had made their last stand, at dawn and reached the river bank by early afternoon, officers said. Television footage showed soldiers firing into the air and waving the Iraqi flag on the roof of a school.

The militants did not give up the district quietly. Three suicide bombers wearing explosive vests attacked a CTS position at the edge of al-Jolan in the morning, killing four soldiers before all three attackers were shot or blew themselves up, a CTS officer said.

A day earlier, federal police units had completed the capture of the al-Askari and al-Dhubbat districts in the east of the city, the Joint Operations Command said. In Amiriyat al-Fallujah, south of the city, mortar rounds fired by Islamic State militants on Saturday killed three civilians, among them a woman, and wounded six, a local official said.

The Joint Operations Command said more than 1,800 militants had been killed during the offensive, a figure that could not be verified. It did not give a toll for its own forces.

Fallujah, 50 km west of Baghdad, was the first Iraqi city to fall to Islamic State, in January 2014, six months before the militants swept through Mosul. US Marines fought two battles for the city in 2004, and its name became a byword for the insurgency that followed the US-led invasion.

The offensive to retake it began on May 23. Progress was slow at first, as troops fought through the farmland and villages that ring the city, and many of the roughly 50,000 civilians thought to be inside were trapped. On June 17, troops reached the government complex in the city centre and raised the flag over it, a moment Prime Minister Haider al-Abadi hailed as a victory, though fighting went on in the north of the city for another nine days.

The battle has also raised questions about the conduct of some of the forces involved. Earlier this month, the governor of Anbar said 49 men from the town of Saqlawiya, north-west of Fallujah, had been killed and more than 600 were missing after they were detained by members of a Shi'ite militia fighting with the Popular Mobilization Forces. The Popular Mobilization Forces denied the accusation and said the men had been handed over to the intelligence services. Abadi ordered an investigation.

More than 85,000 people have fled Fallujah and its surroundings since the offensive began, according to the United Nations, and aid groups say the camps at Amiriyat al-Fallujah, Habbaniyah and al-Khalidiya cannot cope. "People are sleeping in the open in 45-degree heat," said a spokeswoman for the Norwegian Refugee Council. "We are running out of tents, water and time."

"We have raised the flag, but Fallujah is empty," said a police officer from the city who returned with the troops. "Before anyone can come home we have to remove the bombs, and they are everywhere: in the doors, in the fridges, under the stairs."

Engineers say it could take months to clear the city. Much of the centre was damaged by air strikes and artillery, though less badly than Ramadi, which was retaken in December and where entire districts were flattened.

The government says its next target is Mosul, Iraq's second city, which the militants have held since June 2014 and where more than a million people are thought to remain. Commanders say the forces that took Fallujah will be moved north within weeks, to the Qayyarah area south of Mosul, where the army has been building up for the assault.
""",
events=[
    ev("Counter-Terrorism Service units and army troops retook al-Jolan, the last Islamic State-held district of Fallujah.",
       "2016-06-26", "‘on Sunday’ before the Monday 2016-06-27 dateline: Sunday 2016-06-26",
       "al-Jolan", "Anbar", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi forces retook al-Jolan, the last district of Fallujah held by Islamic State, on Sunday, and the commander of the operation declared the city \"fully liberated\" five weeks after the offensive to recapture it began. [...] Counter-Terrorism Service units and army troops pushed into al-Jolan, a warren of old streets in the north-west of the city where the militants had made their last stand, at dawn and reached the river bank by early afternoon, officers said.",
       note="with army troops"),
    ev("Three suicide bombers attacked a CTS position at the edge of al-Jolan, killing four soldiers; all three attackers died.",
       "2016-06-26", "‘in the morning’ of the day al-Jolan was taken, ‘on Sunday’ before the Monday 2016-06-27 dateline: Sunday 2016-06-26",
       "edge of al-Jolan", "Anbar", "IQ", "explosion", "Islamic State", "Counter-Terrorism Service",
       7, None, None, None,
       "Three suicide bombers wearing explosive vests attacked a CTS position at the edge of al-Jolan in the morning, killing four soldiers before all three attackers were shot or blew themselves up, a CTS officer said.",
       note="7 = 4 soldiers + 3 attackers"),
    ev("Federal police completed the capture of the al-Askari district in the east of Fallujah.",
       "2016-06-25", "‘A day earlier’ than Sunday 2016-06-26: Saturday 2016-06-25",
       "al-Askari", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "A day earlier, federal police units had completed the capture of the al-Askari and al-Dhubbat districts in the east of the city, the Joint Operations Command said.",
       note="two districts in one sentence: one event each"),
    ev("Federal police completed the capture of the al-Dhubbat district in the east of Fallujah.",
       "2016-06-25", "‘A day earlier’ than Sunday 2016-06-26: Saturday 2016-06-25",
       "al-Dhubbat", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "A day earlier, federal police units had completed the capture of the al-Askari and al-Dhubbat districts in the east of the city, the Joint Operations Command said."),
    ev("Islamic State mortar rounds hit Amiriyat al-Fallujah, killing three civilians and wounding six.",
       "2016-06-25", "‘on Saturday’ before the Monday 2016-06-27 dateline: Saturday 2016-06-25",
       "Amiriyat al-Fallujah", "Anbar", "IQ", "explosion", "Islamic State", "civilians",
       3, None, 6, None,
       "In Amiriyat al-Fallujah, south of the city, mortar rounds fired by Islamic State militants on Saturday killed three civilians, among them a woman, and wounded six, a local official said."),
    ev("Troops reached the government complex in the centre of Fallujah and raised the flag over it.",
       "2016-06-17", "‘On June 17’, ten days before the 2016-06-27 dateline: Friday 2016-06-17",
       "government complex, Fallujah", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On June 17, troops reached the government complex in the city centre and raised the flag over it",
       note="an earlier incident recalled with its own date, inside the news window"),
    ev("The Anbar governor said 49 men from Saqlawiya were killed and more than 600 missing after being detained by members of a Shi'ite militia; the PMF denied it.",
       None, "‘Earlier this month’ (June 2016), no day given",
       "Saqlawiya", "Anbar", "IQ", "attack_on_civilians", "unknown", "civilians",
       49, None, None, None,
       "Earlier this month, the governor of Anbar said 49 men from the town of Saqlawiya, north-west of Fallujah, had been killed and more than 600 were missing after they were detained by members of a Shi'ite militia fighting with the Popular Mobilization Forces. The Popular Mobilization Forces denied the accusation",
       note="blame by the governor, denied by the PMF: actor1 unknown; vaguely dated",
       optional=True),
],
figures=[
    fig("killed", 1800, "Fallujah",
        "The Joint Operations Command said more than 1,800 militants had been killed during the offensive, a figure that could not be verified.",
        note="claim of enemy dead over the offensive"),
    fig("civilians_trapped", 50000, "Fallujah",
        "many of the roughly 50,000 civilians thought to be inside were trapped"),
    fig("other", 600, "Saqlawiya",
        "more than 600 were missing", note="men missing after detention"),
    fig("displaced", 85000, "Fallujah",
        "More than 85,000 people have fled Fallujah and its surroundings since the offensive began, according to the United Nations"),
    fig("civilians_trapped", 1000000, "Mosul",
        "where more than a million people are thought to remain"),
])

report("b32-11", "2016-07-20", "https://www.example-orientwire.com/syria/2016/07/20/manbij-tukhar-coalition-strikes",
"ordinary", "full",
"""
Monitors say coalition strikes near Manbij killed dozens of civilians

BEIRUT, July 20 (Orient Wire) - Air strikes by the US-led coalition on the village of al-Tukhar, north of the Islamic State-held Syrian city of Manbij, killed at least 44 civilians before dawn on Tuesday, the Syrian Observatory for Human Rights said. An opposition-run local council for the Manbij area put the toll at 73, most of them women and children from families who had fled the fighting in the city.

A coalition spokesman said the coalition had carried out 18 strikes near Manbij on Tuesday against Islamic State fighting positions and vehicles, and that it would examine the reports of civilian deaths. He did not say whether the village had been hit.

Inside the city, Islamic State fighters launched a counter-attack against positions of the US-backed Syrian Democratic Forces at the grain silos on the southern edge of Manbij on Monday. The SDF said nine of its fighters were killed, and the Observatory said 24 militants died in the fighting before the attackers withdrew.

The SDF, which has surrounded Manbij since early June, said on Wednesday it had offered the militants 48 hours to leave the city with their light weapons, an offer it said was meant to spare civilians. Islamic State did not respond.

SDF fighters detained about 30 men suspected of belonging to Islamic State in villages west of Manbij last week, a Kurdish official said.

The Observatory says 104 civilians have been killed by coalition strikes around Manbij since the offensive began on May 31, and aid groups estimate that about 70,000 civilians are still inside the city, where food and medicine are running out.
""",
events=[
    ev("Coalition air strikes on al-Tukhar, north of Manbij, killed 44 (Observatory) to 73 (local council) civilians.",
       "2016-07-19", "‘before dawn on Tuesday’ before the Wednesday 2016-07-20 dateline: Tuesday 2016-07-19",
       "al-Tukhar", "Aleppo", "SY", "explosion", "US-led coalition", "civilians",
       44, 73, None, None,
       "Air strikes by the US-led coalition on the village of al-Tukhar, north of the Islamic State-held Syrian city of Manbij, killed at least 44 civilians before dawn on Tuesday, the Syrian Observatory for Human Rights said. An opposition-run local council for the Manbij area put the toll at 73",
       note="conflicting tolls 44 / 73; the coalition admits strikes near Manbij that day and does not deny this one"),
    ev("Islamic State counter-attacked SDF positions at the Manbij grain silos; nine SDF fighters and 24 militants were killed.",
       "2016-07-18", "‘on Monday’ before the Wednesday 2016-07-20 dateline: Monday 2016-07-18",
       "grain silos, Manbij", "Aleppo", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
       33, None, None, None,
       "Inside the city, Islamic State fighters launched a counter-attack against positions of the US-backed Syrian Democratic Forces at the grain silos on the southern edge of Manbij on Monday. The SDF said nine of its fighters were killed, and the Observatory said 24 militants died in the fighting before the attackers withdrew.",
       note="33 = 9 SDF (own count) + 24 militants (Observatory)"),
    ev("SDF fighters detained about 30 suspected Islamic State members in villages west of Manbij.",
       None, "‘last week’, no day given",
       "villages west of Manbij", "Aleppo", "SY", "arrest", "Syrian Democratic Forces", "civilians",
       None, None, None, None,
       "SDF fighters detained about 30 men suspected of belonging to Islamic State in villages west of Manbij last week, a Kurdish official said.",
       note="unnamed villages, no day", arrested=30, optional=True),
],
figures=[
    fig("other", 18, "Manbij",
        "the coalition had carried out 18 strikes near Manbij on Tuesday", note="air strikes in one day"),
    fig("killed", 104, "Manbij",
        "The Observatory says 104 civilians have been killed by coalition strikes around Manbij since the offensive began on May 31"),
    fig("civilians_trapped", 70000, "Manbij",
        "aid groups estimate that about 70,000 civilians are still inside the city"),
])

report("b32-12", "2016-08-13", "https://www.example-kurdishfeed.com/2016/08/13/sdf-manbij-cleared",
"short", "none",
"""
SDF says Manbij cleared of Islamic State

The US-backed Syrian Democratic Forces said on Saturday they had taken full control of Manbij after more than ten weeks of fighting, driving out the last Islamic State fighters holed up in the city centre. Militants who fled the city towards Jarablus on Friday took about 2,000 civilians with them as human shields, an SDF commander said; most were released hours later. The Syrian Observatory for Human Rights said more than 430 civilians were killed during the offensive.
""",
events=[
    ev("The SDF took full control of Manbij, driving out the last Islamic State fighters.",
       None, "‘said on Saturday they had taken full control’: the statement day, Saturday 2016-08-13, is not given as the day of the capture",
       "Manbij", "Aleppo", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The US-backed Syrian Democratic Forces said on Saturday they had taken full control of Manbij after more than ten weeks of fighting, driving out the last Islamic State fighters holed up in the city centre."),
    ev("Islamic State fighters fleeing Manbij towards Jarablus took about 2,000 civilians with them as human shields.",
       "2016-08-12", "‘on Friday’ before the Saturday 2016-08-13 publication: Friday 2016-08-12",
       "Manbij", "Aleppo", "SY", "other", "Islamic State", "civilians",
       None, None, None, None,
       "Militants who fled the city towards Jarablus on Friday took about 2,000 civilians with them as human shields, an SDF commander said; most were released hours later.",
       note="abduction"),
],
figures=[
    fig("killed", 430, "Manbij",
        "The Syrian Observatory for Human Rights said more than 430 civilians were killed during the offensive."),
])

report("b32-13", "2016-10-21", "https://www.example-northiraqwire.com/mosul/2016/10/21/bartella-bashiqa-offensive",
"ordinary", "full",
"""
Iraqi special forces take Bartella as Mosul offensive widens

ERBIL, October 21 (North Iraq Wire) - Iraq's Counter-Terrorism Service recaptured the mainly Christian town of Bartella, about 15 km east of Mosul, on Thursday after a day of fighting in which Islamic State sent wave after wave of car bombs against the advancing columns, the Joint Operations Command said.

More than a dozen car bombs were driven at the troops, most of them destroyed by anti-tank missiles or by aircraft before they reached their targets, a CTS officer said by telephone from the front. He gave no casualty figures.

To the north, Kurdish Peshmerga forces took nine villages north and east of Bashiqa on Thursday and reached the edge of the town itself, the Kurdistan Region Security Council said. The council said four Peshmerga were killed and 17 wounded in the day's fighting.

A US service member died of wounds from a roadside bomb north of Mosul on Thursday, the US military said, the first American killed in the offensive. It gave no further details.

Some 30,000 Iraqi troops, Peshmerga and allied fighters are taking part in the operation, which began on Monday, and US officials estimate that the militants have between 3,000 and 5,000 fighters in the city. The International Organization for Migration said 5,640 people had been displaced since Monday, fewer than aid agencies had feared, and that up to 1.5 million civilians remain in Mosul.

A Syriac Catholic priest in Erbil said Bartella's residents, who fled in August 2014, would not go back until the bombs had been cleared from their houses and churches. "We have waited two years," he said. "We can wait two more months."
""",
events=[
    ev("The Counter-Terrorism Service recaptured the town of Bartella east of Mosul after a day of fighting against waves of car bombs.",
       "2016-10-20", "‘on Thursday’ before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
       "Bartella", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraq's Counter-Terrorism Service recaptured the mainly Christian town of Bartella, about 15 km east of Mosul, on Thursday after a day of fighting in which Islamic State sent wave after wave of car bombs against the advancing columns, the Joint Operations Command said.",
       note="no casualty figures given"),
    ev("Peshmerga forces took nine villages north and east of Bashiqa.",
       "2016-10-20", "‘on Thursday’ before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
       "nine villages north and east of Bashiqa", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "To the north, Kurdish Peshmerga forces took nine villages north and east of Bashiqa on Thursday and reached the edge of the town itself, the Kurdistan Region Security Council said.",
       note="a list of villages from one announcement: one event; the day's Peshmerga toll (4 killed, 17 wounded) is not tied to one action and is kept as figures"),
    ev("Peshmerga forces reached the edge of the town of Bashiqa.",
       "2016-10-20", "‘on Thursday’ before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
       "Bashiqa", "Nineveh", "IQ", "battle", "Peshmerga", "Islamic State",
       None, None, None, None,
       "To the north, Kurdish Peshmerga forces took nine villages north and east of Bashiqa on Thursday and reached the edge of the town itself, the Kurdistan Region Security Council said.",
       note="reached the edge without taking it: battle"),
    ev("A US service member died of wounds from a roadside bomb north of Mosul.",
       "2016-10-20", "‘on Thursday’ before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
       "north of Mosul", "Nineveh", "IQ", "explosion", "unknown", "US-led coalition",
       1, None, None, None,
       "A US service member died of wounds from a roadside bomb north of Mosul on Thursday, the US military said, the first American killed in the offensive.",
       note="placed only as 'north of Mosul'; nobody named as the bomber", optional=True),
],
figures=[
    fig("other", 12, "Bartella",
        "More than a dozen car bombs were driven at the troops", note="car bombs; 'a dozen' as 12"),
    fig("killed", 4, "Bashiqa front",
        "The council said four Peshmerga were killed and 17 wounded in the day's fighting.", note="Peshmerga dead in one day"),
    fig("wounded", 17, "Bashiqa front",
        "The council said four Peshmerga were killed and 17 wounded in the day's fighting.", note="Peshmerga wounded in one day"),
    fig("fighters", 30000, "Mosul",
        "Some 30,000 Iraqi troops, Peshmerga and allied fighters are taking part in the operation"),
    fig("fighters", 3000, "Mosul",
        "US officials estimate that the militants have between 3,000 and 5,000 fighters in the city", note="range 3,000-5,000"),
    fig("displaced", 5640, "Mosul",
        "The International Organization for Migration said 5,640 people had been displaced since Monday"),
    fig("civilians_trapped", 1500000, "Mosul",
        "up to 1.5 million civilians remain in Mosul"),
])

report("b32-14", "2016-03-26", "https://www.example-babiltoday.com/news/2016/03/26/iskandariya-stadium-suicide-bomber",
"short", "nodate",
"""
Suicide bomber kills at least 29 at football match south of Baghdad

HILLA (Babil Today) - A suicide bomber blew himself up among spectators at the end of a youth football match in the town of Iskandariya, 40 km south of Baghdad, on Friday evening, killing 29 people and wounding 60, a provincial council member said. Doctors at Hilla's main hospital put the death toll at 32, many of them teenagers. The bomber struck as the local mayor was handing out trophies to the players. Islamic State claimed the attack in a statement posted online.
""",
events=[
    ev("A suicide bomber blew himself up among spectators at a youth football match in Iskandariya, killing 29 to 32 people and wounding 60; Islamic State claimed it.",
       "2016-03-25", "‘on Friday evening’ before the Saturday 2016-03-26 publication (the dateline gives no date): Friday 2016-03-25",
       "Iskandariya", "Babil", "IQ", "explosion", "Islamic State", "civilians",
       29, 32, 60, None,
       "A suicide bomber blew himself up among spectators at the end of a youth football match in the town of Iskandariya, 40 km south of Baghdad, on Friday evening, killing 29 people and wounding 60, a provincial council member said. Doctors at Hilla's main hospital put the death toll at 32, many of them teenagers. [...] Islamic State claimed the attack in a statement posted online.",
       note="conflicting tolls: council member 29, doctors 32; the claim comes last"),
],
figures=[])

report("b32-15", "2016-12-14", "https://www.example-levantdaily.com/aleppo/2016/12/14/evacuation-deal-stalls-sukkari",
"ordinary", "dayfirst",
"""
Evacuation deal for east Aleppo stalls as bombardment resumes

BEIRUT, 14 December (Levant Daily) - Government warplanes and artillery resumed their bombardment of the last rebel-held districts of eastern Aleppo on Wednesday, hitting al-Sukkari and al-Mashhad and killing at least seven people, the Syrian Observatory for Human Rights said, hours after thousands of civilians and fighters had been due to leave under an evacuation deal.

The deal, reached late on Tuesday between rebel factions and Russian officers with Turkish mediation, was to allow the fighters and their families to leave the enclave for rebel-held areas west of the city. Buses that had gathered at dawn left empty. Russia said the rebels had broken the truce; the rebels accused the government and Iranian-backed militias of blocking the convoy.

In western Aleppo, rockets struck the al-Furqan district on Wednesday, killing three civilians, state television said, blaming "terrorist groups". A spokesman for one of the main rebel factions denied that his fighters had fired on the government-held west of the city, saying they were observing the ceasefire.

The UN human rights office said on Tuesday it had received reports that pro-government forces had shot dead at least 60 civilians, among them women and children, in their homes or in the street in four districts - al-Ferdous, Bustan al-Qasr, al-Kallaseh and al-Saliheen - in recent days. The Syrian army denied the accusations.

The government now controls more than 90 percent of the area rebels held in eastern Aleppo before the assault began in mid-November, and the UN estimates that about 50,000 civilians remain in the enclave. More than 130,000 people have fled the eastern districts in the past three weeks, most of them to government-held areas.
""",
events=[
    ev("Government warplanes and artillery bombarded al-Sukkari and al-Mashhad, killing at least seven people.",
       "2016-12-14", "‘on Wednesday’, the day of the Wednesday 2016-12-14 dateline",
       "al-Sukkari and al-Mashhad", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       7, None, None, None,
       "Government warplanes and artillery resumed their bombardment of the last rebel-held districts of eastern Aleppo on Wednesday, hitting al-Sukkari and al-Mashhad and killing at least seven people, the Syrian Observatory for Human Rights said",
       note="two districts sharing one toll: one event"),
    ev("Rebel factions and Russian officers, with Turkish mediation, reached a deal to evacuate fighters and their families from eastern Aleppo.",
       "2016-12-13", "‘reached late on Tuesday’ before the Wednesday 2016-12-14 dateline: Tuesday 2016-12-13",
       "eastern Aleppo", "Aleppo", "SY", "other", "Syrian rebels", "Russian forces",
       None, None, None, None,
       "The deal, reached late on Tuesday between rebel factions and Russian officers with Turkish mediation, was to allow the fighters and their families to leave the enclave for rebel-held areas west of the city.",
       note="agreement"),
    ev("Rockets struck al-Furqan in western Aleppo, killing three civilians; state television blamed 'terrorist groups', a rebel spokesman denied it.",
       "2016-12-14", "‘on Wednesday’, the day of the Wednesday 2016-12-14 dateline",
       "al-Furqan", "Aleppo", "SY", "explosion", "unknown", "civilians",
       3, None, None, None,
       "In western Aleppo, rockets struck the al-Furqan district on Wednesday, killing three civilians, state television said, blaming \"terrorist groups\". A spokesman for one of the main rebel factions denied that his fighters had fired on the government-held west of the city",
       note="blame by state media, denied by the rebels: actor1 unknown"),
    ev("The UN had reports that pro-government forces shot dead at least 60 civilians in four districts of eastern Aleppo; the army denied it.",
       None, "‘in recent days’, reported by the UN ‘on Tuesday’; no day for the killings",
       "al-Ferdous, Bustan al-Qasr, al-Kallaseh and al-Saliheen", "Aleppo", "SY", "attack_on_civilians", "unknown", "civilians",
       60, None, None, None,
       "The UN human rights office said on Tuesday it had received reports that pro-government forces had shot dead at least 60 civilians, among them women and children, in their homes or in the street in four districts - al-Ferdous, Bustan al-Qasr, al-Kallaseh and al-Saliheen - in recent days. The Syrian army denied the accusations.",
       note="an aggregate of reported killings over several days, blamed and denied", optional=True),
],
figures=[
    fig("other", 90, "eastern Aleppo",
        "The government now controls more than 90 percent of the area rebels held in eastern Aleppo", note="percent retaken"),
    fig("civilians_trapped", 50000, "eastern Aleppo",
        "the UN estimates that about 50,000 civilians remain in the enclave"),
    fig("displaced", 130000, "eastern Aleppo",
        "More than 130,000 people have fled the eastern districts in the past three weeks"),
])

report("b32-16", "2016-12-06", "https://www.example-reliefherald.com/iraq/2016/12/06/mosul-camps-winter-numbers",
"ordinary", "none",
"""
Winter comes to Mosul's camps as the numbers keep climbing
By our humanitarian affairs correspondent

Seven weeks into the offensive on Mosul, the camps east and south of the city are close to full, and aid agencies warn that the coming cold could turn a manageable emergency into a dangerous one.

According to the International Organization for Migration, more than 82,000 people have been displaced from Mosul and the surrounding districts since the operation began in mid-October. Most have gone to camps at Khazer, Hasansham and Qayyarah, which together can hold about 120,000 people. The United Nations has drawn up plans for up to a million displaced if the fighting in the western half of the city drives people out in large numbers.

"Families arrive with nothing but the clothes they wore when they ran," said a camp manager at Hasansham. "They talk about snipers, about mortar fire, about the car bombs in their streets. Many of the children have not been to school for two years."

Officials estimate that about 1 million civilians are still inside Mosul, most of them in districts held by Islamic State. The government has asked them to stay at home rather than try to cross the front lines, which it says is safer; aid groups say food and clean water are running short even in the eastern neighbourhoods the army has taken.

Many of those in the camps were displaced once before, when Islamic State swept through Nineveh in the summer of 2014. The Kurdistan Region already hosts nearly 1 million displaced Iraqis and about 250,000 Syrian refugees, and its government says it cannot absorb many more.

Night temperatures on the Nineveh plains fall below freezing in January. The UN refugee agency says it has handed out more than 20,000 winter kits of blankets, plastic sheeting and heaters, and aims to double that by the end of the month.

"The battle will be won," said the head of an aid group in Erbil. "The question is what kind of city, and what kind of people, will be left at the end of it."
""",
events=[],
figures=[
    fig("displaced", 82000, "Mosul",
        "more than 82,000 people have been displaced from Mosul and the surrounding districts since the operation began in mid-October"),
    fig("other", 120000, "Khazer, Hasansham and Qayyarah camps",
        "Most have gone to camps at Khazer, Hasansham and Qayyarah, which together can hold about 120,000 people.",
        note="camp capacity"),
    fig("civilians_trapped", 1000000, "Mosul",
        "Officials estimate that about 1 million civilians are still inside Mosul"),
    fig("displaced", 1000000, "Kurdistan Region",
        "The Kurdistan Region already hosts nearly 1 million displaced Iraqis"),
    fig("displaced", 250000, "Kurdistan Region",
        "about 250,000 Syrian refugees", note="Syrian refugees"),
    fig("other", 20000, "Nineveh plains",
        "The UN refugee agency says it has handed out more than 20,000 winter kits of blankets, plastic sheeting and heaters",
        note="winter kits"),
],
country_hint="IQ")

report("b32-17", "2017-10-20", "https://www.example-euphratesdispatch.com/raqqa/2017/10/20/raqqa-freed-cost-of-victory",
"long", "full",
"""
SDF declares Raqqa freed as the cost of victory comes into view
By Euphrates Dispatch correspondent

AIN ISSA, Syria, October 20 (Euphrates Dispatch) - The US-backed Syrian Democratic Forces formally announced the defeat of Islamic State in Raqqa on Friday at a ceremony in the city's ruined football stadium, four months after they first pushed into the city that the militants had called the capital of their caliphate.

The announcement came three days after the last battles. On Tuesday, SDF fighters stormed the National Hospital and the municipal stadium, the final two positions the militants held in the city, and raised their yellow flags over both, SDF commanders said.

The final assault followed an agreement reached on Saturday, October 14, through tribal elders and the Raqqa Civil Council, under which some 270 Syrian Islamic State fighters and about 3,000 members of their families left the city in a convoy of buses and trucks. The SDF said foreign fighters had been excluded from the deal; residents and some officials have questioned that.

Even in the last days the fighting was costly. On Monday, one of the last car bombs of the battle exploded near the Naim roundabout, where Islamic State once displayed the heads of its victims, killing five SDF fighters, a commander said. Amaq, the militants' news agency, said the attack had killed 20 "apostates".

For the civilians who are beginning to come back, the danger has not ended. On Thursday, a mine left by the militants in a doorway in the al-Mashlab district in the east of the city exploded as a family tried to return to its home, killing a man and two children and wounding two others, a medic with the Kurdish Red Crescent said. One of the wounded, a girl of nine, died later that night in a hospital in Ain Issa, he said on Friday.

Islamic State took full control of Raqqa in January 2014, after driving out rival rebel groups, and turned it into the administrative centre of its self-declared state. Foreign recruits passed through it by the thousand; public executions were held at the Naim roundabout and in the square by the clock tower.

The SDF, an alliance dominated by the Kurdish YPG militia, entered the city in early June after months spent cutting it off from the north, west and east. The coalition says it carried out more than 3,800 strikes in and around the city during the battle, and its artillery fired tens of thousands of shells.

The cost has been heavy. The Syrian Observatory for Human Rights says at least 1,130 civilians, among them 270 children, were killed in the four-month battle, many of them in air strikes. The SDF says 655 of its fighters died. Local officials estimate that 80 percent of the city is uninhabitable, and engineers say clearing the mines and unexploded bombs from its streets will take years.

Some 310,000 people fled Raqqa and the surrounding villages during the campaign, according to the United Nations. Most are in camps such as the one at Ain Issa, where rows of white tents stretch across the plain north of the city and where aid workers are already preparing for winter.

"We won the war, but the city is gone," said a member of the Raqqa Civil Council who came back for the ceremony. "The next battle is for water, electricity and schools, and nobody has given us the weapons for that one."

The council, which the SDF set up in April to run the city once it was taken, says it has no money to rebuild. Washington has promised help with demining and with restoring water and power, but US officials say they will not pay for reconstruction.

For the SDF's commanders, the next objective lies to the south-east, in the oil fields of Deir ez-Zor province, where their fighters are racing Syrian government forces and their Russian and Iranian allies to take over what remains of the militants' territory along the Euphrates.

"Raqqa was the head of the snake," one commander said at the stadium, as fighters danced and fired into the air around him. "But the body is still moving."
""",
events=[
    ev("SDF fighters stormed the National Hospital, one of the last two Islamic State positions in Raqqa.",
       "2017-10-17", "‘On Tuesday’, three days before the Friday 2017-10-20 dateline: Tuesday 2017-10-17",
       "National Hospital, Raqqa", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "On Tuesday, SDF fighters stormed the National Hospital and the municipal stadium, the final two positions the militants held in the city, and raised their yellow flags over both, SDF commanders said.",
       note="two places in one sentence: one event each"),
    ev("SDF fighters stormed the municipal stadium, the other last Islamic State position in Raqqa.",
       "2017-10-17", "‘On Tuesday’, three days before the Friday 2017-10-20 dateline: Tuesday 2017-10-17",
       "municipal stadium, Raqqa", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "On Tuesday, SDF fighters stormed the National Hospital and the municipal stadium, the final two positions the militants held in the city, and raised their yellow flags over both, SDF commanders said."),
    ev("An agreement through tribal elders and the Raqqa Civil Council let some 270 Syrian Islamic State fighters and their families leave Raqqa.",
       "2017-10-14", "‘Saturday, October 14’: Saturday 2017-10-14",
       "Raqqa", "Raqqa", "SY", "other", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The final assault followed an agreement reached on Saturday, October 14, through tribal elders and the Raqqa Civil Council, under which some 270 Syrian Islamic State fighters and about 3,000 members of their families left the city in a convoy of buses and trucks.",
       note="agreement; the SDF-backed council on one side"),
    ev("A car bomb exploded near the Naim roundabout, killing five SDF fighters; Amaq claimed 20 killed.",
       "2017-10-16", "‘On Monday’ before the Friday 2017-10-20 dateline: Monday 2017-10-16",
       "Naim roundabout", "Raqqa", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       5, None, None, None,
       "On Monday, one of the last car bombs of the battle exploded near the Naim roundabout, where Islamic State once displayed the heads of its victims, killing five SDF fighters, a commander said. Amaq, the militants' news agency, said the attack had killed 20 \"apostates\".",
       note="Amaq's 20 is the attacker's claim, not used; Amaq claims the attack"),
    ev("A mine left by the militants exploded in a doorway in al-Mashlab as a family returned, killing a man and two children; a wounded girl died that night.",
       "2017-10-19", "‘On Thursday’ before the Friday 2017-10-20 dateline: Thursday 2017-10-19",
       "al-Mashlab", "Raqqa", "SY", "explosion", "Islamic State", "civilians",
       4, None, 1, None,
       "On Thursday, a mine left by the militants in a doorway in the al-Mashlab district in the east of the city exploded as a family tried to return to its home, killing a man and two children and wounding two others, a medic with the Kurdish Red Crescent said. One of the wounded, a girl of nine, died later that night in a hospital in Ain Issa, he said on Friday.",
       note="killed 4 = 3 + 1 wounded who died; wounded 2 - 1 = 1"),
],
figures=[
    fig("fighters", 270, "Raqqa",
        "some 270 Syrian Islamic State fighters and about 3,000 members of their families left the city",
        note="fighters evacuated under the deal"),
    fig("other", 3000, "Raqqa",
        "about 3,000 members of their families left the city", note="family members evacuated"),
    fig("other", 3800, "Raqqa",
        "The coalition says it carried out more than 3,800 strikes in and around the city during the battle", note="air strikes"),
    fig("killed", 1130, "Raqqa",
        "The Syrian Observatory for Human Rights says at least 1,130 civilians, among them 270 children, were killed in the four-month battle"),
    fig("killed", 655, "Raqqa",
        "The SDF says 655 of its fighters died.", note="SDF dead in the battle"),
    fig("other", 80, "Raqqa",
        "Local officials estimate that 80 percent of the city is uninhabitable", note="percent uninhabitable"),
    fig("displaced", 310000, "Raqqa",
        "Some 310,000 people fled Raqqa and the surrounding villages during the campaign, according to the United Nations."),
])

report("b32-18", "2017-08-27", "https://www.example-ninevehpost.com/talafar/2017/08/27/citadel-retaken-nida-khadra",
"ordinary", "abbr",
"""
Iraqi forces take Tal Afar citadel, push militants into last pocket

MOSUL, Aug. 27 (Nineveh Post) - Iraqi forces retook the Ottoman-era citadel in the centre of Tal Afar on Saturday and pushed Islamic State fighters into a shrinking pocket in the north of the city, a week after the offensive began, the Joint Operations Command said on Sunday.

Counter-Terrorism Service troops raised the Iraqi flag over the citadel walls on Saturday afternoon, while federal police and army units took the al-Nida and al-Khadra neighbourhoods to the south, the JOC said in a statement.

Commanders said the militants were putting up weaker resistance than in Mosul, where the battle lasted nine months. The JOC said more than 200 militants had been killed since the start of the operation, a figure that could not be verified. Popular Mobilization forces are holding the western and southern approaches to the city.

Two men who reached a screening centre at Badush said Islamic State fighters had shot dead four people, among them a woman, as a group of families tried to escape through the fields west of the city on Friday. "They fired at us from the last houses," one of them said. "We left the bodies in the field."

The International Organization for Migration says more than 30,000 people have fled the Tal Afar district since the spring, and aid agencies believe that between 10,000 and 20,000 civilians are still in the city and the nearby town of al-Ayadiya.
""",
events=[
    ev("Counter-Terrorism Service troops retook the Ottoman-era citadel in the centre of Tal Afar and raised the flag over it.",
       "2017-08-26", "‘on Saturday’ before the Sunday 2017-08-27 dateline: Saturday 2017-08-26",
       "citadel, Tal Afar", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi forces retook the Ottoman-era citadel in the centre of Tal Afar on Saturday [...] Counter-Terrorism Service troops raised the Iraqi flag over the citadel walls on Saturday afternoon"),
    ev("Federal police and army units took the al-Nida neighbourhood of Tal Afar.",
       "2017-08-26", "‘on Saturday afternoon’ before the Sunday 2017-08-27 dateline: Saturday 2017-08-26",
       "al-Nida", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Counter-Terrorism Service troops raised the Iraqi flag over the citadel walls on Saturday afternoon, while federal police and army units took the al-Nida and al-Khadra neighbourhoods to the south, the JOC said in a statement.",
       note="two neighbourhoods in one sentence: one event each"),
    ev("Federal police and army units took the al-Khadra neighbourhood of Tal Afar.",
       "2017-08-26", "‘on Saturday afternoon’ before the Sunday 2017-08-27 dateline: Saturday 2017-08-26",
       "al-Khadra", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Counter-Terrorism Service troops raised the Iraqi flag over the citadel walls on Saturday afternoon, while federal police and army units took the al-Nida and al-Khadra neighbourhoods to the south, the JOC said in a statement."),
    ev("Islamic State fighters shot dead four people, among them a woman, as families tried to flee through the fields west of Tal Afar.",
       "2017-08-25", "‘on Friday’ before the Sunday 2017-08-27 dateline: Friday 2017-08-25",
       "fields west of Tal Afar", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "Two men who reached a screening centre at Badush said Islamic State fighters had shot dead four people, among them a woman, as a group of families tried to escape through the fields west of the city on Friday."),
],
figures=[
    fig("killed", 200, "Tal Afar",
        "The JOC said more than 200 militants had been killed since the start of the operation, a figure that could not be verified.",
        note="claim of enemy dead"),
    fig("displaced", 30000, "Tal Afar district",
        "The International Organization for Migration says more than 30,000 people have fled the Tal Afar district since the spring"),
    fig("civilians_trapped", 10000, "Tal Afar and al-Ayadiya",
        "between 10,000 and 20,000 civilians are still in the city and the nearby town of al-Ayadiya", note="range 10,000-20,000"),
])
# ---------------------------------------------------------------------------
# b32-19 .. b32-27
# ---------------------------------------------------------------------------

report("b32-19", "2017-06-04", "https://www.example-iraqpulse.com/mosul/2017/06/04/zanjili-snipers-fleeing-families",
"short", "nodate",
"""
IS snipers kill fleeing families in west Mosul

MOSUL (Iraq Pulse) - Islamic State snipers shot dead at least 27 civilians, among them women and children, as they tried to cross from the Zanjili district of west Mosul to government lines on Thursday, the Iraqi interior ministry said. A member of the Nineveh provincial council said more than 50 bodies had been counted, many of them still lying in the streets because nobody could reach them. An estimated 100,000 civilians remain trapped in the Old City and the neighbouring districts still held by the militants.
""",
events=[
    ev("Islamic State snipers shot dead 27 (interior ministry) to more than 50 (council member) civilians fleeing Zanjili towards government lines.",
       "2017-06-01", "‘on Thursday’ before the Sunday 2017-06-04 publication (the dateline gives no date): Thursday 2017-06-01",
       "Zanjili", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       27, 50, None, None,
       "Islamic State snipers shot dead at least 27 civilians, among them women and children, as they tried to cross from the Zanjili district of west Mosul to government lines on Thursday, the Iraqi interior ministry said. A member of the Nineveh provincial council said more than 50 bodies had been counted",
       note="conflicting tolls 27 / 50"),
],
figures=[
    fig("civilians_trapped", 100000, "Old City of Mosul",
        "An estimated 100,000 civilians remain trapped in the Old City and the neighbouring districts still held by the militants."),
])

report("b32-20", "2017-11-04", "https://www.example-orientwire.com/syria/2017/11/04/deir-ez-zor-retaken-al-qaim",
"ordinary", "full",
"""
Syrian army declares Deir ez-Zor retaken; Iraq takes al-Qaim across the border

DAMASCUS, November 4 (Orient Wire) - Syrian government forces and their allies took full control of the city of Deir ez-Zor on Friday, driving Islamic State from its last neighbourhoods on the western bank of the Euphrates, the army command said in a statement read on state television.

The city had been divided for three years, with a government-held enclave around the airport and several districts besieged by the militants until a relief column broke through in September.

On the same day, across the border, Iraqi troops backed by Sunni tribal fighters and the Popular Mobilization Forces recaptured the town of al-Qaim and the nearby Husaybah border crossing, Iraq's Joint Operations Command said, leaving Rawa as the last Iraqi town in the militants' hands.

Between the two advancing armies, the militants now hold a shrinking strip of the Euphrates valley around Albu Kamal, on the Syrian side of the border. Warplanes struck Albu Kamal on Thursday, killing between 12 and 15 civilians, among them four children, the Syrian Observatory for Human Rights said. It could not say whose aircraft had carried out the raids.

East of the river, the US-backed Syrian Democratic Forces said Russian warplanes had struck their positions near the Conoco gas field on Friday, wounding six of their fighters. The Russian defence ministry denied carrying out the raid, saying its aircraft strike only Islamic State targets.

The United Nations says more than 350,000 people have fled their homes in Deir ez-Zor province since August. The coalition estimates that fewer than 3,000 Islamic State fighters remain in Iraq and Syria combined, most of them in the Euphrates valley and the desert around it.
""",
events=[
    ev("Syrian government forces and their allies took full control of the city of Deir ez-Zor.",
       "2017-11-03", "‘on Friday’ before the Saturday 2017-11-04 dateline: Friday 2017-11-03",
       "Deir ez-Zor", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "Syrian government forces and their allies took full control of the city of Deir ez-Zor on Friday, driving Islamic State from its last neighbourhoods on the western bank of the Euphrates, the army command said in a statement read on state television."),
    ev("Iraqi troops with tribal fighters and the PMF recaptured the town of al-Qaim.",
       "2017-11-03", "‘On the same day’ as the capture of Deir ez-Zor ‘on Friday’: Friday 2017-11-03",
       "al-Qaim", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On the same day, across the border, Iraqi troops backed by Sunni tribal fighters and the Popular Mobilization Forces recaptured the town of al-Qaim and the nearby Husaybah border crossing, Iraq's Joint Operations Command said",
       note="two places in one sentence: one event each; with tribal fighters and the PMF"),
    ev("Iraqi troops with tribal fighters and the PMF recaptured the Husaybah border crossing.",
       "2017-11-03", "‘On the same day’ as the capture of Deir ez-Zor ‘on Friday’: Friday 2017-11-03",
       "Husaybah border crossing", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On the same day, across the border, Iraqi troops backed by Sunni tribal fighters and the Popular Mobilization Forces recaptured the town of al-Qaim and the nearby Husaybah border crossing, Iraq's Joint Operations Command said"),
    ev("Unidentified warplanes struck Albu Kamal, killing between 12 and 15 civilians.",
       "2017-11-02", "‘on Thursday’ before the Saturday 2017-11-04 dateline: Thursday 2017-11-02",
       "Albu Kamal", "Deir ez-Zor", "SY", "explosion", "unknown", "civilians",
       12, 15, None, None,
       "Warplanes struck Albu Kamal on Thursday, killing between 12 and 15 civilians, among them four children, the Syrian Observatory for Human Rights said. It could not say whose aircraft had carried out the raids.",
       note="a stated range 12-15; the air force is not named"),
    ev("The SDF said Russian warplanes struck its positions near the Conoco gas field, wounding six fighters; Russia denied it.",
       "2017-11-03", "‘on Friday’ before the Saturday 2017-11-04 dateline: Friday 2017-11-03",
       "Conoco gas field", "Deir ez-Zor", "SY", "explosion", "unknown", "Syrian Democratic Forces",
       None, None, 6, None,
       "East of the river, the US-backed Syrian Democratic Forces said Russian warplanes had struck their positions near the Conoco gas field on Friday, wounding six of their fighters. The Russian defence ministry denied carrying out the raid",
       note="blame by the SDF, denied by Russia: actor1 unknown"),
],
figures=[
    fig("displaced", 350000, "Deir ez-Zor province",
        "The United Nations says more than 350,000 people have fled their homes in Deir ez-Zor province since August."),
    fig("fighters", 3000, "Iraq and Syria",
        "The coalition estimates that fewer than 3,000 Islamic State fighters remain in Iraq and Syria combined",
        note="'fewer than': an upper bound"),
])

report("b32-21", "2017-04-05", "https://www.example-syriadesk.com/idlib/2017/04/05/khan-sheikhoun-suspected-gas-attack",
"ordinary", "none",
"""
Dozens killed in suspected gas attack on Idlib town; Damascus denies role
Posted: April 5, 2017
By Syria desk

At least 58 people, among them 11 children, were killed on Tuesday in the rebel-held town of Khan Sheikhoun in Idlib province after what doctors and rescuers described as a chemical attack, the Syrian Observatory for Human Rights said. The opposition-run health directorate in Idlib put the death toll at 72 and said more than 300 people had been treated for symptoms including foaming at the mouth, convulsions and constricted pupils.

Witnesses said aircraft dropped bombs on a residential area of the town early in the morning, and within minutes people began choking in the streets. The opposition and several Western governments blamed the Syrian government. The Syrian army said it "categorically" denied using any chemical or toxic substances "at any time, in any place", and Russia's defence ministry said its aircraft had not carried out any strikes near the town.

Hours later, an air strike hit the al-Rahma medical point where some of the victims were being treated, badly damaging the building. Nobody was killed there, the civil defence said, because the wounded had already been moved to hospitals near the Turkish border.

Separately, the Syrian army said on Tuesday it had recaptured the town of Souran, north of Hama, from rebels and jihadist fighters.

Medical charities say they have documented more than 160 chemical attacks in Syria since 2012. In August 2013, a sarin attack on the Eastern Ghouta near Damascus killed hundreds of people, and under a deal brokered by Russia and the United States after it, the government handed over 1,300 tonnes of chemical agents for destruction.

The UN Security Council was due to hold an emergency meeting on Wednesday.
""",
events=[
    ev("A suspected chemical attack on Khan Sheikhoun killed 58 (Observatory) to 72 (health directorate) people; more than 300 were treated. The opposition blamed the government, which denied it.",
       "2017-04-04", "‘on Tuesday’ before the ‘Posted: April 5, 2017’ line (Wednesday 2017-04-05): Tuesday 2017-04-04",
       "Khan Sheikhoun", "Idlib", "SY", "explosion", "unknown", "civilians",
       58, 72, 300, None,
       "At least 58 people, among them 11 children, were killed on Tuesday in the rebel-held town of Khan Sheikhoun in Idlib province after what doctors and rescuers described as a chemical attack, the Syrian Observatory for Human Rights said. The opposition-run health directorate in Idlib put the death toll at 72 and said more than 300 people had been treated for symptoms [...] The opposition and several Western governments blamed the Syrian government. The Syrian army said it \"categorically\" denied using any chemical or toxic substances \"at any time, in any place\"",
       note="chemical weapon; conflicting tolls 58 / 72; the 300 treated counted as wounded; blame denied: actor1 unknown"),
    ev("An air strike hit the al-Rahma medical point treating victims; nobody was killed.",
       "2017-04-04", "‘Hours later’ than the Tuesday 2017-04-04 attack",
       "al-Rahma medical point", "Idlib", "SY", "explosion", "unknown", "civilians",
       0, None, None, None,
       "Hours later, an air strike hit the al-Rahma medical point where some of the victims were being treated, badly damaging the building. Nobody was killed there, the civil defence said",
       note="explicit zero killed; wounded not stated; air force not named"),
    ev("The Syrian army said it had recaptured the town of Souran, north of Hama, from rebels and jihadist fighters.",
       None, "‘said on Tuesday it had recaptured’: the statement day, Tuesday 2017-04-04, is not given as the day of the capture",
       "Souran", "Hama", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Separately, the Syrian army said on Tuesday it had recaptured the town of Souran, north of Hama, from rebels and jihadist fighters."),
],
figures=[
    fig("other", 160, "Syria",
        "Medical charities say they have documented more than 160 chemical attacks in Syria since 2012.", note="chemical attacks"),
    fig("other", 1300, "Syria",
        "the government handed over 1,300 tonnes of chemical agents for destruction", note="tonnes of chemical agents"),
])

report("b32-22", "2018-03-19", "https://www.example-borderherald.com/syria/2018/03/19/afrin-taken-looting-follows",
"long", "full",
"""
Turkish-backed forces take Afrin; looting follows within hours
By Border Herald staff

GAZIANTEP, Turkey, March 19 (Border Herald) - Turkish troops and allied Syrian rebel factions took control of the centre of Afrin on Sunday, two months after Ankara launched its offensive against the Kurdish YPG militia in the north-western Syrian enclave, after the Kurdish fighters pulled out of the city during the night.

Turkish television showed soldiers and rebel fighters raising the Turkish flag and the flag of the Free Syrian Army over the municipal building. President Tayyip Erdogan told a rally that the city had been "cleansed" and that the operation would go on until the whole border was secure.

Within hours, fighters from some of the factions were seen looting shops, houses and government offices, loading cars, motorcycles, tractors and sacks of food onto pick-up trucks, according to witnesses and footage posted online. A statue of Kawa, a blacksmith from Kurdish legend, was pulled down in the town's main square. A spokesman for the Free Syrian Army said those responsible would be punished.

The YPG said its fighters had withdrawn to protect the civilians left in the city and would now switch to hit-and-run attacks. "Our forces are everywhere in Afrin," a statement said.

Hours after the city changed hands, a booby-trapped building exploded in central Afrin as fighters searched it, killing 11 people, seven of them Turkish-backed fighters, the Syrian Observatory for Human Rights said. It was not clear who had rigged the building.

The last days of the siege were among the deadliest of the campaign. On Friday, an air strike hit Afrin's main hospital, killing 16 civilians, according to the Observatory. Kurdish officials blamed Turkish aircraft; the Turkish military said none of its strikes had targeted the hospital and accused the YPG of staging the images.

On Saturday, shells landed in the town of Tal Rifaat, east of the enclave, where thousands of people from Afrin had taken refuge, killing three people and wounding nine, the Observatory said, without saying who had fired them.

Turkey launched what it calls Operation Olive Branch on January 20, saying the YPG, which it regards as the Syrian wing of the PKK, posed a threat to its southern border. The PKK has fought an insurgency inside Turkey since 1984. The YPG had held Afrin since 2012, when Syrian government forces withdrew from most of the Kurdish north to fight rebels elsewhere, and the enclave had been one of the quietest corners of the war until this year.

The Turkish military said it had "neutralised" 3,603 militants since the start of the operation, a term it uses for fighters killed, wounded or captured. It says 46 of its own soldiers have been killed. The Observatory puts the number of civilians killed in the offensive at more than 280, a figure Ankara rejects.

The United Nations says more than 150,000 people fled Afrin district in the past week alone, most of them to Tal Rifaat, Nubl and al-Zahraa and to villages held by the Syrian government and its allies to the east. Many are sleeping in schools, mosques and half-built houses, and aid agencies say they have been able to reach only a fraction of them.

"We left with what we could carry," said a man from Afrin reached by telephone in Tal Rifaat, where he is staying with 14 relatives in two rooms. "We walked through the mountains for nine hours. We heard the planes all night. I do not know if our house is still there, or who is living in it."

Erdogan has said Turkish forces will move next against Manbij, east of Afrin, where US troops are stationed alongside the Kurdish-led Syrian Democratic Forces, and then further east. Washington has urged Ankara to show restraint, and has said its troops will not leave Manbij.

For the Kurdish authorities, the loss of Afrin is the heaviest blow since the war began. In Qamishli, hundreds of people marched on Sunday evening to mourn the dead and denounce what they called an occupation, and Kurdish officials said they would appeal to the United Nations.
""",
events=[
    ev("Turkish troops and allied Syrian rebel factions took control of the centre of Afrin after the YPG withdrew overnight.",
       "2018-03-18", "‘on Sunday’ before the Monday 2018-03-19 dateline: Sunday 2018-03-18",
       "Afrin", "Aleppo", "SY", "territory_gain", "Turkish Armed Forces", "YPG",
       None, None, None, None,
       "Turkish troops and allied Syrian rebel factions took control of the centre of Afrin on Sunday, two months after Ankara launched its offensive against the Kurdish YPG militia in the north-western Syrian enclave, after the Kurdish fighters pulled out of the city during the night.",
       note="with the Turkish-backed Syrian rebels (Free Syrian Army)"),
    ev("Fighters from some of the Turkish-backed factions looted shops, houses and government offices in Afrin and pulled down the Kawa statue.",
       "2018-03-18", "‘Within hours’ of the capture ‘on Sunday’: Sunday 2018-03-18",
       "Afrin", "Aleppo", "SY", "other", "Turkish-backed Syrian rebels", "civilians",
       None, None, None, None,
       "Within hours, fighters from some of the factions were seen looting shops, houses and government offices, loading cars, motorcycles, tractors and sacks of food onto pick-up trucks, according to witnesses and footage posted online. A statue of Kawa, a blacksmith from Kurdish legend, was pulled down in the town's main square.",
       note="looting and property destruction"),
    ev("A booby-trapped building exploded in central Afrin as fighters searched it, killing 11 people, seven of them Turkish-backed fighters.",
       "2018-03-18", "‘Hours after the city changed hands’ on Sunday 2018-03-18",
       "central Afrin", "Aleppo", "SY", "explosion", "unknown", "Turkish-backed Syrian rebels",
       11, None, None, None,
       "Hours after the city changed hands, a booby-trapped building exploded in central Afrin as fighters searched it, killing 11 people, seven of them Turkish-backed fighters, the Syrian Observatory for Human Rights said. It was not clear who had rigged the building.",
       note="nobody named for the bomb"),
    ev("An air strike hit Afrin's main hospital, killing 16 civilians; Kurdish officials blamed Turkish aircraft, the Turkish military denied it.",
       "2018-03-16", "‘On Friday’ before the Monday 2018-03-19 dateline: Friday 2018-03-16",
       "Afrin main hospital", "Aleppo", "SY", "explosion", "unknown", "civilians",
       16, None, None, None,
       "On Friday, an air strike hit Afrin's main hospital, killing 16 civilians, according to the Observatory. Kurdish officials blamed Turkish aircraft; the Turkish military said none of its strikes had targeted the hospital",
       note="blame denied: actor1 unknown"),
    ev("Shells of unstated origin landed in Tal Rifaat, killing three people and wounding nine.",
       "2018-03-17", "‘On Saturday’ before the Monday 2018-03-19 dateline: Saturday 2018-03-17",
       "Tal Rifaat", "Aleppo", "SY", "explosion", "unknown", "civilians",
       3, None, 9, None,
       "On Saturday, shells landed in the town of Tal Rifaat, east of the enclave, where thousands of people from Afrin had taken refuge, killing three people and wounding nine, the Observatory said, without saying who had fired them."),
    ev("Hundreds of people marched in Qamishli to mourn the dead of Afrin and denounce what they called an occupation.",
       "2018-03-18", "‘on Sunday evening’ before the Monday 2018-03-19 dateline: Sunday 2018-03-18",
       "Qamishli", "Hasakah", "SY", "other", "protesters", "none",
       None, None, None, None,
       "In Qamishli, hundreds of people marched on Sunday evening to mourn the dead and denounce what they called an occupation",
       note="peaceful protest"),
],
figures=[
    fig("other", 3603, "Afrin",
        "The Turkish military said it had \"neutralised\" 3,603 militants since the start of the operation, a term it uses for fighters killed, wounded or captured.",
        note="'neutralised': killed, wounded or captured; a claim"),
    fig("killed", 46, "Afrin",
        "It says 46 of its own soldiers have been killed.", note="Turkish soldiers since January 20"),
    fig("killed", 280, "Afrin",
        "The Observatory puts the number of civilians killed in the offensive at more than 280"),
    fig("displaced", 150000, "Afrin district",
        "The United Nations says more than 150,000 people fled Afrin district in the past week alone"),
])

report("b32-23", "2018-03-11", "https://www.example-levantwire.com/syria/2018/03/11/ghouta-cut-in-three-mudeira-misraba",
"ordinary", "nodate",
"""
Syrian army cuts Eastern Ghouta in three as Douma is pounded

BEIRUT (Levant Wire) - Syrian government forces captured the towns of Mudeira and Misraba on Saturday, cutting off Douma and Harasta from the rest of the rebel enclave of Eastern Ghouta, the Syrian Observatory for Human Rights said.

Government warplanes bombed Douma, the largest town in the enclave, throughout Saturday, killing 13 civilians, the Observatory said. Two more of the wounded died on Sunday morning, a doctor in the town said.

"There is no place left to hide," a resident of Douma said in a voice message. "People have been living in the basements for three weeks. When the planes leave, the artillery starts."

Rockets fired from rebel-held areas of the Ghouta landed in Jaramana, a government-held suburb east of the capital, on Saturday, killing a woman and wounding eight people, the state news agency SANA said.

Jaysh al-Islam, the main rebel group in Douma, said on Saturday it had reached an agreement with Russia, through the United Nations, to evacuate a first group of wounded people from the town. It did not say when the evacuation would take place.

The Observatory says more than 1,100 civilians have been killed in Eastern Ghouta since the government began its offensive on February 18, and that government forces now control more than half of the enclave. The UN estimates that some 400,000 people were living in the besieged area before the assault began.
""",
events=[
    ev("Syrian government forces captured the town of Mudeira, helping to cut Douma and Harasta off from the rest of Eastern Ghouta.",
       "2018-03-10", "‘on Saturday’ before the Sunday 2018-03-11 publication (the dateline gives no date): Saturday 2018-03-10",
       "Mudeira", "Rif Dimashq", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces captured the towns of Mudeira and Misraba on Saturday, cutting off Douma and Harasta from the rest of the rebel enclave of Eastern Ghouta, the Syrian Observatory for Human Rights said.",
       note="two towns in one sentence: one event each"),
    ev("Syrian government forces captured the town of Misraba.",
       "2018-03-10", "‘on Saturday’ before the Sunday 2018-03-11 publication: Saturday 2018-03-10",
       "Misraba", "Rif Dimashq", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces captured the towns of Mudeira and Misraba on Saturday, cutting off Douma and Harasta from the rest of the rebel enclave of Eastern Ghouta, the Syrian Observatory for Human Rights said."),
    ev("Government warplanes bombed Douma, killing 13 civilians; two of the wounded died the next morning.",
       "2018-03-10", "‘throughout Saturday’ before the Sunday 2018-03-11 publication: Saturday 2018-03-10",
       "Douma", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       15, None, None, None,
       "Government warplanes bombed Douma, the largest town in the enclave, throughout Saturday, killing 13 civilians, the Observatory said. Two more of the wounded died on Sunday morning, a doctor in the town said.",
       note="15 = 13 + 2 wounded who died; the number of wounded is not given"),
    ev("Rockets fired from rebel-held areas hit Jaramana, killing a woman and wounding eight, SANA said.",
       "2018-03-10", "‘on Saturday’ before the Sunday 2018-03-11 publication: Saturday 2018-03-10",
       "Jaramana", "Rif Dimashq", "SY", "explosion", "Syrian rebels", "civilians",
       1, None, 8, None,
       "Rockets fired from rebel-held areas of the Ghouta landed in Jaramana, a government-held suburb east of the capital, on Saturday, killing a woman and wounding eight people, the state news agency SANA said."),
    ev("Jaysh al-Islam said it had reached an agreement with Russia, through the UN, to evacuate a first group of wounded from Douma.",
       None, "‘said on Saturday it had reached an agreement’: the statement day, Saturday 2018-03-10, is not given as the day of the agreement",
       "Douma", "Rif Dimashq", "SY", "other", "Jaysh al-Islam", "Russian forces",
       None, None, None, None,
       "Jaysh al-Islam, the main rebel group in Douma, said on Saturday it had reached an agreement with Russia, through the United Nations, to evacuate a first group of wounded people from the town.",
       note="agreement"),
],
figures=[
    fig("killed", 1100, "Eastern Ghouta",
        "The Observatory says more than 1,100 civilians have been killed in Eastern Ghouta since the government began its offensive on February 18"),
    fig("other", 50, "Eastern Ghouta",
        "government forces now control more than half of the enclave", note="percent of the enclave, 'more than half'"),
    fig("civilians_trapped", 400000, "Eastern Ghouta",
        "The UN estimates that some 400,000 people were living in the besieged area before the assault began."),
])

report("b32-24", "2017-03-15", "https://www.example-refugeewire.com/2017/03/15/syria-seventh-year-five-million-refugees",
"short", "none",
"""
Syria's war enters seventh year with five million refugees

The number of Syrians registered as refugees in neighbouring countries has passed five million, the UN refugee agency says, and another 6.3 million people are displaced inside the country. The Syrian Observatory for Human Rights puts the war's death toll at more than 320,000 as the conflict enters its seventh year this week. About 13.5 million people inside Syria need humanitarian aid, according to the United Nations, and 4.7 million of them live in besieged or hard-to-reach areas.
""",
events=[],
figures=[
    fig("displaced", 5000000, "Syria",
        "The number of Syrians registered as refugees in neighbouring countries has passed five million", note="refugees abroad"),
    fig("displaced", 6300000, "Syria",
        "another 6.3 million people are displaced inside the country"),
    fig("killed", 320000, "Syria",
        "The Syrian Observatory for Human Rights puts the war's death toll at more than 320,000"),
    fig("other", 13500000, "Syria",
        "About 13.5 million people inside Syria need humanitarian aid", note="people in need"),
    fig("civilians_trapped", 4700000, "Syria",
        "4.7 million of them live in besieged or hard-to-reach areas"),
],
country_hint="SY")

report("b32-25", "2018-01-16", "https://www.example-baghdadobserver.com/security/2018/01/16/tayaran-twin-bombing-claimed",
"ordinary", "dayfirst",
"""
Islamic State claims Baghdad twin bombing as toll rises to 38

BAGHDAD, 16 January (Baghdad Observer) - Two suicide bombers blew themselves up in quick succession among day labourers gathered at Tayaran Square in central Baghdad early on Monday, killing at least 38 people and wounding 105, the health ministry said on Tuesday, raising its earlier toll of 26 dead.

The labourers, most of them poor men from the southern provinces who wait at the square each morning to be hired for the day, had crowded around the first bomber when he said he felt ill, witnesses said. The second struck minutes later as people ran to help the wounded.

In a statement carried late on Monday by its Amaq news agency, Islamic State said two of its fighters had carried out the attack against "Shi'ite apostates". It was the deadliest bombing in the capital since the government declared victory over the group in December.

Hours later, on Monday night, gunmen believed to belong to an Islamic State sleeper cell attacked a Popular Mobilization post near the village of al-Bu Ajil, east of Tikrit, killing two fighters, a PMF spokesman said. The attackers escaped.

On Saturday, police had shot dead a would-be suicide bomber at a checkpoint in the Shaab district of northern Baghdad before he could detonate his vest, the interior ministry said.

Iraqi intelligence said on Tuesday it had arrested three men suspected of helping to prepare the Tayaran attack, in raids in the Abu Ghraib area west of the capital.

The UN mission in Iraq says 69 civilians were killed and 142 wounded in acts of terrorism and violence across the country in December, the lowest monthly figure in years.
""",
events=[
    ev("Two suicide bombers blew themselves up among day labourers at Tayaran Square, killing at least 38 and wounding 105; Islamic State claimed it through Amaq.",
       "2018-01-15", "‘early on Monday’ before the Tuesday 2018-01-16 dateline: Monday 2018-01-15",
       "Tayaran Square", "Baghdad", "IQ", "explosion", "Islamic State", "civilians",
       38, None, 105, None,
       "Two suicide bombers blew themselves up in quick succession among day labourers gathered at Tayaran Square in central Baghdad early on Monday, killing at least 38 people and wounding 105, the health ministry said on Tuesday, raising its earlier toll of 26 dead. [...] In a statement carried late on Monday by its Amaq news agency, Islamic State said two of its fighters had carried out the attack against \"Shi'ite apostates\".",
       note="revised toll: 38 replaces the earlier 26 (not a conflict); the claim comes in the third paragraph"),
    ev("Gunmen believed to belong to an Islamic State sleeper cell attacked a PMF post near al-Bu Ajil, killing two fighters.",
       "2018-01-15", "‘on Monday night’ before the Tuesday 2018-01-16 dateline: Monday 2018-01-15",
       "al-Bu Ajil", "Salahuddin", "IQ", "battle", "militants (unidentified)", "Popular Mobilization Forces",
       2, None, None, None,
       "Hours later, on Monday night, gunmen believed to belong to an Islamic State sleeper cell attacked a Popular Mobilization post near the village of al-Bu Ajil, east of Tikrit, killing two fighters, a PMF spokesman said.",
       note="'believed to belong to' is not a stated fact: unidentified"),
    ev("Police shot dead a would-be suicide bomber at a checkpoint in the Shaab district before he could detonate his vest.",
       "2018-01-13", "‘On Saturday’ before the Tuesday 2018-01-16 dateline: Saturday 2018-01-13",
       "Shaab district", "Baghdad", "IQ", "other", "Iraqi Security Forces", "militants (unidentified)",
       1, None, None, None,
       "On Saturday, police had shot dead a would-be suicide bomber at a checkpoint in the Shaab district of northern Baghdad before he could detonate his vest, the interior ministry said.",
       note="foiled suicide attack (disrupted weapons use); the would-be bomber killed"),
    ev("Iraqi intelligence arrested three men suspected of helping to prepare the Tayaran attack in raids in the Abu Ghraib area.",
       None, "‘said on Tuesday it had arrested’: the statement day, Tuesday 2018-01-16, is not given as the day of the arrests",
       "Abu Ghraib", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "civilians",
       None, None, None, None,
       "Iraqi intelligence said on Tuesday it had arrested three men suspected of helping to prepare the Tayaran attack, in raids in the Abu Ghraib area west of the capital.",
       arrested=3),
],
figures=[
    fig("killed", 69, "Iraq",
        "The UN mission in Iraq says 69 civilians were killed and 142 wounded in acts of terrorism and violence across the country in December"),
    fig("wounded", 142, "Iraq",
        "The UN mission in Iraq says 69 civilians were killed and 142 wounded in acts of terrorism and violence across the country in December"),
])

report("b32-26", "2017-10-17", "https://www.example-tamimtimes.com/politics/2017/10/17/kirkuk-iraqi-forces-k1-peshmerga",
"ordinary", "full",
"""
Iraqi forces take Kirkuk as Peshmerga pull back; clashes south of city

KIRKUK, October 17 (Tamim Times) - Iraqi government forces took control of Kirkuk's provincial government building and the nearby K1 military base on Monday, meeting little resistance as Kurdish Peshmerga units withdrew from the city, three weeks after the Kurdistan Region voted for independence in a referendum that Baghdad rejected.

Counter-Terrorism Service units, federal police and fighters of the Popular Mobilization Forces moved into the city from the south in the morning. By evening, the Iraqi flag flew alone over the governorate building, where the Kurdistan flag had been raised alongside it since March.

Not every unit pulled back quietly. Before dawn on Monday, Iraqi forces advancing on the city exchanged fire with Peshmerga near Taza Khurmatu, to the south, in clashes that killed four Peshmerga, according to the Peshmerga ministry, and two members of the federal police, according to an Iraqi officer.

In Sinjar, Peshmerga units loyal to the Kurdistan Democratic Party left the town on Tuesday morning, and Yazidi fighters affiliated with the Popular Mobilization Forces took over their positions without a fight, a local official said.

In Erbil, several hundred people gathered outside the United Nations compound on Tuesday to protest against what they called the occupation of Kirkuk, waving Kurdish flags and chanting against Baghdad.

Kurdish officials said about 60,000 people had left Kirkuk for Erbil and Sulaimaniyah since Sunday night, fearing reprisals. Prime Minister Haider al-Abadi told residents to stay at home and said the operation was aimed at restoring the authority of the state, not at the Kurds. The Peshmerga took control of Kirkuk in June 2014, when the Iraqi army fled the Islamic State advance.
""",
events=[
    ev("Iraqi government forces took control of Kirkuk's provincial government building as the Peshmerga withdrew.",
       "2017-10-16", "‘on Monday’ before the Tuesday 2017-10-17 dateline: Monday 2017-10-16",
       "provincial government building, Kirkuk", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Peshmerga",
       None, None, None, None,
       "Iraqi government forces took control of Kirkuk's provincial government building and the nearby K1 military base on Monday, meeting little resistance as Kurdish Peshmerga units withdrew from the city",
       note="two places in one sentence: one event each; CTS, federal police and PMF"),
    ev("Iraqi government forces took control of the K1 military base near Kirkuk.",
       "2017-10-16", "‘on Monday’ before the Tuesday 2017-10-17 dateline: Monday 2017-10-16",
       "K1 military base", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Peshmerga",
       None, None, None, None,
       "Iraqi government forces took control of Kirkuk's provincial government building and the nearby K1 military base on Monday, meeting little resistance as Kurdish Peshmerga units withdrew from the city"),
    ev("Iraqi forces advancing on Kirkuk clashed with Peshmerga near Taza Khurmatu; four Peshmerga and two federal policemen were killed.",
       "2017-10-16", "‘Before dawn on Monday’ before the Tuesday 2017-10-17 dateline: Monday 2017-10-16",
       "Taza Khurmatu", "Kirkuk", "IQ", "battle", "Iraqi Security Forces", "Peshmerga",
       6, None, None, None,
       "Before dawn on Monday, Iraqi forces advancing on the city exchanged fire with Peshmerga near Taza Khurmatu, to the south, in clashes that killed four Peshmerga, according to the Peshmerga ministry, and two members of the federal police, according to an Iraqi officer.",
       note="6 = 4 Peshmerga + 2 federal police, each side counting its own"),
    ev("Peshmerga units left Sinjar and PMF-affiliated Yazidi fighters took over their positions without a fight.",
       "2017-10-17", "‘on Tuesday morning’, the day of the Tuesday 2017-10-17 dateline",
       "Sinjar", "Nineveh", "IQ", "territory_gain", "Popular Mobilization Forces", "Peshmerga",
       None, None, None, None,
       "In Sinjar, Peshmerga units loyal to the Kurdistan Democratic Party left the town on Tuesday morning, and Yazidi fighters affiliated with the Popular Mobilization Forces took over their positions without a fight, a local official said.",
       note="non-violent transfer of territory"),
    ev("Several hundred people protested outside the UN compound in Erbil against what they called the occupation of Kirkuk.",
       "2017-10-17", "‘on Tuesday’, the day of the Tuesday 2017-10-17 dateline",
       "United Nations compound, Erbil", "Erbil", "IQ", "other", "protesters", "none",
       None, None, None, None,
       "In Erbil, several hundred people gathered outside the United Nations compound on Tuesday to protest against what they called the occupation of Kirkuk",
       note="peaceful protest"),
],
figures=[
    fig("displaced", 60000, "Kirkuk",
        "Kurdish officials said about 60,000 people had left Kirkuk for Erbil and Sulaimaniyah since Sunday night, fearing reprisals."),
])

report("b32-27", "2018-11-06", "https://www.example-reliefherald.com/syria/2018/11/06/rukban-first-convoy-ten-months",
"ordinary", "none",
"""
Aid reaches Rukban camp for the first time in ten months
Updated: 6 November 2018 14:10

The first aid convoy to reach the Rukban camp on Syria's border with Jordan since January arrived at the weekend, bringing food, blankets and vaccines to about 50,000 people stranded in the desert, the United Nations said.

The convoy of 78 trucks, organised with the Syrian Arab Red Crescent, took four days to travel from Damascus. Aid workers vaccinated about 5,000 children against measles and polio, the UN children's agency said, and a team of doctors saw patients in tents set up beside the trucks.

Most of the people in the camp fled Islamic State's rule in Raqqa, Palmyra and the Deir ez-Zor countryside in 2015 and 2016, and came to the berm, a sand barrier along the frontier, hoping to cross into Jordan. Jordan sealed the border in June 2016 after a suicide car bomb killed seven of its border guards at the crossing, and has let almost no one through since.

The camp lies inside a 55-km exclusion zone around al-Tanf, a base used by US-led coalition forces, and the government in Damascus has blocked most commercial traffic into the area. Residents say smugglers charge several times the market price for flour, sugar and fuel, and that many families eat one meal a day.

At least 12 children have died in recent weeks for lack of medical care, according to the United Nations, which says a second convoy will be needed before the winter rains turn the camp into mud.

Russia and the Syrian government say the camp should be dismantled and its residents returned to their home areas, and accuse the United States of keeping them there. Washington says people must be free to choose. Many of the residents say they fear arrest or conscription if they go back.

Across Syria, about 6.2 million people are displaced inside the country, according to the UN.
""",
events=[],
figures=[
    fig("displaced", 50000, "Rukban camp",
        "bringing food, blankets and vaccines to about 50,000 people stranded in the desert"),
    fig("other", 78, "Rukban camp",
        "The convoy of 78 trucks, organised with the Syrian Arab Red Crescent, took four days to travel from Damascus.", note="aid trucks"),
    fig("other", 5000, "Rukban camp",
        "Aid workers vaccinated about 5,000 children against measles and polio", note="children vaccinated"),
    fig("other", 12, "Rukban camp",
        "At least 12 children have died in recent weeks for lack of medical care", note="deaths from lack of care, not violence"),
    fig("displaced", 6200000, "Syria",
        "Across Syria, about 6.2 million people are displaced inside the country, according to the UN."),
],
country_hint="SY")
# ---------------------------------------------------------------------------
# b32-28 .. b32-36
# ---------------------------------------------------------------------------

report("b32-28", "2016-07-05", "https://www.example-baghdadobserver.com/security/2016/07/05/karrada-toll-anger",
"long", "dayfirst",
"""
Karrada toll passes 200 as Baghdad mourns and anger turns on the government
By Baghdad Observer staff

BAGHDAD, 5 July (Baghdad Observer) – The death toll from Sunday's truck bombing in Baghdad's Karrada district has risen to 213, the health ministry said on Tuesday, making it the deadliest single attack in the capital since the US-led invasion of 2003. More than 200 people were wounded.

A member of parliament from Karrada said on Tuesday that the real toll was at least 250, because many bodies had been burned beyond recognition and had not yet been counted by the ministry.

The refrigerated truck packed with explosives blew up shortly after midnight on Sunday on a crowded shopping street, where families were buying clothes for the Eid holiday after breaking the Ramadan fast. The fire that followed swept through a shopping centre and a row of shops, trapping people inside. Islamic State claimed the attack within hours, saying one of its suicide bombers had targeted Shi'ites.

About an hour later, a roadside bomb exploded in a market in the mainly Shi'ite al-Shaab district in the north of the city, killing five people and wounding 16, police said. No group claimed that attack.

When Prime Minister Haider al-Abadi visited the scene in Karrada on Sunday morning, angry residents threw stones, shoes and bottles at his convoy and shouted "thief" until his guards drove him away.

Late on Monday, police at a checkpoint in the Husseiniya area on the north-eastern edge of the capital opened fire on a car that had failed to stop; the driver detonated the explosives he was carrying, killing two policemen and himself, an interior ministry official said.

The interior ministry said on Tuesday it had detained 40 people across the capital in connection with the Karrada bombing, without saying where or when.

On Tuesday, hundreds of people were still searching the charred shells of the shopping centre for relatives. Volunteers handed out water, and families pinned photographs of the missing to the walls. "My brother went to buy shoes for his children," said a man standing outside the burned-out building. "We have found nothing. Not his phone, not his ring, nothing."

The government declared three days of mourning. Abadi ordered the police to stop using hand-held bomb detectors at checkpoints, devices that were exposed as useless years ago but which remained in service, and said work would speed up on a security belt around the capital.

The scale of the bombing has revived memories of the worst years of sectarian killing. In November 2006, a series of car bombs and mortar attacks in Sadr City killed more than 200 people, and in August 2009 truck bombs outside the foreign and finance ministries killed about 100. Both attacks were blamed on al-Qaeda in Iraq, the group from which Islamic State grew.

Analysts say the group is returning to mass-casualty bombings in the cities as it loses the territory it seized in 2014. Iraqi forces have retaken Tikrit, Ramadi and most of Anbar province over the past 15 months, and the government says the offensive on Mosul, the militants' largest stronghold, will begin before the end of the year.

"They cannot hold land any more, so they go back to what they know," said a retired Iraqi general who now teaches at a Baghdad university. "A car, a driver, a crowded street. You cannot stop that with checkpoints alone."

The UN mission in Iraq says at least 662 Iraqi civilians were killed in acts of terrorism, violence and armed conflict in June, and more than 3.3 million Iraqis remain displaced from their homes since the start of 2014.

Karrada, a mixed district on a bend of the Tigris, is one of the few parts of Baghdad where shops and cafes stay open late into the night, and its residents have long said it was a target because of that. "This street was full of life," said a shopkeeper whose shop was gutted. "Now look at it. But we will open again. What else can we do?"
""",
events=[
    ev("A suicide truck bomb on a crowded shopping street in Karrada killed 213 (health ministry) to at least 250 (an MP) people and wounded more than 200; Islamic State claimed it.",
       "2016-07-03", "‘shortly after midnight on Sunday’ before the Tuesday 2016-07-05 dateline: Sunday 2016-07-03",
       "Karrada", "Baghdad", "IQ", "explosion", "Islamic State", "civilians",
       213, 250, 200, None,
       "The death toll from Sunday's truck bombing in Baghdad's Karrada district has risen to 213, the health ministry said on Tuesday, making it the deadliest single attack in the capital since the US-led invasion of 2003. More than 200 people were wounded. [...] A member of parliament from Karrada said on Tuesday that the real toll was at least 250 [...] The refrigerated truck packed with explosives blew up shortly after midnight on Sunday on a crowded shopping street [...] Islamic State claimed the attack within hours, saying one of its suicide bombers had targeted Shi'ites.",
       note="the ministry's 213 is a rising toll; the MP's 250 conflicts with it: killed 213, killed_high 250"),
    ev("A roadside bomb exploded in a market in the al-Shaab district, killing five people and wounding 16; nobody claimed it.",
       "2016-07-03", "‘About an hour later’ than the Karrada blast ‘shortly after midnight on Sunday’: Sunday 2016-07-03",
       "al-Shaab market", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       5, None, 16, None,
       "About an hour later, a roadside bomb exploded in a market in the mainly Shi'ite al-Shaab district in the north of the city, killing five people and wounding 16, police said. No group claimed that attack."),
    ev("Angry residents threw stones, shoes and bottles at Prime Minister al-Abadi's convoy when he visited the Karrada blast site.",
       "2016-07-03", "‘on Sunday morning’ before the Tuesday 2016-07-05 dateline: Sunday 2016-07-03",
       "Karrada", "Baghdad", "IQ", "other", "protesters", "Iraqi government",
       None, None, None, None,
       "When Prime Minister Haider al-Abadi visited the scene in Karrada on Sunday morning, angry residents threw stones, shoes and bottles at his convoy and shouted \"thief\" until his guards drove him away.",
       note="riot (violent demonstration)"),
    ev("A car bomber stopped at a checkpoint in Husseiniya detonated his explosives, killing two policemen and himself.",
       "2016-07-04", "‘Late on Monday’ before the Tuesday 2016-07-05 dateline: Monday 2016-07-04",
       "Husseiniya", "Baghdad", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       3, None, None, None,
       "Late on Monday, police at a checkpoint in the Husseiniya area on the north-eastern edge of the capital opened fire on a car that had failed to stop; the driver detonated the explosives he was carrying, killing two policemen and himself, an interior ministry official said.",
       note="3 = 2 policemen + the bomber; no group named"),
    ev("The interior ministry detained 40 people across Baghdad in connection with the Karrada bombing.",
       None, "the ministry ‘said on Tuesday’, ‘without saying where or when’",
       "Baghdad", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "civilians",
       None, None, None, None,
       "The interior ministry said on Tuesday it had detained 40 people across the capital in connection with the Karrada bombing, without saying where or when.",
       note="no place or day", arrested=40, optional=True),
],
figures=[
    fig("killed", 662, "Iraq",
        "The UN mission in Iraq says at least 662 Iraqi civilians were killed in acts of terrorism, violence and armed conflict in June"),
    fig("displaced", 3300000, "Iraq",
        "more than 3.3 million Iraqis remain displaced from their homes since the start of 2014"),
])

report("b32-29", "2018-06-28", "https://www.example-tamimtimes.com/security/2018/06/28/abducted-men-bodies-tuz-khurmatu",
"ordinary", "dayfirst",
"""
Bodies of six abducted men found near Tuz Khurmatu; Abadi vows revenge

KIRKUK, 28 June (Tamim Times) - Iraqi security forces on Wednesday found the bodies of six men, members of the security forces and civilians who had been abducted by Islamic State militants on the Baghdad-Kirkuk highway, near Tuz Khurmatu, officials said. It was not clear when they had been killed. Some of the bodies had been rigged with explosives, and army engineers needed several hours to recover them.

Days earlier, the militants had released a video showing the men pleading for their lives and threatening to kill them unless the government freed Sunni women held in its prisons. The men were seized at a fake checkpoint on the highway earlier this month, relatives said.

Prime Minister Haider al-Abadi vowed that the killers would be hunted down and ordered the immediate execution of convicted militants on death row.

Iraqi F-16 jets bombed militant hideouts in the Wadi al-Shay valley south of Kirkuk on Wednesday night, killing "a number of terrorists", the Security Media Cell said.

Late on Tuesday, gunmen attacked a Popular Mobilization post near the Turkmen village of Bashir, south of Kirkuk, killing three fighters and wounding two. The PMF said the attackers were Islamic State militants who had crossed from the Hamrin mountains.

Kirkuk police said they had arrested an Islamic State "emir" and four of his aides in a raid in Hawija on Tuesday.

Since the start of the year, militants have killed at least 30 people at fake checkpoints and in ambushes on the highway, according to a tally kept by the Kirkuk provincial council. Iraqi officials estimate that between 1,500 and 2,000 militants are still active in the Hamrin mountains, Wadi al-Shay and the desert west of Kirkuk, seven months after the government declared victory over the group.
""",
events=[
    ev("The bodies of six men abducted by Islamic State on the Baghdad-Kirkuk highway were found near Tuz Khurmatu; when they were killed is not known.",
       None, "found ‘on Wednesday’, but ‘It was not clear when they had been killed’",
       "Tuz Khurmatu", "Salahuddin", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       6, None, None, None,
       "Iraqi security forces on Wednesday found the bodies of six men, members of the security forces and civilians who had been abducted by Islamic State militants on the Baghdad-Kirkuk highway, near Tuz Khurmatu, officials said. It was not clear when they had been killed.",
       note="execution of captives; the victims include members of the security forces"),
    ev("The men had been seized by Islamic State at a fake checkpoint on the Baghdad-Kirkuk highway.",
       None, "‘earlier this month’ (June 2018), no day given",
       "fake checkpoint on the Baghdad-Kirkuk highway", "Salahuddin", "IQ", "other", "Islamic State", "civilians",
       None, None, None, None,
       "The men were seized at a fake checkpoint on the highway earlier this month, relatives said.",
       note="abduction; vaguely dated and placed", optional=True),
    ev("Iraqi F-16 jets bombed militant hideouts in the Wadi al-Shay valley, killing what the Security Media Cell called 'a number of terrorists'.",
       "2018-06-27", "‘on Wednesday night’ before the Thursday 2018-06-28 dateline: Wednesday 2018-06-27",
       "Wadi al-Shay", "Kirkuk", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi F-16 jets bombed militant hideouts in the Wadi al-Shay valley south of Kirkuk on Wednesday night, killing \"a number of terrorists\", the Security Media Cell said.",
       note="the attacker's vague claim of enemy dead is not a toll"),
    ev("Gunmen, whom the PMF called Islamic State militants, attacked a PMF post near Bashir, killing three fighters and wounding two.",
       "2018-06-26", "‘Late on Tuesday’ before the Thursday 2018-06-28 dateline: Tuesday 2018-06-26",
       "Bashir", "Kirkuk", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       3, None, 2, None,
       "Late on Tuesday, gunmen attacked a Popular Mobilization post near the Turkmen village of Bashir, south of Kirkuk, killing three fighters and wounding two. The PMF said the attackers were Islamic State militants who had crossed from the Hamrin mountains.",
       note="blamed on Islamic State by the PMF with no denial: named"),
    ev("Kirkuk police arrested an Islamic State 'emir' and four aides in a raid in Hawija.",
       "2018-06-26", "‘in a raid in Hawija on Tuesday’, before the Thursday 2018-06-28 dateline: Tuesday 2018-06-26",
       "Hawija", "Kirkuk", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Kirkuk police said they had arrested an Islamic State \"emir\" and four of his aides in a raid in Hawija on Tuesday.",
       arrested=5),
],
figures=[
    fig("killed", 30, "Baghdad-Kirkuk highway",
        "Since the start of the year, militants have killed at least 30 people at fake checkpoints and in ambushes on the highway"),
    fig("fighters", 1500, "Hamrin mountains, Wadi al-Shay and the desert west of Kirkuk",
        "Iraqi officials estimate that between 1,500 and 2,000 militants are still active in the Hamrin mountains, Wadi al-Shay and the desert west of Kirkuk",
        note="range 1,500-2,000"),
])

report("b32-30", "2019-10-13", "https://www.example-euphratesdispatch.com/ne-syria/2019/10/13/tal-abyad-ras-al-ain-m4",
"ordinary", "abbr",
"""
Turkish-backed fighters enter Tal Abyad; Kurdish politician killed on highway

QAMISHLI, Syria, Oct. 13 (Euphrates Dispatch) - Turkish-backed Syrian rebel factions said they had seized the centre of the border town of Tal Abyad on Sunday, the fifth day of Turkey's offensive against the Kurdish-led Syrian Democratic Forces in north-eastern Syria. The SDF at first denied that the town had fallen, but by the afternoon the Syrian Observatory for Human Rights confirmed that the factions held the centre.

Further east, in Ras al-Ain, SDF fighters held out for a fourth day against an assault by the factions, backed by Turkish artillery and drones. The Observatory said 14 SDF fighters and nine Turkish-backed fighters were killed there on Saturday.

The SDF said a woman politician, the secretary-general of the Future Syria Party, and her driver were killed on Saturday morning when fighters of the Turkish-backed Ahrar al-Sharqiya faction stopped their car on the M4 highway south of Tal Abyad. Ahrar al-Sharqiya denied any involvement, and Turkey's defence ministry said its allies had not been operating on that stretch of road.

Turkish shells struck the town of Derbasiyah on Friday, killing two civilians and wounding six, Kurdish health officials said. Turkey says it targets only "terrorist" positions.

Kurdish officials said about 750 relatives of foreign Islamic State members escaped from the Ain Issa camp on Sunday after Turkish shelling nearby, and that guards had fled.

Turkey's defence ministry said its forces had "neutralised" 480 militants since the offensive began on Wednesday. The SDF said 56 of its fighters had been killed. The United Nations says about 130,000 people have been displaced.
""",
events=[
    ev("Turkish-backed Syrian rebel factions seized the centre of Tal Abyad; the Observatory confirmed it after an SDF denial.",
       "2019-10-13", "‘on Sunday’, the day of the Sunday 2019-10-13 dateline",
       "Tal Abyad", "Raqqa", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       None, None, None, None,
       "Turkish-backed Syrian rebel factions said they had seized the centre of the border town of Tal Abyad on Sunday, the fifth day of Turkey's offensive against the Kurdish-led Syrian Democratic Forces in north-eastern Syria. The SDF at first denied that the town had fallen, but by the afternoon the Syrian Observatory for Human Rights confirmed that the factions held the centre.",
       note="the capture is confirmed by an independent monitor"),
    ev("Fighting in Ras al-Ain between the SDF and the Turkish-backed factions killed 14 SDF fighters and nine Turkish-backed fighters.",
       "2019-10-12", "‘on Saturday’ before the Sunday 2019-10-13 dateline: Saturday 2019-10-12",
       "Ras al-Ain", "Hasakah", "SY", "battle", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       23, None, None, None,
       "Further east, in Ras al-Ain, SDF fighters held out for a fourth day against an assault by the factions, backed by Turkish artillery and drones. The Observatory said 14 SDF fighters and nine Turkish-backed fighters were killed there on Saturday.",
       note="23 = 14 + 9"),
    ev("A Future Syria Party politician and her driver were killed on the M4 highway south of Tal Abyad; the SDF blamed Ahrar al-Sharqiya, which denied it.",
       "2019-10-12", "‘on Saturday morning’ before the Sunday 2019-10-13 dateline: Saturday 2019-10-12",
       "M4 highway south of Tal Abyad", "Raqqa", "SY", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "The SDF said a woman politician, the secretary-general of the Future Syria Party, and her driver were killed on Saturday morning when fighters of the Turkish-backed Ahrar al-Sharqiya faction stopped their car on the M4 highway south of Tal Abyad. Ahrar al-Sharqiya denied any involvement",
       note="blame by the SDF, denied by the faction: actor1 unknown"),
    ev("Turkish shells struck Derbasiyah, killing two civilians and wounding six.",
       "2019-10-11", "‘on Friday’ before the Sunday 2019-10-13 dateline: Friday 2019-10-11",
       "Derbasiyah", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "civilians",
       2, None, 6, None,
       "Turkish shells struck the town of Derbasiyah on Friday, killing two civilians and wounding six, Kurdish health officials said."),
    ev("Turkish shelling near the Ain Issa camp, after which about 750 relatives of foreign Islamic State members escaped.",
       "2019-10-13", "‘on Sunday’, the day of the Sunday 2019-10-13 dateline",
       "Ain Issa camp", "Raqqa", "SY", "explosion", "Turkish Armed Forces", "unknown",
       None, None, None, None,
       "Kurdish officials said about 750 relatives of foreign Islamic State members escaped from the Ain Issa camp on Sunday after Turkish shelling nearby, and that guards had fled.",
       note="shelling told only as the cause of the escape; a coder could leave it out", optional=True),
],
figures=[
    fig("other", 750, "Ain Issa camp",
        "about 750 relatives of foreign Islamic State members escaped from the Ain Issa camp", note="escaped from the camp"),
    fig("other", 480, "north-eastern Syria",
        "Turkey's defence ministry said its forces had \"neutralised\" 480 militants since the offensive began on Wednesday.",
        note="'neutralised': a claim"),
    fig("killed", 56, "north-eastern Syria",
        "The SDF said 56 of its fighters had been killed.", note="SDF dead since Wednesday"),
    fig("displaced", 130000, "north-eastern Syria",
        "The United Nations says about 130,000 people have been displaced."),
])

report("b32-31", "2019-01-16", "https://www.example-levantwire.com/syria/2019/01/16/manbij-restaurant-blast-us-troops",
"short", "nodate",
"""
Blast at Manbij restaurant kills US troops and civilians

MANBIJ, Syria (Levant Wire) - A suicide bomber blew himself up near a restaurant in the centre of Manbij on Wednesday, killing at least 15 people, among them US soldiers, the Syrian Observatory for Human Rights said. The US-led coalition confirmed that American service members had been killed while on patrol but gave no number. Islamic State claimed the attack through its Amaq agency hours later. The city has been held by the SDF-allied Manbij Military Council since 2016.
""",
events=[
    ev("A suicide bomber blew himself up near a restaurant in central Manbij, killing at least 15 people including US soldiers; Islamic State claimed it.",
       "2019-01-16", "‘on Wednesday’, the day of the Wednesday 2019-01-16 publication (the dateline gives no date)",
       "restaurant in central Manbij", "Aleppo", "SY", "explosion", "Islamic State", "US-led coalition",
       15, None, None, None,
       "A suicide bomber blew himself up near a restaurant in the centre of Manbij on Wednesday, killing at least 15 people, among them US soldiers, the Syrian Observatory for Human Rights said. [...] Islamic State claimed the attack through its Amaq agency hours later.",
       note="victims are US soldiers and civilians; the claim comes last"),
],
figures=[])

report("b32-32", "2019-07-23", "https://www.example-orientwire.com/syria/2019/07/23/maarat-al-numan-market-strikes",
"ordinary", "full",
"""
Air strikes on Maarat al-Numan market kill dozens; Russia denies role

IDLIB, July 23 (Orient Wire) - Air strikes on a crowded vegetable market in the town of Maarat al-Numan killed thirty-one people on Monday morning, rescuers from the Syrian civil defence said, in one of the deadliest days since the government and its Russian allies began their offensive on the last rebel stronghold at the end of April. The Syrian Observatory for Human Rights put the toll at 39, among them eight children, and said dozens more were wounded.

The Observatory said the raids were carried out by Russian aircraft. Russia's defence ministry said on Tuesday that its air force had not flown any missions in the area, and called the reports "fake news".

"We were pulling out bodies until the evening," said a civil defence volunteer. "Most of them were people buying tomatoes and bread. There was no military position anywhere near the market."

Barrel bombs dropped by government helicopters killed three people in Kafranbel and two in the nearby village of Hass on Monday afternoon, the civil defence said.

On Sunday, rockets fired by what the state news agency SANA called "terrorist organisations" struck the Christian town of Suqaylbiyah in northern Hama, killing a child and wounding four people.

The Observatory says more than 450 civilians have been killed in air strikes and shelling on Idlib and northern Hama since the end of April, and the United Nations says about 400,000 people have fled their homes, most of them to olive groves and camps along the Turkish border. The World Health Organization says 25 health facilities have been hit in the same period.
""",
events=[
    ev("Air strikes on a vegetable market in Maarat al-Numan killed 31 (civil defence) to 39 (Observatory) people; the Observatory blamed Russia, which denied it.",
       "2019-07-22", "‘on Monday morning’ before the Tuesday 2019-07-23 dateline: Monday 2019-07-22",
       "vegetable market, Maarat al-Numan", "Idlib", "SY", "explosion", "unknown", "civilians",
       31, 39, None, None,
       "Air strikes on a crowded vegetable market in the town of Maarat al-Numan killed thirty-one people on Monday morning, rescuers from the Syrian civil defence said [...] The Syrian Observatory for Human Rights put the toll at 39, among them eight children, and said dozens more were wounded. [...] The Observatory said the raids were carried out by Russian aircraft. Russia's defence ministry said on Tuesday that its air force had not flown any missions in the area",
       note="toll in words; conflicting tolls 31 / 39; blame denied: actor1 unknown; 'dozens' wounded gives null"),
    ev("Barrel bombs dropped by government helicopters killed three people in Kafranbel.",
       "2019-07-22", "‘on Monday afternoon’ before the Tuesday 2019-07-23 dateline: Monday 2019-07-22",
       "Kafranbel", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       3, None, None, None,
       "Barrel bombs dropped by government helicopters killed three people in Kafranbel and two in the nearby village of Hass on Monday afternoon, the civil defence said.",
       note="two places with their own tolls in one sentence: one event each"),
    ev("Barrel bombs dropped by government helicopters killed two people in Hass.",
       "2019-07-22", "‘on Monday afternoon’ before the Tuesday 2019-07-23 dateline: Monday 2019-07-22",
       "Hass", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       2, None, None, None,
       "Barrel bombs dropped by government helicopters killed three people in Kafranbel and two in the nearby village of Hass on Monday afternoon, the civil defence said."),
    ev("Rockets that SANA attributed to 'terrorist organisations' hit Suqaylbiyah, killing a child and wounding four.",
       "2019-07-21", "‘On Sunday’ before the Tuesday 2019-07-23 dateline: Sunday 2019-07-21",
       "Suqaylbiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
       1, None, 4, None,
       "On Sunday, rockets fired by what the state news agency SANA called \"terrorist organisations\" struck the Christian town of Suqaylbiyah in northern Hama, killing a child and wounding four people.",
       note="state media's 'terrorist organisations' are the rebels; nobody denies it"),
],
figures=[
    fig("killed", 450, "Idlib and northern Hama",
        "The Observatory says more than 450 civilians have been killed in air strikes and shelling on Idlib and northern Hama since the end of April"),
    fig("displaced", 400000, "Idlib and northern Hama",
        "the United Nations says about 400,000 people have fled their homes"),
    fig("other", 25, "Idlib and northern Hama",
        "The World Health Organization says 25 health facilities have been hit in the same period.", note="health facilities hit"),
])

report("b32-33", "2019-06-10", "https://www.example-gulfanalysis.com/iraq/2019/06/10/islamic-state-insurgency-simmers",
"long", "none",
"""
Two years after Mosul, Islamic State's insurgency simmers in Iraq's hinterland
By our Middle East analyst
Published June 10, 2019

Nearly two years after Iraqi forces fought their way through the last lanes of Mosul's Old City, and eighteen months after Baghdad declared victory over Islamic State, the group has not gone away. It has gone back underground.

In the farmland and orchards of Diyala, the dry riverbeds of Kirkuk's Wadi al-Shay, the caves of the Hamrin mountains and the empty desert that stretches from Anbar to the Syrian border, small cells of fighters move at night, hide by day and strike where the state is thinnest. Iraqi officers describe an enemy that no longer tries to hold a town, but wants everyone to know it could.

The numbers are smaller than in the years of the caliphate, but they are not small. US military officials estimate that the group still has between 14,000 and 18,000 members across Iraq and Syria, many of them in Iraq. Iraqi security officials count about 80 attacks a month in the country in the first months of this year, compared with more than 250 a month at the height of the battle for Mosul. Most of them are not reported outside the districts where they happen.

The pattern is familiar to anyone who watched the group rebuild after its near-defeat a decade ago. A few men on motorcycles fire at a checkpoint and vanish. A bomb is buried on a road used by the supply trucks of the Popular Mobilization Forces. A village headman who works with the army is taken from his home at night. Farmers who refuse to pay are warned that their wheat will burn.

"They are testing us," said a commander of a Popular Mobilization brigade that holds positions in the Hamrin foothills. "They want to see where we are weak, where the army and the Hashd and the Peshmerga do not talk to each other. And there are many such places."

Those gaps are widest in the disputed territories between Baghdad and the Kurdistan Region, from Sinjar to Khanaqin, where federal forces replaced the Peshmerga in October 2017. Kurdish officials say the militants have exploited the lack of coordination along a line more than 1,000 km long.

The group's deadliest attacks since it lost its territory have been in places it knew well. In January 2018, two suicide bombers killed dozens of day labourers in Baghdad's Tayaran Square. That summer, militants dressed as soldiers set up fake checkpoints on the Baghdad-Kirkuk highway and abducted travellers. In the years before that, the memory of the massacre of hundreds of air force cadets at Camp Speicher near Tikrit in June 2014 still shapes how Shi'ite militiamen look at the Sunni villages around them.

The wounds of the war are far from healed. About 1.6 million Iraqis are still displaced, according to the International Organization for Migration, while more than 4.2 million have returned to their home districts. In camps in Nineveh, Anbar and Salahuddin, families accused of links to the militants say they cannot go back because their neighbours, or the local security forces, will not let them.

The United Nations has documented more than 200 mass graves in areas the group once held, and says they may contain as many as 12,000 bodies. Only a fraction have been excavated.

Iraq's prisons hold more than 19,000 people detained on suspicion of belonging to the group, according to government figures, and its courts have handed down hundreds of death sentences in trials that rights groups say often last only minutes. Across the border, about 30,000 Iraqi citizens, most of them women and children, are held in the al-Hol camp in north-eastern Syria, and Baghdad has not decided what to do with them.

Sunni leaders in Anbar warn that the conditions that helped the group grow in 2013 and 2014 are returning: unemployment, destroyed towns that have not been rebuilt, and young men who have been detained without charge. "In Ramadi we have new bridges and a new hospital," said a tribal sheikh. "In the villages around it, there is nothing. And nothing is where they recruit."

Iraqi commanders insist the situation is under control. The Joint Operations Command says its forces carry out clearing operations every week in the deserts and the Hamrin range, and that the coalition still provides surveillance and air support. Around 5,200 US troops remain in Iraq in an advisory role.

"Islamic State as a state is finished," said a senior officer in Baghdad. "Islamic State as an idea, as a network of men with weapons and nothing to lose, will be with us for years. The question is whether we fight it with soldiers alone."
""",
events=[],
figures=[
    fig("fighters", 14000, "Iraq and Syria",
        "US military officials estimate that the group still has between 14,000 and 18,000 members across Iraq and Syria",
        note="range 14,000-18,000"),
    fig("other", 80, "Iraq",
        "Iraqi security officials count about 80 attacks a month in the country in the first months of this year",
        note="attacks a month"),
    fig("other", 250, "Iraq",
        "compared with more than 250 a month at the height of the battle for Mosul", note="attacks a month, 2017"),
    fig("displaced", 1600000, "Iraq",
        "About 1.6 million Iraqis are still displaced, according to the International Organization for Migration"),
    fig("returned", 4200000, "Iraq",
        "more than 4.2 million have returned to their home districts"),
    fig("other", 200, "Iraq",
        "The United Nations has documented more than 200 mass graves in areas the group once held", note="mass graves"),
    fig("killed", 12000, "Iraq",
        "they may contain as many as 12,000 bodies", note="bodies in mass graves, an upper estimate"),
    fig("arrested", 19000, "Iraq",
        "Iraq's prisons hold more than 19,000 people detained on suspicion of belonging to the group"),
    fig("displaced", 30000, "al-Hol camp",
        "about 30,000 Iraqi citizens, most of them women and children, are held in the al-Hol camp in north-eastern Syria"),
    fig("fighters", 5200, "Iraq",
        "Around 5,200 US troops remain in Iraq in an advisory role.", note="US troops"),
],
country_hint="IQ")

report("b32-34", "2014-08-25", "https://www.example-levantwire.com/syria/2014/08/25/tabqa-airbase-falls-islamic-state",
"ordinary", "abbr",
"""
Islamic State seizes Tabqa air base, last government foothold in Raqqa province

BEIRUT, Aug. 25 (Levant Wire) - Islamic State fighters captured the Tabqa military airport in northern Syria on Sunday after days of fighting, giving the group full control of Raqqa province, the Syrian Observatory for Human Rights said. State television said the garrison had been "relocated" and that the army was striking militant gatherings around the base.

The Observatory said more than 170 soldiers and 346 Islamic State fighters had been killed since the assault on the base began last week, making it one of the bloodiest battles between the group and the army.

On Sunday evening, after the base fell, government warplanes carried out at least 14 strikes on the city of Raqqa, the group's stronghold, the Observatory said. The strikes killed nine people, five of them Islamic State fighters and four civilians, it said.

Supporters of the group posted pictures online that they said showed soldiers who had fled the base being marched through the desert.

In the eastern province of Deir ez-Zor, the Observatory said it had documented the killing by Islamic State of about 700 members of the Sheitaat tribe in and around the villages of Abu Hamam, Kishkiyeh and Gharanij over the past two weeks, most of them civilians, after the tribe rose up against the militants.

The Observatory estimates that Islamic State now has some 50,000 fighters in Syria, including about 20,000 foreigners. The group, which declared a "caliphate" in June across the territory it holds in Syria and Iraq, has been the target of US air strikes in northern Iraq since August 8, but not in Syria.
""",
events=[
    ev("Islamic State fighters captured the Tabqa military airport after days of fighting, taking full control of Raqqa province.",
       "2014-08-24", "‘on Sunday’ before the Monday 2014-08-25 dateline: Sunday 2014-08-24",
       "Tabqa military airport", "Raqqa", "SY", "territory_gain", "Islamic State", "Syrian government forces",
       None, None, None, None,
       "Islamic State fighters captured the Tabqa military airport in northern Syria on Sunday after days of fighting, giving the group full control of Raqqa province, the Syrian Observatory for Human Rights said.",
       note="the dead of the whole battle (170 soldiers, 346 militants) are kept as figures"),
    ev("Government warplanes carried out at least 14 strikes on Raqqa city, killing five Islamic State fighters and four civilians.",
       "2014-08-24", "‘On Sunday evening’ before the Monday 2014-08-25 dateline: Sunday 2014-08-24",
       "Raqqa", "Raqqa", "SY", "explosion", "Syrian government forces", "Islamic State",
       9, None, None, None,
       "On Sunday evening, after the base fell, government warplanes carried out at least 14 strikes on the city of Raqqa, the group's stronghold, the Observatory said. The strikes killed nine people, five of them Islamic State fighters and four civilians, it said.",
       note="9 = 5 militants + 4 civilians"),
    ev("Islamic State killed about 700 members of the Sheitaat tribe in and around Abu Hamam, Kishkiyeh and Gharanij over two weeks.",
       None, "‘over the past two weeks’, no day given",
       "Abu Hamam, Kishkiyeh and Gharanij", "Deir ez-Zor", "SY", "attack_on_civilians", "Islamic State", "civilians",
       700, None, None, None,
       "In the eastern province of Deir ez-Zor, the Observatory said it had documented the killing by Islamic State of about 700 members of the Sheitaat tribe in and around the villages of Abu Hamam, Kishkiyeh and Gharanij over the past two weeks, most of them civilians, after the tribe rose up against the militants.",
       note="an aggregate of killings over two weeks: optional", optional=True),
],
figures=[
    fig("killed", 170, "Tabqa military airport",
        "The Observatory said more than 170 soldiers and 346 Islamic State fighters had been killed since the assault on the base began last week",
        note="soldiers killed over the battle"),
    fig("killed", 346, "Tabqa military airport",
        "The Observatory said more than 170 soldiers and 346 Islamic State fighters had been killed since the assault on the base began last week",
        note="militants killed over the battle"),
    fig("other", 14, "Raqqa",
        "government warplanes carried out at least 14 strikes on the city of Raqqa", note="air strikes"),
    fig("fighters", 50000, "Syria",
        "The Observatory estimates that Islamic State now has some 50,000 fighters in Syria, including about 20,000 foreigners."),
])

report("b32-35", "2019-04-16", "https://www.example-orientwire.com/syria/2019/04/16/eastern-ghouta-one-year-on",
"ordinary", "dayfirst",
"""
A year after the siege, Eastern Ghouta counts its losses

DAMASCUS, 16 April (Orient Wire) - A year after the last rebel fighters were bused out of Eastern Ghouta, bulldozers are clearing the main roads of Douma and Harasta, a few bakeries and pharmacies have reopened, and posters of President Bashar al-Assad hang from buildings whose upper floors no longer exist.

The government says life is returning to normal. Local officials put the population of the former enclave at about 220,000, compared with some 400,000 before the final offensive began in February 2018. More than 60,000 people, fighters and their families among them, left for the rebel-held north under the evacuation deals of March and April last year, and tens of thousands more fled to government-run shelters.

Residents who stayed describe a quieter fear. Men of military age have been called up by the thousand, and the Syrian Network for Human Rights says it has documented about 900 arrests in the Ghouta towns since the government took control, most of them of people who had signed so-called reconciliation agreements. The government says those detained are wanted for crimes.

"The bombs have stopped, that is true," said a teacher in Douma who asked not to be named. "But every week someone's son is taken for the army, or for questioning, and does not come back. We are alive. I would not say more than that."

Reconstruction has barely begun. The United Nations estimates that about 65 percent of the buildings in Douma were damaged or destroyed in five years of siege and bombardment, and Western governments have said they will not pay to rebuild while there is no political settlement. Most of the work so far has been done by residents with their own money.

Many in the town still speak of the suspected chlorine attack of April 7 last year, which international inspectors are still investigating, as the moment the siege was lost. The rebels surrendered within days.

The Ghouta was one of the first places to rise against the government in 2011 and was besieged from 2013. For years its farms fed the capital; now much of the land is mined or burned, and farmers say they need permits to reach their own fields.
""",
events=[],
figures=[
    fig("other", 220000, "Eastern Ghouta",
        "Local officials put the population of the former enclave at about 220,000", note="population now"),
    fig("other", 400000, "Eastern Ghouta",
        "compared with some 400,000 before the final offensive began in February 2018", note="population before the offensive"),
    fig("displaced", 60000, "Eastern Ghouta",
        "More than 60,000 people, fighters and their families among them, left for the rebel-held north under the evacuation deals of March and April last year"),
    fig("arrested", 900, "Eastern Ghouta",
        "the Syrian Network for Human Rights says it has documented about 900 arrests in the Ghouta towns since the government took control"),
    fig("other", 65, "Douma",
        "about 65 percent of the buildings in Douma were damaged or destroyed in five years of siege and bombardment",
        note="percent of buildings damaged"),
],
country_hint="SY")

report("b32-36", "2018-09-08", "https://www.example-basraecho.com/news/2018/09/08/iranian-consulate-torched-basra",
"ordinary", "dayfirst",
"""
Protesters torch Iranian consulate in Basra as unrest spreads

BASRA, 8 September (Basra Echo) - Protesters stormed and set fire to the Iranian consulate in Basra on Friday night, the latest target of a week of unrest over polluted water, power cuts and unemployment in Iraq's oil capital. Consulate staff had left the building before it was overrun, and nobody was hurt, police said. Tehran condemned the attack and demanded that Baghdad punish those responsible.

Earlier on Friday, security forces fired live rounds and tear gas at demonstrators near the provincial government headquarters, killing three protesters and wounding 20, a medical source said.

On Thursday, demonstrators set fire to the provincial government headquarters and to the offices of several political parties and Popular Mobilization factions, among them Badr and Asaib Ahl al-Haq, whose fighters fired at the crowds from the rooftops before fleeing.

Early on Saturday, three Katyusha rockets landed inside the perimeter of Basra airport, near the US consulate. Nobody was hurt, and nobody claimed responsibility, police said.

Police said on Saturday they had arrested 15 people suspected of setting fire to the consulate. A curfew imposed on Friday afternoon was widely ignored.

At least 12 protesters have been killed since the unrest flared on Monday, according to the Iraqi High Commission for Human Rights. More than 30,000 people have been admitted to hospital with stomach illnesses blamed on contaminated tap water since the middle of August, health officials say.

"We are not against anyone. We want water we can drink and electricity in 50 degrees," said a young man outside the burned council building. "They answered us with bullets."
""",
events=[
    ev("Protesters stormed and set fire to the Iranian consulate in Basra; nobody was hurt.",
       "2018-09-07", "‘on Friday night’ before the Saturday 2018-09-08 dateline: Friday 2018-09-07",
       "Iranian consulate, Basra", "Basra", "IQ", "other", "protesters", "none",
       0, None, 0, None,
       "Protesters stormed and set fire to the Iranian consulate in Basra on Friday night, the latest target of a week of unrest over polluted water, power cuts and unemployment in Iraq's oil capital. Consulate staff had left the building before it was overrun, and nobody was hurt, police said.",
       note="riot (violent demonstration); explicit zeros"),
    ev("Security forces fired live rounds and tear gas at demonstrators near the provincial government headquarters, killing three protesters and wounding 20.",
       "2018-09-07", "‘Earlier on Friday’ before the Saturday 2018-09-08 dateline: Friday 2018-09-07",
       "provincial government headquarters, Basra", "Basra", "IQ", "other", "Iraqi Security Forces", "protesters",
       3, None, 20, None,
       "Earlier on Friday, security forces fired live rounds and tear gas at demonstrators near the provincial government headquarters, killing three protesters and wounding 20, a medical source said.",
       note="excessive force against protesters"),
    ev("Demonstrators set fire to the provincial government headquarters and to the offices of political parties and PMF factions, whose fighters fired at them.",
       "2018-09-06", "‘On Thursday’ before the Saturday 2018-09-08 dateline: Thursday 2018-09-06",
       "provincial government headquarters and party offices, Basra", "Basra", "IQ", "other", "protesters", "Popular Mobilization Forces",
       None, None, None, None,
       "On Thursday, demonstrators set fire to the provincial government headquarters and to the offices of several political parties and Popular Mobilization factions, among them Badr and Asaib Ahl al-Haq, whose fighters fired at the crowds from the rooftops before fleeing.",
       note="riot; no casualties stated for this day"),
    ev("Three Katyusha rockets landed inside the perimeter of Basra airport near the US consulate; nobody was hurt or claimed it.",
       "2018-09-08", "‘Early on Saturday’, the day of the Saturday 2018-09-08 dateline",
       "Basra airport", "Basra", "IQ", "explosion", "unknown", "none",
       0, None, 0, None,
       "Early on Saturday, three Katyusha rockets landed inside the perimeter of Basra airport, near the US consulate. Nobody was hurt, and nobody claimed responsibility, police said.",
       note="explicit zeros"),
    ev("Police arrested 15 people suspected of setting fire to the Iranian consulate.",
       None, "‘Police said on Saturday they had arrested’: the statement day, Saturday 2018-09-08, is not given as the day of the arrests",
       "Basra", "Basra", "IQ", "arrest", "Iraqi Security Forces", "protesters",
       None, None, None, None,
       "Police said on Saturday they had arrested 15 people suspected of setting fire to the consulate.",
       arrested=15),
],
figures=[
    fig("killed", 12, "Basra",
        "At least 12 protesters have been killed since the unrest flared on Monday, according to the Iraqi High Commission for Human Rights."),
    fig("other", 30000, "Basra",
        "More than 30,000 people have been admitted to hospital with stomach illnesses blamed on contaminated tap water since the middle of August",
        note="hospital admissions for water-borne illness"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
SET = "b32"
N_REPORTS = 36
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# AP-style abbreviations; March to July are never abbreviated
ABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Nineveh": "IQ", "Kirkuk": "IQ", "Salahuddin": "IQ", "Anbar": "IQ", "Diyala": "IQ", "Baghdad": "IQ",
    "Babil": "IQ", "Basra": "IQ", "Erbil": "IQ", "Dohuk": "IQ",
    "Aleppo": "SY", "Raqqa": "SY", "Deir ez-Zor": "SY", "Damascus": "SY", "Rif Dimashq": "SY",
    "Idlib": "SY", "Hama": "SY", "Hasakah": "SY", "Homs": "SY",
}
# actor names allowed in this set (canonical names of EVENTS.md, news-dev's list, the usual
# short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
    "Peshmerga", "Kurdish security forces (Asayish)", "Sinjar Resistance Units (YBS)", "Yazidi fighters",
    "Sunni tribal fighters", "Iraqi government", "US-led coalition", "Syrian Democratic Forces", "YPG",
    "Syrian government forces", "Russian forces", "Syrian rebels", "Hayat Tahrir al-Sham", "Jaysh al-Islam",
    "Turkish Armed Forces", "Turkish-backed Syrian rebels",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
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
        if not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2019, 12, 31)):
            err(rid, f"published {pub} outside 2014-2019")
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
    if any(hinted[c] < 2 for c in COUNTRIES):
        err("set", f"reports without events should include at least two from each country: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
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
