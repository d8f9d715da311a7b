#!/usr/bin/env python3
"""probe-holdout9: held-out blind set of invented conflict reports with gold events.
Run `python3 make.py` to check the data and write docs.jsonl and gold.jsonl."""
import datetime, json, os, re, sys, textwrap

DOCS = []
KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
        "killed", "killed_high", "wounded", "wounded_high", "evidence"]


def E(summary, date, date_note, place, admin, country, type_, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="", **extra):
    ev = dict(zip(KEYS, [summary, date, date_note, place, admin, country, type_, actor1, actor2,
                         killed, killed_high, wounded, wounded_high, evidence]))
    ev.update(extra)
    return ev


def F(what, value, place, evidence, **extra):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    f.update(extra)
    return f


def doc(id_, published, text, events=(), figures=(), url=None):
    text = textwrap.dedent(text).strip("\n")
    DOCS.append({"id": id_, "published": published, "text": text, "events": list(events),
                 "figures": list(figures), "url": url})

# ---------------------------------------------------------------- h9-01
doc("h9-01", "2017-03-09", """
Suicide car bomb hits Iraqi troops in west Mosul's al-Tayaran district

MOSUL, Iraq, March 9 (Tigris Wire) - An Islamic State suicide bomber drove an armoured car into a group of Iraqi federal police in west Mosul's al-Tayaran district on Wednesday, killing seven people, officers at the scene said.

The dead included five policemen and the driver of a civilian water truck that was parked beside the unit, according to a police captain who gave his name as Abu Haidar. The bomber also died in the blast, which left a crater several metres wide on the main road near the old airport.

"They came at us at first light, we fired at the car but it was too fast," the captain said.

Nine other policemen were wounded and taken to a field hospital south of the city, a medic said.

Islamic State said in a statement carried by its Amaq agency that one of its "martyrdom seekers" had struck a gathering of "apostates", without giving a toll.

Federal police units have been pushing north through the district since the airport fell to government troops late last month.

On Sunday, mortar rounds fired from militant positions landed in the Wadi Hajar neighbourhood, killing four civilians from one family, a local official said.

The United Nations says more than 45,000 people have fled western Mosul since the offensive on that side of the Tigris began on Feb. 19.

Read more: Mosul families queue for bread as markets reopen
""", [
    E("IS suicide car bomb against federal police in al-Tayaran district, west Mosul", "2017-03-08",
      "'on Wednesday' before publication Thursday 2017-03-09", "al-Tayaran", "Nineveh", "IQ",
      "explosion", "Islamic State", "Iraqi Security Forces", 7, None, 9, None,
      "An Islamic State suicide bomber drove an armoured car into a group of Iraqi federal police in west Mosul's al-Tayaran district on Wednesday, killing seven people, officers at the scene said. [...] Nine other policemen were wounded and taken to a field hospital south of the city, a medic said.",
      note="7 = 5 police + 1 truck driver + bomber; total given as seven"),
    E("Mortar rounds from IS positions killed four civilians of one family in Wadi Hajar, Mosul", "2017-03-05",
      "'On Sunday' before publication Thursday 2017-03-09", "Wadi Hajar", "Nineveh", "IQ",
      "explosion", "Islamic State", "civilians", 4, None, None, None,
      "On Sunday, mortar rounds fired from militant positions landed in the Wadi Hajar neighbourhood, killing four civilians from one family, a local official said.",
      note="'militant positions' in context of IS-held Mosul"),
], [
    F("displaced", 45000, "western Mosul", "The United Nations says more than 45,000 people have fled western Mosul since the offensive on that side of the Tigris began on Feb. 19."),
])

# ---------------------------------------------------------------- h9-02
doc("h9-02", "2018-01-18", """
SDF says it repelled Islamic State attack near Hajin

By staff reporter, Euphrates Post

HAJIN, Syria - Fighters of the US-backed Syrian Democratic Forces repelled an overnight attack by Islamic State militants on their positions outside the village of al-Bahra, about 6 km north of Hajin, the alliance said on Wednesday.

In a statement posted online, the SDF said 17 attackers were killed in the fighting, which began late on Tuesday and lasted until dawn.

Five of its own fighters also died and eight were wounded, the statement added.

A commander who identified himself as Siyamend said the militants used the cover of a sandstorm to approach the earth berms around the village. "They came in three groups, with motorbikes and one vehicle packed with explosives, which we destroyed before it reached us," he said.

Coalition aircraft struck militant positions on the edge of Hajin on Wednesday afternoon, the SDF said, without giving details of casualties.

The pocket along the eastern bank of the Euphrates is one of the last areas where the jihadists still hold towns. Analysts estimate that between 2,000 and 3,000 militants remain there.

Earlier this month the SDF said it had cleared four villages further north, an advance that could not be independently confirmed.
""", [
    E("IS attack on SDF positions at al-Bahra near Hajin repelled overnight; 17 attackers and 5 SDF killed", "2018-01-16",
      "overnight, began 'late on Tuesday' (first night) before statement Wednesday 2018-01-17", "al-Bahra", "Deir ez-Zor", "SY",
      "battle", "Islamic State", "Syrian Democratic Forces", 22, None, 8, None,
      "Fighters of the US-backed Syrian Democratic Forces repelled an overnight attack by Islamic State militants on their positions outside the village of al-Bahra, about 6 km north of Hajin, the alliance said on Wednesday. [...] In a statement posted online, the SDF said 17 attackers were killed in the fighting, which began late on Tuesday and lasted until dawn. [...] Five of its own fighters also died and eight were wounded, the statement added.",
      note="22 = 17 IS + 5 SDF"),
    E("Coalition aircraft struck IS positions on the edge of Hajin", "2018-01-17",
      "'on Wednesday afternoon' (publication Thursday 2018-01-18)", "Hajin", "Deir ez-Zor", "SY",
      "explosion", "US-led coalition", "Islamic State", None, None, None, None,
      "Coalition aircraft struck militant positions on the edge of Hajin on Wednesday afternoon, the SDF said, without giving details of casualties."),
    E("SDF cleared four villages further north", None,
      "'Earlier this month'; not dated", "four villages north of Hajin", "Deir ez-Zor", "SY",
      "territory_gain", "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "Earlier this month the SDF said it had cleared four villages further north, an advance that could not be independently confirmed.",
      optional=True),
], [
    F("fighters", 2000, "Hajin pocket", "Analysts estimate that between 2,000 and 3,000 militants remain there.", note="2,000-3,000"),
])

# ---------------------------------------------------------------- h9-03
doc("h9-03", "2019-08-22", """
Taliban ambush police convoy on Kunduz-Khanabad road

KUNDUZ, Afghanistan (Hindukush Press) - Taliban fighters ambushed a police convoy on the road between Kunduz city and Khanabad district on Tuesday evening, killing six policemen, provincial officials said on Wednesday.

The convoy was carrying supplies to outposts in Khanabad when it came under fire near the village of Aqtepa, said Ghulam Sakhi Rahimi, a member of the provincial council. Four other officers were wounded and two vehicles were burnt, he said.

A Taliban spokesman said in a message to reporters that the group's fighters had killed 20 police and seized weapons. The insurgents often exaggerate the losses they inflict.

Police reinforcements arrived after about an hour and the attackers withdrew towards nearby orchards, Rahimi said.

In a separate incident on Wednesday morning, a roadside bomb struck a minibus in Imam Sahib district, north of the provincial capital, killing three passengers, including a woman, the district governor said. No group claimed responsibility, but the governor blamed the Taliban.

Kunduz has seen heavy fighting in recent years and the city was briefly overrun by the insurgents in 2015 and again in 2016.

The attacks came as US and Taliban negotiators met in Doha for another round of talks on a withdrawal of foreign troops.
""", [
    E("Taliban ambushed a police convoy near Aqtepa on the Kunduz-Khanabad road", "2019-08-20",
      "'on Tuesday evening', reported Wednesday; publication Thursday 2019-08-22", "Aqtepa", "Kunduz", "AF",
      "battle", "Taliban", "Afghan security forces", 6, None, 4, None,
      "Taliban fighters ambushed a police convoy on the road between Kunduz city and Khanabad district on Tuesday evening, killing six policemen, provincial officials said on Wednesday. [...] The convoy was carrying supplies to outposts in Khanabad when it came under fire near the village of Aqtepa, said Ghulam Sakhi Rahimi, a member of the provincial council. Four other officers were wounded and two vehicles were burnt, he said.",
      note="Taliban claimed 20 police killed; claim not used"),
    E("Roadside bomb struck a minibus in Imam Sahib district, killing three passengers; Taliban blamed", "2019-08-21",
      "'on Wednesday morning' (publication Thursday 2019-08-22)", "Imam Sahib", "Kunduz", "AF",
      "explosion", "Taliban", "civilians", 3, None, None, None,
      "In a separate incident on Wednesday morning, a roadside bomb struck a minibus in Imam Sahib district, north of the provincial capital, killing three passengers, including a woman, the district governor said. No group claimed responsibility, but the governor blamed the Taliban.",
      note="perpetrator blamed by governor, not claimed"),
])

# ---------------------------------------------------------------- h9-04
doc("h9-04", "2020-06-11", """
Insurgents kill villagers near Konduga, burn homes

Daily Sahel Mirror, Maiduguri

Gunmen believed to be fighters loyal to Abubakar Shekau stormed Kofa village, about 15 km from Konduga town in Borno State, on Tuesday night, killing 11 villagers, residents and a militia leader said.

The attackers arrived on motorcycles around 9pm and opened fire on people sitting outside their homes, said Bulama Kachalla, the village head, who escaped into the bush.

"They shot anyone they saw and set fire to the grain stores," he told our correspondent by phone. Among the dead were two women and a 12-year-old boy, he said.

Dozens of others were wounded and taken to the State Specialist Hospital in Maiduguri, a health worker said.

A member of the Civilian Joint Task Force, Modu Ali, said the vigilantes counted 11 bodies on Wednesday morning and buried them according to Islamic rites.

The army did not comment on the attack. Soldiers have withdrawn from several smaller bases in the area into fortified "super camps" over the past year, leaving many villages without protection.

Two days earlier, on Sunday, troops said they had killed five insurgents in an ambush on the road between Konduga and Bama, an army spokesman said in a statement.

The conflict in the northeast has killed more than 30,000 people and displaced some two million since 2009.
""", [
    E("Boko Haram (Shekau loyalists) attacked Kofa village near Konduga, killing 11 villagers", "2020-06-09",
      "'on Tuesday night' (publication Thursday 2020-06-11)", "Kofa", "Borno", "NG",
      "attack_on_civilians", "Boko Haram", "civilians", 11, None, None, None,
      "Gunmen believed to be fighters loyal to Abubakar Shekau stormed Kofa village, about 15 km from Konduga town in Borno State, on Tuesday night, killing 11 villagers, residents and a militia leader said. [...] Dozens of others were wounded and taken to the State Specialist Hospital in Maiduguri, a health worker said.",
      note="'dozens' wounded -> null"),
    E("Troops ambushed insurgents on the Konduga-Bama road, killing five", "2020-06-07",
      "'Two days earlier, on Sunday' (publication Thursday 2020-06-11)", "Konduga-Bama road", "Borno", "NG",
      "battle", "Nigerian security forces", "militants (unidentified)", 5, None, None, None,
      "Two days earlier, on Sunday, troops said they had killed five insurgents in an ambush on the road between Konduga and Bama, an army spokesman said in a statement.",
      note="'Two days earlier' counted loosely from Tuesday; Sunday stated"),
], [
    F("killed", 30000, "northeast Nigeria", "The conflict in the northeast has killed more than 30,000 people and displaced some two million since 2009."),
    F("displaced", 2000000, "northeast Nigeria", "The conflict in the northeast has killed more than 30,000 people and displaced some two million since 2009."),
])

# ---------------------------------------------------------------- h9-05
doc("h9-05", "2018-05-02", """
Baghdad court sentences 12 to death over Islamic State membership

BAGHDAD (Rafidain News Agency) - A criminal court in Baghdad on Tuesday sentenced 12 men to death by hanging after convicting them of belonging to Islamic State, a judicial spokesman said.

The defendants, all Iraqi, were accused of taking part in the group's administration of towns in Anbar province between 2014 and 2016, spokesman Karim al-Jubouri said in a statement.

Two other defendants were acquitted for lack of evidence and a third received a 15-year prison term.

Human rights groups have criticised the speed of the trials, some of which last less than 20 minutes, and say confessions are often obtained under duress.

"The courts must distinguish between those who fought and those who were forced to cook or clean," said a researcher with a Baghdad-based legal aid group, who asked not to be named.

Iraqi authorities say they are holding more than 19,000 people on terrorism charges, many of them captured during the battles for Mosul and other cities.

The ministry of justice says appeals can take up to a year.

The government declared victory over the militants in December, but sleeper cells still carry out attacks in rural areas.
""", [], [
    F("arrested", 19000, "Iraq", "Iraqi authorities say they are holding more than 19,000 people on terrorism charges, many of them captured during the battles for Mosul and other cities."),
])

# ---------------------------------------------------------------- h9-06
doc("h9-06", "2016-10-27", """
Joint Operations Command: 23 terrorists killed in operations south of Hawija

STATEMENT

The Joint Operations Command announces that units of the Iraqi army and the federal police, supported by the Popular Mobilisation, carried out a cordon-and-search operation on Wednesday 26 October 2016 in the villages of al-Sayyid Hamad and Tal Ali, south of Hawija.

The forces killed 23 terrorists of the Daesh gangs during the operation and destroyed three booby-trapped vehicles and two weapons caches.

Two members of our heroic forces were martyred and four others were wounded.

The aircraft of the international coalition struck a gathering of the terrorist gangs near the village of al-Zab on Tuesday, destroying a headquarters and a mortar position.

The operations continue according to the plans set by the Commander in Chief of the Armed Forces.

Note from the editor, Kirkuk Now: The figures in the statement could not be verified independently. Residents of Hawija, which has been held by Islamic State since 2014, said food prices had tripled since the start of the Mosul offensive on Oct. 17.
""", [
    E("Iraqi army, federal police and PMF cordon-and-search in al-Sayyid Hamad and Tal Ali south of Hawija; 23 IS and 2 troops killed", "2016-10-26",
      "'on Wednesday 26 October 2016' stated", "al-Sayyid Hamad and Tal Ali", "Kirkuk", "IQ",
      "battle", "Iraqi Security Forces", "Islamic State", 25, None, 4, None,
      "The Joint Operations Command announces that units of the Iraqi army and the federal police, supported by the Popular Mobilisation, carried out a cordon-and-search operation on Wednesday 26 October 2016 in the villages of al-Sayyid Hamad and Tal Ali, south of Hawija. [...] The forces killed 23 terrorists of the Daesh gangs during the operation and destroyed three booby-trapped vehicles and two weapons caches. [...] Two members of our heroic forces were martyred and four others were wounded.",
      note="25 = 23 IS + 2 troops; two villages sharing one toll kept as one event"),
    E("Coalition aircraft struck an IS gathering near al-Zab", "2016-10-25",
      "'on Tuesday' in a statement dated Wednesday 26 October 2016 (published Thursday 2016-10-27)", "al-Zab", "Kirkuk", "IQ",
      "explosion", "US-led coalition", "Islamic State", None, None, None, None,
      "The aircraft of the international coalition struck a gathering of the terrorist gangs near the village of al-Zab on Tuesday, destroying a headquarters and a mortar position."),
])

# ---------------------------------------------------------------- h9-07
doc("h9-07", "2019-02-14", """
Death toll in Mogadishu checkpoint bombing rises to 11

MOGADISHU (Banadir Times) - The number of people killed when a car bomb exploded at a security checkpoint in Mogadishu's Hodan district on Tuesday has risen to 11, a police officer said on Wednesday, up from eight given on the day of the attack.

Three of the wounded died overnight in Madina hospital, said Captain Mohamed Hussein. Most of the victims were drivers of minibuses and rickshaws waiting to be searched, and two were soldiers at the checkpoint.

Sixteen people are still being treated for their injuries, he added.

Al-Shabaab said it carried out the bombing, in a claim broadcast on its Andalus radio station, and said it had targeted "apostate soldiers".

Witnesses said the driver of the vehicle, a white saloon car, tried to speed through the barrier before it blew up.

"The sound was so loud that the windows of our shop fell out," said Hawa Abdi, who sells mobile phones nearby.

On Monday night, mortar shells landed near the airport compound, which houses foreign embassies and UN offices, but caused no casualties, AMISOM said.

Al-Shabaab was driven out of Mogadishu in 2011 but still controls large parts of the countryside and regularly carries out bombings in the capital.

Photo: Soldiers stand guard at the site of the explosion in Hodan district.
""", [
    E("Al-Shabaab car bomb at a checkpoint in Hodan district, Mogadishu; toll revised to 11", "2019-02-12",
      "'on Tuesday' (publication Thursday 2019-02-14)", "Hodan", "Banaadir", "SO",
      "explosion", "al-Shabaab", "civilians", 11, None, 16, None,
      "The number of people killed when a car bomb exploded at a security checkpoint in Mogadishu's Hodan district on Tuesday has risen to 11, a police officer said on Wednesday, up from eight given on the day of the attack. [...] Sixteen people are still being treated for their injuries, he added. [...] Al-Shabaab said it carried out the bombing, in a claim broadcast on its Andalus radio station, and said it had targeted \"apostate soldiers\".",
      note="revised toll 8 -> 11 (the later figure stands); victims mostly civilians, two soldiers"),
    E("Mortar shells landed near Mogadishu airport compound; no casualties", "2019-02-11",
      "'On Monday night' (publication Thursday 2019-02-14)", "Mogadishu airport", "Banaadir", "SO",
      "explosion", "unknown", "unknown", 0, None, 0, None,
      "On Monday night, mortar shells landed near the airport compound, which houses foreign embassies and UN offices, but caused no casualties, AMISOM said."),
])

# ---------------------------------------------------------------- h9-08
doc("h9-08", "2017-08-03", """
UN human rights office "deeply alarmed" by civilian deaths in Raqqa

GENEVA, 3 August 2017 - The UN human rights office said on Thursday it was deeply alarmed by reports of civilian casualties in the Syrian city of Raqqa, where an offensive against Islamic State is under way.

According to information received by the office, airstrikes killed at least 19 civilians, among them seven children, in the al-Badu neighbourhood of Raqqa on Monday. Residents told monitors that the strikes hit a block of flats where several displaced families were sheltering.

The office did not say whose aircraft were responsible. The US-led coalition, which supports the Syrian Democratic Forces with air power, said it was assessing the reports.

The office also said that Islamic State snipers had shot dead three civilians trying to flee across the Euphrates on Tuesday near the old bridge.

Up to 25,000 civilians are believed to be trapped inside the city, and their situation is "dire", a spokesperson said.

"All parties must take every feasible precaution to spare civilians," the spokesperson said.

The SDF, which entered Raqqa in June, said on Wednesday its fighters had taken full control of the al-Sinaa district in the east of the city after days of clashes.

ENDS
""", [
    E("Airstrikes killed at least 19 civilians including seven children in al-Badu, Raqqa", "2017-07-31",
      "'on Monday' in a statement of Thursday 3 August 2017", "al-Badu", "Raqqa", "SY",
      "explosion", "unknown", "civilians", 19, None, None, None,
      "According to information received by the office, airstrikes killed at least 19 civilians, among them seven children, in the al-Badu neighbourhood of Raqqa on Monday.",
      note="the office did not name the air force; coalition assessing"),
    E("IS snipers shot dead three civilians fleeing across the Euphrates near the old bridge, Raqqa", "2017-08-01",
      "'on Tuesday' in a statement of Thursday 3 August 2017", "old bridge, Raqqa", "Raqqa", "SY",
      "attack_on_civilians", "Islamic State", "civilians", 3, None, None, None,
      "The office also said that Islamic State snipers had shot dead three civilians trying to flee across the Euphrates on Tuesday near the old bridge."),
    E("SDF took full control of al-Sinaa district, Raqqa", None,
      "announced 'on Wednesday' (2017-08-02); the day of capture is not given, 'after days of clashes'", "al-Sinaa", "Raqqa", "SY",
      "territory_gain", "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "The SDF, which entered Raqqa in June, said on Wednesday its fighters had taken full control of the al-Sinaa district in the east of the city after days of clashes."),
], [
    F("civilians_trapped", 25000, "Raqqa", "Up to 25,000 civilians are believed to be trapped inside the city, and their situation is \"dire\", a spokesperson said."),
])

# ---------------------------------------------------------------- h9-09
doc("h9-09", "2019-03-21", """
Mali: soldiers killed in attack on Dioura army camp

BAMAKO, March 21 (Sahel Dispatch) - Gunmen attacked an army camp in Dioura, in Mali's central Segou region, on Sunday, killing 16 soldiers, a military source said, in one of the deadliest raids on the armed forces this year.

The assailants, who arrived in pickup trucks and on motorbikes, seized weapons and vehicles before setting fire to part of the camp, the source said. Eleven soldiers were wounded.

The army said in a statement on Monday that it had "retaliated vigorously" and that 9 assailants had been "neutralised" in the pursuit that followed.

JNIM, the al-Qaeda-linked alliance in the Sahel, claimed the attack two days later in a message sent to a Mauritanian news agency, saying its fighters, led by men loyal to the preacher Amadou Koufa, had acted in revenge for killings of Fulani herders.

The government said on Wednesday it had dismissed the chief of the army staff and several senior commanders.

In a separate incident on Saturday, a landmine blast on the road between Douentza and Boni wounded four soldiers, the army said.

Central Mali has seen a surge of violence since 2015, when Koufa's Macina Liberation Front emerged.
""", [
    E("JNIM attack on Dioura army camp; 16 soldiers killed, 9 assailants killed in pursuit", "2019-03-17",
      "'on Sunday' (publication Thursday 2019-03-21)", "Dioura", "Segou", "ML",
      "battle", "JNIM", "Malian security forces", 25, None, 11, None,
      "Gunmen attacked an army camp in Dioura, in Mali's central Segou region, on Sunday, killing 16 soldiers, a military source said, in one of the deadliest raids on the armed forces this year. [...] The assailants, who arrived in pickup trucks and on motorbikes, seized weapons and vehicles before setting fire to part of the camp, the source said. Eleven soldiers were wounded. [...] The army said in a statement on Monday that it had \"retaliated vigorously\" and that 9 assailants had been \"neutralised\" in the pursuit that followed. [...] JNIM, the al-Qaeda-linked alliance in the Sahel, claimed the attack two days later in a message sent to a Mauritanian news agency, saying its fighters, led by men loyal to the preacher Amadou Koufa, had acted in revenge for killings of Fulani herders.",
      note="25 = 16 soldiers + 9 assailants (army's count of its retaliation, same incident)"),
    E("Landmine on the Douentza-Boni road wounded four soldiers", "2019-03-16",
      "'on Saturday' (publication Thursday 2019-03-21)", "Douentza-Boni road", "Mopti", "ML",
      "explosion", "unknown", "Malian security forces", None, None, 4, None,
      "In a separate incident on Saturday, a landmine blast on the road between Douentza and Boni wounded four soldiers, the army said.",
      note="no deaths mentioned, so killed is null"),
])

# ---------------------------------------------------------------- h9-10
doc("h9-10", "2015-11-05", """
Diyala: three Hashd fighters dead after clash at checkpoint near Muqdadiya

BAQUBA (Diyala Voice) - Clashes broke out on Monday night when Islamic State militants opened fire on a checkpoint of the Popular Mobilisation Forces near the village of Imam Waise, north-east of Muqdadiya, security sources said.

Two fighters of the Hashd died in the exchange of fire, which lasted about two hours, and five were wounded, a PMF commander in the area, Hajji Karim al-Tamimi, said.

One of the wounded died in hospital in Baquba on Wednesday, bringing the number of dead to three, a medical source said.

The attackers withdrew into the orchards along the Diyala river, Tamimi said, adding that his men had found blood trails but no bodies.

On Tuesday, an improvised bomb planted on the side of the road between Baquba and Khalis exploded as a police patrol passed, wounding two policemen, a police officer said.

Diyala, which borders Iran, was declared free of Islamic State in January, but militants still hide in the Hamrin mountains and in the palm groves of the province.

Sectarian tensions in Muqdadiya have been high since a string of bombings and revenge killings earlier in the year.

Local leaders have asked the government to send more army units to the area so that the Hashd can hand over its checkpoints.
""", [
    E("IS attack on a PMF checkpoint near Imam Waise, north-east of Muqdadiya; toll rose to three after a wounded fighter died", "2015-11-02",
      "'on Monday night' (publication Thursday 2015-11-05)", "Imam Waise", "Diyala", "IQ",
      "battle", "Islamic State", "Popular Mobilization Forces", 3, None, 5, None,
      "Clashes broke out on Monday night when Islamic State militants opened fire on a checkpoint of the Popular Mobilisation Forces near the village of Imam Waise, north-east of Muqdadiya, security sources said. [...] Two fighters of the Hashd died in the exchange of fire, which lasted about two hours, and five were wounded, a PMF commander in the area, Hajji Karim al-Tamimi, said. [...] One of the wounded died in hospital in Baquba on Wednesday, bringing the number of dead to three, a medical source said.",
      note="3 = 2 + 1 wounded who died later; wounded left at 5 as reported"),
    E("Roadside bomb on the Baquba-Khalis road wounded two policemen", "2015-11-03",
      "'On Tuesday' (publication Thursday 2015-11-05)", "Baquba-Khalis road", "Diyala", "IQ",
      "explosion", "unknown", "Iraqi Security Forces", None, None, 2, None,
      "On Tuesday, an improvised bomb planted on the side of the road between Baquba and Khalis exploded as a police patrol passed, wounding two policemen, a police officer said."),
])

# ---------------------------------------------------------------- h9-11
doc("h9-11", "2017-04-20", """
Aid agencies appeal for funds as drought displaces Somalis

NAIROBI, 20 April 2017 - Humanitarian agencies working in Somalia appealed on Thursday for an extra 800 million dollars to prevent famine, warning that drought has forced hundreds of thousands of people from their homes in recent months.

More than 570,000 people have been displaced by the drought since November, according to figures released by the UN refugee agency and its partners.

Many have gathered in makeshift camps on the edge of Baidoa and Mogadishu, where cholera has spread quickly because of a lack of clean water.

"We are running out of time. The rains have failed again and families have lost their animals," said Amina Warsame, who coordinates the response for an alliance of Somali charities.

Aid workers say insecurity makes it hard to reach people in areas held by al-Shabaab, which has banned some foreign organisations from working in territory under its control.

The appeal comes six years after a famine killed about a quarter of a million people in the country.

The agencies said about 6.2 million people, more than half the population, need assistance.
""", [], [
    F("displaced", 570000, "Somalia", "More than 570,000 people have been displaced by the drought since November, according to figures released by the UN refugee agency and its partners."),
    F("other", 6200000, "Somalia", "The agencies said about 6.2 million people, more than half the population, need assistance.", note="people in need"),
])

# ---------------------------------------------------------------- h9-12
doc("h9-12", "2017-07-13", """
Police repulse attack on checkpoint in Dera Ismail Khan

DERA ISMAIL KHAN (Frontier Herald) - Police repulsed an attack by militants on a checkpoint on the outskirts of Dera Ismail Khan early on Wednesday, killing four of the attackers, officials said.

Two policemen were also martyred in the gunfight and three were injured, District Police Officer Sajjad Khan told reporters.

He said the militants, armed with rifles and hand grenades, tried to storm the Kotla Saidan checkpoint at around 3am but were met with heavy fire.

The banned Tehreek-e-Taliban Pakistan claimed the attack in an emailed statement, saying it was revenge for the killing of its commanders.

Security forces later launched a search operation in the surrounding villages and detained nine suspects, the police officer said.

Separately, a bomb planted in a motorcycle went off yesterday near a vegetable market in Khar, the main town of Bajaur tribal district, injuring seven people, among them two children, local administration officials said.

Militant violence in Pakistan has declined since the army launched an offensive in North Waziristan in 2014, but attacks on police remain frequent in the province.

Provincial police officials say more than 30 officers have been killed in the district since January.

The funeral prayers for the two policemen were held at the police lines in the city on Wednesday afternoon.
""", [
    E("TTP militants attacked the Kotla Saidan police checkpoint, Dera Ismail Khan; 4 attackers and 2 police killed", "2017-07-12",
      "'early on Wednesday' (publication Thursday 2017-07-13)", "Kotla Saidan", "Khyber Pakhtunkhwa", "PK",
      "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", 6, None, 3, None,
      "Police repulsed an attack by militants on a checkpoint on the outskirts of Dera Ismail Khan early on Wednesday, killing four of the attackers, officials said. [...] Two policemen were also martyred in the gunfight and three were injured, District Police Officer Sajjad Khan told reporters. [...] He said the militants, armed with rifles and hand grenades, tried to storm the Kotla Saidan checkpoint at around 3am but were met with heavy fire. [...] The banned Tehreek-e-Taliban Pakistan claimed the attack in an emailed statement, saying it was revenge for the killing of its commanders.",
      note="6 = 4 attackers + 2 police"),
    E("Search operation after the attack; nine suspects detained", None,
      "'later', day not given (after the Wednesday attack)", "villages around Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK",
      "arrest", "Pakistani security forces", "militants (unidentified)", None, None, None, None,
      "Security forces later launched a search operation in the surrounding villages and detained nine suspects, the police officer said.",
      arrested=9, optional=True),
    E("Motorcycle bomb near a vegetable market in Khar, Bajaur, injured seven", "2017-07-12",
      "'yesterday' = Wednesday, the day before publication (Thursday 2017-07-13)", "Khar", "Khyber Pakhtunkhwa", "PK",
      "explosion", "unknown", "civilians", None, None, 7, None,
      "Separately, a bomb planted in a motorcycle went off yesterday near a vegetable market in Khar, the main town of Bajaur tribal district, injuring seven people, among them two children, local administration officials said."),
])

# ---------------------------------------------------------------- h9-13
doc("h9-13", "2016-06-09", """
Iraqi forces retake Fallujah's al-Shuhada district, face counter-attack

FALLUJAH OUTSKIRTS, Iraq, June 9 (Mesopotamia Press) - Iraqi counter-terrorism troops recaptured the southern district of al-Shuhada in Fallujah on Wednesday after a week of street fighting with Islamic State, commanders said.

Major General Adnan al-Khafaji, who leads the operation, said his men from the Counter Terrorism Service had raised the Iraqi flag over the district's main mosque.

Hours later, the militants launched a counter-attack using three suicide car bombs against the troops' new positions on the northern edge of the district, an officer said. All three vehicles were destroyed before they reached their targets, but one soldier was killed and six wounded by shrapnel.

Islamic State's Amaq news agency said the group's fighters had "destroyed" several army vehicles in al-Shuhada.

Thousands of families remain trapped in the centre of the city. The Norwegian Refugee Council said about 50,000 civilians may still be inside and that some had been shot while trying to escape across the Euphrates.

The offensive on Fallujah, 50 km west of Baghdad, began on May 22.
""", [
    E("CTS recaptured the al-Shuhada district of Fallujah", "2016-06-08",
      "'on Wednesday' (publication Thursday 2016-06-09)", "al-Shuhada", "Anbar", "IQ",
      "territory_gain", "Counter-Terrorism Service", "Islamic State", None, None, None, None,
      "Iraqi counter-terrorism troops recaptured the southern district of al-Shuhada in Fallujah on Wednesday after a week of street fighting with Islamic State, commanders said."),
    E("IS counter-attack with three suicide car bombs on troops in al-Shuhada; one soldier killed", "2016-06-08",
      "'Hours later' after Wednesday's recapture (publication Thursday 2016-06-09)", "al-Shuhada", "Anbar", "IQ",
      "explosion", "Islamic State", "Counter-Terrorism Service", 1, None, 6, None,
      "Hours later, the militants launched a counter-attack using three suicide car bombs against the troops' new positions on the northern edge of the district, an officer said. All three vehicles were destroyed before they reached their targets, but one soldier was killed and six wounded by shrapnel.",
      note="bombers' deaths not stated; vehicles destroyed before reaching targets"),
], [
    F("civilians_trapped", 50000, "Fallujah", "The Norwegian Refugee Council said about 50,000 civilians may still be inside and that some had been shot while trying to escape across the Euphrates."),
])

# ---------------------------------------------------------------- h9-14
doc("h9-14", "2021-05-20", """
Burkina Faso: volunteers ambushed on Djibo-Arbinda road, market attacked

OUAGADOUGOU (Faso Actu) - Suspected jihadists ambushed a convoy escorted by civilian defence volunteers on the road between Djibo and Arbinda on Monday, killing nine volunteers and two civilians, security sources said on Tuesday.

The convoy came under fire about 20 km from Arbinda when it slowed down at a damaged bridge, a member of the Volunteers for the Defence of the Homeland (VDP) who survived told our reporter by telephone.

"They were waiting on both sides of the road," he said.

The army said in a statement that a pursuit operation by air and ground units "neutralised around ten terrorists" the following day.

In a separate attack on Wednesday, armed men on motorcycles opened fire in the weekly market of Markoye, in Oudalan province, killing five traders, a local official said. The official blamed "the same terrorist groups that have been harassing the area for months".

No group has claimed either attack. Both al-Qaeda's JNIM and the Islamic State in the Greater Sahara are active in the region.

More than 1.1 million people have been displaced in Burkina Faso by violence since 2019, according to the government.
""", [
    E("Jihadists ambushed a VDP-escorted convoy on the Djibo-Arbinda road, killing 9 volunteers and 2 civilians", "2021-05-17",
      "'on Monday', reported Tuesday; publication Thursday 2021-05-20", "Djibo-Arbinda road, 20 km from Arbinda", "Sahel", "BF",
      "battle", "militants (unidentified)", "Burkinabe security forces", 11, None, None, None,
      "Suspected jihadists ambushed a convoy escorted by civilian defence volunteers on the road between Djibo and Arbinda on Monday, killing nine volunteers and two civilians, security sources said on Tuesday. [...] The convoy came under fire about 20 km from Arbinda when it slowed down at a damaged bridge, a member of the Volunteers for the Defence of the Homeland (VDP) who survived told our reporter by telephone.",
      note="11 = 9 VDP + 2 civilians; VDP counted as state-aligned forces"),
    E("Army pursuit operation by air and ground 'neutralised around ten terrorists'", "2021-05-18",
      "'the following day' = Tuesday 2021-05-18, the day after the ambush", "Djibo-Arbinda area", "Sahel", "BF",
      "battle", "Burkinabe security forces", "militants (unidentified)", 10, None, None, None,
      "The army said in a statement that a pursuit operation by air and ground units \"neutralised around ten terrorists\" the following day.",
      optional=True, note="no place beyond the ambush area"),
    E("Gunmen on motorcycles attacked Markoye weekly market, killing five traders", "2021-05-19",
      "'on Wednesday' (publication Thursday 2021-05-20)", "Markoye", "Sahel", "BF",
      "attack_on_civilians", "militants (unidentified)", "civilians", 5, None, None, None,
      "In a separate attack on Wednesday, armed men on motorcycles opened fire in the weekly market of Markoye, in Oudalan province, killing five traders, a local official said."),
], [
    F("displaced", 1100000, "Burkina Faso", "More than 1.1 million people have been displaced in Burkina Faso by violence since 2019, according to the government."),
])

# ---------------------------------------------------------------- h9-15
doc("h9-15", "2016-09-29", """
Aleppo: barrel bombs kill civilians in al-Shaar; rebel shells hit Hamdaniya

BEIRUT, Sept 29 (Levant Wire) - Barrel bombs dropped by government helicopters killed civilians in the rebel-held al-Shaar district of eastern Aleppo on Wednesday, according to a monitoring group and rescue workers, who gave different tolls.

The Syrian Observatory for Human Rights said 14 people died, while the Syria Civil Defence, whose volunteers pulled victims from the rubble, put the number at 21. Dozens were injured.

A rescuer said two buildings collapsed after being hit.

Syrian state media said "terrorists" fired rockets into the government-held Hamdaniya neighbourhood in the west of the city on the same day, killing three people and wounding 12.

Government forces, backed by Russian air power, have been pressing an offensive on the besieged eastern districts since a ceasefire collapsed last week.

About 250,000 people live in the rebel-held sector, according to the United Nations, which says food stocks are running out.

Read more: Hospitals in east Aleppo hit again
""", [
    E("Government barrel bombs on al-Shaar district, eastern Aleppo; 14 or 21 killed", "2016-09-28",
      "'on Wednesday' (publication Thursday 2016-09-29)", "al-Shaar", "Aleppo", "SY",
      "explosion", "Syrian government forces", "civilians", 14, 21, None, None,
      "Barrel bombs dropped by government helicopters killed civilians in the rebel-held al-Shaar district of eastern Aleppo on Wednesday, according to a monitoring group and rescue workers, who gave different tolls. [...] The Syrian Observatory for Human Rights said 14 people died, while the Syria Civil Defence, whose volunteers pulled victims from the rubble, put the number at 21. Dozens were injured.",
      note="conflicting tolls 14 / 21; 'dozens' injured -> null"),
    E("Rebel rockets hit Hamdaniya, western Aleppo, killing three", "2016-09-28",
      "'on the same day' as Wednesday's barrel bombs", "Hamdaniya", "Aleppo", "SY",
      "explosion", "Syrian rebels", "civilians", 3, None, 12, None,
      "Syrian state media said \"terrorists\" fired rockets into the government-held Hamdaniya neighbourhood in the west of the city on the same day, killing three people and wounding 12."),
], [
    F("civilians_trapped", 250000, "eastern Aleppo", "About 250,000 people live in the rebel-held sector, according to the United Nations, which says food stocks are running out."),
])

# ---------------------------------------------------------------- h9-16
doc("h9-16", "2020-02-13", """
Suspected ADF rebels kill 18 villagers near Oicha

BENI, DR Congo (Kivu Matin) - Suspected fighters of the Allied Democratic Forces killed 18 people in an overnight attack on the village of Mayimoya, about 12 km north of Oicha in North Kivu province, local officials said on Wednesday.

The victims, including six women and four children, were killed with machetes and knives, said Paul Mbusa Kambale, the administrator of Beni territory. Several homes were set on fire.

"The assailants came at around 10pm on Tuesday and left before dawn," said a civil society leader in Oicha, Jean-Paul Ngahangondi.

Army spokesman Captain Jules Ngoy blamed the ADF, saying the rebels were taking revenge for an army offensive launched in October.

Angry residents blocked the main road through Oicha on Wednesday to protest against insecurity, burning tyres, and police fired tear gas to disperse them.

Separately, soldiers said they had killed four ADF rebels in an exchange of fire near the village of Eringeti on Monday.

The ADF, a Ugandan Islamist rebel group based in eastern Congo since the 1990s, has been blamed for the deaths of several hundred civilians around Beni since November, according to the UN.
""", [
    E("ADF attack on Mayimoya village near Oicha killed 18 villagers", "2020-02-11",
      "overnight, from about 10pm 'on Tuesday' (first night); publication Thursday 2020-02-13", "Mayimoya", "North Kivu", "CD",
      "attack_on_civilians", "ADF", "civilians", 18, None, None, None,
      "Suspected fighters of the Allied Democratic Forces killed 18 people in an overnight attack on the village of Mayimoya, about 12 km north of Oicha in North Kivu province, local officials said on Wednesday. [...] \"The assailants came at around 10pm on Tuesday and left before dawn,\" said a civil society leader in Oicha, Jean-Paul Ngahangondi. [...] Army spokesman Captain Jules Ngoy blamed the ADF, saying the rebels were taking revenge for an army offensive launched in October."),
    E("Residents blocked the road in Oicha in protest; police fired tear gas", "2020-02-12",
      "'on Wednesday' (publication Thursday 2020-02-13)", "Oicha", "North Kivu", "CD",
      "other", "civilians", "Congolese security forces", None, None, None, None,
      "Angry residents blocked the main road through Oicha on Wednesday to protest against insecurity, burning tyres, and police fired tear gas to disperse them.",
      note="protest with intervention; no casualties given"),
    E("Soldiers killed four ADF rebels in an exchange of fire near Eringeti", "2020-02-10",
      "'on Monday' (publication Thursday 2020-02-13)", "Eringeti", "North Kivu", "CD",
      "battle", "Congolese security forces", "ADF", 4, None, None, None,
      "Separately, soldiers said they had killed four ADF rebels in an exchange of fire near the village of Eringeti on Monday.",
      note="'exchange of fire': initiator unclear; the army's statement"),
])

# ---------------------------------------------------------------- h9-17
doc("h9-17", "2019-02-07", """
Sinjar Yazidis rebury relatives exhumed from mass grave

KOCHO, Iraq (Nineveh Today) - Hundreds of Yazidis gathered in the village of Kocho, south of Sinjar, on Wednesday to bury the remains of relatives killed by Islamic State militants in August 2014.

The remains of 24 people, identified by DNA tests in Baghdad, were carried in coffins draped with the Yazidi colours through the village streets.

"I waited four and a half years to bury my father and brothers," said Khalaf Qasim, 32, who survived the massacre by hiding under bodies.

Kocho was one of the villages where the militants separated men from women in 2014, killing the men and taking the women and children as slaves.

Iraqi authorities and UN investigators have opened more than 70 mass graves in the Sinjar region since it was retaken. About 3,000 Yazidis remain missing, according to the Kurdistan Region's office for kidnapped Yazidis.

Religious leaders led prayers at a memorial built at the village school, where the men had been held before they were killed.

Many survivors still live in camps in Dohuk province and say they cannot return until the area is rebuilt and secured.
""", [], [
    F("other", 70, "Sinjar region", "Iraqi authorities and UN investigators have opened more than 70 mass graves in the Sinjar region since it was retaken.", note="mass graves opened"),
    F("other", 3000, "Sinjar", "About 3,000 Yazidis remain missing, according to the Kurdistan Region's office for kidnapped Yazidis.", note="missing"),
    F("other", 24, "Kocho", "The remains of 24 people, identified by DNA tests in Baghdad, were carried in coffins draped with the Yazidi colours through the village streets.", note="remains reburied; 2014 massacre is history"),
])

# ---------------------------------------------------------------- h9-18
doc("h9-18", "2018-06-21", """
Yemeni army: coalition strikes hit Houthi positions in al-Durayhimi

ADEN (Saba Al-Shariya) - Warplanes of the Arab coalition carried out a series of raids on Houthi militia positions in al-Durayhimi district, south of Hodeidah, on Tuesday, killing 30 of the rebels, a military statement said.

The statement, issued by the media centre of the Giants Brigades, said the strikes destroyed four military vehicles and a weapons store.

It said the Houthis had earlier fired Katyusha rockets at government forces advancing along the coastal road, killing two soldiers.

The Houthi-run al-Masirah television said that coalition aircraft had hit a farm in the district, killing a family of five, and made no mention of losses among its fighters.

Government forces, backed by the United Arab Emirates, seized Hodeidah airport last week, according to coalition officials.

The United Nations has warned that a battle for Hodeidah port, through which most of Yemen's food imports arrive, could cost up to 250,000 lives.

The Houthis have controlled the capital Sanaa since 2014.

"The militia is using civilian areas to hide its fighters," a spokesman for the government forces said by telephone.

The UN envoy for Yemen was expected in Sanaa later this week for talks on the future of the port.
""", [
    E("Coalition airstrikes on Houthi positions in al-Durayhimi; 30 fighters reported killed; Houthis say a family of five killed", "2018-06-19",
      "'on Tuesday' (publication Thursday 2018-06-21)", "al-Durayhimi", "Hodeidah", "YE",
      "explosion", "Saudi-led coalition", "Houthis", 30, 35, None, None,
      "Warplanes of the Arab coalition carried out a series of raids on Houthi militia positions in al-Durayhimi district, south of Hodeidah, on Tuesday, killing 30 of the rebels, a military statement said. [...] The Houthi-run al-Masirah television said that coalition aircraft had hit a farm in the district, killing a family of five, and made no mention of losses among its fighters.",
      note="conflicting accounts; 30 (government side) and +5 civilians per Houthis -> 35 high; a judgement call"),
    E("Houthi Katyusha rockets on government forces on the coastal road killed two soldiers", None,
      "'earlier', before Tuesday's strikes; day not given", "coastal road, al-Durayhimi", "Hodeidah", "YE",
      "explosion", "Houthis", "Yemeni government forces", 2, None, None, None,
      "It said the Houthis had earlier fired Katyusha rockets at government forces advancing along the coastal road, killing two soldiers.",
      optional=True),
    E("Government forces seized Hodeidah airport", None,
      "'last week' relative to publication 2018-06-21", "Hodeidah airport", "Hodeidah", "YE",
      "territory_gain", "Yemeni government forces", "Houthis", None, None, None, None,
      "Government forces, backed by the United Arab Emirates, seized Hodeidah airport last week, according to coalition officials.",
      optional=True),
])

# ---------------------------------------------------------------- h9-19
doc("h9-19", "2019-05-16", """
Four PMF fighters killed in encounter with IS remnants near Baiji

TIKRIT, Iraq (Salahuddin News Network) - Four fighters of the Popular Mobilisation Forces were killed on Tuesday in an encounter with Islamic State remnants in the desert west of Baiji, the PMF said in a statement.

The statement said a PMF unit was searching an area near the village of al-Mazraa when it was ambushed by a group of militants hiding in a valley. Three of the attackers were killed in the firefight that followed, it said.

"The bodies of the terrorists were recovered and one of them wore an explosive belt that did not go off," a PMF official in Salahuddin, Abu Ali al-Dulaimi, said.

Two other PMF members were wounded, he said.

Last week, gunmen killed a shepherd and stole his sheep in the Mutaibija area, on the border between Salahuddin and Diyala, according to a local official. The official did not say on which day.

Iraq declared the militants defeated in December 2017, but cells continue to launch hit-and-run raids in the rugged areas between Salahuddin, Kirkuk and Diyala provinces.

US officials estimate that several thousand Islamic State fighters are still active in Iraq.
""", [
    E("IS remnants ambushed a PMF search unit near al-Mazraa, west of Baiji; 4 PMF and 3 attackers killed", "2019-05-14",
      "'on Tuesday' (publication Thursday 2019-05-16)", "al-Mazraa", "Salahuddin", "IQ",
      "battle", "Islamic State", "Popular Mobilization Forces", 7, None, 2, None,
      "Four fighters of the Popular Mobilisation Forces were killed on Tuesday in an encounter with Islamic State remnants in the desert west of Baiji, the PMF said in a statement. [...] The statement said a PMF unit was searching an area near the village of al-Mazraa when it was ambushed by a group of militants hiding in a valley. Three of the attackers were killed in the firefight that followed, it said. [...] Two other PMF members were wounded, he said.",
      note="7 = 4 PMF + 3 IS; 'encounter' but the text says the unit was ambushed"),
    E("Gunmen killed a shepherd in Mutaibija", None,
      "'Last week', no day given", "Mutaibija", "Salahuddin", "IQ",
      "attack_on_civilians", "militants (unidentified)", "civilians", 1, None, None, None,
      "Last week, gunmen killed a shepherd and stole his sheep in the Mutaibija area, on the border between Salahuddin and Diyala, according to a local official.",
      optional=True),
])

# ---------------------------------------------------------------- h9-20
doc("h9-20", "2016-08-18", """
Sirte: pro-government forces advance into Neighbourhood Three

MISRATA, Libya (Libya Observer Weekly) - Forces aligned with the UN-backed unity government said on Wednesday they had captured the last main road into Neighbourhood Three in Sirte, one of the few districts still held by Islamic State.

The forces' media office said ten of its fighters were killed and 40 wounded in clashes in the district on Tuesday, when Islamic State fighters attacked their forward positions with a car bomb and snipers.

A field hospital doctor in Sirte said the car bomb alone killed six fighters.

US aircraft carried out four strikes in Sirte on Tuesday, according to the US Africa Command, which has been supporting the operation since August 1.

The offensive, which began in May, has killed more than 350 pro-government fighters, according to hospital officials in Misrata.

Islamic State seized Sirte, the hometown of Muammar Gaddafi, in early 2015 and turned it into its main stronghold outside Syria and Iraq.

Commanders say a few hundred militants are still holding out in the remaining neighbourhoods, many of them foreigners.

"We are advancing street by street, because every house is mined," said a field commander reached by phone. He asked that his name not be published.

Families who fled Sirte last year are still living with relatives in Misrata and in towns further west.
""", [
    E("IS attack with a car bomb and snipers on pro-government positions in Neighbourhood Three, Sirte; ten fighters killed", "2016-08-16",
      "'on Tuesday' (publication Thursday 2016-08-18)", "Neighbourhood Three, Sirte", "Sirte", "LY",
      "explosion", "Islamic State", "Libyan security forces", 10, None, 40, None,
      "The forces' media office said ten of its fighters were killed and 40 wounded in clashes in the district on Tuesday, when Islamic State fighters attacked their forward positions with a car bomb and snipers. [...] A field hospital doctor in Sirte said the car bomb alone killed six fighters.",
      note="GNA-aligned forces written 'Libyan security forces'; complex attack opening with a car bomb -> explosion"),
    E("Pro-government forces captured the last main road into Neighbourhood Three", None,
      "announced 'on Wednesday' 2016-08-17; capture day not given", "Neighbourhood Three, Sirte", "Sirte", "LY",
      "territory_gain", "Libyan security forces", "Islamic State", None, None, None, None,
      "Forces aligned with the UN-backed unity government said on Wednesday they had captured the last main road into Neighbourhood Three in Sirte, one of the few districts still held by Islamic State.",
      optional=True),
    E("US aircraft carried out four strikes in Sirte", "2016-08-16",
      "'on Tuesday' (publication Thursday 2016-08-18)", "Sirte", "Sirte", "LY",
      "explosion", "US Armed Forces", "Islamic State", None, None, None, None,
      "US aircraft carried out four strikes in Sirte on Tuesday, according to the US Africa Command, which has been supporting the operation since August 1."),
], [
    F("killed", 350, "Sirte", "The offensive, which began in May, has killed more than 350 pro-government fighters, according to hospital officials in Misrata."),
])

# ---------------------------------------------------------------- h9-21
doc("h9-21", "2016-11-10", """
Golden Division fights off car bombs in east Mosul's al-Karama

EAST MOSUL, Nov 10 (Tigris Wire) - Elite Iraqi troops fought off a wave of suicide car bombs in east Mosul's al-Karama district on Wednesday as Islamic State militants tried to push them back from neighbourhoods taken last week, officers said.

Major Salam al-Obeidi of the Golden Division said eight car bombs were sent against his unit's positions; six were destroyed by anti-tank missiles and two exploded near houses.

Three soldiers and four civilians were killed, he said, adding that his men counted the bodies of 15 militants after the fighting.

On Tuesday, the division captured the nearby Aden neighbourhood after a day-long battle, according to a statement from the Joint Operations Command.

Residents who fled al-Karama said the militants had forced families to stay in their homes and moved fighters from roof to roof.

More than 40,000 people have been displaced since the start of the Mosul operation on Oct. 17, the International Organization for Migration said.

The militants have also shelled districts already retaken, an army officer said. He said the army was trying to avoid airstrikes in crowded streets.

(Reporting by a Tigris Wire correspondent; editing by staff)
""", [
    E("IS suicide car bombs against CTS positions in al-Karama, east Mosul; 3 soldiers, 4 civilians, 15 militants killed", "2016-11-09",
      "'on Wednesday' (publication Thursday 2016-11-10)", "al-Karama", "Nineveh", "IQ",
      "explosion", "Islamic State", "Counter-Terrorism Service", 22, None, None, None,
      "Elite Iraqi troops fought off a wave of suicide car bombs in east Mosul's al-Karama district on Wednesday as Islamic State militants tried to push them back from neighbourhoods taken last week, officers said. [...] Three soldiers and four civilians were killed, he said, adding that his men counted the bodies of 15 militants after the fighting.",
      note="22 = 3 + 4 + 15"),
    E("CTS captured the Aden neighbourhood of east Mosul", "2016-11-08",
      "'On Tuesday' (publication Thursday 2016-11-10)", "Aden", "Nineveh", "IQ",
      "territory_gain", "Counter-Terrorism Service", "Islamic State", None, None, None, None,
      "On Tuesday, the division captured the nearby Aden neighbourhood after a day-long battle, according to a statement from the Joint Operations Command."),
], [
    F("displaced", 40000, "Mosul", "More than 40,000 people have been displaced since the start of the Mosul operation on Oct. 17, the International Organization for Migration said."),
])

# ---------------------------------------------------------------- h9-22
doc("h9-22", "2019-11-28", """
Soldiers die in ELN attack near Tame; pipeline bombed again

ARAUCA, Colombia (El Llano Hoy) - Three soldiers were killed and five wounded when guerrillas of the National Liberation Army (ELN) attacked an army patrol in a rural area of Tame, in the eastern department of Arauca, on Sunday, the army said.

The 18th Brigade said the patrol was protecting a road construction site in the rural settlement of Betoyes when it came under fire from rifles and explosives launched from the hills.

Soldiers returned fire, and one guerrilla was killed, the brigade said in a communique, adding that his body had been recovered.

The defence minister condemned the attack in a message on social media and blamed the ELN, which did not comment.

On Monday, a bomb damaged the Cano Limon-Covenas oil pipeline near the town of Saravena, causing crude to spill into a stream, the state oil company said. Nobody was hurt. The company blamed the ELN, which has bombed the pipeline dozens of times this year.

The ELN, estimated to have about 2,000 fighters, is the largest guerrilla group still active in Colombia since the FARC signed a peace deal in 2016.
""", [
    E("ELN attacked an army patrol at Betoyes, Tame; 3 soldiers and 1 guerrilla killed", "2019-11-24",
      "'on Sunday' (publication Thursday 2019-11-28)", "Betoyes, Tame", "Arauca", "CO",
      "battle", "ELN", "Colombian security forces", 4, None, 5, None,
      "Three soldiers were killed and five wounded when guerrillas of the National Liberation Army (ELN) attacked an army patrol in a rural area of Tame, in the eastern department of Arauca, on Sunday, the army said. [...] The 18th Brigade said the patrol was protecting a road construction site in the rural settlement of Betoyes when it came under fire from rifles and explosives launched from the hills. [...] Soldiers returned fire, and one guerrilla was killed, the brigade said in a communique, adding that his body had been recovered.",
      note="4 = 3 soldiers + 1 guerrilla"),
    E("Bomb damaged the Cano Limon-Covenas pipeline near Saravena; nobody hurt; ELN blamed", "2019-11-25",
      "'On Monday' (publication Thursday 2019-11-28)", "Saravena", "Arauca", "CO",
      "explosion", "ELN", "none", 0, None, 0, None,
      "On Monday, a bomb damaged the Cano Limon-Covenas oil pipeline near the town of Saravena, causing crude to spill into a stream, the state oil company said. Nobody was hurt. The company blamed the ELN, which has bombed the pipeline dozens of times this year."),
], [
    F("fighters", 2000, "Colombia", "The ELN, estimated to have about 2,000 fighters, is the largest guerrilla group still active in Colombia since the FARC signed a peace deal in 2016."),
])

# ---------------------------------------------------------------- h9-23
doc("h9-23", "2020-08-06", """
Mexico's government defends security strategy as homicides stay high

MEXICO CITY (Noticias del Valle) - Mexico's security cabinet on Wednesday defended its strategy against organised crime, saying the National Guard now has more than 90,000 members deployed across the country.

Officials told the daily morning press conference that homicides in the first half of the year were slightly lower than in the same period of 2019, though still above 17,000.

Critics said the figures showed that violence remained at record levels and that the government relied too much on the armed forces.

"Putting soldiers on every corner does not dismantle the cartels' finances," said Lucia Ortega, a security analyst at a Mexico City university.

The states of Guanajuato, Michoacan and Chihuahua recorded the most killings, the officials said, as rival gangs fight over fuel theft and drug routes.

The government said it would send more guardsmen to Guanajuato in the coming weeks.

Opposition lawmakers called for the security minister to appear before Congress.
""", [], [
    F("fighters", 90000, "Mexico", "Mexico's security cabinet on Wednesday defended its strategy against organised crime, saying the National Guard now has more than 90,000 members deployed across the country.", note="National Guard members"),
    F("killed", 17000, "Mexico", "Officials told the daily morning press conference that homicides in the first half of the year were slightly lower than in the same period of 2019, though still above 17,000."),
])

# ---------------------------------------------------------------- h9-24
doc("h9-24", "2018-02-01", """
Turkish shelling hits village in Afrin's Jinderes district

AFRIN, Syria (North Syria Herald) - Turkish artillery shelled the village of Kafr Safra in the Jinderes district of Afrin on Tuesday, killing five civilians, among them two children, Kurdish officials and a local hospital said.

Hospital director Dr. Jawan Mohammed said 11 more people were treated for wounds.

The Turkish army said it only targets militants of the YPG, which Ankara considers a terrorist group.

On Wednesday, Turkish-backed Syrian rebel factions said they had taken two hills overlooking the town of Raju after heavy fighting, in the 12th day of Ankara's Operation Olive Branch.

In response to the shelling, the YPG fired rockets at the Turkish border town of Kilis later on Tuesday, wounding four people, the Turkish governor's office said.

The Kurdish-led administration said more than 100 civilians have been killed since the operation began on Jan. 20; Turkey denies that its forces have harmed civilians.

Afrin, a mainly Kurdish enclave in northwest Syria, had been largely spared from the war until the Turkish offensive.
""", [
    E("Turkish artillery shelled Kafr Safra, Jinderes district, killing five civilians", "2018-01-30",
      "'on Tuesday' (publication Thursday 2018-02-01)", "Kafr Safra", "Aleppo", "SY",
      "explosion", "Turkish Armed Forces", "civilians", 5, None, 11, None,
      "Turkish artillery shelled the village of Kafr Safra in the Jinderes district of Afrin on Tuesday, killing five civilians, among them two children, Kurdish officials and a local hospital said. [...] Hospital director Dr. Jawan Mohammed said 11 more people were treated for wounds."),
    E("Turkish-backed rebels took two hills overlooking Raju", None,
      "announced 'On Wednesday' 2018-01-31; capture day not given", "hills overlooking Raju", "Aleppo", "SY",
      "territory_gain", "Turkish-backed Syrian rebels", "YPG", None, None, None, None,
      "On Wednesday, Turkish-backed Syrian rebel factions said they had taken two hills overlooking the town of Raju after heavy fighting, in the 12th day of Ankara's Operation Olive Branch.",
      note="'Non-state actor overtakes territory'; date could be the announcement day"),
    E("YPG rockets on Kilis (Turkey) wounded four, in response to the shelling", "2018-01-30",
      "'later on Tuesday' (publication Thursday 2018-02-01)", "Kilis", "Kilis", "TR",
      "explosion", "YPG", "civilians", None, None, 4, None,
      "In response to the shelling, the YPG fired rockets at the Turkish border town of Kilis later on Tuesday, wounding four people, the Turkish governor's office said."),
], [
    F("killed", 100, "Afrin", "The Kurdish-led administration said more than 100 civilians have been killed since the operation began on Jan. 20; Turkey denies that its forces have harmed civilians."),
])

# ---------------------------------------------------------------- h9-25
doc("h9-25", "2016-05-12", """
Islamic State claims Sadr City market bombing, toll reaches 52

BAGHDAD, May 12 (Rafidain News Agency) - Islamic State claimed responsibility for a car bomb that tore through a crowded market in Baghdad's Sadr City on Wednesday, as the death toll rose to 52 on Thursday.

Police and hospital sources had earlier said 38 people were killed. Officials said several of the more than 80 wounded died overnight.

The group said in a statement circulated online that one of its members had detonated the car in a gathering of "Rafidha", a derogatory term for Shi'ites.

Women and children were among the dead, medics said.

"I was buying vegetables when the ground shook," said Hussein Abbas, 40, who was treated for burns at al-Imam Ali hospital.

Yesterday evening, a bomb attached to a car exploded in the southern district of Dora, killing its owner, a government employee, police said.

A third blast on Wednesday, near a checkpoint in the northern district of Kadhimiya, killed two people, police sources said, though they did not say whether a suicide bomber was involved.

Baghdad has been hit by a wave of bombings this year as Islamic State loses ground in the north and west of the country.
""", [
    E("IS car bomb at Sadr City market, Baghdad; toll rose from 38 to 52", "2016-05-11",
      "'on Wednesday' (publication Thursday 2016-05-12)", "Sadr City", "Baghdad", "IQ",
      "explosion", "Islamic State", "civilians", 52, None, 80, None,
      "Islamic State claimed responsibility for a car bomb that tore through a crowded market in Baghdad's Sadr City on Wednesday, as the death toll rose to 52 on Thursday. [...] Police and hospital sources had earlier said 38 people were killed. Officials said several of the more than 80 wounded died overnight.",
      note="revised toll: 52 stands (38 was earlier)"),
    E("Sticky bomb on a car in Dora killed its owner", "2016-05-11",
      "'Yesterday evening' = Wednesday, the day before publication (Thursday 2016-05-12)", "Dora", "Baghdad", "IQ",
      "explosion", "unknown", "civilians", 1, None, None, None,
      "Yesterday evening, a bomb attached to a car exploded in the southern district of Dora, killing its owner, a government employee, police said."),
    E("Blast near a checkpoint in Kadhimiya killed two", "2016-05-11",
      "'on Wednesday' (publication Thursday 2016-05-12)", "Kadhimiya", "Baghdad", "IQ",
      "explosion", "unknown", "unknown", 2, None, None, None,
      "A third blast on Wednesday, near a checkpoint in the northern district of Kadhimiya, killed two people, police sources said, though they did not say whether a suicide bomber was involved."),
])

# ---------------------------------------------------------------- h9-26
doc("h9-26", "2018-07-26", """
Afghan forces say raids kill Islamic State fighters in Achin

JALALABAD, Afghanistan (Spin Ghar News) - Afghan special forces backed by air support killed 21 Islamic State militants in operations in Achin district of Nangarhar province overnight on Monday, the provincial governor's office said.

The operations targeted hideouts in the Pekha valley, a stronghold of the group's local branch, known as Islamic State Khorasan, the statement said. Two members of the security forces were wounded.

Residents of the valley said four civilians, including a teacher, were among those killed when a house was hit. The governor's office denied that civilians had been harmed.

The Taliban, who are also fighting Islamic State in Nangarhar, said separately that their fighters had captured three villages from the group in the neighbouring district of Khogyani on Wednesday. The claim could not be verified.

On Tuesday, a suicide bomber struck outside a government office in Jalalabad city, killing eight people, most of them employees arriving for work. Islamic State claimed the attack through its Amaq news agency.

Nangarhar, on the border with Pakistan, has become the main base of the Islamic State affiliate since 2015.
""", [
    E("Afghan special forces raids in Pekha valley, Achin; 21 IS killed (residents say 4 civilians among dead)", "2018-07-23",
      "'overnight on Monday' (first night); publication Thursday 2018-07-26", "Pekha valley, Achin", "Nangarhar", "AF",
      "battle", "Afghan security forces", "Islamic State", 21, 25, 2, None,
      "Afghan special forces backed by air support killed 21 Islamic State militants in operations in Achin district of Nangarhar province overnight on Monday, the provincial governor's office said. [...] The operations targeted hideouts in the Pekha valley, a stronghold of the group's local branch, known as Islamic State Khorasan, the statement said. Two members of the security forces were wounded. [...] Residents of the valley said four civilians, including a teacher, were among those killed when a house was hit.",
      note="'among those killed' could mean within the 21; 21 low, 25 high; IS-Khorasan as Islamic State"),
    E("Taliban captured three villages from IS in Khogyani", "2018-07-25",
      "'on Wednesday' (publication Thursday 2018-07-26)", "three villages, Khogyani", "Nangarhar", "AF",
      "territory_gain", "Taliban", "Islamic State", None, None, None, None,
      "The Taliban, who are also fighting Islamic State in Nangarhar, said separately that their fighters had captured three villages from the group in the neighbouring district of Khogyani on Wednesday.",
      note="unverified claim; villages not named"),
    E("IS suicide bomber outside a government office in Jalalabad killed eight", "2018-07-24",
      "'On Tuesday' (publication Thursday 2018-07-26)", "Jalalabad", "Nangarhar", "AF",
      "explosion", "Islamic State", "civilians", 8, None, None, None,
      "On Tuesday, a suicide bomber struck outside a government office in Jalalabad city, killing eight people, most of them employees arriving for work. Islamic State claimed the attack through its Amaq news agency."),
])

# ---------------------------------------------------------------- h9-27
doc("h9-27", "2017-05-25", """
Somali troops and AMISOM retake Barire from al-Shabaab

MERCA, Somalia (Shabelle Tribune) - Somali government forces backed by African Union troops took control of the town of Barire in Lower Shabelle region on Tuesday after al-Shabaab fighters withdrew, a regional official said.

"Our forces entered the town without resistance; the militants fled towards the riverside villages," said Abdi Farah Warsame, the deputy governor of Lower Shabelle for security.

Overnight, al-Shabaab fighters fired mortars at the new army base in Barire, wounding three soldiers, a military officer said by phone on Wednesday.

The militants also attacked a police station in Afgoye, some 30 km northwest of Mogadishu, on Wednesday evening; two policemen and one attacker died, the town's police commander said.

Al-Shabaab's radio station said its fighters had killed "many" soldiers in the Afgoye attack.

Barire had changed hands several times in recent years. The government says it wants to secure the farmland along the Shabelle river before the rainy season.
""", [
    E("Somali forces and AMISOM took Barire after al-Shabaab withdrew", "2017-05-23",
      "'on Tuesday' (publication Thursday 2017-05-25)", "Barire", "Lower Shabelle", "SO",
      "territory_gain", "Somali security forces", "al-Shabaab", None, None, None, None,
      "Somali government forces backed by African Union troops took control of the town of Barire in Lower Shabelle region on Tuesday after al-Shabaab fighters withdrew, a regional official said."),
    E("Al-Shabaab mortars on the new army base in Barire wounded three soldiers", "2017-05-23",
      "'Overnight' after Tuesday's capture, reported Wednesday; first night = Tuesday 2017-05-23", "Barire", "Lower Shabelle", "SO",
      "explosion", "al-Shabaab", "Somali security forces", None, None, 3, None,
      "Overnight, al-Shabaab fighters fired mortars at the new army base in Barire, wounding three soldiers, a military officer said by phone on Wednesday."),
    E("Al-Shabaab attack on a police station in Afgoye; two police and one attacker killed", "2017-05-24",
      "'on Wednesday evening' (publication Thursday 2017-05-25)", "Afgoye", "Lower Shabelle", "SO",
      "battle", "al-Shabaab", "Somali security forces", 3, None, None, None,
      "The militants also attacked a police station in Afgoye, some 30 km northwest of Mogadishu, on Wednesday evening; two policemen and one attacker died, the town's police commander said.",
      note="3 = 2 police + 1 attacker; 'The militants' = al-Shabaab by reference; claim of 'many' not used"),
])

# ---------------------------------------------------------------- h9-28
doc("h9-28", "2017-08-24", """
Iraqi troops push into Tal Afar's al-Kifah neighbourhood

By a correspondent, Nineveh Today

TAL AFAR, Iraq - Iraqi troops and Popular Mobilisation fighters took full control of the al-Kifah neighbourhood in southern Tal Afar on Tuesday, the third day of the offensive to retake the city from Islamic State, the Joint Operations Command said.

The command said in a statement that 45 militants were killed in the fighting, a figure that could not be verified.

Brigadier General Hamid al-Zubaidi, a spokesman, said government forces had met fierce resistance from snipers and suicide bombers but had suffered "limited losses". He did not give numbers.

Families who escaped to the Badush area, east of the city, told aid workers that militants had shot at people fleeing through farmland on Monday night, killing a man and his two sons.

On Wednesday, a suicide bomber blew himself up among displaced people gathered at a screening point near Badush, killing three of them and wounding nine, a PMF official said. The official blamed "Daesh cells", and the group later claimed the attack through Amaq.

The UN said about 30,000 people had fled Tal Afar and surrounding villages since the start of the month.

Tal Afar, 60 km west of Mosul, was one of the last large towns held by the group in Iraq.
""", [
    E("Iraqi forces and PMF took al-Kifah neighbourhood, Tal Afar; 45 IS reported killed", "2017-08-22",
      "'on Tuesday' (publication Thursday 2017-08-24)", "al-Kifah", "Nineveh", "IQ",
      "territory_gain", "Iraqi Security Forces", "Islamic State", 45, None, None, None,
      "Iraqi troops and Popular Mobilisation fighters took full control of the al-Kifah neighbourhood in southern Tal Afar on Tuesday, the third day of the offensive to retake the city from Islamic State, the Joint Operations Command said. [...] The command said in a statement that 45 militants were killed in the fighting, a figure that could not be verified.",
      note="45 is the government's count of enemy dead (not a perpetrator's own-side claim); own losses not given"),
    E("IS fired on fleeing civilians near Tal Afar, killing a man and his two sons", "2017-08-21",
      "'on Monday night' (publication Thursday 2017-08-24)", "farmland near Tal Afar", "Nineveh", "IQ",
      "attack_on_civilians", "Islamic State", "civilians", 3, None, None, None,
      "Families who escaped to the Badush area, east of the city, told aid workers that militants had shot at people fleeing through farmland on Monday night, killing a man and his two sons.",
      optional=True, note="place vague ('farmland'); Badush is where the families arrived"),
    E("IS suicide bomber among displaced people at a screening point near Badush", "2017-08-23",
      "'On Wednesday' (publication Thursday 2017-08-24)", "Badush", "Nineveh", "IQ",
      "explosion", "Islamic State", "civilians", 4, None, 9, None,
      "On Wednesday, a suicide bomber blew himself up among displaced people gathered at a screening point near Badush, killing three of them and wounding nine, a PMF official said. The official blamed \"Daesh cells\", and the group later claimed the attack through Amaq.",
      note="4 = 3 displaced + the bomber"),
], [
    F("displaced", 30000, "Tal Afar", "The UN said about 30,000 people had fled Tal Afar and surrounding villages since the start of the month."),
])

# ---------------------------------------------------------------- h9-29
doc("h9-29", "2019-07-30", """
UN: civilian casualties in Afghanistan fall in first half of 2019, but pro-government forces kill more

KABUL, 30 July 2019 (Afghan Daily Review) - The number of civilians killed or wounded in Afghanistan's war fell by 27 percent in the first six months of 2019 compared with the same period last year, the United Nations said on Tuesday.

The UN Assistance Mission in Afghanistan (UNAMA) documented 3,812 civilian casualties between January 1 and June 30, including 1,366 deaths.

For the second quarter in a row, Afghan and international forces caused more civilian deaths than the Taliban and other insurgent groups, the report said, largely because of airstrikes and night raids.

Pro-government forces were responsible for 717 deaths, it said, while anti-government elements caused 531.

"Parties cannot justify these losses by pointing at the other side," UNAMA's human rights chief said in a statement.

The Taliban said the report was biased, while the Afghan defence ministry said it takes every precaution to protect civilians.

The report comes as US and Taliban negotiators try to reach a deal on the withdrawal of foreign troops.
""", [], [
    F("other", 3812, "Afghanistan", "The UN Assistance Mission in Afghanistan (UNAMA) documented 3,812 civilian casualties between January 1 and June 30, including 1,366 deaths.", note="civilian casualties H1 2019"),
    F("killed", 1366, "Afghanistan", "The UN Assistance Mission in Afghanistan (UNAMA) documented 3,812 civilian casualties between January 1 and June 30, including 1,366 deaths."),
    F("killed", 717, "Afghanistan", "Pro-government forces were responsible for 717 deaths, it said, while anti-government elements caused 531.", note="by pro-government forces"),
    F("killed", 531, "Afghanistan", "Pro-government forces were responsible for 717 deaths, it said, while anti-government elements caused 531.", note="by anti-government elements"),
])

# ---------------------------------------------------------------- h9-30
doc("h9-30", "2016-12-15", """
Female suicide bombers hit Gulak market in Adamawa

YOLA (North-East Courier) - Two female suicide bombers blew themselves up at a busy cattle market in Gulak, in the Madagali area of Adamawa State, on Wednesday, killing 14 people including the bombers, police said.

Adamawa police spokesman Suleiman Yahaya said the first girl detonated her explosives near the entrance of the market at about 10am and the second as people rushed to help the wounded.

An earlier figure given by local officials on Wednesday was nine dead. The revised number came after more bodies were recovered and two of the injured died at the general hospital in Mubi, the spokesman said.

About 30 people were being treated for injuries.

No group claimed the bombing, but the state government blamed Boko Haram, saying the group was turning to soft targets as it lost ground in the Sambisa forest.

Vigilantes in the town arrested a teenage girl wearing a suicide vest near a mosque yesterday before she could detonate it, a community leader said.

Madagali, near the border with Borno State, has been attacked repeatedly since the insurgents overran it in 2014.
""", [
    E("Two female suicide bombers at Gulak cattle market, Madagali; 14 killed including bombers; Boko Haram blamed", "2016-12-14",
      "'on Wednesday' (publication Thursday 2016-12-15)", "Gulak", "Adamawa", "NG",
      "explosion", "Boko Haram", "civilians", 14, None, 30, None,
      "Two female suicide bombers blew themselves up at a busy cattle market in Gulak, in the Madagali area of Adamawa State, on Wednesday, killing 14 people including the bombers, police said. [...] About 30 people were being treated for injuries. [...] No group claimed the bombing, but the state government blamed Boko Haram, saying the group was turning to soft targets as it lost ground in the Sambisa forest.",
      note="revised toll 9 -> 14 (the later figure stands); includes the 2 bombers"),
    E("Vigilantes arrested a girl wearing a suicide vest near a mosque in Gulak", "2016-12-14",
      "'yesterday' = Wednesday, the day before publication (Thursday 2016-12-15)", "Gulak", "Adamawa", "NG",
      "arrest", "Nigerian security forces", "Boko Haram", None, None, None, None,
      "Vigilantes in the town arrested a teenage girl wearing a suicide vest near a mosque yesterday before she could detonate it, a community leader said.",
      arrested=1, note="vigilantes (CJTF) as Nigerian security forces per news-dev; foiled attempt"),
])

# ---------------------------------------------------------------- h9-31
doc("h9-31", "2017-09-07", """
Deir ez-Zor: IS shells government-held al-Joura; army retakes al-Shola

DAMASCUS, 7 September 2017 (Sham Press) - Islamic State militants fired shells at the government-held al-Joura district of Deir ez-Zor city on Monday, killing six civilians, state news agency reports said.

The official media said the "terrorists" targeted a bakery queue. A hospital source in the city said two of the dead were children.

Syrian army units and allied fighters took the village of al-Shola, on the Damascus-Deir ez-Zor highway some 30 km southwest of the city, on Sunday after clashes in which "dozens of terrorists" were killed, a military source told state television.

A British-based monitoring group said Russian warplanes had struck the town of al-Mayadin, further down the Euphrates, on Tuesday, killing 11 civilians. Russia's defence ministry said its aircraft only hit "terrorist targets".

Some 93,000 civilians have lived under an Islamic State siege in the government-held parts of Deir ez-Zor since 2015, according to the UN.

The desert province, rich in oil, is the last major stronghold of the group in Syria.
""", [
    E("IS shelled a bakery queue in al-Joura, Deir ez-Zor city, killing six civilians", "2017-09-04",
      "'on Monday' (publication Thursday 2017-09-07)", "al-Joura", "Deir ez-Zor", "SY",
      "explosion", "Islamic State", "civilians", 6, None, None, None,
      "Islamic State militants fired shells at the government-held al-Joura district of Deir ez-Zor city on Monday, killing six civilians, state news agency reports said."),
    E("Syrian army retook al-Shola on the Damascus-Deir ez-Zor highway", "2017-09-03",
      "'on Sunday' (publication Thursday 2017-09-07)", "al-Shola", "Deir ez-Zor", "SY",
      "territory_gain", "Syrian government forces", "Islamic State", None, None, None, None,
      "Syrian army units and allied fighters took the village of al-Shola, on the Damascus-Deir ez-Zor highway some 30 km southwest of the city, on Sunday after clashes in which \"dozens of terrorists\" were killed, a military source told state television.",
      note="'dozens' -> null"),
    E("Russian airstrikes on al-Mayadin killed 11 civilians (monitor)", "2017-09-05",
      "'on Tuesday' (publication Thursday 2017-09-07)", "al-Mayadin", "Deir ez-Zor", "SY",
      "explosion", "Russian Armed Forces", "civilians", 11, None, None, None,
      "A British-based monitoring group said Russian warplanes had struck the town of al-Mayadin, further down the Euphrates, on Tuesday, killing 11 civilians.",
      note="Russia denies hitting civilians"),
], [
    F("civilians_trapped", 93000, "Deir ez-Zor", "Some 93,000 civilians have lived under an Islamic State siege in the government-held parts of Deir ez-Zor since 2015, according to the UN."),
])

# ---------------------------------------------------------------- h9-32
doc("h9-32", "2021-06-24", """
Gunmen ambush Michoacan police near Aguililla

MORELIA, Mexico (Diario de Tierra Caliente) - Gunmen ambushed a convoy of Michoacan state police on a highway near Aguililla on Tuesday, killing four officers and wounding two, the state security ministry said.

The officers were driving back from a patrol when they came under fire from several vehicles, a ministry spokesman said. Agents responded and an exchange of fire lasted around 20 minutes.

Two of the attackers were killed and three were detained by soldiers who arrived later, he said.

Officials blamed the Jalisco New Generation Cartel, which has been fighting local gangs for control of the Aguililla area, a key route for methamphetamine and avocado extortion.

The cartel did not comment. Residents say its gunmen have blocked roads and planted landmines in the area for months.

On Monday, the bodies of five men were found beside a dirt road outside Uruapan, the state prosecutor's office said. It did not say when they died.

More than 1,200 people were killed in Michoacan last year, according to official figures.
""", [
    E("CJNG gunmen ambushed state police near Aguililla; 4 police and 2 attackers killed", "2021-06-22",
      "'on Tuesday' (publication Thursday 2021-06-24)", "Aguililla", "Michoacan", "MX",
      "battle", "Jalisco New Generation Cartel", "Mexican security forces", 6, None, 2, None,
      "Gunmen ambushed a convoy of Michoacan state police on a highway near Aguililla on Tuesday, killing four officers and wounding two, the state security ministry said. [...] Two of the attackers were killed and three were detained by soldiers who arrived later, he said. [...] Officials blamed the Jalisco New Generation Cartel, which has been fighting local gangs for control of the Aguililla area, a key route for methamphetamine and avocado extortion.",
      note="6 = 4 police + 2 attackers; three detained in the same incident"),
    E("Five bodies found beside a road outside Uruapan", None,
      "found 'On Monday' (2021-06-21); date of death not given", "Uruapan", "Michoacan", "MX",
      "attack_on_civilians", "unknown", "civilians", 5, None, None, None,
      "On Monday, the bodies of five men were found beside a dirt road outside Uruapan, the state prosecutor's office said. It did not say when they died.",
      optional=True),
], [
    F("killed", 1200, "Michoacan", "More than 1,200 people were killed in Michoacan last year, according to official figures."),
])

# ---------------------------------------------------------------- h9-33
doc("h9-33", "2014-10-09", """
Iraqi army beats back assault near Haditha dam as militants take Kubaisa

RAMADI, Iraq, Oct 9 (Euphrates Wire) - Iraqi soldiers and tribal fighters beat back an assault by Islamic State militants on an army post near the Haditha dam on Wednesday, killing 12 of the attackers, an army officer said.

The assault began when a suicide bomber drove a truck laden with explosives at the post's outer wall, followed by gunmen on foot, said Colonel Shaaban al-Obeidi, who commands troops around the dam. Three soldiers were killed, including a lieutenant, and seven wounded.

The bomber was among the 12 militants killed, the colonel said.

Further west, the militants seized the town of Kubaisa on Saturday after the police withdrew, residents and a tribal leader said. The group raised its black flag over the town's police station, the residents said.

The tribal leader said militants had also blown up the home of a local police chief in Kubaisa the same day.

US aircraft have carried out strikes around the dam in recent weeks to protect it.

Islamic State now controls most of Anbar province, Iraq's largest, including Fallujah, which it seized in January.
""", [
    E("IS assault with a suicide truck bomb and gunmen on an army post near Haditha dam repelled; 12 IS and 3 soldiers killed", "2014-10-08",
      "'on Wednesday' (publication Thursday 2014-10-09)", "Haditha dam", "Anbar", "IQ",
      "explosion", "Islamic State", "Iraqi Security Forces", 15, None, 7, None,
      "Iraqi soldiers and tribal fighters beat back an assault by Islamic State militants on an army post near the Haditha dam on Wednesday, killing 12 of the attackers, an army officer said. [...] The assault began when a suicide bomber drove a truck laden with explosives at the post's outer wall, followed by gunmen on foot, said Colonel Shaaban al-Obeidi, who commands troops around the dam. Three soldiers were killed, including a lieutenant, and seven wounded. [...] The bomber was among the 12 militants killed, the colonel said.",
      note="15 = 12 IS (incl. bomber) + 3 soldiers; complex attack opening with a suicide truck bomb -> explosion"),
    E("IS seized Kubaisa after the police withdrew", "2014-10-04",
      "'on Saturday' (publication Thursday 2014-10-09)", "Kubaisa", "Anbar", "IQ",
      "territory_gain", "Islamic State", "Iraqi Security Forces", None, None, None, None,
      "Further west, the militants seized the town of Kubaisa on Saturday after the police withdrew, residents and a tribal leader said."),
    E("IS blew up the home of a local police chief in Kubaisa", "2014-10-04",
      "'the same day' as the capture on Saturday", "Kubaisa", "Anbar", "IQ",
      "other", "Islamic State", "none", None, None, None, None,
      "The tribal leader said militants had also blown up the home of a local police chief in Kubaisa the same day.",
      note="property destruction; no human target stated"),
])

# ---------------------------------------------------------------- h9-34
doc("h9-34", "2019-10-17", """
ANALYSIS: Two years after its fall, Raqqa struggles to rebuild

By a staff writer, Levant Review

Two years after the Syrian Democratic Forces declared Raqqa free of Islamic State in October 2017, much of the city still lies in ruins, and residents say reconstruction has barely begun.

The local civil council estimates that about 80 percent of the city was damaged or destroyed during the four-month battle, when coalition aircraft and artillery pounded militant positions.

Teams working on recovering bodies say they have retrieved more than 6,000 from mass graves and rubble since the battle ended.

Unexploded bombs remain a threat; the council says dozens of people have been killed by them.

Tensions between Arab tribes and the Kurdish-led administration have grown, and some residents complain of forced conscription.

Meanwhile, Turkey's offensive against Kurdish forces in northeast Syria, launched this month, has raised fears that Islamic State cells could exploit the chaos.

"The people of Raqqa have suffered under everyone," said Khaled al-Hassan, a teacher who returned to the city last year. "We just want schools and electricity."

Donors pledged funds for Raqqa at a conference in 2018, but much of the money has yet to arrive, according to council officials.
""", [], [
    F("other", 80, "Raqqa", "The local civil council estimates that about 80 percent of the city was damaged or destroyed during the four-month battle, when coalition aircraft and artillery pounded militant positions.", note="percent destroyed"),
    F("other", 6000, "Raqqa", "Teams working on recovering bodies say they have retrieved more than 6,000 from mass graves and rubble since the battle ended.", note="bodies recovered"),
])

# ---------------------------------------------------------------- h9-35
doc("h9-35", "2021-03-04", """
Houthi missile hits Marib city; government says it repelled attack on Sirwah front

MARIB, Yemen (Saba Al-Shariya) - A ballistic missile fired by the Houthi militia struck a residential area in the Rawdha neighbourhood of Marib city on Tuesday, killing civilians, local authorities said.

The governor's office said seven people were killed, including three children, while the Yemeni Human Rights Network, a local monitoring group, said it had documented nine deaths. At least 15 others were wounded.

The Houthis did not comment on the strike. Their military spokesman said on the same day that the group had targeted "a gathering of mercenaries" in Marib province, without naming a place.

Government troops repelled a large Houthi attack on their positions in the al-Kasara area of the Sirwah front, west of the city, on Monday, the army said in a statement. It said 28 Houthi fighters and six soldiers died in the battle.

The Saudi-led coalition said it had intercepted and destroyed an explosive-laden drone launched towards Marib on Wednesday.

The Houthis have been pushing towards Marib, the government's last stronghold in the north, since February. The city shelters about one million displaced people, according to the authorities.
""", [
    E("Houthi ballistic missile hit Rawdha neighbourhood, Marib city; 7 or 9 killed", "2021-03-02",
      "'on Tuesday' (publication Thursday 2021-03-04)", "Rawdha", "Marib", "YE",
      "explosion", "Houthis", "civilians", 7, 9, 15, None,
      "A ballistic missile fired by the Houthi militia struck a residential area in the Rawdha neighbourhood of Marib city on Tuesday, killing civilians, local authorities said. [...] The governor's office said seven people were killed, including three children, while the Yemeni Human Rights Network, a local monitoring group, said it had documented nine deaths. At least 15 others were wounded.",
      note="conflicting tolls 7 / 9"),
    E("Government troops repelled a Houthi attack at al-Kasara, Sirwah front; 28 Houthis and 6 soldiers killed", "2021-03-01",
      "'on Monday' (publication Thursday 2021-03-04)", "al-Kasara", "Marib", "YE",
      "battle", "Houthis", "Yemeni government forces", 34, None, None, None,
      "Government troops repelled a large Houthi attack on their positions in the al-Kasara area of the Sirwah front, west of the city, on Monday, the army said in a statement. It said 28 Houthi fighters and six soldiers died in the battle.",
      note="34 = 28 + 6"),
    E("Coalition intercepted an explosive-laden drone launched towards Marib", "2021-03-03",
      "'on Wednesday' (publication Thursday 2021-03-04)", "Marib", "Marib", "YE",
      "other", "Saudi-led coalition", "Houthis", None, None, None, None,
      "The Saudi-led coalition said it had intercepted and destroyed an explosive-laden drone launched towards Marib on Wednesday.",
      note="disrupted weapons use"),
], [
    F("displaced", 1000000, "Marib", "The city shelters about one million displaced people, according to the authorities."),
])

# ---------------------------------------------------------------- h9-36
doc("h9-36", "2018-09-13", """
Fake checkpoint on Kirkuk-Baghdad road: two drivers killed, three abducted

KIRKUK (Kirkuk Now) - Gunmen wearing military uniforms set up a fake checkpoint on the main road between Kirkuk and Tuz Khurmatu late on Monday, killing two truck drivers and abducting three other travellers, police said.

The checkpoint was near the village of Bashir, about 20 km south of Kirkuk, a police officer said. The gunmen stopped vehicles, checked identity cards and took away three men in a pickup.

Police blamed Islamic State, whose remnants have used fake checkpoints along the road several times this year. The group did not comment, but a local tribal leader said the kidnappers had contacted the families demanding ransom.

In response, Iraqi forces launched a cordon-and-search operation in villages south of Hawija on Wednesday and arrested six suspects, the Kirkuk operations command said.

The bodies of the two drivers were handed to their families in Daquq on Tuesday.

Security on the road has worsened since federal forces took over Kirkuk from the Kurdish Peshmerga in October last year, local officials say.
""", [
    E("Gunmen (blamed on IS) at a fake checkpoint near Bashir on the Kirkuk-Tuz Khurmatu road killed two drivers", "2018-09-10",
      "'late on Monday' (publication Thursday 2018-09-13)", "Bashir", "Kirkuk", "IQ",
      "attack_on_civilians", "Islamic State", "civilians", 2, None, None, None,
      "Gunmen wearing military uniforms set up a fake checkpoint on the main road between Kirkuk and Tuz Khurmatu late on Monday, killing two truck drivers and abducting three other travellers, police said. [...] The checkpoint was near the village of Bashir, about 20 km south of Kirkuk, a police officer said. [...] Police blamed Islamic State, whose remnants have used fake checkpoints along the road several times this year.",
      note="killings and abductions at one checkpoint kept as one incident"),
    E("Iraqi forces cordon-and-search south of Hawija; six suspects arrested", "2018-09-12",
      "'on Wednesday' (publication Thursday 2018-09-13)", "villages south of Hawija", "Kirkuk", "IQ",
      "arrest", "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "In response, Iraqi forces launched a cordon-and-search operation in villages south of Hawija on Wednesday and arrested six suspects, the Kirkuk operations command said.",
      arrested=6),
])


# ================================================================ checks
TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
FIG_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
            "districts_retaken", "arrested", "other"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON_ABBR["sept"] = 9


def check():
    errs = []
    ids = [d["id"] for d in DOCS]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    if ids != ["h9-%02d" % i for i in range(1, 37)]:
        errs.append("ids are not h9-01..h9-36 in order")
    for d in DOCS:
        i, text = d["id"], d["text"]
        pub = datetime.date.fromisoformat(d["published"])
        nsent = len(re.findall(r"[.!?\"](\s|$)", text))
        if nsent < 8:
            errs.append(f"{i}: only {nsent} sentences")
        # datelines and dated statements: full dates in the text must be real and not after publication
        for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?,? ?(\d{1,2}) (" + "|".join(m.title() for m in MONTHS) + r") (\d{4})", text):
            day = datetime.date(int(m.group(4)), MONTHS.index(m.group(3).lower()) + 1, int(m.group(2)))
            if day > pub:
                errs.append(f"{i}: text date {m.group(0)} after publication")
            if m.group(1) and WEEKDAYS[day.weekday()] != m.group(1).lower():
                errs.append(f"{i}: '{m.group(0)}' is a {WEEKDAYS[day.weekday()]}")
        # wire datelines 'CITY, Month D (' or 'CITY, Mon D (' must be the publication day
        for m in re.finditer(r"^[A-Z][A-Z ,.'-]+?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\w* (\d{1,2}) \(", text, re.M):
            mon = MON_ABBR[m.group(1).lower()[:4] if m.group(1).lower().startswith("sept") else m.group(1).lower()[:3]]
            if (mon, int(m.group(2))) != (pub.month, pub.day):
                errs.append(f"{i}: dateline {m.group(0)!r} != published {pub}")
        for kind, items in (("event", d["events"]), ("figure", d["figures"])):
            for n, e in enumerate(items):
                where = f"{i} {kind} {n}"
                for piece in e["evidence"].split(" [...] "):
                    if piece not in text:
                        errs.append(f"{where}: evidence not verbatim: {piece[:70]!r}")
                if kind == "figure":
                    if e["what"] not in FIG_WHAT:
                        errs.append(f"{where}: bad figure what {e['what']}")
                    continue
                if list(e)[:len(KEYS)] != KEYS:
                    errs.append(f"{where}: key order")
                if e["type"] not in TYPES:
                    errs.append(f"{where}: bad type {e['type']}")
                for lo, hi in (("killed", "killed_high"), ("wounded", "wounded_high")):
                    if e[hi] is not None and (e[lo] is None or e[hi] < e[lo]):
                        errs.append(f"{where}: {hi} < {lo}")
                if e["date"]:
                    day = datetime.date.fromisoformat(e["date"])
                    if day > pub:
                        errs.append(f"{where}: date after publication")
                    if (pub - day).days > 40:
                        errs.append(f"{where}: date far before publication")
                    wd = [w for w in re.findall(r"[A-Za-z]+", e["date_note"]) if w.lower() in WEEKDAYS]
                    if wd and wd[0].lower() != WEEKDAYS[day.weekday()]:
                        errs.append(f"{where}: note says {wd[0]} but {e['date']} is a {WEEKDAYS[day.weekday()]}")
                    # every 'Weekday YYYY-MM-DD' pair in the note must be right
                    for w, ds in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{4}-\d{2}-\d{2})", e["date_note"]):
                        if WEEKDAYS[datetime.date.fromisoformat(ds).weekday()] != w.lower():
                            errs.append(f"{where}: note pair {w} {ds} wrong")
                else:
                    for w, ds in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{4}-\d{2}-\d{2})", e["date_note"]):
                        if WEEKDAYS[datetime.date.fromisoformat(ds).weekday()] != w.lower():
                            errs.append(f"{where}: note pair {w} {ds} wrong")
                    for ds in re.findall(r"\d{4}-\d{2}-\d{2}", e["date_note"]):
                        if datetime.date.fromisoformat(ds) > pub:
                            errs.append(f"{where}: note date after publication")
                if e.get("optional") not in (None, True):
                    errs.append(f"{where}: optional must be absent or true")
        # publication-day weekday words in notes: 'publication Thursday 2017-03-09' style checked above
    return errs


def main():
    errs = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                "events": d["events"], "figures": d["figures"]}, ensure_ascii=False) + "\n")
    ev = sum(len(d["events"]) for d in DOCS)
    opt = sum(1 for d in DOCS for e in d["events"] if e.get("optional"))
    fig = sum(len(d["figures"]) for d in DOCS)
    empty = sum(1 for d in DOCS if not d["events"])
    print(f"ok: {len(DOCS)} docs, {ev} events ({opt} optional), {fig} figures, {empty} docs without events")


if __name__ == "__main__":
    main()
