#!/usr/bin/env python3
"""probe-blind20: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: who acted, and against whom (defences, state operations, passive voice, nominalisations,
back-references, late claims, blame and denial, joint operations, clashes between armed groups).

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
# b20-01 .. b20-09
# ---------------------------------------------------------------------------

report("b20-01", "2015-07-09", "https://www.example-rafidainwire.com/iraq/2015/07/09/haqlaniyah-assault-fought-off",
"""
Iraqi troops and tribal fighters fight off Islamic State assault near Haditha

BAGHDAD, July 9 (Rafidain Wire) - An Islamic State assault on army and tribal positions on the western edge of Haqlaniyah, a town on the Euphrates a few kilometres from Haditha, was fought off late on Tuesday after nearly four hours of fighting, security officials in Anbar province said.

The militants advanced on foot and in pick-up trucks from the desert shortly before sunset, an army officer said. "They came in three groups and we held them at the railway line," said a commander of the local tribal fighters, who are paid and armed by the government. Three soldiers and two tribal fighters were killed and seven were wounded, while the army said the bodies of 14 attackers had been left on the field.

In an online statement on Wednesday, the group said its fighters had "killed dozens of apostates" and held parts of the town for several hours, a claim local officials dismissed as propaganda.

The US-led coalition said in its daily update on Wednesday that it had carried out two air strikes near Haditha on Tuesday that destroyed an Islamic State tactical unit, a vehicle and three fighting positions. It gave no casualty figures.

On Monday night, mortar rounds fired by the jihadists from their positions across the river fell on a residential quarter of al-Baghdadi, further down the Euphrates, wounding four members of one family, a local council member said.

Soldiers and police combed the orchards north of Haqlaniyah on Wednesday and detained five men suspected of acting as spotters for the militants, the provincial police command said.

Haditha, home to a strategic dam, has been surrounded on three sides by Islamic State since the group swept across much of Anbar last year, and the fall of the provincial capital Ramadi in May pushed thousands more families east toward Baghdad. According to the local council, more than 3,000 families from Haqlaniyah and the nearby town of Barwana are now displaced inside Haditha district.
""",
events=[
    ev("Islamic State fighters attacked army and tribal positions on the western edge of Haqlaniyah and were fought off after nearly four hours; three soldiers and two tribal fighters killed, seven wounded, and the army counted 14 dead attackers.",
       "2015-07-07", "‘late on Tuesday’ before the Thursday 2015-07-09 dateline: Tuesday 2015-07-07",
       "Haqlaniyah", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       19, None, 7, None,
       "An Islamic State assault on army and tribal positions on the western edge of Haqlaniyah, a town on the Euphrates a few kilometres from Haditha, was fought off late on Tuesday after nearly four hours of fighting [...] Three soldiers and two tribal fighters were killed and seven were wounded, while the army said the bodies of 14 attackers had been left on the field.",
       note="19 = 3 soldiers + 2 government-armed tribal fighters + 14 attackers (army count); the group's claim of 'dozens' killed is not used"),
    ev("The US-led coalition carried out two air strikes near Haditha that destroyed an Islamic State tactical unit, a vehicle and three fighting positions.",
       "2015-07-07", "strikes ‘on Tuesday’, reported in the update of Wednesday 2015-07-08: Tuesday 2015-07-07",
       "near Haditha", "Anbar", "IQ", "explosion", "US-led coalition", "Islamic State",
       None, None, None, None,
       "The US-led coalition said in its daily update on Wednesday that it had carried out two air strikes near Haditha on Tuesday that destroyed an Islamic State tactical unit, a vehicle and three fighting positions. It gave no casualty figures."),
    ev("Mortar rounds fired by Islamic State from across the river fell on a residential quarter of al-Baghdadi, wounding four members of one family.",
       "2015-07-06", "‘On Monday night’ before the Thursday 2015-07-09 dateline: Monday 2015-07-06",
       "al-Baghdadi", "Anbar", "IQ", "explosion", "Islamic State", "civilians",
       None, None, 4, None,
       "On Monday night, mortar rounds fired by the jihadists from their positions across the river fell on a residential quarter of al-Baghdadi, further down the Euphrates, wounding four members of one family",
       note="'the jihadists' refers back to Islamic State"),
    ev("Soldiers and police searching the orchards north of Haqlaniyah detained five men suspected of spotting for the militants.",
       "2015-07-08", "‘on Wednesday’ before the Thursday 2015-07-09 dateline: Wednesday 2015-07-08",
       "orchards north of Haqlaniyah", "Anbar", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Soldiers and police combed the orchards north of Haqlaniyah on Wednesday and detained five men suspected of acting as spotters for the militants",
       arrested=5),
],
figures=[
    fig("displaced", 3000, "Haditha district",
        "more than 3,000 families from Haqlaniyah and the nearby town of Barwana are now displaced inside Haditha district",
        note="families, not people"),
])

report("b20-02", "2014-06-24", "https://www.example-sahelstandard.com/news/2014/06/24/troops-repel-gajiram-attack",
"""
Troops repel Boko Haram attack on Gajiram; gunmen kill 11 worshippers in Mainok

MAIDUGURI, June 24 (Sahel Standard) - Soldiers on Sunday night repelled an attack by Boko Haram insurgents on a military base in Gajiram, headquarters of Nganzai Local Government Area of Borno State, killing 21 of the attackers, the Defence Headquarters said on Monday.

A statement by a defence spokesman, Brigadier-General Salisu Kwaru Adamu, said the insurgents came in a convoy of pick-up trucks and motorcycles and "were met with superior firepower". Two soldiers lost their lives and five others were wounded, the statement added.

Residents who fled to Maiduguri said the attackers burnt part of the Gajiram market and several shops before they were driven out of the town.

In a separate incident on Saturday evening, gunmen on motorcycles opened fire on worshippers leaving a mosque in Mainok, a town on the Maiduguri-Damaturu highway, killing 11 people and wounding six, a local vigilante leader told our correspondent. No group claimed the killings, and the vigilante leader said he could not tell who the gunmen were, although the highway has been attacked by Boko Haram several times this year.

Also on Monday, members of the Civilian Joint Task Force arrested three suspected insurgents carrying improvised explosive devices at a checkpoint in the Bulumkutu area of Maiduguri and handed them over to the military, a spokesman for the vigilante group said.

Borno has been under a state of emergency since May last year, and the abduction of more than 200 schoolgirls from Chibok in April has drawn world attention to the insurgency. The state emergency management agency says more than 250,000 people have been displaced in the state by the violence.
""",
events=[
    ev("Boko Haram insurgents in pick-ups and on motorcycles attacked the military base in Gajiram and were repelled; the army says 21 attackers killed, two soldiers killed and five wounded.",
       "2014-06-22", "‘on Sunday night’ before the Tuesday 2014-06-24 dateline: Sunday 2014-06-22",
       "Gajiram", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       23, None, 5, None,
       "Soldiers on Sunday night repelled an attack by Boko Haram insurgents on a military base in Gajiram, headquarters of Nganzai Local Government Area of Borno State, killing 21 of the attackers [...] Two soldiers lost their lives and five others were wounded, the statement added.",
       note="23 = 21 attackers (army count) + 2 soldiers"),
    ev("Gunmen on motorcycles opened fire on worshippers leaving a mosque in Mainok, killing 11 and wounding six; nobody claimed it and the attackers were not identified.",
       "2014-06-21", "‘on Saturday evening’ before the Tuesday 2014-06-24 dateline: Saturday 2014-06-21",
       "mosque in Mainok", "Borno", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       11, None, 6, None,
       "In a separate incident on Saturday evening, gunmen on motorcycles opened fire on worshippers leaving a mosque in Mainok, a town on the Maiduguri-Damaturu highway, killing 11 people and wounding six",
       note="gunmen not identified; Boko Haram only mentioned as having attacked the highway before"),
    ev("Civilian JTF members arrested three suspected insurgents carrying IEDs at a checkpoint in Bulumkutu, Maiduguri, and handed them to the military.",
       "2014-06-23", "‘Also on Monday’ before the Tuesday 2014-06-24 dateline: Monday 2014-06-23",
       "Bulumkutu, Maiduguri", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Also on Monday, members of the Civilian Joint Task Force arrested three suspected insurgents carrying improvised explosive devices at a checkpoint in the Bulumkutu area of Maiduguri",
       note="CJTF vigilantes counted with Nigerian security forces", arrested=3),
],
figures=[
    fig("displaced", 250000, "Borno",
        "The state emergency management agency says more than 250,000 people have been displaced in the state by the violence."),
])

report("b20-03", "2016-10-12", "https://www.example-bosttimes.com/helmand/2016/10/12/nad-ali-checkpoints-attack",
"""
Afghan forces fight off Taliban attack in Nad Ali; roadside bomb kills two in Lashkar Gah

LASHKAR GAH, October 12 (Bost Times) - Afghan security forces fought off a Taliban attack on a cluster of police checkpoints in the Chah-e Anjir area of Nad Ali district overnight on Monday, provincial officials said.

Eight policemen were killed and six wounded in the fighting, which lasted until dawn, said Farid Ahmad Sarwari, a spokesman for the provincial police chief. The Ministry of Interior said in a statement on Tuesday that 30 insurgents had been killed, among them a local commander. A Taliban spokesman, in a message to journalists, said the group's fighters had killed 22 policemen and captured two checkpoints.

A government air strike in Marjah district on Tuesday killed 12 militants, including the Taliban's shadow district chief, the governor's spokesman said. The insurgents said the strike had hit a house and killed civilians, a claim the governor's office rejected.

In Lashkar Gah itself, a roadside bomb tore through a rickshaw on the road to Bost airport on Tuesday morning, killing two civilians and wounding three. The police blamed the Taliban; the group denied any role, saying its fighters do not target civilians.

Helmand has seen some of the heaviest fighting of the year. Since August the Taliban have pushed to the edges of the provincial capital, and more than 30,000 people have fled their homes in Nad Ali, Nawa and Marjah, according to the provincial refugees department.
""",
events=[
    ev("Taliban fighters attacked a cluster of police checkpoints in Chah-e Anjir, Nad Ali, overnight and were fought off; eight policemen killed and six wounded, 30 insurgents killed per the interior ministry.",
       "2016-10-10", "‘overnight on Monday’ before the Wednesday 2016-10-12 dateline; overnight takes the first night, Monday 2016-10-10",
       "Chah-e Anjir, Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       38, None, 6, None,
       "Afghan security forces fought off a Taliban attack on a cluster of police checkpoints in the Chah-e Anjir area of Nad Ali district overnight on Monday [...] Eight policemen were killed and six wounded in the fighting, which lasted until dawn [...] The Ministry of Interior said in a statement on Tuesday that 30 insurgents had been killed, among them a local commander.",
       note="38 = 8 policemen + 30 insurgents (ministry count); the Taliban claim of 22 policemen killed is not used"),
    ev("A government air strike in Marjah district killed 12 militants including the Taliban shadow district chief, per the governor's spokesman; the Taliban said civilians died.",
       "2016-10-11", "‘on Tuesday’ before the Wednesday 2016-10-12 dateline: Tuesday 2016-10-11",
       "Marjah", "Helmand", "AF", "explosion", "Afghan security forces", "Taliban",
       12, None, None, None,
       "A government air strike in Marjah district on Tuesday killed 12 militants, including the Taliban's shadow district chief, the governor's spokesman said. The insurgents said the strike had hit a house and killed civilians, a claim the governor's office rejected.",
       note="Taliban say civilians were killed; rejected by the governor's office"),
    ev("A roadside bomb hit a rickshaw on the road to Bost airport in Lashkar Gah, killing two civilians and wounding three; police blamed the Taliban, who denied it.",
       "2016-10-11", "‘on Tuesday morning’ before the Wednesday 2016-10-12 dateline: Tuesday 2016-10-11",
       "road to Bost airport, Lashkar Gah", "Helmand", "AF", "explosion", "unknown", "civilians",
       2, None, 3, None,
       "In Lashkar Gah itself, a roadside bomb tore through a rickshaw on the road to Bost airport on Tuesday morning, killing two civilians and wounding three. The police blamed the Taliban; the group denied any role",
       note="blamed on the Taliban by police, denied by the Taliban: disputed"),
],
figures=[
    fig("displaced", 30000, "Nad Ali, Nawa and Marjah",
        "more than 30,000 people have fled their homes in Nad Ali, Nawa and Marjah, according to the provincial refugees department",
        note="since August"),
])

report("b20-04", "2014-05-13", "https://www.example-levantmonitorwire.com/syria/2014/05/13/busayrah-isil-nusra-clashes",
"""
Dozens killed as ISIL and rival rebels battle for Busayrah

BEIRUT, May 13 (Levant Monitor Wire) - Fighters of the Islamic State of Iraq and the Levant (ISIL) stormed the town of al-Busayrah in eastern Deir ez-Zor province on Sunday, triggering clashes with the Nusra Front and allied Islamist brigades that left at least 26 fighters dead, an activist network said on Monday.

Seventeen of the dead were ISIL members and nine belonged to the rival factions, according to the Euphrates Activists' Network, which relies on correspondents in the province. A resident reached by telephone gave a higher figure, saying at least 35 fighters from both sides had been killed. By Monday evening the Nusra Front and its allies said they had pushed the jihadists back to the outskirts of the town.

A government air strike on the main market of al-Mayadin on Monday killed seven people, including two children, and wounded more than 20, the network said.

In Deir ez-Zor city, a car bomb exploded on Saturday near a checkpoint of rebel fighters in the Jubaila neighbourhood, killing four of them. Rebel commanders blamed ISIL, which has been accused of similar bombings in rebel-held towns, but an account close to the group denied any involvement and accused "agents of the regime".

ISIL, which al-Qaeda's general command disowned in February, has been fighting an alliance of rebel factions in the east of the country since January over oil fields and border crossings. The activists say some 60,000 people have fled villages along the Euphrates since the end of April.
""",
events=[
    ev("ISIL fighters stormed al-Busayrah and clashed with the Nusra Front and allied brigades; activists counted 26 dead (17 ISIL, 9 rivals), a resident at least 35.",
       "2014-05-11", "‘on Sunday’ before the Tuesday 2014-05-13 dateline: Sunday 2014-05-11",
       "al-Busayrah", "Deir ez-Zor", "SY", "battle", "Islamic State", "Nusra Front",
       26, 35, None, None,
       "Fighters of the Islamic State of Iraq and the Levant (ISIL) stormed the town of al-Busayrah in eastern Deir ez-Zor province on Sunday, triggering clashes with the Nusra Front and allied Islamist brigades that left at least 26 fighters dead [...] Seventeen of the dead were ISIL members and nine belonged to the rival factions [...] A resident reached by telephone gave a higher figure, saying at least 35 fighters from both sides had been killed.",
       note="conflicting tolls: activist network 26 (17 + 9), resident at least 35"),
    ev("A government air strike on the main market of al-Mayadin killed seven people, including two children, and wounded more than 20.",
       "2014-05-12", "‘on Monday’ before the Tuesday 2014-05-13 dateline: Monday 2014-05-12",
       "main market of al-Mayadin", "Deir ez-Zor", "SY", "explosion", "Syrian government forces", "civilians",
       7, None, 20, None,
       "A government air strike on the main market of al-Mayadin on Monday killed seven people, including two children, and wounded more than 20"),
    ev("A car bomb exploded near a rebel checkpoint in the Jubaila neighbourhood of Deir ez-Zor city, killing four rebel fighters; rebels blamed ISIL, which denied it.",
       "2014-05-10", "‘on Saturday’ before the Tuesday 2014-05-13 dateline: Saturday 2014-05-10",
       "Jubaila, Deir ez-Zor", "Deir ez-Zor", "SY", "explosion", "unknown", "Syrian rebels",
       4, None, None, None,
       "In Deir ez-Zor city, a car bomb exploded on Saturday near a checkpoint of rebel fighters in the Jubaila neighbourhood, killing four of them. Rebel commanders blamed ISIL [...] but an account close to the group denied any involvement",
       note="blamed on ISIL by rebels, denied by an account close to ISIL: disputed"),
],
figures=[
    fig("displaced", 60000, "villages along the Euphrates, Deir ez-Zor",
        "The activists say some 60,000 people have fled villages along the Euphrates since the end of April."),
])

report("b20-05", "2015-04-08", "https://www.example-capitalledger.com/pakistan/2015/04/08/senate-panel-nap-briefing",
"""
Senate panel told 6,700 suspects held under anti-terror plan; senators question detentions

ISLAMABAD, April 8 (Capital Ledger) - The interior ministry told a Senate committee on Tuesday that more than 6,700 suspects had been arrested across the country under the National Action Plan against terrorism since January, but gave no figures on how many had been charged or sent to the new military courts.

Officials briefing the Senate Standing Committee on Interior said the crackdown, launched after the massacre at the Army Public School in Peshawar in December, had "broken the back" of militant networks in the cities. Opposition senators were not convinced. "Arresting people is not the same thing as defeating terrorism," one senator said, asking for the numbers to be broken down by province and by banned outfit.

The committee was also told that the military operation against militants in North Waziristan, now in its tenth month, had displaced more than 900,000 people, most of whom are living with host families or in rented houses in Bannu and the surrounding districts. An additional secretary said the return of the displaced families would begin "once the area is fully cleared", but gave no date.

Senators from Balochistan complained that sectarian killings and attacks on security forces in their province were "not even mentioned" in the briefing. The ministry said a separate report on Balochistan and Karachi would be presented at the next meeting.

Human rights groups have warned that the military courts, approved by parliament in January through a constitutional amendment, will try civilians behind closed doors. The government says the courts are a temporary measure, limited to two years, for what it calls an extraordinary situation.
""",
country_hint="PK",
figures=[
    fig("arrested", 6700, "Pakistan",
        "more than 6,700 suspects had been arrested across the country under the National Action Plan against terrorism since January",
        note="running total since January"),
    fig("displaced", 900000, "North Waziristan",
        "the military operation against militants in North Waziristan, now in its tenth month, had displaced more than 900,000 people"),
])

report("b20-06", "2017-06-21", "https://www.example-banadirwire.com/2017/06/21/sabiid-base-raid-afgoye-elder",
"""
Somali troops fight off al-Shabaab raid on Sabiid base; elder shot dead in Afgoye

MOGADISHU, June 21 (Banadir Wire) - Somali National Army soldiers fought off an attack by al-Shabaab militants on their base in Sabiid, a farming village west of Mogadishu in Lower Shabelle region, early on Tuesday, a military officer said.

The militants opened the assault with a car bomb at the gate of the base before trying to storm it on foot, Captain Abdirahman Ali Farah told Banadir Wire by telephone. Five soldiers and nine of the attackers were killed, he said. But a village elder said he had seen the bodies of 12 soldiers being loaded onto army trucks after the fighting.

In a statement carried by websites close to the group, al-Shabaab said its fighters had killed 31 soldiers and seized weapons.

In Afgoye, two gunmen shot dead a clan elder outside a tea shop near the town's bridge on Monday evening and fled on foot, police said. No one has claimed the killing, although al-Shabaab has murdered several elders who took part in the selection of members of parliament last year.

Separately, Somali special forces backed by US advisers raided a village near Awdheegle before dawn on Wednesday, killing eight al-Shabaab fighters and detaining three others, the information ministry said. Residents told Banadir Wire that two of the dead were farmers.

The United Nations says more than 680,000 people have been displaced by drought and conflict across Somalia since November.
""",
events=[
    ev("Al-Shabaab opened an assault on the army base in Sabiid with a car bomb at the gate and tried to storm it; the officer gave five soldiers and nine attackers killed, an elder saw 12 soldiers' bodies.",
       "2017-06-20", "‘early on Tuesday’ before the Wednesday 2017-06-21 dateline: Tuesday 2017-06-20",
       "Sabiid", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
       14, 21, None, None,
       "Somali National Army soldiers fought off an attack by al-Shabaab militants on their base in Sabiid, a farming village west of Mogadishu in Lower Shabelle region, early on Tuesday [...] The militants opened the assault with a car bomb at the gate of the base before trying to storm it on foot [...] Five soldiers and nine of the attackers were killed, he said. But a village elder said he had seen the bodies of 12 soldiers being loaded onto army trucks after the fighting.",
       note="complex attack opening with a car bomb; 14 = 5 soldiers + 9 attackers (officer), 21 = 12 soldiers (elder) + 9 attackers; al-Shabaab's claim of 31 soldiers not used"),
    ev("Two gunmen shot dead a clan elder outside a tea shop near the bridge in Afgoye and fled; no one claimed the killing.",
       "2017-06-19", "‘on Monday evening’ before the Wednesday 2017-06-21 dateline: Monday 2017-06-19",
       "Afgoye", "Lower Shabelle", "SO", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Afgoye, two gunmen shot dead a clan elder outside a tea shop near the town's bridge on Monday evening and fled on foot, police said. No one has claimed the killing",
       note="al-Shabaab only mentioned for earlier killings of elders"),
    ev("Somali special forces backed by US advisers raided a village near Awdheegle before dawn, killing eight al-Shabaab fighters and detaining three; residents say two of the dead were farmers.",
       "2017-06-21", "‘before dawn on Wednesday’, the day of the Wednesday 2017-06-21 dateline",
       "village near Awdheegle", "Lower Shabelle", "SO", "battle", "Somali security forces", "al-Shabaab",
       8, None, None, None,
       "Somali special forces backed by US advisers raided a village near Awdheegle before dawn on Wednesday, killing eight al-Shabaab fighters and detaining three others, the information ministry said. Residents told Banadir Wire that two of the dead were farmers.",
       note="with US advisers; residents dispute that all eight were fighters; three detained"),
],
figures=[
    fig("displaced", 680000, "Somalia",
        "The United Nations says more than 680,000 people have been displaced by drought and conflict across Somalia since November."),
])

report("b20-07", "2018-07-05", "https://www.example-gulfofadendispatch.com/yemen/2018/07/05/durayhimi-counter-attack-hays-shelling",
"""
Government forces repel Houthi counter-attack in Durayhimi; rebel shelling kills three in Hays

ADEN, July 5 (Gulf of Aden Dispatch) - Yemeni government forces backed by the Giants Brigades repelled a Houthi counter-attack on their positions in al-Durayhimi district, south of the port city of Hodeidah, late on Tuesday, military sources said.

The rebels lost 23 fighters in the fighting and government forces six, according to the military media office of the joint forces on the west coast. The Houthis' television channel said "dozens of mercenaries" had been killed, without giving a figure for its own losses.

Rebel shelling of a residential neighbourhood of Hays on Wednesday morning killed three civilians, including a woman, and wounded five others, a medical official in the district said. The Houthis did not comment on the incident.

Coalition warplanes struck a Houthi gathering on the outskirts of Zabid on Wednesday, killing 14 rebels, the Saudi-led coalition said in a statement carried by the Saudi state news agency. The figure could not be independently verified.

The coalition and its Yemeni allies launched their offensive on Hodeidah, the main entry point for food and aid into the north of the country, in mid-June. Aid groups say some 95,000 people have fled the governorate since then, many of them to Aden and to districts on the southern coast.
""",
events=[
    ev("Houthi fighters counter-attacked government positions in al-Durayhimi district and were repelled by government forces and the Giants Brigades; 23 rebels and six government fighters killed.",
       "2018-07-03", "‘late on Tuesday’ before the Thursday 2018-07-05 dateline: Tuesday 2018-07-03",
       "al-Durayhimi district", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces",
       29, None, None, None,
       "Yemeni government forces backed by the Giants Brigades repelled a Houthi counter-attack on their positions in al-Durayhimi district, south of the port city of Hodeidah, late on Tuesday [...] The rebels lost 23 fighters in the fighting and government forces six",
       note="29 = 23 Houthis + 6 government fighters (joint forces' media office); the Houthi claim of 'dozens' not used; Giants Brigades fought with the government forces"),
    ev("Houthi shelling of a residential neighbourhood of Hays killed three civilians including a woman and wounded five.",
       "2018-07-04", "‘on Wednesday morning’ before the Thursday 2018-07-05 dateline: Wednesday 2018-07-04",
       "Hays", "Hodeidah", "YE", "explosion", "Houthis", "civilians",
       3, None, 5, None,
       "Rebel shelling of a residential neighbourhood of Hays on Wednesday morning killed three civilians, including a woman, and wounded five others"),
    ev("Saudi-led coalition warplanes struck a Houthi gathering on the outskirts of Zabid, killing 14 rebels according to the coalition.",
       "2018-07-04", "‘on Wednesday’ before the Thursday 2018-07-05 dateline: Wednesday 2018-07-04",
       "outskirts of Zabid", "Hodeidah", "YE", "explosion", "Saudi-led coalition", "Houthis",
       14, None, None, None,
       "Coalition warplanes struck a Houthi gathering on the outskirts of Zabid on Wednesday, killing 14 rebels, the Saudi-led coalition said",
       note="coalition's own figure, not independently verified"),
],
figures=[
    fig("displaced", 95000, "Hodeidah governorate",
        "Aid groups say some 95,000 people have fled the governorate since then",
        note="since the offensive began in mid-June"),
])

report("b20-08", "2020-12-14", "https://www.example-rwenzoriecho.com/securite/2020/12/14/mayimoya-kokola",
"""
FARDC repel ADF attack on Mayimoya position; nine civilians killed in Kokola

BENI, December 14 (Rwenzori Echo) - The Armed Forces of the Democratic Republic of Congo (FARDC) said on Sunday that they had repelled an attack by ADF rebels on their position at Mayimoya, on the Beni-Eringeti road, in the night of Friday to Saturday.

"Two of our soldiers fell on the field of honour, and five ADF terrorists were neutralised. The enemy fled in disorder," the spokesman of the operations in the sector, Lieutenant Jules Mbuyi Tshibangu, told the Rwenzori Echo.

On Saturday evening, a few hours after the attack on the position, presumed ADF assailants entered the village of Kokola, in the same area, and killed nine civilians with machetes and firearms, the administrator of Beni territory said. The civil society of the area counted 13 bodies. "They went from house to house, they did not take anything, they only killed," a survivor told our correspondent.

The killings in Kokola were claimed on Sunday night by the Islamic State group, which presents the ADF as its Central Africa province, in a message published on its channels.

In the town of Beni, the police and the army arrested six persons suspected of collaborating with the ADF in the Rwangoma neighbourhood on Sunday, the mayor said.

Since the start of the year, more than 800 civilians have been killed in Beni territory in attacks attributed to the ADF, according to the civil society.
""",
events=[
    ev("ADF rebels attacked the FARDC position at Mayimoya on the Beni-Eringeti road overnight and were repelled; two soldiers killed and five ADF 'neutralised'.",
       "2020-12-11", "‘in the night of Friday to Saturday’ before the Monday 2020-12-14 dateline; an overnight attack takes the first night, Friday 2020-12-11",
       "Mayimoya", "North Kivu", "CD", "battle", "ADF", "Congolese security forces",
       7, None, None, None,
       "they had repelled an attack by ADF rebels on their position at Mayimoya, on the Beni-Eringeti road, in the night of Friday to Saturday [...] Two of our soldiers fell on the field of honour, and five ADF terrorists were neutralised.",
       note="7 = 2 soldiers + 5 ADF (army count)"),
    ev("Presumed ADF assailants entered Kokola village and killed civilians with machetes and firearms: nine per the territory administrator, 13 per civil society; claimed by the Islamic State.",
       "2020-12-12", "‘On Saturday evening’ before the Monday 2020-12-14 dateline: Saturday 2020-12-12",
       "Kokola", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       9, 13, None, None,
       "On Saturday evening, a few hours after the attack on the position, presumed ADF assailants entered the village of Kokola, in the same area, and killed nine civilians with machetes and firearms, the administrator of Beni territory said. The civil society of the area counted 13 bodies. [...] The killings in Kokola were claimed on Sunday night by the Islamic State group, which presents the ADF as its Central Africa province",
       note="conflicting tolls: administrator 9, civil society 13; claimed by the Islamic State for the ADF"),
    ev("Police and army arrested six people suspected of collaborating with the ADF in the Rwangoma neighbourhood of Beni.",
       "2020-12-13", "‘on Sunday’ before the Monday 2020-12-14 dateline: Sunday 2020-12-13",
       "Rwangoma, Beni", "North Kivu", "CD", "arrest", "Congolese security forces", "ADF",
       None, None, None, None,
       "In the town of Beni, the police and the army arrested six persons suspected of collaborating with the ADF in the Rwangoma neighbourhood on Sunday",
       arrested=6),
],
figures=[
    fig("killed", 800, "Beni territory",
        "Since the start of the year, more than 800 civilians have been killed in Beni territory in attacks attributed to the ADF",
        note="civilians, running total for the year"),
])

report("b20-09", "2017-11-13", "https://www.example-kalaexpress.com/securite/2017/11/13/convoi-fama-nampala-dogofry",
"""
Army convoy comes under attack between Nampala and Dogofry; JNIM claims

SÉGOU, November 13 (Le Kala Express, English page) - The Malian Armed Forces (FAMa) have informed the public that one of their convoys came under attack from armed individuals on Thursday in the afternoon between Nampala and Dogofry, in the circle of Niono.

According to the communiqué of the General Staff, the provisional toll is of four soldiers killed and three wounded on the side of the FAMa, while two assailants were neutralised and one motorcycle recovered. One vehicle of the convoy was burned.

On Saturday, the Group for the Support of Islam and Muslims (JNIM) claimed the attack in a message sent to a regional news agency, saying that its fighters had "destroyed three vehicles and killed eleven soldiers". The army did not react to this claim.

In the same zone, a public transport vehicle jumped on a mine on Sunday morning on the road between Diabaly and Dogofry, killing three passengers and wounding seven others, according to a health source in Niono. Nobody has claimed the explosion until now.

The zone of Nampala, near the border with Mauritania, is the theatre of repeated attacks since 2015. The circle of Niono counts today more than 6,000 displaced persons, according to the local authorities.
""",
events=[
    ev("A FAMa convoy came under attack between Nampala and Dogofry; four soldiers killed and three wounded, two assailants neutralised; JNIM claimed the attack two days later.",
       "2017-11-09", "‘on Thursday in the afternoon’ before the Monday 2017-11-13 dateline: Thursday 2017-11-09",
       "between Nampala and Dogofry", "Ségou", "ML", "battle", "JNIM", "Malian security forces",
       6, None, 3, None,
       "one of their convoys came under attack from armed individuals on Thursday in the afternoon between Nampala and Dogofry, in the circle of Niono [...] the provisional toll is of four soldiers killed and three wounded on the side of the FAMa, while two assailants were neutralised [...] On Saturday, the Group for the Support of Islam and Muslims (JNIM) claimed the attack",
       note="6 = 4 soldiers + 2 assailants (army count); attributed by JNIM's own claim of Saturday 2017-11-11; its claim of eleven soldiers killed is not used"),
    ev("A public transport vehicle hit a mine on the road between Diabaly and Dogofry, killing three passengers and wounding seven; unclaimed.",
       "2017-11-12", "‘on Sunday morning’ before the Monday 2017-11-13 dateline: Sunday 2017-11-12",
       "road between Diabaly and Dogofry", "Ségou", "ML", "explosion", "unknown", "civilians",
       3, None, 7, None,
       "a public transport vehicle jumped on a mine on Sunday morning on the road between Diabaly and Dogofry, killing three passengers and wounding seven others"),
],
figures=[
    fig("displaced", 6000, "Niono circle",
        "The circle of Niono counts today more than 6,000 displaced persons, according to the local authorities."),
])
# ---------------------------------------------------------------------------
# b20-10 .. b20-18
# ---------------------------------------------------------------------------

report("b20-10", "2024-03-02", "https://www.example-hornledger.com/ethiopia/2024/03/02/debre-tabor-fano-bichena-drone",
"""
Command post says troops thwarted Fano attack on Debre Tabor; residents report deadly drone strike near Bichena

ADDIS ABABA, March 2 (Horn Ledger) - Ethiopian government forces thwarted an attempt by Fano militias to enter the town of Debre Tabor on Thursday, the Amhara region command post said in a statement on Friday, adding that more than 40 "extremists" had been killed and others captured.

Residents reached by telephone said the fighting lasted from early morning until the afternoon and that gunfire could be heard in the town's northern neighbourhoods. A Fano commander in the area told the Horn Ledger that his fighters had "entered and left at will" and that the army had suffered "heavy losses", but gave no figures.

On Wednesday, a drone strike hit a minibus on the road outside Bichena, in East Gojjam zone, killing eight passengers, according to two residents and a health worker. The military did not deny carrying out the strike but said through the command post that it had targeted "a vehicle carrying extremist leaders". Only the federal army is known to use armed drones in the region.

In South Gondar zone, unidentified armed men abducted four employees of a local aid group on the road near Addis Zemen on Tuesday, a colleague said, adding that the kidnappers had demanded a ransom.

The conflict in Amhara began in August last year, when Fano militias, which had fought alongside the army during the war in Tigray, turned against the federal government over plans to dissolve regional special forces. A state of emergency declared in the region at the time was extended last month.
""",
events=[
    ev("Fano militias tried to enter Debre Tabor and were thwarted by government forces after fighting from morning to afternoon; the command post says more than 40 Fano fighters were killed.",
       "2024-02-29", "‘on Thursday’ before the Saturday 2024-03-02 dateline, reported in the statement of Friday 2024-03-01: Thursday 2024-02-29",
       "Debre Tabor", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
       40, None, None, None,
       "Ethiopian government forces thwarted an attempt by Fano militias to enter the town of Debre Tabor on Thursday, the Amhara region command post said in a statement on Friday, adding that more than 40 \"extremists\" had been killed and others captured.",
       note="government count of Fano dead; Fano's 'heavy losses' for the army gives no figure"),
    ev("A drone strike hit a minibus on the road outside Bichena, killing eight passengers per residents and a health worker; the military said it targeted extremist leaders.",
       "2024-02-28", "‘On Wednesday’ before the Saturday 2024-03-02 dateline: Wednesday 2024-02-28",
       "road outside Bichena", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
       8, None, None, None,
       "On Wednesday, a drone strike hit a minibus on the road outside Bichena, in East Gojjam zone, killing eight passengers, according to two residents and a health worker. The military did not deny carrying out the strike but said through the command post that it had targeted \"a vehicle carrying extremist leaders\".",
       note="the military acknowledges the strike and says the target was Fano leaders; residents say passengers"),
    ev("Unidentified armed men abducted four employees of a local aid group on the road near Addis Zemen and demanded ransom.",
       "2024-02-27", "‘on Tuesday’ before the Saturday 2024-03-02 dateline: Tuesday 2024-02-27",
       "road near Addis Zemen", "Amhara", "ET", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In South Gondar zone, unidentified armed men abducted four employees of a local aid group on the road near Addis Zemen on Tuesday",
       note="abduction of four aid workers"),
])

report("b20-11", "2021-09-16", "https://www.example-nigerdispatch.com/securite/2021/09/16/banibangou-anzourou",
"""
Defence forces foil attack on Banibangou post; six farmers killed in Anzourou

NIAMEY, September 16 (Niger Dispatch) - The Defence and Security Forces (FDS) foiled an attack on the military post of Banibangou, in the region of Tillabéri, on Monday, the Ministry of National Defence said in a communiqué read on the national television on Tuesday evening.

"In the afternoon of Monday 13 September 2021, the post of Banibangou was attacked by armed individuals on board of about fifty motorcycles. The vigorous reaction of our forces permitted to push back the assailants after one hour of combat. Provisional balance: on our side, one (1) soldier killed and four (4) wounded; on the enemy side, thirteen (13) terrorists neutralised," the communiqué said.

The attack was claimed on Wednesday by the Islamic State group, which said its fighters had killed "more than 20 soldiers" and burned two vehicles.

In the commune of Anzourou, unidentified men on motorcycles killed six farmers in their fields on Sunday, the mayor said. "They were harvesting millet. The assailants asked for nothing, they just shot," he told our correspondent.

Separately, the army said that joint operations of Nigerien troops and French forces of the Barkhane operation had neutralised around twenty terrorists in the zone of the three borders during the past week, without giving more details.

The region of Tillabéri, where a state of emergency is in force since 2017, counts more than 100,000 internally displaced persons, according to the humanitarian actors.
""",
events=[
    ev("Armed men on about fifty motorcycles attacked the Banibangou military post and were pushed back after an hour; one soldier killed and four wounded, 13 attackers 'neutralised'; the Islamic State claimed the attack.",
       "2021-09-13", "text gives ‘In the afternoon of Monday 13 September 2021’",
       "Banibangou", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
       14, None, 4, None,
       "In the afternoon of Monday 13 September 2021, the post of Banibangou was attacked by armed individuals on board of about fifty motorcycles. [...] Provisional balance: on our side, one (1) soldier killed and four (4) wounded; on the enemy side, thirteen (13) terrorists neutralised [...] The attack was claimed on Wednesday by the Islamic State group",
       note="14 = 1 soldier + 13 attackers (ministry count); attributed by the Islamic State claim of Wednesday 2021-09-15 (its Sahel branch), whose 'more than 20 soldiers' is not used"),
    ev("Unidentified men on motorcycles shot dead six farmers harvesting millet in their fields in Anzourou commune.",
       "2021-09-12", "‘on Sunday’ before the Thursday 2021-09-16 dateline: Sunday 2021-09-12",
       "Anzourou", "Tillabéri", "NE", "attack_on_civilians", "militants (unidentified)", "civilians",
       6, None, None, None,
       "In the commune of Anzourou, unidentified men on motorcycles killed six farmers in their fields on Sunday"),
    ev("Joint operations of Nigerien troops and French Barkhane forces 'neutralised' around twenty terrorists in the three-borders zone over the past week.",
       None, "‘during the past week’; no day given",
       "zone of the three borders", "Tillabéri", "NE", "battle", "Nigerien security forces", "militants (unidentified)",
       20, None, None, None,
       "joint operations of Nigerien troops and French forces of the Barkhane operation had neutralised around twenty terrorists in the zone of the three borders during the past week",
       note="aggregate of unspecified joint operations with French forces; vaguely placed and dated", optional=True),
],
figures=[
    fig("displaced", 100000, "Tillabéri region",
        "The region of Tillabéri, where a state of emergency is in force since 2017, counts more than 100,000 internally displaced persons"),
])

report("b20-12", "2020-09-22", "https://www.example-gulfdiplomaticwire.com/afghanistan/2020/09/22/doha-talks-procedure",
"""
Doha talks stall over procedure as envoys urge cut in violence

DOHA, September 22 (Gulf Diplomatic Wire) - Negotiators for the Afghan government and the Taliban met again on Monday without agreeing on the rules that will govern their talks, more than a week after the opening ceremony in the Qatari capital, people familiar with the discussions said.

The two sides remain divided over which school of Islamic jurisprudence should guide the negotiations and over how to refer to the agreement signed between the Taliban and the United States in February, a member of the government team said. "We are still talking about the table, not yet about what is on it," he said.

Western envoys in Doha urged both delegations to agree first on a reduction of violence. "The level of violence in the provinces remains far too high," one diplomat said, declining to be named. The government says the insurgents carry out dozens of attacks every day on checkpoints and district centres, while the Taliban accuse government forces of air strikes and night raids on villages.

An Afghan monitoring group, the Kabul Centre for Civilian Protection, said in a report last month that 1,150 civilians had been killed and more than 2,000 wounded in the first six months of the year, most of them in ground fighting, roadside bombs and air strikes.

The exchange of prisoners that preceded the talks, under which some 5,000 Taliban prisoners and about 1,000 members of the government forces were released, was completed earlier this month. Families of soldiers still missing have asked the negotiators to put their cases on the agenda.
""",
country_hint="AF",
figures=[
    fig("killed", 1150, "Afghanistan",
        "1,150 civilians had been killed and more than 2,000 wounded in the first six months of the year",
        note="civilians, first half of the year (monitoring group)"),
    fig("wounded", 2000, "Afghanistan",
        "1,150 civilians had been killed and more than 2,000 wounded in the first six months of the year",
        note="civilians, first half of the year (monitoring group)"),
    fig("other", 5000, "Afghanistan",
        "some 5,000 Taliban prisoners and about 1,000 members of the government forces were released",
        note="Taliban prisoners released in the exchange"),
    fig("other", 1000, "Afghanistan",
        "some 5,000 Taliban prisoners and about 1,000 members of the government forces were released",
        note="government forces members released by the Taliban"),
])

report("b20-13", "2019-05-14", "https://www.example-mindanaofrontline.com/2019/05/14/sumisip-patrol-base-attack",
"""
Troops repel Abu Sayyaf attack on Sumisip patrol base; two fishermen seized off Sulu

ISABELA CITY, Basilan, May 14 (Mindanao Frontline Journal) - Soldiers of the Army's 18th Infantry Battalion repelled an attack by around 15 Abu Sayyaf bandits on their patrol base in an upland village of Sumisip town on Sunday afternoon, the military said.

One soldier was killed and two others were wounded in the 30-minute firefight, said Lt. Col. Ramil Dagohoy Sabado, commander of the battalion. "The bandits withdrew toward the forest carrying their dead and wounded," he said.

On Monday, troops pursuing the group caught up with the same band in the hinterlands of Sumisip and killed two of its members in a brief clash, Sabado added. No soldier was hurt in the second encounter.

In Sulu, meanwhile, unidentified armed men on a speedboat abducted two fishermen in the waters off Pangutaran island on Saturday night, the Coast Guard district said. Military officials said they suspected the Abu Sayyaf, but no group has contacted the families.

Police and soldiers also arrested an alleged Abu Sayyaf sub-leader wanted for kidnapping in a house in Isabela City on Monday, the city police office said.

The military says the Abu Sayyaf in Basilan has been reduced to fewer than 40 armed members after a string of surrenders since last year.
""",
events=[
    ev("About 15 Abu Sayyaf members attacked the 18th IB patrol base in an upland village of Sumisip and were repelled after a 30-minute firefight; one soldier killed, two wounded.",
       "2019-05-12", "‘on Sunday afternoon’ before the Tuesday 2019-05-14 dateline: Sunday 2019-05-12",
       "upland village of Sumisip", "Basilan", "PH", "battle", "Abu Sayyaf", "Philippine security forces",
       1, None, 2, None,
       "Soldiers of the Army's 18th Infantry Battalion repelled an attack by around 15 Abu Sayyaf bandits on their patrol base in an upland village of Sumisip town on Sunday afternoon [...] One soldier was killed and two others were wounded in the 30-minute firefight",
       note="the attackers' dead and wounded were carried off and not counted"),
    ev("Troops pursuing the same Abu Sayyaf band clashed with it in the hinterlands of Sumisip, killing two of its members.",
       "2019-05-13", "‘On Monday’ before the Tuesday 2019-05-14 dateline: Monday 2019-05-13",
       "hinterlands of Sumisip", "Basilan", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       2, None, None, None,
       "On Monday, troops pursuing the group caught up with the same band in the hinterlands of Sumisip and killed two of its members in a brief clash",
       note="'the group' and 'the same band' refer back to the Abu Sayyaf; no soldier hurt"),
    ev("Unidentified armed men on a speedboat abducted two fishermen off Pangutaran island; the military suspects the Abu Sayyaf.",
       "2019-05-11", "‘on Saturday night’ before the Tuesday 2019-05-14 dateline: Saturday 2019-05-11",
       "waters off Pangutaran island", "Sulu", "PH", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "unidentified armed men on a speedboat abducted two fishermen in the waters off Pangutaran island on Saturday night",
       note="abduction of two fishermen; Abu Sayyaf only suspected"),
    ev("Police and soldiers arrested an alleged Abu Sayyaf sub-leader wanted for kidnapping in a house in Isabela City.",
       "2019-05-13", "‘on Monday’ before the Tuesday 2019-05-14 dateline: Monday 2019-05-13",
       "Isabela City", "Basilan", "PH", "arrest", "Philippine security forces", "Abu Sayyaf",
       None, None, None, None,
       "Police and soldiers also arrested an alleged Abu Sayyaf sub-leader wanted for kidnapping in a house in Isabela City on Monday",
       arrested=1),
],
figures=[
    fig("fighters", 40, "Basilan",
        "The military says the Abu Sayyaf in Basilan has been reduced to fewer than 40 armed members",
        note="'fewer than 40': an upper bound"),
])

report("b20-14", "2022-06-10", "https://www.example-chindwinvoice.com/en/2022/06/10/kani-air-strike-salingyi-ambush",
"""
Military air strike kills villagers in Kani township; resistance ambush hits army column near Salingyi

MONYWA, June 10 (Chindwin Voice) - A military air strike on a village in Kani township, Sagaing region, killed at least seven civilians, including two children, on Wednesday, residents and a local resistance group said. On Thursday residents said the toll had risen to 10 after three more bodies were pulled from the ruins.

"The jet came twice. The second time it dropped bombs right on the houses near the monastery," said a resident who helped to bury the dead. The junta's information team said in a statement on Thursday that the air force had struck "a training camp of PDF terrorists" in the area and denied that civilians had been hit.

On Tuesday, a People's Defence Force ambush on an army column travelling on the road between Salingyi and Pale killed nine soldiers, the local PDF said in a post on social media. The military did not comment, and the figure could not be verified.

Members of the pro-junta Pyu Saw Htee militia set fire to about 30 houses in a village of Ayadaw township on Saturday, residents said. No one was hurt, as most villagers had fled before the militia arrived.

According to a local aid network, more than 400,000 people have been displaced in Sagaing region since the coup of February 2021.
""",
events=[
    ev("A military air strike hit houses near a monastery in a village of Kani township, killing at least seven civilians including two children, a toll later raised to 10; the junta says it struck a PDF training camp.",
       "2022-06-08", "‘on Wednesday’ before the Friday 2022-06-10 dateline: Wednesday 2022-06-08",
       "village in Kani township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       10, None, None, None,
       "A military air strike on a village in Kani township, Sagaing region, killed at least seven civilians, including two children, on Wednesday [...] On Thursday residents said the toll had risen to 10 after three more bodies were pulled from the ruins.",
       note="revised toll: at least 7, then 10; the junta says the target was a PDF training camp and denies civilian deaths"),
    ev("A People's Defence Force ambush hit an army column on the road between Salingyi and Pale; the PDF claims nine soldiers killed.",
       "2022-06-07", "‘On Tuesday’ before the Friday 2022-06-10 dateline: Tuesday 2022-06-07",
       "road between Salingyi and Pale", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       None, None, None, None,
       "On Tuesday, a People's Defence Force ambush on an army column travelling on the road between Salingyi and Pale killed nine soldiers, the local PDF said in a post on social media. The military did not comment, and the figure could not be verified.",
       note="the attackers' own claim of nine soldiers killed is not used"),
    ev("Pro-junta Pyu Saw Htee militia members set fire to about 30 houses in a village of Ayadaw township; no one was hurt.",
       "2022-06-04", "‘on Saturday’ before the Friday 2022-06-10 dateline: Saturday 2022-06-04",
       "village of Ayadaw township", "Sagaing", "MM", "other", "Pyu Saw Htee", "civilians",
       0, None, 0, None,
       "Members of the pro-junta Pyu Saw Htee militia set fire to about 30 houses in a village of Ayadaw township on Saturday, residents said. No one was hurt",
       note="arson of about 30 houses"),
],
figures=[
    fig("displaced", 400000, "Sagaing region",
        "more than 400,000 people have been displaced in Sagaing region since the coup of February 2021"),
])

report("b20-15", "2017-09-26", "https://www.example-tigrispress.com/2017/09/26/abbasi-retaken-riyadh-counterattack",
"""
Iraqi forces and Hashd retake Abbasi; Islamic State counter-attack near Riyadh fought off

KIRKUK, September 26 (Tigris Press) - Iraqi troops and fighters of the Popular Mobilisation Forces (Hashd al-Shaabi) retook the town of Abbasi, southwest of Hawija, on Monday, the Joint Operations Command said, on the fifth day of the offensive to clear the last Islamic State enclave in Kirkuk province.

The militants tried to slow the advance with at least six suicide car bombs, all of which were destroyed before they reached the troops, a commander of the army's 9th Armoured Division said. He gave no casualty figures.

Late on Sunday, an Islamic State counter-attack on Hashd positions near Riyadh was fought off after several hours. Five Hashd fighters were killed and eight wounded, a spokesman for the force said, adding that 11 of the attackers died.

Iraqi F-16 jets bombed Islamic State positions in the centre of Hawija on Saturday, killing "dozens" of militants, the military's media cell said.

The United Nations estimates that about 85,000 civilians remain inside the Hawija pocket. More than 12,000 people have fled toward Kirkuk and Dibis since the offensive began on Thursday, according to aid groups.
""",
events=[
    ev("Iraqi troops and Popular Mobilisation fighters retook the town of Abbasi from Islamic State.",
       "2017-09-25", "‘on Monday’ before the Tuesday 2017-09-26 dateline: Monday 2017-09-25",
       "Abbasi", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and fighters of the Popular Mobilisation Forces (Hashd al-Shaabi) retook the town of Abbasi, southwest of Hawija, on Monday",
       note="joint operation with the Popular Mobilization Forces"),
    ev("Islamic State sent at least six suicide car bombs against the advancing troops; all were destroyed before reaching them.",
       None, "no day stated; during the advance that took Abbasi ‘on Monday’ (Monday 2017-09-25), but the text does not date the car bombs",
       "approaches to Abbasi", "Kirkuk", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       None, None, None, None,
       "The militants tried to slow the advance with at least six suicide car bombs, all of which were destroyed before they reached the troops",
       note="foiled suicide car bombs, no casualties given; a coder might count them as part of the Abbasi battle", optional=True),
    ev("An Islamic State counter-attack on Hashd positions near Riyadh was fought off; five Hashd fighters killed and eight wounded, 11 attackers killed.",
       "2017-09-24", "‘Late on Sunday’ before the Tuesday 2017-09-26 dateline: Sunday 2017-09-24",
       "near Riyadh", "Kirkuk", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       16, None, 8, None,
       "Late on Sunday, an Islamic State counter-attack on Hashd positions near Riyadh was fought off after several hours. Five Hashd fighters were killed and eight wounded, a spokesman for the force said, adding that 11 of the attackers died.",
       note="16 = 5 Hashd + 11 attackers (Hashd count)"),
    ev("Iraqi F-16s bombed Islamic State positions in the centre of Hawija, killing 'dozens' of militants per the military.",
       "2017-09-23", "‘on Saturday’ before the Tuesday 2017-09-26 dateline: Saturday 2017-09-23",
       "centre of Hawija", "Kirkuk", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi F-16 jets bombed Islamic State positions in the centre of Hawija on Saturday, killing \"dozens\" of militants",
       note="'dozens' gives no count"),
],
figures=[
    fig("civilians_trapped", 85000, "Hawija pocket",
        "The United Nations estimates that about 85,000 civilians remain inside the Hawija pocket."),
    fig("displaced", 12000, "Hawija pocket",
        "More than 12,000 people have fled toward Kirkuk and Dibis since the offensive began on Thursday",
        note="since the offensive began on Thursday 2017-09-21"),
])

report("b20-16", "2019-02-18", "https://www.example-lestinfo.com/securite/2019/02/18/kantchari-gayeri-pama",
"""
Gendarmes come under attack near Kantchari; gold miners killed at Gayéri site

FADA N'GOURMA, February 18 (L'Est Info) - A patrol of the gendarmerie came under attack from unidentified armed individuals on Friday near Kantchari, in the province of the Tapoa, a security source told us. Two gendarmes lost their lives in the exchange of fire and three assailants were killed, the same source said.

On Sunday, armed men raided an artisanal gold mining site near Gayéri, in the province of the Komondjari, and fired on the gold miners. A security source spoke of five dead, while local sources reached by telephone said seven bodies were buried in the evening.

The army said on Sunday that an air-ground operation conducted on Saturday in the zone of Pama, in the province of the Kompienga, had permitted to neutralise about ten terrorists and to destroy a logistics base.

Since the start of the year the Est region has registered more than 20 attacks, and more than 40,000 persons have fled their villages, according to the regional directorate of humanitarian action.
""",
events=[
    ev("Unidentified armed men attacked a gendarmerie patrol near Kantchari; two gendarmes and three assailants killed.",
       "2019-02-15", "‘on Friday’ before the Monday 2019-02-18 dateline: Friday 2019-02-15",
       "near Kantchari", "Est", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       5, None, None, None,
       "A patrol of the gendarmerie came under attack from unidentified armed individuals on Friday near Kantchari, in the province of the Tapoa, a security source told us. Two gendarmes lost their lives in the exchange of fire and three assailants were killed",
       note="5 = 2 gendarmes + 3 assailants"),
    ev("Armed men raided an artisanal gold mining site near Gayéri and fired on the miners; five dead per a security source, seven per local sources.",
       "2019-02-17", "‘On Sunday’ before the Monday 2019-02-18 dateline: Sunday 2019-02-17",
       "gold mining site near Gayéri", "Est", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       5, 7, None, None,
       "On Sunday, armed men raided an artisanal gold mining site near Gayéri, in the province of the Komondjari, and fired on the gold miners. A security source spoke of five dead, while local sources reached by telephone said seven bodies were buried in the evening.",
       note="conflicting tolls: security source 5, local sources 7"),
    ev("An army air-ground operation in the zone of Pama 'neutralised' about ten terrorists and destroyed a logistics base.",
       "2019-02-16", "operation ‘conducted on Saturday’, announced on Sunday 2019-02-17: Saturday 2019-02-16",
       "zone of Pama", "Est", "BF", "battle", "Burkinabe security forces", "militants (unidentified)",
       10, None, None, None,
       "an air-ground operation conducted on Saturday in the zone of Pama, in the province of the Kompienga, had permitted to neutralise about ten terrorists and to destroy a logistics base",
       note="army count; air-ground operation"),
],
figures=[
    fig("other", 20, "Est region",
        "Since the start of the year the Est region has registered more than 20 attacks",
        note="attacks since January"),
    fig("displaced", 40000, "Est region",
        "more than 40,000 persons have fled their villages, according to the regional directorate of humanitarian action"),
])

report("b20-17", "2024-05-13", "https://www.example-nilevalleywire.com/sudan/2024/05/13/el-fasher-abu-shouk-hasaheisa",
"""
Army says it repelled RSF assault on El Fasher; shells hit Abu Shouk camp

PORT SUDAN, May 13 (Nile Valley Wire) - The Sudanese Armed Forces said on Sunday that they had repelled a large attack by the Rapid Support Forces (RSF) on the eastern side of El Fasher, the capital of North Darfur, on Saturday, inflicting "heavy losses" on the paramilitary group.

The RSF said in a statement that its fighters had "defeated the remnants of the army" in the east of the city and taken several positions. Neither side gave figures.

During the assault, shells fired by the RSF fell on the Abu Shouk camp for displaced people on the northern edge of the city, killing 16 civilians and wounding more than 40, a medical source at the camp said. A coordinator of the camp's volunteers put the number of wounded at 57. The paramilitary group did not respond to a request for comment.

In Al Jazirah state, RSF fighters stormed a village near Al-Hasaheisa on Friday, killing at least 12 villagers and looting cattle, a local resistance committee said. Residents said the fighters had accused the villagers of collaborating with the army.

An army drone struck a market in the Haj Yousif area of East Nile, in Khartoum state, on Thursday, killing nine civilians, according to an emergency response room, a volunteer group that organises aid in the area. The army said it had targeted "gatherings of the rebel militia".

More than 8.5 million people have been forced from their homes since the war between the army and the RSF began in April last year, according to aid agencies.
""",
events=[
    ev("The RSF attacked the eastern side of El Fasher; the army says it repelled the assault, the RSF says it took positions; no figures.",
       "2024-05-11", "‘on Saturday’ before the Monday 2024-05-13 dateline, in the army statement of Sunday 2024-05-12: Saturday 2024-05-11",
       "eastern El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "The Sudanese Armed Forces said on Sunday that they had repelled a large attack by the Rapid Support Forces (RSF) on the eastern side of El Fasher, the capital of North Darfur, on Saturday",
       note="'heavy losses' gives no count"),
    ev("During the assault, RSF shells fell on the Abu Shouk displacement camp, killing 16 civilians and wounding more than 40 (57 per camp volunteers).",
       "2024-05-11", "‘During the assault’ of Saturday 2024-05-11",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       16, None, 40, 57,
       "During the assault, shells fired by the RSF fell on the Abu Shouk camp for displaced people on the northern edge of the city, killing 16 civilians and wounding more than 40, a medical source at the camp said. A coordinator of the camp's volunteers put the number of wounded at 57.",
       note="conflicting wounded counts: medical source more than 40, camp volunteers 57"),
    ev("RSF fighters stormed a village near Al-Hasaheisa, killing at least 12 villagers and looting cattle.",
       "2024-05-10", "‘on Friday’ before the Monday 2024-05-13 dateline: Friday 2024-05-10",
       "village near Al-Hasaheisa", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       12, None, None, None,
       "In Al Jazirah state, RSF fighters stormed a village near Al-Hasaheisa on Friday, killing at least 12 villagers and looting cattle"),
    ev("An army drone struck a market in Haj Yousif, East Nile, killing nine civilians per an emergency response room; the army says it targeted RSF gatherings.",
       "2024-05-09", "‘on Thursday’ before the Monday 2024-05-13 dateline: Thursday 2024-05-09",
       "market in Haj Yousif", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       9, None, None, None,
       "An army drone struck a market in the Haj Yousif area of East Nile, in Khartoum state, on Thursday, killing nine civilians",
       note="army says it targeted 'gatherings of the rebel militia'"),
],
figures=[
    fig("displaced", 8500000, "Sudan",
        "More than 8.5 million people have been forced from their homes since the war between the army and the RSF began in April last year"),
])

report("b20-18", "2021-07-29", "https://www.example-savannahpost.com/2021/07/29/safe-corridor-graduates-gombe",
"""
Operation Safe Corridor graduates 600 ex-insurgents as communities voice concern

GOMBE, July 29 (Savannah Post) - Six hundred former members of Boko Haram and its breakaway faction ISWAP on Wednesday graduated from the deradicalisation and rehabilitation programme of Operation Safe Corridor at the Mallam Sidi camp in Gombe State, the Defence Headquarters said.

The coordinator of the programme, Major-General Bala Yusufu Danmallam, said the graduates had completed months of vocational training, psychological counselling and religious instruction and would be handed over to their state governments for reintegration. The batch brings to about 1,900 the number of former fighters who have passed through the camp since the programme began in 2016, he said.

Community leaders from the North East have repeatedly criticised the programme. "They burnt our houses and killed our people. Now we are told to live with them without any justice," a leader from Gwoza said by telephone, adding that many villages in the area are still deserted because of attacks on farmers.

The military says more than 1,500 insurgents and members of their families have surrendered to troops in Borno since May, when the leader of the Boko Haram faction died during clashes with ISWAP fighters. Analysts say the surrenders could weaken the group, but warn that the rival faction remains capable of deadly ambushes on military bases and highways.

Governors of the North East, who met in Maiduguri last week, asked the federal government to do more for the victims of the insurgency, including the more than two million people who remain displaced in the region.
""",
country_hint="NG",
figures=[
    fig("other", 1900, "Mallam Sidi camp, Gombe",
        "The batch brings to about 1,900 the number of former fighters who have passed through the camp since the programme began in 2016",
        note="graduates of the programme since 2016"),
    fig("other", 1500, "Borno",
        "more than 1,500 insurgents and members of their families have surrendered to troops in Borno since May",
        note="surrendered insurgents and family members"),
    fig("displaced", 2000000, "North East Nigeria",
        "the more than two million people who remain displaced in the region"),
])
# ---------------------------------------------------------------------------
# b20-19 .. b20-27
# ---------------------------------------------------------------------------

report("b20-19", "2019-05-21", "https://www.example-orontesnews.com/en/2019/05/21/kafr-nabudah-maarat-market",
"""
Rebels say army push on Kafr Nabudah repelled; air strikes kill eight at Maarat al-Numan market

BEIRUT, May 21 (Orontes News Agency) - Rebel factions in northwest Syria said on Monday they had repelled an attempt by government forces and allied militias to advance on the town of Kafr Nabudah, in the northern Hama countryside, during the night of Sunday to Monday.

An independent monitoring group, the Northern Syria Casualty Record, said at least 19 government fighters and 12 rebels were killed in the fighting, which began with heavy shelling of the town. State media said the army had "inflicted heavy losses on the terrorists" but did not mention an advance.

Air strikes that the monitor attributed to Russian warplanes hit a market in Maarat al-Numan, in the south of Idlib province, on Monday afternoon, killing eight civilians and wounding 15, it said.

Rebel shelling of the government-held town of Suqaylabiyah on Sunday killed two children, the state news agency said, blaming "terrorist groups" for the attack.

The government offensive on the last rebel stronghold in the country began at the end of April. Aid groups say more than 150,000 people have fled the fighting in northern Hama and southern Idlib since then, many of them to olive groves near the Turkish border.
""",
events=[
    ev("Government forces and allied militias tried to advance on Kafr Nabudah overnight and were repelled by rebel factions; a monitor counted at least 19 government fighters and 12 rebels killed.",
       "2019-05-19", "‘during the night of Sunday to Monday’ before the Tuesday 2019-05-21 dateline; overnight takes the first night, Sunday 2019-05-19",
       "Kafr Nabudah", "Hama", "SY", "battle", "Syrian government forces", "Syrian rebels",
       31, None, None, None,
       "Rebel factions in northwest Syria said on Monday they had repelled an attempt by government forces and allied militias to advance on the town of Kafr Nabudah, in the northern Hama countryside, during the night of Sunday to Monday. [...] at least 19 government fighters and 12 rebels were killed in the fighting",
       note="31 = 19 government fighters + 12 rebels (independent monitor)"),
    ev("Air strikes attributed by a monitor to Russian warplanes hit a market in Maarat al-Numan, killing eight civilians and wounding 15.",
       "2019-05-20", "‘on Monday afternoon’ before the Tuesday 2019-05-21 dateline: Monday 2019-05-20",
       "market in Maarat al-Numan", "Idlib", "SY", "explosion", "Russian armed forces", "civilians",
       8, None, 15, None,
       "Air strikes that the monitor attributed to Russian warplanes hit a market in Maarat al-Numan, in the south of Idlib province, on Monday afternoon, killing eight civilians and wounding 15",
       note="attribution by the monitor"),
    ev("Rebel shelling of government-held Suqaylabiyah killed two children, per state media.",
       "2019-05-19", "‘on Sunday’ before the Tuesday 2019-05-21 dateline: Sunday 2019-05-19",
       "Suqaylabiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, None, None,
       "Rebel shelling of the government-held town of Suqaylabiyah on Sunday killed two children, the state news agency said"),
],
figures=[
    fig("displaced", 150000, "northern Hama and southern Idlib",
        "Aid groups say more than 150,000 people have fled the fighting in northern Hama and southern Idlib since then",
        note="since the end of April"),
])

report("b20-20", "2022-08-16", "https://www.example-llanoadentro.com/orden-publico/2022/08/16/tame-eln-disidencias",
"""
ELN and FARC dissidents clash in rural Tame; army kills dissident commander in Fortul

ARAUCA, August 16 (Llano Adentro, English edition) - At least nine people were killed on Saturday in fighting between the National Liberation Army (ELN) and FARC dissidents of the 10th Front in the rural area of Tame, in the department of Arauca, the Ombudsman's Office said on Monday.

According to the regional ombudsman, ELN fighters attacked a dissident camp at dawn and the fighting went on until midday. The ELN, in a statement published by its eastern war front, said it had "repelled an incursion" by the dissidents, whom it called "a narco-paramilitary gang".

In Saravena, two men on a motorcycle shot dead a community leader in front of his house on Friday evening, the local human rights committee said. The killers fled toward the border, and no group has claimed the killing.

Troops of the army's 18th Brigade killed a mid-level commander of the dissidents in an operation in a rural area of Fortul on Sunday, the brigade said. Two soldiers were wounded.

The war between the two groups, which has gone on since the start of the year, has forced more than 4,000 people from their homes in the department, according to humanitarian organisations.
""",
events=[
    ev("ELN fighters attacked a FARC dissident camp in rural Tame at dawn and fought until midday; at least nine killed per the Ombudsman; the ELN says it repelled an incursion.",
       "2022-08-13", "‘on Saturday’ before the Tuesday 2022-08-16 dateline: Saturday 2022-08-13",
       "rural area of Tame", "Arauca", "CO", "battle", "ELN", "FARC dissidents",
       9, None, None, None,
       "At least nine people were killed on Saturday in fighting between the National Liberation Army (ELN) and FARC dissidents of the 10th Front in the rural area of Tame [...] According to the regional ombudsman, ELN fighters attacked a dissident camp at dawn and the fighting went on until midday.",
       note="ELN's version: it 'repelled an incursion' by the dissidents; the Ombudsman says the ELN attacked"),
    ev("Two men on a motorcycle shot dead a community leader in front of his house in Saravena; unclaimed.",
       "2022-08-12", "‘on Friday evening’ before the Tuesday 2022-08-16 dateline: Friday 2022-08-12",
       "Saravena", "Arauca", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Saravena, two men on a motorcycle shot dead a community leader in front of his house on Friday evening"),
    ev("Army troops of the 18th Brigade killed a mid-level FARC dissident commander in an operation in rural Fortul; two soldiers wounded.",
       "2022-08-14", "‘on Sunday’ before the Tuesday 2022-08-16 dateline: Sunday 2022-08-14",
       "rural area of Fortul", "Arauca", "CO", "battle", "Colombian security forces", "FARC dissidents",
       1, None, 2, None,
       "Troops of the army's 18th Brigade killed a mid-level commander of the dissidents in an operation in a rural area of Fortul on Sunday, the brigade said. Two soldiers were wounded."),
],
figures=[
    fig("displaced", 4000, "Arauca",
        "has forced more than 4,000 people from their homes in the department",
        note="since the start of the year"),
])

report("b20-21", "2023-06-05", "https://www.example-frontiertribune.com/kp/2023/06/05/lakki-marwat-checkpost-mir-ali-ibo",
"""
Police foil attack on Lakki Marwat checkpost; six terrorists killed in North Waziristan operation

PESHAWAR, June 5 (Frontier Tribune) - Police thwarted an attack on a checkpost in the Tajori area of Lakki Marwat district on Thursday night, killing two of the attackers, a police spokesman said. One constable was martyred and two others were injured in the exchange of fire, which lasted for about an hour.

The police did not identify the attackers, but the banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility on Friday in a statement sent to journalists, saying its fighters had killed five policemen.

In a separate development, the Inter-Services Public Relations (ISPR) said on Sunday that security forces had conducted an intelligence-based operation in the general area of Mir Ali, North Waziristan district. "During the operation, an intense exchange of fire took place between own troops and the terrorists, as a result of which six terrorists were sent to hell," the statement said, adding that two soldiers embraced martyrdom.

In Bajaur, a remote-controlled bomb planted on a motorcycle went off near a police van in Khar on Sunday morning, injuring four policemen, district police said. No group has claimed the attack.

Khyber Pakhtunkhwa has seen a surge in militant violence since the TTP ended its ceasefire with the government in November. An Islamabad-based research centre counted more than 120 militant attacks in the province in the first five months of the year.
""",
events=[
    ev("Militants attacked a police checkpost in Tajori, Lakki Marwat, and were beaten off after an hour; two attackers and one constable killed, two police injured; the TTP claimed it next day.",
       "2023-06-01", "‘on Thursday night’ before the Monday 2023-06-05 dateline: Thursday 2023-06-01",
       "Tajori, Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       3, None, 2, None,
       "Police thwarted an attack on a checkpost in the Tajori area of Lakki Marwat district on Thursday night, killing two of the attackers, a police spokesman said. One constable was martyred and two others were injured in the exchange of fire [...] the banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility on Friday",
       note="3 = 2 attackers + 1 constable; attributed by the TTP claim of Friday 2023-06-02, whose five policemen killed is not used"),
    ev("Security forces killed six militants in an intelligence-based operation in the Mir Ali area; two soldiers killed.",
       None, "no day given for the operation; the ISPR statement is of ‘on Sunday’ (Sunday 2023-06-04)",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       8, None, None, None,
       "security forces had conducted an intelligence-based operation in the general area of Mir Ali, North Waziristan district. \"During the operation, an intense exchange of fire took place between own troops and the terrorists, as a result of which six terrorists were sent to hell,\" the statement said, adding that two soldiers embraced martyrdom.",
       note="8 = 6 militants (ISPR count) + 2 soldiers; group not named"),
    ev("A remote-controlled bomb on a motorcycle went off near a police van in Khar, Bajaur, injuring four policemen; unclaimed.",
       "2023-06-04", "‘on Sunday morning’ before the Monday 2023-06-05 dateline: Sunday 2023-06-04",
       "Khar", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       None, None, 4, None,
       "In Bajaur, a remote-controlled bomb planted on a motorcycle went off near a police van in Khar on Sunday morning, injuring four policemen"),
],
figures=[
    fig("other", 120, "Khyber Pakhtunkhwa",
        "An Islamabad-based research centre counted more than 120 militant attacks in the province in the first five months of the year.",
        note="militant attacks, January-May"),
])

report("b20-22", "2024-04-08", "https://www.example-shabellevalleytimes.com/2024/04/08/mahaday-assault-hamarweyne-mortars",
"""
Troops and Macawisley repel al-Shabaab assault on Mahaday base; mortars hit Mogadishu homes

MOGADISHU, April 8 (Shabelle Valley Times) - Somali army troops, backed by local Macawisley clan fighters, repelled an al-Shabaab assault on their base in Mahaday, in Middle Shabelle region, on Saturday morning, the region's governor said.

Government officials said 17 militants were killed and that the army lost three soldiers. A Macawisley commander said two of his fighters also died in the fighting, which lasted about two hours. The insurgents said in a statement on Sunday that they had overrun the base and killed "dozens" of soldiers, a claim denied by the government.

Several mortar rounds landed in the Hamarweyne district of Mogadishu, near the presidential palace, on Friday night, killing two civilians and wounding six, police said. Al-Shabaab said on Saturday that it had fired the shells at the palace.

US Africa Command said it had conducted an air strike near Jilib on Thursday in coordination with the Somali government, killing three al-Shabaab militants. It said its initial assessment was that no civilians were harmed.

The government says its forces and allied clan militias have retaken more than 80 towns and villages from al-Shabaab since the offensive began in 2022.
""",
events=[
    ev("Al-Shabaab assaulted the army base in Mahaday and was repelled by troops and Macawisley clan fighters after two hours; 17 militants, three soldiers and two Macawisley killed.",
       "2024-04-06", "‘on Saturday morning’ before the Monday 2024-04-08 dateline: Saturday 2024-04-06",
       "Mahaday", "Middle Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
       22, None, None, None,
       "Somali army troops, backed by local Macawisley clan fighters, repelled an al-Shabaab assault on their base in Mahaday, in Middle Shabelle region, on Saturday morning [...] Government officials said 17 militants were killed and that the army lost three soldiers. A Macawisley commander said two of his fighters also died",
       note="22 = 17 militants (government count) + 3 soldiers + 2 Macawisley; al-Shabaab's claim of 'dozens' not used; Macawisley fought with the army"),
    ev("Mortar rounds landed in Hamarweyne near the presidential palace, killing two civilians and wounding six; al-Shabaab said next day it fired them at the palace.",
       "2024-04-05", "‘on Friday night’ before the Monday 2024-04-08 dateline: Friday 2024-04-05",
       "Hamarweyne, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
       2, None, 6, None,
       "Several mortar rounds landed in the Hamarweyne district of Mogadishu, near the presidential palace, on Friday night, killing two civilians and wounding six, police said. Al-Shabaab said on Saturday that it had fired the shells at the palace.",
       note="agent given only by al-Shabaab's later claim; the victims were civilians"),
    ev("A US air strike near Jilib, coordinated with the Somali government, killed three al-Shabaab militants per US Africa Command.",
       "2024-04-04", "‘on Thursday’ before the Monday 2024-04-08 dateline: Thursday 2024-04-04",
       "near Jilib", "Middle Juba", "SO", "explosion", "US forces", "al-Shabaab",
       3, None, None, None,
       "US Africa Command said it had conducted an air strike near Jilib on Thursday in coordination with the Somali government, killing three al-Shabaab militants."),
],
figures=[
    fig("districts_retaken", 80, "Somalia",
        "The government says its forces and allied clan militias have retaken more than 80 towns and villages from al-Shabaab since the offensive began in 2022.",
        note="towns and villages"),
])

report("b20-23", "2023-03-20", "https://www.example-abyssiniareview.com/2023/03/20/tigray-ddr-registration",
"""
Tigray: registration of former fighters to begin "within weeks", commission says

MEKELLE, March 20 (Abyssinia Review) - The National Rehabilitation Commission said on Sunday that it would begin registering former combatants in Tigray "within weeks", a key step in the peace agreement signed in Pretoria in November between the federal government and the Tigray People's Liberation Front (TPLF).

Commission officials told a meeting of elders, religious leaders and aid agencies in Mekelle that an estimated 250,000 former fighters were expected to go through the programme, which will include the collection of light weapons, a cash allowance and vocational training. The heavy weapons of the Tigray forces were handed over to the federal army in January, an official recalled.

Many of those present spoke about the cost of two years of war. "Everybody here has lost someone, to the artillery, to the air strikes or to hunger," a priest said. "We want the young men to come home, but without their guns."

Aid agencies told the meeting that more than 900,000 people remain displaced inside the region, and that many of them cannot return to their villages in western Tigray, which remains under the control of Amhara forces. Officials also complained that Eritrean troops had not fully withdrawn from border areas, a claim Asmara has not addressed.

The federal government restored banking, telecommunications and flights to Mekelle after the agreement, and the interim administration for the region is expected to be formed in the coming weeks.
""",
country_hint="ET",
figures=[
    fig("fighters", 250000, "Tigray",
        "an estimated 250,000 former fighters were expected to go through the programme"),
    fig("displaced", 900000, "Tigray",
        "more than 900,000 people remain displaced inside the region"),
])

report("b20-24", "2016-05-26", "https://www.example-mangaexpress.com/securite/2016/05/26/chetimari-toumour",
"""
Army repels Boko Haram attack on Chetimari; four villagers killed near Toumour

DIFFA, May 26 (Manga Express) - Nigerien soldiers repelled an attack by Boko Haram on their position at Chetimari, in the department of Diffa, in the night of Sunday to Monday, the Ministry of National Defence said.

One soldier was killed and three others wounded, while seven assailants were killed and weapons recovered, the ministry said in a communiqué read on the state television on Tuesday.

On Tuesday night, gunmen thought to belong to the group killed four villagers and burned houses in a hamlet near Toumour, close to the Komadougou Yobé river that marks the border with Nigeria, a local official said. "They came from the river side and left the same way," he said.

In the islands of Lake Chad, Nigerien and Chadian troops of the Multinational Joint Task Force killed 12 insurgents and freed several hostages in a joint operation last week, according to a military source.

The region of Diffa counts more than 280,000 refugees, returnees and displaced persons, according to the humanitarian actors, most of them living with host families or in spontaneous sites along the national road number 1.
""",
events=[
    ev("Boko Haram attacked the Nigerien army position at Chetimari overnight and was repelled; one soldier killed and three wounded, seven assailants killed.",
       "2016-05-22", "‘in the night of Sunday to Monday’ before the Thursday 2016-05-26 dateline; an overnight attack takes the first night, Sunday 2016-05-22",
       "Chetimari", "Diffa", "NE", "battle", "Boko Haram", "Nigerien security forces",
       8, None, 3, None,
       "Nigerien soldiers repelled an attack by Boko Haram on their position at Chetimari, in the department of Diffa, in the night of Sunday to Monday [...] One soldier was killed and three others wounded, while seven assailants were killed",
       note="8 = 1 soldier + 7 assailants (ministry count)"),
    ev("Gunmen thought to belong to Boko Haram killed four villagers and burned houses in a hamlet near Toumour.",
       "2016-05-24", "‘On Tuesday night’ before the Thursday 2016-05-26 dateline: Tuesday 2016-05-24",
       "hamlet near Toumour", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       4, None, None, None,
       "On Tuesday night, gunmen thought to belong to the group killed four villagers and burned houses in a hamlet near Toumour",
       note="'the group' refers back to Boko Haram; suspected, not claimed"),
    ev("Nigerien and Chadian MNJTF troops killed 12 insurgents and freed several hostages in a joint operation on the islands of Lake Chad.",
       None, "‘last week’; no day given",
       "islands of Lake Chad", "Diffa", "NE", "battle", "Nigerien security forces", "Boko Haram",
       12, None, None, None,
       "In the islands of Lake Chad, Nigerien and Chadian troops of the Multinational Joint Task Force killed 12 insurgents and freed several hostages in a joint operation last week",
       note="joint operation with Chadian troops (MNJTF); vaguely placed and dated; single military source", optional=True),
],
figures=[
    fig("displaced", 280000, "Diffa region",
        "The region of Diffa counts more than 280,000 refugees, returnees and displaced persons",
        note="refugees, returnees and IDPs combined"),
])

report("b20-25", "2023-05-19", "https://www.example-southarabiabulletin.com/abyan/2023/05/19/wadi-omran-attack-lawdar-bomb",
"""
Southern forces repel al-Qaeda attack in Mudiyah; roadside bomb kills four soldiers

ADEN, May 19 (South Arabia Bulletin) - Forces of the Southern Transitional Council (STC) repelled an attack by al-Qaeda militants on one of their positions in Wadi Omran, in the Mudiyah district of Abyan governorate, before dawn on Wednesday, a spokesman for the forces said.

"Two of our heroes were martyred and three others wounded, while five of the terrorists were killed and their bodies left behind," the spokesman said in a statement.

Three days earlier, four soldiers of the same forces had been killed when an explosive device struck their armoured vehicle on the road between Mudiyah and Lawdar, a military official said. No group claimed the attack at first, but on Tuesday al-Qaeda in the Arabian Peninsula (AQAP) said in a statement posted online that its fighters had planted the bomb and killed "six apostate soldiers".

The STC forces said they arrested nine suspected members of the group in a search operation in villages of al-Wade'a district on Thursday.

The forces have been fighting AQAP in the valleys of Abyan since August last year. They say they have lost more than 150 fighters since the campaign began.
""",
events=[
    ev("Al-Qaeda militants attacked an STC position in Wadi Omran, Mudiyah, before dawn and were repelled; two STC fighters and five attackers killed, three wounded.",
       "2023-05-17", "‘before dawn on Wednesday’ before the Friday 2023-05-19 dateline: Wednesday 2023-05-17",
       "Wadi Omran, Mudiyah", "Abyan", "YE", "battle", "AQAP", "Southern Transitional Council",
       7, None, 3, None,
       "Forces of the Southern Transitional Council (STC) repelled an attack by al-Qaeda militants on one of their positions in Wadi Omran, in the Mudiyah district of Abyan governorate, before dawn on Wednesday [...] Two of our heroes were martyred and three others wounded, while five of the terrorists were killed and their bodies left behind",
       note="7 = 2 STC fighters + 5 attackers (STC count)"),
    ev("An explosive device struck an STC armoured vehicle on the road between Mudiyah and Lawdar, killing four soldiers; AQAP claimed it two days later.",
       "2023-05-14", "‘Three days earlier’ than the Wednesday 2023-05-17 attack in Wadi Omran: Sunday 2023-05-14",
       "road between Mudiyah and Lawdar", "Abyan", "YE", "explosion", "AQAP", "Southern Transitional Council",
       4, None, None, None,
       "Three days earlier, four soldiers of the same forces had been killed when an explosive device struck their armoured vehicle on the road between Mudiyah and Lawdar [...] on Tuesday al-Qaeda in the Arabian Peninsula (AQAP) said in a statement posted online that its fighters had planted the bomb",
       note="attributed by AQAP's claim of Tuesday 2023-05-16, whose 'six' soldiers killed is not used"),
    ev("STC forces arrested nine suspected AQAP members in a search operation in villages of al-Wade'a district.",
       "2023-05-18", "‘on Thursday’ before the Friday 2023-05-19 dateline: Thursday 2023-05-18",
       "villages of al-Wade'a district", "Abyan", "YE", "arrest", "Southern Transitional Council", "AQAP",
       None, None, None, None,
       "The STC forces said they arrested nine suspected members of the group in a search operation in villages of al-Wade'a district on Thursday.",
       note="'the group' refers back to AQAP", arrested=9),
],
figures=[
    fig("killed", 150, "Abyan",
        "They say they have lost more than 150 fighters since the campaign began.",
        note="STC fighters killed since August 2022"),
])

report("b20-26", "2024-02-27", "https://www.example-rakhinetide.com/en/2024/02/27/maungdaw-outpost-rathedaung-market",
"""
Arakan Army says it seized outpost near Maungdaw; both sides blamed for market deaths in Rathedaung

YANGON, February 27 (Rakhine Tide) - The Arakan Army (AA) said on Monday that its fighters had captured a Border Guard Police outpost near Maungdaw on Saturday after three days of fighting, and that it had seized weapons and ammunition.

The group said it had found the bodies of 14 police and soldiers at the outpost and taken 20 prisoners. The claim could not be verified, and the military did not comment.

Five civilians were killed at a market in Rathedaung on Sunday. Residents and the AA said the market was hit by a bomb dropped from a military jet; the junta's spokesman blamed the AA, saying the rebels had shelled the town.

In Buthidaung township, fighters of the Rohingya Solidarity Organisation (RSO) attacked AA positions near a village on Thursday, residents said. Three civilians caught in the crossfire were killed. Rohingya activists abroad said the RSO was fighting alongside the military; the group did not comment.

Since the AA ended a ceasefire and resumed its offensive in November, more than 100,000 people have been displaced in northern Rakhine, according to local aid groups.
""",
events=[
    ev("The Arakan Army captured a Border Guard Police outpost near Maungdaw after three days of fighting; it claims 14 police and soldiers dead and 20 prisoners.",
       "2024-02-24", "captured ‘on Saturday’ per the AA statement of Monday 2024-02-26, before the Tuesday 2024-02-27 dateline: Saturday 2024-02-24",
       "Border Guard Police outpost near Maungdaw", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar military",
       None, None, None, None,
       "The Arakan Army (AA) said on Monday that its fighters had captured a Border Guard Police outpost near Maungdaw on Saturday after three days of fighting",
       note="the AA's own claim of 14 dead and 20 prisoners is not used; Border Guard Police counted with the Myanmar military (state forces)"),
    ev("Five civilians were killed at a market in Rathedaung; residents and the AA blame a military air strike, the junta blames AA shelling.",
       "2024-02-25", "‘on Sunday’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "market in Rathedaung", "Rakhine", "MM", "explosion", "unknown", "civilians",
       5, None, None, None,
       "Five civilians were killed at a market in Rathedaung on Sunday. Residents and the AA said the market was hit by a bomb dropped from a military jet; the junta's spokesman blamed the AA, saying the rebels had shelled the town.",
       note="disputed: AA and residents blame a military air strike, the junta blames AA shelling"),
    ev("RSO fighters attacked Arakan Army positions near a village in Buthidaung township; three civilians caught in the crossfire were killed.",
       "2024-02-22", "‘on Thursday’ before the Tuesday 2024-02-27 dateline: Thursday 2024-02-22",
       "village in Buthidaung township", "Rakhine", "MM", "battle", "Rohingya Solidarity Organisation", "Arakan Army",
       3, None, None, None,
       "In Buthidaung township, fighters of the Rohingya Solidarity Organisation (RSO) attacked AA positions near a village on Thursday, residents said. Three civilians caught in the crossfire were killed.",
       note="two non-state armed groups; the dead were civilians in the crossfire"),
],
figures=[
    fig("displaced", 100000, "northern Rakhine",
        "more than 100,000 people have been displaced in northern Rakhine, according to local aid groups",
        note="since November"),
])

report("b20-27", "2018-03-20", "https://www.example-spinghar-post.com/nangarhar/2018/03/20/khogyani-is-taliban-clash",
"""
Islamic State and Taliban fighters clash in Khogyani; US drone strike hits militants in Achin

JALALABAD, March 20 (Spin Ghar Post) - At least 14 fighters were killed on Saturday when Islamic State militants attacked Taliban positions in the Wazir Tangi valley of Khogyani district, the spokesman for the Nangarhar governor said.

"The Daesh fighters came down from the mountains at night and the fighting went on until the afternoon," a tribal elder from the valley said by telephone. A Taliban spokesman said the group's fighters had pushed the attackers back, but gave no figures. The two groups have fought each other in the south of the province since 2015.

A drone strike by US forces killed six Islamic State militants in the Pekha valley of Achin district on Sunday, the governor's spokesman said. Residents said three of the dead were young men who had gone to collect firewood.

Unidentified gunmen abducted four employees of a demining organisation on the Kabul-Jalalabad highway in Surkh Rod district on Monday, a provincial official said. Their vehicle was found abandoned near the road.

In Chaparhar district, Afghan special forces killed five Taliban fighters and detained two others in a night raid on Friday, the army corps in the east said.

The provincial department of refugees says about 9,000 families have fled their homes in the southern districts of Nangarhar since January because of the fighting between the two groups and the government's operations.
""",
events=[
    ev("Islamic State militants attacked Taliban positions in the Wazir Tangi valley of Khogyani; at least 14 fighters killed.",
       "2018-03-17", "‘on Saturday’ before the Tuesday 2018-03-20 dateline: Saturday 2018-03-17",
       "Wazir Tangi valley, Khogyani", "Nangarhar", "AF", "battle", "Islamic State", "Taliban",
       14, None, None, None,
       "At least 14 fighters were killed on Saturday when Islamic State militants attacked Taliban positions in the Wazir Tangi valley of Khogyani district",
       note="clash between two armed groups; 'the Daesh fighters came down ... at night' but the toll is for Saturday"),
    ev("A US drone strike in the Pekha valley of Achin killed six Islamic State militants per the governor's office; residents say three were firewood collectors.",
       "2018-03-18", "‘on Sunday’ before the Tuesday 2018-03-20 dateline: Sunday 2018-03-18",
       "Pekha valley, Achin", "Nangarhar", "AF", "explosion", "US forces", "Islamic State",
       6, None, None, None,
       "A drone strike by US forces killed six Islamic State militants in the Pekha valley of Achin district on Sunday, the governor's spokesman said. Residents said three of the dead were young men who had gone to collect firewood.",
       note="residents say three of the six were civilians"),
    ev("Unidentified gunmen abducted four employees of a demining organisation on the Kabul-Jalalabad highway in Surkh Rod.",
       "2018-03-19", "‘on Monday’ before the Tuesday 2018-03-20 dateline: Monday 2018-03-19",
       "Kabul-Jalalabad highway, Surkh Rod", "Nangarhar", "AF", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Unidentified gunmen abducted four employees of a demining organisation on the Kabul-Jalalabad highway in Surkh Rod district on Monday",
       note="abduction of four deminers"),
    ev("Afghan special forces killed five Taliban fighters and detained two in a night raid in Chaparhar district.",
       "2018-03-16", "‘on Friday’ (night raid) before the Tuesday 2018-03-20 dateline: Friday 2018-03-16",
       "Chaparhar", "Nangarhar", "AF", "battle", "Afghan security forces", "Taliban",
       5, None, None, None,
       "In Chaparhar district, Afghan special forces killed five Taliban fighters and detained two others in a night raid on Friday",
       note="two detained"),
],
figures=[
    fig("displaced", 9000, "southern districts of Nangarhar",
        "about 9,000 families have fled their homes in the southern districts of Nangarhar since January",
        note="families, not people"),
])
# ---------------------------------------------------------------------------
# b20-28 .. b20-36
# ---------------------------------------------------------------------------

report("b20-28", "2024-03-11", "https://www.example-kivumorning.com/2024/03/11/kitshanga-wazalendo-m23-sake-bombs",
"""
Wazalendo militias and M23 rebels clash near Kitshanga; bombs on Sake spark exchange of accusations

GOMA, March 11 (Kivu Morning) - Fighting broke out on Saturday between M23 rebels and Wazalendo militias in the hills around Kitshanga, in the territory of Masisi, local sources said. According to a civil society leader in the area, the Wazalendo, who fight alongside the Congolese army, attacked M23 positions at dawn, and at least seven bodies had been collected by Sunday evening.

The M23, in a communiqué signed by its political spokesman, said it had "repelled an attack by the coalition of the Kinshasa regime" and "neutralised several" of the attackers.

Two bombs fell on a neighbourhood of Sake on Thursday, killing four civilians and wounding nine, a hospital source said. The army accused the M23 and its Rwandan allies of shelling the town; the M23 denied it and said the bombs came from positions held by the army and its allies.

In Rutshuru territory, unidentified armed men kidnapped three farmers in their fields on the outskirts of Kiwanja on Friday, the local civil society said. The kidnappers have demanded a ransom from the families.

According to the humanitarian agencies, more than 500,000 people displaced by the M23 war live in sites and host families around Goma.
""",
events=[
    ev("Wazalendo militias attacked M23 positions in the hills around Kitshanga at dawn; at least seven bodies collected per civil society; M23 says it repelled the attack.",
       "2024-03-09", "‘on Saturday’ before the Monday 2024-03-11 dateline: Saturday 2024-03-09",
       "hills around Kitshanga", "North Kivu", "CD", "battle", "Wazalendo", "M23",
       7, None, None, None,
       "Fighting broke out on Saturday between M23 rebels and Wazalendo militias in the hills around Kitshanga, in the territory of Masisi, local sources said. According to a civil society leader in the area, the Wazalendo, who fight alongside the Congolese army, attacked M23 positions at dawn, and at least seven bodies had been collected by Sunday evening.",
       note="pro-government militia against a rebel group; M23's 'neutralised several' gives no count"),
    ev("Two bombs fell on a neighbourhood of Sake, killing four civilians and wounding nine; the army blames M23 and Rwanda, M23 blames the army.",
       "2024-03-07", "‘on Thursday’ before the Monday 2024-03-11 dateline: Thursday 2024-03-07",
       "Sake", "North Kivu", "CD", "explosion", "unknown", "civilians",
       4, None, 9, None,
       "Two bombs fell on a neighbourhood of Sake on Thursday, killing four civilians and wounding nine, a hospital source said. The army accused the M23 and its Rwandan allies of shelling the town; the M23 denied it",
       note="disputed: the army blames M23 and Rwanda, M23 blames the army and its allies"),
    ev("Unidentified armed men kidnapped three farmers in their fields on the outskirts of Kiwanja and demanded ransom.",
       "2024-03-08", "‘on Friday’ before the Monday 2024-03-11 dateline: Friday 2024-03-08",
       "outskirts of Kiwanja", "North Kivu", "CD", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In Rutshuru territory, unidentified armed men kidnapped three farmers in their fields on the outskirts of Kiwanja on Friday",
       note="abduction of three farmers"),
],
figures=[
    fig("displaced", 500000, "Goma",
        "more than 500,000 people displaced by the M23 war live in sites and host families around Goma"),
])

report("b20-29", "2023-07-14", "https://www.example-eastafricareview.com/sudan/2023/07/14/jeddah-talks-suspended-aid-meeting",
"""
Jeddah talks remain suspended as aid groups warn of hunger in Darfur and Kordofan

NAIROBI, July 14 (East Africa Review) - Talks between Sudan's army and the paramilitary Rapid Support Forces in the Saudi city of Jeddah remained suspended this week, as humanitarian organisations meeting in Nairobi on Thursday warned that millions of people could face hunger before the harvest.

The Saudi and US mediators suspended the talks last month after both sides repeatedly broke short-term ceasefires that had been meant to let aid reach Khartoum and Darfur. Diplomats in the region say neither the army nor the RSF has shown readiness to return to the table while each believes it can still win on the ground.

"Every day we hear of shelling, air strikes, looting and attacks on villages, and every day our convoys are stopped at checkpoints," the head of a Sudanese relief organisation told the meeting. "The warring parties have to open the roads."

According to figures presented at the meeting, more than 3 million people have been forced from their homes since the fighting began on 15 April, including more than 700,000 who have crossed into Chad, Egypt, South Sudan and other neighbouring countries.

Participants also heard that more than two thirds of hospitals in the areas of fighting are out of service. A representative of a doctors' network said health workers had been detained, threatened and, in some cases, killed, and called for an independent investigation.
""",
country_hint="SD",
figures=[
    fig("displaced", 3000000, "Sudan",
        "more than 3 million people have been forced from their homes since the fighting began on 15 April"),
    fig("displaced", 700000, "Sudan's neighbouring countries",
        "more than 700,000 who have crossed into Chad, Egypt, South Sudan and other neighbouring countries",
        note="refugees, part of the 3 million"),
])

report("b20-30", "2016-05-03", "https://www.example-caragatribune.com/2016/05/03/loreto-police-station-raid",
"""
NPA rebels raid Loreto police station; two rebels killed in San Agustin clash

BUTUAN CITY, May 3 (Caraga Tribune) - Around 50 armed men believed to be members of the New People's Army (NPA) raided the municipal police station in Loreto, Agusan del Sur, on Saturday night, killing one police officer and wounding two others, police said. The raiders took 12 firearms before fleeing toward the mountains.

On Monday, the NPA's regional command in North Eastern Mindanao claimed the raid in a statement, calling it a "punitive action" against "abusive police elements".

Soldiers of the Army's 75th Infantry Battalion killed two rebels in a clash in the hinterlands of San Agustin, Surigao del Sur, on Sunday, the Army said. "We believe they were part of the same group that raided Loreto," a battalion officer said.

Suspected rebels also burned two dump trucks and a backhoe of a mining company in Lianga, Surigao del Sur, on Friday. No one was hurt, as the workers had been ordered off the site.

The military estimates the strength of the NPA in the region at about 600 armed fighters. The attacks came a week before the national elections, for which the Commission on Elections has placed several towns in the region on its watch list.
""",
events=[
    ev("Around 50 NPA rebels raided the Loreto municipal police station, killing one police officer and wounding two, and took 12 firearms; the NPA claimed the raid on Monday.",
       "2016-04-30", "‘on Saturday night’ before the Tuesday 2016-05-03 dateline: Saturday 2016-04-30",
       "Loreto police station", "Agusan del Sur", "PH", "battle", "New People's Army", "Philippine security forces",
       1, None, 2, None,
       "Around 50 armed men believed to be members of the New People's Army (NPA) raided the municipal police station in Loreto, Agusan del Sur, on Saturday night, killing one police officer and wounding two others [...] On Monday, the NPA's regional command in North Eastern Mindanao claimed the raid",
       note="claimed by the NPA on Monday 2016-05-02"),
    ev("Soldiers of the 75th IB killed two NPA rebels in a clash in the hinterlands of San Agustin.",
       "2016-05-01", "‘on Sunday’ before the Tuesday 2016-05-03 dateline: Sunday 2016-05-01",
       "hinterlands of San Agustin", "Surigao del Sur", "PH", "battle", "Philippine security forces", "New People's Army",
       2, None, None, None,
       "Soldiers of the Army's 75th Infantry Battalion killed two rebels in a clash in the hinterlands of San Agustin, Surigao del Sur, on Sunday"),
    ev("Suspected NPA rebels burned two dump trucks and a backhoe of a mining company in Lianga; no one was hurt.",
       "2016-04-29", "‘on Friday’ before the Tuesday 2016-05-03 dateline: Friday 2016-04-29",
       "mining site in Lianga", "Surigao del Sur", "PH", "other", "New People's Army", "none",
       0, None, 0, None,
       "Suspected rebels also burned two dump trucks and a backhoe of a mining company in Lianga, Surigao del Sur, on Friday. No one was hurt",
       note="arson of mining equipment; 'suspected rebels' refers back to the NPA"),
],
figures=[
    fig("fighters", 600, "North Eastern Mindanao",
        "The military estimates the strength of the NPA in the region at about 600 armed fighters."),
])

report("b20-31", "2023-10-03", "https://www.example-lesoudanais.com/en/2023/10/03/niafunke-camp-anefis-strike",
"""
FAMa say they repelled attack on Niafunké camp as CSP claims control; drone strike near Anefis

BAMAKO, October 3 (Le Soudanais, English edition) - The Malian Armed Forces (FAMa) said on Monday that they had repelled a "complex attack" by "terrorist armed groups" on their camp in Niafunké, in the region of Timbuktu, on Sunday.

"Provisional balance: on the friendly side, 3 dead and 6 wounded; on the enemy side, 21 terrorists neutralised," the General Staff said in a communiqué.

The Permanent Strategic Framework (CSP), a coalition of mostly Tuareg armed groups of the north, said in a statement the same day that its fighters had "taken control" of the camp after heavy fighting and killed "dozens of soldiers and Wagner mercenaries". The army denied losing the camp.

Two days before the attack on the camp, unidentified armed men abducted a village chief near Goundam, a relative told our newspaper. The family has had no news since.

A drone strike on Saturday near Anefis, in the region of Kidal, killed six people, including two children, at a water point, according to a local CSP official. The army said in a separate communiqué that it had carried out "precision strikes" on "terrorist vehicles" in the area.

Since the end of August, when fighting between the army and the CSP resumed, more than 30,000 persons have fled toward Timbuktu and the Mauritanian border, according to the local authorities.
""",
events=[
    ev("CSP fighters attacked the FAMa camp in Niafunké; the army says it repelled them (3 soldiers dead, 6 wounded, 21 attackers neutralised), the CSP says it took the camp.",
       "2023-10-01", "‘on Sunday’ before the Tuesday 2023-10-03 dateline, in the communiqué of Monday 2023-10-02: Sunday 2023-10-01",
       "Niafunké camp", "Timbuktu", "ML", "battle", "CSP", "Malian security forces",
       24, None, 6, None,
       "they had repelled a \"complex attack\" by \"terrorist armed groups\" on their camp in Niafunké, in the region of Timbuktu, on Sunday. [...] Provisional balance: on the friendly side, 3 dead and 6 wounded; on the enemy side, 21 terrorists neutralised [...] The Permanent Strategic Framework (CSP), a coalition of mostly Tuareg armed groups of the north, said in a statement the same day that its fighters had \"taken control\" of the camp",
       note="24 = 3 soldiers + 21 attackers (army count); the CSP claims the attack and the camp, the army denies losing it; the CSP's 'dozens' not used"),
    ev("Unidentified armed men abducted a village chief near Goundam two days before the Niafunké attack.",
       "2023-09-29", "‘Two days before the attack on the camp’ of Sunday 2023-10-01: Friday 2023-09-29",
       "near Goundam", "Timbuktu", "ML", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Two days before the attack on the camp, unidentified armed men abducted a village chief near Goundam",
       note="abduction of one village chief"),
    ev("A drone strike near Anefis killed six people including two children at a water point per a CSP official; the army says it struck terrorist vehicles.",
       "2023-09-30", "‘on Saturday’ before the Tuesday 2023-10-03 dateline: Saturday 2023-09-30",
       "water point near Anefis", "Kidal", "ML", "explosion", "Malian security forces", "civilians",
       6, None, None, None,
       "A drone strike on Saturday near Anefis, in the region of Kidal, killed six people, including two children, at a water point, according to a local CSP official. The army said in a separate communiqué that it had carried out \"precision strikes\" on \"terrorist vehicles\" in the area.",
       note="the army acknowledges strikes in the area on 'terrorist vehicles'; victims per a CSP official"),
],
figures=[
    fig("displaced", 30000, "Timbuktu region",
        "more than 30,000 persons have fled toward Timbuktu and the Mauritanian border",
        note="since the end of August"),
])

report("b20-32", "2022-11-22", "https://www.example-centrenordmatin.com/securite/2022/11/22/pissila-detachement-vdp",
"""
Army and VDP fight off attack on Pissila detachment; nine travellers killed on Kaya road

KAYA, November 22 (Centre-Nord Matin) - Soldiers and Volunteers for the Defence of the Homeland (VDP) fought off an attack by armed terrorist groups on the military detachment of Pissila, in the province of the Sanmatenga, on Saturday morning, a security source said.

"The assailants were pushed back after about three hours of combat. We lost two soldiers and one VDP, and about fifteen terrorists were neutralised," the source said.

In their retreat on Saturday afternoon, the same assailants set up a false checkpoint on the road linking Pissila to Kaya and killed nine travellers, including a woman, according to a local official.

On Monday, the air force conducted strikes on "terrorist positions" near Barsalogho, neutralising "dozens of terrorists", the army said in a communiqué.

The region of the Centre-Nord hosts more than 550,000 internally displaced persons, the highest number of the country, according to the national council for emergency relief.
""",
events=[
    ev("Armed groups attacked the Pissila military detachment and were fought off by soldiers and VDP after three hours; two soldiers, one VDP and about fifteen attackers killed.",
       "2022-11-19", "‘on Saturday morning’ before the Tuesday 2022-11-22 dateline: Saturday 2022-11-19",
       "Pissila", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       18, None, None, None,
       "Soldiers and Volunteers for the Defence of the Homeland (VDP) fought off an attack by armed terrorist groups on the military detachment of Pissila, in the province of the Sanmatenga, on Saturday morning [...] We lost two soldiers and one VDP, and about fifteen terrorists were neutralised",
       note="18 = 2 soldiers + 1 VDP + about 15 attackers (security source); VDP fought with the army"),
    ev("The same assailants, retreating, set up a false checkpoint on the Pissila-Kaya road and killed nine travellers including a woman.",
       "2022-11-19", "‘on Saturday afternoon’ before the Tuesday 2022-11-22 dateline: Saturday 2022-11-19",
       "road linking Pissila to Kaya", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       9, None, None, None,
       "In their retreat on Saturday afternoon, the same assailants set up a false checkpoint on the road linking Pissila to Kaya and killed nine travellers, including a woman",
       note="'the same assailants' refers back to the unnamed armed groups"),
    ev("The air force struck 'terrorist positions' near Barsalogho, 'neutralising dozens of terrorists' per the army.",
       "2022-11-21", "‘On Monday’ before the Tuesday 2022-11-22 dateline: Monday 2022-11-21",
       "near Barsalogho", "Centre-Nord", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "On Monday, the air force conducted strikes on \"terrorist positions\" near Barsalogho, neutralising \"dozens of terrorists\"",
       note="'dozens' gives no count"),
],
figures=[
    fig("displaced", 550000, "Centre-Nord",
        "The region of the Centre-Nord hosts more than 550,000 internally displaced persons"),
])

report("b20-33", "2022-02-17", "https://www.example-tigrispress.com/2022/02/17/wadi-al-shay-ambush-hamrin-raid",
"""
IS ambush kills four soldiers in Wadi al-Shay; CTS raid kills four militants in Hamrin

KIRKUK, February 17 (Tigris Press) - Three Iraqi soldiers were killed and three others wounded when Islamic State militants ambushed an army patrol in Wadi al-Shay, south of Kirkuk, late on Sunday, security officials said. The attackers opened fire from an orchard and escaped into the valley. One of the wounded, a lieutenant, died in hospital in Kirkuk on Monday, bringing the death toll to four; two soldiers remain in hospital.

Unidentified gunmen killed two shepherds and drove away their flock near Daquq on Monday, police said. A police officer said an Islamic State cell active in the area was suspected.

The Counter-Terrorism Service said it had killed four Islamic State militants in a raid on a hideout in the Hamrin mountains in Salahuddin province on Tuesday. The raid, based on intelligence, was supported by strikes from Iraqi F-16 aircraft, the service said.

On Wednesday, the army and the Popular Mobilisation Forces carried out a cordon-and-search operation in villages near al-Riyadh, in Hawija district, and arrested five suspected Islamic State members, the Joint Operations Command said.

More than four years after Baghdad declared victory over the group, its remaining cells still operate in the valleys and orchards between Kirkuk, Salahuddin and Diyala, where the boundaries between the army, the Peshmerga and the Hashd leave gaps that militants exploit.
""",
events=[
    ev("Islamic State militants ambushed an army patrol in Wadi al-Shay, firing from an orchard; three soldiers killed and three wounded, revised to four dead when a wounded lieutenant died next day.",
       "2022-02-13", "‘late on Sunday’ before the Thursday 2022-02-17 dateline: Sunday 2022-02-13",
       "Wadi al-Shay", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       4, None, 2, None,
       "Three Iraqi soldiers were killed and three others wounded when Islamic State militants ambushed an army patrol in Wadi al-Shay, south of Kirkuk, late on Sunday [...] One of the wounded, a lieutenant, died in hospital in Kirkuk on Monday, bringing the death toll to four; two soldiers remain in hospital.",
       note="revised toll: first 3 killed and 3 wounded, then 4 killed and 2 wounded after a wounded officer died"),
    ev("Unidentified gunmen killed two shepherds and drove away their flock near Daquq; police suspect an Islamic State cell.",
       "2022-02-14", "‘on Monday’ before the Thursday 2022-02-17 dateline: Monday 2022-02-14",
       "near Daquq", "Kirkuk", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "Unidentified gunmen killed two shepherds and drove away their flock near Daquq on Monday",
       note="an Islamic State cell only suspected"),
    ev("The Counter-Terrorism Service, supported by Iraqi F-16 strikes, raided a hideout in the Hamrin mountains and killed four Islamic State militants.",
       "2022-02-15", "‘on Tuesday’ before the Thursday 2022-02-17 dateline: Tuesday 2022-02-15",
       "Hamrin mountains", "Salahuddin", "IQ", "battle", "Counter-Terrorism Service", "Islamic State",
       4, None, None, None,
       "The Counter-Terrorism Service said it had killed four Islamic State militants in a raid on a hideout in the Hamrin mountains in Salahuddin province on Tuesday."),
    ev("The army and the PMF arrested five suspected Islamic State members in a cordon-and-search operation in villages near al-Riyadh.",
       "2022-02-16", "‘On Wednesday’ before the Thursday 2022-02-17 dateline: Wednesday 2022-02-16",
       "villages near al-Riyadh", "Kirkuk", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On Wednesday, the army and the Popular Mobilisation Forces carried out a cordon-and-search operation in villages near al-Riyadh, in Hawija district, and arrested five suspected Islamic State members",
       note="joint operation with the Popular Mobilization Forces", arrested=5),
])

report("b20-34", "2022-12-06", "https://www.example-arewachronicle.com/2022/12/06/kajuru-church-abduction-birnin-gwari",
"""
Gunmen abduct worshippers in Kajuru; Ansaru fighters and bandits clash in Birnin Gwari

KADUNA, December 6 (Arewa Chronicle) - Gunmen on Sunday stormed a church in a village in Kajuru Local Government Area of Kaduna State during the morning service and abducted 32 worshippers, residents said. A member of the local vigilance group who tried to stop the attackers was shot dead.

The state Commissioner for Internal Security and Home Affairs confirmed the attack in a statement on Monday but put the number of those abducted at 26. He did not say who the gunmen were.

In Birnin Gwari Local Government Area, fighters of the Ansaru group attacked a bandit camp near the town on Saturday, sparking a gunfight that left at least 11 people dead, nine of them bandits and two Ansaru fighters, residents told our correspondent.

The military said in a statement on Monday that its air component had "neutralised scores of bandits" in air strikes on their enclaves in the Kamuku forest, without saying when the strikes took place.

The state government said in its last security report that more than 1,300 people had been kidnapped in the state in the first nine months of the year.
""",
events=[
    ev("Gunmen stormed a church in a Kajuru village during morning service and abducted worshippers (32 per residents, 26 per the commissioner); a vigilante who resisted was shot dead.",
       "2022-12-04", "‘on Sunday’ before the Tuesday 2022-12-06 dateline: Sunday 2022-12-04",
       "village in Kajuru LGA", "Kaduna", "NG", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "Gunmen on Sunday stormed a church in a village in Kajuru Local Government Area of Kaduna State during the morning service and abducted 32 worshippers, residents said. A member of the local vigilance group who tried to stop the attackers was shot dead.",
       note="abduction: 32 (residents) or 26 (commissioner) worshippers; one vigilante killed"),
    ev("Ansaru fighters attacked a bandit camp near Birnin Gwari; at least 11 dead, nine bandits and two Ansaru fighters.",
       "2022-12-03", "‘on Saturday’ before the Tuesday 2022-12-06 dateline: Saturday 2022-12-03",
       "bandit camp near Birnin Gwari", "Kaduna", "NG", "battle", "Ansaru", "bandits",
       11, None, None, None,
       "In Birnin Gwari Local Government Area, fighters of the Ansaru group attacked a bandit camp near the town on Saturday, sparking a gunfight that left at least 11 people dead, nine of them bandits and two Ansaru fighters",
       note="clash between two armed groups"),
    ev("Air strikes by the military's air component on bandit enclaves in the Kamuku forest 'neutralised scores of bandits'.",
       None, "no day given (‘without saying when the strikes took place’); the statement is of ‘on Monday’ (Monday 2022-12-05)",
       "Kamuku forest", "Kaduna", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "The military said in a statement on Monday that its air component had \"neutralised scores of bandits\" in air strikes on their enclaves in the Kamuku forest",
       note="'scores' gives no count"),
],
figures=[
    fig("other", 1300, "Kaduna State",
        "more than 1,300 people had been kidnapped in the state in the first nine months of the year",
        note="people kidnapped, January-September"),
])

report("b20-35", "2023-09-28", "https://www.example-andeschronicle.com/colombia/2023/09/28/eln-ceasefire-mechanism-report",
"""
Ceasefire monitors report no offensive action as government and ELN open new round

BOGOTÁ, September 28 (Andes Chronicle) - The mechanism that monitors the bilateral ceasefire between the Colombian government and the National Liberation Army (ELN) said on Wednesday that it had received 31 reports of possible violations since the truce took effect in early August, but that none of them amounted to an offensive action by either side.

The mechanism, in which the United Nations and the Catholic Church take part alongside delegates of the two parties, said most of the reports concerned the presence of armed men near populated areas, threats against community leaders and restrictions on movement. "The ceasefire is holding, but the population still lives under the control of armed groups," a Church representative said.

Government negotiators and the guerrilla began a new round of talks in Caracas this week. Human rights organisations asked both delegations to address kidnapping, which the ELN has not renounced, and the recruitment of minors.

The armed forces estimate that the ELN has about 5,500 members, including fighters and urban support networks, most of them in Arauca, Norte de Santander, Cauca, Nariño and Chocó. Clashes between the ELN and other armed groups, which are not covered by the ceasefire, continue to displace families: more than 23,000 people were forced from their homes in the country in the first half of the year, according to the Ombudsman's Office.
""",
country_hint="CO",
figures=[
    fig("other", 31, "Colombia",
        "it had received 31 reports of possible violations since the truce took effect in early August",
        note="reported possible ceasefire violations"),
    fig("fighters", 5500, "Colombia",
        "The armed forces estimate that the ELN has about 5,500 members, including fighters and urban support networks"),
    fig("displaced", 23000, "Colombia",
        "more than 23,000 people were forced from their homes in the country in the first half of the year, according to the Ombudsman's Office"),
])

report("b20-36", "2023-09-05", "https://www.example-orontesnews.com/en/2023/09/05/dhiban-tribal-attack-sukhnah-bus",
"""
SDF says it repelled tribal fighters in Dhiban; Islamic State claims ambush on army bus

BEIRUT, September 5 (Orontes News Agency) - The Syrian Democratic Forces (SDF) said on Monday they had repelled an attack by tribal gunmen on their positions in the town of Dhiban, on the eastern bank of the Euphrates in Deir ez-Zor province, during the night of Sunday to Monday. Two SDF fighters and seven attackers were killed, the SDF said in a statement, and a local monitor gave the same toll of nine dead.

Three civilians, including a child, were killed on Saturday when shells hit a house in the nearby village of al-Shuhayl. The SDF blamed government forces and allied militias deployed on the western bank of the river; Damascus did not comment.

Six soldiers were killed on Sunday when a bus carrying troops was ambushed on the road near al-Sukhnah in the Homs desert, the state news agency said, blaming "terrorists". On Monday, the Islamic State claimed the attack through its news agency, saying its fighters had killed 14 soldiers.

The fighting between the SDF and Arab tribal fighters, rooted in years of grievances over the Kurdish-led force's rule of the Arab-majority province, spread to Dhiban late last month. Local councils say some 6,500 families have fled the town and nearby villages since then.
""",
events=[
    ev("Tribal gunmen attacked SDF positions in Dhiban overnight and were repelled; two SDF fighters and seven attackers killed.",
       "2023-09-03", "‘during the night of Sunday to Monday’ before the Tuesday 2023-09-05 dateline; overnight takes the first night, Sunday 2023-09-03",
       "Dhiban", "Deir ez-Zor", "SY", "battle", "Arab tribal fighters", "Syrian Democratic Forces",
       9, None, None, None,
       "The Syrian Democratic Forces (SDF) said on Monday they had repelled an attack by tribal gunmen on their positions in the town of Dhiban, on the eastern bank of the Euphrates in Deir ez-Zor province, during the night of Sunday to Monday. Two SDF fighters and seven attackers were killed, the SDF said in a statement, and a local monitor gave the same toll of nine dead.",
       note="9 = 2 SDF + 7 attackers; clash between two non-state armed groups"),
    ev("Shells hit a house in al-Shuhayl, killing three civilians including a child; the SDF blamed government forces and allied militias across the river.",
       "2023-09-02", "‘on Saturday’ before the Tuesday 2023-09-05 dateline: Saturday 2023-09-02",
       "al-Shuhayl", "Deir ez-Zor", "SY", "explosion", "Syrian government forces", "civilians",
       3, None, None, None,
       "Three civilians, including a child, were killed on Saturday when shells hit a house in the nearby village of al-Shuhayl. The SDF blamed government forces and allied militias deployed on the western bank of the river",
       note="attributed by the SDF only; Damascus did not comment (no denial)"),
    ev("A bus carrying troops was ambushed on the road near al-Sukhnah, killing six soldiers; the Islamic State claimed it next day.",
       "2023-09-03", "‘on Sunday’ before the Tuesday 2023-09-05 dateline: Sunday 2023-09-03",
       "road near al-Sukhnah", "Homs", "SY", "battle", "Islamic State", "Syrian government forces",
       6, None, None, None,
       "Six soldiers were killed on Sunday when a bus carrying troops was ambushed on the road near al-Sukhnah in the Homs desert [...] On Monday, the Islamic State claimed the attack through its news agency",
       note="passive report, agent given by the Islamic State claim of Monday 2023-09-04; its 14 soldiers killed is not used"),
],
figures=[
    fig("displaced", 6500, "Dhiban",
        "Local councils say some 6,500 families have fled the town and nearby villages since then.",
        note="families, not people"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "AF", "PK", "YE", "SO", "NG", "NE", "ML", "BF", "CD", "ET", "SD", "MM",
             "PH", "CO"}
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


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b20-%02d" % (i + 1):
            err(rid, f"id out of order, expected b20-{i + 1:02d}")
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
        if datelines == 0:
            # reports without a dateline (situation reports) must state the publication date in full
            full = f"{pub.day} {MONTHS[pub.month - 1]} {pub.year}"
            if full not in text:
                err(rid, f"no dateline and no '{full}' in the text")
        if datelines > 1:
            err(rid, "more than one dateline")
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
            if not isinstance(f.get("what"), str) or not f["what"].strip():
                err(w, "figure what must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
        if not r["events"] and r.get("country_hint") not in COUNTRIES:
            err(rid, "report without events needs a country_hint among the theme's countries")
        for j, e in enumerate(r["events"]):
            if e.get("type") == "arrest" and "arrested" not in e:
                err(f"{rid} event {j}", "arrest event without an arrested count")
            if e.get("date_note", "").count("‘") != e.get("date_note", "").count("’"):
                err(f"{rid} event {j}", "unbalanced ‘…’ quotes in date_note")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")


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
