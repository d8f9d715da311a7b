"""Held-out probe set 2 (see README.md): 30 reports K01-K30 written on 2026-12-06, with their
gold written at the same time as the text and before any sitrep run. Writes docs.jsonl and
gold.jsonl. HELD OUT: never tune on it."""
import json

R = []


def doc(i, pub, text, events, figures=()):
    for e in events:
        pieces = e["evidence"]
        for p in pieces:
            assert p in text, (i, p)
        e["evidence"] = " [...] ".join(pieces)
    for f in figures:
        assert f["evidence"] in text, (i, f["evidence"])
    R.append((i, pub, text, events, list(figures)))


def ev(summary, date, date_note, place, admin, country, typ, a1, a2, k=None, kh=None, w=None, wh=None,
       evidence=(), opt=False, note=None):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": typ, "actor1": a1, "actor2": a2, "killed": k, "killed_high": kh,
         "wounded": w, "wounded_high": wh, "evidence": list(evidence)}
    if note:
        e["note"] = note
    if opt:
        e["optional"] = True
    return e


def fig(what, value, place, evidence):
    return {"what": what, "value": value, "place": place, "evidence": evidence}


# ---------------------------------------------------------------- K01 Nigeria, Borno
T = """Jihadists kill 14 soldiers in raid on Borno army base

MAIDUGURI, Nigeria (Reuters) — Fighters from Islamic State West Africa Province (ISWAP) overran a military base in Wajiroko, about 25 km south of Damboa in Nigeria's Borno state, late on Sunday, killing 14 soldiers, two military sources said on Tuesday.

The militants arrived in more than a dozen gun trucks shortly before midnight and fought troops for nearly three hours before setting fire to armoured vehicles and carting off weapons, one of the sources said, asking not to be named because he was not authorised to speak to the media.

"We lost fourteen men, including a captain, and several are still missing," the officer said.

Nigeria's army said in a statement that troops had "gallantly repelled" the attack and "neutralised scores of terrorists", but did not give its own losses.

ISWAP said in a statement carried by the Islamic State's Amaq news agency that its fighters had killed 30 soldiers. Reuters could not verify the claim.

It was the fourth attack on a military position in Borno this month, and the deadliest since a raid on a base in Marte in April killed 20 troops.

In a separate incident on Monday, a roadside bomb ripped through a truck carrying traders near Gwoza, close to the border with Cameroon, killing three people and wounding seven, a police spokesman said. He blamed Boko Haram.

The insurgency, which began in 2009, has killed more than 40,000 people and forced some two million from their homes in the north-east, according to the United Nations."""
doc("K01", "2026-11-17", T, [
    ev("ISWAP fighters overran the army base at Wajiroko, south of Damboa, killing 14 soldiers.",
       "2026-11-15", "'late on Sunday' before the Tuesday report of 2026-11-17; fighting began shortly before midnight",
       "Wajiroko", "Borno", "NG", "battle", "Islamic State West Africa Province", "Nigerian security forces", k=14,
       evidence=["Fighters from Islamic State West Africa Province (ISWAP) overran a military base in Wajiroko, about 25 km south of Damboa in Nigeria's Borno state, late on Sunday, killing 14 soldiers, two military sources said on Tuesday."],
       note="ISWAP's own claim of 30 is not a toll; the army's 'scores of terrorists' is vague. ISWAP folds into Boko Haram in the scorer"),
    ev("A roadside bomb hit a traders' truck near Gwoza, killing three and wounding seven; police blamed Boko Haram.",
       "2026-11-16", "'on Monday' before the Tuesday report", "Gwoza", "Borno", "NG", "explosion", "Boko Haram", "civilians",
       k=3, w=7,
       evidence=["In a separate incident on Monday, a roadside bomb ripped through a truck carrying traders near Gwoza, close to the border with Cameroon, killing three people and wounding seven, a police spokesman said. He blamed Boko Haram."]),
], [fig("people killed by the insurgency since 2009", 40000, "north-east Nigeria",
        "The insurgency, which began in 2009, has killed more than 40,000 people and forced some two million from their homes in the north-east, according to the United Nations.")])

# ---------------------------------------------------------------- K02 Nigeria, Zamfara
T = """Bandits kill 23, abduct dozens in Zamfara village

Armed bandits on motorcycles stormed Kairu village in Bukkuyum Local Government Area of Zamfara State on Saturday night, killing villagers and abducting more than 40 people, mostly women and children, residents have said.

A community leader, Malam Sani Abdullahi, told our correspondent on phone that 18 bodies were recovered on Sunday morning and five more were found in the bush later in the day, bringing the number of dead to 23.

"They came around 10pm, shooting sporadically. They went from house to house and took our wives and daughters," he said.

However, the spokesman of the Zamfara State Police Command, DSP Yazid Abubakar, who confirmed the attack, put the death toll at 11, adding that a tactical team had been deployed to the area.

The attack came barely a week after the state government signed a peace deal with some bandit leaders in the area.

In a related development, troops of Operation Fansan Yamma said they killed nine bandits in a fierce gun duel at Dansadau forest in Maru LGA on Monday, and rescued 16 kidnapped victims.

The Director of Defence Media Operations, Major General Markus Kangye, said two soldiers sustained gunshot injuries during the operation.

According to a tally by Amnesty International, more than 300 people have been killed by bandits in Zamfara since January."""
doc("K02", "2026-10-13", T, [
    ev("Bandits raided Kairu village, Bukkuyum LGA, killing 11 (police) to 23 (community leader) and abducting over 40.",
       "2026-10-10", "'on Saturday night' before the Tuesday publication 2026-10-13", "Kairu", "Zamfara", "NG",
       "attack_on_civilians", "bandits", "civilians", k=11, kh=23,
       evidence=["Armed bandits on motorcycles stormed Kairu village in Bukkuyum Local Government Area of Zamfara State on Saturday night, killing villagers and abducting more than 40 people, mostly women and children, residents have said.",
                 "18 bodies were recovered on Sunday morning and five more were found in the bush later in the day, bringing the number of dead to 23.",
                 "put the death toll at 11"],
       note="conflicting tolls: police 11, community leader 23 (18 + 5)"),
    ev("Troops killed nine bandits at Dansadau forest, Maru LGA; two soldiers wounded.",
       "2026-10-12", "'on Monday' before the Tuesday publication", "Dansadau", "Zamfara", "NG", "battle",
       "Nigerian security forces", "bandits", k=9, w=2,
       evidence=["troops of Operation Fansan Yamma said they killed nine bandits in a fierce gun duel at Dansadau forest in Maru LGA on Monday, and rescued 16 kidnapped victims.",
                 "two soldiers sustained gunshot injuries during the operation."]),
], [fig("people killed by bandits in Zamfara since January", 300, "Zamfara",
        "According to a tally by Amnesty International, more than 300 people have been killed by bandits in Zamfara since January.")])

# ---------------------------------------------------------------- K03 Nigeria, Plateau
T = """At least 30 killed as gunmen raid two Plateau villages

JOS, Nigeria (AFP) — Gunmen attacked two farming villages in Nigeria's central Plateau state late on Sunday, killing at least 30 people and burning dozens of homes, a local official and residents said on Monday.

The attackers killed 17 people in Mushu and 13 in Hurum, both in Bokkos local government area, said Monday Kassah, chairman of the local council.

Eleven people wounded in Mushu were taken to hospital in Jos, the state capital, he added.

"They surrounded the village and shot anyone who tried to run," said Ezekiel Dung, a farmer who said he hid in a maize field with his two children.

The identity of the attackers was not immediately clear, and police did not respond to requests for comment.

Plateau governor Caleb Mutfwang imposed a dusk-to-dawn curfew on Bokkos and said security forces had been sent to the area.

The state sits on the dividing line between Nigeria's mostly Muslim north and largely Christian south, and has for years seen deadly cycles of violence between herders and farmers over land and water.

Coordinated attacks on more than 20 Bokkos villages over the Christmas period of 2023 left nearly 200 people dead."""
S3 = ["Gunmen attacked two farming villages in Nigeria's central Plateau state late on Sunday, killing at least 30 people and burning dozens of homes, a local official and residents said on Monday."]
doc("K03", "2026-09-29", T, [
    ev("Gunmen killed 17 in Mushu, Bokkos LGA; 11 wounded.", "2026-09-27",
       "'late on Sunday' before the Tuesday publication 2026-09-29 (the officials spoke on Monday); 'Monday Kassah' is a name",
       "Mushu", "Plateau", "NG", "attack_on_civilians", "unknown", "civilians", k=17, w=11,
       evidence=S3 + ["The attackers killed 17 people in Mushu and 13 in Hurum, both in Bokkos local government area, said Monday Kassah, chairman of the local council.",
                      "Eleven people wounded in Mushu were taken to hospital in Jos, the state capital, he added."]),
    ev("Gunmen killed 13 in Hurum, Bokkos LGA.", "2026-09-27", "as Mushu: late on Sunday",
       "Hurum", "Plateau", "NG", "attack_on_civilians", "unknown", "civilians", k=13,
       evidence=S3 + ["The attackers killed 17 people in Mushu and 13 in Hurum, both in Bokkos local government area, said Monday Kassah, chairman of the local council."],
       note="headline/lead 'at least 30' = 17 + 13"),
])

# ---------------------------------------------------------------- K04 Mali
T = """Al Qaeda-linked group claims deadly ambush on Malian army convoy

BAMAKO (Reuters) — Eight Malian soldiers were killed and 11 wounded when militants ambushed an army supply convoy about 40 km west of Niono in central Mali on Monday, the army said on Tuesday, adding that "more than 20 terrorists" had been neutralised in the fighting.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, claimed the attack in a message on its Az-Zallaqa media outlet, saying its fighters had killed 40 soldiers and seized five vehicles.

The convoy was carrying fuel and food to a garrison in Diabaly, which the group has kept under a blockade since the summer, a local official said.

On Tuesday, an army drone strike hit the weekly market in Dogofry, in the same area, killing nine people, residents said.

"They were not fighters, they were herders who had come to sell their animals," said a resident who asked not to be named for fear of reprisals.

The army said it had struck "a gathering of terrorists" in the area but gave no toll.

Mali's ruling junta, which seized power in coups in 2020 and 2021, expelled French troops and turned to Russia for security help, but attacks by jihadist groups have continued to spread."""
doc("K04", "2026-11-04", T, [
    ev("JNIM ambushed an army supply convoy 40 km west of Niono: 8 soldiers and 20+ assailants killed, 11 wounded.",
       "2026-11-02", "'on Monday' before the Wednesday publication 2026-11-04", "Niono", "Segou", "ML", "battle",
       "JNIM", "Malian Armed Forces", k=28, w=11,
       evidence=["Eight Malian soldiers were killed and 11 wounded when militants ambushed an army supply convoy about 40 km west of Niono in central Mali on Monday, the army said on Tuesday, adding that \"more than 20 terrorists\" had been neutralised in the fighting.",
                 "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, claimed the attack"],
       note="8 soldiers + 20 assailants = 28; JNIM's claim of 40 is not a toll"),
    ev("An army drone strike on the weekly market at Dogofry killed nine people, residents said.",
       "2026-11-03", "'On Tuesday' before the Wednesday publication", "Dogofry", "Segou", "ML", "explosion",
       "Malian Armed Forces", "civilians", k=9,
       evidence=["On Tuesday, an army drone strike hit the weekly market in Dogofry, in the same area, killing nine people, residents said."]),
])

# ---------------------------------------------------------------- K05 Burkina Faso (UN statement)
T = """Burkina Faso: Türk appalled by killing of civilians in Boucle du Mouhoun

GENEVA (20 October 2026) — UN High Commissioner for Human Rights Volker Türk said on Tuesday he was appalled by credible reports that between 40 and 60 civilians, including children, were killed on 14 October in the village of Dargo, in Burkina Faso's Boucle du Mouhoun region.

Survivors told the UN Human Rights Office that the killers were soldiers accompanied by members of the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force, who accused villagers of supporting armed groups.

"Those responsible must be held to account, whatever their affiliation," Türk said.

The Office also documented an attack on 17 October by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) on a convoy of displaced people travelling to Djibo, in which at least 12 civilians died and others were abducted.

Since January, the Office has recorded the killing of at least 1,240 civilians in Burkina Faso, the majority by armed groups.

The Burkinabè authorities have not responded to a request for comment. In past cases, the government has rejected such accusations as attempts to discredit its forces."""
doc("K05", "2026-10-20", T, [
    ev("Soldiers and VDP auxiliaries reportedly killed 40 to 60 civilians in Dargo, Boucle du Mouhoun.",
       "2026-10-14", "explicit '14 October'", "Dargo", "Boucle du Mouhoun", "BF", "attack_on_civilians",
       "Burkinabe security forces", "civilians", k=40, kh=60,
       evidence=["UN High Commissioner for Human Rights Volker Türk said on Tuesday he was appalled by credible reports that between 40 and 60 civilians, including children, were killed on 14 October in the village of Dargo, in Burkina Faso's Boucle du Mouhoun region.",
                 "Survivors told the UN Human Rights Office that the killers were soldiers accompanied by members of the Volunteers for the Defence of the Homeland (VDP)"],
       note="range 40-60"),
    ev("JNIM attacked a convoy of displaced people travelling to Djibo; at least 12 civilians died.",
       "2026-10-17", "explicit '17 October'", "Djibo", "Sahel", "BF", "attack_on_civilians", "JNIM", "civilians", k=12,
       evidence=["The Office also documented an attack on 17 October by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) on a convoy of displaced people travelling to Djibo, in which at least 12 civilians died and others were abducted."]),
], [fig("civilians killed in Burkina Faso since January", 1240, "Burkina Faso",
        "Since January, the Office has recorded the killing of at least 1,240 civilians in Burkina Faso, the majority by armed groups.")])

# ---------------------------------------------------------------- K06 Niger
T = """Niger says 10 soldiers killed in attack near Malian border

NIAMEY (AFP) — Ten Nigerien soldiers were killed and 14 wounded when "more than a hundred terrorists" on motorbikes attacked their unit near Tillia in the western Tahoua region on Sunday, the defence ministry said.

"Dozens of terrorists were neutralised and several motorcycles destroyed," the ministry said in a statement read on state television on Tuesday evening, without naming any group.

The area, near the border with Mali, is a stronghold of the Islamic State Sahel Province, which has carried out several deadly attacks on the army there this year.

In a separate incident on Saturday, two gendarmes were killed when their vehicle hit an explosive device near Banibangou, in the Tillaberi region, a local official told AFP.

Niger's military rulers, who seized power in July 2023, have vowed to restore security but have struggled to stem the violence.

Together with Mali and Burkina Faso, Niger formed the Alliance of Sahel States after breaking with former colonial power France."""
doc("K06", "2026-12-02", T, [
    ev("More than a hundred militants on motorbikes attacked an army unit near Tillia: 10 soldiers killed, 14 wounded.",
       "2026-11-29", "'on Sunday' before the Wednesday publication 2026-12-02 (statement read Tuesday evening)",
       "Tillia", "Tahoua", "NE", "battle", "militants (unidentified)", "Nigerien security forces", k=10, w=14,
       evidence=["Ten Nigerien soldiers were killed and 14 wounded when \"more than a hundred terrorists\" on motorbikes attacked their unit near Tillia in the western Tahoua region on Sunday, the defence ministry said."],
       note="'dozens of terrorists' neutralised is vague; no group named (IS Sahel only said to be active in the area)"),
    ev("Two gendarmes were killed when their vehicle hit an explosive device near Banibangou.",
       "2026-11-28", "'on Saturday' before the Wednesday publication", "Banibangou", "Tillaberi", "NE", "explosion",
       "unknown", "Nigerien security forces", k=2,
       evidence=["In a separate incident on Saturday, two gendarmes were killed when their vehicle hit an explosive device near Banibangou, in the Tillaberi region, a local official told AFP."]),
])

# ---------------------------------------------------------------- K07 Sudan
T = """RSF drone strike on El Obeid market kills 19, doctors say

PORT SUDAN (Reuters) — A drone attack by Sudan's paramilitary Rapid Support Forces hit a crowded livestock market in El Obeid, capital of North Kordofan state, on Sunday morning, killing 19 civilians and wounding at least 36, a medics' group said.

The Sudan Doctors Network said women and children were among the dead and described the strike as a "deliberate targeting of civilians".

By Monday evening the toll had risen to 23 after several of the wounded died, a medical source at El Obeid Teaching Hospital told Reuters.

The RSF did not respond to a request for comment. The group, which has been at war with the army since April 2023, has denied targeting civilians in the past.

Separately, the army said its troops had repelled an RSF assault on the besieged city of Babanusa in West Kordofan on Saturday, inflicting "heavy losses" on the attackers.

Fighting has shifted to the Kordofan region since the RSF captured El Fasher, the army's last stronghold in Darfur, in October last year.

The war has killed tens of thousands of people and displaced more than 12 million, according to the United Nations."""
doc("K07", "2026-10-27", T, [
    ev("An RSF drone hit El Obeid livestock market: 19 killed (23 by Monday evening), at least 36 wounded.",
       "2026-10-25", "'on Sunday morning' before the Tuesday publication 2026-10-27", "El Obeid", "North Kordofan", "SD",
       "explosion", "Rapid Support Forces", "civilians", k=19, kh=23, w=36,
       evidence=["A drone attack by Sudan's paramilitary Rapid Support Forces hit a crowded livestock market in El Obeid, capital of North Kordofan state, on Sunday morning, killing 19 civilians and wounding at least 36, a medics' group said.",
                 "By Monday evening the toll had risen to 23 after several of the wounded died"],
       note="toll rose from 19 to 23"),
    ev("The army repelled an RSF assault on Babanusa; no toll ('heavy losses').",
       "2026-10-24", "'on Saturday' before the Tuesday publication", "Babanusa", "West Kordofan", "SD", "battle",
       "Rapid Support Forces", "Sudanese security forces",
       evidence=["Separately, the army said its troops had repelled an RSF assault on the besieged city of Babanusa in West Kordofan on Saturday, inflicting \"heavy losses\" on the attackers."]),
], [fig("people displaced by the war", 12000000, "Sudan",
        "The war has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.")])

# ---------------------------------------------------------------- K08 South Sudan
T = """Cattle raiders kill 17 in Jonglei's Uror County, official says

Armed youth believed to be from the Greater Pibor Administrative Area attacked cattle camps in Pieri payam of Uror County on Saturday, killing 17 people, among them women and children, a county official said.

Uror County Commissioner Gatluak Nyang told Radio Tamazuj on Monday that the raiders also made off with thousands of head of cattle.

"Our youth pursued them and nine of the attackers were killed in the fighting," Nyang said, adding that 22 people were wounded and taken to the county hospital in Yuai.

Jonglei State's information minister blamed armed Murle youth for the raid and called on the authorities in Pibor to help recover the stolen animals.

The UN Mission in South Sudan (UNMISS) said it had sent a patrol to the area and urged leaders of both communities to exercise restraint.

Cycles of revenge attacks between Lou Nuer and Murle communities have killed hundreds of people in recent years, and raids usually increase during the dry season."""
doc("K08", "2026-11-10", T, [
    ev("Armed Murle youth raided cattle camps in Pieri payam, Uror County: 17 residents and 9 raiders killed, 22 wounded.",
       "2026-11-07", "'on Saturday' before the Tuesday publication 2026-11-10", "Pieri", "Jonglei", "SS", "battle",
       "Murle Ethnic Militia (South Sudan)", "Lou Nuer Ethnic Militia (South Sudan)", k=26, w=22,
       evidence=["Armed youth believed to be from the Greater Pibor Administrative Area attacked cattle camps in Pieri payam of Uror County on Saturday, killing 17 people, among them women and children, a county official said.",
                 "\"Our youth pursued them and nine of the attackers were killed in the fighting,\" Nyang said, adding that 22 people were wounded and taken to the county hospital in Yuai.",
                 "Jonglei State's information minister blamed armed Murle youth for the raid"],
       note="17 + 9 attackers = 26; armed defenders fought back, hence battle"),
])

# ---------------------------------------------------------------- K09 Ethiopia, Amhara and Oromia
T = """Drone strike on health centre kills 11 in West Gojjam; Fano says it seized Mota

A drone strike hit a health centre in Dembecha town, West Gojjam zone of the Amhara region, on Thursday afternoon, killing at least 11 people including two nurses, residents and a health worker told Addis Standard.

At least 20 others were wounded, some of them critically, according to the health worker, who requested anonymity for security reasons.

Residents blamed the Ethiopian National Defense Force (ENDF), which has increasingly relied on drones in its fight against Fano militias in the region. The military did not respond to requests for comment.

Meanwhile, Fano fighters claimed on Sunday to have taken control of Mota, the administrative town of Hulet Ej Enese woreda in East Gojjam zone, after overnight fighting with government forces. Addis Standard could not independently verify the claim.

Government communication officials dismissed the claim as "propaganda" and said the town remained under the control of security forces.

In Oromia region, gunmen stopped a minibus near Gerba Guracha in North Shewa zone on Saturday and shot dead nine passengers, a local official said. The regional government blamed "Shene", its term for the Oromo Liberation Army (OLA), which denied involvement and blamed government-allied militia.

The conflict in Amhara erupted in August 2023 after the federal government moved to disarm regional special forces."""
doc("K09", "2026-11-24", T, [
    ev("A drone strike, blamed by residents on the ENDF, hit a health centre in Dembecha: 11 killed, 20 wounded.",
       "2026-11-19", "'on Thursday afternoon' before the Tuesday publication 2026-11-24", "Dembecha", "Amhara", "ET",
       "explosion", "Ethiopian security forces", "civilians", k=11, w=20,
       evidence=["A drone strike hit a health centre in Dembecha town, West Gojjam zone of the Amhara region, on Thursday afternoon, killing at least 11 people including two nurses, residents and a health worker told Addis Standard.",
                 "At least 20 others were wounded, some of them critically",
                 "Residents blamed the Ethiopian National Defense Force (ENDF)"]),
    ev("Fano claimed to have taken Mota after overnight fighting; the government denied it.",
       None, "claimed 'on Sunday' (2026-11-22) after 'overnight fighting'; the night is not given", "Mota", "Amhara", "ET",
       "territory_gain", "Fano", "Ethiopian security forces",
       evidence=["Meanwhile, Fano fighters claimed on Sunday to have taken control of Mota, the administrative town of Hulet Ej Enese woreda in East Gojjam zone, after overnight fighting with government forces."],
       opt=True, note="disputed, unverified claim"),
    ev("Gunmen stopped a minibus near Gerba Guracha and shot dead nine passengers; OLA blamed, denied.",
       "2026-11-21", "'on Saturday' before the Tuesday publication", "Gerba Guracha", "Oromia", "ET",
       "attack_on_civilians", "unknown", "civilians", k=9,
       evidence=["In Oromia region, gunmen stopped a minibus near Gerba Guracha in North Shewa zone on Saturday and shot dead nine passengers, a local official said.",
                 "The regional government blamed \"Shene\", its term for the Oromo Liberation Army (OLA), which denied involvement and blamed government-allied militia."],
       note="responsibility disputed (government: OLA; OLA: government-allied militia)"),
])

# ---------------------------------------------------------------- K10 Somalia
T = """Al Shabaab car bomb kills at least 7 at Mogadishu military academy gate

MOGADISHU (Reuters) — A suicide car bomber struck the gate of the Jaalle Siyaad military academy in Mogadishu's Hodan district on Monday morning, killing at least seven people, five of them soldiers, police said.

Fifteen others were wounded, police officer Abdullahi Hassan told Reuters, adding that the toll could rise. A hospital official later said 10 people had died.

The al Qaeda-linked al Shabaab group claimed responsibility, saying it had killed 30 soldiers.

Recruits queue at the gate each morning, and witnesses said the bomber drove a minibus into the crowd before detonating it.

"I saw bodies everywhere, some of them young boys who came to join the army," said Fartun Ali, who sells tea nearby.

Separately, Somali forces backed by international partners killed 25 al Shabaab fighters in an operation near Sabiid in the Lower Shabelle region on Saturday, the information ministry said.

U.S. Africa Command said it had conducted an airstrike against al Shabaab about 30 km northwest of Kismayo on Sunday and that its initial assessment was that no civilians were harmed.

Al Shabaab has fought for more than 15 years to topple Somalia's central government and impose its own strict interpretation of Islamic law."""
doc("K10", "2026-09-15", T, [
    ev("An al-Shabaab suicide car bomb at the Jaalle Siyaad academy gate, Hodan: 7 (later 10) killed, 15 wounded.",
       "2026-09-14", "'on Monday morning' before the Tuesday publication 2026-09-15", "Jaalle Siyaad military academy, Hodan",
       "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces", k=7, kh=10, w=15,
       evidence=["A suicide car bomber struck the gate of the Jaalle Siyaad military academy in Mogadishu's Hodan district on Monday morning, killing at least seven people, five of them soldiers, police said.",
                 "Fifteen others were wounded, police officer Abdullahi Hassan told Reuters, adding that the toll could rise. A hospital official later said 10 people had died.",
                 "The al Qaeda-linked al Shabaab group claimed responsibility, saying it had killed 30 soldiers."],
       note="7 (police) vs 10 (hospital); the claim of 30 is not a toll"),
    ev("Somali forces killed 25 al-Shabaab fighters near Sabiid, Lower Shabelle.",
       "2026-09-12", "'on Saturday' before the Tuesday publication", "Sabiid", "Lower Shabelle", "SO", "battle",
       "Somali security forces", "al-Shabaab", k=25,
       evidence=["Separately, Somali forces backed by international partners killed 25 al Shabaab fighters in an operation near Sabiid in the Lower Shabelle region on Saturday, the information ministry said."]),
    ev("AFRICOM airstrike on al-Shabaab about 30 km northwest of Kismayo; no toll.",
       "2026-09-13", "'on Sunday' before the Tuesday publication", "Kismayo", "Lower Juba", "SO", "explosion",
       "US military", "al-Shabaab",
       evidence=["U.S. Africa Command said it had conducted an airstrike against al Shabaab about 30 km northwest of Kismayo on Sunday and that its initial assessment was that no civilians were harmed."]),
])

# ---------------------------------------------------------------- K11 DR Congo, Ituri
T = """ADF rebels kill 31 in night attack on Ituri village

BUNIA, DR Congo (AFP) — Rebels of the Allied Democratic Forces (ADF) killed at least 31 civilians in an overnight attack on the village of Makumo in Ituri province, the Congolese army said on Monday.

The assailants struck between Saturday night and Sunday morning, attacking residents with machetes and firearms and setting fire to houses and a health post, army spokesman Lieutenant Jules Ngongo told AFP.

Local civil society leaders said they had counted 38 bodies by Monday afternoon and feared the toll would rise as search teams combed the surrounding fields.

Makumo lies about 12 km from Lolwa on the road linking Mambasa and Komanda, an area where the ADF has stepped up attacks since the start of the year.

The Islamic State group, to which the ADF pledged allegiance in 2019, claimed the massacre on its Telegram channels.

In Djugu territory, further north, CODECO militiamen attacked a displacement site at Plaine Savo on Thursday night, killing at least eight people and wounding five, a humanitarian source said.

The ADF, originally a Ugandan rebel group, has killed thousands of civilians in eastern DR Congo over the past decade."""
doc("K11", "2026-11-03", T, [
    ev("ADF rebels killed 31 (38 by civil society count) civilians in an overnight attack on Makumo, near Lolwa.",
       "2026-10-31", "'between Saturday night and Sunday morning' before the Tuesday publication 2026-11-03: first night, Saturday",
       "Makumo", "Ituri", "CD", "attack_on_civilians", "Allied Democratic Forces", "civilians", k=31, kh=38,
       evidence=["Rebels of the Allied Democratic Forces (ADF) killed at least 31 civilians in an overnight attack on the village of Makumo in Ituri province, the Congolese army said on Monday.",
                 "The assailants struck between Saturday night and Sunday morning",
                 "Local civil society leaders said they had counted 38 bodies by Monday afternoon"],
       note="31 (army) vs 38 (civil society); IS claimed it"),
    ev("CODECO militiamen attacked the Plaine Savo displacement site: 8 killed, 5 wounded.",
       "2026-10-29", "'on Thursday night' before the Tuesday publication", "Plaine Savo", "Ituri", "CD",
       "attack_on_civilians", "CODECO", "civilians", k=8, w=5,
       evidence=["In Djugu territory, further north, CODECO militiamen attacked a displacement site at Plaine Savo on Thursday night, killing at least eight people and wounding five, a humanitarian source said."]),
])

# ---------------------------------------------------------------- K12 DR Congo, North Kivu
T = """M23 rebels seize Pinga as Doha talks stall

M23 rebels took control of the town of Pinga in North Kivu's Walikale territory on Wednesday after three days of fighting with pro-government Wazalendo militias, local officials and residents said.

At least 14 people, including six civilians, were killed in the clashes, which began on Monday when the rebels attacked Wazalendo positions on the hills east of the town, a civil society leader in Walikale said.

Thousands of residents fled toward Kashebere and Kibua, the official said.

The Alliance Fleuve Congo (AFC), the political coalition that includes M23, said in a statement that its forces had "liberated" Pinga from "militias that terrorise the population".

The advance came as delegations from Kinshasa and the AFC/M23 met in Doha for a new round of Qatari-mediated talks aimed at implementing a framework agreement signed last year.

A Congolese government spokesman accused the rebels of "negotiating with one hand and attacking with the other".

M23, which Kinshasa and UN experts say is backed by Rwanda, seized Goma and Bukavu, the two largest cities in eastern Congo, in early 2025. Rwanda denies arming the group."""
doc("K12", "2026-10-15", T, [
    ev("M23 attacked Wazalendo positions east of Pinga; three days of clashes killed at least 14, six of them civilians.",
       "2026-10-12", "clashes 'began on Monday' (publication Thursday 2026-10-15); dated by their first day",
       "Pinga", "North Kivu", "CD", "battle", "M23", "Wazalendo", k=14,
       evidence=["At least 14 people, including six civilians, were killed in the clashes, which began on Monday when the rebels attacked Wazalendo positions on the hills east of the town, a civil society leader in Walikale said."]),
    ev("M23 took control of Pinga, Walikale territory.",
       "2026-10-14", "'on Wednesday' before the Thursday publication", "Pinga", "North Kivu", "CD", "territory_gain",
       "M23", "Wazalendo",
       evidence=["M23 rebels took control of the town of Pinga in North Kivu's Walikale territory on Wednesday after three days of fighting with pro-government Wazalendo militias, local officials and residents said."]),
])

# ---------------------------------------------------------------- K13 Mozambique
T = """Insurgents behead four farmers in Cabo Delgado's Macomia district

Insurgents beheaded four farmers in the village of Chai, in the Macomia district of Cabo Delgado province, last Thursday, residents told Lusa.

The victims were working in their fields about three kilometres from the village when they were captured, said a local leader who asked not to be named.

"We found the heads separated from the bodies. Now nobody wants to go to the machambas," he said.

The Islamic State claimed the killings in a statement on Saturday, saying its fighters had killed four "Christians".

Rwandan troops, who have been deployed in the province since 2021, said on Monday they had killed six insurgents in a clash near Mocímboa da Praia on Saturday.

The Rwanda Defence Force gave no details of its own casualties.

The insurgency in Cabo Delgado, which began in October 2017, has killed more than 6,000 people and displaced over a million, according to the monitoring group ACLED.

Work on TotalEnergies' 20-billion-dollar gas project in Afungi, suspended in 2021 after an attack on Palma, is due to resume next year."""
doc("K13", "2026-09-23", T, [
    ev("Insurgents (IS claimed) beheaded four farmers near Chai, Macomia district.",
       "2026-09-17", "'last Thursday' in a Wednesday 2026-09-23 report", "Chai", "Cabo Delgado", "MZ",
       "attack_on_civilians", "Islamic State", "civilians", k=4,
       evidence=["Insurgents beheaded four farmers in the village of Chai, in the Macomia district of Cabo Delgado province, last Thursday, residents told Lusa.",
                 "The Islamic State claimed the killings in a statement on Saturday"]),
    ev("Rwandan troops killed six insurgents near Mocimboa da Praia.",
       "2026-09-19", "'on Saturday' (said on Monday) before the Wednesday publication", "Mocímboa da Praia",
       "Cabo Delgado", "MZ", "battle", "Rwandan security forces", "Islamic State", k=6,
       evidence=["Rwandan troops, who have been deployed in the province since 2021, said on Monday they had killed six insurgents in a clash near Mocímboa da Praia on Saturday."]),
], [fig("people killed in the Cabo Delgado insurgency since 2017", 6000, "Cabo Delgado",
        "The insurgency in Cabo Delgado, which began in October 2017, has killed more than 6,000 people and displaced over a million, according to the monitoring group ACLED.")])

# ---------------------------------------------------------------- K14 Cameroon
T = """Cameroon: two gendarmes killed in Bamenda, Boko Haram raids Far North village

YAOUNDE (Reuters) — Suspected separatist fighters killed two gendarmes at a checkpoint in the Nkwen neighbourhood of Bamenda, the capital of Cameroon's North-West region, on Tuesday evening, a local official said.

The attackers opened fire from a passing car and fled with the gendarmes' weapons, the official said.

No group claimed the attack, but separatists who have been fighting since 2017 to create an independent state they call Ambazonia regularly target police and gendarmes in the English-speaking regions.

The army said on Wednesday that soldiers had "neutralised" three separatist fighters during an operation in Batibo on Monday.

In the Far North region, Boko Haram fighters raided the village of Tourou in Mokolo department overnight Wednesday, killing five civilians and abducting ten women, two local officials said.

The attackers also looted livestock and food stores before withdrawing towards the Nigerian border, they said.

The conflict in the Anglophone regions has killed more than 6,500 people, according to the International Crisis Group."""
doc("K14", "2026-11-12", T, [
    ev("Suspected separatists killed two gendarmes at a checkpoint in Nkwen, Bamenda.",
       "2026-11-10", "'on Tuesday evening' before the Thursday publication 2026-11-12", "Nkwen", "North-West", "CM",
       "battle", "Anglophone separatists", "Cameroonian security forces", k=2,
       evidence=["Suspected separatist fighters killed two gendarmes at a checkpoint in the Nkwen neighbourhood of Bamenda, the capital of Cameroon's North-West region, on Tuesday evening, a local official said."]),
    ev("Soldiers killed three separatist fighters in an operation in Batibo.",
       "2026-11-09", "'on Monday' before the Thursday publication", "Batibo", "North-West", "CM", "battle",
       "Cameroonian security forces", "Anglophone separatists", k=3,
       evidence=["The army said on Wednesday that soldiers had \"neutralised\" three separatist fighters during an operation in Batibo on Monday."]),
    ev("Boko Haram raided Tourou, Mokolo department, killing five civilians and abducting ten women.",
       "2026-11-11", "'overnight Wednesday' before the Thursday publication: the night of Wednesday", "Tourou",
       "Far North", "CM", "attack_on_civilians", "Boko Haram", "civilians", k=5,
       evidence=["In the Far North region, Boko Haram fighters raided the village of Tourou in Mokolo department overnight Wednesday, killing five civilians and abducting ten women, two local officials said."]),
], [fig("people killed in the Anglophone conflict", 6500, "Cameroon",
        "The conflict in the Anglophone regions has killed more than 6,500 people, according to the International Crisis Group.")])

# ---------------------------------------------------------------- K15 Central African Republic (UN statement)
T = """MINUSCA condemns deadly attack on peacekeepers in Ouham-Pendé

Bangui, 7 October 2026 – The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack perpetrated on 6 October by elements of the Retour, Réclamation et Réhabilitation (3R) armed group against a patrol of peacekeepers near the village of Koui, in Ouham-Pendé prefecture.

One Zambian peacekeeper was killed and two others were wounded in the ambush. The peacekeepers returned fire and neutralised two of the assailants.

The Special Representative of the Secretary-General for the Central African Republic and Head of MINUSCA offers her deepest condolences to the family of the fallen peacekeeper and to the Government and people of Zambia, and wishes a speedy recovery to the wounded.

MINUSCA recalls that attacks against United Nations peacekeepers may constitute war crimes under international law and calls on the Central African authorities to spare no effort to identify the perpetrators and bring them to justice.

The Mission remains determined to protect civilians in the area, where the 3R have also been accused of killing and abducting herders in recent weeks.

This is the third peacekeeper killed in the Central African Republic this year."""
doc("K15", "2026-10-07", T, [
    ev("3R fighters ambushed a MINUSCA patrol near Koui: one peacekeeper and two assailants killed, two peacekeepers wounded.",
       "2026-10-06", "explicit 'on 6 October'", "Koui", "Ouham-Pendé", "CF", "battle", "3R", "MINUSCA", k=3, w=2,
       evidence=["The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack perpetrated on 6 October by elements of the Retour, Réclamation et Réhabilitation (3R) armed group against a patrol of peacekeepers near the village of Koui, in Ouham-Pendé prefecture.",
                 "One Zambian peacekeeper was killed and two others were wounded in the ambush. The peacekeepers returned fire and neutralised two of the assailants."],
       note="1 peacekeeper + 2 assailants = 3"),
    ev("3R accused of killing and abducting herders in the area in recent weeks (aggregate, undated).",
       None, "'in recent weeks'", "Koui", "Ouham-Pendé", "CF", "attack_on_civilians", "3R", "civilians",
       evidence=["The Mission remains determined to protect civilians in the area, where the 3R have also been accused of killing and abducting herders in recent weeks."],
       opt=True),
])

# ---------------------------------------------------------------- K16 Chad
T = """Chad says 17 soldiers killed in Boko Haram attack on Lake Chad island

N'DJAMENA (AFP) — Boko Haram jihadists attacked an army position on the island of Kaiga-Kindjiria in Chad's Lac province overnight from Saturday to Sunday, killing 17 soldiers, the army spokesman said on Monday.

"About thirty terrorists were also killed and our forces recovered weapons and boats," General Issakha Acheikh said in a statement.

Residents of the nearby town of Ngouboua said wounded soldiers had been evacuated by helicopter to the provincial capital Bol.

President Mahamat Idriss Deby, who led a counter-offensive on the lake after a similar attack killed around 40 soldiers in October 2024, travelled to Bol on Monday and ordered a "relentless" pursuit of the attackers.

Chad has threatened to withdraw from the Multinational Joint Task Force fighting jihadists around the lake, accusing its neighbours of not doing enough.

Elsewhere, seven people were killed last week in a clash between herders and farmers in the southern province of Mandoul, the governor said, without giving the date."""
doc("K16", "2026-12-01", T, [
    ev("Boko Haram attacked the army position on Kaiga-Kindjiria island: 17 soldiers and about 30 attackers killed.",
       "2026-11-28", "'overnight from Saturday to Sunday' before the Tuesday publication 2026-12-01: first night, Saturday",
       "Kaiga-Kindjiria", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces", k=47,
       evidence=["Boko Haram jihadists attacked an army position on the island of Kaiga-Kindjiria in Chad's Lac province overnight from Saturday to Sunday, killing 17 soldiers, the army spokesman said on Monday.",
                 "\"About thirty terrorists were also killed and our forces recovered weapons and boats,\""],
       note="17 soldiers + about 30 attackers = 47"),
    ev("Seven killed in a herder-farmer clash in Mandoul last week, date not given.",
       None, "'last week', no date", "Mandoul", "Mandoul", "TD", "battle", "unknown", "", k=7,
       evidence=["Elsewhere, seven people were killed last week in a clash between herders and farmers in the southern province of Mandoul, the governor said, without giving the date."],
       opt=True),
])

# ---------------------------------------------------------------- K17 Libya
T = """Nine killed in overnight clashes between armed groups in Tripoli

Fighting between two of Tripoli's most powerful armed groups killed at least nine people, including two civilians, and wounded 31 in the Souq al-Juma district of the Libyan capital overnight, the health ministry's emergency medicine centre said on Tuesday.

Clashes between the Radaa Special Deterrence Force and fighters loyal to the Government of National Unity's 444 Brigade erupted shortly after 10 p.m. on Monday and lasted until dawn, residents said, with heavy machine-gun fire and explosions heard across the city.

Mitiga airport, which is controlled by Radaa, suspended flights and diverted them to Misrata.

A truce brokered by elders from the city took hold on Tuesday afternoon, the Presidential Council said.

The UN Support Mission in Libya (UNSMIL) said it was "deeply alarmed" by the fighting in densely populated areas and urged all sides to protect civilians.

Tripoli has been tense since May last year, when the killing of armed group leader Abdulghani al-Kikli triggered days of fighting."""
doc("K17", "2026-09-08", T, [
    ev("Radaa and the 444 Brigade fought overnight in Souq al-Juma, Tripoli: 9 killed, 31 wounded.",
       "2026-09-07", "began 'shortly after 10 p.m. on Monday' and lasted until dawn; report Tuesday 2026-09-08: first night",
       "Souq al-Juma", "Tripoli", "LY", "battle", "Radaa Special Deterrence Force", "444 Brigade", k=9, w=31,
       evidence=["Fighting between two of Tripoli's most powerful armed groups killed at least nine people, including two civilians, and wounded 31 in the Souq al-Juma district of the Libyan capital overnight, the health ministry's emergency medicine centre said on Tuesday.",
                 "Clashes between the Radaa Special Deterrence Force and fighters loyal to the Government of National Unity's 444 Brigade erupted shortly after 10 p.m. on Monday and lasted until dawn"]),
])

# ---------------------------------------------------------------- K18 Yemen
T = """Houthi drone kills three at Marib displacement camp; Israel strikes Hodeidah

A drone launched by the Houthi movement struck a camp for displaced people in the al-Jufaina area south of Marib city on Wednesday, killing three people, including a child, and wounding eight, Yemen's internationally recognised government said.

The state news agency Saba quoted Marib governor Sultan al-Arada as calling the attack a "war crime" and urging the international community to pressure the Houthis.

There was no immediate comment from the Houthis, who have tried for years to capture the oil- and gas-rich province, the government's last stronghold in the north.

On Tuesday night, Israeli warplanes struck the port of Hodeidah and a power station in the Red Sea city, killing one person and wounding 12, the Houthi-run health ministry said.

The Israeli military said the strikes were a response to repeated missile and drone launches by the Houthis toward Israel.

Houthi military spokesman Yahya Saree said in a televised address that the group had fired a ballistic missile at Israel in retaliation. The Israeli military said it intercepted a missile launched from Yemen early on Thursday."""
doc("K18", "2026-11-19", T, [
    ev("A Houthi drone struck a displacement camp at al-Jufaina, south of Marib: 3 killed, 8 wounded.",
       "2026-11-18", "'on Wednesday' before the Thursday publication 2026-11-19", "al-Jufaina", "Marib", "YE",
       "explosion", "Houthis", "civilians", k=3, w=8,
       evidence=["A drone launched by the Houthi movement struck a camp for displaced people in the al-Jufaina area south of Marib city on Wednesday, killing three people, including a child, and wounding eight, Yemen's internationally recognised government said."]),
    ev("Israeli warplanes struck Hodeidah port and a power station: 1 killed, 12 wounded.",
       "2026-11-17", "'On Tuesday night' before the Thursday publication", "Hodeidah", "Hodeidah", "YE", "explosion",
       "Israeli security forces", "Houthis", k=1, w=12,
       evidence=["On Tuesday night, Israeli warplanes struck the port of Hodeidah and a power station in the Red Sea city, killing one person and wounding 12, the Houthi-run health ministry said."]),
    ev("Houthi ballistic missile fired at Israel, intercepted; no place of impact.",
       "2026-11-19", "'early on Thursday'", "Israel", "", "IL", "explosion", "Houthis", "Israeli security forces",
       evidence=["The Israeli military said it intercepted a missile launched from Yemen early on Thursday."], opt=True),
])

# ---------------------------------------------------------------- K19 Syria
T = """Five of one family shot dead in Homs countryside; IS ambush kills four SDF fighters

Unidentified gunmen shot dead five members of one family, among them two women, in their home in the village of Fahel, west of Homs, on Tuesday night, a war monitor said.

The Syrian Observatory for Human Rights said the victims were Alawites and that the gunmen fled on motorcycles. Syria's interior ministry said it had opened an investigation.

Sectarian killings have persisted in central and coastal Syria since hundreds of Alawite civilians were killed in the coastal region in March last year after an insurgent attack on security forces.

In the eastern province of Deir ez-Zor, suspected Islamic State cells ambushed a vehicle of the Kurdish-led Syrian Democratic Forces near the town of Busayrah on Wednesday, killing four fighters, the SDF said.

Israeli troops also pushed into the village of Jubata al-Khashab in the southern province of Quneitra on Wednesday and detained three young men, the state news agency SANA reported.

The Israeli military said the men were suspected of planning attacks on its forces and had been taken for questioning."""
doc("K19", "2026-10-01", T, [
    ev("Unidentified gunmen shot dead five members of an Alawite family in Fahel, west of Homs.",
       "2026-09-29", "'on Tuesday night' before the Thursday publication 2026-10-01", "Fahel", "Homs", "SY",
       "attack_on_civilians", "unknown", "civilians", k=5,
       evidence=["Unidentified gunmen shot dead five members of one family, among them two women, in their home in the village of Fahel, west of Homs, on Tuesday night, a war monitor said."]),
    ev("Suspected IS cells ambushed an SDF vehicle near Busayrah, killing four fighters.",
       "2026-09-30", "'on Wednesday' before the Thursday publication", "Busayrah", "Deir ez-Zor", "SY", "battle",
       "Islamic State", "Syrian Democratic Forces", k=4,
       evidence=["In the eastern province of Deir ez-Zor, suspected Islamic State cells ambushed a vehicle of the Kurdish-led Syrian Democratic Forces near the town of Busayrah on Wednesday, killing four fighters, the SDF said."]),
    ev("Israeli troops entered Jubata al-Khashab, Quneitra, and detained three young men.",
       "2026-09-30", "'on Wednesday' before the Thursday publication", "Jubata al-Khashab", "Quneitra", "SY", "arrest",
       "Israeli security forces", "civilians",
       evidence=["Israeli troops also pushed into the village of Jubata al-Khashab in the southern province of Quneitra on Wednesday and detained three young men, the state news agency SANA reported."]),
])

# ---------------------------------------------------------------- K20 Iraq (a trial; no incident)
T = """Iraqi court sentences five to death over 2016 Karrada bombing

BAGHDAD (AP) — An Iraqi criminal court on Wednesday sentenced five members of the Islamic State group to death for their role in the 2016 truck bombing in Baghdad's Karrada district, which killed more than 320 people, the judiciary said.

The men were convicted of preparing the refrigerated truck that exploded outside a crowded shopping mall on July 3, 2016, as families shopped ahead of the Eid al-Fitr holiday, the Supreme Judicial Council said in a statement.

It was the deadliest single bombing in Baghdad since the 2003 U.S.-led invasion.

Relatives of the victims gathered outside the court, some holding photographs of their dead. "Ten years I have waited for this day," said Um Ali, who lost two sons in the blast.

Rights groups have criticised Iraq's mass trials of suspected IS members, saying defendants are often convicted on the basis of confessions extracted under torture.

Iraq declared victory over IS in December 2017, but sleeper cells still carry out sporadic attacks, mostly in the rural areas of Kirkuk, Salahuddin and Diyala."""
doc("K20", "2026-11-05", T, [])

# ---------------------------------------------------------------- K21 Gaza, West Bank, Lebanon (live blog)
T = """LIVE: Israeli strike kills three in Gaza's al-Mawasi despite truce; settlers attack West Bank village

Here are the latest developments:

Gaza's civil defence says an Israeli strike on a tent in al-Mawasi, west of Khan Younis, killed three people, including a woman, on Monday night. The Israeli military said it targeted a Hamas militant who had crossed the ceasefire line.

Dozens of Israeli settlers attacked the village of Turmus Ayya, northeast of Ramallah, on Monday evening, setting fire to six cars and a house and wounding four Palestinians, one of them by live fire, the Palestinian Red Crescent said.

The Israeli army said two Palestinian gunmen were killed in an exchange of fire with troops during a raid in Qabatiya, south of Jenin, on Sunday. The al-Quds Brigades, the armed wing of Islamic Jihad, said its fighters had clashed with the "occupation forces" in the town.

In southern Lebanon, an Israeli drone strike on a car in Kfar Roummane, near Nabatieh, killed two people on Monday afternoon, Lebanon's health ministry said. The Israeli military said it had killed a Hezbollah operative involved in "rebuilding terror infrastructure".

Israel has carried out near-daily strikes in Lebanon despite a November 2024 ceasefire with Hezbollah; more than 340 people have been killed since, according to a health ministry tally.

Gaza's health ministry says at least 420 Palestinians have been killed by Israeli fire since the ceasefire took effect on October 10 last year."""
doc("K21", "2026-10-20", T, [
    ev("An Israeli strike on a tent in al-Mawasi, west of Khan Younis, killed three.",
       "2026-10-19", "'on Monday night' before the Tuesday publication 2026-10-20", "al-Mawasi", "Khan Younis", "PS",
       "explosion", "Israeli security forces", "civilians", k=3,
       evidence=["Gaza's civil defence says an Israeli strike on a tent in al-Mawasi, west of Khan Younis, killed three people, including a woman, on Monday night."]),
    ev("Settlers attacked Turmus Ayya, burning cars and a house and wounding four Palestinians.",
       "2026-10-19", "'on Monday evening' before the Tuesday publication", "Turmus Ayya", "Ramallah", "PS",
       "attack_on_civilians", "Israeli settlers", "civilians", w=4,
       evidence=["Dozens of Israeli settlers attacked the village of Turmus Ayya, northeast of Ramallah, on Monday evening, setting fire to six cars and a house and wounding four Palestinians, one of them by live fire, the Palestinian Red Crescent said."]),
    ev("Two Palestinian gunmen killed in an exchange of fire with Israeli troops raiding Qabatiya.",
       "2026-10-18", "'on Sunday' before the Tuesday publication", "Qabatiya", "Jenin", "PS", "battle",
       "Israeli security forces", "Palestinian Islamic Jihad", k=2,
       evidence=["The Israeli army said two Palestinian gunmen were killed in an exchange of fire with troops during a raid in Qabatiya, south of Jenin, on Sunday."]),
    ev("An Israeli drone strike on a car in Kfar Roummane, near Nabatieh, killed two.",
       "2026-10-19", "'on Monday afternoon' before the Tuesday publication", "Kfar Roummane", "Nabatieh", "LB",
       "explosion", "Israeli security forces", "Hezbollah", k=2,
       evidence=["In southern Lebanon, an Israeli drone strike on a car in Kfar Roummane, near Nabatieh, killed two people on Monday afternoon, Lebanon's health ministry said."]),
], [fig("killed in Lebanon since the November 2024 ceasefire", 340, "Lebanon",
        "Israel has carried out near-daily strikes in Lebanon despite a November 2024 ceasefire with Hezbollah; more than 340 people have been killed since, according to a health ministry tally."),
    fig("Palestinians killed in Gaza since the ceasefire", 420, "Gaza",
        "Gaza's health ministry says at least 420 Palestinians have been killed by Israeli fire since the ceasefire took effect on October 10 last year.")])

# ---------------------------------------------------------------- K22 Ukraine / Russia (daily roundup)
T = """Russian attacks kill 6, injure 31 across Ukraine over past day

Russian attacks across Ukraine killed six people and injured 31 others over the past day, regional authorities reported on the morning of Nov. 6.

Kharkiv: A Russian guided aerial bomb struck the city's Kyivskyi district on the afternoon of Nov. 5, killing two people and injuring 17, Governor Oleh Syniehubov said. A five-story residential building and a kindergarten were damaged.

Zaporizhzhia Oblast: A 54-year-old man was killed in a Russian drone attack on Huliaipole overnight, Governor Ivan Fedorov reported.

Kherson Oblast: Russian shelling killed three residents and injured nine in the village of Bilozerka, west of Kherson, on Nov. 5, according to the regional military administration.

Sumy Oblast: Five people, including a child, were injured when Russian drones hit an industrial facility in Shostka, the oblast military administration said.

Russia launched 104 Shahed-type drones and two Iskander-M ballistic missiles against Ukraine overnight, of which 86 drones were shot down, the Air Force said.

Meanwhile, in Russia's Belgorod Oblast, Governor Vyacheslav Gladkov said a Ukrainian drone struck a car in Shebekino on Nov. 5, killing a woman. The Kyiv Independent could not verify the claim."""
doc("K22", "2026-11-06", T, [
    ev("A Russian guided bomb hit Kharkiv's Kyivskyi district: 2 killed, 17 injured.",
       "2026-11-05", "explicit 'Nov. 5'", "Kyivskyi district", "Kharkiv", "UA", "explosion", "Russian security forces",
       "civilians", k=2, w=17,
       evidence=["Kharkiv: A Russian guided aerial bomb struck the city's Kyivskyi district on the afternoon of Nov. 5, killing two people and injuring 17, Governor Oleh Syniehubov said."]),
    ev("A Russian drone attack on Huliaipole killed a man overnight.",
       "2026-11-05", "'overnight' in a report of the morning of Nov. 6: the night of Nov. 5", "Huliaipole",
       "Zaporizhzhia", "UA", "explosion", "Russian security forces", "civilians", k=1,
       evidence=["Zaporizhzhia Oblast: A 54-year-old man was killed in a Russian drone attack on Huliaipole overnight, Governor Ivan Fedorov reported."]),
    ev("Russian shelling of Bilozerka killed three and injured nine.",
       "2026-11-05", "explicit 'Nov. 5'", "Bilozerka", "Kherson", "UA", "explosion", "Russian security forces",
       "civilians", k=3, w=9,
       evidence=["Kherson Oblast: Russian shelling killed three residents and injured nine in the village of Bilozerka, west of Kherson, on Nov. 5, according to the regional military administration."]),
    ev("Russian drones hit an industrial facility in Shostka, injuring five.",
       None, "no day given beyond 'over the past day'", "Shostka", "Sumy", "UA", "explosion", "Russian security forces",
       "civilians", w=5,
       evidence=["Sumy Oblast: Five people, including a child, were injured when Russian drones hit an industrial facility in Shostka, the oblast military administration said."]),
    ev("A Ukrainian drone struck a car in Shebekino, killing a woman (Russian governor).",
       "2026-11-05", "explicit 'Nov. 5'", "Shebekino", "Belgorod", "RU", "explosion", "Ukrainian security forces",
       "civilians", k=1,
       evidence=["Meanwhile, in Russia's Belgorod Oblast, Governor Vyacheslav Gladkov said a Ukrainian drone struck a car in Shebekino on Nov. 5, killing a woman."]),
], [fig("killed across Ukraine over the past day", 6, "Ukraine",
        "Russian attacks across Ukraine killed six people and injured 31 others over the past day, regional authorities reported on the morning of Nov. 6."),
    fig("Shahed-type drones launched overnight", 104, "Ukraine",
        "Russia launched 104 Shahed-type drones and two Iskander-M ballistic missiles against Ukraine overnight, of which 86 drones were shot down, the Air Force said.")])

# ---------------------------------------------------------------- K23 Pakistan-Afghanistan border, Khyber Pakhtunkhwa
T = """Pakistan and Afghan forces exchange fire at Chaman border; eight killed

QUETTA, Pakistan (Reuters) — Pakistani and Afghan Taliban forces exchanged heavy fire along the border at Chaman late on Monday, killing five Afghan civilians and three Pakistani soldiers, officials on both sides said.

Afghan officials in Kandahar province said Pakistani troops had opened fire first and that the civilians were killed on the Afghan side of the crossing. Pakistan's military said Afghan forces had opened "unprovoked fire" on its border posts and that its troops had responded "befittingly".

The Chaman-Spin Boldak crossing, a key trade route, was closed on Tuesday, stranding hundreds of trucks on both sides.

Relations between the neighbours have soured over Islamabad's accusations that Kabul shelters the Pakistani Taliban, a charge the Afghan government denies.

In Khyber Pakhtunkhwa province, militants attacked a police station in the Kulachi area of Dera Ismail Khan district on Tuesday night, killing three policemen, police said. One attacker was killed when police returned fire, a district police officer said.

Tehrik-e-Taliban Pakistan (TTP) claimed responsibility for the attack.

Militant violence in the province has surged since the TTP ended a ceasefire with the government in November 2022."""
doc("K23", "2026-10-14", T, [
    ev("Pakistani and Afghan Taliban forces exchanged fire at Chaman: five Afghan civilians and three Pakistani soldiers killed.",
       "2026-10-12", "'late on Monday' before the Wednesday publication 2026-10-14", "Chaman", "Balochistan", "PK",
       "battle", "unknown", "", k=8,
       evidence=["Pakistani and Afghan Taliban forces exchanged heavy fire along the border at Chaman late on Monday, killing five Afghan civilians and three Pakistani soldiers, officials on both sides said.",
                 "Afghan officials in Kandahar province said Pakistani troops had opened fire first and that the civilians were killed on the Afghan side of the crossing. Pakistan's military said Afghan forces had opened \"unprovoked fire\" on its border posts"],
       note="5 + 3 = 8; who fired first is disputed, so actor1 unknown (sides: Pakistani security forces, Taliban)"),
    ev("TTP militants attacked a police station in Kulachi, Dera Ismail Khan: three policemen and one attacker killed.",
       "2026-10-13", "'on Tuesday night' before the Wednesday publication", "Kulachi", "Khyber Pakhtunkhwa", "PK",
       "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", k=4,
       evidence=["In Khyber Pakhtunkhwa province, militants attacked a police station in the Kulachi area of Dera Ismail Khan district on Tuesday night, killing three policemen, police said. One attacker was killed when police returned fire, a district police officer said.",
                 "Tehrik-e-Taliban Pakistan (TTP) claimed responsibility for the attack."],
       note="3 police + 1 attacker = 4"),
])

# ---------------------------------------------------------------- K24 Pakistan, Balochistan
T = """Nine bus passengers offloaded and shot dead near Kalat; BLA claims attack

QUETTA: Armed men stopped a Karachi-bound passenger coach on the N-25 highway near Mangochar, about 20 kilometres south of Kalat, on Monday night, offloaded nine passengers after checking their identity cards and shot them dead, officials said on Tuesday.

Kalat Deputy Commissioner Jamil Baloch said the victims, all labourers from Punjab, had been travelling home for a family wedding. The bodies were shifted to the Civil Hospital in Quetta.

The banned Baloch Liberation Army (BLA) claimed responsibility for the attack in a statement to the media.

Prime Minister Shehbaz Sharif condemned the "cowardly act" and vowed that the perpetrators would be brought to justice.

In a separate development, security forces killed four terrorists belonging to "Fitna al-Hindustan" during an intelligence-based operation in the Buleda area of Kech district on Tuesday, the Inter-Services Public Relations (ISPR) said. The state uses the term for Baloch separatist groups it says are backed by India.

Separately, six people were injured when unidentified men hurled a hand grenade at a shop on Quetta's Sariab Road on Tuesday evening, police said.

Balochistan has seen a sharp rise in attacks over the past two years; in March last year, BLA fighters hijacked the Jaffar Express train, an incident in which dozens of people were killed."""
doc("K24", "2026-09-02", T, [
    ev("Armed men (BLA claimed) offloaded and shot dead nine bus passengers near Mangochar, south of Kalat.",
       "2026-08-31", "'on Monday night' before the Wednesday publication 2026-09-02 (officials spoke Tuesday)",
       "Mangochar", "Balochistan", "PK", "attack_on_civilians", "Baloch Liberation Army", "civilians", k=9,
       evidence=["Armed men stopped a Karachi-bound passenger coach on the N-25 highway near Mangochar, about 20 kilometres south of Kalat, on Monday night, offloaded nine passengers after checking their identity cards and shot them dead, officials said on Tuesday.",
                 "The banned Baloch Liberation Army (BLA) claimed responsibility for the attack in a statement to the media."]),
    ev("Security forces killed four 'Fitna al-Hindustan' militants in Buleda, Kech.",
       "2026-09-01", "'on Tuesday' before the Wednesday publication", "Buleda", "Balochistan", "PK", "battle",
       "Pakistani security forces", "militants (unidentified)", k=4,
       evidence=["In a separate development, security forces killed four terrorists belonging to \"Fitna al-Hindustan\" during an intelligence-based operation in the Buleda area of Kech district on Tuesday, the Inter-Services Public Relations (ISPR) said."]),
    ev("A grenade thrown at a shop on Sariab Road, Quetta, injured six.",
       "2026-09-01", "'on Tuesday evening' before the Wednesday publication", "Sariab Road", "Balochistan", "PK",
       "explosion", "unknown", "civilians", w=6,
       evidence=["Separately, six people were injured when unidentified men hurled a hand grenade at a shop on Quetta's Sariab Road on Tuesday evening, police said."]),
])

# ---------------------------------------------------------------- K25 India: Chhattisgarh, Manipur, Kashmir (agency copy)
T = """Seven Maoists killed in Bijapur encounter; two shot dead in Manipur

Bijapur/Imphal, Nov 17 (PTI) Seven Maoists, including two women, were killed in an encounter with security forces in a forest near Gangaloor in Chhattisgarh's Bijapur district on Tuesday, police said.

A District Reserve Guard (DRG) jawan was injured in the exchange of fire and has been airlifted to Raipur, Inspector General of Police (Bastar range) R Srinivasan said.

Two AK-47 rifles, a self-loading rifle and a large quantity of explosives were recovered from the spot, he said.

With this, 214 Maoists have been killed in separate encounters in the state so far this year, he added.

In Manipur, two men were killed and three injured when armed miscreants opened fire on villagers in the Kangchup area of Imphal West district on Monday evening, a senior police officer said.

Security forces have been rushed to the area and a search operation has been launched, he said.

In Jammu and Kashmir, a terrorist was killed in an encounter with security forces in the Keller forest area of Shopian district on Tuesday, police said.

More than 260 people have been killed in ethnic violence between the Meitei and Kuki-Zo communities in Manipur since May 2023."""
doc("K25", "2026-11-17", T, [
    ev("Security forces killed seven Maoists near Gangaloor, Bijapur; one DRG jawan injured.",
       "2026-11-17", "'on Tuesday' in a PTI report dated Tuesday Nov 17", "Gangaloor", "Chhattisgarh", "IN", "battle",
       "Indian security forces", "Maoists", k=7, w=1,
       evidence=["Seven Maoists, including two women, were killed in an encounter with security forces in a forest near Gangaloor in Chhattisgarh's Bijapur district on Tuesday, police said.",
                 "A District Reserve Guard (DRG) jawan was injured in the exchange of fire"]),
    ev("Armed miscreants opened fire on villagers in Kangchup, Imphal West: 2 killed, 3 injured.",
       "2026-11-16", "'on Monday evening' before the Tuesday report", "Kangchup", "Manipur", "IN",
       "attack_on_civilians", "unknown", "civilians", k=2, w=3,
       evidence=["In Manipur, two men were killed and three injured when armed miscreants opened fire on villagers in the Kangchup area of Imphal West district on Monday evening, a senior police officer said."]),
    ev("A militant was killed in an encounter in the Keller forest area, Shopian.",
       "2026-11-17", "'on Tuesday' in a Tuesday report", "Keller", "Jammu and Kashmir", "IN", "battle",
       "Indian security forces", "militants (unidentified)", k=1,
       evidence=["In Jammu and Kashmir, a terrorist was killed in an encounter with security forces in the Keller forest area of Shopian district on Tuesday, police said."]),
], [fig("Maoists killed in Chhattisgarh this year", 214, "Chhattisgarh",
        "With this, 214 Maoists have been killed in separate encounters in the state so far this year, he added."),
    fig("killed in Manipur ethnic violence since May 2023", 260, "Manipur",
        "More than 260 people have been killed in ethnic violence between the Meitei and Kuki-Zo communities in Manipur since May 2023.")])

# ---------------------------------------------------------------- K26 Myanmar
T = """Junta airstrike on monastery kills 16 displaced villagers in Sagaing

A military airstrike hit a Buddhist monastery sheltering displaced people in Lin Ta Lu village, Sagaing Region's Tabayin Township, at about 1am on Tuesday, killing 16 people, including six children, local resistance groups and residents said.

More than 30 others were wounded, several of them critically, said a member of the local People's Defence Force who helped with the rescue.

"A jet dropped two bombs. Everyone was sleeping," said a 45-year-old villager whose niece was among the dead.

The junta's information team did not respond to requests for comment. The regime routinely denies targeting civilians and says it strikes only "terrorist" positions.

In Rakhine State, the Arakan Army said on Monday that its fighters had captured the military's last battalion headquarters in Kyaukphyu Township on Sunday after weeks of fighting, bringing the ethnic armed group closer to the site of a China-backed deep-sea port.

The military has intensified air strikes across the country since losing swathes of territory to resistance forces and ethnic armies in late 2023."""
doc("K26", "2026-10-29", T, [
    ev("A junta airstrike hit a monastery sheltering displaced people in Lin Ta Lu, Tabayin: 16 killed, 30+ wounded.",
       "2026-10-27", "'at about 1am on Tuesday' before the Thursday publication 2026-10-29", "Lin Ta Lu", "Sagaing", "MM",
       "explosion", "Myanmar security forces", "civilians", k=16, w=30,
       evidence=["A military airstrike hit a Buddhist monastery sheltering displaced people in Lin Ta Lu village, Sagaing Region's Tabayin Township, at about 1am on Tuesday, killing 16 people, including six children, local resistance groups and residents said.",
                 "More than 30 others were wounded"]),
    ev("The Arakan Army captured the military's last battalion headquarters in Kyaukphyu Township.",
       "2026-10-25", "'on Sunday' (said on Monday) before the Thursday publication", "Kyaukphyu", "Rakhine", "MM",
       "territory_gain", "Arakan Army", "Myanmar security forces",
       evidence=["In Rakhine State, the Arakan Army said on Monday that its fighters had captured the military's last battalion headquarters in Kyaukphyu Township on Sunday after weeks of fighting"]),
])

# ---------------------------------------------------------------- K27 Thailand's deep south, southern Philippines
T = """Bomb kills two rangers in Narathiwat as peace talks stall

NARATHIWAT: Two paramilitary rangers were killed and three others wounded when a roadside bomb went off as their patrol passed through Ban Bo Ngor in Rangae district at about 7.30am on Wednesday, police said.

The bomb, hidden in a rubbish bin, was detonated by mobile phone, according to an explosive ordnance disposal team. Police suspect insurgents of the Barisan Revolusi Nasional (BRN) network.

Hours later, two gunmen on a motorcycle shot dead a village headman in Nong Chik district of neighbouring Pattani province. Police said the motive was under investigation.

The attacks came a week after the government's peace dialogue panel met BRN representatives in Kuala Lumpur without agreeing on a new timeline for the stalled talks.

More than 7,600 people have been killed in the insurgency in the Malay-Muslim majority provinces of Pattani, Yala and Narathiwat and parts of Songkhla since January 2004, according to Deep South Watch.

In the southern Philippines, meanwhile, two soldiers and five fighters of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in a clash in Datu Saudi Ampatuan, Maguindanao del Sur, on Tuesday, the army's 6th Infantry Division said."""
doc("K27", "2026-09-17", T, [
    ev("A roadside bomb hit a ranger patrol in Ban Bo Ngor, Rangae: 2 rangers killed, 3 wounded; BRN suspected.",
       "2026-09-16", "'on Wednesday' before the Thursday publication 2026-09-17", "Ban Bo Ngor", "Narathiwat", "TH",
       "explosion", "Barisan Revolusi Nasional", "Thai security forces", k=2, w=3,
       evidence=["Two paramilitary rangers were killed and three others wounded when a roadside bomb went off as their patrol passed through Ban Bo Ngor in Rangae district at about 7.30am on Wednesday, police said.",
                 "Police suspect insurgents of the Barisan Revolusi Nasional (BRN) network."]),
    ev("Two gunmen shot dead a village headman in Nong Chik, Pattani.",
       "2026-09-16", "'Hours later' after the Wednesday bombing", "Nong Chik", "Pattani", "TH", "attack_on_civilians",
       "unknown", "civilians", k=1,
       evidence=["Hours later, two gunmen on a motorcycle shot dead a village headman in Nong Chik district of neighbouring Pattani province."]),
    ev("Soldiers clashed with BIFF fighters in Datu Saudi Ampatuan: 2 soldiers and 5 fighters killed.",
       "2026-09-15", "'on Tuesday' before the Thursday publication", "Datu Saudi Ampatuan", "Maguindanao del Sur", "PH",
       "battle", "Philippine security forces", "Bangsamoro Islamic Freedom Fighters", k=7,
       evidence=["In the southern Philippines, meanwhile, two soldiers and five fighters of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in a clash in Datu Saudi Ampatuan, Maguindanao del Sur, on Tuesday, the army's 6th Infantry Division said."],
       note="2 + 5 = 7"),
], [fig("killed in the deep south insurgency since 2004", 7600, "southern Thailand",
        "More than 7,600 people have been killed in the insurgency in the Malay-Muslim majority provinces of Pattani, Yala and Narathiwat and parts of Songkhla since January 2004, according to Deep South Watch.")])

# ---------------------------------------------------------------- K28 Colombia
T = """ELN drone attack on army base kills two soldiers in Arauca

Two Colombian soldiers were killed and seven wounded when explosives dropped from drones hit a military base in Saravena, in the eastern province of Arauca, on Wednesday, the army said, blaming the National Liberation Army (ELN) guerrilla group.

The attack was the latest in a wave of drone strikes on security forces; the army has recorded more than 200 such attacks this year, mostly by the ELN and dissident factions of the former FARC guerrillas.

The defence ministry said on X that the perpetrators would be pursued "to the last corner of the country".

Separately, the ombudsman's office said three people, including a community leader, had been killed on Tuesday in an attack by FARC dissidents on a rural hamlet near Suárez, in Cauca province.

"The civilian population continues to be caught between armed groups fighting over drug trafficking routes," the office said in a statement.

Peace talks between the government and the ELN were suspended in January 2025 after the group launched an offensive in the Catatumbo region that displaced more than 50,000 people."""
doc("K28", "2026-11-26", T, [
    ev("Explosives dropped from drones hit the army base in Saravena: 2 soldiers killed, 7 wounded; army blamed the ELN.",
       "2026-11-25", "'on Wednesday' before the Thursday publication 2026-11-26", "Saravena", "Arauca", "CO",
       "explosion", "ELN", "Colombian security forces", k=2, w=7,
       evidence=["Two Colombian soldiers were killed and seven wounded when explosives dropped from drones hit a military base in Saravena, in the eastern province of Arauca, on Wednesday, the army said, blaming the National Liberation Army (ELN) guerrilla group."]),
    ev("FARC dissidents attacked a hamlet near Suarez, Cauca, killing three including a community leader.",
       "2026-11-24", "'on Tuesday' before the Thursday publication", "Suárez", "Cauca", "CO", "attack_on_civilians",
       "FARC dissidents", "civilians", k=3,
       evidence=["Separately, the ombudsman's office said three people, including a community leader, had been killed on Tuesday in an attack by FARC dissidents on a rural hamlet near Suárez, in Cauca province."]),
], [fig("drone attacks on security forces this year", 200, "Colombia",
        "The attack was the latest in a wave of drone strikes on security forces; the army has recorded more than 200 such attacks this year, mostly by the ELN and dissident factions of the former FARC guerrillas.")])

# ---------------------------------------------------------------- K29 Mexico
T = """Gunmen kill 11 at pool hall in Mexico's Guanajuato

CELAYA, Mexico (AP) — Gunmen burst into a pool hall in the central Mexican city of Celaya late Saturday and opened fire on customers, killing 11 people and wounding four, Guanajuato state prosecutors said Sunday.

Prosecutors later raised the death toll to 13 without giving details. No arrests have been made and authorities have not said who was behind the attack.

Guanajuato has for years been Mexico's deadliest state, as the Santa Rosa de Lima cartel fights the Jalisco New Generation Cartel for control of fuel theft and drug dealing.

"We heard dozens of shots, then the motorcycles leaving," said a woman who lives across the street and asked that her name not be used.

In a separate attack in the neighbouring state of Michoacán, a drone dropped explosives on soldiers in the community of El Aguaje, in Aguililla municipality, on Sunday, wounding three of them, the Defense Department said. It blamed the Jalisco cartel.

President Claudia Sheinbaum said at her morning news conference on Monday that homicides had fallen nationally this year, but acknowledged that Guanajuato remained "a priority".

In June last year, gunmen killed 12 people at a street party in the Guanajuato city of Irapuato."""
doc("K29", "2026-10-05", T, [
    ev("Gunmen opened fire in a Celaya pool hall: 11 killed (later 13), 4 wounded.",
       "2026-10-03", "'late Saturday' before the Monday publication 2026-10-05", "Celaya", "Guanajuato", "MX",
       "attack_on_civilians", "unknown", "civilians", k=11, kh=13, w=4,
       evidence=["Gunmen burst into a pool hall in the central Mexican city of Celaya late Saturday and opened fire on customers, killing 11 people and wounding four, Guanajuato state prosecutors said Sunday.",
                 "Prosecutors later raised the death toll to 13 without giving details."],
       note="toll raised from 11 to 13"),
    ev("A drone dropped explosives on soldiers in El Aguaje, Aguililla, wounding three; the army blamed the CJNG.",
       "2026-10-04", "'on Sunday' before the Monday publication", "El Aguaje", "Michoacán", "MX", "explosion",
       "Jalisco New Generation Cartel", "Mexican security forces", w=3,
       evidence=["In a separate attack in the neighbouring state of Michoacán, a drone dropped explosives on soldiers in the community of El Aguaje, in Aguililla municipality, on Sunday, wounding three of them, the Defense Department said. It blamed the Jalisco cartel."]),
])

# ---------------------------------------------------------------- K30 Haiti
T = """Gangs kill at least 20 in attack on town north of Haiti's capital, rights group says

PORT-AU-PRINCE, Haiti (AP) — Gang members killed at least 20 people, including a pastor and several children, in an attack on the town of Cabaret, about 40 kilometres north of Port-au-Prince, that began late Monday and lasted into Tuesday, a Haitian human rights group said Thursday.

The National Human Rights Defense Network said gunmen from the Viv Ansanm gang coalition set fire to dozens of homes and forced hundreds of residents to flee towards Arcahaie.

A police spokesman confirmed the attack but said officers had recovered 14 bodies so far.

"They came shooting at everything that moved," a resident who fled to Arcahaie told The Associated Press by phone, asking that her name be withheld for fear of reprisals.

Separately, Haitian police and the UN-backed Gang Suppression Force said they killed at least eight gang members in an operation in the Delmas 30 area of the capital on Wednesday.

Gangs control most of Port-au-Prince and have expanded into the surrounding Ouest and Artibonite departments over the past two years.

More than 1.4 million Haitians have been forced from their homes by the violence, according to the International Organization for Migration."""
doc("K30", "2026-12-04", T, [
    ev("Viv Ansanm gunmen attacked Cabaret, north of Port-au-Prince: 14 (police) to 20 (RNDDH) killed.",
       "2026-11-30", "attack 'began late Monday and lasted into Tuesday'; report of Thursday 2026-12-03, published Friday 2026-12-04: first night, Monday",
       "Cabaret", "Ouest", "HT", "attack_on_civilians", "Viv Ansanm", "civilians", k=14, kh=20,
       evidence=["Gang members killed at least 20 people, including a pastor and several children, in an attack on the town of Cabaret, about 40 kilometres north of Port-au-Prince, that began late Monday and lasted into Tuesday, a Haitian human rights group said Thursday.",
                 "The National Human Rights Defense Network said gunmen from the Viv Ansanm gang coalition set fire to dozens of homes",
                 "A police spokesman confirmed the attack but said officers had recovered 14 bodies so far."],
       note="20 (rights group) vs 14 bodies (police)"),
    ev("Police and the Gang Suppression Force killed at least eight gang members in Delmas 30.",
       "2026-12-02", "'on Wednesday' before the Thursday statement / Friday publication", "Delmas 30", "Ouest", "HT",
       "battle", "Haitian security forces", "Viv Ansanm", k=8,
       evidence=["Separately, Haitian police and the UN-backed Gang Suppression Force said they killed at least eight gang members in an operation in the Delmas 30 area of the capital on Wednesday."]),
], [fig("Haitians displaced", 1400000, "Haiti",
        "More than 1.4 million Haitians have been forced from their homes by the violence, according to the International Organization for Migration.")])

with open("docs.jsonl", "w", encoding="utf-8") as f, open("gold.jsonl", "w", encoding="utf-8") as g:
    for i, pub, text, events, figures in R:
        f.write(json.dumps({"id": i, "published": pub, "text": text}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"id": i, "published": pub, "events": events, "figures": figures}, ensure_ascii=False) + "\n")
