#!/usr/bin/env python3
"""probe-holdout13: a held-out evaluation set for sitrep.

Holds every report text and its gold annotation as Python data, checks them, and
writes docs.jsonl and gold.jsonl next to this file. Any problem aborts without writing.
Run:  python3 make.py
"""
import datetime
import json
import os
import re
import sys

EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EXTRA_KEYS = ["note", "arrested", "optional"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}


def E(summary, date, date_note, place, admin, country, type_, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence=(), note=None,
      arrested=None, optional=False):
    """One gold event, keys in schema order."""
    if isinstance(evidence, str):
        evidence = [evidence]
    ev = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
          "country": country, "type": type_, "actor1": actor1, "actor2": actor2,
          "killed": killed, "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
          "evidence": " [...] ".join(evidence)}
    if note is not None:
        ev["note"] = note
    if arrested is not None:
        ev["arrested"] = arrested
    if optional:
        ev["optional"] = True
    return ev


def F(what, value, place, evidence, note=None):
    if isinstance(evidence, str):
        evidence = [evidence]
    f = {"what": what, "value": value, "place": place, "evidence": " [...] ".join(evidence)}
    if note is not None:
        f["note"] = note
    return f


DOCS = []


def D(id_, published, url, text, events=(), figures=()):
    DOCS.append({"id": id_, "published": published, "url": url, "text": text,
                 "events": list(events), "figures": list(figures)})

# ---------------------------------------------------------------- h13-01 (IQ, wire)
D("h13-01", "2014-08-19", "https://www.example-northlinewire.com/2014/08/19/peshmerga-zummar-villages-kalak-mortars",
"""Peshmerga retake villages near Zummar as mortars hit Kalak

ERBIL, August 19 (Northline Wire) - Kurdish Peshmerga fighters recaptured four villages east of Zummar on Sunday after a day of clashes with Islamic State militants, a Kurdish commander said, while mortar fire on the town of Kalak killed three civilians on Monday.

"We cleared the villages house by house and they pulled back toward the river," said the commander, who asked not to be named because he was not authorised to speak to reporters. He said two Peshmerga fighters were wounded in the operation but gave no figure for the militants' losses.

In Kalak, on the Great Zab river on the road between Erbil and Mosul, a hospital official said three civilians, among them a woman, were killed when mortar rounds fired from Islamic State positions across the river landed near the town's market on Monday afternoon. Seven other people were wounded.

The militants seized Mosul and much of Nineveh province in June, and pushed toward the Kurdish region early this month before Kurdish forces, helped by U.S. air strikes, began to win back ground. The United Nations says about 200,000 people have fled into the Kurdistan region since the start of August alone.

Kurdish officials say they need heavier weapons to hold a front line that now runs for more than 1,000 km.
""",
[E("Peshmerga fighters recaptured four villages east of Zummar from Islamic State after a day of clashes; two Peshmerga wounded.",
   "2014-08-17", "‘on Sunday’ before the Tuesday 2014-08-19 dateline, i.e. Sunday 2014-08-17",
   "villages east of Zummar", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
   wounded=2,
   evidence=["Kurdish Peshmerga fighters recaptured four villages east of Zummar on Sunday after a day of clashes with Islamic State militants, a Kurdish commander said",
             "He said two Peshmerga fighters were wounded in the operation but gave no figure for the militants' losses."]),
 E("Mortar rounds fired from Islamic State positions landed near the market of Kalak, killing three civilians and wounding seven.",
   "2014-08-18", "‘on Monday’ / ‘on Monday afternoon’ before the Tuesday 2014-08-19 dateline: Monday 2014-08-18",
   "Kalak", "Erbil", "IQ", "explosion", "Islamic State", "civilians",
   killed=3, wounded=7,
   evidence=["while mortar fire on the town of Kalak killed three civilians on Monday.",
             "In Kalak, on the Great Zab river on the road between Erbil and Mosul, a hospital official said three civilians, among them a woman, were killed when mortar rounds fired from Islamic State positions across the river landed near the town's market on Monday afternoon. Seven other people were wounded."])],
[F("displaced", 200000, "Kurdistan region",
   "The United Nations says about 200,000 people have fled into the Kurdistan region since the start of August alone.")])

# ---------------------------------------------------------------- h13-02 (SY, local press)
D("h13-02", "2014-11-12", "https://www.example-rojavadaily.com/news/2014-11-12/tal-tamr-checkpoint-attack",
"""Fighters repel night attack on Tal Tamr checkpoint

QAMISHLI, November 12 (Rojava Daily Report) - Kurdish YPG fighters beat back an Islamic State assault on a checkpoint on the western edge of Tal Tamr late on Monday, in fighting that left four YPG members and nine militants dead, a YPG spokesman said.

The attackers came in two pick-up trucks shortly before midnight and fought for about three hours before withdrawing toward the villages along the Khabur river, the spokesman told the paper by telephone. Residents said the sound of heavy machine guns carried on until the early hours of Tuesday.

Separately, a car packed with explosives blew up outside a YPG post on the southern outskirts of Ras al-Ayn on Tuesday morning, wounding five fighters, according to a statement from the group. Nobody has said they planted the car.

Kurdish units across the Hasakah region have been stretched thin since the militants laid siege to Kobani in September, and several hundred fighters have been sent west to reinforce the besieged town.
""",
[E("Islamic State attacked a YPG checkpoint on the western edge of Tal Tamr; four YPG members and nine militants were killed.",
   "2014-11-10", "‘late on Monday’ (‘shortly before midnight’), before the Wednesday 2014-11-12 dateline: Monday 2014-11-10",
   "Tal Tamr", "Hasakah", "SY", "battle", "Islamic State", "YPG",
   killed=13,
   evidence=["Kurdish YPG fighters beat back an Islamic State assault on a checkpoint on the western edge of Tal Tamr late on Monday, in fighting that left four YPG members and nine militants dead, a YPG spokesman said."],
   note="4 YPG + 9 militants = 13"),
 E("A car bomb blew up outside a YPG post on the southern outskirts of Ras al-Ayn, wounding five fighters; no one claimed it.",
   "2014-11-11", "‘on Tuesday morning’ before the Wednesday 2014-11-12 dateline: Tuesday 2014-11-11",
   "southern outskirts of Ras al-Ayn", "Hasakah", "SY", "explosion", "unknown", "YPG",
   wounded=5,
   evidence=["Separately, a car packed with explosives blew up outside a YPG post on the southern outskirts of Ras al-Ayn on Tuesday morning, wounding five fighters, according to a statement from the group. Nobody has said they planted the car."])],
[])

# ---------------------------------------------------------------- h13-03 (AF, police bulletin)
D("h13-03", "2015-02-24", "https://www.example-helmandpolice.com/bulletins/2015/041",
"""Helmand Provincial Police Headquarters - Press Bulletin No. 41
Tuesday, 24 February 2015

1. On Sunday afternoon, Taliban insurgents ambushed a police patrol on the road north of Sangin district centre. Five policemen were martyred and three were wounded. Reinforcements reached the area and the attackers fled.

2. On Monday, acting on intelligence, police in Lashkar Gah city arrested three suspects in the Bolan area and seized two pressure-plate mines, a motorcycle and a quantity of ammonium nitrate. The suspects are under investigation.

3. The provincial police chief reminds residents that 212 roadside bombs have been defused in Helmand since the start of the solar year, and asks citizens to report suspicious objects by dialling 119.

Issued by the Public Relations Office.
""",
[E("Taliban insurgents ambushed a police patrol on the road north of Sangin district centre, killing five policemen and wounding three.",
   "2015-02-22", "‘On Sunday afternoon’ in a bulletin dated ‘Tuesday, 24 February 2015’: Sunday 2015-02-22",
   "road north of Sangin district centre", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
   killed=5, wounded=3,
   evidence=["1. On Sunday afternoon, Taliban insurgents ambushed a police patrol on the road north of Sangin district centre. Five policemen were martyred and three were wounded."]),
 E("Police in Lashkar Gah arrested three suspects in the Bolan area and seized mines and explosive material.",
   "2015-02-23", "‘On Monday’ in a bulletin dated Tuesday 2015-02-24: Monday 2015-02-23",
   "Bolan, Lashkar Gah", "Helmand", "AF", "arrest", "Afghan security forces", "unknown",
   evidence=["2. On Monday, acting on intelligence, police in Lashkar Gah city arrested three suspects in the Bolan area and seized two pressure-plate mines, a motorcycle and a quantity of ammonium nitrate."],
   arrested=3)],
[F("other", 212, "Helmand",
   "212 roadside bombs have been defused in Helmand since the start of the solar year",
   note="roadside bombs defused, running total")])

# ---------------------------------------------------------------- h13-04 (YE, wire)
D("h13-04", "2015-06-08", "https://www.example-gulfdesk.com/2015/06/08/yemen-saada-strikes-taiz-shelling",
"""Air strikes hit Saada as shelling kills four in Taiz

SANAA, June 8 (Gulf Desk Wire) - Air strikes by the Saudi-led coalition struck a residential quarter of Saada city on Saturday, killing at least nine civilians, local health officials said, while the Houthi-run Saba news agency put the toll at 11.

The coalition, which has been bombing the Houthis and their allies since March, said in a statement that its aircraft had targeted weapons depots and command centres in the northern province, and denied hitting homes.

In the southwestern city of Taiz, shelling on Sunday killed four people and wounded 12 in the Jahmaliya district, said a doctor at the city's main public hospital. Residents blamed Houthi fighters positioned on hills east of the city; the group did not comment.

Aid agencies say fuel shortages have crippled hospitals and water pumps across the country, and the United Nations says more than a million Yemenis have been forced from their homes since the air campaign began.

Talks between the warring parties are due to open in Geneva next week.
""",
[E("Saudi-led coalition air strikes hit a residential quarter of Saada city, killing at least nine civilians (11 according to Saba).",
   "2015-06-06", "‘on Saturday’ before the Monday 2015-06-08 dateline: Saturday 2015-06-06",
   "Saada", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians",
   killed=9, killed_high=11,
   evidence=["Air strikes by the Saudi-led coalition struck a residential quarter of Saada city on Saturday, killing at least nine civilians, local health officials said, while the Houthi-run Saba news agency put the toll at 11."],
   note="health officials 9 vs Saba 11"),
 E("Shelling of the Jahmaliya district of Taiz killed four people and wounded 12; residents blamed Houthi fighters.",
   "2015-06-07", "‘on Sunday’ before the Monday 2015-06-08 dateline: Sunday 2015-06-07",
   "Jahmaliya", "Taiz", "YE", "explosion", "Houthis", "civilians",
   killed=4, wounded=12,
   evidence=["In the southwestern city of Taiz, shelling on Sunday killed four people and wounded 12 in the Jahmaliya district, said a doctor at the city's main public hospital. Residents blamed Houthi fighters positioned on hills east of the city; the group did not comment."],
   note="Houthis blamed by residents, no claim")],
[F("displaced", 1000000, "Yemen",
   "the United Nations says more than a million Yemenis have been forced from their homes since the air campaign began")])

# ---------------------------------------------------------------- h13-05 (SO, local press)
D("h13-05", "2015-09-30", "https://www.example-hiiraancoast.com/2015/09/army-repels-shabaab-bulo-burde",
"""Army says it repelled Shabaab raid near Bulo Burde

BELEDWEYNE, September 30 (Hiiraan Coast News) - Somali government troops fought off al-Shabaab fighters who stormed an army position outside Bulo Burde early on Tuesday, a regional military commander said, adding that seven militants and two soldiers were killed.

"They came from the east before dawn and we pushed them back within an hour," said Colonel Abdikarim Warsame Dhuule, who commands troops in the district. He said the bodies of the militants had been displayed in the town.

Al-Shabaab, in a statement on a website that supports it, said its fighters had killed 10 soldiers and seized weapons. Such claims could not be independently verified.

A day earlier, a roadside bomb struck a military truck on the road between Afgooye and Marka, killing three soldiers, a police officer in Afgooye said. No group said it had planted the bomb.

Bulo Burde has been cut off by road for much of the past year, and food reaches the town mainly by air.
""",
[E("Al-Shabaab fighters stormed an army position outside Bulo Burde; the army said seven militants and two soldiers were killed.",
   "2015-09-29", "‘early on Tuesday’ before the Wednesday 2015-09-30 dateline: Tuesday 2015-09-29",
   "outside Bulo Burde", "Hiiraan", "SO", "battle", "al-Shabaab", "Somali security forces",
   killed=9,
   evidence=["Somali government troops fought off al-Shabaab fighters who stormed an army position outside Bulo Burde early on Tuesday, a regional military commander said, adding that seven militants and two soldiers were killed.",
             "Al-Shabaab, in a statement on a website that supports it, said its fighters had killed 10 soldiers and seized weapons."],
   note="7 militants + 2 soldiers = 9; al-Shabaab's own claim of 10 soldiers killed not used"),
 E("A roadside bomb struck a military truck on the road between Afgooye and Marka, killing three soldiers; unclaimed.",
   "2015-09-28", "‘A day earlier’ than the Tuesday 2015-09-29 attack: Monday 2015-09-28",
   "road between Afgooye and Marka", "Lower Shabelle", "SO", "explosion", "unknown", "Somali security forces",
   killed=3,
   evidence=["A day earlier, a roadside bomb struck a military truck on the road between Afgooye and Marka, killing three soldiers, a police officer in Afgooye said. No group said it had planted the bomb."])],
[])

# ---------------------------------------------------------------- h13-06 (NG, follow-up)
D("h13-06", "2016-01-18", "https://www.example-sahelmonitor.com/2016/01/18/konduga-bombing-toll-rises",
"""Konduga bombing toll rises to 14, emergency agency says

MAIDUGURI, January 18 (Sahel Monitor) - The number of people killed when two suicide bombers blew themselves up outside a mosque in Konduga on Saturday evening has risen to 14, including the bombers, the state emergency management agency said on Monday. A count given by police on Sunday had put the dead at nine.

A spokesman for the agency said 31 people were being treated for injuries at hospitals in Maiduguri, about 35 km away.

No group has claimed the attack. Boko Haram has used young women and girls as bombers in markets, mosques and camps for displaced people across Borno state, but officials did not say who they believed was behind Saturday's blasts.

In a separate incident, troops fighting alongside vigilantes of the Civilian Joint Task Force killed five insurgents who tried to enter the village of Mafa on Sunday night, an army statement said.

The violence has driven more than two million people from their homes in the northeast since 2009, according to the International Organization for Migration.
""",
[E("Two suicide bombers blew themselves up outside a mosque in Konduga; the toll rose to 14 including the bombers, with 31 injured.",
   "2016-01-16", "‘on Saturday evening’ before the Monday 2016-01-18 dateline: Saturday 2016-01-16",
   "Konduga", "Borno", "NG", "explosion", "unknown", "civilians",
   killed=14, wounded=31,
   evidence=["The number of people killed when two suicide bombers blew themselves up outside a mosque in Konduga on Saturday evening has risen to 14, including the bombers, the state emergency management agency said on Monday. A count given by police on Sunday had put the dead at nine.",
             "A spokesman for the agency said 31 people were being treated for injuries at hospitals in Maiduguri, about 35 km away.",
             "No group has claimed the attack."],
   note="revised toll: the later count of 14 (bombers included) replaces the police's earlier nine; nobody claimed or was blamed"),
 E("Troops with Civilian JTF vigilantes killed five insurgents who tried to enter Mafa.",
   "2016-01-17", "‘on Sunday night’ before the Monday 2016-01-18 dateline: Sunday 2016-01-17 (first night)",
   "Mafa", "Borno", "NG", "battle", "militants (unidentified)", "Nigerian security forces",
   killed=5,
   evidence=["In a separate incident, troops fighting alongside vigilantes of the Civilian Joint Task Force killed five insurgents who tried to enter the village of Mafa on Sunday night, an army statement said."],
   note="the insurgents tried to enter the village; group not named")],
[F("displaced", 2000000, "northeast Nigeria",
   "The violence has driven more than two million people from their homes in the northeast since 2009, according to the International Organization for Migration.")])

# ---------------------------------------------------------------- h13-07 (IQ, wire)
D("h13-07", "2016-04-27", "https://www.example-tigrispress.com/en/2016/04/27/kubaisa-retaken-baghdadi-bomber",
"""Iraqi forces take Kubaisa as bomber strikes near al-Baghdadi

BAGHDAD, April 27 (Tigris Press Agency) - Iraqi troops backed by tribal fighters and coalition air strikes took full control of the town of Kubaisa, west of Hit, on Tuesday, the Joint Operations Command said in a statement.

The statement said engineering teams were clearing bombs planted in streets and houses, and that Islamic State fighters had fled into the desert toward the Syrian border.

On Monday a suicide bomber driving an explosives-laden Humvee attacked an army checkpoint on the northern approach to the town of al-Baghdadi, killing four soldiers, a police officer in Anbar said. An army officer at the scene said six soldiers had died. Islamic State claimed the attack in an online statement.

Iraqi forces launched their push toward Hit in March. Around 10,000 people have fled the district since then, aid agencies say, many of them on foot across the desert.
""",
[E("Iraqi troops with tribal fighters and coalition air support took full control of Kubaisa, west of Hit, from Islamic State.",
   "2016-04-26", "‘on Tuesday’ before the Wednesday 2016-04-27 dateline: Tuesday 2016-04-26",
   "Kubaisa", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
   evidence=["Iraqi troops backed by tribal fighters and coalition air strikes took full control of the town of Kubaisa, west of Hit, on Tuesday, the Joint Operations Command said in a statement."]),
 E("An Islamic State suicide bomber in an explosives-laden Humvee attacked an army checkpoint near al-Baghdadi, killing four soldiers (six according to an army officer).",
   "2016-04-25", "‘On Monday’ before the Wednesday 2016-04-27 dateline: Monday 2016-04-25",
   "army checkpoint on the northern approach to al-Baghdadi", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
   killed=4, killed_high=6,
   evidence=["On Monday a suicide bomber driving an explosives-laden Humvee attacked an army checkpoint on the northern approach to the town of al-Baghdadi, killing four soldiers, a police officer in Anbar said. An army officer at the scene said six soldiers had died. Islamic State claimed the attack in an online statement."],
   note="police 4 vs army officer 6; the bomber is not counted by either source")],
[F("displaced", 10000, "Hit district",
   "Around 10,000 people have fled the district since then, aid agencies say")])

# ---------------------------------------------------------------- h13-08 (SY, NGO statement)
D("h13-08", "2016-07-05", "https://www.example-srmn.org/statements/2016-07-05-maarat-daraya",
"""Statement: staff killed as strike hits field hospital in Maarat al-Numan; barrel bombs fall on Daraya

Syrian Relief Medical Network (SRMN) - 5 July 2016

SRMN condemns in the strongest terms the air strike that hit the field hospital it supports in Maarat al-Numan on Monday, 4 July 2016. Three members of staff - a nurse, an anaesthetist and a guard - were killed and six people were injured, two of them patients. The ground floor, where the emergency room was located, was destroyed. It is the third time since January that the facility has been hit.

Our partners in Daraya report that on Sunday government helicopters dropped at least eight barrel bombs on residential blocks of the besieged town, killing five civilians, two of them children, and wounding 14. Government forces have encircled Daraya since 2012, and no food convoy has entered since the siege began.

An estimated 8,000 people remain trapped in Daraya. SRMN calls on all parties to respect the protected status of medical facilities and on the Security Council to act.

Media enquiries: press@example-srmn.org
""",
[E("An air strike hit an SRMN-supported field hospital in Maarat al-Numan, killing three staff and injuring six; the aircraft were not identified.",
   "2016-07-04", "stated date ‘Monday, 4 July 2016’: Monday 2016-07-04",
   "field hospital in Maarat al-Numan", "Idlib", "SY", "explosion", "unknown", "civilians",
   killed=3, wounded=6,
   evidence=["SRMN condemns in the strongest terms the air strike that hit the field hospital it supports in Maarat al-Numan on Monday, 4 July 2016. Three members of staff - a nurse, an anaesthetist and a guard - were killed and six people were injured, two of them patients."],
   note="air force not named"),
 E("Government helicopters dropped at least eight barrel bombs on residential blocks of besieged Daraya, killing five civilians and wounding 14.",
   "2016-07-03", "‘on Sunday’ in a statement dated 5 July 2016 (Tuesday 2016-07-05): Sunday 2016-07-03",
   "Daraya", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
   killed=5, wounded=14,
   evidence=["Our partners in Daraya report that on Sunday government helicopters dropped at least eight barrel bombs on residential blocks of the besieged town, killing five civilians, two of them children, and wounding 14."])],
[F("civilians_trapped", 8000, "Daraya", "An estimated 8,000 people remain trapped in Daraya.")])

# ---------------------------------------------------------------- h13-09 (AF, wire)
D("h13-09", "2016-10-21", "https://www.example-kabulledger.com/news/2016/10/21/farah-city-attack-repelled",
"""Taliban assault on Farah city outskirts repelled, officials say

FARAH, October 21 (Kabul Ledger) - Afghan security forces pushed back a Taliban attack on checkpoints on the southern edge of Farah city that began late on Wednesday and lasted until dawn, provincial officials said, with nine police and at least 14 insurgents killed.

Gul Ahmad Zarifi, a spokesman for the provincial governor, said reinforcements had been flown in from Herat and that the situation was "under control". A Taliban spokesman said in a message to reporters that the group's fighters had killed dozens of police and overrun two checkpoints.

Many shops in the city stayed shut on Thursday, residents said, and the road to Herat was closed for several hours.

Separately, unidentified gunmen shot dead a member of the district council in Shindand district of neighbouring Herat province on Thursday, police there said.

Farah has come under repeated pressure since the foreign combat mission ended in 2014.
""",
[E("The Taliban attacked checkpoints on the southern edge of Farah city overnight; nine police and at least 14 insurgents were killed.",
   "2016-10-19", "‘began late on Wednesday and lasted until dawn’, before the Friday 2016-10-21 dateline: Wednesday 2016-10-19 (first night)",
   "southern edge of Farah city", "Farah", "AF", "battle", "Taliban", "Afghan security forces",
   killed=23,
   evidence=["Afghan security forces pushed back a Taliban attack on checkpoints on the southern edge of Farah city that began late on Wednesday and lasted until dawn, provincial officials said, with nine police and at least 14 insurgents killed.",
             "A Taliban spokesman said in a message to reporters that the group's fighters had killed dozens of police and overrun two checkpoints."],
   note="9 police + 14 insurgents = 23; Taliban claim ('dozens') not used"),
 E("Unidentified gunmen shot dead a district council member in Shindand district, Herat.",
   "2016-10-20", "‘on Thursday’ before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
   "Shindand", "Herat", "AF", "other", "militants (unidentified)", "civilians",
   killed=1,
   evidence=["Separately, unidentified gunmen shot dead a member of the district council in Shindand district of neighbouring Herat province on Thursday, police there said."],
   note="targeted killing of an official")],
[])
# ---------------------------------------------------------------- h13-10 (YE, regional bulletin)
D("h13-10", "2017-01-26", "https://www.example-southernarabia.com/2017/01/26/dhubab-taken-taiz-sniper",
"""Government forces say Dhubab taken; sniper kills two in Taiz

ADEN, January 26 (Southern Arabia Bulletin) - Forces loyal to Yemen's internationally recognised government, supported by Saudi-led coalition aircraft, captured the coastal town of Dhubab on Tuesday, a military spokesman said, as they press an offensive to push the Houthis away from the Red Sea coast.

The spokesman said "dozens" of Houthi fighters had been killed in the battle for the town, which lies near the Bab al-Mandab strait. The Houthis' al-Masirah television said the group's fighters had inflicted heavy losses on "the invaders and their mercenaries" and made no mention of Dhubab.

In Taiz city, a sniper shot dead two civilians, a man and his teenage son, as they crossed a street in the Wadi al-Qadi neighbourhood on Wednesday, a local rights group said. It blamed Houthi snipers stationed on nearby rooftops.

Taiz has been divided by front lines since 2015, and aid groups say residents of its besieged eastern quarters depend on goods carried along mountain tracks.
""",
[E("Yemeni government forces backed by Saudi-led coalition aircraft captured the coastal town of Dhubab from the Houthis.",
   "2017-01-24", "‘on Tuesday’ before the Thursday 2017-01-26 dateline: Tuesday 2017-01-24",
   "Dhubab", "Taiz", "YE", "territory_gain", "Yemeni government forces", "Houthis",
   evidence=["Forces loyal to Yemen's internationally recognised government, supported by Saudi-led coalition aircraft, captured the coastal town of Dhubab on Tuesday, a military spokesman said",
             "The spokesman said \"dozens\" of Houthi fighters had been killed in the battle for the town"],
   note="'dozens' of Houthis killed is vague: killed left null"),
 E("A sniper, blamed on the Houthis, shot dead a man and his teenage son in the Wadi al-Qadi neighbourhood of Taiz.",
   "2017-01-25", "‘on Wednesday’ before the Thursday 2017-01-26 dateline: Wednesday 2017-01-25",
   "Wadi al-Qadi", "Taiz", "YE", "attack_on_civilians", "Houthis", "civilians",
   killed=2,
   evidence=["In Taiz city, a sniper shot dead two civilians, a man and his teenage son, as they crossed a street in the Wadi al-Qadi neighbourhood on Wednesday, a local rights group said. It blamed Houthi snipers stationed on nearby rooftops."],
   note="Houthis blamed by a rights group")],
[])

# ---------------------------------------------------------------- h13-11 (IQ, wire)
D("h13-11", "2017-03-14", "https://www.example-northlinewire.com/2017/03/14/bab-al-tob-west-mosul",
"""Federal police take Bab al-Tob as west Mosul exodus swells

MOSUL, March 14 (Northline Wire) - Iraqi federal police took control of the Bab al-Tob area on the southern edge of Mosul's Old City on Sunday, a police spokesman said, bringing government forces within a few hundred metres of the al-Nuri mosque.

On Monday an Islamic State drone dropped a grenade on people queuing for food handouts in the Wadi Hajar district, killing two civilians and wounding nine, a police officer said.

Residents who reached the camps south of the city said militants had shot at families fleeing the Old City in recent days. They did not say how many people had been hit.

More than 180,000 people have fled western Mosul since the offensive on that side of the Tigris began on February 19, according to the Ministry of Migration. Aid groups say the camps at Hammam al-Alil are close to full.

Iraqi commanders had said the west of the city would be retaken within weeks. Officers at the front now speak privately of months.
""",
[E("Iraqi federal police took control of the Bab al-Tob area on the southern edge of Mosul's Old City.",
   "2017-03-12", "‘on Sunday’ before the Tuesday 2017-03-14 dateline: Sunday 2017-03-12",
   "Bab al-Tob", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
   evidence=["Iraqi federal police took control of the Bab al-Tob area on the southern edge of Mosul's Old City on Sunday, a police spokesman said"]),
 E("An Islamic State drone dropped a grenade on people queuing for food in Wadi Hajar, killing two civilians and wounding nine.",
   "2017-03-13", "‘On Monday’ before the Tuesday 2017-03-14 dateline: Monday 2017-03-13",
   "Wadi Hajar", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
   killed=2, wounded=9,
   evidence=["On Monday an Islamic State drone dropped a grenade on people queuing for food handouts in the Wadi Hajar district, killing two civilians and wounding nine, a police officer said."]),
 E("Militants shot at families fleeing the Old City of Mosul in recent days; no toll.",
   None, "‘in recent days’; not dated",
   "Old City", "Nineveh", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians",
   evidence=["Residents who reached the camps south of the city said militants had shot at families fleeing the Old City in recent days."],
   optional=True)],
[F("displaced", 180000, "western Mosul",
   "More than 180,000 people have fled western Mosul since the offensive on that side of the Tigris began on February 19, according to the Ministry of Migration.")])

# ---------------------------------------------------------------- h13-12 (NG, local press, no incident)
D("h13-12", "2017-05-30", "https://www.example-lakechadpost.com/2017/05/30/bama-school-reopens",
"""Borno reopens Bama school three years after insurgents burned it

BAMA, May 30 (Lake Chad Post) - Pupils returned to classrooms in Bama on Tuesday for the first time since Boko Haram fighters overran the town in 2014, as the Borno state government reopened a rebuilt secondary school under military guard.

Soldiers in armoured vehicles were posted at the gates and along the road from Maiduguri as officials cut a ribbon in front of the new blocks. "The insurgents burned this school to the ground. Today we are telling them they failed," the state commissioner for education told the crowd.

Troops retook Bama in March 2015, but most of its residents have yet to return, and many of those who have come back live in a camp on the edge of the town. The state government says insurgents destroyed 512 primary schools in Borno between 2009 and 2015.

About 1.8 million people remain displaced across the northeast, according to the United Nations, and aid workers say farming around Bama is still limited to a narrow belt guarded by the army and vigilantes.

The school will take 600 pupils in its first term, teachers said.
""",
[],
[F("other", 512, "Borno",
   "The state government says insurgents destroyed 512 primary schools in Borno between 2009 and 2015.",
   note="schools destroyed, cumulative"),
 F("displaced", 1800000, "northeast Nigeria",
   "About 1.8 million people remain displaced across the northeast, according to the United Nations")])

# ---------------------------------------------------------------- h13-13 (SY, wire)
D("h13-13", "2017-08-09", "https://www.example-levantwire.com/2017/08/09/sdf-nahda-raqqa-badu-strikes",
"""SDF seizes Raqqa's al-Nahda district; monitors report civilians killed in air raids

BEIRUT, August 9 (Levant Wire) - The US-backed Syrian Democratic Forces took control of the al-Nahda district in eastern Raqqa on Monday after a week of street fighting against Islamic State, the alliance said in a statement.

Air strikes on the al-Badu district in the centre of the city killed 12 civilians on Tuesday, according to the Raqqa Witness Network, a group of activists who report on the war from inside and outside the city. A second monitoring group put the death toll at 15. Both said the strikes were carried out by the US-led coalition.

A coalition spokesman said all reports of civilian casualties were taken seriously and would be assessed.

The United Nations estimates that as many as 25,000 civilians remain trapped in the parts of Raqqa still held by the militants, with little water or electricity.

The SDF began its assault on the city in early June.
""",
[E("The Syrian Democratic Forces took control of the al-Nahda district in eastern Raqqa from Islamic State.",
   "2017-08-07", "‘on Monday’ before the Wednesday 2017-08-09 dateline: Monday 2017-08-07",
   "al-Nahda", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
   evidence=["The US-backed Syrian Democratic Forces took control of the al-Nahda district in eastern Raqqa on Monday after a week of street fighting against Islamic State, the alliance said in a statement."]),
 E("Air strikes attributed to the US-led coalition on the al-Badu district of Raqqa killed 12 civilians (15 according to a second monitor).",
   "2017-08-08", "‘on Tuesday’ before the Wednesday 2017-08-09 dateline: Tuesday 2017-08-08",
   "al-Badu", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
   killed=12, killed_high=15,
   evidence=["Air strikes on the al-Badu district in the centre of the city killed 12 civilians on Tuesday, according to the Raqqa Witness Network, a group of activists who report on the war from inside and outside the city. A second monitoring group put the death toll at 15. Both said the strikes were carried out by the US-led coalition."],
   note="two monitors: 12 vs 15")],
[F("civilians_trapped", 25000, "Raqqa",
   "The United Nations estimates that as many as 25,000 civilians remain trapped in the parts of Raqqa still held by the militants")])

# ---------------------------------------------------------------- h13-14 (AF, feature)
D("h13-14", "2017-11-22", "https://www.example-frontierfeatures.com/2017/11/22/nad-ali-farmers-front-lines",
"""In Nad Ali, farmers plant between the front lines

NAD ALI, Helmand, November 22 (Frontier Features Service) - The wheat fields south of the district centre run right up to the sandbagged posts of the Afghan army, and beyond them, a few hundred metres away, to the compounds the Taliban use as firing positions.

Farmers here have learned to time their work to the rhythm of the fighting. "In the morning it is quiet. After noon they start shooting," said one, a father of seven who asked that his name not be used. He pointed to a row of mulberry trees shredded by bullets.

British and American troops fought over these same canals for years before handing the district to Afghan forces in 2014. Since then the front has moved back and forth, and whole villages have emptied.

The danger is not only on the front. Last Thursday, a mortar round landed in a courtyard in the village of Shin Kalay, killing two children and wounding their mother, relatives said. Each side blamed the other, and no official investigation has been announced.

The district governor says schools have reopened in the centre and a new clinic is planned. Out in the fields, the farmers are planting anyway. "If we do not plant, we do not eat," the father said.
""",
[E("A mortar round landed in a courtyard in Shin Kalay, Nad Ali, killing two children and wounding their mother; each side blamed the other.",
   "2017-11-16", "‘Last Thursday’ before the Wednesday 2017-11-22 dateline: Thursday 2017-11-16",
   "Shin Kalay", "Helmand", "AF", "explosion", "unknown", "civilians",
   killed=2, wounded=1,
   evidence=["Last Thursday, a mortar round landed in a courtyard in the village of Shin Kalay, killing two children and wounding their mother, relatives said. Each side blamed the other, and no official investigation has been announced."])],
[])

# ---------------------------------------------------------------- h13-15 (SO, wire)
D("h13-15", "2018-02-06", "https://www.example-benadirwire.com/2018/02/06/afgooye-checkpoint-car-bomb",
"""Car bomb kills five at Afgooye checkpoint

MOGADISHU, February 6 (Benadir Wire) - A car bomb exploded at a police checkpoint at the northern entrance of Afgooye on Monday, killing at least five people and wounding 10, police said. Residents and a local elder said seven people had died, most of them minibus passengers waiting to be searched.

Al-Shabaab said in a statement on a radio station it runs that it carried out the bombing, and claimed to have killed 12 members of the security forces.

Later on Monday, security forces arrested six men in house-to-house searches in Afgooye in connection with the attack, the district commissioner said.

Afgooye, about 30 km northwest of the capital, sits on the main road to Baidoa and has been hit by several bombings since African Union and Somali forces drove al-Shabaab out of the town in 2012.
""",
[E("An al-Shabaab car bomb exploded at a police checkpoint at the northern entrance of Afgooye, killing at least five (seven according to residents) and wounding 10.",
   "2018-02-05", "‘on Monday’ before the Tuesday 2018-02-06 dateline: Monday 2018-02-05",
   "police checkpoint at the northern entrance of Afgooye", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
   killed=5, killed_high=7, wounded=10,
   evidence=["A car bomb exploded at a police checkpoint at the northern entrance of Afgooye on Monday, killing at least five people and wounding 10, police said. Residents and a local elder said seven people had died, most of them minibus passengers waiting to be searched.",
             "Al-Shabaab said in a statement on a radio station it runs that it carried out the bombing, and claimed to have killed 12 members of the security forces."],
   note="police 5 vs residents 7; al-Shabaab's own claim of 12 not used"),
 E("Security forces arrested six men in house-to-house searches in Afgooye after the bombing.",
   "2018-02-05", "‘Later on Monday’, the day of the bombing: Monday 2018-02-05",
   "Afgooye", "Lower Shabelle", "SO", "arrest", "Somali security forces", "unknown",
   evidence=["Later on Monday, security forces arrested six men in house-to-house searches in Afgooye in connection with the attack, the district commissioner said."],
   arrested=6)],
[])

# ---------------------------------------------------------------- h13-16 (YE, NGO statement)
D("h13-16", "2018-04-18", "https://www.example-tihamachildren.org/news/2018-04-18-zabid-statement",
"""Children among seven killed in air strike on family home near Zabid

Tihama Children's Relief - statement, 18 April 2018

Seven civilians, four of them children, were killed when an air strike hit a family home on the outskirts of Zabid, in Hodeidah governorate, on Sunday night, according to our field team. Two other members of the family were injured and taken to hospital in Hodeidah city.

The Saudi-led coalition told journalists on Monday that its aircraft had struck "a legitimate military target" in the area and that it would review the reports.

On Monday afternoon, a boy of eleven was wounded by a landmine while collecting firewood near Hays, in the south of the governorate. Our team could not establish who had laid the mine.

More than 22 million people in Yemen need humanitarian assistance. We call on all parties to the conflict to spare civilians and civilian homes.
""",
[E("An air strike hit a family home on the outskirts of Zabid, killing seven civilians, four of them children, and injuring two; the Saudi-led coalition said it struck a military target.",
   "2018-04-15", "‘on Sunday night’ in a statement dated 18 April 2018 (Wednesday 2018-04-18): Sunday 2018-04-15 (first night)",
   "outskirts of Zabid", "Hodeidah", "YE", "explosion", "Saudi-led coalition", "civilians",
   killed=7, wounded=2,
   evidence=["Seven civilians, four of them children, were killed when an air strike hit a family home on the outskirts of Zabid, in Hodeidah governorate, on Sunday night, according to our field team. Two other members of the family were injured and taken to hospital in Hodeidah city.",
             "The Saudi-led coalition told journalists on Monday that its aircraft had struck \"a legitimate military target\" in the area"],
   note="the coalition acknowledged striking the area"),
 E("A boy was wounded by a landmine while collecting firewood near Hays; who laid the mine is unknown.",
   "2018-04-16", "‘On Monday afternoon’ in a statement dated Wednesday 2018-04-18: Monday 2018-04-16",
   "near Hays", "Hodeidah", "YE", "explosion", "unknown", "civilians",
   wounded=1,
   evidence=["On Monday afternoon, a boy of eleven was wounded by a landmine while collecting firewood near Hays, in the south of the governorate. Our team could not establish who had laid the mine."])],
[F("other", 22000000, "Yemen", "More than 22 million people in Yemen need humanitarian assistance.",
   note="people in need of assistance")])

# ---------------------------------------------------------------- h13-17 (IQ, wire)
D("h13-17", "2018-07-12", "https://www.example-tigrispress.com/en/2018/07/12/fake-checkpoint-tuz-kirkuk-arrests",
"""Drivers abducted at fake checkpoint on Kirkuk highway; intelligence arrests cell

KIRKUK, July 12 (Tigris Press Agency) - Gunmen wearing army uniforms set up a fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu on Monday evening and abducted three truck drivers, a police officer said, the latest in a string of kidnappings that officials blame on Islamic State remnants hiding in the Hamrin mountains.

On Tuesday, intelligence officers arrested four suspected members of an Islamic State cell in the Domiz district of Kirkuk, the provincial security committee said. It said the men were planning attacks on police patrols in the city.

Iraq declared victory over Islamic State in December, but the militants still mount ambushes in the farmland and hills between Kirkuk, Salahuddin and Diyala.

Truck drivers' unions have asked the government to provide armed escorts on the highway at night.
""",
[E("Gunmen in army uniforms set up a fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu and abducted three truck drivers; officials blame Islamic State remnants.",
   "2018-07-09", "‘on Monday evening’ before the Thursday 2018-07-12 dateline: Monday 2018-07-09",
   "Kirkuk-Baghdad highway near Tuz Khurmatu", "Salahuddin", "IQ", "other", "Islamic State", "civilians",
   evidence=["Gunmen wearing army uniforms set up a fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu on Monday evening and abducted three truck drivers, a police officer said, the latest in a string of kidnappings that officials blame on Islamic State remnants hiding in the Hamrin mountains."],
   note="abduction; Islamic State blamed by officials, no claim"),
 E("Intelligence officers arrested four suspected members of an Islamic State cell in the Domiz district of Kirkuk.",
   "2018-07-10", "‘On Tuesday’ before the Thursday 2018-07-12 dateline: Tuesday 2018-07-10",
   "Domiz", "Kirkuk", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
   evidence=["On Tuesday, intelligence officers arrested four suspected members of an Islamic State cell in the Domiz district of Kirkuk, the provincial security committee said."],
   arrested=4)],
[])

# ---------------------------------------------------------------- h13-18 (SY, analysis, no incident)
D("h13-18", "2018-09-25", "https://www.example-bosporuswire.com/2018/09/25/idlib-buffer-zone-rebels-weigh-deal",
"""Rebels weigh Idlib buffer deal as Turkish troops reinforce observation posts

ISTANBUL, September 25 (Bosporus Wire) - Syrian rebel factions in Idlib were still debating on Tuesday whether to accept a Russian-Turkish plan for a demilitarised zone along the front lines, as Turkish convoys carrying armoured vehicles moved into the province to reinforce the army's observation posts.

Under the deal struck in Sochi last week, heavy weapons must be pulled out of a strip 15 to 20 km deep by October 10, and jihadist fighters must leave it five days later. One commander of a Turkish-backed faction said his men would keep their tanks "until we see the regime's guns move back too".

The agreement averted, for now, a government offensive that the United Nations had warned could cause the worst humanitarian catastrophe of the war. About three million people live in the province, roughly half of them displaced from other parts of Syria.

Residents of towns along the front said the shelling had largely stopped since the deal was announced, and some shops had reopened.

Hayat Tahrir al-Sham, the strongest group in the province, has not publicly said whether it will comply.
""",
[],
[F("other", 3000000, "Idlib province",
   "About three million people live in the province, roughly half of them displaced from other parts of Syria.",
   note="population of the province")])
# ---------------------------------------------------------------- h13-19 (NG, wire)
D("h13-19", "2018-12-03", "https://www.example-sahelmonitor.com/2018/12/03/gudumbali-base-overrun",
"""Insurgents overrun army base in Gudumbali, soldiers say

MAIDUGURI, December 3 (Sahel Monitor) - Fighters of the Islamic State West Africa Province overran a military base in Gudumbali, in the Guzamala area of Borno state, on Saturday, killing at least eight soldiers, two soldiers who survived the attack said.

The army said in a statement on Sunday that troops had made a "tactical withdrawal" and lost three men, and that the base was back under their control by nightfall on Saturday after reinforcements arrived from Monguno.

On Sunday, air force jets struck insurgent positions around Kangarwa, near the shore of Lake Chad, the air force said in a separate statement, without giving casualty figures.

The group has attacked more than a dozen military bases in Borno and neighbouring Yobe since July, and soldiers have complained of poor equipment and long deployments. The army denies that morale is low.
""",
[E("ISWAP fighters overran the army base in Gudumbali, Guzamala; soldiers said at least eight were killed, the army admitted three.",
   "2018-12-01", "‘on Saturday’ before the Monday 2018-12-03 dateline: Saturday 2018-12-01",
   "Gudumbali", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
   killed=3, killed_high=8,
   evidence=["Fighters of the Islamic State West Africa Province overran a military base in Gudumbali, in the Guzamala area of Borno state, on Saturday, killing at least eight soldiers, two soldiers who survived the attack said.",
             "The army said in a statement on Sunday that troops had made a \"tactical withdrawal\" and lost three men"],
   note="army 3 vs soldiers' account 8"),
 E("The army said the Gudumbali base was back under its control by nightfall after reinforcements arrived from Monguno.",
   "2018-12-01", "‘by nightfall on Saturday’: Saturday 2018-12-01",
   "Gudumbali", "Borno", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
   evidence=["and that the base was back under their control by nightfall on Saturday after reinforcements arrived from Monguno."],
   optional=True),
 E("Air force jets struck insurgent positions around Kangarwa near Lake Chad; no casualty figures.",
   "2018-12-02", "‘On Sunday’ before the Monday 2018-12-03 dateline: Sunday 2018-12-02",
   "Kangarwa", "Borno", "NG", "explosion", "Nigerian security forces", "Boko Haram",
   evidence=["On Sunday, air force jets struck insurgent positions around Kangarwa, near the shore of Lake Chad, the air force said in a separate statement, without giving casualty figures."])],
[])

# ---------------------------------------------------------------- h13-20 (AF, politics, no incident)
D("h13-20", "2019-02-20", "https://www.example-kabulledger.com/news/2019/02/20/kabul-seat-at-table-talks-postponed",
"""Kabul presses for seat at the table as talks with Taliban are pushed back

KABUL, February 20 (Kabul Ledger) - Afghanistan's government on Wednesday renewed its demand to take part in talks between the United States and the Taliban, a day after a planned round of meetings was postponed amid disputes over who would sit in the Taliban delegation.

"No agreement about the future of Afghanistan can be made without Afghans," a spokesman for the presidential palace told reporters in Kabul. The Taliban have so far refused to negotiate directly with what they call a "puppet" government.

Diplomats say the talks centre on a timetable for the withdrawal of foreign troops in exchange for guarantees that Afghan soil will not be used to plan attacks abroad. A ceasefire, which Kabul wants first, is not yet on the agenda.

The war is now in its eighteenth year. Figures released by the United Nations this month show that more than 3,800 civilians were killed in the conflict last year, the highest number since the world body began keeping count.

Women's groups in the capital have warned that gains in education and work could be bargained away.
""",
[],
[F("killed", 3800, "Afghanistan",
   "Figures released by the United Nations this month show that more than 3,800 civilians were killed in the conflict last year",
   note="civilians killed in the previous year")])

# ---------------------------------------------------------------- h13-21 (YE, regional bulletin)
D("h13-21", "2019-05-15", "https://www.example-southernarabia.com/2019/05/15/qataba-attack-hays-mine",
"""Houthi push north of Qataba repelled, army says; mine kills three children in Hays

ADEN, May 15 (Southern Arabia Bulletin) - Yemeni government forces repulsed a Houthi attack on their positions north of Qataba in al-Dhale province on Monday, a military official said, adding that six soldiers and 15 Houthi fighters were killed.

Houthi-run media said the group's fighters had advanced in the area and captured "several hills", but gave no figures.

In the western district of Hays, in Hodeidah province, three children were killed on Tuesday when a landmine exploded as they were herding goats, a local official said. It was not clear who had laid the mine; both sides have been accused of planting them in farmland along the coast.

Fighting around Qataba has intensified since April, sending several thousand families toward the city of al-Dhale and further south.
""",
[E("The Houthis attacked government positions north of Qataba; six soldiers and 15 Houthi fighters were killed.",
   "2019-05-13", "‘on Monday’ before the Wednesday 2019-05-15 dateline: Monday 2019-05-13",
   "north of Qataba", "al-Dhale", "YE", "battle", "Houthis", "Yemeni government forces",
   killed=21,
   evidence=["Yemeni government forces repulsed a Houthi attack on their positions north of Qataba in al-Dhale province on Monday, a military official said, adding that six soldiers and 15 Houthi fighters were killed."],
   note="6 soldiers + 15 Houthis = 21"),
 E("A landmine exploded in Hays district, killing three children herding goats; unknown who laid it.",
   "2019-05-14", "‘on Tuesday’ before the Wednesday 2019-05-15 dateline: Tuesday 2019-05-14",
   "Hays", "Hodeidah", "YE", "explosion", "unknown", "civilians",
   killed=3,
   evidence=["In the western district of Hays, in Hodeidah province, three children were killed on Tuesday when a landmine exploded as they were herding goats, a local official said. It was not clear who had laid the mine"])],
[])

# ---------------------------------------------------------------- h13-22 (SO, local press)
D("h13-22", "2019-08-27", "https://www.example-hiiraancoast.com/2019/08/beledweyne-mortars-jilib-strike",
"""Mortars land near Beledweyne airport; US strike reported near Jilib

BELEDWEYNE, August 27 (Hiiraan Coast News) - Several mortar shells landed near the airport in Beledweyne late on Sunday, wounding two airport workers, officials said. Al-Shabaab said in a statement that its fighters had fired them at "foreign forces" based at the airfield.

In a separate development, the US military's Africa Command said on Monday that it had carried out an air strike near Jilib, in the Middle Juba region, on Saturday, killing three al-Shabaab militants. It said no civilians had been hurt.

Residents of Beledweyne said the shelling had caused panic in neighbourhoods close to the airport, where many families displaced by drought and fighting have set up shelters.
""",
[E("Al-Shabaab mortar shells landed near Beledweyne airport, wounding two airport workers.",
   "2019-08-25", "‘late on Sunday’ before the Tuesday 2019-08-27 dateline: Sunday 2019-08-25",
   "Beledweyne airport", "Hiiraan", "SO", "explosion", "al-Shabaab", "civilians",
   wounded=2,
   evidence=["Several mortar shells landed near the airport in Beledweyne late on Sunday, wounding two airport workers, officials said. Al-Shabaab said in a statement that its fighters had fired them at \"foreign forces\" based at the airfield."]),
 E("A US air strike near Jilib killed three al-Shabaab militants, according to Africa Command.",
   "2019-08-24", "‘on Saturday’ in an Africa Command statement of Monday 2019-08-26, before the Tuesday 2019-08-27 dateline: Saturday 2019-08-24",
   "near Jilib", "Middle Juba", "SO", "explosion", "US forces", "al-Shabaab",
   killed=3,
   evidence=["the US military's Africa Command said on Monday that it had carried out an air strike near Jilib, in the Middle Juba region, on Saturday, killing three al-Shabaab militants. It said no civilians had been hurt."])],
[])
# ---------------------------------------------------------------- h13-23 (IQ, court report, no incident)
D("h13-23", "2019-10-31", "https://www.example-northlinewire.com/2019/10/31/nineveh-court-hisba-sentences",
"""Nineveh court jails three men for serving in Islamic State's morality police

MOSUL, October 31 (Northline Wire) - A criminal court in Nineveh on Thursday sentenced three men to 15 years in prison each for serving in the hisba, the morality police that Islamic State ran in Mosul while it held the city, a judicial official said.

The court heard that the men had patrolled markets in the city's eastern districts in 2015 and 2016, enforcing dress codes and flogging shopkeepers who opened during prayer times. All three denied taking part in executions, and the prosecution did not accuse them of killing anyone.

Defence lawyers said their clients had joined under pressure after the militants overran the city in June 2014 and had never carried weapons. The hearing lasted less than an hour.

Rights groups have criticised the speed of terrorism trials in Iraq, where courts have handed down thousands of sentences since government forces drove the militants out of Mosul in 2017. Iraqi officials say the trials are fair and that victims' families demand justice.
""",
[],
[])

# ---------------------------------------------------------------- h13-24 (SY, wire)
D("h13-24", "2020-01-14", "https://www.example-levantwire.com/2020/01/14/maar-shurin-ariha-strikes",
"""Government forces take village southeast of Maarat al-Numan; strikes on Ariha market kill 10

BEIRUT, January 14 (Levant Wire) - Syrian government forces captured the village of Maar Shurin, southeast of Maarat al-Numan, on Monday after a night of heavy shelling, a war monitor and rebel sources said. Rebel factions said they had pulled back to defensive lines closer to the town.

On Saturday, air strikes hit a vegetable market in the town of Ariha, killing 10 civilians and wounding more than 20, rescue workers said. It was not clear whether Syrian or Russian aircraft had carried out the raids.

The United Nations says some 350,000 people have fled southern Idlib since the beginning of December, most of them heading toward camps near the Turkish border, where many are sheltering in tents in freezing weather.

Damascus has vowed to retake the whole of Idlib province, the last large area held by the opposition.
""",
[E("Syrian government forces captured the village of Maar Shurin, southeast of Maarat al-Numan, from rebel factions.",
   "2020-01-13", "‘on Monday’ before the Tuesday 2020-01-14 dateline: Monday 2020-01-13",
   "Maar Shurin", "Idlib", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
   evidence=["Syrian government forces captured the village of Maar Shurin, southeast of Maarat al-Numan, on Monday after a night of heavy shelling, a war monitor and rebel sources said."]),
 E("Air strikes by unidentified (Syrian or Russian) aircraft hit a vegetable market in Ariha, killing 10 civilians and wounding more than 20.",
   "2020-01-11", "‘On Saturday’ before the Tuesday 2020-01-14 dateline: Saturday 2020-01-11",
   "vegetable market in Ariha", "Idlib", "SY", "explosion", "unknown", "civilians",
   killed=10, wounded=20,
   evidence=["On Saturday, air strikes hit a vegetable market in the town of Ariha, killing 10 civilians and wounding more than 20, rescue workers said. It was not clear whether Syrian or Russian aircraft had carried out the raids."],
   note="air force not identified")],
[F("displaced", 350000, "southern Idlib",
   "The United Nations says some 350,000 people have fled southern Idlib since the beginning of December")])

# ---------------------------------------------------------------- h13-25 (NG, local press)
D("h13-25", "2020-03-09", "https://www.example-northernstardaily.com/2020/03/09/zamfara-maru-villages-raid",
"""Bandits kill 14 in Zamfara village raids, police say

GUSAU, March 9 (Northern Star Daily) - Armed bandits on motorcycles attacked two villages in Maru local government area of Zamfara state on Saturday, killing 14 people, the state police command said. Residents who fled to Maru town said 17 people had been buried.

The gunmen also stole cattle and set fire to granaries before withdrawing into the forest, a community leader said.

On Sunday, police arrested five suspected bandits at a checkpoint on the outskirts of Gusau and recovered two AK-47 rifles, the police spokesman said. He did not say whether the men were linked to Saturday's raids.

Zamfara's government signed a peace deal with some bandit groups last year, but attacks on villages in the state's south have continued.
""",
[E("Armed bandits on motorcycles attacked two villages in Maru local government area, killing 14 (17 according to residents).",
   "2020-03-07", "‘on Saturday’ before the Monday 2020-03-09 dateline: Saturday 2020-03-07",
   "two villages in Maru local government area", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
   killed=14, killed_high=17,
   evidence=["Armed bandits on motorcycles attacked two villages in Maru local government area of Zamfara state on Saturday, killing 14 people, the state police command said. Residents who fled to Maru town said 17 people had been buried."],
   note="police 14 vs residents 17; one combined toll for the two unnamed villages"),
 E("Police arrested five suspected bandits at a checkpoint on the outskirts of Gusau and recovered two rifles.",
   "2020-03-08", "‘On Sunday’ before the Monday 2020-03-09 dateline: Sunday 2020-03-08",
   "outskirts of Gusau", "Zamfara", "NG", "arrest", "Nigerian security forces", "bandits",
   evidence=["On Sunday, police arrested five suspected bandits at a checkpoint on the outskirts of Gusau and recovered two AK-47 rifles, the police spokesman said."],
   arrested=5)],
[])

# ---------------------------------------------------------------- h13-26 (AF, ministry communique)
D("h13-26", "2020-06-23", "https://www.example-mod-afghanistan.com/en/updates/2020-06-23",
"""Ministry of Defence - Operations update
Tuesday, 23 June 2020

- On Monday, commandos of the Afghan National Army and local police repulsed a Taliban attack on security posts in Dand district of Kandahar province. Twelve Taliban fighters were killed and four were wounded. Two soldiers were wounded.

- On Monday night, Afghan Air Force aircraft struck a gathering of Taliban fighters in Andar district of Ghazni province, killing seven insurgents.

- During the past week, security forces defused 27 improvised explosive devices in several provinces.

A Taliban spokesman dismissed the figures in a message on social media, calling them exaggerated propaganda.
""",
[E("Afghan commandos and police repulsed a Taliban attack on security posts in Dand district; 12 Taliban killed, four Taliban and two soldiers wounded.",
   "2020-06-22", "‘On Monday’ in an update dated ‘Tuesday, 23 June 2020’: Monday 2020-06-22",
   "Dand", "Kandahar", "AF", "battle", "Taliban", "Afghan security forces",
   killed=12, wounded=6,
   evidence=["- On Monday, commandos of the Afghan National Army and local police repulsed a Taliban attack on security posts in Dand district of Kandahar province. Twelve Taliban fighters were killed and four were wounded. Two soldiers were wounded."],
   note="wounded 4 Taliban + 2 soldiers = 6; Taliban dismissed the figures as exaggerated"),
 E("Afghan Air Force aircraft struck a Taliban gathering in Andar district of Ghazni, killing seven insurgents.",
   "2020-06-22", "‘On Monday night’ in an update dated Tuesday 2020-06-23: Monday 2020-06-22 (first night)",
   "Andar", "Ghazni", "AF", "explosion", "Afghan security forces", "Taliban",
   killed=7,
   evidence=["- On Monday night, Afghan Air Force aircraft struck a gathering of Taliban fighters in Andar district of Ghazni province, killing seven insurgents."])],
[F("other", 27, None,
   "- During the past week, security forces defused 27 improvised explosive devices in several provinces.",
   note="IEDs defused over a week")])

# ---------------------------------------------------------------- h13-27 (YE, wire)
D("h13-27", "2020-10-07", "https://www.example-gulfdesk.com/2020/10/07/sirwah-fighting-marib-missile",
"""Fighting flares west of Marib; missile wounds five in city

MARIB, October 7 (Gulf Desk Wire) - At least 14 fighters from both sides were killed on Tuesday when Houthi forces attacked government positions in Sirwah district, west of Marib city, military and tribal sources said.

A ballistic missile fired by the Houthis struck a residential area in Marib city late on Monday, wounding five civilians, the local authority said in a statement. The Houthis did not comment.

The Houthis have been trying since the start of the year to take Marib, the government's last major stronghold in the north, which sits near some of Yemen's main oil and gas fields.

The province hosts about a million people displaced from elsewhere in Yemen, many of them in crowded camps on the edge of the city, according to local authorities.
""",
[E("Houthi forces attacked government positions in Sirwah district west of Marib; at least 14 fighters from both sides killed.",
   "2020-10-06", "‘on Tuesday’ before the Wednesday 2020-10-07 dateline: Tuesday 2020-10-06",
   "Sirwah", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
   killed=14,
   evidence=["At least 14 fighters from both sides were killed on Tuesday when Houthi forces attacked government positions in Sirwah district, west of Marib city, military and tribal sources said."]),
 E("A Houthi ballistic missile struck a residential area in Marib city, wounding five civilians.",
   "2020-10-05", "‘late on Monday’ before the Wednesday 2020-10-07 dateline: Monday 2020-10-05",
   "Marib", "Marib", "YE", "explosion", "Houthis", "civilians",
   wounded=5,
   evidence=["A ballistic missile fired by the Houthis struck a residential area in Marib city late on Monday, wounding five civilians, the local authority said in a statement."])],
[F("displaced", 1000000, "Marib province",
   "The province hosts about a million people displaced from elsewhere in Yemen")])

# ---------------------------------------------------------------- h13-28 (SO, sport, no incident)
D("h13-28", "2021-01-29", "https://www.example-benadirwire.com/2021/01/29/mogadishu-stadium-league-returns",
"""Football returns to Mogadishu stadium once used as a militia base

MOGADISHU, January 29 (Benadir Wire) - Thousands of fans filled the stands of Mogadishu Stadium on Friday for the opening match of the national league season, in a ground that for years served as a base for armed groups and then for African Union troops.

Security was tight. Police searched spectators at three rings of checkpoints, and soldiers watched from the roof of the main stand as the two capital clubs played out a 1-1 draw.

"When I was a boy, this pitch was full of bullet casings," said a groundsman who has worked at the stadium since it was handed back to the sports ministry. "Now it is full of children."

Al-Shabaab fighters used the stadium as a training camp before they were pushed out of Mogadishu in 2011, and the militants have since condemned football as a distraction from jihad. Organisers said they had received no specific threats before the match.

The league's sponsors hope to broadcast matches to the regions this year.
""",
[],
[])
# ---------------------------------------------------------------- h13-29 (MZ, local press)
D("h13-29", "2021-04-13", "https://www.example-cabodelgadocourier.com/2021/04/13/quiterajo-raid",
"""Villagers killed as armed men raid Quiterajo

PEMBA, April 13 (Cabo Delgado Courier) - Armed men raided the village of Quiterajo in Macomia district on Saturday, burning dozens of homes and killing four villagers, two residents who fled to Macomia town told the Courier.

"They came at the time of the afternoon prayer, shooting in the air first and then at people," said one of them, a fisherman. He said the attackers took food and fuel before leaving toward the coast.

The defence ministry said on Monday that soldiers had clashed with insurgents near Mocímboa da Praia on Sunday and that operations were continuing. It gave no casualty figures.

More than 700,000 people have been forced from their homes by the insurgency in Cabo Delgado since 2017, according to the International Organization for Migration, and many of those who fled the recent attack on Palma are still arriving in Pemba by boat.
""",
[E("Armed men raided Quiterajo village in Macomia district, burning dozens of homes and killing four villagers.",
   "2021-04-10", "‘on Saturday’ before the Tuesday 2021-04-13 dateline: Saturday 2021-04-10",
   "Quiterajo", "Cabo Delgado", "MZ", "attack_on_civilians", "militants (unidentified)", "civilians",
   killed=4,
   evidence=["Armed men raided the village of Quiterajo in Macomia district on Saturday, burning dozens of homes and killing four villagers, two residents who fled to Macomia town told the Courier."]),
 E("Soldiers clashed with insurgents near Mocímboa da Praia; no casualty figures.",
   "2021-04-11", "‘on Sunday’ in a ministry statement of Monday 2021-04-12, before the Tuesday 2021-04-13 dateline: Sunday 2021-04-11",
   "near Mocímboa da Praia", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "militants (unidentified)",
   evidence=["The defence ministry said on Monday that soldiers had clashed with insurgents near Mocímboa da Praia on Sunday and that operations were continuing. It gave no casualty figures."]),
 E("The recent insurgent attack on Palma, mentioned only in passing as the reason people are still arriving in Pemba.",
   None, "‘the recent attack on Palma’; not dated in the report",
   "Palma", "Cabo Delgado", "MZ", "battle", "militants (unidentified)", "Mozambican security forces",
   evidence=["many of those who fled the recent attack on Palma are still arriving in Pemba by boat"],
   optional=True)],
[F("displaced", 700000, "Cabo Delgado",
   "More than 700,000 people have been forced from their homes by the insurgency in Cabo Delgado since 2017, according to the International Organization for Migration")])

# ---------------------------------------------------------------- h13-30 (UA, wire)
D("h13-30", "2021-08-02", "https://www.example-dniprowire.com/2021/08/02/avdiivka-shelling-soldier-killed",
"""Soldier killed near Avdiivka as shelling resumes in Donbas

KYIV, August 2 (Dnipro Newswire) - One Ukrainian soldier was killed and two were wounded when Russia-backed separatists shelled army positions near Avdiivka on Sunday, the headquarters of the Joint Forces Operation said.

The self-proclaimed authorities in Donetsk accused Ukrainian forces of opening fire first.

On Saturday, a soldier was wounded by sniper fire near Shyrokyne, on the coast east of Mariupol, the headquarters said.

A ceasefire agreed in July last year has frayed in recent months. More than 14,000 people have been killed since the conflict in eastern Ukraine broke out in 2014, according to the United Nations.
""",
[E("Russia-backed separatists shelled Ukrainian army positions near Avdiivka, killing one soldier and wounding two.",
   "2021-08-01", "‘on Sunday’ before the Monday 2021-08-02 dateline: Sunday 2021-08-01",
   "near Avdiivka", "Donetsk", "UA", "explosion", "Russia-backed separatists", "Ukrainian security forces",
   killed=1, wounded=2,
   evidence=["One Ukrainian soldier was killed and two were wounded when Russia-backed separatists shelled army positions near Avdiivka on Sunday, the headquarters of the Joint Forces Operation said."]),
 E("A Ukrainian soldier was wounded by sniper fire near Shyrokyne, east of Mariupol.",
   "2021-07-31", "‘On Saturday’ before the Monday 2021-08-02 dateline: Saturday 2021-07-31",
   "near Shyrokyne", "Donetsk", "UA", "battle", "Russia-backed separatists", "Ukrainian security forces",
   wounded=1,
   evidence=["On Saturday, a soldier was wounded by sniper fire near Shyrokyne, on the coast east of Mariupol, the headquarters said."],
   note="shooter not named in the sentence; the report attributes the fire to the separatists by context")],
[F("killed", 14000, "eastern Ukraine",
   "More than 14,000 people have been killed since the conflict in eastern Ukraine broke out in 2014, according to the United Nations.")])

# ---------------------------------------------------------------- h13-31 (CD, local press)
D("h13-31", "2021-11-16", "https://www.example-kivumorning.com/2021/11/16/oicha-overnight-killings",
"""ADF suspected in overnight killings near Oicha

BENI, November 16 (Kivu Morning) - Suspected fighters of the Allied Democratic Forces killed at least eight civilians in a raid on a farming settlement on the outskirts of Oicha, in North Kivu's Beni territory, the army said on Monday. A local civil society group said it had counted 11 bodies.

The attack began late on Saturday and went on until the early hours of Sunday, residents said. Several houses were set on fire and an unknown number of people were taken into the bush.

The army spokesman in Beni said on Monday that troops had killed five ADF fighters near Eringeti the same day, in an operation he said was not linked to the raid.

Civil society leaders have called for a curfew on the road between Oicha and Eringeti, where farmers are afraid to reach their fields.
""",
[E("Suspected ADF fighters raided a farming settlement on the outskirts of Oicha overnight, killing at least eight civilians (11 according to civil society).",
   "2021-11-13", "‘began late on Saturday and went on until the early hours of Sunday’, reported on Monday 2021-11-15, before the Tuesday 2021-11-16 dateline: Saturday 2021-11-13 (first night)",
   "outskirts of Oicha", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
   killed=8, killed_high=11,
   evidence=["Suspected fighters of the Allied Democratic Forces killed at least eight civilians in a raid on a farming settlement on the outskirts of Oicha, in North Kivu's Beni territory, the army said on Monday. A local civil society group said it had counted 11 bodies.",
             "The attack began late on Saturday and went on until the early hours of Sunday, residents said."],
   note="army 8 vs civil society 11"),
 E("The army said troops killed five ADF fighters near Eringeti.",
   "2021-11-15", "‘on Monday ... the same day’ before the Tuesday 2021-11-16 dateline: Monday 2021-11-15",
   "near Eringeti", "North Kivu", "CD", "battle", "Congolese security forces", "ADF",
   killed=5,
   evidence=["The army spokesman in Beni said on Monday that troops had killed five ADF fighters near Eringeti the same day, in an operation he said was not linked to the raid."])],
[])

# ---------------------------------------------------------------- h13-32 (ML, wire)
D("h13-32", "2022-03-04", "https://www.example-sahelmonitor.com/2022/03/04/boni-post-attack-ied",
"""Soldiers and assailants killed in attack on Boni army post

BAMAKO, March 4 (Sahel Monitor) - Gunmen attacked an army post in Boni, in central Mali's Mopti region, on Wednesday, the armed forces said in a statement, adding that three soldiers were killed and 10 assailants were "neutralised".

JNIM, the al-Qaeda-linked alliance, said in a message on social media that its fighters had carried out the attack and killed 15 soldiers.

On Thursday, a passenger vehicle struck an explosive device on the road between Boni and Douentza, killing two civilians and wounding four, a local official said.

The road, which links the centre of the country with Gao, has been cut repeatedly by blockades and roadside bombs over the past two years.
""",
[E("JNIM gunmen attacked the army post in Boni; the army said three soldiers and 10 assailants were killed.",
   "2022-03-02", "‘on Wednesday’ before the Friday 2022-03-04 dateline: Wednesday 2022-03-02",
   "Boni", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
   killed=13,
   evidence=["Gunmen attacked an army post in Boni, in central Mali's Mopti region, on Wednesday, the armed forces said in a statement, adding that three soldiers were killed and 10 assailants were \"neutralised\".",
             "JNIM, the al-Qaeda-linked alliance, said in a message on social media that its fighters had carried out the attack and killed 15 soldiers."],
   note="3 soldiers + 10 assailants = 13; JNIM's own claim of 15 soldiers not used"),
 E("A passenger vehicle struck an explosive device on the road between Boni and Douentza, killing two civilians and wounding four.",
   "2022-03-03", "‘On Thursday’ before the Friday 2022-03-04 dateline: Thursday 2022-03-03",
   "road between Boni and Douentza", "Mopti", "ML", "explosion", "unknown", "civilians",
   killed=2, wounded=4,
   evidence=["On Thursday, a passenger vehicle struck an explosive device on the road between Boni and Douentza, killing two civilians and wounding four, a local official said."])],
[])

# ---------------------------------------------------------------- h13-33 (SD, wire)
D("h13-33", "2023-05-09", "https://www.example-hornreview.com/2023/05/09/el-geneina-omdurman-market",
"""Fresh killings in El Geneina; shell hits Omdurman market

NAIROBI, May 9 (Horn Review) - Fighters of the Rapid Support Forces and allied militias attacked a displacement site in El Geneina, the capital of West Darfur, on Sunday, killing at least 17 people, a doctors' group said.

In Omdurman, across the Nile from Khartoum, an artillery shell landed in a crowded market on Monday, killing three people and wounding 11, residents said. The army and the RSF blamed each other.

Residents of the capital's East Nile district also reported army air strikes on RSF positions in recent days, but there was no word on casualties.

More than 700,000 people have been displaced inside Sudan since fighting between the army and the paramilitary RSF broke out on April 15, according to the United Nations. Talks between the two sides in Jeddah entered their fourth day on Tuesday.
""",
[E("RSF fighters and allied militias attacked a displacement site in El Geneina, killing at least 17 people.",
   "2023-05-07", "‘on Sunday’ before the Tuesday 2023-05-09 dateline: Sunday 2023-05-07",
   "displacement site in El Geneina", "West Darfur", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
   killed=17,
   evidence=["Fighters of the Rapid Support Forces and allied militias attacked a displacement site in El Geneina, the capital of West Darfur, on Sunday, killing at least 17 people, a doctors' group said."]),
 E("An artillery shell landed in a crowded market in Omdurman, killing three and wounding 11; each side blamed the other.",
   "2023-05-08", "‘on Monday’ before the Tuesday 2023-05-09 dateline: Monday 2023-05-08",
   "market in Omdurman", "Khartoum", "SD", "explosion", "unknown", "civilians",
   killed=3, wounded=11,
   evidence=["In Omdurman, across the Nile from Khartoum, an artillery shell landed in a crowded market on Monday, killing three people and wounding 11, residents said. The army and the RSF blamed each other."]),
 E("Army air strikes on RSF positions in the East Nile district of Khartoum in recent days; no casualty word.",
   None, "‘in recent days’; not dated",
   "East Nile", "Khartoum", "SD", "explosion", "Sudanese security forces", "Rapid Support Forces",
   evidence=["Residents of the capital's East Nile district also reported army air strikes on RSF positions in recent days, but there was no word on casualties."],
   optional=True)],
[F("displaced", 700000, "Sudan",
   "More than 700,000 people have been displaced inside Sudan since fighting between the army and the paramilitary RSF broke out on April 15, according to the United Nations.")])

# ---------------------------------------------------------------- h13-34 (MM, regional wire)
D("h13-34", "2023-08-16", "https://www.example-mekongreport.com/2023/08/16/kani-air-strike-kawlin-police-station",
"""Air strike kills six in Sagaing village; resistance fighters seize Kawlin police station

BANGKOK, August 16 (Mekong Report) - A military air strike on a village in Kani township of Myanmar's Sagaing region on Monday killed six civilians, including a monk, local resistance officials and a relief worker said.

Separately, fighters of the People's Defence Force said they had captured the police station in the town of Kawlin on Tuesday after two days of fighting, and posted photographs of seized weapons. A junta spokesman said the report was "fabricated".

The military seized power in February 2021 and has relied heavily on air power against the armed resistance in Sagaing, where hundreds of villages have been burned.

The United Nations says more than 1.6 million people have been displaced across Myanmar since the coup.
""",
[E("A Myanmar military air strike on a village in Kani township, Sagaing, killed six civilians including a monk.",
   "2023-08-14", "‘on Monday’ before the Wednesday 2023-08-16 dateline: Monday 2023-08-14",
   "Kani township", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians",
   killed=6,
   evidence=["A military air strike on a village in Kani township of Myanmar's Sagaing region on Monday killed six civilians, including a monk, local resistance officials and a relief worker said."]),
 E("People's Defence Force fighters said they captured the police station in Kawlin after two days of fighting; the junta denied it.",
   "2023-08-15", "‘on Tuesday’ before the Wednesday 2023-08-16 dateline: Tuesday 2023-08-15",
   "police station in Kawlin", "Sagaing", "MM", "territory_gain", "People's Defence Force", "Myanmar security forces",
   evidence=["Separately, fighters of the People's Defence Force said they had captured the police station in the town of Kawlin on Tuesday after two days of fighting, and posted photographs of seized weapons. A junta spokesman said the report was \"fabricated\"."],
   note="claimed by the PDF, denied by the junta")],
[F("displaced", 1600000, "Myanmar",
   "The United Nations says more than 1.6 million people have been displaced across Myanmar since the coup.")])

# ---------------------------------------------------------------- h13-35 (BF, wire)
D("h13-35", "2024-02-13", "https://www.example-sahelmonitor.com/2024/02/13/djibo-attack-arbinda-drone",
"""Jihadists attack Djibo; army says assault repelled

OUAGADOUGOU, February 13 (Sahel Monitor) - Militants attacked positions of the army and its civilian auxiliaries in Djibo, the main town of Burkina Faso's Soum province, on Sunday, the army said, adding that the assault had been repelled and that "several dozen terrorists" had been neutralised.

A security source said six soldiers and volunteers had been killed. JNIM, which has besieged the town for nearly two years, said its fighters had carried out the attack.

On Monday, an army drone struck suspected militant positions near Arbinda, east of Djibo, state television reported, without giving a toll.

More than two million people have been displaced inside Burkina Faso by the violence, according to the government's most recent count.
""",
[E("JNIM attacked army and auxiliary positions in Djibo; a security source said six soldiers and volunteers were killed.",
   "2024-02-11", "‘on Sunday’ before the Tuesday 2024-02-13 dateline: Sunday 2024-02-11",
   "Djibo", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
   killed=6,
   evidence=["Militants attacked positions of the army and its civilian auxiliaries in Djibo, the main town of Burkina Faso's Soum province, on Sunday, the army said",
             "A security source said six soldiers and volunteers had been killed. JNIM, which has besieged the town for nearly two years, said its fighters had carried out the attack."],
   note="'several dozen terrorists' neutralised is vague and not counted"),
 E("An army drone struck suspected militant positions near Arbinda; no toll.",
   "2024-02-12", "‘On Monday’ before the Tuesday 2024-02-13 dateline: Monday 2024-02-12",
   "near Arbinda", "Sahel", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
   evidence=["On Monday, an army drone struck suspected militant positions near Arbinda, east of Djibo, state television reported, without giving a toll."])],
[F("displaced", 2000000, "Burkina Faso",
   "More than two million people have been displaced inside Burkina Faso by the violence, according to the government's most recent count.")])

# ---------------------------------------------------------------- h13-36 (PH, anniversary feature, no incident)
D("h13-36", "2024-05-22", "https://www.example-mindanaoledger.com/2024/05/22/marawi-seven-years-after-siege",
"""Seven years after the siege, Marawi's displaced still wait to go home

MARAWI, May 22 (Mindanao Ledger) - On the eve of the seventh anniversary of the siege of Marawi, families who lost their homes in the battle say they are tired of waiting to return to the ruined city centre.

Militants loyal to Islamic State seized parts of the city on May 23, 2017, and the army took five months to drive them out, with air strikes and artillery reducing the old commercial district to rubble. Government rebuilding has restored roads, a mosque and a new stadium, but many privately owned plots remain empty.

"They rebuilt the buildings that can be photographed," said a former shopkeeper who has lived in a temporary shelter since 2018. "Our houses are still rubble."

About 17,000 people remain displaced, according to a coalition of local civic groups, although the government puts the figure lower. Compensation payments under a law passed in 2022 began this year.

Officials plan a remembrance ceremony and a peace walk on Thursday.
""",
[],
[F("displaced", 17000, "Marawi",
   "About 17,000 people remain displaced, according to a coalition of local civic groups")])


# ====================================================================== checks
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ISO2 = set("""AD AE AF AG AL AM AO AR AT AU AZ BA BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT
GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV
LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PS PT PY
QA RO RS RU RW SA SB SC SD SE SG SI SK SL SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA
UG US UY UZ VE VN WS XK YE ZA ZM ZW""".split())

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None


def check_count(where, ev, key):
    v, hi = ev.get(key), ev.get(key + "_high")
    for k, x in ((key, v), (key + "_high", hi)):
        if x is not None and (type(x) is not int or x < 0):
            bad(where, f"{k} must be a non-negative int or null, got {x!r}")
    if hi is not None and (v is None or (type(v) is int and type(hi) is int and hi < v)):
        bad(where, f"{key}_high {hi!r} needs a lower {key} <= it (got {v!r})")


def check_weekday_note(where, note):
    outside = re.sub(r"\u2018[^\u2019]*\u2019", "", note)
    if "'" in note.replace("\u2019s", "") and re.search(r"'[^']+'", note):
        bad(where, f"date_note quotes text with straight quotes, use \u2018\u2026\u2019: {note!r}")
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), outside):
        tail = outside[m.end():m.end() + 11]
        dm = re.match(r" (\d{4}-\d{2}-\d{2})", tail)
        if not dm:
            bad(where, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD': {note!r}")
            continue
        d = iso(dm.group(1))
        if d is None:
            bad(where, f"bad date after weekday in date_note: {dm.group(1)}")
        elif WEEKDAYS[d.weekday()] != m.group(1):
            bad(where, f"{dm.group(1)} is a {WEEKDAYS[d.weekday()]}, not a {m.group(1)}")


def check_quotes_in_text(where, note, text):
    for q in re.findall(r"\u2018([^\u2019]*)\u2019", note):
        for piece in [p.strip() for p in q.split("...")]:
            if piece and piece not in text:
                bad(where, f"quoted date_note text not in the report: {piece!r}")


def check_text_dates(where, text):
    # any "Weekday, D Month YYYY" must be a true calendar fact
    for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s) (\d{4})\b" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
        try:
            d = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        except ValueError:
            bad(where, f"impossible date in text: {m.group(0)!r}")
            continue
        if WEEKDAYS[d.weekday()] != m.group(1):
            bad(where, f"text says {m.group(0)!r} but that day is a {WEEKDAYS[d.weekday()]}")
    for m in re.finditer(r"\b(%s),? (%s) (\d{1,2}),? (\d{4})\b" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
        d = datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            bad(where, f"text says {m.group(0)!r} but that day is a {WEEKDAYS[d.weekday()]}")


DATELINE = re.compile(r"^([A-Z][A-Z .'\-]+)(, [A-Z][A-Za-z .'\-]+)?, (%s) (\d{1,2}) \(([^()]+)\) - \S" % "|".join(MONTHS))


def check_dateline(where, text, pub):
    lines = [l for l in text.split("\n") if l.strip()]
    if len(lines) < 3:
        bad(where, "report needs a headline and a body")
        return False
    if lines[0] != lines[0].strip() or lines[0].endswith("."):
        bad(where, f"headline looks wrong: {lines[0]!r}")
    found = False
    for l in lines[1:]:
        if re.match(r"^[A-Z][A-Z .'\-]{2,}, .{0,40}\b(%s) \d" % "|".join(MONTHS), l):
            m = DATELINE.match(l)
            if not m:
                bad(where, f"malformed dateline: {l[:60]!r}")
                continue
            found = True
            if (MONTHS.index(m.group(3)) + 1, int(m.group(4))) != (pub.month, pub.day):
                bad(where, f"dateline {m.group(3)} {m.group(4)} does not name the publication date {pub}")
            if l is not lines[1]:
                bad(where, "dateline must open the first paragraph after the headline")
    return found


def check():
    if len(DOCS) != 36:
        bad("set", f"expected 36 reports, got {len(DOCS)}")
    for i, d in enumerate(DOCS, 1):
        w = d["id"]
        if w != f"h13-{i:02d}":
            bad(w, f"id out of order, expected h13-{i:02d}")
        pub = iso(d["published"])
        if pub is None or not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            bad(w, f"published {d['published']!r} not a valid 2014-2024 date")
            continue
        if not re.fullmatch(r"https://www\.example-[a-z0-9\-]+\.(com|org)/\S+", d["url"] or ""):
            bad(w, f"url not on an example- domain: {d['url']!r}")
        text = d["text"]
        if not text or text != text.strip() + "\n":
            bad(w, "text must be non-empty, no leading blanks, one trailing newline")
        for u in re.findall(r"https?://\S+|\b\S+@\S+\b", text):
            if "example-" not in u:
                bad(w, f"non-example URL or address in text: {u}")
        check_text_dates(w, text)
        d["_dateline"] = check_dateline(w, text, pub)
        if not 0 <= len(d["events"]) <= 4:
            bad(w, f"{len(d['events'])} events, need 0-4")
        for j, ev in enumerate(d["events"]):
            we = f"{w} event {j}"
            keys = list(ev)
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
                bad(we, f"keys not in schema order: {keys}")
            extra = keys[len(EVENT_KEYS):]
            if extra != [k for k in EXTRA_KEYS if k in extra] or any(k not in EXTRA_KEYS for k in extra):
                bad(we, f"unexpected or misordered extra keys: {extra}")
            for k in ("summary", "date_note", "place", "actor1", "actor2", "evidence"):
                if not isinstance(ev.get(k), str) or not ev[k].strip():
                    bad(we, f"{k} must be a non-empty string")
            if ev["admin"] is not None and not (isinstance(ev["admin"], str) and ev["admin"].strip()):
                bad(we, "admin must be a string or null")
            if ev["date"] is not None:
                dd = iso(ev["date"])
                if dd is None:
                    bad(we, f"bad date {ev['date']!r}")
                elif dd > pub:
                    bad(we, f"date {dd} after publication {pub}")
                elif (pub - dd).days > 40:
                    bad(we, f"date {dd} is outside the news window of {pub}")
            check_weekday_note(we, ev["date_note"])
            if ev["date"] is not None and ev["date"] not in ev["date_note"]:
                bad(we, f"date_note does not arrive at the date {ev['date']}")
            for m in re.finditer(r"(\d{4}-\d{2}-\d{2}) dateline", ev["date_note"]):
                if m.group(1) != d["published"]:
                    bad(we, f"date_note names dateline {m.group(1)} but the report is dated {d['published']}")
            check_quotes_in_text(we, ev["date_note"], text)
            if ev["type"] not in TYPES:
                bad(we, f"bad type {ev['type']!r}")
            if ev["country"] not in ISO2:
                bad(we, f"bad country {ev['country']!r}")
            check_count(we, ev, "killed")
            check_count(we, ev, "wounded")
            if "arrested" in ev:
                if ev["type"] != "arrest":
                    bad(we, "arrested only on arrest events")
                if type(ev["arrested"]) is not int or ev["arrested"] < 0:
                    bad(we, "arrested must be a non-negative int")
            if "optional" in ev and ev["optional"] is not True:
                bad(we, "optional must be true when present")
            if "note" in ev and not (isinstance(ev["note"], str) and ev["note"].strip()):
                bad(we, "note must be a non-empty string")
            for piece in ev["evidence"].split(" [...] "):
                if not piece or piece not in text:
                    bad(we, f"evidence piece not verbatim in text: {piece[:80]!r}")
        for j, f in enumerate(d["figures"]):
            wf = f"{w} figure {j}"
            if list(f)[:4] != ["what", "value", "place", "evidence"] or any(k not in ("what", "value", "place", "evidence", "note") for k in f):
                bad(wf, f"bad figure keys {list(f)}")
            if f["what"] not in FIGURE_WHAT:
                bad(wf, f"bad figure what {f['what']!r}")
            if type(f["value"]) is not int or f["value"] < 0:
                bad(wf, "figure value must be a non-negative int")
            for piece in f["evidence"].split(" [...] "):
                if not piece or piece not in text:
                    bad(wf, f"figure evidence not verbatim: {piece[:80]!r}")


def main():
    check()
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fd, \
         open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fg:
        for d in DOCS:
            fd.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"], "url": d["url"]},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                 "events": d["events"], "figures": d["figures"]}, ensure_ascii=False) + "\n")
    evs = [e for d in DOCS for e in d["events"]]
    opt = [e for e in evs if e.get("optional")]
    by_type, by_country = {}, {}
    for e in evs:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
        by_country[e["country"]] = by_country.get(e["country"], 0) + 1
    empty = [d["id"] for d in DOCS if not [e for e in d["events"] if not e.get("optional")]]
    print(f"reports: {len(DOCS)}  (with dateline: {sum(1 for d in DOCS if d['_dateline'])})")
    print(f"events: {len(evs)}  optional: {len(opt)}  with killed: {sum(1 for e in evs if e['killed'] is not None)}"
          f"  (non-optional with killed: {sum(1 for e in evs if e['killed'] is not None and not e.get('optional'))})"
          f"  with wounded: {sum(1 for e in evs if e['wounded'] is not None)}  with date: {sum(1 for e in evs if e['date'])}")
    print("by type:", ", ".join(f"{k} {v}" for k, v in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("by country:", ", ".join(f"{k} {v}" for k, v in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(f"figures: {sum(len(d['figures']) for d in DOCS)}")
    print(f"reports with no incident: {len(empty)}")
    print(f"years: {min(d['published'] for d in DOCS)} .. {max(d['published'] for d in DOCS)}")


if __name__ == "__main__":
    main()
