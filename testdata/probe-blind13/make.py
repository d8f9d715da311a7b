#!/usr/bin/env python3
"""probe-blind13: invented conflict reports with hand-made gold (see README.md).

Run `python3 make.py`: it checks every report and its gold, then writes docs.jsonl and
gold.jsonl next to this file. Any failed check stops it with a message and exit status 1.
"""
import datetime
import json
import os
import re
import sys

REPORTS = []


def E(summary, date, date_note, place, admin, country, type, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="",
      note=None, arrested=None, optional=False):
    """One gold event, keys in the order of the news-dev schema."""
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": type, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded,
         "wounded_high": wounded_high, "evidence": evidence}
    if note is not None:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note is not None:
        f["note"] = note
    return f


def R(id, published, url, text, events=(), figures=()):
    REPORTS.append({"id": id, "published": published, "url": url, "text": text.strip("\n"),
                    "events": list(events), "figures": list(figures)})

# ---------------------------------------------------------------- Ukraine
R("b13-01", "2024-05-23", "https://example-kharkivwire.com/2024/05/23/saltivka-missile-toll-rises-to-five",
"""
Missile hits Saltivka tower block; death toll rises to five

KHARKIV, May 23 (Kharkiv Wire) - Five people were killed and 14 wounded, two of them children, when a Russian missile slammed into a nine-storey apartment block in Kharkiv's Saltivskyi district late on Tuesday, the regional governor said on Thursday.

Officials had put the number of dead at three on Wednesday morning. Rescuers pulled two more bodies from the collapsed stairwell during the night, the State Emergency Service said.

"It came at about twenty to midnight, when most people were already asleep," said Oksana Melnyk, 52, whose flat on the fifth floor lost all its windows. "We heard the whistle, and then the whole building shook like paper."

The regional administration said the missile was an Iskander-M launched from Russia's Belgorod region, roughly 40 km from the city. Moscow did not comment.

Shortly before dawn on Wednesday, Russian artillery also shelled the border town of Vovchansk, wounding a 67-year-old man in his garden, the administration added.

Kharkiv, Ukraine's second-largest city, has come under almost daily attack since Russian troops opened a new push across the border on May 10. The regional prosecutor's office says 182 civilians have been killed in the region since the start of the year.

Earlier this month a guided bomb hit a hardware store in the city's Osnovianskyi district, killing four employees.

City officials again urged residents to go down to shelters whenever the sirens sound. Schools in Saltivka will stay closed until the end of the week, and the city is handing out plywood to cover broken windows.
""",
events=[
    E("Russian missile strike on an apartment block in Kharkiv's Saltivskyi district; toll revised from three to five dead, 14 wounded.",
      "2024-05-21", "'late on Tuesday' before publication Thursday 2024-05-23 -> Tuesday 2024-05-21",
      "Saltivskyi district", "Kharkiv", "UA", "explosion", "Russian security forces", "civilians",
      killed=5, wounded=14,
      evidence="Five people were killed and 14 wounded, two of them children, when a Russian missile slammed into a nine-storey apartment block in Kharkiv's Saltivskyi district late on Tuesday, the regional governor said on Thursday. [...] Officials had put the number of dead at three on Wednesday morning.",
      note="first toll three, revised to five; the latest stands"),
    E("Russian artillery shelled Vovchansk, wounding a 67-year-old man.",
      "2024-05-22", "'Shortly before dawn on Wednesday' before publication Thursday 2024-05-23 -> Wednesday 2024-05-22",
      "Vovchansk", "Kharkiv", "UA", "explosion", "Russian security forces", "civilians",
      wounded=1,
      evidence="Shortly before dawn on Wednesday, Russian artillery also shelled the border town of Vovchansk, wounding a 67-year-old man in his garden, the administration added."),
    E("Guided bomb hit a hardware store in the Osnovianskyi district earlier in May, killing four employees.",
      None, "'Earlier this month' (May 2024); no day",
      "Osnovianskyi district", "Kharkiv", "UA", "explosion", "Russian security forces", "civilians",
      killed=4,
      evidence="Earlier this month a guided bomb hit a hardware store in the city's Osnovianskyi district, killing four employees.",
      note="the sentence names no side; Russian by context (only Russian aircraft bomb Kharkiv)", optional=True),
],
figures=[
    F("killed", 182, "Kharkiv region", "The regional prosecutor's office says 182 civilians have been killed in the region since the start of the year."),
])

R("b13-02", "2024-08-14", "https://example-eastfrontwire.net/news/2024-08-14/kostiantynivka-market-bomb",
"""
Glide bomb kills four at Kostiantynivka market as Russians press toward Pokrovsk

KOSTIANTYNIVKA, August 14 (East Front Wire) - A Russian guided bomb hit the central market in Kostiantynivka on Tuesday morning, killing four people and wounding nine, the head of the Donetsk regional military administration said.

Among the dead were two women who sold vegetables from a stall near the entrance, he wrote on Telegram. The wounded, including a 14-year-old boy, were taken to hospital in nearby Druzhkivka.

The town, about 25 km from the front line, has been shelled almost daily this summer, and fewer than half of its pre-war residents remain.

Ukraine's General Staff said in its morning update on Wednesday that its troops had repelled 17 Russian assaults in the Pokrovsk direction over the past day, most of them near the villages of Novoselivka Persha and Zhelanne.

"The situation is difficult, but it is under control," said Vitalii Saienko, a spokesman for the troops in the sector. "They attack in small groups, on motorbikes, again and again."

Russia's defence ministry claimed on Wednesday that its forces had "liberated" the village of Prohres. A Ukrainian brigade later acknowledged that its soldiers had pulled back from the village to avoid encirclement.

A Ukrainian drone unit said it had destroyed a dugout near Ocheretyne overnight, killing eleven Russian soldiers. Its video of the strike could not be independently verified.

According to the General Staff, Russia has lost more than 590,000 troops killed and wounded since the full-scale invasion began in February 2022, a figure Moscow does not confirm.

Local authorities in Pokrovsk urged families with children to leave the town. Evacuation trains are running twice a day from the station.
""",
events=[
    E("Russian guided bomb hit Kostiantynivka's central market: four killed, nine wounded.",
      "2024-08-13", "'on Tuesday morning' before publication Wednesday 2024-08-14 -> Tuesday 2024-08-13",
      "Kostiantynivka", "Donetsk", "UA", "explosion", "Russian security forces", "civilians",
      killed=4, wounded=9,
      evidence="A Russian guided bomb hit the central market in Kostiantynivka on Tuesday morning, killing four people and wounding nine, the head of the Donetsk regional military administration said."),
    E("Ukraine's General Staff says 17 Russian assaults were repelled near Novoselivka Persha and Zhelanne over the past day.",
      "2024-08-13", "'over the past day' in the Wednesday 2024-08-14 morning update -> Tuesday 2024-08-13 (approximate)",
      "Novoselivka Persha and Zhelanne", "Donetsk", "UA", "battle", "Russian security forces", "Ukrainian security forces",
      evidence="Ukraine's General Staff said in its morning update on Wednesday that its troops had repelled 17 Russian assaults in the Pokrovsk direction over the past day, most of them near the villages of Novoselivka Persha and Zhelanne.",
      note="daily aggregate of many assaults", optional=True),
    E("Russian forces took the village of Prohres; a Ukrainian brigade confirmed pulling back.",
      None, "claimed 'on Wednesday' (2024-08-14, the reporting day); day of the capture not stated",
      "Prohres", "Donetsk", "UA", "territory_gain", "Russian security forces", "Ukrainian security forces",
      evidence="Russia's defence ministry claimed on Wednesday that its forces had \"liberated\" the village of Prohres. A Ukrainian brigade later acknowledged that its soldiers had pulled back from the village to avoid encirclement.",
      note="capture confirmed by the other side's withdrawal"),
    E("Ukrainian drone strike on a Russian dugout near Ocheretyne overnight; the unit claims eleven killed.",
      "2024-08-13", "'overnight' before publication Wednesday 2024-08-14 -> night of Tuesday 2024-08-13",
      "near Ocheretyne", "Donetsk", "UA", "explosion", "Ukrainian security forces", "Russian security forces",
      evidence="A Ukrainian drone unit said it had destroyed a dugout near Ocheretyne overnight, killing eleven Russian soldiers. Its video of the strike could not be independently verified.",
      note="eleven killed is the attacker's own claim: not used"),
],
figures=[
    F("other", 590000, "Ukraine", "According to the General Staff, Russia has lost more than 590,000 troops killed and wounded since the full-scale invasion began in February 2022, a figure Moscow does not confirm.",
      note="Russian losses (killed and wounded) as claimed by Ukraine"),
])

R("b13-03", "2023-07-11", "https://example-dniprovechir.com.ua/2023/07/11/marhanets-bus-drone",
"""
Bus driver killed as drone strikes Marhanets route

NIKOPOL, July 11 (Dnipro Evening) - A 58-year-old bus driver was killed on Monday when his minibus was hit by a kamikaze drone on the road between Marhanets and Nikopol, the regional administration said.

Seven passengers were hurt, three of them seriously. One of them, a woman of 71, died in hospital in Nikopol on Tuesday morning, raising the number of dead to two.

The drone was flown from Russian positions on the opposite bank of the Kakhovka reservoir, near Enerhodar, the regional governor said. Russian troops occupying the Zaporizhzhia nuclear power plant across the water have repeatedly fired on the riverside towns.

Overnight, artillery fire from the same bank hit Nikopol itself, damaging a kindergarten, a gas pipeline and eleven private houses. Nobody was hurt, the administration said.

The Nikopol district has been shelled more than 1,400 times since the start of the year, according to local authorities.

"People here have learnt the sound of everything," said Serhii, a volunteer who drives water to the villages along the river. "But you cannot hear a drone until it is too late."

Last month a drone dropped explosives on a tractor in the fields near Chervonohryhorivka, killing the farmer who was driving it.

The carrier that runs the route said it would suspend daytime trips for a week. Passengers will be taken by a longer road through Tomakivka, away from the river.
""",
events=[
    E("Drone flown from Russian positions hit a minibus on the Marhanets-Nikopol road: driver killed, a passenger died next day (2 dead), six others hurt.",
      "2023-07-10", "'on Monday' before publication Tuesday 2023-07-11 -> Monday 2023-07-10; the passenger died on Tuesday 2023-07-11",
      "road between Marhanets and Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian security forces", "civilians",
      killed=2, wounded=6,
      evidence="A 58-year-old bus driver was killed on Monday when his minibus was hit by a kamikaze drone on the road between Marhanets and Nikopol, the regional administration said. [...] Seven passengers were hurt, three of them seriously. One of them, a woman of 71, died in hospital in Nikopol on Tuesday morning, raising the number of dead to two. [...] The drone was flown from Russian positions on the opposite bank of the Kakhovka reservoir, near Enerhodar, the regional governor said.",
      note="wounded = 7 hurt - 1 who later died; indirect perpetrator (drone flown from Russian positions)"),
    E("Overnight artillery fire from the occupied bank hit Nikopol; buildings damaged, nobody hurt.",
      "2023-07-10", "'Overnight' before publication Tuesday 2023-07-11 -> night of Monday 2023-07-10",
      "Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian security forces", "civilians",
      killed=0, wounded=0,
      evidence="Overnight, artillery fire from the same bank hit Nikopol itself, damaging a kindergarten, a gas pipeline and eleven private houses. Nobody was hurt, the administration said."),
    E("Drone attack on a tractor near Chervonohryhorivka last month killed the farmer.",
      None, "'Last month' (June 2023); no day",
      "Chervonohryhorivka", "Dnipropetrovsk", "UA", "explosion", "Russian security forces", "civilians",
      killed=1,
      evidence="Last month a drone dropped explosives on a tractor in the fields near Chervonohryhorivka, killing the farmer who was driving it.",
      note="the sentence names no side; Russian by context (fire from the occupied bank)", optional=True),
],
figures=[
    F("other", 1400, "Nikopol district", "The Nikopol district has been shelled more than 1,400 times since the start of the year, according to local authorities.",
      note="count of shelling attacks"),
])

R("b13-04", "2024-10-03", "https://example-pivdennyivisnyk.org/kherson/2024-10-03-human-safari",
"""
Drones hunting people on Kherson's streets: two dead in Dniprovskyi district

KHERSON, October 3 (Pivdennyi Visnyk) - A man riding a bicycle was killed on Tuesday in the Dniprovskyi district of Kherson when a small drone dropped an explosive on him near the river station, the city military administration said.

A woman standing at a bus stop a few metres away was badly hurt in the same attack. She died in hospital on Wednesday evening, officials said on Thursday.

Both were struck by a drone flown by Russian units from the occupied left bank of the Dnipro, according to the regional prosecutor, who has opened a war crimes case.

Residents call the tactic a "human safari". In the riverside neighbourhoods people have strung fishing nets over the streets, and most only go out in the early morning.

On Wednesday, shelling of Bilozerka, 15 km west of the city, wounded a 43-year-old municipal worker and cut a power line.

The regional administration said on Thursday that Russian forces had fired 412 times at the region over the past 24 hours, killing one person and wounding eleven.

"Nobody walks along the embankment any more," said Halyna Koval, 66, who keeps a small grocery in the district. "You hear them buzzing above the trees and you run."

The United Nations monitoring mission in Ukraine said in a report last month that short-range drones had become the leading cause of civilian casualties in the Kherson region this summer. The city has asked for more electronic jammers to protect bus routes.
""",
events=[
    E("Russian drone flown from the left bank dropped an explosive near the river station in Dniprovskyi district: a cyclist killed, a woman died of her wounds next day.",
      "2024-10-01", "'on Tuesday' before publication Thursday 2024-10-03 -> Tuesday 2024-10-01; the woman died Wednesday 2024-10-02",
      "Dniprovskyi district", "Kherson", "UA", "explosion", "Russian security forces", "civilians",
      killed=2,
      evidence="A man riding a bicycle was killed on Tuesday in the Dniprovskyi district of Kherson when a small drone dropped an explosive on him near the river station, the city military administration said. [...] A woman standing at a bus stop a few metres away was badly hurt in the same attack. She died in hospital on Wednesday evening, officials said on Thursday. [...] Both were struck by a drone flown by Russian units from the occupied left bank of the Dnipro, according to the regional prosecutor, who has opened a war crimes case.",
      note="the wounded woman died: killed 2, no wounded left"),
    E("Shelling of Bilozerka wounded a municipal worker.",
      "2024-10-02", "'On Wednesday' before publication Thursday 2024-10-03 -> Wednesday 2024-10-02",
      "Bilozerka", "Kherson", "UA", "explosion", "Russian security forces", "civilians",
      wounded=1,
      evidence="On Wednesday, shelling of Bilozerka, 15 km west of the city, wounded a 43-year-old municipal worker and cut a power line.",
      note="shelling side not named in the sentence; Russian by context (fire on the region from the left bank)"),
],
figures=[
    F("other", 412, "Kherson region", "The regional administration said on Thursday that Russian forces had fired 412 times at the region over the past 24 hours, killing one person and wounding eleven.",
      note="attacks in 24 hours"),
    F("killed", 1, "Kherson region", "The regional administration said on Thursday that Russian forces had fired 412 times at the region over the past 24 hours, killing one person and wounding eleven.",
      note="24-hour aggregate"),
    F("wounded", 11, "Kherson region", "The regional administration said on Thursday that Russian forces had fired 412 times at the region over the past 24 hours, killing one person and wounding eleven.",
      note="24-hour aggregate"),
])

R("b13-05", "2023-03-02", "https://example-justicereview.com.ua/2023/03/02/chernihiv-court-life-sentence",
"""
Russian tank commander sentenced to life in absentia over killing of cyclist in 2022

KYIV, March 2 (Ukrainian Justice Review) - A district court in Chernihiv on Thursday sentenced a Russian tank commander in absentia to life in prison for shooting dead a 62-year-old man who was riding his bicycle through the village of Yahidne in March 2022.

Prosecutors told the court that the sergeant, whose unit occupied the village for almost a month, opened fire with a machine gun from the turret after the man refused to stop. Two neighbours who saw the shooting testified by video link.

The court also found him guilty of ordering villagers at gunpoint into the basement of the local school, where more than 300 people were held for weeks. The defence lawyer appointed by the state said his client had never been questioned and that the trial could not be fair.

"This is not revenge, this is evidence," the prosecutor, Iryna Tkachuk, told reporters outside the courthouse. "Every case we close is one more name written down."

The verdict is the eleventh life sentence handed down in the Chernihiv region for crimes committed during the occupation. None of the convicted men is in Ukrainian custody.

Ukraine's prosecutor general's office says it has registered more than 71,000 suspected war crimes since the invasion began. Investigators have identified about 600 suspects.

Moscow denies that its troops target civilians and does not recognise the Ukrainian trials. The man's widow, who still lives in Yahidne, said she would keep the court's ruling with her husband's photograph.
""",
figures=[
    F("other", 71000, "Ukraine", "Ukraine's prosecutor general's office says it has registered more than 71,000 suspected war crimes since the invasion began.",
      note="war crimes cases registered"),
    F("civilians_trapped", 300, "Yahidne", "The court also found him guilty of ordering villagers at gunpoint into the basement of the local school, where more than 300 people were held for weeks.",
      note="held in the school basement in 2022 (background)"),
])
# ---------------------------------------------------------------- Myanmar
R("b13-06", "2023-11-09", "https://example-uppermyanmarvoice.com/news/2023/11/09/kani-monastery-air-strike",
"""
Junta jets bomb monastery sheltering displaced villagers in Kani township

MONYWA, November 9 (Upper Myanmar Voice) - Nine civilians, among them four children, were killed and more than 20 wounded when junta fighter jets bombed a Buddhist monastery where displaced villagers were sheltering in Kani township on Tuesday afternoon, a local resistance group and residents said.

Two bombs fell on the monastery compound at about 3 p.m., destroying the ordination hall and the wooden dormitory where families from nearby villages had been sleeping since September, a monk who survived told Upper Myanmar Voice.

"We had no warning. The planes came in low from the direction of Monywa," he said, asking that his name not be used.

The Kani People's Defense Force said none of its fighters had been in the compound. The junta's information team said on Wednesday that the air force had struck a "terrorist" training site and called reports of civilian deaths fabricated.

The next day, PDF fighters ambushed a military column on the road between Kani and Budalin, the group said, adding that it had killed five soldiers and seized weapons. The army did not comment on the ambush.

Sagaing region has been the heart of armed resistance to the military since the February 2021 coup. In April, an air raid on a village in neighbouring Kanbalu township killed more than 160 people, one of the deadliest single attacks of the conflict.

The monitoring group Myanmar Witness Network says it has recorded more than 1,600 air strikes across the country since the coup, about a third of them in Sagaing.

Villagers buried the dead on Wednesday morning in a field behind the monastery. Many of the families said they would move again, deeper into the forest.
""",
events=[
    E("Junta jets bombed a monastery sheltering displaced villagers in Kani township: nine civilians killed, more than 20 wounded.",
      "2023-11-07", "'on Tuesday afternoon' before publication Thursday 2023-11-09 -> Tuesday 2023-11-07",
      "Kani township", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians",
      killed=9, wounded=20,
      evidence="Nine civilians, among them four children, were killed and more than 20 wounded when junta fighter jets bombed a Buddhist monastery where displaced villagers were sheltering in Kani township on Tuesday afternoon, a local resistance group and residents said.",
      note="the junta acknowledges the strike but calls it a strike on a 'terrorist' site"),
    E("PDF ambush on a military column on the Kani-Budalin road; the PDF claims five soldiers killed.",
      "2023-11-08", "'The next day' after Tuesday 2023-11-07 -> Wednesday 2023-11-08",
      "road between Kani and Budalin", "Sagaing", "MM", "battle", "People's Defense Forces", "Myanmar security forces",
      evidence="The next day, PDF fighters ambushed a military column on the road between Kani and Budalin, the group said, adding that it had killed five soldiers and seized weapons.",
      note="five killed is the attacker's own claim: not used"),
],
figures=[
    F("other", 1600, "Myanmar", "The monitoring group Myanmar Witness Network says it has recorded more than 1,600 air strikes across the country since the coup, about a third of them in Sagaing.",
      note="air strikes since the coup"),
    F("killed", 160, "Kanbalu township", "In April, an air raid on a village in neighbouring Kanbalu township killed more than 160 people, one of the deadliest single attacks of the conflict.",
      note="background incident seven months earlier, outside the news window"),
])

R("b13-07", "2023-11-29", "https://example-shanheraldwire.org/2023/11/29/tnla-namhsan",
"""
Ta'ang fighters say they have taken Namhsan; shell kills mother and daughters in Kutkai

LASHIO, November 29 (Shan Herald Wire) - Fighters of the Ta'ang National Liberation Army said on Wednesday they had taken full control of Namhsan, the tea-growing town in northern Shan State, after overrunning the last army base there on Monday.

The group said it had fought for four days around the hilltop base of Light Infantry Battalion 130 before the remaining soldiers surrendered or fled. It published photos of captured mortars and ammunition. The military did not comment.

The day before the base fell, a shell fired from a junta position on the edge of Kutkai struck a house in the town, killing a mother and her two daughters, a TNLA spokesman and a relative said.

In Lashio, where the army's Northeastern Command has its headquarters, a blast near the central market late on Tuesday wounded at least six people. The military blamed "terrorists" of the alliance, but the Myanmar National Democratic Alliance Army denied any role, and nobody claimed the explosion.

The three-group Brotherhood Alliance launched its offensive in northern Shan on October 27. It says it has since captured more than 200 military posts and several border crossings with China.

The United Nations says more than 335,000 people have been displaced across Myanmar since the offensive began, about 50,000 of them in northern Shan.

Traders in Lashio said the roads to Muse and Hsipaw were cut and the price of rice had doubled in a fortnight. Many residents have sent their families to Mandalay.
""",
events=[
    E("TNLA took Namhsan after overrunning the last army base there.",
      "2023-11-27", "'on Monday' before publication Wednesday 2023-11-29 -> Monday 2023-11-27",
      "Namhsan", "Shan", "MM", "territory_gain", "TNLA", "Myanmar security forces",
      evidence="Fighters of the Ta'ang National Liberation Army said on Wednesday they had taken full control of Namhsan, the tea-growing town in northern Shan State, after overrunning the last army base there on Monday."),
    E("Shell fired from a junta position hit a house in Kutkai, killing a mother and her two daughters.",
      "2023-11-26", "'The day before the base fell' (Monday 2023-11-27) -> Sunday 2023-11-26",
      "Kutkai", "Shan", "MM", "explosion", "Myanmar security forces", "civilians",
      killed=3,
      evidence="The day before the base fell, a shell fired from a junta position on the edge of Kutkai struck a house in the town, killing a mother and her two daughters, a TNLA spokesman and a relative said."),
    E("Blast near Lashio's central market wounded at least six; the military blamed the alliance, the MNDAA denied, no claim.",
      "2023-11-28", "'late on Tuesday' before publication Wednesday 2023-11-29 -> Tuesday 2023-11-28",
      "Lashio", "Shan", "MM", "explosion", "unknown", "civilians",
      wounded=6,
      evidence="In Lashio, where the army's Northeastern Command has its headquarters, a blast near the central market late on Tuesday wounded at least six people. The military blamed \"terrorists\" of the alliance, but the Myanmar National Democratic Alliance Army denied any role, and nobody claimed the explosion.",
      note="blame denied and no claim -> unknown"),
],
figures=[
    F("other", 200, "northern Shan", "It says it has since captured more than 200 military posts and several border crossings with China.",
      note="posts captured since 27 October (alliance claim)"),
    F("displaced", 335000, "Myanmar", "The United Nations says more than 335,000 people have been displaced across Myanmar since the offensive began, about 50,000 of them in northern Shan."),
    F("displaced", 50000, "northern Shan", "The United Nations says more than 335,000 people have been displaced across Myanmar since the offensive began, about 50,000 of them in northern Shan."),
])

R("b13-08", "2024-02-06", "https://example-westernmyanmartribune.com/rakhine/20240206-minbya-outpost",
"""
Arakan Army and junta give rival accounts of Minbya outpost battle

SITTWE, February 6 (Western Myanmar Tribune) - The Arakan Army and Myanmar's military gave sharply different accounts on Tuesday of a battle for a police outpost outside Minbya, in central Rakhine State, which began before dawn on Sunday.

The ethnic armed group said its fighters had seized the outpost and killed 14 members of the Border Guard Police, capturing the rest. It posted pictures of weapons laid out on a tarpaulin.

The junta's spokesman said the attack had been repelled with air support. Three policemen were killed defending the post and the assailants suffered "heavy losses", he told state media. He gave no figure for the attackers.

Residents of Minbya said the sound of fighting had stopped by Monday afternoon, but they could not say who held the position.

Overnight, navy ships anchored off Pauktaw shelled fishing villages near the town, killing two fishermen who were mending nets on the shore, a Pauktaw resident told the Tribune by phone. Internet access in the township has been cut since November.

Last week the Arakan Army also said it had captured a hilltop base near Kyauktaw, without giving a date.

The AA ended an informal ceasefire with the military in November and has since taken control of several townships in northern Rakhine and neighbouring Chin State.

Aid groups say food and medicine are running short in Sittwe, the state capital, where the main roads and river routes have been blocked for weeks.
""",
events=[
    E("Arakan Army assault on the Border Guard Police outpost outside Minbya; the AA says it seized it, the junta says it was repelled; the junta counts three police dead.",
      "2024-02-04", "'before dawn on Sunday' before publication Tuesday 2024-02-06 -> Sunday 2024-02-04",
      "Minbya", "Rakhine", "MM", "battle", "Arakan Army", "Myanmar security forces",
      killed=3,
      evidence="The Arakan Army and Myanmar's military gave sharply different accounts on Tuesday of a battle for a police outpost outside Minbya, in central Rakhine State, which began before dawn on Sunday. [...] The junta's spokesman said the attack had been repelled with air support. Three policemen were killed defending the post and the assailants suffered \"heavy losses\", he told state media.",
      note="capture disputed, so battle rather than territory_gain; AA's claimed 14 killed not used; junta's count of its own losses is used"),
    E("Navy ships off Pauktaw shelled fishing villages overnight, killing two fishermen.",
      "2024-02-05", "'Overnight' before publication Tuesday 2024-02-06 -> night of Monday 2024-02-05",
      "Pauktaw", "Rakhine", "MM", "explosion", "Myanmar security forces", "civilians",
      killed=2,
      evidence="Overnight, navy ships anchored off Pauktaw shelled fishing villages near the town, killing two fishermen who were mending nets on the shore, a Pauktaw resident told the Tribune by phone."),
    E("Arakan Army says it captured a hilltop base near Kyauktaw (no date).",
      None, "'Last week' announcement, 'without giving a date'",
      "near Kyauktaw", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar security forces",
      evidence="Last week the Arakan Army also said it had captured a hilltop base near Kyauktaw, without giving a date.",
      optional=True),
])

R("b13-09", "2024-01-31", "https://example-reliefdesk-asia.org/myanmar/three-years-after-coup",
"""
Three years after the coup, Myanmar's war has no front line and no end in sight

Briefing note, Wednesday, 31 January 2024

As Myanmar enters a fourth year of military rule on Thursday, the humanitarian situation is worse than at any time since the February 2021 coup, aid agencies said in a joint briefing.

More than 2.6 million people are now displaced inside the country, most of them since the fighting spread to the central dry zone in 2022. Another 18.6 million need some form of assistance, the briefing said.

A local monitoring group counts more than 4,400 civilians killed by the security forces since the coup, a figure it says is certainly an undercount. Nearly 20,000 people remain in detention for political reasons.

The briefing does not describe new incidents. Instead it sets out how the conflict has changed: resistance forces now hold large rural areas, the military relies more on air power and artillery, and conscription is expected to push more young people to flee.

"This is a war of attrition fought in villages," said the briefing's author, a former UN official. "The civilians are the ones being worn down."

Exiled activists have called for a "silent strike" on Thursday, asking people to stay at home and close their shops for the anniversary. In previous years, the streets of Yangon and Mandalay emptied for several hours.

The agencies are asking donors for 994 million dollars for 2024. Last year's appeal was less than a third funded.
""",
figures=[
    F("displaced", 2600000, "Myanmar", "More than 2.6 million people are now displaced inside the country, most of them since the fighting spread to the central dry zone in 2022."),
    F("killed", 4400, "Myanmar", "A local monitoring group counts more than 4,400 civilians killed by the security forces since the coup, a figure it says is certainly an undercount."),
    F("arrested", 20000, "Myanmar", "Nearly 20,000 people remain in detention for political reasons."),
    F("other", 18600000, "Myanmar", "Another 18.6 million need some form of assistance, the briefing said.", note="people in need"),
])
# ---------------------------------------------------------------- Sudan
R("b13-10", "2024-06-19", "https://example-sahelwire.com/sudan/2024/06/19/abu-shouk-shelling",
"""
Shelling of Abu Shouk camp kills nine as El Fasher siege tightens

EL FASHER, June 19 (Sahel Wire) - Shells fired by the Rapid Support Forces struck the Abu Shouk camp for displaced people on the northern edge of El Fasher on Monday, killing at least nine people, among them three children, local activists said.

The Emergency Lawyers, a Sudanese rights group, put the toll higher, at 14, and said dozens of people had been wounded. Most of the shells landed near a water point where women queue from the early morning.

The paramilitary group, which has besieged the North Darfur capital since May, did not respond to requests for comment.

A day earlier, on Sunday, RSF fighters stormed the South Hospital in the city, looting its pharmacy and shooting dead a pharmacist who tried to lock the stores, according to the medical charity Relief Doctors International. The hospital, the last one in El Fasher able to carry out surgery, has stopped admitting patients.

The army said on Tuesday that its aircraft had struck RSF vehicles gathering east of the city, killing "dozens" of fighters. It gave no location.

At least 226 people have been killed in El Fasher since fighting for the city broke out on May 10, according to the UN, which says the real figure is likely to be much higher. More than 130,000 people have fled the city and its camps in the same period.

"People are trapped between the shelling and the desert," said Adam Yahya, a volunteer at the camp's clinic. "There is nowhere safe to go."

The UN Security Council last week demanded that the RSF end the siege. The group says it is fighting to drive out the army and allied armed movements from Darfur's last major city outside its control.
""",
events=[
    E("RSF shells struck Abu Shouk displacement camp at El Fasher: at least nine killed (14 per Emergency Lawyers), dozens wounded.",
      "2024-06-17", "'on Monday' before publication Wednesday 2024-06-19 -> Monday 2024-06-17",
      "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
      killed=9, killed_high=14,
      evidence="Shells fired by the Rapid Support Forces struck the Abu Shouk camp for displaced people on the northern edge of El Fasher on Monday, killing at least nine people, among them three children, local activists said. [...] The Emergency Lawyers, a Sudanese rights group, put the toll higher, at 14, and said dozens of people had been wounded.",
      note="conflicting tolls 9 (activists) vs 14 (Emergency Lawyers); wounded 'dozens' -> null"),
    E("RSF fighters stormed El Fasher's South Hospital, looted it and shot dead a pharmacist.",
      "2024-06-16", "'A day earlier, on Sunday' before publication Wednesday 2024-06-19 -> Sunday 2024-06-16",
      "South Hospital, El Fasher", "North Darfur", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
      killed=1,
      evidence="A day earlier, on Sunday, RSF fighters stormed the South Hospital in the city, looting its pharmacy and shooting dead a pharmacist who tried to lock the stores, according to the medical charity Relief Doctors International."),
    E("Army aircraft struck RSF vehicles east of El Fasher; the army claims dozens of fighters killed.",
      None, "the army 'said on Tuesday' (reporting day 2024-06-18); strike day not stated",
      "east of El Fasher", "North Darfur", "SD", "explosion", "Sudanese security forces", "Rapid Support Forces",
      evidence="The army said on Tuesday that its aircraft had struck RSF vehicles gathering east of the city, killing \"dozens\" of fighters. It gave no location.",
      note="attacker's claim, vague place and day", optional=True),
],
figures=[
    F("killed", 226, "El Fasher", "At least 226 people have been killed in El Fasher since fighting for the city broke out on May 10, according to the UN, which says the real figure is likely to be much higher."),
    F("displaced", 130000, "El Fasher", "More than 130,000 people have fled the city and its camps in the same period."),
])

R("b13-11", "2023-09-12", "https://example-nilevalleypress.com/2023/09/12/haj-yousif-market-air-strike",
"""
Air strike on Haj Yousif market kills 26; RSF mortars hit Omdurman

KHARTOUM, September 12 (Nile Valley Press) - An air strike on a crowded market in Haj Yousif, in the East Nile district of greater Khartoum, killed 26 people on Saturday, the neighbourhood's emergency response room said on Monday.

Volunteers had first counted 17 bodies on Saturday evening. The number rose as people who had been pulled from the burning stalls died overnight at the Al-Baraha hospital, the group said. More than 40 people were wounded.

Residents said the bombs were dropped by an army Antonov aircraft that circled the area for several minutes. The army denied targeting civilians and said it had struck "gatherings of the rebel militia" in the area, which is held by the Rapid Support Forces.

On Monday, mortar rounds fired from RSF positions across the river in Bahri fell on the Karari district of Omdurman, killing four people in their homes, a medical source said.

Heavy fighting was also reported around the Armoured Corps base in Al-Shajara, in the south of the capital, where the RSF launched a new assault on Monday morning. The army said its troops had repelled the attack and destroyed several combat vehicles.

The war between the army and the RSF, which broke out on April 15, has killed more than 7,500 people across Sudan, according to a conflict monitoring project. The UN says more than five million have fled their homes.

"Every day we bury someone," said Mohamed Osman, a volunteer in Haj Yousif. "The market was the only place left where people could find bread."

Talks between the two sides in Jeddah were suspended in June and have not resumed.
""",
events=[
    E("Army air strike on a market in Haj Yousif (East Nile) killed 26 (first count 17) and wounded more than 40.",
      "2023-09-09", "'on Saturday' before publication Tuesday 2023-09-12 -> Saturday 2023-09-09",
      "Haj Yousif", "Khartoum", "SD", "explosion", "Sudanese security forces", "civilians",
      killed=26, wounded=40,
      evidence="An air strike on a crowded market in Haj Yousif, in the East Nile district of greater Khartoum, killed 26 people on Saturday, the neighbourhood's emergency response room said on Monday. [...] Volunteers had first counted 17 bodies on Saturday evening. The number rose as people who had been pulled from the burning stalls died overnight at the Al-Baraha hospital, the group said. More than 40 people were wounded. [...] Residents said the bombs were dropped by an army Antonov aircraft that circled the area for several minutes.",
      note="toll revised 17 -> 26; the army does not deny striking, only targeting civilians"),
    E("RSF mortar rounds from Bahri fell on Omdurman's Karari district, killing four.",
      "2023-09-11", "'On Monday' before publication Tuesday 2023-09-12 -> Monday 2023-09-11",
      "Karari", "Khartoum", "SD", "explosion", "Rapid Support Forces", "civilians",
      killed=4,
      evidence="On Monday, mortar rounds fired from RSF positions across the river in Bahri fell on the Karari district of Omdurman, killing four people in their homes, a medical source said."),
    E("RSF assault on the Armoured Corps base in Al-Shajara, repelled by the army.",
      "2023-09-11", "'on Monday morning' before publication Tuesday 2023-09-12 -> Monday 2023-09-11",
      "Al-Shajara", "Khartoum", "SD", "battle", "Rapid Support Forces", "Sudanese security forces",
      evidence="Heavy fighting was also reported around the Armoured Corps base in Al-Shajara, in the south of the capital, where the RSF launched a new assault on Monday morning. The army said its troops had repelled the attack and destroyed several combat vehicles."),
],
figures=[
    F("killed", 7500, "Sudan", "The war between the army and the RSF, which broke out on April 15, has killed more than 7,500 people across Sudan, according to a conflict monitoring project."),
    F("displaced", 5000000, "Sudan", "The UN says more than five million have fled their homes."),
])

R("b13-12", "2024-07-04", "https://example-gezirawatch.org/statements/2024-07-04-hasaheisa-village",
"""
Resistance committees: RSF raid on village south of Al-Hasaheisa leaves 22 dead

Statement of the Al-Hasaheisa Resistance Committees, Thursday, 4 July 2024

Fighters of the Rapid Support Forces on motorbikes and pick-up trucks stormed a village about 12 km south of Al-Hasaheisa on Tuesday morning, shooting villagers who refused to hand over their grain, cattle and mobile phones.

Nineteen people were killed on the spot and dozens were wounded. Three of the wounded died on Wednesday because no clinic in the area has medicines left, bringing the number of dead to 22.

The attackers also took away at least eight women and girls. Their families have had no news of them.

An RSF field commander, speaking to a local radio station, said his men had been pursuing army "infiltrators" and had not harmed civilians.

On Monday, RSF fighters looted the main hospital in Rufaa, on the eastern bank of the Blue Nile, and detained two doctors who refused to treat their wounded first. The doctors were released on Wednesday after their families paid money.

The army said on Wednesday that its drones had struck an RSF gathering in Wad Madani, killing more than 40 fighters. We cannot confirm this, and we note that previous strikes on the city have killed civilians in their homes.

Since the RSF entered Wad Madani in December, more than 500,000 people have fled Al Jazirah state, most of them on foot towards Sennar and Gedaref.

We call on the international community to press both sides to open safe corridors, and we call on the RSF to release the women and girls immediately.
""",
events=[
    E("RSF raid on a village 12 km south of Al-Hasaheisa: 19 killed on the spot, three wounded died later (22), at least eight women and girls abducted.",
      "2024-07-02", "'on Tuesday morning' before the statement of Thursday 2024-07-04 -> Tuesday 2024-07-02",
      "12 km south of Al-Hasaheisa", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
      killed=22,
      evidence="Fighters of the Rapid Support Forces on motorbikes and pick-up trucks stormed a village about 12 km south of Al-Hasaheisa on Tuesday morning, shooting villagers who refused to hand over their grain, cattle and mobile phones. [...] Nineteen people were killed on the spot and dozens were wounded. Three of the wounded died on Wednesday because no clinic in the area has medicines left, bringing the number of dead to 22. [...] The attackers also took away at least eight women and girls.",
      note="19 + 3 later deaths = 22; wounded 'dozens' -> null; the abductions are part of the same raid"),
    E("RSF looted Rufaa's main hospital and detained two doctors (released Wednesday).",
      "2024-07-01", "'On Monday' before the statement of Thursday 2024-07-04 -> Monday 2024-07-01",
      "Rufaa", "Al Jazirah", "SD", "other", "Rapid Support Forces", "civilians",
      evidence="On Monday, RSF fighters looted the main hospital in Rufaa, on the eastern bank of the Blue Nile, and detained two doctors who refused to treat their wounded first.",
      note="looting and abduction of medical staff"),
    E("Army drones struck an RSF gathering in Wad Madani; the army claims more than 40 killed.",
      None, "the army 'said on Wednesday' (2024-07-03, reporting day); strike day not stated",
      "Wad Madani", "Al Jazirah", "SD", "explosion", "Sudanese security forces", "Rapid Support Forces",
      evidence="The army said on Wednesday that its drones had struck an RSF gathering in Wad Madani, killing more than 40 fighters. We cannot confirm this, and we note that previous strikes on the city have killed civilians in their homes.",
      note="attacker's claim of 40 not used; day unknown", optional=True),
],
figures=[
    F("displaced", 500000, "Al Jazirah", "Since the RSF entered Wad Madani in December, more than 500,000 people have fled Al Jazirah state, most of them on foot towards Sennar and Gedaref."),
])

R("b13-13", "2024-03-15", "https://example-nilereliefalliance.org/appeals/2024-03-15-sudan-lean-season",
"""
Sudan: aid groups warn of famine before the rains as funding runs dry

PORT SUDAN, March 15 (Nile Relief Alliance) - Eleven months into the war, Sudan is on course to become the world's worst hunger crisis, a coalition of aid groups warned on Friday as it launched an appeal ahead of the lean season.

Nearly 18 million people face acute food shortages, among them five million on the edge of famine, mainly in Darfur, Kordofan and the greater Khartoum area. More than 8 million people have been forced from their homes since last April, including 1.8 million who crossed into neighbouring countries.

"The fight against hunger in Sudan is being lost, and it is being lost quietly," said the coalition's director, Samira El-Tayeb. "Besieged cities are running out of flour, and farmers cannot plant."

The groups say road convoys need weeks of negotiations with both the army and the Rapid Support Forces to cross front lines. Only a handful of trucks reached Darfur in February.

The war has killed more than 14,000 people, according to UN estimates, though local groups believe the real toll is far higher.

The appeal seeks 2.7 billion dollars for the year. By mid-March, donors had pledged less than five percent of that sum.

The coalition asked both sides to allow cross-border deliveries from Chad and to protect markets, which it described as "the last lifeline" in many towns. It also urged donors to fund community kitchens run by local volunteers.
""",
figures=[
    F("other", 18000000, "Sudan", "Nearly 18 million people face acute food shortages, among them five million on the edge of famine, mainly in Darfur, Kordofan and the greater Khartoum area.", note="acute food insecurity"),
    F("displaced", 8000000, "Sudan", "More than 8 million people have been forced from their homes since last April, including 1.8 million who crossed into neighbouring countries."),
    F("displaced", 1800000, "Sudan", "More than 8 million people have been forced from their homes since last April, including 1.8 million who crossed into neighbouring countries.", note="refugees abroad"),
    F("killed", 14000, "Sudan", "The war has killed more than 14,000 people, according to UN estimates, though local groups believe the real toll is far higher."),
])
# ---------------------------------------------------------------- DR Congo
R("b13-14", "2021-12-08", "https://example-kivumorning.cd/beni/2021-12-08-mamove-massacre",
"""
Beni: toll from Mamove attack rises to 17 as army clashes with ADF near Oicha

BENI, December 8 (Kivu Morning) - The number of villagers killed in an attack on Mamove, in Beni territory, rose to 17 on Tuesday after search teams found six more bodies in the surrounding fields, local civil society leaders said.

The assailants came late on Sunday, as families were returning from their plots, and attacked them with machetes and guns, said Kambale Musavuli, who heads the civil society office in the area. Eleven bodies were recovered on Monday morning.

"They went from house to house. Those who ran into the bush were followed," he said. Several houses and a health post were set on fire.

The army spokesman in Beni blamed the Allied Democratic Forces, an armed group that has killed thousands of civilians in the territory over the past decade. On Tuesday, the Islamic State group claimed the attack through its news outlet, saying its fighters had killed "more than 30 Christians".

Also on Tuesday, an army patrol came under fire from suspected ADF fighters near Oicha, the main town of the territory. Three of the assailants were killed and one soldier was wounded in the exchange, the spokesman said.

Civil society groups say the ADF has killed more than 1,200 civilians in Beni territory since the start of 2020.

Uganda and Congo announced a joint military operation against the group last week. Residents of Mamove said they had seen no soldiers in the village before the attack and asked for a permanent post.

Many families from Mamove spent Monday night in Mbau, a few kilometres away, and said they would not go back until the army arrives.
""",
events=[
    E("ADF attack on Mamove village: toll rose from 11 to 17 villagers killed.",
      "2021-12-05", "'late on Sunday' before publication Wednesday 2021-12-08 -> Sunday 2021-12-05",
      "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
      killed=17,
      evidence="The number of villagers killed in an attack on Mamove, in Beni territory, rose to 17 on Tuesday after search teams found six more bodies in the surrounding fields, local civil society leaders said. [...] The assailants came late on Sunday, as families were returning from their plots, and attacked them with machetes and guns, said Kambale Musavuli, who heads the civil society office in the area. Eleven bodies were recovered on Monday morning. [...] The army spokesman in Beni blamed the Allied Democratic Forces, an armed group that has killed thousands of civilians in the territory over the past decade. On Tuesday, the Islamic State group claimed the attack through its news outlet, saying its fighters had killed \"more than 30 Christians\".",
      note="blamed on ADF by the army and claimed by IS (the ADF's patron); IS's claimed 30 not used"),
    E("Suspected ADF fighters fired on an army patrol near Oicha: three assailants killed, one soldier wounded.",
      "2021-12-07", "'Also on Tuesday' before publication Wednesday 2021-12-08 -> Tuesday 2021-12-07",
      "near Oicha", "North Kivu", "CD", "battle", "ADF", "Congolese security forces",
      killed=3, wounded=1,
      evidence="Also on Tuesday, an army patrol came under fire from suspected ADF fighters near Oicha, the main town of the territory. Three of the assailants were killed and one soldier was wounded in the exchange, the spokesman said.",
      note="the army was attacked; its count of the dead attackers is the defending side's count and is used"),
],
figures=[
    F("killed", 1200, "Beni territory", "Civil society groups say the ADF has killed more than 1,200 civilians in Beni territory since the start of 2020."),
])

R("b13-15", "2024-02-21", "https://example-grandslacsdepeche.com/2024/02/21/m23-nyanzale-bulengo",
"""
M23 enters Nyanzale; bomb on Bulengo camp kills five

GOMA, February 21 (Grands Lacs Depeche) - M23 rebels entered Nyanzale, a trading town in Rutshuru territory, on Saturday after army troops and allied Wazalendo militiamen pulled back, residents and a local official said.

The rebels raised their flag over the administrative office and told traders to reopen the market. The army did not comment on the loss of the town.

On Monday, a bomb fell on the Bulengo camp for displaced people, west of Goma, killing five people, including three children, and wounding eight. The army blamed the M23, which denied it and accused the government's allied militias of firing from the edge of the camp.

Fighting continued on Tuesday on the hills above Sake, 25 km west of Goma, where army troops backed by Wazalendo fighters and Burundian soldiers held off an M23 assault, a military source said. Two soldiers were killed.

Sake is the last significant town on the main road west of Goma. More than 135,000 people have fled towards the provincial capital from the Sake area in the past two weeks, according to the UN.

Since the M23 took up arms again at the end of 2021, the fighting has displaced some 1.7 million people in North Kivu, the UN says.

Kinshasa accuses Rwanda of backing the rebels with troops and weapons, which Kigali denies. Regional leaders were due to meet in Addis Ababa this weekend to discuss a ceasefire.

"We have moved three times since last year," said Esperance, a mother of five in Bulengo. "Now the bombs follow us into the camp."
""",
events=[
    E("M23 rebels took Nyanzale after army troops and Wazalendo pulled back.",
      "2024-02-17", "'on Saturday' before publication Wednesday 2024-02-21 -> Saturday 2024-02-17",
      "Nyanzale", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
      evidence="M23 rebels entered Nyanzale, a trading town in Rutshuru territory, on Saturday after army troops and allied Wazalendo militiamen pulled back, residents and a local official said. [...] The rebels raised their flag over the administrative office and told traders to reopen the market."),
    E("Bomb fell on Bulengo displacement camp west of Goma: five killed, eight wounded; army and M23 blame each other.",
      "2024-02-19", "'On Monday' before publication Wednesday 2024-02-21 -> Monday 2024-02-19",
      "Bulengo camp", "North Kivu", "CD", "explosion", "unknown", "civilians",
      killed=5, wounded=8,
      evidence="On Monday, a bomb fell on the Bulengo camp for displaced people, west of Goma, killing five people, including three children, and wounding eight. The army blamed the M23, which denied it and accused the government's allied militias of firing from the edge of the camp.",
      note="mutual accusations, no claim -> unknown"),
    E("M23 assault on army positions on the hills above Sake held off; two soldiers killed.",
      "2024-02-20", "'on Tuesday' before publication Wednesday 2024-02-21 -> Tuesday 2024-02-20",
      "Sake", "North Kivu", "CD", "battle", "M23", "Congolese security forces",
      killed=2,
      evidence="Fighting continued on Tuesday on the hills above Sake, 25 km west of Goma, where army troops backed by Wazalendo fighters and Burundian soldiers held off an M23 assault, a military source said. Two soldiers were killed."),
],
figures=[
    F("displaced", 135000, "Sake", "More than 135,000 people have fled towards the provincial capital from the Sake area in the past two weeks, according to the UN."),
    F("displaced", 1700000, "North Kivu", "Since the M23 took up arms again at the end of 2021, the fighting has displaced some 1.7 million people in North Kivu, the UN says."),
])

R("b13-16", "2022-06-15", "https://example-iturinews.cd/djugu/2022/06/15/fataki-site-attack",
"""
Twelve killed in night attack on displacement site near Fataki

BUNIA, June 15 (Ituri Post) - Twelve people, including four children, were killed overnight on Sunday when armed men attacked a site for displaced families near Fataki, in Djugu territory, local civil society said.

Survivors identified the attackers as members of CODECO, a militia drawn mainly from the Lendu community, said Dieudonne Lossa, who leads the civil society federation in Djugu. The group did not respond to the accusation.

The assailants, armed with machetes and a few guns, burned about 40 shelters before withdrawing into the hills, he said. Blue-helmet peacekeepers stationed about 5 km away arrived after daybreak.

On Monday, fighters of the Zaire militia, which says it defends the Hema community, attacked a CODECO position near Lopa in apparent retaliation. At least four people were killed on both sides, according to a local chief.

In Bunia, the army said on Tuesday it had arrested seven suspected CODECO members, among them a man it described as a local commander.

Violence in Djugu has forced more than 1.5 million people from their homes across Ituri province since 2017, according to the UN refugee agency. In February, an attack on the Plaine Savo camp killed more than 60 displaced people.

The provincial governor, a general appointed under the state of siege, called on both communities to stop the cycle of revenge. Aid groups say they have suspended food distributions in parts of Djugu for security reasons.
""",
events=[
    E("CODECO attack on a displacement site near Fataki: 12 killed including four children, ~40 shelters burnt.",
      "2022-06-12", "'overnight on Sunday' before publication Wednesday 2022-06-15 -> night of Sunday 2022-06-12",
      "near Fataki", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
      killed=12,
      evidence="Twelve people, including four children, were killed overnight on Sunday when armed men attacked a site for displaced families near Fataki, in Djugu territory, local civil society said. [...] Survivors identified the attackers as members of CODECO, a militia drawn mainly from the Lendu community, said Dieudonne Lossa, who leads the civil society federation in Djugu. The group did not respond to the accusation.",
      note="blamed by survivors, not disputed -> CODECO"),
    E("Zaire militia attacked a CODECO position near Lopa; at least four killed on both sides.",
      "2022-06-13", "'On Monday' before publication Wednesday 2022-06-15 -> Monday 2022-06-13",
      "near Lopa", "Ituri", "CD", "battle", "Zaire", "CODECO",
      killed=4,
      evidence="On Monday, fighters of the Zaire militia, which says it defends the Hema community, attacked a CODECO position near Lopa in apparent retaliation. At least four people were killed on both sides, according to a local chief."),
    E("Army arrested seven suspected CODECO members in Bunia.",
      None, "the army 'said on Tuesday' (2022-06-14, reporting day); day of the arrests not stated",
      "Bunia", "Ituri", "CD", "arrest", "Congolese security forces", "CODECO",
      arrested=7,
      evidence="In Bunia, the army said on Tuesday it had arrested seven suspected CODECO members, among them a man it described as a local commander."),
],
figures=[
    F("displaced", 1500000, "Ituri", "Violence in Djugu has forced more than 1.5 million people from their homes across Ituri province since 2017, according to the UN refugee agency."),
    F("killed", 60, "Plaine Savo", "In February, an attack on the Plaine Savo camp killed more than 60 displaced people.", note="background incident four months earlier, outside the news window"),
])

R("b13-17", "2023-05-17", "https://example-ituripost.cd/2023/05/17/rn4-komanda-luna-ambush",
"""
UN mission condemns ambush on truck convoy on Komanda-Luna road

BUNIA, May 17 (Ituri Post) - Six truck drivers and two of their passengers were killed on Monday when suspected ADF fighters ambushed a convoy on National Road 4 between Komanda and Luna, in Irumu territory, the UN mission in Congo said on Wednesday.

The attackers fired on the first vehicles, then set five trucks loaded with goods on fire, the mission said in a statement. An army escort that reached the scene about an hour later exchanged fire with the assailants, who fled into the forest.

"Those who drive this road know they may not come back," said the president of the truckers' association in Bunia, who asked not to be named. He said drivers would stop working on the route until the army guarantees their safety.

The mission said attacks attributed to the ADF had killed at least 370 civilians in Irumu and Mambasa territories since January. It said it had increased its patrols on the main road.

There were also unconfirmed reports of another attack near Mambasa last week, but the mission said it was still verifying the details.

The ADF, which has pledged allegiance to the Islamic State group, has stepped up attacks along National Road 4 since Congolese and Ugandan troops began joint operations against its bases in late 2021. In January, a bomb at a Pentecostal church in Kasindi, on the Ugandan border, killed at least 14 worshippers.

The road is the main trade route between Bunia and Kisangani, and the price of fuel in Komanda has risen by half since April.
""",
events=[
    E("Suspected ADF fighters ambushed a truck convoy on RN4 between Komanda and Luna: six drivers and two passengers killed, five trucks burnt.",
      "2023-05-15", "'on Monday' before publication Wednesday 2023-05-17 -> Monday 2023-05-15",
      "National Road 4 between Komanda and Luna", "Ituri", "CD", "attack_on_civilians", "ADF", "civilians",
      killed=8,
      evidence="Six truck drivers and two of their passengers were killed on Monday when suspected ADF fighters ambushed a convoy on National Road 4 between Komanda and Luna, in Irumu territory, the UN mission in Congo said on Wednesday.",
      note="6 + 2 = 8"),
    E("Unconfirmed report of another attack near Mambasa last week.",
      None, "'last week' (week of 2023-05-08); no day",
      "near Mambasa", "Ituri", "CD", "attack_on_civilians", "unknown", "civilians",
      evidence="There were also unconfirmed reports of another attack near Mambasa last week, but the mission said it was still verifying the details.",
      optional=True),
],
figures=[
    F("killed", 370, "Irumu and Mambasa territories", "The mission said attacks attributed to the ADF had killed at least 370 civilians in Irumu and Mambasa territories since January."),
    F("killed", 14, "Kasindi", "In January, a bomb at a Pentecostal church in Kasindi, on the Ugandan border, killed at least 14 worshippers.", note="background incident four months earlier, outside the news window"),
])
# ---------------------------------------------------------------- Burkina Faso
R("b13-18", "2022-09-27", "https://example-agencesahelpresse.bf/2022/09/27/djibo-attaque-repoussee",
"""
Ten soldiers and auxiliaries killed as army repels attack on Djibo

OUAGADOUGOU, September 27 (Agence Sahel Presse) - Six soldiers and four volunteer auxiliaries were killed when armed men attacked army and VDP positions in Djibo on Saturday, the general staff of the armed forces said in a statement issued late on Monday.

Fourteen others were wounded and evacuated to Ouagadougou by helicopter, the statement said. "The vigorous reaction of our units, supported by the air force, made it possible to repel the assailants, dozens of whom were neutralised," it added.

JNIM, the al-Qaeda-linked coalition active across the Sahel, claimed the attack on Sunday in a message on its channels. It said its fighters had destroyed two armoured vehicles.

The next day, a truck in a supply convoy heading for Djibo struck an explosive device about 30 km south of the town, killing two civilian drivers, the statement said. It blamed "the same terrorist groups" for planting the device but gave no group name.

Djibo, the main town of the Soum province, has been under a blockade by armed groups since February. Its population, swollen by people who fled the surrounding villages, depends on convoys and airlifts for food.

Nearly two million people are displaced inside Burkina Faso, according to the government's emergency agency.

"We ask the nation to keep faith in its army," the general staff said. "Our fallen comrades will be honoured."
""",
events=[
    E("JNIM attack on army and VDP positions in Djibo, repelled: six soldiers and four VDP killed, 14 wounded.",
      "2022-09-24", "'on Saturday' before the statement of Monday 2022-09-26, published Tuesday 2022-09-27 -> Saturday 2022-09-24",
      "Djibo", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
      killed=10, wounded=14,
      evidence="Six soldiers and four volunteer auxiliaries were killed when armed men attacked army and VDP positions in Djibo on Saturday, the general staff of the armed forces said in a statement issued late on Monday. [...] Fourteen others were wounded and evacuated to Ouagadougou by helicopter, the statement said. [...] JNIM, the al-Qaeda-linked coalition active across the Sahel, claimed the attack on Sunday in a message on its channels.",
      note="6 + 4 = 10; attackers 'dozens neutralised' -> not counted (vague)"),
    E("Convoy truck struck an explosive device 30 km south of Djibo, killing two civilian drivers.",
      "2022-09-25", "'The next day' after Saturday 2022-09-24 -> Sunday 2022-09-25",
      "30 km south of Djibo", "Sahel", "BF", "explosion", "militants (unidentified)", "civilians",
      killed=2,
      evidence="The next day, a truck in a supply convoy heading for Djibo struck an explosive device about 30 km south of the town, killing two civilian drivers, the statement said. It blamed \"the same terrorist groups\" for planting the device but gave no group name.",
      note="blamed on unnamed 'terrorist groups'"),
],
figures=[
    F("displaced", 2000000, "Burkina Faso", "Nearly two million people are displaced inside Burkina Faso, according to the government's emergency agency."),
])

R("b13-19", "2021-04-20", "https://example-centrenordhebdo.bf/securite/2021-04-20-bus-yalgo",
"""
Seven bus passengers killed by roadside bomb between Tougouri and Yalgo

KAYA, April 20 (Le Centre-Nord Hebdo) - Seven passengers were killed and nine injured on Monday when the public bus they were travelling in ran over an explosive device on the road between Tougouri and Yalgo, the governor of the Centre-Nord region said.

Among the dead were two traders from Kaya and a schoolteacher who was returning to his post, according to relatives. The injured were taken to the regional hospital in Kaya, where three of them were in a critical condition on Tuesday.

Nobody claimed the bombing. The governor said the device had been planted overnight by "terrorists" who use the road to move between their bases.

A day earlier, on Sunday, gunmen on motorbikes raided a village about 10 km from Pissila, killing four men, among them the village chief, a local official said. The attackers also stole cattle and burned the village granary.

The Centre-Nord region hosts more than 450,000 people who have fled violence, more than any other region of the country.

Transport companies said they would suspend trips on the route for a week. Young people in Kaya plan to march on Thursday to demand better protection for travellers.

"We pay for our tickets and pray that we arrive," said a bus driver at the Kaya station. "The road has become a trap."
""",
events=[
    E("Public bus ran over an explosive device between Tougouri and Yalgo: seven passengers killed, nine injured.",
      "2021-04-19", "'on Monday' before publication Tuesday 2021-04-20 -> Monday 2021-04-19",
      "road between Tougouri and Yalgo", "Centre-Nord", "BF", "explosion", "militants (unidentified)", "civilians",
      killed=7, wounded=9,
      evidence="Seven passengers were killed and nine injured on Monday when the public bus they were travelling in ran over an explosive device on the road between Tougouri and Yalgo, the governor of the Centre-Nord region said. [...] Nobody claimed the bombing. The governor said the device had been planted overnight by \"terrorists\" who use the road to move between their bases.",
      note="blamed on unnamed 'terrorists'"),
    E("Gunmen on motorbikes raided a village 10 km from Pissila, killing four men including the village chief.",
      "2021-04-18", "'A day earlier, on Sunday' before publication Tuesday 2021-04-20 -> Sunday 2021-04-18",
      "10 km from Pissila", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
      killed=4,
      evidence="A day earlier, on Sunday, gunmen on motorbikes raided a village about 10 km from Pissila, killing four men, among them the village chief, a local official said."),
],
figures=[
    F("displaced", 450000, "Centre-Nord", "The Centre-Nord region hosts more than 450,000 people who have fled violence, more than any other region of the country."),
])

R("b13-20", "2023-10-24", "https://example-observatoiresahel.org/communiques/2023-10-24-djibasso",
"""
Rights group says army drone strike on Djibasso market killed civilians; JNIM attacks Partiaga gendarmerie

Communique of the Observatoire des Droits au Sahel, Tuesday, 24 October 2023

The Observatoire des Droits au Sahel has received consistent testimony that a military drone struck the weekly market in Djibasso, in the Kossi province, on the afternoon of last Thursday, killing dozens of civilians who had come to buy and sell livestock.

Witnesses told our researchers that two missiles hit the cattle enclosure and the stalls beside it within a few minutes. Several families have given us the names of relatives who did not return.

The armed forces said on Friday that an air operation in the Djibasso area had "neutralised a large number of terrorists" gathered for a meeting. They did not mention the market and gave no figure.

We note that the market was held on its usual day and that no armed group controlled the town at the time, according to residents.

In the east of the country, fighters of JNIM attacked the gendarmerie post in Partiaga on Saturday, according to local sources and the security ministry. The ministry said eleven gendarmes were killed and that the post had been reinforced on Sunday. The group claimed on its channels to have killed thirty.

The armed forces say they have neutralised more than 1,000 terrorists in operations since July. These figures cannot be verified independently.

We call on the transitional authorities to open an independent investigation into the Djibasso strike and to publish its findings.
""",
events=[
    E("Military drone strike on the weekly market in Djibasso: dozens of civilians killed per witnesses; the army says it hit 'terrorists'.",
      "2023-10-19", "'last Thursday' before the communique of Tuesday 2023-10-24 -> Thursday 2023-10-19",
      "Djibasso", "Boucle du Mouhoun", "BF", "explosion", "Burkinabe security forces", "civilians",
      evidence="The Observatoire des Droits au Sahel has received consistent testimony that a military drone struck the weekly market in Djibasso, in the Kossi province, on the afternoon of last Thursday, killing dozens of civilians who had come to buy and sell livestock. [...] The armed forces said on Friday that an air operation in the Djibasso area had \"neutralised a large number of terrorists\" gathered for a meeting.",
      note="'dozens' -> null; the army's own claim is not a toll"),
    E("JNIM attacked the gendarmerie post in Partiaga: eleven gendarmes killed per the ministry.",
      "2023-10-21", "'on Saturday' before the communique of Tuesday 2023-10-24 -> Saturday 2023-10-21",
      "Partiaga", "Est", "BF", "battle", "JNIM", "Burkinabe security forces",
      killed=11,
      evidence="In the east of the country, fighters of JNIM attacked the gendarmerie post in Partiaga on Saturday, according to local sources and the security ministry. The ministry said eleven gendarmes were killed and that the post had been reinforced on Sunday. The group claimed on its channels to have killed thirty.",
      note="the government's count of its own losses (11) is used; JNIM's claim of 30 is not"),
],
figures=[
    F("killed", 1000, "Burkina Faso", "The armed forces say they have neutralised more than 1,000 terrorists in operations since July.", note="army claim, cumulative"),
])

R("b13-21", "2019-10-16", "https://example-sportsfaso.bf/football/2019-10-16-etalons-siege",
"""
Etalons lay siege to Libya's goal but fire blanks in Ouagadougou stalemate

OUAGADOUGOU, October 16 (Sports Faso) - Burkina Faso's Etalons laid siege to the Libyan goal for most of Tuesday night's friendly at the Stade du 4-Aout but could not find a way through, and the match ended 0-0.

Coach Issouf Kaboré sent his side out in an attacking 4-3-3, and the wingers bombarded the box with crosses from the first whistle. Winger Abdoul Zongo fired a shot against the post after twenty minutes, the closest the hosts came to breaking the deadlock.

Libya's keeper was the hero of the night. He dived to his left to deny a header from a corner and then smothered a point-blank strike in the dying minutes.

"We killed the game in midfield but we lacked a killer instinct up front," Kaboré told reporters. "In two weeks nobody will remember this result, only how we attack."

The visitors, who play their home matches abroad because of the security situation in their country, defended in a low block and hit on the counter. Their striker was booked for a late tackle that left a Burkinabe defender limping.

Around 18,000 fans filled the stands despite the heat. Many of them waved flags in honour of the soldiers serving in the north of the country, and the players observed a minute of silence before kick-off.

The Etalons now turn to the qualifiers for the Africa Cup of Nations next month. Kaboré said he would call up two young forwards from the domestic league for the camp.
""",
)
# ---------------------------------------------------------------- Pakistan
R("b13-22", "2023-03-08", "https://example-frontierdispatch.pk/2023/03/08/baka-khel-police-station-attack",
"""
Four policemen, three attackers killed in assault on Bannu police station

BANNU, March 8 (Frontier Dispatch) - Four policemen and three of their attackers were killed when militants stormed a police station in Baka Khel, in Bannu district, late on Tuesday, police officials said.

The assailants, armed with rifles and hand grenades, came under heavy fire from the guards on the roof and withdrew after a gunfight that lasted about two hours. The bodies of three of them were found near the boundary wall on Wednesday morning.

Among the dead policemen was the station house officer, Inspector Gul Rehman, 44. Six other policemen were wounded and taken to the district headquarters hospital.

The banned Tehrik-i-Taliban Pakistan claimed responsibility on Wednesday in a message sent to journalists. It said the attack was in revenge for the killing of one of its commanders.

Earlier on Tuesday, a remote-controlled bomb hit a police van near Tajori, in neighbouring Lakki Marwat district, wounding three constables. No one claimed that blast.

Attacks on police in Khyber Pakhtunkhwa have killed more than 100 officers since January, according to the provincial police department. Most of them took place in the southern districts bordering North and South Waziristan.

"Our men are on the front line with old rifles and no night vision," a senior officer in Bannu said, asking not to be named. "The militants come with better equipment than we have."

The provincial government announced extra funds for police stations in the south and promised to replace the vehicles lost this year.
""",
events=[
    E("TTP militants stormed the Baka Khel police station: four policemen and three attackers killed, six policemen wounded.",
      "2023-03-07", "'late on Tuesday' before publication Wednesday 2023-03-08 -> Tuesday 2023-03-07",
      "Baka Khel", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
      killed=7, wounded=6,
      evidence="Four policemen and three of their attackers were killed when militants stormed a police station in Baka Khel, in Bannu district, late on Tuesday, police officials said. [...] Six other policemen were wounded and taken to the district headquarters hospital. [...] The banned Tehrik-i-Taliban Pakistan claimed responsibility on Wednesday in a message sent to journalists.",
      note="4 police + 3 attackers = 7; attackers counted by the defending side"),
    E("Remote-controlled bomb hit a police van near Tajori, Lakki Marwat, wounding three constables.",
      "2023-03-07", "'Earlier on Tuesday' before publication Wednesday 2023-03-08 -> Tuesday 2023-03-07",
      "Tajori", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
      wounded=3,
      evidence="Earlier on Tuesday, a remote-controlled bomb hit a police van near Tajori, in neighbouring Lakki Marwat district, wounding three constables. No one claimed that blast.",
      note="no perpetrator named and no claim -> unknown"),
],
figures=[
    F("killed", 100, "Khyber Pakhtunkhwa", "Attacks on police in Khyber Pakhtunkhwa have killed more than 100 officers since January, according to the provincial police department."),
])

R("b13-23", "2022-11-03", "https://example-pakwireservice.com/2022/11/03/ispr-mir-ali-operation",
"""
Two soldiers martyred in North Waziristan operation, ISPR says

RAWALPINDI, November 3 (Pakistan Wire Service) - Two soldiers were martyred during an intelligence-based operation in the general area of Mir Ali, North Waziristan district, on Wednesday, the military's media wing said.

"During the operation, own troops effectively engaged the terrorists' location. Resultantly, six terrorists were killed," the Inter-Services Public Relations (ISPR) said in a statement. Weapons and ammunition were recovered, it added.

The martyred soldiers were identified as Naik Sher Zaman, 31, and Sepoy Adil Khan, 23. Their funeral prayers were offered at the garrison in Bannu.

In a separate incident, terrorists opened fire on a security forces' post in Datta Khel on Tuesday night. Troops responded, and one soldier embraced shahadat in the exchange of fire, the ISPR said.

Police in Miranshah said on Thursday that a policeman escorting a polio vaccination team had been shot dead by unknown gunmen in the town's main bazaar on Wednesday evening. The vaccinators escaped unhurt.

The military says 64 terrorists have been killed in operations in North Waziristan so far this year. Residents of the district have staged several sit-ins demanding an end to targeted killings and curfews.

The security forces are determined to wipe out the menace of terrorism, the statement said, and such "cowardly acts" would not weaken their resolve.
""",
events=[
    E("Intelligence-based operation by security forces in Mir Ali: two soldiers killed; ISPR claims six militants killed.",
      "2022-11-02", "'on Wednesday' before publication Thursday 2022-11-03 -> Wednesday 2022-11-02",
      "Mir Ali", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
      killed=2,
      evidence="Two soldiers were martyred during an intelligence-based operation in the general area of Mir Ali, North Waziristan district, on Wednesday, the military's media wing said. [...] \"During the operation, own troops effectively engaged the terrorists' location. Resultantly, six terrorists were killed,\" the Inter-Services Public Relations (ISPR) said in a statement.",
      note="the attacking side's count of enemy dead (six) is a claim and is not used; its own two dead are"),
    E("Militants fired on a security forces' post in Datta Khel; one soldier killed.",
      "2022-11-01", "'on Tuesday night' before publication Thursday 2022-11-03 -> Tuesday 2022-11-01",
      "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
      killed=1,
      evidence="In a separate incident, terrorists opened fire on a security forces' post in Datta Khel on Tuesday night. Troops responded, and one soldier embraced shahadat in the exchange of fire, the ISPR said."),
    E("Unknown gunmen shot dead a policeman escorting a polio team in Miranshah bazaar.",
      "2022-11-02", "'on Wednesday evening' before publication Thursday 2022-11-03 -> Wednesday 2022-11-02",
      "Miranshah", "Khyber Pakhtunkhwa", "PK", "other", "militants (unidentified)", "Pakistani security forces",
      killed=1,
      evidence="Police in Miranshah said on Thursday that a policeman escorting a polio vaccination team had been shot dead by unknown gunmen in the town's main bazaar on Wednesday evening.",
      note="targeted killing of a policeman -> other"),
],
figures=[
    F("killed", 64, "North Waziristan", "The military says 64 terrorists have been killed in operations in North Waziristan so far this year."),
])

R("b13-24", "2024-05-10", "https://example-balochistanledger.pk/2024/05/10/kalat-n25-labourers",
"""
Six labourers from Punjab shot dead on N-25 in Kalat; BLA claims killing

QUETTA, May 10 (Balochistan Ledger) - Gunmen stopped vehicles on the N-25 highway near Mangochar, in Kalat district, late on Wednesday, checked the passengers' identity cards and shot dead six labourers from Punjab, the deputy commissioner said.

A seventh man, who was hit in the shoulder and lay still among the bodies, was found by a passing truck driver the next morning and taken to the Civil Hospital in Quetta.

The outlawed Baloch Liberation Army claimed the killings on Thursday, saying the men were "agents" working for the security agencies. The victims' families said they were construction workers building a water tank in the area.

"My brother went there to earn 1,500 rupees a day," said Muhammad Aslam, speaking by phone from Bahawalpur. "He did not know anything about politics."

On Thursday evening, two men on a motorcycle threw a hand grenade into a shop in Turbat's main bazaar, wounding five people, police said. No group claimed the attack.

Attacks on workers from Punjab have killed more than 20 people in Balochistan since January, according to a tally by the provincial home department.

The chief minister condemned the killings and ordered extra checkpoints on the highway between Quetta and Karachi. Traffic on the N-25 was suspended for several hours on Thursday while police searched the area.
""",
events=[
    E("Gunmen stopped vehicles on the N-25 near Mangochar and shot dead six labourers from Punjab, wounding a seventh; BLA claimed.",
      "2024-05-08", "'late on Wednesday' before publication Friday 2024-05-10 -> Wednesday 2024-05-08",
      "Mangochar", "Balochistan", "PK", "attack_on_civilians", "Baloch Liberation Army", "civilians",
      killed=6, wounded=1,
      evidence="Gunmen stopped vehicles on the N-25 highway near Mangochar, in Kalat district, late on Wednesday, checked the passengers' identity cards and shot dead six labourers from Punjab, the deputy commissioner said. [...] A seventh man, who was hit in the shoulder and lay still among the bodies, was found by a passing truck driver the next morning and taken to the Civil Hospital in Quetta. [...] The outlawed Baloch Liberation Army claimed the killings on Thursday, saying the men were \"agents\" working for the security agencies."),
    E("Two men on a motorcycle threw a grenade into a shop in Turbat's main bazaar, wounding five.",
      "2024-05-09", "'On Thursday evening' before publication Friday 2024-05-10 -> Thursday 2024-05-09",
      "Turbat", "Balochistan", "PK", "explosion", "militants (unidentified)", "civilians",
      wounded=5,
      evidence="On Thursday evening, two men on a motorcycle threw a hand grenade into a shop in Turbat's main bazaar, wounding five people, police said. No group claimed the attack.",
      note="unnamed attackers, no claim -> militants (unidentified)"),
],
figures=[
    F("killed", 20, "Balochistan", "Attacks on workers from Punjab have killed more than 20 people in Balochistan since January, according to a tally by the provincial home department."),
])

R("b13-25", "2019-06-26", "https://example-quettatimes.pk/2019/06/26/mastung-fc-blast",
"""
Motorcycle bomb kills two FC men, passer-by in Mastung

QUETTA, June 26 (Quetta Times) - Two Frontier Corps personnel and a passer-by were killed and four other people wounded on Tuesday when a bomb planted on a parked motorcycle went off next to an FC vehicle in Mastung, about 50 km south of Quetta, officials said.

The vehicle was carrying a patrol back to its camp after escorting a convoy of trucks, said the deputy commissioner. The bomb was detonated by remote control, according to the bomb disposal squad.

The Islamic State group said in a statement carried by its Amaq news agency on Wednesday that its fighters were behind the blast.

Separately, the Counter-Terrorism Department said it had arrested four suspects in a raid on a house in Quetta's Satellite Town on Tuesday night. A CTD constable was injured in a brief exchange of fire. Explosives, detonators and two suicide vests were seized, a spokesman said.

The CTD says it has arrested 35 suspects in Balochistan this month.

Mastung has seen several deadly attacks in recent years. In April, a bombing at a vegetable market in Quetta's Hazarganji area killed 20 people, most of them members of the Hazara community.

Traders in Mastung closed their shops on Wednesday to protest against the insecurity. The provincial government announced compensation for the family of the passer-by, a 19-year-old student.
""",
events=[
    E("Remote-detonated motorcycle bomb next to an FC vehicle in Mastung: two FC personnel and a passer-by killed, four wounded; IS claimed.",
      "2019-06-25", "'on Tuesday' before publication Wednesday 2019-06-26 -> Tuesday 2019-06-25",
      "Mastung", "Balochistan", "PK", "explosion", "Islamic State", "Pakistani security forces",
      killed=3, wounded=4,
      evidence="Two Frontier Corps personnel and a passer-by were killed and four other people wounded on Tuesday when a bomb planted on a parked motorcycle went off next to an FC vehicle in Mastung, about 50 km south of Quetta, officials said. [...] The Islamic State group said in a statement carried by its Amaq news agency on Wednesday that its fighters were behind the blast.",
      note="2 FC + 1 passer-by = 3"),
    E("CTD raid in Quetta's Satellite Town: four suspects arrested, one constable injured.",
      "2019-06-25", "'on Tuesday night' before publication Wednesday 2019-06-26 -> Tuesday 2019-06-25",
      "Satellite Town", "Balochistan", "PK", "arrest", "Pakistani security forces", "militants (unidentified)",
      wounded=1, arrested=4,
      evidence="Separately, the Counter-Terrorism Department said it had arrested four suspects in a raid on a house in Quetta's Satellite Town on Tuesday night. A CTD constable was injured in a brief exchange of fire."),
],
figures=[
    F("arrested", 35, "Balochistan", "The CTD says it has arrested 35 suspects in Balochistan this month."),
    F("killed", 20, "Hazarganji", "In April, a bombing at a vegetable market in Quetta's Hazarganji area killed 20 people, most of them members of the Hazara community.", note="background incident two months earlier, outside the news window"),
])
# ---------------------------------------------------------------- Gaza, Israel, Lebanon
R("b13-26", "2024-06-12", "https://example-levantdesk.com/gaza/2024/06/12/nuseirat-house-strike",
"""
Strike on Nuseirat house kills 11, five of them children, civil defence says

DEIR AL-BALAH, June 12 (Levant Desk) - Eleven people, five of them children, were killed when an Israeli air strike flattened a three-storey house in the Nuseirat refugee camp late on Monday, the Gaza civil defence agency said.

At least 20 others were wounded, many of them neighbours whose homes were damaged by the blast. Rescuers worked through the night with shovels and their hands because they had no heavy machinery.

The Israeli military said its aircraft had struck "a Hamas terrorist operating from a building in central Gaza" and that it was reviewing reports of civilian casualties.

Before dawn on Tuesday, an Israeli drone strike on a tent in al-Mawasi, west of Khan Younis, killed three members of one family, medics at Nasser Hospital said. The area had been declared a humanitarian zone by the army in May.

The armed wing of Hamas said on Tuesday that its fighters had fired mortar rounds at Israeli troops gathered near the Rafah crossing. The military did not comment on the claim.

The health ministry in the Hamas-run territory says at least 37,164 Palestinians have been killed in Gaza since the war began on October 7. Israel says around 300 of its soldiers have been killed since the start of its ground operation.

"We moved to Nuseirat because they told us it was safe," said Umm Khaled, who lost her sister in Monday's strike. "There is no safe place. There never was."

Negotiators in Cairo and Doha were still discussing a ceasefire proposal, with no sign of a breakthrough.
""",
events=[
    E("Israeli air strike flattened a house in Nuseirat camp: eleven killed including five children, at least 20 wounded.",
      "2024-06-10", "'late on Monday' before publication Wednesday 2024-06-12 -> Monday 2024-06-10",
      "Nuseirat refugee camp", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
      killed=11, wounded=20,
      evidence="Eleven people, five of them children, were killed when an Israeli air strike flattened a three-storey house in the Nuseirat refugee camp late on Monday, the Gaza civil defence agency said. [...] At least 20 others were wounded, many of them neighbours whose homes were damaged by the blast."),
    E("Israeli drone strike on a tent in al-Mawasi, west of Khan Younis, killed three members of a family.",
      "2024-06-11", "'Before dawn on Tuesday' before publication Wednesday 2024-06-12 -> Tuesday 2024-06-11",
      "al-Mawasi", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
      killed=3,
      evidence="Before dawn on Tuesday, an Israeli drone strike on a tent in al-Mawasi, west of Khan Younis, killed three members of one family, medics at Nasser Hospital said."),
    E("Hamas's armed wing says it fired mortar rounds at Israeli troops near the Rafah crossing.",
      None, "Hamas 'said on Tuesday' (2024-06-11, reporting day); firing day not stated",
      "Rafah crossing", "Gaza Strip", "PS", "explosion", "Hamas", "Israeli security forces",
      evidence="The armed wing of Hamas said on Tuesday that its fighters had fired mortar rounds at Israeli troops gathered near the Rafah crossing. The military did not comment on the claim.",
      note="unverified claim, no casualties given"),
],
figures=[
    F("killed", 37164, "Gaza", "The health ministry in the Hamas-run territory says at least 37,164 Palestinians have been killed in Gaza since the war began on October 7."),
    F("killed", 300, "Gaza", "Israel says around 300 of its soldiers have been killed since the start of its ground operation."),
])

R("b13-27", "2023-11-15", "https://example-negevherald.co.il/2023/11/15/sderot-rocket-beit-hanoun",
"""
Rocket hits Sderot street; reservist killed in Beit Hanoun fighting

SDEROT, November 15 (Negev Herald) - A rocket fired from the Gaza Strip struck a residential street in Sderot on Tuesday afternoon, wounding two people, one of them seriously, the Magen David Adom rescue service said.

The Qassam Brigades, the armed wing of Hamas, said it had fired "a rocket barrage" at the town in response to what it called Israeli massacres. Most of Sderot's residents left the town after the October 7 attack, in which about 1,200 people were killed in southern Israel.

The army announced on Wednesday that a reservist, Staff Sergeant Eliav Ben-Ami, 27, from Beersheba, had been killed in fighting in Beit Hanoun, in the north of the Gaza Strip, on Monday. He was the 48th soldier killed since the ground operation began.

According to the army, troops operating in Beit Hanoun had located tunnel shafts and killed "dozens of terrorists" in the previous days.

Palestinian Islamic Jihad's armed wing, the Al-Quds Brigades, said its fighters had blown up an Israeli tank in the Sheikh Radwan area of Gaza City. The army did not confirm any such incident.

"We hear the booms all day from the other side of the fence," said a Sderot resident who returned briefly to collect clothes. "Then the siren, and you have fifteen seconds."

The municipality said it would not reopen schools before January. Families evacuated to hotels in Eilat and the Dead Sea will stay there until further notice.
""",
events=[
    E("Rocket fired by Hamas hit a street in Sderot, wounding two.",
      "2023-11-14", "'on Tuesday afternoon' before publication Wednesday 2023-11-15 -> Tuesday 2023-11-14",
      "Sderot", "Southern District", "IL", "explosion", "Hamas", "civilians",
      wounded=2,
      evidence="A rocket fired from the Gaza Strip struck a residential street in Sderot on Tuesday afternoon, wounding two people, one of them seriously, the Magen David Adom rescue service said. [...] The Qassam Brigades, the armed wing of Hamas, said it had fired \"a rocket barrage\" at the town in response to what it called Israeli massacres."),
    E("Israeli reservist killed in fighting in Beit Hanoun during the ground operation.",
      "2023-11-13", "'on Monday' (announced Wednesday 2023-11-15) -> Monday 2023-11-13",
      "Beit Hanoun", "Gaza Strip", "PS", "battle", "Israeli security forces", "Hamas",
      killed=1,
      evidence="The army announced on Wednesday that a reservist, Staff Sergeant Eliav Ben-Ami, 27, from Beersheba, had been killed in fighting in Beit Hanoun, in the north of the Gaza Strip, on Monday.",
      note="Israeli ground offensive -> Israeli forces initiate; opponent not named in the sentence (Hamas by context); the army's 'dozens of terrorists' is vague and its own claim"),
    E("Al-Quds Brigades claim to have blown up an Israeli tank in Sheikh Radwan; not confirmed.",
      None, "claim without a day",
      "Sheikh Radwan", "Gaza Strip", "PS", "explosion", "Palestinian Islamic Jihad", "Israeli security forces",
      evidence="Palestinian Islamic Jihad's armed wing, the Al-Quds Brigades, said its fighters had blown up an Israeli tank in the Sheikh Radwan area of Gaza City. The army did not confirm any such incident.",
      optional=True),
],
figures=[
    F("killed", 1200, "southern Israel", "Most of Sderot's residents left the town after the October 7 attack, in which about 1,200 people were killed in southern Israel.", note="background incident, outside the news window"),
    F("killed", 48, "Gaza", "He was the 48th soldier killed since the ground operation began.", note="soldiers killed since the ground operation began"),
])

R("b13-28", "2024-03-27", "https://example-southlebanonmonitor.com/2024/03/27/metula-nabatieh-khiam",
"""
Hezbollah missile hits Metula house; Israeli drone kills two near Nabatieh

BEIRUT, March 27 (South Lebanon Monitor) - Hezbollah fighters fired an anti-tank missile at a house in the Israeli border town of Metula on Tuesday, causing heavy damage but no casualties, Israeli officials said.

The group said it had targeted "a building used by enemy soldiers" in the town, which was evacuated in October.

On Tuesday night, an Israeli drone struck a car on the outskirts of Nabatieh, killing the two men inside. Hezbollah later announced the deaths of two of its fighters, without saying where they were killed.

Israeli artillery shelled the outskirts of Khiam and Kfar Kila on Wednesday morning, Lebanon's state news agency said. It did not report casualties.

Exchanges of fire across the border have taken place almost every day since October 8. At least 330 people have been killed in Lebanon, most of them Hezbollah fighters but including about 50 civilians, according to a tally kept by this outlet. On the Israeli side, the army says ten soldiers and eight civilians have been killed.

More than 90,000 people have fled their homes in south Lebanon, and about 60,000 residents of northern Israel have been evacuated.

"The drones are over us day and night," said Hassan, a grocer in Nabatieh. "We leave the shop open because if we close, there is nothing left."

French and American envoys have been shuttling between Beirut and Israel to prevent a wider war.
""",
events=[
    E("Hezbollah anti-tank missile hit a house in Metula; damage, no casualties.",
      "2024-03-26", "'on Tuesday' before publication Wednesday 2024-03-27 -> Tuesday 2024-03-26",
      "Metula", "Northern District", "IL", "explosion", "Hezbollah", "Israeli security forces",
      killed=0, wounded=0,
      evidence="Hezbollah fighters fired an anti-tank missile at a house in the Israeli border town of Metula on Tuesday, causing heavy damage but no casualties, Israeli officials said.",
      note="Hezbollah says it targeted soldiers; 'no casualties' -> 0/0"),
    E("Israeli drone strike on a car on the outskirts of Nabatieh killed two men (Hezbollah fighters).",
      "2024-03-26", "'On Tuesday night' before publication Wednesday 2024-03-27 -> Tuesday 2024-03-26",
      "Nabatieh", "Nabatieh", "LB", "explosion", "Israeli security forces", "Hezbollah",
      killed=2,
      evidence="On Tuesday night, an Israeli drone struck a car on the outskirts of Nabatieh, killing the two men inside. Hezbollah later announced the deaths of two of its fighters, without saying where they were killed."),
    E("Israeli artillery shelled the outskirts of Khiam.",
      "2024-03-27", "'on Wednesday morning', the publication day Wednesday 2024-03-27",
      "Khiam", "Nabatieh", "LB", "explosion", "Israeli security forces", "unknown",
      evidence="Israeli artillery shelled the outskirts of Khiam and Kfar Kila on Wednesday morning, Lebanon's state news agency said.",
      note="one sentence, two places: split"),
    E("Israeli artillery shelled the outskirts of Kfar Kila.",
      "2024-03-27", "'on Wednesday morning', the publication day Wednesday 2024-03-27",
      "Kfar Kila", "Nabatieh", "LB", "explosion", "Israeli security forces", "unknown",
      evidence="Israeli artillery shelled the outskirts of Khiam and Kfar Kila on Wednesday morning, Lebanon's state news agency said.",
      note="one sentence, two places: split"),
],
figures=[
    F("killed", 330, "Lebanon", "At least 330 people have been killed in Lebanon, most of them Hezbollah fighters but including about 50 civilians, according to a tally kept by this outlet."),
    F("killed", 18, "northern Israel", "On the Israeli side, the army says ten soldiers and eight civilians have been killed.", note="10 soldiers + 8 civilians"),
    F("displaced", 90000, "south Lebanon", "More than 90,000 people have fled their homes in south Lebanon, and about 60,000 residents of northern Israel have been evacuated."),
    F("displaced", 60000, "northern Israel", "More than 90,000 people have fled their homes in south Lebanon, and about 60,000 residents of northern Israel have been evacuated."),
])

R("b13-29", "2024-01-17", "https://example-levantdesk.com/gaza/2024/01/17/kuwait-roundabout-flour-crowd",
"""
Gunfire at crowd awaiting flour trucks in Gaza City; two soldiers killed in Khan Younis

GAZA, January 17 (Levant Desk) - Israeli troops opened fire on a crowd waiting for flour trucks at the Kuwait roundabout, on the southern edge of Gaza City, on Monday evening, killing at least eight people, the health ministry in Gaza said.

The Gaza civil defence agency gave a higher toll of twelve dead and said dozens had been wounded. Witnesses said people had been waiting since the afternoon for the first aid convoy to reach the north in days.

The Israeli military said soldiers had fired "warning shots" at suspects who approached a checkpoint and posed a threat. It disputed the figures given by the ministry.

On Tuesday, two Israeli soldiers were killed when an explosive device planted by Hamas went off at the opening of a tunnel shaft in Khan Younis, the army said. A third soldier was seriously wounded.

The army has been fighting in and around Khan Younis since early December, saying Hamas's leaders are hiding in tunnels beneath the city.

The health ministry says 24,448 people have been killed in Gaza since October 7. The UN estimates that about 1.9 million people, or more than eight in ten of the territory's residents, have been displaced.

"Everyone ran to the trucks, and then the shooting began," said Mahmoud, 19, who was shot in the leg. "I saw men fall around me holding empty sacks."

Aid agencies say only a fraction of the convoys they plan for northern Gaza are allowed through each week.
""",
events=[
    E("Israeli troops fired on a crowd waiting for flour trucks at the Kuwait roundabout: at least eight killed (ministry) or twelve (civil defence), dozens wounded.",
      "2024-01-15", "'on Monday evening' before publication Wednesday 2024-01-17 -> Monday 2024-01-15",
      "Kuwait roundabout", "Gaza Strip", "PS", "attack_on_civilians", "Israeli security forces", "civilians",
      killed=8, killed_high=12,
      evidence="Israeli troops opened fire on a crowd waiting for flour trucks at the Kuwait roundabout, on the southern edge of Gaza City, on Monday evening, killing at least eight people, the health ministry in Gaza said. [...] The Gaza civil defence agency gave a higher toll of twelve dead and said dozens had been wounded. [...] The Israeli military said soldiers had fired \"warning shots\" at suspects who approached a checkpoint and posed a threat.",
      note="conflicting tolls 8 vs 12; the army acknowledges firing; wounded 'dozens' -> null"),
    E("Explosive device planted by Hamas at a tunnel shaft in Khan Younis killed two Israeli soldiers, seriously wounded a third.",
      "2024-01-16", "'On Tuesday' before publication Wednesday 2024-01-17 -> Tuesday 2024-01-16",
      "Khan Younis", "Gaza Strip", "PS", "explosion", "Hamas", "Israeli security forces",
      killed=2, wounded=1,
      evidence="On Tuesday, two Israeli soldiers were killed when an explosive device planted by Hamas went off at the opening of a tunnel shaft in Khan Younis, the army said. A third soldier was seriously wounded."),
],
figures=[
    F("killed", 24448, "Gaza", "The health ministry says 24,448 people have been killed in Gaza since October 7."),
    F("displaced", 1900000, "Gaza", "The UN estimates that about 1.9 million people, or more than eight in ten of the territory's residents, have been displaced."),
])
# ---------------------------------------------------------------- Haiti
R("b13-30", "2024-08-28", "https://example-ayitinouvel.ht/2024/08/28/solino-attaque-gangs",
"""
Gangs burn homes in Solino; at least 12 residents killed

PORT-AU-PRINCE, August 28 (Ayiti Nouvel) - At least twelve residents of Solino were killed when gunmen from the Viv Ansanm gang coalition swept into the neighbourhood late on Sunday, setting fire to dozens of houses, a local rights group said.

Among the dead were an elderly couple who could not flee and the mother of a police officer, according to the Collectif pour la Defense des Quartiers, which sent volunteers into the area on Tuesday.

Residents said the attackers arrived from the direction of Bel Air and fired at anyone in the street. Hundreds of families spent the night in a church and a school in nearby Delmas.

On Monday afternoon, gunmen opened fire on a police armoured vehicle on Delmas 30 as officers tried to reach the neighbourhood. Police returned fire, killing four of the attackers, a police spokesman said, and one officer was wounded in the arm.

The Kenyan-led multinational support mission said it had provided "operational support" to the police but gave no details.

Gang violence has killed more than 3,600 people across Haiti in the first half of the year, according to the UN. About 578,000 people are displaced inside the country, most of them from the capital.

"We had already fled once from Carrefour-Feuilles," said Marie-Claude, 48, who sells charcoal. "Now Solino too. Where do we go next?"

The transitional council promised new patrols in the area but did not say when they would begin.
""",
events=[
    E("Viv Ansanm gunmen attacked Solino, burning houses and killing at least twelve residents.",
      "2024-08-25", "'late on Sunday' before publication Wednesday 2024-08-28 -> Sunday 2024-08-25",
      "Solino", "Ouest", "HT", "attack_on_civilians", "Viv Ansanm", "civilians",
      killed=12,
      evidence="At least twelve residents of Solino were killed when gunmen from the Viv Ansanm gang coalition swept into the neighbourhood late on Sunday, setting fire to dozens of houses, a local rights group said."),
    E("Gunmen fired on a police armoured vehicle on Delmas 30; police killed four attackers, one officer wounded.",
      "2024-08-26", "'On Monday afternoon' before publication Wednesday 2024-08-28 -> Monday 2024-08-26",
      "Delmas 30", "Ouest", "HT", "battle", "Viv Ansanm", "Haitian security forces",
      killed=4, wounded=1,
      evidence="On Monday afternoon, gunmen opened fire on a police armoured vehicle on Delmas 30 as officers tried to reach the neighbourhood. Police returned fire, killing four of the attackers, a police spokesman said, and one officer was wounded in the arm.",
      note="gunmen not named in the sentence; taken as the Viv Ansanm attackers of the same operation; police were attacked, so their count of dead attackers is used"),
],
figures=[
    F("killed", 3600, "Haiti", "Gang violence has killed more than 3,600 people across Haiti in the first half of the year, according to the UN."),
    F("displaced", 578000, "Haiti", "About 578,000 people are displaced inside the country, most of them from the capital."),
])

R("b13-31", "2023-02-22", "https://example-artibonitedirect.ht/2023/02/22/liancourt-gran-grif",
"""
Nine killed as Gran Grif gang raids Liancourt; police substation besieged

SAINT-MARC, February 22 (Artibonite Direct) - At least nine people, among them a Protestant pastor and a 12-year-old girl, were killed on Saturday when members of the Gran Grif gang raided Liancourt, in the lower Artibonite valley, a local official said.

The gunmen came on motorbikes and in a stolen truck shortly after midday, firing at farmers in the rice fields and at passengers waiting for taxis on the main road, said the deputy mayor, Jean-Robert Pierre. Several homes were looted and burned.

The gang, which controls much of the area around Savien, did not comment.

On Monday, suspected members of the same gang surrounded the police substation in Petite-Rivière-de-l'Artibonite and fired at it for several hours. Two officers were killed before reinforcements arrived from Saint-Marc, the police union said.

More than 20,000 people have fled the lower Artibonite since last year, according to the civil protection office, many of them to Saint-Marc and Gonaives.

Farmers say they can no longer work the rice fields that feed much of the country. "The valley is emptying," said Pierre. "If it goes on, the whole country will go hungry."

In October, an attack on the same road killed 15 people, according to the same official. The national police has only a few dozen officers for the whole area.
""",
events=[
    E("Gran Grif gang raided Liancourt: at least nine killed, homes looted and burned.",
      "2023-02-18", "'on Saturday' before publication Wednesday 2023-02-22 -> Saturday 2023-02-18",
      "Liancourt", "Artibonite", "HT", "attack_on_civilians", "Gran Grif", "civilians",
      killed=9,
      evidence="At least nine people, among them a Protestant pastor and a 12-year-old girl, were killed on Saturday when members of the Gran Grif gang raided Liancourt, in the lower Artibonite valley, a local official said."),
    E("Suspected Gran Grif members besieged the police substation in Petite-Riviere-de-l'Artibonite; two officers killed.",
      "2023-02-20", "'On Monday' before publication Wednesday 2023-02-22 -> Monday 2023-02-20",
      "Petite-Rivière-de-l'Artibonite", "Artibonite", "HT", "battle", "Gran Grif", "Haitian security forces",
      killed=2,
      evidence="On Monday, suspected members of the same gang surrounded the police substation in Petite-Rivière-de-l'Artibonite and fired at it for several hours. Two officers were killed before reinforcements arrived from Saint-Marc, the police union said.",
      note="'the same gang' points back to Gran Grif"),
],
figures=[
    F("displaced", 20000, "lower Artibonite", "More than 20,000 people have fled the lower Artibonite since last year, according to the civil protection office, many of them to Saint-Marc and Gonaives."),
    F("killed", 15, "Liancourt", "In October, an attack on the same road killed 15 people, according to the same official.", note="background incident four months earlier, outside the news window"),
])

R("b13-32", "2022-10-12", "https://example-courrierouest.ht/2022/10/12/kenscoff-infirmieres-enlevees",
"""
Two nurses and driver kidnapped on Kenscoff road; police free businessman in Croix-des-Bouquets

PORT-AU-PRINCE, October 12 (Le Courrier de l'Ouest) - Armed men kidnapped two nurses and their driver from a clinic vehicle on the road to Kenscoff on Monday morning, the clinic's director said.

The three were on their way to a mobile vaccination session in the hills above Petion-Ville when a car blocked the road and four men with rifles forced them out, he said. The kidnappers have demanded 300,000 dollars.

Nobody has claimed the abduction. The director said the clinic would suspend its mobile services until the three are released.

On Tuesday, police said they had freed a businessman held for nine days by the 400 Mawozo gang during an operation in Croix-des-Bouquets. Three gang members were killed in the operation, according to the police, and a reporter from a local radio station said he saw three bodies near the house where the hostage had been kept. One officer was wounded.

The UN says more than 1,100 kidnappings were reported in Haiti between January and September, most of them in the capital.

The capital has been short of fuel for weeks because gangs are blocking the main oil terminal at Varreux. Hospitals have warned that their generators could stop within days.

"We used to worry about cholera and hunger," said a nurse at the clinic. "Now we worry about getting to work alive."
""",
events=[
    E("Armed men kidnapped two nurses and their driver on the road to Kenscoff.",
      "2022-10-10", "'on Monday morning' before publication Wednesday 2022-10-12 -> Monday 2022-10-10",
      "road to Kenscoff", "Ouest", "HT", "other", "militants (unidentified)", "civilians",
      evidence="Armed men kidnapped two nurses and their driver from a clinic vehicle on the road to Kenscoff on Monday morning, the clinic's director said.",
      note="abduction by unnamed armed men; no claim"),
    E("Police operation in Croix-des-Bouquets freed a businessman held by 400 Mawozo; three gang members killed (independently seen), one officer wounded.",
      None, "police said it on Tuesday 2022-10-11, the reporting day; day of the operation not stated",
      "Croix-des-Bouquets", "Ouest", "HT", "battle", "Haitian security forces", "400 Mawozo",
      killed=3, wounded=1,
      evidence="On Tuesday, police said they had freed a businessman held for nine days by the 400 Mawozo gang during an operation in Croix-des-Bouquets. Three gang members were killed in the operation, according to the police, and a reporter from a local radio station said he saw three bodies near the house where the hostage had been kept. One officer was wounded.",
      note="the police's own count is confirmed by an independent witness, so it is used"),
],
figures=[
    F("other", 1100, "Haiti", "The UN says more than 1,100 kidnappings were reported in Haiti between January and September, most of them in the capital.", note="kidnappings"),
])
# ---------------------------------------------------------------- Colombia and Mexico
R("b13-33", "2024-04-24", "https://example-caucaaldia.co/orden-publico/2024/04/24/suarez-moto-bomba",
"""
Motorcycle bomb outside Suarez police station kills passer-by; drones hit army base in El Plateado

POPAYAN, April 24 (Cauca al Dia) - A passer-by was killed and four police officers were wounded on Tuesday morning when an explosive-laden motorcycle blew up outside the police station in Suarez, in northern Cauca, the departmental government said.

The dead man, a 34-year-old street vendor, had been selling coffee on the corner opposite the station. The blast destroyed the front of the building and damaged a dozen houses.

The army's Third Division blamed the Jaime Martinez front, one of the FARC dissident groups that refused to join the 2016 peace deal. The group has not commented.

Overnight, dissidents used drones to drop explosives on a military base in El Plateado, in the municipality of Argelia, wounding two soldiers, the army said.

On Sunday, the bodies of two members of the indigenous guard were found on a path outside Toribio with gunshot wounds, the regional indigenous council said. It did not say who it believed had killed them.

Cauca's ombudsman's office has counted 160 attacks on the security forces in the department so far this year.

In a pamphlet circulated on Monday, the dissidents warned truck drivers that they would burn any vehicle found on the Pan-American Highway after dark. The governor called the threat "an attempt to strangle the department".

"We are living in a war that the rest of the country does not see," the mayor of Suarez said. The national government has sent 300 more soldiers to the region.
""",
events=[
    E("Explosive-laden motorcycle blew up outside the Suarez police station: a passer-by killed, four police wounded; the army blamed the Jaime Martinez front of the FARC dissidents.",
      "2024-04-23", "'on Tuesday morning' before publication Wednesday 2024-04-24 -> Tuesday 2024-04-23",
      "Suarez", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
      killed=1, wounded=4,
      evidence="A passer-by was killed and four police officers were wounded on Tuesday morning when an explosive-laden motorcycle blew up outside the police station in Suarez, in northern Cauca, the departmental government said. [...] The army's Third Division blamed the Jaime Martinez front, one of the FARC dissident groups that refused to join the 2016 peace deal. The group has not commented.",
      note="blamed, not disputed"),
    E("FARC dissidents used drones to drop explosives on the army base in El Plateado, Argelia, wounding two soldiers.",
      "2024-04-23", "'Overnight' before publication Wednesday 2024-04-24 -> night of Tuesday 2024-04-23",
      "El Plateado", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
      wounded=2,
      evidence="Overnight, dissidents used drones to drop explosives on a military base in El Plateado, in the municipality of Argelia, wounding two soldiers, the army said."),
    E("Bodies of two indigenous guards found with gunshot wounds outside Toribio.",
      "2024-04-21", "'On Sunday' before publication Wednesday 2024-04-24 -> Sunday 2024-04-21 (day found)",
      "Toribio", "Cauca", "CO", "attack_on_civilians", "unknown", "civilians",
      killed=2,
      evidence="On Sunday, the bodies of two members of the indigenous guard were found on a path outside Toribio with gunshot wounds, the regional indigenous council said. It did not say who it believed had killed them."),
],
figures=[
    F("other", 160, "Cauca", "Cauca's ombudsman's office has counted 160 attacks on the security forces in the department so far this year.", note="attacks on security forces"),
])

R("b13-34", "2019-09-18", "https://example-revistapaz.co/analisis/2019-09-18-eln-talks-frozen",
"""
Analysis: with talks frozen and old commanders back in arms, Colombia's peace looks fragile

BOGOTA, September 18 (Revista Paz y Region) - Nearly three years after Colombia signed its peace agreement with the FARC, the country's remaining guerrillas and criminal groups are stronger in several regions than at any time since the deal, analysts and community leaders say.

Talks with the ELN, the last active rebel army, have been frozen since the car bombing of the national police academy in Bogota on Thursday, January 17, 2019, which killed 22 cadets. The government has since demanded that the group hand over its commanders in Havana.

Last month, a group of former FARC leaders announced in a video that they were taking up arms again, accusing the state of betraying the agreement. The government called them drug traffickers and offered rewards for their capture.

More than 150 former FARC fighters who laid down their weapons have been killed since 2016, according to the UN verification mission. Social leaders have also been targeted: a local rights group counts 486 killed over the same period.

"Peace was signed in Havana, but it has not arrived in Catatumbo or in the south of Cauca," said a researcher at a Bogota university, asking not to be named. "The state left a vacuum, and others filled it."

In regions such as Norte de Santander and Narino, the ELN, FARC dissidents and the Clan del Golfo are competing for coca routes. Thousands of families have been displaced by the fighting this year, the ombudsman says.

The government insists that security is improving and points to record seizures of cocaine. Critics say the programmes for former fighters and coca farmers are badly underfunded.

Local elections in October will be a test. Several candidates have already received threats, and some have withdrawn.
""",
figures=[
    F("killed", 150, "Colombia", "More than 150 former FARC fighters who laid down their weapons have been killed since 2016, according to the UN verification mission."),
    F("killed", 486, "Colombia", "Social leaders have also been targeted: a local rights group counts 486 killed over the same period."),
    F("killed", 22, "Bogota", "Talks with the ELN, the last active rebel army, have been frozen since the car bombing of the national police academy in Bogota on Thursday, January 17, 2019, which killed 22 cadets.", note="background incident eight months earlier, outside the news window"),
])

R("b13-35", "2021-07-06", "https://example-tierracalientehoy.mx/seguridad/2021/07/06/drones-el-aguaje",
"""
Cartel drones drop explosives on El Aguaje; two National Guards killed near Aguililla

MORELIA, July 6 (Tierra Caliente Hoy) - Drones loaded with explosives were dropped on houses in El Aguaje, a hamlet in the municipality of Aguililla, on Sunday, wounding three residents, among them a teenage girl, local authorities said.

Residents blamed the Jalisco New Generation Cartel, which has been fighting rival groups for control of the Tierra Caliente region. The cartel has used armed drones in the area since last year.

On Monday, a National Guard patrol came under fire on the road between Apatzingan and Aguililla. Two guardsmen were killed and three were wounded, the state security ministry said. The attackers fled into the hills before reinforcements arrived, and nobody has been arrested.

The bodies of five men were found on Saturday in a ravine near Uruapan, the state prosecutor's office said. They had been tied and shot. None had been identified by Tuesday.

Michoacan recorded 1,350 homicides in the first half of the year, according to official figures, one of the highest totals in the country.

"We live locked in our houses and the roads are closed by the cartels," said a priest in Aguililla. "Food arrives only when the army escorts the trucks."

The governor asked the federal government for more troops and said a new base would open in the region before the end of the month. Teachers in El Aguaje have not held classes since May.
""",
events=[
    E("Explosive drones dropped on houses in El Aguaje, Aguililla: three residents wounded; residents blamed the CJNG.",
      "2021-07-04", "'on Sunday' before publication Tuesday 2021-07-06 -> Sunday 2021-07-04",
      "El Aguaje", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "civilians",
      wounded=3,
      evidence="Drones loaded with explosives were dropped on houses in El Aguaje, a hamlet in the municipality of Aguililla, on Sunday, wounding three residents, among them a teenage girl, local authorities said. [...] Residents blamed the Jalisco New Generation Cartel, which has been fighting rival groups for control of the Tierra Caliente region.",
      note="passive; blame given in the next paragraph, not disputed"),
    E("National Guard patrol came under fire on the Apatzingan-Aguililla road: two guardsmen killed, three wounded.",
      "2021-07-05", "'On Monday' before publication Tuesday 2021-07-06 -> Monday 2021-07-05",
      "road between Apatzingan and Aguililla", "Michoacán", "MX", "battle", "militants (unidentified)", "Mexican security forces",
      killed=2, wounded=3,
      evidence="On Monday, a National Guard patrol came under fire on the road between Apatzingan and Aguililla. Two guardsmen were killed and three were wounded, the state security ministry said."),
    E("Bodies of five men, tied and shot, found in a ravine near Uruapan.",
      "2021-07-03", "'on Saturday' before publication Tuesday 2021-07-06 -> Saturday 2021-07-03 (day found)",
      "near Uruapan", "Michoacán", "MX", "attack_on_civilians", "unknown", "civilians",
      killed=5,
      evidence="The bodies of five men were found on Saturday in a ravine near Uruapan, the state prosecutor's office said. They had been tied and shot."),
],
figures=[
    F("killed", 1350, "Michoacán", "Michoacan recorded 1,350 homicides in the first half of the year, according to official figures, one of the highest totals in the country."),
])

R("b13-36", "2020-11-25", "https://example-agronegocios.mx/2020/11/25/aguacate-guerra-precios",
"""
Avocado exporters fight a price war on two fronts as costs climb

URUAPAN, November 25 (AgroNegocios) - Michoacan's avocado exporters are fighting a price war on two fronts this season: a flood of fruit from Jalisco and Peru on one side, and rising security costs on the other, industry representatives said on Wednesday.

Prices paid to growers have fallen by almost a fifth since September, according to the regional packers' association. Packers say buyers in the United States are using the oversupply to attack margins.

Growers also complain of extortion. In a survey published this month by a business chamber in Uruapan, 41 percent of orchard owners said they had paid "cuotas" to criminal groups in the past year, and many said they spend more on private guards than on fertiliser.

"Every kilo we ship has a hidden tax on it," said an exporter who asked not to be named. "We are under siege, but the fruit keeps going north."

The association said exports to the US were nonetheless on course for a record of more than 1.1 million tonnes this year. Packhouses in Uruapan and Tancitaro are hiring extra workers for the winter peak.

The state government has promised more patrols on the roads used by fruit trucks and a hotline for extortion victims. Growers say previous promises brought few results.

Analysts expect prices to recover in January, when demand rises ahead of the Super Bowl in the United States. Until then, smaller producers will be the first casualties of the glut, one trader warned.
""",
figures=[
    F("other", 41, "Uruapan", "In a survey published this month by a business chamber in Uruapan, 41 percent of orchard owners said they had paid \"cuotas\" to criminal groups in the past year, and many said they spend more on private guards than on fertiliser.", note="percent of orchard owners paying extortion"),
])

# ---------------------------------------------------------------- checks
TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}
COUNTRIES = {"UA", "MM", "SD", "CD", "BF", "PK", "PS", "IL", "LB", "HT", "CO", "MX"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD = "|".join(WEEKDAYS)
MO = "|".join(MONTHS)
ISO = r"(\d{4}-\d{2}-\d{2})"
SPLIT = " [...] "

problems = []


def fail(rid, msg):
    problems.append(f"{rid}: {msg}")


def day(s):
    return datetime.date.fromisoformat(s)


def sentences(body):
    # rough count of sentences in the body (headline excluded)
    parts = re.split(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z0-9])', body.strip())
    return [p for p in parts if p.strip()]


def check_evidence(rid, where, text, ev):
    if not ev or not ev.strip():
        fail(rid, f"{where}: empty evidence")
        return
    for piece in ev.split(SPLIT):
        if piece not in text:
            fail(rid, f"{where}: evidence piece not verbatim: {piece[:90]!r}")


def check_weekday_pairs(rid, where, s):
    """'Tuesday 2024-05-21' or '2024-05-21 (Tuesday)' must be true calendar facts."""
    pairs = [(m.group(1), m.group(2)) for m in re.finditer(rf"\b({WD}) {ISO}", s)]
    pairs += [(m.group(2), m.group(1)) for m in re.finditer(rf"{ISO} \(({WD})\)", s)]
    for wd, iso in pairs:
        real = WEEKDAYS[day(iso).weekday()]
        if real != wd:
            fail(rid, f"{where}: {iso} is a {real}, not a {wd}")
    return pairs


def check_report(i, r):
    rid = r["id"]
    want = f"b13-{i + 1:02d}"
    if rid != want:
        fail(rid, f"id out of order, expected {want}")
    text = r["text"]
    pub = day(r["published"])
    if not r["url"].startswith("https://example-"):
        fail(rid, "url not on an example- domain")
    lines = text.split("\n")
    if not lines[0].strip() or lines[1].strip():
        fail(rid, "first line must be a headline followed by a blank line")
    body = "\n".join(lines[2:])
    n = len(sentences(body))
    if not 8 <= n <= 25:
        fail(rid, f"{n} sentences in the body, want 8-25")
    # dateline "CITY, Month D (Outlet) -" must equal the publication date
    m = re.match(rf"([A-Z][A-Z .'\-]+), ({MO}) (\d{{1,2}}) \(([^)]+)\) - ", body)
    if m:
        if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
            fail(rid, f"dateline {m.group(2)} {m.group(3)} differs from published {pub}")
        r["dateline"] = True
    else:
        r["dateline"] = False
        if re.match(rf"[A-Z][A-Z .'\-]+, ({MO})", body):
            fail(rid, "dateline-like opening that does not parse")
    # "Weekday, D Month YYYY" and "Weekday, Month D, YYYY" in the text must be true
    for m in re.finditer(rf"\b({WD}), (\d{{1,2}}) ({MO}) (\d{{4}})", text):
        d = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            fail(rid, f"text says {m.group(0)!r} but that day is a {WEEKDAYS[d.weekday()]}")
    for m in re.finditer(rf"\b({WD}), ({MO}) (\d{{1,2}}),? (\d{{4}})", text):
        d = datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            fail(rid, f"text says {m.group(0)!r} but that day is a {WEEKDAYS[d.weekday()]}")
    for k, e in enumerate(r["events"]):
        where = f"event {k}"
        for key in ("summary", "date_note", "place", "admin", "country", "type", "actor1", "actor2"):
            if not isinstance(e.get(key), str) or not e[key].strip():
                fail(rid, f"{where}: missing {key}")
        if e["type"] not in TYPES:
            fail(rid, f"{where}: type {e['type']!r} not in the schema")
        if e["country"] not in COUNTRIES:
            fail(rid, f"{where}: country {e['country']!r}")
        if e["date"] is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
                fail(rid, f"{where}: bad date {e['date']!r}")
            elif day(e["date"]) > pub:
                fail(rid, f"{where}: event date {e['date']} after publication {pub}")
            elif (pub - day(e["date"])).days > 40:
                fail(rid, f"{where}: event date {e['date']} outside the news window")
        pairs = check_weekday_pairs(rid, where, e["date_note"])
        # a weekday word outside quotes in the note must be paired with its date
        bare = re.sub(r"'[^']*'", "", e["date_note"])
        for wd in re.findall(rf"\b({WD})\b", bare):
            if wd not in [p[0] for p in pairs]:
                fail(rid, f"{where}: weekday {wd} in date_note without its date")
        if e["date"] is not None and e["date"] not in e["date_note"]:
            fail(rid, f"{where}: date_note does not name the date {e['date']}")
        for key in ("killed", "killed_high", "wounded", "wounded_high", "arrested"):
            v = e.get(key)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                fail(rid, f"{where}: {key} must be a non-negative integer or null")
        for key in ("killed", "wounded"):
            lo, hi = e.get(key), e.get(key + "_high")
            if hi is not None and (lo is None or hi < lo):
                fail(rid, f"{where}: {key}_high {hi} without a lower {key} ({lo})")
        if e["type"] == "arrest" and e.get("arrested") is None:
            fail(rid, f"{where}: arrest without an arrested count")
        if "optional" in e and e["optional"] is not True:
            fail(rid, f"{where}: optional must be true or absent")
        check_evidence(rid, where, text, e["evidence"])
    for k, f in enumerate(r["figures"]):
        where = f"figure {k}"
        if f["what"] not in FIGURE_WHAT:
            fail(rid, f"{where}: what {f['what']!r}")
        if not isinstance(f["value"], int) or f["value"] < 0:
            fail(rid, f"{where}: value must be a non-negative integer")
        check_evidence(rid, where, text, f["evidence"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if len(REPORTS) != 36:
        problems.append(f"{len(REPORTS)} reports, want 36")
    for i, r in enumerate(REPORTS):
        check_report(i, r)
    for a, b in zip(REPORTS, REPORTS[1:]):
        if a["url"] == b["url"]:
            problems.append(f"{b['id']}: duplicate url")
    if len({r["url"] for r in REPORTS}) != len(REPORTS):
        problems.append("duplicate urls")
    empty = [r["id"] for r in REPORTS if not r["events"]]
    if not 5 <= len(empty) <= 7:
        problems.append(f"{len(empty)} reports without incidents, want about 6")
    for r in REPORTS:
        if r["events"] and not 1 <= len(r["events"]) <= 4:
            problems.append(f"{r['id']}: {len(r['events'])} incidents, want 1-4")
    if problems:
        print("make.py: checks failed:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fd, \
         open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fg:
        for r in REPORTS:
            fd.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                 "url": r["url"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]},
                                ensure_ascii=False) + "\n")
    ev = [e for r in REPORTS for e in r["events"]]
    print(f"ok: {len(REPORTS)} reports, {len(ev)} events "
          f"({sum(1 for e in ev if e.get('optional'))} optional), "
          f"{sum(len(r['figures']) for r in REPORTS)} figures, {len(empty)} without incidents, "
          f"{sum(1 for r in REPORTS if r['dateline'])} with datelines")
    if "--stats" in sys.argv:
        from collections import Counter
        print("by country:", dict(Counter(e["country"] for e in ev)))
        print("by type:", dict(Counter(e["type"] for e in ev)))
        print("actor1:", dict(Counter(e["actor1"] for e in ev)))
        print("years:", dict(Counter(r["published"][:4] for r in REPORTS)))
        for r in REPORTS:
            print(r["id"], r["published"], len(sentences("\n".join(r["text"].split("\n")[2:]))), "sentences",
                  len(r["events"]), "events", len(r["figures"]), "figures")


if __name__ == "__main__":
    main()
