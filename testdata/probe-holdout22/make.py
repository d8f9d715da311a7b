#!/usr/bin/env python3
"""probe-holdout22: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep. Run sitrep on docs.jsonl and score
the output; do not open the texts, the gold or this file.

Theme: ordinary conflict news from around the world, 2012-2024, the mix a conflict desk reads
in a season: the Sahel (Mali, Burkina Faso, Niger), Nigeria, Cameroon, Somalia, DR Congo,
Ethiopia, Sudan, Mozambique, Yemen, Syria, Iraq, Afghanistan, Pakistan, India, Myanmar, the
Philippines, Colombia, Mexico and Ukraine: single incidents, roundups, follow-ups days later,
claims and denials, as wire copy, local dailies, military statements, monitors, hospital
officials and the armed groups' own channels tell them.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, text, events=(), figures=(), country_hint=None, style="dated"):
    """style: 'dated' (a dateline naming the publication day), 'undated' (a dateline with
    no date: 'CITY (Outlet) —' or 'CITY: '), 'none' (no dateline at all)."""
    r = {"id": id, "published": published, "url": url, "text": text.strip("\n"),
         "events": list(events), "figures": list(figures), "style": style}
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
# h22-01 .. h22-06
# ---------------------------------------------------------------------------

report("h22-01", "2019-10-02", "https://www.example-saheldesk.com/mali/2019/10/02/tessit-army-post-attack-nine-soldiers",
"""
Militants kill nine soldiers in attack on Mali army post near Niger border

BAMAKO, Oct 2 (Sahel Desk Wire) - Dozens of heavily armed militants on motorbikes and in pickup trucks attacked a Malian army post at Tessit, in the Gao region, before dawn on Tuesday, killing nine soldiers, the armed forces said, the latest in a string of assaults on isolated garrisons near the borders with Niger and Burkina Faso.

The attackers were driven off after nearly three hours of fighting, the army said in a statement posted on its Facebook page late on Tuesday. It said troops had recovered the bodies of 11 assailants along with weapons and two motorbikes, and that four soldiers had been wounded and flown to Gao.

The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) said on its Telegram channel that its fighters had "overrun the apostate army's base" and killed 30 soldiers. The claim could not be independently verified, and a security source in Gao said the post had not fallen.

A day earlier, two soldiers died when their vehicle struck a landmine on the road between Hombori and Boni, in the neighbouring Mopti region, a military source said. Nobody has claimed responsibility for that blast.

In the Menaka region, local officials said unidentified gunmen shot dead a village chief and his son at their home in Inekar on Sunday evening. "They came at dusk, asked for him by name and fired," one official said by telephone.

Jihadist groups linked to al Qaeda and Islamic State have steadily expanded their reach across central Mali since 2015, despite the presence of French troops and a United Nations peacekeeping mission of more than 13,000 soldiers and police. More than 80 Malian soldiers have been killed since the start of September, according to a count by this agency, and more than 180,000 people are displaced inside the country, the U.N. refugee agency says.
""",
events=[
    ev("Militants attacked the army post at Tessit before dawn and were driven off after three hours; nine soldiers and 11 assailants were killed and four soldiers wounded. JNIM claimed the raid and 30 dead.",
       "2019-10-01", "‘before dawn on Tuesday’ before the Wednesday 2019-10-02 dateline: Tuesday 2019-10-01",
       "Tessit", "Gao", "ML", "battle", "JNIM", "Malian security forces",
       20, None, 4, None,
       "Dozens of heavily armed militants on motorbikes and in pickup trucks attacked a Malian army post at Tessit, in the Gao region, before dawn on Tuesday, killing nine soldiers, the armed forces said [...] It said troops had recovered the bodies of 11 assailants along with weapons and two motorbikes, and that four soldiers had been wounded and flown to Gao. [...] The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) said on its Telegram channel that its fighters had \"overrun the apostate army's base\" and killed 30 soldiers.",
       note="20 = 9 soldiers + 11 assailants (the army's count); JNIM's claimed 30 is not used; JNIM claimed, nobody denied"),
    ev("Two soldiers died when their vehicle struck a landmine on the road between Hombori and Boni.",
       "2019-09-30", "‘A day earlier’ than the Tuesday 2019-10-01 attack on Tessit: Monday 2019-09-30",
       "road between Hombori and Boni", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       2, None, None, None,
       "A day earlier, two soldiers died when their vehicle struck a landmine on the road between Hombori and Boni, in the neighbouring Mopti region, a military source said. Nobody has claimed responsibility for that blast."),
    ev("Unidentified gunmen shot dead a village chief and his son at their home in Inekar.",
       "2019-09-29", "‘on Sunday evening’ before the Wednesday 2019-10-02 dateline: Sunday 2019-09-29",
       "Inekar", "Menaka", "ML", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "In the Menaka region, local officials said unidentified gunmen shot dead a village chief and his son at their home in Inekar on Sunday evening."),
],
figures=[
    fig("fighters", 13000, "Mali",
        "a United Nations peacekeeping mission of more than 13,000 soldiers and police"),
    fig("killed", 80, "Mali",
        "More than 80 Malian soldiers have been killed since the start of September, according to a count by this agency"),
    fig("displaced", 180000, "Mali",
        "more than 180,000 people are displaced inside the country, the U.N. refugee agency says"),
])

report("h22-02", "2021-05-16", "https://www.example-burkinabrief.com/2021/05/16/sampelga-cattle-market-attack",
"""
Burkina Faso: at least 15 killed as gunmen attack cattle market near Sampelga

Gunmen on motorcycles stormed a cattle market near Sampelga in Burkina Faso's Seno province on Friday afternoon, killing at least 15 civilians, two local officials said on Saturday. A regional security source put the toll at 19 and said several people were still missing.

"They surrounded the market and fired on the herders and traders," one of the officials said. No group has claimed the attack.

Members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside the army, said they had chased the assailants towards the border with Niger.
""",
style="none",
events=[
    ev("Gunmen on motorcycles attacked a cattle market near Sampelga, killing at least 15 civilians (19 according to a security source).",
       "2021-05-14", "‘on Friday afternoon’; no dateline, published Sunday 2021-05-16: Friday 2021-05-14",
       "cattle market near Sampelga", "Sahel", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       15, 19, None, None,
       "Gunmen on motorcycles stormed a cattle market near Sampelga in Burkina Faso's Seno province on Friday afternoon, killing at least 15 civilians, two local officials said on Saturday. A regional security source put the toll at 19 and said several people were still missing.",
       note="conflicting tolls 15 (officials) and 19 (security source); no claim"),
])

report("h22-03", "2014-11-20", "https://www.example-lakechaddispatch.com/2014/11/20/troops-retake-mubi-damaturu-mainok",
"""
Troops retake Mubi as Boko Haram strikes Damaturu and Borno villages

By a Correspondent
Posted on November 20, 2014

YOLA — Nigerian troops backed by local hunters and vigilantes recaptured the commercial town of Mubi in Adamawa State last Thursday, three weeks after Boko Haram fighters overran it and declared it part of their "caliphate", the Defence Headquarters said.

A military spokesman told reporters in Abuja that "scores of terrorists" were killed in the operation and that troops were clearing the surrounding villages. Residents who returned this week described burnt-out shops and bodies lying in the streets.

On the same day the insurgents briefly seized Chibok, the Borno town from which they abducted 276 schoolgirls in April. Soldiers and hunters drove them out on Sunday, a local government official said, adding that most residents had fled into the bush.

In Damaturu, the capital of Yobe State, a female suicide bomber blew herself up at a busy mobile phone market on Tuesday, killing four people besides herself and wounding 12, police said. Police blamed Boko Haram, which has increasingly used women and girls to carry explosives.

Late on Sunday, gunmen stormed Mainok, a town on the Maiduguri–Damaturu road, burning houses and shooting residents as they fled. Police put the death toll at 10; a vigilante leader said 13 bodies were buried on Monday morning.

The insurgency has killed more than 13,000 people since 2009 and displaced about 1.5 million, according to government and aid agency estimates. Amnesty International says Boko Haram has abducted at least 500 women and girls since the start of last year.
""",
style="undated",
events=[
    ev("Nigerian troops backed by hunters and vigilantes recaptured Mubi from Boko Haram; the military said 'scores' of fighters were killed.",
       "2014-11-13", "‘last Thursday’ before the Thursday 2014-11-20 publication: Thursday 2014-11-13",
       "Mubi", "Adamawa", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Nigerian troops backed by local hunters and vigilantes recaptured the commercial town of Mubi in Adamawa State last Thursday, three weeks after Boko Haram fighters overran it and declared it part of their \"caliphate\", the Defence Headquarters said.",
       note="with hunters and vigilantes (counted with the state forces, as news-dev does for CJTF); 'scores' gives no toll"),
    ev("Boko Haram had overrun Mubi three weeks before its recapture.",
       None, "‘three weeks after Boko Haram fighters overran it’: about three weeks before Thursday 2014-11-13; no day stated",
       "Mubi", "Adamawa", "NG", "territory_gain", "Boko Haram", "Nigerian security forces",
       None, None, None, None,
       "Nigerian troops backed by local hunters and vigilantes recaptured the commercial town of Mubi in Adamawa State last Thursday, three weeks after Boko Haram fighters overran it and declared it part of their \"caliphate\", the Defence Headquarters said.",
       note="told only as the prelude to the recapture", optional=True),
    ev("Boko Haram briefly seized Chibok.",
       "2014-11-13", "‘On the same day’ as the recapture of Mubi ‘last Thursday’: Thursday 2014-11-13",
       "Chibok", "Borno", "NG", "territory_gain", "Boko Haram", "Nigerian security forces",
       None, None, None, None,
       "On the same day the insurgents briefly seized Chibok, the Borno town from which they abducted 276 schoolgirls in April."),
    ev("Soldiers and hunters drove Boko Haram out of Chibok.",
       "2014-11-16", "‘on Sunday’ before the Thursday 2014-11-20 publication: Sunday 2014-11-16",
       "Chibok", "Borno", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Soldiers and hunters drove them out on Sunday, a local government official said, adding that most residents had fled into the bush."),
    ev("A female suicide bomber blew herself up at a mobile phone market in Damaturu, killing four people besides herself and wounding 12; police blamed Boko Haram.",
       "2014-11-18", "‘on Tuesday’ before the Thursday 2014-11-20 publication: Tuesday 2014-11-18",
       "mobile phone market, Damaturu", "Yobe", "NG", "explosion", "Boko Haram", "civilians",
       5, None, 12, None,
       "In Damaturu, the capital of Yobe State, a female suicide bomber blew herself up at a busy mobile phone market on Tuesday, killing four people besides herself and wounding 12, police said. Police blamed Boko Haram, which has increasingly used women and girls to carry explosives.",
       note="5 = 4 victims + the bomber; blamed by police, not denied"),
    ev("Gunmen stormed Mainok, burning houses and shooting fleeing residents; police counted 10 dead, a vigilante leader 13 buried.",
       "2014-11-16", "‘Late on Sunday’ before the Thursday 2014-11-20 publication: Sunday 2014-11-16",
       "Mainok", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       10, 13, None, None,
       "Late on Sunday, gunmen stormed Mainok, a town on the Maiduguri–Damaturu road, burning houses and shooting residents as they fled. Police put the death toll at 10; a vigilante leader said 13 bodies were buried on Monday morning.",
       note="the headline attributes the strikes on Borno villages to Boko Haram; conflicting tolls 10 and 13"),
],
figures=[
    fig("killed", 13000, "north-east Nigeria",
        "The insurgency has killed more than 13,000 people since 2009"),
    fig("displaced", 1500000, "north-east Nigeria",
        "displaced about 1.5 million, according to government and aid agency estimates"),
    fig("other", 500, "north-east Nigeria",
        "Amnesty International says Boko Haram has abducted at least 500 women and girls since the start of last year",
        note="abducted"),
])

report("h22-04", "2022-09-09", "https://www.example-hornreport.com/somalia/2022/09/09/famine-warning-bay-region-drought-war",
"""
Somalia edges towards famine as drought and war collide, UN warns

MOGADISHU, Sept 9 (Horn of Africa Report) - Famine is likely to strike parts of Somalia's Bay region between October and December unless aid is scaled up, United Nations agencies warned this week, as the worst drought in four decades compounds the damage done by years of war with al Shabaab militants.

More than one million Somalis have been displaced by the drought since January 2021, the U.N. humanitarian office OCHA said, and about 7.8 million people, nearly half the population, are affected. At least 730 children died in nutrition centres between January and July, according to the U.N. children's agency UNICEF.

"We are looking at an impending famine," an OCHA official in Mogadishu said, adding that many of the families arriving in camps around Baidoa had walked for weeks through areas where al Shabaab controls the roads and taxes herders.

The crisis comes as the government of President Hassan Sheikh Mohamud steps up what it calls "total war" on the Islamist group. Clan militias known as macawisley have joined federal troops in an offensive against the militants in the Hiraan region, officials say, though it is too early to say whether any ground taken can be held.

The African Union Transition Mission in Somalia (ATMIS), which replaced the AU's earlier AMISOM force in April, has about 19,600 troops, police and civilian staff in the country and is due to hand security over to Somali forces by the end of 2024. The Somali army has about 20,000 trained soldiers, according to Western officials, though many units are poorly equipped and paid irregularly.

Al Shabaab is estimated to have between 7,000 and 12,000 fighters. It still controls much of rural southern and central Somalia, and the government says more than 100 of its fighters have been killed since the Hiraan offensive began.

Aid groups say insecurity is hampering deliveries. The U.N. appeal for Somalia this year is 58 percent funded.
""",
country_hint="SO",
figures=[
    fig("displaced", 1000000, "Somalia",
        "More than one million Somalis have been displaced by the drought since January 2021"),
    fig("other", 7800000, "Somalia",
        "about 7.8 million people, nearly half the population, are affected", note="people affected by the drought"),
    fig("other", 730, "Somalia",
        "At least 730 children died in nutrition centres between January and July", note="deaths from malnutrition"),
    fig("fighters", 19600, "Somalia",
        "has about 19,600 troops, police and civilian staff in the country", note="ATMIS"),
    fig("fighters", 20000, "Somalia",
        "The Somali army has about 20,000 trained soldiers, according to Western officials"),
    fig("fighters", 7000, "Somalia",
        "Al Shabaab is estimated to have between 7,000 and 12,000 fighters", note="7,000 to 12,000"),
    fig("killed", 100, "Hiraan",
        "the government says more than 100 of its fighters have been killed since the Hiraan offensive began"),
    fig("other", 58, "Somalia",
        "The U.N. appeal for Somalia this year is 58 percent funded", note="percent funded"),
])

report("h22-05", "2020-01-30", "https://www.example-greatlakesmonitor.com/drc/2020/01/30/kalau-beni-machete-raid-adf",
"""
Congo: machete raid on Beni village kills at least 18 as anger at army grows

BENI, Democratic Republic of Congo, Jan 30 (Great Lakes Monitor) - Attackers armed with machetes and rifles killed at least 18 civilians in an overnight raid on the village of Kalau, in the Beni territory of eastern Congo, the army said on Wednesday, in the latest of a series of massacres blamed on the Allied Democratic Forces (ADF).

The assailants came out of the forest to the east of the village late on Tuesday and went from house to house, survivors said. Many of the dead were women and children. A spokesman for the army's operations in the area said soldiers had recovered 18 bodies by morning and were pursuing the attackers.

A coalition of civil society groups in Beni gave a higher toll of 24, saying some of the victims had been found in the fields around the village after the army made its count. "The killers came and went as they pleased. Where was the army?" said a member of the coalition, who asked not to be named for fear of reprisals.

The ADF, a rebel group founded in Uganda in the 1990s that has operated in eastern Congo for more than two decades, rarely claims its attacks. The army said the Kalau raid bore its hallmarks.

It was the second attack on civilians near Beni this week. On Monday, gunmen also blamed on the ADF killed four farmers working in their fields outside Oicha, the main town of the territory, and wounded three others. One of the wounded died at Oicha general hospital on Wednesday, a nurse there said.

On Sunday, suspected ADF fighters ambushed an army patrol on the road between Mbau and Kamango, killing three soldiers, the army said. It said four of the attackers were killed when the troops returned fire.

Anger spilled into the streets of Beni on Wednesday. Several hundred residents marched peacefully towards the town hall, carrying palm branches and chanting slogans against the army and the United Nations peacekeeping mission, MONUSCO. Police fired tear gas and then live rounds to disperse them, killing one protester and wounding five, a doctor at the town's main hospital said. The provincial police commander said his officers had fired only warning shots and that an inquiry had been opened.

"People are tired of counting their dead," the doctor said. "Every week it is another village."

Congo's army launched a large-scale offensive against the ADF at the end of October, promising to wipe out a group that has killed hundreds of civilians around Beni since 2014. The army says its troops have destroyed the group's main camps in the forests north-east of the town. But the ADF responded by splitting into smaller units and turning on villages, and the killing has accelerated since.

At least 290 civilians have been killed in Beni territory since the start of November, according to a local human rights group that tracks attacks in the region. More than 100,000 people have fled their homes over the same period, the U.N. humanitarian office says, many of them into Beni and Oicha, where they sleep in schools, churches and with host families.

The violence has also hampered efforts to contain an Ebola epidemic that has killed more than 2,200 people in North Kivu and Ituri provinces since August 2018. Health workers suspended vaccinations in several areas around Beni last year after treatment centres were attacked.

MONUSCO, which has about 16,000 uniformed personnel in Congo, says it supports the army's operations with intelligence and logistics but does not take part in the offensive against the ADF. Its bases have become a target for protesters who accuse the peacekeepers of failing to protect civilians. In late November, crowds set fire to part of the mission's offices in Beni.

President Felix Tshisekedi, who took office a year ago, has promised to restore peace to the east, where more than 100 armed groups operate. He visited Beni last April and vowed that the massacres would end.

Local officials say they expect more people to flee. "The villages east of the road are empty now," said an administrator in Oicha. "The farmers cannot go to their fields, so next season there will be hunger too."
""",
events=[
    ev("Attackers with machetes and rifles raided Kalau village overnight, killing at least 18 civilians by the army's count, 24 by civil society's; blamed on the ADF.",
       "2020-01-28", "‘overnight raid’ that began ‘late on Tuesday’, before the Thursday 2020-01-30 dateline: the night of Tuesday 2020-01-28",
       "Kalau", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       18, 24, None, None,
       "Attackers armed with machetes and rifles killed at least 18 civilians in an overnight raid on the village of Kalau, in the Beni territory of eastern Congo, the army said on Wednesday, in the latest of a series of massacres blamed on the Allied Democratic Forces (ADF). [...] The assailants came out of the forest to the east of the village late on Tuesday and went from house to house, survivors said. [...] A coalition of civil society groups in Beni gave a higher toll of 24 [...] The army said the Kalau raid bore its hallmarks.",
       note="conflicting tolls 18 (army) and 24 (civil society); blamed on the ADF, no claim, no denial"),
    ev("Gunmen blamed on the ADF killed four farmers in their fields outside Oicha and wounded three, one of whom died later in hospital.",
       "2020-01-27", "‘On Monday’ before the Thursday 2020-01-30 dateline: Monday 2020-01-27",
       "fields outside Oicha", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       5, None, 2, None,
       "On Monday, gunmen also blamed on the ADF killed four farmers working in their fields outside Oicha, the main town of the territory, and wounded three others. One of the wounded died at Oicha general hospital on Wednesday, a nurse there said.",
       note="killed 5 = 4 + 1 wounded who died; wounded 3 - 1 = 2"),
    ev("Suspected ADF fighters ambushed an army patrol on the Mbau–Kamango road, killing three soldiers; four attackers were killed.",
       "2020-01-26", "‘On Sunday’ before the Thursday 2020-01-30 dateline: Sunday 2020-01-26",
       "road between Mbau and Kamango", "North Kivu", "CD", "battle", "ADF", "Congolese security forces",
       7, None, None, None,
       "On Sunday, suspected ADF fighters ambushed an army patrol on the road between Mbau and Kamango, killing three soldiers, the army said. It said four of the attackers were killed when the troops returned fire.",
       note="7 = 3 soldiers + 4 attackers"),
    ev("Police fired tear gas and live rounds at a peaceful march on Beni town hall, killing one protester and wounding five.",
       "2020-01-29", "‘on Wednesday’ before the Thursday 2020-01-30 dateline: Wednesday 2020-01-29",
       "Beni town hall", "North Kivu", "CD", "other", "Congolese security forces", "protesters",
       1, None, 5, None,
       "Anger spilled into the streets of Beni on Wednesday. Several hundred residents marched peacefully towards the town hall, carrying palm branches and chanting slogans against the army and the United Nations peacekeeping mission, MONUSCO. Police fired tear gas and then live rounds to disperse them, killing one protester and wounding five, a doctor at the town's main hospital said.",
       note="ACLED Protests / Excessive force against protesters; the police say they fired only warning shots"),
],
figures=[
    fig("killed", 290, "Beni territory",
        "At least 290 civilians have been killed in Beni territory since the start of November"),
    fig("displaced", 100000, "Beni territory",
        "More than 100,000 people have fled their homes over the same period, the U.N. humanitarian office says"),
    fig("other", 2200, "North Kivu and Ituri",
        "an Ebola epidemic that has killed more than 2,200 people in North Kivu and Ituri provinces since August 2018",
        note="Ebola deaths, not conflict deaths"),
    fig("fighters", 16000, "Congo",
        "MONUSCO, which has about 16,000 uniformed personnel in Congo"),
    fig("other", 100, "eastern Congo",
        "where more than 100 armed groups operate", note="armed groups"),
])

report("h22-06", "2023-07-11", "https://www.example-nilevalleywire.com/sudan/2023/07/11/omdurman-ombada-air-strike-war-fourth-month",
"""
Air strike on Omdurman district kills at least 17 as Sudan's war grinds on

By Nile Valley Wire staff

PORT SUDAN, Sudan, 11 July (Nile Valley Wire) - An air strike on a crowded residential area of Omdurman killed at least 17 civilians on Sunday, Sudan's health ministry said, one of the deadliest single attacks in the capital since the army and the paramilitary Rapid Support Forces (RSF) went to war nearly three months ago.

The strike hit homes and a small market in the Ombada district of western Omdurman, where the RSF has set up positions among civilian houses. Volunteers from a neighbourhood resistance committee, which has been documenting casualties since the war began, said 23 people had been killed, among them five children, and that dozens more were wounded.

Residents said a military aircraft had dropped at least two bombs on the area. The army, which is the only side in the conflict with warplanes, said in a statement on Monday that its air force had struck "gatherings of the rebel militia" in western Omdurman and that it "does not target civilians". It did not give a toll.

The RSF, for its part, has been accused of firing artillery indiscriminately into army-held districts. On Monday, shells fired from RSF positions across the Nile in Bahri landed on homes near the Karari military zone in northern Omdurman, killing five people and wounding 14, a doctor at al-Nao hospital said.

Overnight, the two sides fought for hours around the army's Armoured Corps headquarters in the al-Shajara area of southern Khartoum, which the RSF has tried repeatedly to overrun. Residents reported heavy gunfire and explosions until dawn. The army said on Tuesday that it had repelled the attack and killed "dozens of rebels", a figure that could not be verified.

In Haj Yousif, east of the capital, fighters in RSF uniforms looted shops and warehouses at the Souq Sitta market on Sunday, traders said, loading goods onto trucks and setting fire to some stalls. The RSF said the looters were "criminals wearing our uniform" and denied that its forces had taken part.

Fighting has also spread to the Darfur region in the west. In Nyala, Sudan's second-largest city, RSF fighters attacked army positions around the 16th Infantry Division headquarters on Friday, and at least 12 civilians were killed in the crossfire, a local rights group said.

The war erupted on April 15 after a power struggle between army chief General Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo, known as Hemedti, over plans to merge the paramilitary force into the army. Talks mediated by Saudi Arabia and the United States in Jeddah produced several short ceasefires, all of which were broken, and were suspended last month.

More than 2.9 million people have fled their homes since the fighting began, including nearly 700,000 who have crossed into neighbouring countries, according to the International Organization for Migration. The health ministry says more than 3,000 people have been killed, but doctors' groups say the true toll is far higher because many bodies cannot be reached.

"There are streets in Khartoum where the dead have been lying for weeks," said a member of the Sudan Doctors' Union. "Nobody can collect them without being shot at."

Most hospitals in the capital are out of service. The World Health Organization says it has verified dozens of attacks on health facilities since April.

The RSF, which grew out of the Janjaweed militias that fought in Darfur in the 2000s, is estimated by analysts to have around 100,000 fighters. It controls much of Khartoum and Bahri, while the army holds most of Omdurman and the east of the country. The government and several foreign embassies have moved to Port Sudan on the Red Sea coast.

Western diplomats say neither side appears close to a military victory. "Both think they can still win," one said. "Until that changes, civilians will keep paying the price."
""",
events=[
    ev("An army air strike hit homes and a market in Ombada, western Omdurman, killing at least 17 civilians (health ministry) or 23 (resistance committee); the army said it struck RSF gatherings.",
       "2023-07-09", "‘on Sunday’ before the Tuesday 2023-07-11 dateline: Sunday 2023-07-09",
       "Ombada", "Khartoum", "SD", "explosion", "Sudanese security forces", "civilians",
       17, 23, None, None,
       "An air strike on a crowded residential area of Omdurman killed at least 17 civilians on Sunday, Sudan's health ministry said [...] The strike hit homes and a small market in the Ombada district of western Omdurman, where the RSF has set up positions among civilian houses. Volunteers from a neighbourhood resistance committee, which has been documenting casualties since the war began, said 23 people had been killed, among them five children, and that dozens more were wounded. [...] The army, which is the only side in the conflict with warplanes, said in a statement on Monday that its air force had struck \"gatherings of the rebel militia\" in western Omdurman and that it \"does not target civilians\".",
       note="the army admits the strike and disputes the victims; conflicting tolls 17 and 23; 'dozens' wounded gives no count"),
    ev("Shells fired from RSF positions in Bahri hit homes near the Karari military zone in Omdurman, killing five and wounding 14.",
       "2023-07-10", "‘On Monday’ before the Tuesday 2023-07-11 dateline: Monday 2023-07-10",
       "Karari", "Khartoum", "SD", "explosion", "Rapid Support Forces", "civilians",
       5, None, 14, None,
       "On Monday, shells fired from RSF positions across the Nile in Bahri landed on homes near the Karari military zone in northern Omdurman, killing five people and wounding 14, a doctor at al-Nao hospital said."),
    ev("The RSF attacked the army's Armoured Corps headquarters in al-Shajara overnight; the army said it repelled the attack and killed 'dozens'.",
       "2023-07-10", "‘Overnight’ before the Tuesday 2023-07-11 dateline: the night of Monday 2023-07-10",
       "Armoured Corps headquarters, al-Shajara", "Khartoum", "SD", "battle", "Rapid Support Forces", "Sudanese security forces",
       None, None, None, None,
       "Overnight, the two sides fought for hours around the army's Armoured Corps headquarters in the al-Shajara area of southern Khartoum, which the RSF has tried repeatedly to overrun. Residents reported heavy gunfire and explosions until dawn. The army said on Tuesday that it had repelled the attack and killed \"dozens of rebels\", a figure that could not be verified.",
       note="'dozens' gives no count"),
    ev("Fighters in RSF uniforms looted shops and warehouses at the Souq Sitta market in Haj Yousif and set fire to stalls; the RSF denied its forces took part.",
       "2023-07-09", "‘on Sunday’ before the Tuesday 2023-07-11 dateline: Sunday 2023-07-09",
       "Souq Sitta market, Haj Yousif", "Khartoum", "SD", "other", "unknown", "civilians",
       None, None, None, None,
       "In Haj Yousif, east of the capital, fighters in RSF uniforms looted shops and warehouses at the Souq Sitta market on Sunday, traders said, loading goods onto trucks and setting fire to some stalls. The RSF said the looters were \"criminals wearing our uniform\" and denied that its forces had taken part.",
       note="looting; blamed on the RSF by traders, denied by the RSF"),
    ev("RSF fighters attacked army positions around the 16th Infantry Division headquarters in Nyala; at least 12 civilians were killed in the crossfire.",
       "2023-07-07", "‘on Friday’ before the Tuesday 2023-07-11 dateline: Friday 2023-07-07",
       "16th Infantry Division headquarters, Nyala", "South Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese security forces",
       12, None, None, None,
       "In Nyala, Sudan's second-largest city, RSF fighters attacked army positions around the 16th Infantry Division headquarters on Friday, and at least 12 civilians were killed in the crossfire, a local rights group said."),
],
figures=[
    fig("displaced", 2900000, "Sudan",
        "More than 2.9 million people have fled their homes since the fighting began"),
    fig("displaced", 700000, "Sudan",
        "including nearly 700,000 who have crossed into neighbouring countries", note="refugees abroad"),
    fig("killed", 3000, "Sudan",
        "The health ministry says more than 3,000 people have been killed"),
    fig("fighters", 100000, "Sudan",
        "is estimated by analysts to have around 100,000 fighters", note="RSF"),
])

report("h22-07", "2015-05-09", "https://www.example-gulfportpress.com/yemen/2015/05/09/aden-mansoura-shelling-saada-raids",
"""
Houthi shells kill nine in Aden as coalition jets pound Saada

ADEN, May 9 (Gulf Port Press) - Shells fired by Houthi fighters and army units loyal to former president Ali Abdullah Saleh slammed into the al-Mansoura district of Aden on Thursday, killing nine civilians, three of them children, and wounding 31, a local health official said.

The official, who spoke on condition of anonymity, said most of the victims had been queuing for water when the shells landed. "There is no electricity, no water, and now they shell the people who go to fetch it," he said.

Overnight, Houthi fighters tried to push into the northern district of Dar Saad and were driven back by the Popular Resistance, local militiamen loyal to exiled President Abd-Rabbu Mansour Hadi, a resistance commander said. Eleven Houthis and six resistance fighters were killed, he said.

Saudi-led coalition jets also struck Houthi positions around Aden's international airport on Friday, residents said, but there was no word on casualties.

In the north, coalition aircraft bombed the Houthi stronghold of Saada for a second night after the alliance declared the whole province a military target and told civilians to leave. The Houthi-run Saba news agency said the overnight raids killed seven civilians and destroyed dozens of homes. A coalition spokesman said the strikes had hit "weapons depots and hideouts of the militia" and that civilians had been warned in advance.

Saudi Arabia has proposed a five-day humanitarian ceasefire to begin on Tuesday if the Houthis agree to stop fighting. A Houthi spokesman said the group would study the offer.

More than 1,400 people have been killed in Yemen since the coalition began its air campaign on March 26, according to the World Health Organization, and about 300,000 have been displaced. Aid agencies say fuel shortages have shut down hospitals and water pumps across the south.
""",
events=[
    ev("Shells fired by Houthi fighters and pro-Saleh army units hit the al-Mansoura district of Aden, killing nine civilians queuing for water and wounding 31.",
       "2015-05-07", "‘on Thursday’ before the Saturday 2015-05-09 dateline: Thursday 2015-05-07",
       "al-Mansoura", "Aden", "YE", "explosion", "Houthis", "civilians",
       9, None, 31, None,
       "Shells fired by Houthi fighters and army units loyal to former president Ali Abdullah Saleh slammed into the al-Mansoura district of Aden on Thursday, killing nine civilians, three of them children, and wounding 31, a local health official said.",
       note="with forces loyal to Saleh (counted with the Houthis, as news-dev does)"),
    ev("Houthi fighters tried to push into Dar Saad overnight and were driven back by the Popular Resistance; 11 Houthis and six resistance fighters were killed.",
       "2015-05-08", "‘Overnight’ before the Saturday 2015-05-09 dateline: the night of Friday 2015-05-08",
       "Dar Saad", "Aden", "YE", "battle", "Houthis", "Yemeni government forces",
       17, None, None, None,
       "Overnight, Houthi fighters tried to push into the northern district of Dar Saad and were driven back by the Popular Resistance, local militiamen loyal to exiled President Abd-Rabbu Mansour Hadi, a resistance commander said. Eleven Houthis and six resistance fighters were killed, he said.",
       note="17 = 11 Houthis + 6 resistance fighters; the Popular Resistance counted with Yemeni government forces, as news-dev does"),
    ev("Saudi-led coalition jets struck Houthi positions around Aden's international airport; no word on casualties.",
       "2015-05-08", "‘on Friday’ before the Saturday 2015-05-09 dateline: Friday 2015-05-08",
       "Aden international airport", "Aden", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Saudi-led coalition jets also struck Houthi positions around Aden's international airport on Friday, residents said, but there was no word on casualties."),
    ev("Coalition aircraft bombed Saada for a second night; Houthi-run Saba said seven civilians were killed, the coalition that it hit depots and hideouts.",
       "2015-05-08", "‘the overnight raids’ before the Saturday 2015-05-09 dateline: the night of Friday 2015-05-08",
       "Saada", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians",
       7, None, None, None,
       "In the north, coalition aircraft bombed the Houthi stronghold of Saada for a second night after the alliance declared the whole province a military target and told civilians to leave. The Houthi-run Saba news agency said the overnight raids killed seven civilians and destroyed dozens of homes. A coalition spokesman said the strikes had hit \"weapons depots and hideouts of the militia\" and that civilians had been warned in advance.",
       note="the coalition admits the strikes and disputes the victims; the first night's raids are not dated and not annotated"),
],
figures=[
    fig("killed", 1400, "Yemen",
        "More than 1,400 people have been killed in Yemen since the coalition began its air campaign on March 26, according to the World Health Organization"),
    fig("displaced", 300000, "Yemen",
        "about 300,000 have been displaced"),
])

report("h22-08", "2013-10-28", "https://www.example-mesopotamianewswire.com/iraq/2013/10/28/baghdad-car-bombs-sadr-city-shaab",
"""
Car bombs kill at least 26 in Baghdad's Shi'ite districts

BAGHDAD, Oct 28 (Mesopotamia Newswire) - A wave of car bombs tore through mainly Shi'ite districts of Baghdad on Sunday evening, killing at least 26 people in the latest surge of violence that has pushed Iraq's death toll to its highest level in five years.

The deadliest blast hit a crowded market in Sadr City just after sunset, killing 11 people and wounding 27, police said. Medics at a nearby hospital said they had received 14 bodies.

A car parked outside a restaurant in the Shaab district exploded about half an hour later, killing six people and wounding 19, police and medical sources said.

Two more car bombs went off within minutes of each other in Kadhimiya and al-Shula, in the north-west of the capital, together killing nine people.

No group claimed responsibility, but coordinated car bombings against Shi'ite areas are a hallmark of al Qaeda's Iraqi affiliate, which has been regaining strength as the war in neighbouring Syria spills across the border.

North of the capital, gunmen attacked a police checkpoint in Tarmiyah overnight, killing three policemen before fleeing, a police officer said.

Police said on Monday they had arrested 17 suspects in raids in the Abu Ghraib area west of Baghdad, without saying when they were detained.

More than 5,400 people, most of them civilians, have been killed in Iraq since the start of the year, according to United Nations figures. Prime Minister Nuri al-Maliki is due to visit Washington this week to ask for more help, including helicopters and drones, to fight the militants.
""",
events=[
    ev("A car bomb hit a crowded market in Sadr City, killing 11 and wounding 27 by the police count; medics received 14 bodies.",
       "2013-10-27", "‘on Sunday evening’ before the Monday 2013-10-28 dateline: Sunday 2013-10-27",
       "market in Sadr City", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       11, 14, 27, None,
       "The deadliest blast hit a crowded market in Sadr City just after sunset, killing 11 people and wounding 27, police said. Medics at a nearby hospital said they had received 14 bodies.",
       note="conflicting tolls 11 (police) and 14 (medics); no claim, only a general remark on al Qaeda's methods"),
    ev("A car bomb outside a restaurant in the Shaab district killed six and wounded 19.",
       "2013-10-27", "‘about half an hour later’ than the Sadr City blast ‘on Sunday evening’: Sunday 2013-10-27",
       "restaurant in the Shaab district", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       6, None, 19, None,
       "A car parked outside a restaurant in the Shaab district exploded about half an hour later, killing six people and wounding 19, police and medical sources said."),
    ev("Two car bombs went off within minutes in Kadhimiya and al-Shula, together killing nine.",
       "2013-10-27", "part of the wave ‘on Sunday evening’ before the Monday 2013-10-28 dateline: Sunday 2013-10-27",
       "Kadhimiya and al-Shula", "Baghdad", "IQ", "explosion", "unknown", "civilians",
       9, None, None, None,
       "Two more car bombs went off within minutes of each other in Kadhimiya and al-Shula, in the north-west of the capital, together killing nine people.",
       note="two places share one toll: one event"),
    ev("Gunmen attacked a police checkpoint in Tarmiyah, killing three policemen.",
       "2013-10-27", "‘overnight’ before the Monday 2013-10-28 dateline: the night of Sunday 2013-10-27",
       "police checkpoint in Tarmiyah", "Baghdad", "IQ", "battle", "militants (unidentified)", "Iraqi Security Forces",
       3, None, None, None,
       "North of the capital, gunmen attacked a police checkpoint in Tarmiyah overnight, killing three policemen before fleeing, a police officer said."),
    ev("Police arrested 17 suspects in raids in the Abu Ghraib area.",
       None, "‘Police said on Monday they had arrested’; ‘without saying when they were detained’: reporting day only",
       "Abu Ghraib", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "unknown",
       None, None, None, None,
       "Police said on Monday they had arrested 17 suspects in raids in the Abu Ghraib area west of Baghdad, without saying when they were detained.",
       arrested=17),
],
figures=[
    fig("killed", 26, "Baghdad",
        "Car bombs kill at least 26 in Baghdad's Shi'ite districts", note="headline total = 11 + 6 + 9 (the three car-bomb events)"),
    fig("killed", 5400, "Iraq",
        "More than 5,400 people, most of them civilians, have been killed in Iraq since the start of the year, according to United Nations figures"),
])

report("h22-09", "2021-09-17", "https://www.example-centralindianews.com/chhattisgarh/2021/09/17/sukma-ied-drg-jawans-bijapur-encounter",
"""
Two DRG jawans killed in IED blast in Sukma; Maoist shot dead in Bijapur encounter

Raipur, Sep 17 (Central India News Service) Two jawans of the District Reserve Guard (DRG) were killed and another was injured when Maoists triggered an improvised explosive device (IED) near Kistaram in Chhattisgarh's Sukma district on Thursday morning, police said.

The team was returning to its camp after an area domination operation when the blast occurred around 7.30 am, the Inspector General of Police (Bastar range) said. The injured jawan was airlifted to Raipur and is stated to be out of danger.

In neighbouring Bijapur district, a Maoist "area committee member" carrying a reward of Rs 5 lakh on his head was killed in an exchange of fire with security forces in the forests near Gangaloor on Wednesday, the IG said. A rifle, a tiffin bomb and Maoist literature were recovered from the spot.

Late on Tuesday night, a group of armed Maoists set fire to three trucks and an earthmover engaged in road construction near Bhejji in Sukma, police said. No one was hurt. The rebels left behind banners opposing the setting up of new security camps in the area.

Dantewada police arrested four members of a Maoist militia at a weekly market near Aranpur on Thursday, an officer said.

So far this year, 42 Maoists have been killed in encounters in the seven districts of the Bastar division, according to police figures. Around 60,000 personnel of the state police and central armed police forces are deployed in the region, which remains the heartland of the banned CPI (Maoist).
""",
events=[
    ev("Maoists triggered an IED near Kistaram as a DRG team returned to camp, killing two jawans and injuring one.",
       "2021-09-16", "‘on Thursday morning’ before the Friday 2021-09-17 dateline: Thursday 2021-09-16",
       "Kistaram", "Chhattisgarh", "IN", "explosion", "Maoists", "Indian security forces",
       2, None, 1, None,
       "Two jawans of the District Reserve Guard (DRG) were killed and another was injured when Maoists triggered an improvised explosive device (IED) near Kistaram in Chhattisgarh's Sukma district on Thursday morning, police said."),
    ev("A Maoist area committee member was killed in an exchange of fire with security forces in the forests near Gangaloor.",
       "2021-09-15", "‘on Wednesday’ before the Friday 2021-09-17 dateline: Wednesday 2021-09-15",
       "forests near Gangaloor", "Chhattisgarh", "IN", "battle", "Indian security forces", "Maoists",
       1, None, None, None,
       "In neighbouring Bijapur district, a Maoist \"area committee member\" carrying a reward of Rs 5 lakh on his head was killed in an exchange of fire with security forces in the forests near Gangaloor on Wednesday, the IG said."),
    ev("Armed Maoists set fire to three trucks and an earthmover used for road construction near Bhejji; no one was hurt.",
       "2021-09-14", "‘Late on Tuesday night’ before the Friday 2021-09-17 dateline: Tuesday 2021-09-14",
       "Bhejji", "Chhattisgarh", "IN", "other", "Maoists", "none",
       0, None, 0, None,
       "Late on Tuesday night, a group of armed Maoists set fire to three trucks and an earthmover engaged in road construction near Bhejji in Sukma, police said. No one was hurt.",
       note="property destruction; explicit zeros ('No one was hurt')"),
    ev("Dantewada police arrested four members of a Maoist militia at a weekly market near Aranpur.",
       "2021-09-16", "‘on Thursday’ before the Friday 2021-09-17 dateline: Thursday 2021-09-16",
       "weekly market near Aranpur", "Chhattisgarh", "IN", "arrest", "Indian security forces", "Maoists",
       None, None, None, None,
       "Dantewada police arrested four members of a Maoist militia at a weekly market near Aranpur on Thursday, an officer said.",
       arrested=4),
],
figures=[
    fig("killed", 42, "Bastar division",
        "So far this year, 42 Maoists have been killed in encounters in the seven districts of the Bastar division, according to police figures"),
    fig("fighters", 60000, "Bastar division",
        "Around 60,000 personnel of the state police and central armed police forces are deployed in the region"),
])

# ---------------------------------------------------------------------------
# h22-10 .. h22-18
# ---------------------------------------------------------------------------

report("h22-10", "2019-07-30", "https://www.example-hindukushwire.com/afghanistan/2019/07/30/unama-midyear-civilian-casualties",
"""
Afghan and foreign forces killed more civilians than insurgents in first half of 2019, UN says

KABUL, July 30 (Hindu Kush Wire) - Afghan government forces and their international allies killed more civilians than the Taliban and other insurgents did in the first six months of 2019, the United Nations said on Tuesday, as air strikes and night raids took a growing toll on villagers caught up in the 18-year-old war.

In its midyear report, the U.N. Assistance Mission in Afghanistan (UNAMA) said it had documented 3,975 civilian casualties between January 1 and June 30: 1,412 people killed and 2,563 wounded. The overall number was 27 percent lower than in the same period last year, largely because of a fall in mass-casualty suicide attacks, but the number of civilians killed by pro-government forces rose sharply.

Pro-government forces were responsible for 748 civilian deaths, the report said, against 581 attributed to the Taliban, Islamic State's local affiliate and other anti-government groups. The remaining deaths could not be attributed to any one side or were caused by crossfire and unexploded ordnance.

Air strikes, most of them carried out by international forces, killed 382 civilians, including 141 children, the report said. Search operations, often conducted at night by Afghan special forces with foreign advisers, killed a further 151.

"Parties to the conflict may offer different reasons for the increase in civilian casualties caused by their operations, but the fact remains that too many civilians are being killed and maimed," the head of UNAMA said in a statement released with the report.

Children made up almost a third of all casualties, the mission said, with 327 killed and 880 wounded, many of them by mortar fire, ground fighting and abandoned explosives. Women accounted for 144 of the deaths.

The U.S. military in Kabul said it "disputes" some of the figures and that its own reviews use "the best available information". It said its forces "take every possible precaution" to protect civilians and that the Taliban deliberately operate from inhabited areas.

A Taliban spokesman rejected the report's findings on the group, saying the mission relied on government sources, and accused U.N. officials of ignoring the "crimes of the invaders".

The report comes as U.S. and Taliban negotiators prepare for what both sides have described as a decisive round of talks in Qatar on a deal under which foreign troops would leave Afghanistan in return for Taliban guarantees that the country will not be used as a base for international militants. Talks among Afghans, including government representatives, would follow.

Last year was the deadliest on record for Afghan civilians, with 3,870 killed, according to UNAMA, which began systematic documentation in 2009. Since then it has recorded more than 33,000 civilian deaths and over 60,000 injuries.

The fighting has also forced more than 200,000 people from their homes so far this year, according to the U.N. humanitarian office, adding to about 2.5 million Afghans already internally displaced. Many have settled in informal camps on the edges of cities such as Kabul, Herat and Lashkar Gah.

Afghan security forces are also suffering heavy losses. President Ashraf Ghani said in January that more than 44,000 members of the security forces had been killed since he took office in late 2014, a figure that works out at more than two dozen a day.

The United States has about 14,000 troops in Afghanistan, most of them training and advising Afghan forces under NATO's Resolute Support mission, while a smaller number carry out counter-terrorism operations against al Qaeda and Islamic State.

Rights groups urged all sides to do more. "These numbers are not statistics, they are families," said a researcher at an Afghan human rights organisation. "Every district we visit has a new graveyard."
""",
country_hint="AF",
figures=[
    fig("other", 3975, "Afghanistan",
        "it had documented 3,975 civilian casualties between January 1 and June 30", note="civilian casualties, killed and wounded"),
    fig("killed", 1412, "Afghanistan",
        "1,412 people killed and 2,563 wounded"),
    fig("wounded", 2563, "Afghanistan",
        "1,412 people killed and 2,563 wounded"),
    fig("killed", 748, "Afghanistan",
        "Pro-government forces were responsible for 748 civilian deaths"),
    fig("killed", 581, "Afghanistan",
        "against 581 attributed to the Taliban, Islamic State's local affiliate and other anti-government groups"),
    fig("killed", 382, "Afghanistan",
        "Air strikes, most of them carried out by international forces, killed 382 civilians, including 141 children"),
    fig("killed", 151, "Afghanistan",
        "Search operations, often conducted at night by Afghan special forces with foreign advisers, killed a further 151."),
    fig("killed", 327, "Afghanistan",
        "with 327 killed and 880 wounded", note="children"),
    fig("wounded", 880, "Afghanistan",
        "with 327 killed and 880 wounded", note="children"),
    fig("killed", 144, "Afghanistan",
        "Women accounted for 144 of the deaths."),
    fig("killed", 3870, "Afghanistan",
        "Last year was the deadliest on record for Afghan civilians, with 3,870 killed, according to UNAMA"),
    fig("killed", 33000, "Afghanistan",
        "Since then it has recorded more than 33,000 civilian deaths and over 60,000 injuries."),
    fig("wounded", 60000, "Afghanistan",
        "Since then it has recorded more than 33,000 civilian deaths and over 60,000 injuries."),
    fig("displaced", 200000, "Afghanistan",
        "The fighting has also forced more than 200,000 people from their homes so far this year"),
    fig("displaced", 2500000, "Afghanistan",
        "about 2.5 million Afghans already internally displaced"),
    fig("killed", 44000, "Afghanistan",
        "more than 44,000 members of the security forces had been killed since he took office in late 2014"),
    fig("fighters", 14000, "Afghanistan",
        "The United States has about 14,000 troops in Afghanistan"),
])

report("h22-11", "2020-08-13", "https://www.example-indianoceandispatch.com/mozambique/2020/08/13/insurgents-seize-mocimboa-da-praia-port",
"""
Islamist insurgents seize Mozambique port town of Mocimboa da Praia

Updated: August 13, 2020

PEMBA, Mozambique (Indian Ocean Dispatch) — Islamist insurgents have taken control of the port of Mocimboa da Praia in northern Mozambique after days of fighting with government forces, security sources and residents said on Thursday, the most significant gain yet for militants who have waged a three-year insurgency in the gas-rich province of Cabo Delgado.

The militants, known locally as al-Shabaab but affiliated with Islamic State, overran the last army positions around the port on Wednesday, two security sources said. Some soldiers fled by sea; others retreated along the coast road. Islamic State's Amaq news agency said the group's fighters had "taken control of the town, including the port" and seized weapons and ammunition.

The assault on the town began last week with attacks on surrounding villages. On Monday the insurgents ambushed a convoy bringing reinforcements along the road from Awasse, killing at least 20 soldiers, according to a security source who had seen the bodies. The defence ministry has not given a toll, and Islamic State, which also claimed the ambush, said it had killed "dozens".

Residents who reached Pemba by boat said the insurgents had also beheaded four men in the village of Chitunda, in the Muidumbe district, last week, accusing them of collaborating with the army. Police did not respond to requests for comment.

Mozambique's defence ministry said in a statement that "terrorists" had attacked the town and that the defence and security forces were "carrying out operations to restore order". It did not acknowledge that the town had fallen.

Mocimboa da Praia, a town of about 30,000 people, is the main port for supplies to liquefied natural gas projects led by Total and ExxonMobil on the nearby Afungi peninsula, worth a combined $60 billion. It was the site of the insurgency's first attack, on police stations in October 2017, and was briefly occupied by the militants in March this year.

The conflict has killed more than 1,500 people since 2017, according to a conflict monitoring group, and displaced at least 250,000, the United Nations says. The government has hired private military contractors, including a South African firm whose helicopters have carried out strikes on insurgent bases.

"The state has lost control of most of the coast north of Macomia," said a researcher who follows the conflict. "This is no longer a problem of a few bandits."
""",
style="undated",
events=[
    ev("Islamic State-affiliated insurgents overran the last army positions around the port and took control of Mocimboa da Praia; Amaq claimed the capture.",
       "2020-08-12", "‘on Wednesday’ before the Thursday 2020-08-13 publication: Wednesday 2020-08-12",
       "Mocimboa da Praia", "Cabo Delgado", "MZ", "territory_gain", "Islamic State", "Mozambican security forces",
       None, None, None, None,
       "Islamist insurgents have taken control of the port of Mocimboa da Praia in northern Mozambique after days of fighting with government forces, security sources and residents said on Thursday [...] The militants, known locally as al-Shabaab but affiliated with Islamic State, overran the last army positions around the port on Wednesday, two security sources said. [...] Islamic State's Amaq news agency said the group's fighters had \"taken control of the town, including the port\" and seized weapons and ammunition.",
       note="the Cabo Delgado insurgents, 'known locally as al-Shabaab', are not the Somali al-Shabaab; Islamic State claimed"),
    ev("The insurgents ambushed a convoy bringing reinforcements on the road from Awasse, killing at least 20 soldiers; Islamic State claimed 'dozens'.",
       "2020-08-10", "‘On Monday’ before the Thursday 2020-08-13 publication: Monday 2020-08-10",
       "road from Awasse", "Cabo Delgado", "MZ", "battle", "Islamic State", "Mozambican security forces",
       20, None, None, None,
       "On Monday the insurgents ambushed a convoy bringing reinforcements along the road from Awasse, killing at least 20 soldiers, according to a security source who had seen the bodies. The defence ministry has not given a toll, and Islamic State, which also claimed the ambush, said it had killed \"dozens\".",
       note="Islamic State's claimed 'dozens' is not used; the security source's 20 is"),
    ev("Insurgents beheaded four men in Chitunda, Muidumbe district, accusing them of collaborating with the army.",
       None, "‘last week’: no day stated",
       "Chitunda", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "Residents who reached Pemba by boat said the insurgents had also beheaded four men in the village of Chitunda, in the Muidumbe district, last week, accusing them of collaborating with the army.",
       note="only 'last week'; the insurgents the report identifies as Islamic State's affiliate", optional=True),
],
figures=[
    fig("other", 30000, "Mocimboa da Praia",
        "Mocimboa da Praia, a town of about 30,000 people", note="population"),
    fig("killed", 1500, "Cabo Delgado",
        "The conflict has killed more than 1,500 people since 2017, according to a conflict monitoring group"),
    fig("displaced", 250000, "Cabo Delgado",
        "displaced at least 250,000, the United Nations says"),
])

report("h22-12", "2023-03-31", "https://www.example-frontierpost-daily.com/kp/2023/03/31/lakki-marwat-police-station-attack",
"""
Four policemen martyred as militants storm Lakki Marwat police station

PESHAWAR: Four policemen, including a deputy superintendent of police (DSP), were martyred and five others injured when heavily armed militants attacked a police station in Khyber Pakhtunkhwa's Lakki Marwat district late on Thursday night, officials said.

According to the district police officer, the attackers used hand grenades and sniper rifles fitted with night-vision sights in the assault, which lasted nearly two hours. Police returned fire and two of the attackers were killed, he said, while the rest escaped under cover of darkness.

The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack in a message sent to journalists.

Earlier, on Wednesday, a soldier was martyred and two others were injured when an improvised explosive device planted by terrorists went off near a security forces' vehicle in North Waziristan's Mir Ali area, the Inter-Services Public Relations (ISPR) said.

In Balochistan, two labourers from Punjab were shot dead by gunmen riding a motorcycle near Turbat in Kech district on Tuesday. The banned Baloch Liberation Front (BLF) claimed the killings, calling the victims "agents of the state".

Militant violence has surged in Khyber Pakhtunkhwa since the TTP called off a ceasefire with the government in November. According to provincial police figures, 121 police personnel have been martyred in the province since January 1, and more than 300 terrorist attacks have been recorded in the same period.

The federal government has announced a new "comprehensive operation" against militancy, but its details have yet to be finalised.
""",
style="undated",
events=[
    ev("Heavily armed TTP militants attacked a police station in Lakki Marwat; four policemen including a DSP and two attackers were killed, five policemen injured.",
       "2023-03-30", "‘late on Thursday night’ before the Friday 2023-03-31 publication: Thursday 2023-03-30",
       "police station, Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       6, None, 5, None,
       "Four policemen, including a deputy superintendent of police (DSP), were martyred and five others injured when heavily armed militants attacked a police station in Khyber Pakhtunkhwa's Lakki Marwat district late on Thursday night, officials said. [...] Police returned fire and two of the attackers were killed, he said, while the rest escaped under cover of darkness. [...] The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack in a message sent to journalists.",
       note="6 = 4 policemen + 2 attackers; 'martyred' = killed"),
    ev("An IED planted by militants went off near a security forces' vehicle in Mir Ali, killing a soldier and injuring two.",
       "2023-03-29", "‘on Wednesday’ before the Friday 2023-03-31 publication: Wednesday 2023-03-29",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "explosion", "militants (unidentified)", "Pakistani security forces",
       1, None, 2, None,
       "Earlier, on Wednesday, a soldier was martyred and two others were injured when an improvised explosive device planted by terrorists went off near a security forces' vehicle in North Waziristan's Mir Ali area, the Inter-Services Public Relations (ISPR) said."),
    ev("Gunmen on a motorcycle shot dead two labourers from Punjab near Turbat; the Baloch Liberation Front claimed the killings.",
       "2023-03-28", "‘on Tuesday’ before the Friday 2023-03-31 publication: Tuesday 2023-03-28",
       "Turbat", "Balochistan", "PK", "attack_on_civilians", "Baloch Liberation Front", "civilians",
       2, None, None, None,
       "In Balochistan, two labourers from Punjab were shot dead by gunmen riding a motorcycle near Turbat in Kech district on Tuesday. The banned Baloch Liberation Front (BLF) claimed the killings, calling the victims \"agents of the state\"."),
],
figures=[
    fig("killed", 121, "Khyber Pakhtunkhwa",
        "121 police personnel have been martyred in the province since January 1"),
    fig("other", 300, "Khyber Pakhtunkhwa",
        "more than 300 terrorist attacks have been recorded in the same period", note="attacks"),
])

report("h22-13", "2023-02-13", "https://www.example-mekongpost.com/myanmar/2023/02/13/kani-monastery-air-strike-yinmabin-ambush",
"""
Junta air strike kills nine at Sagaing monastery, resistance says

YANGON (Mekong Post) — A Myanmar military jet bombed a Buddhist monastery sheltering displaced villagers in Sagaing region's Kani township on Saturday, killing nine civilians, including two novice monks, and wounding 12, a local resistance group and residents said.

The monastery had been housing about 200 people who fled fighting in nearby villages last month, said a member of the local administration set up by the shadow National Unity Government (NUG). "There were no fighters there. Only old people, women and children," he said.

The military's information team said in a statement on Sunday that the air force had targeted a "gathering of PDF terrorists" in the area. It made no mention of civilian casualties.

In neighbouring Yinmabin township, a People's Defence Force (PDF) unit said it had detonated a mine under a military truck and then opened fire on a column of about 80 soldiers on Friday, killing at least seven. Two of its own fighters were killed, the group said. The claim could not be independently verified, and the military did not comment.

On Sunday, soldiers set fire to about 60 houses in a village in Budalin township after its residents fled the troops' advance, according to residents and a local news outlet.

Sagaing, a largely rural region in the country's north-west, has become a stronghold of armed resistance to the generals who seized power two years ago, and the military has increasingly relied on air power and arson to punish communities suspected of supporting the PDFs.

According to the Assistance Association for Political Prisoners (AAPP), security forces have killed more than 3,000 people since the coup on February 1, 2021, and arrested more than 17,000. The United Nations says about 1.2 million people have been displaced inside Myanmar since the coup, most of them in Sagaing and Magway.
""",
style="undated",
events=[
    ev("A military jet bombed a monastery sheltering displaced villagers in Kani township, killing nine civilians and wounding 12; the military said it targeted PDF fighters.",
       "2023-02-11", "‘on Saturday’ before the Monday 2023-02-13 publication: Saturday 2023-02-11",
       "monastery in Kani township", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians",
       9, None, 12, None,
       "A Myanmar military jet bombed a Buddhist monastery sheltering displaced villagers in Sagaing region's Kani township on Saturday, killing nine civilians, including two novice monks, and wounding 12, a local resistance group and residents said. [...] The military's information team said in a statement on Sunday that the air force had targeted a \"gathering of PDF terrorists\" in the area.",
       note="the military admits the strike and disputes the victims"),
    ev("A PDF unit detonated a mine under a military truck in Yinmabin township and opened fire on the column; it lost two fighters and claimed seven soldiers killed.",
       "2023-02-10", "‘on Friday’ before the Monday 2023-02-13 publication: Friday 2023-02-10",
       "Yinmabin township", "Sagaing", "MM", "explosion", "People's Defence Force", "Myanmar security forces",
       2, None, None, None,
       "In neighbouring Yinmabin township, a People's Defence Force (PDF) unit said it had detonated a mine under a military truck and then opened fire on a column of about 80 soldiers on Friday, killing at least seven. Two of its own fighters were killed, the group said.",
       note="an ambush opened by a mine: explosion; the PDF's claimed seven soldiers is not used, its own two dead are"),
    ev("Soldiers set fire to about 60 houses in a village in Budalin township after the residents fled.",
       "2023-02-12", "‘On Sunday’ before the Monday 2023-02-13 publication: Sunday 2023-02-12",
       "village in Budalin township", "Sagaing", "MM", "other", "Myanmar security forces", "civilians",
       None, None, None, None,
       "On Sunday, soldiers set fire to about 60 houses in a village in Budalin township after its residents fled the troops' advance, according to residents and a local news outlet.",
       note="property destruction (arson)"),
],
figures=[
    fig("other", 200, "monastery in Kani township",
        "The monastery had been housing about 200 people who fled fighting in nearby villages last month", note="displaced people sheltering"),
    fig("killed", 3000, "Myanmar",
        "security forces have killed more than 3,000 people since the coup on February 1, 2021"),
    fig("arrested", 17000, "Myanmar",
        "and arrested more than 17,000"),
    fig("displaced", 1200000, "Myanmar",
        "The United Nations says about 1.2 million people have been displaced inside Myanmar since the coup"),
])

report("h22-14", "2024-05-22", "https://www.example-andeswire.com/colombia/2024/05/22/morales-police-station-drones-jamundi-motorbike-bomb",
"""
Dissidents hit Cauca police station with drones and explosives, two officers killed

POPAYÁN, Colombia, May 22 (Andes Wire) - FARC dissidents attacked the police station in the town of Morales in Colombia's southwestern Cauca province on Monday with explosives dropped from drones and homemade mortars, killing two police officers and wounding seven people, five of them civilians, authorities said.

The regional army commander blamed the Jaime Martínez front of the Central General Staff (EMC), the largest of the groups formed by former FARC rebels who rejected the 2016 peace deal. The attack lasted more than six hours before army reinforcements reached the town, residents said, and several houses around the station were damaged.

On Tuesday, a motorcycle packed with explosives blew up outside a shop near the police station in Jamundí, in neighbouring Valle del Cauca province, wounding three people. No one was killed. Officials attributed the bombing to the same faction.

The army said troops killed four dissidents in a clash in rural Argelia, in southern Cauca, on Sunday, and seized rifles, ammunition and explosives.

Also on Sunday, the body of a member of the Indigenous Guard, an unarmed community security force, was found near Toribío, a day after he had been reported missing. Indigenous authorities blamed the dissidents, whom they accuse of recruiting children in the area.

President Gustavo Petro's government suspended a ceasefire with the EMC's Cauca factions in March after a series of attacks on civilians, while talks continue with other dissident blocs. The defence ministry says the faction has about 3,500 members under arms, and that there have been 94 attacks on the security forces in Cauca so far this year.

"The state is not losing control of Cauca, because it never had it," said a community leader in Morales. "We live between the armed groups and the army."
""",
events=[
    ev("FARC dissidents attacked the Morales police station with drone-dropped explosives and homemade mortars, killing two police officers and wounding seven people, five of them civilians.",
       "2024-05-20", "‘on Monday’ before the Wednesday 2024-05-22 dateline: Monday 2024-05-20",
       "police station in Morales", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       2, None, 7, None,
       "FARC dissidents attacked the police station in the town of Morales in Colombia's southwestern Cauca province on Monday with explosives dropped from drones and homemade mortars, killing two police officers and wounding seven people, five of them civilians, authorities said.",
       note="drones and mortars: explosion; blamed on the EMC's Jaime Martínez front"),
    ev("A motorcycle bomb exploded outside a shop near the police station in Jamundí, wounding three people; no one was killed.",
       "2024-05-21", "‘On Tuesday’ before the Wednesday 2024-05-22 dateline: Tuesday 2024-05-21",
       "Jamundí", "Valle del Cauca", "CO", "explosion", "FARC dissidents", "civilians",
       0, None, 3, None,
       "On Tuesday, a motorcycle packed with explosives blew up outside a shop near the police station in Jamundí, in neighbouring Valle del Cauca province, wounding three people. No one was killed. Officials attributed the bombing to the same faction.",
       note="explicit zero killed ('No one was killed'); attributed by officials, not denied"),
    ev("Troops killed four dissidents in a clash in rural Argelia.",
       "2024-05-19", "‘on Sunday’ before the Wednesday 2024-05-22 dateline: Sunday 2024-05-19",
       "Argelia", "Cauca", "CO", "battle", "Colombian security forces", "FARC dissidents",
       4, None, None, None,
       "The army said troops killed four dissidents in a clash in rural Argelia, in southern Cauca, on Sunday, and seized rifles, ammunition and explosives."),
    ev("The body of an Indigenous Guard member, missing since the day before, was found near Toribío; Indigenous authorities blamed the dissidents.",
       "2024-05-19", "‘Also on Sunday’ the body was found, before the Wednesday 2024-05-22 dateline: Sunday 2024-05-19 (the day of discovery; the killing itself is not dated)",
       "Toribío", "Cauca", "CO", "attack_on_civilians", "FARC dissidents", "civilians",
       1, None, None, None,
       "Also on Sunday, the body of a member of the Indigenous Guard, an unarmed community security force, was found near Toribío, a day after he had been reported missing. Indigenous authorities blamed the dissidents, whom they accuse of recruiting children in the area.",
       note="dated by the discovery of the body, as ACLED does; blamed, not denied"),
],
figures=[
    fig("fighters", 3500, "Cauca",
        "The defence ministry says the faction has about 3,500 members under arms"),
    fig("other", 94, "Cauca",
        "there have been 94 attacks on the security forces in Cauca so far this year", note="attacks"),
])

report("h22-15", "2022-11-17", "https://www.example-nortewire.com/zacatecas/2022/11/17/fresnillo-seven-bodies-highway",
"""
Seven bodies dumped by highway near Fresnillo, message signed by CJNG

Authorities in the northern Mexican state of Zacatecas found the bodies of seven men dumped beside a highway near Fresnillo on Wednesday morning, the state prosecutor's office said. Two of the men had been reported missing last week.

A handwritten message left with the bodies was signed by the Jalisco New Generation Cartel (CJNG), which is fighting the Sinaloa Cartel for control of drug trafficking routes through the state.

Separately, gunmen ambushed a municipal police patrol in Valparaíso late on Tuesday, killing two officers, state officials said.
""",
style="none",
events=[
    ev("The bodies of seven men were found dumped beside a highway near Fresnillo with a message signed by the CJNG.",
       "2022-11-16", "found ‘on Wednesday morning’; no dateline, published Thursday 2022-11-17: Wednesday 2022-11-16 (the day of discovery)",
       "highway near Fresnillo", "Zacatecas", "MX", "attack_on_civilians", "Jalisco New Generation Cartel", "civilians",
       7, None, None, None,
       "Authorities in the northern Mexican state of Zacatecas found the bodies of seven men dumped beside a highway near Fresnillo on Wednesday morning, the state prosecutor's office said. [...] A handwritten message left with the bodies was signed by the Jalisco New Generation Cartel (CJNG)",
       note="dated by discovery; the message signed by the CJNG is taken as its claim"),
    ev("Gunmen ambushed a municipal police patrol in Valparaíso, killing two officers.",
       "2022-11-15", "‘late on Tuesday’; no dateline, published Thursday 2022-11-17: Tuesday 2022-11-15",
       "Valparaíso", "Zacatecas", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       2, None, None, None,
       "Separately, gunmen ambushed a municipal police patrol in Valparaíso late on Tuesday, killing two officers, state officials said."),
])

report("h22-16", "2022-02-01", "https://www.example-mekongpost.com/myanmar/2022/02/01/coup-anniversary-armed-resistance",
"""
A year after the coup, Myanmar's junta faces armed resistance across the country

BANGKOK, Feb 1 (Mekong Post) - A year after Myanmar's military seized power, the junta is fighting armed resistance in much of the country, the economy has shrunk sharply and more than 400,000 people have been driven from their homes, according to United Nations figures.

The Assistance Association for Political Prisoners (AAPP), a rights group that tracks arrests and killings, says security forces have killed at least 1,500 people since the coup on February 1, 2021, and arrested more than 11,800, of whom about 8,800 remain in detention.

Opponents of the coup have called for a "silent strike" on Tuesday, urging people to stay at home and businesses to close for the day. The military has warned that shop owners who take part could face prosecution under counter-terrorism laws.

People's Defence Forces, loosely organised militias loyal to the shadow National Unity Government (NUG), have sprung up across the central dry zone, where the military has responded with air strikes and the burning of villages. At least 2,500 homes have been burned since May, most of them in the Sagaing and Magway regions, according to an independent research group that monitors the conflict.

The NUG says it has formed more than 250 PDF battalions, though many are poorly armed, relying on hunting rifles and homemade weapons. Analysts estimate that the military has between 150,000 and 200,000 troops.

Ethnic armed organisations that have fought the military for decades in the borderlands have also stepped up operations, and some are training and arming the new militias.

"The military has united the country against itself," said a Yangon-based analyst who asked not to be named. "But it still has the guns, the aircraft and the money from gas."
""",
country_hint="MM",
figures=[
    fig("displaced", 400000, "Myanmar",
        "more than 400,000 people have been driven from their homes, according to United Nations figures"),
    fig("killed", 1500, "Myanmar",
        "security forces have killed at least 1,500 people since the coup on February 1, 2021"),
    fig("arrested", 11800, "Myanmar",
        "arrested more than 11,800, of whom about 8,800 remain in detention"),
    fig("other", 8800, "Myanmar",
        "of whom about 8,800 remain in detention", note="still detained"),
    fig("other", 2500, "Sagaing and Magway",
        "At least 2,500 homes have been burned since May, most of them in the Sagaing and Magway regions", note="homes burned"),
    fig("other", 250, "Myanmar",
        "The NUG says it has formed more than 250 PDF battalions", note="battalions"),
    fig("fighters", 150000, "Myanmar",
        "Analysts estimate that the military has between 150,000 and 200,000 troops", note="150,000 to 200,000"),
])

report("h22-17", "2022-02-10", "https://www.example-sahelpost.com/niger/2022/02/10/anzourou-market-massacre-banibangou-ambush",
"""
Niger: gunmen kill 23 at Anzourou market as jihadist violence spreads in Tillaberi

NIAMEY, 10 February (Sahel Post) - Gunmen on dozens of motorbikes attacked a weekly market in the Anzourou area of western Niger on Tuesday, killing at least 23 civilians, the government said on Wednesday evening, revising upwards an initial toll of 18 after more bodies were found in the surrounding bush.

Six people were wounded and taken to hospital in Tillaberi, the regional capital, the interior ministry said in a statement read on state television. It blamed the Islamic State in the Greater Sahara (ISGS), which has carried out a string of massacres in the region bordering Mali and Burkina Faso.

"They arrived at about four in the afternoon, when the market was at its busiest, surrounded it and started shooting," said a trader who escaped by hiding under a lorry. "They took cattle, motorbikes, everything they could carry."

The next morning, a National Guard patrol sent to the area was ambushed near Banibangou by what the defence ministry described as "the same terrorist group". Five guardsmen were killed and three wounded, the ministry said, adding that about 15 assailants were killed in the ensuing fighting and that a large quantity of weapons was recovered.

French and Nigerien forces have stepped up operations against the group in recent weeks. On Sunday, French aircraft struck a convoy of ISGS fighters near Inates, close to the Malian border, killing about 20 militants, the French military said in a statement. Nigerien ground troops took part in the operation, it added.

Police in Tillaberi arrested seven people suspected of supplying information and fuel to the attackers on Wednesday, a local official said. The government declared three days of national mourning.

In the south-east, near Lake Chad, Boko Haram fighters killed five soldiers in an attack on an army post near Bosso late last month, the army said, without giving a date.

The Tillaberi region, part of the so-called tri-border area where Niger, Mali and Burkina Faso meet, has become one of the deadliest places in the Sahel. In January last year, attackers killed about 100 people in two villages in a single morning, and in December 2019 an assault on the army camp at Inates left 71 soldiers dead.

More than 600 civilians were killed in Tillaberi last year, according to a tally by this newspaper, more than in any previous year. The U.N. refugee agency says more than 110,000 people are displaced inside the region, and local officials say about 800 schools have closed because of insecurity.

Residents say the jihadists impose "zakat", an Islamic tax, on herders and farmers, and punish those suspected of informing the army. Many villages have been emptied as families move to the towns of Tillaberi, Ouallam and Filingue.

"The state is present in the towns, but in the bush it is the armed men who give the orders," said a former mayor in the area, who asked not to be named. "People have stopped going to the markets, and now the markets are where they come to kill us."

President Mohamed Bazoum, who took office in April last year, has called for a greater effort by Niger's partners and has said the government is open to talks with some fighters who lay down their weapons. Niger, which hosts a French air base in Niamey and some 800 French troops, is expected to take on a bigger role in the region as France reorganises its Barkhane force.

A senior Western diplomat in Niamey said the attacks on markets were meant to choke the local economy and show that the state cannot protect people. "Every time a market is hit, ten villages empty," he said.

The interior ministry said reinforcements had been sent to Anzourou and that the authorities would "spare no effort" to find those responsible.
""",
events=[
    ev("Gunmen on motorbikes attacked a weekly market in the Anzourou area, killing at least 23 civilians (revised from 18) and wounding six; the government blamed the ISGS.",
       "2022-02-08", "‘on Tuesday’ before the Thursday 2022-02-10 dateline: Tuesday 2022-02-08",
       "weekly market, Anzourou", "Tillaberi", "NE", "attack_on_civilians", "Islamic State", "civilians",
       23, None, 6, None,
       "Gunmen on dozens of motorbikes attacked a weekly market in the Anzourou area of western Niger on Tuesday, killing at least 23 civilians, the government said on Wednesday evening, revising upwards an initial toll of 18 after more bodies were found in the surrounding bush. [...] Six people were wounded and taken to hospital in Tillaberi, the regional capital, the interior ministry said in a statement read on state television. It blamed the Islamic State in the Greater Sahara (ISGS)",
       note="revised toll: 23 replaces 18 (not a conflict); ISGS blamed by the government, counted as Islamic State"),
    ev("A National Guard patrol was ambushed near Banibangou by the same group; five guardsmen and about 15 assailants were killed, three guardsmen wounded.",
       "2022-02-09", "‘The next morning’ after the Tuesday 2022-02-08 market attack: Wednesday 2022-02-09",
       "Banibangou", "Tillaberi", "NE", "battle", "Islamic State", "Nigerien security forces",
       20, None, 3, None,
       "The next morning, a National Guard patrol sent to the area was ambushed near Banibangou by what the defence ministry described as \"the same terrorist group\". Five guardsmen were killed and three wounded, the ministry said, adding that about 15 assailants were killed in the ensuing fighting and that a large quantity of weapons was recovered.",
       note="20 = 5 guardsmen + about 15 assailants (the ministry's count)"),
    ev("French aircraft struck a convoy of ISGS fighters near Inates, killing about 20, with Nigerien ground troops taking part.",
       "2022-02-06", "‘On Sunday’ before the Thursday 2022-02-10 dateline: Sunday 2022-02-06",
       "Inates", "Tillaberi", "NE", "explosion", "French forces", "Islamic State",
       20, None, None, None,
       "On Sunday, French aircraft struck a convoy of ISGS fighters near Inates, close to the Malian border, killing about 20 militants, the French military said in a statement. Nigerien ground troops took part in the operation, it added.",
       note="with Nigerien troops; the French military's count is used, as armies' counts are"),
    ev("Police in Tillaberi arrested seven people suspected of supplying information and fuel to the attackers.",
       "2022-02-09", "‘on Wednesday’ before the Thursday 2022-02-10 dateline: Wednesday 2022-02-09",
       "Tillaberi", "Tillaberi", "NE", "arrest", "Nigerien security forces", "civilians",
       None, None, None, None,
       "Police in Tillaberi arrested seven people suspected of supplying information and fuel to the attackers on Wednesday, a local official said.",
       arrested=7),
    ev("Boko Haram fighters killed five soldiers in an attack on an army post near Bosso.",
       None, "‘late last month’, ‘without giving a date’",
       "army post near Bosso", "Diffa", "NE", "battle", "Boko Haram", "Nigerien security forces",
       5, None, None, None,
       "In the south-east, near Lake Chad, Boko Haram fighters killed five soldiers in an attack on an army post near Bosso late last month, the army said, without giving a date.",
       note="only 'late last month'", optional=True),
],
figures=[
    fig("killed", 600, "Tillaberi",
        "More than 600 civilians were killed in Tillaberi last year, according to a tally by this newspaper"),
    fig("displaced", 110000, "Tillaberi",
        "The U.N. refugee agency says more than 110,000 people are displaced inside the region"),
    fig("other", 800, "Tillaberi",
        "local officials say about 800 schools have closed because of insecurity", note="schools closed"),
    fig("fighters", 800, "Niger",
        "some 800 French troops"),
])

report("h22-18", "2018-09-26", "https://www.example-grassfieldscourier.com/2018/09/26/bambui-gendarmes-ambush-homes-torched",
"""
Separatists kill three gendarmes near Bamenda; homes torched in Bambui

Published: Wednesday, September 26, 2018

BAMENDA, Cameroon (Grassfields Courier) — Three gendarmes were killed on Monday when suspected separatist fighters ambushed their patrol vehicle near Bambui, a few kilometres north of Bamenda, the capital of Cameroon's Northwest region, military sources said.

The attackers opened fire from the bush as the vehicle slowed at a bend in the road, one source said. The army said "several assailants" were killed when reinforcements arrived, but gave no figure.

A day later, dozens of houses in Bambui were burned. Residents who fled to Bamenda said soldiers searching for the attackers had set the homes on fire. The army denied the accusation, saying in a statement that "terrorists" had torched the houses to discredit the defence forces.

In the Southwest region, gunmen abducted the principal of a secondary school and six students in Buea on Monday, a local official said. The official blamed separatists, who have ordered schools in the English-speaking regions to stay closed until the "restoration of Ambazonia", the state they proclaimed on October 1, 2017.

The crisis began in late 2016 with protests by lawyers and teachers against the perceived marginalisation of the English-speaking minority and has since grown into an armed conflict. The government says more than 170 soldiers and police officers have been killed. Rights groups say at least 400 civilians have died, and the United Nations estimates that about 246,000 people have fled their homes in the two regions, while more than 25,000 have sought refuge in Nigeria.

Separatist leaders have vowed to disrupt next month's presidential election in the Anglophone regions, where the government has deployed thousands of extra troops.
""",
style="undated",
events=[
    ev("Suspected separatist fighters ambushed a gendarmerie patrol near Bambui, killing three gendarmes; the army said 'several' attackers were killed.",
       "2018-09-24", "‘on Monday’ before the Wednesday 2018-09-26 publication: Monday 2018-09-24",
       "Bambui", "Northwest", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       3, None, None, None,
       "Three gendarmes were killed on Monday when suspected separatist fighters ambushed their patrol vehicle near Bambui, a few kilometres north of Bamenda, the capital of Cameroon's Northwest region, military sources said. [...] The army said \"several assailants\" were killed when reinforcements arrived, but gave no figure.",
       note="3 gendarmes; 'several' assailants gives no count"),
    ev("Dozens of houses in Bambui were burned; residents blamed soldiers, the army blamed separatists.",
       "2018-09-25", "‘A day later’ than the Monday 2018-09-24 ambush: Tuesday 2018-09-25",
       "Bambui", "Northwest", "CM", "other", "unknown", "civilians",
       None, None, None, None,
       "A day later, dozens of houses in Bambui were burned. Residents who fled to Bamenda said soldiers searching for the attackers had set the homes on fire. The army denied the accusation, saying in a statement that \"terrorists\" had torched the houses to discredit the defence forces.",
       note="arson; each side blames the other: unknown"),
    ev("Gunmen abducted a secondary school principal and six students in Buea; a local official blamed separatists.",
       "2018-09-24", "‘on Monday’ before the Wednesday 2018-09-26 publication: Monday 2018-09-24",
       "Buea", "Southwest", "CM", "other", "Ambazonian separatists", "civilians",
       None, None, None, None,
       "In the Southwest region, gunmen abducted the principal of a secondary school and six students in Buea on Monday, a local official said. The official blamed separatists",
       note="abduction of seven; blamed, not denied"),
],
figures=[
    fig("killed", 170, "Anglophone regions",
        "The government says more than 170 soldiers and police officers have been killed."),
    fig("killed", 400, "Anglophone regions",
        "Rights groups say at least 400 civilians have died"),
    fig("displaced", 246000, "Northwest and Southwest",
        "the United Nations estimates that about 246,000 people have fled their homes in the two regions"),
    fig("displaced", 25000, "Nigeria",
        "more than 25,000 have sought refuge in Nigeria", note="refugees in Nigeria"),
])

# ---------------------------------------------------------------------------
# h22-19 .. h22-27
# ---------------------------------------------------------------------------

report("h22-19", "2019-06-17", "https://www.example-benadirdaily.com/somalia/2019/06/17/parliament-checkpoint-car-bomb-awdheegle",
"""
Car bomb near Somali parliament kills at least 8; al Shabaab claims attack

MOGADISHU, June 17 (Benadir Daily) - A car bomb exploded at a security checkpoint near Somalia's parliament building in Mogadishu on Saturday, killing at least eight people, most of them soldiers, police said.

A police officer at the scene said five soldiers and three civilians, including a rickshaw driver, were killed and 16 people were wounded. The private Aamin Ambulance service, which collected the casualties, put the death toll at 11.

The al Qaeda-linked al Shabaab group said in a statement on its Andalus radio station that it had targeted "apostate soldiers" guarding the road to the parliament and that 15 of them had been killed.

Late on Sunday, several mortar rounds landed inside and near the heavily fortified Halane compound at Mogadishu's Aden Adde international airport, which houses the African Union mission and several embassies. The AU mission said there were no casualties. No group said it had fired the shells.

In the Lower Shabelle region, Somali troops backed by African Union forces took control of the town of Awdheegle on Friday after al Shabaab fighters withdrew overnight without a fight, a regional official said. The town, on the Shabelle river west of the capital, had been held by the militants for several years.

The U.S. Africa Command said it had carried out an air strike near Jilib, in the Middle Juba region, on Thursday, killing two al Shabaab fighters. It said no civilians were killed or injured.

The U.S. military has carried out more than 40 air strikes in Somalia this year, according to its own statements. Al Shabaab, which was pushed out of Mogadishu in 2011, is estimated to have between 5,000 and 9,000 fighters and still controls large parts of the countryside.
""",
events=[
    ev("A car bomb exploded at a checkpoint near the parliament in Mogadishu, killing at least eight (police) or 11 (Aamin Ambulance), mostly soldiers, and wounding 16; al Shabaab claimed it and 15 dead.",
       "2019-06-15", "‘on Saturday’ before the Monday 2019-06-17 dateline: Saturday 2019-06-15",
       "checkpoint near the parliament building, Mogadishu", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
       8, 11, 16, None,
       "A car bomb exploded at a security checkpoint near Somalia's parliament building in Mogadishu on Saturday, killing at least eight people, most of them soldiers, police said. [...] A police officer at the scene said five soldiers and three civilians, including a rickshaw driver, were killed and 16 people were wounded. The private Aamin Ambulance service, which collected the casualties, put the death toll at 11. [...] The al Qaeda-linked al Shabaab group said in a statement on its Andalus radio station that it had targeted \"apostate soldiers\" guarding the road to the parliament and that 15 of them had been killed.",
       note="conflicting tolls 8 (police) and 11 (ambulance service); al Shabaab's claimed 15 is not used"),
    ev("Mortar rounds landed in and near the Halane compound at Aden Adde airport; the AU mission reported no casualties.",
       "2019-06-16", "‘Late on Sunday’ before the Monday 2019-06-17 dateline: Sunday 2019-06-16",
       "Halane compound, Aden Adde international airport", "Banaadir", "SO", "explosion", "unknown", "AMISOM",
       0, None, 0, None,
       "Late on Sunday, several mortar rounds landed inside and near the heavily fortified Halane compound at Mogadishu's Aden Adde international airport, which houses the African Union mission and several embassies. The AU mission said there were no casualties. No group said it had fired the shells.",
       note="explicit zeros ('no casualties'); nobody named"),
    ev("Somali troops backed by AU forces took control of Awdheegle after al Shabaab withdrew overnight without a fight.",
       "2019-06-14", "‘on Friday’ before the Monday 2019-06-17 dateline: Friday 2019-06-14",
       "Awdheegle", "Lower Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "In the Lower Shabelle region, Somali troops backed by African Union forces took control of the town of Awdheegle on Friday after al Shabaab fighters withdrew overnight without a fight, a regional official said.",
       note="with AU forces; taken without a fight (ACLED: non-violent transfer of territory)"),
    ev("A US air strike near Jilib killed two al Shabaab fighters, according to AFRICOM.",
       "2019-06-13", "‘on Thursday’ before the Monday 2019-06-17 dateline: Thursday 2019-06-13",
       "Jilib", "Middle Juba", "SO", "explosion", "US forces", "al-Shabaab",
       2, None, None, None,
       "The U.S. Africa Command said it had carried out an air strike near Jilib, in the Middle Juba region, on Thursday, killing two al Shabaab fighters. It said no civilians were killed or injured.",
       note="'no civilians ... injured' covers only civilians, so wounded stays null"),
],
figures=[
    fig("other", 40, "Somalia",
        "The U.S. military has carried out more than 40 air strikes in Somalia this year", note="air strikes"),
    fig("fighters", 5000, "Somalia",
        "is estimated to have between 5,000 and 9,000 fighters", note="5,000 to 9,000"),
])

report("h22-20", "2022-06-14", "https://www.example-kivuwire.com/2022/06/14/m23-seize-bunagana",
"""
M23 rebels seize Congo border town of Bunagana

GOMA (Kivu Wire) — M23 rebels seized the town of Bunagana on Congo's border with Uganda early on Monday after two days of fighting with the army, local officials and a U.N. source said. Congo's army called the town's fall an "invasion" and again accused Rwanda of backing the rebels, which Kigali denies.

At least 137 Congolese soldiers and police officers crossed into Uganda as the town fell, Ugandan officials said.

On Sunday, shells hit homes in Jomba, near Bunagana, killing two children. The army and the M23 blamed each other.
""",
style="undated",
events=[
    ev("M23 rebels seized the border town of Bunagana after two days of fighting with the army.",
       "2022-06-13", "‘early on Monday’ before the Tuesday 2022-06-14 publication: Monday 2022-06-13",
       "Bunagana", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
       None, None, None, None,
       "M23 rebels seized the town of Bunagana on Congo's border with Uganda early on Monday after two days of fighting with the army, local officials and a U.N. source said."),
    ev("Shells hit homes in Jomba, killing two children; the army and the M23 blamed each other.",
       "2022-06-12", "‘On Sunday’ before the Tuesday 2022-06-14 publication: Sunday 2022-06-12",
       "Jomba", "North Kivu", "CD", "explosion", "unknown", "civilians",
       2, None, None, None,
       "On Sunday, shells hit homes in Jomba, near Bunagana, killing two children. The army and the M23 blamed each other.",
       note="each side blames the other: unknown"),
],
figures=[
    fig("other", 137, "Bunagana",
        "At least 137 Congolese soldiers and police officers crossed into Uganda as the town fell", note="troops who fled abroad"),
])

report("h22-21", "2023-10-19", "https://www.example-abbayledger.com/amhara/2023/10/19/dembecha-drone-strike-bus-station",
"""
Drone strike on Amhara bus station kills at least 12, witnesses say

By Staff Reporter
Updated 19 October 2023

A drone strike hit a minibus station in the town of Dembecha in Ethiopia's Amhara region on Tuesday, killing at least 12 people, a doctor at the town's hospital said, as fighting between federal forces and the Fano militia continues more than two months after the government declared a state of emergency.

A local administrator said 17 people had been killed and more than 20 wounded, many of them passengers waiting for transport to Bahir Dar, the regional capital. Residents said the drone struck shortly after a group of Fano fighters had passed through the town.

Residents and the doctor said the drone belonged to the federal military, the only party to the conflict known to operate armed drones. A government spokesman did not respond to requests for comment.

On Monday, Fano fighters attacked army positions in the town of Debre Tabor and briefly held parts of it before withdrawing at nightfall, two residents said. There was no word on casualties.

The federal police said on Wednesday they had detained 23 people in Bahir Dar suspected of "coordinating with extremist forces", without saying when the arrests took place.

Fano, a loosely organised Amhara nationalist militia that fought alongside federal troops during the war in Tigray, turned against the government after it moved in April to dissolve the regional special forces. The state of emergency declared in early August gives the security forces sweeping powers of arrest and search.

The U.N. human rights office said in late August that at least 183 people had been killed in Amhara in the first month of clashes. Internet access in the region has been cut since early August.
""",
style="none",
events=[
    ev("A drone strike hit a minibus station in Dembecha, killing at least 12 (hospital doctor) or 17 (local administrator) and wounding more than 20; residents blamed the federal military.",
       "2023-10-17", "‘on Tuesday’ before the Thursday 2023-10-19 publication: Tuesday 2023-10-17",
       "minibus station, Dembecha", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
       12, 17, 20, None,
       "A drone strike hit a minibus station in the town of Dembecha in Ethiopia's Amhara region on Tuesday, killing at least 12 people, a doctor at the town's hospital said [...] A local administrator said 17 people had been killed and more than 20 wounded, many of them passengers waiting for transport to Bahir Dar, the regional capital. [...] Residents and the doctor said the drone belonged to the federal military, the only party to the conflict known to operate armed drones. A government spokesman did not respond to requests for comment.",
       note="conflicting tolls 12 and 17; blamed on the federal military, not denied"),
    ev("Fano fighters attacked army positions in Debre Tabor and briefly held parts of the town before withdrawing.",
       "2023-10-16", "‘On Monday’ before the Thursday 2023-10-19 publication: Monday 2023-10-16",
       "Debre Tabor", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "On Monday, Fano fighters attacked army positions in the town of Debre Tabor and briefly held parts of it before withdrawing at nightfall, two residents said. There was no word on casualties.",
       note="parts of the town held only for the day: a battle, not a change of territory"),
    ev("Federal police detained 23 people in Bahir Dar suspected of 'coordinating with extremist forces'.",
       None, "‘The federal police said on Wednesday they had detained’ ... ‘without saying when the arrests took place’: reporting day only",
       "Bahir Dar", "Amhara", "ET", "arrest", "Ethiopian security forces", "civilians",
       None, None, None, None,
       "The federal police said on Wednesday they had detained 23 people in Bahir Dar suspected of \"coordinating with extremist forces\", without saying when the arrests took place.",
       arrested=23),
],
figures=[
    fig("killed", 183, "Amhara",
        "at least 183 people had been killed in Amhara in the first month of clashes"),
])

report("h22-22", "2023-11-24", "https://www.example-dniprodesk.com/ukraine/2023/11/24/un-civilian-toll-passes-10000",
"""
UN says civilian death toll in Ukraine passes 10,000 as war nears second winter

KYIV, Nov 24 (Dnipro Desk) - More than 10,000 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022, the U.N. human rights monitoring mission said, warning that the real figure is likely to be significantly higher.

The mission said it had verified 10,065 civilian deaths and 18,870 injuries as of mid-November, among them more than 560 children killed. About half of the civilian deaths in the past three months occurred far from the front line, as Russian missiles and drones struck cities deep inside Ukraine, it said.

"The true toll is likely significantly higher, as much of the information from places such as Mariupol is still being corroborated," the head of the mission said.

Ukrainian officials say about 3.7 million people are internally displaced, while more than 6.2 million Ukrainians are registered as refugees in Europe and beyond, according to the U.N. refugee agency.

The country now faces a second winter of attacks on its energy grid. Last winter, Russian strikes knocked out about half of Ukraine's power generation capacity, officials say, and engineers have spent months repairing substations and building protective barriers around them.

Ukraine's government estimates that about 174,000 square kilometres of its territory, nearly a third of the country, may be contaminated by mines and unexploded ordnance, making it one of the most heavily mined countries in the world.

Neither side publishes full figures for its military losses. U.S. officials said in August that nearly 500,000 Ukrainian and Russian troops had been killed or wounded since the start of the war.

Russia denies targeting civilians.
""",
country_hint="UA",
figures=[
    fig("killed", 10065, "Ukraine",
        "The mission said it had verified 10,065 civilian deaths and 18,870 injuries as of mid-November"),
    fig("wounded", 18870, "Ukraine",
        "The mission said it had verified 10,065 civilian deaths and 18,870 injuries as of mid-November"),
    fig("killed", 560, "Ukraine",
        "among them more than 560 children killed", note="children"),
    fig("displaced", 3700000, "Ukraine",
        "Ukrainian officials say about 3.7 million people are internally displaced"),
    fig("displaced", 6200000, "Ukraine",
        "more than 6.2 million Ukrainians are registered as refugees in Europe and beyond", note="refugees abroad"),
    fig("other", 174000, "Ukraine",
        "about 174,000 square kilometres of its territory, nearly a third of the country, may be contaminated by mines and unexploded ordnance",
        note="square kilometres possibly mined"),
    fig("other", 500000, "Ukraine",
        "nearly 500,000 Ukrainian and Russian troops had been killed or wounded since the start of the war", note="troops killed or wounded"),
])

report("h22-23", "2024-03-03", "https://www.example-redseawire.com/sudan/2024/03/03/gezira-abu-ushar-rsf-raid-toll-rises",
"""
Death toll from RSF raid on Gezira village rises to 30, activists say

PORT SUDAN, March 3 (Red Sea Wire) - The number of people killed when fighters of the paramilitary Rapid Support Forces stormed a village near Abu Ushar in Sudan's Gezira state last Tuesday has risen to 30, a local resistance committee said on Saturday, after three of the wounded died in hospital.

The committee had earlier said 27 villagers were killed and more than 40 wounded when dozens of RSF fighters in pickup trucks entered the village, shooting at residents who tried to stop them from looting homes and grain stores. Many of the wounded could not be taken to hospital because the roads were blocked, it said.

The RSF said in a statement that its forces had fought "remnants of the army and Islamist brigades" in the Abu Ushar area and denied attacking civilians. It did not give a toll.

On Saturday, army drones struck RSF positions in Wad Madani, the state capital, which the paramilitaries captured in December, the army said. Activists in the city said five civilians were killed when one of the drones hit a market.

Rights groups have also documented abductions of women and girls by RSF fighters in Gezira. A women's rights group said on Friday that at least 15 women had been abducted from villages around Rufaa last week and that the families of some had received ransom demands.

The RSF's sweep through Gezira, Sudan's agricultural heartland, has forced more than 500,000 people to flee since December, according to the International Organization for Migration, many of them for the second time after escaping the fighting in Khartoum. Nationwide, more than 8 million people have been displaced since the war between the army and the RSF began in April last year, and at least 14,000 have been killed, according to U.N. estimates.

"Every village the RSF enters is looted and emptied," said a member of the resistance committee, who asked not to be named. "Those who resist are shot."
""",
events=[
    ev("RSF fighters stormed a village near Abu Ushar, shooting residents who resisted looting; 27 were killed at first and three of the more than 40 wounded died later; the RSF said it fought army remnants and denied attacking civilians.",
       "2024-02-27", "‘last Tuesday’ before the Sunday 2024-03-03 dateline: Tuesday 2024-02-27",
       "village near Abu Ushar", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       30, None, 37, None,
       "The number of people killed when fighters of the paramilitary Rapid Support Forces stormed a village near Abu Ushar in Sudan's Gezira state last Tuesday has risen to 30, a local resistance committee said on Saturday, after three of the wounded died in hospital. [...] The committee had earlier said 27 villagers were killed and more than 40 wounded when dozens of RSF fighters in pickup trucks entered the village, shooting at residents who tried to stop them from looting homes and grain stores. [...] The RSF said in a statement that its forces had fought \"remnants of the army and Islamist brigades\" in the Abu Ushar area and denied attacking civilians.",
       note="killed 30 = 27 + 3 wounded who died (a revision, not a conflict); wounded 40 - 3 = 37; the RSF admits fighting there and disputes the victims"),
    ev("Army drones struck RSF positions in Wad Madani; activists said five civilians were killed when one hit a market.",
       "2024-03-02", "‘On Saturday’ before the Sunday 2024-03-03 dateline: Saturday 2024-03-02",
       "market in Wad Madani", "Al Jazirah", "SD", "explosion", "Sudanese security forces", "civilians",
       5, None, None, None,
       "On Saturday, army drones struck RSF positions in Wad Madani, the state capital, which the paramilitaries captured in December, the army said. Activists in the city said five civilians were killed when one of the drones hit a market.",
       note="the army's target was the RSF; the reported dead are civilians"),
    ev("At least 15 women were abducted by RSF fighters from villages around Rufaa.",
       None, "‘last week’, reported ‘on Friday’: no day stated",
       "villages around Rufaa", "Al Jazirah", "SD", "other", "Rapid Support Forces", "civilians",
       None, None, None, None,
       "A women's rights group said on Friday that at least 15 women had been abducted from villages around Rufaa last week and that the families of some had received ransom demands.",
       note="abductions; only 'last week' and several villages", optional=True),
],
figures=[
    fig("displaced", 500000, "Gezira",
        "The RSF's sweep through Gezira, Sudan's agricultural heartland, has forced more than 500,000 people to flee since December"),
    fig("displaced", 8000000, "Sudan",
        "more than 8 million people have been displaced since the war between the army and the RSF began in April last year"),
    fig("killed", 14000, "Sudan",
        "at least 14,000 have been killed, according to U.N. estimates"),
])

report("h22-24", "2021-11-20", "https://www.example-arabiamonitor.com/yemen/2021/11/20/marib-camp-missile-sirwah-fighting",
"""
Houthi missile hits Marib displacement camp, killing four

MARIB, Yemen (Arabia Monitor) — A ballistic missile fired by Houthi forces struck a camp for displaced people on the outskirts of Marib city on Thursday, killing four people, among them two women and a child, and wounding nine, the government-run camp administration said.

The Houthis, who have been trying for most of the year to capture the city, the government's last stronghold in the north, said through their military spokesman that they had targeted "a gathering of mercenaries" at a military site in the area. The statement did not mention the camp.

Fighting continued west and south of the city. On Friday, government forces backed by Saudi-led coalition air strikes repelled a Houthi assault on their positions in Sirwah, west of Marib. A military source said 19 Houthi fighters and seven soldiers were killed.

In Harib district, south of Marib, a landmine exploded under a car on Wednesday, killing three members of one family, local officials said. They accused the Houthis of planting mines in the areas they withdrew from.

The Saudi-led coalition said on Saturday it had carried out 23 air strikes in Marib and neighbouring Bayda in the past 24 hours, killing 95 Houthi fighters. The Houthis rarely disclose their losses, and the figures could not be independently verified.

Marib hosts about one million displaced people, according to the government, many of them living in more than 130 camps and informal settlements. The United Nations says about 45,000 people have been displaced within the province since September alone, as the front lines moved closer to the city.

"People who fled the war four or five times are now being shelled in their tents," said an aid worker in Marib. "There is nowhere left to go."
""",
style="undated",
events=[
    ev("A Houthi ballistic missile struck a displacement camp on the outskirts of Marib city, killing four and wounding nine; the Houthis said they targeted a military site.",
       "2021-11-18", "‘on Thursday’ before the Saturday 2021-11-20 publication: Thursday 2021-11-18",
       "displacement camp, outskirts of Marib city", "Marib", "YE", "explosion", "Houthis", "civilians",
       4, None, 9, None,
       "A ballistic missile fired by Houthi forces struck a camp for displaced people on the outskirts of Marib city on Thursday, killing four people, among them two women and a child, and wounding nine, the government-run camp administration said. [...] said through their military spokesman that they had targeted \"a gathering of mercenaries\" at a military site in the area. The statement did not mention the camp.",
       note="the Houthis admit the strike and dispute the target"),
    ev("Government forces backed by coalition air strikes repelled a Houthi assault in Sirwah; 19 Houthis and seven soldiers were killed.",
       "2021-11-19", "‘On Friday’ before the Saturday 2021-11-20 publication: Friday 2021-11-19",
       "Sirwah", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       26, None, None, None,
       "On Friday, government forces backed by Saudi-led coalition air strikes repelled a Houthi assault on their positions in Sirwah, west of Marib. A military source said 19 Houthi fighters and seven soldiers were killed.",
       note="26 = 19 Houthis + 7 soldiers"),
    ev("A landmine exploded under a car in Harib district, killing three members of one family; officials blamed Houthi mines.",
       "2021-11-17", "‘on Wednesday’ before the Saturday 2021-11-20 publication: Wednesday 2021-11-17",
       "Harib", "Marib", "YE", "explosion", "Houthis", "civilians",
       3, None, None, None,
       "In Harib district, south of Marib, a landmine exploded under a car on Wednesday, killing three members of one family, local officials said. They accused the Houthis of planting mines in the areas they withdrew from.",
       note="blamed on the Houthis, not denied"),
],
figures=[
    fig("killed", 95, "Marib and Bayda",
        "The Saudi-led coalition said on Saturday it had carried out 23 air strikes in Marib and neighbouring Bayda in the past 24 hours, killing 95 Houthi fighters.",
        note="a 24-hour aggregate claimed by the coalition"),
    fig("other", 23, "Marib and Bayda",
        "it had carried out 23 air strikes in Marib and neighbouring Bayda in the past 24 hours", note="air strikes"),
    fig("displaced", 1000000, "Marib",
        "Marib hosts about one million displaced people, according to the government"),
    fig("other", 130, "Marib",
        "more than 130 camps and informal settlements", note="camps"),
    fig("displaced", 45000, "Marib",
        "The United Nations says about 45,000 people have been displaced within the province since September alone"),
])

report("h22-25", "2012-06-13", "https://www.example-levantdesk.com/syria/2012/06/13/homs-khalidiya-shelling-rastan-checkpoint",
"""
Syrian forces shell Homs districts; rebels hit army checkpoint in Rastan

BEIRUT, June 13 (Levant Desk) - Syrian government forces pounded rebel-held districts of Homs with artillery and mortars on Tuesday, killing at least 11 people in Khalidiya and Jouret al-Shiyah, the Syrian Observatory for Human Rights said. The Local Coordination Committees, an activist network, said 15 people were killed in the two neighbourhoods.

Activists posted videos online showing plumes of smoke rising over the old city and wounded men being carried into makeshift clinics. The footage could not be independently verified, as the government restricts access for journalists.

In the town of Rastan, north of Homs, fighters of the rebel Free Syrian Army attacked an army checkpoint on the main highway on Monday, killing eight soldiers, according to the Observatory, which said three rebels were also killed.

In the southern province of Deraa, security forces opened fire on a funeral procession that turned into an anti-government protest in the town of Dael on Tuesday, killing four people, activists said.

The state news agency SANA said an "armed terrorist group" had assassinated an army colonel in the Barzeh district of Damascus on Monday, shooting him as he left his home.

The United Nations says more than 10,000 people have been killed since the uprising against President Bashar al-Assad began in March last year. About 300 unarmed U.N. observers are in the country to monitor a ceasefire brokered by international envoy Kofi Annan in April, which has largely collapsed. More than 78,000 Syrians have registered as refugees in neighbouring countries, the U.N. refugee agency says.
""",
events=[
    ev("Government artillery and mortars pounded Khalidiya and Jouret al-Shiyah in Homs, killing at least 11 (Observatory) or 15 (LCC).",
       "2012-06-12", "‘on Tuesday’ before the Wednesday 2012-06-13 dateline: Tuesday 2012-06-12",
       "Khalidiya and Jouret al-Shiyah", "Homs", "SY", "explosion", "Syrian government forces", "civilians",
       11, 15, None, None,
       "Syrian government forces pounded rebel-held districts of Homs with artillery and mortars on Tuesday, killing at least 11 people in Khalidiya and Jouret al-Shiyah, the Syrian Observatory for Human Rights said. The Local Coordination Committees, an activist network, said 15 people were killed in the two neighbourhoods.",
       note="two districts share one toll: one event; conflicting tolls 11 and 15"),
    ev("Free Syrian Army fighters attacked an army checkpoint in Rastan, killing eight soldiers; three rebels were also killed.",
       "2012-06-11", "‘on Monday’ before the Wednesday 2012-06-13 dateline: Monday 2012-06-11",
       "army checkpoint in Rastan", "Homs", "SY", "battle", "Syrian rebels", "Syrian government forces",
       11, None, None, None,
       "In the town of Rastan, north of Homs, fighters of the rebel Free Syrian Army attacked an army checkpoint on the main highway on Monday, killing eight soldiers, according to the Observatory, which said three rebels were also killed.",
       note="11 = 8 soldiers + 3 rebels"),
    ev("Security forces fired on a funeral procession turned anti-government protest in Dael, killing four.",
       "2012-06-12", "‘on Tuesday’ before the Wednesday 2012-06-13 dateline: Tuesday 2012-06-12",
       "Dael", "Daraa", "SY", "other", "Syrian government forces", "protesters",
       4, None, None, None,
       "In the southern province of Deraa, security forces opened fire on a funeral procession that turned into an anti-government protest in the town of Dael on Tuesday, killing four people, activists said.",
       note="ACLED Protests / Excessive force against protesters"),
    ev("An 'armed terrorist group' assassinated an army colonel as he left his home in Barzeh, according to SANA.",
       "2012-06-11", "‘on Monday’ before the Wednesday 2012-06-13 dateline: Monday 2012-06-11",
       "Barzeh", "Damascus", "SY", "other", "Syrian rebels", "Syrian government forces",
       1, None, None, None,
       "The state news agency SANA said an \"armed terrorist group\" had assassinated an army colonel in the Barzeh district of Damascus on Monday, shooting him as he left his home.",
       note="assassination: other; SANA's 'terrorists' are the rebels (news-dev convention)"),
],
figures=[
    fig("killed", 10000, "Syria",
        "The United Nations says more than 10,000 people have been killed since the uprising against President Bashar al-Assad began in March last year."),
    fig("other", 300, "Syria",
        "About 300 unarmed U.N. observers are in the country", note="U.N. observers"),
    fig("displaced", 78000, "neighbouring countries",
        "More than 78,000 Syrians have registered as refugees in neighbouring countries", note="refugees abroad"),
])

report("h22-26", "2016-03-10", "https://www.example-tigrisbulletin.com/iraq/2016/03/10/samarra-truck-bomb-kubaisa",
"""
Truck bomb kills 11 at checkpoint near Samarra; army retakes Kubaisa

A suicide bomber drove an explosives-laden truck into a checkpoint at the southern entrance of Samarra on Wednesday, killing seven soldiers and four members of the Popular Mobilisation Forces and wounding 20, security sources said. Islamic State claimed the attack in an online statement.

In Anbar province, Iraqi troops backed by U.S.-led coalition air strikes recaptured the town of Kubaisa, west of Hit, on Tuesday, a military spokesman said.
""",
style="none",
events=[
    ev("A suicide truck bomb hit a checkpoint at the southern entrance of Samarra, killing seven soldiers and four PMF members and wounding 20; Islamic State claimed it.",
       "2016-03-09", "‘on Wednesday’; no dateline, published Thursday 2016-03-10: Wednesday 2016-03-09",
       "checkpoint at the southern entrance of Samarra", "Salahuddin", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       11, None, 20, None,
       "A suicide bomber drove an explosives-laden truck into a checkpoint at the southern entrance of Samarra on Wednesday, killing seven soldiers and four members of the Popular Mobilisation Forces and wounding 20, security sources said. Islamic State claimed the attack in an online statement.",
       note="11 = 7 soldiers + 4 PMF; the bomber's death is not stated and not counted; victims also PMF"),
    ev("Iraqi troops backed by coalition air strikes recaptured Kubaisa, west of Hit.",
       "2016-03-08", "‘on Tuesday’; no dateline, published Thursday 2016-03-10: Tuesday 2016-03-08",
       "Kubaisa", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "In Anbar province, Iraqi troops backed by U.S.-led coalition air strikes recaptured the town of Kubaisa, west of Hit, on Tuesday, a military spokesman said.",
       note="with coalition air support; the side that lost the town is not named in the text, Islamic State held Anbar's towns"),
])

report("h22-27", "2018-05-21", "https://www.example-amuwire.com/afghanistan/2018/05/21/jaghatu-falls-kabul-sticky-bomb",
"""
Taliban overrun Ghazni district centre; sticky bomb hits Kabul minibus

KABUL (Amu Wire) — Taliban fighters overran the centre of Jaghatu district in the southeastern province of Ghazni on Saturday after two days of heavy fighting, killing 14 members of the security forces, provincial officials said.

The insurgents seized the district governor's compound and the police headquarters, a member of the provincial council said, and surviving soldiers and police pulled back to a base outside the town. In a statement on its website, the Taliban said its fighters had killed 40 "puppet" troops and captured weapons and vehicles.

The defence ministry said on Sunday that Afghan air force strikes on Taliban positions around Jaghatu that day had killed 23 insurgents. The provincial council member said six civilians, including two children, were also killed in the strikes.

In Kabul, a magnetic "sticky bomb" attached to a minibus carrying employees of the Ministry of Mines exploded on Darulaman road on Sunday morning, killing two passengers and wounding six, a police spokesman said. No group claimed responsibility.

Police in Kunduz said on Monday they had arrested a man wearing a suicide vest near the provincial governor's compound.

The fall of Jaghatu comes as the Taliban press their spring offensive, which they announced last month. A U.S. government watchdog estimates that the Afghan government controls or influences only about 56 percent of the country's districts, the lowest share since it began keeping count.
""",
style="undated",
events=[
    ev("Taliban fighters overran the Jaghatu district centre after two days of fighting, killing 14 members of the security forces; the Taliban claimed 40.",
       "2018-05-19", "‘on Saturday’ before the Monday 2018-05-21 publication: Saturday 2018-05-19",
       "Jaghatu district centre", "Ghazni", "AF", "territory_gain", "Taliban", "Afghan security forces",
       14, None, None, None,
       "Taliban fighters overran the centre of Jaghatu district in the southeastern province of Ghazni on Saturday after two days of heavy fighting, killing 14 members of the security forces, provincial officials said. [...] In a statement on its website, the Taliban said its fighters had killed 40 \"puppet\" troops and captured weapons and vehicles.",
       note="the Taliban's claimed 40 is not used"),
    ev("Afghan air force strikes around Jaghatu killed 23 insurgents (defence ministry) and six civilians (provincial council member).",
       "2018-05-20", "‘The defence ministry said on Sunday’ that the strikes were ‘that day’: Sunday 2018-05-20",
       "around Jaghatu", "Ghazni", "AF", "explosion", "Afghan security forces", "Taliban",
       29, None, None, None,
       "The defence ministry said on Sunday that Afghan air force strikes on Taliban positions around Jaghatu that day had killed 23 insurgents. The provincial council member said six civilians, including two children, were also killed in the strikes.",
       note="29 = 23 insurgents + 6 civilians ('also killed')"),
    ev("A sticky bomb on a minibus carrying Ministry of Mines employees exploded on Darulaman road, killing two and wounding six.",
       "2018-05-20", "‘on Sunday morning’ before the Monday 2018-05-21 publication: Sunday 2018-05-20",
       "Darulaman road", "Kabul", "AF", "explosion", "unknown", "civilians",
       2, None, 6, None,
       "In Kabul, a magnetic \"sticky bomb\" attached to a minibus carrying employees of the Ministry of Mines exploded on Darulaman road on Sunday morning, killing two passengers and wounding six, a police spokesman said. No group claimed responsibility."),
    ev("Kunduz police arrested a man wearing a suicide vest near the governor's compound.",
       None, "‘Police in Kunduz said on Monday they had arrested’: reporting day only",
       "governor's compound, Kunduz", "Kunduz", "AF", "arrest", "Afghan security forces", "militants (unidentified)",
       None, None, None, None,
       "Police in Kunduz said on Monday they had arrested a man wearing a suicide vest near the provincial governor's compound.",
       arrested=1),
],
figures=[
    fig("other", 56, "Afghanistan",
        "the Afghan government controls or influences only about 56 percent of the country's districts", note="percent of districts"),
])

# ---------------------------------------------------------------------------
# h22-28 .. h22-36
# ---------------------------------------------------------------------------

report("h22-28", "2023-03-28", "https://www.example-ouagaobserver.com/2023/03/28/displaced-pass-two-million-blockade-djibo",
"""
Burkina Faso's displaced pass two million as blockade tightens on northern towns

Published: Tuesday, March 28, 2023

The number of people forced from their homes by jihadist violence in Burkina Faso has passed two million, according to the latest government figures, making it one of the largest displacement crises in Africa.

Figures released by the national emergency relief council show 2,062,534 internally displaced people as of the end of February, nearly one in ten of the population. More than 60 percent of them are children.

Aid agencies say close to one million people live in about 20 towns under blockade by armed groups, who cut roads, sabotage water points and attack supply convoys. In Djibo, in the Sahel region, residents have survived for months on irregular deliveries by helicopter and on leaves and wild fruit.

"Djibo is a town of 300,000 people cut off from the world," said an aid official who has visited it. "Every convoy is a military operation."

More than 6,100 schools have been closed because of insecurity, affecting about one million pupils, the education ministry said.

The military government that took power in September last year has made recapturing territory its priority. It says the state controls only about 60 percent of the country and has launched a drive to recruit 50,000 civilian auxiliaries for the Volunteers for the Defence of the Homeland (VDP), the militia that fights alongside the army. Rights groups warn that arming civilians has fuelled reprisals against the Fulani community, whom some accuse of supporting the jihadists.

"The displaced are the first casualties of this war, but they are not counted among the dead," said a Burkinabe sociologist who studies the conflict. "They lose their land, their herds, their schools."
""",
style="none", country_hint="BF",
figures=[
    fig("displaced", 2062534, "Burkina Faso",
        "Figures released by the national emergency relief council show 2,062,534 internally displaced people as of the end of February"),
    fig("civilians_trapped", 1000000, "Burkina Faso",
        "Aid agencies say close to one million people live in about 20 towns under blockade by armed groups"),
    fig("other", 20, "Burkina Faso",
        "about 20 towns under blockade by armed groups", note="towns under blockade"),
    fig("civilians_trapped", 300000, "Djibo",
        "Djibo is a town of 300,000 people cut off from the world"),
    fig("other", 6100, "Burkina Faso",
        "More than 6,100 schools have been closed because of insecurity", note="schools closed"),
    fig("other", 1000000, "Burkina Faso",
        "affecting about one million pupils", note="pupils out of school"),
    fig("other", 60, "Burkina Faso",
        "It says the state controls only about 60 percent of the country", note="percent of territory under state control"),
    fig("fighters", 50000, "Burkina Faso",
        "has launched a drive to recruit 50,000 civilian auxiliaries for the Volunteers for the Defence of the Homeland (VDP)", note="recruitment target"),
])

report("h22-29", "2023-07-06", "https://www.example-amuwire.com/afghanistan/2023/07/06/dasht-e-barchi-minibus-blast",
"""
Blast hits minibus in Kabul's Dasht-e-Barchi, three killed

KABUL, July 6 (Amu Wire) - An explosion tore through a minibus in Kabul's Dasht-e-Barchi neighbourhood on Wednesday evening, killing three passengers and wounding five, a Taliban police spokesman said. No group claimed the blast, but the mostly Hazara area has been repeatedly targeted by the local branch of Islamic State.

Separately, Taliban security forces said they had killed two Islamic State fighters in a raid on a hideout in Kabul's Khair Khana area on Tuesday night, after a gunfight that lasted several hours.
""",
events=[
    ev("An explosion tore through a minibus in Dasht-e-Barchi, killing three passengers and wounding five; no claim.",
       "2023-07-05", "‘on Wednesday evening’ before the Thursday 2023-07-06 dateline: Wednesday 2023-07-05",
       "Dasht-e-Barchi", "Kabul", "AF", "explosion", "unknown", "civilians",
       3, None, 5, None,
       "An explosion tore through a minibus in Kabul's Dasht-e-Barchi neighbourhood on Wednesday evening, killing three passengers and wounding five, a Taliban police spokesman said. No group claimed the blast",
       note="Islamic State's earlier attacks on the area are context, not blame for this blast"),
    ev("Taliban forces raided an Islamic State hideout in Khair Khana and killed two fighters after a gunfight.",
       "2023-07-04", "‘on Tuesday night’ before the Thursday 2023-07-06 dateline: Tuesday 2023-07-04",
       "Khair Khana", "Kabul", "AF", "battle", "Taliban", "Islamic State",
       2, None, None, None,
       "Separately, Taliban security forces said they had killed two Islamic State fighters in a raid on a hideout in Kabul's Khair Khana area on Tuesday night, after a gunfight that lasted several hours.",
       note="the Taliban in power since 2021 keep their name as actor"),
])

report("h22-30", "2024-09-14", "https://www.example-frontierpost-daily.com/kp/2024/09/14/datta-khel-ibo-khwarij-killed",
"""
Six khwarij killed, two soldiers martyred in North Waziristan IBO: ISPR

RAWALPINDI: Security forces killed six terrorists in an intelligence-based operation (IBO) in North Waziristan's Datta Khel area on Thursday night, the Inter-Services Public Relations (ISPR) said on Saturday. Two soldiers embraced martyrdom during the intense exchange of fire.

The terrorists belonged to "Fitna al Khawarij", the military's term for the banned Tehreek-i-Taliban Pakistan, the ISPR said. Weapons and ammunition were recovered.

In a separate IBO in Khyber district's Tirah valley, two more khwarij were killed, the statement added.
""",
style="undated",
events=[
    ev("Security forces killed six TTP militants in an intelligence-based operation in Datta Khel; two soldiers were killed in the exchange of fire.",
       "2024-09-12", "‘on Thursday night’ before the Saturday 2024-09-14 publication: Thursday 2024-09-12",
       "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       8, None, None, None,
       "Security forces killed six terrorists in an intelligence-based operation (IBO) in North Waziristan's Datta Khel area on Thursday night, the Inter-Services Public Relations (ISPR) said on Saturday. Two soldiers embraced martyrdom during the intense exchange of fire. [...] The terrorists belonged to \"Fitna al Khawarij\", the military's term for the banned Tehreek-i-Taliban Pakistan, the ISPR said.",
       note="8 = 6 militants + 2 soldiers ('embraced martyrdom')"),
    ev("Two more TTP militants were killed in a separate operation in the Tirah valley.",
       None, "‘In a separate IBO’, no day given; ‘the statement added’ (ISPR statement of Saturday 2024-09-14)",
       "Tirah valley", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       2, None, None, None,
       "In a separate IBO in Khyber district's Tirah valley, two more khwarij were killed, the statement added.",
       note="'khwarij' = Fitna al Khawarij, the TTP"),
])

report("h22-31", "2023-07-26", "https://www.example-northeastledger.com/manipur/2023/07/26/kangchup-three-shot-dead-torbung-firing",
"""
Three shot dead near Kangchup as fresh violence grips Manipur

IMPHAL, July 26 (Northeast Ledger) - Three men were shot dead by armed miscreants at a village near Kangchup, on the border of Imphal West and Kangpokpi districts, early on Tuesday, police said, as violence between the Meitei and Kuki-Zo communities showed no sign of easing nearly three months after it began.

The victims, all from the same village, were attacked while guarding paddy fields, a police officer said. Their bodies were taken to the Regional Institute of Medical Sciences in Imphal.

Overnight, armed men opened fire on security forces' positions near Torbung, on the border of Bishnupur and Churachandpur districts, triggering an exchange of fire that lasted several hours. A jawan of the Assam Rifles was injured, officials said. No deaths were reported.

In Imphal, a mob set fire to two houses and a shop belonging to members of the Kuki community in the Lamphel area on Monday evening before security forces dispersed it with tear gas, police said. Nobody was hurt. Police said later they had arrested five people in connection with the arson.

In Churachandpur, thousands of people took part in a peaceful sit-in on Tuesday to demand a separate administration for the Kuki-Zo majority hill districts.

More than 160 people have been killed and over 60,000 displaced since clashes broke out on May 3, according to the state government. About 40,000 personnel of the central armed police forces and the army are deployed in the state, and more than 4,000 weapons looted from police armouries in the first weeks of the violence have yet to be recovered.

Mobile internet services remain suspended across the state.
""",
events=[
    ev("Armed miscreants shot dead three men guarding paddy fields at a village near Kangchup.",
       "2023-07-25", "‘early on Tuesday’ before the Wednesday 2023-07-26 dateline: Tuesday 2023-07-25",
       "village near Kangchup", "Manipur", "IN", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "Three men were shot dead by armed miscreants at a village near Kangchup, on the border of Imphal West and Kangpokpi districts, early on Tuesday, police said"),
    ev("Armed men opened fire on security forces' positions near Torbung, starting an exchange of fire of several hours; one Assam Rifles jawan was injured, no deaths.",
       "2023-07-25", "‘Overnight’ before the Wednesday 2023-07-26 dateline: the night of Tuesday 2023-07-25",
       "Torbung", "Manipur", "IN", "battle", "militants (unidentified)", "Indian security forces",
       0, None, 1, None,
       "Overnight, armed men opened fire on security forces' positions near Torbung, on the border of Bishnupur and Churachandpur districts, triggering an exchange of fire that lasted several hours. A jawan of the Assam Rifles was injured, officials said. No deaths were reported.",
       note="explicit zero killed ('No deaths were reported')"),
    ev("A mob set fire to two houses and a shop of Kuki residents in Lamphel, Imphal, before being dispersed with tear gas; nobody was hurt.",
       "2023-07-24", "‘on Monday evening’ before the Wednesday 2023-07-26 dateline: Monday 2023-07-24",
       "Lamphel", "Manipur", "IN", "other", "rioters", "civilians",
       0, None, 0, None,
       "In Imphal, a mob set fire to two houses and a shop belonging to members of the Kuki community in the Lamphel area on Monday evening before security forces dispersed it with tear gas, police said. Nobody was hurt.",
       note="ACLED Riots / Mob violence; explicit zeros ('Nobody was hurt')"),
    ev("Police arrested five people over the Lamphel arson.",
       None, "‘Police said later they had arrested’: no day given",
       "Lamphel", "Manipur", "IN", "arrest", "Indian security forces", "rioters",
       None, None, None, None,
       "Police said later they had arrested five people in connection with the arson.",
       arrested=5),
    ev("Thousands held a peaceful sit-in in Churachandpur demanding a separate administration for the Kuki-Zo hill districts.",
       "2023-07-25", "‘on Tuesday’ before the Wednesday 2023-07-26 dateline: Tuesday 2023-07-25",
       "Churachandpur", "Manipur", "IN", "other", "protesters", "none",
       None, None, None, None,
       "In Churachandpur, thousands of people took part in a peaceful sit-in on Tuesday to demand a separate administration for the Kuki-Zo majority hill districts.",
       note="ACLED Protests / Peaceful protest"),
],
figures=[
    fig("killed", 160, "Manipur",
        "More than 160 people have been killed and over 60,000 displaced since clashes broke out on May 3, according to the state government"),
    fig("displaced", 60000, "Manipur",
        "More than 160 people have been killed and over 60,000 displaced since clashes broke out on May 3, according to the state government"),
    fig("fighters", 40000, "Manipur",
        "About 40,000 personnel of the central armed police forces and the army are deployed in the state"),
    fig("other", 4000, "Manipur",
        "more than 4,000 weapons looted from police armouries in the first weeks of the violence have yet to be recovered", note="weapons looted"),
])

report("h22-32", "2017-07-24", "https://www.example-lanaocourier.com/2017/07/24/marines-retake-lilod-madaya-marawi-third-month",
"""
Marines retake Lilod Madaya as Marawi battle enters third month

By a Lanao Courier correspondent

MARAWI CITY, Philippines (Lanao Courier) — Philippine Marines recaptured the Lilod Madaya area on the eastern bank of the Agus river on Saturday after days of house-to-house fighting, the military said, squeezing militants allied with Islamic State into a shrinking pocket of the city's commercial heart.

"Lilod Madaya is now under government control," a spokesman for the joint task force said at a briefing on Sunday. "We are clearing the buildings one by one, because the enemy has left improvised explosives everywhere."

The militants, from the Maute group and a faction of the Abu Sayyaf whose leader Islamic State has named its "emir" for Southeast Asia, stormed Marawi on May 23 and have held parts of the city since then, using snipers, tunnels and hostages to slow the advance of government troops.

On Sunday, three soldiers were killed and 11 wounded in fighting in the Marinaut area as troops pushed towards the militants' last strongholds near the Grand Mosque, the spokesman said. Seven militants were killed in the same clashes, he added.

Air force FA-50 jets and attack helicopters also bombed militant positions in the Banggolo commercial district on Saturday, the military said, without giving details of casualties. Residents watching from the hills across Lake Lanao described columns of black smoke rising over the district through the afternoon.

The military has been criticised for its reliance on air power in a densely built city. On May 31, ten soldiers were killed when a bomb dropped by an air force plane missed its target, and the military has since said it uses only precision-guided munitions near its own lines.

According to military figures, more than 420 militants, 105 soldiers and police officers and 45 civilians have been killed since the siege began. The military says about 60 militants remain in the city, holding an estimated 50 hostages, among them a Catholic priest seized in the first days of the fighting.

More than 400,000 people have fled Marawi and nearby towns, according to the regional disaster office, and many are living in crowded evacuation centres in Iligan City and in Lanao del Sur towns around the lake.

"We left with only our clothes," said a woman at an evacuation centre in Iligan who asked that her name not be used. "Every day we hear the bombs and we ask if our house is still standing."

On Saturday, Congress voted to extend martial law across the southern island of Mindanao until the end of the year, granting a request from President Rodrigo Duterte, who declared it on the night the militants stormed Marawi. Critics said the extension was not justified by the situation outside the city.

Away from Marawi, suspected Abu Sayyaf gunmen ambushed a group of villagers gathering firewood in Patikul, on the island of Sulu, on Thursday, killing two of them, the military said. The group, known for kidnappings and beheadings, still holds several foreign hostages on Sulu.

Military planners say the final phase of the battle will be the hardest. The militants are holed up in an area of about one square kilometre with reinforced basements, and the army says it must move slowly to avoid harming the hostages.

"We will not rush," the task force spokesman said. "We have given the enemy the chance to surrender many times. The hostages are our priority."

Government officials estimate that rebuilding the devastated centre of Marawi, the main Muslim city in the mostly Catholic Philippines, will take years and cost billions of pesos. Many residents fear they will not be allowed to return to their land.
""",
style="undated",
events=[
    ev("Philippine Marines recaptured the Lilod Madaya area of Marawi from the Maute-led militants after days of house-to-house fighting.",
       "2017-07-22", "‘on Saturday’ before the Monday 2017-07-24 publication: Saturday 2017-07-22",
       "Lilod Madaya", "Lanao del Sur", "PH", "territory_gain", "Philippine security forces", "Maute group",
       None, None, None, None,
       "Philippine Marines recaptured the Lilod Madaya area on the eastern bank of the Agus river on Saturday after days of house-to-house fighting, the military said, squeezing militants allied with Islamic State into a shrinking pocket of the city's commercial heart.",
       note="the militants are the Maute group with an Abu Sayyaf faction, allied with Islamic State; the side the report leads with is named"),
    ev("Three soldiers and seven militants were killed and 11 soldiers wounded in fighting in Marinaut as troops pushed towards the last strongholds.",
       "2017-07-23", "‘On Sunday’ before the Monday 2017-07-24 publication: Sunday 2017-07-23",
       "Marinaut", "Lanao del Sur", "PH", "battle", "Philippine security forces", "Maute group",
       10, None, 11, None,
       "On Sunday, three soldiers were killed and 11 wounded in fighting in the Marinaut area as troops pushed towards the militants' last strongholds near the Grand Mosque, the spokesman said. Seven militants were killed in the same clashes, he added.",
       note="10 = 3 soldiers + 7 militants"),
    ev("FA-50 jets and attack helicopters bombed militant positions in the Banggolo commercial district.",
       "2017-07-22", "‘on Saturday’ before the Monday 2017-07-24 publication: Saturday 2017-07-22",
       "Banggolo", "Lanao del Sur", "PH", "explosion", "Philippine security forces", "Maute group",
       None, None, None, None,
       "Air force FA-50 jets and attack helicopters also bombed militant positions in the Banggolo commercial district on Saturday, the military said, without giving details of casualties."),
    ev("Suspected Abu Sayyaf gunmen ambushed villagers gathering firewood in Patikul, Sulu, killing two.",
       "2017-07-20", "‘on Thursday’ before the Monday 2017-07-24 publication: Thursday 2017-07-20",
       "Patikul", "Sulu", "PH", "attack_on_civilians", "Abu Sayyaf", "civilians",
       2, None, None, None,
       "Away from Marawi, suspected Abu Sayyaf gunmen ambushed a group of villagers gathering firewood in Patikul, on the island of Sulu, on Thursday, killing two of them, the military said."),
],
figures=[
    fig("killed", 420, "Marawi",
        "more than 420 militants, 105 soldiers and police officers and 45 civilians have been killed since the siege began", note="militants"),
    fig("killed", 105, "Marawi",
        "more than 420 militants, 105 soldiers and police officers and 45 civilians have been killed since the siege began", note="soldiers and police"),
    fig("killed", 45, "Marawi",
        "more than 420 militants, 105 soldiers and police officers and 45 civilians have been killed since the siege began", note="civilians"),
    fig("fighters", 60, "Marawi",
        "The military says about 60 militants remain in the city"),
    fig("other", 50, "Marawi",
        "holding an estimated 50 hostages", note="hostages"),
    fig("displaced", 400000, "Marawi",
        "More than 400,000 people have fled Marawi and nearby towns, according to the regional disaster office"),
])

report("h22-33", "2021-09-30", "https://www.example-northernstarng.com/2021/09/30/bakura-market-bandits-tsafe-abduction",
"""
Bandits kill 11 in Zamfara market attack, abduct 20 in Tsafe

From our correspondent, Gusau

Armed bandits on motorcycles attacked the weekly market in Bakura town, Zamfara State, on Sunday afternoon, killing 11 people, the state police command said on Monday. Residents and a local councillor, however, said 16 people were buried on Monday according to Islamic rites.

The police spokesman said the bandits, who numbered about 50, shot sporadically at traders and customers and carted away foodstuffs and livestock. He said a joint team of police, military and vigilantes had been deployed to the area to restore normalcy.

In a separate incident, gunmen abducted at least 20 villagers, most of them women, from their homes in Tsafe local government area on Friday night, a community leader said. He said the abductors had not yet made contact with the families.

Meanwhile, the Nigerian Air Force said in a statement that its jets had bombarded bandit enclaves in the Dansadau forest in Maru local government area on Monday, "neutralising scores of bandits" and destroying their logistics base.

The police also said on Wednesday that they had arrested five suspected informants of the bandits in Gusau, the state capital.

The attacks came despite the shutdown of telecommunications services across Zamfara since September 3, a measure the government says is meant to cut the bandits' communications ahead of a major military operation. Residents say the blackout has made it harder to raise the alarm.

More than 1,000 people have been abducted in Zamfara since January, according to a local civil society group, and the state government says hundreds of villages have been deserted.

"We sleep in the bush now," said a farmer from Bakura. "When the motorcycles come, there is nothing we can do."
""",
style="none",
events=[
    ev("Armed bandits attacked the weekly market in Bakura, killing 11 people (police) or 16 (residents and a councillor).",
       "2021-09-26", "‘on Sunday afternoon’; no dateline, published Thursday 2021-09-30: Sunday 2021-09-26",
       "weekly market in Bakura", "Zamfara", "NG", "attack_on_civilians", "militants (unidentified)", "civilians",
       11, 16, None, None,
       "Armed bandits on motorcycles attacked the weekly market in Bakura town, Zamfara State, on Sunday afternoon, killing 11 people, the state police command said on Monday. Residents and a local councillor, however, said 16 people were buried on Monday according to Islamic rites.",
       note="'bandits' are an unnamed armed group; conflicting tolls 11 and 16"),
    ev("Gunmen abducted at least 20 villagers, most of them women, from their homes in Tsafe local government area.",
       "2021-09-24", "‘on Friday night’; no dateline, published Thursday 2021-09-30: Friday 2021-09-24",
       "Tsafe", "Zamfara", "NG", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In a separate incident, gunmen abducted at least 20 villagers, most of them women, from their homes in Tsafe local government area on Friday night, a community leader said.",
       note="abduction of 20"),
    ev("Nigerian Air Force jets bombarded bandit enclaves in the Dansadau forest, 'neutralising scores of bandits'.",
       "2021-09-27", "‘on Monday’; no dateline, published Thursday 2021-09-30: Monday 2021-09-27",
       "Dansadau forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "militants (unidentified)",
       None, None, None, None,
       "Meanwhile, the Nigerian Air Force said in a statement that its jets had bombarded bandit enclaves in the Dansadau forest in Maru local government area on Monday, \"neutralising scores of bandits\" and destroying their logistics base.",
       note="'scores' gives no count"),
    ev("Police arrested five suspected informants of the bandits in Gusau.",
       None, "‘The police also said on Wednesday that they had arrested’: reporting day only",
       "Gusau", "Zamfara", "NG", "arrest", "Nigerian security forces", "civilians",
       None, None, None, None,
       "The police also said on Wednesday that they had arrested five suspected informants of the bandits in Gusau, the state capital.",
       arrested=5),
],
figures=[
    fig("other", 1000, "Zamfara",
        "More than 1,000 people have been abducted in Zamfara since January, according to a local civil society group", note="abducted"),
])

report("h22-34", "2020-01-21", "https://www.example-nortewire.com/mexico/2020/01/21/murders-record-2019-national-guard",
"""
Mexico's murders hit new record in 2019 despite National Guard deployment

MEXICO CITY (Norte Wire) — Mexico registered 35,290 murder victims last year, the highest number since comparable records began, according to preliminary figures from the national public security system published on Monday, a blow to President Andres Manuel Lopez Obrador's promise to bring down violence.

That is an average of about 97 killings a day, and a rise of around 2.5 percent on 2018, which had itself been a record year.

Guanajuato, where the Jalisco New Generation Cartel and a local gang are fighting over the theft of fuel from pipelines, was the most violent state for a second year running, with 3,540 victims, followed by the State of Mexico, Baja California and Chihuahua.

Lopez Obrador, who took office in December 2018 promising "hugs, not bullets", has created a new National Guard, made up largely of military police and former federal police officers, which now numbers about 70,000 troops. Critics say the force has been diverted to stopping migrants on the southern and northern borders instead of fighting organised crime.

The government's register of the disappeared lists more than 60,000 people, most of them missing since the start of the drug war in late 2006, and forensic teams have found thousands of bodies in clandestine graves across the country.

"The violence has stabilised at a very high level," said a security analyst in Mexico City. "There is no sign yet of the strategy working."

The president says his approach, which focuses on tackling poverty and youth unemployment, needs time to show results.
""",
style="undated", country_hint="MX",
figures=[
    fig("killed", 35290, "Mexico",
        "Mexico registered 35,290 murder victims last year"),
    fig("other", 97, "Mexico",
        "That is an average of about 97 killings a day", note="killings a day"),
    fig("killed", 3540, "Guanajuato",
        "was the most violent state for a second year running, with 3,540 victims"),
    fig("fighters", 70000, "Mexico",
        "which now numbers about 70,000 troops", note="National Guard"),
    fig("other", 60000, "Mexico",
        "The government's register of the disappeared lists more than 60,000 people", note="missing"),
])

report("h22-35", "2024-02-17", "https://www.example-blackseabulletin.com/ukraine/2024/02/17/kharkiv-s300-strike-krokhmalne-donetsk-market",
"""
Russian missiles hit Kharkiv overnight, killing two; Moscow claims village in Kharkiv region

KYIV, Feb 17 (Black Sea Bulletin) - Russian forces struck the city of Kharkiv with S-300 missiles overnight, killing two people and wounding nine in the Kyivskyi district, the regional governor said on Saturday. Several apartment buildings and a kindergarten were damaged.

On Thursday, Russian Shahed drones hit port infrastructure in the Odesa region, wounding three workers, the regional military administration said. Ukraine's air force said it had destroyed 40 of the 45 drones Russia launched that night.

Russia's defence ministry said on Friday its forces had "liberated" the village of Krokhmalne in the Kharkiv region. Ukraine's General Staff did not confirm the loss and said its troops had repelled 11 attacks in the area over the past day.

In the Russian-occupied city of Donetsk, Moscow-installed officials said Ukrainian shelling hit a market in the Kirovskyi district on Friday, killing four people and wounding six. Ukraine's General Staff denied firing at the area, saying its forces target only military objects.

The strikes came as Ukraine's commanders warned of worsening shortages of artillery shells and air defence missiles, with a large U.S. military aid package still blocked in Congress. Kyiv says Russia has fired more than 3,000 drones and missiles at Ukrainian cities since the start of the year.

"Every night we count the drones and every morning we count the dead," said a resident of Kharkiv's Kyivskyi district, standing outside a building whose windows had been blown out. "But the city is still here."
""",
events=[
    ev("Russian S-300 missiles hit Kharkiv's Kyivskyi district overnight, killing two and wounding nine.",
       "2024-02-16", "‘overnight’ before the Saturday 2024-02-17 dateline: the night of Friday 2024-02-16",
       "Kyivskyi district, Kharkiv", "Kharkiv", "UA", "explosion", "Russian forces", "civilians",
       2, None, 9, None,
       "Russian forces struck the city of Kharkiv with S-300 missiles overnight, killing two people and wounding nine in the Kyivskyi district, the regional governor said on Saturday."),
    ev("Russian Shahed drones hit port infrastructure in the Odesa region, wounding three workers.",
       "2024-02-15", "‘On Thursday’ before the Saturday 2024-02-17 dateline: Thursday 2024-02-15",
       "port infrastructure, Odesa region", "Odesa", "UA", "explosion", "Russian forces", "civilians",
       None, None, 3, None,
       "On Thursday, Russian Shahed drones hit port infrastructure in the Odesa region, wounding three workers, the regional military administration said."),
    ev("Russia's defence ministry said its forces had captured the village of Krokhmalne in the Kharkiv region; Ukraine did not confirm it.",
       None, "‘Russia's defence ministry said on Friday its forces had’: reporting day only",
       "Krokhmalne", "Kharkiv", "UA", "territory_gain", "Russian forces", "Ukrainian security forces",
       None, None, None, None,
       "Russia's defence ministry said on Friday its forces had \"liberated\" the village of Krokhmalne in the Kharkiv region. Ukraine's General Staff did not confirm the loss",
       note="claimed by Russia, not confirmed by Ukraine"),
    ev("Shelling hit a market in Donetsk's Kirovskyi district, killing four and wounding six; Moscow-installed officials blamed Ukraine, which denied it.",
       "2024-02-16", "‘on Friday’ before the Saturday 2024-02-17 dateline: Friday 2024-02-16",
       "market in the Kirovskyi district, Donetsk", "Donetsk", "UA", "explosion", "unknown", "civilians",
       4, None, 6, None,
       "In the Russian-occupied city of Donetsk, Moscow-installed officials said Ukrainian shelling hit a market in the Kirovskyi district on Friday, killing four people and wounding six. Ukraine's General Staff denied firing at the area, saying its forces target only military objects.",
       note="blamed on Ukraine, denied by Ukraine: unknown"),
],
figures=[
    fig("other", 45, "Ukraine",
        "Ukraine's air force said it had destroyed 40 of the 45 drones Russia launched that night.", note="drones launched"),
    fig("other", 40, "Ukraine",
        "Ukraine's air force said it had destroyed 40 of the 45 drones Russia launched that night.", note="drones destroyed"),
    fig("other", 11, "Krokhmalne",
        "said its troops had repelled 11 attacks in the area over the past day", note="attacks repelled"),
    fig("other", 3000, "Ukraine",
        "Kyiv says Russia has fired more than 3,000 drones and missiles at Ukrainian cities since the start of the year", note="drones and missiles"),
])

report("h22-36", "2022-04-14", "https://www.example-westafricadesk.com/mali/2022/04/14/dinangourou-market-killings-boni-camp",
"""
Witnesses describe killings at Mali market as army says it 'neutralised' militants

DAKAR, Senegal, April 14 (West Africa Desk) - Malian soldiers accompanied by foreign fighters rounded up and shot dead at least 20 men during a raid on the weekly market in Dinangourou, in the central Mopti region, on Saturday, April 2, according to residents and a local elected official who spoke by telephone this week.

"They arrived by helicopter and on foot, surrounded the market and separated the men," one resident said. "They took them behind the school. We heard shots all afternoon." A local human rights association said it had counted 26 dead.

The army said in a statement two days after the raid that it had "neutralised 18 terrorists" in an operation in the Dinangourou area, without mentioning civilian casualties. It did not respond to questions about the residents' accounts. Witnesses said the foreign soldiers were white and spoke a language they did not understand. Western governments say Russian mercenaries from the Wagner Group have been deployed alongside Malian troops since December, which Bamako denies, describing them as Russian instructors.

On Sunday, suspected jihadists attacked the army camp at Boni, on the road between Douentza and Hombori, killing four soldiers and wounding seven, the army said. It said "several assailants" were killed. On Monday, the al Qaeda-linked JNIM said on its propaganda channels that it had carried out the attack to avenge the dead of Dinangourou.

On Tuesday, an army vehicle struck an improvised explosive device near Mondoro, close to the border with Burkina Faso, killing two soldiers, a local official said.

The U.N. peacekeeping mission, MINUSMA, said on Wednesday it had asked for access to Dinangourou to investigate but had not yet received permission.

Rights groups say more than 500 civilians were killed in central Mali in the first three months of the year, the highest toll for any quarter since the conflict began in 2012. About 350,000 people are displaced inside the country, according to the United Nations.
""",
events=[
    ev("Malian soldiers with foreign fighters rounded up and shot dead at least 20 men at the Dinangourou market (26 by a rights association's count); the army said it 'neutralised 18 terrorists' in the area.",
       "2022-04-02", "‘on Saturday, April 2’: Saturday 2022-04-02",
       "weekly market in Dinangourou", "Mopti", "ML", "attack_on_civilians", "Malian security forces", "civilians",
       20, 26, None, None,
       "Malian soldiers accompanied by foreign fighters rounded up and shot dead at least 20 men during a raid on the weekly market in Dinangourou, in the central Mopti region, on Saturday, April 2, according to residents and a local elected official who spoke by telephone this week. [...] A local human rights association said it had counted 26 dead. [...] The army said in a statement two days after the raid that it had \"neutralised 18 terrorists\" in an operation in the Dinangourou area, without mentioning civilian casualties.",
       note="with foreign fighters (reportedly Wagner); conflicting tolls 20 and 26; the army's 'neutralised 18' is in the note only"),
    ev("Suspected jihadists attacked the army camp at Boni, killing four soldiers and wounding seven; JNIM claimed the attack.",
       "2022-04-10", "‘On Sunday’ before the Thursday 2022-04-14 dateline: Sunday 2022-04-10",
       "army camp at Boni", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
       4, None, 7, None,
       "On Sunday, suspected jihadists attacked the army camp at Boni, on the road between Douentza and Hombori, killing four soldiers and wounding seven, the army said. It said \"several assailants\" were killed. On Monday, the al Qaeda-linked JNIM said on its propaganda channels that it had carried out the attack to avenge the dead of Dinangourou.",
       note="4 soldiers; 'several assailants' gives no count; JNIM claimed"),
    ev("An army vehicle struck an IED near Mondoro, killing two soldiers.",
       "2022-04-12", "‘On Tuesday’ before the Thursday 2022-04-14 dateline: Tuesday 2022-04-12",
       "Mondoro", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       2, None, None, None,
       "On Tuesday, an army vehicle struck an improvised explosive device near Mondoro, close to the border with Burkina Faso, killing two soldiers, a local official said."),
],
figures=[
    fig("killed", 500, "central Mali",
        "Rights groups say more than 500 civilians were killed in central Mali in the first three months of the year"),
    fig("displaced", 350000, "Mali",
        "About 350,000 people are displaced inside the country, according to the United Nations."),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
        "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Gao": "ML", "Mopti": "ML", "Menaka": "ML", "Timbuktu": "ML",
    "Sahel": "BF", "Nord": "BF", "Est": "BF",
    "Tillaberi": "NE", "Diffa": "NE", "Tahoua": "NE",
    "Adamawa": "NG", "Borno": "NG", "Yobe": "NG", "Zamfara": "NG", "Katsina": "NG",
    "Northwest": "CM", "Southwest": "CM", "Far North": "CM",
    "Banaadir": "SO", "Lower Shabelle": "SO", "Middle Juba": "SO", "Hiraan": "SO",
    "North Kivu": "CD", "Ituri": "CD",
    "Amhara": "ET", "Oromia": "ET",
    "Khartoum": "SD", "South Darfur": "SD", "North Darfur": "SD", "Al Jazirah": "SD",
    "Cabo Delgado": "MZ",
    "Aden": "YE", "Saada": "YE", "Marib": "YE", "Taiz": "YE",
    "Homs": "SY", "Daraa": "SY", "Damascus": "SY", "Idlib": "SY",
    "Baghdad": "IQ", "Salahuddin": "IQ", "Anbar": "IQ", "Kirkuk": "IQ", "Diyala": "IQ",
    "Ghazni": "AF", "Kabul": "AF", "Kunduz": "AF",
    "Khyber Pakhtunkhwa": "PK", "Balochistan": "PK",
    "Chhattisgarh": "IN", "Manipur": "IN",
    "Sagaing": "MM", "Kachin": "MM",
    "Lanao del Sur": "PH", "Sulu": "PH",
    "Cauca": "CO", "Valle del Cauca": "CO",
    "Zacatecas": "MX", "Michoacan": "MX",
    "Kharkiv": "UA", "Odesa": "UA", "Donetsk": "UA",
}
COUNTRIES = {"ML", "BF", "NE", "NG", "CM", "SO", "CD", "ET", "SD", "MZ", "YE", "SY", "IQ", "AF", "PK",
             "IN", "MM", "PH", "CO", "MX", "UA"}
# actor names allowed in this set: canonical names of EVENTS.md, "<Country-adjective> security
# forces" for state forces, the usual short names of armed groups, the generic labels of
# news-dev/news-wide ("militants (unidentified)", "civilians", "unknown", "none", "protesters")
ACTORS = {
    "Islamic State", "JNIM", "Boko Haram", "al-Shabaab", "Houthis", "Taliban", "Saudi-led coalition",
    "Iraqi Security Forces", "Syrian government forces", "Syrian rebels", "Afghan security forces",
    "Malian security forces", "Burkinabe security forces", "Nigerien security forces", "Nigerian security forces",
    "Cameroonian security forces", "Somali security forces", "Congolese security forces",
    "Ethiopian security forces", "Sudanese security forces", "Mozambican security forces",
    "Yemeni government forces", "Pakistani security forces", "Indian security forces", "Myanmar security forces",
    "Philippine security forces", "Colombian security forces", "Mexican security forces",
    "Ukrainian security forces", "Russian forces", "French forces", "US forces",
    "ADF", "M23", "Rapid Support Forces", "Fano", "Ambazonian separatists", "Maoists",
    "Tehrik-i-Taliban Pakistan", "Baloch Liberation Front", "People's Defence Force", "FARC dissidents",
    "Jalisco New Generation Cartel", "Maute group", "Abu Sayyaf", "AMISOM",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters", "rioters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
MON = "|".join(MONTHS + [a + r"\.?" for a in ABBR])
CAPS = r"[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý]"
# a line that starts like a dateline of any style
DATELINE_START = [
    re.compile(r"^%s(?:, [^()\n]{0,40})? \([^()\n]+\) [-–—] " % CAPS),
    re.compile(r"^%s: " % CAPS),
    re.compile(r"^%s [—–] " % CAPS),
    re.compile(r"^%s,(?: [A-Za-z ]+,)? (?:%s) \d" % (CAPS, MON)),
    re.compile(r"^%s,(?: [A-Za-z ]+,)? \d{1,2} (?:%s)\b" % (CAPS, MON)),
    re.compile(r"^[A-Z][a-z]+, (?:%s) \d{1,2} \(" % MON),
]
# well-formed dated datelines: "CITY[, Region], Month D (Outlet) - ", "CITY[, Region], D Month (Outlet) - ",
# and the Indian agency style "City, Mon D (Outlet) Text"
DATED = [
    re.compile(r"^(%s)(?:, [A-Z][A-Za-z ]+)?, (?P<mon>%s) (?P<day>\d{1,2}) \([^()]+\) [-–—] \S" % (CAPS, MON)),
    re.compile(r"^(%s)(?:, [A-Z][A-Za-z ]+)?, (?P<day>\d{1,2}) (?P<mon>%s) \([^()]+\) [-–—] \S" % (CAPS, MON)),
    re.compile(r"^([A-Z][a-z]+), (?P<mon>%s) (?P<day>\d{1,2}) \([^()]+\) [A-Z]" % MON),
]
# well-formed datelines without a date: "CITY[, Country] (Outlet) — ", "CITY — ", "CITY: "
UNDATED = [
    re.compile(r"^(%s)(?:, [A-Z][A-Za-z ]+)? \([^()]+\) [—–] \S" % CAPS),
    re.compile(r"^(%s) [—–] \S" % CAPS),
    re.compile(r"^(%s): \S" % CAPS),
]
# lines that carry the publication date: "Updated: ...", "Published ...", "Posted on ..."
DATE_LINE = re.compile(r"^(Updated|Published|Posted)\b")
FULL_DATES = [
    re.compile(r"\b(?P<mon>%s) (?P<day>\d{1,2}), (?P<year>\d{4})\b" % "|".join(MONTHS)),
    re.compile(r"\b(?P<day>\d{1,2}) (?P<mon>%s),? (?P<year>\d{4})\b" % "|".join(MONTHS)),
]
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
BANDS = [(60, 120), (200, 450), (600, 1000)]  # short feed items, wire stories, long reads
MAX_EVENTS = 6

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def month_no(s):
    s = s.rstrip(".")
    return MONTHS.index(s) + 1 if s in MONTHS else ABBR.get(s)


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


def check_full_dates(where, text, pub):
    """Every 'Month D, YYYY' / 'D Month YYYY' must exist and not be after publication."""
    for pat in FULL_DATES:
        for m in pat.finditer(text):
            try:
                d = datetime.date(int(m.group("year")), MONTHS.index(m.group("mon")) + 1, int(m.group("day")))
            except ValueError:
                err(where, f"impossible date {m.group(0)!r}")
                continue
            if d > pub:
                err(where, f"{m.group(0)!r} is after publication {pub}")


def check_datelines(where, text, pub, style):
    lines = text.split("\n")
    if not lines[0].strip() or any(p.match(lines[0]) for p in DATELINE_START) or DATE_LINE.match(lines[0]):
        err(where, "first line must be a headline")
    dated = undated = 0
    for ln in lines:
        if DATE_LINE.match(ln):
            ds = []
            for pat in FULL_DATES:
                for m in pat.finditer(ln):
                    ds.append(datetime.date(int(m.group("year")), MONTHS.index(m.group("mon")) + 1, int(m.group("day"))))
            if len(ds) != 1:
                err(where, f"date line without exactly one full date: {ln[:60]!r}")
            elif ds[0] != pub:
                err(where, f"date line {ds[0]} does not name publication {pub}")
            continue
        if not any(p.match(ln) for p in DATELINE_START):
            continue
        m = next((p.match(ln) for p in DATED if p.match(ln)), None)
        if m:
            dated += 1
            if month_no(m.group("mon")) != pub.month or int(m.group("day")) != pub.day:
                err(where, f"dateline {m.group('mon')} {m.group('day')} does not name publication {pub}")
        elif any(p.match(ln) for p in UNDATED):
            undated += 1
        else:
            err(where, f"malformed dateline: {ln[:60]!r}")
    want = {"dated": (1, 0), "undated": (0, 1), "none": (0, 0)}.get(style)
    if want is None:
        err(where, f"unknown dateline style {style!r}")
    elif (dated, undated) != want:
        err(where, f"style {style}: {dated} dated and {undated} undated datelines, expected {want}")


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
        if rid != "h22-%02d" % (i + 1):
            err(rid, f"id out of order, expected h22-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2012, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2012-2024")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        if str(pub.year) not in r["url"]:
            err(rid, "url does not carry the publication year")
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        words = len(text.split())
        if not any(lo <= words <= hi for lo, hi in BANDS):
            err(rid, f"{words} words, outside the bands {BANDS}")
        check_datelines(rid, text, pub, r["style"])
        check_weekday_dates_in_text(rid, text, pub)
        check_full_dates(rid, text, pub)
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
            if e.get("actor1") in ("none", "protesters", "rioters") and e.get("type") != "other":
                err(w, f"actor1 {e['actor1']!r} only on 'other' events")
            if e.get("actor1") == e.get("actor2") and e.get("actor1") not in ("unknown",):
                err(w, "actor1 and actor2 are the same")
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
                elif e["date"] not in e["date_note"]:
                    err(w, "date_note does not state the date it resolves to")
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
        if len(r["events"]) > MAX_EVENTS:
            err(rid, f"{len(r['events'])} events, expected at most {MAX_EVENTS}")
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
    if any(n != 1 for n in hinted.values()):
        err("set", f"reports without events should come from six different countries: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
    words = [len(r["text"].split()) for r in REPORTS]
    short = sum(w <= 120 for w in words)
    long_ = sum(w >= 600 for w in words)
    if short < 5 or long_ < 4:
        err("set", f"{short} short and {long_} long reports; expected at least 5 short and 4 long")
    styles = Counter(r["style"] for r in REPORTS)
    if min(styles.get(s, 0) for s in ("dated", "undated", "none")) < 4:
        err("set", f"dateline styles too uniform: {dict(styles)}")


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
    print(f"reports: {len(REPORTS)} (words {min(words)}-{max(words)}, mean {sum(words) // len(words)}; "
          f"short <=120: {sum(w <= 120 for w in words)}, 200-450: {sum(200 <= w <= 450 for w in words)}, "
          f"long >=600: {sum(w >= 600 for w in words)})")
    print("dateline styles: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["style"] for r in REPORTS).items())))
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
    for c in sorted(COUNTRIES, key=lambda c: (-sum(e["country"] == c for e in evs), c)):
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {len(sel)} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
