"""Probe set: mixed short reports (see README.md). Writes docs.jsonl and gold.jsonl."""
import json
R=[]
def doc(i,pub,text,events):
    R.append((i,pub,text,events))
def ev(place,typ,a1,date,k=None,w=None,a2="",country="",opt=False):
    e={"summary":"","date":date,"place":place,"admin":"","country":country,"type":typ,"actor1":a1,"actor2":a2,"killed":k,"killed_high":None,"wounded":w,"wounded_high":None,"evidence":""}
    if opt: e["optional"]=True
    return e
doc("M01","2025-02-11","""Police fire tear gas at teachers' march in Nairobi

NAIROBI, Feb 10 - Kenyan police fired tear gas and water cannon on Monday at hundreds of teachers marching to parliament over unpaid salaries, and 14 people were taken to hospital, union officials said.

The march had been peaceful until officers blocked the road near the parliament buildings, witnesses said.""",
 [ev("Nairobi","other","unknown","2025-02-10",None,14)])
doc("M02","2025-02-11","""Armed men kidnap 20 passengers on highway in Zamfara

Gunmen stopped a bus on the Gusau-Funtua highway in Zamfara state on Sunday night and abducted 20 passengers, police spokesman said on Tuesday. A search for the victims is under way.""",
 [ev("Gusau","attack_on_civilians","unknown","2025-02-09")])
doc("M03","2025-02-11","""Rebels seize town in eastern Congo

GOMA, Feb 11 - M23 rebels took control of the town of Nyabibwe in South Kivu on Tuesday after government troops withdrew, residents said. There was no immediate word on casualties.""",
 [ev("Nyabibwe","territory_gain","M23","2025-02-11")])
doc("M04","2025-02-11","""Mob burns suspected thieves in Port-au-Prince

Residents of a Port-au-Prince neighbourhood beat and burned to death three men they accused of stealing motorbikes on Monday, local radio reported.""",
 [ev("Port-au-Prince","other","unknown","2025-02-10",3)])
doc("M05","2025-02-11","""Israeli air strike kills five in southern Lebanon

An Israeli drone strike on a car in the village of Bint Jbeil killed five people on Tuesday, Lebanon's health ministry said. The Israeli military said it had targeted Hezbollah operatives.""",
 [ev("Bint Jbeil","explosion","Israeli security forces","2025-02-11",5)])
doc("M06","2025-02-11","""Soldiers killed in ambush in western Niger

Twelve Nigerien soldiers were killed and eight wounded when their patrol was ambushed by suspected jihadists near Tera in the Tillaberi region on Sunday, the defence ministry said late on Monday. The ministry said 30 assailants were "neutralised".""",
 [ev("Tera","battle","unknown","2025-02-09",42,8)])
doc("M07","2025-02-11","""Landmine kills three children in Yemen's Taiz

Three children were killed when a landmine left over from the fighting exploded as they were herding sheep on the outskirts of Taiz on Monday, a local rights group said.""",
 [ev("Taiz","explosion","unknown","2025-02-10",3)])
doc("M08","2025-02-11","""Police arrest 40 after protest in Dhaka turns violent

Police in Dhaka arrested 40 people on Tuesday after protesters threw stones at officers and set fire to two buses during a demonstration against fuel prices, police said. Several officers were hurt.""",
 [ev("Dhaka","other","unknown","2025-02-11")])
doc("M09","2025-02-11","""Two aid workers shot dead in South Sudan

Two aid workers were shot dead on Monday when gunmen opened fire on their vehicle on the road between Juba and Yei, the UN humanitarian office said, condemning the attack.""",
 [ev("Yei","attack_on_civilians","unknown","2025-02-10",2)])
doc("M10","2025-02-11","""Ukraine says it downed 40 drones overnight; one killed in Odesa

Russia launched 40 drones at Ukraine overnight, the air force said on Tuesday, and debris from one of them killed a man in the port city of Odesa, the regional governor said.""",
 [ev("Odesa","explosion","Russian security forces","2025-02-11",1)])
doc("M11","2025-02-11","""Gunmen kill priest in central Nigeria

Gunmen killed a Catholic priest and abducted two seminarians in an attack on a parish house in Kaduna state's Kafanchan area early on Sunday, the diocese said in a statement on Monday.""",
 [ev("Kafanchan","attack_on_civilians","unknown","2025-02-09",1)])
doc("M12","2025-02-11","""Pakistani forces kill six militants in raid

Pakistani security forces killed six militants in an intelligence-based operation in North Waziristan's Datta Khel area on Monday night, the military's media wing said. Two soldiers were also killed in the exchange of fire.""",
 [ev("Datta Khel","battle","Pakistani security forces","2025-02-10",8)])
doc("M13","2025-02-11","""Farmers and herders clash in Chad, 15 dead

At least 15 people were killed in clashes between farmers and herders in the Mandoul province of southern Chad on Saturday, a government spokesman said on Monday, adding that 22 people were injured.""",
 [ev("Mandoul","battle","unknown","2025-02-08",15,22)])
doc("M14","2025-02-11","""Army retakes Sudan's Wad Madani

Sudan's army said on Saturday it had recaptured the city of Wad Madani from the paramilitary Rapid Support Forces, more than a year after the RSF seized it. Residents celebrated in the streets.""",
 [ev("Wad Madani","territory_gain","Sudanese security forces","2025-02-08")])
doc("M15","2025-02-11","""Suicide bomber hits rally in Balochistan

A suicide bomber blew himself up at an election rally in Mastung district of Balochistan on Tuesday, killing 11 people and wounding 30 others, officials said. No group has claimed responsibility.""",
 [ev("Mastung","explosion","unknown","2025-02-11",11,30)])
doc("M16","2025-02-11","""Police officer killed in grenade attack in Srinagar

A police officer was killed and two civilians injured when suspected militants hurled a grenade at a police post in Srinagar's old city on Monday evening, police said.""",
 [ev("Srinagar","explosion","unknown","2025-02-10",1,2)])
doc("M17","2025-02-11","""Warring sides sign truce in Tripoli

Rival armed groups in Tripoli agreed on Monday to a ceasefire after two days of street battles that killed at least 27 people, the presidential council said. The fighting on Saturday and Sunday had centred on the Ain Zara district.""",
 [ev("Ain Zara","battle","unknown","2025-02-08",27), ev("Tripoli","other","unknown","2025-02-10",opt=True)])
doc("M18","2025-02-11","""Cartel gunmen kill seven at party in Guanajuato

Gunmen burst into a family party in the town of Salvatierra in Guanajuato state late on Saturday and opened fire, killing seven people and wounding five, the state prosecutor's office said.""",
 [ev("Salvatierra","attack_on_civilians","unknown","2025-02-08",7,5)])
doc("M19","2025-02-11","""Myanmar junta air strike hits monastery

A Myanmar military air strike hit a Buddhist monastery in Sagaing region's Kani township on Sunday, killing 18 villagers who were sheltering there, a local resistance group said.""",
 [ev("Kani","explosion","Military Forces of Myanmar","2025-02-09",18)])
doc("M20","2025-02-11","""Somali forces repel al-Shabaab attack on base

Somali troops repelled an al-Shabaab assault on a military base in Middle Shabelle's Adan Yabaal district on Tuesday, killing 25 militants, the defence ministry said. Five soldiers died in the fighting.""",
 [ev("Adan Yabaal","battle","al-Shabaab","2025-02-11",30)])
doc("M21","2025-02-11","""Colombia: ELN rebels bomb oil pipeline

ELN rebels blew up a section of the Cano Limon-Covenas oil pipeline in Arauca department on Monday, the state oil company said, adding that there were no injuries.""",
 [ev("Arauca","explosion","ELN","2025-02-10")])
doc("M22","2025-02-11","""Commemoration held for victims of 2014 massacre

Hundreds gathered on Monday in Speicher to remember the 1,700 air force cadets killed by Islamic State militants in June 2014. Speakers called for justice for the families.""",
 [])
doc("M23","2025-02-11","""Government and rebels to resume talks

The government and the rebel alliance will resume peace talks next week in Doha, mediators said on Tuesday, after fighting in the east killed hundreds of people last month.""",
 [])
doc("M24","2025-02-11","""Attackers torch homes in Plateau village

Armed men attacked the village of Mangu Halle in Plateau state on Monday night, setting fire to dozens of houses and killing at least 17 residents, a community leader said on Tuesday.""",
 [ev("Mangu","attack_on_civilians","unknown","2025-02-10",17)])

doc("N01","2025-04-08","""Two killed as rival clans fight over land in Somalia's Galmudug

At least two people were killed and five wounded on Monday when clan militias fought over a disputed grazing area near the town of Galkayo, elders said. The fighting subsided after elders intervened.""",
 [ev("Galkayo","battle","unknown","2025-04-07",2,5)])
doc("N02","2025-04-08","""Houthis claim missile attack on ship

Yemen's Houthis said on Tuesday they had fired two missiles at a cargo ship in the Red Sea off the port of Hodeidah. The ship's operator said there were no injuries among the crew.""",
 [ev("Hodeidah","explosion","Houthis","2025-04-08")])
doc("N03","2025-04-08","""Seven die in Kashmir gunfight

Three soldiers and four suspected militants were killed in a gunfight that began late on Sunday in a forest area of Kupwara district, the army said on Monday.""",
 [ev("Kupwara","battle","unknown","2025-04-06",7)])
doc("N04","2025-04-08","""Burkina army says it killed 'dozens of terrorists'

Burkina Faso's army said on Monday its air force had killed dozens of jihadists in strikes on their bases near Djibo over the weekend. The claim could not be independently verified.""",
 [ev("Djibo","explosion","Burkinabe security forces","2025-04-05")])
doc("N05","2025-04-08","""Journalist shot dead in Mexico

A journalist who reported on local corruption was shot dead outside his home in the city of Tijuana late on Saturday, the state prosecutor said. He was the third reporter killed in Mexico this year.""",
 [ev("Tijuana","attack_on_civilians","unknown","2025-04-05",1)])
doc("N06","2025-04-08","""Myanmar rebels capture border town

An alliance of ethnic armed groups said on Sunday it had captured the town of Hpakant after days of fighting with junta troops. The military did not respond to requests for comment.""",
 [ev("Hpakant","territory_gain","unknown","2025-04-06")])
doc("N07","2025-04-08","""Car bomb kills 9 near Mogadishu checkpoint

MOGADISHU, April 8 (Reuters) - A car bomb exploded at a security checkpoint on the outskirts of Mogadishu on Tuesday, killing nine people including four soldiers, police said. Al Shabaab claimed responsibility for the attack in a statement on its radio station.""",
 [ev("Mogadishu","explosion","al-Shabaab","2025-04-08",9)])
doc("N08","2025-04-08","""Israeli settlers attack West Bank village

Israeli settlers set fire to homes and cars in the West Bank village of Turmus Ayya on Sunday night, wounding three Palestinians, the Palestinian Red Crescent said.""",
 [ev("Turmus Ayya","attack_on_civilians","Israeli settlers","2025-04-06",None,3)])
doc("N09","2025-04-08","""Cameroon separatists kidnap 12 students

Suspected separatist fighters kidnapped 12 students from a school in Bamenda in Cameroon's North-West region on Monday, a government official said. Seven were freed later in the day after a military operation.""",
 [ev("Bamenda","attack_on_civilians","unknown","2025-04-07")])
doc("N10","2025-04-08","""Ukraine says Russian glide bombs hit Zaporizhzhia

Russian glide bombs struck an industrial area of Zaporizhzhia on Monday, killing two workers and injuring 11 other people, the regional governor said on Telegram.""",
 [ev("Zaporizhzhia","explosion","Russian security forces","2025-04-07",2,11)])
doc("N11","2025-04-08","""Police kill three robbery suspects in Nairobi shootout

Kenyan police said they shot dead three suspected robbers in a shootout in Nairobi's Eastleigh area on Sunday and recovered two pistols.""",
 [ev("Eastleigh","battle","Kenyan police","2025-04-06",3)])
doc("N12","2025-04-08","""Militants torch school in Pakistan's northwest

Militants blew up a girls' school in North Waziristan's Mir Ali area overnight, police said on Tuesday. No one was hurt as the building was empty.""",
 [ev("Mir Ali","explosion","unknown","2025-04-08")])

doc("P01","2025-05-20","""KABUL, May 20 (Xinhua) -- At least four people were killed and 13 others injured after an explosive device went off in a busy market in Afghanistan's eastern Nangarhar province on Tuesday, a provincial spokesman said.

The blast occurred in Jalalabad city, the provincial capital, at around 11 a.m. local time, the spokesman told Xinhua. No group has claimed responsibility so far.""",
 [ev("Jalalabad","explosion","unknown","2025-05-20",4,13)])
doc("P02","2025-05-20","""Sudan: RSF drone strikes hit Port Sudan for third day

Drones launched by the Rapid Support Forces struck fuel depots and a power station in Port Sudan on Monday, the third consecutive day of attacks on the Red Sea city, the army said. There were no reports of casualties.""",
 [ev("Port Sudan","explosion","Rapid Support Forces","2025-05-19")])
doc("P03","2025-05-20","""Gunmen kill 11 in attack on Nigerian mining site

ABUJA, May 20 (AFP) - Armed men on motorcycles stormed an illegal gold mining site in Zamfara state, killing 11 miners, local officials said on Tuesday.

The attack happened on Sunday near the village of Maru. "They came in large numbers and started shooting," a local official told AFP by phone.""",
 [ev("Maru","attack_on_civilians","unknown","2025-05-18",11)])
doc("P04","2025-05-20","""Israeli forces kill three Palestinians in Jenin raid

Israeli forces killed three Palestinians during a raid on the Jenin refugee camp on Tuesday, the Palestinian health ministry said. The Israeli military said its troops had opened fire on gunmen who threw explosives at them.""",
 [ev("Jenin","battle","Israeli security forces","2025-05-20",3)])
doc("P05","2025-05-20","""DR Congo: ADF rebels kill 20 in Ituri village

Suspected Allied Democratic Forces rebels killed at least 20 civilians with machetes in an overnight attack on the village of Mambasa in Ituri province, a local civil society leader said on Tuesday. Several houses were burned.""",
 [ev("Mambasa","attack_on_civilians","ADF","2025-05-20",20)])
doc("P06","2025-05-20","""Mali: army says it repelled attack on Boulkessi camp

Mali's army said on Monday it had repelled a "complex terrorist attack" on its camp in Boulkessi on Sunday, neutralising "more than 40 assailants". It gave no figure for its own losses. JNIM claimed the attack and said it had killed dozens of soldiers.""",
 [ev("Boulkessi","battle","JNIM","2025-05-18",40)])
doc("P07","2025-05-20","""Blast at Pakistan rally kills 5

QUETTA, Pakistan, May 20 (AP) — A bomb hidden in a motorcycle exploded near a political rally in southwestern Pakistan on Tuesday, killing five people and wounding 22, police said. The rally was in the town of Khuzdar.""",
 [ev("Khuzdar","explosion","unknown","2025-05-20",5,22)])
doc("P08","2025-05-20","""Colombia: soldiers killed in drone attack

Two soldiers were killed and five injured when a drone dropped explosives on a military base in the municipality of El Plateado in Cauca department on Sunday, the army said, blaming FARC dissidents.""",
 [ev("El Plateado","explosion","FARC dissidents","2025-05-18",2,5)])

# Series Q (2026-12-06): date expressions and event types in agency copy, written before running sitrep.
doc("Q01","2025-03-04","""Drone attack on Sumy kills two

Russian drones struck the city of Sumy overnight into Monday, killing two people and damaging a school, the regional military administration said.""",
 [ev("Sumy","explosion","Russian security forces","2025-03-02",2)])
doc("Q02","2025-03-04","""KADUNA, Nigeria, March 4 - Bandits killed six farmers in Kajuru local government area late on Sunday night and escaped with cattle, a local official said on Tuesday.""",
 [ev("Kajuru","attack_on_civilians","unknown","2025-03-02",6)])
doc("Q03","2025-03-04","""Kashmir: militant killed in encounter

A militant was killed in an encounter with security forces in the Kupwara district of Jammu and Kashmir in the early hours of Tuesday, police said. The gunfight started on Monday evening after troops cordoned off a village.""",
 [ev("Kupwara","battle","Indian security forces","2025-03-04",1)])
doc("Q04","2025-03-04","""Somalia: al-Shabaab mortar attack on Mogadishu airport

Al-Shabaab fighters fired mortar shells at Mogadishu's Aden Adde airport on the evening of March 2, wounding three workers, police said. The group claimed the attack the next day.""",
 [ev("Aden Adde airport","explosion","al-Shabaab","2025-03-02",None,3)])
doc("Q05","2025-03-04","""Yemen: Houthis seize ship in Red Sea

Houthi forces boarded and seized a cargo ship off the port of Hodeidah on Saturday and took its 22 crew members to the port, the ship's manager said on Monday.""",
 [ev("Hodeidah","other","Houthis","2025-03-01")])
doc("Q06","2025-03-04","""Gunmen kill three police officers in Balochistan

QUETTA, Pakistan, March 4 (Reuters) - Gunmen riding motorcycles shot dead three policemen at a checkpoint in Balochistan's Turbat district a day earlier, officials said on Tuesday. The banned Balochistan Liberation Army claimed the attack.""",
 [ev("Turbat","battle","Baloch Liberation Army","2025-03-03",3)])
doc("Q07","2025-03-04","""Ethiopia: dozens detained in Addis Ababa crackdown

Ethiopian police detained dozens of young men in raids across Addis Ababa over the weekend, accusing them of links to the Fano militia, relatives said on Monday.""",
 [ev("Addis Ababa","arrest","Ethiopian security forces","2025-03-01",opt=True)])
doc("Q08","2025-03-04","""Sudan: army says it retook Omdurman market

Sudan's army said on Tuesday its troops had recaptured the Souq Libya market area in Omdurman from the Rapid Support Forces the previous day, after weeks of fighting.""",
 [ev("Souq Libya","territory_gain","Sudanese Armed Forces","2025-03-03")])
doc("Q09","2025-03-04","""Israeli forces demolish homes in Jenin camp

Israeli forces blew up at least 20 homes in the Jenin refugee camp on Sunday, the Palestinian governor of Jenin said, as a military operation in the northern West Bank entered its sixth week.""",
 [ev("Jenin","other","Israeli security forces","2025-03-02")])
doc("Q10","2025-03-04","""Burundian soldiers killed in eastern Congo ambush

Four Burundian soldiers were killed when their convoy was ambushed in Fizi territory of South Kivu on Friday, a Burundian army source said. The source blamed RED-Tabara rebels.""",
 [ev("Fizi","battle","RED-Tabara","2025-02-28",4)])
doc("Q11","2025-03-04","""MAIDUGURI, Nigeria, March 4 (AFP) - A suicide bomber killed five people at a fish market in Konduga, about 35 km from Maiduguri, on Monday evening, a militia leader said. Boko Haram is suspected.""",
 [ev("Konduga","explosion","Boko Haram","2025-03-03",5)])
doc("Q12","2025-03-04","""Syria: gunmen kill 4 at checkpoint in Daraa

Unknown gunmen opened fire on a checkpoint of the Syrian government's general security forces near the town of Jasim in Daraa province on Sunday night, killing four members, the interior ministry said on Monday.""",
 [ev("Jasim","battle","unknown","2025-03-02",4)])
doc("Q13","2025-03-04","""Philippines: soldiers, rebels clash in Samar

Government soldiers clashed with New People's Army rebels in the mountains of Las Navas, Northern Samar, on Monday morning, leaving two rebels dead, the army said. No soldier was hurt.""",
 [ev("Las Navas","battle","Philippine security forces","2025-03-03",2)])
doc("Q14","2025-03-04","""Ukraine: Russian shelling of Kherson kills woman

A 67-year-old woman was killed when Russian forces shelled the Dniprovskyi district of Kherson on Tuesday morning, the regional governor said. Two other residents were wounded in the shelling, which also hit a bus stop.""",
 [ev("Dniprovskyi","explosion","Russian security forces","2025-03-04",1,2)])
doc("Q15","2025-03-04","""Colombia: Clan del Golfo blamed for massacre in Antioquia

Five young men were found shot dead on a rural road in the municipality of Segovia in Antioquia on Sunday, the ombudsman's office said on Monday, blaming the Clan del Golfo.""",
 [ev("Segovia","attack_on_civilians","Clan del Golfo","2025-03-02",5)])
doc("Q16","2025-03-04","""Chad: clashes between herders and farmers leave 12 dead

Twelve people were killed in clashes between herders and farmers in the village of Mandakao in Chad's Logone Oriental province last Wednesday, the governor said on Monday.""",
 [ev("Mandakao","battle","unknown","2025-02-26",12)])
with open('docs.jsonl','w') as f, open('gold.jsonl','w') as g:
    for i,pub,text,events in R:
        f.write(json.dumps({"id":i,"published":pub,"text":text})+"\n")
        g.write(json.dumps({"id":i,"published":pub,"events":events,"figures":[]})+"\n")
