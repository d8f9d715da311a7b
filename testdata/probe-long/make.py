#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl: long multi-incident reports of our own with
the events expected of them, in the shared corpus's gold format (spec/EVENTS.md),
so that /work/shared/tools/score_events.py scores them like a development set."""
import json, os

def ev(place, typ, actor1, date, killed=None, wounded=None, actor2="", admin="", country="", killed_high=None, optional=False):
    e = {"summary": "", "date": date, "place": place, "admin": admin, "country": country, "type": typ,
         "actor1": actor1, "actor2": actor2, "killed": killed, "killed_high": killed_high,
         "wounded": wounded, "wounded_high": None, "evidence": ""}
    if optional:
        e["optional"] = True
    return e

R = []  # (id, published, text, [events])

R.append(("L01", "2017-05-14", """Suicide bomber kills 9 at checkpoint near Tikrit

TIKRIT, Iraq, May 14 -- A suicide bomber driving an explosives-laden truck struck an army checkpoint on the northern edge of Tikrit on Sunday, killing nine soldiers and wounding 14 others, security officials said.

The attack happened shortly after dawn as troops were inspecting vehicles entering the city from the Baiji road.

"The truck refused to stop and the soldiers opened fire, but the driver managed to detonate his charge," said an army captain who asked not to be named.

Islamic State claimed responsibility for the bombing in a statement posted online.

Tikrit was recaptured from the militants in April 2015 after a month-long offensive in which hundreds of fighters died.

In a separate incident on Saturday, gunmen killed two policemen at a checkpoint in Samarra, a police source said.

Local officials condemned the bombing and called for tighter security on the roads leading into the province.

The governor of Salahuddin declared three days of mourning.""",
 [ev("Tikrit", "explosion", "Islamic State", "2017-05-14", 9, 14),
  ev("Samarra", "battle", "unknown", "2017-05-13", 2, None, optional=False)]))

R.append(("L02", "2016-10-20", """Iraqi forces retake villages east of Mosul

Iraqi troops backed by coalition air strikes recaptured six villages east of Mosul on Wednesday, the military said, on the third day of the offensive to retake the city.

The Counter-Terrorism Service seized the village of Bazwaya after a battle that lasted several hours, a CTS officer said.

Three soldiers were killed and eight wounded in the fighting for Bazwaya, according to a medical source at a field hospital.

Further south, federal police took control of the village of Hamdaniya road junction at Bashiqa after clashes with Islamic State fighters.

Islamic State sent at least five car bombs against the advancing troops near Bartella on Wednesday, but most were destroyed before reaching their targets.

One of the car bombs exploded near a Humvee, killing two soldiers.

Bartella itself was taken by the army on Tuesday.

The offensive began on Monday with about 30,000 troops, Kurdish Peshmerga fighters and Shia militias.

Aid groups have warned that up to a million people could be forced from their homes.

"We are advancing faster than planned," said a spokesman for the joint operations command.""",
 [ev("Bazwaya", "territory_gain", "Counter-Terrorism Service", "2016-10-19", 3, 8),
  ev("Bartella", "explosion", "Islamic State", "2016-10-19", 2, None),
  ev("Bartella", "territory_gain", "Iraqi Security Forces", "2016-10-18", optional=True),
  ev("Bashiqa", "territory_gain", "Iraqi Security Forces", "2016-10-19", optional=True)]))

R.append(("L03", "2018-07-09", """Taliban attacks kill 21 in two provinces

KABUL, July 9 -- Taliban fighters attacked security posts in two Afghan provinces overnight, killing at least 21 members of the security forces, officials said on Monday.

In Kunduz province, insurgents stormed an army outpost in the Dasht-e-Archi district late on Sunday, killing 12 soldiers and wounding five, said a provincial council member.

In Farah province, the militants attacked a police checkpoint on the outskirts of Farah city, killing nine policemen, the provincial police chief said.

Six Taliban fighters were also killed in the Farah clash, he added.

A Taliban spokesman said the group had carried out both attacks.

The Taliban have stepped up attacks since rejecting a government offer to extend a ceasefire last month.

During the three-day truce in June, Taliban fighters and soldiers had embraced in the streets of several cities.

The Ministry of Defence said reinforcements had been sent to both provinces.""",
 [ev("Dasht-e-Archi", "battle", "Taliban", "2018-07-08", 12, 5),
  ev("Farah", "battle", "Taliban", "2018-07-08", 15, None)]))

R.append(("L04", "2019-01-23", """Death toll in Mogadishu hotel attack rises to 18

MOGADISHU, Jan 23 -- The death toll from an attack by al-Shabaab militants on a hotel in central Mogadishu rose to 18 on Wednesday, a police officer said.

Gunmen stormed the Hotel Nasa Hablod on Tuesday evening after a car bomb blew open the gate, police said.

Initially officials said seven people had been killed.

"We have now recovered 18 bodies, most of them civilians," police officer Abdullahi Hassan said.

More than 30 people were wounded, he said.

The four attackers were killed when security forces regained control of the building early on Wednesday.

Al-Shabaab, which is allied to al Qaeda, said it carried out the attack.

The group was driven out of Mogadishu in 2011 but still carries out frequent bombings in the capital.

In October 2017, a truck bomb in the city's busy K5 junction killed more than 500 people, the deadliest attack in the country's history.""",
 [ev("Mogadishu", "explosion", "al-Shabaab", "2019-01-22", 18, 30)]))

R.append(("L05", "2015-06-02", """Boko Haram bombings kill dozens in Maiduguri

MAIDUGURI, Nigeria, June 2 -- A suicide bomber blew himself up at a crowded mosque in Maiduguri on Tuesday, killing at least 26 worshippers, witnesses said, hours after a rocket attack on the city's outskirts.

The bomber entered the mosque in the Gwange area during afternoon prayers, said resident Musa Abdullahi.

"I counted 26 bodies," he said, adding that many others were wounded.

Earlier on Tuesday, Boko Haram fighters fired rockets into the Dalori quarter, killing five people, a member of a vigilante group said.

The militants also attacked the village of Kalabalge, 50 km from Maiduguri, on Monday night, burning homes and killing 13 villagers, a local official said.

The attacks come days after Muhammadu Buhari was sworn in as president, vowing to crush the insurgency.

Boko Haram killed thousands of people last year, according to Amnesty International.

The army has said it has retaken most towns the group held in the northeast.""",
 [ev("Gwange", "explosion", "Boko Haram", "2015-06-02", 26, None),
  ev("Dalori", "explosion", "Boko Haram", "2015-06-02", 5, None),
  ev("Kalabalge", "attack_on_civilians", "Boko Haram", "2015-06-01", 13, None)]))

R.append(("L06", "2017-03-22", """Air strike on school near Raqqa kills 33, activists say

BEIRUT, March 22 -- An air strike hit a school sheltering displaced families in the village of al-Mansoura west of Raqqa, killing at least 33 people, a monitoring group said on Wednesday.

The Syrian Observatory for Human Rights said the strike took place on Monday night and was probably carried out by the US-led coalition.

Rescuers pulled 33 bodies from the rubble, the Observatory said, but the toll could rise because many people were still missing.

The coalition said it was looking into the report.

In another strike on Tuesday, warplanes hit a bakery in the town of Tabqa, killing 11 civilians and wounding 20, the Observatory said.

The Syrian Democratic Forces are fighting to encircle Raqqa, the de facto capital of Islamic State.

Last week, a strike on a mosque in Aleppo province killed more than 40 people.

The Pentagon said that strike had targeted a meeting of al Qaeda members.

Residents of Raqqa said food prices had tripled since the city was cut off.""",
 [ev("al-Mansoura", "explosion", "US-led coalition", "2017-03-20", 33, None),
  ev("Tabqa", "explosion", "unknown", "2017-03-21", 11, 20),
  # "Last week ... in Aleppo province": in the news window, but placed in a
  # province and dated to a week only (news-dev README: optional)
  ev("Aleppo", "explosion", "unknown", None, 40, None, optional=True)]))

R.append(("L07", "2020-02-28", """Dozens of Turkish soldiers killed in Idlib strike

ANKARA, Feb 28 -- At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province on Thursday, the governor of Turkey's Hatay province said.

The strike hit a Turkish military position near the town of Balyun in the south of Idlib.

Earlier reports put the number of dead at nine, but the toll rose overnight as rescuers reached the site.

Some 32 soldiers were being treated in hospitals in Hatay, the governor said.

Turkey retaliated by striking Syrian government targets, the defence ministry said.

Separately, rebels backed by Turkey recaptured the town of Saraqeb on Thursday, a rebel commander said.

The town had been taken by government forces in early February.

More than 900,000 people have fled the fighting in northwest Syria since December, according to the United Nations.

Russia, which backs the Syrian government, said Turkish troops had been among "terrorist" units.""",
 [ev("Balyun", "explosion", "Syrian government forces", "2020-02-27", 33, 32),
  ev("Saraqeb", "territory_gain", "rebels", "2020-02-27")]))

R.append(("L08", "2015-09-08", """Houthi shelling kills civilians in Taiz

ADEN, Sept 8 -- Houthi fighters shelled residential districts of Taiz on Tuesday, killing 11 civilians including four children, medics said.

Shells landed on the Wadi al-Qadi and al-Rawdha neighbourhoods in the city centre, residents said.

Sixteen people were wounded, a doctor at al-Thawra hospital said.

Meanwhile in Marib province, forces loyal to President Hadi, backed by Gulf Arab troops, captured the Sirwah district from the Houthis after two days of fighting.

At least 20 Houthi fighters and seven pro-government fighters were killed in the Sirwah battle, a military source said.

The coalition led by Saudi Arabia has been bombing the Houthis since March.

On Friday, a missile fired by the Houthis killed 45 soldiers from the United Arab Emirates at a base in Marib.

The United Nations says nearly 5,000 people have been killed in the war.""",
 [ev("Taiz", "explosion", "Houthis", "2015-09-08", 11, 16),
  ev("Sirwah", "territory_gain", "pro-government forces", "2015-09-08", 27, None),
  ev("Marib", "explosion", "Houthis", "2015-09-04", 45, None, optional=True)]))

R.append(("L09", "2016-08-12", """Two car bombs kill 14 in Baghdad

BAGHDAD, Aug 12 -- Two car bombs exploded in Baghdad on Friday, killing at least 14 people, police and medical sources said.

The first bomb went off near a market in the Shaab district in the north of the city, killing eight people and wounding 23.

About an hour later, a second car bomb exploded at a checkpoint in Dora in the south of the capital, killing six and wounding 15.

Islamic State claimed the Shaab bombing.

No group claimed the second blast.

The market in Shaab was crowded with shoppers ahead of the weekend, a shop owner said.

"There was blood everywhere, people were screaming," he said.

Last month, a truck bomb in the Karrada district killed more than 300 people, the deadliest single bombing in Baghdad since 2003.

The government has been criticised for failing to secure the capital.""",
 [ev("Shaab", "explosion", "Islamic State", "2016-08-12", 8, 23),
  ev("Dora", "explosion", "unknown", "2016-08-12", 6, 15),
  # "Last month" in an August piece: only a relative time (news-dev
  # README: optional)
  ev("Karrada", "explosion", "unknown", None, 300, None, optional=True)]))

R.append(("L10", "2017-07-03", """Militants kill villagers in Diyala raid

BAQUBA, Iraq, July 3 -- Islamic State militants raided a village in Iraq's eastern Diyala province overnight, killing seven members of a family, police said on Monday.

The gunmen entered the village of Abu Karma, north of Muqdadiya, late on Sunday and opened fire on a house, a police officer said.

The dead included a woman and three children. Two other people were wounded.

The attackers fled before security forces arrived.

In the same province, a roadside bomb hit a patrol of the Popular Mobilization Forces near Khanaqin on Monday morning, wounding three fighters.

Diyala was declared free of Islamic State in January 2015, but militants still hide in its orchards and river valleys.

Residents of Abu Karma said they had asked for more protection after a similar raid in March.""",
 [ev("Abu Karma", "attack_on_civilians", "Islamic State", "2017-07-02", 7, 2),
  ev("Khanaqin", "explosion", "unknown", "2017-07-03", None, 3)]))

R.append(("L11", "2018-11-15", """Gunmen kill 15 in attack on Somali base

MOGADISHU, Nov 15 -- Al-Shabaab fighters overran a military base in southern Somalia on Thursday, killing at least 15 soldiers, a military official said.

The militants attacked the base in the town of Bardhere in Gedo region at dawn, detonating a car bomb at the gate before storming in.

"We lost 15 soldiers and the enemy took weapons and vehicles," Captain Ahmed Nur said by phone.

The army said it had recaptured the base by the afternoon.

Al-Shabaab said 23 soldiers had been killed, a figure that could not be verified.

Residents said the militants retreated into the bush taking the bodies of their dead.

On Wednesday, a roadside bomb killed three civilians travelling in a minibus near Afgoye, west of the capital.

Al-Shabaab has carried out similar raids on bases of the African Union force, AMISOM.

In 2016, the group killed more than 100 Kenyan soldiers at a base in El Ade.""",
 [ev("Bardhere", "battle", "al-Shabaab", "2018-11-15", 15, None),
  ev("Afgoye", "explosion", "unknown", "2018-11-14", 3, None)]))

R.append(("L12", "2016-06-01", """Fallujah: troops push into city as civilians flee

FALLUJAH, Iraq, June 1 -- Iraqi troops pushed into the southern outskirts of Fallujah on Wednesday, fighting street battles with Islamic State militants, commanders said.

Counter-terrorism forces entered the Naimiya district after heavy clashes, said Brigadier General Haider al-Obeidi.

Five soldiers were killed and 12 wounded in the fighting, a medical source said.

At least 30 militants were killed, according to the army.

Islamic State used snipers and suicide car bombs to slow the advance.

The United Nations said about 3,700 people had fled Fallujah since the offensive began on May 22.

In Saqlawiya, north of Fallujah, Shia militiamen were accused of abusing men who had fled the city.

Fallujah was the first Iraqi city to fall to the militants, in January 2014.

Prime Minister Haider al-Abadi has promised to retake it quickly.""",
 [ev("Naimiya", "territory_gain", "Counter-Terrorism Service", "2016-06-01", 35, 12)]))

R.append(("L13", "2019-04-05", """Suicide attack on army camp in Mali kills 20

BAMAKO, April 5 -- Jihadists attacked an army camp in central Mali on Friday, killing 20 soldiers, the army said.

The attackers came on motorbikes and pickup trucks and struck the camp at Dioura, in the Mopti region, before dawn.

Five soldiers were wounded and several vehicles were burned, the army said in a statement.

The army later said 13 attackers had been killed and seven arrested in a counter-operation.

The attack was claimed by JNIM, the Sahel branch of al Qaeda.

On March 23, gunmen killed about 160 herders in the village of Ogossagou, also in Mopti.

That massacre, blamed on a hunters' militia, was the worst attack in Mali's recent history.

The United Nations has about 15,000 peacekeepers in Mali.""",
 [ev("Dioura", "battle", "JNIM", "2019-04-05", 33, 5),
  # "On March 23" in an April 5 piece: an incident the article reports,
  # dated and placed, within its news window (news-dev README: annotated)
  ev("Ogossagou", "attack_on_civilians", "unknown", "2019-03-23", 160, None)]))

R.append(("L14", "2017-02-19", """Iraqi forces take Mosul airport road villages, coalition strike kills civilians

MOSUL, Iraq, Feb 19 -- Iraqi forces launched an assault on western Mosul on Sunday and captured several villages south of the city, including Athba and Abu Saif, officers said.

Federal police and Rapid Response units advanced towards the city's airport, meeting little resistance, said a federal police commander.

Islamic State fighters fired mortars at the troops near Abu Saif, wounding six police officers.

Separately, residents said a coalition air strike on a house in the Tammuz neighbourhood of western Mosul on Saturday killed nine members of a family.

The coalition said it would investigate.

The eastern half of Mosul was declared fully liberated last month after a 100-day campaign.

Around 750,000 civilians are thought to remain in the western side, which is divided by the Tigris river.

Aid workers said they were preparing for a new wave of displaced families.""",
 [ev("Athba", "territory_gain", "Iraqi Security Forces", "2017-02-19"),
  ev("Abu Saif", "explosion", "Islamic State", "2017-02-19", None, 6),
  ev("Tammuz", "explosion", "US-led coalition", "2017-02-18", 9, None)]))

R.append(("L15", "2018-03-10", """Bombing at Jalalabad wedding kills 12

JALALABAD, Afghanistan, March 10 -- A bomb hidden near a wedding tent in Afghanistan's eastern Nangarhar province killed 12 guests on Saturday, officials said.

The explosion hit the celebration in the Khogyani district, provincial spokesman Attaullah Khogyani said.

Among the dead were three children. Twenty-one people were wounded and were taken to the hospital in Jalalabad.

No group claimed responsibility, but Islamic State has a strong presence in Nangarhar.

Hours later, a roadside bomb hit a police vehicle in the Surkh Rod district, killing two police officers, he said.

The wedding blast was the deadliest in the province since a suicide bombing at a funeral in Achin in December killed 18 mourners.

The Taliban denied involvement in either attack.

Afghan and US forces have been carrying out air strikes against Islamic State in Nangarhar for more than two years.""",
 [ev("Khogyani", "explosion", "unknown", "2018-03-10", 12, 21),
  ev("Surkh Rod", "explosion", "unknown", "2018-03-10", 2, None)]))

# --- L16-L27: a second batch (long17), written before the extractor was run on them:
# background recalled in the report (dated within the news window: its own event;
# old or vague: none or optional), follow-ups of one incident (search, funeral,
# claim, counter-fire, clashes that followed), and a finer place told later.

R.append(("L16", "2018-06-20", """Coalition air strikes kill 14 civilians south of Hodeidah, medics say

HODEIDAH, Yemen, June 20 (Reuters-style wire) -- Air strikes by the Saudi-led coalition killed 14 civilians, among them six children, in a farming area south of the Red Sea port of Hodeidah on Tuesday, medics and residents said.

The jets struck a cluster of mud-brick houses in the village of al-Fazah, in the Tuhayta district, shortly before noon, residents said. Eleven other people were wounded and taken to a clinic in Zabid.

"We heard two explosions and then the roof came down on the family," said Ali Hassan, a farmer who lost his brother. "There were no fighters here, only farmers and their goats."

Rescuers and neighbours dug through the rubble with their hands until late in the evening, pulling out the last bodies after dark.

The dead were buried on Wednesday morning in a cemetery on the edge of the village, as jets could still be heard overhead.

The Houthi-run Al Masirah television blamed the coalition and said the strike was a "new massacre". A coalition spokesman said the alliance was looking into the claims and that it took every precaution to avoid civilian harm.

It was the second deadly raid in the area in a week, after a strike on a fishing boat off the coast of al-Khokha on Saturday killed five fishermen, according to local officials.

The coalition, which intervened in Yemen's war in March 2015 to restore the government of President Abd-Rabbu Mansour Hadi, has been accused by rights groups of hitting weddings, markets and hospitals. In August 2016 a strike on a hospital run by Doctors Without Borders in Hajja province killed 19 people.

Coalition-backed forces launched an offensive last week to seize Hodeidah, the main entry point for food and aid into a country where millions face hunger. Fighting around the city's airport continued on Wednesday, residents said, without giving details of casualties.

Medical staff at the Zabid clinic said they were running short of blood and surgical supplies, and that two of the wounded, both children, were in a critical condition. "We have one generator and fuel for two more days," a nurse said.

Aid agencies have warned that a battle for the port itself could cut off supplies to millions of people in the north of the country, where most of the population lives. The International Committee of the Red Cross said it had pulled some of its foreign staff out of the city as a precaution.

Residents of al-Fazah said many families had already left for Zabid and Bayt al-Faqih, and that those who stayed had nowhere else to go. "Where would we take the cattle?" asked one woman, who said her husband had been wounded in the strike.

The United Nations envoy, Martin Griffiths, was in Sanaa trying to broker a deal that would hand control of the port to a UN-supervised body.""",
 [ev("al-Fazah", "explosion", "Saudi-led coalition", "2018-06-19", 14, 11),
  ev("al-Khokha", "explosion", "Saudi-led coalition", "2018-06-16", 5, None),
  ev("Hodeidah", "battle", "Saudi-led coalition", None, optional=True)]))

R.append(("L17", "2019-01-05", """Arakan Army fighters overrun police post in Rathedaung

SITTWE -- Fighters of the Arakan Army attacked a border police outpost in northern Rakhine State early on Friday, killing seven police officers and wounding three, a police spokesman in the state capital said on Saturday.

About 150 insurgents armed with rifles and grenade launchers surrounded the post near the village of Kyauktan in Rathedaung township at around 5 a.m. and fought the officers for nearly three hours, the spokesman said. The attackers carried away weapons and more than 10,000 rounds of ammunition.

The clashes that followed the assault lasted until mid-morning, when army reinforcements reached the area and the fighters withdrew into the hills.

A spokesman for the Arakan Army, Khine Thu Kha, told our reporter by telephone that the group had carried out the raid in response to army offensives against its positions.

The attack came a week after the group had ambushed an army convoy near Buthidaung on December 28, killing four soldiers, according to a military statement issued at the time.

Villagers in Kyauktan said they had fled to a monastery in the township centre on Friday morning and were afraid to return home. Local relief groups said some 2,500 people were sheltering in monasteries across the two townships.

The Arakan Army, which wants greater autonomy for the ethnic Rakhine Buddhist population, has grown in strength since it was formed in 2009. In 2017 northern Rakhine was the scene of an army crackdown that drove more than 700,000 Rohingya Muslims into Bangladesh.

The military's commander-in-chief ordered troops on Monday to "crush" the group, a government newspaper reported.

Police officers who survived the attack told relatives that the outpost had asked for support by radio at the start of the fighting but that the reinforcements took several hours to arrive because the road had been mined.

The bodies of the seven officers were flown to Sittwe on Saturday, where a ceremony was held at the police headquarters in the presence of the state's chief minister. Three wounded officers were being treated at the Sittwe general hospital.

Rights groups have called on both sides to protect civilians. Human Rights Watch said the government's restrictions on humanitarian access to parts of Rakhine were putting thousands of people at risk, and urged the authorities to allow aid agencies to reach the displaced.

Journalists have been barred from travelling to the area, and the accounts given by the police and the Arakan Army could not be independently verified.

Government spokesman Zaw Htay said the president's office would meet army leaders to discuss the situation in the state.""",
 [ev("Kyauktan", "battle", "Arakan Army", "2019-01-04", 7, 3),
  ev("Buthidaung", "battle", "Arakan Army", "2018-12-28", 4, None)]))

R.append(("L18", "2020-02-10", """HUMANITARIAN FLASH UPDATE No. 6 -- Beni territory, North Kivu

Situation overview

During the night of 7 to 8 February 2020, suspected Allied Democratic Forces (ADF) fighters attacked the village of Mamove, about 30 km north of Beni town, killing 12 civilians, including three women and two children. Five people were injured and transferred to the general hospital in Oicha. Several houses were set on fire and the attackers looted the local health post.

According to local civil society, the assailants used machetes and firearms. Community sources report that about 1,800 households fled Mamove towards Oicha and Mavivi in the two days following the attack.

On 9 February, the Red Cross and civil protection teams searched the surrounding fields and found no further victims. The bodies were buried the same day in the presence of provincial authorities.

Previous incidents in the area

- On 28 January 2020, ADF fighters killed 36 civilians in the village of Manzingi, near Oicha, in one of the deadliest attacks recorded this year.
- Since the start of military operations against the ADF on 30 October 2019, more than 300 civilians have been killed in Beni territory, according to monitoring by partners.
- In 2014 and 2015, a series of massacres in the same area left several hundred people dead.

Response

Humanitarian partners are preparing distributions of food and household items for the displaced families in Oicha. Access remains restricted along the Beni-Eringeti road, where the armed forces (FARDC) escort convoys.

The Congolese armed forces announced on 9 February that they had launched a pursuit operation in the forest west of Mamove. No results of this operation had been communicated at the time of writing.

Protection concerns

Protection monitors report fear among the population of new attacks in the villages along the Mamove-Mbau axis. Community leaders have asked for a permanent FARDC position in the village. Cases of separated children have been identified among the displaced families arriving in Oicha, and a partner has started family tracing.

Health

The general hospital in Oicha has received the five injured people, two of whom required surgery. The health zone reports that the hospital is short of surgical kits and that its stocks of medicines for the treatment of wounds will last one more week.

The looting of the Mamove health post interrupts the vaccination activities against measles and the response to the Ebola outbreak in the area, which had been resumed in January.

Partners remind all parties of their obligation to protect civilians.""",
 [ev("Mamove", "attack_on_civilians", "Allied Democratic Forces", "2020-02-07", 12, 5),
  ev("Manzingi", "attack_on_civilians", "Allied Democratic Forces", "2020-01-28", 36, None)]))

R.append(("L19", "2019-10-20", """COMMUNIQUÉ OF THE GENERAL STAFF OF THE ARMED FORCES

The General Staff of the Armed Forces informs national and international opinion that on Saturday 19 October 2019, at about 04:30, the FAMa post at Tessit, in the Gao region, was the target of a complex attack by armed terrorist groups.

The assailants, arriving on motorcycles and in pick-up vehicles, attacked the post from two directions after firing mortar shells at the camp.

The FAMa, who reacted vigorously, pushed back the attack after about two hours of combat.

A reaction force sent from Ansongo, with air support from partner forces, then pursued the assailants, who fled towards the border. During the pursuit, 15 terrorists were neutralised and four vehicles destroyed.

The provisional toll on the friendly side is 6 dead and 11 wounded. The wounded were evacuated to Gao.

This cowardly attack comes two weeks after the attack on the camp at Boulkessi on 6 October 2019, in which 5 soldiers lost their lives.

The Chief of General Staff visited the Tessit post on Saturday afternoon to comfort the troops.

The General Staff presents its condolences to the families of the fallen and wishes a speedy recovery to the wounded. The FAMa remain determined to secure the people and their property throughout the national territory.

Since 2012, the Malian Armed Forces have been engaged in the fight against terrorism in the centre and the north of the country.

Mopping-up operations are continuing in the area of Tessit and along the road towards Ansongo, where several abandoned motorcycles and a quantity of weapons and ammunition were recovered by the troops.

The General Staff calls on the population to remain calm and vigilant and to report any suspicious movement to the nearest defence and security forces.

The General Staff also warns against the spread of false information on social networks concerning the toll of this attack. Only the official channels of the Armed Forces are authorised to communicate on the operational situation.

A further communiqué will be issued as soon as the final toll is established.

The General Staff recalls that the post at Tessit, located close to the borders with Niger and Burkina Faso, plays an important role in the protection of the populations of the area and of the traders who use the road to the weekly market. Its garrison was reinforced in September with a unit of special forces.

Koulouba, 20 October 2019
The Directorate of Information and Public Relations of the Armed Forces""",
 [ev("Tessit", "battle", "unknown", "2019-10-19", 21, 11),
  ev("Boulkessi", "battle", "unknown", "2019-10-06", 5, None)]))

R.append(("L20", "2020-04-09", """Insurgents raid coastal village in Macomia; at least nine dead

PEMBA (Cabo Delgado) -- Armed insurgents attacked a coastal area of Macomia district on Tuesday afternoon, killing at least nine civilians and burning dozens of homes, residents and local officials told this newspaper.

The group, estimated at around forty men, entered the fishing village of Mucojo from the forest road at about 3 p.m., residents said. Most of the victims were beheaded or shot as they tried to flee to the beach.

"They came shouting and firing in the air, then they started going house to house," said a fisherman who escaped by boat to the island of Quirimba.

The bodies were buried by relatives on Wednesday morning, after the attackers had left in the direction of Quiterajo.

The so-called Islamic State claimed the attack through its Amaq news agency on Wednesday, saying its fighters had killed "dozens" of what it called Christian militiamen. The claim could not be verified.

Defence and security forces reached Mucojo only on Wednesday afternoon and did not find the insurgents.

The raid is the latest in a wave of attacks on district towns. On March 25, insurgents briefly occupied the town of Quissanga, burning the district administration building and killing two policemen at the command post. Two days earlier they had taken control of Mocímboa da Praia for several hours.

The insurgency began in October 2017 with attacks on police stations in Mocímboa da Praia, and has since cost the lives of more than 900 people, according to independent researchers.

The provincial governor appealed for calm and said the government was sending more troops to the coast.

Residents said the insurgents spent about three hours in Mucojo before leaving. They set fire to the health centre and the primary school and carried away food from the shops, a local teacher said.

Many families from the village have moved to Macomia town or to the islands off the coast, crossing by fishing boat. Local officials said they did not yet know how many people had fled.

Mucojo had already been attacked in 2018 and 2019, and many of its residents had only recently returned. "We rebuilt our houses, and now they are ashes again," said an elderly woman who had walked for two days to reach the district town.

The government rarely comments on the attacks, and journalists face restrictions on travelling to the affected districts. A local radio reporter who covered the insurgency has been missing since the start of the year.

Humanitarian organisations estimate that more than 150,000 people have been displaced in the province.""",
 [ev("Mucojo", "attack_on_civilians", "Islamic State", "2020-04-07", 9, None),
  ev("Quissanga", "territory_gain", "Islamic State", "2020-03-25", 2, None),
  ev("Mocímboa da Praia", "territory_gain", "Islamic State", "2020-03-23")]))

R.append(("L21", "2022-08-25", """Missile strike on Kharkiv apartment block kills seven

KYIV, Aug 25 -- A Russian missile slammed into a five-storey apartment block in Kharkiv late on Wednesday, killing seven people and wounding 16, regional officials said on Thursday.

The missile hit the building in the northeastern Saltivka district at about 10:30 p.m., bringing down part of the structure, said the regional governor, Oleh Syniehubov. A child was among the dead.

Rescuers worked through the night with cranes and sniffer dogs. A 68-year-old woman was pulled alive from the rubble on Thursday morning, the State Emergency Service said.

"There is no military target in this neighbourhood, only people's homes," said a resident who gave her name as Olena.

President Volodymyr Zelenskiy condemned the strike in his evening video address and called on Western partners to send more air defence systems.

Russia's defence ministry did not comment on the strike. It has repeatedly denied targeting civilians.

Elsewhere, Russian shelling killed two civilians in the town of Bakhmut in the eastern Donetsk region on Tuesday, the regional governor said on Telegram.

Kharkiv, Ukraine's second-largest city, has been shelled almost daily since Russia invaded on February 24. In April a strike on the railway station in Kramatorsk killed more than 50 people waiting to be evacuated.

Last month, a strike on a shopping centre in central Ukraine also killed more than 20 people.

The Saltivka district, a sprawling neighbourhood of Soviet-era tower blocks on the northern edge of the city, lies closest to the Russian positions and has suffered the most damage of any part of Kharkiv since the start of the invasion. Many of its residents left in the spring, but some have returned in recent weeks as the shelling eased.

City authorities said about 40 apartments were damaged in the strike, and that the residents would be moved to temporary accommodation in schools.

The mayor, Ihor Terekhov, said the city's schools would hold classes online when the school year started next week because of the danger of shelling.

Ukrainian officials said Russian forces had fired more than 20 missiles at targets across the country during the Independence Day holiday, when public celebrations were banned in Kyiv.

Ukraine's military said on Thursday that its forces had repelled Russian attempts to advance near several villages in the Donetsk region over the past day, without giving details. Neither side's battlefield claims could be independently verified. Western officials say Russia's offensive in the east has slowed to a crawl in recent weeks.

Wednesday was Ukraine's Independence Day, and officials had warned that Moscow could try to stage particularly brutal attacks to mark the date.""",
 [ev("Saltivka", "explosion", "Russian military", "2022-08-24", 7, 16),
  ev("Bakhmut", "explosion", "Russian military", "2022-08-23", 2, None),
  ev("", "explosion", "Russian military", None, 20, None, optional=True)]))

R.append(("L22", "2021-01-20", """SUDAN: Darfur Situation Report, 20 January 2021

HIGHLIGHTS
- At least 11 people killed in an attack on Tawila in North Darfur on 17 January
- Clashes in El Geneina on 16 January leave 48 dead
- Thousands displaced; humanitarian partners scale up response

NORTH DARFUR

On 17 January, armed men on camels and motorcycles attacked the village of Tawila, some 60 km west of El Fasher, killing at least 11 civilians and injuring 14 others. Local authorities said the attackers also burned shops in the market and stole livestock. The injured were taken to the hospital in El Fasher.

On 18 January, the state governor visited Tawila and announced a night curfew. Security forces have been deployed to the village.

WEST DARFUR

On 16 January, fighting between armed groups broke out in and around the Krinding camp for displaced people in El Geneina, the state capital. Local medical sources report that 48 people were killed and 97 injured. Many of the camp's shelters were burned.

Clashes continued in parts of El Geneina on 17 January, with more gunfire heard near the main market. No further casualty figures were available for the second day.

The state authorities declared a state of emergency on 16 January.

CONTEXT

The attacks follow the end of the mandate of the joint UN-African Union peacekeeping mission (UNAMID) on 31 December 2020. Intercommunal clashes in El Geneina in December 2019 killed more than 80 people.

Since the beginning of the conflict in Darfur in 2003, some 300,000 people have died, according to UN estimates.

RESPONSE

PROTECTION

Partners report that many of the displaced in El Geneina have moved to schools and government buildings in the town, where overcrowding and lack of water and sanitation are raising concern about the spread of disease, including COVID-19. Women and girls report fears of going outside the gathering sites to collect firewood.

In Tawila, community leaders have asked for a permanent police presence in the village. The local market remains closed.

HEALTH

The El Geneina teaching hospital is overwhelmed with injured people and is short of medicines and surgical supplies. Humanitarian partners have sent trauma kits by road from Nyala. Some health workers have been unable to reach their workplaces because of insecurity.

The humanitarian community will continue to monitor the situation and will share further updates as information becomes available.

Partners are distributing water, food and shelter items in El Geneina. An estimated 50,000 people have been displaced in West Darfur since 16 January.""",
 [ev("Tawila", "attack_on_civilians", "unknown", "2021-01-17", 11, 14),
  ev("Krinding", "battle", "unknown", "2021-01-16", 48, 97),
  ev("El Geneina", "battle", "unknown", "2021-01-17", optional=True)]))

R.append(("L23", "2019-03-15", """Three soldiers killed in ambush in Argelia; FARC dissidents blamed

POPAYÁN -- Three soldiers of the Colombian army were killed and two others wounded on Thursday in an ambush in the rural area of Argelia, in the south of the department of Cauca, the army's Third Division reported.

The soldiers were patrolling a path near the hamlet of El Plateado when they came under fire from explosives and rifles, the division said in a statement.

Troops who arrived to reinforce the patrol exchanged fire with the attackers for about forty minutes before the armed men fled into the mountains. One attacker was killed in that exchange, the army said.

The army attributed the attack to the Carlos Patiño front, a group of FARC dissidents who did not accept the 2016 peace agreement and who dispute the coca routes of the area with the ELN.

The wounded soldiers were evacuated by helicopter to a clinic in Popayán. Their condition was described as stable.

The governor of Cauca, Óscar Campo, rejected the attack and offered a reward of up to 50 million pesos for information leading to those responsible.

In February, the same front had ambushed a police patrol in the municipality of El Tambo, killing two officers, according to police.

Social leaders in the region say the armed groups have taken over the territory left by the FARC after its demobilisation in 2017. In 2018 more than 30 social leaders were killed in Cauca alone, according to the human rights ombudsman.

Residents of El Plateado, who asked not to be named for fear of reprisals, said the fighting could be heard from the centre of the hamlet and that families kept their children indoors for the rest of the day.

The Argelia area is one of the largest coca-growing regions in the country, and the army has stepped up its presence there since last year. Farmers in the area have protested against forced eradication of their crops, saying the government has not delivered the alternative programmes promised in the peace agreement.

The bodies of the three soldiers were taken to Popayán, where the army said they would be handed over to their families. All three were professional soldiers from other regions of the country.

The army said it had sent two additional companies to the area to pursue the attackers.

The Defence Minister said he would travel to Popayán on Friday to hold a security council with the regional authorities.""",
 [ev("El Plateado", "battle", "FARC dissidents", "2019-03-14", 4, 2),
  ev("El Tambo", "battle", "FARC dissidents", None, 2, None, optional=True)]))

R.append(("L24", "2020-02-17", """Gunmen kill five in Kumba as separatist violence flares before vote

DOUALA, Cameroon, Feb 17 -- Gunmen killed five people, including a local councillor, in the southwestern city of Kumba on Saturday evening, a week before legislative elections that English-speaking separatists have vowed to disrupt, local officials said on Monday.

The attackers opened fire on a group of men sitting outside a bar in the Fiango neighbourhood, a municipal official said. Two other people were wounded.

Residents said soldiers deployed to the neighbourhood after the shooting and exchanged fire with the gunmen for several minutes before they escaped on motorbikes.

Authorities blamed the "Amba boys", as the armed separatists are known locally. No group claimed the killing.

On Sunday, mourners gathered at the councillor's family compound, where he was buried in the afternoon.

The separatists, who want to create an independent state they call Ambazonia, have imposed lockdowns in the two English-speaking regions ahead of the February 9 vote, which was later moved to the 22nd for some constituencies. Last Thursday, separatist fighters had burned the house of a candidate in Mbonge and kidnapped two election workers, according to a regional official.

On Friday, soldiers raided the village of Ngarbuh in the Northwest region, where residents said at least 22 civilians, among them children, were killed. The army said five people died when fuel containers exploded during an exchange of fire with separatists.

The conflict began in 2016 when lawyers and teachers protested against what they saw as the marginalisation of the English-speaking minority. In 2017 separatists declared independence, and the army was deployed.

The councillor, who belonged to the ruling party and was standing for re-election, had received threats from the separatists in recent weeks, a relative said.

Many businesses in Kumba stayed closed on Monday, and taxi drivers said they were afraid to work after dark. The city, a commercial hub in the Southwest region, has been the scene of repeated clashes between the army and separatist fighters.

The government said the elections would go ahead as planned and that security forces had been deployed to protect polling stations. Opposition parties in the two English-speaking regions have called for a boycott.

Human rights groups have accused both the army and the separatists of abuses against civilians, including killings, kidnappings and the burning of villages. The government denies that its forces have committed abuses.

Since then, more than 3,000 people have been killed and 700,000 have fled their homes, according to aid agencies.""",
 [ev("Fiango", "attack_on_civilians", "Ambazonian separatists", "2020-02-15", 5, 2),
  ev("Ngarbuh", "attack_on_civilians", "Cameroonian military", "2020-02-14", 22, None, killed_high=None),
  ev("Mbonge", "attack_on_civilians", "Ambazonian separatists", "2020-02-13", optional=True)]))

R.append(("L25", "2017-06-12", """AFP PRESS STATEMENT: Marines suffer casualties in Marawi operations

Headquarters, Western Mindanao Command, 12 June 2017

Thirteen (13) Philippine Marines were killed in action and forty (40) others wounded in intense fighting with the Maute terrorist group in Marawi City on Friday, 9 June 2017.

The troops were conducting clearing operations in the Mapandi area of the city when they encountered armed elements of the group occupying buildings. The ensuing firefight lasted more than fourteen hours. Government forces recovered the area on Saturday after the terrorists withdrew to the Marinaut district.

In the same engagement, an undetermined number of enemy fighters were killed. The bodies of seven terrorists were later recovered by troops clearing the buildings.

The wounded Marines were airlifted to the military hospital in Cagayan de Oro and are in stable condition.

The Armed Forces of the Philippines extends its deepest sympathy to the families of our fallen heroes. They will be given full military honours during the necrological service to be held at Camp Navarro on Tuesday.

On Sunday, 11 June, the Command's air assets conducted precision strikes on enemy positions in the Marinaut district. Battle damage assessment is ongoing.

To date, the total number of government troops killed since the start of the crisis on 23 May 2017 has risen to 58, while 191 terrorists have been neutralised. Twenty-one civilians have been killed by the terrorist group.

The AFP reiterates its appeal to the residents still trapped in the main battle area to stay indoors and wait for rescuers.

The AFP remains committed to liberating Marawi City at the soonest possible time.

The troops also rescued 11 civilians who had been held by the terrorists in a basement in the Mapandi area. The rescued civilians were brought to the provincial capitol for medical attention and debriefing.

The Commander of the Joint Task Force Marawi reported that the remaining terrorists are confined to a small area of the city and that the clearing of buildings will continue until the last of them is neutralised.

Troops continue to encounter improvised explosive devices and snipers positioned in mosques and houses. Residents are reminded not to return to their homes until these areas have been declared safe by the authorities.

The public is enjoined not to share unverified information and images of the operations on social media, which may compromise the safety of the troops and the hostages.

(Sgd) Public Affairs Office""",
 [ev("Mapandi", "battle", "unknown", "2017-06-09", 20, 40),
  ev("Marinaut", "explosion", "Philippine military", "2017-06-11", optional=True)]))

R.append(("L26", "2019-05-08", """Shelling of Tripoli's Abu Salim kills four as LNA offensive enters second month

TRIPOLI -- Four civilians, including a woman and her daughter, were killed on Tuesday night when rockets hit homes in the Abu Salim district of the capital, the health ministry of the Government of National Accord said.

The rockets fell on a residential street near the Abu Salim roundabout shortly after the evening meal that breaks the Ramadan fast, residents told our correspondent. Nine people were injured and taken to the Tripoli Central Hospital.

Ambulances struggled to reach the area because of the continued fire. Civil defence crews put out fires in two houses before dawn.

The GNA blamed forces loyal to Khalifa Haftar, whose Libyan National Army (LNA) launched an offensive to seize Tripoli on April 4. The LNA denied responsibility and accused "militias" of firing on the district themselves.

Fighting also continued south of the capital on Tuesday. GNA forces said they had pushed LNA units out of the area around the old airport road in Ain Zara, after clashes in which three of their fighters were killed.

At the weekend, an LNA air strike on a GNA position near the Tripoli International Airport had killed two fighters, according to a GNA field commander.

The World Health Organization says more than 400 people have been killed and 2,000 wounded since the start of the offensive. More than 55,000 people have fled their homes.

In 2014, rival militias fought for weeks over the international airport, which has been closed since.

Residents of Abu Salim, one of the most densely populated districts of the capital, said they had not expected the fighting to reach their streets. "We thought the front was far from us," said a shopkeeper whose window was blown out. "Now we sleep in the corridor."

The GNA's interior ministry said the rockets were of the Grad type, which are notoriously inaccurate, and accused the LNA of firing them from positions south of the city.

Doctors at the Tripoli Central Hospital said two of the injured, both children, were in a serious condition. Hospitals in the capital have appealed for blood donors.

The fighting has also trapped thousands of migrants in detention centres near the front lines, and aid agencies have called for them to be moved to safety.

UN envoy Ghassan Salamé called on both sides to agree a truce for the month of Ramadan.""",
 [ev("Abu Salim", "explosion", "Libyan National Army", "2019-05-07", 4, 9),
  ev("Ain Zara", "territory_gain", "Government of National Accord", "2019-05-07", 3, None),
  ev("Tripoli International Airport", "explosion", "Libyan National Army", None, 2, None, optional=True)]))

R.append(("L27", "2016-03-30", """Pakistan buries Lahore park victims as toll reaches 72

LAHORE, Pakistan, March 30 -- Families in Lahore buried more of their dead on Wednesday as the toll from Sunday's suicide bombing at a crowded park rose to 72, most of them women and children, hospital officials said.

The bomber detonated his vest near the children's rides in Gulshan-e-Iqbal park on Sunday evening, when the park was packed with families celebrating Easter. More than 340 people were wounded.

A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, said it had carried out the bombing and that it had targeted Christians.

Police and the paramilitary Rangers have since launched raids across Punjab province. The army said on Tuesday that five suspected militants had been killed in a shootout with Rangers in Rajanpur district late on Monday.

On Tuesday, thousands of supporters of a man executed for killing a provincial governor staged a sit-in outside parliament in Islamabad, clashing with police. Police fired tear gas and arrested dozens.

Jamaat-ul-Ahrar also claimed a suicide attack on a court in the northwestern town of Shabqadar earlier this month, on March 7, which killed 17 people.

The Lahore attack was the deadliest in Pakistan since a Taliban assault on an army-run school in Peshawar in December 2014 killed more than 150 people, most of them children.

Prime Minister Nawaz Sharif cancelled a visit to the United States and chaired a security meeting in Lahore on Monday.

At the Jinnah hospital, relatives waited outside the wards for news of the wounded. Doctors said about 50 people were still in a critical condition and that the toll could rise further.

Most of the dead were Muslims, although the faction said it had targeted Christians celebrating Easter. Christians make up about two percent of Pakistan's population and have been targeted in a number of attacks.

Punjab's provincial government, which had long resisted calls to allow the army to act against militants in the province, agreed on Tuesday to a joint operation with the Rangers. Police said more than 200 people had been detained for questioning in the raids.

The park reopened to the public on Wednesday, with police guarding the gates.

Security analysts said the bombing showed that militant factions had been able to regroup despite an army offensive in the North Waziristan tribal region that began in June 2014, and that Punjab, the country's richest and most populous province, could no longer be considered safe from them.

"We will not let these cowards dictate our way of life," Sharif said in a televised address.""",
 [ev("Gulshan-e-Iqbal", "explosion", "Jamaat-ul-Ahrar", "2016-03-27", 72, 340),
  ev("Rajanpur", "battle", "Pakistani security forces", "2016-03-28", 5, None),
  ev("Islamabad", "other", "unknown", "2016-03-29", optional=True),
  ev("Shabqadar", "explosion", "Jamaat-ul-Ahrar", "2016-03-07", 17, None)]))

# --- L28-L41: a third batch (long20), written before the extractor was run on them:
# round-ups of several incidents in several towns ("In other violence", "Elsewhere",
# bullets per province or oblast), incidents whose tolls coincide in far towns, the
# other side's later account of the same strike, summary tolls over the incidents
# ("In all, ...") that are no incident of their own, a live blog in reverse order.

R.append(("L28", "2017-09-13", """Bombs and shootings kill 15 across Iraq

BAGHDAD, Sept 13 -- A bomb hidden in a parked car exploded near a vegetable market in Baghdad's Zafaraniya district on Tuesday, killing three people and wounding seven, police and hospital sources said.

The blast went off in the early afternoon, when the market was crowded, a police officer said. Shop fronts were shattered and two cars caught fire.

No group claimed responsibility, but Islamic State has carried out similar attacks on markets in the capital.

In other violence on Tuesday, gunmen shot dead three members of a Sunni tribal militia at a checkpoint near Tarmiya, 50 km north of Baghdad, a local official said.

The attackers fled in a pickup truck towards the orchards along the Tigris, he said.

Elsewhere, a mortar round landed on a house in Tuz Khurmatu late on Tuesday, killing a child and wounding his mother, a health official said. It was not clear who fired it.

In Anbar province, soldiers clashed with Islamic State fighters near Akashat on Tuesday night. Two soldiers and six militants were killed, a military spokesman said.

In all, at least 15 people were killed across Iraq on Tuesday, according to a tally of police and medical reports.

Iraqi forces are preparing an offensive to retake Hawija, one of the last towns held by Islamic State in the country.

Last month, the army drove the militants out of Tal Afar after an 11-day campaign.

The Kurdistan Regional Government plans to hold an independence referendum on Sept. 25, a vote that Baghdad has called unconstitutional.""",
 [ev("Zafaraniya", "explosion", "unknown", "2017-09-12", 3, 7),
  ev("Tarmiya", "battle", "unknown", "2017-09-12", 3, None),
  ev("Tuz Khurmatu", "explosion", "unknown", "2017-09-12", 1, 1),
  ev("Akashat", "battle", "Iraqi Security Forces", "2017-09-12", 8, None),
  ev("Tal Afar", "territory_gain", "Iraqi Security Forces", None, optional=True)]))

R.append(("L29", "2019-05-15", """Syria: Recent Developments in Northwest Syria - Situation Report No. 4 (as of 15 May 2019)

HIGHLIGHTS

- Hostilities continue to escalate in southern Idlib and northern Hama governorates.
- At least 25 civilians were reportedly killed between 10 and 14 May.
- More than 180,000 people have been displaced since 29 April.

SITUATION OVERVIEW

Air strikes and shelling continued to affect communities in southern Idlib and northern Hama during the reporting period. The following incidents were reported by local sources and could not be independently verified by the UN:

Idlib governorate
- On 12 May, air strikes hit a residential area in Maarat al-Numan, reportedly killing nine civilians, including three children, and injuring 15 others.
- On 13 May, shelling on the town of Kafr Nabl killed two civilians and damaged a school.
- On 14 May, an air strike hit the surgical hospital in Ariha, putting it out of service. No casualties were reported.

Hama governorate
- On 11 May, shelling on Kafr Zita killed four civilians, among them a woman, and injured six.
- On 13 May, the town of Qalaat al-Madiq was reportedly captured by government forces after heavy fighting with armed opposition groups.

Aleppo governorate
- On 10 May, an improvised explosive device detonated in the main market of Azaz, killing five civilians and injuring 12.
- On 14 May, shelling on the western countryside of Aleppo city killed five civilians, according to local sources.

HUMANITARIAN RESPONSE

Partners have scaled up the distribution of food and non-food items to newly displaced families in northern Idlib. Mobile health clinics have been deployed to the Atmeh and Sarmada areas.

At least 18 health facilities have suspended operations since 28 April after being affected by hostilities or because of fears of being targeted.

FUNDING

The 2019 Humanitarian Response Plan for Syria is 19 per cent funded.""",
 [ev("Maarat al-Numan", "explosion", "unknown", "2019-05-12", 9, 15),
  ev("Kafr Nabl", "explosion", "unknown", "2019-05-13", 2, None),
  ev("Ariha", "explosion", "unknown", "2019-05-14"),
  ev("Kafr Zita", "explosion", "unknown", "2019-05-11", 4, 6),
  ev("Qalaat al-Madiq", "territory_gain", "Syrian government forces", "2019-05-13"),
  ev("Azaz", "explosion", "unknown", "2019-05-10", 5, 12),
  # "the western countryside of Aleppo city": no usable place (optional)
  ev("Aleppo", "explosion", "unknown", "2019-05-14", 5, None, optional=True)]))

R.append(("L30", "2019-08-07", """Afghan forces say 41 Taliban killed in operations in three provinces

KABUL, Aug 7 -- Afghan security forces killed 41 Taliban insurgents and wounded 15 in air strikes and ground operations in three provinces on Tuesday, the Ministry of Defence said in a statement on Wednesday.

Helmand: In Nad Ali district, an air strike by the Afghan Air Force targeted a gathering of Taliban insurgents in the Loy Bagh area, killing 14 insurgents and wounding six, the statement said. Two weapons caches were also destroyed.

Ghazni: In Andar district, army commandos clashed with Taliban fighters in the village of Sardeh, killing 11 insurgents and wounding nine. Two commandos were killed in the fighting.

Kunduz: In Khanabad district, the Taliban attacked a security outpost in the Aqtash area but were pushed back after a two-hour gunfight, the ministry said. Sixteen insurgents were killed and three soldiers were wounded.

Faryab: In Qaisar district, security forces found and defused 12 roadside bombs planted by the militants along the main road.

Taliban spokesman Zabihullah Mujahid said the group's fighters had overrun the Aqtash outpost and killed 19 soldiers, a claim the ministry rejected. He denied that any Taliban fighters had died in Nad Ali.

The claims by both sides could not be independently verified. Journalists have little access to the districts where the fighting took place.

The operations come as US and Taliban negotiators meet in Qatar for an eighth round of talks on a withdrawal of foreign troops.

The presidential election is due on Sept. 28, and the Taliban have warned Afghans not to take part.

Last year, the Taliban briefly overran the city of Ghazni in a five-day assault in which hundreds of people were killed.""",
 [ev("Nad Ali", "explosion", "Afghan security forces", "2019-08-06", 14, 6),
  ev("Sardeh", "battle", "Afghan security forces", "2019-08-06", 13, 9),
  ev("Aqtash", "battle", "Taliban", "2019-08-06", 16, 3),
  ev("Qaisar", "other", "Afghan security forces", "2019-08-06", optional=True)]))

R.append(("L31", "2020-03-02", """Mortar rounds hit Halane compound as army raids al-Shabaab base in Middle Juba

MOGADISHU (Local press) -- Several mortar shells fired by al-Shabaab militants landed inside the heavily fortified Halane base camp near Mogadishu's Aden Adde International Airport on Sunday evening, wounding four people, among them two foreign contractors, security sources told our reporter.

The shells were fired from the Hodan district at about 7 p.m. and at least one hit a container used as accommodation, the sources said. The United Nations mission in Somalia confirmed the attack and said staff had taken cover in bunkers.

Al-Shabaab claimed responsibility through its Andalus radio, saying it had targeted "the headquarters of the crusaders".

Separately, Somali army special forces raided an al-Shabaab base near the town of Jilib in Middle Juba region before dawn on Sunday, killing 13 militants, including a local commander, the Ministry of Information said in a statement. Two soldiers were wounded.

The militants said on their radio that their fighters had repelled the raid and killed many soldiers, a claim the government dismissed as propaganda.

In Baidoa, the capital of South West State, a suicide bomber blew himself up at a tea shop near the regional parliament on Saturday, killing four people and wounding 11, police said. Among the dead was a lawmaker's bodyguard.

Elsewhere, two soldiers were killed when their vehicle hit a landmine near Balad, 30 km north of the capital, on Saturday afternoon, a local elder said.

Al-Shabaab was driven out of Mogadishu in 2011 but still controls large parts of the countryside in the south and centre of the country.

In December, a truck bomb at a busy checkpoint in the capital killed more than 80 people, most of them students.

The African Union force, AMISOM, is due to start handing over security to Somali forces next year.""",
 [ev("Halane", "explosion", "al-Shabaab", "2020-03-01", None, 4),
  ev("Jilib", "battle", "Somali security forces", "2020-03-01", 13, 2),
  ev("Baidoa", "explosion", "unknown", "2020-02-29", 4, 11),
  ev("Balad", "explosion", "unknown", "2020-02-29", 2, None),
  ev("Mogadishu", "explosion", "unknown", None, 80, None, optional=True)]))

R.append(("L32", "2020-06-10", """Boko Haram kills eight herders near Gubio; suicide bomber kills eight in Konduga

MAIDUGURI -- Suspected Boko Haram insurgents on Tuesday killed eight herders and rustled hundreds of cattle in an attack on Kuwalla village, near Gubio in Borno State, local sources said.

The insurgents arrived on motorcycles at about 10 a.m., rounded up the herders who were grazing their animals near the village and shot them, a member of the Civilian Joint Task Force said. Two other herders escaped with gunshot wounds.

"They took more than 400 cows towards the Lake Chad shores," the CJTF member said.

In a separate incident on Tuesday evening, a female suicide bomber detonated her explosives at a mosque in Konduga, 35 kilometres south-east of Maiduguri, killing eight worshippers and wounding 12, the police said.

The police spokesman, Edet Okon, said the bomber had tried to enter the mosque during evening prayers but was stopped at the entrance.

The Nigerian Army said on Wednesday that troops had repelled an attack on their base in Monguno on Monday night, killing 17 insurgents. One soldier was killed and four others were wounded, the army said in a statement.

The Islamic State West Africa Province, a Boko Haram splinter group, said in a statement carried by its Amaq news agency that its fighters had attacked the Monguno base and killed several soldiers.

Both the Konduga and Gubio areas have been repeatedly attacked by the insurgents. In February, an attack on travellers at Auno, on the Maiduguri-Damaturu highway, killed at least 30 people.

The governor of Borno State, Babagana Zulum, condemned the attacks and urged residents to report suspicious movements to security agencies.

The insurgency, which began in 2009, has killed more than 30,000 people and displaced about two million in the northeast.""",
 [ev("Kuwalla", "attack_on_civilians", "Boko Haram", "2020-06-09", 8, 2),
  ev("Konduga", "explosion", "unknown", "2020-06-09", 8, 12),
  ev("Monguno", "battle", "Boko Haram", "2020-06-08", 18, 4),
  ev("Auno", "attack_on_civilians", "unknown", None, 30, None, optional=True)]))

R.append(("L33", "2021-05-25", """Burkina Faso: gunmen kill 14 in village in the east, army says 20 jihadists killed

OUAGADOUGOU, May 25 -- Gunmen killed 14 civilians in an attack on a village in eastern Burkina Faso on Sunday, the regional governor said on Tuesday, the latest in a wave of violence in the West African country.

The attackers raided the village of Kodyel in the Foutouri department of Komondjari province, shooting residents and setting fire to granaries, the governor said in a statement.

"The population is in shock. The attackers went from house to house," a resident who fled to the town of Gayeri said by telephone.

No group has claimed responsibility, but the area is a stronghold of fighters linked to al Qaeda and the Islamic State.

In the north of the country, an army patrol hit a roadside bomb near Djibo on Monday, killing four soldiers and wounding six, a security source said.

The army said in a separate statement that it had killed about 20 jihadists during operations in the Sahel region on Saturday and Sunday, without giving a precise location.

Elsewhere, unidentified gunmen shot dead a village chief and his son in Titao, in Loroum province, on Monday evening, local sources said.

Burkina Faso has been battling jihadist insurgents since 2015, when violence spilled over from neighbouring Mali. Thousands of people have been killed and more than one million have fled their homes.

On May 3, gunmen killed 30 people in an attack on the village of Tin-Akoff, in Oudalan province, according to the government.

The government has armed civilian volunteers to fight alongside the army, a policy that rights groups say has fuelled ethnic reprisals.""",
 [ev("Kodyel", "attack_on_civilians", "unknown", "2021-05-23", 14, None),
  ev("Djibo", "explosion", "unknown", "2021-05-24", 4, 6),
  ev("Sahel", "battle", "Burkinabe security forces", None, 20, None, optional=True),
  ev("Titao", "attack_on_civilians", "unknown", "2021-05-24", 2, None),
  ev("Tin-Akoff", "attack_on_civilians", "unknown", "2021-05-03", 30, None)]))

R.append(("L34", "2023-04-20", """LIVE: Sudan fighting enters sixth day despite truce calls

Live updates as clashes between the army and the Rapid Support Forces continue in Khartoum and Darfur. All times local.

17:10 - Summary
Fighting between the Sudanese army and the paramilitary Rapid Support Forces (RSF) continued in Khartoum for a sixth day on Thursday. The World Health Organization says at least 330 people have been killed and nearly 3,200 wounded since Saturday.

16:25 - Air strike in East Nile
Residents of the East Nile district of Khartoum North told us army jets struck RSF positions near the Al-Haj Yousif neighbourhood on Thursday afternoon. A local resistance committee said six civilians were killed when a strike hit a house.

The RSF said on its Twitter account that its fighters had shot down a fighter jet over East Nile. The army has not commented.

14:50 - Market shelled in Omdurman
The Sudan Doctors' Union says 11 civilians were killed and 27 wounded on Thursday when shells hit the Souq Libya market in Omdurman around midday. It did not say who fired the shells.

13:05 - RSF says it controls Kafouri
The RSF says in a statement that its forces have taken control of the army's base in the Kafouri area of Khartoum North. We have not been able to verify this.

11:30 - El Fasher
In North Darfur, clashes broke out in El Fasher on Wednesday evening between the army and the RSF, local medics said. At least nine people were killed, including five civilians.

09:45 - Evacuation plans
Several countries are preparing to evacuate their nationals from Khartoum, where the airport has been closed since Saturday. The United States said it was moving forces to Djibouti.

08:20 - Welcome
Good morning and welcome to our live coverage of the fighting in Sudan. Yesterday a 24-hour ceasefire announced by both sides collapsed within minutes.""",
 [ev("Al-Haj Yousif", "explosion", "Sudanese Armed Forces", "2023-04-20", 6, None),
  ev("Souq Libya", "explosion", "unknown", "2023-04-20", 11, 27),
  ev("Kafouri", "territory_gain", "Rapid Support Forces", None, optional=True),
  ev("El Fasher", "battle", "Sudanese Armed Forces", "2023-04-19", 9, None)]))

R.append(("L35", "2024-02-14", """North Kivu: M23 rebels seize Rubaya mining town; CODECO attack kills seven at Ituri displacement site

GOMA -- The M23 rebels took control of the mining town of Rubaya in Masisi territory on Tuesday after two days of fighting with the Congolese army (FARDC) and allied Wazalendo militias, local sources and civil society leaders said.

The rebels entered the town, known for its coltan mines, in the late morning after the FARDC withdrew towards Ngungu, a civil society leader in Masisi said. At least five Wazalendo fighters and three civilians were killed in the fighting, according to the local Red Cross.

The army spokesman in North Kivu said the FARDC had carried out a "tactical withdrawal" and that its drones had struck rebel positions around Rubaya, killing "dozens of terrorists", a claim that could not be verified.

In Ituri province, CODECO militiamen attacked a camp for displaced people at Lala in Djugu territory on Sunday night, killing seven civilians, among them four children, with machetes and firearms, the camp's president told our reporter. Nine huts were burned.

The UN mission, MONUSCO, said its peacekeepers based nearby had deployed to the camp and exchanged fire with the assailants, who fled into the forest.

Elsewhere in North Kivu, suspected ADF rebels killed five farmers in their fields near Oicha, in Beni territory, on Monday, the local administrator said. The bodies were found with their hands tied.

In all, at least 20 people were killed in eastern Congo between Sunday and Tuesday, according to a tally by the Kivu Security Tracker.

The M23, which Kinshasa and UN experts say is backed by Rwanda, has seized large parts of Rutshuru and Masisi territories since resuming its offensive in late 2021. In November 2012 the group briefly occupied Goma.

More than 7 million people are displaced in Congo, most of them in the east, according to the International Organization for Migration.""",
 [ev("Rubaya", "territory_gain", "M23", "2024-02-13", 8, None),
  ev("Rubaya", "explosion", "Congolese security forces", None, optional=True),
  ev("Lala", "attack_on_civilians", "CODECO", "2024-02-11", 7, None),
  ev("Oicha", "attack_on_civilians", "ADF", "2024-02-12", 5, None)]))

R.append(("L36", "2023-05-10", """Junta airstrike kills 11 at village school in Sagaing; resistance ambush kills police in Magway

A junta airstrike on a village school in Sagaing Region's Kani Township killed 11 people, including seven students, on Monday morning, residents and a local resistance group said.

A fighter jet dropped two bombs on the school compound in Nyaung Pin Thar village at about 10 a.m., while classes were under way, a teacher who survived said. Fourteen people were wounded.

"We had no time to run. The second bomb fell on the classroom where the youngest children were," she said.

The military council's spokesman said in a statement on state television on Tuesday that the air force had struck a "training camp of PDF terrorists" in the area and denied that civilians had been targeted.

The village is controlled by local People's Defense Forces and has been attacked repeatedly by troops from the nearby Monywa garrison.

Also on Monday, in neighbouring Magway Region, resistance fighters ambushed a police convoy on the Pakokku-Myaing road, killing six police officers and capturing weapons, the Yaw Defense Force said. The group said two of its fighters were wounded.

On Sunday, a landmine explosion near Hpruso in Kayah State killed two soldiers, the Karenni Nationalities Defense Force said. The group said it had planted the mine.

In March, junta troops killed at least 28 people in a village in Pinlaung Township, Shan State, according to the resistance.

According to the Assistance Association for Political Prisoners, more than 3,400 people have been killed by the junta since the coup in February 2021.""",
 [ev("Nyaung Pin Thar", "explosion", "Myanmar security forces", "2023-05-08", 11, 14),
  ev("Myaing", "battle", "Yaw Defense Force", "2023-05-08", 6, 2),
  ev("Hpruso", "explosion", "Karenni Nationalities Defense Force", "2023-05-07", 2, None),
  ev("Pinlaung", "attack_on_civilians", "Myanmar security forces", None, 28, None, optional=True)]))

R.append(("L37", "2023-03-15", """Russian attacks kill five civilians in three regions, Ukrainian officials say

KYIV, March 15 -- Russian missile, artillery and drone attacks killed at least five civilians and wounded 14 in Ukraine on Tuesday, regional governors said on Wednesday.

Regional reports:

- Donetsk region: a Russian missile hit a five-storey apartment block in the centre of Kramatorsk on Tuesday afternoon, killing two people and wounding nine, the governor said on Telegram. Rescuers were still searching the rubble.
- Kharkiv region: Russian artillery shelled the town of Kupiansk on Tuesday morning, killing a 67-year-old woman, the governor said.
- Kherson region: a Russian drone dropped explosives on a bus stop in the Dniprovskyi district of Kherson city on Tuesday, killing two men and wounding three, the regional military administration said.
- Zaporizhzhia region: guided bombs hit the village of Stepnohirsk on Tuesday evening, wounding two people.

The Russian Defence Ministry said its forces had struck "a temporary deployment point of Ukrainian nationalist units" in Kramatorsk, killing up to 40 servicemen. City officials said no military facilities were in the building.

Meanwhile, Ukraine's General Staff said its forces had repelled more than 90 Russian attacks near Bakhmut, Avdiivka and Marinka over the past day.

The head of the Wagner group said his fighters had captured the village of Orikhovo-Vasylivka north of Bakhmut on Tuesday. The Ukrainian military said fighting for the village was continuing.

Russia launched its full-scale invasion of Ukraine in February 2022. The United Nations has confirmed more than 8,000 civilian deaths since then, and says the real figure is likely to be considerably higher.""",
 [ev("Kramatorsk", "explosion", "Russian armed forces", "2023-03-14", 2, 9),
  ev("Kupiansk", "explosion", "Russian armed forces", "2023-03-14", 1, None),
  ev("Dniprovskyi", "explosion", "Russian armed forces", "2023-03-14", 2, 3),
  ev("Stepnohirsk", "explosion", "Russian armed forces", "2023-03-14", None, 2),
  ev("Bakhmut", "battle", "Russian armed forces", None, optional=True),
  ev("Orikhovo-Vasylivka", "territory_gain", "Wagner Group", "2023-03-14")]))

R.append(("L38", "2022-01-19", """Houthi missile kills nine at Marib army camp; coalition strikes hit Saada

ADEN, Jan 19 -- A ballistic missile fired by Yemen's Houthi movement struck a mosque inside the Kofal military camp west of the central city of Marib during noon prayers on Tuesday, killing nine soldiers and wounding 17, military officials said.

The officials, who spoke on condition of anonymity, said the missile was launched from Houthi-held areas in the neighbouring province of al-Bayda.

The Houthis did not comment. The group, which controls the capital Sanaa, has been trying to seize Marib, the government's last stronghold in the north, since early 2021.

Later on Tuesday, Saudi-led coalition jets struck targets in the Sahar district of Saada province. The Houthi-run Al Masirah TV said four civilians, among them two children, were killed when a strike hit a fuel station in the Al-Talh market area.

The coalition said in a statement carried by Saudi state media that its air force had destroyed "a Houthi drone workshop" in Saada and that it had taken measures to spare civilians.

Separately, government forces backed by the Giants Brigades said they had recaptured the Harib district in southern Marib province on Monday. At least 12 Houthi fighters were killed in the fighting, a commander said.

In Taiz, a sniper shot dead a 10-year-old girl in the Al-Jahmaliya neighbourhood on Monday, a local rights group said, blaming the Houthis.

On Monday, a Houthi drone attack on Abu Dhabi killed three people, prompting the coalition to promise retaliation.

The war, which pits the Iran-aligned Houthis against a government backed by a Saudi-led coalition, has killed tens of thousands of people and pushed millions to the brink of famine.""",
 [ev("Kofal", "explosion", "Houthis", "2022-01-18", 9, 17),
  ev("Al-Talh", "explosion", "Saudi-led coalition", "2022-01-18", 4, None),
  ev("Harib", "territory_gain", "Yemeni government forces", "2022-01-17", 12, None),
  ev("Al-Jahmaliya", "attack_on_civilians", "Houthis", "2022-01-17", 1, None),
  ev("Abu Dhabi", "explosion", "Houthis", "2022-01-17", 3, None)]))

R.append(("L39", "2022-07-06", """Gunmen kill seven at Celaya bar; shootout in Michoacan leaves four dead

CELAYA, Guanajuato -- Armed men burst into a bar in the Las Insurgentes neighbourhood of Celaya late on Monday and opened fire on customers, killing seven people, including two women, and wounding three, the state prosecutor's office said on Tuesday.

Witnesses said about six attackers arrived in two vans, fired dozens of rounds and fled before police arrived. Investigators recovered more than 80 shell casings at the scene.

The prosecutor's office did not say who was behind the attack. Celaya has been the scene of a long turf war between the Santa Rosa de Lima Cartel and the Jalisco New Generation Cartel (CJNG) over fuel theft and drug sales.

In neighbouring Salvatierra, gunmen killed three municipal police officers at a checkpoint on Tuesday morning, the municipal government said.

In Michoacan, soldiers clashed with CJNG gunmen near Aguililla on Monday afternoon. Four gunmen were killed and one soldier was wounded, the Defence Ministry said in a statement. Troops seized rifles and a vehicle fitted with armour plates.

Also in Guanajuato, police found the bodies of five men wrapped in blankets on a road on the outskirts of Irapuato on Tuesday.

Guanajuato has been Mexico's most violent state for the past four years. Last month, 11 people were killed at a party in Valle de Santiago.

The governor said the state would ask the federal government for more National Guard troops.""",
 [ev("Las Insurgentes", "attack_on_civilians", "unknown", "2022-07-04", 7, 3),
  ev("Salvatierra", "battle", "unknown", "2022-07-05", 3, None),
  ev("Aguililla", "battle", "Mexican security forces", "2022-07-04", 4, 1),
  ev("Irapuato", "attack_on_civilians", "unknown", None, 5, None, optional=True),
  ev("Valle de Santiago", "attack_on_civilians", "unknown", None, 11, None, optional=True)]))

R.append(("L40", "2020-02-20", """Iraqi jets pound IS hideouts south of Kirkuk as militants attack PMF near Tarmiyah

BAGHDAD (Local press) -- Iraqi F-16 jets struck Islamic State hideouts in the Wadi al-Shay valley south of Kirkuk on Wednesday, killing five militants, the Security Media Cell said in a statement.

The strikes destroyed two caves and a tunnel used by the militants to store weapons and food, the statement said.

North of Baghdad, Islamic State militants attacked a position of the Popular Mobilization Forces near Tarmiyah on Wednesday night, killing two PMF fighters and wounding three, a PMF spokesman said.

Islamic State said through its Amaq news agency that its fighters had killed five members of the militia in the Tarmiyah attack.

In Diyala, a roadside bomb exploded near a vehicle carrying farmers in the Abu Saida area, east of Baquba, on Thursday morning, wounding four, police said.

Meanwhile, security forces arrested three suspected Islamic State members in a raid on a house in the al-Askari neighbourhood of Mosul on Wednesday, Nineveh police said.

Iraq declared victory over Islamic State in December 2017, but the group's remnants still carry out hit-and-run attacks in the rugged areas between Kirkuk, Salahuddin and Diyala.

Last week, the US-led coalition said it had carried out 14 air strikes on militant positions in the Makhmour mountains.

The PMF, a state-sanctioned umbrella of mostly Shi'ite armed groups, holds positions across the north of the country.""",
 [ev("Wadi al-Shay", "explosion", "Iraqi Security Forces", "2020-02-19", 5, None),
  ev("Tarmiyah", "battle", "Islamic State", "2020-02-19", 2, 3),
  ev("Abu Saida", "explosion", "unknown", "2020-02-20", None, 4),
  ev("al-Askari", "arrest", "Iraqi Security Forces", "2020-02-19"),
  ev("Makhmour", "explosion", "US-led coalition", None, optional=True)]))

R.append(("L41", "2021-03-22", """Russian air strikes kill six in Idlib village; car bomb kills six in Afrin

BEIRUT, March 22 -- Russian warplanes struck the village of Bara in Idlib's Jabal al-Zawiya area on Sunday, killing six civilians, among them three children, the Syrian Observatory for Human Rights said.

Rescue workers said they had pulled the bodies of the six from the rubble of two houses and that eight other people were injured.

Russia's Defence Ministry said its aircraft had hit "a terrorist ammunition depot" near Bara and denied hitting residential areas.

In the northern town of Afrin, held by Turkish-backed rebels, a car bomb exploded near a bus station on Sunday, killing six people and wounding 15, the Observatory and local medics said. No group claimed the attack, which Turkey blamed on Kurdish YPG militants.

In the east, Islamic State militants ambushed a bus carrying soldiers on the desert road near al-Shoula in Deir ez-Zor province on Saturday, killing nine soldiers and pro-government militiamen, state news agency SANA said.

Government forces and allied militias shelled the rebel-held town of Kafr Nouran in western Aleppo on Sunday, killing two civilians, medics said.

A ceasefire brokered by Russia and Turkey in March 2020 has largely held in the northwest, although air strikes and shelling have continued.

The war, now in its 11th year, has killed hundreds of thousands of people and displaced half of the country's pre-war population.""",
 [ev("Bara", "explosion", "Russian armed forces", "2021-03-21", 6, 8),
  ev("Afrin", "explosion", "unknown", "2021-03-21", 6, 15),
  ev("al-Shoula", "battle", "Islamic State", "2021-03-20", 9, None),
  ev("Kafr Nouran", "explosion", "Syrian government forces", "2021-03-21", 2, None)]))

# L42-L65: genres the series used least (army and armed-group communiques with
# lists of claimed operations, human-rights paragraphs, court, anniversary and
# funeral pieces, analysis, reaction-led articles, ceasefire violations traded by
# both sides, a deadly protest, a kidnapping told at the release, a prison break,
# mines after the fighting, two attacks in one town vs one attack retold, sport and
# election stories with an incident in passing), from the Sahel, the Great Lakes,
# the Horn, Myanmar, South Asia, Latin America, the Middle East and Ukraine.

R.append(("L42", "2023-03-08", """Burkina army says 56 terrorists neutralised in five days of operations

OUAGADOUGOU, March 8 -- The General Staff of the Armies issued the following communique on Wednesday on operations conducted by the armed forces and the Volunteers for the Defence of the Homeland (VDP) between 3 and 7 March.

- On 3 March, a unit of the Djibo operational detachment repelled an attack by armed terrorist groups on its positions at Mentao. Twenty-three terrorists were neutralised and a large quantity of weapons was recovered. Two soldiers lost their lives and five others were wounded.

- On 4 March, air assets struck a terrorist logistics base near Tin-Akoff in Oudalan province, destroying several motorcycles and neutralising about fifteen terrorists.

- On 5 March, a reconnaissance mission fell into an ambush near Seytenga. The vigorous response of the troops made it possible to neutralise 11 assailants. Four VDP died in the action.

- On 6 March, VDP units supported by the army intercepted a group of terrorists preparing to attack the village of Dablo and neutralised seven of them.

- On 7 March, a joint patrol discovered and destroyed an improvised explosive device on the road between Barsalogho and Foube.

The General Staff salutes the memory of the fallen and wishes a swift recovery to the wounded.

The population is invited to report any suspicious movement to the nearest security services.

Separately, residents told AFP that suspected jihadists had killed at least 12 civilians in the village of Aorema, near Ouahigouya, on Monday. The army has not commented on that attack.

Jihadist violence has killed more than 10,000 people in Burkina Faso since 2015 and forced about two million from their homes.""",
 [ev("Mentao", "battle", "unknown", "2023-03-03", 25, 5),
  ev("Tin-Akoff", "explosion", "Burkinabe armed forces", "2023-03-04", 15, None),
  ev("Seytenga", "battle", "unknown", "2023-03-05", 15, None),
  ev("Dablo", "battle", "Burkinabe armed forces", "2023-03-06", 7, None),
  ev("Foube", "other", "Burkinabe armed forces", "2023-03-07", optional=True),
  ev("Aorema", "attack_on_civilians", "unknown", "2023-03-06", 12, None)]))

R.append(("L43", "2023-06-20", """Myanmar: villagers executed and homes burned in Sagaing, rights group says

BANGKOK, June 20 -- Myanmar soldiers executed villagers, used civilians as human shields and burned hundreds of homes in Sagaing region over the past month, a human rights group said in a report published on Tuesday.

The report, based on interviews with 38 witnesses and survivors, documents abuses in four townships between mid-May and mid-June.

On May 23, soldiers from a light infantry battalion entered the village of Nyaung Yin in Kani township, rounded up residents and shot dead nine men, among them a 70-year-old farmer, according to two witnesses quoted in the report.

On June 2, troops advancing along the Chindwin river set fire to about 200 houses in the village of Thayet Taw in Yinmabin township. Residents had fled before the soldiers arrived and no one was killed, the report said.

On June 9, an army helicopter fired on the village of Kyauk Pyin in Depayin township, killing a woman and her two children and wounding four other villagers.

The group also documented the killing of 17 villagers in Tar Taing in Myinmu township in January, which it said had never been investigated.

"The military treats every village as an enemy position," the group's Asia director said.

A junta spokesman rejected the report as "fabricated" and said troops were fighting "terrorists" of the People's Defence Forces.

More than 1.5 million people have been displaced inside Myanmar since the military seized power in February 2021, according to the United Nations.""",
 [ev("Nyaung Yin", "attack_on_civilians", "Myanmar military", "2023-05-23", 9, None),
  ev("Thayet Taw", "other", "Myanmar military", "2023-06-02", 0, None, optional=True),
  ev("Kyauk Pyin", "explosion", "Myanmar military", "2023-06-09", 3, 4)]))

R.append(("L44", "2024-02-13", """Kenyan court jails two men over 2019 Nairobi hotel siege

NAIROBI, Feb 13 -- A Kenyan court on Tuesday sentenced two men to 41 years in prison each for helping the al-Shabaab militants who attacked a hotel and office complex in Nairobi in January 2019.

Magistrate Diana Mochache said the men had rented a house for the attackers and moved money used to buy weapons.

Twenty-one people were killed when five gunmen stormed the DusitD2 complex on Riverside Drive, setting off explosions and firing on workers during a siege that lasted nearly 20 hours.

All five attackers were killed by security forces.

A third defendant was acquitted for lack of evidence.

Defence lawyers said they would appeal.

"Today the victims' families have seen justice done, even if it came late," a prosecutor told reporters outside the Milimani law courts.

Kenya has suffered several attacks by the Somali-based group since it sent troops into Somalia in 2011, including the 2013 siege of the Westgate mall and the 2015 attack on Garissa University in which 148 people died.""",
 []))

R.append(("L45", "2023-04-08", """Kramatorsk mourns victims a year after station missile strike

KRAMATORSK, Ukraine, April 8 -- Hundreds of people laid flowers and toys at the railway station in Kramatorsk on Saturday, a year after a Russian missile struck a crowd of people waiting to be evacuated.

Sixty-one people were killed and more than 100 wounded in the strike on April 8, 2022, when thousands were trying to leave the eastern city ahead of an expected Russian offensive.

Fragments of the missile bore the words "for the children" painted in Russian.

At noon, a priest read the names of the dead as relatives wept.

"My daughter and granddaughter were standing by the kiosk. I find them there every night in my dreams," said Lyudmila, 64.

The station, repaired last summer, now has a memorial wall with photographs of the victims.

Air-raid sirens sounded twice during the ceremony, but no strikes were reported in the city.

Kramatorsk lies about 25 kilometres from the front line and has been hit repeatedly by Russian missiles since the start of the invasion.

Regional governor Pavlo Kyrylenko urged residents who remained in the region to leave.""",
 []))

R.append(("L46", "2023-09-14", """ANALYSIS: Mali's north slides back into war as UN peacekeepers pack up

BAMAKO, Sept 14 -- When the United Nations Security Council ended its peacekeeping mission in Mali in June, diplomats warned that the departure could reopen old fault lines in the north. Three months later, the warning looks prescient.

The 2015 Algiers peace agreement between the government and the mostly Tuareg rebels of the Coordination of Azawad Movements (CMA) had kept the main armed groups apart for eight years, even as jihadists expanded across the centre of the country.

That truce has now all but collapsed. On Tuesday, CMA fighters attacked an army camp at Bourem, in Gao region, and the army said 10 soldiers and 46 rebels had been killed in the fighting.

The rebels claimed to have seized the camp, a claim the army denied.

The handover of UN bases has become the flashpoint. Both the army and the rebels claim the camps that the peacekeepers are leaving in the north, and the army has moved troops north to take them over.

In August, the army and its Russian allies from the Wagner group fought rebels near Ber after the UN left the town early.

Jihadists have exploited the rivalry. Last week, an al-Qaeda-linked group attacked a passenger boat on the Niger river and an army base nearby, in attacks the government said killed 49 civilians and 15 soldiers.

"Everyone is positioning for what comes after MINUSMA," said a Western diplomat in Bamako. "The peace agreement exists only on paper."

The junta, which took power in coups in 2020 and 2021, has vowed to restore state authority over the whole territory.

Analysts say the army, stretched thin and reliant on Wagner, may struggle to hold the northern towns once the last peacekeepers leave Kidal, expected by the end of the year.""",
 [ev("Bourem", "battle", "Coordination of Azawad Movements", "2023-09-12", 56, None),
  ev("Niger river", "attack_on_civilians", "JNIM", None, 64, None, optional=True),
  ev("Ber", "battle", "Malian armed forces", None, optional=True)]))

R.append(("L47", "2023-07-18", """Sharif vows justice after militants storm police compound in northwest Pakistan

ISLAMABAD, July 18 -- Prime Minister Shehbaz Sharif on Tuesday condemned what he called a "cowardly and barbaric attack" on the police in the northwest and vowed that those responsible would be hunted down.

"The nation stands with its brave martyrs. Terrorists will not be allowed to reverse the gains of the past decade," Sharif said in a statement issued by his office.

Opposition leaders and the governor of Khyber Pakhtunkhwa province also condemned the violence, and the army chief chaired a meeting of corps commanders on security in the region.

Militants armed with grenades and assault rifles stormed a police compound in the town of Bannu late on Monday, killing four policemen and wounding seven, a police spokesman said. Two of the attackers were shot dead in a gunfight that lasted about two hours.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed the attack in a message to journalists.

Hours earlier, a roadside bomb struck a police van in the Bara area of Khyber district, wounding three officers, officials said. No one claimed that blast.

Violence has surged in the northwest since the TTP ended a ceasefire with the government in November.

In January, a suicide bomber killed more than 80 people, most of them policemen, at a mosque inside the police headquarters in Peshawar.

The provincial government announced compensation for the families of the dead policemen.""",
 [ev("Bannu", "battle", "Tehrik-i-Taliban Pakistan", "2023-07-17", 6, 7),
  ev("Bara", "explosion", "unknown", "2023-07-17", None, 3)]))

R.append(("L48", "2022-11-03", """India and Pakistan trade blame after firing across Kashmir frontier kills three

SRINAGAR/ISLAMABAD, Nov 3 -- India and Pakistan accused each other on Thursday of violating their ceasefire along the disputed Kashmir frontier, after firing on both sides of the Line of Control killed a soldier and two civilians.

The Indian army said Pakistani troops opened fire with small arms and mortars on Indian posts in the Krishna Ghati sector of Poonch district on Wednesday evening, killing one soldier and wounding two.

"Our troops responded effectively," an army spokesman in Jammu said, adding that the firing lasted about three hours.

Pakistan's military said unprovoked Indian firing on the same evening hit the village of Khuiratta in Kotli district, on its side of the line, killing two civilians, a man and his teenage son, and wounding four others.

"Pakistan Army troops responded befittingly and targeted the Indian posts which initiated the fire," the Inter-Services Public Relations said in a statement.

It was the first deadly exchange since the two militaries recommitted to a 2003 ceasefire in February 2021.

Residents of Khuiratta said shells had landed near a school and a mosque, and that dozens of families had spent the night in bunkers.

In Poonch, authorities closed schools near the frontier on Thursday.

The nuclear-armed neighbours have fought two of their three wars over Kashmir, which both claim in full.""",
 [ev("Krishna Ghati", "battle", "Pakistani armed forces", "2022-11-02", 1, 2),
  ev("Khuiratta", "explosion", "Indian armed forces", "2022-11-02", 2, 4)]))

R.append(("L49", "2023-01-10", """Peru: 17 killed as protesters clash with police at Juliaca airport

LIMA, Jan 10 -- At least 17 people were killed in clashes between protesters and security forces in the southern Peruvian city of Juliaca, the deadliest day of unrest since former President Pedro Castillo was ousted last month, officials said on Tuesday.

The clashes broke out on Monday afternoon when several thousand demonstrators tried to storm the city's airport, the Ombudsman's office said. Police fired tear gas and, according to witnesses, live rounds.

Most of the dead had gunshot wounds, the health ministry's regional office said. One of them was a 17-year-old boy. More than 60 people were treated in hospital for injuries.

A policeman was later beaten to death by a crowd after his patrol car was set on fire near the city centre on Monday night, police said.

The government of President Dina Boluarte declared a day of national mourning and said it would open an investigation.

Prime Minister Alberto Otarola blamed "violent groups" and said the police had acted to protect the airport.

Protesters demand Boluarte's resignation, new elections and Castillo's release from pre-trial detention.

The protests have been strongest in the mostly indigenous south. In December, about 20 people were killed in earlier clashes, including in Ayacucho.

Human rights groups called for the use of firearms against demonstrators to stop immediately.""",
 [ev("Juliaca", "other", "Peruvian police", "2023-01-09", 17, 60),
  ev("Juliaca", "other", "unknown", "2023-01-09", 1, None),
  ev("Ayacucho", "other", "Peruvian police", None, 20, None, optional=True)]))

R.append(("L50", "2024-03-24", """Kidnapped Kuriga schoolchildren freed after two weeks in captivity

KADUNA, Nigeria, March 24 -- More than 130 pupils kidnapped by gunmen from a school in northwestern Nigeria earlier this month have been freed, the Kaduna state governor said on Sunday.

Governor Uba Sani said the children and teachers were released unharmed and were being taken to the state capital for medical checks. He did not say whether a ransom had been paid.

Gunmen on motorcycles surrounded the school in Kuriga, in Chikun local government area, at about 8 a.m. on March 7, shortly after the pupils had gathered for morning assembly, and marched them into the bush.

A teacher who escaped said the attackers, numbering more than 100, fired into the air and shot dead one man who tried to stop them.

The army said troops had traced the group to forests in neighbouring Zamfara state. "The operation was conducted without a shot being fired," a military spokesman said.

Relatives in Kuriga sang and danced when the news arrived.

Armed gangs known locally as bandits have kidnapped thousands of people for ransom in northwestern Nigeria since 2020, including students from Chibok in 2014 and Kankara in 2020.

Two days after the Kuriga abduction, gunmen seized 15 pupils from an Islamic school in Gidan Bakuso in neighbouring Sokoto state. Those children were also freed on Friday, the Sokoto government said.""",
 [ev("Kuriga", "other", "unknown", "2024-03-07", 1, None),
  ev("Gidan Bakuso", "other", "unknown", "2024-03-09", None, None)]))

R.append(("L51", "2023-05-02", """Hundreds escape as gunmen attack prison in eastern Congo

BENI, Democratic Republic of Congo, May 2 -- Gunmen attacked a prison in the eastern Congolese city of Butembo early on Tuesday, freeing hundreds of inmates and killing two guards, the local mayor said.

The attackers, who arrived in several groups at about 3 a.m., blew open the main gate of the Kakwangura central prison with explosives and exchanged fire with guards and police for about an hour, mayor Roger Mowa said.

"Out of 870 inmates, only about 90 are still here," Mowa told reporters. Three of the attackers were also killed, he said.

Police spokesman said 41 escapees had been recaptured by Tuesday afternoon.

The army blamed the Allied Democratic Forces (ADF), a Ugandan-led armed group that has pledged allegiance to Islamic State and which had members in the prison.

It was the third mass jailbreak in North Kivu in three years. In 2020, about 1,300 inmates escaped from Kangbayi prison in Beni after an attack claimed by Islamic State.

Residents of Butembo stayed indoors for most of the day as soldiers searched houses.

In a separate incident on Monday, suspected ADF fighters killed six farmers in their fields near the village of Mamove, in Beni territory, local civil society leaders said.

The ADF has killed thousands of civilians in North Kivu and Ituri since 2014.""",
 [ev("Butembo", "battle", "Allied Democratic Forces", "2023-05-02", 5, None),
  ev("Mamove", "attack_on_civilians", "Allied Democratic Forces", "2023-05-01", 6, None)]))

R.append(("L52", "2022-10-05", """Farmer killed by mine in retaken Kharkiv village as deminers race to clear fields

BALAKLIIA, Ukraine, Oct 5 -- A farmer was killed and his son wounded when their tractor hit an anti-tank mine in a field near the village of Verbivka on Tuesday, less than a month after Ukrainian forces recaptured the area, the regional police said.

The 56-year-old man was harvesting sunflowers the family had been unable to gather during six months of Russian occupation.

On Monday, two boys aged 11 and 13 were wounded when an unexploded shell they had picked up in a yard in the town of Balakliia went off, police said. One of them lost a hand.

Ukraine's emergency service said its teams had removed more than 2,000 explosive items in the Balakliia and Izium districts since the counter-offensive in September.

"The Russians left mines in gardens, in doorways, even in toys," said a deminer, who gave his first name as Oleksandr.

Large areas of farmland in the east remain closed. The government estimates that about 170,000 square kilometres of Ukrainian territory may be contaminated.

Fighting has moved east towards the Oskil river and the town of Kupiansk, which Ukrainian forces took last month.

Regional governor Oleh Syniehubov urged residents not to enter fields or forests until they had been checked.""",
 [ev("Verbivka", "explosion", "unknown", "2022-10-04", 1, 1),
  ev("Balakliia", "explosion", "unknown", "2022-10-03", None, 2)]))

R.append(("L53", "2023-10-30", """Two attacks in one day kill 11 in central Somali town of Beledweyne

MOGADISHU, Oct 30 -- A car bomb at a military checkpoint and a grenade attack on a market hours later killed 11 people in the central Somali town of Beledweyne on Monday, officials said.

In the first attack, a suicide bomber drove a car packed with explosives into a checkpoint at the southern entrance of the town at about 8 a.m., killing six soldiers and two civilians, district commissioner Mohamed Abdi said. Nine people were wounded.

In the evening, an unidentified man threw a grenade into a crowd at the town's main livestock market, killing three traders and wounding five, police said.

Al-Shabaab claimed the checkpoint bombing in a statement on a website linked to the group, but there was no claim for the market attack.

Beledweyne, the capital of Hiiraan region, is a base for government forces and clan militias fighting al-Shabaab in central Somalia.

"The enemy wants to show it can still strike inside the towns we liberated," the regional governor said.

In February 2023, a suicide car bomb at the same checkpoint killed 12 people.

The government launched an offensive against the group last year with the support of African Union troops and US air strikes.""",
 [ev("Beledweyne", "explosion", "al-Shabaab", "2023-10-30", 8, 9),
  ev("Beledweyne", "explosion", "unknown", "2023-10-30", 3, 5)]))

R.append(("L54", "2022-12-16", """Car bomb kills eight at Azaz market in northern Syria

AZAZ, Syria, Dec 16 -- A car bomb exploded in a crowded market in the northern Syrian town of Azaz on Friday, killing at least eight people, a war monitor said.

The blast tore through the vegetable market shortly before midday prayers, the Syrian Observatory for Human Rights said, setting shops and cars on fire.

The Syrian Civil Defence, known as the White Helmets, said its teams had recovered the bodies of eight people, among them two children, and taken 23 injured people to hospitals in Azaz and Kilis across the Turkish border.

"I was buying tomatoes when the ground shook. Then there was fire everywhere," said Abu Ahmad, a 50-year-old shopkeeper who was cut by flying glass.

The explosion in Azaz was the deadliest in the town since the spring, the monitor said. Local officials of the Turkish-backed opposition blamed Kurdish militants of the YPG. No group claimed responsibility.

By the evening, the toll from the market bombing had risen to nine, the Observatory said, after one of the wounded died in hospital.

Azaz is held by Turkish-backed rebel factions and lies near the Bab al-Salama crossing with Turkey.

Bombings have repeatedly hit towns in the area controlled by Turkey and its allies since Ankara launched its first military operation in northern Syria in 2016.""",
 [ev("Azaz", "explosion", "unknown", "2022-12-16", 8, 23, killed_high=9)]))

R.append(("L55", "2023-11-24", """Air Force edge Zawraa in Baghdad derby to go top

BAGHDAD, Nov 24 -- Al-Quwa Al-Jawiya beat Al-Zawraa 2-1 in front of 30,000 fans at Al-Shaab Stadium on Thursday to go top of the Iraq Stars League.

Striker Aymen Hussein opened the scoring with a header in the 23rd minute and Mohanad Ali doubled the lead from the penalty spot after the break.

Zawraa pulled one back through a free kick in stoppage time, but could not find an equaliser.

Security around the stadium was tight after a roadside bomb killed two soldiers and wounded three near Tarmiyah, north of the capital, on Wednesday. Security officials blamed Islamic State remnants for the blast.

Fans were searched at three checkpoints before entering the ground, and the match kicked off 20 minutes late.

"The supporters were fantastic. This win is for them," Air Force coach Ayoub Odisho told reporters.

Air Force have 22 points from nine games, one ahead of Al-Shorta, who play Naft Al-Basra on Saturday.

Zawraa drop to fourth.""",
 [ev("Tarmiyah", "explosion", "Islamic State", "2023-11-22", 2, 3)]))

R.append(("L56", "2024-02-09", """Pakistan vote count drags on as independents backed by Khan take early lead

ISLAMABAD, Feb 9 -- Independent candidates backed by jailed former prime minister Imran Khan took an early lead in Pakistan's general election on Friday, partial results showed, as counting continued amid complaints of delays.

The Election Commission had declared results for 98 of the 265 contested National Assembly seats by Friday afternoon, well behind schedule.

Khan's Pakistan Tehreek-e-Insaf (PTI) said its candidates were being "robbed" and called on supporters to gather peacefully outside returning officers' offices.

The caretaker government suspended mobile phone services across the country on polling day, citing security.

Voting on Thursday was marred by violence in the northwest, where a bomb hit a police van in Kulachi in Dera Ismail Khan district, killing five policemen and wounding two. A grenade thrown at a polling station in Kharan, in Balochistan, wounded three voters.

On Wednesday, the eve of the vote, a bomb outside an independent candidate's office in Pishin killed 17 people and another at a party office in Qila Saifullah killed 11. Islamic State claimed both blasts.

Former prime minister Nawaz Sharif, whose party had been seen as the favourite, told supporters in Lahore that his party would be the largest in parliament.

Turnout was estimated at about 47 percent, lower than in 2018.

Analysts said no party was likely to win a majority, pointing to weeks of coalition talks.""",
 [ev("Kulachi", "explosion", "unknown", "2024-02-08", 5, 2),
  ev("Kharan", "explosion", "unknown", "2024-02-08", None, 3),
  ev("Pishin", "explosion", "Islamic State", "2024-02-07", 17, None),
  ev("Qila Saifullah", "explosion", "Islamic State", "2024-02-07", 11, None)]))

R.append(("L57", "2023-08-31", """Drone strike kills 12 in Ethiopia's Amhara as Fano fighters seize town

ADDIS ABABA, Aug 31 -- A drone strike killed at least 12 people in a town square in Ethiopia's Amhara region, witnesses and health workers said, as fighting between the federal army and local Fano militiamen spread to new areas.

The strike hit the main square of the town of Bure on Tuesday afternoon as people gathered near a bus station, two residents told Reuters by phone. A nurse at the town's hospital said 12 bodies had been brought in and about 20 people were being treated for wounds.

The government has not commented on the strike. The military has previously denied targeting civilians.

On Monday, Fano fighters took control of the town of Mota after overnight fighting with federal troops, residents said. Federal forces withdrew towards Bahir Dar, they said.

Internet access has been cut across Amhara since early August, making reports difficult to verify.

The government declared a six-month state of emergency in the region on Aug. 4 after the militiamen briefly took over the towns of Gondar and Lalibela.

Fano, a loose network of local militias, fought alongside federal forces in the two-year war in neighbouring Tigray, which ended with a truce in November 2022.

The militias turned against the government after it announced plans in April to integrate regional forces into the army and police.

The United Nations human rights office said this month that at least 183 people had been killed in the region in July alone.""",
 [ev("Bure", "explosion", "Ethiopian armed forces", "2023-08-29", 12, 20),
  ev("Mota", "territory_gain", "Fano", "2023-08-28"),
  ev("Gondar", "territory_gain", "Fano", None, optional=True),
  ev("Lalibela", "territory_gain", "Fano", None, optional=True)]))

R.append(("L58", "2024-02-27", """M23 shells outskirts of Sake as fighting nears Goma

GOMA, Democratic Republic of Congo, Feb 27 -- Shells fired by M23 rebels killed four civilians on the outskirts of the town of Sake on Monday, local authorities said, as the rebels pressed their offensive towards Goma, the capital of North Kivu.

The bombs landed in the Kimoka neighbourhood, where thousands of displaced people have been sheltering in schools and churches, said Sake's civil society coordinator.

The Congolese army said it had repelled an M23 attack on its positions in the hills above Mubambiro on Sunday and that "several terrorists" had been killed. The rebels said they had inflicted heavy losses on the army.

On Saturday, a mortar bomb hit the Zaina displacement camp on the western edge of Goma, killing two children and wounding five people, the medical charity MSF said. It was not clear who fired it.

Sake, about 25 km west of Goma, controls the last main road into the city that is not in rebel hands.

Congo, the United Nations and Western countries accuse Rwanda of backing M23 with troops and weapons. Rwanda denies it.

The rebels have seized large parts of North Kivu since resuming their insurgency in late 2021.

More than 135,000 people have fled the fighting around Sake this month, according to the UN.""",
 [ev("Sake", "explosion", "M23", "2024-02-26", 4, None),
  ev("Mubambiro", "battle", "M23", "2024-02-25", None, None),
  ev("Zaina", "explosion", "unknown", "2024-02-24", 2, 5)]))

R.append(("L59", "2023-11-14", """Myanmar resistance fighters capture Kawlin; junta jets bomb town

YANGON, Nov 14 -- Myanmar resistance fighters said they had captured the town of Kawlin in Sagaing region on Monday, the first district capital to fall to forces opposed to the junta since the 2021 coup.

Fighters from several People's Defence Force battalions seized the town's police station, the general administration office and a battalion headquarters after four days of fighting, the opposition National Unity Government said.

Military jets bombed Kawlin on Tuesday morning, killing five civilians and destroying a monastery, a resident said by phone.

A junta spokesman did not answer calls seeking comment.

In Rakhine state, Arakan Army fighters attacked military and police positions in Pauktaw town on Monday, and fighting was continuing, a resident said. The military shelled the town from a navy ship, the resident said.

The attacks in Sagaing and Rakhine followed an offensive launched last month by an alliance of ethnic armed groups in northern Shan state, which has seized dozens of military posts along the border with China.

The junta-appointed president has warned that the country risks breaking apart if the military fails to contain the rebellion.

The United Nations says more than 200,000 people have been displaced by the latest fighting.""",
 [ev("Kawlin", "territory_gain", "People's Defence Force", "2023-11-13"),
  ev("Kawlin", "explosion", "Myanmar military", "2023-11-14", 5, None),
  ev("Pauktaw", "battle", "Arakan Army", "2023-11-13")]))

R.append(("L60", "2023-06-10", """Gunmen kill three in Manipur village as ethnic violence flares again

IMPHAL, India, June 10 -- Gunmen killed three people, including a woman, in a village in India's violence-hit northeastern state of Manipur early on Friday, police said, as ethnic clashes that have killed more than 100 people showed no sign of ending.

The attackers, dressed in camouflage, opened fire on houses in Khoken village in Kangpokpi district at about 4 a.m., a police officer said. Two other villagers were wounded.

Security forces later searched the nearby hills but made no arrests.

On Sunday evening, a mob set fire to an ambulance carrying an injured eight-year-old boy, his mother and a relative near Iroisemba in Imphal West district, killing all three, police said.

Manipur has been under curfew and an internet shutdown since clashes broke out on May 3 between the majority Meitei community and the mostly Christian Kuki tribes.

Home Minister Amit Shah, who visited the state last week, announced a judicial inquiry and appealed to armed groups to hand over weapons looted from police armouries.

More than 40,000 people have fled their homes, many to relief camps in neighbouring Mizoram state.""",
 [ev("Khoken", "attack_on_civilians", "unknown", "2023-06-09", 3, 2),
  ev("Iroisemba", "other", "unknown", "2023-06-04", 3, None)]))

R.append(("L61", "2024-09-16", """Gang attack on Haitian town of Cabaret kills at least 12

PORT-AU-PRINCE, Sept 16 -- Gang members attacked the town of Cabaret, north of the Haitian capital, on Saturday, killing at least 12 people and setting dozens of houses on fire, police and a local human rights group said.

Armed men from the 400 Mawozo gang arrived by truck and on motorcycles and went from house to house, said the group's director. Among the dead were a pastor and two teenagers.

Hundreds of residents fled to the neighbouring town of Arcahaie, local officials said.

In Port-au-Prince, Kenyan police officers of the multinational security support mission came under fire from gangs during a patrol in the Solino neighbourhood on Sunday, and one officer was wounded, the mission said.

The Kenyan-led mission began deploying in June but has struggled to push back gangs that control most of the capital.

Gang violence killed more than 3,600 people in Haiti in the first six months of the year, according to the United Nations.

The transitional council has promised elections by early 2026.""",
 [ev("Cabaret", "attack_on_civilians", "400 Mawozo", "2024-09-14", 12, None),
  ev("Solino", "battle", "unknown", "2024-09-15", None, 1)]))

R.append(("L62", "2023-11-27", """Iraq condemns US strikes as drones target bases hosting American troops

BAGHDAD, Nov 27 -- Iraq's government on Monday again condemned US strikes on its territory as "a violation of sovereignty", after a week in which Iran-backed groups launched a string of drone attacks on bases hosting American forces.

"We reject any attack on Iraqi soil, whatever its source," government spokesman Bassim al-Awadi said.

Drones attacked Ain al-Asad air base in western Anbar province on Sunday, the US military said. There were no casualties and no damage to infrastructure, it said.

The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions, claimed the attack.

On Tuesday, US aircraft struck two facilities near Jurf al-Sakhar, south of Baghdad, used by the Kataib Hezbollah militia, killing eight of its fighters, the militia and Iraqi security sources said. The Pentagon said the strikes answered a ballistic missile attack on Ain al-Asad.

US forces in Iraq and Syria have been attacked more than 70 times since mid-October, according to the Pentagon.

About 2,500 US troops are in Iraq to advise and assist local forces in the fight against Islamic State.""",
 [ev("Ain al-Asad", "explosion", "Islamic Resistance in Iraq", "2023-11-26", 0, 0),
  ev("Jurf al-Sakhar", "explosion", "US armed forces", "2023-11-21", 8, None)]))

R.append(("L63", "2023-12-31", """Russia says Ukrainian strike on Belgorod kills 24; Kharkiv hit overnight

KYIV, Dec 31 -- Russia said on Sunday the death toll from Ukrainian shelling of the border city of Belgorod had risen to 24, while a Russian missile and drone attack overnight wounded 28 people in Ukraine's second city of Kharkiv.

Shells and rockets struck the centre of Belgorod on Saturday afternoon, hitting an ice rink, a shopping centre and cars, Russian officials said. The regional governor said 108 people had been wounded. Russia's defence ministry said most of the rockets had been shot down.

Ukraine did not comment directly on the Belgorod strike.

In Kharkiv, Russian missiles hit a hotel, apartment blocks and a hospital on Saturday night, governor Oleh Syniehubov said. Among the 28 wounded were a British journalist and two children.

On Sunday morning, a Russian drone dropped an explosive on a bus stop in the Korabelnyi district of Kherson, killing a 65-year-old woman, the regional administration said.

On Friday, Russia fired 122 missiles and dozens of drones at Ukrainian cities, killing at least 39 people in the largest aerial attack of the war, Ukrainian officials said.

President Volodymyr Zelenskiy said Russia would "feel the fury" of its actions.""",
 [ev("Belgorod", "explosion", "Ukrainian armed forces", "2023-12-30", 24, 108),
  ev("Kharkiv", "explosion", "Russian armed forces", "2023-12-30", None, 28),
  ev("Korabelnyi", "explosion", "Russian armed forces", "2023-12-31", 1, None),
  ev("Ukraine", "explosion", "Russian armed forces", "2023-12-29", 39, None, optional=True)]))

R.append(("L64", "2023-12-12", """Twelve Niger soldiers killed in ambush near Tiloa; gunmen kill seven villagers

NIAMEY, Dec 12 -- Twelve Nigerien soldiers were killed when suspected jihadists ambushed an army patrol near Tiloa, in the western Tillaberi region, on Sunday, the defence ministry said.

Fourteen attackers were also killed in the fighting, and the army recovered weapons and motorcycles, the ministry said in a statement read on state television on Monday evening.

The patrol was escorting traders to the weekly market when it was attacked by "more than a hundred terrorists on motorcycles", the statement said.

In a separate attack on Monday, gunmen on motorcycles killed seven villagers in Tchoma Bangou, near the border with Mali, a local official said. Residents blamed the Islamic State in the Sahel.

The junta that seized power in July has made security its priority but attacks have continued since the coup.

Niger has asked French troops to leave and ended a military partnership with the European Union.

The Tillaberi region, where the borders of Niger, Mali and Burkina Faso meet, has been the scene of frequent attacks by groups linked to al-Qaeda and Islamic State.""",
 [ev("Tiloa", "battle", "unknown", "2023-12-10", 26, None),
  ev("Tchoma Bangou", "attack_on_civilians", "Islamic State Sahel", "2023-12-11", 7, None)]))

R.append(("L65", "2024-01-17", """KNDF says its fighters killed 15 junta soldiers in Karenni operations

CHIANG MAI, Thailand, Jan 17 -- The Karenni Nationalities Defence Force (KNDF) said in a statement on Wednesday that its fighters had carried out the following operations against the military in Karenni (Kayah) state last week:

1. On January 12, KNDF and Karenni Army forces attacked and captured the Nan Mae Khon outpost near Shadaw, killing seven soldiers and seizing weapons and ammunition.

2. On January 14, a KNDF drone unit dropped bombs on a military column near Loikaw University, killing five soldiers.

3. On January 15, KNDF fighters ambushed a supply convoy near Hpruso, killing three soldiers. One KNDF fighter was killed.

The statement also accused the military of air strikes on the town of Demoso on January 16 that killed four civilians, including a child.

The military's information team did not respond to requests for comment, and the claims could not be independently verified.

Karenni resistance forces launched an offensive on Loikaw, the state capital, in November.""",
 [ev("Nan Mae Khon", "territory_gain", "Karenni Nationalities Defense Force", "2024-01-12", 7, None),
  ev("Loikaw University", "explosion", "Karenni Nationalities Defense Force", "2024-01-14", 5, None),
  ev("Hpruso", "battle", "Karenni Nationalities Defense Force", "2024-01-15", 4, None),
  ev("Demoso", "explosion", "Myanmar military", "2024-01-16", 4, None)]))

# L66-L90 (long23): full-length reports of many genres (wire lead, feature,
# analysis with one fresh incident, weekly round-up, live-blog updates, army
# and armed-group statements, NGO statement, inquiry report), each with a lead,
# quotes, background on the war, earlier incidents retold, reactions and a
# closing paragraph. Expectations written before sitrep was run on them.

R.append(("L66", "2024-03-12", """Gunmen kill 11 worshippers in attack on mosque in northern Burkina Faso

OUAGADOUGOU, March 12 -- Gunmen stormed a mosque during dawn prayers in the village of Natiaboani in eastern Burkina Faso on Monday, killing 11 worshippers, a local official and residents said.

The attackers arrived on motorcycles shortly before 5 a.m., surrounded the building and opened fire on the men inside, a resident who lost two cousins told reporters by telephone.

"They did not say a word. They just fired and left towards the forest," he said.

Three other worshippers were wounded and taken to the health centre in Fada N'Gourma, the official said, asking not to be named because he was not authorised to speak to the press.

No group has claimed the attack, but jihadists linked to al-Qaeda and the Islamic State are active in the area.

The same day, a convoy of the Volunteers for the Defence of the Homeland (VDP) struck a roadside bomb near Gayeri, killing four of the auxiliaries, a security source said.

Burkina Faso has been ruled by a military junta since 2022, which has vowed to win back territory from the militants.

Last month, an attack on a Catholic church in Essakane killed 15 people during Sunday mass.

Rights groups say more than half of the country's territory lies outside state control.""",
 [ev("Natiaboani", "attack_on_civilians", "unknown", "2024-03-11", 11, 3),
  ev("Gayeri", "explosion", "unknown", "2024-03-11", 4, None),
  ev("Essakane", "attack_on_civilians", "unknown", None, 15, None, optional=True)]))

R.append(("L67", "2023-08-22", """Sudan's army says it repelled RSF assault on El Fasher as shelling kills civilians

CAIRO, Aug 22 -- Sudan's army said on Tuesday it had repelled an attack by the paramilitary Rapid Support Forces on its 6th Infantry Division headquarters in El Fasher, the capital of North Darfur, killing dozens of the attackers.

In a statement, the army said RSF fighters in pickup trucks attacked the base from the east on Monday morning and were driven back after several hours of fighting. It said 40 RSF fighters were killed and that it had lost five soldiers.

The RSF did not comment on the fighting.

Residents said artillery fire from RSF positions later hit the Abu Shouk camp for displaced people north of the city, killing seven people, including three children, and wounding 19.

"The shells fell on the market while women were buying food," said a community leader in the camp.

The army and the RSF have been at war since April, when a power struggle between their leaders exploded into open fighting in Khartoum.

In June, the RSF and allied Arab militias were accused of killing hundreds of people in El Geneina, the capital of West Darfur.

The United Nations says more than four million people have fled their homes since the war began.""",
 [ev("El Fasher", "battle", "Rapid Support Forces", "2023-08-21", 45, None),
  ev("Abu Shouk", "explosion", "Rapid Support Forces", "2023-08-21", 7, 19)]))

R.append(("L68", "2024-06-05", """ANALYSIS: Why al-Shabaab's checkpoint attacks are back

NAIROBI, June 5 -- When a suicide bomber blew himself up at a police checkpoint on the road into Baidoa on Monday, killing six policemen and a tea seller, it was the third such attack on the town's approaches this year.

The bombing followed a pattern analysts have tracked for months: the militants avoid the army's fortified bases and instead hit the thinly manned posts where police search buses and lorries.

Al-Shabaab claimed the attack in a statement on a pro-group website, saying its "martyr" had targeted "apostate militias". Nine other people were wounded, according to a regional health official.

"Every checkpoint is a soft target for them," said a former Somali intelligence officer. "They learned that a single bomber can shut a road for days."

The group was driven from Mogadishu in 2011 and lost much of its territory in the years after, but it still controls large rural areas in the centre and south of the country.

A government offensive launched in 2022 with clan militias pushed the militants out of dozens of villages in Hiiraan and Middle Shabelle, but progress has stalled since last year.

Somalia's president has promised to "eliminate" the group, and African Union troops are due to hand over more bases to Somali forces this year.

For now, the roads into Baidoa remain among the most dangerous in the country.""",
 [ev("Baidoa", "explosion", "al-Shabaab", "2024-06-03", 8, 9)]))

R.append(("L69", "2022-09-14", """Weekly round-up: violence in Nigeria's northwest and northeast

ABUJA, Sept 14 -- Attacks by armed bandits and jihadists killed at least 38 people across northern Nigeria in the past week, according to police and local officials. Below are the main incidents.

ZAMFARA: Bandits on motorcycles raided the village of Kairu in Maru local government area on Thursday, killing nine villagers and abducting more than 20 women, residents said.

KATSINA: Police said officers repelled an attack on a police station in Danmusa on Saturday night, killing four bandits. One officer was wounded.

BORNO: Jihadists of the Islamic State West Africa Province ambushed a military convoy near Marte on Sunday, killing eight soldiers, two security sources said. The army did not comment.

KADUNA: Gunmen shot dead a village head and his two sons in Kauru on Monday, a community leader said.

NIGER: A farmer was killed and three others wounded when gunmen opened fire on a farm near Mariga on Tuesday, police said.

President Muhammadu Buhari condemned the killings and ordered security agencies to "take the fight to the criminals".

Bandit gangs, who kidnap for ransom and raid villages for cattle, have killed thousands of people in the northwest in recent years. The jihadist insurgency in the northeast is now in its 13th year.""",
 [ev("Kairu", "attack_on_civilians", "bandits", "2022-09-08", 9, None),
  ev("Danmusa", "battle", "bandits", "2022-09-10", 4, 1),
  ev("Marte", "battle", "Boko Haram", "2022-09-11", 8, None),
  ev("Kauru", "attack_on_civilians", "unknown", "2022-09-12", 3, None),
  ev("Mariga", "attack_on_civilians", "unknown", "2022-09-13", 1, 3)]))

R.append(("L70", "2023-11-07", """LIVE: Fighting in northern Shan state - updates

17:40 -- Residents of Lashio say two artillery shells landed near the town's main hospital this afternoon, killing a nurse and wounding four patients. It is not clear who fired them.

15:10 -- The Ta'ang National Liberation Army (TNLA) says its fighters captured a military outpost near Namhsan after a battle that began at dawn. The group says 12 soldiers were killed and 9 captured. We could not verify the claim.

12:30 -- The junta's information team says the air force struck "terrorist positions" near Kutkai this morning. Local media say the strike hit a village and killed five civilians.

09:05 -- Good morning. The Three Brotherhood Alliance launched its offensive in northern Shan state on October 27, and has since claimed more than 100 military positions.

Background: The military seized power in February 2021. Armed resistance has spread to most of the country since then.""",
 [ev("Lashio", "explosion", "unknown", "2023-11-07", 1, 4),
  ev("Namhsan", "territory_gain", "Ta'ang National Liberation Army", "2023-11-07", 12, None),
  ev("Kutkai", "explosion", "Myanmar security forces", "2023-11-07", 5, None)]))

R.append(("L71", "2024-02-20", """Statement of the Armed Forces of the Democratic Republic of the Congo on operations in North Kivu

GOMA, Feb 20 -- The FARDC informs the public that on Sunday 18 February 2024, its units, in collaboration with local Wazalendo fighters, repelled an attack by the M23 terrorists on the locality of Kibirizi in Rutshuru territory. The enemy lost 17 fighters in the fighting and fled towards Kalengera. On our side, three soldiers fell with honour.

On Monday 19 February, the enemy fired several bombs on the town of Sake, hitting a residential area. Four civilians, including two children, were killed and nine others were wounded.

The FARDC condemns these attacks on the civilian population and reminds the public that the terrorists of the M23 are supported by the Rwandan army.

The population is asked to remain calm and to collaborate with the security services.

The M23, which denies Rwandan support, said on social media that its fighters had been attacked by the army and its allies and had only defended their positions.

The rebels have seized large parts of North Kivu since 2022 and have encircled Goma, the provincial capital, on three sides.""",
 [ev("Kibirizi", "battle", "M23", "2024-02-18", 20, None),
  ev("Sake", "explosion", "M23", "2024-02-19", 4, 9)]))

R.append(("L72", "2021-07-13", """Human rights group documents killings of civilians by soldiers in Mali's centre

DAKAR, July 13 -- Malian soldiers executed at least 14 unarmed men in the village of Dogofry in the Segou region on July 4, after an improvised explosive device killed two soldiers nearby, a human rights group said in a report on Tuesday.

Witnesses told the group that soldiers rounded up men from the village market, tied their hands and shot them on the edge of the village.

"They separated the Fulani men from the others and took them away. We heard shots a few minutes later," a trader told the researchers.

The explosive device had struck an army vehicle on the road between Dogofry and Diabaly the same morning, the report said.

The group also documented the killing of three herders by soldiers near Nampala on June 28.

The army said it was aware of the allegations and had opened an investigation. A spokesman said the military respected human rights and international humanitarian law.

Mali has been fighting jihadist groups linked to al-Qaeda and Islamic State since 2012. Rights groups have documented hundreds of killings of civilians by all sides in the central regions.""",
 [ev("Dogofry", "attack_on_civilians", "Malian Armed Forces", "2021-07-04", 14, None),
  ev("Dogofry", "explosion", "unknown", "2021-07-04", 2, None),
  ev("Nampala", "attack_on_civilians", "Malian Armed Forces", "2021-06-28", 3, None)]))

R.append(("L73", "2023-05-16", """Inquiry finds police used excessive force in deadly Kenya protest

NAIROBI, May 16 -- Police officers fired live ammunition at protesters in the western Kenyan city of Kisumu on March 30, killing two people and wounding 11, a report by the country's police oversight body said on Tuesday.

The Independent Policing Oversight Authority (IPOA) said officers had shot at demonstrators who were throwing stones at a police station in the Kondele area, and that the shooting was "neither necessary nor proportionate".

The report recommended that four officers be charged with murder.

The protests, called by opposition leader Raila Odinga over the cost of living, turned violent in several cities in March and April. A university student was killed in Kisumu on March 20, and police were accused of the killing.

The police spokesman said the service would study the report.

Human rights groups say at least 30 people were killed by police in the protests.""",
 [ev("Kondele", "other", "Kenyan security forces", "2023-03-30", 2, 11, optional=True)]))

R.append(("L74", "2024-09-10", """Israeli strike on Gaza school-turned-shelter kills 14, civil defence says

GAZA, Sept 10 -- An Israeli air strike hit a school sheltering displaced families in the Nuseirat refugee camp in central Gaza on Tuesday, killing at least 14 people, including five children, the civil defence agency said.

The Israeli military said it had struck "Hamas terrorists operating from a command and control centre" inside the school, and that it had taken steps to reduce the risk to civilians.

Civil defence spokesman Mahmoud Bassal said 20 other people were wounded and that rescuers were searching the rubble for more victims.

"We found children under the concrete," a rescue worker said.

Later on Tuesday, an Israeli drone strike on a car in Khan Younis killed two men, medics at Nasser Hospital said.

The war began on October 7, when Hamas-led militants attacked southern Israel, killing about 1,200 people and taking 251 hostages, according to Israeli tallies.

Israel's offensive has since killed more than 41,000 people in Gaza, according to the territory's health ministry.""",
 [ev("Nuseirat", "explosion", "Israeli security forces", "2024-09-10", 14, 20),
  ev("Khan Younis", "explosion", "Israeli security forces", "2024-09-10", 2, None)]))

R.append(("L75", "2022-04-26", """Russian missiles hit railway stations in central Ukraine, killing five

KYIV, April 26 -- Russian missiles struck five railway stations in central and western Ukraine on Monday morning, the head of Ukraine's state railway said, and regional officials said at least five people were killed.

In the Vinnytsia region, a missile struck the station at Kozyatyn, killing five people and wounding 18, the regional governor said.

A strike on the railway station in Krasne, in the Lviv region, caused a fire but no casualties, the governor of Lviv said.

"Russia is systematically destroying our railway infrastructure," the railway chief wrote on Telegram.

Russia's defence ministry said it had destroyed power substations that supply the railways used to bring Western weapons to Ukrainian troops in Donbas.

The strikes came hours after US Secretary of State Antony Blinken and Defence Secretary Lloyd Austin visited Kyiv.

In the east, Ukrainian officials said Russian shelling killed two civilians in the town of Lyman on Sunday.

Russia invaded Ukraine on February 24.""",
 [ev("Kozyatyn", "explosion", "Russian armed forces", "2022-04-25", 5, 18),
  ev("Krasne", "explosion", "Russian armed forces", "2022-04-25", None, None, optional=True),
  ev("Lyman", "explosion", "Russian armed forces", "2022-04-24", 2, None)]))

R.append(("L76", "2023-02-08", """Colombia's ELN blamed for attack that kills three soldiers in Arauca

BOGOTA, Feb 8 -- Three Colombian soldiers were killed and two wounded on Tuesday when their patrol came under fire from explosives and rifles near the town of Saravena in the eastern province of Arauca, the army said.

The army blamed the National Liberation Army (ELN), the country's largest remaining guerrilla group, which operates on both sides of the border with Venezuela.

"The ELN must decide whether it wants peace or war," Defence Minister Ivan Velasquez said.

The guerrillas did not immediately comment. They are in peace talks with the government of President Gustavo Petro, who has sought "total peace" with armed groups.

In January, clashes between the ELN and FARC dissidents killed at least 20 people in rural Arauca, according to the ombudsman's office.

The talks are due to resume in Mexico next week.""",
 [ev("Saravena", "battle", "ELN", "2023-02-07", 3, 2),
  ev("Arauca", "battle", "ELN", None, 20, None, optional=True)]))

R.append(("L77", "2024-10-15", """Gunmen in Haiti kill 20 in attack on Pont-Sonde as police struggle

PORT-AU-PRINCE, Oct 15 -- Members of the Gran Grif gang attacked the town of Pont-Sonde in Haiti's Artibonite region before dawn on Monday, killing at least 20 people and setting homes on fire, a local official and a rights group said.

Witnesses said the gunmen went from house to house, shooting residents and looting. Another 16 people were wounded.

"They came with guns and gasoline," said a farmer who fled with his children to the neighbouring town of Saint-Marc.

The gang's leader, Luckson Elan, said in a video on social media that the attack was revenge for the killing of gang members by a self-defence group.

The Kenyan-led multinational mission sent a team to the area on Monday afternoon, police said.

Gangs control most of the capital and have expanded into the Artibonite, the country's breadbasket. Last week, police officers repelled an attack on their station in Petite-Riviere, killing three gang members.

The United Nations says more than 3,600 people have been killed in Haiti this year.""",
 [ev("Pont-Sonde", "attack_on_civilians", "Gran Grif", "2024-10-14", 20, 16),
  ev("Petite-Riviere", "battle", "Haitian security forces", None, 3, None, optional=True)]))

R.append(("L78", "2022-12-06", """Houthi drone attack hits oil terminal in Yemen's Hadramout

ADEN, Dec 6 -- Houthi drones struck the al-Dhaba oil terminal in Yemen's southeastern province of Hadramout on Monday, causing damage but no casualties, the Yemeni government said.

The government said the attack was "a terrorist act" meant to stop oil exports, and accused the Iran-aligned group of undermining peace efforts.

The Houthis said their forces had "prevented an attempt to plunder Yemen's oil" and warned that foreign tankers would be targeted.

In the southern province of Taiz, a Houthi sniper killed a 10-year-old boy in the city of Taiz on Sunday, local officials said.

The Houthis and the Saudi-led coalition agreed a truce in April, but it expired in October without renewal. Fighting on the front lines has picked up since then.

The war has killed hundreds of thousands of people, directly or through hunger and disease.""",
 [ev("al-Dhaba", "explosion", "Houthis", "2022-12-05", None, None),
  ev("Taiz", "attack_on_civilians", "Houthis", "2022-12-04", 1, None)]))

R.append(("L79", "2023-09-19", """Pakistan: Suicide bombing at election rally kills 23 in Balochistan

QUETTA, Sept 19 -- A suicide bomber blew himself up at an election rally in the town of Mastung in Pakistan's southwestern province of Balochistan on Tuesday, killing 23 people, police said.

The bomber struck as a local politician was addressing several hundred supporters in a ground near the town's main bazaar. At least 40 people were wounded, 12 of them critically, a hospital official said.

"It was a huge explosion, and then there were bodies everywhere," said a shopkeeper.

Islamic State's Khorasan branch claimed the bombing in a statement on its Amaq news agency.

The group has attacked political gatherings before. In July, a suicide bombing at a rally of a religious party in Bajaur district killed 63 people.

Separately, gunmen killed two policemen guarding a polio vaccination team in Zhob on Tuesday, officials said. No group claimed that attack.

Balochistan, Pakistan's largest and poorest province, is also home to a separatist insurgency by ethnic Baloch groups.""",
 [ev("Mastung", "explosion", "Islamic State", "2023-09-19", 23, 40),
  ev("Zhob", "battle", "unknown", "2023-09-19", 2, None),
  ev("Bajaur", "explosion", "Islamic State", None, 63, None, optional=True)]))

R.append(("L80", "2024-05-21", """Mozambique: Insurgents briefly seize Macomia town

MAPUTO, May 21 -- Islamic State-linked insurgents entered the town of Macomia in Mozambique's Cabo Delgado province on May 10 and held parts of it for two days, looting food stores and clashing with soldiers, officials and residents said.

About 100 fighters attacked army positions on the edge of the town at dawn, a local official said. At least eight soldiers were killed in the fighting, according to a security source, and the militants also lost several men.

Residents said the insurgents preached in the mosque and told people they would not be harmed. They left the town on May 12, taking several trucks.

The Islamic State Mozambique Province said its fighters had killed 30 soldiers, a figure that could not be verified.

The insurgency began in 2017 and has killed more than 5,000 people. Rwandan troops helped the government recapture the port town of Mocimboa da Praia in 2021.

The southern African regional force SAMIM is due to leave the country by July.""",
 [ev("Macomia", "battle", "Islamic State", "2024-05-10", 8, None)]))

R.append(("L81", "2021-10-05", """Ethiopia: Air strikes hit Tigray capital as offensive resumes

ADDIS ABABA, Oct 5 -- Ethiopian air force jets struck the outskirts of Mekelle, the capital of the northern Tigray region, on Monday, killing three people and wounding five, a doctor at the city's main hospital said.

The Tigray People's Liberation Front (TPLF) said the strikes hit a residential area near a cement factory.

A government spokesman denied that civilians had been targeted and said the air force had struck "TPLF military equipment".

Meanwhile, the TPLF said its fighters had repelled an attack by government troops and Amhara militias near Wurgesa in the Amhara region on Sunday, killing "hundreds". The government did not comment.

The war began in November 2020 when Prime Minister Abiy Ahmed sent troops into Tigray after accusing the TPLF of attacking army bases.

The United Nations says hundreds of thousands of people in Tigray face famine conditions.""",
 [ev("Mekelle", "explosion", "Ethiopian security forces", "2021-10-04", 3, 5),
  ev("Wurgesa", "battle", "Ethiopian security forces", "2021-10-03", None, None)]))

R.append(("L82", "2023-06-27", """Syria: Russian air strike kills 13 at market in Idlib province

BEIRUT, June 27 -- Russian warplanes struck a vegetable market in the town of Jisr al-Shughur in northwest Syria on Sunday, killing 13 people, including two children, rescuers and a war monitor said.

The White Helmets civil defence group said more than 30 people were wounded, some of them seriously.

"The market was full of farmers selling their produce," a rescuer said.

The Syrian Observatory for Human Rights said it was the deadliest strike in the province this year.

Later the same day, government shelling killed two people in the village of Sarmin, the Observatory said.

Russia, a close ally of President Bashar al-Assad, joined the war in 2015. Most of Idlib is held by Hayat Tahrir al-Sham, a group once linked to al-Qaeda.

A ceasefire brokered by Russia and Turkey in March 2020 has largely held but is frequently violated.""",
 [ev("Jisr al-Shughur", "explosion", "Russian armed forces", "2023-06-25", 13, 30),
  ev("Sarmin", "explosion", "Syrian government forces", "2023-06-25", 2, None)]))

R.append(("L83", "2024-08-13", """Cameroon separatists abduct 12 in attack on Northwest village

YAOUNDE, Aug 13 -- Armed separatists attacked the village of Mbengwi in Cameroon's Northwest region on Saturday night, abducting 12 people, including a teacher and a nurse, and burning several houses, local officials said.

The gunmen accused the villagers of working with the army, a local chief said.

Soldiers later clashed with the separatists on the road to Bamenda, killing four of them, a military source said on Monday.

Separatists in the English-speaking regions have been fighting since 2017 to create an independent state they call Ambazonia.

The conflict has killed more than 6,000 people, according to the International Crisis Group.""",
 [ev("Mbengwi", "attack_on_civilians", "Anglophone separatists", "2024-08-10", None, None),
  ev("Mbengwi", "battle", "Cameroonian security forces", None, 4, None, optional=True)]))

R.append(("L84", "2022-07-19", """Afghanistan: Blast at Kabul mosque kills six during evening prayers

KABUL, July 19 -- An explosion ripped through a Shi'ite mosque in western Kabul during evening prayers on Monday, killing six people and wounding 14, a Taliban spokesman said.

The blast happened in the Dasht-e-Barchi neighbourhood, home to many members of the Hazara minority.

The Taliban spokesman said the explosives had been hidden inside the mosque. No group immediately claimed the attack.

Hazara Shi'ites have been repeatedly targeted by Islamic State's local affiliate, which claimed a bombing at a school in the same neighbourhood in April.

Earlier on Monday, Taliban fighters clashed with members of the National Resistance Front in the Panjshir valley, killing five of them, the NRF said.

The Taliban seized power in August 2021 and say they have brought security to the country.""",
 [ev("Dasht-e-Barchi", "explosion", "unknown", "2022-07-18", 6, 14),
  ev("Panjshir", "battle", "Taliban", "2022-07-18", 5, None)]))

R.append(("L85", "2024-11-26", """Lebanon: Israeli strikes on Beirut suburbs and south kill 31

BEIRUT, Nov 26 -- Israeli air strikes hit the southern suburbs of Beirut and villages in southern Lebanon on Monday, killing at least 31 people, Lebanon's health ministry said.

In the south, a strike on a house in the village of Deir Qanoun al-Nahr killed nine members of one family, the ministry said.

Another strike flattened a building in the Haret Hreik district of Beirut's southern suburbs, killing four people.

The Israeli military said it had targeted Hezbollah command centres and weapons depots.

Hezbollah said it fired rockets at an Israeli army base near Safed. The Israeli military said most of the rockets were intercepted, and that one man was lightly wounded.

The strikes came as US mediators said a ceasefire between Israel and Hezbollah was close.

More than 3,700 people have been killed in Lebanon since Hezbollah began firing at Israel in October 2023.""",
 [ev("Deir Qanoun al-Nahr", "explosion", "Israeli security forces", "2024-11-25", 9, None),
  ev("Haret Hreik", "explosion", "Israeli security forces", "2024-11-25", 4, None),
  ev("Safed", "explosion", "Hezbollah", "2024-11-25", None, 1)]))

R.append(("L86", "2023-03-21", """Islamist rebels kill 19 in attack on DR Congo village, army says

BENI, Congo, March 21 -- Rebels of the Allied Democratic Forces killed 19 civilians in an overnight attack on the village of Mukondi in eastern Congo's North Kivu province, the army and local officials said on Tuesday.

The attackers used machetes and guns and set fire to houses, the army spokesman for the region said.

"Our troops arrived in the morning and pursued the enemy into the bush," he said, adding that two rebels were killed.

The rebels also attacked the neighbouring village of Kirindera, where they killed four farmers, a civil society leader said.

The ADF, which originated in Uganda in the 1990s, pledged allegiance to Islamic State in 2019. The United Nations says it has killed thousands of civilians in eastern Congo.

Uganda and Congo launched joint military operations against the group in late 2021.""",
 [ev("Mukondi", "attack_on_civilians", "ADF", "2023-03-20", 21, None),
  ev("Kirindera", "attack_on_civilians", "ADF", "2023-03-20", 4, None)]))

R.append(("L87", "2024-04-09", """India: Maoist rebels kill three police in Chhattisgarh ambush

RAIPUR, April 9 -- Maoist rebels ambushed a police patrol in the Bijapur district of India's Chhattisgarh state on Monday, killing three policemen and wounding four, a senior police officer said.

The rebels detonated a landmine under a vehicle and then fired on the policemen, the officer said.

Security forces launched a search operation in the area after the attack.

On Saturday, police killed three suspected Maoists in a gunfight in the neighbouring Sukma district, officials said.

The Maoists, who say they are fighting for the rights of tribal people and the rural poor, have waged an insurgency for decades.

The government says violence has fallen sharply in recent years.""",
 [ev("Bijapur", "battle", "Maoists", "2024-04-08", 3, 4),
  ev("Sukma", "battle", "Indian security forces", "2024-04-06", 3, None)]))

R.append(("L88", "2022-11-22", """Al-Shabaab fighters storm Mogadishu hotel; siege ends after 20 hours

MOGADISHU, Nov 22 -- Somali security forces ended a 20-hour siege of a hotel near the presidential palace in Mogadishu on Monday, after al-Shabaab militants stormed the building on Sunday evening, police said.

Eight civilians and one soldier were killed in the attack, police spokesman Abdifatah Aden said. All six attackers were killed by the security forces.

The militants blasted their way into the Villa Rose hotel, which is popular with officials and members of parliament, and exchanged fire with the guards.

"They were hiding in the rooms and shooting at anyone who moved," a guard said.

Al-Shabaab said its fighters had killed dozens of officials. The group frequently exaggerates the tolls of its attacks.

In August, al-Shabaab militants besieged the Hayat hotel in the city for 30 hours, killing 21 people.

The government has promised a "total war" on the group.""",
 [ev("Mogadishu", "battle", "al-Shabaab", "2022-11-20", 15, None)]))

R.append(("L89", "2023-12-12", """Niger: Soldiers killed in jihadist attack near Mali border

NIAMEY, Dec 12 -- Twelve Nigerien soldiers were killed on Sunday when jihadists attacked their patrol near the village of Tiloa in the Tillaberi region, the army said in a statement on Monday.

The army said its troops had killed 27 of the assailants in the fighting and captured weapons and motorcycles.

The attack took place about 20 km from the border with Mali. The army blamed the Islamic State in the Greater Sahara.

Also on Sunday, an explosive device killed two civilians travelling on a cart near the town of Ayorou, a local official said.

The military government that seized power in July has expelled French troops and turned to Russia for security help.

Jihadist attacks have killed thousands of people in the region.""",
 [ev("Tiloa", "battle", "Islamic State", "2023-12-10", 39, None),
  ev("Ayorou", "explosion", "unknown", "2023-12-10", 2, None)]))

R.append(("L90", "2024-07-02", """Ukraine says it shot down 20 drones; one strike kills two in Odesa

KYIV, July 2 -- Ukrainian air defences shot down 20 of 24 drones launched by Russia overnight, the air force said on Tuesday, but one drone hit a port building in Odesa, killing two workers.

Regional governor Oleh Kiper said another four people were wounded in the Odesa strike, which set a warehouse on fire.

In the Donetsk region, Russian shelling of the town of Kostiantynivka killed one civilian and wounded three on Monday evening, the regional governor said.

Russia's defence ministry said its forces had captured the village of Stepove, north of Avdiivka, a claim that Ukraine did not confirm.

"The enemy continues to attack our cities every night," President Volodymyr Zelensky said in his evening address, calling for more air defence systems.

The war, now in its third year, has killed tens of thousands of people.""",
 [ev("Odesa", "explosion", "Russian armed forces", "2024-07-02", 2, 4),
  ev("Kostiantynivka", "explosion", "Russian armed forces", "2024-07-01", 1, 3),
  ev("Stepove", "territory_gain", "Russian armed forces", "2024-07-02", None, None, optional=True)]))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "docs.jsonl"), "w") as d, open(os.path.join(here, "gold.jsonl"), "w") as g:
    for rid, pub, text, events in R:
        d.write(json.dumps({"id": rid, "text": text, "published": pub}) + "\n")
        g.write(json.dumps({"id": rid, "published": pub, "events": events, "figures": []}) + "\n")
