"""Probe set geo24: places of incidents in reports from places the development sets
hold little of (see README.md). Writes docs.jsonl, gold.jsonl and expect.jsonl."""
import json, os
R = []

def doc(i, pub, text, events, expect):
    """events: gold events; expect: (place names separated by |, country, admin1, lat, lon, km)
    for the report's main incident, or None when no event is expected."""
    R.append((i, pub, text, events, expect))

def ev(place, country, admin, typ, a1, date, k=None, w=None, a2="", opt=False):
    e = {"summary": "", "date": date, "place": place, "admin": admin, "country": country, "type": typ,
         "actor1": a1, "actor2": a2, "killed": k, "killed_high": None, "wounded": w,
         "wounded_high": None, "evidence": ""}
    if opt:
        e["optional"] = True
    return e

# ---------------------------------------------------------------- batch A
doc("A01", "2025-03-04", """Jihadists overrun army detachment in northern Burkina Faso

OUAGADOUGOU, March 4 (Reuters) - Islamist militants killed at least 27 soldiers and army auxiliaries in an assault on a military detachment in Djibo on Sunday, two security sources said on Tuesday.

The attackers, riding dozens of motorbikes, overran the base before dawn and set fire to armoured vehicles, one of the sources said. Wounded soldiers were flown to the military hospital in Ouagadougou.

JNIM, al Qaeda's affiliate in the Sahel, claimed the attack in a statement. The government did not comment.

Djibo, near the border with Mali, has been under a blockade by the militants for more than two years.""",
 [ev("Djibo", "BF", "Sahel", "battle", "JNIM", "2025-03-02", 27)],
 ("Djibo", "BF", "Sahel", 14.10, -1.63, 25))

doc("A02", "2025-01-20", """Gunmen kill 18 villagers in western Niger

NIAMEY, Jan 20 (AFP) - Suspected jihadists killed 18 civilians in a village about 40 kilometres north of Tillaberi on Saturday, Niger's interior ministry said on Monday.

The gunmen arrived on motorcycles during the weekly market and fired on the crowd, the ministry said in a statement read on state television. It did not name the village.

The Tillaberi region, on the borders with Mali and Burkina Faso, is the scene of frequent attacks by groups linked to the Islamic State and al Qaeda.""",
 [ev("Tillaberi", "NE", "Tillaberi", "attack_on_civilians", "unknown", "2025-01-18", 18)],
 ("Tillaberi|Tillabery", "NE", "Tillaberi", 14.21, 1.45, 70))

doc("A03", "2025-05-16", """Jihadists kill 11 hunters in central Mali

BAMAKO, May 16 - Fighters of the al Qaeda-linked JNIM killed 11 members of a Dozo hunters' militia near Niono on Thursday, Malian security sources said.

The hunters were ambushed as they returned from a patrol in the rice fields, a local official said by telephone. Three others were missing.

The Dozo militias fight alongside the Malian army against the jihadists in the centre of the country.""",
 [ev("Niono", "ML", "Segou", "battle", "JNIM", "2025-05-15", 11)],
 ("Niono", "ML", "Segou", 14.25, -5.99, 30))

doc("A04", "2025-02-22", """Bandits kill 23 in raids on Zamfara villages

GUSAU, Nigeria - Armed bandits killed 23 people in attacks on three communities in Maru local government area of Zamfara State on Friday, a police spokesman said in Gusau on Saturday.

The gunmen also abducted more than 40 women and children and rustled cattle, residents said. Survivors fled to the local government headquarters.

"We have deployed a tactical team to the area," the spokesman said. Zamfara has been hit by waves of killings and kidnappings for ransom by armed gangs.""",
 [ev("Maru", "NG", "Zamfara", "attack_on_civilians", "bandits", "2025-02-21", 23)],
 ("Maru", "NG", "Zamfara", 12.33, 6.40, 50))

doc("A05", "2025-06-15", """Dozens killed in overnight attack on Benue village

MAKURDI, Nigeria, June 15 - Gunmen killed at least 42 people in an overnight attack on Yelewata, a village in Guma local government area of Benue State, on Friday, police and local leaders said.

The attackers set fire to houses and shot residents as they fled, a community leader said. Dozens of wounded were taken to hospitals in Makurdi, the state capital.

Benue, in Nigeria's middle belt, has seen years of deadly clashes between farmers and herders over land.""",
 [ev("Yelewata", "NG", "Benue", "attack_on_civilians", "unknown", "2025-06-13", 42)],
 ("Yelewata|Guma|Makurdi", "NG", "Benue", 7.73, 8.52, 60))

doc("A06", "2025-04-10", """Drone strike on El Fasher market kills 14

PORT SUDAN, April 10 - A drone strike by the paramilitary Rapid Support Forces hit the main market in Al-Fashir on Wednesday, killing 14 people, the Sudan Doctors Network said in a statement.

The group said 30 more were wounded. The RSF did not respond to a request for comment.

The army-held capital of North Darfur has been besieged by the RSF for nearly a year. Sudan's war broke out in April 2023.""",
 [ev("Al-Fashir", "SD", "Northern Darfur", "explosion", "Rapid Support Forces", "2025-04-09", 14, 30)],
 ("Fash", "SD", "Northern Darfur", 13.63, 25.35, 25))

doc("A07", "2025-03-19", """Shelling kills nine in South Kordofan town

Shells fired by the Rapid Support Forces killed nine civilians in the town of Dilling on Tuesday, a local medical source said.

The wounded were taken by road to the hospital in Kadugli, the state capital, the source said. The RSF and its ally, a faction of the SPLM-N, have besieged both towns for months.""",
 [ev("Dilling", "SD", "Southern Kordofan", "explosion", "Rapid Support Forces", "2025-03-18", 9)],
 ("Dilling", "SD", "Southern Kordofan", 12.05, 29.65, 25))

doc("A08", "2025-07-02", """Eleven killed in cattle raid in South Sudan's Warrap

JUBA, July 2 - Armed youths killed 11 people and stole hundreds of cattle in a raid on a cattle camp in Tonj North county early on Tuesday, a county commissioner said.

Four attackers were killed when local youths pursued them, the commissioner told Radio Tamazuj by phone from Warrap town. The UN mission in South Sudan condemned the violence.""",
 [ev("Tonj", "SS", "Warrap", "attack_on_civilians", "unknown", "2025-07-01", 15)],
 ("Tonj", "SS", "Warrap", 7.27, 28.68, 60))

doc("A09", "2025-01-28", """Fano and army battle in Lalibela, residents say

ADDIS ABABA, Jan 28 - Fighting between Ethiopian government troops and Fano militiamen in the town of Lalibela killed at least seven civilians on Sunday, residents said.

The wounded were taken to a hospital in Woldia because the town's clinic had run out of supplies, a health worker said. Lalibela is known for its rock-hewn churches.

The federal government has been battling the Fano militia in Amhara since 2023.""",
 [ev("Lalibela", "ET", "Amhara", "battle", "Fano", "2025-01-26", 7)],
 ("Lalibela|Lalībela", "ET", "Amhara", 12.03, 39.05, 25))

doc("A10", "2025-02-09", """Rebels kill six officials in Ethiopia's Oromia

Gunmen of the Oromo Liberation Army killed six local officials near Ambo in Ethiopia's Oromia region on Friday, the regional government said.

The officials were travelling to a meeting when their car was ambushed, a spokesman said. The OLA, which was removed from Ethiopia's terror list in 2022, did not comment.""",
 [ev("Ambo", "ET", "Oromiya", "attack_on_civilians", "Oromo Liberation Army", "2025-02-07", 6)],
 ("Ambo|Hiywet", "ET", "Oromiya", 8.98, 37.85, 30))

doc("A11", "2025-07-28", """ADF rebels attack church in Congo's Ituri, dozens killed

KINSHASA, July 28 (Reuters) - Rebels of the Allied Democratic Forces killed at least 38 people in an attack on a Catholic church in Komanda in Ituri province overnight into Sunday, a local civil society leader said.

Worshippers had gathered for a night vigil when the attackers arrived, he said. The injured were taken to hospitals in Bunia, the provincial capital.

The ADF, which has pledged allegiance to the Islamic State, has killed thousands of civilians in eastern Congo.""",
 [ev("Komanda", "CD", "Ituri", "attack_on_civilians", "Allied Democratic Forces", "2025-07-26", 38)],
 ("Komanda", "CD", "Ituri", 1.37, 29.77, 25))

doc("A12", "2025-01-15", """M23 rebels seize North Kivu town

GOMA, Jan 15 - M23 rebels took control of the town of Lubero in North Kivu on Tuesday after Congolese troops pulled out, residents said.

Some residents fled towards Butembo, 50 km to the north. The army said it had made a tactical withdrawal.""",
 [ev("Lubero", "CD", "North Kivu", "territory_gain", "M23", "2025-01-14")],
 ("Lubero", "CD", "North Kivu", -0.16, 29.24, 25))

doc("A13", "2025-02-18", """Insurgents behead seven in Cabo Delgado

MAPUTO, Feb 18 (Lusa) - Islamist insurgents beheaded seven people in a village in Ancuabe district in Mozambique's Cabo Delgado province on Sunday, local sources said.

The victims were farmers working in their fields. Several injured villagers were treated at the provincial hospital in Pemba.

The insurgency, linked to the Islamic State group, began in Cabo Delgado in 2017.""",
 [ev("Ancuabe", "MZ", "Cabo Delgado", "attack_on_civilians", "Islamic State", "2025-02-16", 7)],
 ("Ancuabe", "MZ", "Cabo Delgado", -12.97, 39.86, 40))

doc("A14", "2025-03-12", """Separatists kill four in Cameroon's North-West

YAOUNDE, March 12 - Anglophone separatist fighters killed three soldiers and a civilian in Bali, a town near Bamenda, on Monday, Cameroon's army said.

The separatists ambushed a patrol on the main road through the town, the army said in a statement. Two soldiers were wounded.

Cameroon's English-speaking regions have been torn by conflict since 2017.""",
 [ev("Bali", "CM", "North-West", "battle", "Ambazonian separatists", "2025-03-10", 4, 2)],
 ("Bali", "CM", "North-West", 5.89, 10.01, 20))

doc("A15", "2025-04-22", """Gunmen kill three in Muyuka

BUEA, Cameroon - Suspected separatists shot dead three plantation workers in Muyuka on Sunday, the regional governor said.

The governor's office in Buea said the workers were on their way to the fields when they were attacked.""",
 [ev("Muyuka", "CM", "South-West", "attack_on_civilians", "Ambazonian separatists", "2025-04-20", 3)],
 ("Muyuka", "CM", "South-West", 4.29, 9.41, 20))

doc("A16", "2025-07-26", """Myanmar rebels say they have seized Lashio

CHIANG MAI, Thailand, July 26 - An ethnic armed group said on Friday it had captured Lashio, the largest town in Myanmar's northern Shan State, after weeks of fighting with junta troops.

The Myanmar National Democratic Alliance Army said its fighters had taken the regional military command headquarters in the town. The junta did not comment.

Thousands of residents have fled to Mandalay.""",
 [ev("Lashio", "MM", "Shan", "territory_gain", "MNDAA", None)],
 ("Lashio", "MM", "Shan", 22.94, 97.75, 25))

doc("A17", "2025-05-06", """Arakan Army fighters attack border post in Maungdaw

COX'S BAZAR, Bangladesh, May 6 - Fighting between the Arakan Army and Myanmar border guards in Maungdaw township killed at least six people on Monday, residents said.

Gunfire could be heard across the Naf river in Teknaf, on the Bangladeshi side. Two wounded Rohingya were treated at a hospital in Cox's Bazar, a Bangladeshi official said.""",
 [ev("Maungdaw", "MM", "Rakhine", "battle", "Arakan Army", "2025-05-05", 6)],
 ("Maungdaw", "MM", "Rakhine", 20.82, 92.37, 25))

doc("A18", "2025-08-11", """Militants storm police station in Pakistan's north-west

PESHAWAR, Pakistan, Aug 11 - Militants attacked a police station in Tank district in Khyber Pakhtunkhwa province late on Sunday, killing four policemen, officials said.

The attackers used hand grenades and automatic weapons and fled after a two-hour gun battle, a district police officer said. The Pakistani Taliban claimed responsibility.""",
 [ev("Tank", "PK", "Khyber Pakhtunkhwa", "battle", "Tehrik-i-Taliban Pakistan", "2025-08-10", 4)],
 ("Tank", "PK", "Khyber Pakhtunkhwa", 32.22, 70.38, 40))

doc("A19", "2025-09-03", """Suicide bombing kills nine in Balochistan

QUETTA, Sept 3 - A suicide bomber struck a rally in Mastung on Tuesday, killing nine people and wounding 30, officials said.

The wounded were shifted to the civil hospital in Quetta, about 50 km away, a health department spokesman said. No group claimed responsibility.""",
 [ev("Mastung", "PK", "Balochistan", "explosion", "unknown", "2025-09-02", 9, 30)],
 ("Mastung", "PK", "Balochistan", 29.80, 66.85, 25))

doc("A20", "2025-01-07", """Maoist blast kills eight police in Chhattisgarh

RAIPUR, India, Jan 7 - Maoist rebels killed eight policemen and their driver when they blew up a vehicle with an improvised explosive device in Bijapur district of Chhattisgarh on Monday, police said.

The men were returning from an anti-insurgency operation in the forests. Chhattisgarh's chief minister condemned the attack.""",
 [ev("Bijapur", "IN", "Chhattisgarh", "explosion", "Maoists", "2025-01-06", 9)],
 ("Bijapur", "IN", "Chhattisgarh", 18.79, 80.82, 50))

doc("A21", "2025-11-12", """Gunmen kill ten in Manipur clash

IMPHAL, Nov 12 - Security forces killed ten suspected militants in a gun battle in Jiribam district of Manipur on Monday, police said.

The militants had attacked a police station and a relief camp, officials said. Manipur has been hit by ethnic violence between Meitei and Kuki-Zo communities since May 2023.""",
 [ev("Jiribam", "IN", "Manipur", "battle", "Indian security forces", "2025-11-10", 10)],
 ("Jiribam", "IN", "Manipur", 24.80, 93.12, 30))

doc("A22", "2025-04-14", """Soldiers, rebels clash in southern Philippines

COTABATO CITY, Philippines - Two soldiers and five fighters of the Bangsamoro Islamic Freedom Fighters were killed in a clash in Datu Piang, Maguindanao del Sur, on Saturday, the army said.

The fighting forced hundreds of families to flee to evacuation centres, a provincial official said.""",
 [ev("Datu Piang", "PH", "Autonomous Region in Muslim Mindanao", "battle", "Philippine security forces", "2025-04-12", 7)],
 ("Datu Piang", "PH", "", 7.03, 124.50, 25))

doc("A23", "2025-06-03", """Abu Sayyaf gunmen ambush soldiers in Sulu

ZAMBOANGA CITY, June 3 - Suspected Abu Sayyaf gunmen ambushed an army patrol in Patikul town in Sulu province on Sunday, killing three soldiers, a military spokesman said.

The wounded were brought to a hospital in Jolo. The spokesman, speaking in Zamboanga, said troops were pursuing the attackers.""",
 [ev("Patikul", "PH", "Autonomous Region in Muslim Mindanao", "battle", "Abu Sayyaf", "2025-06-01", 3)],
 ("Patikul", "PH", "", 6.09, 121.11, 20))

doc("A24", "2025-05-20", """Rebel dissidents attack army base in Colombia's Cauca

BOGOTA, May 20 - FARC dissidents attacked an army base in Argelia, in the south-western province of Cauca, with explosive-laden drones on Monday, killing two soldiers, the army said.

The defence minister said the attack was carried out by the Carlos Patino front. Cauca is a key corridor for cocaine trafficking to the Pacific coast.""",
 [ev("Argelia", "CO", "Cauca", "explosion", "FARC dissidents", "2025-05-19", 2)],
 ("Argelia", "CO", "Cauca", 2.26, -77.25, 25))

doc("A25", "2025-01-21", """Thousands flee fighting in Colombia's Catatumbo

CUCUTA, Colombia, Jan 21 - Clashes between ELN guerrillas and FARC dissidents around Tibu killed at least 30 people over the weekend, the governor of Norte de Santander said.

More than 5,000 people fled to Cucuta, the regional capital, he said. President Gustavo Petro suspended peace talks with the ELN.""",
 [ev("Tibu", "CO", "Norte de Santander", "battle", "ELN", None, 30)],
 ("Tibu|Tibú", "CO", "Norte de Santander", 8.64, -72.74, 25))

doc("A26", "2025-03-27", """Cartel drones attack town in Michoacan

MEXICO CITY, March 27 - Drones dropped explosives on homes in Apatzingan on Wednesday, killing two people, officials in Michoacan state said.

The state prosecutor's office blamed a fight between rival cartels for control of the region.""",
 [ev("Apatzingan", "MX", "Michoacan", "explosion", "unknown", "2025-03-26", 2)],
 ("Apatzingan|Apatzingán", "MX", "Michoacan", 19.09, -102.36, 25))

doc("A27", "2025-10-08", """Gunmen kill five in Culiacan neighbourhood

CULIACAN, Mexico - Gunmen killed five men in the Tierra Blanca neighbourhood of Culiacan on Tuesday night, Sinaloa state prosecutors said.

The killings are the latest in a wave of violence between factions of the Sinaloa cartel that has left hundreds dead in the state capital.""",
 [ev("Tierra Blanca", "MX", "Sinaloa", "attack_on_civilians", "unknown", "2025-10-07", 5)],
 ("Tierra Blanca|Culiac", "MX", "Sinaloa", 24.79, -107.39, 15))

doc("A28", "2025-10-05", """Gang massacre in Haiti's Artibonite kills 70

PORT-AU-PRINCE, Oct 5 (AP) - Members of the Gran Grif gang killed at least 70 people in an attack on Pont-Sonde on Thursday, the UN human rights office said.

Survivors said the gunmen shot people in their homes and set houses on fire. The wounded were taken to a hospital in Saint-Marc.""",
 [ev("Pont-Sonde", "HT", "Artibonite", "attack_on_civilians", "Gran Grif", "2025-10-02", 70)],
 ("Pont-Sond", "HT", "Artibonite", 19.15, -72.61, 20))

doc("A29", "2025-08-18", """Bandits kill 15 in Niger State

MINNA, Nigeria - Bandits killed 15 vigilantes in an ambush near Kuta in Niger State on Saturday, a state government spokesman said.

The vigilantes were pursuing the gunmen, who had earlier abducted villagers, he said.""",
 [ev("Kuta", "NG", "Niger", "battle", "bandits", "2025-08-16", 15)],
 ("Kuta", "NG", "Niger", 9.87, 6.71, 30))

doc("A30", "2025-09-22", """Burkinabe soldiers killed in eastern ambush

NIAMEY, Sept 22 - At least 15 Burkinabe soldiers were killed when jihadists ambushed their convoy near Diapaga on Saturday, security sources in Niger said.

The convoy was escorting fuel trucks from the border with Niger, the sources said.""",
 [ev("Diapaga", "BF", "Est", "battle", "unknown", "2025-09-20", 15)],
 ("Diapaga", "BF", "Est", 12.07, 1.79, 30))

doc("A31", "2025-02-03", """Shelling hits Bentiu displacement camp

JUBA, Feb 3 - Shells landed in the Bentiu displacement camp on Sunday, killing four people, the UN mission said.

Around 100,000 people live in the camp, which lies next to the capital of Unity State.""",
 [ev("Bentiu", "SS", "Unity", "explosion", "unknown", "2025-02-02", 4)],
 ("Bentiu", "SS", "Unity", 9.26, 29.80, 20))

doc("A32", "2025-04-29", """Gunmen kill 12 in Sokoto village

SOKOTO, Nigeria - Gunmen killed 12 people in an attack on a village in Sabon Birni local government area of Sokoto State on Sunday, a local lawmaker said.

He said the attackers came from across the border with Niger Republic.""",
 [ev("Sabon Birni", "NG", "Sokoto", "attack_on_civilians", "unknown", "2025-04-27", 12)],
 ("Sabon Birni", "NG", "Sokoto", 13.56, 6.32, 30))


# batch A, part two: harder traps (written before sitrep was run on them)
doc("A33", "2025-03-08", """Gunmen kill 16 on Sudan highway

PORT SUDAN, March 8 - Gunmen killed 16 passengers when they attacked a bus on the road between Ed Daein and Nyala on Thursday, a Sudanese aid group said.

The bus was carrying traders to the market in Nyala, it said. Survivors were taken to a hospital in Ed Daein.""",
 [ev("Ed Daein", "SD", "Eastern Darfur", "attack_on_civilians", "unknown", "2025-03-06", 16)],
 ("Daein|Nyala", "SD", "Darfur", 11.90, 25.50, 160))

doc("A34", "2025-06-02", """Drone strike kills 11 in Ethiopia's Amhara

Eleven people were killed when a drone struck a minibus about 30 km south of Dese on Saturday, residents and a doctor said on Monday.

"We received the bodies of eleven people," the doctor at Dessie Referral Hospital told Reuters. Fano fighters are active in the area.""",
 [ev("Dese", "ET", "Amhara", "explosion", "unknown", "2025-05-31", 11)],
 ("Dese|Dessie", "ET", "Amhara", 11.13, 39.63, 45))

doc("A35", "2025-02-25", """Karen rebels shell Myawaddy

BANGKOK, Feb 25 - Shells fired during fighting between Karen rebels and junta troops landed in Myawadi on Monday, killing three civilians, a Thai border official said.

Residents fled across the Moei river to Mae Sot in Thailand. The Karen National Union said its fighters had attacked a junta battalion near the town.""",
 [ev("Myawadi", "MM", "Kayin", "explosion", "unknown", "2025-02-24", 3)],
 ("Myawad", "MM", "Kayin", 16.69, 98.51, 20))

doc("A36", "2025-04-04", """Suicide attack on convoy in North Waziristan

Militants rammed an explosives-laden car into a military convoy near Miramshah in North Waziristan on Thursday, killing five soldiers, the military's media wing said.

The ISPR said in a statement issued in Rawalpindi that security forces had cordoned off the area. Militant violence has risen in the north-west since 2022.""",
 [ev("Miramshah", "PK", "Khyber Pakhtunkhwa", "explosion", "unknown", "2025-04-03", 5)],
 ("Miram|Miran", "PK", "Khyber Pakhtunkhwa", 33.00, 70.07, 30))

doc("A37", "2025-05-13", """Separatists attack Victoria market

Gunmen suspected of being Anglophone separatists opened fire in a market in Victoria on Sunday, killing two traders and wounding five, Cameroonian officials said.

The town, also known as Limbe, is a port on the Atlantic coast of the South-West region.""",
 [ev("Victoria", "CM", "South-West", "attack_on_civilians", "Ambazonian separatists", "2025-05-11", 2, 5)],
 ("Victoria|Limbe", "CM", "South-West", 4.02, 9.21, 20))

doc("A38", "2025-08-25", """Jihadists storm town in north-east Nigeria

MAIDUGURI, Nigeria, Aug 25 - Boko Haram fighters stormed Mubi in Adamawa State on Sunday, killing six vigilantes and burning the police station, residents told reporters in Maiduguri.

The wounded were taken to the Federal Medical Centre in Yola, a health official said.""",
 [ev("Mubi", "NG", "Adamawa", "battle", "Boko Haram", "2025-08-24", 6)],
 ("Mubi", "NG", "Adamawa", 10.27, 13.27, 25))

doc("A39", "2025-07-14", """Suspected militants kill 9 in Katsina

Gunmen killed nine people in Kankara, in Katsina State, on Friday night, police said on Sunday. A police spokesman in Katsina city said officers had arrested two suspects.""",
 [ev("Kankara", "NG", "Katsina", "attack_on_civilians", "unknown", "2025-07-11", 9)],
 ("Kankara", "NG", "Katsina", 11.93, 7.41, 30))

doc("A40", "2025-09-09", """IS fighters kill 20 Nigerien soldiers

Fighters of the Islamic State in the Sahel killed 20 Nigerien soldiers in an attack on an army post near Ayorou on Saturday, the defence ministry said.

The ministry said 41 attackers had been killed. Ayorou lies on the Niger river close to the border with Mali.""",
 [ev("Ayorou", "NE", "Tillaberi", "battle", "Islamic State Sahel", "2025-09-06", 61)],
 ("Ayorou", "NE", "Tillaberi", 14.73, 0.92, 25))

doc("A41", "2025-10-20", """RSF fighters kill 30 in Gezira village

Fighters of the Rapid Support Forces killed at least 30 villagers in an attack on a village 20 km east of Wad Madani on Friday, a local resistance committee said.

The committee said the RSF fighters looted homes and set fire to the market.""",
 [ev("Wad Madani", "SD", "Al Jazirah", "attack_on_civilians", "Rapid Support Forces", "2025-10-17", 30)],
 ("Madani|Medani", "SD", "Jazirah", 14.40, 33.52, 45))

doc("A42", "2025-06-24", """Rebels kill 8 in Cotabato

Communist rebels of the New People's Army killed eight soldiers in an ambush in the province of Cotabato on Monday, the army said.

The province, not to be confused with Cotabato City, lies in the Soccsksargen region of Mindanao.""",
 [ev("Cotabato", "PH", "Soccsksargen", "battle", "New People's Army", "2025-06-23", 8)],
 ("Cotabato", "PH", "Soccsksargen", 7.20, 124.85, 80))

doc("A43", "2025-01-31", """Five police killed in Tumaco attack

Five police officers were killed when gunmen attacked their station in Tumaco, a port on Colombia's Pacific coast, on Thursday, the national police said.

The attack was blamed on a FARC dissident faction that controls drug routes in Narino.""",
 [ev("Tumaco", "CO", "Narino", "battle", "FARC dissidents", "2025-01-30", 5)],
 ("Tumaco", "CO", "Narino", 1.79, -78.79, 25))

doc("A44", "2025-02-14", """Gunmen kill six at Uruapan bar

Gunmen burst into a bar in Uruapan on Thursday and shot dead six people, prosecutors in the western state of Michoacan said.

Uruapan, the world's avocado capital, has been fought over by rival cartels for years.""",
 [ev("Uruapan", "MX", "Michoacan", "attack_on_civilians", "unknown", "2025-02-13", 6)],
 ("Uruapan", "MX", "Michoacan", 19.41, -102.06, 25))

doc("A45", "2025-04-01", """Gangs attack Mirebalais, prison emptied

PORT-AU-PRINCE, April 1 (AP) - Gang members attacked the town of Mirebalais on Monday, freeing more than 500 inmates from the prison and killing at least 10 people, police said.

The attack extended the reach of the Viv Ansanm gang coalition beyond the capital into the Centre department.""",
 [ev("Mirebalais", "HT", "Centre", "battle", "Viv Ansanm", "2025-03-31", 10)],
 ("Mirebalais", "HT", "Centre", 18.83, -72.10, 20))

doc("A46", "2025-05-26", """Congolese soldiers killed in Kalehe clashes

BUKAVU, Congo - Eight Congolese soldiers were killed in fighting with M23 rebels in hills west of Kalehe on Saturday, a local official said in Bukavu.

The fighting spread towards Nyabibwe, he said. Dozens of families fled by boat across Lake Kivu.""",
 [ev("Kalehe", "CD", "South Kivu", "battle", "M23", "2025-05-24", 8)],
 ("Kalehe", "CD", "South Kivu", -2.10, 28.91, 40))

doc("A47", "2025-08-06", """Islamist militants raid Mocimboa da Praia

Islamist insurgents attacked the coastal town of Mocimboa da Praia on Monday, killing four fishermen and burning boats, residents told Lusa.

Rwandan troops deployed in the town repelled the attack, a Rwandan army spokesman said in Kigali.""",
 [ev("Mocimboa da Praia", "MZ", "Cabo Delgado", "attack_on_civilians", "Islamic State", "2025-08-04", 4)],
 ("Mocimboa|Mocímboa", "MZ", "Cabo Delgado", -11.35, 40.35, 25))

doc("A48", "2025-11-03", """Gunmen kill three in Churachandpur

IMPHAL, Nov 3 - Unidentified gunmen shot dead three men in Churachandpur district of Manipur on Sunday, police in Imphal said.

The men were village volunteers guarding a hilltop outpost, police said.""",
 [ev("Churachandpur", "IN", "Manipur", "attack_on_civilians", "unknown", "2025-11-02", 3)],
 ("Churachandpur|Churāchāndpur", "IN", "Manipur", 24.33, 93.67, 40))

doc("A49", "2025-07-08", """Arakan Army captures junta base near Sittwe

The Arakan Army said on Monday it had captured a junta base about 25 km north of Sittwe, the capital of Rakhine State.

The group said it had killed 40 soldiers. The junta did not respond.""",
 [ev("Sittwe", "MM", "Rakhine", "territory_gain", "Arakan Army", None, 40)],
 ("Sittwe", "MM", "Rakhine", 20.15, 92.90, 45))

doc("A50", "2025-04-17", """Chadian troops repel Boko Haram attack

N'DJAMENA, April 17 - Chadian troops repelled an attack by Boko Haram fighters on an army base near Bol on Tuesday, killing 17 of the attackers, the army said.

Six soldiers were killed and 12 wounded, it said. Bol is the main town of the Lac province on the shores of Lake Chad.""",
 [ev("Bol", "TD", "Lac", "battle", "Boko Haram", "2025-04-15", 23, 12)],
 ("Bol", "TD", "Lac", 13.47, 14.71, 30))

doc("A51", "2025-09-15", """Fighting in South Sudan's Upper Nile

Clashes between the army and the White Army militia in Malakal killed 12 people on Saturday, a UN official said in Juba.

Civilians sought shelter at the UN compound on the edge of the town.""",
 [ev("Malakal", "SS", "Upper Nile", "battle", "unknown", "2025-09-13", 12)],
 ("Malakal", "SS", "Upper Nile", 9.53, 31.66, 20))

doc("A52", "2025-03-23", """Bomb kills four in Khuzdar

A bomb planted on a motorcycle went off near a school bus in Khuzdar on Saturday, killing four children, officials in Quetta said.

The provincial government of Balochistan blamed separatists.""",
 [ev("Khuzdar", "PK", "Balochistan", "explosion", "unknown", "2025-03-22", 4)],
 ("Khuzdar", "PK", "Balochistan", 27.81, 66.61, 20))

doc("A53", "2025-02-04", """Fighters loyal to junta shelled in Kayah

Rebel fighters shelled a junta camp near Demoso in Kayah State on Monday, killing five soldiers, a resistance spokesman said.

The army responded with airstrikes on villages nearby, residents said.""",
 [ev("Demoso", "MM", "Kayah", "explosion", "unknown", "2025-02-03", 5)],
 ("Demoso", "MM", "Kayah", 19.52, 97.18, 25))

doc("A54", "2025-10-12", """Attack on Dori convoy

OUAGADOUGOU, Oct 12 - Militants ambushed a convoy of supply trucks on the road from Dori to Gorom-Gorom on Friday, killing nine soldiers and volunteers, security sources said.""",
 [ev("Gorom-Gorom", "BF", "Sahel", "battle", "unknown", "2025-10-10", 9)],
 ("Dori|Gorom", "BF", "Sahel", 14.24, -0.14, 50))

doc("A55", "2025-06-30", """Two killed in grenade attack in Gambela

Two people were killed and 14 wounded in a grenade attack at a bus station in Gambela town on Sunday, regional police said.

The region, on the border with South Sudan, hosts hundreds of thousands of refugees.""",
 [ev("Gambela", "ET", "Gambela", "explosion", "unknown", "2025-06-29", 2, 14)],
 ("Gambela|Gambēla", "ET", "Gambela", 8.25, 34.58, 20))

doc("A56", "2025-11-17", """Militants kill 7 soldiers in Wana

Militants attacked a checkpoint in Wana, the main town of South Waziristan, on Sunday, killing seven soldiers, security officials said in Peshawar.""",
 [ev("Wana", "PK", "Khyber Pakhtunkhwa", "battle", "unknown", "2025-11-16", 7)],
 ("Wana", "PK", "Khyber Pakhtunkhwa", 32.30, 69.57, 20))


# ---------------------------------------------------------------- batch B
# written after the fixes series A led to, before sitrep was run on them;
# not tuned on
doc("B01", "2025-05-05", """Jihadists kill dozens in attack on Burkina town

DAKAR, Senegal, May 5 (AP) - Jihadists killed at least 30 soldiers and civilians in an attack on Titao in northern Burkina Faso on Sunday, a security analyst and residents said.

Some of the wounded were evacuated to Ouahigouya, about 60 km to the south, a resident said by phone. An al Qaeda-linked group claimed the attack.""",
 [ev("Titao", "BF", "Nord", "battle", "JNIM", "2025-05-04", 30)],
 ("Titao", "BF", "Nord", 13.77, -2.07, 25))

doc("B02", "2025-06-18", """Niger says 34 soldiers killed near Malian border

Thirty-four Nigerien soldiers were killed in an attack by about 500 assailants on an army position near Ouallam on Thursday, the defence ministry said in a statement read on state television in Niamey.""",
 [ev("Ouallam", "NE", "Tillaberi", "battle", "unknown", "2025-06-12", 34)],
 ("Ouallam", "NE", "Tillaberi", 14.32, 2.09, 30))

doc("B03", "2025-02-11", """Dozo militiamen killed in central Mali

BAMAKO, Feb 11 - Jihadists killed nine Dozo hunters in an ambush on the road between Bandiagara and Douentza on Sunday, local officials told AFP in Mopti.""",
 [ev("Bandiagara", "ML", "Mopti", "battle", "unknown", "2025-02-09", 9)],
 ("Bandiagara|Douentza", "ML", "Mopti", 14.70, -3.30, 90))

doc("B04", "2025-03-17", """Bandits kill 17 in Zamfara

Armed bandits killed 17 people in an attack on a village in Tsafe local government area of Zamfara State on Saturday, residents said. A police spokesman in Gusau confirmed the attack but gave no toll.""",
 [ev("Tsafe", "NG", "Zamfara", "attack_on_civilians", "bandits", "2025-03-15", 17)],
 ("Tsafe", "NG", "Zamfara", 11.96, 6.92, 50))

doc("B05", "2025-04-08", """Gunmen kill 52 in Plateau villages

JOS, Nigeria, April 8 - Gunmen killed at least 52 people in attacks on villages in Bokkos local government area of Plateau State overnight into Monday, the local council chairman said.

Survivors were treated at hospitals in Jos, the state capital. Plateau has seen repeated attacks on farming communities.""",
 [ev("Bokkos", "NG", "Plateau", "attack_on_civilians", "unknown", "2025-04-06", 52)],
 ("Bokkos", "NG", "Plateau", 9.30, 8.99, 40))

doc("B06", "2025-09-16", """Drone strike hits mosque in Sudan's El Fasher

A drone strike on a mosque in El Fasher killed at least 75 worshippers during dawn prayers on Friday, a local aid group said. The army blamed the Rapid Support Forces, which denied responsibility in a statement from Nairobi.""",
 [ev("El Fasher", "SD", "Northern Darfur", "explosion", "Rapid Support Forces", "2025-09-12", 75)],
 ("Fasher|Fashir", "SD", "Northern Darfur", 13.63, 25.35, 25))

doc("B07", "2025-07-21", """RSF shells town in West Kordofan

The Rapid Support Forces shelled the town of En Nahud in West Kordofan on Saturday, killing 11 civilians, the Sudanese army said.""",
 [ev("En Nahud", "SD", "West Kordofan", "explosion", "Rapid Support Forces", "2025-07-19", 11)],
 ("Nahud|Nuhud", "SD", "Kordofan", 12.70, 28.43, 25))

doc("B08", "2025-08-27", """Gunmen ambush truck on South Sudan highway

JUBA, Aug 27 - Gunmen ambushed a truck about 20 km south of Yei on Tuesday, killing three traders, county officials said.""",
 [ev("Yei", "SS", "Central Equatoria", "attack_on_civilians", "unknown", "2025-08-26", 3)],
 ("Yei", "SS", "Central Equatoria", 4.09, 30.68, 40))

doc("B09", "2025-03-04", """Drone strike kills 12 in Ethiopia's Amhara

A drone strike hit a market in the town of Debre Tabor on Sunday, killing 12 people, two residents said. The wounded were taken to hospitals in Bahir Dar, the regional capital.""",
 [ev("Debre Tabor", "ET", "Amhara", "explosion", "unknown", "2025-03-02", 12)],
 ("Debre Tabor", "ET", "Amhara", 11.85, 38.02, 20))

doc("B10", "2025-10-14", """ADF kills 19 near Beni

BENI, Congo - Rebels of the ADF killed 19 villagers with machetes in a village about 15 km north of Beni overnight, local civil society leaders said on Tuesday.""",
 [ev("Beni", "CD", "North Kivu", "attack_on_civilians", "Allied Democratic Forces", None, 19)],
 ("Beni", "CD", "North Kivu", 0.49, 29.47, 40))

doc("B11", "2025-11-05", """Insurgents raid Montepuez district

MAPUTO, Nov 5 - Islamist insurgents killed five people in Montepuez district of Cabo Delgado province on Monday, police in Pemba said.""",
 [ev("Montepuez", "MZ", "Cabo Delgado", "attack_on_civilians", "Islamic State", "2025-11-03", 5)],
 ("Montepuez", "MZ", "Cabo Delgado", -13.13, 39.00, 50))

doc("B12", "2025-01-13", """Separatists kill four in Kumbo

Suspected Ambazonian separatists killed four people, among them a teacher, in Kumbo on Saturday, Cameroonian officials said in Bamenda.""",
 [ev("Kumbo", "CM", "North-West", "attack_on_civilians", "Ambazonian separatists", "2025-01-11", 4)],
 ("Kumbo", "CM", "North-West", 6.20, 10.67, 20))

doc("B13", "2025-04-23", """Junta airstrike on Sagaing town kills 20

CHIANG MAI, April 23 - A Myanmar military airstrike on a market in Monywa killed at least 20 people on Tuesday, a resistance group said.""",
 [ev("Monywa", "MM", "Sagaing", "explosion", "Myanmar military", "2025-04-22", 20)],
 ("Monywa", "MM", "Sagaing", 22.11, 95.14, 20))

doc("B14", "2025-06-09", """Militants kill police in Dera Ismail Khan

Militants ambushed a police patrol on the outskirts of Dera Ismail Khan on Sunday, killing three policemen, police in Peshawar said.""",
 [ev("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", "battle", "unknown", "2025-06-08", 3)],
 ("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 31.83, 70.90, 25))

doc("B15", "2025-02-18", """Separatists attack port in Gwadar

QUETTA, Feb 18 - Baloch separatists attacked a compound in Gwadar on Monday, and four guards and three attackers were killed, officials said.""",
 [ev("Gwadar", "PK", "Balochistan", "battle", "Balochistan Liberation Army", "2025-02-17", 7)],
 ("Gwadar", "PK", "Balochistan", 25.12, 62.33, 25))

doc("B16", "2025-05-27", """Maoists killed in Chhattisgarh forest clash

Security forces killed 12 suspected Maoists in a gun battle in a forest of Kanker district in Chhattisgarh on Monday, police said in Raipur.""",
 [ev("Kanker", "IN", "Chhattisgarh", "battle", "Indian security forces", "2025-05-26", 12)],
 ("Kanker|Kānker", "IN", "Chhattisgarh", 20.27, 81.49, 50))

doc("B17", "2025-09-02", """Gunmen kill two in Manipur's Bishnupur

IMPHAL, Sept 2 - Gunmen fired on farmers in Bishnupur district of Manipur on Monday, killing two, police said.""",
 [ev("Bishnupur", "IN", "Manipur", "attack_on_civilians", "unknown", "2025-09-01", 2)],
 ("Bishnupur", "IN", "Manipur", 24.63, 93.76, 30))

doc("B18", "2025-08-12", """Soldiers killed in Marawi ambush

Gunmen linked to the Dawlah Islamiyah group ambushed a military truck near Marawi City on Sunday, killing four soldiers, the army said in a statement from Manila.""",
 [ev("Marawi City", "PH", "Autonomous Region in Muslim Mindanao", "battle", "Dawlah Islamiyah", "2025-08-10", 4)],
 ("Marawi", "PH", "", 8.00, 124.28, 25))

doc("B19", "2025-03-25", """Dissidents attack police in El Tambo, Cauca

Two police officers were killed when FARC dissidents attacked a police station in El Tambo, in Colombia's Cauca department, on Monday, the police said in Bogota.""",
 [ev("El Tambo", "CO", "Cauca", "battle", "FARC dissidents", "2025-03-24", 2)],
 ("El Tambo", "CO", "Cauca", 2.45, -76.81, 25))

doc("B20", "2025-07-09", """Cartel gunmen kill six in Michoacan

Gunmen killed six people at a cattle fair in Tepalcatepec on Tuesday, Michoacan state officials said. The Jalisco New Generation Cartel has fought local gangs in the area for years.""",
 [ev("Tepalcatepec", "MX", "Michoacan", "attack_on_civilians", "unknown", "2025-07-08", 6)],
 ("Tepalcatepec", "MX", "Michoacan", 19.19, -102.85, 25))

doc("B21", "2025-10-28", """Gang attack kills 15 in Haiti's Artibonite

PORT-AU-PRINCE, Oct 28 - Gang members killed at least 15 people in an attack on Dessalines on Sunday, local officials said. Residents fled towards Saint-Marc.""",
 [ev("Dessalines", "HT", "Artibonite", "attack_on_civilians", "unknown", "2025-10-26", 15)],
 ("Dessalines", "HT", "Artibonite", 19.26, -72.52, 20))

doc("B22", "2025-05-13", """Kenyan soldiers killed in Somalia blast

NAIROBI, May 13 - Three Kenyan soldiers were killed when their vehicle struck a roadside bomb in the town of Dhobley on Monday, a Kenyan military spokesman said in Nairobi.""",
 [ev("Dhobley", "SO", "Lower Juba", "explosion", "al-Shabaab", "2025-05-12", 3)],
 ("Dhobley|Dhoobley|Dobley", "SO", "", 0.41, 41.01, 30))

doc("B23", "2025-12-02", """Gunmen kill 11 in Wukari market

Gunmen opened fire at a market in Wukari in Taraba State on Monday, killing 11 traders, police said in Jalingo.""",
 [ev("Wukari", "NG", "Taraba", "attack_on_civilians", "unknown", "2025-12-01", 11)],
 ("Wukari", "NG", "Taraba", 7.87, 9.78, 25))

doc("B24", "2025-01-29", """Fighting in Rutshuru kills 9

GOMA, Jan 29 - Fighting between M23 rebels and Wazalendo militiamen in Rutshuru territory killed nine civilians on Tuesday, a local official told Reuters in Goma.""",
 [ev("Rutshuru", "CD", "North Kivu", "battle", "M23", "2025-01-28", 9)],
 ("Rutshuru", "CD", "North Kivu", -1.19, 29.45, 40))


# ---------------------------------------------------------------- batch C
# written after all the fixes of this session (series A), before sitrep
# was run on them; not tuned on
doc("C01", "2025-02-24", """Jihadists attack army camp in Burkina's north-west

ABIDJAN, Ivory Coast, Feb 24 (Reuters) - Militants linked to al Qaeda attacked an army camp in Djibasso on Saturday, killing at least 20 soldiers, two security sources told Reuters in Abidjan.

Wounded soldiers were taken to Dedougou, the regional capital, one source said. The Burkinabe army has not commented.""",
 [ev("Djibasso", "BF", "Boucle du Mouhoun", "battle", "JNIM", "2025-02-22", 20)],
 ("Djibasso", "BF", "Mouhoun", 13.12, -4.17, 25))

doc("C02", "2025-04-14", """Dozens killed in central Mali attack

Suspected jihadists killed at least 24 civilians in an attack on a village about 30 km west of Tenenkou on Saturday, local officials said by phone from Mopti.

The attackers burned granaries and took livestock, a local youth leader said.""",
 [ev("Tenenkou", "ML", "Mopti", "attack_on_civilians", "unknown", "2025-04-12", 24)],
 ("Tenenkou|Ténenkou", "ML", "Mopti", 14.46, -4.92, 60))

doc("C03", "2025-05-20", """Chadian troops killed fighting Boko Haram in Nigeria

N'DJAMENA, May 20 - Five Chadian soldiers serving with a regional force were killed when Boko Haram fighters attacked their base in Damboa on Sunday, the Chadian army said in N'Djamena.

The multinational force said 22 militants were killed.""",
 [ev("Damboa", "NG", "Borno", "battle", "Boko Haram", "2025-05-18", 27)],
 ("Damboa", "NG", "Borno", 11.16, 12.76, 25))

doc("C04", "2025-06-30", """Bandits kill worshippers in Sokoto mosque

SOKOTO, Nigeria - Gunmen killed 14 worshippers in an attack on a mosque in Isa local government area of Sokoto State on Friday, a lawmaker said.

The injured were taken to the specialist hospital in Sokoto, the state capital.""",
 [ev("Isa", "NG", "Sokoto", "attack_on_civilians", "bandits", "2025-06-27", 14)],
 ("Isa", "NG", "Sokoto", 13.20, 6.40, 50))

doc("C05", "2025-03-31", """Gunmen kill 20 in Plateau's Mangu

Gunmen killed 20 people in attacks on two villages in Mangu local government area on Saturday night, Plateau State police said in Jos on Sunday.""",
 [ev("Mangu", "NG", "Plateau", "attack_on_civilians", "unknown", "2025-03-29", 20)],
 ("Mangu", "NG", "Plateau", 9.52, 9.10, 40))

doc("C06", "2025-08-18", """RSF attack on Darfur town kills 40

CAIRO, Aug 18 (AP) - Fighters of the Rapid Support Forces killed at least 40 people in an attack on Kutum in North Darfur on Saturday, a Sudanese medical group said.

The group said the wounded could not reach hospitals in El Fasher, which the RSF has besieged.""",
 [ev("Kutum", "SD", "Northern Darfur", "attack_on_civilians", "Rapid Support Forces", "2025-08-16", 40)],
 ("Kutum", "SD", "Northern Darfur", 14.20, 24.67, 25))

doc("C07", "2025-09-29", """Drone strikes hit White Nile town

Drones launched by the Rapid Support Forces struck the power station in Kosti on Sunday, killing three workers, the Sudanese army said in a statement from Port Sudan.""",
 [ev("Kosti", "SD", "White Nile", "explosion", "Rapid Support Forces", "2025-09-28", 3)],
 ("Kosti", "SD", "White Nile", 13.16, 32.66, 25))

doc("C08", "2025-03-10", """Clashes in South Sudan's Wau kill seven

Clashes between soldiers and armed youths in the Hai Jebel neighbourhood of Wau killed seven people on Saturday, a state official said.""",
 [ev("Wau", "SS", "Western Bahr al Ghazal", "battle", "unknown", "2025-03-08", 7)],
 ("Wau|Hai Jebel", "SS", "Bahr al Ghazal", 7.70, 27.99, 15))

doc("C09", "2025-07-15", """Fano fighters seize Amhara town

ADDIS ABABA, July 15 - Fano militiamen briefly seized the town of Debre Markos on Monday after clashes with the Ethiopian army that killed at least 10 people, residents said.

A doctor at the town's referral hospital said he had received the bodies of ten people.""",
 [ev("Debre Markos", "ET", "Amhara", "territory_gain", "Fano", "2025-07-14", 10)],
 ("Debre Mark", "ET", "Amhara", 10.35, 37.73, 20))

doc("C10", "2025-10-06", """Militia attack on Ituri displacement camp

BUNIA, Congo, Oct 6 - CODECO militiamen killed 12 people in an attack on a displacement camp near Bunia on Sunday, a UN spokesman said.

The wounded were treated by Medecins Sans Frontieres in Bunia.""",
 [ev("Bunia", "CD", "Ituri", "attack_on_civilians", "CODECO", "2025-10-05", 12)],
 ("Bunia", "CD", "Ituri", 1.56, 30.25, 30))

doc("C11", "2025-02-10", """Burundian soldiers killed in eastern Congo

BUJUMBURA, Feb 10 - Three Burundian soldiers deployed with the Congolese army were killed in fighting with M23 rebels near the town of Uvira on Saturday, a Burundian military source said in Bujumbura.""",
 [ev("Uvira", "CD", "South Kivu", "battle", "M23", "2025-02-08", 3)],
 ("Uvira", "CD", "South Kivu", -3.40, 29.14, 30))

doc("C12", "2025-04-28", """Insurgents attack Macomia

Islamist insurgents attacked the town of Macomia on Friday, killing three soldiers and looting shops, a Rwandan army officer told reporters in Kigali.""",
 [ev("Macomia", "MZ", "Cabo Delgado", "battle", "Islamic State", "2025-04-25", 3)],
 ("Macomia", "MZ", "Cabo Delgado", -12.25, 40.12, 25))

doc("C13", "2025-11-24", """Separatists ambush soldiers in Cameroon's Kumba

Anglophone separatists ambushed a military vehicle in Kumba on Saturday, killing two soldiers, the defence ministry said in Yaounde. The wounded were evacuated to Buea.""",
 [ev("Kumba", "CM", "South-West", "battle", "Ambazonian separatists", "2025-11-22", 2)],
 ("Kumba", "CM", "South-West", 4.64, 9.45, 20))

doc("C14", "2025-06-16", """Myanmar airstrike kills 18 in Magway

BANGKOK, June 16 - Myanmar military jets bombed a village in Pakokku township on Saturday, killing 18 people, a local resistance group said.

The wounded were taken to a clinic in a neighbouring village, the group said.""",
 [ev("Pakokku", "MM", "Magway", "explosion", "Myanmar military", "2025-06-14", 18)],
 ("Pakokku", "MM", "Magway", 21.33, 95.08, 40))

doc("C15", "2025-01-20", """Sectarian attack on convoy in Kurram

PESHAWAR, Jan 20 - Gunmen fired on a convoy of passenger vehicles on the road between Parachinar and Peshawar on Sunday, killing 11 people, officials in Kurram said.""",
 [ev("Parachinar", "PK", "Khyber Pakhtunkhwa", "attack_on_civilians", "unknown", "2025-01-19", 11)],
 ("Parachinar|Peshawar", "PK", "Khyber Pakhtunkhwa", 33.95, 71.00, 160))

doc("C16", "2025-08-04", """Bomb kills five in Balochistan's Noshki

A bomb hidden in a parked motorcycle exploded near a bus carrying paramilitary troops in Noshki on Sunday, killing five soldiers, a government spokesman said in Quetta.""",
 [ev("Noshki", "PK", "Balochistan", "explosion", "unknown", "2025-08-03", 5)],
 ("Noshki|Nushki", "PK", "Balochistan", 29.55, 66.02, 25))

doc("C17", "2025-12-15", """Maoists kill two villagers in Sukma

RAIPUR, Dec 15 - Maoist rebels killed two villagers they accused of being police informers in Sukma district of Chhattisgarh on Sunday, police said.""",
 [ev("Sukma", "IN", "Chhattisgarh", "attack_on_civilians", "Maoists", "2025-12-14", 2)],
 ("Sukma", "IN", "Chhattisgarh", 18.39, 81.66, 50))

doc("C18", "2025-02-17", """Gunfight in Manipur's Kangpokpi

Suspected militants and security forces exchanged fire in Kangpokpi district on Sunday, leaving two militants dead, Manipur police said in Imphal.""",
 [ev("Kangpokpi", "IN", "Manipur", "battle", "Indian security forces", "2025-02-16", 2)],
 ("Kangpokpi|Kāngpokpi", "IN", "Manipur", 25.15, 93.97, 40))

doc("C19", "2025-05-12", """Soldiers clash with militants in Lanao del Sur

Soldiers killed three suspected members of the Dawlah Islamiyah group in a clash in the town of Butig, Lanao del Sur, on Saturday, the army said in Cotabato City.""",
 [ev("Butig", "PH", "Autonomous Region in Muslim Mindanao", "battle", "Philippine security forces", "2025-05-10", 3)],
 ("Butig", "PH", "", 7.72, 124.30, 25))

doc("C20", "2025-07-28", """Two soldiers killed in Cauca drone attack

Two Colombian soldiers were killed by explosives dropped from a drone in Buenos Aires, in the Cauca department, on Sunday, the army said.""",
 [ev("Buenos Aires", "CO", "Cauca", "explosion", "FARC dissidents", "2025-07-27", 2)],
 ("Buenos Aires", "CO", "Cauca", 3.01, -76.65, 25))

doc("C21", "2025-03-03", """Gunmen kill five at Zamora taco stand

Gunmen on motorcycles killed five people at a taco stand in Zamora on Saturday night, prosecutors in the western state of Michoacan said.""",
 [ev("Zamora", "MX", "Michoacan", "attack_on_civilians", "unknown", "2025-03-01", 5)],
 ("Zamora", "MX", "Michoacan", 19.99, -102.28, 25))

doc("C22", "2025-09-22", """Gangs attack Haiti's Kenscoff

PORT-AU-PRINCE, Sept 22 (AP) - Gang members attacked several neighbourhoods of Kenscoff, in the mountains above the capital, on Saturday, killing at least eight people, local officials said.""",
 [ev("Kenscoff", "HT", "Ouest", "attack_on_civilians", "Viv Ansanm", "2025-09-20", 8)],
 ("Kenscoff", "HT", "Ouest", 18.45, -72.28, 20))

doc("C23", "2025-10-27", """Ugandan troops hit ADF camp in Congo

KAMPALA, Oct 27 - Ugandan troops fighting alongside the Congolese army killed 17 ADF rebels in an assault on a camp about 40 km west of Butembo on Saturday, a Ugandan army spokesman said in Kampala.""",
 [ev("Butembo", "CD", "North Kivu", "battle", "Ugandan security forces", "2025-10-25", 17)],
 ("Butembo", "CD", "North Kivu", 0.14, 29.29, 60))

doc("C24", "2025-11-10", """Suicide bomber strikes Borno market

MAIDUGURI, Nigeria, Nov 10 - A suicide bomber blew herself up at a market in Konduga on Sunday, killing six people, a militia leader said. Several of the wounded were taken to hospitals in Maiduguri, 35 km away.""",
 [ev("Konduga", "NG", "Borno", "explosion", "Boko Haram", "2025-11-09", 6)],
 ("Konduga", "NG", "Borno", 11.65, 13.42, 25))

# -------------------------------------------------------------------- write
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as d, \
     open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as g, \
     open(os.path.join(here, "expect.jsonl"), "w", encoding="utf-8") as x:
    for i, pub, text, events, expect in R:
        d.write(json.dumps({"id": i, "published": pub, "text": text}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"id": i, "published": pub, "events": events, "figures": []}, ensure_ascii=False) + "\n")
        if expect:
            p, c, a, lat, lon, km = expect
            x.write(json.dumps({"id": i, "place": p, "country": c, "admin1": a, "lat": lat, "lon": lon, "km": km}, ensure_ascii=False) + "\n")
