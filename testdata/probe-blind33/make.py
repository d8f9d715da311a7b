#!/usr/bin/env python3
"""probe-blind33: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: Latin America and Asia beyond the Middle East, 2012-2024, as local outlets, wires,
monitors, ministries, militaries and NGOs tell it: Colombia (ELN, FARC dissidents, the Clan del
Golfo, the army), Mexico (cartels, the National Guard, the army), Haiti (gangs, the police),
Myanmar after the 2021 coup (the military, People's Defence Forces, the KIA, the Arakan Army,
the TNLA), the southern Philippines (Abu Sayyaf, BIFF, the Maute group, the NPA, the army) and
southern Thailand's insurgency. Country codes CO, MX, HT, MM, PH, TH only.
Reports of three lengths (short feed items, ordinary stories, long pieces), five of them
without any incident, with varied datelines (full, abbreviated month, day-first, no date,
none at all), bylines and "Updated"/"Published"/"Posted" lines.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, kind, style, text, events=(), figures=(), country_hint=None):
    """kind: short | ordinary | long; style: the dateline as written:
    full ("CITY, Month D (Outlet) - "), abbr ("CITY, Nov. 2 (Outlet) - "),
    dayfirst ("CITY, 12 October (Outlet) - "), nodate ("CITY (Outlet) - "), none (no dateline)."""
    r = {"id": id, "published": published, "url": url, "kind": kind, "style": style,
         "text": text.strip("\n"), "events": list(events), "figures": list(figures)}
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
# b33-01 .. b33-09: Colombia, and the first of Mexico
# ---------------------------------------------------------------------------

report("b33-01", "2022-01-04", "https://www.example-llanossietedias.com/orden-publico/2022/01/04/arauca-eln-disidencias-16-muertos",
"ordinary", "full",
"""
Fighting between ELN and FARC dissidents leaves at least 16 dead in Arauca

ARAUCA, January 4 (Llanos Siete Días) - The bodies of at least 16 people have been recovered in rural areas of the Arauca department since the weekend, the governor's office said on Tuesday, after fighting broke out between the National Liberation Army (ELN) and dissidents of the former FARC's 10th Front along the border with Venezuela.

Eleven of the bodies were recovered on Sunday and Monday in rural Tame, where the army said ELN units had attacked dissident camps before dawn on Sunday, and five others were found near Fortul, where, according to the governor's office, some of the dead had been taken from their homes by armed men and shot. Forensic teams had identified only four of the dead by Tuesday evening, and officials said it was not yet possible to say how many were fighters and how many were civilians.

The ELN's Eastern War Front said in a statement circulated on social media that its units had acted against "narco-paramilitary structures" that were extorting peasants. The dissidents, for their part, accused the ELN of murdering farmers who they said had no links to either group.

In the urban area of Saravena, a grenade thrown at a house overnight wounded a woman and two children, police said. It was not clear who had thrown it, and police would not say whether it was linked to the fighting in the countryside.

The Ombudsman's Office said more than 1,400 people had left their homes in the rural areas of Tame and Fortul in three days, most of them for schools and sports halls in the towns. Defence Minister Diego Molano said on Tuesday that 600 more soldiers would be sent to the department.

The 10th Front, which rejected the 2016 peace agreement with the FARC, and the ELN had shared the border area for years under an uneasy arrangement that also extended into the Venezuelan state of Apure. Arauca recorded more than 130 killings in 2021, according to police figures.
""",
events=[
    ev("ELN units attacked FARC dissident camps in rural Tame; eleven bodies were recovered there.",
       "2022-01-02", "‘ELN units had attacked dissident camps before dawn on Sunday’, before the Tuesday 2022-01-04 dateline: Sunday 2022-01-02",
       "rural Tame", "Arauca", "CO", "battle", "ELN", "FARC dissidents",
       11, None, None, None,
       "Eleven of the bodies were recovered on Sunday and Monday in rural Tame, where the army said ELN units had attacked dissident camps before dawn on Sunday",
       note="bodies recovered after the attack; officials could not yet say how many were fighters and how many civilians"),
    ev("Five bodies were found near Fortul; some of the dead had been taken from their homes by armed men and shot.",
       None, "the bodies were ‘found near Fortul’ with no day given; the day of the killings is not stated",
       "Fortul", "Arauca", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       5, None, None, None,
       "five others were found near Fortul, where, according to the governor's office, some of the dead had been taken from their homes by armed men and shot.",
       note="the armed men are not named; each side of the fighting blames the other for killing peasants"),
    ev("A grenade thrown at a house in Saravena wounded a woman and two children.",
       "2022-01-03", "‘overnight’ before the Tuesday 2022-01-04 dateline: the night that began on Monday 2022-01-03",
       "Saravena", "Arauca", "CO", "explosion", "unknown", "civilians",
       None, None, 3, None,
       "In the urban area of Saravena, a grenade thrown at a house overnight wounded a woman and two children, police said. It was not clear who had thrown it",
       note="wounded 3 = a woman + two children"),
],
figures=[
    fig("killed", 16, "Arauca",
        "The bodies of at least 16 people have been recovered in rural areas of the Arauca department since the weekend",
        note="= 11 (Tame) + 5 (Fortul)"),
    fig("displaced", 1400, "Tame and Fortul",
        "The Ombudsman's Office said more than 1,400 people had left their homes in the rural areas of Tame and Fortul in three days"),
    fig("fighters", 600, "Arauca",
        "600 more soldiers would be sent to the department", note="reinforcements announced"),
    fig("killed", 130, "Arauca",
        "Arauca recorded more than 130 killings in 2021, according to police figures.", note="killings in 2021"),
])

report("b33-02", "2024-05-21", "https://www.example-caucahoy.com/judicial/2024/05/21/morales-moto-bomba-estacion-policia",
"short", "nodate",
"""
Motorcycle bomb wounds four police officers in Cauca town

POPAYÁN (Cauca Hoy) - A motorcycle packed with explosives blew up outside the police station in Morales, in the centre of Cauca department, late on Monday, wounding four police officers and damaging a dozen houses, the departmental police said. Nobody was killed. The police commander attributed the attack to the Jaime Martínez front of the FARC dissidents known as the Central General Staff, which police say has carried out more than 30 attacks on police posts in the department this year.
""",
events=[
    ev("A motorcycle bomb exploded outside the police station in Morales, wounding four police officers; nobody was killed.",
       "2024-05-20", "‘late on Monday’ before the Tuesday 2024-05-21 publication (the dateline gives no date): Monday 2024-05-20",
       "police station, Morales", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       0, None, 4, None,
       "A motorcycle packed with explosives blew up outside the police station in Morales, in the centre of Cauca department, late on Monday, wounding four police officers and damaging a dozen houses, the departmental police said. Nobody was killed. The police commander attributed the attack to the Jaime Martínez front of the FARC dissidents known as the Central General Staff",
       note="explicit zero killed; the police attribution is not denied"),
],
figures=[
    fig("other", 30, "Cauca",
        "more than 30 attacks on police posts in the department this year", note="attacks by the Jaime Martínez front in 2024"),
])

report("b33-03", "2022-05-09", "https://www.example-elcaribeinforma.com/region/2022/05/09/paro-armado-clan-del-golfo-balance",
"long", "none",
"""
Four days under the Clan del Golfo's "armed strike": shops shut, roads empty, at least six dead
By the regional desk
Published: 9 May 2022, 07:15

The Clan del Golfo lifted its so-called armed strike at dawn on Monday after four days in which the country's largest drug-trafficking organisation kept shops, schools and roads closed across much of the north and north-west, leaving a trail of burned vehicles and at least six people dead, according to the Ombudsman's Office.

The group, which calls itself the Gaitanist Self-Defence Forces of Colombia, ordered the shutdown in retaliation for the extradition to the United States last week of its former leader, Dairo Antonio Úsuga, alias Otoniel, who had been captured in October in a rural hideout in Antioquia. Pamphlets and audio messages circulated on WhatsApp warned that anyone found on the roads would be "declared a military target". In Montería, Sincelejo, Apartadó and dozens of smaller towns the streets were almost empty from Thursday morning, and the Ombudsman's Office said the strike had been felt in 178 municipalities in 11 departments.

The first victim was a truck driver. He was shot dead on Thursday afternoon on the road between Yarumal and Valdivia, in the north of Antioquia, after he refused an order by armed men to leave his vehicle, which was then set on fire, police said. The police blamed the Clan del Golfo for the killing.

In Caucasia, at the entrance to the town from the Medellín highway, men of the group stopped three intercity buses and a fuel tanker on Thursday morning, ordered the passengers and drivers out and set the vehicles alight. Nobody was hurt, the mayor's office said, but the smoke could be seen from the centre of town for most of the day.

The most serious attack came on Friday night, when two soldiers of the army's 11th Brigade were killed and a third was wounded as their patrol, guarding the highway near Planeta Rica in Córdoba, came under fire from men on motorcycles. The army said the attackers belonged to the Clan del Golfo. In an audio message sent to local radio stations on Saturday, however, a man who identified himself as a commander of the group denied that its men had fired on the army and insisted that the strike was "peaceful" and "a protest of the people".

On Saturday evening in El Carmen de Bolívar, two young men who had reopened a small shop in defiance of the order were shot by men who arrived on a motorcycle. One of them died on Sunday in a hospital in Cartagena; the other was still in a serious condition, the Bolívar health secretary said. The mayor called the shooting "a message", but police did not say who was responsible.

In Sucre, army engineers destroyed an explosive device found on Sunday morning under a bridge on the road between Sincelejo and Tolú, the army's First Division said. The device, made with about 20 kilograms of explosives, had been left where buses carrying workers would pass on Monday, an officer said.

The National Police said on Sunday night that 43 people had been arrested in Antioquia, Córdoba, Sucre and Bolívar during the strike, among them men caught setting fire to vehicles or handing out pamphlets.

The transport ministry said more than 180 vehicles had been burned or damaged, and bus companies cancelled some 2,000 intercity trips. Traders in Montería said the four days had cost the city's shops more than they usually lose in a month. Dairy farmers in Córdoba poured away milk that trucks could not collect.

"People did not go out because they know the group. They know what happens to those who disobey," said a shopkeeper in Apartadó, who asked not to be named. "The state was on television. The Clan was on the street."

The government called the strike an act of terrorism and said the army and police had deployed thousands of men to escort convoys of lorries along the main roads. Human rights groups said the deployment had come too late in many rural areas, where the group's orders were obeyed without a single armed man needing to appear.

The Clan del Golfo, which the police estimate has some 3,000 armed members and several thousand more in its support networks, emerged from the paramilitary groups that demobilised in the middle of the last decade. It staged a similar shutdown in January 2012 after one of its founders was killed in a police raid, and it controls cocaine routes from the Urabá gulf to the Caribbean coast and the Pacific.

Its leaders said on Monday that the strike had ended "at the request of the communities". The Ombudsman's Office warned that the group's order not to work with state institutions remained in force in several rural districts of Córdoba and Antioquia.
""",
events=[
    ev("A truck driver was shot dead on the road between Yarumal and Valdivia after refusing to leave his vehicle, which was then burned; police blamed the Clan del Golfo.",
       "2022-05-05", "‘on Thursday afternoon’ before the Monday 2022-05-09 ‘Published’ line: Thursday 2022-05-05",
       "road between Yarumal and Valdivia", "Antioquia", "CO", "attack_on_civilians", "Clan del Golfo", "civilians",
       1, None, None, None,
       "The first victim was a truck driver. He was shot dead on Thursday afternoon on the road between Yarumal and Valdivia, in the north of Antioquia, after he refused an order by armed men to leave his vehicle, which was then set on fire, police said. The police blamed the Clan del Golfo for the killing."),
    ev("Men of the Clan del Golfo set fire to three intercity buses and a fuel tanker at the entrance to Caucasia; nobody was hurt.",
       "2022-05-05", "‘on Thursday morning’ before the Monday 2022-05-09 ‘Published’ line: Thursday 2022-05-05",
       "Caucasia", "Antioquia", "CO", "other", "Clan del Golfo", "civilians",
       0, None, 0, None,
       "In Caucasia, at the entrance to the town from the Medellín highway, men of the group stopped three intercity buses and a fuel tanker on Thursday morning, ordered the passengers and drivers out and set the vehicles alight. Nobody was hurt, the mayor's office said",
       note="property destruction; explicit zeros"),
    ev("An army patrol guarding the highway near Planeta Rica came under fire from men on motorcycles; two soldiers were killed and one wounded. The army blamed the Clan del Golfo, which denied it.",
       "2022-05-06", "‘on Friday night’ before the Monday 2022-05-09 ‘Published’ line: Friday 2022-05-06",
       "Planeta Rica", "Córdoba", "CO", "battle", "unknown", "Colombian security forces",
       2, None, 1, None,
       "The most serious attack came on Friday night, when two soldiers of the army's 11th Brigade were killed and a third was wounded as their patrol, guarding the highway near Planeta Rica in Córdoba, came under fire from men on motorcycles. The army said the attackers belonged to the Clan del Golfo. In an audio message sent to local radio stations on Saturday, however, a man who identified himself as a commander of the group denied that its men had fired on the army",
       note="blame by the army denied by the group: actor1 unknown"),
    ev("Two young men who had reopened a shop in El Carmen de Bolívar were shot by men on a motorcycle; one died the next day.",
       "2022-05-07", "‘On Saturday evening’ before the Monday 2022-05-09 ‘Published’ line: Saturday 2022-05-07",
       "El Carmen de Bolívar", "Bolívar", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, 1, None,
       "On Saturday evening in El Carmen de Bolívar, two young men who had reopened a small shop in defiance of the order were shot by men who arrived on a motorcycle. One of them died on Sunday in a hospital in Cartagena; the other was still in a serious condition, the Bolívar health secretary said. The mayor called the shooting \"a message\", but police did not say who was responsible.",
       note="the wounded man who died on Sunday moves to killed: killed 1, wounded 1"),
    ev("Army engineers destroyed an explosive device of about 20 kg found under a bridge on the Sincelejo-Tolú road.",
       "2022-05-08", "‘found on Sunday morning’, before the Monday 2022-05-09 ‘Published’ line: Sunday 2022-05-08",
       "bridge on the road between Sincelejo and Tolú", "Sucre", "CO", "other", "Colombian security forces", "unknown",
       None, None, None, None,
       "In Sucre, army engineers destroyed an explosive device found on Sunday morning under a bridge on the road between Sincelejo and Tolú, the army's First Division said.",
       note="disrupted weapons use; who left the device is not said"),
    ev("Police arrested 43 people in four departments during the strike.",
       None, "‘during the strike’, Thursday 2022-05-05 to Monday 2022-05-09; no day or place for each arrest",
       "Antioquia, Córdoba, Sucre and Bolívar", "Antioquia", "CO", "arrest", "Colombian security forces", "Clan del Golfo",
       None, None, None, None,
       "The National Police said on Sunday night that 43 people had been arrested in Antioquia, Córdoba, Sucre and Bolívar during the strike",
       note="an aggregate over four days and four departments; admin given as the first named",
       arrested=43, optional=True),
],
figures=[
    fig("killed", 6, "north-west Colombia",
        "leaving a trail of burned vehicles and at least six people dead, according to the Ombudsman's Office",
        note="over the four days of the strike"),
    fig("other", 178, "north-west Colombia",
        "the strike had been felt in 178 municipalities in 11 departments", note="municipalities affected"),
    fig("other", 180, "north-west Colombia",
        "The transport ministry said more than 180 vehicles had been burned or damaged", note="vehicles burned or damaged"),
    fig("fighters", 3000, "Colombia",
        "The Clan del Golfo, which the police estimate has some 3,000 armed members"),
])

report("b33-04", "2023-11-24", "https://www.example-andeswire.com/colombia/2023/11/24/peace-accord-seven-years-on",
"ordinary", "abbr",
"""
Seven years after the FARC accord, former fighters count their dead

BOGOTÁ, Nov. 24 (Andes Wire) - Seven years after the Colombian state and the FARC guerrillas signed a peace agreement in Bogotá's Colón theatre, the party formed by the former rebels marked the anniversary on Friday by reading out the names of the former fighters who have been killed since they laid down their weapons.

According to the transitional justice system's own count, at least 400 signatories of the accord have been murdered since November 2016, most of them in Cauca, Nariño, Antioquia, Meta and Caquetá, and more than 40 others have disappeared. About 13,000 former combatants entered the reintegration process; the agency in charge says some 11,000 remain in it.

"We handed over our rifles and they handed us coffins," said a former commander who now runs a fish farm in Meta with 30 other former fighters. "We keep our word. We are waiting for the state to keep its own."

The government of President Gustavo Petro, which has made "total peace" its banner, is holding separate talks with the ELN and with one faction of the dissidents, and the ceasefire with the ELN has held since August despite complaints from both sides. The army estimates that the dissident groups that rejected the agreement or took up arms again after 2019 have grown to some 3,500 fighters, and that the ELN has about 5,800.

Indepaz, a research institute, has recorded 167 killings of social leaders and human rights defenders so far this year, and the UN humanitarian office says more than 60,000 people have been confined to their villages by armed groups in 2023, unable to reach their fields, schools or health posts.

The peace court, known as the JEP, has charged the former FARC leadership with the kidnapping of more than 21,000 people during the conflict and has opened cases on the recruitment of children and on the killing of civilians by the army, presented as combatants killed in action, which it estimates claimed 6,402 lives between 2002 and 2008.

Rural reform, the heart of the accord, has advanced slowly: of the three million hectares promised to landless farmers, fewer than 500,000 had been handed over by September, according to a congressional follow-up committee.
""",
country_hint="CO",
figures=[
    fig("killed", 400, "Colombia",
        "at least 400 signatories of the accord have been murdered since November 2016", note="former FARC fighters killed since the accord"),
    fig("other", 40, "Colombia",
        "more than 40 others have disappeared", note="former FARC fighters disappeared"),
    fig("other", 13000, "Colombia",
        "About 13,000 former combatants entered the reintegration process", note="former combatants in reintegration"),
    fig("fighters", 3500, "Colombia",
        "have grown to some 3,500 fighters", note="FARC dissident groups, army estimate"),
    fig("fighters", 5800, "Colombia",
        "the ELN has about 5,800", note="ELN, army estimate"),
    fig("killed", 167, "Colombia",
        "Indepaz, a research institute, has recorded 167 killings of social leaders and human rights defenders so far this year"),
    fig("civilians_trapped", 60000, "Colombia",
        "more than 60,000 people have been confined to their villages by armed groups in 2023"),
    fig("other", 21000, "Colombia",
        "the kidnapping of more than 21,000 people during the conflict", note="kidnappings charged to the former FARC leadership"),
    fig("killed", 6402, "Colombia",
        "which it estimates claimed 6,402 lives between 2002 and 2008", note="civilians killed by the army and presented as combatants"),
])

report("b33-05", "2020-10-12", "https://www.example-pacificonoticias.com/choco/2020/10/12/mina-baudo-bojaya-combates",
"ordinary", "dayfirst",
"""
Landmine kills Emberá boy in Chocó as ELN and Clan del Golfo fight along the rivers

QUIBDÓ, 12 October (Pacífico Noticias) - A 12-year-old Emberá boy died on Sunday in the San Francisco de Asís hospital in Quibdó, a day after he and his cousin were wounded by a landmine near their community on the upper Baudó river, the indigenous organisation of Chocó said.

The two boys had gone to fetch plantains from a field close to the community, in the municipality of Alto Baudó, on Saturday afternoon when the explosion happened. The younger boy, aged nine, lost part of a foot and was being treated in Quibdó, a nurse said. Community leaders said the paths around the fields had been mined by the armed groups fighting over the area in recent months, but it was not clear which group had laid the mine.

Further north, in the municipality of Bojayá, ELN fighters attacked positions held by the Clan del Golfo, which calls itself the Gaitanist Self-Defence Forces, along the Opogadó river on Thursday, according to residents quoted by the Ombudsman's Office, which said at least three ELN fighters and two members of the Clan del Golfo had been killed. Residents said they had heard gunfire for more than six hours.

The Ombudsman's Office said some 1,200 people in five communities on the Opogadó and Bojayá rivers were confined to their villages, unable to fish or reach their crops. It also warned that both groups were recruiting teenagers in the area.

Navy marines arrested three suspected members of the ELN on Friday in Istmina, on the San Juan river, the navy said in a statement, accusing them of collecting extortion payments from miners and shopkeepers.

The people of Bojayá have lived through the war for decades. In 2002, 79 people sheltering in the church of Bellavista were killed when a gas-cylinder bomb fired by the FARC during fighting with paramilitaries crashed through its roof.

"Our children cannot go to the field, cannot go to the river, cannot go to school," said a leader of the Emberá community in Alto Baudó. "The groups change their names, but the war stays."
""",
events=[
    ev("A landmine exploded near an Emberá community on the upper Baudó river, wounding two boys; the older one died the next day.",
       "2020-10-10", "‘on Saturday afternoon’ before the Monday 2020-10-12 dateline: Saturday 2020-10-10",
       "upper Baudó river, Alto Baudó", "Chocó", "CO", "explosion", "unknown", "civilians",
       1, None, 1, None,
       "A 12-year-old Emberá boy died on Sunday in the San Francisco de Asís hospital in Quibdó, a day after he and his cousin were wounded by a landmine near their community on the upper Baudó river, the indigenous organisation of Chocó said. [...] The two boys had gone to fetch plantains from a field close to the community, in the municipality of Alto Baudó, on Saturday afternoon when the explosion happened.",
       note="two wounded, one of whom died on Sunday: killed 1, wounded 1; it was not clear which group laid the mine"),
    ev("ELN fighters attacked Clan del Golfo positions along the Opogadó river in Bojayá; at least three ELN fighters and two Clan del Golfo members were killed.",
       "2020-10-08", "‘on Thursday’ before the Monday 2020-10-12 dateline: Thursday 2020-10-08",
       "Opogadó river, Bojayá", "Chocó", "CO", "battle", "ELN", "Clan del Golfo",
       5, None, None, None,
       "Further north, in the municipality of Bojayá, ELN fighters attacked positions held by the Clan del Golfo, which calls itself the Gaitanist Self-Defence Forces, along the Opogadó river on Thursday, according to residents quoted by the Ombudsman's Office, which said at least three ELN fighters and two members of the Clan del Golfo had been killed.",
       note="5 = 3 ELN + 2 Clan del Golfo, the Ombudsman's count from residents"),
    ev("Navy marines arrested three suspected ELN members in Istmina.",
       "2020-10-09", "‘on Friday’ before the Monday 2020-10-12 dateline: Friday 2020-10-09",
       "Istmina", "Chocó", "CO", "arrest", "Colombian security forces", "ELN",
       None, None, None, None,
       "Navy marines arrested three suspected members of the ELN on Friday in Istmina, on the San Juan river, the navy said in a statement",
       arrested=3),
],
figures=[
    fig("civilians_trapped", 1200, "Bojayá",
        "The Ombudsman's Office said some 1,200 people in five communities on the Opogadó and Bojayá rivers were confined to their villages"),
    fig("killed", 79, "Bellavista, Bojayá",
        "In 2002, 79 people sheltering in the church of Bellavista were killed", note="background: 2002"),
])

report("b33-06", "2021-11-02", "https://www.example-andeswire.com/colombia/2021/11/02/guaviare-bombing-dissident-camp-calamar",
"short", "abbr",
"""
Military bombs FARC dissident camp in Guaviare

BOGOTÁ, Nov. 2 (Andes Wire) - Colombian air force planes bombed a camp of FARC dissidents in rural Calamar, in the southern department of Guaviare, on Sunday, the Defence Ministry said on Tuesday, claiming that 10 members of the group had been killed. The Medical Legal Institute said it had received nine bodies from the area by Tuesday morning. Rights groups asked whether minors were among the dead, as they had been in a bombing in the same department in March.
""",
events=[
    ev("Air force planes bombed a FARC dissident camp in rural Calamar; the forensic institute received nine bodies.",
       "2021-10-31", "‘on Sunday’ before the Tuesday 2021-11-02 dateline: Sunday 2021-10-31",
       "rural Calamar", "Guaviare", "CO", "explosion", "Colombian security forces", "FARC dissidents",
       9, None, None, None,
       "Colombian air force planes bombed a camp of FARC dissidents in rural Calamar, in the southern department of Guaviare, on Sunday, the Defence Ministry said on Tuesday, claiming that 10 members of the group had been killed. The Medical Legal Institute said it had received nine bodies from the area by Tuesday morning.",
       note="the ministry's claim of 10 enemy dead is not a toll; the forensic institute's nine bodies are"),
],
figures=[])

report("b33-07", "2024-06-11", "https://www.example-suroccidente.com/cauca/2024/06/11/drones-asonada-el-plateado-tacueyo",
"ordinary", "none",
"""
Drones, a besieged platoon and a dead soldier: a weekend of war in Cauca
Updated 11/06/2024 - 09:40

An explosive charge dropped from a drone hit the roof of the police station in Jambaló on Sunday afternoon, wounding two police officers, the Cauca police command said, in the latest of a string of drone attacks that the authorities attribute to the Dagoberto Ramos column of the FARC dissidents.

The officers were taken to Popayán and were out of danger, police said. Part of the roof collapsed and the windows of several neighbouring houses were blown out. The column has not commented.

In Argelia, in the south of the department, some 200 residents of the hamlet of El Plateado surrounded a platoon of 28 soldiers on Saturday morning and held them for about 30 hours, until they were released on Sunday afternoon after talks led by the Ombudsman's Office and the Church. The army said the residents had been pushed into the "asonada" by the Carlos Patiño front of the dissidents, which controls the coca-growing area; residents said they wanted the soldiers to leave because their presence "brings the war into the houses".

In the rural area of Toribío, a soldier was killed and three were wounded on Monday when their patrol came under fire from dissidents near Tacueyó, the army's Third Division said. The body of a dissident fighter was later recovered from the area and taken to the Medical Legal Institute in Popayán, a local official said.

The Nasa indigenous guard in Caldono said on Monday it had detained four members of the dissidents, two of them minors, who had been recruiting in its territory, and that they would be tried under indigenous justice. The dissidents did not comment.

The police have recorded 72 drone attacks in Cauca so far this year, more than in the whole of 2023, and say the dissidents are buying commercial drones abroad and fitting them with grenades or home-made charges of up to two kilograms. The army said 1,300 more troops had been sent to the department since April.

The Dagoberto Ramos and Carlos Patiño fronts belong to the Central General Staff, whose talks with the government broke down this year for the faction active in Cauca.
""",
events=[
    ev("An explosive charge dropped from a drone hit the police station in Jambaló, wounding two police officers; the authorities blame the Dagoberto Ramos column of the FARC dissidents.",
       "2024-06-09", "‘on Sunday afternoon’ before the ‘Updated 11/06/2024’ line (Tuesday 2024-06-11): Sunday 2024-06-09",
       "police station, Jambaló", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces",
       None, None, 2, None,
       "An explosive charge dropped from a drone hit the roof of the police station in Jambaló on Sunday afternoon, wounding two police officers, the Cauca police command said, in the latest of a string of drone attacks that the authorities attribute to the Dagoberto Ramos column of the FARC dissidents.",
       note="drone strike; the column has not commented"),
    ev("Some 200 residents of El Plateado surrounded a platoon of 28 soldiers and held them for about 30 hours; the army said the dissidents pushed them into it.",
       "2024-06-08", "‘on Saturday morning’ before the Tuesday 2024-06-11 ‘Updated’ line: Saturday 2024-06-08",
       "El Plateado, Argelia", "Cauca", "CO", "other", "protesters", "Colombian security forces",
       None, None, None, None,
       "In Argelia, in the south of the department, some 200 residents of the hamlet of El Plateado surrounded a platoon of 28 soldiers on Saturday morning and held them for about 30 hours, until they were released on Sunday afternoon after talks led by the Ombudsman's Office and the Church.",
       note="an 'asonada': soldiers held by residents; no injuries reported"),
    ev("A soldier was killed and three wounded when their patrol came under fire from dissidents near Tacueyó, Toribío; the body of a dissident fighter was recovered later.",
       "2024-06-10", "‘on Monday’ before the Tuesday 2024-06-11 ‘Updated’ line: Monday 2024-06-10",
       "Tacueyó, Toribío", "Cauca", "CO", "battle", "FARC dissidents", "Colombian security forces",
       2, None, 3, None,
       "In the rural area of Toribío, a soldier was killed and three were wounded on Monday when their patrol came under fire from dissidents near Tacueyó, the army's Third Division said. [...] The body of a dissident fighter was later recovered from the area and taken to the Medical Legal Institute in Popayán, a local official said.",
       note="2 = 1 soldier + 1 dissident, the latter from a local official, not an army claim"),
    ev("The Nasa indigenous guard in Caldono detained four dissident members, two of them minors.",
       None, "the guard ‘said on Monday it had detained’: Monday 2024-06-10 is only the day of the statement",
       "Caldono", "Cauca", "CO", "arrest", "Nasa indigenous guard", "FARC dissidents",
       None, None, None, None,
       "The Nasa indigenous guard in Caldono said on Monday it had detained four members of the dissidents, two of them minors, who had been recruiting in its territory",
       note="detention by an indigenous guard rather than the state; a coder could leave it out",
       arrested=4, optional=True),
],
figures=[
    fig("other", 72, "Cauca",
        "The police have recorded 72 drone attacks in Cauca so far this year", note="drone attacks in 2024"),
    fig("fighters", 1300, "Cauca",
        "The army said 1,300 more troops had been sent to the department since April."),
])

report("b33-08", "2015-07-13", "https://www.example-surdeguerrero.com/seguridad/2015/07/13/emboscada-filo-de-caballos-policias",
"ordinary", "full",
"""
Ten state police killed in Guerrero ambush as toll rises

CHILPANCINGO, July 13 (Sur de Guerrero Diario) - Two state police officers wounded in an ambush in the Guerrero highlands on Saturday died in hospital overnight, raising the number of officers killed in the attack to 10, the state prosecutor's office said on Monday, in the deadliest single attack on the state's police this year.

A convoy of four state police pick-ups was ambushed on Saturday afternoon on the dirt road that leads from Chichihualco to Filo de Caballos, in the municipality of Leonardo Bravo, by gunmen firing from both sides of a ravine, according to the state security spokesman, who gave an initial toll of eight dead and five wounded on Saturday night. The remaining three wounded officers were in a stable condition in Chilpancingo.

The spokesman did not say which group was behind the attack. The mountains of Leonardo Bravo and Heliodoro Castillo, where opium poppy is grown, are disputed by several local criminal organisations.

Soldiers and federal police detained two men on Sunday in Chichihualco who were carrying rifles of the calibre used in the ambush, the prosecutor's office said, without saying whether they were suspected of taking part.

In Acapulco, gunmen shot dead a taxi driver and his passenger on Sunday night in the Renacimiento neighbourhood, the municipal police said, the latest of more than a dozen taxi drivers killed in the port this year.

And on the outskirts of Iguala, police found the bodies of four men with their hands tied on a dirt road on Sunday morning. Prosecutors said they had been dead for at least two days, and did not say who had killed them.

Guerrero recorded more than 1,000 murders in the first half of the year, according to the national public security system, the highest figure of any state. The state government has asked for more federal forces to be sent to the highlands.
""",
events=[
    ev("Gunmen ambushed a state police convoy on the road from Chichihualco to Filo de Caballos; the toll rose to 10 officers dead and three wounded.",
       "2015-07-11", "‘on Saturday afternoon’ before the Monday 2015-07-13 dateline: Saturday 2015-07-11",
       "road from Chichihualco to Filo de Caballos", "Guerrero", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       10, None, 3, None,
       "Two state police officers wounded in an ambush in the Guerrero highlands on Saturday died in hospital overnight, raising the number of officers killed in the attack to 10, the state prosecutor's office said on Monday [...] A convoy of four state police pick-ups was ambushed on Saturday afternoon on the dirt road that leads from Chichihualco to Filo de Caballos, in the municipality of Leonardo Bravo, by gunmen firing from both sides of a ravine, according to the state security spokesman, who gave an initial toll of eight dead and five wounded on Saturday night. The remaining three wounded officers were in a stable condition in Chilpancingo.",
       note="revised toll, not a conflict: 8 dead and 5 wounded at first, then two of the wounded died: killed 10, wounded 3"),
    ev("Soldiers and federal police detained two armed men in Chichihualco.",
       "2015-07-12", "‘on Sunday’ before the Monday 2015-07-13 dateline: Sunday 2015-07-12",
       "Chichihualco", "Guerrero", "MX", "arrest", "Mexican security forces", "militants (unidentified)",
       None, None, None, None,
       "Soldiers and federal police detained two men on Sunday in Chichihualco who were carrying rifles of the calibre used in the ambush, the prosecutor's office said",
       arrested=2),
    ev("Gunmen shot dead a taxi driver and his passenger in Acapulco's Renacimiento neighbourhood.",
       "2015-07-12", "‘on Sunday night’ before the Monday 2015-07-13 dateline: Sunday 2015-07-12",
       "Renacimiento, Acapulco", "Guerrero", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "In Acapulco, gunmen shot dead a taxi driver and his passenger on Sunday night in the Renacimiento neighbourhood, the municipal police said"),
    ev("The bodies of four men with their hands tied were found on a dirt road outside Iguala.",
       None, "found ‘on Sunday morning’ (Sunday 2015-07-12), but ‘they had been dead for at least two days’: the day of the killing is not known",
       "outskirts of Iguala", "Guerrero", "MX", "attack_on_civilians", "unknown", "civilians",
       4, None, None, None,
       "And on the outskirts of Iguala, police found the bodies of four men with their hands tied on a dirt road on Sunday morning. Prosecutors said they had been dead for at least two days, and did not say who had killed them."),
],
figures=[
    fig("killed", 1000, "Guerrero",
        "Guerrero recorded more than 1,000 murders in the first half of the year", note="murders January-June 2015"),
])
report("b33-09", "2024-09-17", "https://www.example-pacificcoastwire.com/mexico/2024/09/17/culiacan-sinaloa-cartel-factions-war",
"long", "abbr",
"""
Culiacán under siege as Sinaloa Cartel factions go to war
By Pacific Coast Wire correspondents

CULIACÁN, Mexico, Sept. 17 (Pacific Coast Wire) - Gunfire has become the soundtrack of Culiacán's nights. Eight days after fighting broke out between the two main factions of the Sinaloa Cartel, schools in the state capital remained closed on Tuesday, the Independence Day celebrations had been cancelled, and the state prosecutor's office said at least 53 people had been killed and 51 reported missing across Sinaloa since September 9.

The war pits "Los Chapitos", the sons of the jailed cartel leader Joaquín "El Chapo" Guzmán, against the faction loyal to Ismael "El Mayo" Zambada, who was flown to the United States in July and arrested there together with one of Guzmán's sons. Zambada has said through his lawyer that he was taken against his will, and his followers blame the Chapitos.

The heaviest clash involving the security forces came on Sunday afternoon. Two soldiers were killed and four were wounded when an army patrol was attacked by gunmen travelling in several pick-up trucks near the community of Jesús María, north of the city, the Defence Ministry said. The ministry said the troops had repelled the attack and "neutralised" five of the aggressors, and had seized 12 rifles and a vehicle fitted with home-made armour. It did not say which faction the attackers belonged to.

On Monday morning, the bodies of five men, several of them with sombreros placed on their chests, were found dumped beside the highway to Imala, not far from a campus of the Autonomous University of Sinaloa, the prosecutor's office said. Investigators had not been able to establish when they had been killed. Residents of the city have learned to read such details as messages from one side to the other.

In the neighbouring municipality of Navolato, three employees of a car wash were shot dead on Saturday afternoon by gunmen who arrived in two cars and opened fire without a word, according to a witness quoted by local media. A fourth worker was wounded and was in hospital.

A state police officer who had been taken from his home in the Aguaruto area by armed men on Friday night was found dead the next morning on a dirt road on the edge of the city, the state security ministry said. He was the third police officer killed in Culiacán since the fighting began.

On Sunday evening, gunmen blocked the Mexico 15 highway near Costa Rica, a farming town south of Culiacán, with two lorries they had hijacked and set on fire, cutting the road to Mazatlán for several hours. No injuries were reported.

National Guard troops detained six men on Monday night in the Tierra Blanca neighbourhood of Culiacán, seizing rifles, grenades and tactical vests, the federal security cabinet said in a statement. It did not say which faction they were suspected of belonging to.

The federal government has sent 1,100 more soldiers to Sinaloa since the fighting began, bringing the number of troops deployed in the state to more than 2,200, the Defence Ministry said. Armoured vehicles now patrol the main avenues, and soldiers guard the entrances to the general hospital.

Life in the city of nearly a million people has shrunk to a few hours of daylight. Most shops close by mid-afternoon, buses stop running early, and the chamber of commerce says about 1,200 businesses have shut their doors since September 9. Delivery drivers, who were among the first victims of the fighting, refuse to work after dark.

"We eat at six and we lock the door. Then we listen," said a woman who sells tamales near the cathedral. "You count the shots and you pray they are far away."

Parents' associations said most families would keep their children at home even when the schools reopen. The state education secretary said classes would resume "when conditions allow", without giving a date.

Culiacán has lived through such days before. In October 2019, gunmen took over the city after the army briefly detained Ovidio Guzmán, another of El Chapo's sons, and the government released him to end the fighting. When he was recaptured in January 2023, ten soldiers and 19 alleged gunmen were killed. Both episodes lasted a day. This time, residents say, nobody knows how long the war will go on.

The governor of Sinaloa has asked residents to stay calm and said the security forces were "present in every part of the city". Opposition politicians called for his resignation, accusing him of having lost control of the state.
""",
events=[
    ev("Gunmen in pick-up trucks attacked an army patrol near Jesús María, killing two soldiers and wounding four; the army claimed five attackers 'neutralised'.",
       "2024-09-15", "‘on Sunday afternoon’ before the Tuesday 2024-09-17 dateline: Sunday 2024-09-15",
       "Jesús María", "Sinaloa", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       2, None, 4, None,
       "The heaviest clash involving the security forces came on Sunday afternoon. Two soldiers were killed and four were wounded when an army patrol was attacked by gunmen travelling in several pick-up trucks near the community of Jesús María, north of the city, the Defence Ministry said. The ministry said the troops had repelled the attack and \"neutralised\" five of the aggressors",
       note="the army's five 'neutralised' attackers are its claim of enemy dead, not a toll; the faction was not named"),
    ev("The bodies of five men were found dumped beside the highway to Imala.",
       None, "found ‘On Monday morning’ (Monday 2024-09-16), but investigators ‘had not been able to establish when they had been killed’",
       "highway to Imala", "Sinaloa", "MX", "attack_on_civilians", "unknown", "civilians",
       5, None, None, None,
       "On Monday morning, the bodies of five men, several of them with sombreros placed on their chests, were found dumped beside the highway to Imala, not far from a campus of the Autonomous University of Sinaloa, the prosecutor's office said. Investigators had not been able to establish when they had been killed."),
    ev("Gunmen shot dead three car-wash employees and wounded a fourth in Navolato.",
       "2024-09-14", "‘on Saturday afternoon’ before the Tuesday 2024-09-17 dateline: Saturday 2024-09-14",
       "Navolato", "Sinaloa", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, 1, None,
       "In the neighbouring municipality of Navolato, three employees of a car wash were shot dead on Saturday afternoon by gunmen who arrived in two cars and opened fire without a word, according to a witness quoted by local media. A fourth worker was wounded and was in hospital."),
    ev("Armed men took a state police officer from his home in Aguaruto; he was found dead the next morning.",
       "2024-09-13", "taken ‘on Friday night’, before the Tuesday 2024-09-17 dateline: Friday 2024-09-13 (found dead ‘the next morning’)",
       "Aguaruto", "Sinaloa", "MX", "other", "militants (unidentified)", "Mexican security forces",
       1, None, None, None,
       "A state police officer who had been taken from his home in the Aguaruto area by armed men on Friday night was found dead the next morning on a dirt road on the edge of the city, the state security ministry said.",
       note="abduction and killing of a police officer: other"),
    ev("Gunmen blocked the Mexico 15 highway near Costa Rica, south of Culiacán, with two hijacked lorries set on fire.",
       "2024-09-15", "‘On Sunday evening’ before the Tuesday 2024-09-17 dateline: Sunday 2024-09-15",
       "Costa Rica", "Sinaloa", "MX", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "On Sunday evening, gunmen blocked the Mexico 15 highway near Costa Rica, a farming town south of Culiacán, with two lorries they had hijacked and set on fire, cutting the road to Mazatlán for several hours. No injuries were reported.",
       note="property destruction; 'No injuries were reported' is not taken as an explicit zero"),
    ev("National Guard troops detained six armed men in Culiacán's Tierra Blanca neighbourhood.",
       "2024-09-16", "‘on Monday night’ before the Tuesday 2024-09-17 dateline: Monday 2024-09-16",
       "Tierra Blanca, Culiacán", "Sinaloa", "MX", "arrest", "Mexican security forces", "Sinaloa Cartel",
       None, None, None, None,
       "National Guard troops detained six men on Monday night in the Tierra Blanca neighbourhood of Culiacán, seizing rifles, grenades and tactical vests, the federal security cabinet said in a statement.",
       arrested=6),
],
figures=[
    fig("killed", 53, "Sinaloa",
        "the state prosecutor's office said at least 53 people had been killed and 51 reported missing across Sinaloa since September 9"),
    fig("other", 51, "Sinaloa",
        "the state prosecutor's office said at least 53 people had been killed and 51 reported missing across Sinaloa since September 9",
        note="reported missing"),
    fig("fighters", 2200, "Sinaloa",
        "bringing the number of troops deployed in the state to more than 2,200", note="1,100 of them sent since September 9"),
    fig("other", 1200, "Culiacán",
        "the chamber of commerce says about 1,200 businesses have shut their doors since September 9", note="businesses closed"),
])

report("b33-10", "2021-04-27", "https://www.example-tierracaliente.com/michoacan/2021/04/27/aguililla-drones-explosivos-el-aguaje",
"short", "nodate",
"""
Drone explosives wound three in Michoacán village

MORELIA (Diario de Tierra Caliente) - Explosives dropped from drones fell on houses in El Aguaje, a community in the municipality of Aguililla, on Monday night, wounding three people, among them a 10-year-old girl, residents said. The state security ministry confirmed the attack but did not say who was behind it. Residents blamed the Jalisco New Generation Cartel, which has been fighting the Cárteles Unidos for control of the area for more than a year. Some 200 families have left El Aguaje since January, the parish priest said.
""",
events=[
    ev("Explosives dropped from drones on houses in El Aguaje, Aguililla, wounded three people; residents blamed the Jalisco New Generation Cartel.",
       "2021-04-26", "‘on Monday night’ before the Tuesday 2021-04-27 publication (the dateline gives no date): Monday 2021-04-26",
       "El Aguaje, Aguililla", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel", "civilians",
       None, None, 3, None,
       "Explosives dropped from drones fell on houses in El Aguaje, a community in the municipality of Aguililla, on Monday night, wounding three people, among them a 10-year-old girl, residents said. The state security ministry confirmed the attack but did not say who was behind it. Residents blamed the Jalisco New Generation Cartel",
       note="drone strike; the cartel is named only by residents, and nobody denies it"),
],
figures=[
    fig("displaced", 200, "El Aguaje",
        "Some 200 families have left El Aguaje since January", note="families"),
])

report("b33-11", "2023-12-18", "https://www.example-bajioinforma.com/guanajuato/2023/12/18/salvatierra-posada-ataque-guardia-nacional",
"ordinary", "dayfirst",
"""
Toll in Guanajuato Christmas party attack rises to 12; two National Guards killed near Villagrán

CELAYA, 18 December (Bajío Informa) - The number of young people killed when gunmen burst into a posada, a traditional pre-Christmas party, at a rented hall on the outskirts of Salvatierra in the early hours of Sunday rose to 12 on Monday after one of the wounded died in hospital in Celaya, the Guanajuato state prosecutor's office said.

The attackers, at least eight men armed with rifles, arrived in two vans shortly after 1 a.m., ordered the music turned off and opened fire on the roughly 100 guests, most of them students, a survivor told local radio. Prosecutors had said on Sunday that 11 people died at the scene or on the way to hospital and that 15 were wounded; 14 remained in hospital on Monday, three of them in a serious condition.

State police and soldiers arrested four men on Monday morning at a house in Tarimoro, a neighbouring municipality, where they also found rifles and one of the vans used in the attack, the prosecutor's office said. It said the gunmen had been looking for one man who had "problems" with a criminal group, and that the other victims had nothing to do with it.

On Sunday evening, several hundred people, many of them classmates of the victims, marched in silence through the centre of Salvatierra carrying candles and white balloons, demanding justice. The governor, who had called the attack "cowardly", did not attend.

Hours before the attack on the party, on Saturday night, two members of the National Guard were killed and a third was wounded when gunmen opened fire on their patrol on the highway between Celaya and Salamanca, near Villagrán, the National Guard said in a statement. The attackers escaped.

Guanajuato, an industrial state in central Mexico, has recorded more than 2,900 murders this year, more than any other state, according to official figures. The Jalisco New Generation Cartel and the local Santa Rosa de Lima Cartel have fought over its fuel-theft and drug markets since 2017, and massacres at parties and in bars have become frequent.
""",
events=[
    ev("Gunmen opened fire on a pre-Christmas party at a rented hall outside Salvatierra; the toll rose to 12 dead, with 14 still in hospital.",
       "2023-12-17", "‘in the early hours of Sunday’ before the Monday 2023-12-18 dateline: Sunday 2023-12-17",
       "rented hall on the outskirts of Salvatierra", "Guanajuato", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       12, None, 14, None,
       "The number of young people killed when gunmen burst into a posada, a traditional pre-Christmas party, at a rented hall on the outskirts of Salvatierra in the early hours of Sunday rose to 12 on Monday after one of the wounded died in hospital in Celaya, the Guanajuato state prosecutor's office said. [...] Prosecutors had said on Sunday that 11 people died at the scene or on the way to hospital and that 15 were wounded; 14 remained in hospital on Monday",
       note="revised toll, not a conflict: 11 dead and 15 wounded, then one of the wounded died: killed 12, wounded 14"),
    ev("Police and soldiers arrested four men at a house in Tarimoro where rifles and one of the vans were found.",
       "2023-12-18", "‘on Monday morning’, the day of the Monday 2023-12-18 dateline",
       "Tarimoro", "Guanajuato", "MX", "arrest", "Mexican security forces", "militants (unidentified)",
       None, None, None, None,
       "State police and soldiers arrested four men on Monday morning at a house in Tarimoro, a neighbouring municipality, where they also found rifles and one of the vans used in the attack, the prosecutor's office said.",
       arrested=4),
    ev("Several hundred people marched in silence through Salvatierra to demand justice for the victims.",
       "2023-12-17", "‘On Sunday evening’ before the Monday 2023-12-18 dateline: Sunday 2023-12-17",
       "Salvatierra", "Guanajuato", "MX", "other", "protesters", "none",
       None, None, None, None,
       "On Sunday evening, several hundred people, many of them classmates of the victims, marched in silence through the centre of Salvatierra carrying candles and white balloons, demanding justice.",
       note="peaceful protest"),
    ev("Gunmen fired on a National Guard patrol on the Celaya-Salamanca highway near Villagrán, killing two guardsmen and wounding one.",
       "2023-12-16", "‘Hours before the attack on the party, on Saturday night’, before the Monday 2023-12-18 dateline: Saturday 2023-12-16",
       "highway between Celaya and Salamanca, near Villagrán", "Guanajuato", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       2, None, 1, None,
       "Hours before the attack on the party, on Saturday night, two members of the National Guard were killed and a third was wounded when gunmen opened fire on their patrol on the highway between Celaya and Salamanca, near Villagrán, the National Guard said in a statement."),
],
figures=[
    fig("killed", 2900, "Guanajuato",
        "Guanajuato, an industrial state in central Mexico, has recorded more than 2,900 murders this year", note="murders in 2023"),
])

report("b33-12", "2022-05-17", "https://www.example-capitalwire.com/mexico/2022/05/17/registry-missing-passes-100000",
"ordinary", "full",
"""
Mexico's registry of the missing passes 100,000

MEXICO CITY, May 17 (Capital Wire) - The number of people officially listed as missing in Mexico passed 100,000 on Monday, according to the national search commission's public registry, a figure that relatives' groups say still understates the scale of the disappearances that have accompanied the country's drug war.

The registry, which goes back to the 1960s, shows that more than 97 percent of the cases were reported after December 2006, when the government of the day sent the army onto the streets to fight the cartels. About a quarter of the missing are women, and more than 16,000 were under 18 when they disappeared. Jalisco, Tamaulipas and the State of Mexico account for more than a third of the total.

"Every number here is a mother who sleeps with the telephone in her hand," said a member of a search collective in Sinaloa, who has been looking for her son for six years. "We dig with our own shovels because nobody else does."

More than 4,000 clandestine graves have been found in the country since 2006, according to the commission, and the national forensic system holds some 52,000 bodies that have not been identified, many of them buried in common graves by local prosecutors without DNA samples being taken. The UN Committee on Enforced Disappearances, which visited Mexico last year, said disappearances had become "a generalised phenomenon" in much of the country.

The government has created a national identification centre and says it has trained hundreds of forensic specialists, but relatives say the work moves slowly and that the searchers themselves are in danger. At least nine members of search collectives have been murdered since 2010, according to rights groups.

The case of the 43 students of the Ayotzinapa teacher-training college, who disappeared in Iguala in September 2014, remains the best-known. A truth commission set up by the current government has said it was "a crime of state". Only three of the students have been identified from remains.

More than 340,000 people have been murdered in Mexico since 2006, according to official statistics. Homicides fell slightly last year but remain close to record levels.
""",
country_hint="MX",
figures=[
    fig("other", 100000, "Mexico",
        "The number of people officially listed as missing in Mexico passed 100,000 on Monday", note="missing persons registry"),
    fig("other", 16000, "Mexico",
        "more than 16,000 were under 18 when they disappeared", note="missing minors"),
    fig("other", 4000, "Mexico",
        "More than 4,000 clandestine graves have been found in the country since 2006", note="clandestine graves"),
    fig("other", 52000, "Mexico",
        "the national forensic system holds some 52,000 bodies that have not been identified", note="unidentified bodies"),
    fig("killed", 9, "Mexico",
        "At least nine members of search collectives have been murdered since 2010"),
    fig("other", 43, "Iguala",
        "The case of the 43 students of the Ayotzinapa teacher-training college, who disappeared in Iguala in September 2014",
        note="background: 2014 disappearance"),
    fig("killed", 340000, "Mexico",
        "More than 340,000 people have been murdered in Mexico since 2006"),
])

report("b33-13", "2013-06-03", "https://www.example-fronteranorte.com/tamaulipas/2013/06/03/reynosa-balaceras-nueve-muertos",
"ordinary", "none",
"""
Nine dead as gunmen battle in Reynosa; soldier killed in Nuevo Laredo
Published June 3, 2013

Nine bodies were collected from the streets of southern Reynosa on Saturday after hours of gunfire between convoys of armed men, fighting which the Tamaulipas government later attributed to a dispute between two factions of the Gulf Cartel, the state's security coordination group said on Sunday.

Residents of the Lomas Real de Jarachina and Balcones de Alcalá neighbourhoods warned each other on social networks to stay indoors as pick-up trucks carrying men with rifles raced through the streets from late morning until dusk. A mother and her daughter were wounded by stray bullets inside their house, the Red Cross said. Seven of the dead were found in or beside burned vehicles.

In neighbouring Río Bravo, gunmen hijacked at least six buses and lorries on Saturday afternoon and set them on fire across the federal highway to Matamoros, apparently to stop soldiers from reaching Reynosa, police said.

In Nuevo Laredo, a soldier was killed and two others were wounded on Sunday when gunmen fired on an army patrol in the west of the city, the Defence Ministry said, adding that the attackers belonged to Los Zetas and that three of them had been killed when the troops returned fire.

Federal police arrested three men in Matamoros on Sunday who were carrying rifles, a grenade launcher and radio equipment, and said they were investigating whether they had taken part in the blockades.

The Gulf Cartel has been weakened by the arrest or killing of several of its leaders and by its war with Los Zetas, its former armed wing, which split from it in 2010. Its remaining factions, known by the names of their founders or by colours, have fought each other for control of Reynosa, the busiest crossing point into Texas for goods, since last year.

Local newspapers rarely report such battles, after attacks on journalists. The state's security coordination group has taken to publishing "risk situations" on social media instead. More than 1,000 people were murdered in Tamaulipas last year, according to official figures.
""",
events=[
    ev("Convoys of gunmen fought for hours in southern Reynosa; nine bodies were collected and two residents were wounded. The state later blamed a dispute between Gulf Cartel factions.",
       "2013-06-01", "‘on Saturday’ before the ‘Published June 3, 2013’ line (Monday 2013-06-03): Saturday 2013-06-01",
       "Lomas Real de Jarachina and Balcones de Alcalá, Reynosa", "Tamaulipas", "MX", "battle", "Gulf Cartel", "Gulf Cartel",
       9, None, 2, None,
       "Nine bodies were collected from the streets of southern Reynosa on Saturday after hours of gunfire between convoys of armed men, fighting which the Tamaulipas government later attributed to a dispute between two factions of the Gulf Cartel, the state's security coordination group said on Sunday. [...] A mother and her daughter were wounded by stray bullets inside their house, the Red Cross said.",
       note="two factions of the Gulf Cartel on both sides; two neighbourhoods sharing one toll kept as one event"),
    ev("Gunmen hijacked at least six buses and lorries and set them on fire across the federal highway in Río Bravo.",
       "2013-06-01", "‘on Saturday afternoon’ before the Monday 2013-06-03 publication: Saturday 2013-06-01",
       "Río Bravo", "Tamaulipas", "MX", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "In neighbouring Río Bravo, gunmen hijacked at least six buses and lorries on Saturday afternoon and set them on fire across the federal highway to Matamoros, apparently to stop soldiers from reaching Reynosa, police said.",
       note="blockade and property destruction"),
    ev("Gunmen the army said belonged to Los Zetas fired on an army patrol in Nuevo Laredo, killing one soldier and wounding two.",
       "2013-06-02", "‘on Sunday’ before the Monday 2013-06-03 publication: Sunday 2013-06-02",
       "Nuevo Laredo", "Tamaulipas", "MX", "battle", "Los Zetas", "Mexican security forces",
       1, None, 2, None,
       "In Nuevo Laredo, a soldier was killed and two others were wounded on Sunday when gunmen fired on an army patrol in the west of the city, the Defence Ministry said, adding that the attackers belonged to Los Zetas and that three of them had been killed when the troops returned fire.",
       note="the army's claim of three attackers killed is not counted"),
    ev("Federal police arrested three armed men in Matamoros.",
       "2013-06-02", "‘on Sunday’ before the Monday 2013-06-03 publication: Sunday 2013-06-02",
       "Matamoros", "Tamaulipas", "MX", "arrest", "Mexican security forces", "militants (unidentified)",
       None, None, None, None,
       "Federal police arrested three men in Matamoros on Sunday who were carrying rifles, a grenade launcher and radio equipment",
       arrested=3),
],
figures=[
    fig("killed", 1000, "Tamaulipas",
        "More than 1,000 people were murdered in Tamaulipas last year", note="murders in 2012"),
])

report("b33-14", "2024-03-04", "https://www.example-caribbeandispatch.com/haiti/2024/03/04/gangs-storm-prisons-state-of-emergency",
"long", "full",
"""
Haiti declares emergency after gangs storm prisons and free thousands of inmates
By Caribbean Dispatch staff

PORT-AU-PRINCE, March 4 (Caribbean Dispatch) - Haiti's government declared a 72-hour state of emergency in the West department on Sunday night, after armed gangs stormed the country's two largest prisons over the weekend and freed most of their roughly 4,000 inmates, in what the gangs' best-known leader called the start of a battle to drive the acting prime minister from power.

The National Penitentiary, in the centre of Port-au-Prince, was attacked late on Saturday night by gunmen who had been massing around it since the evening, according to a prison official and a police union. By Sunday morning its gates stood open and the prison was almost empty. Journalists who reached it saw at least a dozen bodies in and around the compound, some of them burned; the prison administration later said three of its staff were among the dead.

On Sunday it was the turn of the civil prison in Croix-des-Bouquets, north-east of the capital, which held about 1,000 inmates. Gunmen exchanged fire with the guards for several hours before the prison fell, a police source said. There was no word on casualties there.

The attacks were the work of the Viv Ansanm alliance, formed last year by gangs that until then had been fighting each other. Jimmy Chérizier, a former police officer who leads the G9 federation and speaks for the alliance, said in a video posted on Sunday that the gangs would not stop until Prime Minister Ariel Henry resigned. Henry travelled to Kenya last week to press for the deployment of a Kenyan-led police mission approved by the UN Security Council in October, and had not returned to Haiti by Monday.

The wave of attacks began on Thursday. That afternoon, four police officers were killed when gunmen attacked a police station in Tabarre, near the United States embassy, the national police union said, in the first of a series of raids that the alliance has since claimed. Gangs also fired at planes near the airport, and several airlines suspended their flights.

On Monday morning, gunfire was exchanged around Toussaint Louverture International Airport between gangs of the alliance and the police and soldiers guarding it, witnesses said. There were no immediate reports of casualties, and the airport remained closed.

In Carrefour-Feuilles, a neighbourhood on the hills above the city centre, residents said at least five people, among them a woman who sold charcoal, were shot dead on Saturday by armed men they described as members of the Grand Ravine gang. Police could not confirm the deaths. Hundreds of families from the area have spent months in schools and public squares after earlier attacks.

The national police, which has fewer than 10,000 active officers for a country of more than 11 million, said in a statement that its units had "neutralised several bandits" during the weekend, without giving a number.

The government said fewer than 100 inmates remained at the National Penitentiary on Sunday, among them several former Colombian soldiers held over the assassination of the president in July 2021, who had refused to leave for fear of being killed. Officials gave no figure for those recaptured.

The International Organization for Migration said more than 15,000 people had fled their homes in Port-au-Prince in the past week, adding to the more than 300,000 already displaced by gang violence across the country. The UN said more than 1,100 people had been killed, injured or kidnapped in January alone, the most violent month in two years.

Businesses, schools and banks in the capital were closed on Monday. A curfew from 6 p.m. to 5 a.m. was in force, although the police lack the means to enforce it in most districts.

"We have no state. The gangs are the state," said a teacher in the Delmas area who had not left her house since Thursday. "At night we hear the shooting. In the morning we see who is gone."

Gangs are estimated to control about 80 percent of the capital. They grew in strength after the assassination, which left the country without an elected president or parliament, and they have used kidnappings for ransom and control of the roads and ports to finance themselves. Henry, who was appointed by the late president shortly before his death, had promised to hold elections but said conditions did not allow them.

Caricom, the regional bloc, said its leaders would meet to discuss the crisis. The United States urged its citizens to leave Haiti as soon as possible.
""",
events=[
    ev("Gangs of the Viv Ansanm alliance stormed the National Penitentiary in Port-au-Prince and freed its inmates; at least a dozen bodies were seen, three of them prison staff.",
       "2024-03-02", "‘late on Saturday night’ before the Monday 2024-03-04 dateline: Saturday 2024-03-02",
       "National Penitentiary, Port-au-Prince", "Ouest", "HT", "battle", "Viv Ansanm", "Haitian security forces",
       12, None, None, None,
       "The National Penitentiary, in the centre of Port-au-Prince, was attacked late on Saturday night by gunmen who had been massing around it since the evening, according to a prison official and a police union. By Sunday morning its gates stood open and the prison was almost empty. Journalists who reached it saw at least a dozen bodies in and around the compound, some of them burned; the prison administration later said three of its staff were among the dead. [...] The attacks were the work of the Viv Ansanm alliance",
       note="'at least a dozen' gives 12; the alliance is named in a later paragraph"),
    ev("Gunmen fought the guards for hours and took the civil prison in Croix-des-Bouquets.",
       "2024-03-03", "‘On Sunday’ before the Monday 2024-03-04 dateline: Sunday 2024-03-03",
       "civil prison, Croix-des-Bouquets", "Ouest", "HT", "battle", "Viv Ansanm", "Haitian security forces",
       None, None, None, None,
       "On Sunday it was the turn of the civil prison in Croix-des-Bouquets, north-east of the capital, which held about 1,000 inmates. Gunmen exchanged fire with the guards for several hours before the prison fell, a police source said. There was no word on casualties there. [...] The attacks were the work of the Viv Ansanm alliance"),
    ev("Gunmen attacked a police station in Tabarre, killing four police officers, in the first of the raids the alliance later claimed.",
       "2024-02-29", "‘The wave of attacks began on Thursday. That afternoon’, before the Monday 2024-03-04 dateline: Thursday 2024-02-29",
       "police station, Tabarre", "Ouest", "HT", "battle", "Viv Ansanm", "Haitian security forces",
       4, None, None, None,
       "That afternoon, four police officers were killed when gunmen attacked a police station in Tabarre, near the United States embassy, the national police union said, in the first of a series of raids that the alliance has since claimed.",
       note="who did it is told only through the alliance's later claim"),
    ev("Gangs of the alliance exchanged fire with police and soldiers guarding Toussaint Louverture International Airport.",
       "2024-03-04", "‘On Monday morning’, the day of the Monday 2024-03-04 dateline",
       "Toussaint Louverture International Airport", "Ouest", "HT", "battle", "Viv Ansanm", "Haitian security forces",
       None, None, None, None,
       "On Monday morning, gunfire was exchanged around Toussaint Louverture International Airport between gangs of the alliance and the police and soldiers guarding it, witnesses said. There were no immediate reports of casualties",
       note="'no immediate reports of casualties' is not an explicit zero"),
    ev("Armed men that residents described as Grand Ravine gang members shot dead at least five people in Carrefour-Feuilles.",
       "2024-03-02", "‘on Saturday’ before the Monday 2024-03-04 dateline: Saturday 2024-03-02",
       "Carrefour-Feuilles", "Ouest", "HT", "attack_on_civilians", "militants (unidentified)", "civilians",
       5, None, None, None,
       "In Carrefour-Feuilles, a neighbourhood on the hills above the city centre, residents said at least five people, among them a woman who sold charcoal, were shot dead on Saturday by armed men they described as members of the Grand Ravine gang. Police could not confirm the deaths.",
       note="hedged attribution by residents only: unidentified"),
],
figures=[
    fig("other", 4000, "Port-au-Prince and Croix-des-Bouquets",
        "freed most of their roughly 4,000 inmates", note="inmates of the two prisons"),
    fig("other", 100, "National Penitentiary, Port-au-Prince",
        "The government said fewer than 100 inmates remained at the National Penitentiary on Sunday", note="inmates who stayed"),
    fig("fighters", 10000, "Haiti",
        "The national police, which has fewer than 10,000 active officers for a country of more than 11 million", note="police officers"),
    fig("displaced", 15000, "Port-au-Prince",
        "The International Organization for Migration said more than 15,000 people had fled their homes in Port-au-Prince in the past week"),
    fig("displaced", 300000, "Haiti",
        "adding to the more than 300,000 already displaced by gang violence across the country"),
    fig("other", 1100, "Haiti",
        "The UN said more than 1,100 people had been killed, injured or kidnapped in January alone", note="killed, injured or kidnapped, January 2024"),
    fig("other", 80, "Port-au-Prince",
        "Gangs are estimated to control about 80 percent of the capital.", note="percent of the capital"),
])

report("b33-15", "2024-10-04", "https://www.example-artiboniteexpress.com/actualite/2024/10/04/pont-sonde-massacre-gran-grif",
"short", "dayfirst",
"""
Gang massacre in Haitian town of Pont-Sondé

SAINT-MARC, 4 October (Artibonite Express) - At least 64 people, among them women and infants, were killed early on Thursday when members of the Gran Grif gang stormed the town of Pont-Sondé, in the Artibonite department, shooting residents in their homes and setting houses on fire, the UN human rights office said. A local official put the toll at more than 90 on Friday. At least 16 people were wounded. The gang's leader said in an audio message that the attack punished residents who supported a self-defence group. More than 6,000 people fled towards Saint-Marc.
""",
events=[
    ev("Gran Grif gang members stormed Pont-Sondé, shooting residents and burning houses; at least 64 (UN) to more than 90 (local official) were killed and 16 wounded.",
       "2024-10-03", "‘early on Thursday’ before the Friday 2024-10-04 dateline: Thursday 2024-10-03",
       "Pont-Sondé", "Artibonite", "HT", "attack_on_civilians", "Gran Grif", "civilians",
       64, 90, 16, None,
       "At least 64 people, among them women and infants, were killed early on Thursday when members of the Gran Grif gang stormed the town of Pont-Sondé, in the Artibonite department, shooting residents in their homes and setting houses on fire, the UN human rights office said. A local official put the toll at more than 90 on Friday. At least 16 people were wounded.",
       note="conflicting tolls: UN 64, local official more than 90; the gang's leader owned the attack"),
],
figures=[
    fig("displaced", 6000, "Pont-Sondé",
        "More than 6,000 people fled towards Saint-Marc."),
])

report("b33-16", "2022-07-12", "https://www.example-haitihebdo.com/en/2022/07/12/cite-soleil-brooklyn-gang-war",
"ordinary", "nodate",
"""
Gang war traps Cité Soleil residents; UN counts at least 89 dead

PORT-AU-PRINCE (Haïti Hebdo) - Fighting between rival gang coalitions in Cité Soleil, the capital's largest slum, has killed at least 89 people and wounded 74 since Friday, the UN office in Haiti said on Tuesday, as residents trapped in their houses ran out of water and food.

The fighting began on Friday, when gunmen of the G9 an Fanmi e Alye federation attacked Brooklyn, the part of Cité Soleil held by the rival G-Pep coalition, from several sides at once, residents said. Bodies lay in the streets for days, some of them burned, because families could not reach them.

Six people, among them two teenagers, were shot dead on Saturday as they tried to leave Brooklyn along the road towards Wharf Jérémie, a survivor told Haïti Hebdo. He said he did not know which side had fired; the two coalitions accuse each other of killing civilians who try to cross their lines.

On Monday, a police armoured vehicle sent to evacuate wounded people came under fire from gang positions at the entrance to Cité Soleil on National Road 1, and two police officers were wounded, a police spokesman said. The vehicle turned back.

Médecins Sans Frontières said its hospital in the area had treated more than 70 people with gunshot wounds since Friday, most of them women and children, and that its staff could not reach the worst-hit streets. Some 3,000 people have fled to churches and relatives' homes in other parts of the capital, according to the civil protection office.

Cité Soleil is home to about 300,000 people. The G9, led by a former police officer, was formed in 2020; G-Pep groups gangs opposed to it. Both coalitions control roads in and out of the area, and the fuel terminal at Varreux, on which much of the country depends, lies between their territories.

"We are between two fires," said a community worker reached by phone in Brooklyn. "If you go out, you die. If you stay, you die slowly."
""",
events=[
    ev("Gunmen of the G9 federation attacked Brooklyn, the G-Pep stronghold in Cité Soleil, from several sides.",
       "2022-07-08", "‘The fighting began on Friday’, before the Tuesday 2022-07-12 publication (the dateline gives no date): Friday 2022-07-08",
       "Brooklyn, Cité Soleil", "Ouest", "HT", "battle", "G9", "G-Pep",
       None, None, None, None,
       "The fighting began on Friday, when gunmen of the G9 an Fanmi e Alye federation attacked Brooklyn, the part of Cité Soleil held by the rival G-Pep coalition, from several sides at once, residents said.",
       note="the UN's 89 dead and 74 wounded since Friday are a running toll, kept as figures"),
    ev("Six people, two of them teenagers, were shot dead as they tried to leave Brooklyn along the road towards Wharf Jérémie; it was not known which side fired.",
       "2022-07-09", "‘on Saturday’ before the Tuesday 2022-07-12 publication: Saturday 2022-07-09",
       "road towards Wharf Jérémie", "Ouest", "HT", "attack_on_civilians", "unknown", "civilians",
       6, None, None, None,
       "Six people, among them two teenagers, were shot dead on Saturday as they tried to leave Brooklyn along the road towards Wharf Jérémie, a survivor told Haïti Hebdo. He said he did not know which side had fired",
       note="each coalition accuses the other"),
    ev("A police armoured vehicle sent to evacuate the wounded came under fire at the entrance to Cité Soleil; two officers were wounded.",
       "2022-07-11", "‘On Monday’ before the Tuesday 2022-07-12 publication: Monday 2022-07-11",
       "entrance to Cité Soleil on National Road 1", "Ouest", "HT", "battle", "militants (unidentified)", "Haitian security forces",
       None, None, 2, None,
       "On Monday, a police armoured vehicle sent to evacuate wounded people came under fire from gang positions at the entrance to Cité Soleil on National Road 1, and two police officers were wounded, a police spokesman said."),
],
figures=[
    fig("killed", 89, "Cité Soleil",
        "has killed at least 89 people and wounded 74 since Friday, the UN office in Haiti said on Tuesday"),
    fig("wounded", 74, "Cité Soleil",
        "has killed at least 89 people and wounded 74 since Friday, the UN office in Haiti said on Tuesday"),
    fig("wounded", 70, "Cité Soleil",
        "Médecins Sans Frontières said its hospital in the area had treated more than 70 people with gunshot wounds since Friday"),
    fig("displaced", 3000, "Cité Soleil",
        "Some 3,000 people have fled to churches and relatives' homes in other parts of the capital"),
    fig("civilians_trapped", 300000, "Cité Soleil",
        "Cité Soleil is home to about 300,000 people.", note="residents of the area, many trapped"),
])

report("b33-17", "2021-10-18", "https://www.example-caribbeandispatch.com/haiti/2021/10/18/missionaries-abducted-ganthier",
"short", "none",
"""
Seventeen missionaries abducted near Haitian capital
Posted: October 18, 2021

Seventeen foreign missionaries and members of their families, five of them children, were abducted on Saturday afternoon by the 400 Mawozo gang on the road between Croix-des-Bouquets and Ganthier, east of the capital, as they returned from visiting an orphanage, police sources said on Monday. Sixteen are US citizens and one is Canadian, their church organisation said. The gang, which controls the area, has not made any demand public. More than 600 kidnappings were recorded in Haiti in the first nine months of the year, according to a local human rights centre.
""",
events=[
    ev("The 400 Mawozo gang abducted 17 foreign missionaries and relatives, five of them children, on the road between Croix-des-Bouquets and Ganthier.",
       "2021-10-16", "‘on Saturday afternoon’ before the ‘Posted: October 18, 2021’ line (Monday 2021-10-18): Saturday 2021-10-16",
       "road between Croix-des-Bouquets and Ganthier", "Ouest", "HT", "other", "400 Mawozo", "civilians",
       None, None, None, None,
       "Seventeen foreign missionaries and members of their families, five of them children, were abducted on Saturday afternoon by the 400 Mawozo gang on the road between Croix-des-Bouquets and Ganthier, east of the capital, as they returned from visiting an orphanage, police sources said on Monday.",
       note="abduction"),
],
figures=[
    fig("other", 600, "Haiti",
        "More than 600 kidnappings were recorded in Haiti in the first nine months of the year", note="kidnappings January-September 2021"),
])

report("b33-18", "2019-11-13", "https://www.example-haitihebdo.com/en/2019/11/13/la-saline-one-year-on",
"ordinary", "dayfirst",
"""
A year after the La Saline killings, no trial and no return

PORT-AU-PRINCE, 13 November (Haïti Hebdo) - One year after armed men went from house to house in the La Saline neighbourhood of the capital, killing residents with guns and machetes and burning their bodies, nobody has been tried and most of the families who fled have not gone back.

The UN mission in Haiti later concluded that at least 26 people were killed over two days in November 2018, and that some of the attackers had been accompanied by police officers in uniform. A Haitian human rights network, which interviewed survivors in the weeks after the attack, put the number of dead at 59, and said 150 houses had been looted or destroyed and several women raped.

An investigating judge has issued arrest warrants against a number of suspects, among them a former senior government official and a gang leader, but none has been detained. The government denies any link to the killings.

"They tell us the file is open. But the killers walk past us in the street," said a woman who lost her brother and now lives with relatives in Carrefour. She said she had never been questioned by a judge.

The anniversary falls in the tenth week of a movement of strikes and road blockades demanding the resignation of President Jovenel Moïse, which has closed schools and markets across the country. The UN human rights office says at least 42 people have been killed and 86 injured since mid-September in connection with the protests, about half of them by the security forces.

Aid groups say 3.7 million Haitians, a third of the population, need food aid, and that the blockades have kept fuel and medicine from hospitals outside the capital. Several gangs, some of which rights groups accuse of links to politicians, now control the roads that lead out of Port-au-Prince to the south and the north.

The national police has about 15,000 officers. A UN police mission that had been in Haiti for 15 years in various forms ended last month and was replaced by a small political office.
""",
country_hint="HT",
figures=[
    fig("killed", 26, "La Saline",
        "The UN mission in Haiti later concluded that at least 26 people were killed over two days in November 2018",
        note="background: November 2018; a rights network put it at 59"),
    fig("killed", 59, "La Saline",
        "put the number of dead at 59", note="background: November 2018, rights network count"),
    fig("other", 150, "La Saline",
        "150 houses had been looted or destroyed", note="houses, November 2018"),
    fig("killed", 42, "Haiti",
        "at least 42 people have been killed and 86 injured since mid-September in connection with the protests"),
    fig("wounded", 86, "Haiti",
        "at least 42 people have been killed and 86 injured since mid-September in connection with the protests"),
    fig("other", 3700000, "Haiti",
        "Aid groups say 3.7 million Haitians, a third of the population, need food aid", note="people needing food aid"),
    fig("fighters", 15000, "Haiti",
        "The national police has about 15,000 officers.", note="police officers"),
])
report("b33-19", "2023-11-09", "https://www.example-salweenpost.com/news/2023/11/09/operation-1027-northern-shan-two-weeks",
"long", "full",
"""
Two weeks into "Operation 1027", Myanmar's military loses ground in the north
By a Salween Post reporter

CHIANG MAI, Thailand, November 9 (Salween Post) - Two weeks after three ethnic armed groups launched a coordinated offensive in Myanmar's northern Shan State, the military has lost control of a string of towns, border gates and hilltop bases along the main trade road to China, and the fighting has spread to regions that had been quiet for months.

The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army, named the offensive "Operation 1027" after the day it began. In the first hours of the offensive on October 27, MNDAA fighters seized the border trade town of Chinshwehaw, through which a large share of Myanmar's trade with China used to pass, and overran several military posts around it.

The alliance said on Wednesday that TNLA and MNDAA fighters had taken control of Hsenwi, a town on the highway between Lashio and the border crossing at Muse, after the last soldiers defending it withdrew. The claim could not be independently confirmed, but residents who fled the town said there had been no fighting there for two days.

The military has acknowledged some of its losses. Its spokesman said last week that troops had withdrawn from Pang Hseng, a small town on the Chinese border, to "avoid harm to civilians", and that the government would take it back.

In response, the military has turned to its air force and artillery. Air strikes on the village of Namhpatkar in Kutkai township on Tuesday killed seven civilians, three of them children, the TNLA said. The military's information team said its aircraft had struck "terrorist positions" and denied that civilians had been hit.

On Monday, shells struck a market in Laukkai, the capital of the Kokang region, killing two people and wounding 11, according to a local rescue group. Residents said the shells had been fired from a military base on the hills west of the town; the military blamed the MNDAA, which has been fighting its way towards Laukkai since the start of the offensive. The MNDAA denied it.

The offensive has also given new heart to the resistance elsewhere. In the Sagaing region, People's Defence Forces said they had captured Kawlin, a town of some 25,000 people, on Monday after days of fighting, the first district seat to fall to the resistance since the coup of February 2021. A military column sent to retake it was ambushed on the road from Wuntho, the PDF said.

In Lashio, the largest town in northern Shan and the headquarters of the military's North-Eastern Command, police detained at least 14 people on Sunday for sharing news of the fighting on social media, according to a rights group. Shops in the town have been short of rice and fuel since the roads to the border were cut.

The UN humanitarian office said more than 50,000 people had been displaced in northern Shan since October 27, adding to the nearly two million people who have fled their homes across the country since the coup. Thousands of people have also fled across the border into China, where the authorities have set up camps for them, according to residents.

The alliance says it has captured more than 150 military positions. The military, whose strength analysts estimate at about 150,000, has not given figures for its losses, but videos published by the alliance have shown soldiers surrendering with their weapons, something rarely seen in the past.

China, which has economic interests along the trade road and had been pressing the junta to act against cyber-scam compounds run by criminal gangs in the Kokang region, has called for a ceasefire. The alliance has cited the scam compounds as one of its reasons for the offensive.

"For the first time, the army is afraid," said a member of a TNLA support group reached by phone. "It still has planes and it can still kill people in their homes. But on the ground, it is losing."

The Kokang region was the scene of the so-called Kokang incident of 2009, when the military drove the MNDAA out of Laukkai, and of heavy fighting in 2015, when the group tried and failed to take the town back. Tens of thousands of people fled across the border into China each time.

Analysts caution that the military has survived earlier setbacks and retains control of all of Myanmar's major cities. But the junta's leader warned this week that the country could "break apart" if the offensive is not stopped, a remarkable admission from a general who has promised for nearly three years that the resistance would be crushed.
""",
events=[
    ev("MNDAA fighters seized the border trade town of Chinshwehaw in the first hours of the offensive.",
       "2023-10-27", "‘In the first hours of the offensive on October 27’, before the Thursday 2023-11-09 dateline: 2023-10-27",
       "Chinshwehaw", "Shan", "MM", "territory_gain", "MNDAA", "Myanmar security forces",
       None, None, None, None,
       "In the first hours of the offensive on October 27, MNDAA fighters seized the border trade town of Chinshwehaw, through which a large share of Myanmar's trade with China used to pass, and overran several military posts around it."),
    ev("TNLA and MNDAA fighters took control of Hsenwi after the last soldiers defending it withdrew, the alliance said.",
       None, "the alliance ‘said on Wednesday’ (Wednesday 2023-11-08); only the day of the statement is given",
       "Hsenwi", "Shan", "MM", "territory_gain", "TNLA", "Myanmar security forces",
       None, None, None, None,
       "The alliance said on Wednesday that TNLA and MNDAA fighters had taken control of Hsenwi, a town on the highway between Lashio and the border crossing at Muse, after the last soldiers defending it withdrew.",
       note="with the MNDAA; the claim could not be confirmed"),
    ev("The military acknowledged that its troops had withdrawn from the border town of Pang Hseng.",
       None, "the spokesman spoke ‘last week’; the day of the withdrawal is not given",
       "Pang Hseng", "Shan", "MM", "territory_gain", "Three Brotherhood Alliance", "Myanmar security forces",
       None, None, None, None,
       "Its spokesman said last week that troops had withdrawn from Pang Hseng, a small town on the Chinese border, to \"avoid harm to civilians\", and that the government would take it back.",
       note="the military names no one; the withdrawal came under the alliance's offensive; undated",
       optional=True),
    ev("Air strikes on Namhpatkar village in Kutkai township killed seven civilians, three of them children; the military said it hit 'terrorist positions'.",
       "2023-11-07", "‘on Tuesday’ before the Thursday 2023-11-09 dateline: Tuesday 2023-11-07",
       "Namhpatkar, Kutkai township", "Shan", "MM", "explosion", "Myanmar security forces", "civilians",
       7, None, None, None,
       "Air strikes on the village of Namhpatkar in Kutkai township on Tuesday killed seven civilians, three of them children, the TNLA said. The military's information team said its aircraft had struck \"terrorist positions\" and denied that civilians had been hit.",
       note="the military admits the strike and denies only civilian deaths"),
    ev("Shells struck a market in Laukkai, killing two people and wounding 11; residents blamed a military base, the military blamed the MNDAA, which denied it.",
       "2023-11-06", "‘On Monday’ before the Thursday 2023-11-09 dateline: Monday 2023-11-06",
       "market, Laukkai", "Shan", "MM", "explosion", "unknown", "civilians",
       2, None, 11, None,
       "On Monday, shells struck a market in Laukkai, the capital of the Kokang region, killing two people and wounding 11, according to a local rescue group. Residents said the shells had been fired from a military base on the hills west of the town; the military blamed the MNDAA, which has been fighting its way towards Laukkai since the start of the offensive. The MNDAA denied it.",
       note="blame traded and denied: actor1 unknown"),
    ev("People's Defence Forces captured the Sagaing town of Kawlin after days of fighting.",
       "2023-11-06", "‘on Monday’ before the Thursday 2023-11-09 dateline: Monday 2023-11-06",
       "Kawlin", "Sagaing", "MM", "territory_gain", "People's Defence Forces", "Myanmar security forces",
       None, None, None, None,
       "In the Sagaing region, People's Defence Forces said they had captured Kawlin, a town of some 25,000 people, on Monday after days of fighting, the first district seat to fall to the resistance since the coup of February 2021."),
    ev("Police in Lashio detained at least 14 people for sharing news of the fighting on social media.",
       "2023-11-05", "‘on Sunday’ before the Thursday 2023-11-09 dateline: Sunday 2023-11-05",
       "Lashio", "Shan", "MM", "arrest", "Myanmar security forces", "civilians",
       None, None, None, None,
       "In Lashio, the largest town in northern Shan and the headquarters of the military's North-Eastern Command, police detained at least 14 people on Sunday for sharing news of the fighting on social media, according to a rights group.",
       arrested=14),
],
figures=[
    fig("displaced", 50000, "northern Shan",
        "The UN humanitarian office said more than 50,000 people had been displaced in northern Shan since October 27"),
    fig("displaced", 2000000, "Myanmar",
        "the nearly two million people who have fled their homes across the country since the coup"),
    fig("other", 150, "northern Shan",
        "The alliance says it has captured more than 150 military positions.", note="a side's claim"),
    fig("fighters", 150000, "Myanmar",
        "The military, whose strength analysts estimate at about 150,000"),
    fig("other", 25000, "Kawlin",
        "a town of some 25,000 people", note="population"),
])

report("b33-20", "2023-12-07", "https://www.example-mekongwire.com/myanmar/2023/12/07/kani-air-strike-yinmabin-ambush",
"ordinary", "abbr",
"""
Myanmar air strike kills at least 11 in Sagaing village, resistance says

BANGKOK, Dec. 7 (Mekong Regional Wire) - Myanmar military aircraft bombed a village in the west of Kani township, in the Sagaing region, on Tuesday, killing at least 11 civilians and wounding about 20, according to a local People's Defence Force and residents. An opposition media group, citing relatives, put the number of dead at 17.

The village, whose name is being withheld at the request of residents who fear further attacks, had been sheltering families displaced from the banks of the Chindwin river. Two bombs hit a school building used as a shelter, a resident said, and several of the dead were children. The military's information team said its aircraft had struck a "terrorist training camp" in the area.

A day earlier, on Monday, PDF fighters ambushed a military column on the road near Yinmabin, south of Kani, with mines and rifles. The resistance group said two of its fighters had been killed and claimed that 14 soldiers had died, a figure that could not be verified. The military did not comment.

Troops also set fire to houses in several villages of Depayin township over the weekend, according to residents, who said about 200 houses had been burned as soldiers moved through the area. No casualties were reported.

Sagaing, a mostly Bamar region in the dry zone of central Myanmar, has become one of the main battlegrounds of the resistance since the coup of February 2021. The UN says more than 800,000 people are displaced in the region, more than anywhere else in the country, and aid groups say air strikes on villages have grown more frequent since the start of the offensive in the north in October.

The military, which has been losing ground to ethnic armed groups in Shan and Rakhine states, relies increasingly on its aircraft to strike areas it can no longer enter with ground troops. It denies targeting civilians and calls the resistance groups "terrorists".
""",
events=[
    ev("Military aircraft bombed a village in the west of Kani township, killing at least 11 civilians (PDF and residents) or 17 (opposition media) and wounding about 20.",
       "2023-12-05", "‘on Tuesday’ before the Thursday 2023-12-07 dateline: Tuesday 2023-12-05",
       "west of Kani township", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians",
       11, 17, 20, None,
       "Myanmar military aircraft bombed a village in the west of Kani township, in the Sagaing region, on Tuesday, killing at least 11 civilians and wounding about 20, according to a local People's Defence Force and residents. An opposition media group, citing relatives, put the number of dead at 17.",
       note="conflicting tolls 11 vs 17; 'about 20' wounded gives 20; the military says it hit a training camp"),
    ev("PDF fighters ambushed a military column near Yinmabin; the group said two of its fighters were killed and claimed 14 soldiers dead.",
       "2023-12-04", "‘A day earlier, on Monday’, before the Thursday 2023-12-07 dateline: Monday 2023-12-04",
       "road near Yinmabin", "Sagaing", "MM", "battle", "People's Defence Forces", "Myanmar security forces",
       2, None, None, None,
       "A day earlier, on Monday, PDF fighters ambushed a military column on the road near Yinmabin, south of Kani, with mines and rifles. The resistance group said two of its fighters had been killed and claimed that 14 soldiers had died, a figure that could not be verified.",
       note="the PDF's own losses are counted; its claim of 14 soldiers killed is not"),
    ev("Troops set fire to about 200 houses in several villages of Depayin township over the weekend.",
       None, "‘over the weekend’ (Saturday 2023-12-02 and Sunday 2023-12-03); no single day",
       "Depayin township", "Sagaing", "MM", "other", "Myanmar security forces", "civilians",
       None, None, None, None,
       "Troops also set fire to houses in several villages of Depayin township over the weekend, according to residents, who said about 200 houses had been burned as soldiers moved through the area.",
       note="property destruction over two days in unnamed villages",
       optional=True),
],
figures=[
    fig("displaced", 800000, "Sagaing",
        "The UN says more than 800,000 people are displaced in the region"),
    fig("other", 200, "Depayin township",
        "about 200 houses had been burned", note="houses burned"),
])

report("b33-21", "2024-01-16", "https://www.example-goldenlandwire.com/rakhine/2024/01/16/arakan-army-paletwa-pauktaw-shelling",
"ordinary", "dayfirst",
"""
Arakan Army says it has taken Paletwa; navy shelling kills five near Pauktaw

YANGON, 16 January (Golden Land Wire) - The Arakan Army said on Monday that it had captured the town of Paletwa, in the south of Chin State, after the last military base in the town fell, giving the ethnic Rakhine armed group control of the whole of a township that lies on the route of a road and river trade corridor built with Indian money.

The group said in a statement that its fighters had seized the base on Meewa hill, the military's last position in the area, and had taken dozens of soldiers prisoner. The military has not commented. Paletwa borders both India and Bangladesh.

In Rakhine State itself, shells fired from navy vessels on the river hit a village near Pauktaw on Saturday, killing five civilians and wounding eight, residents said. The Arakan Army, which has been attacking police and army posts around Pauktaw since November, said the shells were fired as the vessels retreated towards Sittwe.

On Sunday, a military jet bombed a monastery in Minbya township. Nobody was hurt because the monks and the families sheltering there had moved to the forest after earlier air raids, a resident said.

Police in Sittwe, the state capital, arrested 12 young men at checkpoints on Sunday, accusing them of having contacts with the Arakan Army, according to relatives. The town has been under a curfew since November, and prices of rice and fuel have tripled as the roads and waterways into it have been cut.

The fighting in Rakhine has continued even though the Three Brotherhood Alliance, to which the Arakan Army belongs, agreed to a ceasefire with the military in northern Shan State on Thursday at talks brokered by China. The Arakan Army says the ceasefire does not cover Rakhine.

Since it broke a year-long informal truce on November 13, the Arakan Army says it has captured more than 160 military and police positions. The UN says more than 200,000 people have been displaced in Rakhine and in Paletwa since then, in addition to the Rohingya who have lived in camps since 2012.
""",
events=[
    ev("The Arakan Army captured the town of Paletwa after taking the military's last base there, on Meewa hill.",
       None, "the group ‘said on Monday’ (Monday 2024-01-15); the day of the capture is not given",
       "Paletwa", "Chin", "MM", "territory_gain", "Arakan Army", "Myanmar security forces",
       None, None, None, None,
       "The Arakan Army said on Monday that it had captured the town of Paletwa, in the south of Chin State, after the last military base in the town fell [...] The group said in a statement that its fighters had seized the base on Meewa hill, the military's last position in the area, and had taken dozens of soldiers prisoner."),
    ev("Shells fired from navy vessels hit a village near Pauktaw, killing five civilians and wounding eight.",
       "2024-01-13", "‘on Saturday’ before the Tuesday 2024-01-16 dateline: Saturday 2024-01-13",
       "village near Pauktaw", "Rakhine", "MM", "explosion", "Myanmar security forces", "civilians",
       5, None, 8, None,
       "In Rakhine State itself, shells fired from navy vessels on the river hit a village near Pauktaw on Saturday, killing five civilians and wounding eight, residents said."),
    ev("A military jet bombed a monastery in Minbya township; nobody was hurt.",
       "2024-01-14", "‘On Sunday’ before the Tuesday 2024-01-16 dateline: Sunday 2024-01-14",
       "monastery, Minbya township", "Rakhine", "MM", "explosion", "Myanmar security forces", "civilians",
       0, None, 0, None,
       "On Sunday, a military jet bombed a monastery in Minbya township. Nobody was hurt because the monks and the families sheltering there had moved to the forest after earlier air raids, a resident said.",
       note="explicit zeros"),
    ev("Police in Sittwe arrested 12 young men at checkpoints, accusing them of contacts with the Arakan Army.",
       "2024-01-14", "‘on Sunday’ before the Tuesday 2024-01-16 dateline: Sunday 2024-01-14",
       "Sittwe", "Rakhine", "MM", "arrest", "Myanmar security forces", "civilians",
       None, None, None, None,
       "Police in Sittwe, the state capital, arrested 12 young men at checkpoints on Sunday, accusing them of having contacts with the Arakan Army, according to relatives.",
       arrested=12),
    ev("The Three Brotherhood Alliance agreed a ceasefire with the military in northern Shan State at talks brokered by China.",
       "2024-01-11", "‘on Thursday’ before the Tuesday 2024-01-16 dateline: Thursday 2024-01-11",
       "northern Shan State", "Shan", "MM", "other", "Three Brotherhood Alliance", "Myanmar security forces",
       None, None, None, None,
       "the Three Brotherhood Alliance, to which the Arakan Army belongs, agreed to a ceasefire with the military in northern Shan State on Thursday at talks brokered by China.",
       note="agreement; told in passing, its place is a region and the talks were held abroad",
       optional=True),
],
figures=[
    fig("other", 160, "Rakhine",
        "the Arakan Army says it has captured more than 160 military and police positions", note="a side's claim since November 13"),
    fig("displaced", 200000, "Rakhine and Paletwa",
        "The UN says more than 200,000 people have been displaced in Rakhine and in Paletwa since then"),
])

report("b33-22", "2024-03-09", "https://www.example-kachinfrontier.com/news/2024/03/09/kia-captures-lweje",
"short", "full",
"""
KIA captures border town of Lweje

MYITKYINA, March 9 (Kachin Frontier News) - The Kachin Independence Army captured the border trade town of Lweje, in Bhamo district, on Thursday after its fighters overran the police station and two military camps, a KIA spokesman said. Hours later, military jets bombed the town, wounding four residents, he said. The KIA, which launched a new offensive in Kachin State on Thursday, says it has seized more than 50 military posts since then. The military has not commented.
""",
events=[
    ev("The Kachin Independence Army captured Lweje after overrunning its police station and two military camps.",
       "2024-03-07", "‘on Thursday’ before the Saturday 2024-03-09 dateline: Thursday 2024-03-07",
       "Lweje", "Kachin", "MM", "territory_gain", "Kachin Independence Army", "Myanmar security forces",
       None, None, None, None,
       "The Kachin Independence Army captured the border trade town of Lweje, in Bhamo district, on Thursday after its fighters overran the police station and two military camps, a KIA spokesman said."),
    ev("Military jets bombed Lweje hours after its capture, wounding four residents.",
       "2024-03-07", "‘Hours later’ than the capture ‘on Thursday’, before the Saturday 2024-03-09 dateline: Thursday 2024-03-07",
       "Lweje", "Kachin", "MM", "explosion", "Myanmar security forces", "civilians",
       None, None, 4, None,
       "Hours later, military jets bombed the town, wounding four residents, he said."),
],
figures=[
    fig("other", 50, "Kachin State",
        "says it has seized more than 50 military posts since then", note="a side's claim"),
])

report("b33-23", "2021-11-23", "https://www.example-yangonlight.com/news/2021/11/23/kamayut-bomb-hlaing-tharyar-shooting",
"ordinary", "none",
"""
Bomb wounds two police in Yangon; ward administrator shot dead

A bomb exploded beside a police pick-up truck near the Hledan junction in Yangon's Kamayut township on Monday morning, wounding two police officers, state television said, blaming "PDF terrorists" for the attack. A local urban guerrilla group that says it belongs to the People's Defence Forces claimed responsibility on Facebook hours later.

The blast shattered the windows of shops along the road, which was closed for several hours while soldiers searched nearby buildings, residents said.

On Sunday evening, the administrator of a ward in Hlaing Tharyar township, appointed by the military after the coup, was shot dead outside his office by two men on a motorcycle. State media blamed the PDF, but a resistance group active in the township said it had not been involved, and nobody claimed the killing.

Security forces raided a house in Thingangyun township on Saturday night and arrested five young men they said had been making bombs, state media reported. One of them was shot and wounded while trying to escape, the report said.

Bombings and shootings have become almost daily events in Yangon since the middle of the year, as young people who joined the mass protests after the February 1 coup have turned to armed resistance. State media say more than 1,000 explosions have been recorded in the city since February, most of them small devices aimed at police, soldiers, administrators and businesses linked to the military.

The Assistance Association for Political Prisoners, which monitors the crackdown, says 1,270 people have been killed by the security forces since the coup and more than 7,700 are in detention. The military disputes the figures and says hundreds of its supporters and local officials have been killed by "terrorists".

Residents say security checks on the streets of Yangon have intensified, with soldiers stopping young men to search their phones for photographs or messages linked to the resistance.
""",
events=[
    ev("A bomb exploded beside a police pick-up near the Hledan junction in Kamayut township, wounding two police officers; a local PDF group claimed it.",
       "2021-11-22", "‘on Monday morning’ before the Tuesday 2021-11-23 publication (no dateline): Monday 2021-11-22",
       "Hledan junction, Kamayut township", "Yangon", "MM", "explosion", "People's Defence Forces", "Myanmar security forces",
       None, None, 2, None,
       "A bomb exploded beside a police pick-up truck near the Hledan junction in Yangon's Kamayut township on Monday morning, wounding two police officers, state television said, blaming \"PDF terrorists\" for the attack. A local urban guerrilla group that says it belongs to the People's Defence Forces claimed responsibility on Facebook hours later."),
    ev("A military-appointed ward administrator in Hlaing Tharyar township was shot dead by two men on a motorcycle; state media blamed the PDF, a local resistance group denied it.",
       "2021-11-21", "‘On Sunday evening’ before the Tuesday 2021-11-23 publication: Sunday 2021-11-21",
       "Hlaing Tharyar township", "Yangon", "MM", "other", "unknown", "civilians",
       1, None, None, None,
       "On Sunday evening, the administrator of a ward in Hlaing Tharyar township, appointed by the military after the coup, was shot dead outside his office by two men on a motorcycle. State media blamed the PDF, but a resistance group active in the township said it had not been involved, and nobody claimed the killing.",
       note="assassination: other; blame denied, so actor1 unknown"),
    ev("Security forces raided a house in Thingangyun township and arrested five young men accused of making bombs; one was shot and wounded.",
       "2021-11-20", "‘on Saturday night’ before the Tuesday 2021-11-23 publication: Saturday 2021-11-20",
       "Thingangyun township", "Yangon", "MM", "arrest", "Myanmar security forces", "People's Defence Forces",
       None, None, 1, None,
       "Security forces raided a house in Thingangyun township on Saturday night and arrested five young men they said had been making bombs, state media reported. One of them was shot and wounded while trying to escape, the report said.",
       arrested=5),
],
figures=[
    fig("other", 1000, "Yangon",
        "State media say more than 1,000 explosions have been recorded in the city since February", note="explosions since February 2021"),
    fig("killed", 1270, "Myanmar",
        "says 1,270 people have been killed by the security forces since the coup"),
    fig("arrested", 7700, "Myanmar",
        "more than 7,700 are in detention"),
])

report("b33-24", "2021-03-15", "https://www.example-myanmarpulse.com/2021/03/15/hlaing-tharyar-bloodiest-day",
"ordinary", "nodate",
"""
Security forces kill at least 22 protesters in Yangon's Hlaing Tharyar as factories burn

YANGON (Myanmar Pulse) - Security forces opened fire on protesters in the Hlaing Tharyar industrial township of Yangon on Sunday, killing at least 22 people, the Assistance Association for Political Prisoners said, in the bloodiest day since the military seized power on February 1. A volunteer medical team that treated the wounded in the township said it had counted 31 bodies.

Soldiers and police used live ammunition against protesters who had built barricades of sandbags, tyres and bamboo across the main road into the township, witnesses said. Dozens of people were wounded, and many were carried away by friends because ambulances could not get through.

Earlier in the day, several garment factories in the township, some of them Chinese-owned, were set on fire. It was not clear who had started the fires; China's embassy called on the authorities to protect Chinese businesses and staff, and protesters accused the military of staging the arson to justify the crackdown.

In Mandalay, three protesters were shot dead on Sunday afternoon when police and soldiers dispersed a march in the Chan Aye Thar Zan township, according to a local rescue group.

State television said a police officer had died of wounds he suffered on Sunday when protesters attacked police with slingshots and knives in Bago, north of Yangon. It did not say how many protesters had been detained.

The military declared martial law in Hlaing Tharyar and neighbouring Shwepyitha on Sunday night, handing the regional commander administrative and judicial powers. Mobile internet remained cut across the country on Monday.

The AAPP says more than 120 people have been killed and some 2,150 arrested since the coup, not counting Sunday's dead. Many of the detained have not been seen by their families.

Hlaing Tharyar is home to hundreds of thousands of workers, many of them migrants from the Irrawaddy delta, who work in factories making clothes for export. Many of the workers had joined the strikes called by the civil disobedience movement against the coup.
""",
events=[
    ev("Security forces fired on protesters in Hlaing Tharyar, killing at least 22 (AAPP) to 31 (volunteer medics).",
       "2021-03-14", "‘on Sunday’ before the Monday 2021-03-15 publication (the dateline gives no date): Sunday 2021-03-14",
       "Hlaing Tharyar", "Yangon", "MM", "other", "Myanmar security forces", "protesters",
       22, 31, None, None,
       "Security forces opened fire on protesters in the Hlaing Tharyar industrial township of Yangon on Sunday, killing at least 22 people, the Assistance Association for Political Prisoners said, in the bloodiest day since the military seized power on February 1. A volunteer medical team that treated the wounded in the township said it had counted 31 bodies.",
       note="excessive force against protesters; conflicting tolls 22 vs 31; 'dozens' wounded gives null"),
    ev("Several garment factories in Hlaing Tharyar, some Chinese-owned, were set on fire by unknown people.",
       "2021-03-14", "‘Earlier in the day’ than the shootings, before the Monday 2021-03-15 publication: Sunday 2021-03-14",
       "garment factories, Hlaing Tharyar", "Yangon", "MM", "other", "unknown", "none",
       None, None, None, None,
       "Earlier in the day, several garment factories in the township, some of them Chinese-owned, were set on fire. It was not clear who had started the fires",
       note="property destruction; arsonists unknown"),
    ev("Police and soldiers shot dead three protesters while dispersing a march in Mandalay's Chan Aye Thar Zan township.",
       "2021-03-14", "‘on Sunday afternoon’ before the Monday 2021-03-15 publication: Sunday 2021-03-14",
       "Chan Aye Thar Zan township, Mandalay", "Mandalay", "MM", "other", "Myanmar security forces", "protesters",
       3, None, None, None,
       "In Mandalay, three protesters were shot dead on Sunday afternoon when police and soldiers dispersed a march in the Chan Aye Thar Zan township, according to a local rescue group.",
       note="excessive force against protesters"),
    ev("Protesters attacked police with slingshots and knives in Bago; a police officer later died of his wounds, state television said.",
       "2021-03-14", "wounds ‘he suffered on Sunday’, before the Monday 2021-03-15 publication: Sunday 2021-03-14",
       "Bago", "Bago", "MM", "other", "protesters", "Myanmar security forces",
       1, None, None, None,
       "State television said a police officer had died of wounds he suffered on Sunday when protesters attacked police with slingshots and knives in Bago, north of Yangon.",
       note="violent demonstration, as told by state television; the wounded officer who died is counted as killed"),
],
figures=[
    fig("killed", 120, "Myanmar",
        "The AAPP says more than 120 people have been killed and some 2,150 arrested since the coup, not counting Sunday's dead."),
    fig("arrested", 2150, "Myanmar",
        "The AAPP says more than 120 people have been killed and some 2,150 arrested since the coup"),
])

report("b33-25", "2022-09-22", "https://www.example-uppermyanmarreview.com/magway/2022/09/22/gangaw-ambush-pauk-village-burned",
"ordinary", "full",
"""
Resistance ambush in Gangaw, village burned in Pauk as Magway fighting spreads

MANDALAY, September 22 (Upper Myanmar Review) - Resistance fighters ambushed a military convoy on the road between Gangaw and Kalay on Tuesday, setting off mines under two trucks and firing on the soldiers who jumped out, a spokesman for the Gangaw district People's Defence Force said. He said two of the group's fighters had been killed in the fighting that followed and claimed that more than 20 soldiers had died. The military did not comment, and the figures could not be verified.

In Pauk township, further south, troops who entered a village on Monday morning set fire to about 300 houses before leaving in the afternoon, residents said. Two elderly residents who had been unable to flee were found dead in the ashes of their houses on Monday evening, a village administrator appointed by the resistance said.

On Wednesday, a drone unit of the local PDF dropped small bombs on the police station in Myaing, the group said in a statement, adding that it had killed three police officers. That claim could not be verified; residents said they had heard several explosions but did not know whether anyone had been hurt.

Villagers in Saw township said soldiers had detained 15 men in a raid last week, accusing them of supplying food to the resistance. Their relatives said they did not know where the men were being held.

Magway, one of the regions of central Myanmar where the resistance is strongest, has seen some of the worst burning of villages since the coup. Data for Myanmar, an independent research group, says more than 28,000 houses have been burned across the country since February 2021, most of them in Sagaing and Magway. The UN says more than 1.3 million people are displaced nationally.

The military has also been recruiting and arming local militias, known as Pyu Saw Htee, in villages it considers loyal, deepening divisions between communities that lived side by side before the coup.
""",
events=[
    ev("PDF fighters ambushed a military convoy on the Gangaw-Kalay road with mines and gunfire; the group said two of its fighters were killed and claimed more than 20 soldiers dead.",
       "2022-09-20", "‘on Tuesday’ before the Thursday 2022-09-22 dateline: Tuesday 2022-09-20",
       "road between Gangaw and Kalay", "Magway", "MM", "battle", "People's Defence Forces", "Myanmar security forces",
       2, None, None, None,
       "Resistance fighters ambushed a military convoy on the road between Gangaw and Kalay on Tuesday, setting off mines under two trucks and firing on the soldiers who jumped out, a spokesman for the Gangaw district People's Defence Force said. He said two of the group's fighters had been killed in the fighting that followed and claimed that more than 20 soldiers had died.",
       note="the PDF's own losses are counted; its claim of enemy dead is not"),
    ev("Troops set fire to about 300 houses in a village in Pauk township; two elderly residents who could not flee were found dead.",
       "2022-09-19", "‘on Monday morning’ before the Thursday 2022-09-22 dateline: Monday 2022-09-19",
       "Pauk township", "Magway", "MM", "attack_on_civilians", "Myanmar security forces", "civilians",
       2, None, None, None,
       "In Pauk township, further south, troops who entered a village on Monday morning set fire to about 300 houses before leaving in the afternoon, residents said. Two elderly residents who had been unable to flee were found dead in the ashes of their houses on Monday evening"),
    ev("A PDF drone unit dropped small bombs on the police station in Myaing; the group's claim of three police killed could not be verified.",
       "2022-09-21", "‘On Wednesday’ before the Thursday 2022-09-22 dateline: Wednesday 2022-09-21",
       "police station, Myaing", "Magway", "MM", "explosion", "People's Defence Forces", "Myanmar security forces",
       None, None, None, None,
       "On Wednesday, a drone unit of the local PDF dropped small bombs on the police station in Myaing, the group said in a statement, adding that it had killed three police officers. That claim could not be verified",
       note="drone strike; the attacker's claim of enemy dead is not a toll"),
    ev("Soldiers detained 15 men in a raid in Saw township, accusing them of supplying food to the resistance.",
       None, "‘last week’; no day given",
       "Saw township", "Magway", "MM", "arrest", "Myanmar security forces", "civilians",
       None, None, None, None,
       "Villagers in Saw township said soldiers had detained 15 men in a raid last week, accusing them of supplying food to the resistance.",
       note="undated ('last week') and no village named",
       arrested=15, optional=True),
],
figures=[
    fig("other", 300, "Pauk township",
        "set fire to about 300 houses", note="houses burned"),
    fig("other", 28000, "Myanmar",
        "more than 28,000 houses have been burned across the country since February 2021", note="houses burned"),
    fig("displaced", 1300000, "Myanmar",
        "The UN says more than 1.3 million people are displaced nationally."),
])

report("b33-26", "2024-02-01", "https://www.example-mekongwire.com/myanmar/2024/02/01/coup-three-years-on",
"ordinary", "abbr",
"""
Three years after the coup, Myanmar's generals face their weakest moment

BANGKOK, Feb. 1 (Mekong Regional Wire) - Three years after it overthrew the elected government of Aung San Suu Kyi, Myanmar's military marked the anniversary on Thursday with the weakest hold on the country it has had in decades, after three months in which ethnic armed groups and resistance forces have taken dozens of towns and hundreds of military posts.

The junta extended the state of emergency for another six months on Wednesday, postponing again the elections it has promised since 2021. Opposition groups in exile called on foreign governments to cut off the military's supplies of aviation fuel and arms.

The Assistance Association for Political Prisoners says more than 4,400 people have been killed by the security forces since the coup and that about 20,000 remain in detention, out of more than 25,000 arrested in three years. The military disputes those figures and says thousands of civilians and officials have been killed by the resistance.

The UN says 2.6 million people are now displaced inside Myanmar, more than 600,000 of them since the start of the northern offensive in late October, and that 18.6 million need humanitarian aid, a third of the population. Nearly a million Rohingya remain in camps in Bangladesh, more than six years after the military drove them out of Rakhine.

Analysts estimate that the military has lost control of at least 35 towns since October, including the whole of the Kokang region on the Chinese border and several towns in Rakhine and Chin states. The junta, whose chief once promised that the resistance would be "annihilated", now speaks of defending "the Union's integrity".

"Three years ago they thought it would be over in three months," said a former member of parliament who now lives in hiding in the border areas. "Every month since then, the people have paid. But the army has paid too."

Diplomats say the military still holds every major city, its air force faces no opposition in the skies, and China, its main supporter, wants stability on its border more than it wants any particular outcome. Peace talks mediated by Beijing have produced local ceasefires but no political settlement.
""",
country_hint="MM",
figures=[
    fig("killed", 4400, "Myanmar",
        "more than 4,400 people have been killed by the security forces since the coup"),
    fig("arrested", 20000, "Myanmar",
        "about 20,000 remain in detention, out of more than 25,000 arrested in three years", note="in detention"),
    fig("arrested", 25000, "Myanmar",
        "more than 25,000 arrested in three years"),
    fig("displaced", 2600000, "Myanmar",
        "The UN says 2.6 million people are now displaced inside Myanmar"),
    fig("displaced", 600000, "Myanmar",
        "more than 600,000 of them since the start of the northern offensive in late October"),
    fig("other", 18600000, "Myanmar",
        "18.6 million need humanitarian aid", note="people in need of aid"),
    fig("displaced", 1000000, "Bangladesh camps",
        "Nearly a million Rohingya remain in camps in Bangladesh", note="refugees; 'nearly a million'"),
    fig("districts_retaken", 35, "Myanmar",
        "the military has lost control of at least 35 towns since October", note="towns taken from the military"),
])

report("b33-27", "2017-05-25", "https://www.example-mindanaocourier.com/news/2017/05/25/marawi-siege-maute-abu-sayyaf",
"long", "full",
"""
Marawi in flames as militants hold out against troops; thousands flee to Iligan
By Mindanao Courier staff

ILIGAN CITY, Philippines, May 25 (Mindanao Courier) - Gunfire and explosions echoed across Marawi for a third day on Thursday as troops backed by helicopter gunships tried to drive out militants of the Maute group and Abu Sayyaf who have held parts of the city since Tuesday, while tens of thousands of residents streamed along the highway to Iligan in cars, trucks and on foot.

The fighting began on Tuesday afternoon when soldiers and police raided a house in the Basak Malutlut district to arrest Isnilon Hapilon, the Abu Sayyaf leader whom the Islamic State group has named its "emir" in Southeast Asia and on whose head the United States has put a bounty of $5 million. Dozens of gunmen came to his aid, and the raiding force was driven back. Two soldiers and a police officer were killed in the first hours of the fighting, the military said, adding that 13 militants had also died.

Within hours the militants had spread through the city. They seized the Amai Pakpak Medical Center, where staff and patients hid in the wards as gunmen raised black flags on the roof, and set fire to several buildings, including a school and the city jail, from which inmates were freed.

On Tuesday night, gunmen stormed St. Mary's Cathedral and took a Catholic priest and about a dozen worshippers and church workers hostage, according to the bishop of Marawi, who said the building had then been set on fire. The militants later released a video showing the priest asking the president to withdraw the troops.

On Wednesday, air force helicopters fired rockets at militant positions in the Banggolo district, in the commercial centre of the city, as ground troops tried to retake the bridges that link it to the rest of Marawi. The military did not say whether anyone had been killed in the strikes, and residents said the smoke hid most of the district from view.

The same morning, the militants stopped a vehicle carrying construction workers at a checkpoint they had set up on the edge of the city, pulled out five men who could not recite verses of the Koran, and shot them, according to a regional police official, who said the bodies had been recovered by soldiers. The Maute group has not commented.

President Rodrigo Duterte, who cut short a visit to Moscow to return home, declared martial law across the whole of Mindanao on Tuesday night and warned that he would be "harsh". He said he might extend it to the rest of the country if the threat spread.

The military said on Thursday that five soldiers and a police officer had been killed since Tuesday, and that 31 militants had died. The figures could not be checked, and the military did not say how many civilians had been killed. It estimated that about 100 gunmen were still in the city, many of them fighters from outside Mindanao, including, officials said, Indonesians and Malaysians.

More than 50,000 of Marawi's 200,000 residents had fled by Thursday morning, the regional disaster office said, and evacuation centres in Iligan and in towns around Lake Lanao were filling up. Those who remained in the city said they had no electricity, and that food was running out.

"We left everything. We only took the children," said a woman who had walked for several hours with her five children before a truck picked them up. "The shooting was everywhere. We could not tell where it came from."

The Maute group, founded by brothers from the town of Butig in Lanao del Sur, fought the army for days in Butig last year before withdrawing into the hills. Military officials had described it as a spent force. Its alliance with Hapilon, who moved from Basilan to Lanao del Sur with some of his men last year, has changed that, analysts said.

The Catholic bishops' conference called for prayers for the hostages. Muslim leaders in Marawi, the only city in the country with an Islamic charter, condemned the militants, saying they did not represent the people of the city.

Martial law in Mindanao may last up to 60 days under the constitution, after which Congress must approve any extension.
""",
events=[
    ev("Soldiers and police raided a house in Basak Malutlut to arrest Isnilon Hapilon and were driven back by dozens of gunmen; two soldiers and a police officer were killed.",
       "2017-05-23", "‘on Tuesday afternoon’ before the Thursday 2017-05-25 dateline: Tuesday 2017-05-23",
       "Basak Malutlut, Marawi", "Lanao del Sur", "PH", "battle", "Philippine security forces", "Maute group",
       3, None, None, None,
       "The fighting began on Tuesday afternoon when soldiers and police raided a house in the Basak Malutlut district to arrest Isnilon Hapilon, the Abu Sayyaf leader [...] Dozens of gunmen came to his aid, and the raiding force was driven back. Two soldiers and a police officer were killed in the first hours of the fighting, the military said, adding that 13 militants had also died.",
       note="with Abu Sayyaf on the other side; the military's count of 13 militants killed is its claim of enemy dead and is not added"),
    ev("Militants seized the Amai Pakpak Medical Center and raised black flags on its roof.",
       "2017-05-23", "‘Within hours’ of the raid of Tuesday 2017-05-23 afternoon, before the Thursday 2017-05-25 dateline: Tuesday 2017-05-23",
       "Amai Pakpak Medical Center", "Lanao del Sur", "PH", "territory_gain", "Maute group", "Philippine security forces",
       None, None, None, None,
       "Within hours the militants had spread through the city. They seized the Amai Pakpak Medical Center, where staff and patients hid in the wards as gunmen raised black flags on the roof"),
    ev("Militants set fire to the city jail of Marawi and freed its inmates.",
       "2017-05-23", "‘Within hours’ of the raid of Tuesday 2017-05-23 afternoon, before the Thursday 2017-05-25 dateline: Tuesday 2017-05-23",
       "city jail, Marawi", "Lanao del Sur", "PH", "other", "Maute group", "Philippine security forces",
       None, None, None, None,
       "set fire to several buildings, including a school and the city jail, from which inmates were freed.",
       note="jailbreak and arson told in passing; a coder could fold it into the seizure of the city",
       optional=True),
    ev("Gunmen stormed St. Mary's Cathedral, took a priest and about a dozen worshippers and church workers hostage, and set the building on fire.",
       "2017-05-23", "‘On Tuesday night’ before the Thursday 2017-05-25 dateline: Tuesday 2017-05-23",
       "St. Mary's Cathedral, Marawi", "Lanao del Sur", "PH", "other", "Maute group", "civilians",
       None, None, None, None,
       "On Tuesday night, gunmen stormed St. Mary's Cathedral and took a Catholic priest and about a dozen worshippers and church workers hostage, according to the bishop of Marawi, who said the building had then been set on fire.",
       note="abduction"),
    ev("Air force helicopters fired rockets at militant positions in the Banggolo district.",
       "2017-05-24", "‘On Wednesday’ before the Thursday 2017-05-25 dateline: Wednesday 2017-05-24",
       "Banggolo, Marawi", "Lanao del Sur", "PH", "explosion", "Philippine security forces", "Maute group",
       None, None, None, None,
       "On Wednesday, air force helicopters fired rockets at militant positions in the Banggolo district, in the commercial centre of the city"),
    ev("Militants stopped a vehicle at a checkpoint on the edge of Marawi and shot five construction workers who could not recite verses of the Koran.",
       "2017-05-24", "‘The same morning’ as the strikes of Wednesday 2017-05-24, before the Thursday 2017-05-25 dateline: Wednesday 2017-05-24",
       "militant checkpoint on the edge of Marawi", "Lanao del Sur", "PH", "attack_on_civilians", "Maute group", "civilians",
       5, None, None, None,
       "The same morning, the militants stopped a vehicle carrying construction workers at a checkpoint they had set up on the edge of the city, pulled out five men who could not recite verses of the Koran, and shot them, according to a regional police official"),
],
figures=[
    fig("killed", 6, "Marawi",
        "The military said on Thursday that five soldiers and a police officer had been killed since Tuesday",
        note="government losses over three days, the three of Tuesday included"),
    fig("killed", 31, "Marawi",
        "and that 31 militants had died", note="the military's claim of enemy dead"),
    fig("fighters", 100, "Marawi",
        "It estimated that about 100 gunmen were still in the city"),
    fig("displaced", 50000, "Marawi",
        "More than 50,000 of Marawi's 200,000 residents had fled by Thursday morning"),
])
report("b33-28", "2019-02-01", "https://www.example-southernstarwire.com/mindanao/2019/02/01/zamboanga-mosque-grenade-jolo-cathedral",
"ordinary", "abbr",
"""
Grenade kills two in Zamboanga mosque days after Jolo cathedral bombings

ZAMBOANGA CITY, Feb. 1 (Southern Star Wire) - Two religious teachers were killed and three other men wounded when a grenade was thrown into a mosque in the Talon-Talon district of Zamboanga City early on Wednesday, as they slept inside after evening prayers, police said. Police said they had not established who threw the grenade, and appealed for calm.

The attack came three days after two bombs ripped through the Cathedral of Our Lady of Mount Carmel in Jolo, on the island of Sulu, during Sunday mass. The first went off inside the church and the second at the entrance as soldiers rushed to help the wounded. Police put the number of dead at 20, among them five soldiers, while the provincial health office said on Thursday that 22 people had died. More than 100 were wounded.

The Islamic State group claimed the cathedral bombings through its Amaq news agency. The military said the attack had been carried out by the Ajang-Ajang faction of Abu Sayyaf, which has pledged allegiance to Islamic State.

Soldiers clashed with Abu Sayyaf gunmen near the village of Latih in the hills of Patikul, Sulu, on Thursday, the military's Western Mindanao Command said. Three soldiers were wounded, and the military said two gunmen had been killed, a claim that could not be verified.

Police in Jolo said on Thursday that they had arrested two men suspected of helping to plan the cathedral attack, without giving details.

The military has sent several thousand more troops to Sulu since Sunday, bringing the total on the island to about 10,000, and President Rodrigo Duterte has ordered what he called an "all-out war" against Abu Sayyaf, which the military estimates at about 300 fighters.

The bombings came a week after voters in the region approved the creation of a new autonomous Bangsamoro region under a peace agreement with the Moro Islamic Liberation Front. Sulu was the only province to vote against it.
""",
events=[
    ev("A grenade thrown into a mosque in Talon-Talon, Zamboanga City, killed two religious teachers and wounded three men.",
       "2019-01-30", "‘early on Wednesday’ before the Friday 2019-02-01 dateline: Wednesday 2019-01-30",
       "mosque, Talon-Talon", "Zamboanga del Sur", "PH", "explosion", "unknown", "civilians",
       2, None, 3, None,
       "Two religious teachers were killed and three other men wounded when a grenade was thrown into a mosque in the Talon-Talon district of Zamboanga City early on Wednesday, as they slept inside after evening prayers, police said. Police said they had not established who threw the grenade"),
    ev("Two bombs exploded at the Cathedral of Our Lady of Mount Carmel in Jolo during Sunday mass, killing 20 (police) to 22 (health office) and wounding more than 100.",
       "2019-01-27", "‘during Sunday mass’, ‘three days’ before the Wednesday 2019-01-30 grenade attack: Sunday 2019-01-27",
       "Cathedral of Our Lady of Mount Carmel, Jolo", "Sulu", "PH", "explosion", "Abu Sayyaf", "civilians",
       20, 22, 100, None,
       "The attack came three days after two bombs ripped through the Cathedral of Our Lady of Mount Carmel in Jolo, on the island of Sulu, during Sunday mass. The first went off inside the church and the second at the entrance as soldiers rushed to help the wounded. Police put the number of dead at 20, among them five soldiers, while the provincial health office said on Thursday that 22 people had died. More than 100 were wounded. [...] The military said the attack had been carried out by the Ajang-Ajang faction of Abu Sayyaf",
       note="conflicting tolls 20 vs 22; claimed by Islamic State, attributed by the military to an Abu Sayyaf faction that pledged allegiance to it"),
    ev("Soldiers clashed with Abu Sayyaf gunmen near Latih in Patikul; three soldiers were wounded.",
       "2019-01-31", "‘on Thursday’ before the Friday 2019-02-01 dateline: Thursday 2019-01-31",
       "Latih, Patikul", "Sulu", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       None, None, 3, None,
       "Soldiers clashed with Abu Sayyaf gunmen near the village of Latih in the hills of Patikul, Sulu, on Thursday, the military's Western Mindanao Command said. Three soldiers were wounded, and the military said two gunmen had been killed, a claim that could not be verified.",
       note="the military's claim of two gunmen killed is not a toll"),
    ev("Police in Jolo arrested two men suspected of helping to plan the cathedral attack.",
       None, "police ‘said on Thursday that they had arrested’: Thursday 2019-01-31 is only the day of the statement",
       "Jolo", "Sulu", "PH", "arrest", "Philippine security forces", "Abu Sayyaf",
       None, None, None, None,
       "Police in Jolo said on Thursday that they had arrested two men suspected of helping to plan the cathedral attack, without giving details.",
       arrested=2),
],
figures=[
    fig("fighters", 10000, "Sulu",
        "bringing the total on the island to about 10,000", note="troops on Sulu"),
    fig("fighters", 300, "Sulu",
        "Abu Sayyaf, which the military estimates at about 300 fighters"),
])

report("b33-29", "2014-09-15", "https://www.example-eastvisayasbulletin.com/news/2014/09/15/npa-ambush-las-navas",
"short", "dayfirst",
"""
NPA ambush kills two soldiers in Northern Samar

CATARMAN, 15 September (Eastern Visayas Bulletin) - New People's Army rebels ambushed an army truck in Las Navas, Northern Samar, on Sunday, killing two soldiers and wounding three, the army's 8th Infantry Division said. The rebels set off a landmine under the truck and then opened fire from a ridge, an army spokesman said. In a statement, the NPA's regional command claimed the attack and said seven soldiers had been killed. Troops were pursuing the rebels. The NPA has been fighting the government since 1969.
""",
events=[
    ev("NPA rebels ambushed an army truck in Las Navas with a landmine and gunfire, killing two soldiers and wounding three.",
       "2014-09-14", "‘on Sunday’ before the Monday 2014-09-15 dateline: Sunday 2014-09-14",
       "Las Navas", "Northern Samar", "PH", "battle", "New People's Army", "Philippine security forces",
       2, None, 3, None,
       "New People's Army rebels ambushed an army truck in Las Navas, Northern Samar, on Sunday, killing two soldiers and wounding three, the army's 8th Infantry Division said. The rebels set off a landmine under the truck and then opened fire from a ridge",
       note="an ambush opened with a mine and fought with rifles: battle; the NPA's claim of seven soldiers killed is not a toll"),
],
figures=[])

report("b33-30", "2016-06-14", "https://www.example-cotabatoexaminer.com/maguindanao/2016/06/14/biff-datu-salibo-shariff-aguak",
"ordinary", "none",
"""
BIFF raid on army post, roadside bomb on highway as Maguindanao fighting flares
By our Cotabato bureau

Fighters of the Bangsamoro Islamic Freedom Fighters (BIFF) attacked an army detachment in Datu Salibo, Maguindanao, on Saturday night, setting off hours of fighting in which two soldiers were wounded, the army's 6th Infantry Division said. The army said at least five BIFF fighters had been killed, but no bodies were recovered, as the rebels carried their dead and wounded into the marshland.

On Sunday, army howitzers shelled positions of the group in the marsh near Datu Saudi Ampatuan, the division said, to stop the fighters from regrouping. It gave no details of casualties.

A roadside bomb exploded as an army truck passed on the national highway in Shariff Aguak on Monday morning, killing one soldier and wounding four, police said. The army blamed the BIFF; a spokesman for the group told a local radio station that it had nothing to do with the blast.

Police arrested a man they described as a BIFF bomb-maker in a boarding house in Cotabato City on Monday afternoon, seizing blasting caps, wires and mobile phones.

More than 3,000 families have fled their homes in Datu Salibo and neighbouring Shariff Saydona Mustapha since Saturday, the provincial disaster office said, most of them to schools and madrassas in the town centres. Many had returned only weeks ago after earlier fighting.

The BIFF broke away from the Moro Islamic Liberation Front in 2010, rejecting the peace talks that the larger group was holding with the government. The military estimates its strength at about 300 fighters, some of whom have pledged allegiance to the Islamic State group. The MILF, whose fighters live in many of the same villages, has said it will not shelter them.

The marshes of Maguindanao have been the scene of repeated offensives against the group, including a month-long one in early 2015 after the killing of 44 police commandos in Mamasapano.
""",
events=[
    ev("BIFF fighters attacked an army detachment in Datu Salibo; two soldiers were wounded in hours of fighting.",
       "2016-06-11", "‘on Saturday night’ before the Tuesday 2016-06-14 publication (no dateline): Saturday 2016-06-11",
       "army detachment, Datu Salibo", "Maguindanao", "PH", "battle", "BIFF", "Philippine security forces",
       None, None, 2, None,
       "Fighters of the Bangsamoro Islamic Freedom Fighters (BIFF) attacked an army detachment in Datu Salibo, Maguindanao, on Saturday night, setting off hours of fighting in which two soldiers were wounded, the army's 6th Infantry Division said. The army said at least five BIFF fighters had been killed, but no bodies were recovered",
       note="the army's claim of five BIFF dead is not a toll"),
    ev("Army howitzers shelled BIFF positions in the marsh near Datu Saudi Ampatuan.",
       "2016-06-12", "‘On Sunday’ before the Tuesday 2016-06-14 publication: Sunday 2016-06-12",
       "marsh near Datu Saudi Ampatuan", "Maguindanao", "PH", "explosion", "Philippine security forces", "BIFF",
       None, None, None, None,
       "On Sunday, army howitzers shelled positions of the group in the marsh near Datu Saudi Ampatuan, the division said, to stop the fighters from regrouping."),
    ev("A roadside bomb hit an army truck on the national highway in Shariff Aguak, killing one soldier and wounding four; the army blamed the BIFF, which denied it.",
       "2016-06-13", "‘on Monday morning’ before the Tuesday 2016-06-14 publication: Monday 2016-06-13",
       "national highway, Shariff Aguak", "Maguindanao", "PH", "explosion", "unknown", "Philippine security forces",
       1, None, 4, None,
       "A roadside bomb exploded as an army truck passed on the national highway in Shariff Aguak on Monday morning, killing one soldier and wounding four, police said. The army blamed the BIFF; a spokesman for the group told a local radio station that it had nothing to do with the blast.",
       note="blame denied: actor1 unknown"),
    ev("Police arrested a suspected BIFF bomb-maker in a boarding house in Cotabato City.",
       "2016-06-13", "‘on Monday afternoon’ before the Tuesday 2016-06-14 publication: Monday 2016-06-13",
       "Cotabato City", "Maguindanao", "PH", "arrest", "Philippine security forces", "BIFF",
       None, None, None, None,
       "Police arrested a man they described as a BIFF bomb-maker in a boarding house in Cotabato City on Monday afternoon",
       arrested=1),
],
figures=[
    fig("displaced", 3000, "Datu Salibo and Shariff Saydona Mustapha",
        "More than 3,000 families have fled their homes in Datu Salibo and neighbouring Shariff Saydona Mustapha since Saturday",
        note="families"),
    fig("fighters", 300, "Maguindanao",
        "The military estimates its strength at about 300 fighters"),
    fig("killed", 44, "Mamasapano",
        "the killing of 44 police commandos in Mamasapano", note="background: January 2015"),
])

report("b33-31", "2021-06-08", "https://www.example-bicoltoday.com/news/2021/06/08/masbate-landmine-npa-apology",
"ordinary", "nodate",
"""
NPA admits landmine that killed two cyclists in Masbate

LEGAZPI CITY (Bicol Today) - Two men out for an early-morning bicycle ride were killed and a 16-year-old relative riding with them was wounded on Sunday when a landmine exploded beside a road in Masbate City, police said.

The mine, made from a container packed with explosives and set off by a wire, had been hidden in the grass on the edge of a village road, investigators said. The teenager was taken to the provincial hospital with shrapnel wounds in his legs and was out of danger.

On Monday, the New People's Army's regional command in Bicol admitted that its fighters had set off the device, which it said had been meant for an army patrol, and apologised to the families. The military called the admission "too late" and said the communist rebels' use of landmines violated the laws of war. Human rights groups called for an independent inquiry.

In Negros Oriental, troops on patrol clashed with about 20 NPA rebels in the hills of Guihulngan City on Monday, the army said. One soldier was wounded. The army said three rebels had been killed, but it had not recovered any bodies.

Fourteen members and supporters of the NPA surrendered to the army in Camarines Norte on Saturday, handing over six rifles, the army's 9th Infantry Division said.

Police arrested a man they described as a senior NPA leader in Bicol at a house in Quezon City on Monday, on charges of murder filed after an ambush in Sorsogon in 2019.

The NPA, the armed wing of the Communist Party of the Philippines, has been fighting the government since 1969. The military estimates its strength at about 4,000 fighters, down from a peak of more than 25,000 in the 1980s. Peace talks collapsed in 2017.
""",
events=[
    ev("A landmine exploded beside a village road in Masbate City, killing two men on a bicycle ride and wounding a 16-year-old; the NPA later admitted setting it off.",
       "2021-06-06", "‘on Sunday’ before the Tuesday 2021-06-08 publication (the dateline gives no date): Sunday 2021-06-06",
       "Masbate City", "Masbate", "PH", "explosion", "New People's Army", "civilians",
       2, None, 1, None,
       "Two men out for an early-morning bicycle ride were killed and a 16-year-old relative riding with them was wounded on Sunday when a landmine exploded beside a road in Masbate City, police said. [...] On Monday, the New People's Army's regional command in Bicol admitted that its fighters had set off the device",
       note="who did it is told only in the NPA's admission a day later"),
    ev("Troops clashed with about 20 NPA rebels in the hills of Guihulngan City; one soldier was wounded.",
       "2021-06-07", "‘on Monday’ before the Tuesday 2021-06-08 publication: Monday 2021-06-07",
       "Guihulngan City", "Negros Oriental", "PH", "battle", "Philippine security forces", "New People's Army",
       None, None, 1, None,
       "In Negros Oriental, troops on patrol clashed with about 20 NPA rebels in the hills of Guihulngan City on Monday, the army said. One soldier was wounded. The army said three rebels had been killed, but it had not recovered any bodies.",
       note="the army's claim of three rebels killed is not a toll"),
    ev("Fourteen NPA members and supporters surrendered to the army in Camarines Norte.",
       "2021-06-05", "‘on Saturday’ before the Tuesday 2021-06-08 publication: Saturday 2021-06-05",
       "Camarines Norte", "Camarines Norte", "PH", "other", "New People's Army", "Philippine security forces",
       None, None, None, None,
       "Fourteen members and supporters of the NPA surrendered to the army in Camarines Norte on Saturday, handing over six rifles",
       note="a surrender; a coder could leave it out",
       optional=True),
    ev("Police arrested a suspected senior NPA leader at a house in Quezon City.",
       "2021-06-07", "‘on Monday’ before the Tuesday 2021-06-08 publication: Monday 2021-06-07",
       "Quezon City", "Metro Manila", "PH", "arrest", "Philippine security forces", "New People's Army",
       None, None, None, None,
       "Police arrested a man they described as a senior NPA leader in Bicol at a house in Quezon City on Monday",
       arrested=1),
],
figures=[
    fig("fighters", 4000, "Philippines",
        "The military estimates its strength at about 4,000 fighters", note="NPA"),
])

report("b33-32", "2016-12-16", "https://www.example-deepsouthbulletin.com/en/2016/12/16/rueso-bomb-rangers-sungai-kolok",
"ordinary", "abbr",
"""
Two rangers killed by roadside bomb in Narathiwat; blasts wound six in Sungai Kolok

PATTANI, Dec. 16 (Deep South Bulletin) - Two paramilitary rangers were killed and three wounded when a bomb hidden in a drainage pipe under a rural road in Rueso district, Narathiwat, exploded as their patrol passed on Thursday morning, police said.

The rangers had been escorting teachers to a village school. The teachers, who were travelling in a pick-up truck behind the patrol, were not hurt. Rangers detained three men in a nearby village on Thursday afternoon for questioning, a ranger commander said, without giving details.

On Wednesday morning, a Buddhist rubber tapper was shot dead while he was tapping trees on a plantation in Bannang Sata district, Yala. His wife, who was working a few rows away, escaped. Police blamed insurgents.

On Tuesday night, small bombs went off almost at the same time at a karaoke bar, a petrol station and two grocery shops in Sungai Kolok, the town on the Malaysian border, wounding six people, among them a Malaysian tourist, police said.

No group claimed any of the attacks. Security officials say they are the work of the Barisan Revolusi Nasional (BRN), the main insurgent group in the region, which rarely claims responsibility for its operations and whose leaders have stayed away from the talks that the military government has held in Malaysia with an umbrella group of exiled separatists.

The southernmost provinces of Pattani, Yala and Narathiwat, and parts of neighbouring Songkhla, were an independent Malay sultanate until they were annexed by Siam at the start of the 20th century. The insurgency in its present form began in January 2004. Deep South Watch, which monitors the violence, has counted more than 6,800 people killed and 12,000 wounded since then.

Tens of thousands of soldiers, rangers, police and armed village volunteers are deployed in the region, where an emergency decree that gives the security forces broad powers of arrest has been renewed every three months since 2005.
""",
events=[
    ev("A bomb hidden in a drainage pipe under a road in Rueso district exploded as a ranger patrol passed, killing two rangers and wounding three.",
       "2016-12-15", "‘on Thursday morning’ before the Friday 2016-12-16 dateline: Thursday 2016-12-15",
       "Rueso district", "Narathiwat", "TH", "explosion", "militants (unidentified)", "Thai security forces",
       2, None, 3, None,
       "Two paramilitary rangers were killed and three wounded when a bomb hidden in a drainage pipe under a rural road in Rueso district, Narathiwat, exploded as their patrol passed on Thursday morning, police said.",
       note="the BRN is named only as the security officials' general view; no claim"),
    ev("Rangers detained three men in a village near the blast for questioning.",
       "2016-12-15", "‘on Thursday afternoon’ before the Friday 2016-12-16 dateline: Thursday 2016-12-15",
       "village near the blast, Rueso district", "Narathiwat", "TH", "arrest", "Thai security forces", "militants (unidentified)",
       None, None, None, None,
       "Rangers detained three men in a nearby village on Thursday afternoon for questioning, a ranger commander said, without giving details.",
       arrested=3),
    ev("A Buddhist rubber tapper was shot dead on a plantation in Bannang Sata district; police blamed insurgents.",
       "2016-12-14", "‘On Wednesday morning’ before the Friday 2016-12-16 dateline: Wednesday 2016-12-14",
       "Bannang Sata district", "Yala", "TH", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Wednesday morning, a Buddhist rubber tapper was shot dead while he was tapping trees on a plantation in Bannang Sata district, Yala. His wife, who was working a few rows away, escaped. Police blamed insurgents."),
    ev("Small bombs went off almost simultaneously at a karaoke bar, a petrol station and two grocery shops in Sungai Kolok, wounding six people.",
       "2016-12-13", "‘On Tuesday night’ before the Friday 2016-12-16 dateline: Tuesday 2016-12-13",
       "Sungai Kolok", "Narathiwat", "TH", "explosion", "militants (unidentified)", "civilians",
       None, None, 6, None,
       "On Tuesday night, small bombs went off almost at the same time at a karaoke bar, a petrol station and two grocery shops in Sungai Kolok, the town on the Malaysian border, wounding six people, among them a Malaysian tourist, police said.",
       note="four blasts in one town sharing one toll: one event"),
],
figures=[
    fig("killed", 6800, "Pattani, Yala and Narathiwat",
        "Deep South Watch, which monitors the violence, has counted more than 6,800 people killed and 12,000 wounded since then."),
    fig("wounded", 12000, "Pattani, Yala and Narathiwat",
        "Deep South Watch, which monitors the violence, has counted more than 6,800 people killed and 12,000 wounded since then."),
])

report("b33-33", "2012-10-03", "https://www.example-thaisouthernwire.com/2012/10/03/yala-motorcycle-bomb",
"short", "full",
"""
Motorcycle bomb kills three in Yala

YALA, October 3 (Thai Southern Wire) - A bomb hidden in a parked motorcycle exploded on a busy street of shops and food stalls in the centre of Yala town on Tuesday evening, killing three people and wounding 26, police said. The provincial hospital said it had treated 31 wounded. No group claimed the attack, which police said bore the hallmarks of separatist insurgents. More than 5,300 people have been killed in the region since the insurgency flared in 2004.
""",
events=[
    ev("A motorcycle bomb exploded on a busy street of shops and food stalls in central Yala, killing three and wounding 26 (police) to 31 (hospital).",
       "2012-10-02", "‘on Tuesday evening’ before the Wednesday 2012-10-03 dateline: Tuesday 2012-10-02",
       "centre of Yala town", "Yala", "TH", "explosion", "militants (unidentified)", "civilians",
       3, None, 26, 31,
       "A bomb hidden in a parked motorcycle exploded on a busy street of shops and food stalls in the centre of Yala town on Tuesday evening, killing three people and wounding 26, police said. The provincial hospital said it had treated 31 wounded. No group claimed the attack, which police said bore the hallmarks of separatist insurgents.",
       note="conflicting wounded counts: police 26, hospital 31"),
],
figures=[
    fig("killed", 5300, "southern Thailand",
        "More than 5,300 people have been killed in the region since the insurgency flared in 2004."),
])

report("b33-34", "2024-01-04", "https://www.example-deepsouthbulletin.com/en/2024/01/04/twenty-years-of-insurgency",
"ordinary", "dayfirst",
"""
Twenty years on, the deep south counts its losses and waits for peace

PATTANI, 4 January (Deep South Bulletin) - Twenty years ago today, dozens of gunmen raided the army's ammunition depot at the Narathiwat Rajanagarindra camp in Cho-airong district before dawn, killing four soldiers and making off with more than 400 rifles. The raid is remembered as the start of the insurgency that has gripped Thailand's three southernmost provinces ever since.

According to Deep South Watch, the violence has since killed more than 7,600 people and wounded over 14,000, most of them civilians, Muslims and Buddhists alike. Incidents have fallen sharply from the peak years of 2007 and 2008, when the group recorded more than 2,000 a year, but the monitor still counted about 480 last year.

"We learned to live with checkpoints, with bombs in the market, with funerals," said a teacher in Yala who has lost two colleagues. "Our children have never known anything else."

An emergency decree that gives the security forces powers to detain suspects for up to 30 days without charge has been renewed every three months since 2005, 74 times so far. Human rights groups say it has allowed torture in detention, which the army denies.

Talks between the government and the Barisan Revolusi Nasional, the main insurgent group, facilitated by Malaysia, resumed in 2020 after years of stop-and-start contacts. The new civilian government has appointed its first civilian chief negotiator and says a "joint comprehensive plan towards peace" could be agreed this year.

The security forces in the region number about 60,000, including soldiers, rangers, police and armed village volunteers, down from a peak of more than 100,000. The government has spent more than 500 billion baht on the south since 2004, according to the Isra Institute, a research group.

Many families are still waiting for the truth about past incidents, among them the deaths of 78 men who suffocated or were crushed in army trucks after a protest at Tak Bai in October 2004. The statute of limitations in that case will expire in October.
""",
country_hint="TH",
figures=[
    fig("killed", 4, "Cho-airong district",
        "killing four soldiers and making off with more than 400 rifles", note="background: the raid of 4 January 2004"),
    fig("killed", 7600, "southern Thailand",
        "the violence has since killed more than 7,600 people and wounded over 14,000"),
    fig("wounded", 14000, "southern Thailand",
        "the violence has since killed more than 7,600 people and wounded over 14,000"),
    fig("other", 480, "southern Thailand",
        "the monitor still counted about 480 last year", note="violent incidents in 2023"),
    fig("other", 74, "southern Thailand",
        "has been renewed every three months since 2005, 74 times so far", note="renewals of the emergency decree"),
    fig("fighters", 60000, "southern Thailand",
        "The security forces in the region number about 60,000"),
    fig("killed", 78, "Tak Bai",
        "the deaths of 78 men who suffocated or were crushed in army trucks after a protest at Tak Bai in October 2004",
        note="background: October 2004"),
])

report("b33-35", "2018-12-10", "https://www.example-straitsasiareview.com/security/2018/12/10/week-in-review-deep-south-sulu",
"long", "none",
"""
Security week: bombs and a raid in Thailand's deep south, a deadly ambush in Sulu
By our Southeast Asia security correspondent
Updated: December 10, 2018 08:30

Southeast Asia's two longest-running Muslim insurgencies both flared over the past week, with bombings and shootings in Thailand's three southern border provinces and a deadly ambush on soldiers on the Philippine island of Jolo, as governments in Bangkok and Manila press on with peace processes that the armed men on the ground appear to have little interest in.

In Thailand, a bomb hidden in a motorcycle exploded beside a tea shop in Tak Bai district, Narathiwat, on Thursday night, wounding five people, two of them village defence volunteers who had stopped for a drink after their shift. The shop's owner said the motorcycle had been parked outside for about an hour before the blast.

Hours later, in the early hours of Friday, gunmen opened fire on a ranger base in Cho-airong district from a rubber plantation across the road, killing one ranger, a regional army spokesman said. The attackers escaped before reinforcements arrived.

On Saturday afternoon, a defence volunteer was shot dead by a pillion rider on a motorcycle as he bought food at a market stall in Sai Buri district, Pattani. Police said the attack bore the hallmarks of the insurgents.

Security forces hit back on Sunday. Soldiers, rangers and police surrounded a house in Ra-ngae district, Narathiwat, where they said two suspected insurgents wanted over earlier bombings were hiding, and called on them to surrender. Police said the men opened fire and were killed in the gunfight that followed; the bodies of two men were brought to the Ra-ngae hospital on Sunday evening, a hospital official said. Relatives said the men had wanted to surrender and would have come out if their families had been allowed to talk to them.

None of the attacks was claimed. The Barisan Revolusi Nasional, the most powerful of the insurgent groups, has kept its distance from the talks that the military government has been holding in Kuala Lumpur with an umbrella group called Mara Patani. A new Malaysian facilitator took over the process this year, and officials on both sides say little progress has been made.

In the Philippines, Abu Sayyaf gunmen ambushed an army patrol in the hills of Patikul, Sulu, on Friday, killing five soldiers and wounding eight, the military's Western Mindanao Command said. The soldiers had been searching for hostages held by the group when they came under fire from higher ground. The military said the militants had suffered "heavy losses" but gave no figure.

On Saturday night, a bomb exploded outside an internet café on the main street of Isulan, Sultan Kudarat province, wounding four people. It was the third bombing in the town this year. Police said they suspected a faction of the Bangsamoro Islamic Freedom Fighters (BIFF), which had been blamed for the earlier blasts; a spokesman for the group denied any involvement in a message to reporters.

On Sunday, troops overran an Abu Sayyaf camp in the forests of Sumisip, Basilan, after a two-hour firefight, the army said, finding bomb-making materials, food stocks and a makeshift clinic. The army said the militants had fled towards the mountains, carrying their wounded.

Martial law, imposed across Mindanao after the siege of Marawi in May 2017, is due to expire at the end of the year. The military has asked for it to be extended for another twelve months, citing the continuing threat from Abu Sayyaf and the BIFF, both of which have factions that have pledged allegiance to the Islamic State group. The military estimates that Abu Sayyaf still has about 400 armed members, most of them in Sulu.

A plebiscite on the creation of a new Bangsamoro autonomous region, the centrepiece of the peace agreement with the Moro Islamic Liberation Front, is scheduled for January. Supporters hope that it will undercut the smaller armed groups by giving Muslims in Mindanao a real share of power; sceptics note that those groups rejected the peace process from the start.

In both countries, the pattern of the past decade holds: peace talks with the biggest armed groups make slow progress, while smaller and more radical groups, and factions that refuse to follow their leaders, keep up the violence on the ground.
""",
events=[
    ev("A motorcycle bomb exploded beside a tea shop in Tak Bai district, wounding five people, two of them village defence volunteers.",
       "2018-12-06", "‘on Thursday night’ before the ‘Updated: December 10, 2018’ line (Monday 2018-12-10): Thursday 2018-12-06",
       "tea shop, Tak Bai district", "Narathiwat", "TH", "explosion", "militants (unidentified)", "civilians",
       None, None, 5, None,
       "In Thailand, a bomb hidden in a motorcycle exploded beside a tea shop in Tak Bai district, Narathiwat, on Thursday night, wounding five people, two of them village defence volunteers who had stopped for a drink after their shift."),
    ev("Gunmen fired on a ranger base in Cho-airong district from a plantation across the road, killing one ranger.",
       "2018-12-07", "‘Hours later, in the early hours of Friday’, before the Monday 2018-12-10 ‘Updated’ line: Friday 2018-12-07",
       "ranger base, Cho-airong district", "Narathiwat", "TH", "battle", "militants (unidentified)", "Thai security forces",
       1, None, None, None,
       "Hours later, in the early hours of Friday, gunmen opened fire on a ranger base in Cho-airong district from a rubber plantation across the road, killing one ranger, a regional army spokesman said."),
    ev("A defence volunteer was shot dead by a pillion rider as he bought food at a market stall in Sai Buri district.",
       "2018-12-08", "‘On Saturday afternoon’ before the Monday 2018-12-10 ‘Updated’ line: Saturday 2018-12-08",
       "market, Sai Buri district", "Pattani", "TH", "other", "militants (unidentified)", "Thai security forces",
       1, None, None, None,
       "On Saturday afternoon, a defence volunteer was shot dead by a pillion rider on a motorcycle as he bought food at a market stall in Sai Buri district, Pattani. Police said the attack bore the hallmarks of the insurgents.",
       note="targeted killing of an armed village volunteer: other"),
    ev("Security forces surrounded a house in Ra-ngae district; two suspected insurgents were killed in the gunfight, and two bodies reached the hospital.",
       "2018-12-09", "‘on Sunday’ before the Monday 2018-12-10 ‘Updated’ line: Sunday 2018-12-09",
       "Ra-ngae district", "Narathiwat", "TH", "battle", "Thai security forces", "militants (unidentified)",
       2, None, None, None,
       "Soldiers, rangers and police surrounded a house in Ra-ngae district, Narathiwat, where they said two suspected insurgents wanted over earlier bombings were hiding, and called on them to surrender. Police said the men opened fire and were killed in the gunfight that followed; the bodies of two men were brought to the Ra-ngae hospital on Sunday evening, a hospital official said.",
       note="the police account alone would be a claim of enemy dead; the hospital official's two bodies make it a toll"),
    ev("Abu Sayyaf gunmen ambushed an army patrol in the hills of Patikul, killing five soldiers and wounding eight.",
       "2018-12-07", "‘on Friday’ before the Monday 2018-12-10 ‘Updated’ line: Friday 2018-12-07",
       "Patikul", "Sulu", "PH", "battle", "Abu Sayyaf", "Philippine security forces",
       5, None, 8, None,
       "In the Philippines, Abu Sayyaf gunmen ambushed an army patrol in the hills of Patikul, Sulu, on Friday, killing five soldiers and wounding eight, the military's Western Mindanao Command said.",
       note="the militants' 'heavy losses' are not counted"),
    ev("A bomb exploded outside an internet café in Isulan, wounding four; police suspected a BIFF faction, which denied it.",
       "2018-12-08", "‘On Saturday night’ before the Monday 2018-12-10 ‘Updated’ line: Saturday 2018-12-08",
       "internet café, Isulan", "Sultan Kudarat", "PH", "explosion", "unknown", "civilians",
       None, None, 4, None,
       "On Saturday night, a bomb exploded outside an internet café on the main street of Isulan, Sultan Kudarat province, wounding four people. It was the third bombing in the town this year. Police said they suspected a faction of the Bangsamoro Islamic Freedom Fighters (BIFF), which had been blamed for the earlier blasts; a spokesman for the group denied any involvement",
       note="suspicion denied: actor1 unknown"),
    ev("Troops overran an Abu Sayyaf camp in the forests of Sumisip after a two-hour firefight.",
       "2018-12-09", "‘On Sunday’ before the Monday 2018-12-10 ‘Updated’ line: Sunday 2018-12-09",
       "Abu Sayyaf camp, Sumisip", "Basilan", "PH", "territory_gain", "Philippine security forces", "Abu Sayyaf",
       None, None, None, None,
       "On Sunday, troops overran an Abu Sayyaf camp in the forests of Sumisip, Basilan, after a two-hour firefight, the army said"),
],
figures=[
    fig("fighters", 400, "Sulu",
        "The military estimates that Abu Sayyaf still has about 400 armed members, most of them in Sulu."),
])

report("b33-36", "2019-11-19", "https://www.example-centronortenoticias.com/zacatecas/2019/11/19/valparaiso-emboscada-fresnillo-cuerpos",
"ordinary", "abbr",
"""
Three state police killed in Zacatecas ambush; four bodies left with cartel message

ZACATECAS, Nov. 19 (Centro Norte Noticias) - Three state police officers were killed and two wounded on Sunday afternoon when gunmen ambushed their patrol on a dirt road in the municipality of Valparaíso, in the west of Zacatecas, the state security ministry said. One of the attackers was also killed; his companions left his body at the scene, prosecutors said.

The officers had been sent to check reports of armed men in the area, on the border with Durango and Nayarit. The state security secretary said the attackers belonged to one of the two criminal groups fighting over the municipality, the Sinaloa Cartel and the Jalisco New Generation Cartel, but would not say which.

On Monday morning, the bodies of four men were found beside the highway near Fresnillo, the state's second city, with a cardboard sign signed with the initials of the Jalisco New Generation Cartel warning its rivals. Prosecutors did not say when the men had been killed or who they were.

Also on Monday, gunmen opened fire on an army patrol on the outskirts of Jerez. One soldier was wounded, and the army said its troops had killed four of the attackers and detained two, seizing rifles and a van.

Zacatecas, a mining state that lies on the routes used to move drugs from the Pacific coast to the United States border, has become one of the most violent in the country since the Jalisco cartel began challenging the Sinaloa Cartel there. More than 700 murders have been recorded in the state so far this year, according to the national public security system, about twice as many as in 2016.

Hundreds of families have left villages in Valparaíso and Jerez in recent months, according to the state human rights commission, and several schools have closed for lack of teachers.
""",
events=[
    ev("Gunmen ambushed a state police patrol on a dirt road in Valparaíso, killing three officers and wounding two; one attacker was also killed.",
       "2019-11-17", "‘on Sunday afternoon’ before the Tuesday 2019-11-19 dateline: Sunday 2019-11-17",
       "Valparaíso", "Zacatecas", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       4, None, 2, None,
       "Three state police officers were killed and two wounded on Sunday afternoon when gunmen ambushed their patrol on a dirt road in the municipality of Valparaíso, in the west of Zacatecas, the state security ministry said. One of the attackers was also killed; his companions left his body at the scene, prosecutors said.",
       note="4 = 3 police + 1 attacker (a body found by prosecutors, not a claim); the secretary named two possible cartels but not which one"),
    ev("The bodies of four men were found beside the highway near Fresnillo with a sign signed by the Jalisco New Generation Cartel.",
       None, "found ‘On Monday morning’ (Monday 2019-11-18); prosecutors ‘did not say when the men had been killed’",
       "highway near Fresnillo", "Zacatecas", "MX", "attack_on_civilians", "Jalisco New Generation Cartel", "civilians",
       4, None, None, None,
       "On Monday morning, the bodies of four men were found beside the highway near Fresnillo, the state's second city, with a cardboard sign signed with the initials of the Jalisco New Generation Cartel warning its rivals. Prosecutors did not say when the men had been killed or who they were.",
       note="the perpetrator is named only by its own sign"),
    ev("Gunmen fired on an army patrol on the outskirts of Jerez; one soldier was wounded, and the army claimed four attackers killed.",
       "2019-11-18", "‘Also on Monday’ before the Tuesday 2019-11-19 dateline: Monday 2019-11-18",
       "outskirts of Jerez", "Zacatecas", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       None, None, 1, None,
       "Also on Monday, gunmen opened fire on an army patrol on the outskirts of Jerez. One soldier was wounded, and the army said its troops had killed four of the attackers and detained two",
       note="the army's claim of four attackers killed is not a toll"),
    ev("The army detained two of the attackers after the clash near Jerez.",
       "2019-11-18", "‘Also on Monday’ before the Tuesday 2019-11-19 dateline: Monday 2019-11-18",
       "outskirts of Jerez", "Zacatecas", "MX", "arrest", "Mexican security forces", "militants (unidentified)",
       None, None, None, None,
       "the army said its troops had killed four of the attackers and detained two, seizing rifles and a van.",
       note="detentions at the end of the clash; a coder could keep them inside the battle",
       arrested=2, optional=True),
],
figures=[
    fig("killed", 700, "Zacatecas",
        "More than 700 murders have been recorded in the state so far this year", note="murders in 2019"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
SET = "b33"
N_REPORTS = 36
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# AP-style abbreviations; March to July are never abbreviated
ABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"CO", "MX", "HT", "MM", "PH", "TH"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    # Colombia: departments
    "Arauca": "CO", "Cauca": "CO", "Antioquia": "CO", "Córdoba": "CO", "Sucre": "CO", "Bolívar": "CO",
    "Chocó": "CO", "Guaviare": "CO",
    # Mexico: states
    "Guerrero": "MX", "Sinaloa": "MX", "Michoacán": "MX", "Guanajuato": "MX", "Tamaulipas": "MX",
    "Zacatecas": "MX",
    # Haiti: departments
    "Ouest": "HT", "Artibonite": "HT",
    # Myanmar: states and regions
    "Shan": "MM", "Sagaing": "MM", "Chin": "MM", "Rakhine": "MM", "Kachin": "MM", "Yangon": "MM",
    "Mandalay": "MM", "Bago": "MM", "Magway": "MM",
    # Philippines: provinces (Metro Manila as a region)
    "Lanao del Sur": "PH", "Sulu": "PH", "Zamboanga del Sur": "PH", "Northern Samar": "PH",
    "Maguindanao": "PH", "Masbate": "PH", "Negros Oriental": "PH", "Camarines Norte": "PH",
    "Metro Manila": "PH", "Sultan Kudarat": "PH", "Basilan": "PH",
    # Thailand: provinces
    "Pattani": "TH", "Yala": "TH", "Narathiwat": "TH", "Songkhla": "TH",
}
# actor names allowed in this set (canonical names of EVENTS.md, news-dev's list, the usual
# short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    # state forces, written "<Country-adjective> security forces" (news-wide's convention)
    "Colombian security forces", "Mexican security forces", "Haitian security forces",
    "Myanmar security forces", "Philippine security forces", "Thai security forces",
    # Colombia
    "ELN", "FARC dissidents", "Clan del Golfo", "Nasa indigenous guard",
    # Mexico
    "Sinaloa Cartel", "Jalisco New Generation Cartel", "Gulf Cartel", "Los Zetas",
    # Haiti
    "Viv Ansanm", "G9", "G-Pep", "400 Mawozo", "Gran Grif",
    # Myanmar
    "People's Defence Forces", "Kachin Independence Army", "Arakan Army", "TNLA", "MNDAA",
    "Three Brotherhood Alliance",
    # Philippines
    "Abu Sayyaf", "Maute group", "BIFF", "New People's Army",
    # generic labels of news-dev/news-wide
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# lengths promised by the brief, in words of the whole text (headline and byline included)
KINDS = {"short": (60, 110, 8), "ordinary": (200, 380, 22), "long": (600, 850, 6)}
MAX_EVENTS = {"short": 3, "ordinary": 6, "long": 8}
STYLES = {"full", "abbr", "dayfirst", "nodate", "none"}
N_EMPTY = 5

MO = "|".join(MONTHS)
AB = "|".join(re.escape(a) for a in ABBR)
# a line that starts like a dateline: an upper-case city followed by a comma or by "(Outlet)"
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý](?:,| \()")
DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý])"
    r"(?:, (?P<region>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*))?"
    r"(?:, (?:(?P<full_m>%s) (?P<full_d>\d{1,2})|(?P<abbr_m>%s) (?P<abbr_d>\d{1,2})|(?P<df_d>\d{1,2}) (?P<df_m>%s)))?"
    r" \((?P<outlet>[^()]+)\) [-–—] \S" % (MO, AB, MO))
# "Updated"/"Published"/"Posted" lines near the top must name the publication date
STAMP = re.compile(r"^(Updated|Published|Posted)\b:? ?(.*)$")
STAMP_DATES = [
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), lambda m: (int(m[3]), int(m[2]), int(m[1]))),
    (re.compile(r"(%s) (\d{1,2}), (\d{4})" % MO), lambda m: (int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))),
    (re.compile(r"(\d{1,2}) (%s) (\d{4})" % MO), lambda m: (int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))),
]
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
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)(?:,? (\d{4}))?" % (wd, MO)),
            re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (wd, MO))]
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


def check_date_note(where, note, text, date):
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
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
    if date is not None and date not in outside:
        err(where, f"date_note does not state the resolved date {date}")


def check_dateline(rid, r, pub, lines):
    found = []
    for ln in lines[1:]:
        if DATELINE_START.match(ln):
            m = DATELINE.match(ln)
            if not m:
                err(rid, f"malformed dateline: {ln[:70]!r}")
                continue
            found.append(m)
    style = r["style"]
    if style not in STYLES:
        err(rid, f"unknown dateline style {style!r}")
        return
    if style == "none":
        if found:
            err(rid, "style 'none' but a dateline was found")
        return
    if len(found) != 1:
        err(rid, f"{len(found)} datelines, expected exactly one")
        return
    m = found[0]
    if m["full_m"]:
        got, month, day = "full", MONTHS.index(m["full_m"]) + 1, int(m["full_d"])
    elif m["abbr_m"]:
        got, month, day = "abbr", ABBR[m["abbr_m"]], int(m["abbr_d"])
    elif m["df_m"]:
        got, month, day = "dayfirst", MONTHS.index(m["df_m"]) + 1, int(m["df_d"])
    else:
        got, month, day = "nodate", None, None
    if got != style:
        err(rid, f"dateline style is {got!r}, declared {style!r}")
    if month is not None and (month, day) != (pub.month, pub.day):
        err(rid, f"dateline names {month}/{day}, not publication {pub}")


def check_stamps(rid, pub, lines):
    for ln in lines[1:4]:
        m = STAMP.match(ln)
        if not m:
            continue
        for pat, conv in STAMP_DATES:
            dm = pat.search(m.group(2))
            if dm:
                y, mo, d = conv(dm)
                try:
                    got = datetime.date(y, mo, d)
                except ValueError:
                    err(rid, f"impossible date in {ln!r}")
                    break
                if got != pub:
                    err(rid, f"{m.group(1)} line names {got}, not publication {pub}")
                break
        else:
            err(rid, f"no date found in {ln!r}")


def check():
    if len(REPORTS) != N_REPORTS:
        err("set", f"{len(REPORTS)} reports, expected {N_REPORTS}")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "%s-%02d" % (SET, i + 1):
            err(rid, f"id out of order, expected {SET}-{i + 1:02d}")
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
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        if r["kind"] not in KINDS:
            err(rid, f"unknown kind {r['kind']!r}")
        else:
            lo, hi, _ = KINDS[r["kind"]]
            words = len(text.split())
            if not (lo <= words <= hi):
                err(rid, f"{words} words, a {r['kind']} report must have {lo}-{hi}")
            if len(r["events"]) > MAX_EVENTS[r["kind"]]:
                err(rid, f"{len(r['events'])} events, at most {MAX_EVENTS[r['kind']]} for a {r['kind']} report")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]) or STAMP.match(lines[0]):
            err(rid, "first line must be a headline")
        check_dateline(rid, r, pub, lines)
        check_stamps(rid, pub, lines)
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
            if e.get("actor1") in ("none", "protesters") and e.get("type") != "other":
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
            check_date_note(w, e.get("date_note"), text, e["date"])
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
    kinds = Counter(r["kind"] for r in REPORTS)
    for k, (_, _, n) in KINDS.items():
        if kinds[k] != n:
            err("set", f"{kinds[k]} {k} reports, expected {n}")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if len(hinted) < 5:
        err("set", f"the five reports without events should come from five different countries: {dict(hinted)}")
    evs = [e for r in REPORTS for e in r["events"]]
    n_opt = sum(bool(e.get("optional")) for e in evs)
    if not (0.05 * len(evs) <= n_opt <= 0.15 * len(evs)):
        err("set", f"{n_opt} optional events out of {len(evs)}: expected about one in ten")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
    styles = Counter(r["style"] for r in REPORTS)
    if any(styles[s] < 3 for s in STYLES):
        err("set", f"every dateline style should appear at least three times: {dict(styles)}")


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
    print(f"reports: {len(REPORTS)}")
    for k in KINDS:
        w = [len(r["text"].split()) for r in REPORTS if r["kind"] == k]
        print(f"  {k}: {len(w)} (words {min(w)}-{max(w)}, mean {sum(w) // len(w)})")
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    print("dateline styles: " + ", ".join(f"{k} {v}" for k, v in Counter(r["style"] for r in REPORTS).most_common()))
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
    print("by country (reports / events / optional / with killed / with wounded):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)}"
              f" / {sum(e['killed'] is not None for e in sel)} / {sum(e['wounded'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
