#!/usr/bin/env python3
"""probe-blind6: a blind development set of invented news-like reports.

Every text below was written for this set; the incidents are invented.
Run `python3 make.py` to write docs.jsonl and gold.jsonl next to this file
and to check them (evidence verbatim, dates not after publication, weekdays
consistent, types from EVENTS.md, counts ordered).
"""
import datetime
import json
import os
import re
import sys

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

DOCS = []


def doc(id, text, published, events, url=None, figures=None, kind=None):
    DOCS.append({"id": id, "text": text.strip("\n"), "published": published, "url": url,
                 "events": events, "figures": figures or [], "kind": kind})


def E(summary, date, date_note, place, admin, country, type, actor1, actor2,
      killed=None, wounded=None, evidence="", killed_high=None, wounded_high=None, **extra):
    ev = {"summary": summary, "date": date, "date_note": date_note, "place": place,
          "admin": admin, "country": country, "type": type, "actor1": actor1,
          "actor2": actor2, "killed": killed, "killed_high": killed_high,
          "wounded": wounded, "wounded_high": wounded_high, "evidence": evidence}
    for k in ("note", "arrested", "optional"):
        if k in extra:
            ev[k] = extra.pop(k)
    assert not extra, extra
    return ev


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


# --- REPORTS ---
doc("b6_01", """
Court jails three men over 2022 Grenoble tram stop attack

GRENOBLE, France, Feb 27 (Wire) - A French court on Thursday sentenced three men to between 12 and 30 years in prison for their part in a knife and firebomb attack at a tram stop in Grenoble that killed two people and wounded nine in October 2022.
The main defendant, a 29-year-old who stabbed commuters before hurling a petrol bomb into a tram carriage, received the maximum term of 30 years.
Two co-defendants who helped him buy the fuel and scout the stop were given 12 and 15 years.
Prosecutors told the court the attack had been planned for weeks and that the killer had hoped to shoot into the crowd but could not obtain a gun.
A pensioner and a 19-year-old student died at the scene, and the tram driver suffered burns over a third of his body.
Survivors wept in the courtroom as the verdict was read out.
"Today does not bring them back, but it tells us the attack was not forgotten," said a lawyer for the families.
Defence lawyers said they would study the ruling before deciding whether to appeal.
The trial heard three weeks of evidence, including footage of passengers being attacked on the platform on Cours Jean-Jaures.
Police arrested the three men within 48 hours of the attack after a manhunt across the Isere department.
France has since tightened rules on the sale of fuel in cans.
(Reporting by the Lyon bureau; editing by the Paris desk)
""", "2025-02-27", [], kind="empty")

doc("b6_02", """
Death toll from Mandera roadside bomb rises to five

By a Staff Reporter
Published Thursday, June 12, 2025

Five police officers have now died after their vehicle struck an improvised explosive device near Elwak in Mandera County on Tuesday, police said, up from the three reported on the day of the blast.
Two of the wounded officers died overnight at Mandera County Referral Hospital, the regional police commander said.
Four other officers remain in hospital, one of them in a critical condition.
The Land Cruiser was leading a convoy escorting a water bowser from Elwak to the border town of Rhamu when the device went off at about 10am.
Police blamed al-Shabaab militants, who have planted similar bombs along the road for years.
The group said on one of its radio stations that it had killed "more than 15 Kenyan soldiers" in the blast, a claim police dismissed as propaganda.
In a separate incident on Sunday, suspected al-Shabaab fighters fired rocket-propelled grenades at a police camp in Kotulo, damaging two buildings, but no one was hurt, a police statement said.
Mandera has suffered repeated attacks since Kenyan troops entered Somalia in October 2011.
In June last year, at least seven officers were killed when a bomb hit their truck outside Mandera town, one of the deadliest incidents of 2024.
Residents said the Elwak-Rhamu road had been closed to civilian traffic since Tuesday's blast.
"We are living in fear," said a trader who runs a shop near the scene.
The interior ministry promised more armoured vehicles for the region.
""", "2025-06-12", [
    E("IED hit a police Land Cruiser leading a convoy near Elwak; five officers dead (three on the day, two died overnight), four still in hospital.",
      "2025-06-10", "'on Tuesday'; published Thursday 2025-06-12", "near Elwak", "Mandera", "KE", "explosion",
      "al-Shabaab", "Kenyan security forces", killed=5, wounded=4,
      evidence="Five police officers have now died after their vehicle struck an improvised explosive device near Elwak in Mandera County on Tuesday, police said, up from the three reported on the day of the blast. [...] Four other officers remain in hospital, one of them in a critical condition.",
      note="toll revised 3 -> 5; the 4 still in hospital as wounded; al-Shabaab's claim of 15 not used"),
    E("Suspected al-Shabaab fighters fired RPGs at a police camp in Kotulo; no one hurt.",
      "2025-06-08", "'on Sunday' before Thursday 2025-06-12", "police camp, Kotulo", "Mandera", "KE", "battle",
      "al-Shabaab", "Kenyan security forces", killed=0, wounded=0,
      evidence="In a separate incident on Sunday, suspected al-Shabaab fighters fired rocket-propelled grenades at a police camp in Kotulo, damaging two buildings, but no one was hurt, a police statement said."),
], kind="events")

doc("b6_03", """
Ten years on, Tierra Blanca families still wait for answers

Veracruz | 14 March 2024

A decade after gunmen burst into a baptism party in the Veracruz town of Tierra Blanca and killed 14 guests, not one person has been convicted.
The massacre, carried out in March 2014 by a cell that prosecutors later linked to a regional cartel, left four children among the dead.
Eleven people were wounded, several of them by shots fired through the walls of the rented hall.
State prosecutors arrested six suspects in the months that followed, but all were released for lack of evidence.
"They took my brother and my nephew in one night, and the state has treated it like a car accident," said a woman who lost two relatives.
The hall where the shooting took place has since been turned into a hardware store.
A memorial mass is planned for Sunday at the parish church, and relatives say they will present a petition to the state congress next month.
Human rights groups say the case fits a pattern in which killings of that era were never fully investigated.
Veracruz recorded more than 1,900 homicides in 2014, according to official figures.
The current governor has promised to reopen the file, but families say they have heard that before.
""", "2024-03-14", [], kind="empty")

doc("b6_04", """
Kharkiv drone strike: death toll climbs to seven as rescuers finish search

Updated 12 February 2026, 14:05

Caption: Rescuers remove rubble from the damaged block in Kharkiv's Saltivskyi district.

Seven people, including a 10-year-old girl, were killed when a Russian drone hit a nine-storey apartment block in Kharkiv's Saltivskyi district overnight from Tuesday into Wednesday, regional officials said.
The toll rose through Wednesday as rescuers pulled bodies from the collapsed stairwell; the first reports spoke of four dead.
Twenty-one people were injured, nine of whom are still in hospital, two in a serious condition.
The regional governor said the block was hit by a Shahed-type drone at about 1.30am.
Read more: How Kharkiv's schools moved underground
In Kupiansk, about 120km to the east, one man was killed by artillery fire on Wednesday afternoon, the local military administration reported.
In Zaporizhzhia, a guided aerial bomb hit an industrial site on the city's outskirts on Tuesday, wounding three workers, the regional governor said.
Russia's defence ministry did not comment on the Kharkiv strike, but said its forces had hit "military infrastructure" in the region.
Across the border, Ukrainian drones set fire to an oil depot in Russia's Belgorod region overnight into Thursday, the Russian regional governor said, adding that no one had been hurt.
Kharkiv, Ukraine's second-largest city, has been struck repeatedly since Russia's full-scale invasion in February 2022.
A strike on a hardware superstore in the city in May 2024 killed 19 people.
Read more: Ukraine's air defence running short of interceptors, officials warn
The city council declared Thursday a day of mourning.
Caption: A resident looks at her burned-out flat on Wednesday morning.
Residents whose flats were destroyed have been moved to a dormitory run by the city.
""", "2026-02-12", [
    E("Russian drone hit a nine-storey apartment block in Saltivskyi district, Kharkiv: seven killed (first reported four), 21 injured.",
      "2026-02-10", "'overnight from Tuesday into Wednesday': first night, Tuesday 2026-02-10", "Saltivskyi district", "Kharkiv", "UA", "explosion",
      "Russian security forces", "civilians", killed=7, wounded=21,
      evidence="Seven people, including a 10-year-old girl, were killed when a Russian drone hit a nine-storey apartment block in Kharkiv's Saltivskyi district overnight from Tuesday into Wednesday, regional officials said. [...] Twenty-one people were injured, nine of whom are still in hospital, two in a serious condition.",
      note="toll rose from four to seven; 21 injured, of whom 9 still in hospital"),
    E("Artillery fire killed one man in Kupiansk.",
      "2026-02-11", "'on Wednesday afternoon'; page updated Thursday 12 February 2026", "Kupiansk", "Kharkiv", "UA", "explosion",
      "Russian security forces", "civilians", killed=1,
      evidence="In Kupiansk, about 120km to the east, one man was killed by artillery fire on Wednesday afternoon, the local military administration reported.",
      note="shooter not named explicitly; Russian by context"),
    E("A guided aerial bomb hit an industrial site on the outskirts of Zaporizhzhia, wounding three workers.",
      "2026-02-10", "'on Tuesday' before Thursday 12 February 2026", "industrial site on the outskirts of Zaporizhzhia", "Zaporizhzhia", "UA", "explosion",
      "Russian security forces", "civilians", wounded=3,
      evidence="In Zaporizhzhia, a guided aerial bomb hit an industrial site on the city's outskirts on Tuesday, wounding three workers, the regional governor said.",
      note="attacker not named; Russian by context"),
    E("Ukrainian drones set fire to an oil depot in Belgorod region; no one hurt.",
      "2026-02-11", "'overnight' into Thursday 12 February 2026: the night began Wednesday 2026-02-11", "oil depot, Belgorod region", "Belgorod", "RU", "explosion",
      "Ukrainian security forces", "none", killed=0, wounded=0,
      evidence="Across the border, Ukrainian drones set fire to an oil depot in Russia's Belgorod region overnight into Thursday, the Russian regional governor said, adding that no one had been hurt.",
      note="place only at region level"),
], kind="events")

doc("b6_05", """
India's army bets on cheap drones after years of costly lessons

NEW DELHI, 18 September 2025

The Indian Army plans to buy more than 1,000 loitering munitions over the next two years, officials said, as it reshapes its artillery units around small, expendable drones.
The weapons, sometimes called kamikaze drones, circle over a target area and dive onto it with a warhead of one to three kilograms.
Officers point to the war in Ukraine, where both sides now lose thousands of drones a month, as proof that the battlefield has changed.
India's own wake-up call came in June 2021, when two small drones dropped explosives on the air force station in Jammu, wounding two airmen in what officials called the first drone attack on an Indian military base.
Since then the army has fielded jamming guns and radar along the Line of Control, and says it has shot down dozens of smuggling drones over Punjab.
Critics say the procurement process remains slow: a tender for anti-drone systems issued in 2022 is still not settled.
"We cannot fight a 2030 war with a 1990 supply chain," a retired lieutenant general told a defence seminar on Tuesday.
Domestic firms in Bengaluru and Hyderabad have won most of the early orders, and some are already exporting.
Each munition costs a fraction of an artillery shell's guidance kit, the manufacturers say.
The army also wants swarms that can saturate air defences, though tests so far have involved no more than 50 drones at a time.
Analysts warn that cheap drones spread quickly to armed groups as well, and that police in Manipur have found commercial drones fitted with grenades.
""", "2025-09-18", [], kind="empty")

doc("b6_06", """
Colombia: dissidents attack army base in Cauca, five dead

Bogota, Thursday 9 October 2025 - Three soldiers and two attackers were killed when FARC dissidents attacked an army base in the municipality of Suarez, in Cauca department, on Monday night, the army said.
Eight soldiers were wounded in the assault, which began with explosives dropped by drones and continued with rifle fire for almost two hours.
The army said the attackers belonged to the Jaime Martinez front, a group that rejected the 2016 peace agreement.
In a statement posted online, the front claimed to have "put out of combat" twelve soldiers, a figure the army denied.
On Sunday, a drone dropped an explosive on the police station in Jamundi, south of Cali, wounding two officers, police said.
No group has claimed the Jamundi attack.
The Suarez base was last attacked in April 2024, when a car bomb damaged its perimeter wall.
Cauca has seen a sharp rise in drone attacks this year: the defence ministry counted 96 of them between January and August.
Defence minister aides said reinforcements had arrived in Suarez on Tuesday and that an operation was under way to capture those responsible.
Residents of the town said they spent the night lying on the floor of their homes as the shooting went on.
Local officials have asked the national government to reopen talks with the dissident groups.
""", "2025-10-09", [
    E("FARC dissidents (Jaime Martinez front) attacked an army base in Suarez with drone-dropped explosives and rifle fire: 3 soldiers and 2 attackers killed, 8 soldiers wounded.",
      "2025-10-06", "'on Monday night'; dateline Thursday 9 October 2025", "army base, Suarez", "Cauca", "CO", "battle",
      "FARC dissidents", "Colombian security forces", killed=5, wounded=8,
      evidence="Three soldiers and two attackers were killed when FARC dissidents attacked an army base in the municipality of Suarez, in Cauca department, on Monday night, the army said. [...] Eight soldiers were wounded in the assault, which began with explosives dropped by drones and continued with rifle fire for almost two hours.",
      note="3 soldiers + 2 attackers = 5; the front's claim of twelve not used"),
    E("A drone dropped an explosive on the Jamundi police station, wounding two officers.",
      "2025-10-05", "'On Sunday' before Thursday 2025-10-09", "police station, Jamundi", "Valle del Cauca", "CO", "explosion",
      "unknown", "Colombian security forces", wounded=2,
      evidence="On Sunday, a drone dropped an explosive on the police station in Jamundi, south of Cali, wounding two officers, police said."),
], kind="events")

doc("b6_07", """
Bangladesh opposition threatens nationwide shutdown as poll date nears

Dhaka, 6 November 2025

Bangladesh's main opposition alliance said on Wednesday it would call a nationwide hartal if the election commission did not change the voting schedule within a week.
Police chiefs warned that anyone who blocked roads or attacked vehicles during a shutdown would be arrested on the spot.
"We will not allow the streets to be held hostage," the Dhaka Metropolitan Police commissioner told reporters.
The alliance accuses the interim government of tilting the rules in favour of rival parties, a charge officials deny.
Memories of last year's upheaval hang over the campaign: the UN human rights office has estimated that as many as 1,400 people may have been killed in the crackdown on protests in July and August 2024.
Party leaders said their supporters would stage only peaceful sit-ins, but analysts expect clashes if activists from rival camps meet.
In previous election seasons, hartals were marked by arson attacks on buses and by street fights between party cadres.
Business groups urged both sides to spare the garment industry, which they say lost millions of dollars a day during past shutdowns.
The election commission said it would meet party representatives on Sunday.
Diplomats from several Western embassies have called for restraint.
A student group that led last year's protests said it would decide its position at a convention next week.
""", "2025-11-06", [], kind="empty")

doc("b6_08", """
Mortar shells hit near Mogadishu airport, two killed

Published: Tuesday, 19 November 2024

Caption: Smoke rises near the perimeter of the Aden Adde airport compound.

Two civilians were killed and four wounded when mortar shells landed near the Halane base at Mogadishu's Aden Adde International Airport on Monday evening, Somali police said.
Al-Shabaab said it fired the shells and claimed to have killed 20 "foreign invaders" inside the compound.
Read more: Somalia's long war with al-Shabaab explained
A police spokesman denied that anyone inside the base had been hurt, saying the shells fell in a car park and on a row of shops by the outer wall.
Hospital staff at Madina Hospital confirmed receiving four wounded people, among them a 12-year-old boy.
The two people killed in Monday's mortar attack were a car park attendant and a tea seller, relatives said.
Halane houses the UN, the African Union mission and several embassies, and has been targeted many times.
In a separate attack on Saturday, a man threw a grenade into a tea shop in Hodan district, wounding three customers, local officials said.
Read more: African Union mission faces funding gap
Somali army officials also said government forces had killed dozens of militants in operations in Middle Shabelle region in recent days, without giving details.
In 2022, twin car bombs at the education ministry in Mogadishu killed more than 120 people, the deadliest attack in the city in five years.
Caption: Police cordon off the road leading to the airport on Monday.
The airport remained open on Tuesday, and flights were not affected, aviation officials said.
""", "2024-11-19", [
    E("Al-Shabaab mortar shells landed near the Halane base at Mogadishu airport, killing two civilians (a car park attendant and a tea seller) and wounding four.",
      "2024-11-18", "'on Monday evening'; published Tuesday 19 November 2024", "Halane base, Aden Adde International Airport, Mogadishu", "Banaadir", "SO", "explosion",
      "al-Shabaab", "civilians", killed=2, wounded=4,
      evidence="Two civilians were killed and four wounded when mortar shells landed near the Halane base at Mogadishu's Aden Adde International Airport on Monday evening, Somali police said. [...] The two people killed in Monday's mortar attack were a car park attendant and a tea seller, relatives said.",
      note="al-Shabaab's claim of 20 killed not used; told again in paragraph six"),
    E("A man threw a grenade into a tea shop in Hodan district, wounding three customers.",
      "2024-11-16", "'on Saturday' before Tuesday 2024-11-19", "tea shop, Hodan district", "Banaadir", "SO", "explosion",
      "unknown", "civilians", wounded=3,
      evidence="In a separate attack on Saturday, a man threw a grenade into a tea shop in Hodan district, wounding three customers, local officials said."),
    E("Government forces said they killed dozens of militants in operations in Middle Shabelle in recent days.",
      None, "'in recent days'; no day given", "Middle Shabelle region", "Middle Shabelle", "SO", "battle",
      "Somali security forces", "al-Shabaab", killed=None,
      evidence="Somali army officials also said government forces had killed dozens of militants in operations in Middle Shabelle region in recent days, without giving details.",
      note="aggregate of unspecified operations; 'dozens' gives null", optional=True),
], kind="events")

doc("b6_09", """
General Karim Haji Omar, Peshmerga commander who held the Gwer front, dies at 71

Erbil, 16 April 2026

Karim Haji Omar, a Peshmerga general whose units held the line south of Erbil during the worst months of the war against the Islamic State, died on Tuesday in a hospital in the city after a long illness.
He was 71.
Born in a village near Koya in 1955, he joined the Kurdish resistance as a teenager and fought in the mountains throughout the 1980s.
He survived the chemical attacks of 1988, in which thousands of Kurds were killed, and often said that he had buried three cousins in a single afternoon.
In August 2014, when IS fighters overran the town of Gwer and advanced to within 40 kilometres of Erbil, he was given command of the sector.
His brigades retook Gwer days later with the help of US air strikes, in fighting that cost dozens of Peshmerga lives.
Over the next two years his men repelled repeated suicide car bomb attacks along the Makhmour road.
He was wounded twice, once by a sniper and once by a roadside bomb that destroyed his vehicle in 2015.
After retiring in 2019 he chaired an association for the families of fallen fighters.
"He never spoke of victories, only of the men he lost," said a former aide.
The Kurdistan Regional Government declared a day of mourning, and flags flew at half-mast on Wednesday.
He is survived by his wife, four sons and a daughter.
""", "2026-04-16", [], kind="empty")

doc("b6_10", """
Ten killed as militants storm police post in Lakki Marwat

PESHAWAR: Four policemen and six militants were killed when dozens of militants attacked a police checkpost in Lakki Marwat district late on Wednesday night, police said on Thursday.
The attackers used hand grenades and heavy weapons, and the gunfight lasted more than three hours, a district police officer told Dawn.
Three other policemen were injured and shifted to a hospital in Bannu, where two were still being treated on Thursday.
Police said the bodies of six attackers were recovered after reinforcements arrived, while others fled towards the hills.
The banned Tehreek-i-Taliban Pakistan claimed the attack and said 15 policemen had been killed, a figure police rejected.
It was the second major attack on police in the region in less than three weeks.
On March 24, militants ambushed a police van on the Bannu-Miranshah road near Bannu, killing two constables.
Attacks on police in Khyber Pakhtunkhwa have risen sharply since the TTP ended a ceasefire with the government in November 2022.
The deadliest of them, a suicide bombing in a mosque inside Peshawar's police lines in January 2023, killed more than 80 people.
Police officials in Lakki Marwat have long complained of outdated weapons and a shortage of night-vision equipment.
The provincial chief minister condemned the attack and announced compensation for the families of the slain policemen.
Funeral prayers for the four officers were offered at the police lines on Thursday afternoon.

Published in Dawn, April 10th, 2025
""", "2025-04-10", [
    E("Militants attacked a police checkpost in Lakki Marwat: four policemen and six militants killed, three policemen injured; TTP claimed.",
      "2025-04-09", "'late on Wednesday night'; published Thursday April 10th, 2025", "police checkpost, Lakki Marwat district", "Khyber Pakhtunkhwa", "PK", "battle",
      "Tehrik-i-Taliban Pakistan", "Pakistani security forces", killed=10, wounded=3,
      evidence="Four policemen and six militants were killed when dozens of militants attacked a police checkpost in Lakki Marwat district late on Wednesday night, police said on Thursday. [...] Three other policemen were injured and shifted to a hospital in Bannu, where two were still being treated on Thursday.",
      note="4 police + 6 militants = 10; TTP's claim of 15 not used"),
    E("Militants ambushed a police van on the Bannu-Miranshah road near Bannu, killing two constables.",
      "2025-03-24", "'On March 24' (year from the publication date 2025-04-10)", "Bannu-Miranshah road, near Bannu", "Khyber Pakhtunkhwa", "PK", "battle",
      "militants (unidentified)", "Pakistani security forces", killed=2,
      evidence="On March 24, militants ambushed a police van on the Bannu-Miranshah road near Bannu, killing two constables.",
      note="17 days before publication: within the news window"),
], kind="events")

doc("b6_11", """
Cholera outbreak in Renk kills 45 as returnees crowd transit camps

Juba, Thursday 14 August 2025 - A cholera outbreak in South Sudan's border town of Renk has killed 45 people since late June, health officials said, as thousands of people fleeing the war in neighbouring Sudan pack into overcrowded transit camps.
The disease has attacked the camps with frightening speed, an aid worker said, with new cases doubling in the first week of August.
More than 2,300 suspected cases have been recorded, a third of them in children under five.
The camps were built for 8,000 people but now hold about 26,000, according to the UN refugee agency.
"It is a siege of a different kind: no clean water, no latrines, and more people arriving every day," said a nurse at the Renk treatment centre.
Medical teams have set up oral rehydration points and are vaccinating residents of the camps and the town.
Heavy rain has cut the road south to Malakal, slowing deliveries of chlorine and medicines.
Most of the new arrivals have fled fighting between the Sudanese army and the Rapid Support Forces, which has killed tens of thousands of people since April 2023.
South Sudan declared a national cholera emergency last year, when more than 1,000 people died of the disease across the country.
Aid agencies said they needed an extra 12 million dollars to contain the outbreak before the peak of the rainy season.
""", "2025-08-14", [], kind="empty")

doc("b6_12", """
Four of one family shot dead at Culiacan car wash as Sinaloa violence grinds on

CULIACAN, Sinaloa, May 22 (Wire) - Gunmen shot dead four members of a family, including a nine-year-old boy, at a car wash in the Aguaruto neighbourhood of Culiacan on Tuesday afternoon, the Sinaloa state prosecutor's office said.
A fifth relative, the boy's mother, was wounded and remains in hospital in a stable condition.
The attackers arrived in two pickup trucks and fired more than 60 rounds before driving off, according to witnesses.
Prosecutors did not say who they believed was behind the killing.
On Sunday, soldiers clashed with armed men in the municipality of Navolato, west of the state capital, killing six of the gunmen and seizing rifles and a grenade launcher, the defence ministry said.
One soldier was wounded in that clash.
The ministry said the gunmen belonged to the Los Chapitos faction of the Sinaloa Cartel.
Sinaloa has been gripped by fighting between the Los Chapitos faction and rivals loyal to Ismael "El Mayo" Zambada since September 2024.
More than 1,200 people have been killed in the state since the infighting began, according to a tally by the state prosecutor's office.
Schools in parts of Culiacan have repeatedly switched to online classes, and many restaurants close before dark.
The federal government has sent several thousand extra troops to the state this year.
Business leaders say the violence has cost the city tens of thousands of jobs.
""", "2025-05-22", [
    E("Gunmen shot dead four members of a family including a nine-year-old boy at a car wash in Aguaruto, Culiacan; the boy's mother wounded.",
      "2025-05-20", "'on Tuesday afternoon'; dateline May 22 (Thursday), 2025 from published", "car wash, Aguaruto neighbourhood, Culiacan", "Sinaloa", "MX", "attack_on_civilians",
      "unknown", "civilians", killed=4, wounded=1,
      evidence="Gunmen shot dead four members of a family, including a nine-year-old boy, at a car wash in the Aguaruto neighbourhood of Culiacan on Tuesday afternoon, the Sinaloa state prosecutor's office said. [...] A fifth relative, the boy's mother, was wounded and remains in hospital in a stable condition."),
    E("Soldiers clashed with Los Chapitos gunmen in Navolato, killing six gunmen; one soldier wounded.",
      "2025-05-18", "'On Sunday' before Thursday 2025-05-22", "Navolato", "Sinaloa", "MX", "battle",
      "Mexican security forces", "Sinaloa Cartel", killed=6, wounded=1,
      evidence="On Sunday, soldiers clashed with armed men in the municipality of Navolato, west of the state capital, killing six of the gunmen and seizing rifles and a grenade launcher, the defence ministry said. [...] One soldier was wounded in that clash. [...] The ministry said the gunmen belonged to the Los Chapitos faction of the Sinaloa Cartel."),
], figures=[F("killed in Sinaloa since the infighting began in September 2024", 1200, "Sinaloa",
              "More than 1,200 people have been killed in the state since the infighting began, according to a tally by the state prosecutor's office.")],
    kind="events")

doc("b6_13", """
Arsenal's blitz leaves Spurs shell-shocked in north London derby

Match report | Thursday 5 March 2026

Arsenal laid siege to the Tottenham goal from the first whistle and won the north London derby 4-1 at the Emirates Stadium on Wednesday night.
The home side's attack was relentless: they had 24 shots, and Tottenham's goalkeeper was the busiest man on the pitch.
The opener came from a thunderous blast from 25 yards in the ninth minute that gave the keeper no chance.
Tottenham briefly struck back before half-time with a counter-attack that sliced through the Arsenal midfield.
But the visitors' defence was massacred after the break, conceding three goals in 17 minutes.
"We were shot to pieces in the second half," the Tottenham manager admitted afterwards.
Arsenal's captain, a constant threat on the left, was carried off with an ankle injury and will have a scan on Friday.
The result keeps Arsenal two points clear at the top, with their title rivals facing a tricky trip to the north-east at the weekend.
Fans of both sides had been warned about pyrotechnics after a flare injured a steward at the same fixture last season.
Police said there were no arrests inside the ground.
Tottenham, who have now lost five of their last seven league games, face a must-win Europa League tie next week.
""", "2026-03-05", [], kind="empty")

doc("b6_14", """
Drone hits Khor Mor gas field again as attacks on Kurdistan energy sites mount

ERBIL, Iraq - A drone struck a storage tank at the Khor Mor gas field in Sulaimani province late on Tuesday, causing a fire that cut gas supplies to two power stations, the field's operator said.
No one was hurt in the attack, which took place at around 11pm, according to a statement from the Kurdistan Region's Ministry of Natural Resources.
Power cuts spread across Sulaimani and parts of Erbil on Wednesday as the region lost about 2,000 megawatts of generating capacity.
No group claimed responsibility, but Kurdish officials have previously blamed Iran-aligned armed factions for similar strikes.
It was the ninth drone attack on oil and gas facilities in the Kurdistan Region since mid-June, officials said.
The field has been hit repeatedly before; a rocket attack in 2022 damaged a tank and a drone attack in April 2024 killed four Yemeni workers.
In a separate incident, two fighters of the Popular Mobilisation Forces and one Islamic State militant were killed on Sunday when IS militants attacked a PMF position in the Tarmiyah district north of Baghdad, a security source said.
Tarmiyah, a rural area of orchards and canals, remains one of the last places near the capital where IS cells operate.
Iraqi forces declared victory over IS in December 2017, but the group still mounts small-scale attacks in remote areas.
The US embassy in Baghdad condemned the Khor Mor attack and called on the federal government to find those responsible.
Engineers said repairs to the damaged tank could take two weeks.

Published 3 July 2025
""", "2025-07-03", [
    E("A drone struck a storage tank at the Khor Mor gas field, starting a fire; no one was hurt.",
      "2025-07-01", "'late on Tuesday'; published Thursday 3 July 2025", "Khor Mor gas field", "Sulaymaniyah", "IQ", "explosion",
      "unknown", "none", killed=0, wounded=0,
      evidence="A drone struck a storage tank at the Khor Mor gas field in Sulaimani province late on Tuesday, causing a fire that cut gas supplies to two power stations, the field's operator said. [...] No one was hurt in the attack, which took place at around 11pm, according to a statement from the Kurdistan Region's Ministry of Natural Resources.",
      note="no claim; Iran-aligned factions blamed for earlier strikes only"),
    E("IS militants attacked a PMF position in Tarmiyah, killing two PMF fighters; one militant killed.",
      "2025-06-29", "'on Sunday' before Thursday 2025-07-03", "Tarmiyah", "Baghdad", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", killed=3,
      evidence="In a separate incident, two fighters of the Popular Mobilisation Forces and one Islamic State militant were killed on Sunday when IS militants attacked a PMF position in the Tarmiyah district north of Baghdad, a security source said.",
      note="2 PMF + 1 IS = 3"),
], figures=[F("drone attacks on Kurdistan oil and gas facilities since mid-June", 9, "Kurdistan Region",
              "It was the ninth drone attack on oil and gas facilities in the Kurdistan Region since mid-June, officials said.")],
    kind="events")

doc("b6_15", """
Sudanese civil war (2023-present)

The Sudanese civil war is an armed conflict between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) that began on 15 April 2023.
Fighting broke out in Khartoum after months of tension over plans to merge the RSF into the army, and spread within days to Darfur and Kordofan.

Background
The RSF grew out of the Janjaweed militias that the government used against rebels in Darfur in the 2000s, a campaign in which an estimated 300,000 people died.
After the fall of Omar al-Bashir in 2019, the SAF and the RSF shared power until they jointly staged a coup in October 2021.

Course of the war
In the first weeks the RSF seized most of Khartoum, while the army held on to its headquarters and bombed RSF positions from the air.
In June 2023 the RSF and allied Arab militias attacked the Masalit people of El Geneina, killing thousands, according to UN investigators.
The RSF captured Wad Madani, the capital of Gezira state, in December 2023; the army retook it in January 2025.
The siege of El Fasher, the last army stronghold in Darfur, lasted from May 2024 until the city fell to the RSF in October 2025.
The army regained control of central Khartoum, including the presidential palace, in March 2025.

Casualties
Estimates of the death toll vary widely: the Armed Conflict Location and Event Data project recorded more than 28,000 deaths from violence by late 2024, while some researchers put the total, including deaths from hunger and disease, at well over 100,000.
More than 12 million people have been displaced, making it the largest displacement crisis in the world.

See also
Darfur genocide; War in Darfur (2003-2020); 2019 Sudanese revolution
""", None, [], figures=[
    F("displaced by the Sudanese civil war", 12000000, "Sudan",
      "More than 12 million people have been displaced, making it the largest displacement crisis in the world."),
], kind="empty")

doc("b6_16", """
PRESS RELEASE
Drone strike on passenger bus in Amhara: rights group calls for independent inquiry

16 January 2025 - The Amhara Human Rights Monitor today called for an independent investigation into a drone strike on a passenger bus in East Gojjam zone that killed 11 civilians, including three children.
According to witnesses interviewed by our researchers, the strike hit the bus on 9 January on the road between Bichena and Debre Markos, shortly after it left a checkpoint.
Local health officials initially counted eight dead; three more passengers died of their wounds at Debre Markos Referral Hospital over the following days.
Fourteen other passengers were injured, and six of them remain in hospital.
Witnesses said they heard a drone overhead before the explosion and that no armed fighters were on board.
The Ethiopian National Defense Force has not commented on the strike.
On Monday, heavy fighting broke out between the army and Fano militia fighters in the town of Mota, and residents reported that at least three civilians were killed by stray bullets.
Since the conflict in Amhara began in August 2023, our organisation has documented more than 70 drone strikes in the region.
In the deadliest of them, in Finote Selam in August 2023, more than 26 people were killed at a bus station.
We urge all parties to respect international humanitarian law and to stop attacks on civilian vehicles and markets.
Journalists and researchers face severe restrictions in the region, and internet access remains limited.
For media enquiries, contact our Addis Ababa office.
""", "2025-01-16", [
    E("Drone strike on a passenger bus on the Bichena-Debre Markos road killed 11 civilians (first counted eight) and injured 14.",
      "2025-01-09", "'on 9 January' (year from the release date 2025-01-16)", "road between Bichena and Debre Markos", "Amhara", "ET", "explosion",
      "Ethiopian security forces", "civilians", killed=11, wounded=14,
      evidence="The Amhara Human Rights Monitor today called for an independent investigation into a drone strike on a passenger bus in East Gojjam zone that killed 11 civilians, including three children. [...] According to witnesses interviewed by our researchers, the strike hit the bus on 9 January on the road between Bichena and Debre Markos, shortly after it left a checkpoint. [...] Local health officials initially counted eight dead; three more passengers died of their wounds at Debre Markos Referral Hospital over the following days. [...] Fourteen other passengers were injured, and six of them remain in hospital.",
      note="toll revised 8 -> 11; the army did not comment; drone attributed by context (only the army flies drones there)"),
    E("Heavy fighting between the army and Fano militia in Mota; at least three civilians killed by stray bullets.",
      "2025-01-13", "'On Monday' before Thursday 2025-01-16", "Mota", "Amhara", "ET", "battle",
      "Ethiopian security forces", "Fano militia", killed=3,
      evidence="On Monday, heavy fighting broke out between the army and Fano militia fighters in the town of Mota, and residents reported that at least three civilians were killed by stray bullets.",
      note="only the civilian toll is given"),
], kind="events")

doc("b6_17", """
Gas cylinder blast rips through Karachi restaurant, six dead

KARACHI: Six people were killed and 14 injured when a gas cylinder exploded in a restaurant kitchen in the Gulshan-e-Iqbal area on Wednesday evening, rescue officials said.
The blast blew out the front wall of the two-storey building and damaged cars parked outside.
Police and bomb disposal squad officials who examined the site ruled out sabotage, saying the explosion was caused by a leaking cylinder.
"There is no evidence of any explosive material; this was an accident," a senior police officer said.
Most of the dead were kitchen staff, and three of the injured were passers-by.
Rescue workers spent two hours cutting through the debris to reach those trapped inside.
The injured were taken to Jinnah Postgraduate Medical Centre, where doctors said four were in a critical condition.
Cylinder explosions are common in Pakistan, where many shops and vehicles use low-quality gas cylinders.
In 2023, a similar blast at a bakery in the city killed nine people.
The Sindh government ordered an inspection of all commercial kitchens in the area and announced compensation for the victims' families.
The restaurant's owner was taken into custody for questioning over safety violations.

Published December 4, 2025
""", "2025-12-04", [], kind="empty")

doc("b6_18", """
Haiti: toll from Kenscoff gang attack rises to 10 as more bodies found

Port-au-Prince, 22 January 2026

The number of people killed when gangs attacked the Belot area of Kenscoff, in the hills above Port-au-Prince, on Saturday has risen to ten after three more bodies were found on Monday, local officials said.
Police had initially counted seven dead.
Five people were wounded, among them a woman who was shot in the leg as she fled with her children.
Witnesses said dozens of armed men from the Viv Ansanm gang coalition arrived before dawn, set houses on fire and shot residents who tried to escape.
Hundreds of families fled towards Petion-Ville, adding to the more than one million Haitians already displaced by gang violence.
On Tuesday, police and members of the Gang Suppression Force launched an operation in the nearby locality of Pernier and said they had killed "several gang members", without giving a number.
Read more: Who are the gangs of Viv Ansanm?
Kenscoff, once a quiet farming area, has been a target since gangs began pushing into the hills early last year.
In March 2025, a gang offensive on the town of Mirebalais freed hundreds of prisoners and killed dozens of people.
The United Nations says more than 5,600 people were killed in gang violence in Haiti in 2024.
The transitional government has promised to hold elections, but officials say large parts of the capital remain too dangerous for voting.
Caption: Residents of Kenscoff carry their belongings along the road to Petion-Ville.
""", "2026-01-22", [
    E("Viv Ansanm gangs attacked the Belot area of Kenscoff, burning houses and shooting residents: ten killed (first counted seven), five wounded.",
      "2026-01-17", "'on Saturday' before Thursday 2026-01-22", "Belot, Kenscoff", "Ouest", "HT", "attack_on_civilians",
      "Viv Ansanm", "civilians", killed=10, wounded=5,
      evidence="The number of people killed when gangs attacked the Belot area of Kenscoff, in the hills above Port-au-Prince, on Saturday has risen to ten after three more bodies were found on Monday, local officials said. [...] Five people were wounded, among them a woman who was shot in the leg as she fled with her children. [...] Witnesses said dozens of armed men from the Viv Ansanm gang coalition arrived before dawn, set houses on fire and shot residents who tried to escape.",
      note="toll revised 7 -> 10"),
    E("Police and the Gang Suppression Force launched an operation in Pernier and said they killed several gang members.",
      "2026-01-20", "'On Tuesday' before Thursday 2026-01-22", "Pernier", "Ouest", "HT", "battle",
      "Haitian security forces", "Viv Ansanm", killed=None,
      evidence="On Tuesday, police and members of the Gang Suppression Force launched an operation in the nearby locality of Pernier and said they had killed \"several gang members\", without giving a number.",
      note="'several' gives null"),
], figures=[F("killed in gang violence in Haiti in 2024", 5600, "Haiti",
              "The United Nations says more than 5,600 people were killed in gang violence in Haiti in 2024."),
            F("displaced by gang violence in Haiti", 1000000, "Haiti",
              "Hundreds of families fled towards Petion-Ville, adding to the more than one million Haitians already displaced by gang violence.")],
    kind="events")

doc("b6_19", """
Northgate launches hostile raid on Pinecrest as gold war heats up

TORONTO, June 18, 2026 - Northgate Minerals fired the opening shot in what analysts called the year's most aggressive takeover battle on Wednesday, launching a hostile bid worth 4.2 billion Canadian dollars for rival Pinecrest Gold.
Pinecrest's board called the offer "a smash-and-grab raid" and said it would fight the bid with every weapon at its disposal.
Pinecrest shares exploded 31 per cent higher in Toronto, while Northgate's stock was hammered, closing down 9 per cent.
The offer came after Pinecrest rejected three friendly approaches this year, according to people familiar with the talks.
"They have been under siege for months, and now the gloves are off," one mining analyst said.
Northgate wants Pinecrest's mines in northern Ontario and Nevada, which it says would make it the country's third-largest gold producer.
Pinecrest could deploy a so-called poison pill, a plan that would flood the market with new shares if any buyer crossed a 20 per cent stake.
Investors said the bid had been killed once before, in 2023, when a smaller offer collapsed after a proxy fight.
Gold prices have surged this year, setting off a wave of deals across the sector.
Northgate's chief executive said the company was ready for a long battle and would take the offer directly to shareholders.
Both companies will report quarterly results in early August.
""", "2026-06-18", [], kind="empty")

doc("b6_20", """
Yemen: Houthi shelling kills two children in Taiz

TAIZ, Yemen, Aug 22 (Wire) - Two children were killed and five people wounded when shells fired by Houthi forces hit a residential street in the Al-Jahmaliya neighbourhood of Taiz on Wednesday, local health officials said.
Three of the wounded, including the children's mother, were still in hospital on Thursday.
The children, a boy aged seven and his sister aged 11, were playing outside their home when the first shell landed, neighbours said.
The government-held city has been besieged on three sides by the Houthis since 2015, and its residents are regularly hit by shelling and sniper fire.
In Marib province, five government soldiers and at least four Houthi fighters were killed on Monday in clashes on the Raghwan front, a military source said.
The Houthis' Al-Masirah television said their fighters had repelled an attack in Raghwan and killed "dozens of mercenaries," a claim that could not be verified.
Front lines in Yemen have barely moved since a UN-brokered truce in April 2022, but clashes and shelling continue in Taiz, Marib, Dhale and Hodeidah.
The war, which escalated when a Saudi-led coalition intervened in March 2015, has killed hundreds of thousands of people directly and indirectly, according to UN estimates.
A senior UN official said on Tuesday that talks on reopening roads around Taiz had stalled.
Doctors at Al-Thawra hospital said they lacked blood supplies and fuel for generators.
The Houthis did not comment on the shelling in Taiz.
""", "2024-08-22", [
    E("Houthi shells hit a residential street in Al-Jahmaliya, Taiz, killing two children and wounding five.",
      "2024-08-21", "'on Wednesday'; dateline Aug 22 (Thursday), 2024 from published", "Al-Jahmaliya, Taiz", "Taiz", "YE", "explosion",
      "Houthis", "civilians", killed=2, wounded=5,
      evidence="Two children were killed and five people wounded when shells fired by Houthi forces hit a residential street in the Al-Jahmaliya neighbourhood of Taiz on Wednesday, local health officials said.",
      note="three of the five still in hospital"),
    E("Clashes on the Raghwan front in Marib: five government soldiers and at least four Houthi fighters killed.",
      "2024-08-19", "'on Monday' before Thursday 2024-08-22", "Raghwan front", "Marib", "YE", "battle",
      "Houthis", "Yemeni government forces", killed=9,
      evidence="In Marib province, five government soldiers and at least four Houthi fighters were killed on Monday in clashes on the Raghwan front, a military source said.",
      note="5 + at least 4 = 9; Houthi claim of 'dozens' not used; who attacked is disputed"),
], kind="events")

doc("b6_21", """
Kenya police warn against anniversary protests as activists vow to march

Nairobi, Thursday June 18, 2026

Kenyan police said on Wednesday that they would arrest anyone who tried to enter the central business district during planned protests marking the second anniversary of the storming of parliament.
Activists have called for marches in Nairobi, Mombasa and Kisumu next Thursday to remember those killed during the 2024 demonstrations against a finance bill.
Rights groups say more than 60 people were shot dead by police during those protests, and dozens more were abducted in the months that followed.
"We will not be intimidated; our friends were killed on these streets," one of the organisers told a press conference.
The interior ministry said it had intelligence that "criminal elements" planned to loot shops under cover of the marches.
Last year's anniversary protests also turned deadly, and several police stations were set on fire.
Opposition politicians have accused the government of trying to criminalise dissent ahead of next year's election.
The Law Society of Kenya said a blanket ban on protests would be unconstitutional and threatened to go to court.
Business owners in the city centre said they would close their shops on the day.
Diplomats have urged police to show restraint and protesters to stay peaceful.
Police said they would deploy officers in plain clothes and drones to monitor the crowds.
""", "2026-06-18", [], kind="empty")

doc("b6_22", """
Three of a family killed in Jiribam attack; four held

Imphal, October 3, 2024: Three members of a family, including a 14-year-old boy, were shot dead by armed miscreants who attacked a village in Manipur's Jiribam district on Monday night, police said.
The attackers fired indiscriminately at houses in Borobekra village and set fire to two homes before fleeing into the nearby hills, a senior police officer said.
The boy's parents were also killed, while his younger sister escaped by hiding in a granary.
On Wednesday, security forces arrested four suspects during a search operation in the neighbouring Jirimukh area and recovered two rifles and a pistol, police said.
Security has been tightened across the district, and an indefinite curfew was imposed on Tuesday.
Manipur has been gripped by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 220 people have been killed and about 60,000 displaced.
Jiribam, which borders Assam, was largely spared in the first year of the conflict but has seen repeated violence since June.
In September, drones carrying explosives were used for the first time in attacks on villages in Imphal West, officials said.
Civil society groups from both communities have blamed each other for the latest killings.
The chief minister announced compensation of Rs 10 lakh for the family.
Opposition parties demanded a judicial inquiry and the deployment of more central forces in the district.
""", "2024-10-03", [
    E("Armed miscreants attacked Borobekra village, Jiribam, shooting dead three members of a family and burning two homes.",
      "2024-09-30", "'on Monday night' before Thursday October 3, 2024", "Borobekra village", "Manipur", "IN", "attack_on_civilians",
      "militants (unidentified)", "civilians", killed=3,
      evidence="Three members of a family, including a 14-year-old boy, were shot dead by armed miscreants who attacked a village in Manipur's Jiribam district on Monday night, police said. [...] The attackers fired indiscriminately at houses in Borobekra village and set fire to two homes before fleeing into the nearby hills, a senior police officer said."),
    E("Security forces arrested four suspects in a search operation in Jirimukh and recovered weapons.",
      "2024-10-02", "'On Wednesday' before Thursday October 3, 2024", "Jirimukh", "Manipur", "IN", "arrest",
      "Indian security forces", "militants (unidentified)", arrested=4,
      evidence="On Wednesday, security forces arrested four suspects during a search operation in the neighbouring Jirimukh area and recovered two rifles and a pistol, police said."),
    E("Drones carrying explosives used in attacks on villages in Imphal West.",
      None, "'In September': month only, within about a month of publication", "villages in Imphal West", "Manipur", "IN", "explosion",
      "militants (unidentified)", "civilians",
      evidence="In September, drones carrying explosives were used for the first time in attacks on villages in Imphal West, officials said.",
      note="vague place and date", optional=True),
], figures=[F("killed in Manipur's ethnic violence since May 2023", 220, "Manipur",
              "Manipur has been gripped by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 220 people have been killed and about 60,000 displaced."),
            F("displaced in Manipur since May 2023", 60000, "Manipur",
              "Manipur has been gripped by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 220 people have been killed and about 60,000 displaced.")],
    kind="events")

doc("b6_23", """
Agents come under fire from Mexican side of border near Nogales

By the Arizona desk | July 9, 2026

Border Patrol agents came under fire from across the border west of Nogales, Arizona, on Sunday night, one of two shooting incidents involving agents in the area in recent days, federal officials said.
No agents were hurt in Sunday's shooting, in which several rounds struck the border wall and one hit a patrol vehicle, according to Customs and Border Protection.
Agents did not return fire because they could not see the shooters, the agency said.
On Tuesday, an agent shot and killed a man who pointed a rifle at agents during a smuggling interdiction near Sasabe, about 60 miles to the west, the FBI said.
The man has not been identified; two other men were arrested at the scene.
The incidents come as a federal court in Tucson prepares to sentence a smuggler convicted over a 2023 crash that killed eight migrants during a pursuit.
Shootings across the border are rare but not unheard of; in 2022 a bullet fired from Mexico wounded an agent near Douglas.
Officials said cartel lookouts posted on hilltops on the Mexican side have become bolder this year.
Mexican authorities said they were investigating Sunday's shooting and had sent patrols to the area.
The Border Patrol union called for more surveillance towers in the Nogales sector.
A CBP spokesperson declined to say whether the two incidents were connected.
""", "2026-07-09", [
    E("Shots fired from the Mexican side struck the border wall and a Border Patrol vehicle west of Nogales; no agents hurt.",
      "2026-07-05", "'on Sunday night' before Thursday July 9, 2026", "border wall west of Nogales", "Arizona", "US", "battle",
      "unknown", "US security forces", killed=0, wounded=0,
      evidence="Border Patrol agents came under fire from across the border west of Nogales, Arizona, on Sunday night, one of two shooting incidents involving agents in the area in recent days, federal officials said. [...] No agents were hurt in Sunday's shooting, in which several rounds struck the border wall and one hit a patrol vehicle, according to Customs and Border Protection.",
      note="one-sided fire at armed agents, who did not return fire: coded battle as an attack on state forces"),
    E("A Border Patrol agent shot dead a man who pointed a rifle at agents during a smuggling interdiction near Sasabe; two men arrested.",
      "2026-07-07", "'On Tuesday' before Thursday July 9, 2026", "near Sasabe", "Arizona", "US", "battle",
      "US security forces", "unknown", killed=1,
      evidence="On Tuesday, an agent shot and killed a man who pointed a rifle at agents during a smuggling interdiction near Sasabe, about 60 miles to the west, the FBI said. [...] The man has not been identified; two other men were arrested at the scene.",
      note="two arrested at the scene"),
], kind="events")

doc("b6_24", """
Israeli drone strike on car in Nabatieh kills two

Beirut - Thursday 6 November 2025

Two people were killed when an Israeli drone struck a car on the main road in Nabatieh, southern Lebanon, on Wednesday, the Lebanese health ministry said.
A passer-by was wounded by shrapnel, the ministry said.
The Israeli military said it had targeted two members of Hezbollah's Radwan force who were "rebuilding terrorist infrastructure".
Hezbollah did not immediately comment.
On Saturday, a strike on a motorcycle in the town of Bint Jbeil killed one man, whom the Israeli army also described as a Hezbollah operative.
The strikes continue despite a ceasefire that took effect in November 2024 after more than a year of cross-border fighting, in which more than 4,000 people were killed in Lebanon.
The health ministry says more than 300 people have been killed by Israeli strikes since the ceasefire began.
Israel still holds five hilltop positions inside Lebanese territory and says it will not withdraw until Hezbollah is disarmed.
Read more: Lebanon's army struggles to take over Hezbollah weapons depots
The Lebanese government has asked the United States and France, which oversee the truce, to press Israel to stop the strikes.
Caption: Civil defence workers inspect the burned car in Nabatieh.
Residents of Nabatieh said drones had been flying low over the city for most of the week.
""", "2025-11-06", [
    E("Israeli drone strike on a car on the main road in Nabatieh killed two (said by Israel to be Radwan force members) and wounded a passer-by.",
      "2025-11-05", "'on Wednesday'; dated Thursday 6 November 2025", "main road, Nabatieh", "Nabatieh", "LB", "explosion",
      "Israeli security forces", "Hezbollah", killed=2, wounded=1,
      evidence="Two people were killed when an Israeli drone struck a car on the main road in Nabatieh, southern Lebanon, on Wednesday, the Lebanese health ministry said. [...] A passer-by was wounded by shrapnel, the ministry said."),
    E("Israeli strike on a motorcycle in Bint Jbeil killed one man.",
      "2025-11-01", "'On Saturday' before Thursday 2025-11-06", "Bint Jbeil", "Nabatieh", "LB", "explosion",
      "Israeli security forces", "Hezbollah", killed=1,
      evidence="On Saturday, a strike on a motorcycle in the town of Bint Jbeil killed one man, whom the Israeli army also described as a Hezbollah operative."),
], figures=[F("killed in Lebanon by Israeli strikes since the November 2024 ceasefire", 300, "Lebanon",
              "The health ministry says more than 300 people have been killed by Israeli strikes since the ceasefire began."),
            F("killed in Lebanon in the cross-border fighting before the ceasefire", 4000, "Lebanon",
              "The strikes continue despite a ceasefire that took effect in November 2024 after more than a year of cross-border fighting, in which more than 4,000 people were killed in Lebanon.")],
    kind="events")

doc("b6_25", """
Siege of Vukovar

The siege of Vukovar was an 87-day battle fought in and around the town of Vukovar, in eastern Croatia, from late August to 18 November 1991, during the Croatian War of Independence.
The Yugoslav People's Army (JNA), supported by Serb paramilitary units, surrounded the town, which was defended by about 1,800 lightly armed Croatian National Guard troops, police and volunteers.

Course of the siege
The JNA shelled Vukovar almost daily, firing by some estimates more than a million shells and rockets into the town.
Repeated tank and infantry assaults on the suburbs of Borovo Naselje and Sajmiste were driven back with heavy losses on both sides.
By October the town was cut off entirely, and the hospital, sheltering hundreds of wounded in its basement, was hit dozens of times.
The defenders surrendered on 18 November 1991 after running out of ammunition.

Aftermath
After the fall of the town, around 200 prisoners taken from the hospital were killed at the Ovcara farm south-east of Vukovar, one of the worst massacres of the war.
About 1,100 defenders and civilians were killed during the siege, according to Croatian figures, and thousands more were expelled or detained in camps.
The JNA's own losses are disputed; estimates range from 1,100 to several thousand dead.
The International Criminal Tribunal for the former Yugoslavia later convicted two JNA officers over the Ovcara killings.
The town was returned to Croatian control in 1998 under the Erdut Agreement.

Legacy
18 November is marked in Croatia as a day of remembrance, and the damaged water tower has been preserved as a memorial.

See also: Battle of Osijek; Croatian War of Independence
""", None, [], kind="empty")

doc("b6_26", """
Six villagers hacked to death in Bundibugyo ADF raid

By our Western Uganda correspondent
Thursday, July 9, 2026

Six civilians, among them two women, were killed when suspected Allied Democratic Forces rebels raided Kirindi village in Bundibugyo district on Saturday night, the army said.
The attackers used machetes and guns and burned several huts before retreating towards the Semuliki forest on the border with the Democratic Republic of Congo, the army's regional spokesperson said.
Two other villagers were wounded and are being treated at Bundibugyo hospital.
On Monday, soldiers pursuing the attackers killed three ADF fighters in a firefight near the edge of the forest and recovered two rifles, the spokesperson added.
No soldiers were hurt in that encounter, he said.
The ADF, which has pledged allegiance to the Islamic State group, has been based in eastern Congo for more than two decades.
Its deadliest attack in Uganda in recent years came in June 2023, when fighters killed 42 people, most of them students, at a secondary school in Mpondwe, Kasese district.
Ugandan troops have been fighting the group inside Congo alongside the Congolese army since late 2021.
Across the border, the ADF has killed more than 100 people in Beni and Lubero territories in the past month alone, according to local civil society groups.
Residents of Kirindi said they had asked for a permanent army detachment after earlier sightings of armed men near the village.
The district security committee has imposed a night curfew on villages along the forest edge.
""", "2026-07-09", [
    E("Suspected ADF rebels raided Kirindi village, Bundibugyo, killing six civilians with machetes and guns and wounding two.",
      "2026-07-04", "'on Saturday night' before Thursday July 9, 2026", "Kirindi village", "Bundibugyo", "UG", "attack_on_civilians",
      "ADF", "civilians", killed=6, wounded=2,
      evidence="Six civilians, among them two women, were killed when suspected Allied Democratic Forces rebels raided Kirindi village in Bundibugyo district on Saturday night, the army said. [...] Two other villagers were wounded and are being treated at Bundibugyo hospital."),
    E("Ugandan soldiers pursuing the attackers killed three ADF fighters near the edge of the Semuliki forest; no soldiers hurt.",
      "2026-07-06", "'On Monday' before Thursday July 9, 2026", "edge of the Semuliki forest", "Bundibugyo", "UG", "battle",
      "Ugandan security forces", "ADF", killed=3, wounded=0,
      evidence="On Monday, soldiers pursuing the attackers killed three ADF fighters in a firefight near the edge of the forest and recovered two rifles, the spokesperson added. [...] No soldiers were hurt in that encounter, he said."),
], figures=[F("killed by the ADF in Beni and Lubero in the past month", 100, "Beni and Lubero",
              "Across the border, the ADF has killed more than 100 people in Beni and Lubero territories in the past month alone, according to local civil society groups.")],
    kind="events")

doc("b6_27", """
Poland bets on lasers and nets to stop drone swarms

WARSAW, 1 October 2026

Poland will spend about 2 billion zlotys over three years on counter-drone systems for airports, power plants and military bases, the defence ministry said this week.
The plan includes radar networks, jamming equipment, interceptor drones that catch targets in nets, and a prototype laser being tested at a range near Ustka.
Officials say the shock came in September 2025, when about 20 Russian drones crossed into Polish airspace during an attack on western Ukraine and NATO jets shot several of them down.
That night exposed a painful truth, a deputy minister said: firing a missile worth a million euros at a drone worth a few thousand cannot be a long-term answer.
The ministry also wants mobile teams armed with shotguns and heavy machine guns, copying tactics used by Ukrainian units against Shahed drones.
Polish firms have been invited to bid, and two of them already supply kamikaze drones to Ukraine.
Critics say the money is spread too thinly and that much of the equipment will not arrive before 2028.
Neighbouring Lithuania and Latvia are building similar systems and have discussed joint purchases.
Military analysts warn that a swarm attack of hundreds of drones could still overwhelm any single site.
The first laser test, against small quadcopters, is planned for the spring.
""", "2026-10-01", [], kind="empty")

doc("b6_28", """
Ecuador: nine killed in Guayaquil billiards hall attack; five arrested

GUAYAQUIL, Aug 20 (Wire) - Gunmen burst into a billiards hall in Guayaquil's Socio Vivienda neighbourhood on Sunday night and opened fire on customers, killing eight people at the scene, police said.
A ninth victim died in hospital on Monday, and five other people were wounded.
Police said the attack was part of a feud between the Los Lobos and Los Choneros gangs over control of drug sales in the area, and that some of the victims had no links to either group.
On Tuesday, police arrested five suspects in the neighbouring city of Duran and seized three rifles and a motorbike believed to have been used in the attack.
The interior minister said those detained belonged to Los Lobos.
Guayaquil and the surrounding Guayas province account for about half of Ecuador's homicides.
The country recorded more than 4,600 violent deaths in the first half of this year, according to police figures.
Ecuador declared an "internal armed conflict" in January 2024, after gunmen stormed a television studio during a live broadcast and gangs rioted in several prisons.
Since then, soldiers have patrolled the streets and taken over prison security, but killings have continued to rise.
Residents of Socio Vivienda said the billiards hall had been extorted by gang members for months.
The government has offered a reward for information on other members of the cell.
""", "2026-08-20", [
    E("Gunmen opened fire in a billiards hall in Socio Vivienda, Guayaquil: eight killed at the scene and a ninth in hospital, five wounded.",
      "2026-08-16", "'on Sunday night'; dateline Aug 20 (Thursday), 2026 from published", "billiards hall, Socio Vivienda, Guayaquil", "Guayas", "EC", "attack_on_civilians",
      "Los Lobos", "civilians", killed=9, wounded=5,
      evidence="Gunmen burst into a billiards hall in Guayaquil's Socio Vivienda neighbourhood on Sunday night and opened fire on customers, killing eight people at the scene, police said. [...] A ninth victim died in hospital on Monday, and five other people were wounded.",
      note="8 at the scene + 1 died later = 9; perpetrators named Los Lobos by the minister after the arrests"),
    E("Police arrested five suspects in Duran and seized rifles and a motorbike linked to the attack.",
      "2026-08-18", "'On Tuesday' before Thursday 2026-08-20", "Duran", "Guayas", "EC", "arrest",
      "Ecuadorian security forces", "Los Lobos", arrested=5,
      evidence="On Tuesday, police arrested five suspects in the neighbouring city of Duran and seized three rifles and a motorbike believed to have been used in the attack."),
], figures=[F("violent deaths in Ecuador in the first half of the year", 4600, "Ecuador",
              "The country recorded more than 4,600 violent deaths in the first half of this year, according to police figures.")],
    kind="events")

doc("b6_29", """
Five dead as Afghan and Pakistani forces clash at Torkham crossing

KABUL/PESHAWAR, 10 September 2026

Afghan and Pakistani border forces exchanged heavy fire at the Torkham crossing late on Tuesday, killing at least five troops and wounding several civilians, officials on both sides said.
Pakistan's military said two of its soldiers were killed, while a Taliban government spokesman said three Afghan border guards died.
Five civilians waiting at the crossing were wounded by mortar fragments, a hospital official in Landi Kotal said.
Each side accused the other of firing first after a dispute over the construction of a new border post.
The crossing, the busiest between the two countries, was closed on Wednesday, leaving hundreds of lorries stranded.
Relations have been tense since October 2025, when days of fighting along the border killed dozens of soldiers and civilians before a ceasefire was brokered.
Pakistan accuses the Taliban of sheltering Tehrik-i-Taliban Pakistan fighters, a charge Kabul denies.
Elsewhere in Afghanistan, the United Nations says unexploded ordnance left from four decades of war killed or maimed more than 400 children last year.
Traders in Jalalabad said the closure would push up the price of fresh produce within days.
Tribal elders from both sides of the border were meeting on Thursday to try to reopen the crossing.
""", "2026-09-10", [
    E("Afghan (Taliban) and Pakistani border forces exchanged fire at Torkham: two Pakistani soldiers and three Afghan border guards killed, five civilians wounded.",
      "2026-09-08", "'late on Tuesday'; dated Thursday 10 September 2026", "Torkham crossing", "Khyber Pakhtunkhwa", "PK", "battle",
      "Pakistani security forces", "Taliban", killed=5, wounded=5,
      evidence="Afghan and Pakistani border forces exchanged heavy fire at the Torkham crossing late on Tuesday, killing at least five troops and wounding several civilians, officials on both sides said. [...] Pakistan's military said two of its soldiers were killed, while a Taliban government spokesman said three Afghan border guards died. [...] Five civilians waiting at the crossing were wounded by mortar fragments, a hospital official in Landi Kotal said.",
      note="2 + 3 = 5 (each side's own losses); who fired first disputed, so actor order arbitrary; crossing straddles PK/AF"),
], figures=[F("children killed or maimed by unexploded ordnance in Afghanistan last year", 400, "Afghanistan",
              "Elsewhere in Afghanistan, the United Nations says unexploded ordnance left from four decades of war killed or maimed more than 400 children last year.")],
    kind="events")

doc("b6_30", """
Turkish drone kills three SDF fighters near Qamishli; clashes rage at Tishreen Dam

BEIRUT, Feb 27 (Wire) - A Turkish drone struck a car on the road between Qamishli and Amuda in north-eastern Syria on Tuesday, killing three fighters of the Kurdish-led Syrian Democratic Forces, the SDF said.
Turkey's defence ministry said its forces had "neutralised" three militants in northern Syria, without giving a location.
Fighting also continued around the Tishreen Dam on the Euphrates, where the SDF has been battling Turkish-backed factions since December.
On Sunday, five SDF fighters and 11 fighters of the Turkish-backed factions were killed in clashes near the dam, the Syrian Observatory for Human Rights said.
The factions claimed to have killed 30 SDF fighters in the fighting, a figure that could not be verified.
The Observatory says more than 500 people, most of them fighters, have been killed in the battles around the dam and the Qara Qozak bridge since they began.
Turkey regards the SDF's main component, the YPG, as an extension of the PKK, which has waged an insurgency inside Turkey since 1984.
The new authorities in Damascus, who took power after the fall of Bashar al-Assad in December, are negotiating with the SDF over integrating its forces into a national army.
Caption: Smoke rises over the Tishreen Dam area during shelling earlier this month.
Residents of villages near the dam have fled to Raqqa and Kobani.
Engineers have warned that damage to the dam could threaten towns downstream.
""", "2025-02-27", [
    E("Turkish drone struck a car on the Qamishli-Amuda road, killing three SDF fighters.",
      "2025-02-25", "'on Tuesday'; dateline Feb 27 (Thursday), 2025 from published", "road between Qamishli and Amuda", "Hasakah", "SY", "explosion",
      "Turkish Armed Forces", "Syrian Democratic Forces", killed=3,
      evidence="A Turkish drone struck a car on the road between Qamishli and Amuda in north-eastern Syria on Tuesday, killing three fighters of the Kurdish-led Syrian Democratic Forces, the SDF said."),
    E("Clashes near the Tishreen Dam: five SDF and 11 Turkish-backed faction fighters killed.",
      "2025-02-23", "'On Sunday' before Thursday 2025-02-27", "near the Tishreen Dam", "Aleppo", "SY", "battle",
      "Turkish-backed Syrian rebels", "Syrian Democratic Forces", killed=16,
      evidence="On Sunday, five SDF fighters and 11 fighters of the Turkish-backed factions were killed in clashes near the dam, the Syrian Observatory for Human Rights said.",
      note="5 + 11 = 16 (SOHR); the factions' claim of 30 not used"),
], figures=[F("killed around the Tishreen Dam and Qara Qozak bridge since December", 500, "Tishreen Dam",
              "The Observatory says more than 500 people, most of them fighters, have been killed in the battles around the dam and the Qara Qozak bridge since they began.")],
    kind="events")

doc("b6_31", """
NEWS RELEASE
Two children wounded by landmine on their way to school in Briceno

Bogota, 9 May 2024 - The Colombian Campaign to Ban Landmines condemns the explosion of an anti-personnel mine that wounded two children, aged nine and 12, on a path leading to a rural school in Briceno, Antioquia, on Saturday.
The children were walking to a weekend catechism class when one of them stepped on the device, according to community leaders.
Both were airlifted to a hospital in Medellin; the younger child lost part of his left foot.
The area around Briceno is disputed by FARC dissident fronts and the Clan del Golfo, and new mines have been laid there in recent months.
Late last month, a soldier lost a leg when he stepped on a mine while on patrol in El Tambo, Cauca.
According to official figures, 112 people were victims of anti-personnel mines and unexploded ordnance in Colombia in 2023, of whom 18 died.
Since 1990, more than 12,000 Colombians have been killed or injured by landmines, making the country one of the most contaminated in the world.
Demining teams declared 16 municipalities free of suspected mines last year, but in others the armed groups are laying new ones faster than they can be removed.
We call on all armed groups to stop using these indiscriminate weapons and to give information on the location of mined areas.
We also ask the national government to guarantee medical care and rehabilitation for survivors in rural areas.
Contact: press office, Bogota.
""", "2024-05-09", [
    E("A landmine on a path to a rural school in Briceno wounded two children aged nine and 12.",
      "2024-05-04", "'on Saturday' before Thursday 9 May 2024", "path to a rural school, Briceno", "Antioquia", "CO", "explosion",
      "unknown", "civilians", wounded=2,
      evidence="The Colombian Campaign to Ban Landmines condemns the explosion of an anti-personnel mine that wounded two children, aged nine and 12, on a path leading to a rural school in Briceno, Antioquia, on Saturday.",
      note="mine not attributed; no death reported, but no 'nobody killed' either: killed null"),
    E("A soldier lost a leg when he stepped on a mine on patrol in El Tambo, Cauca.",
      None, "'Late last month' (April 2024); no day", "El Tambo", "Cauca", "CO", "explosion",
      "unknown", "Colombian security forces", wounded=1,
      evidence="Late last month, a soldier lost a leg when he stepped on a mine while on patrol in El Tambo, Cauca.",
      note="vague date", optional=True),
], figures=[F("landmine and UXO victims in Colombia in 2023", 112, "Colombia",
              "According to official figures, 112 people were victims of anti-personnel mines and unexploded ordnance in Colombia in 2023, of whom 18 died."),
            F("killed or injured by landmines in Colombia since 1990", 12000, "Colombia",
              "Since 1990, more than 12,000 Colombians have been killed or injured by landmines, making the country one of the most contaminated in the world.")],
    kind="events")

doc("b6_32", """
Blast damages canal in north Kosovo; three arrested

PRISTINA, Thursday 12 November 2026 - An explosion damaged a section of a water supply canal near Zubin Potok in northern Kosovo late on Friday night, cutting water to thousands of homes, police said.
Nobody was injured in the blast, which tore a hole about three metres wide in the concrete channel.
Kosovo police arrested three suspects in North Mitrovica on Tuesday and seized explosives, detonators and two hunting rifles, the interior minister told a news conference.
He described the attack as an act of terrorism aimed at destabilising the country.
Serbia's government denied any involvement and accused Pristina of using the incident to justify a crackdown on Serbs in the north.
The canal, which supplies drinking water to Pristina and cooling water to two power plants, was also hit by an explosion in November 2024.
Tensions in the north have remained high since September 2023, when about 30 armed Serbs attacked police in the village of Banjska in a shootout that left four people dead.
The NATO-led KFOR mission said it had increased patrols around key infrastructure.
Water supplies were partly restored on Monday after engineers built a temporary bypass.
The European Union called on both sides to cooperate with the investigation.
""", "2026-11-12", [
    E("An explosion tore a hole in a water supply canal near Zubin Potok; nobody injured.",
      "2026-11-06", "'late on Friday night' before Thursday 12 November 2026", "water supply canal near Zubin Potok", "Mitrovica", "XK", "explosion",
      "unknown", "none", killed=0, wounded=0,
      evidence="An explosion damaged a section of a water supply canal near Zubin Potok in northern Kosovo late on Friday night, cutting water to thousands of homes, police said. [...] Nobody was injured in the blast, which tore a hole about three metres wide in the concrete channel.",
      note="sabotage; XK as commonly used for Kosovo"),
    E("Kosovo police arrested three suspects in North Mitrovica and seized explosives and rifles.",
      "2026-11-10", "'on Tuesday' before Thursday 12 November 2026", "North Mitrovica", "Mitrovica", "XK", "arrest",
      "Kosovar security forces", "unknown", arrested=3,
      evidence="Kosovo police arrested three suspects in North Mitrovica on Tuesday and seized explosives, detonators and two hunting rifles, the interior minister told a news conference."),
], kind="events")

doc("b6_33", """
Four Maoists killed in Abujhmarh encounter, two jawans hurt in Bijapur IED blast

Raipur, September 23, 2025

Four Maoists, including a woman cadre carrying a reward of Rs 8 lakh, were killed in an encounter with security forces in the Abujhmarh forests of Narayanpur district on Monday, police said.
The gunfight broke out in the morning when a joint team of the District Reserve Guard and the Special Task Force was searching the area on a tip-off, the Bastar range Inspector General said.
Two AK-47 rifles, a self-loading rifle and explosives were recovered from the spot.
No security personnel were injured in the encounter, he said.
Police said the four Maoists killed on Monday belonged to the outfit's Kutul area committee.
On Sunday, two CRPF jawans were injured when an IED planted by Maoists went off during an area domination exercise near Usoor in Bijapur district.
Both were airlifted to Raipur and are out of danger, officials said.
With Monday's encounter, 247 Maoists have been killed in separate encounters in Chhattisgarh so far this year, the IG said.
The Centre has set March 2026 as the deadline to end left-wing extremism in the country.
Security forces have set up dozens of new camps deep inside the Bastar forests since 2024, and officials say the rebels' top leadership has been badly weakened.
Rights activists have questioned some of the encounters and demanded independent inquiries.
In April 2021, 22 security personnel were killed in a Maoist ambush at Tekalguda in Bijapur, one of the worst attacks in recent years.
""", "2025-09-23", [
    E("Security forces killed four Maoists, including a woman cadre, in an encounter in the Abujhmarh forests of Narayanpur; no personnel injured.",
      "2025-09-22", "'on Monday'; dated Tuesday September 23, 2025", "Abujhmarh forests", "Chhattisgarh", "IN", "battle",
      "Indian security forces", "Maoists", killed=4, wounded=0,
      evidence="Four Maoists, including a woman cadre carrying a reward of Rs 8 lakh, were killed in an encounter with security forces in the Abujhmarh forests of Narayanpur district on Monday, police said. [...] No security personnel were injured in the encounter, he said.",
      note="told again in paragraph five ('the four Maoists killed on Monday')"),
    E("A Maoist IED went off near Usoor, Bijapur, injuring two CRPF jawans.",
      "2025-09-21", "'On Sunday' before Tuesday September 23, 2025", "near Usoor", "Chhattisgarh", "IN", "explosion",
      "Maoists", "Indian security forces", wounded=2,
      evidence="On Sunday, two CRPF jawans were injured when an IED planted by Maoists went off during an area domination exercise near Usoor in Bijapur district."),
], figures=[F("Maoists killed in encounters in Chhattisgarh so far this year", 247, "Chhattisgarh",
              "With Monday's encounter, 247 Maoists have been killed in separate encounters in Chhattisgarh so far this year, the IG said.")],
    kind="events")

doc("b6_34", """
Jonglei cattle raid toll rises to 31

BOR - The number of people killed in a cattle raid on Duk Padiet in Jonglei State on Sunday has risen to 31, the county commissioner said on Tuesday, after search teams found more bodies in the swamps.
On Monday, officials had put the toll at 23.
Seventeen people were wounded, several of them children, and about 4,000 head of cattle were taken.
The commissioner blamed armed youth from the Greater Pibor Administrative Area, who he said had walked for several days to reach the settlement.
Leaders in Pibor denied that their youth were involved and called for an independent investigation.
Also on Tuesday, gunmen ambushed a convoy carrying food aid on the Bor-Pibor road, killing a lorry driver, an aid agency said.
Revenge raids between communities in Jonglei and Pibor have killed hundreds of people in recent years; in 2020 alone, more than 600 people died in a single wave of attacks.
The UN mission in South Sudan said it had sent peacekeepers to Duk Padiet to protect people who had fled to the county headquarters.
Cattle are the main store of wealth in the region, and raids often start in the dry season when herders move to the river.
Church leaders appealed for calm and urged the government to disarm the youth of all communities.
The state governor is expected to visit Duk Padiet later this week.
""", None, [
    E("Armed youth (blamed on Pibor) raided Duk Padiet, killing 31 (first put at 23), wounding 17 and taking about 4,000 cattle.",
      None, "'on Sunday'; no publication date", "Duk Padiet", "Jonglei", "SS", "attack_on_civilians",
      "Pibor armed youth", "civilians", killed=31, wounded=17,
      evidence="The number of people killed in a cattle raid on Duk Padiet in Jonglei State on Sunday has risen to 31, the county commissioner said on Tuesday, after search teams found more bodies in the swamps. [...] On Monday, officials had put the toll at 23. [...] Seventeen people were wounded, several of them children, and about 4,000 head of cattle were taken.",
      note="toll revised 23 -> 31 (a correction, not a conflict); Pibor leaders deny"),
    E("Gunmen ambushed a food aid convoy on the Bor-Pibor road, killing a lorry driver.",
      None, "'on Tuesday'; no publication date", "Bor-Pibor road", "Jonglei", "SS", "attack_on_civilians",
      "unknown", "civilians", killed=1,
      evidence="Also on Tuesday, gunmen ambushed a convoy carrying food aid on the Bor-Pibor road, killing a lorry driver, an aid agency said."),
], kind="events")

doc("b6_35", """
Sri Lanka marks seven years since Easter Sunday bombings

COLOMBO, Tuesday, April 21, 2026 - Church bells rang across Sri Lanka on Tuesday as the country marked seven years since the Easter Sunday suicide bombings that killed 269 people at three churches and three luxury hotels.
Services were held at St Anthony's Shrine in Kochchikade and St Sebastian's Church in Negombo, two of the churches hit on April 21, 2019.
Survivors lit candles at the exact minute the first bomb went off during morning Mass.
The attacks were carried out by nine suicide bombers from a local Islamist group, National Thowheeth Jama'ath, which had pledged loyalty to the Islamic State.
More than 500 people were wounded, and dozens of foreign tourists were among the dead.
In the weeks after the bombings, police arrested hundreds of suspects, and riots against Muslim-owned shops broke out in several towns in the north-west.
A presidential commission later found that senior officials had ignored detailed intelligence warnings before the attacks.
The Catholic Church has long accused successive governments of covering up the full story of who was behind the bombings.
"Seven years on, we still do not have the truth," the Archbishop of Colombo said in his homily.
The government said a new investigation unit had reopened several lines of inquiry and would report to parliament this year.
Dozens of the accused remain on trial in a special court in Colombo, where proceedings have been repeatedly delayed.
""", "2026-04-21", [], kind="empty")

doc("b6_36", """
Seven bus passengers shot dead on Kalat highway; four attackers killed in follow-up raid

QUETTA: Gunmen stopped a passenger bus on the N-25 highway near Kalat on Monday night, checked the identity cards of those on board and shot dead seven men from Punjab, officials said.
The bus was travelling from Quetta to Karachi when about a dozen armed men blocked the road with a burning lorry, the deputy commissioner said.
Two other passengers were wounded and taken to the district hospital in Kalat.
The banned Baloch Liberation Army claimed responsibility for the killings.
On Wednesday, security forces killed four militants involved in the attack during an intelligence-based operation in the Mangochar area, the military's media wing said.
A soldier was injured in the exchange of fire, it added.
The military said 11 people had been killed in the two incidents, including the four attackers.
Attacks on travellers from Punjab have become a hallmark of the Baloch insurgency, which seeks independence for the resource-rich province.
In March 2025, BLA fighters hijacked the Jaffar Express train near Sibi, in an attack and rescue operation in which dozens of hostages and militants died.
Highway travel after dark has been banned on several routes in the province since then, but the ban is often ignored.
The Balochistan chief minister condemned the killings and promised the families compensation.
Transporters in Quetta suspended night services on the Karachi route in protest at the lack of security.

Published in the Balochistan edition, October 22, 2026
""", "2026-10-22", [
    E("BLA gunmen stopped a Quetta-Karachi bus on the N-25 near Kalat, checked ID cards and shot dead seven men from Punjab; two wounded.",
      "2026-10-19", "'on Monday night' before Thursday October 22, 2026", "N-25 highway near Kalat", "Balochistan", "PK", "attack_on_civilians",
      "Baloch Liberation Army", "civilians", killed=7, wounded=2,
      evidence="Gunmen stopped a passenger bus on the N-25 highway near Kalat on Monday night, checked the identity cards of those on board and shot dead seven men from Punjab, officials said. [...] Two other passengers were wounded and taken to the district hospital in Kalat. [...] The banned Baloch Liberation Army claimed responsibility for the killings."),
    E("Security forces killed four militants involved in the bus attack in an operation in Mangochar; one soldier injured.",
      "2026-10-21", "'On Wednesday' before Thursday October 22, 2026", "Mangochar", "Balochistan", "PK", "battle",
      "Pakistani security forces", "Baloch Liberation Army", killed=4, wounded=1,
      evidence="On Wednesday, security forces killed four militants involved in the attack during an intelligence-based operation in the Mangochar area, the military's media wing said. [...] A soldier was injured in the exchange of fire, it added."),
], figures=[F("killed in the two incidents (bus attack and follow-up raid)", 11, "Kalat",
              "The military said 11 people had been killed in the two incidents, including the four attackers.",
              note="= 7 + 4")],
    kind="events")

# @@REPORTS@@


def sentences(text):
    parts = [p for p in re.split(r"(?<=[.!?\"”])\s+|\n+", text) if len(p.strip()) > 3]
    return len(parts)


def check():
    errors = []
    ids = set()
    for d in DOCS:
        i = d["id"]
        if i in ids:
            errors.append(f"{i}: duplicate id")
        ids.add(i)
        text = d["text"]
        n = sentences(text)
        if not 8 <= n <= 25:
            errors.append(f"{i}: {n} sentences")
        pub = d["published"]
        if pub:
            datetime.date.fromisoformat(pub)
        # weekday + date written in the text must agree
        for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s) (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
            dt = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if WEEKDAYS[dt.weekday()] != m.group(1):
                errors.append(f"{i}: text says {m.group(0)!r} but it is a {WEEKDAYS[dt.weekday()]}")
        for m in re.finditer(r"\b(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
            dt = datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
            if WEEKDAYS[dt.weekday()] != m.group(1):
                errors.append(f"{i}: text says {m.group(0)!r} but it is a {WEEKDAYS[dt.weekday()]}")
        if d["kind"] == "empty" and d["events"]:
            errors.append(f"{i}: marked empty but has events")
        if d["kind"] == "events" and not 1 <= len(d["events"]) <= 4:
            errors.append(f"{i}: {len(d['events'])} events")
        for k, ev in enumerate(d["events"]):
            tag = f"{i}#{k}"
            if ev["type"] not in TYPES:
                errors.append(f"{tag}: bad type {ev['type']}")
            for piece in ev["evidence"].split(" [...] "):
                if not piece or piece not in text:
                    errors.append(f"{tag}: evidence not verbatim: {piece[:70]!r}")
            if ev["date"]:
                dt = datetime.date.fromisoformat(ev["date"])
                if pub and dt > datetime.date.fromisoformat(pub):
                    errors.append(f"{tag}: date after publication")
                quoted = re.findall(r"'([^']*)'", ev["date_note"])
                for q in quoted[:1]:
                    m = re.search("|".join(WEEKDAYS), q)
                    if m and WEEKDAYS[dt.weekday()] != m.group(0):
                        errors.append(f"{tag}: note says {m.group(0)}, date is a {WEEKDAYS[dt.weekday()]}")
            for lo, hi in (("killed", "killed_high"), ("wounded", "wounded_high")):
                if ev[hi] is not None and (ev[lo] is None or ev[hi] < ev[lo]):
                    errors.append(f"{tag}: {lo}/{hi} disordered")
            if ev["country"] is None or len(ev["country"]) != 2:
                errors.append(f"{tag}: country")
        for f in d["figures"]:
            for piece in f["evidence"].split(" [...] "):
                if piece not in text:
                    errors.append(f"{i} figure: evidence not verbatim: {piece[:70]!r}")
    return errors


def main():
    errors = check()
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fd, \
            open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fg:
        for d in DOCS:
            rec = {"id": d["id"], "text": d["text"]}
            if d["url"]:
                rec["url"] = d["url"]
            if d["published"]:
                rec["published"] = d["published"]
            fd.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                 "events": d["events"], "figures": d["figures"]},
                                ensure_ascii=False) + "\n")
    nev = sum(len(d["events"]) for d in DOCS)
    nopt = sum(1 for d in DOCS for e in d["events"] if e.get("optional"))
    nempty = sum(1 for d in DOCS if not d["events"])
    countries = sorted({e["country"] for d in DOCS for e in d["events"]} |
                       {c for d in DOCS for c in ([d["kind_country"]] if d.get("kind_country") else [])})
    print(f"{len(DOCS)} reports, {nempty} with no event, {nev} events ({nopt} optional), "
          f"{sum(len(d['figures']) for d in DOCS)} figures; event countries: {' '.join(countries)}")


if __name__ == "__main__":
    main()
