#!/usr/bin/env python3
"""probe-holdout15: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep.

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
# h15-01 .. h15-09
# ---------------------------------------------------------------------------

report("h15-01", "2024-03-12", "https://www.example-levantwire.com/2024/03/12/south-lebanon-strikes-aita-al-shaab",
"""
Israeli strikes kill four in south Lebanon, Hezbollah missile wounds two soldiers near Metula

BEIRUT, March 12 (Levant Wire) - An Israeli air strike flattened a two-storey house in the border village of Aita al-Shaab late on Monday, killing three people, Lebanese security sources said, as the exchanges of fire between Hezbollah and the Israeli military ground on into a sixth month.

Hezbollah announced in the early hours of Tuesday the deaths of two of its fighters, saying only that they had fallen "on the road to Jerusalem". Two security sources said both men were among the dead in Aita al-Shaab. A civil defence official in Bint Jbeil said rescuers had pulled three bodies from the rubble, the third of them a man in his sixties who had refused to leave the village, and that a woman from a neighbouring house was taken to hospital in Tyre with burns.

The Israeli military said its aircraft had struck "a Hezbollah military structure" in the area of Aita al-Shaab. In a separate statement on Tuesday it said a drone had hit "a terrorist cell" near Kfar Kila that morning.

Lebanon's state news agency said the drone struck a motorcycle on the road between Kfar Kila and Odaisseh shortly after 7 a.m., killing its rider. Residents of Kfar Kila reached by telephone said the man worked for the municipality and had gone to check on a water pump. By Tuesday afternoon Hezbollah had not claimed him as one of its members.

On the Israeli side, the military said an anti-tank missile fired from Lebanon hit a position near Metula on Monday afternoon, lightly wounding two soldiers, who were taken to hospital in Safed. Hezbollah said its fighters had targeted "a gathering of enemy soldiers" near the town and claimed "confirmed casualties".

Israeli artillery also shelled the outskirts of Khiam overnight, the state news agency said, without causing casualties.

The clashes began on October 8, a day after the Hamas-led attack on southern Israel set off the war in Gaza, and have so far stayed largely within a few kilometres of the border. By a Levant Wire tally based on statements and security sources, more than 320 people have been killed in Lebanon since then, most of them Hezbollah fighters but also more than 50 civilians. The Israeli military says ten soldiers and seven civilians have been killed on its side of the frontier.

About 90,000 people have left their homes in south Lebanon, according to aid agencies, while some 60,000 residents were evacuated from towns and kibbutzim along Israel's northern border in October and have not returned.

"Every night we count the explosions instead of sleeping," said a shopkeeper in Bint Jbeil who gave only his first name, Ali. "The ones who stayed are old people and those who have nowhere to go."

Diplomats from France and the United States have been carrying proposals between Beirut and Israel for a pull-back of Hezbollah fighters from the border strip, but the group has said it will not stop firing while the war in Gaza goes on.
""",
events=[
    ev("An Israeli air strike flattened a house in Aita al-Shaab, killing three people (two Hezbollah fighters, according to security sources, and an older man) and burning a woman next door.",
       "2024-03-11", "‘late on Monday’ before the Tuesday 2024-03-12 dateline: Monday 2024-03-11",
       "Aita al-Shaab", "Nabatieh", "LB", "explosion", "Israeli security forces", "Hezbollah",
       3, None, 1, None,
       "An Israeli air strike flattened a two-storey house in the border village of Aita al-Shaab late on Monday, killing three people, Lebanese security sources said [...] Two security sources said both men were among the dead in Aita al-Shaab. A civil defence official in Bint Jbeil said rescuers had pulled three bodies from the rubble, the third of them a man in his sixties who had refused to leave the village, and that a woman from a neighbouring house was taken to hospital in Tyre with burns.",
       note="3 = 2 Hezbollah fighters (security sources) + 1 older man; 1 woman wounded (burns); Israel says it hit 'a Hezbollah military structure'"),
    ev("An Israeli drone struck a motorcycle on the road between Kfar Kila and Odaisseh, killing its rider; Israel says it hit a 'terrorist cell', residents say he was a municipal worker.",
       "2024-03-12", "drone strike ‘that morning’, in a statement ‘on Tuesday’, the dateline day: Tuesday 2024-03-12; state media give ‘shortly after 7 a.m.’",
       "road between Kfar Kila and Odaisseh", "Nabatieh", "LB", "explosion", "Israeli security forces", "unknown",
       1, None, None, None,
       "In a separate statement on Tuesday it said a drone had hit \"a terrorist cell\" near Kfar Kila that morning. [...] Lebanon's state news agency said the drone struck a motorcycle on the road between Kfar Kila and Odaisseh shortly after 7 a.m., killing its rider. Residents of Kfar Kila reached by telephone said the man worked for the municipality and had gone to check on a water pump.",
       note="victim's affiliation disputed: Israel 'terrorist cell', residents a municipal worker; Hezbollah did not claim him"),
    ev("An anti-tank missile fired from Lebanon hit an Israeli army position near Metula, lightly wounding two soldiers; Hezbollah said it targeted soldiers there.",
       "2024-03-11", "‘on Monday afternoon’ before the Tuesday 2024-03-12 dateline: Monday 2024-03-11",
       "near Metula", "Northern District", "IL", "explosion", "Hezbollah", "Israeli security forces",
       None, None, 2, None,
       "the military said an anti-tank missile fired from Lebanon hit a position near Metula on Monday afternoon, lightly wounding two soldiers, who were taken to hospital in Safed. Hezbollah said its fighters had targeted \"a gathering of enemy soldiers\" near the town and claimed \"confirmed casualties\".",
       note="Hezbollah's claim of 'confirmed casualties' not used; the Israeli military gives two lightly wounded"),
    ev("Israeli artillery shelled the outskirts of Khiam overnight without causing casualties.",
       "2024-03-11", "‘overnight’ in a Tuesday 2024-03-12 report: the night of Monday 2024-03-11 into Tuesday 2024-03-12, first night taken",
       "outskirts of Khiam", "Nabatieh", "LB", "explosion", "Israeli security forces", "unknown",
       0, None, 0, None,
       "Israeli artillery also shelled the outskirts of Khiam overnight, the state news agency said, without causing casualties."),
],
figures=[
    fig("killed", 4, "south Lebanon",
        "Israeli strikes kill four in south Lebanon",
        note="headline total = 3 (Aita al-Shaab) + 1 (Kfar Kila-Odaisseh road)"),
    fig("killed", 320, "Lebanon",
        "more than 320 people have been killed in Lebanon since then, most of them Hezbollah fighters but also more than 50 civilians",
        note="since October 8 (2023); Levant Wire tally"),
    fig("killed", 17, "northern Israel",
        "The Israeli military says ten soldiers and seven civilians have been killed on its side of the frontier.",
        note="= 10 soldiers + 7 civilians, since October"),
    fig("displaced", 90000, "south Lebanon",
        "About 90,000 people have left their homes in south Lebanon, according to aid agencies"),
    fig("displaced", 60000, "northern Israel",
        "some 60,000 residents were evacuated from towns and kibbutzim along Israel's northern border in October and have not returned"),
])

report("h15-02", "2019-07-03", "https://www.example-correiodonorte.com/en/2019/07/03/pemba-seven-detained",
"""
Police detain seven suspects in Pemba over Macomia attacks

PEMBA, July 3 (Correio do Norte, English edition) - The police in Cabo Delgado said on Tuesday that seven men suspected of supplying food and information to the armed groups attacking villages in Macomia district were detained during the weekend in the neighbourhood of Paquitequete, in Pemba city. A police spokesman told reporters that the suspects were caught with machetes, mobile phones and a list of names of village chiefs. On Thursday, unknown armed men burned some 40 huts in the village of Chai, in Macomia, and the population fled into the bush; no one was reported hurt. Since October 2017 the attacks in the north of the province have killed more than 200 people, according to a count kept by this newspaper.
""",
events=[
    ev("Police detained seven men suspected of supplying food and information to the armed groups in Macomia, in Pemba's Paquitequete neighbourhood.",
       None, "‘during the weekend’ (Saturday 2019-06-29 or Sunday 2019-06-30), announced ‘on Tuesday’ (Tuesday 2019-07-02); no single day",
       "Paquitequete, Pemba", "Cabo Delgado", "MZ", "arrest", "Mozambican security forces", "militants (unidentified)",
       None, None, None, None,
       "The police in Cabo Delgado said on Tuesday that seven men suspected of supplying food and information to the armed groups attacking villages in Macomia district were detained during the weekend in the neighbourhood of Paquitequete, in Pemba city.",
       arrested=7),
    ev("Unknown armed men burned some 40 huts in Chai village, Macomia; residents fled and no one was reported hurt.",
       "2019-06-27", "‘On Thursday’ before the Wednesday 2019-07-03 dateline: Thursday 2019-06-27",
       "Chai", "Cabo Delgado", "MZ", "other", "militants (unidentified)", "civilians",
       0, None, 0, None,
       "On Thursday, unknown armed men burned some 40 huts in the village of Chai, in Macomia, and the population fled into the bush; no one was reported hurt.",
       note="property destruction, nobody hurt"),
],
figures=[
    fig("killed", 200, "north of Cabo Delgado",
        "Since October 2017 the attacks in the north of the province have killed more than 200 people, according to a count kept by this newspaper.",
        note="running total since October 2017"),
])

report("h15-03", "2020-07-12", "https://www.example-valleyobserver.com/kashmir/2020/07/12/shopian-gunfight-sugan",
"""
Two militants killed in Shopian gunfight, soldier injured

SRINAGAR, July 12 (Valley Observer) - Two militants were killed and an army soldier was injured in a gunfight with government forces in Shopian district on Saturday, police said. The encounter broke out in the early hours after a joint team of the army's 44 Rashtriya Rifles, the CRPF and the police's Special Operations Group cordoned off Sugan village on a specific input about the presence of militants, a police spokesman said. The slain militants were affiliated with the Lashkar-e-Taiba, he said, adding that two AK rifles and a pistol were recovered from the site. The injured soldier was shifted to the army's 92 Base Hospital in Srinagar, where his condition is stated to be stable.
""",
events=[
    ev("Army, CRPF and police cordoned off Sugan village; in the gunfight two Lashkar-e-Taiba militants were killed and a soldier injured.",
       "2020-07-11", "‘on Saturday’ before the Sunday 2020-07-12 dateline: Saturday 2020-07-11",
       "Sugan", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Lashkar-e-Taiba",
       2, None, 1, None,
       "Two militants were killed and an army soldier was injured in a gunfight with government forces in Shopian district on Saturday, police said. The encounter broke out in the early hours after a joint team of the army's 44 Rashtriya Rifles, the CRPF and the police's Special Operations Group cordoned off Sugan village [...] The slain militants were affiliated with the Lashkar-e-Taiba"),
])

report("h15-04", "2021-01-27", "https://www.example-equatorialpress.com/car/2021/01/27/faca-retake-grimari",
"""
Central African army retakes Grimari as rebel coalition presses on supply routes

BANGUI, January 27 (Equatorial Press Agency) - Central African troops, backed by Rwandan soldiers and Russian instructors, took back control of the town of Grimari on Sunday after a two-hour exchange of fire with fighters of the rebel Coalition of Patriots for Change (CPC), the army said.

The army's spokesman said on Tuesday that five rebels had been killed and one soldier lost his life in the fighting on the eastern edge of the town. Two other soldiers were wounded, he said. The CPC did not comment on its losses but said in a message on social media that its men had carried out "a tactical withdrawal" to spare the population.

Residents who returned to the town on Monday described empty streets and a looted market. "They took the goats, the motorbikes, even the doors of the shops," a teacher said by telephone.

On Monday, a convoy of the UN mission MINUSCA escorting fuel trucks toward Bambari came under fire about 20 kilometres from Bambari on the road to Ippy. One peacekeeper was killed and two were wounded, the mission said in a statement, blaming "elements of the CPC". A spokesman for the coalition denied any involvement, saying its fighters "do not target the blue helmets".

In the north-west, armed men killed civilians in a village about 15 kilometres from Koui on Friday, according to local sources. The sub-prefect of Koui said three people died, including the village chief, while a local human rights group, the Observatoire Citoyen de la Pendé, counted four dead and said several houses were burned. Both blamed fighters of the 3R group, which holds much of the area and is part of the CPC.

The public prosecutor in Bangui said on Tuesday that nine people, including two former soldiers, had been arrested by the gendarmerie on suspicion of preparing attacks on the capital on behalf of the rebel coalition.

The CPC was formed in December by several armed groups that had signed the 2019 peace agreement, shortly before the presidential election. Its fighters have since blocked stretches of the main road linking Bangui to the Cameroonian border, through which most of the capital's food and fuel arrives, and truck drivers say they will not travel without escort.

According to humanitarian agencies, more than 200,000 people have fled their homes since mid-December, about half of them across the borders into the Democratic Republic of Congo, Cameroon and Chad.

"We are asking the government and the armed groups to open a corridor for the trucks. In Bangui a sack of cassava flour has doubled in a month," said the head of a traders' association at the PK5 market.
""",
events=[
    ev("Central African troops backed by Rwandan soldiers and Russian instructors retook Grimari from CPC rebels after a two-hour exchange of fire; five rebels and one soldier killed, two soldiers wounded.",
       "2021-01-24", "‘on Sunday’ before the Wednesday 2021-01-27 dateline: Sunday 2021-01-24 (toll given by the spokesman ‘on Tuesday’)",
       "Grimari", "Ouaka", "CF", "territory_gain", "Central African security forces", "Coalition of Patriots for Change",
       6, None, 2, None,
       "Central African troops, backed by Rwandan soldiers and Russian instructors, took back control of the town of Grimari on Sunday after a two-hour exchange of fire with fighters of the rebel Coalition of Patriots for Change (CPC), the army said. [...] The army's spokesman said on Tuesday that five rebels had been killed and one soldier lost his life in the fighting on the eastern edge of the town. Two other soldiers were wounded, he said.",
       note="6 = 5 rebels + 1 soldier (army count); with Rwandan soldiers and Russian instructors"),
    ev("A MINUSCA convoy escorting fuel trucks toward Bambari came under fire about 20 km from Bambari on the road to Ippy; one peacekeeper killed, two wounded.",
       "2021-01-25", "‘On Monday’ before the Wednesday 2021-01-27 dateline: Monday 2021-01-25",
       "20 km from Bambari on the road to Ippy", "Ouaka", "CF", "battle", "unknown", "MINUSCA",
       1, None, 2, None,
       "On Monday, a convoy of the UN mission MINUSCA escorting fuel trucks toward Bambari came under fire about 20 kilometres from Bambari on the road to Ippy. One peacekeeper was killed and two were wounded, the mission said in a statement, blaming \"elements of the CPC\". A spokesman for the coalition denied any involvement",
       note="MINUSCA blamed the CPC, which denied: attribution disputed"),
    ev("Armed men of the 3R group killed civilians, including the village chief, in a village about 15 km from Koui; the sub-prefect says three dead, a local rights group four.",
       "2021-01-22", "‘on Friday’ before the Wednesday 2021-01-27 dateline: Friday 2021-01-22",
       "village about 15 km from Koui", "Ouham-Pendé", "CF", "attack_on_civilians", "3R", "civilians",
       3, 4, None, None,
       "armed men killed civilians in a village about 15 kilometres from Koui on Friday, according to local sources. The sub-prefect of Koui said three people died, including the village chief, while a local human rights group, the Observatoire Citoyen de la Pendé, counted four dead and said several houses were burned. Both blamed fighters of the 3R group",
       note="conflicting tolls: sub-prefect 3, rights group 4"),
    ev("The gendarmerie arrested nine people, including two former soldiers, suspected of preparing attacks on Bangui for the CPC.",
       None, "no day for the arrests; the prosecutor spoke ‘on Tuesday’ (Tuesday 2021-01-26)",
       "Bangui", "Bangui", "CF", "arrest", "Central African security forces", "Coalition of Patriots for Change",
       None, None, None, None,
       "The public prosecutor in Bangui said on Tuesday that nine people, including two former soldiers, had been arrested by the gendarmerie on suspicion of preparing attacks on the capital on behalf of the rebel coalition.",
       arrested=9, optional=True),
],
figures=[
    fig("displaced", 200000, "Central African Republic",
        "more than 200,000 people have fled their homes since mid-December, about half of them across the borders into the Democratic Republic of Congo, Cameroon and Chad",
        note="internally displaced and refugees since mid-December"),
])

report("h15-05", "2015-12-28", "https://www.example-southeastdaily.com/2015/12/28/silopi-bomb-two-police-killed",
"""
Two police officers killed in Silopi bomb as curfews enter third week

DIYARBAKIR, December 28 (Southeast Daily) - Two police officers were killed and three others wounded when a bomb planted under a road in Silopi exploded as their armoured vehicle passed on Saturday, the Şırnak Governor's Office said in a written statement.

The statement said the explosive, estimated at 50 kilograms, had been buried near the district's state hospital and detonated by remote control by "members of the separatist terrorist organisation", the term officials use for the outlawed Kurdistan Workers' Party (PKK). The wounded officers were flown by helicopter to Diyarbakır, where one was said to be in serious condition.

In neighbouring Cizre, where a round-the-clock curfew has been in force since December 14, a soldier died on Sunday after being hit by sniper fire in the Cudi neighbourhood, security sources said, blaming PKK militants entrenched behind barricades. Residents said heavy weapons could be heard throughout the night and that electricity had been cut in several streets for a fourth day.

In the historic Sur district of Diyarbakır, a 60-year-old woman was killed by a bullet on Friday as she stood at the door of her house in the Hasırlı neighbourhood. The pro-Kurdish Peoples' Democratic Party (HDP) said she was shot by police special operations teams, while the Diyarbakır Governor's Office said she was hit by PKK militants firing from barricades. Her family could bury her only on Sunday, after the body had stayed in the house for two days.

Police also detained 23 people in dawn raids in Nusaybin, in Mardin province, on Sunday on suspicion of digging trenches and building barricades for the PKK's youth wing, the state-run news agency reported.

The Turkish General Staff said in its weekly statement that 211 "terrorists" had been neutralised in Cizre, Silopi and Sur since the operations began, a term that covers militants killed, captured or who surrendered. The figure could not be independently verified, and the HDP says dozens of civilians are among the dead.

The People's Defence Forces (HPG), the PKK's armed wing, claimed on its website that its fighters had killed 14 soldiers and police officers in Silopi during the week, a claim the army rejected.

The fighting in the southeast resumed in July, when a two-and-a-half-year ceasefire between the state and the PKK collapsed. The Southeast Rights Platform, an association of lawyers in Diyarbakır, says at least 162 civilians have died in areas under curfew since August.

"We have not opened the shop for two weeks. Whoever could leave, left for relatives in Mersin or Adana," said a grocer in Silopi, reached by telephone.
""",
events=[
    ev("A remote-detonated bomb of about 50 kg buried under a road near Silopi's state hospital hit a police armoured vehicle; two officers killed, three wounded; the governor's office blamed the PKK.",
       "2015-12-26", "‘on Saturday’ before the Monday 2015-12-28 dateline: Saturday 2015-12-26",
       "near the state hospital, Silopi", "Şırnak", "TR", "explosion", "PKK", "Turkish security forces",
       2, None, 3, None,
       "Two police officers were killed and three others wounded when a bomb planted under a road in Silopi exploded as their armoured vehicle passed on Saturday [...] had been buried near the district's state hospital and detonated by remote control by \"members of the separatist terrorist organisation\", the term officials use for the outlawed Kurdistan Workers' Party (PKK)."),
    ev("A soldier was killed by sniper fire in the Cudi neighbourhood of Cizre, under curfew; security sources blamed PKK militants behind barricades.",
       "2015-12-27", "‘on Sunday’ before the Monday 2015-12-28 dateline: Sunday 2015-12-27",
       "Cudi neighbourhood, Cizre", "Şırnak", "TR", "battle", "PKK", "Turkish security forces",
       1, None, None, None,
       "In neighbouring Cizre, where a round-the-clock curfew has been in force since December 14, a soldier died on Sunday after being hit by sniper fire in the Cudi neighbourhood, security sources said, blaming PKK militants entrenched behind barricades."),
    ev("A 60-year-old woman was shot dead at the door of her house in Sur's Hasırlı neighbourhood; the HDP blamed police special operations teams, the governor's office PKK militants.",
       "2015-12-25", "‘on Friday’ before the Monday 2015-12-28 dateline: Friday 2015-12-25",
       "Hasırlı neighbourhood, Sur", "Diyarbakır", "TR", "attack_on_civilians", "unknown", "civilians",
       1, None, None, None,
       "In the historic Sur district of Diyarbakır, a 60-year-old woman was killed by a bullet on Friday as she stood at the door of her house in the Hasırlı neighbourhood. The pro-Kurdish Peoples' Democratic Party (HDP) said she was shot by police special operations teams, while the Diyarbakır Governor's Office said she was hit by PKK militants firing from barricades.",
       note="competing attributions (HDP: police; governor: PKK)"),
    ev("Police detained 23 people in dawn raids in Nusaybin on suspicion of digging trenches and building barricades for the PKK's youth wing.",
       "2015-12-27", "‘on Sunday’ before the Monday 2015-12-28 dateline: Sunday 2015-12-27",
       "Nusaybin", "Mardin", "TR", "arrest", "Turkish security forces", "PKK",
       None, None, None, None,
       "Police also detained 23 people in dawn raids in Nusaybin, in Mardin province, on Sunday on suspicion of digging trenches and building barricades for the PKK's youth wing",
       arrested=23),
],
figures=[
    fig("other", 211, "Cizre, Silopi and Sur",
        "The Turkish General Staff said in its weekly statement that 211 \"terrorists\" had been neutralised in Cizre, Silopi and Sur since the operations began, a term that covers militants killed, captured or who surrendered.",
        note="militants 'neutralised' (killed, captured or surrendered), army count since the operations began"),
    fig("killed", 162, "areas under curfew in southeast Turkey",
        "says at least 162 civilians have died in areas under curfew since August",
        note="civilians, since August; lawyers' association"),
])

report("h15-06", "2024-02-07", "https://www.example-southernmirror.com/2024/02/07/peace-panel-brn-kuala-lumpur",
"""
Peace panel and BRN to resume talks in Kuala Lumpur, aim for "joint plan" by mid-year

BANGKOK, February 7 (Southern Mirror) - The government's peace dialogue panel will meet representatives of the Barisan Revolusi Nasional (BRN) in Kuala Lumpur this week, the first formal round since the general election, a panel member said on Tuesday.

The two sides are expected to discuss a draft "comprehensive joint plan towards peace", which would begin with a reduction of violence and public consultations in the three southern border provinces before any talks on political arrangements, the panel member told reporters at Government House. Malaysia, which has facilitated the process since 2013, will chair the meeting. For the first time the Thai panel is led by a civilian, a former deputy secretary-general of the National Security Council.

"Nobody expects a ceasefire to be signed in one round. What we want is a roadmap that both sides can show to their people," he said. The Thai side also wants the BRN to commit to sparing "soft targets" such as schools, markets and places of worship, he added.

Security officials in Pattani, Yala and Narathiwat have been told to avoid large operations while the delegations meet, a spokesman for the Internal Security Operations Command (Isoc) Region 4 Forward said, but checkpoints and patrols will continue as usual. The emergency decree, in force in most districts of the three provinces since 2005, was extended for another three months last month.

Civil society groups in Pattani welcomed the meeting but asked that the agenda also cover justice for victims of past abuses and the return of people who fled across the border to Malaysia.

The Southern Border Peace Observatory, an academic monitoring group based in Pattani, says more than 7,500 people have been killed and over 14,000 injured in the insurgency since January 2004. Its records show that violence has declined sharply since the peak years of 2007 and 2008, although roadside bombs and shootings of rangers, teachers and village officials have never stopped entirely.

The BRN, which rarely speaks in public, said in a video message in Malay last month that it remained "committed to a political solution" but accused the Thai side of "militarising" the region. Earlier rounds produced short pauses in the violence during Ramadan but no lasting agreement.
""",
country_hint="TH",
figures=[
    fig("killed", 7500, "Thailand's southern border provinces",
        "more than 7,500 people have been killed and over 14,000 injured in the insurgency since January 2004",
        note="running total since January 2004"),
    fig("wounded", 14000, "Thailand's southern border provinces",
        "more than 7,500 people have been killed and over 14,000 injured in the insurgency since January 2004",
        note="running total since January 2004"),
])

report("h15-07", "2018-03-06", "https://www.example-nilemorningpost.com/2018/03/06/sinai-2018-statement-21",
"""
Armed forces: 16 takfiri elements killed in central Sinai raids, three soldiers martyred

CAIRO, March 6 (Nile Morning Post) - The military spokesman on Monday issued the twenty-first statement of the General Command of the Armed Forces on the progress of the Comprehensive Operation "Sinai 2018". The following is the text of the statement as carried by the state news agency.

"In continuation of the efforts of the armed forces to eliminate terrorism and terrorist elements in North and Central Sinai, the forces achieved the following results:

- Air force fighters targeted and destroyed a number of vehicles and hideouts used by the terrorist elements in Central Sinai.
- During raids of the ground forces on the hotbeds of the terrorists in the area of Jabal al-Halal, an exchange of fire took place in which 16 takfiri elements were killed, while an officer and two soldiers were martyred and four others were wounded.
- On Sunday, an explosive device went off against an armoured vehicle of the forces south of Arish, resulting in the wounding of two soldiers.
- The forces arrested 37 of the wanted and suspected elements, among them four foreigners, and referred them to the competent authorities.
- The engineering units discovered and destroyed 210 explosive devices planted on the roads and in the farms.

The armed forces affirm their determination to continue the operation until the land of Sinai is purified of the terrorist elements."

Journalists cannot work freely in North Sinai, and the figures in the military's statements cannot be verified independently. The Sinai Province group, the local branch of Islamic State, has not published any statement on the operation for several weeks.

Residents of Arish reached by telephone said fuel was still rationed in the city and that schools remained closed.
""",
events=[
    ev("Ground forces raiding militant hideouts in the Jabal al-Halal area exchanged fire with militants: 16 takfiri elements, an officer and two soldiers killed, four soldiers wounded.",
       None, "no day given; part of the armed forces' statement issued ‘on Monday’ (Monday 2018-03-05) covering a period",
       "Jabal al-Halal", "North Sinai", "EG", "battle", "Egyptian security forces", "militants (unidentified)",
       19, None, 4, None,
       "During raids of the ground forces on the hotbeds of the terrorists in the area of Jabal al-Halal, an exchange of fire took place in which 16 takfiri elements were killed, while an officer and two soldiers were martyred and four others were wounded.",
       note="19 = 16 militants + 1 officer + 2 soldiers (army statement); group not named in the statement"),
    ev("An explosive device went off against an army armoured vehicle south of Arish, wounding two soldiers.",
       "2018-03-04", "‘On Sunday’ in a statement issued ‘on Monday’ (Monday 2018-03-05): Sunday 2018-03-04",
       "south of Arish", "North Sinai", "EG", "explosion", "unknown", "Egyptian security forces",
       None, None, 2, None,
       "On Sunday, an explosive device went off against an armoured vehicle of the forces south of Arish, resulting in the wounding of two soldiers."),
    ev("Air force fighters destroyed vehicles and hideouts used by militants in Central Sinai.",
       None, "no day given; statement issued ‘on Monday’ (Monday 2018-03-05)",
       "Central Sinai", None, "EG", "explosion", "Egyptian security forces", "militants (unidentified)",
       None, None, None, None,
       "Air force fighters targeted and destroyed a number of vehicles and hideouts used by the terrorist elements in Central Sinai.",
       note="aggregate of strikes, no place or day", optional=True),
    ev("The forces arrested 37 wanted and suspected people, four of them foreigners.",
       None, "no day or place beyond the statement's ‘North and Central Sinai’; statement issued ‘on Monday’ (Monday 2018-03-05)",
       "North and Central Sinai", "North Sinai", "EG", "arrest", "Egyptian security forces", "militants (unidentified)",
       None, None, None, None,
       "The forces arrested 37 of the wanted and suspected elements, among them four foreigners, and referred them to the competent authorities.",
       arrested=37, optional=True),
],
figures=[
    fig("other", 210, "North and Central Sinai",
        "The engineering units discovered and destroyed 210 explosive devices planted on the roads and in the farms.",
        note="explosive devices found and destroyed"),
])

report("h15-08", "2024-04-15", "https://www.example-caucaherald.com/en/2024/04/15/suarez-drone-attack-police",
"""
Drone drops explosives on Suárez police station; two dissidents killed in Argelia

POPAYÁN, April 15 (Cauca Herald) - Three police officers and a woman who was passing in the street were wounded when a drone dropped two explosive charges on the police station of Suárez, in northern Cauca, on Saturday night, the departmental police command said. No deaths were reported.

The commander of the Cauca police told a press conference on Sunday that the attack was carried out by the Jaime Martínez front, one of the groups of FARC dissidents that grew out of the guerrillas who rejected the 2016 peace agreement. "It is the fourth time this year that they attack this station with drones," he said. The front did not comment.

The woman, a street vendor, suffered shrapnel wounds to the legs and was taken to a hospital in Santander de Quilichao together with the officers, a hospital spokeswoman said. Part of the station's roof and two parked motorcycles were destroyed.

In the south of the department, the Army said two members of the Carlos Patiño front were killed and one soldier was wounded in a clash with troops near El Plateado, in the municipality of Argelia, on Sunday. The soldiers recovered two rifles, ammunition and a radio, the Third Division said in a statement.

In Norte de Santander, three young men were shot dead in a rural area of Tibú, near the settlement of Campo Dos, on Friday evening, the municipal ombudsman told local radio. Their bodies were found by the roadside with signs of having been bound. The ombudsman said the region was disputed by the ELN and the dissidents of the 33rd front and that armed men had been seen in the area during the week, but no group has claimed the killings.

Separately, soldiers captured a man described by the Army as an explosives instructor of the ELN in a neighbourhood of Cúcuta on Thursday. He was handed over to the prosecutor's office.

The attacks come a month after the government suspended the ceasefire with the dissident bloc in Cauca, Valle del Cauca and Nariño. The Peace Observatory of Cauca, a network of local organisations, says 27 social leaders have been murdered in Colombia so far this year and that about 1,200 people have been displaced from rural Argelia since January.

"The peasants are in the middle. By day one group passes, at night another one," said a community leader from Suárez who asked not to be named.
""",
events=[
    ev("A drone dropped two explosive charges on the Suárez police station, wounding three police officers and a passing street vendor; police blamed the Jaime Martínez front of the FARC dissidents.",
       "2024-04-13", "‘on Saturday night’ before the Monday 2024-04-15 dateline: Saturday 2024-04-13",
       "Suárez police station", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       0, None, 4, None,
       "Three police officers and a woman who was passing in the street were wounded when a drone dropped two explosive charges on the police station of Suárez, in northern Cauca, on Saturday night, the departmental police command said. No deaths were reported. [...] the attack was carried out by the Jaime Martínez front, one of the groups of FARC dissidents",
       note="4 wounded = 3 police + 1 civilian; 'No deaths were reported'"),
    ev("Troops clashed with the Carlos Patiño front near El Plateado, Argelia; two dissidents killed and a soldier wounded.",
       "2024-04-14", "‘on Sunday’ before the Monday 2024-04-15 dateline: Sunday 2024-04-14",
       "El Plateado, Argelia", "Cauca", "CO", "battle", "Colombian security forces", "FARC dissidents",
       2, None, 1, None,
       "the Army said two members of the Carlos Patiño front were killed and one soldier was wounded in a clash with troops near El Plateado, in the municipality of Argelia, on Sunday."),
    ev("Three young men were shot dead near Campo Dos in rural Tibú and left by the roadside; no group claimed the killings.",
       "2024-04-12", "‘on Friday evening’ before the Monday 2024-04-15 dateline: Friday 2024-04-12",
       "Campo Dos, Tibú", "Norte de Santander", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "In Norte de Santander, three young men were shot dead in a rural area of Tibú, near the settlement of Campo Dos, on Friday evening [...] no group has claimed the killings.",
       note="area disputed by ELN and 33rd front dissidents; no attribution"),
    ev("Soldiers captured a man described as an ELN explosives instructor in Cúcuta.",
       "2024-04-11", "‘on Thursday’ before the Monday 2024-04-15 dateline: Thursday 2024-04-11",
       "Cúcuta", "Norte de Santander", "CO", "arrest", "Colombian security forces", "ELN",
       None, None, None, None,
       "soldiers captured a man described by the Army as an explosives instructor of the ELN in a neighbourhood of Cúcuta on Thursday.",
       arrested=1),
],
figures=[
    fig("killed", 27, "Colombia",
        "27 social leaders have been murdered in Colombia so far this year",
        note="social leaders killed in 2024 to date"),
    fig("displaced", 1200, "rural Argelia",
        "about 1,200 people have been displaced from rural Argelia since January"),
])

report("h15-09", "2022-10-19", "https://www.example-palestinedailybulletin.com/2022/10/19/jenin-camp-raid",
"""
Palestinian killed, four wounded in Israeli raid on Jenin camp

RAMALLAH, October 19 (Palestine Daily Bulletin) - A Palestinian man was killed and four others were wounded by Israeli army fire during a raid on the Jenin refugee camp at dawn on Wednesday, the Palestinian Health Ministry said. The Israeli military said its troops came under fire and had explosive devices thrown at them while arresting a wanted man, and that they "responded with live fire". The Al-Quds Brigades, the armed wing of Islamic Jihad, said the man who was killed was one of its fighters. The army also said it arrested five suspects overnight in Beita and Qabalan, south of Nablus.
""",
events=[
    ev("Israeli troops raiding Jenin refugee camp exchanged fire with gunmen; one Palestinian (an Al-Quds Brigades fighter) killed and four wounded.",
       "2022-10-19", "‘at dawn on Wednesday’, the Wednesday 2022-10-19 dateline day",
       "Jenin refugee camp", "West Bank", "PS", "battle", "Israeli security forces", "Palestinian Islamic Jihad",
       1, None, 4, None,
       "A Palestinian man was killed and four others were wounded by Israeli army fire during a raid on the Jenin refugee camp at dawn on Wednesday, the Palestinian Health Ministry said. The Israeli military said its troops came under fire and had explosive devices thrown at them while arresting a wanted man [...] The Al-Quds Brigades, the armed wing of Islamic Jihad, said the man who was killed was one of its fighters."),
    ev("The Israeli army arrested five suspects in Beita and Qabalan, south of Nablus.",
       "2022-10-18", "‘overnight’ in a Wednesday 2022-10-19 report: the night of Tuesday 2022-10-18 into Wednesday 2022-10-19, first night taken",
       "Beita and Qabalan", "West Bank", "PS", "arrest", "Israeli security forces", "unknown",
       None, None, None, None,
       "The army also said it arrested five suspects overnight in Beita and Qabalan, south of Nablus.",
       note="one combined count for two villages", arrested=5),
])

# ---------------------------------------------------------------------------
# h15-10 .. h15-18
# ---------------------------------------------------------------------------

report("h15-10", "2021-02-15", "https://www.example-mandaratribune.com/far-north/2021/02/15/mozogo-raid-kolofata-bomber",
"""
Boko Haram raid on Mozogo leaves seven dead; suicide bomber strikes near Kolofata mosque

MAROUA, February 15 (Mandara Tribune) - Suspected Boko Haram fighters attacked a neighbourhood of Mozogo, in the Mayo-Tsanaga division of the Far North region, in the night of Friday to Saturday, killing five residents, among them two members of the local vigilance committee, and wounding three others, local authorities said.

The assailants, who came from the direction of the Nigerian border, arrived at around 11 p.m., set fire to at least eight houses and took away goats and bags of millet, the mayor of Mozogo told the Mandara Tribune. Soldiers of the Rapid Intervention Battalion (BIR) stationed nearby intervened and killed two of the attackers, a military source said, adding that an AK-47 rifle was recovered.

"We heard them shouting and shooting in the air. The vigilantes went out with their bows and arrows, and they were the first to fall," said a resident who spent the night hiding in the millet fields with his children.

On Sunday morning, a female suicide bomber blew herself up near a mosque in a neighbourhood of Kolofata, in the Mayo-Sava division, killing two worshippers and wounding six, the Divisional Officer for Kolofata said. The bomber, who appeared to be a teenager, died in the blast.

Separately, the army said troops of Operation Emergence 4 killed four Boko Haram fighters in an ambush near Limani on Thursday. No losses were reported among the soldiers.

In Koza, gunmen abducted a trader and his two sons from their home on Wednesday night, relatives said. The kidnappers have demanded a ransom by telephone.

The governor of the Far North region visited Mozogo on Sunday and promised reinforcements. Local officials say the vigilance committees, armed mostly with bows, machetes and home-made guns, remain the first line of defence in many villages. Traders in Mokolo said the weekly markets of several villages near the border had stayed closed for weeks for fear of raids. Since the first attacks of the jihadist group on Cameroonian soil in 2014, the Mayo-Tsanaga, Mayo-Sava and Logone-et-Chari divisions have borne the brunt of the violence. According to humanitarian agencies, more than 320,000 people are internally displaced in the Far North region.
""",
events=[
    ev("Suspected Boko Haram fighters raided a neighbourhood of Mozogo at night, killing five residents (two of them vigilantes), wounding three and burning houses; BIR soldiers killed two attackers.",
       "2021-02-12", "‘in the night of Friday to Saturday’ before the Monday 2021-02-15 dateline; an overnight raid takes the first night, Friday 2021-02-12",
       "Mozogo", "Far North", "CM", "attack_on_civilians", "Boko Haram", "civilians",
       7, None, 3, None,
       "Suspected Boko Haram fighters attacked a neighbourhood of Mozogo, in the Mayo-Tsanaga division of the Far North region, in the night of Friday to Saturday, killing five residents, among them two members of the local vigilance committee, and wounding three others [...] Soldiers of the Rapid Intervention Battalion (BIR) stationed nearby intervened and killed two of the attackers",
       note="7 = 5 residents (2 vigilantes) + 2 attackers killed by the BIR"),
    ev("A female suicide bomber blew herself up near a mosque in Kolofata, killing two worshippers and wounding six.",
       "2021-02-14", "‘On Sunday morning’ before the Monday 2021-02-15 dateline: Sunday 2021-02-14",
       "Kolofata", "Far North", "CM", "explosion", "Boko Haram", "civilians",
       3, None, 6, None,
       "On Sunday morning, a female suicide bomber blew herself up near a mosque in a neighbourhood of Kolofata, in the Mayo-Sava division, killing two worshippers and wounding six, the Divisional Officer for Kolofata said. The bomber, who appeared to be a teenager, died in the blast.",
       note="3 = 2 worshippers + the bomber; group not named in the paragraph, attributed by context"),
    ev("Troops of Operation Emergence 4 killed four Boko Haram fighters in an ambush near Limani.",
       "2021-02-11", "‘on Thursday’ before the Monday 2021-02-15 dateline: Thursday 2021-02-11",
       "near Limani", "Far North", "CM", "battle", "Cameroonian security forces", "Boko Haram",
       4, None, None, None,
       "the army said troops of Operation Emergence 4 killed four Boko Haram fighters in an ambush near Limani on Thursday. No losses were reported among the soldiers."),
    ev("Gunmen abducted a trader and his two sons from their home in Koza and demanded a ransom.",
       "2021-02-10", "‘on Wednesday night’ before the Monday 2021-02-15 dateline: Wednesday 2021-02-10",
       "Koza", "Far North", "CM", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In Koza, gunmen abducted a trader and his two sons from their home on Wednesday night, relatives said.",
       note="abduction of 3 for ransom"),
],
figures=[
    fig("displaced", 320000, "Far North region",
        "According to humanitarian agencies, more than 320,000 people are internally displaced in the Far North region."),
])

report("h15-11", "2021-11-23", "https://www.example-bastarbulletin.com/2021/11/23/bijapur-ied-orchha-encounter",
"""
Jawan killed in Bijapur IED blast; two Maoists shot dead in Narayanpur encounter

RAIPUR, November 23 (Bastar Bulletin) - A CRPF jawan was killed and two others were injured when Maoists triggered an improvised explosive device targeting a road opening party near Gangaloor in Bijapur district on Sunday morning, police said.

The personnel of the CRPF's 85th battalion were securing a stretch of road under construction when the device, planted under a culvert, went off, Bijapur Superintendent of Police Rajesh Kumar Netam told the Bastar Bulletin. The injured jawans were airlifted to Raipur and are out of danger, he said.

In a separate operation on Monday, a team of the District Reserve Guard (DRG) killed two Maoists, including a woman cadre carrying a reward of Rs 5 lakh, in an exchange of fire in the forests near Orchha in Narayanpur district, Inspector General of Police (Bastar range) Anil Soren said. An INSAS rifle, a 12-bore gun and a quantity of explosives were recovered from the spot. "There were no casualties on our side," he said.

In Sukma district, Maoists killed a villager at Jagargunda on Thursday night on suspicion of being a police informer, police said. The body was found on Friday morning near the weekly market with a pamphlet of the Maoists' Konta area committee claiming responsibility.

Late on Saturday, armed Maoists set fire to three tractors, a JCB machine and a water tanker engaged in road construction near Aranpur in Dantewada district. "The workers were chased away before the vehicles were torched. No one was hurt," a police officer said.

Meanwhile, eight Maoists, two of them carrying rewards, surrendered before the Dantewada police on Monday under the district's 'Lon Varratu' (return home) campaign.

According to the IG, 46 Maoists have been killed in encounters in the Bastar range so far this year, while 44 security personnel have lost their lives in Maoist attacks. Officials say the construction of roads and new camps deep in the forests has pushed the rebels back, but the Maoists oppose the camps, which they describe as an attack on the land of the Adivasis.

The Maoists have called for a "protest week" from December 2 to mark the anniversary of their guerrilla army, and police have stepped up patrols on the main roads ahead of it.
""",
events=[
    ev("Maoists triggered an IED under a culvert targeting a CRPF road opening party near Gangaloor; one jawan killed, two injured.",
       "2021-11-21", "‘on Sunday morning’ before the Tuesday 2021-11-23 dateline: Sunday 2021-11-21",
       "near Gangaloor", "Chhattisgarh", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       1, None, 2, None,
       "A CRPF jawan was killed and two others were injured when Maoists triggered an improvised explosive device targeting a road opening party near Gangaloor in Bijapur district on Sunday morning, police said."),
    ev("The DRG killed two Maoists, including a woman cadre with a reward on her head, in an exchange of fire in the forests near Orchha; no losses on the police side.",
       "2021-11-22", "‘on Monday’ before the Tuesday 2021-11-23 dateline: Monday 2021-11-22",
       "forests near Orchha", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       2, None, None, None,
       "In a separate operation on Monday, a team of the District Reserve Guard (DRG) killed two Maoists, including a woman cadre carrying a reward of Rs 5 lakh, in an exchange of fire in the forests near Orchha in Narayanpur district"),
    ev("Maoists killed a villager at Jagargunda on suspicion of being a police informer and left a pamphlet claiming responsibility.",
       "2021-11-18", "‘on Thursday night’ before the Tuesday 2021-11-23 dateline: Thursday 2021-11-18 (body found ‘on Friday morning’)",
       "Jagargunda", "Chhattisgarh", "IN", "attack_on_civilians", "CPI (Maoist)", "civilians",
       1, None, None, None,
       "In Sukma district, Maoists killed a villager at Jagargunda on Thursday night on suspicion of being a police informer, police said. The body was found on Friday morning near the weekly market with a pamphlet of the Maoists' Konta area committee claiming responsibility."),
    ev("Armed Maoists torched three tractors, a JCB machine and a water tanker used for road construction near Aranpur; nobody was hurt.",
       "2021-11-20", "‘Late on Saturday’ before the Tuesday 2021-11-23 dateline: Saturday 2021-11-20",
       "near Aranpur", "Chhattisgarh", "IN", "other", "CPI (Maoist)", "none",
       0, None, 0, None,
       "Late on Saturday, armed Maoists set fire to three tractors, a JCB machine and a water tanker engaged in road construction near Aranpur in Dantewada district. \"The workers were chased away before the vehicles were torched. No one was hurt,\" a police officer said.",
       note="arson of construction vehicles"),
    ev("Eight Maoists surrendered to the Dantewada police under the Lon Varratu campaign.",
       "2021-11-22", "‘on Monday’ before the Tuesday 2021-11-23 dateline: Monday 2021-11-22",
       "Dantewada", "Chhattisgarh", "IN", "other", "CPI (Maoist)", "Indian security forces",
       None, None, None, None,
       "eight Maoists, two of them carrying rewards, surrendered before the Dantewada police on Monday under the district's 'Lon Varratu' (return home) campaign.",
       note="surrender, not violence; a coder may leave it out", optional=True),
],
figures=[
    fig("killed", 46, "Bastar range",
        "46 Maoists have been killed in encounters in the Bastar range so far this year",
        note="Maoists killed in 2021 to date"),
    fig("killed", 44, "Bastar range",
        "44 security personnel have lost their lives in Maoist attacks",
        note="security personnel killed in 2021 to date"),
])

report("h15-12", "2015-10-14", "https://www.example-bujumburaevening.com/2015/10/14/nyakabiga-bodies-musaga-grenade",
"""
Night of gunfire in Bujumbura: three bodies found in Nyakabiga, grenade wounds two police officers in Musaga

BUJUMBURA, October 14 (Bujumbura Evening News) - Residents of several neighbourhoods of the capital spent the night of Monday to Tuesday to the sound of gunfire and explosions, and at dawn the bodies of three young men were found lying in a street of Nyakabiga.

Neighbours said the three had been taken from their homes during the night by men in police uniforms. Their hands were tied behind their backs. "They knocked, they said it was a search, and they took them away. In the morning we found them there," said a woman who lives nearby and asked not to be named for fear of reprisals.

The deputy spokesman of the national police said an investigation had been opened and denied that police officers were involved. "Criminals are using uniforms to tarnish the image of the police," he said.

In Musaga, in the south of the city, two police officers were wounded when a grenade was thrown at their patrol late on Monday, the police spokesman said. Gunfire continued for more than an hour afterwards.

On Tuesday afternoon the police carried out a search operation in the Cibitoke neighbourhood, in the north of the city, and arrested at least 40 young people, the spokesman said, adding that two Kalashnikov rifles and several grenades had been seized. Families gathered in front of the zone's police station demanding news of their sons.

On Saturday evening, a grenade thrown into a bar in Kinama killed one person and wounded seven others, according to the local administrator. The bar is frequented by members of the Imbonerakure, the youth league of the ruling CNDD-FDD.

Burundi has been in crisis since April, when President Pierre Nkurunziza announced he would run for a third term, which his opponents said violated the constitution and the Arusha accords. The Burundian Observatory for Human Rights, a local group, says at least 130 people have been killed since late April. Aid agencies say more than 200,000 Burundians have fled to Tanzania, Rwanda, the Democratic Republic of Congo and Uganda.

"In the evening nobody stays outside. At six o'clock the streets are empty," said a taxi-moto driver in Nyakabiga.
""",
events=[
    ev("Three young men taken from their homes at night by men in police uniforms were found dead with their hands tied in a street of Nyakabiga; police deny involvement.",
       "2015-10-12", "‘during the night’ of ‘the night of Monday to Tuesday’ (Monday 2015-10-12, first night taken); bodies found at dawn on Tuesday 2015-10-13",
       "Nyakabiga", "Bujumbura Mairie", "BI", "attack_on_civilians", "unknown", "civilians",
       3, None, None, None,
       "at dawn the bodies of three young men were found lying in a street of Nyakabiga. [...] Neighbours said the three had been taken from their homes during the night by men in police uniforms. Their hands were tied behind their backs. [...] The deputy spokesman of the national police said an investigation had been opened and denied that police officers were involved.",
       note="residents blame men in police uniforms; police deny: attribution disputed"),
    ev("A grenade was thrown at a police patrol in Musaga, wounding two officers; gunfire followed for over an hour.",
       "2015-10-12", "‘late on Monday’ before the Wednesday 2015-10-14 dateline: Monday 2015-10-12",
       "Musaga", "Bujumbura Mairie", "BI", "explosion", "unknown", "Burundian security forces",
       None, None, 2, None,
       "In Musaga, in the south of the city, two police officers were wounded when a grenade was thrown at their patrol late on Monday, the police spokesman said."),
    ev("Police arrested at least 40 young people in a search operation in the Cibitoke neighbourhood and seized two rifles and grenades.",
       "2015-10-13", "‘On Tuesday afternoon’ before the Wednesday 2015-10-14 dateline: Tuesday 2015-10-13",
       "Cibitoke neighbourhood, Bujumbura", "Bujumbura Mairie", "BI", "arrest", "Burundian security forces", "civilians",
       None, None, None, None,
       "On Tuesday afternoon the police carried out a search operation in the Cibitoke neighbourhood, in the north of the city, and arrested at least 40 young people",
       note="Cibitoke here is the Bujumbura neighbourhood, not the province", arrested=40),
    ev("A grenade thrown into a bar frequented by Imbonerakure in Kinama killed one person and wounded seven.",
       "2015-10-10", "‘On Saturday evening’ before the Wednesday 2015-10-14 dateline: Saturday 2015-10-10",
       "bar in Kinama", "Bujumbura Mairie", "BI", "explosion", "unknown", "civilians",
       1, None, 7, None,
       "On Saturday evening, a grenade thrown into a bar in Kinama killed one person and wounded seven others, according to the local administrator."),
],
figures=[
    fig("killed", 130, "Burundi",
        "says at least 130 people have been killed since late April",
        note="since late April 2015; local rights group"),
    fig("displaced", 200000, "Burundi",
        "Aid agencies say more than 200,000 Burundians have fled to Tanzania, Rwanda, the Democratic Republic of Congo and Uganda.",
        note="refugees abroad"),
])

report("h15-13", "2024-05-03", "https://www.example-northeastrelief.com/briefings/manipur-one-year-on",
"""
Manipur, one year on: relief camps, buffer zones and a divided state

Briefing note | Northeast Relief Collective | Imphal and Churachandpur, 3 May 2024

SUMMARY
- One year after ethnic violence broke out in Manipur on 3 May 2023, about 58,000 people remain in some 300 relief camps spread across the valley and hill districts.
- Official figures put the death toll of the conflict at 226 people. Families of dozens of missing persons are still waiting for news.
- Nearly 4,800 houses and about 380 places of worship were burned or damaged during the violence, according to state government data.

CONTEXT
The state remains physically divided. Buffer zones manned by central armed police and the army separate the Imphal valley from the surrounding hills, and people of one community cannot safely travel through the areas of the other. Sporadic exchanges of fire continue in the foothills, and village volunteers on both sides keep watch from bunkers.

Around 5,600 weapons were looted from police armouries in the first months of the conflict. Fewer than 2,000 have been returned or recovered, according to officials, and community leaders say the circulation of arms remains the main obstacle to any return.

HUMANITARIAN NEEDS
Camp residents told our teams that their main concerns are livelihoods, schooling and the uncertainty about returning home. Many camps are in school buildings, community halls and college hostels that were not designed for long stays. Medical teams report cases of depression and of chronic diseases left untreated for months.

"We had fields, we had cows. Now we wait in a line for rice twice a day," a woman in a relief camp in Churachandpur said.

RECOMMENDATIONS
The Collective calls on the state and central governments to prepare a safe and voluntary return plan, to restore road links and internet access in all districts, and to fund permanent housing for families whose villages were destroyed.
""",
country_hint="IN",
figures=[
    fig("displaced", 58000, "Manipur",
        "about 58,000 people remain in some 300 relief camps spread across the valley and hill districts",
        note="people in relief camps one year on"),
    fig("other", 300, "Manipur",
        "about 58,000 people remain in some 300 relief camps spread across the valley and hill districts",
        note="relief camps"),
    fig("killed", 226, "Manipur",
        "Official figures put the death toll of the conflict at 226 people.",
        note="since 3 May 2023"),
    fig("other", 4800, "Manipur",
        "Nearly 4,800 houses and about 380 places of worship were burned or damaged during the violence",
        note="houses burned or damaged"),
    fig("other", 5600, "Manipur",
        "Around 5,600 weapons were looted from police armouries in the first months of the conflict.",
        note="weapons looted"),
])

report("h15-14", "2021-06-07", "https://www.example-michoacandailynews.com/2021/06/07/aguililla-ambush-tepalcatepec-drones",
"""
Soldier and three gunmen killed in Aguililla ambush; drones hit Tepalcatepec on eve of vote

MORELIA, June 7 (Michoacán Daily News) - A soldier and at least three gunmen were killed on Saturday when members of the Jalisco New Generation Cartel (CJNG) ambushed an Army patrol near the community of El Aguaje, in the municipality of Aguililla, the Defence Ministry said.

Two other soldiers were wounded in the attack and were flown by helicopter to Apatzingán, the ministry said in a statement on Sunday. The patrol was returning from clearing roadblocks made with burned trucks on the highway to Aguililla when it came under fire from several vehicles, according to a military source.

On Friday, explosive devices dropped from drones fell on the outskirts of Tepalcatepec, wounding two members of the town's self-defence group, a spokesman for the group said. He blamed the CJNG, which has been trying for two years to enter the municipality from neighbouring Jalisco. The cartel did not comment.

In Buenavista, National Guard and state police officers arrested six men on Sunday who were carrying assault rifles, a drone and homemade explosives in two pickup trucks, the state security ministry said. It said the men belonged to the Cárteles Unidos, the alliance of local gangs that fights the CJNG in the Tierra Caliente.

Sunday's midterm elections passed largely without incident in Michoacán, but in Uruapan a group of armed men burst into a polling station, took the ballot papers and set them on fire in the street, the electoral institute said. No one was hurt, and voting resumed two hours later with new ballots.

Separately, the state prosecutor's office said seven bodies had been exhumed from a clandestine grave in Zamora, without saying when they were found or how long they had been buried.

The prosecutor's office has recorded 880 homicides in Michoacán between January and April. Church workers in Aguililla estimate that about 3,000 people have left the municipality's rural communities since January.

"The road is closed by them, and the Army passes only once in a while. We are trapped," said a lime grower from El Aguaje who left for Morelia in March.
""",
events=[
    ev("CJNG gunmen ambushed an Army patrol near El Aguaje, Aguililla; one soldier and at least three gunmen killed, two soldiers wounded.",
       "2021-06-05", "‘on Saturday’ before the Monday 2021-06-07 dateline: Saturday 2021-06-05 (ministry statement ‘on Sunday’)",
       "El Aguaje, Aguililla", "Michoacán", "MX", "battle", "Jalisco New Generation Cartel", "Mexican security forces",
       4, None, 2, None,
       "A soldier and at least three gunmen were killed on Saturday when members of the Jalisco New Generation Cartel (CJNG) ambushed an Army patrol near the community of El Aguaje, in the municipality of Aguililla, the Defence Ministry said. [...] Two other soldiers were wounded in the attack",
       note="4 = 1 soldier + at least 3 gunmen"),
    ev("Explosives dropped from drones fell on the outskirts of Tepalcatepec, wounding two members of the self-defence group, which blamed the CJNG.",
       "2021-06-04", "‘On Friday’ before the Monday 2021-06-07 dateline: Friday 2021-06-04",
       "outskirts of Tepalcatepec", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "Tepalcatepec self-defence group",
       None, None, 2, None,
       "On Friday, explosive devices dropped from drones fell on the outskirts of Tepalcatepec, wounding two members of the town's self-defence group, a spokesman for the group said. He blamed the CJNG",
       note="attribution by the self-defence group; the cartel did not comment"),
    ev("National Guard and state police arrested six men with assault rifles, a drone and homemade explosives in Buenavista, said to belong to the Cárteles Unidos.",
       "2021-06-06", "‘on Sunday’ before the Monday 2021-06-07 dateline: Sunday 2021-06-06",
       "Buenavista", "Michoacán", "MX", "arrest", "Mexican security forces", "Cárteles Unidos",
       None, None, None, None,
       "In Buenavista, National Guard and state police officers arrested six men on Sunday who were carrying assault rifles, a drone and homemade explosives in two pickup trucks, the state security ministry said. It said the men belonged to the Cárteles Unidos",
       arrested=6),
    ev("Armed men burst into a polling station in Uruapan on election day, took the ballot papers and burned them in the street; no one was hurt.",
       "2021-06-06", "‘Sunday's midterm elections’ in a Monday 2021-06-07 report: Sunday 2021-06-06",
       "polling station in Uruapan", "Michoacán", "MX", "other", "militants (unidentified)", "none",
       0, None, 0, None,
       "in Uruapan a group of armed men burst into a polling station, took the ballot papers and set them on fire in the street, the electoral institute said. No one was hurt",
       note="destruction of ballots, nobody hurt"),
    ev("Seven bodies were exhumed from a clandestine grave in Zamora.",
       None, "no date: ‘without saying when they were found or how long they had been buried’",
       "Zamora", "Michoacán", "MX", "attack_on_civilians", "unknown", "unknown",
       7, None, None, None,
       "the state prosecutor's office said seven bodies had been exhumed from a clandestine grave in Zamora, without saying when they were found or how long they had been buried.",
       note="discovery of bodies, undated", optional=True),
],
figures=[
    fig("killed", 880, "Michoacán",
        "The prosecutor's office has recorded 880 homicides in Michoacán between January and April.",
        note="homicides January-April 2021"),
    fig("displaced", 3000, "rural Aguililla",
        "Church workers in Aguililla estimate that about 3,000 people have left the municipality's rural communities since January."),
])

report("h15-15", "2018-07-09", "https://www.example-negevstar.com/2018/07/09/kite-fires-beeri",
"""
Kite fires burn fields near Be'eri; Israeli aircraft hit Hamas post

SDEROT, July 9 (Negev Evening Star) - Fires started by incendiary kites and balloons launched from the Gaza Strip burned about 300 dunams of wheat fields and woodland near Kibbutz Be'eri on Sunday, the fire and rescue service said, adding that nobody was hurt. On Sunday evening an Israeli aircraft struck a Hamas observation post east of Khan Younis in response, the military said, and the Gaza Health Ministry reported no casualties. According to the Israel Nature and Parks Authority, more than 28,000 dunams of farmland and nature reserves have burned along the Gaza border since the kites first appeared in April.
""",
events=[
    ev("Incendiary kites and balloons launched from Gaza set fires that burned about 300 dunams of fields and woodland near Kibbutz Be'eri; nobody was hurt.",
       "2018-07-08", "‘on Sunday’ before the Monday 2018-07-09 dateline: Sunday 2018-07-08",
       "near Kibbutz Be'eri", "Southern District", "IL", "other", "unknown", "none",
       0, None, 0, None,
       "Fires started by incendiary kites and balloons launched from the Gaza Strip burned about 300 dunams of wheat fields and woodland near Kibbutz Be'eri on Sunday, the fire and rescue service said, adding that nobody was hurt.",
       note="arson by incendiary kites; launchers not named"),
    ev("An Israeli aircraft struck a Hamas observation post east of Khan Younis; no casualties reported.",
       "2018-07-08", "‘On Sunday evening’ before the Monday 2018-07-09 dateline: Sunday 2018-07-08",
       "east of Khan Younis", "Gaza Strip", "PS", "explosion", "Israeli security forces", "Hamas",
       0, None, 0, None,
       "On Sunday evening an Israeli aircraft struck a Hamas observation post east of Khan Younis in response, the military said, and the Gaza Health Ministry reported no casualties."),
],
figures=[
    fig("other", 28000, "Gaza border area",
        "more than 28,000 dunams of farmland and nature reserves have burned along the Gaza border since the kites first appeared in April",
        note="dunams burned since April"),
])

report("h15-16", "2019-04-06", "https://www.example-tchadhorizon.com/en/2019/04/06/lac-kaiga-kindjiria-attack",
"""
Lac: army position attacked near Kaïga Kindjiria, six soldiers and 23 assailants killed

N'DJAMENA, April 6 (Tchad Horizon) - Boko Haram fighters attacked a position of the Chadian army near Kaïga Kindjiria, in the Lac province, in the night of Thursday to Friday, the army spokesman said on Friday, announcing a provisional toll of four soldiers killed and seven wounded on the Chadian side and 23 assailants killed.

The assailants came in dozens of canoes from the islands of the lake at around 2 a.m. and the fighting lasted until dawn, according to the spokesman, who said two pick-ups, rifles and ammunition had been seized.

On Saturday, a military source in Bol told our correspondent that two of the wounded soldiers had died during their evacuation, bringing the number of soldiers killed to six. The five other wounded are in hospital in N'Djamena.

Troops pursuing the attackers on Friday killed nine more of them on islands near Tchoukoutalia, the same source added, without giving any losses on the army side.

On Tuesday, three traders were killed when their vehicle hit a mine on the road between Baga Sola and Bol, the sub-prefect of Baga Sola said. He blamed Boko Haram, which has planted explosive devices on the tracks of the area in recent months.

On Wednesday, Boko Haram fighters abducted seven women who were collecting firewood near Ngouboua, a local chief said. "Their families do not know where they were taken. Nobody dares go into the bush any more," he said.

The governor of the Lac province called on the population to avoid the islands and to report any suspicious movements to the defence and security forces. "The enemy is weakened, but it is not defeated," he told notables in Bol. A state of emergency has been in force in the province since 2015, and Chadian troops also serve in the Multinational Joint Task Force, which brings together soldiers of Nigeria, Niger, Cameroon and Chad around the lake. Fishermen and traders say the restrictions on movement on the lake, meant to cut the insurgents' supplies, have ruined the local economy.

According to humanitarian agencies, the Lac province counts more than 130,000 internally displaced persons, most of them living in sites along the roads between Bol, Baga Sola and Liwa.
""",
events=[
    ev("Boko Haram fighters in canoes attacked a Chadian army position near Kaïga Kindjiria at night; toll revised to six soldiers killed and five wounded, with 23 assailants killed.",
       "2019-04-04", "‘in the night of Thursday to Friday’ before the Saturday 2019-04-06 dateline; an overnight attack takes the first night, Thursday 2019-04-04",
       "near Kaïga Kindjiria", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
       29, None, 5, None,
       "Boko Haram fighters attacked a position of the Chadian army near Kaïga Kindjiria, in the Lac province, in the night of Thursday to Friday, the army spokesman said on Friday, announcing a provisional toll of four soldiers killed and seven wounded on the Chadian side and 23 assailants killed. [...] two of the wounded soldiers had died during their evacuation, bringing the number of soldiers killed to six. The five other wounded are in hospital in N'Djamena.",
       note="revised toll: 29 = 6 soldiers (first 4) + 23 assailants; 5 wounded (first 7, two died)"),
    ev("Troops pursuing the attackers killed nine more Boko Haram fighters on islands near Tchoukoutalia.",
       "2019-04-05", "‘on Friday’ before the Saturday 2019-04-06 dateline: Friday 2019-04-05",
       "islands near Tchoukoutalia", "Lac", "TD", "battle", "Chadian security forces", "Boko Haram",
       9, None, None, None,
       "Troops pursuing the attackers on Friday killed nine more of them on islands near Tchoukoutalia, the same source added"),
    ev("Three traders were killed when their vehicle hit a mine on the road between Baga Sola and Bol; the sub-prefect blamed Boko Haram.",
       "2019-04-02", "‘On Tuesday’ before the Saturday 2019-04-06 dateline: Tuesday 2019-04-02",
       "road between Baga Sola and Bol", "Lac", "TD", "explosion", "Boko Haram", "civilians",
       3, None, None, None,
       "On Tuesday, three traders were killed when their vehicle hit a mine on the road between Baga Sola and Bol, the sub-prefect of Baga Sola said. He blamed Boko Haram"),
    ev("Boko Haram fighters abducted seven women collecting firewood near Ngouboua.",
       "2019-04-03", "‘On Wednesday’ before the Saturday 2019-04-06 dateline: Wednesday 2019-04-03",
       "near Ngouboua", "Lac", "TD", "other", "Boko Haram", "civilians",
       None, None, None, None,
       "On Wednesday, Boko Haram fighters abducted seven women who were collecting firewood near Ngouboua, a local chief said.",
       note="abduction of 7"),
],
figures=[
    fig("displaced", 130000, "Lac province",
        "the Lac province counts more than 130,000 internally displaced persons"),
])

report("h15-17", "2016-09-17", "https://www.example-anatolianherald.com/2016/09/17/lice-roadside-bomb-semdinli",
"""
Two soldiers killed in roadside bombing in Diyarbakır's Lice

ANKARA, September 17 (Anatolian Herald) - Two soldiers were killed and four others injured when PKK terrorists detonated a roadside bomb as a military vehicle passed on the road between Lice and Kulp in southeastern Diyarbakır province on Thursday, the governor's office said.

The injured soldiers were taken to a military hospital in Diyarbakır, where two of them were in intensive care, according to the statement.

In a separate operation, security forces neutralised nine PKK terrorists in the rural area of Şemdinli in Hakkari province on Friday, the Turkish General Staff said. Turkish authorities use the term "neutralised" for militants who are killed, captured or who surrender. A soldier was martyred during the clashes, the statement added.

Police also detained 12 suspects in Hakkari's Yüksekova district on Friday in an operation against the urban structure of the PKK, security sources said.

The PKK, listed as a terrorist organisation by Turkey, the US and the EU, resumed its armed campaign in July 2015 after a two-and-a-half-year ceasefire. More than 600 members of the security forces have been killed since then, according to officials.
""",
events=[
    ev("PKK militants detonated a roadside bomb as a military vehicle passed on the Lice-Kulp road; two soldiers killed, four injured.",
       "2016-09-15", "‘on Thursday’ before the Saturday 2016-09-17 dateline: Thursday 2016-09-15",
       "road between Lice and Kulp", "Diyarbakır", "TR", "explosion", "PKK", "Turkish security forces",
       2, None, 4, None,
       "Two soldiers were killed and four others injured when PKK terrorists detonated a roadside bomb as a military vehicle passed on the road between Lice and Kulp in southeastern Diyarbakır province on Thursday"),
    ev("Security forces clashed with PKK militants in rural Şemdinli; nine militants 'neutralised' and one soldier killed.",
       "2016-09-16", "‘on Friday’ before the Saturday 2016-09-17 dateline: Friday 2016-09-16",
       "rural Şemdinli", "Hakkari", "TR", "battle", "Turkish security forces", "PKK",
       1, None, None, None,
       "security forces neutralised nine PKK terrorists in the rural area of Şemdinli in Hakkari province on Friday, the Turkish General Staff said. Turkish authorities use the term \"neutralised\" for militants who are killed, captured or who surrender. A soldier was martyred during the clashes",
       note="killed counts only the soldier: the nine 'neutralised' may be killed, captured or surrendered"),
    ev("Police detained 12 suspects in Yüksekova in an operation against the PKK's urban structure.",
       "2016-09-16", "‘on Friday’ before the Saturday 2016-09-17 dateline: Friday 2016-09-16",
       "Yüksekova", "Hakkari", "TR", "arrest", "Turkish security forces", "PKK",
       None, None, None, None,
       "Police also detained 12 suspects in Hakkari's Yüksekova district on Friday in an operation against the urban structure of the PKK",
       arrested=12),
],
figures=[
    fig("killed", 600, "Turkey",
        "More than 600 members of the security forces have been killed since then, according to officials.",
        note="security forces killed since July 2015"),
])

report("h15-18", "2022-06-14", "https://www.example-lusophoneafricawire.com/2022/06/14/ntutupue-raid-mbau-base",
"""
Insurgents raid Ntutupue in Ancuabe as violence moves south; Rwandan troops report base captured

MAPUTO, June 14 (Lusophone Africa Wire) - Insurgents linked to the Islamic State group attacked the village of Ntutupue, in the Ancuabe district of Cabo Delgado province, on Friday night, killing at least three civilians and burning about 20 houses, local sources said.

Two of the victims were beheaded, a community leader told Lusophone Africa Wire by telephone from Ancuabe town, where hundreds of families from the village arrived on Saturday. A Catholic relief worker in Pemba said four bodies had been buried by Sunday.

The Islamic State claimed the raid through its Amaq news agency, saying its fighters had "killed 12 Christians" and burned a church. The claim could not be verified.

On Saturday, insurgents set fire to the health centre of Ocua, in the neighbouring district of Chiure, after the staff had fled, the district administrator said. Nobody was hurt, he said, but the centre served about 15,000 people.

In the north of the province, the Rwanda Defence Force (RDF) said on Monday that its troops and Mozambican forces had taken control of an insurgent base in the Mbau forest, in Mocímboa da Praia district, on Sunday, killing nine insurgents and seizing weapons, motorcycles and food. The RDF did not report any losses of its own.

Rwanda deployed about 1,000 soldiers and police to Cabo Delgado in July last year, and with Mozambican troops retook the port town of Mocímboa da Praia the following month. Since then the insurgents have split into small groups that move through the forests and strike further south, in districts that had been spared until now. Mozambican officials say the situation in the northern districts has improved enough for some families to go home, but aid agencies warn that the new attacks in the south could reverse that trend. The provincial government has not commented on the Ancuabe raid.

"We did not think they would come here. We ran with only what we were wearing," said a woman from Ntutupue who reached Ancuabe town with five children.

The insurgency, which began in October 2017, has displaced about 800,000 people, according to aid agencies, which say more than 17,000 of them fled from Ancuabe district since the start of June alone.
""",
events=[
    ev("Islamic State-linked insurgents raided Ntutupue village, killing civilians (two beheaded) and burning about 20 houses; local sources give at least three dead, a relief worker four.",
       "2022-06-10", "‘on Friday night’ before the Tuesday 2022-06-14 dateline: Friday 2022-06-10",
       "Ntutupue", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State Mozambique", "civilians",
       3, 4, None, None,
       "Insurgents linked to the Islamic State group attacked the village of Ntutupue, in the Ancuabe district of Cabo Delgado province, on Friday night, killing at least three civilians and burning about 20 houses, local sources said. [...] A Catholic relief worker in Pemba said four bodies had been buried by Sunday.",
       note="conflicting tolls: local sources at least 3, relief worker 4; IS's own claim of 12 killed not used"),
    ev("Insurgents set fire to the Ocua health centre in Chiure district after the staff fled; nobody was hurt.",
       "2022-06-11", "‘On Saturday’ before the Tuesday 2022-06-14 dateline: Saturday 2022-06-11",
       "Ocua health centre", "Cabo Delgado", "MZ", "other", "Islamic State Mozambique", "none",
       0, None, 0, None,
       "On Saturday, insurgents set fire to the health centre of Ocua, in the neighbouring district of Chiure, after the staff had fled, the district administrator said. Nobody was hurt",
       note="arson of an empty health centre"),
    ev("Rwandan troops with Mozambican forces took an insurgent base in the Mbau forest, killing nine insurgents.",
       "2022-06-12", "‘on Sunday’ in an RDF statement ‘on Monday’ (Monday 2022-06-13): Sunday 2022-06-12",
       "Mbau forest", "Cabo Delgado", "MZ", "territory_gain", "Rwandan security forces", "Islamic State Mozambique",
       9, None, None, None,
       "the Rwanda Defence Force (RDF) said on Monday that its troops and Mozambican forces had taken control of an insurgent base in the Mbau forest, in Mocímboa da Praia district, on Sunday, killing nine insurgents",
       note="with Mozambican forces; no RDF losses reported"),
],
figures=[
    fig("displaced", 800000, "Cabo Delgado",
        "The insurgency, which began in October 2017, has displaced about 800,000 people, according to aid agencies",
        note="since October 2017"),
    fig("displaced", 17000, "Ancuabe district",
        "more than 17,000 of them fled from Ancuabe district since the start of June alone"),
    fig("fighters", 1000, "Cabo Delgado",
        "Rwanda deployed about 1,000 soldiers and police to Cabo Delgado in July last year",
        note="Rwandan deployment"),
])

# ---------------------------------------------------------------------------
# h15-19 .. h15-27
# ---------------------------------------------------------------------------

report("h15-19", "2023-11-16", "https://www.example-oubanguitimes.com/2023/11/16/minusca-mandate-renewed",
"""
UN Security Council extends MINUSCA mandate for a year; Bangui welcomes "recognition of progress"

BANGUI, November 16 (Oubangui Times) - The United Nations Security Council voted on Tuesday in New York to extend the mandate of the peacekeeping mission in the Central African Republic, MINUSCA, until November 2024, keeping its authorised strength at about 14,400 military personnel and 3,000 police officers.

The resolution asks the mission to continue to protect civilians, to support the extension of state authority across the country and to accompany the disarmament, demobilisation and reintegration of the combatants of the armed groups that signed the 2019 peace agreement. It also asks the mission to provide logistical support for the local elections planned for next year, the first in more than three decades, which have been postponed several times for lack of funds. A diplomat in New York said several members had pushed for a reference to foreign private military companies, which was dropped from the final text after negotiations.

The government spokesman said in Bangui on Wednesday that the vote showed "recognition of the progress achieved" by the Central African Armed Forces, which he said had "liberated" most of the territory from the armed groups since 2021. He repeated the government's call for the remaining restrictions of the arms embargo to be lifted.

Civil society organisations welcomed the renewal but asked the mission to be more present outside the main towns, where, they say, armed groups and the Russian "instructors" who fight beside the army are both accused of abuses against the population. "In the villages, people do not know who will come tomorrow," said the coordinator of a platform of associations in Bambari.

In Bangui, the renewal was met with indifference in the markets of PK5 and Combattant, where traders complained mostly about the price of fuel. "MINUSCA is here, the army is here, but the road to Bangassou is still not safe for a trader," said one of them.

According to humanitarian agencies, about 500,000 people remain internally displaced in the country and some 750,000 Central Africans live as refugees in neighbouring countries. Nearly half of the population, 2.8 million people, need humanitarian assistance, while the humanitarian response plan for this year is funded at less than 40 per cent.

MINUSCA, deployed in 2014 after the country descended into violence between the mainly Muslim Seleka rebels and the anti-balaka militias, is one of the largest UN peacekeeping missions in the world.
""",
country_hint="CF",
figures=[
    fig("fighters", 14400, "Central African Republic",
        "keeping its authorised strength at about 14,400 military personnel and 3,000 police officers",
        note="MINUSCA authorised military strength"),
    fig("displaced", 500000, "Central African Republic",
        "about 500,000 people remain internally displaced in the country"),
    fig("displaced", 750000, "neighbouring countries",
        "some 750,000 Central Africans live as refugees in neighbouring countries",
        note="refugees"),
    fig("other", 2800000, "Central African Republic",
        "Nearly half of the population, 2.8 million people, need humanitarian assistance",
        note="people in need of assistance"),
])

report("h15-20", "2019-03-04", "https://www.example-siamdailycourier.com/south/2019/03/04/rueso-bomb-bacho-headman",
"""
Three rangers hurt in Rueso roadside bomb; village headman shot dead in Bacho

PATTANI, March 4 (Siam Daily Courier) - Three paramilitary rangers were injured when a bomb hidden in a pile of rubbish beside a road exploded as their patrol passed in Rueso district of Narathiwat on Sunday morning, police said.

The rangers were on a routine foot patrol near a rubber plantation when the device went off at about 8.30am. Explosive ordnance officers said the bomb, packed into a cooking gas cylinder and weighing about 5 kilogrammes, was detonated with a mobile phone. The injured rangers were taken to Rueso Hospital and later transferred to Narathiwat Ratchanakarin Hospital.

The blast came a day after a village headman was shot dead in neighbouring Bacho district. Two men on a motorcycle fired at the headman and his son as they rode home from evening prayers on Saturday, killing the headman and wounding his son in the shoulder, police said. The gunmen fled towards the Budo mountains.

Police suspect insurgents in both attacks, but investigators have not ruled out a personal conflict in the killing of the headman, who had recently settled a land dispute in his village.

In Yala, soldiers detained two men in Raman district on Sunday on suspicion of links to an insurgent cell, a spokesman for the Internal Security Operations Command (Isoc) Region 4 Forward said. Under martial law, which covers most of the southern border provinces, suspects can be held for up to seven days without charge.

Rangers and defence volunteers have become the main target of roadside bombs in the region over the past two years, according to police. Provincial officials said the headman's family would receive compensation under a government scheme for victims of the unrest. Security has also been tightened around schools ahead of the new term, and soldiers will escort teachers on some roads.

"The people want to harvest rubber in peace. But every time there is a bomb, the soldiers search the village again," a rubber farmer in Rueso said.
""",
events=[
    ev("A bomb hidden in rubbish beside a road exploded as a ranger foot patrol passed in Rueso, injuring three rangers.",
       "2019-03-03", "‘on Sunday morning’ before the Monday 2019-03-04 dateline: Sunday 2019-03-03",
       "Rueso", "Narathiwat", "TH", "explosion", "militants (unidentified)", "Thai security forces",
       None, None, 3, None,
       "Three paramilitary rangers were injured when a bomb hidden in a pile of rubbish beside a road exploded as their patrol passed in Rueso district of Narathiwat on Sunday morning, police said. [...] Police suspect insurgents in both attacks"),
    ev("Two gunmen on a motorcycle shot dead a village headman and wounded his son as they rode home from evening prayers in Bacho.",
       "2019-03-02", "‘on Saturday’ before the Monday 2019-03-04 dateline: Saturday 2019-03-02, consistent with the bomb of Sunday 2019-03-03 coming ‘a day after’ the shooting",
       "Bacho", "Narathiwat", "TH", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, 1, None,
       "The blast came a day after a village headman was shot dead in neighbouring Bacho district. Two men on a motorcycle fired at the headman and his son as they rode home from evening prayers on Saturday, killing the headman and wounding his son in the shoulder, police said.",
       note="police suspect insurgents but have not ruled out a personal conflict"),
    ev("Soldiers detained two men in Raman district on suspicion of links to an insurgent cell.",
       "2019-03-03", "‘on Sunday’ before the Monday 2019-03-04 dateline: Sunday 2019-03-03",
       "Raman", "Yala", "TH", "arrest", "Thai security forces", "militants (unidentified)",
       None, None, None, None,
       "In Yala, soldiers detained two men in Raman district on Sunday on suspicion of links to an insurgent cell",
       arrested=2),
])

report("h15-21", "2015-09-24", "https://www.example-cairodailydispatch.com/sinai/2015/09/24/sheikh-zuweid-checkpoint-attack",
"""
Militants attack checkpoint south of Sheikh Zuweid; army says seven gunmen killed

CAIRO, September 24 (Cairo Daily Dispatch) - Militants armed with machine guns and rocket-propelled grenades attacked an army checkpoint south of Sheikh Zuweid in North Sinai on Tuesday, setting off a gunfight that lasted more than an hour, security and medical sources said.

The military spokesman said in a statement on his official Facebook page that two soldiers were martyred and that the forces killed seven "terrorist elements" while repelling the attack. Medical sources at Arish General Hospital, however, said the bodies of four soldiers had been brought in on Tuesday evening.

The Sinai Province group, Islamic State's Egyptian affiliate, claimed the attack in a statement circulated on social media, saying its fighters had killed 15 soldiers and destroyed an armoured vehicle.

On Monday, two civilians were killed and a child was wounded when a roadside bomb exploded next to their pickup truck in the village of al-Mahdiya, south of Rafah, residents said. No group claimed responsibility.

On Wednesday, gunmen on a motorcycle shot dead an employee of the state electricity company in the al-Masaeed area of Arish. Sinai Province later said it had killed him for "collaborating with the army", in a statement whose authenticity could not be verified.

The army said in a separate statement on Wednesday that Apache helicopters had struck militant hideouts in villages south of Sheikh Zuweid and Rafah, killing 18 "takfiri elements" and destroying four vehicles loaded with weapons.

The army launched its "Martyr's Right" operation in the north-east of the peninsula on September 7 and says more than 500 militants have been killed since then. The figures cannot be verified independently, as journalists are barred from the area. Sinai Province has killed hundreds of soldiers and police officers since 2013, and last year the authorities ordered residents of the border strip in Rafah to leave their homes to create a buffer zone with Gaza.

Residents of Sheikh Zuweid said mobile phone networks had been cut for most of the day since the start of the operation and that a curfew from 7 p.m. was keeping people at home. "We hear the helicopters every night. We do not know who is a militant and who is a farmer any more," a teacher said by telephone.
""",
events=[
    ev("Militants with machine guns and RPGs attacked an army checkpoint south of Sheikh Zuweid; the army gives two soldiers and seven militants killed, hospital sources four soldiers; Sinai Province claimed the attack.",
       "2015-09-22", "‘on Tuesday’ before the Thursday 2015-09-24 dateline: Tuesday 2015-09-22",
       "checkpoint south of Sheikh Zuweid", "North Sinai", "EG", "battle", "Islamic State", "Egyptian security forces",
       9, 11, None, None,
       "Militants armed with machine guns and rocket-propelled grenades attacked an army checkpoint south of Sheikh Zuweid in North Sinai on Tuesday [...] The military spokesman said in a statement on his official Facebook page that two soldiers were martyred and that the forces killed seven \"terrorist elements\" while repelling the attack. Medical sources at Arish General Hospital, however, said the bodies of four soldiers had been brought in on Tuesday evening. [...] The Sinai Province group, Islamic State's Egyptian affiliate, claimed the attack",
       note="conflicting: 9 = 2 soldiers (army) + 7 militants; 11 = 4 soldiers (hospital) + 7 militants; Sinai Province's claim of 15 soldiers killed not used"),
    ev("A roadside bomb exploded next to a pickup truck in al-Mahdiya, south of Rafah, killing two civilians and wounding a child.",
       "2015-09-21", "‘On Monday’ before the Thursday 2015-09-24 dateline: Monday 2015-09-21",
       "al-Mahdiya", "North Sinai", "EG", "explosion", "unknown", "civilians",
       2, None, 1, None,
       "On Monday, two civilians were killed and a child was wounded when a roadside bomb exploded next to their pickup truck in the village of al-Mahdiya, south of Rafah, residents said. No group claimed responsibility."),
    ev("Gunmen on a motorcycle shot dead an electricity company employee in al-Masaeed, Arish; Sinai Province said it killed him as a collaborator.",
       "2015-09-23", "‘On Wednesday’ before the Thursday 2015-09-24 dateline: Wednesday 2015-09-23",
       "al-Masaeed, Arish", "North Sinai", "EG", "attack_on_civilians", "Islamic State", "civilians",
       1, None, None, None,
       "On Wednesday, gunmen on a motorcycle shot dead an employee of the state electricity company in the al-Masaeed area of Arish. Sinai Province later said it had killed him for \"collaborating with the army\"",
       note="claimed by Sinai Province in a statement not verified"),
    ev("Army Apache helicopters struck militant hideouts in villages south of Sheikh Zuweid and Rafah, killing 18 militants, the army said.",
       None, "only the statement's day is given (‘in a separate statement on Wednesday’, Wednesday 2015-09-23); the strikes ‘had struck’ on an unstated day",
       "villages south of Sheikh Zuweid and Rafah", "North Sinai", "EG", "explosion", "Egyptian security forces", "militants (unidentified)",
       18, None, None, None,
       "The army said in a separate statement on Wednesday that Apache helicopters had struck militant hideouts in villages south of Sheikh Zuweid and Rafah, killing 18 \"takfiri elements\" and destroying four vehicles loaded with weapons.",
       note="vaguely placed, day not stated; army figure", optional=True),
],
figures=[
    fig("killed", 500, "north-east Sinai",
        "The army launched its \"Martyr's Right\" operation in the north-east of the peninsula on September 7 and says more than 500 militants have been killed since then.",
        note="militants killed since September 7, army figure"),
])

report("h15-22", "2024-06-18", "https://www.example-mednewsagency.com/gaza/2024/06/18/zawayda-strike-rafah",
"""
Strike on house in Zawayda kills at least six as Eid brings no respite in Gaza

GAZA, June 18 (Mediterranean News Agency) - An Israeli air strike on a house in the town of Zawayda, in the central Gaza Strip, killed at least six people late on Monday, the Palestinian Civil Defence said, while the nearby Al-Aqsa Martyrs Hospital in Deir al-Balah put the death toll at eight, including three children and two women.

The Israeli military said its aircraft had struck "Hamas terrorists operating from a structure in central Gaza" and that it was looking into reports of civilian casualties. It gave no further details.

Neighbours said the house belonged to a family that had taken in relatives displaced from Gaza City. "There were more than twenty people inside. We are still looking for a girl under the stones," one of them said.

In Rafah, medics said three people were killed by Israeli tank fire in the Tal al-Sultan neighbourhood early on Tuesday as they tried to reach their homes to collect belongings. Israeli forces have been operating in the city since early May.

The Israeli military said a soldier was killed and two others were seriously wounded on Monday by an explosive device in a building in Rafah. It did not say who planted it, but the armed wing of Hamas, the Qassam Brigades, said its fighters had blown up a booby-trapped house on an Israeli force in Tal al-Sultan and claimed to have "killed and wounded all its members".

Also on Monday, the armed wing of Islamic Jihad said it fired rockets at Kissufim, a kibbutz near the border fence. The Israeli military said two projectiles were launched from the southern Gaza Strip, one of which was intercepted while the other fell in an open area. No injuries were reported.

The fighting continued through the Eid al-Adha holiday, which began on Sunday. In the tents of Mawasi, families said they had no meat to mark the feast and that flour had become scarce again.

The Health Ministry in Gaza says at least 37,300 Palestinians have been killed and more than 85,000 wounded since the war began on October 7, without distinguishing between civilians and fighters. The Israeli military says more than 300 of its soldiers have been killed since the start of the ground offensive.

The United Nations estimates that about 1.7 million people, three quarters of the population, have been displaced inside the Gaza Strip.
""",
events=[
    ev("An Israeli air strike on a house sheltering displaced relatives in Zawayda killed at least six (Civil Defence) or eight, including three children and two women (hospital); Israel says it targeted Hamas.",
       "2024-06-17", "‘late on Monday’ before the Tuesday 2024-06-18 dateline: Monday 2024-06-17",
       "Zawayda", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
       6, 8, None, None,
       "An Israeli air strike on a house in the town of Zawayda, in the central Gaza Strip, killed at least six people late on Monday, the Palestinian Civil Defence said, while the nearby Al-Aqsa Martyrs Hospital in Deir al-Balah put the death toll at eight, including three children and two women.",
       note="conflicting tolls: Civil Defence at least 6, hospital 8; the Israeli military says it struck 'Hamas terrorists'"),
    ev("Israeli tank fire killed three people trying to reach their homes in Rafah's Tal al-Sultan neighbourhood.",
       "2024-06-18", "‘early on Tuesday’, the Tuesday 2024-06-18 dateline day",
       "Tal al-Sultan, Rafah", "Gaza Strip", "PS", "explosion", "Israeli security forces", "civilians",
       3, None, None, None,
       "In Rafah, medics said three people were killed by Israeli tank fire in the Tal al-Sultan neighbourhood early on Tuesday as they tried to reach their homes to collect belongings."),
    ev("An explosive device in a building in Rafah killed an Israeli soldier and seriously wounded two; the Qassam Brigades said they blew up a booby-trapped house on an Israeli force in Tal al-Sultan.",
       "2024-06-17", "‘on Monday’ before the Tuesday 2024-06-18 dateline: Monday 2024-06-17",
       "Rafah", "Gaza Strip", "PS", "explosion", "Hamas", "Israeli security forces",
       1, None, 2, None,
       "The Israeli military said a soldier was killed and two others were seriously wounded on Monday by an explosive device in a building in Rafah. It did not say who planted it, but the armed wing of Hamas, the Qassam Brigades, said its fighters had blown up a booby-trapped house on an Israeli force in Tal al-Sultan",
       note="Qassam's claim to have 'killed and wounded all its members' not used; toll from the Israeli military"),
    ev("Islamic Jihad's armed wing fired rockets at Kissufim; one was intercepted and the other fell in an open area; no injuries.",
       "2024-06-17", "‘Also on Monday’ before the Tuesday 2024-06-18 dateline: Monday 2024-06-17",
       "Kissufim", "Southern District", "IL", "explosion", "Palestinian Islamic Jihad", "civilians",
       0, None, 0, None,
       "Also on Monday, the armed wing of Islamic Jihad said it fired rockets at Kissufim, a kibbutz near the border fence. The Israeli military said two projectiles were launched from the southern Gaza Strip, one of which was intercepted while the other fell in an open area. No injuries were reported."),
],
figures=[
    fig("killed", 37300, "Gaza Strip",
        "The Health Ministry in Gaza says at least 37,300 Palestinians have been killed and more than 85,000 wounded since the war began on October 7",
        note="since October 7, 2023"),
    fig("wounded", 85000, "Gaza Strip",
        "The Health Ministry in Gaza says at least 37,300 Palestinians have been killed and more than 85,000 wounded since the war began on October 7",
        note="since October 7, 2023"),
    fig("killed", 300, "Gaza Strip",
        "The Israeli military says more than 300 of its soldiers have been killed since the start of the ground offensive.",
        note="Israeli soldiers killed in the ground offensive"),
    fig("displaced", 1700000, "Gaza Strip",
        "The United Nations estimates that about 1.7 million people, three quarters of the population, have been displaced inside the Gaza Strip."),
])

report("h15-23", "2017-02-09", "https://www.example-centralindiachronicle.com/2017/02/09/chintagufa-ied-jawan-killed",
"""
CRPF jawan killed in IED blast near Chintagufa

RAIPUR, February 9 (Central India Chronicle) - A CRPF jawan was killed and two others were injured when Maoists set off a pressure IED during an area domination exercise near Chintagufa in Sukma district on Wednesday afternoon, a senior police officer said. The injured were evacuated by helicopter to Raipur. On Tuesday night, Maoists had blown up a culvert on the Dornapal-Jagargunda road, about 15 km away, cutting off traffic; no one was hurt in that blast. Security forces have launched a search operation in the area, the officer added.
""",
events=[
    ev("Maoists set off a pressure IED during a CRPF area domination exercise near Chintagufa; one jawan killed, two injured.",
       "2017-02-08", "‘on Wednesday afternoon’ before the Thursday 2017-02-09 dateline: Wednesday 2017-02-08",
       "near Chintagufa", "Chhattisgarh", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       1, None, 2, None,
       "A CRPF jawan was killed and two others were injured when Maoists set off a pressure IED during an area domination exercise near Chintagufa in Sukma district on Wednesday afternoon"),
    ev("Maoists blew up a culvert on the Dornapal-Jagargunda road, cutting traffic; no one was hurt.",
       "2017-02-07", "‘On Tuesday night’ before the Thursday 2017-02-09 dateline: Tuesday 2017-02-07",
       "culvert on the Dornapal-Jagargunda road", "Chhattisgarh", "IN", "other", "CPI (Maoist)", "none",
       0, None, 0, None,
       "On Tuesday night, Maoists had blown up a culvert on the Dornapal-Jagargunda road, about 15 km away, cutting off traffic; no one was hurt in that blast.",
       note="sabotage of infrastructure, nobody hurt"),
])

report("h15-24", "2023-11-22", "https://www.example-bogotaeveningpost.com/2023/11/22/eln-talks-mexico-round",
"""
Government and ELN close round of talks in Mexico, agree to review ceasefire monitoring

BOGOTÁ, November 22 (Bogotá Evening Post) - Government negotiators and the National Liberation Army (ELN) closed a new round of peace talks in Mexico City on Tuesday with agreements on the participation of civil society and a commitment to review the mechanism that monitors the bilateral ceasefire, which took effect on August 3.

The head of the government delegation told reporters that kidnapping for ransom had "strained the process to the limit" and asked the guerrilla to release all the people it holds. The Ombudsman's Office estimates that more than 30 people are still in the hands of the ELN. The rebel delegation said in a statement that it would "review its forms of financing" if the state guaranteed resources for the transition.

The ELN, founded in 1964 by students and priests inspired by the Cuban revolution, has about 5,800 members, according to military intelligence, and is present in more than a fifth of the country's municipalities. Previous attempts at negotiation collapsed several times, the last one in 2019.

Humanitarian organisations say the ceasefire has reduced fighting between the guerrilla and the security forces but not the pressure on communities. In the department of Chocó, the Ombudsman's Office says about 8,000 people in riverside communities remain confined because of the armed dispute between the ELN and the Gulf Clan, unable to fish, farm or reach health posts.

"The silence of the rifles is important, but in the territories people still live with fear," said a researcher at a Bogotá university who follows the process.

The ceasefire is due to expire at the end of January, and both sides have said they want to extend it. Business associations in Arauca and Norte de Santander say extortion demands by the guerrilla have not stopped, and the army says the ELN has recruited young people during the truce, a charge the rebels reject. Analysts say the talks will also be tested by the ELN's internal debates, since its fronts are known to take decisions with considerable autonomy.

The next round is scheduled for January in Havana, the delegations said.
""",
country_hint="CO",
figures=[
    fig("other", 30, "Colombia",
        "The Ombudsman's Office estimates that more than 30 people are still in the hands of the ELN.",
        note="hostages held by the ELN"),
    fig("fighters", 5800, "Colombia",
        "has about 5,800 members, according to military intelligence",
        note="ELN members"),
    fig("civilians_trapped", 8000, "Chocó",
        "about 8,000 people in riverside communities remain confined because of the armed dispute between the ELN and the Gulf Clan",
        note="confined communities"),
])

report("h15-25", "2022-09-29", "https://www.example-burundimorningstar.com/2022/09/29/gatumba-attack-repelled",
"""
Army repels attack on position near Gatumba, three assailants killed

BUJUMBURA, September 29 (Burundi Morning Star) - Armed men coming from the Democratic Republic of Congo attacked a military position near Gatumba, in Bujumbura Rural province, on Tuesday night, the army spokesman said on Wednesday, adding that three assailants were killed and one soldier was wounded. The RED-Tabara rebel group claimed the attack on social media and said its fighters had killed seven soldiers, a figure the army rejected as "pure propaganda". Residents of Gatumba said they heard gunfire for about two hours near the Rusizi river.
""",
events=[
    ev("Armed men from DR Congo attacked a Burundian army position near Gatumba at night; the army says three assailants were killed and one soldier wounded; RED-Tabara claimed the attack.",
       "2022-09-27", "‘on Tuesday night’ before the Thursday 2022-09-29 dateline: Tuesday 2022-09-27 (army statement ‘on Wednesday’)",
       "military position near Gatumba", "Bujumbura Rural", "BI", "battle", "RED-Tabara", "Burundian security forces",
       3, None, 1, None,
       "Armed men coming from the Democratic Republic of Congo attacked a military position near Gatumba, in Bujumbura Rural province, on Tuesday night, the army spokesman said on Wednesday, adding that three assailants were killed and one soldier was wounded. The RED-Tabara rebel group claimed the attack",
       note="RED-Tabara's claim of seven soldiers killed not used (army denies)"),
])

report("h15-26", "2014-11-16", "https://www.example-cameroonweekendtribune.com/2014/11/16/fotokol-attack-repelled",
"""
Army repels Boko Haram attack on Fotokol, 12 assailants killed

YAOUNDÉ, November 16 (Cameroon Weekend Tribune) - Cameroonian soldiers repelled an attack by Boko Haram fighters on the border town of Fotokol on Friday, killing 12 of the assailants, the Ministry of Defence said in a communiqué read on state radio on Saturday. One soldier was killed and three were wounded in the fighting, which lasted several hours, the ministry said. Residents said the assailants crossed at dawn from Gamboru, the Nigerian town on the other side of the bridge. Fotokol, in the Logone-et-Chari division of the Far North region, has been attacked several times since the jihadist group began raiding Cameroonian border towns earlier this year.
""",
events=[
    ev("Boko Haram fighters crossing from Gamboru attacked Fotokol and were repelled; 12 assailants and one soldier killed, three soldiers wounded.",
       "2014-11-14", "‘on Friday’ before the Sunday 2014-11-16 dateline: Friday 2014-11-14 (communiqué ‘on Saturday’)",
       "Fotokol", "Far North", "CM", "battle", "Boko Haram", "Cameroonian security forces",
       13, None, 3, None,
       "Cameroonian soldiers repelled an attack by Boko Haram fighters on the border town of Fotokol on Friday, killing 12 of the assailants, the Ministry of Defence said in a communiqué read on state radio on Saturday. One soldier was killed and three were wounded in the fighting",
       note="13 = 12 assailants + 1 soldier (ministry count)"),
])

report("h15-27", "2023-10-18", "https://www.example-ankarareview.com/2023/10/18/parliament-extends-cross-border-mandate",
"""
Parliament extends mandate for cross-border operations in Iraq and Syria by two years

ANKARA, October 18 (Ankara Review) - The Turkish parliament on Tuesday approved a presidential motion extending by two more years the mandate that allows the armed forces to conduct cross-border operations against the PKK and other groups in northern Iraq and Syria.

The motion was passed with the votes of the ruling alliance and part of the opposition, while the pro-Kurdish party voted against it. It says that "terrorist organisations" in the region continue to pose a direct threat to Turkey's national security and to the territorial integrity of its neighbours. The ruling party's group chairman told the assembly that the mandate "gives the armed forces the flexibility to act before threats reach our borders", while a deputy of the pro-Kurdish party said it "extends war, not security".

Speaking during the debate, the deputy chairman of the parliamentary defence committee said the armed forces had neutralised 2,195 terrorists since the start of the year, a term the ministry uses for militants killed, captured or who surrendered. He said the PKK's capacity to infiltrate across the border had been "reduced to the lowest level in forty years".

An opposition deputy from Diyarbakır said military means alone would not end the conflict and called for the resumption of the peace process that collapsed in 2015. "Every mother in this country, Turkish or Kurdish, wants her son to come home alive," she said.

The conflict between the Turkish state and the PKK, which took up arms in 1984, has killed more than 40,000 people. The PKK is listed as a terrorist organisation by Turkey, the United States and the European Union.

The mandate for Iraq and Syria was first approved in 2013 and has been extended every year or two since then. Since 2016 Turkey has launched four large ground operations in northern Syria and several in northern Iraq, where it now keeps dozens of military bases. The motion also covers threats from the Islamic State group.
""",
country_hint="TR",
figures=[
    fig("other", 2195, "northern Iraq and Syria",
        "the armed forces had neutralised 2,195 terrorists since the start of the year, a term the ministry uses for militants killed, captured or who surrendered",
        note="militants 'neutralised' in 2023 to date (killed, captured or surrendered)"),
    fig("killed", 40000, "Turkey",
        "The conflict between the Turkish state and the PKK, which took up arms in 1984, has killed more than 40,000 people.",
        note="since 1984"),
])

# ---------------------------------------------------------------------------
# h15-28 .. h15-36
# ---------------------------------------------------------------------------

report("h15-28", "2023-09-15", "https://www.example-loktaktimes.com/2023/09/15/kangvai-gunfight-kumbi-farmer",
"""
Village volunteers killed in foothill gunfight near Kangvai; farmer hit by bullet in Kumbi

IMPHAL, September 15 (Loktak Times) - Two village volunteers were killed and three others injured in a gunfight that raged for several hours in the foothills near Kangvai in Churachandpur district on Wednesday night, according to a statement by the Hill Tribes Joint Council, a civil society body based in Churachandpur.

Police, however, confirmed only one death. A senior police officer said on Thursday that one body had been brought to the district hospital in Churachandpur and that three injured persons were being treated there. "We are verifying the claim of a second death," he said.

The council blamed "armed miscreants from the valley" for the attack, saying they opened fire on the volunteers' bunkers from the paddy fields with automatic weapons. Security forces deployed in the buffer zone moved in after midnight and the firing stopped at around 3 am, officials said.

On Thursday morning, a farmer working in his paddy field near Kumbi in Bishnupur district was injured by a bullet fired from the hills, police said. He was taken to the Regional Institute of Medical Sciences (RIMS) in Imphal, where his condition was stated to be stable.

In Imphal West, a joint team of the Assam Rifles and the state police arrested five men travelling in a vehicle at Lamsang on Thursday and seized two self-loading rifles, a carbine and ammunition, according to a police statement. The men could not produce any licence for the weapons.

On Tuesday night, unidentified persons set fire to about ten abandoned houses in the Khamenlok area, which lies between Imphal East and Kangpokpi districts and was deserted after the violence in June. Nobody was hurt, police said.

Farmers in the foothills of Bishnupur and Churachandpur have been unable to tend to large parts of their fields since May because of the firing, and the state government has asked security forces to escort them during the harvest. "We sleep in shifts. Half the men watch, half sleep," a volunteer in Kangvai said by telephone. Mobile internet services remain suspended across the state, and officials said the order would be reviewed next week.

According to the state government, at least 175 people have been killed and over 1,100 injured since ethnic violence broke out on May 3, and more than 60,000 have been displaced.
""",
events=[
    ev("A gunfight lasting several hours in the foothills near Kangvai; 'armed miscreants from the valley' fired on village volunteers' bunkers; the council says two volunteers killed, police confirm one; three injured.",
       "2023-09-13", "‘on Wednesday night’ before the Friday 2023-09-15 dateline: Wednesday 2023-09-13 (firing stopped ‘after midnight’)",
       "foothills near Kangvai", "Manipur", "IN", "battle", "militants (unidentified)", "village volunteers",
       1, 2, 3, None,
       "Two village volunteers were killed and three others injured in a gunfight that raged for several hours in the foothills near Kangvai in Churachandpur district on Wednesday night [...] Police, however, confirmed only one death. [...] The council blamed \"armed miscreants from the valley\" for the attack, saying they opened fire on the volunteers' bunkers from the paddy fields with automatic weapons.",
       note="conflicting tolls: police 1, civil society council 2; attackers named only by the council"),
    ev("A farmer working in his paddy field near Kumbi was injured by a bullet fired from the hills.",
       "2023-09-14", "‘On Thursday morning’ before the Friday 2023-09-15 dateline: Thursday 2023-09-14",
       "paddy field near Kumbi", "Manipur", "IN", "attack_on_civilians", "unknown", "civilians",
       None, None, 1, None,
       "On Thursday morning, a farmer working in his paddy field near Kumbi in Bishnupur district was injured by a bullet fired from the hills, police said."),
    ev("Assam Rifles and state police arrested five men in a vehicle at Lamsang and seized rifles, a carbine and ammunition.",
       "2023-09-14", "‘on Thursday’ before the Friday 2023-09-15 dateline: Thursday 2023-09-14",
       "Lamsang", "Manipur", "IN", "arrest", "Indian security forces", "unknown",
       None, None, None, None,
       "In Imphal West, a joint team of the Assam Rifles and the state police arrested five men travelling in a vehicle at Lamsang on Thursday and seized two self-loading rifles, a carbine and ammunition",
       arrested=5),
    ev("Unidentified persons set fire to about ten abandoned houses in the Khamenlok area; nobody was hurt.",
       "2023-09-12", "‘On Tuesday night’ before the Friday 2023-09-15 dateline: Tuesday 2023-09-12",
       "Khamenlok area", "Manipur", "IN", "other", "unknown", "none",
       0, None, 0, None,
       "On Tuesday night, unidentified persons set fire to about ten abandoned houses in the Khamenlok area, which lies between Imphal East and Kangpokpi districts and was deserted after the violence in June. Nobody was hurt, police said.",
       note="arson of abandoned houses"),
],
figures=[
    fig("killed", 175, "Manipur",
        "at least 175 people have been killed and over 1,100 injured since ethnic violence broke out on May 3",
        note="since May 3, 2023"),
    fig("wounded", 1100, "Manipur",
        "at least 175 people have been killed and over 1,100 injured since ethnic violence broke out on May 3",
        note="since May 3, 2023"),
    fig("displaced", 60000, "Manipur",
        "more than 60,000 have been displaced"),
])

report("h15-29", "2022-08-27", "https://www.example-bajiocourier.com/2022/08/27/valtierrilla-pool-hall-attack",
"""
Gunmen kill six at pool hall in Salamanca's Valtierrilla

GUANAJUATO, August 27 (Bajío Courier) - Armed men opened fire inside a pool hall in the community of Valtierrilla, in the municipality of Salamanca, on Thursday night, killing five men and wounding two, the state prosecutor's office said. One of the wounded died in hospital on Friday, bringing the death toll to six. No group has claimed the attack, but the area is disputed by the Santa Rosa de Lima Cartel and the Jalisco New Generation Cartel. On Friday, National Guard troops detained two men travelling with two rifles on the Salamanca-Valle de Santiago highway, but prosecutors did not say whether they were linked to the attack.
""",
events=[
    ev("Gunmen opened fire inside a pool hall in Valtierrilla, Salamanca, killing five and wounding two; one of the wounded died the next day, bringing the toll to six.",
       "2022-08-25", "‘on Thursday night’ before the Saturday 2022-08-27 dateline: Thursday 2022-08-25",
       "pool hall in Valtierrilla", "Guanajuato", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       6, None, 1, None,
       "Armed men opened fire inside a pool hall in the community of Valtierrilla, in the municipality of Salamanca, on Thursday night, killing five men and wounding two, the state prosecutor's office said. One of the wounded died in hospital on Friday, bringing the death toll to six.",
       note="revised toll: 6 dead (first 5), so 1 wounded remains; no claim, area disputed by two cartels"),
    ev("National Guard troops detained two men travelling with two rifles on the Salamanca-Valle de Santiago highway.",
       "2022-08-26", "‘On Friday’ before the Saturday 2022-08-27 dateline: Friday 2022-08-26",
       "Salamanca-Valle de Santiago highway", "Guanajuato", "MX", "arrest", "Mexican security forces", "unknown",
       None, None, None, None,
       "On Friday, National Guard troops detained two men travelling with two rifles on the Salamanca-Valle de Santiago highway",
       arrested=2),
])

report("h15-30", "2024-08-16", "https://www.example-gulfdiplomaticwire.com/2024/08/16/doha-gaza-talks-day-two",
"""
Gaza truce talks enter second day in Doha as mediators press for "final deal"

DOHA, August 16 (Gulf Diplomatic Wire) - Negotiators from Qatar, Egypt and the United States met Israeli officials for a second day in Doha on Friday in an effort to close the remaining gaps in a proposal for a ceasefire in Gaza and the release of hostages, two sources briefed on the talks said. A US official described the atmosphere as "constructive" and said technical teams would keep working over the weekend.

Hamas did not attend the meetings directly but was being kept informed by the Qatari and Egyptian mediators, one of the sources said. The main disputes concern Israel's military presence along the border between Gaza and Egypt, the return of displaced people to the north of the Strip and the order in which hostages and Palestinian prisoners would be released. Egyptian officials have said they will not accept Israeli troops staying on the Gaza side of the Rafah crossing.

"Both sides have said no to things they had already said yes to. Our job is to bring them back to the same page," said a diplomat from one of the mediating countries, who asked not to be named.

The Health Ministry in Gaza said on Thursday that the number of Palestinians killed since the start of the war on October 7 had passed 40,000 and that more than 92,000 had been wounded. The ministry does not distinguish between civilians and combatants.

Israeli officials say about 110 hostages remain in Gaza, a third of whom the military believes to be dead. Their families have urged the government to accept a deal before the summer ends.

Aid agencies say about 1.9 million people, some 90 percent of the population, have been displaced at least once, many of them several times, and that the area designated by the Israeli military as a humanitarian zone has shrunk to about a tenth of the Strip.

UN health officials said this week that a vaccination campaign against polio would be needed within weeks, after the virus was found in sewage samples, and asked for pauses in the fighting to allow it. In the markets of Deir al-Balah, a kilogram of sugar sells for more than ten times its pre-war price, aid workers said.
""",
country_hint="PS",
figures=[
    fig("killed", 40000, "Gaza Strip",
        "the number of Palestinians killed since the start of the war on October 7 had passed 40,000 and that more than 92,000 had been wounded",
        note="since October 7, 2023"),
    fig("wounded", 92000, "Gaza Strip",
        "the number of Palestinians killed since the start of the war on October 7 had passed 40,000 and that more than 92,000 had been wounded",
        note="since October 7, 2023"),
    fig("other", 110, "Gaza Strip",
        "Israeli officials say about 110 hostages remain in Gaza, a third of whom the military believes to be dead.",
        note="hostages held"),
    fig("displaced", 1900000, "Gaza Strip",
        "Aid agencies say about 1.9 million people, some 90 percent of the population, have been displaced at least once"),
])

report("h15-31", "2016-10-25", "https://www.example-bangkokmorningstandard.com/2016/10/25/pattani-bomb-wave-bannang-sata",
"""
Bomb wave hits Pattani shop, fuel station and ATM; rangers wounded in Bannang Sata grenade attack

BANGKOK, October 25 (Bangkok Morning Standard) - Three small bombs exploded within an hour at a convenience store in Sai Buri, a petrol station in Yaring and an ATM booth in Nong Chik, all in Pattani province, on Sunday night, injuring one person, police said.

The only casualty was a shop assistant at the convenience store in Sai Buri, who suffered cuts to his arms and face from flying glass. No one was hurt in the other two blasts, which caused minor damage, said the Pattani provincial police commander.

Each device weighed about one kilogramme and was packed in a plastic lunch box, investigators said. Police suspect small units linked to the Barisan Revolusi Nasional (BRN), although, as is usual in the region, no group has claimed responsibility.

Before dawn on Monday, insurgents fired several M79 grenades at a ranger base in Bannang Sata district of Yala, wounding two rangers, said a spokesman for the Internal Security Operations Command (Isoc) Region 4 Forward. The attackers fled into a rubber plantation.

On Saturday morning, a rubber tapper was shot dead as he rode his motorcycle to a plantation in Tak Bai district of Narathiwat. Police said two men on a motorcycle fired at him with an assault rifle; the motive was not known.

Troops and police raided three houses in Rueso district of Narathiwat on Monday and detained three men suspected of involvement in an attack on a ranger patrol last month. They can be held under martial law for up to seven days without charge.

The attacks come two months after a series of bombings in tourist towns of the upper South, including Hua Hin, which police linked to insurgent networks from the border provinces. Police said 19 bombs have exploded in Pattani province alone since the start of the year. More than 6,500 people have been killed in the southern insurgency since 2004, according to academic monitors.

"We close the shop at eight now. Nobody comes out after dark anyway," said the owner of a noodle stall in Sai Buri.
""",
events=[
    ev("A small bomb exploded at a convenience store in Sai Buri, injuring a shop assistant with flying glass; one of three blasts within an hour.",
       "2016-10-23", "‘on Sunday night’ before the Tuesday 2016-10-25 dateline: Sunday 2016-10-23",
       "convenience store in Sai Buri", "Pattani", "TH", "explosion", "militants (unidentified)", "civilians",
       0, None, 1, None,
       "Three small bombs exploded within an hour at a convenience store in Sai Buri, a petrol station in Yaring and an ATM booth in Nong Chik, all in Pattani province, on Sunday night, injuring one person, police said. [...] The only casualty was a shop assistant at the convenience store in Sai Buri, who suffered cuts to his arms and face from flying glass.",
       note="killed 0: 'The only casualty' was the injured shop assistant; police suspect BRN-linked units, no claim"),
    ev("A small bomb exploded at a petrol station in Yaring, causing minor damage; no one was hurt.",
       "2016-10-23", "‘on Sunday night’ before the Tuesday 2016-10-25 dateline: Sunday 2016-10-23",
       "petrol station in Yaring", "Pattani", "TH", "explosion", "militants (unidentified)", "none",
       0, None, 0, None,
       "Three small bombs exploded within an hour at a convenience store in Sai Buri, a petrol station in Yaring and an ATM booth in Nong Chik, all in Pattani province, on Sunday night, injuring one person, police said. [...] No one was hurt in the other two blasts, which caused minor damage"),
    ev("A small bomb exploded at an ATM booth in Nong Chik, causing minor damage; no one was hurt.",
       "2016-10-23", "‘on Sunday night’ before the Tuesday 2016-10-25 dateline: Sunday 2016-10-23",
       "ATM booth in Nong Chik", "Pattani", "TH", "explosion", "militants (unidentified)", "none",
       0, None, 0, None,
       "Three small bombs exploded within an hour at a convenience store in Sai Buri, a petrol station in Yaring and an ATM booth in Nong Chik, all in Pattani province, on Sunday night, injuring one person, police said. [...] No one was hurt in the other two blasts, which caused minor damage"),
    ev("Insurgents fired M79 grenades at a ranger base in Bannang Sata, wounding two rangers.",
       "2016-10-24", "‘Before dawn on Monday’ before the Tuesday 2016-10-25 dateline: Monday 2016-10-24",
       "ranger base in Bannang Sata", "Yala", "TH", "explosion", "militants (unidentified)", "Thai security forces",
       None, None, 2, None,
       "Before dawn on Monday, insurgents fired several M79 grenades at a ranger base in Bannang Sata district of Yala, wounding two rangers"),
    ev("Two men on a motorcycle shot dead a rubber tapper on his way to a plantation in Tak Bai.",
       "2016-10-22", "‘On Saturday morning’ before the Tuesday 2016-10-25 dateline: Saturday 2016-10-22",
       "Tak Bai", "Narathiwat", "TH", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Saturday morning, a rubber tapper was shot dead as he rode his motorcycle to a plantation in Tak Bai district of Narathiwat. Police said two men on a motorcycle fired at him with an assault rifle"),
    ev("Troops and police raided three houses in Rueso and detained three men suspected of an attack on a ranger patrol.",
       "2016-10-24", "‘on Monday’ before the Tuesday 2016-10-25 dateline: Monday 2016-10-24",
       "Rueso", "Narathiwat", "TH", "arrest", "Thai security forces", "militants (unidentified)",
       None, None, None, None,
       "Troops and police raided three houses in Rueso district of Narathiwat on Monday and detained three men suspected of involvement in an attack on a ranger patrol last month.",
       arrested=3),
],
figures=[
    fig("other", 19, "Pattani province",
        "Police said 19 bombs have exploded in Pattani province alone since the start of the year.",
        note="bombings in 2016 to date"),
    fig("killed", 6500, "Thailand's southern border provinces",
        "More than 6,500 people have been killed in the southern insurgency since 2004, according to academic monitors.",
        note="since 2004"),
])

report("h15-32", "2015-11-27", "https://www.example-ndjamenadaily.com/2015/11/27/baga-sola-arrests-ngouboua",
"""
Gendarmes arrest 14 Boko Haram suspects in Baga Sola; three fishermen killed on the lake

N'DJAMENA, November 27 (N'Djamena Daily) - Gendarmes arrested 14 people suspected of belonging to Boko Haram during a search operation in Baga Sola on Wednesday, the Lac regional gendarmerie commander said. Two of the suspects were carrying Nigerian identity cards and large amounts of cash, he said. On Monday night, Boko Haram fighters killed three fishermen and burned their canoes on an island near Ngouboua, according to a local fishermen's association. The Lac region has been under a state of emergency since early November.
""",
events=[
    ev("Gendarmes arrested 14 suspected Boko Haram members in a search operation in Baga Sola.",
       "2015-11-25", "‘on Wednesday’ before the Friday 2015-11-27 dateline: Wednesday 2015-11-25",
       "Baga Sola", "Lac", "TD", "arrest", "Chadian security forces", "Boko Haram",
       None, None, None, None,
       "Gendarmes arrested 14 people suspected of belonging to Boko Haram during a search operation in Baga Sola on Wednesday",
       arrested=14),
    ev("Boko Haram fighters killed three fishermen and burned their canoes on an island near Ngouboua.",
       "2015-11-23", "‘On Monday night’ before the Friday 2015-11-27 dateline: Monday 2015-11-23",
       "island near Ngouboua", "Lac", "TD", "attack_on_civilians", "Boko Haram", "civilians",
       3, None, None, None,
       "On Monday night, Boko Haram fighters killed three fishermen and burned their canoes on an island near Ngouboua, according to a local fishermen's association."),
])

report("h15-33", "2020-10-14", "https://www.example-almanaradaily.com/en/2020/10/14/burin-olive-pickers-attacked",
"""
Settlers attack olive pickers in Burin, three wounded; two Israelis detained

NABLUS, October 14 (Al-Manara Daily) - Israeli settlers attacked Palestinian farmers harvesting olives on the land of Burin village, south of Nablus, on Tuesday, beating several of them with clubs and stones and setting fire to dozens of olive trees, village officials said.

The Palestinian Red Crescent said its crews treated three people, including a 55-year-old woman, for bruises and head wounds; two of them were taken to Rafidia hospital in Nablus.

"They came down from the hill, about twenty of them, with their faces covered. We were only picking olives," said a farmer whose family has worked the land for generations.

The Israeli army said troops were dispatched to "a friction point between Israelis and Palestinians" near Burin and dispersed the two sides. Israeli police said two Israeli suspects were detained on Tuesday evening at the entrance of the settlement of Yitzhar and taken for questioning on suspicion of assault and arson.

On Sunday night, settlers slashed the tyres of four cars and sprayed Hebrew slogans on the walls of houses in the village of Sinjil, north of Ramallah, the village council said. Nobody was hurt.

The Land Defence Committee of the northern West Bank, a local monitoring group, says it has recorded 23 attacks by settlers on Palestinian olive pickers and trees since the start of the harvest season on October 7.
""",
events=[
    ev("Israeli settlers attacked Palestinian olive pickers on Burin's land with clubs and stones and set fire to olive trees; three people treated for wounds.",
       "2020-10-13", "‘on Tuesday’ before the Wednesday 2020-10-14 dateline: Tuesday 2020-10-13",
       "Burin", "West Bank", "PS", "attack_on_civilians", "Israeli settlers", "civilians",
       None, None, 3, None,
       "Israeli settlers attacked Palestinian farmers harvesting olives on the land of Burin village, south of Nablus, on Tuesday, beating several of them with clubs and stones and setting fire to dozens of olive trees, village officials said. [...] The Palestinian Red Crescent said its crews treated three people, including a 55-year-old woman, for bruises and head wounds"),
    ev("Israeli police detained two Israeli suspects at the entrance of Yitzhar on suspicion of assault and arson.",
       "2020-10-13", "‘on Tuesday evening’ before the Wednesday 2020-10-14 dateline: Tuesday 2020-10-13",
       "entrance of Yitzhar", "West Bank", "PS", "arrest", "Israeli security forces", "Israeli settlers",
       None, None, None, None,
       "Israeli police said two Israeli suspects were detained on Tuesday evening at the entrance of the settlement of Yitzhar and taken for questioning on suspicion of assault and arson.",
       arrested=2),
    ev("Settlers slashed the tyres of four cars and sprayed slogans on house walls in Sinjil; nobody was hurt.",
       "2020-10-11", "‘On Sunday night’ before the Wednesday 2020-10-14 dateline: Sunday 2020-10-11",
       "Sinjil", "West Bank", "PS", "other", "Israeli settlers", "none",
       0, None, 0, None,
       "On Sunday night, settlers slashed the tyres of four cars and sprayed Hebrew slogans on the walls of houses in the village of Sinjil, north of Ramallah, the village council said. Nobody was hurt.",
       note="vandalism of property, nobody hurt"),
],
figures=[
    fig("other", 23, "northern West Bank",
        "says it has recorded 23 attacks by settlers on Palestinian olive pickers and trees since the start of the harvest season on October 7",
        note="settler attacks since October 7, 2020"),
])

report("h15-34", "2019-06-20", "https://www.example-santesolidarite.com/press/2019/06/20/kabo-health-centre-looted",
"""
Press statement: armed men loot our health centre in Kabo, activities suspended

Santé Solidarité Centrafrique (SSC) - Bangui, 20 June 2019

In the night of Monday 17 to Tuesday 18 June 2019, a group of about ten armed men entered the health centre supported by SSC in Kabo, Ouham prefecture, forced the night guard to open the pharmacy and took away medicines, a solar battery and the motorbike of the vaccination team. Before leaving, they set fire to one of the centre's vehicles. None of our staff or patients was hurt. SSC has suspended its activities in Kabo until further notice, leaving about 35,000 people without access to free health care. We call on all armed actors to respect the neutrality of health facilities.
""",
events=[
    ev("About ten armed men looted the SSC-supported health centre in Kabo at night, took medicines and a motorbike and burned a vehicle; nobody was hurt.",
       "2019-06-17", "text gives ‘In the night of Monday 17 to Tuesday 18 June 2019’; an overnight raid takes the first night, Monday 2019-06-17",
       "health centre in Kabo", "Ouham", "CF", "other", "militants (unidentified)", "Santé Solidarité Centrafrique",
       0, None, 0, None,
       "In the night of Monday 17 to Tuesday 18 June 2019, a group of about ten armed men entered the health centre supported by SSC in Kabo, Ouham prefecture, forced the night guard to open the pharmacy and took away medicines, a solar battery and the motorbike of the vaccination team. Before leaving, they set fire to one of the centre's vehicles. None of our staff or patients was hurt.",
       note="looting and arson at an NGO health centre; the target named as reported (the NGO)"),
],
figures=[
    fig("other", 35000, "Kabo",
        "leaving about 35,000 people without access to free health care",
        note="people without health care after the suspension"),
])

report("h15-35", "2018-05-23", "https://www.example-kashmirmorningpost.com/2018/05/23/sopore-grenade-tangdhar-infiltration",
"""
Five hurt as grenade misses CRPF bunker in Sopore; three infiltrators killed in Tangdhar

SRINAGAR, May 23 (Kashmir Morning Post) - Five people, including two CRPF personnel, were injured when militants hurled a grenade towards a CRPF bunker at the main chowk in Sopore on Tuesday afternoon, police said.

The grenade missed the bunker and exploded on the road, injuring three civilians, among them a fruit vendor and a schoolboy, and two troopers of the CRPF's 179th battalion, a police official said. All the injured were taken to the sub-district hospital in Sopore, from where two civilians were referred to SMHS hospital in Srinagar. The area was cordoned off and a search launched, but the attackers escaped in the rush of shoppers. No militant group has claimed the attack.

In north Kashmir's Kupwara district, the army said it foiled an infiltration bid along the Line of Control in the Tangdhar sector on Monday, killing three infiltrators. "The terrorists tried to sneak in under the cover of darkness and were engaged by alert troops," a defence spokesman said, adding that three rifles and a large quantity of ammunition were recovered.

In south Kashmir, militants shot dead a civilian at his home in Tral on Sunday night, police said. The 32-year-old was fired upon from close range by two gunmen who knocked on his door, and he died on the way to hospital. Police blamed militants but did not name a group; his family said he had no links with any political party or the security forces.

In the Jammu region, two civilians were killed and six others were injured in overnight shelling by Pakistani troops on villages and forward posts in the RS Pura sector, officials said on Wednesday. The BSF said it retaliated "effectively". Hundreds of border residents have moved to relief camps set up in schools, officials said.

Police also arrested three overground workers of the Lashkar-e-Taiba in the Pattan area of Baramulla on Monday and recovered two grenades and incriminating material from them, a police statement said.

According to police figures, 70 militants have been killed in the Valley since January, while 24 security personnel and 19 civilians have lost their lives in militancy-related violence in the same period.
""",
events=[
    ev("Militants hurled a grenade at a CRPF bunker at Sopore's main chowk; it missed and exploded on the road, injuring three civilians and two CRPF troopers.",
       "2018-05-22", "‘on Tuesday afternoon’ before the Wednesday 2018-05-23 dateline: Tuesday 2018-05-22",
       "main chowk, Sopore", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
       None, None, 5, None,
       "Five people, including two CRPF personnel, were injured when militants hurled a grenade towards a CRPF bunker at the main chowk in Sopore on Tuesday afternoon, police said. [...] No militant group has claimed the attack.",
       note="5 wounded = 3 civilians + 2 CRPF"),
    ev("The army foiled an infiltration bid on the Line of Control in the Tangdhar sector, killing three infiltrators.",
       "2018-05-21", "‘on Monday’ before the Wednesday 2018-05-23 dateline: Monday 2018-05-21",
       "Tangdhar sector", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "militants (unidentified)",
       3, None, None, None,
       "In north Kashmir's Kupwara district, the army said it foiled an infiltration bid along the Line of Control in the Tangdhar sector on Monday, killing three infiltrators."),
    ev("Two gunmen shot dead a civilian at his home in Tral.",
       "2018-05-20", "‘on Sunday night’ before the Wednesday 2018-05-23 dateline: Sunday 2018-05-20",
       "Tral", "Jammu and Kashmir", "IN", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In south Kashmir, militants shot dead a civilian at his home in Tral on Sunday night, police said."),
    ev("Overnight Pakistani shelling of villages and forward posts in the RS Pura sector killed two civilians and injured six.",
       "2018-05-22", "‘overnight’ shelling reported by officials ‘on Wednesday’ (Wednesday 2018-05-23): the night of Tuesday 2018-05-22 into Wednesday 2018-05-23, first night taken",
       "RS Pura sector", "Jammu and Kashmir", "IN", "explosion", "Pakistani security forces", "civilians",
       2, None, 6, None,
       "In the Jammu region, two civilians were killed and six others were injured in overnight shelling by Pakistani troops on villages and forward posts in the RS Pura sector, officials said on Wednesday."),
    ev("Police arrested three Lashkar-e-Taiba overground workers in the Pattan area of Baramulla and recovered two grenades.",
       "2018-05-21", "‘on Monday’ before the Wednesday 2018-05-23 dateline: Monday 2018-05-21",
       "Pattan", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Lashkar-e-Taiba",
       None, None, None, None,
       "Police also arrested three overground workers of the Lashkar-e-Taiba in the Pattan area of Baramulla on Monday",
       arrested=3),
],
figures=[
    fig("killed", 70, "Kashmir Valley",
        "According to police figures, 70 militants have been killed in the Valley since January",
        note="militants killed in 2018 to date"),
    fig("killed", 43, "Kashmir Valley",
        "24 security personnel and 19 civilians have lost their lives in militancy-related violence in the same period",
        note="= 24 security personnel + 19 civilians, 2018 to date"),
])

report("h15-36", "2023-03-23", "https://www.example-nortenoticias.com/en/2023/03/23/n380-ambush-miangalewa",
"""
Four killed in ambush on trucks on the N380; army says 11 insurgents killed near Miangalewa

PEMBA, March 23 (Norte Notícias) - Insurgents ambushed two trucks carrying maize flour and cooking oil on the N380 road between Macomia and Oasse on Monday, killing both drivers and their two assistants, the provincial transporters' association said. The trucks were looted and then set on fire.

The association's spokesman said the trucks had left Macomia without waiting for the military escort because the drivers had been told the road was calm. "We have asked our members many times not to travel alone on that stretch," he said.

The Islamic State group claimed the ambush on its propaganda channels, saying its fighters had "killed seven Christians". The claim could not be verified.

Transporters say the price of goods in Mocímboa da Praia and Palma has risen by a third since the start of the year because fewer trucks dare to make the journey. A military source said the number of escorted convoys on the N380 would be raised to three a week.

The Ministry of National Defence said on Wednesday that the armed forces, in an operation on Tuesday near Miangalewa in Muidumbe district, had killed 11 insurgents and destroyed one of their camps. One soldier was slightly wounded, the ministry said. Residents of Miangalewa, who returned to the village last year, said they heard shooting in the forest for several hours.

The insurgency in Cabo Delgado, which began in October 2017, has lost strength since the arrival of Rwandan troops and of the regional force of the Southern African Development Community in 2021, but small groups of fighters still attack villages and vehicles in Macomia, Muidumbe and Mocímboa da Praia districts.

An independent tally by the Cabo Delgado Conflict Observatory, a group of researchers in Pemba, puts the number of people killed since October 2017 at more than 4,700. The government says more than 420,000 displaced people have returned to their districts of origin over the past year. Many of them say they still depend on food aid because their fields have gone back to bush.
""",
events=[
    ev("Insurgents ambushed two unescorted food trucks on the N380 between Macomia and Oasse, killing both drivers and two assistants, then looted and burned the trucks.",
       "2023-03-20", "‘on Monday’ before the Thursday 2023-03-23 dateline: Monday 2023-03-20",
       "N380 road between Macomia and Oasse", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State Mozambique", "civilians",
       4, None, None, None,
       "Insurgents ambushed two trucks carrying maize flour and cooking oil on the N380 road between Macomia and Oasse on Monday, killing both drivers and their two assistants, the provincial transporters' association said. [...] The Islamic State group claimed the ambush on its propaganda channels",
       note="4 = 2 drivers + 2 assistants; IS's claim of seven killed not used"),
    ev("The armed forces killed 11 insurgents and destroyed a camp near Miangalewa; one soldier slightly wounded.",
       "2023-03-21", "operation ‘on Tuesday’, announced ‘on Wednesday’ (Wednesday 2023-03-22): Tuesday 2023-03-21",
       "near Miangalewa", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "Islamic State Mozambique",
       11, None, 1, None,
       "The Ministry of National Defence said on Wednesday that the armed forces, in an operation on Tuesday near Miangalewa in Muidumbe district, had killed 11 insurgents and destroyed one of their camps. One soldier was slightly wounded, the ministry said."),
],
figures=[
    fig("killed", 4700, "Cabo Delgado",
        "puts the number of people killed since October 2017 at more than 4,700",
        note="since October 2017; independent tally"),
    fig("returned", 420000, "Cabo Delgado",
        "The government says more than 420,000 displaced people have returned to their districts of origin over the past year."),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IL", "PS", "LB", "EG", "TR", "IN", "TH", "CF", "TD", "BI", "CM", "MZ", "CO", "MX"}
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
    empty = [r["id"] for r in REPORTS if not r["events"]]
    if len(empty) != 6:
        err("set", f"{len(empty)} reports without events, expected 6: {empty}")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "h15-%02d" % (i + 1):
            err(rid, f"id out of order, expected h15-{i + 1:02d}")
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
            if e.get("type") == "arrest" and "arrested" not in e:
                err(w, "arrest event without an arrested count")
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
