"""Held-out probe set (see README.md): never tune on it. Writes docs.jsonl and gold.jsonl."""
import json
R = []


def doc(i, pub, text, events):
    R.append((i, pub, text, events))


def ev(place, typ, a1, date, k=None, w=None, a2="", country="", kh=None, opt=False):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": country, "type": typ,
         "actor1": a1, "actor2": a2, "killed": k, "killed_high": kh, "wounded": w, "wounded_high": None,
         "evidence": ""}
    if opt:
        e["optional"] = True
    return e


doc("H01", "2025-09-16", """Gunmen kill 9 at village wedding in Plateau state

JOS, Nigeria, Sept 16 - Armed men attacked guests at a wedding celebration in Bokkos local government area of Plateau state late on Sunday, killing nine people and wounding several others, a community leader said.

The attackers arrived on motorcycles at about 10 p.m. and fired into the crowd before setting fire to several houses, said Daniel Gyang, who leads a youth group in the area. Police confirmed the attack but gave a toll of seven dead.

Plateau has seen repeated attacks on farming communities this year, which local leaders blame on armed herders. More than 200 people have died in the state since January, according to Amnesty International.""",
    [ev("Bokkos", "attack_on_civilians", "unknown", "2025-09-14", 7, None, kh=9)])

doc("H02", "2025-09-16", """Ukrainian drones hit Russian oil refinery, governor says

A Ukrainian drone attack set fire to an oil refinery in Russia's Volgograd region overnight, the regional governor said on Tuesday, the latest in a campaign of long-range strikes on Russian energy sites.

Governor Andrei Bocharov said on Telegram that debris from downed drones had caused the blaze, which firefighters had put out by morning. Nobody was hurt, he said.

Russia's defence ministry said its air defences had destroyed 41 Ukrainian drones over several regions during the night.""",
    [ev("Volgograd", "explosion", "Ukrainian security forces", "2025-09-16")])

doc("H03", "2025-09-16", """Somali forces retake town from al-Shabaab

MOGADISHU, Sept 15 (Reuters) - Somali government forces backed by local clan militias recaptured the town of Moqokori in Hiiraan region from al-Shabaab on Monday after heavy fighting, a military commander said.

"Our forces are now in full control of the town, and the enemy fled," Colonel Abdi Hassan told Reuters by phone, adding that 17 militants had been killed. He said four soldiers died in the battle.

Al-Shabaab had seized Moqokori in April during an offensive that reversed many of the government's gains.""",
    [ev("Moqokori", "territory_gain", "Somali security forces", "2025-09-15", 21, None, a2="al-Shabaab")])

doc("H04", "2025-09-16", """Protesters torch police station in Kenya after man dies in custody

Angry residents set fire to a police station in the town of Kitengela, south of Nairobi, on Monday after a young man arrested over the weekend died in a cell. Police fired live bullets and tear gas to disperse the crowd, and one protester was shot dead, a hospital official said.

The Independent Policing Oversight Authority said it had opened an investigation into the death in custody.""",
    [ev("Kitengela", "other", "unknown", "2025-09-15", 1)])

doc("H05", "2025-09-16", """Myanmar junta air strike on monastery kills 23, resistance says

An air strike by Myanmar's military on a Buddhist monastery where displaced villagers were sheltering killed at least 23 people, including four children, in the Sagaing region on Sunday, a local resistance group and residents said.

The jet dropped two bombs on the monastery in Lin Ta Lu village in Sagaing's Sagaing township at about 1 a.m., a member of the local People's Defence Force said. About 30 people were wounded.

The military government did not respond to requests for comment. It has stepped up air raids on areas held by its opponents ahead of an election it plans to hold in December.""",
    [ev("Lin Ta Lu", "explosion", "Military Forces of Myanmar", "2025-09-14", 23, 30, a2="civilians")])

doc("H06", "2025-09-16", """Two police officers killed in bomb attack in Pakistan's northwest

PESHAWAR, Pakistan (AP) - A roadside bomb struck a police vehicle in Pakistan's northwestern Bajaur district on Tuesday, killing two officers and wounding three, police said.

No group claimed responsibility, but suspicion fell on the Pakistani Taliban, who have carried out many such attacks in the region. Police official Waqas Rafique said the bomb had been planted on the roadside and was detonated by remote control as the vehicle passed near Khar, the district's main town.""",
    [ev("Khar", "explosion", "unknown", "2025-09-16", 2, 3)])

doc("H07", "2025-09-16", """Sudan's RSF shells El Fasher camp, killing 14

The Rapid Support Forces shelled the Abu Shouk camp for displaced people on the northern edge of El Fasher on Monday, killing 14 civilians, among them three children, a local aid group said.

The Emergency Response Rooms said in a statement that artillery rounds landed on homes and a water point in the camp. The RSF, which has besieged El Fasher for more than a year, did not comment. The army said it had repelled an RSF attack on the city's eastern front the same day, killing dozens of fighters.""",
    [ev("Abu Shouk", "explosion", "Rapid Support Forces", "2025-09-15", 14, None, a2="civilians"),
     ev("El Fasher", "battle", "Sudanese Armed Forces", "2025-09-15", opt=True)])

doc("H08", "2025-09-16", """Israeli strike kills family in Gaza City, rescuers say

An Israeli air strike on a house in the Sheikh Radwan neighbourhood of Gaza City killed seven members of one family early on Tuesday, the civil defence agency said.

The Israeli military said it had struck a Hamas militant and that it was looking into the reports of civilian deaths. Rescue workers were still searching the rubble for two people believed to be missing.""",
    [ev("Sheikh Radwan", "explosion", "Israeli security forces", "2025-09-16", 7)])

doc("H09", "2025-09-16", """Burkina Faso: jihadists kill dozens of soldiers in attack on army post

OUAGADOUGOU, Sept 16 (AFP) - Jihadists killed around 50 soldiers and allied militiamen in an attack on an army position in Djibo in northern Burkina Faso on Saturday, security sources said, in one of the deadliest assaults on the army this year.

The al-Qaeda-linked JNIM group claimed the attack on Monday in a statement. A security source said the assailants had also seized weapons and vehicles before withdrawing. The junta made no comment.""",
    [ev("Djibo", "battle", "JNIM", "2025-09-13", 50, None, a2="Military Forces of Burkina Faso")])

doc("H10", "2025-09-16", """Colombia: ELN rebels kidnap two soldiers in Arauca

Fighters of the National Liberation Army (ELN) abducted two soldiers who were on leave in the municipality of Saravena in Arauca department on Sunday, the army said on Monday, calling for their immediate release.

The ELN has stepped up attacks in the border region this year in a turf war with dissidents of the former FARC guerrilla.""",
    [ev("Saravena", "attack_on_civilians", "ELN", "2025-09-14")])

doc("H11", "2025-09-16", """Haiti gang attack leaves 12 dead in Arcahaie

Gang members attacked the coastal town of Arcahaie, north of Port-au-Prince, on Sunday night, killing at least 12 people and burning dozens of homes, the mayor said on Monday.

Residents fled toward the hills as the gunmen moved from house to house, Mayor Ronald Jean said in a radio interview. Police said reinforcements had been sent to the area. The attack was blamed on the Viv Ansanm gang alliance, which controls most of the capital.""",
    [ev("Arcahaie", "attack_on_civilians", "Viv Ansanm", "2025-09-14", 12)])

doc("H12", "2025-09-16", """Yemen's Houthis say they fired missile at Israel; Israel strikes Sanaa

Yemen's Houthi movement said on Tuesday it had fired a ballistic missile at central Israel, and the Israeli military said it had intercepted the missile. No injuries were reported.

Hours later, Israeli warplanes struck the port of Hodeidah, the Houthi-run health ministry said, adding that three people were killed and 11 wounded. Israel said it had hit infrastructure used by the Houthis to bring in weapons.""",
    [ev("Hodeidah", "explosion", "Israeli security forces", "2025-09-16", 3, 11),
     ev("Israel", "explosion", "Houthis", "2025-09-16", opt=True)])

doc("H13", "2025-09-16", """Police arrest 35 opposition supporters in Tanzania

Tanzanian police arrested 35 members of the main opposition party Chadema in the northern city of Arusha on Monday as they gathered for a banned rally, the party said.

Police spokesman David Misime said the gathering had been illegal and that those detained would appear in court. There was no violence, witnesses said.""",
    [ev("Arusha", "arrest", "Tanzanian security forces", "2025-09-15")])

doc("H14", "2025-09-16", """Cameroon: separatists kill three in Northwest region

BAMENDA, Cameroon - Suspected Anglophone separatist fighters killed three civilians, including a traditional chief, in the village of Bali Nyonga in Cameroon's Northwest region on Saturday, local officials said.

The gunmen accused the chief of working with the army, a local administrator said. Separatists have fought since 2017 to create an independent state they call Ambazonia.""",
    [ev("Bali Nyonga", "attack_on_civilians", "Ambazonian separatists", "2025-09-13", 3)])

doc("H15", "2025-09-16", """Syria: clashes between Druze fighters and Bedouin tribes kill 18 in Sweida

Clashes broke out on Monday between Druze gunmen and Bedouin tribal fighters in the countryside of Sweida province in southern Syria, killing 18 people, a war monitor said.

The fighting was centred on the village of al-Mazraa, west of Sweida city, the Syrian Observatory for Human Rights said. The interior ministry said it was sending forces to separate the two sides.""",
    [ev("al-Mazraa", "battle", "Druze militia", "2025-09-15", 18, a2="Bedouin tribes")])

doc("H16", "2025-09-16", """Afghan and Pakistani forces trade fire at border crossing

Afghan Taliban forces and Pakistani border troops exchanged fire at the Chaman-Spin Boldak crossing on Monday, killing two Afghan civilians and wounding six, a Taliban official in Kandahar said.

Pakistani officials said Afghan forces had opened fire first at a border post. The crossing was closed to trade after the clash.""",
    [ev("Spin Boldak", "battle", "Taliban", "2025-09-15", 2, 6, a2="Pakistani security forces")])

doc("H17", "2025-09-16", """Mozambique insurgents behead 6 in Cabo Delgado

Islamic State-linked insurgents beheaded six people in an attack on a village in Macomia district of Mozambique's Cabo Delgado province on Friday, a local source and a monitoring group said.

The attackers also burned about 30 houses in the village of Chai, the Cabo Ligado monitoring project said, before heading toward the coast.""",
    [ev("Chai", "attack_on_civilians", "Islamic State", "2025-09-12", 6)])

doc("H18", "2025-09-16", """Indian forces kill 3 suspected rebels in Manipur gunfight

Indian security forces killed three suspected members of an armed group in a gunfight in Manipur's Tengnoupal district on Monday, police said. Two soldiers of the Assam Rifles were injured.

The operation was launched after a tip-off that armed men had gathered in a forest area near the border with Myanmar, police said in a statement.""",
    [ev("Tengnoupal", "battle", "Indian security forces", "2025-09-15", 3, 2)])

doc("H19", "2025-09-16", """Car bomb kills four in Libya's Benghazi

A car bomb exploded near a mosque in the eastern Libyan city of Benghazi on Tuesday as worshippers left after noon prayers, killing four people and wounding 15, a hospital spokesman said.

There was no immediate claim of responsibility. Benghazi has been largely calm since forces loyal to commander Khalifa Haftar took control of the city in 2017.""",
    [ev("Benghazi", "explosion", "unknown", "2025-09-16", 4, 15)])

doc("H20", "2025-09-16", """DR Congo: M23 rebels and pro-government militias clash near Uvira

Fighting between M23 rebels and Wazalendo militias allied with the Congolese army erupted on Sunday in the hills above Uvira, near the border with Burundi, killing at least 11 fighters, local sources said.

The clashes continued into Monday around the village of Kiliba, forcing hundreds of families to flee across the lake, a civil society leader said. A ceasefire signed in July has failed to halt fighting in the east.""",
    [ev("Uvira", "battle", "M23", "2025-09-14", 11, a2="Wazalendo"),
     ev("Kiliba", "battle", "M23", "2025-09-15", opt=True)])

doc("H21", "2025-09-16", """Mexico: gunmen kill 8 at bar in Guanajuato

Gunmen burst into a bar in the city of Irapuato in Guanajuato state late on Saturday and opened fire, killing eight people and wounding five, state prosecutors said.

Guanajuato is Mexico's most violent state, where the Jalisco New Generation Cartel and the Santa Rosa de Lima cartel have fought for years. Prosecutors said they were investigating whether the attack was linked to extortion.""",
    [ev("Irapuato", "attack_on_civilians", "unknown", "2025-09-13", 8, 5)])

doc("H22", "2025-09-16", """Russian missile strike on Kharkiv kills 3, injures 40

Russian forces hit Kharkiv with a missile and glide bombs on Tuesday afternoon, killing three people and injuring 40, among them six children, regional governor Oleh Syniehubov said.

The strikes hit a residential area and a shopping centre in the Kyivskyi district, Mayor Ihor Terekhov said on Telegram. Rescue work was continuing.""",
    [ev("Kyivskyi", "explosion", "Russian security forces", "2025-09-16", 3, 40)])

doc("H23", "2025-09-16", """Ethiopia: Fano fighters seize town in Amhara

Fano militiamen took control of the town of Debre Tabor in Ethiopia's Amhara region on Saturday after a day of fighting with federal troops, residents said. Soldiers retreated to a nearby base and the militia freed prisoners from the town's jail, two residents told Reuters.

An Ethiopian government spokesman did not respond to requests for comment. There was no word on casualties.""",
    [ev("Debre Tabor", "territory_gain", "Fano", "2025-09-13", a2="Military Forces of Ethiopia")])

doc("H24", "2025-09-16", """West Bank: settlers set fire to cars and homes in Palestinian village

Israeli settlers attacked the Palestinian village of Sinjil, north of Ramallah, on Monday night, setting fire to four homes and several cars and wounding three residents, the Palestinian Red Crescent said.

The Israeli military said it had sent troops to the scene after reports that dozens of Israeli civilians had entered the village and started fires, and that it had detained one suspect.""",
    [ev("Sinjil", "attack_on_civilians", "Israeli settlers", "2025-09-15", None, 3, a2="civilians")])

doc("H25", "2025-09-16", """Iraq: IS militants kill 2 soldiers in Kirkuk ambush

Two Iraqi soldiers were killed and an officer wounded on Monday night when Islamic State militants ambushed their patrol in the Wadi al-Shay area southwest of Kirkuk, a security source said.

Iraqi forces launched a search operation in the area after the attack, the source said. IS remnants still carry out sporadic attacks in the rugged terrain between Kirkuk, Salahuddin and Diyala.""",
    [ev("Wadi al-Shay", "battle", "Islamic State", "2025-09-15", 2, 1, a2="Iraqi Security Forces")])

doc("H26", "2025-09-16", """Niger: 'bandits' kill 15 villagers in Tillaberi

Armed men on motorbikes killed 15 villagers in the commune of Anzourou in Niger's Tillaberi region on Friday, local sources said on Monday. The attackers stole livestock and burned granaries.

The region, near the borders with Mali and Burkina Faso, is a base for jihadist groups linked to al-Qaeda and the Islamic State. The military government has not commented on the attack.""",
    [ev("Anzourou", "attack_on_civilians", "unknown", "2025-09-12", 15)])

doc("H27", "2025-09-16", """Lebanon: Israeli drone strike kills Hezbollah member in south

An Israeli drone struck a motorcycle in the southern Lebanese town of Nabatieh on Tuesday, killing one man, the health ministry said. The Israeli army said it had killed a Hezbollah fighter who was trying to rebuild the group's infrastructure.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire agreed in November last year.""",
    [ev("Nabatieh", "explosion", "Israeli security forces", "2025-09-16", 1)])

doc("H28", "2025-09-16", """UN envoy warns of renewed war in South Sudan

The United Nations' envoy for South Sudan warned on Tuesday that the country risked sliding back into full-scale war, telling the Security Council that clashes between the army and opposition forces had displaced more than 100,000 people this year.

He urged President Salva Kiir and his rivals to return to talks and release detained opposition leader Riek Machar. No new clashes were reported this week.""",
    [])

doc("H29", "2025-09-16", """Bangladesh: one killed as rival party activists clash in Chittagong

One person was killed and at least 25 injured when activists of two rival political parties clashed with sticks and machetes in the port city of Chittagong on Monday, police said.

The clash broke out during a rally ahead of local elections, police official Mohammad Kamal said. Police fired tear gas to disperse the crowd and detained 12 people.""",
    [ev("Chittagong", "battle", "unknown", "2025-09-15", 1, 25)])

doc("H30", "2025-09-16", """Mali: army and Russian fighters accused of killing civilians near Timbuktu

Witnesses accused Malian soldiers and Russian paramilitaries of killing at least 20 civilians in the village of Kobe, near Timbuktu, last Thursday, during an operation against jihadists.

"They gathered the men near the well and shot them," a resident who fled said by phone. The army said in a statement it had "neutralised terrorists" in the area and denied targeting civilians.""",
    [ev("Kobe", "attack_on_civilians", "Military Forces of Mali", "2025-09-11", 20, a2="civilians")])

with open("docs.jsonl", "w") as f, open("gold.jsonl", "w") as g:
    for i, pub, text, events in R:
        f.write(json.dumps({"id": i, "published": pub, "text": text}) + "\n")
        g.write(json.dumps({"id": i, "published": pub, "events": events, "figures": []}) + "\n")
