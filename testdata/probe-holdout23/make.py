#!/usr/bin/env python3
"""probe-holdout23: build docs.jsonl and gold.jsonl from the data below, after checking it.

HELD OUT: this set must not be read by anyone tuning sitrep. Run sitrep on docs.jsonl and
score the output; do not open the texts, the gold or this file.

Theme: ordinary conflict news from around the world, 2010-2024, from 20 countries: Somalia, Mali,
Burkina Faso, Niger, Nigeria, Cameroon, DR Congo, Ethiopia, Sudan, Mozambique, Iraq, Syria,
Yemen, Afghanistan, Pakistan, Myanmar, the Philippines, India, Colombia and Mexico, as wire
copy, local dailies, army and ministry statements, monitors, NGOs and armed groups' claims
relayed by the press tell it.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, kind, dateline, text, events=(), figures=(), country_hint=None):
    """kind: short | ordinary | long.  dateline: full | abbr | dayfirst | nodate | none."""
    r = {"id": id, "published": published, "url": url, "kind": kind, "dateline": dateline,
         "text": text.strip("\n"), "events": list(events), "figures": list(figures)}
    if country_hint:
        r["country_hint"] = country_hint  # for reports without events; not written out
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
# h23-01 .. h23-06
# ---------------------------------------------------------------------------

report("h23-01", "2012-05-26", "https://www.example-hornafriquewire.com/somalia/2012/05/26/afgoye-troops-enter-tea-shop-bomb",
"ordinary", "full",
"""
Somali and AU troops enter Afgoye as bomber hits Mogadishu tea shop

MOGADISHU, May 26 (Horn Afrique Wire) - Somali government soldiers backed by African Union troops entered the town of Afgoye, 30 km northwest of the capital, on Friday after al-Shabaab fighters withdrew during the night, officials said, ending more than four years of Islamist control.

"Our forces are now in the centre of Afgoye and are securing the bridge," a government military spokesman told reporters. Residents reached by telephone said the militants had left in pick-up trucks towards Wanlaweyn before dawn.

The offensive began on Tuesday, when troops pushing out of the Elasha Biyaha area ran into heavy resistance. Two Somali soldiers were killed and five wounded in that day's fighting on the edge of Elasha Biyaha, the spokesman said. Al-Shabaab's Andalus radio claimed its fighters had killed "more than 50 invaders".

In Mogadishu itself, a suicide bomber blew himself up on Thursday evening at a crowded tea shop near the Ex-Control Afgoye junction in Hodan district. Police said six people, the bomber among them, were killed. The director of Medina hospital said nine bodies had been brought in and 14 wounded were being treated. The militants said on Saturday, in a statement read on Andalus, that one of their "martyrs" had carried out the bombing against "apostate soldiers" who drink tea there.

Late on Friday, two mortar rounds aimed at Villa Somalia, the presidential compound, fell short into open ground near the Sodonka road. Nobody was hurt, police said, and nobody claimed the attack.

The Afgoye corridor shelters an estimated 400,000 people displaced by fighting in the capital, according to the United Nations refugee agency. The African Union force, AMISOM, has about 10,000 soldiers from Uganda, Burundi and Djibouti in Somalia.
""",
events=[
    ev("Somali government soldiers backed by AU troops entered Afgoye after al-Shabaab withdrew overnight.",
       "2012-05-25", "‘on Friday’ before the Saturday 2012-05-26 dateline: Friday 2012-05-25",
       "Afgoye", "Lower Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       None, None, None, None,
       "Somali government soldiers backed by African Union troops entered the town of Afgoye, 30 km northwest of the capital, on Friday after al-Shabaab fighters withdrew during the night, officials said, ending more than four years of Islamist control.",
       note="with AMISOM troops"),
    ev("Troops pushing out of Elasha Biyaha met heavy al-Shabaab resistance; two Somali soldiers were killed and five wounded. Al-Shabaab claimed more than 50.",
       "2012-05-22", "‘The offensive began on Tuesday’ and ‘that day's fighting’, before the Saturday 2012-05-26 dateline: Tuesday 2012-05-22",
       "Elasha Biyaha", "Lower Shabelle", "SO", "battle", "Somali security forces", "al-Shabaab",
       2, None, 5, None,
       "The offensive began on Tuesday, when troops pushing out of the Elasha Biyaha area ran into heavy resistance. Two Somali soldiers were killed and five wounded in that day's fighting on the edge of Elasha Biyaha, the spokesman said. Al-Shabaab's Andalus radio claimed its fighters had killed \"more than 50 invaders\".",
       note="al-Shabaab's claimed 50 is not a toll and is not used"),
    ev("A suicide bomber blew himself up at a tea shop near the Ex-Control Afgoye junction in Hodan; police said six dead including the bomber, Medina hospital nine; 14 wounded. Al-Shabaab claimed it two days later.",
       "2012-05-24", "‘on Thursday evening’ before the Saturday 2012-05-26 dateline: Thursday 2012-05-24",
       "Ex-Control Afgoye junction, Hodan", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
       6, 9, 14, None,
       "In Mogadishu itself, a suicide bomber blew himself up on Thursday evening at a crowded tea shop near the Ex-Control Afgoye junction in Hodan district. Police said six people, the bomber among them, were killed. The director of Medina hospital said nine bodies had been brought in and 14 wounded were being treated. The militants said on Saturday, in a statement read on Andalus, that one of their \"martyrs\" had carried out the bombing",
       note="conflicting tolls: police 6 (bomber included) vs hospital 9; doer named only in the claim"),
    ev("Two mortar rounds aimed at Villa Somalia fell short into open ground; nobody was hurt and nobody claimed it.",
       "2012-05-25", "‘Late on Friday’ before the Saturday 2012-05-26 dateline: Friday 2012-05-25",
       "Villa Somalia", "Banaadir", "SO", "explosion", "unknown", "Somali government",
       0, None, 0, None,
       "Late on Friday, two mortar rounds aimed at Villa Somalia, the presidential compound, fell short into open ground near the Sodonka road. Nobody was hurt, police said, and nobody claimed the attack.",
       note="explicit zeros"),
],
figures=[
    fig("displaced", 400000, "Afgoye corridor",
        "The Afgoye corridor shelters an estimated 400,000 people displaced by fighting in the capital"),
    fig("fighters", 10000, "Somalia",
        "AMISOM, has about 10,000 soldiers from Uganda, Burundi and Djibouti in Somalia", note="AU troops"),
])

report("h23-02", "2019-10-04", "https://www.example-saheldispatch.com/mali/2019/10/04/mondoro-camp-attack-jnim-claim",
"long", "abbr",
"""
Jihadists claim deadly raid on Mali army camp as soldiers' wives protest

By Oumar Traoré

BAMAKO, Oct. 4 (Sahel Dispatch) - An al Qaeda-linked alliance claimed responsibility on Thursday for an assault on a military camp in central Mali that the government says killed 14 soldiers, the latest in a string of attacks that has shaken the army and angered the families of its troops.

Dozens of gunmen on motorcycles and in pick-up trucks mounted with machine guns stormed the camp at Mondoro, in the Douentza cercle of Mopti region, in the early hours of Tuesday. The fighting lasted several hours before air support from Sévaré forced the attackers to withdraw, the defence ministry said in a statement.

The ministry said 14 soldiers had been killed and nine wounded, and that its troops had "neutralised" about 15 assailants. A local elected official in Douentza, who asked not to be named, said at least 20 soldiers had died and that several were still missing. Two army vehicles and a stock of ammunition were destroyed, the official said.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the Sahel branch of al Qaeda, said in a statement carried by its Az-Zallaqa media outlet that its fighters had attacked "the apostate army" at Mondoro and killed more than 40 soldiers. The figure could not be verified. The group published photographs of weapons it said had been seized.

A day before the raid, an army supply truck struck a mine near Boni, on the road to Hombori, killing two soldiers, a military source said. The road has been mined repeatedly since the start of the year, and convoys now travel only with armoured escort. Nobody claimed the blast.

Gendarmes in Sévaré arrested four men suspected of supplying fuel to the attackers, a security source said, without saying when the arrests took place. The source said the suspects had been transferred to Bamako for questioning by the anti-terrorism unit.

On Wednesday, several hundred wives and mothers of soldiers marched from the Sévaré garrison to the governor's office, banging pots and demanding better equipment for their men. "They send our husbands to die with old weapons and no food," one woman shouted. Police watched but did not intervene, and the march ended peacefully after the governor received a delegation.

The anger has been building for months. On Sept. 22, gunmen on motorbikes shot dead a village chief and three other men in Yoro, near the border with Burkina Faso, according to a local association. Nobody claimed those killings, which residents described as a warning to villagers who had refused to pay the "zakat" tax demanded by armed groups.

Central Mali, once relatively spared by the conflict that began in the north in 2012, has become its deadliest theatre. In March, more than 150 Fulani villagers were killed in a single attack on Ogossagou, an atrocity blamed on a Dogon militia, and in June dozens of Dogon villagers were killed in Sobane Da. Neither attack has led to a trial.

The violence has displaced about 187,000 people inside Mali, according to the United Nations humanitarian office, and more than 900 schools in the centre and north are closed. The UN peacekeeping mission, MINUSMA, has about 13,000 troops and police in the country, and France keeps some 4,500 soldiers in the region under Operation Barkhane, but neither force is permanently present around Douentza.

"The jihadists know the terrain, the people and the seasons," said a retired Malian colonel who now advises a regional think tank. "The army moves in big convoys that everyone can see coming. Every camp that is isolated like Mondoro is a target." He said the army had lost more than 100 soldiers in attacks since the start of September, a figure the defence ministry did not confirm.

The government declared three days of national mourning on Wednesday and said that the most exposed army posts in the centre would be regrouped.

Opposition parties have called for a national dialogue that includes talks with the jihadist leaders Iyad Ag Ghaly and Amadou Koufa, an idea the government has so far rejected in public.
""",
events=[
    ev("Gunmen stormed the Mondoro military camp; the ministry said 14 soldiers were killed and nine wounded, a local official at least 20 killed. JNIM claimed it, saying it killed more than 40.",
       "2019-10-01", "‘in the early hours of Tuesday’ before the Friday 2019-10-04 dateline: Tuesday 2019-10-01",
       "Mondoro", "Mopti", "ML", "battle", "JNIM", "Malian security forces",
       14, 20, 9, None,
       "Dozens of gunmen on motorcycles and in pick-up trucks mounted with machine guns stormed the camp at Mondoro, in the Douentza cercle of Mopti region, in the early hours of Tuesday. [...] The ministry said 14 soldiers had been killed and nine wounded, and that its troops had \"neutralised\" about 15 assailants. A local elected official in Douentza, who asked not to be named, said at least 20 soldiers had died and that several were still missing. [...] Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the Sahel branch of al Qaeda, said in a statement carried by its Az-Zallaqa media outlet that its fighters had attacked \"the apostate army\" at Mondoro and killed more than 40 soldiers.",
       note="conflicting tolls: ministry 14 vs local official 20; JNIM's claimed 40 not used; the 'neutralised' 15 assailants are not a toll (killed or captured); doer named by the claim"),
    ev("An army supply truck struck a mine near Boni on the road to Hombori, killing two soldiers; nobody claimed it.",
       "2019-09-30", "‘A day before the raid’ of Tuesday 2019-10-01: Monday 2019-09-30",
       "Boni", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
       2, None, None, None,
       "A day before the raid, an army supply truck struck a mine near Boni, on the road to Hombori, killing two soldiers, a military source said. [...] Nobody claimed the blast."),
    ev("Gendarmes in Sévaré arrested four men suspected of supplying fuel to the attackers.",
       None, "no day given: ‘without saying when the arrests took place’",
       "Sévaré", "Mopti", "ML", "arrest", "Malian security forces", "civilians",
       None, None, None, None,
       "Gendarmes in Sévaré arrested four men suspected of supplying fuel to the attackers, a security source said, without saying when the arrests took place.",
       arrested=4),
    ev("Several hundred wives and mothers of soldiers marched peacefully from the Sévaré garrison to the governor's office demanding better equipment.",
       "2019-10-02", "‘On Wednesday’ before the Friday 2019-10-04 dateline: Wednesday 2019-10-02",
       "Sévaré", "Mopti", "ML", "other", "protesters", "Malian government",
       None, None, None, None,
       "On Wednesday, several hundred wives and mothers of soldiers marched from the Sévaré garrison to the governor's office, banging pots and demanding better equipment for their men. [...] Police watched but did not intervene, and the march ended peacefully after the governor received a delegation.",
       note="peaceful protest"),
    ev("Gunmen on motorbikes shot dead a village chief and three other men in Yoro; nobody claimed the killings.",
       "2019-09-22", "‘On Sept. 22’ in the Friday 2019-10-04 report: Sunday 2019-09-22",
       "Yoro", "Mopti", "ML", "attack_on_civilians", "militants (unidentified)", "civilians",
       4, None, None, None,
       "On Sept. 22, gunmen on motorbikes shot dead a village chief and three other men in Yoro, near the border with Burkina Faso, according to a local association.",
       note="4 = the chief + 3 men"),
],
figures=[
    fig("displaced", 187000, "Mali",
        "The violence has displaced about 187,000 people inside Mali, according to the United Nations humanitarian office"),
    fig("other", 900, "central and northern Mali",
        "more than 900 schools in the centre and north are closed", note="schools closed"),
    fig("fighters", 13000, "Mali",
        "MINUSMA, has about 13,000 troops and police in the country", note="UN peacekeepers"),
    fig("fighters", 4500, "Sahel",
        "France keeps some 4,500 soldiers in the region under Operation Barkhane"),
    fig("killed", 100, "Mali",
        "He said the army had lost more than 100 soldiers in attacks since the start of September",
        note="soldiers killed since the start of September, unconfirmed"),
    fig("fighters", 15, "Mondoro",
        "its troops had \"neutralised\" about 15 assailants", note="'neutralised' assailants: the ministry's claim, not a toll"),
])

report("h23-03", "2020-01-22", "https://www.example-fasowire.com/securite/2020/01/22/dablo-pensa-gunmen-kill-18",
"short", "dayfirst",
"""
Gunmen kill 18 civilians in two Sanmatenga communes

OUAGADOUGOU, 22 January (Faso Wire) – Unidentified gunmen killed eleven civilians in Dablo and seven in Pensa on Monday, the government said on Wednesday, in the latest attacks in Burkina Faso's Centre-Nord region.

In Dablo the attackers rounded up men at the market before shooting them, a local official said. Several shops and a health post were set on fire.

The government declared 48 hours of national mourning. More than 560,000 Burkinabe have been displaced by violence, according to the United Nations.
""",
events=[
    ev("Unidentified gunmen killed eleven civilians in Dablo, rounding up men at the market before shooting them.",
       "2020-01-20", "‘on Monday’, the government speaking ‘on Wednesday’ 2020-01-22: Monday 2020-01-20",
       "Dablo", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       11, None, None, None,
       "Unidentified gunmen killed eleven civilians in Dablo and seven in Pensa on Monday, the government said on Wednesday, in the latest attacks in Burkina Faso's Centre-Nord region. [...] In Dablo the attackers rounded up men at the market before shooting them, a local official said.",
       note="one sentence, two places with their own tolls: split"),
    ev("Unidentified gunmen killed seven civilians in Pensa.",
       "2020-01-20", "‘on Monday’, the government speaking ‘on Wednesday’ 2020-01-22: Monday 2020-01-20",
       "Pensa", "Centre-Nord", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       7, None, None, None,
       "Unidentified gunmen killed eleven civilians in Dablo and seven in Pensa on Monday, the government said on Wednesday, in the latest attacks in Burkina Faso's Centre-Nord region."),
],
figures=[
    fig("displaced", 560000, "Burkina Faso",
        "More than 560,000 Burkinabe have been displaced by violence, according to the United Nations."),
])

report("h23-04", "2021-03-17", "https://www.example-westafricapress.com/niger/2021/03/17/tillaberi-ambush-intazayene-toll",
"ordinary", "full",
"""
Seven Nigerien soldiers killed in Tillabéri ambush; village toll rises to 13

NIAMEY, March 17 (West Africa Press) - Seven Nigerien soldiers were killed and five wounded when their patrol was ambushed near Tchoma Bangou in the Tillabéri region on Sunday, the defence ministry said.

The patrol was returning from an escort mission when it came under fire from heavily armed men on motorcycles, the ministry said in a statement read on state television on Monday evening. Islamic State's Amaq agency said on Tuesday that the group's fighters had carried out the ambush and killed 20 soldiers.

The ministry said warplanes had "neutralised several dozen terrorists" in strikes on Monday on the attackers' escape route north of Tchoma Bangou, without giving a figure.

In the neighbouring Tahoua region, gunmen killed eleven villagers in Intazayene on Monday afternoon, the mayor of the Tillia commune told the state broadcaster. A government spokesman said on Tuesday that the toll had risen to 13 after two more bodies were found in the bush. No group has claimed that attack.

Tchoma Bangou was the scene of one of the deadliest massacres of civilians in Niger's history in January, when about 100 people were killed there and in Zaroumdareye.

The United Nations says about 300,000 people are internally displaced in Niger, and the country hosts some 230,000 refugees, most of them from Nigeria and Mali. The army has about 25,000 men, according to a French military estimate.
""",
events=[
    ev("Gunmen on motorcycles ambushed a Nigerien army patrol near Tchoma Bangou, killing seven soldiers and wounding five; Islamic State claimed it and 20 dead.",
       "2021-03-14", "‘on Sunday’ before the Wednesday 2021-03-17 dateline: Sunday 2021-03-14",
       "Tchoma Bangou", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
       7, None, 5, None,
       "Seven Nigerien soldiers were killed and five wounded when their patrol was ambushed near Tchoma Bangou in the Tillabéri region on Sunday, the defence ministry said. [...] Islamic State's Amaq agency said on Tuesday that the group's fighters had carried out the ambush and killed 20 soldiers.",
       note="claimed by Islamic State (its Sahel branch); its 20 is not used"),
    ev("Nigerien warplanes struck the attackers' escape route north of Tchoma Bangou, 'neutralising several dozen terrorists'.",
       "2021-03-15", "‘in strikes on Monday’ before the Wednesday 2021-03-17 dateline: Monday 2021-03-15",
       "north of Tchoma Bangou", "Tillabéri", "NE", "explosion", "Nigerien security forces", "Islamic State",
       None, None, None, None,
       "The ministry said warplanes had \"neutralised several dozen terrorists\" in strikes on Monday on the attackers' escape route north of Tchoma Bangou, without giving a figure.",
       note="the army's own claim of enemy losses ('neutralised', no figure): not a toll"),
    ev("Gunmen killed villagers in Intazayene; the mayor said eleven, the government spokesman raised the toll to 13 after two more bodies were found.",
       "2021-03-15", "‘on Monday afternoon’ before the Wednesday 2021-03-17 dateline: Monday 2021-03-15",
       "Intazayene", "Tahoua", "NE", "attack_on_civilians", "militants (unidentified)", "civilians",
       13, None, None, None,
       "In the neighbouring Tahoua region, gunmen killed eleven villagers in Intazayene on Monday afternoon, the mayor of the Tillia commune told the state broadcaster. A government spokesman said on Tuesday that the toll had risen to 13 after two more bodies were found in the bush.",
       note="revised toll: 11 raised to 13; the revision stands"),
],
figures=[
    fig("displaced", 300000, "Niger",
        "The United Nations says about 300,000 people are internally displaced in Niger"),
    fig("other", 230000, "Niger",
        "the country hosts some 230,000 refugees, most of them from Nigeria and Mali", note="refugees hosted"),
    fig("fighters", 25000, "Niger",
        "The army has about 25,000 men, according to a French military estimate."),
])

report("h23-05", "2013-06-19", "https://www.example-saharachronicle.com/news/2013/06/19/marte-fishermen-bulabulin-ied",
"ordinary", "full",
"""
Insurgents kill 12 fishermen near Lake Chad, soldiers die in Maiduguri blast

MAIDUGURI, Nigeria, June 19 (Sahara Chronicle) – Suspected Boko Haram insurgents killed 12 fishermen on the shores of Lake Chad on Sunday, residents and a military spokesman said, five weeks into a state of emergency that was meant to crush the Islamist uprising in the northeast.

The gunmen arrived in canoes at the fishing settlement of Kirenowa in Marte local government area at dusk, accused the fishermen of informing on them to soldiers and shot them one by one, a survivor who escaped into the reeds said.

In Maiduguri, two soldiers were killed on Monday when a bomb planted by the roadside went off as their patrol vehicle passed through the Bulabulin ward. A third soldier died of his wounds in hospital on Tuesday and two others are still being treated, a spokesman for the Joint Task Force said. He blamed "Boko Haram terrorists" for the blast.

Youths of the Civilian JTF, the vigilante groups that have sprung up in Maiduguri since the emergency, said they handed 17 suspected insurgents to soldiers in the Gwange area last week.

President Goodluck Jonathan declared a state of emergency in Borno, Yobe and Adamawa states on May 14. Human Rights Watch estimates that more than 3,600 people have been killed in the insurgency since 2009, and the UN refugee agency says about 6,000 Nigerians have fled across the borders into Niger and Cameroon since the military offensive began.
""",
events=[
    ev("Suspected Boko Haram gunmen arriving in canoes shot dead 12 fishermen at Kirenowa, accusing them of informing on them to soldiers.",
       "2013-06-16", "‘on Sunday’ before the Wednesday 2013-06-19 dateline: Sunday 2013-06-16",
       "Kirenowa", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
       12, None, None, None,
       "Suspected Boko Haram insurgents killed 12 fishermen on the shores of Lake Chad on Sunday, residents and a military spokesman said [...] The gunmen arrived in canoes at the fishing settlement of Kirenowa in Marte local government area at dusk, accused the fishermen of informing on them to soldiers and shot them one by one"),
    ev("A roadside bomb hit a JTF patrol vehicle in Bulabulin, Maiduguri, killing two soldiers; a third died of his wounds the next day and two others are being treated.",
       "2013-06-17", "‘on Monday’ before the Wednesday 2013-06-19 dateline: Monday 2013-06-17",
       "Bulabulin", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
       3, None, 2, None,
       "In Maiduguri, two soldiers were killed on Monday when a bomb planted by the roadside went off as their patrol vehicle passed through the Bulabulin ward. A third soldier died of his wounds in hospital on Tuesday and two others are still being treated, a spokesman for the Joint Task Force said. He blamed \"Boko Haram terrorists\" for the blast.",
       note="3 = 2 + 1 who died of wounds; wounded 2 still in hospital; the JTF blames Boko Haram, no denial"),
    ev("Civilian JTF vigilantes handed 17 suspected insurgents to soldiers in Gwange.",
       None, "‘last week’, no day given",
       "Gwange", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram",
       None, None, None, None,
       "Youths of the Civilian JTF, the vigilante groups that have sprung up in Maiduguri since the emergency, said they handed 17 suspected insurgents to soldiers in the Gwange area last week.",
       note="Civilian JTF counted with Nigerian security forces, as in news-dev", arrested=17),
],
figures=[
    fig("killed", 3600, "northeast Nigeria",
        "Human Rights Watch estimates that more than 3,600 people have been killed in the insurgency since 2009"),
    fig("displaced", 6000, "Niger and Cameroon",
        "about 6,000 Nigerians have fled across the borders into Niger and Cameroon since the military offensive began",
        note="refugees"),
])

report("h23-06", "2018-04-10", "https://www.example-plateaumirror.com/news/2018/04/10/riyom-jol-village-attack",
"short", "nodate",
"""
Nine killed in attack on Riyom village

JOS (Plateau Mirror) - Gunmen killed nine people, among them a pregnant woman, in an attack on Jol village in Riyom local government area late on Sunday, police said.

The Plateau State police spokesman said four other villagers were wounded and taken to hospital in Jos. A community leader blamed Fulani herdsmen for the attack; the Miyetti Allah Cattle Breeders Association denied any role and condemned the killings.

Troops of Operation Safe Haven have been deployed to the area.
""",
events=[
    ev("Gunmen killed nine people and wounded four in Jol village, Riyom; a community leader blamed Fulani herdsmen, whose association denied it.",
       "2018-04-08", "‘late on Sunday’ in a report published Tuesday 2018-04-10 (dateline without a date): Sunday 2018-04-08",
       "Jol", "Plateau", "NG", "attack_on_civilians", "unknown", "civilians",
       9, None, 4, None,
       "Gunmen killed nine people, among them a pregnant woman, in an attack on Jol village in Riyom local government area late on Sunday, police said.\n\nThe Plateau State police spokesman said four other villagers were wounded and taken to hospital in Jos. A community leader blamed Fulani herdsmen for the attack; the Miyetti Allah Cattle Breeders Association denied any role and condemned the killings.",
       note="blame denied: actor1 unknown"),
],
figures=[])

# ---------------------------------------------------------------------------
# h23-07 .. h23-12
# ---------------------------------------------------------------------------

report("h23-07", "2019-02-13", "https://www.example-cameroonfrontline.com/anglophone/2019/02/13/bafut-killings-kumbo-abduction",
"ordinary", "abbr",
"""
Six killed in Bafut as army and separatists trade blame; Kumbo students freed

BAMENDA, Cameroon, Feb 13 (Cameroon Frontline) – At least six civilians were shot dead and several houses burned in Bafut on Monday, the day Cameroon marked its National Youth Day, residents said, as violence flared across the two English-speaking regions.

The army said in a statement that "secessionist terrorists" had killed the villagers for ignoring a boycott of the Youth Day celebrations. A spokesman for the Ambazonia Defence Forces denied that separatist fighters were involved and accused soldiers of carrying out the killings during a search operation. Residents said they could not tell who the gunmen were.

In Kumbo, a school principal and nine students who were abducted from their school on Sunday were released unharmed on Tuesday, the Catholic diocese said. A separatist group calling itself the Bui Warriors had said in a video posted on Monday that it was holding them "until the schools boycott is respected".

Separatist fighters attacked a gendarmerie post in Mamfe, in the South-West region, on Saturday, killing one gendarme, a local official said.

In the Far North, suspected Boko Haram fighters raided Mozogo overnight on Monday, killing two members of a local vigilance committee and wounding a soldier, a military source said.

The United Nations says more than 430,000 people have been displaced inside the North-West and South-West regions since the crisis turned violent in late 2017, and some 32,000 have fled to Nigeria. The government says more than 170 soldiers and police officers have been killed in that time.
""",
events=[
    ev("At least six civilians were shot dead and houses burned in Bafut; the army blamed separatists, the Ambazonia Defence Forces blamed soldiers.",
       "2019-02-11", "‘on Monday’ before the Wednesday 2019-02-13 dateline: Monday 2019-02-11",
       "Bafut", "North-West", "CM", "attack_on_civilians", "unknown", "civilians",
       6, None, None, None,
       "At least six civilians were shot dead and several houses burned in Bafut on Monday, the day Cameroon marked its National Youth Day, residents said [...] The army said in a statement that \"secessionist terrorists\" had killed the villagers for ignoring a boycott of the Youth Day celebrations. A spokesman for the Ambazonia Defence Forces denied that separatist fighters were involved and accused soldiers of carrying out the killings during a search operation.",
       note="each side blames the other: actor1 unknown"),
    ev("A school principal and nine students were abducted from their school in Kumbo; the Bui Warriors separatist group said it held them; released unharmed two days later.",
       "2019-02-10", "‘abducted from their school on Sunday’ before the Wednesday 2019-02-13 dateline: Sunday 2019-02-10",
       "Kumbo", "North-West", "CM", "other", "Ambazonian separatists", "civilians",
       None, None, None, None,
       "In Kumbo, a school principal and nine students who were abducted from their school on Sunday were released unharmed on Tuesday, the Catholic diocese said. A separatist group calling itself the Bui Warriors had said in a video posted on Monday that it was holding them",
       note="abduction; the doer is known only from the group's own video"),
    ev("Separatist fighters attacked a gendarmerie post in Mamfe, killing one gendarme.",
       "2019-02-09", "‘on Saturday’ before the Wednesday 2019-02-13 dateline: Saturday 2019-02-09",
       "Mamfe", "South-West", "CM", "battle", "Ambazonian separatists", "Cameroonian security forces",
       1, None, None, None,
       "Separatist fighters attacked a gendarmerie post in Mamfe, in the South-West region, on Saturday, killing one gendarme, a local official said."),
    ev("Suspected Boko Haram fighters raided Mozogo, killing two vigilance committee members and wounding a soldier.",
       "2019-02-11", "‘overnight on Monday’: the night of Monday 2019-02-11",
       "Mozogo", "Far North", "CM", "battle", "Boko Haram", "Cameroonian security forces",
       2, None, 1, None,
       "In the Far North, suspected Boko Haram fighters raided Mozogo overnight on Monday, killing two members of a local vigilance committee and wounding a soldier, a military source said.",
       note="vigilance committee members counted with the state side"),
],
figures=[
    fig("displaced", 430000, "North-West and South-West regions",
        "The United Nations says more than 430,000 people have been displaced inside the North-West and South-West regions since the crisis turned violent in late 2017"),
    fig("displaced", 32000, "Nigeria",
        "some 32,000 have fled to Nigeria", note="refugees"),
    fig("killed", 170, "North-West and South-West regions",
        "The government says more than 170 soldiers and police officers have been killed in that time."),
])

report("h23-08", "2020-02-06", "https://www.example-kivucourier.com/beni/2020/02/06/ntoyo-massacre-adf-beni-anger",
"long", "full",
"""
Machete attack near Oicha kills at least 13 as Beni's anger boils over

BENI, Democratic Republic of Congo, February 6 (Kivu Courier) - At least 13 people were hacked to death overnight on Tuesday in Ntoyo, a farming village about 10 km north of Oicha on the road to Eringeti, in an attack that the army, citing survivors, attributed to fighters of the Allied Democratic Forces (ADF), the Ugandan-led armed group that has terrorised Beni territory for six years.

A spokesman for the army's Sokola 1 operation said on Wednesday that twelve civilians had been killed on the spot. A woman who was brought to Oicha general hospital with deep wounds to her head died there on Wednesday afternoon, a nurse said, and three other wounded villagers were still being treated.

The civil society of Beni territory, which keeps its own count, put the toll at 18, saying that five bodies had been found in the fields around the village after the army's statement. Local chief Kakule Muhindo said the attackers came from the direction of the forest at about 10 p.m. and went from house to house. "They did not fire a single shot. They used machetes and axes so that the soldiers at the checkpoint would not hear," he said.

The massacre came a day after soldiers in the nearby locality of Mayimoya had been put on alert, and it was the second in the area in less than three weeks. On January 17, eleven people were killed when attackers struck farmers returning from their fields at Mayimoya, according to the civil society.

News of the killings in Ntoyo reached Beni town on Wednesday morning. By noon hundreds of young men had blocked the main road with burning tyres, and some of them stoned the town hall and a police station, accusing the authorities and the United Nations of failing to protect them. Police fired tear gas and live rounds to disperse the crowd; two protesters were wounded by bullets, a doctor at Beni referral hospital said.

The violence in Beni has continued despite a large offensive that the army launched against ADF strongholds on Oct. 30. The army says the operation has destroyed the group's main camps, and on January 9 troops captured Madina, the ADF's headquarters in the forest east of Mbau, in what officials called a turning point. Since then, the rebels have broken into small groups and turned their weapons on villagers, analysts say.

According to the Kivu Security Tracker, a project that maps violence in eastern Congo, more than 300 civilians have been killed in Beni territory since the offensive began. About 100,000 people have fled their homes in the area over the same period, the UN humanitarian office estimates.

"Every time the army says the ADF is finished, we bury more people," said a teacher in Oicha, who asked that his name not be used. He said many families now sleep in Oicha town and go to their fields only in groups, escorted by soldiers, during the day.

The ADF, which began as a rebellion against Ugandan President Yoweri Museveni in the 1990s and moved into Congo's forests, has in recent years been linked by the Islamic State group to its Central Africa province. Congolese and UN officials say the group has between 1,000 and 1,500 fighters, although the figure is disputed.

Further north, in Ituri province, militiamen of the CODECO armed group killed eight people in the village of Nizi on Saturday, the administrator of Djugu territory said. The attackers also set fire to a health centre, he said. CODECO, which draws its members from the Lendu community, has been blamed for a wave of attacks on Hema villages since 2017.

In November, anger over the killings in Beni led to riots in which the town hall was set on fire and a UN base was attacked. The United Nations mission, MONUSCO, which has about 16,000 uniformed personnel in Congo, responded by setting up joint operations with the army in the area.

The governor of North Kivu was due to visit Oicha on Thursday. Local leaders said they would ask him to move more troops out of the towns and into the villages.
""",
events=[
    ev("At least 13 villagers were hacked to death in Ntoyo, north of Oicha, in an attack attributed to the ADF: twelve killed on the spot and a wounded woman who died in hospital; civil society counted 18; three wounded still treated.",
       "2020-02-04", "‘overnight on Tuesday’: the night of Tuesday 2020-02-04, before the Thursday 2020-02-06 dateline",
       "Ntoyo", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
       13, 18, 3, None,
       "At least 13 people were hacked to death overnight on Tuesday in Ntoyo, a farming village about 10 km north of Oicha on the road to Eringeti, in an attack that the army, citing survivors, attributed to fighters of the Allied Democratic Forces (ADF) [...] A spokesman for the army's Sokola 1 operation said on Wednesday that twelve civilians had been killed on the spot. A woman who was brought to Oicha general hospital with deep wounds to her head died there on Wednesday afternoon, a nurse said, and three other wounded villagers were still being treated. [...] The civil society of Beni territory, which keeps its own count, put the toll at 18",
       note="13 = 12 + 1 who died of wounds; civil society 18: conflicting; wounded 3 still treated"),
    ev("Attackers killed eleven farmers returning from their fields at Mayimoya.",
       "2020-01-17", "‘On January 17’ in the Thursday 2020-02-06 report: Friday 2020-01-17",
       "Mayimoya", "North Kivu", "CD", "attack_on_civilians", "unknown", "civilians",
       11, None, None, None,
       "On January 17, eleven people were killed when attackers struck farmers returning from their fields at Mayimoya, according to the civil society.",
       note="attackers not named"),
    ev("Hundreds of young men in Beni blocked the main road with burning tyres and stoned the town hall and a police station; police fired tear gas and live rounds, wounding two.",
       "2020-02-05", "‘on Wednesday morning’ before the Thursday 2020-02-06 dateline: Wednesday 2020-02-05",
       "Beni", "North Kivu", "CD", "other", "rioters", "Congolese security forces",
       None, None, 2, None,
       "By noon hundreds of young men had blocked the main road with burning tyres, and some of them stoned the town hall and a police station, accusing the authorities and the United Nations of failing to protect them. Police fired tear gas and live rounds to disperse the crowd; two protesters were wounded by bullets, a doctor at Beni referral hospital said.",
       note="riot (violent demonstration)"),
    ev("Congolese troops captured Madina, the ADF's headquarters east of Mbau.",
       "2020-01-09", "‘on January 9’ in the Thursday 2020-02-06 report: Thursday 2020-01-09",
       "Madina", "North Kivu", "CD", "territory_gain", "Congolese security forces", "ADF",
       None, None, None, None,
       "on January 9 troops captured Madina, the ADF's headquarters in the forest east of Mbau, in what officials called a turning point."),
    ev("CODECO militiamen killed eight people in Nizi, Djugu territory, and set fire to a health centre.",
       "2020-02-01", "‘on Saturday’ before the Thursday 2020-02-06 dateline: Saturday 2020-02-01",
       "Nizi", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
       8, None, None, None,
       "Further north, in Ituri province, militiamen of the CODECO armed group killed eight people in the village of Nizi on Saturday, the administrator of Djugu territory said. The attackers also set fire to a health centre, he said."),
],
figures=[
    fig("killed", 300, "Beni territory",
        "more than 300 civilians have been killed in Beni territory since the offensive began"),
    fig("displaced", 100000, "Beni territory",
        "About 100,000 people have fled their homes in the area over the same period, the UN humanitarian office estimates."),
    fig("fighters", 1000, "Beni territory",
        "Congolese and UN officials say the group has between 1,000 and 1,500 fighters", note="1,000 to 1,500 ADF fighters"),
    fig("fighters", 16000, "DR Congo",
        "MONUSCO, which has about 16,000 uniformed personnel in Congo", note="UN peacekeepers"),
])

report("h23-09", "2022-06-14", "https://www.example-kivupressagency.com/en/2022/06/14/m23-bunagana",
"short", "none",
"""
M23 rebels seize Congolese border town of Bunagana

Updated 14 June 2022, 11:40

Rebels of the M23 took control of Bunagana, on Congo's border with Uganda, on Monday after fighting with the army that began before dawn, local officials and residents said.

Ugandan authorities said 137 Congolese soldiers and police officers had crossed the border and surrendered their weapons. About 30,000 civilians fled into Uganda over the past week, the UN refugee agency said.

Kinshasa accused Rwanda of backing the rebels. Kigali denies it.
""",
events=[
    ev("M23 rebels took control of Bunagana on the Ugandan border after fighting with the Congolese army.",
       "2022-06-13", "‘on Monday’ in a report updated Tuesday 2022-06-14: Monday 2022-06-13",
       "Bunagana", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
       None, None, None, None,
       "Rebels of the M23 took control of Bunagana, on Congo's border with Uganda, on Monday after fighting with the army that began before dawn, local officials and residents said."),
],
figures=[
    fig("other", 137, "Uganda",
        "Ugandan authorities said 137 Congolese soldiers and police officers had crossed the border and surrendered their weapons.",
        note="soldiers and police who fled into Uganda"),
    fig("displaced", 30000, "Uganda",
        "About 30,000 civilians fled into Uganda over the past week", note="refugees"),
])

report("h23-10", "2023-11-21", "https://www.example-hornobserver.com/ethiopia/2023/11/21/dembecha-drone-mota-fano",
"ordinary", "dayfirst",
"""
Drone strike near Dembecha kills minibus passengers as Amhara fighting spreads

ADDIS ABABA, 21 Nov (Horn Observer) – Between 11 and 15 people were killed when a drone struck a minibus on the road outside Dembecha in West Gojjam on Sunday, residents and a health official said, the latest in a series of deadly strikes in Ethiopia's Amhara region.

At least 20 passengers and bystanders were wounded and taken to the hospital in Finote Selam, the health official said. Residents blamed a military drone. A federal government spokesman denied on Monday that the army had carried out any strike in the area and said the reports were "propaganda of extremist forces".

Fighters of the Fano militia entered the town of Mota, in East Gojjam, on Saturday and freed inmates from the local prison, two residents said. They withdrew on Sunday as federal troops approached, and the army was back in control of the town by the evening, one of them said.

On Monday Fano fighters attacked army positions on the outskirts of Debre Tabor, in South Gondar. Staff at the town's hospital said they had received the bodies of three soldiers and two civilians who were hit by stray bullets.

Fano, a loose network of Amhara militias that fought alongside federal forces against Tigrayan rebels in 2020-2022, turned against the government this year over plans to disband regional forces. A six-month state of emergency was declared in August. The United Nations human rights office says at least 200 civilians have been killed in the region since July, and more than 1.5 million children in Amhara are out of school.
""",
events=[
    ev("A drone struck a minibus outside Dembecha, killing between 11 and 15 people and wounding at least 20; residents blamed a military drone, the government denied any strike.",
       "2023-11-19", "‘on Sunday’ before the Tuesday 2023-11-21 dateline: Sunday 2023-11-19",
       "Dembecha", "Amhara", "ET", "explosion", "unknown", "civilians",
       11, 15, 20, None,
       "Between 11 and 15 people were killed when a drone struck a minibus on the road outside Dembecha in West Gojjam on Sunday, residents and a health official said [...] At least 20 passengers and bystanders were wounded and taken to the hospital in Finote Selam, the health official said. Residents blamed a military drone. A federal government spokesman denied on Monday that the army had carried out any strike in the area",
       note="range 11-15; blame denied: actor1 unknown"),
    ev("Fano fighters entered Mota and freed inmates from the prison.",
       "2023-11-18", "‘on Saturday’ before the Tuesday 2023-11-21 dateline: Saturday 2023-11-18",
       "Mota", "Amhara", "ET", "territory_gain", "Fano", "Ethiopian security forces",
       None, None, None, None,
       "Fighters of the Fano militia entered the town of Mota, in East Gojjam, on Saturday and freed inmates from the local prison, two residents said."),
    ev("Fano withdrew from Mota as federal troops approached; the army was back in control by the evening.",
       "2023-11-19", "‘on Sunday’ before the Tuesday 2023-11-21 dateline: Sunday 2023-11-19",
       "Mota", "Amhara", "ET", "territory_gain", "Ethiopian security forces", "Fano",
       None, None, None, None,
       "They withdrew on Sunday as federal troops approached, and the army was back in control of the town by the evening, one of them said.",
       note="retaken without reported fighting", optional=True),
    ev("Fano fighters attacked army positions outside Debre Tabor; the hospital received the bodies of three soldiers and two civilians.",
       "2023-11-20", "‘On Monday’ before the Tuesday 2023-11-21 dateline: Monday 2023-11-20",
       "Debre Tabor", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
       5, None, None, None,
       "On Monday Fano fighters attacked army positions on the outskirts of Debre Tabor, in South Gondar. Staff at the town's hospital said they had received the bodies of three soldiers and two civilians who were hit by stray bullets.",
       note="5 = 3 soldiers + 2 civilians"),
],
figures=[
    fig("killed", 200, "Amhara",
        "The United Nations human rights office says at least 200 civilians have been killed in the region since July"),
    fig("other", 1500000, "Amhara",
        "more than 1.5 million children in Amhara are out of school", note="children out of school"),
])

report("h23-11", "2024-06-17", "https://www.example-niledispatch.com/darfur/2024/06/17/el-fasher-abu-shouk-shelling-mellit-strike",
"long", "full",
"""
El Fasher shelling kills displaced as both sides trade blame

By Hanan Abdelrahman

Updated June 17, 2024 09:15 GMT

PORT SUDAN, June 17 (Nile Dispatch) - Shells slammed into the Abu Shouk camp for displaced people on the northern edge of El Fasher on Saturday, killing at least 11 people, according to the Sudan Doctors Network, as fighting for the last major city in Darfur not held by the Rapid Support Forces entered its sixth week.

Camp coordinators gave a higher toll of 17 dead, most of them women and children who had been queueing for water, and said more than 30 people were wounded. The army and its allies in the Joint Forces of Darfur's former rebel movements blamed the RSF, which has encircled the city since May. The paramilitary group denied shelling the camp and accused the army of firing on civilians and blaming its enemies.

"The shells came one after another, maybe six or seven, right into the blocks where the families from Kutum live," said a teacher who lives in the camp. "We buried people in the same clothes they died in."

On Friday, RSF fighters attacked the eastern part of El Fasher from several directions and reached the edge of the main market before they were pushed back in street fighting that lasted until nightfall, residents and a Joint Forces commander said. The army said it had killed "dozens of militia elements" but gave no figure, and the RSF published videos of its fighters on a street it said was in the city centre. Neither side's account could be checked.

The fighting has repeatedly reached the city's hospitals. A drone hit the Saudi Hospital, the only functioning referral hospital in El Fasher, on Wednesday, killing four patients and wounding eight, the state health ministry said at first. On Friday the ministry raised the toll to six, saying two of the wounded had died. It blamed the RSF, which has not commented on the strike. Medical charity Médecins Sans Frontières, which supports the hospital, said staff had been forced to move the remaining patients to a smaller clinic.

Outside the city, the war has taken the opposite shape. Army warplanes bombed the livestock market in Mellit, an RSF-held town about 60 km north of El Fasher, on Thursday, killing nine civilians, according to a civil administration set up by the RSF. The army said its air force had struck "gatherings of the rebel militia" in the area and did not mention the market.

The battle for El Fasher has been building since the RSF took the other four state capitals of Darfur last year. The paramilitary launched its assault on the city on May 10, and MSF says at least 226 people have been killed and more than 1,400 wounded in the city since then. An estimated 800,000 civilians remain inside, many of them people who had already fled earlier fighting in the region.

Sudan's war began on April 15, 2023, when a power struggle between army chief General Abdel Fattah al-Burhan and RSF commander General Mohamed Hamdan Dagalo, known as Hemedti, erupted into fighting in Khartoum. The RSF has since taken most of the capital, almost all of Darfur and, in December, Wad Madani, the capital of Gezira state, which had sheltered hundreds of thousands of people who had fled Khartoum.

More than 10 million people have been driven from their homes inside Sudan, and about two million have fled abroad, according to the International Organization for Migration, making it the largest displacement crisis in the world. The UN Security Council passed a resolution on Thursday calling on the RSF to halt its siege of El Fasher, but diplomats said they had little expectation that it would be heeded.

"El Fasher is the last place in Darfur where people who fled the RSF could feel safe," said an aid worker who left the city in May. "If it falls, where will 800,000 people go? There is only the desert and Chad."

Talks between the two sides in Jeddah, sponsored by the United States and Saudi Arabia, have been suspended since December. The US special envoy for Sudan has said he hopes to bring them back to the table before the rainy season, when roads into Darfur become impassable and aid deliveries slow further.
""",
events=[
    ev("Shells hit the Abu Shouk displaced camp, killing at least 11 (Sudan Doctors Network) or 17 (camp coordinators) and wounding more than 30; the army blamed the RSF, which denied it and blamed the army.",
       "2024-06-15", "‘on Saturday’ before the Monday 2024-06-17 dateline: Saturday 2024-06-15",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "unknown", "civilians",
       11, 17, 30, None,
       "Shells slammed into the Abu Shouk camp for displaced people on the northern edge of El Fasher on Saturday, killing at least 11 people, according to the Sudan Doctors Network [...] Camp coordinators gave a higher toll of 17 dead, most of them women and children who had been queueing for water, and said more than 30 people were wounded. The army and its allies in the Joint Forces of Darfur's former rebel movements blamed the RSF, which has encircled the city since May. The paramilitary group denied shelling the camp and accused the army of firing on civilians and blaming its enemies.",
       note="conflicting tolls 11 vs 17; blame denied: actor1 unknown"),
    ev("RSF fighters attacked eastern El Fasher and reached the edge of the main market before being pushed back; the army claimed 'dozens' of militia killed.",
       "2024-06-14", "‘On Friday’ before the Monday 2024-06-17 dateline: Friday 2024-06-14",
       "El Fasher", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "On Friday, RSF fighters attacked the eastern part of El Fasher from several directions and reached the edge of the main market before they were pushed back in street fighting that lasted until nightfall, residents and a Joint Forces commander said. The army said it had killed \"dozens of militia elements\" but gave no figure",
       note="the army's 'dozens' is its own claim of enemy dead: not a toll"),
    ev("A drone hit the Saudi Hospital in El Fasher, killing four patients and wounding eight; two of the wounded died, raising the toll to six. The health ministry blamed the RSF.",
       "2024-06-12", "‘on Wednesday’ before the Monday 2024-06-17 dateline: Wednesday 2024-06-12",
       "Saudi Hospital, El Fasher", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       6, None, 6, None,
       "A drone hit the Saudi Hospital, the only functioning referral hospital in El Fasher, on Wednesday, killing four patients and wounding eight, the state health ministry said at first. On Friday the ministry raised the toll to six, saying two of the wounded had died. It blamed the RSF, which has not commented on the strike.",
       note="6 = 4 + 2 who died of wounds; wounded 8 - 2 = 6; blame with no denial"),
    ev("Army warplanes bombed the livestock market in RSF-held Mellit, killing nine civilians according to the RSF civil administration; the army said it struck militia gatherings.",
       "2024-06-13", "‘on Thursday’ before the Monday 2024-06-17 dateline: Thursday 2024-06-13",
       "Mellit livestock market", "North Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       9, None, None, None,
       "Army warplanes bombed the livestock market in Mellit, an RSF-held town about 60 km north of El Fasher, on Thursday, killing nine civilians, according to a civil administration set up by the RSF. The army said its air force had struck \"gatherings of the rebel militia\" in the area and did not mention the market.",
       note="the striker admits strikes in the area while the victims are disputed"),
],
figures=[
    fig("killed", 226, "El Fasher",
        "MSF says at least 226 people have been killed and more than 1,400 wounded in the city since then"),
    fig("wounded", 1400, "El Fasher",
        "MSF says at least 226 people have been killed and more than 1,400 wounded in the city since then"),
    fig("civilians_trapped", 800000, "El Fasher",
        "An estimated 800,000 civilians remain inside"),
    fig("displaced", 10000000, "Sudan",
        "More than 10 million people have been driven from their homes inside Sudan"),
    fig("displaced", 2000000, "abroad",
        "about two million have fled abroad, according to the International Organization for Migration", note="refugees"),
])

report("h23-12", "2024-03-25", "https://www.example-niledispatch.com/sudan/2024/03/25/ramadan-truce-ignored-hunger-figures",
"ordinary", "nodate",
"""
Ramadan truce call goes unheeded as Sudan's hunger numbers climb

PORT SUDAN (Nile Dispatch) - Two weeks after the UN Security Council called for a ceasefire during the holy month of Ramadan, neither Sudan's army nor the Rapid Support Forces has accepted it, and aid agencies say the window to prevent famine is closing.

The resolution, adopted with 14 votes in favour and Russia abstaining, asked the warring sides to silence their guns and open corridors for food. Army leaders said they would not stop fighting while the paramilitary force occupied homes, hospitals and state institutions. The RSF welcomed the text but set conditions of its own.

According to the United Nations, 18 million Sudanese face acute hunger, about five million of them at emergency levels. The World Food Programme says it can reach only one in ten of those who need help in the areas of Darfur and Kordofan where the fighting is heaviest, because of blocked roads, looting and bureaucratic obstacles.

Nearly 8.6 million people have fled their homes since the war began last April, among them 1.8 million who crossed into Chad, South Sudan, Egypt and other neighbours. The humanitarian appeal for Sudan this year, $2.7 billion, is only 5 percent funded, the UN humanitarian office said.

Estimates of the dead vary widely. Conflict monitors have recorded more than 14,000 killings, but officials in the UN and in Washington say the real number may be several times higher because large parts of the country are cut off from telephone and internet networks.

"We are not short of reports of atrocities. We are short of access," said a senior aid official in Port Sudan. "Every week we lose, the number of children with severe acute malnutrition goes up."

The United States has said it hopes to revive the Jeddah talks after Ramadan. The last round broke up in December without agreement.
""",
events=[],
figures=[
    fig("other", 18000000, "Sudan",
        "According to the United Nations, 18 million Sudanese face acute hunger", note="people facing acute hunger"),
    fig("other", 5000000, "Sudan",
        "about five million of them at emergency levels", note="people at emergency levels of hunger"),
    fig("displaced", 8600000, "Sudan",
        "Nearly 8.6 million people have fled their homes since the war began last April"),
    fig("displaced", 1800000, "Chad, South Sudan, Egypt",
        "among them 1.8 million who crossed into Chad, South Sudan, Egypt and other neighbours", note="refugees"),
    fig("killed", 14000, "Sudan",
        "Conflict monitors have recorded more than 14,000 killings"),
    fig("other", 2700000000, "Sudan",
        "The humanitarian appeal for Sudan this year, $2.7 billion, is only 5 percent funded", note="appeal in US dollars"),
],
country_hint="SD")

# ---------------------------------------------------------------------------
# h23-13 .. h23-18
# ---------------------------------------------------------------------------

report("h23-13", "2020-06-30", "https://www.example-cabodelgadojournal.com/seguranca/2020/06/30/awasse-diaca-attacks-mbau",
"ordinary", "full",
"""
Insurgents strike two Mocímboa da Praia villages; Islamic State claims attacks

PEMBA, June 30 (Cabo Delgado Journal) - Insurgents burned houses and killed at least seven people in Awasse on Saturday and three people in Diaca on Sunday, residents said, as the armed group that has terrorised northern Mozambique for nearly three years pressed its attacks on the district of Mocímboa da Praia.

A police source said two police officers guarding a fuel depot were also killed in Diaca. Survivors described fighters in a mix of civilian clothes and stolen army uniforms who arrived on foot and shouted "Allahu akbar" as they set fire to the thatched homes.

The militants, who are known locally as al-Shabab although they have no known ties to the Somali group of that name, rarely speak to the press. On Monday, however, Islamic State claimed through its Amaq agency that its fighters had attacked Awasse and Diaca and killed "more than 20 Crusader soldiers". The claim could not be verified, and the army has not reported any military losses.

The defence ministry said on Monday that government forces, supported by helicopters flown by a private South African contractor, had recaptured the village of Mbau after a two-day operation.

In Pemba, the provincial capital, police arrested five young men on Friday on suspicion of recruiting for the insurgents in the city's Paquitequete neighbourhood, a police spokesman said.

More than 1,100 people have been killed since the insurgency began in October 2017, according to conflict monitors, and the provincial government says about 250,000 people have been displaced.
""",
events=[
    ev("Insurgents burned houses and killed at least seven people in Awasse; Islamic State claimed the attack.",
       "2020-06-27", "‘on Saturday’ before the Tuesday 2020-06-30 dateline: Saturday 2020-06-27",
       "Awasse", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       7, None, None, None,
       "Insurgents burned houses and killed at least seven people in Awasse on Saturday and three people in Diaca on Sunday, residents said [...] On Monday, however, Islamic State claimed through its Amaq agency that its fighters had attacked Awasse and Diaca and killed \"more than 20 Crusader soldiers\".",
       note="doer named only by the Islamic State claim (the insurgents locally called al-Shabab, not the Somali group); the claimed 20 soldiers is not used"),
    ev("Insurgents killed three people in Diaca and two police officers guarding a fuel depot; Islamic State claimed the attack.",
       "2020-06-28", "‘on Sunday’ before the Tuesday 2020-06-30 dateline: Sunday 2020-06-28",
       "Diaca", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
       5, None, None, None,
       "Insurgents burned houses and killed at least seven people in Awasse on Saturday and three people in Diaca on Sunday, residents said [...] A police source said two police officers guarding a fuel depot were also killed in Diaca. [...] On Monday, however, Islamic State claimed through its Amaq agency that its fighters had attacked Awasse and Diaca and killed \"more than 20 Crusader soldiers\".",
       note="5 = 3 residents + 2 police officers; claimed 20 not used"),
    ev("Government forces supported by contractor helicopters recaptured Mbau after a two-day operation.",
       None, "only the day of the statement: ‘said on Monday’; the capture itself is not dated",
       "Mbau", "Cabo Delgado", "MZ", "territory_gain", "Mozambican security forces", "Islamic State",
       None, None, None, None,
       "The defence ministry said on Monday that government forces, supported by helicopters flown by a private South African contractor, had recaptured the village of Mbau after a two-day operation."),
    ev("Police in Pemba arrested five young men suspected of recruiting for the insurgents in Paquitequete.",
       "2020-06-26", "‘on Friday’ before the Tuesday 2020-06-30 dateline: Friday 2020-06-26",
       "Paquitequete", "Cabo Delgado", "MZ", "arrest", "Mozambican security forces", "civilians",
       None, None, None, None,
       "In Pemba, the provincial capital, police arrested five young men on Friday on suspicion of recruiting for the insurgents in the city's Paquitequete neighbourhood, a police spokesman said.",
       arrested=5),
],
figures=[
    fig("killed", 1100, "Cabo Delgado",
        "More than 1,100 people have been killed since the insurgency began in October 2017, according to conflict monitors"),
    fig("displaced", 250000, "Cabo Delgado",
        "the provincial government says about 250,000 people have been displaced"),
])

report("h23-14", "2021-12-03", "https://www.example-mesopotamianow.com/security/2021/12/03/makhmour-peshmerga-muqdadiyah-rashad",
"ordinary", "abbr",
"""
Islamic State kills three in night attack near Makhmour; bomb hits PMF in Diyala

KIRKUK, Iraq, Dec. 3 (Mesopotamia Now) - Islamic State militants attacked a Peshmerga position in the village of Qara Salem, near Makhmour, overnight on Thursday, killing two Kurdish fighters and a villager who had been guiding them, the Peshmerga ministry said on Friday.

Four more Peshmerga were wounded in the attack, which began with sniper fire and ended in a gun battle that lasted about an hour, the ministry said. Islamic State claimed the attack on Friday through its Amaq agency, saying it had killed ten "apostates".

The attack came a day after a roadside bomb killed two fighters of the Popular Mobilisation Forces near Muqdadiyah in Diyala and a sniper shot dead a federal policeman in al-Rashad, south of Kirkuk, attacks that the government's Security Media Cell blamed on "Daesh terrorist remnants".

A Katyusha rocket landed near the K1 military base northwest of Kirkuk on Tuesday without causing casualties, the military said. It did not say who fired it.

Kurdish officials have long complained that a security vacuum in the disputed territories between the Kurdistan Region and federal Iraq allows militant cells to move freely. Baghdad and Erbil agreed last month to set up joint brigades to fill the gap, but they have not yet been deployed.

The United Nations estimates that Islamic State still has up to 10,000 fighters in Iraq and Syria, most of them in small cells in the desert and the mountains. About 1.2 million Iraqis remain displaced four years after the group's defeat, according to the International Organization for Migration.
""",
events=[
    ev("Islamic State militants attacked a Peshmerga position at Qara Salem near Makhmour, killing two Peshmerga and a villager guiding them and wounding four Peshmerga; Amaq claimed ten killed.",
       "2021-12-02", "‘overnight on Thursday’: the night of Thursday 2021-12-02, before the Friday 2021-12-03 dateline",
       "Qara Salem", "Erbil", "IQ", "battle", "Islamic State", "Peshmerga",
       3, None, 4, None,
       "Islamic State militants attacked a Peshmerga position in the village of Qara Salem, near Makhmour, overnight on Thursday, killing two Kurdish fighters and a villager who had been guiding them, the Peshmerga ministry said on Friday.\n\nFour more Peshmerga were wounded in the attack, which began with sniper fire and ended in a gun battle that lasted about an hour, the ministry said. Islamic State claimed the attack on Friday through its Amaq agency, saying it had killed ten \"apostates\".",
       note="3 = 2 Peshmerga + 1 villager; Amaq's claimed ten not used"),
    ev("A roadside bomb killed two PMF fighters near Muqdadiyah; the Security Media Cell blamed Islamic State.",
       "2021-12-01", "‘a day after’ counted back from the attack of Thursday 2021-12-02: Wednesday 2021-12-01",
       "Muqdadiyah", "Diyala", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
       2, None, None, None,
       "The attack came a day after a roadside bomb killed two fighters of the Popular Mobilisation Forces near Muqdadiyah in Diyala and a sniper shot dead a federal policeman in al-Rashad, south of Kirkuk, attacks that the government's Security Media Cell blamed on \"Daesh terrorist remnants\".",
       note="one sentence, two places: split"),
    ev("A sniper shot dead a federal policeman in al-Rashad, south of Kirkuk; the Security Media Cell blamed Islamic State.",
       "2021-12-01", "‘a day after’ counted back from the attack of Thursday 2021-12-02: Wednesday 2021-12-01",
       "al-Rashad", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       1, None, None, None,
       "The attack came a day after a roadside bomb killed two fighters of the Popular Mobilisation Forces near Muqdadiyah in Diyala and a sniper shot dead a federal policeman in al-Rashad, south of Kirkuk, attacks that the government's Security Media Cell blamed on \"Daesh terrorist remnants\".",
       note="one sentence, two places: split"),
    ev("A Katyusha rocket landed near the K1 military base without causing casualties; the shooter is not named.",
       "2021-11-30", "‘on Tuesday’ before the Friday 2021-12-03 dateline: Tuesday 2021-11-30",
       "K1 military base", "Kirkuk", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       0, None, 0, None,
       "A Katyusha rocket landed near the K1 military base northwest of Kirkuk on Tuesday without causing casualties, the military said. It did not say who fired it.",
       note="explicit zeros"),
],
figures=[
    fig("fighters", 10000, "Iraq and Syria",
        "The United Nations estimates that Islamic State still has up to 10,000 fighters in Iraq and Syria"),
    fig("displaced", 1200000, "Iraq",
        "About 1.2 million Iraqis remain displaced four years after the group's defeat"),
])

report("h23-15", "2019-11-29", "https://www.example-gulfwire.com/iraq/2019/11/29/nasiriyah-bridges-shooting-najaf-consulate",
"ordinary", "nodate",
"""
Iraqi forces kill at least 21 protesters in Nasiriyah after Najaf consulate torched

NASIRIYAH, Iraq (Gulf Wire) - Security forces opened fire on protesters blocking the Zaitoun bridge in Nasiriyah on Thursday, killing at least 21 people, health officials said, in one of the bloodiest days since anti-government demonstrations erupted two months ago. Activists put the toll at 29. More than 180 people were wounded.

Witnesses said troops who had arrived from Baghdad overnight fired live rounds and tear gas at crowds who had camped on the bridge for days, and later at mourners who gathered outside the city's hospital. Tribal fighters deployed in the streets after dark to protect the demonstrators, residents said.

The shooting came hours after protesters stormed and set fire to the Iranian consulate in Najaf on Wednesday night, chanting against Tehran's influence in Iraq. Staff had left the building and nobody was hurt, according to Iranian officials, who demanded that Baghdad protect their diplomats.

In Baghdad, security forces firing tear gas canisters killed two protesters near the Ahrar bridge on Thursday and wounded about 40, medical sources said.

Prime Minister Adel Abdul Mahdi's office said he had ordered an investigation into the Nasiriyah shooting and had dismissed the military commander sent to the province. Dhi Qar's governor resigned.

More than 350 people have been killed and some 15,000 wounded since protests began on Oct. 1, according to a tally by medical and security sources.
""",
events=[
    ev("Security forces opened fire on protesters blocking the Zaitoun bridge in Nasiriyah, killing at least 21 (activists: 29) and wounding more than 180.",
       "2019-11-28", "‘on Thursday’ in a report published Friday 2019-11-29 (dateline without a date): Thursday 2019-11-28",
       "Zaitoun bridge, Nasiriyah", "Dhi Qar", "IQ", "other", "Iraqi Security Forces", "protesters",
       21, 29, 180, None,
       "Security forces opened fire on protesters blocking the Zaitoun bridge in Nasiriyah on Thursday, killing at least 21 people, health officials said, in one of the bloodiest days since anti-government demonstrations erupted two months ago. Activists put the toll at 29. More than 180 people were wounded.",
       note="excessive force against protesters; conflicting tolls 21 vs 29"),
    ev("Protesters stormed and set fire to the Iranian consulate in Najaf; nobody was hurt.",
       "2019-11-27", "‘on Wednesday night’ in a report published Friday 2019-11-29: Wednesday 2019-11-27",
       "Iranian consulate, Najaf", "Najaf", "IQ", "other", "protesters", "none",
       0, None, 0, None,
       "The shooting came hours after protesters stormed and set fire to the Iranian consulate in Najaf on Wednesday night, chanting against Tehran's influence in Iraq. Staff had left the building and nobody was hurt, according to Iranian officials",
       note="riot (violent demonstration); explicit zeros"),
    ev("Security forces firing tear gas canisters killed two protesters near the Ahrar bridge in Baghdad and wounded about 40.",
       "2019-11-28", "‘on Thursday’ in a report published Friday 2019-11-29: Thursday 2019-11-28",
       "Ahrar bridge", "Baghdad", "IQ", "other", "Iraqi Security Forces", "protesters",
       2, None, 40, None,
       "In Baghdad, security forces firing tear gas canisters killed two protesters near the Ahrar bridge on Thursday and wounded about 40, medical sources said.",
       note="excessive force against protesters"),
],
figures=[
    fig("killed", 350, "Iraq",
        "More than 350 people have been killed and some 15,000 wounded since protests began on Oct. 1"),
    fig("wounded", 15000, "Iraq",
        "More than 350 people have been killed and some 15,000 wounded since protests began on Oct. 1"),
])

report("h23-16", "2012-08-09", "https://www.example-levantwire.com/syria/2012/08/09/aleppo-salaheddin-shaar-anadan",
"ordinary", "full",
"""
Syrian army says it has retaken Aleppo's Salaheddin; rebels deny defeat

BEIRUT, August 9 (Levant Wire) - Syrian state television said on Thursday that troops had "cleansed" the Salaheddin district of Aleppo of "mercenary terrorists" on Wednesday after a day-long ground assault backed by tanks and helicopters.

Rebel commanders of the Free Syrian Army in the city said they had pulled back from parts of the district in what they called a tactical withdrawal, but insisted that fighting was continuing in its northern streets. Reporters could not reach the area.

In the rebel-held al-Shaar district, a government jet dropped two bombs near a bread queue on Tuesday afternoon. The Syrian Observatory for Human Rights said nine civilians were killed; the Local Coordination Committees, an activist network, said twelve. Dozens were wounded, activists said.

On Monday rebels attacked an army checkpoint at the entrance to Anadan, north of Aleppo, and overran it after a three-hour fight. Six soldiers and two rebels died, the Observatory said, and the rebels seized a tank and two armoured vehicles.

The Observatory says more than 21,000 people have been killed since the uprising against President Bashar al-Assad began in March 2011. The United Nations says about 200,000 people have fled Aleppo in the past two weeks, and more than 150,000 Syrians have registered as refugees in neighbouring countries.
""",
events=[
    ev("Troops backed by tanks and helicopters took the Salaheddin district of Aleppo, according to state television; the FSA called it a tactical withdrawal and said fighting went on.",
       "2012-08-08", "‘on Wednesday’ in state television's statement ‘on Thursday’ 2012-08-09: Wednesday 2012-08-08",
       "Salaheddin", "Aleppo", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian state television said on Thursday that troops had \"cleansed\" the Salaheddin district of Aleppo of \"mercenary terrorists\" on Wednesday after a day-long ground assault backed by tanks and helicopters.",
       note="the rebels dispute a full capture"),
    ev("A government jet dropped two bombs near a bread queue in al-Shaar; the Observatory counted nine civilians killed, the LCC twelve; dozens wounded.",
       "2012-08-07", "‘on Tuesday afternoon’ before the Thursday 2012-08-09 dateline: Tuesday 2012-08-07",
       "al-Shaar", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       9, 12, None, None,
       "In the rebel-held al-Shaar district, a government jet dropped two bombs near a bread queue on Tuesday afternoon. The Syrian Observatory for Human Rights said nine civilians were killed; the Local Coordination Committees, an activist network, said twelve. Dozens were wounded, activists said.",
       note="conflicting tolls 9 vs 12; 'dozens' wounded gives null"),
    ev("Rebels attacked and overran an army checkpoint at Anadan; six soldiers and two rebels died.",
       "2012-08-06", "‘On Monday’ before the Thursday 2012-08-09 dateline: Monday 2012-08-06",
       "Anadan", "Aleppo", "SY", "battle", "Syrian rebels", "Syrian government forces",
       8, None, None, None,
       "On Monday rebels attacked an army checkpoint at the entrance to Anadan, north of Aleppo, and overran it after a three-hour fight. Six soldiers and two rebels died, the Observatory said",
       note="8 = 6 soldiers + 2 rebels"),
],
figures=[
    fig("killed", 21000, "Syria",
        "The Observatory says more than 21,000 people have been killed since the uprising against President Bashar al-Assad began in March 2011."),
    fig("displaced", 200000, "Aleppo",
        "about 200,000 people have fled Aleppo in the past two weeks"),
    fig("displaced", 150000, "neighbouring countries",
        "more than 150,000 Syrians have registered as refugees in neighbouring countries", note="refugees"),
])

report("h23-17", "2023-07-12", "https://www.example-northsyriaobserver.com/en/2023/07/12/bab-al-hawa-veto-aid-lifeline",
"ordinary", "dayfirst",
"""
Aid lifeline to Syria's northwest hangs by a thread after Security Council deadlock

IDLIB, 12 July (North Syria Observer) – Trucks loaded with flour and medicine stood idle at the Bab al-Hawa crossing on Wednesday, a day after Russia vetoed a nine-month extension of the UN mechanism that has carried aid from Turkey into rebel-held northwest Syria since 2014.

The authorisation expired on Monday. A rival Russian draft that would have extended it by six months failed to win enough votes, leaving some 4.1 million people who depend on aid in Idlib and northern Aleppo in limbo.

About 85 percent of the UN aid that reaches the northwest comes through Bab al-Hawa, according to the world body, which says it sent more than 800 trucks a month through the crossing this year. Two other crossings opened after the February earthquake, Bab al-Salam and al-Rai, are authorised by Damascus only until mid-August.

The region is home to about 2.9 million people displaced from other parts of Syria, many of whom live in tents and cinder-block shelters along the Turkish border. The earthquake on February 6 killed more than 4,500 people in the northwest alone and destroyed or damaged about 10,000 buildings, according to the local civil defence.

Front lines between government forces and the rebels, led by Hayat Tahrir al-Sham, have barely moved since a Russian-Turkish ceasefire in March 2020, but residents of towns near Jabal al-Zawiya say shelling has become more frequent this summer.

"Without the crossing, the bakeries close in two weeks," said the manager of a camp near Atmeh that shelters 1,200 families. "People here have survived bombs and the earthquake. I am not sure they can survive politics."

Diplomats in New York said negotiations would continue. The Syrian government has offered to let aid continue for six months under its own terms, which aid agencies say would give Damascus a say over who receives it.
""",
events=[],
figures=[
    fig("other", 4100000, "northwest Syria",
        "some 4.1 million people who depend on aid in Idlib and northern Aleppo", note="people dependent on aid"),
    fig("other", 85, "Bab al-Hawa",
        "About 85 percent of the UN aid that reaches the northwest comes through Bab al-Hawa", note="percent of UN aid"),
    fig("other", 800, "Bab al-Hawa",
        "it sent more than 800 trucks a month through the crossing this year", note="aid trucks a month"),
    fig("displaced", 2900000, "northwest Syria",
        "The region is home to about 2.9 million people displaced from other parts of Syria"),
    fig("killed", 4500, "northwest Syria",
        "The earthquake on February 6 killed more than 4,500 people in the northwest alone", note="earthquake deaths, not conflict"),
    fig("other", 10000, "northwest Syria",
        "destroyed or damaged about 10,000 buildings", note="buildings destroyed or damaged"),
    fig("displaced", 1200, "Atmeh",
        "a camp near Atmeh that shelters 1,200 families", note="families"),
],
country_hint="SY")

report("h23-18", "2021-02-26", "https://www.example-arabiafelixnews.com/yemen/2021/02/26/marib-jufainah-missile-kassara-front",
"ordinary", "abbr",
"""
Missile hits Marib displacement camp as Houthi offensive grinds on

ADEN, Feb. 26 (Arabia Felix News) - A ballistic missile fired by the Houthis struck the al-Jufainah camp for displaced people on the outskirts of Marib city on Wednesday evening, killing three children and wounding six other people, the government-appointed governor's office said.

The Houthi movement, which has been pushing toward Marib since early this month, did not comment on the strike. Its al-Masirah television said Houthi forces had targeted "gatherings of mercenaries" in the province.

Fighting was heaviest on the Kassara front in Sirwah district, where government troops and allied tribesmen repelled a Houthi assault on Thursday, a military official said. He said 14 government soldiers were killed and that Houthi losses were "in the dozens". Al-Masirah claimed that Houthi fighters had killed 120 "mercenaries" and seized several hills.

The Saudi-led coalition said its warplanes had carried out 18 strikes on Houthi positions and reinforcements in Sirwah and Raghwan on Thursday. It did not give details.

Marib, the government's last stronghold in the north, shelters about one million people who fled fighting elsewhere, according to local authorities, and the International Organization for Migration says some 8,000 people have been displaced within the province since the offensive began on Feb. 8. The UN envoy, Martin Griffiths, has warned that a battle for the city could trigger a humanitarian catastrophe.
""",
events=[
    ev("A Houthi ballistic missile struck the al-Jufainah displacement camp on the outskirts of Marib city, killing three children and wounding six.",
       "2021-02-24", "‘on Wednesday evening’ before the Friday 2021-02-26 dateline: Wednesday 2021-02-24",
       "al-Jufainah camp", "Marib", "YE", "explosion", "Houthis", "civilians",
       3, None, 6, None,
       "A ballistic missile fired by the Houthis struck the al-Jufainah camp for displaced people on the outskirts of Marib city on Wednesday evening, killing three children and wounding six other people, the government-appointed governor's office said.",
       note="stated as fact; the Houthis did not comment"),
    ev("Government troops and tribesmen repelled a Houthi assault on the Kassara front in Sirwah; 14 government soldiers were killed. Al-Masirah claimed 120 'mercenaries' killed.",
       "2021-02-25", "‘on Thursday’ before the Friday 2021-02-26 dateline: Thursday 2021-02-25",
       "Kassara, Sirwah", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       14, None, None, None,
       "Fighting was heaviest on the Kassara front in Sirwah district, where government troops and allied tribesmen repelled a Houthi assault on Thursday, a military official said. He said 14 government soldiers were killed and that Houthi losses were \"in the dozens\". Al-Masirah claimed that Houthi fighters had killed 120 \"mercenaries\" and seized several hills.",
       note="the government's count of its own dead; 'in the dozens' Houthi dead and al-Masirah's claimed 120 are not used"),
    ev("Saudi-led coalition warplanes carried out 18 strikes on Houthi positions in Sirwah and Raghwan.",
       "2021-02-25", "‘on Thursday’ before the Friday 2021-02-26 dateline: Thursday 2021-02-25",
       "Sirwah and Raghwan", "Marib", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "The Saudi-led coalition said its warplanes had carried out 18 strikes on Houthi positions and reinforcements in Sirwah and Raghwan on Thursday.",
       note="a daily count of strikes over two districts; also kept as a figure", optional=True),
],
figures=[
    fig("other", 18, "Sirwah and Raghwan",
        "The Saudi-led coalition said its warplanes had carried out 18 strikes on Houthi positions and reinforcements in Sirwah and Raghwan on Thursday.",
        note="air strikes in one day"),
    fig("displaced", 1000000, "Marib",
        "Marib, the government's last stronghold in the north, shelters about one million people who fled fighting elsewhere"),
    fig("displaced", 8000, "Marib",
        "some 8,000 people have been displaced within the province since the offensive began on Feb. 8"),
])

# ---------------------------------------------------------------------------
# h23-19 .. h23-24
# ---------------------------------------------------------------------------

report("h23-19", "2016-05-16", "https://www.example-yemengazette.com/news/2016/05/16/zinjibar-checkpoint-car-bomb",
"short", "dayfirst",
"""
Car bomber kills five soldiers at Zinjibar checkpoint

ADEN, 16 May (Yemen Gazette) - A suicide bomber drove a car packed with explosives into an army checkpoint at the eastern entrance of Zinjibar on Sunday, killing five soldiers and himself, a security official in Abyan said.

Al Qaeda in the Arabian Peninsula claimed the attack in a statement on Monday.

Earlier on Sunday, gunmen on a motorcycle shot dead an intelligence officer outside his home in Aden's Mansoura district and escaped, police said.
""",
events=[
    ev("A suicide car bomber struck an army checkpoint at the eastern entrance of Zinjibar, killing five soldiers and himself; AQAP claimed it the next day.",
       "2016-05-15", "‘on Sunday’ before the Monday 2016-05-16 dateline: Sunday 2016-05-15",
       "Zinjibar", "Abyan", "YE", "explosion", "AQAP", "Yemeni government forces",
       6, None, None, None,
       "A suicide bomber drove a car packed with explosives into an army checkpoint at the eastern entrance of Zinjibar on Sunday, killing five soldiers and himself, a security official in Abyan said.\n\nAl Qaeda in the Arabian Peninsula claimed the attack in a statement on Monday.",
       note="6 = 5 soldiers + the bomber; the doer is named by the claim"),
    ev("Gunmen on a motorcycle shot dead an intelligence officer outside his home in Mansoura, Aden.",
       "2016-05-15", "‘Earlier on Sunday’ before the Monday 2016-05-16 dateline: Sunday 2016-05-15",
       "Mansoura", "Aden", "YE", "other", "unknown", "Yemeni government forces",
       1, None, None, None,
       "Earlier on Sunday, gunmen on a motorcycle shot dead an intelligence officer outside his home in Aden's Mansoura district and escaped, police said.",
       note="assassination: other"),
],
figures=[])

report("h23-20", "2019-05-22", "https://www.example-kabulledger.com/faryab/2019/05/22/qaisar-district-falls-almar-strike",
"long", "dayfirst",
"""
Taliban overrun Qaisar district centre as Faryab slips further from Kabul's grip

By Farid Ahmadzai

KABUL, 22 May (Kabul Ledger) — The district centre of Qaisar in the northwestern province of Faryab was overrun by Taliban fighters on Monday night after a siege that had lasted almost two weeks, local officials said, the latest in a series of setbacks for government forces in the province during the holy month of Ramadan.

Members of the Faryab provincial council said 11 soldiers and police were killed and seven wounded in the final assault, which began shortly after the evening iftar meal. The Ministry of Defence in Kabul said in a statement on Tuesday that four soldiers had been "martyred" and that the troops had withdrawn "in a planned manner" to a base about 5 km away to avoid civilian casualties.

A Taliban spokesman said in a message to journalists that the group's fighters had captured 40 soldiers along with their weapons and vehicles. Officials did not confirm that figure, but a council member, who asked not to be named, said "a number of our soldiers" were missing.

"For twelve days we asked for reinforcements and air support. Nothing came until it was too late," the council member said. "Now the Taliban sit in the governor's office and the people have no one to complain to."

The loss of Qaisar puts the Taliban in control of much of the road between Maimana, the provincial capital, and the neighbouring province of Badghis, where the insurgents overran several army posts in Bala Murghab district earlier this year.

On Tuesday, an air strike hit houses on the edge of the Almar district bazaar, where, according to residents, Taliban fighters had gathered. Residents and a tribal elder said seven civilians, among them three children, were killed. The Ministry of Defence confirmed that the Afghan air force had carried out a strike in Almar, said it had killed 15 Taliban fighters, and denied that any civilians had been harmed.

A magnetic bomb attached to a police pick-up truck exploded in Maimana on Sunday, wounding three policemen, the provincial police spokesman said. Nobody was killed, he said, and no group claimed the blast.

On Saturday, Taliban fighters set up a checkpoint on the highway in Shirin Tagab district and took 14 passengers off two buses, among them two soldiers on leave, according to the district governor. A Taliban spokesman said the men were "being questioned" and that those who were not members of the security forces would be released.

Faryab, which borders Turkmenistan, has become one of the most contested provinces in the north. The Taliban have for years controlled large parts of Qaisar, Almar, Pashtun Kot and Kohistan districts outside the district centres, and the government's hold on the highways has weakened since the start of the year.

The violence comes as US and Taliban negotiators meet in Qatar for a sixth round of talks aimed at ending the 18-year war. Washington wants guarantees that Afghanistan will not be used by groups planning attacks abroad, while the Taliban demand a timetable for the withdrawal of about 14,000 US troops. The Afghan government is not represented at the talks.

According to the United Nations Assistance Mission in Afghanistan, more than 3,800 civilians were killed in the conflict last year, the highest number since it began keeping records in 2009, and air strikes by Afghan and international forces accounted for a growing share of the dead.

In Faryab alone, the UN humanitarian office says about 30,000 people have been displaced by fighting since January, many of them to camps on the edge of Maimana. "We have families who left Qaisar with only the clothes they wore," said a local aid worker. "They are sleeping in the open because the camps are full."

Afghan security forces number about 300,000 on paper, but officials acknowledge that casualties and desertions have left many units below strength. President Ashraf Ghani said in January that more than 45,000 members of the security forces had been killed since he took office in September 2014.

In the last major fall of a provincial capital, the Taliban briefly captured Kunduz in September 2015 and held it for about two weeks before government forces, backed by US air strikes, drove them out.
""",
events=[
    ev("Taliban fighters overran the Qaisar district centre after a two-week siege; the provincial council said 11 soldiers and police were killed and seven wounded, the defence ministry said four. The Taliban claimed 40 soldiers captured.",
       "2019-05-20", "‘on Monday night’ before the Wednesday 2019-05-22 dateline: Monday 2019-05-20",
       "Qaisar", "Faryab", "AF", "territory_gain", "Taliban", "Afghan security forces",
       4, 11, 7, None,
       "The district centre of Qaisar in the northwestern province of Faryab was overrun by Taliban fighters on Monday night after a siege that had lasted almost two weeks, local officials said [...] Members of the Faryab provincial council said 11 soldiers and police were killed and seven wounded in the final assault, which began shortly after the evening iftar meal. The Ministry of Defence in Kabul said in a statement on Tuesday that four soldiers had been \"martyred\" and that the troops had withdrawn \"in a planned manner\" to a base about 5 km away to avoid civilian casualties.",
       note="conflicting tolls: ministry 4 vs council 11; the Taliban's 40 captured is their claim"),
    ev("An Afghan air force strike hit houses by the Almar bazaar; residents said seven civilians were killed, the ministry claimed 15 Taliban and denied civilian harm.",
       "2019-05-21", "‘On Tuesday’ before the Wednesday 2019-05-22 dateline: Tuesday 2019-05-21",
       "Almar bazaar", "Faryab", "AF", "explosion", "Afghan security forces", "civilians",
       7, None, None, None,
       "On Tuesday, an air strike hit houses on the edge of the Almar district bazaar, where, according to residents, Taliban fighters had gathered. Residents and a tribal elder said seven civilians, among them three children, were killed. The Ministry of Defence confirmed that the Afghan air force had carried out a strike in Almar, said it had killed 15 Taliban fighters, and denied that any civilians had been harmed.",
       note="the striker admits the strike; its claim of 15 Taliban killed is the attacker's claim and is not used"),
    ev("A magnetic bomb on a police pick-up exploded in Maimana, wounding three policemen; nobody was killed and nobody claimed it.",
       "2019-05-19", "‘on Sunday’ before the Wednesday 2019-05-22 dateline: Sunday 2019-05-19",
       "Maimana", "Faryab", "AF", "explosion", "unknown", "Afghan security forces",
       0, None, 3, None,
       "A magnetic bomb attached to a police pick-up truck exploded in Maimana on Sunday, wounding three policemen, the provincial police spokesman said. Nobody was killed, he said, and no group claimed the blast.",
       note="explicit zero killed"),
    ev("Taliban fighters at a highway checkpoint in Shirin Tagab took 14 passengers off two buses, among them two soldiers on leave.",
       "2019-05-18", "‘On Saturday’ before the Wednesday 2019-05-22 dateline: Saturday 2019-05-18",
       "Shirin Tagab", "Faryab", "AF", "other", "Taliban", "civilians",
       None, None, None, None,
       "On Saturday, Taliban fighters set up a checkpoint on the highway in Shirin Tagab district and took 14 passengers off two buses, among them two soldiers on leave, according to the district governor.",
       note="abduction"),
],
figures=[
    fig("killed", 3800, "Afghanistan",
        "more than 3,800 civilians were killed in the conflict last year"),
    fig("displaced", 30000, "Faryab",
        "In Faryab alone, the UN humanitarian office says about 30,000 people have been displaced by fighting since January"),
    fig("fighters", 300000, "Afghanistan",
        "Afghan security forces number about 300,000 on paper"),
    fig("killed", 45000, "Afghanistan",
        "more than 45,000 members of the security forces had been killed since he took office in September 2014"),
    fig("fighters", 14000, "Afghanistan",
        "about 14,000 US troops", note="US troops"),
    fig("other", 40, "Qaisar",
        "the group's fighters had captured 40 soldiers along with their weapons and vehicles", note="soldiers captured, Taliban claim"),
])

report("h23-21", "2022-06-10", "https://www.example-bactriatimes.com/en/2022/06/10/dehdadi-mosque-blast-is-claim",
"ordinary", "none",
"""
Blast at Balkh mosque kills worshippers; Islamic State claims attack

Updated June 10, 2022 - 14:20

A bomb exploded inside a mosque in the Dehdadi district of Balkh province during midday prayers on Thursday, killing at least seven worshippers, a Taliban spokesman for the province said.

The spokesman, who first put the toll at five on Thursday afternoon, revised it to seven in the evening and said 12 people were wounded. A doctor at the main hospital in Mazar-i-Sharif, where the casualties were taken, said 11 bodies had been brought in.

Islamic State's regional affiliate, known as Islamic State Khorasan Province, said in a statement on Friday that one of its members had planted the device among "polytheists". The group has repeatedly attacked mosques of the Shia and Sufi minorities since the Taliban took power last August.

Taliban intelligence officers arrested four men suspected of belonging to the group in a raid on a house in Kunduz city on Wednesday night, a Taliban spokesman in Kunduz said. He did not say whether they were linked to Thursday's blast.

The Taliban say the Islamic State affiliate has been largely defeated. UN monitors estimate that it still has between 1,500 and 4,000 fighters in Afghanistan. The UN mission in Afghanistan says more than 700 civilians have been killed since the Taliban takeover, most of them in attacks claimed by the group.
""",
events=[
    ev("A bomb exploded in a mosque in Dehdadi during midday prayers; the Taliban revised the toll from five to seven with 12 wounded, a hospital doctor counted 11 bodies. Islamic State Khorasan claimed it the next day.",
       "2022-06-09", "‘on Thursday’ in a report updated Friday 2022-06-10: Thursday 2022-06-09",
       "Dehdadi", "Balkh", "AF", "explosion", "Islamic State", "civilians",
       7, 11, 12, None,
       "A bomb exploded inside a mosque in the Dehdadi district of Balkh province during midday prayers on Thursday, killing at least seven worshippers, a Taliban spokesman for the province said.\n\nThe spokesman, who first put the toll at five on Thursday afternoon, revised it to seven in the evening and said 12 people were wounded. A doctor at the main hospital in Mazar-i-Sharif, where the casualties were taken, said 11 bodies had been brought in.\n\nIslamic State's regional affiliate, known as Islamic State Khorasan Province, said in a statement on Friday that one of its members had planted the device",
       note="revised 5 -> 7 (revision stands), hospital 11 conflicting; Islamic State's Khorasan branch, named by its claim"),
    ev("Taliban intelligence officers arrested four suspected Islamic State members in a raid on a house in Kunduz city.",
       "2022-06-08", "‘on Wednesday night’ before the Friday 2022-06-10 report: Wednesday 2022-06-08",
       "Kunduz", "Kunduz", "AF", "arrest", "Taliban", "Islamic State",
       None, None, None, None,
       "Taliban intelligence officers arrested four men suspected of belonging to the group in a raid on a house in Kunduz city on Wednesday night, a Taliban spokesman in Kunduz said.",
       arrested=4),
],
figures=[
    fig("fighters", 1500, "Afghanistan",
        "UN monitors estimate that it still has between 1,500 and 4,000 fighters in Afghanistan", note="1,500 to 4,000"),
    fig("killed", 700, "Afghanistan",
        "The UN mission in Afghanistan says more than 700 civilians have been killed since the Taliban takeover"),
])

report("h23-22", "2019-07-31", "https://www.example-kabulledger.com/unama/2019/07/31/midyear-civilian-casualties",
"ordinary", "full",
"""
UN: pro-government forces killed more Afghan civilians than insurgents in first half of 2019

KABUL, July 31 (Kabul Ledger) - Afghan and international forces killed more civilians than the Taliban and other insurgents in the first six months of the year, the United Nations said on Tuesday, the first time that has happened in a half-year period since the world body began keeping count.

In its mid-year report, the UN Assistance Mission in Afghanistan (UNAMA) recorded 1,340 civilians killed and 2,510 wounded between January 1 and June 30. That is 27 percent fewer casualties than in the same period last year, a drop the mission attributed mainly to fewer suicide attacks by the Islamic State affiliate.

Pro-government forces were responsible for 717 deaths, UNAMA said, while anti-government elements caused 531. Air strikes alone killed 363 civilians, many of them women and children, and search operations by special forces units killed 89.

The Taliban were blamed for 39 percent of all civilian casualties. Ground engagements remained the leading cause of harm, accounting for a third of the total, followed by improvised explosive devices.

"Every party must do more," said the head of the mission. "These are not numbers. They are mothers, fathers and children whose lives have been cut short."

The Ministry of Defence questioned the report's methods, saying the United Nations relied on accounts by relatives who were under Taliban pressure. A spokesman for the NATO-led mission said it took every allegation seriously and investigated each one.

The report comes as US and Taliban negotiators prepare for an eighth round of talks in Doha. Diplomats say a deal on the withdrawal of US troops is close, but the Taliban still refuse to talk directly to the government of President Ashraf Ghani. More than 32,000 civilians have been killed since UNAMA started recording casualties in 2009.
""",
events=[],
figures=[
    fig("killed", 1340, "Afghanistan",
        "recorded 1,340 civilians killed and 2,510 wounded between January 1 and June 30"),
    fig("wounded", 2510, "Afghanistan",
        "recorded 1,340 civilians killed and 2,510 wounded between January 1 and June 30"),
    fig("killed", 717, "Afghanistan",
        "Pro-government forces were responsible for 717 deaths", note="by pro-government forces"),
    fig("killed", 531, "Afghanistan",
        "anti-government elements caused 531", note="by anti-government elements"),
    fig("killed", 363, "Afghanistan",
        "Air strikes alone killed 363 civilians", note="by air strikes"),
    fig("killed", 89, "Afghanistan",
        "search operations by special forces units killed 89", note="by search operations"),
    fig("killed", 32000, "Afghanistan",
        "More than 32,000 civilians have been killed since UNAMA started recording casualties in 2009."),
],
country_hint="AF")

report("h23-23", "2023-03-08", "https://www.example-khyberherald.com/security/2023/03/08/pezu-police-station-turbat-mir-ali",
"ordinary", "full",
"""
Three policemen martyred in TTP attack on Lakki Marwat police station

PESHAWAR, March 8 (Khyber Herald) - Three policemen were martyred and two others injured when militants attacked the Pezu police station in Lakki Marwat district overnight on Monday, police officials said.

The attackers fired rockets and hand grenades at the station from three sides before the police returned fire and the militants fled into the hills, the district police officer told reporters. The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack in a message sent to journalists on Tuesday.

In a separate incident on Monday, a soldier was martyred during an intelligence-based operation in Mir Ali, North Waziristan, the military's media wing, ISPR, said. It said four "terrorists" were killed in the exchange of fire and a cache of weapons was recovered. The ISPR statement could not be independently verified as the area is closed to journalists.

In Balochistan, gunmen attacked a Frontier Corps checkpoint near Turbat in Kech district on Sunday, killing two FC personnel. The Baloch Liberation Front said in a statement that it had carried out the attack and killed "seven occupying soldiers".

The Counter-Terrorism Department arrested three suspected TTP militants in Peshawar's Pishtakhara area on Saturday and recovered explosives and detonators, a CTD spokesman said.

Militant violence has risen sharply since the TTP called off a ceasefire with the government in November. According to the Pakistan Institute for Conflict and Security Studies, 282 security personnel were killed in militant attacks last year, the highest toll since 2014, and Khyber Pakhtunkhwa saw 58 attacks in February alone.
""",
events=[
    ev("Militants fired rockets and grenades at the Pezu police station, killing three policemen and injuring two; the TTP claimed it.",
       "2023-03-06", "‘overnight on Monday’: the night of Monday 2023-03-06, before the Wednesday 2023-03-08 dateline",
       "Pezu police station", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       3, None, 2, None,
       "Three policemen were martyred and two others injured when militants attacked the Pezu police station in Lakki Marwat district overnight on Monday, police officials said. [...] The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack in a message sent to journalists on Tuesday.",
       note="doer named by the claim"),
    ev("A soldier was killed in an army intelligence-based operation in Mir Ali; ISPR claimed four 'terrorists' killed.",
       "2023-03-06", "‘on Monday’ before the Wednesday 2023-03-08 dateline: Monday 2023-03-06",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       1, None, None, None,
       "In a separate incident on Monday, a soldier was martyred during an intelligence-based operation in Mir Ali, North Waziristan, the military's media wing, ISPR, said. It said four \"terrorists\" were killed in the exchange of fire and a cache of weapons was recovered. The ISPR statement could not be independently verified",
       note="the army's own loss is used; its unverified claim of four enemy dead is the attacker's claim and is not used"),
    ev("Gunmen attacked a Frontier Corps checkpoint near Turbat, killing two FC personnel; the Baloch Liberation Front claimed it and seven killed.",
       "2023-03-05", "‘on Sunday’ before the Wednesday 2023-03-08 dateline: Sunday 2023-03-05",
       "Turbat", "Balochistan", "PK", "battle", "Baloch Liberation Front", "Pakistani security forces",
       2, None, None, None,
       "In Balochistan, gunmen attacked a Frontier Corps checkpoint near Turbat in Kech district on Sunday, killing two FC personnel. The Baloch Liberation Front said in a statement that it had carried out the attack and killed \"seven occupying soldiers\".",
       note="the claimed seven is not used"),
    ev("The CTD arrested three suspected TTP militants in Pishtakhara, Peshawar, and recovered explosives.",
       "2023-03-04", "‘on Saturday’ before the Wednesday 2023-03-08 dateline: Saturday 2023-03-04",
       "Pishtakhara", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "Tehrik-i-Taliban Pakistan",
       None, None, None, None,
       "The Counter-Terrorism Department arrested three suspected TTP militants in Peshawar's Pishtakhara area on Saturday and recovered explosives and detonators, a CTD spokesman said.",
       arrested=3),
],
figures=[
    fig("killed", 282, "Pakistan",
        "282 security personnel were killed in militant attacks last year"),
    fig("other", 58, "Khyber Pakhtunkhwa",
        "Khyber Pakhtunkhwa saw 58 attacks in February alone", note="attacks in a month"),
])

report("h23-24", "2014-06-27", "https://www.example-frontiertimes.com/bannu/2014/06/27/policemen-martyred-bannu",
"short", "none",
"""
Two policemen martyred in Bannu firing

Two policemen were martyred and another was injured when unidentified motorcyclists opened fire on their van near the Bannu cantonment on Thursday, police said.

The attackers escaped. No group claimed responsibility.

Security has been tightened in Bannu, where more than 450,000 people displaced from North Waziristan have registered since the military launched an operation against militants in the tribal agency on June 15.
""",
events=[
    ev("Unidentified motorcyclists fired on a police van near the Bannu cantonment, killing two policemen and injuring one.",
       "2014-06-26", "‘on Thursday’ in a report published Friday 2014-06-27 with no dateline: Thursday 2014-06-26",
       "Bannu cantonment", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       2, None, 1, None,
       "Two policemen were martyred and another was injured when unidentified motorcyclists opened fire on their van near the Bannu cantonment on Thursday, police said.\n\nThe attackers escaped. No group claimed responsibility."),
],
figures=[
    fig("displaced", 450000, "Bannu",
        "more than 450,000 people displaced from North Waziristan have registered since the military launched an operation against militants in the tribal agency on June 15"),
])

# ---------------------------------------------------------------------------
# h23-25 .. h23-30
# ---------------------------------------------------------------------------

report("h23-25", "2023-12-13", "https://www.example-irrawaddywire.com/news/2023/12/13/kanbalu-monastery-strike-aa-base",
"ordinary", "abbr",
"""
Strike on Sagaing monastery kills 17; Arakan Army says it has taken battalion base

YANGON, Dec 13 (Irrawaddy Wire) - At least 17 people, nine of them children, were killed on Sunday when a monastery sheltering displaced families in Kanbalu township of Sagaing region was hit by what residents and a local People's Defence Force unit described as bombs dropped by a military jet.

More than 20 people were wounded, according to a volunteer rescue group that took them to clinics in the area. The junta's information team denied carrying out any air strike in Kanbalu and said the deaths were caused by explosives that "terrorists" had stored in the monastery compound.

In western Rakhine state, the Arakan Army said on Tuesday that its fighters had captured a light infantry battalion base near Rathedaung on Saturday after three days of fighting. The ethnic armed group said it had killed more than 40 junta soldiers and taken 21 prisoners, claims that could not be independently verified. The military did not comment.

Police and soldiers in Mandalay arrested 12 people, among them a 17-year-old student, on Monday, accusing them of raising money for resistance forces, the state-run Global New Light of Myanmar reported.

Fighting has intensified across the country since an alliance of three ethnic armed groups launched an offensive in northern Shan state on Oct. 27. The United Nations says more than 2.6 million people are now displaced inside Myanmar, including more than 500,000 who have fled since late October. The Assistance Association for Political Prisoners says more than 4,100 civilians have been killed by the security forces since the 2021 coup.
""",
events=[
    ev("A monastery sheltering displaced families in Kanbalu township was hit by what residents and a PDF unit called bombs from a military jet, killing at least 17 and wounding more than 20; the junta denied any strike.",
       "2023-12-10", "‘on Sunday’ before the Wednesday 2023-12-13 dateline: Sunday 2023-12-10",
       "Kanbalu township", "Sagaing", "MM", "explosion", "unknown", "civilians",
       17, None, 20, None,
       "At least 17 people, nine of them children, were killed on Sunday when a monastery sheltering displaced families in Kanbalu township of Sagaing region was hit by what residents and a local People's Defence Force unit described as bombs dropped by a military jet.\n\nMore than 20 people were wounded, according to a volunteer rescue group that took them to clinics in the area. The junta's information team denied carrying out any air strike in Kanbalu",
       note="blame denied: actor1 unknown"),
    ev("The Arakan Army captured a light infantry battalion base near Rathedaung after three days of fighting; it claimed more than 40 soldiers killed and 21 taken prisoner.",
       "2023-12-09", "‘on Saturday’ in the AA statement ‘on Tuesday’, before the Wednesday 2023-12-13 dateline: Saturday 2023-12-09",
       "Rathedaung", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar security forces",
       None, None, None, None,
       "In western Rakhine state, the Arakan Army said on Tuesday that its fighters had captured a light infantry battalion base near Rathedaung on Saturday after three days of fighting. The ethnic armed group said it had killed more than 40 junta soldiers and taken 21 prisoners, claims that could not be independently verified.",
       note="the AA's claimed 40 killed is not used"),
    ev("Police and soldiers in Mandalay arrested 12 people, including a 17-year-old, accused of raising money for resistance forces.",
       "2023-12-11", "‘on Monday’ before the Wednesday 2023-12-13 dateline: Monday 2023-12-11",
       "Mandalay", "Mandalay", "MM", "arrest", "Myanmar security forces", "civilians",
       None, None, None, None,
       "Police and soldiers in Mandalay arrested 12 people, among them a 17-year-old student, on Monday, accusing them of raising money for resistance forces",
       arrested=12),
],
figures=[
    fig("displaced", 2600000, "Myanmar",
        "The United Nations says more than 2.6 million people are now displaced inside Myanmar"),
    fig("displaced", 500000, "Myanmar",
        "including more than 500,000 who have fled since late October"),
    fig("killed", 4100, "Myanmar",
        "more than 4,100 civilians have been killed by the security forces since the 2021 coup"),
    fig("other", 21, "Rathedaung",
        "taken 21 prisoners", note="prisoners claimed by the Arakan Army"),
])

report("h23-26", "2022-10-21", "https://www.example-mekongpress.com/myanmar/2022/10/21/un-displacement-figures",
"short", "dayfirst",
"""
UN says 1.3 million displaced in Myanmar since coup

BANGKOK, 21 Oct (Mekong Press) – More than 1.3 million people have been displaced inside Myanmar since the February 2021 coup, the UN humanitarian office said on Friday, as fighting between the military and resistance forces spread across the country.

About 28,000 civilian homes and other buildings have been burned or destroyed, the office said. A prisoners' rights group says more than 2,300 civilians have been killed by the junta and more than 15,000 people are in detention.
""",
events=[],
figures=[
    fig("displaced", 1300000, "Myanmar",
        "More than 1.3 million people have been displaced inside Myanmar since the February 2021 coup"),
    fig("other", 28000, "Myanmar",
        "About 28,000 civilian homes and other buildings have been burned or destroyed", note="buildings burned or destroyed"),
    fig("killed", 2300, "Myanmar",
        "more than 2,300 civilians have been killed by the junta"),
    fig("arrested", 15000, "Myanmar",
        "more than 15,000 people are in detention"),
],
country_hint="MM")

report("h23-27", "2017-06-02", "https://www.example-visayasmindanaonews.com/nation/2017/06/02/npa-ambush-las-navas-patikul-clash",
"ordinary", "nodate",
"""
3 soldiers killed in NPA ambush in Northern Samar; 2 Marines die in Sulu clash

MANILA, Philippines — Three soldiers were killed and four others wounded when communist New People's Army (NPA) rebels ambushed an Army patrol in the hinterlands of Las Navas, Northern Samar, on Wednesday, the military said.

The soldiers were on their way to a village where residents had reported rebels collecting "revolutionary taxes" when about 30 guerrillas opened fire from a ridge, said a spokesperson for the Army's 8th Infantry Division. The NPA's regional command said in a statement that its fighters had killed 11 soldiers and seized rifles, a claim the military dismissed as "propaganda".

In Sulu, two Marines and four Abu Sayyaf bandits were killed on Tuesday when a Marine combat patrol hunting the kidnappers of a Vietnamese sailor engaged them in the mountains of Patikul town, the military's Western Mindanao Command said. Troops recovered the bodies of the four militants and several firearms after the bandits withdrew. Five Marines were wounded.

Police arrested two suspected members of the Maute group at a checkpoint in Cagayan de Oro City on Thursday, acting on information from soldiers fighting in nearby Marawi, the regional police office said. Both men are being questioned.

The clashes come as the military presses its offensive against the Maute group and Abu Sayyaf fighters who seized parts of Marawi City last week, forcing more than 200,000 residents to flee. Peace talks between the government and the communist rebels, who have waged one of Asia's longest insurgencies, were suspended last month. The military estimates the NPA's strength at about 3,800 fighters.
""",
events=[
    ev("About 30 NPA rebels ambushed an Army patrol in the hinterlands of Las Navas, killing three soldiers and wounding four; the NPA claimed 11.",
       "2017-05-31", "‘on Wednesday’ in a report published Friday 2017-06-02 (dateline without a date): Wednesday 2017-05-31",
       "Las Navas", "Eastern Visayas", "PH", "battle", "New People's Army", "Philippine security forces",
       3, None, 4, None,
       "Three soldiers were killed and four others wounded when communist New People's Army (NPA) rebels ambushed an Army patrol in the hinterlands of Las Navas, Northern Samar, on Wednesday, the military said. [...] The NPA's regional command said in a statement that its fighters had killed 11 soldiers and seized rifles, a claim the military dismissed as \"propaganda\".",
       note="the NPA's claimed 11 is not used"),
    ev("A Marine combat patrol engaged Abu Sayyaf militants in the mountains of Patikul; two Marines and four militants were killed and five Marines wounded.",
       "2017-05-30", "‘on Tuesday’ in a report published Friday 2017-06-02: Tuesday 2017-05-30",
       "Patikul", "Bangsamoro", "PH", "battle", "Philippine security forces", "Abu Sayyaf",
       6, None, 5, None,
       "In Sulu, two Marines and four Abu Sayyaf bandits were killed on Tuesday when a Marine combat patrol hunting the kidnappers of a Vietnamese sailor engaged them in the mountains of Patikul town, the military's Western Mindanao Command said. Troops recovered the bodies of the four militants and several firearms after the bandits withdrew. Five Marines were wounded.",
       note="6 = 2 Marines + 4 militants whose bodies were recovered; Sulu was in the ARMM, now Bangsamoro"),
    ev("Police arrested two suspected Maute group members at a checkpoint in Cagayan de Oro City.",
       "2017-06-01", "‘on Thursday’ in a report published Friday 2017-06-02: Thursday 2017-06-01",
       "Cagayan de Oro City", "Northern Mindanao", "PH", "arrest", "Philippine security forces", "Maute group",
       None, None, None, None,
       "Police arrested two suspected members of the Maute group at a checkpoint in Cagayan de Oro City on Thursday",
       arrested=2),
    ev("Maute group and Abu Sayyaf fighters seized parts of Marawi City, forcing more than 200,000 residents to flee.",
       None, "‘last week’, context for the report's news; no day given",
       "Marawi City", "Bangsamoro", "PH", "territory_gain", "Maute group", "Philippine security forces",
       None, None, None, None,
       "The clashes come as the military presses its offensive against the Maute group and Abu Sayyaf fighters who seized parts of Marawi City last week, forcing more than 200,000 residents to flee.",
       note="told only as background to the report's news, vaguely dated", optional=True),
],
figures=[
    fig("displaced", 200000, "Marawi City",
        "forcing more than 200,000 residents to flee"),
    fig("fighters", 3800, "Philippines",
        "The military estimates the NPA's strength at about 3,800 fighters."),
])

report("h23-28", "2015-07-09", "https://www.example-mindanaocourier.com/local/2015/07/09/cotabato-market-grenade",
"short", "full",
"""
Grenade blast wounds nine at Cotabato City market

COTABATO CITY, July 9 (Mindanao Courier) - A grenade thrown by a man on a motorcycle exploded outside a bakery at the public market here on Wednesday night, wounding nine people, among them two children. No one was killed, police said.

Police said the bakery's owner had received extortion letters from a group they linked to the Bangsamoro Islamic Freedom Fighters. A BIFF spokesman denied any involvement.
""",
events=[
    ev("A grenade thrown by a motorcyclist exploded outside a bakery at the Cotabato City public market, wounding nine; no one was killed. Police linked extortion letters to the BIFF, which denied involvement.",
       "2015-07-08", "‘on Wednesday night’ before the Thursday 2015-07-09 dateline: Wednesday 2015-07-08",
       "Cotabato City public market", "Soccsksargen", "PH", "explosion", "unknown", "civilians",
       0, None, 9, None,
       "A grenade thrown by a man on a motorcycle exploded outside a bakery at the public market here on Wednesday night, wounding nine people, among them two children. No one was killed, police said.\n\nPolice said the bakery's owner had received extortion letters from a group they linked to the Bangsamoro Islamic Freedom Fighters. A BIFF spokesman denied any involvement.",
       note="explicit zero killed; blame denied: actor1 unknown; 'here' is the dateline city"),
],
figures=[])

report("h23-29", "2011-04-08", "https://www.example-centralindiachronicle.com/chhattisgarh/2011/04/08/dornapal-landmine-crpf",
"ordinary", "full",
"""
Eight CRPF men, driver killed in Maoist landmine blast near Dornapal

RAIPUR, April 8 (Central India Chronicle) - Eight personnel of the Central Reserve Police Force (CRPF) and the civilian driver of their mine-protected vehicle were killed on Wednesday when a powerful landmine, planted under the road by Maoist guerrillas, was set off as a convoy returning from a road-opening operation passed near Dornapal in Dantewada district, police said.

Three other jawans were injured and airlifted to Raipur. Senior officers said the rebels had buried about 40 kg of explosives in a culvert and triggered it with a wire from the forest about 150 metres away.

Wednesday's blast came on the first anniversary of the Tadmetla ambush, in which 76 security personnel were killed in the same district on April 6 last year.

On Thursday, police and CRPF commandos recovered the bodies of two Maoists, one of them a woman, after an encounter in the forests near Basaguda in Bijapur district, the Inspector General of Police for the Bastar range said. A rifle and a muzzle-loading gun were found at the spot.

On Tuesday night, armed Maoists set fire to three trucks engaged in road construction near Orchha in Narayanpur district, and police have registered a case. Nobody was hurt.

Police in Rajnandgaon said they had arrested five suspected Maoist couriers earlier this week.

According to the state home department, more than 1,000 security personnel and civilians have been killed in Maoist violence in Chhattisgarh since 2005. About 30,000 central paramilitary personnel are deployed in the state.
""",
events=[
    ev("A Maoist landmine set off under a CRPF convoy near Dornapal killed eight CRPF personnel and the civilian driver and injured three.",
       "2011-04-06", "‘on Wednesday’ before the Friday 2011-04-08 dateline: Wednesday 2011-04-06",
       "Dornapal", "Chhattisgarh", "IN", "explosion", "CPI (Maoist)", "Indian security forces",
       9, None, 3, None,
       "Eight personnel of the Central Reserve Police Force (CRPF) and the civilian driver of their mine-protected vehicle were killed on Wednesday when a powerful landmine, planted under the road by Maoist guerrillas, was set off as a convoy returning from a road-opening operation passed near Dornapal in Dantewada district, police said.\n\nThree other jawans were injured and airlifted to Raipur.",
       note="9 = 8 CRPF + 1 driver"),
    ev("Police and CRPF commandos recovered the bodies of two Maoists after an encounter near Basaguda.",
       "2011-04-07", "‘On Thursday’ before the Friday 2011-04-08 dateline: Thursday 2011-04-07",
       "Basaguda", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)",
       2, None, None, None,
       "On Thursday, police and CRPF commandos recovered the bodies of two Maoists, one of them a woman, after an encounter in the forests near Basaguda in Bijapur district, the Inspector General of Police for the Bastar range said."),
    ev("Armed Maoists set fire to three road-construction trucks near Orchha; nobody was hurt.",
       "2011-04-05", "‘On Tuesday night’ before the Friday 2011-04-08 dateline: Tuesday 2011-04-05",
       "Orchha", "Chhattisgarh", "IN", "other", "CPI (Maoist)", "none",
       0, None, 0, None,
       "On Tuesday night, armed Maoists set fire to three trucks engaged in road construction near Orchha in Narayanpur district, and police have registered a case. Nobody was hurt.",
       note="property destruction; explicit zeros"),
    ev("Police in Rajnandgaon arrested five suspected Maoist couriers.",
       None, "‘earlier this week’, no day given",
       "Rajnandgaon", "Chhattisgarh", "IN", "arrest", "Indian security forces", "CPI (Maoist)",
       None, None, None, None,
       "Police in Rajnandgaon said they had arrested five suspected Maoist couriers earlier this week.",
       arrested=5),
],
figures=[
    fig("killed", 1000, "Chhattisgarh",
        "more than 1,000 security personnel and civilians have been killed in Maoist violence in Chhattisgarh since 2005"),
    fig("fighters", 30000, "Chhattisgarh",
        "About 30,000 central paramilitary personnel are deployed in the state."),
])

report("h23-30", "2023-07-05", "https://www.example-northeastledger.com/manipur/2023/07/05/kangvai-bunker-moirang-armoury-mob",
"long", "full",
"""
Two months on, Manipur's buffer zone bleeds as mobs turn on armouries

By L. Ibomcha Singh and Jangkholun Haokip

IMPHAL, July 5 (Northeast Ledger) - Three village volunteers were killed and five others injured when armed men opened fire on their bunker at Kangvai, on the boundary between Churachandpur and Bishnupur districts, on Sunday night, police said, in one of the deadliest clashes in Manipur's foothills in weeks.

One of the injured, a 24-year-old, died at the Regional Institute of Medical Sciences in Imphal on Tuesday, a hospital official said, taking the toll to four. The other four wounded men are out of danger.

Meitei organisations blamed "Kuki militants" for the firing. The Kuki Inpi, the apex body of the Kuki tribes, said in a statement that the village volunteers had attacked a Kuki hamlet first and that the hill volunteers had only returned fire. Police said they were still investigating who fired first.

On Monday night, a mob of several hundred people tried to break into the armoury of the police station at Moirang, in Bishnupur district, demanding weapons to defend their villages. Security forces fired tear gas and then live rounds after the crowd set fire to two police vehicles. One man was killed by a bullet and nine people, three of them personnel of the Rapid Action Force, were injured, officials said.

It was the latest of dozens of attempts to seize police weapons since the violence began. According to the state government, about 4,000 firearms and more than 500,000 rounds of ammunition have been taken from police armouries since May, most of them by mobs in the Imphal valley. Only about a quarter of them have been returned.

Houses left empty by fleeing families continue to burn. On Saturday, unidentified men set fire to about 20 houses in a deserted village in Kangpokpi district, a district official said. There were no casualties, he said, because the villagers had left in May.

Security forces arrested six men and seized three rifles and a pistol at a checkpoint in Khurai, in Imphal East, on Tuesday, police said. Officials said the men were members of a "volunteer group" and would be charged under the Arms Act.

Also on Tuesday, thousands of women of the Meira Paibi, the torch-bearing mothers' groups that have been a feature of Manipur's protest movements for decades, held a sit-in on the road to the Imphal airport demanding the withdrawal of the Assam Rifles from the valley, whom they accuse of shielding Kuki armed groups. The protest ended peacefully in the evening.

The violence has not spared the valley's outskirts. On June 24, gunmen who came down from the hills shot dead three villagers working in the paddy fields at Yaingangpokpi in Imphal East district, police said.

The conflict between the largely Hindu Meitei majority, who live mostly in the Imphal valley, and the mainly Christian Kuki-Zo tribes of the surrounding hills erupted on May 3, after a march in Churachandpur against a proposal to grant the Meiteis tribal status. Within days, mobs on both sides had burned hundreds of homes, churches and temples, and tens of thousands of people fled.

According to the state government, at least 140 people have been killed since then, though community groups on both sides say the true figure is higher. More than 60,000 people are living in about 350 relief camps, and thousands more have left the state for Mizoram and Assam.

About 40,000 central security personnel, including the Army and the Assam Rifles, have been deployed in Manipur. They hold a buffer zone along the foothills that is supposed to keep the two communities apart, but residents on both sides say armed volunteers cross it at night.

"We have two Manipurs now," said a Meitei schoolteacher who fled from Moreh to a camp in Imphal. "One in the valley and one in the hills, and no one can travel from one to the other."

Chief Minister N. Biren Singh, whose resignation has been demanded by Kuki groups, said on Friday that he would not step down. Opposition parties in New Delhi have demanded that Prime Minister Narendra Modi speak on the situation in Parliament. The Supreme Court is due to hear petitions on the violence next week.

Internet services in the state have been suspended since May 3, with brief exceptions, and schools in the valley reopened only this week.
""",
events=[
    ev("Armed men fired on a village-volunteer bunker at Kangvai, killing three and injuring five; one of the injured died two days later. Meitei groups blamed Kuki militants, the Kuki Inpi said the volunteers attacked first.",
       "2023-07-02", "‘on Sunday night’ before the Wednesday 2023-07-05 dateline: Sunday 2023-07-02",
       "Kangvai", "Manipur", "IN", "battle", "unknown", "Meitei village volunteers",
       4, None, 4, None,
       "Three village volunteers were killed and five others injured when armed men opened fire on their bunker at Kangvai, on the boundary between Churachandpur and Bishnupur districts, on Sunday night, police said [...] One of the injured, a 24-year-old, died at the Regional Institute of Medical Sciences in Imphal on Tuesday, a hospital official said, taking the toll to four. The other four wounded men are out of danger.\n\nMeitei organisations blamed \"Kuki militants\" for the firing. The Kuki Inpi, the apex body of the Kuki tribes, said in a statement that the village volunteers had attacked a Kuki hamlet first",
       note="4 = 3 + 1 who died of wounds; wounded 5 - 1 = 4; disputed who fired first: actor1 unknown"),
    ev("A mob tried to break into the Moirang police station armoury and set fire to two police vehicles; security forces fired tear gas and live rounds, killing one man and injuring nine including three RAF personnel.",
       "2023-07-03", "‘On Monday night’ before the Wednesday 2023-07-05 dateline: Monday 2023-07-03",
       "Moirang police station", "Manipur", "IN", "other", "rioters", "Indian security forces",
       1, None, 9, None,
       "On Monday night, a mob of several hundred people tried to break into the armoury of the police station at Moirang, in Bishnupur district, demanding weapons to defend their villages. Security forces fired tear gas and then live rounds after the crowd set fire to two police vehicles. One man was killed by a bullet and nine people, three of them personnel of the Rapid Action Force, were injured, officials said.",
       note="riot (violent demonstration) met with live fire"),
    ev("Unidentified men set fire to about 20 houses in a deserted village in Kangpokpi district; no casualties.",
       "2023-07-01", "‘On Saturday’ before the Wednesday 2023-07-05 dateline: Saturday 2023-07-01",
       "Kangpokpi", "Manipur", "IN", "other", "unknown", "civilians",
       0, None, 0, None,
       "On Saturday, unidentified men set fire to about 20 houses in a deserted village in Kangpokpi district, a district official said. There were no casualties, he said, because the villagers had left in May.",
       note="property destruction; explicit zeros ('no casualties')"),
    ev("Security forces arrested six men with three rifles and a pistol at a checkpoint in Khurai, Imphal East.",
       "2023-07-04", "‘on Tuesday’ before the Wednesday 2023-07-05 dateline: Tuesday 2023-07-04",
       "Khurai", "Manipur", "IN", "arrest", "Indian security forces", "Meitei village volunteers",
       None, None, None, None,
       "Security forces arrested six men and seized three rifles and a pistol at a checkpoint in Khurai, in Imphal East, on Tuesday, police said.",
       arrested=6),
    ev("Thousands of Meira Paibi women held a peaceful sit-in on the Imphal airport road demanding the withdrawal of the Assam Rifles.",
       "2023-07-04", "‘Also on Tuesday’ before the Wednesday 2023-07-05 dateline: Tuesday 2023-07-04",
       "Imphal airport road", "Manipur", "IN", "other", "protesters", "Indian security forces",
       None, None, None, None,
       "Also on Tuesday, thousands of women of the Meira Paibi, the torch-bearing mothers' groups that have been a feature of Manipur's protest movements for decades, held a sit-in on the road to the Imphal airport demanding the withdrawal of the Assam Rifles from the valley, whom they accuse of shielding Kuki armed groups. The protest ended peacefully in the evening.",
       note="peaceful protest"),
    ev("Gunmen from the hills shot dead three villagers working in the paddy fields at Yaingangpokpi.",
       "2023-06-24", "‘On June 24’ in the Wednesday 2023-07-05 report: Saturday 2023-06-24",
       "Yaingangpokpi", "Manipur", "IN", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "On June 24, gunmen who came down from the hills shot dead three villagers working in the paddy fields at Yaingangpokpi in Imphal East district, police said."),
],
figures=[
    fig("other", 4000, "Manipur",
        "about 4,000 firearms and more than 500,000 rounds of ammunition have been taken from police armouries since May",
        note="firearms looted"),
    fig("other", 500000, "Manipur",
        "about 4,000 firearms and more than 500,000 rounds of ammunition have been taken from police armouries since May",
        note="rounds of ammunition looted"),
    fig("killed", 140, "Manipur",
        "at least 140 people have been killed since then"),
    fig("displaced", 60000, "Manipur",
        "More than 60,000 people are living in about 350 relief camps"),
    fig("fighters", 40000, "Manipur",
        "About 40,000 central security personnel, including the Army and the Assam Rifles, have been deployed in Manipur."),
])

# ---------------------------------------------------------------------------
# h23-31 .. h23-36
# ---------------------------------------------------------------------------

report("h23-31", "2022-09-08", "https://www.example-andesdiario.com/english/2022/09/08/saravena-drone-attack-puerto-jordan-clashes",
"ordinary", "full",
"""
Drones drop explosives on Saravena army base; nine die in guerrilla clash in Arauca

BOGOTA, September 8 (Andes Diario English) - Explosive charges dropped from drones hit an army base in Saravena, in the eastern province of Arauca, on Tuesday night, wounding four soldiers, the military said. No one was killed.

The army's commander in the region blamed the National Liberation Army (ELN). In a communiqué published on Wednesday, the ELN's Eastern War Front denied any involvement and accused the army of "staging attacks to sabotage peace".

The attack came two days after a battle between rival guerrilla groups in the rural area of Puerto Jordán, in Arauquita municipality. ELN fighters attacked a camp of FARC dissidents there on Sunday, and at least nine combatants were killed, according to the Ombudsman's Office, which said dozens of families had fled to the town's school.

In the southwestern province of Cauca, gunmen killed an Indigenous guard coordinator outside his home in Toribío on Monday. The Nasa community's authorities blamed the Dagoberto Ramos column of the FARC dissidents, which has repeatedly threatened the Indigenous guard for opposing coca planting.

The violence comes as President Gustavo Petro, who took office a month ago, seeks to restart peace talks with the ELN and to open negotiations with other armed groups under his "total peace" policy. The ELN is estimated to have about 2,500 fighters, and the dissident factions that rejected the 2016 peace agreement with the FARC about 5,200.

According to the think tank Indepaz, 123 social leaders and human rights defenders have been killed in Colombia so far this year. The UN refugee agency says more than 40,000 people have been forcibly displaced in Arauca since fighting between the two guerrilla groups broke out in January.
""",
events=[
    ev("Explosives dropped from drones hit the army base in Saravena, wounding four soldiers; no one was killed. The army blamed the ELN, which denied it.",
       "2022-09-06", "‘on Tuesday night’ before the Thursday 2022-09-08 dateline: Tuesday 2022-09-06",
       "Saravena", "Arauca", "CO", "explosion", "unknown", "Colombian security forces",
       0, None, 4, None,
       "Explosive charges dropped from drones hit an army base in Saravena, in the eastern province of Arauca, on Tuesday night, wounding four soldiers, the military said. No one was killed.\n\nThe army's commander in the region blamed the National Liberation Army (ELN). In a communiqué published on Wednesday, the ELN's Eastern War Front denied any involvement",
       note="explicit zero killed; blame denied: actor1 unknown"),
    ev("ELN fighters attacked a FARC dissident camp near Puerto Jordán; at least nine combatants were killed.",
       "2022-09-04", "‘on Sunday’, ‘two days’ before the Tuesday 2022-09-06 attack, before the Thursday 2022-09-08 dateline: Sunday 2022-09-04",
       "Puerto Jordán", "Arauca", "CO", "battle", "ELN", "FARC dissidents",
       9, None, None, None,
       "ELN fighters attacked a camp of FARC dissidents there on Sunday, and at least nine combatants were killed, according to the Ombudsman's Office"),
    ev("Gunmen killed an Indigenous guard coordinator outside his home in Toribío; Nasa authorities blamed the Dagoberto Ramos column of the FARC dissidents.",
       "2022-09-05", "‘on Monday’ before the Thursday 2022-09-08 dateline: Monday 2022-09-05",
       "Toribío", "Cauca", "CO", "attack_on_civilians", "FARC dissidents", "civilians",
       1, None, None, None,
       "In the southwestern province of Cauca, gunmen killed an Indigenous guard coordinator outside his home in Toribío on Monday. The Nasa community's authorities blamed the Dagoberto Ramos column of the FARC dissidents",
       note="blame with no denial"),
],
figures=[
    fig("fighters", 2500, "Colombia",
        "The ELN is estimated to have about 2,500 fighters"),
    fig("fighters", 5200, "Colombia",
        "the dissident factions that rejected the 2016 peace agreement with the FARC about 5,200"),
    fig("killed", 123, "Colombia",
        "123 social leaders and human rights defenders have been killed in Colombia so far this year"),
    fig("displaced", 40000, "Arauca",
        "more than 40,000 people have been forcibly displaced in Arauca since fighting between the two guerrilla groups broke out in January"),
])

report("h23-32", "2023-08-03", "https://www.example-andesdiario.com/english/2023/08/03/ombudsman-midyear-report-leaders-displacement",
"ordinary", "full",
"""
Colombia's armed groups expand despite 'total peace', ombudsman warns

BOGOTA, August 3 (Andes Diario English) - Armed groups have expanded their presence in Colombia during the first half of the year even as the government pursues talks with several of them, the Ombudsman's Office said on Wednesday in its mid-year report.

The office said it had recorded 93 killings of social leaders between January and June, slightly fewer than in the same period of 2022, and issued 14 early warnings of imminent risk to communities in Cauca, Nariño, Chocó and Antioquia. It counted more than 39,000 people forcibly displaced in mass events and some 52,000 confined to their villages by fighting or by orders of armed groups.

The Gulf Clan, the country's largest drug-trafficking organisation, now operates in 392 of Colombia's 1,102 municipalities, the report said, up from 253 in 2022. The ELN and the dissident factions of the former FARC guerrillas were present in about 230 and 180 municipalities respectively.

"The state has left spaces that others are filling," the ombudsman told reporters. "Where there is no school, no road and no judge, the armed group is the authority."

Defence ministry figures show that the armed forces have about 250,000 members, including the police. Officials say the number of ELN fighters has grown to around 5,800 since 2018, including support networks.

The government says its approach is beginning to pay off. Homicides fell by about 2 percent in the first six months compared with a year earlier, according to police data, and kidnappings, though up sharply, remain far below the levels of the early 2000s.

Analysts are more cautious. "Every ceasefire freezes the battlefield, but it also freezes the map," said a researcher at a Bogota security think tank. "Groups use the calm to recruit, to collect extortion and to push into new territory."

Talks with the ELN are due to resume in Caracas later this month.
""",
events=[],
figures=[
    fig("killed", 93, "Colombia",
        "it had recorded 93 killings of social leaders between January and June", note="social leaders killed"),
    fig("displaced", 39000, "Colombia",
        "It counted more than 39,000 people forcibly displaced in mass events"),
    fig("civilians_trapped", 52000, "Colombia",
        "some 52,000 confined to their villages by fighting or by orders of armed groups"),
    fig("other", 392, "Colombia",
        "now operates in 392 of Colombia's 1,102 municipalities", note="municipalities with Gulf Clan presence"),
    fig("fighters", 250000, "Colombia",
        "the armed forces have about 250,000 members, including the police"),
    fig("fighters", 5800, "Colombia",
        "the number of ELN fighters has grown to around 5,800 since 2018, including support networks"),
],
country_hint="CO")

report("h23-33", "2021-11-24", "https://www.example-nortepress.com/english/2021/11/24/jerez-ambush-valparaiso-clash-fresnillo",
"ordinary", "nodate",
"""
Five Zacatecas police killed in highway ambush

ZACATECAS (Norte Press) — Gunmen ambushed a patrol of the Zacatecas state police on the highway outside Jerez on Monday, killing four officers and wounding two, state authorities said. One of the wounded officers died in hospital in the state capital on Tuesday, bringing the toll to five.

The attackers fired from two pickup trucks and fled toward the mountains, the state security secretary said at a news conference. He did not say which group was behind the attack.

On Sunday, soldiers patrolling near Valparaíso, in the west of the state, were attacked by gunmen who the Defence Ministry said belonged to the Jalisco New Generation Cartel. Troops returned fire, and the bodies of six attackers were found after the shooting, the ministry said in a statement. Two soldiers were wounded.

The National Guard arrested seven suspected members of the Sinaloa Cartel in Fresnillo on Saturday and seized 11 rifles and more than 2,000 cartridges, the federal security cabinet said.

Zacatecas has become one of Mexico's most violent states as the Jalisco cartel and the Sinaloa cartel fight for control of drug trafficking routes to the US border. The state recorded more than 1,100 homicides between January and October, according to official figures, and about 3,000 soldiers and National Guard members have been sent to reinforce local police.
""",
events=[
    ev("Gunmen ambushed a Zacatecas state police patrol outside Jerez, killing four officers and wounding two; one of the wounded died the next day.",
       "2021-11-22", "‘on Monday’ in a report published Wednesday 2021-11-24 (dateline without a date): Monday 2021-11-22",
       "Jerez", "Zacatecas", "MX", "battle", "militants (unidentified)", "Mexican security forces",
       5, None, 1, None,
       "Gunmen ambushed a patrol of the Zacatecas state police on the highway outside Jerez on Monday, killing four officers and wounding two, state authorities said. One of the wounded officers died in hospital in the state capital on Tuesday, bringing the toll to five.",
       note="5 = 4 + 1 who died of wounds; wounded 2 - 1 = 1"),
    ev("Gunmen the Defence Ministry attributed to the CJNG attacked soldiers near Valparaíso; troops returned fire and the bodies of six attackers were found; two soldiers were wounded.",
       "2021-11-21", "‘On Sunday’ in a report published Wednesday 2021-11-24: Sunday 2021-11-21",
       "Valparaíso", "Zacatecas", "MX", "battle", "Jalisco New Generation Cartel", "Mexican security forces",
       6, None, 2, None,
       "On Sunday, soldiers patrolling near Valparaíso, in the west of the state, were attacked by gunmen who the Defence Ministry said belonged to the Jalisco New Generation Cartel. Troops returned fire, and the bodies of six attackers were found after the shooting, the ministry said in a statement. Two soldiers were wounded.",
       note="bodies found: a toll, not a claim"),
    ev("The National Guard arrested seven suspected Sinaloa Cartel members in Fresnillo and seized rifles and cartridges.",
       "2021-11-20", "‘on Saturday’ in a report published Wednesday 2021-11-24: Saturday 2021-11-20",
       "Fresnillo", "Zacatecas", "MX", "arrest", "Mexican security forces", "Sinaloa Cartel",
       None, None, None, None,
       "The National Guard arrested seven suspected members of the Sinaloa Cartel in Fresnillo on Saturday and seized 11 rifles and more than 2,000 cartridges, the federal security cabinet said.",
       arrested=7),
],
figures=[
    fig("killed", 1100, "Zacatecas",
        "The state recorded more than 1,100 homicides between January and October", note="homicides"),
    fig("fighters", 3000, "Zacatecas",
        "about 3,000 soldiers and National Guard members have been sent to reinforce local police"),
])

report("h23-34", "2010-03-22", "https://www.example-fronteranews.com/juarez/2010/03/22/bar-shooting-six-dead",
"short", "abbr",
"""
Gunmen kill six at Ciudad Juarez bar

CIUDAD JUAREZ, Mexico, Mar. 22 (Frontera News) - Gunmen burst into a bar in the south of Ciudad Juarez late on Saturday and opened fire on customers, killing six men and wounding three, the Chihuahua state prosecutor's office said.

Investigators found more than 40 shell casings. No arrests have been made.

More than 2,600 people were killed in the border city last year as drug cartels fought for control of smuggling routes into Texas.
""",
events=[
    ev("Gunmen burst into a bar in southern Ciudad Juarez and opened fire, killing six men and wounding three.",
       "2010-03-20", "‘late on Saturday’ before the Monday 2010-03-22 dateline: Saturday 2010-03-20",
       "Ciudad Juarez", "Chihuahua", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
       6, None, 3, None,
       "Gunmen burst into a bar in the south of Ciudad Juarez late on Saturday and opened fire on customers, killing six men and wounding three, the Chihuahua state prosecutor's office said."),
],
figures=[
    fig("killed", 2600, "Ciudad Juarez",
        "More than 2,600 people were killed in the border city last year"),
])

report("h23-35", "2022-09-21", "https://www.example-hornafriquewire.com/somalia/2022/09/21/hiiraan-offensive-moqokori-jalalaqsi",
"long", "abbr",
"""
Clan fighters and troops push al-Shabaab back in Hiiraan, but the militants hit back

By Abdiqani Hassan

BELEDWEYNE, Somalia, Sept. 21 (Horn Afrique Wire) - Somali troops and clan militias known as ma'awisley recaptured the town of Moqokori in Hiiraan region on Saturday after a day of fighting with al-Shabaab, officials of Hirshabelle state said, the most important gain so far in an offensive that began last month.

Five soldiers and militiamen were killed and eight wounded in the battle for the town, a Hirshabelle security official said. The federal information ministry said more than 100 al-Shabaab fighters had been killed, a figure that could not be verified and that residents said was exaggerated.

Two days later, on Monday, ma'awisley fighters entered the town of Buqda Aqable without a shot being fired, after al-Shabaab's local commanders pulled out during the night under pressure from clan elders, residents said.

The militants struck back quickly. On Sunday, a suicide bomber drove a car packed with explosives into the gate of a military base in Jalalaqsi, killing four soldiers and two civilians who sold tea outside the gate, as well as himself, a local police commander said. Eleven people were wounded. Al-Shabaab said on its Andalus radio that it had carried out the bombing and killed "more than 20 apostate soldiers".

On Thursday, al-Shabaab fighters stopped four trucks carrying food to displaced families on the road outside Bulo Burte, forced the drivers and passengers out, and shot nine of them dead before setting the trucks on fire, the district commissioner said. He said the group was punishing communities that had joined the uprising against it.

Far to the south, the US military's Africa Command said it had carried out an air strike against al-Shabaab fighters near Jilib, in Middle Juba, on Sunday. It said the strike had killed 27 militants and that it had assessed that no civilians were injured or killed. The figure could not be independently confirmed in the remote area, which is controlled by the group.

On Tuesday, elders of several Hawiye sub-clans signed an agreement in Beledweyne with the Hirshabelle state administration to mobilise more fighters for the offensive, in exchange for weapons, ammunition and a share of the security posts in the recaptured towns.

The offensive is the most serious challenge to al-Shabaab in central Somalia in years. It began in August, when clan militias in the Hiiraan region rose up against the group after it destroyed wells and burned villages in an attempt to enforce its tax demands during the country's worst drought in four decades. President Hassan Sheikh Mohamud, elected in May, has made "total war" against the militants the centrepiece of his government and has visited the front.

"For years the people of Hiiraan paid zakat to al-Shabaab because they had no choice," said a ma'awisley commander in Beledweyne. "Now they have burned our wells and killed our camels. There is nothing left to pay with, so we fight."

Government officials say about 40 villages and towns have been taken from al-Shabaab since the fighting began. Analysts warn that holding them will be harder. In past offensives, government forces captured towns only to abandon them months later, leaving the residents exposed to reprisals.

Al-Shabaab, which is linked to al Qaeda, was driven out of Mogadishu in 2011 and out of most major towns in the following years by African Union troops, but it still controls large parts of the countryside and carries out frequent bombings in the capital. In October 2017, a truck bomb at the Zobe junction in Mogadishu killed more than 500 people, the deadliest attack in the country's history.

The African Union Transition Mission in Somalia, ATMIS, has about 20,000 troops in the country and is due to hand over security to Somali forces by the end of 2024. US officials estimate al-Shabaab's strength at between 7,000 and 12,000 fighters.

The drought has made the war harder to fight and harder to survive. More than one million Somalis have been displaced by drought this year, according to the United Nations, and aid agencies warn of famine in parts of Bay region before the end of the year.
""",
events=[
    ev("Somali troops and ma'awisley clan militias recaptured Moqokori from al-Shabaab after a day of fighting; five soldiers and militiamen were killed and eight wounded.",
       "2022-09-17", "‘on Saturday’ before the Wednesday 2022-09-21 dateline: Saturday 2022-09-17",
       "Moqokori", "Hiiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
       5, None, 8, None,
       "Somali troops and clan militias known as ma'awisley recaptured the town of Moqokori in Hiiraan region on Saturday after a day of fighting with al-Shabaab, officials of Hirshabelle state said [...] Five soldiers and militiamen were killed and eight wounded in the battle for the town, a Hirshabelle security official said. The federal information ministry said more than 100 al-Shabaab fighters had been killed, a figure that could not be verified",
       note="with ma'awisley clan militias; the government's claimed 100 al-Shabaab dead is not used"),
    ev("Ma'awisley fighters entered Buqda Aqable without a shot after al-Shabaab's commanders pulled out.",
       "2022-09-19", "‘Two days later, on Monday’ before the Wednesday 2022-09-21 dateline: Monday 2022-09-19",
       "Buqda Aqable", "Hiiraan", "SO", "territory_gain", "Ma'awisley clan militias", "al-Shabaab",
       None, None, None, None,
       "Two days later, on Monday, ma'awisley fighters entered the town of Buqda Aqable without a shot being fired, after al-Shabaab's local commanders pulled out during the night under pressure from clan elders, residents said.",
       note="non-violent transfer of territory"),
    ev("A suicide car bomber hit the gate of a military base in Jalalaqsi, killing four soldiers, two tea sellers and himself and wounding eleven; al-Shabaab claimed it.",
       "2022-09-18", "‘On Sunday’ before the Wednesday 2022-09-21 dateline: Sunday 2022-09-18",
       "Jalalaqsi", "Hiiraan", "SO", "explosion", "al-Shabaab", "Somali security forces",
       7, None, 11, None,
       "On Sunday, a suicide bomber drove a car packed with explosives into the gate of a military base in Jalalaqsi, killing four soldiers and two civilians who sold tea outside the gate, as well as himself, a local police commander said. Eleven people were wounded. Al-Shabaab said on its Andalus radio that it had carried out the bombing and killed \"more than 20 apostate soldiers\".",
       note="7 = 4 soldiers + 2 civilians + the bomber; the claimed 20 is not used"),
    ev("Al-Shabaab fighters stopped four food trucks outside Bulo Burte and shot nine drivers and passengers dead, then burned the trucks.",
       "2022-09-15", "‘On Thursday’ before the Wednesday 2022-09-21 dateline: Thursday 2022-09-15",
       "Bulo Burte", "Hiiraan", "SO", "attack_on_civilians", "al-Shabaab", "civilians",
       9, None, None, None,
       "On Thursday, al-Shabaab fighters stopped four trucks carrying food to displaced families on the road outside Bulo Burte, forced the drivers and passengers out, and shot nine of them dead before setting the trucks on fire, the district commissioner said."),
    ev("A US air strike hit al-Shabaab fighters near Jilib; AFRICOM claimed 27 militants killed and no civilian casualties.",
       "2022-09-18", "‘on Sunday’ before the Wednesday 2022-09-21 dateline: Sunday 2022-09-18",
       "Jilib", "Middle Juba", "SO", "explosion", "US forces", "al-Shabaab",
       None, None, None, None,
       "the US military's Africa Command said it had carried out an air strike against al-Shabaab fighters near Jilib, in Middle Juba, on Sunday. It said the strike had killed 27 militants and that it had assessed that no civilians were injured or killed. The figure could not be independently confirmed",
       note="the striker's own claim of 27 dead is not used; 'no civilians' covers only civilians, so no zero"),
    ev("Elders of several Hawiye sub-clans signed an agreement in Beledweyne with the Hirshabelle administration to mobilise more fighters.",
       "2022-09-20", "‘On Tuesday’ before the Wednesday 2022-09-21 dateline: Tuesday 2022-09-20",
       "Beledweyne", "Hiiraan", "SO", "other", "Hirshabelle state administration", "Ma'awisley clan militias",
       None, None, None, None,
       "On Tuesday, elders of several Hawiye sub-clans signed an agreement in Beledweyne with the Hirshabelle state administration to mobilise more fighters for the offensive",
       note="agreement"),
],
figures=[
    fig("districts_retaken", 40, "Hiiraan",
        "Government officials say about 40 villages and towns have been taken from al-Shabaab since the fighting began.",
        note="villages and towns"),
    fig("fighters", 20000, "Somalia",
        "ATMIS, has about 20,000 troops in the country"),
    fig("fighters", 7000, "Somalia",
        "US officials estimate al-Shabaab's strength at between 7,000 and 12,000 fighters.", note="7,000 to 12,000"),
    fig("displaced", 1000000, "Somalia",
        "More than one million Somalis have been displaced by drought this year"),
])

report("h23-36", "2023-09-28", "https://www.example-fasowire.com/securite/2023/09/28/tougouri-attack-coup-plot-fada",
"ordinary", "dayfirst",
"""
Seventeen soldiers and volunteers killed in Tougouri attack; junta says coup foiled

OUAGADOUGOU, 28 September (Faso Wire) – Eleven soldiers and six members of the Volunteers for the Defence of the Homeland (VDP) were killed on Monday when hundreds of assailants attacked the army detachment in Tougouri, in the Centre-Nord region, the army said in a statement.

Fourteen others were wounded and evacuated to Kaya. The army said its counter-attack, supported by drones, had "neutralised several dozen terrorists". The al Qaeda-linked JNIM said on Tuesday, through its Az-Zallaqa media arm, that its fighters had carried out the attack and killed 60 soldiers and "militiamen".

In a statement read on state television on Wednesday, the government said the security services had foiled a coup attempt and arrested four officers on Tuesday. It accused them of plotting "to plunge the country into chaos" and said others were being sought.

In the Est region, suspected jihadists killed seven villagers near Fada N'Gourma on Sunday, a local official said. The men had been collecting firewood outside the town, which has been under a partial blockade for months.

Burkina Faso's military leaders, who seized power a year ago promising to restore security, have recruited tens of thousands of civilian volunteers to fight the insurgents. More than 90,000 people applied to join the VDP last year, according to the government. More than two million Burkinabe are displaced, and aid agencies estimate that armed groups control or contest about 40 percent of the country's territory.
""",
events=[
    ev("Hundreds of assailants attacked the army detachment in Tougouri, killing eleven soldiers and six VDP members and wounding fourteen; JNIM claimed it and 60 killed.",
       "2023-09-25", "‘on Monday’ before the Thursday 2023-09-28 dateline: Monday 2023-09-25",
       "Tougouri", "Centre-Nord", "BF", "battle", "JNIM", "Burkinabe security forces",
       17, None, 14, None,
       "Eleven soldiers and six members of the Volunteers for the Defence of the Homeland (VDP) were killed on Monday when hundreds of assailants attacked the army detachment in Tougouri, in the Centre-Nord region, the army said in a statement.\n\nFourteen others were wounded and evacuated to Kaya. The army said its counter-attack, supported by drones, had \"neutralised several dozen terrorists\". The al Qaeda-linked JNIM said on Tuesday, through its Az-Zallaqa media arm, that its fighters had carried out the attack and killed 60 soldiers and \"militiamen\".",
       note="17 = 11 soldiers + 6 VDP; JNIM's claimed 60 and the army's 'neutralised' dozens are not used; doer named by the claim"),
    ev("The security services foiled a coup attempt and arrested four officers.",
       "2023-09-26", "‘arrested four officers on Tuesday’ before the Thursday 2023-09-28 dateline: Tuesday 2023-09-26",
       "Ouagadougou", "Centre", "BF", "arrest", "Burkinabe security forces", "military officers",
       None, None, None, None,
       "In a statement read on state television on Wednesday, the government said the security services had foiled a coup attempt and arrested four officers on Tuesday.",
       note="place not stated; the capital, where the government spoke", arrested=4, optional=True),
    ev("Suspected jihadists killed seven villagers collecting firewood near Fada N'Gourma.",
       "2023-09-24", "‘on Sunday’ before the Thursday 2023-09-28 dateline: Sunday 2023-09-24",
       "Fada N'Gourma", "Est", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
       7, None, None, None,
       "In the Est region, suspected jihadists killed seven villagers near Fada N'Gourma on Sunday, a local official said."),
],
figures=[
    fig("other", 90000, "Burkina Faso",
        "More than 90,000 people applied to join the VDP last year", note="VDP applicants"),
    fig("displaced", 2000000, "Burkina Faso",
        "More than two million Burkinabe are displaced"),
    fig("other", 40, "Burkina Faso",
        "armed groups control or contest about 40 percent of the country's territory", note="percent of territory"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
              "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
# the theme's countries (ISO 3166-1 alpha-2)
COUNTRIES = {"SO", "ML", "BF", "NE", "NG", "CM", "CD", "ET", "SD", "MZ",
             "IQ", "SY", "YE", "AF", "PK", "MM", "PH", "IN", "CO", "MX"}
MIN_COUNTRIES = 18
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Banaadir": "SO", "Lower Shabelle": "SO", "Hiiraan": "SO", "Middle Juba": "SO",
    "Mopti": "ML",
    "Centre-Nord": "BF", "Centre": "BF", "Est": "BF",
    "Tillabéri": "NE", "Tahoua": "NE",
    "Borno": "NG", "Plateau": "NG",
    "North-West": "CM", "South-West": "CM", "Far North": "CM",
    "North Kivu": "CD", "Ituri": "CD",
    "Amhara": "ET",
    "North Darfur": "SD",
    "Cabo Delgado": "MZ",
    "Erbil": "IQ", "Diyala": "IQ", "Baghdad": "IQ", "Kirkuk": "IQ", "Dhi Qar": "IQ", "Najaf": "IQ",
    "Aleppo": "SY",
    "Marib": "YE", "Abyan": "YE", "Aden": "YE",
    "Faryab": "AF", "Balkh": "AF", "Kunduz": "AF",
    "Khyber Pakhtunkhwa": "PK", "Balochistan": "PK",
    "Sagaing": "MM", "Rakhine": "MM", "Mandalay": "MM",
    "Eastern Visayas": "PH", "Bangsamoro": "PH", "Northern Mindanao": "PH", "Soccsksargen": "PH",
    "Chhattisgarh": "IN", "Manipur": "IN",
    "Arauca": "CO", "Cauca": "CO",
    "Zacatecas": "MX", "Chihuahua": "MX",
}
# actor names allowed in this set: canonical names of EVENTS.md, "<Country> security forces"
# (and "Sudanese Armed Forces"), armed groups by their usual short names, generic labels
ACTORS = {
    # canonical (EVENTS.md)
    "Islamic State", "Iraqi Security Forces", "Popular Mobilization Forces", "Peshmerga",
    "Taliban", "Afghan security forces", "Boko Haram", "al-Shabaab", "Houthis", "civilians",
    # state forces
    "Somali security forces", "Malian security forces", "Burkinabe security forces", "Nigerien security forces",
    "Nigerian security forces", "Cameroonian security forces", "Congolese security forces",
    "Ethiopian security forces", "Sudanese Armed Forces", "Mozambican security forces",
    "Syrian government forces", "Yemeni government forces", "Pakistani security forces",
    "Myanmar security forces", "Philippine security forces", "Indian security forces",
    "Colombian security forces", "Mexican security forces", "Saudi-led coalition", "US forces",
    # armed groups and militias
    "JNIM", "Ambazonian separatists", "ADF", "CODECO", "M23", "Fano", "Rapid Support Forces",
    "Syrian rebels", "AQAP", "Tehrik-i-Taliban Pakistan", "Baloch Liberation Front", "Arakan Army",
    "New People's Army", "Abu Sayyaf", "Maute group", "CPI (Maoist)", "Meitei village volunteers",
    "ELN", "FARC dissidents", "Jalisco New Generation Cartel", "Sinaloa Cartel",
    "Ma'awisley clan militias",
    # governments and others
    "Somali government", "Malian government", "Hirshabelle state administration", "military officers",
    "militants (unidentified)", "unknown", "none", "protesters", "rioters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
KINDS = {"short": (60, 110, 8), "ordinary": (200, 380, 22), "long": (600, 850, 6)}
DATELINE_STYLES = {"full", "abbr", "dayfirst", "nodate", "none"}
N_EMPTY = 5
MAX_EVENTS = 6
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")

_MO = "|".join(MONTHS)
_AB = "|".join(sorted(MONTH_ABBR, key=len, reverse=True))
# any line that starts like a dateline: an upper-case city, then a comma or an outlet in brackets
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý](?:,| \()")
_CITY = r"(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý])(?P<places>(?:, [A-Z][A-Za-z'’. -]*?)*?)"
_TAIL = r"(?: \((?P<outlet>[^()]+)\))? [-–—] \S"
DL = {
    "full": re.compile(r"^%s, (?P<mon>%s) (?P<day>\d{1,2})%s" % (_CITY, _MO, _TAIL)),
    "abbr": re.compile(r"^%s, (?P<mon>%s)\.? (?P<day>\d{1,2})%s" % (_CITY, _AB, _TAIL)),
    "dayfirst": re.compile(r"^%s, (?P<day>\d{1,2}) (?P<mon>%s|%s)%s" % (_CITY, _MO, _AB, _TAIL)),
    "nodate": re.compile(r"^%s \((?P<outlet>[^()]+)\) [-–—] \S" % _CITY.replace("(?P<places>(?:, [A-Z][A-Za-z'’. -]*?)*?)",
                                                                            "(?P<places>(?:, [A-Z][A-Za-z'’. -]*?)*)")),
}
NODATE_PLACES = re.compile(r"^%s [-–—] \S" % _CITY.replace("*?)*?)", "*?)+)"))  # "MANILA, Philippines — "
UPDATED = re.compile(r"^Updated:? (.+)$")

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


def month_number(name):
    name = name.rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBR.get(name)


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
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)(?:,? (\d{4}))?" % (wd, _MO)),
            re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (wd, _MO))]
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


def check_dateline(rid, r, pub):
    lines = r["text"].split("\n")
    style = r["dateline"]
    if style not in DATELINE_STYLES:
        err(rid, f"unknown dateline style {style!r}")
        return
    found = []
    for ln in lines[1:]:
        if DATELINE_START.match(ln) or NODATE_PLACES.match(ln):
            found.append(ln)
    if style == "none":
        if found:
            err(rid, f"style 'none' but a dateline-like line: {found[0][:60]!r}")
        return
    if len(found) != 1:
        err(rid, f"{len(found)} dateline-like lines, expected exactly one")
        return
    ln = found[0]
    if style == "nodate":
        if not (DL["nodate"].match(ln) or NODATE_PLACES.match(ln)):
            err(rid, f"malformed undated dateline: {ln[:60]!r}")
        if any(DL[s].match(ln) for s in ("full", "abbr", "dayfirst")):
            err(rid, "style 'nodate' but the dateline carries a date")
        return
    m = DL[style].match(ln)
    if not m:
        err(rid, f"dateline not in style {style!r}: {ln[:60]!r}")
        return
    if style == "abbr" and m.group("mon") in MONTHS:
        err(rid, "style 'abbr' with a full month name")
    if month_number(m.group("mon")) != pub.month or int(m.group("day")) != pub.day:
        err(rid, f"dateline {m.group('mon')} {m.group('day')} does not name publication {pub}")


def check_updated(rid, text, pub):
    for ln in text.split("\n"):
        m = UPDATED.match(ln)
        if not m:
            continue
        s = m.group(1)
        d = None
        mm = re.match(r"(\d{1,2}) (%s) (\d{4})" % _MO, s)
        if mm:
            d = datetime.date(int(mm.group(3)), MONTHS.index(mm.group(2)) + 1, int(mm.group(1)))
        mm = re.match(r"(%s) (\d{1,2}), (\d{4})" % _MO, s)
        if mm:
            d = datetime.date(int(mm.group(3)), MONTHS.index(mm.group(1)) + 1, int(mm.group(2)))
        if d is None:
            err(rid, f"cannot read the date of {ln!r}")
        elif d != pub:
            err(rid, f"'Updated' date {d} differs from publication {pub}")


RELATIVE = re.compile(r"day after|day before|days later|days after|days before|Two days|two days|A day|a day", re.I)


def check_date_note(where, e, text, pub):
    note = e.get("date_note")
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
    quotes = re.findall(r"‘([^’]*)’", note)
    for q in quotes:
        if q not in text:
            err(where, f"date_note quotes text not in report: {q!r}")
    if "'" in note and "‘" not in note:
        err(where, "date_note quotes with straight quotes; use ‘…’")
    outside = re.sub(r"‘[^’]*’", "‘’", note)
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), outside):
        dm = re.match(r" (\d{4}-\d{2}-\d{2})", outside[m.end():])
        if not dm:
            err(where, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD'")
            continue
        d = parse_date(dm.group(1))
        if d is None:
            err(where, f"bad date in date_note {dm.group(1)!r}")
        elif WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"date_note says {m.group(1)} {dm.group(1)}, but it is a {WEEKDAYS[d.weekday()]}")
    if e.get("date") is None:
        return
    d = parse_date(e["date"])
    if d is None:
        return
    wd = WEEKDAYS[d.weekday()]
    # the resolved date is written out with its true weekday
    if f"{wd} {e['date']}" not in outside:
        err(where, f"date_note does not give the resolved date as '{wd} {e['date']}'")
    quoted = " ".join(quotes)
    qmonth = re.search(r"\b(%s|%s)\.? (\d{1,2})\b" % (_MO, _AB), quoted)
    if qmonth:
        # an explicit "June 24" / "Sept. 22" must be the event day
        if month_number(qmonth.group(1)) != d.month or int(qmonth.group(2)) != d.day:
            err(where, f"quoted {qmonth.group(0)!r} is not the event date {d}")
        return
    qdays = set(re.findall(r"\b(%s)\b" % "|".join(WEEKDAYS), quoted))
    if wd in qdays:
        # "on Sunday" is the last Sunday on or before publication
        if not (0 <= (pub - d).days <= 6):
            err(where, f"weekday {wd} resolved to {d}, not within the week before publication {pub}")
    elif not RELATIVE.search(note):
        err(where, f"event weekday {wd} is not in the quoted wording and no relative expression explains it")


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "h23-%02d" % (i + 1):
            err(rid, f"id out of order, expected h23-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2010, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2010-2024")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        if r["published"].replace("-", "/") not in r["url"]:
            err(rid, "url does not carry the publication date")
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        if r["kind"] not in KINDS:
            err(rid, f"unknown kind {r['kind']!r}")
        else:
            lo, hi, _ = KINDS[r["kind"]]
            words = len(text.split())
            if not (lo <= words <= hi):
                err(rid, f"{words} words, expected {lo}-{hi} for a {r['kind']} report")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]) or UPDATED.match(lines[0]):
            err(rid, "first line must be a headline")
        check_dateline(rid, r, pub)
        check_updated(rid, text, pub)
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
            if e.get("actor1") == e.get("actor2") and e.get("actor1") not in ("unknown",):
                err(w, "actor1 and actor2 are the same")
            if e.get("actor1") in ("none", "protesters", "rioters") and e.get("type") != "other":
                err(w, f"actor1 {e['actor1']!r} only on 'other' events")
            if e.get("actor1") == "none":
                err(w, "actor1 'none' makes no sense for an event with a doer")
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
            check_date_note(w, e, text, pub)
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
        if len(r["events"]) > MAX_EVENTS:
            err(rid, f"{len(r['events'])} events, expected at most {MAX_EVENTS}")
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
        if r["events"] and all(e.get("optional") for e in r["events"]):
            err(rid, "every event optional: make it a no-incident report or add a scored event")
    kinds = Counter(r["kind"] for r in REPORTS)
    for k, (_, _, n) in KINDS.items():
        if kinds[k] != n:
            err("set", f"{kinds[k]} {k} reports, expected {n}")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != N_EMPTY:
        err("set", f"{empty} reports without events, expected {N_EMPTY}")
    used = {e["country"] for r in REPORTS for e in r["events"]} | {r.get("country_hint") for r in REPORTS if not r["events"]}
    if len(used) < MIN_COUNTRIES:
        err("set", f"only {len(used)} countries, expected at least {MIN_COUNTRIES}")
    styles = Counter(r["dateline"] for r in REPORTS)
    for s in DATELINE_STYLES:
        if styles[s] < 3:
            err("set", f"dateline style {s!r} used {styles[s]} times, expected at least 3")


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
        ws = [len(r["text"].split()) for r in REPORTS if r["kind"] == k]
        print(f"  {k}: {len(ws)} (words {min(ws)}-{max(ws)}, mean {sum(ws) // len(ws)})")
    print("datelines: " + ", ".join(f"{k} {v}" for k, v in Counter(r["dateline"] for r in REPORTS).most_common()))
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
    for c in sorted(set(rep_c) | {e["country"] for e in evs}):
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {len(sel)} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
