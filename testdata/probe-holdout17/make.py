#!/usr/bin/env python3
"""probe-holdout17: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep.

Theme: conflict reporting from South Asia, the Sahel and Latin America, 2014-2024, in the
English of local and regional outlets, wire copy and official statements (Pakistan,
Afghanistan, India, Bangladesh, Myanmar, Mali, Burkina Faso, Niger, Nigeria, Chad, Colombia,
Mexico, Peru, Haiti, Ecuador).

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
# h17-01 .. h17-09
# ---------------------------------------------------------------------------

report("h17-01", "2023-03-09", "https://www.example-frontiercourier.com/kp/2023/03/09/serai-naurang-attack-repulsed",
"""
Police beat back pre-dawn assault on Serai Naurang station; CTD says four killed in Bannu raid

PESHAWAR, March 9 (Frontier Courier) - Policemen at the Serai Naurang police station in Lakki Marwat district beat back a pre-dawn assault by heavily armed militants on Wednesday, officials said, the latest in a string of attacks on the force in the southern districts of Khyber Pakhtunkhwa.

The district police officer said about 20 attackers opened fire with rocket-propelled grenades and Kalashnikovs from three sides at around 3am, and the exchange of fire went on for nearly two hours. "Two of our jawans embraced martyrdom and three were injured. The terrorists fled in the dark, carrying some of their dead with them," he told reporters. Police later found the bodies of three militants in a sugarcane field behind the station.

The banned Tehreek-e-Taliban Pakistan claimed the attack in a message sent to journalists, saying its fighters had killed "more than a dozen" policemen, a figure the police rejected.

A day earlier, on Tuesday evening, a roadside bomb struck a police mobile van on the Kulachi road in Dera Ismail Khan, killing a sub-inspector and injuring the driver, a police spokesman said. No group has claimed responsibility.

In neighbouring Bannu, the Counter Terrorism Department said its personnel had killed four terrorists of the same banned outfit in an intelligence-based operation in the Jani Khel area late on Monday, and recovered weapons and explosives. A CTD official said the men were wanted for the killing of two policemen in Bannu last month. A tribal elder from Jani Khel, however, told the Courier that three men had been killed in the raid, not four.

Since the TTP called off its ceasefire with the government in November, at least 120 policemen have been killed in the province, according to figures compiled by the provincial police.
""",
events=[
    ev("Militants attacked the Serai Naurang police station in Lakki Marwat before dawn and were beaten back after nearly two hours; two policemen killed and three injured, and the bodies of three militants found. The TTP claimed it.",
       "2023-03-08", "‘a pre-dawn assault by heavily armed militants on Wednesday’ before the Thursday 2023-03-09 dateline: Wednesday 2023-03-08",
       "Serai Naurang police station", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       5, None, 3, None,
       "Policemen at the Serai Naurang police station in Lakki Marwat district beat back a pre-dawn assault by heavily armed militants on Wednesday [...] \"Two of our jawans embraced martyrdom and three were injured. [...] Police later found the bodies of three militants in a sugarcane field behind the station. [...] The banned Tehreek-e-Taliban Pakistan claimed the attack in a message sent to journalists, saying its fighters had killed \"more than a dozen\" policemen, a figure the police rejected.",
       note="5 = 2 policemen + 3 militant bodies found (the attackers carried away more dead, uncounted); the TTP claim of 'more than a dozen' policemen is not used"),
    ev("A roadside bomb struck a police van on the Kulachi road in Dera Ismail Khan, killing a sub-inspector and injuring the driver; no claim.",
       "2023-03-07", "‘A day earlier, on Tuesday evening’ before the Thursday 2023-03-09 dateline: Tuesday 2023-03-07",
       "Kulachi road, Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       1, None, 1, None,
       "A day earlier, on Tuesday evening, a roadside bomb struck a police mobile van on the Kulachi road in Dera Ismail Khan, killing a sub-inspector and injuring the driver, a police spokesman said. No group has claimed responsibility."),
    ev("The CTD raided the Jani Khel area of Bannu and says it killed four TTP militants; a tribal elder says three were killed.",
       "2023-03-06", "‘late on Monday’ before the Thursday 2023-03-09 dateline: Monday 2023-03-06",
       "Jani Khel", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       3, 4, None, None,
       "In neighbouring Bannu, the Counter Terrorism Department said its personnel had killed four terrorists of the same banned outfit in an intelligence-based operation in the Jani Khel area late on Monday [...] A tribal elder from Jani Khel, however, told the Courier that three men had been killed in the raid, not four.",
       note="'the same banned outfit' refers back to the TTP; conflicting tolls 3 (elder) vs 4 (CTD)"),
    ev("Two policemen were killed in Bannu the month before, a killing the CTD attributes to the men it raided.",
       None, "‘last month’: February 2023, no day",
       "Bannu", "Khyber Pakhtunkhwa", "PK", "other", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       2, None, None, None,
       "A CTD official said the men were wanted for the killing of two policemen in Bannu last month.",
       note="mentioned only as the reason for the raid; a targeted killing with no day and no precise place", optional=True),
],
figures=[
    fig("killed", 120, "Khyber Pakhtunkhwa",
        "Since the TTP called off its ceasefire with the government in November, at least 120 policemen have been killed in the province",
        note="policemen, running toll since November"),
])

report("h17-02", "2019-05-14", "https://www.example-moptiexpress.com/en/2019/05/14/koro-mondoro-attacks",
"""
Gunmen kill villagers near Koro; jihadists attack army camp at Mondoro

BAMAKO, May 14 (Mopti Express) - Armed men on motorcycles attacked a Fulani hamlet in the commune of Dioungani, in the Koro area of central Mali, on Saturday night, burning huts and granaries and shooting those who tried to flee, local sources and the government said.

A government statement read on state television on Sunday put the death toll at 11. Tabital Pulaaku, an association that defends the interests of Fulani herders, said 17 people had been killed, among them women and children, and blamed the Dogon hunters' militia Dan Na Ambassagou. The militia's spokesman denied any involvement and accused "enemies of peace" of trying to set communities against each other.

Early on Sunday, fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked the army camp at Mondoro, in the Douentza circle, near the border with Burkina Faso. The armed forces general staff said three soldiers had been killed and seven wounded, and that nine assailants had been "neutralised" before reinforcements arrived from Boni. In a claim carried by its propaganda outlet on Monday, JNIM said it had killed ten soldiers and seized weapons and vehicles.

On Monday, an army vehicle escorting a supply convoy struck a mine on the road between Boni and Hombori, killing two soldiers, a military source in Sévaré said.

Violence between Dogon and Fulani communities and attacks by jihadists have displaced more than 50,000 people in the Mopti region, according to the United Nations humanitarian office, and hundreds of schools have closed.
""",
events=[
    ev("Armed men on motorcycles attacked a Fulani hamlet in Dioungani commune, Koro area, burning huts and shooting villagers; the government says 11 killed, a Fulani association 17. Dan Na Ambassagou was blamed and denied it.",
       "2019-05-11", "‘on Saturday night’ before the Tuesday 2019-05-14 dateline: Saturday 2019-05-11",
       "Dioungani", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       11, 17, None, None,
       "Armed men on motorcycles attacked a Fulani hamlet in the commune of Dioungani, in the Koro area of central Mali, on Saturday night, burning huts and granaries and shooting those who tried to flee [...] A government statement read on state television on Sunday put the death toll at 11. Tabital Pulaaku, an association that defends the interests of Fulani herders, said 17 people had been killed, among them women and children, and blamed the Dogon hunters' militia Dan Na Ambassagou. The militia's spokesman denied any involvement",
       note="blamed on Dan Na Ambassagou, which denied it: actor unknown; conflicting tolls 11 (government) vs 17 (Tabital Pulaaku)"),
    ev("JNIM fighters attacked the army camp at Mondoro; the general staff says three soldiers killed and seven wounded, nine assailants neutralised. JNIM claimed ten soldiers killed.",
       "2019-05-12", "‘Early on Sunday’ before the Tuesday 2019-05-14 dateline: Sunday 2019-05-12",
       "Mondoro", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
       12, None, 7, None,
       "Early on Sunday, fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked the army camp at Mondoro, in the Douentza circle, near the border with Burkina Faso. The armed forces general staff said three soldiers had been killed and seven wounded, and that nine assailants had been \"neutralised\" before reinforcements arrived from Boni. In a claim carried by its propaganda outlet on Monday, JNIM said it had killed ten soldiers",
       note="12 = 3 soldiers + 9 assailants (army count); JNIM's claim of ten soldiers killed is not used"),
    ev("An army vehicle escorting a supply convoy struck a mine on the road between Boni and Hombori, killing two soldiers.",
       "2019-05-13", "‘On Monday’ before the Tuesday 2019-05-14 dateline: Monday 2019-05-13",
       "road between Boni and Hombori", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       2, None, None, None,
       "On Monday, an army vehicle escorting a supply convoy struck a mine on the road between Boni and Hombori, killing two soldiers"),
],
figures=[
    fig("displaced", 50000, "Mopti region",
        "Violence between Dogon and Fulani communities and attacks by jihadists have displaced more than 50,000 people in the Mopti region"),
])

report("h17-03", "2018-07-19", "https://www.example-catatumbomonitor.com/news/2018/07/19/hacari-eln-epl-fighting",
"""
ELN and EPL fight again in Hacarí; army bombs guerrilla camp near Tibú

CÚCUTA, July 19 (Catatumbo Monitor) - Fresh fighting between the National Liberation Army (ELN) and the Popular Liberation Army (EPL) in rural Hacarí has forced hundreds of families from their homes this week, officials in Norte de Santander said.

The clashes broke out on Sunday, when ELN fighters attacked EPL positions in the mountains above the town, and continued on and off into Monday. An army intelligence report seen by the Monitor counted five dead fighters, three of them from the EPL. The municipal ombudsman said more than 300 families had fled to the town centre, where they are sleeping in the school and the parish hall.

On Tuesday night, the air force bombed an EPL camp in rural Tibú in an operation with army special forces. The Defence Ministry said on Wednesday that six members of the group had been killed, including a regional commander, and that two others had been captured with wounds.

On Monday, two contractors working for the state oil company were taken by armed men on the road between Tibú and El Tarra. The departmental police blamed the ELN, which has not commented.

Late on Wednesday, somebody threw a grenade at the police station in El Tarra. It damaged the front of the building but nobody was hurt, the police said.

Catatumbo, a region of coca fields along the Venezuelan border, has been disputed by the two guerrilla groups since the FARC handed in its weapons last year. Both the ELN and the EPL deny targeting civilians.
""",
events=[
    ev("ELN fighters attacked EPL positions in the mountains above Hacarí; clashes went on into Monday, with five fighters dead (three EPL) in an army count.",
       "2018-07-15", "‘broke out on Sunday’ and went on ‘into Monday’, before the Thursday 2018-07-19 dateline: Sunday 2018-07-15",
       "Hacarí", "Norte de Santander", "CO", "battle", "ELN", "EPL",
       5, None, None, None,
       "The clashes broke out on Sunday, when ELN fighters attacked EPL positions in the mountains above the town, and continued on and off into Monday. An army intelligence report seen by the Monitor counted five dead fighters, three of them from the EPL."),
    ev("The air force and army special forces bombed an EPL camp in rural Tibú; six members of the group killed and two captured wounded.",
       "2018-07-17", "‘On Tuesday night’ before the Thursday 2018-07-19 dateline: Tuesday 2018-07-17",
       "rural Tibú", "Norte de Santander", "CO", "explosion", "Colombian security forces", "EPL",
       6, None, 2, None,
       "On Tuesday night, the air force bombed an EPL camp in rural Tibú in an operation with army special forces. The Defence Ministry said on Wednesday that six members of the group had been killed, including a regional commander, and that two others had been captured with wounds.",
       note="two captured wounded counted as wounded"),
    ev("Armed men took two contractors of the state oil company on the road between Tibú and El Tarra; the police blamed the ELN.",
       "2018-07-16", "‘On Monday’ before the Thursday 2018-07-19 dateline: Monday 2018-07-16",
       "road between Tibú and El Tarra", "Norte de Santander", "CO", "other", "ELN", "civilians",
       None, None, None, None,
       "On Monday, two contractors working for the state oil company were taken by armed men on the road between Tibú and El Tarra. The departmental police blamed the ELN, which has not commented.",
       note="abduction; blamed on the ELN by the police, no denial"),
    ev("A grenade was thrown at the police station in El Tarra, damaging the building; nobody was hurt.",
       "2018-07-18", "‘Late on Wednesday’ before the Thursday 2018-07-19 dateline: Wednesday 2018-07-18",
       "police station, El Tarra", "Norte de Santander", "CO", "explosion", "unknown", "Colombian security forces",
       0, None, 0, None,
       "Late on Wednesday, somebody threw a grenade at the police station in El Tarra. It damaged the front of the building but nobody was hurt, the police said."),
],
figures=[
    fig("displaced", 300, "Hacarí",
        "The municipal ombudsman said more than 300 families had fled to the town centre",
        note="families, not people"),
])

report("h17-04", "2020-01-22", "https://www.example-meridianwire.com/americas/2020/01/22/mexico-homicides-2019-record",
"""
Mexico ends 2019 with record homicide count, official figures show

MEXICO CITY, January 22 (Meridian Wire) - Mexico registered 34,608 victims of intentional homicide in 2019, the highest number since comparable records began, according to preliminary figures published on Tuesday by the national public security system.

The total is about 2.5 percent higher than in 2018. Guanajuato, where the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel are fighting over fuel theft and drug routes, was again the deadliest state, with 3,540 victims, followed by the State of Mexico, Baja California, Chihuahua and Jalisco.

The security ministry said in a statement that the rise had been "contained" and that the National Guard, which now has about 70,000 members deployed across the country, would start to show results this year. The government took office in December 2018 promising to tackle the causes of violence rather than wage war on the cartels.

Security analysts were less optimistic. "The armed groups are splitting, and every split opens a new war for territory," said a researcher at a Mexico City university who studies organised crime. "Massacres, ambushes on police, bodies left on the highways: none of that is going down."

The national register of missing persons lists more than 61,000 people as disappeared since 2006, and the authorities say they have located more than 870 clandestine graves since December 2018.
""",
figures=[
    fig("killed", 34608, "Mexico",
        "Mexico registered 34,608 victims of intentional homicide in 2019",
        note="homicide victims in 2019"),
    fig("killed", 3540, "Guanajuato",
        "Guanajuato, where the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel are fighting over fuel theft and drug routes, was again the deadliest state, with 3,540 victims",
        note="homicide victims in 2019"),
    fig("fighters", 70000, "Mexico",
        "the National Guard, which now has about 70,000 members deployed across the country",
        note="National Guard strength"),
    fig("other", 61000, "Mexico",
        "The national register of missing persons lists more than 61,000 people as disappeared since 2006",
        note="people disappeared"),
    fig("other", 870, "Mexico",
        "the authorities say they have located more than 870 clandestine graves since December 2018",
        note="clandestine graves"),
],
country_hint="MX")

report("h17-05", "2022-08-25", "https://www.example-chindwinpost.com/sagaing/2022/08/25/taze-air-strike-school",
"""
Junta air strike on Taze monastery school kills nine; resistance ambushes column near Pale

YANGON, August 25 (Chindwin Post) - A military air strike on a village in Taze township, in Sagaing region, killed nine civilians on Tuesday, among them four children who were studying at a monastery school, residents and a local resistance group said.

Two fighter jets circled over the village at about 10am before one of them dropped two bombs and fired on the monastery compound, a villager who helped recover the bodies said. The local People's Defence Force first reported seven dead and 12 wounded; two of the wounded died in hospital on Wednesday, it said. The junta's information team said the air force had struck a gathering of "PDF terrorists" and denied that civilians had been targeted.

The strike came a day after resistance fighters ambushed a military column on the Monywa-Pale road, near Pale town, on Monday afternoon, opening fire on the trucks from both sides of the road. The PDF group that carried out the ambush said it had killed 14 soldiers, a figure that could not be verified. It said one of its own fighters was killed in the fighting.

On Sunday, troops entering Myaung township set fire to houses in at least three villages, residents said. A local relief group counted more than 200 houses burned. Nobody was killed, the group said, because most villagers had fled before the soldiers arrived.

According to the UN refugee agency, more than 480,000 people have been displaced in Sagaing region since the military seized power in February last year.
""",
events=[
    ev("A military air strike hit a monastery school in a village of Taze township, killing nine civilians including four children; first reported as seven dead and 12 wounded, two of whom died later. The junta says it struck PDF fighters.",
       "2022-08-23", "‘on Tuesday’ before the Thursday 2022-08-25 dateline: Tuesday 2022-08-23",
       "a village in Taze township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       9, None, 10, None,
       "A military air strike on a village in Taze township, in Sagaing region, killed nine civilians on Tuesday, among them four children who were studying at a monastery school [...] The local People's Defence Force first reported seven dead and 12 wounded; two of the wounded died in hospital on Wednesday, it said. The junta's information team said the air force had struck a gathering of \"PDF terrorists\" and denied that civilians had been targeted.",
       note="revised toll: 7 dead first, 9 after two of the 12 wounded died (so 10 wounded); the army admits the strike but disputes who was hit"),
    ev("Resistance fighters ambushed a military column on the Monywa-Pale road near Pale; the PDF claimed 14 soldiers killed and said it lost one fighter.",
       "2022-08-22", "‘on Monday afternoon’ before the Thursday 2022-08-25 dateline: Monday 2022-08-22",
       "Monywa-Pale road, near Pale", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       1, None, None, None,
       "The strike came a day after resistance fighters ambushed a military column on the Monywa-Pale road, near Pale town, on Monday afternoon, opening fire on the trucks from both sides of the road. The PDF group that carried out the ambush said it had killed 14 soldiers, a figure that could not be verified. It said one of its own fighters was killed in the fighting.",
       note="1 = the PDF's count of its own loss; its claim of 14 soldiers killed is not used"),
    ev("Troops set fire to houses in at least three villages of Myaung township; more than 200 houses burned, nobody killed.",
       "2022-08-21", "‘On Sunday’ before the Thursday 2022-08-25 dateline: Sunday 2022-08-21",
       "Myaung township", "Sagaing", "MM", "other", "Myanmar military", "civilians",
       0, None, None, None,
       "On Sunday, troops entering Myaung township set fire to houses in at least three villages, residents said. A local relief group counted more than 200 houses burned. Nobody was killed, the group said",
       note="arson of houses; three unnamed villages kept as one event"),
],
figures=[
    fig("displaced", 480000, "Sagaing region",
        "more than 480,000 people have been displaced in Sagaing region since the military seized power in February last year"),
])

report("h17-06", "2016-05-26", "https://www.example-lakechadherald.com/borno/2016/05/26/kumshe-cleared-mafa-bomber",
"""
Troops clear Boko Haram from Kumshe; female bomber kills two vigilantes at Mafa checkpoint

MAIDUGURI, May 26 (Lake Chad Herald) - Troops of the Nigerian Army's 7 Division on Sunday cleared Boko Haram terrorists from Kumshe, a town in Bama Local Government Area near the border with Cameroon, and from two neighbouring villages, the army said in a statement on Tuesday.

The statement said 11 terrorists were neutralised in the operation and 97 women and children held by the insurgents were rescued. One soldier sustained a gunshot wound and is responding to treatment, it added.

Also on Tuesday, a female suicide bomber detonated explosives strapped to her body at a checkpoint on the outskirts of Mafa, killing herself and two members of the Civilian Joint Task Force (CJTF) and injuring four other people, a police spokesman said. No group claimed the attack, but the spokesman said it bore "all the hallmarks of Boko Haram".

Residents of Damboa said the insurgents on Monday seized eight women who had gone to fetch firewood outside the town. "They came on motorcycles and took them into the bush," said a relative of one of the women, who asked not to be named.

The military says the insurgents have been pushed out of all the local government headquarters they once held, but attacks on roads and farmland around the towns continue. Borno is still home to most of the 2.1 million people displaced by the insurgency, according to the International Organization for Migration.
""",
events=[
    ev("Troops of 7 Division cleared Boko Haram from Kumshe and two neighbouring villages, neutralising 11 insurgents and rescuing 97 women and children; one soldier wounded.",
       "2016-05-22", "‘on Sunday’, in a statement of Tuesday 2016-05-24, before the Thursday 2016-05-26 dateline: Sunday 2016-05-22",
       "Kumshe", "Borno", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       11, None, 1, None,
       "Troops of the Nigerian Army's 7 Division on Sunday cleared Boko Haram terrorists from Kumshe, a town in Bama Local Government Area near the border with Cameroon, and from two neighbouring villages [...] The statement said 11 terrorists were neutralised in the operation and 97 women and children held by the insurgents were rescued. One soldier sustained a gunshot wound"),
    ev("A female suicide bomber blew herself up at a checkpoint on the outskirts of Mafa, killing herself and two CJTF members and injuring four; police said it bore the hallmarks of Boko Haram.",
       "2016-05-24", "‘Also on Tuesday’ before the Thursday 2016-05-26 dateline: Tuesday 2016-05-24",
       "checkpoint on the outskirts of Mafa", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       3, None, 4, None,
       "Also on Tuesday, a female suicide bomber detonated explosives strapped to her body at a checkpoint on the outskirts of Mafa, killing herself and two members of the Civilian Joint Task Force (CJTF) and injuring four other people, a police spokesman said. No group claimed the attack, but the spokesman said it bore \"all the hallmarks of Boko Haram\".",
       note="3 = bomber + 2 CJTF; CJTF counted with Nigerian security forces; attributed by the police, not claimed, not denied"),
    ev("Boko Haram insurgents on motorcycles seized eight women fetching firewood outside Damboa.",
       "2016-05-23", "‘on Monday’ before the Thursday 2016-05-26 dateline: Monday 2016-05-23",
       "outside Damboa", "Borno", "NG", "other", "Boko Haram", "civilians",
       None, None, None, None,
       "Residents of Damboa said the insurgents on Monday seized eight women who had gone to fetch firewood outside the town.",
       note="abduction; 'the insurgents' refers back to Boko Haram"),
],
figures=[
    fig("displaced", 2100000, "northeast Nigeria",
        "Borno is still home to most of the 2.1 million people displaced by the insurgency"),
])

report("h17-07", "2015-06-03", "https://www.example-kabuldailymonitor.com/north/2015/06/03/qaisar-checkpoints-attack",
"""
Taliban attack police posts in Faryab's Qaisar district; 19 dead

MAIMANA, June 3 (Kabul Daily Monitor) - Taliban insurgents attacked a cluster of Afghan Local Police checkpoints in Qaisar district of northern Faryab province overnight on Sunday, setting off a gunbattle that lasted until dawn, provincial officials said.

The governor's spokesman at first said six policemen had been killed and three wounded. On Tuesday he said the bodies of two policemen who had been missing since the attack had been found near one of the posts, bringing the police death toll to eight. Eleven insurgents were also killed, he said.

On Monday, an air strike by Afghan forces killed seven Taliban fighters gathered in a compound in Almar district, the army's 209th Shaheen Corps said in a statement.

Separately, armed men stopped a minibus on the Maimana-Andkhoy highway in Dawlatabad district on Tuesday and took away 12 passengers, among them two government employees, officials said. The provincial police chief blamed the Taliban. A Taliban spokesman denied that the group's fighters had been involved and called the abduction the work of criminals.

Faryab, on the border with Turkmenistan, has seen some of the heaviest fighting in the north since foreign combat troops left at the end of last year. The fighting has forced more than 2,000 families from their homes in the province since April, the provincial refugees department says.
""",
events=[
    ev("Taliban insurgents attacked Afghan Local Police checkpoints in Qaisar district; the police toll was revised from six to eight dead, three wounded, and eleven insurgents were killed.",
       "2015-05-31", "‘overnight on Sunday’ before the Wednesday 2015-06-03 dateline: the first night, Sunday 2015-05-31",
       "Qaisar district", "Faryab", "AF", "battle", "Taliban", "Afghan security forces",
       19, None, 3, None,
       "Taliban insurgents attacked a cluster of Afghan Local Police checkpoints in Qaisar district of northern Faryab province overnight on Sunday, setting off a gunbattle that lasted until dawn [...] The governor's spokesman at first said six policemen had been killed and three wounded. On Tuesday he said the bodies of two policemen who had been missing since the attack had been found near one of the posts, bringing the police death toll to eight. Eleven insurgents were also killed, he said.",
       note="19 = 8 policemen (revised from 6) + 11 insurgents"),
    ev("An Afghan forces air strike killed seven Taliban fighters in a compound in Almar district.",
       "2015-06-01", "‘On Monday’ before the Wednesday 2015-06-03 dateline: Monday 2015-06-01",
       "Almar district", "Faryab", "AF", "explosion", "Afghan security forces", "Taliban",
       7, None, None, None,
       "On Monday, an air strike by Afghan forces killed seven Taliban fighters gathered in a compound in Almar district"),
    ev("Armed men stopped a minibus on the Maimana-Andkhoy highway in Dawlatabad district and took away 12 passengers; the police blamed the Taliban, who denied it.",
       "2015-06-02", "‘on Tuesday’ before the Wednesday 2015-06-03 dateline: Tuesday 2015-06-02",
       "Maimana-Andkhoy highway, Dawlatabad district", "Faryab", "AF", "other", "unknown", "civilians",
       None, None, None, None,
       "Separately, armed men stopped a minibus on the Maimana-Andkhoy highway in Dawlatabad district on Tuesday and took away 12 passengers, among them two government employees, officials said. The provincial police chief blamed the Taliban. A Taliban spokesman denied that the group's fighters had been involved",
       note="abduction; blamed on the Taliban, denied: actor unknown"),
],
figures=[
    fig("displaced", 2000, "Faryab",
        "The fighting has forced more than 2,000 families from their homes in the province since April",
        note="families, not people"),
])

report("h17-08", "2018-04-26", "https://www.example-valleyobserver.com/kashmir/2018/04/26/zainapora-encounter-shopian",
"""
Three Hizbul militants, soldier killed in Shopian gunfight; grenade attack in downtown Srinagar

SRINAGAR, April 26 (Valley Observer) - Three militants of the Hizbul Mujahideen and an Army soldier were killed in a gunfight in the Zainapora area of south Kashmir's Shopian district that began on Tuesday evening and ended on Wednesday morning, police said.

A joint team of the Army, the Special Operations Group of Jammu and Kashmir Police and the CRPF laid a cordon around the village after receiving specific input about the presence of militants, a police spokesman said. As the forces closed in on a house, the hiding militants opened fire, triggering an encounter. Two soldiers were injured and shifted to the Army's hospital in Srinagar.

On Wednesday afternoon, militants hurled a grenade at a CRPF patrol near Nowhatta in downtown Srinagar. The grenade exploded on the road, injuring three CRPF men and two passers-by, officials said.

In Kulgam, a special police officer who had been abducted from his home in Yaripora on Monday night returned to his family on Tuesday after his mother made a public appeal for his release. A video released by the Hizbul Mujahideen on Tuesday showed the SPO announcing that he had quit the force.

Police in Sopore said they had arrested four overground workers of the Lashkar-e-Taiba on Wednesday and recovered a pistol and two grenades from them.

With Wednesday's encounter, 54 militants have been killed in Jammu and Kashmir this year, according to police figures.
""",
events=[
    ev("Army, SOG and CRPF cordoned a village in Zainapora, Shopian; the militants opened fire and three Hizbul Mujahideen militants and a soldier were killed, two soldiers injured.",
       "2018-04-24", "gunfight ‘that began on Tuesday evening and ended on Wednesday morning’, before the Thursday 2018-04-26 dateline: first day, Tuesday 2018-04-24",
       "Zainapora", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Hizbul Mujahideen",
       4, None, 2, None,
       "Three militants of the Hizbul Mujahideen and an Army soldier were killed in a gunfight in the Zainapora area of south Kashmir's Shopian district that began on Tuesday evening and ended on Wednesday morning [...] Two soldiers were injured and shifted to the Army's hospital in Srinagar.",
       note="cordon-and-search operation: the state forces are actor1"),
    ev("Militants hurled a grenade at a CRPF patrol near Nowhatta in downtown Srinagar, injuring three CRPF men and two passers-by.",
       "2018-04-25", "‘On Wednesday afternoon’ before the Thursday 2018-04-26 dateline: Wednesday 2018-04-25",
       "Nowhatta", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       None, None, 5, None,
       "On Wednesday afternoon, militants hurled a grenade at a CRPF patrol near Nowhatta in downtown Srinagar. The grenade exploded on the road, injuring three CRPF men and two passers-by"),
    ev("A special police officer was abducted from his home in Yaripora, Kulgam; he was freed the next day, and a Hizbul Mujahideen video showed him quitting the force.",
       "2018-04-23", "‘on Monday night’ before the Thursday 2018-04-26 dateline: Monday 2018-04-23",
       "Yaripora", "Jammu and Kashmir", "IN", "other", "Hizbul Mujahideen", "Indian security forces",
       None, None, None, None,
       "In Kulgam, a special police officer who had been abducted from his home in Yaripora on Monday night returned to his family on Tuesday after his mother made a public appeal for his release. A video released by the Hizbul Mujahideen on Tuesday showed the SPO announcing that he had quit the force.",
       note="abduction; the abductors are known only from the Hizbul Mujahideen video"),
    ev("Police in Sopore arrested four overground workers of the Lashkar-e-Taiba and recovered a pistol and two grenades.",
       "2018-04-25", "‘on Wednesday’ before the Thursday 2018-04-26 dateline: Wednesday 2018-04-25",
       "Sopore", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Lashkar-e-Taiba",
       None, None, None, None,
       "Police in Sopore said they had arrested four overground workers of the Lashkar-e-Taiba on Wednesday and recovered a pistol and two grenades from them.",
       arrested=4),
],
figures=[
    fig("killed", 54, "Jammu and Kashmir",
        "With Wednesday's encounter, 54 militants have been killed in Jammu and Kashmir this year",
        note="militants, running toll for the year"),
])

report("h17-09", "2019-10-08", "https://www.example-burkinatoday.com/securite/2019/10/08/pissila-market-attack",
"""
Gunmen kill traders at market near Pissila; Islamic State claims convoy bombing

OUAGADOUGOU, October 8 (Burkina Today) - Unidentified armed individuals attacked the weekly market of a village in the commune of Pissila, in the Centre-Nord region, on Sunday, killing 16 people, a security source said. A local elected official reached by telephone put the toll at 20 and said many of the victims were traders from neighbouring villages.

The attackers arrived on about 30 motorcycles shortly before noon, fired on the crowd and set fire to stalls before leaving towards the north, the official said.

On Monday, the army said an air-ground operation launched in the area after the attack had "neutralised" about twenty terrorists and destroyed motorcycles and a logistics base. The statement did not say where or when the fighting had taken place.

On Saturday, a military convoy hit an improvised explosive device on the road between Barsalogho and Foubé, killing four soldiers and wounding six, security sources said. The Islamic State group claimed the attack on Monday through its Amaq news agency, saying ten soldiers had been killed.

Attacks by jihadist groups in the north and east of the country have driven more than 480,000 people from their homes, according to the national emergency relief council, CONASUR.
""",
events=[
    ev("Unidentified gunmen on about 30 motorcycles attacked the weekly market of a village in Pissila commune, killing 16 (security source) or 20 (local official).",
       "2019-10-06", "‘on Sunday’ before the Tuesday 2019-10-08 dateline: Sunday 2019-10-06",
       "a village in Pissila commune", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       16, 20, None, None,
       "Unidentified armed individuals attacked the weekly market of a village in the commune of Pissila, in the Centre-Nord region, on Sunday, killing 16 people, a security source said. A local elected official reached by telephone put the toll at 20"),
    ev("The army says an air-ground operation after the market attack neutralised about twenty terrorists; no place or day given.",
       None, "announced ‘On Monday’ (Monday 2019-10-07); the statement ‘did not say where or when the fighting had taken place’",
       "Pissila area", "Centre-Nord", "BF", "battle", "Burkinabe security forces", "militants (unidentified)",
       20, None, None, None,
       "On Monday, the army said an air-ground operation launched in the area after the attack had \"neutralised\" about twenty terrorists and destroyed motorcycles and a logistics base. The statement did not say where or when the fighting had taken place.",
       optional=True),
    ev("A military convoy hit an IED on the road between Barsalogho and Foubé, killing four soldiers and wounding six; the Islamic State claimed it, saying ten were killed.",
       "2019-10-05", "‘On Saturday’ before the Tuesday 2019-10-08 dateline: Saturday 2019-10-05",
       "road between Barsalogho and Foubé", "Centre-Nord", "BF", "explosion", "Islamic State", "Burkinabe security forces",
       4, None, 6, None,
       "On Saturday, a military convoy hit an improvised explosive device on the road between Barsalogho and Foubé, killing four soldiers and wounding six, security sources said. The Islamic State group claimed the attack on Monday through its Amaq news agency, saying ten soldiers had been killed.",
       note="claimed by the Islamic State; its figure of ten soldiers is not used"),
],
figures=[
    fig("displaced", 480000, "Burkina Faso",
        "Attacks by jihadist groups in the north and east of the country have driven more than 480,000 people from their homes"),
])
# ---------------------------------------------------------------------------
# h17-10 .. h17-18
# ---------------------------------------------------------------------------

report("h17-10", "2022-03-16", "https://www.example-portcourier.com/haiti/2022/03/16/martissant-gang-war-flares",
"""
Gang war flares again in Martissant; police raid 400 Mawozo stronghold

PORT-AU-PRINCE, March 16 (Port Courier) - At least seven people, three of them bystanders hit by stray bullets, were killed when the Grand Ravine gang launched a fresh assault on the rival Ti Bois gang in Martissant over the weekend, a local human rights group said on Tuesday.

Heavy gunfire began on Saturday evening and went on through Sunday, once again cutting the national road that links the capital with the southern peninsula. The rights group said the dead included four gang members. The police did not give a toll.

On Monday, units of the Haitian National Police backed by armoured vehicles carried out an operation against the 400 Mawozo gang in Croix-des-Bouquets, east of the capital. The police said four gang members had been killed and one officer wounded, and that several hideouts had been destroyed.

On Tuesday morning, armed men stopped a public bus at Fontamara, on the southwestern edge of the capital, and abducted six passengers. Police attributed the kidnapping to members of the same Grand Ravine gang, which they say finances itself through ransoms.

A Port-au-Prince human rights centre recorded 225 kidnappings in January and February, and nearly 19,000 people have fled Martissant since the fighting there intensified last June.
""",
events=[
    ev("The Grand Ravine gang launched a fresh assault on the Ti Bois gang in Martissant; at least seven killed, including three bystanders and four gang members.",
       "2022-03-12", "‘over the weekend’; gunfire ‘began on Saturday evening and went on through Sunday’, before the Wednesday 2022-03-16 dateline: Saturday 2022-03-12",
       "Martissant", "Ouest", "HT", "battle", "Grand Ravine gang", "Ti Bois gang",
       7, None, None, None,
       "At least seven people, three of them bystanders hit by stray bullets, were killed when the Grand Ravine gang launched a fresh assault on the rival Ti Bois gang in Martissant over the weekend [...] Heavy gunfire began on Saturday evening and went on through Sunday"),
    ev("National police units with armoured vehicles raided the 400 Mawozo gang in Croix-des-Bouquets; four gang members killed and one officer wounded.",
       "2022-03-14", "‘On Monday’ before the Wednesday 2022-03-16 dateline: Monday 2022-03-14",
       "Croix-des-Bouquets", "Ouest", "HT", "battle", "Haitian security forces", "400 Mawozo",
       4, None, 1, None,
       "On Monday, units of the Haitian National Police backed by armoured vehicles carried out an operation against the 400 Mawozo gang in Croix-des-Bouquets, east of the capital. The police said four gang members had been killed and one officer wounded"),
    ev("Armed men stopped a public bus at Fontamara and abducted six passengers; police attributed it to the Grand Ravine gang.",
       "2022-03-15", "‘On Tuesday morning’ before the Wednesday 2022-03-16 dateline: Tuesday 2022-03-15",
       "Fontamara", "Ouest", "HT", "other", "Grand Ravine gang", "civilians",
       None, None, None, None,
       "On Tuesday morning, armed men stopped a public bus at Fontamara, on the southwestern edge of the capital, and abducted six passengers. Police attributed the kidnapping to members of the same Grand Ravine gang",
       note="abduction; 'the same Grand Ravine gang' attributed by the police"),
],
figures=[
    fig("other", 225, "Port-au-Prince",
        "A Port-au-Prince human rights centre recorded 225 kidnappings in January and February",
        note="kidnappings in two months"),
    fig("displaced", 19000, "Martissant",
        "nearly 19,000 people have fled Martissant since the fighting there intensified last June"),
])

report("h17-11", "2016-12-06", "https://www.example-andespost.com/colombia/2016/12/06/farc-transition-zones",
"""
FARC fighters prepare to move into transition zones as peace deal takes effect

BOGOTÁ, December 6 (Andes Post) - Thousands of FARC guerrillas will start moving this week towards 26 zones where they are to hand over their weapons to United Nations monitors, government and rebel negotiators said on Monday, after Congress approved the revised peace agreement last week.

About 6,300 fighters are expected to gather in the zones, the government peace office said, along with several thousand militia members who have never worn uniform. Under the agreement, the rebels have 180 days to surrender their arms, which will be stored in containers guarded by a UN mission of some 450 unarmed observers.

"We are leaving the war behind, but the war has not left the territories," a FARC commander from the Eastern Bloc told reporters. Rebel leaders say that other armed groups, including the ELN and drug-trafficking gangs, are already moving into areas the FARC will vacate, and human rights groups have warned of a wave of killings of community leaders.

The bilateral ceasefire that began in August has held, the army said, with no combat between its troops and the FARC since then. Talks with the ELN, the second guerrilla group, remain stalled over the group's refusal to free its hostages.

The conflict with the FARC, which began in 1964, has killed more than 220,000 people and driven nearly seven million from their homes, according to the government's victims unit.
""",
figures=[
    fig("fighters", 6300, "Colombia",
        "About 6,300 fighters are expected to gather in the zones",
        note="FARC fighters due in the transition zones"),
    fig("other", 26, "Colombia",
        "Thousands of FARC guerrillas will start moving this week towards 26 zones where they are to hand over their weapons",
        note="transition zones"),
    fig("other", 450, "Colombia",
        "a UN mission of some 450 unarmed observers",
        note="UN observers"),
    fig("killed", 220000, "Colombia",
        "The conflict with the FARC, which began in 1964, has killed more than 220,000 people"),
    fig("displaced", 7000000, "Colombia",
        "driven nearly seven million from their homes, according to the government's victims unit"),
],
country_hint="CO")

report("h17-12", "2021-09-15", "https://www.example-lakechadobserver.com/lac/2021/09/15/kaiga-kindjiria-attack",
"""
Chadian army says 26 Boko Haram fighters killed in attack on Kaïga-Kindjiria post

N'DJAMENA, September 15 (Lake Chad Observer) - A Boko Haram assault on an army post at Kaïga-Kindjiria, in Lac province, on Sunday night set off a battle that lasted several hours, the army spokesman said on Monday.

"Our defence and security forces repelled the assailants, who left 26 dead on the ground," he said in a statement read on national television. Four soldiers were killed and nine wounded, he added.

On Monday, an army pick-up struck a landmine near Ngouboua, killing two soldiers and wounding three. An officer in Baga Sola said the mine had been laid by the same insurgents, who have increasingly planted explosives on the tracks around the lake since last year.

Fishermen returning to Baga Sola said armed men had taken 11 of their colleagues from an island nearby on Tuesday. A local official said the kidnappers were jihadists of the faction loyal to the Islamic State, which demands ransoms from fishing communities.

Lac province hosts about 400,000 displaced people, according to the United Nations, many of them living in camps around Bol and Baga Sola.
""",
events=[
    ev("Boko Haram fighters attacked the army post at Kaïga-Kindjiria and were repelled after several hours; 26 assailants and four soldiers killed, nine soldiers wounded.",
       "2021-09-12", "‘on Sunday night’ before the Wednesday 2021-09-15 dateline: Sunday 2021-09-12",
       "Kaïga-Kindjiria", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
       30, None, 9, None,
       "A Boko Haram assault on an army post at Kaïga-Kindjiria, in Lac province, on Sunday night set off a battle that lasted several hours [...] \"Our defence and security forces repelled the assailants, who left 26 dead on the ground,\" he said in a statement read on national television. Four soldiers were killed and nine wounded, he added.",
       note="30 = 26 assailants (army count) + 4 soldiers"),
    ev("An army pick-up struck a landmine near Ngouboua, killing two soldiers and wounding three; an officer said the same insurgents had laid it.",
       "2021-09-13", "‘On Monday’ before the Wednesday 2021-09-15 dateline: Monday 2021-09-13",
       "near Ngouboua", "Lac", "TD", "explosion", "Boko Haram", "Chadian security forces",
       2, None, 3, None,
       "On Monday, an army pick-up struck a landmine near Ngouboua, killing two soldiers and wounding three. An officer in Baga Sola said the mine had been laid by the same insurgents",
       note="'the same insurgents' refers back to Boko Haram"),
    ev("Armed men took 11 fishermen from an island near Baga Sola; a local official named jihadists of the faction loyal to the Islamic State.",
       "2021-09-14", "‘on Tuesday’ before the Wednesday 2021-09-15 dateline: Tuesday 2021-09-14",
       "an island near Baga Sola", "Lac", "TD", "other", "Boko Haram", "civilians",
       None, None, None, None,
       "Fishermen returning to Baga Sola said armed men had taken 11 of their colleagues from an island nearby on Tuesday. A local official said the kidnappers were jihadists of the faction loyal to the Islamic State",
       note="abduction; the Islamic State-loyal faction (ISWAP) is written Boko Haram, as in EVENTS.md"),
],
figures=[
    fig("displaced", 400000, "Lac province",
        "Lac province hosts about 400,000 displaced people, according to the United Nations"),
])

report("h17-13", "2014-10-30", "https://www.example-andeanmonitor.com/peru/2014/10/30/llochegua-ambush-vraem",
"""
Soldier killed in Shining Path ambush in the VRAEM; three rebels die in army raid

LIMA, October 30 (Andean Monitor) - A soldier was killed and two were wounded when Shining Path rebels ambushed an army patrol near Llochegua, in Ayacucho's Huanta province, on Saturday, the armed forces joint command said.

The patrol was returning to its base along a jungle trail when it came under fire from high ground, the joint command said in a statement. Radio stations in the valley, quoting staff at the health post in Llochegua, said two soldiers had died.

On Monday, troops raided a rebel encampment in the district of Vizcatán del Ene, in the Junín region, killing three members of the group and seizing rifles, ammunition and a radio, the joint command said. It said the camp belonged to the faction that controls the rebels' last strongholds in the valley.

Police in Pichari, in Cusco's La Convención province, said on Tuesday they had arrested five men suspected of carrying food and fuel to the rebels.

The Shining Path remnant in the VRAEM, the valley of the Apurímac, Ene and Mantaro rivers and the country's main coca-growing area, is believed to have about 70 armed fighters. The government says the group protects drug traffickers in return for payment.
""",
events=[
    ev("Shining Path rebels ambushed an army patrol near Llochegua; the joint command says one soldier killed and two wounded, local radio quoting the health post says two killed.",
       "2014-10-25", "‘on Saturday’ before the Thursday 2014-10-30 dateline: Saturday 2014-10-25",
       "near Llochegua", "Ayacucho", "PE", "battle", "Shining Path", "Peruvian security forces",
       1, 2, 2, None,
       "A soldier was killed and two were wounded when Shining Path rebels ambushed an army patrol near Llochegua, in Ayacucho's Huanta province, on Saturday, the armed forces joint command said. [...] Radio stations in the valley, quoting staff at the health post in Llochegua, said two soldiers had died.",
       note="conflicting tolls 1 (joint command) vs 2 (local radio)"),
    ev("Troops raided a Shining Path encampment in Vizcatán del Ene, killing three members and seizing weapons.",
       "2014-10-27", "‘On Monday’ before the Thursday 2014-10-30 dateline: Monday 2014-10-27",
       "Vizcatán del Ene", "Junín", "PE", "battle", "Peruvian security forces", "Shining Path",
       3, None, None, None,
       "On Monday, troops raided a rebel encampment in the district of Vizcatán del Ene, in the Junín region, killing three members of the group and seizing rifles, ammunition and a radio"),
    ev("Police in Pichari arrested five men suspected of carrying food and fuel to the Shining Path.",
       None, "police ‘said on Tuesday’ (Tuesday 2014-10-28) they had made the arrests; no day given for them",
       "Pichari", "Cusco", "PE", "arrest", "Peruvian security forces", "Shining Path",
       None, None, None, None,
       "Police in Pichari, in Cusco's La Convención province, said on Tuesday they had arrested five men suspected of carrying food and fuel to the rebels.",
       arrested=5),
],
figures=[
    fig("fighters", 70, "VRAEM",
        "The Shining Path remnant in the VRAEM, the valley of the Apurímac, Ene and Mantaro rivers and the country's main coca-growing area, is believed to have about 70 armed fighters."),
])

report("h17-14", "2023-11-02", "https://www.example-hilltractstribune.com/bandarban/2023/11/02/ruma-ambush-knf",
"""
Soldier killed in KNF ambush in Ruma; six held in Rowangchhari raid

BANDARBAN, November 2 (Hill Tracts Tribune) - An army soldier was killed and two others were injured in a Kuki-Chin National Front (KNF) ambush on a patrol in a remote area of Ruma upazila on Sunday, the Inter Services Public Relations Directorate (ISPR) said.

The patrol was on its way back to camp when the "armed terrorists" opened fire from a hilltop, and the soldiers returned fire, the ISPR said. The KNF said in a Facebook post that its members had only fired back after the army entered "our territory".

On Tuesday, a joint team of the army, the Rapid Action Battalion and police arrested six suspected KNF members in a raid on a village in Rowangchhari upazila and recovered two rifles and 150 rounds of ammunition, officials said.

In Thanchi, two men from a Marma village were shot dead in their jhum field on Monday. Local police suspected the KNF; the group denied any role and blamed "criminals who want to defame us".

More than 500 Bawm people have fled across the border to India's Mizoram state since the army began operations against the KNF last year, according to community leaders.
""",
events=[
    ev("KNF members ambushed an army patrol from a hilltop in a remote area of Ruma upazila; one soldier killed and two injured. The KNF says it fired back after the army entered its territory.",
       "2023-10-29", "‘on Sunday’ before the Thursday 2023-11-02 dateline: Sunday 2023-10-29",
       "Ruma upazila", "Chittagong", "BD", "battle", "Kuki-Chin National Front", "Bangladeshi security forces",
       1, None, 2, None,
       "An army soldier was killed and two others were injured in a Kuki-Chin National Front (KNF) ambush on a patrol in a remote area of Ruma upazila on Sunday",
       note="the KNF admits the exchange and says it only fired back"),
    ev("Army, RAB and police arrested six suspected KNF members in a raid on a village in Rowangchhari upazila and recovered two rifles.",
       "2023-10-31", "‘On Tuesday’ before the Thursday 2023-11-02 dateline: Tuesday 2023-10-31",
       "a village in Rowangchhari upazila", "Chittagong", "BD", "arrest", "Bangladeshi security forces", "Kuki-Chin National Front",
       None, None, None, None,
       "On Tuesday, a joint team of the army, the Rapid Action Battalion and police arrested six suspected KNF members in a raid on a village in Rowangchhari upazila",
       arrested=6),
    ev("Two men from a Marma village were shot dead in their jhum field in Thanchi; police suspected the KNF, which denied it.",
       "2023-10-30", "‘on Monday’ before the Thursday 2023-11-02 dateline: Monday 2023-10-30",
       "Thanchi", "Chittagong", "BD", "attack_on_civilians", "unknown", "civilians",
       2, None, None, None,
       "In Thanchi, two men from a Marma village were shot dead in their jhum field on Monday. Local police suspected the KNF; the group denied any role",
       note="suspected by the police, denied by the KNF: actor unknown"),
],
figures=[
    fig("displaced", 500, "Bandarban",
        "More than 500 Bawm people have fled across the border to India's Mizoram state since the army began operations against the KNF last year",
        note="fled to India"),
])

report("h17-15", "2021-06-22", "https://www.example-niameysentinel.com/securite/2021/06/22/banibangou-farmers-killed",
"""
Gunmen kill farmers near Banibangou; Niger army repels attack on Ayorou post

NIAMEY, June 22 (Niamey Sentinel) - Gunmen on motorcycles attacked farmers working in their fields near Banibangou, in the Tillabéri region, on Saturday, killing 13 of them, the interior ministry said in a statement on Sunday. An elected official of the commune said 17 people had been killed and that the attackers had also driven off livestock.

The ministry described the attackers as "terrorists" but did not name a group. Banibangou lies close to the border with Mali, where both the Islamic State and al-Qaeda's local affiliate are active.

On Sunday, a vehicle in an army convoy struck an explosive device between Torodi and Makalondi, near the border with Burkina Faso, killing three soldiers and wounding five, a security source said.

The defence ministry said on Monday that troops had repelled an attack on a security post at Ayorou during the night of Sunday to Monday, killing eight assailants, and that one soldier had been slightly wounded. The Islamic State group later claimed the attack on the Ayorou post in a statement, saying five soldiers had been killed, which the ministry denied.

Since January, attacks in the Tillabéri and Tahoua regions have killed more than 300 civilians, according to the United Nations, and more than 100,000 people are displaced in Tillabéri.
""",
events=[
    ev("Gunmen on motorcycles attacked farmers in their fields near Banibangou; the interior ministry says 13 killed, a local official 17.",
       "2021-06-19", "‘on Saturday’ before the Tuesday 2021-06-22 dateline: Saturday 2021-06-19",
       "near Banibangou", "Tillabéri", "NE", "attack_on_civilians", "militants (unidentified)", "civilians",
       13, 17, None, None,
       "Gunmen on motorcycles attacked farmers working in their fields near Banibangou, in the Tillabéri region, on Saturday, killing 13 of them, the interior ministry said in a statement on Sunday. An elected official of the commune said 17 people had been killed",
       note="'terrorists', no group named"),
    ev("An army convoy vehicle struck an explosive device between Torodi and Makalondi, killing three soldiers and wounding five.",
       "2021-06-20", "‘On Sunday’ before the Tuesday 2021-06-22 dateline: Sunday 2021-06-20",
       "between Torodi and Makalondi", "Tillabéri", "NE", "explosion", "unknown", "Nigerien security forces",
       3, None, 5, None,
       "On Sunday, a vehicle in an army convoy struck an explosive device between Torodi and Makalondi, near the border with Burkina Faso, killing three soldiers and wounding five"),
    ev("Troops repelled an attack on a security post at Ayorou, killing eight assailants, one soldier slightly wounded; the Islamic State claimed it and said five soldiers were killed.",
       "2021-06-20", "‘during the night of Sunday to Monday’ before the Tuesday 2021-06-22 dateline: the first night, Sunday 2021-06-20",
       "Ayorou", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
       8, None, 1, None,
       "The defence ministry said on Monday that troops had repelled an attack on a security post at Ayorou during the night of Sunday to Monday, killing eight assailants, and that one soldier had been slightly wounded. The Islamic State group later claimed the attack on the Ayorou post in a statement, saying five soldiers had been killed, which the ministry denied.",
       note="claimed by the Islamic State; its figure of five soldiers, denied by the ministry, is not used"),
],
figures=[
    fig("killed", 300, "Tillabéri and Tahoua",
        "Since January, attacks in the Tillabéri and Tahoua regions have killed more than 300 civilians"),
    fig("displaced", 100000, "Tillabéri",
        "more than 100,000 people are displaced in Tillabéri"),
])

report("h17-16", "2023-05-18", "https://www.example-tierracalientereporter.com/michoacan/2023/05/18/aguililla-drones-coalcoman-mine",
"""
Cartel drones bomb Aguililla community as mine kills three soldiers near Coalcomán

MORELIA, May 18 (Tierra Caliente Reporter) - Explosives dropped from drones hit houses in El Aguaje, a community in the municipality of Aguililla, on Sunday, wounding two residents, local authorities said. Residents blamed the Jalisco New Generation Cartel (CJNG), which has been fighting the Cárteles Unidos for control of the area for more than two years.

On Tuesday, three soldiers were killed and two were wounded when their vehicle ran over an explosive device buried in a dirt road near Coalcomán, the Defence Ministry said. The state's public security secretary said the mines had been laid by the same cartel to stop the army from advancing on its positions.

Gunmen ambushed a state police patrol on the outskirts of Apatzingán on Monday, killing two officers. One of the attackers was killed when the officers returned fire, the state prosecutor's office said.

On Wednesday, National Guard troops arrested seven suspected members of the CJNG in Buenavista and seized rifles, a grenade launcher and two armoured pick-ups, officials said.

More than 2,000 people have fled Aguililla and Coalcomán because of the fighting, according to the Catholic diocese of Apatzingán.
""",
events=[
    ev("Explosives dropped from drones hit houses in El Aguaje, Aguililla, wounding two residents; residents blamed the CJNG.",
       "2023-05-14", "‘on Sunday’ before the Thursday 2023-05-18 dateline: Sunday 2023-05-14",
       "El Aguaje", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "civilians",
       None, None, 2, None,
       "Explosives dropped from drones hit houses in El Aguaje, a community in the municipality of Aguililla, on Sunday, wounding two residents, local authorities said. Residents blamed the Jalisco New Generation Cartel (CJNG)",
       note="blamed by residents, no denial"),
    ev("An army vehicle ran over an explosive device buried in a dirt road near Coalcomán; three soldiers killed and two wounded. The state security secretary said the same cartel laid the mines.",
       "2023-05-16", "‘On Tuesday’ before the Thursday 2023-05-18 dateline: Tuesday 2023-05-16",
       "near Coalcomán", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "Mexican security forces",
       3, None, 2, None,
       "On Tuesday, three soldiers were killed and two were wounded when their vehicle ran over an explosive device buried in a dirt road near Coalcomán, the Defence Ministry said. The state's public security secretary said the mines had been laid by the same cartel",
       note="'the same cartel' refers back to the CJNG"),
    ev("Gunmen ambushed a state police patrol on the outskirts of Apatzingán, killing two officers; one attacker was killed.",
       "2023-05-15", "‘on Monday’ before the Thursday 2023-05-18 dateline: Monday 2023-05-15",
       "outskirts of Apatzingán", "Michoacán", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       3, None, None, None,
       "Gunmen ambushed a state police patrol on the outskirts of Apatzingán on Monday, killing two officers. One of the attackers was killed when the officers returned fire",
       note="3 = 2 police officers + 1 attacker"),
    ev("National Guard troops arrested seven suspected CJNG members in Buenavista and seized rifles and armoured pick-ups.",
       "2023-05-17", "‘On Wednesday’ before the Thursday 2023-05-18 dateline: Wednesday 2023-05-17",
       "Buenavista", "Michoacán", "MX", "arrest", "Mexican security forces", "Jalisco New Generation Cartel",
       None, None, None, None,
       "On Wednesday, National Guard troops arrested seven suspected members of the CJNG in Buenavista",
       arrested=7),
],
figures=[
    fig("displaced", 2000, "Aguililla and Coalcomán",
        "More than 2,000 people have fled Aguililla and Coalcomán because of the fighting"),
])

report("h17-17", "2021-07-06", "https://www.example-hindukushtimes.com/ghazni/2021/07/06/zana-khan-deh-yak",
"""
Taliban take Zana Khan district centre; Afghan forces say Deh Yak retaken

GHAZNI, July 6 (Hindu Kush Times) - Taliban fighters took control of the district centre of Zana Khan in Ghazni province overnight on Saturday after government forces pulled out, local officials said. The Ministry of Defence called the withdrawal a "tactical retreat" to avoid civilian casualties.

On Sunday, Afghan Air Force strikes on Taliban positions in Andar district killed 17 insurgents and wounded nine, the ministry said. Residents of Andar told the Times that at least three civilians were among the dead, a claim the ministry did not address.

Afghan forces retook the district centre of Deh Yak on Monday, two weeks after it fell to the Taliban, the provincial police spokesman said. Six Taliban fighters were killed in the operation, he said. A Taliban spokesman said on Twitter that the group's fighters had "tactically" left the district centre.

The Taliban say they now control more than 150 of Afghanistan's roughly 400 districts, a figure government officials dispute. In Ghazni alone, more than 5,000 families have been displaced since May, provincial officials say.
""",
events=[
    ev("Taliban fighters took the district centre of Zana Khan after government forces pulled out in what the ministry called a tactical retreat.",
       "2021-07-03", "‘overnight on Saturday’ before the Tuesday 2021-07-06 dateline: the first night, Saturday 2021-07-03",
       "Zana Khan district centre", "Ghazni", "AF", "territory_gain", "Taliban", "Afghan security forces",
       None, None, None, None,
       "Taliban fighters took control of the district centre of Zana Khan in Ghazni province overnight on Saturday after government forces pulled out, local officials said."),
    ev("Afghan Air Force strikes on Taliban positions in Andar district killed 17 insurgents and wounded nine; residents said at least three civilians were among the dead.",
       "2021-07-04", "‘On Sunday’ before the Tuesday 2021-07-06 dateline: Sunday 2021-07-04",
       "Andar district", "Ghazni", "AF", "explosion", "Afghan security forces", "Taliban",
       17, None, 9, None,
       "On Sunday, Afghan Air Force strikes on Taliban positions in Andar district killed 17 insurgents and wounded nine, the ministry said. Residents of Andar told the Times that at least three civilians were among the dead",
       note="residents say at least three of the 17 dead were civilians; no separate total"),
    ev("Afghan forces retook the district centre of Deh Yak, killing six Taliban fighters; the Taliban say they left tactically.",
       "2021-07-05", "‘on Monday’ before the Tuesday 2021-07-06 dateline: Monday 2021-07-05",
       "Deh Yak district centre", "Ghazni", "AF", "territory_gain", "Afghan security forces", "Taliban",
       6, None, None, None,
       "Afghan forces retook the district centre of Deh Yak on Monday, two weeks after it fell to the Taliban, the provincial police spokesman said. Six Taliban fighters were killed in the operation, he said."),
    ev("Deh Yak district centre had fallen to the Taliban about two weeks before it was retaken.",
       None, "‘two weeks after it fell to the Taliban’: about two weeks before Monday 2021-07-05; no day",
       "Deh Yak district centre", "Ghazni", "AF", "territory_gain", "Taliban", "Afghan security forces",
       None, None, None, None,
       "Afghan forces retook the district centre of Deh Yak on Monday, two weeks after it fell to the Taliban",
       optional=True),
],
figures=[
    fig("other", 150, "Afghanistan",
        "The Taliban say they now control more than 150 of Afghanistan's roughly 400 districts",
        note="districts held by the Taliban, by their own claim"),
    fig("displaced", 5000, "Ghazni",
        "In Ghazni alone, more than 5,000 families have been displaced since May",
        note="families, not people"),
])

report("h17-18", "2021-10-27", "https://www.example-bastarbulletin.com/chhattisgarh/2021/10/27/kistaram-encounter",
"""
Three Maoists killed in Sukma encounter; CRPF jawans hurt in Bijapur IED blast

RAIPUR, October 27 (Bastar Bulletin) - Three Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were killed in an encounter with security forces in the forests near Kistaram in Sukma district on Sunday, police said.

A joint team of the District Reserve Guard (DRG) and CoBRA commandos had set out on an anti-Naxal operation on Saturday night on information about a meeting of Maoist cadres, the Inspector General of Police, Bastar range, said. The exchange of fire lasted about an hour, and the bodies of the three Maoists were recovered along with a rifle and a muzzle-loading gun. No jawan was hurt.

On Monday morning, two CRPF jawans were injured when Maoists triggered an improvised explosive device as a road-opening party was clearing the road near Awapalli in Bijapur district. The injured were airlifted to Raipur and are stated to be out of danger.

In the Gangaloor area of Bijapur, Maoists killed a villager on Saturday night after branding him a police informer, police said. The rebels left behind a pamphlet in the name of their area committee claiming responsibility.

On Tuesday, Dantewada police arrested four members of a Maoist militia platoon wanted in connection with the torching of road construction vehicles, and nine others surrendered before the superintendent of police under the state's "Lon Varratu" campaign.

So far this year, 31 Maoists have been killed in encounters in the Bastar division, according to police.
""",
events=[
    ev("DRG and CoBRA commandos on an anti-Naxal operation clashed with Maoists in the forests near Kistaram; three Maoists killed, no jawan hurt.",
       "2021-10-24", "‘on Sunday’ before the Wednesday 2021-10-27 dateline: Sunday 2021-10-24",
       "forests near Kistaram", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       3, None, None, None,
       "Three Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were killed in an encounter with security forces in the forests near Kistaram in Sukma district on Sunday [...] No jawan was hurt.",
       note="Maoist wounded not stated"),
    ev("Maoists triggered an IED against a CRPF road-opening party near Awapalli, injuring two jawans.",
       "2021-10-25", "‘On Monday morning’ before the Wednesday 2021-10-27 dateline: Monday 2021-10-25",
       "near Awapalli", "Chhattisgarh", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       None, None, 2, None,
       "On Monday morning, two CRPF jawans were injured when Maoists triggered an improvised explosive device as a road-opening party was clearing the road near Awapalli in Bijapur district."),
    ev("Maoists killed a villager in the Gangaloor area, branding him a police informer, and left a pamphlet claiming it.",
       "2021-10-23", "‘on Saturday night’ before the Wednesday 2021-10-27 dateline: Saturday 2021-10-23",
       "Gangaloor", "Chhattisgarh", "IN", "attack_on_civilians", "CPI (Maoist)", "civilians",
       1, None, None, None,
       "In the Gangaloor area of Bijapur, Maoists killed a villager on Saturday night after branding him a police informer, police said. The rebels left behind a pamphlet in the name of their area committee claiming responsibility."),
    ev("Dantewada police arrested four members of a Maoist militia platoon; nine others surrendered.",
       "2021-10-26", "‘On Tuesday’ before the Wednesday 2021-10-27 dateline: Tuesday 2021-10-26",
       "Dantewada", "Chhattisgarh", "IN", "arrest", "Indian security forces", "CPI (Maoist)",
       None, None, None, None,
       "On Tuesday, Dantewada police arrested four members of a Maoist militia platoon wanted in connection with the torching of road construction vehicles",
       note="the nine who surrendered are not counted as arrested", arrested=4),
],
figures=[
    fig("killed", 31, "Bastar division",
        "So far this year, 31 Maoists have been killed in encounters in the Bastar division"),
])
# ---------------------------------------------------------------------------
# h17-19 .. h17-27
# ---------------------------------------------------------------------------

report("h17-19", "2016-06-15", "https://www.example-islamabadchronicle.com/national/2016/06/15/zarb-e-azb-two-years",
"""
Two years of Zarb-e-Azb: military says 3,500 terrorists killed as tribesmen return

RAWALPINDI, June 15 (Islamabad Chronicle) - The military said on Wednesday that about 3,500 terrorists had been killed and 992 of their hideouts destroyed since the launch of Operation Zarb-e-Azb in North Waziristan two years ago, as it marked the anniversary of the offensive.

In a briefing to journalists, the military's spokesman said 490 officers and soldiers had been martyred in the operation and that the army had cleared the last pockets of the agency, including the Shawal valley. "The terrorists' infrastructure has been dismantled. What remains is to make sure they can never come back," he said.

Of the nearly one million people displaced from North Waziristan and neighbouring areas, about 600,000 have gone back to their homes, according to the FATA Disaster Management Authority. Tribal elders in Miranshah said many returning families had found their houses and shops destroyed and were still waiting for compensation.

Critics in parliament say the offensive has pushed militants across the border into Afghanistan rather than defeating them, and that attacks on schools, markets and courts elsewhere in the country show that the threat remains. The government says terrorist attacks nationwide fell by about half in 2015 compared with the year before.
""",
figures=[
    fig("killed", 3500, "North Waziristan",
        "about 3,500 terrorists had been killed and 992 of their hideouts destroyed since the launch of Operation Zarb-e-Azb in North Waziristan two years ago",
        note="militants, running toll of the operation"),
    fig("other", 992, "North Waziristan",
        "about 3,500 terrorists had been killed and 992 of their hideouts destroyed",
        note="hideouts destroyed"),
    fig("killed", 490, "North Waziristan",
        "490 officers and soldiers had been martyred in the operation",
        note="soldiers"),
    fig("displaced", 1000000, "North Waziristan",
        "Of the nearly one million people displaced from North Waziristan and neighbouring areas"),
    fig("returned", 600000, "North Waziristan",
        "about 600,000 have gone back to their homes, according to the FATA Disaster Management Authority"),
],
country_hint="PK")

report("h17-20", "2020-08-04", "https://www.example-katsinacourier.com/news/2020/08/04/faskari-villages-attack",
"""
Bandits kill 14 in Faskari villages; air force pounds hideouts in Zamfara forest

KATSINA, August 4 (Katsina Courier) - Armed bandits on motorcycles attacked three villages near Faskari, in Faskari Local Government Area of Katsina State, on Saturday night, killing 14 people, the state police command said. Villagers who fled to Faskari town put the number of dead at 21 and said the attackers had also carted away cattle and foodstuffs.

The police spokesman said a combined team of police and soldiers had been deployed to the area and that "normalcy has returned".

The Air Task Force of Operation Hadarin Daji said on Monday that its jets had struck bandit hideouts in the Dumburum forest in Zurmi Local Government Area of Zamfara State on Sunday, "neutralising scores of bandits". The statement gave no figures.

On Monday, bandits abducted nine travellers from two commercial vehicles on the Funtua-Gusau road near Tsafe, a police source in Gusau said.

Also on Monday, police in Batsari arrested five suspected informants accused of supplying bandits with food and information on troop movements.

A civil society coalition says more than 1,100 people were killed by bandits in the northwest in the first half of the year.
""",
events=[
    ev("Armed bandits on motorcycles attacked three villages near Faskari, killing 14 (police) or 21 (villagers) and taking cattle.",
       "2020-08-01", "‘on Saturday night’ before the Tuesday 2020-08-04 dateline: Saturday 2020-08-01",
       "three villages near Faskari", "Katsina", "NG", "attack_on_civilians", "bandits", "civilians",
       14, 21, None, None,
       "Armed bandits on motorcycles attacked three villages near Faskari, in Faskari Local Government Area of Katsina State, on Saturday night, killing 14 people, the state police command said. Villagers who fled to Faskari town put the number of dead at 21",
       note="conflicting tolls 14 (police) vs 21 (villagers); three villages sharing one toll kept as one event"),
    ev("Air Task Force jets struck bandit hideouts in the Dumburum forest, Zurmi LGA, 'neutralising scores of bandits'; no figures.",
       "2020-08-02", "strikes ‘on Sunday’, announced on Monday 2020-08-03, before the Tuesday 2020-08-04 dateline: Sunday 2020-08-02",
       "Dumburum forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "The Air Task Force of Operation Hadarin Daji said on Monday that its jets had struck bandit hideouts in the Dumburum forest in Zurmi Local Government Area of Zamfara State on Sunday, \"neutralising scores of bandits\". The statement gave no figures.",
       note="'scores' gives no toll"),
    ev("Bandits abducted nine travellers from two commercial vehicles on the Funtua-Gusau road near Tsafe.",
       "2020-08-03", "‘On Monday’ before the Tuesday 2020-08-04 dateline: Monday 2020-08-03",
       "Funtua-Gusau road near Tsafe", "Zamfara", "NG", "other", "bandits", "civilians",
       None, None, None, None,
       "On Monday, bandits abducted nine travellers from two commercial vehicles on the Funtua-Gusau road near Tsafe",
       note="abduction"),
    ev("Police in Batsari arrested five suspected informants of the bandits.",
       "2020-08-03", "‘Also on Monday’ before the Tuesday 2020-08-04 dateline: Monday 2020-08-03",
       "Batsari", "Katsina", "NG", "arrest", "Nigerian security forces", "bandits",
       None, None, None, None,
       "Also on Monday, police in Batsari arrested five suspected informants accused of supplying bandits with food and information on troop movements.",
       arrested=5),
],
figures=[
    fig("killed", 1100, "northwest Nigeria",
        "more than 1,100 people were killed by bandits in the northwest in the first half of the year"),
])

report("h17-21", "2022-04-20", "https://www.example-sahelwire.com/mali/2022/04/20/anderamboukane-msa-attack",
"""
Islamic State fighters attack MSA near Andéramboukane; 11 civilians killed near Tidermène

BAMAKO, April 20 (Sahel Wire) - Fighters of the Islamic State in the Greater Sahara attacked positions of the Movement for the Salvation of Azawad (MSA) near Andéramboukane, in the Ménaka region, on Saturday, setting off clashes that lasted most of the day, the armed group said.

An MSA spokesman said six of its fighters had been killed and that its men had counted the bodies of 15 assailants. The jihadists withdrew towards the border with Niger, he said.

The next day, the same assailants attacked a nomad camp near Tidermène, killing 11 civilians, among them an elderly camp chief, local officials and a humanitarian source said. Livestock was driven away and tents were burned.

The Malian armed forces said in a communiqué on Tuesday that an air strike near Tessit, in the Gao region, had "neutralised" eight terrorists on Monday and destroyed two vehicles. The communiqué did not say which group had been targeted.

Since early March, the fighting in the Ménaka region has driven more than 7,000 people into Ménaka town, according to the UN humanitarian office, and local officials say several hundred civilians have been killed.
""",
events=[
    ev("Islamic State fighters attacked MSA positions near Andéramboukane in day-long clashes; the MSA says it lost six fighters and counted 15 dead assailants.",
       "2022-04-16", "‘on Saturday’ before the Wednesday 2022-04-20 dateline: Saturday 2022-04-16",
       "near Andéramboukane", "Ménaka", "ML", "battle", "Islamic State", "MSA",
       21, None, None, None,
       "Fighters of the Islamic State in the Greater Sahara attacked positions of the Movement for the Salvation of Azawad (MSA) near Andéramboukane, in the Ménaka region, on Saturday, setting off clashes that lasted most of the day, the armed group said. [...] An MSA spokesman said six of its fighters had been killed and that its men had counted the bodies of 15 assailants.",
       note="21 = 6 MSA fighters + 15 assailants (MSA count)"),
    ev("The same Islamic State assailants attacked a nomad camp near Tidermène, killing 11 civilians and burning tents.",
       "2022-04-17", "‘The next day’ after Saturday 2022-04-16: Sunday 2022-04-17",
       "nomad camp near Tidermène", "Ménaka", "ML", "attack_on_civilians", "Islamic State", "civilians",
       11, None, None, None,
       "The next day, the same assailants attacked a nomad camp near Tidermène, killing 11 civilians",
       note="'the same assailants' refers back to the Islamic State fighters"),
    ev("A Malian air strike near Tessit neutralised eight terrorists and destroyed two vehicles; no group named.",
       "2022-04-18", "‘on Monday’, in a communiqué of Tuesday 2022-04-19, before the Wednesday 2022-04-20 dateline: Monday 2022-04-18",
       "near Tessit", "Gao", "ML", "explosion", "Malian security forces", "militants (unidentified)",
       8, None, None, None,
       "The Malian armed forces said in a communiqué on Tuesday that an air strike near Tessit, in the Gao region, had \"neutralised\" eight terrorists on Monday and destroyed two vehicles. The communiqué did not say which group had been targeted."),
],
figures=[
    fig("displaced", 7000, "Ménaka",
        "Since early March, the fighting in the Ménaka region has driven more than 7,000 people into Ménaka town"),
])

report("h17-22", "2023-10-04", "https://www.example-caribbeanledger.com/haiti/2023/10/04/security-council-kenya-mission",
"""
UN Security Council authorises Kenyan-led force for Haiti

PORT-AU-PRINCE, October 4 (Caribbean Ledger) - The UN Security Council on Monday authorised a multinational security support mission led by Kenya to help Haiti's police fight the armed gangs that control most of the capital, a year after the Haitian government first asked for foreign troops.

Kenya has offered 1,000 police officers, and the Bahamas, Jamaica and Antigua and Barbuda have also pledged personnel. The resolution authorises the mission for an initial year and says it is to be paid for by voluntary contributions.

In Port-au-Prince the news was greeted with caution. "We have heard promises before. Meanwhile the gangs burn our houses and kidnap our children," said a woman from Carrefour-Feuilles who has been sleeping in a school since she fled her neighbourhood.

According to UN figures, more than 3,000 people were killed in gang violence between January and September, and about 1,500 were kidnapped. More than 200,000 people have fled their homes, many of them to makeshift camps in schools and public squares. The national police has about 9,000 officers on duty for a country of 11 million, and the gangs are believed to control about 80 percent of the capital.

No date has been set for the deployment, and a Kenyan court has still to rule on a challenge to it.
""",
figures=[
    fig("fighters", 1000, "Haiti",
        "Kenya has offered 1,000 police officers",
        note="police officers pledged by Kenya"),
    fig("killed", 3000, "Haiti",
        "more than 3,000 people were killed in gang violence between January and September"),
    fig("other", 1500, "Haiti",
        "about 1,500 were kidnapped",
        note="people kidnapped, January to September"),
    fig("displaced", 200000, "Haiti",
        "More than 200,000 people have fled their homes"),
    fig("fighters", 9000, "Haiti",
        "The national police has about 9,000 officers on duty",
        note="police strength"),
],
country_hint="HT")

report("h17-23", "2024-02-08", "https://www.example-kaladantimes.com/rakhine/2024/02/08/kyauktaw-battalion-falls",
"""
Arakan Army overruns battalion base near Kyauktaw; junta jets strike Minbya village

SITTWE, February 8 (Kaladan Times) - The Arakan Army said it captured a Myanmar army battalion headquarters on a hill outside Kyauktaw town on Monday after a week-long siege, the latest in a string of military positions to fall to the ethnic armed group in northern Rakhine State.

In a statement, the AA said its fighters had killed "dozens" of soldiers and captured 20, along with weapons and ammunition. The military has not commented on the loss of the base.

A junta air strike on a village in Minbya township on Tuesday afternoon killed 12 civilians and wounded about 20, residents said. Rescuers first counted nine bodies; three more were pulled from the rubble of a house later in the evening. The junta's spokesman denied striking civilians and said the air force had targeted "AA terrorist positions".

A navy vessel off the coast shelled Pauktaw town on Wednesday morning, killing two residents and wounding five, a local administrator appointed by the AA said. Most of the town's population had already fled.

More than 190,000 people have been displaced in Rakhine since the AA ended an informal ceasefire and launched its offensive in November, according to local aid groups.
""",
events=[
    ev("The Arakan Army captured a Myanmar army battalion headquarters on a hill outside Kyauktaw after a week-long siege; it claims dozens of soldiers killed and 20 captured.",
       "2024-02-05", "‘on Monday’ before the Thursday 2024-02-08 dateline: Monday 2024-02-05",
       "battalion headquarters outside Kyauktaw", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar military",
       None, None, None, None,
       "The Arakan Army said it captured a Myanmar army battalion headquarters on a hill outside Kyauktaw town on Monday after a week-long siege [...] In a statement, the AA said its fighters had killed \"dozens\" of soldiers and captured 20",
       note="the AA's claim of 'dozens' killed is not used (and 'dozens' gives no toll)"),
    ev("A military aircraft bombed a village in Minbya township, killing 12 civilians and wounding about 20; nine bodies were counted first. The junta says it hit AA positions.",
       "2024-02-06", "‘on Tuesday afternoon’ before the Thursday 2024-02-08 dateline: Tuesday 2024-02-06",
       "a village in Minbya township", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       12, None, 20, None,
       "A junta air strike on a village in Minbya township on Tuesday afternoon killed 12 civilians and wounded about 20, residents said. Rescuers first counted nine bodies; three more were pulled from the rubble of a house later in the evening. The junta's spokesman denied striking civilians",
       note="revised toll 9 -> 12; the army admits the strike but disputes who was hit"),
    ev("A navy vessel shelled Pauktaw town, killing two residents and wounding five.",
       "2024-02-07", "‘on Wednesday morning’ before the Thursday 2024-02-08 dateline: Wednesday 2024-02-07",
       "Pauktaw", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       2, None, 5, None,
       "A navy vessel off the coast shelled Pauktaw town on Wednesday morning, killing two residents and wounding five"),
],
figures=[
    fig("displaced", 190000, "Rakhine",
        "More than 190,000 people have been displaced in Rakhine since the AA ended an informal ceasefire and launched its offensive in November"),
])

report("h17-24", "2024-06-26", "https://www.example-pacificopost.com/cauca/2024/06/26/morales-motorcycle-bomb",
"""
Motorcycle bomb kills police officer in Morales; drones hit army base in El Plateado

POPAYÁN, June 26 (Pacífico Post) - A police officer was killed and four civilians were wounded when a motorcycle loaded with explosives blew up outside the police station in Morales, in the southwestern department of Cauca, on Sunday night, police said.

Police blamed the Jaime Martínez front, a faction of the FARC dissident group known as the Central General Staff (EMC), which has carried out a string of attacks on police stations in the department. The group did not respond to a request for comment.

On Monday, explosives dropped from drones hit an army base in El Plateado, in the municipality of Argelia, wounding three soldiers, the army's Third Division said. It blamed dissidents of the Carlos Patiño front.

On Tuesday, troops patrolling a rural area of Suárez came under fire from dissidents, the army said. Two of the attackers were killed and a soldier was wounded in the firefight that followed.

Cauca has recorded more than 200 attacks on the security forces so far this year, the governor's office said. The government suspended its ceasefire with the EMC factions active in the department in March.
""",
events=[
    ev("A motorcycle bomb blew up outside the police station in Morales, killing a police officer and wounding four civilians; police blamed the Jaime Martínez front of the FARC dissidents.",
       "2024-06-23", "‘on Sunday night’ before the Wednesday 2024-06-26 dateline: Sunday 2024-06-23",
       "police station, Morales", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       1, None, 4, None,
       "A police officer was killed and four civilians were wounded when a motorcycle loaded with explosives blew up outside the police station in Morales, in the southwestern department of Cauca, on Sunday night, police said. [...] Police blamed the Jaime Martínez front, a faction of the FARC dissident group known as the Central General Staff (EMC)",
       note="blamed by the police, no response from the group"),
    ev("Explosives dropped from drones hit an army base in El Plateado, Argelia, wounding three soldiers; the army blamed the Carlos Patiño front.",
       "2024-06-24", "‘On Monday’ before the Wednesday 2024-06-26 dateline: Monday 2024-06-24",
       "army base, El Plateado", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       None, None, 3, None,
       "On Monday, explosives dropped from drones hit an army base in El Plateado, in the municipality of Argelia, wounding three soldiers, the army's Third Division said. It blamed dissidents of the Carlos Patiño front."),
    ev("Dissidents fired on troops patrolling rural Suárez; two attackers were killed and a soldier wounded.",
       "2024-06-25", "‘On Tuesday’ before the Wednesday 2024-06-26 dateline: Tuesday 2024-06-25",
       "rural Suárez", "Cauca", "CO", "battle", "FARC dissidents", "Colombian security forces",
       2, None, 1, None,
       "On Tuesday, troops patrolling a rural area of Suárez came under fire from dissidents, the army said. Two of the attackers were killed and a soldier was wounded in the firefight that followed."),
],
figures=[
    fig("other", 200, "Cauca",
        "Cauca has recorded more than 200 attacks on the security forces so far this year",
        note="attacks on the security forces"),
])

report("h17-25", "2017-03-09", "https://www.example-sahelcourier.com/burkina/2017/03/09/tongomayel-gendarmerie-attack",
"""
Gendarme killed in attack on Tongomayel post; school head shot dead in Baraboulé

OUAGADOUGOU, March 9 (Sahel Courier) - A gendarme was killed and two others were wounded when armed men attacked the gendarmerie post at Tongomayel, in Soum province, on Saturday night, the security ministry said.

The attackers, who came on motorcycles, fired on the building for about half an hour and set fire to a vehicle before withdrawing towards the Malian border, a gendarmerie source said. In a telephone call to a local radio station on Monday, a man who said he spoke for the Ansarul Islam group claimed the attack.

On Friday, gunmen shot dead the headmaster of a primary school and a villager who tried to help him in a village of Baraboulé commune, residents said. The teachers' union said the killers had earlier warned teachers to stop teaching in French.

Security forces detained 12 people in a sweep around Djibo on Tuesday, the ministry said, without saying whether they were linked to the attacks.

The insecurity has closed more than 100 schools in Soum province, according to the education ministry, and hundreds of teachers have left the area.
""",
events=[
    ev("Armed men on motorcycles attacked the gendarmerie post at Tongomayel, killing a gendarme and wounding two; a man speaking for Ansarul Islam claimed it.",
       "2017-03-04", "‘on Saturday night’ before the Thursday 2017-03-09 dateline: Saturday 2017-03-04",
       "gendarmerie post, Tongomayel", "Sahel", "BF", "battle", "Ansarul Islam", "Burkinabe security forces",
       1, None, 2, None,
       "A gendarme was killed and two others were wounded when armed men attacked the gendarmerie post at Tongomayel, in Soum province, on Saturday night, the security ministry said. [...] In a telephone call to a local radio station on Monday, a man who said he spoke for the Ansarul Islam group claimed the attack.",
       note="actor from the later claim by telephone"),
    ev("Gunmen shot dead a primary school headmaster and a villager who tried to help him in a village of Baraboulé commune.",
       "2017-03-03", "‘On Friday’ before the Thursday 2017-03-09 dateline: Friday 2017-03-03",
       "a village of Baraboulé commune", "Sahel", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "On Friday, gunmen shot dead the headmaster of a primary school and a villager who tried to help him in a village of Baraboulé commune, residents said."),
    ev("Security forces detained 12 people in a sweep around Djibo.",
       "2017-03-07", "‘on Tuesday’ before the Thursday 2017-03-09 dateline: Tuesday 2017-03-07",
       "around Djibo", "Sahel", "BF", "arrest", "Burkinabe security forces", "civilians",
       None, None, None, None,
       "Security forces detained 12 people in a sweep around Djibo on Tuesday, the ministry said, without saying whether they were linked to the attacks.",
       note="no link to an armed group stated", arrested=12),
],
figures=[
    fig("other", 100, "Soum province",
        "The insecurity has closed more than 100 schools in Soum province",
        note="schools closed"),
])

report("h17-26", "2024-07-10", "https://www.example-quettaobserver.com/balochistan/2024/07/10/buleda-fc-post-attack",
"""
Three FC soldiers, five attackers killed in Buleda assault; Levies men die in Mastung blast

QUETTA, July 10 (Quetta Observer) - Three soldiers of the Frontier Corps embraced martyrdom and five terrorists were sent to hell when militants attacked an FC post in Buleda, in Kech district, on Monday night, the Inter-Services Public Relations (ISPR) said on Tuesday.

The attackers tried to enter the post from two sides but were repulsed by the soldiers, the ISPR said, adding that a clearance operation was under way in the area. The outlawed Baloch Liberation Army claimed the attack in a statement to the media, saying its fighters had killed 12 soldiers and held the post for an hour.

In Mastung, two Levies personnel were killed and three were injured on Sunday when a remote-controlled bomb planted by the roadside went off as their vehicle passed through the Kardgap area, the deputy commissioner said. No one has claimed responsibility.

The provincial Counter Terrorism Department said its personnel had killed four terrorists of a proscribed organisation in a shoot-out in Kharan early on Tuesday. The department said the men were involved in attacks on security forces and the killing of labourers, and that weapons and explosives had been recovered from their hideout.

According to an Islamabad-based think-tank, Balochistan saw 170 militant attacks in the first half of the year, more than in the whole of 2022.
""",
events=[
    ev("Militants attacked an FC post in Buleda and were repulsed; the ISPR says three soldiers and five attackers killed. The BLA claimed it and said 12 soldiers were killed.",
       "2024-07-08", "‘on Monday night’ before the Wednesday 2024-07-10 dateline: Monday 2024-07-08",
       "FC post, Buleda", "Balochistan", "PK", "battle", "Baloch Liberation Army", "Pakistani security forces",
       8, None, None, None,
       "Three soldiers of the Frontier Corps embraced martyrdom and five terrorists were sent to hell when militants attacked an FC post in Buleda, in Kech district, on Monday night [...] The outlawed Baloch Liberation Army claimed the attack in a statement to the media, saying its fighters had killed 12 soldiers and held the post for an hour.",
       note="8 = 3 soldiers + 5 attackers (ISPR); the BLA claim of 12 soldiers is not used"),
    ev("A remote-controlled roadside bomb hit a Levies vehicle in the Kardgap area of Mastung, killing two and injuring three; no claim.",
       "2024-07-07", "‘on Sunday’ before the Wednesday 2024-07-10 dateline: Sunday 2024-07-07",
       "Kardgap, Mastung", "Balochistan", "PK", "explosion", "unknown", "Pakistani security forces",
       2, None, 3, None,
       "In Mastung, two Levies personnel were killed and three were injured on Sunday when a remote-controlled bomb planted by the roadside went off as their vehicle passed through the Kardgap area, the deputy commissioner said. No one has claimed responsibility."),
    ev("The CTD killed four militants of a proscribed organisation in a shoot-out in Kharan.",
       "2024-07-09", "‘early on Tuesday’ before the Wednesday 2024-07-10 dateline: Tuesday 2024-07-09",
       "Kharan", "Balochistan", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       4, None, None, None,
       "The provincial Counter Terrorism Department said its personnel had killed four terrorists of a proscribed organisation in a shoot-out in Kharan early on Tuesday.",
       note="the organisation is not named"),
],
figures=[
    fig("other", 170, "Balochistan",
        "Balochistan saw 170 militant attacks in the first half of the year",
        note="militant attacks"),
])

report("h17-27", "2024-03-21", "https://www.example-costapost.com/ecuador/2024/03/21/duran-house-massacre",
"""
Five killed in Durán house attack; soldiers clash with Los Tiguerones in Esmeraldas

GUAYAQUIL, March 21 (Costa Post) - Gunmen burst into a house in Durán, across the river from Guayaquil, on Sunday night and shot dead five people, among them a teenager, police said. Police attributed the massacre to the Chone Killers gang, which is fighting a rival group for control of drug sales in the city, and said the victims had no criminal records.

On Tuesday, soldiers on patrol in Esmeraldas clashed with members of Los Tiguerones, killing two and detaining 11, the Joint Command of the Armed Forces said. It described the dead as "terrorists", the term the government has applied to the gangs since it declared an internal armed conflict in January.

An explosive device went off outside a police community unit in the Socio Vivienda area of Guayaquil early on Monday, damaging the building and two patrol cars. No one was hurt, police said.

On Wednesday, police and soldiers arrested 18 suspected members of Los Lobos in simultaneous raids in Machala, in El Oro province, and seized rifles, drugs and cash.

More than 7,000 people have been detained since the January decree, the government says, and the number of killings in the country has fallen since then.
""",
events=[
    ev("Gunmen burst into a house in Durán and shot dead five people including a teenager; police attributed it to the Chone Killers.",
       "2024-03-17", "‘on Sunday night’ before the Thursday 2024-03-21 dateline: Sunday 2024-03-17",
       "Durán", "Guayas", "EC", "attack_on_civilians", "Chone Killers", "civilians",
       5, None, None, None,
       "Gunmen burst into a house in Durán, across the river from Guayaquil, on Sunday night and shot dead five people, among them a teenager, police said. Police attributed the massacre to the Chone Killers gang",
       note="attributed by the police, no denial"),
    ev("Soldiers on patrol in Esmeraldas clashed with Los Tiguerones, killing two and detaining 11.",
       "2024-03-19", "‘On Tuesday’ before the Thursday 2024-03-21 dateline: Tuesday 2024-03-19",
       "Esmeraldas", "Esmeraldas", "EC", "battle", "Ecuadorian security forces", "Los Tiguerones",
       2, None, None, None,
       "On Tuesday, soldiers on patrol in Esmeraldas clashed with members of Los Tiguerones, killing two and detaining 11, the Joint Command of the Armed Forces said.",
       note="the 11 detained in the clash are not a separate arrest event"),
    ev("An explosive device went off outside a police community unit in Socio Vivienda, Guayaquil, damaging the building and two patrol cars; nobody hurt.",
       "2024-03-18", "‘early on Monday’ before the Thursday 2024-03-21 dateline: Monday 2024-03-18",
       "Socio Vivienda, Guayaquil", "Guayas", "EC", "explosion", "unknown", "Ecuadorian security forces",
       0, None, 0, None,
       "An explosive device went off outside a police community unit in the Socio Vivienda area of Guayaquil early on Monday, damaging the building and two patrol cars. No one was hurt, police said."),
    ev("Police and soldiers arrested 18 suspected Los Lobos members in simultaneous raids in Machala.",
       "2024-03-20", "‘On Wednesday’ before the Thursday 2024-03-21 dateline: Wednesday 2024-03-20",
       "Machala", "El Oro", "EC", "arrest", "Ecuadorian security forces", "Los Lobos",
       None, None, None, None,
       "On Wednesday, police and soldiers arrested 18 suspected members of Los Lobos in simultaneous raids in Machala, in El Oro province",
       arrested=18),
],
figures=[
    fig("arrested", 7000, "Ecuador",
        "More than 7,000 people have been detained since the January decree"),
])
# ---------------------------------------------------------------------------
# h17-28 .. h17-36
# ---------------------------------------------------------------------------

report("h17-28", "2024-05-30", "https://www.example-imphalreview.com/manipur/2024/05/30/a-year-in-relief-camps",
"""
A year after Manipur's ethnic violence began, 58,000 still in relief camps

IMPHAL, May 30 (Imphal Review) - More than a year after clashes between the Meitei and Kuki-Zo communities broke out in Manipur, about 58,000 people are still living in relief camps, according to state government figures, and the buffer zones between the valley and the hills remain under the guard of central forces.

The state government says at least 224 people have been killed since May 3 last year. More than 4,000 weapons looted from police armouries in the first weeks of the violence are still missing, officials say; about 1,800 have been recovered or handed back. Around 60,000 central security personnel are now deployed in the state.

Talks between the Centre and Kuki-Zo armed groups under the Suspension of Operations agreement have made little progress, and Meitei civil society groups want the agreement scrapped. Kuki-Zo groups, for their part, are demanding a separate administration for the hill districts.

"Our children have been out of school for a year. We still hear gunfire from the hills at night, and nobody can tell us when we will go home," said a woman from Moreh who lives with her family in a camp in Imphal.

Officials say the government plans to build prefabricated houses for 3,000 displaced families before the monsoon, but work has been slow, and many camps are in schools that need to reopen.
""",
figures=[
    fig("displaced", 58000, "Manipur",
        "about 58,000 people are still living in relief camps"),
    fig("killed", 224, "Manipur",
        "The state government says at least 224 people have been killed since May 3 last year."),
    fig("other", 4000, "Manipur",
        "More than 4,000 weapons looted from police armouries in the first weeks of the violence are still missing",
        note="weapons missing"),
    fig("other", 1800, "Manipur",
        "about 1,800 have been recovered or handed back",
        note="looted weapons recovered"),
    fig("fighters", 60000, "Manipur",
        "Around 60,000 central security personnel are now deployed in the state.",
        note="central security forces deployed"),
],
country_hint="IN")

report("h17-29", "2015-09-17", "https://www.example-diffaecho.com/en/2015/09/17/assaga-raid-gueskerou",
"""
Boko Haram kills nine in Assaga raid; Niger troops repel attack on Gueskérou

NIAMEY, September 17 (Diffa Echo) - Boko Haram fighters raided the village of Assaga, on the Komadougou Yobé river that marks the border with Nigeria, on Monday night, killing nine villagers and setting fire to houses and granaries, local officials said.

On Tuesday, Nigerien soldiers, backed by Chadian troops deployed in the region, repelled an attack on a military position in Gueskérou, the defence ministry said in a statement read on state radio. Fourteen assailants were killed, while the army lost two soldiers and four others were wounded, the statement said. The ministry described the assailants as "elements of the Boko Haram sect" who had crossed the river from Nigeria.

In Diffa town, a woman blew herself up at a checkpoint near the central market on Wednesday morning, killing a soldier and wounding three people, a security source said. No group claimed the attack, but officials blamed Boko Haram, which has sent several female bombers into the town since June.

The region hosts more than 150,000 refugees and displaced people who have fled the insurgency in Nigeria and the attacks on Niger's side of the border, according to the UN refugee agency.
""",
events=[
    ev("Boko Haram fighters raided Assaga on the Komadougou Yobé, killing nine villagers and burning houses and granaries.",
       "2015-09-14", "‘on Monday night’ before the Thursday 2015-09-17 dateline: Monday 2015-09-14",
       "Assaga", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       9, None, None, None,
       "Boko Haram fighters raided the village of Assaga, on the Komadougou Yobé river that marks the border with Nigeria, on Monday night, killing nine villagers and setting fire to houses and granaries"),
    ev("Nigerien soldiers backed by Chadian troops repelled a Boko Haram attack on a military position in Gueskérou; 14 assailants and two soldiers killed, four soldiers wounded.",
       "2015-09-15", "‘On Tuesday’ before the Thursday 2015-09-17 dateline: Tuesday 2015-09-15",
       "Gueskérou", "Diffa", "NE", "battle", "Boko Haram", "Nigerien security forces",
       16, None, 4, None,
       "On Tuesday, Nigerien soldiers, backed by Chadian troops deployed in the region, repelled an attack on a military position in Gueskérou [...] Fourteen assailants were killed, while the army lost two soldiers and four others were wounded, the statement said. The ministry described the assailants as \"elements of the Boko Haram sect\"",
       note="16 = 14 assailants + 2 soldiers; the attacker is named only in a later sentence; Chadian troops fought beside the Nigerien army"),
    ev("A woman blew herself up at a checkpoint near the central market in Diffa, killing a soldier and wounding three; officials blamed Boko Haram.",
       "2015-09-16", "‘on Wednesday morning’ before the Thursday 2015-09-17 dateline: Wednesday 2015-09-16",
       "checkpoint near the central market, Diffa", "Diffa", "NE", "explosion", "Boko Haram", "Nigerien security forces",
       2, None, 3, None,
       "In Diffa town, a woman blew herself up at a checkpoint near the central market on Wednesday morning, killing a soldier and wounding three people, a security source said. No group claimed the attack, but officials blamed Boko Haram",
       note="2 = the bomber + 1 soldier; blamed, not claimed, not denied"),
],
figures=[
    fig("displaced", 150000, "Diffa region",
        "The region hosts more than 150,000 refugees and displaced people",
        note="refugees and internally displaced together"),
])

report("h17-30", "2023-10-10", "https://www.example-northeastledger.com/manipur/2023/10/10/phougakchao-ikhai-firing",
"""
Two village volunteers killed in Bishnupur foothills firing; houses torched in Kangpokpi

IMPHAL, October 10 (Northeast Ledger) - Two village volunteers were killed and three others injured in a gunfight near Phougakchao Ikhai in Bishnupur district on Saturday, police said, in the latest exchange of fire along the foothills that separate the Meitei-dominated valley from the Kuki-Zo-inhabited hills of Churachandpur.

Police said armed miscreants positioned on the hills opened fire on the volunteers' bunkers at around 6am, and that the firing went on intermittently for four hours. A Kuki-Zo civil body in Churachandpur denied that its volunteers had started the firing, saying they had only responded to an attack by Meitei armed groups.

On Sunday night, a group of armed men set fire to at least 15 abandoned houses in a village in Kangpokpi district, officials said. No one was hurt, as the residents had fled in May.

Security forces arrested five men in camouflage uniforms carrying automatic weapons at a checkpoint in Kakching district on Monday, police said. The men belonged to a valley-based armed group, police said, without naming it.

At least 180 people have been killed and more than 60,000 displaced since ethnic violence broke out in the state in May, according to official figures.
""",
events=[
    ev("A gunfight near Phougakchao Ikhai killed two Meitei village volunteers and injured three; police said gunmen on the hills fired first, a Kuki-Zo body said its volunteers only responded.",
       "2023-10-07", "‘on Saturday’ before the Tuesday 2023-10-10 dateline: Saturday 2023-10-07",
       "Phougakchao Ikhai", "Manipur", "IN", "battle", "unknown", "Meitei militia",
       2, None, 3, None,
       "Two village volunteers were killed and three others injured in a gunfight near Phougakchao Ikhai in Bishnupur district on Saturday, police said [...] Police said armed miscreants positioned on the hills opened fire on the volunteers' bunkers at around 6am, and that the firing went on intermittently for four hours. A Kuki-Zo civil body in Churachandpur denied that its volunteers had started the firing",
       note="who fired first is disputed (police: gunmen on the hills; Kuki-Zo body: Meitei armed groups): actor1 unknown; the volunteers are Meitei village volunteers"),
    ev("Armed men set fire to at least 15 abandoned houses in a village in Kangpokpi district; nobody hurt.",
       "2023-10-08", "‘On Sunday night’ before the Tuesday 2023-10-10 dateline: Sunday 2023-10-08",
       "a village in Kangpokpi district", "Manipur", "IN", "other", "unknown", "civilians",
       0, None, 0, None,
       "On Sunday night, a group of armed men set fire to at least 15 abandoned houses in a village in Kangpokpi district, officials said. No one was hurt",
       note="arson of houses"),
    ev("Security forces arrested five armed men in camouflage at a checkpoint in Kakching district; police said they belonged to an unnamed valley-based armed group.",
       "2023-10-09", "‘on Monday’ before the Tuesday 2023-10-10 dateline: Monday 2023-10-09",
       "Kakching district", "Manipur", "IN", "arrest", "Indian security forces", "militants (unidentified)",
       None, None, None, None,
       "Security forces arrested five men in camouflage uniforms carrying automatic weapons at a checkpoint in Kakching district on Monday, police said. The men belonged to a valley-based armed group, police said, without naming it.",
       arrested=5),
],
figures=[
    fig("killed", 180, "Manipur",
        "At least 180 people have been killed and more than 60,000 displaced since ethnic violence broke out in the state in May"),
    fig("displaced", 60000, "Manipur",
        "At least 180 people have been killed and more than 60,000 displaced since ethnic violence broke out in the state in May"),
])

report("h17-31", "2022-11-16", "https://www.example-kabulledger.com/afghanistan/2022/11/16/mazar-minibus-blast",
"""
Minibus blast kills four in Mazar-i-Sharif; Taliban and NRF clash in Andarab

KABUL, November 16 (Kabul Ledger) - A bomb attached to a minibus exploded in the west of Mazar-i-Sharif on Sunday evening, killing four passengers and wounding nine, the Taliban's police spokesman for Balkh province said. He had earlier put the toll at three dead.

The Islamic State group claimed the bombing on Monday through its Amaq news agency, saying its fighters had killed or wounded 15 people.

In Andarab district of Baghlan province, fighters of the National Resistance Front attacked a Taliban checkpoint on Saturday night, the NRF said, claiming to have killed eight Taliban. A Taliban district official said two of the group's fighters and three "rebels" had been killed in the fighting.

On Tuesday, Taliban intelligence forces raided a house in Charikar, the capital of Parwan province, killing two members of the Islamic State group and detaining four, the Taliban's chief spokesman said. He said the cell had been planning attacks in Kabul.

The UN mission in Afghanistan says more than 700 civilians have been killed in attacks since the Taliban took power in August last year, most of them claimed by the Islamic State's regional affiliate.
""",
events=[
    ev("A bomb attached to a minibus exploded in the west of Mazar-i-Sharif, killing four passengers (first reported as three) and wounding nine; the Islamic State claimed it.",
       "2022-11-13", "‘on Sunday evening’ before the Wednesday 2022-11-16 dateline: Sunday 2022-11-13",
       "west of Mazar-i-Sharif", "Balkh", "AF", "explosion", "Islamic State", "civilians",
       4, None, 9, None,
       "A bomb attached to a minibus exploded in the west of Mazar-i-Sharif on Sunday evening, killing four passengers and wounding nine, the Taliban's police spokesman for Balkh province said. He had earlier put the toll at three dead. [...] The Islamic State group claimed the bombing on Monday through its Amaq news agency, saying its fighters had killed or wounded 15 people.",
       note="revised toll 3 -> 4; the claim of 15 killed or wounded is not used"),
    ev("NRF fighters attacked a Taliban checkpoint in Andarab; the NRF claimed eight Taliban killed, a Taliban official said two Taliban and three rebels died.",
       "2022-11-12", "‘on Saturday night’ before the Wednesday 2022-11-16 dateline: Saturday 2022-11-12",
       "Andarab district", "Baghlan", "AF", "battle", "National Resistance Front", "Taliban",
       5, None, None, None,
       "In Andarab district of Baghlan province, fighters of the National Resistance Front attacked a Taliban checkpoint on Saturday night, the NRF said, claiming to have killed eight Taliban. A Taliban district official said two of the group's fighters and three \"rebels\" had been killed in the fighting.",
       note="5 = 2 Taliban + 3 NRF (Taliban official's count of both sides); the NRF's claim of eight is not used"),
    ev("Taliban intelligence forces raided a house in Charikar, killing two Islamic State members and detaining four.",
       "2022-11-15", "‘On Tuesday’ before the Wednesday 2022-11-16 dateline: Tuesday 2022-11-15",
       "Charikar", "Parwan", "AF", "battle", "Taliban", "Islamic State",
       2, None, None, None,
       "On Tuesday, Taliban intelligence forces raided a house in Charikar, the capital of Parwan province, killing two members of the Islamic State group and detaining four",
       note="the Taliban are the de facto state forces; the four detained are part of the raid"),
],
figures=[
    fig("killed", 700, "Afghanistan",
        "more than 700 civilians have been killed in attacks since the Taliban took power in August last year"),
])

report("h17-32", "2024-12-03", "https://www.example-charichronicle.com/lac/2024/12/03/tchoukoutalia-islands-operation",
"""
Chadian army says 30 Boko Haram fighters killed on Lake Chad islands

N'DJAMENA, December 3 (Chari Chronicle) - The Chadian army said on Monday that it had killed 30 Boko Haram fighters and destroyed several of their bases in an operation on islands near Tchoukoutalia, in Lac province, on Saturday. Three soldiers were killed and 11 wounded, the army spokesman said.

The operation is part of an offensive ordered by the president after a deadly attack on an army base in late October. Air strikes in recent days have also hit the insurgents' positions on other islands, the spokesman said, without giving details.

On Thursday, the jihadists attacked fishermen on the lake near Kaïga-Kindjiria, killing six of them and seizing their boats, a local chief said.

A military truck struck an explosive device near Baga Sola on Sunday, killing two soldiers, a security source said. The source did not say who had planted the device.

More than 250,000 people are displaced in Lac province, according to the United Nations, and aid groups say the fighting has cut fishing communities off from their markets.
""",
events=[
    ev("The army says it killed 30 Boko Haram fighters and destroyed bases on islands near Tchoukoutalia; three soldiers killed, 11 wounded.",
       "2024-11-30", "‘on Saturday’, announced on Monday 2024-12-02, before the Tuesday 2024-12-03 dateline: Saturday 2024-11-30",
       "islands near Tchoukoutalia", "Lac", "TD", "battle", "Chadian security forces", "Boko Haram",
       33, None, 11, None,
       "The Chadian army said on Monday that it had killed 30 Boko Haram fighters and destroyed several of their bases in an operation on islands near Tchoukoutalia, in Lac province, on Saturday. Three soldiers were killed and 11 wounded, the army spokesman said.",
       note="33 = 30 Boko Haram (army count) + 3 soldiers"),
    ev("Air strikes in recent days hit Boko Haram positions on other islands; no place, day or toll.",
       None, "‘in recent days’; no day",
       "other islands of Lake Chad", "Lac", "TD", "explosion", "Chadian security forces", "Boko Haram",
       None, None, None, None,
       "Air strikes in recent days have also hit the insurgents' positions on other islands, the spokesman said, without giving details.",
       optional=True),
    ev("The jihadists attacked fishermen on the lake near Kaïga-Kindjiria, killing six and seizing their boats.",
       "2024-11-28", "‘On Thursday’ before the Tuesday 2024-12-03 dateline: Thursday 2024-11-28",
       "near Kaïga-Kindjiria", "Lac", "TD", "attack_on_civilians", "Boko Haram", "civilians",
       6, None, None, None,
       "On Thursday, the jihadists attacked fishermen on the lake near Kaïga-Kindjiria, killing six of them and seizing their boats",
       note="'the jihadists' refers back to Boko Haram"),
    ev("A military truck struck an explosive device near Baga Sola, killing two soldiers; nobody named as having planted it.",
       "2024-12-01", "‘on Sunday’ before the Tuesday 2024-12-03 dateline: Sunday 2024-12-01",
       "near Baga Sola", "Lac", "TD", "explosion", "unknown", "Chadian security forces",
       2, None, None, None,
       "A military truck struck an explosive device near Baga Sola on Sunday, killing two soldiers, a security source said. The source did not say who had planted the device."),
],
figures=[
    fig("displaced", 250000, "Lac province",
        "More than 250,000 people are displaced in Lac province, according to the United Nations"),
])

report("h17-33", "2023-07-27", "https://www.example-nigerriverpost.com/mali/2023/07/27/minusma-exit-planning",
"""
UN peacekeepers begin planning exit from Mali as deadline looms

BAMAKO, July 27 (Niger River Post) - The United Nations mission in Mali, MINUSMA, has begun drawing up a timetable for the withdrawal of its more than 12,000 troops and police by the end of December, after the military government demanded last month that it leave "without delay".

The mission has 12 bases, and the first are due to be handed over to the Malian authorities in August, a spokeswoman said on Wednesday. The hardest part, she said, will be moving out of the camps in the north, where convoys must travel on roads mined by jihadist groups.

Since it was deployed in 2013, more than 300 peacekeepers have been killed in hostile acts, making MINUSMA the deadliest UN peacekeeping mission in the world.

The former rebels of the Permanent Strategic Framework (CSP), who signed the 2015 Algiers peace agreement, have warned that handing bases in their areas to the army would breach the accord and could lead to a resumption of fighting. The army, backed by Russian contractors, says it is ready to take over security across the country.

The UN says more than 375,000 people are internally displaced in Mali and that 8.8 million need humanitarian aid.
""",
figures=[
    fig("fighters", 12000, "Mali",
        "the withdrawal of its more than 12,000 troops and police by the end of December",
        note="MINUSMA troops and police"),
    fig("other", 12, "Mali",
        "The mission has 12 bases",
        note="MINUSMA bases to hand over"),
    fig("killed", 300, "Mali",
        "more than 300 peacekeepers have been killed in hostile acts",
        note="peacekeepers since 2013"),
    fig("displaced", 375000, "Mali",
        "more than 375,000 people are internally displaced in Mali"),
    fig("other", 8800000, "Mali",
        "8.8 million need humanitarian aid",
        note="people in need of aid"),
],
country_hint="ML")

report("h17-34", "2017-08-22", "https://www.example-chittagongherald.com/cht/2017/08/22/baghaichhari-updf-killing",
"""
UPDF activist shot dead in Baghaichhari; two killed in Naniarchar gunfight

RANGAMATI, August 22 (Chittagong Herald) - Unidentified gunmen shot dead an activist of the United People's Democratic Front (UPDF) in Baghaichhari upazila of Rangamati on Saturday night as he was returning home from a market, police said.

The UPDF blamed armed cadres of the Parbatya Chattagram Jana Samhati Samiti (PCJSS) for the killing. A PCJSS leader in Rangamati denied the allegation and called it "an internal feud of the UPDF".

On Monday, a gunfight between armed cadres of the two groups in a remote hill area of Naniarchar upazila left two dead, one from each side, police said, quoting local people. According to the police, UPDF cadres had attacked a PCJSS camp.

On Sunday, an army patrol arrested three suspected armed members of the UPDF in Dighinala upazila of Khagrachhari and recovered a pistol, a locally made gun and extortion receipts, the ISPR said.

The hill districts have been tense since the 1997 peace accord split the Pahari movement. More than 90 people have been killed in clashes between the rival hill groups since 2014, according to a Dhaka-based rights group.
""",
events=[
    ev("Unidentified gunmen shot dead a UPDF activist returning from a market in Baghaichhari; the UPDF blamed the PCJSS, which denied it.",
       "2017-08-19", "‘on Saturday night’ before the Tuesday 2017-08-22 dateline: Saturday 2017-08-19",
       "Baghaichhari upazila", "Chittagong", "BD", "attack_on_civilians", "unknown", "civilians",
       1, None, None, None,
       "Unidentified gunmen shot dead an activist of the United People's Democratic Front (UPDF) in Baghaichhari upazila of Rangamati on Saturday night as he was returning home from a market, police said. [...] The UPDF blamed armed cadres of the Parbatya Chattagram Jana Samhati Samiti (PCJSS) for the killing. A PCJSS leader in Rangamati denied the allegation",
       note="an unarmed political activist, counted as a civilian; blamed on the PCJSS, denied: actor unknown"),
    ev("UPDF cadres attacked a PCJSS camp in a remote hill area of Naniarchar upazila; two dead, one from each side.",
       "2017-08-21", "‘On Monday’ before the Tuesday 2017-08-22 dateline: Monday 2017-08-21",
       "Naniarchar upazila", "Chittagong", "BD", "battle", "UPDF", "PCJSS",
       2, None, None, None,
       "On Monday, a gunfight between armed cadres of the two groups in a remote hill area of Naniarchar upazila left two dead, one from each side, police said, quoting local people. According to the police, UPDF cadres had attacked a PCJSS camp.",
       note="'the two groups' refers back to the UPDF and the PCJSS"),
    ev("An army patrol arrested three suspected armed UPDF members in Dighinala upazila and recovered two guns.",
       "2017-08-20", "‘On Sunday’ before the Tuesday 2017-08-22 dateline: Sunday 2017-08-20",
       "Dighinala upazila", "Chittagong", "BD", "arrest", "Bangladeshi security forces", "UPDF",
       None, None, None, None,
       "On Sunday, an army patrol arrested three suspected armed members of the UPDF in Dighinala upazila of Khagrachhari",
       arrested=3),
],
figures=[
    fig("killed", 90, "Chittagong Hill Tracts",
        "More than 90 people have been killed in clashes between the rival hill groups since 2014"),
])

report("h17-35", "2014-05-07", "https://www.example-borderwire.com/tamaulipas/2014/05/07/reynosa-gun-battles",
"""
Rival Gulf Cartel cells battle in Reynosa streets; soldiers kill four gunmen in Matamoros

REYNOSA, May 7 (Border Wire) - Rival cells of the Gulf Cartel fought gun battles across several neighbourhoods of Reynosa on Sunday, leaving eight gunmen dead, according to the Tamaulipas security spokesman. Local news websites and social media accounts that track the violence reported at least 12 dead, among them a passer-by.

Gunmen blocked roads with burning trucks during the fighting, and the US consulate advised its staff to stay indoors.

On Monday, gunmen in two vehicles opened fire on an army patrol in Matamoros. The soldiers returned fire, killing four of the attackers, and one soldier was wounded, the Defence Ministry said.

Federal police arrested six people in Ciudad Victoria on Tuesday, including a man they described as the regional boss of Los Zetas, and seized rifles and grenades.

The state has recorded more than 180 homicides since the start of April, according to the state prosecutor's office, as the Gulf Cartel splits and Los Zetas fight for the routes to the border.
""",
events=[
    ev("Rival Gulf Cartel cells fought gun battles across Reynosa; eight gunmen dead according to the state spokesman, at least 12 including a passer-by according to local media.",
       "2014-05-04", "‘on Sunday’ before the Wednesday 2014-05-07 dateline: Sunday 2014-05-04",
       "Reynosa", "Tamaulipas", "MX", "battle", "Gulf Cartel", "Gulf Cartel",
       8, 12, None, None,
       "Rival cells of the Gulf Cartel fought gun battles across several neighbourhoods of Reynosa on Sunday, leaving eight gunmen dead, according to the Tamaulipas security spokesman. Local news websites and social media accounts that track the violence reported at least 12 dead, among them a passer-by.",
       note="conflicting tolls 8 (state) vs 12 (local media); fighting between two factions of one cartel"),
    ev("Gunmen in two vehicles opened fire on an army patrol in Matamoros; soldiers killed four attackers, one soldier wounded.",
       "2014-05-05", "‘On Monday’ before the Wednesday 2014-05-07 dateline: Monday 2014-05-05",
       "Matamoros", "Tamaulipas", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       4, None, 1, None,
       "On Monday, gunmen in two vehicles opened fire on an army patrol in Matamoros. The soldiers returned fire, killing four of the attackers, and one soldier was wounded, the Defence Ministry said."),
    ev("Federal police arrested six people in Ciudad Victoria, including an alleged regional boss of Los Zetas.",
       "2014-05-06", "‘on Tuesday’ before the Wednesday 2014-05-07 dateline: Tuesday 2014-05-06",
       "Ciudad Victoria", "Tamaulipas", "MX", "arrest", "Mexican security forces", "Los Zetas",
       None, None, None, None,
       "Federal police arrested six people in Ciudad Victoria on Tuesday, including a man they described as the regional boss of Los Zetas",
       arrested=6),
],
figures=[
    fig("killed", 180, "Tamaulipas",
        "The state has recorded more than 180 homicides since the start of April"),
])

report("h17-36", "2022-01-19", "https://www.example-owerridaily.com/imo/2022/01/19/awo-idemili-police-division-attack",
"""
Gunmen burn police division in Orsu; army says five ESN members killed near Orlu

OWERRI, January 19 (Owerri Daily) - Gunmen attacked the police divisional headquarters at Awo-Idemili in Orsu Local Government Area of Imo State on Sunday night, killing two officers and setting the building and several vehicles ablaze, the state police command said.

The command's spokesman blamed the proscribed Indigenous People of Biafra (IPOB) and its armed wing, the Eastern Security Network (ESN). In a statement on Monday, IPOB's spokesman denied the allegation, said the group had "nothing to do with the attack" and accused the security agencies of sponsoring criminals to tarnish its image.

On Monday, troops raided an ESN camp in a forest near Orlu, killing five members of the group and recovering guns and charms, the army said in a statement, describing them as "IPOB/ESN terrorists".

On Tuesday, gunmen shot dead two traders on the Ihiala-Uli road in neighbouring Anambra State, police said. No group claimed the killing.

Residents of Orlu and Orsu said many families had fled to relatives in other towns since the army operations began. More than 100 police officers have been killed in attacks in the southeast since January last year, according to a tally by a Lagos-based security consultancy.
""",
events=[
    ev("Gunmen attacked the police divisional headquarters at Awo-Idemili, Orsu LGA, killing two officers and burning the building and vehicles; police blamed IPOB/ESN, which denied it.",
       "2022-01-16", "‘on Sunday night’ before the Wednesday 2022-01-19 dateline: Sunday 2022-01-16",
       "police divisional headquarters, Awo-Idemili", "Imo", "NG", "battle", "unknown", "Nigerian security forces",
       2, None, None, None,
       "Gunmen attacked the police divisional headquarters at Awo-Idemili in Orsu Local Government Area of Imo State on Sunday night, killing two officers and setting the building and several vehicles ablaze [...] The command's spokesman blamed the proscribed Indigenous People of Biafra (IPOB) and its armed wing, the Eastern Security Network (ESN). In a statement on Monday, IPOB's spokesman denied the allegation",
       note="blamed on IPOB/ESN, denied: actor unknown"),
    ev("Troops raided an ESN camp in a forest near Orlu, killing five members of the group.",
       "2022-01-17", "‘On Monday’ before the Wednesday 2022-01-19 dateline: Monday 2022-01-17",
       "forest near Orlu", "Imo", "NG", "battle", "Nigerian security forces", "IPOB",
       5, None, None, None,
       "On Monday, troops raided an ESN camp in a forest near Orlu, killing five members of the group and recovering guns and charms",
       note="the ESN is IPOB's armed wing"),
    ev("Gunmen shot dead two traders on the Ihiala-Uli road in Anambra State; no claim.",
       "2022-01-18", "‘On Tuesday’ before the Wednesday 2022-01-19 dateline: Tuesday 2022-01-18",
       "Ihiala-Uli road", "Anambra", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "On Tuesday, gunmen shot dead two traders on the Ihiala-Uli road in neighbouring Anambra State, police said. No group claimed the killing."),
],
figures=[
    fig("killed", 100, "southeast Nigeria",
        "More than 100 police officers have been killed in attacks in the southeast since January last year",
        note="police officers"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# the 15 countries of the theme
COUNTRIES = {"PK", "AF", "IN", "BD", "MM", "ML", "BF", "NE", "NG", "TD", "CO", "MX", "PE", "HT", "EC"}
# words that make a report without an incident "full of war vocabulary"
WAR_WORDS = re.compile(r"\b(?:war|wars|fighting|fighters?|troops|soldiers|armed|attacks?|killed|killings?|"
                       r"gangs?|rebels?|militants?|terrorists?|offensive|operation|weapons|arms|ceasefire|"
                       r"guerrillas?|jihadist|massacres?|ambush(?:es)?|kidnap(?:ped|pings?)?|gunfire|"
                       r"insurgency|displaced|security forces|peacekeepers|mined|clashes|violence|cartels?|gunmen|combat|"
                       r"homicides?|looted|buffer zones?|martyred|hideouts)\b", re.I)
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
        if rid != "h17-%02d" % (i + 1):
            err(rid, f"id out of order, expected h17-{i + 1:02d}")
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
        words = len(text.split())
        if not 150 <= words <= 450:
            err(rid, f"{words} words; reports should have 150-450")
        if r["events"] and not 2 <= len(r["events"]) <= 5:
            err(rid, f"{len(r['events'])} events; a report with incidents should carry 2-5")
        if not r["events"]:
            hits = len(WAR_WORDS.findall(text))
            if hits < 8:
                err(rid, f"report without events has only {hits} war words; it should be full of them")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
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
