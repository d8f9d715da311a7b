#!/usr/bin/env python3
"""probe-holdout11: 36 invented conflict-news reports with hand-made gold.

Run `python3 make.py`: it checks every report and its gold and writes
docs.jsonl and gold.jsonl next to this file. Any failed check stops it
with a message and a non-zero exit status.

Evidence in the data below is either an int (the index of a body paragraph,
copied whole) or a literal string; both end up as verbatim text in gold.jsonl,
joined by ' [...] '.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
FIG_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
            "districts_retaken", "arrested", "other"}
COUNTRIES = {"IQ", "SY", "AF", "YE", "SO", "NG", "ML", "BF", "NE", "CD", "ET", "SD", "MZ", "PK",
             "MM", "UA", "CO", "MX", "PH"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def E(summary, date, date_note, place, admin, country, typ, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence=(),
      note=None, optional=False, arrested=None):
    return dict(summary=summary, date=date, date_note=date_note, place=place, admin=admin,
                country=country, type=typ, actor1=actor1, actor2=actor2, killed=killed,
                killed_high=killed_high, wounded=wounded, wounded_high=wounded_high,
                evidence=list(evidence), note=note, optional=optional, arrested=arrested)


def F(what, value, place, evidence, note=None):
    return dict(what=what, value=value, place=place, evidence=list(evidence), note=note)


DOCS = []


def D(id, form, published, url, headline, paras, events=(), figures=()):
    DOCS.append(dict(id=id, form=form, published=published, url=url, headline=headline,
                     paras=list(paras), events=list(events), figures=list(figures)))


# ---------------------------------------------------------------------------
# h11-01 Iraq, Diyala, 2014 (short)
D("h11-01", "S", "2014-11-18",
  "https://example-mesopotamia-newswire.com/2014/11/18/diyala-roadside-bomb-police",
  "Roadside bomb kills two police on Diyala road; mortars hit nearby town",
  [
      "BAQUBA, November 18 (Mesopotamia Newswire) - Two policemen were killed and three wounded when their patrol vehicle was hit by a roadside bomb late on Monday on the road between Baquba and Muqdadiya, a police officer said.",
      "The blast struck near Abu Saida, about 25 km northeast of Baquba, as the patrol was returning from a checkpoint, said the officer, who spoke on condition of anonymity.",
      "No group claimed the attack, but Islamic State militants have planted dozens of bombs along the road since the summer.",
      "Hours earlier, three mortar rounds landed in the nearby town of Wajihiya, wounding a woman and her two sons, a local council member said.",
      "He did not say who had fired them.",
      "Security forces say they now control the main road by day, but the militants still slip back at night from the orchards to the north.",
  ],
  [
      E("Roadside bomb hit a police patrol vehicle near Abu Saida on the Baquba-Muqdadiya road, killing two policemen and wounding three.",
        "2014-11-17", "\"late on Monday\" before publication Tuesday 2014-11-18 -> Monday 2014-11-17",
        "Abu Saida", "Diyala", "IQ", "explosion", "unknown", "Iraqi Security Forces",
        killed=2, wounded=3, evidence=[0, 1, "No group claimed the attack"],
        note="nobody claimed it; the sentence about Islamic State bombs on the road is background, not blame"),
      E("Three mortar rounds landed in Wajihiya, wounding a woman and her two sons.",
        "2014-11-17", "\"Hours earlier\" than the bomb of Monday 2014-11-17, same day: Monday 2014-11-17",
        "Wajihiya", "Diyala", "IQ", "explosion", "unknown", "civilians",
        wounded=3, evidence=[3, 4], note="firer not stated"),
  ])

# ---------------------------------------------------------------------------
# h11-02 Syria, Deir ez-Zor, 2016 (long)
D("h11-02", "L", "2016-01-21",
  "https://example-levant-desk.net/syria/2016-01-21/deir-ezzor-airport-attack-repelled",
  "Government says attack near Deir ez-Zor airport repelled; monitor reports heavy losses",
  [
      "BEIRUT, January 21 (Levant Desk) - Syrian troops and allied militiamen beat back an assault by Islamic State fighters on the edge of Deir ez-Zor's military airport overnight, state media said on Thursday, in the latest attempt by the jihadists to choke off the government-held enclave.",
      "The state news agency said 'terrorists' had attacked army positions in the al-Jafra area, east of the airport, and were repelled 'after suffering heavy losses'.",
      "It gave no toll for the government side.",
      "A Britain-based monitoring group put the dead at 31, among them 19 jihadists and 12 members of the army and the National Defence Forces militia.",
      "A local activist network, which reports from inside the Islamic State-held part of the city, said the toll was higher, with at least 40 killed on both sides.",
      "The monitor says more than 200 members of the government forces have been killed around the airport since the summer.",
      "Separately, warplanes struck the town of al-Mayadin, about 45 km southeast of Deir ez-Zor, on Wednesday afternoon, hitting a street near the main market.",
      "Residents said eight civilians, including three children, were killed and more than 20 wounded.",
      "It was not clear whether the jets were Syrian, Russian or from the US-led coalition, which has been bombing Islamic State targets in the province since 2014.",
      "The coalition said in a statement that it had carried out two strikes near Mayadin on Wednesday, destroying an oil well head, but made no mention of casualties.",
      "Some 200,000 people are believed to be living in the government-held districts of Deir ez-Zor, which have been cut off by Islamic State since March last year and are supplied by air drops.",
      "The United Nations has warned that food stocks in the enclave are running out.",
      "In October, an Islamic State shell killed 11 people at a bakery in the al-Joura district, according to state media at the time.",
      "Russian jets have bombed Islamic State positions around the city since the autumn, according to Moscow's defence ministry.",
      "The jihadists control most of Deir ez-Zor province, which borders Iraq, and the oil fields that fund much of their operations.",
  ],
  [
      E("Islamic State assault on army positions at al-Jafra, east of Deir ez-Zor military airport, repelled; monitor counts 31 dead (19 IS, 12 army/NDF), activists at least 40.",
        "2016-01-20", "\"overnight\", reported by state media \"on Thursday\" (publication Thursday 2016-01-21); an overnight incident takes the first night, Wednesday 2016-01-20",
        "al-Jafra", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian government forces",
        killed=31, killed_high=40, evidence=[0, 1, 3, 4],
        note="31 (monitor: 19 + 12) vs at least 40 (activists): conflicting sources"),
      E("Warplanes of unknown nationality struck a street near the main market of al-Mayadin, killing eight civilians and wounding more than 20.",
        "2016-01-20", "\"on Wednesday afternoon\" before publication Thursday 2016-01-21 -> Wednesday 2016-01-20",
        "al-Mayadin", "Deir ez-Zor", "SY", "explosion", "unknown", "civilians",
        killed=8, wounded=20, evidence=[6, 7, 8],
        note="air force not identified; the coalition's strike 'near Mayadin' on an oil well head is not an admission"),
  ],
  [
      F("killed", 200, "Deir ez-Zor airport", [5], "government forces killed around the airport since the summer"),
      F("civilians_trapped", 200000, "Deir ez-Zor", [10]),
  ])

# ---------------------------------------------------------------------------
# h11-03 Afghanistan, Ghazni, 2018 (long)
D("h11-03", "L", "2018-05-24",
  "https://example-hindukush-herald.com/2018/05/24/ghazni-andar-checkpoints-deh-yak-airstrike",
  "Taliban assault on Andar checkpoints kills 14 security personnel; air strike kills family in Deh Yak",
  [
      "GHAZNI, May 24 (Hindu Kush Herald) - Two police checkpoints in Andar district of Ghazni province came under attack from several directions late on Tuesday, and the fighting went on for nearly four hours before reinforcements arrived, provincial officials said on Thursday.",
      "Nine policemen and five members of a local militia were killed and six wounded, said Hamidullah Sarwari, a spokesman for the provincial governor.",
      "He said 22 attackers were also killed and that their bodies had been left on the battlefield.",
      "The Taliban claimed responsibility in a message to reporters, saying their fighters had killed 31 'puppet' forces and seized weapons and two vehicles.",
      "The group often exaggerates the losses it inflicts.",
      "Sarwari said the two checkpoints remained in government hands and that more troops had been sent to the district.",
      "Andar, a district southeast of Ghazni city, has been largely under Taliban control for years, with government forces holding only the district centre and a few posts along the highway.",
      "In a separate incident on Wednesday, an air strike hit a house in Deh Yak district, east of the provincial capital, killing seven members of one family, among them four children, according to Ghulam Sakhi Rahimi, a member of the provincial council.",
      "The Ministry of Defence said the strike, carried out by Afghan air force jets in support of ground troops, had killed 11 Taliban fighters and that no civilians were harmed.",
      "Relatives said the family had been asleep when the house was hit.",
      "Ghazni's governor said the Taliban had also threatened to attack the city itself if the security forces did not withdraw from outlying districts.",
      "Last October, Taliban fighters killed 25 soldiers in an attack on a base in the same area, officials said at the time.",
      "The United Nations said in February that 3,438 civilians were killed in Afghanistan last year and more than 7,000 wounded, with air strikes causing a growing share of the casualties.",
      "The attack came as the insurgents step up pressure on the highway linking Kabul to Kandahar, which runs through Ghazni.",
  ],
  [
      E("Taliban attacked two police checkpoints in Andar district; 9 police and 5 militia killed, 6 wounded, 22 attackers killed (officials' count); Taliban claim 31.",
        "2018-05-22", "\"late on Tuesday\", officials speaking \"on Thursday\" (publication Thursday 2018-05-24) -> Tuesday 2018-05-22",
        "Andar", "Ghazni", "AF", "battle", "Taliban", "Afghan security forces",
        killed=36, wounded=6, evidence=[0, 1, 2, 3],
        note="9 + 5 + 22 = 36 (the defending side's count of attackers counts); the Taliban's claimed 31 is a perpetrator's claim, not used"),
      E("Afghan air force strike on a house in Deh Yak district killed seven members of one family (provincial council); the ministry claimed 11 Taliban and no civilians.",
        "2018-05-23", "\"on Wednesday\" before publication Thursday 2018-05-24 -> Wednesday 2018-05-23",
        "Deh Yak", "Ghazni", "AF", "explosion", "Afghan security forces", "civilians",
        killed=7, evidence=[7, 8],
        note="the ministry's 11 Taliban is the striking side's own claim, not used"),
  ],
  [
      F("killed", 3438, "Afghanistan", ["The United Nations said in February that 3,438 civilians were killed in Afghanistan last year"], "civilians, 2017"),
      F("wounded", 7000, "Afghanistan", ["The United Nations said in February that 3,438 civilians were killed in Afghanistan last year and more than 7,000 wounded"], "civilians, 2017"),
  ])

# ---------------------------------------------------------------------------
# h11-04 Yemen, Taiz, 2019 (short)
D("h11-04", "S", "2019-03-07",
  "https://example-yemen-coast-report.org/news/2019/03/07/taiz-shelling-children",
  "Shelling kills three children in Taiz",
  [
      "TAIZ, March 7 (Yemen Coast Report) - Three children were killed and five other people wounded when shells fired from Houthi positions east of the city slammed into a residential street in Taiz's al-Jahmaliya district on Wednesday evening, a medic said.",
      "The children, two brothers and their cousin, had been playing outside their home, said Fuad al-Shamiri, a doctor at al-Thawra hospital.",
      "The Houthis, whose fighters hold the hills overlooking the eastern and northern edges of the city, did not comment.",
      "A local official said a second shell hit the nearby Usaifra area at about the same time but caused no casualties.",
      "Taiz, Yemen's third-largest city, has been divided between government forces and the Houthis since 2015, despite a ceasefire agreed in Sweden in December that was meant to open humanitarian corridors.",
      "Aid groups say more than 300 civilians have been killed or wounded in the city since the start of the year.",
  ],
  [
      E("Shells fired from Houthi positions hit a residential street in al-Jahmaliya, killing three children and wounding five people.",
        "2019-03-06", "\"on Wednesday evening\" before publication Thursday 2019-03-07 -> Wednesday 2019-03-06",
        "al-Jahmaliya", "Taiz", "YE", "explosion", "Houthis", "civilians",
        killed=3, wounded=5, evidence=[0, 2], note="fire from positions held by the Houthis; they did not comment (not a denial)"),
      E("A second shell hit the Usaifra area at about the same time, causing no casualties.",
        "2019-03-06", "\"at about the same time\" as the shelling of Wednesday 2019-03-06",
        "Usaifra", "Taiz", "YE", "explosion", "Houthis", "civilians",
        killed=0, wounded=0, evidence=[3], note="'caused no casualties' -> 0 killed, 0 wounded"),
  ],
  [
      F("other", 300, "Taiz", [5], "civilians killed or wounded since the start of 2019"),
  ])

# ---------------------------------------------------------------------------
# h11-05 Somalia, Mogadishu and Lower Shabelle, 2017 (long)
D("h11-05", "L", "2017-09-14",
  "https://example-hornwire.com/somalia/2017/09/14/mogadishu-checkpoint-blast-toll-rises",
  "Toll in Mogadishu checkpoint blast rises to 11; al-Shabaab claims attack",
  [
      "MOGADISHU, September 14 (Horn Wire) - The number of people killed in Tuesday's car bomb at a police checkpoint on Makka al-Mukarama road in Mogadishu's Hodan district rose to 11 on Thursday after two of the wounded died in hospital, police said.",
      "Police captain Abdirahman Hussein Nur said the vehicle, a minibus packed with explosives, had been stopped at the checkpoint and blew up as officers approached it.",
      "Four of the dead were policemen; the rest were civilians waiting in traffic or selling tea at the roadside, he said.",
      "At least 16 people were wounded.",
      "Officials had initially put the toll at six.",
      "Al-Shabaab claimed responsibility on Wednesday in a statement on a website linked to the group, saying it had targeted 'apostate' security forces.",
      "The statement said 20 soldiers had been killed, a figure the police dismissed.",
      "The militants, who were driven out of Mogadishu by African Union troops in 2011, still carry out frequent bombings in the capital.",
      "In a separate attack late on Wednesday, the group's fighters stormed a Somali army base at Bulo Marer, about 110 km southwest of Mogadishu.",
      "Troops repelled the assault after an hour-long gun battle, killing seven of the attackers, said Mohamed Abdi Warsame, a local army commander, who added that two soldiers had also died.",
      "Al-Shabaab said in a radio broadcast that it had overrun the base and killed 15 soldiers; the claim could not be independently verified.",
      "Residents of Bulo Marer reached by phone said the fighting had stopped by midnight and that soldiers were patrolling the town's market on Thursday.",
      "The United Nations says about 1 million people have been displaced by drought and conflict in Somalia since November.",
      "Tuesday's blast was the deadliest in the capital since June, when a car bomb at a restaurant killed more than 30 people.",
  ],
  [
      E("Car bomb (explosives-packed minibus) exploded at a police checkpoint on Makka al-Mukarama road, Hodan district; toll rose to 11 (4 police), at least 16 wounded; al-Shabaab claimed it.",
        "2017-09-12", "\"Tuesday's car bomb\", reported Thursday 2017-09-14 -> Tuesday 2017-09-12",
        "Makka al-Mukarama road", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
        killed=11, wounded=16, evidence=[0, 1, 2, 3, 5, 6],
        note="latest toll 11 stands (first 6); the group's claimed 20 soldiers is not used"),
      E("Al-Shabaab fighters stormed the army base at Bulo Marer; troops repelled them, killing seven attackers, two soldiers died.",
        "2017-09-13", "\"late on Wednesday\" before publication Thursday 2017-09-14 -> Wednesday 2017-09-13",
        "Bulo Marer", "Lower Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
        killed=9, evidence=[8, 9, 10],
        note="7 attackers + 2 soldiers = 9 (army's count); al-Shabaab's claimed 15 soldiers not used; 'the group's fighters' points back to al-Shabaab"),
  ],
  [
      F("displaced", 1000000, "Somalia", [12], "by drought and conflict since November 2016"),
  ])

# ---------------------------------------------------------------------------
# h11-06 Nigeria, Borno, 2015 (short)
D("h11-06", "S", "2015-06-03",
  "https://example-sahel-standard.ng/2015/06/03/dalwa-village-raid-konduga",
  "At least 23 killed in night raid on village near Konduga",
  [
      "MAIDUGURI, June 3 (Sahel Standard) - At least 23 people were shot or burned to death late on Monday in Dalwa, a village 12 km from Konduga in Borno state, when gunmen on motorcycles stormed it, residents and a vigilante leader said.",
      "The attackers, who residents said were Boko Haram fighters, set fire to dozens of homes and drove off with livestock before soldiers arrived from Konduga.",
      "Bulama Kyari, a vigilante leader, said 19 bodies had been recovered on Tuesday and four more people died of burns overnight in hospital in Maiduguri.",
      "'We buried them all in one grave,' he said.",
      "Soldiers later killed five of the insurgents in a clash on the road back towards the Sambisa forest, a military source said.",
      "Boko Haram has killed more than 13,000 people since 2009, according to rights groups.",
      "President Muhammadu Buhari, who was sworn in on Friday, has vowed to crush the insurgency.",
  ],
  [
      E("Boko Haram gunmen on motorcycles raided Dalwa, 12 km from Konduga, shooting and burning at least 23 people and torching homes.",
        "2015-06-01", "\"late on Monday\" before publication Wednesday 2015-06-03 -> Monday 2015-06-01",
        "Dalwa", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians",
        killed=23, evidence=[0, 1, 2], note="19 bodies + 4 died of burns = 23, consistent with 'at least 23'"),
      E("Soldiers killed five of the insurgents in a clash on the road back towards the Sambisa forest.",
        None, "\"later\"; day not stated",
        "road towards the Sambisa forest", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram",
        killed=5, evidence=[4], optional=True, note="vaguely placed and dated"),
  ],
  [
      F("killed", 13000, "Nigeria", [5], "killed by Boko Haram since 2009"),
  ])

# ---------------------------------------------------------------------------
# h11-07 Mali, Mopti, 2019 (short; army communique)
D("h11-07", "S", "2019-05-15",
  "https://example-sahel-dispatch.com/mali/2019/05/15/fama-hombori-communique",
  "Army says attack on Hombori camp repelled",
  [
      "BAMAKO, May 15 (Sahel Dispatch) - Mali's armed forces published the following statement on their social media pages late on Tuesday.",
      "The General Staff of the Armed Forces informs national and international opinion that on Monday 13 May 2019, at around 05:30, the FAMa camp at Hombori was the target of a complex attack by armed terrorist groups using vehicles and motorcycles.",
      "The prompt reaction of our units made it possible to repel the assailants.",
      "Provisional toll: on the friendly side, 3 dead and 7 wounded; on the enemy side, 11 terrorists neutralised and 2 vehicles destroyed.",
      "The same day, at around 14:00, a FAMa vehicle escorting a supply convoy struck a mine on the road between Hombori and Boni, wounding 2 soldiers.",
      "Search operations are continuing in the area.",
      "The General Staff reassures the population that the situation is under control.",
  ],
  [
      E("Armed terrorist groups attacked the FAMa camp at Hombori and were repelled; army counts 3 soldiers dead and 7 wounded, 11 attackers 'neutralised'.",
        "2019-05-13", "\"on Monday 13 May 2019\" in the army statement = Monday 2019-05-13",
        "Hombori", "Mopti", "ML", "battle", "militants (unidentified)", "Malian Armed Forces",
        killed=14, wounded=7, evidence=[1, 2, 3],
        note="3 soldiers + 11 attackers = 14 (the attacked side's count of attackers counts)"),
      E("An army vehicle escorting a supply convoy struck a mine on the road between Hombori and Boni, wounding two soldiers.",
        "2019-05-13", "\"The same day\" as Monday 2019-05-13",
        "road between Hombori and Boni", "Mopti", "ML", "explosion", "unknown", "Malian Armed Forces",
        wounded=2, evidence=[4]),
  ])

# ---------------------------------------------------------------------------
# h11-08 Burkina Faso, Sahel region, 2021 (long)
D("h11-08", "L", "2021-09-23",
  "https://example-westafrica-daily.com/burkina-faso/2021/09/23/gorgadji-market-attack",
  "Burkina Faso: gunmen kill traders at Gorgadji market; convoy ambushed near Dori",
  [
      "OUAGADOUGOU, September 23 (West Africa Daily) - Gunmen on motorcycles opened fire on the weekly market in Gorgadji, in Burkina Faso's Seno province, on Tuesday, killing at least 14 traders and shoppers, the regional governor's office said.",
      "Local sources gave a heavier toll, saying 19 people were killed, among them two municipal councillors.",
      "The assailants also set fire to stalls and stole livestock before fleeing north.",
      "No group claimed the attack. Both the al-Qaeda-linked JNIM and Islamic State's Sahel branch are active in the area.",
      "'The market was full because it was the first one after the rains,' said a trader reached by phone in Dori, who asked not to be named.",
      "On Monday, a military convoy escorting fuel tankers was ambushed 30 km from Dori on the road to Seytenga.",
      "Four soldiers and three members of the VDP civilian auxiliaries were killed, according to a security source, who said around 20 of the attackers had also died when the army counter-attacked.",
      "Another security source put the number of attackers killed at about a dozen.",
      "More than 1.4 million people have been displaced inside Burkina Faso since 2019, according to the government's emergency agency.",
      "In June, more than 100 people were killed in a night-time raid on a village in the neighbouring Yagha province, the deadliest attack since the violence began in 2015.",
      "The defence minister said on Wednesday that the army would 'take the war to the enemy' in the Sahel region and announced the creation of new special units.",
      "Residents of Gorgadji said many families had begun leaving for Dori after the attack.",
      "Tuesday's attack was the third on a market in the province this year, according to a tally by West Africa Daily.",
  ],
  [
      E("Gunmen on motorcycles opened fire on the weekly market in Gorgadji, killing at least 14 (governor) or 19 (local sources) traders and shoppers.",
        "2021-09-21", "\"on Tuesday\" before publication Thursday 2021-09-23 -> Tuesday 2021-09-21",
        "Gorgadji", "Sahel", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
        killed=14, killed_high=19, evidence=[0, 1, 3], note="no claim; unnamed gunmen"),
      E("Military convoy escorting fuel tankers ambushed 30 km from Dori on the Seytenga road; 4 soldiers and 3 VDP killed, attackers killed put at around 20 or about 12.",
        "2021-09-20", "\"On Monday\" before publication Thursday 2021-09-23 -> Monday 2021-09-20",
        "30 km from Dori", "Sahel", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
        killed=19, killed_high=27, evidence=[5, 6, 7],
        note="4 + 3 + about a dozen = 19 vs 4 + 3 + around 20 = 27 (two security sources)"),
  ],
  [
      F("displaced", 1400000, "Burkina Faso", [8], "since 2019"),
  ])

# ---------------------------------------------------------------------------
# h11-09 Niger, Tillaberi, 2020 (short)
D("h11-09", "S", "2020-02-12",
  "https://example-sahel-dispatch.com/niger/2020/02/12/ouallam-ambush-seven-soldiers",
  "Seven soldiers killed in ambush in western Niger, ministry says",
  [
      "NIAMEY, February 12 (Sahel Dispatch) - Seven Nigerien soldiers were killed and four wounded on Monday when their patrol was ambushed about 25 km north of Ouallam in the Tillaberi region, the defence ministry said in a statement read on state television.",
      "The ministry said 'several terrorists' were also killed and that the attackers fled towards the Malian border, pursued by ground and air units.",
      "It did not say which group was responsible.",
      "The region, which borders Mali and Burkina Faso, has been under a state of emergency since 2017, and attacks by jihadists linked to Islamic State and al-Qaeda have multiplied since last year.",
      "In December and January, more than 150 soldiers were killed in two attacks on army camps near the Malian border, the deadliest in the country's history.",
      "The government has also banned motorcycle traffic in much of the region, a measure residents say has crippled trade.",
  ],
  [
      E("Army patrol ambushed about 25 km north of Ouallam; seven soldiers killed and four wounded, 'several terrorists' killed.",
        "2020-02-10", "\"on Monday\" before publication Wednesday 2020-02-12 -> Monday 2020-02-10",
        "25 km north of Ouallam", "Tillaberi", "NE", "battle", "militants (unidentified)", "Nigerien security forces",
        killed=7, wounded=4, evidence=[0, 1, 2], note="'several terrorists' is vague and not counted"),
  ],
  [
      F("killed", 150, "Niger", [4], "soldiers killed in two camp attacks, December and January; background"),
  ])

# ---------------------------------------------------------------------------
# h11-10 DR Congo, North Kivu, 2020 (long)
D("h11-10", "L", "2020-07-09",
  "https://example-greatlakes-monitor.org/2020/07/09/mbau-attack-toll-rises",
  "Toll in overnight machete attack near Beni rises to 22, civil society says",
  [
      "BENI, July 9 (Great Lakes Monitor) - Suspected rebels of the Allied Democratic Forces killed at least 16 civilians with machetes and guns overnight in Mbau, a village about 20 km north of Beni in North Kivu province, local officials said on Wednesday.",
      "By Thursday the toll had risen to 22 after rescuers found six more bodies in fields around the village, said Jean-Paul Kasereka, who heads a civil society group in the area.",
      "The attackers arrived at around 11 pm, went from house to house and set several homes on fire, survivors said.",
      "An army spokesman said soldiers who reached the village during the attack had killed two of the assailants.",
      "Residents blamed the ADF, which has carried out a string of massacres around Beni since the army launched an offensive against its bases in October.",
      "The ADF, a Ugandan-led Islamist group that has been based in eastern Congo since the 1990s, rarely claims its attacks, though the Islamic State has claimed some of them since last year.",
      "The UN's human rights office said in a report this week that ADF fighters and their allies had killed more than 500 civilians in Beni territory since the start of the army offensive.",
      "Aid agencies said more than 5,000 people had fled Mbau and surrounding villages for Oicha and Beni since Wednesday.",
      "On Monday, Mai-Mai militiamen armed with spears and old rifles attacked a police post in the town of Oicha, about 30 km north of Beni, killing one policeman, police said.",
      "Two of the attackers were killed when officers returned fire.",
      "The UN peacekeeping mission, MONUSCO, said it had sent patrols to the area.",
      "A raid on the outskirts of Oicha in February killed 11 people, officials said at the time.",
      "'We are being slaughtered like goats and nobody is listening,' Kasereka said.",
  ],
  [
      E("Suspected ADF rebels killed civilians with machetes and guns overnight in Mbau, 20 km north of Beni; toll rose from 16 to 22, and soldiers killed two attackers.",
        "2020-07-07", "\"overnight\", officials speaking \"on Wednesday\" (publication Thursday 2020-07-09): the night of Tuesday 2020-07-07 into Wednesday 2020-07-08; an overnight incident takes the first night",
        "Mbau", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
        killed=24, evidence=[0, 1, 3, 4],
        note="22 civilians (latest count) + 2 attackers killed during the attack = 24; residents' blame undisputed"),
      E("Mai-Mai militiamen attacked a police post in Oicha, killing one policeman; two attackers were killed.",
        "2020-07-06", "\"On Monday\" before publication Thursday 2020-07-09 -> Monday 2020-07-06",
        "Oicha", "North Kivu", "CD", "battle", "Mai-Mai", "Congolese security forces",
        killed=3, evidence=[8, 9], note="1 policeman + 2 attackers = 3"),
  ],
  [
      F("killed", 500, "Beni territory", [6], "civilians killed by the ADF and allies since the army offensive began (October 2019)"),
      F("displaced", 5000, "Mbau", [7]),
  ])

# ---------------------------------------------------------------------------
# h11-11 Ethiopia, Tigray, 2022 (short)
D("h11-11", "S", "2022-01-20",
  "https://example-eastafrica-courier.com/ethiopia/2022/01/20/abi-adi-drone-strike-flour-mill",
  "Drone strike kills 17 at flour mill in Tigray, aid workers say",
  [
      "NAIROBI, January 20 (East Africa Courier) - A drone strike on a flour mill in the town of Abi Adi in Ethiopia's Tigray region killed seventeen people, most of them women waiting to grind grain, on Tuesday, two aid workers said.",
      "One of them said another 21 people were wounded, several critically.",
      "A spokesman for the Tigray People's Liberation Front blamed the Ethiopian air force and called the strike a 'deliberate massacre'.",
      "A government spokeswoman, Selamawit Desta, denied that the air force had carried out any strike in the area on Tuesday.",
      "Communications in Tigray have been cut for months, and the accounts could not be independently verified.",
      "The United Nations said last week that drone and air strikes had killed more than 100 civilians in Tigray since the start of the year.",
      "The war between the federal government and Tigrayan forces broke out in November 2020.",
  ],
  [
      E("Drone strike on a flour mill in Abi Adi killed seventeen people, mostly women, and wounded 21; TPLF blamed the air force, the government denied any strike.",
        "2022-01-18", "\"on Tuesday\" before publication Thursday 2022-01-20 -> Tuesday 2022-01-18",
        "Abi Adi", "Tigray", "ET", "explosion", "unknown", "civilians",
        killed=17, wounded=21, evidence=[0, 1, 2, 3],
        note="blame (TPLF: Ethiopian air force) denied by the government and nobody claims: unknown"),
  ],
  [
      F("killed", 100, "Tigray", [5], "civilians killed by drone and air strikes since the start of 2022"),
  ])

# ---------------------------------------------------------------------------
# h11-12 Sudan, Omdurman and North Darfur, 2023 (long)
D("h11-12", "L", "2023-07-06",
  "https://example-nile-dispatch.com/sudan/2023/07/06/omdurman-market-shelling",
  "Shells hit Omdurman market as army and RSF trade blame",
  [
      "CAIRO, July 6 (Nile Dispatch) - At least 18 people were killed and dozens wounded when artillery shells slammed into the Souq Libya market in western Omdurman on Wednesday afternoon, a neighbourhood emergency committee said.",
      "The committee, one of the volunteer groups that have organised aid since the war began in April, said the toll could rise because many of the wounded were in a critical condition.",
      "The army said in a statement that the shells were fired by the 'rebel militia', its term for the paramilitary Rapid Support Forces.",
      "The RSF denied it and said the army's own artillery had hit the market while shelling its fighters nearby.",
      "Both sides have accused each other of hitting hospitals, markets and homes in the capital.",
      "'People go to the market because they have no choice; there is no food at home,' said Amna Babiker, a volunteer who helped carry the wounded to al-Nao hospital.",
      "Many of the dead were buried in a nearby field because the roads to the cemeteries were too dangerous, she said.",
      "The RSF also launched a fresh assault on Wednesday on the army's Engineers Corps base in southern Omdurman, residents said, with heavy gunfire and drones heard for several hours.",
      "There was no word on casualties there.",
      "In North Darfur, the RSF said on Tuesday that it had taken control of the town of Kutum after the army withdrew from its garrison there.",
      "The army did not comment, but a resident said soldiers had pulled out of the town on Sunday night before the paramilitaries drove in on Monday morning.",
      "More than 2.9 million people have fled their homes since fighting broke out on 15 April, according to the International Organization for Migration.",
      "The health ministry has put the nationwide death toll at more than 3,000, though doctors' groups say the real figure is far higher.",
      "A ceasefire brokered by Saudi Arabia and the United States in May collapsed within days.",
  ],
  [
      E("Artillery shells hit the Souq Libya market in western Omdurman, killing at least 18 and wounding dozens; the army blamed the RSF, the RSF blamed the army.",
        "2023-07-05", "\"on Wednesday afternoon\" before publication Thursday 2023-07-06 -> Wednesday 2023-07-05",
        "Souq Libya market", "Khartoum", "SD", "explosion", "unknown", "civilians",
        killed=18, evidence=[0, 2, 3], note="each side blames the other: unknown; 'dozens' wounded not counted"),
      E("The RSF launched an assault on the army's Engineers Corps base in southern Omdurman.",
        "2023-07-05", "\"on Wednesday\" before publication Thursday 2023-07-06 -> Wednesday 2023-07-05",
        "Engineers Corps base", "Khartoum", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
        evidence=[7, 8]),
      E("The RSF took control of Kutum in North Darfur after the army withdrew from its garrison.",
        "2023-07-03", "RSF said so \"on Tuesday\" (Tuesday 2023-07-04); a resident says the paramilitaries drove in \"on Monday morning\" -> Monday 2023-07-03 (soldiers left \"on Sunday night\", Sunday 2023-07-02)",
        "Kutum", "North Darfur", "SD", "territory_gain", "Rapid Support Forces", "Sudanese Armed Forces",
        evidence=[9, 10]),
  ],
  [
      F("displaced", 2900000, "Sudan", [11], "since 15 April 2023"),
      F("killed", 3000, "Sudan", [12], "health ministry nationwide toll"),
  ])

# ---------------------------------------------------------------------------
# h11-13 Mozambique, Cabo Delgado, 2021 (short)
D("h11-13", "S", "2021-10-13",
  "https://example-cabodelgado-observer.co.mz/2021/10/13/chai-macomia-beheadings",
  "Insurgents behead four in Macomia village; Islamic State claims raid",
  [
      "PEMBA, October 13 (Cabo Delgado Observer) - Four villagers were beheaded and two others kidnapped when insurgents raided Chai, a village in Macomia district of Cabo Delgado province, early on Sunday, residents said.",
      "The militants burned about 30 homes and a health post before withdrawing into the bush, a local official said.",
      "Islamic State claimed the attack on Monday through its Amaq news agency, saying its fighters had killed seven 'Christians'.",
      "The group's local affiliate, known to residents as al-Shabaab, has waged an insurgency in the province since 2017.",
      "Rwandan and Mozambican troops retook the port town of Mocimboa da Praia from the insurgents in August, but smaller groups of fighters remain active in Macomia and Muidumbe districts.",
      "More than 800,000 people have been displaced by the conflict, according to the United Nations.",
  ],
  [
      E("Insurgents raided Chai in Macomia district, beheading four villagers, kidnapping two and burning about 30 homes; Islamic State claimed it (claiming seven dead).",
        "2021-10-10", "\"early on Sunday\" before publication Wednesday 2021-10-13 -> Sunday 2021-10-10",
        "Chai", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
        killed=4, evidence=[0, 1, 2],
        note="claimant is actor1; its claimed seven is not used; the local name 'al-Shabaab' is not the Somali group"),
  ],
  [
      F("displaced", 800000, "Cabo Delgado", [5]),
  ])

# ---------------------------------------------------------------------------
# h11-14 Pakistan, Khyber Pakhtunkhwa, 2023 (long)
D("h11-14", "L", "2023-11-29",
  "https://example-frontier-ledger.pk/2023/11/29/bannu-checkpoint-suicide-bombing",
  "Suicide bomber hits police checkpoint near Bannu; TTP denies role as little-known group claims",
  [
      "PESHAWAR, November 29 (Frontier Ledger) - A suicide bomber rammed an explosives-laden motorcycle into a police checkpoint at Baka Khel on the Bannu-Miranshah road late on Monday, killing four policemen and a passer-by, police said.",
      "Six other people, including three policemen, were wounded.",
      "One of the wounded officers died in hospital in Peshawar on Tuesday night, bringing the death toll to six, not counting the bomber, said Ziaullah Khan, a police spokesman.",
      "The Pakistani Taliban, or Tehrik-i-Taliban Pakistan (TTP), denied involvement in a message to journalists.",
      "Hours later, Tehreek-e-Jihad Pakistan, a little-known group that has claimed several attacks this year, said one of its fighters had carried out the bombing.",
      "Security officials believe the group is a front for the TTP, which ended a ceasefire with the government last November.",
      "Earlier on Monday, gunmen opened fire on a police van escorting polio vaccinators in Lakki Marwat district, killing one officer, police said.",
      "The vaccinators were unhurt. No group claimed that attack.",
      "Militant attacks in Khyber Pakhtunkhwa have risen sharply this year.",
      "More than 900 people were killed in militant violence in the province in the first ten months of the year, according to an Islamabad-based research institute.",
      "Police officers in Bannu say they are short of armoured vehicles and night-vision equipment.",
      "In January, a suicide bomber killed about 100 people, most of them policemen, at a mosque inside a police compound in Peshawar.",
      "The provincial government ordered an inquiry into how the bomber had reached the checkpoint.",
      "The army said separately on Wednesday that it would step up operations in North Waziristan, which borders Bannu, in the coming weeks.",
  ],
  [
      E("Suicide bomber rammed an explosives-laden motorcycle into a police checkpoint at Baka Khel; six dead besides the bomber after a wounded officer died, five still wounded; Tehreek-e-Jihad Pakistan claimed, TTP denied.",
        "2023-11-27", "\"late on Monday\" before publication Wednesday 2023-11-29 -> Monday 2023-11-27 (one wounded officer died \"on Tuesday night\", Tuesday 2023-11-28)",
        "Baka Khel", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehreek-e-Jihad Pakistan", "Pakistani security forces",
        killed=7, wounded=5, evidence=[0, 1, 2, 3, 4],
        note="6 + the bomber = 7; of the 6 wounded one died and is counted as killed, leaving 5; the claimant is actor1"),
      E("Gunmen opened fire on a police van escorting polio vaccinators in Lakki Marwat district, killing one officer.",
        "2023-11-27", "\"Earlier on Monday\": Monday 2023-11-27",
        "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
        killed=1, evidence=[6, 7]),
  ],
  [
      F("killed", 900, "Khyber Pakhtunkhwa", [9], "first ten months of 2023"),
  ])

# ---------------------------------------------------------------------------
# h11-15 Myanmar, Sagaing, 2022 (short)
D("h11-15", "S", "2022-04-27",
  "https://example-goldenland-wire.com/myanmar/2022/04/27/pale-monastery-air-strike",
  "Air strike kills nine at monastery sheltering displaced families, resistance says",
  [
      "MANDALAY, April 27 (Golden Land Wire) - Nine villagers, among them two children, were killed when a military jet bombed a monastery compound on the edge of the town of Pale in Sagaing region, where displaced families were sheltering, on Monday, a local resistance group said.",
      "The People's Defence Force group in Pale township said another 14 people were wounded.",
      "A spokesman for the military government said troops had been fired on from the area and that 'terrorists' were hiding in the monastery. He did not give a toll.",
      "Sagaing has seen some of the fiercest resistance to the military since it seized power in a coup in February last year.",
      "More than 300,000 people have been displaced in the region, according to UN estimates.",
      "Last week, resistance fighters said they had ambushed an army column on the road between Pale and Yinmabin, killing 11 soldiers, a claim the military did not address.",
  ],
  [
      E("A military jet bombed a monastery compound on the edge of Pale sheltering displaced families, killing nine and wounding 14.",
        "2022-04-25", "\"on Monday\" before publication Wednesday 2022-04-27 -> Monday 2022-04-25",
        "Pale", "Sagaing", "MM", "explosion", "Myanmar military", "civilians",
        killed=9, wounded=14, evidence=[0, 1, 2], note="the junta spokesman justifies rather than denies the strike"),
      E("Resistance fighters said they ambushed an army column on the road between Pale and Yinmabin (claiming 11 soldiers killed).",
        None, "\"Last week\"; day not stated",
        "road between Pale and Yinmabin", "Sagaing", "MM", "battle", "People's Defence Force", "Myanmar military",
        evidence=[5], optional=True, note="vaguely dated; the attackers' claimed 11 is not used"),
  ],
  [
      F("displaced", 300000, "Sagaing", [4]),
  ])

# ---------------------------------------------------------------------------
# h11-16 Ukraine, Zaporizhzhia and Nikopol, 2023 (long)
D("h11-16", "L", "2023-03-16",
  "https://example-dnipro-wire.com.ua/2023/03/16/zaporizhzhia-missile-strike-toll-13",
  "Death toll from missile strike on Zaporizhzhia apartment block rises to 13",
  [
      "ZAPORIZHZHIA, March 16 (Dnipro Wire) - Rescuers pulled two more bodies from the rubble of a five-storey apartment building in Zaporizhzhia's Oleksandrivskyi district on Thursday, raising the death toll from Tuesday's Russian missile strike to 13, regional officials said.",
      "Among the dead were two children, the regional military administration said. The number of wounded stood at 29.",
      "An initial count on Tuesday had put the toll at four.",
      "Russia's defence ministry said its forces had struck 'a temporary deployment point' of Ukrainian units in the city, without mentioning the apartment block.",
      "Ukraine's air force said the building was hit by an S-300 missile, a weapon designed to shoot down aircraft that Russia has increasingly used against ground targets.",
      "In the apartment block, residents said many people had ignored the air-raid alert because sirens sound several times a day.",
      "'I heard the whistle and then the whole stairwell came down,' said Olha, 54, who lived on the fourth floor and declined to give her surname.",
      "A day of mourning was declared in the city on Wednesday.",
      "Overnight into Thursday, Russian forces also shelled Nikopol, across the Dnipro river from the Russian-held Zaporizhzhia nuclear power plant, wounding a 67-year-old man and damaging power lines, the Dnipropetrovsk regional governor said.",
      "Nikopol has been shelled almost daily since last summer.",
      "In the south, Ukrainian forces said they had destroyed a Russian ammunition depot in the occupied town of Tokmak on Wednesday.",
      "Russian-installed officials in Tokmak reported explosions in the town but gave no details.",
      "The United Nations says it has verified more than 8,000 civilian deaths in Ukraine since the full-scale invasion began in February last year, and believes the true figure is considerably higher.",
      "Zaporizhzhia, which had a pre-war population of about 700,000, lies around 40 km from the front line.",
  ],
  [
      E("Russian missile hit a five-storey apartment building in Zaporizhzhia's Oleksandrivskyi district; toll rose from 4 to 13, 29 wounded.",
        "2023-03-14", "\"Tuesday's Russian missile strike\", reported Thursday 2023-03-16 -> Tuesday 2023-03-14",
        "Oleksandrivskyi district", "Zaporizhzhia", "UA", "explosion", "Russian armed forces", "civilians",
        killed=13, wounded=29, evidence=[0, 1, 2, 3], note="latest toll 13 stands"),
      E("Russian forces shelled Nikopol overnight, wounding a 67-year-old man.",
        "2023-03-15", "\"Overnight into Thursday\" (Thursday 2023-03-16): an overnight incident takes the first night, Wednesday 2023-03-15",
        "Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian armed forces", "civilians",
        wounded=1, evidence=[8]),
      E("Ukrainian forces said they destroyed a Russian ammunition depot in occupied Tokmak.",
        "2023-03-15", "\"on Wednesday\" before publication Thursday 2023-03-16 -> Wednesday 2023-03-15",
        "Tokmak", "Zaporizhzhia", "UA", "explosion", "Ukrainian armed forces", "Russian armed forces",
        evidence=[10, 11]),
  ],
  [
      F("killed", 8000, "Ukraine", [12], "UN-verified civilian deaths since February 2022"),
  ])

# ---------------------------------------------------------------------------
# h11-17 Colombia, Arauca, 2018 (short)
D("h11-17", "S", "2018-08-22",
  "https://example-andes-courier.co/2018/08/22/arauquita-police-station-explosive",
  "Explosive attack on police station in Arauquita kills two officers",
  [
      "ARAUCA, August 22 (Andes Courier) - Two police officers were killed and four injured when an explosive device went off against the wall of the police station in Arauquita, in the eastern department of Arauca, late on Tuesday, police said.",
      "The device had been hidden in a motorcycle parked beside the building, the regional police commander said.",
      "The defence minister blamed the National Liberation Army (ELN), the country's largest remaining guerrilla group, which is active along the border with Venezuela.",
      "The ELN, which has been holding on-and-off peace talks with the government in Havana, has not commented.",
      "In a separate incident on Sunday, soldiers clashed with ELN fighters in a rural area of the neighbouring municipality of Tame, the army said, without giving details of casualties.",
      "Arauca has long been one of the most violent regions of Colombia, with both the ELN and dissidents of the former FARC rebels fighting for control of drug routes.",
  ],
  [
      E("A bomb hidden in a parked motorcycle exploded against the Arauquita police station, killing two officers and injuring four; the defence minister blamed the ELN.",
        "2018-08-21", "\"late on Tuesday\" before publication Wednesday 2018-08-22 -> Tuesday 2018-08-21",
        "Arauquita", "Arauca", "CO", "explosion", "ELN", "Colombian security forces",
        killed=2, wounded=4, evidence=[0, 1, 2, 3], note="blame undisputed (the ELN did not comment)"),
      E("Soldiers clashed with ELN fighters in a rural area of Tame.",
        "2018-08-19", "\"on Sunday\" before publication Wednesday 2018-08-22 -> Sunday 2018-08-19",
        "Tame", "Arauca", "CO", "battle", "Colombian security forces", "ELN",
        evidence=[4]),
  ])

# ---------------------------------------------------------------------------
# h11-18 Mexico, Guanajuato and Tamaulipas, 2019 (long, no dateline)
D("h11-18", "L", "2019-06-20",
  "https://example-northern-beacon.mx/2019/06/20/salamanca-bar-shooting-nuevo-laredo-clash",
  "Gunmen kill nine at bar in Salamanca; soldiers kill six attackers in Nuevo Laredo",
  [
      "Armed men burst into a bar in the city of Salamanca, in the central state of Guanajuato, in the early hours of Wednesday and opened fire on customers, killing nine people, state prosecutors said.",
      "Five of the victims were women, among them two waitresses, the prosecutors' office said in a statement. Three more people were taken to hospital, one in a serious condition.",
      "No arrests had been made by Wednesday evening.",
      "Guanajuato's security chief said the killing was part of the turf war between the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel over fuel theft and drug sales, but did not say which side the gunmen belonged to.",
      "The state, an industrial hub that is home to several car plants, has become Mexico's most violent, with more than 1,200 murders in the first five months of the year, according to official data.",
      "In the northern border city of Nuevo Laredo, soldiers came under fire from gunmen travelling in several pickup trucks late on Tuesday and returned fire, killing six of the attackers, the defence ministry said.",
      "One soldier was wounded.",
      "The ministry said it had seized eight rifles, a grenade launcher and two vehicles fitted with armour plating.",
      "Local media said the gunmen belonged to the Northeast Cartel, which controls much of the city, but the ministry did not identify them.",
      "The same day, the bodies of four men were found dumped beside the highway between Nuevo Laredo and Monterrey with signs of torture, state officials said.",
      "President Andres Manuel Lopez Obrador, who took office in December, has promised to cut violence with a new National Guard, whose first units are due to deploy at the end of the month.",
      "Homicides in Mexico hit a record of more than 33,000 last year.",
  ],
  [
      E("Armed men opened fire on customers in a bar in Salamanca, killing nine (five women) and wounding three; no side named.",
        "2019-06-19", "\"in the early hours of Wednesday\" before publication Thursday 2019-06-20 -> Wednesday 2019-06-19",
        "Salamanca", "Guanajuato", "MX", "attack_on_civilians", "militants (unidentified)", "civilians",
        killed=9, wounded=3, evidence=[0, 1, 3], note="the security chief names the two warring cartels but not the perpetrator"),
      E("Gunmen in pickup trucks fired on soldiers in Nuevo Laredo; the soldiers returned fire, killing six attackers; one soldier wounded; local media said the gunmen were Northeast Cartel.",
        "2019-06-18", "\"late on Tuesday\" before publication Thursday 2019-06-20 -> Tuesday 2019-06-18",
        "Nuevo Laredo", "Tamaulipas", "MX", "battle", "Northeast Cartel", "Mexican security forces",
        killed=6, wounded=1, evidence=[5, 6, 8], note="blame by local media, not disputed by the ministry"),
      E("Bodies of four men with signs of torture found beside the Nuevo Laredo-Monterrey highway.",
        None, "found \"The same day\" as Tuesday 2019-06-18; the killing day is not given",
        "highway between Nuevo Laredo and Monterrey", "Tamaulipas", "MX", "attack_on_civilians", "unknown", "civilians",
        killed=4, evidence=[9], optional=True, note="bodies found; vaguely placed, killing undated"),
  ],
  [
      F("killed", 1200, "Guanajuato", [4], "murders, first five months of 2019"),
      F("killed", 33000, "Mexico", [11], "homicides in 2018"),
  ])

# ---------------------------------------------------------------------------
# h11-19 Philippines, Northern Samar, 2019 (short)
D("h11-19", "S", "2019-11-05",
  "https://example-visayas-tribune.ph/2019/11/05/las-navas-npa-clash",
  "Soldier killed, three hurt in clash with NPA rebels in Northern Samar",
  [
      "CATARMAN, November 5 (Visayas Tribune) - A soldier was killed and three others were wounded when an army patrol came under fire from communist guerrillas in the hinterlands of Las Navas town in Northern Samar on Sunday morning, the military said.",
      "The troops were checking reports that New People's Army rebels were extorting money from farmers when they were fired on, said a brigade spokesman, Captain Reynaldo Bautista.",
      "He said the 20-minute firefight left at least two rebels dead, based on blood trails and accounts from villagers.",
      "In a statement on Monday, the NPA's regional command said its fighters had killed five soldiers and lost none.",
      "The Maoist-led rebellion, one of Asia's longest-running, has killed an estimated 40,000 people since 1969.",
      "Peace talks between the government and the rebels' political wing collapsed in 2017.",
  ],
  [
      E("NPA guerrillas fired on an army patrol in the hinterlands of Las Navas; one soldier killed and three wounded; the army says at least two rebels died, the NPA says it lost none.",
        "2019-11-03", "\"on Sunday morning\" before publication Tuesday 2019-11-05 -> Sunday 2019-11-03",
        "Las Navas", "Eastern Visayas", "PH", "battle", "New People's Army", "Philippine security forces",
        killed=1, killed_high=3, wounded=3, evidence=[0, 1, 2, 3],
        note="1 soldier + 0 rebels (NPA's count of its own losses) vs 1 + 2 (army): 1 / 3; the NPA's claimed five soldiers is not used"),
  ],
  [
      F("killed", 40000, "Philippines", [4], "since 1969"),
  ])

# ---------------------------------------------------------------------------
# h11-20 Iraq, Mosul, 2017 (long)
D("h11-20", "L", "2017-04-12",
  "https://example-tigris-wire.com/iraq/2017/04/12/mosul-yarmouk-retaken-zuhur-drone",
  "Iraqi police retake Mosul's al-Yarmouk district; drone bomb kills shoppers in the east",
  [
      "MOSUL, April 12 (Tigris Wire) - Iraqi federal police raised the national flag over the al-Yarmouk district of western Mosul on Tuesday after two days of street fighting, their commander said on Wednesday, pushing closer to the Old City where Islamic State is making its last stand.",
      "The commander said 40 militants had been killed in the fighting and that his men had found the bodies of several foreign fighters. He did not give figures for his own losses.",
      "In the east of the city, which was retaken in January, a small drone flown by Islamic State dropped a bomb on a crowded vegetable market in the al-Zuhur district on Tuesday afternoon, killing four civilians and wounding 15, a police officer said.",
      "Two of the wounded, a boy and his father, died overnight, a doctor at a field hospital said.",
      "The militants have used commercial drones fitted with grenades and small bombs for months, turning them against troops and civilians alike.",
      "Residents who escaped the Old City this week described militants shooting at families trying to flee across the river.",
      "Aid agencies say about 400,000 people are still trapped in the Old City and nearby districts, where food and clean water are running out.",
      "More than 300,000 people have fled western Mosul since the offensive on that side of the Tigris began on 19 February, according to the International Organization for Migration.",
      "Iraqi officials have not published a toll for their forces since the campaign began in October, but a United Nations mission said in December that nearly 2,000 members of the security forces had been killed across Iraq in November alone.",
      "On Tuesday, the US-led coalition said its aircraft had carried out 14 strikes near Mosul the previous day, destroying fighting positions, mortar systems and vehicles.",
      "Islamic State seized Mosul in June 2014, when its fighters overran the city in a matter of days as Iraqi troops fled.",
      "Prime Minister Haider al-Abadi has said he expects the battle to be over within weeks.",
  ],
  [
      E("Federal police retook the al-Yarmouk district of western Mosul from Islamic State after two days of street fighting.",
        "2017-04-11", "flag raised \"on Tuesday\", commander speaking \"on Wednesday\" (publication Wednesday 2017-04-12) -> Tuesday 2017-04-11",
        "al-Yarmouk", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
        evidence=[0, 1], note="the advancing side's claimed 40 militants killed is not used; own losses not given"),
      E("An Islamic State drone dropped a bomb on a vegetable market in al-Zuhur, east Mosul; four civilians killed at once and two of the 15 wounded died overnight.",
        "2017-04-11", "\"on Tuesday afternoon\" before publication Wednesday 2017-04-12 -> Tuesday 2017-04-11",
        "al-Zuhur", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
        killed=6, wounded=13, evidence=[2, 3], note="4 + 2 who died of wounds = 6; 15 - 2 = 13 wounded"),
      E("Islamic State militants shot at families trying to flee the Old City across the river.",
        None, "\"this week\"; no day",
        "Old City", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
        evidence=[5], optional=True, note="aggregate of unspecified incidents"),
  ],
  [
      F("civilians_trapped", 400000, "Old City", [6]),
      F("displaced", 300000, "western Mosul", [7], "since 19 February 2017"),
      F("killed", 2000, "Iraq", [8], "security forces killed in November 2016"),
      F("other", 14, "Mosul", [9], "coalition strikes in one day"),
  ])

# ---------------------------------------------------------------------------
# h11-21 Syria, Idlib, 2018 (short)
D("h11-21", "S", "2018-01-10",
  "https://example-orontes-news.com/2018/01/10/maarat-al-numan-market-air-strike",
  "Air strikes on Maarat al-Numan market kill 11, rescuers say",
  [
      "BEIRUT, January 10 (Orontes News) - Eleven civilians, including four children, were killed on Tuesday when warplanes struck a busy market street in the town of Maarat al-Numan in Syria's Idlib province, rescue workers said.",
      "The civil defence, a rescue service that operates in rebel-held areas, blamed Syrian government aircraft, saying the jets had taken off from the Hama military airport.",
      "Syrian state media made no mention of the strike but said the army was advancing against 'terrorist groups' in the south of the province.",
      "Government troops backed by Russian air power captured several villages in southern Idlib last week as they pushed towards the Abu al-Duhur military airport.",
      "The United Nations says more than 100,000 people have fled the fighting since the start of December.",
      "'The market was full of people buying bread and fuel for heating,' said a rescuer, Mahmoud al-Hassan, who helped pull bodies from a collapsed shop.",
  ],
  [
      E("Warplanes struck a market street in Maarat al-Numan, killing 11 civilians including four children; rescuers blamed Syrian government aircraft.",
        "2018-01-09", "\"on Tuesday\" before publication Wednesday 2018-01-10 -> Tuesday 2018-01-09",
        "Maarat al-Numan", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
        killed=11, evidence=[0, 1, 2], note="blame by the civil defence, not disputed"),
      E("Government troops captured several villages in southern Idlib.",
        None, "\"last week\"; no day",
        "southern Idlib", "Idlib", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
        evidence=[3], optional=True, note="unnamed villages, vague date"),
  ],
  [
      F("displaced", 100000, "Idlib", [4], "since the start of December 2017"),
  ])

# ---------------------------------------------------------------------------
# h11-22 Afghanistan, Kabul, 2020 (short, no dateline)
D("h11-22", "S", "2020-09-17",
  "https://example-hindukush-herald.com/2020/09/17/kabul-magnetic-bomb-official",
  "Magnetic bomb kills provincial official in Kabul; Islamic State claims",
  [
      "A magnetic bomb stuck to a car killed a provincial official and his driver in the Karte Seh area of western Kabul on Wednesday morning, police said.",
      "The official, who worked for the governor's office in neighbouring Maidan Wardak province, was on his way to work, a police spokesman said. Two passers-by were wounded.",
      "Islamic State's Khorasan branch claimed the bombing in a statement late on Wednesday.",
      "The Taliban, who are holding peace talks with the Afghan government in Qatar that opened on Saturday, denied involvement.",
      "Sticky bombs have become a common weapon in the capital, used against officials, journalists and activists.",
      "More than 20 such attacks were recorded in Kabul in the first half of the year, according to a security analyst.",
  ],
  [
      E("Magnetic bomb stuck to a car killed a Maidan Wardak official and his driver in Karte Seh, west Kabul, wounding two passers-by; Islamic State claimed it.",
        "2020-09-16", "\"on Wednesday morning\" before publication Thursday 2020-09-17 -> Wednesday 2020-09-16",
        "Karte Seh", "Kabul", "AF", "explosion", "Islamic State", "Government of Afghanistan",
        killed=2, wounded=2, evidence=[0, 1, 2]),
  ],
  [
      F("other", 20, "Kabul", [5], "magnetic-bomb attacks, first half of 2020"),
  ])

# ---------------------------------------------------------------------------
# h11-23 Yemen, Nihm, Marib and Taiz, 2016 (long)
D("h11-23", "L", "2016-10-05",
  "https://example-arabian-peninsula-wire.com/yemen/2016/10/05/nihm-hilltops-marib-missile",
  "Government forces say they seized hilltops in Nihm; Houthi missile debris wounds three in Marib",
  [
      "MARIB, October 5 (Arabian Peninsula Wire) - Forces loyal to Yemen's internationally recognised government captured a series of hilltop positions in the Nihm district, northeast of Sanaa, on Tuesday after two days of fierce fighting with Houthi rebels, a military spokesman said.",
      "The spokesman, Saleh al-Mansouri, said 27 rebels were killed in the fighting, while his forces lost eight soldiers. Coalition aircraft supported the advance, he said.",
      "The Houthis' al-Masirah television said the rebels had 'foiled an infiltration attempt' in Nihm and inflicted heavy losses on 'mercenaries', without giving figures.",
      "Late on Tuesday, a ballistic missile fired by the Houthis at Marib city was intercepted by air defences, but falling debris wounded three civilians near the Sahn al-Jin military camp on the edge of the city, a local official said.",
      "The Houthis said they had hit a gathering of 'Saudi forces and mercenaries' at the camp, killing dozens.",
      "In the southwestern city of Taiz, a sniper killed a 12-year-old girl in the Salah district on Monday, according to a medical source, who said the shot came from a Houthi-held building.",
      "UN-sponsored peace talks in Kuwait collapsed in August, and fighting has intensified on several fronts since.",
      "The United Nations says more than 4,000 civilians have been killed since the Saudi-led coalition entered the war in March 2015. About 3 million Yemenis have been forced from their homes.",
      "Nihm controls one of the main approaches to the capital, which the Houthis seized in September 2014.",
      "Government commanders have said for months that they are preparing a final push on Sanaa, but the front has barely moved.",
  ],
  [
      E("Government forces captured hilltop positions in Nihm district after two days of fighting with the Houthis; they lost eight soldiers (they claim 27 rebels); the Houthis say they foiled the attempt.",
        "2016-10-04", "\"on Tuesday\" before publication Wednesday 2016-10-05 -> Tuesday 2016-10-04",
        "Nihm", "Sanaa", "YE", "territory_gain", "Yemeni government forces", "Houthis",
        killed=8, evidence=[0, 1, 2],
        note="own losses (8) count; the advancing side's claimed 27 rebels is not used; Houthi denial noted"),
      E("Debris from an intercepted Houthi ballistic missile fired at Marib wounded three civilians near the Sahn al-Jin camp.",
        "2016-10-04", "\"Late on Tuesday\" before publication Wednesday 2016-10-05 -> Tuesday 2016-10-04",
        "Sahn al-Jin", "Marib", "YE", "explosion", "Houthis", "civilians",
        wounded=3, evidence=[3, 4], note="the Houthis' claimed 'dozens' is not used"),
      E("A sniper firing from a Houthi-held building killed a 12-year-old girl in Taiz's Salah district.",
        "2016-10-03", "\"on Monday\" before publication Wednesday 2016-10-05 -> Monday 2016-10-03",
        "Salah district", "Taiz", "YE", "attack_on_civilians", "Houthis", "civilians",
        killed=1, evidence=[5]),
  ],
  [
      F("killed", 4000, "Yemen", ["The United Nations says more than 4,000 civilians have been killed since the Saudi-led coalition entered the war in March 2015."], "civilians since March 2015"),
      F("displaced", 3000000, "Yemen", ["About 3 million Yemenis have been forced from their homes."]),
  ])

# ---------------------------------------------------------------------------
# h11-24 Somalia, Beledweyne, 2022 (short)
D("h11-24", "S", "2022-06-15",
  "https://example-hornwire.com/somalia/2022/06/15/beledweyne-mortar-elders-meeting",
  "Mortar shells hit Beledweyne as elders meet; two killed",
  [
      "BELEDWEYNE, June 15 (Horn Wire) - Two people were killed and seven wounded late on Tuesday when mortar shells landed near a hotel where clan elders and officials were meeting in Beledweyne, the capital of Somalia's Hiiraan region, witnesses said.",
      "Most of the shells fell on homes in the nearby Koshin neighbourhood, said Halima Ahmed, a nurse at the town's main hospital, who said the dead were a woman and her teenage son.",
      "Al-Shabaab said on its radio station that it had targeted the meeting, which was discussing the region's seats in parliament.",
      "The militants have shelled the town several times this year, most recently during the swearing-in of the regional leader in April.",
      "Ethiopian troops and Somali forces in Hiiraan have been fighting the group in villages west of the Shabelle river.",
  ],
  [
      E("Al-Shabaab mortar shells aimed at an elders' meeting fell on homes in Beledweyne's Koshin neighbourhood, killing a woman and her son and wounding seven.",
        "2022-06-14", "\"late on Tuesday\" before publication Wednesday 2022-06-15 -> Tuesday 2022-06-14",
        "Koshin", "Hiiraan", "SO", "explosion", "al-Shabaab", "civilians",
        killed=2, wounded=7, evidence=[0, 1, 2]),
  ])

# ---------------------------------------------------------------------------
# h11-25 Nigeria, Borno, 2021 (long)
D("h11-25", "L", "2021-03-24",
  "https://example-sahel-standard.ng/2021/03/24/gubio-base-overrun-retaken",
  "Insurgents overrun army base in Gubio; troops retake town a day later",
  [
      "MAIDUGURI, March 24 (Sahel Standard) - Islamic State West Africa Province fighters overran a military base in the northern Borno town of Gubio on Sunday evening and held the town for nearly a day before troops backed by air strikes pushed them out, residents and security sources said.",
      "The militants arrived in about 20 gun trucks shortly before sunset and attacked the base from three sides, a soldier who took part in the fighting said, speaking on condition of anonymity because he was not allowed to talk to reporters.",
      "He said at least 11 soldiers were killed and that the attackers took away armoured vehicles and weapons.",
      "The insurgents then burned the district police station and a clinic and went from house to house looking for members of the Civilian Joint Task Force, a vigilante group that fights alongside the army, residents said.",
      "Two vigilantes and a civilian were killed, according to Umar Ali, a vigilante commander.",
      "By Monday evening, residents said, soldiers were back in the town and the militants had withdrawn towards the shores of Lake Chad.",
      "The army said in a statement on Tuesday that troops had 'neutralised' 31 terrorists in a clearance operation in Gubio on Monday, but it made no mention of the base being overrun or of its own losses.",
      "Thousands of residents fled to Maiduguri, about 90 km away, on foot and in donkey carts, a local official said.",
      "The Borno state government said about 6,000 people had arrived at camps in Maiduguri since Sunday.",
      "The attack was the latest in a series of raids on military bases that ISWAP has carried out since 2018, often seizing weapons and vehicles.",
      "Separately, a suicide bomber blew herself up at the entrance to a mosque in Konduga, about 35 km southeast of Maiduguri, on Monday, killing two worshippers as well as herself, police said.",
      "Five other people were wounded.",
      "Police blamed Boko Haram's Shekau faction, which has used women and girls as suicide bombers for years.",
      "The conflict in northeast Nigeria has killed more than 35,000 people and displaced about 2 million since 2009, according to the United Nations.",
      "Seven years ago this month, Boko Haram fighters stormed the Giwa barracks in Maiduguri, freeing hundreds of detainees.",
  ],
  [
      E("ISWAP fighters overran the military base in Gubio and held the town; at least 11 soldiers, two vigilantes and a civilian killed.",
        "2021-03-21", "\"on Sunday evening\" before publication Wednesday 2021-03-24 -> Sunday 2021-03-21",
        "Gubio", "Borno", "NG", "territory_gain", "Boko Haram", "Nigerian security forces",
        killed=14, evidence=[0, 1, 2, 3, 4], note="11 + 2 + 1 = 14; ISWAP is filed under Boko Haram (canonical table)"),
      E("Troops backed by air strikes retook Gubio from ISWAP (the army claims 31 'neutralised').",
        "2021-03-22", "\"By Monday evening\" / clearance operation \"on Monday\" (Monday 2021-03-22), army statement \"on Tuesday\" (Tuesday 2021-03-23)",
        "Gubio", "Borno", "NG", "territory_gain", "Nigerian security forces", "Boko Haram",
        evidence=[0, 5, 6], note="the retaking side's claimed 31 is not used"),
      E("Female suicide bomber blew herself up at the entrance to a mosque in Konduga, killing two worshippers and herself and wounding five; police blamed Boko Haram.",
        "2021-03-22", "\"on Monday\" before publication Wednesday 2021-03-24 -> Monday 2021-03-22",
        "Konduga", "Borno", "NG", "explosion", "Boko Haram", "civilians",
        killed=3, wounded=5, evidence=[10, 11, 12], note="2 worshippers + the bomber = 3"),
  ],
  [
      F("displaced", 6000, "Maiduguri", [8], "arrivals from Gubio since Sunday"),
      F("killed", 35000, "northeast Nigeria", [13], "since 2009"),
      F("displaced", 2000000, "northeast Nigeria", [13], "since 2009"),
  ])

# ---------------------------------------------------------------------------
# h11-26 Mali, Gao and Kidal, 2022 (long)
D("h11-26", "L", "2022-11-10",
  "https://example-sahel-dispatch.com/mali/2022/11/10/gao-ansongo-convoy-ambush",
  "Mali: convoy ambushed on Gao-Ansongo road; army says drone strike hit 'terrorists'",
  [
      "BAMAKO, November 10 (Sahel Dispatch) - At least nine soldiers and a civilian driver were killed when a supply convoy was ambushed on Tuesday around 40 km south of Gao, on the road to Ansongo, a local official and a security source said.",
      "The convoy, made up of fuel tankers and army trucks, struck a mine before gunmen opened fire from both sides of the road, the security source said. Fourteen other people were wounded.",
      "The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack on Wednesday, saying it had destroyed 12 vehicles and killed 'dozens' of soldiers.",
      "The army confirmed the ambush but said five people had been killed, four soldiers and the driver, adding that 'several terrorists' had been neutralised.",
      "On Wednesday, the army said its drones had struck a group of 'terrorists' on motorcycles near Tin-Hama, in the Ansongo area, killing 'about fifteen' of them.",
      "Residents said the strike hit a weekly gathering of herders and that several civilians were among the dead.",
      "Traders in Gao said fuel prices had doubled since the convoy attack as drivers refused to use the road. 'Nobody wants to drive south of Gao now,' said Moussa Maiga, a transport company owner.",
      "The area around Ansongo and Menaka has seen fierce fighting this year between JNIM and the Islamic State in the Sahel, which has killed hundreds of civilians since March.",
      "MINUSMA, the UN peacekeeping mission, said on Thursday that one of its vehicles had struck an explosive device near Tessalit in the Kidal region on Wednesday, wounding three peacekeepers.",
      "The mission has lost more than 170 peacekeepers to hostile acts since it was deployed in 2013, making it the deadliest current UN operation.",
      "France completed the withdrawal of its last troops from Mali in August, after relations with the ruling junta broke down.",
      "Mali's transitional authorities have promised to hold elections in February 2024.",
  ],
  [
      E("Supply convoy hit a mine and was fired on around 40 km south of Gao on the Ansongo road; 9 soldiers and a driver killed (local sources) or 5 (army), 14 wounded; JNIM claimed it.",
        "2022-11-08", "\"on Tuesday\" before publication Thursday 2022-11-10 -> Tuesday 2022-11-08",
        "40 km south of Gao", "Gao", "ML", "battle", "JNIM", "Malian Armed Forces",
        killed=5, killed_high=10, wounded=14, evidence=[0, 1, 2, 3],
        note="5 (army) vs 9 + 1 = 10 (local official and security source); JNIM's 'dozens' not used; ambush opened by a mine but fought mostly by gunfire: battle"),
      E("Army drones struck a group on motorcycles near Tin-Hama; the army claims about fifteen 'terrorists' killed, residents say civilians were among the dead.",
        None, "the army spoke \"On Wednesday\" (Wednesday 2022-11-09), only the reporting day; the strike's own day is not given",
        "Tin-Hama", "Gao", "ML", "explosion", "Malian Armed Forces", "militants (unidentified)",
        evidence=[4, 5], note="the striking side's claimed toll is not used; 'several' civilians is vague"),
      E("A MINUSMA vehicle struck an explosive device near Tessalit, wounding three peacekeepers.",
        "2022-11-09", "\"on Wednesday\" before publication Thursday 2022-11-10 -> Wednesday 2022-11-09",
        "Tessalit", "Kidal", "ML", "explosion", "unknown", "MINUSMA",
        wounded=3, evidence=[8]),
  ],
  [
      F("killed", 170, "Mali", [9], "MINUSMA peacekeepers killed by hostile acts since 2013"),
  ])

# ---------------------------------------------------------------------------
# h11-27 DR Congo, Ituri, 2024 (long; trial, no incident)
D("h11-27", "L", "2024-02-07",
  "https://example-greatlakes-monitor.org/2024/02/07/bunia-military-court-djugu-camp-trial",
  "Bunia military court opens trial over 2022 displacement camp killings",
  [
      "BUNIA, February 7 (Great Lakes Monitor) - A military court in Bunia, the capital of Congo's Ituri province, on Tuesday opened the trial of 14 men accused of taking part in the killing of dozens of displaced people at a camp in Djugu territory two years ago.",
      "The defendants, alleged members of the CODECO militia, face charges of crimes against humanity, murder and the recruitment of child soldiers.",
      "Prosecutors say at least 58 people, most of them women and children, were killed with machetes and guns during the night-time attack on the camp in February 2022.",
      "All of the defendants pleaded not guilty.",
      "A defence lawyer said his clients had been arrested 'on the basis of rumours' and that several of them had been minors at the time.",
      "The court, sitting in a hall packed with survivors and relatives, adjourned until Monday to hear the first witnesses.",
      "'I want to look them in the eyes,' said a woman who lost three children in the attack and travelled from a camp near Bunia to attend.",
      "Ituri has been torn by violence between the Lendu and Hema communities since the late 1990s, and the conflict flared again in 2017.",
      "The United Nations says more than 1.6 million people are displaced in the province.",
      "The military authorities who have governed Ituri and neighbouring North Kivu under a 'state of siege' since May 2021 have been criticised for failing to stop attacks on civilians.",
      "Human rights groups welcomed the trial but said the commanders who ordered the attacks remained free.",
      "Several militia leaders signed a ceasefire with the government in 2020, but it has been repeatedly broken.",
      "The trial is expected to last several weeks.",
  ],
  [],
  [
      F("displaced", 1600000, "Ituri", [8]),
  ])

# ---------------------------------------------------------------------------
# h11-28 Colombia, sport page, 2016 (short; no incident)
D("h11-28", "S", "2016-04-11",
  "https://example-andes-sport.co/futbol/2016/04/11/nacional-millonarios-rout",
  "Nacional bombard Millonarios in Medellin rout",
  [
      "MEDELLIN, April 11 (Andes Sport) - Atletico Nacional laid siege to the Millonarios goal from the first whistle on Sunday and ran out 4-0 winners at the Atanasio Girardot stadium, a massacre that left the Bogota side's coach fearing for his job.",
      "The league leaders opened fire after only six minutes, when their young striker Julian Ospina buried a low shot in the corner.",
      "Two more goals before half-time killed off the contest, and a late penalty completed the rout in front of 40,000 fans.",
      "'We were shot to pieces,' the visitors' captain admitted afterwards.",
      "Nacional, who have lost only once in 12 matches this season, travel to Brazil on Wednesday for a Copa Libertadores clash.",
      "Millonarios, who have won only two of their last eight games, host Junior in Bogota next weekend with their coach under fire from the stands.",
  ])

# ---------------------------------------------------------------------------
# h11-29 Philippines, business page, 2015 (short; no incident; no dateline)
D("h11-29", "S", "2015-08-25",
  "https://example-manila-ledger.ph/business/2015/08/25/psei-bloodbath",
  "Bloodbath on Philippine stocks as China fears hit Manila",
  [
      "Philippine shares suffered their worst day in seven years on Monday as a global sell-off triggered by fears over China's economy tore through Asian markets.",
      "The main index plunged 6.7 percent, with traders describing a massacre in property and bank stocks as foreign funds dumped shares.",
      "'It was carnage from the opening bell,' said Marco Villanueva, a trader in Makati.",
      "The peso also came under attack, sliding to its weakest level against the dollar in more than five years before the central bank stepped in.",
      "Analysts said the market could suffer more casualties this week if the rout in Shanghai continued.",
      "Several large companies put share offerings on hold, with one banker saying the deals had been 'shot down before they reached the runway'.",
      "Manila was not alone: markets from Tokyo to Jakarta were hit, and Shanghai's benchmark fell more than 8 percent.",
  ])

# ---------------------------------------------------------------------------
# h11-30 Yemen, aid appeal, 2021 (long; no incident)
D("h11-30", "L", "2021-12-02",
  "https://example-arabian-peninsula-wire.com/yemen/2021/12/02/aid-agencies-appeal-famine-warning",
  "Aid agencies warn of famine in Yemen as Marib fighting drives new displacement",
  [
      "ADEN, December 2 (Arabian Peninsula Wire) - A group of aid agencies appealed on Thursday for urgent funding for Yemen, warning that millions of people could slip into famine next year as fighting around the city of Marib drives new waves of displacement.",
      "In a joint statement, dated Wednesday, 1 December 2021, 14 organisations said more than 16 million Yemenis did not know where their next meal would come from.",
      "The groups said about 4 million people had been displaced since the war began, including more than 70,000 who fled fighting in Marib province since September.",
      "'Families are being displaced for the third or fourth time, and many are now living in the open as winter sets in,' said Hana Saeed, who coordinates the appeal.",
      "The statement did not blame any party but urged 'all sides' to stop attacks on civilian areas and to let aid convoys cross front lines.",
      "Last year, it said, one in three civilian casualties in Yemen was caused by shelling and ground fighting rather than air strikes.",
      "The UN-led humanitarian response plan for this year received just over half of the $3.85 billion requested.",
      "Aid agencies also warned that restrictions on fuel imports through the port of Hodeidah had pushed up food prices and forced hospitals to ration electricity.",
      "The Saudi-led coalition intervened in March 2015 to restore the government after the Houthis seized the capital, Sanaa.",
      "The United Nations estimated last month that the war will have killed 377,000 people by the end of the year, directly or through hunger and disease.",
      "Fighting on the Marib front has killed thousands of combatants this year, according to military sources on both sides, though neither publishes full tolls.",
      "Cholera, which infected more than 2 million people between 2016 and 2020, remains a threat in crowded camps, the groups said.",
      "The appeal comes ahead of a donor meeting expected early next year.",
  ],
  [],
  [
      F("other", 16000000, "Yemen", [1], "food insecure"),
      F("displaced", 4000000, "Yemen", ["The groups said about 4 million people had been displaced since the war began"]),
      F("displaced", 70000, "Marib", [2], "since September 2021"),
      F("killed", 377000, "Yemen", [9], "UN projection to end of 2021, direct and indirect"),
      F("other", 2000000, "Yemen", [11], "cholera cases 2016-2020"),
  ])

# ---------------------------------------------------------------------------
# h11-31 Iraq, anniversary, 2019 (short; no incident)
D("h11-31", "S", "2019-06-12",
  "https://example-tigris-wire.com/iraq/2019/06/12/speicher-anniversary-tikrit",
  "Families mark fifth anniversary of Speicher massacre in Tikrit",
  [
      "TIKRIT, June 12 (Tigris Wire) - Hundreds of relatives of the air force cadets massacred by Islamic State near Tikrit gathered on Wednesday at the former presidential palaces where many of them were shot, to mark five years since the killings.",
      "The militants captured about 1,700 unarmed recruits as they fled Camp Speicher air base in June 2014 and executed most of them over several days, filming some of the killings.",
      "Mass graves holding the remains of hundreds of victims have been found around Tikrit since the city was retaken in 2015.",
      "'We still have no grave to visit,' said Hussein Kadhim, whose 19-year-old brother has never been identified.",
      "Iraqi courts have sentenced dozens of men to death over the massacre, and some were hanged in 2016.",
      "Security was tight, with police closing the roads into the palace compound.",
      "Prime Minister Adel Abdul Mahdi promised in a statement to identify the remaining victims.",
  ])

# ---------------------------------------------------------------------------
# h11-32 Mexico, statistics, 2024 (long; no incident)
D("h11-32", "L", "2024-01-23",
  "https://example-northern-beacon.mx/2024/01/23/mexico-murders-2023-data",
  "Mexico's murders fell slightly in 2023, but violence spread, data show",
  [
      "MEXICO CITY, January 23 (Northern Beacon) - Mexico recorded 29,675 murder victims last year, a fall of about 5 percent from 2022, according to preliminary figures published on Monday by the national public security system.",
      "The government hailed the figures as proof that its strategy of addressing the root causes of crime was working.",
      "But security analysts said the decline was modest and that violence had spread to states that were once relatively calm, such as Chiapas and Tabasco.",
      "Guanajuato remained the deadliest state for the sixth year running, with more than 3,000 victims, followed by Baja California and the State of Mexico.",
      "The figures do not include the disappeared: a national register lists more than 110,000 people as missing, most of them since 2006.",
      "Human rights groups said many murders were recorded as other crimes, or never reported at all.",
      "'A fall of five percent is not a victory when the country still sees close to 80 killings a day,' said Lucia Ramirez, a researcher at a Mexico City think tank.",
      "In Chiapas, fighting between the Sinaloa and Jalisco cartels for smuggling routes to Guatemala has forced thousands of people from their homes.",
      "Killings of police rose: 412 officers were killed in 2023, according to a civil society group that tracks such cases, up from 403 the year before.",
      "The president, whose six-year term ends in September, has deployed the National Guard across the country and handed the military a growing role in public security.",
      "Election monitors have warned of attacks on local candidates, more than 30 of whom were killed in the run-up to the 2021 midterm elections.",
      "Candidates in the June presidential election have promised to tackle violence, though few have offered detailed plans.",
  ],
  [],
  [
      F("killed", 29675, "Mexico", [0], "murder victims in 2023"),
      F("killed", 3000, "Guanajuato", [3], "murder victims in 2023"),
      F("other", 110000, "Mexico", [4], "people registered as missing"),
      F("killed", 412, "Mexico", [8], "police officers killed in 2023"),
      F("killed", 403, "Mexico", [8], "police officers killed in 2022"),
      F("killed", 30, "Mexico", [10], "local candidates killed before the 2021 midterms"),
  ])

# ---------------------------------------------------------------------------
# h11-33 Ukraine, Kharkiv, 2022 (short)
D("h11-33", "S", "2022-05-19",
  "https://example-dnipro-wire.com.ua/2022/05/19/kharkiv-saltivka-shelling",
  "Shelling of Kharkiv's Saltivka kills two",
  [
      "KHARKIV, May 19 (Dnipro Wire) - Two people were killed and five wounded when Russian shells hit a residential street in the northern Saltivka district of Kharkiv on Wednesday, the regional governor said.",
      "One of the dead, a 70-year-old man, had been queuing for bread, he said.",
      "Ukrainian troops have pushed Russian forces back from the outskirts of the city in recent weeks, but shells and rockets still reach the northern districts.",
      "The mayor said about 2,000 residential buildings in the city had been damaged since the invasion began on 24 February.",
      "Many residents of Saltivka have spent weeks living in metro stations.",
  ],
  [
      E("Russian shells hit a residential street in Kharkiv's Saltivka district, killing two and wounding five.",
        "2022-05-18", "\"on Wednesday\" before publication Thursday 2022-05-19 -> Wednesday 2022-05-18",
        "Saltivka", "Kharkiv", "UA", "explosion", "Russian armed forces", "civilians",
        killed=2, wounded=5, evidence=[0, 1]),
      E("Ukrainian troops pushed Russian forces back from the outskirts of Kharkiv.",
        None, "\"in recent weeks\"; no day",
        "outskirts of Kharkiv", "Kharkiv", "UA", "territory_gain", "Ukrainian armed forces", "Russian armed forces",
        evidence=[2], optional=True, note="aggregate, vaguely dated and placed"),
  ],
  [
      F("other", 2000, "Kharkiv", [3], "residential buildings damaged since 24 February 2022"),
  ])

# ---------------------------------------------------------------------------
# h11-34 Ethiopia, Amhara, 2021 (long)
D("h11-34", "L", "2021-08-12",
  "https://example-eastafrica-courier.com/ethiopia/2021/08/12/weldiya-shelling-gashena-fighting",
  "Tigrayan forces shell Weldiya outskirts; Amhara forces say attack near Gashena beaten back",
  [
      "ADDIS ABABA, August 12 (East Africa Courier) - Tigrayan forces shelled the outskirts of Weldiya, a town in Ethiopia's Amhara region, on Wednesday, killing four civilians, a hospital official in the town said.",
      "Eleven other people were wounded, among them three children, said the official, who spoke on condition of anonymity.",
      "A spokesman for the Tigrayan forces, reached by satellite phone, denied targeting civilians and said his fighters had fired only on 'military positions' around the town.",
      "Further west, Amhara regional special forces and militiamen said they had beaten back an attack by Tigrayan fighters on their positions near Gashena, a crossroads town on the road to Lalibela, on Tuesday.",
      "They said they had inflicted 'heavy losses' on the attackers. The Tigrayan side said the fighting at Gashena was continuing.",
      "Tigrayan forces captured the town of Lalibela, home to a UNESCO World Heritage site of rock-hewn churches, last week.",
      "The federal government has called on all able-bodied citizens to join the fight against the Tigrayans, whose party it has labelled a terrorist organisation.",
      "The UN's humanitarian office said on Wednesday that more than 300,000 people had been displaced in Amhara and Afar by the fighting since July.",
      "Aid workers said food supplies were running low in Weldiya, which is hosting thousands of people who fled the fighting further north.",
      "In Tigray itself, where the war began in November, the UN estimates that 400,000 people are living in famine conditions.",
      "'The sound of the guns starts every evening and goes on until morning,' said Mulugeta Assefa, a teacher in Weldiya.",
      "Ethiopia's government declared a unilateral ceasefire in June and withdrew its troops from Tigray, but the Tigrayan forces then pushed into neighbouring regions.",
      "Tigrayan leaders say they want to break a blockade of their region and are not seeking to annex territory.",
  ],
  [
      E("Tigrayan forces shelled the outskirts of Weldiya, killing four civilians and wounding 11; their spokesman denied targeting civilians but not firing.",
        "2021-08-11", "\"on Wednesday\" before publication Thursday 2021-08-12 -> Wednesday 2021-08-11",
        "Weldiya", "Amhara", "ET", "explosion", "Tigrayan forces", "civilians",
        killed=4, wounded=11, evidence=[0, 1, 2],
        note="the spokesman denies the target, not the shelling: actor1 stays the Tigrayan forces"),
      E("Tigrayan fighters attacked Amhara regional forces' positions near Gashena and were beaten back.",
        "2021-08-10", "\"on Tuesday\" before publication Thursday 2021-08-12 -> Tuesday 2021-08-10",
        "Gashena", "Amhara", "ET", "battle", "Tigrayan forces", "Amhara regional forces",
        evidence=[3, 4], note="'heavy losses' is vague"),
      E("Tigrayan forces captured Lalibela.",
        None, "\"last week\"; no day",
        "Lalibela", "Amhara", "ET", "territory_gain", "Tigrayan forces", "Ethiopian security forces",
        evidence=[5], optional=True, note="vaguely dated"),
  ],
  [
      F("displaced", 300000, "Amhara and Afar", [7], "since July 2021"),
      F("other", 400000, "Tigray", [9], "people in famine conditions"),
  ])

# ---------------------------------------------------------------------------
# h11-35 Myanmar, Rakhine, 2024 (long)
D("h11-35", "L", "2024-03-28",
  "https://example-goldenland-wire.com/myanmar/2024/03/28/arakan-army-ann-outpost-minbya-strike",
  "Arakan Army says it seized outpost near Ann; air strike kills 14 in Minbya",
  [
      "YANGON, March 28 (Golden Land Wire) - The Arakan Army said on Thursday that its fighters had captured an army outpost on the Ann-Padan road, about 15 km east of the town of Ann, after two days of fighting that ended on Tuesday.",
      "The ethnic armed group said 23 soldiers had been killed and 40 taken prisoner, and it released photographs of captured weapons. The military did not comment.",
      "Fourteen people, most of them women and children, were killed on Sunday night when a military jet bombed a market in Minbya, a town the Arakan Army captured last month, residents and a local aid group said.",
      "At least 30 people were wounded, said a volunteer with a rescue group who helped move the injured to a clinic in Mrauk-U.",
      "'We could hear the jet circling before it dropped the bombs,' he said.",
      "On Monday, residents were still searching the rubble for two missing children.",
      "The junta has carried out frequent air strikes on areas the Arakan Army has taken since the group broke a ceasefire in November.",
      "The group, which is fighting for self-rule for the ethnic Rakhine population, now controls most of central and northern Rakhine.",
      "Separately, the military's information team said on Wednesday that naval and air units had repelled an Arakan Army attack near Kyaukphyu, where China is building a deep-sea port, without giving casualty figures.",
      "More than 300,000 people have been displaced in Rakhine since the fighting resumed, according to UN figures.",
      "Rights groups have accused both sides of forcibly recruiting young Rohingya men.",
      "Across Myanmar, the military has suffered a string of defeats since an alliance of armed groups launched an offensive in Shan state in October.",
      "The junta introduced conscription in February to replenish its ranks.",
  ],
  [
      E("The Arakan Army captured an army outpost on the Ann-Padan road, about 15 km east of Ann, after two days of fighting (claiming 23 soldiers killed, 40 captured).",
        "2024-03-26", "fighting \"ended on Tuesday\" (Tuesday 2024-03-26); group speaking \"on Thursday\" (publication Thursday 2024-03-28)",
        "15 km east of Ann", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar military",
        evidence=[0, 1], note="the captor's claimed 23 dead is not used"),
      E("A military jet bombed a market in Minbya, killing fourteen people and wounding at least 30.",
        "2024-03-24", "\"on Sunday night\" before publication Thursday 2024-03-28 -> Sunday 2024-03-24",
        "Minbya", "Rakhine", "MM", "explosion", "Myanmar military", "civilians",
        killed=14, wounded=30, evidence=[2, 3]),
      E("Naval and air units repelled an Arakan Army attack near Kyaukphyu.",
        None, "\"said on Wednesday\" is only the reporting day (Wednesday 2024-03-27); the attack's day is not given",
        "Kyaukphyu", "Rakhine", "MM", "battle", "Arakan Army", "Myanmar military",
        evidence=[8]),
  ],
  [
      F("displaced", 300000, "Rakhine", [9], "since November 2023"),
  ])

# ---------------------------------------------------------------------------
# h11-36 Burkina Faso, Est region, 2018 (short)
D("h11-36", "S", "2018-10-30",
  "https://example-westafrica-daily.com/burkina-faso/2018/10/30/fada-pama-road-mine-gendarmes",
  "Six gendarmes killed as mine hits patrol in eastern Burkina",
  [
      "FADA N'GOURMA, October 30 (West Africa Daily) - Six gendarmes were killed when their vehicle hit a homemade mine on the road between Fada N'Gourma and Pama on Monday afternoon, a security source said.",
      "The patrol had been sent to secure the road after an attack on a customs post in the area last week, the source added.",
      "Two other gendarmes were wounded and flown to the capital, Ouagadougou. No group has claimed the attack.",
      "Armed groups have laid mines on roads in eastern Burkina Faso since the summer, a tactic previously seen mainly in neighbouring Mali.",
      "In a separate incident overnight, gunmen killed a village chief and his son in their home in the town of Gayeri, in neighbouring Komondjari province, a local councillor said.",
  ],
  [
      E("A gendarmerie vehicle hit a homemade mine on the Fada N'Gourma-Pama road, killing six gendarmes and wounding two.",
        "2018-10-29", "\"on Monday afternoon\" before publication Tuesday 2018-10-30 -> Monday 2018-10-29",
        "road between Fada N'Gourma and Pama", "Est", "BF", "explosion", "unknown", "Burkinabe security forces",
        killed=6, wounded=2, evidence=[0, 2]),
      E("Attack on a customs post in the area.",
        None, "\"last week\"; no day",
        "customs post", "Est", "BF", "battle", "unknown", "Burkinabe security forces",
        evidence=[1], optional=True, note="vaguely placed and dated"),
      E("Gunmen killed a village chief and his son in their home in Gayeri.",
        "2018-10-29", "\"overnight\" in a report published Tuesday 2018-10-30: the night of Monday 2018-10-29 into Tuesday 2018-10-30; an overnight incident takes the first night",
        "Gayeri", "Est", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
        killed=2, evidence=[4]),
  ])


# ===========================================================================
# checks
# ===========================================================================
FAIL = []


def fail(doc, msg):
    FAIL.append(f"{doc}: {msg}")


def body_text(d):
    return "\n\n".join(d["paras"])


def full_text(d):
    return d["headline"] + "\n\n" + body_text(d)


SENT_END = re.compile(r"[.!?]['\"]?\s+(?=[A-Z0-9'\"])")


def count_sentences(paras):
    n = 0
    for p in paras:
        p = p.strip()
        if p:
            n += len(SENT_END.findall(p)) + 1
    return n


def resolve(d, pieces, where):
    out = []
    for p in pieces:
        if isinstance(p, int):
            if not 0 <= p < len(d["paras"]):
                fail(d["id"], f"{where}: paragraph index {p} out of range")
                continue
            out.append(d["paras"][p])
        else:
            out.append(p)
    if not out:
        fail(d["id"], f"{where}: no evidence")
    return " [...] ".join(out)


ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
WD = "|".join(WEEKDAYS)


def check_date_note(doc, where, note, date):
    if not note:
        fail(doc, f"{where}: empty date_note")
        return
    quoted = re.findall(r'"([^"]*)"', note)
    rest = re.sub(r'"[^"]*"', '""', note)
    named = {}  # weekday -> set of dates named outside quotes
    for m in re.finditer(r"\b(" + WD + r")\b", rest):
        after = rest[m.end():m.end() + 14]
        m2 = re.match(r" (\d{4}-\d{2}-\d{2})", after)
        if not m2:
            fail(doc, f"{where}: weekday '{m.group(1)}' outside quotes is not followed by a date: {note!r}")
            continue
        day = datetime.date.fromisoformat(m2.group(1))
        if WEEKDAYS[day.weekday()] != m.group(1):
            fail(doc, f"{where}: {m2.group(1)} is a {WEEKDAYS[day.weekday()]}, not a {m.group(1)}")
        named.setdefault(m.group(1), set()).add(m2.group(1))
    for q in quoted:
        for m in re.finditer(r"\b(" + WD + r")\b", q):
            if m.group(1) not in named:
                fail(doc, f"{where}: quoted weekday '{m.group(1)}' has no matching dated weekday in the note")
    if date is not None and date not in note:
        fail(doc, f"{where}: date {date} not named in its date_note")


def check_text_dates(d, text):
    pats = [
        re.compile(r"\b(" + WD + r"),? (\d{1,2}) (" + "|".join(MONTHS) + r"),? (\d{4})\b"),
        re.compile(r"\b(" + WD + r"),? (" + "|".join(MONTHS) + r") (\d{1,2}),? (\d{4})\b"),
    ]
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            if i == 0:
                wd, dd, mon, yy = m.groups()
            else:
                wd, mon, dd, yy = m.groups()
            day = datetime.date(int(yy), MONTHS.index(mon) + 1, int(dd))
            if WEEKDAYS[day.weekday()] != wd:
                fail(d["id"], f"text says '{m.group(0)}' but {day} is a {WEEKDAYS[day.weekday()]}")


DATELINE = re.compile(r"^([A-Z][A-Z .'\-]+), (" + "|".join(MONTHS) + r") (\d{1,2}) \(([^)]+)\) - ")


def check():
    datelines = 0
    for n, d in enumerate(DOCS, 1):
        doc = d["id"]
        if doc != f"h11-{n:02d}":
            fail(doc, f"id out of order, expected h11-{n:02d}")
        pub = datetime.date.fromisoformat(d["published"])
        if not (2014 <= pub.year <= 2024):
            fail(doc, "publication year outside 2014-2024")
        if not re.match(r"^https://example-[a-z0-9.-]+/", d["url"]):
            fail(doc, "URL not on an example- domain")
        text = full_text(d)
        if "\n" in d["headline"] or not d["headline"].strip():
            fail(doc, "headline must be one non-empty line")
        ns = count_sentences(d["paras"])
        if not 4 <= ns <= 22:
            fail(doc, f"{ns} sentences (4-22 allowed)")
        if d["form"] == "S" and not 4 <= ns <= 9:
            fail(doc, f"short report has {ns} sentences (4-9)")
        if d["form"] == "L" and not 12 <= ns <= 22:
            fail(doc, f"long report has {ns} sentences (12-22)")
        d["_sentences"] = ns
        m = DATELINE.match(d["paras"][0])
        if m:
            datelines += 1
            if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                fail(doc, f"dateline '{m.group(2)} {m.group(3)}' differs from publication {pub}")
        check_text_dates(d, text)
        if len(d["events"]) > 4:
            fail(doc, "more than 4 events")
        for i, e in enumerate(d["events"]):
            where = f"event {i}"
            if e["type"] not in TYPES:
                fail(doc, f"{where}: bad type {e['type']}")
            if e["country"] not in COUNTRIES:
                fail(doc, f"{where}: bad country {e['country']}")
            for k in ("summary", "place", "actor1", "actor2", "admin"):
                if not e.get(k):
                    fail(doc, f"{where}: empty {k}")
            if e["date"] is not None:
                dd = datetime.date.fromisoformat(e["date"])
                if dd > pub:
                    fail(doc, f"{where}: date {dd} after publication {pub}")
                if (pub - dd).days > 40:
                    fail(doc, f"{where}: date {dd} outside the news window")
            check_date_note(doc, where, e["date_note"], e["date"])
            for k in ("killed", "wounded"):
                lo, hi = e[k], e[k + "_high"]
                for v in (lo, hi):
                    if v is not None and (not isinstance(v, int) or v < 0):
                        fail(doc, f"{where}: bad {k} value {v}")
                if hi is not None and (lo is None or hi < lo):
                    fail(doc, f"{where}: {k}_high {hi} without a lower {k} {lo}")
            e["_evidence"] = resolve(d, e["evidence"], where)
            for piece in e["_evidence"].split(" [...] "):
                if piece not in text:
                    fail(doc, f"{where}: evidence not verbatim: {piece[:80]!r}")
        for i, f in enumerate(d["figures"]):
            where = f"figure {i}"
            if f["what"] not in FIG_WHAT:
                fail(doc, f"{where}: bad what {f['what']}")
            if not isinstance(f["value"], int) or f["value"] <= 0:
                fail(doc, f"{where}: bad value")
            f["_evidence"] = resolve(d, f["evidence"], where)
            for piece in f["_evidence"].split(" [...] "):
                if piece not in text:
                    fail(doc, f"{where}: evidence not verbatim: {piece[:80]!r}")
    if len(DOCS) != 36:
        fail("set", f"{len(DOCS)} reports, expected 36")
    if datelines < len(DOCS) * 2 // 3:
        fail("set", f"only {datelines} datelines")
    empty = sum(1 for d in DOCS if not d["events"])
    if not 5 <= empty <= 7:
        fail("set", f"{empty} reports without incidents, expected about 6")
    short = sum(1 for d in DOCS if d["form"] == "S")
    if short != 18:
        fail("set", f"{short} short reports, expected 18")
    return datelines


def gold_event(e):
    g = {k: e[k] for k in ("summary", "date", "date_note", "place", "admin", "country", "type",
                           "actor1", "actor2", "killed", "killed_high", "wounded", "wounded_high")}
    g["evidence"] = e["_evidence"]
    if e.get("note"):
        g["note"] = e["note"]
    if e.get("arrested") is not None:
        g["arrested"] = e["arrested"]
    if e.get("optional"):
        g["optional"] = True
    return g


def gold_figure(f):
    g = {"what": f["what"], "value": f["value"], "place": f["place"], "evidence": f["_evidence"]}
    if f.get("note"):
        g["note"] = f["note"]
    return g


def main():
    datelines = check()
    if FAIL:
        for m in FAIL:
            print("FAIL", m, file=sys.stderr)
        print(f"{len(FAIL)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps({"id": d["id"], "text": full_text(d), "published": d["published"],
                                 "url": d["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                 "events": [gold_event(e) for e in d["events"]],
                                 "figures": [gold_figure(f) for f in d["figures"]]},
                                ensure_ascii=False) + "\n")
    ev = [e for d in DOCS for e in d["events"]]
    by_country, by_type = {}, {}
    for e in ev:
        by_country[e["country"]] = by_country.get(e["country"], 0) + 1
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    print(f"ok: {len(DOCS)} reports ({sum(d['form'] == 'S' for d in DOCS)} short, "
          f"{sum(d['form'] == 'L' for d in DOCS)} long, {datelines} with a dateline, "
          f"{sum(1 for d in DOCS if not d['events'])} without incidents), "
          f"{len(ev)} events ({sum(1 for e in ev if e.get('optional'))} optional), "
          f"{sum(len(d['figures']) for d in DOCS)} figures")
    print("sentences per report:", " ".join(f"{d['id'][4:]}:{d['_sentences']}" for d in DOCS))
    print("events by country:", ", ".join(f"{k} {v}" for k, v in sorted(by_country.items(), key=lambda x: (-x[1], x[0]))))
    print("events by type:", ", ".join(f"{k} {v}" for k, v in sorted(by_type.items(), key=lambda x: (-x[1], x[0]))))
    print("wrote docs.jsonl and gold.jsonl")


if __name__ == "__main__":
    main()
