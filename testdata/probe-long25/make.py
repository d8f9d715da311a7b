#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl (batch A, A01-A24) and docs-b.jsonl and
gold-b.jsonl (batch B, B01-...): long reports of our own, in our own words, with
the events expected of them in the shared corpus's gold format (spec/EVENTS.md),
written before sitrep was run on them. Conventions: /work/shared/corpus/news-dev/README.md."""
import json, os


def ev(place, typ, actor1, date, killed=None, wounded=None, actor2="", admin="", country="",
       killed_high=None, optional=False, evidence=""):
    e = {"summary": "", "date": date, "place": place, "admin": admin, "country": country, "type": typ,
         "actor1": actor1, "actor2": actor2, "killed": killed, "killed_high": killed_high,
         "wounded": wounded, "wounded_high": None, "evidence": evidence}
    if optional:
        e["optional"] = True
    return e


A = []  # (id, published, text, [events])

A.append(("A01", "2024-03-10", """Gunmen kill 14 in raid on northern Burkina Faso village

OUAGADOUGOU, March 10 -- Suspected jihadists killed at least 14 civilians in a raid on a village in northern Burkina Faso on Saturday, local sources said on Sunday.

The assailants arrived on motorbikes in Tangaye, a farming village about 20 km from Ouahigouya, and opened fire on men gathered near the mosque, a resident who fled to the town said.

"They went from house to house. We buried fourteen people this morning," the resident said by telephone, asking not to be named for fear of reprisals.

No group has claimed the killing. The al-Qaeda-linked JNIM and a local branch of the Islamic State are both active in the area.

The army said in a statement that its soldiers had repelled an attack near Titao on Friday and killed about 30 assailants, without giving a toll of its own losses.

The statement did not mention Tangaye.

Burkina Faso's junta, which seized power in September 2022, has pledged to restore security, but large parts of the country remain outside state control.

In November 2022, more than 40 people were killed in a similar raid in the same province.

Last month, the government suspended two international broadcasters over their reporting on alleged abuses by soldiers.

More than two million people have been displaced by the violence, according to the United Nations.

Rights groups urged the authorities to investigate the Tangaye attack and to protect villagers in the north.""",
 [ev("Tangaye", "attack_on_civilians", "militants (unidentified)", "2024-03-09", 14, country="BF"),
  ev("Titao", "battle", "militants (unidentified)", "2024-03-08", None, country="BF")]))

A.append(("A02", "2024-08-06", """RSF shelling kills 11 at El Fasher market, doctors say

Shelling by the Rapid Support Forces killed 11 people and wounded 37 at a market in El Fasher on Monday, a doctors' group said, as the paramilitary tightened its siege of the army's last stronghold in Darfur.

The shells struck the Naivasha livestock market in the south of the city around midday, when it was crowded, the Sudan Doctors Network said in a statement on Tuesday.

Among the dead were three children, the group said.

The Saudi Hospital, the only hospital still working in the city, received most of the wounded but is running short of blood and anaesthetics, medics said.

The RSF, which has been at war with the army since April 2023, did not respond to a request for comment. It has denied targeting civilians in the past.

On Saturday, a drone attack attributed to the RSF hit a shelter for displaced families in Abu Shouk camp, north of the city, killing four women, according to the camp's coordination committee.

Army aircraft struck RSF positions east of the city on Sunday, residents said. There was no word on casualties.

In May, the RSF launched a major offensive on El Fasher, and fighting has continued almost daily since.

The United Nations says famine has been confirmed in Zamzam camp near the city.

"The world is watching El Fasher burn," said a local activist. "Every day we count the dead."

Talks in Switzerland proposed by the United States are due to start next week, but the army has not said whether it will attend.""",
 [ev("El Fasher", "explosion", "Rapid Support Forces", "2024-08-05", 11, 37, country="SD"),
  ev("Abu Shouk", "explosion", "Rapid Support Forces", "2024-08-03", 4, country="SD"),
  ev("El Fasher", "explosion", "Sudanese Armed Forces", "2024-08-04", None, country="SD", optional=True)]))

A.append(("A03", "2025-02-14", """Russia-Ukraine war: live updates

17:40 -- Two people were killed and five injured when a Russian glide bomb hit a residential street in Kostiantynivka this afternoon, the governor of the Donetsk region said.

16:05 -- Ukraine's foreign minister said Kyiv would not accept any peace deal negotiated without its participation.

14:30 -- Russia's defence ministry claimed its troops had taken control of the village of Novoocheretuvate in the Pokrovsk direction. Ukraine's general staff did not comment.

12:15 -- A drone attack on Kharkiv overnight damaged an apartment block and wounded three people, including a child, mayor Ihor Terekhov said.

10:50 -- Russia launched 154 drones and two ballistic missiles overnight, the air force said; 103 of the drones were shot down and others were lost to electronic jamming.

09:20 -- Catching up: on Wednesday, a missile strike on Kyiv killed one man and damaged buildings near the St Sophia area, officials said. Rescuers worked through the night.

08:00 -- Good morning and welcome to our coverage. The full-scale war enters its fourth year later this month. Russia holds about a fifth of Ukraine's territory.""",
 [ev("Kostiantynivka", "explosion", "Russian armed forces", "2025-02-14", 2, 5, country="UA"),
  ev("Novoocheretuvate", "territory_gain", "Russian armed forces", None, country="UA", optional=True),
  ev("Kharkiv", "explosion", "Russian armed forces", "2025-02-13", None, 3, country="UA"),
  ev("Kyiv", "explosion", "Russian armed forces", "2025-02-12", 1, country="UA")]))

A.append(("A04", "2023-11-19", """Bandits abduct 32 in Zamfara days after killing nine farmers

GUSAU -- Armed bandits on Saturday night abducted at least 32 people, mostly women and children, from Kanoma village in Maru Local Government Area of Zamfara State, residents have said.

A resident, Malam Sani, told our correspondent that the gunmen came in large numbers on motorcycles at about 10pm, shooting sporadically.

"They took my two wives and my brother's children. We don't know where they are now," he said.

The spokesperson of the Zamfara State Police Command, Yazid Abubakar, confirmed the incident, saying tactical teams had been deployed to the area to rescue the victims.

The latest abduction comes less than a week after bandits killed nine farmers in Dangulbi, also in Maru LGA, on Tuesday. The farmers were harvesting their crops when they were attacked.

Residents said the community had paid a levy of N5 million to the bandits in September to be allowed to farm.

In 2021, gunmen abducted 279 schoolgirls from Jangebe in the same state.

The state governor, Dauda Lawal, condemned the attacks and promised to equip the Community Protection Guards.

Meanwhile, troops of Operation Hadarin Daji said they killed 12 bandits and rescued 17 kidnapped persons in an operation in Tsafe LGA on Thursday.

A security analyst, Kabiru Adamu, said the attacks showed that the bandits had regrouped after last year's military operations.""",
 [ev("Kanoma", "other", "bandits", "2023-11-18", country="NG"),
  ev("Dangulbi", "attack_on_civilians", "bandits", "2023-11-14", 9, country="NG"),
  ev("Tsafe", "battle", "Nigerian army", "2023-11-16", 12, country="NG")]))

A.append(("A05", "2024-05-28", """Junta airstrike on Sagaing village kills eight, residents say

Junta aircraft bombed a village in Sagaing Region's Kanbalu Township on Monday morning, killing eight civilians including a monk, residents and a local resistance group said.

Two bombs fell on the centre of Let Yet Kone village at about 9am, destroying the monastery and a dozen houses, a villager who helped recover bodies said.

Fourteen people were injured, five of them seriously, and were taken to a clinic run by the local People's Defence Force.

Junta spokesman Maj-Gen Zaw Min Tun did not answer calls seeking comment. The regime usually says it targets "terrorists".

Kanbalu has seen heavy fighting since resistance forces stormed a junta outpost near the township's main town on May 12.

The resistance said 17 soldiers died in that assault, which set off a wave of reprisal raids.

Last week, junta troops torched more than 200 houses in nearby Ye-U Township, according to local media.

Since the coup in February 2021, the military has carried out more than 1,600 airstrikes on civilian areas, according to a monitoring group.

The National Unity Government said it would submit evidence of the Let Yet Kone bombing to the International Criminal Court.

"We have nowhere safe left," the villager said.""",
 [ev("Let Yet Kone", "explosion", "Myanmar military", "2024-05-27", 8, 14, country="MM"),
  ev("Kanbalu", "battle", "People's Defence Force", "2024-05-12", None, country="MM"),
  ev("Ye-U", "attack_on_civilians", "Myanmar military", None, country="MM", optional=True)]))

A.append(("A06", "2025-04-07", """Al-Shabaab mortars hit near Mogadishu airport; soldiers killed in Lower Shabelle

MOGADISHU, April 7 -- Al-Shabaab militants fired several mortar rounds towards Mogadishu's Aden Adde International Airport on Monday morning, wounding two civilians in a nearby neighbourhood, police said.

The shells landed in Hodan district, outside the airport perimeter, police spokesman Abdifatah Aden said. Flights were not affected.

Al-Shabaab said in a statement on its radio station that it had targeted "the crusader bases" at the airport.

In a separate attack, militants overran a military base in Awdheegle, in Lower Shabelle region, on Sunday, killing at least seven soldiers, a military officer said. The army later said it had retaken the base.

Residents reported heavy fighting for several hours before the troops withdrew.

The attacks come weeks after al-Shabaab fighters captured several towns in Middle Shabelle in a counter-offensive that began in February.

President Hassan Sheikh Mohamud escaped unhurt when a roadside bomb, later claimed by al-Shabaab, targeted his convoy in Mogadishu on March 18.

The African Union mission, known as AUSSOM, is struggling with funding shortfalls.

The government has vowed to eliminate al-Shabaab, which has fought to overthrow it for nearly two decades.""",
 [ev("Hodan", "explosion", "al-Shabaab", "2025-04-07", None, 2, country="SO"),
  ev("Awdheegle", "battle", "al-Shabaab", "2025-04-06", 7, country="SO"),
  ev("Mogadishu", "explosion", "al-Shabaab", "2025-03-18", country="SO")]))

A.append(("A07", "2024-10-15", """Two soldiers killed in ELN drone attack in Catatumbo

CUCUTA -- Two soldiers were killed and four wounded when explosives dropped from a drone hit an army post in the rural area of Tibu, in Norte de Santander, on Monday night, the army said.

The Second Division blamed the National Liberation Army (ELN) guerrilla for the attack, which it described as "a cowardly act of terrorism".

The soldiers were guarding an oil pipeline near the hamlet of Campo Dos when the device struck.

Drone attacks have become increasingly common in the Catatumbo region, where the ELN and dissidents of the former FARC guerrilla fight for control of coca crops and smuggling routes.

On October 3, a similar attack in the municipality of El Tarra wounded a police officer, local authorities said.

President Gustavo Petro suspended peace talks with the ELN in September after an attack on a military base in Arauca killed two soldiers.

The Ombudsman's Office said in a report this month that more than 10,000 people have been displaced in the region this year.

Governor William Villamizar called for more troops.

"We cannot keep counting dead soldiers," he told reporters in Cucuta on Tuesday.""",
 [ev("Tibu", "explosion", "ELN", "2024-10-14", 2, 4, country="CO"),
  ev("El Tarra", "explosion", "unknown", "2024-10-03", None, 1, country="CO"),
  ev("Arauca", "battle", "ELN", None, 2, country="CO", optional=True)]))

A.append(("A08", "2023-02-26", """North Kivu: ADF attack leaves at least 15 dead in Beni territory

BENI, 26 February -- At least 23 civilians were killed overnight from Friday to Saturday when suspected Allied Democratic Forces (ADF) rebels attacked the village of Mukondi, in the Beni territory of North Kivu, local civil society leaders said.

The attackers used machetes and guns and set fire to several houses, said Kinos Katuo, head of civil society in the Bashu chiefdom.

The army spokesman for the Sokola 1 operation, Captain Antony Mualushayi, confirmed the attack but gave a provisional toll of 15 dead.

Survivors said the rebels had come from the forest near the Semuliki river.

Mukondi is about 30 km from Oicha, where 11 people were killed in a similar raid on February 12.

The ADF, which originated in Uganda, pledged allegiance to the Islamic State in 2019, and the Islamic State Central Africa Province often claims its attacks.

Since 2021, the Ugandan and Congolese armies have carried out joint operations against the group, without ending the killings.

The UN refugee agency said on Friday that more than six million people are internally displaced in eastern Congo.

Further south, M23 rebels clashed with the army and allied militias near Sake on Saturday, residents said, sending hundreds of families fleeing towards Goma.

Civil society called on the authorities to set up a plan to help the survivors.""",
 [ev("Mukondi", "attack_on_civilians", "ADF", "2023-02-24", 15, killed_high=23, country="CD"),
  ev("Oicha", "attack_on_civilians", "unknown", "2023-02-12", 11, country="CD"),
  ev("Sake", "battle", "M23", "2023-02-25", country="CD")]))

A.append(("A09", "2024-09-04", """Drone bombs kill woman, injure 12 in Manipur

IMPHAL, Sept 4 -- Suspected militants used drones to drop bombs on Koutruk village in Imphal West district on Sunday, killing a woman and injuring nine people, police said.

Hours later, gunmen opened fire from the hills on the nearby village of Kadangband, police said. Two people were wounded.

On Monday, another drone bomb struck Senjam Chirang village, injuring three, including a father and his daughter.

Police described the use of drones as a "significant escalation" in the ethnic conflict between the Meitei and Kuki-Zo communities that began in May last year.

More than 220 people have been killed and about 60,000 displaced since then.

Chief Minister N Biren Singh said on Tuesday that the state would deploy anti-drone systems.

Kuki-Zo groups denied involvement and accused the state police of siding with Meitei militias.

Opposition parties demanded President's Rule in the state.

Schools in Imphal were closed on Wednesday as a precaution.

The killing of a retired soldier in Jiribam district on Saturday has also raised tensions in the south of the state.""",
 [ev("Koutruk", "explosion", "militants (unidentified)", "2024-09-01", 1, 9, country="IN"),
  ev("Kadangband", "attack_on_civilians", "unknown", "2024-09-01", None, 2, country="IN"),
  ev("Senjam Chirang", "explosion", "unknown", "2024-09-02", None, 3, country="IN"),
  ev("Jiribam", "attack_on_civilians", "unknown", "2024-08-31", 1, country="IN")]))

A.append(("A10", "2025-03-03", """ISPR: 10 terrorists killed in North Waziristan operations, soldier martyred

RAWALPINDI: Security forces killed ten terrorists in two separate intelligence-based operations in North Waziristan district, the Inter-Services Public Relations (ISPR) said in a statement on Monday.

In the first operation, conducted in the Mir Ali area on Saturday, six terrorists were killed after an intense exchange of fire, the statement said.

In the second operation, in Datta Khel on Sunday, troops effectively engaged the terrorists' location and four were killed, it added. During the exchange of fire, Sepoy Muhammad Ali, 24, embraced shahadat.

Weapons and ammunition were also recovered from the killed terrorists, who were involved in numerous terrorist activities against security forces and the killing of innocent civilians.

Sanitisation operations are being conducted to eliminate any other khwarij found in the area.

On Friday, a suicide bomber struck a seminary in Akora Khattak in Nowshera district, killing six people including its deputy head.

Pakistan has seen a surge in militant violence since the Tehreek-e-Taliban Pakistan ended a ceasefire with the government in November 2022.

Islamabad accuses Afghanistan's Taliban rulers of sheltering TTP fighters, a charge Kabul denies.

Prime Minister Shehbaz Sharif praised the troops and said the nation stood with its forces.

The operations came days after the government announced a new counterterrorism plan for Khyber Pakhtunkhwa.""",
 [ev("Mir Ali", "battle", "Pakistani military", "2025-03-01", 6, country="PK"),
  ev("Datta Khel", "battle", "Pakistani military", "2025-03-02", 5, country="PK"),
  ev("Akora Khattak", "explosion", "militants (unidentified)", "2025-02-28", 6, country="PK")]))

A.append(("A11", "2023-09-12", """Mali says 23 killed in attack on river boat

BAMAKO, Sept 12 -- Gunmen attacked a passenger boat on the Niger River near the town of Rharous on Monday, killing 21 civilians and two soldiers, Mali's transitional government said on Tuesday.

The boat, run by the public river company, was travelling from Gao to Mopti when it came under rocket fire, a statement read on state television said.

Soldiers on board returned fire and forced the attackers to flee, it said.

The government blamed the attack on "terrorists" and declared three days of national mourning.

On Friday, an attack on an army camp in Bourem, in the Gao region, killed ten soldiers, according to an army statement issued the same day. The army said it had killed dozens of assailants.

The al-Qaeda-affiliated JNIM claimed responsibility for the Bourem attack in a message on social media.

Violence has risen in northern Mali since the UN peacekeeping mission began withdrawing in July after the junta ordered it to leave.

In August, JNIM announced a blockade of Timbuktu, and residents say food prices have doubled since.

Separatist rebels of the CMA, who signed a peace deal in 2015, accused the army of bombing their positions near Ber last month.

"We are at war," a government spokesman said.

The junta has turned to Russian paramilitaries for support since 2021.""",
 [ev("Rharous", "explosion", "militants (unidentified)", "2023-09-11", 23, country="ML"),
  ev("Bourem", "battle", "JNIM", "2023-09-08", 10, country="ML"),
  ev("Ber", "explosion", "Malian army", None, country="ML", optional=True)]))

A.append(("A12", "2024-02-20", """Israeli strike on south Lebanon house kills four; Hezbollah fires rockets

BEIRUT, Feb 20 -- An Israeli drone strike on a house in the southern Lebanese village of Kfar Kila killed four people on Monday, Lebanon's state news agency said.

The agency said the dead were a man, his wife and their two sons. The Israeli military said it had struck "a terrorist infrastructure" in the area.

Hezbollah said it fired dozens of rockets at an Israeli army base in Kiryat Shmona on Tuesday in response. The Israeli military said no one was hurt.

Earlier, on Sunday, an Israeli strike on a car near Nabatieh killed a Hezbollah commander, a security source said.

On Feb 14, Israeli strikes on Nabatieh killed ten civilians, the deadliest day for civilians in Lebanon since the exchanges began.

The cross-border exchanges began on October 8, a day after Hamas's attack on southern Israel.

More than 200 people have been killed in Lebanon, most of them Hezbollah fighters.

France has proposed a plan under which Hezbollah would pull its fighters back 10 km from the border.

Israeli Defence Minister Yoav Gallant warned that Israel could strike deeper into Lebanon if diplomacy failed.""",
 [ev("Kfar Kila", "explosion", "Israeli military", "2024-02-19", 4, country="LB"),
  ev("Kiryat Shmona", "explosion", "Hezbollah", "2024-02-20", country="IL"),
  ev("Nabatieh", "explosion", "Israeli military", "2024-02-18", 1, country="LB"),
  ev("Nabatieh", "explosion", "Israeli military", "2024-02-14", 10, country="LB")]))

A.append(("A13", "2022-11-30", """Army: three NPA rebels killed in Negros clash

BACOLOD CITY -- Three suspected members of the New People's Army (NPA) were killed in an encounter with government troops in Himamaylan City, Negros Occidental, on Tuesday morning, the Philippine Army said.

The commander of the 94th Infantry Battalion said troops were responding to reports of extortion when they were fired upon by about 15 rebels in Sitio Kalamansian, Barangay Carabalan.

The firefight lasted around 20 minutes. No soldiers were hurt.

Recovered from the scene were three M16 rifles, a grenade launcher and subversive documents.

The clash came a week after an NPA landmine attack wounded four soldiers in Guihulngan City, Negros Oriental, on November 22.

The army said the rebels had been weakened, with 42 members surrendering this year on Negros Island.

The communist insurgency, one of Asia's longest-running, has killed more than 40,000 people since 1969.

Peace talks between the government and the National Democratic Front collapsed in 2017.

The provincial government has offered a reward of P100,000 for information on NPA leaders.""",
 [ev("Himamaylan", "battle", "Philippine army", "2022-11-29", 3, country="PH"),
  ev("Guihulngan", "explosion", "New People's Army", "2022-11-22", None, 4, country="PH")]))

A.append(("A14", "2024-06-18", """Gangs burn homes in town south of Haiti's capital as Kenyan police prepare to deploy

PORT-AU-PRINCE -- Armed gangs set fire to dozens of homes and killed at least five people in Gressier, a coastal town south of the capital, on Sunday, residents and a local official said.

Hundreds of families fled along National Road 2 towards Leogane, carrying what they could.

"They shot at anyone they saw," said a woman who escaped with her three children. "My neighbour was killed in front of his door."

The Kenyan-led multinational mission's first contingent is expected to arrive in the coming days.

Police said on Monday they had killed three gang members during an operation in Delmas on Sunday night.

Last week, gangs attacked the police station in Gros-Morne, in the Artibonite department, killing two officers.

In February, gangs launched coordinated attacks on police stations, prisons and the airport, forcing Prime Minister Ariel Henry to resign.

The UN says more than 2,500 people were killed or injured in gang violence in the first quarter of the year.

The new prime minister, Garry Conille, visited the State University Hospital on Monday and promised to restore order.""",
 [ev("Gressier", "attack_on_civilians", "gangs", "2024-06-16", 5, country="HT"),
  ev("Delmas", "battle", "Haitian police", "2024-06-16", 3, country="HT"),
  ev("Gros-Morne", "battle", "gangs", None, 2, country="HT", optional=True)]))

A.append(("A15", "2023-12-28", """Ethiopia: soldiers shot civilians in Amhara town, rights commission says

ADDIS ABABA -- Government soldiers killed at least 12 civilians in the town of Dembecha, in West Gojjam zone, on December 19 after clashes with Fano militiamen, the Ethiopian Human Rights Commission said on Thursday, citing witnesses.

The victims, including a 70-year-old man, were taken from their homes and shot in the street after the militia withdrew, the commission said.

The commission also documented a drone strike on a minibus near Debre Markos on December 22 that killed five passengers.

It said Fano fighters had killed three local officials in Finote Selam on December 10.

The government did not respond to the findings. It has previously said it targets only "extremists".

Fighting broke out in Amhara in August when the federal government moved to disarm regional forces, and a state of emergency was declared the same month.

The commission called for an independent investigation and urged all parties to protect civilians.

In its previous report, released in October, it said at least 183 people had been killed in the region in July and August.""",
 [ev("Dembecha", "attack_on_civilians", "Ethiopian army", "2023-12-19", 12, country="ET"),
  ev("Dembecha", "battle", "Fano", "2023-12-19", country="ET", optional=True),
  ev("Debre Markos", "explosion", "unknown", "2023-12-22", 5, country="ET"),
  ev("Finote Selam", "attack_on_civilians", "Fano", "2023-12-10", 3, country="ET")]))

A.append(("A16", "2023-04-17", """Two soldiers killed in IS attack in Kirkuk's Wadi al-Shay

KIRKUK -- Two Iraqi soldiers were killed and three wounded when Islamic State militants attacked their position in the Wadi al-Shay area south-west of Kirkuk on Sunday night, a security source said.

The militants used sniper rifles and hand grenades before fleeing towards the Hamrin mountains, the source said.

Iraqi F-16 jets struck a hideout in the valley on Monday morning, killing four militants, the Security Media Cell said.

The attack was the second in the province this month. On April 2, a roadside bomb wounded two members of the Federal Police in Daquq district.

IS was declared defeated in Iraq in 2017, but its remnants continue to carry out hit-and-run attacks in the rugged areas between Kirkuk, Salahuddin and Diyala.

In January 2022, IS fighters killed 11 soldiers in an attack on an army post in Diyala's al-Azim district.

The Joint Operations Command said it would launch a new operation to clear the valley.

Local leaders have called for the return of federal police units withdrawn last year.""",
 [ev("Wadi al-Shay", "battle", "Islamic State", "2023-04-16", 2, 3, country="IQ"),
  ev("Wadi al-Shay", "explosion", "Iraqi Security Forces", "2023-04-17", 4, country="IQ"),
  ev("Daquq", "explosion", "unknown", "2023-04-02", None, 2, country="IQ")]))

A.append(("A17", "2024-01-29", """Analysis: seven years on, Cameroon's Anglophone war grinds on out of sight

BAMENDA -- When the separatist conflict in Cameroon's English-speaking regions began in 2017, few expected it to last this long.

Since then, more than 6,000 people have been killed and over 600,000 displaced, according to the International Crisis Group.

The separatists, who want to create an independent state they call Ambazonia, have split into dozens of armed groups, some of which have turned to kidnapping for ransom.

The army has been accused of burning villages and killing civilians, accusations it denies. In 2020, soldiers and allied militia killed 21 people, including 13 children, in Ngarbuh.

Talks facilitated by Canada in 2022 collapsed within weeks.

The violence goes on almost daily. On Saturday, separatist fighters ambushed a military vehicle in Batibo, in the North-West region, killing two soldiers, a local official said.

The next day, soldiers raided the nearby village of Guzang and burned several homes, residents said. No casualties were reported.

Teachers and pupils remain targets. Schools in parts of the North-West have been closed for years.

"We are tired," said a trader in Bamenda. "Nobody talks about us any more."

President Paul Biya, 90, has ruled since 1982 and has refused any discussion of separation.""",
 [ev("Batibo", "battle", "Ambazonian separatists", "2024-01-27", 2, country="CM"),
  ev("Guzang", "attack_on_civilians", "Cameroonian army", "2024-01-28", country="CM")]))

A.append(("A18", "2022-09-22", """Cabo Delgado weekly update: insurgents strike in Ancuabe and cross into Niassa

Summary

Insurgents linked to the Islamic State carried out at least five attacks in Cabo Delgado and Niassa provinces in the week to September 18.

Ancuabe district

On September 13, insurgents beheaded two men in Nanduli village and burned about 40 houses.

On September 15, a group of insurgents attacked Muaja, killing the village chief. Residents fled to Ancuabe town.

Niassa province

In Mecula district, insurgents attacked Naulala village on September 16, killing three people.

Local militia

Members of the Local Force militia clashed with insurgents near Chiure on September 17. No casualties were reported.

Rwandan and Mozambican forces

Rwandan troops and the Mozambican army continued operations in Macomia and Muidumbe districts. No clashes were reported.

Humanitarian

More than 50,000 people have fled their homes since June, according to the IOM.

Background

The insurgency began in October 2017 with an attack on Mocimboa da Praia. An Italian nun was killed in an attack on the Chipene mission in Nampula province on September 6.

Outlook

Further attacks along the Nampula border are likely in the coming weeks.""",
 [ev("Nanduli", "attack_on_civilians", "Islamic State", "2022-09-13", 2, country="MZ"),
  ev("Muaja", "attack_on_civilians", "Islamic State", "2022-09-15", 1, country="MZ"),
  ev("Naulala", "attack_on_civilians", "Islamic State", "2022-09-16", 3, country="MZ"),
  ev("Chiure", "battle", "unknown", "2022-09-17", country="MZ"),
  ev("Chipene", "attack_on_civilians", "militants (unidentified)", "2022-09-06", 1, country="MZ")]))

A.append(("A19", "2025-01-21", """Manbij clashes leave 18 dead as Turkey-backed factions push towards Tishreen Dam

BEIRUT, Jan 21 -- Fighting between Turkey-backed factions and the Kurdish-led Syrian Democratic Forces south of Manbij killed 18 fighters on Monday, the Syrian Observatory for Human Rights said.

The Britain-based war monitor said 12 of the dead were from the factions and six from the SDF.

On Sunday, Turkish drones struck a convoy of civilians heading to the Tishreen Dam to protest against the attacks, killing three of them, the monitor said.

The SDF said in a statement it had repelled the attack and destroyed two tanks.

Since the fall of Bashar al-Assad on December 8, Turkey-backed forces have seized the towns of Tal Rifaat and Manbij from the SDF.

More than 300 people have been killed in the fighting around the dam since then, the monitor says.

In Latakia province, gunmen killed three members of a family in the village of Ain al-Sharqiya on Saturday, the monitor said, without giving a motive.

Syria's new leader Ahmed al-Sharaa has said the SDF must be folded into a national army.

Turkey's foreign minister warned that Ankara would launch an operation if the SDF did not disarm.""",
 [ev("Manbij", "battle", "Turkish-backed Syrian rebels", "2025-01-20", 18, country="SY"),
  ev("Tishreen Dam", "explosion", "Turkish Armed Forces", "2025-01-19", 3, country="SY"),
  ev("Ain al-Sharqiya", "attack_on_civilians", "unknown", "2025-01-18", 3, country="SY")]))

A.append(("A20", "2023-06-03", """IED attack kills eight police officers in Garissa

GARISSA -- Eight police officers were killed when their vehicle struck an improvised explosive device in Garissa County on Friday, police said, the deadliest in a string of attacks blamed on al-Shabaab along the Somali border.

The officers were on patrol between Hulugho and Kolbio when the device went off, the regional police commander said.

Two other officers survived with serious injuries and were airlifted to Nairobi.

On Wednesday, two police reservists were killed in a similar attack in Mandera County, near the town of Elwak.

And on May 24, suspected militants beheaded five people in Juhudi village in Lamu County.

Interior Minister Kithure Kindiki said the government would deploy more troops and flush out the militants.

Kenya has been a target of al-Shabaab since it sent troops into Somalia in 2011. In 2019, the group attacked the DusitD2 hotel complex in Nairobi, killing 21 people.

Residents of border towns say they live in fear.

"We no longer travel at night," said a trader in Hulugho.

The government has postponed plans to reopen the border with Somalia, which has been closed since 2011.""",
 [ev("Hulugho", "explosion", "al-Shabaab", "2023-06-02", 8, 2, country="KE"),
  ev("Elwak", "explosion", "unknown", "2023-05-31", 2, country="KE"),
  ev("Juhudi", "attack_on_civilians", "militants (unidentified)", "2023-05-24", 5, country="KE")]))

A.append(("A21", "2024-12-09", """Ukrainian drones and shelling kill three in Russia's border regions, governors say

MOSCOW, Dec 9 -- Ukrainian drone and artillery attacks killed three people in Russia's border regions, local governors said on Monday.

Belgorod region: a Ukrainian drone hit a car in the village of Zhuravlevka on Sunday, killing the driver, governor Vyacheslav Gladkov said on Telegram.

Kursk region: artillery fire on the town of Rylsk on Monday morning killed two people and wounded a woman, acting governor Alexei Smirnov said.

Bryansk region: air defences destroyed 12 drones overnight, governor Alexander Bogomaz said. No one was hurt.

Russia's defence ministry said on Monday its forces had recaptured the village of Plekhovo in the Kursk region, which Ukrainian forces seized in August.

Ukraine launched its incursion into the Kursk region on August 6, seizing dozens of settlements.

Last Tuesday, a drone attack on a bus in Belgorod's Shebekino district killed one person and injured several, local authorities said.

Kyiv does not usually comment on strikes inside Russia. It says its attacks answer Russia's bombardment of Ukrainian cities.

The Kremlin said the attacks showed Ukraine's "terrorist nature".""",
 [ev("Zhuravlevka", "explosion", "Ukrainian armed forces", "2024-12-08", 1, country="RU"),
  ev("Rylsk", "explosion", "Ukrainian armed forces", "2024-12-09", 2, 1, country="RU"),
  ev("Plekhovo", "territory_gain", "Russian armed forces", None, country="RU", optional=True),
  ev("Shebekino", "explosion", "Ukrainian armed forces", "2024-12-03", 1, country="RU")]))

A.append(("A22", "2022-07-11", """Bomb on Kabul minibus wounds seven; Taliban say IS cell raided in Balkh

KABUL -- A magnetic bomb attached to a minibus exploded in western Kabul on Sunday afternoon, wounding seven passengers, a Taliban police spokesman said.

The blast happened in the Dasht-e-Barchi neighbourhood, home to many Hazara Shias, as the vehicle carried passengers home from work.

No group claimed responsibility, but the Islamic State has claimed many attacks on the Hazara community.

Taliban intelligence forces said on Monday they had raided an Islamic State hideout in the northern province of Balkh on Saturday night, killing four militants and arresting two.

In Kunduz, unknown gunmen shot dead a former army officer at his home on Thursday, relatives said.

The Taliban, who seized power in August last year, say they have defeated IS in Afghanistan.

In April, bombings at a school and a mosque killed dozens in Kabul and Mazar-i-Sharif.

The UN mission in Afghanistan has recorded more than 700 civilian casualties since the takeover.

Human rights groups have called on the Taliban to protect minorities.""",
 [ev("Dasht-e-Barchi", "explosion", "unknown", "2022-07-10", None, 7, country="AF"),
  ev("Balkh", "battle", "Taliban", "2022-07-09", 4, country="AF"),
  ev("Kunduz", "attack_on_civilians", "unknown", "2022-07-07", 1, country="AF")]))

A.append(("A23", "2025-06-09", """Ambush kills four National Guard members in Michoacan

MORELIA -- Four members of the National Guard were killed and two wounded on Sunday when gunmen ambushed their patrol on a highway near Apatzingan, the state security ministry said.

The attackers, believed to belong to a criminal cell, opened fire from several vehicles and set off an explosive device on the road, the ministry said.

It was not the first attack of its kind: on May 29, a landmine planted on a dirt road in the municipality of Tepalcatepec killed two soldiers.

Authorities said the cartel had threatened to attack any security forces entering its territory.

Had the reinforcement convoy not arrived, the death toll could have been much higher, a Guard officer said.

No arrests have been made, and security forces did not report any detentions on Sunday.

Michoacan has for years been the scene of a turf war between the Jalisco New Generation Cartel and local groups such as Carteles Unidos.

In 2019, 13 police officers were killed in an ambush in El Aguaje, in the municipality of Aguililla.

Governor Alfredo Ramirez Bedolla said he would ask for more federal troops.""",
 [ev("Apatzingan", "battle", "unknown", "2025-06-08", 4, 2, country="MX"),
  ev("Tepalcatepec", "explosion", "unknown", "2025-05-29", 2, country="MX")]))

A.append(("A24", "2025-08-24", """A year after the Barsalogho massacre, families still wait for answers

BARSALOGHO -- Families gathered on Saturday in this town in central Burkina Faso to mark one year since the attack in which jihadists gunned down hundreds of people who had been ordered to dig trenches around it.

Survivors laid flowers at the edge of the trench where many of the victims fell.

"My husband went to dig and never came back," said one widow, who asked that her name not be used.

The government has never published a toll. Rights groups and the United Nations have said at least 400 people may have died.

On Thursday, a military court in Ouagadougou sentenced two men to 20 years in prison for supplying the attackers with fuel and motorbikes.

The al-Qaeda-linked JNIM, which claimed the attack, warned this month that it would target anyone who cooperates with the army.

Residents say they fear another attack. "If they come back, we have nowhere to run," a teacher said.

The army says it has driven the militants out of the surrounding area, but the claim could not be verified.""",
 []))

A.append(("A25", "2024-11-05", """Borno governor condemns 'barbaric' killings, orders security review in Gwoza

MAIDUGURI -- Borno State Governor Babagana Zulum on Monday condemned what he called the barbaric killing of farmers in Gwoza and ordered a review of security arrangements in the area.

Speaking at the Government House in Maiduguri, Zulum said the state would provide relief materials to the families of the victims.

"We will not allow these criminals to drive our people off their land," he said.

The governor also called on the federal government to deploy more troops to the southern part of the state.

The killings took place on Saturday afternoon, when suspected Boko Haram fighters fell on farmers working in their fields near Ngoshe village, killing 16 of them, according to a local vigilante leader.

Two days earlier, the insurgents had abducted seven women collecting firewood near Pulka, about 20 km away, residents said.

Troops of Operation Hadin Kai said on Monday that they had killed 11 insurgents in a clearance operation around the Sambisa forest the previous day.

The army said it had also rescued 14 hostages during the operation.

Gwoza was seized by Boko Haram in 2014 and recaptured by the army the following year.

In June, female suicide bombers killed 32 people at a wedding, a funeral and a hospital in the town.

The United Nations says the 15-year insurgency has killed more than 40,000 people and displaced about two million.""",
 [ev("Ngoshe", "attack_on_civilians", "Boko Haram", "2024-11-02", 16, country="NG"),
  ev("Pulka", "other", "Boko Haram", "2024-10-31", country="NG"),
  ev("Sambisa", "battle", "Nigerian army", "2024-11-03", 11, country="NG")]))

A.append(("A26", "2023-07-19", """Houthi shelling kills child in Taiz as truce frays

TAIZ -- A child was killed and three other people were wounded when Houthi shells hit a residential neighbourhood in the city of Taiz on Tuesday evening, local officials said.

The shells landed in the al-Rawda district, close to a school, the city's deputy governor said in a statement.

The Houthis did not comment on the shelling. Their al-Masirah television accused government forces of firing artillery at their positions in the al-Hawban area on Monday, wounding two of their fighters.

Government forces said they had repelled a Houthi attempt to advance on the western front of Taiz the same day, killing five attackers.

The UN-brokered truce that began in April 2022 officially expired in October that year, but large-scale fighting has largely stopped.

Both sides have traded accusations of violations almost daily.

The Houthis have besieged Taiz, Yemen's third-largest city, since 2015.

A Houthi commander warned that his forces would "liberate" the city if talks with Saudi Arabia failed.

If the shelling continues, aid agencies may have to suspend work in the city, a UN official said.

Last week, a landmine killed two shepherds in al-Wazi'iyah district west of Taiz.""",
 [ev("Taiz", "explosion", "Houthis", "2023-07-18", 1, 3, country="YE"),
  ev("al-Hawban", "explosion", "Yemeni government forces", "2023-07-17", None, 2, country="YE"),
  ev("Taiz", "battle", "Houthis", "2023-07-17", 5, country="YE"),
  ev("al-Wazi'iyah", "explosion", "unknown", None, 2, country="YE", optional=True)]))

A.append(("A27", "2025-09-14", """Niger: defence ministry reports operations in Tillaberi and Diffa

NIAMEY -- The Nigerien armed forces carried out several operations in the Tillaberi and Diffa regions during the week of September 6 to 12, the Ministry of Defence said in its weekly bulletin read on state television on Saturday.

In the Tillaberi region:

- On September 7, a patrol was ambushed near Tera by a group of armed terrorists on motorbikes. Four soldiers were killed and six wounded. Nineteen terrorists were neutralised during the riposte.

- On September 9, an air strike destroyed a terrorist logistics base near Abala, killing about 15 terrorists.

- On September 11, an improvised explosive device hit a military vehicle between Ouallam and Banibangou, wounding three soldiers.

In the Diffa region:

- On September 10, Boko Haram fighters attacked the village of Toumour, killing two civilians and stealing livestock.

- Eleven suspects were arrested during search operations in Diffa town.

The ministry said the situation was under control across the country.

Niger's military government, which took power in July 2023, has expelled French and US troops and formed an alliance with Mali and Burkina Faso.

The bulletin did not mention the attack on a mosque in Fambita in March, which killed 44 worshippers.""",
 [ev("Tera", "battle", "militants (unidentified)", "2025-09-07", 4, 6, killed_high=23, country="NE"),
  ev("Abala", "explosion", "Nigerien army", "2025-09-09", 15, country="NE"),
  ev("Ouallam", "explosion", "unknown", "2025-09-11", None, 3, country="NE"),
  ev("Toumour", "attack_on_civilians", "Boko Haram", "2025-09-10", 2, country="NE"),
  ev("Diffa", "arrest", "Nigerien army", None, country="NE", optional=True)]))

A.append(("A28", "2024-04-23", """UNMISS condemns deadly attack on cattle camp in Jonglei

JUBA -- The UN Mission in South Sudan (UNMISS) on Tuesday condemned an attack on a cattle camp in Jonglei state in which at least 27 people were killed.

Armed youth from the Greater Pibor Administrative Area attacked the camp near Ayod early on Sunday, making off with thousands of head of cattle, local officials said.

The Ayod county commissioner said 27 bodies had been recovered and that 18 people were being treated for gunshot wounds.

"These cycles of revenge attacks must stop," the head of UNMISS said in a statement.

Earlier this month, armed men attacked a convoy of traders on the Juba-Nimule road, killing three drivers.

On April 13, clashes between rival communities in Tonj East, Warrap state, left 12 people dead.

The mission said it had sent peacekeepers to Ayod to deter further violence.

South Sudan is due to hold its first elections in December, but the UN has warned that insecurity could delay the vote.

A civil war that broke out in 2013 killed an estimated 400,000 people before a peace deal in 2018.""",
 [ev("Ayod", "attack_on_civilians", "armed youth", "2024-04-21", 27, 18, country="SS"),
  ev("Juba-Nimule road", "attack_on_civilians", "unknown", None, 3, country="SS", optional=True),
  ev("Tonj East", "battle", "communal militia", "2024-04-13", 12, country="SS")]))

A.append(("A29", "2022-12-12", """Russian soldier jailed for life over killing of civilian near Kyiv

KYIV -- A Ukrainian court on Monday sentenced a Russian soldier to life in prison for shooting dead an unarmed civilian in the Kyiv region in March, during Russia's occupation of the area.

The soldier, 21, admitted killing the 62-year-old man in the village of Kozarovychi after he was seen talking on his phone, prosecutors said.

It was the latest in a series of war crimes trials in Ukraine since Russia's invasion in February.

Outside the courthouse, air raid sirens sounded as Russia launched another wave of drone attacks on the capital. Ukrainian air defences shot down all 13 Iranian-made drones fired at Kyiv overnight, the city administration said, and no casualties were reported.

In the southern city of Kherson, Russian shelling killed two people and wounded five on Sunday, the regional governor said.

Kherson was recaptured by Ukrainian forces on November 11 after eight months of occupation.

Prosecutors say they have registered more than 50,000 alleged war crimes since the invasion began.

The soldier's lawyer said he would appeal.""",
 [ev("Kyiv", "explosion", "Russian armed forces", "2022-12-11", country="UA", optional=True),
  ev("Kherson", "explosion", "Russian armed forces", "2022-12-11", 2, 5, country="UA"),
  ev("Kherson", "territory_gain", "Ukrainian armed forces", "2022-11-11", country="UA", optional=True)]))

A.append(("A30", "2025-10-30", """Two rangers killed in Narathiwat bomb; suspect held over teacher's killing

NARATHIWAT -- Two paramilitary rangers were killed and another injured when a roadside bomb exploded as their patrol passed in Rueso district on Thursday morning, police said.

The bomb, hidden in a gas cylinder buried under the road, was set off remotely, the district police chief said.

Security officials blamed insurgents of the Barisan Revolusi Nasional (BRN), the main separatist group in the region.

The blast came a day after gunmen on a motorcycle shot and wounded a village headman in Bacho district of the same province.

Meanwhile, police in neighbouring Pattani province said they had arrested a suspect in the October 20 killing of a teacher at a school in Nong Chik district.

Peace talks between the Thai government and the BRN, facilitated by Malaysia, stalled this year.

More than 7,000 people have been killed since the insurgency reignited in 2004, according to Deep South Watch.

The army said it would step up patrols ahead of a religious festival next month.""",
 [ev("Rueso", "explosion", "Barisan Revolusi Nasional", "2025-10-30", 2, 1, country="TH"),
  ev("Bacho", "attack_on_civilians", "unknown", "2025-10-29", None, 1, country="TH"),
  ev("Nong Chik", "attack_on_civilians", "unknown", "2025-10-20", 1, country="TH"),
  ev("Pattani", "arrest", "Thai police", None, country="TH", optional=True)]))


B = []  # batch B: written after the fixes, scored once, never tuned on

B.append(("B01", "2024-07-16", """Police say 9 militants killed in two raids in Chhattisgarh's Bijapur

RAIPUR -- Security forces killed nine Maoist insurgents in two separate joint operations in Bijapur district, police said on Tuesday.

In the first operation, near the village of Pidiya on Sunday, five insurgents were killed after an hours-long gunfight, the district police chief said.

In the second operation, in the forests near Gangaloor on Monday, four more were killed. A member of the District Reserve Guard was wounded and flown to Raipur.

Police recovered rifles, explosives and Maoist literature from both sites.

The Maoists, who say they are fighting for the rights of tribal people and the rural poor, have waged an insurgency in central India for decades.

Home Minister Amit Shah has said the government aims to end the insurgency by March 2026.

Last year, Maoists blew up a vehicle carrying police in Dantewada district, killing ten officers and a driver.""",
 [ev("Pidiya", "battle", "Indian police", "2024-07-14", 5, country="IN"),
  ev("Gangaloor", "battle", "Indian police", "2024-07-15", 4, 1, country="IN")]))

B.append(("B02", "2023-10-10", """Ten years on, Westgate survivors say wounds have not healed

NAIROBI -- Survivors and relatives gathered at a memorial garden in Nairobi on Monday to remember the victims of the siege in which al-Shabaab gunmen stormed the Westgate shopping mall in 2013.

The four-day siege left at least 67 people dead.

"I still hear the shooting when I close my eyes," said one survivor, who was in the mall with her children.

A Kenyan court in 2020 convicted two men of helping the attackers. A third was acquitted.

The government says it has improved intelligence-sharing since the attack.

Officials warned this week that al-Shabaab could try to strike again during the holiday season.""",
 []))

B.append(("B03", "2025-02-03", """Sudan army retakes villages north of Khartoum; RSF drone hits market

PORT SUDAN -- The Sudanese army said on Monday it had recaptured several villages north of Khartoum North in the previous two days, pushing the Rapid Support Forces back towards the city.

Separately, an RSF drone struck a market in the town of Al-Dabba in Northern State on Sunday, killing three traders and wounding seven, a local official said.

The army's spokesman said troops had repelled an RSF attack on the town of Al-Obeid on Saturday, killing dozens of attackers. The RSF did not comment.

Since the war broke out in April 2023, the RSF has seized most of Darfur and large parts of Kordofan.

The day before the Al-Dabba strike, shelling hit a camp for displaced people near Kadugli, killing two children, aid workers said.

The United Nations has warned that famine could spread to more areas if fighting continues through the lean season.""",
 [ev("Khartoum North", "territory_gain", "Sudanese Armed Forces", None, country="SD", optional=True),
  ev("Al-Dabba", "explosion", "Rapid Support Forces", "2025-02-02", 3, 7, country="SD"),
  ev("Al-Obeid", "battle", "Rapid Support Forces", "2025-02-01", country="SD"),
  ev("Kadugli", "explosion", "unknown", "2025-02-01", 2, country="SD")]))

B.append(("B04", "2024-03-27", """Gunmen storm Kaduna school, abduct pupils; community mourns earlier raid

KADUNA -- Gunmen abducted at least 15 pupils from a primary school in Kuriga town in Kaduna State on Tuesday morning, residents and a teacher said.

The attackers arrived on motorbikes as classes were starting and herded the children into the bush, the teacher said. A school guard was shot and wounded.

Police said tactical teams and soldiers were combing the forest.

It was the second mass abduction in the area this month. On March 7, bandits kidnapped more than 130 pupils in the same town; they were released on Sunday after two weeks in captivity.

The state government said no ransom had been paid for their release.

Hours after Tuesday's abduction, troops said they had killed six bandits in a clash near Birnin Gwari.

The government has banned the payment of ransoms, but families say they often have no choice.""",
 [ev("Kuriga", "other", "bandits", "2024-03-26", None, 1, country="NG"),
  ev("Kuriga", "other", "bandits", "2024-03-07", country="NG"),
  ev("Birnin Gwari", "battle", "Nigerian army", "2024-03-26", 6, country="NG")]))

B.append(("B05", "2022-10-18", """Shelling, clashes as Armenia and Azerbaijan trade blame

YEREVAN -- Armenia said on Tuesday that Azerbaijani forces had shelled positions near the town of Jermuk overnight, wounding two soldiers, in a fresh breach of a ceasefire brokered last month.

Azerbaijan's defence ministry denied the accusation and said Armenian troops had fired on its positions in the Kalbajar district the previous day, without giving casualties.

Fighting in mid-September killed nearly 300 soldiers on both sides, the worst clashes since a 2020 war.

Hypothetically, any escalation could draw in Russia, which has a military base in Armenia, analysts say.

The European Union said it would send monitors to the border later this week.""",
 [ev("Jermuk", "explosion", "Azerbaijani armed forces", "2022-10-17", None, 2, country="AM"),
  ev("Kalbajar", "battle", "Armenian armed forces", "2022-10-17", country="AZ", optional=True)]))

B.append(("B06", "2025-07-08", """DR Congo: M23 and army-allied militia clash in Masisi; 12 civilians killed in Ituri

GOMA -- Fighting between M23 rebels and Wazalendo militiamen allied to the army broke out around the village of Nyabiondo in Masisi territory on Monday, residents said, despite a peace deal signed in Washington last month.

Local sources said at least four militiamen and two rebels were killed.

In neighbouring Ituri province, CODECO militiamen killed 12 civilians in an overnight attack from Saturday to Sunday on a displacement site near Djugu, a local official said.

The attackers burned shelters and looted food, the official said.

The M23 has controlled Goma since January and Bukavu since February.

The rebels and the government are due to sign a fuller agreement in Doha, but talks have stalled.""",
 [ev("Nyabiondo", "battle", "M23", "2025-07-07", 6, country="CD"),
  ev("Djugu", "attack_on_civilians", "CODECO", "2025-07-05", 12, country="CD")]))

B.append(("B07", "2023-05-15", """Colombia: dissidents kill four indigenous youths in Putumayo

BOGOTA -- Four indigenous teenagers who had escaped forced recruitment were killed by dissidents of the former FARC guerrilla in Putumayo department, the government said on Monday.

The bodies were found on Saturday near the village of Puerto Guzman, the Ombudsman's office said.

Defence Minister Ivan Velasquez said the killings were an "atrocity" and suspended a ceasefire with the group.

On May 3, members of the same faction attacked a police station in Jamundi, in Valle del Cauca, wounding three officers.

President Gustavo Petro's "total peace" policy aims to negotiate with all armed groups.

Rights groups say more than 50 social leaders have been killed this year.""",
 [ev("Puerto Guzman", "attack_on_civilians", "FARC dissidents", None, 4, country="CO"),
  ev("Jamundi", "battle", "FARC dissidents", "2023-05-03", None, 3, country="CO")]))

B.append(("B08", "2024-09-23", """Israeli strikes kill 21 in Gaza school shelter, civil defence says

GAZA -- Israeli air strikes on a school sheltering displaced families in Gaza City killed at least 21 people on Saturday, Gaza's civil defence agency said.

The Israeli military said it had struck Hamas militants operating from a command centre inside the school compound.

On Sunday, a strike on a house in the Nuseirat camp in central Gaza killed five members of one family, medics said.

Two days earlier, Israeli tanks pushed into the eastern part of Rafah, residents said, and an air strike there killed three people.

The war began on October 7 last year when Hamas-led militants attacked southern Israel, killing about 1,200 people.

Gaza's health ministry says more than 41,000 Palestinians have been killed since then.

Mediators from Qatar and Egypt said talks on a ceasefire would resume next week.""",
 [ev("Gaza City", "explosion", "Israeli military", "2024-09-21", 21, country="PS"),
  ev("Nuseirat", "explosion", "Israeli military", "2024-09-22", 5, country="PS"),
  ev("Rafah", "explosion", "Israeli military", "2024-09-20", 3, country="PS")]))

B.append(("B09", "2025-11-12", """Burkina army says 'dozens of terrorists' killed; villagers report reprisals

OUAGADOUGOU -- Burkina Faso's army said on Wednesday that it had killed about 40 jihadists in three operations in the Boucle du Mouhoun region over the past week.

State television showed images of seized motorbikes and weapons.

Residents of Solenzo, in the same region, said soldiers and allied volunteers had killed at least eight civilians in the town on Monday after a militant attack nearby.

"They came for the men of our community," a resident said. The army did not respond to the accusation.

On Friday, jihadists ambushed a supply convoy near Dedougou, killing four soldiers and two volunteers, a security source said.

The JNIM group has blockaded several towns in the region since 2023.""",
 [ev("Solenzo", "attack_on_civilians", "Burkinabe army", "2025-11-10", 8, country="BF"),
  ev("Dedougou", "battle", "militants (unidentified)", "2025-11-07", 6, country="BF")]))

B.append(("B10", "2023-08-29", """Pakistan: suicide bomber rams convoy in Bannu, nine soldiers killed

BANNU -- A suicide bomber on a motorcycle rammed into a military convoy in the Jani Khel area of Bannu district on Monday, killing nine soldiers and wounding five, the military said.

No group immediately claimed the attack.

Security forces later cordoned off the area and launched a search, it said.

The attack came a day after militants attacked a police station in the Lakki Marwat district, wounding two policemen before fleeing.

On Aug 20, four customs officials were killed when gunmen opened fire on their vehicle in Dera Ismail Khan.

Militant attacks have surged in Khyber Pakhtunkhwa since the TTP ended its ceasefire.

Pakistan has accused the Afghan Taliban of failing to stop militants from using Afghan soil.""",
 [ev("Jani Khel", "explosion", "militants (unidentified)", "2023-08-28", 9, 5, country="PK"),
  ev("Lakki Marwat", "battle", "militants (unidentified)", "2023-08-27", None, 2, country="PK"),
  ev("Dera Ismail Khan", "attack_on_civilians", "unknown", "2023-08-20", 4, country="PK")]))

B.append(("B11", "2024-12-30", """Year-end fighting in Myanmar's Rakhine as Arakan Army takes Gwa

SITTWE -- The Arakan Army said on Monday that it had captured the town of Gwa in southern Rakhine State on Sunday after weeks of fighting, bringing most of the state under its control.

Junta aircraft bombed the nearby village of Kyeintali on Saturday, killing seven people, a local relief group said.

Since launching its offensive in November 2023, the Arakan Army has seized 14 of Rakhine's 17 townships.

The junta did not comment on the fall of Gwa.

Earlier this month, the group captured the regional military command in Ann.

Aid agencies warn that Rakhine faces famine conditions because of the fighting and a blockade of supply routes.""",
 [ev("Gwa", "territory_gain", "Arakan Army", "2024-12-29", country="MM"),
  ev("Kyeintali", "explosion", "Myanmar military", "2024-12-28", 7, country="MM"),
  ev("Ann", "territory_gain", "Arakan Army", None, country="MM", optional=True)]))

B.append(("B12", "2022-06-06", """Church attack in Nigeria's Ondo: death toll rises to 22

OWO -- The death toll from Sunday's attack on a Catholic church in Owo, in Ondo State, has risen to 22, a hospital official said on Monday.

Gunmen opened fire on worshippers and set off explosives during a Pentecost mass at St Francis Xavier church, witnesses said. Dozens of people were wounded.

No group has claimed the attack, which was rare in the southwest of the country.

The state governor called it "a vile and satanic attack" and vowed to hunt down the killers.

Last week, gunmen kidnapped a Methodist prelate in Abia State; he was released on Sunday.

Nigeria's security forces are stretched by a jihadist insurgency in the northeast and banditry in the northwest.""",
 [ev("Owo", "attack_on_civilians", "unknown", "2022-06-05", 22, country="NG"),
  ev("Abia", "other", "unknown", None, country="NG", optional=True)]))


here = os.path.dirname(os.path.abspath(__file__))


def write(rows, docs, gold):
    with open(os.path.join(here, docs), "w") as d, open(os.path.join(here, gold), "w") as g:
        for rid, pub, text, events in rows:
            d.write(json.dumps({"id": rid, "text": text, "published": pub}) + "\n")
            g.write(json.dumps({"id": rid, "published": pub, "events": events, "figures": []}) + "\n")


write(A, "docs.jsonl", "gold.jsonl")
write(B, "docs-b.jsonl", "gold-b.jsonl")
