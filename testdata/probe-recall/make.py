"""Probe set: whole incidents found or not (see README.md). Writes docs.jsonl, gold.jsonl and
one gold file per series (gold-R.jsonl: the series tuned on; gold-F.jsonl: the fresh series
written after the fixes and not tuned on)."""
import json
R = []


def doc(i, pub, text, events):
    R.append((i, pub, text, events))


def ev(place, typ, a1, date, k=None, w=None, a2="", country="", opt=False):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": country, "type": typ,
         "actor1": a1, "actor2": a2, "killed": k, "killed_high": None, "wounded": w, "wounded_high": None,
         "evidence": ""}
    if opt:
        e["optional"] = True
    return e


A, B, C = "2025-03-12", "2025-06-18", "2025-09-24"  # all Wednesdays

# ---- series R: the series the fixes were tuned on ----
doc("R01", A, """Explosion rocks market in Borno town

MAIDUGURI, Nigeria, March 11 - An explosion ripped through a crowded cattle market in the town of Konduga in Borno state on Monday afternoon, residents said, sending traders running for cover. Officials had not given a toll by Tuesday evening, and no group said it was behind the blast.""",
    [ev("Konduga", "explosion", "unknown", "2025-03-10")])
doc("R02", A, """Gunmen storm village in northern Burkina Faso

Gunmen on motorbikes stormed the village of Seytenga near the border with Niger on Sunday, setting granaries on fire and firing on those who tried to flee, a local official said. Hundreds of families have since arrived in Dori.""",
    [ev("Seytenga", "attack_on_civilians", "unknown", "2025-03-09")])
doc("R03", A, """Al-Shabaab claims Baidoa police station bombing

The bombing of a police station in the southwestern Somali city of Baidoa on Tuesday killed three officers and a civilian, a regional police commander said. Al-Shabaab said in a statement on its radio station that its fighters carried out the attack.""",
    [ev("Baidoa", "explosion", "al-Shabaab", "2025-03-11", 4)])
doc("R04", A, """Peshawar on alert after night-time checkpoint attack

Police stepped up patrols across Peshawar on Monday after an attack on a checkpoint on the city's Kohat road late on Sunday left two constables dead, officials said. The attackers escaped into the nearby tribal district, they said.""",
    [ev("Peshawar", "battle", "unknown", "2025-03-09", 2)])
doc("R05", A, """Mali: six killed in separate attacks in centre

BAMAKO, March 12 (AFP) - Suspected jihadists killed four soldiers near Douentza and two civilians at a weekly fair in Boni in separate attacks on Saturday, local and security sources told AFP on Wednesday.""",
    [ev("Douentza", "battle", "unknown", "2025-03-08", 4), ev("Boni", "attack_on_civilians", "unknown", "2025-03-08", 2)])
doc("R06", A, """Russian strikes kill two in Kherson, wound seven in Nikopol

Russian shelling killed two people in the centre of Kherson on Tuesday, the regional governor said, while a drone strike on a minibus in Nikopol across the Dnipro wounded seven others, according to local officials.""",
    [ev("Kherson", "explosion", "Russian security forces", "2025-03-11", 2),
     ev("Nikopol", "explosion", "Russian security forces", "2025-03-11", None, 7)])
doc("R07", A, """Turkey detains 37 Islamic State suspects

Turkish police detained 37 people suspected of links to Islamic State in dawn raids in Istanbul and Ankara on Tuesday, the interior minister said, adding that weapons and documents were seized.""",
    [ev("Istanbul, Ankara", "arrest", "Turkish security forces", "2025-03-11")])
doc("R08", A, """Gang kidnaps nuns near Mirebalais

Armed men abducted four nuns and their driver on the road outside Mirebalais in central Haiti on Monday, the archdiocese said, appealing for their release.""",
    [ev("Mirebalais", "attack_on_civilians", "unknown", "2025-03-10")])
doc("R09", A, """RSF fighters loot market in North Kordofan town

Fighters of the paramilitary Rapid Support Forces looted the main market of Um Ruwaba in North Kordofan on Sunday and set dozens of shops on fire, residents and a local aid group said.""",
    [ev("Um Ruwaba", "other", "Rapid Support Forces", "2025-03-09")])
doc("R10", A, """One shot dead as Mombasa tax protest turns violent

A protest against a new fuel levy in Mombasa turned violent on Tuesday as demonstrators burned tyres and looted shops in the city centre, and police shot dead a young man, witnesses said.""",
    [ev("Mombasa", "other", "unknown", "2025-03-11", 1)])
doc("R11", A, """M23 seizes Walikale after day of fighting

GOMA, March 11 - M23 rebels seized the town of Walikale in North Kivu on Sunday after a day of fighting with the army and allied Wazalendo militias, residents said.""",
    [ev("Walikale", "territory_gain", "M23", "2025-03-09")])
doc("R12", A, """Arakan Army says it has overrun army base

The Arakan Army said on Monday it had overrun a regional military command base in Ann township in Rakhine state after a siege lasting weeks, and had captured dozens of soldiers.""",
    [ev("Ann", "territory_gain", "Arakan Army", None)])
doc("R13", A, """Kurdish-led forces hand over town to Damascus under deal

The Syrian Democratic Forces handed control of the town of Deir Hafer to government forces on Tuesday under an agreement reached last week, both sides said, ending months of fighting on the front line east of Aleppo.""",
    [ev("Deir Hafer", "territory_gain", "Syrian government forces", "2025-03-11")])
doc("R14", A, """Al-Shabaab threatens Mogadishu hotels

Al-Shabaab warned on Tuesday that it would attack hotels in Mogadishu that host government officials and foreign contractors, in a message read out on its radio station. Police said security around the city's hotels had been stepped up.""",
    [])
doc("R15", A, """Beslan remembers school siege victims

Hundreds of people gathered at the school in Beslan on Tuesday to remember the 2004 siege in which more than 330 hostages, most of them children, were killed when security forces stormed the building.""",
    [])
doc("R16", A, """Life sentence over Nice truck attack role

A Paris court on Tuesday sentenced a 39-year-old man to life in prison for helping to plan the 2016 truck attack on the seafront in Nice, in which a driver ploughed into crowds and killed 86 people.""",
    [])
doc("R17", A, """Banditry killed 4,200 in north-west Nigeria last year, says report

Attacks by armed gangs killed about 4,200 people in north-west Nigeria last year, up from 3,100 the year before, a security research firm said in a report on Monday. Kidnappings for ransom rose by a third, with Zamfara and Katsina states the worst affected, it said.""",
    [])
doc("R18", A, """India will respond 'firmly' to any attack, minister says

India's defence minister said on Tuesday the armed forces would respond firmly to any attack on the country and had been given a free hand to strike militant camps across the Line of Control if needed.""",
    [])
doc("R19", A, """Analysts warn IS could attack Syrian prison camps

Islamic State cells could attack prisons and camps in north-east Syria holding thousands of its fighters and their families if US troops pull out of the region, analysts told a conference in Washington on Monday. The group still has an estimated 2,500 fighters in Syria and Iraq, they said.""",
    [])
doc("R20", A, """Ethiopian army denies drone strike on wedding

Ethiopia's army on Monday denied that one of its drones had struck a wedding party in the Amhara region, calling reports of civilian deaths "fabricated" by its enemies. No independent confirmation was available.""",
    [])
doc("R21", B, """Army to launch operation in Tirah valley

Pakistan's army said on Tuesday it would launch an operation against militants in the Tirah valley in the coming weeks and urged families to move to camps set up near Bara. Officials said the offensive was expected to last several months.""",
    [])
doc("R22", B, """China stages drills around Taiwan

Chinese warships and fighter jets staged live-fire drills around Taiwan on Monday, simulating strikes on ports and blockades of key shipping lanes, China's military said. Taiwan's defence ministry said it had scrambled aircraft and deployed missile systems in response.""",
    [])
doc("R23", B, """Striker's killer finish sinks Lagos rivals

The visitors' striker produced a killer performance in Lagos on Sunday, firing home twice in the second half as his side bombarded the home goal and shot down their rivals' title hopes. "We attacked from the first minute," the coach said after the match.""",
    [])
doc("R24", B, """War epic bombs at box office

A big-budget war film about the battle of Mosul bombed at the box office on its opening weekend, taking less than a third of what its studio had expected, industry figures showed on Monday. Critics had savaged the film, with one calling its battle scenes "an assault on the senses".""",
    [])
doc("R25", B, """Iraqi troops hunt cells after ambush near Tarmiyah

Iraqi forces launched a sweep north of Baghdad on Monday following an ambush on an army patrol near Tarmiyah on Sunday night in which an officer and two soldiers were killed, a security source said.""",
    [ev("Tarmiyah", "battle", "unknown", "2025-06-15", 3)])
doc("R26", B, """Shelling of El Fasher camp kills 11, charity says

The shelling of the Abu Shouk camp near El Fasher on Saturday killed 11 displaced people, a medical charity said, blaming the Rapid Support Forces. On the same day, RSF fighters attacked the village of Um Kadada, east of the city, and drove off livestock, residents said.""",
    [ev("Abu Shouk", "explosion", "Rapid Support Forces", "2025-06-14", 11),
     ev("Um Kadada", "attack_on_civilians", "Rapid Support Forces", "2025-06-14")])
doc("R27", B, """Colombian army says three soldiers killed in wave of attacks

Dissident FARC fighters carried out a wave of attacks in Cauca department on Sunday: a soldier was killed by a sniper in Suarez, two more died when explosives were thrown at a patrol near Jamundi, and a police station in Morales was hit by gunfire, the army said.""",
    [ev("Suarez", "battle", "FARC dissidents", "2025-06-15", 1),
     ev("Jamundi", "explosion", "FARC dissidents", "2025-06-15", 2),
     ev("Morales", "battle", "FARC dissidents", "2025-06-15")])
doc("R28", B, """Separatists abduct teachers, torch school in Cameroon's North-West

Armed separatists abducted three teachers and burned down a secondary school in the town of Kumbo on Monday, a local education official said.""",
    [ev("Kumbo", "attack_on_civilians", "unknown", "2025-06-16")])
doc("R29", B, """Israeli troops arrest 20 in West Bank raids

Israeli forces arrested at least 20 Palestinians in overnight raids on Nablus, Tubas and the Jenin refugee camp, the Palestinian Prisoners' Society said on Tuesday.""",
    [ev("Nablus, Tubas, Jenin", "arrest", "Israeli security forces", "2025-06-16")])
doc("R30", B, """Flights suspended at Tripoli airport following clashes in Tajoura

Flights at Mitiga airport were suspended on Sunday following clashes between rival armed groups in the eastern suburb of Tajoura overnight, in which at least four fighters were killed, the health ministry said.""",
    [ev("Tajoura", "battle", "unknown", "2025-06-14", 4)])
doc("R31", B, """Gunmen attack bar in Celaya

Gunmen opened fire on customers at a bar in the city of Celaya in Guanajuato late on Saturday before fleeing in a pickup truck, state prosecutors said. Several people were taken to hospital.""",
    [ev("Celaya", "attack_on_civilians", "unknown", "2025-06-14")])
doc("R32", B, """Mob torches houses in Manipur

A mob set fire to more than a dozen houses in Jiribam in Manipur on Sunday night after rumours spread of a killing, police said, and security forces fired tear gas to disperse the crowd.""",
    [ev("Jiribam", "other", "unknown", "2025-06-15")])
doc("R33", B, """US strikes Houthi targets after ship attack

US warplanes struck Houthi targets in Hodeidah and Saada on Monday, the group's media said, a day after the Houthis fired missiles at a cargo ship in the Red Sea.""",
    [ev("Hodeidah", "explosion", "US military", "2025-06-16"), ev("Saada", "explosion", "US military", "2025-06-16"),
     ev("Red Sea", "explosion", "Houthis", "2025-06-15", opt=True)])
doc("R34", B, """Afghan and Pakistani forces trade fire at Torkham

Afghan and Pakistani border forces exchanged fire at the Torkham crossing on Saturday, closing the main trade route between the two countries, officials on both sides said. There was no word on casualties.""",
    [ev("Torkham", "battle", "unknown", "2025-06-14")])
doc("R35", B, """Cattle raid kills 17 in Jonglei

Armed youths from a neighbouring county raided cattle camps near Pibor on Friday, killing 17 herders and making off with thousands of cattle, local officials said on Monday.""",
    [ev("Pibor", "attack_on_civilians", "unknown", "2025-06-13", 17)])
doc("R36", B, """Women march in Maiduguri for detained relatives

Hundreds of women marched through Maiduguri on Tuesday to demand the release of husbands and sons held by the military for years without trial, organisers said. The march ended peacefully outside the state governor's office.""",
    [ev("Maiduguri", "other", "unknown", "2025-06-17")])
doc("R37", B, """Israeli drone kills driver in south Lebanon

An Israeli drone struck a car on the road near Nabatieh on Tuesday, killing its driver, Lebanon's state news agency said. Hours later, an Israeli strike hit a house in the village of Kfar Kila, causing damage but no casualties.""",
    [ev("Nabatieh", "explosion", "Israeli security forces", "2025-06-17", 1),
     ev("Kfar Kila", "explosion", "Israeli security forces", "2025-06-17")])
doc("R38", B, """Iraq court sentences five to death over 2016 Karrada bombing

A Baghdad criminal court on Monday sentenced five men to death for their role in the 2016 truck bombing in the Karrada district, which killed more than 300 people, the judiciary said.""",
    [])
doc("R39", B, """Niger army says 70 'terrorists' neutralised in a month

Niger's army said on Monday that its operations in the Tillaberi region over the past month had neutralised 70 terrorists and destroyed several of their bases, without giving details.""",
    [ev("Tillaberi", "battle", "Nigerien security forces", None, 70, opt=True)])
doc("R40", B, """Al-Shabaab attacks base in central Somalia; bomb hits Mogadishu minibus

Al-Shabaab fighters attacked a military base in Bulo Burde on Monday, setting off a battle that lasted several hours, while in Mogadishu a roadside bomb struck a minibus, wounding six passengers, police said.""",
    [ev("Bulo Burde", "battle", "al-Shabaab", "2025-06-16"), ev("Mogadishu", "explosion", "unknown", "2025-06-16", None, 6)])
doc("R41", C, """UN condemns attack on Ituri displacement camp

The United Nations on Tuesday condemned an attack on a camp for displaced people in Djugu territory on Sunday night in which CODECO militiamen killed at least nine people with machetes, saying it may amount to a war crime.""",
    [ev("Djugu", "attack_on_civilians", "CODECO", "2025-09-21", 9)])
doc("R42", C, """Insurgents raid Mocimboa da Praia

Islamic State-linked insurgents raided the town of Mocimboa da Praia in Cabo Delgado on Saturday, beheading two men and burning a church before withdrawing, residents said.""",
    [ev("Mocimboa da Praia", "attack_on_civilians", "unknown", "2025-09-20", 2)])
doc("R43", C, """Burkina: soldiers killed in convoy ambush near Djibo

Militants ambushed a supply convoy escorted by the army near Djibo on Thursday, killing at least 15 soldiers and volunteer fighters, security sources said on Monday. Three days later the same group attacked a gendarmerie post in Arbinda.""",
    [ev("Djibo", "battle", "unknown", "2025-09-18", 15), ev("Arbinda", "battle", "unknown", "2025-09-21")])
doc("R44", C, """Russian drones hit three Ukrainian cities

Russian drones and missiles struck Kharkiv, Sumy and Odesa overnight into Tuesday, killing three people in Kharkiv and injuring 12 in Odesa, regional governors said. In Sumy, an apartment block and a school were damaged.""",
    [ev("Kharkiv", "explosion", "Russian security forces", "2025-09-22", 3),
     ev("Sumy", "explosion", "Russian security forces", "2025-09-22"),
     ev("Odesa", "explosion", "Russian security forces", "2025-09-22", None, 12)])
doc("R45", C, """Local official shot dead in Deraa

A local council head was shot dead by unknown gunmen outside his home in the town of Jasim in Deraa province on Sunday, the Syrian Observatory for Human Rights said. Separately, clashes between Druze fighters and Bedouin tribesmen in the countryside of Sweida on Monday killed five people.""",
    [ev("Jasim", "attack_on_civilians", "unknown", "2025-09-21", 1), ev("Sweida", "battle", "unknown", "2025-09-22", 5)])
doc("R46", C, """Soldiers clash with communist rebels in Samar

Government troops clashed with New People's Army guerrillas in the hills near the town of Las Navas in Northern Samar on Saturday, leaving two rebels dead, the army said. A soldier was wounded.""",
    [ev("Las Navas", "battle", "unknown", "2025-09-20", 2, 1)])
doc("R47", C, """Deminers clear 3,000 mines around Izium

Deminers have cleared more than 3,000 mines and unexploded shells from farmland around Izium since the town was retaken in 2022, a demining agency said on Tuesday. Mines have killed or maimed dozens of farmers in the region.""",
    [])
doc("R48", C, """Opposition says budget 'wages war on the poor'

Kenya's opposition accused the government on Tuesday of waging war on the poor with a budget that it said would massacre public-sector jobs and bombard families with new taxes. The finance minister said the plan would be defended in parliament.""",
    [])
doc("R49", C, """Chad denies arming RSF; Sudan warns it may strike supply routes

Chad on Monday denied sending weapons to Sudan's Rapid Support Forces through its eastern border, after Sudan's army chief warned that his forces could strike supply lines running from Chadian territory.""",
    [])
doc("R50", C, """Plateau police probe weekend of violence

Police in Plateau state said on Tuesday they were investigating the killing of a farmer in Bokkos on Saturday, the burning of houses in Mangu on Sunday and an attack on a vigilante post in Barkin Ladi on Monday in which two vigilantes died.""",
    [ev("Bokkos", "attack_on_civilians", "unknown", "2025-09-20", 1), ev("Mangu", "other", "unknown", "2025-09-21"),
     ev("Barkin Ladi", "battle", "unknown", "2025-09-22", 2)])
doc("R51", C, """Road to Makhmour closed after bomb hits Peshmerga vehicle

Kurdish authorities closed the road between Erbil and Makhmour on Monday following the explosion of a roadside bomb under a Peshmerga vehicle near Makhmour on Sunday that wounded three fighters.""",
    [ev("Makhmour", "explosion", "unknown", "2025-09-21", None, 3)])
doc("R52", C, """Chittagong University shut after student clashes

Clashes between rival student groups at Chittagong University on Monday left more than 30 people injured, police said, and the university was closed indefinitely.""",
    [ev("Chittagong", "other", "unknown", "2025-09-22", None, 30)])
doc("R53", C, """Blast hits Kunduz mosque during Friday prayers

A blast tore through a Shiite mosque in Kunduz city during Friday prayers, witnesses said, with bodies lying in the courtyard. The Taliban's spokesman said an investigation was under way.""",
    [ev("Kunduz", "explosion", "unknown", "2025-09-19")])
doc("R54", C, """Malian and Russian troops hold joint exercise near Gao

Malian soldiers and Russian instructors held a joint exercise near Gao on Monday, practising the defence of a convoy against an ambush and the storming of a hostile village, the army said.""",
    [])
doc("R55", C, """Calm returns to Gondar after Fano incursion

Residents of Gondar said on Tuesday the city was calm again, two days after Fano militiamen briefly entered the city and fought the army in several neighbourhoods.""",
    [ev("Gondar", "battle", "Fano", "2025-09-21")])
doc("R56", C, """Gunmen kidnap Austrian aid worker in Agadez

Gunmen abducted an Austrian aid worker from her home in the northern city of Agadez on Saturday night, the interior ministry said. Soldiers later arrested four suspects at a checkpoint outside the city.""",
    [ev("Agadez", "attack_on_civilians", "unknown", "2025-09-20"), ev("Agadez", "arrest", "Nigerien security forces", None)])
doc("R57", C, """Snipers and shells killed or wounded 180 children in Taiz in a year, UN says

Snipers and shelling killed or wounded 180 children in Taiz over the past year, the UN children's agency said on Monday, calling on all sides to spare civilians.""",
    [])
doc("R58", C, """Israeli troops set up new position near Quneitra

Israeli troops set up a new military position on a hill outside Quneitra in southern Syria on Sunday, local activists said, the latest of several built since December.""",
    [ev("Quneitra", "other", "Israeli security forces", "2025-09-21")])
doc("R59", C, """Gangs take over Haitian town as police withdraw

Gang members took over the town of Saut-d'Eau on Sunday after police withdrew, forcing thousands of residents to flee, local officials said.""",
    [ev("Saut-d'Eau", "territory_gain", "unknown", "2025-09-21")])
doc("R60", C, """Two militants killed in Kulgam encounter

Two militants were killed in an encounter with security forces in Kulgam on Monday, police said. The police chief said another operation was planned in Shopian later this week.""",
    [ev("Kulgam", "battle", "unknown", "2025-09-22", 2)])
doc("R61", A, """Death toll from Quetta bus station bombing rises to 14

The death toll from Saturday's bombing of a bus station in Quetta rose to 14 on Tuesday after three more victims died in hospital, officials said.""",
    [ev("Quetta", "explosion", "unknown", "2025-03-08", 14)])
doc("R62", B, """Traders return to Beledweyne market

Traders reopened their stalls in Beledweyne's main market on Tuesday, a week after a car bomb attack there killed 10 people, the district commissioner said.""",
    [ev("Beledweyne", "explosion", "unknown", "2025-06-10", 10)])

# ---- series F: fresh reports written after the fixes, not tuned on ----
D = "2025-11-05"  # a Wednesday
doc("F01", D, """Niger: army convoy ambushed near Tillia

NIAMEY, Nov 4 - Suspected Islamic State fighters ambushed a military convoy near Tillia in the Tahoua region on Sunday, the defence ministry said on Tuesday, without giving a toll. Reinforcements were sent to the area.""",
    [ev("Tillia", "battle", "unknown", "2025-11-02")])
doc("F02", D, """Kismayo schools reopen after checkpoint bombing

Schools in Kismayo reopened on Tuesday, three days after a suicide bomber blew himself up at a checkpoint outside the city's airport, killing four soldiers and himself, local officials said.""",
    [ev("Kismayo", "explosion", "unknown", "2025-11-01", 5)])
doc("F03", D, """ADF rebels kill six in Oicha, burn health centre in Mangina

ADF rebels killed six villagers in Oicha on Friday and burned a health centre in Mangina on Saturday, local officials in North Kivu said on Monday.""",
    [ev("Oicha", "attack_on_civilians", "ADF", "2025-10-31", 6), ev("Mangina", "other", "ADF", "2025-11-01")])
doc("F04", D, """Myanmar rebels hand Mogok back to junta

The Ta'ang National Liberation Army said on Sunday it had withdrawn from the town of Mogok under a deal brokered by China and handed it back to the military government.""",
    [ev("Mogok", "territory_gain", "Myanmar military", None)])
doc("F05", D, """Haiti police fear new prison assault

Haitian police warned on Tuesday that gangs could try to storm the main prison in Port-au-Prince again, and asked the Kenyan-led mission for reinforcements.""",
    [])
doc("F06", D, """Super Eagles blow Ghana away in Abuja

Nigeria's Super Eagles blew Ghana away 4-0 in Abuja on Saturday, with the striker's explosive display torpedoing the visitors' hopes and the home side's attack firing on all cylinders.""",
    [])
doc("F07", D, """Trial opens over 2003 Ituri massacre

A court in The Hague on Monday opened the trial of a former militia leader accused of ordering the massacre of some 200 villagers in Ituri in 2003.""",
    [])
doc("F08", D, """Colombian army frees kidnapped engineers, arrests ELN members

Colombian soldiers freed two kidnapped engineers and arrested three members of the ELN in a raid near Tame in Arauca department on Saturday, the army said.""",
    [ev("Tame", "arrest", "Colombian military", "2025-11-01")])
doc("F09", D, """Shelling wounds nurse in Nikopol; guided bomb kills worker in Kupiansk

The shelling of Nikopol on Monday damaged a hospital and wounded a nurse, the regional governor said. On the same day, a guided bomb hit a warehouse in Kupiansk, killing a worker.""",
    [ev("Nikopol", "explosion", "unknown", "2025-11-03", None, 1), ev("Kupiansk", "explosion", "unknown", "2025-11-03", 1)])
doc("F10", D, """Opposition supporters clash with police in Rawalpindi

Supporters of a jailed opposition leader clashed with police in Rawalpindi on Friday, hurling stones and setting fire to a police van, and officers responded with tear gas. Fifteen people were hurt, hospital officials said.""",
    [ev("Rawalpindi", "other", "unknown", "2025-10-31", None, 15)])
doc("F11", D, """RSF steps up attacks in North Darfur

The Rapid Support Forces stepped up attacks across North Darfur on Sunday, the Sudan Doctors Network said. In Mellit, a drone strike on a market killed five people; in Kutum, fighters looted shops; and in El Fasher, artillery fire hit a hospital.""",
    [ev("Mellit", "explosion", "Rapid Support Forces", "2025-11-02", 5), ev("Kutum", "other", "Rapid Support Forces", "2025-11-02"),
     ev("El Fasher", "explosion", "Rapid Support Forces", "2025-11-02")])
doc("F12", D, """Mexico says murders fell by a fifth

Mexico's homicide rate fell by 20 percent in the first nine months of the year, the security minister said on Tuesday, crediting a strategy of going after the finances of drug cartels.""",
    [])
doc("F13", D, """Turkish drones hit north-east Syria

Turkish drone strikes on Sunday hit a vehicle near Qamishli, killing two SDF fighters, and a farm outside Kobani, residents said.""",
    [ev("Qamishli", "explosion", "Turkish Armed Forces", "2025-11-02", 2), ev("Kobani", "explosion", "Turkish Armed Forces", "2025-11-02")])
doc("F14", D, """Gunmen attack relief camp in Manipur

Armed men torched several houses and opened fire on a relief camp in Churachandpur district late on Sunday, police said, prompting the deployment of more troops.""",
    [ev("Churachandpur", "attack_on_civilians", "unknown", "2025-11-02")])
doc("F15", D, """Hezbollah denies rocket fire; Israeli strike kills man in Bint Jbeil

Hezbollah denied on Monday that it had fired rockets at northern Israel after sirens sounded in Kiryat Shmona. Hours later, an Israeli strike on a motorcycle in Bint Jbeil killed one man, Lebanon's health ministry said.""",
    [ev("Bint Jbeil", "explosion", "Israeli security forces", "2025-11-03", 1)])

SERIES = {"R": [r for r in R if r[0].startswith("R")], "F": [r for r in R if r[0].startswith("F")]}


def write(path, rows, key):
    with open(path, "w") as f:
        for i, pub, text, events in rows:
            if key == "doc":
                f.write(json.dumps({"id": i, "published": pub, "text": text}) + "\n")
            else:
                f.write(json.dumps({"id": i, "published": pub, "events": events, "figures": []}) + "\n")


write("docs.jsonl", R, "doc")
write("gold.jsonl", R, "gold")
for s, rows in SERIES.items():
    if rows:
        write("gold-%s.jsonl" % s, rows, "gold")
