#!/usr/bin/env python3
"""Write docs.jsonl and gold.jsonl for probe-holdout3 (H3-01..H3-30).

Held out: see README.md. Texts and gold were written together, by hand, before any
sitrep run. Every evidence piece (split on ' [...] ') is checked to be an exact
substring of its text; every date is checked to be valid and not after publication.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def ev(summary, date, date_note, place, admin, country, type_, actor1, actor2,
       killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="", **extra):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": type_, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
         "evidence": evidence}
    for k in ("note", "arrested", "optional"):
        if k in extra:
            e[k] = extra.pop(k)
    assert not extra, extra
    return e


def doc(id_, published, outlet, url, text, events=(), figures=()):
    DOCS.append({"id": id_, "published": published, "outlet": outlet, "url": url,
                 "text": text.strip("\n"), "events": list(events), "figures": list(figures)})


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f

# ---------------------------------------------------------------- H3-01 Nigeria (wire)
doc("H3-01", "2026-09-08", "Reuters", "https://example.org/wire/2026/09/08/nigeria-marte-konduga", """
Islamist fighters kill 14 soldiers in raid on Nigerian base; bomber hits cattle market

MAIDUGURI, Nigeria, Sept 8 (Reuters) - Islamist insurgents stormed a military base in Marte in Nigeria's northeastern Borno state on Sunday evening, killing at least 14 soldiers before reinforcements and a fighter jet drove them back, two military sources and a local official said.

The fighters, from the Islamic State West Africa Province (ISWAP), arrived in gun trucks and on motorcycles shortly after dusk, one of the sources said. Nineteen soldiers were wounded and flown to Maiduguri, some 130 km (80 miles) to the southwest.

"They came in very large numbers and we fought them for more than three hours," said a soldier who asked not to be named because he was not authorised to speak to reporters. He said dozens of the attackers had been killed, a figure Reuters could not verify.

An army spokesman did not answer calls and messages seeking comment.

A day later, a woman wearing explosives blew herself up at the gate of the cattle market in Konduga, about 35 km from Maiduguri, killing four traders as well as herself and wounding eleven, said Usman Kachalla, a member of the Civilian Joint Task Force vigilante group in the town.

No group has claimed the bombing. Attacks using women and girls as bombers have mostly been the work of the Boko Haram faction known as JAS, which rivals ISWAP.

In a statement on Tuesday, the army said troops had on Monday driven ISWAP fighters out of Gajiram, a town in Nganzai local government area that the insurgents had occupied since late August. It said "several terrorists" were killed and that residents had begun returning.

Marte has changed hands several times since 2015, and the army withdrew from it for months in 2021 after a string of assaults.

The insurgency, which began in 2009, has killed more than 40,000 people and forced some two million from their homes in the northeast, according to the United Nations.
""", [
    ev("ISWAP fighters stormed the military base in Marte, killing at least 14 soldiers and wounding 19 before being driven back.",
       "2026-09-06", "'on Sunday evening' against the Sept 8 (Tuesday) dateline", "Marte", "Borno", "NG", "battle",
       "Boko Haram", "Nigerian security forces", 14, None, 19, None,
       "Islamist insurgents stormed a military base in Marte in Nigeria's northeastern Borno state on Sunday evening, killing at least 14 soldiers before reinforcements and a fighter jet drove them back, two military sources and a local official said. [...] Nineteen soldiers were wounded and flown to Maiduguri, some 130 km (80 miles) to the southwest.",
       note="ISWAP = Boko Haram canonical; 'dozens of the attackers' killed is vague and a soldier's unverified word, not counted"),
    ev("A female suicide bomber blew herself up at the gate of the Konduga cattle market, killing four traders and herself and wounding eleven.",
       "2026-09-07", "'A day later' after Sunday 6 Sept", "Konduga cattle market", "Borno", "NG", "explosion",
       "Boko Haram", "civilians", 5, None, 11, None,
       "A day later, a woman wearing explosives blew herself up at the gate of the cattle market in Konduga, about 35 km from Maiduguri, killing four traders as well as herself and wounding eleven, said Usman Kachalla, a member of the Civilian Joint Task Force vigilante group in the town.",
       note="5 = 4 traders + the bomber; unclaimed, the report points to the JAS faction of Boko Haram"),
    ev("Troops drove ISWAP fighters out of Gajiram, Nganzai, which the insurgents had occupied since late August.",
       "2026-09-07", "'on Monday' in an army statement of Tuesday 8 Sept", "Gajiram", "Borno", "NG", "territory_gain",
       "Nigerian security forces", "Boko Haram", None, None, None, None,
       "In a statement on Tuesday, the army said troops had on Monday driven ISWAP fighters out of Gajiram, a town in Nganzai local government area that the insurgents had occupied since late August.",
       note="'several terrorists' killed: vague"),
], [fig("killed", 40000, "northeast Nigeria", "The insurgency, which began in 2009, has killed more than 40,000 people and forced some two million from their homes in the northeast, according to the United Nations."),
    fig("displaced", 2000000, "northeast Nigeria", "The insurgency, which began in 2009, has killed more than 40,000 people and forced some two million from their homes in the northeast, according to the United Nations.")])

# ---------------------------------------------------------------- H3-02 Mali (AFP)
doc("H3-02", "2026-09-12", "AFP", "https://example.org/afp/2026-09-12/mali-convoy-drone", """
Mali: six soldiers killed in convoy ambush, villagers say army drone hit market

BAMAKO, Sept 12, 2026 (AFP) - Six Malian soldiers were killed on Thursday when jihadists ambushed a supply convoy on the road between Douentza and Boni in the centre of the country, the army said in a statement read on state television.

Eleven soldiers were wounded in the attack, which the army said had been "vigorously repelled", adding that "several assailants" had been neutralised.

The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) said in a message on its propaganda channels that it had killed twenty soldiers and seized two armoured vehicles. The claim could not be verified independently, and the army did not comment on it.

Separately, residents and a local elected official told AFP that a drone struck the weekly fair in Bankass on Tuesday afternoon, killing 11 people, three of them children.

"People were buying millet and goats. Then there was a whistle and the explosion," said a trader reached by telephone, who asked not to be named for his safety. "We buried eleven people the same evening."

The armed forces general staff confirmed an air strike "in the Bankass area" against what it called "a gathering of terrorists" but gave no toll.

Mali has been ruled by a military junta since coups in 2020 and 2021. It expelled French troops and turned to Russian paramilitaries, now under the Africa Corps banner, but violence by jihadist groups has continued to spread from the north to the centre and south.

JNIM imposed a blockade on fuel imports in late 2025, causing months of shortages in the capital.
""", [
    ev("JNIM ambushed an army supply convoy on the Douentza-Boni road, killing six soldiers and wounding eleven.",
       "2026-09-10", "'on Thursday' against the Sept 12 (Saturday) dateline", "road between Douentza and Boni", "Mopti", "ML", "battle",
       "JNIM", "Malian security forces", 6, None, 11, None,
       "Six Malian soldiers were killed on Thursday when jihadists ambushed a supply convoy on the road between Douentza and Boni in the centre of the country, the army said in a statement read on state television. [...] Eleven soldiers were wounded in the attack, which the army said had been \"vigorously repelled\", adding that \"several assailants\" had been neutralised.",
       note="JNIM's claim of twenty soldiers killed is the perpetrator's own claim, not a toll; 'several assailants' vague"),
    ev("A drone struck the weekly fair in Bankass, killing 11 people including three children; the army confirmed an air strike on what it called a gathering of terrorists.",
       "2026-09-08", "'on Tuesday afternoon' against Saturday 12 Sept", "Bankass", "Mopti", "ML", "explosion",
       "Malian security forces", "civilians", 11, None, None, None,
       "Separately, residents and a local elected official told AFP that a drone struck the weekly fair in Bankass on Tuesday afternoon, killing 11 people, three of them children. [...] The armed forces general staff confirmed an air strike \"in the Bankass area\" against what it called \"a gathering of terrorists\" but gave no toll."),
])

# ---------------------------------------------------------------- H3-03 Burkina Faso (local press)
doc("H3-03", "2026-09-15", "Le Courrier de l'Est (local press)", "https://example.org/bf/2026/09/15/gayeri", """
GAYERI: a village mourns after Saturday's attack

By our correspondent in Fada N'Gourma

Fifteen days after the start of the rainy-season harvest, the hamlets on the northern edge of Gayéri, in the Komondjari province, are in mourning. On Saturday 12 September, unidentified armed men on motorbikes surrounded the market area at the entrance of the town and opened fire on the people gathered there.

According to a communiqué from the governor of the Est region, "about twenty civilians" lost their lives. Residents who took part in the burials on Sunday speak instead of some thirty dead, among them the imam's elder brother and two pupils of the primary school.

"They came from the north side, shooting at everything, then they burned the shops," a woman who fled to Fada N'Gourma with her four children told us. The governor's communiqué attributes the attack to "terrorist hordes" and says a sweep was launched by the army and the Volunteers for the Defence of the Homeland (VDP).

The VDP of the commune say they had already pushed back a raid on a neighbouring hamlet some days earlier, without giving a date or a toll.

Gayéri has lived under a de facto blockade for three years. Supplies reach it only in convoys escorted by the army, and several such convoys were attacked in 2023 and 2024.

The communiqué asks the population "to remain vigilant and to report any suspicious movement".
""", [
    ev("Unidentified armed men on motorbikes opened fire on people in the market area at the entrance of Gayéri and burned shops; the governor said about twenty civilians were killed, residents said some thirty.",
       "2026-09-12", "'On Saturday 12 September'", "market area, Gayéri", "Est", "BF", "attack_on_civilians",
       "militants", "civilians", 20, 30, None, None,
       "On Saturday 12 September, unidentified armed men on motorbikes surrounded the market area at the entrance of the town and opened fire on the people gathered there. [...] According to a communiqué from the governor of the Est region, \"about twenty civilians\" lost their lives. Residents who took part in the burials on Sunday speak instead of some thirty dead, among them the imam's elder brother and two pupils of the primary school.",
       note="official ~20 vs residents ~30: killed/killed_high; attackers called 'terrorist hordes', no group named"),
    ev("VDP said they had pushed back a raid on a neighbouring hamlet some days earlier.",
       None, "'some days earlier', no date", "neighbouring hamlet near Gayéri", "Est", "BF", "battle",
       "militants", "VDP", None, None, None, None,
       "The VDP of the commune say they had already pushed back a raid on a neighbouring hamlet some days earlier, without giving a date or a toll.",
       optional=True, note="no place name, no date"),
])

# ---------------------------------------------------------------- H3-04 Niger (army communique)
doc("H3-04", "2026-09-20", "Ministry of National Defence (communiqué, via state broadcaster)", "https://example.org/ne/2026/09/20/communique", """
Niger army communique: four soldiers killed in attack near Ayorou, 21 "terrorists neutralised"

NIAMEY, 20 September 2026 - The Ministry of National Defence on Sunday published its weekly operational bulletin covering 14 to 20 September. Extracts:

"On 16 September 2026 at around 10 a.m., a unit of Operation Niya stationed at Ayorou was the target of an attack by an armed terrorist group travelling on about a hundred motorcycles. Our defence and security forces reacted vigorously.

Provisional toll on our side: four (4) soldiers fallen on the field of honour and nine (9) wounded, evacuated to Niamey. On the enemy side: twenty-one (21) terrorists neutralised, about thirty motorcycles and weapons recovered.

On 17 September 2026, in Diffa, a joint police and gendarmerie operation led to the arrest of twelve (12) suspects, including presumed logisticians of Boko Haram terrorist groups.

On 18 September 2026, air assets struck a terrorist logistics base north of Filingué. Several terrorists were neutralised and stocks of fuel and munitions destroyed."

The bulletin also said escorts had brought 140 fuel tankers safely from the Benin border during the week.

Niger, led by a military government since the July 2023 coup, has formed a confederation with Mali and Burkina Faso and withdrawn from the regional bloc ECOWAS. The Tillabéri region, near the borders with both neighbours, is the country's most violent, with attacks by both the Islamic State Sahel Province and JNIM.
""", [
    ev("An armed group on about a hundred motorcycles attacked the army unit at Ayorou; four soldiers killed and nine wounded, the army claims 21 attackers killed.",
       "2026-09-16", "'On 16 September 2026'", "Ayorou", "Tillabéri", "NE", "battle",
       "militants", "Nigerien security forces", 4, 25, 9, None,
       "On 16 September 2026 at around 10 a.m., a unit of Operation Niya stationed at Ayorou was the target of an attack by an armed terrorist group travelling on about a hundred motorcycles. [...] Provisional toll on our side: four (4) soldiers fallen on the field of honour and nine (9) wounded, evacuated to Niamey. On the enemy side: twenty-one (21) terrorists neutralised, about thirty motorcycles and weapons recovered.",
       note="4 soldiers + 21 attackers (army's own unverified figure) = 25; killed 4, killed_high 25"),
    ev("A joint police and gendarmerie operation in Diffa arrested twelve suspects, including presumed Boko Haram logisticians.",
       "2026-09-17", "'On 17 September 2026'", "Diffa", "Diffa", "NE", "arrest",
       "Nigerien security forces", "Boko Haram", None, None, None, None,
       "On 17 September 2026, in Diffa, a joint police and gendarmerie operation led to the arrest of twelve (12) suspects, including presumed logisticians of Boko Haram terrorist groups.",
       arrested=12),
    ev("Air strike on a terrorist logistics base north of Filingué; several killed, fuel and munitions destroyed.",
       "2026-09-18", "'On 18 September 2026'", "north of Filingué", "Tillabéri", "NE", "explosion",
       "Nigerien security forces", "militants", None, None, None, None,
       "On 18 September 2026, air assets struck a terrorist logistics base north of Filingué. Several terrorists were neutralised and stocks of fuel and munitions destroyed.",
       note="'several' vague"),
], [fig("other", 140, None, "The bulletin also said escorts had brought 140 fuel tankers safely from the Benin border during the week.")])

# ---------------------------------------------------------------- H3-05 Sudan (OCHA)
doc("H3-05", "2026-10-02", "OCHA", "https://example.org/ocha/sudan/2026-10-02-statement", """
Statement by the Humanitarian Coordinator for Sudan on attacks in Kordofan

Port Sudan, 2 October 2026

I am appalled by reports that shelling struck the main market of Dilling, in South Kordofan, on 29 September, killing at least 23 civilians and injuring more than 40 others, many of them women and children who were buying food.

The market had only just reopened after weeks during which traders could not bring in goods. Medical staff at the town's only functioning hospital tell us they are running out of blood and surgical supplies.

The following day, 30 September, a convoy of five trucks carrying food for displaced families was attacked by armed men on the road north of Umm Ruwaba, in North Kordofan. One driver was killed and two were injured, and three trucks were looted.

Humanitarian workers are not a target. Since April 2023, more than 120 aid workers have been killed in Sudan.

Civilians in Kordofan are paying an unbearable price. More than 12 million people have been forced from their homes across Sudan since the war began, and famine has been confirmed in several areas.

I call on all parties to respect international humanitarian law, to stop the use of explosive weapons in populated areas, and to allow safe passage for humanitarian supplies.

For further information, please contact the OCHA Sudan public information unit.
""", [
    ev("Shelling struck Dilling's main market, killing at least 23 civilians and injuring more than 40.",
       "2026-09-29", "'on 29 September' in a statement dated 2 October 2026", "Dilling market", "South Kordofan", "SD", "explosion",
       "unknown", "civilians", 23, None, 40, None,
       "I am appalled by reports that shelling struck the main market of Dilling, in South Kordofan, on 29 September, killing at least 23 civilians and injuring more than 40 others, many of them women and children who were buying food.",
       note="statement names no perpetrator"),
    ev("Armed men attacked a five-truck food convoy north of Umm Ruwaba, killing one driver, injuring two and looting three trucks.",
       "2026-09-30", "'The following day, 30 September'", "road north of Umm Ruwaba", "North Kordofan", "SD", "attack_on_civilians",
       "unknown", "civilians", 1, None, 2, None,
       "The following day, 30 September, a convoy of five trucks carrying food for displaced families was attacked by armed men on the road north of Umm Ruwaba, in North Kordofan. One driver was killed and two were injured, and three trucks were looted."),
], [fig("killed", 120, "Sudan", "Since April 2023, more than 120 aid workers have been killed in Sudan."),
    fig("displaced", 12000000, "Sudan", "More than 12 million people have been forced from their homes across Sudan since the war began, and famine has been confirmed in several areas.")])

# ---------------------------------------------------------------- H3-06 South Sudan (local radio)
doc("H3-06", "2026-10-05", "Radio (South Sudan, local)", "https://example.org/ss/2026/10/05/yirol-cattle-raid", """
Yirol cattle raid: death toll disputed as officials trade blame

YIROL - Between 18 and 25 people were killed when armed youth raided a cattle camp in Yirol West County on Saturday, officials said, as authorities in Lakes State traded accusations with their neighbours over who was behind the attack.

Yirol West County Commissioner Abraham Mabior said 18 bodies had been recovered from the cattle camp, about 15 kilometres west of Yirol town, and that 14 people had been wounded. A member of the state parliament from the area put the death toll at 25, saying several bodies were found in the bush on Sunday.

"The attackers came before dawn from the direction of Rumbek East and drove away more than two thousand head of cattle," Mabior told this station by phone. "Our youth followed them, and there was heavy exchange of fire."

Officials in Rumbek East denied that youth from their county were involved.

In a separate incident on Sunday, gunmen abducted four women and three children who were collecting firewood near the Aluakluak road on the outskirts of Yirol town, the commissioner said. Their whereabouts are not known.

Revenge cattle raids between communities in Lakes, Warrap and Unity states kill hundreds of people every year. A disarmament campaign launched in 2024 collected thousands of guns but was suspended after clashes with armed youth.

The UN Mission in South Sudan said it had sent a patrol to the area.
""", [
    ev("Armed youth raided a cattle camp about 15 km west of Yirol, exchanging fire with local youth; 18 to 25 killed, 14 wounded and over 2,000 cattle taken.",
       "2026-10-03", "'on Saturday' against Monday 5 Oct", "cattle camp west of Yirol", "Lakes", "SS", "battle",
       "armed youth", "civilians", 18, 25, 14, None,
       "Between 18 and 25 people were killed when armed youth raided a cattle camp in Yirol West County on Saturday, officials said, as authorities in Lakes State traded accusations with their neighbours over who was behind the attack. [...] Yirol West County Commissioner Abraham Mabior said 18 bodies had been recovered from the cattle camp, about 15 kilometres west of Yirol town, and that 14 people had been wounded. A member of the state parliament from the area put the death toll at 25, saying several bodies were found in the bush on Sunday.",
       note="raiders' origin disputed (Rumbek East denies); exchange of fire with pursuing youth"),
    ev("Gunmen abducted four women and three children collecting firewood near the Aluakluak road outside Yirol.",
       "2026-10-04", "'on Sunday' against Monday 5 Oct", "Aluakluak road, outskirts of Yirol", "Lakes", "SS", "other",
       "unknown", "civilians", None, None, None, None,
       "In a separate incident on Sunday, gunmen abducted four women and three children who were collecting firewood near the Aluakluak road on the outskirts of Yirol town, the commissioner said.",
       note="abduction"),
])

# ---------------------------------------------------------------- H3-07 Somalia (AP)
doc("H3-07", "2026-10-09", "AP", "https://example.org/ap/2026/10/09/somalia-mogadishu-bomb", """
Car bomb near Somalia's parliament kills at least 7; al-Shabab claims attack

MOGADISHU, Somalia (AP) - A suicide bomber drove a car packed with explosives into a security checkpoint near Somalia's parliament building in the capital on Thursday, killing at least seven people, police said.

Police Capt. Abdirahman Hassan said most of the dead were soldiers guarding the checkpoint and people waiting in minibuses nearby. About 30 people were wounded.

On Friday, the director of Medina Hospital, Dr. Mohamed Yusuf, told The Associated Press that 12 bodies had been brought to the hospital's morgue and that several of the wounded were in critical condition.

The al-Qaida-linked al-Shabab extremist group claimed responsibility in a statement on a website linked to it, saying it targeted lawmakers arriving for a session. No lawmaker was reported hurt.

The attack came two days after the U.S. military said it had carried out an airstrike near Jilib, in the Middle Juba region, killing three al-Shabab fighters. U.S. Africa Command said in a statement that its assessment was that no civilians had been hurt in Tuesday's strike.

Al-Shabab, which controls large parts of rural southern and central Somalia, has carried out frequent bombings in Mogadishu. In October 2017, a truck bombing at a busy intersection in the city killed more than 500 people, the deadliest attack in the country's history.

The African Union's mission, now known as AUSSOM, has been struggling with funding shortfalls as Somali forces take on more responsibility for security.
""", [
    ev("Suicide car bomb at a security checkpoint near parliament in Mogadishu; police said at least seven killed, the hospital later counted 12 bodies; about 30 wounded. Al-Shabaab claimed it.",
       "2026-10-08", "'on Thursday' in a piece dated Friday 9 Oct (hospital's figure 'On Friday')", "checkpoint near parliament, Mogadishu", "Banaadir", "SO", "explosion",
       "al-Shabaab", "Somali security forces", 7, 12, 30, None,
       "A suicide bomber drove a car packed with explosives into a security checkpoint near Somalia's parliament building in the capital on Thursday, killing at least seven people, police said. [...] About 30 people were wounded. [...] On Friday, the director of Medina Hospital, Dr. Mohamed Yusuf, told The Associated Press that 12 bodies had been brought to the hospital's morgue and that several of the wounded were in critical condition.",
       note="toll revised 7 -> 12; victims soldiers and civilians"),
    ev("US airstrike near Jilib killed three al-Shabaab fighters, according to US Africa Command.",
       "2026-10-06", "'two days after' / 'Tuesday's strike' against Thursday 8 Oct", "near Jilib", "Middle Juba", "SO", "explosion",
       "US forces", "al-Shabaab", 3, None, None, None,
       "The attack came two days after the U.S. military said it had carried out an airstrike near Jilib, in the Middle Juba region, killing three al-Shabab fighters. U.S. Africa Command said in a statement that its assessment was that no civilians had been hurt in Tuesday's strike."),
])

# ---------------------------------------------------------------- H3-08 Kenya (local press)
doc("H3-08", "2026-10-13", "Kenyan daily (local press)", "https://example.org/ke/2026/10/13/mandera-ied", """
Four police officers killed as IED hits patrol in Mandera

Four police officers were killed and two others seriously injured on Sunday when their vehicle ran over an improvised explosive device on the Mandera-Elwak road, about 20 kilometres from Mandera town.

The officers, attached to the Rural Border Patrol Unit, were escorting a water bowser when the explosion ripped through their Land Cruiser at around 4pm, North Eastern regional police commander said in a report seen by this newspaper.

The injured were airlifted to Nairobi on Monday morning.

Police blamed al-Shabaab militants who cross from neighbouring Somalia and plant explosives on routes used by security patrols. "We have launched a manhunt for the cell behind this cowardly act," the report said.

In Lamu County, suspected militants torched three houses in a village near Witu on Monday night but no one was hurt, area chief Hassan Ali said. Residents had fled after being warned.

Mandera, Wajir, Garissa and Lamu counties have suffered a string of IED attacks since 2019. At least 60 security officers were killed in such blasts last year, according to figures compiled by the Interior Ministry.

Interior officials said the government would deploy additional armoured vehicles to the border counties before the end of the year.
""", [
    ev("IED hit a police Land Cruiser on the Mandera-Elwak road about 20 km from Mandera town, killing four officers and seriously injuring two; police blamed al-Shabaab.",
       "2026-10-11", "'on Sunday' against Tuesday 13 Oct", "Mandera-Elwak road", "Mandera", "KE", "explosion",
       "al-Shabaab", "Kenyan security forces", 4, None, 2, None,
       "Four police officers were killed and two others seriously injured on Sunday when their vehicle ran over an improvised explosive device on the Mandera-Elwak road, about 20 kilometres from Mandera town.",
       note="attribution by police"),
    ev("Suspected militants torched three houses in a village near Witu; no one was hurt.",
       "2026-10-12", "'on Monday night' against Tuesday 13 Oct", "village near Witu", "Lamu", "KE", "other",
       "militants", "civilians", 0, None, 0, None,
       "In Lamu County, suspected militants torched three houses in a village near Witu on Monday night but no one was hurt, area chief Hassan Ali said.",
       note="property destruction"),
], [fig("killed", 60, "Kenya border counties", "At least 60 security officers were killed in such blasts last year, according to figures compiled by the Interior Ministry.")])

# ---------------------------------------------------------------- H3-09 DR Congo (Reuters)
doc("H3-09", "2026-10-20", "Reuters", "https://example.org/wire/2026/10/20/congo-beni-adf", """
Suspected ADF rebels kill at least 30 in eastern Congo night attack

BENI, Democratic Republic of Congo, Oct 20 (Reuters) - Rebels from the Allied Democratic Forces (ADF) killed at least 30 civilians in an overnight attack on a village outside Oicha in Congo's North Kivu province, the army and local officials said on Tuesday.

The assailants entered the village late on Saturday and attacked residents with machetes and guns until the early hours of Sunday, said army spokesman Lieutenant Antony Mualushayi. Civil society leaders in Beni territory said they had counted 38 bodies.

"Many houses were burned with people inside," said Darius Syaira, a civil society coordinator. "We are still searching."

The ADF, which has pledged allegiance to Islamic State, originated in Uganda and has killed thousands of civilians in eastern Congo over the past decade.

On Monday, several hundred people marched in Beni to demand better protection. Police fired tear gas to disperse them after some protesters threw stones at the town hall, witnesses said.

Further south, fighting broke out on Wednesday between M23 rebels and pro-government Wazalendo militias in hills west of Sake, residents said, despite a ceasefire signed in the framework of talks mediated by Qatar. There was no word on casualties.

The M23, backed by Rwanda, seized Goma and Bukavu early in 2025.
""", [
    ev("ADF rebels attacked a village outside Oicha overnight with machetes and guns, killing at least 30 civilians (38 bodies counted by civil society); houses burned.",
       "2026-10-17", "'late on Saturday' until early Sunday: overnight, first night Saturday 17 Oct", "village outside Oicha", "North Kivu", "CD", "attack_on_civilians",
       "ADF", "civilians", 30, 38, None, None,
       "Rebels from the Allied Democratic Forces (ADF) killed at least 30 civilians in an overnight attack on a village outside Oicha in Congo's North Kivu province, the army and local officials said on Tuesday. [...] The assailants entered the village late on Saturday and attacked residents with machetes and guns until the early hours of Sunday, said army spokesman Lieutenant Antony Mualushayi. Civil society leaders in Beni territory said they had counted 38 bodies."),
    ev("Several hundred people marched in Beni demanding protection; police fired tear gas after stones were thrown at the town hall.",
       "2026-10-19", "'On Monday' against Tuesday 20 Oct", "Beni", "North Kivu", "CD", "other",
       "protesters", "Congolese security forces", None, None, None, None,
       "On Monday, several hundred people marched in Beni to demand better protection. Police fired tear gas to disperse them after some protesters threw stones at the town hall, witnesses said.",
       note="protest with intervention"),
    ev("Fighting between M23 rebels and Wazalendo militias in hills west of Sake; no casualty figures.",
       "2026-10-14", "'on Wednesday' before Tuesday 20 Oct", "hills west of Sake", "North Kivu", "CD", "battle",
       "M23", "Wazalendo", None, None, None, None,
       "Further south, fighting broke out on Wednesday between M23 rebels and pro-government Wazalendo militias in hills west of Sake, residents said, despite a ceasefire signed in the framework of talks mediated by Qatar."),
])

# ---------------------------------------------------------------- H3-10 Mozambique (Lusa)
doc("H3-10", "2026-10-24", "Lusa", "https://example.org/lusa/2026/10/24/cabo-delgado", """
Mozambique: insurgents behead four in Cabo Delgado, army reports clash near Macomia

Pemba, 24 Oct 2026 (Lusa) - Armed insurgents beheaded four civilians and set fire to dozens of houses in a village in Mocímboa da Praia district, in the northern province of Cabo Delgado, on Wednesday, local sources told Lusa.

The victims, three men and a woman, had returned to their fields after the harvest, a community leader said by telephone. About 300 families fled towards the district headquarters after the attack.

The following day, the Mozambican Defence and Security Forces, supported by Rwandan troops, clashed with a group of insurgents in the bush south of Macomia town, a military source said. The source said five insurgents were killed and one Mozambican soldier was wounded.

On Friday, insurgents entered the coastal village of Mucojo, in Macomia district, and raised their black flag over the administrative post for several hours before withdrawing, residents said. There were no reports of casualties.

The extremist group Islamic State claimed the beheadings on its Amaq agency, describing the victims as "Christians".

The insurgency in Cabo Delgado, which began in October 2017, has killed more than 6,000 people and displaced around one million, according to the conflict monitor ACLED and the United Nations. Since 2021, Rwanda has deployed several thousand troops in the province, where a large natural gas project led by TotalEnergies is due to resume.
""", [
    ev("Insurgents beheaded four civilians and burned dozens of houses in a village in Mocímboa da Praia district; Islamic State claimed it.",
       "2026-10-21", "'on Wednesday' against Saturday 24 Oct", "village in Mocímboa da Praia district", "Cabo Delgado", "MZ", "attack_on_civilians",
       "Islamic State", "civilians", 4, None, None, None,
       "Armed insurgents beheaded four civilians and set fire to dozens of houses in a village in Mocímboa da Praia district, in the northern province of Cabo Delgado, on Wednesday, local sources told Lusa. [...] The extremist group Islamic State claimed the beheadings on its Amaq agency, describing the victims as \"Christians\"."),
    ev("Mozambican forces with Rwandan troops clashed with insurgents south of Macomia; five insurgents killed, one soldier wounded.",
       "2026-10-22", "'The following day' after Wednesday 21 Oct", "south of Macomia", "Cabo Delgado", "MZ", "battle",
       "Mozambican security forces", "Islamic State", 5, None, 1, None,
       "The following day, the Mozambican Defence and Security Forces, supported by Rwandan troops, clashed with a group of insurgents in the bush south of Macomia town, a military source said. The source said five insurgents were killed and one Mozambican soldier was wounded.",
       note="with Rwandan troops"),
    ev("Insurgents entered the coastal village of Mucojo and held the administrative post for several hours before withdrawing.",
       "2026-10-23", "'On Friday' against Saturday 24 Oct", "Mucojo", "Cabo Delgado", "MZ", "territory_gain",
       "Islamic State", "Mozambican security forces", None, None, None, None,
       "On Friday, insurgents entered the coastal village of Mucojo, in Macomia district, and raised their black flag over the administrative post for several hours before withdrawing, residents said.",
       note="brief occupation; 'no reports of casualties' is not a statement that nobody was hurt, so counts are null"),
], [fig("killed", 6000, "Cabo Delgado", "The insurgency in Cabo Delgado, which began in October 2017, has killed more than 6,000 people and displaced around one million, according to the conflict monitor ACLED and the United Nations."),
    fig("displaced", 300, None, "About 300 families fled towards the district headquarters after the attack.", note="families")])

# ---------------------------------------------------------------- H3-11 Cameroon (local press)
doc("H3-11", "2026-11-02", "Bamenda weekly (local press)", "https://example.org/cm/2026/11/02/kumbo-batibo-mora", """
Principal, six students kidnapped in Kumbo as violence flares in North West

Suspected separatist fighters on Friday abducted the principal of a government secondary school in Kumbo and six of his students, the Bui divisional officer has said.

The gunmen stormed the school during morning classes, fired into the air and marched the group into the hills behind the campus, witnesses said. A video posted online on Saturday by a group calling itself the Bui Warriors showed the principal asking the government to close schools "until the struggle is over".

Separatists have enforced a boycott of schools in the English-speaking regions since 2017, and hundreds of schools remain closed.

On Saturday, soldiers raided the Batibo area in Momo division. The army said in a statement that five "terrorists" were killed and several homemade guns seized. Residents told this paper that three of the dead were farmers with no links to the fighters, a claim the army has not answered.

In the Far North region, Boko Haram fighters raided a settlement outside Mora overnight on Saturday into Sunday, killing two members of a local vigilance committee and a herder, an official in Mora said. The raiders took livestock before fleeing towards the Nigerian border.

The conflict in the North West and South West regions has killed more than 6,500 people since 2017, according to the International Crisis Group.
""", [
    ev("Suspected separatist fighters abducted a secondary-school principal and six students in Kumbo.",
       "2026-10-30", "'on Friday' against Monday 2 Nov", "government secondary school, Kumbo", "North-West", "CM", "other",
       "Ambazonian separatists", "civilians", None, None, None, None,
       "Suspected separatist fighters on Friday abducted the principal of a government secondary school in Kumbo and six of his students, the Bui divisional officer has said.",
       note="abduction; 'Bui Warriors'"),
    ev("Army raid in the Batibo area; army says five 'terrorists' killed, residents say three of the dead were farmers.",
       "2026-10-31", "'On Saturday' against Monday 2 Nov", "Batibo", "North-West", "CM", "battle",
       "Cameroonian security forces", "Ambazonian separatists", 5, None, None, None,
       "On Saturday, soldiers raided the Batibo area in Momo division. The army said in a statement that five \"terrorists\" were killed and several homemade guns seized. Residents told this paper that three of the dead were farmers with no links to the fighters, a claim the army has not answered.",
       note="victims' status disputed"),
    ev("Boko Haram fighters raided a settlement outside Mora, killing two vigilance committee members and a herder and taking livestock.",
       "2026-10-31", "'overnight on Saturday into Sunday': first night, Saturday 31 Oct", "settlement outside Mora", "Far North", "CM", "battle",
       "Boko Haram", "vigilance committee", 3, None, None, None,
       "In the Far North region, Boko Haram fighters raided a settlement outside Mora overnight on Saturday into Sunday, killing two members of a local vigilance committee and a herder, an official in Mora said."),
], [fig("killed", 6500, "North West and South West Cameroon", "The conflict in the North West and South West regions has killed more than 6,500 people since 2017, according to the International Crisis Group.")])

# ---------------------------------------------------------------- H3-12 Ethiopia (analysis, one fresh incident)
doc("H3-12", "2026-11-06", "Analysis (online magazine)", "https://example.org/analysis/2026/11/06/amhara-drones", """
Amhara's forgotten war: drones, roadblocks and a minibus on the Bichena road

ANALYSIS

More than three years after the Fano militias took up arms against the federal government, the war in Ethiopia's Amhara region has settled into a grinding pattern that rarely makes international headlines.

The conflict began in August 2023, when Fano fighters briefly took control of parts of Bahir Dar and Gondar after the government moved to dissolve regional special forces. A state of emergency followed. Since then, the army has held the main towns while Fano units move freely through much of the countryside.

Both sides have been accused of abuses. Rights groups documented mass killings of civilians by soldiers in Merawi in January 2024, and Fano units have been blamed for abductions for ransom and killings of local officials.

The latest incident illustrates how civilians are caught in between. On Tuesday, a minibus carrying market-goers was struck on the road just outside Bichena, in East Gojjam zone. A health worker at the town's clinic said 14 passengers were killed and six injured, two of them children.

Residents said the strike came from a drone, which they said had been circling the area for hours. The federal government's communications service denied that the army had carried out any strike in the area and blamed "extremist forces" for spreading false reports. It was not possible to verify either account; mobile internet has been cut in much of the zone.

Drones have become a central tool of the federal army, which used them heavily during the 2020-2022 war in Tigray. Analysts say their use in Amhara has grown as Fano units have become harder to dislodge from rural areas.

"The government is trying to win a counter-insurgency from the air," said a researcher who follows the region and asked not to be named. "But every strike on a market or a bus pushes more young men into the bush."

Prospects for talks look dim. Fano remains split among regional commands, and a unified leadership announced in 2025 has struggled to impose discipline. The government, for its part, has offered amnesties but refused to negotiate with what it calls extremists.

Meanwhile, the humanitarian cost keeps rising. Schools in large parts of Gojjam and Gondar have been shut for two years, and aid agencies say access to many districts is possible only with armed escorts.

With national elections behind it, Addis Ababa may feel less pressure to compromise. For the passengers on the Bichena road, that offers little comfort.
""", [
    ev("A minibus carrying market-goers was struck, residents say by a drone, just outside Bichena; 14 passengers killed and six injured. The government denied carrying out a strike.",
       "2026-11-03", "'On Tuesday' against Friday 6 Nov", "road outside Bichena", "Amhara", "ET", "explosion",
       "unknown", "civilians", 14, None, 6, None,
       "On Tuesday, a minibus carrying market-goers was struck on the road just outside Bichena, in East Gojjam zone. A health worker at the town's clinic said 14 passengers were killed and six injured, two of them children. [...] Residents said the strike came from a drone, which they said had been circling the area for hours. The federal government's communications service denied that the army had carried out any strike in the area and blamed \"extremist forces\" for spreading false reports.",
       note="responsibility disputed (residents imply the army's drone; government denies): actor1 unknown"),
])

# ---------------------------------------------------------------- H3-13 Libya (local press)
doc("H3-13", "2026-09-25", "Libyan news site (local press)", "https://example.org/ly/2026/09/25/tripoli-clashes", """
Nine killed in Tripoli clashes, protesters demand armed groups leave capital

TRIPOLI - Nine people, two of them civilians, were killed and 27 wounded in clashes that erupted in Tripoli's Souq al-Jumaa district on Wednesday night and lasted until Thursday morning, the Emergency Medicine Centre said.

The fighting began after units of the 444 Combat Brigade advanced on positions held by the Radaa Deterrence Apparatus near Mitiga airport, residents said. Flights at Mitiga were diverted to Misrata.

Heavy machine-gun fire and explosions could be heard across the east of the city through the night. A family of four was trapped for hours in a burning building before being rescued by the Red Crescent, volunteers said.

A ceasefire brokered by elders and the Government of National Unity took hold on Thursday morning.

On Thursday afternoon, hundreds of people gathered peacefully in Martyrs' Square to demand that all armed groups withdraw from residential areas of the capital. "We are tired of being hostages," read one banner.

Tripoli has seen repeated bouts of fighting between armed groups since the 2011 uprising that toppled Muammar Gaddafi. In May 2025, the killing of a militia leader triggered the heaviest fighting in the city in years.

The UN Support Mission in Libya called on all sides to respect the truce and return to dialogue.
""", [
    ev("444 Combat Brigade units advanced on Radaa positions in Souq al-Jumaa, Tripoli, setting off overnight clashes that killed nine (two civilians) and wounded 27.",
       "2026-09-23", "'on Wednesday night ... until Thursday morning': first night Wednesday 23 Sept", "Souq al-Jumaa", "Tripoli", "LY", "battle",
       "444 Brigade", "Radaa Deterrence Force", 9, None, 27, None,
       "Nine people, two of them civilians, were killed and 27 wounded in clashes that erupted in Tripoli's Souq al-Jumaa district on Wednesday night and lasted until Thursday morning, the Emergency Medicine Centre said. [...] The fighting began after units of the 444 Combat Brigade advanced on positions held by the Radaa Deterrence Apparatus near Mitiga airport, residents said."),
    ev("Hundreds gathered peacefully in Martyrs' Square demanding armed groups withdraw from residential areas.",
       "2026-09-24", "'On Thursday afternoon' against Friday 25 Sept", "Martyrs' Square, Tripoli", "Tripoli", "LY", "other",
       "protesters", "none", None, None, None, None,
       "On Thursday afternoon, hundreds of people gathered peacefully in Martyrs' Square to demand that all armed groups withdraw from residential areas of the capital.",
       note="peaceful protest"),
])

# ---------------------------------------------------------------- H3-14 Yemen (Reuters)
doc("H3-14", "2026-11-10", "Reuters", "https://example.org/wire/2026/11/10/yemen-taiz-hays", """
Houthi shelling kills two children in Yemen's Taiz, fighting flares near Hodeidah

ADEN, Nov 10 (Reuters) - Shelling by Yemen's Houthi movement killed two children and wounded five other civilians in the southwestern city of Taiz on Sunday, a local official and medics said.

The shells hit homes in the Thawra neighbourhood, near the front line that divides the city, said Abdulqawi al-Mikhlafi, a deputy governor. The wounded included the children's mother.

The Houthis, who control the north of Yemen including the capital Sanaa, did not comment. The group has besieged parts of Taiz since 2015.

On Monday, Houthi fighters attacked government positions in Hays district, south of the port city of Hodeidah. A military source with the government forces said four soldiers were killed and nine wounded, and that at least seven Houthi fighters died in the fighting.

A Houthi-run news channel said its forces had "repelled an enemy infiltration" in the area, without giving figures.

A truce brokered by the United Nations in April 2022 has largely held along the main front lines, but sporadic clashes continue. The Houthis' attacks on shipping in the Red Sea, which they say are in support of Palestinians in Gaza, drew U.S. and Israeli air strikes in 2024 and 2025.

The war has killed hundreds of thousands of people, directly or through hunger and disease, according to U.N. estimates.
""", [
    ev("Houthi shelling hit homes in Taiz's Thawra neighbourhood, killing two children and wounding five civilians.",
       "2026-11-08", "'on Sunday' against Tuesday 10 Nov", "Thawra neighbourhood, Taiz", "Taiz", "YE", "explosion",
       "Houthis", "civilians", 2, None, 5, None,
       "Shelling by Yemen's Houthi movement killed two children and wounded five other civilians in the southwestern city of Taiz on Sunday, a local official and medics said. [...] The shells hit homes in the Thawra neighbourhood, near the front line that divides the city, said Abdulqawi al-Mikhlafi, a deputy governor."),
    ev("Houthi fighters attacked government positions in Hays district; four soldiers and at least seven Houthis killed, nine soldiers wounded.",
       "2026-11-09", "'On Monday' against Tuesday 10 Nov", "Hays", "Hodeidah", "YE", "battle",
       "Houthis", "Yemeni government forces", 11, None, 9, None,
       "On Monday, Houthi fighters attacked government positions in Hays district, south of the port city of Hodeidah. A military source with the government forces said four soldiers were killed and nine wounded, and that at least seven Houthi fighters died in the fighting.",
       note="11 = 4 soldiers + at least 7 Houthis"),
])

# ---------------------------------------------------------------- H3-15 Syria (live blog)
doc("H3-15", "2026-12-01", "Live blog (news site)", "https://example.org/live/2026/12/01/syria", """
Syria live: clashes near Sweida, IS attack in Deir ez-Zor - as it happened

Tuesday 1 December 2026

17:40
That's all from us today. Talks in Damascus on folding the Syrian Democratic Forces into the national army are due to resume next week, after stalling in October over the future of Kurdish-run security units. We'll be back tomorrow.

16:20 - Sweida toll rises
The Syrian Observatory for Human Rights now says eight people were killed in this morning's fighting at al-Mazraa, up from six. It does not say which side the two new victims were on.

15:05
Several hundred people are protesting in central Latakia against rising bread and fuel prices, according to pictures shared by local journalists. The protest appears peaceful, and security forces are keeping their distance.

12:30 - IS attack in Mayadin
Gunmen believed to belong to the Islamic State group attacked a checkpoint on the eastern edge of Mayadin in Deir ez-Zor province at dawn today, killing three members of the government's security forces, the interior ministry said. The attackers fled towards the desert. IS has not commented.

10:45 - Fighting west of Sweida
Local Druze fighters attacked a government checkpoint at the entrance of al-Mazraa, a village west of Sweida city, early on Tuesday, a monitor and local sources say. The Syrian Observatory for Human Rights says six people were killed: four members of the security forces and two local fighters. Tensions have been high since the deadly clashes in the province in July 2025.

09:10 - Israeli strikes near Damascus
Israeli aircraft struck a military site near Qatana, south-west of Damascus, overnight, state news agency SANA reports. It said there were no casualties. The Israeli military has not commented.

08:55 - Arrests in Idlib
Catching up from yesterday: the interior ministry said on Monday that its forces had arrested six members of an IS cell in Idlib city who were planning attacks on churches. It published photos of weapons and explosive belts it said had been seized.

08:30
Good morning and welcome to our live coverage of Syria. Here are the main developments so far.
""", [
    ev("Local Druze fighters attacked a government checkpoint at al-Mazraa west of Sweida; six killed (four security forces, two fighters), later raised to eight.",
       "2026-12-01", "'early on Tuesday' / 'this morning' in a live blog of Tuesday 1 Dec 2026", "al-Mazraa", "Sweida", "SY", "battle",
       "Druze fighters", "Syrian government forces", 6, 8, None, None,
       "Local Druze fighters attacked a government checkpoint at the entrance of al-Mazraa, a village west of Sweida city, early on Tuesday, a monitor and local sources say. The Syrian Observatory for Human Rights says six people were killed: four members of the security forces and two local fighters. [...] The Syrian Observatory for Human Rights now says eight people were killed in this morning's fighting at al-Mazraa, up from six.",
       note="toll rose 6 -> 8"),
    ev("IS gunmen attacked a checkpoint on the eastern edge of Mayadin, killing three government security personnel.",
       "2026-12-01", "'at dawn today' in the 1 Dec live blog", "eastern edge of Mayadin", "Deir ez-Zor", "SY", "battle",
       "Islamic State", "Syrian government forces", 3, None, None, None,
       "Gunmen believed to belong to the Islamic State group attacked a checkpoint on the eastern edge of Mayadin in Deir ez-Zor province at dawn today, killing three members of the government's security forces, the interior ministry said."),
    ev("Israeli aircraft struck a military site near Qatana; no casualties according to SANA.",
       "2026-11-30", "'overnight' in the 1 Dec morning post: first night, Monday 30 Nov", "military site near Qatana", "Rif Dimashq", "SY", "explosion",
       "Israeli security forces", "Syrian government forces", 0, None, 0, None,
       "Israeli aircraft struck a military site near Qatana, south-west of Damascus, overnight, state news agency SANA reports. It said there were no casualties."),
    ev("Interior ministry forces arrested six members of an IS cell in Idlib city.",
       None, "'said on Monday' (30 Nov): the day of the announcement only, arrest day not given", "Idlib", "Idlib", "SY", "arrest",
       "Syrian government forces", "Islamic State", None, None, None, None,
       "Catching up from yesterday: the interior ministry said on Monday that its forces had arrested six members of an IS cell in Idlib city who were planning attacks on churches.",
       arrested=6),
    ev("Several hundred people protested peacefully in central Latakia against bread and fuel prices.",
       "2026-12-01", "live post at 15:05, Tuesday 1 Dec ('are protesting')", "central Latakia", "Latakia", "SY", "other",
       "protesters", "none", None, None, None, None,
       "Several hundred people are protesting in central Latakia against rising bread and fuel prices, according to pictures shared by local journalists. The protest appears peaceful, and security forces are keeping their distance.",
       note="peaceful protest"),
])

# ---------------------------------------------------------------- H3-16 Iraq (local press)
doc("H3-16", "2026-10-28", "Iraqi Kurdish news site (local press)", "https://example.org/iq/2026/10/28/tuz-attack", """
Two Iraqi soldiers killed in ISIS attack near Tuz Khurmatu

TUZ KHURMATU, Iraq - Two Iraqi soldiers were killed and three wounded when Islamic State (ISIS) militants attacked an army outpost in the hills east of Tuz Khurmatu on Monday night, a security source told our reporter.

The attackers used sniper rifles and a grenade launcher before withdrawing towards the Hamrin mountains, the source said, adding that reinforcements had been sent and a search operation launched on Tuesday.

Separately, the Anbar Operations Command said on Tuesday that security forces had arrested five ISIS suspects in an operation in Ramadi, including a man it described as an official in charge of the group's finances in the province.

Though Iraq declared victory over ISIS in December 2017, remnants of the group remain active in a belt of rugged territory stretching across Kirkuk, Salahuddin and Diyala provinces, where the federal army and Kurdish Peshmerga forces have long had gaps in coordination.

In 2024, the two sides set up joint brigades to cover the so-called disputed areas. Officials say attacks have dropped sharply since then but not stopped.

According to figures from the Iraqi interior ministry, more than 1,200 ISIS suspects were arrested across the country in the first nine months of this year.
""", [
    ev("IS militants attacked an army outpost in the hills east of Tuz Khurmatu, killing two soldiers and wounding three.",
       "2026-10-26", "'on Monday night' against Wednesday 28 Oct", "hills east of Tuz Khurmatu", "Salahuddin", "IQ", "battle",
       "Islamic State", "Iraqi Security Forces", 2, None, 3, None,
       "Two Iraqi soldiers were killed and three wounded when Islamic State (ISIS) militants attacked an army outpost in the hills east of Tuz Khurmatu on Monday night, a security source told our reporter."),
    ev("Security forces arrested five IS suspects in Ramadi, including an alleged finance official.",
       None, "'said on Tuesday': the day of the announcement only, arrest day not given", "Ramadi", "Anbar", "IQ", "arrest",
       "Iraqi Security Forces", "Islamic State", None, None, None, None,
       "Separately, the Anbar Operations Command said on Tuesday that security forces had arrested five ISIS suspects in an operation in Ramadi, including a man it described as an official in charge of the group's finances in the province.",
       arrested=5),
], [fig("arrested", 1200, "Iraq", "According to figures from the Iraqi interior ministry, more than 1,200 ISIS suspects were arrested across the country in the first nine months of this year.")])

# ---------------------------------------------------------------- H3-17 Lebanon (AFP)
doc("H3-17", "2026-11-14", "AFP", "https://example.org/afp/2026-11-14/lebanon-strike", """
Israeli strike on car kills two in south Lebanon

BEIRUT, Nov 14, 2026 (AFP) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two people on Friday, Lebanon's health ministry said, as Israel kept up near-daily attacks despite a ceasefire with Hezbollah.

The Israeli military said it had "eliminated two Hezbollah terrorists" who were "trying to rebuild the organisation's infrastructure" in the area.

An AFP correspondent saw the charred remains of the vehicle on a main road at the entrance of the town, near a school.

On Thursday, a strike on a house on the outskirts of Nabatieh wounded three people, including a child, the ministry said in an earlier statement.

A ceasefire agreed in November 2024 ended more than a year of hostilities between Israel and Hezbollah, including two months of all-out war. Israel has nonetheless continued to strike Lebanon, saying it is acting against Hezbollah's attempts to rearm, and keeps troops in five hilltop positions in the south.

More than 330 people have been killed by Israeli fire in Lebanon since the ceasefire took effect, according to an AFP tally based on health ministry figures.

Lebanon's government has approved a plan for the army to disarm Hezbollah, which the group has rejected.
""", [
    ev("Israeli drone strike on a car at the entrance of Bint Jbeil killed two people; Israel said they were Hezbollah members.",
       "2026-11-13", "'on Friday' against Saturday 14 Nov", "Bint Jbeil", "Nabatieh", "LB", "explosion",
       "Israeli security forces", "Hezbollah", 2, None, None, None,
       "An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two people on Friday, Lebanon's health ministry said, as Israel kept up near-daily attacks despite a ceasefire with Hezbollah. [...] The Israeli military said it had \"eliminated two Hezbollah terrorists\" who were \"trying to rebuild the organisation's infrastructure\" in the area."),
    ev("Strike on a house on the outskirts of Nabatieh wounded three people including a child.",
       "2026-11-12", "'On Thursday' against Saturday 14 Nov", "outskirts of Nabatieh", "Nabatieh", "LB", "explosion",
       "Israeli security forces", "civilians", None, None, 3, None,
       "On Thursday, a strike on a house on the outskirts of Nabatieh wounded three people, including a child, the ministry said in an earlier statement.",
       note="the striker is implied by context (Israeli strikes), not named in the sentence"),
], [fig("killed", 330, "Lebanon", "More than 330 people have been killed by Israeli fire in Lebanon since the ceasefire took effect, according to an AFP tally based on health ministry figures.")])

# ---------------------------------------------------------------- H3-18 West Bank (NGO statement)
doc("H3-18", "2026-10-17", "Rights group (NGO statement)", "https://example.org/ngo/2026/10/17/turmus-ayya", """
Field update: settler rampage in Turmus Ayya leaves one dead; mass arrests in Jenin camp

Statement, 17 October 2026

Our field researchers documented the following incidents in the occupied West Bank this week.

Turmus Ayya (Ramallah governorate), Thursday 15 October. At about 5 p.m., dozens of Israeli settlers, some of them masked and armed, entered the eastern part of the village, set fire to six vehicles and two houses, and threw stones at residents. When villagers tried to protect their homes, settlers opened fire. Nasser A., 19, was shot in the chest and pronounced dead at the hospital in Ramallah. Four other residents were wounded, one of them by live fire and three by stones. Israeli soldiers arrived about 40 minutes later and fired tear gas at residents; no settler was detained.

Jenin refugee camp, Wednesday 14 October. Israeli forces carried out a pre-dawn raid on the camp and surrounding neighbourhoods and arrested 14 people, among them two minors, according to families and a local committee. Troops also bulldozed a section of road at the camp's entrance.

Olive harvest. In recent weeks, our researchers have also recorded repeated cases of settlers uprooting olive trees and stealing harvested crops in villages around Nablus and Salfit.

Background. Since the start of the war in Gaza in October 2023, more than 1,000 Palestinians have been killed in the West Bank by Israeli forces and settlers, according to UN figures. Settler attacks reached a record level in 2025.

We call on the international community to hold those responsible to account.
""", [
    ev("Dozens of armed settlers attacked Turmus Ayya, burning vehicles and houses; a 19-year-old was shot dead and four residents wounded.",
       "2026-10-15", "'Thursday 15 October'", "Turmus Ayya", "Ramallah", "PS", "attack_on_civilians",
       "Israeli settlers", "civilians", 1, None, 4, None,
       "Turmus Ayya (Ramallah governorate), Thursday 15 October. At about 5 p.m., dozens of Israeli settlers, some of them masked and armed, entered the eastern part of the village, set fire to six vehicles and two houses, and threw stones at residents. [...] Nasser A., 19, was shot in the chest and pronounced dead at the hospital in Ramallah. Four other residents were wounded, one of them by live fire and three by stones."),
    ev("Israeli forces raided Jenin refugee camp before dawn and arrested 14 people including two minors.",
       "2026-10-14", "'Wednesday 14 October'", "Jenin refugee camp", "Jenin", "PS", "arrest",
       "Israeli security forces", "civilians", None, None, None, None,
       "Jenin refugee camp, Wednesday 14 October. Israeli forces carried out a pre-dawn raid on the camp and surrounding neighbourhoods and arrested 14 people, among them two minors, according to families and a local committee.",
       arrested=14),
    ev("Repeated cases of settlers uprooting olive trees and stealing crops around Nablus and Salfit in recent weeks.",
       None, "'In recent weeks': aggregate", "villages around Nablus and Salfit", "Nablus", "PS", "other",
       "Israeli settlers", "civilians", None, None, None, None,
       "In recent weeks, our researchers have also recorded repeated cases of settlers uprooting olive trees and stealing harvested crops in villages around Nablus and Salfit.",
       optional=True, note="aggregate of unspecified incidents"),
], [fig("killed", 1000, "West Bank", "Since the start of the war in Gaza in October 2023, more than 1,000 Palestinians have been killed in the West Bank by Israeli forces and settlers, according to UN figures.")])

# ---------------------------------------------------------------- H3-19 Ukraine / Russia (Reuters)
doc("H3-19", "2026-09-29", "Reuters", "https://example.org/wire/2026/09/29/ukraine-dnipro", """
Russian missile and drone attack kills four in Dnipro; Ukraine hits refinery

KYIV, Sept 29 (Reuters) - A Russian missile and drone attack on the central Ukrainian city of Dnipro overnight into Monday killed four people and wounded 22, regional officials said, damaging apartment blocks, a bus depot and a power substation.

By Tuesday morning, Dnipropetrovsk regional governor Serhiy Lysak said the number of wounded had risen to 25, with seven people still in hospital, two of them in serious condition.

Ukraine's air force said Russia had launched four ballistic missiles and 96 drones across the country overnight, of which 78 drones were shot down or jammed.

In the southern city of Kherson, Russian shelling killed a 63-year-old man and wounded two other people on Monday, the regional military administration said.

In Russia, the governor of the Samara region said Ukrainian drones had attacked an oil refinery in Syzran on Monday, starting a fire that was put out within hours. No one was hurt, he said. Ukraine's General Staff said the strike hit a primary processing unit.

Russia's defence ministry said on Monday its forces had captured the village of Novopavlivka in the east. Ukraine's military did not confirm the loss and Reuters could not verify the claim.

Russia launched its full-scale invasion of Ukraine in February 2022. Efforts led by the United States to broker a ceasefire have so far failed.
""", [
    ev("Russian missile and drone attack on Dnipro killed four and wounded 22, later 25.",
       "2026-09-27", "'overnight into Monday': first night, Sunday 27 Sept", "Dnipro", "Dnipropetrovsk", "UA", "explosion",
       "Russian security forces", "civilians", 4, None, 22, 25,
       "A Russian missile and drone attack on the central Ukrainian city of Dnipro overnight into Monday killed four people and wounded 22, regional officials said, damaging apartment blocks, a bus depot and a power substation. [...] By Tuesday morning, Dnipropetrovsk regional governor Serhiy Lysak said the number of wounded had risen to 25, with seven people still in hospital, two of them in serious condition.",
       note="wounded revised 22 -> 25"),
    ev("Russian shelling of Kherson killed a 63-year-old man and wounded two.",
       "2026-09-28", "'on Monday' against Tuesday 29 Sept", "Kherson", "Kherson", "UA", "explosion",
       "Russian security forces", "civilians", 1, None, 2, None,
       "In the southern city of Kherson, Russian shelling killed a 63-year-old man and wounded two other people on Monday, the regional military administration said."),
    ev("Ukrainian drones attacked the oil refinery in Syzran, starting a fire; no one was hurt.",
       "2026-09-28", "'on Monday' against Tuesday 29 Sept", "Syzran refinery", "Samara", "RU", "explosion",
       "Ukrainian security forces", "none", 0, None, 0, None,
       "In Russia, the governor of the Samara region said Ukrainian drones had attacked an oil refinery in Syzran on Monday, starting a fire that was put out within hours. No one was hurt, he said."),
    ev("Russia's defence ministry claimed the capture of Novopavlivka; not confirmed by Ukraine.",
       None, "'said on Monday' (28 Sept): day of the claim, capture day not given", "Novopavlivka", None, "UA", "territory_gain",
       "Russian security forces", "Ukrainian security forces", None, None, None, None,
       "Russia's defence ministry said on Monday its forces had captured the village of Novopavlivka in the east. Ukraine's military did not confirm the loss and Reuters could not verify the claim.",
       optional=True, note="unverified claim; several villages of the name"),
], [fig("other", 96, "Ukraine", "Ukraine's air force said Russia had launched four ballistic missiles and 96 drones across the country overnight, of which 78 drones were shot down or jammed.", note="drones launched")])

# ---------------------------------------------------------------- H3-20 Pakistan (local press)
doc("H3-20", "2026-11-18", "Pakistani daily (local press)", "https://example.org/pk/2026/11/18/bannu-kalat", """
Three policemen martyred in Bannu attack; seven bus passengers shot dead near Kalat

BANNU / QUETTA: Three policemen were martyred and two others injured when militants attacked a police station in Bannu district late on Monday night, police said. Four attackers were killed in retaliatory fire.

According to District Police Officer Ziaullah Khan, around 15 militants armed with heavy weapons and quadcopters attacked the station from three sides at about 11pm. The exchange of fire continued for nearly two hours before reinforcements arrived.

The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility in a message to journalists.

Chief Minister of Khyber Pakhtunkhwa condemned the attack and announced compensation for the families of the martyred policemen.

In Balochistan, armed men blocked the highway near Kalat on Tuesday evening, stopped two passenger coaches travelling to Punjab, checked the identity cards of passengers and shot dead seven men, Levies officials said. The banned Baloch Liberation Army (BLA) said its fighters carried out the attack.

Prime Minister condemned both attacks in a statement and said "terrorists and their foreign sponsors" would not be allowed to destabilise the country.

Militant violence has risen sharply in both provinces since the TTP ended a ceasefire with the government in November 2022. According to an Islamabad-based think tank, more than 1,500 people, most of them security personnel, were killed in militant attacks in the country in the first ten months of this year.
""", [
    ev("Around 15 TTP militants attacked a police station in Bannu district; three policemen and four attackers killed, two policemen injured.",
       "2026-11-16", "'late on Monday night' against Wednesday 18 Nov", "police station, Bannu district", "Khyber Pakhtunkhwa", "PK", "battle",
       "Tehrik-i-Taliban Pakistan", "Pakistani security forces", 7, None, 2, None,
       "Three policemen were martyred and two others injured when militants attacked a police station in Bannu district late on Monday night, police said. Four attackers were killed in retaliatory fire. [...] The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility in a message to journalists.",
       note="7 = 3 policemen + 4 attackers"),
    ev("Armed men stopped two Punjab-bound coaches on the highway near Kalat and shot dead seven passengers; the BLA claimed it.",
       "2026-11-17", "'on Tuesday evening' against Wednesday 18 Nov", "highway near Kalat", "Balochistan", "PK", "attack_on_civilians",
       "Baloch Liberation Army", "civilians", 7, None, None, None,
       "In Balochistan, armed men blocked the highway near Kalat on Tuesday evening, stopped two passenger coaches travelling to Punjab, checked the identity cards of passengers and shot dead seven men, Levies officials said. The banned Baloch Liberation Army (BLA) said its fighters carried out the attack."),
], [fig("killed", 1500, "Pakistan", "According to an Islamabad-based think tank, more than 1,500 people, most of them security personnel, were killed in militant attacks in the country in the first ten months of this year.")])

# ---------------------------------------------------------------- H3-21 Afghanistan (AP)
doc("H3-21", "2026-12-04", "AP", "https://example.org/ap/2026/12/04/afghanistan-kabul-bombing", """
Suicide bomber strikes outside Taliban ministry in Kabul; Islamic State claims attack

ISLAMABAD (AP) - A suicide bomber blew himself up outside a government ministry in the Afghan capital on Thursday, killing three people, a Taliban spokesman said. Staff at a hospital in Kabul said they had received nine bodies.

Interior Ministry spokesman Abdul Mateen Qani said the bomber detonated his explosives as employees were leaving the Ministry of Urban Development at the end of the working day. He said 15 people were wounded.

The Islamic State group's regional affiliate, known as Islamic State Khorasan Province, claimed responsibility in a statement carried by its Aamaq news agency.

The Taliban have sharply restricted reporting on attacks, and casualty figures from the authorities are often lower than those from hospitals and witnesses.

The attack came a day after Afghan and Pakistani border forces exchanged fire near the Spin Boldak crossing in southern Kandahar province. Taliban officials said two Afghan border guards were killed and accused Pakistani forces of firing first. A Pakistani security official said Afghan troops had opened fire on a Pakistani post and that Pakistan had responded.

Relations between the neighbours have been tense since deadly border fighting in October 2025, which ended with a ceasefire mediated by Qatar and Turkey.

The Islamic State affiliate has carried out a string of attacks in Kabul since the Taliban seized power in August 2021, targeting Taliban officials, foreigners and the Shiite Hazara minority.
""", [
    ev("Suicide bomber blew himself up outside the Ministry of Urban Development in Kabul; Taliban said three killed, hospital nine bodies; 15 wounded. IS-K claimed it.",
       "2026-12-03", "'on Thursday' in a piece of Friday 4 Dec", "Ministry of Urban Development, Kabul", "Kabul", "AF", "explosion",
       "Islamic State", "Taliban", 3, 9, 15, None,
       "A suicide bomber blew himself up outside a government ministry in the Afghan capital on Thursday, killing three people, a Taliban spokesman said. Staff at a hospital in Kabul said they had received nine bodies. [...] Interior Ministry spokesman Abdul Mateen Qani said the bomber detonated his explosives as employees were leaving the Ministry of Urban Development at the end of the working day. He said 15 people were wounded. [...] The Islamic State group's regional affiliate, known as Islamic State Khorasan Province, claimed responsibility in a statement carried by its Aamaq news agency.",
       note="conflicting tolls 3 vs 9"),
    ev("Afghan and Pakistani border forces exchanged fire near the Spin Boldak crossing; two Afghan border guards killed; each side says the other fired first.",
       "2026-12-02", "'a day after' Thursday 3 Dec", "Spin Boldak crossing", "Kandahar", "AF", "battle",
       "unknown", "unknown", 2, None, None, None,
       "The attack came a day after Afghan and Pakistani border forces exchanged fire near the Spin Boldak crossing in southern Kandahar province. Taliban officials said two Afghan border guards were killed and accused Pakistani forces of firing first.",
       note="who fired first disputed: actor1 unknown (Taliban border forces vs Pakistani security forces)"),
])

# ---------------------------------------------------------------- H3-22 India (PTI)
doc("H3-22", "2026-09-18", "PTI", "https://example.org/pti/2026/09/18/manipur-kupwara", """
Two village volunteers killed in Manipur gunfight; two militants killed in Kupwara encounter

Imphal/Srinagar, Sep 18 (PTI) Two village volunteers were killed and three others injured in a gunfight with suspected Kuki militants in the foothills near Moirang in Manipur's Bishnupur district on Thursday, police said.

The firing started around 6 am when armed men positioned on the hills opened fire on farmers working in paddy fields, a senior police officer said. Village volunteers returned fire and the exchange went on for over an hour before central security forces reached the spot.

The injured were taken to RIMS hospital in Imphal, where their condition was stated to be stable.

Manipur has been hit by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 260 people have been killed and around 60,000 displaced. President's Rule was imposed in the state in February 2025.

In Jammu and Kashmir, two militants were killed in an encounter with security forces in a forest area of Kupwara district on Wednesday, officials said.

Acting on specific input about the presence of militants, a joint team of the Army and Jammu and Kashmir Police launched a search operation, the Army's Srinagar-based Chinar Corps said on X. The hiding militants opened fire and were killed in the retaliatory action, it said. Two AK rifles and ammunition were recovered. PTI
""", [
    ev("Suspected Kuki militants on the hills opened fire on farmers near Moirang; in the gunfight with village volunteers two volunteers were killed and three injured.",
       "2026-09-17", "'on Thursday' against Friday 18 Sept", "foothills near Moirang", "Manipur", "IN", "battle",
       "Kuki militants", "Meitei village volunteers", 2, None, 3, None,
       "Two village volunteers were killed and three others injured in a gunfight with suspected Kuki militants in the foothills near Moirang in Manipur's Bishnupur district on Thursday, police said."),
    ev("Army and J&K police killed two militants in an encounter in a forest area of Kupwara.",
       "2026-09-16", "'on Wednesday' against Friday 18 Sept", "forest area of Kupwara", "Jammu and Kashmir", "IN", "battle",
       "Indian security forces", "militants", 2, None, None, None,
       "In Jammu and Kashmir, two militants were killed in an encounter with security forces in a forest area of Kupwara district on Wednesday, officials said."),
], [fig("killed", 260, "Manipur", "Manipur has been hit by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 260 people have been killed and around 60,000 displaced."),
    fig("displaced", 60000, "Manipur", "Manipur has been hit by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 260 people have been killed and around 60,000 displaced.")])

# ---------------------------------------------------------------- H3-23 Bangladesh (local press)
doc("H3-23", "2026-11-22", "Dhaka daily (local press)", "https://example.org/bd/2026/11/22/narayanganj-workers", """
Worker killed as police fire on wage protest in Narayanganj

A garment worker was killed and at least 30 others injured yesterday when police fired tear gas shells and rubber bullets to disperse workers demanding unpaid wages in Narayanganj's Fatullah area.

Workers of two factories had blocked the Dhaka-Narayanganj link road since morning, saying they had not been paid for three months. Police said they moved in after protesters threw bricks at vehicles and set fire to tyres.

Rafiqul Islam, 24, a sewing operator, was declared dead on arrival at Narayanganj General Hospital with pellet wounds to his head and chest, the hospital's resident medical officer told The Daily. Police said they were investigating whether he was hit by a rubber bullet.

"We were asking for the money we earned. They answered with bullets," said a co-worker, who asked not to be named.

Meanwhile, in Tongi, a mob beat to death a man accused of stealing a battery-run rickshaw on Friday night, police said. The victim's family said he was a day labourer and had been wrongly accused.

Labour unrest has been frequent in the garment sector, which accounts for more than 80 percent of the country's export earnings, since the fall of the Sheikh Hasina government in August 2024.
""", [
    ev("Police fired tear gas and rubber bullets on garment workers blocking the Dhaka-Narayanganj link road over unpaid wages in Fatullah; one worker killed, at least 30 injured.",
       "2026-11-21", "'yesterday' against Sunday 22 Nov", "Fatullah, Narayanganj", "Dhaka", "BD", "other",
       "Bangladeshi security forces", "protesters", 1, None, 30, None,
       "A garment worker was killed and at least 30 others injured yesterday when police fired tear gas shells and rubber bullets to disperse workers demanding unpaid wages in Narayanganj's Fatullah area.",
       note="protest met with force (protesters threw bricks)"),
    ev("A mob beat to death a man accused of stealing a battery-run rickshaw in Tongi.",
       "2026-11-20", "'on Friday night' against Sunday 22 Nov", "Tongi", "Dhaka", "BD", "other",
       "mob", "civilians", 1, None, None, None,
       "Meanwhile, in Tongi, a mob beat to death a man accused of stealing a battery-run rickshaw on Friday night, police said.",
       note="mob violence"),
])

# ---------------------------------------------------------------- H3-24 Myanmar (rights group + local media)
doc("H3-24", "2026-10-30", "Myanmar exile media", "https://example.org/mm/2026/10/30/shwebo-monastery", """
Junta airstrike on monastery sheltering displaced kills 17 in Sagaing

A junta airstrike on a Buddhist monastery where displaced villagers were sheltering near Shwebo in Sagaing Region killed 17 people, including six children, late on Tuesday, residents and a local rescue group said.

A fighter jet dropped two bombs on the monastery compound at around 11 pm, a member of the rescue team told our reporter. More than 20 people were wounded, several of whom lost limbs. "There were no fighters there, only families who had fled the fighting," the rescuer said.

The regime's information team did not respond to requests for comment. Junta media usually describe such targets as "terrorist" bases.

A rights group documenting abuses in Sagaing said the strike was at least the eighth on a religious building in the region this year.

In the north, the Kachin Independence Army (KIA) said on Wednesday it had seized the last regime battalion headquarters in Bhamo after a months-long siege. A junta spokesman called the claim "fake news" and said troops still held the town. The claim could not be independently verified.

In Mandalay, police arrested nine young people last Sunday for distributing leaflets against military conscription, according to a student group. The regime introduced compulsory military service in February 2024.

Myanmar has been in turmoil since the military seized power in February 2021. The regime held a staged election in phases starting in December 2025, which opposition groups boycotted.
""", [
    ev("Junta airstrike on a monastery sheltering displaced villagers near Shwebo killed 17 including six children and wounded more than 20.",
       "2026-10-27", "'late on Tuesday' against Friday 30 Oct", "monastery near Shwebo", "Sagaing", "MM", "explosion",
       "Myanmar security forces", "civilians", 17, None, 20, None,
       "A junta airstrike on a Buddhist monastery where displaced villagers were sheltering near Shwebo in Sagaing Region killed 17 people, including six children, late on Tuesday, residents and a local rescue group said. [...] More than 20 people were wounded, several of whom lost limbs."),
    ev("KIA claimed to have seized the last regime battalion headquarters in Bhamo; the junta denied it.",
       None, "'said on Wednesday' (28 Oct): the day of the claim, capture day not given", "battalion headquarters, Bhamo", "Kachin", "MM", "territory_gain",
       "Kachin Independence Army", "Myanmar security forces", None, None, None, None,
       "In the north, the Kachin Independence Army (KIA) said on Wednesday it had seized the last regime battalion headquarters in Bhamo after a months-long siege. A junta spokesman called the claim \"fake news\" and said troops still held the town.",
       optional=True, note="disputed territorial claim"),
    ev("Police in Mandalay arrested nine young people for distributing anti-conscription leaflets.",
       "2026-10-25", "'last Sunday' against Friday 30 Oct", "Mandalay", "Mandalay", "MM", "arrest",
       "Myanmar security forces", "civilians", None, None, None, None,
       "In Mandalay, police arrested nine young people last Sunday for distributing leaflets against military conscription, according to a student group.",
       arrested=9),
])

# ---------------------------------------------------------------- H3-25 Philippines (local press)
doc("H3-25", "2026-12-03", "Philippine daily (local press)", "https://example.org/ph/2026/12/03/samar-npa", """
3 NPA rebels killed in Northern Samar clash; alleged commander nabbed in Bacolod

TACLOBAN CITY - Three suspected members of the New People's Army (NPA) were killed in a clash with government troops in a mountain village in Las Navas, Northern Samar on Tuesday, the military said.

Lt. Col. Ramon Dizon, commander of the Army's battalion in the area, said soldiers were responding to reports from residents about armed men collecting "revolutionary taxes" when they were fired upon. The firefight lasted about 20 minutes. One soldier was wounded and is in stable condition.

Troops recovered three high-powered firearms and subversive documents from the scene, Dizon said.

In Bacolod City, police and military intelligence agents on Wednesday arrested a man they identified as a ranking NPA commander in Negros Island, on the strength of a warrant for murder and frustrated murder. A human rights group said the arrested man was a peasant organizer and denounced the arrest as "red-tagging".

The communist insurgency, one of Asia's longest, has been weakened considerably in recent years. The military says fewer than 1,000 NPA fighters remain nationwide.
""", [
    ev("Government troops clashed with the NPA in a mountain village of Las Navas; three rebels killed, one soldier wounded.",
       "2026-12-01", "'on Tuesday' against Thursday 3 Dec", "Las Navas", "Northern Samar", "PH", "battle",
       "Philippine security forces", "New People's Army", 3, None, 1, None,
       "Three suspected members of the New People's Army (NPA) were killed in a clash with government troops in a mountain village in Las Navas, Northern Samar on Tuesday, the military said. [...] One soldier was wounded and is in stable condition."),
    ev("Police and military agents arrested an alleged ranking NPA commander in Bacolod City.",
       "2026-12-02", "'on Wednesday' against Thursday 3 Dec", "Bacolod City", "Negros Occidental", "PH", "arrest",
       "Philippine security forces", "New People's Army", None, None, None, None,
       "In Bacolod City, police and military intelligence agents on Wednesday arrested a man they identified as a ranking NPA commander in Negros Island, on the strength of a warrant for murder and frustrated murder.",
       arrested=1),
], [fig("fighters", 1000, "Philippines", "The military says fewer than 1,000 NPA fighters remain nationwide.")])

# ---------------------------------------------------------------- H3-26 Thailand (local press)
doc("H3-26", "2026-09-23", "Bangkok daily (local press)", "https://example.org/th/2026/09/23/deep-south", """
Two rangers killed by roadside bomb in Narathiwat; village headman shot dead in Yala

NARATHIWAT: Two paramilitary rangers were killed and three others wounded when a roadside bomb exploded as their patrol passed on a rural road in Rueso district on Monday morning, police said.

The bomb, estimated to weigh about 20 kilogrammes and hidden in a gas cylinder, was detonated by mobile phone as the rangers' pickup truck passed at 7.40am, according to bomb disposal officers. The rangers were on their way to provide security for teachers at a local school.

On Tuesday evening, a village headman was shot dead by two gunmen on a motorcycle in Bannang Sata district of Yala. Police said the 52-year-old had received threats and that both incidents were the work of insurgents.

No group has claimed responsibility for either attack. Insurgents seeking greater autonomy for the Malay-Muslim majority provinces of Pattani, Yala and Narathiwat rarely claim attacks.

More than 7,000 people have been killed since the insurgency reignited in 2004, according to the monitoring group Deep South Watch. Peace talks between the Thai government and the Barisan Revolusi Nasional (BRN) have been stalled for more than a year.
""", [
    ev("Roadside bomb detonated by mobile phone hit a ranger patrol pickup in Rueso district, killing two rangers and wounding three.",
       "2026-09-21", "'on Monday morning' against Wednesday 23 Sept", "rural road, Rueso", "Narathiwat", "TH", "explosion",
       "militants", "Thai security forces", 2, None, 3, None,
       "Two paramilitary rangers were killed and three others wounded when a roadside bomb exploded as their patrol passed on a rural road in Rueso district on Monday morning, police said."),
    ev("Two gunmen on a motorcycle shot dead a village headman in Bannang Sata district.",
       "2026-09-22", "'On Tuesday evening' against Wednesday 23 Sept", "Bannang Sata", "Yala", "TH", "attack_on_civilians",
       "militants", "civilians", 1, None, None, None,
       "On Tuesday evening, a village headman was shot dead by two gunmen on a motorcycle in Bannang Sata district of Yala. Police said the 52-year-old had received threats and that both incidents were the work of insurgents."),
], [fig("killed", 7000, "southern Thailand", "More than 7,000 people have been killed since the insurgency reignited in 2004, according to the monitoring group Deep South Watch.")])

# ---------------------------------------------------------------- H3-27 Colombia (EFE-style wire)
doc("H3-27", "2026-10-06", "EFE", "https://example.org/efe/2026/10/06/colombia-catatumbo-cauca", """
Colombia: at least eight dead in ELN-dissident fighting in Catatumbo, drone hits police station

BOGOTA, Oct 6 (EFE) - At least eight people were killed on Saturday in clashes between the National Liberation Army (ELN) guerrilla and FARC dissidents of the 33rd Front in a rural area of Tibú, in the northeastern department of Norte de Santander, the regional ombudsman's office said on Tuesday.

The bodies were taken to the morgue in Cúcuta. Authorities have not said how many of the dead were combatants. The ombudsman warned that more than 400 families had been displaced from the area in the past two weeks.

In the southwestern municipality of Jamundí, a drone dropped explosives on the police station on Sunday night, wounding three officers, the National Police said. Nobody was killed. Authorities blamed the Jaime Martínez front, a FARC dissident group led by alias Iván Mordisco.

Meanwhile, the Army said the ELN had kidnapped two soldiers who were on leave visiting relatives in a village near Saravena, in the department of Arauca, on Monday. The ELN has not commented.

The Catatumbo region has been the scene of a fierce dispute between the ELN and the dissidents since January 2025, when an ELN offensive killed dozens of people and displaced more than 50,000, the worst humanitarian crisis in the country in decades.

President Gustavo Petro suspended peace talks with the ELN after that offensive.
""", [
    ev("Clashes between the ELN and FARC dissidents of the 33rd Front in rural Tibú killed at least eight people.",
       "2026-10-03", "'on Saturday' against Tuesday 6 Oct", "rural area of Tibú", "Norte de Santander", "CO", "battle",
       "ELN", "FARC dissidents", 8, None, None, None,
       "At least eight people were killed on Saturday in clashes between the National Liberation Army (ELN) guerrilla and FARC dissidents of the 33rd Front in a rural area of Tibú, in the northeastern department of Norte de Santander, the regional ombudsman's office said on Tuesday.",
       note="who attacked not stated"),
    ev("A drone dropped explosives on the Jamundí police station, wounding three officers; nobody killed. Blamed on the Jaime Martínez front of the FARC dissidents.",
       "2026-10-04", "'on Sunday night' against Tuesday 6 Oct", "police station, Jamundí", "Valle del Cauca", "CO", "explosion",
       "FARC dissidents", "Colombian security forces", 0, None, 3, None,
       "In the southwestern municipality of Jamundí, a drone dropped explosives on the police station on Sunday night, wounding three officers, the National Police said. Nobody was killed. Authorities blamed the Jaime Martínez front, a FARC dissident group led by alias Iván Mordisco."),
    ev("ELN kidnapped two soldiers on leave in a village near Saravena.",
       "2026-10-05", "'on Monday' against Tuesday 6 Oct", "village near Saravena", "Arauca", "CO", "other",
       "ELN", "Colombian security forces", None, None, None, None,
       "Meanwhile, the Army said the ELN had kidnapped two soldiers who were on leave visiting relatives in a village near Saravena, in the department of Arauca, on Monday.",
       note="abduction"),
], [fig("displaced", 400, "Tibú", "The ombudsman warned that more than 400 families had been displaced from the area in the past two weeks.", note="families"),
    fig("displaced", 50000, "Catatumbo", "The Catatumbo region has been the scene of a fierce dispute between the ELN and the dissidents since January 2025, when an ELN offensive killed dozens of people and displaced more than 50,000, the worst humanitarian crisis in the country in decades.")])

# ---------------------------------------------------------------- H3-28 Mexico (local press)
doc("H3-28", "2026-11-26", "Sinaloa daily (local press)", "https://example.org/mx/2026/11/26/culiacan-fiesta", """
Gunmen kill six at birthday party in Culiacán

CULIACÁN, Sinaloa - Six people were killed and four wounded when armed men burst into a birthday party in the Bacurimí neighbourhood of Culiacán on Tuesday night, the Sinaloa state prosecutor's office said.

The attackers arrived in two pickup trucks shortly before 10 pm and fired at guests gathered in the courtyard of a house, according to neighbours. Among the dead were a 16-year-old and a woman who was celebrating her 40th birthday.

The prosecutor's office said it did not rule out a link to the dispute between the factions of the Sinaloa cartel known as "Los Chapitos" and "La Mayiza", which has shaken the state capital since September 2024.

On Wednesday, soldiers arrested three men and seized four assault rifles and a grenade launcher at a checkpoint in El Tepuche, north of the city, the Defence Ministry said. It did not say whether the men were linked to the party attack.

More than 2,000 people have been killed in Sinaloa since the infighting began, according to state figures, and hundreds more have been reported missing. Schools in parts of Culiacán have repeatedly switched to online classes.
""", [
    ev("Armed men burst into a birthday party in the Bacurimí neighbourhood of Culiacán, killing six and wounding four.",
       "2026-11-24", "'on Tuesday night' against Thursday 26 Nov", "Bacurimí, Culiacán", "Sinaloa", "MX", "attack_on_civilians",
       "unknown", "civilians", 6, None, 4, None,
       "Six people were killed and four wounded when armed men burst into a birthday party in the Bacurimí neighbourhood of Culiacán on Tuesday night, the Sinaloa state prosecutor's office said.",
       note="gunmen unidentified; possible Sinaloa cartel infighting"),
    ev("Soldiers arrested three men and seized rifles and a grenade launcher at a checkpoint in El Tepuche.",
       "2026-11-25", "'On Wednesday' against Thursday 26 Nov", "El Tepuche", "Sinaloa", "MX", "arrest",
       "Mexican security forces", "unknown", None, None, None, None,
       "On Wednesday, soldiers arrested three men and seized four assault rifles and a grenade launcher at a checkpoint in El Tepuche, north of the city, the Defence Ministry said.",
       arrested=3),
], [fig("killed", 2000, "Sinaloa", "More than 2,000 people have been killed in Sinaloa since the infighting began, according to state figures, and hundreds more have been reported missing.")])

# ---------------------------------------------------------------- H3-29 Latin America weekly round-up
doc("H3-29", "2026-11-29", "Weekly round-up (newsletter)", "https://example.org/weekly/2026/11/29/latam", """
The week in Latin America's conflicts: Haiti gangs push into the Centre, prison riot in Ecuador

Sunday, 29 November 2026

Our weekly summary of political violence and security across the region.

HAITI

Gangs of the Viv Ansanm coalition attacked neighbourhoods on the southern outskirts of Mirebalais on Monday, killing at least 12 residents and setting dozens of homes on fire, according to the town's mayor. Police and a local self-defence group eventually pushed the attackers back, but hundreds of families fled towards Lascahobas.

On Thursday, a drone strike by the government's task force hit a house used by gang members in Kenscoff, above Port-au-Prince. Police said five suspected gang members were killed. Human rights groups have repeatedly raised concerns about civilians being hurt in such strikes.

The UN says more than 1.4 million Haitians are now displaced.

ECUADOR

Fourteen inmates were killed in a riot at the Machala prison in El Oro province on Wednesday, the prison service SNAI said. Rival gangs fought with knives and firearms for several hours in one wing before the army and police regained control. Two guards were injured.

It was the deadliest prison violence in Ecuador since a riot in the same facility in late 2025.

PERU

Thousands of transport workers and shopkeepers marched peacefully through central Lima on Friday to protest against extortion and contract killings, which have surged in the capital. The march ended without incident outside Congress.

COMING UP

Colombia's electoral authority is due to publish the final list of presidential candidates next week.
""", [
    ev("Viv Ansanm gangs attacked neighbourhoods on the southern outskirts of Mirebalais, killing at least 12 residents and burning dozens of homes.",
       "2026-11-23", "'on Monday' in a round-up of Sunday 29 Nov", "southern outskirts of Mirebalais", "Centre", "HT", "attack_on_civilians",
       "Viv Ansanm", "civilians", 12, None, None, None,
       "Gangs of the Viv Ansanm coalition attacked neighbourhoods on the southern outskirts of Mirebalais on Monday, killing at least 12 residents and setting dozens of homes on fire, according to the town's mayor."),
    ev("Drone strike by the government task force on a gang house in Kenscoff killed five suspected gang members.",
       "2026-11-26", "'On Thursday' against Sunday 29 Nov", "Kenscoff", "Ouest", "HT", "explosion",
       "Haitian security forces", "Viv Ansanm", 5, None, None, None,
       "On Thursday, a drone strike by the government's task force hit a house used by gang members in Kenscoff, above Port-au-Prince. Police said five suspected gang members were killed.",
       note="gang not named; Viv Ansanm assumed from context"),
    ev("Riot between rival gangs at Machala prison killed fourteen inmates and injured two guards.",
       "2026-11-25", "'on Wednesday' against Sunday 29 Nov", "Machala prison", "El Oro", "EC", "other",
       "prison gangs", "prison gangs", 14, None, 2, None,
       "Fourteen inmates were killed in a riot at the Machala prison in El Oro province on Wednesday, the prison service SNAI said. Rival gangs fought with knives and firearms for several hours in one wing before the army and police regained control. Two guards were injured.",
       note="riot"),
    ev("Thousands marched peacefully through central Lima against extortion and contract killings.",
       "2026-11-27", "'on Friday' against Sunday 29 Nov", "central Lima", "Lima", "PE", "other",
       "protesters", "none", None, None, None, None,
       "Thousands of transport workers and shopkeepers marched peacefully through central Lima on Friday to protest against extortion and contract killings, which have surged in the capital.",
       note="peaceful protest"),
], [fig("displaced", 1400000, "Haiti", "The UN says more than 1.4 million Haitians are now displaced.")])

# ---------------------------------------------------------------- H3-30 Germany/Syria trial (no incident)
doc("H3-30", "2026-12-02", "German news agency (English service)", "https://example.org/de/2026/12/02/koblenz-trial", """
German court jails former Syrian intelligence officer for life over prison torture

KOBLENZ, Germany, Dec 2 - A German court on Wednesday sentenced a former officer of Syria's Air Force Intelligence to life in prison for crimes against humanity committed in a detention centre near Damascus between 2011 and 2013.

The Higher Regional Court in Koblenz found the 58-year-old, identified only as Fadi A. under German privacy rules, guilty of the murder of at least 27 detainees and the torture of more than 200 others.

Judges said the defendant had supervised interrogations in which prisoners were beaten with cables, hung from the ceiling and given electric shocks. Several survivors testified during the 18-month trial, some of them for the first time.

"This verdict shows that no one who committed such crimes can feel safe, wherever they live," said a lawyer for the joint plaintiffs.

The defendant's lawyers had argued that he was a low-ranking officer following orders and said they would appeal.

Germany applies the principle of universal jurisdiction, which allows it to prosecute serious crimes committed abroad. In 2022, the same court sentenced another former Syrian officer, Anwar Raslan, to life in prison in the first trial worldwide over state torture in Syria.

Bashar al-Assad's government fell in December 2024 when rebels led by Hayat Tahrir al-Sham seized Damascus. Since then, investigators have gained access to prisons and mass graves, and families of the disappeared have called for more trials.
""", [], [fig("killed", 27, "detention centre near Damascus", "The Higher Regional Court in Koblenz found the 58-year-old, identified only as Fadi A. under German privacy rules, guilty of the murder of at least 27 detainees and the torture of more than 200 others.", note="crimes of 2011-2013, no incident")])


def main():
    ids = set()
    n_ev = n_opt = 0
    countries = set()
    for d in DOCS:
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        pub = datetime.date.fromisoformat(d["published"])
        assert datetime.date(2026, 9, 1) <= pub <= datetime.date(2026, 12, 31), d["id"]
        paras = [p for p in d["text"].split("\n\n") if p.strip()]
        assert 4 <= len(paras) <= 21, (d["id"], len(paras))
        for e in d["events"]:
            for piece in e["evidence"].split(" [...] "):
                assert piece in d["text"], (d["id"], piece[:80])
            if e["date"]:
                day = datetime.date.fromisoformat(e["date"])
                assert pub - datetime.timedelta(days=35) <= day <= pub, (d["id"], e["date"])
            for lo, hi in (("killed", "killed_high"), ("wounded", "wounded_high")):
                if e[hi] is not None:
                    assert e[lo] is not None and e[lo] <= e[hi], (d["id"], e["summary"])
            if e.get("optional"):
                n_opt += 1
            else:
                n_ev += 1
                countries.add(e["country"])
        for f in d["figures"]:
            assert f["evidence"] in d["text"], (d["id"], f["evidence"][:80])
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as out:
        for d in DOCS:
            title = d["text"].split("\n", 1)[0]
            out.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"],
                                  "url": d["url"], "title": title, "outlet": d["outlet"]},
                                 ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for d in DOCS:
            out.write(json.dumps({"id": d["id"], "url": d["url"], "published": d["published"],
                                  "events": d["events"], "figures": d["figures"]},
                                 ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} reports, {n_ev} scored events, {n_opt} optional, {len(countries)} countries: "
          + " ".join(sorted(countries)))


if __name__ == "__main__":
    main()
