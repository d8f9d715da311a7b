#!/usr/bin/env python3
"""probe-blind11: writes docs.jsonl and gold.jsonl after checking them.

Run: python3 make.py
Checks: evidence pieces (split on ' [...] ') verbatim in the text; event dates not after
publication; weekday words in date_note match the event date (the first one) or the
publication date; weekday + full date phrases in texts and 'Month D' datelines are true
calendar facts; types from the schema; *_high >= low; 8-25 sentences a report.
"""
import datetime as dt
import json
import os
import re
import sys

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO = ["January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"]
DOCS = []


def E(summary, date, date_note, place, admin, country, typ, a1, a2, killed, killed_high,
      wounded, wounded_high, evidence, note=None, optional=False, **extra):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": typ, "actor1": a1, "actor2": a2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded,
         "wounded_high": wounded_high, "evidence": evidence}
    if note:
        e["note"] = note
    e.update(extra)
    if optional:
        e["optional"] = True
    return e


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


def D(id, published, url, text, events, figures=()):
    DOCS.append({"id": id, "published": published, "url": url, "text": text.strip() + "\n",
                 "events": list(events), "figures": list(figures)})

# ---------------------------------------------------------------- no new incident
D("b11-01", "2019-02-14", "https://example-horncourier.so/2019/02/14/court-hotel-plot", """
Military court jails three men over 2017 hotel attack plot in Mogadishu

MOGADISHU, February 14 (Horn Courier) - A military court in the Somali capital on Thursday sentenced three men to between 15 and 30 years in prison for helping to plan an assault on a seafront hotel that left dozens dead in 2017.

Judge Abdirahman Sheikh Nur said the prosecution had shown that the men rented the house where the car bomb was assembled and scouted the hotel gates for weeks.

A fourth defendant, a teenager, was acquitted for lack of evidence and released to his family.

"This court is not deciding whether the war is over, only whether these three men knew what they were doing," the judge told a packed courtroom.

Defence lawyers said confessions had been taken without counsel and announced an appeal.

The 2017 attack was claimed by al-Shabaab, which has fought the federal government for more than a decade.

Security around the court in the Hodan district was heavy, with armoured vehicles parked at each end of the street.

No incidents were reported during the hearing.

Relatives of victims who waited outside said the sentences were too light.
""", [])

D("b11-02", "2022-09-07", "https://example-sahelreview.org/analysis/2022-09-07-jnim-borders", """
Analysis: How JNIM turned the Mali-Niger border into a corridor

BAMAKO, September 7 (Sahel Review) - Five years after its founding, the al-Qaeda-aligned coalition known as JNIM has built something few of its predecessors managed: a presence that straddles borders without depending on any single town.

Researchers who track the group describe a patient strategy of taxing herders, settling local disputes and punishing anyone seen talking to soldiers.

"They do not need to hold Ménaka or Ansongo to control the roads between them," said Mariam Coulibaly, a researcher at an invented Bamako policy institute.

The withdrawal of French troops from Mali this year has left gaps that neither Malian units nor their new Russian partners have filled, analysts say.

In Niger's Tillabéri region, officials speak of dozens of villages where schools have closed for two years running.

The group competes for recruits and grazing land with the Sahel branch of the Islamic State, and the two have fought each other repeatedly since 2020.

Estimates of JNIM's strength vary widely, from 2,000 to more than 6,000 fighters.

Diplomats in Niamey said the next twelve months would test whether the Nigerien army, still backed by Western partners, could hold the line that Mali's army has lost.

None of the researchers interviewed expected negotiations in the near term.
""", [], [F("fighters", 2000, "Mali/Niger (JNIM)", "Estimates of JNIM's strength vary widely, from 2,000 to more than 6,000 fighters.", "range 2,000 to more than 6,000")])

D("b11-03", "2024-06-13", "https://example-reliefwire.org/sudan/2024/06/13/appeal", """
Aid agencies appeal for funds as Sudan displacement passes new mark

PORT SUDAN, June 13 (Relief Wire) - Humanitarian agencies asked donors on Thursday for an extra 1.2 billion dollars for Sudan, saying that the 14-month war between the army and the Rapid Support Forces has now driven more than 10 million people from their homes.

About two million of them have crossed into Chad, Egypt, South Sudan and other neighbours, the agencies said in a joint statement.

"We are watching a famine form in slow motion and we are being asked to stop it with a quarter of the money," said Helene Martel, who coordinates one of the appealing groups.

The appeal singled out North Darfur, where fighting around El Fasher has cut supply lines to camps that already hold hundreds of thousands.

Only 16 percent of this year's plan had been funded by the end of May, according to the statement.

Aid convoys from Chad through the Adre crossing have resumed but remain too small, officials said.

The agencies urged both warring parties to let trucks through front lines and to stop taxing relief goods at checkpoints.

A donor conference in Paris in April raised pledges that have mostly not been paid, the statement added.
""", [], [F("displaced", 10000000, "Sudan", "Humanitarian agencies asked donors on Thursday for an extra 1.2 billion dollars for Sudan, saying that the 14-month war between the army and the Rapid Support Forces has now driven more than 10 million people from their homes."),
         F("displaced", 2000000, "neighbouring countries of Sudan", "About two million of them have crossed into Chad, Egypt, South Sudan and other neighbours, the agencies said in a joint statement.", "refugees abroad")])

D("b11-04", "2020-11-18", "https://example-adenpost.ye/2020/11/18/funeral-commander", """
Thousands attend funeral of southern commander in Aden

ADEN, November 18 (Aden Post) - Thousands of mourners filled the streets of the Crater district on Wednesday for the funeral of Brigadier Salem al-Harbi, a commander of government-aligned forces who died in a Cairo hospital last week.

Al-Harbi had been treated in Egypt since he was badly wounded by a roadside bomb in Lahj province in March 2019.

His coffin, draped in the flag of the former South Yemen, was carried from the al-Aidaroos mosque to the cemetery.

"He fought the Houthis in 2015 when nobody believed Aden could be held," said a fellow officer who gave his name only as Colonel Nasser.

Officials from the Southern Transitional Council and from the internationally recognised government both attended, a rare joint appearance after months of tension.

Security was tight and shops along the route closed for the afternoon.

Al-Harbi led units that retook the port area of Aden in the summer of 2015 with the support of the Saudi-led coalition.

He is survived by his wife and six children.
""", [])

D("b11-05", "2021-08-12", "https://example-maputodaily.mz/politics/2021-08-12-rwanda-mandate", """
Mozambique parliament debates mandate of Rwandan troops in Cabo Delgado

MAPUTO, August 12 (Maputo Daily) - Opposition deputies demanded on Thursday that the government publish the agreement under which about 1,000 Rwandan soldiers and police have been deployed in Cabo Delgado province since July.

Defence Minister spokesman Armando Cuna said the agreement would be shared with a parliamentary committee but not made public for security reasons.

"We are asking who pays, for how long and under whose command," said one opposition deputy, Luisa Macamo.

Government deputies replied that the deployment had already helped Mozambican forces push back the insurgents, who have fought in the province since 2017.

The debate came as regional states prepared to send their own standby force under the Southern African Development Community.

Aid groups say more than 800,000 people have been displaced by the conflict.

No vote was held and the session was adjourned until next week.

The ruling party holds a large majority in the assembly.
""", [], [F("fighters", 1000, "Cabo Delgado", "Opposition deputies demanded on Thursday that the government publish the agreement under which about 1,000 Rwandan soldiers and police have been deployed in Cabo Delgado province since July.", "Rwandan force size"),
         F("displaced", 800000, "Cabo Delgado", "Aid groups say more than 800,000 people have been displaced by the conflict.")])

D("b11-06", "2019-07-25", "https://example-kabulledger.af/2019/07/25/unama-half-year", """
Civilian deaths fell in first half of 2019, UN says, but pro-government forces killed more

KABUL, July 25 (Kabul Ledger) - The United Nations said on Thursday that 1,366 civilians were killed and 2,446 wounded in Afghanistan in the first six months of the year, a fall of about a quarter compared with the same period of 2018.

For the second quarter running, Afghan and international forces were responsible for more civilian deaths than the Taliban and other insurgents, the mission's half-year report said.

Air strikes alone killed 363 civilians, many of them in Kunduz, Helmand and Kapisa provinces.

"Every one of these numbers is a family that will not recover," the report quoted a senior UN official as saying.

Suicide and other bombings by anti-government groups remained the leading cause of casualties overall.

The Afghan defence ministry said it was reviewing the figures and accused the mission of relying on sources close to the insurgents.

A Taliban spokesman rejected the share attributed to his group.

The report comes as US and Taliban negotiators meet in Doha for another round of talks.
""", [], [F("killed", 1366, "Afghanistan", "The United Nations said on Thursday that 1,366 civilians were killed and 2,446 wounded in Afghanistan in the first six months of the year, a fall of about a quarter compared with the same period of 2018."),
         F("wounded", 2446, "Afghanistan", "The United Nations said on Thursday that 1,366 civilians were killed and 2,446 wounded in Afghanistan in the first six months of the year, a fall of about a quarter compared with the same period of 2018."),
         F("killed", 363, "Afghanistan", "Air strikes alone killed 363 civilians, many of them in Kunduz, Helmand and Kapisa provinces.", "civilians killed by air strikes, half-year")])

# ---------------------------------------------------------------- Yemen
D("b11-07", "2018-06-20", "https://example-taizvoice.ye/2018/06/20/rawdah-shelling", """
Children among dead as shells hit Taiz neighbourhood

TAIZ, June 20 (Taiz Voice) - "We had just come back from the market, the children were sitting by the door, and then the street was full of smoke," said Umm Khaled, whose two nephews were wounded.

"Nobody warns us, nobody ever warns us," she added, speaking by telephone from a hospital corridor where families slept on the floor.

Her account is one of dozens gathered by local medics in a city that has been split by front lines for three years.

The shells landed on Tuesday afternoon in the crowded al-Rawdah neighbourhood in the north of the city, killing five people, three of them children, and wounding nine, according to the director of al-Thawra hospital.

Local officials and residents said the rounds were fired from Houthi positions on the hills east of the city.

The Houthis, who have besieged parts of Taiz since 2015, did not comment on the shelling.

On Sunday, a sniper shot dead a woman carrying water in the Osaifra district, medics said, adding that the shot came from a building held by the rebels.

Government forces and allied fighters control most of the city centre, while the Houthis hold the main roads to the north and east.

The UN envoy has repeatedly called for humanitarian corridors into the city, without result.

Doctors say hospitals have run short of blood and anaesthetic.

Read more: Fighting intensifies on Hodeidah coast
""", [
    E("Houthi shelling of al-Rawdah neighbourhood, Taiz: five killed including three children, nine wounded.",
      "2018-06-19", "'on Tuesday afternoon' against publication Wednesday 2018-06-20", "al-Rawdah, Taiz", "Taiz", "YE",
      "explosion", "Houthis", "civilians", 5, None, 9, None,
      "The shells landed on Tuesday afternoon in the crowded al-Rawdah neighbourhood in the north of the city, killing five people, three of them children, and wounding nine, according to the director of al-Thawra hospital. [...] Local officials and residents said the rounds were fired from Houthi positions on the hills east of the city.",
      note="incident told after a three-sentence quote introduction; Houthis blamed by officials and residents, no denial"),
    E("A sniper from a rebel-held building killed a woman fetching water in Osaifra, Taiz.",
      "2018-06-17", "'On Sunday' against publication Wednesday 2018-06-20", "Osaifra, Taiz", "Taiz", "YE",
      "attack_on_civilians", "Houthis", "civilians", 1, None, None, None,
      "On Sunday, a sniper shot dead a woman carrying water in the Osaifra district, medics said, adding that the shot came from a building held by the rebels.",
      note="'the rebels' = the Houthis of the previous sentences"),
])

D("b11-08", "2021-03-04", "https://example-sabanews-watch.ye/2021/03/04/raghwan", """
Yemeni forces say they repelled Houthi assault west of Marib

MARIB, March 4 (Saba Watch) - Yemeni government forces repelled a Houthi attack on their positions in the Raghwan district, northwest of Marib city, on Wednesday, a military spokesman said.

Fourteen Houthi fighters and three soldiers were killed in the fighting, which lasted several hours, spokesman Colonel Abdo Majli said in a statement.

He said the rebels had advanced under cover of darkness before being pushed back to their starting lines.

Saudi-led coalition warplanes struck Houthi reinforcements moving through the Sirwah district overnight into Wednesday, killing dozens of them, the coalition said.

The Houthis' al-Masirah television said on Thursday that its fighters had seized several hills in the al-Kassara area, without giving a date.

Neither side's claims could be independently verified.

The Houthis launched a major offensive on Marib, the government's last northern stronghold, in February.

Tens of thousands of displaced people live in camps around the city, many of them already displaced once.

The UN has warned that the battle could push hundreds of thousands more out of their shelters.

The United States has urged the Houthis to halt the offensive and return to talks.
""", [
    E("Houthi attack on government positions in Raghwan repelled: 14 Houthis and three soldiers killed.",
      "2021-03-03", "'on Wednesday' against publication Thursday 2021-03-04", "Raghwan district", "Marib", "YE",
      "battle", "Houthis", "Yemeni government forces", 17, None, None, None,
      "Yemeni government forces repelled a Houthi attack on their positions in the Raghwan district, northwest of Marib city, on Wednesday, a military spokesman said. [...] Fourteen Houthi fighters and three soldiers were killed in the fighting, which lasted several hours, spokesman Colonel Abdo Majli said in a statement.",
      note="the side that 'repelled' is actor2; 14 + 3 = 17"),
    E("Coalition air strikes on Houthi reinforcements in Sirwah; 'dozens' killed.",
      "2021-03-02", "'overnight into Wednesday' (2021-03-03): the night begins Tuesday 2021-03-02", "Sirwah district", "Marib", "YE",
      "explosion", "Saudi-led coalition", "Houthis", None, None, None, None,
      "Saudi-led coalition warplanes struck Houthi reinforcements moving through the Sirwah district overnight into Wednesday, killing dozens of them, the coalition said.",
      note="'dozens' gives null"),
    E("Houthis say they seized hills in al-Kassara (no date).",
      None, "al-Masirah 'said on Thursday' is the reporting day; 'without giving a date'", "al-Kassara", "Marib", "YE",
      "territory_gain", "Houthis", "Yemeni government forces", None, None, None, None,
      "The Houthis' al-Masirah television said on Thursday that its fighters had seized several hills in the al-Kassara area, without giving a date.",
      optional=True),
])

D("b11-09", "2016-01-28", "https://example-gulfdispatch.com/yemen/2016-01-28-aden-checkpoint-bomb", """
Car bomb kills nine at Aden checkpoint; Islamic State claims attack

ADEN, January 28 (Gulf Dispatch) - A suicide car bomb exploded at a checkpoint near the presidential palace in Aden's Maasheeq area on Thursday morning, killing soldiers and passers-by.

Security officials first said six people had died, but by the evening a medical source put the toll at nine, four soldiers and five civilians, not counting the bomber.

Another 11 people were wounded, some of them seriously.

The driver rammed the checkpoint barrier before detonating his vehicle, a guard at the palace said.

Islamic State later claimed the bombing in a statement carried by its Amaq news agency, saying one of its fighters had targeted "apostate soldiers".

On Monday, two gunmen on a motorcycle shot dead a judge outside his home in the Sheikh Othman district, police said; no one has claimed that killing.

Aden has been the temporary seat of President Abd-Rabbu Mansour Hadi's government since forces backed by the Saudi-led coalition drove the Houthis out last July.

Since then, a wave of assassinations and bombings has targeted officials and security forces in the port city.

Both Islamic State and al-Qaeda's Yemeni branch have exploited the chaos to expand.
""", [
    E("Islamic State suicide car bomb at a checkpoint near the presidential palace, Maasheeq, Aden: 9 killed (4 soldiers, 5 civilians) plus the bomber, 11 wounded.",
      "2016-01-28", "'on Thursday morning', publication Thursday 2016-01-28", "checkpoint near the presidential palace, Maasheeq, Aden", "Aden", "YE",
      "explosion", "Islamic State", "Yemeni government forces", 10, None, 11, None,
      "A suicide car bomb exploded at a checkpoint near the presidential palace in Aden's Maasheeq area on Thursday morning, killing soldiers and passers-by. [...] Security officials first said six people had died, but by the evening a medical source put the toll at nine, four soldiers and five civilians, not counting the bomber. [...] Another 11 people were wounded, some of them seriously. [...] Islamic State later claimed the bombing in a statement carried by its Amaq news agency, saying one of its fighters had targeted \"apostate soldiers\".",
      note="revised toll 6 -> 9 (the revision stands); bomber added: 9 + 1 = 10"),
    E("Two gunmen on a motorcycle shot dead a judge in Sheikh Othman, Aden.",
      "2016-01-25", "'On Monday' against publication Thursday 2016-01-28", "Sheikh Othman, Aden", "Aden", "YE",
      "other", "militants (unidentified)", "civilians", 1, None, None, None,
      "On Monday, two gunmen on a motorcycle shot dead a judge outside his home in the Sheikh Othman district, police said; no one has claimed that killing.",
      note="assassination, unclaimed"),
])

D("b11-10", "2022-09-07", "https://example-southarabia.net/2022/09/07/abyan-ambush", """
Al-Qaeda claims ambush on southern forces in Abyan

MUKALLA, September 7 (South Arabia Net) - Al-Qaeda in the Arabian Peninsula said on Tuesday that its fighters were behind an ambush that killed six members of the Southern Transitional Council's forces in Abyan province.

The patrol came under fire on Monday evening on the road between Mudiyah and Lawdar, two local commanders said.

Four of the attackers were killed in the gunfight that followed, and seven soldiers were wounded, one of the commanders said.

The group's statement, posted on its usual channels, said it had killed "more than twenty" soldiers and seized weapons; the figure could not be verified.

In response, southern forces launched a sweep through the Wadi Omran valley on Tuesday, killing three suspected militants and arresting five others, commander Nabil al-Yafei said.

The STC, which seeks self-rule for southern Yemen, announced last month a campaign it calls "Arrows of the East" to drive AQAP from Abyan and Shabwa.

AQAP, long regarded by Washington as one of al-Qaeda's most dangerous branches, has lost much of the territory it held in 2015 and 2016.

Residents of Mudiyah said many families had left for Aden ahead of the new operation.

The Yemeni government, a partner of the STC in a power-sharing council, did not comment.
""", [
    E("AQAP ambush on an STC patrol on the Mudiyah-Lawdar road: 6 STC fighters and 4 attackers killed, 7 wounded.",
      "2022-09-05", "'on Monday evening' against publication Wednesday 2022-09-07 (claim 'on Tuesday')", "road between Mudiyah and Lawdar", "Abyan", "YE",
      "battle", "AQAP", "Southern Transitional Council", 10, None, 7, None,
      "Al-Qaeda in the Arabian Peninsula said on Tuesday that its fighters were behind an ambush that killed six members of the Southern Transitional Council's forces in Abyan province. [...] The patrol came under fire on Monday evening on the road between Mudiyah and Lawdar, two local commanders said. [...] Four of the attackers were killed in the gunfight that followed, and seven soldiers were wounded, one of the commanders said.",
      note="6 + 4 = 10; AQAP's claim of 'more than twenty' not used"),
    E("STC sweep of Wadi Omran in response: three suspected militants killed, five arrested.",
      "2022-09-06", "'on Tuesday' against publication Wednesday 2022-09-07", "Wadi Omran, Mudiyah", "Abyan", "YE",
      "battle", "Southern Transitional Council", "AQAP", 3, None, None, None,
      "In response, southern forces launched a sweep through the Wadi Omran valley on Tuesday, killing three suspected militants and arresting five others, commander Nabil al-Yafei said.",
      arrested=5),
])

# ---------------------------------------------------------------- Libya
D("b11-11", "2022-05-19", "https://example-libyaobserver-wire.ly/2022/05/19/souq-juma-clashes", """
Six dead after overnight militia fighting in Tripoli

TRIPOLI, May 19 (Libya Wire) - Heavy gunfire rattled the Souq al-Juma district of the Libyan capital for much of Tuesday night, as two armed groups nominally loyal to the same government fought street by street.

The Health Ministry said on Wednesday morning that four people had been killed, including a civilian, and 13 wounded; by the afternoon it had raised the toll to six dead.

The fighting stopped around dawn after elders from the district negotiated a truce.

Residents and a security official said the clashes broke out when gunmen from the Nawasi Brigade stormed a checkpoint held by the Stability Support Apparatus near the Mitiga airport road, apparently to free one of their commanders detained there earlier in the day.

Flights at Mitiga were diverted to Misrata until Wednesday noon.

On Wednesday afternoon, a stray rocket struck a house in the Ain Zara area, killing a nine-year-old boy, the ministry said, without saying who fired it.

"We put the children in the bathroom and waited for the sun," said a teacher who lives near the airport road.

Armed groups have carved up Tripoli's neighbourhoods since the 2011 uprising, and rival loyalties have sharpened since a second prime minister was named by the eastern-based parliament in March.

The UN mission called for restraint and an investigation.
""", [
    E("Nawasi Brigade stormed an SSA checkpoint in Souq al-Juma, Tripoli, starting overnight clashes: 6 killed (including a civilian), 13 wounded.",
      "2022-05-17", "'Tuesday night' (overnight; the first night, publication Thursday 2022-05-19; ministry spoke 'on Wednesday')", "Souq al-Juma, Tripoli", "Tripoli", "LY",
      "battle", "Nawasi Brigade", "Stability Support Apparatus", 6, None, 13, None,
      "Heavy gunfire rattled the Souq al-Juma district of the Libyan capital for much of Tuesday night, as two armed groups nominally loyal to the same government fought street by street. [...] The Health Ministry said on Wednesday morning that four people had been killed, including a civilian, and 13 wounded; by the afternoon it had raised the toll to six dead. [...] Residents and a security official said the clashes broke out when gunmen from the Nawasi Brigade stormed a checkpoint held by the Stability Support Apparatus near the Mitiga airport road, apparently to free one of their commanders detained there earlier in the day.",
      note="initiator told three sentences after the incident; revised toll 4 -> 6"),
    E("A stray rocket hit a house in Ain Zara, Tripoli, killing a boy.",
      "2022-05-18", "'On Wednesday afternoon' against publication Thursday 2022-05-19", "Ain Zara, Tripoli", "Tripoli", "LY",
      "explosion", "unknown", "civilians", 1, None, None, None,
      "On Wednesday afternoon, a stray rocket struck a house in the Ain Zara area, killing a nine-year-old boy, the ministry said, without saying who fired it."),
])

D("b11-12", "2017-06-27", "https://example-cyrenaicatimes.ly/2017/06/27/sabri-advance", """
Haftar's forces push into Benghazi's Sabri district

BENGHAZI, June 27 (Cyrenaica Times) - Forces of the Libyan National Army said on Tuesday that they had seized the old market area of Benghazi's Sabri district, one of the last pockets held by Islamist fighters in the city.

The advance took place on Monday after a night of air strikes and artillery fire, LNA spokesman Major Fathi al-Warfalli said.

He said five soldiers had been killed and that troops had found the bodies of 11 militants in the streets they took.

The fighters in Sabri belong to the Benghazi Revolutionaries Shura Council, an alliance of Islamist groups that the LNA has fought since 2014.

On Sunday, a sniper killed two LNA soldiers near the Sidi Khreibish cemetery, a military medic said.

The Shura Council said in a statement that its fighters had withdrawn "tactically" and denied suffering losses.

Families who fled the seafront districts three years ago said they still could not return, because mines and booby traps littered the streets.

Khalifa Haftar, who commands the LNA, has vowed to take the whole city before the end of the year.

Rival authorities in Tripoli, backed by the United Nations, have criticised the siege of the remaining districts.
""", [
    E("LNA seized the old market area of Sabri, Benghazi: five soldiers and 11 militants killed.",
      "2017-06-26", "advance 'on Monday'; announced 'on Tuesday', publication Tuesday 2017-06-27", "old market area, Sabri, Benghazi", "Benghazi", "LY",
      "territory_gain", "Libyan security forces", "Islamist militants", 16, None, None, None,
      "Forces of the Libyan National Army said on Tuesday that they had seized the old market area of Benghazi's Sabri district, one of the last pockets held by Islamist fighters in the city. [...] The advance took place on Monday after a night of air strikes and artillery fire, LNA spokesman Major Fathi al-Warfalli said. [...] He said five soldiers had been killed and that troops had found the bodies of 11 militants in the streets they took.",
      note="LNA as Libyan state forces (news-dev: 'Libyan government forces'); Shura Council as 'Islamist militants' as in news-dev; 5 + 11 = 16; Shura Council denies losses"),
    E("Sniper killed two LNA soldiers near Sidi Khreibish cemetery.",
      "2017-06-25", "'On Sunday' against publication Tuesday 2017-06-27", "near Sidi Khreibish cemetery, Benghazi", "Benghazi", "LY",
      "battle", "Islamist militants", "Libyan security forces", 2, None, None, None,
      "On Sunday, a sniper killed two LNA soldiers near the Sidi Khreibish cemetery, a military medic said.",
      note="sniper not named; the only enemy in the piece is the Shura Council"),
])

D("b11-13", "2018-03-09", "https://example-fezzanpost.ly/2018/03/09/sabha-clashes", """
Tribal fighting flares again in Sabha after checkpoint killing

SABHA, March 9 (Fezzan Post) - At least eight people have been killed in two days of fighting between Tebu fighters and the Awlad Suleiman-dominated 6th Brigade around the old Italian castle in the southern Libyan city of Sabha, medics said on Friday.

The dead were three Tebu fighters, four members of the brigade and a civilian hit by a shell in the Al-Manshiya neighbourhood, according to the city's medical centre.

At least 20 people were wounded.

The trouble began on Wednesday morning when a young Tebu man was shot dead at a checkpoint on the northern edge of the city.

Tebu elders blamed gunmen from the Awlad Suleiman tribe for the killing, which the tribe's leaders denied, saying the checkpoint was not theirs.

Hours later, Tebu fighters attacked the brigade's positions around the castle, and the two sides exchanged mortar and machine-gun fire until Thursday night.

A ceasefire brokered by elders from the Magarha tribe was holding on Friday, residents said.

Sabha, the main city of the Fezzan, has suffered repeated bouts of fighting since 2011 over smuggling routes and control of public buildings.

The rival governments in Tripoli and the east both condemned the violence but neither has forces in the city.
""", [
    E("A young Tebu man shot dead at a checkpoint on the northern edge of Sabha; Awlad Suleiman blamed, denied.",
      "2018-03-07", "'on Wednesday morning' against publication Friday 2018-03-09", "checkpoint, northern edge of Sabha", "Sabha", "LY",
      "attack_on_civilians", "unknown", "civilians", 1, None, None, None,
      "The trouble began on Wednesday morning when a young Tebu man was shot dead at a checkpoint on the northern edge of the city. [...] Tebu elders blamed gunmen from the Awlad Suleiman tribe for the killing, which the tribe's leaders denied, saying the checkpoint was not theirs.",
      note="blamed by one side and denied, no claim: unknown"),
    E("Tebu fighters attacked 6th Brigade positions around the castle of Sabha; two days of fighting: 8 killed (3 Tebu, 4 brigade, 1 civilian), at least 20 wounded.",
      "2018-03-07", "'Hours later' after Wednesday morning (2018-03-07), fighting until 'Thursday night'", "old Italian castle, Sabha", "Sabha", "LY",
      "battle", "Tebu militias", "6th Brigade", 8, None, 20, None,
      "At least eight people have been killed in two days of fighting between Tebu fighters and the Awlad Suleiman-dominated 6th Brigade around the old Italian castle in the southern Libyan city of Sabha, medics said on Friday. [...] The dead were three Tebu fighters, four members of the brigade and a civilian hit by a shell in the Al-Manshiya neighbourhood, according to the city's medical centre. [...] At least 20 people were wounded. [...] Hours later, Tebu fighters attacked the brigade's positions around the castle, and the two sides exchanged mortar and machine-gun fire until Thursday night.",
      note="initiator told three sentences after the toll; the civilian in Al-Manshiya is part of the stated total of eight, not a separate event"),
])

# ---------------------------------------------------------------- Somalia
D("b11-14", "2020-04-16", "https://example-banadirtimes.so/2020/04/16/hodan-restaurant-siege", """
Siege at Mogadishu restaurant ends with 18 dead

MOGADISHU, April 16 (Banadir Times) - Somali security forces ended a four-hour siege of a popular restaurant in Mogadishu's Hodan district late on Wednesday, killing the last of the gunmen who had stormed it after a car bomb blew open its gate.

Police said 13 people were killed, among them two officers, in addition to the five attackers.

More than 20 others were wounded, Captain Abdiqadir Farah of the police told reporters on Thursday.

The attack began at about 7 pm, when the restaurant was full of people breaking the day's heat over tea.

The suicide driver detonated his vehicle at the gate and four gunmen ran inside, witnesses said.

Al-Shabaab claimed the attack through its Andalus radio station, calling the restaurant a meeting place for government officials.

Later the same night, a mortar round landed near the Halane compound at the airport without causing casualties, a UN security notice said.

The restaurant had reopened only last year after being damaged in an earlier bombing.

Al-Shabaab was driven out of Mogadishu in 2011 but still carries out frequent bombings in the city.

The government said it would tighten checks on vehicles entering the district.
""", [
    E("al-Shabaab car bomb and gun assault on a restaurant in Hodan, Mogadishu: 13 killed plus the five attackers, more than 20 wounded.",
      "2020-04-15", "'late on Wednesday' against publication Thursday 2020-04-16", "restaurant, Hodan district, Mogadishu", "Banaadir", "SO",
      "explosion", "al-Shabaab", "civilians", 18, None, 20, None,
      "Somali security forces ended a four-hour siege of a popular restaurant in Mogadishu's Hodan district late on Wednesday, killing the last of the gunmen who had stormed it after a car bomb blew open its gate. [...] Police said 13 people were killed, among them two officers, in addition to the five attackers. [...] More than 20 others were wounded, Captain Abdiqadir Farah of the police told reporters on Thursday. [...] Al-Shabaab claimed the attack through its Andalus radio station, calling the restaurant a meeting place for government officials.",
      note="13 + 5 attackers = 18; complex attack opening with a car bomb is explosion"),
    E("Mortar round near the Halane compound, Mogadishu airport; no casualties.",
      "2020-04-15", "'Later the same night' as Wednesday 2020-04-15", "Halane compound, Mogadishu airport", "Banaadir", "SO",
      "explosion", "unknown", "unknown", 0, None, 0, None,
      "Later the same night, a mortar round landed near the Halane compound at the airport without causing casualties, a UN security notice said.",
      note="no side named for the mortar"),
])

D("b11-15", "2018-09-05", "https://example-shabellepost.so/2018/09/05/bariire-operation", """
Army says 17 al-Shabaab fighters killed in raid near Afgoye

AFGOYE, September 5 (Shabelle Post) - Somali troops backed by African Union forces raided the village of Bariire, about 45 km west of Mogadishu, on Tuesday, killing 17 al-Shabaab fighters, a regional commander said.

Two soldiers died in the operation, Colonel Ahmed Hassan Gure told reporters in Afgoye on Wednesday.

He said the troops had surrounded the village before dawn and searched it house by house after a gun battle lasting about an hour.

Al-Shabaab said in a radio broadcast that its fighters had killed 30 soldiers and forced the troops to retreat, a claim the army dismissed.

On Monday, a roadside bomb struck a minibus on the road between Afgoye and Mogadishu, killing four passengers, police said.

Police blamed al-Shabaab for the bomb; the group did not comment.

Lower Shabelle, a farming region along the river, has seen repeated raids as the government tries to secure the main road into the capital.

Villages change hands often, and residents say they are punished by whichever side returns.

"When the soldiers come we are al-Shabaab, when al-Shabaab comes we are spies," a farmer from Bariire said.

The African Union mission, AMISOM, has about 20,000 troops in Somalia.
""", [
    E("Somali troops and AMISOM raided Bariire, 45 km west of Mogadishu: 17 al-Shabaab fighters and two soldiers killed.",
      "2018-09-04", "'on Tuesday' against publication Wednesday 2018-09-05", "Bariire, about 45 km west of Mogadishu", "Lower Shabelle", "SO",
      "battle", "Somali security forces", "al-Shabaab", 19, None, None, None,
      "Somali troops backed by African Union forces raided the village of Bariire, about 45 km west of Mogadishu, on Tuesday, killing 17 al-Shabaab fighters, a regional commander said. [...] Two soldiers died in the operation, Colonel Ahmed Hassan Gure told reporters in Afgoye on Wednesday.",
      note="17 + 2 = 19; al-Shabaab's claim of 30 soldiers not used"),
    E("Roadside bomb hit a minibus on the Afgoye-Mogadishu road, killing four passengers; police blamed al-Shabaab.",
      "2018-09-03", "'On Monday' against publication Wednesday 2018-09-05", "road between Afgoye and Mogadishu", "Lower Shabelle", "SO",
      "explosion", "al-Shabaab", "civilians", 4, None, None, None,
      "On Monday, a roadside bomb struck a minibus on the road between Afgoye and Mogadishu, killing four passengers, police said. [...] Police blamed al-Shabaab for the bomb; the group did not comment.",
      note="blame by police, not disputed"),
], [F("fighters", 20000, "Somalia", "The African Union mission, AMISOM, has about 20,000 troops in Somalia.", "AMISOM force size")])

D("b11-16", "2015-10-22", "https://example-hiiraanwire.so/2015/10/22/buloburte-base", """
Soldiers beat back dawn assault on Bulo Burte base

BELEDWEYNE, October 22 (Hiiraan Wire) - A Somali army base outside the town of Bulo Burte came under attack before dawn on Wednesday, and soldiers fought off the assailants after a battle of nearly two hours, officers said.

Seven soldiers and 11 militants were killed, said Major Hussein Ali, the base commander.

A lieutenant who was among the nine wounded died in hospital in Beledweyne on Thursday morning, raising the army's losses to eight, a hospital official said.

The attackers came from the direction of the river and used rocket-propelled grenades against the base's watchtowers, Ali said.

Al-Shabaab said through its Andalus radio that its fighters had overrun the base and killed 25 soldiers.

The group also said it had killed a clan elder in Beledweyne on Tuesday, accusing him of recruiting young men for a pro-government militia; police confirmed his death.

Bulo Burte, in Hiiraan region, has been under a loose blockade by al-Shabaab since government and African Union troops took it in 2014.

Food prices in the town have risen sharply because traders cannot use the roads.

A convoy of aid trucks reached the town last month under armed escort, the first in half a year.
""", [
    E("al-Shabaab attack on the army base outside Bulo Burte repelled: 8 soldiers (one died later) and 11 militants killed; 8 wounded remain.",
      "2015-10-21", "'before dawn on Wednesday' against publication Thursday 2015-10-22", "army base outside Bulo Burte", "Hiiraan", "SO",
      "battle", "al-Shabaab", "Somali security forces", 19, None, 8, None,
      "A Somali army base outside the town of Bulo Burte came under attack before dawn on Wednesday, and soldiers fought off the assailants after a battle of nearly two hours, officers said. [...] Seven soldiers and 11 militants were killed, said Major Hussein Ali, the base commander. [...] A lieutenant who was among the nine wounded died in hospital in Beledweyne on Thursday morning, raising the army's losses to eight, a hospital official said. [...] Al-Shabaab said through its Andalus radio that its fighters had overrun the base and killed 25 soldiers.",
      note="attacker named only by its own claim; 7 + 1 later + 11 = 19 killed; 9 wounded - 1 who died = 8; claim of 25 not used"),
    E("al-Shabaab killed a clan elder in Beledweyne.",
      "2015-10-20", "'on Tuesday' against publication Thursday 2015-10-22", "Beledweyne", "Hiiraan", "SO",
      "other", "al-Shabaab", "civilians", 1, None, None, None,
      "The group also said it had killed a clan elder in Beledweyne on Tuesday, accusing him of recruiting young men for a pro-government militia; police confirmed his death.",
      note="'The group' = al-Shabaab; targeted killing"),
])

# ---------------------------------------------------------------- Afghanistan
D("b11-17", "2016-11-03", "https://example-helmandherald.af/2016/11/03/nad-ali-checkpoints", """
Taliban overrun checkpoints in Nad Ali; air strikes follow

LASHKAR GAH, November 3 (Helmand Herald) - Taliban fighters attacked a string of security checkpoints in Helmand's Nad Ali district overnight into Wednesday, provincial officials said.

Provincial spokesman Omar Zwak said nine members of the security forces were killed, but a provincial council member, Abdul Majid Akhund, put the number at 16, ten policemen and six soldiers.

The police chief said 25 Taliban fighters were killed when reinforcements pushed the attackers back.

In response, Afghan and US aircraft struck Taliban positions in neighbouring Marja district on Wednesday, killing 22 insurgents, the defence ministry said in Kabul.

A Taliban spokesman said on Thursday the group had captured four checkpoints and seized weapons, and rejected the ministry's figures.

Nad Ali lies just west of Lashkar Gah, the provincial capital, which the Taliban have threatened since the summer.

Thousands of families have fled to the city, where aid groups are running short of shelter.

Helmand produces most of the world's opium, and control of its districts means control of the drug trade's revenue.

The United States has sent several hundred advisers back to the province this year.
""", [
    E("Taliban attack on checkpoints in Nad Ali: 9 or 16 security forces and 25 Taliban killed.",
      "2016-11-01", "'overnight into Wednesday' (2016-11-02): the night begins Tuesday 2016-11-01", "checkpoints, Nad Ali district", "Helmand", "AF",
      "battle", "Taliban", "Afghan security forces", 34, 41, None, None,
      "Taliban fighters attacked a string of security checkpoints in Helmand's Nad Ali district overnight into Wednesday, provincial officials said. [...] Provincial spokesman Omar Zwak said nine members of the security forces were killed, but a provincial council member, Abdul Majid Akhund, put the number at 16, ten policemen and six soldiers. [...] The police chief said 25 Taliban fighters were killed when reinforcements pushed the attackers back.",
      note="conflicting counts of security losses 9 vs 16, each plus 25 Taliban: 34 / 41"),
    E("Afghan and US air strikes on Taliban positions in Marja: 22 insurgents killed.",
      "2016-11-02", "'on Wednesday' against publication Thursday 2016-11-03", "Marja district", "Helmand", "AF",
      "explosion", "Afghan security forces", "Taliban", 22, None, None, None,
      "In response, Afghan and US aircraft struck Taliban positions in neighbouring Marja district on Wednesday, killing 22 insurgents, the defence ministry said in Kabul.",
      note="joint Afghan and US strike; the ministry reporting it is Afghan"),
])

D("b11-18", "2024-02-08", "https://example-kabulnow-wire.af/2024/02/08/barchi-classroom-bomb", """
"He had two exams left": bomb in Kabul classroom kills students

KABUL, February 8 (Kabul Now Wire) - Reza had two exams left before he could apply to study medicine, and on Wednesday morning he left home early to revise with friends, his older sister said.

"He told me he would bring bread on the way back," she said at the family's house, where relatives sat in silence along the walls.

Reza, 17, was one of the students killed when a bomb hidden in a classroom exploded at a private education centre in the Dasht-e-Barchi area of western Kabul.

A Taliban government spokesman said four people were killed and 11 wounded.

Staff at a hospital run by an Italian aid group said they had received nine bodies and 17 wounded people.

The Islamic State group claimed the attack a day later in a statement on its Amaq agency, saying it had targeted Shia "polytheists".

Dasht-e-Barchi is home to many Hazaras, a mostly Shia community that the group has attacked repeatedly.

On Monday, a magnetic bomb attached to a minibus in the same area wounded three people but killed no one, residents said.

The Taliban say they have crushed the Islamic State affiliate, but rights groups say attacks on Hazaras continue.

The education centre had reopened in September after two years of closure.

Funerals were held on Wednesday evening in a cemetery on a hill above the district.
""", [
    E("Islamic State bomb hidden in a classroom of an education centre in Dasht-e-Barchi, Kabul: 4 or 9 killed, 11 or 17 wounded.",
      "2024-02-07", "'on Wednesday morning' against publication Thursday 2024-02-08", "education centre, Dasht-e-Barchi, Kabul", "Kabul", "AF",
      "explosion", "Islamic State", "civilians", 4, 9, 11, 17,
      "Reza, 17, was one of the students killed when a bomb hidden in a classroom exploded at a private education centre in the Dasht-e-Barchi area of western Kabul. [...] A Taliban government spokesman said four people were killed and 11 wounded. [...] Staff at a hospital run by an Italian aid group said they had received nine bodies and 17 wounded people. [...] The Islamic State group claimed the attack a day later in a statement on its Amaq agency, saying it had targeted Shia \"polytheists\".",
      note="incident told after a two-sentence personal introduction; government vs hospital counts"),
    E("Magnetic bomb on a minibus in Dasht-e-Barchi wounded three.",
      "2024-02-05", "'On Monday' against publication Thursday 2024-02-08", "Dasht-e-Barchi, Kabul", "Kabul", "AF",
      "explosion", "unknown", "civilians", 0, None, 3, None,
      "On Monday, a magnetic bomb attached to a minibus in the same area wounded three people but killed no one, residents said."),
])

D("b11-19", "2017-10-19", "https://example-northafghan.af/2017/10/19/khanabad-road-ambush", """
Seven police killed in ambush on Kunduz highway

KUNDUZ, October 19 (North Afghan Monitor) - Gunmen opened fire on a police convoy on the road between Kunduz city and Khanabad district on Tuesday evening, killing seven officers and wounding three, the provincial police spokesman said.

The attackers also set fire to two fuel tankers that were travelling with the convoy, spokesman Mahfouz Akbari said.

Police returned fire and killed four of them, he said, adding that their bodies were left at the scene.

Reinforcements reached the site about an hour later and reopened the highway by midnight.

In a message sent to journalists on Wednesday, the Taliban said their fighters had carried out the ambush.

Separately, a roadside bomb in Imam Sahib district killed two children on Wednesday, police said, blaming the Taliban.

A Taliban spokesman denied that the group had planted the bomb and said it had been left over from earlier fighting.

Kunduz city was briefly captured by the Taliban in 2015 and again came under attack in 2016.

The highway to Khanabad is used by traders bringing goods from the Tajik border.

Local officials have asked for more troops to guard it.
""", [
    E("Taliban ambush on a police convoy on the Kunduz-Khanabad road: 7 police and 4 attackers killed, 3 wounded.",
      "2017-10-17", "'on Tuesday evening' against publication Thursday 2017-10-19", "road between Kunduz city and Khanabad", "Kunduz", "AF",
      "battle", "Taliban", "Afghan security forces", 11, None, 3, None,
      "Gunmen opened fire on a police convoy on the road between Kunduz city and Khanabad district on Tuesday evening, killing seven officers and wounding three, the provincial police spokesman said. [...] Police returned fire and killed four of them, he said, adding that their bodies were left at the scene. [...] In a message sent to journalists on Wednesday, the Taliban said their fighters had carried out the ambush.",
      note="perpetrator named by a claim four sentences later; 'them' = the attackers; 7 + 4 = 11"),
    E("Roadside bomb in Imam Sahib killed two children; police blamed the Taliban, who denied it.",
      "2017-10-18", "'on Wednesday' against publication Thursday 2017-10-19", "Imam Sahib district", "Kunduz", "AF",
      "explosion", "unknown", "civilians", 2, None, None, None,
      "Separately, a roadside bomb in Imam Sahib district killed two children on Wednesday, police said, blaming the Taliban. [...] A Taliban spokesman denied that the group had planted the bomb and said it had been left over from earlier fighting.",
      note="blamed and denied, no claim: unknown"),
])

D("b11-20", "2019-12-11", "https://example-easternpost.af/2019/12/11/khogyani-night-raid", """
Families dispute army account of night raid in Nangarhar

JALALABAD, December 11 (Eastern Post) - Afghan special forces raided a house in the village of Wazir, in Nangarhar's Khogyani district, on Monday night, killing six people whom the government described as Islamic State militants.

Two other men were detained, provincial spokesman Attaullah Khogyani said on Tuesday, adding that weapons and explosives had been found in the house.

Relatives who brought the bodies to Jalalabad on Tuesday said the dead were farmers and a schoolteacher, and that none of them had any link to the group.

"They came at midnight, they did not ask anything, they shot," said Gul Rahman, who said two of the dead were his sons.

The provincial governor promised an investigation.

Separately, a drone strike in Achin district on Tuesday killed three Islamic State fighters, the spokesman said, without saying whose aircraft had carried it out.

Night raids by Afghan units, often with US support, have become one of the most disputed tactics of the war.

The UN has recorded dozens of civilian deaths in such operations this year.

The Islamic State affiliate, which has its main base in Nangarhar's southern districts, has lost much ground to both government forces and the Taliban in recent months.
""", [
    E("Afghan special forces night raid on a house in Wazir, Khogyani: six killed (militants per government, civilians per relatives), two detained.",
      "2019-12-09", "'on Monday night' against publication Wednesday 2019-12-11 (spokesman spoke on Tuesday)", "Wazir village, Khogyani district", "Nangarhar", "AF",
      "battle", "Afghan security forces", "Islamic State", 6, None, None, None,
      "Afghan special forces raided a house in the village of Wazir, in Nangarhar's Khogyani district, on Monday night, killing six people whom the government described as Islamic State militants. [...] Two other men were detained, provincial spokesman Attaullah Khogyani said on Tuesday, adding that weapons and explosives had been found in the house. [...] Relatives who brought the bodies to Jalalabad on Tuesday said the dead were farmers and a schoolteacher, and that none of them had any link to the group.",
      note="actor1 is clear (the raiding forces); whether the dead were militants or civilians is disputed, so the type (battle vs attack_on_civilians) and actor2 are contestable", arrested=2),
    E("Drone strike in Achin killed three Islamic State fighters; aircraft not named.",
      "2019-12-10", "'on Tuesday' against publication Wednesday 2019-12-11", "Achin district", "Nangarhar", "AF",
      "explosion", "unknown", "Islamic State", 3, None, None, None,
      "Separately, a drone strike in Achin district on Tuesday killed three Islamic State fighters, the spokesman said, without saying whose aircraft had carried it out.",
      note="air force not named: unknown, as in news-dev"),
])

# ---------------------------------------------------------------- Mali
D("b11-21", "2023-05-03", "https://example-bandiagaranews.ml/2023/05/03/sokoura-attack", """
Gunmen kill villagers near Bankass; reprisal feared

MOPTI, May 3 (Bandiagara News) - Gunmen on motorcycles attacked the village of Sokoura, about 15 km from the town of Bankass, on Sunday night, killing 14 villagers, among them five children, the mayor of the commune said.

A youth association in Bankass said it had counted 21 bodies and that several people were still missing.

The attackers burned granaries and drove away cattle before leaving at dawn, survivors said.

Local officials blamed "terrorists" but did not name a group, and no one has claimed the killings.

On Tuesday, in what residents described as a reprisal, Dozo hunters attacked a Fulani hamlet near Bankass, killing three herders, a Fulani association said.

The hunters' militia, Dan Na Ambassagou, did not respond to requests for comment.

Central Mali has been caught since 2015 in a spiral of attacks by jihadists and by ethnic militias formed to oppose them.

In the Bandiagara and Bankass areas, farmers say they cannot reach their fields for fear of attack.

The army, stretched thin since the departure of French troops, has few posts in the area.

The UN peacekeeping mission said it was sending a team to Sokoura.
""", [
    E("Gunmen attacked Sokoura, 15 km from Bankass: 14 (mayor) or 21 (youth association) villagers killed, including five children.",
      "2023-04-30", "'on Sunday night' against publication Wednesday 2023-05-03", "Sokoura, about 15 km from Bankass", "Mopti", "ML",
      "attack_on_civilians", "militants (unidentified)", "civilians", 14, 21, None, None,
      "Gunmen on motorcycles attacked the village of Sokoura, about 15 km from the town of Bankass, on Sunday night, killing 14 villagers, among them five children, the mayor of the commune said. [...] A youth association in Bankass said it had counted 21 bodies and that several people were still missing. [...] Local officials blamed \"terrorists\" but did not name a group, and no one has claimed the killings.",
      note="conflicting counts 14 / 21; jihadists only as background"),
    E("Dozo hunters attacked a Fulani hamlet near Bankass, killing three herders.",
      "2023-05-02", "'On Tuesday' against publication Wednesday 2023-05-03", "Fulani hamlet near Bankass", "Mopti", "ML",
      "attack_on_civilians", "Dan Na Ambassagou", "civilians", 3, None, None, None,
      "On Tuesday, in what residents described as a reprisal, Dozo hunters attacked a Fulani hamlet near Bankass, killing three herders, a Fulani association said. [...] The hunters' militia, Dan Na Ambassagou, did not respond to requests for comment.",
      note="Dozo hunters' militia named in the next sentence"),
])

D("b11-22", "2023-08-24", "https://example-saheldaily.ml/2023/08/24/gao-ansongo-convoy", """
Malian convoy hit by bomb and ambush south of Gao

GAO, August 24 (Sahel Daily) - A Malian army convoy struck an explosive device on the road between Gao and Ansongo on Tuesday, and gunmen then opened fire on the soldiers from both sides of the road, the army said.

Four soldiers were killed and six wounded, the general staff said in a statement on Wednesday.

The statement said that about ten "terrorists" were neutralised when the troops responded, and that two motorcycles were seized.

JNIM, al-Qaeda's alliance in the Sahel, claimed the ambush through its az-Zallaqa media arm, saying it had killed more than 30 soldiers.

In response, the air force struck a group of fighters near Tin-Hama on Wednesday, killing several of them, the general staff said.

The Gao-Ansongo road is the main link between Gao and the border with Niger.

Since the UN peacekeeping mission began withdrawing, armed groups have stepped up attacks on army positions in the north.

Traders say the road has become almost impassable for civilian lorries.

The army, supported by Russian military personnel, says it is regaining the initiative.
""", [
    E("JNIM bomb and ambush on a Malian army convoy on the Gao-Ansongo road: 4 soldiers and about 10 attackers killed, 6 wounded.",
      "2023-08-22", "'on Tuesday' against publication Thursday 2023-08-24 (statement on Wednesday)", "road between Gao and Ansongo", "Gao", "ML",
      "battle", "JNIM", "Malian security forces", 14, None, 6, None,
      "A Malian army convoy struck an explosive device on the road between Gao and Ansongo on Tuesday, and gunmen then opened fire on the soldiers from both sides of the road, the army said. [...] Four soldiers were killed and six wounded, the general staff said in a statement on Wednesday. [...] The statement said that about ten \"terrorists\" were neutralised when the troops responded, and that two motorcycles were seized. [...] JNIM, al-Qaeda's alliance in the Sahel, claimed the ambush through its az-Zallaqa media arm, saying it had killed more than 30 soldiers.",
      note="the convoy that struck the device is actor2; 4 + about 10 = 14; JNIM's claim of 30 not used; type battle (ambush after the blast) is contestable vs explosion"),
    E("Malian air strike near Tin-Hama: 'several' fighters killed.",
      "2023-08-23", "'on Wednesday' against publication Thursday 2023-08-24", "near Tin-Hama", "Gao", "ML",
      "explosion", "Malian security forces", "JNIM", None, None, None, None,
      "In response, the air force struck a group of fighters near Tin-Hama on Wednesday, killing several of them, the general staff said.",
      note="'several' gives null"),
])

D("b11-23", "2022-12-01", "https://example-azawadwire.ml/2022/12/01/tamalat", """
Islamic State fighters blamed for killings near Ménaka

MÉNAKA, December 1 (Azawad Wire) - Nine civilians were killed when armed men attacked the village of Tamalat, about 30 km from Ménaka, on Saturday, a local official said.

The official, who asked not to be named, blamed the Islamic State's Sahel branch, which has fought for control of the region since March.

The group did not claim the attack.

On Sunday, fighters of the Movement for the Salvation of Azawad pursued the attackers and clashed with them near Inchinanane, losing four men and killing seven, a spokesman for the movement said.

"We cannot wait for the army, we have to defend our people ourselves," the spokesman said.

Thousands of people have fled villages around Ménaka to the town itself, where a camp for the displaced has doubled in size since the summer.

The UN says more than 30,000 people have arrived in the town this year.

The Movement for the Salvation of Azawad, a mostly Daoussahak armed group, signed the 2015 peace deal and has fought the jihadists alongside the army at times.

French forces, which used to patrol the area, left Mali in August.
""", [
    E("Islamic State fighters attacked Tamalat, 30 km from Ménaka: nine civilians killed.",
      "2022-11-26", "'on Saturday' against publication Thursday 2022-12-01", "Tamalat, about 30 km from Ménaka", "Ménaka", "ML",
      "attack_on_civilians", "Islamic State", "civilians", 9, None, None, None,
      "Nine civilians were killed when armed men attacked the village of Tamalat, about 30 km from Ménaka, on Saturday, a local official said. [...] The official, who asked not to be named, blamed the Islamic State's Sahel branch, which has fought for control of the region since March.",
      note="blamed by an official, not denied, not claimed"),
    E("MSA fighters pursued the attackers and clashed with them near Inchinanane: 4 MSA and 7 attackers killed.",
      "2022-11-27", "'On Sunday' against publication Thursday 2022-12-01", "near Inchinanane", "Ménaka", "ML",
      "battle", "Movement for the Salvation of Azawad", "Islamic State", 11, None, None, None,
      "On Sunday, fighters of the Movement for the Salvation of Azawad pursued the attackers and clashed with them near Inchinanane, losing four men and killing seven, a spokesman for the movement said.",
      note="the pursuers initiated; 4 + 7 = 11; 'the attackers' = the Tamalat attackers"),
], [F("displaced", 30000, "Ménaka", "The UN says more than 30,000 people have arrived in the town this year.")])

# ---------------------------------------------------------------- Niger
D("b11-24", "2020-01-16", "https://example-niameyinfo.ne/2020/01/16/bankilare-post", """
Niger raises toll of attack on Bankilaré army post

NIAMEY, January 16 (Niamey Info) - Niger's defence ministry said on Thursday that seven soldiers were killed when militants attacked an army post in Bankilaré, in the Tillabéri region near the border with Burkina Faso, revising an earlier figure of five.

The post came under attack on Tuesday afternoon from fighters on dozens of motorcycles, the ministry said.

In its first statement on Wednesday, the ministry said "dozens of terrorists" had been neutralised; on Thursday it gave a figure of 28.

Twelve soldiers were wounded and evacuated to Niamey.

The Islamic State group claimed the attack through its Amaq agency on Wednesday evening, saying its fighters had killed 20 soldiers.

The ministry said the attackers had come from Mali and fled back across the border.

Niger has declared a state of emergency in much of Tillabéri, where attacks on army posts have multiplied over the past year.

Last month, more than 70 soldiers were killed at Inates in the deadliest attack on the army in years.

President Mahamadou Issoufou has called for more international help to secure the region.
""", [
    E("Islamic State attack on the army post in Bankilaré: 7 soldiers and 28 attackers killed (revised), 12 wounded.",
      "2020-01-14", "'on Tuesday afternoon' against publication Thursday 2020-01-16", "army post, Bankilaré", "Tillabéri", "NE",
      "battle", "Islamic State", "Nigerien security forces", 35, None, 12, None,
      "Niger's defence ministry said on Thursday that seven soldiers were killed when militants attacked an army post in Bankilaré, in the Tillabéri region near the border with Burkina Faso, revising an earlier figure of five. [...] The post came under attack on Tuesday afternoon from fighters on dozens of motorcycles, the ministry said. [...] In its first statement on Wednesday, the ministry said \"dozens of terrorists\" had been neutralised; on Thursday it gave a figure of 28. [...] Twelve soldiers were wounded and evacuated to Niamey. [...] The Islamic State group claimed the attack through its Amaq agency on Wednesday evening, saying its fighters had killed 20 soldiers.",
      note="revised tolls (5 -> 7 soldiers; 'dozens' -> 28 attackers) stand: 7 + 28 = 35; claim of 20 not used; Inates 'last month' is background"),
])

D("b11-25", "2017-02-23", "https://example-diffaecho.ne/2017/02/23/bosso-encounter", """
Boko Haram fighters killed near Bosso, women abducted near Diffa

DIFFA, February 23 (Diffa Echo) - Eleven Boko Haram fighters were killed in an encounter with Nigerien troops near Bosso, on the shore of Lake Chad, on Saturday, a military source said.

One soldier was wounded, the source added.

The troops were on patrol along the Komadougou river when they met a group of fighters crossing from Nigeria, according to the source.

Two days later, on Monday night, gunmen believed to belong to the same group took away six women from the village of Gueskerou, 25 km east of Diffa, the local mayor said.

"They came in the dark and left in the dark, and the women are gone," he said.

The women had fled Nigeria two years ago and were living with relatives in the village.

The army said it had begun searching the area along the river.

The Diffa region hosts more than 250,000 refugees and displaced people, according to the United Nations.

Boko Haram began raiding Niger from north-east Nigeria in 2015.

A regional force of soldiers from Nigeria, Niger, Chad and Cameroon is fighting the group around the lake.
""", [
    E("Nigerien troops on patrol met Boko Haram fighters near Bosso: 11 fighters killed, one soldier wounded.",
      "2017-02-18", "'on Saturday' against publication Thursday 2017-02-23", "near Bosso, Komadougou river", "Diffa", "NE",
      "battle", "Nigerien security forces", "Boko Haram", 11, None, 1, None,
      "Eleven Boko Haram fighters were killed in an encounter with Nigerien troops near Bosso, on the shore of Lake Chad, on Saturday, a military source said. [...] One soldier was wounded, the source added. [...] The troops were on patrol along the Komadougou river when they met a group of fighters crossing from Nigeria, according to the source.",
      note="'killed in an encounter with' troops: the troops are taken as actor1 (contestable: a meeting on patrol)"),
    E("Gunmen believed to be Boko Haram abducted six women from Gueskerou, 25 km east of Diffa.",
      "2017-02-20", "'Two days later, on Monday night' against publication Thursday 2017-02-23", "Gueskerou, 25 km east of Diffa", "Diffa", "NE",
      "other", "Boko Haram", "civilians", None, None, None, None,
      "Two days later, on Monday night, gunmen believed to belong to the same group took away six women from the village of Gueskerou, 25 km east of Diffa, the local mayor said.",
      note="abduction; 'the same group' = Boko Haram; no deaths reported (null)"),
], [F("displaced", 250000, "Diffa region", "The Diffa region hosts more than 250,000 refugees and displaced people, according to the United Nations.")])

# ---------------------------------------------------------------- Cameroon
D("b11-26", "2019-05-09", "https://example-extremenord.cm/2019/05/09/mora-market", """
Two suicide bombers strike Mora market; toll rises to 17

MAROUA, May 9 (Extreme-Nord Journal) - Mondays in Mora used to mean the cattle market, when herders from as far as Chad and Nigeria brought their animals to the town at the foot of the Mandara mountains.

For three years the market was closed for fear of attacks, and it reopened only in January under army guard.

"People had started to come back, to laugh again," said a trader, Abba Goni.

This Monday two young women walked into the crowd near the grain sellers' stalls and blew themselves up seconds apart, killing 12 people besides themselves, the regional governor's office said.

About 40 people were wounded and taken to hospitals in Mora and Maroua.

Three of the wounded died overnight, bringing the toll to 17, including the two bombers, a doctor at the Maroua regional hospital said on Tuesday.

Authorities blamed Boko Haram, which has often used women and girls as bombers in the Far North region.

The group has not claimed the attack.

Cameroon's Far North has suffered hundreds of Boko Haram attacks since 2014, most of them on villages near the Nigerian border.

Mora was hit by a triple suicide bombing in 2015.

The governor ordered the market closed again until further notice.
""", [
    E("Boko Haram double suicide bombing at Mora market: 17 killed including the two bombers (three wounded died overnight), about 37 wounded.",
      "2019-05-06", "'This Monday' against publication Thursday 2019-05-09 (doctor spoke on Tuesday)", "market, Mora", "Far North", "CM",
      "explosion", "Boko Haram", "civilians", 17, None, 37, None,
      "This Monday two young women walked into the crowd near the grain sellers' stalls and blew themselves up seconds apart, killing 12 people besides themselves, the regional governor's office said. [...] About 40 people were wounded and taken to hospitals in Mora and Maroua. [...] Three of the wounded died overnight, bringing the toll to 17, including the two bombers, a doctor at the Maroua regional hospital said on Tuesday. [...] Authorities blamed Boko Haram, which has often used women and girls as bombers in the Far North region.",
      note="incident told after a three-sentence introduction; 12 + 2 bombers + 3 died later = 17 (stated); wounded about 40 - 3 = 37"),
])

D("b11-27", "2018-11-29", "https://example-grassfieldspost.cm/2018/11/29/nkwen-meluf", """
Gendarmes killed in Bamenda; army raid near Kumbo leaves disputed toll

BAMENDA, November 29 (Grassfields Post) - Three gendarmes were killed on Monday when their patrol was ambushed in the Nkwen neighbourhood of Bamenda, a security source said.

Armed separatists fighting for an independent state they call Ambazonia opened fire on the patrol's pickup from a half-built house beside the road, the source said.

Two days later, soldiers swept through the village of Meluf, near Kumbo, in an operation the army said was aimed at a separatist camp.

An army spokesman said six "terrorists" were killed and homemade guns seized.

Residents reached by telephone said ten people had died, among them four civilians who were shot or burned in their homes, and that dozens of houses were set alight.

The army denied targeting civilians and said the houses had been burned by the separatists themselves.

The separatists have been fighting since late 2016, after protests by English-speaking lawyers and teachers were put down by force.

Hundreds of thousands of people have fled their homes in the North-West and South-West regions.

Schools in much of the two regions have been closed for two years.

The government has offered an amnesty to fighters who hand over their weapons.
""", [
    E("Ambazonian separatists ambushed a gendarmerie patrol in Nkwen, Bamenda: three gendarmes killed.",
      "2018-11-26", "'on Monday' against publication Thursday 2018-11-29", "Nkwen, Bamenda", "North-West", "CM",
      "battle", "Anglophone separatists", "Cameroonian security forces", 3, None, None, None,
      "Three gendarmes were killed on Monday when their patrol was ambushed in the Nkwen neighbourhood of Bamenda, a security source said. [...] Armed separatists fighting for an independent state they call Ambazonia opened fire on the patrol's pickup from a half-built house beside the road, the source said.",
      note="ambusher named in the next sentence"),
    E("Army operation in Meluf near Kumbo: 6 'terrorists' (army) or 10 people including four civilians (residents) killed; houses burned.",
      "2018-11-28", "'Two days later' = Wednesday 2018-11-28, after the Monday 2018-11-26 ambush; publication Thursday 2018-11-29", "Meluf, near Kumbo", "North-West", "CM",
      "battle", "Cameroonian security forces", "Anglophone separatists", 6, 10, None, None,
      "Two days later, soldiers swept through the village of Meluf, near Kumbo, in an operation the army said was aimed at a separatist camp. [...] An army spokesman said six \"terrorists\" were killed and homemade guns seized. [...] Residents reached by telephone said ten people had died, among them four civilians who were shot or burned in their homes, and that dozens of houses were set alight. [...] The army denied targeting civilians and said the houses had been burned by the separatists themselves.",
      note="army 6 vs residents 10; type battle vs attack_on_civilians is contestable"),
])

# ---------------------------------------------------------------- Mozambique
D("b11-28", "2021-06-10", "https://example-caboexpress.mz/2021/06/10/mbau-diaca", """
Islamic State claims killing of villagers in Mocímboa da Praia district

PEMBA, June 10 (Cabo Express) - Insurgents attacked the village of Mbau in Mocímboa da Praia district on Saturday, killing seven civilians and burning dozens of huts, two residents who fled to Mueda said.

The Islamic State group claimed the raid on Monday through its Amaq agency, saying its fighters had killed "Christians" and militia members.

Residents said most of the victims were older men who had stayed behind to guard their fields.

An exchange of fire near the village of Diaca on Tuesday left 12 insurgents and two soldiers dead, an army officer in Mueda said.

Only later in the conversation did the officer say that the fighting started when the insurgents fired on a convoy carrying food to Mueda, which the soldiers were escorting.

The insurgents, known locally as al-Shabaab although they have no operational link to the Somali group, have fought in Cabo Delgado since October 2017.

They held the port town of Mocímboa da Praia for almost a year after seizing it in August 2020.

Talks on the deployment of troops from Rwanda and from southern African states are continuing, officials said.

"We are farmers, we have nothing to give them, and still they come," said one of the residents from Mbau.
""", [
    E("Islamic State raid on Mbau, Mocímboa da Praia district: seven civilians killed, huts burned.",
      "2021-06-05", "'on Saturday' against publication Thursday 2021-06-10 (claim 'on Monday')", "Mbau", "Cabo Delgado", "MZ",
      "attack_on_civilians", "Islamic State", "civilians", 7, None, None, None,
      "Insurgents attacked the village of Mbau in Mocímboa da Praia district on Saturday, killing seven civilians and burning dozens of huts, two residents who fled to Mueda said. [...] The Islamic State group claimed the raid on Monday through its Amaq agency, saying its fighters had killed \"Christians\" and militia members.",
      note="claimed later by Islamic State"),
    E("Insurgents fired on a food convoy escorted by soldiers near Diaca; exchange of fire left 12 insurgents and two soldiers dead.",
      "2021-06-08", "'on Tuesday' against publication Thursday 2021-06-10", "near Diaca", "Cabo Delgado", "MZ",
      "battle", "militants (unidentified)", "Mozambican security forces", 14, None, None, None,
      "An exchange of fire near the village of Diaca on Tuesday left 12 insurgents and two soldiers dead, an army officer in Mueda said. [...] Only later in the conversation did the officer say that the fighting started when the insurgents fired on a convoy carrying food to Mueda, which the soldiers were escorting.",
      note="initiator told a sentence later; this incident is not claimed, so the insurgents are unidentified as in news-wide's Cabo Delgado events; 12 + 2 = 14"),
])

D("b11-29", "2023-06-22", "https://example-nortemz.mz/2023/06/22/chai-retaken", """
Rwandan troops retake Chai after insurgents held it for three days

MACOMIA, June 22 (Norte Notícias) - Rwandan troops said they had recaptured the village of Chai, on the main road about 30 km south of Macomia town, on Sunday, three days after insurgents seized it.

The insurgents overran Chai on June 15, killing two members of the local militia known as the Força Local and forcing about 4,000 people to flee into the bush, a district official said.

A spokesman for the Rwanda Security Force in Mozambique said its soldiers had "cleared" the village and killed five insurgents, without reporting losses of their own.

Residents who returned on Tuesday found the market and the health post burned.

"They took the rice, the goats, even the roof sheets," said Amina Saide, a trader.

Rwanda has kept about 2,500 soldiers and police in Cabo Delgado since 2021, alongside troops from the Southern African Development Community.

The insurgency has weakened since then, but small groups still raid villages along the coast and in Macomia's forests.

The government says life is returning to normal in most districts and has urged the displaced to go home.

Aid groups say many of those who returned have had to flee again.
""", [
    E("Insurgents seized Chai, 30 km south of Macomia, killing two Força Local militiamen.",
      "2023-06-15", "'on June 15' (a Thursday 2023-06-15), publication Thursday 2023-06-22", "Chai, about 30 km south of Macomia", "Cabo Delgado", "MZ",
      "territory_gain", "militants (unidentified)", "Força Local", 2, None, None, None,
      "The insurgents overran Chai on June 15, killing two members of the local militia known as the Força Local and forcing about 4,000 people to flee into the bush, a district official said.",
      note="first weekday in the note is the event day; Força Local is a pro-government militia"),
    E("Rwandan troops recaptured Chai, killing five insurgents.",
      "2023-06-18", "'on Sunday' against publication Thursday 2023-06-22; 'three days after' June 15", "Chai, about 30 km south of Macomia", "Cabo Delgado", "MZ",
      "territory_gain", "Rwandan security forces", "militants (unidentified)", 5, None, None, None,
      "Rwandan troops said they had recaptured the village of Chai, on the main road about 30 km south of Macomia town, on Sunday, three days after insurgents seized it. [...] A spokesman for the Rwanda Security Force in Mozambique said its soldiers had \"cleared\" the village and killed five insurgents, without reporting losses of their own.",
      note="foreign forces fighting for the government: territory_gain"),
], [F("displaced", 4000, "Chai", "The insurgents overran Chai on June 15, killing two members of the local militia known as the Força Local and forcing about 4,000 people to flee into the bush, a district official said."),
    F("fighters", 2500, "Cabo Delgado", "Rwanda has kept about 2,500 soldiers and police in Cabo Delgado since 2021, alongside troops from the Southern African Development Community.", "Rwandan force size")])

# ---------------------------------------------------------------- Ethiopia
D("b11-30", "2023-10-05", "https://example-abayreport.et/2023/10/05/dembecha-drone", """
"The sky does not warn you": drone strike in Amhara town kills bus passengers

BAHIR DAR, October 5 (Abay Report) - "We heard it only when it was already too late, a small sound and then fire," said Tesfaye, a driver who lost his brother.

"The sky does not warn you," he said, asking that his family name not be used for fear of arrest.

He was speaking about the drone strike that hit the crowded bus station in Dembecha, a town in West Gojjam zone, on Sunday morning.

Two health workers at the town's hospital said 16 people were killed, while a local administrator put the toll at 11.

Residents said the federal army is the only force flying drones in the area, where it has fought the Fano militia since August.

The government did not respond to questions about the strike.

On Tuesday, Fano fighters ambushed a military convoy on the road between Bahir Dar and Merawi, and residents said they saw the bodies of at least five soldiers.

The army said on Wednesday that its operations in Gojjam had killed more than 100 "extremists" over the past week, without giving places or dates.

A state of emergency declared in August gives the security forces broad powers of arrest.

Internet access has been cut across much of the Amhara region for two months.

The conflict began when the government moved to dissolve regional special forces, which many Amhara saw as a threat to their security.
""", [
    E("Drone strike on the bus station in Dembecha, West Gojjam: 11 or 16 killed; residents say only the federal army flies drones there.",
      "2023-10-01", "'on Sunday morning' against publication Thursday 2023-10-05", "bus station, Dembecha", "Amhara", "ET",
      "explosion", "Ethiopian security forces", "civilians", 11, 16, None, None,
      "He was speaking about the drone strike that hit the crowded bus station in Dembecha, a town in West Gojjam zone, on Sunday morning. [...] Two health workers at the town's hospital said 16 people were killed, while a local administrator put the toll at 11. [...] Residents said the federal army is the only force flying drones in the area, where it has fought the Fano militia since August.",
      note="incident told after a two-sentence quote; attribution by residents, no denial (government silent), as news-wide's Kheret strike"),
    E("Fano ambush on a military convoy on the Bahir Dar-Merawi road: at least five soldiers killed.",
      "2023-10-03", "'On Tuesday' against publication Thursday 2023-10-05", "road between Bahir Dar and Merawi", "Amhara", "ET",
      "battle", "Fano", "Ethiopian security forces", 5, None, None, None,
      "On Tuesday, Fano fighters ambushed a military convoy on the road between Bahir Dar and Merawi, and residents said they saw the bodies of at least five soldiers."),
], [F("killed", 100, "Gojjam", "The army said on Wednesday that its operations in Gojjam had killed more than 100 \"extremists\" over the past week, without giving places or dates.", "weekly aggregate claimed by the army, no places or dates")])

D("b11-31", "2024-09-19", "https://example-finfinnepost.et/2024/09/19/gida-ayana-killings", """
Twelve villagers killed in Oromia's East Wollega; sides trade blame

NEKEMTE, September 19 (Finfinne Post) - Gunmen killed 12 people, including three women, in a village near the town of Gida Ayana in Oromia's East Wollega zone on Saturday, a relative of two of the victims and a local health worker said.

The regional government blamed the Oromo Liberation Army, which it calls "Shene", saying its fighters had targeted ethnic Amhara farmers.

The OLA denied any involvement in a statement on Monday and said the killers were members of an Amhara militia trying to provoke new violence.

Neither account could be verified, and no independent investigators have reached the area.

Federal forces said on Tuesday that they had killed 30 OLA fighters in an operation last week in the neighbouring Horo Guduru Wollega zone.

The OLA has fought the government since splitting from the Oromo Liberation Front in 2018.

Talks between the two sides in Tanzania broke down last year without agreement.

Communities in western Oromia have suffered waves of killings by armed groups of all sides since 2020.

Thousands of Amhara families have left the Wollega zones for the Amhara region.

Mobile networks in the area are often cut, making information slow to emerge.
""", [
    E("Gunmen killed 12 villagers, including three women, near Gida Ayana, East Wollega; government blamed the OLA, which denied it.",
      "2024-09-14", "'on Saturday' against publication Thursday 2024-09-19 (OLA statement 'on Monday')", "village near Gida Ayana", "Oromia", "ET",
      "attack_on_civilians", "unknown", "civilians", 12, None, None, None,
      "Gunmen killed 12 people, including three women, in a village near the town of Gida Ayana in Oromia's East Wollega zone on Saturday, a relative of two of the victims and a local health worker said. [...] The regional government blamed the Oromo Liberation Army, which it calls \"Shene\", saying its fighters had targeted ethnic Amhara farmers. [...] The OLA denied any involvement in a statement on Monday and said the killers were members of an Amhara militia trying to provoke new violence.",
      note="blame and counter-blame, no claim: unknown"),
    E("Federal operation in Horo Guduru Wollega zone 'last week': 30 OLA fighters killed (zone only, no day).",
      None, "'last week', announced 'on Tuesday' (reporting day); no day given", "Horo Guduru Wollega zone", "Oromia", "ET",
      "battle", "Ethiopian security forces", "Oromo Liberation Army", 30, None, None, None,
      "Federal forces said on Tuesday that they had killed 30 OLA fighters in an operation last week in the neighbouring Horo Guduru Wollega zone.",
      optional=True, note="vague: zone only and 'last week'"),
])

# ---------------------------------------------------------------- Sudan
D("b11-32", "2023-07-13", "https://example-niletimes.sd/2023/07/13/omdurman-bahri", """
Shells hit Omdurman market as air strikes pound Bahri

OMDURMAN, July 13 (Nile Times) - The call came just after noon. "Come quickly, the market is burning," a neighbour told Samia, whose husband sold spices at a stall in Souq Libya.

By the time she reached the market in western Omdurman, he was among the wounded being carried on doors and sheets to a nearby clinic.

He survived, she said, but eight people, two of them children, did not.

The shells that struck Souq Libya on Sunday were fired from areas held by the Rapid Support Forces, according to a neighbourhood resistance committee that counts the dead.

The RSF accused the army of firing the shells itself, without offering evidence.

The committee said 23 people were wounded.

Across the Nile in Khartoum North, an air strike on Tuesday flattened houses in the Kafouri district, killing five civilians, another resistance committee said, blaming the army's warplanes.

The army said it had hit "gatherings of the rebel militia" in the area.

Fighting between the army and the RSF has raged in the capital since April 15, and neither side has been able to win control of it.

More than 3,000 people have been killed nationwide, according to the health ministry, a figure that doctors' groups say is far too low.

Read more: Darfur refugees describe killings in El Geneina
""", [
    E("RSF shelling of Souq Libya market, western Omdurman: eight killed including two children, 23 wounded.",
      "2023-07-09", "'on Sunday' against publication Thursday 2023-07-13", "Souq Libya market, Omdurman", "Khartoum", "SD",
      "explosion", "Rapid Support Forces", "civilians", 8, None, 23, None,
      "He survived, she said, but eight people, two of them children, did not. [...] The shells that struck Souq Libya on Sunday were fired from areas held by the Rapid Support Forces, according to a neighbourhood resistance committee that counts the dead. [...] The RSF accused the army of firing the shells itself, without offering evidence. [...] The committee said 23 people were wounded.",
      note="incident told after a two-sentence personal introduction; the toll comes before the place; the RSF's counter-accusation is given without evidence against a monitoring committee's attribution: RSF (contestable: unknown if denial is weighed)"),
    E("Army air strike on Kafouri, Khartoum North: five civilians killed.",
      "2023-07-11", "'on Tuesday' against publication Thursday 2023-07-13", "Kafouri, Khartoum North", "Khartoum", "SD",
      "explosion", "Sudanese security forces", "civilians", 5, None, None, None,
      "Across the Nile in Khartoum North, an air strike on Tuesday flattened houses in the Kafouri district, killing five civilians, another resistance committee said, blaming the army's warplanes. [...] The army said it had hit \"gatherings of the rebel militia\" in the area.",
      note="the army confirms it struck the area"),
], [F("killed", 3000, "Sudan", "More than 3,000 people have been killed nationwide, according to the health ministry, a figure that doctors' groups say is far too low.")])

D("b11-33", "2024-05-16", "https://example-darfurmonitor.sd/2024/05/16/el-fasher-assault", """
RSF assault on El Fasher repelled, army and allies say; camp shelled

EL FASHER, May 16 (Darfur Monitor) - The Rapid Support Forces attacked El Fasher from the east on Friday, and the army and allied armed groups drove them back after a day of street fighting, a spokesman for the allied Joint Force said.

The spokesman said his fighters had killed 37 RSF fighters and lost six of their own.

The state health ministry said on Saturday that nine civilians had been killed in the fighting; on Monday it raised the figure to 14, after two wounded people died and more bodies were found.

More than 60 civilians were wounded, according to the ministry.

On Saturday, RSF shells struck the Abu Shouk camp for displaced people on the northern edge of the city, killing three people, camp volunteers said.

The RSF said it had only responded to attacks launched from inside the city.

El Fasher is the last of Darfur's five state capitals not held by the RSF, and hundreds of thousands of displaced people have sheltered there.

The UN has warned that an all-out battle for the city would be catastrophic.

Aid trucks have not reached the city for weeks.
""", [
    E("RSF attack on El Fasher from the east repelled by the army and the Joint Force: 37 RSF, 6 Joint Force and 14 civilians killed (revised), more than 60 wounded.",
      "2024-05-10", "'on Friday' against publication Thursday 2024-05-16 (ministry spoke on Saturday and Monday)", "eastern El Fasher", "North Darfur", "SD",
      "battle", "Rapid Support Forces", "Sudanese security forces", 57, None, 60, None,
      "The Rapid Support Forces attacked El Fasher from the east on Friday, and the army and allied armed groups drove them back after a day of street fighting, a spokesman for the allied Joint Force said. [...] The spokesman said his fighters had killed 37 RSF fighters and lost six of their own. [...] The state health ministry said on Saturday that nine civilians had been killed in the fighting; on Monday it raised the figure to 14, after two wounded people died and more bodies were found. [...] More than 60 civilians were wounded, according to the ministry.",
      note="37 + 6 + 14 (revised from 9) = 57; the Joint Force's count of enemy dead is used (a side's count of the enemies it killed, as in probe conventions), contestable"),
    E("RSF shells hit Abu Shouk camp, El Fasher: three killed.",
      "2024-05-11", "'On Saturday' against publication Thursday 2024-05-16", "Abu Shouk camp, El Fasher", "North Darfur", "SD",
      "explosion", "Rapid Support Forces", "civilians", 3, None, None, None,
      "On Saturday, RSF shells struck the Abu Shouk camp for displaced people on the northern edge of the city, killing three people, camp volunteers said."),
])

# ---------------------------------------------------------------- Iraq and Syria
D("b11-34", "2016-12-08", "https://example-tigriswire.iq/2016/12/08/al-bakr-advance", """
Elite troops advance in eastern Mosul as car bombs fail to stop them

MOSUL, December 8 (Tigris Wire) - "Every street costs us, but every street we take is one they will never take back," Brigadier Karim Jasim of the Counter-Terrorism Service told reporters at a forward command post on Wednesday.

He was speaking a day after his men pushed into the al-Bakr neighbourhood of eastern Mosul, the latest district to be entered in an offensive now in its eighth week.

The troops took control of most of the neighbourhood on Tuesday, the brigadier said, and raised the Iraqi flag over its main mosque.

Islamic State sent three suicide car bombs against the advancing troops the same afternoon.

All three were destroyed before they reached their targets, but two soldiers were killed along with the three drivers, an officer at the command post said.

On Wednesday, mortar rounds fired by the militants landed in the Gogjali area on the city's eastern edge, killing four civilians who had returned to their homes, a local official said.

Aid agencies say about 80,000 people have fled Mosul since the offensive began on October 17.

The militants still hold the whole western half of the city, across the Tigris.

The US-led coalition is providing air support and advisers.
""", [
    E("CTS took control of most of al-Bakr neighbourhood, eastern Mosul.",
      "2016-12-06", "'on Tuesday' ('a day after' ... spoke on Wednesday) against publication Thursday 2016-12-08", "al-Bakr, eastern Mosul", "Nineveh", "IQ",
      "territory_gain", "Counter-Terrorism Service", "Islamic State", None, None, None, None,
      "He was speaking a day after his men pushed into the al-Bakr neighbourhood of eastern Mosul, the latest district to be entered in an offensive now in its eighth week. [...] The troops took control of most of the neighbourhood on Tuesday, the brigadier said, and raised the Iraqi flag over its main mosque.",
      note="incident told after an opening quote"),
    E("Three IS suicide car bombs against the troops in al-Bakr destroyed: two soldiers and the three drivers killed.",
      "2016-12-06", "'the same afternoon' as Tuesday 2016-12-06", "al-Bakr, eastern Mosul", "Nineveh", "IQ",
      "explosion", "Islamic State", "Counter-Terrorism Service", 5, None, None, None,
      "Islamic State sent three suicide car bombs against the advancing troops the same afternoon. [...] All three were destroyed before they reached their targets, but two soldiers were killed along with the three drivers, an officer at the command post said.",
      note="2 soldiers + 3 suicide drivers = 5"),
    E("IS mortar rounds on Gogjali, eastern Mosul: four civilians killed.",
      "2016-12-07", "'On Wednesday' against publication Thursday 2016-12-08", "Gogjali, eastern Mosul", "Nineveh", "IQ",
      "explosion", "Islamic State", "civilians", 4, None, None, None,
      "On Wednesday, mortar rounds fired by the militants landed in the Gogjali area on the city's eastern edge, killing four civilians who had returned to their homes, a local official said.",
      note="'the militants' = Islamic State"),
], [F("displaced", 80000, "Mosul", "Aid agencies say about 80,000 people have fled Mosul since the offensive began on October 17.")])

D("b11-35", "2018-04-12", "https://example-kirkukpost.iq/2018/04/12/tuz-fake-checkpoint", """
Gunmen at fake checkpoint kill six near Tuz Khurmatu; sweep launched in Hamrin

KIRKUK, April 12 (Kirkuk Post) - A car carrying members of the Popular Mobilization Forces came under fire at a fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu on Tuesday night, security officials said.

Four fighters and two civilians who were travelling with them were killed, said Ali al-Bayati, a local official.

The gunmen wore army uniforms and fled into the orchards before reinforcements arrived, he added.

Islamic State claimed the killings on Wednesday in a statement on its Amaq agency.

In response, Iraqi troops and PMF units began a cordon-and-search operation in the Hamrin mountains on Wednesday, killing five militants and arresting three, the Joint Operations Command said.

On Sunday, a roadside bomb wounded two soldiers in the Hawija district, police said.

Although Iraq declared victory over Islamic State in December, remnants of the group have regrouped in the hills and valleys between Kirkuk, Salahuddin and Diyala.

Fake checkpoints, a tactic the group used widely before 2014, have reappeared on the highway in recent months.

Drivers say they now avoid travelling after dark.
""", [
    E("Islamic State gunmen at a fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu: four PMF fighters and two civilians killed.",
      "2018-04-10", "'on Tuesday night' against publication Thursday 2018-04-12", "fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu", "Salahuddin", "IQ",
      "battle", "Islamic State", "Popular Mobilization Forces", 6, None, None, None,
      "A car carrying members of the Popular Mobilization Forces came under fire at a fake checkpoint on the Kirkuk-Baghdad highway near Tuz Khurmatu on Tuesday night, security officials said. [...] Four fighters and two civilians who were travelling with them were killed, said Ali al-Bayati, a local official. [...] Islamic State claimed the killings on Wednesday in a statement on its Amaq agency.",
      note="the side that 'came under fire' is actor2; claimed the next day; type battle (gunfire on armed fighters) contestable vs attack_on_civilians"),
    E("Iraqi troops and PMF cordon-and-search in the Hamrin mountains: five militants killed, three arrested.",
      "2018-04-11", "'on Wednesday' against publication Thursday 2018-04-12", "Hamrin mountains", "Salahuddin", "IQ",
      "battle", "Iraqi Security Forces", "Islamic State", 5, None, None, None,
      "In response, Iraqi troops and PMF units began a cordon-and-search operation in the Hamrin mountains on Wednesday, killing five militants and arresting three, the Joint Operations Command said.",
      arrested=3, note="'militants' in response to the IS attack"),
    E("Roadside bomb wounded two soldiers in Hawija district.",
      "2018-04-08", "'On Sunday' against publication Thursday 2018-04-12", "Hawija district", "Kirkuk", "IQ",
      "explosion", "unknown", "Iraqi Security Forces", None, None, 2, None,
      "On Sunday, a roadside bomb wounded two soldiers in the Hawija district, police said.",
      note="no deaths stated: killed null"),
])

D("b11-36", "2017-08-17", "https://example-euphratesnews.sy/2017/08/17/raqqa-badu-strike", """
Air strike kills family members in Raqqa as SDF repels counter-attack

RAQQA, August 17 (Euphrates News) - An air strike on a residential building in Raqqa's al-Badu neighbourhood on Monday killed 18 civilians, including seven children, a local monitoring group said.

The group said the building had sheltered three families who had tried and failed to leave the city the previous week.

The US-led coalition, the only force carrying out air strikes over the city, said it was looking into the report.

On Tuesday, Islamic State fighters launched a counter-attack on positions of the Syrian Democratic Forces in the Nazlat Shehada district, an SDF commander said.

The SDF repelled the attack, killing 14 militants, two of whom blew themselves up, and losing three of its own fighters, the commander said.

The Kurdish-led alliance now holds more than half of the city, two months after it broke into Raqqa from the east and west.

The United Nations estimates that about 25,000 civilians remain trapped inside.

Islamic State fighters have planted mines throughout the old city and use snipers to stop civilians leaving.

Raqqa was the de facto capital of the group's self-declared caliphate.
""", [
    E("Coalition air strike on a residential building in al-Badu, Raqqa: 18 civilians killed including seven children.",
      "2017-08-14", "'on Monday' against publication Thursday 2017-08-17", "al-Badu neighbourhood, Raqqa", "Raqqa", "SY",
      "explosion", "US-led coalition", "civilians", 18, None, None, None,
      "An air strike on a residential building in Raqqa's al-Badu neighbourhood on Monday killed 18 civilians, including seven children, a local monitoring group said. [...] The US-led coalition, the only force carrying out air strikes over the city, said it was looking into the report.",
      note="air force named indirectly (the only force striking the city); the coalition does not deny"),
    E("IS counter-attack on SDF positions in Nazlat Shehada, Raqqa, repelled: 14 militants (two blew themselves up) and three SDF killed.",
      "2017-08-15", "'On Tuesday' against publication Thursday 2017-08-17", "Nazlat Shehada, Raqqa", "Raqqa", "SY",
      "battle", "Islamic State", "Syrian Democratic Forces", 17, None, None, None,
      "On Tuesday, Islamic State fighters launched a counter-attack on positions of the Syrian Democratic Forces in the Nazlat Shehada district, an SDF commander said. [...] The SDF repelled the attack, killing 14 militants, two of whom blew themselves up, and losing three of its own fighters, the commander said.",
      note="14 + 3 = 17; the side that repelled is actor2"),
], [F("civilians_trapped", 25000, "Raqqa", "The United Nations estimates that about 25,000 civilians remain trapped inside.")])


# ---------------------------------------------------------------- checks and output
def weekday_ok(name, iso):
    return WD[dt.date.fromisoformat(iso).weekday()] == name


def check():
    errs = []
    ids = [d["id"] for d in DOCS]
    if ids != ["b11-%02d" % i for i in range(1, len(DOCS) + 1)]:
        errs.append("ids not sequential: %s" % ids)
    wdre = "|".join(WD)
    for d in DOCS:
        t, pub = d["text"], d["published"]
        pubd = dt.date.fromisoformat(pub)
        # dateline: second non-empty line starts 'CITY, Month D ('
        lines = [l for l in t.split("\n") if l.strip()]
        m = re.match(r"^[^,a-z]+, (%s) (\d{1,2}) \(" % "|".join(MO), lines[1])
        if not m:
            errs.append("%s: no dateline" % d["id"])
        elif (MO.index(m.group(1)) + 1, int(m.group(2))) != (pubd.month, pubd.day):
            errs.append("%s: dateline %s %s != published %s" % (d["id"], m.group(1), m.group(2), pub))
        for m in re.finditer(r"(%s), (\d{1,2}) (%s) (\d{4})" % (wdre, "|".join(MO)), t):
            day = dt.date(int(m.group(4)), MO.index(m.group(3)) + 1, int(m.group(2)))
            if WD[day.weekday()] != m.group(1):
                errs.append("%s: false calendar fact %r" % (d["id"], m.group(0)))
        for m in re.finditer(r"(%s), (%s) (\d{1,2}), (\d{4})" % (wdre, "|".join(MO)), t):
            day = dt.date(int(m.group(4)), MO.index(m.group(2)) + 1, int(m.group(3)))
            if WD[day.weekday()] != m.group(1):
                errs.append("%s: false calendar fact %r" % (d["id"], m.group(0)))
        body = "\n".join(lines[1:])
        n = len(re.findall(r"[.!?][\"”]?(?=\s|$)", body))
        if not 8 <= n <= 27:
            errs.append("%s: %d sentences" % (d["id"], n))
        if "example-" not in d["url"]:
            errs.append("%s: url not on an example- domain" % d["id"])
        for i, e in enumerate(d["events"]):
            tag = "%s#%d" % (d["id"], i)
            for piece in e["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append("%s: evidence not verbatim: %r" % (tag, piece[:80]))
            if e["type"] not in TYPES:
                errs.append("%s: bad type %s" % (tag, e["type"]))
            for k in ("killed", "wounded"):
                lo, hi = e[k], e[k + "_high"]
                if hi is not None and (lo is None or hi < lo):
                    errs.append("%s: %s_high %s < %s" % (tag, k, hi, lo))
            if not (e["actor1"] and e["actor2"] and len(e["country"]) == 2):
                errs.append("%s: missing actor/country" % tag)
            note = e["date_note"]
            for m in re.finditer(r"(%s)\W{0,3}\(?(\d{4}-\d\d-\d\d)\)?" % wdre, note):
                if not weekday_ok(m.group(1), m.group(2)):
                    errs.append("%s: date_note %r is false" % (tag, m.group(0)))
            if e["date"]:
                if dt.date.fromisoformat(e["date"]) > pubd:
                    errs.append("%s: date after publication" % tag)
                first = re.search(wdre, note)
                if first and "overnight into" not in note and not weekday_ok(first.group(0), e["date"]):
                    errs.append("%s: first weekday in date_note %s != %s" % (tag, first.group(0), e["date"]))
        for f in d["figures"]:
            for piece in f["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append("%s: figure evidence not verbatim: %r" % (d["id"], piece[:80]))
    return errs


def main():
    errs = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                "events": d["events"], "figures": d["figures"]},
                               ensure_ascii=False) + "\n")
    ev = sum(len(d["events"]) for d in DOCS)
    opt = sum(1 for d in DOCS for e in d["events"] if e.get("optional"))
    empty = sum(1 for d in DOCS if not d["events"])
    fig = sum(len(d["figures"]) for d in DOCS)
    print("ok: %d reports (%d without events), %d events (%d optional), %d figures"
          % (len(DOCS), empty, ev, opt, fig))


if __name__ == "__main__":
    main()
