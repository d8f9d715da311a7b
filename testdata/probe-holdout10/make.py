#!/usr/bin/env python3
"""probe-holdout10: 36 invented conflict-news reports with hand-made gold.

Every text and every gold annotation lives in this file as Python data. Run
`python3 make.py`: it checks the data (failing loudly on any problem) and
writes docs.jsonl and gold.jsonl next to itself.

Schema: ../../../shared/spec/EVENTS.md, section "Gold annotations"
(the same one the news-dev and news-wide gold files use).
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = []


def T(*parts):
    """A report text: headline line, then paragraphs, separated by blank lines."""
    return "\n\n".join(parts)


def E(summary, date, date_note, place, admin, country, type_, actor1, actor2,
      killed, killed_high, wounded, wounded_high, evidence, note=None,
      arrested=None, optional=False):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": type_, "actor1": actor1,
         "actor2": actor2, "killed": killed, "killed_high": killed_high,
         "wounded": wounded, "wounded_high": wounded_high, "evidence": evidence}
    if note:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


def R(id_, published, url, text, events, figures):
    REPORTS.append({"id": id_, "published": published, "url": url, "text": text,
                    "events": events, "figures": figures})


# --------------------------------------------------------------------------
# h10-01  Iraq, wire, 2016
# --------------------------------------------------------------------------
R("h10-01", "2016-05-11",
  "https://www.example-tigriswire.com/2016/05/11/tarmiyah-checkpoint-bombing-toll-rises",
  T('''Toll in Tarmiyah checkpoint bombing rises to 11, Islamic State claims attack''',
    '''BAGHDAD, May 11 (Tigris Wire) - Eleven people, four of them soldiers, were killed when a car packed with explosives was driven into an army checkpoint at the southern entrance of Tarmiyah late on Tuesday, security and medical sources said.''',
    '''A police statement issued shortly after the blast had put the dead at seven. A doctor at Tarmiyah hospital said on Wednesday that two of the wounded had died overnight and that the bodies of two more people had been pulled from a collapsed shop front in the morning. Another 19 people were still being treated, several of them in critical condition, he said.''',
    '''Tarmiyah lies about 50 km north of Baghdad, on farmland along the Tigris where insurgent cells still move between the palm groves.''',
    '''A police colonel who asked not to be named said the driver slowed down as if to be searched and then set off his load beside the concrete barriers. "The soldiers never had a chance to stop him," he said.''',
    '''The Islamic State group said in an online statement on Wednesday that one of its fighters had carried out the attack. The statement claimed that 30 "apostate soldiers" had died, a figure the army dismissed as propaganda.''',
    '''Earlier on Tuesday, three mortar rounds landed near the vegetable market in Dujail, about 35 km to the northwest, wounding five civilians, the town's mayor said. No group claimed the shelling.''',
    '''The Tarmiyah bombing was the deadliest north of the capital since March, when a suicide bomber killed 23 mourners at a funeral tent in Balad. The army says it has cleared more than 600 square km of farmland around Tarmiyah since January.'''),
  [E("Suicide car bomb at an army checkpoint at the southern entrance of Tarmiyah; toll revised from 7 to 11 (four soldiers); 19 still wounded; IS claimed it.",
     "2016-05-10", "'late on Tuesday' in a report datelined Wednesday 2016-05-11 = Tuesday 2016-05-10",
     "Tarmiyah", "Baghdad", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
     11, None, 19, None,
     '''Eleven people, four of them soldiers, were killed when a car packed with explosives was driven into an army checkpoint at the southern entrance of Tarmiyah late on Tuesday, security and medical sources said. [...] Another 19 people were still being treated, several of them in critical condition, he said. [...] The Islamic State group said in an online statement on Wednesday that one of its fighters had carried out the attack.''',
     note="first police toll 7, latest 11 stands; IS's claimed 30 not used"),
   E("Three mortar rounds near the vegetable market in Dujail wounded five civilians; nobody claimed.",
     "2016-05-10", "'Earlier on Tuesday' = Tuesday 2016-05-10 (dateline Wednesday 2016-05-11)",
     "Dujail", "Salahuddin", "IQ", "explosion", "unknown", "civilians",
     None, None, 5, None,
     '''Earlier on Tuesday, three mortar rounds landed near the vegetable market in Dujail, about 35 km to the northwest, wounding five civilians, the town's mayor said. No group claimed the shelling.''')],
  [F("other", 600, "Tarmiyah", '''The army says it has cleared more than 600 square km of farmland around Tarmiyah since January.''', note="square km cleared since January")])

# --------------------------------------------------------------------------
# h10-02  Mali, local paper, 2022
# --------------------------------------------------------------------------
R("h10-02", "2022-03-16",
  "https://www.example-sahelcourier.com/2022/03/16/bus-mine-boni-nine-killed",
  T('''Bus hits mine near Boni, nine travellers killed''',
    '''SEVARE, March 16 (Sahel Courier) - Nine travellers were killed and 14 wounded on Monday when the bus carrying them to the weekly fair at Boni struck an explosive device about 12 km from the town, the regional transport union said.''',
    '''The bus had left Douentza shortly after dawn with more than 40 passengers and goods piled on its roof. Two women and a child are among the dead, said the union's regional secretary, Hamadoun Guindo, who accompanied the bodies back to Douentza that evening.''',
    '''Nobody has claimed the blast. The road has been mined repeatedly since armed groups imposed a blockade on Boni last year, cutting the town off from its fields and from the main road to Gao.''',
    '''"Everybody knows who lays these devices, but nobody will say it aloud," Guindo said.''',
    '''The army said in a statement that its unit based at Boni had secured the site and that an investigation had been opened.''',
    '''The day before, gunmen on motorbikes raided the village of Mondoro, south of Boni, killing the village chief and one of his sons and driving off several hundred head of cattle, a relative reached by telephone said.''',
    '''The blast on Monday was the third on the same stretch of road this year. In January an army lorry was destroyed there and four soldiers died.''',
    '''A regional human rights association says more than 400 civilians were killed in the Mopti region in 2021, most of them in the cercles of Douentza, Bandiagara and Bankass.'''),
  [E("A bus travelling to Boni struck an explosive device about 12 km from the town: 9 killed, 14 wounded; unclaimed.",
     "2022-03-14", "'on Monday' in a report datelined Wednesday 2022-03-16 = Monday 2022-03-14",
     "12 km from Boni", "Mopti", "ML", "explosion", "unknown", "civilians",
     9, None, 14, None,
     '''Nine travellers were killed and 14 wounded on Monday when the bus carrying them to the weekly fair at Boni struck an explosive device about 12 km from the town, the regional transport union said. [...] Nobody has claimed the blast.''',
     note="no perpetrator named (only a hint), so unknown"),
   E("Gunmen on motorbikes raided Mondoro, killing the village chief and his son and taking cattle.",
     "2022-03-13", "'The day before' the blast of Monday 2022-03-14 = Sunday 2022-03-13",
     "Mondoro", "Mopti", "ML", "attack_on_civilians", "militants (unidentified)", "civilians",
     2, None, None, None,
     '''The day before, gunmen on motorbikes raided the village of Mondoro, south of Boni, killing the village chief and one of his sons and driving off several hundred head of cattle, a relative reached by telephone said.''')],
  [F("killed", 400, "Mopti region", '''A regional human rights association says more than 400 civilians were killed in the Mopti region in 2021, most of them in the cercles of Douentza, Bandiagara and Bankass.''')])

# --------------------------------------------------------------------------
# h10-03  Syria, wire, 2018
# --------------------------------------------------------------------------
R("h10-03", "2018-11-22",
  "https://www.example-orientwire.com/2018/11/22/is-raid-sdf-hajin-37-killed",
  T('''Islamic State raid on SDF lines near Hajin kills 37, monitor says''',
    '''BEIRUT, November 22 (Orient Wire) - Islamic State fighters using a sandstorm as cover attacked positions of the U.S.-backed Syrian Democratic Forces around the village of al-Bahra, east of Hajin, overnight into Wednesday, setting off fighting that killed at least 37 combatants, a war monitor said on Thursday.''',
    '''The Syrian Network for Field Monitoring, which relies on informants on both banks of the Euphrates, said 14 SDF fighters and 23 jihadists had died. The SDF confirmed that 14 of its fighters had been killed and said its units had "repelled the attack and inflicted heavy losses on the terrorists."''',
    '''The militants moved through tunnels dug beneath the farmland to reach the SDF's forward posts, an SDF field commander told reporters at the al-Omar oil field. Some of the posts changed hands twice before dawn, he said.''',
    '''Aircraft of the U.S.-led coalition struck the attackers as they pulled back toward Hajin, the coalition said, without giving a toll.''',
    '''On Tuesday afternoon, a roadside bomb that the monitor said had been planted by Islamic State cells hit an SDF pickup on the road between Gharanij and Abu Hamam, killing two fighters.''',
    '''The SDF launched its offensive on the Hajin pocket in September. Since then more than 500 SDF fighters and about 900 Islamic State militants have been killed, according to the monitor's count.''',
    '''Thousands of civilians remain inside the pocket, where food prices have tripled since the summer, aid workers say.'''),
  [E("IS fighters attacked SDF positions around al-Bahra, east of Hajin, under cover of a sandstorm; 14 SDF and 23 IS killed (37).",
     "2018-11-20", "'overnight into Wednesday' (Wednesday 2018-11-21) takes the first night, Tuesday 2018-11-20; report Thursday 2018-11-22",
     "al-Bahra", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
     37, None, None, None,
     '''Islamic State fighters using a sandstorm as cover attacked positions of the U.S.-backed Syrian Democratic Forces around the village of al-Bahra, east of Hajin, overnight into Wednesday, setting off fighting that killed at least 37 combatants, a war monitor said on Thursday. [...] The Syrian Network for Field Monitoring, which relies on informants on both banks of the Euphrates, said 14 SDF fighters and 23 jihadists had died.''',
     note="14 SDF + 23 IS = 37"),
   E("Coalition aircraft struck the IS attackers as they pulled back toward Hajin; no toll.",
     None, "same night, not stated precisely",
     "Hajin", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "Islamic State",
     None, None, None, None,
     '''Aircraft of the U.S.-led coalition struck the attackers as they pulled back toward Hajin, the coalition said, without giving a toll.''',
     note="vaguely placed ('toward Hajin') and dated", optional=True),
   E("A roadside bomb planted by IS cells hit an SDF pickup on the road between Gharanij and Abu Hamam, killing two fighters.",
     "2018-11-20", "'On Tuesday afternoon' before Thursday 2018-11-22 = Tuesday 2018-11-20",
     "road between Gharanij and Abu Hamam", "Deir ez-Zor", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
     2, None, None, None,
     '''On Tuesday afternoon, a roadside bomb that the monitor said had been planted by Islamic State cells hit an SDF pickup on the road between Gharanij and Abu Hamam, killing two fighters.''')],
  [F("killed", 500, "Hajin pocket", '''Since then more than 500 SDF fighters and about 900 Islamic State militants have been killed, according to the monitor's count.''', note="SDF fighters since September"),
   F("killed", 900, "Hajin pocket", '''Since then more than 500 SDF fighters and about 900 Islamic State militants have been killed, according to the monitor's count.''', note="IS militants since September")])

# --------------------------------------------------------------------------
# h10-04  Burkina Faso, army communique via local paper, 2021
# --------------------------------------------------------------------------
R("h10-04", "2021-11-08",
  "https://www.example-ouagamatin.com/2021/11/08/gorgadji-detachement-attaque",
  T('''Army says 19 dead in attack on Gorgadji detachment''',
    '''OUAGADOUGOU, November 8 (Ouaga Matin) - The army general staff said on Sunday that it had repelled an attack on its detachment at Gorgadji, in the Sahel region, in which five soldiers and two volunteers for the defence of the homeland (VDP) lost their lives.''',
    '''In a communique read on national television, the general staff said: "On Saturday, 6 November 2021, at around 5 a.m., the military detachment of Gorgadji was the target of an attack by armed terrorist individuals. The vigorous response of the units made it possible to repel the assailants."''',
    '''The bodies of 12 assailants were found after the fighting, along with motorcycles, weapons and ammunition, the statement said. Nine soldiers were wounded and evacuated to Dori.''',
    '''The next day, an escort unit returning to Dori struck an improvised explosive device about 20 km from Arbinda. Six soldiers were wounded, two of them seriously, but no one was killed, the general staff said.''',
    '''Gorgadji lies on the road between Dori and Arbinda, in an area where groups linked to al-Qaeda and the Islamic State have both been active. The same detachment was attacked in August, when 15 soldiers died.''',
    '''Residents of Gorgadji reached by telephone said most shops remained closed on Monday and that several families had left for Dori on donkey carts.''',
    '''Since 2015, violence attributed to jihadist groups has forced more than 1.4 million Burkinabe from their homes, according to government figures.'''),
  [E("Armed men attacked the army detachment at Gorgadji; 5 soldiers, 2 VDP and 12 assailants killed, 9 soldiers wounded.",
     "2021-11-06", "communique gives 'Saturday, 6 November 2021'; Saturday 2021-11-06",
     "Gorgadji", "Sahel", "BF", "battle", "militants (unidentified)", "Burkinabe security forces",
     19, None, 9, None,
     '''The army general staff said on Sunday that it had repelled an attack on its detachment at Gorgadji, in the Sahel region, in which five soldiers and two volunteers for the defence of the homeland (VDP) lost their lives. [...] "On Saturday, 6 November 2021, at around 5 a.m., the military detachment of Gorgadji was the target of an attack by armed terrorist individuals. [...] The bodies of 12 assailants were found after the fighting, along with motorcycles, weapons and ammunition, the statement said. Nine soldiers were wounded and evacuated to Dori.''',
     note="5 soldiers + 2 VDP + 12 assailants' bodies (counted by the attacked side) = 19"),
   E("An army escort unit hit an IED about 20 km from Arbinda: six soldiers wounded, nobody killed.",
     "2021-11-07", "'The next day' after Saturday 2021-11-06 = Sunday 2021-11-07",
     "20 km from Arbinda", "Sahel", "BF", "explosion", "unknown", "Burkinabe security forces",
     0, None, 6, None,
     '''The next day, an escort unit returning to Dori struck an improvised explosive device about 20 km from Arbinda. Six soldiers were wounded, two of them seriously, but no one was killed, the general staff said.''',
     note="report says no one was killed, so killed 0")],
  [F("displaced", 1400000, "Burkina Faso", '''Since 2015, violence attributed to jihadist groups has forced more than 1.4 million Burkinabe from their homes, according to government figures.''')])

# --------------------------------------------------------------------------
# h10-05  Afghanistan, local paper, 2020
# --------------------------------------------------------------------------
R("h10-05", "2020-08-19",
  "https://www.example-kabulledger.com/2020/08/19/helmand-checkpoint-disputed-strike",
  T('''Helmand: four police killed at checkpoint; family dies in disputed strike''',
    '''LASHKAR GAH, August 19 (Kabul Ledger) - Four police officers were killed and three wounded when Taliban fighters attacked a checkpoint in the Chah-e Anjir area of Nad Ali district on Monday night, the provincial police spokesman said.''',
    '''The spokesman, Zaman Hamdard, said the officers fought for more than two hours before reinforcements arrived from Lashkar Gah, and that eight of the attackers were killed in the exchange.''',
    '''A Taliban spokesman said the group's fighters had overrun the post and killed 11 policemen, and denied that any of its men had died.''',
    '''In a separate incident on Tuesday afternoon, seven members of one family, among them four children, were killed when their house in Babaji, on the northern outskirts of Lashkar Gah, was hit from the air, relatives said.''',
    '''Villagers who brought the bodies to the provincial governor's compound blamed the Afghan air force. The Ministry of Defence denied carrying out any strike in the area and said the family had been killed by a Taliban mortar. The Taliban said they had no involvement.''',
    '''Nad Ali and the districts around the provincial capital have seen almost daily fighting since the spring, despite a reduction in violence agreed between the Taliban and the United States in February.''',
    '''The United Nations mission in Afghanistan said last month that 1,282 civilians were killed in the first six months of the year.''',
    '''The government and the Taliban are expected to open peace talks in Doha in the coming weeks.'''),
  [E("Taliban attack on a police checkpoint in Chah-e Anjir, Nad Ali: 4 police killed, 3 wounded; police say 8 attackers killed, Taliban deny any losses.",
     "2020-08-17", "'on Monday night' in a report datelined Wednesday 2020-08-19 = Monday 2020-08-17",
     "Chah-e Anjir", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
     4, 12, 3, None,
     '''Four police officers were killed and three wounded when Taliban fighters attacked a checkpoint in the Chah-e Anjir area of Nad Ali district on Monday night, the provincial police spokesman said. [...] The spokesman, Zaman Hamdard, said the officers fought for more than two hours before reinforcements arrived from Lashkar Gah, and that eight of the attackers were killed in the exchange. [...] A Taliban spokesman said the group's fighters had overrun the post and killed 11 policemen, and denied that any of its men had died.''',
     note="4 police (+8 attackers per police, denied by the Taliban) -> 4/12; the Taliban's claim of 11 police is not used"),
   E("A house in Babaji on the outskirts of Lashkar Gah was hit from the air, killing seven of one family; villagers blamed the air force, which denied it; the Taliban denied too.",
     "2020-08-18", "'on Tuesday afternoon' before Wednesday 2020-08-19 = Tuesday 2020-08-18",
     "Babaji", "Helmand", "AF", "explosion", "unknown", "civilians",
     7, None, None, None,
     '''In a separate incident on Tuesday afternoon, seven members of one family, among them four children, were killed when their house in Babaji, on the northern outskirts of Lashkar Gah, was hit from the air, relatives said. [...] Villagers who brought the bodies to the provincial governor's compound blamed the Afghan air force. The Ministry of Defence denied carrying out any strike in the area and said the family had been killed by a Taliban mortar. The Taliban said they had no involvement.''',
     note="blame denied by both accused sides, nobody claims -> unknown")],
  [F("killed", 1282, "Afghanistan", '''The United Nations mission in Afghanistan said last month that 1,282 civilians were killed in the first six months of the year.''')])

# --------------------------------------------------------------------------
# h10-06  Mozambique, local paper, 2021
# --------------------------------------------------------------------------
R("h10-06", "2021-02-15",
  "https://www.example-cabodelgadoobserver.com/2021/02/15/bilibiza-raid-xitaxi-retaken",
  T('''Insurgents kill five in Bilibiza; army says Xitaxi retaken''',
    '''PEMBA, February 15 (Cabo Delgado Observer) - Insurgents killed five people, including the commander of a local militia, in a night raid on the village of Bilibiza in Quissanga district on Friday, residents told the Observer.''',
    '''The attackers arrived on foot at about 10 p.m. and set fire to around 30 houses before withdrawing into the bush towards the Messalo river, said a teacher who hid with his family in a cashew grove.''',
    '''Locals call the fighters al-Shabab, although the movement has no known operational link to the Somali group of the same name. On Saturday, the Islamic State's news agency said the group's "soldiers of the caliphate" had carried out the raid and killed 12 "Christians."''',
    '''Provincial police confirmed an attack on Bilibiza but gave no figures.''',
    '''On Sunday the defence ministry said that government forces, supported by helicopters operated by a private contractor, had retaken the village of Xitaxi in Muidumbe district, which insurgents had held since October. It did not say whether there had been casualties.''',
    '''Xitaxi became known in April last year, when dozens of young men who refused to join the insurgents were killed there.''',
    '''More than 670,000 people have fled their homes in Cabo Delgado since the conflict began in October 2017, according to the United Nations. Pemba's population has almost doubled in that time.'''),
  [E("Night raid on Bilibiza, Quissanga district: five killed including a militia commander, 30 houses burnt; claimed by Islamic State.",
     "2021-02-12", "'on Friday' in a report datelined Monday 2021-02-15 = Friday 2021-02-12",
     "Bilibiza", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
     5, None, None, None,
     '''Insurgents killed five people, including the commander of a local militia, in a night raid on the village of Bilibiza in Quissanga district on Friday, residents told the Observer. [...] On Saturday, the Islamic State's news agency said the group's "soldiers of the caliphate" had carried out the raid and killed 12 "Christians."''',
     note="claimant IS (locals say 'al-Shabab', not the Somali group); IS's claimed 12 not used"),
   E("Government forces with contractor helicopters retook Xitaxi, Muidumbe district, held by insurgents since October.",
     None, "the ministry said so 'On Sunday' (Sunday 2021-02-14); the day of the recapture itself is not given",
     "Xitaxi", "Cabo Delgado", "MZ", "territory_gain", "Mozambican security forces", "Islamic State",
     None, None, None, None,
     '''On Sunday the defence ministry said that government forces, supported by helicopters operated by a private contractor, had retaken the village of Xitaxi in Muidumbe district, which insurgents had held since October.''')],
  [F("displaced", 670000, "Cabo Delgado", '''More than 670,000 people have fled their homes in Cabo Delgado since the conflict began in October 2017, according to the United Nations.''')])

# --------------------------------------------------------------------------
# h10-07  Yemen, local paper, 2019
# --------------------------------------------------------------------------
R("h10-07", "2019-09-25",
  "https://www.example-adentribune.com/2019/09/25/taiz-osaifra-shelling-qataba",
  T('''Shells kill eight in Taiz's Osaifra; government forces hold line in Qataba''',
    '''TAIZ, September 25 (Aden Tribune) - Three children were among eight civilians killed by shells that struck a residential street in the Osaifra neighbourhood on Tuesday, the Taiz health office said.''',
    '''The shells were fired from positions held by Houthi fighters on the hills east of the city, according to residents and a local official. The Houthis, who have besieged Taiz's eastern and northern approaches since 2015, made no comment.''',
    '''The health office first reported six dead on Tuesday evening. On Wednesday it said two of the wounded had died overnight and that nine people were still in hospital.''',
    '''"We were buying bread when the first shell hit the wall opposite," said Mohammed Abdo, 34, whose nephew was among the dead.''',
    '''In al-Dhale province, to the south-east, government forces said they had beaten back a Houthi attack on their positions in Qataba district on Monday night. Three soldiers were killed, a military spokesman said, adding that "dozens" of the rebels had fallen.''',
    '''The fighting in Qataba has ebbed and flowed since the spring, with villages changing hands several times.''',
    '''The war has killed more than 100,000 people since 2015, according to an independent tracking project. Most of Taiz's water wells have been out of service for over a year.'''),
  [E("Shells fired from Houthi-held hills struck a street in Osaifra, Taiz: toll revised from 6 to 8 civilians (three children); nine still in hospital.",
     "2019-09-24", "'on Tuesday' in a report datelined Wednesday 2019-09-25 = Tuesday 2019-09-24",
     "Osaifra", "Taiz", "YE", "explosion", "Houthis", "civilians",
     8, None, 9, None,
     '''Three children were among eight civilians killed by shells that struck a residential street in the Osaifra neighbourhood on Tuesday, the Taiz health office said. [...] The shells were fired from positions held by Houthi fighters on the hills east of the city, according to residents and a local official. [...] The health office first reported six dead on Tuesday evening. On Wednesday it said two of the wounded had died overnight and that nine people were still in hospital.''',
     note="first toll 6, latest 8 stands; Houthis did not dispute"),
   E("Houthi attack on government positions in Qataba district beaten back; three soldiers killed, 'dozens' of rebels.",
     "2019-09-23", "'on Monday night' before Wednesday 2019-09-25 = Monday 2019-09-23",
     "Qataba", "Al Dhale", "YE", "battle", "Houthis", "Yemeni government forces",
     3, None, None, None,
     '''In al-Dhale province, to the south-east, government forces said they had beaten back a Houthi attack on their positions in Qataba district on Monday night. Three soldiers were killed, a military spokesman said, adding that "dozens" of the rebels had fallen.''',
     note="3 soldiers; 'dozens' of rebels gives no number")],
  [F("killed", 100000, "Yemen", '''The war has killed more than 100,000 people since 2015, according to an independent tracking project.''')])

# --------------------------------------------------------------------------
# h10-08  Ethiopia, NGO statement, 2024
# --------------------------------------------------------------------------
R("h10-08", "2024-04-18",
  "https://www.example-horncivicwatch.org/statements/2024-04-18-dembecha-drone-strike",
  T('''Horn Civic Watch: drone strike near Dembecha kills 14 civilians; independent inquiry needed''',
    '''Statement | 18 April 2024''',
    '''Horn Civic Watch condemns the drone strike that killed at least 14 civilians, among them five children, on the road outside Dembecha town in the West Gojjam zone of Amhara region.''',
    '''On Sunday, 14 April 2024, at around midday, a drone struck a minibus and a group of people waiting beside it at a roadside tea stall about 3 km from Dembecha, according to four witnesses interviewed by our researchers. Nine other people were wounded.''',
    '''Witnesses told us the drone was operated by federal forces, who have used such aircraft repeatedly since fighting with the Fano militia began in August 2023. The Ethiopian government has not responded to our request for comment.''',
    '''"There were no fighters there. It was a minibus going to the market," said a farmer who lost his brother.''',
    '''Two days later, on Tuesday, federal troops detained at least 30 young men in house-to-house searches in Debre Markos, after Fano fighters attacked a police station on the town's northern edge the previous night. Relatives said the detainees were taken to a military camp outside the town.''',
    '''Since August 2023, Horn Civic Watch has documented more than 700 civilian deaths in Amhara region, most of them in drone strikes and during house searches.''',
    '''We call on the federal government to allow an independent investigation, to release those held without charge, and on all parties to respect international humanitarian law.'''),
  [E("A drone operated by federal forces struck a minibus and people at a tea stall about 3 km from Dembecha: 14 civilians killed, 9 wounded.",
     "2024-04-14", "text gives 'Sunday, 14 April 2024' = Sunday 2024-04-14",
     "3 km from Dembecha", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
     14, None, 9, None,
     '''Horn Civic Watch condemns the drone strike that killed at least 14 civilians, among them five children, on the road outside Dembecha town in the West Gojjam zone of Amhara region. [...] On Sunday, 14 April 2024, at around midday, a drone struck a minibus and a group of people waiting beside it at a roadside tea stall about 3 km from Dembecha, according to four witnesses interviewed by our researchers. Nine other people were wounded. [...] Witnesses told us the drone was operated by federal forces''',
     note="blamed on federal forces by witnesses; the government did not respond (not a denial)"),
   E("Fano fighters attacked a police station on the northern edge of Debre Markos; no toll.",
     "2024-04-15", "'the previous night' before the searches of Tuesday 2024-04-16 = night of Monday 2024-04-15",
     "Debre Markos", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
     None, None, None, None,
     '''Two days later, on Tuesday, federal troops detained at least 30 young men in house-to-house searches in Debre Markos, after Fano fighters attacked a police station on the town's northern edge the previous night.'''),
   E("Federal troops detained at least 30 young men in house-to-house searches in Debre Markos.",
     "2024-04-16", "'Two days later, on Tuesday' after Sunday 2024-04-14 = Tuesday 2024-04-16",
     "Debre Markos", "Amhara", "ET", "arrest", "Ethiopian security forces", "civilians",
     None, None, None, None,
     '''Two days later, on Tuesday, federal troops detained at least 30 young men in house-to-house searches in Debre Markos, after Fano fighters attacked a police station on the town's northern edge the previous night.''',
     arrested=30)],
  [F("killed", 700, "Amhara region", '''Since August 2023, Horn Civic Watch has documented more than 700 civilian deaths in Amhara region, most of them in drone strikes and during house searches.''')])

# --------------------------------------------------------------------------
# h10-09  Somalia, wire, 2020
# --------------------------------------------------------------------------
R("h10-09", "2020-01-29",
  "https://www.example-hornwire.com/2020/01/29/mogadishu-mortars-wadajir-afgooye-road-bomb",
  T('''Mortar shells hit homes near Mogadishu airport; roadside bomb kills three soldiers''',
    '''MOGADISHU, January 29 (Horn Wire) - Two civilians were killed and four wounded when mortar shells landed on homes in Wadajir district late on Tuesday, police said.''',
    '''Police officer Abdi Hassan said at least four rounds were fired from the outskirts of the city. Most of them fell short of the airport compound, which houses the United Nations and several embassies.''',
    '''Al-Shabaab said on Wednesday that its fighters had fired the shells at "the bases of the crusaders" at the airport.''',
    '''The group also said it was behind a roadside bomb that hit a military vehicle near Elasha Biyaha, about 17 km from Mogadishu on the road to Afgooye, earlier on Tuesday. A military officer said three soldiers died in that blast.''',
    '''Security has been tightened across the capital since a truck bomb killed more than 80 people at a busy junction in December. Checkpoints now stop cars every few hundred metres along the main roads into the city.''',
    '''Residents of Wadajir said the shelling was the second in a month. "We hear the whistle and we lie on the floor," said Amina Warsame, a mother of five.'''),
  [E("Mortar shells aimed at Mogadishu airport landed on homes in Wadajir district: two civilians killed, four wounded; al-Shabaab claimed.",
     "2020-01-28", "'late on Tuesday' in a report datelined Wednesday 2020-01-29 = Tuesday 2020-01-28",
     "Wadajir", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
     2, None, 4, None,
     '''Two civilians were killed and four wounded when mortar shells landed on homes in Wadajir district late on Tuesday, police said. [...] Al-Shabaab said on Wednesday that its fighters had fired the shells at "the bases of the crusaders" at the airport.'''),
   E("Roadside bomb hit a military vehicle near Elasha Biyaha on the Afgooye road, killing three soldiers; claimed by 'the group' (al-Shabaab).",
     "2020-01-28", "'earlier on Tuesday' = Tuesday 2020-01-28 (report Wednesday 2020-01-29)",
     "Elasha Biyaha", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces",
     3, None, None, None,
     '''The group also said it was behind a roadside bomb that hit a military vehicle near Elasha Biyaha, about 17 km from Mogadishu on the road to Afgooye, earlier on Tuesday. A military officer said three soldiers died in that blast.''',
     note="'The group' points back to al-Shabaab"),
   E("Background: December truck bomb at 'a busy junction' in Mogadishu that killed more than 80.",
     None, "'in December', no day",
     "Mogadishu", "Banaadir", "SO", "explosion", "unknown", "civilians",
     80, None, None, None,
     '''Security has been tightened across the capital since a truck bomb killed more than 80 people at a busy junction in December.''',
     note="background a month old, vaguely placed", optional=True)],
  [])

# --------------------------------------------------------------------------
# h10-10  Sudan, wire, 2023
# --------------------------------------------------------------------------
R("h10-10", "2023-05-24",
  "https://www.example-nilewire.com/2023/05/24/omdurman-market-shelling-truce",
  T('''Shells hit Omdurman market as truce falters''',
    '''KHARTOUM, May 24 (Nile Wire) - At least 12 people were killed on Tuesday when shells hit a crowded market in Omdurman, medics said, a day after a week-long truce was supposed to take effect across Sudan.''',
    '''The Sudanese army blamed the Rapid Support Forces for the shelling of the market, in the city's Umbada district. The paramilitary group said in a statement that army artillery had fired on the area and accused the military of trying to wreck the truce.''',
    '''Volunteers from a local emergency room said more than 30 wounded people were taken to al-Nau hospital, the only one still working in that part of the city.''',
    '''On Monday, army warplanes struck RSF positions in the Kafouri neighbourhood of Khartoum North, residents said. A neighbourhood resistance committee said a house was hit in one of the strikes, killing five members of a family.''',
    '''The truce, brokered by Saudi Arabia and the United States in Jeddah, was meant to allow aid deliveries and the evacuation of the wounded.''',
    '''More than 850 people have been killed since fighting erupted on April 15, according to the health ministry, though doctors' groups say the true number is far higher. More than one million have fled their homes, the United Nations says.'''),
  [E("Shells hit a crowded market in Umbada district of Omdurman: at least 12 killed, more than 30 wounded; army and RSF blamed each other.",
     "2023-05-23", "'on Tuesday' in a report datelined Wednesday 2023-05-24 = Tuesday 2023-05-23",
     "Umbada", "Khartoum", "SD", "explosion", "unknown", "civilians",
     12, None, 30, None,
     '''At least 12 people were killed on Tuesday when shells hit a crowded market in Omdurman, medics said, a day after a week-long truce was supposed to take effect across Sudan. [...] The Sudanese army blamed the Rapid Support Forces for the shelling of the market, in the city's Umbada district. The paramilitary group said in a statement that army artillery had fired on the area and accused the military of trying to wreck the truce. [...] Volunteers from a local emergency room said more than 30 wounded people were taken to al-Nau hospital''',
     note="each side blames the other, nobody claims -> unknown"),
   E("Army air strikes on RSF positions in Kafouri, Khartoum North; one hit a house, killing five of a family.",
     "2023-05-22", "'On Monday' before Wednesday 2023-05-24 = Monday 2023-05-22",
     "Kafouri", "Khartoum", "SD", "explosion", "Sudanese security forces", "civilians",
     5, None, None, None,
     '''On Monday, army warplanes struck RSF positions in the Kafouri neighbourhood of Khartoum North, residents said. A neighbourhood resistance committee said a house was hit in one of the strikes, killing five members of a family.''')],
  [F("killed", 850, "Sudan", '''More than 850 people have been killed since fighting erupted on April 15, according to the health ministry''', note="since 15 April"),
   F("displaced", 1000000, "Sudan", '''More than one million have fled their homes, the United Nations says.''')])

# --------------------------------------------------------------------------
# h10-11  Nigeria, feature opening on a person, 2019
# --------------------------------------------------------------------------
R("h10-11", "2019-02-13",
  "https://www.example-lakechadreview.com/features/2019/02/13/gajiram-survivors",
  T('''"They came at sunset": Gajiram's survivors count the cost''',
    '''Falmata Bukar was pounding millet behind her house when she heard the first shots at sunset last Saturday. By the time she reached the road with her three children, trucks mounted with heavy guns were already rolling into Gajiram from the east.''',
    '''"We ran towards the army base, but the soldiers were running too," she said on Tuesday, sitting on a mat in a camp on the edge of Maiduguri, 80 km to the south-east.''',
    '''The fighters belonged to the Islamic State West Africa Province, the Boko Haram faction that has overrun a string of military bases around Lake Chad since last year. They stayed in Gajiram for about three hours, burning the clinic and emptying the market stalls before pulling out.''',
    '''Two soldiers who spoke on condition of anonymity said eight of their comrades were killed in the fighting at the base. Residents said they buried 11 civilians on Sunday. In a statement, ISWAP claimed to have killed 40 soldiers.''',
    '''The army has not commented on the attack.''',
    '''On Monday, a bomb buried on the road between Gajiram and Monguno tore through a pickup carrying members of the Civilian Joint Task Force, the vigilante group that fights alongside the army, killing two of them. "The same people planted it, to stop us from following them," said a vigilante commander in Monguno.''',
    '''Since November, more than 30,000 people have arrived in the camps around Maiduguri, according to aid agencies. Falmata does not know whether her husband, who stayed behind to guard their goats, is alive.'''),
  [E("ISWAP fighters stormed Gajiram and its army base at sunset: eight soldiers and 11 civilians killed; ISWAP claimed 40 soldiers.",
     "2019-02-09", "'last Saturday' before publication Wednesday 2019-02-13 = Saturday 2019-02-09",
     "Gajiram", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
     19, None, None, None,
     '''Falmata Bukar was pounding millet behind her house when she heard the first shots at sunset last Saturday. By the time she reached the road with her three children, trucks mounted with heavy guns were already rolling into Gajiram from the east. [...] The fighters belonged to the Islamic State West Africa Province, the Boko Haram faction that has overrun a string of military bases around Lake Chad since last year. [...] Two soldiers who spoke on condition of anonymity said eight of their comrades were killed in the fighting at the base. Residents said they buried 11 civilians on Sunday. In a statement, ISWAP claimed to have killed 40 soldiers.''',
     note="8 soldiers + 11 civilians = 19; ISWAP's claim of 40 not used"),
   E("A bomb buried on the Gajiram-Monguno road hit a CJTF pickup, killing two vigilantes; blamed on the same fighters.",
     "2019-02-11", "'On Monday' before Wednesday 2019-02-13 = Monday 2019-02-11",
     "road between Gajiram and Monguno", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces",
     2, None, None, None,
     '''On Monday, a bomb buried on the road between Gajiram and Monguno tore through a pickup carrying members of the Civilian Joint Task Force, the vigilante group that fights alongside the army, killing two of them. "The same people planted it, to stop us from following them," said a vigilante commander in Monguno.''',
     note="'the same people' = the ISWAP fighters named paragraphs earlier")],
  [F("displaced", 30000, "Maiduguri", '''Since November, more than 30,000 people have arrived in the camps around Maiduguri, according to aid agencies.''')])

# --------------------------------------------------------------------------
# h10-12  DR Congo, local paper, 2019
# --------------------------------------------------------------------------
R("h10-12", "2019-12-10",
  "https://www.example-kivuecho.com/2019/12/10/mamove-raid-beni-protests",
  T('''ADF blamed for night raid on Mamove; Beni protesters arrested''',
    '''BENI, December 10 (Kivu Echo) - At least 14 civilians were killed with machetes and guns when assailants raided the village of Mamove, north of Beni, overnight Saturday, the army said.''',
    '''Local civil society leaders put the toll at 19, saying five more bodies were found in fields on the edge of the village on Sunday afternoon.''',
    '''Army spokesman Lieutenant Jules Ngoy said the attack was carried out by the Allied Democratic Forces (ADF), an armed group of Ugandan origin based in the forests around Beni. He said troops were pursuing the attackers and had killed five of them since Sunday.''',
    '''On Monday, hundreds of young people blocked roads in Beni to protest against the killings, burning tyres and throwing stones at police. Police arrested 23 protesters, the mayor's office said.''',
    '''"We are tired of counting our dead while the soldiers sit in their camps," said one of the organisers, who did not want to be named.''',
    '''More than 200 civilians have been killed in the Beni area since the army launched an offensive against the ADF on October 30, according to civil society groups. The UN peacekeeping mission said it would step up patrols.'''),
  [E("ADF raid on Mamove, north of Beni: 14 civilians killed according to the army, 19 according to civil society.",
     "2019-12-07", "'overnight Saturday' takes the first night, Saturday 2019-12-07 (report Tuesday 2019-12-10)",
     "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
     14, 19, None, None,
     '''At least 14 civilians were killed with machetes and guns when assailants raided the village of Mamove, north of Beni, overnight Saturday, the army said. [...] Local civil society leaders put the toll at 19, saying five more bodies were found in fields on the edge of the village on Sunday afternoon. [...] Army spokesman Lieutenant Jules Ngoy said the attack was carried out by the Allied Democratic Forces (ADF)''',
     note="conflicting sources 14 (army) / 19 (civil society)"),
   E("Army pursuit of the attackers: five ADF fighters killed 'since Sunday'.",
     None, "'since Sunday', no single day or place",
     "Beni", "North Kivu", "CD", "battle", "Congolese security forces", "ADF",
     None, None, None, None,
     '''He said troops were pursuing the attackers and had killed five of them since Sunday.''',
     note="vaguely placed and dated; the army's own claim of five killed is not a toll", optional=True),
   E("Police arrested 23 protesters in Beni during road-blocking protests against the killings.",
     "2019-12-09", "'On Monday' before Tuesday 2019-12-10 = Monday 2019-12-09",
     "Beni", "North Kivu", "CD", "arrest", "Congolese security forces", "protesters",
     None, None, None, None,
     '''On Monday, hundreds of young people blocked roads in Beni to protest against the killings, burning tyres and throwing stones at police. Police arrested 23 protesters, the mayor's office said.''',
     arrested=23)],
  [F("killed", 200, "Beni", '''More than 200 civilians have been killed in the Beni area since the army launched an offensive against the ADF on October 30, according to civil society groups.''')])

# --------------------------------------------------------------------------
# h10-13  Iraq, trial (no incident), 2021
# --------------------------------------------------------------------------
R("h10-13", "2021-05-27",
  "https://www.example-tigriswire.com/2021/05/27/baghdad-court-tuz-khurmatu-bombing-sentences",
  T('''Baghdad court sentences three to death over 2018 Tuz Khurmatu market bombing''',
    '''BAGHDAD, May 27 (Tigris Wire) - A Baghdad criminal court on Thursday sentenced three men to death by hanging for their part in a car bombing that killed nine people at a wholesale market in Tuz Khurmatu in September 2018, the Supreme Judicial Council said.''',
    '''A fourth defendant was given life imprisonment for helping to hide the car on a farm outside the town, the council said in a statement.''',
    '''The four were arrested in a raid in Hawija district in early 2020. Prosecutors said one of them had confessed to assembling the explosives and to belonging to the Islamic State group since 2014.''',
    '''Defence lawyers said their clients' confessions had been obtained under duress and that they would appeal. Rights groups have long criticised Iraq's terrorism trials as hasty, with many hearings lasting less than an hour.''',
    '''Iraqi courts have handed down thousands of death sentences since 2014 on charges of belonging to the militant group. Around 20,000 people are held on terrorism charges, according to a parliamentary committee.''',
    '''The verdict came two days after the president ratified a batch of execution orders, a judicial source said. The source said the orders covered 11 convicts whose appeals had been rejected.'''),
  [],
  [F("arrested", 20000, "Iraq", '''Around 20,000 people are held on terrorism charges, according to a parliamentary committee.''', note="held on terrorism charges")])

# --------------------------------------------------------------------------
# h10-14  Pakistan, wire, 2023
# --------------------------------------------------------------------------
R("h10-14", "2023-09-19",
  "https://www.example-induswire.com/2023/09/19/kulachi-police-post-attack-bannu-blast",
  T('''Two police, three attackers die in raid on Kulachi post''',
    '''PESHAWAR, September 19 (Indus Wire) - Militants armed with assault rifles and hand grenades stormed a police post in the Kulachi area of Dera Ismail Khan district late on Monday, killing two constables, police said.''',
    '''Officers at the post returned fire and the bodies of three attackers were recovered at daybreak, district police chief Tahir Khan said. A third constable was wounded in the leg.''',
    '''The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a message to journalists, saying its fighters had killed "at least eight policemen."''',
    '''In a separate incident on Sunday, a motorcycle packed with explosives blew up near a vegetable market in Bannu, killing a passer-by and wounding nine people, among them two children. No group said it was behind the bombing.''',
    '''Counter-terrorism police said on Tuesday they had arrested 11 suspects in overnight raids in Lakki Marwat district, including two men they described as facilitators of attacks on police.''',
    '''Attacks on police in Khyber Pakhtunkhwa have risen sharply since the TTP ended a ceasefire with the government last November. More than 200 policemen have been killed in the province so far this year, according to police figures.'''),
  [E("TTP militants stormed a police post in Kulachi, Dera Ismail Khan: two constables and three attackers killed, one constable wounded.",
     "2023-09-18", "'late on Monday' in a report datelined Tuesday 2023-09-19 = Monday 2023-09-18",
     "Kulachi", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
     5, None, 1, None,
     '''Militants armed with assault rifles and hand grenades stormed a police post in the Kulachi area of Dera Ismail Khan district late on Monday, killing two constables, police said. [...] Officers at the post returned fire and the bodies of three attackers were recovered at daybreak, district police chief Tahir Khan said. A third constable was wounded in the leg. [...] The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility''',
     note="2 police + 3 attackers = 5; TTP's claimed 'at least eight' not used"),
   E("Motorcycle bomb near a vegetable market in Bannu: one passer-by killed, nine wounded; unclaimed.",
     "2023-09-17", "'on Sunday' before Tuesday 2023-09-19 = Sunday 2023-09-17",
     "Bannu", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "civilians",
     1, None, 9, None,
     '''In a separate incident on Sunday, a motorcycle packed with explosives blew up near a vegetable market in Bannu, killing a passer-by and wounding nine people, among them two children. No group said it was behind the bombing.'''),
   E("Counter-terrorism police arrested 11 suspects in overnight raids in Lakki Marwat district.",
     "2023-09-18", "'overnight raids' announced on Tuesday 2023-09-19: the night begins Monday 2023-09-18",
     "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "militants (unidentified)",
     None, None, None, None,
     '''Counter-terrorism police said on Tuesday they had arrested 11 suspects in overnight raids in Lakki Marwat district, including two men they described as facilitators of attacks on police.''',
     arrested=11)],
  [F("killed", 200, "Khyber Pakhtunkhwa", '''More than 200 policemen have been killed in the province so far this year, according to police figures.''')])

# --------------------------------------------------------------------------
# h10-15  Syria, wire, 2019
# --------------------------------------------------------------------------
R("h10-15", "2019-06-03",
  "https://www.example-orientwire.com/2019/06/03/kafranbel-market-strikes-idlib",
  T('''Air strikes hit Kafranbel market as Idlib fighting spreads''',
    '''BEIRUT, June 3 (Orient Wire) - Government air strikes on a market in the rebel-held town of Kafranbel, in southern Idlib, killed nine civilians on Sunday, rescue workers and a war monitor said.''',
    '''The Syrian Network for Field Monitoring said the raids were carried out by Syrian government warplanes and that at least 20 people were wounded. Rescue workers pulled two children alive from the rubble of a shop.''',
    '''In government-held territory, rebel shelling killed five people, including two children, in the Christian-majority town of Suqaylabiyah in Hama province on Sunday, the state news agency SANA said. It blamed "terrorist groups" in the Idlib countryside.''',
    '''Further south, fighters from Hayat Tahrir al-Sham and allied factions launched a counterattack on Sunday on army positions around Kafr Nabudah, a village government forces captured last month. The monitor said 14 soldiers and pro-government militiamen and 11 rebels had been killed by Monday morning.''',
    '''The Russian-backed offensive on the last major rebel stronghold began at the end of April. More than 300 civilians have been killed since then and around 270,000 people have fled towards the Turkish border, according to UN and monitor figures.''',
    '''Turkey, which has observation posts in the area, called for an immediate halt to the fighting.'''),
  [E("Syrian government air strikes on the market of Kafranbel: nine civilians killed, at least 20 wounded.",
     "2019-06-02", "'on Sunday' in a report datelined Monday 2019-06-03 = Sunday 2019-06-02",
     "Kafranbel", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
     9, None, 20, None,
     '''Government air strikes on a market in the rebel-held town of Kafranbel, in southern Idlib, killed nine civilians on Sunday, rescue workers and a war monitor said. [...] The Syrian Network for Field Monitoring said the raids were carried out by Syrian government warplanes and that at least 20 people were wounded.'''),
   E("Rebel shelling of Suqaylabiyah killed five, including two children (SANA).",
     "2019-06-02", "'on Sunday' before Monday 2019-06-03 = Sunday 2019-06-02",
     "Suqaylabiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
     5, None, None, None,
     '''In government-held territory, rebel shelling killed five people, including two children, in the Christian-majority town of Suqaylabiyah in Hama province on Sunday, the state news agency SANA said. It blamed "terrorist groups" in the Idlib countryside.'''),
   E("HTS-led counterattack on army positions around Kafr Nabudah: 14 government troops and 11 rebels killed.",
     "2019-06-02", "counterattack launched 'on Sunday' = Sunday 2019-06-02; tolls counted to the next morning",
     "Kafr Nabudah", "Hama", "SY", "battle", "Hayat Tahrir al-Sham", "Syrian government forces",
     25, None, None, None,
     '''Further south, fighters from Hayat Tahrir al-Sham and allied factions launched a counterattack on Sunday on army positions around Kafr Nabudah, a village government forces captured last month. The monitor said 14 soldiers and pro-government militiamen and 11 rebels had been killed by Monday morning.''',
     note="14 + 11 = 25")],
  [F("killed", 300, "Idlib", '''More than 300 civilians have been killed since then and around 270,000 people have fled towards the Turkish border, according to UN and monitor figures.''', note="since the end of April"),
   F("displaced", 270000, "Idlib", '''More than 300 civilians have been killed since then and around 270,000 people have fled towards the Turkish border, according to UN and monitor figures.''')])

# --------------------------------------------------------------------------
# h10-16  Myanmar, anniversary analysis (no incident), 2022
# --------------------------------------------------------------------------
R("h10-16", "2022-02-01",
  "https://www.example-irrawaddyledger.com/2022/02/01/coup-one-year-on",
  T('''A year after the coup, Myanmar's generals are no closer to control''',
    '''YANGON, February 1 (Irrawaddy Ledger) - A year after the army seized power and detained the country's elected leaders, Myanmar's military controls the main cities but is fighting a war of attrition across much of the countryside, analysts say.''',
    '''Resistance groups, many formed by young people who fled to areas held by ethnic armed organisations, have spread from the hills of Chin and Kayah states to the dry central plains of Sagaing and Magway.''',
    '''"The army has won the battle for the towns and lost the battle for the villages," said a Yangon-based researcher who asked not to be named for his safety.''',
    '''A prisoners' rights group based in Thailand says security forces have killed more than 1,500 people and arrested about 11,800 since the coup.''',
    '''The United Nations says around 400,000 people have been displaced inside the country over the past year, and tens of thousands more have crossed into India and Thailand.''',
    '''Opposition groups have called on people to stay at home and close their shops on Tuesday in a "silent strike" to mark the anniversary. The military has warned that business owners who join could face prosecution and have their property seized.''',
    '''The junta has promised elections by August 2023, though few outside the army believe they will be free. Western governments announced new sanctions on Monday against officials they hold responsible for the crackdown.''',
    '''The economy shrank by almost a fifth in the last fiscal year, and the kyat has lost more than a third of its value against the dollar.'''),
  [],
  [F("killed", 1500, "Myanmar", '''A prisoners' rights group based in Thailand says security forces have killed more than 1,500 people and arrested about 11,800 since the coup.''', note="since the coup"),
   F("arrested", 11800, "Myanmar", '''A prisoners' rights group based in Thailand says security forces have killed more than 1,500 people and arrested about 11,800 since the coup.'''),
   F("displaced", 400000, "Myanmar", '''The United Nations says around 400,000 people have been displaced inside the country over the past year''')])

# --------------------------------------------------------------------------
# h10-17  Afghanistan, local paper, 2021
# --------------------------------------------------------------------------
R("h10-17", "2021-06-30",
  "https://www.example-kabulledger.com/2021/06/30/dasht-e-barchi-minibus-bomb-shinwari",
  T('''Sticky bomb kills four on Kabul minibus; army retakes Shinwari centre''',
    '''KABUL, June 30 (Kabul Ledger) - A magnetic bomb attached to a minibus exploded in the Dasht-e Barchi area of western Kabul on Tuesday evening, killing four passengers and wounding six, police said.''',
    '''The minibus was carrying office workers home when the device went off near a petrol station, a police spokesman said. Most of the area's residents are Hazaras, a mostly Shia minority that has been targeted repeatedly by the Islamic State's local affiliate.''',
    '''The group said on Wednesday, through its Amaq news agency, that it had planted the bomb.''',
    '''In Parwan province, north of the capital, government forces recaptured the centre of Shinwari district on Tuesday, two days after the Taliban overran it, the Ministry of Defence said. The ministry said 17 Taliban fighters were killed in the operation; a provincial council member said three soldiers also died.''',
    '''Taliban fighters had seized the district centre on Sunday after local police commanders abandoned their posts, residents said. Shops in the bazaar were looted before the insurgents pulled back.''',
    '''The Taliban have taken more than 50 of Afghanistan's roughly 400 districts since foreign troops began their final withdrawal on May 1, according to figures compiled by the Ledger.''',
    '''Hospitals in the capital were placed on alert on Wednesday, and police added checkpoints on the roads into Dasht-e Barchi.'''),
  [E("Magnetic bomb on a minibus in Dasht-e Barchi, western Kabul: four passengers killed, six wounded; IS claimed.",
     "2021-06-29", "'on Tuesday evening' in a report datelined Wednesday 2021-06-30 = Tuesday 2021-06-29",
     "Dasht-e Barchi", "Kabul", "AF", "explosion", "Islamic State", "civilians",
     4, None, 6, None,
     '''A magnetic bomb attached to a minibus exploded in the Dasht-e Barchi area of western Kabul on Tuesday evening, killing four passengers and wounding six, police said. [...] The group said on Wednesday, through its Amaq news agency, that it had planted the bomb.''',
     note="'The group' = the Islamic State's local affiliate named in the sentence before"),
   E("Government forces recaptured the Shinwari district centre in Parwan; three soldiers died (ministry's claim of 17 Taliban killed not used).",
     "2021-06-29", "'on Tuesday' before Wednesday 2021-06-30 = Tuesday 2021-06-29",
     "Shinwari", "Parwan", "AF", "territory_gain", "Afghan security forces", "Taliban",
     3, None, None, None,
     '''In Parwan province, north of the capital, government forces recaptured the centre of Shinwari district on Tuesday, two days after the Taliban overran it, the Ministry of Defence said. The ministry said 17 Taliban fighters were killed in the operation; a provincial council member said three soldiers also died.''',
     note="the attacking side's count of enemy dead (17) is a claim and not used; 3 soldiers from an independent source"),
   E("Taliban seized the Shinwari district centre after police commanders abandoned their posts; bazaar looted.",
     "2021-06-27", "'on Sunday', also 'two days' before Tuesday 2021-06-29 = Sunday 2021-06-27",
     "Shinwari", "Parwan", "AF", "territory_gain", "Taliban", "Afghan security forces",
     None, None, None, None,
     '''In Parwan province, north of the capital, government forces recaptured the centre of Shinwari district on Tuesday, two days after the Taliban overran it, the Ministry of Defence said. [...] Taliban fighters had seized the district centre on Sunday after local police commanders abandoned their posts, residents said.''')],
  [F("districts_retaken", 50, "Afghanistan", '''The Taliban have taken more than 50 of Afghanistan's roughly 400 districts since foreign troops began their final withdrawal on May 1, according to figures compiled by the Ledger.''', note="districts taken by the Taliban since 1 May")])

# --------------------------------------------------------------------------
# h10-18  Ukraine, business page (no incident), 2023
# --------------------------------------------------------------------------
R("h10-18", "2023-07-12",
  "https://www.example-dniprobusinessdaily.com/2023/07/12/steelmaker-export-battle",
  T('''Steelmaker fights for export markets as grain-deal deadline nears''',
    '''KYIV, July 12 (Dnipro Business Daily) - One of Ukraine's largest steelmakers is fighting to hold on to its European customers as the deal that lets ships leave Black Sea ports heads towards a deadline on Monday, its chief executive said.''',
    '''"Every month is a new battle," said Oksana Melnyk, head of Prydniprovia Steel, which runs two mills in the Dnipropetrovsk region. "We are on the front line of a price war, and our rivals do not have to work under air-raid sirens."''',
    '''The company exported 380,000 tonnes of rolled steel in the first half of the year, down from 1.1 million tonnes in the same period of 2021, before the full-scale invasion. Rail routes through Poland and barges on the Danube now carry most of it.''',
    '''The grain corridor, brokered by the United Nations and Turkey last July, expires on July 17 unless Russia agrees to extend it. Moscow has threatened to pull out, saying its own exports of food and fertiliser are being blocked.''',
    '''Traders said steel prices in Europe fell 4 percent in June, hit by weak demand from carmakers. Melnyk said the company was shooting for break-even this year and had no plans to cut jobs.''',
    '''Analysts at a Kyiv investment bank said the sector's output could recover by a third within a year if the sea route stays open and power supplies hold. Industrial consumers suffered rolling blackouts last winter after attacks on the power grid.''',
    '''"Our workers have been through worse," Melnyk said. "They will not be beaten by a spreadsheet."'''),
  [], [])

# --------------------------------------------------------------------------
# h10-19  Yemen, wire, 2018
# --------------------------------------------------------------------------
R("h10-19", "2018-01-23",
  "https://www.example-arabiawire.com/2018/01/23/saada-baqim-market-air-strike",
  T('''Coalition air strike on Saada livestock market kills at least 12''',
    '''SANAA, January 23 (Arabia Wire) - At least 12 people were killed and more than 20 wounded when warplanes of the Saudi-led coalition struck a livestock market in Baqim district of Saada province on Monday, a local health official said.''',
    '''The Houthi movement's al-Masirah television put the toll at 17 dead, all of them civilians, and broadcast footage of burning stalls and dead sheep.''',
    '''A coalition spokesman said on Tuesday that its aircraft had targeted "a gathering of armed Houthi elements" near the market and that the incident would be referred to the coalition's investigations team.''',
    '''Baqim borders Saudi Arabia and has been bombed regularly since the coalition entered the war in March 2015. Residents say the market is the only one within 40 km.''',
    '''On the Red Sea coast, fighting between Houthis and government forces around the town of Hays killed 16 fighters on both sides on Sunday, medical sources in Hodeidah said. The government forces, backed by troops from the United Arab Emirates, had advanced on Hays from the south at dawn, a military official said.''',
    '''An independent tracking group says the coalition has carried out more than 16,000 air raids since March 2015, about a third of them on non-military sites.'''),
  [E("Saudi-led coalition air strike on a livestock market in Baqim district, Saada: 12 killed (health official) or 17 (al-Masirah), more than 20 wounded.",
     "2018-01-22", "'on Monday' in a report datelined Tuesday 2018-01-23 = Monday 2018-01-22",
     "Baqim", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians",
     12, 17, 20, None,
     '''At least 12 people were killed and more than 20 wounded when warplanes of the Saudi-led coalition struck a livestock market in Baqim district of Saada province on Monday, a local health official said. [...] The Houthi movement's al-Masirah television put the toll at 17 dead, all of them civilians''',
     note="conflicting sources 12 / 17; the coalition says it hit fighters near the market but does not deny striking"),
   E("Government forces backed by UAE troops advanced on Hays from the south; fighting with the Houthis killed 16 on both sides.",
     "2018-01-21", "'on Sunday' before Tuesday 2018-01-23 = Sunday 2018-01-21",
     "Hays", "Hodeidah", "YE", "battle", "Yemeni government forces", "Houthis",
     16, None, None, None,
     '''On the Red Sea coast, fighting between Houthis and government forces around the town of Hays killed 16 fighters on both sides on Sunday, medical sources in Hodeidah said. The government forces, backed by troops from the United Arab Emirates, had advanced on Hays from the south at dawn, a military official said.''',
     note="the Houthis are named first but the government side advanced")],
  [F("other", 16000, "Yemen", '''An independent tracking group says the coalition has carried out more than 16,000 air raids since March 2015, about a third of them on non-military sites.''', note="air raids since March 2015")])

# --------------------------------------------------------------------------
# h10-20  Mali, local paper, 2023
# --------------------------------------------------------------------------
R("h10-20", "2023-01-18",
  "https://www.example-sahelcourier.com/2023/01/18/anderamboukane-herders-killed",
  T('''Islamic State fighters kill 19 herders near Anderamboukane''',
    '''BAMAKO, January 18 (Sahel Courier) - Gunmen on motorcycles killed at least 19 civilians on Saturday in a herders' camp about 40 km from Anderamboukane, in the Menaka region, local officials and a community association said.''',
    '''The victims, most of them Daoussahak herders, were shot as they tried to flee, said a member of the association, who gave the names of 17 of the dead. Two more bodies were found on Sunday.''',
    '''Local leaders blamed fighters of the Islamic State in the Greater Sahara, the jihadist group which has been trying to push rival armed movements out of the area since March last year.''',
    '''The following day, the militants clashed with fighters of the Movement for the Salvation of Azawad (MSA) near Inekar, west of Menaka town. The MSA said four of its men were killed and that it had "inflicted heavy losses" on the assailants.''',
    '''There was no comment from the army, which withdrew from several posts in the region last year.''',
    '''More than 30,000 people have fled to Menaka town since March 2022, according to humanitarian agencies. The town's mayor said food stocks would last "a few weeks at most."'''),
  [E("Gunmen on motorcycles, blamed on Islamic State in the Greater Sahara, killed at least 19 herders in a camp about 40 km from Anderamboukane.",
     "2023-01-14", "'on Saturday' in a report datelined Wednesday 2023-01-18 = Saturday 2023-01-14",
     "40 km from Anderamboukane", "Menaka", "ML", "attack_on_civilians", "Islamic State", "civilians",
     19, None, None, None,
     '''Gunmen on motorcycles killed at least 19 civilians on Saturday in a herders' camp about 40 km from Anderamboukane, in the Menaka region, local officials and a community association said. [...] Local leaders blamed fighters of the Islamic State in the Greater Sahara''',
     note="ISGS written 'Islamic State' as in news-wide; blame undisputed"),
   E("'The militants' (ISGS) clashed with MSA fighters near Inekar; the MSA lost four men.",
     "2023-01-15", "'The following day' after Saturday 2023-01-14 = Sunday 2023-01-15",
     "Inekar", "Menaka", "ML", "battle", "Islamic State", "MSA",
     4, None, None, None,
     '''The following day, the militants clashed with fighters of the Movement for the Salvation of Azawad (MSA) near Inekar, west of Menaka town. The MSA said four of its men were killed and that it had "inflicted heavy losses" on the assailants.''',
     note="the MSA calls the militants 'the assailants'; 'heavy losses' gives no number")],
  [F("displaced", 30000, "Menaka", '''More than 30,000 people have fled to Menaka town since March 2022, according to humanitarian agencies.''')])

# --------------------------------------------------------------------------
# h10-21  Somalia, sport page (no incident), 2019
# --------------------------------------------------------------------------
R("h10-21", "2019-07-21",
  "https://www.example-hornsport.com/2019/07/21/horseed-elman-derby",
  T('''Horseed storm Elman's defences to win capital derby''',
    '''MOGADISHU, July 21 (Horn Sport) - Horseed, the army's club, laid siege to the Elman goal for most of Saturday's derby and finally broke through twice in the last quarter of an hour to win 2-0 at Banadir Stadium.''',
    '''Elman survived wave after wave of attacks in the first half, with their goalkeeper, Abdirahman Ali, making four saves from close range.''',
    '''The deadlock was broken in the 77th minute when substitute Yusuf Nur fired a low shot inside the near post. Eight minutes later captain Omar Jama delivered the killer blow with a header from a corner.''',
    '''"We bombarded them and in the end they cracked," Horseed's coach said. "My players fought like soldiers."''',
    '''Elman's coach complained that the referee had ignored a foul on his striker, who was carried off with a knee injury. "He is the only casualty of the afternoon, and it was no accident," he said.''',
    '''About 5,000 spectators passed through three security checkpoints on the way into the ground, where armed police watched from the stands.''',
    '''The win takes Horseed three points clear at the top of the table with four rounds to play. Elman, who have now gone five matches without a victory, face a long trip to the south next weekend.'''),
  [], [])

# --------------------------------------------------------------------------
# h10-22  Burkina Faso, NGO statement, 2024
# --------------------------------------------------------------------------
R("h10-22", "2024-01-10",
  "https://www.example-sahelprotectionmonitor.org/statements/2024/01/10/djibo-convoy-tougouri",
  T('''Sahel Protection Monitor: at least 23 killed in attack on Djibo supply convoy; 11 civilians die in strike on Tougouri market''',
    '''Statement, 10 January 2024''',
    '''The Sahel Protection Monitor is alarmed by two attacks in northern and central Burkina Faso in the first week of the year that cost the lives of at least 34 people.''',
    '''On Friday, 5 January 2024, armed men attacked a convoy of about 60 supply lorries escorted by soldiers and volunteers for the defence of the homeland (VDP) roughly 30 km south of Djibo, on the road from Kongoussi. At least 23 people were killed, among them nine lorry drivers and apprentices and 14 soldiers and VDP, according to relatives and health workers contacted by the Monitor. Dozens of lorries were set on fire.''',
    '''Two days later the Group for the Support of Islam and Muslims (JNIM), which has besieged Djibo since 2022, claimed the attack, saying it had killed 50 soldiers.''',
    '''Earlier that week, on Wednesday, 3 January 2024, a military drone struck the weekly market in Tougouri, in the Centre-Nord region, killing at least 11 civilians, according to witnesses. The army said in a statement that it had targeted "a gathering of terrorists" and did not mention civilian casualties.''',
    '''"My father had gone to sell two goats. We found him under the tarpaulin of the millet sellers," a resident of Tougouri told the Monitor.''',
    '''Since January 2023, the Monitor has recorded more than 8,400 deaths in Burkina Faso linked to the conflict, the highest annual figure since the violence began in 2015. More than two million people are now displaced inside the country.''',
    '''We call on the authorities to investigate both incidents and on armed groups to allow food and medicine to reach besieged towns.'''),
  [E("JNIM attacked an escorted supply convoy about 30 km south of Djibo: 9 drivers/apprentices and 14 soldiers and VDP killed (23); JNIM claimed 50.",
     "2024-01-05", "text gives 'Friday, 5 January 2024' = Friday 2024-01-05",
     "30 km south of Djibo", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
     23, None, None, None,
     '''On Friday, 5 January 2024, armed men attacked a convoy of about 60 supply lorries escorted by soldiers and volunteers for the defence of the homeland (VDP) roughly 30 km south of Djibo, on the road from Kongoussi. At least 23 people were killed, among them nine lorry drivers and apprentices and 14 soldiers and VDP, according to relatives and health workers contacted by the Monitor. [...] Two days later the Group for the Support of Islam and Muslims (JNIM), which has besieged Djibo since 2022, claimed the attack, saying it had killed 50 soldiers.''',
     note="claim came two days later; JNIM's 50 not used"),
   E("Military drone strike on the weekly market in Tougouri: at least 11 civilians killed; army said it targeted 'terrorists'.",
     "2024-01-03", "text gives 'Wednesday, 3 January 2024' = Wednesday 2024-01-03",
     "Tougouri", "Centre-Nord", "BF", "explosion", "Burkinabe security forces", "civilians",
     11, None, None, None,
     '''Earlier that week, on Wednesday, 3 January 2024, a military drone struck the weekly market in Tougouri, in the Centre-Nord region, killing at least 11 civilians, according to witnesses. The army said in a statement that it had targeted "a gathering of terrorists" and did not mention civilian casualties.''')],
  [F("killed", 34, "Burkina Faso", '''The Sahel Protection Monitor is alarmed by two attacks in northern and central Burkina Faso in the first week of the year that cost the lives of at least 34 people.''', note="= 23 (Djibo convoy) + 11 (Tougouri market)"),
   F("killed", 8400, "Burkina Faso", '''Since January 2023, the Monitor has recorded more than 8,400 deaths in Burkina Faso linked to the conflict''', note="since January 2023"),
   F("displaced", 2000000, "Burkina Faso", '''More than two million people are now displaced inside the country.''')])

# --------------------------------------------------------------------------
# h10-23  Nigeria, aid appeal (no incident), 2020
# --------------------------------------------------------------------------
R("h10-23", "2020-06-05",
  "https://www.example-lakechadrelief.org/news/2020-06-05-lean-season-appeal",
  T('''Lake Chad Relief Network appeals for $90 million as lean season looms in Borno''',
    '''Press release, 5 June 2020''',
    '''The Lake Chad Relief Network today appealed for 90 million US dollars to feed and shelter families in north-east Nigeria through the lean season, when food stocks run out before the next harvest.''',
    '''More than 1.8 million people remain displaced in Borno, Adamawa and Yobe states, many of them in overcrowded camps where the coronavirus could spread quickly, the network said.''',
    '''"Families who have survived ten years of attacks now face a different enemy: hunger," said the network's country director, Ngozi Eze. "We cannot fight it with empty warehouses."''',
    '''Aid workers have themselves been targeted. Twelve aid workers were killed in the region last year, and the network had to suspend deliveries to several garrison towns after its convoys came under fire.''',
    '''The appeal would fund food for 400,000 people for four months, seeds and tools for farmers, and clean water in camps around Maiduguri, Monguno and Dikwa.''',
    '''Rains are expected to cut the roads to several towns from July, when supplies will have to be flown in by helicopter.''',
    '''The network said its appeal was 23 percent funded.'''),
  [],
  [F("displaced", 1800000, "Borno, Adamawa and Yobe", '''More than 1.8 million people remain displaced in Borno, Adamawa and Yobe states''')
   , F("killed", 12, "north-east Nigeria", '''Twelve aid workers were killed in the region last year''', note="aid workers killed in 2019")])

# --------------------------------------------------------------------------
# h10-24  Mozambique, local paper, 2022
# --------------------------------------------------------------------------
R("h10-24", "2022-10-12",
  "https://www.example-cabodelgadoobserver.com/2022/10/12/mucojo-camp-quiterajo",
  T('''Eight insurgents killed near Mucojo; two men beheaded in Quiterajo''',
    '''PEMBA, October 12 (Cabo Delgado Observer) - Rwandan and Mozambican troops attacked an insurgent camp in the forest near Mucojo, in Macomia district, on Sunday, killing eight fighters, a local administrator said.''',
    '''One Rwandan soldier died and two were wounded, the Rwanda Defence Force said in a statement on Monday, describing the operation as part of a "clearance campaign" along the coast.''',
    '''The administrator said the bodies of the insurgents were left in the camp, where troops found rifles, a generator and sacks of rice.''',
    '''Insurgents beheaded two men and set fire to a dozen homes in Quiterajo, a coastal village north of Mucojo, last Thursday, residents who fled to Macomia town said. No one has claimed that attack.''',
    '''Rwanda sent about 1,000 troops to Cabo Delgado in July last year, and they have since been reinforced. Fighting has shifted southwards this year, into districts such as Ancuabe and Chiure, which had been spared in the early years of the insurgency.''',
    '''In Ancuabe alone, more than 11,000 people fled their homes in September, according to UN figures.'''),
  [E("Rwandan and Mozambican troops attacked an insurgent camp near Mucojo: eight insurgents (administrator) and one Rwandan soldier killed, two soldiers wounded.",
     "2022-10-09", "'on Sunday' in a report datelined Wednesday 2022-10-12 = Sunday 2022-10-09",
     "Mucojo", "Cabo Delgado", "MZ", "battle", "Rwandan security forces", "militants (unidentified)",
     9, None, 2, None,
     '''Rwandan and Mozambican troops attacked an insurgent camp in the forest near Mucojo, in Macomia district, on Sunday, killing eight fighters, a local administrator said. [...] One Rwandan soldier died and two were wounded, the Rwanda Defence Force said in a statement on Monday''',
     note="8 insurgents (local administrator, not the attacking side's claim) + 1 soldier = 9; joint operation, Rwandan forces named first"),
   E("Insurgents beheaded two men and burned a dozen homes in Quiterajo; unclaimed.",
     "2022-10-06", "'last Thursday' before Wednesday 2022-10-12 = Thursday 2022-10-06",
     "Quiterajo", "Cabo Delgado", "MZ", "attack_on_civilians", "militants (unidentified)", "civilians",
     2, None, None, None,
     '''Insurgents beheaded two men and set fire to a dozen homes in Quiterajo, a coastal village north of Mucojo, last Thursday, residents who fled to Macomia town said. No one has claimed that attack.''')],
  [F("fighters", 1000, "Cabo Delgado", '''Rwanda sent about 1,000 troops to Cabo Delgado in July last year, and they have since been reinforced.''', note="Rwandan troops"),
   F("displaced", 11000, "Ancuabe", '''In Ancuabe alone, more than 11,000 people fled their homes in September, according to UN figures.''')])

# --------------------------------------------------------------------------
# h10-25  Iraq, wire, 2020
# --------------------------------------------------------------------------
R("h10-25", "2020-11-03",
  "https://www.example-tigriswire.com/2020/11/03/imam-weis-pmf-attack",
  T('''Four Hashd fighters die in attack near Imam Weis; bomb hits reinforcements''',
    '''BAQUBA, November 3 (Tigris Wire) - Gunmen attacked a position of the Popular Mobilization Forces near the village of Imam Weis, north-east of Muqdadiyah, late on Monday, killing three fighters and wounding two, a PMF commander said.''',
    '''One of the wounded died in hospital in Baquba on Tuesday morning, the commander added, bringing the toll to four.''',
    '''As reinforcements drove towards the village, a roadside bomb exploded under one of their vehicles, wounding six more fighters.''',
    '''The commander, who asked not to be named, blamed Islamic State cells hiding in the orchards and reed beds along the Diyala river. "They attack at night, then they disappear into the palm groves," he said. Both the attack and the bomb, he said, were the work of the same cell.''',
    '''No group claimed responsibility.''',
    '''Last month gunmen killed eight villagers in Farhatiya, near Balad in Salahuddin province, an attack that raised fears of sectarian reprisals.''',
    '''Although Iraq declared victory over the Islamic State in December 2017, the group still has an estimated 10,000 fighters in Iraq and Syria, according to a United Nations report.'''),
  [E("Gunmen, blamed on IS cells, attacked a PMF position near Imam Weis: three killed, two wounded, one of whom died next morning (4 killed, 1 wounded).",
     "2020-11-02", "'late on Monday' in a report datelined Tuesday 2020-11-03 = Monday 2020-11-02",
     "Imam Weis", "Diyala", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
     4, None, 1, None,
     '''Gunmen attacked a position of the Popular Mobilization Forces near the village of Imam Weis, north-east of Muqdadiyah, late on Monday, killing three fighters and wounding two, a PMF commander said. [...] One of the wounded died in hospital in Baquba on Tuesday morning, the commander added, bringing the toll to four. [...] The commander, who asked not to be named, blamed Islamic State cells hiding in the orchards and reed beds along the Diyala river.''',
     note="wounded who later died: 3+1 killed, 2-1 wounded; blame undisputed"),
   E("Roadside bomb under a vehicle of PMF reinforcements driving towards Imam Weis wounded six; blamed on the same IS cell.",
     "2020-11-02", "same night as the attack 'late on Monday' = Monday 2020-11-02",
     "Imam Weis", "Diyala", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
     None, None, 6, None,
     '''As reinforcements drove towards the village, a roadside bomb exploded under one of their vehicles, wounding six more fighters. [...] Both the attack and the bomb, he said, were the work of the same cell.'''),
   E("Background: gunmen killed eight villagers in Farhatiya, near Balad, 'last month'.",
     None, "'Last month' only",
     "Farhatiya", "Salahuddin", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians",
     8, None, None, None,
     '''Last month gunmen killed eight villagers in Farhatiya, near Balad in Salahuddin province, an attack that raised fears of sectarian reprisals.''',
     note="vaguely dated background inside the news window", optional=True)],
  [F("fighters", 10000, "Iraq and Syria", '''the group still has an estimated 10,000 fighters in Iraq and Syria, according to a United Nations report.''')])

# --------------------------------------------------------------------------
# h10-26  Ethiopia, wire, 2023
# --------------------------------------------------------------------------
R("h10-26", "2023-11-29",
  "https://www.example-addiswire.com/2023/11/29/west-wellega-bus-abduction-mendi",
  T('''Bus passengers abducted in West Wellega; army says Mendi retaken''',
    '''ADDIS ABABA, November 29 (Addis Wire) - Armed men stopped two buses on the road between Gimbi and Nekemte on Monday and abducted at least 20 passengers, local officials said.''',
    '''The buses were travelling east towards Nekemte when they were forced to halt near a bridge, a passenger who was released because she was carrying an infant told a local radio station. The gunmen walked the others into the forest, she said.''',
    '''Zonal officials blamed the Oromo Liberation Army (OLA), which has fought the government in western Oromia for years. An OLA spokesman denied the group was involved and called the accusation "a smear designed to poison the peace process."''',
    '''Separately, the army said on Tuesday that its troops had retaken the town of Mendi, in the west of the zone, on Sunday after two days of fighting with OLA fighters. It did not give a toll. Residents said the fighters had controlled parts of the town since early November.''',
    '''Kidnappings for ransom have become common on roads in western and central Oromia. Families often pay hundreds of thousands of birr to free relatives.''',
    '''Talks between the government and the OLA in Tanzania ended this month without a deal.'''),
  [E("Armed men stopped two buses on the Gimbi-Nekemte road and abducted at least 20 passengers; officials blamed the OLA, which denied it.",
     "2023-11-27", "'on Monday' in a report datelined Wednesday 2023-11-29 = Monday 2023-11-27",
     "road between Gimbi and Nekemte", "Oromia", "ET", "other", "unknown", "civilians",
     None, None, None, None,
     '''Armed men stopped two buses on the road between Gimbi and Nekemte on Monday and abducted at least 20 passengers, local officials said. [...] Zonal officials blamed the Oromo Liberation Army (OLA), which has fought the government in western Oromia for years. An OLA spokesman denied the group was involved''',
     note="abduction; blame denied, nobody claims -> unknown"),
   E("The army retook Mendi from OLA fighters after two days of fighting; no toll.",
     "2023-11-26", "'on Sunday' (said by the army on Tuesday 2023-11-28) before Wednesday 2023-11-29 = Sunday 2023-11-26",
     "Mendi", "Oromia", "ET", "territory_gain", "Ethiopian security forces", "Oromo Liberation Army",
     None, None, None, None,
     '''Separately, the army said on Tuesday that its troops had retaken the town of Mendi, in the west of the zone, on Sunday after two days of fighting with OLA fighters.''')],
  [])

# --------------------------------------------------------------------------
# h10-27  Syria, local news site, 2021
# --------------------------------------------------------------------------
R("h10-27", "2021-12-06",
  "https://www.example-horanvoice.com/2021/12/06/tafas-assassination-daraa",
  T('''Former rebel commander shot dead in Tafas as Daraa violence grows''',
    '''DARAA, December 6 (Horan Voice) - Unknown gunmen shot dead a former rebel commander and his nephew in the town of Tafas on Sunday evening, relatives said.''',
    '''The commander, Abu Fares al-Hariri, had joined a local security unit under the reconciliation deal of 2018 that returned the province to government control. The two men were hit as they left a mosque after evening prayers, a relative said.''',
    '''Earlier on Sunday, an explosive device planted on the road between Muzayrib and Yadudah killed two soldiers, a military source told state media, which blamed "terrorist cells."''',
    '''On Saturday, shells fired from positions held by the army's Fourth Division wounded three children in Daraa al-Balad, the old quarter of the provincial capital, according to local activists. The children were playing in a courtyard, they said.''',
    '''No group has claimed either of Sunday's attacks.''',
    '''Assassinations have become almost daily in Daraa since the reconciliation deal, with former rebels, government officials and informants among the victims. A local documentation group counted 49 people killed in assassinations across the province in November alone.'''),
  [E("Unknown gunmen shot dead a former rebel commander and his nephew in Tafas.",
     "2021-12-05", "'on Sunday evening' in a report datelined Monday 2021-12-06 = Sunday 2021-12-05",
     "Tafas", "Daraa", "SY", "other", "militants (unidentified)", "civilians",
     2, None, None, None,
     '''Unknown gunmen shot dead a former rebel commander and his nephew in the town of Tafas on Sunday evening, relatives said.''',
     note="assassination -> other; unnamed gunmen"),
   E("An explosive device planted on the Muzayrib-Yadudah road killed two soldiers; state media blamed 'terrorist cells'.",
     "2021-12-05", "'Earlier on Sunday' = Sunday 2021-12-05",
     "road between Muzayrib and Yadudah", "Daraa", "SY", "explosion", "militants (unidentified)", "Syrian government forces",
     2, None, None, None,
     '''Earlier on Sunday, an explosive device planted on the road between Muzayrib and Yadudah killed two soldiers, a military source told state media, which blamed "terrorist cells."'''),
   E("Shells fired from Fourth Division positions wounded three children in Daraa al-Balad.",
     "2021-12-04", "'On Saturday' before Monday 2021-12-06 = Saturday 2021-12-04",
     "Daraa al-Balad", "Daraa", "SY", "explosion", "Syrian government forces", "civilians",
     None, None, 3, None,
     '''On Saturday, shells fired from positions held by the army's Fourth Division wounded three children in Daraa al-Balad, the old quarter of the provincial capital, according to local activists.''')],
  [F("killed", 49, "Daraa", '''A local documentation group counted 49 people killed in assassinations across the province in November alone.''', note="assassinations in November")])

# --------------------------------------------------------------------------
# h10-28  Sudan, statistics (no incident), 2024
# --------------------------------------------------------------------------
R("h10-28", "2024-02-22",
  "https://www.example-nilewire.com/2024/02/22/sudan-war-in-numbers",
  T('''Ten months of war: Sudan's crisis in numbers''',
    '''PORT SUDAN, February 22 (Nile Wire) - Ten months after fighting broke out between the army and the Rapid Support Forces, Sudan has become the world's largest displacement crisis, aid agencies say.''',
    '''More than 8 million people have fled their homes since April 15 last year, including about 1.7 million who crossed into Chad, South Sudan, Egypt and other neighbours, according to UN figures.''',
    '''An independent conflict-monitoring project has recorded more than 13,900 deaths in the war, a figure its researchers say is almost certainly an undercount. Hospitals in Khartoum, Darfur and Kordofan have been shelled, looted or occupied.''',
    '''Some 18 million people face acute hunger, and the lean season, when stocks run out before the harvest, begins in May. "We are running out of time, and so are the people of Sudan," a senior UN humanitarian official said on Wednesday.''',
    '''The RSF's capture of Wad Madani in December forced hundreds of thousands of people who had already fled Khartoum to move again.''',
    '''A UN appeal for $2.7 billion for Sudan this year is 4 percent funded. Talks between the two sides, mediated by Saudi Arabia and the United States, have been suspended since December.'''),
  [],
  [F("displaced", 8000000, "Sudan", '''More than 8 million people have fled their homes since April 15 last year''', note="since 15 April 2023"),
   F("displaced", 1700000, "Sudan", '''including about 1.7 million who crossed into Chad, South Sudan, Egypt and other neighbours''', note="refugees abroad, part of the 8 million"),
   F("killed", 13900, "Sudan", '''An independent conflict-monitoring project has recorded more than 13,900 deaths in the war''')])

# --------------------------------------------------------------------------
# h10-29  Afghanistan, local paper, 2015
# --------------------------------------------------------------------------
R("h10-29", "2015-10-20",
  "https://www.example-kabulledger.com/2015/10/20/andar-checkpoints-qarabagh-bomb",
  T('''Sixteen die as Taliban hit Andar checkpoints''',
    '''GHAZNI, October 20 (Kabul Ledger) - Sixteen people were killed overnight in Ghazni's Andar district when Taliban fighters attacked three police checkpoints, officials said on Tuesday.''',
    '''Nine of the dead were policemen and the rest insurgents, district governor Abdul Wahid Saberi said. Four more police were wounded.''',
    '''The fighting began at about 10 p.m. on Monday and lasted until dawn, when reinforcements arrived from Ghazni city, the governor said.''',
    '''A Taliban spokesman said the group had killed 25 policemen and captured weapons and a pickup truck.''',
    '''On Sunday, a roadside bomb struck a minibus on the Kabul-Kandahar highway in Qarabagh district, killing five civilians, among them a woman and a boy, the provincial police chief said. He blamed the Taliban, who did not comment.''',
    '''The attacks come weeks after the Taliban briefly seized the northern city of Kunduz, their biggest victory since 2001. Afghan forces have since taken back most of the city.''',
    '''In the first half of the year, nearly 5,000 civilians were killed or wounded across Afghanistan, according to the United Nations.'''),
  [E("Taliban attacked three police checkpoints in Andar district overnight: 9 police and 7 insurgents killed (16), four police wounded.",
     "2015-10-19", "fighting began 'at about 10 p.m. on Monday' = Monday 2015-10-19 (report Tuesday 2015-10-20)",
     "Andar", "Ghazni", "AF", "battle", "Taliban", "Afghan security forces",
     16, None, 4, None,
     '''Sixteen people were killed overnight in Ghazni's Andar district when Taliban fighters attacked three police checkpoints, officials said on Tuesday. [...] Nine of the dead were policemen and the rest insurgents, district governor Abdul Wahid Saberi said. Four more police were wounded. [...] The fighting began at about 10 p.m. on Monday and lasted until dawn''',
     note="total 16 across sides; Taliban's claimed 25 police not used"),
   E("Roadside bomb hit a minibus on the Kabul-Kandahar highway in Qarabagh district, killing five civilians; police blamed the Taliban.",
     "2015-10-18", "'On Sunday' before Tuesday 2015-10-20 = Sunday 2015-10-18",
     "Qarabagh", "Ghazni", "AF", "explosion", "Taliban", "civilians",
     5, None, None, None,
     '''On Sunday, a roadside bomb struck a minibus on the Kabul-Kandahar highway in Qarabagh district, killing five civilians, among them a woman and a boy, the provincial police chief said. He blamed the Taliban, who did not comment.''',
     note="blame given, not disputed"),
   E("Background: the Taliban briefly seized Kunduz 'weeks' earlier.",
     None, "'weeks after' only",
     "Kunduz", "Kunduz", "AF", "territory_gain", "Taliban", "Afghan security forces",
     None, None, None, None,
     '''The attacks come weeks after the Taliban briefly seized the northern city of Kunduz, their biggest victory since 2001.''',
     note="passing background, vaguely dated", optional=True),
   E("Background: Afghan forces have since taken back most of Kunduz.",
     None, "'since', no date",
     "Kunduz", "Kunduz", "AF", "territory_gain", "Afghan security forces", "Taliban",
     None, None, None, None,
     '''Afghan forces have since taken back most of the city.''',
     note="passing background, undated", optional=True)],
  [F("other", 5000, "Afghanistan", '''In the first half of the year, nearly 5,000 civilians were killed or wounded across Afghanistan, according to the United Nations.''', note="civilians killed or wounded, first half of 2015")])

# --------------------------------------------------------------------------
# h10-30  DR Congo, local paper, 2024
# --------------------------------------------------------------------------
R("h10-30", "2024-03-06",
  "https://www.example-kivuecho.com/2024/03/06/sake-shells-shasha-fighting",
  T('''Shells kill three in Sake as fighting rages around Shasha''',
    '''GOMA, March 6 (Kivu Echo) - A woman and two of her children were killed on Tuesday afternoon when shells fell on the centre of Sake, 25 km west of Goma, the town's civil society coordinator said. Eight other people were wounded, four of them children.''',
    '''The army accused the M23 rebels, who have held hills overlooking the town since early February, of firing the shells. The rebels did not comment.''',
    '''On Monday, heavy fighting broke out around Shasha, on the road linking Sake to Minova, as the army and allied Wazalendo militias tried to dislodge the rebels from the village. By nightfall the M23 still held Shasha, according to residents of nearby villages.''',
    '''The fighting has cut the last main road into Goma from the west, sending food prices in the city soaring.''',
    '''About 135,000 people fled Sake for camps around Goma in February alone, according to aid agencies. Many sleep in churches and schools.''',
    '''"We left everything, and even here we hear the bombs," said a displaced mother of six at the Lushagala camp.'''),
  [E("Shells fell on the centre of Sake: a woman and two children killed, eight wounded; the army blamed the M23, which did not comment.",
     "2024-03-05", "'on Tuesday afternoon' in a report datelined Wednesday 2024-03-06 = Tuesday 2024-03-05",
     "Sake", "North Kivu", "CD", "explosion", "M23", "civilians",
     3, None, 8, None,
     '''A woman and two of her children were killed on Tuesday afternoon when shells fell on the centre of Sake, 25 km west of Goma, the town's civil society coordinator said. Eight other people were wounded, four of them children. [...] The army accused the M23 rebels, who have held hills overlooking the town since early February, of firing the shells.''',
     note="toll in words ('a woman and two of her children'); blame undisputed"),
   E("Army and Wazalendo militias attacked M23 positions around Shasha; the rebels still held it at nightfall; no toll.",
     "2024-03-04", "'On Monday' before Wednesday 2024-03-06 = Monday 2024-03-04",
     "Shasha", "North Kivu", "CD", "battle", "Congolese security forces", "M23",
     None, None, None, None,
     '''On Monday, heavy fighting broke out around Shasha, on the road linking Sake to Minova, as the army and allied Wazalendo militias tried to dislodge the rebels from the village.''')],
  [F("displaced", 135000, "Sake", '''About 135,000 people fled Sake for camps around Goma in February alone, according to aid agencies.''')])

# --------------------------------------------------------------------------
# h10-31  Yemen, feature opening on a person, 2017
# --------------------------------------------------------------------------
R("h10-31", "2017-08-28",
  "https://www.example-arabiawire.com/features/2017/08/28/taiz-barber-sniper-street",
  T('''In Taiz, a barber's chair and a sniper's street''',
    '''Ahmed Saif had just swept the hair from the floor of his barbershop on Saturday afternoon when he heard the crack of a rifle and a scream from the street outside.''',
    '''Hamza, a ten-year-old boy who ran errands for the shops along the lane, was lying on the asphalt with a bullet in his chest. He died before neighbours could carry him to al-Rawdah hospital.''',
    '''The shot was fired by a sniper in a building held by Houthi fighters at the edge of the Jahmaliya neighbourhood, residents said. The front line runs barely 300 metres from Ahmed's shop.''',
    '''An hour later, a mortar round fired from Houthi-held positions hit a house in the same neighbourhood, killing a woman and her teenage daughter, according to the local health office.''',
    '''"Every family on this street has lost someone," said Ahmed, 52, who has cut hair in Jahmaliya for three decades.''',
    '''Taiz, Yemen's third-largest city, has been divided by front lines since 2015. Government-aligned fighters hold the centre; the Houthis hold the eastern districts and the hills around the city, from where they can fire into the streets below.''',
    '''The city's health office says more than 3,000 civilians have been killed in Taiz since the fighting began.''',
    '''On Sunday, Ahmed reopened his shop. He has hung a blanket across the door.'''),
  [E("A sniper in a Houthi-held building killed a ten-year-old boy in the street in Jahmaliya, Taiz.",
     "2017-08-26", "'on Saturday afternoon' in a feature published Monday 2017-08-28 = Saturday 2017-08-26",
     "Jahmaliya", "Taiz", "YE", "attack_on_civilians", "Houthis", "civilians",
     1, None, None, None,
     '''Ahmed Saif had just swept the hair from the floor of his barbershop on Saturday afternoon when he heard the crack of a rifle and a scream from the street outside. [...] Hamza, a ten-year-old boy who ran errands for the shops along the lane, was lying on the asphalt with a bullet in his chest. He died before neighbours could carry him to al-Rawdah hospital. [...] The shot was fired by a sniper in a building held by Houthi fighters at the edge of the Jahmaliya neighbourhood, residents said.''',
     note="toll in words; place told after the toll"),
   E("An hour later a mortar round from Houthi-held positions hit a house in Jahmaliya, killing a woman and her daughter.",
     "2017-08-26", "'An hour later' than the shooting of Saturday 2017-08-26",
     "Jahmaliya", "Taiz", "YE", "explosion", "Houthis", "civilians",
     2, None, None, None,
     '''An hour later, a mortar round fired from Houthi-held positions hit a house in the same neighbourhood, killing a woman and her teenage daughter, according to the local health office.''')],
  [F("killed", 3000, "Taiz", '''The city's health office says more than 3,000 civilians have been killed in Taiz since the fighting began.''')])

# --------------------------------------------------------------------------
# h10-32  Pakistan, wire, 2024
# --------------------------------------------------------------------------
R("h10-32", "2024-06-20",
  "https://www.example-induswire.com/2024/06/20/buleda-fc-post-bajaur-blast",
  T('''Seven dead in attack on FC post in Kech; blast hits police van in Bajaur''',
    '''QUETTA, June 20 (Indus Wire) - Three Frontier Corps soldiers and four attackers were killed when separatist fighters assaulted an FC post in the Buleda area of Kech district late on Wednesday, officials said.''',
    '''The military's media wing said troops had "effectively engaged" the attackers and that the post remained in government hands. Two soldiers were wounded.''',
    '''The Baloch Liberation Front, one of several separatist groups fighting for independence for Balochistan, claimed the assault in a statement on Thursday and said its fighters had killed 12 soldiers.''',
    '''In the north-west, a remote-controlled bomb hit a police van in Khar, the main town of Bajaur district, on Tuesday, killing two policemen and wounding three, police said. No group claimed responsibility.''',
    '''Bajaur borders Afghanistan and has seen attacks by both the Pakistani Taliban and the local branch of the Islamic State in the past year.''',
    '''Separatist violence in Balochistan has surged since March, when attackers targeted a naval air base in Turbat and the port complex in Gwadar.''',
    '''Officials say the provincial government will hold a security meeting in Quetta next week to review protection for roads used by Chinese-funded projects.'''),
  [E("Separatist fighters (BLF, claimed) assaulted an FC post in Buleda, Kech: three soldiers and four attackers killed, two soldiers wounded; BLF claimed 12 soldiers.",
     "2024-06-19", "'late on Wednesday' in a report datelined Thursday 2024-06-20 = Wednesday 2024-06-19",
     "Buleda", "Balochistan", "PK", "battle", "Baloch Liberation Front", "Pakistani security forces",
     7, None, 2, None,
     '''Three Frontier Corps soldiers and four attackers were killed when separatist fighters assaulted an FC post in the Buleda area of Kech district late on Wednesday, officials said. [...] Two soldiers were wounded. [...] The Baloch Liberation Front, one of several separatist groups fighting for independence for Balochistan, claimed the assault in a statement on Thursday and said its fighters had killed 12 soldiers.''',
     note="3 + 4 = 7; claimed 12 not used; claim came a day later"),
   E("Remote-controlled bomb hit a police van in Khar, Bajaur: two police killed, three wounded; unclaimed.",
     "2024-06-18", "'on Tuesday' before Thursday 2024-06-20 = Tuesday 2024-06-18",
     "Khar", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
     2, None, 3, None,
     '''In the north-west, a remote-controlled bomb hit a police van in Khar, the main town of Bajaur district, on Tuesday, killing two policemen and wounding three, police said. No group claimed responsibility.''',
     note="two groups mentioned as active in the area, neither blamed")],
  [])

# --------------------------------------------------------------------------
# h10-33  Somalia, wire, 2019
# --------------------------------------------------------------------------
R("h10-33", "2019-04-15",
  "https://www.example-hornwire.com/2019/04/15/sabiid-retaken-afgooye-ambush",
  T('''Somali troops retake Sabiid; al-Shabaab claims ambush near Afgooye''',
    '''MOGADISHU, April 15 (Horn Wire) - Somali government troops backed by African Union peacekeepers recaptured the town of Sabiid in Lower Shabelle region on Sunday, more than a year after it fell to al-Shabaab, a regional commander said.''',
    '''Two soldiers were killed in the fighting, Colonel Ahmed Farah told the Horn Wire by telephone, adding that the militants "fled carrying their dead."''',
    '''Residents who had fled to Afgooye said the fighters set fire to a school and a government office before withdrawing.''',
    '''Al-Shabaab described its withdrawal as "tactical" in a statement on its radio station and said its fighters had ambushed an army convoy near Afgooye on Monday morning, killing 10 soldiers.''',
    '''A military officer in Afgooye confirmed that a convoy had come under fire but said one soldier was slightly wounded and no one was killed.''',
    '''Sabiid lies on the road between Afgooye and Marka, which government forces have struggled to keep open.''',
    '''The operation is part of a wider offensive in Lower Shabelle that the army says will drive the militants out of the farmland west of Mogadishu by the end of the year. Farmers in the area say they have been forced to pay "taxes" to the militants on every harvest.'''),
  [E("Government troops with AU peacekeepers recaptured Sabiid from al-Shabaab; two soldiers killed.",
     "2019-04-14", "'on Sunday' in a report datelined Monday 2019-04-15 = Sunday 2019-04-14",
     "Sabiid", "Lower Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
     2, None, None, None,
     '''Somali government troops backed by African Union peacekeepers recaptured the town of Sabiid in Lower Shabelle region on Sunday, more than a year after it fell to al-Shabaab, a regional commander said. [...] Two soldiers were killed in the fighting, Colonel Ahmed Farah told the Horn Wire by telephone''',
     note="the side counting its own losses; militants' dead not counted"),
   E("Al-Shabaab ambushed an army convoy near Afgooye; the army says one soldier slightly wounded and nobody killed (the group claimed 10).",
     "2019-04-15", "'on Monday morning' = the dateline day, Monday 2019-04-15",
     "Afgooye", "Lower Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces",
     0, None, 1, None,
     '''Al-Shabaab described its withdrawal as "tactical" in a statement on its radio station and said its fighters had ambushed an army convoy near Afgooye on Monday morning, killing 10 soldiers. [...] A military officer in Afgooye confirmed that a convoy had come under fire but said one soldier was slightly wounded and no one was killed.''',
     note="claimed toll 10 not used; the attacked side says no one was killed")],
  [])

# --------------------------------------------------------------------------
# h10-34  Myanmar, feature opening on a person, 2023
# --------------------------------------------------------------------------
R("h10-34", "2023-04-26",
  "https://www.example-irrawaddyledger.com/features/2023/04/26/pauk-air-strike",
  T('''"The sky is our enemy now": Pauk counts its dead''',
    '''Daw Nwe Nwe Aye was sorting tomatoes at her stall when she heard the jets. On Thursday, 20 April 2023, two military aircraft dropped bombs on the edge of Pauk, a market town in the Magway region, killing nine people, among them three children, according to local volunteers and a resistance administrator.''',
    '''Her husband, who had gone to fetch water, was among the dead.''',
    '''Twelve more people were wounded and taken to a clinic run by the local resistance administration, which said it had run out of painkillers by nightfall.''',
    '''The military's information team said in a statement that the air force had attacked "a camp of PDF terrorists" near Pauk. It did not mention civilian casualties.''',
    '''Three days later, on Sunday, fighters of a local People's Defence Force ambushed a military column on the road between Pauk and Saw. The group said it had killed six soldiers and lost one of its own fighters.''',
    '''Resistance forces have been active around Pauk for much of the past year, and the military has increasingly relied on air power to strike the area, residents say.''',
    '''A prisoners' rights group based in Thailand says more than 3,400 people have been killed by the military since the February 2021 coup.''',
    '''"The sky is our enemy now," Daw Nwe Nwe Aye said. She now sends her children to sleep in a bamboo shelter dug into a hillside.'''),
  [E("Two military aircraft bombed the edge of Pauk: nine killed including three children, 12 wounded; the junta said it hit a PDF camp.",
     "2023-04-20", "text gives 'Thursday, 20 April 2023' = Thursday 2023-04-20",
     "Pauk", "Magway", "MM", "explosion", "Myanmar security forces", "civilians",
     9, None, 12, None,
     '''On Thursday, 20 April 2023, two military aircraft dropped bombs on the edge of Pauk, a market town in the Magway region, killing nine people, among them three children, according to local volunteers and a resistance administrator. [...] Twelve more people were wounded and taken to a clinic run by the local resistance administration''',
     note="the military claims the strike, denies nothing"),
   E("A local PDF ambushed a military column on the Pauk-Saw road; the PDF lost one fighter (its claim of six soldiers killed not used).",
     "2023-04-23", "'Three days later, on Sunday' after Thursday 2023-04-20 = Sunday 2023-04-23",
     "road between Pauk and Saw", "Magway", "MM", "battle", "People's Defense Forces", "Myanmar security forces",
     1, None, None, None,
     '''Three days later, on Sunday, fighters of a local People's Defence Force ambushed a military column on the road between Pauk and Saw. The group said it had killed six soldiers and lost one of its own fighters.''',
     note="the attackers' claim (6) is not used; their count of their own loss (1) is")],
  [F("killed", 3400, "Myanmar", '''A prisoners' rights group based in Thailand says more than 3,400 people have been killed by the military since the February 2021 coup.''')])

# --------------------------------------------------------------------------
# h10-35  Nigeria, wire, 2017
# --------------------------------------------------------------------------
R("h10-35", "2017-03-14",
  "https://www.example-savannahwire.com/2017/03/14/konduga-mosque-female-bombers",
  T('''Female bombers kill four worshippers in Konduga mosque attack''',
    '''MAIDUGURI, March 14 (Savannah Wire) - Two young women blew themselves up at the entrance of a mosque in Konduga during dawn prayers on Monday, killing four worshippers, a vigilante leader said.''',
    '''Eleven other people were wounded and taken to hospital in Maiduguri, 38 km to the north-west, said Ali Modu of the Civilian Joint Task Force. A third girl who was following the bombers was stopped at a checkpoint on the edge of town and her explosive vest was defused by soldiers, he said.''',
    '''No group claimed the attack, but Modu blamed Boko Haram, which has used women and girls as suicide bombers in dozens of attacks in Borno state.''',
    '''Separately, soldiers repelled an attack on their base in Mafa late on Sunday, killing seven insurgents, an army spokesman said. Two soldiers were wounded, he said.''',
    '''The army says it has rescued more than 21,000 people from the militants' camps since the start of 2016.''',
    '''Konduga has been hit repeatedly by suicide bombers over the past two years. In February 2016, two female bombers killed some 60 people at a displacement camp in Dikwa.'''),
  [E("Two female suicide bombers blew themselves up at a mosque entrance in Konduga at dawn prayers: four worshippers and the two bombers dead, 11 wounded; blamed on Boko Haram.",
     "2017-03-13", "'on Monday' in a report datelined Tuesday 2017-03-14 = Monday 2017-03-13",
     "Konduga", "Borno", "NG", "explosion", "Boko Haram", "civilians",
     6, None, 11, None,
     '''Two young women blew themselves up at the entrance of a mosque in Konduga during dawn prayers on Monday, killing four worshippers, a vigilante leader said. [...] Eleven other people were wounded and taken to hospital in Maiduguri, 38 km to the north-west, said Ali Modu of the Civilian Joint Task Force. [...] No group claimed the attack, but Modu blamed Boko Haram''',
     note="4 worshippers + 2 bombers = 6 (attackers who blew themselves up count)"),
   E("A third girl following the bombers was stopped at a checkpoint in Konduga and her vest defused.",
     "2017-03-13", "same dawn, Monday 2017-03-13",
     "Konduga", "Borno", "NG", "other", "Boko Haram", "Nigerian security forces",
     None, None, None, None,
     '''A third girl who was following the bombers was stopped at a checkpoint on the edge of town and her explosive vest was defused by soldiers, he said.''',
     note="foiled suicide attempt; arguably part of the mosque attack", optional=True),
   E("Insurgents attacked the army base in Mafa and were repelled; seven insurgents killed, two soldiers wounded.",
     "2017-03-12", "'late on Sunday' before Tuesday 2017-03-14 = Sunday 2017-03-12",
     "Mafa", "Borno", "NG", "battle", "militants (unidentified)", "Nigerian security forces",
     7, None, 2, None,
     '''Separately, soldiers repelled an attack on their base in Mafa late on Sunday, killing seven insurgents, an army spokesman said. Two soldiers were wounded, he said.''',
     note="the attacked side's count of attackers killed is used; no group named")],
  [F("other", 21000, "Borno", '''The army says it has rescued more than 21,000 people from the militants' camps since the start of 2016.''', note="people rescued since 2016")])

# --------------------------------------------------------------------------
# h10-36  Ukraine, wire, 2023
# --------------------------------------------------------------------------
R("h10-36", "2023-02-15",
  "https://www.example-blackseawire.com/2023/02/15/kharkiv-saltivskyi-strike-toll-rises",
  T('''Toll from missile strike on Kharkiv apartment block rises to five''',
    '''KHARKIV, February 15 (Black Sea Wire) - The death toll from a Russian missile strike on a five-storey apartment block in Kharkiv's Saltivskyi district rose to five on Wednesday, including a 12-year-old girl, after rescuers pulled two more bodies from the rubble, the regional governor said.''',
    '''The missile hit the building shortly before midnight on Monday, collapsing one of its entrances. Initial reports had put the dead at three. Another 14 people were wounded, among them a rescuer who was hurt when part of a wall fell on Tuesday.''',
    '''Russia's defence ministry, which says it does not target civilians, said on Tuesday that its forces had struck "military infrastructure" in Kharkiv.''',
    '''Further south, artillery fire from positions held by Russian forces on the far bank of the Kakhovka reservoir hit Nikopol overnight into Wednesday, wounding two men and damaging a gas pipeline, the head of the regional military administration said.''',
    '''Ukraine's General Staff said on Wednesday that its troops had repelled more than 60 Russian attacks over the past day, most of them around Bakhmut, Lyman and Avdiivka.''',
    '''Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border and has been hit regularly since the invasion began in February last year.''',
    '''"I heard the whistle and then the windows came in," said Olena, 67, who lives in the next block and spent the night in a school gym.'''),
  [E("Russian missile hit a five-storey block in Saltivskyi district, Kharkiv: toll rose from 3 to 5 (incl. a girl), 14 wounded.",
     "2023-02-13", "'shortly before midnight on Monday' in a report datelined Wednesday 2023-02-15 = Monday 2023-02-13",
     "Saltivskyi", "Kharkiv", "UA", "explosion", "Russian security forces", "civilians",
     5, None, 14, None,
     '''The death toll from a Russian missile strike on a five-storey apartment block in Kharkiv's Saltivskyi district rose to five on Wednesday, including a 12-year-old girl, after rescuers pulled two more bodies from the rubble, the regional governor said. [...] The missile hit the building shortly before midnight on Monday, collapsing one of its entrances. Initial reports had put the dead at three. Another 14 people were wounded''',
     note="first toll 3, latest 5 stands; Russia says it hit 'military infrastructure' (no denial of the strike)"),
   E("Artillery from Russian-held positions across the Kakhovka reservoir hit Nikopol, wounding two men.",
     "2023-02-14", "'overnight into Wednesday' (Wednesday 2023-02-15) takes the first night, Tuesday 2023-02-14",
     "Nikopol", "Dnipropetrovsk", "UA", "explosion", "Russian security forces", "civilians",
     None, None, 2, None,
     '''Further south, artillery fire from positions held by Russian forces on the far bank of the Kakhovka reservoir hit Nikopol overnight into Wednesday, wounding two men and damaging a gas pipeline, the head of the regional military administration said.'''),
   E("Russian attacks repelled around Bakhmut, Lyman and Avdiivka over the past day (aggregate).",
     None, "'over the past day', aggregate of unspecified clashes",
     "Bakhmut", "Donetsk", "UA", "battle", "Russian security forces", "Ukrainian security forces",
     None, None, None, None,
     '''Ukraine's General Staff said on Wednesday that its troops had repelled more than 60 Russian attacks over the past day, most of them around Bakhmut, Lyman and Avdiivka.''',
     note="aggregate of many clashes at several places", optional=True)],
  [F("other", 60, "Donetsk front", '''Ukraine's General Staff said on Wednesday that its troops had repelled more than 60 Russian attacks over the past day''', note="Russian attacks repelled in a day")])


# ==========================================================================
# Checks (fail loudly) and output
# ==========================================================================
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1",
              "actor2", "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EXTRA_KEYS = {"note", "arrested", "optional"}
COUNTRIES = {"IQ", "SY", "AF", "YE", "SO", "NG", "ML", "BF", "MZ", "ET", "SD", "CD", "PK", "MM", "UA"}
WEEKDAYS = list(calendar.day_name)          # Monday .. Sunday
MONTHS = list(calendar.month_name)[1:]      # January .. December
WD = "|".join(WEEKDAYS)
MO = "|".join(MONTHS)
ISO = r"\d{4}-\d{2}-\d{2}"

errors = []


def fail(rid, msg):
    errors.append(f"{rid}: {msg}")


def parse_iso(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def sentences(body):
    parts = re.split(r'(?<=[.!?])["\u201d]?\s+(?=["\u201cA-Z0-9])', body.strip())
    return [p for p in parts if p.strip()]


def check_weekday_phrases(rid, text, where):
    """Every 'Weekday, D Month YYYY' (also without comma) and 'Weekday, Month D, YYYY' must be true."""
    n = 0
    for m in re.finditer(rf"\b({WD}),? (\d{{1,2}}) ({MO}) (\d{{4}})\b", text):
        n += 1
        d = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            fail(rid, f"{where}: '{m.group(0)}' is a {WEEKDAYS[d.weekday()]}")
    for m in re.finditer(rf"\b({WD}),? ({MO}) (\d{{1,2}}),? (\d{{4}})\b", text):
        n += 1
        d = dt.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            fail(rid, f"{where}: '{m.group(0)}' is a {WEEKDAYS[d.weekday()]}")
    return n


def check_date_note(rid, note, where):
    """Weekday words written next to an ISO date ('Tuesday 2016-05-10' or '2016-05-10 (Tuesday)')
    must name that date's weekday; every ISO date in a note must parse."""
    for m in re.finditer(ISO, note):
        if parse_iso(m.group(0)) is None:
            fail(rid, f"{where}: bad date {m.group(0)!r} in date_note")
    for m in re.finditer(rf"\b({WD}) ({ISO})\b", note):
        d = parse_iso(m.group(2))
        if d and WEEKDAYS[d.weekday()] != m.group(1):
            fail(rid, f"{where}: date_note says {m.group(1)} {m.group(2)}, which is a {WEEKDAYS[d.weekday()]}")
    for m in re.finditer(rf"({ISO}),? \(?(?:a )?({WD})\b", note):
        d = parse_iso(m.group(1))
        if d and WEEKDAYS[d.weekday()] != m.group(2):
            fail(rid, f"{where}: date_note says {m.group(1)} {m.group(2)}, which is a {WEEKDAYS[d.weekday()]}")
    # a weekday word that stands alone (not quoted from the text, not beside a date) is suspicious
    stripped = re.sub(r"'[^']*'", "", note)
    for m in re.finditer(rf"\b({WD})\b", stripped):
        tail = stripped[m.end():m.end() + 12]
        head = stripped[max(0, m.start() - 14):m.start()]
        if not re.match(rf" {ISO}", tail) and not re.search(rf"{ISO},? \(?(?:a )?$", head):
            fail(rid, f"{where}: weekday '{m.group(1)}' in date_note not tied to a date")


def check_evidence(rid, text, evidence, where):
    if not evidence or not evidence.strip():
        fail(rid, f"{where}: empty evidence")
        return
    for piece in evidence.split(" [...] "):
        if not piece.strip():
            fail(rid, f"{where}: empty evidence piece")
        elif piece not in text:
            fail(rid, f"{where}: evidence piece not verbatim in text: {piece[:90]!r}")
        if "[...]" in piece:
            fail(rid, f"{where}: stray '[...]' marker in evidence piece")


def check_count(rid, e, key, where):
    lo, hi = e.get(key), e.get(key + "_high")
    for v, k in ((lo, key), (hi, key + "_high")):
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            fail(rid, f"{where}: {k} must be a non-negative integer or null, got {v!r}")
    if hi is not None and lo is None:
        fail(rid, f"{where}: {key}_high without {key}")
    if hi is not None and lo is not None and hi < lo:
        fail(rid, f"{where}: {key}_high {hi} < {key} {lo}")


def check():
    if len(REPORTS) != 36:
        fail("set", f"{len(REPORTS)} reports, expected 36")
    datelines = 0
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        want = f"h10-{i + 1:02d}"
        if rid != want:
            fail(rid, f"id out of order, expected {want}")
        pub = parse_iso(r["published"])
        if pub is None:
            fail(rid, f"bad published {r['published']!r}")
            continue
        if not re.match(r"https://www\.example-[a-z0-9-]+\.(com|org)/", r["url"]):
            fail(rid, f"url not on an example- domain: {r['url']}")
        text = r["text"]
        if text != text.strip() or "\t" in text:
            fail(rid, "text has leading/trailing space or tabs")
        headline, _, body = text.partition("\n\n")
        if not headline or "\n" in headline or len(headline) > 160:
            fail(rid, "first line must be a one-line headline")
        n = len(sentences(body))
        if not 8 <= n <= 25:
            fail(rid, f"{n} sentences in the body, expected 8-25")
        m = re.match(rf"([A-Z][A-Z .'-]*[A-Z]), ({MO}) (\d{{1,2}}) \(([^)]+)\) - ", body)
        if m:
            datelines += 1
            if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                fail(rid, f"dateline '{m.group(2)} {m.group(3)}' differs from published {r['published']}")
        elif re.search(rf"\b[A-Z]{{3,}}, ({MO}) \d{{1,2}} \(", body):
            fail(rid, "dateline-like string not at the start of the body")
        check_weekday_phrases(rid, text, "text")
        for j, e in enumerate(r["events"]):
            where = f"event {j}"
            keys = list(e.keys())
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS or not set(keys[len(EVENT_KEYS):]) <= EXTRA_KEYS:
                fail(rid, f"{where}: keys {keys}")
            if e["type"] not in TYPES:
                fail(rid, f"{where}: type {e['type']!r} not in schema")
            if e["country"] not in COUNTRIES:
                fail(rid, f"{where}: country {e['country']!r}")
            for k in ("summary", "date_note", "place", "actor1", "actor2"):
                if not isinstance(e[k], str) or not e[k].strip():
                    fail(rid, f"{where}: {k} empty")
            if e["admin"] is not None and not e["admin"].strip():
                fail(rid, f"{where}: admin empty string")
            if e["date"] is not None:
                d = parse_iso(e["date"])
                if d is None:
                    fail(rid, f"{where}: bad date {e['date']!r}")
                elif d > pub:
                    fail(rid, f"{where}: date {e['date']} after publication {r['published']}")
                elif e["date"] not in e["date_note"]:
                    fail(rid, f"{where}: date_note does not name the date {e['date']}")
            check_date_note(rid, e["date_note"], where)
            for m2 in re.finditer(ISO, e["date_note"]):
                d2 = parse_iso(m2.group(0))
                if d2 and d2 > pub:
                    fail(rid, f"{where}: date_note names {m2.group(0)}, after publication")
            check_count(rid, e, "killed", where)
            check_count(rid, e, "wounded", where)
            if "optional" in e and e["optional"] is not True:
                fail(rid, f"{where}: optional must be true when present")
            if "arrested" in e:
                if e["type"] != "arrest" or not isinstance(e["arrested"], int):
                    fail(rid, f"{where}: arrested count only on arrest events, as an integer")
            check_evidence(rid, text, e["evidence"], where)
        for j, f in enumerate(r["figures"]):
            where = f"figure {j}"
            if f["what"] not in FIGURE_WHAT:
                fail(rid, f"{where}: what {f['what']!r}")
            if not isinstance(f["value"], int) or f["value"] < 0:
                fail(rid, f"{where}: value {f['value']!r}")
            check_evidence(rid, text, f["evidence"], where)
    return datelines


# country of each report (reports without events included), for the counts only
REPORT_COUNTRY = dict(zip([f"h10-{i:02d}" for i in range(1, 37)], (
    "IQ ML SY BF AF MZ YE ET SO SD NG CD IQ PK SY MM AF UA "
    "YE ML SO BF NG MZ IQ ET SY SD AF CD YE PK SO MM NG UA").split()))


def stats(datelines):
    ev = [e for r in REPORTS for e in r["events"]]
    opt = [e for e in ev if e.get("optional")]
    figs = [f for r in REPORTS for f in r["figures"]]
    empty = [r["id"] for r in REPORTS if not [e for e in r["events"] if not e.get("optional")]]
    print(f"reports {len(REPORTS)}, events {len(ev)} ({len(opt)} optional, {len(ev) - len(opt)} scored), "
          f"figures {len(figs)}, datelines {datelines}")
    print(f"reports with no scored event: {len(empty)} {' '.join(empty)}")
    print("reports by country:", dict(sorted(Counter(REPORT_COUNTRY[r["id"]] for r in REPORTS).items())))
    print("events by country:", dict(sorted(Counter(e["country"] for e in ev).items())))
    print("scored events by country:", dict(sorted(Counter(e["country"] for e in ev if not e.get("optional")).items())))
    print("events by type:", dict(sorted(Counter(e["type"] for e in ev).items())))
    print("scored events by type:", dict(sorted(Counter(e["type"] for e in ev if not e.get("optional")).items())))
    print("scored events with killed:", sum(1 for e in ev if not e.get("optional") and e["killed"] is not None),
          "with wounded:", sum(1 for e in ev if not e.get("optional") and e["wounded"] is not None),
          "with a date:", sum(1 for e in ev if not e.get("optional") and e["date"]),
          "actor1 unknown:", sum(1 for e in ev if not e.get("optional") and e["actor1"] == "unknown"))
    print("years:", dict(sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    print("figures by what:", dict(sorted(Counter(f["what"] for f in figs).items())))
    lens = [len(sentences(r["text"].partition("\n\n")[2])) for r in REPORTS]
    print(f"body sentences per report: min {min(lens)}, max {max(lens)}, total {sum(lens)}")


def write():
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                 "url": r["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    dl = check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    write()
    stats(dl)
    print("wrote docs.jsonl and gold.jsonl")
