#!/usr/bin/env python3
"""probe-holdout14: build docs.jsonl and gold.jsonl from the data below, after checking it.

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
# h14-01 .. h14-09
# ---------------------------------------------------------------------------

report("h14-01", "2016-11-08", "https://www.example-tigriswire.com/2016/11/08/mosul-karama-district",
"""
Iraqi commandos push into Karama district of eastern Mosul, car bombs slow advance

BAGHDAD, November 8 (Tigris Wire) - Iraqi special forces fought their way into the Karama district on the eastern edge of Mosul on Monday and raised the national flag over its main mosque, the Joint Operations Command said in a statement.

The Counter-Terrorism Service, which has led the assault on the eastern side of the city since the start of the month, said its units had cleared Karama "completely" after a day of street fighting and were now facing the neighbouring districts of al-Quds and Kirkukli.

The advance came a day after Islamic State fighters sent a wave of explosive-laden vehicles against army positions in Gogjali, the industrial zone just outside the city limits. An officer at the scene said four soldiers were killed and 11 wounded when two of the vehicles reached a checkpoint on the Gogjali road on Sunday afternoon; the others were destroyed by anti-tank missiles before they could detonate.

A medic at a field hospital in Bartella said the wounded were arriving faster than they could be evacuated to Erbil. "The car bombs are the main killer now," he said.

The United Nations says more than 30,000 people have fled their homes since the offensive on Mosul began on October 17. Officials estimate that between 3,000 and 5,000 jihadists are still inside the city.
""",
events=[
    ev("The Counter-Terrorism Service took the Karama district on the eastern edge of Mosul from Islamic State and raised the flag over its main mosque.",
       "2016-11-07", "‘on Monday’ before the Tuesday 2016-11-08 dateline: Monday 2016-11-07",
       "Karama", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi special forces fought their way into the Karama district on the eastern edge of Mosul on Monday and raised the national flag over its main mosque [...] The Counter-Terrorism Service, which has led the assault on the eastern side of the city since the start of the month, said its units had cleared Karama \"completely\" after a day of street fighting"),
    ev("Islamic State car bombs reached an army checkpoint on the Gogjali road, killing four soldiers and wounding 11.",
       "2016-11-06", "‘on Sunday afternoon’, the day before the advance of Monday 2016-11-07 (‘a day after’): Sunday 2016-11-06",
       "Gogjali", "Nineveh", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       4, None, 11, None,
       "Islamic State fighters sent a wave of explosive-laden vehicles against army positions in Gogjali, the industrial zone just outside the city limits. An officer at the scene said four soldiers were killed and 11 wounded when two of the vehicles reached a checkpoint on the Gogjali road on Sunday afternoon"),
],
figures=[
    fig("displaced", 30000, "Mosul", "The United Nations says more than 30,000 people have fled their homes since the offensive on Mosul began on October 17."),
    fig("fighters", 3000, "Mosul", "Officials estimate that between 3,000 and 5,000 jihadists are still inside the city.", note="range 3,000-5,000"),
])

report("h14-02", "2018-02-27", "https://www.example-ghoutarelief.com/updates/2018/02/27/flash-update-9",
"""
Eastern Ghouta: Flash Update No. 9, 27 February 2018

Situation overview
Bombardment of the besieged enclave continued over the past 48 hours despite the Security Council resolution adopted on Saturday calling for a 30-day cessation of hostilities. The daily humanitarian pause of five hours announced by the Russian Federation has not allowed any civilians to leave.

Key developments
- On Monday, air strikes hit a residential block and a market street in Hamouriyeh, killing 14 civilians, including five children, according to health workers in the town. At least 30 more people were injured.
- Mortar rounds fired from the enclave struck the Bab Touma area of Damascus city on Sunday, killing two civilians and injuring nine, according to the state news agency.
- Medical partners report that the last functioning hospital in Saqba was put out of service by shelling; no casualties were reported among staff.

Humanitarian needs
An estimated 393,000 people remain trapped inside Eastern Ghouta. Since 18 February, partners have recorded more than 560 civilian deaths in the enclave. No aid convoy has entered since 14 February.

Contacts: Field Coordination Unit, Damascus hub.
""",
events=[
    ev("Air strikes hit a residential block and a market street in Hamouriyeh, killing 14 civilians including five children and injuring at least 30.",
       "2018-02-26", "‘On Monday’ in an update dated Tuesday 2018-02-27: Monday 2018-02-26",
       "Hamouriyeh", "Rif Dimashq", "SY", "explosion", "unknown", "civilians",
       14, None, 30, None,
       "On Monday, air strikes hit a residential block and a market street in Hamouriyeh, killing 14 civilians, including five children, according to health workers in the town. At least 30 more people were injured.",
       note="air force not named"),
    ev("Mortar rounds fired from the enclave struck the Bab Touma area of Damascus, killing two civilians and injuring nine.",
       "2018-02-25", "‘on Sunday’ in an update dated Tuesday 2018-02-27: Sunday 2018-02-25",
       "Bab Touma", "Damascus", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 9, None,
       "Mortar rounds fired from the enclave struck the Bab Touma area of Damascus city on Sunday, killing two civilians and injuring nine, according to the state news agency."),
    ev("Shelling put the last functioning hospital in Saqba out of service; no casualties among staff.",
       None, "no day given (‘over the past 48 hours’ at most)",
       "hospital, Saqba", "Rif Dimashq", "SY", "explosion", "unknown", "civilians",
       None, None, None, None,
       "Medical partners report that the last functioning hospital in Saqba was put out of service by shelling; no casualties were reported among staff.",
       note="no casualties among staff only; no day", optional=True),
],
figures=[
    fig("civilians_trapped", 393000, "Eastern Ghouta", "An estimated 393,000 people remain trapped inside Eastern Ghouta."),
    fig("killed", 560, "Eastern Ghouta", "Since 18 February, partners have recorded more than 560 civilian deaths in the enclave."),
])

report("h14-03", "2019-06-18", "https://www.example-arabiapeninsulapost.com/2019/06/18/yemen-hodeidah-truce-fraying",
"""
Hodeidah truce frays as fighting flares on three fronts

ADEN, June 18 (Peninsula Post) - Six months after the agreement signed in Sweden was meant to freeze the war around Hodeidah, the front lines south of the port city are moving again, and the toll of the past week suggests the truce exists largely on paper.

The heaviest fighting took place on Sunday in al-Durayhimi district, where Houthi fighters attacked positions held by the Giants Brigades, which fight alongside government forces. A military spokesman for the pro-government side said nine Houthi fighters and three of its own soldiers were killed in clashes that lasted until dawn on Monday. The Houthis' al-Masirah television said the attack had "liberated" several positions, a claim the government side denied.

In the north, an air strike by the Saudi-led coalition hit a vehicle on a road in the Sahar district of Saada province on Friday, killing six civilians, among them two women, according to the Houthi-run health ministry. A coalition spokesman said the strike had targeted "a legitimate military objective" and that the incident would be referred to its assessment team.

On Saturday, a landmine left over from earlier fighting exploded in the Maqbana district west of Taiz, killing two children who were herding goats, a local official said.

Background: a war of attrition
The conflict escalated in March 2015, when the coalition intervened to restore the government of President Abd-Rabbu Mansour Hadi after the Houthis seized Sanaa. A coalition push on Hodeidah last year was halted by the December deal, which provided for a ceasefire and a redeployment of forces from the city and its three ports. UN monitors say that redeployment is only partly complete.

Aid agencies estimate that 24 million Yemenis, around 80 percent of the population, need some form of assistance. "Every week that the fighting goes on, the famine risk grows," said a humanitarian coordinator in Aden who asked not to be named. The UN says some 3.3 million people remain displaced inside the country.
""",
events=[
    ev("Houthi fighters attacked Giants Brigades positions in al-Durayhimi district; nine Houthis and three pro-government soldiers were killed.",
       "2019-06-16", "‘on Sunday’ (clashes lasted ‘until dawn on Monday’) before the Tuesday 2019-06-18 dateline: Sunday 2019-06-16",
       "al-Durayhimi", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces",
       12, None, None, None,
       "The heaviest fighting took place on Sunday in al-Durayhimi district, where Houthi fighters attacked positions held by the Giants Brigades, which fight alongside government forces. A military spokesman for the pro-government side said nine Houthi fighters and three of its own soldiers were killed in clashes that lasted until dawn on Monday.",
       note="12 = 9 Houthis + 3 soldiers; Giants Brigades"),
    ev("A Saudi-led coalition air strike hit a vehicle on a road in Sahar district, Saada, killing six civilians.",
       "2019-06-14", "‘on Friday’ before the Tuesday 2019-06-18 dateline: Friday 2019-06-14",
       "Sahar", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians",
       6, None, None, None,
       "an air strike by the Saudi-led coalition hit a vehicle on a road in the Sahar district of Saada province on Friday, killing six civilians, among them two women, according to the Houthi-run health ministry."),
    ev("A landmine exploded in Maqbana district west of Taiz, killing two children herding goats.",
       "2019-06-15", "‘On Saturday’ before the Tuesday 2019-06-18 dateline: Saturday 2019-06-15",
       "Maqbana", "Taiz", "YE", "explosion", "unknown", "civilians",
       2, None, None, None,
       "On Saturday, a landmine left over from earlier fighting exploded in the Maqbana district west of Taiz, killing two children who were herding goats, a local official said."),
],
figures=[
    fig("other", 24000000, "Yemen", "Aid agencies estimate that 24 million Yemenis, around 80 percent of the population, need some form of assistance.", note="people in need"),
    fig("displaced", 3300000, "Yemen", "The UN says some 3.3 million people remain displaced inside the country."),
])

report("h14-04", "2020-09-22", "https://www.example-kabulmorningstar.com/2020/09/22/imam-sahib-checkpoints",
"""
Six police killed as Taliban storm checkpoints in Kunduz

KUNDUZ, September 22 (Kabul Morning Star) - Taliban fighters attacked a cluster of police checkpoints in Imam Sahib district of northern Kunduz province overnight on Sunday, killing six policemen and wounding three, a provincial council member said.

The interior ministry said reinforcements pushed the attackers back before dawn and that 11 Taliban were killed in the fighting. A Taliban spokesman said the group had captured two checkpoints and seized weapons, but did not give a toll.

The attack came as negotiators for the government and the Taliban met in Doha for a second week.
""",
events=[
    ev("Taliban fighters attacked police checkpoints in Imam Sahib district overnight; six police killed, three wounded, and 11 Taliban killed according to the interior ministry.",
       "2020-09-20", "‘overnight on Sunday’ before the Tuesday 2020-09-22 dateline: the night of Sunday 2020-09-20",
       "Imam Sahib", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       17, None, 3, None,
       "Taliban fighters attacked a cluster of police checkpoints in Imam Sahib district of northern Kunduz province overnight on Sunday, killing six policemen and wounding three, a provincial council member said. [...] The interior ministry said reinforcements pushed the attackers back before dawn and that 11 Taliban were killed in the fighting.",
       note="17 = 6 police + 11 Taliban (ministry count); Taliban claim of two checkpoints captured"),
])

report("h14-05", "2022-08-16", "https://www.example-frontierchronicle.com/2022/08/16/bajaur-ied-police-van",
"""
Two policemen martyred in Bajaur roadside blast

KHAR, August 16 (Frontier Chronicle) - Two policemen were martyred and four others injured when a remote-controlled device exploded near their vehicle in the Mamund tehsil of Bajaur district on Monday morning, district police officials said.

The police van was escorting a polio vaccination team when the blast occurred on a link road near the Afghan border. The vaccinators were unhurt. No group has so far claimed responsibility.
""",
events=[
    ev("A remote-controlled bomb hit a police van escorting a polio team in Mamund tehsil, Bajaur, killing two policemen and injuring four.",
       "2022-08-15", "‘on Monday morning’ before the Tuesday 2022-08-16 dateline: Monday 2022-08-15",
       "Mamund", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       2, None, 4, None,
       "Two policemen were martyred and four others injured when a remote-controlled device exploded near their vehicle in the Mamund tehsil of Bajaur district on Monday morning, district police officials said."),
])

report("h14-06", "2023-05-10", "https://www.example-eltiempoandino.com/en/2023/05/10/eln-talks-havana-round",
"""
ELN talks resume in Havana with ceasefire still out of reach

BOGOTÁ, May 10 (Tiempo Andino) - Government negotiators and the National Liberation Army (ELN) opened a new round of talks in Havana on Tuesday, with a bilateral ceasefire once again at the top of the agenda and little sign that either side is ready to give ground.

The government wants the guerrillas to renounce kidnapping for ransom and to halt attacks on the security forces before any truce is signed. The ELN's delegation replied that a ceasefire must include guarantees for its fronts in Arauca, Chocó and Catatumbo, where it is fighting dissident factions of the former FARC for control of drug routes and border crossings.

"Nobody here believes the war ends at a negotiating table in one month," said a senior adviser to the government delegation. "But every week without an agreement, communities in the border regions pay with displacement and confinement."

Rights groups estimate that more than 70,000 people were forcibly displaced in Colombia last year, many of them in areas where the ELN and the dissidents are at war. The Ombudsman's Office has issued early warnings for more than 20 municipalities.

The talks are scheduled to continue until the end of May.
""",
country_hint="CO",
figures=[
    fig("displaced", 70000, "Colombia", "Rights groups estimate that more than 70,000 people were forcibly displaced in Colombia last year"),
])

report("h14-07", "2015-04-20", "https://www.example-adenvoice.com/2015/04/20/crater-shelling",
"""
Shelling kills seven in Aden's Crater district

ADEN, April 20 (Aden Voice) - At least seven civilians were killed and 18 wounded when shells fired by Houthi fighters and allied army units landed on a residential street in the Crater district of Aden on Sunday evening, a health official said.

Residents said the shells came from positions on the hills above the district. Local militias loyal to President Hadi have been fighting to keep the Houthis out of central Aden for almost a month.
""",
events=[
    ev("Shells fired by Houthi fighters and allied army units hit a residential street in Crater, Aden, killing at least seven civilians and wounding 18.",
       "2015-04-19", "‘on Sunday evening’ before the Monday 2015-04-20 dateline: Sunday 2015-04-19",
       "Crater", "Aden", "YE", "explosion", "Houthis", "civilians",
       7, None, 18, None,
       "At least seven civilians were killed and 18 wounded when shells fired by Houthi fighters and allied army units landed on a residential street in the Crater district of Aden on Sunday evening, a health official said."),
])

report("h14-08", "2017-03-14", "https://www.example-mesopotamiadaily.com/2017/03/14/west-mosul-old-city-edge",
"""
Federal police reach Old City gates as West Mosul battle grinds on

ERBIL, March 14 (Mesopotamia Daily) - Iraqi federal police and Rapid Response units reached the edge of Mosul's Old City on Monday, seizing the Bab al-Tob area and bringing the fight to the narrow streets around the al-Nuri mosque, a spokesman for the Joint Operations Command said.

The spokesman said troops had also taken control of the main government compound area earlier in the offensive and now held roughly a third of the western half of the city. The Old City, with its alleys too narrow for armoured vehicles, is expected to be the hardest part of the battle.

Civilians caught in crossfire
Islamic State militants fired mortar shells on the Wadi Hajar neighbourhood on Sunday, killing five civilians and wounding 12, according to a doctor at a field clinic south of the city. The neighbourhood was recaptured by government forces last week and families had begun returning to their homes.

Residents who escaped through the front lines described shortages of food and drinking water and said militants were shooting at people trying to flee. One man said snipers had killed a neighbour and his son as they crossed a street in the al-Maamoun district, but gave no date.

Screening the displaced
At the Hammam al-Alil camp south of Mosul, Iraqi intelligence officers arrested three men on Saturday who were suspected of having fought for Islamic State and had tried to pass as displaced civilians, a security official at the camp said.

The Ministry of Migration says more than 180,000 people have fled western Mosul since the offensive on that side of the city began on February 19, many of them to camps that are already full. Aid workers say the numbers leaving each day have risen sharply in the past week, to as many as 8,000.

The campaign to retake Mosul, Iraq's second-largest city, began in October with the support of air strikes by the US-led coalition. The eastern half was declared liberated in January.
""",
events=[
    ev("Iraqi federal police and Rapid Response units seized the Bab al-Tob area at the edge of Mosul's Old City.",
       "2017-03-13", "‘on Monday’ before the Tuesday 2017-03-14 dateline: Monday 2017-03-13",
       "Bab al-Tob", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi federal police and Rapid Response units reached the edge of Mosul's Old City on Monday, seizing the Bab al-Tob area and bringing the fight to the narrow streets around the al-Nuri mosque"),
    ev("Islamic State mortar shells hit the Wadi Hajar neighbourhood, killing five civilians and wounding 12.",
       "2017-03-12", "‘on Sunday’ before the Tuesday 2017-03-14 dateline: Sunday 2017-03-12",
       "Wadi Hajar", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       5, None, 12, None,
       "Islamic State militants fired mortar shells on the Wadi Hajar neighbourhood on Sunday, killing five civilians and wounding 12, according to a doctor at a field clinic south of the city."),
    ev("Snipers killed a man and his son crossing a street in al-Maamoun district.",
       None, "‘gave no date’",
       "al-Maamoun", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       2, None, None, None,
       "One man said snipers had killed a neighbour and his son as they crossed a street in the al-Maamoun district, but gave no date.",
       note="single witness account, no date", optional=True),
    ev("Iraqi intelligence officers arrested three suspected Islamic State fighters posing as displaced at Hammam al-Alil camp.",
       "2017-03-11", "‘on Saturday’ before the Tuesday 2017-03-14 dateline: Saturday 2017-03-11",
       "Hammam al-Alil camp", "Nineveh", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "At the Hammam al-Alil camp south of Mosul, Iraqi intelligence officers arrested three men on Saturday who were suspected of having fought for Islamic State and had tried to pass as displaced civilians",
       arrested=3),
],
figures=[
    fig("displaced", 180000, "western Mosul", "The Ministry of Migration says more than 180,000 people have fled western Mosul since the offensive on that side of the city began on February 19"),
    fig("displaced", 8000, "western Mosul", "Aid workers say the numbers leaving each day have risen sharply in the past week, to as many as 8,000.", note="per day"),
])

report("h14-09", "2019-12-03", "https://www.example-burkina24news.com/2019/12/03/arbinda-gendarmerie-attack",
"""
Arbinda: gendarmerie post attacked, 3 gendarmes and 17 assailants killed

OUAGADOUGOU, December 3 (Faso Matin) - The gendarmerie post of Arbinda, in the province of Soum, was attacked in the night of Saturday to Sunday by a large group of armed individuals, the General Staff of the Armies announced in a communiqué.

According to the communiqué, the defence and security forces riposted vigorously and received air support in the early morning. The provisional toll on the side of the friendly forces is three gendarmes killed and four wounded. Seventeen assailants were neutralised and a quantity of arms and motorcycles recovered.

In a separate incident on Sunday afternoon, a supply convoy on the axis Kaya-Dablo hit an improvised explosive device about 15 kilometres north of Kaya. Two soldiers were slightly wounded, according to a security source.

Since 2015, attacks by jihadist groups in the north and east of the country have left hundreds dead and forced more than 500,000 people to flee their homes.
""",
events=[
    ev("A large group of armed individuals attacked the Arbinda gendarmerie post overnight; three gendarmes and 17 assailants killed, four gendarmes wounded.",
       "2019-11-30", "‘in the night of Saturday to Sunday’ before the Tuesday 2019-12-03 dateline: the first night, Saturday 2019-11-30",
       "Arbinda", "Sahel", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
       20, None, 4, None,
       "The gendarmerie post of Arbinda, in the province of Soum, was attacked in the night of Saturday to Sunday by a large group of armed individuals [...] The provisional toll on the side of the friendly forces is three gendarmes killed and four wounded. Seventeen assailants were neutralised",
       note="20 = 3 gendarmes + 17 assailants (army count)"),
    ev("A supply convoy on the Kaya-Dablo axis hit an IED about 15 km north of Kaya; two soldiers slightly wounded.",
       "2019-12-01", "‘on Sunday afternoon’ before the Tuesday 2019-12-03 dateline: Sunday 2019-12-01",
       "about 15 km north of Kaya", "Centre-Nord", "BF", "explosion", "unknown", "Burkinabe security forces",
       None, None, 2, None,
       "In a separate incident on Sunday afternoon, a supply convoy on the axis Kaya-Dablo hit an improvised explosive device about 15 kilometres north of Kaya. Two soldiers were slightly wounded, according to a security source."),
],
figures=[
    fig("displaced", 500000, "Burkina Faso", "Since 2015, attacks by jihadist groups in the north and east of the country have left hundreds dead and forced more than 500,000 people to flee their homes."),
])
# ---------------------------------------------------------------------------
# h14-10 .. h14-18
# ---------------------------------------------------------------------------

report("h14-10", "2021-07-27", "https://www.example-pembanoticias.com/en/2021/07/27/macomia-chai-attack-mbau",
"""
Insurgents kill four in Macomia village as joint forces advance on Mbau

PEMBA, July 27 (Pemba Notícias) - Four civilians were killed when insurgents raided the village of Chai in Macomia district on Saturday, burning about thirty houses and a health post, residents who fled to the district headquarters told our correspondent.

"They came in the late afternoon, shooting in the air first and then at people who were running," said one woman who reached Macomia town on foot with her three children. Two of the dead were elderly men who could not run, she said.

Meanwhile, the Defence ministry said Mozambican forces, supported by the Rwandan contingent that arrived earlier this month, had taken control of Mbau, an important insurgent base in Mocímboa da Praia district, on Sunday. The ministry did not give a toll for the operation, saying only that "several terrorists" were killed and weapons were recovered.

Local sources said the insurgents had abandoned Mbau before the troops arrived. The armed group, known locally as al-Shabaab and linked to the Islamic State, has been fighting in Cabo Delgado since October 2017.

According to the International Organization for Migration, more than 730,000 people are now displaced in northern Mozambique.
""",
events=[
    ev("Insurgents raided Chai village in Macomia district, killing four civilians and burning about thirty houses and a health post.",
       "2021-07-24", "‘on Saturday’ before the Tuesday 2021-07-27 dateline: Saturday 2021-07-24",
       "Chai", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State Mozambique", "civilians",
       4, None, None, None,
       "Four civilians were killed when insurgents raided the village of Chai in Macomia district on Saturday, burning about thirty houses and a health post"),
    ev("Mozambican forces with the Rwandan contingent took control of Mbau, an insurgent base in Mocímboa da Praia district.",
       "2021-07-25", "‘on Sunday’ before the Tuesday 2021-07-27 dateline: Sunday 2021-07-25",
       "Mbau", "Cabo Delgado", "MZ", "territory_gain", "Mozambican security forces", "Islamic State Mozambique",
       None, None, None, None,
       "the Defence ministry said Mozambican forces, supported by the Rwandan contingent that arrived earlier this month, had taken control of Mbau, an important insurgent base in Mocímboa da Praia district, on Sunday.",
       note="with Rwandan forces; 'several terrorists' killed gives null"),
],
figures=[
    fig("displaced", 730000, "northern Mozambique", "According to the International Organization for Migration, more than 730,000 people are now displaced in northern Mozambique."),
])

report("h14-11", "2022-10-05", "https://www.example-dniprodispatch.com/2022/10/05/south-front-analysis",
"""
Analysis: On the southern front, a slow Ukrainian push and nightly Russian fire

KYIV, October 5 (Dnipro Dispatch) - A month after Ukraine opened its counteroffensive in the south, the front line in Kherson region is moving village by village, while the cities behind it absorb a steady rain of Russian missiles and shells.

The General Staff said on Tuesday that Ukrainian units had retaken the village of Novovoskresenske on the Dnipro's right bank, one of several settlements recaptured along the T2207 road. It gave no date for the capture, and Russian officials did not comment.

Behind the front, the city of Nikopol, across the reservoir from the Russian-occupied Zaporizhzhia nuclear plant, was shelled again overnight into Tuesday. The regional governor said about 60 shells from Grad launchers and heavy artillery hit the city and two nearby communities, wounding three people and damaging a school, gas pipes and power lines.

In Mykolaiv, a Russian missile struck a five-storey residential building early on Tuesday, killing one man and wounding two women, the mayor said. Rescuers searched the rubble for several hours.

A costly war of positions
Military analysts say the Ukrainian advance has been slowed by the open steppe, which offers little cover, and by Russian minefields laid over the summer. Ukrainian officials have released few casualty figures, but hospitals in Mykolaiv and Kryvyi Rih report a steady flow of wounded soldiers.

Russia, which announced the annexation of four Ukrainian regions last week, has begun a mobilisation of 300,000 reservists. Ukraine's defence minister said some of them were already arriving on the southern front "without training and without equipment".

The UN human rights office has confirmed more than 6,000 civilian deaths since February 24, and says the true figure is considerably higher.
""",
events=[
    ev("Ukrainian units retook the village of Novovoskresenske in Kherson region.",
       None, "announced ‘on Tuesday’ (Tuesday 2022-10-04); the General Staff ‘gave no date for the capture’",
       "Novovoskresenske", "Kherson", "UA", "territory_gain", "Ukrainian armed forces", "Russian armed forces",
       None, None, None, None,
       "The General Staff said on Tuesday that Ukrainian units had retaken the village of Novovoskresenske on the Dnipro's right bank, one of several settlements recaptured along the T2207 road. It gave no date for the capture",
       note="other recaptured settlements not named"),
    ev("Russian artillery and Grad rockets hit Nikopol and two nearby communities overnight, wounding three people.",
       "2022-10-03", "‘overnight into Tuesday’ before the Wednesday 2022-10-05 dateline: the first night, Monday 2022-10-03",
       "Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian armed forces", "civilians",
       None, None, 3, None,
       "Behind the front, the city of Nikopol, across the reservoir from the Russian-occupied Zaporizhzhia nuclear plant, was shelled again overnight into Tuesday. The regional governor said about 60 shells from Grad launchers and heavy artillery hit the city and two nearby communities, wounding three people"),
    ev("A Russian missile struck a residential building in Mykolaiv, killing one man and wounding two women.",
       "2022-10-04", "‘early on Tuesday’ before the Wednesday 2022-10-05 dateline: Tuesday 2022-10-04",
       "Mykolaiv", "Mykolaiv", "UA", "explosion", "Russian armed forces", "civilians",
       1, None, 2, None,
       "In Mykolaiv, a Russian missile struck a five-storey residential building early on Tuesday, killing one man and wounding two women, the mayor said."),
],
figures=[
    fig("other", 60, "Nikopol", "The regional governor said about 60 shells from Grad launchers and heavy artillery hit the city and two nearby communities", note="shells in one night"),
    fig("fighters", 300000, "Russia", "has begun a mobilisation of 300,000 reservists"),
    fig("killed", 6000, "Ukraine", "The UN human rights office has confirmed more than 6,000 civilian deaths since February 24"),
])

report("h14-12", "2023-11-14", "https://www.example-niletribune.com/2023/11/14/khartoum-mayo-airstrike",
"""
Air strike on Khartoum's Mayo district kills civilians, volunteers say

PORT SUDAN, November 14 (Nile Tribune) - An air strike on a market in the Mayo neighbourhood of southern Khartoum on Sunday killed at least 11 civilians, the local emergency response room said, while residents contacted by phone put the death toll at 15.

The volunteers blamed the Sudanese army, the only side in the war with warplanes. The army did not respond to requests for comment; it has previously denied targeting civilians and says it strikes only Rapid Support Forces positions.

On Monday, shells fired by the RSF hit the Karari area of Omdurman, killing four people and wounding 10, according to a medical source at Al Nao hospital.

The war between the army and the paramilitary RSF, which began on April 15, has displaced more than six million people, according to the UN.
""",
events=[
    ev("An air strike on a market in the Mayo neighbourhood of southern Khartoum killed 11 civilians (emergency room) or 15 (residents).",
       "2023-11-12", "‘on Sunday’ before the Tuesday 2023-11-14 dateline: Sunday 2023-11-12",
       "Mayo", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       11, 15, None, None,
       "An air strike on a market in the Mayo neighbourhood of southern Khartoum on Sunday killed at least 11 civilians, the local emergency response room said, while residents contacted by phone put the death toll at 15. [...] The volunteers blamed the Sudanese army, the only side in the war with warplanes.",
       note="conflicting tolls 11 vs 15; attributed by volunteers"),
    ev("RSF shells hit the Karari area of Omdurman, killing four and wounding 10.",
       "2023-11-13", "‘On Monday’ before the Tuesday 2023-11-14 dateline: Monday 2023-11-13",
       "Karari", "Khartoum", "SD", "explosion", "Rapid Support Forces", "civilians",
       4, None, 10, None,
       "On Monday, shells fired by the RSF hit the Karari area of Omdurman, killing four people and wounding 10, according to a medical source at Al Nao hospital."),
],
figures=[
    fig("displaced", 6000000, "Sudan", "The war between the army and the paramilitary RSF, which began on April 15, has displaced more than six million people, according to the UN."),
])

report("h14-13", "2024-03-19", "https://www.example-irrawaddyreporter.com/2024/03/19/kani-airstrike",
"""
Junta air strike kills eight villagers in Sagaing's Kani Township

CHIANG MAI, March 19 (Irrawaddy Reporter) - A Myanmar military jet bombed a village in Kani Township, Sagaing Region, on Sunday, killing eight civilians including three children, a local resistance official and a relief worker said. Eleven others were injured and more than 20 houses were destroyed.

The junta has stepped up air strikes across the region since resistance forces seized several towns late last year.
""",
events=[
    ev("A Myanmar military jet bombed a village in Kani Township, killing eight civilians including three children and injuring 11.",
       "2024-03-17", "‘on Sunday’ before the Tuesday 2024-03-19 dateline: Sunday 2024-03-17",
       "Kani Township", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       8, None, 11, None,
       "A Myanmar military jet bombed a village in Kani Township, Sagaing Region, on Sunday, killing eight civilians including three children, a local resistance official and a relief worker said. Eleven others were injured"),
])

report("h14-14", "2014-08-11", "https://www.example-babylonherald.com/2014/08/11/jalawla-baghdad",
"""
Peshmerga repel IS attack near Jalawla; car bomb kills nine in Baghdad

BAGHDAD, August 11 (Babylon Herald) - Kurdish Peshmerga forces fought off an attack by Islamic State militants on their positions on the edge of Jalawla in Diyala province on Sunday, a Peshmerga commander said. Six Peshmerga were killed and 14 wounded, and about 20 militants died in the fighting, he said.

The town, about 115 km northeast of Baghdad, has been contested since the militants swept through much of northern Iraq in June.

In the capital, a car bomb exploded near a row of shops in the New Baghdad district on Monday morning, killing nine people and wounding 23, police and hospital sources said. The Interior Ministry gave a lower toll of six dead. No group claimed the bombing.

The United Nations says about 200,000 people have fled Sinjar and surrounding areas in the past ten days.
""",
events=[
    ev("Islamic State attacked Peshmerga positions on the edge of Jalawla; six Peshmerga and about 20 militants killed, 14 Peshmerga wounded.",
       "2014-08-10", "‘on Sunday’ before the Monday 2014-08-11 dateline: Sunday 2014-08-10",
       "Jalawla", "Diyala", "IQ", "battle", "Islamic State", "Peshmerga",
       26, None, 14, None,
       "Kurdish Peshmerga forces fought off an attack by Islamic State militants on their positions on the edge of Jalawla in Diyala province on Sunday, a Peshmerga commander said. Six Peshmerga were killed and 14 wounded, and about 20 militants died in the fighting, he said.",
       note="26 = 6 Peshmerga + about 20 militants (Peshmerga count)"),
    ev("A car bomb exploded near shops in the New Baghdad district, killing nine (police and hospital) or six (Interior Ministry) and wounding 23.",
       "2014-08-11", "‘on Monday morning’, the Monday 2014-08-11 of the dateline",
       "New Baghdad", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       6, 9, 23, None,
       "a car bomb exploded near a row of shops in the New Baghdad district on Monday morning, killing nine people and wounding 23, police and hospital sources said. The Interior Ministry gave a lower toll of six dead.",
       note="conflicting tolls 6 vs 9; no claim"),
],
figures=[
    fig("displaced", 200000, "Sinjar", "The United Nations says about 200,000 people have fled Sinjar and surrounding areas in the past ten days."),
])

report("h14-15", "2016-05-24", "https://www.example-cyrenaicaobserver.com/2016/05/24/ganfouda-clashes",
"""
Five soldiers killed in Benghazi's Ganfouda clashes

BENGHAZI, May 24 (Cyrenaica Observer) - Five soldiers of the Libyan army were killed and 12 wounded in clashes with Islamist fighters in the Ganfouda district of western Benghazi on Monday, a spokesman for the Benghazi Medical Centre said.

Army units loyal to General Khalifa Haftar have been besieging the district, one of the last holdouts of the Benghazi Revolutionaries Shura Council, for months.
""",
events=[
    ev("Libyan army soldiers clashed with Islamist fighters in Ganfouda, western Benghazi; five soldiers killed and 12 wounded.",
       "2016-05-23", "‘on Monday’ before the Tuesday 2016-05-24 dateline: Monday 2016-05-23",
       "Ganfouda", "Benghazi", "LY", "battle", "Libyan government forces", "Islamist militants",
       5, None, 12, None,
       "Five soldiers of the Libyan army were killed and 12 wounded in clashes with Islamist fighters in the Ganfouda district of western Benghazi on Monday, a spokesman for the Benghazi Medical Centre said.",
       note="Haftar-led army besieging the Shura Council; who opened fire not stated"),
])

report("h14-16", "2018-09-12", "https://www.example-tripolipost.com/2018/09/12/ceasefire-holds",
"""
Tripoli ceasefire holds for a second week as militias dig in

TRIPOLI, September 12 (Tripoli Post) - The ceasefire brokered by the UN mission in Libya held for a second week on Wednesday, and shops and schools reopened in the southern suburbs that saw the worst of last month's street battles between rival armed groups.

Under the deal, the Seventh Brigade from Tarhuna and the Tripoli militias it fought are to pull back from front lines around the airport road and Salah al-Din, and a committee of army officers is to monitor the withdrawal. Diplomats say the agreement remains fragile: heavy weapons have been moved, not removed, and commanders on both sides have warned they will resume fighting if the other side advances.

The health ministry says 115 people were killed and more than 380 wounded in the fighting that broke out on August 26. More than 5,000 families fled their homes, and several hundred migrants escaped from a detention centre when guards abandoned it.

"The guns are silent, but nobody has surrendered anything," said a resident of Abu Salim who returned home this week to find his apartment hit by a rocket.
""",
country_hint="LY",
figures=[
    fig("killed", 115, "Tripoli", "The health ministry says 115 people were killed and more than 380 wounded in the fighting that broke out on August 26."),
    fig("wounded", 380, "Tripoli", "The health ministry says 115 people were killed and more than 380 wounded in the fighting that broke out on August 26."),
    fig("displaced", 5000, "Tripoli", "More than 5,000 families fled their homes", note="families"),
])

report("h14-17", "2020-01-28", "https://www.example-sahelstandard.com/2020/01/28/borno-week-of-attacks",
"""
Borno: a week of ambushes, abductions and a market bombing

MAIDUGURI, January 28 (Sahel Standard) - Three soldiers were killed when Boko Haram insurgents ambushed a military convoy near Jakana on the Maiduguri-Damaturu highway on Saturday, the army said, adding that troops "neutralised" nine of the attackers and recovered two gun trucks.

In a statement, the army spokesman said the convoy was moving reinforcements to Damaturu when it came under fire from both sides of the road. Four soldiers were wounded and have been evacuated to the military hospital in Maiduguri. The ISWAP faction of the group later claimed in a statement to have killed "dozens of apostates".

The highway was closed for several hours on Sunday evening, when gunmen in military uniforms mounted a fake checkpoint near Auno, about 20 km west of Maiduguri, and abducted 11 travellers from two commercial buses, a transport union official said. The passengers were taken into the bush. A similar abduction at Auno last month ended with four hostages being killed.

A suicide bomber at Konduga market
On Monday afternoon, a female suicide bomber blew herself up at the entrance to the weekly market in Konduga, 35 km southeast of Maiduguri, killing four people and herself and injuring 15, according to the Civilian Joint Task Force. A police spokesman confirmed the attack but put the number of injured at 12.

"She was stopped at the gate by our boys and she detonated there," a CJTF member said. "If she had entered the market it would have been a massacre."

Background
The insurgency that began in 2009 has killed more than 30,000 people and displaced some two million in the northeast, according to the UN. In recent months the Islamic State-backed faction has shifted to targeting military bases and highways, while the faction loyal to Abubakar Shekau continues to send suicide bombers, often young women, into markets and camps.

The military says it has reclaimed most of the territory the insurgents held in 2014 and 2015, but travellers on the main roads out of Maiduguri now move only in escorted convoys.
""",
events=[
    ev("Boko Haram insurgents ambushed a military convoy near Jakana on the Maiduguri-Damaturu highway; three soldiers and nine attackers killed, four soldiers wounded.",
       "2020-01-25", "‘on Saturday’ before the Tuesday 2020-01-28 dateline: Saturday 2020-01-25",
       "Jakana", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
       12, None, 4, None,
       "Three soldiers were killed when Boko Haram insurgents ambushed a military convoy near Jakana on the Maiduguri-Damaturu highway on Saturday, the army said, adding that troops \"neutralised\" nine of the attackers and recovered two gun trucks. [...] Four soldiers were wounded",
       note="12 = 3 soldiers + 9 insurgents (army count); ISWAP claim of 'dozens' not used"),
    ev("Gunmen in military uniforms mounted a fake checkpoint near Auno and abducted 11 travellers from two buses.",
       "2020-01-26", "‘on Sunday evening’ before the Tuesday 2020-01-28 dateline: Sunday 2020-01-26",
       "Auno", "Borno", "NG", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "when gunmen in military uniforms mounted a fake checkpoint near Auno, about 20 km west of Maiduguri, and abducted 11 travellers from two commercial buses, a transport union official said.",
       note="abduction of 11"),
    ev("A female suicide bomber blew herself up at the entrance to Konduga market, killing four people and herself; 15 injured (CJTF) or 12 (police).",
       "2020-01-27", "‘On Monday afternoon’ before the Tuesday 2020-01-28 dateline: Monday 2020-01-27",
       "Konduga market", "Borno", "NG", "explosion", "unknown", "civilians",
       5, None, 12, 15,
       "On Monday afternoon, a female suicide bomber blew herself up at the entrance to the weekly market in Konduga, 35 km southeast of Maiduguri, killing four people and herself and injuring 15, according to the Civilian Joint Task Force. A police spokesman confirmed the attack but put the number of injured at 12.",
       note="5 = 4 people + the bomber; wounded conflicting 12 vs 15; the bomber's group is not named"),
],
figures=[
    fig("killed", 30000, "northeast Nigeria", "The insurgency that began in 2009 has killed more than 30,000 people and displaced some two million in the northeast, according to the UN."),
    fig("displaced", 2000000, "northeast Nigeria", "The insurgency that began in 2009 has killed more than 30,000 people and displaced some two million in the northeast, according to the UN."),
])

report("h14-18", "2021-03-30", "https://www.example-kivumatin.com/en/2021/03/30/mbau-adf-night-attack",
"""
Beni territory: nine civilians killed in night attack near Mbau, civil society counts twelve

BENI, March 30 (Kivu Matin) - Nine civilians were killed in a night attack attributed to ADF rebels on the outskirts of Mbau, in Beni territory, between Saturday and Sunday, the territory administrator said. Civil society in Beni-Mbau counted twelve bodies and said several people were missing.

According to witnesses, the assailants came from the forest of Mayangose and attacked with machetes and guns before setting fire to several houses. The victims included three women.

On Monday, ADF fighters attacked an army position near Mayimoya, on the Mbau-Kamango road. Four of the assailants were killed in the exchange of fire and two weapons recovered, while one soldier was wounded, the army spokesman for Operation Sokola 1 said.

The population of Mbau organised a ville morte day on Monday to protest against insecurity.
""",
events=[
    ev("ADF rebels attacked the outskirts of Mbau overnight with machetes and guns, killing nine civilians (administrator) or twelve (civil society).",
       "2021-03-27", "‘between Saturday and Sunday’ (night attack) before the Tuesday 2021-03-30 dateline: the first night, Saturday 2021-03-27",
       "outskirts of Mbau", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       9, 12, None, None,
       "Nine civilians were killed in a night attack attributed to ADF rebels on the outskirts of Mbau, in Beni territory, between Saturday and Sunday, the territory administrator said. Civil society in Beni-Mbau counted twelve bodies",
       note="conflicting tolls 9 vs 12"),
    ev("ADF fighters attacked an army position near Mayimoya on the Mbau-Kamango road; four assailants killed, one soldier wounded.",
       "2021-03-29", "‘On Monday’ before the Tuesday 2021-03-30 dateline: Monday 2021-03-29",
       "Mayimoya", "North Kivu", "CD", "battle", "ADF", "Congolese security forces",
       4, None, 1, None,
       "On Monday, ADF fighters attacked an army position near Mayimoya, on the Mbau-Kamango road. Four of the assailants were killed in the exchange of fire and two weapons recovered, while one soldier was wounded",
       note="toll from the army, the side attacked"),
])
# ---------------------------------------------------------------------------
# h14-19 .. h14-27
# ---------------------------------------------------------------------------

report("h14-19", "2022-04-13", "https://www.example-horncurrent.com/2022/04/13/afgooye-roadside-bomb",
"""
Roadside bomb kills three soldiers near Afgooye

MOGADISHU, April 13 (Horn Current) - Three Somali soldiers were killed and two others wounded when a roadside bomb struck their pickup on the outskirts of Afgooye, in Lower Shabelle region, on Tuesday, a military officer said.

Al-Shabaab claimed the attack on its Andalus radio, saying seven soldiers had died.
""",
events=[
    ev("A roadside bomb struck an army pickup on the outskirts of Afgooye, killing three soldiers and wounding two.",
       "2022-04-12", "‘on Tuesday’ before the Wednesday 2022-04-13 dateline: Tuesday 2022-04-12",
       "outskirts of Afgooye", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
       3, None, 2, None,
       "Three Somali soldiers were killed and two others wounded when a roadside bomb struck their pickup on the outskirts of Afgooye, in Lower Shabelle region, on Tuesday, a military officer said. [...] Al-Shabaab claimed the attack",
       note="al-Shabaab's claimed toll of seven not used"),
])

report("h14-20", "2023-02-07", "https://www.example-nigerdiffusion.com/en/2023/02/07/banibangou-ambush-communique",
"""
Tillabéri: ten soldiers killed in ambush near Banibangou, says Defence ministry

NIAMEY, February 7 (Niger Diffusion) - Ten soldiers of the Nigerien Armed Forces were killed and eight wounded on Friday when their unit was ambushed about 20 km north of Banibangou, in the Tillabéri region, the Ministry of National Defence said in a communiqué read on national television on Monday evening.

The unit, which was on a reconnaissance mission near the border with Mali, came under fire from "several dozen terrorists" on motorcycles. The ministry said air support was called in and "dozens of terrorists were neutralised", without giving a figure. Two soldiers are still missing, it added.

In the same communiqué, the ministry said that operations conducted in the department of Ouallam over the past two weeks had led to the arrest of 14 suspects, among them two presumed logistics suppliers of the armed groups.

The area where Niger, Mali and Burkina Faso meet has become the epicentre of violence by groups linked to al-Qaeda and the Islamic State.
""",
events=[
    ev("Nigerien soldiers on reconnaissance were ambushed about 20 km north of Banibangou; ten soldiers killed, eight wounded, two missing.",
       "2023-02-03", "‘on Friday’ in a communiqué read ‘on Monday evening’, dateline Tuesday 2023-02-07: Friday 2023-02-03",
       "about 20 km north of Banibangou", "Tillabéri", "NE", "battle", "militants (unidentified)", "Nigerien security forces",
       10, None, 8, None,
       "Ten soldiers of the Nigerien Armed Forces were killed and eight wounded on Friday when their unit was ambushed about 20 km north of Banibangou, in the Tillabéri region",
       note="'dozens of terrorists neutralised' gives no count; two soldiers missing"),
    ev("Operations in the department of Ouallam over two weeks led to the arrest of 14 suspects.",
       None, "‘over the past two weeks’; no day",
       "Ouallam", "Tillabéri", "NE", "arrest", "Nigerien security forces", "militants (unidentified)",
       None, None, None, None,
       "operations conducted in the department of Ouallam over the past two weeks had led to the arrest of 14 suspects, among them two presumed logistics suppliers of the armed groups.",
       arrested=14, optional=True),
])

report("h14-21", "2024-06-04", "https://www.example-gazabulletin.com/2024/06/04/bani-suheila-strike",
"""
Israeli strike on house east of Khan Younis kills seven, medics say

KHAN YOUNIS, June 4 (Gaza Bulletin) - An Israeli air strike on a house in Bani Suheila, east of Khan Younis, killed seven people, three of them children, late on Monday night, medics at Nasser Hospital said.

The Israeli military said it was looking into the report.
""",
events=[
    ev("An Israeli air strike on a house in Bani Suheila, east of Khan Younis, killed seven people including three children.",
       "2024-06-03", "‘late on Monday night’ before the Tuesday 2024-06-04 dateline: Monday 2024-06-03",
       "Bani Suheila", "Khan Younis", "PS", "explosion", "Israeli armed forces", "civilians",
       7, None, None, None,
       "An Israeli air strike on a house in Bani Suheila, east of Khan Younis, killed seven people, three of them children, late on Monday night, medics at Nasser Hospital said."),
])

report("h14-22", "2015-10-26", "https://www.example-helmandtimes.com/2015/10/26/nad-ali-checkpoints",
"""
Taliban overrun police posts in Nad Ali as Helmand fighting spreads

LASHKAR GAH, October 26 (Helmand Times) - Taliban fighters overran three police checkpoints in the Nad Ali district of Helmand province on Saturday, killing eight policemen, the provincial police chief's spokesman said. Five other policemen were taken prisoner, according to a tribal elder in the district.

The next day, Afghan air force helicopters struck Taliban positions in the Marjah district, killing 14 insurgents, the Ministry of Defence said in a statement. The Taliban denied losing any fighters.

Helmand, the country's largest opium-producing province, has seen heavy fighting since the end of the NATO combat mission last year. A provincial council member said the government now controlled little more than the district centres in several districts. "Every week we lose another post," he said.

Afghan police and soldiers have suffered record casualties this year; a NATO commander said in September that deaths among the security forces had risen by more than half compared with 2014.
""",
events=[
    ev("Taliban fighters overran three police checkpoints in Nad Ali district, killing eight policemen and taking five prisoner.",
       "2015-10-24", "‘on Saturday’ before the Monday 2015-10-26 dateline: Saturday 2015-10-24",
       "Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       8, None, None, None,
       "Taliban fighters overran three police checkpoints in the Nad Ali district of Helmand province on Saturday, killing eight policemen, the provincial police chief's spokesman said. Five other policemen were taken prisoner"),
    ev("Afghan air force helicopters struck Taliban positions in Marjah district, killing 14 insurgents according to the Ministry of Defence, which the Taliban denied.",
       "2015-10-25", "‘The next day’ after the Nad Ali attack of Saturday 2015-10-24: Sunday 2015-10-25",
       "Marjah", "Helmand", "AF", "explosion", "Afghan security forces", "Taliban",
       None, None, None, None,
       "The next day, Afghan air force helicopters struck Taliban positions in the Marjah district, killing 14 insurgents, the Ministry of Defence said in a statement.",
       note="14 is the attacking side's own claim, denied by the Taliban: not used"),
])

report("h14-23", "2017-08-30", "https://www.example-euphratesmonitor.com/2017/08/30/raqqa-old-city-nahda",
"""
Raqqa: SDF take Nahda district as civilians die under strikes and sniper fire

BEIRUT, August 30 (Euphrates Monitor) - The US-backed Syrian Democratic Forces captured the Nahda district in the west of Raqqa on Monday, tightening the noose around Islamic State fighters holed up in the centre of their former capital, a spokesman for the alliance said.

The SDF, a Kurdish-led alliance that entered Raqqa in early June, now controls around 60 percent of the city, according to the Syrian Observatory for Human Rights. The spokesman said fighters had cleared the district's main hospital and were advancing toward the Old City walls.

Civilians under fire
Air strikes on the al-Badu neighbourhood on Saturday killed 13 civilians, among them six children, the Observatory said. A local activist group that documents the war in the city said 19 civilians had died in the same strikes. The US-led coalition, which provides air support to the SDF, said it was assessing the reports.

On Sunday, Islamic State snipers shot dead three civilians who were trying to escape across the Euphrates river south of the city, according to the Observatory.

The coalition says it takes "extraordinary measures" to avoid harm to civilians, but monitors say August has been one of the deadliest months for non-combatants since the battle began.

Trapped inside
The United Nations estimates that up to 25,000 civilians remain trapped in the parts of Raqqa still held by the jihadists, with little food, water or medical care. Those who manage to escape are taken to screening points run by the SDF and then to camps in Ain Issa and elsewhere.

The SDF's offensive on Raqqa, backed by coalition air strikes and special forces, was launched in November last year with the isolation of the city. The Islamic State group seized Raqqa in 2014 and made it the de facto capital of its self-declared caliphate.

Further east, Syrian government forces supported by Russian air power are pushing toward the besieged city of Deir ez-Zor, where Islamic State has encircled a government enclave since 2015.
""",
events=[
    ev("The Syrian Democratic Forces captured the Nahda district in the west of Raqqa from Islamic State.",
       "2017-08-28", "‘on Monday’ before the Wednesday 2017-08-30 dateline: Monday 2017-08-28",
       "Nahda", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The US-backed Syrian Democratic Forces captured the Nahda district in the west of Raqqa on Monday, tightening the noose around Islamic State fighters holed up in the centre of their former capital"),
    ev("Air strikes on the al-Badu neighbourhood of Raqqa killed 13 civilians (SOHR) or 19 (local activists).",
       "2017-08-26", "‘on Saturday’ before the Wednesday 2017-08-30 dateline: Saturday 2017-08-26",
       "al-Badu", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
       13, 19, None, None,
       "Air strikes on the al-Badu neighbourhood on Saturday killed 13 civilians, among them six children, the Observatory said. A local activist group that documents the war in the city said 19 civilians had died in the same strikes. The US-led coalition, which provides air support to the SDF, said it was assessing the reports.",
       note="conflicting tolls 13 vs 19; the air force is not named outright, but the coalition is the only one flying over Raqqa and is assessing the reports"),
    ev("Islamic State snipers shot dead three civilians trying to escape across the Euphrates south of Raqqa.",
       "2017-08-27", "‘On Sunday’ before the Wednesday 2017-08-30 dateline: Sunday 2017-08-27",
       "Euphrates river south of Raqqa", "Raqqa", "SY", "attack_on_civilians", "Islamic State", "civilians",
       3, None, None, None,
       "On Sunday, Islamic State snipers shot dead three civilians who were trying to escape across the Euphrates river south of the city, according to the Observatory."),
],
figures=[
    fig("civilians_trapped", 25000, "Raqqa", "The United Nations estimates that up to 25,000 civilians remain trapped in the parts of Raqqa still held by the jihadists"),
    fig("other", 60, "Raqqa", "now controls around 60 percent of the city", note="percent of the city held by the SDF"),
])

report("h14-24", "2019-04-09", "https://www.example-libyaheraldwire.com/2019/04/09/ain-zara-clashes",
"""
Heavy clashes in Ain Zara as Haftar's forces press on southern Tripoli

TRIPOLI, April 9 (Libya Herald Wire) - Forces of the Libyan National Army (LNA) commanded by Khalifa Haftar clashed with fighters loyal to the UN-backed Government of National Accord in the Ain Zara district of southern Tripoli on Sunday, in some of the fiercest fighting since the offensive on the capital began last week.

The GNA health ministry said nine people, among them a doctor and two civilians, were killed in Ain Zara and 27 wounded. The LNA said it had lost four fighters there but gave no further details.

On Monday, an LNA warplane struck a GNA position near the old Tripoli International Airport, the LNA media office said. The GNA said nobody was hurt in the strike.

The UN says more than 3,400 people have fled the fighting in the southern suburbs since Thursday.
""",
events=[
    ev("LNA forces clashed with GNA-aligned fighters in Ain Zara, southern Tripoli; nine killed and 27 wounded according to the GNA health ministry.",
       "2019-04-07", "‘on Sunday’ before the Tuesday 2019-04-09 dateline: Sunday 2019-04-07",
       "Ain Zara", "Tripoli", "LY", "battle", "Libyan National Army", "Government of National Accord forces",
       9, None, 27, None,
       "Forces of the Libyan National Army (LNA) commanded by Khalifa Haftar clashed with fighters loyal to the UN-backed Government of National Accord in the Ain Zara district of southern Tripoli on Sunday [...] The GNA health ministry said nine people, among them a doctor and two civilians, were killed in Ain Zara and 27 wounded.",
       note="LNA says it lost four there; whether they are part of the nine is not clear, so the ministry total stands"),
    ev("An LNA warplane struck a GNA position near the old Tripoli International Airport; the GNA said nobody was hurt.",
       "2019-04-08", "‘On Monday’ before the Tuesday 2019-04-09 dateline: Monday 2019-04-08",
       "old Tripoli International Airport", "Tripoli", "LY", "explosion", "Libyan National Army", "Government of National Accord forces",
       0, None, 0, None,
       "On Monday, an LNA warplane struck a GNA position near the old Tripoli International Airport, the LNA media office said. The GNA said nobody was hurt in the strike."),
],
figures=[
    fig("displaced", 3400, "southern Tripoli", "The UN says more than 3,400 people have fled the fighting in the southern suburbs since Thursday."),
])

report("h14-25", "2020-11-18", "https://www.example-hornanalyst.com/2020/11/18/tigray-korem-analysis",
"""
Tigray conflict: federal troops take Korem as refugees pour into Sudan

ADDIS ABABA, November 18 (Horn Analyst) - Ethiopian federal forces have captured the town of Korem in the south of Tigray region, the government's emergency task force said on Wednesday, two weeks into a military campaign against the region's ruling party that has already driven tens of thousands of people across the border into Sudan.

The task force said troops entered Korem on Tuesday after fighting on the heights above the town, and were advancing north along the main road toward Mekelle, the regional capital. It did not give casualty figures. The Tigray People's Liberation Front (TPLF) said its forces had withdrawn "to avoid civilian losses".

Communications in Tigray have been cut since the fighting began on November 4, making claims from either side difficult to verify.

Air strikes near Mekelle
The TPLF said on Monday that federal warplanes had bombed an area on the outskirts of Mekelle, killing two civilians. The government said its air force struck only military targets, including weapons depots. The TPLF did not say on which day the strike took place.

In Amhara region, regional officials said rockets fired from Tigray landed near the airport in the city of Gondar on Saturday night, causing minor damage. No casualties were reported.

A war with deep roots
Prime Minister Abiy Ahmed ordered the offensive after accusing the TPLF of attacking a federal army base in the region, charges the party denies. Tensions had been growing since Tigray held its own regional election in September in defiance of the federal government, which had postponed national polls because of the pandemic.

The TPLF dominated Ethiopia's ruling coalition for almost three decades before Abiy came to power in 2018. Analysts warn that a prolonged war could draw in neighbouring Eritrea and destabilise the wider Horn of Africa.

Sudan's refugee agency says more than 27,000 Ethiopians have crossed into its eastern states since the fighting began, most of them through the Hamdayet border crossing. Aid agencies say they are preparing for up to 200,000 arrivals.
""",
events=[
    ev("Ethiopian federal forces captured the town of Korem in southern Tigray after fighting on the heights above it.",
       "2020-11-17", "‘on Tuesday’ before the Wednesday 2020-11-18 dateline: Tuesday 2020-11-17",
       "Korem", "Tigray", "ET", "territory_gain", "Ethiopian security forces", "TPLF",
       None, None, None, None,
       "Ethiopian federal forces have captured the town of Korem in the south of Tigray region [...] The task force said troops entered Korem on Tuesday after fighting on the heights above the town"),
    ev("Federal warplanes bombed an area on the outskirts of Mekelle, killing two civilians according to the TPLF.",
       None, "said ‘on Monday’ (Monday 2020-11-16); ‘The TPLF did not say on which day the strike took place’",
       "outskirts of Mekelle", "Tigray", "ET", "explosion", "Ethiopian security forces", "civilians",
       2, None, None, None,
       "The TPLF said on Monday that federal warplanes had bombed an area on the outskirts of Mekelle, killing two civilians.",
       note="toll from the TPLF, the victims' side"),
    ev("Rockets fired from Tigray landed near the airport in Gondar, causing minor damage and no casualties.",
       "2020-11-14", "‘on Saturday night’ before the Wednesday 2020-11-18 dateline: Saturday 2020-11-14",
       "Gondar airport", "Amhara", "ET", "explosion", "TPLF", "none",
       0, None, 0, None,
       "In Amhara region, regional officials said rockets fired from Tigray landed near the airport in the city of Gondar on Saturday night, causing minor damage. No casualties were reported.",
       note="the report says only 'fired from Tigray'; the TPLF is the armed side there"),
],
figures=[
    fig("displaced", 27000, "Sudan", "Sudan's refugee agency says more than 27,000 Ethiopians have crossed into its eastern states since the fighting began"),
])

report("h14-26", "2021-10-12", "https://www.example-norteinformativo.com/en/2021/10/12/fresnillo-police-ambush",
"""
Two state police officers shot dead in Fresnillo

ZACATECAS, October 12 (Norte Informativo) - Gunmen opened fire on a Zacatecas state police patrol on a rural road outside Fresnillo on Monday afternoon, killing two officers and wounding a third, the state security secretariat said.

The attackers fled in two pickup trucks. Fresnillo has been one of the most violent cities in Mexico this year as cartels fight over drug routes to the United States.
""",
events=[
    ev("Gunmen fired on a state police patrol on a rural road outside Fresnillo, killing two officers and wounding one.",
       "2021-10-11", "‘on Monday afternoon’ before the Tuesday 2021-10-12 dateline: Monday 2021-10-11",
       "outside Fresnillo", "Zacatecas", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       2, None, 1, None,
       "Gunmen opened fire on a Zacatecas state police patrol on a rural road outside Fresnillo on Monday afternoon, killing two officers and wounding a third, the state security secretariat said."),
])

report("h14-27", "2022-12-06", "https://www.example-mogadishuobserver.com/2022/12/06/offensive-second-phase",
"""
Somalia's offensive against al-Shabaab: what the second phase will need

MOGADISHU, December 6 (Mogadishu Observer) - Four months into the government's offensive against al-Shabaab in central Somalia, officials say the campaign is ready to move south, but commanders and analysts warn that holding the ground already taken will be harder than taking it.

Since August, government troops fighting alongside clan militias known as Macawisley have pushed the militants out of dozens of villages in Hiiraan and Middle Shabelle. The information ministry says more than 60 towns and villages have been retaken. Al-Shabaab has answered with suicide bombings and ambushes on supply lines, and with the destruction of wells and telecommunications masts in the areas it abandoned.

"The militias know the terrain, but they are not paid and they are not an army," said a former defence official. "If the government cannot bring police, courts and services, al-Shabaab will come back through the same door."

The second phase is expected to target Galmudug and the southern regions, with troops from Djibouti, Ethiopia and Kenya. The African Union mission, now called ATMIS, is due to withdraw 2,000 soldiers by the end of the year.

Humanitarian agencies say more than 1.3 million Somalis have been displaced this year by drought and conflict combined.
""",
country_hint="SO",
figures=[
    fig("districts_retaken", 60, "Hiiraan and Middle Shabelle", "The information ministry says more than 60 towns and villages have been retaken."),
    fig("fighters", 2000, "Somalia", "is due to withdraw 2,000 soldiers by the end of the year", note="ATMIS soldiers to withdraw"),
    fig("displaced", 1300000, "Somalia", "Humanitarian agencies say more than 1.3 million Somalis have been displaced this year by drought and conflict combined."),
])
# ---------------------------------------------------------------------------
# h14-28 .. h14-36
# ---------------------------------------------------------------------------

report("h14-28", "2023-08-22", "https://www.example-quettaledger.com/2023/08/22/balochistan-security-roundup",
"""
Balochistan: FC convoy ambushed in Panjgur, grenade blast in Quetta, CTD arrests in Mastung

QUETTA, August 22 (Quetta Ledger) - Four Frontier Corps personnel were martyred when militants ambushed a convoy in the Paroom area of Panjgur district on Sunday, the military's media wing said in a statement. Two of the attackers were killed in the exchange of fire, and two soldiers were injured.

The banned Baloch Liberation Army claimed responsibility for the attack in a message to journalists, saying its fighters had killed eleven soldiers. The military rejected the claim as "propaganda".

Grenade thrown at shop on Sariab Road
In Quetta, five people, among them a child, were injured on Monday evening when unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop on Sariab Road, police said. The shop owner had reportedly received threats for refusing to pay extortion money.

Suspects held in Mastung
The Counter Terrorism Department said it had arrested three suspected militants in an intelligence-based operation in Mastung district on Saturday and recovered explosives, detonators and a suicide vest. A CTD spokesman said the men belonged to the Islamic State's Pakistan chapter and had been planning an attack on a political gathering.

A province on edge
Balochistan, Pakistan's largest and poorest province, has seen a sharp rise in attacks on security forces since the Tehreek-e-Taliban Pakistan ended its ceasefire with the government last November. Baloch separatist groups, which accuse Islamabad of exploiting the province's gas and minerals, have also stepped up operations.

According to an Islamabad-based think tank, 286 people were killed in militant violence across the country in July alone, the highest monthly figure in several years. Balochistan and Khyber Pakhtunkhwa accounted for most of the attacks.

Officials say the elections expected later this year will require the deployment of thousands of additional troops in the province.
""",
events=[
    ev("Militants ambushed a Frontier Corps convoy in the Paroom area of Panjgur; four FC personnel and two attackers killed, two soldiers injured; the BLA claimed it.",
       "2023-08-20", "‘on Sunday’ before the Tuesday 2023-08-22 dateline: Sunday 2023-08-20",
       "Paroom", "Balochistan", "PK", "battle", "Baloch Liberation Army", "Pakistani security forces",
       6, None, 2, None,
       "Four Frontier Corps personnel were martyred when militants ambushed a convoy in the Paroom area of Panjgur district on Sunday, the military's media wing said in a statement. Two of the attackers were killed in the exchange of fire, and two soldiers were injured. [...] The banned Baloch Liberation Army claimed responsibility for the attack",
       note="6 = 4 FC + 2 attackers; the BLA's claimed eleven not used"),
    ev("Unidentified men on a motorcycle threw a grenade at a mobile phone shop on Sariab Road, Quetta, injuring five including a child.",
       "2023-08-21", "‘on Monday evening’ before the Tuesday 2023-08-22 dateline: Monday 2023-08-21",
       "Sariab Road", "Balochistan", "PK", "explosion", "militants (unidentified)", "civilians",
       None, None, 5, None,
       "In Quetta, five people, among them a child, were injured on Monday evening when unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop on Sariab Road, police said."),
    ev("The CTD arrested three suspected Islamic State militants in Mastung district and recovered explosives and a suicide vest.",
       "2023-08-19", "‘on Saturday’ before the Tuesday 2023-08-22 dateline: Saturday 2023-08-19",
       "Mastung", "Balochistan", "PK", "arrest", "Pakistani security forces", "Islamic State",
       None, None, None, None,
       "The Counter Terrorism Department said it had arrested three suspected militants in an intelligence-based operation in Mastung district on Saturday and recovered explosives, detonators and a suicide vest.",
       arrested=3),
],
figures=[
    fig("killed", 286, "Pakistan", "286 people were killed in militant violence across the country in July alone"),
])

report("h14-29", "2024-10-15", "https://www.example-levantnewsline.com/2024/10/15/south-lebanon-strikes",
"""
Israeli strike on Kfar Roummane house kills six; Hezbollah reports clashes at the border

BEIRUT, October 15 (Levant Newsline) - An Israeli air strike on a house in the town of Kfar Roummane, near Nabatieh, killed six people on Monday, among them two women, Lebanon's health ministry said. Nine people were wounded.

The Israeli military said it had struck "Hezbollah terrorist infrastructure" in the area and did not comment on casualties.

Hezbollah said its fighters had confronted Israeli troops trying to advance toward the border village of Ramyah on Sunday, and claimed to have destroyed two tanks and inflicted "certain casualties". The Israeli army said one soldier was killed in southern Lebanon on Sunday without saying where.

The health ministry says more than 2,300 people have been killed in Lebanon since the cross-border hostilities began a year ago, most of them in the past four weeks. The government estimates that some 1.2 million people have been displaced.
""",
events=[
    ev("An Israeli air strike on a house in Kfar Roummane near Nabatieh killed six people and wounded nine.",
       "2024-10-14", "‘on Monday’ before the Tuesday 2024-10-15 dateline: Monday 2024-10-14",
       "Kfar Roummane", "Nabatieh", "LB", "explosion", "Israeli armed forces", "civilians",
       6, None, 9, None,
       "An Israeli air strike on a house in the town of Kfar Roummane, near Nabatieh, killed six people on Monday, among them two women, Lebanon's health ministry said. Nine people were wounded."),
    ev("Hezbollah fighters confronted Israeli troops advancing toward the border village of Ramyah.",
       "2024-10-13", "‘on Sunday’ before the Tuesday 2024-10-15 dateline: Sunday 2024-10-13",
       "Ramyah", "Nabatieh", "LB", "battle", "Hezbollah", "Israeli armed forces",
       None, None, None, None,
       "Hezbollah said its fighters had confronted Israeli troops trying to advance toward the border village of Ramyah on Sunday, and claimed to have destroyed two tanks and inflicted \"certain casualties\".",
       note="Hezbollah claim only; the Israeli soldier killed 'without saying where' is not tied to Ramyah", optional=True),
],
figures=[
    fig("killed", 2300, "Lebanon", "The health ministry says more than 2,300 people have been killed in Lebanon since the cross-border hostilities began a year ago"),
    fig("displaced", 1200000, "Lebanon", "The government estimates that some 1.2 million people have been displaced."),
])

report("h14-30", "2014-11-24", "https://www.example-donbasexpress.com/2014/11/24/kyivskyi-shelling",
"""
Two civilians killed as shells hit Donetsk's Kyivskyi district

DONETSK, November 24 (Donbas Express) - Two civilians were killed and four wounded when shells hit a residential street in the Kyivskyi district of Donetsk on Sunday, the city council said. The separatist authorities blamed the Ukrainian army; Kyiv said the rebels had fired on the area themselves.

Fighting around the city's airport continued despite the ceasefire agreed in Minsk in September.
""",
events=[
    ev("Shells hit a residential street in the Kyivskyi district of Donetsk, killing two civilians and wounding four; each side blamed the other.",
       "2014-11-23", "‘on Sunday’ before the Monday 2014-11-24 dateline: Sunday 2014-11-23",
       "Kyivskyi district", "Donetsk", "UA", "explosion", "unknown", "civilians",
       2, None, 4, None,
       "Two civilians were killed and four wounded when shells hit a residential street in the Kyivskyi district of Donetsk on Sunday, the city council said. The separatist authorities blamed the Ukrainian army; Kyiv said the rebels had fired on the area themselves.",
       note="attribution disputed"),
])

report("h14-31", "2016-02-16", "https://www.example-mindanaocourier.com/2016/02/16/tipo-tipo-clash",
"""
3 soldiers, 6 Abu Sayyaf killed in Basilan clash

ZAMBOANGA CITY, February 16 (Mindanao Courier) - Three soldiers and six members of the Abu Sayyaf Group were killed in a firefight in the hinterlands of Tipo-Tipo town, Basilan, on Sunday, the military's Western Mindanao Command said.

Five soldiers were wounded in the encounter, which lasted about two hours. Troops of the Army's 4th Special Forces Battalion were on a combat patrol when they came upon some 40 bandits led by a sub-leader of the group, a command spokesman said. The bodies of the six fighters were recovered along with several high-powered firearms.

The military has been pursuing Abu Sayyaf factions in Basilan since an offensive was launched in January. Separately, police said a suspected bomb maker of the group had been arrested in Isabela City, but did not say when.
""",
events=[
    ev("Army special forces on patrol fought about 40 Abu Sayyaf fighters in the hinterlands of Tipo-Tipo; three soldiers and six Abu Sayyaf killed, five soldiers wounded.",
       "2016-02-14", "‘on Sunday’ before the Tuesday 2016-02-16 dateline: Sunday 2016-02-14",
       "Tipo-Tipo", "Basilan", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       9, None, 5, None,
       "Three soldiers and six members of the Abu Sayyaf Group were killed in a firefight in the hinterlands of Tipo-Tipo town, Basilan, on Sunday, the military's Western Mindanao Command said.\n\nFive soldiers were wounded in the encounter",
       note="9 = 3 soldiers + 6 Abu Sayyaf; troops came upon the group on patrol"),
    ev("Police arrested a suspected Abu Sayyaf bomb maker in Isabela City.",
       None, "police ‘did not say when’",
       "Isabela City", "Basilan", "PH", "arrest", "Philippine security forces", "Abu Sayyaf",
       None, None, None, None,
       "police said a suspected bomb maker of the group had been arrested in Isabela City, but did not say when.",
       arrested=1, optional=True),
])

report("h14-32", "2018-05-08", "https://www.example-caribecolombiano.com/en/2018/05/08/weekend-violence-cauca-arauca",
"""
Weekend of violence: community leader killed in Cauca, pipeline bombed in Arauca, soldiers ambushed in Tumaco

POPAYÁN, May 8 (Caribe Colombiano) - A community leader was shot dead by two men on a motorcycle outside his home in a rural area of El Tambo, in Cauca department, on Saturday night, the regional ombudsman's office said. The victim, who led a crop-substitution programme in his village, had reported threats from armed groups operating in the area.

He is at least the 30th social leader killed in Cauca this year, according to a local human rights network.

In Arauca, the Caño Limón-Coveñas oil pipeline was blown up near the village of La Esmeralda, in the municipality of Arauquita, on Sunday, the state oil company said. Crude spilled into a nearby stream and pumping was suspended. The army blamed the ELN guerrilla, which has bombed the pipeline more than 40 times since the start of the year. Nobody was hurt.

In Nariño, FARC dissidents ambushed an army patrol in a rural zone of Tumaco on Monday, killing two soldiers and wounding three, the army's Pacific Command said. Troops responded and one of the attackers died, it said.

Two years after the peace agreement with the FARC, violence in the regions the guerrillas left has grown as other armed groups fight for control of coca crops and smuggling routes.
""",
events=[
    ev("Two men on a motorcycle shot dead a community leader outside his home in a rural area of El Tambo, Cauca.",
       "2018-05-05", "‘on Saturday night’ before the Tuesday 2018-05-08 dateline: Saturday 2018-05-05",
       "El Tambo", "Cauca", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "A community leader was shot dead by two men on a motorcycle outside his home in a rural area of El Tambo, in Cauca department, on Saturday night, the regional ombudsman's office said."),
    ev("The Caño Limón-Coveñas pipeline was blown up near La Esmeralda, Arauquita; the army blamed the ELN; nobody was hurt.",
       "2018-05-06", "‘on Sunday’ before the Tuesday 2018-05-08 dateline: Sunday 2018-05-06",
       "La Esmeralda", "Arauca", "CO", "explosion", "ELN", "none",
       0, None, 0, None,
       "In Arauca, the Caño Limón-Coveñas oil pipeline was blown up near the village of La Esmeralda, in the municipality of Arauquita, on Sunday, the state oil company said. [...] The army blamed the ELN guerrilla [...] Nobody was hurt.",
       note="sabotage; attribution by the army"),
    ev("FARC dissidents ambushed an army patrol in a rural zone of Tumaco, killing two soldiers and wounding three; one attacker died.",
       "2018-05-07", "‘on Monday’ before the Tuesday 2018-05-08 dateline: Monday 2018-05-07",
       "Tumaco", "Nariño", "CO", "battle", "FARC dissidents", "Colombian security forces",
       3, None, 3, None,
       "In Nariño, FARC dissidents ambushed an army patrol in a rural zone of Tumaco on Monday, killing two soldiers and wounding three, the army's Pacific Command said. Troops responded and one of the attackers died, it said.",
       note="3 = 2 soldiers + 1 attacker"),
],
figures=[
    fig("killed", 30, "Cauca", "He is at least the 30th social leader killed in Cauca this year, according to a local human rights network."),
    fig("other", 40, "Caño Limón-Coveñas pipeline", "which has bombed the pipeline more than 40 times since the start of the year", note="pipeline bombings this year"),
])

report("h14-33", "2019-09-24", "https://www.example-afghanledger.com/2019/09/24/election-security-plan",
"""
Afghanistan deploys 72,000 troops to guard Saturday's presidential vote

KABUL, September 24 (Afghan Ledger) - Afghan security forces will deploy more than 72,000 soldiers and police to protect polling centres in Saturday's presidential election, the interior ministry said on Tuesday, after the Taliban warned voters to stay away and threatened to attack campaign rallies.

Officials said about 5,000 polling centres would open, while more than 400 others would stay closed because they are in areas controlled or contested by the insurgents. Voters in those areas will be able to cast ballots in the nearest district centre.

The Taliban, who called off talks with the United States earlier this month, have described the election as a "sham" organised by foreign forces. In a statement on Monday, the group told its fighters to "block all roads" to polling stations, and urged teachers and elders not to allow schools and mosques to be used as voting sites.

"We have prepared for every scenario: suicide attacks, rockets, roadside mines," a senior security official said. "But we cannot promise that every voter will be safe."

Election observers say fear of violence is likely to depress turnout, particularly in the south and east. In last year's parliamentary elections, dozens of people were killed in attacks on polling centres, and voting in Kandahar was postponed by a week after the province's police chief was assassinated.

The independent election commission says 9.6 million Afghans have registered to vote. Preliminary results are expected on October 19.
""",
country_hint="AF",
figures=[
    fig("fighters", 72000, "Afghanistan", "Afghan security forces will deploy more than 72,000 soldiers and police to protect polling centres"),
    fig("other", 400, "Afghanistan", "more than 400 others would stay closed because they are in areas controlled or contested by the insurgents", note="polling centres closed for insecurity"),
])

report("h14-34", "2021-01-19", "https://www.example-arewadailyherald.com/2021/01/19/safe-corridor-graduates",
"""
Operation Safe Corridor: 600 former insurgents to be handed to states

ABUJA, January 19 (Arewa Daily Herald) - The Defence Headquarters said on Tuesday that more than 600 former Boko Haram fighters who completed a deradicalisation programme at a camp in Gombe State would be handed over to their states of origin for reintegration.

The programme, known as Operation Safe Corridor, offers surrendering fighters vocational training and counselling. Community leaders in Borno have protested against the releases, saying victims of the insurgency have received far less help than those who "killed and burnt our villages".

A spokesman said the graduates had been screened by intelligence agencies and would be monitored after their return.
""",
country_hint="NG",
figures=[
    fig("other", 600, "Gombe", "more than 600 former Boko Haram fighters who completed a deradicalisation programme at a camp in Gombe State would be handed over to their states of origin", note="former fighters to be reintegrated"),
])

report("h14-35", "2023-10-24", "https://www.example-myanmarfrontline.com/2023/10/24/sagaing-chin-week",
"""
Resistance raids police station in Kawlin as junta shells Chin villages

CHIANG MAI, October 24 (Myanmar Frontline) - Fighters of the People's Defence Force attacked a police station in Kawlin Township, in northern Sagaing Region, before dawn on Sunday, killing five policemen and seizing weapons and ammunition, a spokesman for the local PDF battalion said. Two resistance fighters were killed and three wounded, he said.

Residents said the junta responded with air strikes on villages around the town later on Sunday, but no casualties had been confirmed by Tuesday.

Artillery on Mindat villages
In neighbouring Chin State, three civilians, among them a 12-year-old girl, were killed when military artillery shells landed in a village outside Mindat on Saturday, according to the Chinland Defence Force and a local aid group. Six other villagers were wounded. The military's information team said troops had fired on "terrorist positions".

Homes set ablaze in Myinmu
Troops also set fire to more than 100 houses in villages of Myinmu Township, Sagaing, over the past week, according to a local monitoring group, which said residents had fled ahead of the column. No casualties were reported.

A war without front lines
More than two and a half years after the February 2021 coup, the military faces armed resistance in most of the country. Ethnic armed organisations in the north and east have stepped up coordinated operations, and analysts say the junta is increasingly relying on air power and artillery rather than ground troops.

The UN says more than 1.9 million people are now internally displaced across Myanmar, most of them since the coup. The Assistance Association for Political Prisoners says more than 4,000 civilians have been killed by the security forces.

The junta describes the People's Defence Force and its allies as terrorists and has promised elections, without setting a date.
""",
events=[
    ev("People's Defence Force fighters attacked a police station in Kawlin Township before dawn, claiming to have killed five policemen; two PDF fighters killed and three wounded.",
       "2023-10-22", "‘before dawn on Sunday’ before the Tuesday 2023-10-24 dateline: Sunday 2023-10-22",
       "Kawlin", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
       2, None, 3, None,
       "Fighters of the People's Defence Force attacked a police station in Kawlin Township, in northern Sagaing Region, before dawn on Sunday, killing five policemen and seizing weapons and ammunition, a spokesman for the local PDF battalion said. Two resistance fighters were killed and three wounded, he said.",
       note="2 = the PDF's own dead; the five policemen are claimed by the attackers and not used"),
    ev("Junta air strikes on villages around Kawlin after the raid; no casualties confirmed.",
       "2023-10-22", "‘later on Sunday’ before the Tuesday 2023-10-24 dateline: Sunday 2023-10-22",
       "villages around Kawlin", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
       None, None, None, None,
       "Residents said the junta responded with air strikes on villages around the town later on Sunday, but no casualties had been confirmed by Tuesday.",
       optional=True),
    ev("Military artillery shells landed in a village outside Mindat, killing three civilians including a girl and wounding six.",
       "2023-10-21", "‘on Saturday’ before the Tuesday 2023-10-24 dateline: Saturday 2023-10-21",
       "outside Mindat", "Chin", "MM", "explosion", "Myanmar military", "civilians",
       3, None, 6, None,
       "In neighbouring Chin State, three civilians, among them a 12-year-old girl, were killed when military artillery shells landed in a village outside Mindat on Saturday, according to the Chinland Defence Force and a local aid group. Six other villagers were wounded."),
    ev("Troops set fire to more than 100 houses in villages of Myinmu Township over the past week; no casualties.",
       None, "‘over the past week’; no day",
       "Myinmu Township", "Sagaing", "MM", "other", "Myanmar military", "civilians",
       0, None, 0, None,
       "Troops also set fire to more than 100 houses in villages of Myinmu Township, Sagaing, over the past week, according to a local monitoring group, which said residents had fled ahead of the column. No casualties were reported.",
       note="arson over several days", optional=True),
],
figures=[
    fig("displaced", 1900000, "Myanmar", "The UN says more than 1.9 million people are now internally displaced across Myanmar"),
    fig("killed", 4000, "Myanmar", "The Assistance Association for Political Prisoners says more than 4,000 civilians have been killed by the security forces."),
])

report("h14-36", "2024-08-27", "https://www.example-sudanhumanitarianhub.com/sitreps/2024-08-27-darfur-kordofan",
"""
Sudan: Darfur and Kordofan Situation Report, 27 August 2024

Highlights
- Heavy rains and flooding have compounded the crisis caused by sixteen months of war between the Sudanese Armed Forces and the Rapid Support Forces.
- Famine conditions have been confirmed in Zamzam camp near El Fasher, North Darfur.
- Access across the Adre crossing from Chad has reopened for an initial three-month period.

Situation overview
The siege of El Fasher by the RSF continues, with fighting reported on the outskirts of the city and in its eastern neighbourhoods throughout the reporting period. Humanitarian partners have been unable to deliver supplies to the city since May. Shelling and air strikes continue to cause civilian casualties, although partners have been unable to verify figures for the past two weeks.

An estimated 10.7 million people are internally displaced across Sudan, including some 2 million displaced since April 2023 in the Darfur states. More than 500,000 people are sheltering in Zamzam camp.

Response
Partners delivered food to 120,000 people in South and Central Darfur during the reporting period. A cholera outbreak has been declared in Kassala and Gedaref states, with 268 cases and 12 deaths recorded so far.
""",
country_hint="SD",
figures=[
    fig("displaced", 10700000, "Sudan", "An estimated 10.7 million people are internally displaced across Sudan"),
    fig("displaced", 2000000, "Darfur", "including some 2 million displaced since April 2023 in the Darfur states"),
    fig("displaced", 500000, "Zamzam camp", "More than 500,000 people are sheltering in Zamzam camp."),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "YE", "AF", "PK", "PS", "LB", "LY", "SD", "SO", "NG", "NE", "BF", "MZ",
             "CD", "ET", "UA", "MM", "PH", "CO", "MX"}
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
        if rid != "h14-%02d" % (i + 1):
            err(rid, f"id out of order, expected h14-{i + 1:02d}")
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
