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
 [ev("Maputo", O, "Excessive force against protesters", "Mozambican security forces", "civilians", "2027-03-08", 3, country="MZ")])

doc("A34", P, """Mob beats man to death in Nigeria's Sokoto

SOKOTO, Nigeria, March 9 - A mob beat a man to death and set his body alight in Sokoto on Saturday after accusing him of theft, police said.

Police spokesman Ahmed Rufa'i said officers who tried to rescue the victim were attacked by the crowd and several suspects had been arrested.

Mob killings are common in Nigeria, where many people distrust the police and courts.""",
 [ev("Sokoto", O, "Mob violence", "rioters", "civilians", "2027-03-06", 1, country="NG")])

# Batch A, second part (A35-A52): longer and messier reports, written with their gold before
# sitrep was run on them. Published Tuesday 16 March 2027: Monday 03-15, Sunday 03-14,
# Saturday 03-13, Friday 03-12, Thursday 03-11, Wednesday 03-10.
Q = "2027-03-16"

doc("A35", Q, """Mali: soldiers and Russian fighters accused of killing 20 villagers

BAMAKO, March 16 (Reuters) - Malian soldiers accompanied by Russian paramilitaries executed at least 20 men in the village of Sebabougou in central Mali on Saturday, three residents and a local rights group said.

The men had been rounded up at the weekly market, bound and shot at the edge of the village, one resident said. "They accused them of feeding the jihadists," he said.

The army said in a statement on Sunday that its units had "neutralised" a number of terrorists during an operation in the area. It did not mention civilians. The Africa Corps, which replaced the Wagner Group in Mali last year, does not comment on operations.

JNIM, al Qaeda's affiliate in the Sahel, has killed hundreds of soldiers in the area since 2024, and in January its fighters ambushed a convoy near Segou, killing 15 soldiers.""",
 [ev("Sebabougou", V, "Attack", "Malian Armed Forces", "civilians", "2027-03-13", 20, country="ML")])

doc("A36", Q, """Herders accused after 32 killed in Plateau villages

JOS, Nigeria, March 16 - Gunmen killed at least 32 people in overnight attacks on three villages in Bokkos local government area of Plateau State, a local official said on Monday.

The attacks began late on Sunday and continued until dawn, Bokkos council chairman Monday Kassah said. Homes were set on fire and many residents fled into the bush.

The state's police command said the attackers were suspected Fulani herdsmen, and that a joint team of police and soldiers had been deployed. A group representing herders denied that its members were involved and called for an investigation.

Clashes between mostly Muslim herders and mostly Christian farmers over land and water have killed thousands in Nigeria's Middle Belt in recent years.""",
 [ev("Bokkos", V, "Attack", "Fulani militias", "civilians", "2027-03-14", 32, country="NG")])

doc("A37", Q, """Puntland forces repel Islamic State assault on base

BOSASO, Somalia, March 16 - Puntland security forces repelled an attack by Islamic State fighters on a military base in the mountains south of Bosaso on Friday, killing 14 of the militants, a Puntland official said.

The assault began with a suicide car bomb at the gate, followed by gunmen who tried to enter the base, the official said. Three soldiers were killed.

The group's Somalia branch, which is estimated to have several hundred fighters, has been under pressure since Puntland launched an offensive against it in December 2024, backed by US air strikes.""",
 [ev("Bosaso", E, "Suicide bomb", "Islamic State", "Somali security forces", "2027-03-12", 17, country="SO")])

doc("A38", Q, """Gunmen loyal to former regime ambush security patrol in Latakia

DAMASCUS, March 16 - Four members of Syria's General Security were killed on Sunday when gunmen loyal to the ousted government of Bashar al-Assad ambushed their patrol near Jableh, in Latakia province, the interior ministry said.

The ministry said its forces later arrested six of the attackers during a search of nearby villages.

The coastal region, the heartland of Assad's Alawite minority, saw waves of violence in March 2025 after similar attacks, in which hundreds of civilians were killed.""",
 [ev("Jableh", B, "Armed clash", "Syrian rebels", "Syrian government forces", "2027-03-14", 4, country="SY")])

doc("A39", Q, """Turkish jets bomb PKK targets in northern Iraq, Kurdish officials say

ERBIL, Iraq, March 16 - Turkish warplanes carried out air strikes on villages in the Amedi district of Duhok province on Saturday, killing two farmers, local officials said.

Turkey's defence ministry said on Sunday that its aircraft had destroyed 12 targets of the PKK, including caves and ammunition depots, in the region. It did not mention any civilian casualties.

The PKK, which announced its dissolution in 2025, still has fighters in the mountains of northern Iraq, Kurdish officials say.""",
 [ev("Amedi", E, "Air/drone strike", "Turkish Armed Forces", "civilians", "2027-03-13", 2, country="IQ")])

doc("A40", Q, """Houthis shell government positions near Marib

MARIB, Yemen, March 16 - Five government soldiers were killed on Thursday when the Houthis shelled army positions west of Marib, a military official said.

The Iran-backed group fired artillery and launched drones at the positions in Raghwan district, the official said, adding that government forces responded with their own artillery. The Houthi-run Saba news agency said the group's forces had repelled an "aggression" by forces of the Saudi-led coalition.

Fighting around Marib has flared up in recent months despite a UN-brokered truce that largely holds elsewhere.""",
 [ev("Raghwan", E, "Shelling/artillery/missile attack", "Houthis", "Yemeni government forces", "2027-03-11", 5, country="YE")])

doc("A41", Q, """Ukraine says it struck Russian refinery; Russian troops take village in Donetsk

KYIV, March 16 - Ukrainian drones hit an oil refinery in Russia's Saratov region overnight on Sunday, setting off a large fire, Ukraine's General Staff said.

The regional governor of Saratov, Roman Busargin, said one person was killed by falling debris. Russia's defence ministry said its air defences had destroyed 47 Ukrainian drones over several regions.

In eastern Ukraine, Russian forces captured the village of Novopavlivka in Donetsk region, the defence ministry in Moscow said on Monday. Ukraine's military did not confirm the loss but said fighting continued in the area.""",
 [ev("Saratov", E, "Air/drone strike", "Ukrainian security forces", "unknown", "2027-03-14", 1, country="RU"),
  ev("Novopavlivka", T, "Non-state actor overtakes territory", "Russian armed forces", "Ukrainian security forces", None, country="UA")])

doc("A42", Q, """Taliban commander shot dead in Kunduz

KUNDUZ, Afghanistan, March 16 - Unidentified gunmen shot dead a Taliban commander and his bodyguard in Kunduz city on Saturday evening, a spokesman for the provincial police said.

Mullah Abdul Rahman was driving home from a mosque when two men on a motorcycle opened fire on his car, the spokesman said. No group claimed responsibility.

The National Resistance Front, an armed opposition group, has claimed several attacks on Taliban officials in the north, but it did not comment on the killing.""",
 [ev("Kunduz", V, "Attack", "militants (unidentified)", "Taliban", "2027-03-13", 2, country="AF")])

doc("A43", Q, """Gunmen attack National Guard in Culiacan, six killed

CULIACAN, Mexico, March 16 - Gunmen opened fire on a National Guard patrol in the Sinaloa state capital of Culiacan on Sunday, triggering a gun battle in which six people were killed, including two guardsmen, security officials said.

The attackers belonged to the Chapitos faction of the Sinaloa Cartel, a state security official said, asking not to be named. Soldiers later seized rifles and two armoured trucks.

The city has been convulsed by fighting between the Chapitos and rivals loyal to Ismael "El Mayo" Zambada since September 2024.""",
 [ev("Culiacan", B, "Armed clash", "Sinaloa Cartel", "Mexican security forces", "2027-03-14", 6, country="MX")])

doc("A44", Q, """Colombian police station attacked in Cauca, two officers killed

CALI, Colombia, March 16 - Two police officers were killed and four wounded on Friday when a police station in the town of Jamundi came under attack with explosives and rifle fire, the national police said.

Police commander General Carlos Fernando Triana said the attack was the work of the Jaime Martinez front, a faction of the FARC dissidents known as the Estado Mayor Central. The group, he said, wants to control drug routes to the Pacific.

President Gustavo Petro condemned the attack. Attacks on police stations in Cauca have multiplied since peace talks with the dissidents broke down.""",
 [ev("Jamundi", B, "Armed clash", "FARC dissidents", "Colombian security forces", "2027-03-12", 2, 4, country="CO")])

doc("A45", Q, """Pakistani police fire tear gas at protesters in Karachi

KARACHI, March 16 - Police fired tear gas and charged with batons at thousands of people protesting against power cuts in Karachi on Monday, injuring at least 15, witnesses said.

The protesters had blocked the main road to the airport and some threw stones at police, witnesses said. Police said 40 people were detained.

Electricity shortages have caused protests across Pakistan this spring.""",
 [ev("Karachi", O, "Protest with intervention", "protesters", "Pakistani security forces", "2027-03-15", None, 15, country="PK")])

doc("A46", Q, """Three killed as gunmen storm Kashmir village

SRINAGAR, March 16 - Militants shot dead three civilians, including a woman, in a village in Rajouri district of Jammu and Kashmir on Friday, police said, launching a manhunt for the attackers.

Police said the attackers were believed to belong to Lashkar-e-Taiba, which India blames for many attacks in the region. A little-known group, the Kashmir Tigers, claimed the attack online but later deleted its post.

Indian security forces have been hunting militants in the forests of Rajouri and Poonch since a series of attacks on troops in 2023.""",
 [ev("Rajouri", V, "Attack", "Lashkar-e-Taiba", "civilians", "2027-03-12", 3, country="IN")])

doc("A47", Q, """Bomb at Mindanao bus terminal wounds 11

COTABATO, Philippines, March 16 - A bomb exploded at a bus terminal in Cotabato City on Sunday, wounding 11 people, police said.

Police suspect that members of the Dawlah Islamiyah, a pro-Islamic State group, planted the bomb in a bag left near a ticket booth. The military said two suspects had been identified from security camera footage.

Islamist militants have staged sporadic bombings in Mindanao despite a peace deal with the largest Muslim rebel group.""",
 [ev("Cotabato", E, "Remote explosive/landmine/IED", "Maute group", "civilians", "2027-03-14", None, 11, country="PH")])

doc("A48", Q, """Fano fighters briefly seize town in Amhara

ADDIS ABABA, March 16 - Fighters of the Fano militia attacked the town of Debre Tabor in Ethiopia's Amhara region on Friday and briefly held parts of it before being pushed back by federal troops, residents said.

The fighters freed prisoners from the town's jail and looted a bank, two residents said. At least seven people were killed in the fighting, a hospital worker said.

The Ethiopian army said in a statement that its forces had "destroyed" the extremist force that tried to disturb the peace of the town. Fano has been fighting the federal government since August 2023.""",
 [ev("Debre Tabor", B, "Armed clash", "Fano", "Ethiopian security forces", "2027-03-12", 7, country="ET")])

doc("A49", Q, """Israeli forces kill three in Jenin raid

JENIN, West Bank, March 16 - Israeli forces killed three Palestinians during a raid on the Jenin refugee camp on Monday, the Palestinian health ministry said.

The Israeli army said its troops had come under fire from gunmen during an operation to arrest wanted suspects, and that an aircraft had struck an armed cell. The Jenin Brigade, a local armed group, said two of the dead were its fighters.

The army has carried out large-scale raids in the northern West Bank since early 2025.""",
 [ev("Jenin", B, "Armed clash", "Israeli security forces", "Jenin Brigade", "2027-03-15", 3, country="PS")])

doc("A50", Q, """Gunmen kill 15 in Ituri village; CODECO blamed

BUNIA, Congo, March 16 - At least 15 people were killed when armed men attacked the village of Pimbo in Djugu territory of Congo's Ituri province on Thursday night, a local official said.

The attackers used guns and machetes and set fire to huts, said Jean Richard Gedeon, an administrator in the area. He blamed the CODECO militia, an armed group drawn from the Lendu community.

The militia has been accused by the UN of killing hundreds of civilians from the Hema community in attacks on villages and displacement camps since 2017.""",
 [ev("Pimbo", V, "Attack", "CODECO", "civilians", "2027-03-11", 15, country="CD")])

doc("A51", Q, """Kachin rebels shoot down military helicopter

March 16 - The Kachin Independence Army said on Monday its fighters had shot down a military helicopter near Bhamo in northern Myanmar, killing all five crew members.

The helicopter was hit by anti-aircraft fire as it was bringing supplies to troops besieged in the town on Sunday, a KIA spokesman said. The junta did not comment.

The KIA has fought the military for control of Bhamo, a trading hub on the Irrawaddy river, since December 2024.""",
 [ev("Bhamo", B, "Armed clash", "Kachin Independence Army", "Myanmar security forces", "2027-03-14", 5, country="MM")])

doc("A52", Q, """Sudanese army retakes town from RSF in Kordofan

PORT SUDAN, March 16 - Sudan's army said on Monday it had recaptured the town of Bara in North Kordofan from the Rapid Support Forces after heavy fighting.

Army spokesman Nabil Abdallah said the troops had killed dozens of the militia's fighters and seized vehicles. The RSF said it had withdrawn from the town to spare civilians.

The paramilitaries captured Bara in October 2025, in a push towards the state capital El Obeid.""",
 [ev("Bara", T, "Government regains territory", "Sudanese Armed Forces", "Rapid Support Forces", None, country="SD", opt=False)])
