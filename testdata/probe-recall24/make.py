"""Probe set recall24: long reports with several incidents (see README.md).

Writes docs-A.jsonl / gold-A.jsonl (batch A, written before any fix) and
docs-B.jsonl / gold-B.jsonl (batch B, written after the fixes, never tuned on),
and docs.jsonl / gold.jsonl holding both."""
import json
import os

BATCH = {"A": [], "B": []}
CUR = ["A"]


def doc(i, pub, text, events):
    BATCH[CUR[0]].append((i, pub, text, events))


def ev(place, typ, a1, date, k=None, w=None, a2="", country="", opt=False, kh=None, wh=None):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": country, "type": typ,
         "actor1": a1, "actor2": a2, "killed": k, "killed_high": kh, "wounded": w, "wounded_high": wh,
         "evidence": ""}
    if opt:
        e["optional"] = True
    return e


# ---------------------------------------------------------------- batch A
CUR[0] = "A"

doc("A01", "2025-03-18", """Suspected jihadists kill 14 farmers in Borno, abduct women

MAIDUGURI, Nigeria, March 18 (Reuters) - Suspected Boko Haram fighters killed 14 farmers working on their fields near the village of Kwatandashi in Borno state on Monday and abducted at least six women, a local militia leader and residents said on Tuesday.

The attackers arrived on motorcycles shortly after midday and rounded up the farmers before shooting them, said Babakura Kolo, a leader of the Civilian Joint Task Force that helps the army in the region.

"We recovered 14 bodies this morning. The women they took away are still missing," Kolo told Reuters by phone.

Residents said the death toll could rise because several farmers who fled into the bush had not returned.

The Borno state governor, Babagana Zulum, condemned the killings and promised to deploy more troops to farming areas.

In a separate incident on Sunday night, a roadside bomb hit a military vehicle on the road between Damboa and Biu, killing three soldiers and wounding two others, two military sources said.

Elsewhere in the state, troops repelled an attack on their base in Marte late on Saturday, killing 11 insurgents, the army said in a statement. It said two soldiers were wounded.

Boko Haram and its offshoot Islamic State West Africa Province have killed thousands of people since the insurgency began in 2009, and farmers are frequently targeted for allegedly passing information to the military.

In November 2020, militants beheaded 43 rice farmers in Zabarmari, one of the deadliest attacks on civilians in recent years.

The army says it has made major gains against the militants, but attacks on farmers have increased since the start of the planting season.""",
    [ev("Kwatandashi", "attack_on_civilians", "Boko Haram", "2025-03-17", 14),
     ev("Damboa", "explosion", "unknown", "2025-03-16", 3, 2),
     ev("Marte", "battle", "unknown", "2025-03-15", 11, 2)])

doc("A02", "2025-06-10", """Russian missile strike on Dnipro kills nine; drones hit Kharkiv

KYIV, June 10 (AFP) - A Russian ballistic missile struck a residential neighbourhood of Dnipro on Tuesday morning, killing at least nine people and wounding 34, regional officials said, in one of the deadliest attacks on the city this year.

The missile hit a five-storey apartment block and a nearby school shortly after 9 am, regional governor Serhiy Lysak said on Telegram.

"Rescuers are still pulling people from the rubble," Lysak wrote. Two children were among the dead, he said.

By evening the toll had risen to 12 dead, with 41 people taken to hospital, the emergency service said.

Overnight, Russian drones struck Kharkiv, Ukraine's second-largest city, wounding seven people and setting fire to a petrol station, mayor Ihor Terekhov said.

In the southern Kherson region, Russian shelling killed a 64-year-old woman in the village of Bilozerka on Monday afternoon, the regional administration said.

Ukraine's air force said it had shot down 48 of the 61 drones Russia launched overnight.

President Volodymyr Zelensky called the Dnipro attack "deliberate terror" and again urged Western allies to send more air defence systems.

Russia's defence ministry said its forces had carried out a "massive strike" on Ukrainian military-industrial targets and denied targeting civilians.

Moscow also said its troops had captured the village of Yablunivka in the Donetsk region, a claim Kyiv did not confirm.

Dnipro, a major industrial city, has been hit repeatedly since Russia's full-scale invasion in February 2022. A missile strike on an apartment building there in January 2023 killed 46 people.""",
    [ev("Dnipro", "explosion", "Russian armed forces", "2025-06-10", 9, 34, kh=12, wh=41),
     ev("Kharkiv", "explosion", "Russian armed forces", None, None, 7),
     ev("Bilozerka", "explosion", "Russian armed forces", "2025-06-09", 1),
     ev("Yablunivka", "territory_gain", "Russian armed forces", None)])

doc("A03", "2025-01-27", """Drone strike on El Fasher hospital kills 30 as RSF presses siege

PORT SUDAN, Jan 27 (Reuters) - A drone strike on the Saudi hospital in El Fasher, the last major city in Darfur held by Sudan's army, killed 30 patients and companions on Friday, the World Health Organization said.

The strike hit the hospital's emergency ward, which was crowded with people wounded in the fighting, WHO chief Tedros Adhanom Ghebreyesus said on X. Another 19 people were wounded.

The army-aligned governor of Darfur blamed the paramilitary Rapid Support Forces for the attack. The RSF did not respond to a request for comment and has previously denied targeting civilian sites.

On Saturday the RSF shelled the Abu Shouk displacement camp north of the city, killing at least eight people, including three children, according to the local resistance committee.

The Sudanese army said its aircraft had bombed RSF positions east of the city on Sunday, killing "dozens of militia fighters". The claim could not be independently verified.

Fighting also flared in North Kordofan, where RSF fighters stormed the village of Um Sumeima on Thursday, looting homes and livestock and killing 11 villagers, a local rights group said. Several women were raped during the assault, the group added.

The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.

The RSF has besieged El Fasher since May last year. In Zamzam camp, just south of the city, famine was declared in August.

Talks brokered by the United States and Saudi Arabia in Jeddah collapsed in late 2023, and no new round has been scheduled.""",
    [ev("El Fasher", "explosion", "Rapid Support Forces", "2025-01-24", 30, 19),
     ev("Abu Shouk", "explosion", "Rapid Support Forces", "2025-01-25", 8),
     ev("El Fasher", "explosion", "Sudanese Armed Forces", "2025-01-26"),
     ev("Um Sumeima", "attack_on_civilians", "Rapid Support Forces", "2025-01-23", 11)])

doc("A04", "2025-08-03", """Al-Shabaab gunmen storm Mogadishu beach restaurant; 17 dead

MOGADISHU, Aug 3 (AP) - Al-Shabaab militants detonated a car bomb at the entrance of a popular beach restaurant in Mogadishu on Saturday night and then stormed the building, killing at least 17 people before security forces ended the siege early on Sunday, police said.

Police spokesman Abdifatah Aden said the attack at Lido beach began at about 8 pm when a suicide bomber drove a vehicle into the gate. Four gunmen then entered the restaurant and opened fire on diners.

"Our forces killed all four attackers and rescued more than 60 people," Aden said, adding that 28 people had been wounded.

Among the dead were a police officer and two journalists, colleagues said.

Hospital officials later put the number of dead at 20.

Al-Shabaab claimed responsibility through its Andalus radio station, saying its fighters had targeted "officials of the apostate government".

Hours earlier, a mortar round fired by the militants landed near the presidential palace, wounding three soldiers, a security official said.

The attack came a day after government troops and allied clan militia recaptured the town of Adan Yabaal in the Middle Shabelle region, which al-Shabaab had held for more than a year.

Prime Minister Hamza Abdi Barre visited the wounded in hospital and vowed that the government would "never bow to terror".

The United States and the African Union mission condemned the attack.

In August 2024, an attack on the same beach killed 37 people.""",
    [ev("Lido beach", "explosion", "al-Shabaab", "2025-08-02", 17, 28, kh=20),
     ev("Mogadishu", "explosion", "al-Shabaab", "2025-08-02", None, 3),
     ev("Adan Yabaal", "territory_gain", "Somali security forces", "2025-08-01")])

doc("A05", "2025-04-15", """Myanmar junta air strike on monastery kills 22, resistance says

(Reuters) - A Myanmar military air strike hit a Buddhist monastery sheltering displaced people in the Sagaing region on Sunday, killing 22 people including four children, a local resistance group and residents said.

The jet dropped two bombs on the monastery in Lin Ta Lu village in Sagaing township at about 1 am, said a member of the local People's Defence Force who asked not to be named for security reasons.

"Most of the dead were women and old people who had fled the fighting," he said. About 150 people had been sheltering at the monastery, he added, and at least 30 were wounded.

A spokesman for the junta did not answer calls seeking comment. The military has denied targeting civilians in the past and says it is fighting "terrorists".

In neighbouring Magway region, resistance fighters said they had overrun a police station in Pauk township on Saturday after a two-day battle, seizing weapons and capturing eight policemen.

The Arakan Army, one of the strongest ethnic armed groups, said on Monday that its fighters had clashed with junta troops near Gwa in Rakhine state over the weekend and that 15 soldiers had been killed.

The junta announced on Monday that it had arrested 12 people in Yangon accused of financing the resistance.

Hundreds of villagers gathered in Lin Ta Lu on Monday to mourn the dead, a resident said.

Myanmar has been in turmoil since the military seized power in a coup in February 2021. An air strike on a gathering in Pazigyi village in April 2023 killed more than 160 people.

The United Nations says more than 3 million people have been displaced by the fighting.""",
    [ev("Lin Ta Lu", "explosion", "Myanmar security forces", "2025-04-13", 22, 30),
     ev("Pauk", "battle", "People's Defense Forces", "2025-04-12"),
     ev("Gwa", "battle", "Arakan Army", None, 15),
     ev("Yangon", "arrest", "Myanmar security forces", None)])

doc("A06", "2025-09-22", """Colombia: ELN attack on army base kills four soldiers; dissidents kidnap mayor

BOGOTA, Sept 22 (EFE) - Four Colombian soldiers were killed and nine wounded when ELN guerrillas attacked a military base with explosives-laden drones and rifle fire in the department of Arauca on Sunday, the army said.

The attack on the base in the municipality of Saravena lasted nearly two hours, the army's 18th Brigade said in a statement. One guerrilla was killed in the exchange of fire, it said.

Defence Minister Pedro Sanchez travelled to Arauca and said the military would "pursue those responsible without rest".

In the southwestern department of Cauca, FARC dissidents of the Central General Staff kidnapped the mayor of the town of Suarez on Saturday as he was travelling in a rural area, the regional government said. The dissidents have not made any demands.

Police in Cauca also said they had defused a 50-kg explosive device found on a road near Jamundi on Friday.

Hundreds of residents of Saravena marched on Sunday evening to demand an end to the violence.

President Gustavo Petro suspended peace talks with the ELN in January after the group launched an offensive in the Catatumbo region that killed more than 80 people and displaced tens of thousands.

The ELN, which has about 6,000 fighters, has been at war with the state since 1964.""",
    [ev("Saravena", "battle", "ELN", "2025-09-21", 5, 9),
     ev("Suarez", "attack_on_civilians", "FARC dissidents", "2025-09-20"),
     ev("Jamundi", "other", "unknown", "2025-09-19", opt=True),
     ev("Saravena", "other", "unknown", "2025-09-21")])

doc("A07", "2025-05-20", """Israeli strikes kill 35 across Gaza, health officials say

CAIRO, May 20 (Reuters) - Israeli air strikes killed at least 35 Palestinians across the Gaza Strip on Tuesday, including 12 people sheltering in a school in Gaza City's Daraj neighbourhood, local health officials said.

The strike on the school, which housed displaced families, set tents in the courtyard ablaze, civil defence spokesperson Mahmoud Basal said. Fourteen people were wounded there.

In Khan Younis in the south, a strike on a house killed eight members of one family, medics said. The remaining deaths were in scattered strikes across the enclave, they said.

The Israeli military said it had struck a Hamas command centre embedded in the school compound and had taken steps to reduce harm to civilians.

Separately, the military said a soldier had been killed by an explosive device in the northern Gaza town of Beit Hanoun on Monday, bringing the army's losses since the ground operation resumed to 41.

Hamas's armed wing said its fighters had fired mortar bombs at Israeli troops east of Jabalia on Tuesday.

In the occupied West Bank, Israeli forces arrested 20 Palestinians in overnight raids in Jenin and Nablus, the Palestinian Prisoners' Society said.

Talks in Doha on a new ceasefire have stalled, mediators said, with each side blaming the other.

The war began when Hamas-led militants attacked southern Israel on October 7, 2023, killing 1,200 people and taking 251 hostages, according to Israeli tallies. Israel's campaign has since killed more than 53,000 Palestinians, according to Gaza's health ministry.""",
    [ev("Daraj", "explosion", "Israeli security forces", "2025-05-20", 12, 14),
     ev("Khan Younis", "explosion", "Israeli security forces", "2025-05-20", 8),
     ev("Gaza Strip", "explosion", "Israeli security forces", "2025-05-20", opt=True),
     ev("Beit Hanoun", "explosion", "unknown", "2025-05-19", 1),
     ev("Jabalia", "explosion", "Hamas", "2025-05-20"),
     ev("Jenin", "arrest", "Israeli security forces", None)])

doc("A08", "2025-02-04", """ADF rebels kill 23 in eastern Congo village, army says

BENI, Congo, Feb 4 (Reuters) - Rebels from the Allied Democratic Forces killed at least 23 civilians with machetes and guns in an overnight raid on the village of Mangurujipa in North Kivu province, the army and local officials said on Tuesday.

The attackers entered the village late on Sunday, going from house to house, and set fire to a health centre and about 30 homes before withdrawing towards the forest, said local administrator Kambale Mbusa.

"We have buried 23 people today, but many others are missing," Mbusa said, adding that the rebels had also abducted about 15 people, most of them children.

Army spokesman Lieutenant Antony Mualushayi confirmed the attack and said troops had been sent in pursuit of the assailants.

On Monday, soldiers killed six ADF fighters in a clash near Oicha, about 40 km to the north, he said.

In the provincial capital Goma, which M23 rebels seized last week, residents said looting of shops and warehouses continued on Monday, and that the bodies of people killed in the fighting were still being collected.

Hundreds of people protested in Kinshasa on Monday against what they called the international community's silence, attacking the embassies of Rwanda, France and the United States. Police fired tear gas to disperse them.

The ADF, which originated in Uganda in the 1990s and has pledged allegiance to Islamic State, has killed thousands of civilians in eastern Congo over the past decade. In June last year, its fighters killed more than 40 people in Masala village.""",
    [ev("Mangurujipa", "attack_on_civilians", "ADF", "2025-02-02", 23),
     ev("Oicha", "battle", "Congolese security forces", "2025-02-03", 6),
     ev("Goma", "territory_gain", "M23", None, opt=True),
     ev("Goma", "other", "unknown", "2025-02-03"),
     ev("Kinshasa", "other", "unknown", "2025-02-03")])

doc("A09", "2025-11-12", """Suicide bomber kills 12 outside Islamabad court

ISLAMABAD, Nov 12 (AFP) - A suicide bomber blew himself up outside a district court in Islamabad on Tuesday, killing 12 people and wounding 27, in the first major attack in the capital in nearly a decade, officials said.

The bomber detonated his explosives next to a police vehicle at the entrance of the court complex in the G-11 sector shortly after lunchtime, Interior Minister Mohsin Naqvi told reporters.

"He waited for 12 to 15 minutes trying to get inside, and when he failed, he targeted a police car," Naqvi said.

Most of the victims were lawyers and litigants, a lawyers' association said.

A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed responsibility, but the main TTP leadership denied involvement.

Prime Minister Shehbaz Sharif blamed "Indian-backed proxies" for the bombing, a charge New Delhi rejected as baseless.

The attack came hours after militants stormed a cadet college in Wana, in the South Waziristan district, on Monday night. Security forces killed all five attackers after a 20-hour standoff, the military said on Wednesday, and no students were harmed. Three soldiers were killed, it said.

In Balochistan, gunmen shot dead four labourers from Punjab at a construction site near Turbat on Tuesday evening, police said. The outlawed Baloch Liberation Front claimed the killing.

Police in Rawalpindi said they had arrested two suspected facilitators of the bomber on Wednesday.

Lawyers across the country boycotted courts on Wednesday in protest at the bombing.

Pakistan has seen a surge in militant violence since the Taliban returned to power in neighbouring Afghanistan in 2021. A bombing at a mosque in Peshawar's police lines in January 2023 killed more than 80 people.""",
    [ev("Islamabad", "explosion", "unknown", "2025-11-11", 12, 27),
     ev("Wana", "battle", "unknown", "2025-11-10", 8),
     ev("Turbat", "attack_on_civilians", "Baloch Liberation Front", "2025-11-11", 4),
     ev("Rawalpindi", "arrest", "Pakistani security forces", "2025-11-12"),
     ev("Pakistan", "other", "unknown", "2025-11-12", opt=True)])

doc("A10", "2025-07-02", """Jihadists attack several army positions in western Mali

BAMAKO, July 2 (Reuters) - Al Qaeda-linked militants attacked military positions in at least seven towns across western and central Mali on Tuesday, the army said, in a coordinated offensive that came close to the borders with Senegal and Mauritania.

The army said it had repelled the attacks in Kayes, Nioro du Sahel, Diboli, Sandare, Niono, Molodo and Gogui and killed more than 80 assailants. It did not give a toll for its own troops.

JNIM, al Qaeda's affiliate in the Sahel, claimed the attacks in a statement and said it had seized three barracks.

In Kayes, residents said heavy gunfire was heard from dawn until midday and that a fuel depot near the military camp was set on fire.

"We stayed locked inside our houses all morning," one resident said by phone.

Separately, the army said a drone strike on Monday had killed a senior JNIM commander near Boulkessi in the Mopti region.

In neighbouring Burkina Faso, suspected jihadists killed about 50 soldiers in an attack on an army post in Djibo on Sunday, two security sources told Reuters. The government did not comment.

Mali has been ruled by a military junta since coups in 2020 and 2021. The junta expelled French troops and turned to Russian mercenaries, first from the Wagner Group and now from the Africa Corps, to fight the insurgency.

Last September, JNIM fighters attacked a gendarmerie school and an air base in Bamako, killing more than 70 people.""",
    [ev("Kayes", "battle", "JNIM", "2025-07-01", 80),
     ev("Boulkessi", "explosion", "Malian Armed Forces", "2025-06-30", 1),
     ev("Djibo", "battle", "unknown", "2025-06-29", 50)])

doc("A11", "2025-10-06", """Gang attack on Haitian town leaves 18 dead; police retake key road

PORT-AU-PRINCE, Oct 6 (AP) - Gang members armed with assault rifles attacked the town of Mirebalais in central Haiti before dawn on Saturday, killing at least 18 people, torching houses and freeing more than 500 inmates from the local prison, authorities said.

The attackers, members of the Viv Ansanm gang coalition, went door to door and shot residents who tried to flee, said a local official, who asked not to be named for fear of reprisals.

The town's mayor said at least 40 houses and the police station were burned. "We are living in terror. The police are outnumbered," he said.

Police later said the toll had climbed to 25.

On Sunday, police and troops of the Kenyan-led security mission retook control of the national road linking the capital to the north at Cabaret after three days of fighting, killing at least six gang members, national police spokesman Michel-Ange Louis-Jeune said.

In the capital, a crowd lynched two suspected gang members in the Petion-Ville district on Sunday afternoon, residents said.

The UN human rights office condemned the Mirebalais attack and said gangs had killed more than 4,000 people in Haiti between January and June.

Gangs have controlled most of Port-au-Prince since the assassination of President Jovenel Moise in July 2021. In March 2024 they attacked the country's two largest prisons, freeing about 4,000 inmates.""",
    [ev("Mirebalais", "attack_on_civilians", "Viv Ansanm", "2025-10-04", 18, kh=25),
     ev("Cabaret", "territory_gain", "Haitian security forces", "2025-10-05", 6),
     ev("Petion-Ville", "other", "unknown", "2025-10-05", 2)])

doc("A12", "2025-03-30", """US strikes hit Houthi targets in Saada, Sanaa; Houthis fire missile at Israel

SANAA, March 30 (Reuters) - US air strikes hit the Houthi stronghold of Saada in northern Yemen overnight, killing at least seven people, the Houthi-run health ministry said on Sunday.

The strikes targeted a building in the Al-Salem area of the city, the group's Al-Masirah television said, showing rescuers searching through rubble. Nine people were wounded, it said.

Other strikes hit the capital Sanaa and the Ras Isa fuel port on the Red Sea coast, Al-Masirah said, without giving a toll.

The US military's Central Command said it was continuing operations against the Iran-aligned group to restore freedom of navigation in the Red Sea.

The Houthis said on Sunday they had fired a ballistic missile at Israel's Ben Gurion airport. The Israeli military said it intercepted the missile before it crossed into Israeli territory and no one was hurt.

On the ground, Houthi fighters attacked government positions in the Hays district south of Hodeidah on Saturday, and the clashes killed nine government soldiers and an unknown number of Houthis, a military source said.

In the southern city of Aden, protesters blocked roads and burned tyres on Saturday over power cuts that have lasted up to 16 hours a day.

The Houthis have controlled Sanaa since 2014. The US launched its campaign against the group on March 15, saying it would continue until the attacks on shipping stopped.""",
    [ev("Saada", "explosion", "US forces", None, 7, 9),
     ev("Sanaa", "explosion", "US forces", None),
     ev("Ras Isa", "explosion", "US forces", None),
     ev("Ben Gurion airport", "other", "Houthis", None, opt=True),
     ev("Hays", "battle", "Houthis", "2025-03-29", 9),
     ev("Aden", "other", "unknown", "2025-03-29")])

doc("A13", "2025-12-09", """Drone strike on Amhara market kills 15; Fano claims town

ADDIS ABABA, Dec 9 (AFP) - A drone strike hit a busy market in the town of Gerba in Ethiopia's Amhara region on Saturday, killing at least 15 civilians, residents and a health worker said.

"The drone struck twice, the second time when people came to help the wounded," a resident said, asking not to be named. Another 20 people were injured, the health worker said.

The federal government, which has been fighting the Fano militia in Amhara since August 2023, did not respond to requests for comment. Government spokespeople have in the past said drone strikes only target militants.

Fano said on Monday that its fighters had captured the town of Mota after heavy fighting on Sunday. The government denied the claim, saying its forces "remain in full control".

Separately, unidentified gunmen abducted 30 bus passengers on the road between Debre Markos and Bahir Dar on Friday, a regional official said. Kidnapping for ransom has become common along the region's main roads.

Federal police said they had arrested 45 people in Bahir Dar suspected of supporting Fano.

In October, a drone strike on a school in Jiga killed more than 40 people, according to local sources.

Rights groups have accused both sides of abuses. The Ethiopian Human Rights Commission said last week that government soldiers had executed at least 20 civilians in Merawi during a house-to-house search in mid-November.""",
    [ev("Gerba", "explosion", "unknown", "2025-12-06", 15, 20),
     ev("Mota", "territory_gain", "Fano", "2025-12-07"),
     ev("Debre Markos", "attack_on_civilians", "unknown", "2025-12-05"),
     ev("Bahir Dar", "arrest", "Ethiopian security forces", None),
     ev("Merawi", "attack_on_civilians", "Ethiopian security forces", None, 20, opt=True)])

doc("A14", "2025-04-08", """Islamic State remnants regroup in Syrian desert as US draws down

BEIRUT, April 8 (Reuters) - Islamic State fighters ambushed a Syrian army convoy near the desert town of Sukhnah in Homs province on Monday, killing seven soldiers, a war monitor said, in the latest sign that the group is regrouping.

The attack, claimed by the group through its Amaq news agency, involved roadside bombs followed by gunfire, the Syrian Observatory for Human Rights said.

At the height of its power in 2015, Islamic State controlled a third of Syria and Iraq. It lost its last territory at Baghouz in March 2019 after a campaign by the US-backed Syrian Democratic Forces.

Since then, the group has waged a low-level insurgency from desert hideouts. In January 2022, its fighters stormed Ghwayran prison in Hasakah to free comrades, sparking 10 days of fighting that killed more than 500 people.

US officials said last month that they would cut the number of troops in Syria by half.

The SDF said on Sunday that it had arrested a senior IS official in a raid with coalition support in the town of Shuhail in Deir ez-Zor province.

In Iraq, two soldiers were killed when IS militants attacked an army post in the Tarmiyah area north of Baghdad on Saturday night, security sources said.

"The group is not defeated," said a Western diplomat in Baghdad. "If the pressure is lifted, it could rebuild quickly and strike the camps where its families are held."

The al-Hol camp in northeast Syria still holds about 40,000 people, many of them relatives of IS fighters.""",
    [ev("Sukhnah", "battle", "Islamic State", "2025-04-07", 7),
     ev("Shuhail", "arrest", "Syrian Democratic Forces", None),
     ev("Tarmiyah", "battle", "Islamic State", "2025-04-05", 2)])

doc("A15", "2025-06-26", """Kenyan police kill eight as anniversary protests turn violent

NAIROBI, June 26 (Reuters) - Kenyan police shot dead at least eight people on Wednesday as thousands of protesters marked the anniversary of last year's deadly storming of parliament, Amnesty International Kenya said.

Protesters in central Nairobi threw stones and set fire to a police post, while police fired tear gas, water cannon and live rounds, Reuters witnesses said. About 400 people were wounded, the rights group said.

Demonstrations also took place in Mombasa, Nakuru and Nyeri, where crowds looted shops and burned a court building, local media reported.

Interior minister Kipchumba Murkomen praised the police for "thwarting a coup attempt" and said 485 people had been arrested across the country.

"They cannot shoot their way out of this," opposition leader Kalonzo Musyoka said.

On June 25 last year, police fired on protesters who stormed parliament over tax rises, and at least 60 people were killed in the weeks of protests that followed.

Separately, in northern Kenya, suspected al-Shabaab militants killed four police officers when their vehicle hit a roadside bomb in Mandera county on Tuesday, police said.

Organisers called for new protests next week. Police said any attempt to storm government buildings would be met with force.""",
    [ev("Nairobi", "other", "Kenyan security forces", "2025-06-25", 8, 400),
     ev("Mombasa", "other", "unknown", "2025-06-25"),
     ev("Nakuru", "other", "unknown", "2025-06-25"),
     ev("Nyeri", "other", "unknown", "2025-06-25"),
     ev("Mandera", "explosion", "al-Shabaab", "2025-06-24", 4)])

doc("A16", "2025-05-13", """Manipur: gunmen kill five villagers in Jiribam; curfew imposed

IMPHAL, May 13 (PTI) - Armed militants killed five villagers, including two women, in an attack on Zairawn village in Manipur's Jiribam district early on Monday, police said.

The attackers fired indiscriminately at houses and set fire to at least a dozen homes before fleeing into the hills, a senior police officer said.

Three other villagers were injured and taken to hospital in Silchar, he said.

The chief minister said the "barbaric" attack would not go unpunished.

The bodies of the five were handed over to relatives on Tuesday, and thousands attended their funeral in Jiribam town.

Hours after the killings, a mob set fire to 15 houses in the neighbouring village of Bidyanagar, police said. No one was hurt.

Authorities imposed an indefinite curfew in Jiribam district on Monday evening and suspended mobile internet.

Security forces later exchanged fire with a group of armed men in the hills near Zairawn on Monday afternoon, police said, but no one was injured.

Police denied reports that militants had attacked a relief camp in Jiribam town on Monday night. "There was no attack on any relief camp," a spokesman said.

More than 250 people have been killed since ethnic violence between the Meitei and Kuki-Zo communities erupted in May 2023. In November last year, militants abducted and killed six women and children from a relief camp in Jiribam.""",
    [ev("Zairawn", "attack_on_civilians", "unknown", "2025-05-12", 5, 3),
     ev("Bidyanagar", "other", "unknown", "2025-05-12"),
     ev("Zairawn", "battle", "Indian security forces", "2025-05-12")])


# ---------------------------------------------------------------- batch B
CUR[0] = "B"
# (written after the fixes)

doc("B01", "2025-09-16", """Jihadists kill dozens in attack on Burkina Faso army convoy

OUAGADOUGOU, Sept 16 (Reuters) - Jihadist fighters ambushed an army supply convoy near the town of Gorgadji in northern Burkina Faso on Saturday, killing at least 27 soldiers and members of the VDP volunteer militia, two security sources said.

The convoy was escorting trucks carrying food to the besieged town of Arbinda when it came under fire, one of the sources said. About 20 soldiers were wounded and several vehicles were burned.

JNIM claimed the ambush in a statement on Monday and said its fighters had seized weapons and ammunition.

The army did not comment on its losses but said in a statement that its air force had killed "several dozen terrorists" in strikes on their retreating column on Sunday.

In a separate incident on Sunday, suspected jihadists killed 11 civilians and abducted at least 20 women in the village of Tilla near Dori, residents told Reuters.

"They came on motorbikes and gathered the men in front of the mosque," one resident said.

Burkina Faso's junta, which seized power in 2022, has promised to reclaim territory from the insurgents, but large parts of the north and east remain outside state control.

In June 2024, more than 100 soldiers were killed in an attack on an army base in Mansila.""",
    [ev("Gorgadji", "battle", "JNIM", "2025-09-13", 27, 20),
     ev("Gorgadji", "explosion", "Burkinabe security forces", "2025-09-14", opt=True),
     ev("Tilla", "attack_on_civilians", "unknown", "2025-09-14", 11)])

doc("B02", "2025-08-19", """Russian drone strike on bus kills six in Sumy region

KYIV, Aug 19 (AP) - A Russian drone hit a bus carrying civilians near the village of Bilopillia in Ukraine's northeastern Sumy region on Monday morning, killing six passengers and wounding 11, regional officials said.

The regional military administration said the bus was taking workers to a factory when a Lancet drone struck it on the outskirts of the village. Emergency services posted photos of the burned-out vehicle.

"This is a deliberate strike on civilians," regional head Oleh Hryhorov wrote on Telegram.

Later on Monday, guided aerial bombs hit the centre of the city of Kostiantynivka in the Donetsk region, killing two people, the regional governor said.

In the Zaporizhzhia region, Russian artillery shelled the town of Huliaipole overnight, damaging a school and a hospital. No casualties were reported.

Ukraine's General Staff said its forces had repelled 45 Russian assaults along the front over the past day, most of them near Pokrovsk.

Russia's defence ministry said on Tuesday its air defences had downed 32 Ukrainian drones over the Belgorod and Kursk regions. In Belgorod, a Ukrainian drone hit a car, wounding a woman, the regional governor said.

Peace talks held in Istanbul in June produced prisoner exchanges but no ceasefire.

The war, now in its fourth year, has killed tens of thousands of civilians.""",
    [ev("Bilopillia", "explosion", "Russian armed forces", "2025-08-18", 6, 11),
     ev("Kostiantynivka", "explosion", "Russian armed forces", "2025-08-18", 2),
     ev("Huliaipole", "explosion", "Russian armed forces", None),
     ev("Pokrovsk", "battle", "Russian armed forces", None, opt=True),
     ev("Belgorod", "explosion", "Ukrainian security forces", None, None, 1)])

doc("B03", "2025-04-29", """Bandits kill 20, kidnap dozens in northwest Nigeria raids

KANO, Nigeria, April 29 (Reuters) - Armed bandits killed at least 20 people and kidnapped more than 40 in attacks on two villages in Nigeria's northwestern Zamfara state on Sunday, police and residents said.

The gunmen, riding on motorcycles, first stormed Kairu village in Bungudu district at about 4 pm, shooting residents and looting shops and grain stores, resident Ibrahim Sani said by phone.

Sani said 13 people were killed in Kairu. The attackers then moved to neighbouring Gidan Dawa, where they killed seven people and abducted women and children, he said.

Zamfara police spokesman Yazid Abubakar confirmed the attacks and said security forces had been deployed to the area. He did not give a toll.

On Monday, troops killed nine bandits and rescued 14 kidnapped people in a raid on a camp in the Dansadau forest, the army said in a statement.

Separately, police in neighbouring Katsina state said they had arrested 12 suspected bandit informants in the town of Funtua.

Bandit gangs have terrorised northwest Nigeria for years, raiding villages, kidnapping for ransom and imposing levies on farmers. In February 2021 gunmen abducted 279 schoolgirls from a school in Jangebe, in Zamfara. Most were later freed.

President Bola Tinubu has vowed to end the violence, but attacks have continued.""",
    [ev("Kairu", "attack_on_civilians", "bandits", "2025-04-27", 13),
     ev("Gidan Dawa", "attack_on_civilians", "bandits", "2025-04-27", 7),
     ev("Dansadau", "battle", "Nigerian security forces", "2025-04-28", 9),
     ev("Funtua", "arrest", "Nigerian security forces", None)])

doc("B04", "2025-02-12", """US says air strike kills al-Shabaab commander in Somalia

MOGADISHU, Feb 12 (Reuters) - The U.S. military said on Wednesday it had carried out an air strike that killed a senior al-Shabaab commander near the town of Jilib in southern Somalia on Monday.

U.S. Africa Command said the strike, conducted at the request of the Somali government, killed one militant and that no civilians were harmed.

Residents of Jilib, which has been under al-Shabaab control for more than a decade, said the strike hit a vehicle on a road outside the town.

Also on Monday, al-Shabaab fighters attacked a Somali army base in Mahas, in the Hiiraan region, with a suicide car bomb and gunfire, a military officer said. He said six soldiers and 15 militants were killed in the fighting, which lasted several hours.

Al-Shabaab said on its radio that it had killed more than 30 soldiers and seized the base. The government denied the base had fallen.

In Mogadishu, police said they had defused a car bomb parked near the parliament building on Tuesday and arrested the driver.

In Kenya's Lamu county, suspected al-Shabaab militants set fire to six houses in the village of Mangai on Tuesday night, police said. No one was hurt.

Al-Shabaab has been fighting for more than 15 years to overthrow Somalia's federal government. An offensive launched by the government in 2022 recaptured swathes of territory, but the group has since regained some of it.""",
    [ev("Jilib", "explosion", "US forces", "2025-02-10", 1),
     ev("Mahas", "explosion", "al-Shabaab", "2025-02-10", 21),
     ev("Mogadishu", "other", "Somali security forces", "2025-02-11"),
     ev("Mangai", "other", "al-Shabaab", "2025-02-11")])

doc("B05", "2025-07-15", """Clashes in Syria's Sweida kill 30; Israel strikes government tanks

DAMASCUS, July 15 (AFP) - Clashes between Druze fighters and Bedouin tribesmen in southern Syria's Sweida province killed at least 30 people on Sunday and Monday, a war monitor said, prompting the government to send troops to the area.

The Syrian Observatory for Human Rights said the fighting began after members of a Bedouin tribe abducted a Druze vegetable merchant on the highway to Damascus on Saturday.

Government forces entered the city of Sweida on Tuesday morning after clashing with Druze gunmen on its outskirts, the defence ministry said, and a curfew was imposed.

Israel said its aircraft had struck several Syrian army tanks advancing towards Sweida on Monday, saying it would not allow a threat to the Druze community. The Syrian foreign ministry condemned the strikes as a violation of sovereignty.

Residents said shops in the city had been looted and several homes burned after the troops entered.

Druze spiritual leader Sheikh Hikmat al-Hijri called on his followers to resist, while another leader urged fighters to lay down their weapons.

Sweida has been largely run by local Druze militias since the start of the civil war. Sectarian violence in the coastal region in March killed more than 1,400 people, most of them Alawite civilians.""",
    [ev("Sweida", "battle", "unknown", None, 30),
     ev("Sweida", "attack_on_civilians", "unknown", "2025-07-12", opt=True),
     ev("Sweida", "battle", "Syrian government forces", "2025-07-15"),
     ev("Sweida", "explosion", "Israeli security forces", "2025-07-14"),
     ev("Sweida", "other", "unknown", None)])

doc("B06", "2025-03-11", """Gunmen kill 12 at party in central Mexico

MEXICO CITY, March 11 (Reuters) - Gunmen opened fire on a birthday party in the city of Irapuato in Mexico's Guanajuato state late on Saturday, killing 12 people, including two teenagers, and wounding 20 others, local authorities said.

Witnesses said at least four armed men arrived in a pickup truck and began shooting at guests in the courtyard of a house in the San Juan de Retana neighbourhood.

The Guanajuato state prosecutor's office said it had opened an investigation and that investigators were examining whether the attack was linked to a dispute between the Santa Rosa de Lima and Jalisco New Generation cartels.

On Monday, soldiers clashed with suspected cartel gunmen near the town of Apaseo el Alto, killing five of them, the defence ministry said. One soldier was wounded.

In the neighbouring state of Michoacan, a journalist was found shot dead in his car in Uruapan on Sunday morning, press freedom group Article 19 said.

Mexican authorities also said they had found 14 bodies in clandestine graves near Irapuato, but did not say when the victims were killed.

Guanajuato has been Mexico's most violent state for years. Last year it recorded more than 3,000 homicides, according to official figures.

President Claudia Sheinbaum said her government's security strategy was working and that homicides had fallen by 20 percent.""",
    [ev("Irapuato", "attack_on_civilians", "unknown", "2025-03-08", 12, 20),
     ev("Apaseo el Alto", "battle", "Mexican security forces", "2025-03-10", 5, 1),
     ev("Uruapan", "attack_on_civilians", "unknown", "2025-03-09", 1),
     ev("Irapuato", "attack_on_civilians", "unknown", None, 14, opt=True)])

doc("B07", "2025-03-04", """M23 rebels seize Congo mining town as talks stall

GOMA, Congo, March 4 (Reuters) - M23 rebels seized the mining town of Nyabibwe in South Kivu province on Sunday after Congolese troops and allied militias withdrew, residents and a local official said.

"The rebels entered in the afternoon without much fighting. The soldiers had left the night before," said a civil society leader in the town, who asked not to be named.

The capture gives the Rwanda-backed group control of another lucrative tin and coltan mining area.

In North Kivu, Wazalendo militiamen attacked M23 positions near Masisi on Monday, sparking clashes that killed at least eight people, including three civilians caught in crossfire, a local health official said.

A United Nations team said on Monday that it had documented the rape of at least 52 women by soldiers fleeing the M23 advance in the town of Kalehe in February.

In Kinshasa, police fired tear gas on Monday at hundreds of students who were marching towards parliament to demand more action against the rebels. Several students were arrested.

Angola, which had been mediating, said it would host direct talks between the government and M23 next week, but the rebels said they had not received an invitation.

M23 seized Goma, the largest city in eastern Congo, in late January, and Bukavu in mid-February. Thousands of people were killed in the fighting for Goma.""",
    [ev("Nyabibwe", "territory_gain", "M23", "2025-03-02"),
     ev("Masisi", "battle", "Wazalendo", "2025-03-03", 8),
     ev("Kalehe", "attack_on_civilians", "Congolese security forces", None, opt=True),
     ev("Kinshasa", "other", "unknown", "2025-03-03")])

doc("B08", "2025-10-13", """Pakistan and Afghan Taliban forces clash along border; dozens reported killed

ISLAMABAD, Oct 13 (Reuters) - Pakistani and Afghan Taliban forces exchanged heavy fire at several points along their border overnight Saturday, with each side claiming to have inflicted dozens of casualties, in the worst fighting between the neighbours in years.

The Pakistani military said 23 of its soldiers were killed and 29 wounded in the clashes, and that it had killed more than 200 Taliban and affiliated fighters. The Taliban government said nine of its fighters were killed.

Fighting was reported at the Angoor Adda, Bajaur, Kurram and Chitral border crossings, security officials said.

The clashes erupted after Afghanistan accused Pakistan of carrying out air strikes in Kabul and in Paktika province on Thursday, which Islamabad has not confirmed.

Saudi Arabia and Qatar urged both sides to show restraint. Pakistan closed its main border crossings at Torkham and Chaman on Sunday.

Inside Pakistan, militants attacked a police station in Dera Ismail Khan late on Sunday, killing three policemen before they were shot dead, police said.

Pakistan accuses the Taliban of sheltering the Pakistani Taliban (TTP), which has stepped up attacks since 2021. Kabul denies the charge.""",
    [ev("Angoor Adda", "battle", "unknown", "2025-10-11", 32, 29, kh=223),
     ev("Kabul", "explosion", "Pakistani security forces", "2025-10-09", opt=True),
     ev("Paktika", "explosion", "Pakistani security forces", "2025-10-09", opt=True),
     ev("Dera Ismail Khan", "battle", "unknown", "2025-10-12", 3)])

doc("B09", "2025-11-24", """Israeli strike on Beirut suburb kills Hezbollah commander

BEIRUT, Nov 24 (AP) - An Israeli air strike on a building in Beirut's southern suburbs on Sunday killed a senior Hezbollah military commander and four other people, Lebanon's health ministry and the Israeli military said.

The strike hit the fourth and fifth floors of an apartment block in the Haret Hreik neighbourhood, leaving a gaping hole in its facade. The health ministry said 28 people were wounded.

The Israeli military said it had killed Haytham Ali Tabatabai, whom it described as Hezbollah's acting chief of staff.

Hezbollah did not immediately retaliate. Its deputy leader said the group would decide "at the appropriate time" how to respond.

It was the first strike on Beirut since June despite a ceasefire agreed a year ago, under which Hezbollah was to pull its fighters back from the border.

Israel has continued near-daily strikes in southern Lebanon. On Saturday a drone strike on a car in the town of Bint Jbeil killed two men, the health ministry said.

Separately, Israeli troops blew up three houses in the border village of Kfar Kila on Sunday, state media reported.

Lebanese President Joseph Aoun called on the international community to intervene. The United Nations peacekeeping force said it was "deeply concerned".

In September 2024, Israel killed Hezbollah leader Hassan Nasrallah in a massive strike on the same suburbs.""",
    [ev("Haret Hreik", "explosion", "Israeli security forces", "2025-11-23", 5, 28),
     ev("Bint Jbeil", "explosion", "Israeli security forces", "2025-11-22", 2),
     ev("Kfar Kila", "other", "Israeli security forces", "2025-11-23")])

doc("B10", "2025-05-06", """RSF drones hit Port Sudan for third day; fighting rages in Kordofan

PORT SUDAN, May 6 (Reuters) - Drones launched by Sudan's Rapid Support Forces struck fuel depots and the main port in Port Sudan on Tuesday for the third consecutive day, setting off huge fires, witnesses and an army spokesman said.

There were no immediate reports of casualties.

The attacks on the Red Sea city, which had been spared during two years of war and hosts the army-aligned government, UN agencies and thousands of displaced people, began on Sunday with a strike on an air base near the airport.

In North Kordofan, the RSF said it had taken control of the town of Al-Khuwei after heavy fighting with the army on Monday. The army did not comment.

Residents of the nearby town of Al-Nahud said RSF fighters had looted the market and the hospital on Monday and detained dozens of young men.

In Darfur, an army air strike on a market in the RSF-held town of Kabkabiya killed at least 15 people on Sunday, the Emergency Lawyers group said.

Army chief Abdel Fattah al-Burhan vowed to "crush the militia" during a visit to Port Sudan. Saudi Arabia condemned the drone attacks.

The war has displaced more than 13 million people, according to the United Nations.""",
    [ev("Port Sudan", "explosion", "Rapid Support Forces", "2025-05-06"),
     ev("Port Sudan", "explosion", "Rapid Support Forces", "2025-05-04"),
     ev("Al-Khuwei", "territory_gain", "Rapid Support Forces", "2025-05-05"),
     ev("Al-Nahud", "other", "Rapid Support Forces", "2025-05-05"),
     ev("Kabkabiya", "explosion", "Sudanese Armed Forces", "2025-05-04", 15)])

doc("B11", "2025-06-03", """Separatists kill four soldiers in Cameroon's Northwest; Boko Haram raids Far North village

YAOUNDE, June 3 (AFP) - Anglophone separatist fighters killed four soldiers in an ambush near the town of Ndop in Cameroon's Northwest region on Saturday, military sources said.

The soldiers were on patrol when their vehicle hit an improvised explosive device and came under fire, one source said. Two other soldiers were wounded.

The army said its troops had "neutralised" three separatists in the firefight.

In the town of Bamenda, separatists torched a school and a council building on Sunday night, residents said, days after they declared a lockdown ahead of the national day celebrations.

In the Far North region, Boko Haram militants raided the village of Tourou near Mokolo overnight Monday, killing five villagers and kidnapping a teenage girl, a local official said.

The separatist conflict, which began in 2017 when separatists declared an independent state called Ambazonia, has killed more than 6,000 people, according to the International Crisis Group.

Cameroon's government says it will not negotiate with "terrorists", and talks mediated by Canada collapsed in 2023.""",
    [ev("Ndop", "battle", "Anglophone separatists", "2025-05-31", 7, 2),
     ev("Bamenda", "other", "Anglophone separatists", "2025-06-01"),
     ev("Tourou", "attack_on_civilians", "Boko Haram", "2025-06-02", 5)])

doc("B12", "2025-01-22", """Indian forces kill 14 Maoist rebels in Chhattisgarh-Odisha border operation

RAIPUR, India, Jan 22 (PTI) - Indian security forces killed at least 14 Maoist rebels, including a senior leader carrying a bounty of 10 million rupees, in a gunbattle in a forest on the Chhattisgarh-Odisha border that began on Monday night, police said on Tuesday.

The operation in the Gariaband district involved more than 1,000 personnel from the Central Reserve Police Force and state police units, officials said. Two troopers were injured and airlifted to Raipur.

Police said the search operation was continuing and that the toll could rise.

Federal Home Minister Amit Shah hailed the operation as "another mighty blow to Naxalism" and repeated his pledge to eliminate the insurgency by March 2026.

In neighbouring Bijapur district, Maoists triggered an improvised explosive device that blew up a police vehicle on Jan 6, killing eight policemen and their driver.

In Manipur, hundreds of women blocked a highway in Kangpokpi district on Wednesday to protest against the deployment of central forces, and police fired tear gas to disperse them.

The Maoist insurgency, which began in 1967, has killed more than 10,000 people.""",
    [ev("Gariaband", "battle", "Indian security forces", "2025-01-20", 14, 2),
     ev("Bijapur", "explosion", "Maoists", "2025-01-06", 9),
     ev("Kangpokpi", "other", "unknown", "2025-01-22")])

doc("B13", "2026-03-24", """Five years after Palma attack, Mozambique's displaced still wait to go home

PEMBA, Mozambique, March 24 (Lusa) - Five years after Islamist insurgents stormed the town of Palma in March 2021, killing dozens of people and forcing a French-led gas project to halt, thousands of displaced families say they are still afraid to go home.

The attack on Palma, which lasted several days, was one of the worst of the insurgency that began in Cabo Delgado province in 2017. Rwandan troops deployed in July 2021 helped government forces retake the town and the nearby port of Mocimboa da Praia.

"We hear the shooting at night, and we hear of people killed in the villages," said Amina Saide, 42, who fled Palma with her four children and now lives in a camp near Pemba.

Insurgents linked to the Islamic State carried out more than 100 attacks in the province last year, according to the conflict monitor Cabo Ligado, and beheadings in the districts of Muidumbe and Macomia were reported as recently as December.

TotalEnergies said last month it would restart work on the $20 billion project, which was suspended after the Palma attack.

The government says the area is secure. Provincial governor Valige Tauabo said security forces would "not rest until the last terrorist is eliminated".

Aid agencies warn that funding cuts could leave more than 600,000 displaced people without food aid this year.""",
    [])


def write(name, rows):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs" + name + ".jsonl"), "w", encoding="utf-8") as f:
        for i, pub, text, _ in rows:
            f.write(json.dumps({"id": i, "published": pub, "text": text}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold" + name + ".jsonl"), "w", encoding="utf-8") as f:
        for i, pub, _, events in rows:
            f.write(json.dumps({"id": i, "published": pub, "events": events, "figures": []}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    for b, rows in BATCH.items():
        if rows:
            write("-" + b, rows)
    write("", BATCH["A"] + BATCH["B"])
