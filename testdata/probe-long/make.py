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
  ev("Tabqa", "explosion", "unknown", "2017-03-21", 11, 20)]))

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
  ev("Dora", "explosion", "unknown", "2016-08-12", 6, 15)]))

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
 [ev("Dioura", "battle", "JNIM", "2019-04-05", 33, 5)]))

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

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "docs.jsonl"), "w") as d, open(os.path.join(here, "gold.jsonl"), "w") as g:
    for rid, pub, text, events in R:
        d.write(json.dumps({"id": rid, "text": text, "published": pub}) + "\n")
        g.write(json.dumps({"id": rid, "published": pub, "events": events, "figures": []}) + "\n")
