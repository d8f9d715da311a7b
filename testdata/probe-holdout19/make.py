#!/usr/bin/env python3
"""probe-holdout19: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD-OUT set. Theme: an ordinary few months of conflict news, 2013-2024, from the Middle East and
North Africa, the Caucasus and Ukraine (Syria, Iraq, Yemen, Libya, Egypt's Sinai, Turkey and the
PKK, Israel, Gaza and the West Bank, Lebanon, Ukraine, Armenia and Azerbaijan), as wire copy, local
dailies, ministry and army statements, monitoring groups and NGOs tell it: barrel bombs and air
strikes, shelling and rockets, car bombs and IEDs, ambushes and border raids, clashes between two
armed groups, places taken and retaken, abductions, arrests, protests met with force, claims and
denials, conflicting and revised tolls, the wounded who died later.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

PREFIX = "h19"
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
# h19-01 .. h19-06
# ---------------------------------------------------------------------------

report("h19-01", "2013-12-17", "https://www.example-levantwire.com/syria/2013/12/17/aleppo-barrel-bombs-sakhour-al-bab",
"""
Barrel bombs kill dozens in rebel-held Aleppo; state media reports mortar deaths in Midan

BEIRUT, December 17 (Levant Wire) - Syrian army helicopters dropped barrels packed with explosives on the rebel-held Sakhour district of Aleppo on Sunday, killing at least 37 people, a monitoring group said, in one of the heaviest days of air raids on the divided city in months.

The Syrian Casualty Monitor, which says it relies on a network of activists and medics inside the country, said most of the dead were civilians and that 11 of them were children. The opposition-run Aleppo city council put the toll at 52 and said rescuers were still pulling bodies from the rubble of two apartment blocks on Monday.

"The barrels came one after the other, maybe six in ten minutes," a civil defence volunteer said by Skype. "People ran into the street after the first one, and the second fell on them."

The raids continued on Monday, when a barrel bomb struck near the vegetable market in the town of al-Bab, 40 km (25 miles) northeast of Aleppo, killing nine people, among them three children, the monitor said. Dozens more were wounded.

State television did not mention the raids. It said army units had "inflicted heavy losses on the terrorists" in several districts of Aleppo, the term the government uses for all rebels.

State news agency SANA said on Monday that mortar shells fired by terrorists had hit the government-held Midan district, killing four people and wounding 15. A rebel commander said his fighters had aimed at army positions.

Around Aleppo's central prison, on the northern edge of the city, troops and rebels fought through Sunday night after fighters of the Islamic Front made another attempt to storm the compound, which they have besieged since April. The monitor said 14 rebels and at least six soldiers were killed.

The monitor says more than 119,000 people have been killed since the revolt against President Bashar al-Assad began in March 2011, a third of them civilians. Aid agencies estimate that about 400,000 people have fled the rebel-held east of Aleppo since fighting reached the city in July 2012.
""",
events=[
    ev("Army helicopters dropped barrel bombs on the rebel-held Sakhour district of Aleppo, killing at least 37 people (monitor) or 52 (opposition city council), most of them civilians.",
       "2013-12-15", "‘on Sunday’ before the Tuesday 2013-12-17 dateline: Sunday 2013-12-15",
       "Sakhour", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       37, 52, None, None,
       "Syrian army helicopters dropped barrels packed with explosives on the rebel-held Sakhour district of Aleppo on Sunday, killing at least 37 people, a monitoring group said [...] The opposition-run Aleppo city council put the toll at 52",
       note="conflicting tolls: 37 (monitor) vs 52 (opposition council)"),
    ev("A barrel bomb struck near the vegetable market in al-Bab, killing nine people including three children; dozens wounded.",
       "2013-12-16", "‘The raids continued on Monday’ before the Tuesday 2013-12-17 dateline: Monday 2013-12-16",
       "al-Bab vegetable market", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       9, None, None, None,
       "The raids continued on Monday, when a barrel bomb struck near the vegetable market in the town of al-Bab, 40 km (25 miles) northeast of Aleppo, killing nine people, among them three children, the monitor said. Dozens more were wounded.",
       note="'Dozens' wounded gives null"),
    ev("Mortar shells fired by rebels ('terrorists' in state media) hit the government-held Midan district of Aleppo, killing four and wounding 15.",
       None, "only the day of the SANA report is given (‘said on Monday’); the day of the shelling is not stated",
       "Midan", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       4, None, 15, None,
       "State news agency SANA said on Monday that mortar shells fired by terrorists had hit the government-held Midan district, killing four people and wounding 15. A rebel commander said his fighters had aimed at army positions.",
       note="state media's 'terrorists' are rebel factions; the rebel commander does not deny firing"),
    ev("Islamic Front fighters again tried to storm the besieged Aleppo central prison; troops and rebels fought through the night, 14 rebels and at least six soldiers killed.",
       "2013-12-15", "fought ‘through Sunday night’: Sunday 2013-12-15",
       "Aleppo central prison", "Aleppo", "SY", "battle", "Syrian rebels", "Syrian government forces",
       20, None, None, None,
       "Around Aleppo's central prison, on the northern edge of the city, troops and rebels fought through Sunday night after fighters of the Islamic Front made another attempt to storm the compound, which they have besieged since April. The monitor said 14 rebels and at least six soldiers were killed.",
       note="20 = 14 rebels + 6 soldiers; the Islamic Front is a rebel coalition"),
],
figures=[
    fig("killed", 119000, "Syria",
        "The monitor says more than 119,000 people have been killed since the revolt against President Bashar al-Assad began in March 2011"),
    fig("displaced", 400000, "eastern Aleppo",
        "Aid agencies estimate that about 400,000 people have fled the rebel-held east of Aleppo since fighting reached the city in July 2012."),
])

report("h19-02", "2014-05-30", "https://www.example-easteuropedesk.com/ukraine/2014/05/30/osce-monitors-held-luhansk-semenivka",
"""
Separatists hold OSCE monitors in Luhansk region; six soldiers killed near Slovyansk

DONETSK, May 30 (Eastern Europe Desk) - Armed pro-Russian separatists are holding a team of four international monitors who were stopped at a roadblock near Severodonetsk in Luhansk region on Thursday evening, the Organisation for Security and Co-operation in Europe said on Friday.

A leader of the self-proclaimed Luhansk People's Republic told reporters that the monitors had been "detained for checks" and would be released "when the situation allows". The OSCE said it had lost contact with the team at about 6 p.m. and called for its immediate release.

Near Slovyansk, the separatist stronghold that government forces have encircled since April, six servicemen were killed and four wounded on Wednesday when their armoured column came under fire from grenade launchers and heavy machine guns near the village of Semenivka, the press centre of the government's "anti-terrorist operation" said.

Separatists also attacked a border guard post near the town of Sverdlovsk, on the Russian border, late on Tuesday. The State Border Guard Service said its men held the post and killed five of the attackers, while two guards were wounded. A separatist commander said two of his fighters had died.

In Slovyansk itself, the separatists' self-appointed mayor said mortar fire by government troops had killed two civilians in a residential street on Thursday. The operation's press centre denied that its forces were shelling the town and said the separatists were firing from residential areas to discredit the army.

The SBU security service said on Friday it had detained three men in Kharkiv who were trying to deliver rifles and ammunition to separatist units in Donetsk region.

The UN refugee agency says about 9,200 people have left their homes in eastern Ukraine and Crimea, while the UN human rights mission has counted at least 140 deaths in the east since mid-April. Ukraine's newly elected president has promised to bring the operation to a swift end.
""",
events=[
    ev("Pro-Russian separatists stopped a team of four OSCE monitors at a roadblock near Severodonetsk and are holding them.",
       "2014-05-29", "stopped ‘on Thursday evening’ before the Friday 2014-05-30 dateline: Thursday 2014-05-29",
       "near Severodonetsk", "Luhansk", "UA", "other", "pro-Russian separatists", "civilians",
       None, None, None, None,
       "Armed pro-Russian separatists are holding a team of four international monitors who were stopped at a roadblock near Severodonetsk in Luhansk region on Thursday evening, the Organisation for Security and Co-operation in Europe said on Friday.",
       note="abduction of international monitors ('other', as news-wide codes abductions)"),
    ev("An army column came under fire from grenade launchers and heavy machine guns near Semenivka outside Slovyansk; six servicemen killed, four wounded.",
       "2014-05-28", "‘on Wednesday’ before the Friday 2014-05-30 dateline: Wednesday 2014-05-28",
       "Semenivka", "Donetsk", "UA", "battle", "pro-Russian separatists", "Ukrainian security forces",
       6, None, 4, None,
       "Near Slovyansk, the separatist stronghold that government forces have encircled since April, six servicemen were killed and four wounded on Wednesday when their armoured column came under fire from grenade launchers and heavy machine guns near the village of Semenivka"),
    ev("Separatists attacked a border guard post near Sverdlovsk; the border service said it killed five attackers and two guards were wounded, a separatist commander said two of his fighters died.",
       "2014-05-27", "‘late on Tuesday’ before the Friday 2014-05-30 dateline: Tuesday 2014-05-27",
       "border guard post near Sverdlovsk", "Luhansk", "UA", "battle", "pro-Russian separatists", "Ukrainian security forces",
       2, 5, 2, None,
       "Separatists also attacked a border guard post near the town of Sverdlovsk, on the Russian border, late on Tuesday. The State Border Guard Service said its men held the post and killed five of the attackers, while two guards were wounded. A separatist commander said two of his fighters had died.",
       note="conflicting counts of the attackers' dead: 2 (their own commander) vs 5 (border service)"),
    ev("Mortar fire killed two civilians in a residential street of Slovyansk; the separatists blamed government troops, who denied shelling the town.",
       "2014-05-29", "‘on Thursday’ before the Friday 2014-05-30 dateline: Thursday 2014-05-29",
       "Slovyansk", "Donetsk", "UA", "explosion", "unknown", "civilians",
       2, None, None, None,
       "In Slovyansk itself, the separatists' self-appointed mayor said mortar fire by government troops had killed two civilians in a residential street on Thursday. The operation's press centre denied that its forces were shelling the town",
       note="blamed by the separatists, denied by the government side: actor1 unknown"),
    ev("The SBU detained three men in Kharkiv who were trying to deliver rifles and ammunition to separatist units.",
       None, "only the day of the SBU statement is given (‘said on Friday’)",
       "Kharkiv", "Kharkiv", "UA", "arrest", "Ukrainian security forces", "pro-Russian separatists",
       None, None, None, None,
       "The SBU security service said on Friday it had detained three men in Kharkiv who were trying to deliver rifles and ammunition to separatist units in Donetsk region.",
       arrested=3),
],
figures=[
    fig("displaced", 9200, "eastern Ukraine and Crimea",
        "The UN refugee agency says about 9,200 people have left their homes in eastern Ukraine and Crimea"),
    fig("killed", 140, "eastern Ukraine",
        "the UN human rights mission has counted at least 140 deaths in the east since mid-April"),
])

report("h19-03", "2013-10-28", "https://www.example-gulfdesk.com/iraq/2013/10/28/baghdad-car-bombs-sadr-city-shaab-shula",
"""
Car bombs tear through Shi'ite districts of Baghdad, killing 22

BAGHDAD, October 28 (Gulf Desk) - A wave of car bombs hit mainly Shi'ite neighbourhoods of Baghdad on Sunday, killing at least 22 people, police and medical sources said, the latest in a surge of violence that has pushed Iraq's death toll to its highest level in five years.

The deadliest blast struck a crowded street market in Sadr City in the late morning, killing 11 people and wounding 27. A police officer at the scene said the car had been parked beside stalls selling fruit and second-hand clothes.

Minutes later a second car exploded near a bus station in the northern Shaab district, killing six and wounding 15. One of the wounded died in hospital overnight, a medical source said on Monday.

A third car bomb went off in the afternoon outside a row of shops in Shula, in the northwest of the city, killing four people and wounding 12.

No group claimed responsibility. Sunni Islamist militants, including al Qaeda's Iraqi affiliate, the Islamic State of Iraq and the Levant, have stepped up bombings of Shi'ite areas this year.

In Mosul, gunmen attacked an army checkpoint in the western Yarmouk district late on Saturday, killing three soldiers, police said. A fourth soldier was wounded and one of the attackers was killed when troops returned fire.

Police in Anbar province said they had arrested eight men suspected of planning attacks during a raid on a farm near Falluja on Sunday. Two rifles and an explosive belt were found, they said.

More than 5,700 people have been killed in Iraq since January, according to UN figures, and more than 880 were killed in September alone. The government blames the bloodshed on militants crossing from Syria, while Sunni leaders say heavy-handed security policies are driving young men into the insurgency.
""",
events=[
    ev("A car bomb struck a crowded street market in Sadr City, killing 11 and wounding 27.",
       "2013-10-27", "‘on Sunday’ (the wave of car bombs) before the Monday 2013-10-28 dateline: Sunday 2013-10-27",
       "Sadr City market", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       11, None, 27, None,
       "The deadliest blast struck a crowded street market in Sadr City in the late morning, killing 11 people and wounding 27.",
       note="no claim; the report only says Sunni Islamist militants have stepped up such bombings this year"),
    ev("A car bomb near a bus station in Shaab killed six and wounded 15; one of the wounded died overnight.",
       "2013-10-27", "‘Minutes later’ than the Sadr City blast of Sunday 2013-10-27",
       "Shaab bus station", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       7, None, 14, None,
       "Minutes later a second car exploded near a bus station in the northern Shaab district, killing six and wounding 15. One of the wounded died in hospital overnight, a medical source said on Monday.",
       note="6 + 1 wounded who died later = 7 killed; wounded 15 - 1 = 14"),
    ev("A third car bomb went off outside shops in Shula, killing four and wounding 12.",
       "2013-10-27", "‘in the afternoon’ of the Sunday 2013-10-27 wave",
       "Shula", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       4, None, 12, None,
       "A third car bomb went off in the afternoon outside a row of shops in Shula, in the northwest of the city, killing four people and wounding 12."),
    ev("Gunmen attacked an army checkpoint in Yarmouk, western Mosul, killing three soldiers and wounding one; one attacker was killed.",
       "2013-10-26", "‘late on Saturday’ before the Monday 2013-10-28 dateline: Saturday 2013-10-26",
       "Yarmouk", "Nineveh", "IQ", "battle", "militants (unidentified)", "Iraqi Security Forces",
       4, None, 1, None,
       "In Mosul, gunmen attacked an army checkpoint in the western Yarmouk district late on Saturday, killing three soldiers, police said. A fourth soldier was wounded and one of the attackers was killed when troops returned fire.",
       note="4 = 3 soldiers + 1 attacker"),
    ev("Police arrested eight men suspected of planning attacks in a raid on a farm near Falluja.",
       "2013-10-27", "raid ‘on Sunday’ before the Monday 2013-10-28 dateline: Sunday 2013-10-27",
       "near Falluja", "Anbar", "IQ", "arrest", "Iraqi Security Forces", "militants (unidentified)",
       None, None, None, None,
       "Police in Anbar province said they had arrested eight men suspected of planning attacks during a raid on a farm near Falluja on Sunday.",
       arrested=8),
],
figures=[
    fig("killed", 22, "Baghdad",
        "A wave of car bombs hit mainly Shi'ite neighbourhoods of Baghdad on Sunday, killing at least 22 people",
        note="= 11 + 7 + 4, the three car bombs"),
    fig("killed", 5700, "Iraq",
        "More than 5,700 people have been killed in Iraq since January, according to UN figures"),
    fig("killed", 880, "Iraq",
        "more than 880 were killed in September alone",
        note="monthly total"),
])

report("h19-04", "2014-07-24", "https://www.example-medpress.com/gaza/2014/07/24/bani-suheila-strike-family-khuzaa-sderot",
"""
Air strike kills eight of one family in Khan Younis as Gaza toll nears 700

GAZA, July 24 (Mediterranean Press) - An Israeli air strike flattened a three-storey house in Bani Suheila, east of Khan Younis, before dawn on Wednesday, killing eight members of one family, among them four children, Gaza health officials said.

Neighbours said the family had received no warning. The Israeli military said it had targeted "a Hamas terror operative" who used the house as a command post, and that it was looking into reports of civilian casualties.

A day earlier, Israeli tank shells struck a house in Khuzaa, near the border fence, killing five people, including a woman and her two daughters, the health ministry spokesman said. Residents say thousands of people have been trapped in the town by the fighting.

In Israel, a rocket fired from Gaza hit a house in Sderot on Wednesday, lightly wounding two people, the Magen David Adom ambulance service said. The armed wing of Hamas said it had fired rockets at Sderot, Ashkelon and Tel Aviv.

The military said on Wednesday that two soldiers were killed when Hamas militants who had crossed through a tunnel opened fire on an army patrol near Kibbutz Ein HaShlosha on Tuesday. Troops killed eight of the infiltrators, it said. Hamas said its fighters had killed 10 soldiers in the raid.

Health officials in Gaza say 687 Palestinians, most of them civilians, have been killed since Israel launched its offensive on July 8, and more than 4,300 wounded. Israel says 31 soldiers and two civilians have been killed. The UN agency for Palestinian refugees, UNRWA, says about 124,000 people are sheltering in its schools.

Mediators from the United States and the United Nations were in Cairo on Thursday seeking a humanitarian truce.
""",
events=[
    ev("An Israeli air strike flattened a house in Bani Suheila, east of Khan Younis, killing eight members of one family including four children.",
       "2014-07-23", "‘before dawn on Wednesday’ before the Thursday 2014-07-24 dateline: Wednesday 2014-07-23",
       "Bani Suheila", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
       8, None, None, None,
       "An Israeli air strike flattened a three-storey house in Bani Suheila, east of Khan Younis, before dawn on Wednesday, killing eight members of one family, among them four children, Gaza health officials said.",
       note="the military says it targeted a Hamas operative; the dead are reported as a family"),
    ev("Israeli tank shells struck a house in Khuzaa, killing five people including a woman and her two daughters.",
       "2014-07-22", "‘A day earlier’ than the Wednesday 2014-07-23 strike: Tuesday 2014-07-22",
       "Khuzaa", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
       5, None, None, None,
       "A day earlier, Israeli tank shells struck a house in Khuzaa, near the border fence, killing five people, including a woman and her two daughters, the health ministry spokesman said."),
    ev("A rocket fired from Gaza hit a house in Sderot, lightly wounding two people; Hamas's armed wing said it fired rockets at Sderot.",
       "2014-07-23", "‘on Wednesday’ before the Thursday 2014-07-24 dateline: Wednesday 2014-07-23",
       "Sderot", "Southern District", "IL", "explosion", "Hamas", "civilians",
       None, None, 2, None,
       "In Israel, a rocket fired from Gaza hit a house in Sderot on Wednesday, lightly wounding two people, the Magen David Adom ambulance service said. The armed wing of Hamas said it had fired rockets at Sderot, Ashkelon and Tel Aviv.",
       note="Hamas claimed rocket fire at Sderot"),
    ev("Hamas militants who crossed through a tunnel attacked an army patrol near Kibbutz Ein HaShlosha; two soldiers and eight infiltrators were killed.",
       "2014-07-22", "‘on Tuesday’ (announced ‘on Wednesday’) before the Thursday 2014-07-24 dateline: Tuesday 2014-07-22",
       "Kibbutz Ein HaShlosha", "Southern District", "IL", "battle", "Hamas", "Israeli security forces",
       10, None, None, None,
       "The military said on Wednesday that two soldiers were killed when Hamas militants who had crossed through a tunnel opened fire on an army patrol near Kibbutz Ein HaShlosha on Tuesday. Troops killed eight of the infiltrators, it said. Hamas said its fighters had killed 10 soldiers in the raid.",
       note="10 = 2 soldiers + 8 infiltrators (army count); Hamas's claim of 10 soldiers killed is not used"),
],
figures=[
    fig("killed", 687, "Gaza Strip",
        "Health officials in Gaza say 687 Palestinians, most of them civilians, have been killed since Israel launched its offensive on July 8"),
    fig("wounded", 4300, "Gaza Strip",
        "more than 4,300 wounded"),
    fig("killed", 33, "Israel",
        "Israel says 31 soldiers and two civilians have been killed.",
        note="= 31 soldiers + 2 civilians"),
    fig("displaced", 124000, "Gaza Strip",
        "UNRWA, says about 124,000 people are sheltering in its schools."),
])

report("h19-05", "2015-04-19", "https://www.example-adentribune.com/news/2015/04/19/dar-saad-fighting-mukalla-camp",
"""
Twenty-three dead in Dar Saad fighting; Qaeda fighters seize army camp near Mukalla

ADEN, April 19 (Aden Tribune) - Houthi fighters and army units loyal to former president Ali Abdullah Saleh pushed into the Dar Saad district on the northern edge of Aden on Friday and fought for hours with local Popular Resistance fighters, leaving 23 people dead, medical sources said.

The dead included 14 Houthi and allied fighters, six members of the resistance and three civilians who were hit by shells in their homes, the sources said. Resistance commanders said they had pushed the attackers back to the outskirts of the district by nightfall, a claim that could not be independently verified.

Warplanes of the Saudi-led coalition struck a Republican Guard camp on the southern edge of Sanaa on Saturday. Residents said four civilians were killed in houses next to the camp. The coalition said it had hit "weapons stores and command centres of the Houthi militias".

In Dhale, a tank shell fired by the Houthis hit a house in the city on Saturday afternoon, killing a woman and her two children, a local official said.

In the east, al-Qaeda in the Arabian Peninsula, which seized the port city of Mukalla earlier this month, took over an army camp on the coast road east of the city on Thursday. Soldiers withdrew without a fight, a local official said, leaving behind tanks and rocket launchers.

The World Health Organisation says at least 730 people have been killed and more than 2,900 wounded in Yemen since March 19. More than 150,000 people have fled their homes, according to the UN, and Aden's hospitals say they are running out of fuel for their generators.

The coalition began its air campaign on March 26 to restore President Abd-Rabbu Mansour Hadi, who fled to Riyadh after the Houthis advanced on Aden.
""",
events=[
    ev("Houthi and Saleh-loyal forces pushed into Dar Saad, Aden, and fought Popular Resistance fighters for hours; 23 dead (14 Houthi and allied fighters, six resistance fighters, three civilians).",
       "2015-04-17", "‘on Friday’ before the Sunday 2015-04-19 dateline: Friday 2015-04-17",
       "Dar Saad", "Aden", "YE", "battle", "Houthis", "Yemeni government forces",
       23, None, None, None,
       "Houthi fighters and army units loyal to former president Ali Abdullah Saleh pushed into the Dar Saad district on the northern edge of Aden on Friday and fought for hours with local Popular Resistance fighters, leaving 23 people dead, medical sources said. [...] The dead included 14 Houthi and allied fighters, six members of the resistance and three civilians who were hit by shells in their homes, the sources said.",
       note="23 given as a total and split 14 + 6 + 3; the Popular Resistance is coded with government forces as in news-dev"),
    ev("Coalition warplanes struck a Republican Guard camp on the southern edge of Sanaa; residents said four civilians were killed in neighbouring houses.",
       "2015-04-18", "‘on Saturday’ before the Sunday 2015-04-19 dateline: Saturday 2015-04-18",
       "Republican Guard camp, southern Sanaa", "Sanaa", "YE", "explosion", "Saudi-led coalition", "civilians",
       4, None, None, None,
       "Warplanes of the Saudi-led coalition struck a Republican Guard camp on the southern edge of Sanaa on Saturday. Residents said four civilians were killed in houses next to the camp.",
       note="the coalition says it hit Houthi weapons stores; the reported victims are civilians"),
    ev("A Houthi tank shell hit a house in Dhale, killing a woman and her two children.",
       "2015-04-18", "‘on Saturday afternoon’ before the Sunday 2015-04-19 dateline: Saturday 2015-04-18",
       "Dhale", "Dhale", "YE", "explosion", "Houthis", "civilians",
       3, None, None, None,
       "In Dhale, a tank shell fired by the Houthis hit a house in the city on Saturday afternoon, killing a woman and her two children, a local official said."),
    ev("AQAP took over an army camp on the coast road east of Mukalla after soldiers withdrew without a fight.",
       "2015-04-16", "‘on Thursday’ before the Sunday 2015-04-19 dateline: Thursday 2015-04-16",
       "army camp east of Mukalla", "Hadramawt", "YE", "territory_gain", "al-Qaeda in the Arabian Peninsula", "Yemeni government forces",
       None, None, None, None,
       "In the east, al-Qaeda in the Arabian Peninsula, which seized the port city of Mukalla earlier this month, took over an army camp on the coast road east of the city on Thursday. Soldiers withdrew without a fight, a local official said",
       note="the seizure of Mukalla 'earlier this month' is a separate, vaguely dated event"),
    ev("AQAP seized the port city of Mukalla.",
       None, "‘earlier this month’; no day given",
       "Mukalla", "Hadramawt", "YE", "territory_gain", "al-Qaeda in the Arabian Peninsula", "Yemeni government forces",
       None, None, None, None,
       "al-Qaeda in the Arabian Peninsula, which seized the port city of Mukalla earlier this month",
       note="told in passing, dated only 'earlier this month'", optional=True),
],
figures=[
    fig("killed", 730, "Yemen",
        "The World Health Organisation says at least 730 people have been killed and more than 2,900 wounded in Yemen since March 19."),
    fig("wounded", 2900, "Yemen",
        "The World Health Organisation says at least 730 people have been killed and more than 2,900 wounded in Yemen since March 19."),
    fig("displaced", 150000, "Yemen",
        "More than 150,000 people have fled their homes, according to the UN"),
])

report("h19-06", "2016-05-14", "https://www.example-bosphorusherald.com/turkey/2016/05/14/semdinli-bomb-qandil-strikes-nusaybin",
"""
Three soldiers killed in Hakkari bomb; jets strike PKK targets in northern Iraq

DIYARBAKIR, May 14 (Bosphorus Herald) - Three soldiers were martyred and two others wounded when PKK terrorists detonated a roadside bomb as a military vehicle passed through Semdinli district in the southeastern province of Hakkari on Thursday, the General Staff said in a statement.

The explosive, estimated at 150 kilograms, had been buried beneath a culvert on the road between Semdinli and the town of Derecik, the statement said. The wounded soldiers were flown to a hospital in Van by helicopter.

Turkish warplanes struck PKK shelters, caves and ammunition depots in the Qandil and Hakurk regions of northern Iraq on Friday, killing 20 terrorists, the General Staff said in a separate statement. It said all aircraft had returned safely to their bases. There was no comment from the PKK.

In Mardin's Nusaybin district, where a round-the-clock curfew has been in force since mid-March, security forces "neutralised" 11 terrorists in the past 24 hours, the governor's office said on Friday. Turkish officials use the word for militants who are killed, captured or surrender. Residents who fled to Mardin city said explosions and gunfire could be heard day and night.

Police in Diyarbakir detained 14 suspected PKK members in dawn raids on Friday, among them two district officials of the pro-Kurdish Peoples' Democratic Party (HDP), the state-run news agency reported. The HDP condemned the detentions as "political".

More than 480 members of the security forces have been killed since a two-year ceasefire between the state and the PKK collapsed last July, according to government figures. The army says more than 4,900 PKK militants have been "neutralised" over the same period. Thousands of residents have left Nusaybin, Sirnak and Yuksekova during the curfews.
""",
events=[
    ev("PKK militants detonated a roadside bomb under a military vehicle on the Semdinli-Derecik road, killing three soldiers and wounding two.",
       "2016-05-12", "‘on Thursday’ before the Saturday 2016-05-14 dateline: Thursday 2016-05-12",
       "Semdinli", "Hakkari", "TR", "explosion", "PKK", "Turkish security forces",
       3, None, 2, None,
       "Three soldiers were martyred and two others wounded when PKK terrorists detonated a roadside bomb as a military vehicle passed through Semdinli district in the southeastern province of Hakkari on Thursday, the General Staff said in a statement."),
    ev("Turkish warplanes struck PKK shelters, caves and depots in the Qandil and Hakurk regions of northern Iraq; the General Staff said 20 militants were killed.",
       "2016-05-13", "‘on Friday’ before the Saturday 2016-05-14 dateline: Friday 2016-05-13",
       "Qandil and Hakurk", "Erbil", "IQ", "explosion", "Turkish security forces", "PKK",
       20, None, None, None,
       "Turkish warplanes struck PKK shelters, caves and ammunition depots in the Qandil and Hakurk regions of northern Iraq on Friday, killing 20 terrorists, the General Staff said in a separate statement.",
       note="the army's own count of enemy dead is used; one combined toll for both areas, kept as one event"),
    ev("Security forces 'neutralised' 11 PKK militants in Nusaybin in the past 24 hours, under curfew.",
       None, "‘in the past 24 hours’ before a statement made ‘on Friday’ (Friday 2016-05-13); no single day",
       "Nusaybin", "Mardin", "TR", "battle", "Turkish security forces", "PKK",
       None, None, None, None,
       "In Mardin's Nusaybin district, where a round-the-clock curfew has been in force since mid-March, security forces \"neutralised\" 11 terrorists in the past 24 hours, the governor's office said on Friday. Turkish officials use the word for militants who are killed, captured or surrender.",
       note="'neutralised' mixes killed, captured and surrendered, so no killed count; an aggregate over 24 hours", optional=True),
    ev("Police detained 14 suspected PKK members, including two HDP district officials, in dawn raids in Diyarbakir.",
       "2016-05-13", "‘in dawn raids on Friday’ before the Saturday 2016-05-14 dateline: Friday 2016-05-13",
       "Diyarbakir", "Diyarbakir", "TR", "arrest", "Turkish security forces", "PKK",
       None, None, None, None,
       "Police in Diyarbakir detained 14 suspected PKK members in dawn raids on Friday, among them two district officials of the pro-Kurdish Peoples' Democratic Party (HDP), the state-run news agency reported.",
       arrested=14),
],
figures=[
    fig("killed", 480, "Turkey",
        "More than 480 members of the security forces have been killed since a two-year ceasefire between the state and the PKK collapsed last July, according to government figures.",
        note="security forces since July 2015"),
    fig("other", 4900, "Turkey",
        "The army says more than 4,900 PKK militants have been \"neutralised\" over the same period.",
        note="'neutralised': killed, captured or surrendered"),
])
# ---------------------------------------------------------------------------
# h19-07 .. h19-12
# ---------------------------------------------------------------------------

report("h19-07", "2014-09-05", "https://www.example-nilegazette.com/sinai/2014/09/05/arish-sheikh-zuweid-bomb-police",
"""
Three policemen killed by bomb on Arish road; militants claim killing of two 'spies'

EL-ARISH, September 5 (Nile Gazette) - Three policemen were killed and five others wounded on Monday when an explosive device went off under their armoured vehicle on the road between El-Arish and Sheikh Zuweid, security sources in North Sinai said.

The vehicle was part of a convoy escorting a water tanker to a police camp, the sources said. The wounded were taken to El-Arish General Hospital, and two of them were later flown to Cairo for treatment.

The bodies of two men from a Bedouin clan near Sheikh Zuweid were found dumped beside a road on Wednesday morning, each with a single bullet wound to the head. Ansar Bayt al-Maqdis, the Sinai-based jihadist group, said in a statement posted on its social media accounts that it had executed the two men for spying for the army and for Israel.

On Thursday evening, a mortar shell fired by unknown militants fell inside an army checkpoint on the edge of Rafah, wounding two conscripts, a medical source said.

The army spokesman said on Thursday that troops and police had killed eight "takfiri elements" and arrested 23 suspects in raids on villages south of Rafah and Sheikh Zuweid over the past three days. He did not give the names of the villages. Residents could not be reached because mobile phone networks have been cut in much of the area since early morning.

Militants have killed more than 500 members of the security forces, most of them in Sinai, since the army removed President Mohamed Morsi in July last year, according to a tally by the Interior Ministry. The army says it has killed more than 320 militants in the peninsula over the past year and destroyed more than 1,400 tunnels under the border with Gaza.

Ansar Bayt al-Maqdis has also claimed bombings of police buildings in the Nile Delta and in Cairo. The government accuses it of ties to the Muslim Brotherhood, which the Brotherhood denies.
""",
events=[
    ev("A bomb went off under a police armoured vehicle escorting a water tanker on the El-Arish-Sheikh Zuweid road, killing three policemen and wounding five.",
       "2014-09-01", "‘on Monday’ before the Friday 2014-09-05 dateline: Monday 2014-09-01",
       "road between El-Arish and Sheikh Zuweid", "North Sinai", "EG", "explosion", "unknown", "Egyptian security forces",
       3, None, 5, None,
       "Three policemen were killed and five others wounded on Monday when an explosive device went off under their armoured vehicle on the road between El-Arish and Sheikh Zuweid, security sources in North Sinai said.",
       note="no perpetrator named"),
    ev("Ansar Bayt al-Maqdis shot dead two Bedouin men near Sheikh Zuweid, accusing them of spying for the army and Israel; their bodies were dumped by a road.",
       "2014-09-03", "bodies found ‘on Wednesday morning’ before the Friday 2014-09-05 dateline: Wednesday 2014-09-03",
       "near Sheikh Zuweid", "North Sinai", "EG", "attack_on_civilians", "Ansar Bayt al-Maqdis", "civilians",
       2, None, None, None,
       "The bodies of two men from a Bedouin clan near Sheikh Zuweid were found dumped beside a road on Wednesday morning, each with a single bullet wound to the head. Ansar Bayt al-Maqdis, the Sinai-based jihadist group, said in a statement posted on its social media accounts that it had executed the two men for spying for the army and for Israel.",
       note="claimed execution of alleged informers; dated on the day the bodies were found"),
    ev("A mortar shell fired by unknown militants fell inside an army checkpoint on the edge of Rafah, wounding two conscripts.",
       "2014-09-04", "‘On Thursday evening’ before the Friday 2014-09-05 dateline: Thursday 2014-09-04",
       "army checkpoint, Rafah", "North Sinai", "EG", "explosion", "militants (unidentified)", "Egyptian security forces",
       None, None, 2, None,
       "On Thursday evening, a mortar shell fired by unknown militants fell inside an army checkpoint on the edge of Rafah, wounding two conscripts, a medical source said."),
    ev("Troops and police killed eight 'takfiri elements' and arrested 23 suspects in raids on unnamed villages south of Rafah and Sheikh Zuweid over three days.",
       None, "‘over the past three days’, announced ‘on Thursday’ (Thursday 2014-09-04); no single day",
       "villages south of Rafah and Sheikh Zuweid", "North Sinai", "EG", "battle", "Egyptian security forces", "militants (unidentified)",
       8, None, None, None,
       "The army spokesman said on Thursday that troops and police had killed eight \"takfiri elements\" and arrested 23 suspects in raids on villages south of Rafah and Sheikh Zuweid over the past three days. He did not give the names of the villages.",
       note="aggregate of unnamed raids over three days; the 23 arrests are part of it", optional=True),
],
figures=[
    fig("killed", 500, "Egypt",
        "Militants have killed more than 500 members of the security forces, most of them in Sinai, since the army removed President Mohamed Morsi in July last year, according to a tally by the Interior Ministry.",
        note="security forces since July 2013"),
    fig("killed", 320, "Sinai",
        "The army says it has killed more than 320 militants in the peninsula over the past year",
        note="militants"),
    fig("other", 1400, "Gaza border",
        "destroyed more than 1,400 tunnels under the border with Gaza",
        note="tunnels destroyed"),
])

report("h19-08", "2015-10-10", "https://www.example-orontesnews.com/syria/2015/10/10/atshan-retaken-kafr-nabudah-russian-strikes",
"""
Syrian army retakes Atshan under Russian air cover; monitor says raids killed 11 civilians

BEIRUT, October 10 (Orontes News Agency) - Syrian troops and allied militiamen, backed by Russian air strikes, took the village of Atshan and two hills overlooking it in the northern Hama countryside on Friday, state television said, in the first territorial gain of a ground offensive that began this week.

The Syrian Casualty Monitor, a Britain-based group that tracks the war through contacts on the ground, said at least 17 rebels and nine soldiers and militiamen were killed in the fighting around Atshan.

On Thursday, Russian jets struck the town of Kafr Nabudah, killing 11 civilians, including two children, the monitor said. The Russian Defence Ministry said its aircraft had hit "command posts and ammunition depots of terrorist groups" in Hama province, without naming the places.

Rebels, some of them armed with US-made anti-tank missiles, counter-attacked on Friday night near the village of Lahaya, a few kilometres to the south, and the monitor said six soldiers were killed. A rebel group posted a video on Saturday of what it said was a tank being hit by a missile.

In Homs, a car bomb exploded near a school in the government-held Zahraa district on Friday afternoon, killing five people and wounding 20, the provincial governor told state media. There was no claim of responsibility.

Moscow says its aircraft have flown more than 120 sorties since it began air strikes on September 30. Western governments say most of the Russian raids have hit rebel groups rather than Islamic State, whose strongholds are in the east of the country.

The UN says about 35,000 people have fled their homes in northern Hama and southern Idlib since the start of the month, many of them to makeshift camps near the Turkish border.
""",
events=[
    ev("Syrian troops and allied militiamen, backed by Russian air strikes, took the village of Atshan and two hills in northern Hama; at least 17 rebels and nine soldiers and militiamen were killed.",
       "2015-10-09", "‘on Friday’ before the Saturday 2015-10-10 dateline: Friday 2015-10-09",
       "Atshan", "Hama", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       26, None, None, None,
       "Syrian troops and allied militiamen, backed by Russian air strikes, took the village of Atshan and two hills overlooking it in the northern Hama countryside on Friday, state television said [...] said at least 17 rebels and nine soldiers and militiamen were killed in the fighting around Atshan.",
       note="26 = 17 rebels + 9 soldiers and militiamen"),
    ev("Russian jets struck Kafr Nabudah, killing 11 civilians including two children.",
       "2015-10-08", "‘On Thursday’ before the Saturday 2015-10-10 dateline: Thursday 2015-10-08",
       "Kafr Nabudah", "Hama", "SY", "explosion", "Russian security forces", "civilians",
       11, None, None, None,
       "On Thursday, Russian jets struck the town of Kafr Nabudah, killing 11 civilians, including two children, the monitor said.",
       note="Russia says it hit command posts of 'terrorist groups', without naming places"),
    ev("Rebels with anti-tank missiles counter-attacked near Lahaya; six soldiers were killed.",
       "2015-10-09", "‘on Friday night’ before the Saturday 2015-10-10 dateline: Friday 2015-10-09",
       "Lahaya", "Hama", "SY", "battle", "Syrian rebels", "Syrian government forces",
       6, None, None, None,
       "Rebels, some of them armed with US-made anti-tank missiles, counter-attacked on Friday night near the village of Lahaya, a few kilometres to the south, and the monitor said six soldiers were killed."),
    ev("A car bomb exploded near a school in the government-held Zahraa district of Homs, killing five and wounding 20.",
       "2015-10-09", "‘on Friday afternoon’ before the Saturday 2015-10-10 dateline: Friday 2015-10-09",
       "Zahraa", "Homs", "SY", "explosion", "unknown", "civilians",
       5, None, 20, None,
       "In Homs, a car bomb exploded near a school in the government-held Zahraa district on Friday afternoon, killing five people and wounding 20, the provincial governor told state media. There was no claim of responsibility."),
],
figures=[
    fig("other", 120, "Syria",
        "Moscow says its aircraft have flown more than 120 sorties since it began air strikes on September 30.",
        note="Russian sorties"),
    fig("displaced", 35000, "northern Hama and southern Idlib",
        "The UN says about 35,000 people have fled their homes in northern Hama and southern Idlib since the start of the month"),
])

report("h19-09", "2016-08-11", "https://www.example-maghrebwire.com/libya/2016/08/11/sirte-ouagadougou-centre-taken",
"""
Libyan forces take Islamic State's Sirte headquarters; ten killed in assault

MISRATA, August 11 (Maghreb Wire) - Forces loyal to Libya's UN-backed Government of National Accord (GNA) took the Ouagadougou conference centre in Sirte on Wednesday, seizing the sprawling complex that Islamic State had used as its headquarters in the city since early last year.

Hospital officials in Misrata said nine GNA fighters were killed and 38 wounded in the assault. One of the wounded died on Thursday morning, a spokesman for the Misrata central hospital said.

"Our forces control the centre, the hospital next to it and the university buildings," a spokesman for the Bunyan al-Marsous operations room said. He said the militants had been pushed back into a few blocks of District One and District Three.

US aircraft carried out five more strikes in Sirte on Tuesday, destroying an Islamic State tank and two fighting vehicles, the US Africa Command said. The United States began air strikes on the city on August 1 at the request of the GNA.

On Monday, an Islamic State suicide bomber drove a car packed with explosives into a GNA position on the edge of District Three, killing four fighters, the operations room said.

Families who escaped across the front line in recent days said militants had shot dead a man and his son who were trying to leave District One last week. The account could not be verified.

Hospital officials say more than 327 GNA fighters have been killed and about 1,800 wounded since the offensive on Sirte began in May. Africa Command says it has carried out 26 strikes so far. Aid agencies estimate that fewer than 1,000 civilians remain in the parts of the city still held by the militants, out of a pre-war population of about 120,000.
""",
events=[
    ev("GNA-aligned Bunyan al-Marsous forces took the Ouagadougou conference centre, Islamic State's Sirte headquarters; nine GNA fighters were killed and 38 wounded, one of whom died the next day.",
       "2016-08-10", "‘on Wednesday’ before the Thursday 2016-08-11 dateline: Wednesday 2016-08-10",
       "Ouagadougou conference centre, Sirte", "Sirte", "LY", "territory_gain", "GNA forces", "Islamic State",
       10, None, 37, None,
       "Forces loyal to Libya's UN-backed Government of National Accord (GNA) took the Ouagadougou conference centre in Sirte on Wednesday [...] Hospital officials in Misrata said nine GNA fighters were killed and 38 wounded in the assault. One of the wounded died on Thursday morning, a spokesman for the Misrata central hospital said.",
       note="9 + 1 wounded who died on Thursday = 10 killed; wounded 38 - 1 = 37"),
    ev("US aircraft carried out five strikes in Sirte, destroying an Islamic State tank and two fighting vehicles.",
       "2016-08-09", "‘on Tuesday’ before the Thursday 2016-08-11 dateline: Tuesday 2016-08-09",
       "Sirte", "Sirte", "LY", "explosion", "US forces", "Islamic State",
       None, None, None, None,
       "US aircraft carried out five more strikes in Sirte on Tuesday, destroying an Islamic State tank and two fighting vehicles, the US Africa Command said."),
    ev("An Islamic State suicide car bomber hit a GNA position on the edge of District Three, Sirte, killing four fighters.",
       "2016-08-08", "‘On Monday’ before the Thursday 2016-08-11 dateline: Monday 2016-08-08",
       "District Three, Sirte", "Sirte", "LY", "explosion", "Islamic State", "GNA forces",
       5, None, None, None,
       "On Monday, an Islamic State suicide bomber drove a car packed with explosives into a GNA position on the edge of District Three, killing four fighters, the operations room said.",
       note="5 = 4 GNA fighters + the suicide bomber"),
    ev("Militants reportedly shot dead a man and his son trying to leave District One of Sirte.",
       None, "‘last week’; no day given",
       "District One, Sirte", "Sirte", "LY", "attack_on_civilians", "Islamic State", "civilians",
       2, None, None, None,
       "Families who escaped across the front line in recent days said militants had shot dead a man and his son who were trying to leave District One last week. The account could not be verified.",
       note="unverified, dated only 'last week'", optional=True),
],
figures=[
    fig("killed", 327, "Sirte",
        "Hospital officials say more than 327 GNA fighters have been killed and about 1,800 wounded since the offensive on Sirte began in May.",
        note="GNA fighters since May"),
    fig("wounded", 1800, "Sirte",
        "Hospital officials say more than 327 GNA fighters have been killed and about 1,800 wounded since the offensive on Sirte began in May."),
    fig("other", 26, "Sirte",
        "Africa Command says it has carried out 26 strikes so far.",
        note="US air strikes since August 1"),
    fig("civilians_trapped", 1000, "Sirte",
        "Aid agencies estimate that fewer than 1,000 civilians remain in the parts of the city still held by the militants",
        note="'fewer than': an upper bound"),
])

report("h19-10", "2020-10-12", "https://www.example-caucasuswire.com/karabakh/2020/10/12/ganja-missile-stepanakert-truce",
"""
Missile hits Ganja apartment block as Karabakh truce falters

BAKU, October 12 (Caucasus Wire) - A missile struck a five-storey apartment building in Azerbaijan's second city of Ganja early on Sunday, killing eight people and wounding 41, Azerbaijan's prosecutor general's office said, hours after a Russian-brokered humanitarian ceasefire was supposed to take hold.

Rescuers worked through the morning to pull residents from the rubble. Azerbaijan blamed Armenian forces for the strike. Armenia's defence ministry denied firing at Ganja and accused Baku of spreading "lies" to justify new attacks.

In Stepanakert, the main city of Nagorno-Karabakh, one civilian was killed and four were wounded by Azerbaijani shelling on Saturday evening, the enclave's emergency service said. Azerbaijan's defence ministry said its forces had struck only "military targets" and were responding to Armenian shelling of its towns.

The truce, agreed after ten hours of talks in Moscow and meant to take effect at noon on Saturday, was intended to allow the two sides to swap prisoners and the bodies of the dead. Each side accused the other of violating it within minutes.

Azerbaijan's President said on Friday that his forces had taken the town of Hadrut and several villages in the south of the enclave. Armenian officials denied Hadrut had fallen and said fighting was continuing on its outskirts.

Nagorno-Karabakh's army says 517 of its servicemen have been killed since the fighting began on September 27. Azerbaijan has not disclosed its military losses but says 39 civilians have been killed and 187 wounded. The enclave's ombudsman estimates that about 70,000 people, roughly half of its population, have fled their homes, most of them to Armenia.

The fighting is the worst since a war in the early 1990s that killed about 30,000 people.
""",
events=[
    ev("A missile struck an apartment building in Ganja, killing eight and wounding 41; Azerbaijan blamed Armenian forces, Armenia denied firing at Ganja.",
       "2020-10-11", "‘early on Sunday’ before the Monday 2020-10-12 dateline: Sunday 2020-10-11",
       "Ganja", "Ganja", "AZ", "explosion", "unknown", "civilians",
       8, None, 41, None,
       "A missile struck a five-storey apartment building in Azerbaijan's second city of Ganja early on Sunday, killing eight people and wounding 41, Azerbaijan's prosecutor general's office said [...] Azerbaijan blamed Armenian forces for the strike. Armenia's defence ministry denied firing at Ganja",
       note="blamed by Azerbaijan, denied by Armenia: actor1 unknown"),
    ev("Azerbaijani shelling of Stepanakert killed one civilian and wounded four; Baku said it struck only military targets.",
       "2020-10-10", "‘on Saturday evening’ before the Monday 2020-10-12 dateline: Saturday 2020-10-10",
       "Stepanakert", "Khankendi", "AZ", "explosion", "Azerbaijani security forces", "civilians",
       1, None, 4, None,
       "In Stepanakert, the main city of Nagorno-Karabakh, one civilian was killed and four were wounded by Azerbaijani shelling on Saturday evening, the enclave's emergency service said. Azerbaijan's defence ministry said its forces had struck only \"military targets\"",
       note="Azerbaijan admits firing but disputes the targets, so it stays actor1"),
    ev("Azerbaijan's president said his forces had taken Hadrut and several villages in the south of the enclave; Armenian officials denied Hadrut had fallen.",
       None, "claimed ‘on Friday’ (Friday 2020-10-09); the day of the capture is not stated",
       "Hadrut", "Khojavend", "AZ", "territory_gain", "Azerbaijani security forces", "Nagorno-Karabakh forces",
       None, None, None, None,
       "Azerbaijan's President said on Friday that his forces had taken the town of Hadrut and several villages in the south of the enclave. Armenian officials denied Hadrut had fallen and said fighting was continuing on its outskirts.",
       note="capture claimed and denied", optional=True),
],
figures=[
    fig("killed", 517, "Nagorno-Karabakh",
        "Nagorno-Karabakh's army says 517 of its servicemen have been killed since the fighting began on September 27.",
        note="Karabakh servicemen"),
    fig("killed", 39, "Azerbaijan",
        "says 39 civilians have been killed and 187 wounded",
        note="Azerbaijani civilians"),
    fig("wounded", 187, "Azerbaijan",
        "says 39 civilians have been killed and 187 wounded",
        note="Azerbaijani civilians"),
    fig("displaced", 70000, "Nagorno-Karabakh",
        "The enclave's ombudsman estimates that about 70,000 people, roughly half of its population, have fled their homes, most of them to Armenia."),
])

report("h19-11", "2018-02-14", "https://www.example-mesopotamiadaily.com/economy/2018/02/14/kuwait-conference-reconstruction-pledges",
"""
Donors pledge $27 billion for Iraq, far short of what Baghdad says it needs

KUWAIT CITY, February 14 (Mesopotamia Daily) - Countries and international lenders pledged about $27 billion in loans, credit lines and investment to help rebuild Iraq after the war against Islamic State, at the end of a three-day conference in Kuwait on Wednesday, well below the $86 billion that Iraqi officials say is needed.

Iraq declared victory over the militants in December, three years after they overran nearly a third of the country. The fighting left Mosul's old city, much of Ramadi and dozens of towns in Anbar, Salahuddin and Nineveh in ruins.

Iraq's planning ministry told delegates that around 147,000 houses had been damaged or destroyed, along with schools, hospitals, bridges and water plants. Mosul alone needs more than $17 billion, the provincial governor said.

Nearly 2.5 million Iraqis are still displaced, according to the International Organisation for Migration, while more than 3.3 million have returned to their home areas. Aid groups say many families cannot go home because their houses are booby-trapped, their villages are littered with unexploded ordnance, or they fear reprisals because relatives are accused of joining the militants.

Security officials warn that Islamic State still has sleeper cells in the desert of Anbar and in the Hamrin mountains, and that a slow reconstruction could help it recruit again. "We won the war with weapons. We will lose the peace if the people in these areas see nothing," an Iraqi delegate said.

The United States, which leads the international coalition that backed Iraqi forces with air strikes, offered a $3 billion credit line from its export bank but made no direct grant. Turkey offered $5 billion in credit. Kuwait, which was invaded by Iraq in 1990, pledged $2 billion.

Iraq's parliamentary elections are due in May, and the prime minister has promised to fight corruption, which donors say could swallow much of the money.
""",
country_hint="IQ",
figures=[
    fig("displaced", 2500000, "Iraq",
        "Nearly 2.5 million Iraqis are still displaced, according to the International Organisation for Migration"),
    fig("returned", 3300000, "Iraq",
        "more than 3.3 million have returned to their home areas"),
    fig("other", 147000, "Iraq",
        "around 147,000 houses had been damaged or destroyed",
        note="houses damaged or destroyed"),
])

report("h19-12", "2013-10-25", "https://www.example-cedarpost.com/lebanon/2013/10/25/tripoli-tabbaneh-jabal-mohsen-clashes",
"""
Soldier killed as Tripoli clashes enter fifth day

TRIPOLI, Lebanon, October 25 (Cedar Post) - A Lebanese soldier was killed early on Friday when gunmen opened fire on an army patrol in Bab al-Tabbaneh, a security source said, as fighting between the Sunni district and the rival Alawite neighbourhood of Jabal Mohsen entered its fifth day.

The clashes, fought with sniper rifles, machine guns and rocket-propelled grenades across Syria Street, erupted on Monday night and had killed 11 people and wounded more than 80 by Thursday evening, according to a security source. Most of the victims were fighters from the two districts, the source said, but they also included a 14-year-old girl hit by a sniper on her balcony.

The army said it would "strike with an iron fist" and sent reinforcements into the city, but its units have so far stayed on the edges of the two districts, returning fire when shot at. Schools and many shops in the city were closed.

Two rockets fired from Syria landed in the town of Hermel in the Bekaa valley on Wednesday, wounding three residents, the state news agency said. A Syrian rebel brigade said in an online statement that it had fired them at "the positions of Hezbollah", which is fighting alongside Syrian government troops.

The army said on Thursday that it had arrested two men suspected of involvement in the twin car bombings outside two Tripoli mosques in August, which killed more than 40 people. It did not name them.

Tripoli's districts have fought at least 17 rounds of clashes since 2008, leaving more than 150 people dead, according to a count by local officials. The war in Syria has sharpened the rivalry: Bab al-Tabbaneh backs the rebels, while Jabal Mohsen supports President Bashar al-Assad.

Lebanon hosts about 780,000 registered Syrian refugees, the UN says, more than any other country.
""",
events=[
    ev("Gunmen opened fire on an army patrol in Bab al-Tabbaneh, killing a soldier.",
       "2013-10-25", "‘early on Friday’, the day of the Friday 2013-10-25 dateline",
       "Bab al-Tabbaneh", "North", "LB", "battle", "militants (unidentified)", "Lebanese security forces",
       1, None, None, None,
       "A Lebanese soldier was killed early on Friday when gunmen opened fire on an army patrol in Bab al-Tabbaneh, a security source said"),
    ev("Clashes between gunmen of Bab al-Tabbaneh and Jabal Mohsen across Syria Street, from Monday night to Thursday, killed 11 people and wounded more than 80.",
       "2013-10-21", "‘erupted on Monday night’ and went on ‘by Thursday evening’: dated on its first day, Monday 2013-10-21",
       "Syria Street, Tripoli", "North", "LB", "battle", "Bab al-Tabbaneh gunmen", "Jabal Mohsen gunmen",
       11, None, 80, None,
       "The clashes, fought with sniper rifles, machine guns and rocket-propelled grenades across Syria Street, erupted on Monday night and had killed 11 people and wounded more than 80 by Thursday evening, according to a security source.",
       note="four days of fighting given as one toll, one event dated on its first day; which side attacked is not said, the order is arbitrary"),
    ev("Two rockets fired from Syria landed in Hermel, wounding three residents; a Syrian rebel brigade said it fired them at Hezbollah.",
       "2013-10-23", "‘on Wednesday’ before the Friday 2013-10-25 dateline: Wednesday 2013-10-23",
       "Hermel", "Baalbek-Hermel", "LB", "explosion", "Syrian rebels", "civilians",
       None, None, 3, None,
       "Two rockets fired from Syria landed in the town of Hermel in the Bekaa valley on Wednesday, wounding three residents, the state news agency said. A Syrian rebel brigade said in an online statement that it had fired them at \"the positions of Hezbollah\""),
    ev("The army arrested two men suspected of involvement in the August twin car bombings outside two Tripoli mosques.",
       None, "only the day of the army statement is given (‘said on Thursday’)",
       "Tripoli", "North", "LB", "arrest", "Lebanese security forces", "militants (unidentified)",
       None, None, None, None,
       "The army said on Thursday that it had arrested two men suspected of involvement in the twin car bombings outside two Tripoli mosques in August",
       note="the August bombings themselves are background", arrested=2),
],
figures=[
    fig("killed", 150, "Tripoli",
        "Tripoli's districts have fought at least 17 rounds of clashes since 2008, leaving more than 150 people dead, according to a count by local officials."),
    fig("displaced", 780000, "Lebanon",
        "Lebanon hosts about 780,000 registered Syrian refugees, the UN says",
        note="refugees from Syria"),
])
# ---------------------------------------------------------------------------
# h19-13 .. h19-18
# ---------------------------------------------------------------------------

report("h19-13", "2018-06-13", "https://www.example-kyivcourier.com/east/2018/06/13/jfo-avdiivka-sniper-horlivka-shelling",
"""
Soldier killed by sniper near Avdiivka; Horlivka woman dies in shelling both sides blame on the other

KRAMATORSK, June 13 (Kyiv Courier) - A Ukrainian serviceman was killed by sniper fire near the industrial zone of Avdiivka on Tuesday, the press centre of the Joint Forces Operation said on Wednesday, accusing "Russian occupation forces" of violating the ceasefire 29 times in the past 24 hours.

Two more servicemen were wounded the same day when mortar shells landed near their positions outside Svitlodarsk, the press centre said. It said Ukrainian units had "returned fire in a proportionate way" and that the enemy had suffered losses, without giving a number.

In Horlivka, which is held by the separatists, a 58-year-old woman was killed and her husband wounded when a shell hit their house on Monday evening, the self-styled Donetsk People's Republic said, blaming "Ukrainian punishers". The Joint Forces press centre denied that its units had fired at the town and said the separatists had shelled it themselves to stage a provocation before a meeting of negotiators in Minsk.

Overnight, shells damaged five houses and a power line on the eastern edge of Krasnohorivka, west of Donetsk, local police said, blaming the separatists. No one was hurt. Part of the town was left without electricity on Wednesday morning.

The SBU security service detained a 34-year-old man in Mariupol on Tuesday on suspicion of passing the coordinates of Ukrainian positions to separatist commanders through a messaging app, its regional office said.

Monitors from the Organisation for Security and Co-operation in Europe recorded about 1,100 explosions in Donetsk and Luhansk regions over the weekend, most of them along the contact line north of Donetsk. Both sides blocked the monitors' access to several areas.

More than 10,250 people have been killed in the conflict since April 2014, according to the United Nations, about a quarter of them civilians. Ukraine's social policy ministry has registered some 1.48 million people displaced from Donbas and Crimea.
""",
events=[
    ev("A Ukrainian serviceman was killed by sniper fire near the industrial zone of Avdiivka.",
       "2018-06-12", "‘on Tuesday’ before the Wednesday 2018-06-13 dateline: Tuesday 2018-06-12",
       "Avdiivka industrial zone", "Donetsk", "UA", "battle", "pro-Russian separatists", "Ukrainian security forces",
       1, None, None, None,
       "A Ukrainian serviceman was killed by sniper fire near the industrial zone of Avdiivka on Tuesday, the press centre of the Joint Forces Operation said on Wednesday, accusing \"Russian occupation forces\" of violating the ceasefire",
       note="'Russian occupation forces' is Kyiv's term for the separatist forces; not denied"),
    ev("Mortar shells landed near Ukrainian positions outside Svitlodarsk, wounding two servicemen.",
       "2018-06-12", "‘the same day’ as the Tuesday 2018-06-12 sniper killing",
       "Svitlodarsk", "Donetsk", "UA", "explosion", "pro-Russian separatists", "Ukrainian security forces",
       None, None, 2, None,
       "Two more servicemen were wounded the same day when mortar shells landed near their positions outside Svitlodarsk, the press centre said."),
    ev("A shell hit a house in separatist-held Horlivka, killing a 58-year-old woman and wounding her husband; the separatists blamed Ukrainian forces, who denied it.",
       "2018-06-11", "‘on Monday evening’ before the Wednesday 2018-06-13 dateline: Monday 2018-06-11",
       "Horlivka", "Donetsk", "UA", "explosion", "unknown", "civilians",
       1, None, 1, None,
       "In Horlivka, which is held by the separatists, a 58-year-old woman was killed and her husband wounded when a shell hit their house on Monday evening, the self-styled Donetsk People's Republic said, blaming \"Ukrainian punishers\". The Joint Forces press centre denied that its units had fired at the town",
       note="blame by one side, denial by the other: actor1 unknown"),
    ev("Shells damaged five houses and a power line on the eastern edge of Krasnohorivka; police blamed the separatists; no one was hurt.",
       "2018-06-12", "‘Overnight’ before the Wednesday 2018-06-13 dateline: the night of Tuesday 2018-06-12",
       "Krasnohorivka", "Donetsk", "UA", "explosion", "pro-Russian separatists", "civilians",
       0, None, 0, None,
       "Overnight, shells damaged five houses and a power line on the eastern edge of Krasnohorivka, west of Donetsk, local police said, blaming the separatists. No one was hurt.",
       note="blamed by the police, not denied"),
    ev("The SBU detained a man in Mariupol suspected of passing the coordinates of Ukrainian positions to separatist commanders.",
       "2018-06-12", "‘on Tuesday’ before the Wednesday 2018-06-13 dateline: Tuesday 2018-06-12",
       "Mariupol", "Donetsk", "UA", "arrest", "Ukrainian security forces", "pro-Russian separatists",
       None, None, None, None,
       "The SBU security service detained a 34-year-old man in Mariupol on Tuesday on suspicion of passing the coordinates of Ukrainian positions to separatist commanders through a messaging app, its regional office said.",
       arrested=1),
],
figures=[
    fig("other", 1100, "Donetsk and Luhansk regions",
        "recorded about 1,100 explosions in Donetsk and Luhansk regions over the weekend",
        note="explosions recorded by OSCE monitors over a weekend"),
    fig("killed", 10250, "eastern Ukraine",
        "More than 10,250 people have been killed in the conflict since April 2014, according to the United Nations"),
    fig("displaced", 1480000, "Donbas and Crimea",
        "Ukraine's social policy ministry has registered some 1.48 million people displaced from Donbas and Crimea."),
])

report("h19-14", "2017-06-18", "https://www.example-frontlinesyria.com/raqqa/2017/06/18/sdf-romaniya-bedu-strike-euphrates",
"""
SDF takes Raqqa's Romaniya district; activists say coalition raid killed 14 civilians

AIN ISSA, Syria, June 18 (Frontline Syria Report) - The US-backed Syrian Democratic Forces captured the western Romaniya neighbourhood of Raqqa on Friday after three days of street fighting, an SDF commander said, tightening the noose on Islamic State's self-declared capital.

The SDF said nine of its fighters were killed in the battle for the district. It said it had killed "dozens" of militants, but gave no figure.

Inside the city, a coalition air strike on a four-storey building in the Bedu district on Wednesday night killed 14 civilians, five of them children, according to the Euphrates Witness Network, an activist group with contacts in Raqqa. A second monitoring group put the toll at 21. The coalition said it was assessing the reports and that it takes "extraordinary measures" to avoid harming civilians.

On Saturday, a suicide attacker drove a car bomb into an SDF position in al-Mashlab on the eastern edge of the city, killing four SDF fighters, the group's media office said. Islamic State's news agency claimed the attack and said 20 "apostates" had been killed.

Residents who escaped said militants were shooting at people trying to flee. A man who reached an SDF checkpoint on Friday said Islamic State snipers had shot dead three people, including a woman, as their boat crossed the Euphrates at the southern edge of the city on Thursday.

The UN says as many as 100,000 civilians are still trapped in Raqqa, and that about 170,000 people have fled the city and the surrounding countryside since April. The SDF, which is dominated by the Kurdish YPG militia, says it has some 30,000 fighters committed to the campaign.
""",
events=[
    ev("The SDF captured Raqqa's western Romaniya neighbourhood from Islamic State after three days of street fighting; nine SDF fighters were killed.",
       "2017-06-16", "captured ‘on Friday’ before the Sunday 2017-06-18 dateline: Friday 2017-06-16",
       "Romaniya", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       9, None, None, None,
       "The US-backed Syrian Democratic Forces captured the western Romaniya neighbourhood of Raqqa on Friday after three days of street fighting, an SDF commander said [...] The SDF said nine of its fighters were killed in the battle for the district.",
       note="only the SDF's own dead are counted; its 'dozens' of militants killed is vague and a claim"),
    ev("A coalition air strike on a building in Raqqa's Bedu district killed 14 civilians including five children (21 by a second monitor).",
       "2017-06-14", "‘on Wednesday night’ before the Sunday 2017-06-18 dateline: Wednesday 2017-06-14",
       "Bedu", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
       14, 21, None, None,
       "Inside the city, a coalition air strike on a four-storey building in the Bedu district on Wednesday night killed 14 civilians, five of them children, according to the Euphrates Witness Network, an activist group with contacts in Raqqa. A second monitoring group put the toll at 21.",
       note="conflicting tolls 14 vs 21"),
    ev("An Islamic State suicide car bomb hit an SDF position in al-Mashlab, killing four SDF fighters.",
       "2017-06-17", "‘On Saturday’ before the Sunday 2017-06-18 dateline: Saturday 2017-06-17",
       "al-Mashlab", "Raqqa", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       5, None, None, None,
       "On Saturday, a suicide attacker drove a car bomb into an SDF position in al-Mashlab on the eastern edge of the city, killing four SDF fighters, the group's media office said. Islamic State's news agency claimed the attack and said 20 \"apostates\" had been killed.",
       note="5 = 4 SDF fighters + the suicide attacker; Islamic State's claim of 20 is not used"),
    ev("Islamic State snipers shot dead three people, including a woman, as their boat crossed the Euphrates at the southern edge of Raqqa.",
       "2017-06-15", "‘on Thursday’ before the Sunday 2017-06-18 dateline: Thursday 2017-06-15",
       "Euphrates crossing, southern Raqqa", "Raqqa", "SY", "attack_on_civilians", "Islamic State", "civilians",
       3, None, None, None,
       "A man who reached an SDF checkpoint on Friday said Islamic State snipers had shot dead three people, including a woman, as their boat crossed the Euphrates at the southern edge of the city on Thursday."),
],
figures=[
    fig("civilians_trapped", 100000, "Raqqa",
        "The UN says as many as 100,000 civilians are still trapped in Raqqa",
        note="'as many as'"),
    fig("displaced", 170000, "Raqqa",
        "about 170,000 people have fled the city and the surrounding countryside since April"),
    fig("fighters", 30000, "Raqqa",
        "says it has some 30,000 fighters committed to the campaign",
        note="SDF fighters"),
])

report("h19-15", "2018-04-07", "https://www.example-gazacoastnews.com/gaza/2018/04/07/second-friday-border-protests-kites",
"""
Seven Palestinians killed, hundreds hurt by Israeli fire on second Friday of Gaza border protests

GAZA, April 7 (Gaza Coast News) - Israeli troops killed seven Palestinians and wounded more than 1,000 on Friday as thousands of demonstrators gathered at five sites along the border fence for a second week of protests, the Gaza health ministry said.

The ministry said 293 of the wounded were hit by live bullets, and the rest by rubber-coated rounds or tear gas. Protesters burned piles of tyres to hide from Israeli snipers behind thick black smoke, and some of them threw stones and firebombs towards the fence.

The Israeli military said about 20,000 "rioters" had taken part, and that troops had opened fire in line with the rules of engagement at people who tried to damage the fence or plant explosive devices. It said nobody had crossed into Israel.

The health ministry also said that a 27-year-old man wounded in the first day of protests on March 30 died of his wounds on Thursday, raising the toll of that day to 18. He had been shot in the stomach east of Jabalia.

Kites carrying burning rags flew over the fence on Friday and set fire to a wheat field near Kibbutz Nahal Oz, Israeli fire services said. No one was hurt.

In the West Bank, Israeli forces arrested 11 Palestinians in raids overnight in Nablus, Hebron and the Qalandia refugee camp, the army said on Saturday.

The protests, organised by civil groups and backed by Hamas, are set to last until May 15, when Palestinians mark what they call the Nakba, or catastrophe, of 1948. The health ministry says 31 Palestinians have been killed by Israeli forces since March 30, including some shot away from the protests, and more than 2,800 wounded. Israel has refused calls from the UN and the European Union for an independent inquiry.
""",
events=[
    ev("Israeli troops fired on demonstrators at five sites along the Gaza border fence, killing seven and wounding more than 1,000, 293 of them by live fire.",
       "2018-04-06", "‘on Friday’ before the Saturday 2018-04-07 dateline: Friday 2018-04-06",
       "five sites along the Gaza border fence", "Gaza Strip", "PS", "other", "protesters", "Israeli security forces",
       7, None, 1000, None,
       "Israeli troops killed seven Palestinians and wounded more than 1,000 on Friday as thousands of demonstrators gathered at five sites along the border fence for a second week of protests, the Gaza health ministry said.",
       note="ACLED Protests: excessive force against protesters; the gold schema has no protest type, so 'other'"),
    ev("Israeli troops fired on protesters along the Gaza border fence on the first day of the protests; a man shot east of Jabalia died of his wounds a week later, raising that day's toll to 18.",
       "2018-03-30", "the first day of protests, ‘on March 30’: Friday 2018-03-30",
       "along the Gaza border fence", "Gaza Strip", "PS", "other", "protesters", "Israeli security forces",
       18, None, None, None,
       "The health ministry also said that a 27-year-old man wounded in the first day of protests on March 30 died of his wounds on Thursday, raising the toll of that day to 18. He had been shot in the stomach east of Jabalia.",
       note="the first day's protests along the fence, told as background to this week's: toll 18 including the man who died later; the sites of that day are not named (only this man's, east of Jabalia)", optional=True),
    ev("Kites carrying burning rags flew over the fence and set fire to a wheat field near Kibbutz Nahal Oz; no one was hurt.",
       "2018-04-06", "‘on Friday’ before the Saturday 2018-04-07 dateline: Friday 2018-04-06",
       "Kibbutz Nahal Oz", "Southern District", "IL", "other", "protesters", "none",
       0, None, 0, None,
       "Kites carrying burning rags flew over the fence on Friday and set fire to a wheat field near Kibbutz Nahal Oz, Israeli fire services said. No one was hurt.",
       note="arson by protest kites, property with no human target"),
    ev("Israeli forces arrested 11 Palestinians in overnight raids in Nablus, Hebron and the Qalandia refugee camp.",
       "2018-04-06", "raids ‘overnight’, announced ‘on Saturday’ (the Saturday 2018-04-07 dateline): the night of Friday 2018-04-06",
       "Nablus, Hebron and Qalandia refugee camp", "West Bank", "PS", "arrest", "Israeli security forces", "civilians",
       None, None, None, None,
       "In the West Bank, Israeli forces arrested 11 Palestinians in raids overnight in Nablus, Hebron and the Qalandia refugee camp, the army said on Saturday.",
       note="one count for the three places, kept as one event", arrested=11),
],
figures=[
    fig("killed", 31, "Gaza Strip",
        "The health ministry says 31 Palestinians have been killed by Israeli forces since March 30, including some shot away from the protests, and more than 2,800 wounded."),
    fig("wounded", 2800, "Gaza Strip",
        "The health ministry says 31 Palestinians have been killed by Israeli forces since March 30, including some shot away from the protests, and more than 2,800 wounded."),
])

report("h19-16", "2019-08-11", "https://www.example-redseawire.com/yemen/2019/08/11/aden-stc-maashiq-palace",
"""
Southern separatists seize Aden presidential palace after four days of fighting

ADEN, August 11 (Red Sea Wire) - Forces of the separatist Southern Transitional Council (STC) took control of the presidential palace in Aden's Crater district and three army camps on Saturday, residents and officials said, after four days of fighting with troops loyal to the internationally recognised government.

Government troops guarding the Maashiq palace left it in the afternoon under an arrangement with the separatists, a government official said. There was no word on casualties on Saturday. The government called the takeover "a coup" and urged the Saudi-led coalition, which backs both sides against the Houthis, to intervene.

The fighting broke out on Wednesday near the palace and spread to Khor Maksar, Dar Saad and Sheikh Othman. Medical sources said six people, including two civilians, were killed on Wednesday alone.

Gunmen abducted a senior official of the Islah party, which is allied with the government, from his home in the Mansoura district on Thursday night, his family said. They did not know who had taken him.

Far to the north, Houthi shells hit the market in Qataba, in Dhale province, on Friday morning, killing three civilians and wounding seven, a local official said.

The United Nations said at least 38 people had been killed and 245 wounded in Aden since the fighting began, and that hospitals were struggling to cope. Residents said food and water were running short in neighbourhoods where fighting had trapped families in their homes for days.

The STC, which is backed by the United Arab Emirates, wants independence for the south, which was a separate state until 1990. Its forces, estimated at around 90,000 men including the Security Belt units, have been paid and trained by the Emirates.
""",
events=[
    ev("STC forces took control of the Maashiq presidential palace in Crater and three army camps; government troops left the palace under an arrangement.",
       "2019-08-10", "‘on Saturday’ before the Sunday 2019-08-11 dateline: Saturday 2019-08-10",
       "Maashiq palace, Crater", "Aden", "YE", "territory_gain", "Southern Transitional Council", "Yemeni government forces",
       None, None, None, None,
       "Forces of the separatist Southern Transitional Council (STC) took control of the presidential palace in Aden's Crater district and three army camps on Saturday, residents and officials said [...] Government troops guarding the Maashiq palace left it in the afternoon under an arrangement with the separatists, a government official said. There was no word on casualties on Saturday.",
       note="non-state actor overtakes territory; 'no word on casualties' is not a zero"),
    ev("Fighting between STC forces and government troops broke out near the palace and spread to Khor Maksar, Dar Saad and Sheikh Othman; six people, including two civilians, were killed on the first day.",
       "2019-08-07", "‘broke out on Wednesday’ before the Sunday 2019-08-11 dateline: Wednesday 2019-08-07",
       "Crater", "Aden", "YE", "battle", "Southern Transitional Council", "Yemeni government forces",
       6, None, None, None,
       "The fighting broke out on Wednesday near the palace and spread to Khor Maksar, Dar Saad and Sheikh Othman. Medical sources said six people, including two civilians, were killed on Wednesday alone.",
       note="the first day's toll; who started the fighting is not said, the order is arbitrary; the later days are in the UN figure"),
    ev("Gunmen abducted a senior Islah party official from his home in Mansoura.",
       "2019-08-08", "‘on Thursday night’ before the Sunday 2019-08-11 dateline: Thursday 2019-08-08",
       "Mansoura", "Aden", "YE", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Gunmen abducted a senior official of the Islah party, which is allied with the government, from his home in the Mansoura district on Thursday night, his family said.",
       note="abduction ('other')"),
    ev("Houthi shells hit the market in Qataba, killing three civilians and wounding seven.",
       "2019-08-09", "‘on Friday morning’ before the Sunday 2019-08-11 dateline: Friday 2019-08-09",
       "Qataba market", "Dhale", "YE", "explosion", "Houthis", "civilians",
       3, None, 7, None,
       "Far to the north, Houthi shells hit the market in Qataba, in Dhale province, on Friday morning, killing three civilians and wounding seven, a local official said."),
],
figures=[
    fig("killed", 38, "Aden",
        "The United Nations said at least 38 people had been killed and 245 wounded in Aden since the fighting began"),
    fig("wounded", 245, "Aden",
        "The United Nations said at least 38 people had been killed and 245 wounded in Aden since the fighting began"),
    fig("fighters", 90000, "southern Yemen",
        "Its forces, estimated at around 90,000 men including the Security Belt units",
        note="STC forces"),
])

report("h19-17", "2017-02-27", "https://www.example-cairocourier.com/sinai/2017/02/27/arish-copts-flee-ismailia",
"""
Christian families flee El-Arish after string of killings

ISMAILIA, February 27 (Cairo Courier) - More than 110 Christian families have arrived in Ismailia from the North Sinai capital of El-Arish over the past week, church officials said on Monday, after militants killed a number of Copts in the city and threatened the rest.

The latest victim, a Coptic shop owner in his fifties, was shot dead in front of his shop in the city centre on Thursday, his relatives said. "They came on foot, shot him three times and walked away. Nobody stopped them," a cousin said at a church hall in Ismailia where families were sleeping on mattresses.

Islamic State's Sinai affiliate released a video this month in which a masked fighter called Christians "our favourite prey" and urged attacks on them across Egypt. The group has not claimed Thursday's killing.

The military spokesman said on Sunday that troops had killed seven "terrorist elements" in an exchange of fire south of Rafah on Saturday and seized weapons and ammunition. He did not say whether any soldiers were hurt.

On Sunday, a roadside bomb hit an armoured vehicle on the international coastal road west of El-Arish, wounding an officer and three conscripts, security sources said. Islamic State's Sinai Province said through its news agency that it had destroyed the vehicle and killed five soldiers.

The government says the armed forces have killed more than 1,100 militants in North Sinai since they launched a large operation in September 2015. Rights groups say the figure cannot be verified because journalists are barred from the area.

The Coptic Orthodox Church said it was helping the families find housing and schools in Ismailia, Port Said and Cairo. Christians make up about a tenth of Egypt's population of 92 million.
""",
events=[
    ev("Militants shot dead a Coptic shop owner in front of his shop in central El-Arish.",
       "2017-02-23", "‘on Thursday’ before the Monday 2017-02-27 dateline: Thursday 2017-02-23",
       "El-Arish city centre", "North Sinai", "EG", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "The latest victim, a Coptic shop owner in his fifties, was shot dead in front of his shop in the city centre on Thursday, his relatives said.",
       note="Islamic State's Sinai affiliate threatened Christians but has not claimed this killing"),
    ev("Troops killed seven 'terrorist elements' in an exchange of fire south of Rafah.",
       "2017-02-25", "‘on Saturday’ (announced ‘on Sunday’) before the Monday 2017-02-27 dateline: Saturday 2017-02-25",
       "south of Rafah", "North Sinai", "EG", "battle", "Egyptian security forces", "militants (unidentified)",
       7, None, None, None,
       "The military spokesman said on Sunday that troops had killed seven \"terrorist elements\" in an exchange of fire south of Rafah on Saturday and seized weapons and ammunition.",
       note="the army's count; no group named; the text does not say who fired first, the army reports it as its operation"),
    ev("A roadside bomb hit an armoured vehicle on the coastal road west of El-Arish, wounding an officer and three conscripts; Sinai Province claimed it.",
       "2017-02-26", "‘On Sunday’ before the Monday 2017-02-27 dateline: Sunday 2017-02-26",
       "coastal road west of El-Arish", "North Sinai", "EG", "explosion", "Islamic State", "Egyptian security forces",
       None, None, 4, None,
       "On Sunday, a roadside bomb hit an armoured vehicle on the international coastal road west of El-Arish, wounding an officer and three conscripts, security sources said. Islamic State's Sinai Province said through its news agency that it had destroyed the vehicle and killed five soldiers.",
       note="Sinai Province is Islamic State's affiliate; its claim of five killed is not used"),
],
figures=[
    fig("displaced", 110, "El-Arish",
        "More than 110 Christian families have arrived in Ismailia from the North Sinai capital of El-Arish over the past week",
        note="families"),
    fig("killed", 1100, "North Sinai",
        "The government says the armed forces have killed more than 1,100 militants in North Sinai since they launched a large operation in September 2015.",
        note="militants"),
])

report("h19-18", "2022-03-15", "https://www.example-levantwire.com/syria/2022/03/15/eleven-years-war-figures",
"""
Eleven years on, Syria's war grinds on with no settlement in sight

GENEVA, March 15 (Levant Wire) - Syria entered the twelfth year of its war on Tuesday with front lines largely frozen, its economy in ruins and millions of people still living in tents, while diplomats admitted that talks on a new constitution had produced almost nothing.

The Syrian Casualty Monitor says more than 608,000 people have been killed since protests against President Bashar al-Assad's rule turned into armed revolt in 2011, including about 162,000 civilians. It says a further 128,000 people are missing, most of them after being detained by government forces.

Nearly half of the pre-war population has been forced from home. About 6.8 million Syrians are displaced inside the country and some 5.6 million are registered as refugees in neighbouring states, according to UN figures. In the northwest, where Turkey-backed rebels and the Islamist group Hayat Tahrir al-Sham hold the last opposition enclave, about 1.7 million people live in camps.

A ceasefire brokered by Russia and Turkey in March 2020 has largely held in Idlib, though government and Russian shelling and air strikes on villages south of the M4 highway have never fully stopped. In the northeast, the Kurdish-led Syrian Democratic Forces guard prisons holding some 10,000 suspected Islamic State fighters, while the militants wage a low-level insurgency in the desert.

The UN says 14.4 million people need humanitarian aid this year, more than at any time since the war began, as the currency collapses and the price of bread soars. Aid agencies fear the war in Ukraine will push up wheat prices further.

"The guns are quieter than five years ago, but there is no peace," a Western diplomat said after a meeting of the constitutional committee in Geneva ended without agreement on a single article.
""",
country_hint="SY",
figures=[
    fig("killed", 608000, "Syria",
        "The Syrian Casualty Monitor says more than 608,000 people have been killed since protests against President Bashar al-Assad's rule turned into armed revolt in 2011"),
    fig("killed", 162000, "Syria",
        "including about 162,000 civilians",
        note="civilians"),
    fig("other", 128000, "Syria",
        "It says a further 128,000 people are missing, most of them after being detained by government forces.",
        note="missing"),
    fig("displaced", 6800000, "Syria",
        "About 6.8 million Syrians are displaced inside the country"),
    fig("displaced", 5600000, "neighbouring states",
        "some 5.6 million are registered as refugees in neighbouring states",
        note="refugees"),
    fig("displaced", 1700000, "northwest Syria",
        "about 1.7 million people live in camps",
        note="people in camps"),
    fig("other", 10000, "northeast Syria",
        "guard prisons holding some 10,000 suspected Islamic State fighters",
        note="detained suspected fighters"),
    fig("other", 14400000, "Syria",
        "The UN says 14.4 million people need humanitarian aid this year",
        note="people in need"),
])
# ---------------------------------------------------------------------------
# h19-19 .. h19-24
# ---------------------------------------------------------------------------

report("h19-19", "2017-04-06", "https://www.example-tigristribune.com/mosul/2017/04/06/bab-al-tob-retaken-ras-al-jadah-strike",
"""
Federal Police retake Bab al-Tob as civilians pay heavy price in west Mosul

ERBIL, Iraq, April 6 (Tigris Tribune) - Federal Police units retook the Bab al-Tob area and the fish market on the edge of Mosul's old city on Wednesday, killing 27 Daesh terrorists and destroying four car bombs, the Joint Operations Command said in a statement.

A Federal Police officer said by telephone that his men were now less than a kilometre from the al-Nuri mosque, but that snipers and booby-trapped houses made every street a battle.

A day earlier, militants launched a counter-attack against Counter-Terrorism Service troops in the 17 Tammuz district, sending three car bombs towards their lines. Two were destroyed by anti-tank missiles, but the third blew up beside a Humvee, killing two soldiers and wounding nine, a CTS officer said.

Islamic State drones dropped small bombs on families queuing for food at a distribution point in the Mamun district on Monday, killing three civilians and wounding 12, a local official said.

Residents and a local official said an air strike on a house in the Ras al-Jadah district on Sunday killed 11 civilians who had been sheltering in the basement. A member of the Nineveh provincial council put the toll at 23. The US-led coalition said it was looking into the report, while an Iraqi military spokesman said Islamic State had booby-trapped the building and blown it up.

At the Hammam al-Alil screening centre south of the city, security forces detained 14 men suspected of belonging to Islamic State from among the families who arrived on Wednesday, a police officer said.

The International Organisation for Migration says more than 268,000 people have fled west Mosul since the offensive on that side of the city began on February 19. The United Nations estimates that about 380,000 civilians are still inside the old city and other districts held by the militants.
""",
events=[
    ev("Federal Police retook the Bab al-Tob area and the fish market on the edge of Mosul's old city, killing 27 Islamic State militants by the command's count.",
       "2017-04-05", "‘on Wednesday’ before the Thursday 2017-04-06 dateline: Wednesday 2017-04-05",
       "Bab al-Tob", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       27, None, None, None,
       "Federal Police units retook the Bab al-Tob area and the fish market on the edge of Mosul's old city on Wednesday, killing 27 Daesh terrorists and destroying four car bombs, the Joint Operations Command said in a statement.",
       note="the command's count of militants killed is used"),
    ev("Islamic State counter-attacked CTS troops in 17 Tammuz with three car bombs; one blew up beside a Humvee, killing two soldiers and wounding nine.",
       "2017-04-04", "‘A day earlier’ than the Wednesday 2017-04-05 advance: Tuesday 2017-04-04",
       "17 Tammuz", "Nineveh", "IQ", "explosion", "Islamic State", "Counter-Terrorism Service",
       2, None, 9, None,
       "A day earlier, militants launched a counter-attack against Counter-Terrorism Service troops in the 17 Tammuz district, sending three car bombs towards their lines. Two were destroyed by anti-tank missiles, but the third blew up beside a Humvee, killing two soldiers and wounding nine, a CTS officer said.",
       note="a counter-attack led by car bombs is coded explosion; whether the bombers died is not said"),
    ev("Islamic State drones dropped small bombs on families queuing for food in the Mamun district, killing three civilians and wounding 12.",
       "2017-04-03", "‘on Monday’ before the Thursday 2017-04-06 dateline: Monday 2017-04-03",
       "Mamun", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       3, None, 12, None,
       "Islamic State drones dropped small bombs on families queuing for food at a distribution point in the Mamun district on Monday, killing three civilians and wounding 12, a local official said."),
    ev("A blast destroyed a house in Ras al-Jadah where civilians sheltered, killing 11 (23 by a council member); residents said it was an air strike, the Iraqi military said Islamic State blew up the booby-trapped building.",
       "2017-04-02", "‘on Sunday’ before the Thursday 2017-04-06 dateline: Sunday 2017-04-02",
       "Ras al-Jadah", "Nineveh", "IQ", "explosion", "unknown", "civilians",
       11, 23, None, None,
       "Residents and a local official said an air strike on a house in the Ras al-Jadah district on Sunday killed 11 civilians who had been sheltering in the basement. A member of the Nineveh provincial council put the toll at 23. The US-led coalition said it was looking into the report, while an Iraqi military spokesman said Islamic State had booby-trapped the building and blown it up.",
       note="cause disputed (air strike vs IS demolition): actor1 unknown; conflicting tolls 11 vs 23"),
    ev("Security forces at the Hammam al-Alil screening centre detained 14 men suspected of belonging to Islamic State among arriving families.",
       "2017-04-05", "families ‘who arrived on Wednesday’ before the Thursday 2017-04-06 dateline: Wednesday 2017-04-05",
       "Hammam al-Alil", "Nineveh", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "At the Hammam al-Alil screening centre south of the city, security forces detained 14 men suspected of belonging to Islamic State from among the families who arrived on Wednesday, a police officer said.",
       arrested=14),
],
figures=[
    fig("displaced", 268000, "west Mosul",
        "The International Organisation for Migration says more than 268,000 people have fled west Mosul since the offensive on that side of the city began on February 19."),
    fig("civilians_trapped", 380000, "west Mosul",
        "The United Nations estimates that about 380,000 civilians are still inside the old city and other districts held by the militants."),
])

report("h19-20", "2019-10-14", "https://www.example-euphratesdesk.com/turkey-syria/2019/10/14/akcakale-mortars-suluk-peace-spring",
"""
Mortars kill two in Turkish border town as Ankara's allies push south of Tal Abyad

AKCAKALE, Turkey, October 14 (Euphrates Desk) - Mortar shells fired from across the Syrian border hit a street in the Turkish town of Akcakale on Sunday afternoon, killing two civilians, one of them a nine-month-old baby, and wounding six, the Sanliurfa governor's office said.

The governor blamed the Kurdish YPG militia, which Ankara considers a terrorist group. The Syrian Democratic Forces, in which the YPG is the main force, denied firing at Turkish towns and said its fighters were only defending themselves.

Across the border, Turkish-backed Syrian rebels of the Syrian National Army said they had taken the town of Suluk, 25 km (15 miles) southeast of Tal Abyad, on Sunday. A war monitor confirmed that SDF fighters had withdrawn from the town after two days of shelling.

A Turkish drone struck a pickup truck on the road outside Tal Tamr on Saturday, killing four SDF fighters, the monitor said.

Kurdish officials accused Turkish-backed fighters of shooting dead three civilians, including a driver for a local aid group, at an improvised roadblock on the M4 highway south of Tal Abyad on Saturday. A spokesman for the Syrian National Army said the group would investigate.

In Diyarbakir, police detained 24 people on Sunday over social media posts that prosecutors said spread "terrorist propaganda" against the operation, the state news agency reported.

The UN says about 150,000 people have fled their homes in northeast Syria since Turkey launched its offensive, code-named Operation Peace Spring, on Wednesday. Turkey's defence ministry says 550 "terrorists" have been neutralised so far. Turkish officials say 17 civilians have been killed by mortars and rockets fired into Turkish border towns over the same period.
""",
events=[
    ev("Mortar shells fired from Syria hit a street in Akcakale, killing two civilians including a baby and wounding six; Turkey blamed the YPG, which denied firing at Turkish towns.",
       "2019-10-13", "‘on Sunday afternoon’ before the Monday 2019-10-14 dateline: Sunday 2019-10-13",
       "Akcakale", "Sanliurfa", "TR", "explosion", "unknown", "civilians",
       2, None, 6, None,
       "Mortar shells fired from across the Syrian border hit a street in the Turkish town of Akcakale on Sunday afternoon, killing two civilians, one of them a nine-month-old baby, and wounding six, the Sanliurfa governor's office said. [...] The governor blamed the Kurdish YPG militia, which Ankara considers a terrorist group. The Syrian Democratic Forces, in which the YPG is the main force, denied firing at Turkish towns",
       note="blamed by Turkey, denied by the SDF: actor1 unknown"),
    ev("Turkish-backed Syrian National Army rebels took the town of Suluk, southeast of Tal Abyad, after SDF fighters withdrew following two days of shelling.",
       "2019-10-13", "‘on Sunday’ before the Monday 2019-10-14 dateline: Sunday 2019-10-13",
       "Suluk", "Raqqa", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       None, None, None, None,
       "Across the border, Turkish-backed Syrian rebels of the Syrian National Army said they had taken the town of Suluk, 25 km (15 miles) southeast of Tal Abyad, on Sunday. A war monitor confirmed that SDF fighters had withdrawn from the town after two days of shelling."),
    ev("A Turkish drone struck a pickup truck outside Tal Tamr, killing four SDF fighters.",
       "2019-10-12", "‘on Saturday’ before the Monday 2019-10-14 dateline: Saturday 2019-10-12",
       "Tal Tamr", "Hasakah", "SY", "explosion", "Turkish security forces", "Syrian Democratic Forces",
       4, None, None, None,
       "A Turkish drone struck a pickup truck on the road outside Tal Tamr on Saturday, killing four SDF fighters, the monitor said."),
    ev("Turkish-backed fighters were accused of shooting dead three civilians at a roadblock on the M4 highway south of Tal Abyad; the SNA said it would investigate.",
       "2019-10-12", "‘on Saturday’ before the Monday 2019-10-14 dateline: Saturday 2019-10-12",
       "M4 highway south of Tal Abyad", "Raqqa", "SY", "attack_on_civilians", "Turkish-backed Syrian rebels", "civilians",
       3, None, None, None,
       "Kurdish officials accused Turkish-backed fighters of shooting dead three civilians, including a driver for a local aid group, at an improvised roadblock on the M4 highway south of Tal Abyad on Saturday. A spokesman for the Syrian National Army said the group would investigate.",
       note="accused by Kurdish officials, not denied (the SNA will investigate)"),
    ev("Police in Diyarbakir detained 24 people over social media posts against the operation.",
       "2019-10-13", "‘on Sunday’ before the Monday 2019-10-14 dateline: Sunday 2019-10-13",
       "Diyarbakir", "Diyarbakir", "TR", "arrest", "Turkish security forces", "civilians",
       None, None, None, None,
       "In Diyarbakir, police detained 24 people on Sunday over social media posts that prosecutors said spread \"terrorist propaganda\" against the operation, the state news agency reported.",
       arrested=24),
],
figures=[
    fig("displaced", 150000, "northeast Syria",
        "The UN says about 150,000 people have fled their homes in northeast Syria since Turkey launched its offensive"),
    fig("other", 550, "northeast Syria",
        "Turkey's defence ministry says 550 \"terrorists\" have been neutralised so far.",
        note="'neutralised'"),
    fig("killed", 17, "Turkish border towns",
        "Turkish officials say 17 civilians have been killed by mortars and rockets fired into Turkish border towns over the same period."),
])

report("h19-21", "2022-03-24", "https://www.example-blacksea-daily.com/south/2022/03/24/mykolaiv-shelling-posad-pokrovske-kherson-rally",
"""
Shelling kills four in Mykolaiv; Ukraine says troops pushed Russians out of Posad-Pokrovske

MYKOLAIV, March 24 (Black Sea Daily) - Russian rockets struck a residential area of Mykolaiv's Korabelnyi district on Tuesday evening, killing four civilians and wounding nine, the regional governor said, as Russian forces kept up their bombardment of the shipbuilding city.

Cluster munitions fell on a children's playground and on the courtyard of a five-storey building, residents said. Firefighters worked through the night to put out fires in several flats.

Ukraine's Operational Command South said its forces had pushed Russian troops out of Posad-Pokrovske, a village on the highway between Mykolaiv and Kherson, on Tuesday. It did not give casualty figures, and there was no comment from Moscow.

In occupied Kherson region, Russian soldiers detained the head of the Chaplynka village council at his office on Monday and took him to an unknown place, the regional council said. It called the detention a kidnapping.

The same day, several hundred people rallied in Kherson's Freedom Square against the occupation, waving Ukrainian flags. Russian troops fired stun grenades and shots into the air to disperse them, and four people were wounded, according to a local news site. The regional council said seven people had been hurt.

Mykolaiv's mayor said on Wednesday that about 230,000 of the city's residents had left since the invasion began on February 24, and that those who remained were spending nights in basements.

The United Nations human rights office says it has confirmed the deaths of at least 1,011 civilians across Ukraine, though the real figure is believed to be much higher. More than 3.5 million people have fled the country.
""",
events=[
    ev("Russian rockets, including cluster munitions, struck a residential area of Mykolaiv's Korabelnyi district, killing four civilians and wounding nine.",
       "2022-03-22", "‘on Tuesday evening’ before the Thursday 2022-03-24 dateline: Tuesday 2022-03-22",
       "Korabelnyi district, Mykolaiv", "Mykolaiv", "UA", "explosion", "Russian security forces", "civilians",
       4, None, 9, None,
       "Russian rockets struck a residential area of Mykolaiv's Korabelnyi district on Tuesday evening, killing four civilians and wounding nine, the regional governor said"),
    ev("Ukrainian forces pushed Russian troops out of Posad-Pokrovske on the Mykolaiv-Kherson highway.",
       "2022-03-22", "‘on Tuesday’ before the Thursday 2022-03-24 dateline: Tuesday 2022-03-22",
       "Posad-Pokrovske", "Kherson", "UA", "territory_gain", "Ukrainian security forces", "Russian security forces",
       None, None, None, None,
       "Ukraine's Operational Command South said its forces had pushed Russian troops out of Posad-Pokrovske, a village on the highway between Mykolaiv and Kherson, on Tuesday. It did not give casualty figures, and there was no comment from Moscow."),
    ev("Russian soldiers detained the head of the Chaplynka village council at his office and took him to an unknown place.",
       "2022-03-21", "‘on Monday’ before the Thursday 2022-03-24 dateline: Monday 2022-03-21",
       "Chaplynka", "Kherson", "UA", "other", "Russian security forces", "civilians",
       None, None, None, None,
       "In occupied Kherson region, Russian soldiers detained the head of the Chaplynka village council at his office on Monday and took him to an unknown place, the regional council said. It called the detention a kidnapping.",
       note="abduction of a local official ('other')"),
    ev("Several hundred people rallied against the occupation in Kherson's Freedom Square; Russian troops fired stun grenades and shots into the air, and four people were wounded.",
       "2022-03-21", "‘The same day’ as the Monday 2022-03-21 detention",
       "Freedom Square, Kherson", "Kherson", "UA", "other", "protesters", "Russian security forces",
       None, None, 4, 7,
       "The same day, several hundred people rallied in Kherson's Freedom Square against the occupation, waving Ukrainian flags. Russian troops fired stun grenades and shots into the air to disperse them, and four people were wounded, according to a local news site. The regional council said seven people had been hurt.",
       note="protest with intervention ('other'); conflicting counts of the wounded, 4 (local news site) vs 7 (regional council)"),
],
figures=[
    fig("displaced", 230000, "Mykolaiv",
        "Mykolaiv's mayor said on Wednesday that about 230,000 of the city's residents had left since the invasion began on February 24"),
    fig("killed", 1011, "Ukraine",
        "The United Nations human rights office says it has confirmed the deaths of at least 1,011 civilians across Ukraine"),
    fig("displaced", 3500000, "Ukraine",
        "More than 3.5 million people have fled the country.",
        note="refugees"),
])

report("h19-22", "2019-04-20", "https://www.example-tripoliherald.com/news/2019/04/20/abu-salim-rockets-wadi-rabie-mitiga",
"""
Rockets kill five in Tripoli's Abu Salim; GNA says it pushed Haftar forces back in Wadi Rabie

TRIPOLI, April 20 (Tripoli Herald) - Grad rockets slammed into the crowded Abu Salim district of Tripoli late on Tuesday, killing five civilians and wounding 23, the health ministry of the Government of National Accord (GNA) said.

The GNA blamed the forces of Khalifa Haftar, whose self-styled Libyan National Army (LNA) launched an offensive on the capital on April 4. An LNA spokesman denied the accusation and said "terrorist militias" in the city had fired the rockets to turn public opinion against the army.

Forces loyal to the GNA said on Friday that they had driven LNA units out of the Wadi Rabie area south of the city after heavy fighting on Thursday. The health ministry said eight GNA fighters were killed and 19 wounded in the fighting. The LNA did not comment on the losses but said its forces were "regrouping".

An LNA warplane struck near Mitiga airport, the only functioning airport in the capital, on Wednesday night, forcing the suspension of flights for several hours. There were no reports of casualties.

The World Health Organization says at least 213 people have been killed and 1,009 wounded in the fighting around Tripoli since the offensive began, and the UN says more than 27,000 people have fled their homes. Many families have moved into schools in the city centre.

Diplomats say the LNA has committed about 25,000 fighters to the offensive, though only part of them are on the front lines around Tripoli. The GNA relies on armed groups from Tripoli, Misrata and Zawiya, which have rallied to its side despite long-running rivalries.
""",
events=[
    ev("Grad rockets hit the Abu Salim district of Tripoli, killing five civilians and wounding 23; the GNA blamed the LNA, which denied it.",
       "2019-04-16", "‘late on Tuesday’ before the Saturday 2019-04-20 dateline: Tuesday 2019-04-16",
       "Abu Salim", "Tripoli", "LY", "explosion", "unknown", "civilians",
       5, None, 23, None,
       "Grad rockets slammed into the crowded Abu Salim district of Tripoli late on Tuesday, killing five civilians and wounding 23, the health ministry of the Government of National Accord (GNA) said. [...] An LNA spokesman denied the accusation",
       note="blamed by the GNA on the LNA, denied: actor1 unknown"),
    ev("GNA forces drove LNA units out of the Wadi Rabie area south of Tripoli after heavy fighting; eight GNA fighters were killed and 19 wounded.",
       "2019-04-18", "fighting ‘on Thursday’, announced ‘on Friday’, before the Saturday 2019-04-20 dateline: Thursday 2019-04-18",
       "Wadi Rabie", "Tripoli", "LY", "territory_gain", "GNA forces", "Libyan National Army",
       8, None, 19, None,
       "Forces loyal to the GNA said on Friday that they had driven LNA units out of the Wadi Rabie area south of the city after heavy fighting on Thursday. The health ministry said eight GNA fighters were killed and 19 wounded in the fighting.",
       note="only GNA casualties given"),
    ev("An LNA warplane struck near Mitiga airport, suspending flights for hours; no casualties reported.",
       "2019-04-17", "‘on Wednesday night’ before the Saturday 2019-04-20 dateline: Wednesday 2019-04-17",
       "Mitiga airport", "Tripoli", "LY", "explosion", "Libyan National Army", "GNA forces",
       None, None, None, None,
       "An LNA warplane struck near Mitiga airport, the only functioning airport in the capital, on Wednesday night, forcing the suspension of flights for several hours. There were no reports of casualties.",
       note="'no reports of casualties' is not a zero"),
],
figures=[
    fig("killed", 213, "Tripoli",
        "The World Health Organization says at least 213 people have been killed and 1,009 wounded in the fighting around Tripoli since the offensive began"),
    fig("wounded", 1009, "Tripoli",
        "The World Health Organization says at least 213 people have been killed and 1,009 wounded in the fighting around Tripoli since the offensive began"),
    fig("displaced", 27000, "Tripoli",
        "the UN says more than 27,000 people have fled their homes"),
    fig("fighters", 25000, "Tripoli",
        "Diplomats say the LNA has committed about 25,000 fighters to the offensive",
        note="LNA fighters"),
])

report("h19-23", "2022-08-03", "https://www.example-arabianpeninsulamonitor.com/yemen/2022/08/03/truce-extended-two-months",
"""
Yemen's warring parties extend truce for two more months, UN says

AMMAN, August 3 (Arabian Peninsula Monitor) - Yemen's government and the Houthi movement have agreed to extend a nationwide truce by two months on the same terms, the UN special envoy said late on Tuesday, hours before it was due to expire.

The truce, which first took effect in April, is the longest pause in fighting since the Saudi-led coalition intervened in March 2015. It has allowed fuel ships to dock at the port of Hodeidah and commercial flights to resume between Sanaa and Amman and Cairo for the first time in six years.

But the envoy said he had failed so far to persuade the two sides to reopen the main roads into Taiz, which Houthi forces have besieged since 2015, or to agree on paying the salaries of public servants. "The truce is fragile. Every violation costs lives and costs trust," he told reporters.

Both sides have accused each other of hundreds of violations, including shelling, drone flights and the reinforcement of front lines around Marib, Taiz and Dhale. Aid groups say landmines and unexploded ordnance have become the main cause of civilian casualties as people return to areas once on the front lines.

The war has killed more than 147,000 fighters and civilians since 2015, according to an independent monitoring project, and a further 200,000 or so have died from hunger, disease and a lack of health care, the UN estimates. More than 4.2 million Yemenis are displaced inside the country.

The UN says about 17 million people do not have enough food, and that its humanitarian appeal for the year is less than a third funded. The Houthis, who control Sanaa and most of the north, are demanding that the airport and port be fully reopened; the government wants the siege of Taiz lifted first.
""",
country_hint="YE",
figures=[
    fig("killed", 147000, "Yemen",
        "The war has killed more than 147,000 fighters and civilians since 2015, according to an independent monitoring project"),
    fig("killed", 200000, "Yemen",
        "a further 200,000 or so have died from hunger, disease and a lack of health care, the UN estimates",
        note="indirect deaths"),
    fig("displaced", 4200000, "Yemen",
        "More than 4.2 million Yemenis are displaced inside the country."),
    fig("other", 17000000, "Yemen",
        "The UN says about 17 million people do not have enough food",
        note="people without enough food"),
])

report("h19-24", "2019-01-07", "https://www.example-syriaborderpost.com/idlib/2019/01/07/hts-zenki-darat-izza-taqad",
"""
Hayat Tahrir al-Sham seizes Darat Izza as jihadists turn on rival rebels in Aleppo countryside

GAZIANTEP, Turkey, January 7 (Syria Border Post) - The jihadist alliance Hayat Tahrir al-Sham (HTS) took control of the town of Darat Izza in the western Aleppo countryside on Friday after fighters of the rival Nour al-Din al-Zenki movement pulled out towards Afrin, a war monitor and local activists said.

The fighting began on Tuesday, when HTS attacked Zenki positions around the village of Taqad, accusing the group of killing four of its members. The clashes killed nine HTS fighters, five from Zenki and three civilians caught in the crossfire in Taqad, the monitor said.

HTS, which is led by the former al-Qaeda affiliate once known as the Nusra Front, has since moved into several villages in the area, and its fighters set up checkpoints on the road from Darat Izza to the Turkish border.

In Maarat al-Numan, hundreds of residents marched on Sunday against HTS, chanting that the group was serving the government's interests. HTS gunmen fired into the air to break up the protest, activists said.

Government forces shelled the outskirts of Khan Sheikhoun on Saturday, killing two civilians, according to the White Helmets rescue group, despite a demilitarised zone agreed by Russia and Turkey in September.

Idlib province and adjoining parts of Aleppo and Hama are home to about 3 million people, about 1.4 million of them displaced from other parts of Syria, according to the UN. HTS is estimated to have 12,000 to 15,000 fighters, making it the strongest force in the region.

Turkey, which backs other rebel factions and has 12 observation posts around Idlib, made no comment on the fighting. Analysts say the HTS advance could give Damascus and Moscow a pretext for an offensive on the province.
""",
events=[
    ev("HTS took control of Darat Izza after Nour al-Din al-Zenki fighters pulled out towards Afrin.",
       "2019-01-04", "‘on Friday’ before the Monday 2019-01-07 dateline: Friday 2019-01-04",
       "Darat Izza", "Aleppo", "SY", "territory_gain", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
       None, None, None, None,
       "The jihadist alliance Hayat Tahrir al-Sham (HTS) took control of the town of Darat Izza in the western Aleppo countryside on Friday after fighters of the rival Nour al-Din al-Zenki movement pulled out towards Afrin, a war monitor and local activists said."),
    ev("HTS attacked Zenki positions around Taqad; nine HTS fighters, five Zenki fighters and three civilians were killed.",
       "2019-01-01", "‘The fighting began on Tuesday’ before the Monday 2019-01-07 dateline: Tuesday 2019-01-01",
       "Taqad", "Aleppo", "SY", "battle", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
       17, None, None, None,
       "The fighting began on Tuesday, when HTS attacked Zenki positions around the village of Taqad, accusing the group of killing four of its members. The clashes killed nine HTS fighters, five from Zenki and three civilians caught in the crossfire in Taqad, the monitor said.",
       note="17 = 9 HTS + 5 Zenki + 3 civilians; the earlier killing of four HTS members is not placed or dated"),
    ev("HTS moved into several villages in the western Aleppo countryside and set up checkpoints on the road from Darat Izza to the Turkish border.",
       None, "‘has since moved into’; no day given",
       "villages around Darat Izza", "Aleppo", "SY", "territory_gain", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
       None, None, None, None,
       "HTS, which is led by the former al-Qaeda affiliate once known as the Nusra Front, has since moved into several villages in the area, and its fighters set up checkpoints on the road from Darat Izza to the Turkish border.",
       note="unnamed villages, no day", optional=True),
    ev("Hundreds of residents of Maarat al-Numan marched against HTS; HTS gunmen fired into the air to break up the protest.",
       "2019-01-06", "‘on Sunday’ before the Monday 2019-01-07 dateline: Sunday 2019-01-06",
       "Maarat al-Numan", "Idlib", "SY", "other", "protesters", "Hayat Tahrir al-Sham",
       None, None, None, None,
       "In Maarat al-Numan, hundreds of residents marched on Sunday against HTS, chanting that the group was serving the government's interests. HTS gunmen fired into the air to break up the protest, activists said.",
       note="protest with intervention ('other')"),
    ev("Government forces shelled the outskirts of Khan Sheikhoun, killing two civilians.",
       "2019-01-05", "‘on Saturday’ before the Monday 2019-01-07 dateline: Saturday 2019-01-05",
       "Khan Sheikhoun", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       2, None, None, None,
       "Government forces shelled the outskirts of Khan Sheikhoun on Saturday, killing two civilians, according to the White Helmets rescue group"),
],
figures=[
    fig("other", 3000000, "Idlib and adjoining areas",
        "Idlib province and adjoining parts of Aleppo and Hama are home to about 3 million people",
        note="population"),
    fig("displaced", 1400000, "Idlib and adjoining areas",
        "about 1.4 million of them displaced from other parts of Syria, according to the UN"),
    fig("fighters", 12000, "Idlib",
        "HTS is estimated to have 12,000 to 15,000 fighters",
        note="12,000 to 15,000"),
])
# ---------------------------------------------------------------------------
# h19-25 .. h19-30
# ---------------------------------------------------------------------------

report("h19-25", "2019-11-25", "https://www.example-rafidaindaily.com/protests/2019/11/25/khilani-nasiriyah-live-fire",
"""
Six protesters killed in Baghdad and Nasiriyah as security forces open fire

BAGHDAD, November 25 (Rafidain Daily) - Security forces fired live ammunition and tear gas at protesters near Khilani Square in central Baghdad on Sunday, killing three and wounding at least 58, medical and security sources said, as anti-government demonstrations entered their eighth week.

Protesters had tried to push past concrete barriers towards the Ahrar bridge, which leads to the fortified Green Zone. Witnesses said some of the tear-gas canisters were fired directly at people's heads.

In the southern city of Nasiriyah, security forces opened fire on Sunday night at hundreds of protesters who had blocked the Zaitoun bridge, killing two and wounding 40, health officials in Dhi Qar province said. One of the wounded died on Monday morning.

In Basra, protesters blocked the road to the port of Umm Qasr on Sunday, halting the movement of trucks for several hours, until police cleared them with tear gas. There were no immediate reports of casualties.

Gunmen in an unmarked car abducted a well-known activist in Karbala on Saturday night as he left a protest camp, his brother said. Activists say dozens of protest organisers have been snatched or threatened since October.

Separately, a roadside bomb killed two fighters of the Popular Mobilisation Forces and wounded three when it struck their vehicle near Muqdadiya in Diyala province on Saturday, a PMF statement said. No group claimed the attack.

At least 321 people have been killed and about 14,200 wounded since the protests began on October 1, according to a count by medics and the semi-official human rights commission. The commission says more than 2,700 protesters have been detained, most of them released within days.

The protesters, most of them young and many jobless, are demanding the removal of a political class they see as corrupt and beholden to Iran. Prime Minister Adel Abdul Mahdi has promised reforms and a new electoral law, but the demonstrations have only grown.
""",
events=[
    ev("Security forces fired live ammunition and tear gas at protesters near Khilani Square trying to reach the Ahrar bridge, killing three and wounding at least 58.",
       "2019-11-24", "‘on Sunday’ before the Monday 2019-11-25 dateline: Sunday 2019-11-24",
       "Khilani Square", "Baghdad", "IQ", "other", "protesters", "Iraqi Security Forces",
       3, None, 58, None,
       "Security forces fired live ammunition and tear gas at protesters near Khilani Square in central Baghdad on Sunday, killing three and wounding at least 58, medical and security sources said",
       note="ACLED Protests: excessive force against protesters ('other')"),
    ev("Security forces opened fire on protesters blocking the Zaitoun bridge in Nasiriyah, killing two and wounding 40; one of the wounded died the next morning.",
       "2019-11-24", "‘on Sunday night’ before the Monday 2019-11-25 dateline: Sunday 2019-11-24",
       "Zaitoun bridge, Nasiriyah", "Dhi Qar", "IQ", "other", "protesters", "Iraqi Security Forces",
       3, None, 39, None,
       "In the southern city of Nasiriyah, security forces opened fire on Sunday night at hundreds of protesters who had blocked the Zaitoun bridge, killing two and wounding 40, health officials in Dhi Qar province said. One of the wounded died on Monday morning.",
       note="2 + 1 wounded who died later = 3 killed; wounded 40 - 1 = 39"),
    ev("Protesters blocked the road to Umm Qasr port for several hours until police cleared them with tear gas.",
       "2019-11-24", "‘on Sunday’ before the Monday 2019-11-25 dateline: Sunday 2019-11-24",
       "road to Umm Qasr port", "Basra", "IQ", "other", "protesters", "Iraqi Security Forces",
       None, None, None, None,
       "In Basra, protesters blocked the road to the port of Umm Qasr on Sunday, halting the movement of trucks for several hours, until police cleared them with tear gas. There were no immediate reports of casualties.",
       note="protest with intervention; 'no immediate reports of casualties' is not a zero"),
    ev("Gunmen in an unmarked car abducted a well-known activist in Karbala as he left a protest camp.",
       "2019-11-23", "‘on Saturday night’ before the Monday 2019-11-25 dateline: Saturday 2019-11-23",
       "Karbala", "Karbala", "IQ", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Gunmen in an unmarked car abducted a well-known activist in Karbala on Saturday night as he left a protest camp, his brother said.",
       note="abduction ('other')"),
    ev("A roadside bomb struck a PMF vehicle near Muqdadiya, killing two fighters and wounding three.",
       "2019-11-23", "‘on Saturday’ before the Monday 2019-11-25 dateline: Saturday 2019-11-23",
       "near Muqdadiya", "Diyala", "IQ", "explosion", "unknown", "Popular Mobilization Forces",
       2, None, 3, None,
       "Separately, a roadside bomb killed two fighters of the Popular Mobilisation Forces and wounded three when it struck their vehicle near Muqdadiya in Diyala province on Saturday, a PMF statement said. No group claimed the attack."),
],
figures=[
    fig("killed", 321, "Iraq",
        "At least 321 people have been killed and about 14,200 wounded since the protests began on October 1"),
    fig("wounded", 14200, "Iraq",
        "At least 321 people have been killed and about 14,200 wounded since the protests began on October 1"),
    fig("arrested", 2700, "Iraq",
        "The commission says more than 2,700 protesters have been detained, most of them released within days."),
])

report("h19-26", "2022-09-15", "https://www.example-southcaucasusreport.com/armenia/2022/09/15/jermuk-shelling-border-clashes",
"""
Armenia says 98 soldiers killed in worst border fighting since 2020 war

YEREVAN, September 15 (South Caucasus Report) - Armenia's defence ministry said on Thursday that 98 of its servicemen had been killed in two days of fighting along the border with Azerbaijan, which began shortly after midnight on Tuesday with artillery and drone strikes on Armenian positions near the towns of Vardenis, Goris, Jermuk and Kapan.

Azerbaijan, which says 54 of its own soldiers were killed, accused Armenia of "large-scale provocations" and said its forces had only responded to Armenian sabotage groups laying mines. Yerevan said the attack was unprovoked.

Shells and drones hit the spa town of Jermuk in the early hours of Tuesday, setting fire to several houses and a hotel and wounding three civilians, the Armenian ombudsman's office said. Azerbaijan's defence ministry said its units had taken "local measures" against "firing points" in the area.

Azerbaijan's prosecutor general said Armenian shelling had damaged houses in the Kalbajar district and wounded two civilians. Armenia's defence ministry called the claim "disinformation".

Armenian officials said on Wednesday that Azerbaijani troops had advanced and now held about 10 square kilometres of Armenian territory. Baku did not comment. The fighting died down on Wednesday evening.

About 3,100 people, most of them women and children, were evacuated from border villages in Gegharkunik, Syunik and Vayots Dzor provinces, the Armenian government said. Russia, which has a military base in Armenia and peacekeepers in Nagorno-Karabakh, called on both sides to show restraint.

The two countries fought a six-week war over Nagorno-Karabakh in 2020 that killed more than 6,500 people and ended with a Russian-brokered ceasefire that left Azerbaijan in control of much of the region.
""",
events=[
    ev("Two days of fighting along the Armenia-Azerbaijan border began with artillery and drone strikes on Armenian positions near Vardenis, Goris, Jermuk and Kapan; Armenia reported 98 soldiers killed and Azerbaijan 54; each side blamed the other.",
       "2022-09-13", "began ‘shortly after midnight on Tuesday’ before the Thursday 2022-09-15 dateline: Tuesday 2022-09-13; two days, one event on its first day",
       "Vardenis, Goris, Jermuk and Kapan", "Syunik", "AM", "battle", "unknown", "Armenian security forces",
       152, None, None, None,
       "Armenia's defence ministry said on Thursday that 98 of its servicemen had been killed in two days of fighting along the border with Azerbaijan, which began shortly after midnight on Tuesday with artillery and drone strikes on Armenian positions near the towns of Vardenis, Goris, Jermuk and Kapan. [...] Azerbaijan, which says 54 of its own soldiers were killed, accused Armenia of \"large-scale provocations\" and said its forces had only responded to Armenian sabotage groups laying mines. Yerevan said the attack was unprovoked.",
       note="152 = 98 Armenian + 54 Azerbaijani soldiers (each side's own losses); who attacked is disputed: actor1 unknown; one combined toll for the border sector, admin of the largest part (Goris, Kapan)"),
    ev("Shells and drones hit Jermuk, setting fire to houses and a hotel and wounding three civilians; Azerbaijan said it took 'local measures' against firing points there.",
       "2022-09-13", "‘in the early hours of Tuesday’ before the Thursday 2022-09-15 dateline: Tuesday 2022-09-13",
       "Jermuk", "Vayots Dzor", "AM", "explosion", "Azerbaijani security forces", "civilians",
       None, None, 3, None,
       "Shells and drones hit the spa town of Jermuk in the early hours of Tuesday, setting fire to several houses and a hotel and wounding three civilians, the Armenian ombudsman's office said. Azerbaijan's defence ministry said its units had taken \"local measures\" against \"firing points\" in the area.",
       note="Azerbaijan admits firing on the area and disputes the targets, so it stays actor1"),
    ev("Shelling damaged houses in Kalbajar district and wounded two civilians; Azerbaijan blamed Armenia, which called the claim disinformation.",
       None, "no day given; during the fighting that began ‘shortly after midnight on Tuesday’",
       "Kalbajar", "Kalbajar", "AZ", "explosion", "unknown", "civilians",
       None, None, 2, None,
       "Azerbaijan's prosecutor general said Armenian shelling had damaged houses in the Kalbajar district and wounded two civilians. Armenia's defence ministry called the claim \"disinformation\".",
       note="blamed by Azerbaijan, denied by Armenia: actor1 unknown"),
    ev("Armenian officials said Azerbaijani troops had advanced and held about 10 square kilometres of Armenian territory.",
       None, "reported ‘on Wednesday’ (Wednesday 2022-09-14); no place or day of the advance",
       "Armenian border areas", "Syunik", "AM", "territory_gain", "Azerbaijani security forces", "Armenian security forces",
       None, None, None, None,
       "Armenian officials said on Wednesday that Azerbaijani troops had advanced and now held about 10 square kilometres of Armenian territory. Baku did not comment.",
       note="no place named", optional=True),
],
figures=[
    fig("displaced", 3100, "Gegharkunik, Syunik and Vayots Dzor",
        "About 3,100 people, most of them women and children, were evacuated from border villages in Gegharkunik, Syunik and Vayots Dzor provinces, the Armenian government said."),
    fig("killed", 6500, "Nagorno-Karabakh",
        "The two countries fought a six-week war over Nagorno-Karabakh in 2020 that killed more than 6,500 people"),
])

report("h19-27", "2023-03-08", "https://www.example-jerusalemdispatch.com/westbank/2023/03/08/jenin-raid-huwara-shooting-settlers",
"""
Four Palestinians killed in Jenin raid; settlers torch cars in Turmus Ayya

RAMALLAH, March 8 (Jerusalem Dispatch) - Israeli forces killed four Palestinians during a raid on the Jenin refugee camp on Tuesday, the Palestinian Health Ministry said, in the latest of a string of deadly army operations in the northern West Bank.

The ministry said 11 other Palestinians were wounded, two of them seriously. The Jenin Brigade, a local armed group linked to Islamic Jihad, said three of the dead were its fighters and that its members had fired at the troops and thrown explosive devices. The Israeli army said its forces had come to arrest two wanted men, exchanged fire with gunmen, and that a soldier was lightly wounded by shrapnel.

On Monday evening, a Palestinian gunman opened fire at an Israeli car near the Huwara checkpoint south of Nablus, wounding the driver, a man in his thirties, the army said. The gunman fled, and troops set up roadblocks in the area to search for him.

Israeli settlers set fire to two cars and the ground floor of a house in the village of Turmus Ayya, north of Ramallah, late on Sunday, the village council said. No one was hurt. Residents said the settlers had come from a nearby outpost.

The army said on Wednesday that it had arrested 14 wanted Palestinians in overnight raids across the West Bank. It did not name the places.

At least 67 Palestinians, militants and civilians, have been killed by Israeli fire in the West Bank and East Jerusalem since January, according to the Health Ministry, while Palestinian attacks have killed 12 Israelis over the same period. The UN has warned that the violence could spiral ahead of the Muslim holy month of Ramadan, which begins this month.
""",
events=[
    ev("Israeli forces raided the Jenin refugee camp and exchanged fire with gunmen; four Palestinians, three of them Jenin Brigade fighters, were killed, 11 Palestinians and a soldier wounded.",
       "2023-03-07", "‘on Tuesday’ before the Wednesday 2023-03-08 dateline: Tuesday 2023-03-07",
       "Jenin refugee camp", "West Bank", "PS", "battle", "Israeli security forces", "Palestinian Islamic Jihad",
       4, None, 12, None,
       "Israeli forces killed four Palestinians during a raid on the Jenin refugee camp on Tuesday, the Palestinian Health Ministry said [...] The ministry said 11 other Palestinians were wounded, two of them seriously. The Jenin Brigade, a local armed group linked to Islamic Jihad, said three of the dead were its fighters [...] a soldier was lightly wounded by shrapnel.",
       note="wounded 12 = 11 Palestinians + 1 soldier; an arrest raid, so the army is actor1; the Jenin Brigade is linked to Islamic Jihad"),
    ev("A Palestinian gunman opened fire at an Israeli car near the Huwara checkpoint, wounding the driver, and fled.",
       "2023-03-06", "‘On Monday evening’ before the Wednesday 2023-03-08 dateline: Monday 2023-03-06",
       "Huwara checkpoint", "West Bank", "PS", "attack_on_civilians", "militants (unidentified)", "civilians",
       None, None, 1, None,
       "On Monday evening, a Palestinian gunman opened fire at an Israeli car near the Huwara checkpoint south of Nablus, wounding the driver, a man in his thirties, the army said."),
    ev("Israeli settlers set fire to two cars and the ground floor of a house in Turmus Ayya; no one was hurt.",
       "2023-03-05", "‘late on Sunday’ before the Wednesday 2023-03-08 dateline: Sunday 2023-03-05",
       "Turmus Ayya", "West Bank", "PS", "other", "Israeli settlers", "civilians",
       0, None, 0, None,
       "Israeli settlers set fire to two cars and the ground floor of a house in the village of Turmus Ayya, north of Ramallah, late on Sunday, the village council said. No one was hurt.",
       note="arson of Palestinian property ('other')"),
    ev("The army arrested 14 wanted Palestinians in overnight raids across the West Bank, without naming places.",
       "2023-03-07", "raids ‘overnight’, announced ‘on Wednesday’ (the Wednesday 2023-03-08 dateline): the night of Tuesday 2023-03-07",
       "West Bank", "West Bank", "PS", "arrest", "Israeli security forces", "civilians",
       None, None, None, None,
       "The army said on Wednesday that it had arrested 14 wanted Palestinians in overnight raids across the West Bank. It did not name the places.",
       note="no place named", arrested=14, optional=True),
],
figures=[
    fig("killed", 67, "West Bank and East Jerusalem",
        "At least 67 Palestinians, militants and civilians, have been killed by Israeli fire in the West Bank and East Jerusalem since January, according to the Health Ministry"),
    fig("killed", 12, "Israel and the West Bank",
        "Palestinian attacks have killed 12 Israelis over the same period",
        note="Israelis"),
])

report("h19-28", "2022-09-13", "https://www.example-kharkivtoday.com/war/2022/09/13/kupiansk-velykyi-burluk-power-strike",
"""
Ukrainian flag over Kupiansk as counter-offensive sweeps east; Russian strike cuts Kharkiv power

KHARKIV, September 13 (Kharkiv Today) - Ukrainian troops entered the railway hub of Kupiansk on Saturday and raised the national flag over the town council building, the regional council said, the biggest prize so far of a lightning counter-offensive in Kharkiv region.

Russia's defence ministry said the same day that its forces were "regrouping" from the Balakliia and Izium areas to reinforce the Donetsk front. Military bloggers in Russia described a chaotic retreat, with tanks and ammunition abandoned on the roads.

On Sunday, Ukrainian units reached Velykyi Burluk, near the Russian border, after Russian troops pulled out overnight, the regional governor said. There were no reports of fighting in the town.

Late on Sunday, Russian missiles struck an electricity substation in Kharkiv, killing one worker and wounding two, and plunging much of the city and the region into darkness, the governor said. Power was partly restored by Monday afternoon. Officials in Kyiv called the strikes revenge for the army's advance.

In Balakliia, which was retaken last week, police said they had found the bodies of two men with gunshot wounds in a garage and were investigating whether they had been killed by Russian soldiers.

The General Staff says Ukrainian forces have retaken about 4,000 square kilometres of territory this month. Kharkiv's regional administration says some 150,000 residents of the region remained in areas held by Russian forces before the offensive began.
""",
events=[
    ev("Ukrainian troops entered Kupiansk and raised the national flag over the town council building.",
       "2022-09-10", "‘on Saturday’ before the Tuesday 2022-09-13 dateline: Saturday 2022-09-10",
       "Kupiansk", "Kharkiv", "UA", "territory_gain", "Ukrainian security forces", "Russian security forces",
       None, None, None, None,
       "Ukrainian troops entered the railway hub of Kupiansk on Saturday and raised the national flag over the town council building, the regional council said"),
    ev("Ukrainian units reached Velykyi Burluk after Russian troops pulled out overnight; no fighting reported in the town.",
       "2022-09-11", "‘On Sunday’ before the Tuesday 2022-09-13 dateline: Sunday 2022-09-11",
       "Velykyi Burluk", "Kharkiv", "UA", "territory_gain", "Ukrainian security forces", "Russian security forces",
       None, None, None, None,
       "On Sunday, Ukrainian units reached Velykyi Burluk, near the Russian border, after Russian troops pulled out overnight, the regional governor said. There were no reports of fighting in the town."),
    ev("Russian missiles struck an electricity substation in Kharkiv, killing one worker and wounding two and cutting power to much of the region.",
       "2022-09-11", "‘Late on Sunday’ before the Tuesday 2022-09-13 dateline: Sunday 2022-09-11",
       "Kharkiv", "Kharkiv", "UA", "explosion", "Russian security forces", "civilians",
       1, None, 2, None,
       "Late on Sunday, Russian missiles struck an electricity substation in Kharkiv, killing one worker and wounding two, and plunging much of the city and the region into darkness, the governor said."),
    ev("Ukrainian forces retook Balakliia; Russia said it was 'regrouping' its forces from the Balakliia and Izium areas.",
       None, "‘retaken last week’; no day given",
       "Balakliia", "Kharkiv", "UA", "territory_gain", "Ukrainian security forces", "Russian security forces",
       None, None, None, None,
       "Russia's defence ministry said the same day that its forces were \"regrouping\" from the Balakliia and Izium areas to reinforce the Donetsk front. [...] In Balakliia, which was retaken last week",
       note="told in passing, dated only 'last week'", optional=True),
    ev("Police found the bodies of two men with gunshot wounds in a garage in Balakliia and were investigating whether Russian soldiers killed them.",
       None, "day of the killing not known; Balakliia was ‘retaken last week’",
       "Balakliia", "Kharkiv", "UA", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "In Balakliia, which was retaken last week, police said they had found the bodies of two men with gunshot wounds in a garage and were investigating whether they had been killed by Russian soldiers.",
       note="bodies found, killers and day unknown", optional=True),
],
figures=[
    fig("other", 4000, "Kharkiv region",
        "The General Staff says Ukrainian forces have retaken about 4,000 square kilometres of territory this month.",
        note="square kilometres retaken"),
    fig("other", 150000, "Kharkiv region",
        "some 150,000 residents of the region remained in areas held by Russian forces before the offensive began",
        note="residents under occupation"),
])

report("h19-29", "2020-01-18", "https://www.example-maghrebwire.com/libya/2020/01/18/berlin-conference-preview",
"""
World powers meet in Berlin to shore up shaky Libya truce

BERLIN, January 18 (Maghreb Wire) - Leaders and ministers from a dozen countries gather in Berlin on Sunday to try to turn a fragile ceasefire around Tripoli into a lasting truce and to stop the flow of foreign weapons and fighters into Libya.

The ceasefire, called for by Turkey and Russia, has largely held since January 12, though both sides have accused each other of violations on the southern edges of the capital. Talks in Moscow this week ended without a deal after Khalifa Haftar, commander of the eastern-based Libyan National Army, left without signing.

Haftar's forces have been trying to take Tripoli, the seat of the UN-recognised Government of National Accord, since April. The UN mission says at least 287 civilians and more than 2,100 fighters have been killed in the offensive, and about 146,000 people have been driven from their homes.

Diplomats say both sides have been armed in breach of a UN embargo. Turkey has sent military advisers and drones to the government in Tripoli, and UN experts estimate that around 2,000 Syrian fighters have been flown in by Turkey to help defend the city. Haftar is backed by the United Arab Emirates and Egypt, and by between 800 and 1,200 Russian military contractors, according to Western officials.

"Every day the ceasefire holds is a gain, but without an end to foreign interference it will not survive the spring," a European diplomat said.

Oil output, Libya's main source of income, could also be at stake. Tribes loyal to Haftar have threatened to shut down export terminals in the east in protest at Turkey's intervention, which would cut the country's production of about 1.2 million barrels a day.

The conference is expected to set up a committee of five military officers from each side to monitor the truce.
""",
country_hint="LY",
figures=[
    fig("killed", 287, "Tripoli",
        "The UN mission says at least 287 civilians and more than 2,100 fighters have been killed in the offensive",
        note="civilians"),
    fig("killed", 2100, "Tripoli",
        "The UN mission says at least 287 civilians and more than 2,100 fighters have been killed in the offensive",
        note="fighters"),
    fig("displaced", 146000, "Tripoli",
        "about 146,000 people have been driven from their homes"),
    fig("fighters", 2000, "Tripoli",
        "UN experts estimate that around 2,000 Syrian fighters have been flown in by Turkey to help defend the city",
        note="Syrian fighters sent by Turkey"),
    fig("fighters", 800, "Libya",
        "by between 800 and 1,200 Russian military contractors, according to Western officials",
        note="800 to 1,200 Russian contractors"),
])

report("h19-30", "2021-01-16", "https://www.example-southernsyriaobserver.com/2021/01/16/tafas-killing-muzayrib-bomb-badia-ambush",
"""
Reconciliation official shot dead in Tafas; Islamic State ambush on army buses in the desert

AMMAN, January 16 (Southern Syria Observer) - Gunmen on a motorcycle shot dead a member of the local reconciliation committee in the town of Tafas, in Daraa province, on Wednesday evening as he left a mosque, residents and a monitoring group said.

The man had negotiated the 2018 settlement under which rebels in the area handed over heavy weapons and the government regained control of the south with Russian mediation. Nobody claimed the killing, the latest in a wave of assassinations that has hit former rebels, government informers and officials alike.

On Thursday, a roadside bomb struck a bus carrying soldiers near Muzayrib, west of Daraa city, killing three soldiers and wounding 12, the state news agency SANA said. It blamed "terrorists".

In the central desert, Islamic State militants ambushed three buses carrying soldiers and pro-government militiamen on the Palmyra to Deir ez-Zor highway near al-Shoula on Monday. SANA said nine "martyrs" had been killed. The Syrian Casualty Monitor put the toll at 19 and said most of the dead were members of the National Defence Forces militia. Islamic State claimed the attack.

The monitor said Russian warplanes carried out more than 30 raids on Islamic State hideouts in the desert between Palmyra and Deir ez-Zor on Tuesday and Wednesday, but it could not give a casualty toll.

The monitor has recorded more than 700 assassination attempts in Daraa province since the settlement of July 2018, in which about 490 people were killed. Residents blame the government's security agencies, Iran-backed militias, Islamic State cells and local feuds.
""",
events=[
    ev("Gunmen on a motorcycle shot dead a member of the local reconciliation committee in Tafas as he left a mosque.",
       "2021-01-13", "‘on Wednesday evening’ before the Saturday 2021-01-16 dateline: Wednesday 2021-01-13",
       "Tafas", "Daraa", "SY", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "Gunmen on a motorcycle shot dead a member of the local reconciliation committee in the town of Tafas, in Daraa province, on Wednesday evening as he left a mosque, residents and a monitoring group said.",
       note="assassination of a local official ('other'); nobody claimed it"),
    ev("A roadside bomb struck a bus carrying soldiers near Muzayrib, killing three and wounding 12.",
       "2021-01-14", "‘On Thursday’ before the Saturday 2021-01-16 dateline: Thursday 2021-01-14",
       "near Muzayrib", "Daraa", "SY", "explosion", "militants (unidentified)", "Syrian government forces",
       3, None, 12, None,
       "On Thursday, a roadside bomb struck a bus carrying soldiers near Muzayrib, west of Daraa city, killing three soldiers and wounding 12, the state news agency SANA said. It blamed \"terrorists\".",
       note="state media's 'terrorists', no group named"),
    ev("Islamic State militants ambushed three buses carrying soldiers and NDF militiamen on the Palmyra-Deir ez-Zor highway near al-Shoula; nine killed by state media, 19 by the monitor.",
       "2021-01-11", "‘on Monday’ before the Saturday 2021-01-16 dateline: Monday 2021-01-11",
       "al-Shoula", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian government forces",
       9, 19, None, None,
       "In the central desert, Islamic State militants ambushed three buses carrying soldiers and pro-government militiamen on the Palmyra to Deir ez-Zor highway near al-Shoula on Monday. SANA said nine \"martyrs\" had been killed. The Syrian Casualty Monitor put the toll at 19",
       note="conflicting tolls 9 (state media) vs 19 (monitor)"),
    ev("Russian warplanes carried out more than 30 raids on Islamic State hideouts in the desert between Palmyra and Deir ez-Zor over two days.",
       "2021-01-12", "‘on Tuesday and Wednesday’: dated on its first day, Tuesday 2021-01-12",
       "desert between Palmyra and Deir ez-Zor", "Homs", "SY", "explosion", "Russian security forces", "Islamic State",
       None, None, None, None,
       "The monitor said Russian warplanes carried out more than 30 raids on Islamic State hideouts in the desert between Palmyra and Deir ez-Zor on Tuesday and Wednesday, but it could not give a casualty toll.",
       note="an aggregate of raids over a wide desert area", optional=True),
],
figures=[
    fig("other", 700, "Daraa",
        "The monitor has recorded more than 700 assassination attempts in Daraa province since the settlement of July 2018",
        note="assassination attempts"),
    fig("killed", 490, "Daraa",
        "in which about 490 people were killed"),
])
# ---------------------------------------------------------------------------
# h19-31 .. h19-36
# ---------------------------------------------------------------------------

report("h19-31", "2024-01-18", "https://www.example-beirutwire.com/south/2024/01/18/naqoura-drone-metula-missile-bint-jbeil",
"""
Israeli drone kills two Hezbollah members near Naqoura; missile wounds soldiers at Metula

BEIRUT, January 18 (Beirut Wire) - An Israeli drone struck a car on the coastal road near Naqoura in south Lebanon on Wednesday afternoon, killing two Hezbollah members, security sources said. Hezbollah mourned the two men as "martyrs on the road to Jerusalem", the phrase it has used for fighters killed since October.

Hezbollah said it had fired a guided missile at an Israeli army post near the border town of Metula on Tuesday, "achieving a direct hit". The Israeli military said two soldiers were lightly wounded and that its artillery had struck the source of the fire.

A strike on a house in Bint Jbeil late on Monday killed a woman and her adult son, Lebanon's health ministry said. The Israeli army said its jets had hit "a Hezbollah military structure" in the area, without referring to the deaths.

Israeli artillery shelled the outskirts of Kfar Kila on Wednesday, setting fire to olive groves, the state-run National News Agency reported. There were no casualties.

The exchanges of fire, the worst since the 2006 war, began on October 8, a day after Hamas's attack on southern Israel. More than 183 people have been killed in Lebanon since then, most of them Hezbollah fighters but also about 24 civilians, according to a tally based on official statements. On the Israeli side, eight soldiers and six civilians have been killed, the army says.

About 74,000 people have fled their homes in south Lebanon, according to the UN migration agency, and some 82,000 Israelis have been evacuated from towns and kibbutzim along the northern border.

Western envoys have been shuttling between Beirut and Israel to try to stop the fighting from turning into a full war. Hezbollah says it will stop firing only when Israel halts its offensive in Gaza.
""",
events=[
    ev("An Israeli drone struck a car on the coastal road near Naqoura, killing two Hezbollah members.",
       "2024-01-17", "‘on Wednesday afternoon’ before the Thursday 2024-01-18 dateline: Wednesday 2024-01-17",
       "near Naqoura", "South", "LB", "explosion", "Israeli security forces", "Hezbollah",
       2, None, None, None,
       "An Israeli drone struck a car on the coastal road near Naqoura in south Lebanon on Wednesday afternoon, killing two Hezbollah members, security sources said."),
    ev("Hezbollah fired a guided missile at an Israeli army post near Metula; two soldiers were lightly wounded.",
       "2024-01-16", "‘on Tuesday’ before the Thursday 2024-01-18 dateline: Tuesday 2024-01-16",
       "army post near Metula", "Northern District", "IL", "explosion", "Hezbollah", "Israeli security forces",
       None, None, 2, None,
       "Hezbollah said it had fired a guided missile at an Israeli army post near the border town of Metula on Tuesday, \"achieving a direct hit\". The Israeli military said two soldiers were lightly wounded",
       note="claimed by Hezbollah; the Israeli return fire on 'the source' is not placed"),
    ev("A strike on a house in Bint Jbeil killed a woman and her adult son; the Israeli army said it hit a Hezbollah military structure.",
       "2024-01-15", "‘late on Monday’ before the Thursday 2024-01-18 dateline: Monday 2024-01-15",
       "Bint Jbeil", "Nabatieh", "LB", "explosion", "Israeli security forces", "civilians",
       2, None, None, None,
       "A strike on a house in Bint Jbeil late on Monday killed a woman and her adult son, Lebanon's health ministry said. The Israeli army said its jets had hit \"a Hezbollah military structure\" in the area, without referring to the deaths.",
       note="Israel admits the strike and names a different target; the dead are reported as civilians"),
    ev("Israeli artillery shelled the outskirts of Kfar Kila, setting fire to olive groves; no casualties.",
       "2024-01-17", "‘on Wednesday’ before the Thursday 2024-01-18 dateline: Wednesday 2024-01-17",
       "Kfar Kila", "Nabatieh", "LB", "explosion", "Israeli security forces", "none",
       0, None, 0, None,
       "Israeli artillery shelled the outskirts of Kfar Kila on Wednesday, setting fire to olive groves, the state-run National News Agency reported. There were no casualties."),
],
figures=[
    fig("killed", 183, "Lebanon",
        "More than 183 people have been killed in Lebanon since then, most of them Hezbollah fighters but also about 24 civilians"),
    fig("killed", 14, "northern Israel",
        "On the Israeli side, eight soldiers and six civilians have been killed, the army says.",
        note="= 8 soldiers + 6 civilians"),
    fig("displaced", 74000, "south Lebanon",
        "About 74,000 people have fled their homes in south Lebanon, according to the UN migration agency"),
    fig("displaced", 82000, "northern Israel",
        "some 82,000 Israelis have been evacuated from towns and kibbutzim along the northern border"),
])

report("h19-32", "2024-01-30", "https://www.example-gulfdesk.com/iraq/2024/01/30/ain-al-asad-drone-jurf-al-nasr-strikes-sinjar",
"""
US strikes Kataib Hezbollah sites south of Baghdad as militia attacks continue

BAGHDAD, January 30 (Gulf Desk) - A drone attack on the Ain al-Asad air base in Iraq's western Anbar province on Saturday left two American service members with minor injuries, a US defence official said. The Islamic Resistance in Iraq, an umbrella for Iran-aligned armed groups, claimed the attack in a statement on Telegram.

The attack came three days after US aircraft struck three facilities used by Kataib Hezbollah at Jurf al-Nasr, south of Baghdad, on Wednesday. The Popular Mobilisation Forces, the state-sanctioned umbrella that includes Kataib Hezbollah, said two of its members were killed and two wounded. The Iraqi government condemned the strikes as "a clear violation of sovereignty".

In the north, a drone struck a car near Sinune in the Sinjar district on Sunday, killing three members of the Sinjar Resistance Units (YBS), a Yazidi force linked to the PKK, a local official said. Turkey's defence ministry said it had "neutralised" three PKK terrorists in the Sinjar region.

Late on Monday, Islamic State militants attacked an army post in the Mutaibija area, on the border between Salahuddin and Diyala provinces, killing two soldiers and wounding an officer, the Security Media Cell said. Troops were combing the area for the attackers.

The Islamic Resistance in Iraq has claimed at least 146 attacks on US forces in Iraq and Syria since mid-October, which it says are in support of Gaza. The US has some 900 troops in Syria and a larger contingent in Iraq as part of the coalition against Islamic State, and Baghdad and Washington have begun talks on the coalition's future.
""",
events=[
    ev("A drone attack on Ain al-Asad air base left two US service members with minor injuries; the Islamic Resistance in Iraq claimed it.",
       "2024-01-27", "‘on Saturday’ before the Tuesday 2024-01-30 dateline: Saturday 2024-01-27",
       "Ain al-Asad air base", "Anbar", "IQ", "explosion", "Islamic Resistance in Iraq", "US forces",
       None, None, 2, None,
       "A drone attack on the Ain al-Asad air base in Iraq's western Anbar province on Saturday left two American service members with minor injuries, a US defence official said. The Islamic Resistance in Iraq, an umbrella for Iran-aligned armed groups, claimed the attack in a statement on Telegram."),
    ev("US aircraft struck three Kataib Hezbollah facilities at Jurf al-Nasr; the PMF said two of its members were killed and two wounded.",
       "2024-01-24", "‘on Wednesday’, ‘three days’ before the Saturday 2024-01-27 attack: Wednesday 2024-01-24",
       "Jurf al-Nasr", "Babil", "IQ", "explosion", "US forces", "Kataib Hezbollah",
       2, None, 2, None,
       "The attack came three days after US aircraft struck three facilities used by Kataib Hezbollah at Jurf al-Nasr, south of Baghdad, on Wednesday. The Popular Mobilisation Forces, the state-sanctioned umbrella that includes Kataib Hezbollah, said two of its members were killed and two wounded.",
       note="Kataib Hezbollah is part of the PMF"),
    ev("A Turkish drone struck a car near Sinune in Sinjar district, killing three YBS members; Turkey said it 'neutralised' three PKK militants there.",
       "2024-01-28", "‘on Sunday’ before the Tuesday 2024-01-30 dateline: Sunday 2024-01-28",
       "near Sinune", "Nineveh", "IQ", "explosion", "Turkish security forces", "Sinjar Resistance Units (YBS)",
       3, None, None, None,
       "In the north, a drone struck a car near Sinune in the Sinjar district on Sunday, killing three members of the Sinjar Resistance Units (YBS), a Yazidi force linked to the PKK, a local official said. Turkey's defence ministry said it had \"neutralised\" three PKK terrorists in the Sinjar region.",
       note="Turkey's statement attributes the strike; the toll is the local official's"),
    ev("Islamic State militants attacked an army post in the Mutaibija area, killing two soldiers and wounding an officer.",
       "2024-01-29", "‘Late on Monday’ before the Tuesday 2024-01-30 dateline: Monday 2024-01-29",
       "Mutaibija", "Salahuddin", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       2, None, 1, None,
       "Late on Monday, Islamic State militants attacked an army post in the Mutaibija area, on the border between Salahuddin and Diyala provinces, killing two soldiers and wounding an officer, the Security Media Cell said."),
],
figures=[
    fig("other", 146, "Iraq and Syria",
        "The Islamic Resistance in Iraq has claimed at least 146 attacks on US forces in Iraq and Syria since mid-October",
        note="claimed attacks"),
    fig("fighters", 900, "Syria",
        "The US has some 900 troops in Syria",
        note="US troops"),
])

report("h19-33", "2023-12-10", "https://www.example-kyivcourier.com/politics/2023/12/10/mobilisation-bill-debate",
"""
Ukraine's parliament wrangles over mobilisation bill as war nears third winter

KYIV, December 10 (Kyiv Courier) - Ukrainian lawmakers are struggling to agree on a bill that would lower the age of conscription and tighten penalties for draft dodgers, as commanders warn that units on the front line are exhausted after nearly two years of full-scale war.

The draft, submitted by the defence ministry last month, would lower the minimum age for mobilisation from 27 to 25 and require all men of military age to update their details at enlistment offices. Opponents say it would hurt the economy and push more men to flee abroad. A vote could come before the end of the year.

The army has asked for up to 400,000 more troops next year to replace losses and to allow men who have served since 2022 to be rotated out, according to two lawmakers who attended a closed briefing. Ukraine's armed forces number about 850,000, officials say, though fewer than a third of them are in combat units.

Russia has kept up its assaults around Avdiivka, Marinka and Bakhmut since October, while Ukrainian marines hold small bridgeheads on the left bank of the Dnipro in Kherson region. Neither side has made significant gains since the summer, and Ukraine's commander-in-chief has described the war as a "stalemate".

The UN human rights mission says at least 10,100 civilians have been killed in Ukraine since February 2022, and warns that the true figure is likely considerably higher. About 6.2 million Ukrainians are registered as refugees abroad, and some 3.7 million remain displaced inside the country.

Western aid is also in doubt. A $61 billion package is stuck in the US Congress, and Hungary is blocking a 50 billion euro EU support fund. Officials in Kyiv say they can pay soldiers' salaries into the new year but that shortages of artillery shells are growing.
""",
country_hint="UA",
figures=[
    fig("fighters", 400000, "Ukraine",
        "The army has asked for up to 400,000 more troops next year",
        note="requested recruits"),
    fig("fighters", 850000, "Ukraine",
        "Ukraine's armed forces number about 850,000, officials say"),
    fig("killed", 10100, "Ukraine",
        "The UN human rights mission says at least 10,100 civilians have been killed in Ukraine since February 2022"),
    fig("displaced", 6200000, "abroad",
        "About 6.2 million Ukrainians are registered as refugees abroad",
        note="refugees"),
    fig("displaced", 3700000, "Ukraine",
        "some 3.7 million remain displaced inside the country"),
])

report("h19-34", "2024-03-07", "https://www.example-medpress.com/gaza/2024/03/07/rafah-tal-al-sultan-strike-hamad-khan-younis",
"""
Strike on Rafah house kills at least 11; army says 30 militants killed in Khan Younis

RAFAH, Gaza Strip, March 7 (Mediterranean Press) - An Israeli air strike hit a house sheltering displaced families in the Tal al-Sultan neighbourhood of Rafah late on Wednesday, killing 11 people, among them five children, the Gaza health ministry said. The civil defence service said its crews had recovered 14 bodies from the rubble by morning.

Relatives said the families had fled from Gaza City in November. The Israeli military did not comment on the strike.

In Khan Younis, the army said its troops had killed about 30 militants in close-quarters fighting and air strikes in the Hamad area on Tuesday, and found rocket launchers and tunnel shafts. Hamas's armed wing said its fighters had ambushed Israeli forces in the same area with anti-tank rockets.

The military said on Tuesday that two soldiers were killed on Monday when an explosive device went off in a building in Beit Hanoun, in the north of the Strip. The Qassam Brigades said they had booby-trapped the building.

In Israel, the armed wing of Islamic Jihad claimed a salvo of rockets at Sderot on Wednesday. One rocket hit a street, lightly wounding a man, the Magen David Adom ambulance service said.

The health ministry in Gaza says 30,631 Palestinians have been killed and more than 72,100 wounded since the war began on October 7, when Hamas-led gunmen killed about 1,200 people in southern Israel and took some 250 hostages. Some 130 hostages remain in Gaza, Israel says. The army says 243 soldiers have been killed since the start of its ground operation.

About 1.6 million people are now crammed into Rafah, on the border with Egypt, according to the UN, and aid agencies warn of famine in the north. Mediators in Cairo were trying to secure a truce before the start of Ramadan.
""",
events=[
    ev("An Israeli air strike hit a house sheltering displaced families in Tal al-Sultan, Rafah, killing 11 including five children (health ministry); the civil defence recovered 14 bodies.",
       "2024-03-06", "‘late on Wednesday’ before the Thursday 2024-03-07 dateline: Wednesday 2024-03-06",
       "Tal al-Sultan", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
       11, 14, None, None,
       "An Israeli air strike hit a house sheltering displaced families in the Tal al-Sultan neighbourhood of Rafah late on Wednesday, killing 11 people, among them five children, the Gaza health ministry said. The civil defence service said its crews had recovered 14 bodies from the rubble by morning.",
       note="conflicting counts 11 (ministry) vs 14 (civil defence)"),
    ev("Israeli troops fought militants with close-quarters fighting and air strikes in the Hamad area of Khan Younis; the army said about 30 militants were killed.",
       "2024-03-05", "‘on Tuesday’ before the Thursday 2024-03-07 dateline: Tuesday 2024-03-05",
       "Hamad", "Gaza Strip", "PS", "battle", "Israeli security forces", "Hamas",
       30, None, None, None,
       "In Khan Younis, the army said its troops had killed about 30 militants in close-quarters fighting and air strikes in the Hamad area on Tuesday, and found rocket launchers and tunnel shafts. Hamas's armed wing said its fighters had ambushed Israeli forces in the same area with anti-tank rockets.",
       note="the army's own count of enemy dead is used"),
    ev("Two soldiers were killed when an explosive device booby-trapped by the Qassam Brigades went off in a building in Beit Hanoun.",
       "2024-03-04", "‘on Monday’ (announced ‘on Tuesday’) before the Thursday 2024-03-07 dateline: Monday 2024-03-04",
       "Beit Hanoun", "Gaza Strip", "PS", "explosion", "Hamas", "Israeli security forces",
       2, None, None, None,
       "The military said on Tuesday that two soldiers were killed on Monday when an explosive device went off in a building in Beit Hanoun, in the north of the Strip. The Qassam Brigades said they had booby-trapped the building.",
       note="claimed by Hamas's armed wing"),
    ev("Islamic Jihad's armed wing fired rockets at Sderot; one hit a street, lightly wounding a man.",
       "2024-03-06", "‘on Wednesday’ before the Thursday 2024-03-07 dateline: Wednesday 2024-03-06",
       "Sderot", "Southern District", "IL", "explosion", "Palestinian Islamic Jihad", "civilians",
       None, None, 1, None,
       "In Israel, the armed wing of Islamic Jihad claimed a salvo of rockets at Sderot on Wednesday. One rocket hit a street, lightly wounding a man, the Magen David Adom ambulance service said."),
],
figures=[
    fig("killed", 30631, "Gaza Strip",
        "The health ministry in Gaza says 30,631 Palestinians have been killed and more than 72,100 wounded since the war began on October 7"),
    fig("wounded", 72100, "Gaza Strip",
        "The health ministry in Gaza says 30,631 Palestinians have been killed and more than 72,100 wounded since the war began on October 7"),
    fig("other", 130, "Gaza Strip",
        "Some 130 hostages remain in Gaza, Israel says.",
        note="hostages"),
    fig("killed", 243, "Gaza Strip",
        "The army says 243 soldiers have been killed since the start of its ground operation.",
        note="Israeli soldiers"),
    fig("displaced", 1600000, "Rafah",
        "About 1.6 million people are now crammed into Rafah, on the border with Egypt, according to the UN"),
])

report("h19-35", "2024-02-23", "https://www.example-easteuropedesk.com/ukraine/2024/02/23/after-avdiivka-odesa-drones-selydove",
"""
Russia presses on after Avdiivka as drones hit Odesa and bombs fall on Selydove

KYIV, February 23 (Eastern Europe Desk) - Russian drones struck a residential area of Odesa overnight into Thursday, killing two people and wounding five, the regional governor said, as Moscow kept up pressure along the front a week after its troops took the town of Avdiivka.

Air defences shot down most of the drones, but debris and one direct hit set fire to a three-storey building and several cars near the port, the governor said.

Ukraine's army said its last units had pulled out of Avdiivka on Saturday to avoid encirclement, ending a four-month battle for the town north of Donetsk. Russia's defence ministry said its forces had taken "full control" of it.

On Tuesday, Russian guided bombs hit the centre of Selydove, west of Avdiivka, killing three civilians, the Donetsk regional governor said. He urged residents of front-line towns to leave.

Russia's defence ministry said on Wednesday that its troops had captured the village of Pobieda, southwest of Donetsk. A spokesman for Ukraine's forces in the area denied this, saying fighting for the village was continuing.

In Russian-held Horlivka, the Moscow-installed mayor said a Ukrainian drone had hit a bus stop on Monday, killing two people. Ukraine's military did not comment.

The UN human rights mission says at least 10,480 civilians have been killed in Ukraine since Russia's full-scale invasion two years ago. Ukraine's military says it needs more artillery shells and air defence missiles after a US aid package stalled in Congress.
""",
events=[
    ev("Russian drones struck a residential area of Odesa near the port, killing two and wounding five.",
       "2024-02-21", "‘overnight into Thursday’ before the Friday 2024-02-23 dateline: the night of Wednesday 2024-02-21",
       "Odesa", "Odesa", "UA", "explosion", "Russian security forces", "civilians",
       2, None, 5, None,
       "Russian drones struck a residential area of Odesa overnight into Thursday, killing two people and wounding five, the regional governor said"),
    ev("Ukraine's last units pulled out of Avdiivka to avoid encirclement; Russia said it took full control of the town.",
       "2024-02-17", "‘on Saturday’ before the Friday 2024-02-23 dateline: Saturday 2024-02-17",
       "Avdiivka", "Donetsk", "UA", "territory_gain", "Russian security forces", "Ukrainian security forces",
       None, None, None, None,
       "Ukraine's army said its last units had pulled out of Avdiivka on Saturday to avoid encirclement, ending a four-month battle for the town north of Donetsk. Russia's defence ministry said its forces had taken \"full control\" of it."),
    ev("Russian guided bombs hit the centre of Selydove, killing three civilians.",
       "2024-02-20", "‘On Tuesday’ before the Friday 2024-02-23 dateline: Tuesday 2024-02-20",
       "Selydove", "Donetsk", "UA", "explosion", "Russian security forces", "civilians",
       3, None, None, None,
       "On Tuesday, Russian guided bombs hit the centre of Selydove, west of Avdiivka, killing three civilians, the Donetsk regional governor said."),
    ev("Russia said its troops captured Pobieda, southwest of Donetsk; Ukraine denied it, saying fighting continued.",
       None, "claimed ‘on Wednesday’ (Wednesday 2024-02-21); the day of the capture is not stated",
       "Pobieda", "Donetsk", "UA", "territory_gain", "Russian security forces", "Ukrainian security forces",
       None, None, None, None,
       "Russia's defence ministry said on Wednesday that its troops had captured the village of Pobieda, southwest of Donetsk. A spokesman for Ukraine's forces in the area denied this, saying fighting for the village was continuing.",
       note="capture claimed and denied", optional=True),
    ev("A drone hit a bus stop in Russian-held Horlivka, killing two people; the Moscow-installed mayor blamed Ukraine, which did not comment.",
       "2024-02-19", "‘on Monday’ before the Friday 2024-02-23 dateline: Monday 2024-02-19",
       "Horlivka", "Donetsk", "UA", "explosion", "Ukrainian security forces", "civilians",
       2, None, None, None,
       "In Russian-held Horlivka, the Moscow-installed mayor said a Ukrainian drone had hit a bus stop on Monday, killing two people. Ukraine's military did not comment.",
       note="blamed by the Russian-installed mayor, not denied"),
],
figures=[
    fig("killed", 10480, "Ukraine",
        "The UN human rights mission says at least 10,480 civilians have been killed in Ukraine since Russia's full-scale invasion two years ago."),
])

report("h19-36", "2021-01-14", "https://www.example-southcaucasusreport.com/armenia/2021/01/14/two-months-after-war-missing-returns",
"""
Two months after Karabakh war, Armenia counts its dead and missing

YEREVAN, January 14 (South Caucasus Report) - Two months after a Russian-brokered ceasefire ended six weeks of war over Nagorno-Karabakh, Armenian families are still waiting for news of hundreds of soldiers who never came home, and the government faces growing anger over the defeat.

Armenia's health ministry says 3,360 Armenian servicemen were killed in the fighting, and search teams working in areas now under Azerbaijani or Russian control have recovered more than 1,350 bodies since the ceasefire, many of them still unidentified. The defence ministry says it is still looking for about 190 missing soldiers and that Azerbaijan is holding at least 60 prisoners of war.

Azerbaijan says 2,830 of its servicemen were killed, and about 100 Azerbaijani civilians died in shelling and missile strikes on its towns.

Under the ceasefire, Azerbaijan kept the territory it captured in the war, including the town of Shusha, and took back three districts that Armenian forces had held since the 1990s. About 2,000 Russian peacekeepers now patrol the line of contact and the Lachin corridor, the only road linking Karabakh with Armenia.

Around 90,000 people fled Karabakh during the fighting, and about 48,000 of them have returned so far, according to figures released by the Russian peacekeeping command. Many others have nowhere to go back to because their villages are now in Azerbaijani hands.

Prime Minister Nikol Pashinyan, who signed the deal, has rejected opposition demands that he resign and has offered early elections. Opposition leaders accuse him of surrendering land that Armenian soldiers had died for, while he says the army faced collapse.
""",
country_hint="AM",
figures=[
    fig("killed", 3360, "Nagorno-Karabakh",
        "Armenia's health ministry says 3,360 Armenian servicemen were killed in the fighting",
        note="Armenian servicemen"),
    fig("other", 1350, "Nagorno-Karabakh",
        "search teams working in areas now under Azerbaijani or Russian control have recovered more than 1,350 bodies since the ceasefire",
        note="bodies recovered"),
    fig("other", 190, "Nagorno-Karabakh",
        "The defence ministry says it is still looking for about 190 missing soldiers",
        note="missing soldiers"),
    fig("other", 60, "Azerbaijan",
        "Azerbaijan is holding at least 60 prisoners of war",
        note="prisoners of war"),
    fig("killed", 2830, "Azerbaijan",
        "Azerbaijan says 2,830 of its servicemen were killed",
        note="Azerbaijani servicemen"),
    fig("killed", 100, "Azerbaijan",
        "about 100 Azerbaijani civilians died in shelling and missile strikes on its towns",
        note="Azerbaijani civilians"),
    fig("fighters", 2000, "Nagorno-Karabakh",
        "About 2,000 Russian peacekeepers now patrol the line of contact and the Lachin corridor",
        note="Russian peacekeepers"),
    fig("displaced", 90000, "Nagorno-Karabakh",
        "Around 90,000 people fled Karabakh during the fighting"),
    fig("returned", 48000, "Nagorno-Karabakh",
        "about 48,000 of them have returned so far, according to figures released by the Russian peacekeeping command"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"SY", "IQ", "YE", "LY", "EG", "TR", "IL", "PS", "LB", "UA", "AM", "AZ"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Aleppo": "SY", "Idlib": "SY", "Hama": "SY", "Homs": "SY", "Raqqa": "SY", "Deir ez-Zor": "SY",
    "Hasakah": "SY", "Daraa": "SY",
    "Baghdad": "IQ", "Nineveh": "IQ", "Anbar": "IQ", "Salahuddin": "IQ", "Diyala": "IQ", "Erbil": "IQ",
    "Babil": "IQ", "Dhi Qar": "IQ", "Basra": "IQ", "Karbala": "IQ",
    "Aden": "YE", "Sanaa": "YE", "Dhale": "YE", "Hadramawt": "YE",
    "Sirte": "LY", "Tripoli": "LY",
    "North Sinai": "EG",
    "Hakkari": "TR", "Mardin": "TR", "Diyarbakir": "TR", "Sanliurfa": "TR",
    "Southern District": "IL", "Northern District": "IL",
    "Gaza Strip": "PS", "West Bank": "PS",
    "North": "LB", "South": "LB", "Nabatieh": "LB", "Baalbek-Hermel": "LB",
    "Donetsk": "UA", "Luhansk": "UA", "Kharkiv": "UA", "Kherson": "UA", "Mykolaiv": "UA", "Odesa": "UA",
    "Syunik": "AM", "Vayots Dzor": "AM",
    "Ganja": "AZ", "Khankendi": "AZ", "Khojavend": "AZ", "Kalbajar": "AZ",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Syrian government forces", "Syrian rebels", "Islamic State", "Syrian Democratic Forces",
    "US-led coalition", "Russian security forces", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
    "Turkish-backed Syrian rebels",
    "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces", "Kataib Hezbollah",
    "Islamic Resistance in Iraq", "Sinjar Resistance Units (YBS)", "US forces",
    "Turkish security forces", "PKK",
    "Houthis", "Saudi-led coalition", "Yemeni government forces", "al-Qaeda in the Arabian Peninsula",
    "Southern Transitional Council",
    "GNA forces", "Libyan National Army",
    "Egyptian security forces", "Ansar Bayt al-Maqdis",
    "Israeli security forces", "Hamas", "Palestinian Islamic Jihad", "Israeli settlers",
    "Hezbollah", "Lebanese security forces", "Bab al-Tabbaneh gunmen", "Jabal Mohsen gunmen",
    "Ukrainian security forces", "pro-Russian separatists",
    "Azerbaijani security forces", "Armenian security forces", "Nagorno-Karabakh forces",
    "militants (unidentified)", "unknown", "none", "protesters", "rioters", "civilians",
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
        if rid != "%s-%02d" % (PREFIX, i + 1):
            err(rid, f"id out of order, expected {PREFIX}-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2013, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2013-2024")
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
            note = e.get("date_note") or ""
            # the resolved date must be the one the note arrives at, and a dateline named in the note is the publication day
            if e["date"] is not None and e["date"] not in note:
                err(w, f"date {e['date']} not stated in its date_note")
            for m in re.finditer(r"(\d{4}-\d{2}-\d{2}) dateline", note):
                if m.group(1) != r["published"]:
                    err(w, f"date_note names a dateline {m.group(1)}, but the report was published {r['published']}")
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
        if len(r["events"]) > 5:
            err(rid, f"{len(r['events'])} events, expected at most 5")
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
