#!/usr/bin/env python3
"""probe-holdout12: 36 invented conflict-news reports with hand-made gold.

Run `python3 make.py`: checks every text and its gold, then writes docs.jsonl and
gold.jsonl next to this file. Any failed check stops the run with a non-zero exit.
Written blind (see README.md). Schema: shared/spec/EVENTS.md, "Gold annotations".
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def E(summary, date, date_note, place, admin, country, type_, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="",
      note=None, arrested=None, optional=False):
    ev = {"summary": summary, "date": date, "date_note": date_note, "place": place,
          "admin": admin, "country": country, "type": type_, "actor1": actor1,
          "actor2": actor2, "killed": killed, "killed_high": killed_high,
          "wounded": wounded, "wounded_high": wounded_high, "evidence": evidence}
    if note:
        ev["note"] = note
    if arrested is not None:
        ev["arrested"] = arrested
    if optional:
        ev["optional"] = True
    return ev


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


def D(id_, published, url, headline, paras, events, figures):
    text = headline + "\n\n" + "\n\n".join(paras)
    DOCS.append({"id": id_, "published": published, "url": url, "text": text,
                 "events": events, "figures": figures})

# ---------------------------------------------------------------- h12-01  Iraq, 2015
D("h12-01", "2015-05-14",
  "https://www.example-tigriswire.com/2015/05/14/suicide-car-bomb-ameriyat-checkpoint",
  "Suicide car bomber kills soldiers at checkpoint east of Fallujah",
  [
    "BAGHDAD, May 14 (Tigris Wire Service) - Eleven Iraqi soldiers and two members of a pro-government Sunni tribal force were killed when a car packed with explosives rammed their checkpoint near Ameriyat al-Fallujah on Tuesday evening, security officials said.",
    "The bomber drove a military-style Humvee up to the barrier on the road linking the town to the Fallujah dam before setting off his charge, according to an army captain stationed nearby who asked not to be named. Eight other soldiers were wounded, he said.",
    "A police officer in Ameriyat al-Fallujah said on Wednesday that two of the wounded had died in hospital in Baghdad overnight, raising the death toll to 15.",
    "Islamic State claimed the bombing in a statement posted online on Wednesday, saying one of its fighters had carried it out and that \"dozens of apostates\" had been killed. The group has used captured army vehicles in several suicide attacks on security positions around Fallujah, which it has held since January 2014.",
    "Separately, mortar rounds struck a residential street in the town of Garma, northeast of Fallujah, late on Wednesday, killing a woman and her son and wounding three neighbours, a local council member said. He did not say who had fired them.",
    "Government forces and Islamic State fighters regularly exchange fire across the farmland that separates Garma from army lines.",
    "In March, government troops and allied Shi'ite militias drove the militants out of Tikrit, a victory officials had hoped to repeat in Anbar. More than 2,000 families have fled the Ameriyat al-Fallujah area since April, according to the provincial council.",
  ],
  [
    E("Suicide car bomb (a captured Humvee) at an army checkpoint near Ameriyat al-Fallujah; 13 killed at first, toll revised to 15 after two wounded died; Islamic State claimed it the next day.",
      "2015-05-12", "'on Tuesday evening'; dateline Thursday 2015-05-14 -> Tuesday 2015-05-12",
      "Ameriyat al-Fallujah", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
      killed=15, wounded=6, wounded_high=8,
      evidence="Eleven Iraqi soldiers and two members of a pro-government Sunni tribal force were killed when a car packed with explosives rammed their checkpoint near Ameriyat al-Fallujah on Tuesday evening, security officials said. [...] Eight other soldiers were wounded, he said. [...] A police officer in Ameriyat al-Fallujah said on Wednesday that two of the wounded had died in hospital in Baghdad overnight, raising the death toll to 15. [...] Islamic State claimed the bombing in a statement posted online on Wednesday",
      note="11 soldiers + 2 tribal fighters, revised to 15 (latest revision stands; the stated total is used, the bomber is not added to it); 8 wounded of whom 2 died -> wounded 6-8; IS's 'dozens of apostates' is a claim"),
    E("Mortar rounds hit a residential street in Garma, killing a woman and her son and wounding three; firer not named.",
      "2015-05-13", "'late on Wednesday'; dateline Thursday 2015-05-14 -> Wednesday 2015-05-13",
      "Garma", "Anbar", "IQ", "explosion", "unknown", "civilians",
      killed=2, wounded=3,
      evidence="Separately, mortar rounds struck a residential street in the town of Garma, northeast of Fallujah, late on Wednesday, killing a woman and her son and wounding three neighbours, a local council member said. He did not say who had fired them."),
  ],
  [
    F("displaced", 2000, "Ameriyat al-Fallujah", "More than 2,000 families have fled the Ameriyat al-Fallujah area since April, according to the provincial council.", note="families, not people"),
  ])

# ---------------------------------------------------------------- h12-02  Syria, 2016
D("h12-02", "2016-02-17",
  "https://www.example-levantpress.com/2016/02/17/idlib-market-air-raids",
  "Air raids on Idlib market kill at least 11, monitor says; Moscow denies role",
  [
    "BEIRUT, February 17 (Levant Press Agency) - At least 11 civilians, three of them children, died on Monday when warplanes struck the vegetable market in Maarat al-Numan, a rebel-held town in Idlib province, a Britain-based monitoring group said.",
    "The Syrian Observatory for Civilian Rights said the dead included a market porter and two brothers aged nine and 12.",
    "The local civil defence service, whose volunteers pulled bodies from the rubble for several hours, put the toll at 15 and said about 30 people had been hurt.",
    "Opposition activists blamed Russian jets, which they said had circled the town for much of the morning. Moscow's defence ministry rejected the accusation on Tuesday, saying its aircraft had flown no missions over Maarat al-Numan that day, and the Syrian army made no comment.",
    "A second strike later in the afternoon hit a bakery in Kafranbel, about 10 km to the west, the observatory said, but no one was hurt.",
    "In Aleppo, the state news agency said four people were killed and 11 wounded when rockets fired by \"terrorist groups\" landed in the government-held al-Hamdaniya district on Tuesday. Rebel factions did not comment on the report.",
    "The Observatory says more than 260,000 people have been killed since the conflict began in 2011.",
    "Aid groups said tens of thousands of people who fled the fighting north of Aleppo this month were still stranded at the Turkish border. Talks on a cessation of hostilities, agreed in Munich last week, have yet to produce a halt in the fighting.",
  ],
  [
    E("Warplanes struck the vegetable market in Maarat al-Numan; monitor 11 dead, civil defence 15 dead and about 30 hurt; Russia denied, Syrian army silent, nobody claimed.",
      "2016-02-15", "'on Monday'; dateline Wednesday 2016-02-17 -> Monday 2016-02-15",
      "Maarat al-Numan", "Idlib", "SY", "explosion", "unknown", "civilians",
      killed=11, killed_high=15, wounded=30,
      evidence="At least 11 civilians, three of them children, died on Monday when warplanes struck the vegetable market in Maarat al-Numan, a rebel-held town in Idlib province, a Britain-based monitoring group said. [...] The local civil defence service, whose volunteers pulled bodies from the rubble for several hours, put the toll at 15 and said about 30 people had been hurt. [...] Opposition activists blamed Russian jets, which they said had circled the town for much of the morning. Moscow's defence ministry rejected the accusation on Tuesday",
      note="conflicting tolls 11 (monitor) vs 15 (civil defence); blame on Russia denied, nobody claims -> unknown"),
    E("A second air strike the same afternoon hit a bakery in Kafranbel; no one hurt.",
      "2016-02-15", "'later in the afternoon' of the Monday strike: Monday 2016-02-15",
      "Kafranbel", "Idlib", "SY", "explosion", "unknown", "civilians",
      killed=0, wounded=0,
      evidence="A second strike later in the afternoon hit a bakery in Kafranbel, about 10 km to the west, the observatory said, but no one was hurt."),
    E("Rockets fired by 'terrorist groups' (state media's name for rebels) hit government-held al-Hamdaniya in Aleppo, killing four and wounding 11.",
      "2016-02-16", "'on Tuesday'; dateline Wednesday 2016-02-17 -> Tuesday 2016-02-16",
      "al-Hamdaniya", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
      killed=4, wounded=11,
      evidence="In Aleppo, the state news agency said four people were killed and 11 wounded when rockets fired by \"terrorist groups\" landed in the government-held al-Hamdaniya district on Tuesday. Rebel factions did not comment on the report.",
      note="state media's 'terrorist groups' = rebel factions (news-dev convention); not denied"),
  ],
  [
    F("killed", 260000, "Syria", "The Observatory says more than 260,000 people have been killed since the conflict began in 2011."),
  ])

# ---------------------------------------------------------------- h12-03  Afghanistan, 2017
D("h12-03", "2017-08-10",
  "https://www.example-helmandtimes.com/2017/08/10/nad-ali-checkpoint-attack",
  "Six policemen killed as Taliban storm Nad Ali checkpoint",
  [
    "LASHKAR GAH, August 10 (Helmand Times) - Taliban fighters attacked a police checkpoint in the Shin Kalay area of Nad Ali district overnight on Tuesday, setting off a gun battle that lasted until dawn, provincial officials said.",
    "The attackers came from three directions and used rocket-propelled grenades against the post, police spokesman Mohammad Rasul Sadiq said.",
    "\"Our men fought bravely, but we lost six of our colleagues and four more were wounded,\" he told the Helmand Times on Wednesday. He said reinforcements from Lashkar Gah forced the insurgents to retreat, leaving 14 of their dead behind.",
    "The Taliban, in a message sent to reporters, said their fighters had overrun the checkpoint and killed 25 policemen, a claim the police rejected.",
    "On Wednesday morning, a roadside bomb tore through a minibus on the Lashkar Gah-Kandahar highway near the village of Bolan, killing three passengers and wounding five, among them two women.",
    "Provincial officials blamed the Taliban for the blast. A Taliban spokesman denied his group's involvement, saying its fighters did not target civilians on public roads.",
    "Nad Ali has been contested for months, and local officials say the insurgents hold or contest most of Helmand's districts.",
    "The United Nations said last month that 1,650 civilians had been killed in Afghanistan in the first half of the year.",
  ],
  [
    E("Taliban attacked a police checkpoint in Shin Kalay, Nad Ali; police say six police killed, four wounded, 14 Taliban dead left behind; Taliban claimed 25 police.",
      "2017-08-08", "'overnight on Tuesday': the night of Tuesday 2017-08-08 (first night); dateline Thursday 2017-08-10",
      "Shin Kalay", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
      killed=20, wounded=4,
      evidence="Taliban fighters attacked a police checkpoint in the Shin Kalay area of Nad Ali district overnight on Tuesday, setting off a gun battle that lasted until dawn, provincial officials said. [...] \"Our men fought bravely, but we lost six of our colleagues and four more were wounded,\" he told the Helmand Times on Wednesday. He said reinforcements from Lashkar Gah forced the insurgents to retreat, leaving 14 of their dead behind. [...] The Taliban, in a message sent to reporters, said their fighters had overrun the checkpoint and killed 25 policemen, a claim the police rejected.",
      note="6 police + 14 Taliban = 20 (the defenders' count); Taliban's claim of 25 not used"),
    E("Roadside bomb hit a minibus on the Lashkar Gah-Kandahar highway near Bolan, killing three passengers and wounding five; officials blamed the Taliban, who denied it.",
      "2017-08-09", "'On Wednesday morning'; dateline Thursday 2017-08-10 -> Wednesday 2017-08-09",
      "Bolan", "Helmand", "AF", "explosion", "unknown", "civilians",
      killed=3, wounded=5,
      evidence="On Wednesday morning, a roadside bomb tore through a minibus on the Lashkar Gah-Kandahar highway near the village of Bolan, killing three passengers and wounding five, among them two women. [...] Provincial officials blamed the Taliban for the blast. A Taliban spokesman denied his group's involvement",
      note="blame denied, nobody claims -> unknown"),
  ],
  [
    F("killed", 1650, "Afghanistan", "The United Nations said last month that 1,650 civilians had been killed in Afghanistan in the first half of the year."),
  ])

# ---------------------------------------------------------------- h12-04  Nigeria, 2018
D("h12-04", "2018-03-22",
  "https://www.example-northernledger.com/2018/03/22/madagali-village-raid",
  "Villagers bury dead after night raid in Madagali",
  [
    "YOLA, March 22 (Northern Ledger) - Residents of Kirchinga village in Madagali local government area on Wednesday buried 12 people killed when gunmen stormed the community late on Monday, a local vigilante leader said.",
    "The assailants arrived on motorcycles shortly before midnight, shooting at men who tried to flee and setting fire to granaries, said Yakubu Ndahi, who leads the Civilian JTF in the area. \"They went from house to house,\" he said. Five people were taken to hospital in Mubi with gunshot wounds.",
    "On Thursday a district head in Madagali told the Northern Ledger that three more bodies had been found in the bush near the village, bringing the number of dead to 15.",
    "Residents blamed Boko Haram, whose fighters have repeatedly raided border communities from hideouts in the Mandara mountains. The army said troops had been deployed to the area and that the attackers had fled toward the Cameroonian border.",
    "Separately, a police spokesman in Maiduguri, the Borno capital, said officers had arrested four men suspected of supplying fuel to the insurgents at a checkpoint on the Maiduguri-Damboa road on Tuesday.",
    "Last month, fighters from the group abducted 23 women from a farming settlement near Gwoza, according to local officials.",
    "The insurgency, now in its ninth year, has killed more than 20,000 people and forced some two million from their homes.",
  ],
  [
    E("Gunmen on motorcycles, blamed by residents on Boko Haram, raided Kirchinga village; 12 buried, three more bodies found -> 15 dead; five wounded.",
      "2018-03-19", "'late on Monday'; dateline Thursday 2018-03-22 -> Monday 2018-03-19",
      "Kirchinga", "Adamawa", "NG", "attack_on_civilians", "Boko Haram", "civilians",
      killed=15, wounded=5,
      evidence="Residents of Kirchinga village in Madagali local government area on Wednesday buried 12 people killed when gunmen stormed the community late on Monday, a local vigilante leader said. [...] Five people were taken to hospital in Mubi with gunshot wounds. [...] On Thursday a district head in Madagali told the Northern Ledger that three more bodies had been found in the bush near the village, bringing the number of dead to 15. [...] Residents blamed Boko Haram",
      note="12 revised to 15; blame undisputed -> Boko Haram"),
    E("Police arrested four men suspected of supplying fuel to the insurgents at a checkpoint on the Maiduguri-Damboa road.",
      "2018-03-20", "'on Tuesday'; dateline Thursday 2018-03-22 -> Tuesday 2018-03-20",
      "Maiduguri-Damboa road", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram",
      evidence="Separately, a police spokesman in Maiduguri, the Borno capital, said officers had arrested four men suspected of supplying fuel to the insurgents at a checkpoint on the Maiduguri-Damboa road on Tuesday.",
      arrested=4),
    E("Boko Haram fighters abducted 23 women near Gwoza 'last month'.",
      None, "'Last month' (February 2018); no day",
      "Gwoza", "Borno", "NG", "other", "Boko Haram", "civilians",
      evidence="Last month, fighters from the group abducted 23 women from a farming settlement near Gwoza, according to local officials.",
      note="abduction; 'the group' = Boko Haram", optional=True),
  ],
  [
    F("killed", 20000, "Nigeria", "The insurgency, now in its ninth year, has killed more than 20,000 people and forced some two million from their homes."),
    F("displaced", 2000000, "Nigeria", "The insurgency, now in its ninth year, has killed more than 20,000 people and forced some two million from their homes."),
  ])

# ---------------------------------------------------------------- h12-05  Somalia, 2019 (no incident: trial)
D("h12-05", "2019-10-09",
  "https://www.example-horncourier.com/2019/10/09/military-court-hotel-siege-verdict",
  "Military court sentences two to death over 2017 Mogadishu hotel siege",
  [
    "MOGADISHU, October 9 (Horn Courier) - A military court in Mogadishu on Tuesday sentenced two men to death and a third to 15 years in prison for their part in planning an assault on a hotel near the presidential palace two years ago.",
    "Prosecutors said the three had rented the house where the car used in the attack was fitted with explosives, and had guided the gunmen through the city on the night before.",
    "The court's chairman, Colonel Hassan Ali Nur, said the evidence against the two main defendants, including intercepted phone calls, was \"beyond doubt\". Defence lawyers said their clients had confessed under duress and would appeal.",
    "Al-Shabaab, the al-Qaeda-linked group that claimed the attack, has fought for more than a decade to topple Somalia's internationally backed government.",
    "The siege, in which gunmen held out inside the building for almost 12 hours, killed 31 people, most of them civilians.",
    "Relatives of the victims packed the courtroom and some wept as the verdicts were read out. \"Nothing will bring my brother back, but at least today someone has answered for it,\" said Fadumo Abdi, whose brother worked as a waiter at the hotel.",
    "Human rights groups have criticised Somalia's use of military courts to try civilians and its use of the death penalty.",
    "Security in the capital has been tightened ahead of elections planned for next year, with new checkpoints on the main roads to the airport.",
  ],
  [],
  [])

# ---------------------------------------------------------------- h12-06  Yemen, 2019
D("h12-06", "2019-09-05",
  "https://www.example-arabiafrontline.com/2019/09/05/marib-camp-missile-hajjah-wedding",
  "Houthi missile hits army camp mosque in Marib; air raid kills wedding guests in Hajjah",
  [
    "MARIB, September 5 (Arabia Frontline) - A ballistic missile fired by the Houthis slammed into a mosque inside the Sahn al-Jin military camp in Marib as soldiers gathered for evening prayers on Sunday, killing nine of them, a Yemeni army spokesman said.",
    "Twenty-two others were wounded, some of them critically, Brigadier Saleh al-Qutaibi told reporters.",
    "On Wednesday, the camp's medical officer said two of the wounded had died overnight, bringing the toll to 11.",
    "The Houthis, who have fired dozens of missiles at Marib since the city became the government's main stronghold in the north, made no comment.",
    "Late on Tuesday, warplanes of the Saudi-led coalition struck a house where a wedding party was being held in the Bani Qais district of Hajjah province, a health official in the district said. He said eight people, including the groom's father and three children, had been killed and 17 wounded.",
    "The Houthi-run Al-Masirah television put the death toll at 13.",
    "A coalition spokesman said on Wednesday that the incident would be referred to the body that reviews allegations of civilian harm.",
    "The coalition has been fighting the Houthis since March 2015 in support of the internationally recognised government. According to the Yemen Data Monitor, more than 90,000 people have been killed in the war since 2015.",
    "The Houthis' military spokesman warned on Tuesday that the group would step up drone attacks on Saudi airports in the coming weeks.",
  ],
  [
    E("Houthi ballistic missile hit the mosque of the Sahn al-Jin camp in Marib at evening prayers: nine soldiers killed, 22 wounded, of whom two later died -> 11 dead.",
      "2019-09-01", "'on Sunday'; dateline Thursday 2019-09-05 -> Sunday 2019-09-01",
      "Sahn al-Jin", "Marib", "YE", "explosion", "Houthis", "Yemeni government forces",
      killed=11, wounded=20, wounded_high=22,
      evidence="A ballistic missile fired by the Houthis slammed into a mosque inside the Sahn al-Jin military camp in Marib as soldiers gathered for evening prayers on Sunday, killing nine of them, a Yemeni army spokesman said. [...] Twenty-two others were wounded, some of them critically, Brigadier Saleh al-Qutaibi told reporters. [...] On Wednesday, the camp's medical officer said two of the wounded had died overnight, bringing the toll to 11. [...] The Houthis, who have fired dozens of missiles at Marib since the city became the government's main stronghold in the north, made no comment.",
      note="9 revised to 11 (two wounded died); 22 wounded of whom 2 died -> 20-22"),
    E("Saudi-led coalition air strike on a wedding party in Bani Qais, Hajjah: 8 killed and 17 wounded (health official), 13 killed (Houthi TV).",
      "2019-09-03", "'Late on Tuesday'; dateline Thursday 2019-09-05 -> Tuesday 2019-09-03",
      "Bani Qais", "Hajjah", "YE", "explosion", "Saudi-led coalition", "civilians",
      killed=8, killed_high=13, wounded=17,
      evidence="Late on Tuesday, warplanes of the Saudi-led coalition struck a house where a wedding party was being held in the Bani Qais district of Hajjah province, a health official in the district said. He said eight people, including the groom's father and three children, had been killed and 17 wounded. [...] The Houthi-run Al-Masirah television put the death toll at 13.",
      note="conflicting tolls 8 vs 13; coalition did not deny, referred it for review"),
  ],
  [
    F("killed", 90000, "Yemen", "According to the Yemen Data Monitor, more than 90,000 people have been killed in the war since 2015."),
  ])

# ---------------------------------------------------------------- h12-07  Somalia, 2020 (communique)
D("h12-07", "2020-06-18",
  "https://www.example-shabellemonitor.com/2020/06/18/sna-statement-janaale",
  "SNA says it repelled al-Shabaab assault on Janaale base",
  [
    "The following statement was issued by the command of the Somali National Army on Wednesday evening.",
    "\"The command of the Somali National Army (SNA) informs the public that in the early hours of Wednesday, 17 June 2020, terrorists of the al-Shabaab group attacked the positions of our battalion at Janaale in Lower Shabelle region.",
    "The enemy attacked with machine guns and mortars from the direction of the Shabelle river. Our brave soldiers repelled the attack after a fierce exchange lasting about two hours.",
    "Seventeen terrorists were killed and their bodies left on the battlefield, and our forces seized eight rifles and a machine gun.",
    "The SNA mourns three soldiers who were martyred in the defence of the base, and five others who were wounded are receiving treatment in Mogadishu.",
    "On the same day, a roadside bomb struck a military vehicle near Lafoole, on the road between Afgooye and Mogadishu, killing two soldiers.",
    "The command calls on the population to report suspicious movements to the nearest army post.\"",
    "Al-Shabaab, in a statement carried by its radio station, said its fighters had briefly entered the base and killed 31 soldiers. On Thursday the group also said it had planted the bomb near Lafoole. Neither account could be independently confirmed.",
  ],
  [
    E("Al-Shabaab attacked the army base at Janaale; repelled; army says 17 attackers killed, three soldiers killed and five wounded; al-Shabaab claimed 31 soldiers.",
      "2020-06-17", "'early hours of Wednesday, 17 June 2020' in the statement: Wednesday 2020-06-17",
      "Janaale", "Lower Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
      killed=20, wounded=5,
      evidence="in the early hours of Wednesday, 17 June 2020, terrorists of the al-Shabaab group attacked the positions of our battalion at Janaale in Lower Shabelle region. [...] Seventeen terrorists were killed and their bodies left on the battlefield, and our forces seized eight rifles and a machine gun. [...] The SNA mourns three soldiers who were martyred in the defence of the base, and five others who were wounded are receiving treatment in Mogadishu. [...] Al-Shabaab, in a statement carried by its radio station, said its fighters had briefly entered the base and killed 31 soldiers.",
      note="3 soldiers + 17 attackers (defenders' count) = 20; al-Shabaab's claimed 31 not used"),
    E("Roadside bomb hit an army vehicle near Lafoole on the Afgooye-Mogadishu road, killing two soldiers; al-Shabaab claimed it the next day.",
      "2020-06-17", "'On the same day' as the Janaale attack, Wednesday 2020-06-17",
      "Lafoole", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
      killed=2,
      evidence="On the same day, a roadside bomb struck a military vehicle near Lafoole, on the road between Afgooye and Mogadishu, killing two soldiers. [...] On Thursday the group also said it had planted the bomb near Lafoole.",
      note="claimed a day later ('the group' = al-Shabaab)"),
  ],
  [])

# ---------------------------------------------------------------- h12-08  Mali, 2019
D("h12-08", "2019-07-03",
  "https://www.example-saheldispatch.com/2019/07/03/bankass-village-attack",
  "Gunmen kill villagers near Bankass in central Mali",
  [
    "BAMAKO, July 3 (Sahel Dispatch) - At least 23 people were killed when gunmen attacked a Dogon village about 15 km from Bankass in central Mali on Sunday night, a local official said on Tuesday.",
    "The attackers, who arrived on motorbikes and in pick-up trucks, surrounded the village before opening fire and torching huts, said Adama Togo, a councillor in Bankass. \"Some of the victims were burned alive in their homes,\" Togo said, adding that nine of the dead were children.",
    "The government, in a statement read on state television on Monday evening, gave a lower toll of 17 dead and said security forces had been sent to the area.",
    "No group has claimed the attack. Dogon leaders accused Fulani armed men of carrying out the raid in revenge for earlier killings, but a Fulani cultural association rejected the accusation and called for an independent inquiry.",
    "A day earlier, on Saturday, two soldiers were killed when their vehicle hit a landmine on the road between Bandiagara and Bankass, the army said.",
    "Herders in the Koro area also reported that two young men had been shot dead at a watering point last week, though officials could not confirm it.",
    "In March, an attack on a Fulani village in the same region left more than 150 people dead, the worst single massacre in Mali's recent history.",
    "The United Nations says more than 50,000 people have fled their homes in the Mopti region since January. The UN peacekeeping mission has about 13,000 troops in the country.",
  ],
  [
    E("Gunmen on motorbikes attacked a Dogon village about 15 km from Bankass: 23 dead per a local official, 17 per the government; blame on Fulani armed men denied, no claim.",
      "2019-06-30", "'on Sunday night', told on Tuesday 2019-07-02; dateline Wednesday 2019-07-03 -> Sunday 2019-06-30 (first night)",
      "15 km from Bankass", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
      killed=17, killed_high=23,
      evidence="At least 23 people were killed when gunmen attacked a Dogon village about 15 km from Bankass in central Mali on Sunday night, a local official said on Tuesday. [...] The government, in a statement read on state television on Monday evening, gave a lower toll of 17 dead and said security forces had been sent to the area. [...] No group has claimed the attack. Dogon leaders accused Fulani armed men of carrying out the raid in revenge for earlier killings, but a Fulani cultural association rejected the accusation",
      note="conflicting tolls 17 (government) vs 23 (local official); accusation rejected, no claim -> unknown"),
    E("Army vehicle hit a landmine on the Bandiagara-Bankass road, killing two soldiers.",
      "2019-06-29", "'A day earlier, on Saturday' (before Sunday 2019-06-30): Saturday 2019-06-29",
      "road between Bandiagara and Bankass", "Mopti", "ML", "explosion", "unknown", "Malian security forces",
      killed=2,
      evidence="A day earlier, on Saturday, two soldiers were killed when their vehicle hit a landmine on the road between Bandiagara and Bankass, the army said."),
    E("Two young herders reportedly shot dead at a watering point in the Koro area 'last week'; unconfirmed.",
      None, "'last week'; no day",
      "Koro", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
      killed=2,
      evidence="Herders in the Koro area also reported that two young men had been shot dead at a watering point last week, though officials could not confirm it.",
      optional=True),
  ],
  [
    F("displaced", 50000, "Mopti", "The United Nations says more than 50,000 people have fled their homes in the Mopti region since January."),
    F("fighters", 13000, "Mali", "The UN peacekeeping mission has about 13,000 troops in the country.", note="peacekeepers"),
  ])

# ---------------------------------------------------------------- h12-09  Burkina Faso, 2021
D("h12-09", "2021-08-26",
  "https://www.example-voltapress.com/2021/08/26/dori-convoy-ambush",
  "Burkina Faso mourns soldiers and volunteers killed in convoy ambush near Dori",
  [
    "OUAGADOUGOU, August 26 (Volta Press) - Twenty-one people, among them eleven soldiers and six volunteer fighters, were killed on Monday when a convoy escorting traders was ambushed between Dori and Seytenga in northern Burkina Faso, the government said. The others were civilians travelling with the convoy.",
    "The convoy, which was carrying food and fuel to Seytenga, came under heavy fire about 25 kilometres east of Dori, according to a statement from the army general staff read on national television on Tuesday.",
    "\"Our men fought back and neutralised fifteen terrorists,\" the statement said, adding that nineteen soldiers had been wounded.",
    "The attackers had planted explosives on the road before opening fire from both sides, a security source told Volta Press.",
    "No group claimed the ambush, but the region has been hit repeatedly by fighters linked to al-Qaeda and to Islamic State.",
    "The government declared three days of national mourning starting on Wednesday.",
    "Separately, on Tuesday night gunmen killed a village chief and his son in Gorgadji, west of Dori, a local resident said.",
    "In June, more than 130 people were killed in the village of Solhan, also in the Sahel region, in the country's deadliest attack since 2015.",
    "More than 1.4 million people have been displaced by the violence in Burkina Faso, according to the government's emergency agency.",
  ],
  [
    E("Unidentified militants ambushed a trade convoy 25 km east of Dori: 21 of the convoy killed (11 soldiers, 6 VDP volunteers, 4 civilians), 15 attackers killed per the army, 19 soldiers wounded.",
      "2021-08-23", "'on Monday'; dateline Thursday 2021-08-26 -> Monday 2021-08-23",
      "25 kilometres east of Dori", "Sahel", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
      killed=36, wounded=19,
      evidence="Twenty-one people, among them eleven soldiers and six volunteer fighters, were killed on Monday when a convoy escorting traders was ambushed between Dori and Seytenga in northern Burkina Faso, the government said. [...] The convoy, which was carrying food and fuel to Seytenga, came under heavy fire about 25 kilometres east of Dori, according to a statement from the army general staff read on national television on Tuesday. [...] \"Our men fought back and neutralised fifteen terrorists,\" the statement said, adding that nineteen soldiers had been wounded.",
      note="21 convoy dead + 15 attackers (the ambushed side's count) = 36"),
    E("Gunmen killed a village chief and his son in Gorgadji.",
      "2021-08-24", "'on Tuesday night'; dateline Thursday 2021-08-26 -> Tuesday 2021-08-24 (first night)",
      "Gorgadji", "Sahel", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
      killed=2,
      evidence="Separately, on Tuesday night gunmen killed a village chief and his son in Gorgadji, west of Dori, a local resident said."),
  ],
  [
    F("displaced", 1400000, "Burkina Faso", "More than 1.4 million people have been displaced by the violence in Burkina Faso, according to the government's emergency agency."),
  ])

# ---------------------------------------------------------------- h12-10  Niger, 2020
D("h12-10", "2020-11-12",
  "https://www.example-sahelobserver.com/2020/11/12/tondikiwindi-market-attack",
  "Niger: gunmen on motorbikes attack cattle market in Tillaberi region",
  [
    "NIAMEY, November 12 (Sahel Observer) - Gunmen on motorbikes opened fire on traders at the weekly livestock market in Tondikiwindi, in the Ouallam department of Tillaberi region, on Tuesday, killing 14 people, the interior ministry said.",
    "Eight more people were wounded and several hundred head of cattle were stolen, the ministry said in a statement.",
    "Witnesses said the assailants arrived from the direction of the Malian border and left with the animals towards the north.",
    "The ministry did not say who was responsible, though the area has seen repeated attacks by fighters of the Islamic State in the Greater Sahara.",
    "On Wednesday, the army said troops pursuing the attackers had caught up with them near Mangaize and \"neutralised nine terrorists\", recovering part of the stolen livestock. It said no soldiers had been hurt.",
    "Residents said the market, one of the largest in the area, had been closed twice this year because of threats from armed groups.",
    "Tillaberi, which borders Mali and Burkina Faso, has been under a state of emergency since 2017.",
    "More than 1,000 civilians were killed in the border area in the first ten months of the year, according to a tally by a regional rights group.",
  ],
  [
    E("Gunmen on motorbikes attacked the Tondikiwindi livestock market, killing 14, wounding eight and stealing cattle; nobody blamed.",
      "2020-11-10", "'on Tuesday'; dateline Thursday 2020-11-12 -> Tuesday 2020-11-10",
      "Tondikiwindi", "Tillaberi", "NE", "attack_on_civilians", "militants (unidentified)", "civilians",
      killed=14, wounded=8,
      evidence="Gunmen on motorbikes opened fire on traders at the weekly livestock market in Tondikiwindi, in the Ouallam department of Tillaberi region, on Tuesday, killing 14 people, the interior ministry said. [...] Eight more people were wounded and several hundred head of cattle were stolen, the ministry said in a statement.",
      note="ISGS only mentioned as background, not blamed"),
    E("Troops pursuing the attackers caught up with them near Mangaize; the army claims nine 'terrorists' neutralised and no soldiers hurt.",
      None, "reported by the army 'On Wednesday' (Wednesday 2020-11-11); the day of the clash is not given",
      "Mangaize", "Tillaberi", "NE", "battle", "Nigerien security forces", "militants (unidentified)",
      evidence="On Wednesday, the army said troops pursuing the attackers had caught up with them near Mangaize and \"neutralised nine terrorists\", recovering part of the stolen livestock. It said no soldiers had been hurt.",
      note="the nine is the initiating side's own claim of enemy dead -> not used; killed left null"),
  ],
  [
    F("killed", 1000, "Tillaberi", "More than 1,000 civilians were killed in the border area in the first ten months of the year, according to a tally by a regional rights group."),
  ])

# ---------------------------------------------------------------- h12-11  Cameroon, 2018
D("h12-11", "2018-10-04",
  "https://www.example-grassfieldspost.com/2018/10/04/kumbo-gendarmes-kedjom-keku",
  "Separatists attack gendarmes in Kumbo; army and fighters trade blame for village killings",
  [
    "BAMENDA, October 4 (Grassfields Post) - Two gendarmes were killed and a third was wounded when armed separatists attacked a checkpoint on the main road into Kumbo on Tuesday morning, a regional official said.",
    "The attackers, who fled into the hills around the town after a brief exchange of fire, also set fire to a gendarmerie vehicle, he said.",
    "A separatist militia calling itself the Bui Warriors said in a video posted online on Wednesday that its fighters had carried out the raid.",
    "In a separate incident, five civilians, including a woman and her teenage daughter, were shot dead in the village of Kedjom Keku, near Bamenda, on Sunday night.",
    "Residents said soldiers had entered the village searching for separatist fighters and opened fire on people fleeing. The army denied this, saying in a statement that \"terrorists\" had killed the villagers to punish them for cooperating with the authorities.",
    "The separatists in turn blamed the army.",
    "The conflict in the English-speaking North-West and South-West regions has killed more than 400 civilians since late 2016, according to a Buea-based rights group. The UN says about 246,000 people have fled their homes.",
    "A presidential election is due on Sunday, and separatist leaders have vowed to stop it from taking place in the two regions.",
  ],
  [
    E("Separatists attacked a gendarmerie checkpoint on the main road into Kumbo, killing two gendarmes and wounding one; the Bui Warriors claimed it.",
      "2018-10-02", "'on Tuesday morning'; dateline Thursday 2018-10-04 -> Tuesday 2018-10-02",
      "Kumbo", "North-West", "CM", "battle", "Bui Warriors", "Cameroonian security forces",
      killed=2, wounded=1,
      evidence="Two gendarmes were killed and a third was wounded when armed separatists attacked a checkpoint on the main road into Kumbo on Tuesday morning, a regional official said. [...] A separatist militia calling itself the Bui Warriors said in a video posted online on Wednesday that its fighters had carried out the raid.",
      note="claimed next day by an Ambazonian separatist militia"),
    E("Five civilians shot dead in Kedjom Keku; residents blame soldiers, the army blames 'terrorists' (separatists), the separatists blame the army.",
      "2018-09-30", "'on Sunday night'; dateline Thursday 2018-10-04 -> Sunday 2018-09-30 (first night)",
      "Kedjom Keku", "North-West", "CM", "attack_on_civilians", "unknown", "civilians",
      killed=5,
      evidence="In a separate incident, five civilians, including a woman and her teenage daughter, were shot dead in the village of Kedjom Keku, near Bamenda, on Sunday night. [...] Residents said soldiers had entered the village searching for separatist fighters and opened fire on people fleeing. The army denied this, saying in a statement that \"terrorists\" had killed the villagers to punish them for cooperating with the authorities. [...] The separatists in turn blamed the army.",
      note="both sides accuse each other -> unknown"),
  ],
  [
    F("killed", 400, "North-West and South-West", "The conflict in the English-speaking North-West and South-West regions has killed more than 400 civilians since late 2016, according to a Buea-based rights group."),
    F("displaced", 246000, "North-West and South-West", "The UN says about 246,000 people have fled their homes."),
  ])

# ---------------------------------------------------------------- h12-12  DR Congo, 2021
D("h12-12", "2021-05-27",
  "https://www.example-kivuecho.com/2021/05/27/kainama-night-raid",
  "Night raid on Beni territory village leaves up to 22 dead",
  [
    "BENI, May 27 (Kivu Echo) - Assailants armed with machetes and guns killed at least 18 people overnight on Tuesday in Kainama, a village in the Beni territory of North Kivu province, the army said.",
    "A civil society leader in the area, Jean-Paul Kambale, said 22 bodies had been recovered by Wednesday afternoon, most of them women and children.",
    "Residents said the attackers came from the forest to the east, looted a health centre and set fire to about 30 houses before withdrawing.",
    "Army spokesman Captain Dieudonne Kasereka blamed the Allied Democratic Forces (ADF), an armed group with roots in Uganda that has been operating in the area for more than two decades. The ADF, which rarely comments on its operations, made no statement.",
    "In Butembo, about 50 km to the south, police fired tear gas on Wednesday to disperse several hundred young people protesting against the killings.",
    "President Felix Tshisekedi placed North Kivu and neighbouring Ituri under military rule this month, replacing civilian governors with army and police officers.",
    "More than 850 civilians have been killed in Beni territory since the start of last year, according to a local monitoring group.",
  ],
  [
    E("Machete- and gun-armed attackers, blamed on the ADF, killed 18 (army) to 22 (civil society) people in Kainama overnight.",
      "2021-05-25", "'overnight on Tuesday': the night of Tuesday 2021-05-25 (first night); dateline Thursday 2021-05-27",
      "Kainama", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
      killed=18, killed_high=22,
      evidence="Assailants armed with machetes and guns killed at least 18 people overnight on Tuesday in Kainama, a village in the Beni territory of North Kivu province, the army said. [...] A civil society leader in the area, Jean-Paul Kambale, said 22 bodies had been recovered by Wednesday afternoon, most of them women and children. [...] Army spokesman Captain Dieudonne Kasereka blamed the Allied Democratic Forces (ADF)",
      note="conflicting tolls 18 vs 22; blame undisputed"),
    E("Police fired tear gas to disperse a protest against the killings in Butembo.",
      "2021-05-26", "'on Wednesday'; dateline Thursday 2021-05-27 -> Wednesday 2021-05-26",
      "Butembo", "North Kivu", "CD", "other", "protesters", "Congolese security forces",
      evidence="In Butembo, about 50 km to the south, police fired tear gas on Wednesday to disperse several hundred young people protesting against the killings.",
      note="protest with intervention"),
  ],
  [
    F("killed", 850, "Beni territory", "More than 850 civilians have been killed in Beni territory since the start of last year, according to a local monitoring group."),
  ])

# ---------------------------------------------------------------- h12-13  Ethiopia, 2023 (no incident: aid appeal)
D("h12-13", "2023-03-15",
  "https://www.example-highlandswire.com/2023/03/15/ethiopia-humanitarian-appeal",
  "Aid agencies appeal for $3.9 billion as northern Ethiopia counts the cost of war",
  [
    "ADDIS ABABA, March 15 (Highlands Wire) - Humanitarian agencies on Wednesday appealed for $3.9 billion to help 20 million people in Ethiopia this year, saying the end of fighting in the north had not ended the suffering of millions.",
    "The joint appeal, launched in Addis Ababa by the government and the United Nations, comes four months after the federal government and the Tigray People's Liberation Front signed a peace agreement in Pretoria.",
    "\"The guns have fallen silent in Tigray, but hunger has not,\" said Mariam Desta, country director of the charity Horn Relief Alliance.",
    "Aid convoys have been reaching Mekelle by road since December, but agencies say fuel shortages and damaged bridges still keep them from many rural districts.",
    "Some 2.7 million people remain displaced across Tigray, Afar and Amhara, according to figures cited in the appeal. More than 1,900 schools were damaged or destroyed during the conflict, it said.",
    "The appeal also cites drought in the south and east, where four failed rainy seasons have killed millions of livestock.",
    "In western Oromia, where government troops are fighting the Oromo Liberation Army, aid workers said access remained restricted.",
    "The war in the north, which began in November 2020, killed tens of thousands of people, and some researchers put the toll far higher.",
    "The government said it would hold talks with the rebels in Oromia soon, but no date has been set. Donors funded less than a fifth of last year's appeal.",
  ],
  [],
  [
    F("displaced", 2700000, "Tigray, Afar and Amhara", "Some 2.7 million people remain displaced across Tigray, Afar and Amhara, according to figures cited in the appeal."),
    F("other", 1900, "northern Ethiopia", "More than 1,900 schools were damaged or destroyed during the conflict, it said.", note="schools damaged or destroyed"),
    F("other", 20000000, "Ethiopia", "Humanitarian agencies on Wednesday appealed for $3.9 billion to help 20 million people in Ethiopia this year, saying the end of fighting in the north had not ended the suffering of millions.", note="people in need of aid"),
  ])

# ---------------------------------------------------------------- h12-14  Sudan, 2023
D("h12-14", "2023-07-06",
  "https://www.example-nilevalleynews.com/2023/07/06/mayo-air-strike-omdurman-market",
  "Sudan: air strike hits Khartoum's Mayo district as shells fall on Omdurman market",
  [
    "KHARTOUM, July 6 (Nile Valley News) - Nine people, among them four children, were killed on Tuesday when an air strike flattened several houses in the Mayo neighbourhood in the south of Khartoum, residents and a neighbourhood emergency committee said.",
    "The committee said on Wednesday that the toll had risen to 13 after more bodies were pulled from the rubble, and that dozens of people had been wounded.",
    "Only the army has warplanes in the conflict, and residents blamed it for the strike. The army, which has been fighting the paramilitary Rapid Support Forces (RSF) since April, did not respond to a request for comment.",
    "Across the Nile in Omdurman, artillery shells landed in the Souq Libya market on Wednesday afternoon, killing six people and wounding 20, a medical source at a nearby hospital said.",
    "Witnesses said the shells appeared to have come from the east, where the RSF holds positions in Bahri.",
    "The RSF denied targeting the market and accused the army of shelling it to discredit its fighters, while the army said the paramilitaries were responsible.",
    "More than 2.9 million people have fled their homes since the fighting began on 15 April, the International Organization for Migration said. A doctors' committee said on Monday that at least 1,133 civilians had been killed across the country.",
    "The army said on Monday it would open safe corridors for civilians leaving the capital, but residents said none had materialised.",
  ],
  [
    E("Air strike on houses in Mayo, southern Khartoum: 9 killed, revised to 13, dozens wounded; residents blamed the army (only side with warplanes), no denial.",
      "2023-07-04", "'on Tuesday'; dateline Thursday 2023-07-06 -> Tuesday 2023-07-04",
      "Mayo", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "civilians",
      killed=13,
      evidence="Nine people, among them four children, were killed on Tuesday when an air strike flattened several houses in the Mayo neighbourhood in the south of Khartoum, residents and a neighbourhood emergency committee said. [...] The committee said on Wednesday that the toll had risen to 13 after more bodies were pulled from the rubble, and that dozens of people had been wounded. [...] Only the army has warplanes in the conflict, and residents blamed it for the strike. The army, which has been fighting the paramilitary Rapid Support Forces (RSF) since April, did not respond to a request for comment.",
      note="9 revised to 13; 'dozens' wounded -> null"),
    E("Artillery shells hit the Souq Libya market in Omdurman, killing six and wounding 20; RSF and army blame each other.",
      "2023-07-05", "'on Wednesday afternoon'; dateline Thursday 2023-07-06 -> Wednesday 2023-07-05",
      "Souq Libya", "Khartoum", "SD", "explosion", "unknown", "civilians",
      killed=6, wounded=20,
      evidence="Across the Nile in Omdurman, artillery shells landed in the Souq Libya market on Wednesday afternoon, killing six people and wounding 20, a medical source at a nearby hospital said. [...] The RSF denied targeting the market and accused the army of shelling it to discredit its fighters, while the army said the paramilitaries were responsible.",
      note="mutual accusation -> unknown"),
  ],
  [
    F("displaced", 2900000, "Sudan", "More than 2.9 million people have fled their homes since the fighting began on 15 April, the International Organization for Migration said."),
    F("killed", 1133, "Sudan", "A doctors' committee said on Monday that at least 1,133 civilians had been killed across the country."),
  ])

# ---------------------------------------------------------------- h12-15  South Sudan, 2016
D("h12-15", "2016-09-21",
  "https://www.example-equatoriatribune.com/2016/09/21/mugwo-clashes-yei",
  "Army and opposition forces trade accusations after clashes near Yei",
  [
    "JUBA, September 21 (Equatoria Tribune) - Government troops and forces loyal to former first vice president Riek Machar fought for several hours on Sunday at Mugwo, about 20 km south of Yei town, and each side said the other had started it.",
    "Army spokesman Colonel Peter Lomude said opposition fighters had attacked an army position at dawn and that four soldiers had been killed. \"We repulsed them and they left 16 bodies behind,\" he said.",
    "A spokesman for the armed opposition, the SPLA-IO, said government troops had attacked one of its bases, and that it had lost two fighters while killing \"more than 30\" soldiers.",
    "Neither account could be verified, and residents said many families had fled into the bush.",
    "On Monday, gunmen ambushed a truck on the Juba-Yei road near Lainya, killing three traders, the county commissioner said. He blamed \"unknown gunmen\" and said the road would be closed to civilian traffic until further notice.",
    "Fighting spread to the Equatoria region after clashes in Juba in July that killed hundreds of people and forced Machar to flee the country.",
    "More than 185,000 South Sudanese have crossed into Uganda since July, the UN refugee agency says.",
  ],
  [
    E("Army and SPLA-IO clashed at Mugwo; each says the other attacked; army admits four soldiers dead, SPLA-IO two fighters; each claims many more enemy dead.",
      "2016-09-18", "'on Sunday'; dateline Wednesday 2016-09-21 -> Sunday 2016-09-18",
      "Mugwo", "Central Equatoria", "SS", "battle", "unknown", "SPLA-IO",
      killed=6,
      evidence="Government troops and forces loyal to former first vice president Riek Machar fought for several hours on Sunday at Mugwo, about 20 km south of Yei town, and each side said the other had started it. [...] Army spokesman Colonel Peter Lomude said opposition fighters had attacked an army position at dawn and that four soldiers had been killed. [...] A spokesman for the armed opposition, the SPLA-IO, said government troops had attacked one of its bases, and that it had lost two fighters while killing \"more than 30\" soldiers.",
      note="each side's own losses 4 + 2 = 6; each side claims to have been attacked, so its count of enemy dead (16; 'more than 30') is a fighting side's claim and is not used; initiator disputed -> unknown"),
    E("Gunmen ambushed a truck on the Juba-Yei road near Lainya, killing three traders.",
      "2016-09-19", "'On Monday'; dateline Wednesday 2016-09-21 -> Monday 2016-09-19",
      "Lainya", "Central Equatoria", "SS", "attack_on_civilians", "militants (unidentified)", "civilians",
      killed=3,
      evidence="On Monday, gunmen ambushed a truck on the Juba-Yei road near Lainya, killing three traders, the county commissioner said. He blamed \"unknown gunmen\""),
  ],
  [
    F("displaced", 185000, "Uganda", "More than 185,000 South Sudanese have crossed into Uganda since July, the UN refugee agency says.", note="refugees"),
  ])

# ---------------------------------------------------------------- h12-16  Mozambique, 2020
D("h12-16", "2020-04-09",
  "https://www.example-indianoceanobserver.com/2020/04/09/mucojo-raid-cabo-delgado",
  "Insurgents raid Cabo Delgado coastal town; Islamic State claims attack",
  [
    "PEMBA, April 9 (Indian Ocean Observer) - Insurgents attacked the coastal town of Mucojo in Macomia district on Monday, burning the administrative post and killing at least five civilians, residents told the Indian Ocean Observer.",
    "Survivors said the attackers, some dressed in army uniforms, arrived in boats and on foot early in the morning and told residents to leave before setting fire to houses. \"They took what they wanted from the shops, then they burned everything,\" said a fisherman who fled to Pemba by boat.",
    "Islamic State claimed the attack on Tuesday through its news agency, saying its fighters had seized weapons and ammunition. The police did not comment.",
    "The insurgents, known locally as al-Shabab although they have no known operational links with the Somali group, pledged allegiance to Islamic State last year.",
    "Two days before the Mucojo raid, on Saturday, the group beheaded three men in the village of Miangalewa in Muidumbe district, a local official said.",
    "In late March, the militants briefly occupied the district capitals of Mocimboa da Praia and Quissanga, raising their black flag over government buildings before withdrawing.",
    "More than 900 people have been killed since the insurgency began in October 2017, according to a conflict monitoring project, and some 200,000 have been displaced.",
  ],
  [
    E("Insurgents raided Mucojo, burning the administrative post and killing at least five civilians; Islamic State claimed it the next day.",
      "2020-04-06", "'on Monday'; dateline Thursday 2020-04-09 -> Monday 2020-04-06",
      "Mucojo", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
      killed=5,
      evidence="Insurgents attacked the coastal town of Mucojo in Macomia district on Monday, burning the administrative post and killing at least five civilians, residents told the Indian Ocean Observer. [...] Islamic State claimed the attack on Tuesday through its news agency"),
    E("The same insurgents ('the group') beheaded three men in Miangalewa.",
      "2020-04-04", "'Two days before the Mucojo raid, on Saturday': Saturday 2020-04-04",
      "Miangalewa", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
      killed=3,
      evidence="Two days before the Mucojo raid, on Saturday, the group beheaded three men in the village of Miangalewa in Muidumbe district, a local official said.",
      note="'the group' points back to the insurgents who pledged allegiance to IS"),
    E("Insurgents briefly occupied Mocimboa da Praia in late March.",
      None, "'In late March'; no day",
      "Mocimboa da Praia", "Cabo Delgado", "MZ", "territory_gain", "Islamic State", "Mozambican security forces",
      evidence="In late March, the militants briefly occupied the district capitals of Mocimboa da Praia and Quissanga, raising their black flag over government buildings before withdrawing.",
      optional=True),
    E("Insurgents briefly occupied Quissanga in late March.",
      None, "'In late March'; no day",
      "Quissanga", "Cabo Delgado", "MZ", "territory_gain", "Islamic State", "Mozambican security forces",
      evidence="In late March, the militants briefly occupied the district capitals of Mocimboa da Praia and Quissanga, raising their black flag over government buildings before withdrawing.",
      optional=True),
  ],
  [
    F("killed", 900, "Cabo Delgado", "More than 900 people have been killed since the insurgency began in October 2017, according to a conflict monitoring project, and some 200,000 have been displaced."),
    F("displaced", 200000, "Cabo Delgado", "More than 900 people have been killed since the insurgency began in October 2017, according to a conflict monitoring project, and some 200,000 have been displaced."),
  ])

# ---------------------------------------------------------------- h12-17  Pakistan, 2023
D("h12-17", "2023-11-02",
  "https://www.example-frontierherald.com/2023/11/02/kulachi-police-station-attack",
  "Suicide bomber strikes police station in Dera Ismail Khan; little-known group claims attack",
  [
    "PESHAWAR, November 2 (Frontier Herald) - A suicide bomber rammed an explosives-laden pickup into the gate of the Kulachi police station in Dera Ismail Khan district late on Tuesday before gunmen stormed the compound, killing five policemen, officials said.",
    "Three attackers were shot dead in the gunfight that followed, which lasted for more than four hours, the district police chief said. The bomber also died.",
    "Eleven people, including four shopkeepers from a nearby bazaar, were wounded.",
    "A spokesman for the Tehrik-i-Taliban Pakistan (TTP) said the group had no connection with the attack.",
    "Tehreek-e-Jihad Pakistan, a little-known group that officials believe is a front for the TTP, claimed responsibility in a message sent to journalists.",
    "In southwestern Balochistan province, four soldiers were killed on Wednesday when militants attacked a Frontier Corps post in the Buleda area of Kech district, the military's media wing said. It said all six attackers were killed in the exchange of fire.",
    "The outlawed Baloch Liberation Front claimed the attack, saying its fighters had killed 12 soldiers.",
    "Militant attacks in Khyber Pakhtunkhwa have killed more than 400 police officers and soldiers this year, according to an Islamabad-based security think tank.",
    "Officials said security would be tightened across the province ahead of national elections planned for February.",
  ],
  [
    E("Suicide vehicle bomb at the gate of the Kulachi police station followed by an assault: five police, three gunmen and the bomber killed, 11 wounded; TTP denied, Tehreek-e-Jihad Pakistan claimed.",
      "2023-10-31", "'late on Tuesday'; dateline Thursday 2023-11-02 -> Tuesday 2023-10-31",
      "Kulachi", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehreek-e-Jihad Pakistan", "Pakistani security forces",
      killed=9, wounded=11,
      evidence="A suicide bomber rammed an explosives-laden pickup into the gate of the Kulachi police station in Dera Ismail Khan district late on Tuesday before gunmen stormed the compound, killing five policemen, officials said. [...] Three attackers were shot dead in the gunfight that followed, which lasted for more than four hours, the district police chief said. The bomber also died. [...] Eleven people, including four shopkeepers from a nearby bazaar, were wounded. [...] Tehreek-e-Jihad Pakistan, a little-known group that officials believe is a front for the TTP, claimed responsibility in a message sent to journalists.",
      note="5 police + 3 gunmen + 1 bomber = 9; complex attack opening with a suicide vehicle bomb -> explosion; claimant, not the denying TTP"),
    E("Militants attacked a Frontier Corps post in Buleda, Kech: four soldiers and all six attackers killed (military's count); the BLF claimed 12 soldiers.",
      "2023-11-01", "'on Wednesday'; dateline Thursday 2023-11-02 -> Wednesday 2023-11-01",
      "Buleda", "Balochistan", "PK", "battle", "Baloch Liberation Front", "Pakistani security forces",
      killed=10,
      evidence="In southwestern Balochistan province, four soldiers were killed on Wednesday when militants attacked a Frontier Corps post in the Buleda area of Kech district, the military's media wing said. It said all six attackers were killed in the exchange of fire. [...] The outlawed Baloch Liberation Front claimed the attack, saying its fighters had killed 12 soldiers.",
      note="4 + 6 = 10; the BLF's claimed 12 not used"),
  ],
  [
    F("killed", 400, "Khyber Pakhtunkhwa", "Militant attacks in Khyber Pakhtunkhwa have killed more than 400 police officers and soldiers this year, according to an Islamabad-based security think tank."),
  ])

# ---------------------------------------------------------------- h12-18  India, 2019
D("h12-18", "2019-04-17",
  "https://www.example-valleychronicle.com/2019/04/17/shopian-gunfight-srinagar-grenade",
  "Three militants, soldier killed in Shopian gunfight; grenade thrown at police in Srinagar",
  [
    "SRINAGAR, April 17 (Valley Chronicle) - Three militants and an army soldier were killed in a gunfight in the Zainapora area of south Kashmir's Shopian district that began on Monday evening and ended early on Tuesday, police said.",
    "Troops and police launched a cordon-and-search operation in the village after receiving information that militants were hiding there, and came under fire as they approached a house, a police officer said. Two soldiers and a policeman were injured, he said.",
    "Police identified two of the dead militants as local recruits of Hizbul Mujahideen and said the third was believed to be from Pakistan. Residents said the house where the men had been hiding was destroyed.",
    "In Srinagar, suspected militants hurled a grenade at a police vehicle near Lal Chowk on Tuesday afternoon, wounding two policemen and three passers-by, officials said. No one was killed, and no group claimed the attack.",
    "In February, a suicide car bombing on a highway in Pulwama killed 40 paramilitary troopers and brought India and Pakistan to the brink of war.",
    "Police said 69 militants had been killed in the region so far this year.",
    "Srinagar votes on Thursday in the second phase of India's general election, and thousands of extra troops have been deployed across the city.",
  ],
  [
    E("Cordon-and-search operation in Zainapora, Shopian, turned into a gunfight: three militants and a soldier killed, two soldiers and a policeman injured.",
      "2019-04-15", "'began on Monday evening and ended early on Tuesday'; dateline Wednesday 2019-04-17 -> start Monday 2019-04-15, end Tuesday 2019-04-16",
      "Zainapora", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "Hizbul Mujahideen",
      killed=4, wounded=3,
      evidence="Three militants and an army soldier were killed in a gunfight in the Zainapora area of south Kashmir's Shopian district that began on Monday evening and ended early on Tuesday, police said. [...] Troops and police launched a cordon-and-search operation in the village after receiving information that militants were hiding there, and came under fire as they approached a house, a police officer said. Two soldiers and a policeman were injured, he said.",
      note="the forces initiated the operation although they 'came under fire'; 3 + 1 = 4"),
    E("Suspected militants threw a grenade at a police vehicle near Lal Chowk, Srinagar: two police and three passers-by wounded, no one killed.",
      "2019-04-16", "'on Tuesday afternoon'; dateline Wednesday 2019-04-17 -> Tuesday 2019-04-16",
      "Lal Chowk", "Jammu and Kashmir", "IN", "explosion", "militants (unidentified)", "Indian security forces",
      killed=0, wounded=5,
      evidence="In Srinagar, suspected militants hurled a grenade at a police vehicle near Lal Chowk on Tuesday afternoon, wounding two policemen and three passers-by, officials said. No one was killed, and no group claimed the attack."),
  ],
  [
    F("killed", 69, "Jammu and Kashmir", "Police said 69 militants had been killed in the region so far this year."),
  ])

# ---------------------------------------------------------------- h12-19  Myanmar, 2022 (bulletin, no dateline)
D("h12-19", "2022-06-08",
  "https://www.example-myanmarbulletin.org/2022/06/08/hpakant-helicopter-gangaw-ambush",
  "Helicopters fire on Hpakant mining camp; resistance claims ambush near Gangaw",
  [
    "At least seven jade miners were killed and a dozen wounded when two military helicopters fired on a mining camp near Seng Tawng in Kachin State's Hpakant township on Sunday morning, according to a local rescue group.",
    "\"The helicopters circled twice and then started shooting at the huts,\" said a member of the group, who asked not to be named for fear of reprisals.",
    "The junta's information team said in a statement on Monday that troops had come under attack from the Kachin Independence Army in the area and had responded with \"necessary force\", and denied that civilians had been targeted.",
    "In Magway region, a local People's Defence Force said its fighters had ambushed a military convoy near Gangaw on Saturday and killed 12 soldiers.",
    "State media, which calls the resistance groups terrorists, said two soldiers had been killed and three wounded when \"terrorists\" set off a mine and opened fire on troops near the town that day.",
    "A political prisoners' group says more than 1,800 people have been killed by the security forces since the February 2021 coup. The UN says over a million people have been displaced across the country.",
    "The military has said it plans to hold elections next year.",
  ],
  [
    E("Two military helicopters fired on a jade miners' camp near Seng Tawng, Hpakant: seven killed, a dozen wounded; the junta says it responded to a KIA attack.",
      "2022-06-05", "'on Sunday morning'; bulletin published Wednesday 2022-06-08 -> Sunday 2022-06-05",
      "Seng Tawng", "Kachin", "MM", "explosion", "Myanmar security forces", "civilians",
      killed=7, wounded=12,
      evidence="At least seven jade miners were killed and a dozen wounded when two military helicopters fired on a mining camp near Seng Tawng in Kachin State's Hpakant township on Sunday morning, according to a local rescue group. [...] The junta's information team said in a statement on Monday that troops had come under attack from the Kachin Independence Army in the area and had responded with \"necessary force\", and denied that civilians had been targeted.",
      note="the military does not deny firing; 'a dozen' = 12; air/helicopter fire -> explosion"),
    E("PDF ambushed a military convoy near Gangaw with a mine and gunfire; the PDF claims 12 soldiers, state media says two killed and three wounded.",
      "2022-06-04", "'on Saturday' / 'that day'; bulletin published Wednesday 2022-06-08 -> Saturday 2022-06-04",
      "Gangaw", "Magway", "MM", "battle", "People's Defence Force", "Myanmar security forces",
      killed=2, wounded=3,
      evidence="In Magway region, a local People's Defence Force said its fighters had ambushed a military convoy near Gangaw on Saturday and killed 12 soldiers. [...] State media, which calls the resistance groups terrorists, said two soldiers had been killed and three wounded when \"terrorists\" set off a mine and opened fire on troops near the town that day.",
      note="the attacked side's own count (2) is used; the PDF's claimed 12 is not"),
  ],
  [
    F("killed", 1800, "Myanmar", "A political prisoners' group says more than 1,800 people have been killed by the security forces since the February 2021 coup."),
    F("displaced", 1000000, "Myanmar", "The UN says over a million people have been displaced across the country."),
  ])

# ---------------------------------------------------------------- h12-20  Ukraine, 2022
D("h12-20", "2022-08-25",
  "https://www.example-dniprocourier.com/2022/08/25/nikopol-shelling-kharkiv-drone",
  "Overnight shelling kills two in Nikopol; drone hits Kharkiv apartment block",
  [
    "DNIPRO, August 25 (Dnipro Courier) - Two people were killed and five wounded in Nikopol overnight when Russian forces shelled the city from across the Dnipro river, the regional governor said on Thursday.",
    "The rockets were fired from multiple launchers positioned around Enerhodar, on the occupied left bank, and damaged a school, a gas pipeline and about 20 houses, he said. There was no comment from Moscow.",
    "In Kharkiv, a drone struck a residential block in the Saltivskyi district on Wednesday evening, injuring four people, among them a 12-year-old girl, the mayor said. He blamed Russian forces.",
    "Further east, officials in Bakhmut reported shelling on several streets during the day but had no information on casualties.",
    "Nikopol has been shelled almost nightly since mid-July, and more than 25 civilians have been killed there in that time, according to regional officials.",
    "The UN human rights office says it has recorded more than 5,500 civilian deaths in Ukraine since February, and believes the real figure is considerably higher.",
  ],
  [
    E("Russian forces shelled Nikopol from launchers around Enerhodar overnight: two killed, five wounded.",
      "2022-08-24", "'overnight', reported by the governor 'on Thursday' (Thursday 2022-08-25): the night of Wednesday 2022-08-24 (first night)",
      "Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian Armed Forces", "civilians",
      killed=2, wounded=5,
      evidence="Two people were killed and five wounded in Nikopol overnight when Russian forces shelled the city from across the Dnipro river, the regional governor said on Thursday. [...] The rockets were fired from multiple launchers positioned around Enerhodar, on the occupied left bank, and damaged a school, a gas pipeline and about 20 houses, he said. There was no comment from Moscow."),
    E("A drone hit a residential block in Saltivskyi district, Kharkiv, injuring four; the mayor blamed Russian forces.",
      "2022-08-24", "'on Wednesday evening'; dateline Thursday 2022-08-25 -> Wednesday 2022-08-24",
      "Saltivskyi", "Kharkiv", "UA", "explosion", "Russian Armed Forces", "civilians",
      wounded=4,
      evidence="In Kharkiv, a drone struck a residential block in the Saltivskyi district on Wednesday evening, injuring four people, among them a 12-year-old girl, the mayor said. He blamed Russian forces."),
    E("Shelling of several streets in Bakhmut during the day; casualties unknown.",
      None, "'during the day'; which day is not clear (report of Thursday 2022-08-25)",
      "Bakhmut", "Donetsk", "UA", "explosion", "unknown", "civilians",
      evidence="Further east, officials in Bakhmut reported shelling on several streets during the day but had no information on casualties.",
      note="vague: no perpetrator, no toll, 'during the day'", optional=True),
  ],
  [
    F("killed", 25, "Nikopol", "Nikopol has been shelled almost nightly since mid-July, and more than 25 civilians have been killed there in that time, according to regional officials."),
    F("killed", 5500, "Ukraine", "The UN human rights office says it has recorded more than 5,500 civilian deaths in Ukraine since February, and believes the real figure is considerably higher."),
  ])

# ---------------------------------------------------------------- h12-21  Colombia, 2019
D("h12-21", "2019-02-27",
  "https://www.example-fronteradiario.com/2019/02/27/tibu-police-ambush-eln",
  "ELN claims ambush that killed three police officers in Catatumbo",
  [
    "CUCUTA, February 27 (Frontera Diario) - Three police officers were killed and two others wounded when their patrol came under fire on a rural road outside Tibu, in Norte de Santander department, on Sunday, police said.",
    "The regional police commander initially blamed dissidents of the former FARC guerrilla, who are active in the Catatumbo region.",
    "But on Tuesday the National Liberation Army (ELN) said in a statement posted on its website that one of its units had carried out the attack \"in response to military operations against our communities\".",
    "The ELN, the country's last active rebel group, has stepped up attacks since peace talks with the government collapsed last month after the group bombed a police academy in Bogota.",
    "In El Tarra, also in Catatumbo, gunmen on Monday night shot dead a community leader, Luis Ernesto Quintero, 46, at his home, the ombudsman's office said. It was not clear who was behind the killing.",
    "The ombudsman's office says 164 community leaders and rights activists were killed in Colombia last year.",
  ],
  [
    E("ELN unit ambushed a police patrol outside Tibu: three police killed, two wounded; initially blamed on FARC dissidents, claimed by the ELN two days later.",
      "2019-02-24", "'on Sunday'; dateline Wednesday 2019-02-27 -> Sunday 2019-02-24",
      "Tibu", "Norte de Santander", "CO", "battle", "ELN", "Colombian security forces",
      killed=3, wounded=2,
      evidence="Three police officers were killed and two others wounded when their patrol came under fire on a rural road outside Tibu, in Norte de Santander department, on Sunday, police said. [...] But on Tuesday the National Liberation Army (ELN) said in a statement posted on its website that one of its units had carried out the attack",
      note="the later claim outweighs the initial blame"),
    E("Gunmen shot dead community leader Luis Ernesto Quintero at his home in El Tarra.",
      "2019-02-25", "'on Monday night'; dateline Wednesday 2019-02-27 -> Monday 2019-02-25",
      "El Tarra", "Norte de Santander", "CO", "attack_on_civilians", "militants (unidentified)", "civilians",
      killed=1,
      evidence="In El Tarra, also in Catatumbo, gunmen on Monday night shot dead a community leader, Luis Ernesto Quintero, 46, at his home, the ombudsman's office said."),
  ],
  [
    F("killed", 164, "Colombia", "The ombudsman's office says 164 community leaders and rights activists were killed in Colombia last year."),
  ])

# ---------------------------------------------------------------- h12-22  Mexico, 2021
D("h12-22", "2021-05-13",
  "https://www.example-tierracaliente.com/2021/05/13/aguililla-gunfight-tepalcatepec-drones",
  "Cartel gunmen clash near Aguililla; drones drop explosives on Tepalcatepec ranches",
  [
    "MORELIA, May 13 (Tierra Caliente Noticias) - Gunmen from rival criminal groups fought for several hours on Tuesday on the outskirts of Aguililla, in the Tierra Caliente region of Michoacan, leaving at least 11 people dead, state prosecutors said.",
    "Investigators found the bodies of the 11 men, all in tactical gear, along a dirt road near the community of El Aguaje.",
    "According to the prosecutors' office, gunmen of the Jalisco New Generation Cartel ambushed a convoy of a rival alliance of local gangs known as Carteles Unidos as it headed toward the town.",
    "In neighbouring Tepalcatepec, residents said drones flown by the Jalisco cartel dropped explosives on two ranches on Wednesday morning, wounding a farmhand and killing several head of cattle.",
    "Last month two state police officers were wounded when a drone dropped a bomb on their checkpoint in Coalcoman, an attack that officials also blamed on the cartel.",
    "Thousands of residents have left the area over the past year, and the road to Apatzingan has been blocked for weeks by trenches and burned vehicles.",
    "Michoacan recorded more than 600 homicides in the first four months of the year, according to official data.",
  ],
  [
    E("CJNG gunmen ambushed a Carteles Unidos convoy near El Aguaje, outside Aguililla; 11 men killed.",
      "2021-05-11", "'on Tuesday'; dateline Thursday 2021-05-13 -> Tuesday 2021-05-11",
      "El Aguaje", "Michoacan", "MX", "battle", "Jalisco New Generation Cartel", "Carteles Unidos",
      killed=11,
      evidence="Gunmen from rival criminal groups fought for several hours on Tuesday on the outskirts of Aguililla, in the Tierra Caliente region of Michoacan, leaving at least 11 people dead, state prosecutors said. [...] Investigators found the bodies of the 11 men, all in tactical gear, along a dirt road near the community of El Aguaje. [...] According to the prosecutors' office, gunmen of the Jalisco New Generation Cartel ambushed a convoy of a rival alliance of local gangs known as Carteles Unidos as it headed toward the town."),
    E("Drones flown by the Jalisco cartel dropped explosives on two ranches in Tepalcatepec, wounding a farmhand.",
      "2021-05-12", "'on Wednesday morning'; dateline Thursday 2021-05-13 -> Wednesday 2021-05-12",
      "Tepalcatepec", "Michoacan", "MX", "explosion", "Jalisco New Generation Cartel", "civilians",
      wounded=1,
      evidence="In neighbouring Tepalcatepec, residents said drones flown by the Jalisco cartel dropped explosives on two ranches on Wednesday morning, wounding a farmhand and killing several head of cattle.",
      note="the cattle killed are not a human toll"),
    E("A drone bomb wounded two state police officers at a checkpoint in Coalcoman 'last month'.",
      None, "'Last month' (April 2021); no day",
      "Coalcoman", "Michoacan", "MX", "explosion", "Jalisco New Generation Cartel", "Mexican security forces",
      wounded=2,
      evidence="Last month two state police officers were wounded when a drone dropped a bomb on their checkpoint in Coalcoman, an attack that officials also blamed on the cartel.",
      optional=True),
  ],
  [
    F("killed", 600, "Michoacan", "Michoacan recorded more than 600 homicides in the first four months of the year, according to official data."),
  ])

# ---------------------------------------------------------------- h12-23  Philippines, 2017
D("h12-23", "2017-07-19",
  "https://www.example-mindanaostandard.com/2017/07/19/marawi-lilod-madaya-cleared",
  "Troops retake Marawi enclave as siege death toll passes 550",
  [
    "ILIGAN, July 19 (Mindanao Standard) - Philippine troops completed the recapture of the Lilod Madaya area of Marawi City from Islamic State-linked fighters on Monday after a week of house-to-house fighting, the military said on Tuesday.",
    "Five soldiers were killed in the final push, military spokesman Colonel Jose Aldana told reporters. He said the fighters of the Maute group and their allies now held an area of less than one square kilometre around the city's main mosque.",
    "On Monday night, two soldiers were wounded when a bomb planted by the militants exploded as their truck passed through Saguiaran, a town just west of Marawi.",
    "In all, 99 soldiers and police, 45 civilians and 411 militants have been killed since the siege began on May 23, according to the military.",
    "More than 400,000 people have been displaced from Marawi and nearby towns, the social welfare department said.",
    "Congress will meet in a joint session on Saturday to vote on the president's request to extend martial law in Mindanao until the end of the year.",
    "The battle for Marawi is the longest urban fight the country's armed forces have waged since the Second World War.",
  ],
  [
    E("Philippine troops completed the recapture of Lilod Madaya, Marawi, from the Maute group; five soldiers killed in the final push.",
      "2017-07-17", "'on Monday', said on Tuesday 2017-07-18; dateline Wednesday 2017-07-19 -> Monday 2017-07-17",
      "Lilod Madaya", "Lanao del Sur", "PH", "territory_gain", "Philippine security forces", "Maute group",
      killed=5,
      evidence="Philippine troops completed the recapture of the Lilod Madaya area of Marawi City from Islamic State-linked fighters on Monday after a week of house-to-house fighting, the military said on Tuesday. [...] Five soldiers were killed in the final push, military spokesman Colonel Jose Aldana told reporters.",
      note="Islamic State-linked Maute group named as reported"),
    E("Bomb planted by the militants wounded two soldiers as their truck passed through Saguiaran.",
      "2017-07-17", "'On Monday night'; dateline Wednesday 2017-07-19 -> Monday 2017-07-17",
      "Saguiaran", "Lanao del Sur", "PH", "explosion", "Maute group", "Philippine security forces",
      wounded=2,
      evidence="On Monday night, two soldiers were wounded when a bomb planted by the militants exploded as their truck passed through Saguiaran, a town just west of Marawi.",
      note="'the militants' points back to the Maute group"),
  ],
  [
    F("killed", 99, "Marawi", "In all, 99 soldiers and police, 45 civilians and 411 militants have been killed since the siege began on May 23, according to the military.", note="soldiers and police"),
    F("killed", 45, "Marawi", "In all, 99 soldiers and police, 45 civilians and 411 militants have been killed since the siege began on May 23, according to the military.", note="civilians"),
    F("killed", 411, "Marawi", "In all, 99 soldiers and police, 45 civilians and 411 militants have been killed since the siege began on May 23, according to the military.", note="militants"),
    F("displaced", 400000, "Marawi", "More than 400,000 people have been displaced from Marawi and nearby towns, the social welfare department said."),
  ])

# ---------------------------------------------------------------- h12-24  Libya, 2019
D("h12-24", "2019-09-12",
  "https://www.example-maghrebcourier.com/2019/09/12/abu-salim-shelling-ain-zara",
  "Shells hit Tripoli's Abu Salim as fighting flares on southern front",
  [
    "TRIPOLI, September 12 (Maghreb Courier) - Three civilians, including a child, were killed and seven wounded when shells struck houses in the Abu Salim district of Tripoli late on Tuesday, the health ministry of the internationally recognised Government of National Accord (GNA) said.",
    "The GNA blamed forces loyal to eastern commander Khalifa Haftar, whose self-styled Libyan National Army (LNA) has been trying to seize the capital since April.",
    "An LNA spokesman denied the accusation, saying its forces only targeted \"military objectives\" and accusing \"terrorist militias\" of shelling the area to turn residents against the LNA.",
    "On Wednesday, fighters of an LNA brigade attacked GNA positions near the old airport road in Ain Zara and were pushed back after several hours, a GNA commander said.",
    "Five GNA fighters were killed and 11 wounded in the fighting, a source at a field hospital said. The commander said \"dozens\" of attackers had died, a figure that could not be confirmed.",
    "The World Health Organization says more than 1,100 people have been killed and about 5,800 wounded since the offensive began. More than 120,000 people have been forced from their homes in and around Tripoli.",
    "The UN envoy has said he hopes to convene an international conference on Libya later this year.",
  ],
  [
    E("Shells hit houses in Abu Salim, Tripoli: three civilians killed, seven wounded; GNA blamed the LNA, which denied it.",
      "2019-09-10", "'late on Tuesday'; dateline Thursday 2019-09-12 -> Tuesday 2019-09-10",
      "Abu Salim", "Tripoli", "LY", "explosion", "unknown", "civilians",
      killed=3, wounded=7,
      evidence="Three civilians, including a child, were killed and seven wounded when shells struck houses in the Abu Salim district of Tripoli late on Tuesday, the health ministry of the internationally recognised Government of National Accord (GNA) said. [...] The GNA blamed forces loyal to eastern commander Khalifa Haftar, whose self-styled Libyan National Army (LNA) has been trying to seize the capital since April. [...] An LNA spokesman denied the accusation",
      note="blame denied, nobody claims -> unknown"),
    E("An LNA brigade attacked GNA positions in Ain Zara and was pushed back; five GNA fighters killed, 11 wounded; 'dozens' of attackers per the GNA.",
      "2019-09-11", "'On Wednesday'; dateline Thursday 2019-09-12 -> Wednesday 2019-09-11",
      "Ain Zara", "Tripoli", "LY", "battle", "Libyan National Army", "GNA forces",
      killed=5, wounded=11,
      evidence="On Wednesday, fighters of an LNA brigade attacked GNA positions near the old airport road in Ain Zara and were pushed back after several hours, a GNA commander said. [...] Five GNA fighters were killed and 11 wounded in the fighting, a source at a field hospital said. The commander said \"dozens\" of attackers had died, a figure that could not be confirmed.",
      note="'dozens' of attackers is vague -> only the 5 counted"),
  ],
  [
    F("killed", 1100, "Tripoli", "The World Health Organization says more than 1,100 people have been killed and about 5,800 wounded since the offensive began."),
    F("wounded", 5800, "Tripoli", "The World Health Organization says more than 1,100 people have been killed and about 5,800 wounded since the offensive began."),
    F("displaced", 120000, "Tripoli", "More than 120,000 people have been forced from their homes in and around Tripoli."),
  ])

# ---------------------------------------------------------------- h12-25  Iraq, 2016 (no incident: sport)
D("h12-25", "2016-11-26",
  "https://www.example-iraqsportdaily.com/2016/11/26/air-force-zawraa-derby",
  "Air Force blitz sinks Zawraa in Baghdad derby",
  [
    "BAGHDAD, November 26 (Iraq Sport Daily) - Al-Quwa Al-Jawiya tore through Al-Zawraa's defence on Friday, firing three goals in 14 minutes to win the Baghdad derby 3-1 in front of a packed crowd.",
    "The Air Force club's young striker led the assault, striking twice from close range before setting up the third with a low cross.",
    "Zawraa's coach said his side had been \"massacred\" on the counter-attack and called the second half a disaster. \"We were shot to pieces in midfield,\" he told reporters.",
    "The stadium exploded when the third goal went in, and flares lit up the stands for several minutes.",
    "\"We went to war today and won the battle, but the war for the title is long,\" said the Air Force captain.",
    "Police deployed in force around the ground, and the match passed off without incident.",
    "The league was suspended for two weeks last month while security forces prepared for the offensive on Mosul, and several players from the northern city have not been able to return home.",
    "Air Force travel to Najaf on Tuesday, while Zawraa host Naft al-Wasat on Wednesday.",
  ],
  [],
  [])

# ---------------------------------------------------------------- h12-26  Mozambique, 2022 (no incident: business)
D("h12-26", "2022-11-30",
  "https://www.example-sabusinessreview.com/2022/11/30/cabo-delgado-lng-restart",
  "Gas consortium weighs restart of Cabo Delgado LNG project as security improves",
  [
    "MAPUTO, November 30 (Southern Africa Business Review) - A consortium led by a French energy group is close to deciding whether to resume work on its $20 billion liquefied natural gas project in northern Mozambique, which it halted after insurgents attacked the nearby town of Palma last year, executives said on Tuesday.",
    "\"The security situation around the Afungi site has improved considerably,\" the consortium's country manager told investors at a conference in Maputo.",
    "Rwandan troops and a southern African regional force deployed in the province since July last year have pushed the insurgents back from the main coastal towns.",
    "But analysts warned that the battle for financing was far from over. \"Lenders have been burned once and will want bullet-proof guarantees,\" said a Johannesburg-based energy analyst.",
    "The group's chief executive killed off speculation that it might sell its stake, saying the project remained \"strategic\" as Europe looks for alternatives to Russian gas.",
    "Aid agencies say some 946,000 people were displaced by the conflict at its height. Officials said about 100,000 had returned to Palma and Mocimboa da Praia since last year.",
    "A final decision on the restart is expected in the first half of next year.",
  ],
  [],
  [
    F("displaced", 946000, "Cabo Delgado", "Aid agencies say some 946,000 people were displaced by the conflict at its height."),
    F("returned", 100000, "Palma and Mocimboa da Praia", "Officials said about 100,000 had returned to Palma and Mocimboa da Praia since last year."),
  ])

# ---------------------------------------------------------------- h12-27  Pakistan, 2024 (no incident: anniversary)
D("h12-27", "2024-12-16",
  "https://www.example-frontierherald.com/2024/12/16/aps-peshawar-ten-years",
  "Peshawar remembers school attack victims ten years on",
  [
    "PESHAWAR, December 16 (Frontier Herald) - Parents, teachers and former pupils gathered at the Army Public School in Peshawar on Monday to mark ten years since gunmen stormed the school and killed 147 people, most of them children.",
    "On Tuesday, 16 December 2014, six attackers entered the school through a back wall during the morning assembly.",
    "Candles were lit in the school hall, and the names of the dead were read out one by one.",
    "\"Every December my son is fourteen again,\" said Shahana Bibi, whose son was killed in the auditorium.",
    "The attack, claimed by the Tehrik-i-Taliban Pakistan, led the government to adopt a national action plan against militancy and to lift a moratorium on the death penalty.",
    "Militant violence has risen again since 2021. An Islamabad-based think tank said last week that more than 1,600 people had been killed in militant attacks across Pakistan in the first eleven months of this year.",
    "Provincial police said security had been tightened at schools in Peshawar after a threat alert was issued last week.",
  ],
  [],
  [
    F("killed", 1600, "Pakistan", "An Islamabad-based think tank said last week that more than 1,600 people had been killed in militant attacks across Pakistan in the first eleven months of this year."),
  ])

# ---------------------------------------------------------------- h12-28  Afghanistan, 2018 (no incident: statistics)
D("h12-28", "2018-07-16",
  "https://www.example-kabulledger.com/2018/07/16/civilian-casualties-first-half-2018",
  "Civilian deaths in Afghanistan hit record in first half of 2018, UN says",
  [
    "KABUL, July 16 (Kabul Ledger) - More civilians were killed in Afghanistan in the first six months of this year than in any comparable period since records began, the United Nations said on Sunday.",
    "The UN mission said 1,702 civilians had been killed and 3,390 injured between January 1 and June 30.",
    "Suicide and complex attacks caused 427 of the deaths, most of them attributed to the local branch of Islamic State.",
    "Nangarhar, in the east, was the worst-hit province, with 320 civilians killed, more than in Kabul.",
    "The worst single incident in the period was a bombing at a voter registration centre in Kabul in April that killed 60 people.",
    "\"These are not just numbers, they are families destroyed,\" the head of the mission's human rights unit said.",
    "The report welcomed a three-day ceasefire over the Eid holiday in June, during which civilian casualties fell sharply, and urged the parties to build on it.",
    "Government forces and their international allies were blamed for about a fifth of the casualties, mostly from air strikes and ground fighting.",
  ],
  [],
  [
    F("killed", 1702, "Afghanistan", "The UN mission said 1,702 civilians had been killed and 3,390 injured between January 1 and June 30."),
    F("wounded", 3390, "Afghanistan", "The UN mission said 1,702 civilians had been killed and 3,390 injured between January 1 and June 30."),
    F("killed", 427, "Afghanistan", "Suicide and complex attacks caused 427 of the deaths, most of them attributed to the local branch of Islamic State.", note="deaths in suicide and complex attacks"),
    F("killed", 320, "Nangarhar", "Nangarhar, in the east, was the worst-hit province, with 320 civilians killed, more than in Kabul."),
  ])

# ---------------------------------------------------------------- h12-29  Iraq, 2017 (round-up bulletin)
D("h12-29", "2017-11-08",
  "https://www.example-iraqsecuritybrief.com/2017/11/08/daily-round-up",
  "Iraq security round-up: market bomb in Sadr City; IS remnants strike near Kirkuk",
  [
    "Daily round-up for Tuesday, 7 November 2017, compiled from police, hospital and local sources.",
    "BAGHDAD: A bomb hidden in a vegetable cart exploded in a market in Sadr City on Tuesday morning, killing four people and wounding 13, police and hospital sources said. No group claimed the blast.",
    "KIRKUK: Islamic State remnants attacked a federal police checkpoint in the village of Rashad, southwest of Kirkuk, late on Tuesday. Two policemen were killed and three wounded, a police captain said. The attackers fled toward the Hamrin mountains.",
    "DIYALA: The bodies of three shepherds, abducted last week, were found with gunshot wounds in orchards near Jalawla on Tuesday. Local officials blamed Islamic State.",
    "SALAHUDDIN: Security forces arrested five suspected Islamic State members in a raid on a farm near Baiji on Tuesday, the provincial operations command said.",
    "ANBAR: Commanders said the operation to retake Rawa, the last Iraqi town held by the group, would begin within days.",
    "The UN said on November 1 that 124 civilians had been killed across Iraq in October.",
  ],
  [
    E("Bomb hidden in a vegetable cart exploded in a Sadr City market: four killed, 13 wounded; no claim.",
      "2017-11-07", "'on Tuesday morning' in the round-up for Tuesday 2017-11-07",
      "Sadr City", "Baghdad", "IQ", "explosion", "unknown", "civilians",
      killed=4, wounded=13,
      evidence="BAGHDAD: A bomb hidden in a vegetable cart exploded in a market in Sadr City on Tuesday morning, killing four people and wounding 13, police and hospital sources said. No group claimed the blast."),
    E("IS remnants attacked a federal police checkpoint in Rashad, southwest of Kirkuk: two police killed, three wounded.",
      "2017-11-07", "'late on Tuesday' in the round-up for Tuesday 2017-11-07",
      "Rashad", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
      killed=2, wounded=3,
      evidence="KIRKUK: Islamic State remnants attacked a federal police checkpoint in the village of Rashad, southwest of Kirkuk, late on Tuesday. Two policemen were killed and three wounded, a police captain said."),
    E("Bodies of three shepherds abducted last week found shot near Jalawla; IS blamed. Killing date unknown.",
      None, "found on Tuesday 2017-11-07; abducted 'last week'; day of the killing not given",
      "Jalawla", "Diyala", "IQ", "attack_on_civilians", "Islamic State", "civilians",
      killed=3,
      evidence="DIYALA: The bodies of three shepherds, abducted last week, were found with gunshot wounds in orchards near Jalawla on Tuesday. Local officials blamed Islamic State.",
      optional=True),
    E("Security forces arrested five suspected IS members in a raid on a farm near Baiji.",
      "2017-11-07", "'on Tuesday' in the round-up for Tuesday 2017-11-07",
      "Baiji", "Salahuddin", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
      evidence="SALAHUDDIN: Security forces arrested five suspected Islamic State members in a raid on a farm near Baiji on Tuesday, the provincial operations command said.",
      arrested=5),
  ],
  [
    F("killed", 124, "Iraq", "The UN said on November 1 that 124 civilians had been killed across Iraq in October."),
  ])

# ---------------------------------------------------------------- h12-30  Syria, 2019
D("h12-30", "2019-12-05",
  "https://www.example-levantpress.com/2019/12/05/mayadeen-desert-ambush-shuhail-raid",
  "IS ambush kills Syrian soldiers in desert near Mayadeen; SDF detains suspects in Shuhail",
  [
    "BEIRUT, December 5 (Levant Press Agency) - Islamic State fighters ambushed a convoy of Syrian government troops in the desert west of al-Mayadeen on Tuesday night, killing seven soldiers and two allied militiamen, a war monitor said.",
    "Five of the attackers were killed as the troops fought back, the Britain-based Syrian Observatory for Civilian Rights said.",
    "State media made no mention of the ambush, but pro-government pages on social media mourned several soldiers by name.",
    "The jihadist group claimed the attack through its propaganda agency, saying 20 soldiers had died.",
    "On the other side of the Euphrates, the US-backed Syrian Democratic Forces said they had detained 14 suspected IS members in a dawn raid on the town of Shuhail on Wednesday, supported by coalition helicopters.",
    "Residents said a young man was shot dead during the raid. The SDF said he was an armed IS member who had opened fire on its fighters.",
    "Cells of the group have carried out hundreds of attacks in eastern Syria since it lost its last territory in Baghouz in March.",
    "The Observatory says more than 370,000 people have been killed in Syria since 2011.",
  ],
  [
    E("IS ambushed a government convoy in the desert west of al-Mayadeen: seven soldiers and two militiamen killed, five attackers killed (monitor); IS claimed 20.",
      "2019-12-03", "'on Tuesday night'; dateline Thursday 2019-12-05 -> Tuesday 2019-12-03 (first night)",
      "desert west of al-Mayadeen", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian government forces",
      killed=14,
      evidence="Islamic State fighters ambushed a convoy of Syrian government troops in the desert west of al-Mayadeen on Tuesday night, killing seven soldiers and two allied militiamen, a war monitor said. [...] Five of the attackers were killed as the troops fought back, the Britain-based Syrian Observatory for Civilian Rights said. [...] The jihadist group claimed the attack through its propaganda agency, saying 20 soldiers had died.",
      note="7 + 2 + 5 attackers = 14 (independent monitor); IS's claimed 20 not used"),
    E("SDF, with coalition helicopters, raided Shuhail and detained 14 suspected IS members; one man shot dead in the raid.",
      "2019-12-04", "'on Wednesday'; dateline Thursday 2019-12-05 -> Wednesday 2019-12-04",
      "Shuhail", "Deir ez-Zor", "SY", "arrest", "Syrian Democratic Forces", "Islamic State",
      killed=1,
      evidence="On the other side of the Euphrates, the US-backed Syrian Democratic Forces said they had detained 14 suspected IS members in a dawn raid on the town of Shuhail on Wednesday, supported by coalition helicopters. [...] Residents said a young man was shot dead during the raid. The SDF said he was an armed IS member who had opened fire on its fighters.",
      arrested=14, note="both sides agree one man died; they disagree on who he was"),
  ],
  [
    F("killed", 370000, "Syria", "The Observatory says more than 370,000 people have been killed in Syria since 2011."),
  ])

# ---------------------------------------------------------------- h12-31  Afghanistan, 2021 (short bulletin)
D("h12-31", "2021-03-16",
  "https://www.example-kabulledger.com/2021/03/16/karte-char-sticky-bomb",
  "Kabul: magnetic bomb kills two health ministry staff; rockets land near embassies",
  [
    "KABUL, March 16 (Kabul Ledger) - A magnetic bomb attached to a car killed two employees of the public health ministry in the Karte Char area of western Kabul on Monday morning, police said. The driver was wounded.",
    "Government officials blamed the Taliban, who denied any involvement.",
    "Hours later, two rockets landed near the Wazir Akbar Khan neighbourhood, which houses several embassies, without causing casualties.",
    "The local branch of Islamic State has claimed several rocket attacks on the capital in recent months but made no statement on Monday's.",
    "More than 40 people have been killed in magnetic bomb attacks in Kabul since January, according to police.",
  ],
  [
    E("Magnetic bomb on a car killed two health ministry employees in Karte Char and wounded the driver; Taliban blamed but denied.",
      "2021-03-15", "'on Monday morning'; dateline Tuesday 2021-03-16 -> Monday 2021-03-15",
      "Karte Char", "Kabul", "AF", "explosion", "unknown", "civilians",
      killed=2, wounded=1,
      evidence="A magnetic bomb attached to a car killed two employees of the public health ministry in the Karte Char area of western Kabul on Monday morning, police said. The driver was wounded. [...] Government officials blamed the Taliban, who denied any involvement.",
      note="blame denied, nobody claims -> unknown"),
    E("Two rockets landed near Wazir Akbar Khan without casualties.",
      "2021-03-15", "'Hours later' than the Monday morning bomb: Monday 2021-03-15",
      "Wazir Akbar Khan", "Kabul", "AF", "explosion", "unknown", "civilians",
      killed=0, wounded=0,
      evidence="Hours later, two rockets landed near the Wazir Akbar Khan neighbourhood, which houses several embassies, without causing casualties.",
      note="IS-K mentioned only for earlier attacks; no claim for this one"),
  ],
  [
    F("killed", 40, "Kabul", "More than 40 people have been killed in magnetic bomb attacks in Kabul since January, according to police."),
  ])

# ---------------------------------------------------------------- h12-32  Nigeria, 2022
D("h12-32", "2022-01-20",
  "https://www.example-northernledger.com/2022/01/20/dansadau-abduction-jibia-rescue",
  "Gunmen abduct dozens in Zamfara; police rescue 11 captives in Katsina",
  [
    "GUSAU, January 20 (Northern Ledger) - Gunmen whom residents described as bandits rode into Dansadau, in Maru local government area of Zamfara state, on dozens of motorcycles on Sunday afternoon and abducted at least 42 people, most of them women and children.",
    "Two men who tried to resist were shot dead, a community leader said.",
    "The state police spokesman confirmed the attack but said 27 people had been taken. The kidnappers later contacted relatives to demand a ransom.",
    "In neighbouring Katsina state, police said officers had rescued 11 kidnap victims and arrested two suspected kidnappers after a gunfight in a forest near Jibia on Tuesday. One suspect was killed, a police statement said.",
    "The federal government this month formally designated the armed gangs in the northwest as terrorist organisations, a step that allows tougher penalties for their informants and suppliers.",
    "More than 2,600 people were kidnapped in Zamfara last year, according to a local security researcher.",
  ],
  [
    E("Gunmen ('bandits') on motorcycles abducted 27 (police) to 42+ (residents) people from Dansadau and shot dead two men who resisted.",
      "2022-01-16", "'on Sunday afternoon'; dateline Thursday 2022-01-20 -> Sunday 2022-01-16",
      "Dansadau", "Zamfara", "NG", "other", "militants (unidentified)", "civilians",
      killed=2,
      evidence="Gunmen whom residents described as bandits rode into Dansadau, in Maru local government area of Zamfara state, on dozens of motorcycles on Sunday afternoon and abducted at least 42 people, most of them women and children. [...] Two men who tried to resist were shot dead, a community leader said. [...] The state police spokesman confirmed the attack but said 27 people had been taken.",
      note="mass abduction -> other; unnamed 'bandits' -> militants (unidentified); abducted 27-42"),
    E("Police rescued 11 kidnap victims near Jibia and arrested two suspected kidnappers after a gunfight; one suspect killed.",
      "2022-01-18", "'on Tuesday'; dateline Thursday 2022-01-20 -> Tuesday 2022-01-18",
      "Jibia", "Katsina", "NG", "arrest", "Nigerian security forces", "militants (unidentified)",
      killed=1,
      evidence="In neighbouring Katsina state, police said officers had rescued 11 kidnap victims and arrested two suspected kidnappers after a gunfight in a forest near Jibia on Tuesday. One suspect was killed, a police statement said.",
      arrested=2),
  ],
  [
    F("other", 2600, "Zamfara", "More than 2,600 people were kidnapped in Zamfara last year, according to a local security researcher.", note="kidnapped"),
  ])

# ---------------------------------------------------------------- h12-33  Somalia, 2017
D("h12-33", "2017-03-02",
  "https://www.example-horncourier.com/2017/03/02/hodan-restaurant-bomb-toll",
  "Death toll in Mogadishu restaurant bombing rises to 17",
  [
    "MOGADISHU, March 2 (Horn Courier) - The number of people killed in Tuesday night's car bomb attack on a restaurant on Maka al-Mukarama road in Mogadishu's Hodan district has risen to 17, after three of the wounded died in hospital, a police officer said on Thursday.",
    "Officials had initially said 14 people were killed and 20 wounded.",
    "A witness said the car had been parked outside the restaurant for about half an hour before it exploded.",
    "Al-Shabaab said in a statement on its radio station that it had targeted \"government officials and apostate soldiers\" who ate at the restaurant.",
    "Separately, on Wednesday morning, mortar rounds fired from an unknown location landed near the presidential palace, and one hit a house in the nearby Shingani district, wounding two children, police said.",
    "The bombings come a week after President Mohamed Abdullahi Farmajo was sworn in, promising to make security his priority.",
    "Aid agencies say some 6.2 million Somalis, half the population, need food aid because of a severe drought.",
  ],
  [
    E("Al-Shabaab car bomb at a restaurant on Maka al-Mukarama road, Hodan: 14 killed and 20 wounded at first; three wounded died -> 17 dead.",
      "2017-02-28", "'Tuesday night'; dateline Thursday 2017-03-02 -> Tuesday 2017-02-28",
      "Maka al-Mukarama road", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
      killed=17, wounded=17, wounded_high=20,
      evidence="The number of people killed in Tuesday night's car bomb attack on a restaurant on Maka al-Mukarama road in Mogadishu's Hodan district has risen to 17, after three of the wounded died in hospital, a police officer said on Thursday. [...] Officials had initially said 14 people were killed and 20 wounded. [...] Al-Shabaab said in a statement on its radio station that it had targeted \"government officials and apostate soldiers\" who ate at the restaurant.",
      note="14 revised to 17; 20 wounded of whom 3 died -> 17-20"),
    E("Mortar rounds landed near the presidential palace; one hit a house in Shingani, wounding two children.",
      "2017-03-01", "'on Wednesday morning'; dateline Thursday 2017-03-02 -> Wednesday 2017-03-01",
      "Shingani", "Banaadir", "SO", "explosion", "unknown", "civilians",
      wounded=2,
      evidence="Separately, on Wednesday morning, mortar rounds fired from an unknown location landed near the presidential palace, and one hit a house in the nearby Shingani district, wounding two children, police said."),
  ],
  [
    F("other", 6200000, "Somalia", "Aid agencies say some 6.2 million Somalis, half the population, need food aid because of a severe drought.", note="people in need of food aid"),
  ])

# ---------------------------------------------------------------- h12-34  Iraq, 2014
D("h12-34", "2014-09-10",
  "https://www.example-tigriswire.com/2014/09/10/siniyah-falls-peshmerga-villages",
  "Islamic State seizes town near Baiji as Peshmerga retake villages south of Kirkuk",
  [
    "BAGHDAD, September 10 (Tigris Wire Service) - Islamic State militants overran the town of Siniyah, west of the Baiji oil refinery, on Monday after police and tribal fighters defending it ran out of ammunition, local officials said.",
    "\"Our forces withdrew toward the refinery compound, and by nightfall the town was in their hands,\" a police colonel in Baiji said.",
    "At least 12 police and tribal fighters were killed in the fighting, the colonel said, adding that he had no figure for the militants' losses.",
    "After taking control, the militants blew up the police station and the house of the town's mayor, residents said.",
    "Kurdish Peshmerga forces backed by US air strikes recaptured the villages of Mulla Abdullah and Tal al-Ward, south of Kirkuk, on Tuesday, a Peshmerga commander said.",
    "Parliament on Monday approved a new government led by Prime Minister Haider al-Abadi, who has promised to rebuild the army after its collapse in the north in June.",
    "More than 1.8 million Iraqis have been displaced this year, according to the United Nations, which said at least 1,390 Iraqis were killed in violence in August alone.",
  ],
  [
    E("Islamic State overran Siniyah, west of the Baiji refinery, after its police and tribal defenders ran out of ammunition; at least 12 defenders killed.",
      "2014-09-08", "'on Monday'; dateline Wednesday 2014-09-10 -> Monday 2014-09-08",
      "Siniyah", "Salahuddin", "IQ", "territory_gain", "Islamic State", "Iraqi Security Forces",
      killed=12,
      evidence="Islamic State militants overran the town of Siniyah, west of the Baiji oil refinery, on Monday after police and tribal fighters defending it ran out of ammunition, local officials said. [...] At least 12 police and tribal fighters were killed in the fighting, the colonel said, adding that he had no figure for the militants' losses."),
    E("Peshmerga, backed by US air strikes, recaptured Mulla Abdullah, south of Kirkuk.",
      "2014-09-09", "'on Tuesday'; dateline Wednesday 2014-09-10 -> Tuesday 2014-09-09",
      "Mulla Abdullah", "Kirkuk", "IQ", "territory_gain", "Peshmerga", "Islamic State",
      evidence="Kurdish Peshmerga forces backed by US air strikes recaptured the villages of Mulla Abdullah and Tal al-Ward, south of Kirkuk, on Tuesday, a Peshmerga commander said.",
      note="two villages in one sentence -> split (news-dev splitting rule)"),
    E("Peshmerga, backed by US air strikes, recaptured Tal al-Ward, south of Kirkuk.",
      "2014-09-09", "'on Tuesday'; dateline Wednesday 2014-09-10 -> Tuesday 2014-09-09",
      "Tal al-Ward", "Kirkuk", "IQ", "territory_gain", "Peshmerga", "Islamic State",
      evidence="Kurdish Peshmerga forces backed by US air strikes recaptured the villages of Mulla Abdullah and Tal al-Ward, south of Kirkuk, on Tuesday, a Peshmerga commander said.",
      note="two villages in one sentence -> split (news-dev splitting rule)"),
  ],
  [
    F("displaced", 1800000, "Iraq", "More than 1.8 million Iraqis have been displaced this year, according to the United Nations, which said at least 1,390 Iraqis were killed in violence in August alone."),
    F("killed", 1390, "Iraq", "More than 1.8 million Iraqis have been displaced this year, according to the United Nations, which said at least 1,390 Iraqis were killed in violence in August alone."),
  ])

# ---------------------------------------------------------------- h12-35  Sudan, 2024 (NGO statement)
D("h12-35", "2024-06-20",
  "https://www.example-darfurhealthrelief.org/news/2024-06-20-el-fasher-statement",
  "Statement: shelling of Abu Shouk camp and attack on hospital in El Fasher",
  [
    "Darfur Health Relief (DHR) condemns in the strongest terms the shelling of Abu Shouk camp for displaced people, on the northern edge of El Fasher, on Monday 17 June, which killed eight people, among them five children, and wounded 23.",
    "Our teams received the wounded at the hospital we support in the city. Many had shrapnel wounds to the head and chest.",
    "According to witnesses, the shells were fired from the east of the camp, from areas held by the Rapid Support Forces (RSF). The RSF has not responded to our request for comment.",
    "Two days earlier, on Saturday 15 June, armed men entered the Southern Hospital in El Fasher, opened fire inside the compound and looted medicines and an ambulance. A patient's relative was killed and two of our staff members were wounded.",
    "The hospital has since stopped admitting patients.",
    "Since 10 May, when fighting for El Fasher intensified, our teams have treated more than 1,300 war-wounded, and 226 of them have died. An estimated 800,000 civilians remain in the city, with nowhere safe to go.",
    "DHR calls on all parties to the conflict to respect medical facilities and to allow civilians to leave safely.",
  ],
  [
    E("Shells fired from RSF-held areas east of Abu Shouk camp, El Fasher, killed eight and wounded 23.",
      "2024-06-17", "'on Monday 17 June' (Monday 2024-06-17) in a statement of Thursday 2024-06-20",
      "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
      killed=8, wounded=23,
      evidence="Darfur Health Relief (DHR) condemns in the strongest terms the shelling of Abu Shouk camp for displaced people, on the northern edge of El Fasher, on Monday 17 June, which killed eight people, among them five children, and wounded 23. [...] According to witnesses, the shells were fired from the east of the camp, from areas held by the Rapid Support Forces (RSF). The RSF has not responded to our request for comment.",
      note="indirect perpetrator: fire from positions held by the RSF; not denied"),
    E("Armed men entered the Southern Hospital in El Fasher, opened fire and looted it: one killed, two staff wounded.",
      "2024-06-15", "'on Saturday 15 June' (Saturday 2024-06-15), 'Two days earlier' than Monday 2024-06-17",
      "Southern Hospital", "North Darfur", "SD", "attack_on_civilians", "militants (unidentified)", "civilians",
      killed=1, wounded=2,
      evidence="Two days earlier, on Saturday 15 June, armed men entered the Southern Hospital in El Fasher, opened fire inside the compound and looted medicines and an ambulance. A patient's relative was killed and two of our staff members were wounded.",
      note="unnamed 'armed men'"),
  ],
  [
    F("wounded", 1300, "El Fasher", "Since 10 May, when fighting for El Fasher intensified, our teams have treated more than 1,300 war-wounded, and 226 of them have died."),
    F("killed", 226, "El Fasher", "Since 10 May, when fighting for El Fasher intensified, our teams have treated more than 1,300 war-wounded, and 226 of them have died."),
    F("civilians_trapped", 800000, "El Fasher", "An estimated 800,000 civilians remain in the city, with nowhere safe to go."),
  ])

# ---------------------------------------------------------------- h12-36  Libya, 2016
D("h12-36", "2016-08-04",
  "https://www.example-maghrebcourier.com/2016/08/04/sirte-district-one",
  "Pro-government forces push into Sirte's District 1 as suicide bombers strike",
  [
    "MISRATA, August 4 (Maghreb Courier) - Forces loyal to Libya's UN-backed unity government captured the residential area known as District 1 in Sirte from Islamic State on Wednesday after two days of street fighting, a spokesman for the forces said.",
    "During the advance, three suicide car bombs struck the columns on the edge of the district, killing eight pro-government fighters and wounding 35, a spokesman for the Misrata field hospital said. The toll did not include the bombers.",
    "\"They are now confined to a few blocks near the sea,\" the spokesman said of the militants.",
    "US aircraft struck Islamic State positions in Sirte for a third day on Wednesday, at the unity government's request. The Pentagon said the strikes had destroyed a tank and several vehicles but gave no casualty figures.",
    "More than 350 pro-government fighters have been killed since the offensive to retake the city began in May, according to hospital officials in Misrata.",
    "Sirte, the hometown of Muammar Gaddafi, fell to Islamic State in 2015 and became the group's most important base outside Syria and Iraq.",
  ],
  [
    E("Forces loyal to the unity government (GNA) captured District 1 of Sirte from Islamic State.",
      "2016-08-03", "'on Wednesday'; dateline Thursday 2016-08-04 -> Wednesday 2016-08-03",
      "District 1", "Sirte", "LY", "territory_gain", "Libyan government forces", "Islamic State",
      evidence="Forces loyal to Libya's UN-backed unity government captured the residential area known as District 1 in Sirte from Islamic State on Wednesday after two days of street fighting, a spokesman for the forces said.",
      note="GNA-aligned forces"),
    E("Three IS suicide car bombs hit the advancing columns at District 1: eight pro-government fighters killed and 35 wounded, plus the three bombers.",
      "2016-08-03", "'During the advance' captured on Wednesday 2016-08-03",
      "District 1", "Sirte", "LY", "explosion", "Islamic State", "Libyan government forces",
      killed=11, wounded=35,
      evidence="During the advance, three suicide car bombs struck the columns on the edge of the district, killing eight pro-government fighters and wounding 35, a spokesman for the Misrata field hospital said. The toll did not include the bombers.",
      note="8 fighters + 3 bombers = 11 (attackers who blew themselves up count)"),
    E("US air strikes on Islamic State positions in Sirte for a third day; no casualty figures.",
      "2016-08-03", "'for a third day on Wednesday'; dateline Thursday 2016-08-04 -> Wednesday 2016-08-03",
      "Sirte", "Sirte", "LY", "explosion", "US Armed Forces", "Islamic State",
      evidence="US aircraft struck Islamic State positions in Sirte for a third day on Wednesday, at the unity government's request. The Pentagon said the strikes had destroyed a tank and several vehicles but gave no casualty figures."),
  ],
  [
    F("killed", 350, "Sirte", "More than 350 pro-government fighters have been killed since the offensive to retake the city began in May, according to hospital officials in Misrata."),
  ])


# ====================================================================== checks
TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1",
              "actor2", "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EXTRA_KEYS = {"note", "arrested", "optional"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD = "(" + "|".join(WEEKDAYS) + ")"
MO = "(" + "|".join(MONTHS) + ")"
ISO = r"(\d{4}-\d{2}-\d{2})"
ERRORS = []


def fail(doc, msg):
    ERRORS.append(f"{doc}: {msg}")


def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def weekday(d):
    return WEEKDAYS[d.weekday()]


def sentences(body):
    parts = re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201cA-Z0-9])', body.strip())
    return [p for p in parts if p.strip()]


def check_calendar_in_text(doc_id, text, pub):
    """Every 'Weekday, D Month YYYY' (and 'Weekday, Month D, YYYY', and 'Weekday D Month'
    with the publication year) in a text must be a true calendar fact."""
    n = 0
    for m in re.finditer(WD + r",? (\d{1,2}) " + MO + r"(?: (\d{4}))?", text):
        wd, day, mon, year = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        y = int(year) if year else pub.year
        try:
            d = datetime.date(y, MONTHS.index(mon) + 1, day)
        except ValueError:
            fail(doc_id, f"impossible date in text: {m.group(0)!r}")
            continue
        n += 1
        if weekday(d) != wd:
            fail(doc_id, f"{m.group(0)!r} in text: {d} is a {weekday(d)}")
    for m in re.finditer(WD + r",? " + MO + r" (\d{1,2}),? (\d{4})", text):
        wd, mon, day, y = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
        d = datetime.date(y, MONTHS.index(mon) + 1, day)
        n += 1
        if weekday(d) != wd:
            fail(doc_id, f"{m.group(0)!r} in text: {d} is a {weekday(d)}")
    return n


def check_dateline(doc_id, paras, pub):
    """A dateline 'CITY, Month D (Outlet) -' must give the publication day."""
    found = 0
    for para in paras:
        m = re.match(r"([A-Z][A-Z .'-]*[A-Z]), " + MO + r" (\d{1,2}) \(([^)]+)\) - ", para)
        if m:
            found += 1
            if (MONTHS.index(m.group(2)) + 1, int(m.group(3))) != (pub.month, pub.day):
                fail(doc_id, f"dateline {m.group(0)!r} is not the publication date {pub}")
        elif re.match(r"[A-Z][A-Z .'-]*[A-Z], " + MO + r" \d", para):
            fail(doc_id, f"malformed dateline: {para[:60]!r}")
    if found > 1:
        fail(doc_id, "more than one dateline")
    return found


def check_date_note(doc_id, i, note):
    """Each weekday word in a date_note must be paired with an ISO date ('Tuesday 2017-08-08'
    or '2017-08-08 (Tuesday)') somewhere in the note, and every such pair must be true."""
    paired = set()
    for m in re.finditer(WD + " " + ISO, note):
        d = iso(m.group(2))
        if d is None or weekday(d) != m.group(1):
            fail(doc_id, f"event {i}: date_note pair {m.group(0)!r} is false")
        paired.add(m.group(1))
    for m in re.finditer(ISO + r" \(" + WD + r"\)", note):
        d = iso(m.group(1))
        if d is None or weekday(d) != m.group(2):
            fail(doc_id, f"event {i}: date_note pair {m.group(0)!r} is false")
        paired.add(m.group(2))
    for w in WEEKDAYS:
        if re.search(r"\b" + w + r"\b", note) and w not in paired:
            fail(doc_id, f"event {i}: date_note names {w} without pairing it with a date: {note!r}")


def check_evidence(doc_id, what, evidence, text):
    if not evidence or not evidence.strip():
        fail(doc_id, f"{what}: empty evidence")
        return
    for piece in evidence.split(" [...] "):
        if not piece.strip():
            fail(doc_id, f"{what}: empty evidence piece")
        elif piece not in text:
            fail(doc_id, f"{what}: evidence piece not verbatim in text: {piece[:90]!r}")


def check_count(doc_id, i, ev, key):
    lo, hi = ev[key], ev[key + "_high"]
    for v, name in ((lo, key), (hi, key + "_high")):
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            fail(doc_id, f"event {i}: {name} must be a non-negative integer or null")
    if hi is not None:
        if lo is None:
            fail(doc_id, f"event {i}: {key}_high without {key}")
        elif hi < lo:
            fail(doc_id, f"event {i}: {key}_high {hi} < {key} {lo}")


def check_doc(k, doc):
    want = f"h12-{k:02d}"
    did = doc["id"]
    if did != want:
        fail(did, f"id out of order: expected {want}")
    pub = iso(doc["published"])
    if pub is None:
        fail(did, "published is not a YYYY-MM-DD date")
        return
    if not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
        fail(did, "published outside 2014-2024")
    if not re.match(r"https://(www\.)?example-[a-z0-9-]+\.(com|org|net)/", doc["url"]):
        fail(did, f"url not on an example- domain: {doc['url']}")
    text = doc["text"]
    headline, _, body = text.partition("\n\n")
    if not headline.strip() or "\n" in headline or not body.strip():
        fail(did, "text must be a one-line headline, a blank line, then the body")
    paras = body.split("\n\n")
    n = len(sentences(body))
    if not 4 <= n <= 22:
        fail(did, f"{n} sentences in the body (4-22 required)")
    doc["_sentences"] = n
    doc["_dateline"] = check_dateline(did, paras, pub)
    check_calendar_in_text(did, text, pub)
    if len(doc["events"]) > 4:
        fail(did, f"{len(doc['events'])} events (at most 4)")
    for i, ev in enumerate(doc["events"]):
        keys = list(ev)
        if keys[:len(EVENT_KEYS)] != EVENT_KEYS or not set(keys[len(EVENT_KEYS):]) <= EXTRA_KEYS:
            fail(did, f"event {i}: keys {keys}")
            continue
        if ev["type"] not in TYPES:
            fail(did, f"event {i}: type {ev['type']!r} not in the schema")
        if not re.fullmatch(r"[A-Z]{2}", ev["country"] or ""):
            fail(did, f"event {i}: country must be ISO-2")
        for key in ("summary", "date_note", "place", "actor1", "actor2"):
            if not isinstance(ev[key], str) or not ev[key].strip():
                fail(did, f"event {i}: empty {key}")
        if ev["date"] is not None:
            d = iso(ev["date"])
            if d is None:
                fail(did, f"event {i}: date {ev['date']!r} is not YYYY-MM-DD")
            elif d > pub:
                fail(did, f"event {i}: date {d} is after publication {pub}")
            elif (pub - d).days > 45:
                fail(did, f"event {i}: date {d} is far outside the news window")
        check_date_note(did, i, ev["date_note"])
        check_count(did, i, ev, "killed")
        check_count(did, i, ev, "wounded")
        check_evidence(did, f"event {i}", ev["evidence"], text)
        if "optional" in ev and ev["optional"] is not True:
            fail(did, f"event {i}: optional must be true when present")
        if "arrested" in ev and (ev["type"] != "arrest" or not isinstance(ev["arrested"], int)):
            fail(did, f"event {i}: 'arrested' only as an integer on arrest events")
    for j, fg in enumerate(doc["figures"]):
        if fg["what"] not in FIGURE_WHAT:
            fail(did, f"figure {j}: what {fg['what']!r} not in the schema")
        if not isinstance(fg["value"], int) or isinstance(fg["value"], bool):
            fail(did, f"figure {j}: value must be an integer")
        check_evidence(did, f"figure {j}", fg["evidence"], text)


def main():
    if len(DOCS) != 36:
        fail("set", f"{len(DOCS)} reports, 36 required")
    for k, doc in enumerate(DOCS, 1):
        check_doc(k, doc)
    empty = [d["id"] for d in DOCS if not d["events"]]
    if not 5 <= len(empty) <= 7:
        fail("set", f"{len(empty)} reports without incidents (about 6 wanted)")
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(ERRORS)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"],
                                "url": d["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                "events": d["events"], "figures": d["figures"]},
                               ensure_ascii=False) + "\n")
    evs = [e for d in DOCS for e in d["events"]]
    opt = sum(1 for e in evs if e.get("optional"))
    figs = sum(len(d["figures"]) for d in DOCS)
    by_country, by_type = {}, {}
    for e in evs:
        by_country[e["country"]] = by_country.get(e["country"], 0) + 1
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    sents = [d["_sentences"] for d in DOCS]
    print(f"ok: {len(DOCS)} reports ({len(empty)} without incidents: {', '.join(empty)}), "
          f"{len(evs)} events ({opt} optional, {len(evs) - opt} scored), {figs} figures")
    print(f"datelines: {sum(d['_dateline'] for d in DOCS)}; sentences per report: "
          f"{min(sents)}-{max(sents)}")
    print("events by country:", ", ".join(f"{c} {n}" for c, n in sorted(by_country.items(), key=lambda x: (-x[1], x[0]))))
    print("events by type:", ", ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda x: (-x[1], x[0]))))
    print("wrote docs.jsonl and gold.jsonl")


if __name__ == "__main__":
    main()
