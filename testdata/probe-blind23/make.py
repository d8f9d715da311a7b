#!/usr/bin/env python3
"""probe-blind23: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: the Sahel and West and Central Africa, 2015-2023 (Mali, Burkina Faso, Niger, Nigeria,
Cameroon, Chad, DR Congo, Central African Republic, Mozambique), in the English of translated
French-language wires, local radio and regional dailies: tolls that disagree or are revised,
attackers told vaguely and named later, self-defence militias as attackers and as victims,
attacks on villages, markets, convoys and gold-mining sites, abductions, cattle raids, and army
communiques ('neutralised', 'put out of harm's way').

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
# b23-01 .. b23-09
# ---------------------------------------------------------------------------

report("b23-01", "2019-05-21", "https://www.example-deltacourier.com/mali/2019/05/21/dioungani-toll-rises-segue-reprisal",
"""
Mali: toll in Dioungani attack rises to 17; Dozo hunters accused of reprisal raid near Bankass

MOPTI, May 21 (Delta Courier) - Armed men on motorbikes attacked the village of Dioungani, in the Koro district of central Mali, overnight on Sunday, shooting residents as they fled and setting fire to granaries and the health post, local officials said.

The mayor of the commune initially put the toll at 11 dead when reached by telephone early on Monday. By Monday evening the office of the Mopti regional governor said 17 people had been killed, including two members of the Dogon militia Dan Na Ambassagou who had tried to defend the village, and that nine wounded had been taken to the health centre in Koro.

"They came from the east, more than thirty motorbikes with two men on each, and they stayed almost two hours," a survivor told the Delta Courier. The governor's office called the attackers "terrorists" without naming any group. Dan Na Ambassagou, for its part, blamed "the jihadists of the Katiba Macina", which did not comment.

On Monday afternoon, men wearing the brown tunics of the Dozo hunters raided a Fulani hamlet near Ségué, in the neighbouring Bankass district, killing four herders and driving off their cattle, a Fulani community association said in a statement. A local elected official confirmed the four deaths and said about 150 head of cattle had been taken.

Further north, two Malian soldiers were killed and three wounded on Saturday when their vehicle struck a landmine on the road between Boni and Douentza, a military source said.

Violence between Dogon and Fulani communities has worsened since the massacre at Ogossagou in March. According to the UN humanitarian office, more than 70,000 people have been forced from their homes in the Mopti region since the start of the year.
""",
events=[
    ev("Armed men on motorbikes attacked Dioungani overnight, shooting fleeing residents and burning granaries; the toll, first 11, was raised to 17 dead (two Dan Na Ambassagou members among them) with nine wounded.",
       "2019-05-19", "‘overnight on Sunday’ before the Tuesday 2019-05-21 dateline: Sunday 2019-05-19, the first night",
       "Dioungani", "Mopti", "ML", "attack_on_civilians", "militants (unidentified)", "civilians",
       17, None, 9, None,
       "Armed men on motorbikes attacked the village of Dioungani, in the Koro district of central Mali, overnight on Sunday, shooting residents as they fled and setting fire to granaries and the health post, local officials said. [...] The mayor of the commune initially put the toll at 11 dead when reached by telephone early on Monday. By Monday evening the office of the Mopti regional governor said 17 people had been killed, including two members of the Dogon militia Dan Na Ambassagou who had tried to defend the village, and that nine wounded had been taken to the health centre in Koro.",
       note="revised toll: 11 (mayor) replaced by 17 (governor's office); the two militiamen are inside the 17. Attackers not identified: the governor says only 'terrorists', and Dan Na Ambassagou's blaming of the Katiba Macina is an accusation by a rival armed group, not a claim or an official attribution"),
    ev("Men in Dozo hunters' tunics raided a Fulani hamlet near Ségué, killing four herders and taking about 150 head of cattle.",
       "2019-05-20", "‘On Monday afternoon’ before the Tuesday 2019-05-21 dateline: Monday 2019-05-20",
       "Fulani hamlet near Ségué", "Mopti", "ML", "attack_on_civilians", "Dozo hunters", "civilians",
       4, None, None, None,
       "On Monday afternoon, men wearing the brown tunics of the Dozo hunters raided a Fulani hamlet near Ségué, in the neighbouring Bankass district, killing four herders and driving off their cattle",
       note="cattle raid with killings; about 150 head taken"),
    ev("A Malian army vehicle struck a landmine on the road between Boni and Douentza, killing two soldiers and wounding three.",
       "2019-05-18", "‘on Saturday’ before the Tuesday 2019-05-21 dateline: Saturday 2019-05-18",
       "road between Boni and Douentza", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       2, None, 3, None,
       "Further north, two Malian soldiers were killed and three wounded on Saturday when their vehicle struck a landmine on the road between Boni and Douentza, a military source said."),
],
figures=[
    fig("displaced", 70000, "Mopti region",
        "According to the UN humanitarian office, more than 70,000 people have been forced from their homes in the Mopti region since the start of the year."),
])

report("b23-02", "2015-03-10", "https://www.example-northeastherald.com/borno/2015/03/10/mandarari-attack-konduga-ambush",
"""
Insurgents kill villagers in Mandarari; three Civilian JTF members die in Konduga ambush

MAIDUGURI, March 10 (North-East Herald) - Suspected Boko Haram insurgents stormed Mandarari, a farming village in Konduga Local Government Area of Borno State, late on Sunday, shooting men in the village square and burning dozens of houses, residents and vigilantes said.

A leader of the Civilian Joint Task Force in Konduga said 14 villagers were killed and at least eight wounded. However, a health worker at the State Specialist Hospital in Maiduguri, where the victims were taken, said 21 bodies had been brought in by Monday afternoon. The police command confirmed the attack but gave no figures.

Survivors said the gunmen arrived in trucks and on motorcycles and stayed for about an hour. "They asked the women to go inside and then opened fire on the men," one survivor, who lost two brothers, told the North-East Herald from his hospital bed.

On Monday morning, three members of the Civilian JTF were killed when insurgents ambushed their patrol on the road between Konduga and Kawuri, the group's spokesman said. Two of the attackers were also killed in the exchange of fire, he added.

Separately, the Defence Headquarters said troops had "neutralised 27 terrorists" and recovered weapons and motorcycles in a clearance operation around Alau Dam on Saturday. A soldier was wounded, the statement said.

Troops from Chad and Niger have been fighting the insurgents along Borno's borders since February, and the army says it has retaken several towns from the group in recent weeks. The state emergency management agency says more than 1.5 million people are now displaced across Borno, many of them in camps in Maiduguri.
""",
events=[
    ev("Suspected Boko Haram insurgents stormed Mandarari, shooting men in the village square and burning houses; the CJTF gave 14 dead and eight wounded, the hospital 21 bodies.",
       "2015-03-08", "‘late on Sunday’ before the Tuesday 2015-03-10 dateline: Sunday 2015-03-08",
       "Mandarari", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       14, 21, 8, None,
       "Suspected Boko Haram insurgents stormed Mandarari, a farming village in Konduga Local Government Area of Borno State, late on Sunday, shooting men in the village square and burning dozens of houses, residents and vigilantes said. [...] A leader of the Civilian Joint Task Force in Konduga said 14 villagers were killed and at least eight wounded. However, a health worker at the State Specialist Hospital in Maiduguri, where the victims were taken, said 21 bodies had been brought in by Monday afternoon.",
       note="conflicting tolls: 14 (CJTF leader) vs 21 bodies (hospital); the report itself names the group ('Suspected Boko Haram insurgents')"),
    ev("Insurgents ambushed a Civilian JTF patrol on the road between Konduga and Kawuri; three vigilantes and two attackers were killed.",
       "2015-03-09", "‘On Monday morning’ before the Tuesday 2015-03-10 dateline: Monday 2015-03-09",
       "road between Konduga and Kawuri", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       5, None, None, None,
       "On Monday morning, three members of the Civilian JTF were killed when insurgents ambushed their patrol on the road between Konduga and Kawuri, the group's spokesman said. Two of the attackers were also killed in the exchange of fire, he added.",
       note="5 = 3 CJTF + 2 attackers; CJTF counted with Nigerian security forces (news-dev convention); 'insurgents' refers back to Boko Haram"),
    ev("Troops in a clearance operation around Alau Dam 'neutralised 27 terrorists'; one soldier wounded.",
       "2015-03-07", "‘on Saturday’ before the Tuesday 2015-03-10 dateline: Saturday 2015-03-07",
       "Alau Dam", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram",
       27, None, 1, None,
       "Separately, the Defence Headquarters said troops had \"neutralised 27 terrorists\" and recovered weapons and motorcycles in a clearance operation around Alau Dam on Saturday. A soldier was wounded, the statement said.",
       note="'neutralised' read as killed"),
],
figures=[
    fig("displaced", 1500000, "Borno",
        "The state emergency management agency says more than 1.5 million people are now displaced across Borno"),
])

report("b23-03", "2019-09-17", "https://www.example-voicecentrenord.com/2019/09/17/pissila-gold-site-toll-koglweogo",
"""
Burkina Faso: toll at Pissila gold site rises to 15; Koglweogo ambushed near Barsalogho

KAYA, September 17 (Voice of the Centre-Nord) - Gunmen on motorbikes attacked an artisanal gold-mining site near Pissila, in the Sanmatenga province, on Saturday afternoon, shooting miners at the pits and setting fire to the traders' stalls, local sources said.

A security source initially put the toll at nine dead. It had risen to 15 by Monday, the mayor of Pissila said, after search parties found more bodies in the bush around the site, where hundreds of people from across the region dig for gold. Around twenty wounded were treated at the regional hospital in Kaya, a nurse there said.

Nobody has claimed the attack. "We do not know who they are. They know the site, and they came for the gold and the motorbikes," a miner who escaped said.

On Sunday, six members of a Koglweogo self-defence group were killed in an ambush near Barsalogho as they chased a band of cattle thieves, a leader of the group said. The Koglweogo, which say they have been fighting theft in the countryside since 2015, have become a target for the armed groups active in the region.

The Koglweogo themselves are accused of abuses. In the Est region, a local human rights association said members of a Koglweogo group on Thursday shot dead three Fulani herders whom they had detained near Fada N'Gourma, accusing them of helping "terrorists". The gendarmerie said it had opened an investigation.

In a statement on Monday, the army said a sweep in the Soum province during the weekend had put "some twenty terrorists out of harm's way" and destroyed a training camp. It did not say whether they had been killed or captured.

According to the national emergency relief council, more than 280,000 people have been displaced inside Burkina Faso since January.
""",
events=[
    ev("Gunmen on motorbikes attacked an artisanal gold-mining site near Pissila, shooting miners and burning stalls; the toll rose from nine to 15, with around twenty wounded.",
       "2019-09-14", "‘on Saturday afternoon’ before the Tuesday 2019-09-17 dateline: Saturday 2019-09-14",
       "gold-mining site near Pissila", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       15, None, 20, None,
       "Gunmen on motorbikes attacked an artisanal gold-mining site near Pissila, in the Sanmatenga province, on Saturday afternoon, shooting miners at the pits and setting fire to the traders' stalls, local sources said. [...] A security source initially put the toll at nine dead. It had risen to 15 by Monday, the mayor of Pissila said [...] Around twenty wounded were treated at the regional hospital in Kaya, a nurse there said.",
       note="revised toll: 9 replaced by 15; 'around twenty' wounded read as 20; no claim"),
    ev("Six members of a Koglweogo self-defence group chasing cattle thieves were killed in an ambush near Barsalogho.",
       "2019-09-15", "‘On Sunday’ before the Tuesday 2019-09-17 dateline: Sunday 2019-09-15",
       "near Barsalogho", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Koglweogo",
       6, None, None, None,
       "On Sunday, six members of a Koglweogo self-defence group were killed in an ambush near Barsalogho as they chased a band of cattle thieves, a leader of the group said."),
    ev("Koglweogo members shot dead three Fulani herders they had detained near Fada N'Gourma, accusing them of helping 'terrorists'.",
       "2019-09-12", "‘on Thursday’ before the Tuesday 2019-09-17 dateline: Thursday 2019-09-12",
       "near Fada N'Gourma", "Est", "BF", "attack_on_civilians", "Koglweogo", "civilians",
       3, None, None, None,
       "In the Est region, a local human rights association said members of a Koglweogo group on Thursday shot dead three Fulani herders whom they had detained near Fada N'Gourma, accusing them of helping \"terrorists\"."),
    ev("An army sweep in Soum province during the weekend put 'some twenty terrorists out of harm's way' and destroyed a training camp.",
       None, "‘during the weekend’ before the Tuesday 2019-09-17 dateline: Saturday 2019-09-14 or Sunday 2019-09-15; no day",
       "Soum province", "Sahel", "BF", "battle", "Burkinabe security forces", "militants (unidentified)",
       None, None, None, None,
       "In a statement on Monday, the army said a sweep in the Soum province during the weekend had put \"some twenty terrorists out of harm's way\" and destroyed a training camp. It did not say whether they had been killed or captured.",
       note="'put out of harm's way' is not read as killed (the army itself does not say killed or captured); province only, no day",
       optional=True),
],
figures=[
    fig("displaced", 280000, "Burkina Faso",
        "According to the national emergency relief council, more than 280,000 people have been displaced inside Burkina Faso since January."),
])

report("b23-04", "2016-08-23", "https://www.example-kivumorningpost.com/beni/2016/08/23/mamove-night-raid-kokola",
"""
DR Congo: seven killed in night raid on Mamove; army retakes Kokola from ADF

BENI, August 23 (Kivu Morning Post) - Attackers armed with machetes and guns killed at least seven people in Mamove, a village north of Beni, on Saturday night, according to the Congolese army, while local civil society leaders said nine bodies had been found.

Residents said the attackers came out of the forest shortly after dark, went from house to house and left before soldiers based a few kilometres away arrived. Three people with machete wounds were taken to the hospital in Oicha.

The army spokesman for the operations in Beni territory said the attackers were rebels of the Allied Democratic Forces (ADF), the Ugandan-led group that the army has been fighting in the area since 2014. Civil society groups in Beni have criticised the army for failing to protect villages only a short distance from its positions.

The army said on Monday that its troops had retaken the village of Kokola, on the road between Mbau and Kamango, which the ADF had held for a month. Four rebels and one soldier were killed in the fighting on Sunday, the spokesman said.

Further south, Mai-Mai militiamen attacked a police post on the outskirts of Butembo on Monday morning, the mayor of the city said. A policeman and two of the attackers were killed. The militiamen fled with two rifles, he said.

According to local civil society, more than 600 civilians have been killed in Beni territory since October 2014.
""",
events=[
    ev("Attackers with machetes and guns went from house to house in Mamove; the army gave at least seven dead, civil society nine bodies; three wounded. The army blamed the ADF.",
       "2016-08-20", "‘on Saturday night’ before the Tuesday 2016-08-23 dateline: Saturday 2016-08-20",
       "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       7, 9, 3, None,
       "Attackers armed with machetes and guns killed at least seven people in Mamove, a village north of Beni, on Saturday night, according to the Congolese army, while local civil society leaders said nine bodies had been found. [...] Three people with machete wounds were taken to the hospital in Oicha. [...] The army spokesman for the operations in Beni territory said the attackers were rebels of the Allied Democratic Forces (ADF)",
       note="conflicting tolls: 7 (army) vs 9 (civil society); attackers named by the army spokesman"),
    ev("The army retook Kokola, on the Mbau-Kamango road, from the ADF; four rebels and one soldier killed.",
       "2016-08-21", "fighting ‘on Sunday’, announced ‘on Monday’, before the Tuesday 2016-08-23 dateline: Sunday 2016-08-21",
       "Kokola", "North Kivu", "CD", "territory_gain", "Congolese security forces", "ADF",
       5, None, None, None,
       "The army said on Monday that its troops had retaken the village of Kokola, on the road between Mbau and Kamango, which the ADF had held for a month. Four rebels and one soldier were killed in the fighting on Sunday, the spokesman said.",
       note="5 = 4 rebels + 1 soldier"),
    ev("Mai-Mai militiamen attacked a police post on the outskirts of Butembo; a policeman and two attackers were killed and two rifles taken.",
       "2016-08-22", "‘on Monday morning’ before the Tuesday 2016-08-23 dateline: Monday 2016-08-22",
       "police post on the outskirts of Butembo", "North Kivu", "CD", "battle", "Mai-Mai militia", "Congolese security forces",
       3, None, None, None,
       "Further south, Mai-Mai militiamen attacked a police post on the outskirts of Butembo on Monday morning, the mayor of the city said. A policeman and two of the attackers were killed.",
       note="3 = 1 policeman + 2 attackers; faction not named"),
],
figures=[
    fig("killed", 600, "Beni territory",
        "According to local civil society, more than 600 civilians have been killed in Beni territory since October 2014.",
        note="running toll since October 2014"),
])

report("b23-05", "2017-07-05", "https://www.example-saheldailywire.com/niger/2017/07/05/gueskerou-abduction-diffa-bomber",
"""
Niger: gunmen abduct 14 women and children near Gueskérou; woman bomber kills guard in Diffa

DIFFA, July 5 (Sahel Daily Wire) - Gunmen abducted 14 women and children and killed three men in a village near Gueskérou, in south-eastern Niger, on Sunday night, a local official said.

The attackers came across the Komadougou Yobe river, which marks the border with Nigeria, and left the same way with their captives, the official said. The governor of the Diffa region said yesterday that they were Boko Haram fighters and that the army was searching the area along the river.

In Diffa town, a woman wearing an explosive belt blew herself up on Thursday evening at a checkpoint at the western entrance of the town, killing a member of the security forces as well as herself, police said. Two passers-by were wounded. No group claimed the attack, but the governor blamed Boko Haram, which has sent several female bombers into the region since last year.

Separately, the defence ministry said Nigerien troops, backed by Chadian forces, had "neutralised 14 terrorists" on Monday in a clash north of Bosso, near the shores of Lake Chad. One soldier was slightly wounded, the ministry said.

Residents of the border villages say the abductions have pushed more families to leave for the camps along the national road. Some 250,000 refugees, returnees and displaced people live in the Diffa region, according to the UN refugee agency.
""",
events=[
    ev("Gunmen who crossed the Komadougou Yobe abducted 14 women and children and killed three men in a village near Gueskérou; the governor said they were Boko Haram.",
       "2017-07-02", "‘on Sunday night’ before the Wednesday 2017-07-05 dateline: Sunday 2017-07-02",
       "village near Gueskérou", "Diffa", "NE", "other", "Boko Haram", "civilians",
       3, None, None, None,
       "Gunmen abducted 14 women and children and killed three men in a village near Gueskérou, in south-eastern Niger, on Sunday night, a local official said. [...] The governor of the Diffa region said yesterday that they were Boko Haram fighters",
       note="abduction of 14; attackers named by the governor"),
    ev("A woman with an explosive belt blew herself up at a checkpoint at the western entrance of Diffa, killing a member of the security forces and herself and wounding two passers-by; the governor blamed Boko Haram.",
       "2017-06-29", "‘on Thursday evening’ before the Wednesday 2017-07-05 dateline: Thursday 2017-06-29",
       "checkpoint at the western entrance of Diffa", "Diffa", "NE", "explosion", "Boko Haram", "Nigerien security forces",
       2, None, 2, None,
       "In Diffa town, a woman wearing an explosive belt blew herself up on Thursday evening at a checkpoint at the western entrance of the town, killing a member of the security forces as well as herself, police said. Two passers-by were wounded. No group claimed the attack, but the governor blamed Boko Haram",
       note="2 = 1 member of the security forces + the bomber; blamed by the governor, not claimed"),
    ev("Nigerien troops backed by Chadian forces 'neutralised 14 terrorists' in a clash north of Bosso; one soldier slightly wounded.",
       "2017-07-03", "‘on Monday’ before the Wednesday 2017-07-05 dateline: Monday 2017-07-03",
       "north of Bosso", "Diffa", "NE", "battle", "Nigerien security forces", "militants (unidentified)",
       14, None, 1, None,
       "Separately, the defence ministry said Nigerien troops, backed by Chadian forces, had \"neutralised 14 terrorists\" on Monday in a clash north of Bosso, near the shores of Lake Chad. One soldier was slightly wounded, the ministry said.",
       note="with Chadian forces; 'neutralised' read as killed"),
],
figures=[
    fig("displaced", 250000, "Diffa region",
        "Some 250,000 refugees, returnees and displaced people live in the Diffa region, according to the UN refugee agency.",
        note="refugees, returnees and displaced together"),
])

report("b23-06", "2016-02-22", "https://www.example-farnorthtribune.com/2016/02/22/limani-market-bombers-kerawa",
"""
Cameroon: two girl bombers kill seven at Limani market; vigilantes stop third bomber in Kerawa

MAROUA, February 22 (Far North Tribune) - Two girls wearing explosives blew themselves up at the weekly market in Limani, a border town in Cameroon's Far North region, on Saturday morning, killing several shoppers, security sources said.

A security source initially put the toll at four dead. On Sunday the sub-prefect of the area said nine people had died, including the two bombers, and that about thirty people had been wounded, some of them seriously. The wounded were taken to the hospitals of Mora and Maroua.

No group has claimed the bombings. The governor of the Far North region blamed Boko Haram, whose fighters hold positions across the border in Nigeria, only a few kilometres from Limani.

On Sunday afternoon, members of the vigilance committee of Kerawa, a village on the border, stopped a teenage girl who was trying to enter the village and found an explosive belt under her clothes, a local official said. She was handed over to the gendarmerie.

The Rapid Intervention Battalion (BIR), the army's elite unit, said its soldiers had destroyed a Boko Haram camp in the Mandara mountains near Mozogo on Thursday, killing 11 insurgents and freeing about twenty hostages, most of them women.

In the night of Friday to Saturday, gunmen stole some 300 head of cattle from herders camped near Fotokol and shot dead a herder who tried to stop them, the village chief said. He said the thieves had come from Nigeria.

More than 56,000 Nigerian refugees live in the Minawao camp in the Far North, and the UN says about 150,000 Cameroonians have been displaced by the violence in the region.
""",
events=[
    ev("Two girls blew themselves up at the weekly market in Limani; the toll rose from four to nine dead including the bombers, about thirty wounded; the governor blamed Boko Haram.",
       "2016-02-20", "‘on Saturday morning’ before the Monday 2016-02-22 dateline: Saturday 2016-02-20",
       "weekly market in Limani", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       9, None, 30, None,
       "Two girls wearing explosives blew themselves up at the weekly market in Limani, a border town in Cameroon's Far North region, on Saturday morning, killing several shoppers, security sources said. [...] A security source initially put the toll at four dead. On Sunday the sub-prefect of the area said nine people had died, including the two bombers, and that about thirty people had been wounded, some of them seriously. [...] The governor of the Far North region blamed Boko Haram",
       note="revised toll: 4 replaced by 9, the two bombers included; blamed by the governor, not claimed"),
    ev("Kerawa's vigilance committee stopped a teenage girl wearing an explosive belt and handed her to the gendarmerie.",
       "2016-02-21", "‘On Sunday afternoon’ before the Monday 2016-02-22 dateline: Sunday 2016-02-21",
       "Kerawa", "Far North", "CM", "other", "vigilance committee", "militants (unidentified)",
       None, None, None, None,
       "On Sunday afternoon, members of the vigilance committee of Kerawa, a village on the border, stopped a teenage girl who was trying to enter the village and found an explosive belt under her clothes, a local official said. She was handed over to the gendarmerie.",
       note="foiled suicide attack (disrupted weapons use); no blast"),
    ev("The BIR destroyed a Boko Haram camp in the Mandara mountains near Mozogo, killing 11 insurgents and freeing about twenty hostages.",
       "2016-02-18", "‘on Thursday’ before the Monday 2016-02-22 dateline: Thursday 2016-02-18",
       "Mandara mountains near Mozogo", "Far North", "CM", "battle", "Cameroonian security forces", "Boko Haram",
       11, None, None, None,
       "The Rapid Intervention Battalion (BIR), the army's elite unit, said its soldiers had destroyed a Boko Haram camp in the Mandara mountains near Mozogo on Thursday, killing 11 insurgents and freeing about twenty hostages, most of them women."),
    ev("Gunmen from Nigeria stole some 300 head of cattle from herders camped near Fotokol and shot dead a herder who tried to stop them.",
       "2016-02-19", "‘In the night of Friday to Saturday’ before the Monday 2016-02-22 dateline: Friday 2016-02-19, the first night",
       "near Fotokol", "Far North", "CM", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In the night of Friday to Saturday, gunmen stole some 300 head of cattle from herders camped near Fotokol and shot dead a herder who tried to stop them, the village chief said.",
       note="cattle raid; thieves 'had come from Nigeria', group not named"),
],
figures=[
    fig("displaced", 56000, "Minawao camp",
        "More than 56,000 Nigerian refugees live in the Minawao camp in the Far North",
        note="refugees"),
    fig("displaced", 150000, "Far North",
        "the UN says about 150,000 Cameroonians have been displaced by the violence in the region"),
])

report("b23-07", "2022-05-18", "https://www.example-chadhorizon.com/politics/2022/05/18/doha-talks-stall-walkout",
"""
Chad: Doha talks with rebel groups stall as delegates walk out over disarmament

N'DJAMENA, May 18 (Chad Horizon Weekly) - Talks in Qatar between Chad's transitional military government and the country's armed opposition groups stalled again this week after several rebel delegations walked out of a session on disarmament, delegates said.

More than 250 delegates from 52 politico-military groups have been in Doha since March to negotiate the terms of their participation in a national dialogue that the junta has promised before elections. The dialogue, first planned for February, has been postponed twice.

The main sticking point remains the disarmament of the rebels and their integration into the army. The government wants the groups to hand over their weapons and to be cantoned before the dialogue opens. Several groups want guarantees for their fighters first, and the release of members held in prison since the offensive of April last year.

The Front for Change and Concord in Chad (FACT), whose offensive from Libya coincided with the death of President Idriss Déby on the battlefield, says it still has more than 1,500 fighters. Government negotiators put the number far lower. A FACT spokesman said on Tuesday that the group "will not sign a text that treats us as bandits".

The army, meanwhile, remains stretched on several fronts. About 1,200 Chadian troops are deployed with the UN mission in Mali, and thousands more are fighting Boko Haram in the Lac province, where the UN says more than 400,000 people are displaced.

Qatari mediators said they hoped to present a draft agreement to all parties by the end of the month.
""",
country_hint="TD",
figures=[
    fig("other", 52, "Doha",
        "More than 250 delegates from 52 politico-military groups have been in Doha since March",
        note="armed opposition groups at the talks"),
    fig("fighters", 1500, "Chad",
        "says it still has more than 1,500 fighters",
        note="FACT's own estimate of its fighters"),
    fig("fighters", 1200, "Mali",
        "About 1,200 Chadian troops are deployed with the UN mission in Mali",
        note="Chadian peacekeepers in MINUSMA"),
    fig("displaced", 400000, "Lac province",
        "the UN says more than 400,000 people are displaced"),
])

report("b23-08", "2020-06-06", "https://www.example-coastalwire.com/mozambique/2020/06/06/bilibiza-raid-mucojo-fighting",
"""
Mozambique: Islamic State claims raid on Bilibiza; army says 42 insurgents killed near Mucojo

PEMBA, June 6 (Coastal Wire) - Insurgents attacked Bilibiza, a village in the Quissanga district of Cabo Delgado province, on Monday, killing at least seven civilians, including two children, and burning a school and dozens of houses, residents and a district official said.

Survivors who reached Pemba on foot said the attackers, some of them in army uniforms, arrived at dawn and shot at people who tried to flee into the bush. The district official said several people were still missing.

On Wednesday, the Islamic State's Central Africa Province claimed the attack in a statement published by its news agency, saying its fighters had killed "crusader" soldiers and burned a church. Local officials did not report any soldiers among the dead.

The Defence and Security Forces (FDS) said on Friday that they had killed 42 insurgents in fighting near Mucojo, in the Macomia district, on Thursday. Two soldiers were killed and four wounded, an FDS spokesman said. The figures could not be independently verified, as journalists are barred from the area.

On Tuesday, armed men abducted five women who were working in their fields near Ancuabe, a relative of one of the women said. The men took the women into the forest and have not made contact with the families.

The insurgents, known locally as al-Shabaab but with no known link to the Somali group, have waged an armed campaign in the province since October 2017, and have claimed a growing number of their attacks in the name of the Islamic State since last year. The UN says more than 1,100 people have been killed and some 211,000 displaced since the violence began.
""",
events=[
    ev("Insurgents attacked Bilibiza at dawn, killing at least seven civilians including two children and burning a school and houses; the Islamic State claimed it.",
       "2020-06-01", "‘on Monday’ before the Saturday 2020-06-06 dateline: Monday 2020-06-01",
       "Bilibiza", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       7, None, None, None,
       "Insurgents attacked Bilibiza, a village in the Quissanga district of Cabo Delgado province, on Monday, killing at least seven civilians, including two children, and burning a school and dozens of houses, residents and a district official said. [...] On Wednesday, the Islamic State's Central Africa Province claimed the attack in a statement published by its news agency",
       note="the two children are inside the 7; the claim of killing soldiers is not used"),
    ev("The FDS said they killed 42 insurgents in fighting near Mucojo; two soldiers killed and four wounded.",
       "2020-06-04", "fighting ‘on Thursday’, announced ‘on Friday’, before the Saturday 2020-06-06 dateline: Thursday 2020-06-04",
       "near Mucojo", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "Islamic State",
       44, None, 4, None,
       "The Defence and Security Forces (FDS) said on Friday that they had killed 42 insurgents in fighting near Mucojo, in the Macomia district, on Thursday. Two soldiers were killed and four wounded, an FDS spokesman said.",
       note="44 = 42 insurgents (army count) + 2 soldiers; insurgents coded Islamic State, as the report ties the insurgency to it"),
    ev("Armed men abducted five women working in their fields near Ancuabe and took them into the forest.",
       "2020-06-02", "‘On Tuesday’ before the Saturday 2020-06-06 dateline: Tuesday 2020-06-02",
       "near Ancuabe", "Cabo Delgado", "MZ", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Tuesday, armed men abducted five women who were working in their fields near Ancuabe, a relative of one of the women said.",
       note="abduction of 5; the kidnappers are only 'armed men'"),
],
figures=[
    fig("killed", 1100, "Cabo Delgado",
        "The UN says more than 1,100 people have been killed and some 211,000 displaced since the violence began.",
        note="running toll since October 2017"),
    fig("displaced", 211000, "Cabo Delgado",
        "The UN says more than 1,100 people have been killed and some 211,000 displaced since the violence began."),
])

report("b23-09", "2017-05-30", "https://www.example-oubanguidispatch.com/2017/05/30/bangassou-rafai-ambush-alindao",
"""
CAR: peacekeeper killed in ambush near Bangassou; UPC fighters accused of killing villagers around Alindao

BANGUI, May 30 (Oubangui Dispatch) - A Moroccan peacekeeper was killed and three others wounded when anti-balaka militiamen ambushed a UN convoy on the road between Bangassou and Rafaï, in the south-east of the Central African Republic, on Sunday, the UN mission MINUSCA said.

The peacekeepers returned fire and killed eight of the attackers, MINUSCA said in a statement yesterday, condemning what it called "a cowardly attack on those who protect civilians".

In Basse-Kotto prefecture, armed men attacked several villages around Alindao on Saturday, burning houses and shooting residents, a Catholic priest in the town told the Oubangui Dispatch by satellite phone. He said he had counted 23 dead. The UN mission said at least 12 civilians had been killed and that the attackers were fighters of the Union for Peace in Central Africa (UPC), a faction of the former Séléka rebellion.

Fighting between fighters of the Popular Front for the Renaissance of Central Africa (FPRC) and anti-balaka militiamen in Bria on Friday killed at least five people and wounded 14, medical sources said. Thousands of residents fled to the area around the MINUSCA base.

The UN says more than 440,000 people are displaced inside the country, and nearly 470,000 have fled to neighbouring countries.
""",
events=[
    ev("Anti-balaka militiamen ambushed a MINUSCA convoy on the road between Bangassou and Rafaï; one Moroccan peacekeeper and eight attackers killed, three peacekeepers wounded.",
       "2017-05-28", "‘on Sunday’ before the Tuesday 2017-05-30 dateline: Sunday 2017-05-28",
       "road between Bangassou and Rafaï", "Mbomou", "CF", "battle", "anti-balaka", "MINUSCA",
       9, None, 3, None,
       "A Moroccan peacekeeper was killed and three others wounded when anti-balaka militiamen ambushed a UN convoy on the road between Bangassou and Rafaï, in the south-east of the Central African Republic, on Sunday, the UN mission MINUSCA said. [...] The peacekeepers returned fire and killed eight of the attackers",
       note="9 = 1 peacekeeper + 8 attackers (MINUSCA count)"),
    ev("Armed men attacked villages around Alindao, burning houses and shooting residents; a priest counted 23 dead, the UN at least 12, and the UN named the UPC.",
       "2017-05-27", "‘on Saturday’ before the Tuesday 2017-05-30 dateline: Saturday 2017-05-27",
       "villages around Alindao", "Basse-Kotto", "CF", "attack_on_civilians", "UPC", "civilians",
       12, 23, None, None,
       "In Basse-Kotto prefecture, armed men attacked several villages around Alindao on Saturday, burning houses and shooting residents [...] He said he had counted 23 dead. The UN mission said at least 12 civilians had been killed and that the attackers were fighters of the Union for Peace in Central Africa (UPC)",
       note="conflicting tolls: 12 (UN) vs 23 (priest); attackers named by the UN mission"),
    ev("Fighting between the FPRC and anti-balaka in Bria killed at least five and wounded 14.",
       "2017-05-26", "‘on Friday’ before the Tuesday 2017-05-30 dateline: Friday 2017-05-26",
       "Bria", "Haute-Kotto", "CF", "battle", "FPRC", "anti-balaka",
       5, None, 14, None,
       "Fighting between fighters of the Popular Front for the Renaissance of Central Africa (FPRC) and anti-balaka militiamen in Bria on Friday killed at least five people and wounded 14, medical sources said.",
       note="who attacked first is not said; FPRC is the side named first"),
],
figures=[
    fig("displaced", 440000, "Central African Republic",
        "The UN says more than 440,000 people are displaced inside the country"),
    fig("displaced", 470000, "Central African Republic",
        "nearly 470,000 have fled to neighbouring countries",
        note="refugees abroad"),
])

# ---------------------------------------------------------------------------
# b23-10 .. b23-18
# ---------------------------------------------------------------------------

report("b23-10", "2022-04-13", "https://www.example-nigerriverwire.com/mali/2022/04/13/diafarabe-operation-tessalit-mine",
"""
Mali: army says 18 'terrorists' neutralised near Diafarabé; peacekeeper killed by mine near Tessalit

BAMAKO, April 13 (Niger River Wire) - The Malian army said on Tuesday that it had "neutralised 18 terrorists" in an air-land operation near Diafarabé, in the Mopti region, on Sunday.

The general staff said in a communiqué that the operation had been carried out "with the support of our partners", the phrase it uses for the Russian military instructors who have deployed alongside Malian troops since the end of last year. Western governments and the UN say the instructors belong to the Wagner group. Two soldiers were slightly wounded, the communiqué added, and "several other terrorists were put out of harm's way".

Residents of Diafarabé reached by telephone said the helicopters had fired on a pasture outside the town and that the dead included herders who had nothing to do with the jihadists. Their account could not be verified.

A peacekeeper from the UN mission MINUSMA was killed and four were wounded on Monday when their vehicle struck an explosive device near Tessalit, in the Kidal region, the mission said. The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack in a message on Tuesday.

In the Ségou region, unidentified armed men abducted a village chief and two of his councillors from a village near Niono on Friday night, a local elected official said. The men took the three into the forest on motorbikes, and no ransom demand has been received, the official added.

The army has stepped up its operations in the centre of the country since January, after the departure of French troops from several bases in the north. More than 170 MINUSMA peacekeepers have been killed in hostile acts since the mission was deployed in 2013.
""",
events=[
    ev("The Malian army, with the Russian 'partners', said it neutralised 18 terrorists in an air-land operation near Diafarabé; two soldiers slightly wounded. Residents said herders were among the dead.",
       "2022-04-10", "‘on Sunday’, in a communiqué of Tuesday 2022-04-12, before the Wednesday 2022-04-13 dateline: Sunday 2022-04-10",
       "near Diafarabé", "Mopti", "ML", "battle", "Malian security forces", "militants (unidentified)",
       18, None, 2, None,
       "The Malian army said on Tuesday that it had \"neutralised 18 terrorists\" in an air-land operation near Diafarabé, in the Mopti region, on Sunday. [...] Two soldiers were slightly wounded, the communiqué added, and \"several other terrorists were put out of harm's way\".",
       note="with Russian instructors (Wagner); 'neutralised' read as killed, 'several ... put out of harm's way' not counted; residents dispute who the dead were"),
    ev("A MINUSMA vehicle struck an explosive device near Tessalit; one peacekeeper killed and four wounded; JNIM claimed it.",
       "2022-04-11", "‘on Monday’ before the Wednesday 2022-04-13 dateline: Monday 2022-04-11",
       "near Tessalit", "Kidal", "ML", "explosion", "JNIM", "MINUSMA",
       1, None, 4, None,
       "A peacekeeper from the UN mission MINUSMA was killed and four were wounded on Monday when their vehicle struck an explosive device near Tessalit, in the Kidal region, the mission said. The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack in a message on Tuesday."),
    ev("Unidentified armed men abducted a village chief and two councillors from a village near Niono and took them into the forest.",
       "2022-04-08", "‘on Friday night’ before the Wednesday 2022-04-13 dateline: Friday 2022-04-08",
       "village near Niono", "Ségou", "ML", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In the Ségou region, unidentified armed men abducted a village chief and two of his councillors from a village near Niono on Friday night, a local elected official said.",
       note="abduction of 3"),
],
figures=[
    fig("killed", 170, "Mali",
        "More than 170 MINUSMA peacekeepers have been killed in hostile acts since the mission was deployed in 2013.",
        note="running toll since 2013"),
])

report("b23-11", "2023-01-25", "https://www.example-fasomorning.com/2023/01/25/vdp-recruitment-90000-volunteers",
"""
Burkina Faso: more than 90,000 sign up to become VDP volunteers as mobilisation drive ends

OUAGADOUGOU, January 25 (Faso Morning) - More than 90,000 people registered to join the Volunteers for the Defence of the Homeland (VDP) during the recruitment drive that closed last month, the defence ministry said on Tuesday, nearly twice the 50,000 places the government had announced.

The recruits, selected by commune, will receive 14 days of training in weapons handling and first aid before being deployed, either in their own communes or in mobile units under army command, the ministry said. About 35,000 of the new volunteers will be assigned to their home communes and 15,000 to national units.

The transitional authorities have made the VDP, created in January 2020, a central part of their strategy to retake the territory lost to armed groups linked to al-Qaeda and the Islamic State. Officials admit that around 40 percent of the country is outside the state's control. The volunteers, who receive a monthly allowance, have paid a heavy price in the war, and rights groups have also accused some units of abuses against Fulani civilians.

"We are asking every Burkinabè to take part in the defence of the nation," the minister said at a ceremony in Ouagadougou, where the first group of recruits received their equipment. Opposition figures and civil society groups have warned that arming civilians risks deepening ethnic divisions.

The national relief council says more than 1.88 million people were displaced in Burkina Faso at the end of last year, and nearly 6,000 schools were closed.
""",
country_hint="BF",
figures=[
    fig("other", 90000, "Burkina Faso",
        "More than 90,000 people registered to join the Volunteers for the Defence of the Homeland (VDP) during the recruitment drive that closed last month",
        note="applicants"),
    fig("fighters", 50000, "Burkina Faso",
        "nearly twice the 50,000 places the government had announced",
        note="VDP recruits to be armed"),
    fig("displaced", 1880000, "Burkina Faso",
        "The national relief council says more than 1.88 million people were displaced in Burkina Faso at the end of last year"),
    fig("other", 6000, "Burkina Faso",
        "nearly 6,000 schools were closed",
        note="schools closed"),
])

report("b23-12", "2021-03-10", "https://www.example-northwestcourier.com/zamfara/2021/03/10/dansadau-bandits-bukkuyum-market",
"""
Zamfara: bandits kill villagers, abduct 25 in Dansadau; vigilantes accused of market killings

GUSAU, March 10 (Northwest Courier) - Bandits on motorcycles raided several villages in the Dansadau area of Maru Local Government Area of Zamfara State on Sunday, killing residents and abducting about 25 people, most of them women, local sources said.

A community leader in Dansadau said 10 people were killed. The state police command confirmed seven deaths in a statement on Monday and said tactical teams had been deployed to rescue the captives.

On Monday, members of the Yan Sa Kai, a local vigilante group, killed four Fulani herders at the weekly market in Bukkuyum, accusing them of being informants for the bandits, a Fulani community leader said. The police said they were investigating the killings.

The Air Component of Operation Hadarin Daji said in a statement that its aircraft had struck bandit hideouts in the Kuyambana forest on Saturday, "neutralising scores of bandits" and destroying their motorcycles.

In Kaura Namoda, bandits rustled more than 200 cows from a grazing reserve on Tuesday. Nobody was hurt, a local official said.

The North West has seen a wave of kidnappings for ransom in recent months. More than 700 people, many of them students, have been abducted in Zamfara, Katsina, Kaduna and Niger states since December, according to a count by a security research group in Abuja.
""",
events=[
    ev("Bandits on motorcycles raided villages in the Dansadau area, killing residents and abducting about 25; 10 dead according to a community leader, seven according to the police.",
       "2021-03-07", "‘on Sunday’ before the Wednesday 2021-03-10 dateline: Sunday 2021-03-07",
       "Dansadau", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       7, 10, None, None,
       "Bandits on motorcycles raided several villages in the Dansadau area of Maru Local Government Area of Zamfara State on Sunday, killing residents and abducting about 25 people, most of them women, local sources said. [...] A community leader in Dansadau said 10 people were killed. The state police command confirmed seven deaths in a statement on Monday",
       note="conflicting tolls: 7 (police) vs 10 (community leader); about 25 abducted in the same raid"),
    ev("Yan Sa Kai vigilantes killed four Fulani herders at the weekly market in Bukkuyum, accusing them of informing for the bandits.",
       "2021-03-08", "‘On Monday’ before the Wednesday 2021-03-10 dateline: Monday 2021-03-08",
       "weekly market in Bukkuyum", "Zamfara", "NG", "attack_on_civilians", "Yan Sa Kai", "civilians",
       4, None, None, None,
       "On Monday, members of the Yan Sa Kai, a local vigilante group, killed four Fulani herders at the weekly market in Bukkuyum, accusing them of being informants for the bandits, a Fulani community leader said."),
    ev("Operation Hadarin Daji aircraft struck bandit hideouts in the Kuyambana forest, 'neutralising scores of bandits'.",
       "2021-03-06", "‘on Saturday’ before the Wednesday 2021-03-10 dateline: Saturday 2021-03-06",
       "Kuyambana forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "bandits",
       None, None, None, None,
       "The Air Component of Operation Hadarin Daji said in a statement that its aircraft had struck bandit hideouts in the Kuyambana forest on Saturday, \"neutralising scores of bandits\" and destroying their motorcycles.",
       note="'scores' gives no count"),
    ev("Bandits rustled more than 200 cows from a grazing reserve in Kaura Namoda; nobody was hurt.",
       "2021-03-09", "‘on Tuesday’ before the Wednesday 2021-03-10 dateline: Tuesday 2021-03-09",
       "Kaura Namoda", "Zamfara", "NG", "other", "bandits", "civilians",
       0, None, 0, None,
       "In Kaura Namoda, bandits rustled more than 200 cows from a grazing reserve on Tuesday. Nobody was hurt, a local official said.",
       note="cattle raid (looting); explicit zero"),
],
figures=[
    fig("other", 700, "North West Nigeria",
        "More than 700 people, many of them students, have been abducted in Zamfara, Katsina, Kaduna and Niger states since December",
        note="people abducted since December"),
])

report("b23-13", "2020-02-03", "https://www.example-iturievening.com/djugu/2020/02/03/blukwa-toll-wago-forest",
"""
Ituri: Blukwa toll rises to 18; army says CODECO driven out of Wago forest camps

BUNIA, February 3 (Ituri Evening News) - The toll from an attack on Blukwa, in the Djugu territory of Ituri province, rose to 18 on Sunday after Red Cross volunteers recovered more bodies in the surrounding fields, a local official said.

Assailants armed with machetes, spears and a few firearms attacked the village on Friday night. The administrator of Djugu territory had initially put the toll at 12, including four children. Seven wounded were being treated at the general hospital in Bunia on Sunday.

The army spokesman in Ituri said the attackers were militiamen of the Cooperative for the Development of Congo (CODECO), a movement drawn largely from the Lendu community, which has been attacking Hema villages and army positions in the territory since 2017.

On Saturday, the army said, its troops drove CODECO fighters out of part of the Wago forest, one of the group's strongholds, and took control of two of its camps. Nine militiamen and two soldiers were killed, the spokesman said.

On Wednesday, gunmen killed three miners at an artisanal gold-mining site near Mongbwalu, a worker at the site said. The gunmen took gold and cash and fled into the bush. Local officials did not say who they were.

The UN says more than 300,000 people have fled their homes in Djugu and neighbouring territories since June last year.
""",
events=[
    ev("Assailants with machetes, spears and a few guns attacked Blukwa; the toll, first 12, rose to 18 after the Red Cross recovered more bodies; seven wounded. The army named CODECO.",
       "2020-01-31", "‘on Friday night’ before the Monday 2020-02-03 dateline: Friday 2020-01-31",
       "Blukwa", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       18, None, 7, None,
       "The toll from an attack on Blukwa, in the Djugu territory of Ituri province, rose to 18 on Sunday after Red Cross volunteers recovered more bodies in the surrounding fields, a local official said. [...] Assailants armed with machetes, spears and a few firearms attacked the village on Friday night. The administrator of Djugu territory had initially put the toll at 12, including four children. Seven wounded were being treated at the general hospital in Bunia on Sunday. [...] The army spokesman in Ituri said the attackers were militiamen of the Cooperative for the Development of Congo (CODECO)",
       note="revised toll: 12 replaced by 18; attackers named by the army spokesman"),
    ev("The army drove CODECO fighters out of part of the Wago forest and took two of its camps; nine militiamen and two soldiers killed.",
       "2020-02-01", "‘On Saturday’ before the Monday 2020-02-03 dateline: Saturday 2020-02-01",
       "Wago forest", "Ituri", "CD", "territory_gain", "Congolese security forces", "CODECO",
       11, None, None, None,
       "On Saturday, the army said, its troops drove CODECO fighters out of part of the Wago forest, one of the group's strongholds, and took control of two of its camps. Nine militiamen and two soldiers were killed, the spokesman said.",
       note="11 = 9 militiamen + 2 soldiers"),
    ev("Gunmen killed three miners at an artisanal gold-mining site near Mongbwalu and took gold and cash.",
       "2020-01-29", "‘On Wednesday’ before the Monday 2020-02-03 dateline: Wednesday 2020-01-29",
       "gold-mining site near Mongbwalu", "Ituri", "CD", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "On Wednesday, gunmen killed three miners at an artisanal gold-mining site near Mongbwalu, a worker at the site said. The gunmen took gold and cash and fled into the bush. Local officials did not say who they were."),
],
figures=[
    fig("displaced", 300000, "Djugu",
        "The UN says more than 300,000 people have fled their homes in Djugu and neighbouring territories since June last year."),
])

report("b23-14", "2021-06-29", "https://www.example-saheltelegraph.com/niger/2021/06/29/anzourou-farmers-tillia-post",
"""
Niger: 19 farmers killed in their fields in Anzourou; soldiers repel attack on Tillia post

NIAMEY, June 29 (Sahel Telegraph) - Armed men on motorbikes killed 19 villagers working in their fields in the Anzourou commune, in the Tillabéri region near the border with Mali, on Friday, the government said on Monday.

A local councillor had initially spoken of 11 dead when contacted on Friday evening. The government spokesman said in a statement read on state television that 19 people had been killed and two were missing, and blamed the attack on the Islamic State in the Greater Sahara, which has carried out several massacres of civilians in the area this year.

On Sunday, Nigerien soldiers repelled an attack by "terrorists" on their post at Tillia, in the Tahoua region, the defence ministry said. Four soldiers were killed and six wounded, and about twenty assailants were neutralised, the ministry said. It did not name the group.

In the Maradi region, in the south, gunmen on motorbikes abducted six people, including two women, from a village in the Guidan Roumdji department on Thursday, a local official said. The gunmen, whom residents called bandits, came from across the border with Nigeria and are demanding a ransom.

The farmers of Anzourou had returned to their fields only a few weeks ago, with the first rains, after the army promised to step up patrols, a resident said. According to the UN, more than 300 civilians have been killed in attacks in the Tillabéri and Tahoua regions since the start of the year.
""",
events=[
    ev("Armed men on motorbikes killed 19 villagers working in their fields in Anzourou commune; a councillor first said 11; the government blamed the Islamic State in the Greater Sahara.",
       "2021-06-25", "‘on Friday’ before the Tuesday 2021-06-29 dateline: Friday 2021-06-25",
       "Anzourou", "Tillabéri", "NE", "attack_on_civilians", "Islamic State", "civilians",
       19, None, None, None,
       "Armed men on motorbikes killed 19 villagers working in their fields in the Anzourou commune, in the Tillabéri region near the border with Mali, on Friday, the government said on Monday. [...] A local councillor had initially spoken of 11 dead when contacted on Friday evening. The government spokesman said in a statement read on state television that 19 people had been killed and two were missing, and blamed the attack on the Islamic State in the Greater Sahara",
       note="revised toll: 11 replaced by 19; two missing not counted; group named by the government"),
    ev("Soldiers repelled an attack by unnamed 'terrorists' on their post at Tillia; four soldiers killed, six wounded and about twenty assailants neutralised.",
       "2021-06-27", "‘On Sunday’ before the Tuesday 2021-06-29 dateline: Sunday 2021-06-27",
       "Tillia", "Tahoua", "NE", "battle", "militants (unidentified)", "Nigerien security forces",
       24, None, 6, None,
       "On Sunday, Nigerien soldiers repelled an attack by \"terrorists\" on their post at Tillia, in the Tahoua region, the defence ministry said. Four soldiers were killed and six wounded, and about twenty assailants were neutralised, the ministry said. It did not name the group.",
       note="24 = 4 soldiers + about 20 assailants ('neutralised' read as killed)"),
    ev("Gunmen on motorbikes, called bandits by residents, abducted six people including two women from a village in Guidan Roumdji department and demand a ransom.",
       "2021-06-24", "‘on Thursday’ before the Tuesday 2021-06-29 dateline: Thursday 2021-06-24",
       "village in Guidan Roumdji department", "Maradi", "NE", "other", "bandits", "civilians",
       None, None, None, None,
       "In the Maradi region, in the south, gunmen on motorbikes abducted six people, including two women, from a village in the Guidan Roumdji department on Thursday, a local official said. The gunmen, whom residents called bandits",
       note="abduction of 6 for ransom"),
],
figures=[
    fig("killed", 300, "Tillabéri and Tahoua",
        "According to the UN, more than 300 civilians have been killed in attacks in the Tillabéri and Tahoua regions since the start of the year.",
        note="running toll since January"),
])

report("b23-15", "2018-08-27", "https://www.example-mandaraecho.com/2018/08/27/tourou-vigilantes-kolofata-bomber",
"""
Cameroon: vigilantes killed defending Tourou; bomber kills two worshippers in Kolofata

MAROUA, August 27 (Mandara Echo) - Three members of a vigilance committee and two of the assailants were killed when Boko Haram fighters raided Tourou, a village in the Mayo-Tsanaga department near the Nigerian border, in the night of Friday to Saturday, local officials said.

The vigilantes, armed with bows, machetes and a few locally made guns, tried to stop the fighters at the entrance of the village, the mayor of Mokolo said. The attackers then looted shops and abducted seven girls before withdrawing towards Nigeria.

Yesterday morning, a female suicide bomber blew herself up near a mosque in Kolofata, killing two worshippers as well as herself and wounding five other people, a security source said. Nobody claimed the attack, but the authorities blamed Boko Haram.

The Ministry of Defence said on Sunday that soldiers had killed six suspected Boko Haram members in an exchange of fire on Saturday near the border town of Amchidé. Weapons, ammunition and motorcycles were seized, the ministry said.

Vigilance committees, set up in most villages of the Far North since 2014, are on the front line of the fight against the group, often with little more than bows and torches. Officials say more than 2,000 civilians and soldiers have been killed in the region since then, and about 240,000 people are displaced.
""",
events=[
    ev("Boko Haram fighters raided Tourou; three vigilance committee members and two assailants were killed, shops looted and seven girls abducted.",
       "2018-08-24", "‘in the night of Friday to Saturday’ before the Monday 2018-08-27 dateline: Friday 2018-08-24, the first night",
       "Tourou", "Far North", "CM", "battle", "Boko Haram", "vigilance committee",
       5, None, None, None,
       "Three members of a vigilance committee and two of the assailants were killed when Boko Haram fighters raided Tourou, a village in the Mayo-Tsanaga department near the Nigerian border, in the night of Friday to Saturday, local officials said. [...] The vigilantes, armed with bows, machetes and a few locally made guns, tried to stop the fighters at the entrance of the village, the mayor of Mokolo said. The attackers then looted shops and abducted seven girls before withdrawing towards Nigeria.",
       note="5 = 3 vigilantes + 2 assailants; armed resistance makes it a clash; 7 girls abducted in the same raid"),
    ev("A female suicide bomber blew herself up near a mosque in Kolofata, killing two worshippers and herself and wounding five; the authorities blamed Boko Haram.",
       "2018-08-26", "‘Yesterday morning’ before the Monday 2018-08-27 dateline: Sunday 2018-08-26",
       "mosque in Kolofata", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       3, None, 5, None,
       "Yesterday morning, a female suicide bomber blew herself up near a mosque in Kolofata, killing two worshippers as well as herself and wounding five other people, a security source said. Nobody claimed the attack, but the authorities blamed Boko Haram.",
       note="3 = 2 worshippers + the bomber; blamed, not claimed"),
    ev("Soldiers killed six suspected Boko Haram members in an exchange of fire near Amchidé.",
       "2018-08-25", "‘on Saturday’ before the Monday 2018-08-27 dateline: Saturday 2018-08-25",
       "near Amchidé", "Far North", "CM", "battle", "Cameroonian security forces", "Boko Haram",
       6, None, None, None,
       "The Ministry of Defence said on Sunday that soldiers had killed six suspected Boko Haram members in an exchange of fire on Saturday near the border town of Amchidé."),
],
figures=[
    fig("killed", 2000, "Far North",
        "Officials say more than 2,000 civilians and soldiers have been killed in the region since then",
        note="running toll since 2014"),
    fig("displaced", 240000, "Far North",
        "about 240,000 people are displaced"),
])

report("b23-16", "2016-05-25", "https://www.example-nigerbendradio.com/2016/05/25/goundam-tonka-ambush-aqim-claim",
"""
Mali: three soldiers killed in ambush between Goundam and Tonka; AQIM claims attack

TIMBUKTU, May 25 (Niger Bend Radio) - Three Malian soldiers were killed and two are missing after their convoy was ambushed between Goundam and Tonka, in the Timbuktu region, on Sunday, a military official said.

The attackers, described by the official as "armed bandits", fired on the convoy from both sides of the road and set fire to a fuel truck. Several of them were killed when the soldiers fought back, he said, without giving a number.

On Tuesday, al-Qaeda in the Islamic Maghreb (AQIM) claimed the ambush in a message sent to a Mauritanian news agency, saying it had killed "more than ten soldiers". The army has not confirmed that figure.

In the Gao region, four passengers were killed and nine injured on Monday when the minibus in which they were travelling struck a mine on the road between Gao and Ansongo, hospital sources in Gao said. The road has been hit by several mines this year.

Several rockets fell on the MINUSMA camp in Kidal early yesterday without causing any casualties, the UN mission said.

The peace agreement signed last year between the government and the armed groups of the north has done little to stop such attacks. According to the UN refugee agency, more than 135,000 Malians are still refugees in Mauritania, Niger and Burkina Faso, and about 36,000 are displaced inside the country.
""",
events=[
    ev("A Malian army convoy was ambushed between Goundam and Tonka; three soldiers killed, two missing, a fuel truck burned; AQIM claimed it.",
       "2016-05-22", "‘on Sunday’ before the Wednesday 2016-05-25 dateline: Sunday 2016-05-22",
       "between Goundam and Tonka", "Timbuktu", "ML", "battle", "AQIM", "Malian security forces",
       3, None, None, None,
       "Three Malian soldiers were killed and two are missing after their convoy was ambushed between Goundam and Tonka, in the Timbuktu region, on Sunday, a military official said. [...] On Tuesday, al-Qaeda in the Islamic Maghreb (AQIM) claimed the ambush in a message sent to a Mauritanian news agency, saying it had killed \"more than ten soldiers\".",
       note="'several' attackers killed gives no count; AQIM's claim of more than ten soldiers is not used; described first as 'armed bandits', named by the claim"),
    ev("A minibus struck a mine on the road between Gao and Ansongo; four passengers killed and nine injured.",
       "2016-05-23", "‘on Monday’ before the Wednesday 2016-05-25 dateline: Monday 2016-05-23",
       "road between Gao and Ansongo", "Gao", "ML", "explosion", "unknown", "civilians",
       4, None, 9, None,
       "In the Gao region, four passengers were killed and nine injured on Monday when the minibus in which they were travelling struck a mine on the road between Gao and Ansongo, hospital sources in Gao said."),
    ev("Rockets fell on the MINUSMA camp in Kidal without causing casualties.",
       "2016-05-24", "‘early yesterday’ before the Wednesday 2016-05-25 dateline: Tuesday 2016-05-24",
       "MINUSMA camp in Kidal", "Kidal", "ML", "explosion", "unknown", "MINUSMA",
       0, None, 0, None,
       "Several rockets fell on the MINUSMA camp in Kidal early yesterday without causing any casualties, the UN mission said.",
       note="explicit zero"),
],
figures=[
    fig("displaced", 135000, "Mali",
        "more than 135,000 Malians are still refugees in Mauritania, Niger and Burkina Faso",
        note="refugees abroad"),
    fig("displaced", 36000, "Mali",
        "about 36,000 are displaced inside the country"),
])

report("b23-17", "2018-11-14", "https://www.example-lakechadchronicle.com/borno/2018/11/14/bama-rebuilt-houses-handover",
"""
Borno hands over 1,000 rebuilt houses in Bama as 1.8 million remain displaced in the North-East

MAIDUGURI, November 14 (Lake Chad Chronicle) - The Borno State government on Tuesday handed over 1,000 houses rebuilt in Bama, the state's second-largest town, which was held by Boko Haram for several months before troops retook it in March 2015.

The state's reconstruction agency said the houses, built with burnt bricks and zinc roofs, would be allocated to families now living in camps in Maiduguri and in the Bama camp run by the military. About 5,000 families from the town have registered for return, officials said.

Soldiers of Operation Lafiya Dole will guard the town and the road to Maiduguri, and a new police division is being built, the governor said at the ceremony. "Bama will never again fall into the hands of the insurgents," he said.

Aid agencies have warned that returns must be voluntary. Farmland around the town remains largely out of reach because of the risk of attacks and landmines, and many families depend on food aid. A humanitarian official said the military still restricts movement beyond a few kilometres from the town.

The insurgency, now in its tenth year, has destroyed hundreds of thousands of homes in Borno. The state government estimates that more than 100,000 people have been killed since 2009. The UN says about 1.8 million people remain displaced across Borno, Adamawa and Yobe states.
""",
country_hint="NG",
figures=[
    fig("other", 1000, "Bama",
        "The Borno State government on Tuesday handed over 1,000 houses rebuilt in Bama",
        note="houses rebuilt"),
    fig("returned", 5000, "Bama",
        "About 5,000 families from the town have registered for return",
        note="families registered for return, not yet returned"),
    fig("killed", 100000, "Borno",
        "The state government estimates that more than 100,000 people have been killed since 2009."),
    fig("displaced", 1800000, "Borno, Adamawa and Yobe",
        "The UN says about 1.8 million people remain displaced across Borno, Adamawa and Yobe states."),
])

report("b23-18", "2021-10-04", "https://www.example-burkinawire.com/2021/10/04/pensa-vdp-killed-gorom-gorom-gold-site",
"""
Burkina: nine VDP killed in Pensa; army says 11 attackers neutralised in pursuit

OUAGADOUGOU, October 4 (Burkina Wire Service) - Nine Volunteers for the Defence of the Homeland (VDP) were killed when gunmen attacked their positions in Pensa, in the Sanmatenga province of the Centre-Nord region, on Saturday, security sources said.

The volunteers, civilians armed and trained by the state to fight alongside the army, held off the assailants for more than an hour before running out of ammunition, a local official said.

In a statement on Sunday evening, the army general staff said units sent to Pensa had pursued the attackers and "neutralised 11 terrorists" during a sweep north of the town on Sunday, recovering motorcycles and weapons.

On Friday, armed men attacked an artisanal gold-mining site near Gorom-Gorom, in the Oudalan province, killing at least 14 miners, including three teenagers, a local official said. Six wounded were taken to the hospital in Dori. The Islamic State in the Greater Sahara claimed the attack on Saturday in its weekly bulletin.

A convoy of traders escorted by soldiers was ambushed on Thursday between Dori and Arbinda. Two soldiers and three civilians were killed, the regional governor said, and several vehicles were burned.

According to the national relief council CONASUR, more than 1.4 million people were displaced in Burkina Faso at the end of August.
""",
events=[
    ev("Gunmen attacked VDP positions in Pensa; nine VDP killed after they ran out of ammunition.",
       "2021-10-02", "‘on Saturday’ before the Monday 2021-10-04 dateline: Saturday 2021-10-02",
       "Pensa", "Centre-Nord", "BF", "battle", "militants (unidentified)", "VDP",
       9, None, None, None,
       "Nine Volunteers for the Defence of the Homeland (VDP) were killed when gunmen attacked their positions in Pensa, in the Sanmatenga province of the Centre-Nord region, on Saturday, security sources said.",
       note="VDP attacked on their own, so named as actor2"),
    ev("Army units pursuing the attackers 'neutralised 11 terrorists' in a sweep north of Pensa.",
       "2021-10-03", "‘on Sunday’ before the Monday 2021-10-04 dateline: Sunday 2021-10-03",
       "north of Pensa", "Centre-Nord", "BF", "battle", "Burkinabe security forces", "militants (unidentified)",
       11, None, None, None,
       "In a statement on Sunday evening, the army general staff said units sent to Pensa had pursued the attackers and \"neutralised 11 terrorists\" during a sweep north of the town on Sunday, recovering motorcycles and weapons.",
       note="'neutralised' read as killed"),
    ev("Armed men attacked an artisanal gold-mining site near Gorom-Gorom, killing at least 14 miners including three teenagers; six wounded; the Islamic State in the Greater Sahara claimed it.",
       "2021-10-01", "‘On Friday’ before the Monday 2021-10-04 dateline: Friday 2021-10-01",
       "gold-mining site near Gorom-Gorom", "Sahel", "BF", "attack_on_civilians", "Islamic State", "civilians",
       14, None, 6, None,
       "On Friday, armed men attacked an artisanal gold-mining site near Gorom-Gorom, in the Oudalan province, killing at least 14 miners, including three teenagers, a local official said. Six wounded were taken to the hospital in Dori. The Islamic State in the Greater Sahara claimed the attack on Saturday in its weekly bulletin.",
       note="the three teenagers are inside the 14"),
    ev("A traders' convoy escorted by soldiers was ambushed between Dori and Arbinda; two soldiers and three civilians killed, vehicles burned.",
       "2021-09-30", "‘on Thursday’ before the Monday 2021-10-04 dateline: Thursday 2021-09-30",
       "between Dori and Arbinda", "Sahel", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       5, None, None, None,
       "A convoy of traders escorted by soldiers was ambushed on Thursday between Dori and Arbinda. Two soldiers and three civilians were killed, the regional governor said, and several vehicles were burned.",
       note="5 = 2 soldiers + 3 civilians"),
],
figures=[
    fig("displaced", 1400000, "Burkina Faso",
        "According to the national relief council CONASUR, more than 1.4 million people were displaced in Burkina Faso at the end of August."),
])

# ---------------------------------------------------------------------------
# b23-19 .. b23-27
# ---------------------------------------------------------------------------

report("b23-19", "2021-02-19", "https://www.example-ubangitimes.com/2021/02/19/bouca-retaken-grimari-peacekeeper",
"""
CAR: army and allies retake Bouca from CPC rebels; Burundian peacekeeper killed near Grimari

BANGUI, February 19 (Ubangi Times) - Central African troops backed by Russian and Rwandan forces took back the town of Bouca, in the Ouham prefecture, from rebels of the Coalition of Patriots for Change (CPC) on Tuesday, the government spokesman said.

The spokesman said "several rebels were neutralised" and weapons recovered, without giving figures. Residents said the rebels had left the town before the troops entered, after a brief exchange of fire on the outskirts.

On Monday, armed men fired on a patrol of the UN mission MINUSCA near Grimari, in the Ouaka prefecture, killing a Burundian peacekeeper and wounding two others, the mission said. MINUSCA said the attackers were CPC fighters and that it had sent reinforcements to the area.

Near Bossangoa, five Muslim herders were killed at their camp on Sunday night by armed men whom the prefect of Ouham identified as anti-balaka, one of the groups that joined the CPC in December. The herders' cattle were taken.

The CPC, an alliance of the main armed groups, was formed in December to disrupt the presidential election and has since attacked several towns on the main supply road from Cameroon. The UN refugee agency says more than 200,000 people have fled their homes since then, about 105,000 of them across the borders into Cameroon, Chad, Congo and DR Congo.
""",
events=[
    ev("Central African troops backed by Russian and Rwandan forces took back Bouca from the CPC after a brief exchange of fire; 'several rebels were neutralised', no figures.",
       "2021-02-16", "‘on Tuesday’ before the Friday 2021-02-19 dateline: Tuesday 2021-02-16",
       "Bouca", "Ouham", "CF", "territory_gain", "Central African security forces", "CPC",
       None, None, None, None,
       "Central African troops backed by Russian and Rwandan forces took back the town of Bouca, in the Ouham prefecture, from rebels of the Coalition of Patriots for Change (CPC) on Tuesday, the government spokesman said.",
       note="with Russian and Rwandan forces; 'several' neutralised gives no count"),
    ev("Armed men fired on a MINUSCA patrol near Grimari, killing a Burundian peacekeeper and wounding two; MINUSCA named the CPC.",
       "2021-02-15", "‘On Monday’ before the Friday 2021-02-19 dateline: Monday 2021-02-15",
       "near Grimari", "Ouaka", "CF", "battle", "CPC", "MINUSCA",
       1, None, 2, None,
       "On Monday, armed men fired on a patrol of the UN mission MINUSCA near Grimari, in the Ouaka prefecture, killing a Burundian peacekeeper and wounding two others, the mission said. MINUSCA said the attackers were CPC fighters",
       note="attackers named by MINUSCA"),
    ev("Armed men, identified by the prefect as anti-balaka, killed five Muslim herders at their camp near Bossangoa and took their cattle.",
       "2021-02-14", "‘on Sunday night’ before the Friday 2021-02-19 dateline: Sunday 2021-02-14",
       "herders' camp near Bossangoa", "Ouham", "CF", "attack_on_civilians", "anti-balaka", "civilians",
       5, None, None, None,
       "Near Bossangoa, five Muslim herders were killed at their camp on Sunday night by armed men whom the prefect of Ouham identified as anti-balaka, one of the groups that joined the CPC in December. The herders' cattle were taken.",
       note="attackers named by the prefect; cattle taken"),
],
figures=[
    fig("displaced", 200000, "Central African Republic",
        "The UN refugee agency says more than 200,000 people have fled their homes since then",
        note="since December 2020"),
    fig("displaced", 105000, "Central African Republic",
        "about 105,000 of them across the borders into Cameroon, Chad, Congo and DR Congo",
        note="refugees abroad, part of the 200,000"),
])

report("b23-20", "2019-03-24", "https://www.example-charicourier.com/2019/03/24/kaiga-kindjiria-attack-kouri-bougoudi",
"""
Chad: soldiers repel Boko Haram attack in Lac; miners killed at Kouri Bougoudi gold field

N'DJAMENA, March 24 (Chari Courier) - Chadian soldiers repelled an attack by Boko Haram fighters on their position at Kaiga Kindjiria, in the Lac province, in the night of Thursday to Friday, the army said. Four soldiers were killed and 17 assailants were "neutralised", an army spokesman said on Friday.

The fighters arrived in motorised canoes from the islands of the lake shortly after midnight, the spokesman said. The army deployed reinforcements from Bol and Baga Sola the next morning.

Gunmen attacked gold miners at Kouri Bougoudi, in the Tibesti region near the Libyan border, on Tuesday, killing at least eight of them, a health official in the area said. An association of miners in N'Djamena said about fifteen had died. The attackers, who came in pick-up trucks, took gold, money and vehicles, the association said. Thousands of miners from Chad, Sudan and Niger work the gold fields of the Tibesti, which the government has tried several times to close.

In the east, six people were killed and four wounded on Monday when herders attacked farmers in a village in the Abougoudam department of Ouaddaï province after cattle strayed into their fields, a local official said.

Clashes between herders and farmers have killed dozens of people in the east since the start of the year. In the Lac province, more than 130,000 people are displaced, according to the UN.
""",
events=[
    ev("Boko Haram fighters who came by canoe attacked the army position at Kaiga Kindjiria and were repelled; four soldiers killed and 17 assailants 'neutralised'.",
       "2019-03-21", "‘in the night of Thursday to Friday’ before the Sunday 2019-03-24 dateline: Thursday 2019-03-21, the first night",
       "Kaiga Kindjiria", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
       21, None, None, None,
       "Chadian soldiers repelled an attack by Boko Haram fighters on their position at Kaiga Kindjiria, in the Lac province, in the night of Thursday to Friday, the army said. Four soldiers were killed and 17 assailants were \"neutralised\", an army spokesman said on Friday.",
       note="21 = 4 soldiers + 17 assailants ('neutralised' read as killed); attack came 'shortly after midnight', but the night is dated by its first day"),
    ev("Gunmen in pick-ups attacked gold miners at Kouri Bougoudi and took gold, money and vehicles; at least eight dead per a health official, about fifteen per a miners' association.",
       "2019-03-19", "‘on Tuesday’ before the Sunday 2019-03-24 dateline: Tuesday 2019-03-19",
       "Kouri Bougoudi", "Tibesti", "TD", "attack_on_civilians", "militants (unidentified)", "civilians",
       8, 15, None, None,
       "Gunmen attacked gold miners at Kouri Bougoudi, in the Tibesti region near the Libyan border, on Tuesday, killing at least eight of them, a health official in the area said. An association of miners in N'Djamena said about fifteen had died.",
       note="conflicting tolls: 8 (health official) vs about 15 (miners' association)"),
    ev("Herders attacked farmers in a village of Abougoudam department after cattle strayed into fields; six killed and four wounded.",
       "2019-03-18", "‘on Monday’ before the Sunday 2019-03-24 dateline: Monday 2019-03-18",
       "village in Abougoudam department", "Ouaddaï", "TD", "attack_on_civilians", "herders", "civilians",
       6, None, 4, None,
       "In the east, six people were killed and four wounded on Monday when herders attacked farmers in a village in the Abougoudam department of Ouaddaï province after cattle strayed into their fields, a local official said.",
       note="herder-farmer violence; no armed resistance by the farmers is reported"),
],
figures=[
    fig("displaced", 130000, "Lac province",
        "In the Lac province, more than 130,000 people are displaced, according to the UN."),
])

report("b23-21", "2023-03-15", "https://www.example-greatlakesobserver.com/2023/03/15/m23-withdrawal-timetable-regional-force",
"""
DR Congo: M23 withdrawal timetable slips again as regional force sends more troops

GOMA, March 15 (Great Lakes Observer) - The timetable for the withdrawal of M23 rebels from the territory they hold in North Kivu has slipped again, officials of the East African regional force said on Tuesday, as a new contingent of troops began arriving in Goma.

Under the plan agreed by regional leaders in Luanda and Nairobi, the rebels were to have left the main towns of Rutshuru and Masisi territories by the end of March and gathered in cantonment areas before disarmament. The force's commander told journalists that the process was "behind schedule" and that the rebels had yet to leave any of the main towns.

About 900 Kenyan soldiers are already deployed around Goma and in Rutshuru, and the force expects Ugandan, Burundian and South Sudanese contingents to bring its strength to several thousand in the coming weeks. The Congolese government accuses the regional force of being too passive and says it must fight the rebels, not watch them.

Kinshasa and the UN accuse Rwanda of backing the M23, a charge Kigali denies. The rebels say they are defending Congolese Tutsi and want direct talks with the government, which has refused.

The humanitarian toll has kept rising. The UN says more than 800,000 people have been displaced in North Kivu since the M23 took up arms again in late 2021, most of them now living in crowded camps and host families around Goma. Aid agencies say the camps north of the city lack water and latrines, and warn of a cholera outbreak.
""",
country_hint="CD",
figures=[
    fig("fighters", 900, "Goma and Rutshuru",
        "About 900 Kenyan soldiers are already deployed around Goma and in Rutshuru",
        note="regional force troops"),
    fig("displaced", 800000, "North Kivu",
        "The UN says more than 800,000 people have been displaced in North Kivu since the M23 took up arms again in late 2021"),
])

report("b23-22", "2021-08-27", "https://www.example-rovumapost.com/2021/08/27/mbau-base-taken-chai-farmers",
"""
Mozambique: Rwandan and Mozambican troops take insurgent base at Mbau; farmers beheaded near Chai

PEMBA, August 27 (Rovuma Post) - Rwandan troops, supported by Mozambican soldiers, took control of an insurgent base at Mbau, in the Mocímboa da Praia district of Cabo Delgado province, on Wednesday, the Rwandan army said.

About ten insurgents were killed in the assault, a Rwandan army spokesman said. There were no casualties among the Rwandan and Mozambican troops, he added, and weapons and ammunition were seized.

On Monday, insurgents attacked farmers in their fields near Chai, in the Macomia district, killing three people, two of whom were beheaded, residents said. The insurgents, who have pledged allegiance to the Islamic State, have been moving in small groups since they were pushed out of their positions around Mocímboa da Praia earlier this month.

Members of the Força Local, a militia of war veterans and villagers armed by the government, killed two suspected insurgents in a shoot-out near Mueda on Tuesday, a district official said. The militia said the men were carrying machetes and a rifle.

Some 1,000 Rwandan soldiers and police have been deployed in Cabo Delgado since July, and the Southern African Development Community has started sending its own force. More than 800,000 people have fled their homes in the province, according to the UN.
""",
events=[
    ev("Rwandan troops supported by Mozambican soldiers took an insurgent base at Mbau; about ten insurgents killed, no casualties among the troops.",
       "2021-08-25", "‘on Wednesday’ before the Friday 2021-08-27 dateline: Wednesday 2021-08-25",
       "Mbau", "Cabo Delgado", "MZ", "territory_gain", "Rwandan security forces", "Islamic State",
       10, None, None, None,
       "Rwandan troops, supported by Mozambican soldiers, took control of an insurgent base at Mbau, in the Mocímboa da Praia district of Cabo Delgado province, on Wednesday, the Rwandan army said. [...] About ten insurgents were killed in the assault, a Rwandan army spokesman said. There were no casualties among the Rwandan and Mozambican troops",
       note="with Mozambican soldiers; 'about ten' read as 10"),
    ev("Insurgents attacked farmers near Chai, killing three, two of them beheaded.",
       "2021-08-23", "‘On Monday’ before the Friday 2021-08-27 dateline: Monday 2021-08-23",
       "near Chai", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       3, None, None, None,
       "On Monday, insurgents attacked farmers in their fields near Chai, in the Macomia district, killing three people, two of whom were beheaded, residents said. The insurgents, who have pledged allegiance to the Islamic State",
       note="no claim; the report ties the insurgents to the Islamic State"),
    ev("Força Local militiamen killed two suspected insurgents in a shoot-out near Mueda.",
       "2021-08-24", "‘on Tuesday’ before the Friday 2021-08-27 dateline: Tuesday 2021-08-24",
       "near Mueda", "Cabo Delgado", "MZ", "battle", "Força Local", "Islamic State",
       2, None, None, None,
       "Members of the Força Local, a militia of war veterans and villagers armed by the government, killed two suspected insurgents in a shoot-out near Mueda on Tuesday, a district official said.",
       note="pro-government militia acting alone, so named as actor1"),
],
figures=[
    fig("fighters", 1000, "Cabo Delgado",
        "Some 1,000 Rwandan soldiers and police have been deployed in Cabo Delgado since July",
        note="Rwandan soldiers and police"),
    fig("displaced", 800000, "Cabo Delgado",
        "More than 800,000 people have fled their homes in the province, according to the UN."),
])

report("b23-23", "2019-12-04", "https://www.example-easternnigerradio.com/2019/12/04/toumour-post-attack-ayorou-ambush",
"""
Niger: seven soldiers killed in Boko Haram attack on Toumour post; gendarmes ambushed near Ayorou

DIFFA, December 4 (Eastern Niger Radio) - Seven Nigerien soldiers were killed when Boko Haram fighters attacked an army post at Toumour, in the Diffa region, in the night of Saturday to Sunday, the defence ministry said.

The ministry said "dozens of terrorists" had been neutralised and several of their vehicles destroyed when the army counter-attacked with air support. Residents said the fighting lasted until dawn.

On Monday, armed men abducted nine villagers, including four women, from a village near Chétimari, on the Komadougou Yobe river, a local official said. Two days earlier, the same men had driven off more than 100 head of cattle from the village, he said.

In western Niger, two gendarmes were killed and three wounded on Monday when their patrol was ambushed near Ayorou, in the Tillabéri region, close to the Malian border, security sources said. The Islamic State claimed the attack on Tuesday through its Amaq news agency.

More than 260,000 refugees, returnees and displaced people are living in the Diffa region, according to the UN.
""",
events=[
    ev("Boko Haram fighters attacked the army post at Toumour; seven soldiers killed and 'dozens of terrorists' neutralised in the counter-attack.",
       "2019-11-30", "‘in the night of Saturday to Sunday’ before the Wednesday 2019-12-04 dateline: Saturday 2019-11-30, the first night",
       "Toumour", "Diffa", "NE", "battle", "Boko Haram", "Nigerien security forces",
       7, None, None, None,
       "Seven Nigerien soldiers were killed when Boko Haram fighters attacked an army post at Toumour, in the Diffa region, in the night of Saturday to Sunday, the defence ministry said. [...] The ministry said \"dozens of terrorists\" had been neutralised and several of their vehicles destroyed when the army counter-attacked with air support.",
       note="7 soldiers only; 'dozens' of attackers gives no count"),
    ev("Armed men abducted nine villagers, including four women, from a village near Chétimari.",
       "2019-12-02", "‘On Monday’ before the Wednesday 2019-12-04 dateline: Monday 2019-12-02",
       "village near Chétimari", "Diffa", "NE", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Monday, armed men abducted nine villagers, including four women, from a village near Chétimari, on the Komadougou Yobe river, a local official said.",
       note="abduction of 9"),
    ev("The same armed men drove off more than 100 head of cattle from the village near Chétimari.",
       "2019-11-30", "‘Two days earlier’ than the abduction of Monday 2019-12-02: Saturday 2019-11-30",
       "village near Chétimari", "Diffa", "NE", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Two days earlier, the same men had driven off more than 100 head of cattle from the village, he said.",
       note="cattle raid (looting); no casualties mentioned"),
    ev("A gendarmerie patrol was ambushed near Ayorou; two gendarmes killed and three wounded; the Islamic State claimed it.",
       "2019-12-02", "‘on Monday’ before the Wednesday 2019-12-04 dateline: Monday 2019-12-02",
       "near Ayorou", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
       2, None, 3, None,
       "In western Niger, two gendarmes were killed and three wounded on Monday when their patrol was ambushed near Ayorou, in the Tillabéri region, close to the Malian border, security sources said. The Islamic State claimed the attack on Tuesday through its Amaq news agency."),
],
figures=[
    fig("displaced", 260000, "Diffa region",
        "More than 260,000 refugees, returnees and displaced people are living in the Diffa region, according to the UN.",
        note="refugees, returnees and displaced together"),
])

report("b23-24", "2015-10-14", "https://www.example-bamakoeveningpost.com/2015/10/14/algiers-accord-cantonment-delays",
"""
Mali: four months after the peace accord, the cantonment sites are still empty

BAMAKO, October 14 (Bamako Evening Post) - Four months after the last of the northern armed groups signed the peace agreement negotiated in Algiers, not a single fighter has been cantoned, members of the committee monitoring the accord said on Tuesday.

The agreement, signed by the government and the pro-government Platform in May and by the Coordination of Azawad Movements (CMA) in June, provides for the fighters of the armed groups to gather in cantonment sites before being disarmed or integrated into the army. The committee has approved 24 sites, but only eight have been built, and none has water or food supplies, a Western diplomat said.

The armed groups have given lists of some 10,000 fighters, a figure the government believes is inflated. "Everybody wants to be counted, because being counted means a salary," a member of the committee said.

The ceasefire between the Platform and the CMA, which fought each other around Anefis in August, has largely held since. But jihadist groups excluded from the accord continue to attack the army and the UN mission, and security on the roads of the north remains poor.

The UN refugee agency says about 140,000 Malians remain refugees in Mauritania, Burkina Faso and Niger, and that returns have been slow. The government has asked donors to honour pledges made in Paris for the reconstruction of the north.
""",
country_hint="ML",
figures=[
    fig("other", 24, "northern Mali",
        "The committee has approved 24 sites, but only eight have been built",
        note="cantonment sites approved"),
    fig("fighters", 10000, "northern Mali",
        "The armed groups have given lists of some 10,000 fighters"),
    fig("displaced", 140000, "Mali",
        "The UN refugee agency says about 140,000 Malians remain refugees in Mauritania, Burkina Faso and Niger",
        note="refugees abroad"),
])

report("b23-25", "2020-09-07", "https://www.example-cameroonmail.com/2020/09/07/zeleved-raid-bali-gendarmes",
"""
Cameroon: five killed in Boko Haram raid on Zeleved; two gendarmes die in separatist attack in Bali

YAOUNDÉ, September 7 (Cameroon Evening Mail) - Boko Haram fighters raided the village of Zeleved, in the Mayo-Tsanaga department of the Far North region, on Friday night, killing five people, including a member of the local vigilance committee, and driving away goats and cattle, local officials said.

On Thursday, members of a vigilance committee beat two suspected Boko Haram informants to death at the market in Mora, a local official said. The gendarmerie said it had opened an investigation.

In the English-speaking North-West region, separatist fighters attacked a gendarmerie post in Bali, near Bamenda, before dawn on Saturday, killing two gendarmes, military sources said. A separatist commander claimed in a video posted on social media that his fighters had killed "seven soldiers".

The army said on Sunday that soldiers had "neutralised" seven separatists during an operation in Batibo, in the Momo division, on Saturday. Residents said at least three of the dead were civilians who had been shot in their homes, a claim the army rejected.

More than 700,000 people have fled their homes in the North-West and South-West regions since 2017, and some 320,000 are displaced in the Far North, the UN says.
""",
events=[
    ev("Boko Haram fighters raided Zeleved, killing five people including a vigilance committee member, and drove away goats and cattle.",
       "2020-09-04", "‘on Friday night’ before the Monday 2020-09-07 dateline: Friday 2020-09-04",
       "Zeleved", "Far North", "CM", "attack_on_civilians", "Boko Haram", "civilians",
       5, None, None, None,
       "Boko Haram fighters raided the village of Zeleved, in the Mayo-Tsanaga department of the Far North region, on Friday night, killing five people, including a member of the local vigilance committee, and driving away goats and cattle, local officials said.",
       note="the vigilante is inside the 5; livestock taken"),
    ev("Vigilance committee members beat two suspected Boko Haram informants to death at the market in Mora.",
       "2020-09-03", "‘On Thursday’ before the Monday 2020-09-07 dateline: Thursday 2020-09-03",
       "market in Mora", "Far North", "CM", "attack_on_civilians", "vigilance committee", "civilians",
       2, None, None, None,
       "On Thursday, members of a vigilance committee beat two suspected Boko Haram informants to death at the market in Mora",
       note="killing of unarmed suspects by an organised militia, coded as violence against civilians rather than mob violence"),
    ev("Separatist fighters attacked a gendarmerie post in Bali before dawn, killing two gendarmes; a commander claimed seven soldiers.",
       "2020-09-05", "‘before dawn on Saturday’ before the Monday 2020-09-07 dateline: Saturday 2020-09-05",
       "gendarmerie post in Bali", "North-West", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       2, None, None, None,
       "In the English-speaking North-West region, separatist fighters attacked a gendarmerie post in Bali, near Bamenda, before dawn on Saturday, killing two gendarmes, military sources said. A separatist commander claimed in a video posted on social media that his fighters had killed \"seven soldiers\".",
       note="the separatists' claim of seven is not used"),
    ev("Soldiers 'neutralised' seven separatists in an operation in Batibo; residents said at least three of the dead were civilians.",
       "2020-09-05", "‘on Saturday’ before the Monday 2020-09-07 dateline: Saturday 2020-09-05",
       "Batibo", "North-West", "CM", "battle", "Cameroonian security forces", "Ambazonian separatists",
       7, None, None, None,
       "The army said on Sunday that soldiers had \"neutralised\" seven separatists during an operation in Batibo, in the Momo division, on Saturday. Residents said at least three of the dead were civilians who had been shot in their homes, a claim the army rejected.",
       note="'neutralised' read as killed; the residents dispute who the dead were, not how many"),
],
figures=[
    fig("displaced", 700000, "North-West and South-West",
        "More than 700,000 people have fled their homes in the North-West and South-West regions since 2017"),
    fig("displaced", 320000, "Far North",
        "some 320,000 are displaced in the Far North"),
])

report("b23-26", "2017-01-18", "https://www.example-radiosoumecho.com/2017/01/18/djibo-executions-tougouri-koglweogo",
"""
Burkina Faso: two men executed near Djibo; Koglweogo storm police station in Tougouri

DJIBO, January 18 (Radio Soum Echo) - Armed men on motorbikes shot dead two men in a village near Djibo, in the Soum province, on Sunday evening, accusing them of working with the army, residents said.

The attackers gathered the villagers in front of the mosque and read out a warning before shooting the two men, one resident said. A security source said on Tuesday that the killers belonged to Ansarul Islam, a local group led by a preacher from the province, which the authorities blame for a string of attacks in the Soum since December.

Last week, the security forces arrested 20 suspected members of the group in Djibo and surrounding villages, a police source said.

Further south, members of a Koglweogo self-defence group stormed the police station in Tougouri, in the Namentenga province, on Friday to free one of their members who had been detained for beating a suspected thief. Two Koglweogo members were killed and a policeman was wounded in the exchange of fire, the regional police director said.

The Koglweogo, which began as neighbourhood watch groups against cattle thieves and highway robbers, now claim tens of thousands of members across the country. The government has tried to bring them under the control of the interior ministry.

The education ministry said that more than 100 schools in the Soum province had closed because of threats against teachers.
""",
events=[
    ev("Armed men on motorbikes gathered villagers near Djibo and shot dead two men accused of working with the army; a security source named Ansarul Islam.",
       "2017-01-15", "‘on Sunday evening’ before the Wednesday 2017-01-18 dateline: Sunday 2017-01-15",
       "village near Djibo", "Sahel", "BF", "attack_on_civilians", "Ansarul Islam", "civilians",
       2, None, None, None,
       "Armed men on motorbikes shot dead two men in a village near Djibo, in the Soum province, on Sunday evening, accusing them of working with the army, residents said. [...] A security source said on Tuesday that the killers belonged to Ansarul Islam",
       note="attackers named by a security source"),
    ev("The security forces arrested 20 suspected Ansarul Islam members in Djibo and surrounding villages.",
       None, "‘Last week’ before the Wednesday 2017-01-18 dateline: the week of 2017-01-09; no day",
       "Djibo", "Sahel", "BF", "arrest", "Burkinabe security forces", "Ansarul Islam",
       None, None, None, None,
       "Last week, the security forces arrested 20 suspected members of the group in Djibo and surrounding villages, a police source said.",
       arrested=20),
    ev("Koglweogo members stormed the police station in Tougouri to free a detained member; two Koglweogo killed and a policeman wounded.",
       "2017-01-13", "‘on Friday’ before the Wednesday 2017-01-18 dateline: Friday 2017-01-13",
       "police station in Tougouri", "Centre-Nord", "BF", "battle", "Koglweogo", "Burkinabe security forces",
       2, None, 1, None,
       "Further south, members of a Koglweogo self-defence group stormed the police station in Tougouri, in the Namentenga province, on Friday to free one of their members who had been detained for beating a suspected thief. Two Koglweogo members were killed and a policeman was wounded in the exchange of fire, the regional police director said."),
],
figures=[
    fig("other", 100, "Soum province",
        "The education ministry said that more than 100 schools in the Soum province had closed because of threats against teachers.",
        note="schools closed"),
])

report("b23-27", "2016-11-10", "https://www.example-sahelsentinel.com/2016/11/10/cattle-market-blast-toll-sambisa",
"""
Maiduguri cattle market blast toll rises to seven; troops clear Boko Haram camps in Sambisa

MAIDUGURI, November 10 (Sahel Sentinel) - The toll from the suicide bombing the day before yesterday at the Kasuwan Shanu cattle market in Maiduguri rose to seven on Wednesday, the police said.

Two male bombers detonated their explosives at the entrance of the market shortly after 6 a.m., as traders were bringing in animals for the day. The toll, initially put at five including the two bombers, rose when two of the wounded died at the State Specialist Hospital. Nine others are still in hospital, the police spokesman said. He blamed Boko Haram.

On Monday, insurgents ambushed a military convoy between Bama and Banki, killing four soldiers, a military source said. The Islamic State West Africa Province, the faction of Boko Haram loyal to the Islamic State, claimed the ambush in a statement on Tuesday, saying it had killed 20 soldiers.

The army said troops of Operation Lafiya Dole cleared several Boko Haram camps in the Sambisa forest on Sunday, killing 18 insurgents and rescuing 23 women and children. Two soldiers were wounded, an army spokesman said.

The military says more than 1,000 hostages have been freed since the start of the dry-season offensive. The state emergency management agency says about 1.4 million displaced people are living in Borno.
""",
events=[
    ev("Two male suicide bombers blew themselves up at the entrance of the Kasuwan Shanu cattle market; the toll rose from five to seven, bombers included, with nine still in hospital; police blamed Boko Haram.",
       "2016-11-08", "‘the day before yesterday’ before the Thursday 2016-11-10 dateline: Tuesday 2016-11-08",
       "Kasuwan Shanu cattle market, Maiduguri", "Borno", "NG", "explosion", "Boko Haram", "civilians",
       7, None, 9, None,
       "The toll from the suicide bombing the day before yesterday at the Kasuwan Shanu cattle market in Maiduguri rose to seven on Wednesday, the police said. [...] Two male bombers detonated their explosives at the entrance of the market shortly after 6 a.m., as traders were bringing in animals for the day. The toll, initially put at five including the two bombers, rose when two of the wounded died at the State Specialist Hospital. Nine others are still in hospital, the police spokesman said. He blamed Boko Haram.",
       note="revised toll: 5 replaced by 7, two bombers included; blamed by the police, not claimed"),
    ev("Insurgents ambushed a military convoy between Bama and Banki, killing four soldiers; ISWAP claimed it and said 20.",
       "2016-11-07", "‘On Monday’ before the Thursday 2016-11-10 dateline: Monday 2016-11-07",
       "between Bama and Banki", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       4, None, None, None,
       "On Monday, insurgents ambushed a military convoy between Bama and Banki, killing four soldiers, a military source said. The Islamic State West Africa Province, the faction of Boko Haram loyal to the Islamic State, claimed the ambush in a statement on Tuesday, saying it had killed 20 soldiers.",
       note="ISWAP coded Boko Haram (canonical name); its claim of 20 is not used"),
    ev("Troops of Operation Lafiya Dole cleared Boko Haram camps in the Sambisa forest, killing 18 insurgents and rescuing 23 women and children; two soldiers wounded.",
       "2016-11-06", "‘on Sunday’ before the Thursday 2016-11-10 dateline: Sunday 2016-11-06",
       "Sambisa forest", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram",
       18, None, 2, None,
       "The army said troops of Operation Lafiya Dole cleared several Boko Haram camps in the Sambisa forest on Sunday, killing 18 insurgents and rescuing 23 women and children. Two soldiers were wounded, an army spokesman said."),
],
figures=[
    fig("other", 1000, "Borno",
        "The military says more than 1,000 hostages have been freed since the start of the dry-season offensive.",
        note="hostages freed"),
    fig("displaced", 1400000, "Borno",
        "The state emergency management agency says about 1.4 million displaced people are living in Borno."),
])

# ---------------------------------------------------------------------------
# b23-28 .. b23-36
# ---------------------------------------------------------------------------

report("b23-28", "2022-08-15", "https://www.example-kivulakesradio.com/2022/08/15/rumangabo-fighting-jomba-executions",
"""
North Kivu: 17 dead in army-M23 fighting near Rumangabo; six men executed in Jomba

GOMA, August 15 (Kivu Lakes Radio) - Fighting between the Congolese army and M23 rebels near the Rumangabo military camp, in the Rutshuru territory of North Kivu, killed 17 people on Saturday, the army said.

The army spokesman for North Kivu said 15 rebels had been "neutralised" and two soldiers killed when the M23 attacked army positions on the hills overlooking the camp. The M23 said it had repelled an army offensive and gave no figures for its losses.

In Jomba, a group of villages under M23 control near the Ugandan border, the rebels executed six men accused of belonging to a Mai-Mai militia on Thursday, local civil society leaders said, citing relatives of the victims. An M23 spokesman denied the accusation, saying the rebels had "never harmed a civilian".

A mortar shell fell on a market in Kiwanja on Friday, killing two children and wounding five people, a hospital source said. The army and the M23 blamed each other for the shelling.

The M23, which the Congolese government says is backed by Rwanda, seized the border town of Bunagana in June. More than 170,000 people have been displaced in Rutshuru and Nyiragongo territories since the rebels relaunched their offensive in March, according to the UN.
""",
events=[
    ev("M23 rebels attacked army positions on the hills near Rumangabo camp; the army gave 15 rebels 'neutralised' and two soldiers killed.",
       "2022-08-13", "‘on Saturday’ before the Monday 2022-08-15 dateline: Saturday 2022-08-13",
       "Rumangabo", "North Kivu", "CD", "battle", "M23", "Congolese security forces",
       17, None, None, None,
       "Fighting between the Congolese army and M23 rebels near the Rumangabo military camp, in the Rutshuru territory of North Kivu, killed 17 people on Saturday, the army said. [...] The army spokesman for North Kivu said 15 rebels had been \"neutralised\" and two soldiers killed when the M23 attacked army positions on the hills overlooking the camp.",
       note="17 = 15 rebels + 2 soldiers (army account); the M23 says it repelled an army offensive, so who attacked is disputed"),
    ev("M23 rebels executed six men accused of belonging to a Mai-Mai militia in Jomba; the M23 denied it.",
       "2022-08-11", "‘on Thursday’ before the Monday 2022-08-15 dateline: Thursday 2022-08-11",
       "Jomba", "North Kivu", "CD", "attack_on_civilians", "M23", "civilians",
       6, None, None, None,
       "In Jomba, a group of villages under M23 control near the Ugandan border, the rebels executed six men accused of belonging to a Mai-Mai militia on Thursday, local civil society leaders said, citing relatives of the victims. An M23 spokesman denied the accusation",
       note="attributed by civil society (not a party to the fighting) and denied by the M23; the accused is kept"),
    ev("A mortar shell fell on a market in Kiwanja, killing two children and wounding five; the army and the M23 blamed each other.",
       "2022-08-12", "‘on Friday’ before the Monday 2022-08-15 dateline: Friday 2022-08-12",
       "market in Kiwanja", "North Kivu", "CD", "explosion", "unknown", "civilians",
       2, None, 5, None,
       "A mortar shell fell on a market in Kiwanja on Friday, killing two children and wounding five people, a hospital source said. The army and the M23 blamed each other for the shelling.",
       note="mutual blame by the two belligerents: unknown"),
],
figures=[
    fig("displaced", 170000, "Rutshuru and Nyiragongo",
        "More than 170,000 people have been displaced in Rutshuru and Nyiragongo territories since the rebels relaunched their offensive in March, according to the UN."),
])

report("b23-29", "2020-04-22", "https://www.example-niameyeveningpost.com/2020/04/22/state-of-emergency-extended-tillaberi",
"""
Niger: parliament extends state of emergency in Tillabéri, Tahoua and Diffa by three months

NIAMEY, April 22 (Niamey Evening Post) - Niger's National Assembly on Tuesday voted to extend by three months the state of emergency in the regions of Tillabéri, Tahoua and Diffa, where the army is fighting jihadist groups linked to al-Qaeda, the Islamic State and Boko Haram.

The measure, first declared in Diffa in 2015 and extended to parts of the west in 2017, gives the security forces wider powers of search and arrest and allows the governors to ban the movement of motorbikes, which the jihadists use for their raids. The bill passed with 114 votes in favour; the opposition walked out.

The interior minister told lawmakers that the measure was "a weapon of war" and recalled the deadly attacks on the army camps at Inates and Chinagodrar between December and January, after which the army withdrew from several isolated posts near the Malian border. Opposition deputies said the ban on motorbikes was ruining traders and farmers and pushing young men into the arms of the armed groups.

The government has also raised military spending and announced the recruitment of several thousand soldiers this year, with the aim of bringing the army to 50,000 men by 2025.

According to the UN, more than 489,000 people are displaced in Niger, including Nigerian and Malian refugees, and nearly 3 million need humanitarian aid.
""",
country_hint="NE",
figures=[
    fig("fighters", 50000, "Niger",
        "with the aim of bringing the army to 50,000 men by 2025",
        note="target size of the army"),
    fig("displaced", 489000, "Niger",
        "According to the UN, more than 489,000 people are displaced in Niger, including Nigerian and Malian refugees",
        note="displaced and refugees together"),
    fig("other", 3000000, "Niger",
        "nearly 3 million need humanitarian aid",
        note="people in need of aid"),
])

report("b23-30", "2021-09-25", "https://www.example-easternchadradio.com/2021/09/25/goz-beida-clashes-ngouboua-island",
"""
Chad: conflicting tolls after herder-farmer clashes near Goz Beïda; five soldiers killed on Lake Chad island

ABÉCHÉ, September 25 (Eastern Chad Radio) - Clashes between nomadic herders and farmers near Goz Beïda, in the Sila province of eastern Chad, left at least 11 people dead on Wednesday, the provincial governor said, while a member of parliament from the area put the toll at 19.

The fighting began when armed herders on horseback and camels drove their animals into fields near a village east of the town and opened fire on farmers who tried to stop them, according to the lawmaker. Villagers armed with bows and spears fought back. About twenty people were wounded on both sides.

The governor said security forces had been deployed to separate the two communities and that a committee of elders would meet today.

In the Lac province, five soldiers were killed on Tuesday when Boko Haram fighters attacked their position on an island near Ngouboua, the army said. The army said its troops had put "about thirty assailants out of harm's way" in a counter-attack.

In the south, gunmen abducted four children of herders from a camp near Baïbokoum, in the Logone Oriental province, on Sunday and are demanding a ransom of several million CFA francs, a local official said. Kidnappings for ransom have become common in the region.

More than 400,000 people are displaced in the Lac province, according to the UN.
""",
events=[
    ev("Armed herders drove their animals into fields near Goz Beïda and fired on farmers, who fought back; at least 11 dead per the governor, 19 per a lawmaker; about twenty wounded.",
       "2021-09-22", "‘on Wednesday’ before the Saturday 2021-09-25 dateline: Wednesday 2021-09-22",
       "near Goz Beïda", "Sila", "TD", "battle", "herders", "farmers",
       11, 19, 20, None,
       "Clashes between nomadic herders and farmers near Goz Beïda, in the Sila province of eastern Chad, left at least 11 people dead on Wednesday, the provincial governor said, while a member of parliament from the area put the toll at 19. [...] About twenty people were wounded on both sides.",
       note="conflicting tolls: 11 (governor) vs 19 (lawmaker); communal clash, both sides armed"),
    ev("Boko Haram fighters attacked an army position on an island near Ngouboua, killing five soldiers; the army said it put 'about thirty assailants out of harm's way'.",
       "2021-09-21", "‘on Tuesday’ before the Saturday 2021-09-25 dateline: Tuesday 2021-09-21",
       "island near Ngouboua", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
       5, None, None, None,
       "In the Lac province, five soldiers were killed on Tuesday when Boko Haram fighters attacked their position on an island near Ngouboua, the army said. The army said its troops had put \"about thirty assailants out of harm's way\" in a counter-attack.",
       note="5 soldiers only; 'put out of harm's way' is not read as killed"),
    ev("Gunmen abducted four herders' children from a camp near Baïbokoum and demand a ransom.",
       "2021-09-19", "‘on Sunday’ before the Saturday 2021-09-25 dateline: Sunday 2021-09-19",
       "herders' camp near Baïbokoum", "Logone Oriental", "TD", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In the south, gunmen abducted four children of herders from a camp near Baïbokoum, in the Logone Oriental province, on Sunday and are demanding a ransom of several million CFA francs, a local official said.",
       note="abduction of 4 for ransom"),
],
figures=[
    fig("displaced", 400000, "Lac province",
        "More than 400,000 people are displaced in the Lac province, according to the UN."),
])

report("b23-31", "2019-06-05", "https://www.example-centralafricanherald.com/2019/06/05/baboua-cattle-raid-ndassima",
"""
CAR: 3R gunmen raid cattle camp near Baboua; UPC takes over Ndassima gold site

BANGUI, June 5 (Central African Herald) - Armed men raided a cattle camp near Baboua, in the Nana-Mambéré prefecture near the Cameroonian border, on Saturday, killing three herders and driving off about 200 head of cattle, local officials said.

The government spokesman said on Monday that the attackers were fighters of the 3R (Return, Reclamation and Rehabilitation) group, one of the 14 armed groups that signed the peace agreement with the government in February, and called on the group's leaders to hand them over to justice.

In the Ouaka prefecture, fighters of the Union for Peace in Central Africa (UPC) took control of the gold-mining site of Ndassima, north of Bambari, on Friday after the anti-balaka militiamen who held it withdrew, miners said. Nobody was hurt, they said.

Fighting between the UPC and anti-balaka around Ippy on Sunday left at least seven people dead, including two civilians, according to a local official.

On the road between Bambari and Grimari, anti-balaka militiamen stopped a vehicle on Monday and killed two Muslim traders travelling in it, the UN mission MINUSCA said. The mission said it had opened an inquiry.

The peace agreement, the eighth since the start of the crisis in 2013, has reduced fighting in some areas, but the armed groups still control most of the country. The UN says more than 600,000 people remain displaced inside the Central African Republic.
""",
events=[
    ev("Armed men raided a cattle camp near Baboua, killing three herders and taking about 200 head of cattle; the government named the 3R.",
       "2019-06-01", "‘on Saturday’ before the Wednesday 2019-06-05 dateline: Saturday 2019-06-01",
       "cattle camp near Baboua", "Nana-Mambéré", "CF", "attack_on_civilians", "3R", "civilians",
       3, None, None, None,
       "Armed men raided a cattle camp near Baboua, in the Nana-Mambéré prefecture near the Cameroonian border, on Saturday, killing three herders and driving off about 200 head of cattle, local officials said. [...] The government spokesman said on Monday that the attackers were fighters of the 3R (Return, Reclamation and Rehabilitation) group",
       note="cattle raid with killings; attackers named by the government spokesman"),
    ev("UPC fighters took control of the Ndassima gold-mining site after the anti-balaka holding it withdrew; nobody was hurt.",
       "2019-05-31", "‘on Friday’ before the Wednesday 2019-06-05 dateline: Friday 2019-05-31",
       "Ndassima gold-mining site", "Ouaka", "CF", "territory_gain", "UPC", "anti-balaka",
       0, None, 0, None,
       "In the Ouaka prefecture, fighters of the Union for Peace in Central Africa (UPC) took control of the gold-mining site of Ndassima, north of Bambari, on Friday after the anti-balaka militiamen who held it withdrew, miners said. Nobody was hurt, they said.",
       note="non-state actor takes over a place without a fight; explicit zero"),
    ev("Fighting between the UPC and anti-balaka around Ippy left at least seven dead, including two civilians.",
       "2019-06-02", "‘on Sunday’ before the Wednesday 2019-06-05 dateline: Sunday 2019-06-02",
       "around Ippy", "Ouaka", "CF", "battle", "UPC", "anti-balaka",
       7, None, None, None,
       "Fighting between the UPC and anti-balaka around Ippy on Sunday left at least seven people dead, including two civilians, according to a local official.",
       note="the two civilians are inside the 7; the side that attacked is not said, UPC named first"),
    ev("Anti-balaka militiamen stopped a vehicle on the road between Bambari and Grimari and killed two Muslim traders.",
       "2019-06-03", "‘on Monday’ before the Wednesday 2019-06-05 dateline: Monday 2019-06-03",
       "road between Bambari and Grimari", "Ouaka", "CF", "attack_on_civilians", "anti-balaka", "civilians",
       2, None, None, None,
       "On the road between Bambari and Grimari, anti-balaka militiamen stopped a vehicle on Monday and killed two Muslim traders travelling in it, the UN mission MINUSCA said."),
],
figures=[
    fig("displaced", 600000, "Central African Republic",
        "The UN says more than 600,000 people remain displaced inside the Central African Republic."),
])

report("b23-32", "2023-06-21", "https://www.example-saharacommunityradio.com/2023/06/21/tidermene-killings-inekar-dioura",
"""
Mali: governor blames Islamic State for killing of 12 near Tidermène; army and 'partners' neutralise 21 around Dioura

GAO, June 21 (Sahara Community Radio) - Unidentified gunmen killed 12 civilians, including three children, in two hamlets near Tidermène, in the Ménaka region, on Sunday, the regional governor said yesterday.

Local sources had at first put the toll at eight. The governor attributed the killings to the Islamic State in the Sahel, which has been fighting the Movement for the Salvation of Azawad (MSA) and other armed groups for control of the region since last year.

On Monday, the MSA said its fighters had repelled an attack by the Islamic State near Inékar, west of Ménaka town. Five MSA fighters and 14 attackers were killed, an MSA spokesman said. The figures could not be independently verified.

In the centre of the country, the army said Malian troops and their "partners" had neutralised 21 terrorists on Friday in an air-land operation around Dioura, in the Mopti region. The partners are the Russian paramilitaries that the army calls instructors. Residents said several of the dead were villagers and that houses had been burned.

Near Boni, a truck carrying food to the town struck an explosive device on Tuesday, killing three civilians and wounding two, a local official said. Boni has been under a blockade by jihadists since last year, and convoys now travel only under army escort.

More than 30,000 people have fled to Ménaka town since March, according to humanitarian organisations.
""",
events=[
    ev("Gunmen killed 12 civilians, including three children, in two hamlets near Tidermène; the toll was first put at eight; the governor blamed the Islamic State in the Sahel.",
       "2023-06-18", "‘on Sunday’ before the Wednesday 2023-06-21 dateline: Sunday 2023-06-18",
       "hamlets near Tidermène", "Ménaka", "ML", "attack_on_civilians", "Islamic State", "civilians",
       12, None, None, None,
       "Unidentified gunmen killed 12 civilians, including three children, in two hamlets near Tidermène, in the Ménaka region, on Sunday, the regional governor said yesterday. [...] Local sources had at first put the toll at eight. The governor attributed the killings to the Islamic State in the Sahel",
       note="revised toll: 8 replaced by 12; the three children are inside the 12; group named by the governor"),
    ev("The Islamic State attacked MSA fighters near Inékar and was repelled; the MSA gave five of its fighters and 14 attackers killed.",
       "2023-06-19", "‘On Monday’ before the Wednesday 2023-06-21 dateline: Monday 2023-06-19",
       "near Inékar", "Ménaka", "ML", "battle", "Islamic State", "MSA",
       19, None, None, None,
       "On Monday, the MSA said its fighters had repelled an attack by the Islamic State near Inékar, west of Ménaka town. Five MSA fighters and 14 attackers were killed, an MSA spokesman said.",
       note="19 = 5 MSA + 14 attackers (MSA count); the MSA is the defending side, not the attacker making a claim"),
    ev("Malian troops and their Russian 'partners' neutralised 21 terrorists in an air-land operation around Dioura; residents said villagers were among the dead.",
       "2023-06-16", "‘on Friday’ before the Wednesday 2023-06-21 dateline: Friday 2023-06-16",
       "around Dioura", "Mopti", "ML", "battle", "Malian security forces", "militants (unidentified)",
       21, None, None, None,
       "In the centre of the country, the army said Malian troops and their \"partners\" had neutralised 21 terrorists on Friday in an air-land operation around Dioura, in the Mopti region. The partners are the Russian paramilitaries that the army calls instructors. Residents said several of the dead were villagers and that houses had been burned.",
       note="with Wagner; 'neutralised' read as killed; residents dispute who the dead were"),
    ev("A food truck bound for Boni struck an explosive device, killing three civilians and wounding two.",
       "2023-06-20", "‘on Tuesday’ before the Wednesday 2023-06-21 dateline: Tuesday 2023-06-20",
       "near Boni", "Mopti", "ML", "explosion", "unknown", "civilians",
       3, None, 2, None,
       "Near Boni, a truck carrying food to the town struck an explosive device on Tuesday, killing three civilians and wounding two, a local official said.",
       note="nobody named for the device; the blockade is by unnamed 'jihadists'"),
],
figures=[
    fig("displaced", 30000, "Ménaka",
        "More than 30,000 people have fled to Ménaka town since March, according to humanitarian organisations."),
])

report("b23-33", "2022-07-18", "https://www.example-fasodailymirror.com/2022/07/18/djibo-convoy-losses-revised-thiou",
"""
Burkina Faso: losses in Djibo convoy ambush revised to eight soldiers; VDP accused of executions near Thiou

OUAGADOUGOU, July 18 (Faso Daily Mirror) - A supply convoy escorted by soldiers and Volunteers for the Defence of the Homeland (VDP) was ambushed on Friday on the road between Bourzanga and Djibo, the army said.

In a first statement on Saturday, the army said six soldiers and four VDP had been killed and "about twenty terrorists neutralised" in the fighting. On Sunday it raised the number of soldiers killed to eight, after two of the wounded died, and said 11 other soldiers were being treated.

The convoy of some 150 trucks was carrying food and fuel to Djibo, which has been cut off by the jihadists for months. The army said most of the trucks had reached the town.

On Tuesday, VDP volunteers rounded up men in a village near Thiou, in the Yatenga province, and shot dead eight of them, accusing them of supplying the jihadists, a local human rights group said, citing survivors. The government said it would investigate.

In the Boucle du Mouhoun region, armed men attacked Toéni, in the Sourou province, on Thursday night, killing at least 15 people, including three VDP, the provincial high commissioner said.

More than 1.9 million people have been displaced, and more than 4,000 schools are closed across the country, according to official figures.
""",
events=[
    ev("A supply convoy escorted by soldiers and VDP was ambushed between Bourzanga and Djibo; soldiers' deaths revised from six to eight, four VDP and about twenty attackers killed; 11 soldiers wounded.",
       "2022-07-15", "‘on Friday’ before the Monday 2022-07-18 dateline: Friday 2022-07-15",
       "road between Bourzanga and Djibo", None, "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       32, None, 11, None,
       "A supply convoy escorted by soldiers and Volunteers for the Defence of the Homeland (VDP) was ambushed on Friday on the road between Bourzanga and Djibo, the army said. [...] In a first statement on Saturday, the army said six soldiers and four VDP had been killed and \"about twenty terrorists neutralised\" in the fighting. On Sunday it raised the number of soldiers killed to eight, after two of the wounded died, and said 11 other soldiers were being treated.",
       note="32 = 8 soldiers (revised from 6) + 4 VDP + about 20 attackers ('neutralised' read as killed); VDP with the army; admin left null: the road runs from Bam (Centre-Nord) to Soum (Sahel) and the spot is not given"),
    ev("VDP volunteers rounded up men in a village near Thiou and shot dead eight, accusing them of supplying the jihadists.",
       "2022-07-12", "‘On Tuesday’ before the Monday 2022-07-18 dateline: Tuesday 2022-07-12",
       "village near Thiou", "Nord", "BF", "attack_on_civilians", "VDP", "civilians",
       8, None, None, None,
       "On Tuesday, VDP volunteers rounded up men in a village near Thiou, in the Yatenga province, and shot dead eight of them, accusing them of supplying the jihadists, a local human rights group said, citing survivors.",
       note="VDP acting alone, so named as actor1"),
    ev("Armed men attacked Toéni at night, killing at least 15 people including three VDP.",
       "2022-07-14", "‘on Thursday night’ before the Monday 2022-07-18 dateline: Thursday 2022-07-14",
       "Toéni", "Boucle du Mouhoun", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       15, None, None, None,
       "In the Boucle du Mouhoun region, armed men attacked Toéni, in the Sourou province, on Thursday night, killing at least 15 people, including three VDP, the provincial high commissioner said.",
       note="the three VDP are inside the 15; an attack on a village, mostly civilians"),
],
figures=[
    fig("displaced", 1900000, "Burkina Faso",
        "More than 1.9 million people have been displaced, and more than 4,000 schools are closed across the country"),
    fig("other", 4000, "Burkina Faso",
        "more than 4,000 schools are closed across the country",
        note="schools closed"),
])

report("b23-34", "2023-05-12", "https://www.example-northernmozmonitor.com/2023/05/12/macomia-ambush-quiterajo-fishermen",
"""
Cabo Delgado: two soldiers killed in ambush north of Macomia; four fishermen beheaded near Quiterajo

PEMBA, May 12 (Northern Mozambique Monitor) - Two Mozambican soldiers were killed on Sunday when insurgents ambushed their vehicle on the N380 road north of Macomia, in Cabo Delgado province, a military source said. The Islamic State claimed the ambush on Monday, saying it had killed four soldiers.

Insurgents beheaded four fishermen on a beach near Quiterajo, on the Macomia coast, on Tuesday, residents said. The fishermen had gone out at dawn and their bodies were found by relatives in the afternoon.

On Wednesday, members of the Força Local, the village militia, repelled an insurgent raid on Pangane and killed three of the attackers, a local administrator said.

The Southern African mission in Mozambique (SAMIM) said troops had destroyed "several insurgent bases" in the Catupa forest during the past week, without giving details.

The insurgents, affiliated to the Islamic State, have been weakened since Rwandan and southern African troops arrived in 2021, but small groups continue to raid villages and roads in Macomia and Muidumbe. The government says more than 420,000 displaced people have returned to their districts of origin in Cabo Delgado.
""",
events=[
    ev("Insurgents ambushed an army vehicle on the N380 north of Macomia, killing two soldiers; the Islamic State claimed it and said four.",
       "2023-05-07", "‘on Sunday’ before the Friday 2023-05-12 dateline: Sunday 2023-05-07",
       "N380 road north of Macomia", "Cabo Delgado", "MZ", "battle", "Islamic State", "Mozambican security forces",
       2, None, None, None,
       "Two Mozambican soldiers were killed on Sunday when insurgents ambushed their vehicle on the N380 road north of Macomia, in Cabo Delgado province, a military source said. The Islamic State claimed the ambush on Monday, saying it had killed four soldiers.",
       note="the claim of four is not used"),
    ev("Insurgents beheaded four fishermen on a beach near Quiterajo.",
       "2023-05-09", "‘on Tuesday’ before the Friday 2023-05-12 dateline: Tuesday 2023-05-09",
       "beach near Quiterajo", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "Insurgents beheaded four fishermen on a beach near Quiterajo, on the Macomia coast, on Tuesday, residents said.",
       note="no claim; the report ties the insurgents to the Islamic State"),
    ev("Força Local militiamen repelled an insurgent raid on Pangane and killed three attackers.",
       "2023-05-10", "‘On Wednesday’ before the Friday 2023-05-12 dateline: Wednesday 2023-05-10",
       "Pangane", "Cabo Delgado", "MZ", "battle", "Islamic State", "Força Local",
       3, None, None, None,
       "On Wednesday, members of the Força Local, the village militia, repelled an insurgent raid on Pangane and killed three of the attackers, a local administrator said.",
       note="the insurgents attacked; the militia defended"),
    ev("SAMIM troops destroyed 'several insurgent bases' in the Catupa forest during the past week.",
       None, "‘during the past week’ before the Friday 2023-05-12 dateline; no day",
       "Catupa forest", "Cabo Delgado", "MZ", "battle", "SAMIM", "Islamic State",
       None, None, None, None,
       "The Southern African mission in Mozambique (SAMIM) said troops had destroyed \"several insurgent bases\" in the Catupa forest during the past week, without giving details.",
       note="an aggregate of operations over a week, no day and no detail",
       optional=True),
],
figures=[
    fig("returned", 420000, "Cabo Delgado",
        "The government says more than 420,000 displaced people have returned to their districts of origin in Cabo Delgado."),
])

report("b23-35", "2023-06-13", "https://www.example-middlebeltherald.com/plateau/2023/06/13/bwai-attack-mangu-riot",
"""
Plateau: conflicting tolls after gunmen attack Bwai; youths burn houses in Mangu

JOS, June 13 (Middle Belt Herald) - Gunmen attacked communities in the Bwai district of Mangu Local Government Area of Plateau State late on Sunday, killing several people and burning houses, residents said.

A community leader said 17 people had been killed. The state police command put the toll at nine and said it had deployed a tactical team to the area. Local leaders blamed armed herders for the attack; the police said the identity of the attackers had not yet been established.

On Monday, youths angered by the killings set up roadblocks in Mangu town and set fire to houses and shops, killing two people, the police said. A 24-hour curfew has been imposed on the town.

In Borno State, fighters of the Islamic State West Africa Province (ISWAP) attacked the rival Boko Haram faction known as JAS on islands of Lake Chad near Kukawa on Saturday, leaving dozens dead on both sides, sources close to the groups said.

More than 100 people have been killed in Mangu since mid-May, and some 20,000 have fled their homes, according to local officials.
""",
events=[
    ev("Gunmen attacked communities in Bwai district, killing people and burning houses; 17 dead per a community leader, nine per the police; attackers not identified.",
       "2023-06-11", "‘late on Sunday’ before the Tuesday 2023-06-13 dateline: Sunday 2023-06-11",
       "Bwai", "Plateau", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       9, 17, None, None,
       "Gunmen attacked communities in the Bwai district of Mangu Local Government Area of Plateau State late on Sunday, killing several people and burning houses, residents said. [...] A community leader said 17 people had been killed. The state police command put the toll at nine",
       note="conflicting tolls: 9 (police) vs 17 (community leader); local leaders blame herders, the police say the attackers are not identified"),
    ev("Youths angered by the killings set up roadblocks in Mangu and burned houses and shops, killing two people.",
       "2023-06-12", "‘On Monday’ before the Tuesday 2023-06-13 dateline: Monday 2023-06-12",
       "Mangu", "Plateau", "NG", "other", "rioters", "civilians",
       2, None, None, None,
       "On Monday, youths angered by the killings set up roadblocks in Mangu town and set fire to houses and shops, killing two people, the police said.",
       note="riot (violent demonstration / mob violence)"),
    ev("ISWAP attacked the rival JAS faction on Lake Chad islands near Kukawa; dozens dead on both sides.",
       "2023-06-10", "‘on Saturday’ before the Tuesday 2023-06-13 dateline: Saturday 2023-06-10",
       "islands of Lake Chad near Kukawa", "Borno", "NG", "battle", "Boko Haram", "Boko Haram (JAS)",
       None, None, None, None,
       "In Borno State, fighters of the Islamic State West Africa Province (ISWAP) attacked the rival Boko Haram faction known as JAS on islands of Lake Chad near Kukawa on Saturday, leaving dozens dead on both sides, sources close to the groups said.",
       note="ISWAP coded Boko Haram (canonical name), JAS noted as the other faction; 'dozens' gives no count"),
],
figures=[
    fig("killed", 100, "Mangu",
        "More than 100 people have been killed in Mangu since mid-May",
        note="running toll since mid-May"),
    fig("displaced", 20000, "Mangu",
        "some 20,000 have fled their homes, according to local officials"),
])

report("b23-36", "2023-10-16", "https://www.example-sahelcameroonradio.com/2023/10/16/mozogo-post-bamenda-abduction",
"""
Cameroon: soldiers repel Boko Haram attack on Mozogo post; separatists claim abduction of civil servants in Bamenda

MAROUA, October 16 (Sahel Cameroon Radio) - Cameroonian soldiers repelled an attack by Boko Haram fighters on a military post in Mozogo, in the Mayo-Tsanaga department, in the early hours of Sunday, a military source said. One soldier and five assailants were killed, the source said.

On Saturday, three members of a vigilance committee were killed when an explosive device went off under their motorbike near Kolofata, local officials said. Nobody claimed responsibility.

In Bamenda, capital of the North-West region, unidentified gunmen abducted five civil servants from a bus on Thursday, the regional delegate for public service said. On Saturday a separatist commander claimed the abduction in a video and demanded a ransom.

Soldiers raided a separatist camp near Kumbo, in the Bui division, on Friday, killing six fighters, the army said. Residents said two of the dead were farmers from a nearby village.

The UN says some 385,000 people are displaced in the Far North and more than 600,000 in the two English-speaking regions.
""",
events=[
    ev("Boko Haram fighters attacked a military post in Mozogo and were repelled; one soldier and five assailants killed.",
       "2023-10-15", "‘in the early hours of Sunday’ before the Monday 2023-10-16 dateline: Sunday 2023-10-15",
       "military post in Mozogo", "Far North", "CM", "battle", "Boko Haram", "Cameroonian security forces",
       6, None, None, None,
       "Cameroonian soldiers repelled an attack by Boko Haram fighters on a military post in Mozogo, in the Mayo-Tsanaga department, in the early hours of Sunday, a military source said. One soldier and five assailants were killed, the source said.",
       note="6 = 1 soldier + 5 assailants"),
    ev("An explosive device went off under a motorbike near Kolofata, killing three vigilance committee members.",
       "2023-10-14", "‘On Saturday’ before the Monday 2023-10-16 dateline: Saturday 2023-10-14",
       "near Kolofata", "Far North", "CM", "explosion", "unknown", "vigilance committee",
       3, None, None, None,
       "On Saturday, three members of a vigilance committee were killed when an explosive device went off under their motorbike near Kolofata, local officials said. Nobody claimed responsibility."),
    ev("Gunmen abducted five civil servants from a bus in Bamenda; a separatist commander claimed it and demanded a ransom.",
       "2023-10-12", "‘on Thursday’ before the Monday 2023-10-16 dateline: Thursday 2023-10-12",
       "Bamenda", "North-West", "CM", "other", "Ambazonian separatists", "civilians",
       None, None, None, None,
       "In Bamenda, capital of the North-West region, unidentified gunmen abducted five civil servants from a bus on Thursday, the regional delegate for public service said. On Saturday a separatist commander claimed the abduction in a video and demanded a ransom.",
       note="abduction of 5; 'unidentified gunmen' named by the later claim"),
    ev("Soldiers raided a separatist camp near Kumbo, killing six; residents said two of the dead were farmers.",
       "2023-10-13", "‘on Friday’ before the Monday 2023-10-16 dateline: Friday 2023-10-13",
       "separatist camp near Kumbo", "North-West", "CM", "battle", "Cameroonian security forces", "Ambazonian separatists",
       6, None, None, None,
       "Soldiers raided a separatist camp near Kumbo, in the Bui division, on Friday, killing six fighters, the army said. Residents said two of the dead were farmers from a nearby village.",
       note="residents dispute who two of the dead were, not how many died"),
],
figures=[
    fig("displaced", 385000, "Far North",
        "The UN says some 385,000 people are displaced in the Far North"),
    fig("displaced", 600000, "North-West and South-West",
        "more than 600,000 in the two English-speaking regions"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# the theme's countries and the first-level regions used for each (as commonly written in English)
ADMINS = {
    "ML": {"Mopti", "Ségou", "Timbuktu", "Gao", "Ménaka", "Kidal"},
    "BF": {"Sahel", "Centre-Nord", "Est", "Nord", "Boucle du Mouhoun"},
    "NE": {"Tillabéri", "Tahoua", "Diffa", "Maradi"},
    "NG": {"Borno", "Zamfara", "Plateau"},
    "CM": {"Far North", "North-West"},
    "TD": {"Lac", "Tibesti", "Ouaddaï", "Sila", "Logone Oriental"},
    "CD": {"North Kivu", "Ituri"},
    "CF": {"Mbomou", "Basse-Kotto", "Haute-Kotto", "Ouham", "Ouaka", "Nana-Mambéré"},
    "MZ": {"Cabo Delgado"},
}
COUNTRIES = set(ADMINS)
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
        if rid != "b23-%02d" % (i + 1):
            err(rid, f"id out of order, expected b23-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2015, 1, 1) <= pub <= datetime.date(2023, 12, 31)):
            err(rid, f"published {pub} outside 2015-2023")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        nwords = len(text.split())
        if not (MIN_WORDS <= nwords <= MAX_WORDS):
            err(rid, f"{nwords} words, expected {MIN_WORDS}-{MAX_WORDS}")
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
        countries = set()
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
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            elif e.get("admin") is not None and e["admin"] not in ADMINS[e["country"]]:
                err(w, f"admin {e.get('admin')!r} is not a region used for {e['country']}")
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
            if e.get("type") == "arrest" and "arrested" not in e:
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            check_evidence(w, text, e.get("evidence"))
        if len(countries) > 1:
            err(rid, f"events in several countries {sorted(countries)}: each report covers one country")
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            if not isinstance(f.get("place"), str) or not f["place"].strip():
                err(w, "figure place must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif "country_hint" in r:
            err(rid, "country_hint only on reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")
    rep_c = Counter((r["events"][0]["country"] if r["events"] else r.get("country_hint")) for r in REPORTS)
    missing = COUNTRIES - set(rep_c)
    if missing:
        err("set", f"no report from {sorted(missing)}")


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
    print(f"admin null: {sum(e['admin'] is None for e in evs)}")
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
