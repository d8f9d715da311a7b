#!/usr/bin/env python3
"""probe-blind16: a blind development set for sitrep (36 invented wire and local-press reports).

Every report text and its gold annotation is held below as Python data. Running this script
checks all of it and, only when every check passes, writes docs.jsonl and gold.jsonl next to
this file and prints the counts. On any problem it prints every error and exits non-zero
without writing anything.

    python3 make.py
"""
import calendar
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

REPORTS = []


def R(id, published, url, text, events, figures):
    REPORTS.append({"id": id, "published": published, "url": url, "text": text.strip("\n"),
                    "events": events, "figures": figures})


# --------------------------------------------------------------------------------------------
# Reports. Events list the schema keys in the schema's order (summary, date, date_note, place,
# admin, country, type, actor1, actor2, killed, killed_high, wounded, wounded_high, evidence,
# then optionally note, arrested, optional). Figures: what, value, place, evidence, note.
# --------------------------------------------------------------------------------------------

# ---------------------------------------------------------------- Iraq
R("b16-01", "2016-05-19", "https://www.example-tigriswire.com/iraq/2016/05/19/tarmiyah-checkpoint-car-bomb", """
Suicide car bomb kills soldiers at checkpoint north of Baghdad; toll disputed

TARMIYAH, May 19 (Tigris Wire) - A suicide bomber drove a car packed with explosives into an army checkpoint on the southern edge of Tarmiyah on Wednesday, killing at least eight soldiers and two civilians who were waiting in line to be searched, a police officer in the town said.

The officer, who asked not to be named because he was not authorised to speak to reporters, said 11 other people were wounded, four of them soldiers. The bomber was also killed in the blast.

A doctor at the town's hospital gave a higher toll, saying the bodies of 14 people had been brought in by late evening, not counting the attacker.

Islamic State claimed the bombing in a statement circulated online, saying one of its fighters had targeted "the apostate army". The group said 30 soldiers were killed, a figure that could not be verified and that the army dismissed as propaganda.

Tarmiyah, about 50 km north of the capital, sits among farmland and palm groves that the security forces have struggled to clear of militant cells for years.

In a separate incident on Wednesday evening, a roadside bomb went off beside a minibus on the main road through Latifiya, south of Baghdad, wounding five passengers, police said. No group said it had planted the device.

Hours earlier, gunmen on a motorcycle shot dead a local council member outside his home in Abu Ghraib, west of the capital, according to a security source. Police gave no motive and nobody has claimed the killing.

Wednesday's checkpoint attack was the deadliest in Baghdad province in more than two months.
""", [
    {"summary": "A suicide car bomber rammed an army checkpoint on the southern edge of Tarmiyah; police counted 8 soldiers and 2 civilians dead plus the bomber, a hospital doctor 14 bodies besides the attacker; Islamic State claimed it.",
     "date": "2016-05-18",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2016-05-19: Wednesday 2016-05-18",
     "place": "Tarmiyah", "admin": "Baghdad", "country": "IQ", "type": "explosion",
     "actor1": "Islamic State", "actor2": "Iraqi Security Forces",
     "killed": 11, "killed_high": 15, "wounded": 11, "wounded_high": None,
     "evidence": "A suicide bomber drove a car packed with explosives into an army checkpoint on the southern edge of Tarmiyah on Wednesday, killing at least eight soldiers and two civilians who were waiting in line to be searched [...] said 11 other people were wounded, four of them soldiers. The bomber was also killed in the blast. [...] saying the bodies of 14 people had been brought in by late evening, not counting the attacker. [...] Islamic State claimed the bombing in a statement circulated online",
     "note": "police: 8 soldiers + 2 civilians + the bomber = 11; hospital: 14 + the bomber = 15; the IS claim of 30 soldiers is not used"},
    {"summary": "A roadside bomb went off beside a minibus on the main road through Latifiya, wounding five passengers; unclaimed.",
     "date": "2016-05-18",
     "date_note": "‘on Wednesday evening’, the day before the Thursday 2016-05-19 dateline: Wednesday 2016-05-18",
     "place": "Latifiya", "admin": "Baghdad", "country": "IQ", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": None, "killed_high": None, "wounded": 5, "wounded_high": None,
     "evidence": "In a separate incident on Wednesday evening, a roadside bomb went off beside a minibus on the main road through Latifiya, south of Baghdad, wounding five passengers, police said. No group said it had planted the device."},
    {"summary": "Gunmen on a motorcycle shot dead a local council member outside his home in Abu Ghraib; unclaimed.",
     "date": "2016-05-18",
     "date_note": "‘Hours earlier’ than the Latifiya blast of ‘Wednesday evening’: Wednesday 2016-05-18",
     "place": "Abu Ghraib", "admin": "Baghdad", "country": "IQ", "type": "other",
     "actor1": "militants (unidentified)", "actor2": "civilians",
     "killed": 1, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Hours earlier, gunmen on a motorcycle shot dead a local council member outside his home in Abu Ghraib, west of the capital, according to a security source. Police gave no motive and nobody has claimed the killing.",
     "note": "assassination of an official: other"},
], [])

R("b16-02", "2017-03-16", "https://www.example-levantpress.com/news/2017/03/16/mosul-jawsaq-drone-queue", """
Iraqi police push towards Mosul's Old City as drone bomb hits food queue

MOSUL, March 16 (Levant Press Agency) - Iraqi federal police said they had driven Islamic State fighters out of the al-Jawsaq district of western Mosul on Tuesday after two days of street fighting, bringing their units to within a kilometre of the Old City.

A federal police commander told reporters at a forward position that 61 militants had been killed in the battle for the district and that four of his men had died. The figures could not be independently checked, and the commander did not say how many policemen were wounded.

Islamic State's news agency said its fighters had destroyed nine armoured vehicles in al-Jawsaq, but it did not mention losing ground.

On Wednesday morning, a small drone operated by the militants dropped a bomb on a crowd of families waiting for flour at a distribution point in Wadi Hajar, a neighbourhood the police had retaken earlier in the month. Three people, among them a boy, were killed and six were wounded, a resident who helped carry the casualties said.

A medic at a field clinic south of the city said he had treated "about ten" people from the queue, some of them with shrapnel in their legs.

The government's crisis cell for Nineveh said on Thursday that 104,000 people had fled western Mosul since the offensive on that side of the city began on February 19, most of them to camps south of the city.

Aid workers say food and clean water are running low in the neighbourhoods still held by the militants, and that families who try to leave are often fired on.

The eastern half of Mosul was declared retaken in January after three months of fighting.
""", [
    {"summary": "Federal police drove Islamic State out of the al-Jawsaq district of western Mosul; the police commander gave 61 militants and 4 policemen killed.",
     "date": "2017-03-14",
     "date_note": "‘on Tuesday’ in a report datelined Thursday 2017-03-16: Tuesday 2017-03-14",
     "place": "al-Jawsaq", "admin": "Nineveh", "country": "IQ", "type": "territory_gain",
     "actor1": "Iraqi Security Forces", "actor2": "Islamic State",
     "killed": 65, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Iraqi federal police said they had driven Islamic State fighters out of the al-Jawsaq district of western Mosul on Tuesday after two days of street fighting [...] A federal police commander told reporters at a forward position that 61 militants had been killed in the battle for the district and that four of his men had died.",
     "note": "61 militants + 4 policemen = 65, both from the police commander"},
    {"summary": "An Islamic State drone dropped a bomb on families queuing for flour in Wadi Hajar, western Mosul; a resident gave 3 dead and 6 wounded, a medic said he treated about ten.",
     "date": "2017-03-15",
     "date_note": "‘On Wednesday morning’ in a report datelined Thursday 2017-03-16: Wednesday 2017-03-15",
     "place": "Wadi Hajar", "admin": "Nineveh", "country": "IQ", "type": "explosion",
     "actor1": "Islamic State", "actor2": "civilians",
     "killed": 3, "killed_high": None, "wounded": 6, "wounded_high": 10,
     "evidence": "On Wednesday morning, a small drone operated by the militants dropped a bomb on a crowd of families waiting for flour at a distribution point in Wadi Hajar, a neighbourhood the police had retaken earlier in the month. Three people, among them a boy, were killed and six were wounded, a resident who helped carry the casualties said. [...] A medic at a field clinic south of the city said he had treated \"about ten\" people from the queue",
     "note": "wounded: resident 6, medic 'about ten'"},
], [
    {"what": "displaced", "value": 104000, "place": "western Mosul",
     "evidence": "The government's crisis cell for Nineveh said on Thursday that 104,000 people had fled western Mosul since the offensive on that side of the city began on February 19"},
])

R("b16-03", "2015-11-09", "https://www.example-mesopotamianews.com/diyala/baladruz-market-bomb-toll-19", """
Death toll from Baladruz market bombing climbs to 19

BAQUBA, November 9 (Mesopotamia News Service) - The number of people killed by a bomb that tore through a vegetable market in the Diyala town of Baladruz on Saturday evening has risen to 19, the provincial health directorate said on Monday, as several of the wounded died in hospital.

Officials had put the toll at 12 dead on Saturday night. The directorate said 40 people were still being treated for wounds, some of them in Baghdad.

A member of the provincial council from Baladruz said he had counted 23 funerals in the town by Sunday afternoon, and accused the health authorities of understating the losses.

The bomb had been hidden in a cart of onions parked near the entrance to the market, which is usually crowded at dusk, police said.

No group has said it carried out the attack. Diyala's police chief told a news conference in Baquba that "the fingerprints of Daesh are all over it", referring to Islamic State by its Arabic acronym, but he offered no evidence.

Police said on Monday that they had detained six men in raids on farms outside Baladruz on Sunday and were questioning them about the bombing.

Diyala, which borders Iran, was declared cleared of Islamic State in January, but sleeper cells still carry out bombings and kidnappings in its orchards and villages.

In a separate incident on Sunday, a police patrol found and dismantled a second bomb hidden under a bench at a bus stop in Baquba, a police source said.
""", [
    {"summary": "A bomb hidden in a vegetable cart exploded at the entrance of Baladruz market; the toll rose from 12 to 19 (health directorate), a council member counted 23 funerals; unclaimed, the police chief blamed Islamic State.",
     "date": "2015-11-07",
     "date_note": "‘on Saturday evening’ in a report datelined Monday 2015-11-09: Saturday 2015-11-07",
     "place": "Baladruz", "admin": "Diyala", "country": "IQ", "type": "explosion",
     "actor1": "Islamic State", "actor2": "civilians",
     "killed": 19, "killed_high": 23, "wounded": 40, "wounded_high": None,
     "evidence": "The number of people killed by a bomb that tore through a vegetable market in the Diyala town of Baladruz on Saturday evening has risen to 19, the provincial health directorate said on Monday [...] The directorate said 40 people were still being treated for wounds [...] A member of the provincial council from Baladruz said he had counted 23 funerals in the town by Sunday afternoon [...] No group has said it carried out the attack. Diyala's police chief told a news conference in Baquba that \"the fingerprints of Daesh are all over it\"",
     "note": "first toll of 12 superseded by the revised 19; 23 from a council member is a conflicting count; no claim, Islamic State only blamed by the police chief"},
    {"summary": "Police detained six men in raids on farms outside Baladruz over the market bombing.",
     "date": "2015-11-08",
     "date_note": "raids ‘on Sunday’ in a report datelined Monday 2015-11-09: Sunday 2015-11-08",
     "place": "Baladruz", "admin": "Diyala", "country": "IQ", "type": "arrest",
     "actor1": "Iraqi Security Forces", "actor2": "civilians",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Police said on Monday that they had detained six men in raids on farms outside Baladruz on Sunday and were questioning them about the bombing.",
     "arrested": 6},
    {"summary": "A police patrol found and dismantled a bomb hidden under a bench at a bus stop in Baquba.",
     "date": "2015-11-08",
     "date_note": "‘on Sunday’ in a report datelined Monday 2015-11-09: Sunday 2015-11-08",
     "place": "Baquba", "admin": "Diyala", "country": "IQ", "type": "other",
     "actor1": "Iraqi Security Forces", "actor2": "unknown",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "In a separate incident on Sunday, a police patrol found and dismantled a second bomb hidden under a bench at a bus stop in Baquba, a police source said.",
     "note": "defused bomb, no blast (disrupted weapons use)",
     "optional": True},
], [])

R("b16-04", "2023-04-20", "https://www.example-northernledger.com/2023/04/20/sinjar-returns-trickle", """
Sinjar returns slow to a trickle as rival forces stay put

DUHOK, April 20 (Northern Ledger) - Fewer than a third of the families who fled Sinjar when Islamic State overran the district in August 2014 have gone back, a coalition of local aid groups said on Thursday, blaming unpaid compensation, ruined homes and the presence of rival armed groups.

The coalition, the Sinjar Return Forum, said 41,000 families from the district were still living in camps and rented rooms in Duhok province, nearly nine years after the militants stormed the towns and villages around the mountain.

In its report, the forum said 2,700 homes in Sinjar town remained too damaged to live in, and that unexploded shells and booby traps were still being found in fields south of the mountain.

"People ask us who controls the road, who controls the checkpoint, who will protect them if the shooting starts again," said a forum coordinator who works in Khanke camp. "Nobody can give them an answer."

An agreement signed by Baghdad and the Kurdistan Regional Government on Friday, 9 October 2020 was meant to remove armed groups from the district and install a single local administration, but it has never been fully carried out.

Local officials say many men from Sinjar who took up arms after 2014 are still on the payroll of forces that answer to different capitals.

The forum called on the federal government to pay outstanding compensation claims, which it said numbered more than 9,000, and to fund the clearance of explosive remnants.

A spokesman for the ministry of migration said it had sent 600 families home from the camps since January and would keep running return convoys through the summer.
""", [], [
    {"what": "displaced", "value": 41000, "place": "Duhok",
     "evidence": "said 41,000 families from the district were still living in camps and rented rooms in Duhok province",
     "note": "families from Sinjar, not people"},
    {"what": "other", "value": 2700, "place": "Sinjar",
     "evidence": "the forum said 2,700 homes in Sinjar town remained too damaged to live in",
     "note": "homes too damaged to live in"},
    {"what": "returned", "value": 600, "place": "Sinjar",
     "evidence": "it had sent 600 families home from the camps since January",
     "note": "families, since January"},
])

R("b16-05", "2015-06-03", "https://www.example-euphratesreport.com/anbar/2015/06/03/haqlaniyah-assault-repelled", """
Islamic State assault on Haditha outskirts repelled, dozens dead

HADITHA, June 3 (Euphrates Report) - Iraqi soldiers and Sunni tribal fighters beat back an overnight assault by Islamic State militants on al-Haqlaniyah, a town on the Euphrates just south of Haditha, military officials said on Wednesday.

The attack began late on Monday, when three militants drove explosive-laden vehicles towards the town's northern checkpoints, and fighting went on until after dawn on Tuesday, according to an army colonel in the area.

The colonel said 27 militants were killed, including the three drivers, whose vehicles blew up before they reached the barriers. Five soldiers and four tribal fighters died defending the town, and 11 soldiers were wounded, he said.

A tribal leader who fights alongside the army gave a higher figure for his men, saying seven of them were killed. Islamic State, in a statement, said its fighters had "killed dozens of apostates" but did not say it had failed to take the town.

The US-led coalition said four of its airstrikes near Haditha on Tuesday had hit Islamic State fighting positions and a vehicle bomb workshop. It did not say whether anyone was killed.

Later on Tuesday, two mortar rounds fired from across the river landed near a bakery in the centre of Haditha, killing a woman and her young son, a doctor at the town's hospital said. Local police blamed the militants who hold villages on the western bank.

Haditha, home to the country's second-largest hydroelectric dam, has held out against Islamic State since the group swept through much of Anbar last year, though it has been under near-constant pressure.

Government forces are preparing a counteroffensive to retake Ramadi, the provincial capital, which fell to the militants in mid-May.
""", [
    {"summary": "Islamic State attacked al-Haqlaniyah with three vehicle bombs and gunmen overnight; soldiers and tribal fighters repelled it. Army colonel: 27 militants (including the three drivers), 5 soldiers and 4 tribal fighters killed, 11 soldiers wounded; a tribal leader said 7 of his men died.",
     "date": "2015-06-01",
     "date_note": "overnight assault that ‘began late on Monday’ and went on ‘until after dawn on Tuesday’; report datelined Wednesday 2015-06-03; overnight takes the first night, Monday 2015-06-01",
     "place": "al-Haqlaniyah", "admin": "Anbar", "country": "IQ", "type": "battle",
     "actor1": "Islamic State", "actor2": "Iraqi Security Forces",
     "killed": 36, "killed_high": 39, "wounded": 11, "wounded_high": None,
     "evidence": "Iraqi soldiers and Sunni tribal fighters beat back an overnight assault by Islamic State militants on al-Haqlaniyah, a town on the Euphrates just south of Haditha [...] The attack began late on Monday, when three militants drove explosive-laden vehicles towards the town's northern checkpoints, and fighting went on until after dawn on Tuesday [...] The colonel said 27 militants were killed, including the three drivers, whose vehicles blew up before they reached the barriers. Five soldiers and four tribal fighters died defending the town, and 11 soldiers were wounded, he said. [...] A tribal leader who fights alongside the army gave a higher figure for his men, saying seven of them were killed.",
     "note": "colonel: 27 + 5 + 4 = 36; with the tribal leader's 7 tribal dead: 27 + 5 + 7 = 39; tribal fighters fought with the army; an assault mostly by gunfire after the vehicle bombs blew up short of the barriers: battle"},
    {"summary": "The US-led coalition said four airstrikes near Haditha hit Islamic State fighting positions and a vehicle bomb workshop.",
     "date": "2015-06-02",
     "date_note": "‘on Tuesday’ in a report datelined Wednesday 2015-06-03: Tuesday 2015-06-02",
     "place": "near Haditha", "admin": "Anbar", "country": "IQ", "type": "explosion",
     "actor1": "US-led coalition", "actor2": "Islamic State",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The US-led coalition said four of its airstrikes near Haditha on Tuesday had hit Islamic State fighting positions and a vehicle bomb workshop. It did not say whether anyone was killed.",
     "note": "strike locations given only as 'near Haditha'",
     "optional": True},
    {"summary": "Two mortar rounds fired from across the river landed near a bakery in central Haditha, killing a woman and her son; police blamed the militants on the western bank.",
     "date": "2015-06-02",
     "date_note": "‘Later on Tuesday’ in a report datelined Wednesday 2015-06-03: Tuesday 2015-06-02",
     "place": "Haditha", "admin": "Anbar", "country": "IQ", "type": "explosion",
     "actor1": "Islamic State", "actor2": "civilians",
     "killed": 2, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Later on Tuesday, two mortar rounds fired from across the river landed near a bakery in the centre of Haditha, killing a woman and her young son, a doctor at the town's hospital said. Local police blamed the militants who hold villages on the western bank.",
     "note": "attributed by police to the militants (Islamic State) holding the western bank"},
], [])

R("b16-06", "2021-02-22", "https://www.example-rafidainwire.com/2021/02/22/mutaibija-ambush-four-pmf-killed", """
Four paramilitary fighters killed in night ambush in Salahuddin

Islamic State militants ambushed a Popular Mobilisation Forces patrol in the Mutaibija area on the edge of Salahuddin province late on Saturday, killing four fighters and wounding two, the paramilitary umbrella group said.

A security source in Samarra put the toll at five dead, among them a junior officer.

The attackers opened fire from an irrigation ditch as the patrol's two pickup trucks slowed at a bend in the road, the source said, and withdrew towards the orchards before reinforcements arrived.

Islamic State claimed the ambush through its Amaq outlet on Sunday, saying nine fighters were killed. Such claims frequently inflate the group's successes.

On Sunday morning, a bomb buried in a dirt track in al-Jalam, a stretch of desert and farmland east of Samarra, blew up under a car carrying farmers to their fields. Two of the men were killed and a third lost a leg, a relative said.

Nobody took responsibility for the blast, but the district's mayor said it bore the marks of "Daesh remnants" who have planted similar devices in the area.

Iraqi F-16 jets later struck caves in the Makhoul mountains north of Baiji, killing six militants, the military's Security Media Cell said in a statement. It released grainy footage of the strike but no other details.

At least 30 members of the security forces and allied paramilitaries have been killed in Salahuddin since the start of the year, according to a tally kept by a provincial council member.
""", [
    {"summary": "Islamic State ambushed a Popular Mobilisation Forces patrol in Mutaibija; the PMF said 4 fighters killed and 2 wounded, a security source 5 dead; IS claimed it with an inflated toll.",
     "date": "2021-02-20",
     "date_note": "‘late on Saturday’; no dateline, URL date Monday 2021-02-22: Saturday 2021-02-20",
     "place": "Mutaibija", "admin": "Salahuddin", "country": "IQ", "type": "battle",
     "actor1": "Islamic State", "actor2": "Popular Mobilization Forces",
     "killed": 4, "killed_high": 5, "wounded": 2, "wounded_high": None,
     "evidence": "Islamic State militants ambushed a Popular Mobilisation Forces patrol in the Mutaibija area on the edge of Salahuddin province late on Saturday, killing four fighters and wounding two, the paramilitary umbrella group said. [...] A security source in Samarra put the toll at five dead, among them a junior officer. [...] Islamic State claimed the ambush through its Amaq outlet on Sunday, saying nine fighters were killed.",
     "note": "PMF 4 vs security source 5; the IS claim of nine is not used"},
    {"summary": "A buried bomb blew up under a car carrying farmers in al-Jalam east of Samarra, killing two and wounding one; unclaimed, the mayor blamed Islamic State remnants.",
     "date": "2021-02-21",
     "date_note": "‘On Sunday morning’; URL date Monday 2021-02-22: Sunday 2021-02-21",
     "place": "al-Jalam", "admin": "Salahuddin", "country": "IQ", "type": "explosion",
     "actor1": "Islamic State", "actor2": "civilians",
     "killed": 2, "killed_high": None, "wounded": 1, "wounded_high": None,
     "evidence": "On Sunday morning, a bomb buried in a dirt track in al-Jalam, a stretch of desert and farmland east of Samarra, blew up under a car carrying farmers to their fields. Two of the men were killed and a third lost a leg, a relative said. [...] Nobody took responsibility for the blast, but the district's mayor said it bore the marks of \"Daesh remnants\"",
     "note": "no claim; Islamic State only blamed by the mayor"},
    {"summary": "Iraqi F-16s struck caves in the Makhoul mountains north of Baiji, killing six militants, the Security Media Cell said.",
     "date": None,
     "date_note": "‘later’, after the blast of ‘On Sunday morning’ in the text's order, but the statement ties the strike to no day; left null",
     "place": "Makhoul mountains", "admin": "Salahuddin", "country": "IQ", "type": "explosion",
     "actor1": "Iraqi Security Forces", "actor2": "Islamic State",
     "killed": 6, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Iraqi F-16 jets later struck caves in the Makhoul mountains north of Baiji, killing six militants, the military's Security Media Cell said in a statement."},
], [
    {"what": "killed", "value": 30, "place": "Salahuddin",
     "evidence": "At least 30 members of the security forces and allied paramilitaries have been killed in Salahuddin since the start of the year",
     "note": "running total since the start of 2021"},
])

# ---------------------------------------------------------------- Syria
R("b16-07", "2017-06-29", "https://www.example-orontes-wire.com/syria/2017/06/29/raqqa-qadisiyah-strikes-toll", """
Kurdish-led fighters take another Raqqa district; civilian toll from strikes disputed

AIN ISSA, June 29 (Orontes Wire) - The US-backed Syrian Democratic Forces said on Thursday they had taken full control of al-Qadisiyah, a district on the western side of Raqqa, after clearing the last Islamic State positions there on Wednesday.

An SDF spokesman said 17 militants were killed in the final push and that three of the alliance's fighters died. He did not say how many were wounded.

The capture leaves the SDF in control of several districts on the western edge of the city, which Islamic State has held since 2014 and treated as its Syrian capital.

Inside the city, residents and activists said air strikes overnight from Tuesday into Wednesday flattened a four-storey building in the al-Badu district where several families had taken shelter in the basement.

Raqqa Civil Watch, a group of activists who document casualties, said 21 civilians were killed, eight of them children. Another monitoring network put the toll at 14, saying some of those first reported missing had been pulled out alive.

The activists attributed the strikes to the US-led coalition, which is providing air support to the SDF. A coalition spokesman said it was reviewing the reports and that it took "all feasible precautions" to avoid harming civilians.

On Monday, four members of one family were shot dead by Islamic State snipers as they tried to slip out of the Hisham bin Abdul Malik district towards SDF lines, according to a relative who made it out.

Aid groups estimate that around 40,000 civilians remain trapped in Raqqa, with dwindling food and no running water.
""", [
    {"summary": "The SDF cleared the last Islamic State positions in al-Qadisiyah, western Raqqa; the SDF said 17 militants and 3 of its fighters were killed.",
     "date": "2017-06-28",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2017-06-29: Wednesday 2017-06-28",
     "place": "al-Qadisiyah", "admin": "Raqqa", "country": "SY", "type": "territory_gain",
     "actor1": "Syrian Democratic Forces", "actor2": "Islamic State",
     "killed": 20, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The US-backed Syrian Democratic Forces said on Thursday they had taken full control of al-Qadisiyah, a district on the western side of Raqqa, after clearing the last Islamic State positions there on Wednesday. [...] An SDF spokesman said 17 militants were killed in the final push and that three of the alliance's fighters died.",
     "note": "17 militants + 3 SDF = 20"},
    {"summary": "Overnight air strikes flattened a building sheltering families in al-Badu, Raqqa; Raqqa Civil Watch said 21 civilians were killed, another network 14; activists blamed the US-led coalition, which said it was reviewing the reports.",
     "date": "2017-06-27",
     "date_note": "‘overnight from Tuesday into Wednesday’ in a report datelined Thursday 2017-06-29; overnight takes the first night, Tuesday 2017-06-27",
     "place": "al-Badu", "admin": "Raqqa", "country": "SY", "type": "explosion",
     "actor1": "US-led coalition", "actor2": "civilians",
     "killed": 14, "killed_high": 21, "wounded": None, "wounded_high": None,
     "evidence": "residents and activists said air strikes overnight from Tuesday into Wednesday flattened a four-storey building in the al-Badu district where several families had taken shelter in the basement. [...] Raqqa Civil Watch, a group of activists who document casualties, said 21 civilians were killed, eight of them children. Another monitoring network put the toll at 14 [...] The activists attributed the strikes to the US-led coalition",
     "note": "conflicting monitors 14 vs 21; coalition attribution by activists, coalition reviewing"},
    {"summary": "Islamic State snipers shot dead four members of a family fleeing the Hisham bin Abdul Malik district of Raqqa towards SDF lines.",
     "date": "2017-06-26",
     "date_note": "‘On Monday’ in a report datelined Thursday 2017-06-29: Monday 2017-06-26",
     "place": "Hisham bin Abdul Malik", "admin": "Raqqa", "country": "SY", "type": "attack_on_civilians",
     "actor1": "Islamic State", "actor2": "civilians",
     "killed": 4, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Monday, four members of one family were shot dead by Islamic State snipers as they tried to slip out of the Hisham bin Abdul Malik district towards SDF lines, according to a relative who made it out."},
], [
    {"what": "civilians_trapped", "value": 40000, "place": "Raqqa",
     "evidence": "Aid groups estimate that around 40,000 civilians remain trapped in Raqqa"},
])

R("b16-08", "2019-06-27", "https://www.example-orontes-wire.com/syria/2019/06/27/ariha-market-air-raid", """
Air raid on Ariha market kills shoppers; no side admits strike

IDLIB, June 27 (Orontes Wire) - Warplanes struck a busy market street in the town of Ariha in Syria's Idlib province on Wednesday, killing at least 11 people, rescue workers and a local council member said.

The council member said the dead included three children and a woman who sold bread at a stall near the mosque. Rescuers said 26 people were wounded, several of them critically.

A war monitor based abroad, the Syrian Network for Field Documentation, gave a toll of 13 and said two of the wounded had died overnight.

Neither the Syrian government nor its Russian ally commented on the strike. Opposition activists said the jets had taken off from the Hmeimim air base on the coast, but the claim could not be checked.

Ariha lies on the M4 highway south of Idlib city, in the last large area of the country held by rebels and jihadists.

Later on Wednesday, Syrian state television said "terrorist groups" had fired rockets at the government-held town of al-Suqaylabiyah in Hama province, killing two civilians and wounding five. It did not name a faction.

Rebel groups have shelled government-held towns on the edge of the region in response to an offensive that began in late April. More than 300,000 people have fled their homes since then, according to aid groups.

The Turkish army, which has observation posts in the area, did not comment.
""", [
    {"summary": "Warplanes struck a market street in Ariha, killing at least 11, later 13 after two wounded died (a monitor); 26 wounded; nobody admitted the strike.",
     "date": "2019-06-26",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2019-06-27: Wednesday 2019-06-26",
     "place": "Ariha", "admin": "Idlib", "country": "SY", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": 13, "killed_high": None, "wounded": 26, "wounded_high": None,
     "evidence": "Warplanes struck a busy market street in the town of Ariha in Syria's Idlib province on Wednesday, killing at least 11 people, rescue workers and a local council member said. [...] Rescuers said 26 people were wounded, several of them critically. [...] the Syrian Network for Field Documentation, gave a toll of 13 and said two of the wounded had died overnight. [...] Neither the Syrian government nor its Russian ally commented on the strike.",
     "note": "air force not named (activists only say the jets flew from Hmeimim); the monitor's 13 adds two wounded who died overnight to the first 'at least 11': an update, so 13 stands; the 26 wounded were counted before those two died"},
    {"summary": "Syrian state television said 'terrorist groups' fired rockets at government-held al-Suqaylabiyah, killing two civilians and wounding five.",
     "date": "2019-06-26",
     "date_note": "‘Later on Wednesday’ in a report datelined Thursday 2019-06-27: Wednesday 2019-06-26",
     "place": "al-Suqaylabiyah", "admin": "Hama", "country": "SY", "type": "explosion",
     "actor1": "Syrian rebels", "actor2": "civilians",
     "killed": 2, "killed_high": None, "wounded": 5, "wounded_high": None,
     "evidence": "Later on Wednesday, Syrian state television said \"terrorist groups\" had fired rockets at the government-held town of al-Suqaylabiyah in Hama province, killing two civilians and wounding five. It did not name a faction.",
     "note": "state media's 'terrorist groups' = rebel factions, none named"},
], [
    {"what": "displaced", "value": 300000, "place": "Idlib",
     "evidence": "More than 300,000 people have fled their homes since then, according to aid groups.",
     "note": "since the offensive of late April"},
])

R("b16-09", "2015-09-06", "https://www.example-khaburvalleynews.com/2015/09/06/tal-tamr-checkpoint-suicide-attack", """
Suicide bomber strikes Kurdish checkpoint in Tal Tamr

A suicide bomber on a motorcycle blew himself up at a checkpoint manned by Kurdish security police at the western entrance of Tal Tamr on Saturday, killing two of the officers and himself, the Kurdish Asayish force said.

Four people were wounded, among them a shepherd who was passing with his flock, according to a statement from the force.

Islamic State said in an online statement that one of its fighters had carried out the attack and that "more than 20" Kurdish fighters were killed. The Asayish called the claim a lie.

Tal Tamr, a largely Assyrian Christian town on the Khabur river, was the target of an Islamic State offensive in February, when the militants seized dozens of villages and abducted hundreds of residents.

The Kurdish People's Protection Units, or YPG, have since pushed the militants back from most of the valley. The YPG said its fighters also took control on Saturday of two villages along the river near Tal Tamr, Tal Shamiram and Tal Nasri, after a day of clashes in which eight militants were killed.

The YPG did not give figures for its own losses.

Assyrian community leaders say fewer than a quarter of the families who fled the Khabur villages have returned.
""", [
    {"summary": "A suicide bomber on a motorcycle blew himself up at an Asayish checkpoint at the western entrance of Tal Tamr, killing two officers and himself and wounding four; Islamic State claimed it.",
     "date": "2015-09-05",
     "date_note": "‘on Saturday’; no dateline, URL date Sunday 2015-09-06: Saturday 2015-09-05",
     "place": "Tal Tamr", "admin": "Hasakah", "country": "SY", "type": "explosion",
     "actor1": "Islamic State", "actor2": "Kurdish security forces (Asayish)",
     "killed": 3, "killed_high": None, "wounded": 4, "wounded_high": None,
     "evidence": "A suicide bomber on a motorcycle blew himself up at a checkpoint manned by Kurdish security police at the western entrance of Tal Tamr on Saturday, killing two of the officers and himself, the Kurdish Asayish force said. [...] Four people were wounded [...] Islamic State said in an online statement that one of its fighters had carried out the attack",
     "note": "2 officers + the bomber = 3; the IS claim of 'more than 20' is not used"},
    {"summary": "The YPG took Tal Shamiram and Tal Nasri near Tal Tamr after a day of clashes in which eight militants were killed.",
     "date": "2015-09-05",
     "date_note": "‘took control on Saturday’; URL date Sunday 2015-09-06: Saturday 2015-09-05",
     "place": "Tal Shamiram and Tal Nasri", "admin": "Hasakah", "country": "SY", "type": "territory_gain",
     "actor1": "YPG", "actor2": "Islamic State",
     "killed": 8, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The YPG said its fighters also took control on Saturday of two villages along the river near Tal Tamr, Tal Shamiram and Tal Nasri, after a day of clashes in which eight militants were killed.",
     "note": "two villages sharing one combined toll: one event"},
], [])

R("b16-10", "2019-03-07", "https://www.example-jordanvalleywire.com/region/2019/03/07/rukban-camp-report", """
Desert camp residents caught between hunger and checkpoints, aid group says

AMMAN, March 7 (Jordan Valley Wire) - About 40,000 people stranded in the Rukban camp on Syria's border with Jordan are running out of food and medicine, and many are afraid to leave for government-held areas, an aid group said on Thursday.

The group, Desert Lifeline, said in a report that only one aid convoy had reached the camp in the past four months, and that a kilo of flour now cost five times what it did in government-held Homs.

Rukban lies inside a 55-km exclusion zone around the al-Tanf base used by US forces, which has kept Syrian government troops and their allies out of the area.

Residents interviewed for the report said they feared arrest or forced conscription if they returned to the towns they fled when Islamic State and government forces fought over the desert in 2015 and 2016.

"We did not survive the bombing and the hunger to be taken to a prison at the first checkpoint," one man from Palmyra was quoted as saying.

The report said 12 children had died of illnesses linked to cold and poor nutrition since December, according to the camp's only clinic.

Russia and the Syrian government have opened what they call humanitarian corridors out of the camp, and say several hundred people have used them.

Jordan sealed its side of the border after a suicide car bomb killed several of its border guards near the camp in 2016, and says it will not take in more refugees.
""", [], [
    {"what": "displaced", "value": 40000, "place": "Rukban",
     "evidence": "About 40,000 people stranded in the Rukban camp on Syria's border with Jordan are running out of food and medicine"},
    {"what": "other", "value": 12, "place": "Rukban",
     "evidence": "The report said 12 children had died of illnesses linked to cold and poor nutrition since December",
     "note": "deaths from illness in the camp since December, not violence"},
])

R("b16-11", "2019-08-12", "https://www.example-khaburvalleynews.com/2019/08/12/diban-raid-hajin-bomb", """
Kurdish-led forces detain suspected Islamic State cell in Deir ez-Zor raid

QAMISHLI, August 12 (Khabur Valley News) - Fighters from the US-backed Syrian Democratic Forces detained three men suspected of belonging to an Islamic State cell in a dawn raid on the town of Diban in eastern Deir ez-Zor on Sunday, the alliance said.

A fourth suspect detonated an explosive belt as the fighters surrounded the house, killing himself and wounding two SDF members, according to an SDF statement. Coalition helicopters took part in the operation, it said.

The raid came a day after a bomb hidden on a parked motorcycle exploded near an SDF checkpoint in Hajin, further down the Euphrates, killing three of the alliance's fighters and a civilian who was selling fuel nearby.

Islamic State claimed the Hajin blast, saying seven SDF fighters died. The SDF gave its own toll and said the motorcycle had been rigged by a cell operating from the desert.

Late on Thursday, gunmen killed a tribal elder who sat on a local council backed by the SDF, shooting him outside his house in al-Shuhail. No group said it was behind the killing.

The SDF and the coalition declared the end of Islamic State's territorial rule in March after the capture of Baghouz, the group's last enclave in Syria. Since then the alliance has lost more than 60 fighters in Deir ez-Zor to bombings and ambushes, a spokesman said.

Arab tribal leaders have long accused the SDF of arbitrary detentions and of neglecting services in the province.
""", [
    {"summary": "An SDF dawn raid with coalition helicopters on a house in Diban detained three suspected Islamic State cell members; a fourth blew himself up, wounding two SDF fighters.",
     "date": "2019-08-11",
     "date_note": "‘on Sunday’ in a report datelined Monday 2019-08-12: Sunday 2019-08-11",
     "place": "Diban", "admin": "Deir ez-Zor", "country": "SY", "type": "arrest",
     "actor1": "Syrian Democratic Forces", "actor2": "Islamic State",
     "killed": 1, "killed_high": None, "wounded": 2, "wounded_high": None,
     "evidence": "Fighters from the US-backed Syrian Democratic Forces detained three men suspected of belonging to an Islamic State cell in a dawn raid on the town of Diban in eastern Deir ez-Zor on Sunday, the alliance said. [...] A fourth suspect detonated an explosive belt as the fighters surrounded the house, killing himself and wounding two SDF members",
     "note": "with US-led coalition helicopters; the suspect who blew himself up is the only death",
     "arrested": 3},
    {"summary": "A bomb on a parked motorcycle exploded near an SDF checkpoint in Hajin, killing three SDF fighters and a civilian fuel seller; Islamic State claimed it with a higher toll.",
     "date": "2019-08-10",
     "date_note": "‘a day after’ the raid on Sunday 2019-08-11: Saturday 2019-08-10",
     "place": "Hajin", "admin": "Deir ez-Zor", "country": "SY", "type": "explosion",
     "actor1": "Islamic State", "actor2": "Syrian Democratic Forces",
     "killed": 4, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The raid came a day after a bomb hidden on a parked motorcycle exploded near an SDF checkpoint in Hajin, further down the Euphrates, killing three of the alliance's fighters and a civilian who was selling fuel nearby. [...] Islamic State claimed the Hajin blast, saying seven SDF fighters died.",
     "note": "3 SDF + 1 civilian = 4 (SDF toll); the IS claim of seven is not used"},
    {"summary": "Gunmen shot dead a tribal elder on an SDF-backed local council outside his house in al-Shuhail; unclaimed.",
     "date": "2019-08-08",
     "date_note": "‘Late on Thursday’ in a report datelined Monday 2019-08-12: Thursday 2019-08-08",
     "place": "al-Shuhail", "admin": "Deir ez-Zor", "country": "SY", "type": "other",
     "actor1": "militants (unidentified)", "actor2": "civilians",
     "killed": 1, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Late on Thursday, gunmen killed a tribal elder who sat on a local council backed by the SDF, shooting him outside his house in al-Shuhail. No group said it was behind the killing.",
     "note": "assassination: other"},
], [
    {"what": "killed", "value": 60, "place": "Deir ez-Zor",
     "evidence": "Since then the alliance has lost more than 60 fighters in Deir ez-Zor to bombings and ambushes, a spokesman said.",
     "note": "SDF fighters killed since March 2019"},
])

# ---------------------------------------------------------------- Afghanistan
R("b16-12", "2015-08-06", "https://www.example-hindukushwire.com/afghanistan/2015/08/06/khanabad-checkpoints-attack", """
Taliban hit police posts in Kunduz as fighting edges closer to city

KUNDUZ, August 6 (Hindu Kush Wire) - Taliban fighters attacked three police checkpoints in Khanabad district of northern Kunduz province late on Tuesday, sparking a battle that lasted into the early hours of Wednesday, provincial officials said.

Five policemen were killed and three wounded, the provincial police spokesman said, adding that 12 insurgents died in the fighting and their bodies were left on the battlefield.

A Taliban spokesman, in a message to reporters, said 25 police were killed and the insurgents had seized weapons and two vehicles. The group routinely exaggerates the losses it inflicts.

On Wednesday, a roadside bomb struck a family travelling on a motorcycle in Chahar Dara district, west of the provincial capital, killing a man, his wife and their daughter, the district governor said. He blamed the Taliban, who denied planting the bomb and said government forces were responsible.

The same day, intelligence agents detained a young man wearing a suicide vest near a bank in Kunduz city where police and soldiers line up to collect their salaries, a spokesman for the intelligence agency said. No one was hurt.

Fighting in Kunduz has intensified since April, when the Taliban launched a push on several districts around the city. More than 11,000 families have been displaced by the clashes, according to the provincial refugee department.

Residents of Khanabad said many families had left their villages for the city in recent weeks, fearing they would be caught in crossfire.
""", [
    {"summary": "Taliban fighters attacked three police checkpoints in Khanabad district; police said 5 policemen and 12 insurgents were killed and 3 police wounded; the Taliban claimed 25 police dead.",
     "date": "2015-08-04",
     "date_note": "‘late on Tuesday’, lasting ‘into the early hours of Wednesday’, in a report datelined Thursday 2015-08-06; overnight takes the first night, Tuesday 2015-08-04",
     "place": "Khanabad", "admin": "Kunduz", "country": "AF", "type": "battle",
     "actor1": "Taliban", "actor2": "Afghan security forces",
     "killed": 17, "killed_high": None, "wounded": 3, "wounded_high": None,
     "evidence": "Taliban fighters attacked three police checkpoints in Khanabad district of northern Kunduz province late on Tuesday, sparking a battle that lasted into the early hours of Wednesday, provincial officials said. [...] Five policemen were killed and three wounded, the provincial police spokesman said, adding that 12 insurgents died in the fighting [...] A Taliban spokesman, in a message to reporters, said 25 police were killed",
     "note": "5 police + 12 Taliban = 17 (police figures); the Taliban's claim of 25 police is not used"},
    {"summary": "A roadside bomb struck a family on a motorcycle in Chahar Dara district, killing a man, his wife and daughter; the governor blamed the Taliban, who blamed government forces.",
     "date": "2015-08-05",
     "date_note": "‘On Wednesday’ in a report datelined Thursday 2015-08-06: Wednesday 2015-08-05",
     "place": "Chahar Dara", "admin": "Kunduz", "country": "AF", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": 3, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Wednesday, a roadside bomb struck a family travelling on a motorcycle in Chahar Dara district, west of the provincial capital, killing a man, his wife and their daughter, the district governor said. He blamed the Taliban, who denied planting the bomb and said government forces were responsible.",
     "note": "competing blame (governor: Taliban; Taliban: government forces): unknown"},
    {"summary": "Intelligence agents detained a young man wearing a suicide vest near a bank in Kunduz city; no one was hurt.",
     "date": "2015-08-05",
     "date_note": "‘The same day’ as the bomb of ‘On Wednesday’, report datelined Thursday 2015-08-06: Wednesday 2015-08-05",
     "place": "Kunduz", "admin": "Kunduz", "country": "AF", "type": "arrest",
     "actor1": "Afghan security forces", "actor2": "unknown",
     "killed": 0, "killed_high": None, "wounded": 0, "wounded_high": None,
     "evidence": "The same day, intelligence agents detained a young man wearing a suicide vest near a bank in Kunduz city where police and soldiers line up to collect their salaries, a spokesman for the intelligence agency said. No one was hurt.",
     "note": "would-be bomber's group not named; 'No one was hurt' gives zeros",
     "arrested": 1},
], [
    {"what": "displaced", "value": 11000, "place": "Kunduz",
     "evidence": "More than 11,000 families have been displaced by the clashes, according to the provincial refugee department.",
     "note": "families, since April"},
])

R("b16-13", "2021-03-06", "https://www.example-hindukushwire.com/afghanistan/2021/03/06/jalalabad-minibus-toll-five", """
Toll rises to five in Jalalabad minibus blast; Taliban deny role

JALALABAD, March 6 (Hindu Kush Wire) - Two more passengers have died of their wounds from Thursday's bombing of a minibus in Jalalabad, bringing the toll to five, a spokesman for the Nangarhar governor said on Saturday.

The bomb, attached to the underside of the vehicle with magnets, went off as the minibus carried employees of the provincial electricity company to work in the east of the city, the spokesman said. Three people were reported dead on Thursday and eight wounded.

The spokesman said the Taliban were behind the attack. A Taliban spokesman denied it on Twitter, saying the group had nothing to do with "the killing of civilians".

No other group has claimed the bombing. Islamic State's local branch has carried out several attacks on civilians and government workers in the city in the past year.

On Friday, Afghan air force jets struck what the defence ministry described as a Taliban gathering in Sherzad district, south-west of Jalalabad, killing nine insurgents.

A tribal elder from the district said the bombs hit a house where relatives had gathered for a wedding and that six people, all civilians, were killed. The ministry said it would look into the complaint.

Targeted killings and small bombings have surged across Afghanistan since peace talks opened in Doha in September. At least 85 people have died in attacks with magnetic bombs since January, according to a count by the Kabul-based Civic Safety Monitor.
""", [
    {"summary": "A magnetic bomb on a minibus carrying electricity company employees exploded in Jalalabad; the toll rose from 3 to 5 as two wounded died (8 wounded first reported); the governor's office blamed the Taliban, who denied it.",
     "date": "2021-03-04",
     "date_note": "‘Thursday's bombing’ in a report datelined Saturday 2021-03-06: Thursday 2021-03-04",
     "place": "Jalalabad", "admin": "Nangarhar", "country": "AF", "type": "explosion",
     "actor1": "Taliban", "actor2": "civilians",
     "killed": 5, "killed_high": None, "wounded": 8, "wounded_high": None,
     "evidence": "Two more passengers have died of their wounds from Thursday's bombing of a minibus in Jalalabad, bringing the toll to five [...] The bomb, attached to the underside of the vehicle with magnets, went off as the minibus carried employees of the provincial electricity company to work in the east of the city, the spokesman said. Three people were reported dead on Thursday and eight wounded. [...] The spokesman said the Taliban were behind the attack. A Taliban spokesman denied it on Twitter",
     "note": "revised toll 5 stands (first 3); 8 wounded as first reported, two of whom later died; no claim, blamed on the Taliban by the governor's office and denied"},
    {"summary": "Afghan air force jets struck what the defence ministry called a Taliban gathering in Sherzad district, killing nine insurgents; a tribal elder said six civilians at a wedding gathering were killed.",
     "date": "2021-03-05",
     "date_note": "‘On Friday’ in a report datelined Saturday 2021-03-06: Friday 2021-03-05",
     "place": "Sherzad", "admin": "Nangarhar", "country": "AF", "type": "explosion",
     "actor1": "Afghan security forces", "actor2": "Taliban",
     "killed": 6, "killed_high": 9, "wounded": None, "wounded_high": None,
     "evidence": "On Friday, Afghan air force jets struck what the defence ministry described as a Taliban gathering in Sherzad district, south-west of Jalalabad, killing nine insurgents. [...] A tribal elder from the district said the bombs hit a house where relatives had gathered for a wedding and that six people, all civilians, were killed.",
     "note": "ministry 9 insurgents vs elder 6 civilians; who was hit is disputed"},
], [
    {"what": "killed", "value": 85, "place": "Afghanistan",
     "evidence": "At least 85 people have died in attacks with magnetic bombs since January",
     "note": "running total since January 2021"},
])

R("b16-14", "2018-12-13", "https://www.example-helmandherald.com/2018/12/13/nahr-e-saraj-outpost-retaken", """
Afghan troops retake Helmand outpost after deadly Taliban raid

LASHKAR GAH, December 13 (Helmand Valley Herald) - Afghan soldiers on Wednesday recaptured an army outpost in Nahr-e Saraj district of southern Helmand province, a day after Taliban fighters overran it, officials said.

The defence ministry said six soldiers were killed when the insurgents stormed the outpost near Gereshk before dawn on Tuesday. A member of Helmand's provincial council, speaking by phone, said 11 soldiers had died and four were taken prisoner.

The Taliban claimed in a statement that 20 soldiers were killed and that their fighters had carried away a truckload of weapons and ammunition.

Reinforcements backed by helicopter gunships pushed the insurgents out of the outpost on Wednesday afternoon, the army corps spokesman in the south said, adding that seven Taliban were killed in the operation. He said no soldiers were lost in the counterattack.

The outpost guards a stretch of the main highway between Kandahar and Herat, which the Taliban have repeatedly tried to cut.

In Lashkar Gah, the provincial capital, a mortar shell crashed into a house in the Bolan area on Tuesday evening, killing two children and wounding their mother, a hospital official said. Police blamed the Taliban; the Taliban said the shell had been fired by the army.

Helmand has seen some of the heaviest fighting of the war, and the Taliban control or contest most of its districts.
""", [
    {"summary": "Taliban fighters stormed and overran an army outpost near Gereshk in Nahr-e Saraj; the defence ministry said 6 soldiers were killed, a provincial council member 11 killed and 4 captured; the Taliban claimed 20.",
     "date": "2018-12-11",
     "date_note": "‘before dawn on Tuesday’ in a report datelined Thursday 2018-12-13: Tuesday 2018-12-11",
     "place": "Gereshk", "admin": "Helmand", "country": "AF", "type": "battle",
     "actor1": "Taliban", "actor2": "Afghan security forces",
     "killed": 6, "killed_high": 11, "wounded": None, "wounded_high": None,
     "evidence": "a day after Taliban fighters overran it, officials said. [...] The defence ministry said six soldiers were killed when the insurgents stormed the outpost near Gereshk before dawn on Tuesday. A member of Helmand's provincial council, speaking by phone, said 11 soldiers had died and four were taken prisoner. [...] The Taliban claimed in a statement that 20 soldiers were killed",
     "note": "ministry 6 vs council member 11; the Taliban's claim of 20 is not used; an outpost in Nahr-e Saraj district near Gereshk"},
    {"summary": "Afghan reinforcements backed by helicopter gunships retook the outpost in Nahr-e Saraj, killing seven Taliban without losses.",
     "date": "2018-12-12",
     "date_note": "‘on Wednesday afternoon’ in a report datelined Thursday 2018-12-13: Wednesday 2018-12-12",
     "place": "Gereshk", "admin": "Helmand", "country": "AF", "type": "territory_gain",
     "actor1": "Afghan security forces", "actor2": "Taliban",
     "killed": 7, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Afghan soldiers on Wednesday recaptured an army outpost in Nahr-e Saraj district of southern Helmand province [...] Reinforcements backed by helicopter gunships pushed the insurgents out of the outpost on Wednesday afternoon, the army corps spokesman in the south said, adding that seven Taliban were killed in the operation. He said no soldiers were lost in the counterattack.",
     "note": "7 Taliban + 0 soldiers"},
    {"summary": "A mortar shell hit a house in the Bolan area of Lashkar Gah, killing two children and wounding their mother; police blamed the Taliban, who blamed the army.",
     "date": "2018-12-11",
     "date_note": "‘on Tuesday evening’ in a report datelined Thursday 2018-12-13: Tuesday 2018-12-11",
     "place": "Bolan, Lashkar Gah", "admin": "Helmand", "country": "AF", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": 2, "killed_high": None, "wounded": 1, "wounded_high": None,
     "evidence": "In Lashkar Gah, the provincial capital, a mortar shell crashed into a house in the Bolan area on Tuesday evening, killing two children and wounding their mother, a hospital official said. Police blamed the Taliban; the Taliban said the shell had been fired by the army.",
     "note": "competing blame: unknown"},
], [])

R("b16-15", "2020-09-26", "https://www.example-gulfdesk.com/2020/09/26/doha-talks-stuck-on-rules", """
Afghan negotiators stuck on rules as violence rages at home

DOHA, September 26 (Gulf Desk) - Negotiators for the Afghan government and the Taliban ended a second week of talks in Qatar's capital on Saturday without agreeing on the rules that will govern their discussions, according to two people close to the delegations.

The sticking points include which school of Islamic jurisprudence should guide the settlement of disputes, and how the talks should refer to the February agreement between the Taliban and the United States.

"We came here to stop the killing, not to argue about words," a member of the government team said by telephone, asking not to be named.

Back in Afghanistan, fighting has continued in several provinces. The interior ministry said on Saturday that the Taliban had carried out 41 attacks on government forces over the past week, and that 28 civilians had been killed by roadside bombs and crossfire in the same period.

A Taliban spokesman in Doha rejected the figures and said the group's fighters had only defended themselves against raids by government forces.

Western diplomats are pressing both sides to agree a reduction in violence before the talks move on to a ceasefire and the sharing of power.

The United States has begun withdrawing its troops under the February deal, and is expected to cut its force to about 4,500 by November.

Thousands of prisoners were released by both sides over the summer as a condition for the talks to open.
""", [], [
    {"what": "other", "value": 41, "place": "Afghanistan",
     "evidence": "the Taliban had carried out 41 attacks on government forces over the past week",
     "note": "attacks in one week, interior ministry"},
    {"what": "killed", "value": 28, "place": "Afghanistan",
     "evidence": "28 civilians had been killed by roadside bombs and crossfire in the same period",
     "note": "civilians killed over the past week, interior ministry"},
    {"what": "fighters", "value": 4500, "place": "Afghanistan",
     "evidence": "is expected to cut its force to about 4,500 by November",
     "note": "planned US troop level"},
])

R("b16-16", "2019-05-23", "https://www.example-hindukushwire.com/afghanistan/2019/05/23/qaysar-district-centre-falls", """
Taliban overrun district centre in northern Faryab

MAIMANA, May 23 (Hindu Kush Wire) - Taliban fighters captured the headquarters of Qaysar district in Afghanistan's northern Faryab province late on Tuesday after besieging it for three days, provincial officials said.

Nine members of the police and a government-backed militia were killed in the fighting and 14 were wounded, said a spokesman for the provincial governor. He said at least 25 Taliban were also killed, though the insurgents had carried away many of their dead.

The remaining defenders withdrew to an army base about five kilometres away, leaving the district's police station, governor's compound and prison in Taliban hands.

Residents reached by phone said the Taliban on Wednesday shot dead two militiamen who had surrendered in the bazaar. A Taliban spokesman denied that any prisoners had been harmed.

On Thursday army commandos, backed by air strikes, launched an operation to retake the district and had reached the edge of the bazaar by midday, the army's northern command said.

Faryab, on the border with Turkmenistan, has become one of the most violent provinces in the north.

Local elders said at least 2,000 families had fled Qaysar for Maimana, the provincial capital, since the siege began.
""", [
    {"summary": "Taliban fighters captured the Qaysar district headquarters after a three-day siege; 9 police and militia and at least 25 Taliban were killed, 14 defenders wounded.",
     "date": "2019-05-21",
     "date_note": "‘late on Tuesday’ in a report datelined Thursday 2019-05-23: Tuesday 2019-05-21",
     "place": "Qaysar", "admin": "Faryab", "country": "AF", "type": "territory_gain",
     "actor1": "Taliban", "actor2": "Afghan security forces",
     "killed": 34, "killed_high": None, "wounded": 14, "wounded_high": None,
     "evidence": "Taliban fighters captured the headquarters of Qaysar district in Afghanistan's northern Faryab province late on Tuesday after besieging it for three days, provincial officials said. [...] Nine members of the police and a government-backed militia were killed in the fighting and 14 were wounded, said a spokesman for the provincial governor. He said at least 25 Taliban were also killed",
     "note": "9 police and militia + 25 Taliban = 34"},
    {"summary": "Residents said the Taliban shot dead two surrendered militiamen in the Qaysar bazaar; the Taliban denied harming prisoners.",
     "date": "2019-05-22",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2019-05-23: Wednesday 2019-05-22",
     "place": "Qaysar", "admin": "Faryab", "country": "AF", "type": "attack_on_civilians",
     "actor1": "Taliban", "actor2": "pro-government militia",
     "killed": 2, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Residents reached by phone said the Taliban on Wednesday shot dead two militiamen who had surrendered in the bazaar. A Taliban spokesman denied that any prisoners had been harmed.",
     "note": "killing of surrendered men (execution): attack_on_civilians; denied by the Taliban"},
    {"summary": "Army commandos backed by air strikes launched an operation to retake Qaysar and reached the edge of the bazaar.",
     "date": "2019-05-23",
     "date_note": "‘On Thursday’, the day of the dateline Thursday 2019-05-23",
     "place": "Qaysar", "admin": "Faryab", "country": "AF", "type": "battle",
     "actor1": "Afghan security forces", "actor2": "Taliban",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Thursday army commandos, backed by air strikes, launched an operation to retake the district and had reached the edge of the bazaar by midday, the army's northern command said.",
     "note": "advance that reached the bazaar without taking the district: battle"},
], [
    {"what": "displaced", "value": 2000, "place": "Qaysar",
     "evidence": "Local elders said at least 2,000 families had fled Qaysar for Maimana, the provincial capital, since the siege began.",
     "note": "families"},
])

# ---------------------------------------------------------------- Yemen
R("b16-17", "2018-08-12", "https://www.example-arabianseareport.com/yemen/2018/08/12/mukalla-checkpoint-attack", """
Al-Qaeda gunmen and car bomber attack checkpoint in Yemen's Mukalla

MUKALLA, August 12 (Arabian Sea Report) - A car bomber and gunmen from al-Qaeda in the Arabian Peninsula attacked a checkpoint held by UAE-trained Hadrami Elite forces on the western approach to Mukalla on Friday, killing five soldiers, a security official said.

The bomber blew up his vehicle at the barrier, and three gunmen who followed in a pickup were shot dead by soldiers in the gunfight that followed, the official said. Six soldiers were wounded.

AQAP said in a statement carried on its Telegram channels that the attack was revenge for raids on its members in Hadramawt. It said 15 soldiers had been killed.

A medic at the Ibn Sina hospital in Mukalla said the bodies of seven soldiers were brought in on Friday, and that he had not been told of any militants' bodies.

Mukalla, the capital of Hadramawt province, was held by AQAP for a year until the group withdrew in April 2016 in the face of an assault by Yemeni and Emirati forces.

On Saturday, a drone strike hit a car in the Said district of neighbouring Shabwa province, killing two men whom local tribal sources described as AQAP members. Residents said the drone was American; the US military did not comment.

The Elite forces said in a statement on Sunday that they had arrested 11 suspected militants in raids on villages west of Mukalla since the checkpoint attack.
""", [
    {"summary": "An AQAP car bomber and three gunmen attacked a Hadrami Elite checkpoint on the western approach to Mukalla; a security official said 5 soldiers died and the bomber and gunmen were killed, 6 wounded; a medic received 7 soldiers' bodies; AQAP claimed 15.",
     "date": "2018-08-10",
     "date_note": "‘on Friday’ in a report datelined Sunday 2018-08-12: Friday 2018-08-10",
     "place": "Mukalla", "admin": "Hadramawt", "country": "YE", "type": "explosion",
     "actor1": "al-Qaeda in the Arabian Peninsula", "actor2": "Hadrami Elite Forces",
     "killed": 9, "killed_high": 11, "wounded": 6, "wounded_high": None,
     "evidence": "A car bomber and gunmen from al-Qaeda in the Arabian Peninsula attacked a checkpoint held by UAE-trained Hadrami Elite forces on the western approach to Mukalla on Friday, killing five soldiers, a security official said. [...] The bomber blew up his vehicle at the barrier, and three gunmen who followed in a pickup were shot dead by soldiers in the gunfight that followed, the official said. Six soldiers were wounded. [...] It said 15 soldiers had been killed. [...] A medic at the Ibn Sina hospital in Mukalla said the bodies of seven soldiers were brought in on Friday",
     "note": "official: 5 soldiers + bomber + 3 gunmen = 9; with the medic's 7 soldiers = 11; AQAP's claim of 15 not used; complex attack opened by a car bomb: explosion"},
    {"summary": "A drone strike hit a car in Said district, Shabwa, killing two men described as AQAP members; residents said the drone was American.",
     "date": "2018-08-11",
     "date_note": "‘On Saturday’ in a report datelined Sunday 2018-08-12: Saturday 2018-08-11",
     "place": "Said", "admin": "Shabwa", "country": "YE", "type": "explosion",
     "actor1": "US forces", "actor2": "al-Qaeda in the Arabian Peninsula",
     "killed": 2, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Saturday, a drone strike hit a car in the Said district of neighbouring Shabwa province, killing two men whom local tribal sources described as AQAP members. Residents said the drone was American; the US military did not comment.",
     "note": "US attribution by residents only"},
], [
    {"what": "arrested", "value": 11, "place": "Mukalla",
     "evidence": "they had arrested 11 suspected militants in raids on villages west of Mukalla since the checkpoint attack",
     "note": "several raids over two days, villages not named"},
])

R("b16-18", "2020-10-12", "https://www.example-arabianseareport.com/yemen/2020/10/12/marib-missile-sirwah-clashes", """
Missile strike on Yemen's Marib kills five civilians, officials say

MARIB, October 12 (Arabian Sea Report) - A ballistic missile fired by the Houthis slammed into a residential street in the city of Marib on Sunday evening, killing five civilians, two of them children, the province's health office said.

Eleven other people were wounded, including a girl who lost an arm, the office said, and several houses were badly damaged.

The Houthi movement's military spokesman said its forces had fired the missile at a camp used by "mercenaries of the aggression", the group's term for government troops and the Saudi-led coalition, and denied targeting homes.

Sunday's strike came as fighting raged south-west of the city in the Sirwah district, where the Houthis have been trying for weeks to break through government lines.

A government military official said 23 Houthi fighters and six soldiers were killed in clashes in Sirwah on Sunday. The Houthis did not give their own figures.

The Saudi-led coalition said on Monday that its warplanes had destroyed 14 vehicles carrying Houthi reinforcements in Majzar district, north-west of Marib, killing dozens of fighters. The figures could not be verified.

Marib is the government's last stronghold in the north. People who fled fighting elsewhere in Yemen have sought refuge there in huge numbers, and aid agencies have warned of a catastrophe if the battle reaches the city.

More than 1 million displaced people live in and around the city, according to the local authorities.
""", [
    {"summary": "A Houthi ballistic missile hit a residential street in Marib city, killing five civilians including two children and wounding 11; the Houthis said they targeted a military camp.",
     "date": "2020-10-11",
     "date_note": "‘on Sunday evening’ in a report datelined Monday 2020-10-12: Sunday 2020-10-11",
     "place": "Marib", "admin": "Marib", "country": "YE", "type": "explosion",
     "actor1": "Houthis", "actor2": "civilians",
     "killed": 5, "killed_high": None, "wounded": 11, "wounded_high": None,
     "evidence": "A ballistic missile fired by the Houthis slammed into a residential street in the city of Marib on Sunday evening, killing five civilians, two of them children, the province's health office said. [...] Eleven other people were wounded [...] The Houthi movement's military spokesman said its forces had fired the missile at a camp used by \"mercenaries of the aggression\"",
     "note": "the Houthis acknowledge firing but say the target was a military camp"},
    {"summary": "Clashes between the Houthis and government forces in Sirwah district; a government official said 23 Houthis and 6 soldiers were killed.",
     "date": "2020-10-11",
     "date_note": "‘in Sirwah on Sunday’ in a report datelined Monday 2020-10-12: Sunday 2020-10-11",
     "place": "Sirwah", "admin": "Marib", "country": "YE", "type": "battle",
     "actor1": "Houthis", "actor2": "Yemeni government forces",
     "killed": 29, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "fighting raged south-west of the city in the Sirwah district, where the Houthis have been trying for weeks to break through government lines. [...] A government military official said 23 Houthi fighters and six soldiers were killed in clashes in Sirwah on Sunday.",
     "note": "23 Houthis + 6 soldiers = 29"},
    {"summary": "The Saudi-led coalition said its warplanes destroyed 14 vehicles carrying Houthi reinforcements in Majzar district, killing 'dozens'.",
     "date": None,
     "date_note": "the coalition ‘said on Monday’ (the dateline day, Monday 2020-10-12); the day of the strikes is not given",
     "place": "Majzar", "admin": "Marib", "country": "YE", "type": "explosion",
     "actor1": "Saudi-led coalition", "actor2": "Houthis",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The Saudi-led coalition said on Monday that its warplanes had destroyed 14 vehicles carrying Houthi reinforcements in Majzar district, north-west of Marib, killing dozens of fighters. The figures could not be verified.",
     "note": "'dozens' is vague: null"},
], [
    {"what": "displaced", "value": 1000000, "place": "Marib",
     "evidence": "More than 1 million displaced people live in and around the city, according to the local authorities."},
])

R("b16-19", "2016-08-25", "https://www.example-redseacorrespondent.com/2016/08/25/taiz-rawda-shelling-kalaba-sniper", """
Shelling and sniper fire kill civilians in besieged Taiz

Shells slammed into a crowded residential street in the al-Rawda neighbourhood of Taiz on Wednesday afternoon, killing four civilians and wounding nine, doctors at the city's al-Thawra hospital said.

Residents said the shells came from the east of the city, where the Houthi rebels and their allies hold positions. A Houthi-run news agency blamed the Popular Resistance, the pro-government militia that controls much of the city centre, saying one of its mortars had fallen short.

On Tuesday a sniper shot dead a woman as she carried water cans through the Kalaba district, her brother said. Kalaba lies close to a front line, and residents said the shot came from a building held by the rebels.

Pro-government fighters seized several positions in the al-Dhabab area on the south-western edge of the city on Tuesday after a night of fighting, a commander of the Popular Resistance said.

The commander said 12 Houthi fighters were killed and that three of his men died. The Houthis said they had repelled the attack.

Taiz, one of Yemen's largest cities, has been largely encircled by the Houthis since last year, leaving a single narrow route open for food and fuel.

A local medical charity, the Taiz Relief Committee, says more than 3,200 civilians have been killed in the province since the war began in March 2015.
""", [
    {"summary": "Shells hit a residential street in al-Rawda, Taiz, killing four civilians and wounding nine; residents pointed to Houthi positions, the Houthis blamed a Popular Resistance mortar.",
     "date": "2016-08-24",
     "date_note": "‘on Wednesday afternoon’; no dateline, URL date Thursday 2016-08-25: Wednesday 2016-08-24",
     "place": "al-Rawda", "admin": "Taiz", "country": "YE", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": 4, "killed_high": None, "wounded": 9, "wounded_high": None,
     "evidence": "Shells slammed into a crowded residential street in the al-Rawda neighbourhood of Taiz on Wednesday afternoon, killing four civilians and wounding nine, doctors at the city's al-Thawra hospital said. [...] Residents said the shells came from the east of the city, where the Houthi rebels and their allies hold positions. A Houthi-run news agency blamed the Popular Resistance",
     "note": "competing blame (residents: Houthi side; Houthis: Popular Resistance): unknown"},
    {"summary": "A sniper shot dead a woman carrying water through Kalaba, Taiz; residents said the shot came from a rebel-held building.",
     "date": "2016-08-23",
     "date_note": "‘On Tuesday’; URL date Thursday 2016-08-25: Tuesday 2016-08-23",
     "place": "Kalaba", "admin": "Taiz", "country": "YE", "type": "attack_on_civilians",
     "actor1": "Houthis", "actor2": "civilians",
     "killed": 1, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Tuesday a sniper shot dead a woman as she carried water cans through the Kalaba district, her brother said. Kalaba lies close to a front line, and residents said the shot came from a building held by the rebels.",
     "note": "attributed by residents to the rebels (Houthis)"},
    {"summary": "Popular Resistance fighters seized positions in al-Dhabab on the south-western edge of Taiz after a night of fighting; their commander said 12 Houthis and 3 of his men were killed; the Houthis said they repelled the attack.",
     "date": "2016-08-23",
     "date_note": "‘on Tuesday after a night of fighting’; URL date Thursday 2016-08-25: Tuesday 2016-08-23",
     "place": "al-Dhabab", "admin": "Taiz", "country": "YE", "type": "territory_gain",
     "actor1": "Yemeni government forces", "actor2": "Houthis",
     "killed": 15, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Pro-government fighters seized several positions in the al-Dhabab area on the south-western edge of the city on Tuesday after a night of fighting, a commander of the Popular Resistance said. [...] The commander said 12 Houthi fighters were killed and that three of his men died. The Houthis said they had repelled the attack.",
     "note": "12 Houthis + 3 Popular Resistance = 15; the Houthis deny losing ground"},
], [
    {"what": "killed", "value": 3200, "place": "Taiz",
     "evidence": "more than 3,200 civilians have been killed in the province since the war began in March 2015",
     "note": "civilians killed in Taiz province since March 2015"},
])

R("b16-20", "2019-04-18", "https://www.example-redseacorrespondent.com/2019/04/18/hodeidah-pullback-stalls", """
Hodeidah troop pullback stalls again as truce violations mount

ADEN, April 18 (Red Sea Correspondent) - A plan for the Houthis and government forces to pull back from the port city of Hodeidah has stalled for a third time, officials on both sides said on Thursday, four months after the deal was agreed in Sweden.

Government officials accused the Houthis of refusing to hand over the ports of Saleef and Ras Isa to a neutral force. The Houthis said the government wanted to hand the city to the Saudi-led coalition "by the back door".

The government's liaison office in Hodeidah said it had recorded 1,480 violations of the ceasefire by the rebels since December, including shelling, drone flights and sniper fire. The Houthis say the coalition has violated the truce more than 2,000 times in the same period.

Neither count could be independently verified.

"Every week the front lines move a few metres, a house is hit, a fisherman does not come home," said the director of a local aid group in al-Hali district. "Then everyone tells the UN the ceasefire is holding."

The Stockholm agreement of December 2018 also provided for an exchange of thousands of prisoners, which has not yet taken place.

Aid groups say the port, which handles most of Yemen's food imports, must be kept open to avert famine.
""", [], [
    {"what": "other", "value": 1480, "place": "Hodeidah",
     "evidence": "it had recorded 1,480 violations of the ceasefire by the rebels since December",
     "note": "ceasefire violations counted by the government side"},
    {"what": "other", "value": 2000, "place": "Hodeidah",
     "evidence": "The Houthis say the coalition has violated the truce more than 2,000 times in the same period.",
     "note": "ceasefire violations counted by the Houthis"},
])

# ---------------------------------------------------------------- Somalia
R("b16-21", "2017-11-01", "https://www.example-hornwire.com/somalia/2017/11/01/hodan-checkpoint-car-bomb", """
Car bomb at Mogadishu checkpoint kills at least seven

MOGADISHU, November 1 (Horn Wire Service) - A car packed with explosives blew up at a security checkpoint in Mogadishu's Hodan district on Tuesday, killing at least seven people, police said.

The dead were four soldiers and three civilians, a police officer at the scene said. The driver was stopped at the barrier and set off the bomb when soldiers approached to search the vehicle, witnesses said.

A volunteer ambulance service, the Banadir Rescue Volunteers, said its crews had collected 10 bodies and taken 16 wounded people to hospital.

The al-Shabaab militant group said in a statement on its radio station that its fighters had targeted a convoy of government officials and killed 12 soldiers. The government said no officials were hurt.

The attack came two days after mortar shells fired by the militants landed inside the fortified airport zone, where the United Nations and several embassies have their compounds. Nobody was hurt, an airport security official said.

Al-Shabaab, which is allied to al-Qaeda, was pushed out of Mogadishu in 2011 but still carries out frequent bombings in the capital and controls large parts of the countryside.

Security in the city has been tightened since a truck bomb killed hundreds of people at the busy Zobe junction on Saturday, 14 October 2017.
""", [
    {"summary": "A car bomb exploded at a checkpoint in Hodan district, Mogadishu, when soldiers went to search it; police gave 7 dead (4 soldiers, 3 civilians), a volunteer ambulance service 10 bodies and 16 wounded; al-Shabaab claimed it.",
     "date": "2017-10-31",
     "date_note": "‘on Tuesday’ in a report datelined Wednesday 2017-11-01: Tuesday 2017-10-31",
     "place": "Hodan", "admin": "Banaadir", "country": "SO", "type": "explosion",
     "actor1": "al-Shabaab", "actor2": "Somali security forces",
     "killed": 7, "killed_high": 10, "wounded": 16, "wounded_high": None,
     "evidence": "A car packed with explosives blew up at a security checkpoint in Mogadishu's Hodan district on Tuesday, killing at least seven people, police said. [...] The dead were four soldiers and three civilians, a police officer at the scene said. [...] the Banadir Rescue Volunteers, said its crews had collected 10 bodies and taken 16 wounded people to hospital. [...] The al-Shabaab militant group said in a statement on its radio station that its fighters had targeted a convoy of government officials and killed 12 soldiers.",
     "note": "police 7 vs ambulance service 10; al-Shabaab's claim of 12 soldiers not used"},
    {"summary": "Al-Shabaab mortar shells landed inside Mogadishu's fortified airport zone; nobody was hurt.",
     "date": "2017-10-29",
     "date_note": "‘two days after’ the bombing turned round: two days before Tuesday 2017-10-31, i.e. Sunday 2017-10-29",
     "place": "airport zone, Mogadishu", "admin": "Banaadir", "country": "SO", "type": "explosion",
     "actor1": "al-Shabaab", "actor2": "unknown",
     "killed": 0, "killed_high": None, "wounded": 0, "wounded_high": None,
     "evidence": "The attack came two days after mortar shells fired by the militants landed inside the fortified airport zone, where the United Nations and several embassies have their compounds. Nobody was hurt, an airport security official said.",
     "note": "'Nobody was hurt' gives zeros"},
], [])

R("b16-22", "2020-06-22", "https://www.example-hornwire.com/somalia/2020/06/22/awdheegle-base-attack-repelled", """
Somali troops repel al-Shabaab assault on Lower Shabelle base

MOGADISHU, June 22 (Horn Wire Service) - Somali soldiers fought off an attack by al-Shabaab militants on their base in the Lower Shabelle town of Awdheegle early on Sunday, killing 11 of the attackers, a regional army commander said.

The assault began with a suicide bomber driving a car at the gate of the base, followed by dozens of gunmen who tried to storm the perimeter, the commander told state radio. The bomber was among the 11 dead militants, he said, and three soldiers were killed and five wounded.

Al-Shabaab said on its Andalus radio station that its fighters had overrun the base and killed 20 soldiers before withdrawing with captured weapons.

Later on Sunday, US Africa Command said it had carried out an airstrike near Awdheegle in support of Somali forces, killing four militants. It said no civilians were harmed.

A farmer from a village outside the town said two of the four dead were labourers who had been harvesting maize, not fighters. The US command said it would review any new information.

On Saturday, gunmen stopped a minibus on the road between Qoryooley and Marka and abducted three teachers, local elders said. Nobody claimed the kidnapping, but al-Shabaab controls much of the surrounding countryside.

Awdheegle, about 70 km south-west of Mogadishu, was retaken from al-Shabaab last August in an operation backed by US special forces.
""", [
    {"summary": "Al-Shabaab attacked the army base in Awdheegle with a suicide car bomb and gunmen; the army commander said 11 attackers (including the bomber) and 3 soldiers were killed and 5 soldiers wounded; al-Shabaab claimed 20 soldiers.",
     "date": "2020-06-21",
     "date_note": "‘early on Sunday’ in a report datelined Monday 2020-06-22: Sunday 2020-06-21",
     "place": "Awdheegle", "admin": "Lower Shabelle", "country": "SO", "type": "explosion",
     "actor1": "al-Shabaab", "actor2": "Somali security forces",
     "killed": 14, "killed_high": None, "wounded": 5, "wounded_high": None,
     "evidence": "Somali soldiers fought off an attack by al-Shabaab militants on their base in the Lower Shabelle town of Awdheegle early on Sunday, killing 11 of the attackers, a regional army commander said. [...] The assault began with a suicide bomber driving a car at the gate of the base, followed by dozens of gunmen who tried to storm the perimeter, the commander told state radio. The bomber was among the 11 dead militants, he said, and three soldiers were killed and five wounded. [...] Al-Shabaab said on its Andalus radio station that its fighters had overrun the base and killed 20 soldiers",
     "note": "11 militants (bomber included) + 3 soldiers = 14; al-Shabaab's claim of 20 not used; complex attack opened by a car bomb: explosion"},
    {"summary": "A US Africa Command airstrike near Awdheegle killed four people it called militants; a local farmer said two were labourers.",
     "date": "2020-06-21",
     "date_note": "‘Later on Sunday’ in a report datelined Monday 2020-06-22: Sunday 2020-06-21",
     "place": "Awdheegle", "admin": "Lower Shabelle", "country": "SO", "type": "explosion",
     "actor1": "US forces", "actor2": "al-Shabaab",
     "killed": 4, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Later on Sunday, US Africa Command said it had carried out an airstrike near Awdheegle in support of Somali forces, killing four militants. It said no civilians were harmed. [...] A farmer from a village outside the town said two of the four dead were labourers who had been harvesting maize, not fighters.",
     "note": "the count of 4 is not disputed, only who they were"},
    {"summary": "Gunmen stopped a minibus on the Qoryooley-Marka road and abducted three teachers; unclaimed.",
     "date": "2020-06-20",
     "date_note": "‘On Saturday’ in a report datelined Monday 2020-06-22: Saturday 2020-06-20",
     "place": "road between Qoryooley and Marka", "admin": "Lower Shabelle", "country": "SO", "type": "other",
     "actor1": "militants (unidentified)", "actor2": "civilians",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Saturday, gunmen stopped a minibus on the road between Qoryooley and Marka and abducted three teachers, local elders said. Nobody claimed the kidnapping",
     "note": "abduction: other; three abducted"},
], [])

R("b16-23", "2022-07-07", "https://www.example-baydhabotimes.com/2022/07/07/tea-shop-bombing-toll-nine", """
Suicide bomber hits Baidoa tea shop; second attacker shot dead

BAIDOA, July 7 (Bay Region Times) - A suicide bomber blew himself up inside a crowded tea shop near the regional police headquarters in Baidoa on Wednesday evening, killing at least six people, police said.

Witnesses said the man walked in wearing a long coat and sat down among a group of off-duty officers before the explosion.

Minutes later, police at a checkpoint near the town's livestock market shot dead a second man who refused to stop, and found an explosive vest under his clothes, a police spokesman said. The vest did not go off.

On Thursday, the regional health director raised the toll from the tea shop bombing to nine, including the bomber, and said 14 people were being treated at Baidoa's main hospital.

Of the eight victims, five were police officers, the director said; the rest were civilians, among them the shop's owner.

Al-Shabaab said in a brief statement that it had carried out the bombing, targeting what it called "the apostate police". It did not mention the second attacker.

Baidoa is the capital of South West State and hosts a large base for African Union troops. Tens of thousands of people driven from their villages by drought and fighting live in camps on the edge of the town.

The regional administration ordered tea shops near government buildings to close at sunset for a week.
""", [
    {"summary": "A suicide bomber blew himself up among off-duty police in a tea shop near the regional police headquarters in Baidoa; first 6 dead, revised to 9 including the bomber (5 police, 3 civilians), 14 wounded; al-Shabaab claimed it.",
     "date": "2022-07-06",
     "date_note": "‘on Wednesday evening’ in a report datelined Thursday 2022-07-07: Wednesday 2022-07-06",
     "place": "Baidoa", "admin": "Bay", "country": "SO", "type": "explosion",
     "actor1": "al-Shabaab", "actor2": "Somali security forces",
     "killed": 9, "killed_high": None, "wounded": 14, "wounded_high": None,
     "evidence": "A suicide bomber blew himself up inside a crowded tea shop near the regional police headquarters in Baidoa on Wednesday evening, killing at least six people, police said. [...] the regional health director raised the toll from the tea shop bombing to nine, including the bomber, and said 14 people were being treated at Baidoa's main hospital. [...] Of the eight victims, five were police officers, the director said; the rest were civilians [...] Al-Shabaab said in a brief statement that it had carried out the bombing",
     "note": "revised toll 9 (8 victims + bomber) supersedes the first 6; victims police and civilians"},
    {"summary": "Police at a checkpoint near Baidoa's livestock market shot dead a second man wearing an explosive vest that did not go off.",
     "date": "2022-07-06",
     "date_note": "‘Minutes later’ than the bombing ‘on Wednesday evening’, report datelined Thursday 2022-07-07: Wednesday 2022-07-06",
     "place": "livestock market, Baidoa", "admin": "Bay", "country": "SO", "type": "other",
     "actor1": "Somali security forces", "actor2": "unknown",
     "killed": 1, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Minutes later, police at a checkpoint near the town's livestock market shot dead a second man who refused to stop, and found an explosive vest under his clothes, a police spokesman said. The vest did not go off.",
     "note": "foiled suicide attempt with no blast: other; the claim does not mention him"},
], [])

R("b16-24", "2021-09-24", "https://www.example-hornwire.com/sport/2021/09/24/mogadishu-league-final", """
Thousands watch league final in Mogadishu under heavy guard

MOGADISHU, September 24 (Horn Wire Service) - Thousands of fans packed a stadium in Mogadishu on Friday for the final of the Somali league, as soldiers and police ringed the ground and searched every spectator at three checkpoints on the approach roads.

The match, won 2-1 by the side from the capital's port after a late goal, went ahead without incident, a police spokesman said.

Officials had banned cars from the surrounding streets for the day, fearing a bomb attack by al-Shabaab, which has denounced football as un-Islamic and threatened spectators in the past.

"Ten years ago we heard gunfire from this neighbourhood every night," said a 52-year-old trader who watched from the stands. "Today my sons can shout for their team."

A league official said clubs from several regions still could not travel to Mogadishu by road because of the risk of ambushes and roadside bombs, and had flown in for the season's matches.

The official said the number of registered players had risen to about 2,400, from fewer than 500 a decade ago, and that a women's league was planned for next year.

Al-Shabaab fighters were pushed out of the capital in 2011, but the group still carries out bombings in the city and holds much of the countryside.

Security remains fragile, and the government is locked in a dispute with regional leaders over long-delayed elections.
""", [], [])

# ---------------------------------------------------------------- Nigeria
R("b16-25", "2015-12-01", "https://www.example-sahelreporter.com/nigeria/2015/12/01/dalwa-village-attack", """
Boko Haram gunmen kill villagers near Konduga; accounts of toll differ

MAIDUGURI, December 1 (Sahel Reporter) - Suspected Boko Haram gunmen stormed the village of Dalwa in Konduga local government area of Borno State on Sunday night, shooting residents and setting fire to homes, survivors and officials said.

A Borno police spokesman said 14 bodies had been recovered by Monday morning. Residents who fled to Konduga town said 23 people were killed, many of them farmers who had returned to the village only weeks earlier.

"They came on motorcycles shouting, and they shot anyone who ran," said a woman who hid in a grain store with her children. "When the soldiers came in the morning the houses were still burning."

No group claimed the attack, but the police spokesman said it carried the hallmarks of Boko Haram, which has killed thousands of civilians in the north-east during its six-year insurgency.

The army said in a statement that troops pursuing the attackers on Monday killed nine of them in a firefight near Konduga and recovered two rifles and several motorcycles. One soldier was wounded, it said.

Dalwa lies not far from Konduga town, on the road towards the Sambisa forest, where the militants have long had camps.

President Muhammadu Buhari has ordered the military to end the insurgency by the end of December.

Aid agencies say about 2.5 million people have been forced from their homes in the north-east by the conflict.
""", [
    {"summary": "Suspected Boko Haram gunmen stormed Dalwa village, Konduga LGA, shooting residents and burning homes; police recovered 14 bodies, residents said 23 were killed.",
     "date": "2015-11-29",
     "date_note": "‘on Sunday night’ in a report datelined Tuesday 2015-12-01: Sunday 2015-11-29",
     "place": "Dalwa", "admin": "Borno", "country": "NG", "type": "attack_on_civilians",
     "actor1": "Boko Haram", "actor2": "civilians",
     "killed": 14, "killed_high": 23, "wounded": None, "wounded_high": None,
     "evidence": "Suspected Boko Haram gunmen stormed the village of Dalwa in Konduga local government area of Borno State on Sunday night, shooting residents and setting fire to homes, survivors and officials said. [...] A Borno police spokesman said 14 bodies had been recovered by Monday morning. Residents who fled to Konduga town said 23 people were killed",
     "note": "police 14 vs residents 23; no claim, 'suspected Boko Haram' per police"},
    {"summary": "Troops pursuing the Dalwa attackers killed nine of them in a firefight near Konduga; one soldier wounded.",
     "date": "2015-11-30",
     "date_note": "‘on Monday’ in a report datelined Tuesday 2015-12-01: Monday 2015-11-30",
     "place": "Konduga", "admin": "Borno", "country": "NG", "type": "battle",
     "actor1": "Nigerian security forces", "actor2": "Boko Haram",
     "killed": 9, "killed_high": None, "wounded": 1, "wounded_high": None,
     "evidence": "The army said in a statement that troops pursuing the attackers on Monday killed nine of them in a firefight near Konduga and recovered two rifles and several motorcycles. One soldier was wounded, it said."},
], [
    {"what": "displaced", "value": 2500000, "place": "north-east Nigeria",
     "evidence": "Aid agencies say about 2.5 million people have been forced from their homes in the north-east by the conflict."},
])

R("b16-26", "2017-01-24", "https://www.example-sahelreporter.com/nigeria/2017/01/24/damboa-checkpoint-female-bombers", """
Two female bombers die in attack on vigilante checkpoint in Borno

MAIDUGURI, January 24 (Sahel Reporter) - Two young women wearing explosive belts attacked a checkpoint at the entrance to the town of Damboa in Borno State on Monday, killing two members of a civilian vigilante force, police said.

The first woman set off her explosives as vigilantes of the Civilian Joint Task Force moved to search her, killing herself and the two men, a police statement said. The second turned and ran, and her belt exploded when soldiers fired at her, killing only her.

Three other vigilantes were wounded, the statement said.

The chairman of the Damboa local government council told reporters that three vigilantes had been killed at the checkpoint, not two.

No group has claimed the attack, but the army blamed Boko Haram, which has increasingly used women and girls as suicide bombers in the north-east.

Last week, militants ambushed a military convoy on the road linking Damboa to Maiduguri. The army said two soldiers were killed, but two security sources said seven soldiers died and a truck of ammunition was lost.

The military said in December that it had captured the last Boko Haram camp in the Sambisa forest, but attacks on roads and villages have continued.

Damboa, about 85 km south of Maiduguri, has been attacked repeatedly since 2014, when the militants briefly held it.
""", [
    {"summary": "Two female suicide bombers attacked a Civilian JTF checkpoint at the entrance to Damboa; police said both bombers and two vigilantes died and three were wounded, the council chairman said three vigilantes died; the army blamed Boko Haram.",
     "date": "2017-01-23",
     "date_note": "‘on Monday’ in a report datelined Tuesday 2017-01-24: Monday 2017-01-23",
     "place": "Damboa", "admin": "Borno", "country": "NG", "type": "explosion",
     "actor1": "Boko Haram", "actor2": "Nigerian security forces",
     "killed": 4, "killed_high": 5, "wounded": 3, "wounded_high": None,
     "evidence": "Two young women wearing explosive belts attacked a checkpoint at the entrance to the town of Damboa in Borno State on Monday, killing two members of a civilian vigilante force, police said. [...] The first woman set off her explosives as vigilantes of the Civilian Joint Task Force moved to search her, killing herself and the two men, a police statement said. The second turned and ran, and her belt exploded when soldiers fired at her, killing only her. [...] Three other vigilantes were wounded [...] The chairman of the Damboa local government council told reporters that three vigilantes had been killed at the checkpoint, not two. [...] No group has claimed the attack, but the army blamed Boko Haram",
     "note": "police: 2 vigilantes + 2 bombers = 4; chairman: 3 vigilantes + 2 bombers = 5; no claim, blamed on Boko Haram by the army; CJTF vigilantes counted with Nigerian security forces"},
    {"summary": "Militants ambushed a military convoy on the Damboa-Maiduguri road last week; the army said two soldiers were killed, security sources seven.",
     "date": None,
     "date_note": "‘Last week’ before the report of Tuesday 2017-01-24; no day given",
     "place": "Damboa-Maiduguri road", "admin": "Borno", "country": "NG", "type": "battle",
     "actor1": "militants (unidentified)", "actor2": "Nigerian security forces",
     "killed": 2, "killed_high": 7, "wounded": None, "wounded_high": None,
     "evidence": "Last week, militants ambushed a military convoy on the road linking Damboa to Maiduguri. The army said two soldiers were killed, but two security sources said seven soldiers died and a truck of ammunition was lost.",
     "note": "army 2 vs security sources 7; dated only 'last week'",
     "optional": True},
], [])

R("b16-27", "2019-09-19", "https://www.example-sahelreporter.com/nigeria/2019/09/19/gujba-base-attack", """
Nigerian army says it repelled jihadist attack on Yobe base

DAMATURU, September 19 (Sahel Reporter) - Nigerian troops fought off an attack by Islamic State West Africa Province fighters on their base in the town of Gujba in Yobe State on Tuesday evening, the army said on Thursday.

An army spokesman said 19 insurgents were "neutralised" and two soldiers lost their lives in the gun battle, which lasted about three hours. He said troops recovered three gun trucks mounted with anti-aircraft guns.

Two security sources, who asked not to be named because they were not allowed to speak to the media, gave a different account, saying six soldiers were killed and that the insurgents briefly got inside the base before pulling out.

ISWAP, a Boko Haram splinter group that pledged allegiance to Islamic State, claimed in a statement carried by the Amaq news agency that it killed 15 soldiers and set fire to the base.

Residents said the fighters also set fire to a health clinic and looted shops in the town before they left.

The Nigerian air force said its jets struck the fleeing insurgents near Buni Yadi on Wednesday, and that "several" fighters were killed. It did not give a number.

The military has moved troops from many small bases in the north-east into larger garrisons it calls super camps, saying they can respond faster to attacks. Critics say the move leaves villages unprotected.

ISWAP has carried out more than 30 attacks on military positions in Borno and Yobe since June, according to a tally by a Lagos-based security consultancy.
""", [
    {"summary": "ISWAP fighters attacked the army base in Gujba; the army said 19 insurgents and 2 soldiers were killed, security sources said 6 soldiers died; ISWAP claimed 15 soldiers killed.",
     "date": "2019-09-17",
     "date_note": "‘on Tuesday evening’ in a report datelined Thursday 2019-09-19: Tuesday 2019-09-17",
     "place": "Gujba", "admin": "Yobe", "country": "NG", "type": "battle",
     "actor1": "Boko Haram", "actor2": "Nigerian security forces",
     "killed": 21, "killed_high": 25, "wounded": None, "wounded_high": None,
     "evidence": "Nigerian troops fought off an attack by Islamic State West Africa Province fighters on their base in the town of Gujba in Yobe State on Tuesday evening, the army said on Thursday. [...] An army spokesman said 19 insurgents were \"neutralised\" and two soldiers lost their lives in the gun battle [...] Two security sources, who asked not to be named because they were not allowed to speak to the media, gave a different account, saying six soldiers were killed [...] ISWAP, a Boko Haram splinter group that pledged allegiance to Islamic State, claimed in a statement carried by the Amaq news agency that it killed 15 soldiers",
     "note": "army: 19 + 2 = 21; with the sources' 6 soldiers: 19 + 6 = 25; ISWAP's claim of 15 not used; ISWAP under the Boko Haram canonical name"},
    {"summary": "The Nigerian air force said its jets struck fleeing insurgents near Buni Yadi, killing 'several'.",
     "date": "2019-09-18",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2019-09-19: Wednesday 2019-09-18",
     "place": "Buni Yadi", "admin": "Yobe", "country": "NG", "type": "explosion",
     "actor1": "Nigerian security forces", "actor2": "Boko Haram",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The Nigerian air force said its jets struck the fleeing insurgents near Buni Yadi on Wednesday, and that \"several\" fighters were killed. It did not give a number.",
     "note": "'several' is vague: null"},
], [
    {"what": "other", "value": 30, "place": "Borno and Yobe",
     "evidence": "ISWAP has carried out more than 30 attacks on military positions in Borno and Yobe since June",
     "note": "attacks since June 2019"},
])

R("b16-28", "2018-11-29", "https://www.example-savannahtimes.com/2018/11/29/abuja-court-boko-haram-financing", """
Abuja court jails 12 for funding Boko Haram

Thursday, 29 November 2018

ABUJA, November 29 (Savannah Times) - A federal court in Abuja on Thursday convicted 12 men of financing Boko Haram, in one of the largest terrorism-financing cases to reach a verdict since the insurgency began.

The men, most of them traders from Borno and Yobe states, were found guilty of sending money, fuel, motorcycles and food to the militants between 2014 and 2016. They were sentenced to prison terms of between 10 and 20 years.

Prosecutors said the supplies had helped the group's fighters carry out raids on villages and attacks on army positions across the north-east, but did not link any defendant to a particular attack.

Lawyers for six of the men said they would appeal, arguing that confessions had been obtained under duress during years in military detention before the trial.

"My client sold fish. He did not know who was buying," one defence lawyer told reporters outside the court.

The men were arrested in raids in Maiduguri and Kano in 2016 and held at a military barracks before being handed to civilian prosecutors.

Human rights groups have criticised the slow pace of terrorism trials in Nigeria. A legal aid group, the Justice Access Centre, says more than 1,600 people detained in connection with the conflict are still waiting for their cases to be heard.

Boko Haram's insurgency and the military's response have killed tens of thousands of people and driven more than two million from their homes since 2009.
""", [], [
    {"what": "arrested", "value": 1600, "place": "Nigeria",
     "evidence": "more than 1,600 people detained in connection with the conflict are still waiting for their cases to be heard",
     "note": "detainees awaiting trial"},
    {"what": "displaced", "value": 2000000, "place": "north-east Nigeria",
     "evidence": "driven more than two million from their homes since 2009",
     "note": "since 2009"},
])

# ---------------------------------------------------------------- Libya
R("b16-29", "2016-07-14", "https://www.example-maghrebwire.com/libya/2016/07/14/sirte-700-neighbourhood-taken", """
Libyan forces take Sirte district as Islamic State fights back with car bombs

MISRATA, July 14 (Maghreb Wire) - Forces loyal to Libya's UN-backed government said on Thursday they had captured the 700 neighbourhood in Sirte, pushing Islamic State militants back into a shrinking pocket around the city centre.

The forces, mostly brigades from Misrata, took the district on Wednesday after heavy street fighting, a spokesman for their operations room said. Seven of their fighters were killed and 45 wounded, according to the field hospital in Misrata that receives casualties from the front.

The spokesman did not say how many militants died, but said fighters had found "dozens of bodies" in the streets and buildings of the neighbourhood.

A day earlier, a suicide bomber drove a car packed with explosives into a position held by the brigades in the Zafarana area. The hospital first reported two fighters killed; it said on Thursday that a third had died of his wounds. The bomber was also killed.

Islamic State's news agency said the car bomb had killed "more than 30" fighters, a claim the brigades dismissed.

The offensive on Sirte, launched in May, has cost the brigades more than 250 dead, according to the hospital's figures.

Islamic State took over Sirte, the hometown of the late Muammar Gaddafi, in 2015 and turned it into its most important stronghold outside Iraq and Syria.
""", [
    {"summary": "Misrata brigades of the UN-backed government captured the 700 neighbourhood of Sirte from Islamic State; the field hospital counted 7 of their fighters killed and 45 wounded; militant dead not counted ('dozens of bodies').",
     "date": "2016-07-13",
     "date_note": "‘took the district on Wednesday’ in a report datelined Thursday 2016-07-14: Wednesday 2016-07-13",
     "place": "700 neighbourhood", "admin": "Sirte", "country": "LY", "type": "territory_gain",
     "actor1": "Government of National Accord forces", "actor2": "Islamic State",
     "killed": 7, "killed_high": None, "wounded": 45, "wounded_high": None,
     "evidence": "Forces loyal to Libya's UN-backed government said on Thursday they had captured the 700 neighbourhood in Sirte [...] The forces, mostly brigades from Misrata, took the district on Wednesday after heavy street fighting, a spokesman for their operations room said. Seven of their fighters were killed and 45 wounded, according to the field hospital in Misrata that receives casualties from the front. [...] said fighters had found \"dozens of bodies\" in the streets and buildings of the neighbourhood.",
     "note": "only the brigades' own 7 are a count; 'dozens of bodies' of militants is vague"},
    {"summary": "An Islamic State suicide car bomber hit a brigades position in the Zafarana area of Sirte; the hospital's toll rose from 2 to 3 fighters, plus the bomber.",
     "date": "2016-07-12",
     "date_note": "‘A day earlier’ than the capture on Wednesday 2016-07-13: Tuesday 2016-07-12",
     "place": "Zafarana", "admin": "Sirte", "country": "LY", "type": "explosion",
     "actor1": "Islamic State", "actor2": "Government of National Accord forces",
     "killed": 4, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "A day earlier, a suicide bomber drove a car packed with explosives into a position held by the brigades in the Zafarana area. The hospital first reported two fighters killed; it said on Thursday that a third had died of his wounds. The bomber was also killed. [...] Islamic State's news agency said the car bomb had killed \"more than 30\" fighters",
     "note": "revised 3 fighters + the bomber = 4; the IS claim is not used"},
], [
    {"what": "killed", "value": 250, "place": "Sirte",
     "evidence": "The offensive on Sirte, launched in May, has cost the brigades more than 250 dead, according to the hospital's figures.",
     "note": "brigade fighters killed since May 2016"},
])

R("b16-30", "2017-11-26", "https://www.example-cyrenaicadaily.com/2017/11/26/sabri-advance-landmine", """
Army pushes into last militant pocket in Benghazi

Forces of the self-styled Libyan National Army advanced into Sabri, one of the last districts of Benghazi still held by Islamist fighters, on Saturday, taking control of several blocks near the seafront, a military spokesman said.

The spokesman said four soldiers were killed in the fighting. The al-Jala hospital, which receives most of the army's casualties, said it had received the bodies of six soldiers and treated 17 wounded.

The army did not say how many of its opponents had been killed. The militants, an alliance known as the Benghazi Revolutionaries Shura Council, have not published statements for weeks.

On Friday, two soldiers were killed when a landmine exploded as they searched houses in Souq al-Hout, a neighbourhood next to Sabri that the army took over in the summer. The army said the mine had been laid by the militants before they withdrew.

Commander Khalifa Haftar declared victory in the battle for Benghazi in July, but fighters have held out in a few blocks of the old city centre since then.

Mines and booby traps have killed more than 100 soldiers and civilians in Benghazi since the army began retaking districts in 2016, according to a local demining volunteer group.

About 13,000 families who fled the centre of the city have not returned, the municipal council says.
""", [
    {"summary": "The Libyan National Army advanced into Sabri, Benghazi, taking several blocks near the seafront from the Benghazi Revolutionaries Shura Council; the army said 4 soldiers were killed, al-Jala hospital received 6 soldiers' bodies and 17 wounded.",
     "date": "2017-11-25",
     "date_note": "‘on Saturday’; no dateline, URL date Sunday 2017-11-26: Saturday 2017-11-25",
     "place": "Sabri", "admin": "Benghazi", "country": "LY", "type": "territory_gain",
     "actor1": "Libyan National Army", "actor2": "Islamist militants",
     "killed": 4, "killed_high": 6, "wounded": 17, "wounded_high": None,
     "evidence": "Forces of the self-styled Libyan National Army advanced into Sabri, one of the last districts of Benghazi still held by Islamist fighters, on Saturday, taking control of several blocks near the seafront, a military spokesman said. [...] The spokesman said four soldiers were killed in the fighting. The al-Jala hospital, which receives most of the army's casualties, said it had received the bodies of six soldiers and treated 17 wounded.",
     "note": "army 4 vs hospital 6; militant losses not given"},
    {"summary": "A landmine exploded as soldiers searched houses in Souq al-Hout, Benghazi, killing two; the army blamed the militants who laid it before withdrawing.",
     "date": "2017-11-24",
     "date_note": "‘On Friday’; URL date Sunday 2017-11-26: Friday 2017-11-24",
     "place": "Souq al-Hout", "admin": "Benghazi", "country": "LY", "type": "explosion",
     "actor1": "Islamist militants", "actor2": "Libyan National Army",
     "killed": 2, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Friday, two soldiers were killed when a landmine exploded as they searched houses in Souq al-Hout, a neighbourhood next to Sabri that the army took over in the summer. The army said the mine had been laid by the militants before they withdrew.",
     "note": "mine attributed by the army to the retreating militants"},
], [
    {"what": "killed", "value": 100, "place": "Benghazi",
     "evidence": "Mines and booby traps have killed more than 100 soldiers and civilians in Benghazi since the army began retaking districts in 2016",
     "note": "mine and booby-trap deaths since 2016"},
    {"what": "displaced", "value": 13000, "place": "Benghazi",
     "evidence": "About 13,000 families who fled the centre of the city have not returned",
     "note": "families"},
])

R("b16-31", "2019-11-20", "https://www.example-maghrebwire.com/libya/2019/11/20/abu-salim-rockets-blame", """
Rockets hit Tripoli's Abu Salim as both sides trade blame

TRIPOLI, November 20 (Maghreb Wire) - Rockets slammed into houses in the densely populated Abu Salim district of the Libyan capital late on Tuesday, killing three civilians, including a child, and wounding eight, the health ministry of the Tripoli-based government said.

A volunteer ambulance group, Tripoli Field Medics, said it had taken four bodies from the site.

The Government of National Accord blamed forces loyal to eastern commander Khalifa Haftar, whose Libyan National Army has been trying to capture the capital since April. An LNA spokesman denied the accusation and said the rockets had been fired by "militias" defending Tripoli in order to turn residents against the army.

Also on Tuesday, fighting flared in the southern suburb of Ain Zara, where LNA units tried to push north along the main road. A GNA military spokesman said five of its fighters were killed and that the attack was repelled.

The LNA said its air force had struck government positions on the Salah al-Din front, killing "many" fighters. The claim could not be verified.

The battle for Tripoli has killed more than 1,000 people and forced more than 120,000 from their homes since it began, according to aid agencies.

Diplomats are trying to arrange a conference in Berlin that would bring together the foreign powers backing the two sides.
""", [
    {"summary": "Rockets hit houses in Abu Salim, Tripoli, killing three civilians (health ministry) or four (volunteer medics) and wounding eight; the GNA blamed the LNA, which blamed Tripoli militias.",
     "date": "2019-11-19",
     "date_note": "‘late on Tuesday’ in a report datelined Wednesday 2019-11-20: Tuesday 2019-11-19",
     "place": "Abu Salim", "admin": "Tripoli", "country": "LY", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": 3, "killed_high": 4, "wounded": 8, "wounded_high": None,
     "evidence": "Rockets slammed into houses in the densely populated Abu Salim district of the Libyan capital late on Tuesday, killing three civilians, including a child, and wounding eight, the health ministry of the Tripoli-based government said. [...] Tripoli Field Medics, said it had taken four bodies from the site. [...] The Government of National Accord blamed forces loyal to eastern commander Khalifa Haftar [...] An LNA spokesman denied the accusation and said the rockets had been fired by \"militias\" defending Tripoli",
     "note": "competing blame: unknown; 3 vs 4"},
    {"summary": "LNA units tried to push north in Ain Zara, southern Tripoli; the GNA said five of its fighters were killed and the attack repelled.",
     "date": "2019-11-19",
     "date_note": "‘Also on Tuesday’ in a report datelined Wednesday 2019-11-20: Tuesday 2019-11-19",
     "place": "Ain Zara", "admin": "Tripoli", "country": "LY", "type": "battle",
     "actor1": "Libyan National Army", "actor2": "Government of National Accord forces",
     "killed": 5, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Also on Tuesday, fighting flared in the southern suburb of Ain Zara, where LNA units tried to push north along the main road. A GNA military spokesman said five of its fighters were killed and that the attack was repelled."},
    {"summary": "The LNA said its air force struck government positions on the Salah al-Din front, killing 'many'.",
     "date": None,
     "date_note": "no day given for the strikes; the report is datelined Wednesday 2019-11-20",
     "place": "Salah al-Din", "admin": "Tripoli", "country": "LY", "type": "explosion",
     "actor1": "Libyan National Army", "actor2": "Government of National Accord forces",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The LNA said its air force had struck government positions on the Salah al-Din front, killing \"many\" fighters. The claim could not be verified.",
     "note": "undated, unverified claim by the attacker; 'many' is vague",
     "optional": True},
], [
    {"what": "killed", "value": 1000, "place": "Tripoli",
     "evidence": "The battle for Tripoli has killed more than 1,000 people",
     "note": "since April 2019"},
    {"what": "displaced", "value": 120000, "place": "Tripoli",
     "evidence": "forced more than 120,000 from their homes since it began",
     "note": "since April 2019"},
])

R("b16-32", "2018-06-07", "https://www.example-maghrebwire.com/libya/2018/06/07/derna-dahr-al-hamar", """
Libyan National Army says it has taken key Derna district

BENGHAZI, June 7 (Maghreb Wire) - Forces of the Libyan National Army captured the Dahr al-Hamar district of Derna on Wednesday, tightening their grip on the last city in eastern Libya outside the control of commander Khalifa Haftar, an army spokesman said.

The spokesman said three soldiers were killed in the assault and that the army's opponents, an Islamist-led coalition known as the Derna Protection Force, had "suffered heavy losses". He gave no number.

On Tuesday, a suicide bomber blew himself up near army positions in the al-Fatayah hills south-east of the city, killing two soldiers and wounding four, a military source said. He said the attacker was one of "the terrorists" holed up in the city but did not name a group, and nobody claimed the attack.

A doctor at Derna's main hospital said by phone that 11 civilians had been killed by shelling and gunfire over the previous three days, and that medicines and oxygen were running out.

The army, which has besieged Derna for more than a year, launched its final assault on the coastal city in May.

The United Nations has called for a humanitarian pause to let out the wounded and allow food and medicine in. Most of the city's residents have been unable to leave.
""", [
    {"summary": "The Libyan National Army captured the Dahr al-Hamar district of Derna from the Derna Protection Force; the army said three soldiers were killed.",
     "date": "2018-06-06",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2018-06-07: Wednesday 2018-06-06",
     "place": "Dahr al-Hamar", "admin": "Derna", "country": "LY", "type": "territory_gain",
     "actor1": "Libyan National Army", "actor2": "Derna Protection Force",
     "killed": 3, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Forces of the Libyan National Army captured the Dahr al-Hamar district of Derna on Wednesday [...] The spokesman said three soldiers were killed in the assault and that the army's opponents, an Islamist-led coalition known as the Derna Protection Force, had \"suffered heavy losses\". He gave no number.",
     "note": "opponents' losses not counted"},
    {"summary": "A suicide bomber blew himself up near army positions in the al-Fatayah hills south-east of Derna, killing two soldiers and wounding four; unclaimed, no group named.",
     "date": "2018-06-05",
     "date_note": "‘On Tuesday’ in a report datelined Thursday 2018-06-07: Tuesday 2018-06-05",
     "place": "al-Fatayah", "admin": "Derna", "country": "LY", "type": "explosion",
     "actor1": "militants (unidentified)", "actor2": "Libyan National Army",
     "killed": 3, "killed_high": None, "wounded": 4, "wounded_high": None,
     "evidence": "On Tuesday, a suicide bomber blew himself up near army positions in the al-Fatayah hills south-east of the city, killing two soldiers and wounding four, a military source said. He said the attacker was one of \"the terrorists\" holed up in the city but did not name a group, and nobody claimed the attack.",
     "note": "2 soldiers + the bomber = 3"},
], [
    {"what": "killed", "value": 11, "place": "Derna",
     "evidence": "11 civilians had been killed by shelling and gunfire over the previous three days",
     "note": "civilians over three days, several incidents"},
])

# ---------------------------------------------------------------- Pakistan
R("b16-33", "2014-07-03", "https://www.example-khyberwire.com/pakistan/2014/07/03/datta-khel-strikes-miranshah", """
Pakistani jets pound militant hideouts in North Waziristan

PESHAWAR, July 3 (Khyber Wire) - Pakistani fighter jets struck suspected militant hideouts in the Datta Khel area of North Waziristan on Wednesday, killing 23 fighters, among them several foreigners, the military said.

The army's media wing said in a statement that the strikes destroyed six compounds used by the Pakistani Taliban and their Uzbek allies, along with a cache of explosives. There was no independent confirmation: journalists are barred from the area and mobile phone networks have been cut off.

Ground troops who entered Miranshah, the main town of the tribal region, on Monday completed the clearing of its main bazaar on Tuesday, the statement said. Five militants and two soldiers were killed in exchanges of fire, and troops found a network of tunnels under the shops.

A spokesman for the Tehrik-i-Taliban Pakistan said the group's fighters had pulled out of the towns before the offensive and that those killed in the air strikes were villagers. He did not give a figure.

The military launched its offensive in North Waziristan on Sunday, 15 June 2014, a week after militants attacked Karachi's international airport.

More than 450,000 people have fled to the neighbouring district of Bannu and other parts of Khyber Pakhtunkhwa since the operation began, according to disaster management officials.

Residents arriving in Bannu complained of long queues at registration points and said they had left their livestock behind.
""", [
    {"summary": "Pakistani jets struck compounds in Datta Khel, North Waziristan; the military said 23 fighters were killed, the TTP said the dead were villagers.",
     "date": "2014-07-02",
     "date_note": "‘on Wednesday’ in a report datelined Thursday 2014-07-03: Wednesday 2014-07-02",
     "place": "Datta Khel", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "explosion",
     "actor1": "Pakistani security forces", "actor2": "Tehrik-i-Taliban Pakistan",
     "killed": 23, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Pakistani fighter jets struck suspected militant hideouts in the Datta Khel area of North Waziristan on Wednesday, killing 23 fighters, among them several foreigners, the military said. [...] the strikes destroyed six compounds used by the Pakistani Taliban and their Uzbek allies [...] A spokesman for the Tehrik-i-Taliban Pakistan said the group's fighters had pulled out of the towns before the offensive and that those killed in the air strikes were villagers.",
     "note": "military figure; the TTP disputes who was killed, not how many; North Waziristan was then a tribal agency (FATA), now part of Khyber Pakhtunkhwa"},
    {"summary": "Troops completed clearing Miranshah's main bazaar; five militants and two soldiers were killed.",
     "date": "2014-07-01",
     "date_note": "troops entered ‘on Monday’ and ‘completed the clearing of its main bazaar on Tuesday’; report datelined Thursday 2014-07-03: Tuesday 2014-07-01",
     "place": "Miranshah", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "territory_gain",
     "actor1": "Pakistani security forces", "actor2": "Tehrik-i-Taliban Pakistan",
     "killed": 7, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Ground troops who entered Miranshah, the main town of the tribal region, on Monday completed the clearing of its main bazaar on Tuesday, the statement said. Five militants and two soldiers were killed in exchanges of fire",
     "note": "5 militants + 2 soldiers = 7"},
], [
    {"what": "displaced", "value": 450000, "place": "Bannu",
     "evidence": "More than 450,000 people have fled to the neighbouring district of Bannu and other parts of Khyber Pakhtunkhwa since the operation began"},
])

R("b16-34", "2016-10-09", "https://www.example-khyberwire.com/pakistan/2016/10/09/shabqadar-police-van-bomb", """
Bomb kills five in attack on police van near Peshawar

PESHAWAR, October 9 (Khyber Wire) - A bomb hidden in a parked motorcycle exploded as a police van drove past in the market town of Shabqadar, north of Peshawar, on Saturday, killing four policemen and a passer-by, officials said.

Police initially put the death toll at three, but two of the wounded died overnight at Lady Reading Hospital in Peshawar, a hospital spokesman said on Sunday. Nine people were still being treated.

The bomb was detonated by remote control, said a senior police official in Charsadda district, of which Shabqadar is part.

Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed the attack in an email to reporters, saying it was revenge for the killing of its members in police custody.

On Sunday, the provincial counter-terrorism department said its officers had killed four militants linked to the group in a shootout in the Mathra area on the outskirts of Peshawar. It said the men had opened fire when officers tried to arrest them.

Relatives of one of the dead men told reporters he had been detained by plainclothes officers two weeks earlier, and accused the police of staging the shootout.

Police in Khyber Pakhtunkhwa have lost more than 1,200 officers to militant attacks since 2001, according to the provincial police department.
""", [
    {"summary": "A remote-controlled bomb in a parked motorcycle hit a police van in Shabqadar, killing four policemen and a passer-by (first toll three); nine wounded still treated; Jamaat-ul-Ahrar claimed it.",
     "date": "2016-10-08",
     "date_note": "‘on Saturday’ in a report datelined Sunday 2016-10-09: Saturday 2016-10-08",
     "place": "Shabqadar", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "explosion",
     "actor1": "Jamaat-ul-Ahrar", "actor2": "Pakistani security forces",
     "killed": 5, "killed_high": None, "wounded": 9, "wounded_high": None,
     "evidence": "A bomb hidden in a parked motorcycle exploded as a police van drove past in the market town of Shabqadar, north of Peshawar, on Saturday, killing four policemen and a passer-by, officials said. [...] Police initially put the death toll at three, but two of the wounded died overnight at Lady Reading Hospital in Peshawar, a hospital spokesman said on Sunday. Nine people were still being treated. [...] Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed the attack",
     "note": "4 police + 1 passer-by = 5; the first toll of 3 was revised"},
    {"summary": "The counter-terrorism department said it killed four militants linked to Jamaat-ul-Ahrar in a shootout in Mathra, Peshawar; a family said one had been in custody and the shootout was staged.",
     "date": None,
     "date_note": "‘On Sunday, the provincial counter-terrorism department said’ gives only the day of the statement (Sunday 2016-10-09); the day of the shootout is not stated",
     "place": "Mathra", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "battle",
     "actor1": "Pakistani security forces", "actor2": "Jamaat-ul-Ahrar",
     "killed": 4, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Sunday, the provincial counter-terrorism department said its officers had killed four militants linked to the group in a shootout in the Mathra area on the outskirts of Peshawar. It said the men had opened fire when officers tried to arrest them. [...] Relatives of one of the dead men told reporters he had been detained by plainclothes officers two weeks earlier, and accused the police of staging the shootout.",
     "note": "police account; the family alleges a staged killing of a detainee"},
], [
    {"what": "killed", "value": 1200, "place": "Khyber Pakhtunkhwa",
     "evidence": "Police in Khyber Pakhtunkhwa have lost more than 1,200 officers to militant attacks since 2001",
     "note": "police killed since 2001"},
])

R("b16-35", "2018-11-28", "https://www.example-indusdailywire.com/2018/11/28/hoshab-labourers-killed", """
Gunmen kill six construction workers in Balochistan; separatists claim attack

Gunmen on motorcycles attacked a camp of labourers working on a road project near Hoshab in Balochistan's Kech district on Monday night, killing six of them and wounding two, a local administration official said.

The workers, who came from other provinces, were sleeping in tents beside the road when the attackers opened fire, the official said. A doctor at the teaching hospital in Turbat said seven bodies had been brought in.

The Baloch Liberation Front, an armed separatist group, claimed the killings in a statement, saying the workers were building a road for the army. The provincial government condemned what it called a cowardly attack on "poor labourers".

The paramilitary Frontier Corps said it had cordoned off the area on Tuesday and arrested nine suspects in a search of nearby villages.

In a separate incident on Tuesday, an unidentified man threw a hand grenade into a mobile phone shop in the town of Khuzdar, wounding four people. Nobody was killed, and no one claimed the attack, police said.

Separatist groups in Balochistan have stepped up attacks on infrastructure projects linked to the China-Pakistan Economic Corridor, which they say bring little benefit to local people.

Rights groups say large numbers of Baloch activists have disappeared in the province in recent years, which the security forces deny being behind.
""", [
    {"summary": "Gunmen on motorcycles attacked a roadside camp of labourers near Hoshab, Kech district, killing six (official) or seven (hospital) and wounding two; the Baloch Liberation Front claimed it.",
     "date": "2018-11-26",
     "date_note": "‘on Monday night’; no dateline, URL date Wednesday 2018-11-28: Monday 2018-11-26",
     "place": "Hoshab", "admin": "Balochistan", "country": "PK", "type": "attack_on_civilians",
     "actor1": "Baloch Liberation Front", "actor2": "civilians",
     "killed": 6, "killed_high": 7, "wounded": 2, "wounded_high": None,
     "evidence": "Gunmen on motorcycles attacked a camp of labourers working on a road project near Hoshab in Balochistan's Kech district on Monday night, killing six of them and wounding two, a local administration official said. [...] A doctor at the teaching hospital in Turbat said seven bodies had been brought in. [...] The Baloch Liberation Front, an armed separatist group, claimed the killings",
     "note": "official 6 vs hospital 7"},
    {"summary": "The Frontier Corps cordoned off the area near Hoshab and arrested nine suspects in a search of nearby villages.",
     "date": "2018-11-27",
     "date_note": "‘on Tuesday’; URL date Wednesday 2018-11-28: Tuesday 2018-11-27",
     "place": "Hoshab", "admin": "Balochistan", "country": "PK", "type": "arrest",
     "actor1": "Pakistani security forces", "actor2": "civilians",
     "killed": None, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "The paramilitary Frontier Corps said it had cordoned off the area on Tuesday and arrested nine suspects in a search of nearby villages.",
     "arrested": 9},
    {"summary": "An unidentified man threw a grenade into a mobile phone shop in Khuzdar, wounding four; nobody killed, unclaimed.",
     "date": "2018-11-27",
     "date_note": "‘on Tuesday’; URL date Wednesday 2018-11-28: Tuesday 2018-11-27",
     "place": "Khuzdar", "admin": "Balochistan", "country": "PK", "type": "explosion",
     "actor1": "unknown", "actor2": "civilians",
     "killed": 0, "killed_high": None, "wounded": 4, "wounded_high": None,
     "evidence": "In a separate incident on Tuesday, an unidentified man threw a hand grenade into a mobile phone shop in the town of Khuzdar, wounding four people. Nobody was killed, and no one claimed the attack, police said.",
     "note": "'Nobody was killed' gives 0"},
], [])

R("b16-36", "2021-09-23", "https://www.example-khyberwire.com/pakistan/2021/09/23/spinwam-checkpoint-attack", """
Three soldiers killed in attack on North Waziristan checkpoint

PESHAWAR, September 23 (Khyber Wire) - Militants attacked a security checkpoint in the Spinwam area of North Waziristan on Sunday, killing three soldiers in an exchange of fire that lasted more than an hour, the military said.

Two of the attackers were killed when troops returned fire, the military's media wing said in a statement.

The banned Tehrik-i-Taliban Pakistan claimed the attack, saying its fighters had killed seven soldiers and captured weapons. The group has stepped up attacks on the security forces in the former tribal areas since the Taliban took power in neighbouring Afghanistan last month.

A day later, a roadside bomb struck a paramilitary vehicle in the Mamund area of Bajaur district, killing one soldier and wounding two, local officials said. No group claimed the bombing.

On Wednesday, troops raided a compound near Mir Ali after receiving intelligence that militants were hiding there, and killed four of them, including a local commander wanted for attacks on polio vaccination teams, the military said.

It said weapons, ammunition and explosives were recovered from the compound. The identities of the dead could not be independently confirmed.

Residents of North Waziristan say the renewed violence has brought back memories of the years before the 2014 military operation that drove the Pakistani Taliban across the border.

At least 35 attacks on the security forces have been recorded in the tribal districts since mid-August, according to an Islamabad-based research group, the Frontier Security Observatory.
""", [
    {"summary": "Militants attacked a checkpoint in Spinwam, North Waziristan; the military said three soldiers and two attackers were killed; the TTP claimed it, saying seven soldiers died.",
     "date": "2021-09-19",
     "date_note": "‘on Sunday’ in a report datelined Thursday 2021-09-23: Sunday 2021-09-19",
     "place": "Spinwam", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "battle",
     "actor1": "Tehrik-i-Taliban Pakistan", "actor2": "Pakistani security forces",
     "killed": 5, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "Militants attacked a security checkpoint in the Spinwam area of North Waziristan on Sunday, killing three soldiers in an exchange of fire that lasted more than an hour, the military said. [...] Two of the attackers were killed when troops returned fire [...] The banned Tehrik-i-Taliban Pakistan claimed the attack, saying its fighters had killed seven soldiers",
     "note": "3 soldiers + 2 attackers = 5; the TTP claim of seven not used"},
    {"summary": "A roadside bomb struck a paramilitary vehicle in Mamund, Bajaur, killing one soldier and wounding two; unclaimed.",
     "date": "2021-09-20",
     "date_note": "‘A day later’ than the checkpoint attack ‘on Sunday’ (Sunday 2021-09-19): Monday 2021-09-20",
     "place": "Mamund", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "explosion",
     "actor1": "unknown", "actor2": "Pakistani security forces",
     "killed": 1, "killed_high": None, "wounded": 2, "wounded_high": None,
     "evidence": "A day later, a roadside bomb struck a paramilitary vehicle in the Mamund area of Bajaur district, killing one soldier and wounding two, local officials said. No group claimed the bombing."},
    {"summary": "Troops raided a compound near Mir Ali and killed four militants, including a local commander, the military said.",
     "date": "2021-09-22",
     "date_note": "‘On Wednesday’ in a report datelined Thursday 2021-09-23: Wednesday 2021-09-22",
     "place": "Mir Ali", "admin": "Khyber Pakhtunkhwa", "country": "PK", "type": "battle",
     "actor1": "Pakistani security forces", "actor2": "militants (unidentified)",
     "killed": 4, "killed_high": None, "wounded": None, "wounded_high": None,
     "evidence": "On Wednesday, troops raided a compound near Mir Ali after receiving intelligence that militants were hiding there, and killed four of them, including a local commander wanted for attacks on polio vaccination teams, the military said."},
], [
    {"what": "other", "value": 35, "place": "Khyber Pakhtunkhwa",
     "evidence": "At least 35 attacks on the security forces have been recorded in the tribal districts since mid-August",
     "note": "attacks since mid-August 2021"},
])


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_EXTRA = ["note"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}
ADMINS = {
    "IQ": {"Baghdad", "Nineveh", "Diyala", "Anbar", "Salahuddin", "Kirkuk"},
    "SY": {"Raqqa", "Idlib", "Hama", "Hasakah", "Deir ez-Zor", "Aleppo"},
    "AF": {"Kunduz", "Nangarhar", "Helmand", "Faryab"},
    "YE": {"Hadramawt", "Shabwa", "Marib", "Taiz"},
    "SO": {"Banaadir", "Lower Shabelle", "Bay"},
    "NG": {"Borno", "Yobe"},
    "LY": {"Sirte", "Benghazi", "Tripoli", "Derna"},
    "PK": {"Khyber Pakhtunkhwa", "Balochistan"},
}
COUNTRY_NAMES = {"IQ": "Iraq", "SY": "Syria", "AF": "Afghanistan", "YE": "Yemen", "SO": "Somalia",
                 "NG": "Nigeria", "LY": "Libya", "PK": "Pakistan"}
ACTORS = {
    # canonical names of the spec and the shared gold conventions
    "Islamic State", "Iraqi Security Forces", "Popular Mobilization Forces", "US-led coalition",
    "Syrian Democratic Forces", "YPG", "Kurdish security forces (Asayish)", "Syrian rebels",
    "Taliban", "Afghan security forces", "Houthis", "Saudi-led coalition", "Yemeni government forces",
    "al-Shabaab", "Somali security forces", "Boko Haram", "Nigerian security forces",
    "Pakistani security forces", "Tehrik-i-Taliban Pakistan", "Islamist militants",
    "militants (unidentified)", "civilians", "unknown",
    # other groups, by their usual English short name
    "al-Qaeda in the Arabian Peninsula", "Hadrami Elite Forces", "US forces", "pro-government militia",
    "Libyan National Army", "Government of National Accord forces", "Derna Protection Force",
    "Jamaat-ul-Ahrar", "Baloch Liberation Front",
}
# the country each report is set in (the sections above)
REPORT_COUNTRY = {}
for _cc, _lo, _hi in (("IQ", 1, 6), ("SY", 7, 11), ("AF", 12, 16), ("YE", 17, 20), ("SO", 21, 24),
                      ("NG", 25, 28), ("LY", 29, 32), ("PK", 33, 36)):
    for _i in range(_lo, _hi + 1):
        REPORT_COUNTRY[f"b16-{_i:02d}"] = _cc
WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]
WD = "|".join(WEEKDAYS)
MO = "|".join(MONTHS)
DATELINE = re.compile(r"^([A-Z][A-Z'. -]*[A-Z]), (" + MO + r") (\d{1,2}) \(([A-Z][^()]*[a-z])\) - [A-Z\"]")
DATELINE_LIKE = re.compile(r"^[A-Z][A-Z'. -]{2,}[A-Z],(?: (?:" + MO + r")\b|[^.]{0,40}\) -)")
WEEKDAY_DATE_TEXT = [
    re.compile(r"\b(" + WD + r"), (\d{1,2}) (" + MO + r") (\d{4})\b"),
    re.compile(r"\b(" + WD + r"), (" + MO + r") (\d{1,2}),? (\d{4})\b"),
]
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/_.-]+$")
URL_DATE = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/")
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[\"“A-Z0-9])")


def iso(s):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return d if d.isoformat() == s else None


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def sentences(body_paragraphs):
    n = 0
    for p in body_paragraphs:
        n += len([s for s in SENT_SPLIT.split(p) if s.strip()])
    return n


def check():
    errors = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    ids = [r["id"] for r in REPORTS]
    want = [f"b16-{i:02d}" for i in range(1, 37)]
    if ids != want:
        err("set", f"ids not b16-01..b16-36 in order: {ids}")
    urls = [r["url"] for r in REPORTS]
    for u in {u for u in urls if urls.count(u) > 1}:
        err("set", f"duplicate url {u}")

    for r in REPORTS:
        rid, text = r["id"], r["text"]
        pub = iso(r["published"])
        if pub is None:
            err(rid, f"published {r['published']!r} is not a valid ISO date")
            continue
        if not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2014-2024")
        if not URL.match(r["url"]):
            err(rid, f"url {r['url']!r} is not an https://www.example-NAME.com/... address")
        ud = URL_DATE.search(r["url"])
        if ud and datetime.date(*map(int, ud.groups())) != pub:
            err(rid, f"url date {ud.group(0)} differs from published {pub}")

        # ---- text shape
        if "\r" in text or "\t" in text:
            err(rid, "text contains CR or TAB")
        if "  " in text:
            err(rid, "text contains a double space")
        paras = text.split("\n\n")
        if any(p != p.strip() or not p for p in paras):
            err(rid, "empty paragraph or paragraph with stray whitespace")
        headline = paras[0]
        if "\n" in headline or headline.endswith(".") or len(headline) > 110 or len(headline) < 20:
            err(rid, f"headline malformed: {headline!r}")
        body = paras[1:]
        datelines = [i for i, p in enumerate(body) if DATELINE_LIKE.match(p)]
        if len(datelines) > 1:
            err(rid, "more than one dateline-like paragraph")
        if datelines:
            i = datelines[0]
            if i > 1:
                err(rid, "dateline is not the first body paragraph (after an optional date line)")
            m = DATELINE.match(body[i])
            if not m:
                err(rid, f"malformed dateline: {body[i][:60]!r}")
            else:
                if m.group(2) != MONTHS[pub.month - 1] or int(m.group(3)) != pub.day:
                    err(rid, f"dateline {m.group(2)} {m.group(3)} does not name the publication date {pub}")
        else:
            if not ud:
                err(rid, "no dateline and no date in the url: publication date unsupported by the page")
        # a bare date line under the headline must be the publication date
        for p in body[:1]:
            for rx in WEEKDAY_DATE_TEXT:
                m = rx.fullmatch(p)
                if m:
                    g = m.groups()
                    d = datetime.date(int(g[3]), MONTHS.index(g[2]) + 1, int(g[1])) if g[1].isdigit() \
                        else datetime.date(int(g[3]), MONTHS.index(g[1]) + 1, int(g[2]))
                    if d != pub:
                        err(rid, f"date line {p!r} is not the publication date {pub}")
        # every "Weekday, D Month YYYY" / "Weekday, Month D, YYYY" is a true calendar fact
        for rx in WEEKDAY_DATE_TEXT:
            for m in rx.finditer(text):
                g = m.groups()
                try:
                    if g[1].isdigit():
                        d = datetime.date(int(g[3]), MONTHS.index(g[2]) + 1, int(g[1]))
                    else:
                        d = datetime.date(int(g[3]), MONTHS.index(g[1]) + 1, int(g[2]))
                except ValueError:
                    err(rid, f"impossible date in text: {m.group(0)!r}")
                    continue
                if WEEKDAYS[d.weekday()] != g[0]:
                    err(rid, f"false calendar fact in text: {m.group(0)!r} is a {WEEKDAYS[d.weekday()]}")
                if d > pub:
                    err(rid, f"text date {m.group(0)!r} is after publication")
        prose = [p for p in body if not any(rx.fullmatch(p) for rx in WEEKDAY_DATE_TEXT)]
        n = sentences(prose)
        if not (8 <= n <= 20):
            err(rid, f"{n} sentences, expected 8-20")

        # ---- events
        evs = r["events"]
        if not isinstance(evs, list) or len(evs) > 4:
            err(rid, "events must be a list of 0-4 events")
            evs = []
        for k, e in enumerate(evs):
            w = f"{rid} event {k}"
            keys = list(e.keys())
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
                err(w, f"keys not in schema order: {keys}")
            extra = keys[len(EVENT_KEYS):]
            if extra != [x for x in EVENT_EXTRA if x in extra] or any(x not in EVENT_EXTRA for x in extra):
                err(w, f"extra keys wrong or out of order: {extra}")
            if not isinstance(e.get("summary"), str) or len(e["summary"]) < 15:
                err(w, "summary missing or too short")
            if e.get("type") not in TYPES:
                err(w, f"type {e.get('type')!r} invalid")
            c = e.get("country")
            if c != REPORT_COUNTRY.get(rid):
                err(w, f"country {c!r} differs from the report's country {REPORT_COUNTRY.get(rid)!r}")
            if c not in ADMINS:
                err(w, f"country {c!r} invalid for this set")
            elif e.get("admin") is not None and e["admin"] not in ADMINS[c]:
                err(w, f"admin {e.get('admin')!r} not a known region of {c}")
            if not isinstance(e.get("place"), str) or not e["place"].strip():
                err(w, "place missing")
            for a in ("actor1", "actor2"):
                if e.get(a) not in ACTORS:
                    err(w, f"{a} {e.get(a)!r} not in the actor list")
            for key in ("killed", "killed_high", "wounded", "wounded_high"):
                if not is_count(e.get(key)):
                    err(w, f"{key} {e.get(key)!r} is not a non-negative int or null")
            for key in ("killed", "wounded"):
                hi, lo = e.get(key + "_high"), e.get(key)
                if hi is not None and (lo is None or not is_count(lo) or not is_count(hi) or hi < lo):
                    err(w, f"{key}_high {hi!r} without a lower {key} or below it ({lo!r})")
            if "arrested" in e:
                if e.get("type") != "arrest":
                    err(w, "arrested on a non-arrest event")
                if not is_count(e["arrested"]) or e["arrested"] is None:
                    err(w, "arrested must be a non-negative int")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional present but not true")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "empty note")
            ev = e.get("evidence")
            if not isinstance(ev, str) or not ev:
                err(w, "evidence missing")
            else:
                for piece in ev.split(" [...] "):
                    if not piece or piece != piece.strip():
                        err(w, f"empty or padded evidence piece {piece!r}")
                    elif piece not in text:
                        err(w, f"evidence piece not verbatim in text: {piece[:80]!r}")
            # date and date_note
            dn = e.get("date_note")
            if not isinstance(dn, str) or not dn.strip():
                err(w, "date_note missing")
                dn = ""
            d = e.get("date")
            if d is not None:
                dd = iso(d)
                if dd is None:
                    err(w, f"date {d!r} invalid")
                else:
                    if dd > pub:
                        err(w, f"date {d} after publication {pub}")
                    if (pub - dd).days > 45:
                        err(w, f"date {d} more than 45 days before publication (background?)")
                    if not (2014 <= dd.year <= 2022):
                        err(w, f"incident year {dd.year} outside 2014-2022")
                    if d not in dn:
                        err(w, "date_note does not state the date it arrives at")
            for q in re.findall(r"‘([^’]*)’", dn):
                if q not in text:
                    err(w, f"quoted wording ‘{q}’ not in text")
            if dn.count("‘") != dn.count("’"):
                err(w, "unbalanced ‘…’ quotes in date_note")
            bare = re.sub(r"‘[^’]*’", "‘’", dn)
            for m in re.finditer(r"\b(" + WD + r")\b", bare):
                rest = bare[m.end():]
                mm = re.match(r" (\d{4}-\d{2}-\d{2})\b", rest)
                if not mm:
                    err(w, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD'")
                    continue
                wd_date = iso(mm.group(1))
                if wd_date is None:
                    err(w, f"invalid date {mm.group(1)} in date_note")
                elif WEEKDAYS[wd_date.weekday()] != m.group(1):
                    err(w, f"date_note says {m.group(1)} {mm.group(1)}, which is a {WEEKDAYS[wd_date.weekday()]}")
                elif wd_date > pub:
                    err(w, f"date_note date {mm.group(1)} after publication")
            for m in re.finditer(r"\b\d{4}-\d{2}-\d{2}\b", dn):
                if iso(m.group(0)) is None:
                    err(w, f"invalid ISO date {m.group(0)} in date_note")

        # ---- figures
        for k, f in enumerate(r["figures"]):
            w = f"{rid} figure {k}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or any(x not in FIGURE_EXTRA for x in keys[4:]):
                err(w, f"figure keys wrong: {keys}")
            if f.get("what") not in FIGURE_WHAT:
                err(w, f"what {f.get('what')!r} invalid")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "value must be a non-negative int")
            if not isinstance(f.get("place"), str) or not f["place"]:
                err(w, "place missing")
            if "note" in f and (not isinstance(f["note"], str) or not f["note"].strip()):
                err(w, "empty note")
            ev = f.get("evidence") or ""
            for piece in ev.split(" [...] "):
                if not piece or piece not in text:
                    err(w, f"figure evidence not verbatim: {piece[:80]!r}")

    empty = [r["id"] for r in REPORTS if not r["events"]]
    if not (5 <= len(empty) <= 6):
        err("set", f"{len(empty)} reports without incident, expected 5-6")
    return errors


def counts():
    evs = [(r, e) for r in REPORTS for e in r["events"]]
    out = {
        "reports": len(REPORTS),
        "events": len(evs),
        "events_optional": sum(1 for _, e in evs if e.get("optional")),
        "events_scored": sum(1 for _, e in evs if not e.get("optional")),
        "events_with_killed": sum(1 for _, e in evs if e["killed"] is not None),
        "events_with_killed_scored": sum(1 for _, e in evs if e["killed"] is not None and not e.get("optional")),
        "events_with_killed_high": sum(1 for _, e in evs if e["killed_high"] is not None),
        "events_with_wounded": sum(1 for _, e in evs if e["wounded"] is not None),
        "events_null_date": sum(1 for _, e in evs if e["date"] is None),
        "figures": sum(len(r["figures"]) for r in REPORTS),
        "reports_no_incident": [r["id"] for r in REPORTS if not r["events"]],
        "by_type": dict(Counter(e["type"] for _, e in evs).most_common()),
        "by_country": dict(Counter(COUNTRY_NAMES[e["country"]] for _, e in evs).most_common()),
        "reports_by_country": dict(Counter(COUNTRY_NAMES[REPORT_COUNTRY[r["id"]]] for r in REPORTS).most_common()),
        "no_incident_by_country": dict(Counter(COUNTRY_NAMES[REPORT_COUNTRY[r["id"]]] for r in REPORTS
                                               if not r["events"]).most_common()),
        "killed_sum_scored": sum(e["killed"] for _, e in evs if e["killed"] is not None and not e.get("optional")),
        "by_type_optional": dict(Counter(e["type"] for _, e in evs if e.get("optional")).most_common()),
        "by_country_optional": dict(Counter(COUNTRY_NAMES[e["country"]] for _, e in evs
                                            if e.get("optional")).most_common()),
        "by_year": dict(sorted(Counter(e["date"][:4] if e["date"] else "null" for _, e in evs).items())),
        "published_years": dict(sorted(Counter(r["published"][:4] for r in REPORTS).items())),
        "actor1": dict(Counter(e["actor1"] for _, e in evs).most_common()),
    }
    return out


def main():
    errors = check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as fd:
        for r in REPORTS:
            fd.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"], "url": r["url"]},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fg:
        for r in REPORTS:
            fg.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]}, ensure_ascii=False) + "\n")
    c = counts()
    for k, v in c.items():
        print(f"{k:26} {v}")
    print("wrote docs.jsonl and gold.jsonl")


if __name__ == "__main__":
    main()
