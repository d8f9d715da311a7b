# Batch A: written with its gold before sitrep was run on it (2026-12-06, helper actors25).
# Published Tuesday 9 March 2027: Monday is 03-08, Sunday 03-07, Saturday 03-06,
# Friday 03-05, Thursday 03-04, Wednesday 03-03.
P = "2027-03-09"

doc("A01", P, """JNIM claims deadly raid on Burkina army post

OUAGADOUGOU, March 9 - At least 31 soldiers and members of the Volunteers for the Defence of the Homeland were killed on Sunday when hundreds of gunmen overran a military detachment in Diapaga, in the east of Burkina Faso, security sources told AFP.

The assailants arrived at dawn on motorcycles and pickups and fought the garrison for several hours before setting fire to its stores, one of the sources said. A local official said the town had been cut off from the rest of the region since.

On Monday evening the al Qaeda-affiliated Group for the Support of Islam and Muslims (JNIM) said its fighters had carried out the assault and published pictures of weapons it said were taken from the post.

The junta of Captain Ibrahim Traore has not commented. Burkina Faso's army suffered similar losses at Djibo and Barsalogho last year.""",
 [ev("Diapaga", B, "Armed clash", "JNIM", "Burkinabe security forces", "2027-03-07", 31, country="BF")])

doc("A02", P, """Twelve villagers shot dead in western Niger

NIAMEY, March 9 - Twelve civilians were killed by suspected Islamic State fighters who raided a village near Banibangou in Niger's Tillaberi region on Saturday, a local councillor said.

"They gathered the men in front of the mosque and opened fire," the councillor told Reuters by telephone, asking not to be named for his safety. Several houses and granaries were burned.

Niger's interior ministry confirmed the attack in a statement read on state television on Monday, without naming those responsible. The ministry said troops had been sent to the area.

The Islamic State's Sahel branch has repeatedly targeted villages in Tillaberi that it accuses of supporting self-defence groups.""",
 [ev("Banibangou", V, "Attack", "Islamic State", "civilians", "2027-03-06", 12, country="NE")])

doc("A03", P, """Gunmen kill 23 in Zamfara village, police blame bandits

GUSAU, Nigeria, March 9 - Armed men on motorcycles killed 23 people and abducted dozens in an attack on Kaura Namoda's Sakajiki village late on Friday, residents said.

Police spokesman Yazid Abubakar said the raid was carried out by bandits loyal to the warlord Dogo Gide, who had demanded a levy from farmers in the area. "The criminals burnt houses and rustled livestock before fleeing into the forest," he said.

It was the second attack in the district this month. On Wednesday, two farmers were shot dead on their farms near Birnin Magaji, according to residents.

Zamfara has been plagued by armed gangs who kidnap for ransom and impose taxes on rural communities.""",
 [ev("Sakajiki", V, "Attack", "bandits", "civilians", "2027-03-05", 23, country="NG"),
  ev("Birnin Magaji", V, "Attack", "unknown", "civilians", "2027-03-03", 2, country="NG")])

doc("A04", P, """Suicide bomber kills nine at fish market in Borno

MAIDUGURI, March 9 - A female suicide bomber blew herself up at a crowded fish market in Konduga, Borno State, on Monday, killing nine people and wounding 21, emergency officials said.

Nobody claimed the attack, but a police spokesman said it bore the hallmarks of Boko Haram. "The jihadists have again shown that they target the weak," he told reporters.

The group has used women and girls as suicide bombers since 2014, often against markets, mosques and camps for displaced people.

Separately, troops repelled an attack by the militants on a base in Marte on Sunday night, killing seven of them, army spokesman Onyema Nwachukwu said.""",
 [ev("Konduga", E, "Suicide bomb", "Boko Haram", "civilians", "2027-03-08", 9, 21, country="NG"),
  ev("Marte", B, "Armed clash", "Boko Haram", "Nigerian security forces", "2027-03-07", 7, country="NG")])

doc("A05", P, """Car bomb hits Mogadishu police station; al-Shabaab claims attack

MOGADISHU, March 9 - A car packed with explosives was detonated outside a police station in Mogadishu's Hodan district on Monday, killing at least six people including four police officers, a police officer at the scene said.

Witnesses said gunmen tried to storm the compound after the blast but were shot dead by guards.

Al-Shabaab claimed responsibility in a statement on one of its websites, saying its "martyrdom brigade" had targeted "apostate forces". The militant group, which is linked to al Qaeda, frequently attacks government targets in the capital.

"The terrorists will not stop us serving the people," Police Commissioner Asad Osman Abdullahi said.""",
 [ev("Hodan", E, "Suicide bomb", "al-Shabaab", "Somali security forces", "2027-03-08", 6, country="SO")])

doc("A06", P, """Clan fighting over water kills 17 in central Somalia

GALKAYO, Somalia, March 9 - At least 17 people were killed when two rival clan militias fought over a water point near Galkayo in Mudug region on Saturday, elders said.

The fighting erupted after gunmen from one clan fenced off the well, an elder in the town said. Both sides used heavy machine guns mounted on pickups, and at least 30 people were wounded.

Clan disputes over water and pasture have grown more violent as a drought grips the Horn of Africa.""",
 [ev("Galkayo", B, "Armed clash", "clan militias", "clan militias", "2027-03-06", 17, 30, country="SO")])

doc("A07", P, """Drone attack on El Fasher displacement camp kills 14, aid group says

PORT SUDAN, March 9 - A displacement camp on the edge of El Fasher came under drone attack on Sunday, killing 14 people, most of them women and children, the medical charity MSF said.

Shelters and a water station were destroyed. "Our teams received the wounded throughout the morning," an MSF coordinator said.

The Joint Forces of the armed movements, which fight alongside the army, blamed the paramilitary Rapid Support Forces for the strike. The RSF did not respond to requests for comment.

The RSF has besieged the capital of North Darfur since May 2024 and has been accused of repeatedly shelling camps.""",
 [ev("El Fasher", E, "Air/drone strike", "Rapid Support Forces", "civilians", "2027-03-07", 14, country="SD")])

doc("A08", P, """Activists say army jets bombed Darfur market; military denies

NAIROBI, March 9 - Sudanese military aircraft bombed a weekly market in Kabkabiya in North Darfur on Friday, killing at least 26 people, a local activist network said.

The network published a list of names and said most of the victims were traders from surrounding villages.

The army denied targeting civilians. A spokesman for the army, Brigadier Nabil Abdallah, said the air force had struck "gatherings of the rebel militia" near the town and accused the RSF of spreading lies.

Rights groups have documented dozens of air strikes on markets and residential areas held by the paramilitaries.""",
 [ev("Kabkabiya", E, "Air/drone strike", "Sudanese Armed Forces", "civilians", "2027-03-05", 26, country="SD")])

doc("A09", P, """Rebels hack 18 to death in eastern Congo village

BENI, Democratic Republic of Congo, March 9 - Eighteen civilians were hacked to death overnight from Saturday to Sunday in the village of Mamove, in Beni territory, local officials said, blaming rebels of the Allied Democratic Forces.

"The attackers came through the fields and used machetes and knives so as not to alert the army," civil society leader Kinos Katuho said. Several homes were set on fire.

The Islamic State later claimed the attack through its Central Africa province, which is how the ADF presents itself.

Congolese and Ugandan troops have been conducting joint operations against the group since 2021.""",
 [ev("Mamove", V, "Attack", "ADF", "civilians", "2027-03-06", 18, country="CD")])

doc("A10", P, """M23 rebels attack militia positions near Masisi

GOMA, March 9 - Heavy fighting broke out on Monday near Masisi, in Congo's North Kivu province, when M23 rebels attacked positions held by Wazalendo militia fighters, residents and local sources said.

The Rwanda-backed rebels used mortars and heavy machine guns, and thousands of people fled towards Sake, a local administrator said. At least eleven fighters were killed, according to a hospital source.

An M23 spokesman, Willy Ngoma, said the group had been "defending the population" against attacks by what he called government-allied militias.

The rebels have seized large areas of North and South Kivu, including Goma and Bukavu, since January 2025.""",
 [ev("Masisi", B, "Armed clash", "M23", "Wazalendo", "2027-03-08", 11, country="CD")])

doc("A11", P, """Drone strike on Amhara wedding kills 14, residents say

ADDIS ABABA, March 9 - A drone strike hit a wedding party in a village near Debre Markos in Ethiopia's Amhara region on Saturday, killing 14 people, residents and a health worker said.

Residents blamed the federal army, which has been fighting the Fano militia in the region since 2023. "There were no fighters there, only guests," one resident said.

Government spokesman Legesse Tulu did not respond to requests for comment. The Ethiopian National Defense Force has previously said its operations target only "extremist" fighters.

Rights groups have documented more than a dozen drone strikes in Amhara that killed civilians.""",
 [ev("Debre Markos", E, "Air/drone strike", "Ethiopian security forces", "civilians", "2027-03-06", 14, country="ET")])

doc("A12", P, """Insurgents behead five in Cabo Delgado

PEMBA, Mozambique, March 9 - Five villagers were beheaded on Thursday in an attack on a village near Macomia in Mozambique's Cabo Delgado province, local sources said.

The attack was carried out by insurgents of the Islamic State's Mozambique province, who burned about 40 homes, according to the sources. The jihadists claimed it on Friday on their Telegram channels.

Rwandan troops deployed in the province said they had sent a patrol to the area. The insurgency has displaced more than a million people since 2017.""",
 [ev("Macomia", V, "Attack", "Islamic State", "civilians", "2027-03-04", 5, country="MZ")])

doc("A13", P, """Junta jets bomb Sagaing monastery, killing 22

March 9 - Myanmar military aircraft bombed a Buddhist monastery sheltering displaced villagers in Sagaing region's Kani township on Friday, killing 22 people including five children, a local resistance group and residents said.

Two jets dropped bombs on the monastery compound at about 2 p.m., one resident said. "There were only monks and villagers."

A spokesman for the junta, Zaw Min Tun, told state media the air force had attacked a "terrorist" camp of the People's Defence Force and denied that civilians had been targeted.

The military has relied increasingly on air power since it lost large areas to resistance forces in 2024.""",
 [ev("Kani", E, "Air/drone strike", "Myanmar security forces", "civilians", "2027-03-05", 22, country="MM")])

doc("A14", P, """Arakan Army seizes town in Rakhine after weeks of fighting

March 9 - The Arakan Army said on Monday it had captured the town of Kyaukpyu in Myanmar's Rakhine State after weeks of fighting with junta troops.

The ethnic armed group said its fighters took the last military base in the town on Sunday and seized weapons and ammunition. Residents said gunfire had stopped by the evening.

Kyaukpyu is home to a deep-sea port and an oil and gas pipeline terminal built by China. The junta has not commented on the town's fate.""",
 [ev("Kyaukpyu", T, "Non-state actor overtakes territory", "Arakan Army", "Myanmar security forces", "2027-03-07", country="MM")])

doc("A15", P, """Police post attacked in Bannu, four officers killed

PESHAWAR, Pakistan, March 9 - Four policemen were killed when a police post in Bannu district came under attack late on Sunday, police said.

The attackers used rocket-propelled grenades and automatic weapons, district police officer Ziaud Din said. He said the attack had been carried out by militants of the Hafiz Gul Bahadur group, who operate from neighbouring North Waziristan.

The Pakistani Taliban (TTP) denied any role in the attack in a message to journalists. Two of the attackers were killed when police returned fire, the officer said.

Attacks on the police in Khyber Pakhtunkhwa have risen sharply since the TTP ended a ceasefire with the government in 2022.""",
 [ev("Bannu", B, "Armed clash", "Hafiz Gul Bahadur group", "Pakistani security forces", "2027-03-07", 6, country="PK")])

doc("A16", P, """BLA gunmen kill nine bus passengers in Balochistan

QUETTA, March 9 - Gunmen stopped a passenger bus on the highway near Kalat in Balochistan on Saturday night, checked the identity cards of the passengers and shot dead nine of them, officials said.

The victims were labourers from Punjab province travelling to Quetta, deputy commissioner Jameel Baloch said.

The outlawed Baloch Liberation Army claimed responsibility, saying those killed were working for the security forces, a claim officials rejected.

The separatists have repeatedly targeted workers from other provinces and projects linked to China.""",
 [ev("Kalat", V, "Attack", "Baloch Liberation Army", "civilians", "2027-03-06", 9, country="PK")])

doc("A17", P, """Suicide blast at Kabul ministry kills seven; Islamic State claims

KABUL, March 9 - A suicide bomber struck outside the ministry of urban development in Kabul on Monday, killing seven people and wounding 15, a spokesman for the Taliban-run interior ministry said.

Abdul Mateen Qani said the attacker had detonated his explosives as employees were leaving work.

The regional branch of the Islamic State, known as Islamic State Khorasan Province, said in a statement carried by its Amaq news agency that one of its fighters had carried out the bombing.

The group has attacked Taliban officials, Shia Muslims and foreigners since the Taliban returned to power in 2021.""",
 [ev("Kabul", E, "Suicide bomb", "Islamic State", "civilians", "2027-03-08", 7, 15, country="AF")])

doc("A18", P, """Taliban say Pakistani air strikes killed 16 civilians in Paktika

KABUL, March 9 - Pakistani warplanes struck several villages in Barmal district of Afghanistan's Paktika province overnight on Friday, killing 16 civilians, most of them women and children, the Taliban's defence ministry said.

The ministry called the bombing a violation of Afghan sovereignty and said it would respond. Pakistan's military did not confirm the strikes, but security sources in Islamabad said they targeted hideouts of the Pakistani Taliban.

Relations between the two neighbours have deteriorated over Pakistani accusations that Kabul shelters the militants.""",
 [ev("Barmal", E, "Air/drone strike", "Pakistani security forces", "civilians", "2027-03-05", 16, country="AF")])

doc("A19", P, """Suspected militants fire on farmers in Manipur, killing three

IMPHAL, March 9 - Three farmers were killed and five injured when suspected Kuki militants opened fire on them from a hilltop near Moirang in Manipur's Bishnupur district on Monday, police said.

Security forces deployed in the buffer zone returned fire and the gunmen fled into the hills, a police official said.

The attack prompted protests in Imphal, where hundreds of women blocked roads demanding protection for farmers. Ethnic violence between the Meitei majority and the Kuki-Zo community has killed more than 250 people since May 2023.""",
 [ev("Moirang", V, "Attack", "Kuki militants", "civilians", "2027-03-08", 3, 5, country="IN")])

doc("A20", P, """Maoist IED kills eight police commandos in Chhattisgarh

RAIPUR, March 9 - Eight personnel of the District Reserve Guard were killed on Saturday when their vehicle was blown up by an improvised explosive device planted by Maoists in Bijapur district, police said.

The commandos were returning from an anti-Maoist operation in the forests of south Bastar when the blast tore through their vehicle, Inspector General Sundarraj P said. A civilian driver was also killed.

The ultras had planted the bomb under the road weeks earlier, he said. The government has vowed to end the insurgency by 2026.""",
 [ev("Bijapur", E, "Remote explosive/landmine/IED", "Maoists", "Indian security forces", "2027-03-06", 9, country="IN")])

doc("A21", P, """Communist rebels ambush army patrol in Negros

BACOLOD, Philippines, March 9 - Two soldiers were killed and three wounded when communist rebels ambushed an army patrol in the mountains of Kabankalan City, Negros Occidental, on Thursday, the military said.

The soldiers were responding to reports of extortion by members of the New People's Army when they came under fire, said Lieutenant Colonel Van Donald Almonte, spokesman for the army's 3rd Infantry Division.

One rebel was killed in the firefight, he said. The NPA has waged an insurgency since 1969.""",
 [ev("Kabankalan", B, "Armed clash", "New People's Army", "Philippine security forces", "2027-03-04", 3, 3, country="PH")])

doc("A22", P, """Drone attack on Colombian army base in Catatumbo wounds seven

BOGOTA, March 9 - Seven soldiers were wounded when explosives were dropped by drones on an army base in Tibu, in Colombia's Norte de Santander department, on Sunday, the army said.

The military blamed the National Liberation Army (ELN) guerrilla group, which has been fighting dissidents of the former FARC rebels for control of the coca-growing region since January 2025. The rebels did not comment.

Defence Minister Pedro Sanchez said the armed forces would reinforce the region.""",
 [ev("Tibu", E, "Air/drone strike", "ELN", "Colombian security forces", "2027-03-07", None, 7, country="CO")])

doc("A23", P, """Gunmen kill five police in Guanajuato ambush

MEXICO CITY, March 9 - Five police officers were killed when their patrol was ambushed on a road outside Celaya in the central state of Guanajuato on Monday, state authorities said.

The state prosecutor's office attributed the attack to the Santa Rosa de Lima Cartel, which has been fighting the Jalisco New Generation Cartel for control of fuel theft and drug routes in the state.

Guanajuato has the highest number of police killings in Mexico.""",
 [ev("Celaya", B, "Armed clash", "Santa Rosa de Lima Cartel", "Mexican security forces", "2027-03-08", 5, country="MX")])

doc("A24", P, """Gangs attack Kenscoff, killing 12

PORT-AU-PRINCE, March 9 - Members of the Viv Ansanm gang coalition attacked the town of Kenscoff, in the hills above Haiti's capital, on Saturday, killing at least 12 residents and burning houses, the mayor said.

The gangs came from neighbouring Petion-Ville's outskirts before dawn, Mayor Massillon Jean Mary said. Police and soldiers of the Kenyan-led mission arrived in the afternoon.

Separately, police said officers killed eight gang members during an operation in Delmas on Sunday.

Viv Ansanm, which groups the capital's main gangs, controls most of Port-au-Prince.""",
 [ev("Kenscoff", V, "Attack", "Viv Ansanm", "civilians", "2027-03-06", 12, country="HT"),
  ev("Delmas", B, "Armed clash", "Haitian security forces", "Viv Ansanm", "2027-03-07", 8, country="HT")])

doc("A25", P, """Russian missile strike kills nine in Kharkiv; Ukrainian drones hit Belgorod

KYIV, March 9 - A Russian missile struck a residential district of Kharkiv on Monday, killing nine people and wounding 34, regional governor Oleh Syniehubov said.

The Iskander missile hit a five-storey building in the Kyivskyi district, he said. Russia's defence ministry said its forces had struck "military infrastructure" in Kharkiv and made no mention of civilian casualties.

Across the border, two people were killed when a drone hit a car in the Russian city of Belgorod on Monday, Governor Vyacheslav Gladkov said, blaming Ukrainian forces.

Russia launched its full-scale invasion of Ukraine in February 2022.""",
 [ev("Kharkiv", E, "Shelling/artillery/missile attack", "Russian armed forces", "civilians", "2027-03-08", 9, 34, country="UA"),
  ev("Belgorod", E, "Air/drone strike", "Ukrainian security forces", "civilians", "2027-03-08", 2, country="RU")])

doc("A26", P, """Israeli strike on Khan Younis tent camp kills 18, health officials say

CAIRO, March 9 - An Israeli air strike on a tent camp for displaced people in Khan Younis in the southern Gaza Strip killed 18 people on Monday, including seven children, the Gaza health ministry said.

The Israeli military said its aircraft had struck a Hamas command centre operating inside the humanitarian area and that it had taken steps to reduce harm to civilians.

Hamas called the strike a massacre. Earlier on Sunday, Palestinian militants fired two rockets towards southern Israel, the military said; both fell in open areas.""",
 [ev("Khan Younis", E, "Air/drone strike", "Israeli security forces", "civilians", "2027-03-08", 18, country="PS")])

doc("A27", P, """Settlers torch homes in West Bank village, Palestinian killed

RAMALLAH, March 9 - A Palestinian man was shot dead and 11 others were wounded on Saturday when dozens of Israeli settlers attacked the village of Turmus Ayya near Ramallah, setting fire to houses and cars, the Palestinian health ministry said.

Residents said the settlers, some of them armed, came from a nearby outpost. The Israeli army said troops were sent to the area to disperse what it called a "violent confrontation" and were investigating the death.

Attacks by settlers on Palestinian villages have increased sharply since the start of the Gaza war, according to UN figures.""",
 [ev("Turmus Ayya", V, "Attack", "Israeli settlers", "civilians", "2027-03-06", 1, 11, country="PS")])

doc("A28", P, """Drone strike kills two Hezbollah members in south Lebanon

BEIRUT, March 9 - An Israeli drone struck a car near Nabatieh in southern Lebanon on Sunday, killing two men, Lebanon's health ministry said.

Hezbollah said the two were its members. The Israeli military said it had struck Hezbollah operatives who were trying to rebuild the group's infrastructure in violation of the ceasefire.

Israel has kept up near-daily strikes in Lebanon despite the November 2024 truce.""",
 [ev("Nabatieh", E, "Air/drone strike", "Israeli security forces", "Hezbollah", "2027-03-07", 2, country="LB")])

doc("A29", P, """Turkish drone hits SDF vehicle near Qamishli

QAMISHLI, Syria, March 9 - Three fighters of the Kurdish-led Syrian Democratic Forces were killed on Friday in a drone strike on their vehicle near Qamishli in north-eastern Syria, the SDF said, blaming Turkey.

The strike was attributed to a Turkish drone by a war monitor, the Syrian Observatory for Human Rights. Turkey's defence ministry said its forces had "neutralised" three "terrorists" in northern Syria but did not say where.

Ankara regards the SDF's main component, the YPG, as an extension of the outlawed PKK.""",
 [ev("Qamishli", E, "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "2027-03-05", 3, country="SY")])

doc("A30", P, """Two PMF fighters killed in Islamic State attack north of Baghdad

BAGHDAD, March 9 - Two fighters of the Popular Mobilisation Forces were killed and three wounded on Sunday night when their position near Tarmiyah came under fire from Islamic State remnants, a security source said.

The militants used sniper rifles and fled after a short exchange of fire, the source said. Iraqi army aircraft later bombed suspected hideouts of the group in the area.

Islamic State fighters still stage sporadic attacks in rural areas of Iraq, years after the group's defeat in 2017.""",
 [ev("Tarmiyah", B, "Armed clash", "Islamic State", "Popular Mobilization Forces", "2027-03-07", 2, 3, country="IQ")])

doc("A31", P, """US strikes on Hodeidah kill 12, Houthis say

SANAA, March 9 - US warplanes struck the port city of Hodeidah overnight on Sunday, killing 12 people and wounding 30, the Houthi-run health ministry said.

US Central Command said its forces had carried out "precision strikes" on Houthi missile storage sites and radar installations. The Iran-aligned movement vowed to retaliate.

The Houthis have attacked shipping in the Red Sea since late 2023, saying they act in solidarity with Palestinians in Gaza.""",
 [ev("Hodeidah", E, "Air/drone strike", "US forces", "Houthis", "2027-03-07", 12, 30, country="YE")])

doc("A32", P, """Clashes between armed groups shake Tripoli

TRIPOLI, March 9 - At least eight people were killed on Monday when fighters of the 444 Brigade attacked positions of the Stability Support Apparatus in Tripoli's Abu Salim district, the emergency medicine centre said.

Residents said heavy gunfire and explosions could be heard through the night. The Government of National Unity said it had brokered a ceasefire by Tuesday morning.

The two groups, both nominally under the Tripoli government, have fought repeatedly over territory and influence in the capital.""",
 [ev("Abu Salim", B, "Armed clash", "444 Brigade", "Stability Support Apparatus", "2027-03-08", 8, country="LY")])

doc("A33", P, """Police shoot dead three protesters in Maputo

MAPUTO, March 9 - Mozambican police opened fire on demonstrators protesting against the cost of living in Maputo on Monday, killing three people, a rights group said.

The protesters had blocked roads and burned tyres in the suburb of Magoanine, the Plataforma Decide group said. Police spokesman Orlando Mudumane said officers had acted to restore order.

Dozens of people were killed in protests after disputed elections in late 2024.""",
 [ev("Maputo", O, "Excessive force against protesters", "Mozambican security forces", "protesters", "2027-03-08", 3, country="MZ")])

doc("A34", P, """Mob beats man to death in Nigeria's Sokoto

SOKOTO, Nigeria, March 9 - A mob beat a man to death and set his body alight in Sokoto on Saturday after accusing him of theft, police said.

Police spokesman Ahmed Rufa'i said officers who tried to rescue the victim were attacked by the crowd and several suspects had been arrested.

Mob killings are common in Nigeria, where many people distrust the police and courts.""",
 [ev("Sokoto", O, "Mob violence", "rioters", "civilians", "2027-03-06", 1, country="NG")])
