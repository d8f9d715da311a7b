#!/usr/bin/env python3
"""probe-blind27: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: north-east and north-west Nigeria and the Middle Belt (Borno, Yobe, Adamawa, Zamfara,
Katsina, Kaduna, Plateau, Benue), Niger (Diffa, Maradi), Chad (Lac) and Cameroon's Far North,
2014-2024, as army and police statements, vigilantes, local dailies and wire copy tell it:
Boko Haram and ISWAP, bandits, farmer-herder violence, tolls from several sources, attacks told
over several days, abductions, rescues, arrests and surrenders.

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
# b27-01 .. b27-06
# ---------------------------------------------------------------------------

report("b27-01", "2019-06-15", "https://www.example-sahelcourier.com/borno/2019/06/15/gajiram-base-attack-iswap",
"""
ISWAP fighters storm army base in Gajiram; army says attack repelled, officers say losses heavier

MAIDUGURI, June 15 (Sahel Courier) - Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in Gajiram, the headquarters of Nganzai local government area of Borno State, on Thursday evening, setting fire to two armoured vehicles before they were pushed out of the town, military and civilian sources said.

In a statement on Friday, the army's spokesman said troops of Operation Lafiya Dole had "successfully repelled" the attack after a firefight of about three hours, neutralising nine terrorists and recovering two gun trucks and a quantity of ammunition. Two soldiers paid the supreme price and four others were wounded and evacuated for treatment, he said.

Two officers who spoke on condition of anonymity painted a grimmer picture. One said at least seven soldiers, among them a lieutenant, had been killed, and that the insurgents carted away weapons from the armoury before air support arrived from Maiduguri. Residents said hundreds of people fled into the bush and only began returning on Friday morning.

A day before the assault, a vehicle carrying members of the Civilian Joint Task Force (CJTF) ran over a landmine on the road between Gajiram and Gubio. Three of the vigilantes died on the spot and two were injured, a CJTF commander in Maiduguri told the Courier. He blamed ISWAP, which he said had been planting explosives along the route for weeks.

Separately, the army said troops had arrested a man suspected of supplying fuel and motorcycle spare parts to the insurgents at the Monguno cattle market. It did not say when he was picked up.

Gajiram has been attacked at least four times since November. The insurgency, now in its tenth year, has killed more than 27,000 people in the north-east and driven about 1.8 million from their homes in Borno, Adamawa and Yobe, according to United Nations figures. ISWAP broke away from Abubakar Shekau's faction of Boko Haram in 2016 and has since concentrated its attacks on military positions.
""",
events=[
    ev("ISWAP fighters attacked the army base in Gajiram and burned two armoured vehicles before being pushed out; the army gave 2 soldiers and 9 insurgents killed and 4 soldiers wounded, officers said at least 7 soldiers died.",
       "2019-06-13", "‘on Thursday evening’ before the Saturday 2019-06-15 dateline: Thursday 2019-06-13",
       "Gajiram", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       11, 16, 4, None,
       "Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in Gajiram, the headquarters of Nganzai local government area of Borno State, on Thursday evening, setting fire to two armoured vehicles before they were pushed out of the town, military and civilian sources said. [...] In a statement on Friday, the army's spokesman said troops of Operation Lafiya Dole had \"successfully repelled\" the attack after a firefight of about three hours, neutralising nine terrorists and recovering two gun trucks and a quantity of ammunition. Two soldiers paid the supreme price and four others were wounded and evacuated for treatment, he said. [...] One said at least seven soldiers, among them a lieutenant, had been killed",
       note="11 = army's 2 soldiers + 9 insurgents; 16 = officers' 7 soldiers + army's 9 insurgents; ISWAP is canonical Boko Haram"),
    ev("A CJTF vehicle hit a landmine on the Gajiram-Gubio road, killing three vigilantes and injuring two; a CJTF commander blamed ISWAP.",
       "2019-06-12", "‘A day before the assault’ of Thursday 2019-06-13: Wednesday 2019-06-12",
       "Gajiram-Gubio road", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       3, None, 2, None,
       "A day before the assault, a vehicle carrying members of the Civilian Joint Task Force (CJTF) ran over a landmine on the road between Gajiram and Gubio. Three of the vigilantes died on the spot and two were injured, a CJTF commander in Maiduguri told the Courier. He blamed ISWAP, which he said had been planting explosives along the route for weeks.",
       note="CJTF counted with Nigerian security forces; blamed on ISWAP by the CJTF, no claim or denial"),
    ev("Troops arrested a man suspected of supplying fuel and spare parts to the insurgents at the Monguno cattle market.",
       None, "the army ‘did not say when he was picked up’",
       "Monguno cattle market", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Separately, the army said troops had arrested a man suspected of supplying fuel and motorcycle spare parts to the insurgents at the Monguno cattle market. It did not say when he was picked up.",
       arrested=1),
],
figures=[
    fig("other", 4, "Gajiram", "Gajiram has been attacked at least four times since November.",
        note="attacks on Gajiram since November"),
    fig("killed", 27000, "north-east Nigeria",
        "The insurgency, now in its tenth year, has killed more than 27,000 people in the north-east"),
    fig("displaced", 1800000, "Borno, Adamawa and Yobe",
        "driven about 1.8 million from their homes in Borno, Adamawa and Yobe, according to United Nations figures"),
])

report("b27-02", "2021-02-09", "https://www.example-northernledger.com/zamfara/2021/02/09/mada-attack-wanke-mosque-abduction",
"""
Bandits kill villagers in Mada, abduct worshippers near Wanke as air force pounds Kuyambana forest

GUSAU, February 9 (Northern Ledger) - Armed bandits riding on motorcycles stormed Mada, a farming community in Gusau local government area of Zamfara State, on Sunday afternoon and shot at residents as they ran for cover, leaving many dead, officials and residents said.

The state police command's spokesman put the toll at 10. But a ward councillor who said he helped to bury the victims on Monday said 17 people were killed and six others were receiving treatment at the Yariman Bakura Specialist Hospital in Gusau. "They came in their numbers and went from house to house," he said.

Two days earlier, in the night, gunmen surrounded a mosque in a village near Wanke during the Isha prayer and marched 23 worshippers into the bush. An elderly man who tried to escape was shot dead, a relative said. On Monday, police said a tactical team had rescued 11 of the worshippers after an exchange of fire with the kidnappers in the forest near Wanke, in which one officer sustained a gunshot injury. The others are still being held.

Meanwhile, the Defence Headquarters said the air component of Operation Hadarin Daji struck hideouts of a notorious bandit leader in Kuyambana forest on Saturday, "neutralising scores of bandits" and destroying their logistics base. The claim could not be independently verified.

Zamfara's government began talks with some bandit leaders in 2019, offering amnesty to those who laid down their arms, but attacks resumed within months. The state government says more than 2,800 people have been killed in the state since 2011 and about 190,000 displaced. Farmers in several districts say they pay levies to armed groups before they are allowed to harvest.
""",
events=[
    ev("Bandits on motorcycles stormed Mada and shot residents; police gave 10 killed, a councillor 17 killed and six wounded.",
       "2021-02-07", "‘on Sunday afternoon’ before the Tuesday 2021-02-09 dateline: Sunday 2021-02-07",
       "Mada", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       10, 17, 6, None,
       "Armed bandits riding on motorcycles stormed Mada, a farming community in Gusau local government area of Zamfara State, on Sunday afternoon and shot at residents as they ran for cover, leaving many dead, officials and residents said. [...] The state police command's spokesman put the toll at 10. But a ward councillor who said he helped to bury the victims on Monday said 17 people were killed and six others were receiving treatment at the Yariman Bakura Specialist Hospital in Gusau.",
       note="conflicting tolls: police 10, ward councillor 17"),
    ev("Gunmen surrounded a mosque in a village near Wanke during the Isha prayer and abducted 23 worshippers, shooting dead an elderly man who tried to escape.",
       "2021-02-05", "‘Two days earlier, in the night’ than Sunday 2021-02-07: Friday 2021-02-05",
       "village near Wanke", "Zamfara", "NG", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "Two days earlier, in the night, gunmen surrounded a mosque in a village near Wanke during the Isha prayer and marched 23 worshippers into the bush. An elderly man who tried to escape was shot dead, a relative said.",
       note="abduction of 23; the kidnappers are only 'gunmen' in the text"),
    ev("A police tactical team rescued 11 of the abducted worshippers after an exchange of fire with the kidnappers in the forest near Wanke; one officer was shot and wounded.",
       None, "police ‘said’ it ‘On Monday’ (Monday 2021-02-08); the day of the rescue is not stated",
       "forest near Wanke", "Zamfara", "NG", "battle", "Nigerian security forces", "militants (unidentified)",
       None, None, 1, None,
       "On Monday, police said a tactical team had rescued 11 of the worshippers after an exchange of fire with the kidnappers in the forest near Wanke, in which one officer sustained a gunshot injury.",
       note="rescue with a gunfight: battle; 11 rescued"),
    ev("The air component of Operation Hadarin Daji struck hideouts of a bandit leader in Kuyambana forest, claiming 'scores' of bandits killed.",
       "2021-02-06", "‘on Saturday’ before the Tuesday 2021-02-09 dateline: Saturday 2021-02-06",
       "Kuyambana forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "Meanwhile, the Defence Headquarters said the air component of Operation Hadarin Daji struck hideouts of a notorious bandit leader in Kuyambana forest on Saturday, \"neutralising scores of bandits\" and destroying their logistics base.",
       note="'scores' gives null"),
],
figures=[
    fig("killed", 2800, "Zamfara",
        "The state government says more than 2,800 people have been killed in the state since 2011 and about 190,000 displaced."),
    fig("displaced", 190000, "Zamfara",
        "The state government says more than 2,800 people have been killed in the state since 2011 and about 190,000 displaced."),
])

report("b27-03", "2016-05-10", "https://www.example-mandaramail.com/extreme-nord/2016/05/10/kolofata-mosque-bombers-tourou-raid",
"""
Kolofata mosque bombing toll rises to seven; soldiers raid Boko Haram camp near Tourou

YAOUNDE, May 10 (Mandara Mail) - Two girls carrying explosives blew themselves up at the entrance of a mosque in Kolofata, in Cameroon's Far North region, as worshippers gathered for the dawn prayer on Sunday, killing five people besides themselves, a local administrative official said.

Thirteen others were wounded and taken to the district hospital in Mora, the official said. Two of them died there on Monday, bringing the toll among the worshippers to seven. A member of the local vigilance committee who had stopped the first girl for a search was among the dead. No group claimed the bombing, but the government spokesman in Yaounde blamed "the terrorist sect Boko Haram", which has used young girls as suicide bombers in Cameroon and Nigeria since last year.

Late on Friday, insurgents crossed the border from Nigeria and raided Amchide, shooting dead a herder and a woman and driving off about 60 head of cattle, residents told the Mail by telephone.

On Saturday, soldiers of the Rapid Intervention Battalion (BIR) attacked a Boko Haram camp in the Mandara mountains near Tourou, the defence ministry said in a communique read on state radio. It said 16 terrorists were killed and that weapons, motorcycles and a stock of fuel were seized. One soldier lost his life in the operation, it added.

Cameroon has deployed about 8,500 troops to the Far North, where Boko Haram attacks have killed more than 1,300 civilians and soldiers since 2014, according to government figures. Nearly 190,000 people have fled their homes in the region, and the Minawao camp shelters about 57,000 refugees from Nigeria. Markets in several border towns have been closed and motorcycle taxis banned after dark in an effort to stop the bombers.
""",
events=[
    ev("Two girl suicide bombers blew themselves up at the entrance of a Kolofata mosque at dawn prayer, killing five people besides themselves and wounding 13, two of whom died later; the government blamed Boko Haram.",
       "2016-05-08", "‘as worshippers gathered for the dawn prayer on Sunday’, before the Tuesday 2016-05-10 dateline: Sunday 2016-05-08",
       "Kolofata mosque", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       9, None, 11, None,
       "Two girls carrying explosives blew themselves up at the entrance of a mosque in Kolofata, in Cameroon's Far North region, as worshippers gathered for the dawn prayer on Sunday, killing five people besides themselves, a local administrative official said. [...] Thirteen others were wounded and taken to the district hospital in Mora, the official said. Two of them died there on Monday, bringing the toll among the worshippers to seven. [...] No group claimed the bombing, but the government spokesman in Yaounde blamed \"the terrorist sect Boko Haram\"",
       note="9 = 7 worshippers (5 at once, one a vigilance committee member, and 2 of the wounded who died on Monday) + the 2 bombers; wounded 13 - 2 = 11; blamed by the government, no claim"),
    ev("Insurgents from Nigeria raided Amchide, shooting dead a herder and a woman and driving off about 60 cattle.",
       "2016-05-06", "‘Late on Friday’ before the Tuesday 2016-05-10 dateline: Friday 2016-05-06",
       "Amchide", "Far North", "CM", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "Late on Friday, insurgents crossed the border from Nigeria and raided Amchide, shooting dead a herder and a woman and driving off about 60 head of cattle, residents told the Mail by telephone.",
       note="'insurgents', no group named"),
    ev("BIR soldiers attacked a Boko Haram camp in the Mandara mountains near Tourou; the ministry said 16 insurgents and one soldier were killed.",
       "2016-05-07", "‘On Saturday’ before the Tuesday 2016-05-10 dateline: Saturday 2016-05-07",
       "Boko Haram camp near Tourou", "Far North", "CM", "battle", "Cameroonian security forces", "Boko Haram",
       17, None, None, None,
       "On Saturday, soldiers of the Rapid Intervention Battalion (BIR) attacked a Boko Haram camp in the Mandara mountains near Tourou, the defence ministry said in a communique read on state radio. It said 16 terrorists were killed and that weapons, motorcycles and a stock of fuel were seized. One soldier lost his life in the operation, it added.",
       note="17 = 16 insurgents + 1 soldier"),
],
figures=[
    fig("fighters", 8500, "Far North", "Cameroon has deployed about 8,500 troops to the Far North"),
    fig("killed", 1300, "Far North",
        "Boko Haram attacks have killed more than 1,300 civilians and soldiers since 2014, according to government figures"),
    fig("displaced", 190000, "Far North", "Nearly 190,000 people have fled their homes in the region"),
    fig("other", 57000, "Minawao camp", "the Minawao camp shelters about 57,000 refugees from Nigeria",
        note="refugees"),
])

report("b27-04", "2018-04-17", "https://www.example-joshighlander.com/plateau/2018/04/17/miango-attack-rukuba-reprisal",
"""
Nine killed in night attack near Miango; two herders lynched at roadblock as Bassa tension rises

JOS, April 17 (Jos Highlander) - Gunmen attacked Nkiedonwhro, a village in the Miango district of Bassa local government area, late on Sunday, shooting people in their homes and setting fire to houses and barns, police and community leaders said.

The Plateau State Police Command said nine bodies were recovered on Monday morning and three injured villagers were taken to the Jos University Teaching Hospital. The Irigwe Development Association said 12 of its people were killed and accused armed Fulani herdsmen of the attack. The state chairman of the Miyetti Allah Cattle Breeders Association denied that herders were involved and called on security agencies to "fish out the real culprits".

On Monday afternoon, angry youths mounted a roadblock at Rukuba on the road to Jos, stopped vehicles and dragged out two men they took to be herders. Both were beaten and burned to death before police arrived, a witness said. A third man escaped with injuries, police said.

The police commissioner told reporters in Jos that 14 suspects had been arrested over both incidents and that a 24-hour curfew had been imposed in Miango district. Troops of Operation Safe Haven, the special task force in the state, have set up checkpoints along the Miango road.

Bassa has seen repeated killings since last year, with attacks on Irigwe villages answered by attacks on Fulani settlements and travellers. The Irigwe association says more than 100 of its members have been killed since September. About 9,000 displaced people are sheltering in primary schools and churches in Miango and Kwall, according to the state emergency management agency.
""",
events=[
    ev("Gunmen attacked Nkiedonwhro village in Miango district, shooting people in their homes and burning houses; police recovered 9 bodies and 3 were injured, the Irigwe association said 12 were killed and blamed herders, who denied it.",
       "2018-04-15", "‘late on Sunday’ before the Tuesday 2018-04-17 dateline: Sunday 2018-04-15",
       "Nkiedonwhro", "Plateau", "NG", "attack_on_civilians", "unknown", "civilians",
       9, 12, 3, None,
       "Gunmen attacked Nkiedonwhro, a village in the Miango district of Bassa local government area, late on Sunday, shooting people in their homes and setting fire to houses and barns, police and community leaders said. [...] The Plateau State Police Command said nine bodies were recovered on Monday morning and three injured villagers were taken to the Jos University Teaching Hospital. The Irigwe Development Association said 12 of its people were killed and accused armed Fulani herdsmen of the attack. The state chairman of the Miyetti Allah Cattle Breeders Association denied that herders were involved",
       note="conflicting tolls: police 9, Irigwe association 12; herders blamed by the association and denied by Miyetti Allah: unknown"),
    ev("Youths at a roadblock at Rukuba dragged two men they took to be herders from vehicles and beat and burned them to death; a third escaped injured.",
       "2018-04-16", "‘On Monday afternoon’ before the Tuesday 2018-04-17 dateline: Monday 2018-04-16",
       "Rukuba", "Plateau", "NG", "other", "rioters", "civilians",
       2, None, 1, None,
       "On Monday afternoon, angry youths mounted a roadblock at Rukuba on the road to Jos, stopped vehicles and dragged out two men they took to be herders. Both were beaten and burned to death before police arrived, a witness said. A third man escaped with injuries, police said.",
       note="ACLED Riots: mob violence"),
    ev("Police arrested 14 suspects over the Nkiedonwhro attack and the Rukuba killings.",
       None, "the commissioner ‘told reporters’; the day of the arrests is not stated",
       "Miango", "Plateau", "NG", "arrest", "Nigerian security forces", "unknown",
       None, None, None, None,
       "The police commissioner told reporters in Jos that 14 suspects had been arrested over both incidents",
       arrested=14),
],
figures=[
    fig("killed", 100, "Bassa",
        "The Irigwe association says more than 100 of its members have been killed since September."),
    fig("displaced", 9000, "Miango and Kwall",
        "About 9,000 displaced people are sheltering in primary schools and churches in Miango and Kwall, according to the state emergency management agency."),
])

report("b27-05", "2019-09-24", "https://www.example-northernledger.com/zamfara/2019/09/24/zamfara-peace-deal-bandits-weapons",
"""
Zamfara peace deal: bandit leaders hand in rifles as government counts freed captives

GUSAU, September 24 (Northern Ledger) - Bandit leaders in Zamfara State have surrendered 41 rifles and several hundred rounds of ammunition since the state government opened talks with armed groups in July, the state governor said on Monday, describing the dialogue as the only way to end years of killings and kidnappings.

Speaking at a ceremony in Gusau attended by traditional rulers, army and police commanders and representatives of Fulani herders, the governor said 370 people held by kidnappers had been released without ransom under the deal. He promised the herders new grazing reserves, schools and clinics, and said the vigilante groups known as Yan Sakai, which he blamed for reprisal killings, would be disbanded.

"We have tried force for eight years. Now we are trying peace, and the roads are opening again," he told the gathering.

Critics remain unconvinced. An opposition lawmaker said the weapons handed in were "a tiny fraction" of the arsenal held by the gangs, which he estimated at more than 10,000 fighters in about 30 camps across the state. A civil society group in Gusau said it had recorded 1,240 killings in the state in 2018 alone.

The army's Operation Hadarin Daji, launched last year, has about 1,000 troops in the state, according to military officials. The federal government suspended mining in Zamfara in April, saying illegal miners were financing the gangs.

Aid agencies estimate that about 210,000 people remain displaced in Zamfara and neighbouring Sokoto and Katsina, and that more than 40,000 have crossed into Niger's Maradi region. Many farmers stayed away from their fields during the planting season.
""",
country_hint="NG",
figures=[
    fig("other", 41, "Zamfara",
        "Bandit leaders in Zamfara State have surrendered 41 rifles and several hundred rounds of ammunition since the state government opened talks with armed groups in July",
        note="rifles surrendered under the peace deal"),
    fig("other", 370, "Zamfara",
        "the governor said 370 people held by kidnappers had been released without ransom under the deal",
        note="captives released"),
    fig("fighters", 10000, "Zamfara",
        "which he estimated at more than 10,000 fighters in about 30 camps across the state"),
    fig("killed", 1240, "Zamfara",
        "A civil society group in Gusau said it had recorded 1,240 killings in the state in 2018 alone."),
    fig("fighters", 1000, "Zamfara",
        "The army's Operation Hadarin Daji, launched last year, has about 1,000 troops in the state, according to military officials."),
    fig("displaced", 210000, "Zamfara, Sokoto and Katsina",
        "Aid agencies estimate that about 210,000 people remain displaced in Zamfara and neighbouring Sokoto and Katsina"),
    fig("displaced", 40000, "Maradi",
        "more than 40,000 have crossed into Niger's Maradi region", note="refugees"),
])

report("b27-06", "2019-10-22", "https://www.example-lakechadwire.com/niger/2019/10/22/diffa-bosso-attack-gueskerou-farmers",
"""
Niger says 12 Boko Haram fighters killed in Bosso attack; five farmers slain near Gueskerou

NIAMEY, October 22 (Lake Chad Wire) - Boko Haram fighters attacked an army position in Bosso, in Niger's south-eastern Diffa region, in the early hours of Sunday, sparking a gun battle that lasted until daybreak, the defence ministry said.

In a statement read on national television on Monday evening, the ministry said four soldiers were killed and seven wounded, while 12 assailants were "neutralised" and their weapons recovered. A local elected official, speaking by telephone from Bosso, said six soldiers died, two of them in hospital in Diffa on Monday.

Further west, near Gueskerou, five farmers harvesting peppers along the Komadougou Yobe river were shot dead on Saturday by men the regional governor described as "elements of Boko Haram". Their bodies were brought to Diffa for burial.

On Monday night, gunmen abducted a village chief and two of his sons from their home in Kablewa, a resident said. No ransom demand had been made by Tuesday morning.

The Diffa region has been under a state of emergency since February 2015, when Boko Haram carried out its first attacks on Nigerien soil. The region hosts about 119,000 refugees from Nigeria and more than 100,000 of its own citizens displaced by the violence, according to the United Nations refugee agency. Niger contributes troops to the Multinational Joint Task Force, which fights the jihadists around Lake Chad together with the armies of Nigeria, Chad and Cameroon.

Traders say the ban on growing peppers and fishing in parts of the region, imposed to cut off the group's sources of income, has ruined thousands of families.
""",
events=[
    ev("Boko Haram fighters attacked an army position in Bosso; the ministry gave 4 soldiers and 12 assailants killed and 7 wounded, a local official said six soldiers died.",
       "2019-10-20", "‘in the early hours of Sunday’, before the Tuesday 2019-10-22 dateline: Sunday 2019-10-20",
       "Bosso", "Diffa", "NE", "battle", "Boko Haram", "Nigerien security forces",
       16, 18, 7, None,
       "Boko Haram fighters attacked an army position in Bosso, in Niger's south-eastern Diffa region, in the early hours of Sunday, sparking a gun battle that lasted until daybreak, the defence ministry said. [...] In a statement read on national television on Monday evening, the ministry said four soldiers were killed and seven wounded, while 12 assailants were \"neutralised\" and their weapons recovered. A local elected official, speaking by telephone from Bosso, said six soldiers died, two of them in hospital in Diffa on Monday.",
       note="16 = ministry's 4 soldiers + 12 assailants; 18 = official's 6 soldiers + 12; the two extra may have died of wounds, so wounded kept at the ministry's 7"),
    ev("Five farmers harvesting peppers along the Komadougou Yobe near Gueskerou were shot dead by men the governor called Boko Haram.",
       "2019-10-19", "‘on Saturday’ before the Tuesday 2019-10-22 dateline: Saturday 2019-10-19",
       "Gueskerou", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       5, None, None, None,
       "Further west, near Gueskerou, five farmers harvesting peppers along the Komadougou Yobe river were shot dead on Saturday by men the regional governor described as \"elements of Boko Haram\"."),
    ev("Gunmen abducted a village chief and two of his sons from their home in Kablewa.",
       "2019-10-21", "‘On Monday night’ before the Tuesday 2019-10-22 dateline: Monday 2019-10-21",
       "Kablewa", "Diffa", "NE", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Monday night, gunmen abducted a village chief and two of his sons from their home in Kablewa, a resident said.",
       note="abduction"),
],
figures=[
    fig("other", 119000, "Diffa", "The region hosts about 119,000 refugees from Nigeria", note="refugees"),
    fig("displaced", 100000, "Diffa",
        "more than 100,000 of its own citizens displaced by the violence, according to the United Nations refugee agency"),
])
# ---------------------------------------------------------------------------
# b27-07 .. b27-12
# ---------------------------------------------------------------------------

report("b27-07", "2020-09-03", "https://www.example-lakechadwire.com/chad/2020/09/03/kaiga-island-post-attack-ngouboua-mine",
"""
Four Chadian soldiers killed as Boko Haram raids island post near Kaiga-Kindjiria

N'DJAMENA, September 3 (Lake Chad Wire) - Four Chadian soldiers were killed and seven wounded when Boko Haram fighters attacked their position on an island near Kaiga-Kindjiria, in Chad's Lac province, on Tuesday night, the army spokesman said on Wednesday.

"The assailants came in canoes under cover of darkness and were driven back after a fierce fight. They suffered heavy losses," the spokesman told state radio, without giving a figure for the attackers' dead.

The army had said last week that its aircraft struck Boko Haram positions on islands north of Bol on Friday and Saturday, destroying about a dozen boats and killing 17 fighters. Residents of the lakeside villages could not confirm the toll.

On Sunday, a cart carrying traders to the weekly market at Ngouboua struck a mine on a sandy track outside the village, killing three people and injuring five, a local chief said. The provincial governor blamed Boko Haram, which he said had begun laying mines on the tracks used by the army.

Chad launched its largest offensive in years around the lake in late March, after an attack on its base at Bohoma that killed nearly 100 soldiers. The president declared in April that no jihadist remained on Chadian soil, but attacks on the islands have continued.

According to the United Nations, about 330,000 people are displaced in the Lac province, most of them living in makeshift camps along the road between Bol and Baga Sola. Fishing and trade on the lake, the main source of income for the area, have been restricted for years under a state of emergency.
""",
events=[
    ev("Boko Haram fighters in canoes attacked a Chadian army position on an island near Kaiga-Kindjiria; four soldiers were killed and seven wounded, attackers' losses not given.",
       "2020-09-01", "‘on Tuesday night’, announced ‘on Wednesday’, before the Thursday 2020-09-03 dateline: Tuesday 2020-09-01",
       "island near Kaiga-Kindjiria", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
       4, None, 7, None,
       "Four Chadian soldiers were killed and seven wounded when Boko Haram fighters attacked their position on an island near Kaiga-Kindjiria, in Chad's Lac province, on Tuesday night, the army spokesman said on Wednesday.",
       note="'heavy losses' of the attackers not counted"),
    ev("Chadian aircraft struck Boko Haram positions on islands north of Bol over two days, destroying about a dozen boats and killing 17 fighters, the army said.",
       "2020-08-28", "‘on Friday and Saturday’ of ‘last week’, before the Thursday 2020-09-03 dateline; one event dated on its first day: Friday 2020-08-28",
       "islands north of Bol", "Lac", "TD", "explosion", "Chadian security forces", "Boko Haram",
       17, None, None, None,
       "The army had said last week that its aircraft struck Boko Haram positions on islands north of Bol on Friday and Saturday, destroying about a dozen boats and killing 17 fighters."),
    ev("A cart carrying traders to Ngouboua market struck a mine outside the village, killing three and injuring five; the governor blamed Boko Haram.",
       "2020-08-30", "‘On Sunday’ before the Thursday 2020-09-03 dateline: Sunday 2020-08-30",
       "Ngouboua", "Lac", "TD", "explosion", "Boko Haram", "civilians",
       3, None, 5, None,
       "On Sunday, a cart carrying traders to the weekly market at Ngouboua struck a mine on a sandy track outside the village, killing three people and injuring five, a local chief said. The provincial governor blamed Boko Haram",
       note="blamed by the governor, no claim"),
],
figures=[
    fig("displaced", 330000, "Lac",
        "According to the United Nations, about 330,000 people are displaced in the Lac province"),
])

report("b27-08", "2020-08-11", "https://www.example-katsinatimes.com/news/2020/08/11/yankara-bandits-funtua-rescue-rugu",
"""
Bandits kill 14 in Faskari village raid; police free 11 travellers near Funtua

KATSINA, August 11 (Katsina Times) - At least 14 villagers were killed when bandits attacked Yankara, in Faskari local government area, on Saturday evening, residents said, in the latest of a string of raids on communities bordering the Rugu forest.

A police spokesman said nine people were killed. But a community leader who spoke to this newspaper on Monday said 14 corpses had been buried according to Islamic rites and that several residents, including women, were still missing. The attackers also carted away foodstuff and livestock.

The police said on Monday that on Sunday a tactical team, acting on a distress call, engaged kidnappers who had just abducted 11 travellers on the Funtua-Gusau road, rescuing all of them unhurt. Two of the kidnappers were killed in the gun duel near Funtua and a locally made rifle was recovered.

Separately, the Defence Headquarters said fighter jets of Operation Hadarin Daji bombarded a bandit enclave deep in the Rugu forest on Friday, neutralising "several" gunmen and destroying structures used as stores.

On Thursday, a 45-year-old woman was arrested at a checkpoint in Dandume with 850 rounds of AK-47 ammunition hidden in sacks of guinea corn, police said. She allegedly confessed to delivering the ammunition to a bandit leader in Faskari.

Katsina, the home state of President Muhammadu Buhari, has been hit by banditry, cattle rustling and kidnappings for ransom for several years. A peace deal signed with some gangs in 2019 has largely collapsed. A northern rights group says bandits killed more than 1,100 people across the north-west in the first six months of the year. The state government says over 50,000 people have fled to camps in Katsina town, Funtua and Dutsin-Ma.
""",
events=[
    ev("Bandits attacked Yankara, killing villagers and carting away food and livestock; police gave nine killed, a community leader 14 buried.",
       "2020-08-08", "‘on Saturday evening’ before the Tuesday 2020-08-11 dateline: Saturday 2020-08-08",
       "Yankara", "Katsina", "NG", "attack_on_civilians", "bandits", "civilians",
       9, 14, None, None,
       "At least 14 villagers were killed when bandits attacked Yankara, in Faskari local government area, on Saturday evening, residents said, in the latest of a string of raids on communities bordering the Rugu forest. [...] A police spokesman said nine people were killed. But a community leader who spoke to this newspaper on Monday said 14 corpses had been buried according to Islamic rites",
       note="conflicting tolls: police 9, residents and community leader 14"),
    ev("A police tactical team engaged kidnappers who had abducted travellers on the Funtua-Gusau road, rescuing all 11 unhurt and killing two kidnappers.",
       "2020-08-09", "‘on Sunday a tactical team’, reported ‘on Monday’, before the Tuesday 2020-08-11 dateline: Sunday 2020-08-09",
       "Funtua", "Katsina", "NG", "battle", "Nigerian security forces", "militants (unidentified)",
       2, None, None, None,
       "The police said on Monday that on Sunday a tactical team, acting on a distress call, engaged kidnappers who had just abducted 11 travellers on the Funtua-Gusau road, rescuing all of them unhurt. Two of the kidnappers were killed in the gun duel near Funtua and a locally made rifle was recovered.",
       note="rescue with a gunfight: battle; 'unhurt' covers only the 11 victims, so wounded stays null"),
    ev("Fighter jets of Operation Hadarin Daji bombarded a bandit enclave in the Rugu forest, claiming 'several' gunmen killed.",
       "2020-08-07", "‘on Friday’ before the Tuesday 2020-08-11 dateline: Friday 2020-08-07",
       "Rugu forest", "Katsina", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "Separately, the Defence Headquarters said fighter jets of Operation Hadarin Daji bombarded a bandit enclave deep in the Rugu forest on Friday, neutralising \"several\" gunmen and destroying structures used as stores."),
    ev("A woman was arrested at a checkpoint in Dandume with 850 rounds of AK-47 ammunition meant for a bandit leader.",
       "2020-08-06", "‘On Thursday’ before the Tuesday 2020-08-11 dateline: Thursday 2020-08-06",
       "Dandume", "Katsina", "NG", "arrest", "Nigerian security forces", "bandits",
       None, None, None, None,
       "On Thursday, a 45-year-old woman was arrested at a checkpoint in Dandume with 850 rounds of AK-47 ammunition hidden in sacks of guinea corn, police said.",
       arrested=1),
],
figures=[
    fig("killed", 1100, "north-west Nigeria",
        "A northern rights group says bandits killed more than 1,100 people across the north-west in the first six months of the year."),
    fig("displaced", 50000, "Katsina",
        "The state government says over 50,000 people have fled to camps in Katsina town, Funtua and Dutsin-Ma."),
])

report("b27-09", "2018-03-06", "https://www.example-middlebeltreporter.com/benue/2018/03/06/yelwata-attack-gbajimba-reprisal-makurdi-march",
"""
Benue: seven killed in Yelwata as herders deny attack; women march in Makurdi

MAKURDI, March 6 (Middle Belt Reporter) - Seven people were killed and four others injured on Saturday night when gunmen invaded Yelwata, a community in Guma local government area of Benue State, the police said on Sunday.

The chairman of Guma local government, who visited the community, put the death toll at 10 and said the attackers were herdsmen who had been driven out of the area in January. "They came back to finish what they started," he said. The Miyetti Allah Cattle Breeders Association in Benue said none of its members took part and accused local politicians of "playing on the emotions of the people".

The next day, armed youths attacked a Fulani settlement near Gbajimba, killing a herder and more than 40 cows, the association's state secretary said. Police confirmed that a man was killed at the settlement and blamed a local Tiv militia.

Troops of Exercise Ayem Akpatuma, deployed to the state in February, said they arrested nine suspected militiamen with two AK-47 rifles and a pump-action gun at a checkpoint in Logo local government area on Friday.

In Makurdi on Monday, several hundred women dressed in black marched through the streets to Government House, singing dirges and carrying placards that read "Stop the killings" and "Enforce the grazing law". The march ended peacefully after the deputy governor addressed them.

Benue's law banning open grazing, which came into force in November, is resented by many herders, who say it leaves them nowhere to take their cattle. More than 170,000 people are living in eight camps for the displaced in the state, according to the Benue State Emergency Management Agency, and at least 150 people have been killed in the state since January 1, according to a tally by the state government.
""",
events=[
    ev("Gunmen invaded Yelwata, killing seven and injuring four per the police; the council chairman put the toll at 10 and blamed herdsmen, whose association denied it.",
       "2018-03-03", "‘on Saturday night’, reported by police ‘on Sunday’, before the Tuesday 2018-03-06 dateline: Saturday 2018-03-03",
       "Yelwata", "Benue", "NG", "attack_on_civilians", "unknown", "civilians",
       7, 10, 4, None,
       "Seven people were killed and four others injured on Saturday night when gunmen invaded Yelwata, a community in Guma local government area of Benue State, the police said on Sunday. [...] The chairman of Guma local government, who visited the community, put the death toll at 10 and said the attackers were herdsmen who had been driven out of the area in January. [...] The Miyetti Allah Cattle Breeders Association in Benue said none of its members took part",
       note="conflicting tolls: police 7, council chairman 10; blame and denial: unknown"),
    ev("Armed youths attacked a Fulani settlement near Gbajimba, killing a herder and more than 40 cows; police blamed a local Tiv militia.",
       "2018-03-04", "‘The next day’ after Saturday 2018-03-03: Sunday 2018-03-04",
       "Fulani settlement near Gbajimba", "Benue", "NG", "attack_on_civilians", "Tiv militia", "civilians",
       1, None, None, None,
       "The next day, armed youths attacked a Fulani settlement near Gbajimba, killing a herder and more than 40 cows, the association's state secretary said. Police confirmed that a man was killed at the settlement and blamed a local Tiv militia.",
       note="attributed by the police, no denial reported"),
    ev("Exercise Ayem Akpatuma troops arrested nine suspected militiamen with two AK-47s and a pump-action gun at a checkpoint in Logo.",
       "2018-03-02", "‘on Friday’ before the Tuesday 2018-03-06 dateline: Friday 2018-03-02",
       "Logo", "Benue", "NG", "arrest", "Nigerian security forces", "militants (unidentified)",
       None, None, None, None,
       "Troops of Exercise Ayem Akpatuma, deployed to the state in February, said they arrested nine suspected militiamen with two AK-47 rifles and a pump-action gun at a checkpoint in Logo local government area on Friday.",
       arrested=9),
    ev("Several hundred women in black marched peacefully through Makurdi to Government House to demand an end to the killings.",
       "2018-03-05", "‘on Monday’ before the Tuesday 2018-03-06 dateline: Monday 2018-03-05",
       "Makurdi", "Benue", "NG", "other", "protesters", "none",
       None, None, None, None,
       "In Makurdi on Monday, several hundred women dressed in black marched through the streets to Government House, singing dirges and carrying placards that read \"Stop the killings\" and \"Enforce the grazing law\". The march ended peacefully after the deputy governor addressed them.",
       note="ACLED Protests: peaceful protest"),
],
figures=[
    fig("displaced", 170000, "Benue",
        "More than 170,000 people are living in eight camps for the displaced in the state, according to the Benue State Emergency Management Agency"),
    fig("killed", 150, "Benue",
        "at least 150 people have been killed in the state since January 1, according to a tally by the state government"),
])

report("b27-10", "2019-11-28", "https://www.example-lakechadwire.com/chad/2019/11/28/lake-chad-basin-ministers-ndjamena-mnjtf",
"""
Lake Chad ministers meet in N'Djamena as MNJTF mandate comes up for renewal

N'DJAMENA, November 28 (Lake Chad Wire) - Defence and foreign ministers from the four countries bordering Lake Chad met in N'Djamena on Wednesday to discuss funding for the Multinational Joint Task Force, whose mandate expires in January, and the return of hundreds of thousands of displaced people to their villages.

The force, headquartered in the Chadian capital, has about 10,000 troops from Nigeria, Niger, Chad, Cameroon and Benin, organised in four sectors. Officials told the meeting that its budget for the coming year was only half funded and that the African Union and European partners had been asked to make up the shortfall.

Chad's foreign minister said the fight against Boko Haram and its offshoot, the Islamic State West Africa Province, had cost his country "heavily in lives and money" and warned that troops deployed outside its borders might have to return home if support did not arrive. Chadian officials say the country spends about a third of its defence budget on operations around the lake.

Across the Lake Chad basin, some 2.5 million people have been displaced by a decade of violence, and about 10 million need humanitarian aid, according to the United Nations. In Chad's Lac province, the number of displaced has risen to about 169,000 this year, and the Dar es Salam camp near Baga Sola shelters about 12,000 refugees from Nigeria.

The Lake Chad Basin Commission presented a regional stabilisation strategy adopted last year, which aims to rebuild markets, roads and schools in areas where the armed groups have been pushed back. Delegates also discussed a programme for fighters who defect, under which more than 1,000 former members of the groups have passed through reception centres in the four countries.

The ministers are to submit their recommendations to heads of state at a summit planned for early next year.
""",
country_hint="TD",
figures=[
    fig("fighters", 10000, "Lake Chad basin",
        "The force, headquartered in the Chadian capital, has about 10,000 troops from Nigeria, Niger, Chad, Cameroon and Benin, organised in four sectors."),
    fig("displaced", 2500000, "Lake Chad basin",
        "Across the Lake Chad basin, some 2.5 million people have been displaced by a decade of violence"),
    fig("other", 10000000, "Lake Chad basin",
        "about 10 million need humanitarian aid, according to the United Nations", note="people in need of aid"),
    fig("displaced", 169000, "Lac",
        "In Chad's Lac province, the number of displaced has risen to about 169,000 this year"),
    fig("other", 12000, "Dar es Salam camp",
        "the Dar es Salam camp near Baga Sola shelters about 12,000 refugees from Nigeria", note="refugees"),
    fig("other", 1000, "Lake Chad basin",
        "more than 1,000 former members of the groups have passed through reception centres in the four countries",
        note="defectors"),
])

report("b27-11", "2022-06-14", "https://www.example-northernledger.com/kaduna/2022/06/14/birnin-gwari-ansaru-bandits-clash-kidandan",
"""
Ansaru and bandits clash in Birnin Gwari; air strikes kill 18 in Giwa, says Kaduna

KADUNA, June 14 (Northern Ledger) - Fighters of the jihadist group Ansaru clashed with a bandit gang near Damari, in Birnin Gwari local government area of Kaduna State, on Thursday, leaving at least nine gunmen dead on both sides, residents said.

A resident said the fighting broke out after the bandits refused to stop collecting levies from farmers in villages that Ansaru has been trying to control since last year. "We heard gunshots from around noon until late evening. In the morning we saw the bodies," he said. It was not clear which side suffered more losses.

In Kakangi, also in Birnin Gwari, bandits killed six villagers and burnt several houses on Saturday night, a community leader said.

The Kaduna State Commissioner for Internal Security and Home Affairs said in a statement on Monday that air interdiction missions had struck bandit enclaves around Kidandan, in Giwa local government area, on Friday. He said 18 bandits were neutralised and several motorcycles destroyed, according to operational feedback from the military.

The commissioner added that troops on patrol along the Kaduna-Kachia road near Kujama rescued nine kidnap victims whom their abductors abandoned as the soldiers approached.

Kaduna has become one of the centres of the violence in the north-west. According to the state government's own security report, 1,024 people were killed and 2,960 kidnapped in the state last year. Ansaru, which announced its allegiance to al Qaeda's affiliate in the Sahel earlier this year, is said by local officials to have several hundred fighters in the Birnin Gwari forests.
""",
events=[
    ev("Ansaru fighters clashed with a bandit gang near Damari over levies on farmers, leaving at least nine gunmen dead on both sides.",
       "2022-06-09", "‘on Thursday’ before the Tuesday 2022-06-14 dateline: Thursday 2022-06-09",
       "Damari", "Kaduna", "NG", "battle", "Ansaru", "bandits",
       9, None, None, None,
       "Fighters of the jihadist group Ansaru clashed with a bandit gang near Damari, in Birnin Gwari local government area of Kaduna State, on Thursday, leaving at least nine gunmen dead on both sides, residents said.",
       note="nobody says who opened fire; order of actors arbitrary"),
    ev("Bandits killed six villagers and burnt several houses in Kakangi.",
       "2022-06-11", "‘on Saturday night’ before the Tuesday 2022-06-14 dateline: Saturday 2022-06-11",
       "Kakangi", "Kaduna", "NG", "attack_on_civilians", "bandits", "civilians",
       6, None, None, None,
       "In Kakangi, also in Birnin Gwari, bandits killed six villagers and burnt several houses on Saturday night, a community leader said."),
    ev("Air interdiction missions struck bandit enclaves around Kidandan, killing 18 bandits, the Kaduna security commissioner said.",
       "2022-06-10", "‘on Friday’ before the Tuesday 2022-06-14 dateline: Friday 2022-06-10",
       "Kidandan", "Kaduna", "NG", "explosion", "Nigerian security forces", "bandits",
       18, None, None, None,
       "The Kaduna State Commissioner for Internal Security and Home Affairs said in a statement on Monday that air interdiction missions had struck bandit enclaves around Kidandan, in Giwa local government area, on Friday. He said 18 bandits were neutralised and several motorcycles destroyed, according to operational feedback from the military."),
    ev("Troops on patrol near Kujama rescued nine kidnap victims abandoned by their abductors.",
       None, "told in the commissioner's statement, made ‘on Monday’, with no day given for the rescue",
       "Kaduna-Kachia road near Kujama", "Kaduna", "NG", "other", "Nigerian security forces", "militants (unidentified)",
       None, None, None, None,
       "The commissioner added that troops on patrol along the Kaduna-Kachia road near Kujama rescued nine kidnap victims whom their abductors abandoned as the soldiers approached.",
       note="rescue without a clash; ACLED Strategic developments", optional=True),
],
figures=[
    fig("killed", 1024, "Kaduna",
        "According to the state government's own security report, 1,024 people were killed and 2,960 kidnapped in the state last year."),
    fig("other", 2960, "Kaduna",
        "According to the state government's own security report, 1,024 people were killed and 2,960 kidnapped in the state last year.",
        note="kidnapped"),
])

report("b27-12", "2015-03-19", "https://www.example-adamawaherald.com/news/2015/03/19/troops-retake-gulak-shuwa-mubi-checkpoint-bomber",
"""
Troops retake Gulak and Shuwa from Boko Haram; bomber kills two vigilantes at Mubi checkpoint

YOLA, March 19 (Adamawa Herald) - Nigerian troops recaptured Gulak, a town in Madagali local government area held by Boko Haram since last year, after a battle on Monday, the Defence Headquarters said, adding that "many terrorists" were killed.

A day later, soldiers moved into Shuwa, also in Madagali, and cleared it of insurgents, the defence spokesman said at a briefing in Abuja on Wednesday. He did not give casualty figures. The two towns are among dozens that the military says it has taken back since February with the help of troops from Chad and Niger.

Residents who fled to Yola said insurgents retreating from the offensive attacked Kirchinga on Saturday and killed 11 villagers before setting the market on fire. A local government official said 14 bodies had been counted.

In Mubi, a man with explosives strapped to his body blew himself up at a checkpoint at the entrance to the town on Sunday when vigilantes tried to search him, killing himself and two of them, police said. Police blamed Boko Haram.

Mubi was retaken from the insurgents in November, weeks after they renamed it "Madinatul Islam" and declared it part of their self-styled caliphate. Several thousand residents have since returned, but many shops remain closed.

The National Emergency Management Agency says more than 240,000 displaced people are registered in Adamawa, most of them in camps and host communities in Yola. The general elections, postponed from February 14, are now due on March 28, and the electoral commission has said voters in camps will be able to cast their ballots there.
""",
events=[
    ev("Nigerian troops recaptured Gulak from Boko Haram after a battle; the military said 'many terrorists' were killed.",
       "2015-03-16", "‘after a battle on Monday’, before the Thursday 2015-03-19 dateline: Monday 2015-03-16",
       "Gulak", "Adamawa", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Nigerian troops recaptured Gulak, a town in Madagali local government area held by Boko Haram since last year, after a battle on Monday, the Defence Headquarters said, adding that \"many terrorists\" were killed."),
    ev("Soldiers moved into Shuwa and cleared it of insurgents.",
       "2015-03-17", "‘A day later’ than Monday 2015-03-16: Tuesday 2015-03-17",
       "Shuwa", "Adamawa", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "A day later, soldiers moved into Shuwa, also in Madagali, and cleared it of insurgents, the defence spokesman said at a briefing in Abuja on Wednesday."),
    ev("Insurgents retreating from the offensive attacked Kirchinga, killing 11 villagers (14 bodies per an official) and burning the market.",
       "2015-03-14", "‘on Saturday’ before the Thursday 2015-03-19 dateline: Saturday 2015-03-14",
       "Kirchinga", "Adamawa", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       11, 14, None, None,
       "Residents who fled to Yola said insurgents retreating from the offensive attacked Kirchinga on Saturday and killed 11 villagers before setting the market on fire. A local government official said 14 bodies had been counted.",
       note="conflicting tolls: residents 11, official 14; the 'insurgents retreating from the offensive' are Boko Haram by context"),
    ev("A suicide bomber blew himself up at a checkpoint at the entrance to Mubi when vigilantes tried to search him, killing himself and two vigilantes; police blamed Boko Haram.",
       "2015-03-15", "‘on Sunday’ before the Thursday 2015-03-19 dateline: Sunday 2015-03-15",
       "checkpoint at the entrance to Mubi", "Adamawa", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       3, None, None, None,
       "In Mubi, a man with explosives strapped to his body blew himself up at a checkpoint at the entrance to the town on Sunday when vigilantes tried to search him, killing himself and two of them, police said. Police blamed Boko Haram.",
       note="3 = bomber + 2 vigilantes; vigilantes counted with Nigerian security forces as the CJTF is"),
],
figures=[
    fig("displaced", 240000, "Adamawa",
        "The National Emergency Management Agency says more than 240,000 displaced people are registered in Adamawa"),
])
# ---------------------------------------------------------------------------
# b27-13 .. b27-18
# ---------------------------------------------------------------------------

report("b27-13", "2017-09-05", "https://www.example-sahelcourier.com/yobe/2017/09/05/damaturu-kasaisa-attack-potiskum-girl-bombers",
"""
Yobe: troops repel Boko Haram on Damaturu outskirts; girl bombers stopped at Potiskum cattle market

DAMATURU, September 5 (Sahel Courier) - Troops repelled an attack by Boko Haram insurgents on Kasaisa, on the outskirts of the Yobe State capital Damaturu, late on Friday, as residents prepared for the Sallah celebrations, the army said.

A soldier and six insurgents were killed in the exchange of fire, which lasted more than an hour, an army spokesman said in a statement on Saturday. Two residents hit by stray bullets were being treated at the state specialist hospital, a health worker said.

In Potiskum on Sunday morning, two teenage girls suspected to be Boko Haram suicide bombers tried to enter the livestock market. When members of the Civilian JTF stopped them at the gate, one detonated her explosives, killing herself and a vigilante, police said. The second girl was shot dead by the vigilantes before she could set off her device. Four traders were wounded.

On Monday, a police patrol vehicle hit an improvised explosive device on the road between Buni Yadi and Gujba. Two policemen died instantly and another died later at the hospital in Damaturu, the state police commissioner said. Two other officers were injured. He blamed the attack on Boko Haram, which has frequently mined roads in the southern part of the state.

Yobe has suffered some of the worst violence of the eight-year insurgency. The state government says more than 2,400 people have been killed in the state since 2011 and that over 130,000 remain displaced. Schools closed after the 2014 attack on a boarding school in Buni Yadi have only recently reopened. The military says it has cleared most of the state's towns, but the insurgents still operate from the Timbuktu Triangle, a forested area where Yobe meets Borno.
""",
events=[
    ev("Boko Haram attacked Kasaisa on the outskirts of Damaturu and were repelled; a soldier and six insurgents were killed and two residents wounded by stray bullets.",
       "2017-09-01", "‘late on Friday’ before the Tuesday 2017-09-05 dateline: Friday 2017-09-01",
       "Kasaisa", "Yobe", "NG", "battle", "Boko Haram", "Nigerian security forces",
       7, None, 2, None,
       "Troops repelled an attack by Boko Haram insurgents on Kasaisa, on the outskirts of the Yobe State capital Damaturu, late on Friday, as residents prepared for the Sallah celebrations, the army said. [...] A soldier and six insurgents were killed in the exchange of fire, which lasted more than an hour, an army spokesman said in a statement on Saturday. Two residents hit by stray bullets were being treated at the state specialist hospital, a health worker said.",
       note="7 = 1 soldier + 6 insurgents"),
    ev("Two girl suicide bombers tried to enter the Potiskum livestock market; one blew herself up, killing a CJTF vigilante, and the other was shot dead; four traders were wounded.",
       "2017-09-03", "‘on Sunday morning’ before the Tuesday 2017-09-05 dateline: Sunday 2017-09-03",
       "Potiskum livestock market", "Yobe", "NG", "explosion", "Boko Haram", "civilians",
       3, None, 4, None,
       "In Potiskum on Sunday morning, two teenage girls suspected to be Boko Haram suicide bombers tried to enter the livestock market. When members of the Civilian JTF stopped them at the gate, one detonated her explosives, killing herself and a vigilante, police said. The second girl was shot dead by the vigilantes before she could set off her device. Four traders were wounded.",
       note="3 = 2 bombers + 1 vigilante; 'suspected' Boko Haram bombers named by the police"),
    ev("A police patrol vehicle hit an IED between Buni Yadi and Gujba; three policemen died (one later in hospital) and two were injured; the commissioner blamed Boko Haram.",
       "2017-09-04", "‘On Monday’ before the Tuesday 2017-09-05 dateline: Monday 2017-09-04",
       "Buni Yadi-Gujba road", "Yobe", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       3, None, 2, None,
       "On Monday, a police patrol vehicle hit an improvised explosive device on the road between Buni Yadi and Gujba. Two policemen died instantly and another died later at the hospital in Damaturu, the state police commissioner said. Two other officers were injured. He blamed the attack on Boko Haram",
       note="3 = 2 killed instantly + 1 who died later"),
],
figures=[
    fig("killed", 2400, "Yobe",
        "The state government says more than 2,400 people have been killed in the state since 2011 and that over 130,000 remain displaced."),
    fig("displaced", 130000, "Yobe",
        "The state government says more than 2,400 people have been killed in the state since 2011 and that over 130,000 remain displaced."),
])

report("b27-14", "2014-11-04", "https://www.example-borno-dispatch.com/2014/11/04/askira-women-abducted-damboa-attack-repelled",
"""
Boko Haram abducts women near Askira; army says 41 insurgents killed at Damboa

MAIDUGURI, November 4 (Borno Dispatch) - Boko Haram gunmen abducted about 30 women and girls from a village near Askira in southern Borno on Thursday, and shot dead four men who tried to stop them, residents who escaped to Maiduguri said on Monday.

"They gathered the women under a tree, put them in trucks and drove towards the Sambisa forest," said a farmer who hid in the bush during the raid. The account could not be independently confirmed because mobile phone networks in much of the state have been down since last year.

The Defence Headquarters said on Sunday that troops had repelled an attack on Damboa the previous day, killing 41 insurgents and capturing an armoured personnel carrier the group had seized from the army. Three soldiers were wounded, it said. A leader of the vigilante group in Damboa said two of its members were killed while fighting alongside the soldiers.

On Thursday, officers of the Department of State Services arrested a suspected Boko Haram commander at a guest house in Maiduguri, a security source said, adding that he was being questioned about attacks on Konduga.

The abductions came despite the government's announcement last month of a ceasefire with the group, which was supposed to lead to the release of the more than 200 schoolgirls taken from Chibok in April. Boko Haram has since seized more towns in Borno and Adamawa, and the insurgency is estimated to have killed more than 2,000 civilians this year alone.

Refugee officials in Cameroon's Far North say more than 40,000 Nigerians have crossed the border since May.
""",
events=[
    ev("Boko Haram gunmen abducted about 30 women and girls from a village near Askira and shot dead four men who tried to stop them.",
       "2014-10-30", "‘on Thursday’, told by escapees ‘on Monday’, before the Tuesday 2014-11-04 dateline: Thursday 2014-10-30",
       "village near Askira", "Borno", "NG", "other", "Boko Haram", "civilians",
       4, None, None, None,
       "Boko Haram gunmen abducted about 30 women and girls from a village near Askira in southern Borno on Thursday, and shot dead four men who tried to stop them, residents who escaped to Maiduguri said on Monday.",
       note="abduction of about 30 women and girls, with four men killed"),
    ev("Troops repelled a Boko Haram attack on Damboa, killing 41 insurgents and capturing an APC; three soldiers were wounded and two vigilantes killed.",
       "2014-11-01", "‘the previous day’ before the Defence Headquarters statement ‘on Sunday’ (Sunday 2014-11-02): Saturday 2014-11-01",
       "Damboa", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       43, None, 3, None,
       "The Defence Headquarters said on Sunday that troops had repelled an attack on Damboa the previous day, killing 41 insurgents and capturing an armoured personnel carrier the group had seized from the army. Three soldiers were wounded, it said. A leader of the vigilante group in Damboa said two of its members were killed while fighting alongside the soldiers.",
       note="43 = army's 41 insurgents + vigilantes' own 2 dead"),
    ev("DSS officers arrested a suspected Boko Haram commander at a guest house in Maiduguri.",
       "2014-10-30", "‘On Thursday’ before the Tuesday 2014-11-04 dateline: Thursday 2014-10-30",
       "Maiduguri", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "On Thursday, officers of the Department of State Services arrested a suspected Boko Haram commander at a guest house in Maiduguri, a security source said",
       arrested=1),
],
figures=[
    fig("killed", 2000, "Nigeria",
        "the insurgency is estimated to have killed more than 2,000 civilians this year alone"),
    fig("other", 40000, "Far North (Cameroon)",
        "Refugee officials in Cameroon's Far North say more than 40,000 Nigerians have crossed the border since May.",
        note="refugees"),
])

report("b27-15", "2019-08-08", "https://www.example-mandaramail.com/extreme-nord/2019/08/08/kangaleri-raid-mozogo-vigilantes",
"""
Far North: Boko Haram kills three, takes eight women in Kangaleri; vigilantes repel raid on Mozogo

MAROUA, August 8 (Mandara Mail) - Boko Haram fighters killed three villagers and abducted eight women in a night raid on Kangaleri, near Mora, local officials said, the latest in a wave of attacks on villages along Cameroon's border with Nigeria.

The attackers arrived on foot from the Nigerian side overnight on Sunday, looted shops and a health post, and left before dawn with the women and several goats, the chief of the village told the Mail by telephone.

In Mozogo, in the Mayo-Tsanaga department, members of the vigilance committee fought off a group of assailants who attacked the town on Tuesday evening. Two vigilantes and four assailants were killed, according to the sub-prefect. The vigilantes, armed mostly with bows, machetes and home-made guns, have become the first line of defence for many border villages.

Soldiers of Operation Emergence 4 killed seven Boko Haram fighters in an ambush on a track near Kolofata on Saturday, the army said in a communique, adding that two AK-47s and a motorcycle were seized.

Humanitarian agencies say attacks in the Far North have increased since the start of the year, with more than 100 incidents recorded between January and June. About 270,000 people are displaced inside the region, and the Minawao camp hosts nearly 58,000 Nigerian refugees. Cameroon says it has deployed about 2,000 soldiers on its border with Nigeria in addition to its contingent in the Multinational Joint Task Force.

Local officials have asked the government to provide the vigilance committees with more weapons, saying they cannot face fighters armed with rifles and rocket launchers.
""",
events=[
    ev("Boko Haram fighters from Nigeria raided Kangaleri overnight, killing three villagers, abducting eight women and looting shops and a health post.",
       "2019-08-04", "‘overnight on Sunday’; the night of Sunday 2019-08-04, before the Thursday 2019-08-08 dateline",
       "Kangaleri", "Far North", "CM", "attack_on_civilians", "Boko Haram", "civilians",
       3, None, None, None,
       "Boko Haram fighters killed three villagers and abducted eight women in a night raid on Kangaleri, near Mora, local officials said [...] The attackers arrived on foot from the Nigerian side overnight on Sunday, looted shops and a health post, and left before dawn with the women and several goats",
       note="killings with abduction of eight women and looting: coded by the killings"),
    ev("Vigilance committee members fought off assailants who attacked Mozogo; two vigilantes and four assailants were killed.",
       "2019-08-06", "‘on Tuesday evening’ before the Thursday 2019-08-08 dateline: Tuesday 2019-08-06",
       "Mozogo", "Far North", "CM", "battle", "militants (unidentified)", "vigilance committee",
       6, None, None, None,
       "In Mozogo, in the Mayo-Tsanaga department, members of the vigilance committee fought off a group of assailants who attacked the town on Tuesday evening. Two vigilantes and four assailants were killed, according to the sub-prefect.",
       note="6 = 2 vigilantes + 4 assailants; the assailants are not named"),
    ev("Soldiers of Operation Emergence 4 killed seven Boko Haram fighters in an ambush near Kolofata.",
       "2019-08-03", "‘on Saturday’ before the Thursday 2019-08-08 dateline: Saturday 2019-08-03",
       "track near Kolofata", "Far North", "CM", "battle", "Cameroonian security forces", "Boko Haram",
       7, None, None, None,
       "Soldiers of Operation Emergence 4 killed seven Boko Haram fighters in an ambush on a track near Kolofata on Saturday, the army said in a communique"),
],
figures=[
    fig("other", 100, "Far North",
        "more than 100 incidents recorded between January and June", note="incidents"),
    fig("displaced", 270000, "Far North", "About 270,000 people are displaced inside the region"),
    fig("other", 58000, "Minawao camp", "the Minawao camp hosts nearly 58,000 Nigerian refugees",
        note="refugees"),
    fig("fighters", 2000, "Cameroon-Nigeria border",
        "Cameroon says it has deployed about 2,000 soldiers on its border with Nigeria"),
])

report("b27-16", "2021-11-30", "https://www.example-sahelwire.com/niger/2021/11/30/maradi-dan-issa-bandits-killed-abducted",
"""
Niger: bandits from Nigeria kill four, abduct 12 in village near Dan Issa

NIAMEY, November 30 (Sahel Wire) - Armed men who crossed the border from Nigeria on motorcycles killed four people and abducted 12 others in a village near Dan Issa, in the Madarounfa department of Niger's Maradi region, on Saturday, local sources said.

The attackers, whom residents described as bandits from Nigeria's Katsina State, went from house to house looking for livestock traders and local officials, a resident said. Among those taken were two women and a primary school teacher. "They knew exactly which houses to go to. Someone must have shown them," he said.

Niger's defence ministry said on Monday that units of the defence and security forces had been sent after the attackers and that patrols along the border had been reinforced. It gave no details of any contact with the gang.

Kidnappings for ransom by gangs operating from the forests of north-western Nigeria have spread across the border into Maradi over the past two years. Local authorities say more than 250 people have been abducted in the region since January 2020, and that ransoms of several million CFA francs are commonly demanded. The United Nations refugee agency says Maradi hosts about 80,000 refugees who fled violence in Nigeria's Sokoto, Zamfara and Katsina states.

The governors of Maradi and Katsina agreed in October to share intelligence and coordinate patrols along the border, which runs for several hundred kilometres through farmland and bush. Village chiefs in Madarounfa say many farmers now sleep in the towns and go to their fields only in daylight.
""",
events=[
    ev("Bandits from Nigeria killed four people and abducted 12 in a village near Dan Issa.",
       "2021-11-27", "‘on Saturday’ before the Tuesday 2021-11-30 dateline: Saturday 2021-11-27",
       "village near Dan Issa", "Maradi", "NE", "attack_on_civilians", "bandits", "civilians",
       4, None, None, None,
       "Armed men who crossed the border from Nigeria on motorcycles killed four people and abducted 12 others in a village near Dan Issa, in the Madarounfa department of Niger's Maradi region, on Saturday, local sources said. [...] The attackers, whom residents described as bandits from Nigeria's Katsina State",
       note="killings with the abduction of 12"),
],
figures=[
    fig("other", 250, "Maradi",
        "Local authorities say more than 250 people have been abducted in the region since January 2020",
        note="abducted"),
    fig("other", 80000, "Maradi",
        "The United Nations refugee agency says Maradi hosts about 80,000 refugees who fled violence in Nigeria's Sokoto, Zamfara and Katsina states.",
        note="refugees"),
])

report("b27-17", "2021-10-13", "https://www.example-borno-dispatch.com/2021/10/13/maiduguri-camps-closure-resettlement",
"""
Borno to close Maiduguri camps by year's end as families are moved back to rebuilt towns

MAIDUGURI, October 13 (Borno Dispatch) - The Borno State government says it will close all camps for displaced people in Maiduguri by the end of the year and move their residents back to their home towns or to new housing estates, despite warnings from aid groups that many of the areas are still unsafe.

The governor told a meeting of humanitarian partners on Tuesday that the state had already closed four camps this year and resettled about 7,000 households in towns such as Bama, Ngarannam, Mafa and Banki. "Our people cannot live on handouts forever. They want to go back to their farms," he said.

Each returning family receives a cash grant and food for three months, officials said. The state says it has rebuilt more than 10,000 houses destroyed by the insurgents, as well as schools and health centres.

Aid workers say some returnees have been attacked on their farms and on the roads, and that many of the new settlements are surrounded by trenches and can be reached only under military escort. The United Nations says about 1.8 million people remain displaced in Borno, Adamawa and Yobe, and that 8.4 million need humanitarian assistance in the three states this year.

The resettlement drive comes as thousands of fighters and their families have surrendered to the military since the death of Boko Haram leader Abubakar Shekau in May. The army says more than 8,000 people, including fighters, wives and children, have come out of the bush since July. They are held at camps in Maiduguri and Bama before being screened.

Critics say the state's camps policy risks pushing vulnerable people into danger, while others welcome the return of farming to areas abandoned for years.
""",
country_hint="NG",
figures=[
    fig("other", 4, "Maiduguri", "the state had already closed four camps this year", note="camps closed"),
    fig("returned", 7000, "Borno",
        "resettled about 7,000 households in towns such as Bama, Ngarannam, Mafa and Banki", note="households"),
    fig("other", 10000, "Borno",
        "The state says it has rebuilt more than 10,000 houses destroyed by the insurgents", note="houses rebuilt"),
    fig("displaced", 1800000, "Borno, Adamawa and Yobe",
        "The United Nations says about 1.8 million people remain displaced in Borno, Adamawa and Yobe"),
    fig("other", 8400000, "Borno, Adamawa and Yobe",
        "8.4 million need humanitarian assistance in the three states this year", note="people in need"),
    fig("other", 8000, "Borno",
        "The army says more than 8,000 people, including fighters, wives and children, have come out of the bush since July.",
        note="surrendered fighters and families"),
])

report("b27-18", "2018-05-24", "https://www.example-lakechadwire.com/chad/2018/05/24/kaiga-post-attack-bol-fishermen",
"""
Boko Haram attack on Kaiga post kills four Chadian soldiers; fishermen slain near Bol

N'DJAMENA, May 24 (Lake Chad Wire) - Boko Haram fighters attacked a Chadian army post at Kaiga-Kindjiria, in the Lac region, overnight from Monday to Tuesday, killing four soldiers, the army said. Eight attackers were killed when the troops fought back, it said.

A security source in Bol gave a higher toll for the army, saying six soldiers had died and nine were wounded. The army did not give a figure for its wounded.

On Saturday, gunmen on a motorboat opened fire on fishermen near an island north of Bol, killing five of them, a fishermen's representative said. He blamed Boko Haram, which has repeatedly attacked fishermen it accuses of informing for the army.

Police in Baga Sola arrested 11 people in the town's market on Sunday on suspicion of supplying food and fuel to the group, a local official said.

Chad has been fighting Boko Haram since 2015, when the group carried out suicide bombings in N'Djamena and began attacking villages and islands around the lake. Some 2,000 Chadian soldiers are stationed in the Lac region, and Chad also has a battalion with the Multinational Joint Task Force. The United Nations says there are more than 130,000 internally displaced people in the region.
""",
events=[
    ev("Boko Haram fighters attacked the army post at Kaiga-Kindjiria overnight; the army gave four soldiers and eight attackers killed, a security source six soldiers dead and nine wounded.",
       "2018-05-21", "‘overnight from Monday to Tuesday’: the night of Monday 2018-05-21, before the Thursday 2018-05-24 dateline",
       "Kaiga-Kindjiria", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
       12, 14, 9, None,
       "Boko Haram fighters attacked a Chadian army post at Kaiga-Kindjiria, in the Lac region, overnight from Monday to Tuesday, killing four soldiers, the army said. Eight attackers were killed when the troops fought back, it said. [...] A security source in Bol gave a higher toll for the army, saying six soldiers had died and nine were wounded.",
       note="12 = army's 4 soldiers + 8 attackers; 14 = source's 6 soldiers + 8; wounded 9 only from the security source"),
    ev("Gunmen on a motorboat shot dead five fishermen near an island north of Bol; a fishermen's representative blamed Boko Haram.",
       "2018-05-19", "‘On Saturday’ before the Thursday 2018-05-24 dateline: Saturday 2018-05-19",
       "island north of Bol", "Lac", "TD", "attack_on_civilians", "Boko Haram", "civilians",
       5, None, None, None,
       "On Saturday, gunmen on a motorboat opened fire on fishermen near an island north of Bol, killing five of them, a fishermen's representative said. He blamed Boko Haram",
       note="blamed by the fishermen's representative, no claim or denial"),
    ev("Police arrested 11 people in Baga Sola market on suspicion of supplying food and fuel to Boko Haram.",
       "2018-05-20", "‘on Sunday’ before the Thursday 2018-05-24 dateline: Sunday 2018-05-20",
       "Baga Sola", "Lac", "TD", "arrest", "Chadian security forces", "Boko Haram",
       None, None, None, None,
       "Police in Baga Sola arrested 11 people in the town's market on Sunday on suspicion of supplying food and fuel to the group, a local official said.",
       arrested=11),
],
figures=[
    fig("fighters", 2000, "Lac", "Some 2,000 Chadian soldiers are stationed in the Lac region"),
    fig("displaced", 130000, "Lac",
        "The United Nations says there are more than 130,000 internally displaced people in the region."),
])
# ---------------------------------------------------------------------------
# b27-19 .. b27-24
# ---------------------------------------------------------------------------

report("b27-19", "2021-09-02", "https://www.example-sahelcourier.com/borno/2021/09/02/iswap-jas-island-clash-bama-surrender",
"""
ISWAP, Shekau loyalists fight on Lake Chad islands; 37 fighters surrender in Bama

MAIDUGURI, September 2 (Sahel Courier) - At least 23 fighters were killed on Friday when Islamic State West Africa Province (ISWAP) fighters attacked a camp of Boko Haram fighters loyal to the late Abubakar Shekau on an island near Baga, two sources close to the groups said.

A fisherman who said he later saw the bodies on the shore put the number of dead at about 30. The clash was the latest in a series of battles between the two factions since Shekau blew himself up in May rather than surrender to ISWAP commanders, whom he had broken with in 2016.

In Bama, 37 Boko Haram fighters walked into a military base with about 80 women and children on Monday and surrendered their weapons, the army said. It showed journalists rifles, machetes and a rocket launcher handed over by the group.

On Sunday, ISWAP fighters ambushed a military convoy on the road between Marte and Dikwa, killing four soldiers, two military sources told the Courier. The army did not comment on the ambush.

The military says the surrenders, which began in July, are the result of pressure from air strikes and ground operations and of the infighting between the jihadists. The army said this week that more than 6,000 fighters and family members had come out of the bush since then. Some residents and civil society groups have protested against plans to reintegrate former fighters, saying they must face trial.

ISWAP is estimated by Western security officials to have between 3,500 and 5,000 fighters, making it the strongest jihadist group in the region.
""",
events=[
    ev("ISWAP fighters attacked a camp of Shekau loyalists on an island near Baga; sources close to the groups said at least 23 were killed, a fisherman about 30.",
       "2021-08-27", "‘on Friday’ before the Thursday 2021-09-02 dateline: Friday 2021-08-27",
       "island near Baga", "Borno", "NG", "battle", "Boko Haram", "Boko Haram",
       23, 30, None, None,
       "At least 23 fighters were killed on Friday when Islamic State West Africa Province (ISWAP) fighters attacked a camp of Boko Haram fighters loyal to the late Abubakar Shekau on an island near Baga, two sources close to the groups said. [...] A fisherman who said he later saw the bodies on the shore put the number of dead at about 30.",
       note="ISWAP (actor1) against the Shekau faction (JAS, actor2); both canonical Boko Haram; conflicting tolls 23 and 30"),
    ev("37 Boko Haram fighters walked into a military base in Bama with about 80 women and children and surrendered their weapons.",
       "2021-08-30", "‘on Monday’ before the Thursday 2021-09-02 dateline: Monday 2021-08-30",
       "Bama", "Borno", "NG", "other", "Boko Haram", "Nigerian security forces",
       None, None, None, None,
       "In Bama, 37 Boko Haram fighters walked into a military base with about 80 women and children on Monday and surrendered their weapons, the army said.",
       note="surrender: ACLED Strategic developments"),
    ev("ISWAP fighters ambushed a military convoy between Marte and Dikwa, killing four soldiers.",
       "2021-08-29", "‘On Sunday’ before the Thursday 2021-09-02 dateline: Sunday 2021-08-29",
       "Marte-Dikwa road", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       4, None, None, None,
       "On Sunday, ISWAP fighters ambushed a military convoy on the road between Marte and Dikwa, killing four soldiers, two military sources told the Courier."),
],
figures=[
    fig("other", 6000, "Borno",
        "The army said this week that more than 6,000 fighters and family members had come out of the bush since then.",
        note="surrendered since July"),
    fig("fighters", 3500, "Lake Chad region",
        "ISWAP is estimated by Western security officials to have between 3,500 and 5,000 fighters",
        note="range 3,500-5,000; lower bound"),
])

report("b27-20", "2021-06-22", "https://www.example-joshighlander.com/plateau/2021/06/22/riyom-jol-attack-kwi-cattle",
"""
Riyom: eight killed in weekend attack on Jol; herders say cattle slaughtered near Kwi

JOS, June 22 (Jos Highlander) - Gunmen attacked Jol, a Berom farming village in Riyom local government area, on Saturday night, killing eight people and wounding two, the spokesman of Operation Safe Haven said on Sunday.

A community leader gave a higher figure, saying 11 villagers were killed, including three children, and that the attackers burnt a church and several houses. Berom youth leaders blamed armed Fulani herdsmen. The Plateau chapter of the Miyetti Allah Cattle Breeders Association denied the charge and said its members were themselves under attack.

The association said that on Friday a herder was shot dead and 47 of his cows were killed near Kwi, also in Riyom, and accused "Berom militias" of the attack. Berom youth leaders said their members were not involved.

Troops of Operation Safe Haven arrested six suspects with two AK-47 rifles and locally made guns in Riyom town on Monday, the spokesman said, without linking them to either attack.

Also on Monday, dozens of women from Jol and neighbouring villages marched to the local government secretariat in Riyom, wailing and carrying leaves, to demand protection. They dispersed after the council chairman promised to bring their complaints to the governor.

Riyom, Barkin Ladi and Bassa have seen cycles of attacks and reprisals between farming communities and herders since 2001. A Jos-based peace group says at least 180 people have been killed in Plateau since January. The state emergency management agency says more than 14,000 people are living in camps in Riyom and Barkin Ladi.
""",
events=[
    ev("Gunmen attacked Jol, killing eight and wounding two per Operation Safe Haven; a community leader said 11 were killed and a church burnt; herders were blamed and denied it.",
       "2021-06-19", "‘on Saturday night’, reported ‘on Sunday’, before the Tuesday 2021-06-22 dateline: Saturday 2021-06-19",
       "Jol", "Plateau", "NG", "attack_on_civilians", "unknown", "civilians",
       8, 11, 2, None,
       "Gunmen attacked Jol, a Berom farming village in Riyom local government area, on Saturday night, killing eight people and wounding two, the spokesman of Operation Safe Haven said on Sunday. [...] A community leader gave a higher figure, saying 11 villagers were killed, including three children, and that the attackers burnt a church and several houses. Berom youth leaders blamed armed Fulani herdsmen. The Plateau chapter of the Miyetti Allah Cattle Breeders Association denied the charge",
       note="conflicting tolls 8 and 11; blame and denial: unknown"),
    ev("A herder was shot dead and 47 of his cows killed near Kwi; Miyetti Allah blamed Berom militias, who denied it.",
       "2021-06-18", "‘on Friday’ before the Tuesday 2021-06-22 dateline: Friday 2021-06-18",
       "Kwi", "Plateau", "NG", "attack_on_civilians", "unknown", "civilians",
       1, None, None, None,
       "The association said that on Friday a herder was shot dead and 47 of his cows were killed near Kwi, also in Riyom, and accused \"Berom militias\" of the attack. Berom youth leaders said their members were not involved.",
       note="blame and denial: unknown"),
    ev("Operation Safe Haven troops arrested six suspects with two AK-47s and locally made guns in Riyom town.",
       "2021-06-21", "‘on Monday’ before the Tuesday 2021-06-22 dateline: Monday 2021-06-21",
       "Riyom", "Plateau", "NG", "arrest", "Nigerian security forces", "unknown",
       None, None, None, None,
       "Troops of Operation Safe Haven arrested six suspects with two AK-47 rifles and locally made guns in Riyom town on Monday, the spokesman said, without linking them to either attack.",
       arrested=6),
    ev("Dozens of women from Jol and nearby villages marched to the local government secretariat in Riyom to demand protection.",
       "2021-06-21", "‘Also on Monday’ before the Tuesday 2021-06-22 dateline: Monday 2021-06-21",
       "Riyom local government secretariat", "Plateau", "NG", "other", "protesters", "none",
       None, None, None, None,
       "Also on Monday, dozens of women from Jol and neighbouring villages marched to the local government secretariat in Riyom, wailing and carrying leaves, to demand protection.",
       note="ACLED Protests: peaceful protest"),
],
figures=[
    fig("killed", 180, "Plateau",
        "A Jos-based peace group says at least 180 people have been killed in Plateau since January."),
    fig("displaced", 14000, "Riyom and Barkin Ladi",
        "The state emergency management agency says more than 14,000 people are living in camps in Riyom and Barkin Ladi."),
])

report("b27-21", "2022-04-21", "https://www.example-middlebeltreporter.com/benue/2022/04/21/ayilamo-farmers-killed-livestock-guards",
"""
Benue: five farmers killed at Ayilamo, two more in Anyiin; livestock guards arrest four herders

MAKURDI, April 21 (Middle Belt Reporter) - Five bodies have been recovered after armed men attacked farmers working on their fields at Ayilamo, in Logo local government area, on Tuesday, the Benue State Police Command said on Wednesday.

The chairman of Logo local government said eight people were killed and several others were still missing. He said the attackers were armed herders who had grazed their cattle on the farmers' crops, and called on the federal government to deploy more troops to the area. The police said they were investigating.

In a separate attack on Tuesday night, gunmen shot dead two people at a drinking spot in Anyiin, the council headquarters, residents said. Police said the motive was not yet known.

On Wednesday, the Benue Livestock Guards arrested four herders in Guma local government area for grazing in the open in breach of the state's anti-grazing law, and impounded 112 cows, the commander of the state-run guards said. The herders will be charged in court, he said.

The anti-open grazing law, which came into force in November 2017, requires herders to keep their animals on ranches. Herders' groups say there is not enough land for ranching and that the law has pushed thousands of pastoralists into neighbouring states.

The Benue government says more than 1.1 million people have been displaced by attacks in the state over the past seven years, and that 23 camps for the displaced are currently open. A coalition of Benue civil society groups recorded 327 killings in the state last year.
""",
events=[
    ev("Armed men attacked farmers at Ayilamo; police recovered five bodies, the council chairman said eight were killed and blamed armed herders.",
       "2022-04-19", "‘on Tuesday’, told by police ‘on Wednesday’, before the Thursday 2022-04-21 dateline: Tuesday 2022-04-19",
       "Ayilamo", "Benue", "NG", "attack_on_civilians", "Fulani militia", "civilians",
       5, 8, None, None,
       "Five bodies have been recovered after armed men attacked farmers working on their fields at Ayilamo, in Logo local government area, on Tuesday, the Benue State Police Command said on Wednesday. [...] The chairman of Logo local government said eight people were killed and several others were still missing. He said the attackers were armed herders",
       note="conflicting tolls 5 and 8; blamed on armed herders by the chairman, no denial reported"),
    ev("Gunmen shot dead two people at a drinking spot in Anyiin.",
       "2022-04-19", "‘on Tuesday night’ before the Thursday 2022-04-21 dateline: Tuesday 2022-04-19",
       "Anyiin", "Benue", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "In a separate attack on Tuesday night, gunmen shot dead two people at a drinking spot in Anyiin, the council headquarters, residents said."),
    ev("The Benue Livestock Guards arrested four herders in Guma for open grazing and impounded 112 cows.",
       "2022-04-20", "‘On Wednesday’ before the Thursday 2022-04-21 dateline: Wednesday 2022-04-20",
       "Guma", "Benue", "NG", "arrest", "Nigerian security forces", "civilians",
       None, None, None, None,
       "On Wednesday, the Benue Livestock Guards arrested four herders in Guma local government area for grazing in the open in breach of the state's anti-grazing law, and impounded 112 cows, the commander of the state-run guards said.",
       note="state-run guards counted with Nigerian security forces", arrested=4),
],
figures=[
    fig("displaced", 1100000, "Benue",
        "The Benue government says more than 1.1 million people have been displaced by attacks in the state over the past seven years"),
    fig("other", 23, "Benue", "23 camps for the displaced are currently open", note="camps"),
    fig("killed", 327, "Benue",
        "A coalition of Benue civil society groups recorded 327 killings in the state last year."),
])

report("b27-22", "2016-07-20", "https://www.example-sahelwire.com/niger/2016/07/20/diffa-emergency-extended-chad-troops",
"""
Niger extends Diffa state of emergency as aid agencies warn of growing needs

NIAMEY, July 20 (Sahel Wire) - Niger's National Assembly voted on Tuesday to extend the state of emergency in the south-eastern Diffa region by three months, giving security forces continued powers to impose curfews, search homes and restrict movement in the fight against Boko Haram.

The interior minister told lawmakers that the measures, first declared in February 2015, had helped the army and its partners contain the group, but that the threat from fighters based on the islands and shores of Lake Chad remained high. Chad has sent about 2,000 soldiers to help Nigerien troops secure the area around Bosso and along the Komadougou Yobe river, he said.

Aid agencies say the needs in Diffa have grown sharply this year. The United Nations estimates that about 241,000 people, including Nigerian refugees, Nigeriens who had been living in Nigeria and people displaced inside Niger, are living in camps and host communities in the region. Tens of thousands have gathered along the national road between Diffa and N'Guigmi, where water and shelter are scarce.

Restrictions on the use of motorcycles, a ban on growing peppers along the river and the closure of markets have hit the local economy hard. Traders say the price of millet in Diffa has risen by almost a third since January.

The government says more than 1,000 suspected members of Boko Haram are in detention in Niger, many of them awaiting trial in Niamey. Human rights groups have called for faster hearings and for the release of people held without evidence.

Niger's army numbers fewer than 20,000 soldiers and is also engaged on the borders with Mali and Libya, analysts say.
""",
country_hint="NE",
figures=[
    fig("fighters", 2000, "Diffa",
        "Chad has sent about 2,000 soldiers to help Nigerien troops secure the area around Bosso and along the Komadougou Yobe river"),
    fig("displaced", 241000, "Diffa",
        "The United Nations estimates that about 241,000 people, including Nigerian refugees, Nigeriens who had been living in Nigeria and people displaced inside Niger, are living in camps and host communities in the region.",
        note="refugees, returnees and internally displaced together"),
    fig("arrested", 1000, "Niger",
        "The government says more than 1,000 suspected members of Boko Haram are in detention in Niger"),
    fig("fighters", 20000, "Niger", "Niger's army numbers fewer than 20,000 soldiers",
        note="upper bound ('fewer than')"),
])

report("b27-23", "2021-05-11", "https://www.example-northernledger.com/kaduna/2021/05/11/katari-highway-abduction-rijana-rescue",
"""
Gunmen kill driver, abduct passengers near Katari; soldiers free five after shootout at Rijana

KADUNA, May 11 (Northern Ledger) - Bandits opened fire on vehicles on the Kaduna-Abuja highway near Katari on Sunday evening, killing a driver and abducting an unknown number of passengers, police and witnesses said.

A motorist who escaped by reversing his car said about 15 gunmen came out of the bush and shot at the tyres of vehicles that refused to stop. The police spokesman in Kaduna confirmed the incident but said the number of those taken was still being verified.

On Monday, troops of Operation Thunder Strike engaged a group of kidnappers near Rijana, rescuing five passengers and killing three of the bandits, the Kaduna State Commissioner for Internal Security said. One soldier sustained a gunshot wound. It was not clear whether the five were among those abducted on Sunday.

In Kauru local government area, bandits killed four farmers in a village on Saturday, the commissioner added, bringing to 19 the number of people killed in the area since the start of the month.

On Monday afternoon, commercial drivers blocked the highway at Jere for about three hours, parking trucks and buses across the road to protest against the kidnappings. Traffic resumed after police officers pleaded with them.

The Kaduna-Abuja highway, the main link between the capital and the north, has become notorious for kidnappings, and many travellers now take the train. The Kaduna State government said in its report for the first quarter that 287 people were killed and 811 kidnapped in the state between January and March. The federal government has deployed additional troops and aircraft to forests along the road.
""",
events=[
    ev("Bandits opened fire on vehicles on the Kaduna-Abuja highway near Katari, killing a driver and abducting an unknown number of passengers.",
       "2021-05-09", "‘on Sunday evening’ before the Tuesday 2021-05-11 dateline: Sunday 2021-05-09",
       "Katari", "Kaduna", "NG", "other", "bandits", "civilians",
       1, None, None, None,
       "Bandits opened fire on vehicles on the Kaduna-Abuja highway near Katari on Sunday evening, killing a driver and abducting an unknown number of passengers, police and witnesses said.",
       note="abduction on the highway, with one driver killed"),
    ev("Operation Thunder Strike troops engaged kidnappers near Rijana, rescuing five passengers and killing three bandits; one soldier was wounded.",
       "2021-05-10", "‘On Monday’ before the Tuesday 2021-05-11 dateline: Monday 2021-05-10",
       "Rijana", "Kaduna", "NG", "battle", "Nigerian security forces", "bandits",
       3, None, 1, None,
       "On Monday, troops of Operation Thunder Strike engaged a group of kidnappers near Rijana, rescuing five passengers and killing three of the bandits, the Kaduna State Commissioner for Internal Security said. One soldier sustained a gunshot wound."),
    ev("Bandits killed four farmers in a village in Kauru local government area.",
       "2021-05-08", "‘on Saturday’ before the Tuesday 2021-05-11 dateline: Saturday 2021-05-08",
       "village in Kauru", "Kaduna", "NG", "attack_on_civilians", "bandits", "civilians",
       4, None, None, None,
       "In Kauru local government area, bandits killed four farmers in a village on Saturday, the commissioner added"),
    ev("Commercial drivers blocked the highway at Jere for about three hours to protest against the kidnappings.",
       "2021-05-10", "‘On Monday afternoon’ before the Tuesday 2021-05-11 dateline: Monday 2021-05-10",
       "Jere", "Kaduna", "NG", "other", "protesters", "none",
       None, None, None, None,
       "On Monday afternoon, commercial drivers blocked the highway at Jere for about three hours, parking trucks and buses across the road to protest against the kidnappings. Traffic resumed after police officers pleaded with them.",
       note="ACLED Protests: peaceful protest (the police only pleaded)"),
],
figures=[
    fig("killed", 19, "Kauru",
        "bringing to 19 the number of people killed in the area since the start of the month"),
    fig("killed", 287, "Kaduna",
        "The Kaduna State government said in its report for the first quarter that 287 people were killed and 811 kidnapped in the state between January and March."),
    fig("other", 811, "Kaduna",
        "The Kaduna State government said in its report for the first quarter that 287 people were killed and 811 kidnapped in the state between January and March.",
        note="kidnapped"),
])

report("b27-24", "2023-07-27", "https://www.example-katsinatimes.com/news/2023/07/27/yantumaki-yan-sakai-clash-maidabino-reprisal",
"""
Danmusa: seven Yan Sakai killed in clash with bandits, who return to kill villagers at Maidabino

KATSINA, July 27 (Katsina Times) - Seven members of the Yan Sakai vigilante group were killed on Sunday when bandits attacked them near Yantumaki, in Danmusa local government area, residents said.

The vigilantes had set up a checkpoint outside the town to stop the bandits from collecting levies on the farms. "The bandits came in large numbers on motorcycles and surrounded them," a resident said. An unknown number of bandits also died, he said.

Two days later the gunmen returned and attacked Maidabino, a village a few kilometres away, killing 12 people and setting houses ablaze. Residents said the attack was revenge for the vigilantes' resistance. The police spokesman in Katsina confirmed the attack but put the number of dead at nine.

In neighbouring Bakori local government area, bandits abducted 17 people, mostly women and children, on Monday night, a local government official said.

The police said on Wednesday that three suspected informants of the bandits had been arrested in Danmusa, and that the Katsina Community Watch Corps, the new state-backed security outfit, had been deployed to the area.

The Yan Sakai, which grew out of local hunters' and youth groups, were banned by the state government in 2019 over killings blamed on them, but have resurfaced in many villages. The state government has recruited about 1,500 young people into the Community Watch Corps, which began patrols in June. Katsina is one of the states worst hit by banditry, with more than 100,000 people displaced, according to the state emergency management agency.
""",
events=[
    ev("Bandits surrounded and attacked a Yan Sakai checkpoint near Yantumaki, killing seven vigilantes; an unknown number of bandits also died.",
       "2023-07-23", "‘on Sunday’ before the Thursday 2023-07-27 dateline: Sunday 2023-07-23",
       "Yantumaki", "Katsina", "NG", "battle", "bandits", "Yan Sakai",
       7, None, None, None,
       "Seven members of the Yan Sakai vigilante group were killed on Sunday when bandits attacked them near Yantumaki, in Danmusa local government area, residents said.",
       note="7 vigilantes; the bandits' dead not counted"),
    ev("Bandits attacked Maidabino in apparent revenge, killing 12 people (nine per the police) and burning houses.",
       "2023-07-25", "‘Two days later’ than Sunday 2023-07-23: Tuesday 2023-07-25",
       "Maidabino", "Katsina", "NG", "attack_on_civilians", "bandits", "civilians",
       9, 12, None, None,
       "Two days later the gunmen returned and attacked Maidabino, a village a few kilometres away, killing 12 people and setting houses ablaze. Residents said the attack was revenge for the vigilantes' resistance. The police spokesman in Katsina confirmed the attack but put the number of dead at nine.",
       note="conflicting tolls: police 9, residents 12"),
    ev("Bandits abducted 17 people, mostly women and children, in Bakori local government area.",
       "2023-07-24", "‘on Monday night’ before the Thursday 2023-07-27 dateline: Monday 2023-07-24",
       "Bakori", "Katsina", "NG", "other", "bandits", "civilians",
       None, None, None, None,
       "In neighbouring Bakori local government area, bandits abducted 17 people, mostly women and children, on Monday night, a local government official said.",
       note="abduction"),
    ev("Police arrested three suspected bandit informants in Danmusa.",
       None, "police ‘said on Wednesday’ (Wednesday 2023-07-26) that they had been arrested; the day of the arrests is not stated",
       "Danmusa", "Katsina", "NG", "arrest", "Nigerian security forces", "bandits",
       None, None, None, None,
       "The police said on Wednesday that three suspected informants of the bandits had been arrested in Danmusa",
       arrested=3),
],
figures=[
    fig("fighters", 1500, "Katsina",
        "The state government has recruited about 1,500 young people into the Community Watch Corps",
        note="state-backed Community Watch Corps"),
    fig("displaced", 100000, "Katsina",
        "with more than 100,000 people displaced, according to the state emergency management agency"),
])
# ---------------------------------------------------------------------------
# b27-25 .. b27-30
# ---------------------------------------------------------------------------

report("b27-25", "2021-12-07", "https://www.example-sahelcourier.com/yobe/2021/12/07/kanamma-iswap-seized-army-retakes",
"""
Army retakes Kanamma two days after ISWAP raised its flag over border town

DAMATURU, December 7 (Sahel Courier) - Nigerian troops backed by fighter jets recaptured Kanamma, a town in Yunusari local government area of Yobe State near the border with Niger, on Sunday, two days after fighters of the Islamic State West Africa Province (ISWAP) overran it, the army said.

The insurgents entered Kanamma on Friday afternoon shortly after soldiers pulled out of a base on the edge of the town, residents said. They hoisted their black flag over the district head's palace, burnt the police station and looted food from shops and a warehouse, a resident who fled said. He did not know whether anyone had been killed.

The army's spokesman said in a statement on Monday that troops of Operation Hadin Kai had "cleared" the town after a fierce battle on Sunday, neutralising 19 terrorists and recovering gun trucks, rifles and ammunition. Two soldiers were wounded, he said. He described the earlier withdrawal as "a tactical manoeuvre".

Thousands of residents fled towards Geidam and Damasak. On Saturday, a car carrying people out of Kanamma hit a landmine on the road to Geidam, killing two of them and injuring three, a relative of the victims said. Residents blamed ISWAP, which they said had mined the road to stop the army's return.

Kanamma had not been attacked for more than a year. The emergency management agency in Yobe said about 6,000 people from the town had registered at camps in Geidam by Monday. Yobe's government says the state has about 130,000 displaced people in total.

ISWAP has in recent months stepped up attacks on towns and bases in Yobe and northern Borno, where it has filled the space left by the collapse of the rival Boko Haram faction.
""",
events=[
    ev("ISWAP fighters overran Kanamma after soldiers pulled out of their base, hoisting their flag, burning the police station and looting food.",
       "2021-12-03", "‘on Friday afternoon’ before the Tuesday 2021-12-07 dateline: Friday 2021-12-03",
       "Kanamma", "Yobe", "NG", "territory_gain", "Boko Haram", "Nigerian security forces",
       None, None, None, None,
       "The insurgents entered Kanamma on Friday afternoon shortly after soldiers pulled out of a base on the edge of the town, residents said. They hoisted their black flag over the district head's palace, burnt the police station and looted food from shops and a warehouse, a resident who fled said.",
       note="ISWAP (canonical Boko Haram) takes the town"),
    ev("Troops of Operation Hadin Kai backed by fighter jets recaptured Kanamma, killing 19 insurgents; two soldiers were wounded.",
       "2021-12-05", "‘on Sunday’ before the Tuesday 2021-12-07 dateline: Sunday 2021-12-05",
       "Kanamma", "Yobe", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       19, None, 2, None,
       "Nigerian troops backed by fighter jets recaptured Kanamma, a town in Yunusari local government area of Yobe State near the border with Niger, on Sunday, two days after fighters of the Islamic State West Africa Province (ISWAP) overran it, the army said. [...] The army's spokesman said in a statement on Monday that troops of Operation Hadin Kai had \"cleared\" the town after a fierce battle on Sunday, neutralising 19 terrorists and recovering gun trucks, rifles and ammunition. Two soldiers were wounded, he said."),
    ev("A car carrying people fleeing Kanamma hit a landmine on the road to Geidam, killing two and injuring three; residents blamed ISWAP.",
       "2021-12-04", "‘On Saturday’ before the Tuesday 2021-12-07 dateline: Saturday 2021-12-04",
       "Kanamma-Geidam road", "Yobe", "NG", "explosion", "Boko Haram", "civilians",
       2, None, 3, None,
       "On Saturday, a car carrying people out of Kanamma hit a landmine on the road to Geidam, killing two of them and injuring three, a relative of the victims said. Residents blamed ISWAP",
       note="blamed by residents, no claim or denial"),
],
figures=[
    fig("displaced", 6000, "Geidam",
        "The emergency management agency in Yobe said about 6,000 people from the town had registered at camps in Geidam by Monday."),
    fig("displaced", 130000, "Yobe",
        "Yobe's government says the state has about 130,000 displaced people in total."),
])

report("b27-26", "2018-01-16", "https://www.example-adamawaherald.com/news/2018/01/16/sukur-attack-numan-lamurde-clashes",
"""
Boko Haram kills four in Sukur; tit-for-tat killings spread around Numan and Lamurde

YOLA, January 16 (Adamawa Herald) - Four people were killed when Boko Haram terrorists attacked Sukur, a hilltop village in Madagali local government area, on Saturday night, the Adamawa State Police Command said.

The police spokesman said the attackers also burnt houses and carted away foodstuffs before soldiers and local hunters arrived. Residents said two women were missing.

In the south of the state, the police are struggling to contain a new round of violence between Bachama farmers and Fulani herders. On Thursday, a group of armed youths attacked a Fulani settlement near Numan and killed six herders, the state chairman of the Miyetti Allah Cattle Breeders Association said, blaming what he called a Bachama militia. Bachama youth leaders denied any role.

On Sunday, gunmen killed five people in a Bachama village in Lamurde local government area, a traditional ruler said. He accused armed herdsmen of carrying out the attack in reprisal, which the herders' association denied.

Police said on Monday they had arrested seven people in Numan over the killings, and that a dusk-to-dawn curfew had been imposed on Numan, Lamurde and Demsa. The commissioner of police appealed to community leaders to restrain their youths.

The clashes have displaced more than 12,000 people in the three local government areas since November, according to the Adamawa State Emergency Management Agency. In Madagali, the north of the state, the army says it has cleared Boko Haram from all towns, but attacks on villages near the Sambisa forest and the Mandara mountains continue.
""",
events=[
    ev("Boko Haram terrorists attacked Sukur, killing four people, burning houses and carting away food.",
       "2018-01-13", "‘on Saturday night’ before the Tuesday 2018-01-16 dateline: Saturday 2018-01-13",
       "Sukur", "Adamawa", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       4, None, None, None,
       "Four people were killed when Boko Haram terrorists attacked Sukur, a hilltop village in Madagali local government area, on Saturday night, the Adamawa State Police Command said."),
    ev("Armed youths attacked a Fulani settlement near Numan and killed six herders; Miyetti Allah blamed a Bachama militia, whose youth leaders denied it.",
       "2018-01-11", "‘On Thursday’ before the Tuesday 2018-01-16 dateline: Thursday 2018-01-11",
       "Fulani settlement near Numan", "Adamawa", "NG", "attack_on_civilians", "unknown", "civilians",
       6, None, None, None,
       "On Thursday, a group of armed youths attacked a Fulani settlement near Numan and killed six herders, the state chairman of the Miyetti Allah Cattle Breeders Association said, blaming what he called a Bachama militia. Bachama youth leaders denied any role.",
       note="blame and denial: unknown"),
    ev("Gunmen killed five people in a Bachama village in Lamurde; a traditional ruler blamed armed herdsmen, whose association denied it.",
       "2018-01-14", "‘On Sunday’ before the Tuesday 2018-01-16 dateline: Sunday 2018-01-14",
       "Bachama village in Lamurde", "Adamawa", "NG", "attack_on_civilians", "unknown", "civilians",
       5, None, None, None,
       "On Sunday, gunmen killed five people in a Bachama village in Lamurde local government area, a traditional ruler said. He accused armed herdsmen of carrying out the attack in reprisal, which the herders' association denied.",
       note="blame and denial: unknown"),
    ev("Police arrested seven people in Numan over the killings.",
       None, "police ‘said on Monday’ (Monday 2018-01-15) they had made the arrests; the day is not stated",
       "Numan", "Adamawa", "NG", "arrest", "Nigerian security forces", "unknown",
       None, None, None, None,
       "Police said on Monday they had arrested seven people in Numan over the killings",
       arrested=7),
],
figures=[
    fig("displaced", 12000, "Numan, Lamurde and Demsa",
        "The clashes have displaced more than 12,000 people in the three local government areas since November, according to the Adamawa State Emergency Management Agency."),
])

report("b27-27", "2020-10-15", "https://www.example-mandaramail.com/extreme-nord/2020/10/15/meri-disarmament-centre-ex-fighters",
"""
At Meri disarmament centre, former Boko Haram fighters wait for a way home

MAROUA, October 15 (Mandara Mail) - Two years after Cameroon created a national committee to disarm and reintegrate former members of armed groups, the transit centre at Meri, in the Diamare department, houses about 280 men, women and children who left Boko Haram, according to the centre's management.

The former associates of the jihadist group follow literacy classes, learn trades such as tailoring, welding and farming, and receive religious counselling. But none has yet been allowed to return to a home village, and some residents say they have been waiting for more than a year to learn whether they will be prosecuted.

"We have surrendered our guns and our past. Now we want to know our future," said a 26-year-old former fighter who said he had joined the group in 2014 after it took over his village.

Officials say the delays are due to the difficulty of screening people who spent years with the group and to the hostility of communities that lost relatives in its attacks. Boko Haram has killed more than 2,000 civilians in Cameroon's Far North since 2014, according to rights groups, and about 320,000 people are displaced in the region.

The government says about 14,000 members of local vigilance committees help the army watch over border villages, and that 1,500 others have received training this year. The national committee has a budget for three centres, in the Far North, North-West and South-West regions, but only the one at Meri deals with the Boko Haram conflict.

Aid groups have called for a law setting out the legal status of the defectors and for support to the communities expected to receive them, many of which still face night raids and abductions.
""",
country_hint="CM",
figures=[
    fig("other", 280, "Meri",
        "the transit centre at Meri, in the Diamare department, houses about 280 men, women and children who left Boko Haram",
        note="defectors in the centre"),
    fig("killed", 2000, "Far North",
        "Boko Haram has killed more than 2,000 civilians in Cameroon's Far North since 2014, according to rights groups"),
    fig("displaced", 320000, "Far North", "about 320,000 people are displaced in the region"),
    fig("fighters", 14000, "Far North",
        "The government says about 14,000 members of local vigilance committees help the army watch over border villages",
        note="vigilance committee members"),
    fig("other", 1500, "Far North", "1,500 others have received training this year",
        note="vigilantes trained this year"),
])

report("b27-28", "2017-02-14", "https://www.example-borno-dispatch.com/2017/02/14/mafa-checkpoint-bombers-bama-enclave",
"""
Two female bombers kill two CJTF at Mafa checkpoint; troops clear enclave near Bama

MAIDUGURI, February 14 (Borno Dispatch) - Two female suicide bombers detonated their explosives at a checkpoint at the entrance to Mafa on Sunday morning, killing two members of the Civilian Joint Task Force (CJTF) and themselves, the police said. Five people waiting to be searched were injured.

"The girls were asked to stop about 50 metres from the checkpoint. One of them ran towards the vigilantes and exploded, and the second one exploded a few seconds later," a CJTF member who witnessed the blast said. Police blamed Boko Haram.

In a statement on Monday, the army said troops of the 21 Brigade had cleared a Boko Haram enclave near Bama on Friday, killing eight insurgents and rescuing 19 women and children held in the camp. Items recovered included two AK-47 rifles, a motorcycle and bags of grain.

On Monday, insurgents ambushed a convoy of traders escorted by soldiers on the road from Maiduguri to Gubio, killing three soldiers and a trader, military sources said. Boko Haram fighters have repeatedly attacked the convoys, which are the only way for traders to reach the northern towns.

The army said last December that it had taken Camp Zero, Boko Haram's main base in the Sambisa forest, but attacks on villages and roads around Maiduguri continue.

Aid agencies warn that 4.7 million people face severe food shortages in the north-east this year, and that famine-like conditions have been found in parts of Borno recently reached by aid workers. About 1,500 displaced people arrive in Maiduguri's camps every week, according to the Borno State Emergency Management Agency.
""",
events=[
    ev("Two female suicide bombers blew themselves up at a checkpoint at the entrance to Mafa, killing two CJTF members and themselves and injuring five.",
       "2017-02-12", "‘on Sunday morning’ before the Tuesday 2017-02-14 dateline: Sunday 2017-02-12",
       "checkpoint at the entrance to Mafa", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       4, None, 5, None,
       "Two female suicide bombers detonated their explosives at a checkpoint at the entrance to Mafa on Sunday morning, killing two members of the Civilian Joint Task Force (CJTF) and themselves, the police said. Five people waiting to be searched were injured. [...] Police blamed Boko Haram.",
       note="4 = 2 CJTF + 2 bombers; CJTF counted with Nigerian security forces"),
    ev("Troops of 21 Brigade cleared a Boko Haram enclave near Bama, killing eight insurgents and rescuing 19 women and children.",
       "2017-02-10", "‘on Friday’, in a statement ‘on Monday’, before the Tuesday 2017-02-14 dateline: Friday 2017-02-10",
       "Boko Haram enclave near Bama", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram",
       8, None, None, None,
       "In a statement on Monday, the army said troops of the 21 Brigade had cleared a Boko Haram enclave near Bama on Friday, killing eight insurgents and rescuing 19 women and children held in the camp."),
    ev("Insurgents ambushed a soldier-escorted traders' convoy on the Maiduguri-Gubio road, killing three soldiers and a trader.",
       "2017-02-13", "‘On Monday’ before the Tuesday 2017-02-14 dateline: Monday 2017-02-13",
       "Maiduguri-Gubio road", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       4, None, None, None,
       "On Monday, insurgents ambushed a convoy of traders escorted by soldiers on the road from Maiduguri to Gubio, killing three soldiers and a trader, military sources said. Boko Haram fighters have repeatedly attacked the convoys",
       note="4 = 3 soldiers + 1 trader; the next sentence names Boko Haram as the group that attacks the convoys"),
],
figures=[
    fig("other", 4700000, "north-east Nigeria",
        "Aid agencies warn that 4.7 million people face severe food shortages in the north-east this year",
        note="people facing severe food shortages"),
    fig("displaced", 1500, "Maiduguri",
        "About 1,500 displaced people arrive in Maiduguri's camps every week", note="weekly arrivals"),
])

report("b27-29", "2023-03-02", "https://www.example-sahelcourier.com/borno/2023/03/02/kukawa-island-airstrikes-baga-fishermen-dikwa-shelling",
"""
Air strikes hit ISWAP camp near Kukawa; insurgents kill fishermen near Baga

MAIDUGURI, March 2 (Sahel Courier) - Nigerian Air Force jets struck an ISWAP camp on an island near Kukawa on Sunday, killing at least 26 fighters, including two commanders, intelligence sources said. The Defence Headquarters said "scores" of terrorists were neutralised but gave no figure.

The strikes came a day after ISWAP fighters seized nine fishermen near Baga and killed them, accusing them of spying for the military, according to the leader of a fishermen's union in Maiduguri. A member of the Civilian Joint Task Force in Baga said 11 bodies had been found on the shore on Monday.

On Tuesday night, insurgents fired several mortar rounds into Dikwa from the outskirts of the town. Three residents were wounded and no one was killed, a local government official said. Residents said the shells were fired by ISWAP fighters, who have targeted the town several times this year.

The Multinational Joint Task Force said troops of its Sector 3 killed seven ISWAP fighters who tried to ambush a patrol near Monguno on Friday, and recovered three rifles and a motorcycle. No soldier was hurt, it said.

On Saturday, as Nigerians voted in the presidential election, insurgents fired shots near polling units in two villages outside Gwoza, forcing the electoral commission to move voting to the town, officials said. No casualties were reported.

The army says it has killed hundreds of ISWAP fighters in air and ground operations around the lake since January. ISWAP is believed to have between 4,000 and 6,000 fighters, many of them based on the islands and in the forests around the lake. More than 2 million people remain displaced in the north-east, according to the United Nations.

Fishermen's groups say more than 60 of their members have been killed by the insurgents since 2021, when fishing resumed on parts of the lake under an army permit system.
""",
events=[
    ev("Air force jets struck an ISWAP camp on an island near Kukawa, killing at least 26 fighters including two commanders, intelligence sources said.",
       "2023-02-26", "‘on Sunday’ before the Thursday 2023-03-02 dateline: Sunday 2023-02-26",
       "island near Kukawa", "Borno", "NG", "explosion", "Nigerian security forces", "Boko Haram",
       26, None, None, None,
       "Nigerian Air Force jets struck an ISWAP camp on an island near Kukawa on Sunday, killing at least 26 fighters, including two commanders, intelligence sources said. The Defence Headquarters said \"scores\" of terrorists were neutralised but gave no figure."),
    ev("ISWAP fighters seized nine fishermen near Baga and killed them as suspected spies; a CJTF member said 11 bodies were found.",
       "2023-02-25", "‘The strikes came a day after’ the killings; the strikes were on Sunday 2023-02-26, so Saturday 2023-02-25",
       "Baga", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       9, 11, None, None,
       "The strikes came a day after ISWAP fighters seized nine fishermen near Baga and killed them, accusing them of spying for the military, according to the leader of a fishermen's union in Maiduguri. A member of the Civilian Joint Task Force in Baga said 11 bodies had been found on the shore on Monday.",
       note="conflicting tolls 9 and 11"),
    ev("Insurgents fired mortar rounds into Dikwa, wounding three residents and killing no one; residents blamed ISWAP.",
       "2023-02-28", "‘On Tuesday night’ before the Thursday 2023-03-02 dateline: Tuesday 2023-02-28",
       "Dikwa", "Borno", "NG", "explosion", "Boko Haram", "civilians",
       0, None, 3, None,
       "On Tuesday night, insurgents fired several mortar rounds into Dikwa from the outskirts of the town. Three residents were wounded and no one was killed, a local government official said. Residents said the shells were fired by ISWAP fighters",
       note="explicit 0 killed"),
    ev("Insurgents fired shots near polling units in two villages outside Gwoza on election day, forcing voting to be moved to the town.",
       "2023-02-25", "‘On Saturday, as Nigerians voted in the presidential election’, before the Thursday 2023-03-02 dateline: Saturday 2023-02-25",
       "villages outside Gwoza", "Borno", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Saturday, as Nigerians voted in the presidential election, insurgents fired shots near polling units in two villages outside Gwoza, forcing the electoral commission to move voting to the town, officials said. No casualties were reported.",
       note="shots near polling units with no casualties and unnamed villages; 'No casualties were reported' is not an explicit zero",
       optional=True),
    ev("MNJTF Sector 3 troops killed seven ISWAP fighters who tried to ambush a patrol near Monguno; no soldier was hurt.",
       "2023-02-24", "‘on Friday’ before the Thursday 2023-03-02 dateline: Friday 2023-02-24",
       "Monguno", "Borno", "NG", "battle", "Boko Haram", "Multinational Joint Task Force",
       7, None, None, None,
       "The Multinational Joint Task Force said troops of its Sector 3 killed seven ISWAP fighters who tried to ambush a patrol near Monguno on Friday, and recovered three rifles and a motorcycle. No soldier was hurt, it said.",
       note="the fighters tried to ambush the patrol, so ISWAP (Boko Haram) is actor1; 'No soldier was hurt' covers one side only, so wounded stays null"),
],
figures=[
    fig("fighters", 4000, "Lake Chad",
        "ISWAP is believed to have between 4,000 and 6,000 fighters", note="range 4,000-6,000; lower bound"),
    fig("displaced", 2000000, "north-east Nigeria",
        "More than 2 million people remain displaced in the north-east, according to the United Nations."),
    fig("killed", 60, "Lake Chad",
        "Fishermen's groups say more than 60 of their members have been killed by the insurgents since 2021",
        note="fishermen"),
])

report("b27-30", "2020-06-18", "https://www.example-sahelwire.com/niger/2020/06/18/chetimari-villagers-killed-nguigmi-clash",
"""
Diffa: six villagers killed near Chetimari, ten women abducted; army kills 12 fighters near N'Guigmi

NIAMEY, June 18 (Sahel Wire) - Six villagers were killed on Saturday when Boko Haram fighters attacked a village near Chetimari, in Niger's Diffa region, the regional governor said on Sunday.

The attackers arrived at dusk on foot and on horseback, shot the men they found in the village square and set fire to granaries, the governor told reporters after visiting the area. He said the army had been sent to the area.

On Monday, gunmen abducted ten women who were collecting firewood outside a camp for displaced people near N'Guigmi, a local official said. It was not known who was holding them.

The defence ministry said on Wednesday that troops had killed 12 Boko Haram fighters in a clash on the shores of Lake Chad near N'Guigmi on Tuesday. Two soldiers were wounded, and weapons and a boat were seized, it said.

The attacks come as the rainy season begins and farmers try to return to their fields after years of displacement. The region has been under a state of emergency since 2015. The United Nations says about 265,000 people are displaced in Diffa, including 120,000 refugees from Nigeria, and that the coronavirus pandemic has made it harder to deliver aid.

Niger's armed forces, which also face jihadist groups in the Tillaberi and Tahoua regions near Mali and Burkina Faso, lost dozens of soldiers in attacks by Boko Haram in the Lake Chad area earlier this year. In March, the army launched a joint operation with Chad and Nigeria to push the group back from the lake shore.
""",
events=[
    ev("Boko Haram fighters attacked a village near Chetimari, shooting six men in the village square and burning granaries.",
       "2020-06-13", "‘on Saturday’, told by the governor ‘on Sunday’, before the Thursday 2020-06-18 dateline: Saturday 2020-06-13",
       "village near Chetimari", "Diffa", "NE", "attack_on_civilians", "Boko Haram", "civilians",
       6, None, None, None,
       "Six villagers were killed on Saturday when Boko Haram fighters attacked a village near Chetimari, in Niger's Diffa region, the regional governor said on Sunday."),
    ev("Gunmen abducted ten women collecting firewood outside a displacement camp near N'Guigmi.",
       "2020-06-15", "‘On Monday’ before the Thursday 2020-06-18 dateline: Monday 2020-06-15",
       "camp near N'Guigmi", "Diffa", "NE", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Monday, gunmen abducted ten women who were collecting firewood outside a camp for displaced people near N'Guigmi, a local official said. It was not known who was holding them.",
       note="abduction"),
    ev("Nigerien troops killed 12 Boko Haram fighters in a clash on the Lake Chad shore near N'Guigmi; two soldiers were wounded.",
       "2020-06-16", "‘on Tuesday’, in a statement ‘on Wednesday’, before the Thursday 2020-06-18 dateline: Tuesday 2020-06-16",
       "Lake Chad shore near N'Guigmi", "Diffa", "NE", "battle", "Nigerien security forces", "Boko Haram",
       12, None, 2, None,
       "The defence ministry said on Wednesday that troops had killed 12 Boko Haram fighters in a clash on the shores of Lake Chad near N'Guigmi on Tuesday. Two soldiers were wounded, and weapons and a boat were seized, it said."),
],
figures=[
    fig("displaced", 265000, "Diffa",
        "The United Nations says about 265,000 people are displaced in Diffa, including 120,000 refugees from Nigeria"),
    fig("other", 120000, "Diffa", "including 120,000 refugees from Nigeria", note="refugees"),
])
# ---------------------------------------------------------------------------
# b27-31 .. b27-36
# ---------------------------------------------------------------------------

report("b27-31", "2023-10-10", "https://www.example-lakechadwire.com/chad/2023/10/10/liwa-fishermen-ngouboua-islands-operation",
"""
Chad army says 15 Boko Haram fighters killed on islands; fishermen slain near Liwa

N'DJAMENA, October 10 (Lake Chad Wire) - Chadian troops killed 15 Boko Haram fighters during an operation on islands near Ngouboua on Saturday, losing two soldiers, the army said in a statement on Monday. Four soldiers were wounded and three fighters were captured, it added.

The operation followed an attack on fishermen near Liwa, further north, late on Wednesday, in which five men were killed and their nets and catch stolen, local officials said. The head of the fishermen's association said the attackers were Boko Haram fighters who had demanded a "tax" on every canoe.

Residents of the lakeside villages say the fighters now move in small groups of five or six men in canoes, which makes them hard to track from the air.

Chad has stationed about 3,000 troops in the Lac province under a regional command set up after the 2020 attack on Bohoma. Attacks have fallen since then, but small groups of fighters still hide on the hundreds of islands in the lake's reed beds and raid fishing camps and villages on the shore.

The province hosts about 220,000 internally displaced people, according to the United Nations, and its residents also face the effects of the war in neighbouring Sudan, which has pushed up food prices across Chad. Aid agencies say the humanitarian response plan for Chad this year is less than a third funded.
""",
events=[
    ev("Chadian troops killed 15 Boko Haram fighters on islands near Ngouboua and captured three; two soldiers were killed and four wounded.",
       "2023-10-07", "‘on Saturday’, in a statement ‘on Monday’, before the Tuesday 2023-10-10 dateline: Saturday 2023-10-07",
       "islands near Ngouboua", "Lac", "TD", "battle", "Chadian security forces", "Boko Haram",
       17, None, 4, None,
       "Chadian troops killed 15 Boko Haram fighters during an operation on islands near Ngouboua on Saturday, losing two soldiers, the army said in a statement on Monday. Four soldiers were wounded and three fighters were captured, it added.",
       note="17 = 15 fighters + 2 soldiers; captures left inside the clash"),
    ev("Attackers killed five fishermen near Liwa and stole their nets and catch; the fishermen's association blamed Boko Haram.",
       "2023-10-04", "‘late on Wednesday’ before the Tuesday 2023-10-10 dateline: Wednesday 2023-10-04",
       "Liwa", "Lac", "TD", "attack_on_civilians", "Boko Haram", "civilians",
       5, None, None, None,
       "The operation followed an attack on fishermen near Liwa, further north, late on Wednesday, in which five men were killed and their nets and catch stolen, local officials said. The head of the fishermen's association said the attackers were Boko Haram fighters",
       note="named by the fishermen's association, no denial"),
],
figures=[
    fig("fighters", 3000, "Lac", "Chad has stationed about 3,000 troops in the Lac province"),
    fig("displaced", 220000, "Lac",
        "The province hosts about 220,000 internally displaced people, according to the United Nations"),
])

report("b27-32", "2022-11-23", "https://www.example-mandaramail.com/extreme-nord/2022/11/23/mora-kerawa-ied-amchide-ambush-tourou",
"""
Far North: roadside bomb kills two soldiers near Mora; Boko Haram ambush on BIR patrol near Amchide

MAROUA, November 23 (Mandara Mail) - Two Cameroonian soldiers were killed and three wounded on Sunday when their vehicle struck an improvised explosive device on the road between Mora and Kerawa, military sources said.

The wounded were evacuated to the military hospital in Maroua. An officer blamed Boko Haram, which has increasingly used roadside bombs against army patrols in the Mayo-Sava department this year.

Two days earlier, Boko Haram fighters ambushed a patrol of the Rapid Intervention Battalion (BIR) near Amchide, killing three soldiers, according to a security source. The defence ministry said in a statement on Tuesday that five of the assailants were "neutralised" as the soldiers fought their way out, and that a machine gun was recovered.

On Monday, gunmen abducted four people, including a nurse, from their homes in Tourou, in the Mayo-Tsanaga department, a local official said. Residents said the kidnappers were suspected Boko Haram fighters who regularly demand ransoms from families in the area.

Late on Tuesday, gunmen shot dead the traditional chief of a village in the Mayo-Moskota district in front of his house, the sub-prefect said. The chief had organised a vigilance committee in his village last year.

Attacks in the Far North have continued despite the weakening of Boko Haram in Nigeria and the surrender of hundreds of its members to the Cameroonian authorities since last year. The army says it has about 4,000 soldiers deployed in Operation Emergence 4 along the border. The United Nations says about 385,000 people are internally displaced in the Far North, and that more than 130 schools in the region are closed because of insecurity.

Residents of Tourou say several families have left for Mokolo since the start of the year because of the kidnappings.
""",
events=[
    ev("A Cameroonian army vehicle struck an IED between Mora and Kerawa, killing two soldiers and wounding three; an officer blamed Boko Haram.",
       "2022-11-20", "‘on Sunday’ before the Wednesday 2022-11-23 dateline: Sunday 2022-11-20",
       "Mora-Kerawa road", "Far North", "CM", "explosion", "Boko Haram", "Cameroonian security forces",
       2, None, 3, None,
       "Two Cameroonian soldiers were killed and three wounded on Sunday when their vehicle struck an improvised explosive device on the road between Mora and Kerawa, military sources said. [...] An officer blamed Boko Haram",
       note="blamed by an officer, no claim"),
    ev("Boko Haram fighters ambushed a BIR patrol near Amchide; a security source said three soldiers were killed, the ministry that five assailants were killed.",
       "2022-11-18", "‘Two days earlier’ than Sunday 2022-11-20: Friday 2022-11-18",
       "Amchide", "Far North", "CM", "battle", "Boko Haram", "Cameroonian security forces",
       8, None, None, None,
       "Two days earlier, Boko Haram fighters ambushed a patrol of the Rapid Intervention Battalion (BIR) near Amchide, killing three soldiers, according to a security source. The defence ministry said in a statement on Tuesday that five of the assailants were \"neutralised\" as the soldiers fought their way out",
       note="8 = source's 3 soldiers + ministry's 5 assailants"),
    ev("Gunmen, suspected Boko Haram fighters, abducted four people including a nurse from their homes in Tourou.",
       "2022-11-21", "‘On Monday’ before the Wednesday 2022-11-23 dateline: Monday 2022-11-21",
       "Tourou", "Far North", "CM", "other", "Boko Haram", "civilians",
       None, None, None, None,
       "On Monday, gunmen abducted four people, including a nurse, from their homes in Tourou, in the Mayo-Tsanaga department, a local official said. Residents said the kidnappers were suspected Boko Haram fighters",
       note="abduction; 'suspected Boko Haram' named by residents"),
    ev("Gunmen shot dead the traditional chief of a village in the Mayo-Moskota district in front of his house.",
       "2022-11-22", "‘Late on Tuesday’ before the Wednesday 2022-11-23 dateline: Tuesday 2022-11-22",
       "village in Mayo-Moskota", "Far North", "CM", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "Late on Tuesday, gunmen shot dead the traditional chief of a village in the Mayo-Moskota district in front of his house, the sub-prefect said.",
       note="assassination of a traditional chief: other, as news-wide codes assassinations"),
],
figures=[
    fig("fighters", 4000, "Far North",
        "The army says it has about 4,000 soldiers deployed in Operation Emergence 4 along the border."),
    fig("displaced", 385000, "Far North",
        "The United Nations says about 385,000 people are internally displaced in the Far North"),
    fig("other", 130, "Far North",
        "more than 130 schools in the region are closed because of insecurity", note="schools closed"),
])

report("b27-33", "2015-10-06", "https://www.example-mandaramail.com/extreme-nord/2015/10/06/far-north-schools-closed-new-term",
"""
New school year opens in Far North with scores of schools shut by Boko Haram threat

MAROUA, October 6 (Mandara Mail) - Pupils returned to classrooms across Cameroon on Monday, but in the Far North region 127 primary and secondary schools remained closed because of the threat of attacks by Boko Haram, the regional delegation of basic education said.

About 34,000 children are affected by the closures, most of them in the Mayo-Sava, Mayo-Tsanaga and Logone-et-Chari departments bordering Nigeria, officials said. Some pupils from closed schools have been enrolled in schools in Mora, Mokolo and Maroua, where classes of more than 150 children are now common.

"Parents are afraid. They ask whether the school will be the next target," said a head teacher in Mora, whose own school has taken in 400 displaced pupils. Security has been tightened at school gates, and teachers have been told to watch for suspicious parcels.

The government says about 8,500 soldiers are now deployed in the region, and that the vigilance committees in the villages have been given extra training. Public gatherings have been restricted in several towns, and the wearing of the full-face veil has been banned in the region since July.

The United Nations says more than 81,000 people have been displaced inside the Far North by the violence, and that the Minawao camp now shelters about 46,000 refugees from Nigeria. Aid agencies have called for temporary learning spaces to be set up in the camps and host villages.

The education minister has promised to reopen the closed schools as soon as security allows, and to pay bonuses to teachers who agree to work in the border areas.
""",
country_hint="CM",
figures=[
    fig("other", 127, "Far North",
        "in the Far North region 127 primary and secondary schools remained closed because of the threat of attacks by Boko Haram",
        note="schools closed"),
    fig("other", 34000, "Far North", "About 34,000 children are affected by the closures",
        note="children out of their schools"),
    fig("fighters", 8500, "Far North",
        "The government says about 8,500 soldiers are now deployed in the region"),
    fig("displaced", 81000, "Far North",
        "The United Nations says more than 81,000 people have been displaced inside the Far North by the violence"),
    fig("other", 46000, "Minawao camp",
        "the Minawao camp now shelters about 46,000 refugees from Nigeria", note="refugees"),
])

report("b27-34", "2024-02-20", "https://www.example-northernledger.com/zamfara/2024/02/20/dansadau-airstrike-civilians-yandoto-abduction",
"""
Zamfara: residents say air strike killed nine villagers near Dansadau; military says it hit bandits

GUSAU, February 20 (Northern Ledger) - Nine villagers, including four children, were killed when a military aircraft bombed a village near Dansadau in Maru local government area of Zamfara State on Sunday, residents and a local official said.

"They were preparing for a naming ceremony when the bomb fell. There were no bandits in the village," a resident who lost two relatives said. The Nigerian Air Force said in a statement on Monday that its aircraft had struck "a logistics hub of a notorious terrorist leader" in the area and killed several bandits, and that it would investigate the allegation of civilian deaths.

On Friday, bandits abducted at least 30 people, mostly women, from Yandoto in Tsafe local government area, a community leader said. The kidnappers have demanded a ransom of 50 million naira.

Members of the Zamfara Community Protection Guards, the state's new security outfit, came under attack from bandits near Bukkuyum on Sunday. Four of the guards and 11 bandits were killed, the outfit's commander said. A fifth guard died of his wounds in Gusau on Monday.

Police said they arrested two suspected gunrunners on Monday with 1,000 rounds of ammunition hidden in a car on the Gusau-Sokoto road.

Zamfara's governor launched the Community Protection Guards last month, saying the state could not rely on federal forces alone. The state says it has recruited 2,645 guards. An Abuja-based security consultancy recorded 1,079 deaths and 1,426 abductions in Zamfara last year.
""",
events=[
    ev("A military aircraft bombed a village near Dansadau; residents said nine villagers, including four children, were killed, the air force said it struck a bandit logistics hub and would investigate.",
       "2024-02-18", "‘on Sunday’ before the Tuesday 2024-02-20 dateline: Sunday 2024-02-18",
       "village near Dansadau", "Zamfara", "NG", "explosion", "Nigerian security forces", "civilians",
       9, None, None, None,
       "Nine villagers, including four children, were killed when a military aircraft bombed a village near Dansadau in Maru local government area of Zamfara State on Sunday, residents and a local official said. [...] The Nigerian Air Force said in a statement on Monday that its aircraft had struck \"a logistics hub of a notorious terrorist leader\" in the area and killed several bandits, and that it would investigate the allegation of civilian deaths.",
       note="strike admitted by the air force, victims disputed: actor2 as reported by residents; 'several bandits' not counted"),
    ev("Bandits abducted at least 30 people, mostly women, from Yandoto and demanded a ransom.",
       "2024-02-16", "‘On Friday’ before the Tuesday 2024-02-20 dateline: Friday 2024-02-16",
       "Yandoto", "Zamfara", "NG", "other", "bandits", "civilians",
       None, None, None, None,
       "On Friday, bandits abducted at least 30 people, mostly women, from Yandoto in Tsafe local government area, a community leader said.",
       note="abduction"),
    ev("Bandits attacked members of the Zamfara Community Protection Guards near Bukkuyum; four guards and 11 bandits were killed and a fifth guard died of his wounds the next day.",
       "2024-02-18", "‘on Sunday’ before the Tuesday 2024-02-20 dateline: Sunday 2024-02-18",
       "Bukkuyum", "Zamfara", "NG", "battle", "bandits", "Nigerian security forces",
       16, None, None, None,
       "Members of the Zamfara Community Protection Guards, the state's new security outfit, came under attack from bandits near Bukkuyum on Sunday. Four of the guards and 11 bandits were killed, the outfit's commander said. A fifth guard died of his wounds in Gusau on Monday.",
       note="16 = 4 guards + 11 bandits + 1 guard who died of his wounds; the state-run guards counted with Nigerian security forces"),
    ev("Police arrested two suspected gunrunners with 1,000 rounds of ammunition on the Gusau-Sokoto road.",
       "2024-02-19", "‘on Monday’ before the Tuesday 2024-02-20 dateline: Monday 2024-02-19",
       "Gusau-Sokoto road", "Zamfara", "NG", "arrest", "Nigerian security forces", "bandits",
       None, None, None, None,
       "Police said they arrested two suspected gunrunners on Monday with 1,000 rounds of ammunition hidden in a car on the Gusau-Sokoto road.",
       note="gunrunners supplying the gangs: actor2 bandits", arrested=2),
],
figures=[
    fig("fighters", 2645, "Zamfara", "The state says it has recruited 2,645 guards."),
    fig("killed", 1079, "Zamfara",
        "An Abuja-based security consultancy recorded 1,079 deaths and 1,426 abductions in Zamfara last year."),
    fig("other", 1426, "Zamfara",
        "An Abuja-based security consultancy recorded 1,079 deaths and 1,426 abductions in Zamfara last year.",
        note="abductions"),
])

report("b27-35", "2016-11-15", "https://www.example-northernledger.com/kaduna/2016/11/15/manchok-attack-kafanchan-road-protest",
"""
Southern Kaduna: gunmen kill seven near Manchok; youths block Kafanchan road in protest

KADUNA, November 15 (Northern Ledger) - Gunmen attacked a village near Manchok, in Kaura local government area of southern Kaduna, late on Sunday, killing seven people, the Kaduna State Police Command said.

Community leaders said 11 people were killed, among them a pastor and two children, and that more than 20 houses were burnt. The Southern Kaduna Peoples Union blamed Fulani herdsmen. The Miyetti Allah Cattle Breeders Association said its members had nothing to do with the attack and were themselves victims of cattle rustling in the area.

On Monday, hundreds of youths blocked the road between Kafanchan and Kaduna with burning tyres to protest against the killings. Soldiers fired tear gas to clear the road, and several protesters were injured in the stampede, witnesses said.

The police said 10 suspects had been arrested and that a mobile police unit had been deployed to the area. The state government imposed a dusk-to-dawn curfew on Kaura and neighbouring Jema'a.

Southern Kaduna has been hit by a wave of attacks and reprisals since the middle of the year. The Southern Kaduna Peoples Union says more than 500 people have been killed in the area since February and several thousand have fled their homes. Christian leaders have accused the federal government of failing to protect the communities, while herders' groups say hundreds of their cattle have been stolen and several of their members killed.

The governor has said the state paid some herders' leaders to stop attacks and that the violence is driven by foreign herders with grievances dating back to the 2011 post-election riots.
""",
events=[
    ev("Gunmen attacked a village near Manchok, killing seven per the police and 11 per community leaders, and burning houses; blamed on herdsmen, who denied it.",
       "2016-11-13", "‘late on Sunday’ before the Tuesday 2016-11-15 dateline: Sunday 2016-11-13",
       "village near Manchok", "Kaduna", "NG", "attack_on_civilians", "unknown", "civilians",
       7, 11, None, None,
       "Gunmen attacked a village near Manchok, in Kaura local government area of southern Kaduna, late on Sunday, killing seven people, the Kaduna State Police Command said. [...] Community leaders said 11 people were killed, among them a pastor and two children, and that more than 20 houses were burnt. The Southern Kaduna Peoples Union blamed Fulani herdsmen. The Miyetti Allah Cattle Breeders Association said its members had nothing to do with the attack",
       note="conflicting tolls 7 and 11; blame and denial: unknown"),
    ev("Hundreds of youths blocked the Kafanchan-Kaduna road with burning tyres; soldiers fired tear gas and several protesters were injured.",
       "2016-11-14", "‘On Monday’ before the Tuesday 2016-11-15 dateline: Monday 2016-11-14",
       "Kafanchan-Kaduna road", "Kaduna", "NG", "other", "protesters", "Nigerian security forces",
       None, None, None, None,
       "On Monday, hundreds of youths blocked the road between Kafanchan and Kaduna with burning tyres to protest against the killings. Soldiers fired tear gas to clear the road, and several protesters were injured in the stampede, witnesses said.",
       note="ACLED Protests: protest with intervention; 'several' injured gives null"),
    ev("Police arrested 10 suspects over the attack near Manchok.",
       None, "the police ‘said 10 suspects had been arrested’; no day given",
       "Kaura", "Kaduna", "NG", "arrest", "Nigerian security forces", "unknown",
       None, None, None, None,
       "The police said 10 suspects had been arrested and that a mobile police unit had been deployed to the area.",
       arrested=10),
],
figures=[
    fig("killed", 500, "Southern Kaduna",
        "The Southern Kaduna Peoples Union says more than 500 people have been killed in the area since February"),
])

report("b27-36", "2014-05-08", "https://www.example-middlebeltreporter.com/benue/2014/05/08/daudu-attack-makurdi-students-protest",
"""
Benue: 12 killed as herdsmen raid villages near Daudu; soldiers and gunmen clash

MAKURDI, May 8 (Middle Belt Reporter) - Armed herdsmen attacked three villages near Daudu, in Guma local government area, on Monday, killing 12 people, the police said. The chairman of Guma local government put the toll at 17 and said many villagers were still hiding in the bush.

Survivors said the attackers came in the early morning, shooting at farmers on their way to the fields and burning homes and yam barns. There was no comment from herders' groups.

On Tuesday, hundreds of students of Benue State University marched through Makurdi, blocking the main roads to demand action against the attacks. Police fired tear gas to disperse them when they tried to enter Government House, and three students were injured, a student leader said. The police said one student was slightly hurt.

On Wednesday, gunmen believed to be the same herdsmen opened fire on a military patrol near Daudu. Two soldiers and five of the attackers were killed in the exchange, an army spokesman said.

Benue, known as the nation's food basket, has seen repeated clashes between Tiv farmers and Fulani herders over land and water since last year. The state government says more than 200 people have been killed in Guma, Agatu and Logo this year, and that about 45,000 people have been displaced.

The state governor has asked the federal government to establish grazing reserves and to station more troops along the border with Nasarawa State, where many of the attackers are said to come from.
""",
events=[
    ev("Armed herdsmen attacked three villages near Daudu, shooting farmers and burning homes and yam barns; police gave 12 killed, the council chairman 17.",
       "2014-05-05", "‘on Monday’ before the Thursday 2014-05-08 dateline: Monday 2014-05-05",
       "villages near Daudu", "Benue", "NG", "attack_on_civilians", "Fulani militia", "civilians",
       12, 17, None, None,
       "Armed herdsmen attacked three villages near Daudu, in Guma local government area, on Monday, killing 12 people, the police said. The chairman of Guma local government put the toll at 17 and said many villagers were still hiding in the bush.",
       note="conflicting tolls 12 and 17; 'armed herdsmen' with no denial: Fulani militia"),
    ev("Benue State University students marched through Makurdi; police fired tear gas when they tried to enter Government House and three students were injured (one, according to the police).",
       "2014-05-06", "‘On Tuesday’ before the Thursday 2014-05-08 dateline: Tuesday 2014-05-06",
       "Makurdi", "Benue", "NG", "other", "protesters", "Nigerian security forces",
       None, None, 1, 3,
       "On Tuesday, hundreds of students of Benue State University marched through Makurdi, blocking the main roads to demand action against the attacks. Police fired tear gas to disperse them when they tried to enter Government House, and three students were injured, a student leader said. The police said one student was slightly hurt.",
       note="ACLED Protests: protest with intervention; conflicting wounded: police 1, student leader 3"),
    ev("Gunmen believed to be the same herdsmen opened fire on a military patrol near Daudu; two soldiers and five attackers were killed.",
       "2014-05-07", "‘On Wednesday’ before the Thursday 2014-05-08 dateline: Wednesday 2014-05-07",
       "Daudu", "Benue", "NG", "battle", "Fulani militia", "Nigerian security forces",
       7, None, None, None,
       "On Wednesday, gunmen believed to be the same herdsmen opened fire on a military patrol near Daudu. Two soldiers and five of the attackers were killed in the exchange, an army spokesman said.",
       note="7 = 2 soldiers + 5 attackers"),
],
figures=[
    fig("killed", 200, "Guma, Agatu and Logo",
        "The state government says more than 200 people have been killed in Guma, Agatu and Logo this year"),
    fig("displaced", 45000, "Benue", "about 45,000 people have been displaced"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"NG", "NE", "TD", "CM"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Borno": "NG", "Yobe": "NG", "Adamawa": "NG", "Zamfara": "NG", "Katsina": "NG",
    "Kaduna": "NG", "Plateau": "NG", "Benue": "NG",
    "Diffa": "NE", "Maradi": "NE",
    "Lac": "TD",
    "Far North": "CM",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Boko Haram", "civilians",
    "Nigerian security forces", "Nigerien security forces", "Chadian security forces",
    "Cameroonian security forces", "Multinational Joint Task Force",
    "bandits", "Ansaru", "Yan Sakai", "vigilance committee",
    "Fulani militia", "Tiv militia", "Berom militia", "Bachama militia",
    "militants (unidentified)", "unknown", "none", "protesters", "rioters",
}
# labels that only make sense on 'other' events (protests, riots, property with no human target)
OTHER_ONLY_ACTOR1 = {"none", "protesters", "rioters"}
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
        if rid != "b27-%02d" % (i + 1):
            err(rid, f"id out of order, expected b27-{i + 1:02d}")
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
            if e.get("actor1") in OTHER_ONLY_ACTOR1 and e.get("type") != "other":
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
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    # four countries and six reports: every country has one, none more than two
    if set(hinted) != COUNTRIES:
        err("set", f"reports without events should cover all four countries: {dict(hinted)}")
    if any(n > 2 for n in hinted.values()):
        err("set", f"no country should have more than two reports without events: {dict(hinted)}")
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
