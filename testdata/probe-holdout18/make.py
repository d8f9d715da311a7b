#!/usr/bin/env python3
"""probe-holdout18: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep.

Theme: the wars of 2021-2024 as an analyst's daily feed brings them (Ukraine and Russia, Sudan,
Ethiopia, Myanmar, Haiti, Israel, Gaza, the West Bank and Lebanon, the Sahel, DR Congo, Somalia,
Yemen and the Red Sea, Syria and Iraq): wire copy, regional outlets and official statements, with
tolls told plainly, revised, split by group or told indirectly, actors named, described,
back-referenced or known only from a later claim, and standing figures between the incidents.

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
# h18-01 .. h18-09
# ---------------------------------------------------------------------------

report("h18-01", "2023-09-14", "https://www.example-blackseacourier.com/south/2023/09/14/kherson-korabelnyi-shelling",
"""
Russian shelling kills three in Kherson; drone attack on bus wounds five near Bilozerka

KHERSON, September 14 (Black Sea Courier) - Russian artillery fire from across the Dnipro killed three people in Kherson's Korabelnyi district on Wednesday afternoon, the head of the regional military administration said, raising an earlier toll of two after a wounded man died in hospital overnight.

Shells hit a bus stop and a row of private houses near the shipyard shortly after 3 p.m., the official wrote on Telegram. Five other people were wounded, among them a 14-year-old girl who was taken into surgery with shrapnel wounds.

On Tuesday morning a Russian drone dropped an explosive charge on a municipal bus on the outskirts of Bilozerka, a town west of the regional capital, the local settlement administration said. The driver and four passengers were injured. The bus was taking people to the central market.

In Beryslav, upriver, a guided aerial bomb struck the outpatient building of the town hospital overnight on Monday. Nobody was hurt, the town administration said, because staff had moved patients to a basement after an air-raid alert.

Ukraine's southern defence forces said on Wednesday that their artillery had destroyed an ammunition depot and two howitzers near Hola Prystan, on the Russian-occupied left bank, the previous night. Russian-installed officials did not comment.

According to the regional administration, Russian forces fired 87 times on the Kherson region over the past day, using artillery, mortars, drones and aircraft. Since Ukrainian troops retook the city last November, shelling has killed more than 300 civilians in the region, officials say. About 70,000 people remain in Kherson, less than a quarter of its pre-war population.
""",
events=[
    ev("Russian artillery fire from across the Dnipro hit a bus stop and houses near the shipyard in Korabelnyi district, Kherson, killing three (toll raised from two) and wounding five.",
       "2023-09-13", "‘on Wednesday afternoon’ before the Thursday 2023-09-14 dateline: Wednesday 2023-09-13",
       "Korabelnyi district, Kherson", "Kherson Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       3, None, 5, None,
       "Russian artillery fire from across the Dnipro killed three people in Kherson's Korabelnyi district on Wednesday afternoon, the head of the regional military administration said, raising an earlier toll of two after a wounded man died in hospital overnight. [...] Five other people were wounded, among them a 14-year-old girl",
       note="revised toll: two, then three after a wounded man died; the revision stands"),
    ev("A Russian drone dropped an explosive charge on a municipal bus on the outskirts of Bilozerka, injuring the driver and four passengers.",
       "2023-09-12", "‘On Tuesday morning’ before the Thursday 2023-09-14 dateline: Tuesday 2023-09-12",
       "outskirts of Bilozerka", "Kherson Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       None, None, 5, None,
       "On Tuesday morning a Russian drone dropped an explosive charge on a municipal bus on the outskirts of Bilozerka, a town west of the regional capital, the local settlement administration said. The driver and four passengers were injured.",
       note="wounded 5 = the driver + four passengers"),
    ev("A guided aerial bomb struck the outpatient building of Beryslav hospital; nobody was hurt because patients had been moved to a basement.",
       "2023-09-11", "‘overnight on Monday’ before the Thursday 2023-09-14 dateline; overnight takes the first night, Monday 2023-09-11",
       "Beryslav hospital", "Kherson Oblast", "UA", "explosion", "Russian armed forces", "none",
       0, None, 0, None,
       "In Beryslav, upriver, a guided aerial bomb struck the outpatient building of the town hospital overnight on Monday. Nobody was hurt",
       note="the bomb is not attributed in words, but Beryslav is on the Ukrainian-held bank and only Russia drops guided bombs there; nobody hurt"),
    ev("Ukrainian artillery destroyed an ammunition depot and two howitzers near Hola Prystan on the Russian-occupied left bank, per Ukraine's southern defence forces.",
       "2023-09-12", "‘the previous night’ of the statement ‘on Wednesday’ (Wednesday 2023-09-13): night of Tuesday 2023-09-12",
       "near Hola Prystan", "Kherson Oblast", "UA", "explosion", "Ukrainian armed forces", "Russian armed forces",
       None, None, None, None,
       "Ukraine's southern defence forces said on Wednesday that their artillery had destroyed an ammunition depot and two howitzers near Hola Prystan, on the Russian-occupied left bank, the previous night."),
],
figures=[
    fig("other", 87, "Kherson region",
        "Russian forces fired 87 times on the Kherson region over the past day, using artillery, mortars, drones and aircraft",
        note="count of attacks in one day, not one incident"),
    fig("killed", 300, "Kherson region",
        "Since Ukrainian troops retook the city last November, shelling has killed more than 300 civilians in the region, officials say.",
        note="civilians since November 2022"),
    fig("other", 70000, "Kherson",
        "About 70,000 people remain in Kherson, less than a quarter of its pre-war population.",
        note="residents remaining in the city"),
])

report("h18-02", "2024-03-19", "https://www.example-chernozemdaily.com/region/2024/03/19/shebekino-dunayka-kozinka",
"""
Shelling kills two in Shebekino as Belgorod region reports new border raid

BELGOROD, March 19 (Chernozem Daily) - Two people were killed and three wounded when Ukrainian shells hit a residential street in the border town of Shebekino on Monday, the governor of the Belgorod region said in a video message.

A house and two cars caught fire, and emergency workers spent several hours putting out the blaze, he said. Shebekino lies about seven kilometres from the Ukrainian border and has been shelled almost daily for months.

On Sunday, a Ukrainian drone dropped a munition on a car in the village of Dunayka, in the Grayvoron district, the governor said. The driver died at the scene and his passenger, a woman, was taken to hospital in Belgorod with shrapnel wounds.

The defence ministry said on Monday that border troops, the army and the National Guard had repelled an attempt by "Ukrainian sabotage and reconnaissance groups" to cross the border near the village of Kozinka on Sunday, killing more than 20 of the attackers. The Freedom of Russia Legion, a unit of Russian citizens fighting on the Ukrainian side, later said its fighters had taken part in the raid and had lost "several comrades".

In Belgorod itself, air defences shot down ten rockets fired by Ukrainian multiple rocket launchers over the city on Saturday evening, the ministry said. Falling debris damaged a school and several apartment blocks and wounded four people, the mayor's office said; nobody was killed.

According to regional officials, more than 9,000 children from Belgorod and the border districts have been sent to camps and sanatoriums in other regions since the start of the month. Since January, Ukrainian strikes have killed 27 civilians in the region, the governor said.
""",
events=[
    ev("Ukrainian shells hit a residential street in Shebekino, killing two people and wounding three; a house and two cars burned.",
       "2024-03-18", "‘on Monday’ before the Tuesday 2024-03-19 dateline: Monday 2024-03-18",
       "Shebekino", "Belgorod Oblast", "RU", "explosion", "Ukrainian armed forces", "civilians",
       2, None, 3, None,
       "Two people were killed and three wounded when Ukrainian shells hit a residential street in the border town of Shebekino on Monday"),
    ev("A Ukrainian drone dropped a munition on a car in Dunayka, Grayvoron district, killing the driver and wounding his passenger.",
       "2024-03-17", "‘On Sunday’ before the Tuesday 2024-03-19 dateline: Sunday 2024-03-17",
       "Dunayka", "Belgorod Oblast", "RU", "explosion", "Ukrainian armed forces", "civilians",
       1, None, 1, None,
       "On Sunday, a Ukrainian drone dropped a munition on a car in the village of Dunayka, in the Grayvoron district, the governor said. The driver died at the scene and his passenger, a woman, was taken to hospital in Belgorod with shrapnel wounds."),
    ev("Armed men the Russian defence ministry called Ukrainian sabotage groups tried to cross the border near Kozinka and were repelled, with more than 20 attackers killed; the Freedom of Russia Legion later said it took part.",
       "2024-03-17", "‘on Sunday’ in the ministry statement of Monday 2024-03-18: Sunday 2024-03-17",
       "Kozinka", "Belgorod Oblast", "RU", "battle", "Freedom of Russia Legion", "Russian armed forces",
       20, None, None, None,
       "The defence ministry said on Monday that border troops, the army and the National Guard had repelled an attempt by \"Ukrainian sabotage and reconnaissance groups\" to cross the border near the village of Kozinka on Sunday, killing more than 20 of the attackers. The Freedom of Russia Legion, a unit of Russian citizens fighting on the Ukrainian side, later said its fighters had taken part in the raid",
       note="attacker known from the Legion's later statement; 20 is the defending ministry's count; the Legion's 'several comrades' gives no number"),
    ev("Air defences shot down ten Ukrainian MLRS rockets over Belgorod; falling debris damaged a school and apartment blocks and wounded four people, nobody killed.",
       "2024-03-16", "‘on Saturday evening’ before the Tuesday 2024-03-19 dateline: Saturday 2024-03-16",
       "Belgorod", "Belgorod Oblast", "RU", "explosion", "Ukrainian armed forces", "civilians",
       0, None, 4, None,
       "In Belgorod itself, air defences shot down ten rockets fired by Ukrainian multiple rocket launchers over the city on Saturday evening, the ministry said. Falling debris damaged a school and several apartment blocks and wounded four people, the mayor's office said; nobody was killed."),
],
figures=[
    fig("other", 9000, "Belgorod region",
        "more than 9,000 children from Belgorod and the border districts have been sent to camps and sanatoriums in other regions since the start of the month",
        note="children evacuated since the start of March"),
    fig("killed", 27, "Belgorod region",
        "Since January, Ukrainian strikes have killed 27 civilians in the region, the governor said."),
])

report("h18-03", "2024-06-11", "https://www.example-darfurmonitor.com/north-darfur/2024/06/11/abu-shouk-shelling-mellit",
"""
Shells hit Abu Shouk camp as battle for El Fasher grinds on

EL FASHER, June 11 (Darfur Monitor) - Shelling by the Rapid Support Forces killed 12 people in the Abu Shouk camp for displaced people, north of El Fasher, the camp's coordinator said on Monday, raising the toll from Sunday's bombardment after three of the wounded died overnight.

The shells, fired from the paramilitary's positions east of the city, fell on a water point and a row of straw shelters in the middle of the morning, the coordinator said. More than 30 people were wounded, many of them women queuing for water. The RSF did not comment.

Fighting also flared on the south-eastern edge of the city on Monday, when RSF fighters in dozens of vehicles tried to push towards the main market. The joint forces of Darfuri armed movements that fight alongside the army said they had repelled the assault and killed "scores" of attackers, while losing five of their own men.

On Saturday, an army warplane bombed the livestock market in Mellit, about 60 kilometres north of El Fasher, killing at least seven people, according to two traders and a local emergency response room. The army said it had struck "gatherings of the rebel militia and its vehicles".

El Fasher is the last state capital in Darfur still held by the army and its allies. Aid agencies estimate that more than 1.5 million people live in the city and its camps, and the UN migration agency says over 130,000 have fled since the fighting reached the city's outskirts in May.
""",
events=[
    ev("RSF shells fired from positions east of El Fasher fell on a water point and shelters in Abu Shouk camp, killing 12 (three of them died of wounds overnight) and wounding more than 30.",
       "2024-06-09", "‘Sunday's bombardment’ before the Tuesday 2024-06-11 dateline: Sunday 2024-06-09",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       12, None, 30, None,
       "Shelling by the Rapid Support Forces killed 12 people in the Abu Shouk camp for displaced people, north of El Fasher, the camp's coordinator said on Monday, raising the toll from Sunday's bombardment after three of the wounded died overnight. [...] More than 30 people were wounded, many of them women queuing for water.",
       note="revised toll: 12 after three of the wounded died (the first toll, nine, is only implied)"),
    ev("RSF fighters in dozens of vehicles tried to push towards the main market from the south-eastern edge of El Fasher and were repelled by the joint forces allied to the army, who lost five men.",
       "2024-06-10", "‘on Monday’ before the Tuesday 2024-06-11 dateline: Monday 2024-06-10",
       "south-eastern edge of El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       5, None, None, None,
       "Fighting also flared on the south-eastern edge of the city on Monday, when RSF fighters in dozens of vehicles tried to push towards the main market. The joint forces of Darfuri armed movements that fight alongside the army said they had repelled the assault and killed \"scores\" of attackers, while losing five of their own men.",
       note="the joint forces of the Darfuri movements are counted with the army; 5 = their own dead; 'scores' of attackers gives no number"),
    ev("An army warplane bombed the livestock market in Mellit, killing at least seven people; the army said it struck RSF gatherings and vehicles.",
       "2024-06-08", "‘On Saturday’ before the Tuesday 2024-06-11 dateline: Saturday 2024-06-08",
       "livestock market, Mellit", "North Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       7, None, None, None,
       "On Saturday, an army warplane bombed the livestock market in Mellit, about 60 kilometres north of El Fasher, killing at least seven people, according to two traders and a local emergency response room.",
       note="the army says it targeted RSF gatherings; the dead are reported as people at the market"),
],
figures=[
    fig("civilians_trapped", 1500000, "El Fasher",
        "Aid agencies estimate that more than 1.5 million people live in the city and its camps",
        note="people living in the besieged city and its camps"),
    fig("displaced", 130000, "El Fasher",
        "the UN migration agency says over 130,000 have fled since the fighting reached the city's outskirts in May"),
])

report("h18-04", "2023-08-09", "https://www.example-dniprodaily.com/analysis/2023/08/09/un-monitors-july-civilian-casualties",
"""
UN monitors count 181 civilians killed in Ukraine in July as strikes on cities go on

KYIV, August 9 (Dnipro Daily) - At least 181 civilians were killed and 759 injured in Ukraine in July, the UN human rights monitoring mission said in its monthly update on Tuesday, the highest monthly toll since March.

Most of the casualties were caused by explosive weapons with a wide impact area, among them missiles, guided bombs, artillery shells and loitering munitions, the mission said. About four in five of the victims were in areas under Ukrainian government control, and the rest in territory occupied by Russian forces, where the mission said access remained very limited.

The monitors said they had verified the deaths of 9,369 civilians since the full-scale invasion began in February last year, including more than 500 children, and cautioned that the real figures were "considerably higher", particularly in places such as Mariupol where fighting had been intense.

The report also recorded damage to at least 47 medical facilities and 89 schools in July. Strikes on port infrastructure in the Odesa region intensified after Russia withdrew from the Black Sea grain arrangement, it noted, without giving casualty figures for the ports.

The head of the mission told journalists that front-line communities in the Donetsk, Kharkiv, Kherson and Zaporizhzhia regions continued to bear the brunt of the hostilities. Some 5.1 million people remain displaced inside the country, according to the UN migration agency, and more than 6 million Ukrainians are registered as refugees in Europe.

Neither Kyiv nor Moscow commented on the figures. Russia's defence ministry says it strikes only military targets.
""",
events=[],
figures=[
    fig("killed", 181, "Ukraine",
        "At least 181 civilians were killed and 759 injured in Ukraine in July, the UN human rights monitoring mission said",
        note="civilians, July 2023"),
    fig("wounded", 759, "Ukraine",
        "At least 181 civilians were killed and 759 injured in Ukraine in July",
        note="civilians, July 2023"),
    fig("killed", 9369, "Ukraine",
        "The monitors said they had verified the deaths of 9,369 civilians since the full-scale invasion began in February last year",
        note="verified civilian deaths since February 2022"),
    fig("other", 47, "Ukraine",
        "The report also recorded damage to at least 47 medical facilities and 89 schools in July.",
        note="medical facilities damaged in July"),
    fig("other", 89, "Ukraine",
        "The report also recorded damage to at least 47 medical facilities and 89 schools in July.",
        note="schools damaged in July"),
    fig("displaced", 5100000, "Ukraine",
        "Some 5.1 million people remain displaced inside the country, according to the UN migration agency"),
    fig("displaced", 6000000, "Europe",
        "more than 6 million Ukrainians are registered as refugees in Europe",
        note="refugees abroad"),
], country_hint="UA")

report("h18-05", "2023-11-22", "https://www.example-hornobserver.com/amhara/2023/11/22/mota-fano-debre-elias-drone",
"""
Fano fighters enter Mota before pulling back; drone strike kills six near Debre Elias

ADDIS ABABA, November 22 (Horn Observer) - Fano militiamen entered the town of Mota in East Gojjam zone early on Sunday and fought federal troops for most of the day before withdrawing, residents and a health official said.

A nurse at Mota hospital said eleven bodies had been brought in by Monday morning, four of them civilians hit by stray bullets in their homes. The others were fighters from both sides, she said, without giving a breakdown. Neither the army nor the militia commented on casualties.

On Sunday evening, after the militiamen had left, soldiers went from house to house and detained 37 young men accused of supplying and sheltering the fighters, two relatives of detainees said.

On Monday afternoon, a drone strike hit a pick-up truck on a rural road near Debre Elias, south-west of Mota, killing six people, including the driver and a farmer who was riding in the back, residents said. They blamed the federal army, the only force in the region known to fly armed drones. The government communication service did not respond to a request for comment.

Further north, in North Wollo zone, Fano fighters took control of the town of Gashena on Saturday without a fight after an army unit stationed there pulled out, a local official said.

The Ethiopian Human Rights Commission said this month that at least 200 civilians had been killed in Amhara since the federal government declared a state of emergency in the region in August. More than 4,000 people have been detained under the emergency decree, according to rights groups.
""",
events=[
    ev("Fano militiamen entered Mota and fought federal troops for most of the day before withdrawing; a nurse counted eleven bodies, four of them civilians.",
       "2023-11-19", "‘early on Sunday’ before the Wednesday 2023-11-22 dateline: Sunday 2023-11-19",
       "Mota", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
       11, None, None, None,
       "Fano militiamen entered the town of Mota in East Gojjam zone early on Sunday and fought federal troops for most of the day before withdrawing, residents and a health official said. [...] A nurse at Mota hospital said eleven bodies had been brought in by Monday morning, four of them civilians hit by stray bullets in their homes.",
       note="11 = all bodies brought to hospital: four civilians and fighters of both sides"),
    ev("Soldiers searched houses in Mota after the militiamen left and detained 37 young men accused of supplying and sheltering Fano.",
       "2023-11-19", "‘On Sunday evening’ before the Wednesday 2023-11-22 dateline: Sunday 2023-11-19",
       "Mota", "Amhara", "ET", "arrest", "Ethiopian security forces", "civilians",
       None, None, None, None,
       "On Sunday evening, after the militiamen had left, soldiers went from house to house and detained 37 young men accused of supplying and sheltering the fighters",
       arrested=37),
    ev("A drone strike hit a pick-up truck on a rural road near Debre Elias, killing six people; residents blamed the federal army, which did not respond.",
       "2023-11-20", "‘On Monday afternoon’ before the Wednesday 2023-11-22 dateline: Monday 2023-11-20",
       "road near Debre Elias", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
       6, None, None, None,
       "On Monday afternoon, a drone strike hit a pick-up truck on a rural road near Debre Elias, south-west of Mota, killing six people, including the driver and a farmer who was riding in the back, residents said. They blamed the federal army",
       note="blamed on the federal army by residents, no denial"),
    ev("Fano fighters took control of Gashena without a fight after the army unit stationed there pulled out.",
       "2023-11-18", "‘on Saturday’ before the Wednesday 2023-11-22 dateline: Saturday 2023-11-18",
       "Gashena", "Amhara", "ET", "territory_gain", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "Further north, in North Wollo zone, Fano fighters took control of the town of Gashena on Saturday without a fight after an army unit stationed there pulled out"),
],
figures=[
    fig("killed", 200, "Amhara",
        "at least 200 civilians had been killed in Amhara since the federal government declared a state of emergency in the region in August",
        note="civilians since August 2023"),
    fig("arrested", 4000, "Amhara",
        "More than 4,000 people have been detained under the emergency decree, according to rights groups."),
])

report("h18-06", "2021-10-13", "https://www.example-chindwinpost.com/sagaing/2021/10/13/depayin-village-burned-budalin-ambush",
"""
Troops torch village in Depayin; resistance fighters ambush convoy near Budalin

MANDALAY, October 13 (Chindwin Post) - Soldiers shot dead four villagers and set fire to about 60 houses in a village in Depayin township, Sagaing Region, on Saturday, residents who fled to nearby monasteries said.

About 150 troops arrived in the morning after a column had been fired upon nearby, the residents said. The four men, all farmers, were caught as they tried to hide in a paddy field; their bodies were found the next day with their hands tied. "They burned everything, even the rice stores," one woman said. The military did not comment.

On Sunday, fighters of a local People's Defence Force ambushed a military convoy of five trucks on the road between Budalin and Monywa with homemade mines and rifles. The group said it had killed 12 soldiers and lost one of its own members. Military-run television said "terrorists" had attacked a security column, killing two soldiers, and that troops had driven them away.

In Monywa, a bomb exploded outside the office of a ward administrator appointed by the junta on Monday morning, killing him and wounding his bodyguard. A People's Defence Force unit in the city claimed responsibility in a post on Tuesday, calling the administrator an informer.

The Assistance Association for Political Prisoners says security forces have killed more than 1,150 people since the February 1 coup, and Sagaing has become one of the main centres of armed resistance. More than 8,000 people from Depayin and neighbouring Ye-U townships are sheltering in monasteries and forest camps, according to local aid volunteers.
""",
events=[
    ev("Soldiers shot dead four farmers and set fire to about 60 houses in a village in Depayin township.",
       "2021-10-09", "‘on Saturday’ before the Wednesday 2021-10-13 dateline: Saturday 2021-10-09",
       "village in Depayin township", "Sagaing", "MM", "attack_on_civilians", "Myanmar military", "civilians",
       4, None, None, None,
       "Soldiers shot dead four villagers and set fire to about 60 houses in a village in Depayin township, Sagaing Region, on Saturday"),
    ev("A People's Defence Force ambushed a five-truck military convoy on the Budalin-Monywa road with homemade mines and rifles; military TV says two soldiers killed, the PDF says it lost one member.",
       "2021-10-10", "‘On Sunday’ before the Wednesday 2021-10-13 dateline: Sunday 2021-10-10",
       "road between Budalin and Monywa", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       3, None, None, None,
       "On Sunday, fighters of a local People's Defence Force ambushed a military convoy of five trucks on the road between Budalin and Monywa with homemade mines and rifles. The group said it had killed 12 soldiers and lost one of its own members. Military-run television said \"terrorists\" had attacked a security column, killing two soldiers",
       note="3 = 2 soldiers (military's count of its own dead) + 1 PDF member (the PDF's count of its own); the PDF claim of 12 soldiers is not used"),
    ev("A bomb outside a ward administrator's office in Monywa killed the junta-appointed administrator and wounded his bodyguard; a PDF unit claimed it the next day.",
       "2021-10-11", "‘on Monday morning’ before the Wednesday 2021-10-13 dateline: Monday 2021-10-11",
       "ward administrator's office, Monywa", "Sagaing", "MM", "explosion", "People's Defence Force", "civilians",
       1, None, 1, None,
       "In Monywa, a bomb exploded outside the office of a ward administrator appointed by the junta on Monday morning, killing him and wounding his bodyguard. A People's Defence Force unit in the city claimed responsibility in a post on Tuesday",
       note="attacker known only from the claim of Tuesday 2021-10-12; victim a junta-appointed civilian administrator"),
],
figures=[
    fig("killed", 1150, "Myanmar",
        "security forces have killed more than 1,150 people since the February 1 coup",
        note="AAPP count since 1 February 2021"),
    fig("displaced", 8000, "Depayin and Ye-U townships",
        "More than 8,000 people from Depayin and neighbouring Ye-U townships are sheltering in monasteries and forest camps"),
])

report("h18-07", "2024-03-12", "https://www.example-caribbeanwire.com/haiti/2024/03/12/solino-attack-carrefour-station",
"""
Gangs storm Solino as Port-au-Prince violence spreads; police hold Carrefour station

PORT-AU-PRINCE, March 12 (Caribbean Wire) - Armed gangs stormed the Solino neighbourhood of the Haitian capital on Saturday, shooting residents in the street and setting houses on fire, a local human rights group said, putting the death toll at nine.

Residents said the attackers came from the direction of Delmas and went from alley to alley for several hours. Two of the dead were women who had tried to flee with their children, according to the group, which said at least six more people were wounded. In a video posted online on Sunday, a spokesman for the Viv Ansanm gang alliance said its men were "cleaning out" police informers from the area.

On Sunday night, police officers in Carrefour, south-west of the capital, fought off gunmen who tried to overrun the commune's main police station. Three attackers were killed and two officers wounded, the police union said. It was not clear which gang the assailants belonged to.

Also on Sunday, armed men abducted 11 passengers from a minibus on National Road 2 near Gressier, relatives said. The kidnappers have demanded $100,000 for their release.

The UN migration agency says more than 15,000 people have fled their homes in the capital in the past week alone, adding to the more than 300,000 already displaced across the country. The United Nations counted more than 1,100 people killed, injured or kidnapped in gang violence in January, the most violent month in two years.
""",
events=[
    ev("Gangs stormed the Solino neighbourhood, shooting residents and burning houses; nine killed and at least six wounded; the Viv Ansanm alliance said the next day its men were 'cleaning out' informers.",
       "2024-03-09", "‘on Saturday’ before the Tuesday 2024-03-12 dateline: Saturday 2024-03-09",
       "Solino, Port-au-Prince", "Ouest", "HT", "attack_on_civilians", "Viv Ansanm", "civilians",
       9, None, 6, None,
       "Armed gangs stormed the Solino neighbourhood of the Haitian capital on Saturday, shooting residents in the street and setting houses on fire, a local human rights group said, putting the death toll at nine. [...] at least six more people were wounded. In a video posted online on Sunday, a spokesman for the Viv Ansanm gang alliance said its men were \"cleaning out\" police informers from the area.",
       note="attacker known from the alliance's video of Sunday 2024-03-10"),
    ev("Police in Carrefour fought off gunmen who tried to overrun the commune's main police station; three attackers killed and two officers wounded.",
       "2024-03-10", "‘On Sunday night’ before the Tuesday 2024-03-12 dateline: Sunday 2024-03-10",
       "main police station, Carrefour", "Ouest", "HT", "battle", "gang (unidentified)", "Haitian security forces",
       3, None, 2, None,
       "On Sunday night, police officers in Carrefour, south-west of the capital, fought off gunmen who tried to overrun the commune's main police station. Three attackers were killed and two officers wounded, the police union said. It was not clear which gang the assailants belonged to."),
    ev("Armed men abducted 11 passengers from a minibus on National Road 2 near Gressier and demanded a ransom.",
       "2024-03-10", "‘Also on Sunday’ before the Tuesday 2024-03-12 dateline: Sunday 2024-03-10",
       "National Road 2 near Gressier", "Ouest", "HT", "other", "gang (unidentified)", "civilians",
       None, None, None, None,
       "Also on Sunday, armed men abducted 11 passengers from a minibus on National Road 2 near Gressier, relatives said.",
       note="abduction of 11 passengers"),
],
figures=[
    fig("displaced", 15000, "Port-au-Prince",
        "more than 15,000 people have fled their homes in the capital in the past week alone"),
    fig("displaced", 300000, "Haiti",
        "adding to the more than 300,000 already displaced across the country"),
    fig("other", 1100, "Haiti",
        "The United Nations counted more than 1,100 people killed, injured or kidnapped in gang violence in January",
        note="killed, injured and kidnapped together, January 2024"),
])

report("h18-08", "2024-01-16", "https://www.example-levantwire.com/gaza/2024/01/16/nuseirat-house-strike-khan-younis",
"""
Strike on Nuseirat home kills 14 as Israeli troops battle Hamas in Khan Younis

GAZA, January 16 (Levant Wire) - An Israeli air strike flattened a three-storey house in the Nuseirat refugee camp in central Gaza late on Monday, killing at least 14 people, according to the civil defence service and hospital officials.

Among the dead were a mother, her five children and their grandparents, relatives said; the others were neighbours who had taken refuge in the building after fleeing Gaza City. Rescuers were still searching for people under the rubble on Tuesday morning. The Israeli military said it had struck "a Hamas terror target" in central Gaza and was looking into the report.

In Khan Younis, Israeli ground forces fought Hamas gunmen in the western neighbourhoods of the city on Monday. The Israeli military said two soldiers had been killed in the fighting and that its troops had killed "dozens of terrorists". The armed wing of Hamas said its fighters had destroyed four tanks with anti-armour rockets.

Across the border, a rocket fired from Gaza hit the yard of a house in Netivot on Monday afternoon, lightly wounding two people, Israel's ambulance service said. The armed wing of Islamic Jihad claimed a barrage at Israeli towns at the same time.

Strikes and shelling elsewhere in the enclave killed dozens more people over the past day, the health ministry said, without giving locations.

The Gaza health ministry says more than 24,000 Palestinians have been killed since October 7, and UN agencies estimate that about 1.9 million people, or 85 percent of the population, have been displaced.
""",
events=[
    ev("An Israeli air strike flattened a three-storey house in Nuseirat camp, killing at least 14 people, among them a mother, her five children and their grandparents.",
       "2024-01-15", "‘late on Monday’ before the Tuesday 2024-01-16 dateline: Monday 2024-01-15",
       "Nuseirat refugee camp", "Deir al-Balah", "PS", "explosion", "Israel Defense Forces", "civilians",
       14, None, None, None,
       "An Israeli air strike flattened a three-storey house in the Nuseirat refugee camp in central Gaza late on Monday, killing at least 14 people, according to the civil defence service and hospital officials.",
       note="the Israeli military says it struck a Hamas target"),
    ev("Israeli ground forces fought Hamas gunmen in the western neighbourhoods of Khan Younis; the Israeli military said two soldiers were killed.",
       "2024-01-15", "‘on Monday’ before the Tuesday 2024-01-16 dateline: Monday 2024-01-15",
       "western Khan Younis", "Khan Younis", "PS", "battle", "Israel Defense Forces", "Hamas",
       2, None, None, None,
       "In Khan Younis, Israeli ground forces fought Hamas gunmen in the western neighbourhoods of the city on Monday. The Israeli military said two soldiers had been killed in the fighting and that its troops had killed \"dozens of terrorists\".",
       note="2 = soldiers (the army's own losses); 'dozens of terrorists' gives no number; Hamas's four tanks are a claim"),
    ev("A rocket fired from Gaza hit the yard of a house in Netivot, lightly wounding two people; Islamic Jihad's armed wing claimed a barrage at the same time.",
       "2024-01-15", "‘on Monday afternoon’ before the Tuesday 2024-01-16 dateline: Monday 2024-01-15",
       "Netivot", "Southern District", "IL", "explosion", "Palestinian Islamic Jihad", "civilians",
       None, None, 2, None,
       "Across the border, a rocket fired from Gaza hit the yard of a house in Netivot on Monday afternoon, lightly wounding two people, Israel's ambulance service said. The armed wing of Islamic Jihad claimed a barrage at Israeli towns at the same time.",
       note="attacker from the claim of a barrage at the same time"),
    ev("Strikes and shelling elsewhere in Gaza killed dozens more over the past day, locations not given.",
       None, "‘over the past day’; no place or time",
       "Gaza Strip", None, "PS", "explosion", "Israel Defense Forces", "civilians",
       None, None, None, None,
       "Strikes and shelling elsewhere in the enclave killed dozens more people over the past day, the health ministry said, without giving locations.",
       note="aggregate of unspecified strikes, no place", optional=True),
],
figures=[
    fig("killed", 24000, "Gaza Strip",
        "The Gaza health ministry says more than 24,000 Palestinians have been killed since October 7"),
    fig("displaced", 1900000, "Gaza Strip",
        "UN agencies estimate that about 1.9 million people, or 85 percent of the population, have been displaced"),
])

report("h18-09", "2024-02-27", "https://www.example-cedarwire.com/south/2024/02/27/aitaroun-strike-metula-missile",
"""
Israeli strike on Aitaroun house kills three; Hezbollah missile hits post near Metula

BEIRUT, February 27 (Cedar Wire) - An Israeli strike on a house in the southern border village of Aitaroun killed two Hezbollah fighters and a civilian on Sunday evening, a Lebanese security source said.

Hezbollah announced the deaths of two of its members "on the road to Jerusalem", the phrase it has used for fighters killed since the war in Gaza began, without saying where they died. The third victim, an elderly man who lived next door, was pulled from the rubble by civil defence workers, the source said.

On Monday, Hezbollah said it had fired a guided missile at "a gathering of enemy soldiers" at a position near Metula, across the border, and scored "a direct hit". The Israeli military said two soldiers were lightly wounded when an anti-tank missile struck a building in the area.

Israeli artillery shelled the outskirts of Khiam and Kfar Kila on Monday afternoon, Lebanese state media reported, adding that there were no casualties.

Since October 8, more than 230 people have been killed in Lebanon by Israeli fire, most of them Hezbollah fighters and at least 40 of them civilians, according to a tally by Cedar Wire. About 90,000 people have fled villages in the south, and Israeli authorities have evacuated some 60,000 residents from communities along the northern border.
""",
events=[
    ev("An Israeli strike on a house in Aitaroun killed two Hezbollah fighters and an elderly neighbour.",
       "2024-02-25", "‘on Sunday evening’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "Aitaroun", "Nabatieh", "LB", "explosion", "Israel Defense Forces", "Hezbollah",
       3, None, None, None,
       "An Israeli strike on a house in the southern border village of Aitaroun killed two Hezbollah fighters and a civilian on Sunday evening, a Lebanese security source said.",
       note="3 = two Hezbollah fighters + one civilian"),
    ev("A Hezbollah guided missile struck a building at a position near Metula, lightly wounding two Israeli soldiers.",
       "2024-02-26", "‘On Monday’ before the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "near Metula", "Northern District", "IL", "explosion", "Hezbollah", "Israel Defense Forces",
       None, None, 2, None,
       "On Monday, Hezbollah said it had fired a guided missile at \"a gathering of enemy soldiers\" at a position near Metula, across the border, and scored \"a direct hit\". The Israeli military said two soldiers were lightly wounded when an anti-tank missile struck a building in the area."),
    ev("Israeli artillery shelled the outskirts of Khiam; no casualties.",
       "2024-02-26", "‘on Monday afternoon’ before the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "outskirts of Khiam", "Nabatieh", "LB", "explosion", "Israel Defense Forces", "unknown",
       0, None, 0, None,
       "Israeli artillery shelled the outskirts of Khiam and Kfar Kila on Monday afternoon, Lebanese state media reported, adding that there were no casualties.",
       note="one sentence, two places: split; 'no casualties' read as nobody hurt"),
    ev("Israeli artillery shelled the outskirts of Kfar Kila; no casualties.",
       "2024-02-26", "‘on Monday afternoon’ before the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "outskirts of Kfar Kila", "Nabatieh", "LB", "explosion", "Israel Defense Forces", "unknown",
       0, None, 0, None,
       "Israeli artillery shelled the outskirts of Khiam and Kfar Kila on Monday afternoon, Lebanese state media reported, adding that there were no casualties.",
       note="one sentence, two places: split; 'no casualties' read as nobody hurt"),
],
figures=[
    fig("killed", 230, "Lebanon",
        "Since October 8, more than 230 people have been killed in Lebanon by Israeli fire",
        note="of whom at least 40 civilians"),
    fig("killed", 40, "Lebanon",
        "at least 40 of them civilians",
        note="civilians killed in Lebanon since 8 October 2023"),
    fig("displaced", 90000, "southern Lebanon",
        "About 90,000 people have fled villages in the south"),
    fig("displaced", 60000, "northern Israel",
        "Israeli authorities have evacuated some 60,000 residents from communities along the northern border"),
])
# ---------------------------------------------------------------------------
# h18-10 .. h18-18
# ---------------------------------------------------------------------------

report("h18-10", "2024-07-10", "https://www.example-westbankmonitor.com/tulkarm/2024/07/10/nur-shams-drone-strike-turmus-ayya",
"""
Drone strike kills four in Nur Shams camp during ten-hour raid; settlers torch cars in Turmus Ayya

RAMALLAH, July 10 (West Bank Monitor) - An Israeli drone strike killed four Palestinians in the Nur Shams refugee camp near Tulkarm on Tuesday, the Palestinian health ministry said, during a raid by troops that lasted more than ten hours.

The Israeli military said its aircraft had struck "an armed cell" that had thrown explosives at soldiers operating in the camp. Islamic Jihad's armed wing said three of the dead were its fighters; the fourth was a 16-year-old boy, according to the ministry. At least nine other people were wounded in the raid, four of them by gunfire as troops moved through the camp's alleys. Soldiers also detained 14 men during the raid, the Palestinian Prisoners' Society said.

Early on Monday, dozens of Israeli settlers attacked the village of Turmus Ayya, north-east of Ramallah, setting fire to six cars and a house and throwing stones at residents, the village council said. Three Palestinians were treated for injuries. Israeli troops arrived and fired tear gas at villagers who had gathered to confront the settlers, the council added.

On Sunday night, gunmen opened fire from a passing car at an Israeli vehicle on the road near the settlement of Einav, east of Tulkarm, wounding the driver, the Israeli military said. Troops set up roadblocks and were searching for the attackers.

According to UN figures, more than 550 Palestinians have been killed in the West Bank by Israeli troops or settlers since October 7, and settlers have carried out more than 1,200 attacks that caused casualties or damage to property over the same period.
""",
events=[
    ev("An Israeli drone strike on what the army called an armed cell killed four Palestinians (three Islamic Jihad fighters and a 16-year-old boy) during a ten-hour raid on Nur Shams camp; nine more were wounded in the raid.",
       "2024-07-09", "‘on Tuesday’ before the Wednesday 2024-07-10 dateline: Tuesday 2024-07-09",
       "Nur Shams refugee camp", "Tulkarm", "PS", "explosion", "Israel Defense Forces", "Palestinian Islamic Jihad",
       4, None, 9, None,
       "An Israeli drone strike killed four Palestinians in the Nur Shams refugee camp near Tulkarm on Tuesday, the Palestinian health ministry said, during a raid by troops that lasted more than ten hours. [...] Islamic Jihad's armed wing said three of the dead were its fighters; the fourth was a 16-year-old boy, according to the ministry. At least nine other people were wounded in the raid",
       note="strike and raid taken as one event; wounded 9 = all wounded in the raid, four of them by gunfire"),
    ev("Soldiers detained 14 men during the raid on Nur Shams camp.",
       "2024-07-09", "the raid ‘on Tuesday’ before the Wednesday 2024-07-10 dateline: Tuesday 2024-07-09",
       "Nur Shams refugee camp", "Tulkarm", "PS", "arrest", "Israel Defense Forces", "civilians",
       None, None, None, None,
       "Soldiers also detained 14 men during the raid, the Palestinian Prisoners' Society said.",
       arrested=14),
    ev("Dozens of Israeli settlers attacked Turmus Ayya, burning six cars and a house and stoning residents; three Palestinians were treated for injuries.",
       "2024-07-08", "‘Early on Monday’ before the Wednesday 2024-07-10 dateline: Monday 2024-07-08",
       "Turmus Ayya", "Ramallah and al-Bireh", "PS", "attack_on_civilians", "Israeli settlers", "civilians",
       None, None, 3, None,
       "Early on Monday, dozens of Israeli settlers attacked the village of Turmus Ayya, north-east of Ramallah, setting fire to six cars and a house and throwing stones at residents, the village council said. Three Palestinians were treated for injuries."),
    ev("Gunmen in a passing car fired at an Israeli vehicle near the settlement of Einav, wounding the driver.",
       "2024-07-07", "‘On Sunday night’ before the Wednesday 2024-07-10 dateline: Sunday 2024-07-07",
       "near Einav", "Tulkarm", "PS", "attack_on_civilians", "militants (unidentified)", "civilians",
       None, None, 1, None,
       "On Sunday night, gunmen opened fire from a passing car at an Israeli vehicle on the road near the settlement of Einav, east of Tulkarm, wounding the driver, the Israeli military said.",
       note="Palestinian gunmen not identified"),
],
figures=[
    fig("killed", 550, "West Bank",
        "more than 550 Palestinians have been killed in the West Bank by Israeli troops or settlers since October 7"),
    fig("other", 1200, "West Bank",
        "settlers have carried out more than 1,200 attacks that caused casualties or damage to property over the same period",
        note="count of settler attacks since 7 October 2023"),
])

report("h18-11", "2024-08-21", "https://www.example-nilewire.com/sudan/2024/08/21/displacement-hunger-update",
"""
Sudan's war has uprooted more than 10 million people inside the country, UN says

PORT SUDAN, August 21 (Nile Wire) - More than 10 million people have been forced from their homes inside Sudan since fighting between the army and the paramilitary Rapid Support Forces erupted in April last year, the UN migration agency said on Tuesday, calling it the largest internal displacement crisis in the world.

Another 2.1 million have crossed into neighbouring countries, most of them into Chad, Egypt and South Sudan, the agency said. Many of those arriving in eastern Chad come from West Darfur and bear gunshot wounds or say relatives were killed by armed men on the road.

Aid agencies warn that the fighting, sieges and the looting of markets and warehouses have pushed large parts of Darfur and Kordofan towards famine. A UN-backed hunger monitor estimates that 25.6 million people, more than half the population, face acute food insecurity, and that famine conditions already exist in at least one camp for displaced people in North Darfur.

The World Health Organization says more than 70 percent of hospitals in conflict-affected states are out of service, many of them damaged by shelling or occupied by armed men. Cholera cases have been reported in several states since the rainy season began.

Talks convened by the United States in Switzerland last week were boycotted by the army's delegation, and mediators have so far failed to secure safe corridors for aid convoys. No reliable count of the war dead exists; estimates by researchers and monitors range from about 20,000 to several times that number.

"Every week we lose access to another area," an aid official in Port Sudan said. "The front lines move, the roads close, and the people who need us most are behind them."
""",
events=[],
figures=[
    fig("displaced", 10000000, "Sudan",
        "More than 10 million people have been forced from their homes inside Sudan since fighting between the army and the paramilitary Rapid Support Forces erupted in April last year"),
    fig("displaced", 2100000, "neighbouring countries",
        "Another 2.1 million have crossed into neighbouring countries, most of them into Chad, Egypt and South Sudan",
        note="refugees abroad"),
    fig("other", 25600000, "Sudan",
        "A UN-backed hunger monitor estimates that 25.6 million people, more than half the population, face acute food insecurity",
        note="people facing acute food insecurity"),
    fig("killed", 20000, "Sudan",
        "estimates by researchers and monitors range from about 20,000 to several times that number",
        note="lowest estimate of the war dead; no reliable count"),
], country_hint="SD")

report("h18-12", "2023-02-15", "https://www.example-sahelwire.com/mali/2023/02/15/dioura-ambush-djenne-killings",
"""
Soldiers killed in ambush near Dioura; villagers say troops and foreign fighters executed 13 men near Djenné

BAMAKO, February 15 (Sahel Wire) - Eight Malian soldiers were killed and 11 wounded when their convoy was ambushed near Dioura, in the Ténenkou circle, on Monday, the general staff of the armed forces said in a statement, adding that 17 "terrorists" had been "neutralised" in the counter-attack.

The statement did not name the attackers. On Tuesday, the al-Qaeda-linked Group to Support Islam and Muslims (JNIM) said in a message on its channels that its fighters had ambushed the column and seized two vehicles and a quantity of weapons.

Residents of a village near Djenné said soldiers accompanied by white foreign fighters killed 13 men during a search operation on Thursday. A village elder said the troops rounded up men at the weekly market, accused them of feeding the jihadists and shot them on the edge of the village. The army said on Friday that it had "neutralised" 13 terrorists in an operation in the area and arrested 20 suspects.

On Saturday, a passenger bus struck an explosive device on the road between Bandiagara and Bankass, killing five passengers and wounding 18, a health worker at Bandiagara hospital said. No group claimed the blast, but the road has been mined repeatedly since last year.

Russian instructors, whom Western governments and UN experts describe as fighters of the Wagner group, have accompanied Malian units on operations in the centre of the country since early last year. Mali counts more than 375,000 internally displaced people, according to the UN refugee agency.
""",
events=[
    ev("A Malian army convoy was ambushed near Dioura; the general staff says eight soldiers killed, 11 wounded and 17 attackers 'neutralised'; JNIM claimed the ambush the next day.",
       "2023-02-13", "‘on Monday’ before the Wednesday 2023-02-15 dateline: Monday 2023-02-13",
       "near Dioura", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
       25, None, 11, None,
       "Eight Malian soldiers were killed and 11 wounded when their convoy was ambushed near Dioura, in the Ténenkou circle, on Monday, the general staff of the armed forces said in a statement, adding that 17 \"terrorists\" had been \"neutralised\" in the counter-attack. [...] On Tuesday, the al-Qaeda-linked Group to Support Islam and Muslims (JNIM) said in a message on its channels that its fighters had ambushed the column",
       note="25 = 8 soldiers + 17 attackers (the defending army's count); attacker known from JNIM's claim of Tuesday 2023-02-14"),
    ev("Soldiers with white foreign fighters rounded up men at the weekly market in a village near Djenné and shot 13 of them; the army says it 'neutralised' 13 terrorists.",
       "2023-02-09", "‘on Thursday’ before the Wednesday 2023-02-15 dateline: Thursday 2023-02-09",
       "village near Djenné", "Mopti", "ML", "attack_on_civilians", "Malian security forces", "civilians",
       13, None, None, None,
       "Residents of a village near Djenné said soldiers accompanied by white foreign fighters killed 13 men during a search operation on Thursday. A village elder said the troops rounded up men at the weekly market, accused them of feeding the jihadists and shot them on the edge of the village.",
       note="with foreign fighters described as Wagner; the army counts the dead as terrorists, residents as villagers"),
    ev("The army said it arrested 20 suspects in the same operation near Djenné.",
       "2023-02-09", "the operation ‘on Thursday’ before the Wednesday 2023-02-15 dateline: Thursday 2023-02-09",
       "village near Djenné", "Mopti", "ML", "arrest", "Malian security forces", "civilians",
       None, None, None, None,
       "The army said on Friday that it had \"neutralised\" 13 terrorists in an operation in the area and arrested 20 suspects.",
       arrested=20),
    ev("A passenger bus struck an explosive device on the Bandiagara-Bankass road, killing five passengers and wounding 18; unclaimed.",
       "2023-02-11", "‘On Saturday’ before the Wednesday 2023-02-15 dateline: Saturday 2023-02-11",
       "road between Bandiagara and Bankass", "Mopti", "ML", "explosion", "unknown", "civilians",
       5, None, 18, None,
       "On Saturday, a passenger bus struck an explosive device on the road between Bandiagara and Bankass, killing five passengers and wounding 18, a health worker at Bandiagara hospital said. No group claimed the blast"),
],
figures=[
    fig("displaced", 375000, "Mali",
        "Mali counts more than 375,000 internally displaced people, according to the UN refugee agency."),
])

report("h18-13", "2023-05-10", "https://www.example-fasodaily.com/securite/2023/05/10/titao-attack-vdp-fada-pama",
"""
Twenty-one soldiers and volunteers killed in attack near Titao; bomb hits traders' truck in the East

OUAGADOUGOU, May 10 (Faso Daily) - Armed men attacked a detachment of soldiers and Volunteers for the Defence of the Homeland (VDP) near Titao, in the North region, on Sunday, killing 17 volunteers and four soldiers, security sources said.

The assault began at dawn and lasted several hours before reinforcements arrived from Ouahigouya, one source said. Twelve soldiers were wounded and evacuated by helicopter.

In a statement on Monday, the army said aircraft had tracked the assailants as they fled towards the Malian border and destroyed part of their column, "neutralising several dozen terrorists". It did not say where the strikes took place.

On Tuesday, JNIM, the al-Qaeda affiliate in the Sahel, said in a statement that its fighters had carried out the attack on "the army and its militias" near Titao and killed more than 50 of them.

In the East region, a roadside bomb hit a truck carrying traders on the road between Fada N'Gourma and Pama on Friday, killing six people, a transport union official said. Traders on that road have been attacked several times this year.

Burkina Faso's transitional authorities have recruited more than 50,000 volunteers since a general mobilisation was declared last year. About 2 million people have been displaced by the violence, according to official figures.
""",
events=[
    ev("JNIM fighters attacked a detachment of soldiers and VDP near Titao from dawn for several hours, killing 17 volunteers and four soldiers and wounding 12 soldiers; JNIM claimed it on Tuesday.",
       "2023-05-07", "‘on Sunday’ before the Wednesday 2023-05-10 dateline: Sunday 2023-05-07",
       "near Titao", "Nord", "BF", "battle", "JNIM", "Burkinabe security forces",
       21, None, 12, None,
       "Armed men attacked a detachment of soldiers and Volunteers for the Defence of the Homeland (VDP) near Titao, in the North region, on Sunday, killing 17 volunteers and four soldiers, security sources said. [...] Twelve soldiers were wounded and evacuated by helicopter. [...] On Tuesday, JNIM, the al-Qaeda affiliate in the Sahel, said in a statement that its fighters had carried out the attack on \"the army and its militias\" near Titao and killed more than 50 of them.",
       note="21 = 17 VDP + 4 soldiers; VDP counted with the army; attacker from JNIM's claim of Tuesday 2023-05-09, whose 'more than 50' is not used"),
    ev("Army aircraft struck the fleeing assailants' column on the way to the Malian border, 'neutralising several dozen terrorists'; place not given.",
       "2023-05-07", "the assailants ‘fled’ after the attack of Sunday 2023-05-07; the statement of Monday 2023-05-08 gives no day or place",
       "between Titao and the Malian border", "Nord", "BF", "explosion", "Burkinabe security forces", "JNIM",
       None, None, None, None,
       "In a statement on Monday, the army said aircraft had tracked the assailants as they fled towards the Malian border and destroyed part of their column, \"neutralising several dozen terrorists\". It did not say where the strikes took place.",
       note="no place given; 'several dozen' gives no number", optional=True),
    ev("A roadside bomb hit a truck carrying traders on the Fada N'Gourma-Pama road, killing six.",
       "2023-05-05", "‘on Friday’ before the Wednesday 2023-05-10 dateline: Friday 2023-05-05",
       "road between Fada N'Gourma and Pama", "Est", "BF", "explosion", "unknown", "civilians",
       6, None, None, None,
       "In the East region, a roadside bomb hit a truck carrying traders on the road between Fada N'Gourma and Pama on Friday, killing six people, a transport union official said."),
],
figures=[
    fig("fighters", 50000, "Burkina Faso",
        "Burkina Faso's transitional authorities have recruited more than 50,000 volunteers since a general mobilisation was declared last year.",
        note="VDP volunteers recruited"),
    fig("displaced", 2000000, "Burkina Faso",
        "About 2 million people have been displaced by the violence, according to official figures."),
])

report("h18-14", "2024-03-28", "https://www.example-niameywire.com/securite/2024/03/28/tera-ambush-tillia-arrests",
"""
Eleven soldiers killed in ambush near Téra; Islamic State claims attack

NIAMEY, March 28 (Niamey Wire) - Eleven soldiers were killed and nine wounded when a patrol was ambushed near Téra, in the Tillabéri region, on Monday, the Ministry of Defence said in a communiqué read on state television on Tuesday evening.

"In a vigorous reaction, our units, supported by the air force, neutralised several dozen terrorists and destroyed about twenty motorcycles," the communiqué said. The ministry declared three days of national mourning.

On Wednesday the Islamic State's Sahel Province said in a statement that its fighters had ambushed the "apostate army" near Téra. It published photographs of weapons it said had been captured.

In the Tahoua region, gunmen on motorcycles killed seven civilians in a village in the Tillia department on Sunday and drove off several hundred head of cattle, a local official said by telephone. The attackers were not identified.

In Niamey, the police said on Wednesday that they had arrested 12 people suspected of acting as informants and suppliers for armed groups operating in the Tillabéri region.

Since the army took power last July, at least 140 soldiers have been killed in attacks in the west of the country, according to a count based on official communiqués. The Tillabéri region alone hosts more than 110,000 displaced people, humanitarian agencies say.
""",
events=[
    ev("A Nigerien army patrol was ambushed near Téra, losing eleven soldiers killed and nine wounded; the Islamic State's Sahel Province claimed the attack.",
       "2024-03-25", "‘on Monday’ before the Thursday 2024-03-28 dateline: Monday 2024-03-25",
       "near Téra", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
       11, None, 9, None,
       "Eleven soldiers were killed and nine wounded when a patrol was ambushed near Téra, in the Tillabéri region, on Monday, the Ministry of Defence said in a communiqué read on state television on Tuesday evening. [...] On Wednesday the Islamic State's Sahel Province said in a statement that its fighters had ambushed the \"apostate army\" near Téra.",
       note="attacker from the claim of Wednesday 2024-03-27; 'several dozen terrorists' neutralised gives no number"),
    ev("Gunmen on motorcycles killed seven civilians in a village in Tillia department and drove off cattle.",
       "2024-03-24", "‘on Sunday’ before the Thursday 2024-03-28 dateline: Sunday 2024-03-24",
       "village in Tillia department", "Tahoua", "NE", "attack_on_civilians", "militants (unidentified)", "civilians",
       7, None, None, None,
       "In the Tahoua region, gunmen on motorcycles killed seven civilians in a village in the Tillia department on Sunday and drove off several hundred head of cattle, a local official said by telephone. The attackers were not identified."),
    ev("Police in Niamey arrested 12 people suspected of being informants and suppliers for armed groups in Tillabéri.",
       None, "police ‘said on Wednesday’ (Wednesday 2024-03-27); arrest day not given",
       "Niamey", "Niamey", "NE", "arrest", "Nigerien security forces", "civilians",
       None, None, None, None,
       "In Niamey, the police said on Wednesday that they had arrested 12 people suspected of acting as informants and suppliers for armed groups operating in the Tillabéri region.",
       arrested=12),
],
figures=[
    fig("killed", 140, "western Niger",
        "Since the army took power last July, at least 140 soldiers have been killed in attacks in the west of the country",
        note="soldiers since July 2023"),
    fig("displaced", 110000, "Tillabéri",
        "The Tillabéri region alone hosts more than 110,000 displaced people, humanitarian agencies say."),
])

report("h18-15", "2024-02-14", "https://www.example-kivuwire.com/north-kivu/2024/02/14/sake-shelling-m23",
"""
Shells fall on Sake as M23 rebels press towards Goma

GOMA, February 14 (Kivu Wire) - At least six civilians were killed and 15 wounded when shells fell on a crowded neighbourhood of Sake, about 25 kilometres west of Goma, on Monday, local officials and a doctor at the town's health centre said.

Civil society groups in Masisi territory blamed the M23 rebels, who have been shelling army positions on the hills above the town for more than a week. An M23 spokesman denied the accusation and said the army had fired on civilians "to blame the revolution".

On Sunday, M23 fighters attacked positions held by the Congolese army and allied Wazalendo militias on the hills north of Sake. The army's spokesman in North Kivu said troops had repelled the assault, killing 28 rebels, and acknowledged the loss of three soldiers.

Further north, in Rutshuru territory, the rebels took control of the village of Kibirizi on Saturday after Wazalendo fighters withdrew overnight, residents said.

More than 135,000 people have fled Sake and surrounding villages in the past week, most of them towards Goma, where camps are already overflowing, according to the UN. UN experts estimate that the M23 has about 3,000 fighters, backed by Rwandan troops, a charge Kigali denies.
""",
events=[
    ev("Shells fell on a crowded neighbourhood of Sake, killing at least six civilians and wounding 15; civil society blamed M23, which denied it and blamed the army.",
       "2024-02-12", "‘on Monday’ before the Wednesday 2024-02-14 dateline: Monday 2024-02-12",
       "Sake", "North Kivu", "CD", "explosion", "unknown", "civilians",
       6, None, 15, None,
       "At least six civilians were killed and 15 wounded when shells fell on a crowded neighbourhood of Sake, about 25 kilometres west of Goma, on Monday [...] Civil society groups in Masisi territory blamed the M23 rebels [...] An M23 spokesman denied the accusation and said the army had fired on civilians",
       note="blamed on M23, denied by M23, which blamed the army: disputed"),
    ev("M23 fighters attacked army and Wazalendo positions on the hills north of Sake and were repelled; the army says 28 rebels and three soldiers were killed.",
       "2024-02-11", "‘On Sunday’ before the Wednesday 2024-02-14 dateline: Sunday 2024-02-11",
       "hills north of Sake", "North Kivu", "CD", "battle", "M23", "Congolese security forces",
       31, None, None, None,
       "On Sunday, M23 fighters attacked positions held by the Congolese army and allied Wazalendo militias on the hills north of Sake. The army's spokesman in North Kivu said troops had repelled the assault, killing 28 rebels, and acknowledged the loss of three soldiers.",
       note="31 = 28 rebels (the defending army's count) + 3 soldiers; Wazalendo counted with the army"),
    ev("M23 took control of Kibirizi after Wazalendo fighters withdrew overnight.",
       "2024-02-10", "‘on Saturday’ before the Wednesday 2024-02-14 dateline: Saturday 2024-02-10",
       "Kibirizi", "North Kivu", "CD", "territory_gain", "M23", "Wazalendo",
       None, None, None, None,
       "Further north, in Rutshuru territory, the rebels took control of the village of Kibirizi on Saturday after Wazalendo fighters withdrew overnight, residents said.",
       note="'the rebels' refers back to M23"),
],
figures=[
    fig("displaced", 135000, "Sake",
        "More than 135,000 people have fled Sake and surrounding villages in the past week"),
    fig("fighters", 3000, "North Kivu",
        "UN experts estimate that the M23 has about 3,000 fighters"),
])

report("h18-16", "2023-06-20", "https://www.example-ituripost.com/securite/2023/06/20/oicha-adf-fataki-codeco",
"""
ADF rebels kill at least 17 near Oicha; CODECO militiamen raid displaced site in Djugu

BUNIA, June 20 (Ituri Post) - Rebels of the Allied Democratic Forces (ADF) killed at least 17 people on farms on the outskirts of Oicha, in North Kivu's Beni territory, on Friday night, the army said.

Local civil society leaders put the toll at 21 after searching the fields on Saturday, and said several people were still missing. Most of the victims were killed with machetes, according to a nurse in Oicha. The Islamic State, which calls the ADF its Central Africa Province, said on Sunday that its fighters had killed "Christians" in the area.

In neighbouring Ituri province, militiamen of the Cooperative for the Development of Congo (CODECO) attacked a site for displaced people near Fataki, in Djugu territory, on Wednesday last week, killing 12 people and wounding eight, a local chief said. The attackers burned dozens of shelters before withdrawing.

The spokesman of the joint operation of the Congolese and Ugandan armies said Ugandan artillery and aircraft had shelled ADF positions in the forest north of Oicha on Sunday. He gave no casualty figures.

Ituri and North Kivu have been under a "state of siege", with military governors, since May 2021. Humanitarian agencies count more than 1.5 million displaced people in Ituri alone, and the ADF has killed more than 300 civilians in the two provinces since the beginning of the year, according to a local monitoring group.
""",
events=[
    ev("ADF rebels killed people on farms on the outskirts of Oicha, most with machetes; the army says at least 17, civil society 21; the Islamic State claimed it.",
       "2023-06-16", "‘on Friday night’ before the Tuesday 2023-06-20 dateline: Friday 2023-06-16",
       "outskirts of Oicha", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       17, 21, None, None,
       "Rebels of the Allied Democratic Forces (ADF) killed at least 17 people on farms on the outskirts of Oicha, in North Kivu's Beni territory, on Friday night, the army said. [...] Local civil society leaders put the toll at 21 after searching the fields on Saturday",
       note="conflicting tolls: army 17, civil society 21"),
    ev("CODECO militiamen attacked a displaced people's site near Fataki, killing 12 and wounding eight and burning shelters.",
       "2023-06-14", "‘on Wednesday last week’ before the Tuesday 2023-06-20 dateline: Wednesday 2023-06-14",
       "displaced site near Fataki", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       12, None, 8, None,
       "In neighbouring Ituri province, militiamen of the Cooperative for the Development of Congo (CODECO) attacked a site for displaced people near Fataki, in Djugu territory, on Wednesday last week, killing 12 people and wounding eight, a local chief said."),
    ev("Ugandan artillery and aircraft of the joint operation shelled ADF positions in the forest north of Oicha; no toll given.",
       "2023-06-18", "‘on Sunday’ before the Tuesday 2023-06-20 dateline: Sunday 2023-06-18",
       "forest north of Oicha", "North Kivu", "CD", "explosion", "Ugandan security forces", "ADF",
       None, None, None, None,
       "The spokesman of the joint operation of the Congolese and Ugandan armies said Ugandan artillery and aircraft had shelled ADF positions in the forest north of Oicha on Sunday. He gave no casualty figures."),
],
figures=[
    fig("displaced", 1500000, "Ituri",
        "Humanitarian agencies count more than 1.5 million displaced people in Ituri alone"),
    fig("killed", 300, "Ituri and North Kivu",
        "the ADF has killed more than 300 civilians in the two provinces since the beginning of the year",
        note="civilians killed by the ADF in 2023"),
])

report("h18-17", "2024-02-20", "https://www.example-mekongledger.com/myanmar/2024/02/20/conscription-law-exodus",
"""
Junta's conscription drive sends young people fleeing as battlefield losses mount

YANGON, February 20 (Mekong Ledger) - Myanmar's military government plans to call up about 60,000 men and women a year under a conscription law it activated this month, a junta spokesman has said, as the armed forces struggle to replace losses suffered since ethnic armed groups and resistance forces launched coordinated offensives last year.

The law allows the army to draft men aged 18 to 35 and women aged 18 to 27 for two years of service, extendable to five in a state of emergency. Professionals such as doctors and engineers can be called up until the age of 45. Draft dodgers face up to five years in prison.

Since the announcement, long queues have formed outside passport offices and embassies in Yangon and Mandalay, and consular officials in Thailand say applications for work permits have more than doubled. Some young men have instead travelled to areas held by People's Defence Forces and ethnic armed organisations, according to resistance groups, which say they have received thousands of new volunteers.

Analysts estimate that the military has lost control of more than 30 towns since late October, and that its combat strength has fallen to perhaps 130,000 troops, far below the figures it publishes. About 2.6 million people are displaced across the country, according to the United Nations, and more than 4,400 civilians have been killed by the security forces since the 2021 coup, according to a political prisoners' group.

The junta says the law is needed to "defend the nation" against "terrorists". Opposition groups call it a sign of desperation.
""",
events=[],
figures=[
    fig("other", 60000, "Myanmar",
        "Myanmar's military government plans to call up about 60,000 men and women a year",
        note="planned conscripts a year"),
    fig("other", 30, "Myanmar",
        "the military has lost control of more than 30 towns since late October",
        note="towns lost by the military since late October 2023"),
    fig("fighters", 130000, "Myanmar",
        "its combat strength has fallen to perhaps 130,000 troops"),
    fig("displaced", 2600000, "Myanmar",
        "About 2.6 million people are displaced across the country, according to the United Nations"),
    fig("killed", 4400, "Myanmar",
        "more than 4,400 civilians have been killed by the security forces since the 2021 coup",
        note="civilians since February 2021"),
], country_hint="MM")

report("h18-18", "2022-10-05", "https://www.example-benadirdispatch.com/news/2022/10/05/moqokori-retaken-jowhar-base-attack",
"""
Troops and clan militias retake Moqokori; al-Shabaab car bomb and assault on base near Jowhar

MOGADISHU, October 5 (Benadir Dispatch) - Somali government troops backed by local clan militias recaptured the town of Moqokori, in the Hiiraan region, from al-Shabaab on Monday after a short battle, the regional administration said. Two soldiers were killed in the fighting, a district commissioner said, while the militants withdrew towards the Middle Shabelle border.

Late on Sunday, al-Shabaab attacked an army base on the outskirts of Jowhar, the capital of Middle Shabelle, first ramming a car packed with explosives into the perimeter wall and then sending in gunmen. Seven soldiers and 12 attackers, including the driver of the car, were killed before the assault was beaten back, an army commander said. The group said on its radio station that it had killed more than 30 soldiers.

US Africa Command said it had carried out an air strike near Jilib, in Middle Juba, on Saturday in support of Somali forces, killing two al-Shabaab fighters. It said no civilians had been hurt.

Officials also said government forces had conducted several operations in villages in Middle Shabelle in recent days, without giving details.

The government says troops and the clan militias known as Macawisley have retaken more than 40 towns and villages since the offensive began in August. About one million people have been displaced this year by drought and fighting, the UN says.
""",
events=[
    ev("Somali troops backed by clan militias recaptured Moqokori from al-Shabaab after a short battle; two soldiers killed.",
       "2022-10-03", "‘on Monday’ before the Wednesday 2022-10-05 dateline: Monday 2022-10-03",
       "Moqokori", "Hiiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       2, None, None, None,
       "Somali government troops backed by local clan militias recaptured the town of Moqokori, in the Hiiraan region, from al-Shabaab on Monday after a short battle, the regional administration said. Two soldiers were killed in the fighting",
       note="clan militias counted with the army"),
    ev("Al-Shabaab rammed a car bomb into the perimeter of an army base outside Jowhar and sent in gunmen; seven soldiers and 12 attackers killed, per an army commander.",
       "2022-10-02", "‘Late on Sunday’ before the Wednesday 2022-10-05 dateline: Sunday 2022-10-02",
       "army base on the outskirts of Jowhar", "Middle Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
       19, None, None, None,
       "Late on Sunday, al-Shabaab attacked an army base on the outskirts of Jowhar, the capital of Middle Shabelle, first ramming a car packed with explosives into the perimeter wall and then sending in gunmen. Seven soldiers and 12 attackers, including the driver of the car, were killed before the assault was beaten back, an army commander said.",
       note="complex attack opening with a car bomb: explosion; 19 = 7 soldiers + 12 attackers; al-Shabaab's 'more than 30' is not used"),
    ev("A US air strike near Jilib in support of Somali forces killed two al-Shabaab fighters, per US Africa Command.",
       "2022-10-01", "‘on Saturday’ before the Wednesday 2022-10-05 dateline: Saturday 2022-10-01",
       "near Jilib", "Middle Juba", "SO", "explosion", "US forces", "al-Shabaab",
       2, None, None, None,
       "US Africa Command said it had carried out an air strike near Jilib, in Middle Juba, on Saturday in support of Somali forces, killing two al-Shabaab fighters.",
       note="official count of the force that struck; 'no civilians had been hurt' says nothing of the fighters wounded"),
    ev("Government forces conducted several operations in villages in Middle Shabelle in recent days.",
       None, "‘in recent days’; no day",
       "villages in Middle Shabelle", "Middle Shabelle", "SO", "battle", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Officials also said government forces had conducted several operations in villages in Middle Shabelle in recent days, without giving details.",
       note="unspecified operations, vaguely placed and dated", optional=True),
],
figures=[
    fig("districts_retaken", 40, "central Somalia",
        "The government says troops and the clan militias known as Macawisley have retaken more than 40 towns and villages since the offensive began in August.",
        note="towns and villages"),
    fig("displaced", 1000000, "Somalia",
        "About one million people have been displaced this year by drought and fighting, the UN says."),
])
# ---------------------------------------------------------------------------
# h18-19 .. h18-27
# ---------------------------------------------------------------------------

report("h18-19", "2024-02-06", "https://www.example-gulfmaritimewire.com/red-sea/2024/02/06/mokha-missiles-ras-isa-strike",
"""
Houthis fire missiles at bulk carrier off Mokha; US destroys missiles near Ras Isa

ADEN, February 6 (Gulf Maritime Wire) - Yemen's Houthi movement fired two anti-ship missiles at a bulk carrier sailing in the Red Sea off the port of Mokha on Monday, causing minor damage but no injuries among the crew, the British maritime security agency UKMTO and a US defence official said.

A Houthi military spokesman said the group's naval forces had targeted a "British ship" in response to "the aggression against our country" and in solidarity with Gaza. The vessel continued its voyage towards Suez, the US official said.

US Central Command said its aircraft had destroyed four anti-ship cruise missiles that were "prepared to launch" near Ras Isa, north of Hodeidah, on Sunday, after determining that they posed an imminent threat to merchant ships and US Navy vessels. It gave no casualty figures. Houthi-run television said the strikes had hit "open areas".

On the ground, Houthi fighters attacked government positions in Raghwan district, north of Marib, on Saturday, a military official said. Four soldiers were killed and seven wounded in the fighting, he said, adding that "many" attackers died.

In Taiz, a sniper firing from Houthi-held positions shot dead a 12-year-old boy in Salah district on Sunday, local officials said. The city, divided by a front line since 2015, still sees near-daily sniper fire and shelling despite a lull in the wider war.

The Houthis have launched more than 35 attacks on merchant shipping since November, according to the US military, forcing major container lines to send their ships around the Cape of Good Hope.
""",
events=[
    ev("The Houthis fired two anti-ship missiles at a bulk carrier in the Red Sea off Mokha, causing minor damage and no injuries among the crew.",
       "2024-02-05", "‘on Monday’ before the Tuesday 2024-02-06 dateline: Monday 2024-02-05",
       "Red Sea off Mokha", "Taiz", "YE", "explosion", "Houthis", "civilians",
       0, None, 0, None,
       "Yemen's Houthi movement fired two anti-ship missiles at a bulk carrier sailing in the Red Sea off the port of Mokha on Monday, causing minor damage but no injuries among the crew",
       note="merchant ship's crew as civilians; no injuries read as nobody hurt"),
    ev("US aircraft destroyed four Houthi anti-ship cruise missiles prepared to launch near Ras Isa.",
       "2024-02-04", "‘on Sunday’ before the Tuesday 2024-02-06 dateline: Sunday 2024-02-04",
       "near Ras Isa", "Hodeidah", "YE", "explosion", "US forces", "Houthis",
       None, None, None, None,
       "US Central Command said its aircraft had destroyed four anti-ship cruise missiles that were \"prepared to launch\" near Ras Isa, north of Hodeidah, on Sunday"),
    ev("Houthi fighters attacked government positions in Raghwan district; four soldiers killed and seven wounded.",
       "2024-02-03", "‘on Saturday’ before the Tuesday 2024-02-06 dateline: Saturday 2024-02-03",
       "Raghwan", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       4, None, 7, None,
       "On the ground, Houthi fighters attacked government positions in Raghwan district, north of Marib, on Saturday, a military official said. Four soldiers were killed and seven wounded in the fighting",
       note="'many' attackers gives no number"),
    ev("A sniper firing from Houthi-held positions shot dead a 12-year-old boy in Salah district, Taiz.",
       "2024-02-04", "‘on Sunday’ before the Tuesday 2024-02-06 dateline: Sunday 2024-02-04",
       "Salah district, Taiz", "Taiz", "YE", "attack_on_civilians", "Houthis", "civilians",
       1, None, None, None,
       "In Taiz, a sniper firing from Houthi-held positions shot dead a 12-year-old boy in Salah district on Sunday, local officials said."),
],
figures=[
    fig("other", 35, "Red Sea",
        "The Houthis have launched more than 35 attacks on merchant shipping since November, according to the US military",
        note="count of attacks on shipping since November 2023"),
])

report("h18-20", "2023-03-22", "https://www.example-euphrateswire.com/syria/2023/03/22/sukhnah-truffle-hunters-qamishli-drone",
"""
Islamic State cell kills truffle hunters near Sukhnah; Turkish drone hits car in Qamishli

DAMASCUS, March 22 (Euphrates Wire) - Islamic State militants killed at least 11 truffle hunters and a shepherd in the desert east of Sukhnah, in Homs province, on Monday, according to a monitoring group that relies on sources on the ground.

The gunmen, riding motorcycles, opened fire on the group as they searched for truffles and set two of their vehicles on fire, the Syria Conflict Monitor said. The state news agency put the toll at 15 civilians and blamed "remnants of Daesh". No group claimed the attack, but the jihadists have carried out several similar killings in the Badia in recent weeks.

A Turkish drone struck a car on the outskirts of Qamishli on Sunday, killing two members of the Kurdish-led Syrian Democratic Forces, among them a local commander, the SDF said in a statement. Turkey's defence ministry said it had "neutralised" two "terrorists" in northern Syria without naming the place.

In Idlib province, government forces shelled the village of Kansafra in Jabal al-Zawiya on Tuesday, wounding four civilians including two children, the civil defence said. The area is controlled by Hayat Tahrir al-Sham and allied rebel groups.

Since the start of February, attacks attributed to the Islamic State have killed more than 60 truffle hunters and shepherds in the central and eastern desert, the monitor says. Landmines left by the war kill several more every season.
""",
events=[
    ev("Islamic State gunmen on motorcycles shot truffle hunters and a shepherd in the desert east of Sukhnah and burned two vehicles; the monitor counts 12 dead, state media 15.",
       "2023-03-20", "‘on Monday’ before the Wednesday 2023-03-22 dateline: Monday 2023-03-20",
       "desert east of Sukhnah", "Homs", "SY", "attack_on_civilians", "Islamic State", "civilians",
       12, 15, None, None,
       "Islamic State militants killed at least 11 truffle hunters and a shepherd in the desert east of Sukhnah, in Homs province, on Monday, according to a monitoring group that relies on sources on the ground. [...] The state news agency put the toll at 15 civilians and blamed \"remnants of Daesh\".",
       note="conflicting tolls: monitor 12 (11 truffle hunters + 1 shepherd), state media 15; not claimed, attributed by both sources"),
    ev("A Turkish drone struck a car on the outskirts of Qamishli, killing two SDF members including a local commander.",
       "2023-03-19", "‘on Sunday’ before the Wednesday 2023-03-22 dateline: Sunday 2023-03-19",
       "outskirts of Qamishli", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "Syrian Democratic Forces",
       2, None, None, None,
       "A Turkish drone struck a car on the outskirts of Qamishli on Sunday, killing two members of the Kurdish-led Syrian Democratic Forces, among them a local commander, the SDF said in a statement."),
    ev("Government forces shelled Kansafra in Jabal al-Zawiya, wounding four civilians including two children.",
       "2023-03-21", "‘on Tuesday’ before the Wednesday 2023-03-22 dateline: Tuesday 2023-03-21",
       "Kansafra", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       None, None, 4, None,
       "In Idlib province, government forces shelled the village of Kansafra in Jabal al-Zawiya on Tuesday, wounding four civilians including two children, the civil defence said."),
],
figures=[
    fig("killed", 60, "central and eastern Syrian desert",
        "Since the start of February, attacks attributed to the Islamic State have killed more than 60 truffle hunters and shepherds in the central and eastern desert, the monitor says."),
])

report("h18-21", "2024-01-10", "https://www.example-tigriswire.com/iraq/2024/01/10/daquq-post-attack-ain-al-asad-drones",
"""
Three soldiers killed in IS attack near Daquq; drones target Ain al-Asad base

BAGHDAD, January 10 (Tigris Wire) - Three Iraqi soldiers were killed and two wounded when Islamic State militants attacked an army post in the Daquq district, south of Kirkuk, on Monday night, a security official said.

The attackers used rifles and rocket-propelled grenades and withdrew into the orchards after a gunfight of about an hour, the official said. Troops found the body of one of the militants near the post on Tuesday morning.

The Counter-Terrorism Service said it had arrested four suspected members of the group in a raid in the Hawija district on Tuesday, including a man it described as a local financial official.

Two drones were launched at the Ain al-Asad air base in western Anbar on Sunday, a US defence official said; one was shot down and the other struck an empty area inside the base without causing casualties or damage. The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed factions, claimed the attack on Telegram on Monday.

In Sinjar, a Turkish drone struck a vehicle on Saturday, killing two members of the Sinjar Resistance Units (YBS), a local official said. Ankara regards the Yazidi force as an offshoot of the Kurdistan Workers' Party (PKK).

US forces in Iraq and Syria have been attacked more than 120 times since mid-October, according to the Pentagon.
""",
events=[
    ev("Islamic State militants attacked an army post in Daquq district with rifles and RPGs; three soldiers killed and two wounded, and the body of one militant was found the next morning.",
       "2024-01-08", "‘on Monday night’ before the Wednesday 2024-01-10 dateline: Monday 2024-01-08",
       "army post in Daquq district", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       4, None, 2, None,
       "Three Iraqi soldiers were killed and two wounded when Islamic State militants attacked an army post in the Daquq district, south of Kirkuk, on Monday night, a security official said. [...] Troops found the body of one of the militants near the post on Tuesday morning.",
       note="4 = 3 soldiers + 1 militant whose body was found"),
    ev("The Counter-Terrorism Service arrested four suspected Islamic State members, including a local financial official, in a raid in Hawija district.",
       "2024-01-09", "‘on Tuesday’ before the Wednesday 2024-01-10 dateline: Tuesday 2024-01-09",
       "Hawija district", "Kirkuk", "IQ", "arrest", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "The Counter-Terrorism Service said it had arrested four suspected members of the group in a raid in the Hawija district on Tuesday",
       note="'the group' refers back to Islamic State", arrested=4),
    ev("Two drones were launched at Ain al-Asad air base; one was shot down and the other hit an empty area without casualties; the Islamic Resistance in Iraq claimed it the next day.",
       "2024-01-07", "‘on Sunday’ before the Wednesday 2024-01-10 dateline: Sunday 2024-01-07",
       "Ain al-Asad air base", "Anbar", "IQ", "explosion", "Islamic Resistance in Iraq", "US forces",
       0, None, 0, None,
       "Two drones were launched at the Ain al-Asad air base in western Anbar on Sunday, a US defence official said; one was shot down and the other struck an empty area inside the base without causing casualties or damage. The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed factions, claimed the attack on Telegram on Monday.",
       note="attacker from the claim of Monday 2024-01-08; no casualties"),
    ev("A Turkish drone struck a vehicle in Sinjar, killing two members of the Sinjar Resistance Units.",
       "2024-01-06", "‘on Saturday’ before the Wednesday 2024-01-10 dateline: Saturday 2024-01-06",
       "Sinjar", "Nineveh", "IQ", "explosion", "Turkish Armed Forces", "Sinjar Resistance Units (YBS)",
       2, None, None, None,
       "In Sinjar, a Turkish drone struck a vehicle on Saturday, killing two members of the Sinjar Resistance Units (YBS), a local official said."),
],
figures=[
    fig("other", 120, "Iraq and Syria",
        "US forces in Iraq and Syria have been attacked more than 120 times since mid-October, according to the Pentagon.",
        note="count of attacks on US forces since mid-October 2023"),
])

report("h18-22", "2024-07-03", "https://www.example-antillesdaily.com/haiti/2024/07/03/un-quarterly-report-gang-violence",
"""
UN says more than 1,500 killed in Haiti gang violence in three months

PORT-AU-PRINCE, July 3 (Antilles Daily) - At least 1,520 people were killed and 790 injured in gang-related violence in Haiti between April and June, the UN office in the country said in its quarterly human rights report on Tuesday, describing a situation "as critical as ever".

Most of the victims were shot by gang members during attacks on neighbourhoods of Port-au-Prince and in the lower Artibonite valley, the report said. Others were killed by stray bullets or during police operations against the gangs, and more than 200 alleged gang members were lynched by so-called self-defence brigades during the quarter.

The office also documented 230 kidnappings for ransom and more than 300 cases of sexual violence, most of them gang rapes committed during raids, and warned that the figures were incomplete because many victims were too afraid to report.

The violence has displaced about 580,000 people across the country, more than half of them children, according to the UN migration agency. Many live in schools, churches and public squares in the capital, where cholera has reappeared.

The Haitian National Police has fewer than 10,000 active officers for a population of some 11 million, the report noted, and gangs control or influence an estimated 80 percent of the capital. The Kenyan-led multinational support mission authorised by the UN Security Council last October is meant to help the police retake control of key roads and ports.

"The population cannot wait any longer," the head of the UN office said in a statement.
""",
events=[],
figures=[
    fig("killed", 1520, "Haiti",
        "At least 1,520 people were killed and 790 injured in gang-related violence in Haiti between April and June",
        note="April-June 2024"),
    fig("wounded", 790, "Haiti",
        "At least 1,520 people were killed and 790 injured in gang-related violence in Haiti between April and June",
        note="April-June 2024"),
    fig("killed", 200, "Haiti",
        "more than 200 alleged gang members were lynched by so-called self-defence brigades during the quarter"),
    fig("other", 230, "Haiti",
        "The office also documented 230 kidnappings for ransom and more than 300 cases of sexual violence",
        note="kidnappings, April-June 2024"),
    fig("other", 300, "Haiti",
        "The office also documented 230 kidnappings for ransom and more than 300 cases of sexual violence",
        note="cases of sexual violence, April-June 2024"),
    fig("displaced", 580000, "Haiti",
        "The violence has displaced about 580,000 people across the country"),
    fig("fighters", 10000, "Haiti",
        "The Haitian National Police has fewer than 10,000 active officers",
        note="police officers, an upper bound"),
], country_hint="HT")

report("h18-23", "2024-05-27", "https://www.example-kharkivcourier.com/city/2024/05/27/saltivskyi-guided-bomb-toll",
"""
Death toll from guided bomb in Kharkiv's Saltivskyi district rises to six

KHARKIV, May 27 (Kharkiv Courier) - The number of people killed when a Russian guided bomb struck a residential street in Kharkiv's Saltivskyi district on Sunday has risen to six, the head of the regional military administration said on Monday, after rescuers pulled two more bodies from the rubble of a collapsed two-storey house.

Twenty-seven people were wounded, among them three children, he said. Regional prosecutors said the bomb had been dropped by an aircraft flying over Russia's Belgorod region, beyond the reach of Ukrainian air defences.

In the border town of Vovchansk, Russian and Ukrainian troops fought street battles on Sunday, the Ukrainian military said, adding that its forces had repelled nine Russian assaults around the town over the past day. Russia's defence ministry said its units had "improved their positions" in the area.

On Saturday, Russian shelling killed a 58-year-old man and wounded two women in Kupiansk, the regional administration said. A day earlier, a drone attack set fire to a grain warehouse in the Kupiansk district; nobody was hurt, officials said.

About 11,000 people have been evacuated from Vovchansk and other border communities since Russia launched a new offensive in the region on May 10. Since the beginning of May, Russian strikes have killed more than 60 civilians in the Kharkiv region, according to the regional prosecutor's office.
""",
events=[
    ev("A Russian guided bomb struck a residential street in Saltivskyi district, Kharkiv, collapsing a house; toll rose to six killed, 27 wounded.",
       "2024-05-26", "‘on Sunday’ before the Monday 2024-05-27 dateline: Sunday 2024-05-26",
       "Saltivskyi district, Kharkiv", "Kharkiv Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       6, None, 27, None,
       "The number of people killed when a Russian guided bomb struck a residential street in Kharkiv's Saltivskyi district on Sunday has risen to six [...] Twenty-seven people were wounded, among them three children, he said.",
       note="revised toll: six after two more bodies were found"),
    ev("Russian and Ukrainian troops fought street battles in Vovchansk; Ukraine says it repelled nine Russian assaults around the town.",
       "2024-05-26", "‘on Sunday’ before the Monday 2024-05-27 dateline: Sunday 2024-05-26",
       "Vovchansk", "Kharkiv Oblast", "UA", "battle", "Russian armed forces", "Ukrainian armed forces",
       None, None, None, None,
       "In the border town of Vovchansk, Russian and Ukrainian troops fought street battles on Sunday, the Ukrainian military said, adding that its forces had repelled nine Russian assaults around the town over the past day."),
    ev("Russian shelling killed a 58-year-old man and wounded two women in Kupiansk.",
       "2024-05-25", "‘On Saturday’ before the Monday 2024-05-27 dateline: Saturday 2024-05-25",
       "Kupiansk", "Kharkiv Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       1, None, 2, None,
       "On Saturday, Russian shelling killed a 58-year-old man and wounded two women in Kupiansk, the regional administration said."),
    ev("A drone attack set fire to a grain warehouse in Kupiansk district; nobody was hurt.",
       "2024-05-24", "‘A day earlier’ than Saturday 2024-05-25: Friday 2024-05-24",
       "grain warehouse in Kupiansk district", "Kharkiv Oblast", "UA", "explosion", "Russian armed forces", "none",
       0, None, 0, None,
       "A day earlier, a drone attack set fire to a grain warehouse in the Kupiansk district; nobody was hurt, officials said.",
       note="drone not attributed in words; Russian on the context"),
],
figures=[
    fig("displaced", 11000, "Vovchansk and border communities",
        "About 11,000 people have been evacuated from Vovchansk and other border communities since Russia launched a new offensive in the region on May 10."),
    fig("killed", 60, "Kharkiv region",
        "Since the beginning of May, Russian strikes have killed more than 60 civilians in the Kharkiv region"),
])

report("h18-24", "2023-11-07", "https://www.example-donbaswire.com/donetsk/2023/11/07/kurakhove-shelling-avdiivka",
"""
Shelling kills two in Kurakhove; Ukraine says it held off 19 attacks around Avdiivka

KRAMATORSK, November 7 (Donbas Wire) - Russian artillery shelled the town of Kurakhove on Monday morning, killing two civilians and wounding six, the head of the Donetsk regional military administration said.

Shells hit a bakery and several apartment blocks near the town centre, he wrote on Telegram. Two of the wounded were in a serious condition.

In Toretsk, the toll from Saturday's Russian guided-bomb strike on a five-storey apartment building rose to three after rescuers finished searching the rubble on Monday. Two people had been reported dead on Saturday.

Ukraine's General Staff said on Monday evening that its forces had repelled 19 Russian attacks around Avdiivka over the past day, as Moscow's troops kept up an offensive on the industrial town that began in October. Russia's defence ministry said its forces had destroyed two Ukrainian ammunition depots in the area but gave no locations or dates.

In Russian-held Horlivka, the Moscow-installed head of the city said Ukrainian shelling had killed three people at a bus stop on Sunday. Ukrainian officials did not comment.

Only about 1,600 of Avdiivka's pre-war population of 32,000 remain in the town, according to the local administration. Since February 2022, Russian attacks have killed more than 1,800 civilians in the government-held part of the Donetsk region, regional officials say.
""",
events=[
    ev("Russian artillery shelled Kurakhove, hitting a bakery and apartment blocks, killing two civilians and wounding six.",
       "2023-11-06", "‘on Monday morning’ before the Tuesday 2023-11-07 dateline: Monday 2023-11-06",
       "Kurakhove", "Donetsk Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       2, None, 6, None,
       "Russian artillery shelled the town of Kurakhove on Monday morning, killing two civilians and wounding six, the head of the Donetsk regional military administration said."),
    ev("A Russian guided bomb struck a five-storey apartment building in Toretsk; the toll rose from two to three.",
       "2023-11-04", "‘Saturday's’ strike before the Tuesday 2023-11-07 dateline: Saturday 2023-11-04",
       "Toretsk", "Donetsk Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       3, None, None, None,
       "In Toretsk, the toll from Saturday's Russian guided-bomb strike on a five-storey apartment building rose to three after rescuers finished searching the rubble on Monday. Two people had been reported dead on Saturday.",
       note="revised toll: two, then three"),
    ev("Ukrainian forces repelled 19 Russian attacks around Avdiivka over the past day, per the General Staff.",
       "2023-11-06", "‘over the past day’ in the statement ‘on Monday evening’: Monday 2023-11-06",
       "Avdiivka", "Donetsk Oblast", "UA", "battle", "Russian armed forces", "Ukrainian armed forces",
       None, None, None, None,
       "Ukraine's General Staff said on Monday evening that its forces had repelled 19 Russian attacks around Avdiivka over the past day"),
    ev("Russia says it destroyed two Ukrainian ammunition depots in the Avdiivka area; no places or dates.",
       None, "‘gave no locations or dates’",
       "Avdiivka area", "Donetsk Oblast", "UA", "explosion", "Russian armed forces", "Ukrainian armed forces",
       None, None, None, None,
       "Russia's defence ministry said its forces had destroyed two Ukrainian ammunition depots in the area but gave no locations or dates.",
       note="no place or date", optional=True),
    ev("The Russian-installed head of Horlivka said Ukrainian shelling killed three people at a bus stop.",
       "2023-11-05", "‘on Sunday’ before the Tuesday 2023-11-07 dateline: Sunday 2023-11-05",
       "bus stop, Horlivka", "Donetsk Oblast", "UA", "explosion", "Ukrainian armed forces", "civilians",
       3, None, None, None,
       "In Russian-held Horlivka, the Moscow-installed head of the city said Ukrainian shelling had killed three people at a bus stop on Sunday.",
       note="Russian-held Horlivka; source the Russian-installed official, no Ukrainian comment"),
],
figures=[
    fig("civilians_trapped", 1600, "Avdiivka",
        "Only about 1,600 of Avdiivka's pre-war population of 32,000 remain in the town",
        note="residents remaining"),
    fig("killed", 1800, "Donetsk region",
        "Since February 2022, Russian attacks have killed more than 1,800 civilians in the government-held part of the Donetsk region"),
])

report("h18-25", "2024-10-30", "https://www.example-geziramonitor.com/aljazirah/2024/10/30/rufaa-villages-rsf-killings",
"""
RSF fighters kill dozens in villages north-east of Rufaa; army drones hit paramilitary in Wad Madani

PORT SUDAN, October 30 (Gezira Monitor) - Fighters of the paramilitary Rapid Support Forces stormed a cluster of villages north-east of Rufaa, in Al Jazirah state, on Sunday, shooting men in their homes and in the fields and looting livestock, residents and local activists said.

A doctor who treated survivors in Rufaa said 39 bodies had been buried by Monday evening. A resistance committee in the area put the number of dead at 47, saying some bodies had been left on the roads. Dozens more people were wounded, many of them by gunfire as they fled on foot.

The RSF said it had been pursuing "army-allied militias" in the area and denied targeting civilians. Villages in the east of the state have been raided repeatedly since the paramilitary took the state capital last December.

The army said its drones had struck RSF vehicles and a fuel depot in Wad Madani on Monday. It gave no casualty figures.

In Khartoum North, the army said its troops had advanced in the Kafouri district on Tuesday and killed 20 RSF fighters. The RSF said it had repelled the attack.

The UN migration agency says more than 120,000 people have fled eastern Al Jazirah in the past week, many of them walking for days to reach Kassala and Gedaref states.
""",
events=[
    ev("RSF fighters stormed villages north-east of Rufaa, shooting men in homes and fields and looting livestock; a doctor says 39 buried, a resistance committee 47 dead.",
       "2024-10-27", "‘on Sunday’ before the Wednesday 2024-10-30 dateline: Sunday 2024-10-27",
       "villages north-east of Rufaa", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       39, 47, None, None,
       "Fighters of the paramilitary Rapid Support Forces stormed a cluster of villages north-east of Rufaa, in Al Jazirah state, on Sunday, shooting men in their homes and in the fields and looting livestock, residents and local activists said. [...] A doctor who treated survivors in Rufaa said 39 bodies had been buried by Monday evening. A resistance committee in the area put the number of dead at 47",
       note="conflicting tolls 39 (doctor) vs 47 (resistance committee); 'dozens' wounded gives no number; the RSF says it pursued militias"),
    ev("Army drones struck RSF vehicles and a fuel depot in Wad Madani; no toll.",
       "2024-10-28", "‘on Monday’ before the Wednesday 2024-10-30 dateline: Monday 2024-10-28",
       "Wad Madani", "Al Jazirah", "SD", "explosion", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "The army said its drones had struck RSF vehicles and a fuel depot in Wad Madani on Monday. It gave no casualty figures."),
    ev("The army advanced in the Kafouri district of Khartoum North and said it killed 20 RSF fighters; the RSF said it repelled the attack.",
       "2024-10-29", "‘on Tuesday’ before the Wednesday 2024-10-30 dateline: Tuesday 2024-10-29",
       "Kafouri, Khartoum North", "Khartoum", "SD", "battle", "Sudanese Armed Forces", "Rapid Support Forces",
       20, None, None, None,
       "In Khartoum North, the army said its troops had advanced in the Kafouri district on Tuesday and killed 20 RSF fighters. The RSF said it had repelled the attack.",
       note="the army's official count of its own operation"),
],
figures=[
    fig("displaced", 120000, "eastern Al Jazirah",
        "more than 120,000 people have fled eastern Al Jazirah in the past week"),
])

report("h18-26", "2024-01-23", "https://www.example-bayofbengalpost.com/rakhine/2024/01/23/kyauktaw-base-minbya-airstrike",
"""
Arakan Army says it captured battalion base near Kyauktaw; air strike kills nine in Minbya

YANGON, January 23 (Bay of Bengal Post) - The Arakan Army said on Monday that its fighters had overrun the headquarters of a military light infantry battalion on the outskirts of Kyauktaw, in Rakhine State, on Sunday after eight days of fighting, and had taken 40 soldiers prisoner.

The ethnic armed group published photographs of captured weapons and ammunition. The military did not comment on the loss of the base, but its information team said the "AA terrorist group" had suffered heavy casualties in recent fighting in Kyauktaw township.

On Saturday, a military aircraft bombed a village market in Minbya township, killing nine civilians, including three children, and wounding 14, residents said. The market had reopened only a week earlier.

Navy ships anchored off Pauktaw shelled villages along the shore on Friday, wounding five people, a local relief worker said.

The military's information team said troops had fought off an attack by the Arakan Army on a police outpost in Ponnagyun township on Thursday, killing more than 30 insurgents. The AA said it had lost two fighters there.

More than 100,000 people have been displaced in Rakhine since the Arakan Army resumed fighting in November, according to UN agencies, and the group says it now controls four townships in the state.
""",
events=[
    ev("The Arakan Army overran a light infantry battalion headquarters on the outskirts of Kyauktaw after eight days of fighting and took 40 soldiers prisoner.",
       "2024-01-21", "‘on Sunday’ in the statement of Monday 2024-01-22: Sunday 2024-01-21",
       "battalion headquarters, outskirts of Kyauktaw", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar military",
       None, None, None, None,
       "The Arakan Army said on Monday that its fighters had overrun the headquarters of a military light infantry battalion on the outskirts of Kyauktaw, in Rakhine State, on Sunday after eight days of fighting, and had taken 40 soldiers prisoner.",
       note="40 soldiers taken prisoner"),
    ev("A military aircraft bombed a village market in Minbya township, killing nine civilians including three children and wounding 14.",
       "2024-01-20", "‘On Saturday’ before the Tuesday 2024-01-23 dateline: Saturday 2024-01-20",
       "village market in Minbya township", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       9, None, 14, None,
       "On Saturday, a military aircraft bombed a village market in Minbya township, killing nine civilians, including three children, and wounding 14, residents said."),
    ev("Navy ships off Pauktaw shelled villages along the shore, wounding five.",
       "2024-01-19", "‘on Friday’ before the Tuesday 2024-01-23 dateline: Friday 2024-01-19",
       "villages along the shore, Pauktaw", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       None, None, 5, None,
       "Navy ships anchored off Pauktaw shelled villages along the shore on Friday, wounding five people, a local relief worker said."),
    ev("The Arakan Army attacked a police outpost in Ponnagyun township and was fought off; the military claims more than 30 insurgents killed, the AA says it lost two.",
       "2024-01-18", "‘on Thursday’ before the Tuesday 2024-01-23 dateline: Thursday 2024-01-18",
       "police outpost in Ponnagyun township", "Rakhine", "MM", "battle", "Arakan Army", "Myanmar police",
       2, 30, None, None,
       "The military's information team said troops had fought off an attack by the Arakan Army on a police outpost in Ponnagyun township on Thursday, killing more than 30 insurgents. The AA said it had lost two fighters there.",
       note="conflicting counts of the same dead: the AA's own two vs the military's more than 30"),
],
figures=[
    fig("displaced", 100000, "Rakhine",
        "More than 100,000 people have been displaced in Rakhine since the Arakan Army resumed fighting in November"),
    fig("other", 4, "Rakhine",
        "the group says it now controls four townships in the state",
        note="townships held by the Arakan Army, its own claim"),
])

report("h18-27", "2021-11-24", "https://www.example-hornwire.com/somalia/2021/11/24/km4-car-bomb-checkpoint",
"""
Suicide car bomb kills six at Mogadishu checkpoint; al-Shabaab claims attack

MOGADISHU, November 24 (Horn Wire) - A car bomb exploded at a security checkpoint near the KM4 junction in Mogadishu's Hodan district on Monday morning, killing four soldiers and two civilians as well as the bomber and wounding 11 people, a police officer said.

The driver accelerated towards the checkpoint when soldiers signalled him to stop, witnesses said. The blast destroyed several minibuses and shattered the windows of nearby shops and a hotel.

Al-Shabaab said in a statement broadcast on its radio station that one of its "martyrdom-seeking" fighters had killed "more than 15 apostate soldiers". Police said on Tuesday that they had arrested nine people in connection with the bombing, including the owner of a garage where the car was allegedly fitted with explosives.

On Sunday night, several mortar rounds landed near the airport, one of them hitting a house in Wadajir district and wounding three children, residents said. There was no immediate claim.

In Lower Shabelle, the army said on Tuesday that its forces had killed 12 al-Shabaab fighters and lost one soldier in an operation in villages near Awdheegle on Saturday.

The militants, estimated by UN experts to number between 7,000 and 12,000 fighters, have stepped up attacks in the capital ahead of delayed parliamentary elections. Drought has left about 2.3 million Somalis facing severe food shortages, aid agencies say.
""",
events=[
    ev("A suicide car bomber drove at a checkpoint near the KM4 junction in Hodan district; four soldiers, two civilians and the bomber killed, 11 wounded; al-Shabaab claimed it.",
       "2021-11-22", "‘on Monday morning’ before the Wednesday 2021-11-24 dateline: Monday 2021-11-22",
       "KM4 junction, Hodan district, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       7, None, 11, None,
       "A car bomb exploded at a security checkpoint near the KM4 junction in Mogadishu's Hodan district on Monday morning, killing four soldiers and two civilians as well as the bomber and wounding 11 people, a police officer said. [...] Al-Shabaab said in a statement broadcast on its radio station that one of its \"martyrdom-seeking\" fighters had killed \"more than 15 apostate soldiers\".",
       note="7 = 4 soldiers + 2 civilians + the bomber (the headline's six leaves out the bomber); the claim of 15 is not used"),
    ev("Police arrested nine people in connection with the KM4 bombing, including a garage owner.",
       None, "police ‘said on Tuesday’ (Tuesday 2021-11-23); arrest day not given",
       "Mogadishu", "Banaadir", "SO", "arrest", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Police said on Tuesday that they had arrested nine people in connection with the bombing, including the owner of a garage where the car was allegedly fitted with explosives.",
       arrested=9),
    ev("Mortar rounds landed near the airport; one hit a house in Wadajir district, wounding three children; no claim.",
       "2021-11-21", "‘On Sunday night’ before the Wednesday 2021-11-24 dateline: Sunday 2021-11-21",
       "Wadajir district, Mogadishu", "Banaadir", "SO", "explosion", "unknown", "civilians",
       None, None, 3, None,
       "On Sunday night, several mortar rounds landed near the airport, one of them hitting a house in Wadajir district and wounding three children, residents said. There was no immediate claim."),
    ev("The army said it killed 12 al-Shabaab fighters and lost one soldier in an operation in villages near Awdheegle.",
       "2021-11-20", "‘on Saturday’ in the statement of Tuesday 2021-11-23: Saturday 2021-11-20",
       "villages near Awdheegle", "Lower Shabelle", "SO", "battle", "Somali security forces", "al-Shabaab",
       13, None, None, None,
       "In Lower Shabelle, the army said on Tuesday that its forces had killed 12 al-Shabaab fighters and lost one soldier in an operation in villages near Awdheegle on Saturday.",
       note="13 = 12 fighters + 1 soldier, the army's count"),
],
figures=[
    fig("fighters", 7000, "Somalia",
        "The militants, estimated by UN experts to number between 7,000 and 12,000 fighters",
        note="range 7,000 to 12,000; the lower bound"),
    fig("other", 2300000, "Somalia",
        "Drought has left about 2.3 million Somalis facing severe food shortages, aid agencies say.",
        note="people facing severe food shortages"),
])
# ---------------------------------------------------------------------------
# h18-28 .. h18-36
# ---------------------------------------------------------------------------

report("h18-28", "2024-08-13", "https://www.example-congoriverreview.com/analysis/2024/08/13/wazalendo-militias-army",
"""
Analysis: Congo's "patriot" militias grow into a force the army cannot control

KINSHASA, August 13 (Congo River Review) - When the M23 rebels resumed their war in North Kivu in 2022, the government in Kinshasa turned to dozens of local armed groups for help. Two years on, the fighters known as Wazalendo, or "patriots" in Swahili, hold more of the front line around Goma than the regular army does in some sectors, and their loyalty is far from certain.

A UN group of experts estimates that at least 25,000 fighters belong to Wazalendo groups, spread across more than 100 factions of very different size and discipline. Many receive weapons, ammunition and some pay from the army, and some fight alongside troops and the Burundian contingent on the Masisi and Rutshuru fronts. Others tax roads and mines, and rights groups accuse several of them of killings, abductions and rapes.

The M23, which UN experts say is backed by several thousand Rwandan soldiers, now administers large parts of Rutshuru and Masisi territories and the mining town of Rubaya. Kigali denies supporting the group.

The fighting has driven 2.8 million people from their homes in North Kivu alone, and more than 7 million across the country, the highest number on record, according to the UN. Camps around Goma hold more than half a million people.

"The state has outsourced the war," said a researcher at a university in Bukavu. "When the fighting stops, someone will have to disarm these men, and nobody has a plan for that." A national disarmament programme launched two years ago has so far registered fewer than 5,000 former fighters, according to its own figures.

Army officers say privately that the militias are indispensable. Civil society leaders in Goma say the population fears them almost as much as the rebels.
""",
events=[],
figures=[
    fig("fighters", 25000, "eastern DR Congo",
        "A UN group of experts estimates that at least 25,000 fighters belong to Wazalendo groups, spread across more than 100 factions"),
    fig("displaced", 2800000, "North Kivu",
        "The fighting has driven 2.8 million people from their homes in North Kivu alone"),
    fig("displaced", 7000000, "DR Congo",
        "more than 7 million across the country, the highest number on record, according to the UN"),
    fig("displaced", 500000, "camps around Goma",
        "Camps around Goma hold more than half a million people.",
        note="'half a million'"),
    fig("other", 5000, "DR Congo",
        "has so far registered fewer than 5,000 former fighters",
        note="ex-fighters registered for disarmament, an upper bound"),
], country_hint="CD")

report("h18-29", "2022-09-13", "https://www.example-addiswire.com/oromia/2022/09/13/amuru-militia-camp-kiramu-killings",
"""
OLA fighters kill nine militiamen in Amuru; 14 villagers killed in Kiramu as sides trade blame

NEKEMTE, September 13 (Addis Wire) - Fighters of the Oromo Liberation Army (OLA) attacked a camp of the regional militia in Amuru district, Horo Guduru Wollega zone, on Saturday, killing nine militiamen and wounding four, a district official said.

The attackers came at night, took away weapons and set fire to the camp's storeroom before regional special forces arrived, the official said. The government calls the group "OLF-Shene" and has designated it a terrorist organisation.

On Sunday, armed men killed 14 civilians in a village in Kiramu district, East Wollega, residents said. The regional government blamed "Shene", while an OLA spokesman denied any involvement and accused Amhara militias operating across the regional boundary.

A drone strike hit a house near Gida Ayana on Friday, killing five people, three residents said. A regional security official said the strike had targeted an OLA commander and "his bodyguards"; residents said the dead were a farmer, his wife and three relatives.

Gunmen stopped a bus on the road between Nekemte and Gimbi on Thursday and abducted 11 passengers, police said, blaming the OLA. The group did not comment.

The violence has displaced more than 50,000 people in East and Horo Guduru Wollega zones since August, according to local officials, and the regional government says more than 300 OLA fighters have surrendered to the authorities in the past month.
""",
events=[
    ev("OLA fighters attacked a regional militia camp in Amuru district at night, killing nine militiamen and wounding four and taking weapons.",
       "2022-09-10", "‘on Saturday’ before the Tuesday 2022-09-13 dateline: Saturday 2022-09-10",
       "militia camp in Amuru district", "Oromia", "ET", "battle", "Oromo Liberation Army", "Ethiopian security forces",
       9, None, 4, None,
       "Fighters of the Oromo Liberation Army (OLA) attacked a camp of the regional militia in Amuru district, Horo Guduru Wollega zone, on Saturday, killing nine militiamen and wounding four, a district official said.",
       note="regional militia counted with the state's forces"),
    ev("Armed men killed 14 civilians in a village in Kiramu district; the regional government blamed the OLA, which denied it and blamed Amhara militias.",
       "2022-09-11", "‘On Sunday’ before the Tuesday 2022-09-13 dateline: Sunday 2022-09-11",
       "village in Kiramu district", "Oromia", "ET", "attack_on_civilians", "unknown", "civilians",
       14, None, None, None,
       "On Sunday, armed men killed 14 civilians in a village in Kiramu district, East Wollega, residents said. The regional government blamed \"Shene\", while an OLA spokesman denied any involvement and accused Amhara militias",
       note="blamed on the OLA ('Shene') by the government, denied by the OLA: disputed"),
    ev("A drone strike hit a house near Gida Ayana, killing five; a regional official said it targeted an OLA commander, residents said the dead were a farmer's family.",
       "2022-09-09", "‘on Friday’ before the Tuesday 2022-09-13 dateline: Friday 2022-09-09",
       "near Gida Ayana", "Oromia", "ET", "explosion", "Ethiopian security forces", "civilians",
       5, None, None, None,
       "A drone strike hit a house near Gida Ayana on Friday, killing five people, three residents said. A regional security official said the strike had targeted an OLA commander and \"his bodyguards\"; residents said the dead were a farmer, his wife and three relatives.",
       note="the strike is acknowledged by a government official; the victims are disputed, taken as reported by residents"),
    ev("Gunmen stopped a bus on the Nekemte-Gimbi road and abducted 11 passengers; police blamed the OLA, which did not comment.",
       "2022-09-08", "‘on Thursday’ before the Tuesday 2022-09-13 dateline: Thursday 2022-09-08",
       "road between Nekemte and Gimbi", "Oromia", "ET", "other", "Oromo Liberation Army", "civilians",
       None, None, None, None,
       "Gunmen stopped a bus on the road between Nekemte and Gimbi on Thursday and abducted 11 passengers, police said, blaming the OLA. The group did not comment.",
       note="abduction; blamed by police, no denial"),
],
figures=[
    fig("displaced", 50000, "East and Horo Guduru Wollega",
        "The violence has displaced more than 50,000 people in East and Horo Guduru Wollega zones since August"),
    fig("other", 300, "Oromia",
        "the regional government says more than 300 OLA fighters have surrendered to the authorities in the past month",
        note="surrenders"),
])

report("h18-30", "2024-08-20", "https://www.example-artibonitecourier.com/news/2024/08/20/liancourt-raid-carrefour-feuilles",
"""
Gran Grif gang kills 12 in Liancourt raid; police and Kenyan officers fight gang in Carrefour-Feuilles

SAINT-MARC, August 20 (Artibonite Courier) - Gunmen from the Gran Grif gang raided a farming area of Liancourt commune, in the lower Artibonite valley, on Saturday night, killing 12 people and burning about 30 houses, the mayor said on Monday.

The mayor had first put the death toll at eight, but more bodies were found in the rice fields on Sunday and Monday, he told the Artibonite Courier. Several residents were wounded by gunfire and taken to hospital in Saint-Marc. The gang, based in nearby Savien, has attacked communities along the Artibonite river repeatedly this year.

In Port-au-Prince, Haitian police backed by Kenyan officers of the Multinational Security Support mission fought members of the Grand Ravine gang in the Carrefour-Feuilles area on Monday, the police said. Four gang members were killed and one Kenyan officer was wounded in the leg, according to a police statement.

On Sunday, armed men fired on a bus on National Road 1 near Saint-Marc, killing the driver, passengers said.

More than 90,000 people have fled the lower Artibonite since the beginning of the year, according to the UN migration agency. The Kenyan contingent now numbers about 400 officers, well short of the 2,500 pledged by contributing countries.
""",
events=[
    ev("Gran Grif gunmen raided a farming area of Liancourt commune, killing 12 (first toll eight) and burning about 30 houses.",
       "2024-08-17", "‘on Saturday night’ before the Tuesday 2024-08-20 dateline: Saturday 2024-08-17",
       "Liancourt", "Artibonite", "HT", "attack_on_civilians", "Gran Grif", "civilians",
       12, None, None, None,
       "Gunmen from the Gran Grif gang raided a farming area of Liancourt commune, in the lower Artibonite valley, on Saturday night, killing 12 people and burning about 30 houses, the mayor said on Monday. [...] The mayor had first put the death toll at eight, but more bodies were found in the rice fields on Sunday and Monday",
       note="revised toll: eight, then 12; 'several' wounded gives no number"),
    ev("Haitian police backed by Kenyan MSS officers fought the Grand Ravine gang in Carrefour-Feuilles; four gang members killed and a Kenyan officer wounded.",
       "2024-08-19", "‘on Monday’ before the Tuesday 2024-08-20 dateline: Monday 2024-08-19",
       "Carrefour-Feuilles, Port-au-Prince", "Ouest", "HT", "battle", "Haitian security forces", "Grand Ravine",
       4, None, 1, None,
       "In Port-au-Prince, Haitian police backed by Kenyan officers of the Multinational Security Support mission fought members of the Grand Ravine gang in the Carrefour-Feuilles area on Monday, the police said. Four gang members were killed and one Kenyan officer was wounded in the leg",
       note="with Kenyan officers of the MSS mission"),
    ev("Armed men fired on a bus on National Road 1 near Saint-Marc, killing the driver.",
       "2024-08-18", "‘On Sunday’ before the Tuesday 2024-08-20 dateline: Sunday 2024-08-18",
       "National Road 1 near Saint-Marc", "Artibonite", "HT", "attack_on_civilians", "gang (unidentified)", "civilians",
       1, None, None, None,
       "On Sunday, armed men fired on a bus on National Road 1 near Saint-Marc, killing the driver, passengers said."),
],
figures=[
    fig("displaced", 90000, "lower Artibonite",
        "More than 90,000 people have fled the lower Artibonite since the beginning of the year"),
    fig("fighters", 400, "Haiti",
        "The Kenyan contingent now numbers about 400 officers",
        note="foreign police officers of the MSS mission"),
    fig("other", 2500, "Haiti",
        "well short of the 2,500 pledged by contributing countries",
        note="officers pledged"),
])

report("h18-31", "2024-06-18", "https://www.example-galileepost.com/north/2024/06/18/kiryat-shmona-drones-houla-naqoura",
"""
Hezbollah drones hit Kiryat Shmona; Israeli strikes kill four in south Lebanon

JERUSALEM, June 18 (Galilee Post) - Explosive-laden drones launched from Lebanon struck an industrial area of Kiryat Shmona on Monday afternoon, setting fire to a warehouse and wounding a man, Israel's ambulance service said.

Hezbollah said in a statement that it had launched "attack drones" at "a headquarters of the enemy army" in the town. The Israeli military said it had intercepted two of the drones, while others hit the industrial area.

An Israeli drone strike on a motorcycle near Naqoura killed two men on Sunday, Lebanese security sources said. Hezbollah later announced the deaths of two fighters from nearby villages without giving details.

Israeli shelling of the border village of Houla on Monday killed a woman and her adult son, the Lebanese health ministry said.

Since October, at least 10 Israeli civilians and 15 soldiers have been killed by fire from Lebanon, according to Israeli figures. Some 60,000 residents of the north remain evacuated from their homes, and firefighters say blazes set off by rockets and drones have burned more than 100 square kilometres of land this month.
""",
events=[
    ev("Explosive-laden drones from Lebanon hit an industrial area of Kiryat Shmona, setting a warehouse on fire and wounding a man; Hezbollah claimed it.",
       "2024-06-17", "‘on Monday afternoon’ before the Tuesday 2024-06-18 dateline: Monday 2024-06-17",
       "industrial area of Kiryat Shmona", "Northern District", "IL", "explosion", "Hezbollah", "civilians",
       None, None, 1, None,
       "Explosive-laden drones launched from Lebanon struck an industrial area of Kiryat Shmona on Monday afternoon, setting fire to a warehouse and wounding a man, Israel's ambulance service said. [...] Hezbollah said in a statement that it had launched \"attack drones\" at \"a headquarters of the enemy army\" in the town.",
       note="attacker from Hezbollah's claim; it names a military target, the wounded man is not described as a soldier"),
    ev("An Israeli drone strike on a motorcycle near Naqoura killed two men, later announced by Hezbollah as its fighters.",
       "2024-06-16", "‘on Sunday’ before the Tuesday 2024-06-18 dateline: Sunday 2024-06-16",
       "near Naqoura", "South", "LB", "explosion", "Israel Defense Forces", "Hezbollah",
       2, None, None, None,
       "An Israeli drone strike on a motorcycle near Naqoura killed two men on Sunday, Lebanese security sources said. Hezbollah later announced the deaths of two fighters from nearby villages",
       note="victims known as Hezbollah fighters only from its later announcement"),
    ev("Israeli shelling of Houla killed a woman and her adult son.",
       "2024-06-17", "‘on Monday’ before the Tuesday 2024-06-18 dateline: Monday 2024-06-17",
       "Houla", "Nabatieh", "LB", "explosion", "Israel Defense Forces", "civilians",
       2, None, None, None,
       "Israeli shelling of the border village of Houla on Monday killed a woman and her adult son, the Lebanese health ministry said."),
],
figures=[
    fig("killed", 10, "northern Israel",
        "Since October, at least 10 Israeli civilians and 15 soldiers have been killed by fire from Lebanon",
        note="civilians"),
    fig("killed", 15, "northern Israel",
        "Since October, at least 10 Israeli civilians and 15 soldiers have been killed by fire from Lebanon",
        note="soldiers"),
    fig("displaced", 60000, "northern Israel",
        "Some 60,000 residents of the north remain evacuated from their homes"),
])

report("h18-32", "2022-11-30", "https://www.example-ouagaexpress.com/securite/2022/11/30/djibo-convoy-arbinda-strikes",
"""
Supply convoy ambushed south of Djibo; army says air strike killed about 40 near Arbinda

OUAGADOUGOU, November 30 (Ouaga Express) - Six soldiers and four Volunteers for the Defence of the Homeland were killed when a convoy of trucks carrying food to the besieged town of Djibo was ambushed about 20 kilometres to the south on Saturday, security sources said. Ten civilian drivers were reported missing.

The armed forces did not issue a statement. JNIM said on Monday that its fighters had attacked the convoy and burned "dozens" of trucks.

The army said in a communiqué on Monday that its air force had struck a camp of "armed terrorist groups" near Arbinda on Sunday, killing about 40 fighters and destroying motorcycles and fuel stocks.

In the Boucle du Mouhoun region, gunmen killed eight civilians in a village near Nouna on Friday, a local official said. The assailants accused the villagers of collaborating with the army.

On Wednesday last week, suspected jihadists blew up a bridge on the road north of Barsalogho, cutting the route to Djibo for heavy vehicles. The blast caused no casualties, officials said.

Djibo, home to some 300,000 people, most of them displaced from surrounding villages, has been under blockade by armed groups for months and depends on convoys and air drops. Nationwide, almost 1.8 million people have been displaced.
""",
events=[
    ev("A food convoy to Djibo was ambushed about 20 km south of the town; six soldiers and four VDP killed, ten drivers missing; JNIM claimed it on Monday.",
       "2022-11-26", "‘on Saturday’ before the Wednesday 2022-11-30 dateline: Saturday 2022-11-26",
       "20 km south of Djibo", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
       10, None, None, None,
       "Six soldiers and four Volunteers for the Defence of the Homeland were killed when a convoy of trucks carrying food to the besieged town of Djibo was ambushed about 20 kilometres to the south on Saturday, security sources said. Ten civilian drivers were reported missing. [...] JNIM said on Monday that its fighters had attacked the convoy",
       note="10 = 6 soldiers + 4 VDP; the missing drivers are not counted; attacker from JNIM's claim of Monday 2022-11-28"),
    ev("The air force struck a camp of armed groups near Arbinda, killing about 40 fighters, per the army.",
       "2022-11-27", "‘on Sunday’ in the communiqué of Monday 2022-11-28: Sunday 2022-11-27",
       "near Arbinda", "Sahel", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)",
       40, None, None, None,
       "The army said in a communiqué on Monday that its air force had struck a camp of \"armed terrorist groups\" near Arbinda on Sunday, killing about 40 fighters",
       note="the army's official count of its own strike"),
    ev("Gunmen killed eight civilians in a village near Nouna, accusing them of collaborating with the army.",
       "2022-11-25", "‘on Friday’ before the Wednesday 2022-11-30 dateline: Friday 2022-11-25",
       "village near Nouna", "Boucle du Mouhoun", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       8, None, None, None,
       "In the Boucle du Mouhoun region, gunmen killed eight civilians in a village near Nouna on Friday, a local official said."),
    ev("Suspected jihadists blew up a bridge on the road north of Barsalogho; no casualties.",
       "2022-11-23", "‘On Wednesday last week’ before the Wednesday 2022-11-30 dateline: Wednesday 2022-11-23",
       "bridge north of Barsalogho", "Centre-Nord", "BF", "other", "militants (unidentified)", "none",
       0, None, 0, None,
       "On Wednesday last week, suspected jihadists blew up a bridge on the road north of Barsalogho, cutting the route to Djibo for heavy vehicles. The blast caused no casualties, officials said.",
       note="destruction of property with no human target"),
],
figures=[
    fig("civilians_trapped", 300000, "Djibo",
        "Djibo, home to some 300,000 people, most of them displaced from surrounding villages, has been under blockade by armed groups for months"),
    fig("displaced", 1800000, "Burkina Faso",
        "Nationwide, almost 1.8 million people have been displaced.",
        note="'almost'"),
])

report("h18-33", "2022-05-25", "https://www.example-arabiansea-review.com/yemen/2022/05/25/truce-seven-weeks",
"""
Seven weeks into Yemen's truce, casualties fall but Taiz roads stay closed

ADEN, May 25 (Arabian Sea Review) - Seven weeks after a UN-brokered truce took effect across Yemen, the number of civilians killed and wounded in the war has fallen sharply, monitors say, but the warring parties have yet to agree on reopening the roads into the besieged city of Taiz.

A civilian impact monitoring project recorded 31 civilian casualties in the first four weeks of the truce, compared with 213 in the four weeks before it, most of the recent ones caused by landmines and unexploded ordnance rather than air strikes or shelling. No air strikes by the Saudi-led coalition have been reported since the truce began.

The government and the Houthis accuse each other of hundreds of violations along the front lines in Marib, Taiz, Hodeidah and Dhale, most of them artillery and sniper fire, and both sides continue to reinforce their positions.

Under the deal, 18 fuel ships have docked at Hodeidah, and commercial flights from Sanaa to Amman have resumed for the first time in six years. Talks in Amman on Taiz, where the Houthis have blockaded the main roads since 2015, ended last week without agreement.

The truce is due to expire on June 2. The UN envoy has urged the parties to extend it, saying it has given Yemenis "a glimpse of what peace could look like". More than 4 million people remain displaced inside the country, according to the UN, and some 19 million need food assistance.
""",
events=[],
figures=[
    fig("other", 31, "Yemen",
        "A civilian impact monitoring project recorded 31 civilian casualties in the first four weeks of the truce",
        note="civilians killed and wounded together"),
    fig("other", 213, "Yemen",
        "compared with 213 in the four weeks before it",
        note="civilians killed and wounded together, the four weeks before the truce"),
    fig("other", 18, "Hodeidah",
        "18 fuel ships have docked at Hodeidah",
        note="fuel ships"),
    fig("displaced", 4000000, "Yemen",
        "More than 4 million people remain displaced inside the country, according to the UN"),
    fig("other", 19000000, "Yemen",
        "some 19 million need food assistance",
        note="people in need of food assistance"),
], country_hint="YE")

report("h18-34", "2023-10-18", "https://www.example-sumyherald.com/border/2023/10/18/krasnopillia-shelling-tetkino-klimovo",
"""
Russian shelling kills two in Krasnopillia community; Bryansk and Kursk governors report Ukrainian attacks

SUMY, October 18 (Sumy Herald) - Russian forces shelled the Krasnopillia community in the Sumy region on Monday, killing two men and wounding a woman, the regional military administration said.

The men were repairing the roof of a house when mortar rounds struck the street, local officials said. The woman, a neighbour, was taken to hospital in Sumy.

The border community of Velyka Pysarivka was hit 14 times by mortars and artillery on Sunday, damaging a school and a power line; nobody was hurt, the administration said. Over the past week, Russian forces fired on border communities of the region more than 400 times.

Across the border, the governor of Russia's Bryansk region said a Ukrainian drone had dropped an explosive device on a car in Klimovo on Tuesday, wounding a woman. In the Kursk region, the governor said Ukrainian artillery had shelled the village of Tetkino on Sunday, killing a man who was working in his garden.

Ukraine does not usually comment on attacks inside Russia.

About 8,000 people have been evacuated from the five-kilometre strip along the border since the summer, according to Sumy officials.
""",
events=[
    ev("Russian mortar rounds struck a street in the Krasnopillia community, killing two men repairing a roof and wounding a neighbour.",
       "2023-10-16", "‘on Monday’ before the Wednesday 2023-10-18 dateline: Monday 2023-10-16",
       "Krasnopillia", "Sumy Oblast", "UA", "explosion", "Russian armed forces", "civilians",
       2, None, 1, None,
       "Russian forces shelled the Krasnopillia community in the Sumy region on Monday, killing two men and wounding a woman, the regional military administration said."),
    ev("Velyka Pysarivka was hit 14 times by mortars and artillery, damaging a school and a power line; nobody was hurt.",
       "2023-10-15", "‘on Sunday’ before the Wednesday 2023-10-18 dateline: Sunday 2023-10-15",
       "Velyka Pysarivka", "Sumy Oblast", "UA", "explosion", "Russian armed forces", "none",
       0, None, 0, None,
       "The border community of Velyka Pysarivka was hit 14 times by mortars and artillery on Sunday, damaging a school and a power line; nobody was hurt, the administration said.",
       note="fire not attributed in words in this sentence; Russian on the context"),
    ev("A Ukrainian drone dropped an explosive device on a car in Klimovo, wounding a woman, per the Bryansk governor.",
       "2023-10-17", "‘on Tuesday’ before the Wednesday 2023-10-18 dateline: Tuesday 2023-10-17",
       "Klimovo", "Bryansk Oblast", "RU", "explosion", "Ukrainian armed forces", "civilians",
       None, None, 1, None,
       "Across the border, the governor of Russia's Bryansk region said a Ukrainian drone had dropped an explosive device on a car in Klimovo on Tuesday, wounding a woman."),
    ev("Ukrainian artillery shelled Tetkino, killing a man working in his garden, per the Kursk governor.",
       "2023-10-15", "‘on Sunday’ before the Wednesday 2023-10-18 dateline: Sunday 2023-10-15",
       "Tetkino", "Kursk Oblast", "RU", "explosion", "Ukrainian armed forces", "civilians",
       1, None, None, None,
       "In the Kursk region, the governor said Ukrainian artillery had shelled the village of Tetkino on Sunday, killing a man who was working in his garden."),
],
figures=[
    fig("other", 400, "Sumy region",
        "Over the past week, Russian forces fired on border communities of the region more than 400 times.",
        note="count of attacks in a week"),
    fig("displaced", 8000, "Sumy border strip",
        "About 8,000 people have been evacuated from the five-kilometre strip along the border since the summer"),
])

report("h18-35", "2021-10-27", "https://www.example-hauranpost.com/news/2021/10/27/ihsim-shelling-tafas-killing",
"""
Government shelling kills three in Ihsim; gunmen shoot security officer in Tafas

AMMAN, October 27 (Hauran Post) - Government artillery shelled the town of Ihsim in the Jabal al-Zawiya area of Idlib province on Sunday, killing three civilians, including a woman, and wounding five, the civil defence said.

Russian warplanes carried out at least six raids on the outskirts of the village of Bara, also in Jabal al-Zawiya, on Tuesday, a war monitor said, without reporting casualties.

In Daraa province, unidentified gunmen on a motorcycle shot dead a member of the government's Military Security branch in the town of Tafas on Monday evening, local activists said. Such killings have become almost daily since government forces regained control of the province in 2018 under Russian-brokered settlement deals.

A roadside bomb exploded next to an army vehicle on the road between Jassem and Nawa on Tuesday, killing two soldiers and wounding five, a military source told state media. The Islamic State claimed the attack through its news agency on Tuesday evening, saying it had killed "six apostates".

The Hauran Post has documented more than 400 assassinations and attempted assassinations in Daraa province since the beginning of the year. In Idlib, some 2.8 million people, most of them displaced from other provinces, live in the enclave held by rebel factions.
""",
events=[
    ev("Government artillery shelled Ihsim, killing three civilians including a woman and wounding five.",
       "2021-10-24", "‘on Sunday’ before the Wednesday 2021-10-27 dateline: Sunday 2021-10-24",
       "Ihsim", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       3, None, 5, None,
       "Government artillery shelled the town of Ihsim in the Jabal al-Zawiya area of Idlib province on Sunday, killing three civilians, including a woman, and wounding five, the civil defence said."),
    ev("Russian warplanes carried out at least six raids on the outskirts of Bara; no casualties reported.",
       "2021-10-26", "‘on Tuesday’ before the Wednesday 2021-10-27 dateline: Tuesday 2021-10-26",
       "outskirts of Bara", "Idlib", "SY", "explosion", "Russian armed forces", "unknown",
       None, None, None, None,
       "Russian warplanes carried out at least six raids on the outskirts of the village of Bara, also in Jabal al-Zawiya, on Tuesday, a war monitor said, without reporting casualties.",
       note="'without reporting casualties' is not a statement that nobody was hurt: counts left null"),
    ev("Unidentified gunmen on a motorcycle shot dead a Military Security member in Tafas.",
       "2021-10-25", "‘on Monday evening’ before the Wednesday 2021-10-27 dateline: Monday 2021-10-25",
       "Tafas", "Daraa", "SY", "other", "militants (unidentified)", "Syrian government forces",
       1, None, None, None,
       "In Daraa province, unidentified gunmen on a motorcycle shot dead a member of the government's Military Security branch in the town of Tafas on Monday evening, local activists said.",
       note="assassination"),
    ev("A roadside bomb exploded next to an army vehicle on the Jassem-Nawa road, killing two soldiers and wounding five; the Islamic State claimed it.",
       "2021-10-26", "‘on Tuesday’ before the Wednesday 2021-10-27 dateline: Tuesday 2021-10-26",
       "road between Jassem and Nawa", "Daraa", "SY", "explosion", "Islamic State", "Syrian government forces",
       2, None, 5, None,
       "A roadside bomb exploded next to an army vehicle on the road between Jassem and Nawa on Tuesday, killing two soldiers and wounding five, a military source told state media. The Islamic State claimed the attack through its news agency on Tuesday evening",
       note="attacker from the claim; its 'six apostates' is not used"),
],
figures=[
    fig("other", 400, "Daraa",
        "The Hauran Post has documented more than 400 assassinations and attempted assassinations in Daraa province since the beginning of the year.",
        note="assassinations and attempts in 2021"),
    fig("other", 2800000, "Idlib",
        "In Idlib, some 2.8 million people, most of them displaced from other provinces, live in the enclave held by rebel factions.",
        note="population of the enclave, mostly displaced"),
])

report("h18-36", "2021-12-08", "https://www.example-mesopotamiawire.com/iraq/2021/12/08/tarmiyah-checkpoint-jalawla-bomb",
"""
Two policemen killed in attack near Tarmiyah; roadside bomb hits Hashd vehicle near Jalawla

BAGHDAD, December 8 (Mesopotamia Wire) - Two federal policemen were killed and three wounded when gunmen attacked their checkpoint near Tarmiyah, north of Baghdad, on Sunday night, a security source said. The Islamic State claimed the attack on Monday, saying its fighters had "killed and wounded" several members of the police.

A roadside bomb struck a vehicle carrying fighters of the Popular Mobilisation Forces near Jalawla, in Diyala province, on Monday, killing three and wounding two, a PMF statement said. Local officials blamed sleeper cells of the jihadist group.

Iraqi F-16 aircraft struck Islamic State hideouts in the Hamrin mountains near Tuz Khurmatu on Tuesday, killing seven militants, the Security Media Cell said.

In Kirkuk, police arrested three suspected members of the group in the Domiz neighbourhood on Monday.

Security forces also killed "several" militants in operations across Diyala in recent days, the Joint Operations Command said, without giving details.

Iraqi officials estimate that no more than 500 Islamic State fighters remain active in the country, hiding mainly in the Hamrin and Makhoul mountains and the deserts of Anbar. Diyala has seen more than 90 attacks attributed to the group since January, according to the provincial council.
""",
events=[
    ev("Gunmen attacked a federal police checkpoint near Tarmiyah, killing two policemen and wounding three; the Islamic State claimed it the next day.",
       "2021-12-05", "‘on Sunday night’ before the Wednesday 2021-12-08 dateline: Sunday 2021-12-05",
       "checkpoint near Tarmiyah", "Baghdad", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       2, None, 3, None,
       "Two federal policemen were killed and three wounded when gunmen attacked their checkpoint near Tarmiyah, north of Baghdad, on Sunday night, a security source said. The Islamic State claimed the attack on Monday",
       note="attacker from the claim of Monday 2021-12-06"),
    ev("A roadside bomb struck a PMF vehicle near Jalawla, killing three fighters and wounding two; officials blamed Islamic State sleeper cells.",
       "2021-12-06", "‘on Monday’ before the Wednesday 2021-12-08 dateline: Monday 2021-12-06",
       "near Jalawla", "Diyala", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
       3, None, 2, None,
       "A roadside bomb struck a vehicle carrying fighters of the Popular Mobilisation Forces near Jalawla, in Diyala province, on Monday, killing three and wounding two, a PMF statement said. Local officials blamed sleeper cells of the jihadist group.",
       note="'the jihadist group' refers back to Islamic State; blamed, no denial"),
    ev("Iraqi F-16s struck Islamic State hideouts in the Hamrin mountains near Tuz Khurmatu, killing seven militants per the Security Media Cell.",
       "2021-12-07", "‘on Tuesday’ before the Wednesday 2021-12-08 dateline: Tuesday 2021-12-07",
       "Hamrin mountains near Tuz Khurmatu", "Salahuddin", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       7, None, None, None,
       "Iraqi F-16 aircraft struck Islamic State hideouts in the Hamrin mountains near Tuz Khurmatu on Tuesday, killing seven militants, the Security Media Cell said.",
       note="the government's official count of its own strike"),
    ev("Police arrested three suspected Islamic State members in the Domiz neighbourhood of Kirkuk.",
       "2021-12-06", "‘on Monday’ before the Wednesday 2021-12-08 dateline: Monday 2021-12-06",
       "Domiz, Kirkuk", "Kirkuk", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "In Kirkuk, police arrested three suspected members of the group in the Domiz neighbourhood on Monday.",
       arrested=3),
    ev("Security forces killed 'several' militants in operations across Diyala in recent days.",
       None, "‘in recent days’; no day",
       "Diyala", "Diyala", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Security forces also killed \"several\" militants in operations across Diyala in recent days, the Joint Operations Command said, without giving details.",
       note="unspecified operations across a province, vaguely dated", optional=True),
],
figures=[
    fig("fighters", 500, "Iraq",
        "Iraqi officials estimate that no more than 500 Islamic State fighters remain active in the country",
        note="an upper bound"),
    fig("other", 90, "Diyala",
        "Diyala has seen more than 90 attacks attributed to the group since January, according to the provincial council.",
        note="count of attacks in 2021"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
PREFIX = "h18"
N_REPORTS = 36
N_EMPTY = 6
MIN_COUNTRIES = 14
YEARS = (2021, 2024)
WORDS = (150, 450)
HELD_OUT_LINE = ("**HELD OUT: this set must not be read by anyone tuning sitrep.** Run sitrep on docs.jsonl "
                 "and score the output; do not open the texts, the gold or make.py while changing sitrep's code, "
                 "lexicons or data.")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# the theme's countries: Ukraine, Russia, Sudan, Ethiopia, Myanmar, Haiti, Israel, Palestine, Lebanon,
# Mali, Burkina Faso, Niger, DR Congo, Somalia, Yemen, Syria, Iraq
COUNTRIES = {"UA", "RU", "SD", "ET", "MM", "HT", "IL", "PS", "LB", "ML", "BF", "NE", "CD", "SO", "YE",
             "SY", "IQ"}
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
# "‘...’ before the Tuesday 2024-03-19 dateline: Sunday 2024-03-17"
RELATIVE_NOTE = re.compile(r"‘([^’]*)’ before the (%s) (\d{4}-\d{2}-\d{2}) dateline(?:[^:]*): (%s) (\d{4}-\d{2}-\d{2})$"
                           % ("|".join(WEEKDAYS), "|".join(WEEKDAYS)))

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


def check_date_note(where, note, text, pub, date):
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    # quoted text must be verbatim from the report
    for q in re.findall(r"‘([^’]*)’", note):
        if q not in text:
            err(where, f"date_note quotes text not in report: {q!r}")
    if "'" in note and "‘" not in note:
        err(where, "date_note quotes with straight quotes; use ‘…’")
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
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
    # a dateline named in the note is the publication date
    for m in re.finditer(r"(\d{4}-\d{2}-\d{2}) dateline", outside):
        if parse_date(m.group(1)) != pub:
            err(where, f"date_note names a dateline {m.group(1)}, but the report is published {pub}")
    # the event's date is written in its note
    if date is not None and date not in outside:
        err(where, f"event date {date} not written in its date_note")
    # '‘on Sunday’ before the ... dateline: Sunday D': D is the last such weekday before publication
    m = RELATIVE_NOTE.search(note)
    if m and date is not None:
        quote, said, d = m.group(1), m.group(4), parse_date(m.group(5))
        named = [w for w in WEEKDAYS if re.search(r"\b%s\b" % w, quote)]
        if named and d is not None:
            if named != [said]:
                err(where, f"date_note quotes {named} but resolves to {said}")
            else:
                if "last week" in quote:
                    # the calendar week (Monday to Sunday) before the week of publication
                    week = pub - datetime.timedelta(days=pub.weekday())
                    ok = week - datetime.timedelta(days=7) <= d < week
                else:
                    # the last such weekday before the publication day
                    ok = 1 <= (pub - d).days <= 7
                if not ok:
                    err(where, f"{said} {d} is not the {said} meant by {quote!r} before {pub}")
            if m.group(5) != date:
                err(where, f"date_note resolves to {m.group(5)}, but the event date is {date}")


def word_count(text):
    return len(re.findall(r"\S+", text))


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    countries = set()
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
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        n = word_count(text)
        if not (WORDS[0] <= n <= WORDS[1]):
            err(rid, f"{n} words, expected {WORDS[0]}-{WORDS[1]}")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]):
            err(rid, "first line must be a headline")
        # datelines: every line that starts like one must be well formed and name the publication date
        datelines = 0
        for k, ln in enumerate(lines):
            if DATELINE_START.match(ln):
                m = DATELINE.match(ln)
                if not m:
                    err(rid, f"malformed dateline: {ln[:60]!r}")
                    continue
                datelines += 1
                if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                    err(rid, f"dateline {m.group(2)} {m.group(3)} does not name publication {pub}")
                if any(x.strip() for x in lines[1:k]):
                    err(rid, "the dateline must be the first paragraph after the headline")
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
            if e.get("admin") is not None and (not isinstance(e["admin"], str) or not e["admin"].strip()):
                err(w, "admin must be a non-empty string or null")
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            else:
                countries.add(e["country"])
            if e.get("type") not in TYPES:
                err(w, f"type {e.get('type')!r} not valid")
            if e.get("actor1") == e.get("actor2"):
                err(w, "actor1 and actor2 are the same")
            if e["date"] is not None:
                d = parse_date(e["date"])
                if d is None:
                    err(w, f"bad date {e['date']!r}")
                elif d > pub:
                    err(w, f"date {d} after publication {pub}")
                elif (pub - d).days > 45:
                    err(w, f"date {d} more than 45 days before publication: background, not an incident?")
            check_date_note(w, e.get("date_note"), text, pub, e.get("date"))
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
            if e.get("type") == "arrest" and "arrested" not in e:
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
            if not isinstance(f.get("what"), str) or not f["what"].strip():
                err(w, "figure what must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            else:
                countries.add(r["country_hint"])
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint is only for reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    if len(countries) < MIN_COUNTRIES:
        err("set", f"{len(countries)} countries, expected at least {MIN_COUNTRIES}")
    readme = os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as fh:
            first = fh.readline().rstrip("\n")
        if first != HELD_OUT_LINE:
            err("README.md", "first line is not the HELD OUT warning")


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
    words = [word_count(r["text"]) for r in REPORTS]
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
    print("by country (reports / events / optional / with killed):")
    allc = set(rep_c) | {e["country"] for e in evs}
    for c in sorted(allc, key=lambda c: (-sum(e["country"] == c for e in evs), c)):
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {len(sel)} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
