#!/usr/bin/env python3
"""probe-holdout21: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: the campaigns against Islamic State in Iraq and Syria, 2016-2019 (Mosul, Tal Afar, Hawija,
Anbar, Raqqa, Deir ez-Zor, Baghuz) and the wars around them (Turkey's operations in northern Syria,
the Syrian government's offensives on Aleppo, Eastern Ghouta and Idlib), as wire copy, local dailies,
military briefings (Iraqi Joint Operations Command, the coalition, the SDF), monitors and hospital
officials tell them. HELD-OUT set: its developers only ever see aggregate scores.

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
# h21-01 .. h21-06
# ---------------------------------------------------------------------------

report("h21-01", "2016-11-15", "https://www.example-tigriswire.com/iraq/2016/11/15/mosul-qadisiya-car-bombs-gogjali-mortar",
"""
Iraqi special forces push deeper into east Mosul as car bombs slow advance

ERBIL, Iraq, November 15 (Tigris Wire) - Iraqi special forces fought their way into the al-Qadisiya al-Thaniya neighbourhood of eastern Mosul on Monday, facing a string of suicide car bombs and sniper fire, military officers said, four weeks into the offensive to retake Islamic State's last major stronghold in Iraq.

The Counter-Terrorism Service (CTS) said in a statement that its troops had "completely liberated" the neighbourhood by nightfall and raised the Iraqi flag over a school building there. A CTS officer reached by telephone said at least five car bombs were driven at the advancing columns during the day. Most were hit by anti-tank missiles or air strikes before they reached the troops, but one rammed an armoured Humvee at an intersection and exploded, killing the driver and two soldiers and wounding four.

Behind the front line, mortar fire continues to fall on districts the army retook earlier this month. Three mortar bombs struck a residential street in Gogjali on Sunday afternoon, killing a woman and two of her children and wounding seven other people, a local official said. One of the wounded, a boy aged 11, died overnight at the Emergency hospital in Erbil, a doctor there said. The official blamed Islamic State fighters firing from inside the city.

Further south, the army's 9th Division said it had pushed north-west from the Intisar area and was clearing houses on the edge of the Sumer district, where militants had dug tunnels between buildings.

The United Nations says more than 54,000 people have been displaced since the campaign began on October 17, and it expects the number to rise sharply as the fighting moves into densely populated areas. About 1 million civilians are thought to remain in the city.

A force of about 100,000 Iraqi soldiers, police, Kurdish Peshmerga fighters and mainly Shi'ite paramilitaries is taking part in the offensive, backed by US-led air strikes. Iraqi commanders estimate that 5,000 to 6,000 militants are defending Mosul, which Islamic State overran in June 2014.
""",
events=[
    ev("CTS troops took the al-Qadisiya al-Thaniya neighbourhood of eastern Mosul and raised the flag over a school.",
       "2016-11-14", "‘on Monday’ before the Tuesday 2016-11-15 dateline: Monday 2016-11-14",
       "al-Qadisiya al-Thaniya, Mosul", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi special forces fought their way into the al-Qadisiya al-Thaniya neighbourhood of eastern Mosul on Monday, facing a string of suicide car bombs and sniper fire, military officers said [...] The Counter-Terrorism Service (CTS) said in a statement that its troops had \"completely liberated\" the neighbourhood by nightfall and raised the Iraqi flag over a school building there."),
    ev("A suicide car bomb rammed a CTS Humvee at an intersection in al-Qadisiya al-Thaniya, killing the driver and two soldiers and wounding four.",
       "2016-11-14", "the car bombs came ‘during the day’ of the advance ‘on Monday’: Monday 2016-11-14",
       "al-Qadisiya al-Thaniya, Mosul", "Nineveh", "IQ", "explosion", "Islamic State", "Counter-Terrorism Service",
       3, None, 4, None,
       "A CTS officer reached by telephone said at least five car bombs were driven at the advancing columns during the day. Most were hit by anti-tank missiles or air strikes before they reached the troops, but one rammed an armoured Humvee at an intersection and exploded, killing the driver and two soldiers and wounding four.",
       note="3 = \u2018the driver and two soldiers\u2019 as stated; the other car bombs were destroyed before reaching the troops"),
    ev("Three mortar bombs hit a residential street in Gogjali, killing a woman and two of her children; a wounded boy died overnight, bringing the toll to four, with six wounded.",
       "2016-11-13", "‘on Sunday afternoon’ before the Tuesday 2016-11-15 dateline: Sunday 2016-11-13",
       "Gogjali", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       4, None, 6, None,
       "Three mortar bombs struck a residential street in Gogjali on Sunday afternoon, killing a woman and two of her children and wounding seven other people, a local official said. One of the wounded, a boy aged 11, died overnight at the Emergency hospital in Erbil, a doctor there said. The official blamed Islamic State fighters firing from inside the city.",
       note="3 killed + 1 of the 7 wounded who died later: killed 4, wounded 6; blamed on Islamic State by the official, not denied"),
    ev("The army's 9th Division pushed north-west from Intisar and was clearing houses on the edge of the Sumer district.",
       None, "no day given (‘said it had pushed’)",
       "Sumer district, Mosul", "Nineveh", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Further south, the army's 9th Division said it had pushed north-west from the Intisar area and was clearing houses on the edge of the Sumer district, where militants had dug tunnels between buildings.",
       optional=True),
],
figures=[
    fig("displaced", 54000, "Mosul",
        "The United Nations says more than 54,000 people have been displaced since the campaign began on October 17"),
    fig("civilians_trapped", 1000000, "Mosul",
        "About 1 million civilians are thought to remain in the city."),
    fig("fighters", 100000, "Mosul",
        "A force of about 100,000 Iraqi soldiers, police, Kurdish Peshmerga fighters and mainly Shi'ite paramilitaries is taking part in the offensive",
        note="forces on the government side"),
    fig("fighters", 5000, "Mosul",
        "Iraqi commanders estimate that 5,000 to 6,000 militants are defending Mosul",
        note="Islamic State militants; range 5,000-6,000, lower bound"),
])

report("h21-02", "2018-02-22", "https://www.example-emedpress.com/syria/2018/02/22/eastern-ghouta-fifth-day-bombardment",
"""
Bombardment of Eastern Ghouta enters fifth day; monitor says toll passes 340

BEIRUT, February 22 (Eastern Mediterranean Press) - Syrian government aircraft and artillery pounded the rebel-held enclave of Eastern Ghouta for a fifth straight day on Thursday, and rebel shells landed on the capital, as the United Nations pleaded for a truce to let aid in.

At least 27 civilians, among them eight children, were killed on Wednesday in government air strikes and barrel bombs on the towns of Hamouriyeh, Saqba and Kafr Batna, the Syrian Observatory for Human Rights said. The Britain-based monitor said the death toll since Sunday evening had risen to 346 civilians, including 81 children.

In Douma, the largest town in the enclave, rescue workers of the Syria Civil Defence said a strike on Tuesday night hit a street near a covered market, killing 12 people. A volunteer said two more bodies were pulled from the rubble on Wednesday morning, bringing the toll to 14. The group said it could not tell whether the aircraft were Syrian or Russian. Moscow has denied that its warplanes are taking part in the bombing of Ghouta.

Syrian state media said "terrorist groups" in Ghouta fired mortar rounds and rockets on Damascus on Wednesday, killing a man and a girl in the Bab Touma district and wounding 19 people there and in the nearby suburb of Jaramana. Rebel factions say they are responding to the bombardment.

Doctors in the enclave say at least six hospitals and clinics have been put out of service since Sunday. "We are operating in basements, by the light of our phones," a surgeon in Arbin said in a voice message.

The government says its forces are preparing to end the presence of "terrorists" on the outskirts of the capital. The enclave, besieged since 2013, is home to an estimated 400,000 people. Its main factions are Jaysh al-Islam and Faylaq al-Rahman, while a few hundred fighters of the former al-Qaeda affiliate are also present.

The UN Security Council was due to vote later on Thursday on a draft resolution calling for a 30-day ceasefire across Syria.
""",
events=[
    ev("Government air strikes and barrel bombs on Hamouriyeh, Saqba and Kafr Batna killed at least 27 civilians, among them eight children.",
       "2018-02-21", "‘on Wednesday’ before the Thursday 2018-02-22 dateline: Wednesday 2018-02-21",
       "Hamouriyeh, Saqba and Kafr Batna", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       27, None, None, None,
       "At least 27 civilians, among them eight children, were killed on Wednesday in government air strikes and barrel bombs on the towns of Hamouriyeh, Saqba and Kafr Batna, the Syrian Observatory for Human Rights said.",
       note="three towns sharing one combined toll: one event"),
    ev("A strike hit a street near a covered market in Douma, killing 12; two more bodies were pulled out the next morning, bringing the toll to 14.",
       "2018-02-20", "‘on Tuesday night’ before the Thursday 2018-02-22 dateline: Tuesday 2018-02-20",
       "Douma", "Rif Dimashq", "SY", "explosion", "unknown", "civilians",
       14, None, None, None,
       "In Douma, the largest town in the enclave, rescue workers of the Syria Civil Defence said a strike on Tuesday night hit a street near a covered market, killing 12 people. A volunteer said two more bodies were pulled from the rubble on Wednesday morning, bringing the toll to 14. The group said it could not tell whether the aircraft were Syrian or Russian.",
       note="toll revised 12 -> 14, not a conflict; aircraft Syrian or Russian, not established, and Moscow denies taking part: unknown"),
    ev("Mortar rounds and rockets fired from Ghouta hit Damascus, killing a man and a girl in Bab Touma and wounding 19 there and in Jaramana.",
       "2018-02-21", "‘on Wednesday’ before the Thursday 2018-02-22 dateline: Wednesday 2018-02-21",
       "Bab Touma, Damascus", "Damascus", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 19, None,
       "Syrian state media said \"terrorist groups\" in Ghouta fired mortar rounds and rockets on Damascus on Wednesday, killing a man and a girl in the Bab Touma district and wounding 19 people there and in the nearby suburb of Jaramana. Rebel factions say they are responding to the bombardment.",
       note="state media\u2019s \u2018terrorist groups\u2019 are the Ghouta rebel factions, who do not deny firing; the 19 wounded are shared with Jaramana, kept as one event"),
],
figures=[
    fig("killed", 346, "Eastern Ghouta",
        "The Britain-based monitor said the death toll since Sunday evening had risen to 346 civilians, including 81 children.",
        note="civilians, running toll since Sunday evening"),
    fig("other", 6, "Eastern Ghouta",
        "Doctors in the enclave say at least six hospitals and clinics have been put out of service since Sunday.",
        note="hospitals and clinics out of service"),
    fig("civilians_trapped", 400000, "Eastern Ghouta",
        "The enclave, besieged since 2013, is home to an estimated 400,000 people."),
])

report("h21-03", "2016-05-02", "https://www.example-frontiergazette.com/kilis/2016/05/02/rockets-kilis-army-returns-fire",
"""
Rockets from Syria wound three in Kilis; army hits back at Islamic State positions

GAZIANTEP, Turkey, May 2 (Frontier Gazette) - Two Katyusha-type rockets fired from Islamic State-held territory in Syria struck the Turkish border town of Kilis on Sunday evening, wounding three people, one of them a Syrian child, the governor's office said.

One rocket hit the garden of a house in a residential neighbourhood near the town centre and the other fell on open ground beside a school, which was empty at the time. The wounded were taken to Kilis State Hospital, where officials said none of them was in serious condition.

The army said in a statement on Monday that artillery units had "immediately returned fire" at the positions from which the rockets were launched, and that Turkish howitzers and coalition aircraft had struck Islamic State targets north of the border overnight, killing 14 militants and destroying four rocket launchers and two vehicles. The statement did not give the location of the targets, but a local official in the Syrian town of Azaz said shells had landed around the village of Kafr Ghan, about 10 km south of the border.

Police in Kilis detained two Syrian men on Monday on suspicion of passing the coordinates of targets in the town to the militants, the state broadcaster reported.

Kilis, a town of about 90,000 people that also hosts more than 110,000 Syrian refugees, has been hit by rockets from across the border dozens of times since January. At least 19 people have been killed, according to a tally kept by the municipality, and hundreds of families have left for other cities.

Shopkeepers in the town centre pulled down their shutters for two hours on Monday and marched to the governor's office, carrying banners that read "Kilis wants peace", in protest at what they said was the government's failure to protect them.

President Tayyip Erdogan has said Turkey will do "whatever is necessary" to stop the attacks, and the government has asked its NATO allies to help it defend the border.
""",
events=[
    ev("Two rockets fired from Islamic State-held Syria hit Kilis, wounding three people, one a Syrian child.",
       "2016-05-01", "‘on Sunday evening’ before the Monday 2016-05-02 dateline: Sunday 2016-05-01",
       "Kilis", "Kilis", "TR", "explosion", "Islamic State", "civilians",
       None, None, 3, None,
       "Two Katyusha-type rockets fired from Islamic State-held territory in Syria struck the Turkish border town of Kilis on Sunday evening, wounding three people, one of them a Syrian child, the governor's office said.",
       note="no deaths reported; the text does not say that nobody was killed"),
    ev("Turkish howitzers and coalition aircraft struck Islamic State positions north of the border, around Kafr Ghan, killing 14 militants, the army said.",
       "2016-05-01", "‘overnight’ after the rockets ‘on Sunday evening’, announced ‘on Monday’: the night of Sunday 2016-05-01",
       "Kafr Ghan", "Aleppo", "SY", "explosion", "Turkish security forces", "Islamic State",
       14, None, None, None,
       "The army said in a statement on Monday that artillery units had \"immediately returned fire\" at the positions from which the rockets were launched, and that Turkish howitzers and coalition aircraft had struck Islamic State targets north of the border overnight, killing 14 militants and destroying four rocket launchers and two vehicles. The statement did not give the location of the targets, but a local official in the Syrian town of Azaz said shells had landed around the village of Kafr Ghan, about 10 km south of the border.",
       note="official army count of enemy dead, used; with coalition aircraft"),
    ev("Police in Kilis detained two Syrian men suspected of passing target coordinates to the militants.",
       "2016-05-02", "‘detained two Syrian men on Monday’, the Monday 2016-05-02 dateline",
       "Kilis", "Kilis", "TR", "arrest", "Turkish security forces", "unknown",
       None, None, None, None,
       "Police in Kilis detained two Syrian men on Monday on suspicion of passing the coordinates of targets in the town to the militants, the state broadcaster reported.",
       arrested=2),
    ev("Kilis shopkeepers closed their shops for two hours and marched to the governor's office in protest at the lack of protection from the rockets.",
       "2016-05-02", "‘on Monday’, the Monday 2016-05-02 dateline",
       "Kilis", "Kilis", "TR", "other", "protesters", "none",
       None, None, None, None,
       "Shopkeepers in the town centre pulled down their shutters for two hours on Monday and marched to the governor's office, carrying banners that read \"Kilis wants peace\", in protest at what they said was the government's failure to protect them.",
       note="peaceful protest"),
],
figures=[
    fig("killed", 19, "Kilis",
        "At least 19 people have been killed, according to a tally kept by the municipality",
        note="rocket fire on Kilis since January"),
    fig("other", 110000, "Kilis",
        "Kilis, a town of about 90,000 people that also hosts more than 110,000 Syrian refugees",
        note="Syrian refugees hosted"),
])

report("h21-04", "2018-02-06", "https://www.example-euphratespost.com/raqqa/2018/02/06/returnees-mines-raqqa",
"""
Four months after Islamic State's defeat, Raqqa's returnees face a city sown with mines

RAQQA, Syria, February 6 (Euphrates Post) - Demining teams working for the Raqqa Civil Council say they have cleared more than 8,400 explosive devices from the city since the Syrian Democratic Forces (SDF) drove Islamic State out in October, but warn that it will take years to make every street safe.

The militants left behind booby-trapped houses, mined doorways, refrigerators and even children's toys rigged to explode, a council engineer said, standing beside a heap of defused mortar rounds on the edge of the al-Mashlab district. "Every building we enter, we assume it is a trap," he said.

Hospital officials in Raqqa and Tabqa say mines and unexploded ordnance have killed at least 170 people and wounded more than 500 since the fighting ended, most of them residents who came back to check on their homes. The only working hospital in the city, a field facility run by an international aid group, sees new blast victims most days, its director said.

About 60,000 people have returned to Raqqa, according to the council, although an estimated 80 percent of the city was destroyed or damaged during the four-month battle. Water is trucked in, and most schools remain closed.

The US-led coalition, which backed the SDF with thousands of air strikes and artillery rounds, says it has trained 300 local deminers and is paying for rubble to be removed from the main roads. Residents complain that the work is too slow and that they must pay private teams to clear their houses.

Civil defence workers are also still recovering bodies from under collapsed buildings. They say they have found more than 600 since January, many of them in shallow graves dug during the siege in the gardens of homes and in the city's football stadium.

The SDF, which now runs Raqqa through the civil council, says its forces are hunting Islamic State sleeper cells in the surrounding countryside. Arab tribal leaders say the council must do more to include them if the city is to stay calm.
""",
country_hint="SY",
figures=[
    fig("other", 8400, "Raqqa",
        "Demining teams working for the Raqqa Civil Council say they have cleared more than 8,400 explosive devices from the city",
        note="explosive devices cleared since October"),
    fig("killed", 170, "Raqqa",
        "Hospital officials in Raqqa and Tabqa say mines and unexploded ordnance have killed at least 170 people and wounded more than 500 since the fighting ended",
        note="mines and unexploded ordnance since the battle ended"),
    fig("wounded", 500, "Raqqa",
        "Hospital officials in Raqqa and Tabqa say mines and unexploded ordnance have killed at least 170 people and wounded more than 500 since the fighting ended"),
    fig("returned", 60000, "Raqqa",
        "About 60,000 people have returned to Raqqa, according to the council"),
    fig("other", 300, "Raqqa",
        "says it has trained 300 local deminers",
        note="deminers trained by the coalition"),
    fig("other", 600, "Raqqa",
        "They say they have found more than 600 since January",
        note="bodies recovered from rubble and graves since January"),
])

report("h21-05", "2017-08-28", "https://www.example-mesopotamianews.com/security/2017/08/28/tal-afar-citadel-ayadiya",
"""
Iraqi forces take Tal Afar citadel; militants fall back to al-Ayadiya

BAGHDAD, August 28 (Mesopotamia News Agency) - Iraqi troops and paramilitary fighters have retaken most of Tal Afar, including its Ottoman-era citadel, and are pursuing Islamic State militants who fled to the nearby town of al-Ayadiya, the Joint Operations Command (JOC) said on Monday.

In a statement read on state television, the JOC said units of the army's 9th Division, the Rapid Response Division and the Popular Mobilisation Forces had "liberated" the al-Qalaa, al-Saad and al-Khadra neighbourhoods on Saturday and raised the Iraqi flag over the citadel. It said the remaining districts in the north of the city were cleared on Sunday.

Fighting shifted on Sunday to al-Ayadiya, about 11 km north-west of Tal Afar, where a PMF commander said several hundred militants and their families had gathered. "They are fighting hard because they have nowhere left to go," he told reporters by telephone. He said four PMF fighters had been killed and nine wounded in the clashes, and that the militants had lost "dozens".

A roadside bomb exploded under a pickup truck carrying a displaced family on a dirt track south of Tal Afar on Saturday, killing five of them, including three children, the commander said. He said the bomb had been planted by the militants to stop people from leaving.

The JOC put the number of militants killed since the start of the operation on August 20 at 259. It did not give figures for losses among Iraqi forces. A medical source at the military field hospital in al-Kisik said the facility had received more than 120 wounded soldiers and fighters in a week.

Aid agencies say about 40,000 people fled Tal Afar and the surrounding villages before and during the offensive, many of them walking for hours through the desert in the summer heat to reach army lines near Badush. Before the fighting, US officials estimated that up to 2,000 militants were holding the city, which lies on the road between Mosul and the Syrian border.

Tal Afar fell to Islamic State in June 2014, days after the militants swept into Mosul. Its mixed Sunni and Shi'ite Turkmen population made it one of the most bitterly divided towns in Iraq.
""",
events=[
    ev("Army, Rapid Response and PMF units retook the al-Qalaa (citadel), al-Saad and al-Khadra neighbourhoods of Tal Afar and raised the flag over the citadel.",
       "2017-08-26", "‘on Saturday’ before the Monday 2017-08-28 dateline: Saturday 2017-08-26",
       "al-Qalaa, al-Saad and al-Khadra, Tal Afar", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "In a statement read on state television, the JOC said units of the army's 9th Division, the Rapid Response Division and the Popular Mobilisation Forces had \"liberated\" the al-Qalaa, al-Saad and al-Khadra neighbourhoods on Saturday and raised the Iraqi flag over the citadel.",
       note="one announcement listing three neighbourhoods: one event; with PMF"),
    ev("The remaining districts in the north of Tal Afar were cleared.",
       "2017-08-27", "‘on Sunday’ before the Monday 2017-08-28 dateline: Sunday 2017-08-27",
       "northern districts of Tal Afar", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "It said the remaining districts in the north of the city were cleared on Sunday.",
       note="districts not named", optional=True),
    ev("Fighting with Islamic State militants in al-Ayadiya, north-west of Tal Afar; four PMF fighters were killed and nine wounded.",
       "2017-08-27", "‘on Sunday’ before the Monday 2017-08-28 dateline: Sunday 2017-08-27",
       "al-Ayadiya", "Nineveh", "IQ", "battle", "Popular Mobilization Forces", "Islamic State",
       4, None, 9, None,
       "Fighting shifted on Sunday to al-Ayadiya, about 11 km north-west of Tal Afar, where a PMF commander said several hundred militants and their families had gathered. [...] He said four PMF fighters had been killed and nine wounded in the clashes, and that the militants had lost \"dozens\".",
       note="militant losses only \u2018dozens\u2019: not counted; the forces pursuing the militants are actor1"),
    ev("A roadside bomb blew up a pickup carrying a displaced family on a dirt track south of Tal Afar, killing five, three of them children.",
       "2017-08-26", "‘on Saturday’ before the Monday 2017-08-28 dateline: Saturday 2017-08-26",
       "dirt track south of Tal Afar", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       5, None, None, None,
       "A roadside bomb exploded under a pickup truck carrying a displaced family on a dirt track south of Tal Afar on Saturday, killing five of them, including three children, the commander said. He said the bomb had been planted by the militants to stop people from leaving.",
       note="blamed on the militants by the PMF commander, not denied"),
],
figures=[
    fig("killed", 259, "Tal Afar",
        "The JOC put the number of militants killed since the start of the operation on August 20 at 259.",
        note="militants since August 20"),
    fig("wounded", 120, "al-Kisik",
        "A medical source at the military field hospital in al-Kisik said the facility had received more than 120 wounded soldiers and fighters in a week.",
        note="government-side wounded in a week"),
    fig("displaced", 40000, "Tal Afar",
        "Aid agencies say about 40,000 people fled Tal Afar and the surrounding villages before and during the offensive"),
    fig("fighters", 2000, "Tal Afar",
        "Before the fighting, US officials estimated that up to 2,000 militants were holding the city",
        note="Islamic State militants, estimate before the offensive"),
])

report("h21-06", "2016-11-28", "https://www.example-levantwire.com/syria/2016/11/28/aleppo-hanano-falls-east-split",
"""
Syrian army seizes Hanano district as rebel defences in east Aleppo crumble

BEIRUT, November 28 (Levant Wire Service) - Syrian government forces and their allies have captured about a third of rebel-held eastern Aleppo in a rapid advance since the weekend, cutting the enclave in two and sending thousands of civilians fleeing, a monitoring group and the army said on Monday.

The army's general command said troops had "restored security and stability" to the Masaken Hanano housing district on Saturday, the first major neighbourhood of the east to fall since rebels seized it in 2012. On Sunday they pushed on into the Jabal Badro, al-Haidariya and al-Sakhour districts, the Syrian Observatory for Human Rights said, leaving the rebels in the northern part of the enclave cut off.

Kurdish fighters of the YPG, who hold the Sheikh Maqsoud district, moved into the neighbouring Bustan al-Basha area on Sunday night as rebels withdrew from it, the Observatory said.

Government helicopters dropped barrel bombs on the Bab al-Nairab and al-Firdous districts, in the south of the enclave, on Sunday, killing 11 civilians, among them four children, the Observatory said. Civil defence workers in the east put the toll at 15.

Rebel shells fired into western Aleppo killed three people in the al-Hamdaniya and New Aleppo districts on Monday morning, the state news agency SANA said, blaming "terrorist groups".

The Observatory said about 10,000 people had fled the east since Saturday, most of them to government-held areas and some to the Kurdish-run Sheikh Maqsoud district. Before the assault, the United Nations estimated that some 250,000 people were trapped in the rebel-held districts, with food rations expected to run out within days.

Rebel commanders acknowledged the losses. "We have pulled back to a new line to protect the civilians," an official of one of the factions said, adding that the fighters would not surrender.

Government forces, backed by Russian air power and Iranian-backed militias, began a new offensive on eastern Aleppo on November 15 after a pause of several weeks.
""",
events=[
    ev("The Syrian army took the Masaken Hanano housing district of eastern Aleppo.",
       "2016-11-26", "‘on Saturday’ before the Monday 2016-11-28 dateline: Saturday 2016-11-26",
       "Masaken Hanano, Aleppo", "Aleppo", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "The army's general command said troops had \"restored security and stability\" to the Masaken Hanano housing district on Saturday, the first major neighbourhood of the east to fall since rebels seized it in 2012."),
    ev("Government forces pushed into the Jabal Badro, al-Haidariya and al-Sakhour districts, cutting off the north of the enclave.",
       "2016-11-27", "‘On Sunday’ before the Monday 2016-11-28 dateline: Sunday 2016-11-27",
       "Jabal Badro, al-Haidariya and al-Sakhour, Aleppo", "Aleppo", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "On Sunday they pushed on into the Jabal Badro, al-Haidariya and al-Sakhour districts, the Syrian Observatory for Human Rights said, leaving the rebels in the northern part of the enclave cut off.",
       note="one statement listing three districts: one event"),
    ev("YPG fighters moved into Bustan al-Basha as rebels withdrew from it.",
       "2016-11-27", "‘on Sunday night’ before the Monday 2016-11-28 dateline: Sunday 2016-11-27",
       "Bustan al-Basha, Aleppo", "Aleppo", "SY", "territory_gain", "YPG", "Syrian rebels",
       None, None, None, None,
       "Kurdish fighters of the YPG, who hold the Sheikh Maqsoud district, moved into the neighbouring Bustan al-Basha area on Sunday night as rebels withdrew from it, the Observatory said.",
       note="taken without reported fighting"),
    ev("Government helicopters dropped barrel bombs on Bab al-Nairab and al-Firdous, killing 11 civilians (15 according to civil defence).",
       "2016-11-27", "‘on Sunday’ before the Monday 2016-11-28 dateline: Sunday 2016-11-27",
       "Bab al-Nairab and al-Firdous, Aleppo", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       11, 15, None, None,
       "Government helicopters dropped barrel bombs on the Bab al-Nairab and al-Firdous districts, in the south of the enclave, on Sunday, killing 11 civilians, among them four children, the Observatory said. Civil defence workers in the east put the toll at 15.",
       note="two districts sharing one toll; conflicting sources 11 (SOHR) vs 15 (civil defence)"),
    ev("Rebel shells fired into western Aleppo killed three people in al-Hamdaniya and New Aleppo.",
       "2016-11-28", "‘on Monday morning’, the Monday 2016-11-28 dateline",
       "al-Hamdaniya and New Aleppo, Aleppo", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       3, None, None, None,
       "Rebel shells fired into western Aleppo killed three people in the al-Hamdaniya and New Aleppo districts on Monday morning, the state news agency SANA said, blaming \"terrorist groups\".",
       note="two districts sharing one toll: one event"),
],
figures=[
    fig("displaced", 10000, "eastern Aleppo",
        "The Observatory said about 10,000 people had fled the east since Saturday"),
    fig("civilians_trapped", 250000, "eastern Aleppo",
        "Before the assault, the United Nations estimated that some 250,000 people were trapped in the rebel-held districts"),
])
# ---------------------------------------------------------------------------
# h21-07 .. h21-12
# ---------------------------------------------------------------------------

report("h21-07", "2016-09-11", "https://www.example-rafidainherald.com/baghdad/2016/09/11/baghdad-jadida-market-car-bomb",
"""
Car bomb kills 13 at Baghdad market on eve of Eid; Islamic State claims attack

BAGHDAD, September 11 (Rafidain Herald) - A car bomb tore through a crowded market in the south-eastern Baghdad district of Baghdad al-Jadida late on Saturday, killing at least 11 people and wounding 34, police and medical officials said.

The blast went off at about 10 pm outside a row of shops selling clothes and sweets, as families were shopping for the Eid al-Adha holiday. A police colonel said the explosives had been hidden in a parked minibus. Medical officials at al-Kindi hospital said on Sunday that two of the wounded had died overnight, putting the toll at 13.

Islamic State claimed responsibility in a statement circulated online, saying one of its fighters had detonated a car bomb "in a gathering of the rejectionists", a derogatory term it uses for Shi'ites, and claiming that 40 had been killed.

In a separate attack on Sunday morning, a roadside bomb struck an army patrol near the town of Tarmiyah, 50 km north of the capital, killing two soldiers and wounding an officer, a military source said.

Baghdad Operations Command said security forces had arrested three suspects in the Abu Ghraib district, west of the capital, on Sunday, and found a workshop with explosive belts and materials for making car bombs. It did not say whether the men were linked to Saturday's blast.

The Interior Ministry ordered extra checkpoints around markets and mosques during the holiday. Residents at the scene accused the security forces of failing to stop vehicles from parking near the shops. "Every year we bury people before the Eid," said a shopkeeper whose brother was wounded.

Islamic State has stepped up bombings in Baghdad since losing ground to Iraqi forces in Anbar and Salahuddin provinces this year. A truck bomb in the Karrada district in July killed more than 300 people, the deadliest single attack in the capital since 2003. According to a United Nations tally, 812 Iraqis were killed in acts of terrorism and armed violence in August alone.
""",
events=[
    ev("A car bomb hidden in a parked minibus exploded outside shops in a Baghdad al-Jadida market, killing 13 (two of the wounded died overnight) and wounding 32; Islamic State claimed it.",
       "2016-09-10", "‘late on Saturday’ before the Sunday 2016-09-11 dateline: Saturday 2016-09-10",
       "Baghdad al-Jadida market", "Baghdad", "IQ", "explosion", "Islamic State", "civilians",
       13, None, 32, None,
       "A car bomb tore through a crowded market in the south-eastern Baghdad district of Baghdad al-Jadida late on Saturday, killing at least 11 people and wounding 34, police and medical officials said. [...] Medical officials at al-Kindi hospital said on Sunday that two of the wounded had died overnight, putting the toll at 13. [...] Islamic State claimed responsibility in a statement circulated online",
       note="11 + 2 wounded who died later = 13; wounded 34 - 2 = 32; Islamic State\u2019s claimed 40 dead not used"),
    ev("A roadside bomb struck an army patrol near Tarmiyah, killing two soldiers and wounding an officer.",
       "2016-09-11", "‘on Sunday morning’, the Sunday 2016-09-11 dateline",
       "Tarmiyah", "Baghdad", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       2, None, 1, None,
       "In a separate attack on Sunday morning, a roadside bomb struck an army patrol near the town of Tarmiyah, 50 km north of the capital, killing two soldiers and wounding an officer, a military source said.",
       note="nobody named as responsible"),
    ev("Security forces arrested three suspects in Abu Ghraib and found a workshop with explosive belts and car-bomb materials.",
       "2016-09-11", "‘arrested three suspects in the Abu Ghraib district, west of the capital, on Sunday’: Sunday 2016-09-11",
       "Abu Ghraib", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "unknown",
       None, None, None, None,
       "Baghdad Operations Command said security forces had arrested three suspects in the Abu Ghraib district, west of the capital, on Sunday, and found a workshop with explosive belts and materials for making car bombs.",
       arrested=3),
],
figures=[
    fig("killed", 812, "Iraq",
        "According to a United Nations tally, 812 Iraqis were killed in acts of terrorism and armed violence in August alone.",
        note="monthly total, August"),
])

report("h21-08", "2017-06-15", "https://www.example-kurdistanwire.com/syria/2017/06/15/raqqa-romaniya-coalition-strikes-civilians",
"""
SDF pushes into western Raqqa; monitor says coalition strikes killed 21 civilians

QAMISHLI, Syria, June 15 (Kurdistan Wire) - US-backed fighters captured the al-Romaniya district on the western edge of Raqqa on Wednesday, a week after they first broke into Islamic State's de facto capital, the Syrian Democratic Forces (SDF) said.

A spokeswoman for the SDF's Wrath of the Euphrates campaign said the alliance's fighters had also advanced into the Qadisiya district and were fighting street by street under heavy sniper fire. She said 12 SDF fighters had been killed since Sunday, without giving figures for the wounded.

The Syrian Observatory for Human Rights said air strikes by the US-led coalition on the al-Badu district and the area around the main post office had killed 21 civilians, including six children, on Tuesday night. Activists of a Raqqa media group put the toll at 23 and published the names of 18 victims.

A coalition spokesman said the alliance "takes all allegations of civilian casualties seriously" and would review the reports, adding that Islamic State used civilians as human shields.

On Wednesday morning, four members of a family were killed when they stepped on a mine while trying to leave the city along the bank of the Euphrates, the Observatory said. Residents who escaped said the militants had mined the river bank and the roads leading south, and were shooting at anyone who tried to cross.

Islamic State's Amaq news agency said the group's fighters had destroyed three SDF vehicles with suicide car bombs in al-Sinaa, on the eastern side of the city, and killed "dozens of apostates". The SDF did not comment on the claim.

The United Nations estimates that up to 100,000 civilians remain trapped in Raqqa. Coalition officials believe about 2,500 militants are defending the city, which the group has held since early 2014.
""",
events=[
    ev("SDF fighters captured the al-Romaniya district on the western edge of Raqqa.",
       "2017-06-14", "‘on Wednesday’ before the Thursday 2017-06-15 dateline: Wednesday 2017-06-14",
       "al-Romaniya, Raqqa", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "US-backed fighters captured the al-Romaniya district on the western edge of Raqqa on Wednesday, a week after they first broke into Islamic State's de facto capital, the Syrian Democratic Forces (SDF) said."),
    ev("SDF fighters advanced into the Qadisiya district of Raqqa and fought street by street under sniper fire.",
       None, "ongoing, no day given (‘had also advanced’)",
       "Qadisiya, Raqqa", "Raqqa", "SY", "battle", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "A spokeswoman for the SDF's Wrath of the Euphrates campaign said the alliance's fighters had also advanced into the Qadisiya district and were fighting street by street under heavy sniper fire.",
       note="no day; the SDF deaths \u2018since Sunday\u2019 are a figure, not this event\u2019s toll", optional=True),
    ev("Coalition air strikes on the al-Badu district and the area around the main post office killed 21 civilians, six of them children (23 according to activists).",
       "2017-06-13", "‘on Tuesday night’ before the Thursday 2017-06-15 dateline: Tuesday 2017-06-13",
       "al-Badu, Raqqa", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
       21, 23, None, None,
       "The Syrian Observatory for Human Rights said air strikes by the US-led coalition on the al-Badu district and the area around the main post office had killed 21 civilians, including six children, on Tuesday night. Activists of a Raqqa media group put the toll at 23 and published the names of 18 victims.",
       note="conflicting tolls 21 (SOHR) vs 23 (activists); the coalition reviews the reports and does not deny the strikes"),
    ev("Four members of a family were killed by a mine while trying to leave Raqqa along the Euphrates bank.",
       "2017-06-14", "‘On Wednesday morning’ before the Thursday 2017-06-15 dateline: Wednesday 2017-06-14",
       "Euphrates bank, Raqqa", "Raqqa", "SY", "explosion", "Islamic State", "civilians",
       4, None, None, None,
       "On Wednesday morning, four members of a family were killed when they stepped on a mine while trying to leave the city along the bank of the Euphrates, the Observatory said. Residents who escaped said the militants had mined the river bank and the roads leading south",
       note="mines laid by the militants, according to residents"),
    ev("Amaq said Islamic State suicide car bombs destroyed three SDF vehicles in al-Sinaa.",
       None, "no day given (‘the group's fighters had destroyed three SDF vehicles’ is undated)",
       "al-Sinaa, Raqqa", "Raqqa", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       None, None, None, None,
       "Islamic State's Amaq news agency said the group's fighters had destroyed three SDF vehicles with suicide car bombs in al-Sinaa, on the eastern side of the city, and killed \"dozens of apostates\". The SDF did not comment on the claim.",
       note="claimed by the attackers only, undated; claimed toll not used", optional=True),
],
figures=[
    fig("killed", 12, "Raqqa",
        "She said 12 SDF fighters had been killed since Sunday",
        note="SDF fighters since Sunday"),
    fig("civilians_trapped", 100000, "Raqqa",
        "The United Nations estimates that up to 100,000 civilians remain trapped in Raqqa."),
    fig("fighters", 2500, "Raqqa",
        "Coalition officials believe about 2,500 militants are defending the city",
        note="Islamic State militants"),
])

report("h21-09", "2019-01-08", "https://www.example-iraqtodaydaily.com/security/2019/01/08/interior-ministry-annual-review",
"""
Iraq says attack deaths fell sharply in 2018 but warns of Islamic State cells in the Hamrin hills

BAGHDAD, January 8 (Iraq Today Daily) - Deaths from attacks across Iraq fell in 2018 to their lowest level in 15 years, but Islamic State remnants remain active in the rugged areas where Kirkuk, Salahuddin and Diyala provinces meet, the Interior Ministry said on Tuesday.

Presenting the ministry's annual security review, a spokesman said 1,260 people, civilians and members of the security forces, had been killed in bombings, shootings and other attacks last year, against more than 4,300 in 2017 and well over 9,000 in 2016. Car bombs, once a near-daily occurrence in Baghdad, had fallen to a handful, he said.

He said the security forces had arrested more than 6,000 people suspected of belonging to Islamic State in 2018 and dismantled 412 "terrorist cells", many of them in the deserts of Anbar and the Hamrin mountains. Iraqi courts have sentenced hundreds of convicted militants to death since the group's defeat, a process that rights groups say is marred by rushed trials.

Military commanders estimate that between 1,000 and 1,500 militants are still hiding in Iraq, mostly in small groups that move at night, set up fake checkpoints on highways and kidnap or kill village headmen, farmers and shepherds suspected of informing on them.

"They no longer hold territory, but they are trying to show that they still exist," a senior officer in the Joint Operations Command said in an interview. The army, the police and the Popular Mobilisation Forces have launched more than 20 clearing operations in the Hamrin range since the summer, he said.

Nearly 1.9 million Iraqis remain displaced from their homes, according to the International Organization for Migration, many of them in camps in Nineveh and the Kurdistan Region, while more than 4 million have returned. In Mosul's old city and in parts of Ramadi and Sinjar, returns have stalled because of destroyed housing and unexploded bombs.

Prime Minister Adel Abdul Mahdi, who took office in October, has promised to bring all weapons under state control, including those of the Shi'ite-led paramilitary groups that fought Islamic State.
""",
country_hint="IQ",
figures=[
    fig("killed", 1260, "Iraq",
        "a spokesman said 1,260 people, civilians and members of the security forces, had been killed in bombings, shootings and other attacks last year",
        note="2018"),
    fig("killed", 4300, "Iraq",
        "against more than 4,300 in 2017",
        note="2017"),
    fig("killed", 9000, "Iraq",
        "well over 9,000 in 2016",
        note="2016"),
    fig("arrested", 6000, "Iraq",
        "the security forces had arrested more than 6,000 people suspected of belonging to Islamic State in 2018",
        note="2018"),
    fig("other", 412, "Iraq",
        "dismantled 412 \"terrorist cells\"",
        note="cells dismantled in 2018"),
    fig("fighters", 1000, "Iraq",
        "Military commanders estimate that between 1,000 and 1,500 militants are still hiding in Iraq",
        note="Islamic State militants; range 1,000-1,500, lower bound"),
    fig("other", 20, "Hamrin mountains",
        "have launched more than 20 clearing operations in the Hamrin range since the summer",
        note="clearing operations"),
    fig("displaced", 1900000, "Iraq",
        "Nearly 1.9 million Iraqis remain displaced from their homes, according to the International Organization for Migration"),
    fig("returned", 4000000, "Iraq",
        "while more than 4 million have returned"),
])

report("h21-10", "2017-10-05", "https://www.example-kirkukobserver.com/news/2017/10/05/hawija-centre-oil-wells-surrender",
"""
Iraqi forces enter Hawija centre; militants set oil wells ablaze as they flee

KIRKUK, Iraq, October 5 (Kirkuk Observer) - Iraqi troops and Shi'ite-led paramilitary units entered the centre of Hawija on Thursday morning and raised the national flag over the town's main government building, ending more than three years of Islamic State rule over one of its last strongholds in Iraq, the Joint Operations Command said.

Counter-terrorism units led the final push from the south, the JOC said, after the army and the Popular Mobilisation Forces had retaken the town of al-Riyadh and more than 20 surrounding villages earlier in the week. It said the militants put up less resistance than expected, and that many had fled towards the Hamrin mountains or to Kurdish lines north of the town.

A Peshmerga commander at the Maktab Khalid front said about 150 Islamic State fighters had handed themselves over to Kurdish forces overnight, many of them with their families. "They came at night, in groups of ten and twenty, with their hands up," he said. Kurdish officials said the men were being questioned by the Asayish security service in Dibis.

Before they withdrew, the militants set fire to at least seven oil wells in the Allas field, west of Hawija, on Wednesday, sending columns of black smoke over the area, an official of the North Oil Company said. Firefighting teams could not reach the wells because of mines.

On Tuesday, a roadside bomb destroyed a PMF vehicle on the road between al-Riyadh and al-Abbasi, killing three fighters, a PMF spokesman said. Another fighter died of his wounds in Kirkuk's main hospital the next day.

The United Nations said more than 12,500 people had fled Hawija district since the offensive began on September 21, and that as many as 78,000 civilians may still be living in the area. Aid workers at the Debaga camp said new arrivals described months of hunger, with flour selling at ten times its pre-war price.

Iraqi commanders say the Hawija operation will be followed by a campaign to clear the desert of western Anbar along the Syrian border, the militants' last foothold in the country.
""",
events=[
    ev("Iraqi troops, led by counter-terrorism units, and PMF units entered the centre of Hawija and raised the flag over the main government building.",
       "2017-10-05", "‘on Thursday morning’, the Thursday 2017-10-05 dateline",
       "Hawija", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and Shi'ite-led paramilitary units entered the centre of Hawija on Thursday morning and raised the national flag over the town's main government building, ending more than three years of Islamic State rule over one of its last strongholds in Iraq, the Joint Operations Command said.",
       note="with the CTS and the PMF"),
    ev("The army and the PMF retook the town of al-Riyadh and more than 20 surrounding villages.",
       None, "‘earlier in the week’; day not stated",
       "al-Riyadh", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Counter-terrorism units led the final push from the south, the JOC said, after the army and the Popular Mobilisation Forces had retaken the town of al-Riyadh and more than 20 surrounding villages earlier in the week.",
       note="with the PMF"),
    ev("About 150 Islamic State fighters surrendered to the Peshmerga at the Maktab Khalid front overnight.",
       "2017-10-04", "‘overnight’ before the Thursday 2017-10-05 report: the night of Wednesday 2017-10-04",
       "Maktab Khalid", "Kirkuk", "IQ", "other", "Islamic State", "Peshmerga",
       None, None, None, None,
       "A Peshmerga commander at the Maktab Khalid front said about 150 Islamic State fighters had handed themselves over to Kurdish forces overnight, many of them with their families.",
       note="surrender"),
    ev("Retreating militants set fire to at least seven oil wells in the Allas field, west of Hawija.",
       "2017-10-04", "‘on Wednesday’ before the Thursday 2017-10-05 dateline: Wednesday 2017-10-04",
       "Allas oil field", "Salahuddin", "IQ", "other", "Islamic State", "none",
       None, None, None, None,
       "Before they withdrew, the militants set fire to at least seven oil wells in the Allas field, west of Hawija, on Wednesday, sending columns of black smoke over the area, an official of the North Oil Company said.",
       note="property destruction (arson)"),
    ev("A roadside bomb destroyed a PMF vehicle between al-Riyadh and al-Abbasi, killing three fighters; a fourth died of his wounds the next day.",
       "2017-10-03", "‘On Tuesday’ before the Thursday 2017-10-05 dateline: Tuesday 2017-10-03",
       "road between al-Riyadh and al-Abbasi", "Kirkuk", "IQ", "explosion", "unknown", "Popular Mobilization Forces",
       4, None, None, None,
       "On Tuesday, a roadside bomb destroyed a PMF vehicle on the road between al-Riyadh and al-Abbasi, killing three fighters, a PMF spokesman said. Another fighter died of his wounds in Kirkuk's main hospital the next day.",
       note="3 + 1 who died of his wounds = 4; nobody named as responsible"),
],
figures=[
    fig("displaced", 12500, "Hawija district",
        "The United Nations said more than 12,500 people had fled Hawija district since the offensive began on September 21"),
    fig("civilians_trapped", 78000, "Hawija district",
        "as many as 78,000 civilians may still be living in the area"),
])

report("h21-11", "2018-01-25", "https://www.example-bosphoruswire.com/turkey/2018/01/25/kilis-rocket-afrin-jinderes-strikes",
"""
Rocket kills girl in Kilis as Turkey presses Afrin offensive; Kurds say strikes killed eight in Jinderes

ISTANBUL, January 25 (Bosphorus Wire) - A rocket fired from Syria's Afrin region slammed into a house in the Turkish border town of Kilis on Wednesday night, killing a 17-year-old Syrian girl and wounding four members of her family, the governor's office said, as Turkey's offensive against Kurdish fighters across the border entered its sixth day.

Turkish officials blamed the Kurdish YPG militia for the attack, the third on Kilis since Saturday. A YPG spokesman denied that its fighters had fired on Turkish towns and said the group was targeting only "the occupation army and its mercenaries" inside Syria.

The Turkish military said in a statement on Thursday that its jets had struck 22 targets in Afrin overnight, including shelters, ammunition depots and weapons positions. It said that 287 "terrorists" had been neutralised since the start of Operation Olive Branch on Saturday, a term the army uses for militants killed, wounded or captured.

Kurdish officials in Afrin said Turkish air strikes on the town of Jinderes on Wednesday afternoon had killed eight civilians, among them a mother and three of her children, and wounded 13. A doctor at Afrin's main hospital said the dead were brought in from a residential block near the town's bakery. Ankara says it strikes only militant targets and takes the utmost care to avoid harming civilians.

On the ground, Turkish-backed Syrian rebel factions said they had captured a hilltop village north of the town of Bulbul on Wednesday after clashes with YPG fighters. The Syrian Observatory for Human Rights said three rebels and five YPG fighters were killed in the fighting.

Turkey says the YPG is an extension of the PKK, which has waged an insurgency in Turkey since 1984. The United States, which has armed the YPG as the backbone of the SDF alliance against Islamic State, has urged Ankara to limit the scope of the operation.

The United Nations said about 6,000 people had been displaced inside the Afrin district since Saturday. The region was home to more than 300,000 people before the offensive, many of whom had fled fighting elsewhere in Syria.
""",
events=[
    ev("A rocket fired from Afrin hit a house in Kilis, killing a 17-year-old Syrian girl and wounding four of her family; Turkey blamed the YPG, which denied it.",
       "2018-01-24", "‘on Wednesday night’ before the Thursday 2018-01-25 dateline: Wednesday 2018-01-24",
       "Kilis", "Kilis", "TR", "explosion", "unknown", "civilians",
       1, None, 4, None,
       "A rocket fired from Syria's Afrin region slammed into a house in the Turkish border town of Kilis on Wednesday night, killing a 17-year-old Syrian girl and wounding four members of her family, the governor's office said [...] Turkish officials blamed the Kurdish YPG militia for the attack, the third on Kilis since Saturday. A YPG spokesman denied that its fighters had fired on Turkish towns",
       note="blamed on the YPG by Turkey, denied by the YPG: unknown"),
    ev("Turkish jets struck 22 targets in Afrin overnight.",
       "2018-01-24", "‘overnight’ before a statement ‘on Thursday’ (the Thursday 2018-01-25 dateline): the night of Wednesday 2018-01-24",
       "Afrin", "Aleppo", "SY", "explosion", "Turkish security forces", "YPG",
       None, None, None, None,
       "The Turkish military said in a statement on Thursday that its jets had struck 22 targets in Afrin overnight, including shelters, ammunition depots and weapons positions.",
       note="targets across the district, not placed", optional=True),
    ev("Turkish air strikes on a residential block in Jinderes killed eight civilians, among them a mother and three children, and wounded 13, Kurdish officials said.",
       "2018-01-24", "‘on Wednesday afternoon’ before the Thursday 2018-01-25 dateline: Wednesday 2018-01-24",
       "Jinderes", "Aleppo", "SY", "explosion", "Turkish security forces", "civilians",
       8, None, 13, None,
       "Kurdish officials in Afrin said Turkish air strikes on the town of Jinderes on Wednesday afternoon had killed eight civilians, among them a mother and three of her children, and wounded 13.",
       note="Ankara says it strikes only militant targets; the strikes are not denied, the victims are disputed"),
    ev("Turkish-backed rebel factions captured a hilltop village north of Bulbul after clashes with the YPG; three rebels and five YPG fighters were killed.",
       "2018-01-24", "‘on Wednesday’ before the Thursday 2018-01-25 dateline: Wednesday 2018-01-24",
       "village north of Bulbul", "Aleppo", "SY", "territory_gain", "Turkish-backed Syrian rebels", "YPG",
       8, None, None, None,
       "On the ground, Turkish-backed Syrian rebel factions said they had captured a hilltop village north of the town of Bulbul on Wednesday after clashes with YPG fighters. The Syrian Observatory for Human Rights said three rebels and five YPG fighters were killed in the fighting.",
       note="8 = 3 rebels + 5 YPG (SOHR)"),
],
figures=[
    fig("other", 287, "Afrin",
        "It said that 287 \"terrorists\" had been neutralised since the start of Operation Olive Branch on Saturday",
        note="\u2018neutralised\u2019 = killed, wounded or captured; claimed by the Turkish military"),
    fig("displaced", 6000, "Afrin district",
        "The United Nations said about 6,000 people had been displaced inside the Afrin district since Saturday."),
])

report("h21-12", "2016-06-19", "https://www.example-gulflevantwire.com/iraq/2016/06/19/fallujah-government-compound-jolan",
"""
Iraqi forces raise flag over Fallujah government compound; fighting persists in north of city

BAGHDAD, June 19 (Gulf and Levant Wire) - Iraqi counter-terrorism forces have retaken the government compound in the centre of Fallujah from Islamic State, but fighting continued on Sunday in the northern districts of the city, commanders said, four weeks after the offensive began.

Troops of the Counter-Terrorism Service raised the Iraqi flag over the main administrative building on Friday evening after meeting little resistance, the head of the operation told state television. Prime Minister Haider al-Abadi hailed the recapture as a victory for all Iraqis, although officers on the ground said pockets of militants remained in the al-Jolan and al-Nazzal districts and would take days to clear.

Clashes in al-Jolan on Saturday killed seven soldiers and wounded more than 20, an army officer said. He said the troops had found booby-trapped houses and tunnels dug between buildings.

Thousands of civilians have poured out of the city since Friday, many of them crossing the Euphrates at night on makeshift rafts or swimming. Local officials said at least a dozen people, including children, had drowned in recent days.

Families reaching the checkpoint at al-Amiriyat al-Fallujah told aid workers that Islamic State militants had opened fire on a group of about 60 people trying to leave the al-Shuhada district on Thursday night, killing six of them, including two women.

Anbar provincial officials said a Shi'ite militia fighting alongside the army had detained 31 men who fled from the village of al-Sijar, north of Fallujah, earlier this month, and that their families had heard nothing from them since. A spokesman for the Popular Mobilisation Forces denied that its units were holding any civilians and said all men leaving Fallujah were being screened by the army and police.

The Norwegian Refugee Council said more than 84,000 people had fled the Fallujah area since the start of the offensive on May 22, and that camps south of the city were overflowing. Some families were sleeping in the open in temperatures above 45 degrees Celsius.

Fallujah, 50 km west of Baghdad, was the first Iraqi city to fall to Islamic State, in January 2014.
""",
events=[
    ev("CTS troops retook the government compound in the centre of Fallujah and raised the flag over the main administrative building.",
       "2016-06-17", "‘on Friday evening’ before the Sunday 2016-06-19 dateline: Friday 2016-06-17",
       "government compound, Fallujah", "Anbar", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Troops of the Counter-Terrorism Service raised the Iraqi flag over the main administrative building on Friday evening after meeting little resistance, the head of the operation told state television."),
    ev("Clashes with Islamic State in al-Jolan killed seven soldiers and wounded more than 20.",
       "2016-06-18", "‘on Saturday’ before the Sunday 2016-06-19 dateline: Saturday 2016-06-18",
       "al-Jolan, Fallujah", "Anbar", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       7, None, 20, None,
       "Clashes in al-Jolan on Saturday killed seven soldiers and wounded more than 20, an army officer said."),
    ev("Islamic State militants fired on about 60 people fleeing the al-Shuhada district, killing six, two of them women.",
       "2016-06-16", "‘on Thursday night’ before the Sunday 2016-06-19 dateline: Thursday 2016-06-16",
       "al-Shuhada, Fallujah", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       6, None, None, None,
       "Families reaching the checkpoint at al-Amiriyat al-Fallujah told aid workers that Islamic State militants had opened fire on a group of about 60 people trying to leave the al-Shuhada district on Thursday night, killing six of them, including two women."),
    ev("A Shi'ite militia detained 31 men who fled al-Sijar and they have not been heard from since; the PMF denies holding civilians.",
       None, "‘earlier this month’; day not stated",
       "al-Sijar", "Anbar", "IQ", "other", "unknown", "civilians",
       None, None, None, None,
       "Anbar provincial officials said a Shi'ite militia fighting alongside the army had detained 31 men who fled from the village of al-Sijar, north of Fallujah, earlier this month, and that their families had heard nothing from them since. A spokesman for the Popular Mobilisation Forces denied that its units were holding any civilians",
       note="forced disappearance; blamed on a militia of the PMF, denied by the PMF: unknown; only \u2018earlier this month\u2019",
       optional=True),
],
figures=[
    fig("displaced", 84000, "Fallujah",
        "The Norwegian Refugee Council said more than 84,000 people had fled the Fallujah area since the start of the offensive on May 22"),
    fig("other", 12, "Euphrates near Fallujah",
        "Local officials said at least a dozen people, including children, had drowned in recent days.",
        note="drowned while fleeing; not an attack"),
])
# ---------------------------------------------------------------------------
# h21-13 .. h21-18
# ---------------------------------------------------------------------------

report("h21-13", "2017-09-09", "https://www.example-levantwire.com/syria/2017/09/09/deir-ezzor-corridor-jazira-storm",
"""
Syrian army widens Deir ez-Zor corridor as SDF launches rival offensive east of Euphrates

BEIRUT, September 9 (Levant Wire Service) - Syrian troops pushed out from Deir ez-Zor on Saturday to widen the corridor they opened into the besieged city this week, while US-backed forces launched their own offensive against Islamic State on the other side of the Euphrates, setting up a race for the oil-rich province.

State television said the army and allied forces had taken control of the Tharda mountains, south of the city's military airport, on Friday, after the militants withdrew. On Tuesday, a column advancing across the desert from the west reached the 137th Brigade base on the city's western edge, breaking a siege that Islamic State had imposed on the government-held districts since early 2015.

East of the river, the Syrian Democratic Forces (SDF) said they had begun an operation called Jazira Storm on Saturday morning and had advanced about 15 km from their positions in Hasakah province, reaching the edge of the industrial zone on the city's eastern outskirts. An SDF commander said the alliance was not coordinating with the government.

Russian air strikes hit the village of al-Khraita, west of Deir ez-Zor, on Thursday, killing 19 civilians, most of them from families who had fled Raqqa, the Syrian Observatory for Human Rights said. The Russian defence ministry said its aircraft had destroyed Islamic State convoys and command posts in the area, and made no mention of civilians.

Islamic State fighters shelled the government-held al-Joura district on Friday, killing five people and wounding 14, the state news agency SANA said. It said some of the shells fell near a school used to store food dropped by parachute.

The United Nations says about 90,000 people in the government-held part of the city have survived for more than two years on air drops and goods flown in by military aircraft.

Islamic State still holds most of Deir ez-Zor province, including the towns of al-Mayadeen and al-Bukamal, where many of its leaders are believed to have moved after losing Mosul and as the SDF closes in on Raqqa.
""",
events=[
    ev("The army and allied forces took the Tharda mountains south of the Deir ez-Zor military airport after the militants withdrew.",
       "2017-09-08", "‘on Friday’ before the Saturday 2017-09-09 dateline: Friday 2017-09-08",
       "Tharda mountains", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "State television said the army and allied forces had taken control of the Tharda mountains, south of the city's military airport, on Friday, after the militants withdrew."),
    ev("An army column reached the 137th Brigade base on the western edge of Deir ez-Zor, breaking the Islamic State siege.",
       "2017-09-05", "‘On Tuesday’ before the Saturday 2017-09-09 dateline: Tuesday 2017-09-05",
       "137th Brigade base, Deir ez-Zor", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "On Tuesday, a column advancing across the desert from the west reached the 137th Brigade base on the city's western edge, breaking a siege that Islamic State had imposed on the government-held districts since early 2015."),
    ev("The SDF launched Jazira Storm, advancing about 15 km to the edge of the industrial zone on Deir ez-Zor's eastern outskirts.",
       "2017-09-09", "‘on Saturday morning’, the Saturday 2017-09-09 dateline",
       "industrial zone, Deir ez-Zor", "Deir ez-Zor", "SY", "battle", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "East of the river, the Syrian Democratic Forces (SDF) said they had begun an operation called Jazira Storm on Saturday morning and had advanced about 15 km from their positions in Hasakah province, reaching the edge of the industrial zone on the city's eastern outskirts.",
       note="an advance that reached an area without taking it: battle"),
    ev("Russian air strikes on al-Khraita killed 19 civilians, most from families displaced from Raqqa, SOHR said.",
       "2017-09-07", "‘on Thursday’ before the Saturday 2017-09-09 dateline: Thursday 2017-09-07",
       "al-Khraita", "Deir ez-Zor", "SY", "explosion", "Russian forces", "civilians",
       19, None, None, None,
       "Russian air strikes hit the village of al-Khraita, west of Deir ez-Zor, on Thursday, killing 19 civilians, most of them from families who had fled Raqqa, the Syrian Observatory for Human Rights said. The Russian defence ministry said its aircraft had destroyed Islamic State convoys and command posts in the area, and made no mention of civilians.",
       note="Russia admits strikes in the area and says it hit Islamic State; victims disputed, actor kept"),
    ev("Islamic State shelled the government-held al-Joura district, killing five and wounding 14.",
       "2017-09-08", "‘on Friday’ before the Saturday 2017-09-09 dateline: Friday 2017-09-08",
       "al-Joura, Deir ez-Zor", "Deir ez-Zor", "SY", "explosion", "Islamic State", "civilians",
       5, None, 14, None,
       "Islamic State fighters shelled the government-held al-Joura district on Friday, killing five people and wounding 14, the state news agency SANA said."),
],
figures=[
    fig("civilians_trapped", 90000, "Deir ez-Zor",
        "The United Nations says about 90,000 people in the government-held part of the city have survived for more than two years on air drops",
        note="besieged government-held districts"),
])

report("h21-14", "2017-04-05", "https://www.example-nineveherald.com/mosul/2017/04/05/rifai-house-collapse-blame",
"""
Residents and army trade blame over blast that flattened two houses in west Mosul

MOSUL, Iraq, April 5 (Nineveh Herald) - Rescue workers pulled bodies from the ruins of two houses in western Mosul's al-Rifai neighbourhood on Tuesday, a day after a blast that residents blamed on an air strike and the army blamed on Islamic State explosives.

A local councillor said 14 people from two families, among them seven children, were killed when the houses collapsed on Monday morning. The civil defence directorate said its teams had recovered 19 bodies from the site. Neighbours said the families had been sheltering together in a basement.

"We heard a plane, then the whole street shook," said a man who lost his brother. An Iraqi military spokesman said there had been no air strike in the area that morning and that the militants had packed the houses with explosives and forced the families to stay inside. The US-led coalition said it was reviewing whether any of its strikes in western Mosul on Monday could be linked to the incident.

A federal police statement said its units had "liberated" the Bab al-Jadid district, on the south-western edge of the old city, on Sunday, and had killed 23 militants, including a foreign sniper. It gave no figures for its own losses.

On Monday evening, Islamic State snipers fired on a group of about 40 people fleeing through orchards towards army lines on the edge of the 17 Tammuz neighbourhood, killing four, including a child, a soldier at the scene said. The others reached the troops and were taken by bus to the camps at Hammam al-Alil.

At the Hammam al-Alil screening centre, intelligence officers detained nine men on Tuesday whose names matched lists of suspected Islamic State members, a police officer said.

More than 240,000 people have fled western Mosul since the offensive on that side of the river began on February 19, the International Organization for Migration says. The United Nations believes around 400,000 civilians are still inside the old city and the districts around it, where the militants are making their last stand.
""",
events=[
    ev("Two houses sheltering two families collapsed in a blast in al-Rifai; a councillor gave 14 dead, civil defence recovered 19 bodies. Residents blamed an air strike, the army blamed Islamic State explosives.",
       "2017-04-03", "‘on Monday morning’ (‘a day after’ the recovery of Tuesday 2017-04-04) before the Wednesday 2017-04-05 dateline: Monday 2017-04-03",
       "al-Rifai, Mosul", "Nineveh", "IQ", "explosion", "unknown", "civilians",
       14, 19, None, None,
       "A local councillor said 14 people from two families, among them seven children, were killed when the houses collapsed on Monday morning. The civil defence directorate said its teams had recovered 19 bodies from the site. [...] An Iraqi military spokesman said there had been no air strike in the area that morning and that the militants had packed the houses with explosives and forced the families to stay inside.",
       note="conflicting tolls 14 (councillor) vs 19 (civil defence); residents blame an air strike, the army denies one and blames Islamic State: unknown"),
    ev("Federal police took the Bab al-Jadid district on the south-western edge of the old city, killing 23 militants.",
       "2017-04-02", "‘on Sunday’ before the Wednesday 2017-04-05 dateline: Sunday 2017-04-02",
       "Bab al-Jadid, Mosul", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       23, None, None, None,
       "A federal police statement said its units had \"liberated\" the Bab al-Jadid district, on the south-western edge of the old city, on Sunday, and had killed 23 militants, including a foreign sniper.",
       note="official police count of enemy dead, used; own losses not given"),
    ev("Islamic State snipers fired on about 40 people fleeing through orchards near 17 Tammuz, killing four, including a child.",
       "2017-04-03", "‘On Monday evening’ before the Wednesday 2017-04-05 dateline: Monday 2017-04-03",
       "17 Tammuz, Mosul", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "On Monday evening, Islamic State snipers fired on a group of about 40 people fleeing through orchards towards army lines on the edge of the 17 Tammuz neighbourhood, killing four, including a child, a soldier at the scene said."),
    ev("Intelligence officers at the Hammam al-Alil screening centre detained nine men whose names matched lists of suspected Islamic State members.",
       "2017-04-04", "‘on Tuesday’ before the Wednesday 2017-04-05 dateline: Tuesday 2017-04-04",
       "Hammam al-Alil", "Nineveh", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "At the Hammam al-Alil screening centre, intelligence officers detained nine men on Tuesday whose names matched lists of suspected Islamic State members, a police officer said.",
       arrested=9),
],
figures=[
    fig("displaced", 240000, "western Mosul",
        "More than 240,000 people have fled western Mosul since the offensive on that side of the river began on February 19"),
    fig("civilians_trapped", 400000, "old city of Mosul",
        "The United Nations believes around 400,000 civilians are still inside the old city and the districts around it"),
])

report("h21-15", "2018-11-15", "https://www.example-emedpress.com/syria/2018/11/15/idlib-buffer-zone-two-months-on",
"""
Two months on, Idlib buffer zone holds but jihadists stay put

ANKARA, November 15 (Eastern Mediterranean Press) - The demilitarised zone that Russia and Turkey agreed to set up around Syria's last big rebel stronghold has averted a government offensive for now, but the jihadist groups that the deal was meant to push out of the area have not left, Turkish and rebel officials say.

Under the agreement reached in the Russian resort of Sochi in September, a strip 15 to 20 km deep was to be cleared of heavy weapons by mid-October and of "radical" fighters soon after, with Turkish and Russian troops patrolling it. Turkey says the heavy weapons have been withdrawn. Hayat Tahrir al-Sham, the alliance led by the former al-Qaeda affiliate, has neither accepted nor rejected the deal, and its fighters remain in their positions.

Turkey has reinforced its 12 observation posts around the province with tanks and artillery, and has sent hundreds of extra commandos, a Turkish official said. Diplomats estimate that the rebel factions in the region number about 70,000 fighters, of whom 10,000 to 15,000 belong to Hayat Tahrir al-Sham and smaller jihadist groups.

The deal has brought the quietest weeks in the north-west for years, although both sides accuse each other of breaches. A monitoring group counts 41 civilians killed by government shelling in and around the zone since it came into force, far below the tolls of the summer.

About 3 million people live in Idlib and the adjoining parts of Hama, Aleppo and Latakia provinces, according to the United Nations, half of them displaced from other parts of Syria, including tens of thousands who were bussed there from Aleppo, Eastern Ghouta and Homs under surrender deals. The UN has warned that an all-out assault could drive 700,000 people towards the sealed Turkish border.

Syrian President Bashar al-Assad has said the agreement is temporary and that Idlib will return to state control "one way or another". Moscow says it will not tolerate attacks on its Hmeimim air base from the zone.
""",
country_hint="SY",
figures=[
    fig("other", 12, "Idlib",
        "Turkey has reinforced its 12 observation posts around the province",
        note="Turkish observation posts"),
    fig("fighters", 70000, "Idlib",
        "Diplomats estimate that the rebel factions in the region number about 70,000 fighters"),
    fig("fighters", 10000, "Idlib",
        "of whom 10,000 to 15,000 belong to Hayat Tahrir al-Sham and smaller jihadist groups",
        note="jihadist fighters; range 10,000-15,000, lower bound"),
    fig("killed", 41, "Idlib demilitarised zone",
        "A monitoring group counts 41 civilians killed by government shelling in and around the zone since it came into force",
        note="civilians since the zone came into force"),
    fig("other", 3000000, "Idlib",
        "About 3 million people live in Idlib and the adjoining parts of Hama, Aleppo and Latakia provinces",
        note="population, half of them displaced"),
    fig("displaced", 700000, "Idlib",
        "The UN has warned that an all-out assault could drive 700,000 people towards the sealed Turkish border.",
        note="projected, not actual"),
])

report("h21-16", "2017-06-27", "https://www.example-bosphoruswire.com/turkey/2017/06/27/istanbul-raids-gaziantep-shootout",
"""
Turkish police detain 38 in Istanbul raids on suspected Islamic State cells; two killed in Gaziantep shootout

ISTANBUL, June 27 (Bosphorus Wire) - Turkish police detained 38 people in dawn raids across Istanbul on Tuesday on suspicion of links to Islamic State, including several foreign nationals, the state-run news agency reported, after authorities said they had received intelligence of a planned attack during the Eid holiday.

Counter-terrorism teams raided 14 addresses in the Esenyurt, Basaksehir and Sultanbeyli districts, the report said. It said 27 of those detained were citizens of Iraq, Syria and Central Asian countries. Police seized weapons, ammunition and documents.

In the southern city of Gaziantep, two suspected militants were killed on Monday night when they opened fire on police who had surrounded a house in the Sahinbey district, the governor's office said in a statement. A police officer was wounded in the leg. A third suspect, a woman, was detained at the scene. The statement said the group had been planning a suicide bombing, and that police found an explosive vest and 6 kg of explosives in the house.

Separately, the army said two Turkish soldiers were wounded when mortar rounds fired from Syria landed near a border post in Kilis province on Sunday. It said howitzers hit back at the source of the fire, which Turkish officials said was in an area held by the YPG across the border from Azaz. The YPG did not comment.

Turkey has detained more than 5,000 people in operations against Islamic State since the start of the year, according to Interior Ministry figures. The group has been blamed for a string of attacks in Turkey since 2015, including the New Year's shooting at an Istanbul nightclub that killed 39 people.

Security has been tightened at airports, bus stations and shopping centres, and the Istanbul governor's office banned demonstrations in parts of the city over the holiday.
""",
events=[
    ev("Counter-terrorism police detained 38 people suspected of Islamic State links in dawn raids on 14 addresses in Esenyurt, Basaksehir and Sultanbeyli.",
       "2017-06-27", "‘in dawn raids across Istanbul on Tuesday’, the Tuesday 2017-06-27 dateline",
       "Esenyurt, Basaksehir and Sultanbeyli, Istanbul", "Istanbul", "TR", "arrest", "Turkish security forces", "Islamic State",
       None, None, None, None,
       "Turkish police detained 38 people in dawn raids across Istanbul on Tuesday on suspicion of links to Islamic State, including several foreign nationals, the state-run news agency reported [...] Counter-terrorism teams raided 14 addresses in the Esenyurt, Basaksehir and Sultanbeyli districts, the report said.",
       note="one count for three districts: one event", arrested=38),
    ev("Police surrounding a house in Sahinbey, Gaziantep, came under fire; two suspected militants were killed, a policeman wounded and a woman detained.",
       "2017-06-26", "‘on Monday night’ before the Tuesday 2017-06-27 dateline: Monday 2017-06-26",
       "Sahinbey, Gaziantep", "Gaziantep", "TR", "battle", "Turkish security forces", "Islamic State",
       2, None, 1, None,
       "In the southern city of Gaziantep, two suspected militants were killed on Monday night when they opened fire on police who had surrounded a house in the Sahinbey district, the governor's office said in a statement. A police officer was wounded in the leg. A third suspect, a woman, was detained at the scene.",
       note="police raid, so the police are actor1 although the suspects fired first; the detention is part of the raid"),
    ev("Mortar rounds fired from Syria landed near a border post in Kilis province, wounding two soldiers; Turkish officials placed the source in a YPG-held area.",
       "2017-06-25", "‘on Sunday’ before the Tuesday 2017-06-27 dateline: Sunday 2017-06-25",
       "border post, Kilis province", "Kilis", "TR", "explosion", "YPG", "Turkish security forces",
       None, None, 2, None,
       "Separately, the army said two Turkish soldiers were wounded when mortar rounds fired from Syria landed near a border post in Kilis province on Sunday. It said howitzers hit back at the source of the fire, which Turkish officials said was in an area held by the YPG across the border from Azaz. The YPG did not comment.",
       note="blamed on the YPG by Turkish officials, not denied"),
    ev("Turkish howitzers fired back at the source of the mortar fire in a YPG-held area across the border from Azaz.",
       "2017-06-25", "return fire after the mortar rounds ‘on Sunday’: Sunday 2017-06-25",
       "YPG-held area across the border from Azaz", "Aleppo", "SY", "explosion", "Turkish security forces", "YPG",
       None, None, None, None,
       "It said howitzers hit back at the source of the fire, which Turkish officials said was in an area held by the YPG across the border from Azaz.",
       note="target not placed more precisely", optional=True),
],
figures=[
    fig("arrested", 5000, "Turkey",
        "Turkey has detained more than 5,000 people in operations against Islamic State since the start of the year",
        note="since January"),
])

report("h21-17", "2017-10-21", "https://www.example-kurdistanwire.com/kurdistan/2017/10/21/altun-kupri-clashes-peshmerga-withdraw",
"""
Peshmerga and Iraqi forces clash at Altun Kupri before Kurds pull back

ERBIL, Iraq, October 21 (Kurdistan Wire) - Iraqi forces took control of Altun Kupri, the last town in Kirkuk province held by Kurdish fighters, on Friday after a battle of several hours with Peshmerga forces, officials on both sides said, bringing Baghdad's takeover of the disputed territories to within 50 km of Erbil.

The fighting began at dawn when Iraqi troops, federal police and units of the Popular Mobilisation Forces (PMF) advanced on Peshmerga positions on the southern edge of the town, using artillery and armoured vehicles. A Peshmerga commander said two of his men were killed and eight wounded. A PMF official said three of its fighters died. The Peshmerga said they had destroyed several Humvees with anti-tank missiles.

By early afternoon the Kurdish forces had withdrawn to positions north of the town, and the Iraqi flag was raised over the municipal building, the Joint Operations Command said.

In Tuz Khurmatu, 75 km south of Kirkuk, Kurdish officials said about 150 houses and shops owned by Kurds had been looted and set on fire since Monday, and accused PMF units of being behind it. A PMF spokesman denied the claim and said "criminal gangs" were responsible. The United Nations said it had received reports of houses being torched in the town and urged the Iraqi government to protect civilians.

In Erbil, several thousand people rallied outside the United Nations office on Friday evening to protest against what they called the silence of the international community over the Iraqi advance. The rally ended peacefully.

Iraqi forces moved into Kirkuk city and its oil fields on Monday, meeting little resistance, three weeks after the Kurdistan Region held a referendum on independence that Baghdad declared illegal. The Peshmerga had taken control of Kirkuk in 2014, when the Iraqi army collapsed in the face of Islamic State's advance.

The UN refugee agency said more than 60,000 people, most of them Kurds, had fled Kirkuk and Tuz Khurmatu since Monday, many of them to Erbil and Sulaimaniya.
""",
events=[
    ev("Iraqi troops, federal police and PMF units attacked Peshmerga positions on the southern edge of Altun Kupri; two Peshmerga and three PMF fighters were killed and eight Peshmerga wounded.",
       "2017-10-20", "‘on Friday’, fighting ‘began at dawn’, before the Saturday 2017-10-21 dateline: Friday 2017-10-20",
       "Altun Kupri", "Kirkuk", "IQ", "battle", "Iraqi Security Forces", "Peshmerga",
       5, None, 8, None,
       "The fighting began at dawn when Iraqi troops, federal police and units of the Popular Mobilisation Forces (PMF) advanced on Peshmerga positions on the southern edge of the town, using artillery and armoured vehicles. A Peshmerga commander said two of his men were killed and eight wounded. A PMF official said three of its fighters died.",
       note="5 = 2 Peshmerga + 3 PMF, each side counting its own dead"),
    ev("After the Peshmerga withdrew, Iraqi forces took Altun Kupri and raised the flag over the municipal building.",
       "2017-10-20", "‘on Friday’ ‘By early afternoon’, before the Saturday 2017-10-21 dateline: Friday 2017-10-20",
       "Altun Kupri", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Peshmerga",
       None, None, None, None,
       "Iraqi forces took control of Altun Kupri, the last town in Kirkuk province held by Kurdish fighters, on Friday after a battle of several hours with Peshmerga forces, officials on both sides said [...] By early afternoon the Kurdish forces had withdrawn to positions north of the town, and the Iraqi flag was raised over the municipal building, the Joint Operations Command said."),
    ev("About 150 Kurdish-owned houses and shops in Tuz Khurmatu were looted and burned over several days; Kurdish officials blamed the PMF, which denied it.",
       None, "over several days ‘since Monday’; no single day",
       "Tuz Khurmatu", "Salahuddin", "IQ", "other", "unknown", "civilians",
       None, None, None, None,
       "In Tuz Khurmatu, 75 km south of Kirkuk, Kurdish officials said about 150 houses and shops owned by Kurds had been looted and set on fire since Monday, and accused PMF units of being behind it. A PMF spokesman denied the claim and said \"criminal gangs\" were responsible.",
       note="looting and arson over several days; blame and denial: unknown", optional=True),
    ev("Several thousand people rallied outside the UN office in Erbil against international silence over the Iraqi advance; the rally ended peacefully.",
       "2017-10-20", "‘on Friday evening’ before the Saturday 2017-10-21 dateline: Friday 2017-10-20",
       "UN office, Erbil", "Erbil", "IQ", "other", "protesters", "none",
       None, None, None, None,
       "In Erbil, several thousand people rallied outside the United Nations office on Friday evening to protest against what they called the silence of the international community over the Iraqi advance. The rally ended peacefully.",
       note="peaceful protest"),
    ev("Iraqi forces moved into Kirkuk city and its oil fields, meeting little resistance.",
       "2017-10-16", "‘on Monday’ before the Saturday 2017-10-21 dateline: Monday 2017-10-16",
       "Kirkuk", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Peshmerga",
       None, None, None, None,
       "Iraqi forces moved into Kirkuk city and its oil fields on Monday, meeting little resistance, three weeks after the Kurdistan Region held a referendum on independence that Baghdad declared illegal."),
],
figures=[
    fig("displaced", 60000, "Kirkuk and Tuz Khurmatu",
        "The UN refugee agency said more than 60,000 people, most of them Kurds, had fled Kirkuk and Tuz Khurmatu since Monday"),
])

report("h21-18", "2019-05-09", "https://www.example-emedpress.com/syria/2019/05/09/kafr-nabuda-falls-idlib-strikes",
"""
Syrian troops seize Kafr Nabuda as bombardment of rebel north-west intensifies

BEIRUT, May 9 (Eastern Mediterranean Press) - Syrian government forces captured the town of Kafr Nabuda in northern Hama province on Wednesday, their biggest gain since they began an offensive on the last major rebel stronghold in the country more than a week ago, a war monitor and state media said.

The state news agency SANA said army units had "eliminated large numbers of terrorists" in Kafr Nabuda and seized weapons depots and tunnels. The Syrian Observatory for Human Rights said 14 soldiers and pro-government fighters and 21 rebels and jihadists had been killed in the battle for the town since Tuesday morning.

Hayat Tahrir al-Sham, the jihadist alliance that dominates Idlib province, hit back on Thursday morning with a suicide car bomb against an army gathering near Qalaat al-Madiq, about 10 km to the south-west. The group said on its Telegram channels that 30 soldiers had been killed. The Observatory said six soldiers died.

A barrel bomb dropped by a government helicopter hit the edge of the hospital in Kafr Nabl on Tuesday, putting it out of service, medical officials said. Nobody was killed, but three staff members were hurt.

In Khan Sheikhoun, an air strike on a residential street killed a woman and her four children on Wednesday evening, the Syria Civil Defence said. It said the aircraft was Russian. Russia's defence ministry denied that its aircraft had carried out any strikes on the town.

Rebel rockets hit the government-held town of Suqaylabiyah on Monday, killing two children, SANA said.

The United Nations says more than 150,000 people have fled their homes in southern Idlib and northern Hama since April 29, most of them heading north towards the Turkish border, and that at least 16 health facilities have been hit. About 3 million people live in the area, which is covered by a de-escalation deal reached by Russia, Turkey and Iran. Russia says it is responding to attacks by militants on its Hmeimim air base.
""",
events=[
    ev("Government forces captured Kafr Nabuda; SOHR counted 14 soldiers and pro-government fighters and 21 rebels and jihadists killed in the battle for the town since the previous morning.",
       "2019-05-08", "captured ‘on Wednesday’ before the Thursday 2019-05-09 dateline: Wednesday 2019-05-08; the toll covers fighting ‘since Tuesday morning’",
       "Kafr Nabuda", "Hama", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       35, None, None, None,
       "Syrian government forces captured the town of Kafr Nabuda in northern Hama province on Wednesday, their biggest gain since they began an offensive on the last major rebel stronghold in the country more than a week ago, a war monitor and state media said. [...] The Syrian Observatory for Human Rights said 14 soldiers and pro-government fighters and 21 rebels and jihadists had been killed in the battle for the town since Tuesday morning.",
       note="35 = 14 + 21 (SOHR); SANA\u2019s \u2018large numbers of terrorists\u2019 not counted; defenders were rebels and jihadists"),
    ev("Hayat Tahrir al-Sham struck an army gathering near Qalaat al-Madiq with a suicide car bomb; SOHR said six soldiers died.",
       "2019-05-09", "‘on Thursday morning’, the Thursday 2019-05-09 dateline",
       "Qalaat al-Madiq", "Hama", "SY", "explosion", "Hayat Tahrir al-Sham", "Syrian government forces",
       6, None, None, None,
       "Hayat Tahrir al-Sham, the jihadist alliance that dominates Idlib province, hit back on Thursday morning with a suicide car bomb against an army gathering near Qalaat al-Madiq, about 10 km to the south-west. The group said on its Telegram channels that 30 soldiers had been killed. The Observatory said six soldiers died.",
       note="HTS\u2019s claimed 30 not used; the independent SOHR count of 6 is"),
    ev("A barrel bomb dropped by a government helicopter hit the edge of the Kafr Nabl hospital, putting it out of service; nobody was killed, three staff were hurt.",
       "2019-05-07", "‘on Tuesday’ before the Thursday 2019-05-09 dateline: Tuesday 2019-05-07",
       "Kafr Nabl hospital", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       0, None, 3, None,
       "A barrel bomb dropped by a government helicopter hit the edge of the hospital in Kafr Nabl on Tuesday, putting it out of service, medical officials said. Nobody was killed, but three staff members were hurt.",
       note="explicit zero killed"),
    ev("An air strike on a residential street in Khan Sheikhoun killed a woman and her four children; civil defence said the aircraft was Russian, Russia denied striking the town.",
       "2019-05-08", "‘on Wednesday evening’ before the Thursday 2019-05-09 dateline: Wednesday 2019-05-08",
       "Khan Sheikhoun", "Idlib", "SY", "explosion", "unknown", "civilians",
       5, None, None, None,
       "In Khan Sheikhoun, an air strike on a residential street killed a woman and her four children on Wednesday evening, the Syria Civil Defence said. It said the aircraft was Russian. Russia's defence ministry denied that its aircraft had carried out any strikes on the town.",
       note="blamed on Russia, denied by Russia: unknown"),
    ev("Rebel rockets hit Suqaylabiyah, killing two children.",
       "2019-05-06", "‘on Monday’ before the Thursday 2019-05-09 dateline: Monday 2019-05-06",
       "Suqaylabiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, None, None,
       "Rebel rockets hit the government-held town of Suqaylabiyah on Monday, killing two children, SANA said."),
],
figures=[
    fig("displaced", 150000, "southern Idlib and northern Hama",
        "The United Nations says more than 150,000 people have fled their homes in southern Idlib and northern Hama since April 29"),
    fig("other", 16, "southern Idlib and northern Hama",
        "at least 16 health facilities have been hit",
        note="health facilities hit since April 29"),
    fig("other", 3000000, "Idlib",
        "About 3 million people live in the area",
        note="population of the de-escalation area"),
])
# ---------------------------------------------------------------------------
# h21-19 .. h21-24
# ---------------------------------------------------------------------------

report("h21-19", "2017-07-06", "https://www.example-tigriswire.com/iraq/2017/07/06/mosul-women-bombers-maidan",
"""
Women suicide bombers strike fleeing families as Mosul battle nears its end

MOSUL, Iraq, July 6 (Tigris Wire) - Two women wearing explosive belts blew themselves up among families fleeing the old city of Mosul on Wednesday, killing 11 people, among them the two bombers and three soldiers, Iraqi officers said, as troops closed in on the last few hundred metres held by Islamic State.

The bombers had joined a line of people walking out of the al-Maidan district towards an army checkpoint, a Counter-Terrorism Service officer said. At least 20 people were wounded. One of the wounded soldiers died later in the field hospital at Hammam al-Alil, a medic there said on Thursday, raising the toll to 12.

The CTS said its troops had taken the Qleiat district on the Tigris bank on Tuesday and were fighting in the remaining streets of al-Maidan. Federal police said on Thursday that their forces had killed 31 militants in the past 48 hours.

Across the river, a rocket fired by the militants from the old city struck a house in the al-Zuhur neighbourhood of east Mosul on Tuesday night, wounding five members of a family, police said.

Officers said the remaining militants, many of them foreigners, were using women and children as human shields, and that the troops were advancing house by house. "Some days we take 50 metres," a CTS major said. "Every house has a fighter or a bomb."

Aid workers at the Hammam al-Alil camp say the people coming out of the old city are severely malnourished, and that many have shrapnel wounds that have gone untreated for weeks. Medical charities say they have treated more than 4,000 trauma patients since the offensive on western Mosul began in February.

Prime Minister Haider al-Abadi is expected to travel to Mosul to declare victory within days. The offensive began on October 17 with more than 100,000 troops, Kurdish Peshmerga and paramilitary fighters. The militants blew up the al-Nuri mosque and its leaning minaret last month as the troops closed in; it was from its pulpit that their leader, Abu Bakr al-Baghdadi, proclaimed a "caliphate" three years ago.

More than 850,000 people have fled Mosul since the start of the offensive, according to the United Nations.
""",
events=[
    ev("Two women suicide bombers blew themselves up among families leaving al-Maidan, killing 12 in all (the two bombers, soldiers and civilians; one soldier died later) and wounding at least 19.",
       "2017-07-05", "‘on Wednesday’ before the Thursday 2017-07-06 dateline: Wednesday 2017-07-05",
       "al-Maidan, Mosul", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       12, None, 19, None,
       "Two women wearing explosive belts blew themselves up among families fleeing the old city of Mosul on Wednesday, killing 11 people, among them the two bombers and three soldiers, Iraqi officers said [...] The bombers had joined a line of people walking out of the al-Maidan district towards an army checkpoint, a Counter-Terrorism Service officer said. At least 20 people were wounded. One of the wounded soldiers died later in the field hospital at Hammam al-Alil, a medic there said on Thursday, raising the toll to 12.",
       note="11 including the 2 bombers and 3 soldiers, + 1 wounded soldier who died later = 12; wounded 20 - 1 = 19; targets were mainly fleeing civilians"),
    ev("CTS troops took the Qleiat district on the Tigris bank.",
       "2017-07-04", "‘on Tuesday’ before the Thursday 2017-07-06 dateline: Tuesday 2017-07-04",
       "Qleiat, Mosul", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "The CTS said its troops had taken the Qleiat district on the Tigris bank on Tuesday and were fighting in the remaining streets of al-Maidan."),
    ev("A rocket fired by the militants from the old city hit a house in al-Zuhur, east Mosul, wounding five members of a family.",
       "2017-07-04", "‘on Tuesday night’ before the Thursday 2017-07-06 dateline: Tuesday 2017-07-04",
       "al-Zuhur, Mosul", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       None, None, 5, None,
       "Across the river, a rocket fired by the militants from the old city struck a house in the al-Zuhur neighbourhood of east Mosul on Tuesday night, wounding five members of a family, police said.",
       note="the militants holding the old city are Islamic State"),
    ev("Islamic State blew up the al-Nuri mosque and its leaning minaret.",
       None, "‘last month’; day not given",
       "al-Nuri mosque, Mosul", "Nineveh", "IQ", "other", "Islamic State", "none",
       None, None, None, None,
       "The militants blew up the al-Nuri mosque and its leaning minaret last month as the troops closed in",
       note="property destruction, told in passing with only \u2018last month\u2019", optional=True),
],
figures=[
    fig("killed", 31, "Mosul",
        "Federal police said on Thursday that their forces had killed 31 militants in the past 48 hours.",
        note="militants, two-day aggregate"),
    fig("wounded", 4000, "western Mosul",
        "Medical charities say they have treated more than 4,000 trauma patients since the offensive on western Mosul began in February.",
        note="trauma patients"),
    fig("fighters", 100000, "Mosul",
        "The offensive began on October 17 with more than 100,000 troops, Kurdish Peshmerga and paramilitary fighters.",
        note="government-side forces"),
    fig("displaced", 850000, "Mosul",
        "More than 850,000 people have fled Mosul since the start of the offensive, according to the United Nations."),
])

report("h21-20", "2018-12-15", "https://www.example-northsyriapress.com/deirezzor/2018/12/15/sdf-captures-hajin",
"""
SDF says it has captured Hajin, Islamic State's last big town in Syria

HASAKAH, Syria, December 15 (North Syria Press) - The US-backed Syrian Democratic Forces (SDF) said on Saturday they had taken full control of Hajin, the largest town in Islamic State's last pocket of territory in eastern Syria, after more than three months of fighting.

"Our forces liberated the town of Hajin on Friday after heavy fighting and are now combing it for mines and hidden militants," an SDF spokesman wrote on social media. He said the militants had withdrawn towards the villages of al-Shafa and al-Sousa further down the Euphrates.

The SDF's Deir ez-Zor Military Council had announced the start of the final assault on the town a week earlier. The Syrian Observatory for Human Rights said Islamic State launched a counter-attack under cover of fog on SDF positions near the village of al-Bahra, east of Hajin, on Thursday night, in which nine SDF fighters and 17 militants were killed.

Coalition aircraft struck al-Sousa on Wednesday, killing 14 civilians, including five children, the Observatory said. The coalition said in a statement that it had carried out 31 strikes in the Hajin area that day, destroying "ISIS fighting positions, a vehicle-borne IED and a command-and-control node", and that it would assess any credible report of civilian harm.

Across the border, Iraqi army artillery shelled Islamic State positions near al-Baghuz on Thursday in support of the SDF offensive, Iraq's Joint Operations Command said. It said the shelling destroyed a tunnel and a weapons depot.

The Observatory says more than 300 SDF fighters and nearly 900 militants have been killed since the SDF began the operation on September 10. The coalition estimates that around 2,000 Islamic State fighters remain in the pocket along the Iraqi border, together with thousands of their relatives.

The fall of Hajin leaves Islamic State holding a strip of villages about 15 km long on the eastern bank of the Euphrates, down to the border.
""",
events=[
    ev("The SDF took full control of Hajin after heavy fighting.",
       "2018-12-14", "‘on Friday’ (spokesman quoted) before the Saturday 2018-12-15 dateline: Friday 2018-12-14",
       "Hajin", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "\"Our forces liberated the town of Hajin on Friday after heavy fighting and are now combing it for mines and hidden militants,\" an SDF spokesman wrote on social media."),
    ev("Islamic State counter-attacked SDF positions near al-Bahra under cover of fog; nine SDF fighters and 17 militants were killed.",
       "2018-12-13", "‘on Thursday night’ before the Saturday 2018-12-15 dateline: Thursday 2018-12-13",
       "al-Bahra", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
       26, None, None, None,
       "The Syrian Observatory for Human Rights said Islamic State launched a counter-attack under cover of fog on SDF positions near the village of al-Bahra, east of Hajin, on Thursday night, in which nine SDF fighters and 17 militants were killed.",
       note="26 = 9 SDF + 17 militants (SOHR)"),
    ev("Coalition aircraft struck al-Sousa, killing 14 civilians, five of them children, SOHR said.",
       "2018-12-12", "‘on Wednesday’ before the Saturday 2018-12-15 dateline: Wednesday 2018-12-12",
       "al-Sousa", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "civilians",
       14, None, None, None,
       "Coalition aircraft struck al-Sousa on Wednesday, killing 14 civilians, including five children, the Observatory said.",
       note="the coalition confirms strikes in the area and will assess the reports"),
    ev("Iraqi army artillery shelled Islamic State positions near al-Baghuz in support of the SDF, destroying a tunnel and a weapons depot.",
       "2018-12-13", "‘on Thursday’ before the Saturday 2018-12-15 dateline: Thursday 2018-12-13",
       "al-Baghuz", "Deir ez-Zor", "SY", "explosion", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Across the border, Iraqi army artillery shelled Islamic State positions near al-Baghuz on Thursday in support of the SDF offensive, Iraq's Joint Operations Command said."),
],
figures=[
    fig("other", 31, "Hajin area",
        "The coalition said in a statement that it had carried out 31 strikes in the Hajin area that day",
        note="coalition strikes in one day"),
    fig("killed", 300, "Hajin pocket",
        "The Observatory says more than 300 SDF fighters and nearly 900 militants have been killed since the SDF began the operation on September 10.",
        note="SDF fighters since September 10"),
    fig("killed", 900, "Hajin pocket",
        "The Observatory says more than 300 SDF fighters and nearly 900 militants have been killed since the SDF began the operation on September 10.",
        note="militants since September 10"),
    fig("fighters", 2000, "Hajin pocket",
        "The coalition estimates that around 2,000 Islamic State fighters remain in the pocket along the Iraqi border"),
])

report("h21-21", "2017-01-20", "https://www.example-ankaracourier.com/defence/2017/01/20/al-bab-sheikh-aqil-soldiers-killed",
"""
Four Turkish soldiers killed as Islamic State hits back near al-Bab

ANKARA, January 20 (Ankara Courier) - Four Turkish soldiers were killed and 11 wounded when Islamic State militants attacked their positions near the Syrian town of al-Bab on Thursday, the Turkish military said, as its five-month-old incursion into northern Syria bogs down in front of the town.

The militants opened the assault on the Sheikh Aqil hill, which overlooks al-Bab from the west, with a suicide car bomb and followed it with rocket-propelled grenades and machine-gun fire, the military's general staff said in a statement. It said 26 militants were "neutralised" in the fighting.

Turkish warplanes and artillery struck 102 Islamic State targets around al-Bab, Tadif and Bzaa over the past 24 hours, the statement added. The Syrian Observatory for Human Rights said Turkish air strikes on residential areas of al-Bab on Thursday killed 12 civilians, among them three children. Turkey says it takes every precaution to avoid civilian casualties and strikes only militant positions.

Separately, two fighters of the Turkish-backed Syrian rebel groups taking part in the operation were killed on Wednesday when a landmine exploded under their pickup on a road near the border town of al-Rai, a rebel commander said.

At least 47 Turkish soldiers have been killed since the start of Operation Euphrates Shield on August 24, according to a count based on military statements. Turkey says the operation aims to drive Islamic State away from its border and to stop Kurdish militias from linking up the areas they control in northern Syria.

President Tayyip Erdogan said this week that al-Bab was surrounded and would fall soon. Analysts say Islamic State has fortified the town with tunnels and mines, and that an estimated 1,000 to 1,500 militants are defending it.

Syrian government forces are also advancing on al-Bab from the south, raising the risk of clashes with the Turkish-backed rebels.
""",
events=[
    ev("Islamic State attacked Turkish positions on the Sheikh Aqil hill near al-Bab, opening with a suicide car bomb; four Turkish soldiers were killed and 11 wounded.",
       "2017-01-19", "‘on Thursday’ before the Friday 2017-01-20 dateline: Thursday 2017-01-19",
       "Sheikh Aqil hill, al-Bab", "Aleppo", "SY", "explosion", "Islamic State", "Turkish security forces",
       4, None, 11, None,
       "Four Turkish soldiers were killed and 11 wounded when Islamic State militants attacked their positions near the Syrian town of al-Bab on Thursday, the Turkish military said [...] The militants opened the assault on the Sheikh Aqil hill, which overlooks al-Bab from the west, with a suicide car bomb and followed it with rocket-propelled grenades and machine-gun fire, the military's general staff said in a statement. It said 26 militants were \"neutralised\" in the fighting.",
       note="complex attack opened by a suicide car bomb: explosion; 26 \u2018neutralised\u2019 (killed, wounded or captured) not counted as killed"),
    ev("Turkish air strikes on residential areas of al-Bab killed 12 civilians, three of them children, SOHR said.",
       "2017-01-19", "‘on Thursday’ before the Friday 2017-01-20 dateline: Thursday 2017-01-19",
       "al-Bab", "Aleppo", "SY", "explosion", "Turkish security forces", "civilians",
       12, None, None, None,
       "The Syrian Observatory for Human Rights said Turkish air strikes on residential areas of al-Bab on Thursday killed 12 civilians, among them three children.",
       note="Turkey does not deny striking al-Bab; it disputes the victims"),
    ev("A landmine exploded under a pickup of Turkish-backed rebels near al-Rai, killing two fighters.",
       "2017-01-18", "‘on Wednesday’ before the Friday 2017-01-20 dateline: Wednesday 2017-01-18",
       "al-Rai", "Aleppo", "SY", "explosion", "unknown", "Turkish-backed Syrian rebels",
       2, None, None, None,
       "Separately, two fighters of the Turkish-backed Syrian rebel groups taking part in the operation were killed on Wednesday when a landmine exploded under their pickup on a road near the border town of al-Rai, a rebel commander said.",
       note="who laid the mine is not said"),
],
figures=[
    fig("other", 102, "al-Bab, Tadif and Bzaa",
        "Turkish warplanes and artillery struck 102 Islamic State targets around al-Bab, Tadif and Bzaa over the past 24 hours",
        note="targets struck in a day"),
    fig("killed", 47, "northern Syria",
        "At least 47 Turkish soldiers have been killed since the start of Operation Euphrates Shield on August 24",
        note="Turkish soldiers since August 24"),
    fig("fighters", 1000, "al-Bab",
        "an estimated 1,000 to 1,500 militants are defending it",
        note="Islamic State militants; range 1,000-1,500, lower bound"),
])

report("h21-22", "2017-09-14", "https://www.example-nineveherald.com/mosul/2017/09/14/old-city-rubble-returns",
"""
Two months after victory, west Mosul families wait for the bulldozers

MOSUL, Iraq, September 14 (Nineveh Herald) - Two months after Iraqi forces declared victory over Islamic State in Mosul, most of the old city is still a field of broken concrete, and the families who lived there are waiting in camps and rented rooms for a chance to go home.

Municipal engineers say that about 5,000 houses in the old city were destroyed outright and another 8,000 damaged in the final months of fighting, when the militants fought from house to house and the army and the US-led coalition answered with artillery and air strikes. The UN Development Programme estimates that the fighting left some 7 million tonnes of debris in western Mosul alone.

"There is no water, no electricity and no roof," said a former shopkeeper from the Bab al-Tob area, who now lives with his six children in a tent at the Hasansham camp. "We went back once to look. We could not find the street."

The Nineveh provincial council says that about 380,000 people from Mosul are still displaced, most of them from the western half, while more than 450,000 have returned to the east of the city, where shops, markets and the university have reopened.

Civil defence teams are still recovering bodies from the rubble, many of them of militants but also of civilians killed during the siege. They say they have pulled out more than 2,000 since July. Teams clearing explosives say each house must be searched before bulldozers can move in.

The government has set up a reconstruction fund, but says it needs billions of dollars from donors. The governor has asked residents to be patient. "We are fighting a second battle now, against time and against bureaucracy," he told a meeting of local notables last week.

The old city's landmarks lie in ruins. Engineers are surveying what remains of the al-Nuri mosque, which the militants destroyed in June, and UNESCO has offered to help restore it.
""",
country_hint="IQ",
figures=[
    fig("other", 5000, "old city of Mosul",
        "about 5,000 houses in the old city were destroyed outright and another 8,000 damaged in the final months of fighting",
        note="houses destroyed"),
    fig("other", 8000, "old city of Mosul",
        "about 5,000 houses in the old city were destroyed outright and another 8,000 damaged in the final months of fighting",
        note="houses damaged"),
    fig("other", 7000000, "western Mosul",
        "The UN Development Programme estimates that the fighting left some 7 million tonnes of debris in western Mosul alone.",
        note="tonnes of debris"),
    fig("displaced", 380000, "Mosul",
        "The Nineveh provincial council says that about 380,000 people from Mosul are still displaced"),
    fig("returned", 450000, "eastern Mosul",
        "more than 450,000 have returned to the east of the city"),
    fig("other", 2000, "Mosul",
        "They say they have pulled out more than 2,000 since July.",
        note="bodies recovered from the rubble"),
])

report("h21-23", "2018-09-12", "https://www.example-kirkukobserver.com/news/2018/09/12/fake-checkpoint-bashir-abduction",
"""
Gunmen in army uniforms seize four travellers on Kirkuk road

KIRKUK, Iraq, September 12 (Kirkuk Observer) - Gunmen wearing army uniforms set up a fake checkpoint on the highway south of Kirkuk late on Monday and abducted four men travelling to Baghdad, police and a relative said, the latest in a string of kidnappings on the road.

The men, three brothers and their cousin from Kirkuk, were taken from their car near the village of Bashir, a police officer said. The gunmen set the car on fire before driving off towards the Hamrin hills. No group has claimed the abduction, and the family said it had received no ransom demand.

On Tuesday night, Islamic State militants attacked a Popular Mobilisation Forces outpost on the outskirts of Tuz Khurmatu, killing three PMF fighters, the force said in a statement. It said two of the attackers were killed and the rest fled into the hills.

A roadside bomb hit an army vehicle near Daquq on Monday morning, wounding two soldiers, a security source said.

Kirkuk police said they had arrested six men suspected of supplying the militants with food and fuel in raids on villages south-west of the city on Tuesday.

The Kirkuk police chief told reporters that his forces had recorded 67 attacks in the province since January, in which 41 people had been killed. Most of the attacks took place at night in the countryside south and west of the city, where the militants move in small groups on motorcycles.

Iraq declared victory over Islamic State in December, but militants have regrouped in the Hamrin mountains and the valleys south of Kirkuk. Truck drivers on the highway say they now travel only in daylight, and several transport companies have suspended night journeys to Baghdad.
""",
events=[
    ev("Gunmen in army uniforms at a fake checkpoint near Bashir abducted four men travelling to Baghdad and burned their car.",
       "2018-09-10", "‘late on Monday’ before the Wednesday 2018-09-12 dateline: Monday 2018-09-10",
       "Bashir", "Kirkuk", "IQ", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Gunmen wearing army uniforms set up a fake checkpoint on the highway south of Kirkuk late on Monday and abducted four men travelling to Baghdad, police and a relative said, the latest in a string of kidnappings on the road. [...] The men, three brothers and their cousin from Kirkuk, were taken from their car near the village of Bashir, a police officer said.",
       note="abduction; no group claimed it"),
    ev("Islamic State militants attacked a PMF outpost on the outskirts of Tuz Khurmatu, killing three PMF fighters; two attackers were killed.",
       "2018-09-11", "‘On Tuesday night’ before the Wednesday 2018-09-12 dateline: Tuesday 2018-09-11",
       "outskirts of Tuz Khurmatu", "Salahuddin", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       5, None, None, None,
       "On Tuesday night, Islamic State militants attacked a Popular Mobilisation Forces outpost on the outskirts of Tuz Khurmatu, killing three PMF fighters, the force said in a statement. It said two of the attackers were killed and the rest fled into the hills.",
       note="5 = 3 PMF + 2 attackers"),
    ev("A roadside bomb hit an army vehicle near Daquq, wounding two soldiers.",
       "2018-09-10", "‘on Monday morning’ before the Wednesday 2018-09-12 dateline: Monday 2018-09-10",
       "Daquq", "Kirkuk", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       None, None, 2, None,
       "A roadside bomb hit an army vehicle near Daquq on Monday morning, wounding two soldiers, a security source said.",
       note="nobody named as responsible"),
    ev("Kirkuk police arrested six men suspected of supplying the militants with food and fuel in raids on villages south-west of the city.",
       "2018-09-11", "‘on Tuesday’ before the Wednesday 2018-09-12 dateline: Tuesday 2018-09-11",
       "villages south-west of Kirkuk", "Kirkuk", "IQ", "arrest", "Iraqi Security Forces", "unknown",
       None, None, None, None,
       "Kirkuk police said they had arrested six men suspected of supplying the militants with food and fuel in raids on villages south-west of the city on Tuesday.",
       arrested=6),
],
figures=[
    fig("other", 67, "Kirkuk province",
        "his forces had recorded 67 attacks in the province since January, in which 41 people had been killed",
        note="attacks since January"),
    fig("killed", 41, "Kirkuk province",
        "his forces had recorded 67 attacks in the province since January, in which 41 people had been killed",
        note="since January"),
])

report("h21-24", "2018-03-12", "https://www.example-levantwire.com/syria/2018/03/12/ghouta-split-mudeira-misraba",
"""
Syrian army splits Eastern Ghouta in three, cutting off Douma

DAMASCUS, March 12 (Levant Wire Service) - Syrian government forces have split the rebel enclave of Eastern Ghouta into three parts and isolated its largest town, Douma, after capturing the town of Mudeira on Sunday, state media and a war monitor said.

Troops advancing from the east had taken the town of Misraba on Saturday, and on Sunday they linked up at Mudeira with forces pushing from the west, cutting the roads between Douma, Harasta and the southern towns held by Faylaq al-Rahman, the Syrian Observatory for Human Rights said.

Government air strikes and shelling on the southern towns of Arbin, Zamalka and Ein Tarma killed 29 civilians on Sunday, the Observatory said. Government forces now hold more than half of the enclave, which has been under assault since February 18.

In Damascus, mortar rounds fired from Ghouta struck the al-Abbasiyin area on Sunday afternoon, killing a woman and wounding six people, the state news agency SANA said. It blamed "terrorist groups".

On Monday, a convoy of UN and Red Crescent trucks was due to enter Douma with food for 26,000 people, after an earlier convoy had to cut short its delivery because of shelling. Aid officials said medical supplies had been removed from previous convoys by government officials at checkpoints.

Jaysh al-Islam, which controls Douma, said it would not leave the town. "We were born here and we will die here," a spokesman said in a video message. Faylaq al-Rahman has called on the United Nations to guarantee a ceasefire in the southern sector.

The Observatory says more than 1,100 civilians have been killed in the enclave since the offensive began, including about 240 children. The United Nations says more than 1,000 patients need urgent medical evacuation.
""",
events=[
    ev("Government forces captured Mudeira, linking up from east and west and splitting Eastern Ghouta in three.",
       "2018-03-11", "‘on Sunday’ before the Monday 2018-03-12 dateline: Sunday 2018-03-11",
       "Mudeira", "Rif Dimashq", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces have split the rebel enclave of Eastern Ghouta into three parts and isolated its largest town, Douma, after capturing the town of Mudeira on Sunday, state media and a war monitor said."),
    ev("Troops advancing from the east took the town of Misraba.",
       "2018-03-10", "‘on Saturday’ before the Monday 2018-03-12 dateline: Saturday 2018-03-10",
       "Misraba", "Rif Dimashq", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Troops advancing from the east had taken the town of Misraba on Saturday"),
    ev("Government air strikes and shelling on Arbin, Zamalka and Ein Tarma killed 29 civilians.",
       "2018-03-11", "‘on Sunday’ before the Monday 2018-03-12 dateline: Sunday 2018-03-11",
       "Arbin, Zamalka and Ein Tarma", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       29, None, None, None,
       "Government air strikes and shelling on the southern towns of Arbin, Zamalka and Ein Tarma killed 29 civilians on Sunday, the Observatory said.",
       note="three towns sharing one toll: one event"),
    ev("Mortar rounds fired from Ghouta hit al-Abbasiyin in Damascus, killing a woman and wounding six.",
       "2018-03-11", "‘on Sunday afternoon’ before the Monday 2018-03-12 dateline: Sunday 2018-03-11",
       "al-Abbasiyin, Damascus", "Damascus", "SY", "explosion", "Syrian rebels", "civilians",
       1, None, 6, None,
       "In Damascus, mortar rounds fired from Ghouta struck the al-Abbasiyin area on Sunday afternoon, killing a woman and wounding six people, the state news agency SANA said. It blamed \"terrorist groups\".",
       note="state media\u2019s \u2018terrorist groups\u2019 are the Ghouta rebel factions"),
    ev("Shelling forced an earlier UN and Red Crescent aid convoy in Douma to cut short its delivery.",
       None, "‘an earlier convoy’; day not given",
       "Douma", "Rif Dimashq", "SY", "explosion", "unknown", "civilians",
       None, None, None, None,
       "On Monday, a convoy of UN and Red Crescent trucks was due to enter Douma with food for 26,000 people, after an earlier convoy had to cut short its delivery because of shelling.",
       note="told in passing; no day, no toll, shelling not attributed", optional=True),
],
figures=[
    fig("killed", 1100, "Eastern Ghouta",
        "The Observatory says more than 1,100 civilians have been killed in the enclave since the offensive began",
        note="civilians since February 18"),
    fig("other", 1000, "Eastern Ghouta",
        "The United Nations says more than 1,000 patients need urgent medical evacuation.",
        note="patients awaiting evacuation"),
])
# ---------------------------------------------------------------------------
# h21-25 .. h21-30
# ---------------------------------------------------------------------------

report("h21-25", "2017-11-19", "https://www.example-anbartoday.com/anbar/2017/11/19/rawa-retaken-qaim-suicide-bomber",
"""
Iraqi forces retake Rawa, last town held by Islamic State in Iraq

RAMADI, Iraq, November 19 (Anbar Today) - Iraqi forces recaptured the town of Rawa, on the Euphrates in western Anbar, on Friday, taking the last urban area in Iraq held by Islamic State, the Joint Operations Command said.

Army troops, Sunni tribal fighters and Popular Mobilisation Forces entered the town from three directions at dawn and met little resistance, a JOC statement said. "The militants fled towards the desert and the Syrian border," an officer of the army's 7th Division told our correspondent. The statement said the forces had also taken control of 14 villages around the town.

Hours later, an Islamic State suicide bomber drove an explosives-laden car into an army checkpoint at the western entrance to al-Qaim, which government forces retook earlier this month, killing himself, four soldiers and two tribal fighters, an army officer said. Eleven other people were wounded.

In Haditha, further east, police said on Saturday they had defused three explosive belts found in a house abandoned by a suspected militant.

In Rawa, troops found a mass grave containing the remains of about 30 people believed to have been killed by the militants in 2015, a local official said. Families of men who disappeared from the area have been asked to come forward to give DNA samples.

Prime Minister Haider al-Abadi congratulated the armed forces but said the country would be declared free of Islamic State only after the desert along the Syrian border had been cleared. The Anbar governor said 9,500 families had fled Rawa and al-Qaim during the campaign and many were living in camps near Ramadi and Amiriyat al-Fallujah.

Islamic State seized large parts of Anbar in 2014 and at its peak controlled almost a third of Iraq. Iraqi officials estimate that fewer than 1,000 of its militants remain in the country, most of them in the western desert.
""",
events=[
    ev("Army troops, Sunni tribal fighters and the PMF entered Rawa from three directions and retook the town and 14 villages around it.",
       "2017-11-17", "‘on Friday’ before the Sunday 2017-11-19 dateline: Friday 2017-11-17",
       "Rawa", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi forces recaptured the town of Rawa, on the Euphrates in western Anbar, on Friday, taking the last urban area in Iraq held by Islamic State, the Joint Operations Command said.",
       note="with tribal fighters and the PMF"),
    ev("An Islamic State suicide car bomber struck an army checkpoint at the western entrance to al-Qaim, killing himself, four soldiers and two tribal fighters and wounding 11.",
       "2017-11-17", "‘Hours later’ than the recapture of Rawa ‘on Friday’: Friday 2017-11-17",
       "western entrance to al-Qaim", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       7, None, 11, None,
       "Hours later, an Islamic State suicide bomber drove an explosives-laden car into an army checkpoint at the western entrance to al-Qaim, which government forces retook earlier this month, killing himself, four soldiers and two tribal fighters, an army officer said. Eleven other people were wounded.",
       note="7 = bomber + 4 soldiers + 2 tribal fighters"),
    ev("Police in Haditha defused three explosive belts found in a house abandoned by a suspected militant.",
       None, "‘said on Saturday they had defused’: the day is that of the statement only",
       "Haditha", "Anbar", "IQ", "other", "Iraqi Security Forces", "none",
       None, None, None, None,
       "In Haditha, further east, police said on Saturday they had defused three explosive belts found in a house abandoned by a suspected militant.",
       note="disrupted weapons use", optional=True),
],
figures=[
    fig("displaced", 9500, "Rawa and al-Qaim",
        "The Anbar governor said 9,500 families had fled Rawa and al-Qaim during the campaign",
        note="families, not people"),
    fig("fighters", 1000, "Iraq",
        "Iraqi officials estimate that fewer than 1,000 of its militants remain in the country",
        note="Islamic State militants, upper estimate"),
])

report("h21-26", "2019-10-11", "https://www.example-frontiergazette.com/border/2019/10/11/akcakale-nusaybin-mortars-peace-spring",
"""
Mortar fire from Syria kills two in Turkish border towns as Ankara's offensive advances

AKCAKALE, Turkey, October 11 (Frontier Gazette) - Mortar shells fired from Kurdish-held northern Syria killed a Syrian baby and a Turkish man in the border towns of Akcakale and Nusaybin on Thursday, officials said, as Turkish troops and their Syrian allies pushed deeper into Syria on the second day of a ground offensive.

In Akcakale, a shell landed on a house near the border crossing, killing the 9-month-old boy and wounding his mother and two siblings, the district governor said. In Nusaybin, in Mardin province, shells hit a street in the town centre, killing a 40-year-old man and wounding seven people, the governor's office said. Turkish officials blamed the Kurdish YPG militia. The Syrian Democratic Forces, of which the YPG is the main component, did not respond to requests for comment.

The Turkish Defence Ministry said 277 "terrorists" had been neutralised since the start of Operation Peace Spring on Wednesday. It said one Turkish soldier had been killed in clashes east of the Euphrates on Thursday, without giving a location.

Inside Syria, the Kurdish Red Crescent said Turkish air strikes and artillery fire had killed nine civilians, including a child, in and around the town of Ras al-Ain on Thursday. A hospital official in the nearby town of Tal Tamr said 33 wounded people, among them fighters, had been brought in since Wednesday.

The Turkish-backed Syrian National Army said its fighters had captured two villages west of Tal Abyad on Thursday after SDF fighters pulled back. The SDF said its fighters were still holding the towns of Ras al-Ain and Tal Abyad.

The United Nations said more than 64,000 people had fled their homes in the Ras al-Ain and Tal Abyad areas since Wednesday.

President Tayyip Erdogan says the operation aims to push the YPG, which Ankara considers a terrorist group linked to Kurdish insurgents inside Turkey, away from the border and to create a "safe zone" where some of the 3.6 million Syrian refugees in Turkey could be resettled. European governments have condemned the offensive, and Washington has warned Ankara of sanctions.
""",
events=[
    ev("A mortar shell fired from Syria hit a house near the border crossing in Akcakale, killing a 9-month-old boy and wounding his mother and two siblings; Turkey blamed the YPG.",
       "2019-10-10", "‘on Thursday’ before the Friday 2019-10-11 dateline: Thursday 2019-10-10",
       "Akcakale", "Şanlıurfa", "TR", "explosion", "YPG", "civilians",
       1, None, 3, None,
       "In Akcakale, a shell landed on a house near the border crossing, killing the 9-month-old boy and wounding his mother and two siblings, the district governor said. [...] Turkish officials blamed the Kurdish YPG militia. The Syrian Democratic Forces, of which the YPG is the main component, did not respond to requests for comment.",
       note="blamed on the YPG by Turkish officials, no denial"),
    ev("Mortar shells hit a street in central Nusaybin, killing a 40-year-old man and wounding seven; Turkey blamed the YPG.",
       "2019-10-10", "‘on Thursday’ before the Friday 2019-10-11 dateline: Thursday 2019-10-10",
       "Nusaybin", "Mardin", "TR", "explosion", "YPG", "civilians",
       1, None, 7, None,
       "In Nusaybin, in Mardin province, shells hit a street in the town centre, killing a 40-year-old man and wounding seven people, the governor's office said. Turkish officials blamed the Kurdish YPG militia.",
       note="blamed on the YPG by Turkish officials, no denial"),
    ev("A Turkish soldier was killed in clashes east of the Euphrates, location not given.",
       "2019-10-10", "‘on Thursday’ before the Friday 2019-10-11 dateline: Thursday 2019-10-10",
       "east of the Euphrates", "Raqqa", "SY", "battle", "Turkish security forces", "Syrian Democratic Forces",
       1, None, None, None,
       "It said one Turkish soldier had been killed in clashes east of the Euphrates on Thursday, without giving a location.",
       note="no location given; admin a guess", optional=True),
    ev("Turkish air strikes and artillery killed nine civilians, including a child, in and around Ras al-Ain, the Kurdish Red Crescent said.",
       "2019-10-10", "‘on Thursday’ before the Friday 2019-10-11 dateline: Thursday 2019-10-10",
       "Ras al-Ain", "Hasakah", "SY", "explosion", "Turkish security forces", "civilians",
       9, None, None, None,
       "Inside Syria, the Kurdish Red Crescent said Turkish air strikes and artillery fire had killed nine civilians, including a child, in and around the town of Ras al-Ain on Thursday."),
    ev("The Turkish-backed Syrian National Army captured two villages west of Tal Abyad after SDF fighters pulled back.",
       "2019-10-10", "‘on Thursday’ before the Friday 2019-10-11 dateline: Thursday 2019-10-10",
       "two villages west of Tal Abyad", "Raqqa", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       None, None, None, None,
       "The Turkish-backed Syrian National Army said its fighters had captured two villages west of Tal Abyad on Thursday after SDF fighters pulled back."),
],
figures=[
    fig("other", 277, "northern Syria",
        "The Turkish Defence Ministry said 277 \"terrorists\" had been neutralised since the start of Operation Peace Spring on Wednesday.",
        note="\u2018neutralised\u2019, claimed by the Turkish ministry"),
    fig("wounded", 33, "Tal Tamr",
        "A hospital official in the nearby town of Tal Tamr said 33 wounded people, among them fighters, had been brought in since Wednesday.",
        note="wounded brought to hospital since Wednesday"),
    fig("displaced", 64000, "Ras al-Ain and Tal Abyad",
        "The United Nations said more than 64,000 people had fled their homes in the Ras al-Ain and Tal Abyad areas since Wednesday."),
    fig("other", 3600000, "Turkey",
        "some of the 3.6 million Syrian refugees in Turkey could be resettled",
        note="Syrian refugees in Turkey"),
])

report("h21-27", "2016-10-24", "https://www.example-kurdistanwire.com/kurdistan/2016/10/24/peshmerga-bashiqa-villages-qaraqosh",
"""
Peshmerga take villages around Bashiqa; UN hears of Islamic State killings south of Mosul

ERBIL, Iraq, October 24 (Kurdistan Wire) - Kurdish Peshmerga forces captured six villages around the Islamic State-held town of Bashiqa, north-east of Mosul, on Sunday, the Kurdistan Region Security Council said, on the seventh day of the offensive on Iraq's second city.

The council said in a statement that the Peshmerga had "liberated" the villages after clashes with militants who fired mortars and sent several suicide car bombs against the advancing columns, and that the forces now controlled the main road between Bashiqa and Mosul. It did not name the villages or give casualty figures.

A Peshmerga officer said two of his men were killed and six wounded on Sunday when a suicide car bomb exploded beside their armoured vehicle on the road south of Bashiqa. He said the bomber had driven out of an orchard at high speed.

On the southern front, Iraqi army units said they had entered the centre of the mainly Christian town of Qaraqosh on Saturday and were clearing streets of booby traps. A soldier said the militants had left behind tunnels and homemade mortar workshops.

The United Nations human rights office said on Monday it had received reports that Islamic State militants had killed about 40 civilians in villages south of Mosul last week for refusing to go with them towards the city. It said the reports had not yet been verified, and that the militants appeared to be using thousands of people as human shields.

Doctors at the emergency hospital in west Erbil said they had received 75 wounded Peshmerga and civilians since the start of the offensive. The International Organization for Migration said about 6,000 people had been displaced from villages around Mosul since last Monday.

More than 40,000 Peshmerga are deployed on the eastern and northern fronts around Mosul, Kurdish officials say. Under an agreement with Baghdad, the Kurdish forces are not to enter the city itself.
""",
events=[
    ev("Peshmerga captured six unnamed villages around Bashiqa after clashes with militants who fired mortars and sent suicide car bombs, taking the Bashiqa-Mosul road.",
       "2016-10-23", "‘on Sunday’ before the Monday 2016-10-24 dateline: Sunday 2016-10-23",
       "six villages around Bashiqa", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "Kurdish Peshmerga forces captured six villages around the Islamic State-held town of Bashiqa, north-east of Mosul, on Sunday, the Kurdistan Region Security Council said"),
    ev("A suicide car bomb exploded beside a Peshmerga armoured vehicle on the road south of Bashiqa, killing two Peshmerga and wounding six.",
       "2016-10-23", "‘on Sunday’ before the Monday 2016-10-24 dateline: Sunday 2016-10-23",
       "road south of Bashiqa", "Nineveh", "IQ", "explosion", "Islamic State", "Peshmerga",
       2, None, 6, None,
       "A Peshmerga officer said two of his men were killed and six wounded on Sunday when a suicide car bomb exploded beside their armoured vehicle on the road south of Bashiqa.",
       note="the bomber\u2019s death is not stated, not counted"),
    ev("Iraqi army units entered the centre of Qaraqosh and were clearing streets of booby traps.",
       "2016-10-22", "‘on Saturday’ before the Monday 2016-10-24 dateline: Saturday 2016-10-22",
       "Qaraqosh", "Nineveh", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On the southern front, Iraqi army units said they had entered the centre of the mainly Christian town of Qaraqosh on Saturday and were clearing streets of booby traps.",
       note="entered without a stated capture: battle"),
    ev("Islamic State militants reportedly killed about 40 civilians in villages south of Mosul for refusing to go with them towards the city (unverified).",
       None, "‘last week’; day not stated",
       "villages south of Mosul", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       40, None, None, None,
       "The United Nations human rights office said on Monday it had received reports that Islamic State militants had killed about 40 civilians in villages south of Mosul last week for refusing to go with them towards the city.",
       note="unverified reports, vague place and date", optional=True),
],
figures=[
    fig("wounded", 75, "Erbil",
        "Doctors at the emergency hospital in west Erbil said they had received 75 wounded Peshmerga and civilians since the start of the offensive.",
        note="received since the start of the offensive"),
    fig("displaced", 6000, "around Mosul",
        "The International Organization for Migration said about 6,000 people had been displaced from villages around Mosul since last Monday."),
    fig("fighters", 40000, "around Mosul",
        "More than 40,000 Peshmerga are deployed on the eastern and northern fronts around Mosul, Kurdish officials say."),
])

report("h21-28", "2017-10-17", "https://www.example-northsyriapress.com/raqqa/2017/10/17/national-hospital-stadium-taken",
"""
US-backed fighters take Raqqa hospital and stadium, say battle is over

RAQQA, Syria, October 17 (North Syria Press) - Fighters of the US-backed Syrian Democratic Forces (SDF) seized the National Hospital and the municipal stadium in Raqqa on Tuesday, the last positions held by Islamic State in the city, and said major combat in the group's former capital was over.

"The military operations in Raqqa have ended, and we are now clearing the city of mines and any remaining cells," an SDF spokesman told reporters near the front line. He said the final assault on the stadium began at dawn, after a night of heavy clashes around it.

Twenty-two militants were killed in those clashes, according to the Syrian Observatory for Human Rights. An SDF field commander said three of his fighters died and five were wounded.

On Sunday, about 200 Syrian militants and their families left the city in a convoy of buses under a deal brokered by tribal elders and the Raqqa Civil Council, the council said. Foreign fighters were excluded from the arrangement, it said, and those who remained were killed or captured in the final assault. The coalition said it had not been party to the deal but did not oppose it.

The coalition says it carried out more than 3,800 strikes in and around Raqqa between June and October. The Observatory says at least 2,900 people were killed in the four-month battle for the city, among them 1,040 civilians.

Much of Raqqa lies in ruins. About 250,000 people fled the city and its surroundings during the offensive, according to the United Nations, and aid groups say it will be months before mines are cleared and residents can return safely.

Islamic State seized Raqqa in early 2014 and made it the hub of its self-declared caliphate in Syria, from where it planned attacks in Europe. Its remaining fighters in Syria are concentrated in Deir ez-Zor province, along the Euphrates towards the Iraqi border.
""",
events=[
    ev("SDF fighters seized the National Hospital and the municipal stadium, the last Islamic State positions in Raqqa.",
       "2017-10-17", "‘on Tuesday’, the Tuesday 2017-10-17 dateline",
       "National Hospital and municipal stadium, Raqqa", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "Fighters of the US-backed Syrian Democratic Forces (SDF) seized the National Hospital and the municipal stadium in Raqqa on Tuesday, the last positions held by Islamic State in the city, and said major combat in the group's former capital was over.",
       note="two sites of one city taken in the same final assault: kept as one event"),
    ev("A night of heavy clashes around the Raqqa stadium before the final assault: 22 militants killed (SOHR), three SDF fighters killed and five wounded.",
       "2017-10-16", "‘a night of heavy clashes’ before the dawn assault on the Tuesday 2017-10-17 dateline: the night of Monday 2017-10-16",
       "municipal stadium, Raqqa", "Raqqa", "SY", "battle", "Syrian Democratic Forces", "Islamic State",
       25, None, 5, None,
       "He said the final assault on the stadium began at dawn, after a night of heavy clashes around it. [...] Twenty-two militants were killed in those clashes, according to the Syrian Observatory for Human Rights. An SDF field commander said three of his fighters died and five were wounded.",
       note="25 = 22 militants (SOHR) + 3 SDF (own count)"),
    ev("About 200 Syrian militants and their families left Raqqa in a bus convoy under a deal brokered by tribal elders and the Raqqa Civil Council.",
       "2017-10-15", "‘On Sunday’ before the Tuesday 2017-10-17 dateline: Sunday 2017-10-15",
       "Raqqa", "Raqqa", "SY", "other", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "On Sunday, about 200 Syrian militants and their families left the city in a convoy of buses under a deal brokered by tribal elders and the Raqqa Civil Council, the council said.",
       note="agreement and evacuation"),
],
figures=[
    fig("other", 3800, "Raqqa",
        "The coalition says it carried out more than 3,800 strikes in and around Raqqa between June and October.",
        note="coalition strikes"),
    fig("killed", 2900, "Raqqa",
        "The Observatory says at least 2,900 people were killed in the four-month battle for the city, among them 1,040 civilians.",
        note="all sides"),
    fig("killed", 1040, "Raqqa",
        "The Observatory says at least 2,900 people were killed in the four-month battle for the city, among them 1,040 civilians.",
        note="civilians"),
    fig("displaced", 250000, "Raqqa",
        "About 250,000 people fled the city and its surroundings during the offensive, according to the United Nations"),
])

report("h21-29", "2019-04-16", "https://www.example-jaziratimes.com/hasakah/2019/04/16/al-hol-camp-overwhelmed",
"""
Al-Hol camp overwhelmed as families from Islamic State's last enclave crowd in

HASAKAH, Syria, April 16 (Jazira Times) - Aid agencies say they are struggling to cope with the numbers at al-Hol camp in north-eastern Syria, where the population has swollen to more than 71,000 since the Syrian Democratic Forces (SDF) began the final assault on Islamic State's last enclave at Baghouz.

Built for about 10,000 people, the camp now holds women and children who left the enclave in the last weeks of fighting, alongside Iraqi refugees and Syrians displaced by earlier battles. Two thirds of its residents are children, most of them under 12, according to the United Nations.

An international medical charity says at least 235 people, most of them young children, died on the way to the camp or soon after arriving between December and early April, many of them from hypothermia, malnutrition and untreated wounds. The World Health Organization says cases of diarrhoea and respiratory infections are rising as temperatures climb.

About 10,500 foreign women and children from some 50 countries are held in a separate, guarded annex. The Kurdish-led administration says their home countries must take them back, but only a handful of governments have repatriated any, mostly orphans.

The SDF says it is also holding about 9,000 suspected Islamic State fighters in makeshift prisons, among them some 1,000 foreigners, and has called for an international tribunal to try them in Syria.

Camp officials say there are only four functioning clinics for the whole population, and that water is trucked in daily. "The mothers are frightened and angry, and some still defend the group," a camp administrator said. "We are sitting on a time bomb."

The US-led coalition says Islamic State no longer holds any territory in Syria or Iraq, but warns that thousands of its fighters remain at large and that the camp could become a breeding ground for a new generation of militants.
""",
country_hint="SY",
figures=[
    fig("other", 71000, "al-Hol camp",
        "the population has swollen to more than 71,000",
        note="camp population"),
    fig("killed", 235, "al-Hol camp",
        "at least 235 people, most of them young children, died on the way to the camp or soon after arriving between December and early April",
        note="deaths on the way or after arrival, not violence"),
    fig("other", 10500, "al-Hol camp",
        "About 10,500 foreign women and children from some 50 countries are held in a separate, guarded annex.",
        note="foreign women and children in the annex"),
    fig("arrested", 9000, "north-eastern Syria",
        "The SDF says it is also holding about 9,000 suspected Islamic State fighters in makeshift prisons, among them some 1,000 foreigners",
        note="held by the SDF"),
])

report("h21-30", "2017-01-17", "https://www.example-mesopotamianews.com/security/2017/01/17/mosul-sukkar-muhandiseen-drone",
"""
Iraqi forces reach the Tigris in Mosul; drone bomb kills girl at aid queue

BAGHDAD, January 17 (Mesopotamia News Agency) - Iraqi special forces have captured the al-Sukkar and al-Muhandiseen districts of eastern Mosul and reached the Tigris river in several places, the Joint Operations Command said on Tuesday, bringing the army close to full control of the city's eastern half.

A JOC spokesman told a news conference in Baghdad that Counter-Terrorism Service troops had taken both districts on Sunday after two days of fighting, and that the army's 16th Division had retaken the Hadba housing complex in the north of the city on Monday. He said more than 85 percent of the east bank was now under government control.

In the al-Zahraa district, which the army retook last month, an Islamic State drone dropped a small bomb on people queuing for food parcels on Monday morning, killing a 9-year-old girl and wounding five people, a local official said. The militants have used commercial drones fitted with grenades against troops and civilians for weeks.

Late on Sunday, rockets hit the al-Muthanna district, wounding 12 civilians, among them four children, police said. They said the rockets had been fired by the militants from positions across the river.

Iraqi commanders say the battle for western Mosul, with its narrow streets and densely packed old city, is likely to be harder. All five bridges over the Tigris have been damaged, either by coalition strikes meant to stop the militants moving reinforcements or by the militants themselves.

The United Nations said on Tuesday that more than 160,000 people had been displaced from Mosul and the surrounding areas since the offensive began on October 17, and that about 700,000 civilians were believed to be living in the western half of the city. Hospitals in Erbil say they have treated more than 1,800 people wounded in the Mosul fighting since October.
""",
events=[
    ev("CTS troops took the al-Sukkar district of eastern Mosul after two days of fighting.",
       "2017-01-15", "‘on Sunday’ before the Tuesday 2017-01-17 dateline: Sunday 2017-01-15",
       "al-Sukkar, Mosul", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi special forces have captured the al-Sukkar and al-Muhandiseen districts of eastern Mosul and reached the Tigris river in several places, the Joint Operations Command said on Tuesday [...] A JOC spokesman told a news conference in Baghdad that Counter-Terrorism Service troops had taken both districts on Sunday after two days of fighting",
       note="two districts named in one sentence: one event each, same evidence"),
    ev("CTS troops took the al-Muhandiseen district of eastern Mosul after two days of fighting.",
       "2017-01-15", "‘on Sunday’ before the Tuesday 2017-01-17 dateline: Sunday 2017-01-15",
       "al-Muhandiseen, Mosul", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi special forces have captured the al-Sukkar and al-Muhandiseen districts of eastern Mosul and reached the Tigris river in several places, the Joint Operations Command said on Tuesday [...] A JOC spokesman told a news conference in Baghdad that Counter-Terrorism Service troops had taken both districts on Sunday after two days of fighting",
       note="two districts named in one sentence: one event each, same evidence"),
    ev("The army's 16th Division retook the Hadba housing complex in the north of Mosul.",
       "2017-01-16", "‘on Monday’ before the Tuesday 2017-01-17 dateline: Monday 2017-01-16",
       "Hadba housing complex, Mosul", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "the army's 16th Division had retaken the Hadba housing complex in the north of the city on Monday"),
    ev("An Islamic State drone dropped a bomb on people queuing for food parcels in al-Zahraa, killing a 9-year-old girl and wounding five.",
       "2017-01-16", "‘on Monday morning’ before the Tuesday 2017-01-17 dateline: Monday 2017-01-16",
       "al-Zahraa, Mosul", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       1, None, 5, None,
       "In the al-Zahraa district, which the army retook last month, an Islamic State drone dropped a small bomb on people queuing for food parcels on Monday morning, killing a 9-year-old girl and wounding five people, a local official said."),
    ev("Rockets fired by the militants from across the river hit al-Muthanna, wounding 12 civilians, four of them children.",
       "2017-01-15", "‘Late on Sunday’ before the Tuesday 2017-01-17 dateline: Sunday 2017-01-15",
       "al-Muthanna, Mosul", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       None, None, 12, None,
       "Late on Sunday, rockets hit the al-Muthanna district, wounding 12 civilians, among them four children, police said. They said the rockets had been fired by the militants from positions across the river.",
       note="the militants holding western Mosul are Islamic State; the actor is given only in the second sentence"),
],
figures=[
    fig("displaced", 160000, "Mosul",
        "more than 160,000 people had been displaced from Mosul and the surrounding areas since the offensive began on October 17"),
    fig("civilians_trapped", 700000, "western Mosul",
        "about 700,000 civilians were believed to be living in the western half of the city"),
    fig("wounded", 1800, "Erbil",
        "Hospitals in Erbil say they have treated more than 1,800 people wounded in the Mosul fighting since October.",
        note="treated since October"),
])
# ---------------------------------------------------------------------------
# h21-31 .. h21-36
# ---------------------------------------------------------------------------

report("h21-31", "2016-12-16", "https://www.example-emedpress.com/syria/2016/12/16/aleppo-evacuation-halted-ramouseh",
"""
Aleppo evacuation halted after convoy comes under fire; thousands stranded in the cold

BEIRUT, December 16 (Eastern Mediterranean Press) - The evacuation of rebel fighters and civilians from eastern Aleppo was suspended on Friday, a day after it began, with the Syrian government and the rebels accusing each other of breaking the deal and thousands of people left waiting in the freezing streets of the last rebel-held pocket.

Under an agreement brokered by Russia and Turkey on Tuesday night, the rebels and their families were to leave for the countryside west of Aleppo in exchange for an end to the fighting. A first attempt to carry it out collapsed on Wednesday, when shelling and air strikes resumed on the enclave.

The Russian military said about 8,500 people, among them some 3,000 fighters, had left in buses and ambulances on Thursday and overnight.

A convoy of ambulances came under fire at the Ramouseh crossing point on Thursday morning, killing one person and wounding four, among them a civil defence worker, the rebels' civil defence service said. It blamed pro-government militiamen. Syrian state television said the rebels had fired on the convoy themselves to wreck the deal.

Pro-government sources said the evacuation was suspended because the rebels had tried to take prisoners and heavy weapons out with them, and because militants in Idlib province had blocked the evacuation of the wounded from the besieged Shi'ite villages of Foua and Kefraya.

Government forces had squeezed the rebels into a few square kilometres in the days before the deal, taking the Sheikh Saeed district on the southern edge of the enclave on Monday. The UN human rights office said it had received reports that pro-government fighters had shot dead at least 60 civilians in their homes in several districts as they advanced.

Aid workers estimate that some 35,000 people remain in the pocket, many of them sleeping in the open in temperatures below zero. "People are burning furniture to keep their children warm," a doctor said in a voice message.

The fall of eastern Aleppo, held by the rebels since 2012, would be the biggest victory of the war for President Bashar al-Assad.
""",
events=[
    ev("Russia and Turkey brokered an agreement for rebels and their families to leave eastern Aleppo for the countryside west of the city in exchange for an end to the fighting.",
       "2016-12-13", "‘on Tuesday night’ before the Friday 2016-12-16 dateline: Tuesday 2016-12-13",
       "eastern Aleppo", "Aleppo", "SY", "other", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Under an agreement brokered by Russia and Turkey on Tuesday night, the rebels and their families were to leave for the countryside west of Aleppo in exchange for an end to the fighting.",
       note="agreement"),
    ev("Shelling and air strikes resumed on the eastern Aleppo enclave, wrecking the first evacuation attempt.",
       "2016-12-14", "‘on Wednesday’ before the Friday 2016-12-16 dateline: Wednesday 2016-12-14",
       "eastern Aleppo", "Aleppo", "SY", "explosion", "unknown", "unknown",
       None, None, None, None,
       "A first attempt to carry it out collapsed on Wednesday, when shelling and air strikes resumed on the enclave.",
       note="no place within the enclave, no toll, nobody named", optional=True),
    ev("An ambulance convoy was fired on at the Ramouseh crossing point, killing one person and wounding four; the rebels blamed pro-government militiamen, state TV blamed the rebels.",
       "2016-12-15", "‘on Thursday morning’ before the Friday 2016-12-16 dateline: Thursday 2016-12-15",
       "Ramouseh crossing", "Aleppo", "SY", "attack_on_civilians", "unknown", "civilians",
       1, None, 4, None,
       "A convoy of ambulances came under fire at the Ramouseh crossing point on Thursday morning, killing one person and wounding four, among them a civil defence worker, the rebels' civil defence service said. It blamed pro-government militiamen. Syrian state television said the rebels had fired on the convoy themselves to wreck the deal.",
       note="each side blames the other: unknown"),
    ev("Government forces took the Sheikh Saeed district on the southern edge of the enclave.",
       "2016-12-12", "‘on Monday’ before the Friday 2016-12-16 dateline: Monday 2016-12-12",
       "Sheikh Saeed, Aleppo", "Aleppo", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Government forces had squeezed the rebels into a few square kilometres in the days before the deal, taking the Sheikh Saeed district on the southern edge of the enclave on Monday."),
    ev("Pro-government fighters reportedly shot dead at least 60 civilians in their homes in several districts of eastern Aleppo as they advanced.",
       None, "‘as they advanced’; no day given",
       "several districts of eastern Aleppo", "Aleppo", "SY", "attack_on_civilians", "Syrian government forces", "civilians",
       60, None, None, None,
       "The UN human rights office said it had received reports that pro-government fighters had shot dead at least 60 civilians in their homes in several districts as they advanced.",
       note="reports received by the UN; places and days not given", optional=True),
],
figures=[
    fig("other", 8500, "eastern Aleppo",
        "The Russian military said about 8,500 people, among them some 3,000 fighters, had left in buses and ambulances on Thursday and overnight.",
        note="evacuated"),
    fig("fighters", 3000, "eastern Aleppo",
        "The Russian military said about 8,500 people, among them some 3,000 fighters, had left in buses and ambulances on Thursday and overnight.",
        note="rebel fighters evacuated"),
    fig("civilians_trapped", 35000, "eastern Aleppo",
        "Aid workers estimate that some 35,000 people remain in the pocket"),
])

report("h21-32", "2019-05-17", "https://www.example-diyalavoice.com/security/2019/05/17/f16-hamrin-adheim-crop-fires",
"""
Iraqi jets strike Islamic State hideout in Hamrin; crop fires spread across the north

BAQUBA, Iraq, May 17 (Diyala Voice) - Iraqi F-16 jets bombed an Islamic State hideout in the Hamrin mountains on Thursday, killing seven militants, the military's Security Media Cell said, a day after gunmen attacked shepherds near the town of al-Adheim.

The statement said the strike hit a cave complex north-east of Mutaibija after intelligence showed a group of militants was preparing attacks during Ramadan. It posted a video of smoke rising from a hillside. The toll could not be independently confirmed.

On Wednesday night, gunmen believed to belong to Islamic State opened fire on a shepherd and his son as they brought their flock home on the outskirts of al-Adheim, killing both, a local official said. A member of the tribal mobilisation forces who rushed to help them was wounded.

Farmers in the Daquq district of Kirkuk said fire destroyed about 300 dunams of ripe wheat on Tuesday, shortly after men on motorbikes were seen near the fields. Police said they were investigating. Islamic State claimed in its weekly newsletter that its fighters had burned crops belonging to "apostates" in several villages of Kirkuk and Diyala, but agriculture officials say some of this season's fires were caused by faulty power lines and the heat.

Officials say fires have destroyed more than 12,000 dunams of wheat and barley in Kirkuk, Salahuddin, Diyala and Nineveh since the harvest began, a blow to farmers who had hoped for the best crop in years after heavy winter rains.

In Muqdadiya, police arrested a man on Thursday who they said was an Islamic State "emir" in charge of a cell that planted roadside bombs, the Diyala police command said.

Iraq declared victory over the group in December 2017, but remnants still carry out hit-and-run attacks in the rural areas where Diyala, Salahuddin and Kirkuk meet.
""",
events=[
    ev("Iraqi F-16s bombed a cave complex north-east of Mutaibija in the Hamrin mountains, killing seven Islamic State militants, the Security Media Cell said.",
       "2019-05-16", "‘on Thursday’ before the Friday 2019-05-17 dateline: Thursday 2019-05-16",
       "cave complex north-east of Mutaibija", "Salahuddin", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       7, None, None, None,
       "Iraqi F-16 jets bombed an Islamic State hideout in the Hamrin mountains on Thursday, killing seven militants, the military's Security Media Cell said [...] The statement said the strike hit a cave complex north-east of Mutaibija after intelligence showed a group of militants was preparing attacks during Ramadan.",
       note="official military count, used"),
    ev("Gunmen believed to be Islamic State shot dead a shepherd and his son on the outskirts of al-Adheim and wounded a tribal mobilisation fighter who came to help.",
       "2019-05-15", "‘On Wednesday night’ before the Friday 2019-05-17 dateline: Wednesday 2019-05-15",
       "outskirts of al-Adheim", "Diyala", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, 1, None,
       "On Wednesday night, gunmen believed to belong to Islamic State opened fire on a shepherd and his son as they brought their flock home on the outskirts of al-Adheim, killing both, a local official said. A member of the tribal mobilisation forces who rushed to help them was wounded.",
       note="only \u2018believed to belong to\u2019 Islamic State: unidentified"),
    ev("Fire destroyed about 300 dunams of wheat in the Daquq district after men on motorbikes were seen near the fields.",
       "2019-05-14", "‘on Tuesday’ before the Friday 2019-05-17 dateline: Tuesday 2019-05-14",
       "Daquq", "Kirkuk", "IQ", "other", "unknown", "none",
       None, None, None, None,
       "Farmers in the Daquq district of Kirkuk said fire destroyed about 300 dunams of ripe wheat on Tuesday, shortly after men on motorbikes were seen near the fields. Police said they were investigating.",
       note="arson suspected; Islamic State\u2019s general claim does not name this field"),
    ev("Police in Muqdadiya arrested a man said to be an Islamic State emir in charge of a roadside-bomb cell.",
       "2019-05-16", "‘arrested a man on Thursday’ before the Friday 2019-05-17 dateline: Thursday 2019-05-16",
       "Muqdadiya", "Diyala", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "In Muqdadiya, police arrested a man on Thursday who they said was an Islamic State \"emir\" in charge of a cell that planted roadside bombs, the Diyala police command said.",
       arrested=1),
],
figures=[
    fig("other", 12000, "Kirkuk, Salahuddin, Diyala and Nineveh",
        "Officials say fires have destroyed more than 12,000 dunams of wheat and barley in Kirkuk, Salahuddin, Diyala and Nineveh since the harvest began",
        note="dunams of crops burned"),
])

report("h21-33", "2018-03-19", "https://www.example-levantwire.com/syria/2018/03/19/afrin-looting-after-takeover",
"""
Looting in Afrin after Turkish-backed forces take the city

BEIRUT, March 19 (Levant Wire Service) - Turkish-backed Syrian fighters looted shops, homes and government buildings in Afrin on Sunday after they and the Turkish army took control of the Kurdish-held city with little resistance, a war monitor and residents said.

President Tayyip Erdogan announced on Sunday that Turkish troops and their allies had taken "complete control" of the city centre that morning, nearly two months after the start of the offensive. The Kurdish YPG militia said its fighters had pulled out to spare the civilians and vowed to wage a guerrilla war.

Fighters were filmed carrying away tractors, motorcycles and sacks of food, and a statue of a figure from Kurdish legend in the city centre was torn down, the Syrian Observatory for Human Rights said. A commander of one of the factions said the looting was the work of "a few undisciplined individuals" who would be punished.

In the evening, two of the factions exchanged fire over a warehouse of looted goods in the industrial area of the city, and two fighters were killed, the Observatory said.

On Monday morning, a landmine exploded under a car carrying a family back to their village on the road between Afrin and Jinderes, killing three of them, a local official said. He did not say who had laid the mine.

Kurdish officials said Turkish artillery fire on the outskirts of the city on Saturday killed seven civilians who were trying to leave by the road towards Nubl and Zahraa. The Turkish military said it had fired only at YPG positions.

More than 120,000 people have fled Afrin district for Tal Rifaat, Nubl, Zahraa and nearby villages in the past week, according to the United Nations. The Observatory says more than 300 civilians were killed in the offensive, while the Turkish military says more than 40 of its soldiers died.
""",
events=[
    ev("Turkish troops and Turkish-backed Syrian fighters took control of Afrin city centre after the YPG pulled out.",
       "2018-03-18", "‘on Sunday’ (‘that morning’) before the Monday 2018-03-19 dateline: Sunday 2018-03-18",
       "Afrin", "Aleppo", "SY", "territory_gain", "Turkish security forces", "YPG",
       None, None, None, None,
       "President Tayyip Erdogan announced on Sunday that Turkish troops and their allies had taken \"complete control\" of the city centre that morning, nearly two months after the start of the offensive. The Kurdish YPG militia said its fighters had pulled out to spare the civilians",
       note="with the Turkish-backed Syrian factions"),
    ev("Turkish-backed fighters looted shops, homes and government buildings in Afrin and tore down a statue.",
       "2018-03-18", "‘on Sunday’ before the Monday 2018-03-19 dateline: Sunday 2018-03-18",
       "Afrin", "Aleppo", "SY", "other", "Turkish-backed Syrian rebels", "civilians",
       None, None, None, None,
       "Turkish-backed Syrian fighters looted shops, homes and government buildings in Afrin on Sunday after they and the Turkish army took control of the Kurdish-held city with little resistance, a war monitor and residents said.",
       note="looting and property destruction"),
    ev("Two Turkish-backed factions exchanged fire over a warehouse of looted goods in Afrin's industrial area; two fighters were killed.",
       "2018-03-18", "‘In the evening’ of the takeover ‘on Sunday’: Sunday 2018-03-18",
       "industrial area, Afrin", "Aleppo", "SY", "battle", "Turkish-backed Syrian rebels", "Turkish-backed Syrian rebels",
       2, None, None, None,
       "In the evening, two of the factions exchanged fire over a warehouse of looted goods in the industrial area of the city, and two fighters were killed, the Observatory said.",
       note="clash between two factions of the same coalition"),
    ev("A landmine blew up a car carrying a returning family on the Afrin-Jinderes road, killing three.",
       "2018-03-19", "‘On Monday morning’, the Monday 2018-03-19 dateline",
       "road between Afrin and Jinderes", "Aleppo", "SY", "explosion", "unknown", "civilians",
       3, None, None, None,
       "On Monday morning, a landmine exploded under a car carrying a family back to their village on the road between Afrin and Jinderes, killing three of them, a local official said. He did not say who had laid the mine."),
    ev("Turkish artillery fire on the outskirts of Afrin killed seven civilians fleeing towards Nubl and Zahraa, Kurdish officials said.",
       "2018-03-17", "‘on Saturday’ before the Monday 2018-03-19 dateline: Saturday 2018-03-17",
       "outskirts of Afrin", "Aleppo", "SY", "explosion", "Turkish security forces", "civilians",
       7, None, None, None,
       "Kurdish officials said Turkish artillery fire on the outskirts of the city on Saturday killed seven civilians who were trying to leave by the road towards Nubl and Zahraa. The Turkish military said it had fired only at YPG positions.",
       note="the Turkish military admits firing and disputes the victims: actor kept"),
],
figures=[
    fig("displaced", 120000, "Afrin district",
        "More than 120,000 people have fled Afrin district for Tal Rifaat, Nubl, Zahraa and nearby villages in the past week"),
    fig("killed", 300, "Afrin",
        "The Observatory says more than 300 civilians were killed in the offensive",
        note="civilians"),
    fig("killed", 40, "Afrin",
        "the Turkish military says more than 40 of its soldiers died",
        note="Turkish soldiers"),
])

report("h21-34", "2018-06-14", "https://www.example-frontiergazette.com/border/2018/06/14/border-wall-complete-refugees",
"""
Turkey finishes Syria border wall; few refugees go home despite Ankara's push

GAZIANTEP, Turkey, June 14 (Frontier Gazette) - Turkey has finished building a concrete wall along most of its border with Syria, the state agency in charge of the project said, three years after work began on a barrier meant to stop militants, smugglers and refugees from crossing.

The wall, made of prefabricated blocks three metres high topped with razor wire, runs for more than 700 km from Hatay province in the west to the Iraqi border in the east, with watchtowers, thermal cameras and patrol roads. Officials say illegal crossings have fallen sharply since it went up.

Turkey hosts more than 3.5 million Syrians registered under temporary protection, the largest refugee population in the world. About 400,000 of them live in Gaziantep, where Syrians now make up a fifth of the city's population and run thousands of businesses.

Ankara says about 145,000 Syrians have gone back to the areas around Jarablus, al-Bab and Azaz that Turkish troops and allied Syrian rebels took from Islamic State in 2016 and 2017, where Turkey has rebuilt schools and hospitals and pays the salaries of local police. Officials hope that many more will return to Afrin, which Turkish-backed forces captured in March.

But surveys by aid groups suggest that most refugees do not plan to go back while the war continues. "My children go to school here. There is nothing for us in Aleppo," said a tailor who fled the city in 2013.

Rights groups say Turkish border guards have shot at people trying to cross, and a Syrian monitoring group says it has recorded 42 deaths at the border since the start of the year. Turkish officials reject the accusations and say soldiers fire only warning shots.

Turkey has spent more than 30 billion dollars on the refugees, according to government figures, and President Tayyip Erdogan has repeatedly accused European countries of failing to share the burden. Anti-refugee feeling is growing ahead of this month's presidential and parliamentary elections.
""",
country_hint="TR",
figures=[
    fig("other", 3500000, "Turkey",
        "Turkey hosts more than 3.5 million Syrians registered under temporary protection",
        note="Syrian refugees in Turkey"),
    fig("other", 400000, "Gaziantep",
        "About 400,000 of them live in Gaziantep",
        note="Syrian refugees in Gaziantep"),
    fig("returned", 145000, "Jarablus, al-Bab and Azaz",
        "Ankara says about 145,000 Syrians have gone back to the areas around Jarablus, al-Bab and Azaz"),
    fig("killed", 42, "Turkish-Syrian border",
        "a Syrian monitoring group says it has recorded 42 deaths at the border since the start of the year",
        note="people trying to cross, since January; disputed by Turkey"),
])

report("h21-35", "2019-03-11", "https://www.example-levantwire.com/syria/2019/03/11/baghouz-assault-resumes",
"""
SDF resumes assault on Islamic State's last enclave at Baghouz

NEAR BAGHOUZ, Syria, March 11 (Levant Wire Service) - US-backed fighters resumed their assault on Islamic State's last scrap of territory in eastern Syria on Sunday evening, after more than a week in which thousands of people streamed out of the enclave, a spokesman for the Syrian Democratic Forces (SDF) said.

Coalition aircraft and SDF artillery pounded the encampment of tents, cars and dug-outs on the bank of the Euphrates through the night, setting off fires and secondary explosions that lit up the sky, according to a reporter at an SDF position on a hill overlooking Baghouz.

The militants fought back with snipers, mortars and at least three suicide car bombs, one of which exploded near an SDF position and wounded four fighters, an SDF commander said. By Monday afternoon, the SDF said 38 militants had been killed and that two of its own fighters had died in the clashes. Those figures could not be verified.

On Saturday, about 400 men who said they were fighters surrendered to the SDF at the edge of the enclave, along with some 1,500 women and children, the SDF said. The men were taken for questioning, and the women and children were sent north to the al-Hol camp.

Across the border in Iraq, the army said its troops had killed five militants who tried to cross the frontier near al-Qaim on Sunday. The Iraqi army has reinforced the border to stop fighters escaping from Baghouz.

The SDF says more than 5,000 people have left the enclave since the start of March, and estimates that no more than 1,000 fighters remain, many of them foreigners, who have refused to surrender. Coalition officials say the battle could take several more days because the militants are using tunnels and human shields.

The fall of Baghouz would end the territorial rule of the "caliphate" that Islamic State declared in 2014 over large parts of Syria and Iraq.
""",
events=[
    ev("Coalition aircraft and SDF artillery pounded the Islamic State encampment at Baghouz through the night.",
       "2019-03-10", "‘on Sunday evening’ and ‘through the night’, before the Monday 2019-03-11 dateline: the night of Sunday 2019-03-10",
       "Baghouz", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "Islamic State",
       None, None, None, None,
       "Coalition aircraft and SDF artillery pounded the encampment of tents, cars and dug-outs on the bank of the Euphrates through the night, setting off fires and secondary explosions that lit up the sky",
       note="the bombardment that opened the assault; may be coded within it", optional=True),
    ev("The SDF resumed its assault on the Islamic State enclave at Baghouz; the militants fought back with snipers, mortars and suicide car bombs, one of which wounded four SDF fighters; two SDF fighters died.",
       "2019-03-10", "‘on Sunday evening’ before the Monday 2019-03-11 dateline: Sunday 2019-03-10",
       "Baghouz", "Deir ez-Zor", "SY", "battle", "Syrian Democratic Forces", "Islamic State",
       2, None, 4, None,
       "US-backed fighters resumed their assault on Islamic State's last scrap of territory in eastern Syria on Sunday evening [...] The militants fought back with snipers, mortars and at least three suicide car bombs, one of which exploded near an SDF position and wounded four fighters, an SDF commander said. By Monday afternoon, the SDF said 38 militants had been killed and that two of its own fighters had died in the clashes.",
       note="the SDF\u2019s claim of 38 militants killed (attacker\u2019s claim, unverified) not used; its own 2 dead are"),
    ev("About 400 men who said they were Islamic State fighters surrendered to the SDF at the edge of the Baghouz enclave, with some 1,500 women and children.",
       "2019-03-09", "‘On Saturday’ before the Monday 2019-03-11 dateline: Saturday 2019-03-09",
       "Baghouz", "Deir ez-Zor", "SY", "other", "Islamic State", "Syrian Democratic Forces",
       None, None, None, None,
       "On Saturday, about 400 men who said they were fighters surrendered to the SDF at the edge of the enclave, along with some 1,500 women and children, the SDF said.",
       note="surrender"),
    ev("Iraqi troops killed five militants trying to cross the border near al-Qaim.",
       "2019-03-10", "‘on Sunday’ before the Monday 2019-03-11 dateline: Sunday 2019-03-10",
       "al-Qaim", "Anbar", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       5, None, None, None,
       "Across the border in Iraq, the army said its troops had killed five militants who tried to cross the frontier near al-Qaim on Sunday.",
       note="official army count, used; the militants are Islamic State fighters escaping Baghouz"),
],
figures=[
    fig("other", 5000, "Baghouz",
        "The SDF says more than 5,000 people have left the enclave since the start of March",
        note="people who left the enclave"),
    fig("fighters", 1000, "Baghouz",
        "estimates that no more than 1,000 fighters remain",
        note="Islamic State fighters, upper estimate"),
])

report("h21-36", "2019-06-20", "https://www.example-jaziratimes.com/raqqa/2019/06/20/raqqa-car-bomb-shuhail-killing",
"""
Car bomb in Raqqa kills three as Islamic State cells step up attacks in SDF areas

QAMISHLI, Syria, June 20 (Jazira Times) - A car bomb exploded near a busy roundabout in the centre of Raqqa on Wednesday afternoon, killing three people and wounding 12, the city's internal security forces said, the latest in a series of attacks by Islamic State cells three months after the group lost its last territory in Syria.

The car had been parked outside a restaurant close to the Naim roundabout, a spokesman for the Raqqa Internal Security Forces said. Two of the dead were civilians and one was a member of the security forces. A doctor at the city's National Hospital said 16 wounded people had been brought in. Islamic State claimed the bombing through its Amaq news agency, saying it had killed or wounded 15 "PKK apostates".

In the village of al-Shuhail, in Deir ez-Zor province, gunmen on a motorcycle shot dead a member of the local civil council as he left a mosque after evening prayers on Tuesday, local sources said. No group has claimed the killing.

Early on Wednesday, SDF special forces backed by coalition helicopters raided a house in the town of Busayra and captured an Islamic State official responsible for financing the group's cells, the SDF said. A coalition spokesman confirmed the operation and said no one had been hurt.

In the villages around Dhiban, residents blocked roads with burning tyres on Monday to protest against fuel shortages and what they called the SDF's failure to stop the killings, a local activist said. The protest ended after tribal elders met SDF officials.

The SDF says it is holding about 9,600 suspected Islamic State fighters in its prisons. A Syrian monitoring group says Islamic State cells have killed 206 people, most of them SDF fighters and local officials, in areas run by the SDF since the fall of Baghouz in March.

The US-led coalition, which still has about 1,000 troops in north-eastern Syria, has warned that the group is regrouping in the desert and in the towns along the Euphrates.
""",
events=[
    ev("A car bomb parked outside a restaurant near the Naim roundabout in Raqqa killed two civilians and a security forces member and wounded 12; Islamic State claimed it.",
       "2019-06-19", "‘on Wednesday afternoon’ before the Thursday 2019-06-20 dateline: Wednesday 2019-06-19",
       "Naim roundabout, Raqqa", "Raqqa", "SY", "explosion", "Islamic State", "civilians",
       3, None, 12, 16,
       "A car bomb exploded near a busy roundabout in the centre of Raqqa on Wednesday afternoon, killing three people and wounding 12, the city's internal security forces said [...] The car had been parked outside a restaurant close to the Naim roundabout, a spokesman for the Raqqa Internal Security Forces said. Two of the dead were civilians and one was a member of the security forces. A doctor at the city's National Hospital said 16 wounded people had been brought in. Islamic State claimed the bombing through its Amaq news agency",
       note="conflicting wounded counts 12 (security forces) vs 16 (hospital); Islamic State\u2019s claimed 15 killed or wounded not used"),
    ev("Gunmen on a motorcycle shot dead a member of the local civil council as he left a mosque in al-Shuhail.",
       "2019-06-18", "‘on Tuesday’ before the Thursday 2019-06-20 dateline: Tuesday 2019-06-18",
       "al-Shuhail", "Deir ez-Zor", "SY", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In the village of al-Shuhail, in Deir ez-Zor province, gunmen on a motorcycle shot dead a member of the local civil council as he left a mosque after evening prayers on Tuesday, local sources said. No group has claimed the killing.",
       note="assassination of a local official: other"),
    ev("SDF special forces backed by coalition helicopters raided a house in Busayra and captured an Islamic State finance official; no one was hurt.",
       "2019-06-19", "‘Early on Wednesday’ before the Thursday 2019-06-20 dateline: Wednesday 2019-06-19",
       "Busayra", "Deir ez-Zor", "SY", "arrest", "Syrian Democratic Forces", "Islamic State",
       0, None, 0, None,
       "Early on Wednesday, SDF special forces backed by coalition helicopters raided a house in the town of Busayra and captured an Islamic State official responsible for financing the group's cells, the SDF said. A coalition spokesman confirmed the operation and said no one had been hurt.",
       note="explicit zero: \u2018no one had been hurt\u2019", arrested=1),
    ev("Residents of villages around Dhiban blocked roads with burning tyres in protest at fuel shortages and the SDF's failure to stop the killings.",
       "2019-06-17", "‘on Monday’ before the Thursday 2019-06-20 dateline: Monday 2019-06-17",
       "villages around Dhiban", "Deir ez-Zor", "SY", "other", "protesters", "none",
       None, None, None, None,
       "In the villages around Dhiban, residents blocked roads with burning tyres on Monday to protest against fuel shortages and what they called the SDF's failure to stop the killings, a local activist said.",
       note="protest with road blocks; no intervention reported"),
],
figures=[
    fig("arrested", 9600, "north-eastern Syria",
        "The SDF says it is holding about 9,600 suspected Islamic State fighters in its prisons."),
    fig("killed", 206, "SDF-held areas",
        "A Syrian monitoring group says Islamic State cells have killed 206 people, most of them SDF fighters and local officials, in areas run by the SDF since the fall of Baghouz in March.",
        note="since March"),
    fig("fighters", 1000, "north-eastern Syria",
        "The US-led coalition, which still has about 1,000 troops in north-eastern Syria",
        note="coalition troops"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
PREFIX = "h21"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "TR"}
YEARS = (2016, 2019)
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Nineveh": "IQ", "Kirkuk": "IQ", "Salahuddin": "IQ", "Anbar": "IQ", "Diyala": "IQ",
    "Baghdad": "IQ", "Erbil": "IQ",
    "Aleppo": "SY", "Raqqa": "SY", "Deir ez-Zor": "SY", "Damascus": "SY", "Rif Dimashq": "SY",
    "Idlib": "SY", "Hama": "SY", "Hasakah": "SY",
    "Kilis": "TR", "Şanlıurfa": "TR", "Mardin": "TR", "Gaziantep": "TR", "Istanbul": "TR",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the names of news-dev's actor list, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
    "Peshmerga", "US-led coalition", "Syrian Democratic Forces", "YPG", "Syrian government forces",
    "Syrian rebels", "Turkish-backed Syrian rebels", "Turkish security forces", "Russian forces",
    "Hayat Tahrir al-Sham",
    "civilians", "militants (unidentified)", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# "CITY, Month D (Outlet) - " or, with a country or province, "CITY, Country, Month D (Outlet) - "
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
    # a resolved date must be the one the note arrives at
    if date is not None:
        d = parse_date(date)
        if d is not None and f"{WEEKDAYS[d.weekday()]} {date}" not in outside:
            err(where, f"date_note does not name the resolved date as '{WEEKDAYS[d.weekday()]} {date}'")


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
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
        if pub.strftime("/%Y/%m/%d/") not in r["url"]:
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
    # with three countries, six no-incident reports cannot all differ: each country at least once
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if set(hinted) != COUNTRIES or any(n > 3 for n in hinted.values()):
        err("set", f"reports without events should cover every country, none more than three times: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
    # each report's counts: 0 or 1-5 events
    for r in REPORTS:
        if len(r["events"]) > 5:
            err(r["id"], f"{len(r['events'])} events, expected at most 5")


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
    rep_c = Counter()
    for r in REPORTS:
        for c in ({e["country"] for e in r["events"]} or {r.get("country_hint", "?")}):
            rep_c[c] += 1
    print("by country (reports touching it / events / optional / with killed / with wounded):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)} / "
              f"{sum(e['killed'] is not None for e in sel)} / {sum(e['wounded'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
