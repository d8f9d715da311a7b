#!/usr/bin/env python3
"""probe-holdout16: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep.

Theme: an ordinary month of conflict news from around the world, 2014-2024, as an analyst's feed
would bring it (wire copy, regional dailies, official statements; 19 countries; battles, bombings,
air and drone strikes, attacks on civilians, abductions, arrests and territory changes; tolls told
plainly and indirectly; actors told by name, nominalisation, back-reference and later claim).

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
# h16-01 .. h16-09
# ---------------------------------------------------------------------------

report("h16-01", "2019-03-12", "https://www.example-diyalapost.com/security/2019/03/12/abu-saida-hashd-post-attacked",
"""
Four Hashd fighters killed in Diyala night attack; roadside bomb hits farm workers' minibus

BAQUBAH, March 12 (Diyala Post) - Four fighters of the Popular Mobilisation were killed and three wounded late on Sunday when Islamic State militants attacked their post in the orchards outside Abu Saida, north-east of Baqubah, a spokesman for the Hashd in Diyala said.

The attackers used rifles fitted with thermal sights and withdrew towards the Hemrin foothills before reinforcements arrived, the spokesman said. "They know every irrigation ditch in these orchards," he told the Diyala Post.

On Monday morning a roadside bomb tore through a minibus carrying day labourers on the road between Muqdadiyah and Baladrooz. A doctor at Muqdadiyah general hospital said the bodies of two men and a woman had been brought in, and that five other passengers were being treated for burns and shrapnel wounds. No group said it had planted the device, but provincial police officials blamed Islamic State cells that still move between the villages of the district.

Hours later, intelligence officers of the Diyala police command detained two men in Khan Bani Saad who they said had supplied the militants with food and fuel. A third suspect escaped, a police source said.

Residents of Abu Saida said the attack had revived memories of the years when the group held large parts of the province. Islamic State was driven out of Diyala in early 2015, and Baghdad declared victory over it nationwide in December 2017, but its remaining fighters still raid checkpoints and farms at night.

According to the Muqdadiyah district council, about 1,200 displaced families from the villages around Abu Saida have yet to return to their homes, citing poor security and destroyed irrigation canals.
""",
events=[
    ev("Islamic State militants attacked a Popular Mobilization Forces post in the orchards outside Abu Saida, killing four fighters and wounding three.",
       "2019-03-10", "‘late on Sunday’ before the Tuesday 2019-03-12 dateline: Sunday 2019-03-10",
       "Abu Saida", "Diyala", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       4, None, 3, None,
       "Four fighters of the Popular Mobilisation were killed and three wounded late on Sunday when Islamic State militants attacked their post in the orchards outside Abu Saida, north-east of Baqubah, a spokesman for the Hashd in Diyala said."),
    ev("A roadside bomb hit a minibus of day labourers on the Muqdadiyah-Baladrooz road; the hospital received the bodies of two men and a woman and treated five wounded. Police blamed Islamic State cells.",
       "2019-03-11", "‘On Monday morning’ before the Tuesday 2019-03-12 dateline: Monday 2019-03-11",
       "road between Muqdadiyah and Baladrooz", "Diyala", "IQ", "explosion", "Islamic State", "civilians",
       3, None, 5, None,
       "On Monday morning a roadside bomb tore through a minibus carrying day labourers on the road between Muqdadiyah and Baladrooz. A doctor at Muqdadiyah general hospital said the bodies of two men and a woman had been brought in, and that five other passengers were being treated for burns and shrapnel wounds. No group said it had planted the device, but provincial police officials blamed Islamic State cells that still move between the villages of the district.",
       note="toll told indirectly (bodies of two men and a woman = 3); no claim, police blame Islamic State and nobody denies it"),
    ev("Diyala police intelligence officers detained two men in Khan Bani Saad accused of supplying the militants with food and fuel; a third escaped.",
       "2019-03-11", "‘Hours later’ than the bombing ‘On Monday morning’, before the Tuesday 2019-03-12 dateline: Monday 2019-03-11",
       "Khan Bani Saad", "Diyala", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Hours later, intelligence officers of the Diyala police command detained two men in Khan Bani Saad who they said had supplied the militants with food and fuel.",
       arrested=2),
],
figures=[
    fig("displaced", 1200, "villages around Abu Saida",
        "about 1,200 displaced families from the villages around Abu Saida have yet to return to their homes",
        note="families, not people"),
])

report("h16-02", "2014-10-08", "https://www.example-horndispatch.com/somalia/2014/10/08/kurtunwarey-troops-enter",
"""
Somali and AU troops enter Kurtunwarey; suicide car bomb hits convoy near Shalambood

MOGADISHU, October 8 (Horn Dispatch) - Somali government soldiers backed by African Union troops entered the town of Kurtunwarey in Lower Shabelle on Monday after al-Shabaab fighters pulled out overnight, the regional governor said, the latest town to change hands in an offensive that began in August.

"The enemy ran before we arrived. There was no fighting in the town itself," the governor told reporters by telephone, adding that residents had come out to greet the troops. A spokesman for the AU mission, AMISOM, confirmed that the town was in the hands of the allied forces.

A day later, a suicide bomber drove a car packed with explosives into an AMISOM supply convoy near Shalambood, on the road between Afgooye and Marka. An AU officer said the bomber and two Ugandan soldiers died and four soldiers were wounded. In a statement on its radio station, al-Shabaab said the "martyrdom operation" had killed more than 20 "crusaders".

In Mogadishu, two gunmen with pistols shot dead a government intelligence officer outside a tea shop near Bakara market on Monday evening and escaped on foot, police said. A police spokesman blamed al-Shabaab, which has claimed a string of similar killings in the capital this year.

Operation Indian Ocean, carried out by AMISOM's 22,000-strong force and the Somali army, has driven the militants from at least eight towns since late August, the mission says, but the group still controls much of the countryside and the roads between the towns, and it continues to tax trucks and farmers across the Shabelle valley.
""",
events=[
    ev("Somali government soldiers backed by AMISOM entered Kurtunwarey after al-Shabaab pulled out overnight; no fighting in the town.",
       "2014-10-06", "‘on Monday’ before the Wednesday 2014-10-08 dateline: Monday 2014-10-06",
       "Kurtunwarey", "Lower Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Somali government soldiers backed by African Union troops entered the town of Kurtunwarey in Lower Shabelle on Monday after al-Shabaab fighters pulled out overnight",
       note="with AMISOM troops; the governor says there was no fighting in the town, no casualties stated"),
    ev("A suicide car bomber hit an AMISOM supply convoy near Shalambood, killing himself and two Ugandan soldiers and wounding four; al-Shabaab claimed it.",
       "2014-10-07", "‘A day later’ than the entry into Kurtunwarey ‘on Monday’: Tuesday 2014-10-07",
       "Shalambood", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "AMISOM",
       3, None, 4, None,
       "A day later, a suicide bomber drove a car packed with explosives into an AMISOM supply convoy near Shalambood, on the road between Afgooye and Marka. An AU officer said the bomber and two Ugandan soldiers died and four soldiers were wounded. In a statement on its radio station, al-Shabaab said the \"martyrdom operation\" had killed more than 20 \"crusaders\".",
       note="3 = bomber + 2 Ugandan soldiers (AU officer); al-Shabaab claim of more than 20 killed not used"),
    ev("Two gunmen shot dead a government intelligence officer near Bakara market in Mogadishu; police blamed al-Shabaab.",
       "2014-10-06", "‘on Monday evening’ before the Wednesday 2014-10-08 dateline: Monday 2014-10-06",
       "Bakara market, Mogadishu", "Banaadir", "SO", "other", "al-Shabaab", "Somali security forces",
       1, None, None, None,
       "In Mogadishu, two gunmen with pistols shot dead a government intelligence officer outside a tea shop near Bakara market on Monday evening and escaped on foot, police said. A police spokesman blamed al-Shabaab",
       note="assassination; attributed by police, not denied"),
],
figures=[
    fig("fighters", 22000, "Somalia", "AMISOM's 22,000-strong force", note="AU troops"),
    fig("districts_retaken", 8, "Lower Shabelle",
        "has driven the militants from at least eight towns since late August", note="towns"),
])

report("h16-03", "2022-05-04", "https://www.example-mekongcourier.com/myanmar/2022/05/04/ye-u-monastery-air-strike",
"""
Air strike on monastery kills six in Sagaing; resistance fighters ambush convoy in Magway

YANGON, May 4 (Mekong Courier) - A military jet bombed a monastery compound on the edge of Ye-U town in Sagaing region on Sunday afternoon, killing six people, two of them novice monks, and wounding 11 others, according to volunteers who helped bury the dead. About 300 people who had fled fighting in nearby villages were sheltering in the compound, they said.

The military-controlled Global New Light of Myanmar said on Monday that security forces had "attacked PDF terrorists" in the area, without mentioning casualties.

In neighbouring Magway region, a People's Defence Force ambush hit a military convoy of eight trucks on the road between Gangaw and Tilin on Monday morning. The local PDF said its fighters detonated two mines under the trucks and then opened fire, and claimed to have killed 14 soldiers. Residents of a nearby village said they saw troops loading at least five bodies onto a truck after the fighting.

The next day soldiers returned to the area and set fire to houses in three villages of Tilin township, residents said. No casualties were reported, but several hundred people fled into the forest.

In Yangon, police and soldiers arrested nine people in a raid on an apartment in Hlaing Tharyar township on Monday night, accusing them of making bombs for an "urban guerrilla cell" of the PDF, state television reported.

According to the UN, more than 650,000 people have been displaced across the country since the military seized power in February last year, about half of them in Sagaing and Magway. The Assistance Association for Political Prisoners says more than 1,800 civilians have been killed by the security forces since the coup.
""",
events=[
    ev("A military jet bombed a monastery compound on the edge of Ye-U where displaced villagers sheltered, killing six, two of them novice monks, and wounding 11.",
       "2022-05-01", "‘on Sunday afternoon’ before the Wednesday 2022-05-04 dateline: Sunday 2022-05-01",
       "monastery compound, Ye-U", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       6, None, 11, None,
       "A military jet bombed a monastery compound on the edge of Ye-U town in Sagaing region on Sunday afternoon, killing six people, two of them novice monks, and wounding 11 others",
       note="state media said security forces had attacked PDF fighters in the area"),
    ev("A People's Defence Force ambush with mines and gunfire hit an eight-truck military convoy between Gangaw and Tilin; residents saw at least five bodies loaded.",
       "2022-05-02", "‘on Monday morning’ before the Wednesday 2022-05-04 dateline: Monday 2022-05-02",
       "road between Gangaw and Tilin", "Magway", "MM", "battle", "People's Defence Force", "Myanmar military",
       5, None, None, None,
       "In neighbouring Magway region, a People's Defence Force ambush hit a military convoy of eight trucks on the road between Gangaw and Tilin on Monday morning. The local PDF said its fighters detonated two mines under the trucks and then opened fire, and claimed to have killed 14 soldiers. Residents of a nearby village said they saw troops loading at least five bodies onto a truck after the fighting.",
       note="toll from residents (at least five bodies); the PDF claim of 14 soldiers killed is not used"),
    ev("Soldiers set fire to houses in three villages of Tilin township the day after the ambush; no casualties reported.",
       "2022-05-03", "‘The next day’ after the ambush ‘on Monday morning’: Tuesday 2022-05-03",
       "villages of Tilin township", "Magway", "MM", "other", "Myanmar military", "civilians",
       None, None, None, None,
       "The next day soldiers returned to the area and set fire to houses in three villages of Tilin township, residents said. No casualties were reported",
       note="arson of houses (property destruction); the text says no casualties were reported, not that nobody was hurt"),
    ev("Police and soldiers arrested nine people in a raid on an apartment in Hlaing Tharyar, accusing them of making bombs for a PDF urban guerrilla cell.",
       "2022-05-02", "‘on Monday night’ before the Wednesday 2022-05-04 dateline: Monday 2022-05-02",
       "Hlaing Tharyar", "Yangon", "MM", "arrest", "Myanmar military", "People's Defence Force",
       None, None, None, None,
       "In Yangon, police and soldiers arrested nine people in a raid on an apartment in Hlaing Tharyar township on Monday night, accusing them of making bombs for an \"urban guerrilla cell\" of the PDF",
       arrested=9),
],
figures=[
    fig("displaced", 650000, "Myanmar",
        "more than 650,000 people have been displaced across the country since the military seized power in February last year"),
    fig("killed", 1800, "Myanmar",
        "more than 1,800 civilians have been killed by the security forces since the coup"),
])

report("h16-04", "2015-03-03", "https://www.example-lakechadcourier.com/borno/2015/03/03/marte-dikwa-retaken",
"""
Troops retake Marte, Chadians enter Dikwa; insurgents kill 12 near Konduga

MAIDUGURI, March 3 (Lake Chad Courier) - Nigerian troops on Sunday recaptured the town of Marte in northern Borno State, which Boko Haram had held for several weeks, the Defence Headquarters said, adding that "scores of terrorists" had been killed and large quantities of arms recovered.

A day later, Chadian soldiers fighting alongside the Nigerian army entered Dikwa, about 90 kilometres east of Maiduguri. The Chadian army said in a statement read on national radio in N'Djamena that its troops had killed 43 insurgents and lost two of their own in the operation.

The insurgents struck back on Saturday night, when fighters on motorcycles stormed the outskirts of Konduga, set houses ablaze and shot people as they fled. A member of the Civilian JTF in the town said 12 people, among them women and an elderly man, were buried on Sunday morning.

In Maiduguri, a suicide bomber blew herself up at a checkpoint near the Baga Road fish market on Monday, killing herself and two members of the Civilian JTF who had stopped her for a search, police said. The police commissioner said the bomber had been sent by Boko Haram, which has used women and girls in a string of attacks on the city this year.

The army says it has recovered 36 towns and villages from the group since January with help from troops of Chad, Niger and Cameroon. The offensive comes weeks before presidential elections that were postponed from February because of the insecurity in the north-east, where more than 1.5 million people have been forced from their homes, according to the national emergency agency.
""",
events=[
    ev("Nigerian troops recaptured Marte from Boko Haram; the Defence Headquarters says scores of fighters were killed.",
       "2015-03-01", "‘on Sunday’ before the Tuesday 2015-03-03 dateline: Sunday 2015-03-01",
       "Marte", "Borno", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Nigerian troops on Sunday recaptured the town of Marte in northern Borno State, which Boko Haram had held for several weeks, the Defence Headquarters said, adding that \"scores of terrorists\" had been killed and large quantities of arms recovered.",
       note="'scores' gives no count"),
    ev("Chadian soldiers fighting alongside the Nigerian army entered Dikwa; the Chadian army says it killed 43 insurgents and lost two soldiers.",
       "2015-03-02", "‘A day later’ than the recapture of Marte ‘on Sunday’: Monday 2015-03-02",
       "Dikwa", "Borno", "NG", "territory_gain", "Chadian security forces", "Boko Haram",
       45, None, None, None,
       "A day later, Chadian soldiers fighting alongside the Nigerian army entered Dikwa, about 90 kilometres east of Maiduguri. The Chadian army said in a statement read on national radio in N'Djamena that its troops had killed 43 insurgents and lost two of their own in the operation.",
       note="45 = 43 insurgents + 2 Chadian soldiers (Chadian army count); with the Nigerian army"),
    ev("Boko Haram fighters on motorcycles stormed the outskirts of Konduga, burning houses and shooting fleeing residents; 12 people were buried the next morning.",
       "2015-02-28", "‘on Saturday night’ before the Tuesday 2015-03-03 dateline: Saturday 2015-02-28",
       "outskirts of Konduga", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       12, None, None, None,
       "The insurgents struck back on Saturday night, when fighters on motorcycles stormed the outskirts of Konduga, set houses ablaze and shot people as they fled. A member of the Civilian JTF in the town said 12 people, among them women and an elderly man, were buried on Sunday morning.",
       note="'The insurgents' refers back to Boko Haram; toll told as burials"),
    ev("A female suicide bomber sent by Boko Haram blew herself up at a checkpoint near the Baga Road fish market in Maiduguri, killing herself and two Civilian JTF members.",
       "2015-03-02", "‘on Monday’ before the Tuesday 2015-03-03 dateline: Monday 2015-03-02",
       "checkpoint near the Baga Road fish market, Maiduguri", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       3, None, None, None,
       "In Maiduguri, a suicide bomber blew herself up at a checkpoint near the Baga Road fish market on Monday, killing herself and two members of the Civilian JTF who had stopped her for a search, police said. The police commissioner said the bomber had been sent by Boko Haram",
       note="3 = bomber + 2 CJTF vigilantes (counted with the Nigerian security forces)"),
],
figures=[
    fig("districts_retaken", 36, "Borno",
        "The army says it has recovered 36 towns and villages from the group since January", note="towns and villages"),
    fig("displaced", 1500000, "north-east Nigeria",
        "where more than 1.5 million people have been forced from their homes, according to the national emergency agency"),
])

report("h16-05", "2016-09-20", "https://www.example-andescorreo.com/colombia/2016/09/20/plebiscite-campaign-farc-accord",
"""
Colombians weigh peace deal with FARC as plebiscite nears

BOGOTÁ, September 20 (Andes Correo) - With less than two weeks to go before Colombians vote on the peace accord with the FARC, opinion polls show the "Yes" campaign comfortably ahead, but opponents are drawing large crowds with warnings that the deal lets guerrilla commanders escape prison.

The accord would end a war that has killed more than 220,000 people and driven nearly seven million from their homes. Under its terms, about 6,800 fighters of the Revolutionary Armed Forces of Colombia are to gather in 23 rural zones and eight smaller camps and hand over their rifles, explosives and other weapons to a United Nations mission within six months. The guerrillas would then form a political party.

"They kidnapped my brother and I still want this to end," a woman at a rally in Medellín said. At an opposition meeting across town, a retired colonel told the crowd that rebel leaders accused of massacres and the recruitment of children "should serve their sentences in prison, not in Congress".

The accord is due to be signed by the president and the FARC's top commander in Cartagena next week, before the vote on October 2.

It does not cover the smaller National Liberation Army (ELN), which still holds hostages and has repeatedly bombed oil pipelines in the east of the country, according to the military. Exploratory talks with the ELN have stalled over the group's refusal to give up kidnapping.

Clearing the countryside of landmines will take years. More than 11,000 people have been killed or maimed by mines and unexploded ordnance since 1990, according to the government's mine action office, and army engineers say large parts of Antioquia, Meta and Caquetá remain contaminated.
""",
country_hint="CO",
figures=[
    fig("killed", 220000, "Colombia", "a war that has killed more than 220,000 people"),
    fig("displaced", 7000000, "Colombia", "driven nearly seven million from their homes", note="'nearly' seven million"),
    fig("fighters", 6800, "Colombia",
        "about 6,800 fighters of the Revolutionary Armed Forces of Colombia are to gather in 23 rural zones and eight smaller camps"),
    fig("other", 11000, "Colombia",
        "More than 11,000 people have been killed or maimed by mines and unexploded ordnance since 1990",
        note="mine victims, killed and maimed together"),
])

report("h16-06", "2023-05-10", "https://www.example-niledispatch.com/sudan/2023/05/10/kafouri-air-strikes-jeddah",
"""
Army jets pound RSF positions in Khartoum North as Jeddah talks drag on

KHARTOUM, May 10 (Nile Dispatch) - Sudanese army warplanes struck Rapid Support Forces positions in the Kafouri district of Khartoum North on Tuesday, residents said, as envoys of the two warring sides met for a fourth day in the Saudi city of Jeddah. Thick black smoke rose over the district, and residents said the paramilitaries fired anti-aircraft guns at the jets from rooftops.

In Omdurman, a shell hit a house in the Ombada area on Monday afternoon, killing five members of one family, a neighbour said. The army and the RSF blamed each other for the shelling, which came during a day of heavy exchanges of artillery fire across the Nile.

RSF fighters stormed a hospital in the Jabra neighbourhood of southern Khartoum on Sunday and took away two doctors, the Sudan Doctors' Committee said, calling it "a flagrant violation" of international humanitarian law. The RSF did not respond to requests for comment.

Further west, the committee said fighting between the RSF and armed tribesmen in El Geneina, the capital of West Darfur, had killed dozens of people in recent days, but it could not give an exact figure because of a communications blackout.

The health ministry says at least 550 people have been killed and 4,900 wounded since the fighting erupted on April 15, a toll widely believed to be far short of the real number. More than 700,000 people have fled their homes inside Sudan, according to the International Organization for Migration, and another 150,000 have crossed into neighbouring countries.
""",
events=[
    ev("Sudanese army warplanes struck Rapid Support Forces positions in Kafouri, Khartoum North.",
       "2023-05-09", "‘on Tuesday’ before the Wednesday 2023-05-10 dateline: Tuesday 2023-05-09",
       "Kafouri", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "Sudanese army warplanes struck Rapid Support Forces positions in the Kafouri district of Khartoum North on Tuesday, residents said"),
    ev("A shell hit a house in Ombada, Omdurman, killing five members of one family; the army and the RSF blamed each other.",
       "2023-05-08", "‘on Monday afternoon’ before the Wednesday 2023-05-10 dateline: Monday 2023-05-08",
       "Ombada, Omdurman", "Khartoum", "SD", "explosion", "unknown", "civilians",
       5, None, None, None,
       "In Omdurman, a shell hit a house in the Ombada area on Monday afternoon, killing five members of one family, a neighbour said. The army and the RSF blamed each other for the shelling",
       note="each side blamed the other: unknown"),
    ev("RSF fighters stormed a hospital in Jabra, southern Khartoum, and took away two doctors.",
       "2023-05-07", "‘on Sunday’ before the Wednesday 2023-05-10 dateline: Sunday 2023-05-07",
       "hospital in Jabra", "Khartoum", "SD", "other", "Rapid Support Forces", "civilians",
       None, None, None, None,
       "RSF fighters stormed a hospital in the Jabra neighbourhood of southern Khartoum on Sunday and took away two doctors, the Sudan Doctors' Committee said",
       note="abduction of two doctors"),
    ev("Fighting between the RSF and armed tribesmen in El Geneina killed dozens in recent days (no day, no count).",
       None, "‘in recent days’; no day given",
       "El Geneina", "West Darfur", "SD", "battle", "Rapid Support Forces", "armed tribesmen",
       None, None, None, None,
       "fighting between the RSF and armed tribesmen in El Geneina, the capital of West Darfur, had killed dozens of people in recent days",
       note="aggregate of several days, 'dozens' gives no count", optional=True),
],
figures=[
    fig("killed", 550, "Sudan", "at least 550 people have been killed and 4,900 wounded since the fighting erupted on April 15"),
    fig("wounded", 4900, "Sudan", "at least 550 people have been killed and 4,900 wounded since the fighting erupted on April 15"),
    fig("displaced", 700000, "Sudan", "More than 700,000 people have fled their homes inside Sudan"),
    fig("displaced", 150000, "neighbouring countries", "another 150,000 have crossed into neighbouring countries",
        note="refugees abroad"),
])

report("h16-07", "2018-05-25", "https://www.example-valleychronicle.com/kashmir/2018/05/25/chitragam-gunfight-tral-grenade",
"""
Three militants, soldier killed in Shopian gunfight; grenade injures eight in Tral

SRINAGAR, May 25 (Valley Chronicle) - Three militants and a soldier were killed in a gunfight that began on Wednesday evening and lasted through the night in Chitragam village of south Kashmir's Shopian district, police said. Two soldiers were injured and shifted to the army's 92 Base Hospital in Srinagar.

A police spokesman said the army, the Special Operations Group of the Jammu and Kashmir Police and the CRPF had cordoned off the village on a specific input about the presence of militants, who opened fire when the search party approached a house. The slain militants were affiliated with the Hizbul Mujahideen, he said, adding that two rifles and a pistol were recovered from the site.

As the gunfight went on, groups of youths took to the streets in Chitragam and pelted stones at the forces. Police fired tear gas shells and pellets to disperse them, and at least 15 protesters were hurt, a doctor at the district hospital said.

On Thursday evening, militants hurled a grenade at a CRPF bunker near the bus stand in Tral, in Pulwama district. It missed the bunker and exploded on the road, injuring eight civilians, including two women, police said. No group has claimed responsibility.

In north Kashmir, police in Sopore said they had arrested two "overground workers" of the Lashkar-e-Taiba on Thursday and recovered two grenades from them. A case has been registered under the Unlawful Activities (Prevention) Act.

According to police figures, 70 militants have been killed in the Valley since January, most of them in the four southern districts, while the number of local youths joining militant ranks has not declined.
""",
events=[
    ev("A cordon-and-search in Chitragam turned into an overnight gunfight: three Hizbul Mujahideen militants and a soldier killed, two soldiers injured.",
       "2018-05-23", "gunfight ‘began on Wednesday evening and lasted through the night’, before the Friday 2018-05-25 dateline: Wednesday 2018-05-23",
       "Chitragam", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Hizbul Mujahideen",
       4, None, 2, None,
       "Three militants and a soldier were killed in a gunfight that began on Wednesday evening and lasted through the night in Chitragam village of south Kashmir's Shopian district, police said. Two soldiers were injured [...] The slain militants were affiliated with the Hizbul Mujahideen",
       note="4 = 3 militants + 1 soldier; army, SOG and CRPF cordon; the militants opened fire"),
    ev("Youths pelted stones at the forces in Chitragam during the gunfight; police fired tear gas and pellets, injuring at least 15 protesters.",
       "2018-05-23", "‘As the gunfight went on’, which ‘began on Wednesday evening’: Wednesday 2018-05-23",
       "Chitragam", "Jammu and Kashmir", "IN", "other", "rioters", "Indian security forces",
       None, None, 15, None,
       "As the gunfight went on, groups of youths took to the streets in Chitragam and pelted stones at the forces. Police fired tear gas shells and pellets to disperse them, and at least 15 protesters were hurt, a doctor at the district hospital said.",
       note="riot (stone-pelting) met with force; ACLED Riots"),
    ev("Militants threw a grenade at a CRPF bunker near the Tral bus stand; it exploded on the road and injured eight civilians, including two women.",
       "2018-05-24", "‘On Thursday evening’ before the Friday 2018-05-25 dateline: Thursday 2018-05-24",
       "bus stand, Tral", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "civilians",
       None, None, 8, None,
       "On Thursday evening, militants hurled a grenade at a CRPF bunker near the bus stand in Tral, in Pulwama district. It missed the bunker and exploded on the road, injuring eight civilians, including two women, police said. No group has claimed responsibility.",
       note="aimed at the CRPF; civilians hurt; no claim"),
    ev("Sopore police arrested two Lashkar-e-Taiba 'overground workers' and recovered two grenades.",
       "2018-05-24", "arrested ‘on Thursday’, before the Friday 2018-05-25 dateline: Thursday 2018-05-24",
       "Sopore", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Lashkar-e-Taiba",
       None, None, None, None,
       "In north Kashmir, police in Sopore said they had arrested two \"overground workers\" of the Lashkar-e-Taiba on Thursday and recovered two grenades from them.",
       arrested=2),
],
figures=[
    fig("killed", 70, "Kashmir Valley", "70 militants have been killed in the Valley since January", note="militants"),
])

report("h16-08", "2021-03-09", "https://www.example-arabiafrontline.com/yemen/2021/03/09/marib-missile-sirwah",
"""
Houthi missile kills three in Marib city as battle for Sirwah grinds on

MARIB, March 9 (Arabia Frontline) - A ballistic missile fired by the Houthis struck a residential district of Marib city on Saturday evening, killing three civilians, one of them a child, and wounding nine, the city's health office said, in the latest attack on the crowded government stronghold.

Windows were shattered across several streets and a fuel station caught fire, witnesses said. Officials of the internationally recognised government condemned the strike as a "war crime"; the Houthis did not comment.

West of the city, government troops and tribal fighters fought off a Houthi push on the Kassara front in Sirwah district on Monday, military sources said. They said 19 Houthi fighters and seven soldiers were killed in the day's fighting, which the rebels' al-Masirah television described as a "great advance".

Aircraft of the Saudi-led coalition struck a Houthi convoy heading toward the front near Raghwan late on Monday, destroying four vehicles, the coalition said in a statement carried by the Saudi news agency. It gave no casualty figures.

The offensive, launched by the Houthis in early February, has brought the fighting within a few kilometres of the city, which hosts about one million people displaced from other parts of Yemen, according to local authorities. The coalition says it has carried out more than 200 air strikes in the province since the offensive began.
""",
events=[
    ev("A Houthi ballistic missile struck a residential district of Marib city, killing three civilians, one a child, and wounding nine.",
       "2021-03-06", "‘on Saturday evening’ before the Tuesday 2021-03-09 dateline: Saturday 2021-03-06",
       "Marib city", "Marib", "YE", "explosion", "Houthis", "civilians",
       3, None, 9, None,
       "A ballistic missile fired by the Houthis struck a residential district of Marib city on Saturday evening, killing three civilians, one of them a child, and wounding nine, the city's health office said"),
    ev("Government troops and tribal fighters fought off a Houthi push on the Kassara front in Sirwah; military sources say 19 Houthis and seven soldiers were killed.",
       "2021-03-08", "‘on Monday’ before the Tuesday 2021-03-09 dateline: Monday 2021-03-08",
       "Kassara front, Sirwah", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       26, None, None, None,
       "West of the city, government troops and tribal fighters fought off a Houthi push on the Kassara front in Sirwah district on Monday, military sources said. They said 19 Houthi fighters and seven soldiers were killed in the day's fighting",
       note="26 = 19 Houthis + 7 soldiers (government military sources); tribal fighters counted with the government"),
    ev("Saudi-led coalition aircraft struck a Houthi convoy near Raghwan, destroying four vehicles; no casualty figures.",
       "2021-03-08", "‘late on Monday’ before the Tuesday 2021-03-09 dateline: Monday 2021-03-08",
       "near Raghwan", "Marib", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Aircraft of the Saudi-led coalition struck a Houthi convoy heading toward the front near Raghwan late on Monday, destroying four vehicles"),
],
figures=[
    fig("displaced", 1000000, "Marib city",
        "the city, which hosts about one million people displaced from other parts of Yemen"),
    fig("other", 200, "Marib province",
        "The coalition says it has carried out more than 200 air strikes in the province since the offensive began",
        note="count of air strikes"),
])

report("h16-09", "2019-06-27", "https://www.example-nigerbendpost.com/mali/2019/06/27/bankass-hamlet-mondoro-camp",
"""
Seventeen killed in attack on Fulani hamlet near Bankass; soldiers die in Mondoro camp assault

BAMAKO, June 27 (Niger Bend Post) - Gunmen attacked a Fulani hamlet near Bankass in central Mali's Mopti region on Monday night, burning granaries and livestock pens and shooting residents as they fled, the mayor of the local commune said on Wednesday. "We have buried 17 of our people, and the wounded were taken to the health centre in Bankass," he said by telephone.

Fulani associations blamed the Dogon hunters' militia Dan Na Ambassagou. The militia denied any involvement in a statement and accused "enemies of peace" of trying to set the communities against each other.

Separately, Malian soldiers repelled an attack on their camp in Mondoro, near the border with Burkina Faso, early on Sunday, the armed forces said. The army said eight soldiers had been killed and about 20 "terrorists neutralised". On Tuesday the al-Qaeda-linked JNIM alliance claimed the assault, saying its fighters had seized weapons and vehicles.

Two days after the camp attack, an army truck travelling between Boni and Hombori struck an explosive device, killing three soldiers and wounding two, a military source said. No group has claimed it.

Violence between Dogon and Fulani communities and attacks by jihadist groups have forced more than 50,000 people from their homes in the Mopti region since January, according to the regional social development office, and hundreds of schools remain closed.
""",
events=[
    ev("Gunmen attacked a Fulani hamlet near Bankass, burning granaries and shooting fleeing residents; the mayor says 17 were buried. Fulani groups blamed Dan Na Ambassagou, which denied it.",
       "2019-06-24", "‘on Monday night’ before the Thursday 2019-06-27 dateline: Monday 2019-06-24 (first night)",
       "Fulani hamlet near Bankass", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       17, None, None, None,
       "Gunmen attacked a Fulani hamlet near Bankass in central Mali's Mopti region on Monday night, burning granaries and livestock pens and shooting residents as they fled, the mayor of the local commune said on Wednesday. \"We have buried 17 of our people, and the wounded were taken to the health centre in Bankass,\" he said by telephone.",
       note="blamed on Dan Na Ambassagou, which denied it: unknown; toll told as burials; wounded not counted"),
    ev("Malian soldiers repelled an attack on their camp in Mondoro; the army says eight soldiers killed and about 20 attackers neutralised. JNIM claimed it on Tuesday.",
       "2019-06-23", "‘early on Sunday’ before the Thursday 2019-06-27 dateline: Sunday 2019-06-23",
       "Mondoro", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
       28, None, None, None,
       "Malian soldiers repelled an attack on their camp in Mondoro, near the border with Burkina Faso, early on Sunday, the armed forces said. The army said eight soldiers had been killed and about 20 \"terrorists neutralised\". On Tuesday the al-Qaeda-linked JNIM alliance claimed the assault",
       note="28 = 8 soldiers + about 20 attackers (army count); attacker named only by the later JNIM claim"),
    ev("An army truck struck an explosive device between Boni and Hombori, killing three soldiers and wounding two; no claim.",
       "2019-06-25", "‘Two days after the camp attack’ of Sunday 2019-06-23: Tuesday 2019-06-25",
       "road between Boni and Hombori", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       3, None, 2, None,
       "Two days after the camp attack, an army truck travelling between Boni and Hombori struck an explosive device, killing three soldiers and wounding two, a military source said. No group has claimed it."),
],
figures=[
    fig("displaced", 50000, "Mopti region",
        "have forced more than 50,000 people from their homes in the Mopti region since January"),
])

# ---------------------------------------------------------------------------
# h16-10 .. h16-18
# ---------------------------------------------------------------------------

report("h16-10", "2015-08-05", "https://www.example-hindukushwire.com/afghanistan/2015/08/05/unama-midyear-civilian-casualties",
"""
Civilian casualties in Afghanistan hit record in first half of 2015, UN says

KABUL, August 5 (Hindu Kush Wire) - Fighting between Afghan forces and the Taliban killed or wounded more civilians in the first six months of this year than in any half-year since the United Nations began keeping count in 2009, the UN mission in Afghanistan said on Wednesday.

In its mid-year report, the mission documented 4,810 civilian casualties between January 1 and June 30: 1,540 people killed and 3,270 injured, a rise of one per cent on the same period last year. Ground engagements, in which mortars, rockets and grenades are fired into populated areas, were the leading cause, followed by roadside bombs and suicide and complex attacks.

The report attributed 70 per cent of the casualties to the Taliban and other anti-government groups and 16 per cent to pro-government forces, whose share has grown since Afghan troops took over combat operations from NATO, which ended its combat mission in December. Casualties caused by air strikes doubled.

Women and children paid a heavy price: the mission recorded 1,270 child casualties and 559 women casualties, the highest for the first half of any year.

"These cold statistics do not capture the horror of a mother losing her children on the way to market," the head of the mission's human rights unit said in a statement, calling on all parties to stop using explosive weapons in places where civilians live. A Taliban spokesman rejected the report as "propaganda" and said the group's fighters did not target civilians.

The interior ministry, which publishes its own figures irregularly, said separately that more than 2,000 police officers had been killed since January, as the insurgents press attacks on district centres in the north and the south.
""",
country_hint="AF",
figures=[
    fig("killed", 1540, "Afghanistan", "1,540 people killed and 3,270 injured", note="civilians, 1 January to 30 June"),
    fig("wounded", 3270, "Afghanistan", "1,540 people killed and 3,270 injured", note="civilians, 1 January to 30 June"),
    fig("other", 4810, "Afghanistan", "the mission documented 4,810 civilian casualties between January 1 and June 30",
        note="civilian casualties, killed and injured together"),
    fig("other", 1270, "Afghanistan", "the mission recorded 1,270 child casualties and 559 women casualties",
        note="child casualties"),
    fig("other", 559, "Afghanistan", "the mission recorded 1,270 child casualties and 559 women casualties",
        note="women casualties"),
    fig("killed", 2000, "Afghanistan", "more than 2,000 police officers had been killed since January", note="police"),
])

report("h16-11", "2017-06-15", "https://www.example-mindanaobulletin.com/marawi/2017/06/15/mapandi-fighting-bodies-found",
"""
Troops gain ground in Marawi as bodies of civilians are found

ILIGAN CITY, June 15 (Mindanao Bulletin) - Government troops killed nine militants and lost three soldiers in house-to-house fighting in the Mapandi area of Marawi on Tuesday, the military said, as the battle for the lakeside city entered its fourth week.

"Every building is a fortress for them. They have snipers in the minarets and tunnels under the houses," an army brigade commander told reporters in Iligan. Six more soldiers were wounded in Tuesday's fighting, he said.

On Wednesday, marines took control of the approaches to the Bayabao bridge, one of three bridges over the Agus river that the militants had held since they stormed the city on May 23, a military spokesman said.

Soldiers clearing houses in Mapandi found the bodies of five civilians with their hands bound, the spokesman added. The military said the five had been executed by the militants, who have been holding residents as human shields and hostages. He did not say when they were killed.

Air force FA-50 jets and OV-10 bombers dropped bombs on militant positions in the Banggolo commercial district on Monday, as the country marked Independence Day. The military did not say whether anyone was killed.

The militants, fighters of the Maute group and the Abu Sayyaf who have pledged allegiance to the Islamic State, still hold several districts in the heart of the city. Since May 23, 225 militants, 59 members of the security forces and 26 civilians have been killed, according to the military. More than 200,000 residents have fled, and the provincial crisis committee believes about 300 civilians are still trapped in the areas held by the militants.
""",
events=[
    ev("Troops killed nine militants and lost three soldiers in house-to-house fighting in Mapandi, Marawi; six more soldiers wounded.",
       "2017-06-13", "‘on Tuesday’ before the Thursday 2017-06-15 dateline: Tuesday 2017-06-13",
       "Mapandi, Marawi", "Lanao del Sur", "PH", "battle", "Philippine security forces", "Maute group",
       12, None, 6, None,
       "Government troops killed nine militants and lost three soldiers in house-to-house fighting in the Mapandi area of Marawi on Tuesday, the military said [...] Six more soldiers were wounded in Tuesday's fighting, he said.",
       note="12 = 9 militants + 3 soldiers (military count); militants are the IS-aligned Maute group and Abu Sayyaf fighters"),
    ev("Marines took control of the approaches to the Bayabao bridge over the Agus river, held by the militants since May 23.",
       "2017-06-14", "‘On Wednesday’ before the Thursday 2017-06-15 dateline: Wednesday 2017-06-14",
       "Bayabao bridge, Marawi", "Lanao del Sur", "PH", "territory_gain", "Philippine security forces", "Maute group",
       None, None, None, None,
       "On Wednesday, marines took control of the approaches to the Bayabao bridge, one of three bridges over the Agus river that the militants had held since they stormed the city on May 23, a military spokesman said."),
    ev("Soldiers clearing houses in Mapandi found the bodies of five civilians with their hands bound, executed by the militants at an unknown time.",
       None, "no day given for the killing or the finding: ‘He did not say when they were killed.’",
       "Mapandi, Marawi", "Lanao del Sur", "PH", "attack_on_civilians", "Maute group", "civilians",
       5, None, None, None,
       "Soldiers clearing houses in Mapandi found the bodies of five civilians with their hands bound, the spokesman added. The military said the five had been executed by the militants",
       note="'the militants' refers to the Maute group and Abu Sayyaf fighters; day of the killing not given"),
    ev("FA-50 jets and OV-10 bombers dropped bombs on militant positions in the Banggolo commercial district of Marawi; no casualty figures.",
       "2017-06-12", "‘on Monday’ before the Thursday 2017-06-15 dateline: Monday 2017-06-12 (Independence Day)",
       "Banggolo, Marawi", "Lanao del Sur", "PH", "explosion", "Philippine security forces", "Maute group",
       None, None, None, None,
       "Air force FA-50 jets and OV-10 bombers dropped bombs on militant positions in the Banggolo commercial district on Monday"),
],
figures=[
    fig("killed", 225, "Marawi", "Since May 23, 225 militants, 59 members of the security forces and 26 civilians have been killed",
        note="militants"),
    fig("killed", 59, "Marawi", "Since May 23, 225 militants, 59 members of the security forces and 26 civilians have been killed",
        note="security forces"),
    fig("killed", 26, "Marawi", "Since May 23, 225 militants, 59 members of the security forces and 26 civilians have been killed",
        note="civilians"),
    fig("displaced", 200000, "Marawi", "More than 200,000 residents have fled"),
    fig("civilians_trapped", 300, "Marawi",
        "about 300 civilians are still trapped in the areas held by the militants"),
])

report("h16-12", "2017-09-27", "https://www.example-jazirareport.com/syria/2017/09/27/suwar-taken-abu-khashab-bomb",
"""
SDF takes al-Suwar; suicide truck bomb kills five fighters near Abu Khashab

QAMISHLI, September 27 (Jazira Report) - The US-backed Syrian Democratic Forces took full control of the town of al-Suwar on the Khabur river, north-east of Deir ez-Zor, on Monday after Islamic State fighters withdrew towards the south-east, an SDF commander said.

On Tuesday a suicide bomber drove an explosives-laden pick-up truck into an SDF gathering point near the village of Abu Khashab, killing five fighters as well as himself, a Kurdish official said. Several more fighters were wounded. The jihadist group's Amaq news agency claimed the attack, saying it had killed "dozens of apostates".

The US-led coalition said its aircraft struck Islamic State positions near al-Busayrah on Sunday, destroying two weapons depots and a mortar system.

On the same day, 11 civilians, including four children, were killed when aircraft struck a ferry crossing on the Euphrates near Muhassan, a local activist network said. Russian, Syrian government and coalition jets are all active over the area, and the network said it could not tell whose aircraft had carried out the strike.

The SDF launched its campaign in the province two weeks ago, racing Syrian government forces who are advancing on the west bank of the Euphrates with Russian air support. The SDF estimates that about 2,000 Islamic State fighters remain east of the river in the province. More than 350,000 people have fled their homes in Deir ez-Zor province since August, according to the United Nations.
""",
events=[
    ev("The SDF took full control of al-Suwar on the Khabur after Islamic State fighters withdrew south-east.",
       "2017-09-25", "‘on Monday’ before the Wednesday 2017-09-27 dateline: Monday 2017-09-25",
       "al-Suwar", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The US-backed Syrian Democratic Forces took full control of the town of al-Suwar on the Khabur river, north-east of Deir ez-Zor, on Monday after Islamic State fighters withdrew towards the south-east, an SDF commander said."),
    ev("A suicide bomber drove a pick-up truck bomb into an SDF gathering point near Abu Khashab, killing five fighters and himself; Amaq claimed it.",
       "2017-09-26", "‘On Tuesday’ before the Wednesday 2017-09-27 dateline: Tuesday 2017-09-26",
       "Abu Khashab", "Deir ez-Zor", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       6, None, None, None,
       "On Tuesday a suicide bomber drove an explosives-laden pick-up truck into an SDF gathering point near the village of Abu Khashab, killing five fighters as well as himself, a Kurdish official said. Several more fighters were wounded. The jihadist group's Amaq news agency claimed the attack, saying it had killed \"dozens of apostates\".",
       note="6 = 5 SDF fighters + the bomber; claim of 'dozens' not used; wounded 'several'"),
    ev("Coalition aircraft struck Islamic State positions near al-Busayrah, destroying two weapons depots and a mortar system.",
       "2017-09-24", "‘on Sunday’ before the Wednesday 2017-09-27 dateline: Sunday 2017-09-24",
       "near al-Busayrah", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "Islamic State",
       None, None, None, None,
       "The US-led coalition said its aircraft struck Islamic State positions near al-Busayrah on Sunday, destroying two weapons depots and a mortar system."),
    ev("Aircraft of unknown origin struck a ferry crossing on the Euphrates near Muhassan, killing 11 civilians including four children.",
       "2017-09-24", "‘On the same day’ as the coalition strikes ‘on Sunday’: Sunday 2017-09-24",
       "ferry crossing near Muhassan", "Deir ez-Zor", "SY", "explosion", "unknown", "civilians",
       11, None, None, None,
       "On the same day, 11 civilians, including four children, were killed when aircraft struck a ferry crossing on the Euphrates near Muhassan, a local activist network said.",
       note="air force not identified"),
],
figures=[
    fig("fighters", 2000, "Deir ez-Zor province",
        "The SDF estimates that about 2,000 Islamic State fighters remain east of the river in the province."),
    fig("displaced", 350000, "Deir ez-Zor province",
        "More than 350,000 people have fled their homes in Deir ez-Zor province since August"),
])

report("h16-13", "2022-07-12", "https://www.example-greatriftreporter.com/ethiopia/2022/07/12/kiramu-killings-mendi-attack",
"""
Gunmen kill at least 20 villagers in East Welega; rebels raid police station in Mendi

ADDIS ABABA, July 12 (Great Rift Reporter) - Gunmen killed at least 20 people in a village in the Kiramu district of Oromia's East Welega zone on Sunday, a regional government official said, while residents who fled the area put the death toll at 32, most of them ethnic Amhara farmers.

"They came at first light and went from house to house," said a resident who escaped to the district capital, speaking by telephone. He said he had helped carry the bodies of two of his neighbours to the church.

The Oromia regional government blamed the Oromo Liberation Army, which it calls "Shene". An OLA spokesman denied the accusation, blamed government-allied militias and called for an independent investigation.

On Friday, OLA fighters attacked the police station and a bank in the town of Mendi in West Welega and freed prisoners before withdrawing after several hours of fighting, a local official said. Five police officers were killed, he said. The rebel group said in a statement that it had "liberated" the town; residents said the fighters left the same evening.

On Saturday, armed men stopped a minibus on the road between Nekemte and Gimbi and abducted 11 passengers, relatives said. Passengers who were let go said the kidnappers told them they were OLA fighters and demanded a ransom. The group did not respond to a request for comment.

The Ethiopian National Defence Force said on Monday it had killed 86 OLA fighters in operations in the Kellem Welega and West Welega zones over the past week, without giving details.

About 300,000 people have been displaced in the four Welega zones since last year, according to the regional disaster risk management commission, and the main roads through the area are often closed by fighting.
""",
events=[
    ev("Gunmen went house to house in a village of Kiramu district, killing at least 20 people (official) or 32 (residents), mostly Amhara farmers; the region blamed the OLA, which denied it.",
       "2022-07-10", "‘on Sunday’ before the Tuesday 2022-07-12 dateline: Sunday 2022-07-10",
       "village in Kiramu district", "Oromia", "ET", "attack_on_civilians", "unknown", "civilians",
       20, 32, None, None,
       "Gunmen killed at least 20 people in a village in the Kiramu district of Oromia's East Welega zone on Sunday, a regional government official said, while residents who fled the area put the death toll at 32, most of them ethnic Amhara farmers. [...] The Oromia regional government blamed the Oromo Liberation Army, which it calls \"Shene\". An OLA spokesman denied the accusation",
       note="conflicting tolls 20 (official) vs 32 (residents); blamed on the OLA, which denied it: unknown"),
    ev("OLA fighters attacked the police station and a bank in Mendi, freed prisoners and withdrew after several hours of fighting; five police officers killed.",
       "2022-07-08", "‘On Friday’ before the Tuesday 2022-07-12 dateline: Friday 2022-07-08",
       "Mendi", "Oromia", "ET", "battle", "Oromo Liberation Army", "Ethiopian security forces",
       5, None, None, None,
       "On Friday, OLA fighters attacked the police station and a bank in the town of Mendi in West Welega and freed prisoners before withdrawing after several hours of fighting, a local official said. Five police officers were killed, he said.",
       note="the OLA claimed to have 'liberated' the town but left the same evening: a raid, not a territory change"),
    ev("Armed men who said they were OLA fighters stopped a minibus between Nekemte and Gimbi and abducted 11 passengers for ransom.",
       "2022-07-09", "‘On Saturday’ before the Tuesday 2022-07-12 dateline: Saturday 2022-07-09",
       "road between Nekemte and Gimbi", "Oromia", "ET", "other", "Oromo Liberation Army", "civilians",
       None, None, None, None,
       "On Saturday, armed men stopped a minibus on the road between Nekemte and Gimbi and abducted 11 passengers, relatives said. Passengers who were let go said the kidnappers told them they were OLA fighters and demanded a ransom.",
       note="abduction of 11; identified by what the kidnappers said of themselves; no response from the OLA"),
    ev("The ENDF said it killed 86 OLA fighters in operations in Kellem Welega and West Welega over the past week.",
       None, "‘over the past week’; no day given",
       "Kellem Welega and West Welega zones", "Oromia", "ET", "battle", "Ethiopian security forces", "Oromo Liberation Army",
       86, None, None, None,
       "The Ethiopian National Defence Force said on Monday it had killed 86 OLA fighters in operations in the Kellem Welega and West Welega zones over the past week, without giving details.",
       note="aggregate of unspecified operations over a week", optional=True),
],
figures=[
    fig("displaced", 300000, "Welega zones",
        "About 300,000 people have been displaced in the four Welega zones since last year"),
])

report("h16-14", "2019-10-16", "https://www.example-fakoobserver.com/news/2019/10/16/nkwen-checkpoint-konye-molyko",
"""
Separatists kill two gendarmes in Bamenda; villagers say soldiers shot five near Konye

BUEA, October 16 (Fako Observer) - Two gendarmes were killed on Sunday night when separatist fighters opened fire on a checkpoint in the Nkwen neighbourhood of Bamenda, capital of the North-West region, a security source said. The attackers took the gendarmes' rifles and escaped into the surrounding hills.

In the South-West region, residents of a village near Konye, in Meme division, said soldiers hunting separatist fighters shot dead five civilians, among them an elderly farmer, and burned several houses on Monday. The army said in a statement that its troops had "neutralised four terrorists" in the area after coming under fire, and denied targeting civilians.

In Buea, gunmen kidnapped three teachers from a secondary school in the Molyko neighbourhood on Tuesday morning. A video posted online in the evening showed the teachers sitting on the ground, surrounded by armed men who said they were "Amba boys" and warned that schools must stay closed until "Ambazonia is free". The South-West governor said security forces were searching for the hostages.

The separatists, who want an independent state for the two English-speaking regions, have imposed a boycott of schools since 2017. More than 500,000 people have fled their homes in the two regions, according to the United Nations, and the International Crisis Group estimates that about 3,000 people have been killed.
""",
events=[
    ev("Separatist fighters opened fire on a gendarmerie checkpoint in Nkwen, Bamenda, killing two gendarmes and taking their rifles.",
       "2019-10-13", "‘on Sunday night’ before the Wednesday 2019-10-16 dateline: Sunday 2019-10-13 (first night)",
       "Nkwen, Bamenda", "North-West", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       2, None, None, None,
       "Two gendarmes were killed on Sunday night when separatist fighters opened fire on a checkpoint in the Nkwen neighbourhood of Bamenda, capital of the North-West region, a security source said."),
    ev("Residents say soldiers hunting separatists shot dead five civilians and burned houses in a village near Konye; the army says it neutralised four 'terrorists' after coming under fire.",
       "2019-10-14", "‘on Monday’ before the Wednesday 2019-10-16 dateline: Monday 2019-10-14",
       "village near Konye", "South-West", "CM", "attack_on_civilians", "Cameroonian security forces", "civilians",
       4, 5, None, None,
       "In the South-West region, residents of a village near Konye, in Meme division, said soldiers hunting separatist fighters shot dead five civilians, among them an elderly farmer, and burned several houses on Monday. The army said in a statement that its troops had \"neutralised four terrorists\" in the area after coming under fire, and denied targeting civilians.",
       note="conflicting accounts: 5 civilians (residents) vs 4 'terrorists' (army); coded on the residents' account"),
    ev("Gunmen kidnapped three teachers from a secondary school in Molyko, Buea; a video showed them held by armed men calling themselves 'Amba boys'.",
       "2019-10-15", "‘on Tuesday morning’ before the Wednesday 2019-10-16 dateline: Tuesday 2019-10-15",
       "Molyko, Buea", "South-West", "CM", "other", "Ambazonian separatists", "civilians",
       None, None, None, None,
       "In Buea, gunmen kidnapped three teachers from a secondary school in the Molyko neighbourhood on Tuesday morning. A video posted online in the evening showed the teachers sitting on the ground, surrounded by armed men who said they were \"Amba boys\"",
       note="abduction of three teachers; the kidnappers identified themselves as separatists in the video"),
],
figures=[
    fig("displaced", 500000, "North-West and South-West regions",
        "More than 500,000 people have fled their homes in the two regions"),
    fig("killed", 3000, "North-West and South-West regions",
        "the International Crisis Group estimates that about 3,000 people have been killed"),
])

report("h16-15", "2020-10-21", "https://www.example-indianoceanobserver.com/mozambique/2020/10/21/chai-raid-awasse-clash",
"""
Insurgents behead four in Macomia raid; helicopters strike bases near Mocímboa da Praia

PEMBA, October 21 (Indian Ocean Observer) - Insurgents raided the village of Chai in Macomia district on Saturday night, beheading four men and setting fire to dozens of homes, residents who fled to the district headquarters said.

"We ran into the bush with the children and waited until morning. When we came back the men were lying by the road," a woman who fled told the Indian Ocean Observer. The Islamic State claimed the raid on Monday through its Amaq agency, saying its fighters had killed ten "Christians".

Mozambican troops clashed with insurgents near Awasse, on the road to Mocímboa da Praia, on Friday, killing eight of them, the defence ministry said. Two soldiers died, the ministry added.

Helicopter gunships flown by a South African private military company contracted by the police struck insurgent positions around Mocímboa da Praia on Thursday, a security source said, without giving casualty figures. The port town has been held by the insurgents since August.

The insurgents, known locally as al-Shabaab but with no known operational ties to the Somali group, have pledged allegiance to the Islamic State. More than 2,000 people have been killed since the insurgency began in October 2017, according to a conflict monitor, and the UN says about 310,000 people have been displaced in the province. More than 10,000 arrived in Pemba by boat in the past week alone, local officials said.
""",
events=[
    ev("Insurgents raided Chai, beheading four men and burning dozens of homes; the Islamic State claimed it, saying ten were killed.",
       "2020-10-17", "‘on Saturday night’ before the Wednesday 2020-10-21 dateline: Saturday 2020-10-17 (first night)",
       "Chai", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "Insurgents raided the village of Chai in Macomia district on Saturday night, beheading four men and setting fire to dozens of homes, residents who fled to the district headquarters said. [...] The Islamic State claimed the raid on Monday through its Amaq agency, saying its fighters had killed ten \"Christians\".",
       note="residents' toll 4; the IS claim of ten is not used"),
    ev("Mozambican troops clashed with insurgents near Awasse, killing eight; two soldiers died.",
       "2020-10-16", "‘on Friday’ before the Wednesday 2020-10-21 dateline: Friday 2020-10-16",
       "near Awasse", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "Islamic State",
       10, None, None, None,
       "Mozambican troops clashed with insurgents near Awasse, on the road to Mocímboa da Praia, on Friday, killing eight of them, the defence ministry said. Two soldiers died, the ministry added.",
       note="10 = 8 insurgents + 2 soldiers (ministry); the insurgents are the IS-aligned group known locally as al-Shabaab"),
    ev("Helicopter gunships of a private military company contracted by the police struck insurgent positions around Mocímboa da Praia; no casualty figures.",
       "2020-10-15", "‘on Thursday’ before the Wednesday 2020-10-21 dateline: Thursday 2020-10-15",
       "around Mocímboa da Praia", "Cabo Delgado", "MZ", "explosion", "Mozambican security forces", "Islamic State",
       None, None, None, None,
       "Helicopter gunships flown by a South African private military company contracted by the police struck insurgent positions around Mocímboa da Praia on Thursday, a security source said, without giving casualty figures.",
       note="contractor working for the Mozambican police"),
],
figures=[
    fig("killed", 2000, "Cabo Delgado", "More than 2,000 people have been killed since the insurgency began in October 2017"),
    fig("displaced", 310000, "Cabo Delgado", "about 310,000 people have been displaced in the province"),
    fig("displaced", 10000, "Pemba", "More than 10,000 arrived in Pemba by boat in the past week alone",
        note="arrivals in one week"),
])

report("h16-16", "2023-06-20", "https://www.example-frontierledger.com/kp/2023/06/20/serai-naurang-police-attack",
"""
Three policemen martyred in Lakki Marwat attack; IED kills two soldiers in North Waziristan

PESHAWAR, June 20 (Frontier Ledger) - Three policemen were martyred and two others injured when militants armed with heavy weapons attacked the Serai Naurang police station in Lakki Marwat district late on Sunday night, police said. The attackers fled after an exchange of fire that lasted over an hour, the district police officer said.

The proscribed Tehreek-e-Taliban Pakistan claimed responsibility in a message sent to journalists on Monday, saying its fighters had killed "more than ten" policemen.

Two soldiers embraced martyrdom and three were injured on Monday when an improvised explosive device struck their vehicle near Mir Ali in North Waziristan, the ISPR said. The military's media wing said "terrorists" had planted the device; no group claimed the attack.

In a separate statement, the ISPR said security forces had killed four terrorists in an intelligence-based operation in the Datta Khel area of North Waziristan on Saturday and recovered weapons and explosives. The terrorists "remained actively involved in attacks on security forces", it said.

Meanwhile, the Counter-Terrorism Department in Dera Ismail Khan said it had arrested three suspects on Monday who were allegedly planning to target a religious gathering, and had seized two suicide vests.

Attacks on police have risen sharply in the province since the TTP ended a ceasefire with the government in November. According to a count by the provincial police, 102 policemen have been killed in Khyber Pakhtunkhwa since January.
""",
events=[
    ev("Militants with heavy weapons attacked the Serai Naurang police station, killing three policemen and injuring two; the TTP claimed it.",
       "2023-06-18", "‘late on Sunday night’ before the Tuesday 2023-06-20 dateline: Sunday 2023-06-18",
       "Serai Naurang police station", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       3, None, 2, None,
       "Three policemen were martyred and two others injured when militants armed with heavy weapons attacked the Serai Naurang police station in Lakki Marwat district late on Sunday night, police said. [...] The proscribed Tehreek-e-Taliban Pakistan claimed responsibility in a message sent to journalists on Monday, saying its fighters had killed \"more than ten\" policemen.",
       note="attacker named only by the later TTP claim; claim of 'more than ten' not used"),
    ev("An IED struck a military vehicle near Mir Ali, killing two soldiers and injuring three; no claim.",
       "2023-06-19", "‘on Monday’ before the Tuesday 2023-06-20 dateline: Monday 2023-06-19",
       "near Mir Ali", "Khyber Pakhtunkhwa", "PK", "explosion", "militants (unidentified)", "Pakistani security forces",
       2, None, 3, None,
       "Two soldiers embraced martyrdom and three were injured on Monday when an improvised explosive device struck their vehicle near Mir Ali in North Waziristan, the ISPR said. The military's media wing said \"terrorists\" had planted the device; no group claimed the attack."),
    ev("Security forces killed four militants in an intelligence-based operation in Datta Khel.",
       "2023-06-17", "‘on Saturday’ before the Tuesday 2023-06-20 dateline: Saturday 2023-06-17",
       "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       4, None, None, None,
       "the ISPR said security forces had killed four terrorists in an intelligence-based operation in the Datta Khel area of North Waziristan on Saturday and recovered weapons and explosives."),
    ev("The CTD in Dera Ismail Khan arrested three suspects allegedly planning an attack on a religious gathering and seized two suicide vests.",
       "2023-06-19", "arrested ‘on Monday’, before the Tuesday 2023-06-20 dateline: Monday 2023-06-19",
       "Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "militants (unidentified)",
       None, None, None, None,
       "the Counter-Terrorism Department in Dera Ismail Khan said it had arrested three suspects on Monday who were allegedly planning to target a religious gathering, and had seized two suicide vests.",
       arrested=3),
],
figures=[
    fig("killed", 102, "Khyber Pakhtunkhwa",
        "102 policemen have been killed in Khyber Pakhtunkhwa since January", note="police"),
])

report("h16-17", "2018-08-02", "https://www.example-tworiversweekly.com/iraq/2018/08/02/sinjar-four-years-on",
"""
Four years after Islamic State assault, most Sinjar Yazidis still in camps

DUHOK, August 2 (Two Rivers Weekly) - Four years after Islamic State fighters overran Sinjar, killing and enslaving thousands of Yazidis, about 200,000 people from the district still live in camps and unfinished buildings in Duhok province, aid agencies say, and many see no reason yet to go home.

In the Khanke camp, rows of tents and caravans stretch along the hillside. "Our village is rubble and there are mines in the fields. Who will protect us if the fighters come back?" said a former farmer from the southern side of Sinjar mountain.

Local officials in Sinjar say about 20,000 families have returned to the district since it was retaken in November 2015, most of them to Sinun and the villages on the northern side of the mountain. Sinjar town itself is still largely in ruins, with electricity and water in only a few neighbourhoods.

Security is divided between the Iraqi army, the Popular Mobilisation, police loyal to the Kurdistan Democratic Party and the Sinjar Resistance Units, a Yazidi force linked to the PKK, whose checkpoints residents must pass to reach their fields. Turkey regards the YBS as a terrorist group and has threatened to send troops into the district.

According to the Kurdistan Regional Government's office for rescuing abductees, 3,100 Yazidis remain missing. Investigators have identified 68 mass graves in the district, most of which have not been exhumed, and mine clearance teams say they have removed more than 4,000 explosive devices from homes and roads since 2016.

The anniversary of the assault will be marked on Friday with ceremonies in the camps and on the mountain.
""",
country_hint="IQ",
figures=[
    fig("displaced", 200000, "Duhok province",
        "about 200,000 people from the district still live in camps and unfinished buildings in Duhok province"),
    fig("returned", 20000, "Sinjar district",
        "about 20,000 families have returned to the district since it was retaken in November 2015", note="families"),
    fig("other", 3100, "Sinjar", "3,100 Yazidis remain missing", note="missing"),
    fig("other", 68, "Sinjar district", "Investigators have identified 68 mass graves in the district", note="mass graves"),
    fig("other", 4000, "Sinjar district",
        "they have removed more than 4,000 explosive devices from homes and roads since 2016", note="explosive devices removed"),
])

report("h16-18", "2022-10-06", "https://www.example-greatlakesecho.com/north-kivu/2022/10/06/mamove-raid-rugari-clash",
"""
ADF rebels kill villagers in Mamove raid; M23 and army clash around Rugari

GOMA, October 6 (Great Lakes Echo) - Rebels of the Allied Democratic Forces killed at least 11 civilians in an overnight raid on the village of Mamove, in North Kivu's Beni territory, the army said on Tuesday. Local civil society leaders said they had counted 14 bodies, some of them burnt inside their houses, and that several people were still missing.

The raid began late on Monday, residents said. The attackers looted a health centre and set fire to houses before withdrawing towards the forest. The Islamic State, which calls the ADF its Central Africa province, claimed the attack on Wednesday.

ADF fighters have also killed farmers in the neighbouring Irumu territory of Ituri province in recent days, local officials there said, without giving figures.

Further south, M23 rebels attacked army positions around Rugari, in Rutshuru territory, on Tuesday morning, a Congolese army spokesman said. Two civilians were killed by stray bullets, according to a local administrator. The M23 said in a statement that it had only "responded to provocations" by the army and allied militias.

In Goma, police arrested seven people on Wednesday whom they accused of spying for the M23, a police spokesman said.

The fighting around Rutshuru has displaced more than 180,000 people since March, the UN humanitarian office says. In Beni and Ituri, ADF attacks have killed more than 1,000 civilians this year, according to a local human rights group.
""",
events=[
    ev("ADF rebels raided Mamove overnight, looting a health centre and burning houses; the army counted at least 11 civilians killed, civil society 14. The Islamic State claimed it.",
       "2022-10-03", "raid ‘began late on Monday’, before the Thursday 2022-10-06 dateline: Monday 2022-10-03 (first night)",
       "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       11, 14, None, None,
       "Rebels of the Allied Democratic Forces killed at least 11 civilians in an overnight raid on the village of Mamove, in North Kivu's Beni territory, the army said on Tuesday. Local civil society leaders said they had counted 14 bodies [...] The raid began late on Monday, residents said.",
       note="conflicting tolls 11 (army) vs 14 (civil society)"),
    ev("ADF fighters killed farmers in Irumu territory in recent days; no place or figure.",
       None, "‘in recent days’; no day given",
       "Irumu territory", "Ituri", "CD", "attack_on_civilians", "ADF", "civilians",
       None, None, None, None,
       "ADF fighters have also killed farmers in the neighbouring Irumu territory of Ituri province in recent days",
       note="vague in time and place", optional=True),
    ev("M23 rebels attacked army positions around Rugari; two civilians killed by stray bullets.",
       "2022-10-04", "‘on Tuesday morning’ before the Thursday 2022-10-06 dateline: Tuesday 2022-10-04",
       "Rugari", "North Kivu", "CD", "battle", "M23", "Congolese security forces",
       2, None, None, None,
       "M23 rebels attacked army positions around Rugari, in Rutshuru territory, on Tuesday morning, a Congolese army spokesman said. Two civilians were killed by stray bullets, according to a local administrator.",
       note="army account of who attacked; the M23 says it responded to provocations"),
    ev("Police in Goma arrested seven people accused of spying for the M23.",
       "2022-10-05", "arrested ‘on Wednesday’, before the Thursday 2022-10-06 dateline: Wednesday 2022-10-05",
       "Goma", "North Kivu", "CD", "arrest", "Congolese security forces", "M23",
       None, None, None, None,
       "In Goma, police arrested seven people on Wednesday whom they accused of spying for the M23",
       arrested=7),
],
figures=[
    fig("displaced", 180000, "Rutshuru territory",
        "The fighting around Rutshuru has displaced more than 180,000 people since March"),
    fig("killed", 1000, "Beni and Ituri",
        "ADF attacks have killed more than 1,000 civilians this year"),
])

# ---------------------------------------------------------------------------
# h16-19 .. h16-27
# ---------------------------------------------------------------------------

report("h16-19", "2022-12-15", "https://www.example-fasowire.com/securite/2022/12/15/djibo-detachment-barsalogho-market",
"""
Eleven soldiers killed in attack near Djibo; volunteers repel assault on Barsalogho market

OUAGADOUGOU, December 15 (Faso Wire) - Eleven soldiers were killed and 20 wounded when armed men attacked a military detachment near Djibo, in the Soum province of northern Burkina Faso, on Sunday, the army general staff said in a statement. The army said about 30 assailants had been "neutralised" in the counter-offensive, which was supported by air force helicopters.

On Tuesday the al-Qaeda-linked JNIM claimed the attack through its Az-Zallaqa media arm, saying its fighters had seized weapons, vehicles and ammunition.

In the Centre-Nord region, Volunteers for the Defence of the Homeland (VDP) fought off gunmen who attacked the market in Barsalogho on Saturday afternoon, local sources said. Two volunteers and seven attackers were killed, and several traders were wounded by stray bullets.

On Monday, a supply convoy escorted by soldiers struck an explosive device on the road between Kaya and Barsalogho, killing three civilian truck drivers and wounding six people, a security source said. Convoys are the only way to bring food and fuel to Djibo, which has been under a blockade by jihadist groups for months.

More than 1.7 million people have been displaced by the violence in Burkina Faso, according to the government's emergency relief council, and about one in five schools is closed.
""",
events=[
    ev("Armed men attacked a military detachment near Djibo; the army says 11 soldiers killed, 20 wounded and about 30 assailants neutralised. JNIM claimed it on Tuesday.",
       "2022-12-11", "‘on Sunday’ before the Thursday 2022-12-15 dateline: Sunday 2022-12-11",
       "near Djibo", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
       41, None, 20, None,
       "Eleven soldiers were killed and 20 wounded when armed men attacked a military detachment near Djibo, in the Soum province of northern Burkina Faso, on Sunday, the army general staff said in a statement. The army said about 30 assailants had been \"neutralised\" in the counter-offensive [...] On Tuesday the al-Qaeda-linked JNIM claimed the attack",
       note="41 = 11 soldiers + about 30 assailants (army count); attacker named only by the later JNIM claim; helicopter support part of the same fight"),
    ev("VDP volunteers fought off gunmen who attacked the Barsalogho market; two volunteers and seven attackers killed, several traders wounded.",
       "2022-12-10", "‘on Saturday afternoon’ before the Thursday 2022-12-15 dateline: Saturday 2022-12-10",
       "Barsalogho market", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       9, None, None, None,
       "In the Centre-Nord region, Volunteers for the Defence of the Homeland (VDP) fought off gunmen who attacked the market in Barsalogho on Saturday afternoon, local sources said. Two volunteers and seven attackers were killed, and several traders were wounded by stray bullets.",
       note="9 = 2 VDP + 7 attackers; VDP counted with the state forces; 'several' wounded gives no count"),
    ev("A military-escorted supply convoy struck an explosive device between Kaya and Barsalogho, killing three civilian truck drivers and wounding six.",
       "2022-12-12", "‘On Monday’ before the Thursday 2022-12-15 dateline: Monday 2022-12-12",
       "road between Kaya and Barsalogho", "Centre-Nord", "BF", "explosion", "unknown", "civilians",
       3, None, 6, None,
       "On Monday, a supply convoy escorted by soldiers struck an explosive device on the road between Kaya and Barsalogho, killing three civilian truck drivers and wounding six people, a security source said.",
       note="no perpetrator named"),
],
figures=[
    fig("displaced", 1700000, "Burkina Faso",
        "More than 1.7 million people have been displaced by the violence in Burkina Faso"),
])

report("h16-20", "2021-11-23", "https://www.example-pacificoreporter.com/michoacan/2021/11/23/tepalcatepec-drones-aguililla-bodies",
"""
Drones drop explosives on Tepalcatepec; seven bodies found after cartel gunfight near Aguililla

MORELIA, November 23 (Pacífico Reporter) - Drones dropped explosives on houses on the outskirts of Tepalcatepec, in Michoacán's Tierra Caliente, on Saturday, wounding three residents, a municipal official said. No one was killed. State prosecutors attributed the attack to the Jalisco New Generation Cartel, which has been trying for two years to push into the municipality, held by groups allied with the rival Carteles Unidos.

In the neighbouring municipality of Aguililla, residents of El Aguaje reported hours of gunfire on Saturday night as CJNG gunmen tried to break through roadblocks set up by Carteles Unidos with burned trucks. State police and soldiers who reached the area on Sunday found seven bodies, the state security secretary said, adding that they were believed to be those of cartel gunmen.

On Friday night, gunmen burst into a bar in central Uruapan and opened fire on customers, killing six people and wounding two, the state attorney general's office said. Investigators have not identified the attackers or a motive.

National Guard troops and soldiers arrested five suspected CJNG members in Apatzingán on Monday and seized rifles, ammunition and two pick-up trucks fitted with improvised armour, the defence ministry said.

Michoacán has recorded more than 1,900 homicides so far this year, according to the national public security system, and hundreds of families have left Aguililla and Tepalcatepec for Morelia and the United States border.
""",
events=[
    ev("Drones dropped explosives on houses on the outskirts of Tepalcatepec, wounding three residents; nobody killed. Prosecutors blamed the CJNG.",
       "2021-11-20", "‘on Saturday’ before the Tuesday 2021-11-23 dateline: Saturday 2021-11-20",
       "outskirts of Tepalcatepec", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "civilians",
       0, None, 3, None,
       "Drones dropped explosives on houses on the outskirts of Tepalcatepec, in Michoacán's Tierra Caliente, on Saturday, wounding three residents, a municipal official said. No one was killed. State prosecutors attributed the attack to the Jalisco New Generation Cartel",
       note="attributed by prosecutors, not denied; explicit 'No one was killed'"),
    ev("CJNG gunmen tried to break through Carteles Unidos roadblocks near El Aguaje in hours of gunfire; police and soldiers found seven bodies the next day.",
       "2021-11-20", "gunfire ‘on Saturday night’ before the Tuesday 2021-11-23 dateline: Saturday 2021-11-20 (bodies found on Sunday 2021-11-21)",
       "El Aguaje", "Michoacán", "MX", "battle", "Jalisco New Generation Cartel", "Carteles Unidos",
       7, None, None, None,
       "In the neighbouring municipality of Aguililla, residents of El Aguaje reported hours of gunfire on Saturday night as CJNG gunmen tried to break through roadblocks set up by Carteles Unidos with burned trucks. State police and soldiers who reached the area on Sunday found seven bodies, the state security secretary said",
       note="toll told as bodies found the next day"),
    ev("Gunmen opened fire in a bar in central Uruapan, killing six customers and wounding two; attackers not identified.",
       "2021-11-19", "‘On Friday night’ before the Tuesday 2021-11-23 dateline: Friday 2021-11-19",
       "bar in central Uruapan", "Michoacán", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       6, None, 2, None,
       "On Friday night, gunmen burst into a bar in central Uruapan and opened fire on customers, killing six people and wounding two, the state attorney general's office said. Investigators have not identified the attackers or a motive."),
    ev("National Guard troops and soldiers arrested five suspected CJNG members in Apatzingán and seized weapons and armoured pick-ups.",
       "2021-11-22", "‘on Monday’ before the Tuesday 2021-11-23 dateline: Monday 2021-11-22",
       "Apatzingán", "Michoacán", "MX", "arrest", "Mexican security forces", "Jalisco New Generation Cartel",
       None, None, None, None,
       "National Guard troops and soldiers arrested five suspected CJNG members in Apatzingán on Monday and seized rifles, ammunition and two pick-up trucks fitted with improvised armour, the defence ministry said.",
       arrested=5),
],
figures=[
    fig("killed", 1900, "Michoacán", "Michoacán has recorded more than 1,900 homicides so far this year",
        note="homicides of all kinds"),
])

report("h16-21", "2019-05-12", "https://www.example-levantwire.com/syria/2019/05/12/kafr-nabudah-captured-kafranbel-barrel-bombs",
"""
Syrian army takes Kafr Nabudah as barrel bombs fall on southern Idlib

BEIRUT, May 12 (Levant Wire) - Syrian government forces and allied militias captured the town of Kafr Nabudah in the north-west of Hama province on Saturday after fighting that began on Thursday, the state news agency SANA reported.

A Britain-based war monitor said 23 pro-government fighters and 31 rebels and jihadists had been killed in the battle for the town, which had been in opposition hands since 2012. The rebel factions, dominated by the jihadist alliance Hayat Tahrir al-Sham, said they had pulled back to "more defensible lines".

In southern Idlib, barrel bombs dropped by government helicopters hit the centre of Kafranbel on Friday, killing four people, among them a woman, and wounding 11, according to the White Helmets rescue service. The monitor said Russian jets also struck rebel positions around Khan Sheikhoun on the same day, but it had no casualty figures.

SANA said rockets fired by "terrorist groups" from rebel-held territory struck the town of Suqaylabiyah on Friday evening, killing a girl and wounding three people.

The offensive, the fiercest in the north-west since Russia and Turkey agreed last September on a buffer zone around Idlib, began at the end of April. More than 180,000 people have fled their homes since then, many of them to olive groves near the Turkish border, according to the UN humanitarian office.
""",
events=[
    ev("Government forces and allied militias captured Kafr Nabudah from HTS-led rebels after three days of fighting in which, a monitor said, 23 pro-government fighters and 31 rebels were killed.",
       "2019-05-11", "captured ‘on Saturday’ before the Sunday 2019-05-12 dateline: Saturday 2019-05-11 (fighting from Thursday 2019-05-09)",
       "Kafr Nabudah", "Hama", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       54, None, None, None,
       "Syrian government forces and allied militias captured the town of Kafr Nabudah in the north-west of Hama province on Saturday after fighting that began on Thursday, the state news agency SANA reported. [...] A Britain-based war monitor said 23 pro-government fighters and 31 rebels and jihadists had been killed in the battle for the town",
       note="54 = 23 pro-government + 31 rebels and jihadists (monitor), for the whole battle; rebels led by Hayat Tahrir al-Sham"),
    ev("Barrel bombs dropped by government helicopters hit the centre of Kafranbel, killing four, among them a woman, and wounding 11.",
       "2019-05-10", "‘on Friday’ before the Sunday 2019-05-12 dateline: Friday 2019-05-10",
       "Kafranbel", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       4, None, 11, None,
       "In southern Idlib, barrel bombs dropped by government helicopters hit the centre of Kafranbel on Friday, killing four people, among them a woman, and wounding 11, according to the White Helmets rescue service."),
    ev("Russian jets struck rebel positions around Khan Sheikhoun; no casualty figures.",
       "2019-05-10", "‘on the same day’ as the Kafranbel barrel bombs ‘on Friday’: Friday 2019-05-10",
       "around Khan Sheikhoun", "Idlib", "SY", "explosion", "Russian armed forces", "Syrian rebels",
       None, None, None, None,
       "The monitor said Russian jets also struck rebel positions around Khan Sheikhoun on the same day, but it had no casualty figures."),
    ev("Rockets fired from rebel-held territory struck Suqaylabiyah, killing a girl and wounding three.",
       "2019-05-10", "‘on Friday evening’ before the Sunday 2019-05-12 dateline: Friday 2019-05-10",
       "Suqaylabiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
       1, None, 3, None,
       "SANA said rockets fired by \"terrorist groups\" from rebel-held territory struck the town of Suqaylabiyah on Friday evening, killing a girl and wounding three people.",
       note="'terrorist groups' of state media = rebel factions"),
],
figures=[
    fig("displaced", 180000, "north-west Syria",
        "More than 180,000 people have fled their homes since then"),
])

report("h16-22", "2020-03-05", "https://www.example-evcourier.com/samar/2020/03/05/las-navas-ambush-impasugong-camp",
"""
Two soldiers killed in NPA ambush in Northern Samar; troops overrun rebel camp in Bukidnon

TACLOBAN CITY, March 5 (Eastern Visayas Courier) - Two soldiers were killed and three wounded when New People's Army rebels ambushed an army patrol in a village of Las Navas, Northern Samar, on Sunday morning, the army's 8th Infantry Division said. One rebel was killed in the firefight that followed, and troops recovered his body and an M16 rifle.

"The communist terrorists set off a command-detonated explosive before opening fire," a division spokesman said. The soldiers had been guarding workers repairing a farm-to-market road.

In the nearby town of Catubig, guerrillas set fire to a backhoe and a dump truck belonging to a construction company on Monday. In a statement, the NPA's regional command said the equipment had been burned as "punishment" for the company's refusal to pay "revolutionary taxes".

Police in Catarman, the provincial capital, arrested a woman on Wednesday who they said was a finance officer of the rebels' local front. She was detained on a warrant for murder, a police spokesman said.

In Mindanao, soldiers overran an NPA camp in the hinterlands of Impasug-ong, Bukidnon, on Tuesday after a 30-minute firefight, the army's 4th Infantry Division said. Two rebels were killed and the troops suffered no casualties, it said.

The military says 240 NPA fighters surrendered in Eastern Visayas last year. The government ended peace talks with the communist rebels in 2017 and has since designated the NPA a terrorist organisation.
""",
events=[
    ev("NPA rebels ambushed an army patrol guarding road workers in Las Navas with a command-detonated explosive and gunfire; two soldiers and one rebel killed, three soldiers wounded.",
       "2020-03-01", "‘on Sunday morning’ before the Thursday 2020-03-05 dateline: Sunday 2020-03-01",
       "Las Navas", "Northern Samar", "PH", "battle", "New People's Army", "Philippine security forces",
       3, None, 3, None,
       "Two soldiers were killed and three wounded when New People's Army rebels ambushed an army patrol in a village of Las Navas, Northern Samar, on Sunday morning, the army's 8th Infantry Division said. One rebel was killed in the firefight that followed",
       note="3 = 2 soldiers + 1 rebel; ambush opened with an explosive, then gunfire"),
    ev("Guerrillas burned a construction company's backhoe and dump truck in Catubig; the NPA claimed it as punishment for unpaid 'revolutionary taxes'.",
       "2020-03-02", "‘on Monday’ before the Thursday 2020-03-05 dateline: Monday 2020-03-02",
       "Catubig", "Northern Samar", "PH", "other", "New People's Army", "none",
       None, None, None, None,
       "In the nearby town of Catubig, guerrillas set fire to a backhoe and a dump truck belonging to a construction company on Monday. In a statement, the NPA's regional command said the equipment had been burned as \"punishment\" for the company's refusal to pay \"revolutionary taxes\".",
       note="arson of machines; actor from the NPA's own statement"),
    ev("Police in Catarman arrested a woman said to be a finance officer of the NPA's local front.",
       "2020-03-04", "‘on Wednesday’ before the Thursday 2020-03-05 dateline: Wednesday 2020-03-04",
       "Catarman", "Northern Samar", "PH", "arrest", "Philippine security forces", "New People's Army",
       None, None, None, None,
       "Police in Catarman, the provincial capital, arrested a woman on Wednesday who they said was a finance officer of the rebels' local front.",
       arrested=1),
    ev("Soldiers overran an NPA camp in the hinterlands of Impasug-ong after a 30-minute firefight; two rebels killed.",
       "2020-03-03", "‘on Tuesday’ before the Thursday 2020-03-05 dateline: Tuesday 2020-03-03",
       "Impasug-ong", "Bukidnon", "PH", "battle", "Philippine security forces", "New People's Army",
       2, None, None, None,
       "In Mindanao, soldiers overran an NPA camp in the hinterlands of Impasug-ong, Bukidnon, on Tuesday after a 30-minute firefight, the army's 4th Infantry Division said. Two rebels were killed and the troops suffered no casualties, it said.",
       note="no casualties on the government side; rebel wounded unknown"),
],
figures=[
    fig("other", 240, "Eastern Visayas", "240 NPA fighters surrendered in Eastern Visayas last year",
        note="surrendered fighters"),
])

report("h16-23", "2023-09-13", "https://www.example-northeastledger.com/manipur/2023/09/13/kwakta-farmers-kangchup-houses",
"""
Two farmers shot dead near Kwakta; houses torched in Kangchup

IMPHAL, September 13 (Northeast Ledger) - Two farmers were killed and three others wounded on Tuesday morning when armed men fired from the hills on paddy fields near Kwakta in Manipur's Bishnupur district, police said. The farmers had gone to harvest their crop under the protection of state police commandos, who returned fire, a police officer said.

Late on Tuesday, a Meitei village volunteer was killed near Torbung, on the border between Bishnupur and Churachandpur districts, when Kuki-Zo volunteers from the hills opened fire on the bunker he was guarding and its defenders fired back, police said. The exchange went on for about three hours.

On Monday night, armed men set fire to 14 houses in the Kangchup area of Imphal West district that had been abandoned by their owners in May. No one was hurt.

Security forces arrested five men with two rifles, a pistol and grenades at a checkpoint at Yaingangpokpi in Imphal East on Sunday, police said in a statement. The men were handed over to the local police station.

Since ethnic violence between the Meitei and Kuki-Zo communities broke out on May 3, more than 175 people have been killed and about 62,000 are living in relief camps, according to state government figures. The army and central paramilitary forces have set up buffer zones between the valley and the hills, but firing across them has continued almost daily.
""",
events=[
    ev("Armed men firing from the hills on paddy fields near Kwakta killed two farmers and wounded three; police commandos returned fire.",
       "2023-09-12", "‘on Tuesday morning’ before the Wednesday 2023-09-13 dateline: Tuesday 2023-09-12",
       "near Kwakta", "Manipur", "IN", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, 3, None,
       "Two farmers were killed and three others wounded on Tuesday morning when armed men fired from the hills on paddy fields near Kwakta in Manipur's Bishnupur district, police said."),
    ev("Kuki-Zo volunteers opened fire on a Meitei bunker near Torbung; a Meitei village volunteer was killed in a three-hour exchange.",
       "2023-09-12", "‘Late on Tuesday’ before the Wednesday 2023-09-13 dateline: Tuesday 2023-09-12",
       "near Torbung", "Manipur", "IN", "battle", "Kuki-Zo village volunteers", "Meitei village volunteers",
       1, None, None, None,
       "Late on Tuesday, a Meitei village volunteer was killed near Torbung, on the border between Bishnupur and Churachandpur districts, when Kuki-Zo volunteers from the hills opened fire on the bunker he was guarding and its defenders fired back, police said."),
    ev("Armed men set fire to 14 abandoned houses in the Kangchup area; no one hurt.",
       "2023-09-11", "‘On Monday night’ before the Wednesday 2023-09-13 dateline: Monday 2023-09-11 (first night)",
       "Kangchup", "Manipur", "IN", "other", "militants (unidentified)", "none",
       0, None, 0, None,
       "On Monday night, armed men set fire to 14 houses in the Kangchup area of Imphal West district that had been abandoned by their owners in May. No one was hurt.",
       note="arson of abandoned houses (property destruction); explicit 'No one was hurt'"),
    ev("Security forces arrested five armed men with rifles, a pistol and grenades at a checkpoint at Yaingangpokpi.",
       "2023-09-10", "‘on Sunday’ before the Wednesday 2023-09-13 dateline: Sunday 2023-09-10",
       "Yaingangpokpi", "Manipur", "IN", "arrest", "Indian security forces", "militants (unidentified)",
       None, None, None, None,
       "Security forces arrested five men with two rifles, a pistol and grenades at a checkpoint at Yaingangpokpi in Imphal East on Sunday, police said in a statement.",
       arrested=5),
],
figures=[
    fig("killed", 175, "Manipur",
        "Since ethnic violence between the Meitei and Kuki-Zo communities broke out on May 3, more than 175 people have been killed"),
    fig("displaced", 62000, "Manipur", "about 62,000 are living in relief camps"),
])

report("h16-24", "2022-07-20", "https://www.example-arabiafrontline.com/yemen/2022/07/20/truce-fuel-flights-taiz-roads",
"""
Yemen truce brings fuel and flights, but the roads to Taiz stay shut

ADEN, July 20 (Arabia Frontline) - Nearly four months into Yemen's first nationwide truce since 2016, fuel tankers are again docking at Hodeidah and commercial flights are leaving Sanaa, but the roads into the besieged city of Taiz remain closed, and neither side has shown much appetite for a lasting settlement.

Since the UN-brokered truce began in April, 26 fuel ships have unloaded at Hodeidah port and 22 return flights have carried about 8,000 passengers between Sanaa and Amman or Cairo, according to the office of the UN special envoy. Aid groups say civilian casualties have fallen by more than half compared with the months before the truce, when air strikes, missile and drone attacks and shelling were daily news.

"For the first time in years my children sleep without waking to the sound of jets," a teacher in Sanaa said.

In Taiz, which Houthi forces have encircled since 2015, residents still travel for six hours or more on mountain tracks to reach the other side of the front line, a trip that took 15 minutes before the war. Talks in Amman on reopening the main roads have stalled, with each side accusing the other of stalling and of reinforcing its positions.

The truce expires on August 2. The envoy is pressing both sides for a longer and broader deal that would include the payment of public salaries and more flight destinations. Government officials accuse the Houthis of using the lull to move fighters and missiles towards the fronts around Marib, and the Houthis accuse the Saudi-led coalition of delaying fuel ships.

The war has killed more than 150,000 people, fighters included, since 2015, according to one widely cited estimate, and 4.3 million Yemenis have been displaced.
""",
country_hint="YE",
figures=[
    fig("other", 26, "Hodeidah port", "26 fuel ships have unloaded at Hodeidah port", note="fuel ships since April"),
    fig("other", 22, "Sanaa", "22 return flights have carried about 8,000 passengers", note="return flights since April"),
    fig("other", 8000, "Sanaa", "22 return flights have carried about 8,000 passengers", note="passengers"),
    fig("killed", 150000, "Yemen", "The war has killed more than 150,000 people, fighters included, since 2015"),
    fig("displaced", 4300000, "Yemen", "4.3 million Yemenis have been displaced"),
])

report("h16-25", "2024-09-18", "https://www.example-niledispatch.com/sudan/2024/09/18/abu-shouk-shelling-kabkabiya-air-strike",
"""
RSF shells hit Abu Shouk camp as El Fasher siege tightens; air strike kills 14 in Kabkabiya

PORT SUDAN, September 18 (Nile Dispatch) - Shells fired by the Rapid Support Forces hit the Abu Shouk camp for displaced people on the northern edge of El Fasher on Sunday, killing nine people, including three children, the camp's coordination committee said. The committee said 20 people were wounded, while a hospital supported by an international medical charity said it had received 26 wounded from the camp.

The next day, the army and its allies in the Joint Force of Darfur armed movements fought off an RSF assault on the south-eastern outskirts of El Fasher, the Joint Force said. It said six of its fighters were killed and that it had counted the bodies of 28 RSF fighters. The paramilitaries, who have besieged the city since May, said they had destroyed "dozens" of enemy vehicles.

In Kabkabiya, west of El Fasher, an air strike on the weekly market on Saturday killed 14 people, local activists said, accusing the army, the only side in the war with warplanes. The army did not comment.

The UN says about 800,000 people remain trapped in El Fasher, the last major city in Darfur still held by the army, with food running out and the main hospital repeatedly shelled. More than 10 million people have been displaced inside Sudan since the war began in April last year.
""",
events=[
    ev("RSF shells hit the Abu Shouk displaced camp at El Fasher, killing nine including three children; 20 wounded per the camp committee, 26 per a hospital.",
       "2024-09-15", "‘on Sunday’ before the Wednesday 2024-09-18 dateline: Sunday 2024-09-15",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       9, None, 20, 26,
       "Shells fired by the Rapid Support Forces hit the Abu Shouk camp for displaced people on the northern edge of El Fasher on Sunday, killing nine people, including three children, the camp's coordination committee said. The committee said 20 people were wounded, while a hospital supported by an international medical charity said it had received 26 wounded from the camp.",
       note="conflicting wounded: 20 (camp committee) vs 26 (hospital)"),
    ev("The army and the Joint Force fought off an RSF assault on the south-eastern outskirts of El Fasher; six Joint Force fighters killed and 28 RSF bodies counted.",
       "2024-09-16", "‘The next day’ after the shelling ‘on Sunday’: Monday 2024-09-16",
       "south-eastern outskirts of El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       34, None, None, None,
       "The next day, the army and its allies in the Joint Force of Darfur armed movements fought off an RSF assault on the south-eastern outskirts of El Fasher, the Joint Force said. It said six of its fighters were killed and that it had counted the bodies of 28 RSF fighters.",
       note="34 = 6 Joint Force + 28 RSF (Joint Force count); Joint Force counted with the army"),
    ev("An air strike on the weekly market in Kabkabiya killed 14 people; activists accused the army, which did not comment.",
       "2024-09-14", "‘on Saturday’ before the Wednesday 2024-09-18 dateline: Saturday 2024-09-14",
       "market, Kabkabiya", "North Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       14, None, None, None,
       "In Kabkabiya, west of El Fasher, an air strike on the weekly market on Saturday killed 14 people, local activists said, accusing the army, the only side in the war with warplanes. The army did not comment.",
       note="attributed by activists, not denied"),
],
figures=[
    fig("civilians_trapped", 800000, "El Fasher", "about 800,000 people remain trapped in El Fasher"),
    fig("displaced", 10000000, "Sudan", "More than 10 million people have been displaced inside Sudan since the war began in April last year"),
])

report("h16-26", "2018-07-19", "https://www.example-northernpulse.com/faryab/2018/07/19/qaisar-outposts-overrun",
"""
Taliban overrun outposts in Faryab's Qaisar district; air strike kills shadow governor

MAIMANA, July 19 (Northern Pulse) - Taliban fighters overran two security outposts in the Qaisar district of northern Faryab province in an attack that began late on Monday and lasted until dawn, officials said.

Eleven members of the Afghan security forces were killed and four are missing, a provincial council member said, while the provincial police chief said 15 insurgents had been killed in the fighting. The Taliban said in a statement that they had seized weapons, ammunition and two Humvees from the outposts.

An Afghan air force strike killed a Taliban shadow district governor and six of his bodyguards in Almar district on Tuesday, the army's 209th Shaheen Corps said in a statement. The dead commander had led attacks on the Maimana-Andkhoy highway for two years, it said.

A bomb hidden in a handcart exploded near the provincial governor's compound in Maimana on Wednesday morning, wounding five civilians, including a child. No one was killed, and no group has claimed the blast.

Faryab has become one of the most contested provinces in the north. The Taliban now control or contest nine of the province's 14 districts, according to the provincial council, and families displaced from Qaisar and Almar have filled schools and mosques in Maimana.
""",
events=[
    ev("Taliban fighters overran two outposts in Qaisar district in an overnight attack; 11 members of the security forces and 15 insurgents killed, four soldiers missing.",
       "2018-07-16", "attack ‘began late on Monday and lasted until dawn’, before the Thursday 2018-07-19 dateline: Monday 2018-07-16 (first night)",
       "Qaisar", "Faryab", "AF", "battle", "Taliban", "Afghan security forces",
       26, None, None, None,
       "Taliban fighters overran two security outposts in the Qaisar district of northern Faryab province in an attack that began late on Monday and lasted until dawn, officials said. [...] Eleven members of the Afghan security forces were killed and four are missing, a provincial council member said, while the provincial police chief said 15 insurgents had been killed in the fighting.",
       note="26 = 11 security forces (council member) + 15 insurgents (police chief); four missing not counted"),
    ev("An Afghan air force strike killed a Taliban shadow district governor and six bodyguards in Almar district.",
       "2018-07-17", "‘on Tuesday’ before the Thursday 2018-07-19 dateline: Tuesday 2018-07-17",
       "Almar", "Faryab", "AF", "explosion", "Afghan security forces", "Taliban",
       7, None, None, None,
       "An Afghan air force strike killed a Taliban shadow district governor and six of his bodyguards in Almar district on Tuesday, the army's 209th Shaheen Corps said in a statement.",
       note="7 = the shadow governor + 6 bodyguards"),
    ev("A bomb hidden in a handcart exploded near the provincial governor's compound in Maimana, wounding five civilians including a child; nobody killed, no claim.",
       "2018-07-18", "‘on Wednesday morning’ before the Thursday 2018-07-19 dateline: Wednesday 2018-07-18",
       "near the governor's compound, Maimana", "Faryab", "AF", "explosion", "unknown", "civilians",
       0, None, 5, None,
       "A bomb hidden in a handcart exploded near the provincial governor's compound in Maimana on Wednesday morning, wounding five civilians, including a child. No one was killed, and no group has claimed the blast.",
       note="explicit 'No one was killed'"),
],
figures=[
    fig("other", 9, "Faryab", "The Taliban now control or contest nine of the province's 14 districts",
        note="districts controlled or contested by the Taliban"),
])

report("h16-27", "2022-03-22", "https://www.example-sahelobserver.com/mali/2022/03/22/anderamboukane-camps-attack",
"""
Islamic State fighters kill civilians in nomad camps near Andéramboukane

GAO, March 22 (Sahel Observer) - Fighters of the Islamic State in the Greater Sahara attacked nomad camps around Andéramboukane, near Mali's border with Niger, on Saturday, killing at least 15 civilians, a local official said. The Movement for the Salvation of Azawad (MSA), an armed group present in the area, put the toll at 22 and said the attackers had driven off hundreds of cattle.

"They surrounded the camps on motorbikes and shot the men," an MSA spokesman said.

MSA fighters pursued the attackers and clashed with them near Inékar on Sunday, losing four men, the spokesman said, adding that "many" jihadists had been killed.

On Monday a vehicle of the UN peacekeeping mission MINUSMA struck a mine near Tessit, in the Gao region, killing one peacekeeper and wounding three, the mission said. It did not say who had laid the mine.

More than 4,000 people have fled to Ménaka town over the past week, according to humanitarian workers, joining tens of thousands already displaced in the region, where the jihadists have stepped up attacks since the start of the year.
""",
events=[
    ev("Islamic State in the Greater Sahara fighters attacked nomad camps around Andéramboukane, killing at least 15 civilians (local official) or 22 (MSA) and driving off cattle.",
       "2022-03-19", "‘on Saturday’ before the Tuesday 2022-03-22 dateline: Saturday 2022-03-19",
       "nomad camps around Andéramboukane", "Ménaka", "ML", "attack_on_civilians", "Islamic State", "civilians",
       15, 22, None, None,
       "Fighters of the Islamic State in the Greater Sahara attacked nomad camps around Andéramboukane, near Mali's border with Niger, on Saturday, killing at least 15 civilians, a local official said. The Movement for the Salvation of Azawad (MSA), an armed group present in the area, put the toll at 22",
       note="conflicting tolls 15 (local official) vs 22 (MSA)"),
    ev("MSA fighters pursuing the attackers clashed with them near Inékar, losing four men.",
       "2022-03-20", "‘on Sunday’ before the Tuesday 2022-03-22 dateline: Sunday 2022-03-20",
       "near Inékar", "Ménaka", "ML", "battle", "Movement for the Salvation of Azawad", "Islamic State",
       4, None, None, None,
       "MSA fighters pursued the attackers and clashed with them near Inékar on Sunday, losing four men, the spokesman said, adding that \"many\" jihadists had been killed.",
       note="'the attackers' refers back to the Islamic State fighters; 'many' jihadists killed gives no count"),
    ev("A MINUSMA vehicle struck a mine near Tessit, killing one peacekeeper and wounding three.",
       "2022-03-21", "‘On Monday’ before the Tuesday 2022-03-22 dateline: Monday 2022-03-21",
       "near Tessit", "Gao", "ML", "explosion", "unknown", "MINUSMA",
       1, None, 3, None,
       "On Monday a vehicle of the UN peacekeeping mission MINUSMA struck a mine near Tessit, in the Gao region, killing one peacekeeper and wounding three, the mission said. It did not say who had laid the mine."),
],
figures=[
    fig("displaced", 4000, "Ménaka town", "More than 4,000 people have fled to Ménaka town over the past week"),
])

# ---------------------------------------------------------------------------
# h16-28 .. h16-36
# ---------------------------------------------------------------------------

report("h16-28", "2022-11-30", "https://www.example-indianoceanobserver.com/mozambique/2022/11/30/cabo-delgado-returns-regional-force",
"""
In Cabo Delgado, the insurgents are pushed back but not beaten

PEMBA, November 30 (Indian Ocean Observer) - More than a year after Rwandan and southern African troops arrived in Cabo Delgado, the insurgency that beheaded villagers and emptied whole districts of Mozambique's northernmost province has been driven away from the main towns, but it has not been defeated, officials and aid workers say.

About 2,500 Rwandan soldiers and police now guard Palma and Mocímboa da Praia, the port town the insurgents held for a year, while some 1,900 troops of the Southern African Development Community's mission patrol the districts further south alongside the Mozambican army. Rwandan commanders estimate that fewer than 300 fighters remain in the forests along the Messalo river, split into small mobile groups.

The International Organization for Migration says more than 340,000 people have returned to their home districts, most of them to Palma, Mocímboa da Praia and Muidumbe, where markets and some schools have reopened. Many others are afraid to go back. "We hear the shabaab are still in the bush. Who will protect our fields?" a farmer from Macomia said in a displacement camp outside Pemba.

The violence has also moved south. This year small groups of armed insurgents crossed into Niassa and Nampula provinces, spreading fear in districts that had never seen the war, and the government has asked the regional force to extend its mandate beyond next July.

The conflict, waged by insurgents who have pledged allegiance to the Islamic State, has killed more than 4,500 people since October 2017, according to a conflict monitor, and about 900,000 people were displaced at the height of the crisis. The French energy company TotalEnergies has kept work on its $20 billion gas project near Palma suspended since the insurgents overran the town in March last year.
""",
country_hint="MZ",
figures=[
    fig("fighters", 2500, "Palma and Mocímboa da Praia", "About 2,500 Rwandan soldiers and police now guard Palma and Mocímboa da Praia",
        note="Rwandan troops and police"),
    fig("fighters", 1900, "Cabo Delgado", "some 1,900 troops of the Southern African Development Community's mission",
        note="SADC troops"),
    fig("fighters", 300, "Messalo river", "fewer than 300 fighters remain in the forests along the Messalo river",
        note="insurgents, 'fewer than' 300 (Rwandan estimate)"),
    fig("returned", 340000, "Cabo Delgado", "more than 340,000 people have returned to their home districts"),
    fig("killed", 4500, "Cabo Delgado", "has killed more than 4,500 people since October 2017"),
    fig("displaced", 900000, "Cabo Delgado", "about 900,000 people were displaced at the height of the crisis"),
])

report("h16-29", "2014-11-14", "https://www.example-quettaobserver.com/balochistan/2014/11/14/buleda-ambush-turbat-grenade",
"""
Four FC men killed in Kech ambush; grenade wounds six in Turbat bazaar

QUETTA, November 14 (Quetta Observer) - Four personnel of the Frontier Corps were killed when militants ambushed their vehicle in the Buleda area of Kech district on Wednesday, officials said. The FC men were returning to their camp after escorting a team of polio vaccinators.

A man who said he spoke for the banned Balochistan Liberation Front telephoned journalists in Turbat and said the group's fighters had carried out the attack and killed 12 soldiers.

During a search operation in the hills around Buleda on Thursday, FC troops killed three militants involved in the ambush and recovered a rocket launcher and rifles, an FC spokesman said.

On Tuesday evening, an unidentified man on a motorcycle threw a hand grenade into a crowded cloth shop in Turbat's main bazaar, wounding six people, including a boy, police said. The attacker escaped.

The FC says it has carried out more than 40 operations in Kech this year against what it calls "anti-state elements". Baloch nationalist groups accuse the security forces of picking up activists who are never seen again, a charge the authorities deny.
""",
events=[
    ev("Militants ambushed an FC vehicle in the Buleda area, killing four FC personnel; the BLF claimed it, saying it killed 12.",
       "2014-11-12", "‘on Wednesday’ before the Friday 2014-11-14 dateline: Wednesday 2014-11-12",
       "Buleda", "Balochistan", "PK", "battle", "Balochistan Liberation Front", "Pakistani security forces",
       4, None, None, None,
       "Four personnel of the Frontier Corps were killed when militants ambushed their vehicle in the Buleda area of Kech district on Wednesday, officials said. [...] A man who said he spoke for the banned Balochistan Liberation Front telephoned journalists in Turbat and said the group's fighters had carried out the attack and killed 12 soldiers.",
       note="attacker named by the later BLF claim; claim of 12 killed not used"),
    ev("FC troops on a search operation in the hills around Buleda killed three militants involved in the ambush.",
       "2014-11-13", "‘on Thursday’ before the Friday 2014-11-14 dateline: Thursday 2014-11-13",
       "hills around Buleda", "Balochistan", "PK", "battle", "Pakistani security forces", "Balochistan Liberation Front",
       3, None, None, None,
       "During a search operation in the hills around Buleda on Thursday, FC troops killed three militants involved in the ambush and recovered a rocket launcher and rifles, an FC spokesman said.",
       note="'militants involved in the ambush' refers back to the attackers claimed by the BLF"),
    ev("A man on a motorcycle threw a grenade into a crowded cloth shop in Turbat's main bazaar, wounding six including a boy.",
       "2014-11-11", "‘On Tuesday evening’ before the Friday 2014-11-14 dateline: Tuesday 2014-11-11",
       "main bazaar, Turbat", "Balochistan", "PK", "explosion", "unknown", "civilians",
       None, None, 6, None,
       "On Tuesday evening, an unidentified man on a motorcycle threw a hand grenade into a crowded cloth shop in Turbat's main bazaar, wounding six people, including a boy, police said."),
],
figures=[
    fig("other", 40, "Kech district", "The FC says it has carried out more than 40 operations in Kech this year",
        note="count of operations"),
])

report("h16-30", "2024-02-27", "https://www.example-mekongcourier.com/myanmar/2024/02/27/kyauktaw-base-mrauk-u-air-strike",
"""
Arakan Army says it has taken last junta base in Kyauktaw; air strike kills 12 in Mrauk-U village

YANGON, February 27 (Mekong Courier) - The Arakan Army said on Monday it had captured the last military battalion base in Kyauktaw township in Rakhine State on Sunday after a siege of several weeks, giving the ethnic armed group control of the whole township. In a statement, the group said it had taken 40 soldiers prisoner and seized large amounts of weapons and ammunition. The military did not comment.

A military air strike hit a village in neighbouring Mrauk-U township on Saturday afternoon, killing 12 civilians, five of them children, villagers said. The junta's information team said its aircraft had targeted "AA terrorist positions".

Artillery shells fired from army positions outside Sittwe hit the market in Pauktaw on Monday morning, killing three people and wounding eight, a local rescue group said. The Arakan Army seized Pauktaw in January, and the town has been shelled almost every day since.

Since the Arakan Army launched its offensive in November, ending a year-long informal ceasefire, the group has taken control of several townships in northern and central Rakhine. More than 200,000 people have been newly displaced in the state since then, according to the United Nations, and food prices in Sittwe have tripled as roads and waterways have been closed.
""",
events=[
    ev("The Arakan Army captured the last military battalion base in Kyauktaw township after a weeks-long siege, taking the whole township; it says it took 40 soldiers prisoner.",
       "2024-02-25", "captured ‘on Sunday’, announced on Monday 2024-02-26, before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "Kyauktaw", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar military",
       None, None, None, None,
       "The Arakan Army said on Monday it had captured the last military battalion base in Kyauktaw township in Rakhine State on Sunday after a siege of several weeks, giving the ethnic armed group control of the whole township.",
       note="40 soldiers taken prisoner (AA claim); no toll"),
    ev("A military air strike hit a village in Mrauk-U township, killing 12 civilians, five of them children.",
       "2024-02-24", "‘on Saturday afternoon’ before the Tuesday 2024-02-27 dateline: Saturday 2024-02-24",
       "village in Mrauk-U township", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       12, None, None, None,
       "A military air strike hit a village in neighbouring Mrauk-U township on Saturday afternoon, killing 12 civilians, five of them children, villagers said.",
       note="the junta says it targeted AA positions"),
    ev("Army artillery fired from outside Sittwe hit the market in Pauktaw, killing three and wounding eight.",
       "2024-02-26", "‘on Monday morning’ before the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "market, Pauktaw", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       3, None, 8, None,
       "Artillery shells fired from army positions outside Sittwe hit the market in Pauktaw on Monday morning, killing three people and wounding eight, a local rescue group said."),
],
figures=[
    fig("displaced", 200000, "Rakhine", "More than 200,000 people have been newly displaced in the state since then"),
])

report("h16-31", "2021-06-29", "https://www.example-northernstandard.com/zamfara/2021/06/29/dansadau-raid-faskari-rescue",
"""
Bandits kill 13 in Zamfara village raid; police free abducted travellers in Katsina

GUSAU, June 29 (Northern Standard) - Armed bandits on motorcycles raided the Dansadau area of Maru Local Government Area in Zamfara State on Sunday night, shooting villagers and setting fire to granaries, residents said. The police first said nine people had been killed, but residents buried 13 on Monday after more bodies were found in the surrounding bush, and the state police command later confirmed the higher figure.

"They came to punish us because we refused to pay the levy they put on our farms," a community leader said.

In neighbouring Katsina State, gunmen blocked the Funtua-Gusau highway near Faskari on Saturday and abducted 11 travellers from two cars and a bus, the police said. Police operatives freed all 11 on Monday after a gun battle with the kidnappers in a forest near Faskari, in which two bandits were killed and a police inspector was wounded, the police spokesman in Katsina said.

The Nigerian Air Force said its jets struck bandit camps in the Dumburum forest on Sunday, killing "scores" of bandits and destroying motorcycles and fuel stores.

More than 2,300 people have been abducted in Zamfara, Katsina, Kaduna and Sokoto states since January, according to a Lagos-based security consultancy, which says ransom payments have turned kidnapping into the most profitable business in the north-west.
""",
events=[
    ev("Bandits on motorcycles raided the Dansadau area, shooting villagers and burning granaries; the toll first given as nine rose to 13 after more bodies were found.",
       "2021-06-27", "‘on Sunday night’ before the Tuesday 2021-06-29 dateline: Sunday 2021-06-27 (first night)",
       "Dansadau", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       13, None, None, None,
       "Armed bandits on motorcycles raided the Dansadau area of Maru Local Government Area in Zamfara State on Sunday night, shooting villagers and setting fire to granaries, residents said. The police first said nine people had been killed, but residents buried 13 on Monday after more bodies were found in the surrounding bush, and the state police command later confirmed the higher figure.",
       note="revised toll: 9 first, then 13 confirmed by the police"),
    ev("Gunmen blocked the Funtua-Gusau highway near Faskari and abducted 11 travellers.",
       "2021-06-26", "‘on Saturday’ before the Tuesday 2021-06-29 dateline: Saturday 2021-06-26",
       "Funtua-Gusau highway near Faskari", "Katsina", "NG", "other", "bandits", "civilians",
       None, None, None, None,
       "In neighbouring Katsina State, gunmen blocked the Funtua-Gusau highway near Faskari on Saturday and abducted 11 travellers from two cars and a bus, the police said.",
       note="abduction of 11; 'the kidnappers' are called bandits in the same report"),
    ev("Police freed the 11 travellers after a gun battle with the kidnappers in a forest near Faskari; two bandits killed, a police inspector wounded.",
       "2021-06-28", "‘on Monday’ before the Tuesday 2021-06-29 dateline: Monday 2021-06-28",
       "forest near Faskari", "Katsina", "NG", "battle", "Nigerian security forces", "bandits",
       2, None, 1, None,
       "Police operatives freed all 11 on Monday after a gun battle with the kidnappers in a forest near Faskari, in which two bandits were killed and a police inspector was wounded"),
    ev("Nigerian Air Force jets struck bandit camps in the Dumburum forest; 'scores' said killed.",
       "2021-06-27", "‘on Sunday’ before the Tuesday 2021-06-29 dateline: Sunday 2021-06-27",
       "Dumburum forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "The Nigerian Air Force said its jets struck bandit camps in the Dumburum forest on Sunday, killing \"scores\" of bandits and destroying motorcycles and fuel stores.",
       note="'scores' gives no count"),
],
figures=[
    fig("other", 2300, "Zamfara, Katsina, Kaduna and Sokoto",
        "More than 2,300 people have been abducted in Zamfara, Katsina, Kaduna and Sokoto states since January",
        note="people abducted"),
])

report("h16-32", "2023-01-31", "https://www.example-horndispatch.com/somalia/2023/01/31/el-dher-entered-adan-yabaal-repelled",
"""
Somali forces enter El Dher; al-Shabaab assault on Adan Yabaal base repelled

MOGADISHU, January 31 (Horn Dispatch) - Somali troops and clan militias known as macawisley entered the town of El Dher in Galgaduud region on Sunday, hours after al-Shabaab fighters abandoned it, the defence ministry said, the latest in a string of towns recaptured in central Somalia since the government launched its offensive in August.

On Saturday, al-Shabaab fighters armed with machine guns and rocket-propelled grenades stormed an army base at Adan Yabaal, in Middle Shabelle region. The ministry said troops repelled the assault, killing more than 40 of the attackers, and lost seven soldiers. Al-Shabaab said it had killed 58 soldiers and overrun the base, a claim residents of the town disputed.

US Africa Command said it had carried out an air strike near Jilib, in Middle Juba region, on Friday that killed two al-Shabaab fighters, and that it assessed no civilians had been hurt.

In Mogadishu, several mortar shells aimed at the presidential palace on Sunday evening fell on nearby houses, wounding three civilians, police said. The militants claimed the shelling on their Andalus radio station.

The government says its forces and allied militias have retaken more than 60 towns and villages since August. Aid agencies warn that the fighting, on top of the worst drought in four decades, has pushed the number of displaced Somalis above 3.8 million.
""",
events=[
    ev("Somali troops and macawisley clan militias entered El Dher after al-Shabaab abandoned it.",
       "2023-01-29", "‘on Sunday’ before the Tuesday 2023-01-31 dateline: Sunday 2023-01-29",
       "El Dher", "Galgaduud", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Somali troops and clan militias known as macawisley entered the town of El Dher in Galgaduud region on Sunday, hours after al-Shabaab fighters abandoned it, the defence ministry said",
       note="with macawisley clan militias"),
    ev("Al-Shabaab stormed the army base at Adan Yabaal and was repelled; the ministry says more than 40 attackers and seven soldiers were killed.",
       "2023-01-28", "‘On Saturday’ before the Tuesday 2023-01-31 dateline: Saturday 2023-01-28",
       "Adan Yabaal", "Middle Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
       47, None, None, None,
       "On Saturday, al-Shabaab fighters armed with machine guns and rocket-propelled grenades stormed an army base at Adan Yabaal, in Middle Shabelle region. The ministry said troops repelled the assault, killing more than 40 of the attackers, and lost seven soldiers. Al-Shabaab said it had killed 58 soldiers and overrun the base, a claim residents of the town disputed.",
       note="47 = more than 40 attackers + 7 soldiers (ministry); al-Shabaab claim of 58 not used"),
    ev("A US air strike near Jilib killed two al-Shabaab fighters.",
       "2023-01-27", "‘on Friday’ before the Tuesday 2023-01-31 dateline: Friday 2023-01-27",
       "near Jilib", "Middle Juba", "SO", "explosion", "US forces", "al-Shabaab",
       2, None, None, None,
       "US Africa Command said it had carried out an air strike near Jilib, in Middle Juba region, on Friday that killed two al-Shabaab fighters"),
    ev("Mortar shells aimed at the presidential palace in Mogadishu fell on nearby houses, wounding three civilians; the militants claimed it on Andalus radio.",
       "2023-01-29", "‘on Sunday evening’ before the Tuesday 2023-01-31 dateline: Sunday 2023-01-29",
       "near the presidential palace, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
       None, None, 3, None,
       "In Mogadishu, several mortar shells aimed at the presidential palace on Sunday evening fell on nearby houses, wounding three civilians, police said. The militants claimed the shelling on their Andalus radio station.",
       note="'The militants' refers back to al-Shabaab, named by the later claim"),
],
figures=[
    fig("districts_retaken", 60, "central Somalia",
        "its forces and allied militias have retaken more than 60 towns and villages since August", note="towns and villages"),
    fig("displaced", 3800000, "Somalia", "has pushed the number of displaced Somalis above 3.8 million",
        note="drought and conflict together"),
])

report("h16-33", "2023-11-08", "https://www.example-greatriftreporter.com/ethiopia/2023/11/08/bure-drone-strike-mota",
"""
Drone strike kills nine in Bure; Fano fighters briefly hold Mota

ADDIS ABABA, November 8 (Great Rift Reporter) - A drone strike hit a crowded street near the bus station in Bure, in Amhara's West Gojjam zone, on Saturday afternoon, killing nine people and wounding 14, a health worker at the town's hospital said. Residents blamed the federal forces, which have used armed drones against the Fano militia since fighting erupted in the region in August. The government did not respond to requests for comment.

Fano militiamen took control of the town of Mota, in East Gojjam, on Monday, freeing prisoners from the town's jail and seizing weapons from a police depot, residents said. Federal troops fought their way back into the town on Tuesday; at least eight people, three of them civilians, were killed in that fighting, a resident said.

On Sunday, gunmen stopped two buses near Dejen, on the main road from Addis Ababa to Bahir Dar, and abducted about 20 passengers. Regional officials blamed Fano; a Fano commander reached by telephone denied that his fighters were involved and blamed "criminal gangs".

Fano fighters have also attacked several other towns in Gojjam in recent days, residents said, while telephone and internet services in much of the region remain cut.

The regional command post set up under the state of emergency declared in August says more than 1,500 people have been arrested in Amhara, most of them young men accused of supporting the militia.
""",
events=[
    ev("A drone strike hit a crowded street near the bus station in Bure, killing nine and wounding 14; residents blamed the federal forces, which did not respond.",
       "2023-11-04", "‘on Saturday afternoon’ before the Wednesday 2023-11-08 dateline: Saturday 2023-11-04",
       "near the bus station, Bure", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
       9, None, 14, None,
       "A drone strike hit a crowded street near the bus station in Bure, in Amhara's West Gojjam zone, on Saturday afternoon, killing nine people and wounding 14, a health worker at the town's hospital said. Residents blamed the federal forces, which have used armed drones against the Fano militia since fighting erupted in the region in August.",
       note="attributed by residents, not denied"),
    ev("Fano militiamen took control of Mota, freeing prisoners and seizing weapons from a police depot.",
       "2023-11-06", "‘on Monday’ before the Wednesday 2023-11-08 dateline: Monday 2023-11-06",
       "Mota", "Amhara", "ET", "territory_gain", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "Fano militiamen took control of the town of Mota, in East Gojjam, on Monday, freeing prisoners from the town's jail and seizing weapons from a police depot, residents said."),
    ev("Federal troops fought their way back into Mota; at least eight killed, three of them civilians.",
       "2023-11-07", "‘on Tuesday’ before the Wednesday 2023-11-08 dateline: Tuesday 2023-11-07",
       "Mota", "Amhara", "ET", "territory_gain", "Ethiopian security forces", "Fano",
       8, None, None, None,
       "Federal troops fought their way back into the town on Tuesday; at least eight people, three of them civilians, were killed in that fighting, a resident said."),
    ev("Gunmen stopped two buses near Dejen and abducted about 20 passengers; officials blamed Fano, which denied it.",
       "2023-11-05", "‘On Sunday’ before the Wednesday 2023-11-08 dateline: Sunday 2023-11-05",
       "near Dejen", "Amhara", "ET", "other", "unknown", "civilians",
       None, None, None, None,
       "On Sunday, gunmen stopped two buses near Dejen, on the main road from Addis Ababa to Bahir Dar, and abducted about 20 passengers. Regional officials blamed Fano; a Fano commander reached by telephone denied that his fighters were involved",
       note="abduction of about 20; blamed on Fano, which denied it: unknown"),
    ev("Fano fighters attacked several other towns in Gojjam in recent days (no place or day).",
       None, "‘in recent days’; no day given",
       "several towns in Gojjam", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "Fano fighters have also attacked several other towns in Gojjam in recent days",
       note="vague in time and place", optional=True),
],
figures=[
    fig("arrested", 1500, "Amhara",
        "more than 1,500 people have been arrested in Amhara, most of them young men accused of supporting the militia"),
])

report("h16-34", "2021-07-14", "https://www.example-pacificandeswire.com/cauca/2021/07/14/toribio-station-el-plateado",
"""
Dissidents attack Toribío police station; three men shot dead in El Plateado

POPAYÁN, July 14 (Pacific Andes Wire) - FARC dissidents of the Dagoberto Ramos Mobile Column attacked the police station in Toribío, in the north of Cauca department, with rifle fire and home-made explosives on Sunday night, wounding three police officers, the police said. No one was killed. The attack lasted almost two hours before army reinforcements arrived.

On Saturday, gunmen shot dead three men at a billiards hall in El Plateado, a village in the municipality of Argelia, in southern Cauca, the peace research institute Indepaz said. Local leaders said the area is disputed by two dissident factions and the ELN, and no group has said who was behind the killings. Indepaz has recorded 52 massacres in Colombia so far this year.

In Arauca, on the border with Venezuela, a motorcycle bomb exploded next to a police post in Tame on Monday morning, killing a patrolman and wounding a woman who was passing by. Police blamed the National Liberation Army (ELN), which has carried out a string of similar attacks in the department; the guerrilla group did not comment.

Soldiers captured a dissident commander wanted for the murder of social leaders in a rural area of Jamundí, in Valle del Cauca, on Tuesday, the army said. He is accused of running a cocaine route from the mountains of Cauca to the Pacific coast.
""",
events=[
    ev("FARC dissidents of the Dagoberto Ramos column attacked the Toribío police station with rifle fire and home-made explosives for almost two hours, wounding three police officers; no one killed.",
       "2021-07-11", "‘on Sunday night’ before the Wednesday 2021-07-14 dateline: Sunday 2021-07-11 (first night)",
       "police station, Toribío", "Cauca", "CO", "battle", "FARC dissidents", "Colombian security forces",
       0, None, 3, None,
       "FARC dissidents of the Dagoberto Ramos Mobile Column attacked the police station in Toribío, in the north of Cauca department, with rifle fire and home-made explosives on Sunday night, wounding three police officers, the police said. No one was killed.",
       note="explicit 'No one was killed'"),
    ev("Gunmen shot dead three men at a billiards hall in El Plateado, Argelia; no group identified.",
       "2021-07-10", "‘On Saturday’ before the Wednesday 2021-07-14 dateline: Saturday 2021-07-10",
       "El Plateado", "Cauca", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "On Saturday, gunmen shot dead three men at a billiards hall in El Plateado, a village in the municipality of Argelia, in southern Cauca, the peace research institute Indepaz said.",
       note="area disputed by dissident factions and the ELN; nobody named"),
    ev("A motorcycle bomb exploded next to a police post in Tame, killing a patrolman and wounding a passer-by; police blamed the ELN, which did not comment.",
       "2021-07-12", "‘on Monday morning’ before the Wednesday 2021-07-14 dateline: Monday 2021-07-12",
       "police post, Tame", "Arauca", "CO", "explosion", "ELN", "Colombian security forces",
       1, None, 1, None,
       "In Arauca, on the border with Venezuela, a motorcycle bomb exploded next to a police post in Tame on Monday morning, killing a patrolman and wounding a woman who was passing by. Police blamed the National Liberation Army (ELN)",
       note="attributed by police, not denied"),
    ev("Soldiers captured a FARC dissident commander in a rural area of Jamundí.",
       "2021-07-13", "‘on Tuesday’ before the Wednesday 2021-07-14 dateline: Tuesday 2021-07-13",
       "Jamundí", "Valle del Cauca", "CO", "arrest", "Colombian security forces", "FARC dissidents",
       None, None, None, None,
       "Soldiers captured a dissident commander wanted for the murder of social leaders in a rural area of Jamundí, in Valle del Cauca, on Tuesday, the army said.",
       arrested=1),
],
figures=[
    fig("other", 52, "Colombia", "Indepaz has recorded 52 massacres in Colombia so far this year", note="count of massacres"),
])

report("h16-35", "2019-09-10", "https://www.example-mindanaobulletin.com/bangsamoro/2019/09/10/milf-decommissioning-second-phase",
"""
Thousands of MILF fighters to lay down arms as decommissioning enters second phase

COTABATO CITY, September 10 (Mindanao Bulletin) - About 11,500 fighters of the Moro Islamic Liberation Front are to hand over some 2,000 firearms by the end of the year in the second phase of decommissioning under the peace deal that created the Bangsamoro autonomous region, the independent body overseeing the process said.

Each fighter who gives up his weapon will receive cash assistance and livelihood training, and six of the front's main camps are to be turned into productive civilian communities, officials said. The MILF says it has about 40,000 fighters in all; the remaining phases are due to be completed by 2022.

"We are not surrendering. We are changing the way we struggle," an MILF commander said at a camp in Maguindanao, where former guerrillas in fatigues queued to register their names.

The deal ended more than four decades of rebellion in which an estimated 120,000 people were killed. But peace remains fragile. Splinter groups such as the Bangsamoro Islamic Freedom Fighters and fighters loyal to the Islamic State remain active in the marshes of Maguindanao and the mountains of Lanao del Sur, where the army keeps several battalions, and the Abu Sayyaf, blamed for a string of bombings over the years, still holds foreign hostages in Sulu.

In Marawi, two years after the five-month siege by Islamic State-inspired militants, more than 100,000 residents still live in evacuation centres or with relatives, and the ruined city centre has not been rebuilt.
""",
country_hint="PH",
figures=[
    fig("fighters", 11500, "Bangsamoro", "About 11,500 fighters of the Moro Islamic Liberation Front are to hand over some 2,000 firearms",
        note="fighters to be decommissioned in the second phase"),
    fig("other", 2000, "Bangsamoro", "About 11,500 fighters of the Moro Islamic Liberation Front are to hand over some 2,000 firearms",
        note="firearms to be handed over"),
    fig("fighters", 40000, "Bangsamoro", "The MILF says it has about 40,000 fighters in all"),
    fig("killed", 120000, "Mindanao", "an estimated 120,000 people were killed"),
    fig("displaced", 100000, "Marawi", "more than 100,000 residents still live in evacuation centres or with relatives"),
])

report("h16-36", "2020-06-18", "https://www.example-greatlakesecho.com/ituri/2020/06/18/fataki-village-attack-wago-retaken",
"""
CODECO militiamen kill 12 in village near Fataki; army says it has retaken Wago

BUNIA, June 18 (Great Lakes Echo) - Militiamen of the CODECO armed group killed 12 people, including four children, in an attack on a village near Fataki, in Ituri province's Djugu territory, on Sunday, a local civil society leader said. Six others were wounded with machetes and taken to the health centre in Fataki.

"The attackers came at dawn, when people were leaving for the fields," he said. Survivors fled towards the camps for displaced people around Bunia.

The Congolese army said on Wednesday that its troops had retaken Wago, a CODECO stronghold in the forest north of Fataki, on Tuesday after two days of fighting. An army spokesman in Ituri said nine militiamen and two soldiers had been killed.

Police in Bunia arrested six men on Monday who they said had been supplying the militia with food and ammunition.

The violence in Djugu, rooted in disputes over land between Lendu farmers and Hema herders, has displaced more than 200,000 people since March, according to the UN humanitarian office, which says more than 300 civilians have been killed in the territory over the same period.
""",
events=[
    ev("CODECO militiamen attacked a village near Fataki at dawn, killing 12 people including four children and wounding six with machetes.",
       "2020-06-14", "‘on Sunday’ before the Thursday 2020-06-18 dateline: Sunday 2020-06-14",
       "village near Fataki", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       12, None, 6, None,
       "Militiamen of the CODECO armed group killed 12 people, including four children, in an attack on a village near Fataki, in Ituri province's Djugu territory, on Sunday, a local civil society leader said. Six others were wounded with machetes and taken to the health centre in Fataki."),
    ev("The army retook the CODECO stronghold of Wago after two days of fighting; nine militiamen and two soldiers killed.",
       "2020-06-16", "retaken ‘on Tuesday’, announced on Wednesday 2020-06-17, before the Thursday 2020-06-18 dateline: Tuesday 2020-06-16",
       "Wago", "Ituri", "CD", "territory_gain", "Congolese security forces", "CODECO",
       11, None, None, None,
       "The Congolese army said on Wednesday that its troops had retaken Wago, a CODECO stronghold in the forest north of Fataki, on Tuesday after two days of fighting. An army spokesman in Ituri said nine militiamen and two soldiers had been killed.",
       note="11 = 9 militiamen + 2 soldiers (army), for the two days of fighting"),
    ev("Police in Bunia arrested six men accused of supplying CODECO with food and ammunition.",
       "2020-06-15", "‘on Monday’ before the Thursday 2020-06-18 dateline: Monday 2020-06-15",
       "Bunia", "Ituri", "CD", "arrest", "Congolese security forces", "CODECO",
       None, None, None, None,
       "Police in Bunia arrested six men on Monday who they said had been supplying the militia with food and ammunition.",
       arrested=6),
],
figures=[
    fig("displaced", 200000, "Djugu territory", "has displaced more than 200,000 people since March"),
    fig("killed", 300, "Djugu territory", "more than 300 civilians have been killed in the territory over the same period"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# the theme's countries, by region
REGIONS = {
    "Middle East": {"IQ", "SY", "YE"},
    "Africa": {"NG", "CM", "ML", "BF", "SO", "CD", "ET", "SD", "MZ"},
    "South and South-East Asia": {"AF", "PK", "IN", "MM", "PH"},
    "Latin America": {"CO", "MX"},
}
COUNTRIES = set().union(*REGIONS.values())
MIN_COUNTRIES = 14
N_REPORTS = 36
N_EMPTY = 6
ID_FMT = "h16-%02d"
WORDS_MIN, WORDS_MAX = 150, 450
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# vocabulary that a no-incident report must be full of (at least WAR_MIN distinct stems)
WAR_WORDS = ["war", "fight", "kill", "troops", "soldier", "militia", "insurgen", "militant", "rebel", "guerrilla",
             "bomb", "mine", "missile", "air strike", "drone", "shell", "attack", "siege", "front line", "ceasefire",
             "truce", "weapon", "rifle", "explosive", "hostage", "kidnap", "massacre", "displaced", "jihad",
             "armed", "offensive", "casualt", "wounded", "injured", "ordnance", "decommission", "army",
             "military", "terror", "assault", "abduct", "checkpoint", "mass grave", "behead", "overran",
             "artillery", "jets", "enslav"]
WAR_MIN = 10
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


def report_country(r):
    return r["events"][0]["country"] if r["events"] else r.get("country_hint")


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != ID_FMT % (i + 1):
            err(rid, f"id out of order, expected {ID_FMT % (i + 1)}")
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
        nwords = len(text.split())
        if not (WORDS_MIN <= nwords <= WORDS_MAX):
            err(rid, f"{nwords} words, expected {WORDS_MIN}-{WORDS_MAX}")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]):
            err(rid, "first line must be a headline")
        # datelines: exactly one, well formed, naming the publication day
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
        countries = set()
        for j, e in enumerate(r["events"]):
            w = f"{rid} event {j}"
            keys = list(e.keys())
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
                err(w, f"keys not in schema order: {keys}")
            extra = keys[len(EVENT_KEYS):]
            if [k for k in EVENT_EXTRA if k in extra] != extra:
                err(w, f"unknown or misordered extra keys: {extra}")
            for k in ("summary", "place", "actor1", "actor2", "admin"):
                if not isinstance(e.get(k), str) or not e[k].strip():
                    err(w, f"{k} must be a non-empty string")
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            countries.add(e.get("country"))
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
            elif e.get("type") == "arrest":
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            check_evidence(w, text, e.get("evidence"))
        if len(countries) > 1:
            err(rid, f"events in more than one country: {sorted(countries)}")
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
            check_evidence(w, text, f.get("evidence"))
        if r["events"]:
            if "country_hint" in r:
                err(rid, "country_hint on a report with events")
            if not [e for e in r["events"] if not e.get("optional")]:
                err(rid, "report with only optional events: make it a no-incident report or add an incident")
        else:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
            low = text.lower()
            found = [wd for wd in WAR_WORDS if wd in low]
            if len(found) < WAR_MIN:
                err(rid, f"report without events has too little war vocabulary ({len(found)} of {WAR_MIN}: {found})")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    # most reports with events carry 2-4 incidents (optional ones not counted)
    sizes = [len([e for e in r["events"] if not e.get("optional")]) for r in REPORTS if r["events"]]
    if sizes and sum(2 <= n <= 4 for n in sizes) < 0.75 * len(sizes):
        err("set", f"fewer than three quarters of the reports with events have 2-4 incidents: {sizes}")
    # spread: at least MIN_COUNTRIES countries, every region present
    seen = {report_country(r) for r in REPORTS}
    if len(seen) < MIN_COUNTRIES:
        err("set", f"only {len(seen)} countries, expected at least {MIN_COUNTRIES}")
    for region, codes in REGIONS.items():
        if not seen & codes:
            err("set", f"no report from {region}")


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
    rep_c = Counter(report_country(r) for r in REPORTS)
    print("by country (reports / events / optional / with killed):")
    for c in sorted(rep_c, key=lambda c: (-sum(e["country"] == c for e in evs), c)):
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {len(sel)} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
