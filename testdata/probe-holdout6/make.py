#!/usr/bin/env python3
"""Build the probe-holdout6 set: invented news-like reports and their gold.

Run from this folder: python3 make.py
Writes docs.jsonl and gold.jsonl after checking every report and event.
"""
import datetime
import json
import random
import re
import sys

TYPES = {"battle", "explosion", "territory_gain", "attack_on_civilians", "arrest", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

REPORTS = []


def report(key, published, url, text, events=(), figures=()):
    REPORTS.append({"key": key, "published": published, "url": url,
                    "text": text.strip("\n"), "events": list(events), "figures": list(figures)})


def ev(summary, date, date_note, place, admin, country, type, actor1, actor2,
       killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="",
       note=None, optional=False, arrested=None):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": type, "actor1": actor1,
         "actor2": actor2, "killed": killed, "killed_high": killed_high,
         "wounded": wounded, "wounded_high": wounded_high, "evidence": evidence}
    if note:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


# ---------------------------------------------------------------- reports
report("a01", "2026-11-10", "https://wire.example.org/world/africa/2026/11/10/nigeria-marte-base-attack",
"""Nine soldiers killed as jihadists storm Nigerian base in Marte

MAIDUGURI, Nigeria, Nov 10 (Wire) - Jihadist fighters stormed a military base in Marte in Nigeria's northeastern Borno state late on Sunday, killing nine soldiers in a battle that lasted several hours, two military sources said on Tuesday.

The attackers arrived in gun trucks from the direction of Lake Chad and opened fire on the base shortly after dusk, the sources said, asking not to be named because they were not authorised to speak to the press.

Seventeen soldiers were wounded, and eleven of them were still in hospital in Maiduguri on Tuesday, one of the sources said.

Residents of Marte who returned to the town on Monday morning said they counted 14 bodies of insurgents near the perimeter trench.

Islamic State West Africa Province (ISWAP) said in a statement on its Amaq outlet that its fighters had killed 30 soldiers in the assault, a figure the army did not address.

Army spokesman Kayode Adebanjo said troops had "repelled a coordinated attack" on the Marte base and that reinforcements had reached the town by air.

The Marte base, which guards a road that farmers use to reach fields near the lake, was overrun by insurgents in 2021 and has been attacked repeatedly since.

The assault came two days after a roadside bomb tore through a civilian minibus on the Maiduguri-Damboa road on Friday, killing four passengers, police said.

Police blamed that blast on ISWAP, which has planted mines along the road for years.

Borno has been the centre of an insurgency that began in 2009 and has killed tens of thousands of people and driven more than two million from their homes.

In June 2024, a string of suicide bombings in the town of Gwoza killed 32 people at a wedding, a funeral and a hospital.

Read more: Nigeria's army chief promises to "end the war in the lake" by next year
""",
[ev("ISWAP fighters stormed the Marte military base late on Sunday; nine soldiers killed, 17 wounded, and residents counted 14 insurgent bodies.",
    "2026-11-08", "'late on Sunday'; dateline Nov 10 and published 2026-11-10 (a Tuesday)",
    "military base, Marte", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
    killed=23, wounded=17,
    evidence="Jihadist fighters stormed a military base in Marte in Nigeria's northeastern Borno state late on Sunday, killing nine soldiers in a battle that lasted several hours, two military sources said on Tuesday. [...] Seventeen soldiers were wounded, and eleven of them were still in hospital in Maiduguri on Tuesday, one of the sources said. [...] Residents of Marte who returned to the town on Monday morning said they counted 14 bodies of insurgents near the perimeter trench. [...] Islamic State West Africa Province (ISWAP) said in a statement on its Amaq outlet that its fighters had killed 30 soldiers in the assault, a figure the army did not address.",
    note="23 = 9 soldiers + 14 insurgent bodies counted by residents; ISWAP's claim of 30 not used; 11 of 17 wounded still in hospital"),
 ev("A roadside bomb hit a civilian minibus on the Maiduguri-Damboa road on Friday, killing four passengers; police blamed ISWAP.",
    "2026-11-06", "'on Friday', two days before the Sunday attack; published 2026-11-10",
    "Maiduguri-Damboa road", "Borno", "NG", "explosion", "Boko Haram", "civilians",
    killed=4,
    evidence="The assault came two days after a roadside bomb tore through a civilian minibus on the Maiduguri-Damboa road on Friday, killing four passengers, police said. [...] Police blamed that blast on ISWAP, which has planted mines along the road for years.")])

report("a02", "2026-10-15", "https://balkanwire.example.com/en/bosnia/court-sentences-former-soldier-over-1992-killings",
"""Bosnian court jails former soldier for 1992 killings of villagers near Foca

SARAJEVO, October 15 - The Court of Bosnia and Herzegovina on Thursday sentenced a former member of a Bosnian Serb unit to 14 years in prison for his part in the killing of civilians in a village near Foca in the summer of 1992.

Judges found that Milorad Tesanovic, 58, took part in an attack on the hamlet of Kozja Luka in which at least 11 Bosniak men were shot and their houses set on fire.

Prosecutors had said the men were lined up behind a barn and killed with automatic rifles, and that two survivors escaped by feigning death among the bodies.

One of the survivors told the court last year how he lay under his brother's body for hours before crawling into the forest after dark.

The verdict said Tesanovic was not the commander of the unit but had guarded the victims and fired at them together with other soldiers.

His lawyer, Dragan Kos, said he would appeal, arguing that the evidence rested on the memories of witnesses who had been terrified and wounded at the time.

Tesanovic was arrested in Serbia in 2023 and handed over to Bosnia after a long extradition case.

More than 100,000 people were killed in the 1992-95 war in Bosnia, and the Foca area was the scene of some of its worst crimes against civilians, including mass rapes and the detention of hundreds of men in the town's prison.

Associations of victims' families, who filled the courtroom, said the sentence was too short for a man who had helped to massacre their relatives.

"Thirty-four years we waited to hear a judge say what happened in Kozja Luka," said Hajra Begovic, whose husband and two sons were among the dead.

The remains of three of the victims have never been found, and a search of a ravine above the village is planned for next spring.
""")

report("a03", "2026-09-18", "https://www.newsradio.example.eu/europe/ukraine-interceptor-drones-explainer",
"""How Ukraine learned to shoot down drones with drones

Ukraine is now building tens of thousands of small interceptor drones a month, cheap machines designed to ram and destroy the Russian attack drones that fly at its cities every night.

Caption: A soldier launches an interceptor drone during a demonstration for journalists at a test range outside Kyiv.

The idea is simple. A Shahed-type attack drone costs Russia tens of thousands of dollars, and shooting one down with an air-defence missile can cost Ukraine ten or twenty times as much.

An interceptor, built from plastic, a small motor and a camera, costs a few thousand dollars and can chase the slower Shahed down before it reaches its target.

Read more: Drone wall or drone sieve? Europe debates how to protect its eastern border

On Monday, at the test range, an operator wearing goggles steered one of the machines into a foam target towed by another drone, and the target burst apart in a puff of debris.

"Last year we were happy if we hit one in ten," said the operator, a former IT worker who gave only his call sign, Bober. "Now it is more like six in ten."

Ukraine's air force says Russia launched more than 5,000 long-range drones in August alone, a figure that has roughly doubled in a year.

The attacks have killed hundreds of civilians since the start of the full-scale invasion, and in one strike on a residential block in Ternopil last autumn dozens of people died.

Air-defence units still rely on mobile fire groups with machine guns, searchlights and old anti-aircraft cannon to finish off what the interceptors miss.

Caption: Volunteers assemble interceptor frames at a workshop in western Ukraine; the location is withheld for security reasons.

Manufacturers say the bottleneck is no longer money but trained pilots, since each operator needs weeks of practice before he can bring down a target at night.

Russia, for its part, has started fitting its drones with rear-facing cameras and jet engines to outrun the interceptors, turning the sky over Ukraine into a laboratory for a new kind of air war.

Read more: Inside the factory where Ukraine builds its long-range strike drones
""",
figures=[fig("long-range drones launched by Russia in August", 5000, "Ukraine",
             "Ukraine's air force says Russia launched more than 5,000 long-range drones in August alone, a figure that has roughly doubled in a year.",
             note="'more than'; monthly total")])

report("a04", "2026-10-05", "https://www.asiabroadcast.example.com/news/myanmar-sagaing-airstrike-kani",
"""Myanmar: airstrike on Sagaing village kills at least 18, toll rises

Myanmar's military carried out an airstrike on a village in the central Sagaing region on Saturday, killing at least 18 people, among them seven children, residents and a local resistance group said.

The strike hit Nyaung Pin Thar village in Kani township at around 2pm, when many families were gathered for a novice-monk initiation ceremony.

A first count on Saturday evening put the dead at 11, but the toll rose to 18 on Sunday as rescuers pulled more bodies from the ruins of a monastery hall, a volunteer told us.

About 30 people were wounded, and 12 of them remain in a clinic in a neighbouring township, where doctors lack blood and painkillers.

Caption: Villagers search the rubble of the monastery hall in Nyaung Pin Thar on Sunday.

The military, which seized power in a coup in February 2021, did not respond to requests for comment.

It has previously said that it targets only "terrorist" resistance fighters, the label it gives to the People's Defence Forces (PDF) and other armed groups opposed to its rule.

Sagaing has seen some of the heaviest bombing of the civil war, including an April 2023 airstrike on a gathering in Pazigyi village that killed more than 160 people.

Read more: Myanmar's junta holds elections in areas it controls as fighting rages

Separately, resistance forces said on Thursday that they had captured the town of Pinlebu in northern Sagaing after weeks of fighting.

A spokesman for a local PDF battalion said fighters had taken the town's police station and the administration office, and that soldiers had fled towards the Chindwin river.

The military's information team said its troops still held positions around Pinlebu and called the claim "propaganda".

Aid groups say more than three million people are displaced across Myanmar, and that bombings of villages have increased since the military began trying to retake territory ahead of its planned votes.
""",
[ev("Military airstrike on Nyaung Pin Thar village, Kani township, killed at least 18 (7 children) during a monk initiation ceremony; about 30 wounded.",
    "2026-10-03", "'on Saturday'; published 2026-10-05 (a Monday)",
    "Nyaung Pin Thar, Kani township", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians",
    killed=18, wounded=30,
    evidence="Myanmar's military carried out an airstrike on a village in the central Sagaing region on Saturday, killing at least 18 people, among them seven children, residents and a local resistance group said.\n\nThe strike hit Nyaung Pin Thar village in Kani township at around 2pm, when many families were gathered for a novice-monk initiation ceremony.\n\nA first count on Saturday evening put the dead at 11, but the toll rose to 18 on Sunday as rescuers pulled more bodies from the ruins of a monastery hall, a volunteer told us.\n\nAbout 30 people were wounded, and 12 of them remain in a clinic in a neighbouring township, where doctors lack blood and painkillers.",
    note="first count 11, updated to 18 (update, not a conflict); 12 of about 30 wounded still in a clinic"),
 ev("Resistance forces (PDF) said they captured Pinlebu town, including the police station and administration office; the military denied it.",
    None, "'said on Thursday' is the reporting day; capture day not stated",
    "Pinlebu", "Sagaing", "MM", "territory_gain", "People's Defense Forces", "Myanmar security forces",
    evidence="Separately, resistance forces said on Thursday that they had captured the town of Pinlebu in northern Sagaing after weeks of fighting.\n\nA spokesman for a local PDF battalion said fighters had taken the town's police station and the administration office, and that soldiers had fled towards the Chindwin river.",
    note="claim denied by the military ('propaganda')")])

report("a05", "2026-11-27", "https://caucasus-online.example.ge/en/politics/opposition-rally-warning",
"""Georgia's interior ministry warns of arrests ahead of weekend opposition rally

Georgia's interior ministry warned on Friday that anyone who tries to block roads or "storm state buildings" during an opposition rally in Tbilisi this weekend will be detained and could face years in prison.

The warning came a day after four opposition parties called on supporters to gather outside parliament on Rustaveli Avenue on Saturday evening, two years after the start of the nightly protests that shook the country in late 2024.

"Any attempt to seize administrative buildings or attack police officers will be met with the full force of the law," deputy interior minister Giorgi Beridze said in a televised statement.

Under amendments adopted by parliament in the spring, covering one's face at a rally or blocking a road can bring a fine of 5,000 lari or detention of up to 60 days.

Opposition leaders accused the ruling Georgian Dream party of trying to frighten people into staying at home.

"They want to turn every citizen into a suspect," one of the four parties said in a statement, recalling that hundreds of protesters were detained and dozens beaten by riot police during the demonstrations two years ago.

Rights groups say more than 60 people are still serving prison sentences over those protests, some of them for throwing stones or fireworks at police lines.

The ombudsman's office said it would send monitors to the rally and urged both sides to avoid violence.

Georgian Dream, which won parliamentary elections in October 2024 that the opposition says were rigged, has accused its rivals of plotting a "revolution" with foreign backing.

Western governments have criticised the crackdown, and the European Union has suspended visa-free travel for Georgian diplomats.

The rally is due to start at 7pm local time on Saturday, and organisers say they expect tens of thousands of people.
""")

report("a06", "2026-08-24", "https://www.kosovo-daily.example.net/en/north-leposavic-explosion-arrests",
"""Blast damages police station in Leposavic, three arrested in Zvecan

An explosive device went off outside a Kosovo police station in the northern town of Leposavic late on Saturday, damaging a wall and two parked police vehicles but injuring nobody, police said.

Police spokesman Besnik Krasniqi said the device had been thrown over the fence at about 11.40pm, when six officers were on duty inside the building.

"Nobody was hurt, but the intention was clearly to kill police officers," Krasniqi said at a press conference on Sunday.

On Sunday afternoon, police special units arrested three men in a house in Zvecan and seized two automatic rifles, hand grenades and a drone, he said.

The three, all Kosovo Serbs aged between 24 and 37, are suspected of involvement in the Leposavic blast and have been held for 48 hours on a prosecutor's order.

Belgrade condemned the arrests as "a new act of terror against the Serbian people", while Pristina accused Serbia of arming groups in the north.

The north of Kosovo, where most of the population is Serb, has been tense since a Kosovo police sergeant was killed in an ambush near the village of Banjska in September 2023, which led to a day-long gun battle at a monastery in which three Serb gunmen were also killed.

In November 2024, an explosion damaged a canal that supplies water to much of Kosovo, an attack that Pristina blamed on Serbia.

Read more: EU envoy to hold talks with Kosovo and Serbia leaders next month

NATO's peacekeeping force KFOR said it had increased patrols around Leposavic and Zvecan and was in contact with both sides.

Kosovo, a former Serbian province, declared independence in 2008, a step Belgrade still refuses to recognise.
""",
[ev("An explosive device thrown over the fence damaged the Kosovo police station in Leposavic and two police vehicles; nobody was hurt.",
    "2026-08-22", "'late on Saturday'; published 2026-08-24 (a Monday)",
    "police station, Leposavic", "Mitrovica", "XK", "explosion", "unknown", "Kosovo security forces",
    killed=0, wounded=0,
    evidence="An explosive device went off outside a Kosovo police station in the northern town of Leposavic late on Saturday, damaging a wall and two parked police vehicles but injuring nobody, police said.",
    note="'injuring nobody' -> 0/0"),
 ev("Kosovo police special units arrested three men in Zvecan suspected over the Leposavic blast and seized rifles, grenades and a drone.",
    "2026-08-23", "'On Sunday afternoon'; published 2026-08-24 (a Monday)",
    "Zvecan", "Mitrovica", "XK", "arrest", "Kosovo security forces", "unknown",
    evidence="On Sunday afternoon, police special units arrested three men in a house in Zvecan and seized two automatic rifles, hand grenades and a drone, he said.",
    arrested=3)])
report("a07", "2026-03-12", "https://healthdesk.example.ng/lassa-fever-deaths-rise-2026",
"""Lassa fever death toll climbs to 112 as outbreak hits 18 states

Lassa fever has killed 112 people in Nigeria since the start of the year, the Nigeria Centre for Disease Control and Prevention (NCDC) said on Thursday, as the seasonal outbreak tore through villages in the south and the north-east.

The agency's weekly situation report recorded 641 confirmed cases in 18 states, with Ondo, Edo and Bauchi accounting for more than two thirds of them.

The case fatality rate stands at 17.5 per cent, higher than at the same point last year, the report said.

Five health workers were among those infected this year, and two of them died after treating patients at a teaching hospital in Owo before the disease was recognised.

The virus is carried by multimammate rats, which invade homes and contaminate food in the dry season, when the outbreak usually peaks.

"We are fighting on two fronts: the rats in the barns and the late arrival of patients at hospital," said Dr Amaka Eze, an NCDC director.

He said rapid response teams had been deployed to the worst-hit local government areas and that isolation centres in Irrua and Owo were running short of beds.

Doctors urged people to store grain in sealed containers and to go to a clinic at the first sign of a fever that does not respond to malaria drugs.

Lassa fever, first identified in the town of Lassa in Borno state in 1969, kills hundreds of Nigerians in bad years.

In 2024, the outbreak killed about 190 people, according to the agency's end-of-year figures.

Health officials warned that the attack rate could rise further in the coming weeks as farmers burn fields before planting, driving rodents into homes.
""",
figures=[fig("deaths from Lassa fever in Nigeria since the start of 2026", 112, "Nigeria",
             "Lassa fever has killed 112 people in Nigeria since the start of the year, the Nigeria Centre for Disease Control and Prevention (NCDC) said on Thursday, as the seasonal outbreak tore through villages in the south and the north-east.",
             note="disease, not conflict")])

report("a08", "2026-07-21", "https://sahelnews.example.com/mali/convoy-ambush-hombori",
"""Mali: six soldiers killed in ambush on supply convoy near Hombori

BAMAKO (Wire) - Six Malian soldiers were killed and nine wounded when jihadists ambushed a supply convoy on the road between Boni and Hombori on Sunday, the army said in a statement on Tuesday.

The convoy of fuel tankers and lorries escorted by troops was attacked with an improvised explosive device and then with heavy machine-gun fire about 30 kilometres east of Boni, the statement said.

The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) said in a message posted on social media that its fighters had killed 30 soldiers and seized four vehicles.

The army did not comment on that claim, which could not be verified.

It said its air force then carried out strikes on the fleeing attackers in the area, "neutralising about twenty terrorists", without saying where exactly the strikes took place.

A local official in Hombori said several of the tankers had been set on fire and that the road remained closed on Tuesday.

JNIM has been blockading fuel deliveries to southern and central Mali since September 2025, attacking convoys that travel from Senegal and Ivory Coast and causing long shortages in Bamako.

The group has also besieged towns in the centre of the country for years, cutting them off from their markets and fields.

Mali's military government, which took power in coups in 2020 and 2021, expelled French troops and turned to Russian forces for help, but attacks have continued across the north and centre.

In one of the deadliest attacks on the army, more than 50 soldiers were killed at a base in the Gao region in 2019, according to official figures.

Read more: Fuel queues return to Bamako as blockade bites
""",
[ev("JNIM ambushed an army-escorted supply convoy between Boni and Hombori with an IED and machine guns; six soldiers killed, nine wounded.",
    "2026-07-19", "'on Sunday'; published 2026-07-21 (a Tuesday)",
    "road between Boni and Hombori", "Mopti", "ML", "battle", "JNIM", "Malian Armed Forces",
    killed=6, wounded=9,
    evidence="Six Malian soldiers were killed and nine wounded when jihadists ambushed a supply convoy on the road between Boni and Hombori on Sunday, the army said in a statement on Tuesday.\n\nThe convoy of fuel tankers and lorries escorted by troops was attacked with an improvised explosive device and then with heavy machine-gun fire about 30 kilometres east of Boni, the statement said.\n\nThe al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) said in a message posted on social media that its fighters had killed 30 soldiers and seized four vehicles.",
    note="JNIM's claim of 30 soldiers killed not used; ambush opened with an IED but was fought mainly by gunfire"),
 ev("Malian air force strikes on the fleeing attackers 'in the area'; the army claimed about twenty 'terrorists' neutralised.",
    "2026-07-19", "'then', after the Sunday ambush; published 2026-07-21",
    "area of the ambush between Boni and Hombori", "Mopti", "ML", "explosion", "Malian Armed Forces", "JNIM",
    evidence="It said its air force then carried out strikes on the fleeing attackers in the area, \"neutralising about twenty terrorists\", without saying where exactly the strikes took place.",
    note="the striking side's own claim of about 20 killed is not used", optional=True)])

report("a09", "2026-06-03", None,
"""Obituary: Abdulrahman "Kumander Bagsik" Sangkula, rebel commander who came in from the cold

Abdulrahman Sangkula, the Moro rebel commander known to soldiers and journalists alike as Kumander Bagsik, has died at his home near Cotabato City after a long illness. He was 74.

His family said he died on Monday evening of heart failure, surrounded by his children and grandchildren.

For three decades he led fighters of the Moro Islamic Liberation Front (MILF) in the marshes of Maguindanao, where his men ambushed army patrols, laid mines on the highways and held off entire brigades.

During the "all-out war" launched by President Joseph Estrada in 2000, his unit defended Camp Abubakar for weeks under artillery and air bombardment before melting into the swamps.

He was wounded twice, once by shrapnel from a mortar round and once by a bullet that left him with a limp for the rest of his life.

Army officers who fought him remembered a disciplined and cunning enemy. "He knew every creek in the Liguasan marsh," one retired colonel said. "We lost many good men against him."

In January 2015, fighters from units near his area were drawn into the clash at Mamasapano, in which 44 police commandos, 18 rebels and several civilians were killed, a battle that nearly wrecked the peace process.

Sangkula always denied that his own men had taken part, and he later sat on a committee that investigated the bloodshed.

After the 2014 peace agreement, he handed over his rifle at a decommissioning ceremony and became a member of the transitional parliament of the Bangsamoro region.

There he argued for jobs for former fighters and warned that young men left idle would be recruited by the pro-Islamic State groups that besieged Marawi in 2017.

He is survived by his wife, Bai Sittie, seven children and 23 grandchildren.

He was buried on Tuesday, according to Islamic custom, in the cemetery of his home village of Datu Piang.
""")

report("a10", "2026-09-10", "https://www.eurowire.example.com/ukraine/dnipro-missile-strike-toll-16",
"""Dnipro missile strike toll rises to 16 as rescuers end search

KYIV, Sept 10 - The death toll from a Russian missile strike on an apartment block in the central Ukrainian city of Dnipro rose to 16 on Thursday, after rescuers pulled two more bodies from the rubble and ended their search, regional authorities said.

The ballistic missile hit the nine-storey building on Tuesday morning, collapsing an entire section of the block as residents were getting ready for work and school.

Officials had first reported six dead, then 14 by Wednesday evening as the rubble was cleared.

Fifty-seven people were injured, regional governor Mykola Hrytsenko said, and 31 of them were still in hospital on Thursday, four in a serious condition.

Among the dead were three children, the youngest of them four years old.

Russia's defence ministry said it had struck "a temporary deployment point of Ukrainian military personnel" in Dnipro, a claim Ukrainian officials called a lie.

Overnight into Wednesday, Russian drones also attacked the southern city of Kherson, setting fire to warehouses in the port district and killing one man, the regional administration said.

Ukraine's prosecutor-general's office said Russian attacks had killed 23 civilians across the country in the 24 hours to Wednesday morning, most of them in Dnipro.

In January 2023, a Russian missile destroyed part of another apartment block in Dnipro, killing 46 people in one of the deadliest single strikes of the war.

Caption: Rescuers work through the night at the site of the collapsed section in Dnipro.

Ukraine's president renewed his call for more air-defence systems, saying Ukraine could not stop ballistic missiles with the means it had.

A day of mourning was declared in Dnipro on Thursday.

Read more: What does Ukraine still need to stop ballistic missiles?
""",
[ev("Russian ballistic missile collapsed part of a nine-storey apartment block in Dnipro; toll rose from 6 to 14 to 16 dead (three children), 57 injured.",
    "2026-09-08", "'on Tuesday morning'; dateline Sept 10 and published 2026-09-10 (a Thursday)",
    "apartment block, Dnipro", "Dnipropetrovsk", "UA", "explosion", "Russian security forces", "civilians",
    killed=16, wounded=57,
    evidence="The death toll from a Russian missile strike on an apartment block in the central Ukrainian city of Dnipro rose to 16 on Thursday, after rescuers pulled two more bodies from the rubble and ended their search, regional authorities said.\n\nThe ballistic missile hit the nine-storey building on Tuesday morning, collapsing an entire section of the block as residents were getting ready for work and school. [...] Fifty-seven people were injured, regional governor Mykola Hrytsenko said, and 31 of them were still in hospital on Thursday, four in a serious condition.",
    note="toll updated 6 -> 14 -> 16 (final); 31 of 57 still in hospital"),
 ev("Russian drones attacked Kherson's port district overnight into Wednesday, setting warehouses on fire and killing one man.",
    "2026-09-08", "overnight into Wednesday: the night of Tuesday 2026-09-08, first night taken",
    "port district, Kherson", "Kherson", "UA", "explosion", "Russian security forces", "civilians",
    killed=1,
    evidence="Overnight into Wednesday, Russian drones also attacked the southern city of Kherson, setting fire to warehouses in the port district and killing one man, the regional administration said.")],
[fig("civilians killed by Russian attacks across Ukraine in 24 hours", 23, "Ukraine",
     "Ukraine's prosecutor-general's office said Russian attacks had killed 23 civilians across the country in the 24 hours to Wednesday morning, most of them in Dnipro.",
     note="daily aggregate")])

report("a11", "2026-10-19", "https://sportbalkan.example.rs/en/football/eternal-derby-report",
"""Red Star blast Partizan apart in one-sided Belgrade derby

Red Star Belgrade tore through Partizan's defence on Sunday evening, winning the 'eternal derby' 4-1 in front of 48,000 fans at the Rajko Mitic stadium.

The hosts laid siege to the Partizan goal from the first whistle, and the visitors' back line cracked after only nine minutes.

Striker Aleksa Nikolic fired the opening goal from the edge of the box, a shot that exploded into the top corner before the goalkeeper could move.

Partizan hit back against the run of play when their captain headed in a corner, but the equaliser only provoked a fresh assault.

Red Star's wingers bombarded the penalty area with crosses, and two quick goals before half-time killed off the contest.

"We attacked like wolves today," said Red Star coach Dusan Pavlovic. "The boys executed the plan perfectly."

His Partizan counterpart admitted that his side had been "massacred" in midfield and said the defeat would leave wounds that take time to heal.

A fourth goal in the 77th minute, a long-range strike from Stefan Markovic, sent the north stand into a frenzy of flares and smoke.

Police said the match passed off without serious incidents, and both sets of supporters left the ground under the usual heavy escort.

The victory puts Red Star six points clear at the top of the table, with Partizan slipping to third.

The two clubs will meet again in the cup semi-final in March, where Partizan will hope to take revenge.
""")

report("a12", "2026-05-14", "https://centralasia-times.example.kg/en/border-shootout-batken",
"""Three border guards killed in Kyrgyz-Tajik shootout, each side blames the other

BISHKEK - Border guards of Kyrgyzstan and Tajikistan exchanged fire near the Tajik exclave of Vorukh on Wednesday, leaving three of them dead, officials in both countries said, in the worst incident on the disputed frontier since the two states signed a border treaty last year.

Kyrgyzstan's border service said two of its guards were killed and three wounded when Tajik troops opened fire on a patrol near the village of Kok-Tash in the Batken region.

Tajikistan's border troops said in a statement that the Kyrgyz side had fired first and that one Tajik border guard had been killed and two civilians wounded in Vorukh.

Neither account could be independently verified.

The shooting lasted about an hour before commanders from both sides agreed by telephone to cease fire, the Kyrgyz border service said.

On Thursday morning the area was calm, residents of Kok-Tash told our correspondent by telephone, but many families had spent the night in basements.

The two neighbours fought short but bloody border wars in April 2021, when about 55 people were killed, and in September 2022, when around 100 people died and more than 100,000 fled their homes.

In March 2025 the presidents of both countries signed a treaty settling the last disputed sections of their 980-kilometre border, and checkpoints were reopened for trade.

Critics in both capitals complained that the deal handed over land and water sources, and local disputes over pastures and irrigation channels have continued.

Russia, which has military bases in both countries, called on them to show restraint.

A joint commission is due to meet in Batken next week to investigate what happened, officials said.
""",
[ev("Kyrgyz and Tajik border guards exchanged fire near Kok-Tash / the Vorukh exclave for about an hour: two Kyrgyz and one Tajik guard killed; three Kyrgyz guards and two Tajik civilians wounded.",
    "2026-05-13", "'on Wednesday'; published 2026-05-14 (a Thursday)",
    "Kok-Tash, near the Vorukh exclave", "Batken", "KG", "battle", "Tajik security forces", "Kyrgyz security forces",
    killed=3, wounded=5,
    evidence="Border guards of Kyrgyzstan and Tajikistan exchanged fire near the Tajik exclave of Vorukh on Wednesday, leaving three of them dead, officials in both countries said, in the worst incident on the disputed frontier since the two states signed a border treaty last year.\n\nKyrgyzstan's border service said two of its guards were killed and three wounded when Tajik troops opened fire on a patrol near the village of Kok-Tash in the Batken region.\n\nTajikistan's border troops said in a statement that the Kyrgyz side had fired first and that one Tajik border guard had been killed and two civilians wounded in Vorukh.",
    note="each side says the other fired first, actor order uncertain; killed 3 = 2 Kyrgyz + 1 Tajik; wounded 5 = 3 Kyrgyz guards + 2 Tajik civilians")])
report("a13", "2026-11-02", "https://ouaga-matin.example.bf/en/security/tongomayel-attack",
"""Burkina Faso: villagers killed in attack near Djibo, toll disputed

At least 12 civilians were killed when armed men attacked the village of Tongomayel, in Burkina Faso's northern Soum province, on Friday, the regional governor's office said in a statement read on state television on Sunday.

Residents who fled to Djibo, about 40 kilometres away, gave a higher figure, saying at least 19 people had been buried in the village on Saturday.

"They came on motorbikes at prayer time and shot the men they found near the mosque," a farmer who escaped into the fields told this newspaper by telephone.

Eight people were wounded, and five of them were still being treated at Djibo's hospital on Monday, a health worker there said.

The attackers also burned the market stalls and drove away cattle, residents said.

No group claimed responsibility, but jihadists linked to al-Qaeda and to the Islamic State group are active throughout the area.

The governor's statement said that the army and the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force, had launched operations to "track down the terrorists".

Burkina Faso's military government, led by Captain Ibrahim Traore since a coup in September 2022, rarely publishes casualty figures and has suspended several foreign media outlets for their reporting.

Attacks on civilians and soldiers have killed thousands of people in the country since 2015, and around two million have been forced from their homes.

In August 2024, jihadists killed hundreds of people in Barsalogho, many of them villagers who had been ordered to dig trenches around the town.

Djibo itself has been under a blockade for years and is supplied mainly by air and by escorted convoys.
""",
[ev("Armed men on motorbikes attacked Tongomayel village, Soum province, shooting men near the mosque: at least 12 killed (governor) or at least 19 buried (residents); eight wounded.",
    "2026-10-30", "'on Friday'; published 2026-11-02 (a Monday)",
    "Tongomayel", "Soum", "BF", "attack_on_civilians", "militants (unidentified)", "civilians",
    killed=12, killed_high=19, wounded=8,
    evidence="At least 12 civilians were killed when armed men attacked the village of Tongomayel, in Burkina Faso's northern Soum province, on Friday, the regional governor's office said in a statement read on state television on Sunday.\n\nResidents who fled to Djibo, about 40 kilometres away, gave a higher figure, saying at least 19 people had been buried in the village on Saturday. [...] Eight people were wounded, and five of them were still being treated at Djibo's hospital on Monday, a health worker there said.",
    note="governor 12, residents 19 (conflicting sources); 5 of 8 wounded still in hospital")])

report("a14", None, "https://wiki.example.org/wiki/Libyan_conflict_(2011-present)",
"""Libyan conflict (2011-present)

The Libyan conflict is a series of civil wars, insurgencies and armed clashes that began with the uprising against Muammar Gaddafi in February 2011 and continues in a lower-intensity form.

Background

The 2011 uprising started with protests in Benghazi and turned into a civil war in which rebel forces, backed by NATO air strikes, overthrew Gaddafi. He was captured and killed near Sirte in October 2011. Estimates of the number of people killed in the 2011 war range from several thousand to more than 20,000.

Second civil war (2014-2020)

In 2014 the country split between rival governments in Tripoli and in the east. Khalifa Haftar's Libyan National Army (LNA) fought Islamist militias in Benghazi for three years, and the Islamic State group seized Sirte in 2015 before it was driven out in December 2016 by forces loyal to the Tripoli government, with the help of US air strikes.

In April 2019 Haftar launched an offensive on Tripoli. The fighting on the city's southern outskirts killed more than 2,000 people, including hundreds of civilians, and ended in June 2020 when Turkish-backed forces pushed the LNA back towards Sirte. A ceasefire was signed in Geneva in October 2020.

Since 2020

A unity government was formed in 2021, but elections planned for December of that year were never held. Armed groups have clashed repeatedly in Tripoli, notably in August 2022 and August 2023, when fighting between two powerful militias killed 55 people.

In September 2023, floods caused by Storm Daniel burst two dams above Derna and killed thousands of people, a disaster blamed in part on years of neglect.

In May 2025, the killing of a militia leader in Tripoli set off heavy fighting between armed groups in the capital.

Casualties

There is no agreed overall death toll for the conflict since 2011. Monitoring groups have counted tens of thousands of deaths from fighting, air strikes, assassinations and abuse in detention, and hundreds of thousands of people have been displaced at various times.

See also: Battle of Tripoli (2019-2020); Second Libyan Civil War; 2023 Derna dam collapse
""")

report("a15", "2026-08-14", "https://kivu-echo.example.cd/en/beni-mamove-massacre",
"""DR Congo: ADF rebels kill dozens in night attack on Mamove

Rebels of the Allied Democratic Forces (ADF) killed at least 29 villagers in an attack on Mamove, in the Beni territory of North Kivu province, on Tuesday night, local officials said on Friday.

The attackers came out of the forest at about 9pm, armed with guns and machetes, and went from house to house, the administrator of Beni territory, Colonel Jean-Paul Kasereka, said.

He said 18 men, seven women and four children had been killed, and that six people with machete wounds had been taken to the general hospital in Oicha.

A civil society group in Mamove said volunteers had found 35 bodies by Thursday, some of them in the fields around the village, and warned that the toll could rise further.

At least 20 houses and a health centre were burned.

The Islamic State group, to which the ADF has pledged allegiance, said on its Amaq news agency that its fighters had killed "more than 40 Christians" in the village.

Earlier in the week, ADF fighters abducted at least ten people who were working in their fields near Eringeti on Sunday, residents said, and their families have had no news of them since.

The Congolese and Ugandan armies have carried out joint operations against the ADF in North Kivu and Ituri since 2021, but the rebels have split into small groups that attack villages far from the front.

Attacks blamed on the ADF have killed thousands of civilians since 2014.

In July 2025, the group killed dozens of worshippers at a church in Komanda, in neighbouring Ituri province.

Read more: Beni residents stage "ville morte" to protest insecurity
""",
[ev("ADF rebels with guns and machetes attacked Mamove village at night, killing at least 29 (18 men, 7 women, 4 children; civil society: 35 bodies) and burning houses; six wounded.",
    "2026-08-11", "'on Tuesday night'; published 2026-08-14 (a Friday)",
    "Mamove", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
    killed=29, killed_high=35, wounded=6,
    evidence="Rebels of the Allied Democratic Forces (ADF) killed at least 29 villagers in an attack on Mamove, in the Beni territory of North Kivu province, on Tuesday night, local officials said on Friday. [...] He said 18 men, seven women and four children had been killed, and that six people with machete wounds had been taken to the general hospital in Oicha.\n\nA civil society group in Mamove said volunteers had found 35 bodies by Thursday, some of them in the fields around the village, and warned that the toll could rise further.",
    note="29 = 18 + 7 + 4 (administrator); civil society 35; Islamic State's claim of 'more than 40' not used"),
 ev("ADF fighters abducted at least ten people working in their fields near Eringeti on Sunday.",
    "2026-08-09", "'on Sunday', earlier in the week; published 2026-08-14",
    "fields near Eringeti", "North Kivu", "CD", "other", "ADF", "civilians",
    evidence="Earlier in the week, ADF fighters abducted at least ten people who were working in their fields near Eringeti on Sunday, residents said, and their families have had no news of them since.",
    note="abduction of at least 10")])

report("a16", "2026-06-22", "https://steppe-review.example.kz/en/defence/kazakhstan-drone-doctrine",
"""Kazakhstan bets on drones and reservists in new defence doctrine

Kazakhstan will build its own attack drones, expand its reserve and buy air-defence systems from several countries under a defence doctrine signed by the president, officials said on Monday.

The document, the first overhaul since 2017, says the war in Ukraine has shown that cheap drones and missiles can destroy tanks, ships and power plants far behind the front line.

Deputy defence minister Arman Seitkali told reporters that a joint venture with a Turkish company would begin assembling Anka reconnaissance and strike drones near Astana next year.

"A modern army must be able to strike targets hundreds of kilometres away and to shoot down what the enemy sends at it," he said.

The doctrine also calls for a territorial defence force of reservists in every region, modelled in part on units that fought in the defence of Kyiv in 2022.

Analysts noted that the document names no enemy, reflecting Astana's effort to balance relations with Russia, China and the West.

It does, however, refer to the need to prevent "attempts to seize power by force", a reference to the unrest of January 2022, when protests over fuel prices turned into riots in Almaty and 238 people were killed.

During those days, armed crowds stormed the Almaty mayor's office and the airport, and Tokayev ordered troops to shoot without warning before a Russian-led alliance sent forces to help restore order.

Military spending is set to rise to about 1.2 percent of gross domestic product by 2029, still modest by regional standards.

Critics in parliament asked whether the money would be better spent on border guards, after smuggling and several shootings on the frontier with Kyrgyzstan in recent years.

The ministry said the first drone squadrons would take part in exercises in the Karaganda region in September.
""")

report("a17", "2026-03-09", "https://deepsouthwatch.example.th/en/narathiwat-bomb-rueso",
"""Roadside bomb kills two rangers in Narathiwat, seven villagers hurt

NARATHIWAT, Thailand - A roadside bomb exploded next to a paramilitary ranger patrol near a morning market in Narathiwat's Rueso district on Sunday, killing two rangers and wounding seven villagers, police said.

The bomb, hidden in a rubbish bin, was detonated by mobile phone as the rangers walked past stalls selling vegetables, police colonel Somkiat Chanthong said.

The wounded included a woman and her ten-year-old son; one of the seven was still in intensive care at Narathiwat hospital on Monday.

No group claimed responsibility, but police said the attack bore the hallmarks of insurgents from the Barisan Revolusi Nasional (BRN), the main separatist movement in the region.

On Friday evening, gunmen on a motorcycle shot dead a village headman outside his home in the Nong Chik district of neighbouring Pattani province, police said.

Police are investigating whether the two attacks are linked.

Thailand's three southernmost provinces, where most of the population is Malay Muslim, have been torn by an insurgency since January 2004 that has killed more than 7,000 people, according to the monitoring group Deep South Watch.

Peace talks between the Thai government and the BRN, mediated by Malaysia, have stalled repeatedly, most recently over a disagreement on a reduction of violence during Ramadan.

In 2025, a string of bombings and arson attacks on shops in the region killed several people, including Buddhist monks and teachers.

Security officials said they would set up additional checkpoints around markets and schools in Narathiwat this week.

Caption: Forensic officers examine the site of the blast in Rueso district on Sunday.
""",
[ev("A phone-detonated bomb hidden in a rubbish bin exploded beside a ranger patrol near a morning market in Rueso district; two rangers killed, seven villagers wounded.",
    "2026-03-08", "'on Sunday'; published 2026-03-09 (a Monday)",
    "morning market, Rueso district", "Narathiwat", "TH", "explosion", "militants (unidentified)", "Thai security forces",
    killed=2, wounded=7,
    evidence="A roadside bomb exploded next to a paramilitary ranger patrol near a morning market in Narathiwat's Rueso district on Sunday, killing two rangers and wounding seven villagers, police said.\n\nThe bomb, hidden in a rubbish bin, was detonated by mobile phone as the rangers walked past stalls selling vegetables, police colonel Somkiat Chanthong said.",
    note="police suspect BRN insurgents; no claim"),
 ev("Gunmen on a motorcycle shot dead a village headman outside his home in Nong Chik district, Pattani.",
    "2026-03-06", "'On Friday evening'; published 2026-03-09 (a Monday)",
    "Nong Chik district", "Pattani", "TH", "other", "militants (unidentified)", "civilians",
    killed=1,
    evidence="On Friday evening, gunmen on a motorcycle shot dead a village headman outside his home in the Nong Chik district of neighbouring Pattani province, police said.",
    note="targeted killing of an official: 'other' (assassination)")])

report("a18", "2026-09-03", "https://www.caucasusmonitor.example.ru/en/beslan-anniversary",
"""Beslan remembers school siege victims, 22 years on

Hundreds of people gathered in the ruined gymnasium of School Number One in Beslan on Thursday to mark the end of the siege in which more than 330 hostages, most of them children, were killed in September 2004.

At 1.05pm, the moment the first explosions tore through the gym on 3 September 2004, mourners released white balloons into the sky, one for each victim.

Armed militants had seized the school in the North Ossetian town on the first day of the school year, taking more than 1,100 children, parents and teachers hostage.

For three days the captives were held in the sweltering gym, which the attackers had rigged with bombs hung from basketball hoops.

On the third day, blasts inside the building were followed by a chaotic battle as Russian special forces stormed the school, and 334 hostages died, among them 186 children.

Survivors and mothers of the dead have long accused the authorities of using tanks and thermobaric rockets against a building full of hostages, and of never properly investigating the decisions taken during the storming.

In 2017, the European Court of Human Rights ruled that Russia had violated the right to life of the victims.

"Every year, I come here and I am again a ten-year-old girl lying on the floor," said Zalina, 32, who was wounded by shrapnel in her legs.

The only surviving attacker, Nur-Pashi Kulayev, is serving a life sentence.

A memorial cemetery on the edge of town, known as the City of Angels, holds the graves of most of the victims.

Commemorations continued into the evening with a candlelight vigil and a church service.
""")
report("b01", "2026-05-26", "https://northwestpost.example.ng/zamfara-maru-abduction",
"""Bandits abduct 43 villagers in Zamfara, days after deadly raid on Dansadau

GUSAU - Armed bandits abducted 43 people, most of them women and children, from Gidan Dawa village in the Maru local government area of Zamfara state on Sunday night, residents and police said on Tuesday.

The gunmen arrived on dozens of motorcycles shortly before midnight, fired into the air to scare villagers and marched their captives into the nearby forest, a resident who hid in a granary said.

Police spokesman Ibrahim Sani confirmed the abduction and said tactical teams and local vigilantes had been deployed to track the kidnappers.

The attack came less than a week after bandits raided the town of Dansadau, also in Maru, on Wednesday.

Police first said seven people died in that raid, but on Friday the state government said nine villagers and two members of a vigilante group had been killed while trying to repel the attackers.

Residents said the gunmen had demanded a "levy" of five million naira from Dansadau, which the community had refused to pay.

Zamfara is one of the states worst hit by banditry in north-western Nigeria, where armed gangs that began as cattle rustlers now kidnap for ransom, levy taxes on farmers and burn villages that resist them.

In February 2021, gunmen abducted 279 schoolgirls from a boarding school in Jangebe, in the same state; they were released days later.

A local rights group said bandits had kidnapped more than 200 people across Zamfara in the past month alone.

The federal government has launched repeated military operations against the gangs, including air strikes on their forest camps, but attacks have continued.

Families of the abducted villagers said on Tuesday that they had not yet been contacted by the kidnappers.
""",
[ev("Bandits on motorcycles abducted 43 people, mostly women and children, from Gidan Dawa village, Maru LGA, on Sunday night.",
    "2026-05-24", "'on Sunday night'; published 2026-05-26 (a Tuesday)",
    "Gidan Dawa, Maru", "Zamfara", "NG", "other", "bandits", "civilians",
    evidence="Armed bandits abducted 43 people, most of them women and children, from Gidan Dawa village in the Maru local government area of Zamfara state on Sunday night, residents and police said on Tuesday.",
    note="abduction of 43"),
 ev("Bandits raided Dansadau town on Wednesday; first reported as seven dead, then nine villagers and two vigilantes killed (state government).",
    "2026-05-20", "'on Wednesday', less than a week before the Sunday abduction; published 2026-05-26",
    "Dansadau, Maru", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
    killed=11,
    evidence="The attack came less than a week after bandits raided the town of Dansadau, also in Maru, on Wednesday.\n\nPolice first said seven people died in that raid, but on Friday the state government said nine villagers and two members of a vigilante group had been killed while trying to repel the attackers.",
    note="11 = 9 villagers + 2 vigilantes; the earlier police figure of 7 was superseded")],
[fig("people kidnapped by bandits across Zamfara in the past month", 200, "Zamfara",
     "A local rights group said bandits had kidnapped more than 200 people across Zamfara in the past month alone.",
     note="'more than'")])

report("b02", "2026-11-18", "https://steppe-review.example.kz/en/business/shakhtinsk-mine-blast",
"""Methane blast kills five miners in Kazakhstan's Karaganda region

Five miners were killed and three injured by a methane explosion at the Lenin coal mine in Shakhtinsk, in central Kazakhstan's Karaganda region, the emergencies ministry said on Wednesday.

The blast happened on Wednesday morning about 500 metres underground, while a shift of 47 miners was working in the section, the ministry said.

Rescuers brought 42 men to the surface, three of them with burns and smoke inhalation, and recovered the bodies of the five dead by midday.

The mine's owner, the steelmaker Qarmet, said a sudden release of gas had triggered the explosion and that it was cooperating with investigators.

The government set up a commission to investigate the accident, and prosecutors opened a criminal case for breach of industrial safety rules.

The president offered condolences to the families and ordered checks of gas-monitoring equipment at every mine in the region.

The Karaganda coalfield has a long record of deadly accidents. In October 2023, a fire at the Kostenko mine, then owned by ArcelorMittal, killed 46 miners, the worst mining disaster in the country's post-Soviet history.

After that disaster, the government took the steel and coal business from ArcelorMittal and handed it to a new owner, which renamed it Qarmet.

Miners' unions say that pay is still tied to output, which pushes crews to work in sections where gas levels are high.

"Every miner here knows someone who died underground," said a union official in Shakhtinsk.

Shares of companies supplying mining equipment fell on the Astana exchange after the news.
""")

report("b03", "2026-10-28", "https://www.eurowire.example.com/ukraine/zaporizhzhia-glide-bomb-prymorske-claim",
"""Glide bombs kill four in Zaporizhzhia as Moscow claims village nearby

KYIV, Oct 28 - Russian glide bombs struck a residential district of the southern Ukrainian city of Zaporizhzhia on Tuesday evening, killing four people and wounding 21, regional officials said on Wednesday.

Regional governor Ostap Melnychuk had said late on Tuesday that three people were dead and 19 wounded; the toll rose overnight after a man pulled from the rubble died in hospital and more wounded came forward.

Two of the wounded are children, and eight people remained in hospital on Wednesday.

The bombs hit a five-storey apartment block and a row of private houses in the city's Komunarskyi district, starting fires that burned until morning.

Russia's defence ministry said on Tuesday that its troops had "liberated" the village of Prymorske, about 30 kilometres south of the city, after weeks of fighting.

Ukraine's military denied the claim, saying its forces still held positions in the village and had repelled eleven assaults in the area over the previous day.

Neither side's account of the fighting could be independently verified.

The Russian ministry also said its forces had killed "up to 180 Ukrainian servicemen" along the Zaporizhzhia front in a day, a figure that Ukraine did not comment on.

Zaporizhzhia, which had a pre-war population of about 700,000, lies about 30 kilometres from the front line and has been struck almost daily this year.

Europe's largest nuclear power plant, in the Russian-occupied town of Enerhodar to the south-west, has been shut down since 2022, and its cooling depends on a single remaining power line.

Read more: Life under glide bombs: the city that will not leave
""",
[ev("Russian glide bombs hit an apartment block and houses in Zaporizhzhia's Komunarskyi district on Tuesday evening; toll rose from 3 dead and 19 wounded to 4 dead and 21 wounded.",
    "2026-10-27", "'on Tuesday evening'; dateline Oct 28 and published 2026-10-28 (a Wednesday)",
    "Komunarskyi district, Zaporizhzhia", "Zaporizhzhia", "UA", "explosion", "Russian security forces", "civilians",
    killed=4, wounded=21,
    evidence="Russian glide bombs struck a residential district of the southern Ukrainian city of Zaporizhzhia on Tuesday evening, killing four people and wounding 21, regional officials said on Wednesday.\n\nRegional governor Ostap Melnychuk had said late on Tuesday that three people were dead and 19 wounded; the toll rose overnight after a man pulled from the rubble died in hospital and more wounded came forward. [...] The bombs hit a five-storey apartment block and a row of private houses in the city's Komunarskyi district, starting fires that burned until morning.",
    note="first 3 dead / 19 wounded, updated to 4 / 21 (update, not a conflict)"),
 ev("Russia's defence ministry claimed its troops had captured Prymorske; Ukraine denied it.",
    None, "'said on Tuesday' is the reporting day; capture day not stated",
    "Prymorske", "Zaporizhzhia", "UA", "territory_gain", "Russian security forces", "Ukrainian security forces",
    evidence="Russia's defence ministry said on Tuesday that its troops had \"liberated\" the village of Prymorske, about 30 kilometres south of the city, after weeks of fighting.\n\nUkraine's military denied the claim, saying its forces still held positions in the village and had repelled eleven assaults in the area over the previous day.",
    note="contested claim; the daily claim of 'up to 180' Ukrainian servicemen killed is a front-wide claim, not an incident")])

report("b04", "2026-07-07", "https://maghreb-observer.example.ly/en/tripoli-clashes-souq-al-juma",
"""Tripoli clashes kill 12 before elders broker truce

TRIPOLI - Fighting between two of the Libyan capital's most powerful armed groups killed 12 people, including three civilians, before a truce took hold on Monday afternoon, the Emergency Medicine Centre said.

Clashes erupted late on Sunday between the Radaa Deterrence Force and the 444 Combat Brigade in the Souq al-Juma and Ain Zara districts, after a commander of one group was detained at a checkpoint by the other, residents and security sources said.

The centre had said on Monday morning that nine people were dead and 37 wounded; by Tuesday it put the toll at 12 dead and 41 wounded, 15 of whom remained in hospital.

Residents described heavy machine-gun fire and rocket-propelled grenades through the night, and several families were trapped in their homes until the fighting stopped.

Flights at Mitiga airport, which is controlled by Radaa, were diverted to Misrata for most of Monday.

Elders from Misrata and Zintan negotiated a ceasefire under which both groups agreed to withdraw to their barracks and hand over the detained commander.

The Government of National Unity, led by Prime Minister Abdulhamid Dbeibah, said it would open an investigation and "hold accountable those who terrorised the citizens".

Tripoli has seen repeated flare-ups between militias since the end of the 2019-2020 war, including clashes in August 2023 in which 55 people were killed.

In May 2025, the killing of a powerful militia leader led to days of fighting in the capital and mass protests against the government.

The United Nations mission in Libya called on all sides to respect the truce and protect civilians.
""",
[ev("Clashes between the Radaa Deterrence Force and the 444 Combat Brigade in Souq al-Juma and Ain Zara, Tripoli, from late Sunday to Monday afternoon: toll rose from 9 dead / 37 wounded to 12 dead (3 civilians) / 41 wounded.",
    "2026-07-05", "'late on Sunday' (fighting into Monday); published 2026-07-07 (a Tuesday)",
    "Souq al-Juma and Ain Zara, Tripoli", "Tripoli", "LY", "battle", "Radaa Deterrence Force", "444 Combat Brigade",
    killed=12, wounded=41,
    evidence="Fighting between two of the Libyan capital's most powerful armed groups killed 12 people, including three civilians, before a truce took hold on Monday afternoon, the Emergency Medicine Centre said.\n\nClashes erupted late on Sunday between the Radaa Deterrence Force and the 444 Combat Brigade in the Souq al-Juma and Ain Zara districts, after a commander of one group was detained at a checkpoint by the other, residents and security sources said.\n\nThe centre had said on Monday morning that nine people were dead and 37 wounded; by Tuesday it put the toll at 12 dead and 41 wounded, 15 of whom remained in hospital.",
    note="two districts share one combined toll: one event; 9 -> 12 dead is an update; actor order uncertain")])

report("b05", "2026-11-20", "https://www.minefree-asia.example.org/press/myanmar-casualties-2026",
"""PRESS RELEASE: Landmine casualties in Myanmar on course for a new record

Yangon/Geneva, 20 November 2026 - Landmines and unexploded ordnance killed or injured at least 812 people in Myanmar in the first nine months of 2026, putting the country on course for the highest annual toll in the world for a third year running, our organisation said today.

Of those casualties, 290 people were killed and 522 injured, and more than a third were children, according to data compiled by our field teams and partner groups in 12 states and regions.

Sagaing, Magway and Shan were the worst affected, as fighting between the military and armed resistance groups has spread mines along roads, paddy fields and the edges of villages.

"Mines do not stop killing when the fighting moves on," said our country director. "Children are stepping on devices planted years ago while they herd buffalo or collect firewood."

In March, a 12-year-old boy was killed and his younger sister lost a leg when a mine exploded as they herded cattle near their village in Gangaw township, Magway region.

Both the military and several non-state armed groups use anti-personnel mines, and neither has agreed to stop.

Myanmar has not joined the 1997 Mine Ban Treaty, and its armed forces have been accused by UN investigators of forcing civilians to walk ahead of troops through mined areas.

Access for survivors to prosthetic limbs and rehabilitation is very limited, and many families sell land or livestock to pay for treatment.

We call on all parties to stop using mines immediately, to mark and clear contaminated areas and to allow humanitarian demining teams to work.

Since the military coup of February 2021, our teams have recorded more than 4,000 mine casualties across the country.

For more information, contact our press office.

ENDS
""",
figures=[fig("mine and UXO casualties in Myanmar, first nine months of 2026", 812, "Myanmar",
             "Landmines and unexploded ordnance killed or injured at least 812 people in Myanmar in the first nine months of 2026"),
         fig("killed by mines and UXO in Myanmar, first nine months of 2026", 290, "Myanmar",
             "Of those casualties, 290 people were killed and 522 injured"),
         fig("mine casualties in Myanmar since February 2021", 4000, "Myanmar",
             "Since the military coup of February 2021, our teams have recorded more than 4,000 mine casualties across the country.",
             note="'more than'")])

report("b06", "2026-07-14", "https://www.caucasusmonitor.example.ru/en/derbent-police-post-attack",
"""Gunmen kill two traffic police near Derbent; three suspects killed in raid

MAKHACHKALA - Gunmen opened fire on a traffic police post on the outskirts of Derbent in Russia's southern region of Dagestan late on Monday, killing two officers and wounding a third, the regional interior ministry said.

The attackers drove up to the post on the federal highway in a car without number plates, fired at the officers with automatic weapons and escaped towards the Caspian coast, the ministry said.

On Tuesday morning, security forces surrounded a house in the village of Mamedkala where the suspects were hiding, Russia's National Anti-Terrorism Committee said.

The committee said three gunmen were killed after they refused to surrender and opened fire on the officers, one of whom was wounded.

It said a counter-terrorist operation regime had been declared in parts of Derbent district and that roads were closed while the operation lasted.

Russian media said the suspects were local men who had sworn allegiance to the Islamic State group, but officials did not confirm that.

The attack revived memories of June 2024, when gunmen attacked two Orthodox churches, two synagogues and a police post in Derbent and Makhachkala, killing more than 20 people, most of them police officers.

Dagestan, a mainly Muslim region on the Caspian Sea, was the centre of an Islamist insurgency in the 2000s and 2010s that killed hundreds of police officers.

The head of the republic said the attackers had been "destroyed" and thanked the security services.

The two dead officers, a sergeant and a lieutenant, will be buried on Wednesday in their home villages.
""",
[ev("Gunmen in a car without plates fired on a traffic police post outside Derbent late on Monday, killing two officers and wounding one.",
    "2026-07-13", "'late on Monday'; published 2026-07-14 (a Tuesday)",
    "traffic police post, outskirts of Derbent", "Dagestan", "RU", "battle", "militants (unidentified)", "Russian security forces",
    killed=2, wounded=1,
    evidence="Gunmen opened fire on a traffic police post on the outskirts of Derbent in Russia's southern region of Dagestan late on Monday, killing two officers and wounding a third, the regional interior ministry said.",
    note="reported IS allegiance unconfirmed"),
 ev("Security forces surrounded a house in Mamedkala where the suspects hid; three gunmen killed in the shootout, one officer wounded.",
    "2026-07-14", "'On Tuesday morning'; published 2026-07-14 (a Tuesday)",
    "Mamedkala", "Dagestan", "RU", "battle", "Russian security forces", "militants (unidentified)",
    killed=3, wounded=1,
    evidence="On Tuesday morning, security forces surrounded a house in the village of Mamedkala where the suspects were hiding, Russia's National Anti-Terrorism Committee said.\n\nThe committee said three gunmen were killed after they refused to surrender and opened fire on the officers, one of whom was wounded.")])
report("c01", "2026-06-15", "https://sahelnews.example.com/niger/kokorou-mosque-attack",
"""Gunmen kill 27 worshippers at mosque in Niger's Tillaberi region

NIAMEY - Gunmen killed 27 people at a mosque during Friday prayers in western Niger, the interior ministry said on Sunday, the latest in a series of massacres in the border region near Mali and Burkina Faso.

The ministry's statement, read on state television, blamed "terrorists of the Islamic State in the Greater Sahara" and declared three days of national mourning.

Islamic State's Sahel branch has carried out repeated attacks on villages in the Tillaberi region, often accusing residents of collaborating with the army or with local self-defence militias.

Niger's military government, which seized power in July 2023, has ended its military cooperation with France and the United States and turned to Russia and its neighbours in the Alliance of Sahel States.

The attack happened in the village of Garbougna, in the rural commune of Kokorou, at around 1.30pm on Friday, when heavily armed men on motorcycles surrounded the mosque and opened fire on the worshippers inside, the ministry said.

Eleven people were wounded, and several of them were taken to hospital in Tera, the ministry added.

The attackers also looted shops and burned a granary before leaving towards the Malian border.

In a separate incident on Saturday, a military patrol hit a landmine near Tera, killing four soldiers, a security source told AFP.

In March 2025, gunmen killed 44 worshippers at a mosque in Fambita, in the same region, in an attack the government also blamed on the Islamic State group.

Rights groups say civilians in Tillaberi are caught between jihadist groups, self-defence militias and the army, and that many villages have emptied.

Read more: Niger junta extends transition by five years
""",
[ev("Gunmen on motorcycles surrounded the mosque of Garbougna, Kokorou commune, during Friday prayers and fired on worshippers: 27 killed, 11 wounded; government blamed the Islamic State in the Greater Sahara.",
    "2026-06-12", "'during Friday prayers' / 'on Friday'; published 2026-06-15 (a Monday)",
    "mosque, Garbougna, Kokorou", "Tillaberi", "NE", "attack_on_civilians", "Islamic State", "civilians",
    killed=27, wounded=11,
    evidence="Gunmen killed 27 people at a mosque during Friday prayers in western Niger, the interior ministry said on Sunday, the latest in a series of massacres in the border region near Mali and Burkina Faso.\n\nThe ministry's statement, read on state television, blamed \"terrorists of the Islamic State in the Greater Sahara\" and declared three days of national mourning. [...] The attack happened in the village of Garbougna, in the rural commune of Kokorou, at around 1.30pm on Friday, when heavily armed men on motorcycles surrounded the mosque and opened fire on the worshippers inside, the ministry said.\n\nEleven people were wounded, and several of them were taken to hospital in Tera, the ministry added.",
    note="told in the lead and again, with place and day, in paragraph 5"),
 ev("A military patrol hit a landmine near Tera on Saturday, killing four soldiers.",
    "2026-06-13", "'on Saturday'; published 2026-06-15 (a Monday)",
    "near Tera", "Tillaberi", "NE", "explosion", "unknown", "Nigerien security forces",
    killed=4,
    evidence="In a separate incident on Saturday, a military patrol hit a landmine near Tera, killing four soldiers, a security source told AFP.")])

report("c02", None, "https://www.anglophone-voice.example.cm/news/bamenda-school-abduction",
"""Separatists abduct 11 pupils and teacher near Bamenda; soldiers accused of killing three in Batibo

BAMENDA, Cameroon - Armed separatists abducted eleven secondary-school pupils and a teacher from a school in Bambili, on the outskirts of Bamenda, on Monday, the regional governor said.

The gunmen burst into a classroom during a mathematics lesson and led the pupils away into the bush, a student who managed to hide in a toilet told our reporter.

The governor, Emmanuel Tabi, said security forces were searching for the hostages and accused the separatists of "waging war on education".

The separatists, who have enforced a boycott of schools in the English-speaking regions for years, did not claim the abduction, but a fighter's voice message shared on social media demanded the release of jailed comrades.

Separately, residents of Batibo said soldiers shot dead three young men at the town's market on Tuesday, accusing them of supporting the separatists.

A relative of one of the victims said the men were motorbike taxi drivers and had no link to the armed groups.

The army did not respond to a request for comment.

The conflict in Cameroon's North-West and South-West regions began in 2017, after the government cracked down on protests by lawyers and teachers against the imposition of French in courts and schools.

It has killed more than 6,000 people and displaced hundreds of thousands, according to the International Crisis Group.

In 2018, more than 70 pupils were kidnapped from a school in Bamenda's Nkwen neighbourhood and released after several days.

Schools in Bamenda reopened this year under armed guard, but many parents still keep their children at home.
""",
[ev("Armed separatists abducted eleven secondary-school pupils and a teacher from a classroom in Bambili, outside Bamenda.",
    None, "'on Monday'; no publication date",
    "school, Bambili", "North-West", "CM", "other", "Anglophone separatists", "civilians",
    evidence="Armed separatists abducted eleven secondary-school pupils and a teacher from a school in Bambili, on the outskirts of Bamenda, on Monday, the regional governor said.\n\nThe gunmen burst into a classroom during a mathematics lesson and led the pupils away into the bush, a student who managed to hide in a toilet told our reporter.",
    note="abduction of 12 (11 pupils and a teacher); not claimed"),
 ev("Soldiers shot dead three young men at Batibo market, accusing them of supporting separatists (residents' account).",
    None, "'on Tuesday'; no publication date",
    "market, Batibo", "North-West", "CM", "attack_on_civilians", "Cameroonian security forces", "civilians",
    killed=3,
    evidence="Separately, residents of Batibo said soldiers shot dead three young men at the town's market on Tuesday, accusing them of supporting the separatists.")])

report("c03", "2026-04-20", "https://mindanao-herald.example.ph/news/maguindanao-clash-dawlah-islamiyah",
"""Soldier, four militants killed in Maguindanao del Sur clash

COTABATO CITY - A soldier and four suspected members of the pro-Islamic State Dawlah Islamiyah group were killed in a firefight in Datu Hoffer Ampatuan, Maguindanao del Sur, on Saturday, the military said.

Troops of the Army's 6th Infantry Division were pursuing the group through a marshy area near the village of Kitango when the militants opened fire, division spokesman Lieutenant Colonel Jerome Dizon said.

Three soldiers were wounded in the exchange, which lasted about 40 minutes, and were flown by helicopter to a hospital in Cotabato City.

Soldiers recovered the bodies of four militants, two M16 rifles and bomb-making materials, Dizon said.

On Sunday, a roadside bomb exploded as an army truck passed on the highway in Shariff Aguak, wounding two soldiers, police said.

The military said it suspected the same group was behind the blast and that operations in the area would continue.

Dawlah Islamiyah, a loose network of militants who have pledged allegiance to the Islamic State group, has been weakened by years of military operations but still carries out bombings and ambushes in central Mindanao.

In May 2017, pro-IS fighters seized parts of Marawi City, sparking a five-month siege in which more than 1,000 people, most of them militants, were killed.

In December 2023, a bomb exploded during a Catholic Mass at a university gymnasium in Marawi, killing four people.

The peace deal with the Moro Islamic Liberation Front has brought relative calm to much of the region, but the creation of the autonomous Bangsamoro government has been marred by delays to its first parliamentary elections.

Local officials said classes in schools near Kitango were suspended on Monday as a precaution.
""",
[ev("Army troops pursuing Dawlah Islamiyah militants near Kitango, Datu Hoffer Ampatuan, fought a 40-minute firefight: one soldier and four militants killed, three soldiers wounded.",
    "2026-04-18", "'on Saturday'; published 2026-04-20 (a Monday)",
    "near Kitango, Datu Hoffer Ampatuan", "Maguindanao del Sur", "PH", "battle", "Dawlah Islamiyah", "Philippine security forces",
    killed=5, wounded=3,
    evidence="A soldier and four suspected members of the pro-Islamic State Dawlah Islamiyah group were killed in a firefight in Datu Hoffer Ampatuan, Maguindanao del Sur, on Saturday, the military said.\n\nTroops of the Army's 6th Infantry Division were pursuing the group through a marshy area near the village of Kitango when the militants opened fire, division spokesman Lieutenant Colonel Jerome Dizon said.\n\nThree soldiers were wounded in the exchange, which lasted about 40 minutes, and were flown by helicopter to a hospital in Cotabato City.",
    note="5 = 1 soldier + 4 militants (bodies recovered); the militants opened fire on the pursuing troops"),
 ev("A roadside bomb exploded as an army truck passed on the highway in Shariff Aguak, wounding two soldiers.",
    "2026-04-19", "'On Sunday'; published 2026-04-20 (a Monday)",
    "highway, Shariff Aguak", "Maguindanao del Sur", "PH", "explosion", "Dawlah Islamiyah", "Philippine security forces",
    wounded=2,
    evidence="On Sunday, a roadside bomb exploded as an army truck passed on the highway in Shariff Aguak, wounding two soldiers, police said.\n\nThe military said it suspected the same group was behind the blast and that operations in the area would continue.",
    note="group only suspected by the military")])

report("c04", "2026-09-29", "https://cairo-markets.example.eg/en/ride-hailing-price-war",
"""Ride-hailing price war turns bloody for Cairo start-ups

Egypt's ride-hailing market has become a battlefield this autumn, as a newcomer backed by Gulf investors launched an all-out assault on the incumbents with fares up to 40 percent lower.

The attack began in August, when the Dubai-funded app Sawwa flooded Cairo and Alexandria with discount codes and promised drivers a bonus for every trip.

Rivals hit back within days, and analysts say the three biggest players are now burning through millions of dollars a month to defend their share.

"It is a war of attrition, and the one with the deepest pockets survives," said Yasmine Khalil, a technology analyst at a Cairo investment bank.

Shares of a listed logistics group that owns a stake in one of the apps were shot down by 9 percent on the Egyptian Exchange on Monday, after it warned that losses would double.

Drivers, caught in the crossfire, say they earn more per hour than before but fear the bonuses will vanish once the fight is over.

"They are killing each other, and we are the ammunition," said Mahmoud, a driver who works for two apps at once.

Regulators at the competition authority said they were watching for predatory pricing but had not opened a formal investigation.

Egypt's economy has been hit by a currency crisis and high inflation since 2022, and car owners have turned to ride-hailing to make ends meet.

Investors expect a shake-out within a year, with at least one of the smaller apps likely to be taken over or to exit the market.

Sawwa's chief executive said the company was "here to stay" and would expand to the Delta cities by January.
""")

report("c05", "2026-08-04", "https://www.rus-south.example.ru/en/belgorod-shebekino-drone-minibus",
"""Drone hits minibus in Russia's Shebekino, killing two

A Ukrainian drone struck a minibus in the Russian border town of Shebekino on Monday morning, killing two passengers and wounding five, Belgorod regional governor Pavel Sedov said.

The minibus was carrying workers to a factory when the drone hit it at a crossroads in the town centre, Sedov wrote on Telegram, adding that the driver was among the wounded.

Three of the wounded were in serious condition in Belgorod's regional hospital on Tuesday, he said.

On Sunday, a woman was wounded when a drone dropped an explosive device on her car in the village of Grayvoron, near the border, according to the governor.

Ukraine does not usually comment on attacks inside Russia, and its military said only that it strikes "legitimate military targets".

Russia's defence ministry said its air defences had destroyed 47 Ukrainian drones over several regions overnight into Tuesday, without reporting damage or casualties.

Shebekino, which lies about six kilometres from the Ukrainian border, has been shelled and struck by drones regularly since 2023, and much of its population has left.

In December 2023, a Ukrainian attack on the centre of Belgorod killed 25 people, the deadliest single strike on a Russian city since the start of the war.

Ukraine says Russia's own strikes on its cities, including on Kharkiv, some 70 kilometres from Belgorod, have killed far more civilians.

The regional government has built concrete shelters at bus stops along the main roads of Shebekino and Belgorod.

Schools in border districts of the region will hold lessons online again when the school year begins in September, officials said.
""",
[ev("A Ukrainian drone struck a minibus carrying factory workers at a crossroads in central Shebekino: two passengers killed, five wounded.",
    "2026-08-03", "'on Monday morning'; published 2026-08-04 (a Tuesday)",
    "town centre, Shebekino", "Belgorod", "RU", "explosion", "Ukrainian security forces", "civilians",
    killed=2, wounded=5,
    evidence="A Ukrainian drone struck a minibus in the Russian border town of Shebekino on Monday morning, killing two passengers and wounding five, Belgorod regional governor Pavel Sedov said.\n\nThe minibus was carrying workers to a factory when the drone hit it at a crossroads in the town centre, Sedov wrote on Telegram, adding that the driver was among the wounded."),
 ev("A drone dropped an explosive device on a woman's car in Grayvoron, wounding her.",
    "2026-08-02", "'On Sunday'; published 2026-08-04 (a Tuesday)",
    "Grayvoron", "Belgorod", "RU", "explosion", "Ukrainian security forces", "civilians",
    wounded=1,
    evidence="On Sunday, a woman was wounded when a drone dropped an explosive device on her car in the village of Grayvoron, near the border, according to the governor.",
    note="drone's side not stated in the sentence; the article is about Ukrainian drones")],
[fig("Ukrainian drones destroyed over several Russian regions overnight", 47, "Russia",
     "Russia's defence ministry said its air defences had destroyed 47 Ukrainian drones over several regions overnight into Tuesday, without reporting damage or casualties.",
     note="count of intercepts, not one incident")])

report("c06", None, "https://papua-news.example.id/en/yahukimo-miners-killed",
"""Papua rebels say they killed gold miners in Yahukimo; police find four bodies

JAYAPURA, Indonesia - Police in Indonesia's Highland Papua province said they had recovered the bodies of four gold miners killed by separatist rebels at an illegal mining site in Yahukimo regency on Thursday.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organisation, said in a statement that its fighters had killed six miners, whom it accused of being spies for the Indonesian military.

Police said they had found four bodies with gunshot and machete wounds near a river camp in Seradala district, and that two other miners who escaped had been treated for injuries.

"We reject the accusation that they were spies. They were ordinary workers from Sulawesi trying to feed their families," a police spokesman said.

On Friday, soldiers shot dead two men in a firefight in Intan Jaya regency, the military said, describing them as TPNPB fighters.

The rebels said the two were farmers who had been working in their gardens, and local church leaders called for an independent investigation.

The TPNPB has been fighting for independence since Papua was incorporated into Indonesia after a disputed UN-backed vote in 1969.

Violence has intensified since 2018, when rebels killed about 20 road construction workers in Nduga, and the rebels held a New Zealand pilot hostage for more than a year and a half from 2023 to 2024.

Thousands of troops have been deployed to the highlands, and rights groups say tens of thousands of Papuans have fled their villages.

The government has split Papua into several new provinces, a move it says will speed up development but which critics say divides Papuan society.

Journalists have limited access to the highlands, and claims by both sides are hard to verify.
""",
[ev("TPNPB rebels attacked a gold-mining camp near a river in Seradala district, Yahukimo: police recovered four bodies, two miners injured; the rebels claimed six.",
    None, "'on Thursday'; no publication date",
    "mining camp, Seradala district, Yahukimo", "Highland Papua", "ID", "attack_on_civilians", "TPNPB", "civilians",
    killed=4, wounded=2,
    evidence="Police in Indonesia's Highland Papua province said they had recovered the bodies of four gold miners killed by separatist rebels at an illegal mining site in Yahukimo regency on Thursday.\n\nThe West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organisation, said in a statement that its fighters had killed six miners, whom it accused of being spies for the Indonesian military.\n\nPolice said they had found four bodies with gunshot and machete wounds near a river camp in Seradala district, and that two other miners who escaped had been treated for injuries.",
    note="the attackers' claim of six not used"),
 ev("Soldiers shot dead two men in Intan Jaya, called TPNPB fighters by the military and farmers by the rebels.",
    None, "'On Friday'; no publication date",
    "Intan Jaya", "Central Papua", "ID", "battle", "Indonesian security forces", "TPNPB",
    killed=2,
    evidence="On Friday, soldiers shot dead two men in a firefight in Intan Jaya regency, the military said, describing them as TPNPB fighters.\n\nThe rebels said the two were farmers who had been working in their gardens, and local church leaders called for an independent investigation.",
    note="identity of the dead disputed (fighters vs farmers); regency-level place")])
report("d01", "2026-11-24", "https://nilewire.example.sd/en/el-obeid-market-drone-strike",
"""Drone strike on El Obeid market kills at least 14, Sudan doctors say toll higher

PORT SUDAN (Wire) - A drone strike on a crowded market in the Sudanese city of El Obeid on Sunday killed at least 14 civilians, the North Kordofan state government said, blaming the paramilitary Rapid Support Forces (RSF).

The Sudan Doctors Network, a medical group that tracks casualties, said 19 people had been killed and more than 40 wounded, many of them women selling vegetables.

The RSF did not comment on the strike.

Witnesses said two drones hit the livestock section of the market at midday, and that the city's main hospital was overwhelmed by the wounded.

The army said separately that its forces had repelled an RSF attack on the town of Babanusa, in West Kordofan, on Monday, and had destroyed several combat vehicles.

Activists in South Kordofan said RSF drones had also struck areas around Kadugli in recent days, without giving details.

The war between the army and the RSF broke out in April 2023 and has killed tens of thousands of people, displaced more than 12 million and pushed parts of the country into famine.

After the RSF seized El Fasher, the army's last stronghold in Darfur, in October 2025, reports of mass killings of civilians there drew international condemnation.

Since then, the fighting has shifted to the Kordofan region, which lies between Darfur and the capital Khartoum.

El Obeid, the capital of North Kordofan, is a key army base and a hub for aid deliveries to the west.

Read more: UN warns of famine in besieged Kordofan towns
""",
[ev("RSF drone strike on the livestock section of El Obeid market: at least 14 killed (state government) or 19 (Sudan Doctors Network); more than 40 wounded.",
    "2026-11-22", "'on Sunday'; published 2026-11-24 (a Tuesday)",
    "market, El Obeid", "North Kordofan", "SD", "explosion", "Rapid Support Forces", "civilians",
    killed=14, killed_high=19, wounded=40,
    evidence="A drone strike on a crowded market in the Sudanese city of El Obeid on Sunday killed at least 14 civilians, the North Kordofan state government said, blaming the paramilitary Rapid Support Forces (RSF).\n\nThe Sudan Doctors Network, a medical group that tracks casualties, said 19 people had been killed and more than 40 wounded, many of them women selling vegetables.",
    note="state government 14, doctors' network 19; RSF did not comment"),
 ev("The army said it repelled an RSF attack on Babanusa on Monday.",
    "2026-11-23", "'on Monday'; published 2026-11-24 (a Tuesday)",
    "Babanusa", "West Kordofan", "SD", "battle", "Rapid Support Forces", "Sudanese security forces",
    evidence="The army said separately that its forces had repelled an RSF attack on the town of Babanusa, in West Kordofan, on Monday, and had destroyed several combat vehicles."),
 ev("RSF drones struck areas around Kadugli in recent days (activists; no details).",
    None, "'in recent days'",
    "areas around Kadugli", "South Kordofan", "SD", "explosion", "Rapid Support Forces", "unknown",
    evidence="Activists in South Kordofan said RSF drones had also struck areas around Kadugli in recent days, without giving details.",
    optional=True)])

report("d02", "2026-10-12", "https://www.tchad-info.example.td/en/lake-chad-island-attack",
"""Chad: seven soldiers killed as Boko Haram attacks island post on Lake Chad

N'DJAMENA - Boko Haram fighters attacked a Chadian army post on an island in Lake Chad overnight from Saturday to Sunday, killing seven soldiers and wounding 12, the army said on Monday.

The attackers arrived in motorised canoes and assaulted the post on the island of Kaiga-Kindjiria, near the town of Ngouboua, army spokesman General Mahamat Abakar said.

He said the soldiers fought back for several hours and that the bodies of 17 attackers had been recovered after they withdrew.

Nine of the wounded soldiers were evacuated to a military hospital in N'Djamena, where they were still being treated on Monday.

A local official in Bol said there had been another attack "elsewhere on the islands" on the same night, without giving details.

In October 2024, Boko Haram fighters killed about 40 soldiers in an attack on an army base at Barkaram, in the same province, prompting President Mahamat Idriss Deby to launch a military operation against the group.

The president, who took power in 2021 after his father was killed while visiting troops fighting rebels in the north, has threatened to withdraw Chad from the Multinational Joint Task Force that fights jihadists around the lake.

The lake's hundreds of islands and marshes, shared by Chad, Nigeria, Niger and Cameroon, have long served as hideouts for Boko Haram and its rival, Islamic State West Africa Province.

Fishermen and farmers on the islands say they are squeezed between the jihadists, who tax them, and the army, which restricts their movements.

The governor of the Lac province ordered a curfew on boat traffic from 6pm to 6am.
""",
[ev("Boko Haram fighters in motorised canoes attacked the army post on Kaiga-Kindjiria island near Ngouboua overnight: seven soldiers killed, 12 wounded; the army recovered 17 attackers' bodies.",
    "2026-10-10", "'overnight from Saturday to Sunday': first night taken, Saturday; published 2026-10-12 (a Monday)",
    "army post, Kaiga-Kindjiria island, near Ngouboua", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
    killed=24, wounded=12,
    evidence="Boko Haram fighters attacked a Chadian army post on an island in Lake Chad overnight from Saturday to Sunday, killing seven soldiers and wounding 12, the army said on Monday.\n\nThe attackers arrived in motorised canoes and assaulted the post on the island of Kaiga-Kindjiria, near the town of Ngouboua, army spokesman General Mahamat Abakar said.\n\nHe said the soldiers fought back for several hours and that the bodies of 17 attackers had been recovered after they withdrew.",
    note="24 = 7 soldiers + 17 attackers' bodies recovered by the defending side; 9 of 12 wounded still in hospital"),
 ev("Another attack elsewhere on the Lake Chad islands the same night (no details).",
    "2026-10-10", "'on the same night' (the night from Saturday)",
    "elsewhere on the Lake Chad islands", "Lac", "TD", "battle", "unknown", "unknown",
    evidence="A local official in Bol said there had been another attack \"elsewhere on the islands\" on the same night, without giving details.",
    optional=True)])

report("d03", "2026-06-26", "https://cotonou-daily.example.bj/en/karimama-police-post-attack",
"""Three police officers killed in attack on Karimama post in northern Benin

COTONOU - Gunmen attacked a police post in Karimama, in northern Benin's Alibori department near the border with Niger, on Thursday, killing three police officers, the government said on Friday.

Government spokesman Gildas Adjovi said the officers had fought back and that two of the attackers had been killed.

Another officer was wounded and was taken to hospital in Kandi, he said.

The attack came three days after two park rangers were killed on Monday when their vehicle hit an explosive device on a track in the Pendjari National Park, according to the park's management.

No group claimed either attack, but the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) has been expanding from Burkina Faso and Niger into the national parks of northern Benin.

In April 2025, JNIM fighters killed 54 soldiers in an attack on army positions in the W National Park, the deadliest attack on Benin's forces.

Benin has deployed thousands of troops to the north under an operation called Mirador, and has recruited new soldiers to guard the border.

Relations with the military government in neighbouring Niger remain tense, and the two countries have traded accusations over the border's closure and the security of an oil pipeline.

Residents of Karimama said many families had moved to the department capital, Kandi, fearing further attacks.

"We hear gunfire at night and nobody tells us anything," a shopkeeper said by telephone.

The government said reinforcements had been sent to Karimama and that patrols had been stepped up along the Niger river.
""",
[ev("Gunmen attacked the police post in Karimama: three police officers and two attackers killed, one officer wounded.",
    "2026-06-25", "'on Thursday'; published 2026-06-26 (a Friday)",
    "police post, Karimama", "Alibori", "BJ", "battle", "militants (unidentified)", "Beninese security forces",
    killed=5, wounded=1,
    evidence="Gunmen attacked a police post in Karimama, in northern Benin's Alibori department near the border with Niger, on Thursday, killing three police officers, the government said on Friday.\n\nGovernment spokesman Gildas Adjovi said the officers had fought back and that two of the attackers had been killed.\n\nAnother officer was wounded and was taken to hospital in Kandi, he said.",
    note="5 = 3 police + 2 attackers; not claimed (JNIM suspected by context only)"),
 ev("Two park rangers were killed when their vehicle hit an explosive device on a track in Pendjari National Park.",
    "2026-06-22", "'on Monday', three days before Thursday; published 2026-06-26 (a Friday)",
    "Pendjari National Park", "Atacora", "BJ", "explosion", "unknown", "Beninese security forces",
    killed=2,
    evidence="The attack came three days after two park rangers were killed on Monday when their vehicle hit an explosive device on a track in the Pendjari National Park, according to the park's management.",
    note="rangers counted as state forces")])

report("d04", "2026-10-23", "https://www.caucasusmonitor.example.ru/en/grozny-drone-strike-nazran-arrest",
"""Drone hits police base in Grozny, four wounded; suspect detained in Ingushetia

A drone struck the base of a police special unit in the Chechen capital Grozny early on Wednesday, wounding four officers and setting fire to a building, the regional government said.

The Chechen government wrote on Telegram that air defences had shot down two other drones over the city and that the attack had been launched by Ukraine.

Kyiv did not comment.

The four wounded officers were taken to the republican hospital, and two of them were still there on Thursday, the Chechen health ministry said.

On Thursday, Russia's Federal Security Service (FSB) said it had detained a man in Nazran, in neighbouring Ingushetia, on suspicion of passing the coordinates of military and police facilities in the North Caucasus to Ukrainian intelligence.

The FSB released a video of the suspect, a 29-year-old local resident, saying he had been recruited through a messaging app and paid in cryptocurrency.

He faces charges of high treason, which carry a sentence of up to life in prison.

Ukrainian drones have struck targets in Chechnya several times since late 2024, including the same police base, which houses units that the Chechen leadership has sent to fight in Ukraine.

Chechnya was the scene of two wars between Russian forces and separatists in the 1990s and 2000s, in which tens of thousands of people were killed and much of Grozny was destroyed.

Officials in Grozny promised a "harsh response" to the attack.

Flights at Grozny airport were suspended for several hours on Wednesday morning.
""",
[ev("A drone (Ukrainian, per the Chechen government) struck a police special-unit base in Grozny early on Wednesday, wounding four officers and setting a building on fire.",
    "2026-10-21", "'early on Wednesday'; published 2026-10-23 (a Friday)",
    "police special-unit base, Grozny", "Chechnya", "RU", "explosion", "Ukrainian security forces", "Russian security forces",
    wounded=4,
    evidence="A drone struck the base of a police special unit in the Chechen capital Grozny early on Wednesday, wounding four officers and setting fire to a building, the regional government said.\n\nThe Chechen government wrote on Telegram that air defences had shot down two other drones over the city and that the attack had been launched by Ukraine.",
    note="attribution by the Chechen government; Kyiv did not comment; 2 of 4 wounded still in hospital"),
 ev("The FSB detained a man in Nazran suspected of passing coordinates of military and police sites to Ukrainian intelligence.",
    None, "'On Thursday' the FSB said it had detained him; day of detention not stated",
    "Nazran", "Ingushetia", "RU", "arrest", "Russian security forces", "unknown",
    evidence="On Thursday, Russia's Federal Security Service (FSB) said it had detained a man in Nazran, in neighbouring Ingushetia, on suspicion of passing the coordinates of military and police facilities in the North Caucasus to Ukrainian intelligence.",
    arrested=1, note="the day is the FSB's announcement, not the detention")])
report("d05", "2026-04-16", "https://maghreb-observer.example.ly/en/tunisia/sousse-appeal-verdict",
"""Tunisian appeals court upholds sentences over 2015 Sousse beach massacre

TUNIS - A Tunisian appeals court on Thursday upheld life sentences for six men convicted of helping to prepare the June 2015 attack on a beach hotel near Sousse, in which a gunman killed 38 tourists.

The court in Tunis also raised the prison terms of three other defendants, including a hotel security guard who prosecutors said had failed to raise the alarm, defence lawyers said.

Seifeddine Rezgui, a 23-year-old student, opened fire with an assault rifle hidden in a beach umbrella at the Riu Imperial Marhaba hotel in Port El Kantaoui on 26 June 2015, shooting holidaymakers on their sun loungers and by the pool.

Thirty of the dead were British, and dozens of other people were wounded before police shot the gunman dead in a street near the hotel.

The Islamic State group claimed the attack, which came three months after gunmen killed 21 tourists and a police officer at the Bardo museum in Tunis.

Prosecutors argued that the defendants had trained with Rezgui in Libya, hidden the weapon and scouted the hotel in the weeks before the massacre.

Defence lawyers said the confessions of several defendants had been obtained under pressure and said they would take the case to the Court of Cassation.

A British inquest found in 2017 that the Tunisian police response had been slow and disorganised.

The two attacks devastated Tunisia's tourist industry for several years, and visitor numbers only recovered after 2019.

Relatives of the British victims welcomed the ruling but said they still wanted answers about why armed officers had taken so long to reach the beach.

The Riu Imperial Marhaba has since reopened under a different name.
""")

report("d06", "2026-12-01", "https://www.newsradio.example.eu/europe/kharkiv-surgeon-profile",
"""The surgeon who stayed: eleven thousand operations in a city under fire

Olena Bondarenko was halfway through a shift at Kharkiv's regional hospital when the first missiles fell on the city in February 2022. She has not left since.

Caption: Dr Bondarenko between operations at the hospital in Kharkiv.

In the years that followed, the 52-year-old trauma surgeon and her team have carried out more than 11,000 operations on people wounded by shells, glide bombs, missiles and drones, according to hospital records.

"We learned to read a war from the wounds," she said. "Shrapnel from a glide bomb is different from a drone, and a drone is different from a cluster rocket."

Read more: Kharkiv's underground schools open for a third winter

She remembers the worst days by their numbers. In May 2024, when a guided bomb hit the Epicentr hypermarket on a Saturday afternoon and killed 19 people, her department received 30 wounded in two hours.

In February this year, a drone attack on a residential district brought in a family of five; she operated on the mother and two children through the night, and all three survived.

The hospital has itself been damaged twice by blasts nearby, and its operating theatres now work in a basement protected by sandbags and concrete blocks.

Her son, a paramedic, serves with a brigade in the Donetsk region, and she checks her phone between operations for his messages.

Colleagues describe her as calm and blunt. "She shouts at everybody, and then she saves everybody," said a nurse who has worked beside her since 2019.

Bondarenko says the hardest part is not the blood but the exhaustion, and the young doctors who leave for Kyiv or abroad.

She has trained more than 40 junior surgeons in battlefield trauma techniques, some of whom now work in field hospitals near the front line.

Asked whether she ever thought of leaving, she laughed. "Who would do the work? The war has not left, so neither have I."

Read more: Ukraine's medics count the cost of a long war
""",
figures=[fig("operations on war-wounded at Kharkiv regional hospital since February 2022", 11000, "Kharkiv",
             "In the years that followed, the 52-year-old trauma surgeon and her team have carried out more than 11,000 operations on people wounded by shells, glide bombs, missiles and drones, according to hospital records.",
             note="'more than'")])


# ---------------------------------------------------------------- checks
def sentences(text):
    body = re.sub(r"\s+", " ", text)
    return [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"(])", body) if len(s) > 2]


def check(r, problems):
    key, text, pub = r["key"], r["text"], r["published"]
    n = len(sentences(text))
    if not 8 <= n <= 25:
        problems.append(f"{key}: {n} sentences")
    pubd = datetime.date.fromisoformat(pub) if pub else None
    # weekday-and-date phrases in the text must fit the calendar
    for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
        d = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            problems.append(f"{key}: '{m.group(0)}' is a {WEEKDAYS[d.weekday()]}")
    for m in re.finditer(r"\b(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
        d = datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            problems.append(f"{key}: '{m.group(0)}' is a {WEEKDAYS[d.weekday()]}")
    for i, e in enumerate(r["events"]):
        tag = f"{key}#{i}"
        if e["type"] not in TYPES:
            problems.append(f"{tag}: type {e['type']}")
        for piece in e["evidence"].split(" [...] "):
            if not piece or piece not in text:
                problems.append(f"{tag}: evidence not verbatim: {piece[:60]!r}")
        if e["date"]:
            d = datetime.date.fromisoformat(e["date"])
            if pubd and d > pubd:
                problems.append(f"{tag}: date after publication")
            if pubd and (pubd - d).days > 40:
                problems.append(f"{tag}: date more than 40 days before publication")
            # the first weekday quoted in the note must be the date's weekday
            q = re.search(r"'[^']*?\b(%s)\b" % "|".join(WEEKDAYS), e["date_note"])
            if q and q.group(1) != WEEKDAYS[d.weekday()]:
                problems.append(f"{tag}: note says {q.group(1)}, date is a {WEEKDAYS[d.weekday()]}")
        # "(a Sunday)" remarks in the note must be true of the date they follow
        for m in re.finditer(r"(\d{4}-\d{2}-\d{2}) \(a (%s)\)" % "|".join(WEEKDAYS), e["date_note"]):
            d = datetime.date.fromisoformat(m.group(1))
            if WEEKDAYS[d.weekday()] != m.group(2):
                problems.append(f"{tag}: {m.group(1)} is not a {m.group(2)}")
        for lo, hi in (("killed", "killed_high"), ("wounded", "wounded_high")):
            if e[hi] is not None and (e[lo] is None or e[hi] < e[lo]):
                problems.append(f"{tag}: {hi} < {lo}")
        if e["type"] == "arrest" and "arrested" not in e:
            pass
    for f in r["figures"]:
        for piece in f["evidence"].split(" [...] "):
            if piece not in text:
                problems.append(f"{key} figure: evidence not verbatim: {piece[:60]!r}")


def main():
    problems = []
    keys = [r["key"] for r in REPORTS]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    for r in REPORTS:
        check(r, problems)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    order = sorted(REPORTS, key=lambda r: r["key"])
    random.Random(606).shuffle(order)
    with open("docs.jsonl", "w", encoding="utf-8") as fd, open("gold.jsonl", "w", encoding="utf-8") as fg:
        for n, r in enumerate(order, 1):
            rid = "h6%02d" % n
            doc = {"id": rid, "text": r["text"]}
            if r["url"]:
                doc["url"] = r["url"]
            if r["published"]:
                doc["published"] = r["published"]
            fd.write(json.dumps(doc, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": rid, "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]},
                                ensure_ascii=False) + "\n")
    evs = [e for r in REPORTS for e in r["events"]]
    print("reports %d, empty %d, events %d, optional %d, figures %d, countries %s" % (
        len(REPORTS), sum(1 for r in REPORTS if not r["events"]), len(evs),
        sum(1 for e in evs if e.get("optional")), sum(len(r["figures"]) for r in REPORTS),
        ",".join(sorted({e["country"] for e in evs}))))


if __name__ == "__main__":
    main()
