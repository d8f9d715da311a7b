#!/usr/bin/env python3
"""probe-blind18: build docs.jsonl and gold.jsonl from the data below, after checking it.

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
        e["optional"] = optional  # kept as given, so that the check below sees anything but True
    return e


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note is not None:
        f["note"] = note
    return f


# ---------------------------------------------------------------------------
# b18-01 .. b18-09
# ---------------------------------------------------------------------------

report("b18-01", "2016-05-17", "https://www.example-tigriswire.com/2016/05/17/baghdad-market-car-bomb",
"""
Car bomb tears through Baghdad vegetable market

BAGHDAD, May 17 (Tigris Wire) - At least 21 people were killed and 48 wounded on Monday when a car packed with explosives was detonated beside a crowded vegetable market in the mainly Shi'ite district of al-Shaab in northern Baghdad, police and hospital sources said.

The dead included four women and three children, a medical official at a nearby hospital said. Shopkeepers said the car had been parked since the early morning outside a tyre repair shop.

Hours later the Islamic State group claimed responsibility in a statement circulated online, saying one of its "soldiers of the caliphate" had targeted a gathering of "rejectionists", the militants' derogatory term for Shi'ites.

It was the third bombing in the capital in a week.
""",
events=[
    ev("A car bomb beside a vegetable market in al-Shaab, Baghdad, killed at least 21 and wounded 48; Islamic State claimed it.",
       "2016-05-16", "‘on Monday’ before the Tuesday 2016-05-17 dateline: Monday 2016-05-16",
       "al-Shaab", "Baghdad", "IQ", "explosion", "Islamic State", "civilians",
       21, None, 48, None,
       "At least 21 people were killed and 48 wounded on Monday when a car packed with explosives was detonated beside a crowded vegetable market in the mainly Shi'ite district of al-Shaab in northern Baghdad, police and hospital sources said. [...] Hours later the Islamic State group claimed responsibility",
       note="the four women and three children are among the 21, not added"),
],
figures=[
    fig("other", 3, "Baghdad", "It was the third bombing in the capital in a week.",
        note="count of bombings in Baghdad in a week"),
])

report("b18-02", "2018-02-06", "https://www.example-levantnewswire.com/syria/2018-02-06-ariha-air-raids",
"""
Air raids on Idlib town kill 11, rescuers say; monitor puts toll higher

BEIRUT, February 6 (Levant Newswire) - Warplanes struck a residential street in the town of Ariha in Syria's northwestern Idlib province late on Monday, killing 11 civilians, among them five members of one family, according to the White Helmets civil defence group.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said 16 people had died and that the raids were carried out by Russian jets, citing the type of aircraft and flight patterns tracked by its network of observers. Moscow, which has flown air missions in support of President Bashar al-Assad since 2015, did not comment.

Syrian state media made no mention of the raid on Ariha but reported that the army had "targeted terrorist positions" south of the town. A rescue worker said around 30 people were pulled alive from the rubble, some of them badly hurt.

Separately, rebel shelling on the government-held city of Aleppo on Sunday wounded seven people, state news agency SANA said.

More than 300,000 people have fled the fighting in the southern and eastern countryside of Idlib since mid-December, according to the United Nations.
""",
events=[
    ev("Air strikes on a residential street of Ariha killed 11 civilians (civil defence) or 16 (SOHR, which attributes them to Russian jets).",
       "2018-02-05", "‘late on Monday’ before the Tuesday 2018-02-06 dateline: Monday 2018-02-05",
       "Ariha", "Idlib", "SY", "explosion", "Russian armed forces", "civilians",
       11, 16, None, None,
       "Warplanes struck a residential street in the town of Ariha in Syria's northwestern Idlib province late on Monday, killing 11 civilians, among them five members of one family, according to the White Helmets civil defence group. [...] The Syrian Observatory for Human Rights, a Britain-based war monitor, said 16 people had died and that the raids were carried out by Russian jets",
       note="conflicting tolls 11 (White Helmets) and 16 (SOHR); attribution to Russia by SOHR only; '30 pulled alive from the rubble' is not a wounded count"),
    ev("Rebel shelling on government-held Aleppo wounded seven people (SANA).",
       "2018-02-04", "‘on Sunday’ before the Tuesday 2018-02-06 dateline: Sunday 2018-02-04",
       "Aleppo", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       None, None, 7, None,
       "Separately, rebel shelling on the government-held city of Aleppo on Sunday wounded seven people, state news agency SANA said."),
],
figures=[
    fig("displaced", 300000, "Idlib",
        "More than 300,000 people have fled the fighting in the southern and eastern countryside of Idlib since mid-December, according to the United Nations."),
])

report("b18-03", "2019-01-15", "https://www.example-gulfdispatch.com/yemen/2019/01/15/amman-prisoner-talks",
"""
Yemen's warring parties meet in Amman over prisoner swap lists

AMMAN, January 15 (Gulf Dispatch) - Delegations of Yemen's internationally recognised government and the Houthi movement began a second round of talks in the Jordanian capital on Monday on a prisoner exchange agreed at last month's consultations in Sweden.

The two sides have handed over lists with the names of about 15,000 detainees, the UN envoy's office said, and each accuses the other of holding people who never bore arms. A government negotiator said the Houthis were still holding journalists and a former defence minister, while a Houthi delegate said hundreds of the movement's fighters were kept in secret prisons run by the Saudi-led coalition.

The war has killed tens of thousands of people since the coalition intervened in March 2015, and the truce in the port city of Hodeidah remains fragile, diplomats said.
""",
country_hint="YE",
figures=[
    fig("other", 15000, "Yemen",
        "The two sides have handed over lists with the names of about 15,000 detainees, the UN envoy's office said",
        note="detainees named on the exchange lists"),
])

report("b18-04", "2017-10-18", "https://www.example-kabulmorningpost.com/2017/10/18/paktia-ghazni-attacks",
"""
Taliban suicide assaults on Paktia police and Ghazni district kill dozens

KABUL, October 18 (Kabul Morning Post) - The death toll from a Taliban assault on the police headquarters in the eastern city of Gardez has risen to 33, the interior ministry said on Wednesday, making Tuesday's attack one of the deadliest on Afghan security forces this year.

The attack began shortly after 9 a.m. on Tuesday when a suicide bomber drove an explosives-laden Humvee into the gate of the compound, which also houses a training centre for police recruits. A second car bomb exploded minutes later and gunmen wearing suicide vests ran inside. Officials initially put the number of dead at 15, but the figure climbed through the night as bodies were recovered from collapsed buildings.

Among the 33 dead, who do not include the attackers, were the provincial police chief and 11 recruits, the ministry said. At least 120 people, including 48 civilians who had come to the compound to apply for identity documents, were wounded. All five assailants, two of whom blew themselves up in the vehicles, were killed during a four-hour gunfight with special forces.

The Taliban claimed responsibility, and a spokesman for the group said in a message to reporters that "hundreds" of police had been killed or wounded, a claim typical of the insurgents' inflated statements.

Almost at the same hour, fighters of the same movement attacked the headquarters of Andar district in the southeastern province of Ghazni, again using a Humvee packed with explosives. The district governor said 17 people, mostly police, had been killed, but a member of the provincial council told the Kabul Morning Post that 25 had died, including three civilians from a nearby bazaar. Reinforcements from the provincial capital reached the district late on Tuesday.

Separately, on Sunday, insurgents overran a police checkpoint in the Shah Joy district of Zabul province, killing nine policemen, a spokesman for the provincial governor said. He said the gunmen took the bodies of two officers and all the weapons at the post.

"They are using the same tactics everywhere: a big bomb first, then the men on foot," said a retired army general who now teaches at a military academy in Kabul. "Our police at the small posts have no armour and no air cover."

The attacks came six months after insurgents disguised as soldiers killed more than 140 recruits at an army base near Mazar-i-Sharif, the worst assault on the military since the fall of the Taliban government.

The United Nations said this month that 2,640 civilians had been killed in Afghanistan in the first nine months of the year.
""",
events=[
    ev("Taliban suicide car bombers and gunmen stormed the police headquarters and training centre in Gardez; 33 dead (police chief and 11 recruits among them) plus the five attackers, at least 120 wounded.",
       "2017-10-17", "‘Tuesday's attack’, ‘on Tuesday’ before the Wednesday 2017-10-18 dateline: Tuesday 2017-10-17",
       "police headquarters, Gardez", "Paktia", "AF", "explosion", "Taliban", "Afghan security forces",
       38, None, 120, None,
       "The death toll from a Taliban assault on the police headquarters in the eastern city of Gardez has risen to 33, the interior ministry said on Wednesday, making Tuesday's attack one of the deadliest on Afghan security forces this year. [...] Among the 33 dead, who do not include the attackers, were the provincial police chief and 11 recruits, the ministry said. At least 120 people, including 48 civilians who had come to the compound to apply for identity documents, were wounded. All five assailants, two of whom blew themselves up in the vehicles, were killed",
       note="38 = 33 (revised from an initial 15; attackers not included) + 5 attackers; the police chief and 11 recruits are among the 33 and the 48 civilians among the 120; the Taliban's 'hundreds' is a claim, not used"),
    ev("Taliban fighters attacked the Andar district headquarters with a Humvee bomb; 17 dead (district governor) or 25 (provincial council member).",
       "2017-10-17", "‘Almost at the same hour’ as the Tuesday 2017-10-17 Gardez attack",
       "Andar district headquarters", "Ghazni", "AF", "explosion", "Taliban", "Afghan security forces",
       17, 25, None, None,
       "Almost at the same hour, fighters of the same movement attacked the headquarters of Andar district in the southeastern province of Ghazni, again using a Humvee packed with explosives. The district governor said 17 people, mostly police, had been killed, but a member of the provincial council told the Kabul Morning Post that 25 had died, including three civilians from a nearby bazaar.",
       note="actor named only as 'fighters of the same movement' (the Taliban); conflicting tolls 17 and 25"),
    ev("Insurgents overran a police checkpoint in Shah Joy district, killing nine policemen.",
       "2017-10-15", "‘on Sunday’ before the Wednesday 2017-10-18 dateline: Sunday 2017-10-15",
       "Shah Joy", "Zabul", "AF", "battle", "militants (unidentified)", "Afghan security forces",
       9, None, None, None,
       "Separately, on Sunday, insurgents overran a police checkpoint in the Shah Joy district of Zabul province, killing nine policemen, a spokesman for the provincial governor said.",
       note="'insurgents', no group named for this attack"),
],
figures=[
    fig("killed", 2640, "Afghanistan",
        "The United Nations said this month that 2,640 civilians had been killed in Afghanistan in the first nine months of the year."),
])

report("b18-05", "2023-03-21", "https://www.example-frontierpostdaily.com/2023/03/21/lakki-marwat-police-toll",
"""
Death toll in Lakki Marwat police ambush rises to six

PESHAWAR, March 21 (Frontier Post Daily) - The number of policemen killed in a roadside bombing and ambush on a police patrol in Khyber Pakhtunkhwa's Lakki Marwat district rose to six on Tuesday after two wounded constables died in hospital in Peshawar, officials said.

The patrol was struck by an improvised explosive device on Sunday night near Pezu as it returned from a raid, and was then fired upon by militants hiding in sugarcane fields, the district police officer said. Four policemen died at the scene. Three others, including a deputy superintendent, remain in hospital.

The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility, saying its fighters had killed "ten police".

In a separate incident on Monday, two men on a motorcycle shot dead a policeman guarding a polio vaccination team in Bajaur district. The vaccinator escaped unhurt, police said, and no group has claimed the killing.

Attacks in the province have surged since the TTP ended a ceasefire with the government in November.
""",
events=[
    ev("A police patrol near Pezu was hit by an IED and then fired on; the toll rose to six policemen, three still in hospital; the TTP claimed it.",
       "2023-03-19", "‘on Sunday night’ before the Tuesday 2023-03-21 dateline: Sunday 2023-03-19",
       "Pezu", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       6, None, 3, None,
       "The number of policemen killed in a roadside bombing and ambush on a police patrol in Khyber Pakhtunkhwa's Lakki Marwat district rose to six on Tuesday after two wounded constables died in hospital in Peshawar, officials said. [...] The patrol was struck by an improvised explosive device on Sunday night near Pezu as it returned from a raid, and was then fired upon by militants hiding in sugarcane fields [...] Three others, including a deputy superintendent, remain in hospital. [...] The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility",
       note="revised toll 6 replaces 4 at the scene; TTP's claimed 'ten police' not used; wounded 3 are those still in hospital"),
    ev("Two men on a motorcycle shot dead a policeman guarding a polio vaccination team in Bajaur.",
       "2023-03-20", "‘on Monday’ before the Tuesday 2023-03-21 dateline: Monday 2023-03-20",
       "Bajaur", "Khyber Pakhtunkhwa", "PK", "other", "militants (unidentified)", "Pakistani security forces",
       1, None, None, None,
       "In a separate incident on Monday, two men on a motorcycle shot dead a policeman guarding a polio vaccination team in Bajaur district.",
       note="targeted killing; no group claimed"),
])

report("b18-06", "2014-07-29", "https://www.example-eastmedchronicle.com/gaza/2014/07/29/bani-suheila-strike",
"""
Family of nine killed as air strike flattens house near Khan Younis

GAZA, July 29 (East Med Chronicle) - An Israeli air strike destroyed a three-storey house in Bani Suheila, east of Khan Younis in the southern Gaza Strip, before dawn on Tuesday, killing nine members of one family, among them five children and their grandmother, Gaza health officials said.

Neighbours digging with their hands said the family had fled from the border area two weeks ago and believed the house was safe. Twelve people in adjoining homes were wounded, medics said. Later in the morning rescuers found the body of a tenth victim, a woman, under the rubble, bringing the toll to 10.

Asked about the strike, the Israeli military said its aircraft had targeted "a command and control centre" used by Hamas militants and that it was reviewing reports of civilian casualties.

Hamas's armed wing, the Izz el-Deen al-Qassam Brigades, said it fired four rockets at Ashkelon on Monday evening. Israeli police said one of them landed in an open area near the city and nobody was hurt.

The Gaza health ministry says 1,118 Palestinians, most of them civilians, have been killed since Israel began its offensive on July 8.
""",
events=[
    ev("An Israeli air strike destroyed a house in Bani Suheila east of Khan Younis, killing a family; the toll rose from nine to 10, and 12 neighbours were wounded.",
       "2014-07-29", "‘before dawn on Tuesday’, the day of the Tuesday 2014-07-29 dateline",
       "Bani Suheila", "Khan Younis", "PS", "explosion", "Israel Defense Forces", "civilians",
       10, None, 12, None,
       "An Israeli air strike destroyed a three-storey house in Bani Suheila, east of Khan Younis in the southern Gaza Strip, before dawn on Tuesday, killing nine members of one family, among them five children and their grandmother, Gaza health officials said. [...] Twelve people in adjoining homes were wounded, medics said. Later in the morning rescuers found the body of a tenth victim, a woman, under the rubble, bringing the toll to 10.",
       note="revised toll 10 replaces 9; the five children and the grandmother are among them"),
    ev("Hamas's armed wing fired four rockets at Ashkelon; one landed in an open area and nobody was hurt.",
       "2014-07-28", "‘on Monday evening’ before the Tuesday 2014-07-29 dateline: Monday 2014-07-28",
       "near Ashkelon", "Southern District", "IL", "explosion", "Hamas", "civilians",
       0, None, 0, None,
       "Hamas's armed wing, the Izz el-Deen al-Qassam Brigades, said it fired four rockets at Ashkelon on Monday evening. Israeli police said one of them landed in an open area near the city and nobody was hurt."),
],
figures=[
    fig("killed", 1118, "Gaza Strip",
        "The Gaza health ministry says 1,118 Palestinians, most of them civilians, have been killed since Israel began its offensive on July 8."),
])

report("b18-07", "2024-02-13", "https://www.example-cedarnewsagency.com/south/2024-02-13-jwaya-drone",
"""
Drone strike on car in south Lebanon kills two

TYRE, Lebanon, February 13 (Cedar News Agency) - Two men were killed when a drone struck their car on the road between Tyre and the village of Jwaya on Monday afternoon, Lebanese security sources said.

Hezbollah later announced the deaths of two of its fighters, "martyred on the road to Jerusalem", without saying where they fell. The Israeli army said its aircraft had hit "terrorists of the Hezbollah organisation" in the Jwaya area.

A passer-by was lightly wounded by shrapnel, the state news agency reported.
""",
events=[
    ev("An Israeli drone struck a car on the Tyre-Jwaya road, killing two men (Hezbollah announced two fighters) and lightly wounding a passer-by.",
       "2024-02-12", "‘on Monday afternoon’ before the Tuesday 2024-02-13 dateline: Monday 2024-02-12",
       "road between Tyre and Jwaya", "South Governorate", "LB", "explosion", "Israel Defense Forces", "Hezbollah",
       2, None, 1, None,
       "Two men were killed when a drone struck their car on the road between Tyre and the village of Jwaya on Monday afternoon, Lebanese security sources said. [...] The Israeli army said its aircraft had hit \"terrorists of the Hezbollah organisation\" in the Jwaya area. [...] A passer-by was lightly wounded by shrapnel",
       note="the drone's owner is named only in the Israeli army's statement; Hezbollah's two announced dead assumed to be the two men"),
])

report("b18-08", "2019-08-12", "https://www.example-libyaobserverdaily.com/2019/08/12/tripoli-eid-truce",
"""
Eid truce frays in Tripoli as shelling hits Abu Salim

TRIPOLI, August 12 (Libya Observer Daily) - A truce declared for the Eid al-Adha holiday was fraying on Monday after fighting flared again on the southern edges of the Libyan capital, where forces loyal to the Government of National Accord (GNA) have been holding off an offensive by Khalifa Haftar's Libyan National Army (LNA) since April.

Heavy clashes broke out on Sunday afternoon around the Ain Zara area and the disused airport road, the GNA's Volcano of Rage operation said. Seven of its fighters were killed and 19 wounded, a spokesman said, adding that "dozens" of the attackers had been killed. The LNA's media office said its units had advanced "several kilometres" and that it had lost three men.

Overnight into Sunday, rockets hit a residential block in the Abu Salim district, killing three civilians, including a boy of seven, and wounding five, according to the health ministry of the Tripoli government. The ministry blamed "Haftar's militias". The LNA denied firing on the district and said the rockets had come from "outlaw groups" inside the city.

In the east, a drone strike hit a vehicle on the outskirts of Sirte on Saturday, killing two men, a security source in the town said. Neither side commented on that strike.

"We accepted the truce for the sake of the families, but they used the holiday to bring in ammunition," said a GNA field commander on the southern front, who asked not to be named.

The fighting has killed 1,093 people and wounded 5,752 since April 4, the World Health Organization said last week, and more than 120,000 people have been forced from their homes. In early July an air strike on a migrant detention centre in Tajoura killed more than 50 people, drawing international condemnation.

The United Nations envoy has called for the truce to be turned into a lasting ceasefire, but diplomats say the foreign backers of both sides are still sending weapons.
""",
events=[
    ev("Clashes between GNA forces and the LNA around Ain Zara and the airport road; seven GNA fighters killed and 19 wounded (GNA), three LNA dead (LNA).",
       "2019-08-11", "‘on Sunday afternoon’ before the Monday 2019-08-12 dateline: Sunday 2019-08-11",
       "Ain Zara", "Tripoli", "LY", "battle", "Libyan National Army", "Government of National Accord forces",
       10, None, 19, None,
       "Heavy clashes broke out on Sunday afternoon around the Ain Zara area and the disused airport road, the GNA's Volcano of Rage operation said. Seven of its fighters were killed and 19 wounded, a spokesman said, adding that \"dozens\" of the attackers had been killed. The LNA's media office said its units had advanced \"several kilometres\" and that it had lost three men.",
       note="10 = 7 GNA (own count) + 3 LNA (own count); the GNA's 'dozens' of attackers is vague and not added; the LNA is the attacking side"),
    ev("Rockets hit a residential block in Abu Salim overnight, killing three civilians including a boy and wounding five; the GNA blamed Haftar's forces, the LNA denied it.",
       "2019-08-10", "‘Overnight into Sunday’ before the Monday 2019-08-12 dateline: the first night, Saturday 2019-08-10",
       "Abu Salim", "Tripoli", "LY", "explosion", "unknown", "civilians",
       3, None, 5, None,
       "Overnight into Sunday, rockets hit a residential block in the Abu Salim district, killing three civilians, including a boy of seven, and wounding five, according to the health ministry of the Tripoli government. The ministry blamed \"Haftar's militias\". The LNA denied firing on the district",
       note="attribution disputed: the GNA ministry blames the LNA, the LNA denies and blames groups inside the city"),
    ev("A drone strike hit a vehicle on the outskirts of Sirte, killing two men; nobody commented.",
       "2019-08-10", "‘on Saturday’ before the Monday 2019-08-12 dateline: Saturday 2019-08-10",
       "outskirts of Sirte", "Sirte", "LY", "explosion", "unknown", "unknown",
       2, None, None, None,
       "In the east, a drone strike hit a vehicle on the outskirts of Sirte on Saturday, killing two men, a security source in the town said."),
],
figures=[
    fig("killed", 1093, "Tripoli",
        "The fighting has killed 1,093 people and wounded 5,752 since April 4, the World Health Organization said last week"),
    fig("wounded", 5752, "Tripoli",
        "The fighting has killed 1,093 people and wounded 5,752 since April 4, the World Health Organization said last week"),
    fig("displaced", 120000, "Tripoli",
        "more than 120,000 people have been forced from their homes"),
])

report("b18-09", "2017-06-14", "https://www.example-horncourier.com/somalia/2017-06-14-bariire-base-attack",
"""
Somali army loses nine soldiers as Shabaab storm base west of Mogadishu

MOGADISHU, June 14 (Horn Courier) - Al-Shabaab fighters overran a Somali army base in Bariire village in the Lower Shabelle region on Tuesday at dawn after a suicide car bomb blew open its gate, military officials said.

Nine soldiers were killed and 14 wounded, an army colonel at the nearby town of Afgooye told the Horn Courier, and 13 of the attackers died in the fighting. Residents said the militants held the base for about two hours and took away a pick-up mounted with a machine gun before withdrawing when reinforcements arrived.

The group said on its radio station that its fighters had killed 37 soldiers, a figure the army called "propaganda".

On Monday night a roadside bomb, which police said had been planted by al-Shabaab, struck a minibus near Wanlaweyn, killing four passengers and injuring two others.

African Union troops handed over several bases in the region to the Somali army this year.
""",
events=[
    ev("Al-Shabaab overran the army base at Bariire after a suicide car bomb blew open the gate; nine soldiers and 13 attackers killed, 14 soldiers wounded.",
       "2017-06-13", "‘on Tuesday at dawn’ before the Wednesday 2017-06-14 dateline: Tuesday 2017-06-13",
       "Bariire", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
       22, None, 14, None,
       "Al-Shabaab fighters overran a Somali army base in Bariire village in the Lower Shabelle region on Tuesday at dawn after a suicide car bomb blew open its gate, military officials said. [...] Nine soldiers were killed and 14 wounded, an army colonel at the nearby town of Afgooye told the Horn Courier, and 13 of the attackers died in the fighting.",
       note="22 = 9 soldiers + 13 attackers (army count); al-Shabaab's claim of 37 not used"),
    ev("A roadside bomb attributed by police to al-Shabaab struck a minibus near Wanlaweyn, killing four passengers and injuring two.",
       "2017-06-12", "‘On Monday night’ before the Wednesday 2017-06-14 dateline: Monday 2017-06-12",
       "near Wanlaweyn", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "civilians",
       4, None, 2, None,
       "On Monday night a roadside bomb, which police said had been planted by al-Shabaab, struck a minibus near Wanlaweyn, killing four passengers and injuring two others.",
       note="attribution by police, not denied"),
])

# ---------------------------------------------------------------------------
# b18-10 .. b18-18
# ---------------------------------------------------------------------------

report("b18-10", "2020-10-21", "https://www.example-sahelstandard.com/news/2020/10/21/kawuri-farmers-killed",
"""
Borno: toll of farmers killed near Kawuri rises to 19, six still missing

MAIDUGURI, October 21 (Sahel Standard) - The number of rice farmers killed in an attack on their fields near Kawuri, in the Konduga local government area of Borno State, has risen to 19, local officials said on Wednesday, after search parties found seven more bodies in an irrigation channel.

The farmers were gunned down on Saturday afternoon while harvesting, by men who arrived on motorcycles and accused them of passing information to soldiers, survivors said. Twelve bodies were recovered on the day of the attack. Three farmers who escaped with gunshot wounds are receiving treatment at the state specialist hospital in Maiduguri, and six others are still missing and are feared to have been taken away by the assailants.

No group has claimed the killings, but the area lies on the edge of the Sambisa forest, where fighters of the Boko Haram faction loyal to Abubakar Shekau have camps. "The jihadists have been collecting levies from the farmers for months. Those who refuse are treated as enemies," a member of the local vigilante group said.

The Borno governor, who attended the funeral on Sunday, said more than 30 farmers had been killed in the local government area since the start of the harvest in September. "We cannot ask our people to go back to the farms and die there," he told mourners.

In a separate development, troops of Operation Lafiya Dole, supported by the Civilian Joint Task Force, repelled an attack on a military base in Gwoza on Monday night, the army said in a statement. According to the statement, 17 insurgents were neutralised and two soldiers paid the supreme price, while several others were wounded. The army said the attackers came in gun trucks and belonged to the Islamic State West Africa Province (ISWAP).

On Sunday, gunmen believed to be members of the same jihadist group abducted seven women who were collecting firewood outside Damboa, a community leader said. None of them has been released.

More than 1.8 million people have been displaced in the north-east since the insurgency began in 2009, according to the United Nations. In 2014 the abduction of 276 schoolgirls from Chibok drew worldwide attention to the conflict.
""",
events=[
    ev("Suspected Boko Haram gunmen on motorcycles killed rice farmers harvesting near Kawuri; the toll rose from 12 to 19, three were wounded and six are missing.",
       "2020-10-17", "‘on Saturday afternoon’ before the Wednesday 2020-10-21 dateline: Saturday 2020-10-17",
       "Kawuri", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       19, None, 3, None,
       "The number of rice farmers killed in an attack on their fields near Kawuri, in the Konduga local government area of Borno State, has risen to 19, local officials said on Wednesday, after search parties found seven more bodies in an irrigation channel. [...] The farmers were gunned down on Saturday afternoon while harvesting, by men who arrived on motorcycles [...] Three farmers who escaped with gunshot wounds are receiving treatment at the state specialist hospital in Maiduguri, and six others are still missing [...] fighters of the Boko Haram faction loyal to Abubakar Shekau have camps",
       note="revised toll 19 replaces 12; six missing not counted as killed; no claim, the area is a Boko Haram stronghold"),
    ev("Nigerian troops with the CJTF repelled an ISWAP attack on a military base in Gwoza; 17 insurgents and two soldiers killed.",
       "2020-10-19", "‘on Monday night’ before the Wednesday 2020-10-21 dateline: Monday 2020-10-19",
       "Gwoza", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       19, None, None, None,
       "troops of Operation Lafiya Dole, supported by the Civilian Joint Task Force, repelled an attack on a military base in Gwoza on Monday night, the army said in a statement. According to the statement, 17 insurgents were neutralised and two soldiers paid the supreme price, while several others were wounded. The army said the attackers came in gun trucks and belonged to the Islamic State West Africa Province (ISWAP).",
       note="19 = 17 insurgents + 2 soldiers (army count); 'several' wounded gives null"),
    ev("Gunmen believed to be ISWAP abducted seven women collecting firewood outside Damboa.",
       "2020-10-18", "‘On Sunday’ before the Wednesday 2020-10-21 dateline: Sunday 2020-10-18",
       "outside Damboa", "Borno", "NG", "other", "Boko Haram", "civilians",
       None, None, None, None,
       "On Sunday, gunmen believed to be members of the same jihadist group abducted seven women who were collecting firewood outside Damboa, a community leader said.",
       note="abduction, seven women; 'the same jihadist group' refers back to ISWAP"),
],
figures=[
    fig("killed", 30, "Konduga",
        "said more than 30 farmers had been killed in the local government area since the start of the harvest in September"),
    fig("displaced", 1800000, "north-east Nigeria",
        "More than 1.8 million people have been displaced in the north-east since the insurgency began in 2009, according to the United Nations."),
])

report("b18-11", "2022-09-26", "https://www.example-bamakotribune.com/security/2022/09/26/sokolo-convoy",
"""
Al-Qaeda affiliate claims ambush on Malian convoy near Sokolo

BAMAKO, September 26 (Bamako Tribune) - Four Malian soldiers were killed and six wounded when their supply convoy was ambushed on Saturday between Sokolo and Diabaly, in the Ségou region, the army said in a statement on Monday.

The statement said 14 "terrorists" were neutralised in the response and two motorcycles were seized.

The Group to Support Islam and Muslims (JNIM), al-Qaeda's branch in the Sahel, claimed the ambush through its propaganda outlet, saying its fighters had killed more than 20 soldiers.
""",
events=[
    ev("A Malian army supply convoy was ambushed between Sokolo and Diabaly; four soldiers killed and six wounded, 14 attackers killed per the army; JNIM claimed it.",
       "2022-09-24", "‘on Saturday’ before the Monday 2022-09-26 dateline: Saturday 2022-09-24",
       "between Sokolo and Diabaly", "Ségou", "ML", "battle", "JNIM", "Malian security forces",
       18, None, 6, None,
       "Four Malian soldiers were killed and six wounded when their supply convoy was ambushed on Saturday between Sokolo and Diabaly, in the Ségou region, the army said in a statement on Monday. [...] The statement said 14 \"terrorists\" were neutralised in the response [...] The Group to Support Islam and Muslims (JNIM), al-Qaeda's branch in the Sahel, claimed the ambush",
       note="18 = 4 soldiers + 14 attackers (army count); JNIM's claim of 'more than 20 soldiers' not used"),
])

report("b18-12", "2022-06-06", "https://www.example-faso-hebdo.com/2022/06/06/solhan-one-year-on",
"""
One year on, Solhan survivors mourn and wait

DORI, June 6 (Faso Hebdo) - Hundreds of people gathered in Dori on Sunday, June 5, to remember the dead of the massacre in Solhan a year ago, when gunmen swept through the gold-mining town at night and shot residents in their homes.

Imams and pastors read prayers side by side before the names were read out. Many of the families who fled Solhan after the attack have not gone back and live in rented rooms or with relatives in Dori and Sebba. "My husband and my two sons are buried there, and I cannot even visit them," said a woman who sells peanuts at the bus station.

The governor of the Sahel region, who laid a wreath, promised that the state would "never forget" and said the army and the Volunteers for the Defence of the Homeland were "working day and night" to secure the province of Yagha. He did not take questions.

The attack, the deadliest of the insurgency at the time, was never claimed. Investigators have said little in public, and no one has been tried.

According to the national emergency relief council, 1,902,150 people were internally displaced in Burkina Faso at the end of April, more than a third of them in the Sahel region.

Aid groups say several towns in the region, including Djibo, can now be reached only by escorted convoys or by air.
""",
country_hint="BF",
figures=[
    fig("displaced", 1902150, "Burkina Faso",
        "According to the national emergency relief council, 1,902,150 people were internally displaced in Burkina Faso at the end of April, more than a third of them in the Sahel region."),
])

report("b18-13", "2021-03-09", "https://www.example-grandslacsinfo.com/beni/2021-03-09-mamove-massacre",
"""
Beni: villagers hacked to death in night raid blamed on ADF

BENI, March 9 (Grands Lacs Info) - At least 11 villagers were killed with machetes and guns in an overnight raid on the village of Mamove, in the Beni territory of North Kivu province, in the night from Saturday to Sunday, local civil society leaders said.

By Monday evening the toll had risen to 14 after search teams found three more bodies in the surrounding fields, the president of the local civil society said. The army spokesman for operations in the area gave a lower toll of eight dead and blamed the Allied Democratic Forces (ADF), the Ugandan-rooted armed group that has killed hundreds of civilians in the territory in recent years.

More than 20 people, most of them women and children, were still missing on Tuesday, and residents feared they had been taken into the forest by the assailants. Several houses were burned.

On Saturday, the Congolese army said it had repelled an attack by the rebels on its position at Mayimoya, on the Beni-Eringeti road, killing four of them. One soldier was wounded.

According to a local rights group, more than 200 civilians have been killed in Beni territory since January 1.
""",
events=[
    ev("Suspected ADF rebels killed villagers with machetes and guns in an overnight raid on Mamove; 8 dead (army) to 14 (civil society, revised from 11); more than 20 missing.",
       "2021-03-06", "‘in the night from Saturday to Sunday’ before the Tuesday 2021-03-09 dateline: the first night, Saturday 2021-03-06",
       "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       8, 14, None, None,
       "At least 11 villagers were killed with machetes and guns in an overnight raid on the village of Mamove, in the Beni territory of North Kivu province, in the night from Saturday to Sunday, local civil society leaders said. [...] By Monday evening the toll had risen to 14 after search teams found three more bodies in the surrounding fields, the president of the local civil society said. The army spokesman for operations in the area gave a lower toll of eight dead and blamed the Allied Democratic Forces (ADF)",
       note="civil society 11 revised to 14; army 8: conflicting, 8/14; the missing (more than 20) are not killed; ADF named only by the army"),
    ev("The Congolese army repelled a rebel attack on its position at Mayimoya, killing four attackers; one soldier wounded.",
       "2021-03-06", "‘On Saturday’ before the Tuesday 2021-03-09 dateline: Saturday 2021-03-06",
       "Mayimoya", "North Kivu", "CD", "battle", "ADF", "Congolese security forces",
       4, None, 1, None,
       "On Saturday, the Congolese army said it had repelled an attack by the rebels on its position at Mayimoya, on the Beni-Eringeti road, killing four of them. One soldier was wounded.",
       note="'the rebels' refers back to the ADF"),
],
figures=[
    fig("killed", 200, "Beni territory",
        "According to a local rights group, more than 200 civilians have been killed in Beni territory since January 1."),
])

report("b18-14", "2022-09-08", "https://www.example-dniprodaily.com/en/2022/09/08/kharkiv-missiles-kherson-flag",
"""
Missiles hit Kharkiv again as Ukraine claims gains in the south

KYIV, September 8 (Dnipro Daily) - Russian missiles struck the Saltivka district of Kharkiv overnight into Wednesday, killing two people and wounding seven, the head of the regional military administration said, as Ukraine's forces pressed on with counter-attacks in the south and east.

The missiles, which officials said were S-300 rockets fired from across the border in Russia's Belgorod region, hit a five-storey apartment block and a garage cooperative shortly after 2 a.m. Rescuers pulled a woman alive from the rubble in the morning. Russia's defence ministry said its forces strike only "military infrastructure" and that Ukrainian air defence missiles were to blame for damage to homes.

In the Dnipropetrovsk region, the city of Nikopol came under fire from Russian positions across the Dnipro river on Wednesday for the third day in a row. The regional governor said three people were wounded and a gas pipeline was damaged, but no one was killed.

In the east, Russian shelling killed four civilians who were queueing for water in Bakhmut on Tuesday, the governor of the Donetsk region said. "They were standing in line with their canisters. The Russians know exactly where the points of distribution are," he wrote on Telegram, urging the remaining residents to leave.

In the south, the president's office released video on Sunday of soldiers raising the Ukrainian flag over the village of Vysokopillia in the north of the Kherson region, which Russian forces had held since March. Officials gave no details of the fighting there. Russia's defence ministry said on Wednesday its troops had repelled Ukrainian attacks in the Kherson and Mykolaiv regions and "destroyed" more than 1,200 Ukrainian servicemen in a week, a figure that could not be verified.

Ukraine's general staff, for its part, says 50,150 Russian soldiers have been killed since the invasion began on February 24.

The UN human rights office said this week it had confirmed the deaths of 5,718 civilians in Ukraine since February 24, adding that the real figures were "considerably higher".

Western officials said the counter-offensive would be a long fight. "The Russians have dug in along the rivers and canals," said a European military attaché in Kyiv. "Nobody should expect a rapid collapse."
""",
events=[
    ev("Russian S-300 missiles hit an apartment block and garages in Saltivka, Kharkiv, killing two and wounding seven.",
       "2022-09-06", "‘overnight into Wednesday’ before the Thursday 2022-09-08 dateline: the first night, Tuesday 2022-09-06",
       "Saltivka", "Kharkiv", "UA", "explosion", "Russian armed forces", "civilians",
       2, None, 7, None,
       "Russian missiles struck the Saltivka district of Kharkiv overnight into Wednesday, killing two people and wounding seven, the head of the regional military administration said",
       note="Russia denies striking homes and blames Ukrainian air defence"),
    ev("Russian forces shelled Nikopol from across the Dnipro; three wounded, no one killed.",
       "2022-09-07", "‘on Wednesday’ before the Thursday 2022-09-08 dateline: Wednesday 2022-09-07",
       "Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian armed forces", "civilians",
       0, None, 3, None,
       "In the Dnipropetrovsk region, the city of Nikopol came under fire from Russian positions across the Dnipro river on Wednesday for the third day in a row. The regional governor said three people were wounded and a gas pipeline was damaged, but no one was killed.",
       note="shelling on the two previous days mentioned only as 'the third day in a row', not annotated"),
    ev("Russian shelling killed four civilians queueing for water in Bakhmut.",
       "2022-09-06", "‘on Tuesday’ before the Thursday 2022-09-08 dateline: Tuesday 2022-09-06",
       "Bakhmut", "Donetsk", "UA", "explosion", "Russian armed forces", "civilians",
       4, None, None, None,
       "In the east, Russian shelling killed four civilians who were queueing for water in Bakhmut on Tuesday, the governor of the Donetsk region said."),
    ev("Ukrainian soldiers raised the flag over Vysokopillia, held by Russian forces since March.",
       None, "the video was released ‘on Sunday’ (Sunday 2022-09-04); the day of the recapture is not stated",
       "Vysokopillia", "Kherson", "UA", "territory_gain", "Ukrainian armed forces", "Russian armed forces",
       None, None, None, None,
       "the president's office released video on Sunday of soldiers raising the Ukrainian flag over the village of Vysokopillia in the north of the Kherson region, which Russian forces had held since March.",
       note="Russia's claim of 1,200 Ukrainian servicemen 'destroyed' in a week is an attacker's claim over a week, not used"),
],
figures=[
    fig("killed", 50150, "Ukraine",
        "Ukraine's general staff, for its part, says 50,150 Russian soldiers have been killed since the invasion began on February 24.",
        note="one side's count of the other's dead, since the invasion"),
    fig("killed", 5718, "Ukraine",
        "The UN human rights office said this week it had confirmed the deaths of 5,718 civilians in Ukraine since February 24"),
])

report("b18-15", "2023-10-25", "https://www.example-irrawaddyreporter.com/news/2023/10/25/kani-monastery-airstrike",
"""
Junta jets bomb monastery in Sagaing, killing 11, say residents

CHIANG MAI, October 25 (Irrawaddy Reporter) - Eleven people, including three novice monks, were killed when military aircraft bombed a monastery compound where displaced villagers were sheltering in Kani township, in Myanmar's Sagaing region, on Monday morning, residents and a local resistance group said.

Two jets dropped at least four bombs on the compound, which housed about 300 people who had fled fighting in nearby villages, a member of the local administration set up by the resistance said. Sixteen people were wounded, some of them critically, and were taken to a clinic run by volunteers.

A spokesman for the military government said the air force had struck "a gathering of PDF terrorists" in the area, and denied that civilians had been killed.

The People's Defence Force in the township said its fighters had ambushed a military column on the road near Yinmabin on Saturday, killing "at least eight enemy soldiers". The claim could not be verified and the military did not comment.

The United Nations says more than 1.9 million people have been displaced across Myanmar since the 2021 coup, about a third of them in Sagaing.
""",
events=[
    ev("Military jets bombed a monastery sheltering displaced villagers in Kani township; 11 killed including three novice monks, 16 wounded; the junta says it hit PDF fighters.",
       "2023-10-23", "‘on Monday morning’ before the Wednesday 2023-10-25 dateline: Monday 2023-10-23",
       "monastery, Kani township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       11, None, 16, None,
       "Eleven people, including three novice monks, were killed when military aircraft bombed a monastery compound where displaced villagers were sheltering in Kani township, in Myanmar's Sagaing region, on Monday morning, residents and a local resistance group said. [...] Sixteen people were wounded, some of them critically",
       note="the three novice monks are among the 11; the junta denies killing civilians"),
    ev("The local PDF said it ambushed a military column near Yinmabin; its claim of eight soldiers killed is unverified.",
       "2023-10-21", "‘on Saturday’ before the Wednesday 2023-10-25 dateline: Saturday 2023-10-21",
       "near Yinmabin", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       None, None, None, None,
       "The People's Defence Force in the township said its fighters had ambushed a military column on the road near Yinmabin on Saturday, killing \"at least eight enemy soldiers\". The claim could not be verified and the military did not comment.",
       note="the attackers' own claim of eight soldiers killed is not used"),
],
figures=[
    fig("displaced", 1900000, "Myanmar",
        "The United Nations says more than 1.9 million people have been displaced across Myanmar since the 2021 coup"),
])

report("b18-16", "2019-05-28", "https://www.example-diariodelcauca-en.com/2019/05/28/corinto-police-bomb",
"""
Motorcycle bomb wounds five outside Corinto police station

POPAYÁN, May 28 (Cauca Daily English Edition) - A motorcycle loaded with explosives blew up outside the police station in Corinto, in the southwestern department of Cauca, on Sunday night, wounding four police officers and a street vendor, authorities said. No one was killed.

Police commanders blamed a group of dissidents of the former FARC guerrilla who refused to join the 2016 peace deal and are fighting for control of drug routes in the area. The group did not comment.
""",
events=[
    ev("A motorcycle bomb outside the Corinto police station wounded four police officers and a vendor; police blamed FARC dissidents.",
       "2019-05-26", "‘on Sunday night’ before the Tuesday 2019-05-28 dateline: Sunday 2019-05-26",
       "police station, Corinto", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       0, None, 5, None,
       "A motorcycle loaded with explosives blew up outside the police station in Corinto, in the southwestern department of Cauca, on Sunday night, wounding four police officers and a street vendor, authorities said. No one was killed. [...] Police commanders blamed a group of dissidents of the former FARC guerrilla",
       note="attribution by police, not denied"),
])

report("b18-17", "2017-03-02", "https://www.example-mesopotamiatimes.com/mosul/2017/03/02/west-mosul-mamoun",
"""
Iraqi forces push into Mosul's Mamoun district amid wave of car bombs

MOSUL, Iraq, March 2 (Mesopotamia Times) - Iraqi counter-terrorism troops took control of the Mamoun district in western Mosul on Wednesday after beating back a wave of suicide car bombs sent by Islamic State militants, commanders said, pressing an offensive to drive the group from its last major urban stronghold in the country.

Six car bombs were launched against the advancing troops during the day, a Counter-Terrorism Service officer said. Most were destroyed by rockets or air strikes before they reached their targets, but one rammed an armoured vehicle, killing three soldiers and wounding five.

"They send them in waves, sometimes three at once, then the snipers open up," said a major of the elite service, his uniform covered in dust. "Every street costs us."

The militants also used small commercial drones to drop grenades on civilians. On Tuesday, a grenade dropped by a drone on people queueing for food in the Wadi Hajar district killed two children and wounded six other people, according to a federal police officer. Islamic State did not comment.

Residents who reached the government lines said eight members of two families were killed on Monday when their house in the Mosul al-Jadida neighbourhood collapsed after an air strike. The US-led coalition said it was looking into the report, while an Iraqi military spokesman said the jihadists had rigged the house with explosives. There was no way to verify either account.

Since the offensive on western Mosul began on February 19, more than 28,000 people have fled the area, the International Organization for Migration said on Wednesday. Iraqi forces declared the east of the city fully retaken in January after three months of fighting.

Islamic State overran Mosul in June 2014, when Iraqi army units collapsed in the face of a much smaller force.
""",
events=[
    ev("The Counter-Terrorism Service took control of the Mamoun district of western Mosul from Islamic State.",
       "2017-03-01", "‘on Wednesday’ before the Thursday 2017-03-02 dateline: Wednesday 2017-03-01",
       "Mamoun", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi counter-terrorism troops took control of the Mamoun district in western Mosul on Wednesday after beating back a wave of suicide car bombs sent by Islamic State militants"),
    ev("Islamic State sent six suicide car bombs against the troops in Mamoun; one rammed an armoured vehicle, killing three soldiers and wounding five.",
       "2017-03-01", "‘during the day’, the Wednesday 2017-03-01 of the advance",
       "Mamoun", "Nineveh", "IQ", "explosion", "Islamic State", "Counter-Terrorism Service",
       3, None, 5, None,
       "Six car bombs were launched against the advancing troops during the day, a Counter-Terrorism Service officer said. Most were destroyed by rockets or air strikes before they reached their targets, but one rammed an armoured vehicle, killing three soldiers and wounding five.",
       note="the bombers' own deaths are not counted in the text"),
    ev("A grenade dropped by an Islamic State drone on people queueing for food in Wadi Hajar killed two children and wounded six.",
       "2017-02-28", "‘On Tuesday’ before the Thursday 2017-03-02 dateline: Tuesday 2017-02-28",
       "Wadi Hajar", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       2, None, 6, None,
       "The militants also used small commercial drones to drop grenades on civilians. On Tuesday, a grenade dropped by a drone on people queueing for food in the Wadi Hajar district killed two children and wounded six other people, according to a federal police officer.",
       note="actor from 'The militants' of the previous sentence (Islamic State)"),
    ev("A house in Mosul al-Jadida collapsed, killing eight members of two families; residents said after an air strike, the Iraqi military said IS had rigged it.",
       "2017-02-27", "‘on Monday’ before the Thursday 2017-03-02 dateline: Monday 2017-02-27",
       "Mosul al-Jadida", "Nineveh", "IQ", "explosion", "unknown", "civilians",
       8, None, None, None,
       "Residents who reached the government lines said eight members of two families were killed on Monday when their house in the Mosul al-Jadida neighbourhood collapsed after an air strike. The US-led coalition said it was looking into the report, while an Iraqi military spokesman said the jihadists had rigged the house with explosives.",
       note="cause disputed (coalition air strike vs IS explosives)"),
],
figures=[
    fig("displaced", 28000, "western Mosul",
        "Since the offensive on western Mosul began on February 19, more than 28,000 people have fled the area, the International Organization for Migration said on Wednesday."),
])

report("b18-18", "2015-03-12", "https://www.example-genevaaidmonitor.com/2015/03/12/syria-fifth-year-appeal",
"""
Aid agencies plead for Syria as war enters fifth year

Geneva Aid Monitor, 12 March 2015

Twenty-one aid agencies on Thursday accused world powers of failing Syria's civilians as the conflict approaches its fourth anniversary, saying 2014 had been the worst year of the war for access to besieged areas.

The agencies said 12.2 million people inside Syria now need humanitarian assistance and 3.9 million have fled to neighbouring countries. Only 57 percent of last year's appeal was funded, they said.

"Resolutions were passed in New York, and nothing changed for the families under siege," said the regional director of one of the charities. The groups called for an end to barrel bombs, sieges and the shelling of residential areas by all sides.
""",
country_hint="SY",
figures=[
    fig("other", 12200000, "Syria",
        "The agencies said 12.2 million people inside Syria now need humanitarian assistance and 3.9 million have fled to neighbouring countries.",
        note="people in need of assistance"),
    fig("displaced", 3900000, "Syria",
        "The agencies said 12.2 million people inside Syria now need humanitarian assistance and 3.9 million have fled to neighbouring countries.",
        note="refugees in neighbouring countries"),
])

# ---------------------------------------------------------------------------
# b18-19 .. b18-27
# ---------------------------------------------------------------------------

report("b18-19", "2018-08-16", "https://www.example-arabiansea-herald.com/yemen/2018/08/16/hajjah-fuel-station-raid",
"""
Coalition raid on Hajjah fuel station kills seven; Houthi media say 12

SANAA, August 16 (Arabian Sea Herald) - An air raid by the Saudi-led coalition hit a fuel station in the Kushar district of Yemen's northern Hajjah province on Tuesday, killing seven people, among them two fuel sellers and a boy, a local health official said.

The Houthi-run Saba news agency put the toll at 12 and said 20 people had been wounded. A spokesman for the coalition said its aircraft had struck "military reinforcements of the Iranian-backed Houthi militia" and that the incident would be referred to its investigation team.

On the Red Sea coast, forces loyal to the internationally recognised government said they had killed 23 Houthi fighters in clashes in al-Tuhayta district on Monday and lost five of their own. The Houthis' al-Masirah television said "dozens of mercenaries" had been killed or wounded in the same fighting.

Late on Wednesday, Saudi air defences intercepted a ballistic missile fired by the Houthis toward the city of Jizan, the coalition said, adding that falling debris wounded two residents. The Houthis said they had targeted a military camp.

Aid agencies say some 22 million Yemenis, three-quarters of the population, need assistance.
""",
events=[
    ev("A Saudi-led coalition air raid hit a fuel station in Kushar district, killing seven (health official) or 12 (Houthi-run Saba), 20 wounded (Saba).",
       "2018-08-14", "‘on Tuesday’ before the Thursday 2018-08-16 dateline: Tuesday 2018-08-14",
       "fuel station, Kushar", "Hajjah", "YE", "explosion", "Saudi-led coalition", "civilians",
       7, 12, 20, None,
       "An air raid by the Saudi-led coalition hit a fuel station in the Kushar district of Yemen's northern Hajjah province on Tuesday, killing seven people, among them two fuel sellers and a boy, a local health official said. [...] The Houthi-run Saba news agency put the toll at 12 and said 20 people had been wounded.",
       note="conflicting tolls 7 and 12; the coalition says it struck Houthi reinforcements"),
    ev("Government forces clashed with the Houthis in al-Tuhayta; they said 23 Houthis were killed and five of their own.",
       "2018-08-13", "‘on Monday’ before the Thursday 2018-08-16 dateline: Monday 2018-08-13",
       "al-Tuhayta", "Hodeidah", "YE", "battle", "Yemeni government forces", "Houthis",
       28, None, None, None,
       "On the Red Sea coast, forces loyal to the internationally recognised government said they had killed 23 Houthi fighters in clashes in al-Tuhayta district on Monday and lost five of their own. The Houthis' al-Masirah television said \"dozens of mercenaries\" had been killed or wounded in the same fighting.",
       note="28 = 23 Houthis + 5 government fighters (government count); al-Masirah's 'dozens' not used"),
    ev("Saudi air defences intercepted a Houthi ballistic missile fired toward Jizan; debris wounded two residents.",
       "2018-08-15", "‘Late on Wednesday’ before the Thursday 2018-08-16 dateline: Wednesday 2018-08-15",
       "Jizan", "Jazan", "SA", "explosion", "Houthis", "civilians",
       None, None, 2, None,
       "Late on Wednesday, Saudi air defences intercepted a ballistic missile fired by the Houthis toward the city of Jizan, the coalition said, adding that falling debris wounded two residents."),
],
figures=[
    fig("other", 22000000, "Yemen",
        "Aid agencies say some 22 million Yemenis, three-quarters of the population, need assistance.",
        note="people in need"),
])

report("b18-20", "2020-05-05", "https://www.example-helmandvoice.com/2020/05/05/nad-ali-roadside-bomb",
"""
Roadside bomb kills family of six in Helmand; Taliban deny role

LASHKAR GAH, May 5 (Helmand Voice) - A roadside bomb tore through a car carrying a family to a wedding in the Nad Ali district of southern Helmand province on Sunday, killing six people, three of them children, the provincial governor's office said.

The governor's spokesman blamed the Taliban, saying the insurgents had planted the device on a road used by civilians. A Taliban spokesman denied the group was involved and said the area was "full of mines left by the Kabul administration's forces".

A seventh passenger, the driver, was seriously hurt.
""",
events=[
    ev("A roadside bomb hit a family's car in Nad Ali, killing six (three children) and seriously wounding the driver; the governor blamed the Taliban, who denied it.",
       "2020-05-03", "‘on Sunday’ before the Tuesday 2020-05-05 dateline: Sunday 2020-05-03",
       "Nad Ali", "Helmand", "AF", "explosion", "unknown", "civilians",
       6, None, 1, None,
       "A roadside bomb tore through a car carrying a family to a wedding in the Nad Ali district of southern Helmand province on Sunday, killing six people, three of them children, the provincial governor's office said. [...] A seventh passenger, the driver, was seriously hurt.",
       note="attribution disputed: blamed on the Taliban by the governor's office, denied by the Taliban"),
])

report("b18-21", "2016-09-20", "https://www.example-indusledger.com/2016/09/20/datta-khel-checkpost-attack",
"""
Four soldiers martyred, nine militants killed in North Waziristan checkpost attack

PESHAWAR, September 20 (Indus Ledger) - Four soldiers were martyred and three others injured when militants attacked a security forces checkpost in the Datta Khel area of North Waziristan late on Sunday, the military's media wing said on Monday.

The statement of Inter-Services Public Relations (ISPR) said the troops "responded effectively" and that nine terrorists were killed in the exchange of fire that lasted more than an hour. The attackers had come from across the border with Afghanistan, it said. No group claimed the attack, but militants of the Hafiz Gul Bahadur group and the Tehreek-e-Taliban Pakistan have operated in the area for years.

Datta Khel lies close to Miranshah, the main town of the tribal agency, from which the army says it cleared militants in the Zarb-e-Azb operation launched in June 2014. The military says 3,500 militants have been killed in the operation so far, a figure that cannot be independently verified because journalists are barred from the area.

In Peshawar, a bomb planted on a parked motorcycle went off beside a police van in the Hayatabad area on Monday morning, killing a fruit seller and injuring four policemen, the capital city police officer said. Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, said in an e-mail to reporters that it had carried out the blast to avenge the killing of its commanders.

In Quetta, two Hazara vegetable vendors were shot dead on Saturday by gunmen who fired on their vehicle on their way back from the wholesale market, police said. The gunmen escaped. Police suspect the banned sectarian group Lashkar-e-Jhangvi, which has claimed many attacks on the Shi'ite Hazara community in the past.

"We bury our people and the next week we bury more," a Hazara elder said at the funeral on Sunday, where mourners blocked a road for several hours.

The attacks came as the country prepared to mark the second anniversary of the Army Public School massacre in Peshawar in December, in which gunmen killed more than 140 people, most of them children. Security has since been tightened around schools in the province.
""",
events=[
    ev("Militants attacked a security checkpost in Datta Khel; four soldiers and nine attackers killed, three soldiers injured (ISPR).",
       "2016-09-18", "‘late on Sunday’ before the statement ‘on Monday’ and the Tuesday 2016-09-20 dateline: Sunday 2016-09-18",
       "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       13, None, 3, None,
       "Four soldiers were martyred and three others injured when militants attacked a security forces checkpost in the Datta Khel area of North Waziristan late on Sunday [...] nine terrorists were killed in the exchange of fire that lasted more than an hour",
       note="13 = 4 soldiers + 9 attackers (ISPR count); no group claimed"),
    ev("A motorcycle bomb beside a police van in Hayatabad, Peshawar, killed a fruit seller and injured four policemen; Jamaat-ul-Ahrar claimed it.",
       "2016-09-19", "‘on Monday morning’ before the Tuesday 2016-09-20 dateline: Monday 2016-09-19",
       "Hayatabad", "Khyber Pakhtunkhwa", "PK", "explosion", "Jamaat-ul-Ahrar", "Pakistani security forces",
       1, None, 4, None,
       "In Peshawar, a bomb planted on a parked motorcycle went off beside a police van in the Hayatabad area on Monday morning, killing a fruit seller and injuring four policemen, the capital city police officer said. Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, said in an e-mail to reporters that it had carried out the blast"),
    ev("Gunmen shot dead two Hazara vegetable vendors in Quetta; police suspect Lashkar-e-Jhangvi.",
       "2016-09-17", "‘on Saturday’ before the Tuesday 2016-09-20 dateline: Saturday 2016-09-17",
       "Quetta", "Balochistan", "PK", "attack_on_civilians", "Lashkar-e-Jhangvi", "civilians",
       2, None, None, None,
       "In Quetta, two Hazara vegetable vendors were shot dead on Saturday by gunmen who fired on their vehicle on their way back from the wholesale market, police said. The gunmen escaped. Police suspect the banned sectarian group Lashkar-e-Jhangvi",
       note="actor suspected by police, no claim"),
],
figures=[
    fig("killed", 3500, "North Waziristan",
        "The military says 3,500 militants have been killed in the operation so far"),
])

report("b18-22", "2023-03-16", "https://www.example-jordanvalleytimes.com/westbank/2023/03/16/nablus-raid",
"""
Three Palestinians killed in Israeli raid on Nablus old city

RAMALLAH, March 16 (Jordan Valley Times) - Three Palestinians, including a 16-year-old boy, were killed and 14 wounded during an Israeli army raid on the old city of Nablus early on Wednesday, the Palestinian health ministry said.

The Israeli military said its forces had entered the city to arrest a suspect and came under fire from gunmen. Two of the dead were members of the Lions' Den, a local armed group, which confirmed their deaths in a statement. The army said no soldiers were hurt.

The boy was shot in the chest near the Nablus vegetable market, his uncle said. The Palestinian Red Crescent said its crews had been prevented from reaching some of the wounded for more than half an hour.

On Tuesday evening, a Palestinian gunman opened fire on an Israeli car near Huwara, wounding two people, the Israeli military said. Troops were searching for the attacker.

More than 80 Palestinians and 13 Israelis have been killed since the start of the year, according to a count by the news agency.
""",
events=[
    ev("An Israeli army raid into Nablus old city turned into a gunfight with Lions' Den gunmen; three Palestinians killed (two Lions' Den members and a 16-year-old) and 14 wounded; no soldiers hurt.",
       "2023-03-15", "‘early on Wednesday’ before the Thursday 2023-03-16 dateline: Wednesday 2023-03-15",
       "Nablus old city", "Nablus", "PS", "battle", "Israel Defense Forces", "Lions' Den",
       3, None, 14, None,
       "Three Palestinians, including a 16-year-old boy, were killed and 14 wounded during an Israeli army raid on the old city of Nablus early on Wednesday, the Palestinian health ministry said. [...] Two of the dead were members of the Lions' Den, a local armed group, which confirmed their deaths in a statement. The army said no soldiers were hurt.",
       note="the boy and the two Lions' Den members are the three dead, not added"),
    ev("A Palestinian gunman fired on an Israeli car near Huwara, wounding two.",
       "2023-03-14", "‘On Tuesday evening’ before the Thursday 2023-03-16 dateline: Tuesday 2023-03-14",
       "near Huwara", "Nablus", "PS", "attack_on_civilians", "militants (unidentified)", "civilians",
       None, None, 2, None,
       "On Tuesday evening, a Palestinian gunman opened fire on an Israeli car near Huwara, wounding two people, the Israeli military said."),
],
figures=[
    fig("killed", 80, "West Bank",
        "More than 80 Palestinians and 13 Israelis have been killed since the start of the year, according to a count by the news agency."),
])

report("b18-23", "2015-11-24", "https://www.example-beirutcourtwatch.com/2015/11/24/arsal-trial-adjourned",
"""
Military court adjourns trial of Arsal defendants for fifth time

BEIRUT, November 24 (Beirut Court Watch) - Lebanon's permanent military court on Monday adjourned for the fifth time the trial of 31 men accused of taking part in the August 2014 attack on army positions around the border town of Arsal and the abduction of soldiers and policemen that followed.

The presiding judge postponed the hearing to February after defence lawyers complained they had not been given access to the full case file and two of the defendants said they had been beaten during interrogation, an accusation the army denies.

Most of the defendants are Syrian nationals. The indictment accuses them of belonging to the Islamic State group and to the Nusra Front, al-Qaeda's Syrian affiliate, of killing soldiers and of "forming an armed gang with the aim of committing crimes against the state".

The Arsal fighting, which lasted five days, was the most serious spillover of the Syrian war into Lebanon. The militants withdrew into the barren mountains along the border, taking with them more than 30 soldiers and policemen. Several of the captives were later killed by their captors; others were released in exchange deals.

"My son has been waiting in a cell for more than a year without a verdict. If he is guilty, judge him; if he is not, let him go," said the mother of one defendant outside the court, surrounded by relatives holding photographs.

Families of the captives still held by the Islamic State group have kept up a protest tent in downtown Beirut for more than a year. Their spokesman said nine servicemen were still missing and accused the government of "forgetting" them.

Human rights groups have long criticised the use of military courts to try civilians. "The court sits in closed session half the time, and defendants often meet their lawyers for the first time in the dock," said a researcher with a Beirut-based legal aid organisation.

The trial is one of several linked to the fighting in Arsal, where the army keeps a heavy presence and has arrested hundreds of people in raids on refugee camps over the past year.

Lebanon hosts more than one million registered Syrian refugees, according to the United Nations.
""",
country_hint="LB",
figures=[
    fig("other", 9, "Arsal",
        "Their spokesman said nine servicemen were still missing",
        note="servicemen still held since the August 2014 abduction"),
    fig("displaced", 1000000, "Lebanon",
        "Lebanon hosts more than one million registered Syrian refugees, according to the United Nations."),
])

report("b18-24", "2016-07-13", "https://www.example-sirtefrontline.com/2016/07/13/zafaran-retaken",
"""
Pro-government forces retake Sirte's Zafaran district from Islamic State

By Sirte Frontline staff | 13 July 2016

Forces allied to Libya's UN-backed unity government said they retook the Zafaran district in eastern Sirte from Islamic State militants on Tuesday after two days of street fighting.

Four of their fighters were killed, most of them by snipers hidden in high buildings, and 15 were wounded, a spokesman for the field hospital in Misrata said.

That brings to more than 250 the number of pro-government fighters killed since the campaign to retake Sirte began in May, hospital officials said.
""",
events=[
    ev("Unity-government forces retook the Zafaran district of Sirte from Islamic State; four of their fighters killed and 15 wounded.",
       "2016-07-12", "‘on Tuesday’ before the Wednesday 2016-07-13 publication date stated under the headline: Tuesday 2016-07-12",
       "Zafaran", "Sirte", "LY", "territory_gain", "Libyan government forces", "Islamic State",
       4, None, 15, None,
       "Forces allied to Libya's UN-backed unity government said they retook the Zafaran district in eastern Sirte from Islamic State militants on Tuesday after two days of street fighting. [...] Four of their fighters were killed, most of them by snipers hidden in high buildings, and 15 were wounded",
       note="GNA-aligned forces (Bunyan al-Marsous) are not named in the text"),
],
figures=[
    fig("killed", 250, "Sirte",
        "That brings to more than 250 the number of pro-government fighters killed since the campaign to retake Sirte began in May"),
])

report("b18-25", "2021-02-09", "https://www.example-banaadirpost.com/2021/02/09/hodan-checkpoint-car-bomb",
"""
Car bomb at Mogadishu checkpoint kills seven, Shabaab claim attack

MOGADISHU, February 9 (Banaadir Post) - A suicide bomber drove a car packed with explosives into a security checkpoint in the Hodan district of Mogadishu on Sunday morning, killing four soldiers and two civilians as well as himself, police said.

Eleven people were wounded, among them a woman selling tea at the roadside, police spokesman said. A private ambulance service said it had collected nine bodies from the scene, and a doctor at Medina hospital said some of the wounded were in critical condition.

Al-Shabaab, the al-Qaeda-linked group that has fought the government for more than a decade, said in a statement that it had killed "15 apostate soldiers". The group often inflates its figures.

The attack was followed on Monday night by mortar rounds fired at the heavily guarded airport compound, which houses the United Nations and most embassies. The African Union mission said the shells landed in an empty area and nobody was hurt. Al-Shabaab said its fighters had fired them.

In the central Hiiraan region, Somali troops and local clan militias repelled an assault by the militants on their base at Maxaas on Saturday, a regional official said. He said three soldiers and eight attackers were killed.

"Every week they try to show that they are still here, whatever the government says," said a former security adviser in Mogadishu. "The checkpoints are the weak point: the soldiers are young and badly paid."

The government says al-Shabaab has carried out at least 14 bombings in the capital since the beginning of January, as tension rises over delayed elections.

The group was driven out of Mogadishu in 2011 but still controls large parts of the countryside. In October 2017, a truck bomb at a busy junction of the capital killed more than 500 people, the deadliest attack in the country's history.
""",
events=[
    ev("A suicide car bomber hit a checkpoint in Hodan, Mogadishu: four soldiers, two civilians and the bomber killed (police) or nine bodies (ambulance service), 11 wounded; al-Shabaab claimed it.",
       "2021-02-07", "‘on Sunday morning’ before the Tuesday 2021-02-09 dateline: Sunday 2021-02-07",
       "checkpoint, Hodan", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       7, 9, 11, None,
       "A suicide bomber drove a car packed with explosives into a security checkpoint in the Hodan district of Mogadishu on Sunday morning, killing four soldiers and two civilians as well as himself, police said. [...] Eleven people were wounded, among them a woman selling tea at the roadside, police spokesman said. A private ambulance service said it had collected nine bodies from the scene [...] Al-Shabaab, the al-Qaeda-linked group that has fought the government for more than a decade, said in a statement that it had killed \"15 apostate soldiers\".",
       note="7 = 4 soldiers + 2 civilians + the bomber (police); the ambulance service's nine bodies is the higher toll; al-Shabaab's claimed 15 not used"),
    ev("Al-Shabaab fired mortar rounds at the Mogadishu airport compound; they landed in an empty area and nobody was hurt.",
       "2021-02-08", "‘on Monday night’ before the Tuesday 2021-02-09 dateline: Monday 2021-02-08",
       "airport compound, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "none",
       0, None, 0, None,
       "The attack was followed on Monday night by mortar rounds fired at the heavily guarded airport compound, which houses the United Nations and most embassies. The African Union mission said the shells landed in an empty area and nobody was hurt. Al-Shabaab said its fighters had fired them."),
    ev("Somali troops and clan militias repelled a militant assault on their base at Maxaas; three soldiers and eight attackers killed.",
       "2021-02-06", "‘on Saturday’ before the Tuesday 2021-02-09 dateline: Saturday 2021-02-06",
       "Maxaas", "Hiiraan", "SO", "battle", "al-Shabaab", "Somali security forces",
       11, None, None, None,
       "In the central Hiiraan region, Somali troops and local clan militias repelled an assault by the militants on their base at Maxaas on Saturday, a regional official said. He said three soldiers and eight attackers were killed.",
       note="11 = 3 soldiers + 8 attackers; 'the militants' refers back to al-Shabaab; clan militias fought beside the army"),
],
figures=[
    fig("other", 14, "Mogadishu",
        "The government says al-Shabaab has carried out at least 14 bombings in the capital since the beginning of January",
        note="count of bombings since January"),
])

report("b18-26", "2018-04-24", "https://www.example-northwestherald.com/zamfara/2018/04/24/dansadau-bandits",
"""
Bandits kill 14 in Zamfara villages, residents say toll higher

GUSAU, April 24 (Northwest Herald) - Gunmen on motorcycles killed 14 people in attacks on two farming hamlets near Dansadau, in the Maru local government area of Zamfara State, on Sunday evening, the state police command said on Monday.

Residents who buried the dead on Monday said 21 people had been killed and that five women were carried away by the attackers, whom they described as cattle rustlers operating from the Rugu forest.

The police spokesman said a tactical team had been deployed to the area and that no arrest had yet been made.
""",
events=[
    ev("Bandits on motorcycles attacked two hamlets near Dansadau, killing 14 (police) or 21 (residents) and abducting five women.",
       "2018-04-22", "‘on Sunday evening’ before the Tuesday 2018-04-24 dateline: Sunday 2018-04-22",
       "near Dansadau", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
       14, 21, None, None,
       "Gunmen on motorcycles killed 14 people in attacks on two farming hamlets near Dansadau, in the Maru local government area of Zamfara State, on Sunday evening, the state police command said on Monday. [...] Residents who buried the dead on Monday said 21 people had been killed and that five women were carried away by the attackers, whom they described as cattle rustlers",
       note="conflicting tolls 14 (police) and 21 (residents); five women abducted, not killed"),
])

report("b18-27", "2019-02-19", "https://www.example-mopti-echo.com/en/2019/02/19/goundaka-bus-mine",
"""
Bus hits mine near Goundaka; Fulani association accuses militia over Bankass killings

MOPTI, February 19 (Mopti Echo) - A public transport bus travelling from Bandiagara to Mopti hit an explosive device near Goundaka on Sunday afternoon, killing five passengers and wounding nine, the government said in a statement, blaming "terrorist groups".

Local officials in Bandiagara gave a higher toll of seven dead, saying two of the wounded had died on the way to hospital in Sévaré.

In the circle of Bankass, the Fulani association Tabital Pulaaku accused the Dogon hunters' militia Dan Na Ambassagou of killing three herders at a hamlet near Bankass on Friday. A spokesman for the militia denied any involvement and said its men "do not attack civilians".

On Monday, gendarmes arrested four men in Sévaré suspected of supplying fuel and motorcycles to armed groups, a security source said.

The centre of Mali has been gripped by violence since a jihadist group led by the preacher Amadou Koufa emerged there in 2015, stirring up tensions between Fulani herders and Dogon and Bambara farmers.
""",
events=[
    ev("A bus from Bandiagara to Mopti hit an explosive device near Goundaka; five killed and nine wounded (government) or seven killed (local officials).",
       "2019-02-17", "‘on Sunday afternoon’ before the Tuesday 2019-02-19 dateline: Sunday 2019-02-17",
       "near Goundaka", "Mopti", "ML", "explosion", "militants (unidentified)", "civilians",
       5, 7, 9, None,
       "A public transport bus travelling from Bandiagara to Mopti hit an explosive device near Goundaka on Sunday afternoon, killing five passengers and wounding nine, the government said in a statement, blaming \"terrorist groups\". [...] Local officials in Bandiagara gave a higher toll of seven dead, saying two of the wounded had died on the way to hospital in Sévaré.",
       note="conflicting tolls 5 and 7 (two of the wounded died); 'terrorist groups' names no group"),
    ev("Three herders were killed at a hamlet near Bankass; a Fulani association blamed Dan Na Ambassagou, which denied it.",
       "2019-02-15", "‘on Friday’ before the Tuesday 2019-02-19 dateline: Friday 2019-02-15",
       "near Bankass", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
       3, None, None, None,
       "the Fulani association Tabital Pulaaku accused the Dogon hunters' militia Dan Na Ambassagou of killing three herders at a hamlet near Bankass on Friday. A spokesman for the militia denied any involvement",
       note="attribution disputed: accused by Tabital Pulaaku, denied by Dan Na Ambassagou"),
    ev("Gendarmes arrested four men in Sévaré suspected of supplying armed groups.",
       "2019-02-18", "‘On Monday’ before the Tuesday 2019-02-19 dateline: Monday 2019-02-18",
       "Sévaré", "Mopti", "ML", "arrest", "Malian security forces", "civilians",
       None, None, None, None,
       "On Monday, gendarmes arrested four men in Sévaré suspected of supplying fuel and motorcycles to armed groups, a security source said.",
       arrested=4),
])

# ---------------------------------------------------------------------------
# b18-28 .. b18-36
# ---------------------------------------------------------------------------

report("b18-28", "2023-02-27", "https://www.example-kivumorning.com/2023/02/27/m23-kilolirwe-sake-shells",
"""
M23 seizes Kilolirwe as shells fall on displaced camp near Sake

GOMA, February 27 (Kivu Morning) - M23 rebels took control of the locality of Kilolirwe, in the Masisi territory of North Kivu, on Saturday after a day of fighting with the Congolese army and allied local militias, residents and a local administrator said.

The rebels, who the United Nations and Western governments say are backed by Rwanda, entered the locality in the afternoon after soldiers withdrew toward Sake. Kigali denies supporting the group. The army spokesman for North Kivu acknowledged a "tactical withdrawal" and gave no casualty figures.

On Sunday morning, two shells landed in the Kimoka displacement site on the outskirts of Sake, killing three displaced people, among them a girl of ten, and wounding nine, the site's president said. The army blamed the M23, which in turn accused the army and its allies of firing on the site to discredit the rebellion. Neither claim could be verified.

"We ran from Kitshanga to be safe here, and now the bombs follow us," said a man whose wife was among the wounded, speaking at the general hospital in Goma.

In Ituri province, to the north, CODECO militiamen attacked a village near Bule in Djugu territory on Thursday night, killing seven civilians, according to the army, which said its troops pursued the assailants. Civil society leaders said five people were also taken hostage and were still missing.

The M23, dormant for nearly a decade after its defeat in 2013, took up arms again in late 2021. Its fighters briefly occupied Goma in 2012.

More than 800,000 people have been displaced by the M23 offensive since March last year, according to the United Nations, and some 300,000 of them are crowded into camps around Goma.
""",
events=[
    ev("M23 rebels took control of Kilolirwe in Masisi after fighting the Congolese army and allied militias.",
       "2023-02-25", "‘on Saturday’ before the Monday 2023-02-27 dateline: Saturday 2023-02-25",
       "Kilolirwe", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
       None, None, None, None,
       "M23 rebels took control of the locality of Kilolirwe, in the Masisi territory of North Kivu, on Saturday after a day of fighting with the Congolese army and allied local militias, residents and a local administrator said."),
    ev("Two shells landed in the Kimoka displacement site near Sake, killing three displaced people including a girl and wounding nine; the army and the M23 blamed each other.",
       "2023-02-26", "‘On Sunday morning’ before the Monday 2023-02-27 dateline: Sunday 2023-02-26",
       "Kimoka displacement site, Sake", "North Kivu", "CD", "explosion", "unknown", "civilians",
       3, None, 9, None,
       "On Sunday morning, two shells landed in the Kimoka displacement site on the outskirts of Sake, killing three displaced people, among them a girl of ten, and wounding nine, the site's president said. The army blamed the M23, which in turn accused the army and its allies of firing on the site",
       note="attribution disputed between the army and the M23"),
    ev("CODECO militiamen attacked a village near Bule in Djugu, killing seven civilians; five taken hostage.",
       "2023-02-23", "‘on Thursday night’ before the Monday 2023-02-27 dateline: Thursday 2023-02-23",
       "near Bule", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       7, None, None, None,
       "In Ituri province, to the north, CODECO militiamen attacked a village near Bule in Djugu territory on Thursday night, killing seven civilians, according to the army, which said its troops pursued the assailants. Civil society leaders said five people were also taken hostage and were still missing.",
       note="five hostages not counted as killed"),
],
figures=[
    fig("displaced", 800000, "North Kivu",
        "More than 800,000 people have been displaced by the M23 offensive since March last year, according to the United Nations"),
    fig("displaced", 300000, "Goma",
        "some 300,000 of them are crowded into camps around Goma"),
])

report("b18-29", "2023-08-15", "https://www.example-andesobserver.com/colombia/2023/08/15/eln-ceasefire-monitoring",
"""
Colombia, ELN open ceasefire monitoring offices as talks resume

BOGOTÁ, August 15 (Andes Observer) - Colombia's government and the National Liberation Army (ELN) guerrilla opened the first regional offices of the mechanism that monitors their six-month bilateral ceasefire on Monday, as negotiators prepared for a new round of peace talks.

The offices in Arauca, Cúcuta and Quibdó will receive complaints of violations, the UN verification mission said. Both sides have said they will not retaliate for incidents without first raising them with the mechanism.

The army estimates the ELN has some 5,800 members, and the group remains active in at least 14 departments. Its chief negotiator said the rebels would keep holding "economic retentions", as they call kidnappings for ransom, until a fund to finance the group is agreed.
""",
country_hint="CO",
figures=[
    fig("fighters", 5800, "Colombia",
        "The army estimates the ELN has some 5,800 members"),
])

report("b18-30", "2021-01-12", "https://www.example-euphratesbulletin.com/2021/01/12/diwaniyah-convoy-bomb",
"""
Roadside bomb hits coalition supply convoy south of Diwaniyah

BAGHDAD, January 12 (Euphrates Bulletin) - A roadside bomb struck a convoy of Iraqi trucks carrying supplies for the US-led coalition on the highway south of Diwaniyah on Monday, damaging one vehicle, a security official said. Nobody was hurt.

A little-known group calling itself Ashab al-Kahf claimed the attack on Telegram. US officials say such groups are fronts for Iran-backed militias.

A similar bomb near Nasiriyah on Thursday wounded a driver, police said. That attack was not claimed.
""",
events=[
    ev("A roadside bomb hit a coalition supply convoy south of Diwaniyah, damaging a truck; nobody was hurt; Ashab al-Kahf claimed it.",
       "2021-01-11", "‘on Monday’ before the Tuesday 2021-01-12 dateline: Monday 2021-01-11",
       "highway south of Diwaniyah", "Al-Qadisiyyah", "IQ", "explosion", "Ashab al-Kahf", "US-led coalition",
       0, None, 0, None,
       "A roadside bomb struck a convoy of Iraqi trucks carrying supplies for the US-led coalition on the highway south of Diwaniyah on Monday, damaging one vehicle, a security official said. Nobody was hurt. [...] A little-known group calling itself Ashab al-Kahf claimed the attack on Telegram.",
       note="US officials call such groups fronts for Iran-backed militias; the claimant is the actor"),
    ev("A roadside bomb near Nasiriyah wounded a driver; not claimed.",
       "2021-01-07", "‘on Thursday’ before the Tuesday 2021-01-12 dateline: Thursday 2021-01-07",
       "near Nasiriyah", "Dhi Qar", "IQ", "explosion", "unknown", "civilians",
       None, None, 1, None,
       "A similar bomb near Nasiriyah on Thursday wounded a driver, police said. That attack was not claimed."),
])

report("b18-31", "2019-10-16", "https://www.example-euphratesbulletin.com/2019/10/16/peace-spring-mabrouka",
"""
Turkish-backed fighters take Mabrouka; drone strike kills five near Tal Tamr

ERBIL, October 16 (Euphrates Bulletin) - Syrian fighters backed by Turkey captured the village of Mabrouka, west of Ras al-Ain, on Tuesday, cutting one of the roads used by the Kurdish-led Syrian Democratic Forces (SDF) to supply the border town, a war monitor said.

The SDF said a Turkish drone strike on a car near Tal Tamr on Monday killed four of its fighters and a civilian driver. Ankara did not comment on the strike, and its defence ministry said only that "neutralised terrorists" in the operation now numbered 595, a figure that could not be verified.

Across the border, mortar rounds fired from Syria killed two civilians, a mother and her son, in the Turkish town of Akçakale on Sunday, the governor of Şanlıurfa province said, blaming the Kurdish YPG militia, which dominates the SDF. The SDF denied shelling Turkish towns.

The Syrian Observatory for Human Rights says 71 civilians have been killed in Syria since Turkey launched its offensive on October 9. The UN says about 160,000 people have fled their homes.
""",
events=[
    ev("Turkish-backed Syrian fighters captured Mabrouka village west of Ras al-Ain from the SDF.",
       "2019-10-15", "‘on Tuesday’ before the Wednesday 2019-10-16 dateline: Tuesday 2019-10-15",
       "Mabrouka", "Hasakah", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       None, None, None, None,
       "Syrian fighters backed by Turkey captured the village of Mabrouka, west of Ras al-Ain, on Tuesday, cutting one of the roads used by the Kurdish-led Syrian Democratic Forces (SDF) to supply the border town, a war monitor said."),
    ev("A Turkish drone strike on a car near Tal Tamr killed four SDF fighters and a civilian driver (SDF).",
       "2019-10-14", "‘on Monday’ before the Wednesday 2019-10-16 dateline: Monday 2019-10-14",
       "near Tal Tamr", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "Syrian Democratic Forces",
       5, None, None, None,
       "The SDF said a Turkish drone strike on a car near Tal Tamr on Monday killed four of its fighters and a civilian driver.",
       note="5 = 4 SDF fighters + 1 civilian; Turkey's 595 'neutralised' is a running claim, not used"),
    ev("Mortar rounds fired from Syria killed a mother and her son in Akçakale; the governor blamed the YPG, the SDF denied it.",
       "2019-10-13", "‘on Sunday’ before the Wednesday 2019-10-16 dateline: Sunday 2019-10-13",
       "Akçakale", "Şanlıurfa", "TR", "explosion", "unknown", "civilians",
       2, None, None, None,
       "Across the border, mortar rounds fired from Syria killed two civilians, a mother and her son, in the Turkish town of Akçakale on Sunday, the governor of Şanlıurfa province said, blaming the Kurdish YPG militia, which dominates the SDF. The SDF denied shelling Turkish towns.",
       note="attribution disputed: blamed on the YPG by the governor, denied by the SDF"),
],
figures=[
    fig("killed", 71, "northeast Syria",
        "The Syrian Observatory for Human Rights says 71 civilians have been killed in Syria since Turkey launched its offensive on October 9."),
    fig("displaced", 160000, "northeast Syria",
        "The UN says about 160,000 people have fled their homes."),
    fig("killed", 595, "northeast Syria",
        "its defence ministry said only that \"neutralised terrorists\" in the operation now numbered 595",
        note="Turkish defence ministry's running claim"),
])

report("b18-32", "2021-10-04", "https://www.example-sabaeanreview.com/2021/10/04/marib-missile-abdiya",
"""
Missile strike on Marib city kills five as Houthis tighten grip on al-Abdiya

MARIB, Yemen, October 4 (Sabaean Review) - A ballistic missile fired by the Houthis slammed into a residential neighbourhood near the centre of Marib city on Sunday evening, killing five civilians, two of them children, and wounding 17, a local official said.

The Houthis' military spokesman said the movement had targeted "a command centre of the aggression and its mercenaries" in the city, without mentioning civilian casualties. The official said the nearest military building was more than a kilometre from the houses that were hit.

The missile was the latest to hit the city, the government's last stronghold in the north, which the Iran-aligned Houthis have been trying to capture since February. The offensive has pushed the frontline to within a few dozen kilometres of the city from the west and south.

Fierce fighting went on in the districts of Rahabah and al-Abdiya, south of the city, where government forces and allied tribesmen are trying to break a siege of al-Abdiya, where 35,000 people are trapped. Military sources said 12 soldiers and more than 40 Houthi fighters were killed in clashes there on Saturday. Houthi-run media gave no figures for their own losses.

The Saudi-led coalition, which has backed the government since 2015, said it had carried out 27 air strikes in Marib province in the past 24 hours, killing "more than 150" Houthis and destroying 11 military vehicles. Such figures cannot be independently verified, and the Houthis rarely disclose their losses.

"The children here know the sound of a missile before they know their alphabet," said a school teacher who lives in the Rawdah area of the city, near where Sunday's missile landed.

Aid agencies said at least 10,000 people had fled to Marib city from the south of the province since early September, many for the second or third time. The province sheltered nearly one million displaced people before the latest offensive, according to the government.

The Houthis seized the capital Sanaa in 2014, prompting the coalition to intervene the following March. The war has killed tens of thousands of people.
""",
events=[
    ev("A Houthi ballistic missile hit a residential neighbourhood of Marib city, killing five civilians (two children) and wounding 17.",
       "2021-10-03", "‘on Sunday evening’ before the Monday 2021-10-04 dateline: Sunday 2021-10-03",
       "Marib city", "Marib", "YE", "explosion", "Houthis", "civilians",
       5, None, 17, None,
       "A ballistic missile fired by the Houthis slammed into a residential neighbourhood near the centre of Marib city on Sunday evening, killing five civilians, two of them children, and wounding 17, a local official said.",
       note="the Houthis say they targeted a command centre; the two children are among the five"),
    ev("Clashes between government forces with tribesmen and the Houthis in Rahabah and al-Abdiya killed 12 soldiers and more than 40 Houthi fighters.",
       "2021-10-02", "‘on Saturday’ before the Monday 2021-10-04 dateline: Saturday 2021-10-02",
       "Rahabah and al-Abdiya", "Marib", "YE", "battle", "Yemeni government forces", "Houthis",
       52, None, None, None,
       "Fierce fighting went on in the districts of Rahabah and al-Abdiya, south of the city, where government forces and allied tribesmen are trying to break a siege of al-Abdiya, where 35,000 people are trapped. Military sources said 12 soldiers and more than 40 Houthi fighters were killed in clashes there on Saturday.",
       note="52 = 12 soldiers + 40 Houthis; two districts sharing one toll stay one event"),
    ev("The Saudi-led coalition says it carried out 27 air strikes in Marib province in 24 hours.",
       None, "‘in the past 24 hours’ before a statement whose day is not given",
       "Marib province", "Marib", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "The Saudi-led coalition, which has backed the government since 2015, said it had carried out 27 air strikes in Marib province in the past 24 hours, killing \"more than 150\" Houthis and destroying 11 military vehicles.",
       note="aggregate of unspecified strikes; the coalition's 'more than 150' killed is the attacker's claim, not used",
       optional=True),
],
figures=[
    fig("civilians_trapped", 35000, "al-Abdiya",
        "where government forces and allied tribesmen are trying to break a siege of al-Abdiya, where 35,000 people are trapped"),
    fig("other", 27, "Marib province",
        "said it had carried out 27 air strikes in Marib province in the past 24 hours",
        note="count of air strikes"),
    fig("displaced", 10000, "Marib city",
        "Aid agencies said at least 10,000 people had fled to Marib city from the south of the province since early September"),
    fig("displaced", 1000000, "Marib province",
        "The province sheltered nearly one million displaced people before the latest offensive, according to the government."),
])

report("b18-33", "2022-11-15", "https://www.example-brusselsbrief.com/2022/11/15/eu-myanmar-sanctions",
"""
EU adds Myanmar officers and jet fuel supplier to sanctions list

Brussels Brief - 15 November 2022

The European Union on Monday imposed sanctions on 19 more people and entities in Myanmar, including senior air force officers and a company it says supplies aviation fuel to the military, over air strikes on civilians and the repression that followed the February 2021 coup.

The measures freeze the assets of those listed and bar them from entering the bloc. The EU's foreign policy chief said the military's "campaign of terror" against its own population must end and called for the release of all political prisoners.

A spokesman for the military government called the sanctions "interference" and said the armed forces were acting against "terrorist groups". A rights group that tracks arrests and killings says more than 2,400 people have been killed by the security forces since the coup.
""",
country_hint="MM",
figures=[
    fig("killed", 2400, "Myanmar",
        "A rights group that tracks arrests and killings says more than 2,400 people have been killed by the security forces since the coup."),
])

report("b18-34", "2024-02-27", "https://www.example-levantnewswire.com/gaza/2024-02-27-deir-al-balah-strike",
"""
Strike on Deir al-Balah home kills 11 as talks on Gaza truce go on

CAIRO, February 27 (Levant Newswire) - An Israeli air strike on a house in Deir al-Balah, in the central Gaza Strip, killed 11 people late on Monday, including four children, the health ministry in the Hamas-run territory said on Tuesday. The civil defence service said 13 bodies had been recovered from the building, where two displaced families from Gaza City had been living.

The Israeli military said it had struck "Hamas terrorist infrastructure" in central Gaza and that it takes precautions to limit harm to civilians. It did not comment on the strike on the house directly.

In Rafah, in the south, an air strike on Sunday hit a police car escorting aid trucks near the Kuwaiti roundabout, killing two officers, the Gaza interior ministry said. The Israeli army said the two were Hamas operatives, while the ministry said they were civil police securing the convoy against looters.

Two Israeli soldiers were killed in Khan Younis on Saturday when Hamas fighters fired an anti-tank missile at a building in which their unit was stationed, the army said. Three other soldiers were seriously wounded. The deaths bring to 238 the number of soldiers killed since the start of the ground offensive in late October.

The Islamic Jihad group's armed wing said it had fired a salvo of rockets at Sderot on Sunday afternoon. The Israeli army said two rockets were intercepted and the rest fell in open areas, and that nobody was hurt.

"We moved five times. Each time they told us the new place was safe," said a man at the hospital in Deir al-Balah, where the wounded from the house were taken.

The Gaza health ministry says 29,790 Palestinians have been killed since October 7, when Hamas-led militants attacked southern Israel, killing about 1,200 people and taking some 250 hostages, according to Israeli tallies. More than 1.4 million people are now crowded into Rafah, the United Nations says.

Mediators from Qatar, Egypt and the United States have been pressing for a six-week truce and an exchange of hostages and prisoners before the start of Ramadan.
""",
events=[
    ev("An Israeli air strike on a house in Deir al-Balah sheltering displaced families killed 11 including four children (health ministry) or 13 (civil defence).",
       "2024-02-26", "‘late on Monday’, reported ‘on Tuesday’ in the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "Deir al-Balah", "Deir al-Balah", "PS", "explosion", "Israel Defense Forces", "civilians",
       11, 13, None, None,
       "An Israeli air strike on a house in Deir al-Balah, in the central Gaza Strip, killed 11 people late on Monday, including four children, the health ministry in the Hamas-run territory said on Tuesday. The civil defence service said 13 bodies had been recovered from the building",
       note="conflicting tolls 11 and 13; the four children are among them"),
    ev("An air strike hit a police car escorting aid trucks near the Kuwaiti roundabout in Rafah, killing two officers; Israel says they were Hamas operatives.",
       "2024-02-25", "‘on Sunday’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "Kuwaiti roundabout, Rafah", "Rafah", "PS", "explosion", "Israel Defense Forces", "Gaza police",
       2, None, None, None,
       "In Rafah, in the south, an air strike on Sunday hit a police car escorting aid trucks near the Kuwaiti roundabout, killing two officers, the Gaza interior ministry said. The Israeli army said the two were Hamas operatives",
       note="the strike's author is named only by the Israeli army's comment on the victims"),
    ev("Hamas fighters fired an anti-tank missile at a building held by an Israeli unit in Khan Younis, killing two soldiers and seriously wounding three.",
       "2024-02-24", "‘on Saturday’ before the Tuesday 2024-02-27 dateline: Saturday 2024-02-24",
       "Khan Younis", "Khan Younis", "PS", "battle", "Hamas", "Israel Defense Forces",
       2, None, 3, None,
       "Two Israeli soldiers were killed in Khan Younis on Saturday when Hamas fighters fired an anti-tank missile at a building in which their unit was stationed, the army said. Three other soldiers were seriously wounded."),
    ev("Islamic Jihad's armed wing fired rockets at Sderot; two were intercepted, the rest fell in open areas, nobody was hurt.",
       "2024-02-25", "‘on Sunday afternoon’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "Sderot", "Southern District", "IL", "explosion", "Palestinian Islamic Jihad", "civilians",
       0, None, 0, None,
       "The Islamic Jihad group's armed wing said it had fired a salvo of rockets at Sderot on Sunday afternoon. The Israeli army said two rockets were intercepted and the rest fell in open areas, and that nobody was hurt."),
],
figures=[
    fig("killed", 238, "Gaza Strip",
        "The deaths bring to 238 the number of soldiers killed since the start of the ground offensive in late October."),
    fig("killed", 29790, "Gaza Strip",
        "The Gaza health ministry says 29,790 Palestinians have been killed since October 7"),
    fig("displaced", 1400000, "Rafah",
        "More than 1.4 million people are now crowded into Rafah, the United Nations says."),
])

report("b18-35", "2023-05-30", "https://www.example-sahelvigie.com/2023/05/30/arbinda-detachment-attack",
"""
Burkina: 13 soldiers and auxiliaries killed in attack on Arbinda detachment

OUAGADOUGOU, May 30 (Sahel Vigie) - Eight soldiers and five members of the Volunteers for the Defence of the Homeland (VDP) were killed on Friday when a large group of jihadists attacked the military detachment at Arbinda, in the Soum province, the army said in a statement read on national television on Monday.

"Dozens of terrorists" were neutralised during the counter-attack, according to the statement, which gave no number of wounded. The attack was claimed on Sunday by the Group to Support Islam and Muslims (JNIM), which published photographs of weapons it said had been seized.

The army added that its aircraft had struck a column of motorcycles heading north of Arbinda on Sunday, "neutralising around forty terrorists".

Two days before the assault on the detachment, armed men abducted about 20 women who had gone to gather wild fruits near Titao, in the Loroum province, local sources said. Relatives said they had received no demand from the kidnappers.

More than two million people are displaced in Burkina Faso, according to the government.
""",
events=[
    ev("Jihadists attacked the Arbinda military detachment; eight soldiers and five VDP killed; JNIM claimed it; 'dozens' of attackers said neutralised.",
       "2023-05-26", "‘on Friday’ before the statement ‘on Monday’ and the Tuesday 2023-05-30 dateline: Friday 2023-05-26",
       "Arbinda", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
       13, None, None, None,
       "Eight soldiers and five members of the Volunteers for the Defence of the Homeland (VDP) were killed on Friday when a large group of jihadists attacked the military detachment at Arbinda, in the Soum province [...] \"Dozens of terrorists\" were neutralised during the counter-attack [...] The attack was claimed on Sunday by the Group to Support Islam and Muslims (JNIM)",
       note="13 = 8 soldiers + 5 VDP; the army's 'dozens of terrorists' is vague and not added"),
    ev("Army aircraft struck a column of jihadist motorcycles north of Arbinda, 'neutralising around forty' (army).",
       "2023-05-28", "‘on Sunday’ before the Tuesday 2023-05-30 dateline: Sunday 2023-05-28",
       "north of Arbinda", "Sahel", "BF", "explosion", "Burkinabe security forces", "JNIM",
       40, None, None, None,
       "The army added that its aircraft had struck a column of motorcycles heading north of Arbinda on Sunday, \"neutralising around forty terrorists\".",
       note="the army's count of enemy dead ('around forty'), as in the convention for a side's count; the column is assumed to be JNIM's"),
    ev("Armed men abducted about 20 women gathering wild fruits near Titao.",
       "2023-05-24", "‘Two days before’ the Friday 2023-05-26 assault: Wednesday 2023-05-24",
       "near Titao", "Nord", "BF", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Two days before the assault on the detachment, armed men abducted about 20 women who had gone to gather wild fruits near Titao, in the Loroum province, local sources said.",
       note="abduction of about 20 women; none reported killed"),
],
figures=[
    fig("displaced", 2000000, "Burkina Faso",
        "More than two million people are displaced in Burkina Faso, according to the government."),
])

report("b18-36", "2016-08-16", "https://www.example-kabulmorningpost.com/2016/08/16/helmand-babaji-lashkar-gah",
"""
Taliban push toward Lashkar Gah as bomber hits Helmand police headquarters

LASHKAR GAH, August 16 (Kabul Morning Post) - A suicide bomber wearing a police uniform blew himself up at the entrance of the provincial police headquarters in Lashkar Gah on Tuesday morning, killing himself and five policemen and wounding 11 people, among them three civilians, the provincial governor's spokesman said.

The Taliban claimed the bombing, the second attack on the headquarters this year.

It came two days after insurgents overran police posts in the Babaji area, a few kilometres north of the provincial capital, on Sunday. At least six policemen were killed as their comrades retreated toward the city, a police commander said, while the rest of the unit was unaccounted for. The Taliban said their fighters had taken "all of Babaji" and captured two armoured vehicles.

Afghan special forces, supported by US aircraft, counter-attacked on Monday. A spokesman for the US military in Kabul confirmed that two "defensive" air strikes had been carried out near Lashkar Gah but gave no details of casualties. Local officials said "scores" of insurgents had been killed.

In the northern province of Kunduz, a mortar round fired during clashes between the Taliban and government forces hit a house in Chardara district on Monday, killing three members of a family, a provincial council member said. It was not clear which side had fired it.

"The Taliban are at the gates. If the city falls, the whole south falls," said a tribal elder who fled from Nad Ali to Lashkar Gah with his family last week. Some 30,000 people have arrived in the city from surrounding districts in the past week, a provincial refugee official said.

Helmand has been the bloodiest province for Afghan forces since the US-led coalition ended its combat mission at the end of 2014. Last September the Taliban briefly captured the northern city of Kunduz, their biggest success since 2001.

The United Nations said last month that 1,618 civilians had been killed and 3,587 wounded in the first half of the year, the highest toll for a half-year since it began keeping records in 2009.
""",
events=[
    ev("A suicide bomber in police uniform blew himself up at the entrance of the Helmand police headquarters in Lashkar Gah, killing himself and five policemen and wounding 11 (three civilians); the Taliban claimed it.",
       "2016-08-16", "‘on Tuesday morning’, the day of the Tuesday 2016-08-16 dateline",
       "police headquarters, Lashkar Gah", "Helmand", "AF", "explosion", "Taliban", "Afghan security forces",
       6, None, 11, None,
       "A suicide bomber wearing a police uniform blew himself up at the entrance of the provincial police headquarters in Lashkar Gah on Tuesday morning, killing himself and five policemen and wounding 11 people, among them three civilians, the provincial governor's spokesman said. [...] The Taliban claimed the bombing",
       note="6 = 5 policemen + the bomber; the three civilians are among the 11 wounded"),
    ev("Insurgents (Taliban) overran police posts in Babaji north of Lashkar Gah; at least six policemen killed.",
       "2016-08-14", "‘two days after’ … ‘on Sunday’ before the Tuesday 2016-08-16 dateline: Sunday 2016-08-14",
       "Babaji", "Helmand", "AF", "territory_gain", "Taliban", "Afghan security forces",
       6, None, None, None,
       "insurgents overran police posts in the Babaji area, a few kilometres north of the provincial capital, on Sunday. At least six policemen were killed as their comrades retreated toward the city, a police commander said, while the rest of the unit was unaccounted for. The Taliban said their fighters had taken \"all of Babaji\"",
       note="'insurgents' identified as the Taliban by their claim; the unaccounted-for policemen are not counted"),
    ev("Afghan special forces with US air support counter-attacked near Lashkar Gah; two US air strikes; officials speak of 'scores' of insurgents killed.",
       "2016-08-15", "‘on Monday’ before the Tuesday 2016-08-16 dateline: Monday 2016-08-15",
       "near Lashkar Gah", "Helmand", "AF", "battle", "Afghan security forces", "Taliban",
       None, None, None, None,
       "Afghan special forces, supported by US aircraft, counter-attacked on Monday. A spokesman for the US military in Kabul confirmed that two \"defensive\" air strikes had been carried out near Lashkar Gah but gave no details of casualties. Local officials said \"scores\" of insurgents had been killed.",
       note="'scores' is vague: null; place vague",
       optional=True),
    ev("A mortar round fired during Taliban-government clashes hit a house in Chardara district, killing three members of a family; unclear which side fired.",
       "2016-08-15", "‘on Monday’ before the Tuesday 2016-08-16 dateline: Monday 2016-08-15",
       "Chardara", "Kunduz", "AF", "explosion", "unknown", "civilians",
       3, None, None, None,
       "In the northern province of Kunduz, a mortar round fired during clashes between the Taliban and government forces hit a house in Chardara district on Monday, killing three members of a family, a provincial council member said. It was not clear which side had fired it."),
],
figures=[
    fig("displaced", 30000, "Lashkar Gah",
        "Some 30,000 people have arrived in the city from surrounding districts in the past week, a provincial refugee official said."),
    fig("killed", 1618, "Afghanistan",
        "The United Nations said last month that 1,618 civilians had been killed and 3,587 wounded in the first half of the year"),
    fig("wounded", 3587, "Afghanistan",
        "The United Nations said last month that 1,618 civilians had been killed and 3,587 wounded in the first half of the year"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "YE", "AF", "PK", "PS", "IL", "LB", "LY", "SO", "NG", "ML", "BF", "CD", "UA",
             "MM", "CO", "SA", "TR"}
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
        if rid != "b18-%02d" % (i + 1):
            err(rid, f"id out of order, expected b18-{i + 1:02d}")
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
