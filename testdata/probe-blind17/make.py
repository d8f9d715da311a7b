#!/usr/bin/env python3
"""probe-blind17: build docs.jsonl and gold.jsonl from the data below, after checking it.

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
# b17-01 .. b17-09
# ---------------------------------------------------------------------------

report("b17-01", "2019-10-14", "https://www.example-sahelinfohebdo.com/2019/10/14/fama-boni-post-attack",
"""
FAMa repel terrorist attack on Boni post, four soldiers fallen

MOPTI, October 14 (Sahel Info Hebdo) - The General Staff of the Armies informs the national and international opinion that the post of Boni, in the circle of Douentza, has been the object of a complex attack by armed terrorist groups in the night of Saturday to Sunday.

According to the communiqué read on the national television, the assailants, arrived on motorcycles and in two pick-up vehicles, opened fire at around 3 hours of the morning. The FAMa reacted with vigour and the enemy was pushed back after nearly two hours of combat. Provisional balance sheet on the friendly side: 4 dead and 7 wounded, of which two in serious condition, evacuated on Sévaré. On the enemy side: 12 terrorists neutralised and important material recovered, among which one pick-up and nine motorcycles.

In the same communiqué, the General Staff indicates that a FAMa logistic convoy going from Boni toward Hombori has hit an improvised explosive device on Thursday, at about 20 kilometres before Hombori. Two soldiers have been wounded and one vehicle is destroyed.

Contacted by our editorial, a notable of Boni who wishes to keep the anonymity said the population has passed the whole night under the noise of the heavy weapons. "We were lying on the ground until the morning. Since the attack of last year on the market, the people here are living in fear," he said.

No group has until now claimed the attack. The zone of Boni and Hombori, on the national road number 16 which links Sévaré to Gao, is regularly targeted by terrorists affiliated to the Group for the Support of Islam and Muslims (JNIM) and to the Islamic State in the Greater Sahara.

The General Staff reassures the populations that the search operations are continuing in the zone and calls them to collaborate with the Defence and Security Forces.
""",
events=[
    ev("Armed terrorists on motorcycles and pick-ups attacked the FAMa post at Boni overnight; the army lost 4 dead and 7 wounded and says 12 attackers were neutralised.",
       "2019-10-12", "‘in the night of Saturday to Sunday’ before the Monday 2019-10-14 dateline; an overnight attack takes the first night, Saturday 2019-10-12",
       "Boni", "Mopti", "ML", "battle", "militants (unidentified)", "Malian security forces",
       16, None, 7, None,
       "the post of Boni, in the circle of Douentza, has been the object of a complex attack by armed terrorist groups in the night of Saturday to Sunday [...] Provisional balance sheet on the friendly side: 4 dead and 7 wounded, of which two in serious condition, evacuated on Sévaré. On the enemy side: 12 terrorists neutralised",
       note="16 = 4 soldiers + 12 attackers 'neutralised' (army count); no group claimed"),
    ev("A FAMa logistic convoy from Boni toward Hombori hit an IED about 20 km before Hombori; two soldiers wounded, one vehicle destroyed.",
       "2019-10-10", "‘on Thursday’ before the Monday 2019-10-14 dateline: Thursday 2019-10-10",
       "about 20 km before Hombori", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       None, None, 2, None,
       "a FAMa logistic convoy going from Boni toward Hombori has hit an improvised explosive device on Thursday, at about 20 kilometres before Hombori. Two soldiers have been wounded and one vehicle is destroyed."),
])

report("b17-02", "2022-02-08", "https://www.example-echodudjoliba.com/en/2022/02/08/transition-sanctions-council",
"""
Transition government says sanctions "will not stop the reconquest of the territory"

BAMAKO, February 8 (L'Echo du Djoliba, English service) - The Minister of Territorial Administration, spokesperson of the Government of the Transition, has declared at the end of the Council of Ministers held on Monday at the palace of Koulouba that the economic and financial sanctions of ECOWAS "will not make the Malian people to kneel down".

Reading the final communiqué, the minister said that the Armed Forces have "taken back the initiative" in the centre of the country and that the operations of securisation of the national road number 15 are going on. He gave no figure concerning the operations and declined to comment the reports of foreign partners on the ground. "Mali chooses its partners freely and sovereignly," he repeated two times.

The Council also adopted a draft decree organising the national consultations for the refoundation, which are planned in all the regions in the coming months, and took note of a report on the supply of the markets in cereals during the lean season.

Since 2012, when the rebellion and the jihadist groups occupied the three regions of the north, Mali lives a multidimensional crisis which reached the centre from 2015. According to the humanitarian community, more than 350,000 persons are today internally displaced in the country, the majority of them in the regions of Mopti, Ségou and Gao.

In the streets of the capital, the traders complain about the increase of prices since the closure of the borders. "The bag of sugar has gone up, the cement also. We are behind the Transition, but the pocket is suffering," a cloth seller of the Grand Marché told our reporter, asking that her name is not written.

The political parties regrouped in a framework of concertation have for their part asked a "realistic calendar" for the return to the constitutional order.
""",
country_hint="ML",
figures=[
    fig("displaced", 350000, "Mali",
        "According to the humanitarian community, more than 350,000 persons are today internally displaced in the country, the majority of them in the regions of Mopti, Ségou and Gao."),
])

report("b17-03", "2021-08-24", "https://www.example-voixdusahelfm.com/bulletins/2021-08-24-19h-en",
"""
Séno: gunmen strike Gorgadji market, VDP fall in ambush near Arbinda

DORI, August 24 (Voix du Sahel FM, translated bulletin) - Here are the main titles of our bulletin of 19 hours. In the province of the Séno, unidentified armed individuals have opened fire on the weekly market of Gorgadji on Sunday in the afternoon.

According to the mayor of the commune, reached by telephone, the provisional toll is of 11 persons killed, all of them civilians, and several wounded who were transported to the regional hospital of Dori. But residents who fled toward Dori are speaking of at least 17 dead. "They came on motorbikes, two on each one, they surrounded the market and fired on everybody. After, they burned the shops," said a seller of cattle who arrived at Dori on Monday with his family.

In the Soum, the Volunteers for the Defence of the Homeland (VDP) of the commune of Arbinda have fallen in an ambush on Saturday at about 15 kilometres of the town, on the road going to Djibo. Five VDP have lost their lives and three others are wounded, a source of the local coordination of the VDP told our station. The assailants took away two motorbikes and a weapon.

The governor of the Sahel region has presented his condolences to the bereaved families and he invited the populations "to stay vigilant and to denounce every suspect movement to the Defence and Security Forces".

Other titles: the price of the cereals continues to climb on the markets of Dori because of insecurity on the roads, and the regional directorate of education announces that more than 600 schools remain closed in the region at the eve of the school reopening.
""",
events=[
    ev("Unidentified gunmen on motorbikes surrounded the weekly market of Gorgadji and fired on people, then burned shops; the mayor gives 11 civilians killed, residents at least 17.",
       "2021-08-22", "‘on Sunday in the afternoon’ before the Tuesday 2021-08-24 dateline: Sunday 2021-08-22",
       "Gorgadji market", "Sahel", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       11, 17, None, None,
       "In the province of the Séno, unidentified armed individuals have opened fire on the weekly market of Gorgadji on Sunday in the afternoon. [...] According to the mayor of the commune, reached by telephone, the provisional toll is of 11 persons killed, all of them civilians, and several wounded who were transported to the regional hospital of Dori. But residents who fled toward Dori are speaking of at least 17 dead.",
       note="conflicting tolls: mayor 11, residents at least 17; 'several wounded' gives no count"),
    ev("VDP volunteers of Arbinda fell into an ambush about 15 km from the town on the road to Djibo; five killed, three wounded.",
       "2021-08-21", "‘on Saturday’ before the Tuesday 2021-08-24 dateline: Saturday 2021-08-21",
       "15 km from Arbinda on the road to Djibo", "Sahel", "BF", "battle", "militants (unidentified)", "Volunteers for the Defence of the Homeland",
       5, None, 3, None,
       "the Volunteers for the Defence of the Homeland (VDP) of the commune of Arbinda have fallen in an ambush on Saturday at about 15 kilometres of the town, on the road going to Djibo. Five VDP have lost their lives and three others are wounded"),
],
figures=[
    fig("other", 600, "Sahel region",
        "more than 600 schools remain closed in the region", note="schools closed by insecurity"),
])

report("b17-04", "2023-03-15", "https://www.example-sahelsolidarity.com/sitreps/djibo-09-2023",
"""
Situation Report No. 9 - Djibo, Soum province (Sahel region), Burkina Faso

Réseau Sahel Solidarité (RSS) | Issued 15 March 2023 | Period covered: 1 to 14 March 2023

HIGHLIGHTS
- Djibo remains under blockade by non-state armed groups; the town is reachable only by escorted convoy or by air.
- An estimated 290,000 people live in the town and its immediate surroundings, around two thirds of them internally displaced.
- One escorted supply convoy reached the town during the period; no humanitarian flight could land because of the condition of the airstrip.

SITUATION OVERVIEW
The access situation did not improve in the reporting period. Partners report that the roads toward Ouahigouya, Bourzanga and Arbinda stay closed to commercial traffic since the attack on a supply convoy in the autumn of 2022, after which transporters refused to take the axis. Water points in the town are under strong pressure; the average waiting time at a borehole was estimated at four hours.

The convoy that arrived in the period, escorted by the Defence and Security Forces, carried mainly cereals of the national stock and fuel. Traders say that a sack of 100 kg of millet is sold at more than double of its price of last year.

HUMANITARIAN RESPONSE
- Food: 41,000 people reached with a half ration by the partners present in the town.
- Health: the medical centre with surgical antenna (CMA) reports shortages of anaesthetics and of blood bags. Malnutrition admissions of children under five rose by 30 per cent compared with February.
- Education: all the 122 schools of the commune outside the town remain closed.

GAPS AND CONSTRAINTS
The humanitarian community renews its call to all parties to let civilians move freely and to facilitate the passage of essential goods. The next report will be issued at the end of the month.
""",
country_hint="BF",
figures=[
    fig("civilians_trapped", 290000, "Djibo",
        "An estimated 290,000 people live in the town and its immediate surroundings, around two thirds of them internally displaced.",
        note="population under blockade; about two thirds displaced"),
    fig("other", 41000, "Djibo",
        "Food: 41,000 people reached with a half ration by the partners present in the town.", note="people receiving food aid"),
    fig("other", 122, "Djibo commune",
        "all the 122 schools of the commune outside the town remain closed", note="schools closed"),
])

report("b17-05", "2020-05-20", "https://www.example-nigerdefensemag.com/2020/05/20/communique-torodi-ayorou",
"""
Ministry of National Defence: gendarmerie post of Torodi attacked, two gendarmes killed

NIAMEY, May 20 (Le Sahélien Défense) - Here after is the communiqué of the Ministry of National Defence read yesterday evening on the national television.

"In the night of Monday 18 to Tuesday 19 May 2020, at around 1 hour in the morning, the gendarmerie post of Torodi, in the department of the same name, was attacked by heavily armed terrorists on board of motorcycles. The vigorous reaction of our elements has permitted to push back the assailants, who fled in the direction of the border.

The provisional balance is as follows: on our side, two (2) gendarmes killed and three (3) wounded; on the enemy side, six (6) terrorists neutralised, one motorcycle and armament recovered.

On Sunday 17 May 2020, a vehicle of a patrol of the operation ALMAHAOU sauted on an explosive device at about 12 km from Ayorou, causing the death of one (1) soldier and four (4) wounded, who were evacuated to Niamey.

Besides, within the framework of the same operation, nine (9) individuals suspected of complicity with the terrorist groups have been arrested in the department of Ouallam and handed to the competent services.

The Minister of National Defence presents his condolences to the families of the fallen and wishes quick recovery to the wounded. Search and ratissage operations are in progress."

The region of Tillabéri, bordering Mali and Burkina Faso, is under state of emergency since 2017. Several military posts there were attacked in the last months.
""",
events=[
    ev("Heavily armed terrorists on motorcycles attacked the gendarmerie post of Torodi around 1 am; two gendarmes killed and three wounded, six attackers 'neutralised'.",
       "2020-05-18", "text gives ‘In the night of Monday 18 to Tuesday 19 May 2020’; an overnight attack takes the first night, Monday 2020-05-18",
       "Torodi", "Tillabéri", "NE", "battle", "militants (unidentified)", "Nigerien security forces",
       8, None, 3, None,
       "In the night of Monday 18 to Tuesday 19 May 2020, at around 1 hour in the morning, the gendarmerie post of Torodi, in the department of the same name, was attacked by heavily armed terrorists on board of motorcycles. [...] on our side, two (2) gendarmes killed and three (3) wounded; on the enemy side, six (6) terrorists neutralised",
       note="8 = 2 gendarmes + 6 attackers (ministry count)"),
    ev("A patrol vehicle of operation Almahaou hit an explosive device about 12 km from Ayorou; one soldier killed, four wounded.",
       "2020-05-17", "text gives ‘On Sunday 17 May 2020’",
       "12 km from Ayorou", "Tillabéri", "NE", "explosion", "unknown", "Nigerien security forces",
       1, None, 4, None,
       "On Sunday 17 May 2020, a vehicle of a patrol of the operation ALMAHAOU sauted on an explosive device at about 12 km from Ayorou, causing the death of one (1) soldier and four (4) wounded"),
    ev("Nine people suspected of complicity with terrorist groups were arrested in Ouallam department during operation Almahaou.",
       None, "no day given; reported in the communiqué read on ‘yesterday evening’ (Tuesday 2020-05-19)",
       "Ouallam department", "Tillabéri", "NE", "arrest", "Nigerien security forces", "unknown",
       None, None, None, None,
       "nine (9) individuals suspected of complicity with the terrorist groups have been arrested in the department of Ouallam and handed to the competent services",
       arrested=9, optional=True),
])

report("b17-06", "2017-04-11", "https://www.example-diffaexpress.com/securite/2017/04/11/kablewa-raid",
"""
Diffa: Boko Haram raid Kablewa in the night, four villagers killed

DIFFA, April 11 (Diffa Express) - Elements of Boko Haram have attacked the village of Kablewa, in the region of Diffa, in the night of Saturday to Sunday, killing three persons and wounding three others, local sources told us on Sunday.

The toll was revised on Monday to four dead after one of the wounded passed away at the regional hospital of Diffa, the chief of the village said. "They entered from the side of the lake, they went house by house, they took the animals and food, and those who resisted were shot," explained the chief, who we reached by telephone.

According to a military source, the Defence and Security Forces (FDS) went in pursuit of the assailants on Sunday, and an engagement took place somewhere on the shores of the Lake Chad, during which 14 terrorists were killed. This information could not be confirmed from independent source.

Kablewa already received in the past years thousands of refugees and displaced fleeing the violences in the zone of the lake. The region of Diffa counts today more than 240,000 refugees, returnees and internally displaced persons, according to the humanitarian actors, many of them living in spontaneous sites along the national road number 1.

The governor of the region, during a visit on Monday, appealed to the populations to inform the FDS on every movement of strange persons.
""",
events=[
    ev("Boko Haram fighters entering from the lake side raided Kablewa village at night, looting and shooting residents; toll revised to four dead, wounded count left at three less the one who died.",
       "2017-04-08", "‘in the night of Saturday to Sunday’ before the Tuesday 2017-04-11 dateline; an overnight raid takes the first night, Saturday 2017-04-08",
       "Kablewa", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       4, None, 2, 3,
       "Elements of Boko Haram have attacked the village of Kablewa, in the region of Diffa, in the night of Saturday to Sunday, killing three persons and wounding three others [...] The toll was revised on Monday to four dead after one of the wounded passed away at the regional hospital of Diffa",
       note="first toll 3 dead 3 wounded; revised to 4 dead when one of the wounded died, which leaves 2 wounded (3 as first reported)"),
    ev("Nigerien forces pursued the attackers and, per a military source, killed 14 Boko Haram fighters in an engagement on the shores of Lake Chad.",
       "2017-04-09", "pursuit ‘on Sunday’ before the Tuesday 2017-04-11 dateline: Sunday 2017-04-09",
       "shores of Lake Chad", "Diffa", "NE", "battle", "Nigerien security forces", "Boko Haram",
       14, None, None, None,
       "the Defence and Security Forces (FDS) went in pursuit of the assailants on Sunday, and an engagement took place somewhere on the shores of the Lake Chad, during which 14 terrorists were killed",
       note="unconfirmed military source; place vague", optional=True),
],
figures=[
    fig("displaced", 240000, "Diffa region",
        "The region of Diffa counts today more than 240,000 refugees, returnees and internally displaced persons",
        note="refugees, returnees and IDPs combined"),
])

report("b17-07", "2018-09-04", "https://www.example-borninetimes.com/news/2018/09/04/troops-repel-iswap-dikwa",
"""
Troops repel ISWAP attack on Dikwa, neutralise 17 terrorists

MAIDUGURI, September 4 (Borno Daily Times) - Gallant troops of Operation LAFIYA DOLE have repelled an attack by Boko Haram terrorists of the ISWAP faction on their location in Dikwa, Dikwa Local Government Area of Borno State, the Army has said.

The Deputy Director, Army Public Relations, Colonel Ahmed Danjuma Yero, in a statement made available to our correspondent in Maiduguri on Monday, said the terrorists came in large numbers with gun trucks on Sunday evening but were "decisively dealt with".

"The troops engaged them with superior firepower, neutralising 17 of the terrorists, while others escaped with gunshot wounds. Regrettably, two soldiers paid the supreme price and three others were wounded in action and are responding to treatment," the statement read in part.

He added that troops on clearance patrol on Monday arrested four suspected logistics suppliers of the terrorists at Monguno cattle market, with items including fuel, drugs and motorcycle spare parts.

In a related development, a female suicide bomber attempting to enter Konduga town on Saturday evening detonated her explosive vest at a checkpoint manned by members of the Civilian Joint Task Force (CJTF) on the outskirts of the town, killing only herself. No other person was hurt, the statement said.

Dikwa, about 90 kilometres east of Maiduguri, was recaptured from the insurgents in 2015 and hosts thousands of internally displaced persons in camps. The Army urged members of the public to report suspicious movements to the nearest military formation.
""",
events=[
    ev("ISWAP fighters with gun trucks attacked troops of Operation Lafiya Dole in Dikwa; the army says 17 attackers were neutralised, two soldiers killed and three wounded.",
       "2018-09-02", "attack ‘on Sunday evening’; statement released ‘on Monday’ (Monday 2018-09-03), so Sunday 2018-09-02",
       "Dikwa", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       19, None, 3, None,
       "Gallant troops of Operation LAFIYA DOLE have repelled an attack by Boko Haram terrorists of the ISWAP faction on their location in Dikwa, Dikwa Local Government Area of Borno State [...] the terrorists came in large numbers with gun trucks on Sunday evening [...] neutralising 17 of the terrorists, while others escaped with gunshot wounds. Regrettably, two soldiers paid the supreme price and three others were wounded in action",
       note="19 = 17 attackers (army count) + 2 soldiers"),
    ev("Troops on clearance patrol arrested four suspected logistics suppliers of the insurgents at Monguno cattle market.",
       "2018-09-03", "‘on Monday’ before the Tuesday 2018-09-04 dateline: Monday 2018-09-03",
       "Monguno cattle market", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "troops on clearance patrol on Monday arrested four suspected logistics suppliers of the terrorists at Monguno cattle market",
       arrested=4),
    ev("A female suicide bomber blew herself up at a CJTF checkpoint on the outskirts of Konduga, killing only herself.",
       "2018-09-01", "‘on Saturday evening’, reported in the statement of Monday 2018-09-03: Saturday 2018-09-01",
       "checkpoint on the outskirts of Konduga", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       1, None, 0, None,
       "a female suicide bomber attempting to enter Konduga town on Saturday evening detonated her explosive vest at a checkpoint manned by members of the Civilian Joint Task Force (CJTF) on the outskirts of the town, killing only herself. No other person was hurt",
       note="only the bomber died; statement attributes her to the same insurgents; CJTF counted with Nigerian security forces"),
])

report("b17-08", "2021-06-15", "https://www.example-northernstarng.com/2021/06/15/bandits-kill-dansadau",
"""
Bandits kill villagers in Dansadau, abduct travellers on Gusau-Tsafe road

GUSAU, June 15 (Northern Star) - Gunmen suspected to be bandits numbering over 100 on Sunday invaded Dansadau town in Maru Local Government Area of Zamfara State, shooting sporadically and setting houses ablaze.

The Police Public Relations Officer (PPRO) of the state Command, SP Yakubu Lawal Garba, confirmed the attack in a statement on Monday, saying 13 persons were killed. However, a community leader who spoke with our correspondent on condition of anonymity put the number of the dead at 23, adding that "we buried 23 people according to Islamic rites on Monday morning, and others are still missing in the bush".

In a separate incident, bandits on Saturday night blocked the Gusau-Tsafe road close to Tsafe town and abducted 17 travellers, including women and children, from two commercial buses. Relatives of some of the victims told our correspondent that the abductors have not yet made contact.

The PPRO further stated that a tactical team of the Command on Monday engaged a group of bandits on the outskirts of Bungudu town, neutralising three of them and rescuing six kidnapped victims unhurt.

Zamfara has been under the siege of bandits for nearly a decade. The state government said last month that over 400 persons had been abducted in the state in the first five months of this year alone.

The state Commissioner for Security and Home Affairs urged residents not to take the law into their hands, saying more security personnel have been deployed to the affected areas.
""",
events=[
    ev("Over 100 suspected bandits invaded Dansadau town, shooting and burning houses; police say 13 killed, a community leader 23 buried.",
       "2021-06-13", "‘on Sunday’ before the Tuesday 2021-06-15 dateline: Sunday 2021-06-13",
       "Dansadau", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       13, 23, None, None,
       "Gunmen suspected to be bandits numbering over 100 on Sunday invaded Dansadau town in Maru Local Government Area of Zamfara State, shooting sporadically and setting houses ablaze. [...] saying 13 persons were killed. However, a community leader who spoke with our correspondent on condition of anonymity put the number of the dead at 23",
       note="conflicting tolls: police 13, community leader 23"),
    ev("Bandits blocked the Gusau-Tsafe road near Tsafe at night and abducted 17 travellers from two commercial buses.",
       "2021-06-12", "‘on Saturday night’ before the Tuesday 2021-06-15 dateline: Saturday 2021-06-12",
       "Gusau-Tsafe road near Tsafe", "Zamfara", "NG", "other", "bandits", "civilians",
       None, None, None, None,
       "bandits on Saturday night blocked the Gusau-Tsafe road close to Tsafe town and abducted 17 travellers, including women and children, from two commercial buses",
       note="abduction of 17"),
    ev("A police tactical team engaged bandits on the outskirts of Bungudu town, killing three and rescuing six kidnap victims.",
       "2021-06-14", "‘on Monday’ before the Tuesday 2021-06-15 dateline: Monday 2021-06-14",
       "outskirts of Bungudu", "Zamfara", "NG", "battle", "Nigerian security forces", "bandits",
       3, None, None, None,
       "a tactical team of the Command on Monday engaged a group of bandits on the outskirts of Bungudu town, neutralising three of them and rescuing six kidnapped victims unhurt"),
],
figures=[
    fig("other", 400, "Zamfara",
        "over 400 persons had been abducted in the state in the first five months of this year alone",
        note="people abducted, January-May"),
])

report("b17-09", "2022-11-30", "https://www.example-capitalcourier.com/judiciary/2022/11/30/court-adjourns-terror-trial",
"""
Court adjourns trial of 11 terror suspects over 2020 attack, cites absence of witnesses

ABUJA, November 30 (Capital Courier) - Justice Halima Garba-Ekwueme of the Federal High Court, Abuja, on Tuesday adjourned till January the trial of eleven men charged with terrorism in connection with the attack on a rice farm in Borno State in November 2020.

The prosecution counsel from the Office of the Attorney-General of the Federation told the court that two of its witnesses, both soldiers, could not appear because they were "deployed in the theatre of operation" and asked for a short date. Counsel to the defendants opposed the application, arguing that his clients had spent nearly two years in detention since their arrest in early 2021 "without any witness coming to say anything against them".

The defendants are facing a 13-count charge bordering on membership of a proscribed organisation, provision of logistics to insurgents and participation in the killing of farmers. They pleaded not guilty.

The trial is part of efforts by the Federal Government to prosecute suspects held in military detention facilities. Outside the court, a relative of one of the farmers killed in 2020, who travelled from Maiduguri, said the families "are tired of adjournment upon adjournment".

Meanwhile, the military said this month that more than 80,000 insurgents and their family members had surrendered to troops of Operation HADIN KAI in the North East since mid-2021.
""",
country_hint="NG",
figures=[
    fig("other", 80000, "North East Nigeria",
        "more than 80,000 insurgents and their family members had surrendered to troops of Operation HADIN KAI in the North East since mid-2021",
        note="surrendered insurgents and family members, running total"),
])
# ---------------------------------------------------------------------------
# b17-10 .. b17-18
# ---------------------------------------------------------------------------

report("b17-10", "2019-05-22", "https://www.example-grassfieldpost.com/2019/05/22/ndu-raid-kumbo-school-ndop",
"""
NW crisis: Army raids Amba camp in Ndu, separatists torch school in Kumbo

BAMENDA, May 22 (The Grassfield Post) - At least six separatist fighters, known locally as "Amba boys", were killed on Monday when soldiers of the Rapid Intervention Battalion (BIR) stormed their camp on the outskirts of Ndu, Donga-Mantung Division, military sources have told The Grassfield Post.

Among those killed, the sources claimed, was a self-styled "General" who had been terrorising travellers on the Ndu-Kumbo stretch. Residents said the gunfire lasted close to one hour. The army did not report any casualty on its side.

The raid came a day after suspected separatists set ablaze the dormitory and two classrooms of a government secondary school in Kumbo, Bui Division, on Sunday night. No student was in the school, which has been closed since 2017 because of the separatists' ban on education. The Senior Divisional Officer (SDO) for Bui condemned what he called "the barbaric acts of terrorists who do not want our children to go to school".

Then on Tuesday, armed men attacked the gendarmerie brigade in Ndop, Ngoketunjia Division, killing one gendarme and wounding two others, a security source said. In a video circulated on social media, a separatist commander claimed his fighters had killed "five soldiers" in Ndop, a claim that could not be verified.

The Governor of the North West Region, speaking on regional radio, urged the population to "collaborate with the forces of law and order" and announced that a curfew in force in Ngoketunjia would be extended.

The Anglophone crisis, which began in 2016 as protests by lawyers and teachers, has turned into an armed conflict that has displaced more than 500,000 people in the North West and South West Regions, according to humanitarian agencies.
""",
events=[
    ev("BIR soldiers stormed a separatist camp on the outskirts of Ndu, killing at least six fighters including a self-styled 'General'.",
       "2019-05-20", "‘on Monday’ before the Wednesday 2019-05-22 dateline: Monday 2019-05-20",
       "outskirts of Ndu", "Northwest", "CM", "battle", "Cameroonian security forces", "Ambazonian separatists",
       6, None, None, None,
       "At least six separatist fighters, known locally as \"Amba boys\", were killed on Monday when soldiers of the Rapid Intervention Battalion (BIR) stormed their camp on the outskirts of Ndu, Donga-Mantung Division"),
    ev("Suspected separatists set fire to the dormitory and two classrooms of a closed government secondary school in Kumbo.",
       "2019-05-19", "‘on Sunday night’, ‘a day after’ which came the raid of Monday 2019-05-20: Sunday 2019-05-19",
       "government secondary school, Kumbo", "Northwest", "CM", "other", "Ambazonian separatists", "none",
       None, None, None, None,
       "suspected separatists set ablaze the dormitory and two classrooms of a government secondary school in Kumbo, Bui Division, on Sunday night. No student was in the school",
       note="arson, no one in the school"),
    ev("Armed men attacked the gendarmerie brigade in Ndop, killing one gendarme and wounding two; a separatist commander claimed five soldiers killed.",
       "2019-05-21", "‘on Tuesday’ before the Wednesday 2019-05-22 dateline: Tuesday 2019-05-21",
       "gendarmerie brigade, Ndop", "Northwest", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       1, None, 2, None,
       "on Tuesday, armed men attacked the gendarmerie brigade in Ndop, Ngoketunjia Division, killing one gendarme and wounding two others, a security source said. In a video circulated on social media, a separatist commander claimed his fighters had killed \"five soldiers\" in Ndop",
       note="separatist claim of five soldiers killed not used as toll"),
],
figures=[
    fig("displaced", 500000, "North West and South West Regions",
        "has displaced more than 500,000 people in the North West and South West Regions, according to humanitarian agencies"),
])

report("b17-11", "2015-07-28", "https://www.example-extremenordhebdo.com/en/2015/07/28/kolofata-market-bombing",
"""
Kolofata: two young girls blow themselves at market, seven dead

MAROUA, July 28 (L'Extrême-Nord Hebdo, English edition) - Two young girls carrying explosives have blown themselves in the middle of the market of Kolofata, in the Mayo-Sava Department, on Sunday towards 10 hours, killing seven persons and wounding 14 others, according to the Prefect of the Mayo-Sava.

"The two kamikazes were aged not more than 15 years. The first one exploded near the sellers of onions, the second one some minutes later when people were running to help," the Prefect declared to our reporter. The wounded were evacuated to the district hospital of Kolofata and the most serious to the regional hospital of Maroua. The attack is attributed to the sect Boko Haram, although no claim was made.

Two days earlier, in the night of Friday, elements of Boko Haram had raided a village on the outskirts of Mozogo in the Mayo-Tsanaga, killing four villagers with machetes and burning about twenty houses, a traditional chief of the area told us.

The army says that its units of the Rapid Intervention Battalion (BIR) have killed "dozens of terrorists" in the recent days along the border with Nigeria, without giving more details.

Kolofata, located at some kilometres of the Nigerian border, was already the target of a spectacular attack in July last year, when the wife of a high personality of the Republic was kidnapped. Since then, the Far North lives at the rhythm of the incursions and the night curfew.
""",
events=[
    ev("Two young girl suicide bombers blew themselves up minutes apart in Kolofata market, killing seven people and wounding 14.",
       "2015-07-26", "‘on Sunday towards 10 hours’ before the Tuesday 2015-07-28 dateline: Sunday 2015-07-26",
       "Kolofata market", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       7, None, 14, None,
       "Two young girls carrying explosives have blown themselves in the middle of the market of Kolofata, in the Mayo-Sava Department, on Sunday towards 10 hours, killing seven persons and wounding 14 others, according to the Prefect of the Mayo-Sava. [...] The attack is attributed to the sect Boko Haram, although no claim was made.",
       note="7 killed as given by the Prefect; unclear whether the two bombers are included; attributed, not claimed"),
    ev("Boko Haram fighters raided a village on the outskirts of Mozogo at night, killing four villagers with machetes and burning about twenty houses.",
       "2015-07-24", "‘Two days earlier, in the night of Friday’ than the bombing of Sunday 2015-07-26: Friday 2015-07-24",
       "village on the outskirts of Mozogo", "Far North", "CM", "attack_on_civilians", "Boko Haram", "civilians",
       4, None, None, None,
       "Two days earlier, in the night of Friday, elements of Boko Haram had raided a village on the outskirts of Mozogo in the Mayo-Tsanaga, killing four villagers with machetes and burning about twenty houses"),
    ev("The army says BIR units killed 'dozens of terrorists' along the Nigerian border in recent days.",
       None, "‘in the recent days’; no day or place given",
       "border with Nigeria", "Far North", "CM", "battle", "Cameroonian security forces", "Boko Haram",
       None, None, None, None,
       "The army says that its units of the Rapid Intervention Battalion (BIR) have killed \"dozens of terrorists\" in the recent days along the border with Nigeria, without giving more details.",
       note="aggregate of unspecified operations; 'dozens' gives no count", optional=True),
])

report("b17-12", "2020-08-26", "https://www.example-kivumatin.com/beni/2020/08/26/mayangose-adf-massacre",
"""
Beni: ADF kill villagers at Mayangose, civil society counts 19 bodies

BENI, August 26 (Kivu Matin) - Presumed rebels of the ADF have killed with machetes and firearms at least 14 civilians in the village of Mayangose, in the sector of Beni-Mbau, in the night from Monday to Tuesday, according to a first toll given on Tuesday morning by local sources.

The toll has been revised upwards on Wednesday. The president of the civil society of the sector, reached by Kivu Matin, says that 19 bodies have been recovered in the fields and in the houses. For his part, the administrator of the territory of Beni speaks of 16 dead and three wounded evacuated toward the general hospital of Oicha. "The enemy came from the side of the park, they went from house to house, it is the same mode of operation as always," he said.

The FARDC, for their part, had announced in June to have taken control of the main ADF camps in the valley of the Mwalika, and the spokesman of the operations Sokola 1 declared at that time that "the enemy is in debandade". The attacks against the villages have not stopped since then.

The population of Mayangose has fled toward Oicha and Beni town. Some young people blocked the road on Wednesday morning to protest against "the inaction" of the security services.

According to the civil society of Beni, more than 500 civilians have been killed in the territory since the beginning of the year.
""",
events=[
    ev("Presumed ADF rebels killed villagers with machetes and guns at Mayangose, Beni-Mbau sector; first toll 14, then 16 (territory administrator) or 19 (civil society); three wounded.",
       "2020-08-24", "‘in the night from Monday to Tuesday’ before the Wednesday 2020-08-26 dateline; overnight takes the first night, Monday 2020-08-24",
       "Mayangose", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       16, 19, 3, None,
       "Presumed rebels of the ADF have killed with machetes and firearms at least 14 civilians in the village of Mayangose, in the sector of Beni-Mbau, in the night from Monday to Tuesday [...] The president of the civil society of the sector, reached by Kivu Matin, says that 19 bodies have been recovered in the fields and in the houses. For his part, the administrator of the territory of Beni speaks of 16 dead and three wounded",
       note="first toll 14 superseded; revised tolls conflict: administrator 16, civil society 19"),
],
figures=[
    fig("killed", 500, "Beni territory",
        "more than 500 civilians have been killed in the territory since the beginning of the year",
        note="civil society running total, 2020"),
])

report("b17-13", "2023-10-31", "https://www.example-radiokivuvert.com/actualite/2023/10/31/mweso-bomb-kitshanga",
"""
Masisi: bomb falls on Mweso, five dead; fighting around Kitshanga

GOMA, October 31 (Radio Kivu Vert) - A bomb fell on Sunday in the centre of Mweso, in the territory of Masisi, killing five civilians, among them two children, and wounding eleven others, the local health authorities said. The FARDC and the rebels of the M23 accuse each other to have fired the projectile.

"The bomb fell near the small market while the women were selling. We carried the wounded on motorbikes to the hospital," a nurse of Mweso told our station by telephone. The hospital of Mweso, already overwhelmed, received since Saturday more than 30 wounded by bullets and by shells.

The fighting between M23 and the FARDC, supported by the armed groups called Wazalendo, were violent on Saturday on the hills around Kitshanga, local sources report. No toll could be obtained. The road Kitshanga-Mweso is cut since then.

In the territory of Rutshuru, the rebels occupy since Thursday the locality of Bwiza, in the chiefdom of Bwito, after the withdrawal of the Wazalendo fighters, according to a local leader.

According to the humanitarian actors, the number of displaced in the province of North Kivu has passed one million, most of them around Goma. The governor of the province has called the population "not to panic" and to stay behind the army.
""",
events=[
    ev("A bomb fell near the small market in the centre of Mweso, killing five civilians including two children and wounding eleven; the FARDC and M23 blame each other.",
       "2023-10-29", "‘on Sunday’ before the Tuesday 2023-10-31 dateline: Sunday 2023-10-29",
       "Mweso", "North Kivu", "CD", "explosion", "unknown", "civilians",
       5, None, 11, None,
       "A bomb fell on Sunday in the centre of Mweso, in the territory of Masisi, killing five civilians, among them two children, and wounding eleven others, the local health authorities said. The FARDC and the rebels of the M23 accuse each other to have fired the projectile.",
       note="responsibility disputed between FARDC and M23"),
    ev("Heavy fighting between M23 and the FARDC with Wazalendo groups on the hills around Kitshanga; no toll.",
       "2023-10-28", "‘on Saturday’ before the Tuesday 2023-10-31 dateline: Saturday 2023-10-28",
       "hills around Kitshanga", "North Kivu", "CD", "battle", "M23", "Congolese security forces",
       None, None, None, None,
       "The fighting between M23 and the FARDC, supported by the armed groups called Wazalendo, were violent on Saturday on the hills around Kitshanga, local sources report. No toll could be obtained.",
       note="who attacked not stated; Wazalendo fighting beside the FARDC"),
    ev("M23 rebels occupied Bwiza in Bwito chiefdom, Rutshuru, after Wazalendo fighters withdrew.",
       "2023-10-26", "occupied ‘since Thursday’ before the Tuesday 2023-10-31 dateline: Thursday 2023-10-26",
       "Bwiza", "North Kivu", "CD", "territory_gain", "M23", "Wazalendo",
       None, None, None, None,
       "In the territory of Rutshuru, the rebels occupy since Thursday the locality of Bwiza, in the chiefdom of Bwito, after the withdrawal of the Wazalendo fighters"),
],
figures=[
    fig("displaced", 1000000, "North Kivu",
        "the number of displaced in the province of North Kivu has passed one million"),
    fig("wounded", 30, "Mweso",
        "The hospital of Mweso, already overwhelmed, received since Saturday more than 30 wounded by bullets and by shells.",
        note="hospital admissions since Saturday, several incidents"),
])

report("b17-14", "2021-12-08", "https://www.example-iturihumanitarianforum.com/flash/2021-12-08-djugu-03",
"""
FLASH UPDATE No. 3 - Djugu territory, Ituri province, Democratic Republic of the Congo

Ituri Humanitarian Forum | 8 December 2021

KEY POINTS
- Seven displaced persons killed and three wounded in an attack on the Rhoe displacement site in the night of 5 to 6 December.
- About 12,000 people have left Rhoe and neighbouring sites for sites nearer Bunia since the attack.
- Humanitarian movements on the Bunia-Mahagi road suspended for 72 hours after an incident affecting a partner.

SITUATION
In the night of 5 to 6 December 2021, armed men presumed to belong to the CODECO militia entered the Rhoe site for internally displaced persons, north of Bunia, using firearms and bladed weapons. According to the site management committee, seven displaced persons, including three women, were killed and three others wounded. About 40 shelters were burned. The armed forces deployed near the site intervened after the assailants had withdrawn.

On 3 December, an ambulance of a health partner, clearly marked, was shot at on the Bunia-Mahagi road near Iga Barrière by unidentified armed men. The driver was wounded in the arm; the patient on board was not hurt. The partner has suspended its referrals on the axis.

Since the start of the year, the Forum has recorded 28 security incidents directly affecting humanitarian workers in Djugu territory.

NEEDS AND RESPONSE
The new arrivals in the sites around Bunia need shelter, water and food in priority. Partners have started a rapid needs assessment. Ituri province counts an estimated 1.7 million internally displaced persons, the majority of them from Djugu territory.
""",
events=[
    ev("Armed men presumed to be CODECO attacked the Rhoe displacement site with guns and blades, killing seven displaced people, wounding three and burning about 40 shelters.",
       "2021-12-05", "text gives ‘In the night of 5 to 6 December 2021’; overnight takes the first night, 2021-12-05",
       "Rhoe displacement site", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       7, None, 3, None,
       "In the night of 5 to 6 December 2021, armed men presumed to belong to the CODECO militia entered the Rhoe site for internally displaced persons, north of Bunia, using firearms and bladed weapons. According to the site management committee, seven displaced persons, including three women, were killed and three others wounded."),
    ev("Unidentified armed men shot at a marked ambulance on the Bunia-Mahagi road near Iga Barrière, wounding the driver.",
       "2021-12-03", "text gives ‘On 3 December’ in a report dated 8 December 2021",
       "Bunia-Mahagi road near Iga Barrière", "Ituri", "CD", "attack_on_civilians", "unknown", "civilians",
       None, None, 1, None,
       "On 3 December, an ambulance of a health partner, clearly marked, was shot at on the Bunia-Mahagi road near Iga Barrière by unidentified armed men. The driver was wounded in the arm; the patient on board was not hurt.",
       note="aid workers counted as civilians; attackers 'unidentified armed men'"),
],
figures=[
    fig("displaced", 12000, "Rhoe and neighbouring sites",
        "About 12,000 people have left Rhoe and neighbouring sites for sites nearer Bunia since the attack."),
    fig("other", 28, "Djugu territory",
        "Since the start of the year, the Forum has recorded 28 security incidents directly affecting humanitarian workers in Djugu territory.",
        note="incidents affecting aid workers, 2021"),
    fig("displaced", 1700000, "Ituri",
        "Ituri province counts an estimated 1.7 million internally displaced persons"),
])

report("b17-15", "2020-04-14", "https://www.example-canalnorte.com/cabo-delgado/2020/04/14/bilibiza-chai",
"""
Cabo Delgado: insurgents burn Bilibiza again, FDS say 21 "machababos" eliminated in Macomia

PEMBA, April 14 (Canal Norte) - The armed insurgents that are terrorising the districts of the north of Cabo Delgado have invaded on Saturday the village of Bilibiza, in the district of Quissanga, where they burned the rest of the houses and the agricultural institute, killing three residents, according to sources contacted by Canal Norte.

"They came at the time of the afternoon prayers, many of them, with the uniform similar to that of the police. Who could, ran to the bush," related a resident now in Pemba. Bilibiza had already been attacked in January, and the majority of its population had left.

Meanwhile, the Defence and Security Forces (FDS) claim to have eliminated on Sunday 21 insurgents in a confrontation in the zone of Chai, in the district of Macomia. In a press note, the spokesman of the General Command of the Police of the Republic of Mozambique (PRM) said that "the FDS continue to hunt the evil-doers" and that weapons and a quantity of food stolen from the population were recovered. The FDS did not inform about their own losses.

The insurgents, known locally as "machababos" or as Al-Sunnah wa Jama'ah, and recently linked to the Islamic State, have intensified their actions since March, when they occupied for some hours the district headquarters of Mocímboa da Praia and Quissanga.

Humanitarian organisations estimate that more than 160,000 people have been affected by the violence in the province since October 2017.
""",
events=[
    ev("Insurgents invaded Bilibiza village in Quissanga district, burning the remaining houses and the agricultural institute and killing three residents.",
       "2020-04-11", "‘on Saturday’ before the Tuesday 2020-04-14 dateline: Saturday 2020-04-11",
       "Bilibiza", "Cabo Delgado", "MZ", "attack_on_civilians", "Ahlu Sunnah Wa-Jama", "civilians",
       3, None, None, None,
       "The armed insurgents that are terrorising the districts of the north of Cabo Delgado have invaded on Saturday the village of Bilibiza, in the district of Quissanga, where they burned the rest of the houses and the agricultural institute, killing three residents"),
    ev("The FDS say they eliminated 21 insurgents in a confrontation in the zone of Chai, Macomia district; own losses not given.",
       "2020-04-12", "‘on Sunday’ before the Tuesday 2020-04-14 dateline: Sunday 2020-04-12",
       "Chai", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "Ahlu Sunnah Wa-Jama",
       21, None, None, None,
       "the Defence and Security Forces (FDS) claim to have eliminated on Sunday 21 insurgents in a confrontation in the zone of Chai, in the district of Macomia",
       note="FDS count of insurgents killed"),
],
figures=[
    fig("other", 160000, "Cabo Delgado",
        "more than 160,000 people have been affected by the violence in the province since October 2017",
        note="people affected"),
])

report("b17-16", "2024-03-06", "https://www.example-pembadiario.com/2024/03/06/mazeze-n380-ataques",
"""
Insurgents attack Mazeze headquarters, truck drivers killed on the N380

PEMBA, March 6 (Pemba Diário, English digest) - Islamic State insurgents on Monday attacked the headquarters of the administrative post of Mazeze, in the district of Chiúre, setting fire to the Catholic church, the health centre and the house of the chief of the post, and killing two residents, local authorities confirmed.

The administrator of the district of Chiúre, speaking to journalists in the headquarters of the district, said the insurgents arrived in the early morning and left "before the arrival of the reinforcements". The Islamic State Mozambique Province, through its propaganda channels, claimed to have killed "eight Christians" in the attack, which could not be confirmed.

At the end of January, a group of insurgents had ambushed two trucks loaded with goods on the N380 road, a few kilometres outside Macomia town, killing four drivers and assistants and setting the trucks on fire, transporters recalled. Since then, the association of transporters of Cabo Delgado has suspended the circulation on the axis without military escort.

Since the beginning of February, the new wave of attacks in the south of the province has forced more than 67,000 people to flee, the majority of them toward the province of Nampula, according to the Humanitarian Platform of Cabo Delgado.

The Rwandan forces and the FDS are present in the districts of Mocímboa da Praia, Palma and Macomia since 2021. The southern districts, considered calm until last year, have no permanent military presence.
""",
events=[
    ev("Islamic State insurgents attacked the Mazeze administrative post headquarters, burning the church, health centre and the post chief's house and killing two residents.",
       "2024-03-04", "‘on Monday’ before the Wednesday 2024-03-06 dateline: Monday 2024-03-04",
       "Mazeze", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State Mozambique", "civilians",
       2, None, None, None,
       "Islamic State insurgents on Monday attacked the headquarters of the administrative post of Mazeze, in the district of Chiúre, setting fire to the Catholic church, the health centre and the house of the chief of the post, and killing two residents, local authorities confirmed. [...] The Islamic State Mozambique Province, through its propaganda channels, claimed to have killed \"eight Christians\" in the attack, which could not be confirmed.",
       note="group's claim of eight killed not used"),
],
figures=[
    fig("displaced", 67000, "southern Cabo Delgado",
        "Since the beginning of February, the new wave of attacks in the south of the province has forced more than 67,000 people to flee"),
])

report("b17-17", "2023-09-12", "https://www.example-abayherald.com/2023/09/12/bichena-drone-debre-tabor",
"""
Drone strike kills eight at Bichena bus station, residents say; Fano enter Debre Tabor

BAHIR DAR, September 12 (Abay Herald) - At least eight civilians were killed and 11 others injured when a drone strike hit the bus station of Bichena town in East Gojjam Zone on Saturday, residents and a health worker told Abay Herald.

"The drone came around 4 o'clock in the afternoon when the minibuses were loading for Debre Markos. Among the dead are two students and a mother with her baby," said a resident who helped to carry the wounded to Bichena Primary Hospital. The residents said the strike was conducted by the government forces. The regional Command Post, which administers the region under the state of emergency, did not respond to questions, but a zone official said "the operation targeted extremist armed group members, not civilians".

Meanwhile, fighters of the Fano militia entered Debre Tabor, the capital of South Gondar Zone, on Sunday morning and clashed with the Ethiopian National Defense Force (ENDF) around the zone administration office and the university, residents said. By the evening, the fighters had withdrawn to the outskirts. The number of casualties could not be known.

The Command Post said on Monday that it had detained 40 "individuals who were coordinating the extremist force" in Bahir Dar city as part of "law enforcement measures". Families of some detainees said they were held in a military camp without charge.

The conflict in the Amhara region started in early August after the federal government moved to dissolve the regional special forces. The internet remains shut off in most of the region.
""",
events=[
    ev("A drone strike, blamed by residents on government forces, hit Bichena bus station, killing at least eight civilians and injuring 11.",
       "2023-09-09", "‘on Saturday’ before the Tuesday 2023-09-12 dateline: Saturday 2023-09-09",
       "Bichena bus station", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
       8, None, 11, None,
       "At least eight civilians were killed and 11 others injured when a drone strike hit the bus station of Bichena town in East Gojjam Zone on Saturday [...] The residents said the strike was conducted by the government forces.",
       note="attributed to government forces by residents; official says extremists were targeted"),
    ev("Fano fighters entered Debre Tabor and clashed with the ENDF around the zone administration office and the university, withdrawing to the outskirts by evening.",
       "2023-09-10", "‘on Sunday morning’ before the Tuesday 2023-09-12 dateline: Sunday 2023-09-10",
       "Debre Tabor", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "fighters of the Fano militia entered Debre Tabor, the capital of South Gondar Zone, on Sunday morning and clashed with the Ethiopian National Defense Force (ENDF) around the zone administration office and the university"),
    ev("The Command Post said it had detained 40 people accused of coordinating the 'extremist force' in Bahir Dar.",
       None, "announced ‘on Monday’ (Monday 2023-09-11); day of the detentions not stated",
       "Bahir Dar", "Amhara", "ET", "arrest", "Ethiopian security forces", "civilians",
       None, None, None, None,
       "The Command Post said on Monday that it had detained 40 \"individuals who were coordinating the extremist force\" in Bahir Dar city",
       arrested=40),
])

report("b17-18", "2022-07-19", "https://www.example-finfinnetimes.com/news/2022/07/19/nunu-kumba-attack",
"""
"Shene" killed 12 civilians in Nunu Kumba, says regional government; OLA denies

ADDIS ABABA, July 19 (Finfinne Times) - The Oromia Regional State Government Communication Bureau said that the terrorist group "Shene" killed 12 civilians and burned houses in Nunu Kumba woreda of East Wollega Zone on Saturday.

According to the statement, the attackers "went to the kebele where farmers were gathered for a meeting and opened fire indiscriminately". Among the victims were farmers and a kebele militia member, the statement added, without giving the name of the kebele. A resident of the area who spoke by phone said he helped to bury "more than fifteen people" on Sunday.

The Oromo Liberation Army (OLA), which the government calls "Shene", rejected the accusation in a statement posted on social media and blamed "government-allied militias" for the killings. The claims could not be independently verified because access to the area is restricted.

The Bureau also said that regional security forces had "put out of action" more than 30 members of the group in operations conducted in West Shewa Zone during the past week, and that several of its camps were destroyed.

Western Oromia has seen repeated attacks against civilians in the past months, leaving hundreds dead and tens of thousands displaced. The regional government has repeatedly said that its "law enforcement operation" against the OLA will continue until the group is "eliminated".
""",
events=[
    ev("Gunmen opened fire on farmers gathered for a meeting in a kebele of Nunu Kumba woreda and burned houses; the region says 12 civilians were killed and blames the OLA ('Shene'), a resident speaks of more than fifteen buried; the OLA denies and blames government-allied militias.",
       "2022-07-16", "‘on Saturday’ before the Tuesday 2022-07-19 dateline: Saturday 2022-07-16",
       "Nunu Kumba", "Oromia", "ET", "attack_on_civilians", "Oromo Liberation Army", "civilians",
       12, 15, None, None,
       "the terrorist group \"Shene\" killed 12 civilians and burned houses in Nunu Kumba woreda of East Wollega Zone on Saturday. [...] A resident of the area who spoke by phone said he helped to bury \"more than fifteen people\" on Sunday. [...] The Oromo Liberation Army (OLA), which the government calls \"Shene\", rejected the accusation",
       note="perpetrator disputed (government: OLA; OLA: government-allied militias); tolls 12 (government) vs more than 15 (resident)"),
    ev("The regional government says its forces put more than 30 OLA members out of action in operations in West Shewa Zone during the past week.",
       None, "‘during the past week’; no day or place beyond the zone",
       "West Shewa Zone", "Oromia", "ET", "battle", "Ethiopian security forces", "Oromo Liberation Army",
       30, None, None, None,
       "regional security forces had \"put out of action\" more than 30 members of the group in operations conducted in West Shewa Zone during the past week",
       note="aggregate of several operations; 'put out of action' may include wounded and captured", optional=True),
])
# ---------------------------------------------------------------------------
# b17-19 .. b17-27
# ---------------------------------------------------------------------------

report("b17-19", "2024-06-25", "https://www.example-darfurvoice.com/en/2024/06/25/abu-shouk-shelling-kabkabiya",
"""
El Fasher: RSF shells Abu Shouk camp, six dead; army warplane hits Kabkabiya market

EL FASHER, June 25 (Darfur Voice) - Six displaced persons, among them three children, were killed and 14 injured on Sunday when artillery shells launched by the Rapid Support Forces (RSF) fell on the north-western part of Abu Shouk camp for the displaced, the camp's general coordination said in a statement.

"The shells came from the eastern side where the militia is positioned. People were in the water queue," a member of the coordination told Darfur Voice. The Darfur Doctors Union, a group of medical volunteers, said the wounded were taken to the Saudi Hospital, "the last hospital working in the city, which itself was hit many times".

In Kabkabiya, some 150 kilometres west of El Fasher, nine civilians were killed when a warplane of the Sudanese Armed Forces (SAF) bombed the weekly market on Saturday, local activists said. The town is under the control of the RSF. The army did not comment, but it usually says it targets "gatherings of the rebel militia".

On Monday, the Joint Force of the armed struggle movements, which fights beside the army, said it had "repulsed a large attack" by the RSF on the southern neighbourhoods of El Fasher and inflicted heavy losses on them. It gave no numbers.

El Fasher, the capital of North Darfur, is the only state capital in Darfur not under RSF control. It has been besieged since May. According to the coordination, more than 400 civilians have been killed in the city since the fighting started there.
""",
events=[
    ev("RSF artillery shells fell on the north-western part of Abu Shouk displacement camp, killing six displaced people including three children and injuring 14.",
       "2024-06-23", "‘on Sunday’ before the Tuesday 2024-06-25 dateline: Sunday 2024-06-23",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       6, None, 14, None,
       "Six displaced persons, among them three children, were killed and 14 injured on Sunday when artillery shells launched by the Rapid Support Forces (RSF) fell on the north-western part of Abu Shouk camp for the displaced"),
    ev("A Sudanese Armed Forces warplane bombed the weekly market of RSF-held Kabkabiya, killing nine civilians.",
       "2024-06-22", "‘on Saturday’ before the Tuesday 2024-06-25 dateline: Saturday 2024-06-22",
       "Kabkabiya market", "North Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       9, None, None, None,
       "In Kabkabiya, some 150 kilometres west of El Fasher, nine civilians were killed when a warplane of the Sudanese Armed Forces (SAF) bombed the weekly market on Saturday"),
    ev("The Joint Force of armed movements, fighting beside the army, said it repulsed a large RSF attack on the southern neighbourhoods of El Fasher.",
       None, "announced ‘On Monday’ (Monday 2024-06-24); day of the attack not stated",
       "southern neighbourhoods of El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Joint Force of armed struggle movements",
       None, None, None, None,
       "the Joint Force of the armed struggle movements, which fights beside the army, said it had \"repulsed a large attack\" by the RSF on the southern neighbourhoods of El Fasher and inflicted heavy losses on them. It gave no numbers."),
],
figures=[
    fig("killed", 400, "El Fasher",
        "more than 400 civilians have been killed in the city since the fighting started there"),
])

report("b17-20", "2024-10-29", "https://www.example-wadmadanipost.com/en/2024/10/29/east-gezira-tamboul-rufaa",
"""
East Gezira: RSF storm villages around Tamboul, at least 40 killed

PORT SUDAN, October 29 (Wad Madani Post) - Fighters of the Rapid Support Forces (RSF) stormed a number of villages around the town of Tamboul in the east of Al Jazirah state on Friday, killing at least 40 civilians, the resistance committees of the area said.

The committees said in a statement that the militia "entered the villages in dozens of vehicles, shot at the men in front of their houses and looted the cars, the gold of the women and the livestock". A medical source at the Tamboul rural hospital later put the number of the dead at 56, adding that more than 100 were injured but could not reach the hospital because of the siege. Residents described the attacks as "revenge" after a commander from the area joined the army last week.

On Saturday, the RSF rounded up dozens of young men in the town of Rufa'a and took them to an unknown place, according to families of the detained men. The RSF did not comment.

The Sudanese Ministry of Foreign Affairs condemned what it called "the genocide against the people of the Gezira" and called on the international community to designate the RSF as a terrorist group.

The humanitarian organisations say more than 100,000 persons have fled the east of the state in the last ten days, many of them on foot toward the neighbouring states of Gedaref and Kassala.
""",
events=[
    ev("RSF fighters stormed villages around Tamboul, shooting men outside their houses and looting; the resistance committees say at least 40 killed, a medical source 56, with more than 100 injured.",
       "2024-10-25", "‘on Friday’ before the Tuesday 2024-10-29 dateline: Friday 2024-10-25",
       "villages around Tamboul", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       40, 56, 100, None,
       "Fighters of the Rapid Support Forces (RSF) stormed a number of villages around the town of Tamboul in the east of Al Jazirah state on Friday, killing at least 40 civilians, the resistance committees of the area said. [...] A medical source at the Tamboul rural hospital later put the number of the dead at 56, adding that more than 100 were injured",
       note="tolls: resistance committees at least 40, medical source 56"),
    ev("RSF rounded up dozens of young men in Rufa'a and took them to an unknown place.",
       "2024-10-26", "‘On Saturday’ before the Tuesday 2024-10-29 dateline: Saturday 2024-10-26",
       "Rufa'a", "Al Jazirah", "SD", "other", "Rapid Support Forces", "civilians",
       None, None, None, None,
       "On Saturday, the RSF rounded up dozens of young men in the town of Rufa'a and took them to an unknown place",
       note="abduction/forced disappearance by an armed group, not a state arrest"),
],
figures=[
    fig("displaced", 100000, "east of Al Jazirah state",
        "more than 100,000 persons have fled the east of the state in the last ten days"),
])

report("b17-21", "2014-09-23", "https://www.example-khartoumsportsweekly.com/2014/09/23/kadugli-tadamon-return",
"""
Kadugli's Al-Tadamon back in the league after two seasons of "war on and off the pitch"

KHARTOUM, September 23 (Khartoum Sports Weekly) - Al-Tadamon club of Kadugli will play again in the first division next season after winning the promotion play-off against Al-Nil of Shendi 2-1 in Omdurman on Sunday, completing what its coach called "a battle of survival".

The club from the capital of South Kordofan did not play any home match for two seasons. Its stadium was damaged when the town was shelled in the first weeks of the conflict in 2011, and the team trained since then on a school ground. "Many of our players were displaced, some went to Khartoum, some to El Obeid. We gathered them again one by one," the coach said after the match.

The winning goal came in the 88th minute from the 19-year-old striker who, according to the club, lost his house in the fighting. The supporters living in Khartoum celebrated with drums and flags of the club in the streets of Omdurman until the late night.

The governor of South Kordofan promised to finish the rehabilitation of the Kadugli stadium "before the end of the rainy season" so that the team can receive its opponents at home. The football federation said it will ask the security committee of the state for guarantees before fixing any match in Kadugli.

According to the United Nations, the conflict in South Kordofan and Blue Nile has affected more than one million people since 2011.
""",
country_hint="SD",
figures=[
    fig("other", 1000000, "South Kordofan and Blue Nile",
        "the conflict in South Kordofan and Blue Nile has affected more than one million people since 2011",
        note="people affected"),
])

report("b17-22", "2016-09-13", "https://www.example-radiogreenequator.com/news/2016/09/13/yei-juba-road-ambush",
"""
Seven passengers killed in ambush on Yei-Juba road, SPLA and SPLA-IO trade blame

YEI, September 13 (Radio Green Equator) - Unknown gunmen ambushed a passenger bus travelling from Juba to Yei on Sunday near Lainya, killing seven people and wounding four others, the county commissioner of Lainya told Radio Green Equator.

The commissioner said the bus was stopped at around 11 am and the gunmen "opened fire on the passengers without asking anything". The wounded were brought to Yei Civil Hospital. The SPLA spokesman in Juba blamed "the forces of the SPLA in Opposition" for the attack, but an SPLA-IO spokesman denied any involvement, saying his forces "do not target civilians" and accusing the government soldiers themselves.

On Friday, the SPLA and the SPLA-IO clashed at Mugwo, in Yei River County. The SPLA-IO said its forces had repulsed an attack and killed 15 government soldiers. The SPLA said it lost two soldiers and killed nine rebels, adding that the IO forces were the ones who attacked its position.

Since the fighting in Juba in July, insecurity has spread into the Equatoria region. More than 100,000 people have fled from Yei River State to Uganda since July, according to the local relief authorities, and the roads to Juba, Kaya and Morobo have become dangerous for travellers.

The governor of Yei River State called on the citizens "not to run away" and said the government would deploy more troops along the roads.
""",
events=[
    ev("Unknown gunmen ambushed a Juba-Yei passenger bus near Lainya and fired on the passengers, killing seven and wounding four; the SPLA blamed the SPLA-IO, which denied it.",
       "2016-09-11", "‘on Sunday’ before the Tuesday 2016-09-13 dateline: Sunday 2016-09-11",
       "Yei-Juba road near Lainya", "Central Equatoria", "SS", "attack_on_civilians", "unknown", "civilians",
       7, None, 4, None,
       "Unknown gunmen ambushed a passenger bus travelling from Juba to Yei on Sunday near Lainya, killing seven people and wounding four others [...] The SPLA spokesman in Juba blamed \"the forces of the SPLA in Opposition\" for the attack, but an SPLA-IO spokesman denied any involvement",
       note="perpetrator disputed"),
    ev("SPLA and SPLA-IO clashed at Mugwo in Yei River County; the SPLA reports two of its soldiers and nine rebels killed, the SPLA-IO claims 15 soldiers killed.",
       "2016-09-09", "‘On Friday’ before the Tuesday 2016-09-13 dateline: Friday 2016-09-09",
       "Mugwo", "Central Equatoria", "SS", "battle", "SPLA-IO", "SPLA",
       11, None, None, None,
       "On Friday, the SPLA and the SPLA-IO clashed at Mugwo, in Yei River County. The SPLA-IO said its forces had repulsed an attack and killed 15 government soldiers. The SPLA said it lost two soldiers and killed nine rebels",
       note="11 = 2 soldiers + 9 rebels (SPLA's own count); SPLA-IO claim of 15 soldiers not used; who attacked is disputed"),
],
figures=[
    fig("displaced", 100000, "Yei River State",
        "More than 100,000 people have fled from Yei River State to Uganda since July",
        note="refugees to Uganda"),
])

report("b17-23", "2019-11-19", "https://www.example-jubaeye.com/politics/2019/11/19/unified-forces-delay",
"""
Parties agree 100 more days, but cantonment sites "still lacking food and medicine"

JUBA, November 19 (The Juba Eye) - The Sudan People's Liberation Movement-in-Opposition (SPLM-IO) and the government have agreed to extend the pre-transitional period by 100 days, after the two sides failed to finish the training and unification of the forces before the 12 November deadline.

Speaking to journalists at the airport on his return from Entebbe on Sunday, the Minister of Information said "the peace is holding and no bullet has been fired between the signatories". The opposition's deputy chairman said the extension was "a necessary evil" and accused the government of failing to release the funds for the cantonment sites.

According to the body monitoring the ceasefire, about 41,000 soldiers of the different parties have reported to the cantonment and training sites so far, out of the 83,000 to be unified. Commanders at a site in Western Bahr el Ghazal told The Juba Eye that soldiers were "eating one meal in a day" and that some had deserted to go back to their villages.

The revitalised peace agreement, signed in September last year, ended five years of a civil war that killed an estimated 380,000 people and displaced about four million.

Church leaders in Juba held a prayer on Sunday for "the success of the peace", calling on the leaders to "put the people first". Civil society activists said the population had "lost patience" with the repeated delays.
""",
country_hint="SS",
figures=[
    fig("fighters", 41000, "South Sudan",
        "about 41,000 soldiers of the different parties have reported to the cantonment and training sites so far, out of the 83,000 to be unified",
        note="cantoned; 83,000 planned"),
    fig("killed", 380000, "South Sudan",
        "a civil war that killed an estimated 380,000 people and displaced about four million",
        note="civil war 2013-2018; about 4 million displaced"),
])

report("b17-24", "2022-10-11", "https://www.example-hiiraanstarradio.com/2022/10/11/moqokori-liberated-beledweyne-mortars",
"""
Government forces and Macawisley take Moqokori; mortars hit Beledweyne

BELEDWEYNE, October 11 (Hiiraan Star Radio) - The Somali National Army (SNA), together with the local clan militias known as Macawisley, have liberated the town of Moqokori in Hiiraan region from al-Shabaab on Sunday, the governor of Hiiraan announced.

Speaking to Hiiraan Star Radio, the governor said the Khawarij "fled the town without much resistance" and that 23 of them were killed in the fighting on the outskirts. He did not mention losses among the government side. Residents said the militants withdrew toward the villages in the east before the arrival of the forces.

Late on Monday night, al-Shabaab fired several mortar shells on Beledweyne, the capital of the region. Two children died when one shell fell on their house in the Koshin neighbourhood, and five other family members were wounded, the district commissioner said. Al-Shabaab said on its radio station that it targeted "the bases of the apostate militias".

On Saturday, Macawisley fighters ambushed an al-Shabaab convoy near Jalalaqsi, according to elders in the area. The number of casualties remains unknown.

The offensive against the militants started in the Hiiraan region in August after al-Shabaab killed and burned the property of the local population. The government says more than 40 villages and towns have been freed in the region and the Middle Shabelle since then.
""",
events=[
    ev("SNA troops and Macawisley clan militias took Moqokori from al-Shabaab; the governor says 23 militants were killed on the outskirts.",
       "2022-10-09", "‘on Sunday’ before the Tuesday 2022-10-11 dateline: Sunday 2022-10-09",
       "Moqokori", "Hiiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       23, None, None, None,
       "The Somali National Army (SNA), together with the local clan militias known as Macawisley, have liberated the town of Moqokori in Hiiraan region from al-Shabaab on Sunday [...] 23 of them were killed in the fighting on the outskirts",
       note="with Macawisley clan militias; governor's count of militants killed"),
    ev("Al-Shabaab mortar shells hit Beledweyne; one fell on a house in Koshin neighbourhood, killing two children and wounding five relatives.",
       "2022-10-10", "‘Late on Monday night’ before the Tuesday 2022-10-11 dateline: Monday 2022-10-10",
       "Koshin, Beledweyne", "Hiiraan", "SO", "explosion", "al-Shabaab", "civilians",
       2, None, 5, None,
       "Late on Monday night, al-Shabaab fired several mortar shells on Beledweyne, the capital of the region. Two children died when one shell fell on their house in the Koshin neighbourhood, and five other family members were wounded"),
    ev("Macawisley clan fighters ambushed an al-Shabaab convoy near Jalalaqsi; casualties unknown.",
       "2022-10-08", "‘On Saturday’ before the Tuesday 2022-10-11 dateline: Saturday 2022-10-08",
       "near Jalalaqsi", "Hiiraan", "SO", "battle", "Macawisley", "al-Shabaab",
       None, None, None, None,
       "On Saturday, Macawisley fighters ambushed an al-Shabaab convoy near Jalalaqsi, according to elders in the area. The number of casualties remains unknown."),
],
figures=[
    fig("districts_retaken", 40, "Hiiraan and Middle Shabelle",
        "more than 40 villages and towns have been freed in the region and the Middle Shabelle since then",
        note="villages and towns retaken since August"),
])

report("b17-25", "2019-07-30", "https://www.example-banadirtoday.com/2019/07/30/ex-control-afgoye-car-bomb",
"""
Car bomb at Ex-Control Afgoye checkpoint kills five, police say; ambulance service counts nine

MOGADISHU, July 30 (Banadir Today) - A car loaded with explosives rammed into a security checkpoint at Ex-Control Afgoye, on the western outskirts of Mogadishu, on Monday morning, killing at least five people, police said.

Police officer Major Abdirahman Hassan Warsame told Banadir Today that three soldiers and two civilians, including a tea seller, were killed and eight others were wounded. The Hooyo Ambulance Service, however, said its teams had carried nine dead bodies from the scene.

Al-Shabaab claimed the attack through its Andalus radio, saying its "martyrdom operation" had killed 12 soldiers of the "apostate government".

Security forces arrested three suspects in Hodan district on Monday evening in connection with the blast, the police officer added. He said a search operation was continuing.

In Baidoa, the capital of the South West State, a hand grenade was thrown into a tea shop near the livestock market on Sunday evening, injuring four people, a local official said. Nobody claimed the attack.

The Ex-Control Afgoye junction, where trucks and buses coming from Lower Shabelle are checked, has been targeted several times in the past years.
""",
events=[
    ev("A car bomb rammed the Ex-Control Afgoye checkpoint on Mogadishu's western outskirts; police say five killed (three soldiers, two civilians) and eight wounded, an ambulance service nine dead; al-Shabaab claimed it.",
       "2019-07-29", "‘on Monday morning’ before the Tuesday 2019-07-30 dateline: Monday 2019-07-29",
       "Ex-Control Afgoye checkpoint", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       5, 9, 8, None,
       "A car loaded with explosives rammed into a security checkpoint at Ex-Control Afgoye, on the western outskirts of Mogadishu, on Monday morning, killing at least five people, police said. [...] three soldiers and two civilians, including a tea seller, were killed and eight others were wounded. The Hooyo Ambulance Service, however, said its teams had carried nine dead bodies from the scene. [...] Al-Shabaab claimed the attack",
       note="police 5, ambulance service 9; al-Shabaab's claim of 12 soldiers not used"),
    ev("Security forces arrested three suspects in Hodan district in connection with the checkpoint blast.",
       "2019-07-29", "‘on Monday evening’ before the Tuesday 2019-07-30 dateline: Monday 2019-07-29",
       "Hodan district, Mogadishu", "Banaadir", "SO", "arrest", "Somali security forces", "unknown",
       None, None, None, None,
       "Security forces arrested three suspects in Hodan district on Monday evening in connection with the blast",
       arrested=3),
    ev("A hand grenade thrown into a tea shop near Baidoa's livestock market injured four people.",
       "2019-07-28", "‘on Sunday evening’ before the Tuesday 2019-07-30 dateline: Sunday 2019-07-28",
       "tea shop near the livestock market, Baidoa", "Bay", "SO", "explosion", "unknown", "civilians",
       None, None, 4, None,
       "In Baidoa, the capital of the South West State, a hand grenade was thrown into a tea shop near the livestock market on Sunday evening, injuring four people"),
])

report("b17-26", "2021-10-19", "https://www.example-chindwinnews.com/en/2021/10/19/yinmabin-ambush-kani-arson",
"""
PDF ambush junta column near Yinmabin; troops burn houses in Kani Township

MONYWA, October 19 (Chindwin News Agency) - Local People's Defence Force (PDF) fighters ambushed a military column of about 80 junta soldiers on the road between Yinmabin and Pale on Sunday, a PDF spokesperson told Chindwin News.

The spokesperson claimed that at least 12 soldiers were killed after the PDF detonated homemade mines and opened fire with hunting rifles, and that the column retreated to Yinmabin. Chindwin News could not verify the number independently. The military council did not comment.

On Monday, junta troops entered villages in Kani Township and set fire to more than 60 houses, according to residents who fled to the forest. Two elderly residents who were not able to run away were burned to death in their homes, a local aid volunteer said.

"They are punishing the villagers for the PDF. Every time there is a fight, they come back and burn," said a resident of Kani who asked not to be named for security reason.

Sagaing Region has become one of the strongholds of the armed resistance against the military since the February 1 coup. According to a rights group tracking the killings, more than 1,100 civilians have been killed by the security forces across the country since the coup.
""",
events=[
    ev("Local PDF fighters ambushed a column of about 80 junta soldiers on the Yinmabin-Pale road with homemade mines and hunting rifles; the PDF claims 12 soldiers killed.",
       "2021-10-17", "‘on Sunday’ before the Tuesday 2021-10-19 dateline: Sunday 2021-10-17",
       "road between Yinmabin and Pale", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       None, None, None, None,
       "Local People's Defence Force (PDF) fighters ambushed a military column of about 80 junta soldiers on the road between Yinmabin and Pale on Sunday [...] The spokesperson claimed that at least 12 soldiers were killed",
       note="attackers' own claim of 12 killed not used; unverified"),
    ev("Junta troops set fire to more than 60 houses in villages of Kani Township; two elderly residents were burned to death.",
       "2021-10-18", "‘On Monday’ before the Tuesday 2021-10-19 dateline: Monday 2021-10-18",
       "Kani Township", "Sagaing", "MM", "attack_on_civilians", "Myanmar military", "civilians",
       2, None, None, None,
       "On Monday, junta troops entered villages in Kani Township and set fire to more than 60 houses, according to residents who fled to the forest. Two elderly residents who were not able to run away were burned to death in their homes"),
],
figures=[
    fig("killed", 1100, "Myanmar",
        "more than 1,100 civilians have been killed by the security forces across the country since the coup"),
])

report("b17-27", "2024-02-21", "https://www.example-kaladanpress.com/2024/02/21/rathedaung-airstrike-ponnagyun",
"""
Nine villagers killed in junta airstrike in Rathedaung; AA says last army post in Ponnagyun overrun

SITTWE, February 21 (Kaladan Press Network) - A military jet fighter bombed a fishing village in Rathedaung Township on Monday afternoon, killing nine civilians including four children and injuring about 20 others, residents and a rescue volunteer said.

"Two bombs dropped in the middle of the village near the monastery. Many houses were destroyed and the people were under the broken wood," the rescue volunteer said. The injured were carried by boat to a clinic because the roads were blocked. The junta's information team did not respond.

The Arakan Army (AA) said in a statement on Tuesday that its troops had overrun "the last remaining position of the military council" in Ponnagyun Township and captured weapons and ammunition. The statement did not say when the position fell. The junta has not confirmed the loss.

Fighting has spread across northern and central Rakhine State since the AA resumed its offensive in November last year, ending an informal ceasefire. According to the local relief groups, more than 300,000 people have been displaced in the state since November.
""",
events=[
    ev("A military jet bombed a fishing village in Rathedaung Township near the monastery, killing nine civilians including four children and injuring about 20.",
       "2024-02-19", "‘on Monday afternoon’ before the Wednesday 2024-02-21 dateline: Monday 2024-02-19",
       "fishing village, Rathedaung Township", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
       9, None, 20, None,
       "A military jet fighter bombed a fishing village in Rathedaung Township on Monday afternoon, killing nine civilians including four children and injuring about 20 others"),
    ev("The Arakan Army said it had overrun the military council's last remaining position in Ponnagyun Township and captured weapons.",
       None, "AA statement ‘on Tuesday’ (Tuesday 2024-02-20) says nothing of when: ‘The statement did not say when the position fell.’",
       "Ponnagyun Township", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar military",
       None, None, None, None,
       "The Arakan Army (AA) said in a statement on Tuesday that its troops had overrun \"the last remaining position of the military council\" in Ponnagyun Township and captured weapons and ammunition."),
],
figures=[
    fig("displaced", 300000, "Rakhine State",
        "more than 300,000 people have been displaced in the state since November"),
])
# ---------------------------------------------------------------------------
# b17-28 .. b17-36
# ---------------------------------------------------------------------------

report("b17-28", "2019-08-06", "https://www.example-sulustartoday.com/2019/08/06/patikul-clash-indanan-ied",
"""
3 soldiers, 5 ASG killed in Patikul encounter; IED goes off near Army detachment in Indanan

JOLO, Sulu, August 6 (Sulu Star Today) - Three soldiers and five members of the Abu Sayyaf Group (ASG) were killed while nine other soldiers were wounded in an encounter in the hinterlands of Patikul town on Sunday, the military said.

Lt. Col. Roberto Dalisay Macapagal, spokesperson of the Joint Task Force Sulu, said troops of the Army's 35th Infantry Battalion were conducting focused military operations when they encountered around 30 ASG members under sub-leader alias "Apoh" at around 8 a.m. The firefight lasted for about two hours.

"The bodies of five ASG were recovered by the troops at the encounter site together with four high-powered firearms," Macapagal said. The wounded soldiers were airlifted to the Camp Navarro General Hospital in Zamboanga City.

On Saturday night, an improvised explosive device went off some 50 meters from an Army detachment in Barangay Kajatian, Indanan town. No one was hurt in the explosion, the spokesperson added, and the bomb squad recovered the remnants of the device.

The military intensified its operations in the province after the twin suicide bombing inside an Army camp in Indanan in late June. Joint Task Force Sulu commander assured the public that "the remaining ASG will be neutralized before the end of the year".
""",
events=[
    ev("Troops of the 35th Infantry Battalion encountered about 30 ASG members in the hinterlands of Patikul; three soldiers and five ASG killed, nine soldiers wounded.",
       "2019-08-04", "‘on Sunday’ before the Tuesday 2019-08-06 dateline: Sunday 2019-08-04",
       "hinterlands of Patikul", "Sulu", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       8, None, 9, None,
       "Three soldiers and five members of the Abu Sayyaf Group (ASG) were killed while nine other soldiers were wounded in an encounter in the hinterlands of Patikul town on Sunday, the military said."),
    ev("An IED went off about 50 m from an Army detachment in Barangay Kajatian, Indanan; no one was hurt.",
       "2019-08-03", "‘On Saturday night’ before the Tuesday 2019-08-06 dateline: Saturday 2019-08-03",
       "Barangay Kajatian, Indanan", "Sulu", "PH", "explosion", "unknown", "Philippine security forces",
       0, None, 0, None,
       "On Saturday night, an improvised explosive device went off some 50 meters from an Army detachment in Barangay Kajatian, Indanan town. No one was hurt in the explosion"),
])

report("b17-29", "2022-03-22", "https://www.example-easternvisayasbulletin.com/2022/03/22/las-navas-ambush-catarman-arrest",
"""
Two soldiers dead in NPA ambush in Las Navas; alleged rebel finance officer nabbed in Catarman

CATARMAN, Northern Samar, March 22 (Eastern Visayas Bulletin) - Two soldiers were killed and three others were wounded when New People's Army (NPA) rebels ambushed a team of the Army's 20th Infantry Battalion in an upland barangay of Las Navas town on Sunday morning, the 8th Infantry Division (8ID) said.

The soldiers were on their way to deliver relief goods for a community support program when they were fired upon by around 20 rebels, the 8ID public affairs chief Capt. Mylene Tabao-Reyes said. In a statement posted online, the NPA's regional command claimed that "seven fascist troops" were killed in the "tactical offensive".

On Monday, operatives of the Criminal Investigation and Detection Group (CIDG) and the Army arrested an alleged finance officer of the NPA's front committee in a boarding house in Barangay Dalakit, Catarman, by virtue of a warrant of arrest for murder. Recovered from the suspect were a .45 caliber pistol and a grenade, police said.

On Saturday, a landmine exploded as an Army truck passed a farm-to-market road in Catubig town, slightly wounding one soldier. The military blamed the NPA for the blast, calling the use of landmines "a violation of international humanitarian law".

The military said the insurgency in the province is "at its weakest", with only two guerrilla fronts remaining active.
""",
events=[
    ev("NPA rebels ambushed a 20th IB team delivering relief goods in an upland barangay of Las Navas; two soldiers killed, three wounded (NPA claims seven).",
       "2022-03-20", "‘on Sunday morning’ before the Tuesday 2022-03-22 dateline: Sunday 2022-03-20",
       "upland barangay of Las Navas", "Northern Samar", "PH", "battle", "New People's Army", "Philippine security forces",
       2, None, 3, None,
       "Two soldiers were killed and three others were wounded when New People's Army (NPA) rebels ambushed a team of the Army's 20th Infantry Battalion in an upland barangay of Las Navas town on Sunday morning",
       note="NPA claim of seven killed not used"),
    ev("CIDG operatives and the Army arrested an alleged NPA finance officer in a boarding house in Barangay Dalakit, Catarman.",
       "2022-03-21", "‘On Monday’ before the Tuesday 2022-03-22 dateline: Monday 2022-03-21",
       "Barangay Dalakit, Catarman", "Northern Samar", "PH", "arrest", "Philippine security forces", "New People's Army",
       None, None, None, None,
       "On Monday, operatives of the Criminal Investigation and Detection Group (CIDG) and the Army arrested an alleged finance officer of the NPA's front committee in a boarding house in Barangay Dalakit, Catarman",
       arrested=1),
    ev("A landmine blamed on the NPA exploded under an Army truck on a farm-to-market road in Catubig, slightly wounding one soldier.",
       "2022-03-19", "‘On Saturday’ before the Tuesday 2022-03-22 dateline: Saturday 2022-03-19",
       "farm-to-market road, Catubig", "Northern Samar", "PH", "explosion", "New People's Army", "Philippine security forces",
       None, None, 1, None,
       "On Saturday, a landmine exploded as an Army truck passed a farm-to-market road in Catubig town, slightly wounding one soldier. The military blamed the NPA for the blast",
       note="blamed on the NPA by the military"),
])

report("b17-30", "2015-03-31", "https://www.example-pryazovnews.com/en/2015/03/31/ato-avdiivka-shyrokyne",
"""
ATO: militants shelled Avdiivka overnight, fighting continues at Shyrokyne

MARIUPOL, March 31 (Pryazovia News) - Despite the Minsk agreements, the illegal armed formations continued to violate the ceasefire regime in the zone of the anti-terrorist operation (ATO), the press centre of the ATO reported.

In the night of Sunday, the militants shelled the residential quarters of Avdiivka from 120 mm mortars. One civilian, an elderly man, was killed in his yard and two women were wounded, the Donetsk regional military-civil administration informed. Several private houses and a power line were damaged.

Near Shyrokyne, east of Mariupol, the enemy attempted on Monday to storm the positions of the Ukrainian forces with the support of a tank and infantry fighting vehicles. The attack was repelled. According to the ATO speaker, one Ukrainian serviceman was killed and four were wounded in this direction during the day.

In total during the past day the militants opened fire on the positions of the Ukrainian military 40 times, the press centre counts.

The so-called "defence ministry" of the self-proclaimed "DPR" for its part accused the Ukrainian side of shelling the village of Spartak near the Donetsk airport over the weekend and said one of its fighters was killed there.

The residents of Shyrokyne have mostly left the village, which since February has become a front line. The Mariupol city council says more than 1,500 displaced persons from the village and the surrounding area were registered in the city.
""",
events=[
    ev("Militants shelled residential quarters of Avdiivka with 120 mm mortars overnight, killing an elderly man and wounding two women.",
       "2015-03-29", "‘In the night of Sunday’ before the Tuesday 2015-03-31 dateline; overnight takes the first night, Sunday 2015-03-29",
       "Avdiivka", "Donetsk", "UA", "explosion", "pro-Russian separatists", "civilians",
       1, None, 2, None,
       "In the night of Sunday, the militants shelled the residential quarters of Avdiivka from 120 mm mortars. One civilian, an elderly man, was killed in his yard and two women were wounded"),
    ev("Separatist forces with a tank and IFVs tried to storm Ukrainian positions near Shyrokyne and were repelled; one Ukrainian serviceman killed and four wounded in the sector that day.",
       "2015-03-30", "‘on Monday’ before the Tuesday 2015-03-31 dateline: Monday 2015-03-30",
       "Shyrokyne", "Donetsk", "UA", "battle", "pro-Russian separatists", "Ukrainian security forces",
       1, None, 4, None,
       "Near Shyrokyne, east of Mariupol, the enemy attempted on Monday to storm the positions of the Ukrainian forces with the support of a tank and infantry fighting vehicles. The attack was repelled. According to the ATO speaker, one Ukrainian serviceman was killed and four were wounded in this direction during the day.",
       note="casualties are for 'this direction during the day'"),
    ev("The DPR 'defence ministry' accused Ukrainian forces of shelling Spartak near Donetsk airport, saying one of its fighters was killed.",
       None, "‘over the weekend’; no day given",
       "Spartak", "Donetsk", "UA", "explosion", "Ukrainian security forces", "pro-Russian separatists",
       1, None, None, None,
       "The so-called \"defence ministry\" of the self-proclaimed \"DPR\" for its part accused the Ukrainian side of shelling the village of Spartak near the Donetsk airport over the weekend and said one of its fighters was killed there.",
       note="one side's accusation; vaguely dated", optional=True),
],
figures=[
    fig("other", 40, "ATO zone",
        "In total during the past day the militants opened fire on the positions of the Ukrainian military 40 times",
        note="ceasefire violations in one day"),
    fig("displaced", 1500, "Mariupol",
        "more than 1,500 displaced persons from the village and the surrounding area were registered in the city"),
])

report("b17-31", "2023-11-21", "https://www.example-pivdenpost.com/en/2023/11/21/orikhiv-kab-kherson-korabelnyi",
"""
Russian guided bomb kills two in Orikhiv; shelling of Kherson's Korabelnyi district

ZAPORIZHZHIA, November 21 (Pivden Post) - Two civilians were killed and three injured when Russian troops dropped a guided aerial bomb on Orikhiv on Monday, the head of the Zaporizhzhia Regional Military Administration said on Telegram. The bomb hit a multi-storey building in the centre of the town, where a few dozen residents still live.

In Kherson, Russian artillery struck the Korabelnyi district on Sunday evening, killing a 58-year-old man and wounding four other people, among them a teenager, the city military administration reported. The shelling damaged a school and a gas pipeline.

Upriver in Beryslav, a Russian drone dropped an explosive on a car on Monday morning, wounding a married couple in their sixties, the regional administration said.

The General Staff of the Armed Forces of Ukraine said its Defence Forces had repelled 14 attacks near Avdiivka during the past day, and that the enemy continued attempts to encircle the town.

Meanwhile, the Ukrainian military said that overnight into Tuesday its forces had destroyed an ammunition depot of the Russian army near the occupied town of Tokmak. The exiled mayor of a nearby community wrote that "explosions were heard for two hours". The Russian side did not comment.

Since the beginning of the full-scale invasion, more than 900 civilians have been killed in the Zaporizhzhia region, according to the regional prosecutor's office.
""",
events=[
    ev("A Russian guided aerial bomb hit a multi-storey building in the centre of Orikhiv, killing two civilians and injuring three.",
       "2023-11-20", "‘on Monday’ before the Tuesday 2023-11-21 dateline: Monday 2023-11-20",
       "Orikhiv", "Zaporizhzhia", "UA", "explosion", "Russian armed forces", "civilians",
       2, None, 3, None,
       "Two civilians were killed and three injured when Russian troops dropped a guided aerial bomb on Orikhiv on Monday"),
    ev("Russian artillery struck Kherson's Korabelnyi district, killing a man and wounding four people including a teenager.",
       "2023-11-19", "‘on Sunday evening’ before the Tuesday 2023-11-21 dateline: Sunday 2023-11-19",
       "Korabelnyi district, Kherson", "Kherson", "UA", "explosion", "Russian armed forces", "civilians",
       1, None, 4, None,
       "In Kherson, Russian artillery struck the Korabelnyi district on Sunday evening, killing a 58-year-old man and wounding four other people, among them a teenager"),
    ev("A Russian drone dropped an explosive on a car in Beryslav, wounding a couple in their sixties.",
       "2023-11-20", "‘on Monday morning’ before the Tuesday 2023-11-21 dateline: Monday 2023-11-20",
       "Beryslav", "Kherson", "UA", "explosion", "Russian armed forces", "civilians",
       None, None, 2, None,
       "Upriver in Beryslav, a Russian drone dropped an explosive on a car on Monday morning, wounding a married couple in their sixties"),
    ev("Ukrainian forces say they destroyed a Russian ammunition depot near occupied Tokmak overnight.",
       "2023-11-20", "‘overnight into Tuesday’ (Tuesday 2023-11-21 is the dateline); overnight takes the first night, Monday 2023-11-20",
       "near Tokmak", "Zaporizhzhia", "UA", "explosion", "Ukrainian armed forces", "Russian armed forces",
       None, None, None, None,
       "the Ukrainian military said that overnight into Tuesday its forces had destroyed an ammunition depot of the Russian army near the occupied town of Tokmak"),
],
figures=[
    fig("other", 14, "Avdiivka",
        "its Defence Forces had repelled 14 attacks near Avdiivka during the past day",
        note="attacks repelled in one day"),
    fig("killed", 900, "Zaporizhzhia region",
        "more than 900 civilians have been killed in the Zaporizhzhia region"),
])

report("b17-32", "2024-08-29", "https://www.example-dniprovechirnii.com/en/2024/08/29/ilovaisk-ten-years",
"""
Ten years after Ilovaisk: veterans and families remember at Dnipro memorial

DNIPRO, August 29 (Dnipro Vechirnii, English edition) - Hundreds of veterans, relatives and volunteers gathered on Thursday, 29 August 2024, at the memorial wall in the centre of Dnipro to mark ten years since the so-called "green corridor" out of Ilovaisk, where Ukrainian volunteer battalions and army units were encircled in August 2014.

Many of those who came wore the chevrons of the battalions that fought in the town. "We went out on the 'corridor' they promised us, and they shot at us from all sides. I still hear it every night," said a former fighter of a volunteer battalion who now works as a psychologist with veterans.

According to the official data, more than 360 Ukrainian servicemen were killed in the Ilovaisk operation and hundreds were wounded or taken prisoner. The investigation into the events was never fully finished, the families said.

The ceremony was interrupted for twenty minutes by an air raid alert, and participants moved into the underground passage until the all-clear was given. A minute of silence was then observed and the names of the fallen from the Dnipropetrovsk region were read.

The head of the regional military administration said that the region "knows the price of this war better than anyone" and announced that a new section of the memorial would be opened next year.
""",
country_hint="UA",
figures=[
    fig("killed", 360, "Ilovaisk",
        "more than 360 Ukrainian servicemen were killed in the Ilovaisk operation",
        note="historical toll of the August 2014 battle, background"),
])

report("b17-33", "2019-12-03", "https://www.example-cronicadelcauca.com/en/2019/12/03/toribio-guard-corinto-bomb",
"""
Indigenous guard killed in Toribío; motorcycle bomb in Corinto leaves two police wounded

POPAYÁN, December 3 (Crónica del Cauca, English service) - A member of the indigenous guard was assassinated on Sunday in a rural zone of the municipality of Toribío, in the north of Cauca, by men of the dissidence of the former FARC, denounced the Regional Indigenous Council.

According to the council, the comunero was controlling a checkpoint of the guard in the vereda when armed men of the mobile column "Dagoberto Ramos" arrived and shot him several times. "They want to install fear so that we leave them the territory," said a traditional authority of the resguardo.

In Corinto, a motorcycle loaded with explosives detonated on Monday near the police station, leaving two uniformed officers wounded and damaging several houses, informed the Police of Cauca. The authorities attributed the attack to the same dissident structure.

Meanwhile, the Army reported that on Saturday, in a combat in the corregimiento of El Plateado, municipality of Argelia, three members of the dissidence "Carlos Patiño" front died and one soldier resulted wounded.

The Ombudsman's Office has emitted several early alerts on the risk for social leaders and indigenous comuneros in the north of Cauca. According to the indigenous organisations, more than 50 comuneros have been assassinated in the department in the course of this year.
""",
events=[
    ev("Men of the FARC dissident 'Dagoberto Ramos' column shot dead an indigenous guard member at a guard checkpoint in rural Toribío.",
       "2019-12-01", "‘on Sunday’ before the Tuesday 2019-12-03 dateline: Sunday 2019-12-01",
       "rural zone of Toribío", "Cauca", "CO", "attack_on_civilians", "FARC dissidents", "civilians",
       1, None, None, None,
       "A member of the indigenous guard was assassinated on Sunday in a rural zone of the municipality of Toribío, in the north of Cauca, by men of the dissidence of the former FARC"),
    ev("A motorcycle loaded with explosives detonated near the Corinto police station, wounding two officers; attributed to the same dissident structure.",
       "2019-12-02", "‘on Monday’ before the Tuesday 2019-12-03 dateline: Monday 2019-12-02",
       "police station, Corinto", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       None, None, 2, None,
       "In Corinto, a motorcycle loaded with explosives detonated on Monday near the police station, leaving two uniformed officers wounded and damaging several houses, informed the Police of Cauca. The authorities attributed the attack to the same dissident structure."),
    ev("The Army reports a combat in El Plateado, Argelia, in which three members of the dissident 'Carlos Patiño' front died and one soldier was wounded.",
       "2019-11-30", "‘on Saturday’ before the Tuesday 2019-12-03 dateline: Saturday 2019-11-30",
       "El Plateado, Argelia", "Cauca", "CO", "battle", "Colombian security forces", "FARC dissidents",
       3, None, 1, None,
       "the Army reported that on Saturday, in a combat in the corregimiento of El Plateado, municipality of Argelia, three members of the dissidence \"Carlos Patiño\" front died and one soldier resulted wounded"),
],
figures=[
    fig("killed", 50, "Cauca",
        "more than 50 comuneros have been assassinated in the department in the course of this year"),
])

report("b17-34", "2024-06-25", "https://www.example-catatumbohoy.com/en/2024/06/25/tibu-drone-abrego-tanker",
"""
Drone with explosives hits battalion base in Tibú: one soldier dead

CÚCUTA, June 25 (Catatumbo Hoy) - One soldier died and four more were wounded on Sunday when a drone loaded with explosives was launched against the installations of a battalion of the Army in the urban area of Tibú, Norte de Santander, informed the Second Division.

According to the military, the attack is attributed to the 33rd Front of the FARC dissidents, which disputes with the ELN the control of the coca routes in the Catatumbo. The wounded were transferred to the Erasmo Meoz hospital in Cúcuta.

On Saturday, armed men stopped a fuel tanker on the road between Ocaña and Ábrego, made the driver get down and set the vehicle on fire, in what the authorities called a "pistol-plan" against the transport sector. Nobody was injured.

In a separate action, the Police captured on Monday in the neighbourhood La Libertad of Cúcuta a man known as alias "El Flaco", pointed out as an explosives expert of the ELN, who had an arrest warrant for terrorism.

According to the Governor's Office, with this one, 27 attacks with drones have been registered in the Catatumbo since the beginning of the year. Community leaders ask for a humanitarian agreement to protect the civilian population.
""",
events=[
    ev("A drone loaded with explosives struck an Army battalion base in urban Tibú, killing one soldier and wounding four; attributed to the 33rd Front of the FARC dissidents.",
       "2024-06-23", "‘on Sunday’ before the Tuesday 2024-06-25 dateline: Sunday 2024-06-23",
       "Army battalion base, Tibú", "Norte de Santander", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       1, None, 4, None,
       "One soldier died and four more were wounded on Sunday when a drone loaded with explosives was launched against the installations of a battalion of the Army in the urban area of Tibú, Norte de Santander [...] the attack is attributed to the 33rd Front of the FARC dissidents"),
    ev("Armed men stopped a fuel tanker on the Ocaña-Ábrego road, made the driver get down and set it on fire; nobody injured.",
       "2024-06-22", "‘On Saturday’ before the Tuesday 2024-06-25 dateline: Saturday 2024-06-22",
       "road between Ocaña and Ábrego", "Norte de Santander", "CO", "other", "unknown", "none",
       0, None, 0, None,
       "On Saturday, armed men stopped a fuel tanker on the road between Ocaña and Ábrego, made the driver get down and set the vehicle on fire, in what the authorities called a \"pistol-plan\" against the transport sector. Nobody was injured.",
       note="property destruction; armed men not identified"),
    ev("Police captured alias 'El Flaco', an alleged ELN explosives expert, in the La Libertad neighbourhood of Cúcuta.",
       "2024-06-24", "‘on Monday’ before the Tuesday 2024-06-25 dateline: Monday 2024-06-24",
       "La Libertad, Cúcuta", "Norte de Santander", "CO", "arrest", "Colombian security forces", "ELN",
       None, None, None, None,
       "the Police captured on Monday in the neighbourhood La Libertad of Cúcuta a man known as alias \"El Flaco\", pointed out as an explosives expert of the ELN",
       arrested=1),
],
figures=[
    fig("other", 27, "Catatumbo",
        "27 attacks with drones have been registered in the Catatumbo since the beginning of the year",
        note="drone attacks in 2024, running total"),
])

report("b17-35", "2022-05-17", "https://www.example-tierracalientediario.com/2022/05/17/aguililla-enfrentamiento-drones",
"""
Four gunmen killed in confrontation with the Army in Aguililla; drones again over El Aguaje

MORELIA, May 17 (Tierra Caliente Diario, English digest) - Four armed civilians died and one element of the Army resulted injured in a confrontation registered on Sunday on the outskirts of the municipal seat of Aguililla, informed the Secretariat of Public Security of Michoacán (SSP).

According to the report, elements of the Secretariat of National Defence (Sedena) were carrying out patrols when they were attacked with firearms by a group of armed civilians, presumably members of the Jalisco New Generation Cartel (CJNG). At the place, four bodies, long weapons and a vehicle with artisanal armour were secured.

A day before, on Saturday, two residents of the locality of El Aguaje, in the same municipality, resulted injured when drones dropped explosive artefacts over their houses, the inhabitants denounced. They did not say which criminal group launched the devices.

Separately, the State Prosecutor's Office (FGE) informed on Monday of the finding of five bodies with signs of violence on the Uruapan-Lombardía highway, without precising the date of the finding nor the identity of the victims.

Aguililla, in the region of Tierra Caliente, has lived for more than two years under the dispute between the CJNG and the Cárteles Unidos, which has forced hundreds of families to abandon their homes.
""",
events=[
    ev("Sedena soldiers on patrol were attacked by armed civilians, presumably CJNG, on the outskirts of Aguililla; four gunmen killed and one soldier injured.",
       "2022-05-15", "‘on Sunday’ before the Tuesday 2022-05-17 dateline: Sunday 2022-05-15",
       "outskirts of Aguililla", "Michoacán", "MX", "battle", "Jalisco New Generation Cartel", "Mexican security forces",
       4, None, 1, None,
       "Four armed civilians died and one element of the Army resulted injured in a confrontation registered on Sunday on the outskirts of the municipal seat of Aguililla [...] they were attacked with firearms by a group of armed civilians, presumably members of the Jalisco New Generation Cartel (CJNG)"),
    ev("Drones dropped explosive artefacts over houses in El Aguaje, Aguililla, injuring two residents; the group responsible was not named.",
       "2022-05-14", "‘A day before, on Saturday’ the Sunday 2022-05-15 confrontation: Saturday 2022-05-14",
       "El Aguaje", "Michoacán", "MX", "explosion", "unknown", "civilians",
       None, None, 2, None,
       "A day before, on Saturday, two residents of the locality of El Aguaje, in the same municipality, resulted injured when drones dropped explosive artefacts over their houses"),
    ev("The FGE reported five bodies with signs of violence found on the Uruapan-Lombardía highway; date of finding not given.",
       None, "reported ‘on Monday’ (Monday 2022-05-16) ‘without precising the date of the finding’",
       "Uruapan-Lombardía highway", "Michoacán", "MX", "attack_on_civilians", "unknown", "civilians",
       5, None, None, None,
       "the State Prosecutor's Office (FGE) informed on Monday of the finding of five bodies with signs of violence on the Uruapan-Lombardía highway, without precising the date of the finding nor the identity of the victims",
       note="discovery of bodies; killing date and perpetrator unknown", optional=True),
])

report("b17-36", "2024-11-13", "https://www.example-ayitilakay.com/en/2024/11/13/solino-attack-cabaret-operation",
"""
Solino: armed bandits burn houses and kill residents; PNH and MMAS neutralise six in Cabaret

PORT-AU-PRINCE, November 13 (Ayiti Lakay Info) - Armed bandits of the coalition "Viv Ansanm" launched a new attack on Solino in the night of Monday, burning houses and shooting on residents who tried to flee, according to several witnesses contacted by Ayiti Lakay Info.

The Haitian National Police (PNH) speaks of five persons killed, while the residents and a local organisation for human rights affirm they counted eight dead, among them a pastor and two minors. Many families left the zone toward Delmas and Pétion-Ville with their belongings on the head. "We have nowhere to go, the bandits take the neighbourhoods one after the other," a mother of family said.

On Tuesday, a joint operation of the PNH and the Multinational Security Support Mission (MMAS) in Cabaret, in the Arcahaie area, permitted to neutralise six bandits of the gang that controls the zone, according to the police spokesperson. Two armoured vehicles were used and several weapons were seized, he said.

According to the humanitarian actors, more than 700,000 persons are now internally displaced in Haiti, more than half of them in the metropolitan zone of Port-au-Prince. The violence of the gangs has also led to the suspension of the commercial flights to the capital.
""",
events=[
    ev("Viv Ansanm gang members attacked Solino at night, burning houses and shooting fleeing residents; the PNH gives five killed, residents and a rights group eight.",
       "2024-11-11", "‘in the night of Monday’ before the Wednesday 2024-11-13 dateline; overnight takes the first night, Monday 2024-11-11",
       "Solino", "Ouest", "HT", "attack_on_civilians", "Viv Ansanm", "civilians",
       5, 8, None, None,
       "Armed bandits of the coalition \"Viv Ansanm\" launched a new attack on Solino in the night of Monday, burning houses and shooting on residents who tried to flee [...] The Haitian National Police (PNH) speaks of five persons killed, while the residents and a local organisation for human rights affirm they counted eight dead",
       note="conflicting tolls: PNH 5, residents 8"),
    ev("A joint PNH-MMAS operation in Cabaret killed six members of the gang controlling the area.",
       "2024-11-12", "‘On Tuesday’ before the Wednesday 2024-11-13 dateline: Tuesday 2024-11-12",
       "Cabaret", "Ouest", "HT", "battle", "Haitian police", "gang",
       6, None, None, None,
       "On Tuesday, a joint operation of the PNH and the Multinational Security Support Mission (MMAS) in Cabaret, in the Arcahaie area, permitted to neutralise six bandits of the gang that controls the zone",
       note="with the Multinational Security Support Mission; gang not named"),
],
figures=[
    fig("displaced", 700000, "Haiti",
        "more than 700,000 persons are now internally displaced in Haiti"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"ML", "BF", "NE", "NG", "CM", "CD", "MZ", "ET", "SD", "SS", "SO", "MM", "PH", "UA",
             "CO", "MX", "HT"}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
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
        if rid != "b17-%02d" % (i + 1):
            err(rid, f"id out of order, expected b17-{i + 1:02d}")
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
    print(f"reports: {len(REPORTS)}")
    print(f"events: {len(evs)} (optional {len(evs) - len(req)}, scored {len(req)})")
    print(f"events with killed: {sum(e['killed'] is not None for e in evs)}"
          f" (scored: {sum(e['killed'] is not None for e in req)})")
    print(f"events with wounded: {sum(e['wounded'] is not None for e in evs)}"
          f" (scored: {sum(e['wounded'] is not None for e in req)})")
    print(f"events with a date: {sum(e['date'] is not None for e in evs)}")
    print(f"figures: {sum(len(r['figures']) for r in REPORTS)}")
    print("reports with no incident: %d (%s)" % (
        sum(not r["events"] for r in REPORTS), ", ".join(r["id"] for r in REPORTS if not r["events"])))
    print("by type: " + ", ".join(f"{k} {v}" for k, v in Counter(e["type"] for e in evs).most_common()))
    print("by country (events): " + ", ".join(f"{k} {v}" for k, v in Counter(e["country"] for e in evs).most_common()))
    print("by country (reports): " + ", ".join(
        f"{k} {v}" for k, v in Counter(
            (r["events"][0]["country"] if r["events"] else r.get("country_hint", "?")) for r in REPORTS).most_common()))
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))


if __name__ == "__main__":
    main()
