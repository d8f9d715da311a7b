#!/usr/bin/env python3
"""Write docs.jsonl and gold.jsonl for the blind5a probe set and check them.

Every report below was written for this set (no sentence comes from a real article),
without running sitrep or reading its extraction code, its actor dictionary or any
other probe set. Gold follows /work/shared/spec/EVENTS.md ("Gold annotations").

Run: python3 make.py   (writes both files next to this script; exits non-zero on a failed check)
"""
import datetime
import json
import os
import re
import sys
import unicodedata

DOCS = []

TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(summary, date, place, admin, country, type_, actor1, actor2, evidence, killed=None, killed_high=None,
      wounded=None, wounded_high=None, optional=False, wd=None, date_note=None):
    """One gold event. wd: the weekday the report uses for the date, checked against date and published."""
    e = {"summary": summary, "date": date, "place": place, "admin": admin, "country": country, "type": type_,
         "actor1": actor1, "actor2": actor2, "killed": killed, "killed_high": killed_high, "wounded": wounded,
         "wounded_high": wounded_high, "evidence": evidence}
    if date_note:
        e["date_note"] = date_note
    if optional:
        e["optional"] = True
    if wd:
        e["_wd"] = wd
    return e


def D(id_, published, outlet, paragraphs, events, figures=None):
    DOCS.append({"id": id_, "published": published, "outlet": outlet, "text": "\n".join(paragraphs),
                 "events": events, "figures": figures or []})


# ---------------------------------------------------------------- Mali
D("b5a01", "2025-01-14", "international wire", [
    "Suspected jihadists kill 11 soldiers in central Mali ambush",
    "BAMAKO, Jan 14 - Suspected jihadists ambushed an army convoy near the town of Djenné in central Mali on Sunday, killing 11 soldiers, two security sources said on Tuesday.",
    "The convoy was escorting fuel tankers up from Mopti when the attackers opened fire with rocket launchers and machine guns, one of the sources said, speaking on condition of anonymity because he was not allowed to brief the press.",
    "In a short statement, the army said its men had \"vigorously repelled\" the assault and \"neutralised several terrorists\", without giving its own losses.",
    "On Monday, soldiers arrested 14 men suspected of supplying the attackers with fuel and food in the village of Sofara, a local official said.",
    "No group has claimed the ambush. Fighters loyal to al Qaeda's Sahel branch move freely in the flooded plains around Djenné and have cut several roads in the area this season.",
    "Central Mali has seen almost daily violence since 2015. Last July, the army and its Russian auxiliaries lost dozens of men in fighting with separatist rebels near Tinzaouaten, close to the Algerian border.",
], [
    E("Suspected jihadists ambushed an army fuel convoy near Djenné on Sunday, killing 11 soldiers.",
      "2025-01-12", "Djenné", "Mopti", "ML", "battle", "unknown", "Malian security forces",
      "BAMAKO, Jan 14 - Suspected jihadists ambushed an army convoy near the town of Djenné in central Mali on Sunday, killing 11 soldiers, two security sources said on Tuesday.",
      killed=11, wd="Sunday"),
    E("Soldiers arrested 14 suspected suppliers of the attackers in Sofara on Monday.",
      "2025-01-13", "Sofara", "Mopti", "ML", "arrest", "Malian security forces", "civilians",
      "On Monday, soldiers arrested 14 men suspected of supplying the attackers with fuel and food in the village of Sofara, a local official said.",
      wd="Monday"),
    E("Background: fighting near Tinzaouaten last July, dozens of soldiers and Russian auxiliaries killed (month only).",
      None, "Tinzaouaten", "Kidal", "ML", "battle", "unknown", "Malian security forces",
      "Last July, the army and its Russian auxiliaries lost dozens of men in fighting with separatist rebels near Tinzaouaten, close to the Algerian border.",
      killed=12, optional=True, date_note="'last July' = July 2024, no day"),
])

D("b5a28", "2025-03-20", "regional radio website", [
    "Drone strike on gold-mining site near Intahaka: rebels say civilians killed, army says terrorists",
    "At least seven people were killed on Tuesday when a drone struck a gathering of artisanal gold miners near Intahaka, in the Gao region, according to the Azawad Liberation Front (FLA), the alliance of mostly Tuareg rebel groups.",
    "\"These were diggers and tea sellers, not fighters,\" an FLA spokesman told our station by telephone, adding that four other people were wounded.",
    "The Malian army general staff said on Wednesday evening that its aircraft had carried out \"precise strikes\" on \"terrorist elements\" in the area, but gave no figure.",
    "Only the army and its Russian partners are known to operate armed drones in northern Mali.",
    "In a separate incident on Wednesday, a civilian truck driver was killed when his lorry struck a mine on the road between Gao and Ansongo, a transport union official said.",
], [
    E("Drone strike on gold miners near Intahaka on Tuesday, at least 7 killed and 4 wounded (FLA); army says it struck terrorists.",
      "2025-03-18", "Intahaka", "Gao", "ML", "explosion", "Malian security forces", "civilians",
      "At least seven people were killed on Tuesday when a drone struck a gathering of artisanal gold miners near Intahaka, in the Gao region, according to the Azawad Liberation Front (FLA), the alliance of mostly Tuareg rebel groups. [...] \"These were diggers and tea sellers, not fighters,\" an FLA spokesman told our station by telephone, adding that four other people were wounded. [...] The Malian army general staff said on Wednesday evening that its aircraft had carried out \"precise strikes\" on \"terrorist elements\" in the area, but gave no figure.",
      killed=7, wounded=4, wd="Tuesday"),
    E("A lorry hit a mine on the Gao-Ansongo road on Wednesday, killing the driver.",
      "2025-03-19", "Ansongo", "Gao", "ML", "explosion", "unknown", "civilians",
      "In a separate incident on Wednesday, a civilian truck driver was killed when his lorry struck a mine on the road between Gao and Ansongo, a transport union official said.",
      killed=1, wd="Wednesday"),
])

D("b5a29", "2025-04-02", "national newspaper", [
    "Bandiagara: six passengers killed as bus is set ablaze",
    "Six passengers died and eleven others were injured on Monday when armed men stopped a coach near the village of Ningari, on the road linking Bandiagara to Bankass, and set it on fire, the prefect of Bankass told our newspaper.",
    "According to survivors, the assailants ordered the passengers off, separated the men from the women and opened fire before pouring petrol over the vehicle.",
    "The prefect blamed the attack on jihadists of the JNIM, the al Qaeda-linked alliance that has imposed a blockade on several localities of the circle since last year. JNIM has not commented.",
    "The wounded were taken to the Bandiagara referral health centre. Transport unions have announced that they are suspending traffic on the axis until further notice.",
    "The same road had already been the scene of a similar attack in which 31 passengers were killed, on 3 December 2021, near the village of Songho.",
], [
    E("Armed men stopped and burned a coach near Ningari on the Bandiagara-Bankass road on Monday: 6 killed, 11 injured; prefect blames JNIM.",
      "2025-03-31", "Ningari", "Mopti", "ML", "attack_on_civilians", "JNIM", "civilians",
      "Six passengers died and eleven others were injured on Monday when armed men stopped a coach near the village of Ningari, on the road linking Bandiagara to Bankass, and set it on fire, the prefect of Bankass told our newspaper. [...] The prefect blamed the attack on jihadists of the JNIM, the al Qaeda-linked alliance that has imposed a blockade on several localities of the circle since last year.",
      killed=6, wounded=11, wd="Monday"),
    E("Background: 3 December 2021 attack on a bus near Songho, 31 passengers killed.",
      "2021-12-03", "Songho", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians",
      "The same road had already been the scene of a similar attack in which 31 passengers were killed, on 3 December 2021, near the village of Songho.",
      killed=31),
])

# ---------------------------------------------------------------- Burkina Faso
D("b5a02", "2025-02-03", "national newspaper (Ouagadougou)", [
    "Gorgadji: market day turns to mourning",
    "Armed individuals attacked the weekly market of Gorgadji, in the Séno province, on Saturday afternoon, killing civilians and setting fire to shops, according to concordant local sources.",
    "A resident reached by telephone from Dori said he had counted 17 bodies after the assailants left.",
    "The governor of the Sahel region, in a communiqué read on national television on Sunday evening, gave a provisional toll of nine dead and several wounded.",
    "\"They came on motorbikes, some of them in army uniforms, and they fired on everyone,\" said the resident, who asked not to be named for his safety.",
    "The victims were buried on Sunday in Gorgadji. The communiqué said security operations were under way to track down the attackers.",
], [
    E("Armed men attacked Gorgadji weekly market on Saturday; governor says 9 dead, a resident counted 17 bodies.",
      "2025-02-01", "Gorgadji", "Sahel", "BF", "attack_on_civilians", "unknown", "civilians",
      "Armed individuals attacked the weekly market of Gorgadji, in the Séno province, on Saturday afternoon, killing civilians and setting fire to shops, according to concordant local sources. [...] A resident reached by telephone from Dori said he had counted 17 bodies after the assailants left. [...] The governor of the Sahel region, in a communiqué read on national television on Sunday evening, gave a provisional toll of nine dead and several wounded.",
      killed=9, killed_high=17, wd="Saturday"),
])

D("b5a26", "2025-06-16", "international wire", [
    "JNIM claims deadly attack on Burkina army camp in Tougan",
    "DAKAR, June 16 - The al Qaeda-linked group JNIM said on Sunday that its fighters had attacked a military camp in Tougan, in northwestern Burkina Faso, on Thursday and killed \"more than 50\" soldiers and militiamen.",
    "Two security sources told the agency on Friday that at least 20 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside the army, had died in the assault.",
    "JNIM, whose full name is Jama'at Nusrat al-Islam wal-Muslimin, said in the statement that it had also seized weapons and vehicles. The claim could not be independently verified.",
    "Burkina Faso's military government, which rarely comments on attacks, did not respond to a request for comment.",
    "The group also claimed the attack on Djibo on May 11, in which dozens of soldiers and civilians were killed, according to residents and aid workers.",
], [
    E("JNIM attacked the army/VDP camp in Tougan on Thursday; sources: at least 20 dead, JNIM claims more than 50.",
      "2025-06-12", "Tougan", "Boucle du Mouhoun", "BF", "battle", "JNIM", "Burkinabe security forces",
      "DAKAR, June 16 - The al Qaeda-linked group JNIM said on Sunday that its fighters had attacked a military camp in Tougan, in northwestern Burkina Faso, on Thursday and killed \"more than 50\" soldiers and militiamen. [...] Two security sources told the agency on Friday that at least 20 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside the army, had died in the assault.",
      killed=20, killed_high=50, wd="Thursday"),
    E("Background: JNIM attack on Djibo on May 11, dozens of soldiers and civilians killed.",
      "2025-05-11", "Djibo", "Sahel", "BF", "battle", "JNIM", "Burkinabe security forces",
      "The group also claimed the attack on Djibo on May 11, in which dozens of soldiers and civilians were killed, according to residents and aid workers.",
      killed=12),
])

D("b5a27", "2025-03-18", "human rights NGO press release", [
    "Burkina Faso: Soldiers and militia kill dozens of Fulani civilians in Dablo",
    "Soldiers and members of the Volunteers for the Defence of the Homeland (VDP) killed at least 28 civilians, most of them ethnic Fulani, in and around the town of Dablo, in the Centre-Nord region, on March 8, 2025, witnesses told our researchers.",
    "Survivors said the men arrived in pickup trucks in the early morning, rounded up residents of the Fulani quarter and shot them near the water point. \"They said we were the ones feeding the jihadists,\" a 46-year-old woman who lost her husband and two sons said.",
    "The killings appear to have been a reprisal for an attack by the Al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) on March 6 that killed 14 VDP members in the nearby village of Foubé.",
    "Our organisation shared its findings with the ministry of justice on March 14 and has received no response.",
    "The authorities should open an independent investigation, suspend the units implicated and ensure that the families can bury their dead with dignity, the organisation said.",
], [
    E("Soldiers and VDP killed at least 28 mostly Fulani civilians in and around Dablo on 8 March 2025.",
      "2025-03-08", "Dablo", "Centre-Nord", "BF", "attack_on_civilians", "Burkinabe security forces", "civilians",
      "Soldiers and members of the Volunteers for the Defence of the Homeland (VDP) killed at least 28 civilians, most of them ethnic Fulani, in and around the town of Dablo, in the Centre-Nord region, on March 8, 2025, witnesses told our researchers.",
      killed=28),
    E("JNIM attack on March 6 killed 14 VDP members in Foubé.",
      "2025-03-06", "Foubé", "Centre-Nord", "BF", "battle", "JNIM", "Volunteers for the Defence of the Homeland",
      "The killings appear to have been a reprisal for an attack by the Al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) on March 6 that killed 14 VDP members in the nearby village of Foubé.",
      killed=14),
])

# ---------------------------------------------------------------- Niger
D("b5a03", "2025-02-10", "UN agency press release", [
    "Niger: humanitarian needs rise in Tillabéri as funding falls short",
    "NIAMEY, 10 February 2025 - The number of people in need of humanitarian assistance in Niger's Tillabéri region has risen by a quarter in a year, the United Nations said on Monday, warning that its appeal for the country was less than a fifth funded.",
    "Insecurity linked to non-state armed groups has forced more than 100,000 people to leave their homes in the region since early 2023, and many health centres along the borders with Mali and Burkina Faso have closed.",
    "\"Families are telling us they plant less because they are afraid to go to their fields,\" the humanitarian coordinator said after visiting displacement sites near Ouallam.",
    "The UN and its partners are seeking 580 million dollars to assist 2.6 million people across Niger this year.",
], [], figures=[
    {"what": "displaced", "value": 100000, "place": "Tillabéri",
     "evidence": "Insecurity linked to non-state armed groups has forced more than 100,000 people to leave their homes in the region since early 2023, and many health centres along the borders with Mali and Burkina Faso have closed."},
])

D("b5a24", "2025-03-31", "government communiqué (defence ministry)", [
    "Communiqué from the Ministry of National Defence",
    "On Friday 28 March 2025 at around 10 a.m., a unit of the Defence and Security Forces on an escort mission was attacked near Banibangou, in the Tillabéri region, by several hundred terrorists on motorcycles.",
    "The vigorous reaction of our forces made it possible to repel the enemy. The toll on our side is ten killed and seven wounded. On the enemy side, 35 terrorists were neutralised and a large quantity of weapons was recovered.",
    "In a separate operation, on Saturday 29 March 2025, an air force drone struck a terrorist logistics base near Tillia, in the Tahoua region, killing around twenty terrorists.",
    "The Minister salutes the memory of our fallen heroes and assures the Nigerien people that the operations will continue.",
    "Editor's note: the Islamic State group's Sahel branch claimed the Banibangou attack on Sunday through its propaganda channels.",
], [
    E("Terrorists attacked an escort unit near Banibangou on Friday 28 March: 10 soldiers and 35 attackers killed, 7 wounded; IS Sahel claimed.",
      "2025-03-28", "Banibangou", "Tillabéri", "NE", "battle", "Islamic State", "Nigerien security forces",
      "On Friday 28 March 2025 at around 10 a.m., a unit of the Defence and Security Forces on an escort mission was attacked near Banibangou, in the Tillabéri region, by several hundred terrorists on motorcycles. [...] The toll on our side is ten killed and seven wounded. On the enemy side, 35 terrorists were neutralised and a large quantity of weapons was recovered. [...] Editor's note: the Islamic State group's Sahel branch claimed the Banibangou attack on Sunday through its propaganda channels.",
      killed=45, wounded=7, wd="Friday", date_note="killed sums both sides (10 soldiers + 35 attackers)"),
    E("Air force drone struck a logistics base near Tillia on Saturday 29 March, around 20 killed.",
      "2025-03-29", "Tillia", "Tahoua", "NE", "explosion", "Nigerien security forces", "unknown",
      "In a separate operation, on Saturday 29 March 2025, an air force drone struck a terrorist logistics base near Tillia, in the Tahoua region, killing around twenty terrorists.",
      killed=20, wd="Saturday"),
])

D("b5a25", "2025-01-29", "international wire", [
    "Niger junta extends transition, rules out early vote",
    "NIAMEY, Jan 29 - Niger's military government said on Wednesday it would not hold elections before the security situation allowed it, after a national consultation recommended a transition of at least five years.",
    "The recommendations, read out at the close of a week of talks in the capital, also proposed dissolving political parties and granting an amnesty to the officers who seized power in July 2023.",
    "Opposition figures in exile rejected the conclusions, saying the consultation had been stage-managed.",
    "The junta, which has expelled French troops and moved closer to Russia, says the fight against jihadist groups in the west and southeast of the country is its priority.",
], []),

# ---------------------------------------------------------------- Lake Chad
D("b5a04", "2025-03-25", "international wire", [
    "Islamic State fighters overrun army base in northeast Nigeria",
    "MAIDUGURI, Nigeria, March 25 - Islamic State West Africa Province fighters overran a military base in Wajiroko, in Nigeria's Borno state, on Monday, killing at least six soldiers including the commanding officer, two military sources said.",
    "The fighters arrived in gun trucks shortly before dusk, set fire to the base and carted away weapons, one of the sources said.",
    "ISWAP claimed the attack on Tuesday in a statement carried by the Islamic State's Amaq news agency, saying its fighters had killed 20 soldiers.",
    "The army did not comment. It has pulled troops back into large fortified camps in recent years, leaving fewer but bigger targets.",
    "A week earlier, on March 17, ISWAP fighters stormed a base in Malam-Fatori, near the border with Niger, killing five soldiers, the sources said.",
], [
    E("ISWAP overran the army base in Wajiroko on Monday; at least 6 soldiers killed (sources), 20 claimed by ISWAP.",
      "2025-03-24", "Wajiroko", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
      "MAIDUGURI, Nigeria, March 25 - Islamic State West Africa Province fighters overran a military base in Wajiroko, in Nigeria's Borno state, on Monday, killing at least six soldiers including the commanding officer, two military sources said. [...] ISWAP claimed the attack on Tuesday in a statement carried by the Islamic State's Amaq news agency, saying its fighters had killed 20 soldiers.",
      killed=6, killed_high=20, wd="Monday"),
    E("ISWAP stormed the Malam-Fatori base on March 17, killing five soldiers.",
      "2025-03-17", "Malam-Fatori", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
      "A week earlier, on March 17, ISWAP fighters stormed a base in Malam-Fatori, near the border with Niger, killing five soldiers, the sources said.",
      killed=5),
])

D("b5a05", "2025-03-03", "local radio website (Maroua)", [
    "Mayo-Sava: three civilians killed, two women kidnapped in Djibrilli",
    "Three civilians were killed and two women abducted when Boko Haram fighters raided the village of Djibrilli, near Mora in the Mayo-Sava department, in the early hours of Sunday, local authorities told our newsroom.",
    "The attackers looted food stocks and livestock before withdrawing towards the Nigerian border, a traditional chief said. Soldiers of the Rapid Intervention Battalion (BIR) arrived after they had left.",
    "On Thursday, a BIR soldier was wounded when his vehicle hit a landmine near Amchidé, in the same department, a military source said.",
    "Last Tuesday, two herders were kidnapped by suspected jihadists near Kolofata; their families say a ransom has been demanded.",
    "Our listeners in Kolofata say many families have again been sleeping in the bush since the start of the year.",
], [
    E("Boko Haram raided Djibrilli near Mora early Sunday: 3 civilians killed, 2 women abducted.",
      "2025-03-02", "Djibrilli", "Far North", "CM", "attack_on_civilians", "Boko Haram", "civilians",
      "Three civilians were killed and two women abducted when Boko Haram fighters raided the village of Djibrilli, near Mora in the Mayo-Sava department, in the early hours of Sunday, local authorities told our newsroom.",
      killed=3, wd="Sunday"),
    E("A BIR vehicle hit a landmine near Amchidé on Thursday, one soldier wounded.",
      "2025-02-27", "Amchidé", "Far North", "CM", "explosion", "unknown", "Cameroonian security forces",
      "On Thursday, a BIR soldier was wounded when his vehicle hit a landmine near Amchidé, in the same department, a military source said.",
      wounded=1, wd="Thursday"),
    E("Suspected jihadists kidnapped two herders near Kolofata last Tuesday.",
      "2025-02-25", "Kolofata", "Far North", "CM", "attack_on_civilians", "unknown", "civilians",
      "Last Tuesday, two herders were kidnapped by suspected jihadists near Kolofata; their families say a ransom has been demanded.",
      wd="Tuesday", date_note="'last Tuesday' in a Monday 2025-03-03 report: 2025-02-25"),
])

D("b5a06", "2025-04-08", "national broadcaster website (N'Djamena)", [
    "Lake Chad: eight soldiers killed on Barkaram island, army says 40 assailants killed in pursuit",
    "Boko Haram fighters attacked a military position on Barkaram island, in Lac province, late on Sunday, killing eight Chadian soldiers and wounding 12, the army spokesman said on Monday.",
    "In the same statement, he said the defence and security forces had pursued the assailants through the islands and killed 40 of them on Monday morning, losing no further men.",
    "The wounded were evacuated by helicopter to N'Djamena. President Mahamat Idriss Déby Itno ordered flags flown at half-mast.",
    "Barkaram lies a short boat ride from the area where about 40 soldiers were killed in a night attack on a base in October 2024, which led the president to launch a large operation on the lake.",
], [
    E("Boko Haram attacked an army position on Barkaram island late Sunday: 8 soldiers killed, 12 wounded.",
      "2025-04-06", "Barkaram", "Lac", "TD", "battle", "Boko Haram", "Chadian security forces",
      "Boko Haram fighters attacked a military position on Barkaram island, in Lac province, late on Sunday, killing eight Chadian soldiers and wounding 12, the army spokesman said on Monday.",
      killed=8, wounded=12, wd="Sunday"),
    E("Chadian forces pursued the attackers on Monday morning and killed 40 of them.",
      "2025-04-07", "Barkaram", "Lac", "TD", "battle", "Chadian security forces", "Boko Haram",
      "In the same statement, he said the defence and security forces had pursued the assailants through the islands and killed 40 of them on Monday morning, losing no further men.",
      killed=40, wd="Monday"),
    E("Background: October 2024 night attack on a lake base, about 40 soldiers killed (month only).",
      None, "Barkaram", "Lac", "TD", "battle", "unknown", "Chadian security forces",
      "Barkaram lies a short boat ride from the area where about 40 soldiers were killed in a night attack on a base in October 2024, which led the president to launch a large operation on the lake.",
      killed=40, optional=True),
])

D("b5a30", "2025-05-24", "national newspaper (Lagos)", [
    "Suicide bomber kills nine at Dikwa fish market",
    "A suspected female suicide bomber detonated explosives strapped to her body at a busy fish market in Dikwa, Borno State, on Friday evening, killing at least nine people and injuring 23 others, the state emergency management agency said.",
    "A member of the Civilian Joint Task Force (CJTF), the vigilante force that helps the military in the area, told our correspondent that 12 people had died, including the bomber.",
    "The police spokesman in Maiduguri said: \"The attack was carried out by Boko Haram terrorists, who have resorted to soft targets because they are losing ground.\"",
    "On Friday afternoon, hours before the bombing, troops repelled an attack by ISWAP fighters on a base in Marte and killed 13 of the insurgents, the army said.",
    "The injured were taken to the general hospital in Dikwa, while some were later moved to Maiduguri.",
    "Dikwa, about 90 kilometres east of the state capital, hosts tens of thousands of displaced people in camps.",
], [
    E("Female suicide bomber at Dikwa fish market on Friday evening: at least 9 killed (12 per CJTF), 23 injured; police blame Boko Haram.",
      "2025-05-23", "Dikwa", "Borno", "NG", "explosion", "Boko Haram", "civilians",
      "A suspected female suicide bomber detonated explosives strapped to her body at a busy fish market in Dikwa, Borno State, on Friday evening, killing at least nine people and injuring 23 others, the state emergency management agency said. [...] A member of the Civilian Joint Task Force (CJTF), the vigilante force that helps the military in the area, told our correspondent that 12 people had died, including the bomber. [...] The police spokesman in Maiduguri said: \"The attack was carried out by Boko Haram terrorists, who have resorted to soft targets because they are losing ground.\"",
      killed=9, killed_high=12, wounded=23, wd="Friday"),
    E("ISWAP attacked the Marte base on Friday afternoon and was repelled; 13 insurgents killed.",
      "2025-05-23", "Marte", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces",
      "On Friday afternoon, hours before the bombing, troops repelled an attack by ISWAP fighters on a base in Marte and killed 13 of the insurgents, the army said.",
      killed=13, wd="Friday"),
])

# ---------------------------------------------------------------- Nigeria northwest and middle belt
D("b5a07", "2025-01-20", "national newspaper (Abuja)", [
    "Bandits abduct 43, kill four in Zamfara village",
    "Armed bandits on Saturday night stormed Dan Gulbi village in Maru Local Government Area of Zamfara State, killing four persons and abducting 43 others, mostly women and children, residents told our correspondent.",
    "A resident, Malam Sani Dan Gulbi, said the bandits came in large numbers on motorcycles and shot sporadically for about three hours.",
    "The Zamfara State Police Command confirmed the attack but put the death toll at three, adding that tactical teams had been deployed to rescue the abductees.",
    "In a separate development, troops of Operation Fansan Yamma on Sunday killed 11 bandits in an ambush near Tsafe town, the army said in a statement.",
    "The statement added that the troops recovered seven AK-47 rifles and freed 14 kidnapped travellers during the operation.",
], [
    E("Bandits stormed Dan Gulbi (Maru LGA) on Saturday night: 4 killed (police: 3), 43 abducted.",
      "2025-01-18", "Dan Gulbi", "Zamfara", "NG", "attack_on_civilians", "bandits", "civilians",
      "Armed bandits on Saturday night stormed Dan Gulbi village in Maru Local Government Area of Zamfara State, killing four persons and abducting 43 others, mostly women and children, residents told our correspondent. [...] The Zamfara State Police Command confirmed the attack but put the death toll at three, adding that tactical teams had been deployed to rescue the abductees.",
      killed=3, killed_high=4, wd="Saturday"),
    E("Troops ambushed bandits near Tsafe on Sunday, killing 11.",
      "2025-01-19", "Tsafe", "Zamfara", "NG", "battle", "Nigerian security forces", "bandits",
      "In a separate development, troops of Operation Fansan Yamma on Sunday killed 11 bandits in an ambush near Tsafe town, the army said in a statement.",
      killed=11, wd="Sunday"),
])

D("b5a08", "2025-01-23", "national newspaper (Kano)", [
    "Katsina mosque attack: death toll rises to 27",
    "The death toll from Tuesday's attack by bandits on worshippers at a mosque in Yargoje village of Kankara Local Government Area has risen to 27, after nine of the injured died in hospital, officials said on Thursday.",
    "Police had initially put the number of dead at 18.",
    "The gunmen surrounded the mosque during the dawn prayer and opened fire on those who tried to run, a survivor told our reporter from his bed at the General Hospital in Kankara.",
    "Seventeen of the victims were buried in a mass grave on Wednesday afternoon amid tight security. The state governor, who attended the funeral prayers, vowed that the killers would be hunted down.",
    "Residents said the attack may have been retaliation after vigilantes killed two bandit couriers near the village last week.",
], [
    E("Bandits attacked worshippers at a mosque in Yargoje on Tuesday; toll rose to 27 (initially 18).",
      "2025-01-21", "Yargoje", "Katsina", "NG", "attack_on_civilians", "bandits", "civilians",
      "The death toll from Tuesday's attack by bandits on worshippers at a mosque in Yargoje village of Kankara Local Government Area has risen to 27, after nine of the injured died in hospital, officials said on Thursday.",
      killed=27, wd="Tuesday", date_note="toll rose from 18 to 27; the latest figure is gold"),
    E("Background: vigilantes killed two bandit couriers near the village 'last week' (vague).",
      None, "Yargoje", "Katsina", "NG", "battle", "vigilantes", "bandits",
      "Residents said the attack may have been retaliation after vigilantes killed two bandit couriers near the village last week.",
      killed=2, optional=True),
])

D("b5a09", "2025-04-14", "national newspaper (Jos)", [
    "Plateau: herders kill 40 in Bokkos village, reprisal leaves two dead",
    "At least 40 people were killed late on Sunday when herders attacked Daffo village in Bokkos Local Government Area of Plateau State, the council chairman said on Monday.",
    "The Red Cross, which helped to recover bodies from burnt houses, said 52 people had died and more than 20 were wounded.",
    "The Plateau State Police Command blamed the attack on armed herders and said a joint team of police and soldiers had been deployed to the area.",
    "In what residents described as a reprisal, two herders were killed and about 30 cattle slaughtered in nearby Mangor early on Monday, police said.",
    "Bokkos has suffered repeated raids since herders killed more than 150 people across some 20 villages of the area in attacks that began on December 24, 2023.",
], [
    E("Herders attacked Daffo (Bokkos LGA) late Sunday: at least 40 killed (council), 52 (Red Cross), more than 20 wounded.",
      "2025-04-13", "Daffo", "Plateau", "NG", "attack_on_civilians", "herders", "civilians",
      "At least 40 people were killed late on Sunday when herders attacked Daffo village in Bokkos Local Government Area of Plateau State, the council chairman said on Monday. [...] The Red Cross, which helped to recover bodies from burnt houses, said 52 people had died and more than 20 were wounded.",
      killed=40, killed_high=52, wounded=20, wd="Sunday"),
    E("Reprisal in Mangor early Monday: two herders killed, cattle slaughtered.",
      "2025-04-14", "Mangor", "Plateau", "NG", "attack_on_civilians", "unknown", "herders",
      "In what residents described as a reprisal, two herders were killed and about 30 cattle slaughtered in nearby Mangor early on Monday, police said.",
      killed=2, wd="Monday"),
    E("Background: attacks from December 24, 2023 across some 20 villages in Bokkos, more than 150 killed (multi-day, multi-place).",
      "2023-12-24", "Bokkos", "Plateau", "NG", "attack_on_civilians", "herders", "civilians",
      "Bokkos has suffered repeated raids since herders killed more than 150 people across some 20 villages of the area in attacks that began on December 24, 2023.",
      killed=150, optional=True),
])

D("b5a10", "2025-05-06", "local radio website (Makurdi)", [
    "Nine killed in fresh Agatu attack",
    "Gunmen killed nine people and injured five others in an attack on Ocholonya community in Agatu Local Government Area on Sunday night, the council chairman has said.",
    "He told our station that the attackers, whom he described as suspected herdsmen, came from across the river and burnt several houses.",
    "The Benue State Police Command spokesperson confirmed the incident on Monday but said the command was still \"verifying the casualty figures\".",
    "Agatu has been hit by repeated attacks since February 2016, when hundreds of people were reportedly killed over several days.",
    "Residents of neighbouring communities have fled to Obagaji, the council headquarters.",
], [
    E("Gunmen attacked Ocholonya (Agatu LGA) on Sunday night: 9 killed, 5 injured.",
      "2025-05-04", "Ocholonya", "Benue", "NG", "attack_on_civilians", "unknown", "civilians",
      "Gunmen killed nine people and injured five others in an attack on Ocholonya community in Agatu Local Government Area on Sunday night, the council chairman has said.",
      killed=9, wounded=5, wd="Sunday"),
    E("Background: Agatu attacks in February 2016, hundreds killed (month only).",
      None, "Agatu", "Benue", "NG", "attack_on_civilians", "unknown", "civilians",
      "Agatu has been hit by repeated attacks since February 2016, when hundreds of people were reportedly killed over several days.",
      killed=100, optional=True),
])

D("b5a31", "2025-04-30", "weekly security round-up (Abuja newsletter)", [
    "North-West and North-Central: the week in security",
    "Our weekly digest of incidents reported by authorities, residents and the media.",
    "Zamfara: At least 16 members of a community vigilante group were killed on Tuesday when a Nigerian Air Force jet bombed them near Kakidawa village in Zurmi Local Government Area, apparently mistaking them for bandits. Nine others were wounded, according to a local official. The air force said it had opened an investigation.",
    "Sokoto: Fighters of the Lakurawa group killed five farmers in Sanyinna, Tambuwal LGA, on Thursday, April 24, residents said. The group, which emerged along the border with Niger, is accused of imposing taxes on herders.",
    "Kaduna: Police said on Saturday they had arrested 12 suspected kidnappers in a raid on a forest hideout in Kajuru.",
    "Niger State: Bandits abducted 23 passengers from two buses on the Mariga-Kontagora road on Sunday. No deaths were reported.",
    "Katsina: A vigilante leader and his deputy were shot dead by bandits in Faskari on Monday evening.",
], [
    E("Nigerian Air Force jet bombed vigilantes near Kakidawa (Zurmi) on Tuesday: 16 killed, 9 wounded.",
      "2025-04-29", "Kakidawa", "Zamfara", "NG", "explosion", "Nigerian security forces", "vigilantes",
      "Zamfara: At least 16 members of a community vigilante group were killed on Tuesday when a Nigerian Air Force jet bombed them near Kakidawa village in Zurmi Local Government Area, apparently mistaking them for bandits. Nine others were wounded, according to a local official.",
      killed=16, wounded=9, wd="Tuesday"),
    E("Lakurawa killed five farmers in Sanyinna (Tambuwal) on Thursday April 24.",
      "2025-04-24", "Sanyinna", "Sokoto", "NG", "attack_on_civilians", "Lakurawa", "civilians",
      "Sokoto: Fighters of the Lakurawa group killed five farmers in Sanyinna, Tambuwal LGA, on Thursday, April 24, residents said.",
      killed=5, wd="Thursday"),
    E("Police arrested 12 suspected kidnappers in a raid in Kajuru (day of raid not given; announced Saturday).",
      None, "Kajuru", "Kaduna", "NG", "arrest", "Nigerian security forces", "kidnappers",
      "Kaduna: Police said on Saturday they had arrested 12 suspected kidnappers in a raid on a forest hideout in Kajuru.",
      optional=True, date_note="announced Saturday 2025-04-26; raid day not stated"),
    E("Bandits abducted 23 bus passengers on the Mariga-Kontagora road on Sunday; no deaths.",
      "2025-04-27", "Mariga", "Niger", "NG", "attack_on_civilians", "bandits", "civilians",
      "Niger State: Bandits abducted 23 passengers from two buses on the Mariga-Kontagora road on Sunday. No deaths were reported.",
      killed=0, wd="Sunday"),
    E("Bandits shot dead a vigilante leader and his deputy in Faskari on Monday evening.",
      "2025-04-28", "Faskari", "Katsina", "NG", "attack_on_civilians", "bandits", "vigilantes",
      "Katsina: A vigilante leader and his deputy were shot dead by bandits in Faskari on Monday evening.",
      killed=2, wd="Monday"),
])

D("b5a40", "2025-02-25", "international wire", [
    "Lakurawa militants kill 13 villagers in northwest Nigeria",
    "SOKOTO, Nigeria, Feb 25 - Members of the Lakurawa armed group killed 13 villagers and drove away hundreds of cattle in an attack on Natsini village in Kebbi state's Augie district on Monday, police and residents said.",
    "The army said troops pursued the attackers and killed eight of them in a gunfight near Tsamiya, a few kilometres away, on the same day.",
    "Lakurawa, which Nigerian officials say has links to Islamic State fighters in the Sahel, has become increasingly active in Kebbi and Sokoto states since late 2024.",
    "The government designated the group a terrorist organisation in January.",
], [
    E("Lakurawa attacked Natsini (Augie, Kebbi) on Monday, killing 13 villagers.",
      "2025-02-24", "Natsini", "Kebbi", "NG", "attack_on_civilians", "Lakurawa", "civilians",
      "SOKOTO, Nigeria, Feb 25 - Members of the Lakurawa armed group killed 13 villagers and drove away hundreds of cattle in an attack on Natsini village in Kebbi state's Augie district on Monday, police and residents said.",
      killed=13, wd="Monday"),
    E("Troops pursued the attackers and killed eight near Tsamiya the same day.",
      "2025-02-24", "Tsamiya", "Kebbi", "NG", "battle", "Nigerian security forces", "Lakurawa",
      "The army said troops pursued the attackers and killed eight of them in a gunfight near Tsamiya, a few kilometres away, on the same day.",
      killed=8),
])

# ---------------------------------------------------------------- DR Congo
D("b5a11", "2025-02-06", "international wire", [
    "M23 rebels seize Congolese mining town of Nyabibwe",
    "GOMA, Democratic Republic of Congo, Feb 6 - M23 rebels seized the mining town of Nyabibwe in South Kivu's Kalehe territory on Wednesday after brief clashes with Congolese troops and allied Wazalendo militias, residents and a local official said.",
    "\"The soldiers left during the night and the rebels walked in around noon,\" a shopkeeper said by phone.",
    "A Congolese army drone strike hit a rebel position on the hills above Nyabibwe on Thursday morning, killing at least three M23 fighters, a military source said.",
    "The Rwanda-backed rebels took Goma, the capital of North Kivu, in late January and have since pushed south towards Bukavu along the shore of Lake Kivu.",
    "M23 said in a statement that it was responding to attacks on its positions and accused the army of shelling civilians.",
], [
    E("M23 seized Nyabibwe (Kalehe, South Kivu) on Wednesday after brief clashes with troops and Wazalendo.",
      "2025-02-05", "Nyabibwe", "South Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
      "GOMA, Democratic Republic of Congo, Feb 6 - M23 rebels seized the mining town of Nyabibwe in South Kivu's Kalehe territory on Wednesday after brief clashes with Congolese troops and allied Wazalendo militias, residents and a local official said.",
      wd="Wednesday"),
    E("Army drone strike on M23 position above Nyabibwe on Thursday morning, at least 3 fighters killed.",
      "2025-02-06", "Nyabibwe", "South Kivu", "CD", "explosion", "Congolese security forces", "M23",
      "A Congolese army drone strike hit a rebel position on the hills above Nyabibwe on Thursday morning, killing at least three M23 fighters, a military source said.",
      killed=3, wd="Thursday"),
    E("Background: M23 took Goma in late January (no day).",
      None, "Goma", "North Kivu", "CD", "territory_gain", "M23", "Congolese security forces",
      "The Rwanda-backed rebels took Goma, the capital of North Kivu, in late January and have since pushed south towards Bukavu along the shore of Lake Kivu.",
      optional=True),
])

D("b5a12", "2025-03-10", "national radio website (Kinshasa)", [
    "Lubero: at least 18 civilians killed in ADF attack on Ntoyo",
    "At least 18 civilians were killed on Saturday in an attack attributed to the Allied Democratic Forces (ADF) in the village of Ntoyo, in Lubero territory, North Kivu, the army spokesman in the operational sector said.",
    "Civil society in the Bapere sector puts the toll at 23 dead, with several people still missing. Survivors said the attackers used machetes and set fire to houses and motorcycles.",
    "The ADF, a group of Ugandan origin which has pledged allegiance to the Islamic State group, has killed thousands of civilians in Beni and Lubero since 2014.",
    "The army said on Sunday that it had killed seven ADF fighters the previous day during an operation near Eringeti, in Beni territory. The operation is being conducted jointly with the Ugandan army.",
], [
    E("ADF attack on Ntoyo (Lubero) on Saturday: 18 killed (army), 23 (civil society).",
      "2025-03-08", "Ntoyo", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
      "At least 18 civilians were killed on Saturday in an attack attributed to the Allied Democratic Forces (ADF) in the village of Ntoyo, in Lubero territory, North Kivu, the army spokesman in the operational sector said. [...] Civil society in the Bapere sector puts the toll at 23 dead, with several people still missing.",
      killed=18, killed_high=23, wd="Saturday"),
    E("Army operation near Eringeti on Saturday (the day before the Sunday statement), seven ADF fighters killed.",
      "2025-03-08", "Eringeti", "North Kivu", "CD", "battle", "Congolese security forces", "ADF",
      "The army said on Sunday that it had killed seven ADF fighters the previous day during an operation near Eringeti, in Beni territory.",
      killed=7, date_note="statement on Sunday 2025-03-09, operation 'the previous day'"),
])

D("b5a13", "2025-02-12", "medical NGO press release", [
    "DRC: Our teams treat 14 wounded after attack on displacement site in Ituri",
    "Bunia, 12 February 2025 - Our medical teams at Drodro general referral hospital received 14 wounded people, including six children, after an attack on the Lala displacement site in Djugu territory on the night of 10 February.",
    "Most of the patients had gunshot and machete wounds. Local authorities report that at least nine people were killed and dozens of shelters burned.",
    "Local authorities blamed the attack on the CODECO militia, which has repeatedly targeted displacement sites in the territory.",
    "\"People fled here to be safe, and they were attacked where they sleep,\" said our project coordinator in Drodro.",
    "We call on all armed actors to respect civilians and humanitarian spaces. More than 100,000 displaced people live in sites around Drodro and Rhoe.",
], [
    E("Attack on Lala displacement site (Djugu) on the night of 10 Feb: at least 9 killed, 14 wounded treated; authorities blame CODECO.",
      "2025-02-10", "Lala", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians",
      "Bunia, 12 February 2025 - Our medical teams at Drodro general referral hospital received 14 wounded people, including six children, after an attack on the Lala displacement site in Djugu territory on the night of 10 February. [...] Local authorities report that at least nine people were killed and dozens of shelters burned. [...] Local authorities blamed the attack on the CODECO militia, which has repeatedly targeted displacement sites in the territory.",
      killed=9, wounded=14),
])

D("b5a14", "2025-04-25", "international wire", [
    "Congo and Rwanda pledge to draft peace deal by early May",
    "WASHINGTON, April 25 - The foreign ministers of Democratic Republic of Congo and Rwanda signed a declaration of principles on Friday, committing to respect each other's sovereignty and to present a draft peace agreement by May 2.",
    "The declaration, signed in the presence of US officials, also calls for a mechanism to verify security concerns and for the return of refugees.",
    "Fighting in eastern Congo this year has killed thousands of people and forced hundreds of thousands from their homes, according to the United Nations.",
    "Separate talks between Kinshasa and the M23 rebels are being mediated by Qatar.",
], []),

# ---------------------------------------------------------------- Sudan
D("b5a15", "2025-05-20", "international wire", [
    "Shelling kills 14 in Darfur displacement camp, volunteers say",
    "PORT SUDAN, May 20 - Shelling by the paramilitary Rapid Support Forces killed at least 14 people in the Abu Shouk displacement camp on the northern edge of El Fasher on Monday, the camp's emergency response room said.",
    "The volunteer group said several shells landed near a water point where women and children were queuing. The RSF, which has besieged El Fasher for a year, did not respond to a request for comment.",
    "The army said its aircraft struck RSF positions near Mellit on Sunday, killing dozens of fighters and destroying combat vehicles.",
    "The RSF accused the army of bombing a cattle market in the same area and killing civilians, without giving figures.",
    "On Saturday, RSF drones struck a fuel depot in Kosti, in White Nile state, wounding four workers, the state government said.",
    "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes.",
], [
    E("RSF shelling of Abu Shouk camp (El Fasher) on Monday, at least 14 killed.",
      "2025-05-19", "Abu Shouk", "North Darfur", "SD", "explosion", "RSF", "civilians",
      "PORT SUDAN, May 20 - Shelling by the paramilitary Rapid Support Forces killed at least 14 people in the Abu Shouk displacement camp on the northern edge of El Fasher on Monday, the camp's emergency response room said.",
      killed=14, wd="Monday"),
    E("Army air strikes on RSF positions near Mellit on Sunday, dozens of fighters killed.",
      "2025-05-18", "Mellit", "North Darfur", "SD", "explosion", "Sudanese security forces", "RSF",
      "The army said its aircraft struck RSF positions near Mellit on Sunday, killing dozens of fighters and destroying combat vehicles.",
      killed=12, wd="Sunday"),
    E("RSF drones struck a fuel depot in Kosti on Saturday, four workers wounded.",
      "2025-05-17", "Kosti", "White Nile", "SD", "explosion", "RSF", "civilians",
      "On Saturday, RSF drones struck a fuel depot in Kosti, in White Nile state, wounding four workers, the state government said.",
      wounded=4, wd="Saturday"),
], figures=[
    {"what": "displaced", "value": 12000000, "place": "Sudan",
     "evidence": "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes."},
])

D("b5a16", "2025-06-03", "national newspaper (Sudan, English edition)", [
    "RSF accused of killing 31 villagers near El Obeid; army retakes Al-Khuwei",
    "Fighters of the Rapid Support Forces killed at least 31 people, among them children, when they stormed the village of Um Sumeima, west of El Obeid in North Kordofan, on Sunday, a network of Sudanese doctors said.",
    "The doctors' group said 20 others were wounded and that the attackers looted livestock and burned the village market. The RSF denied responsibility and said the village had been used by the army to launch attacks.",
    "Separately, the army and allied forces said they had regained control of Al-Khuwei, in West Kordofan, on Saturday, after the paramilitaries captured it last month.",
    "A military source said that 17 RSF fighters were killed in the fighting for the town, while a commander of an allied militia was wounded.",
    "Kordofan has become a main front since the army drove the RSF out of Khartoum in March.",
], [
    E("RSF stormed Um Sumeima (west of El Obeid) on Sunday: at least 31 killed, 20 wounded.",
      "2025-06-01", "Um Sumeima", "North Kordofan", "SD", "attack_on_civilians", "RSF", "civilians",
      "Fighters of the Rapid Support Forces killed at least 31 people, among them children, when they stormed the village of Um Sumeima, west of El Obeid in North Kordofan, on Sunday, a network of Sudanese doctors said. [...] The doctors' group said 20 others were wounded and that the attackers looted livestock and burned the village market.",
      killed=31, wounded=20, wd="Sunday"),
    E("Army and allies regained Al-Khuwei (West Kordofan) on Saturday; 17 RSF fighters killed, an allied commander wounded.",
      "2025-05-31", "Al-Khuwei", "West Kordofan", "SD", "territory_gain", "Sudanese security forces", "RSF",
      "Separately, the army and allied forces said they had regained control of Al-Khuwei, in West Kordofan, on Saturday, after the paramilitaries captured it last month. [...] A military source said that 17 RSF fighters were killed in the fighting for the town, while a commander of an allied militia was wounded.",
      killed=17, wounded=1, wd="Saturday"),
    E("Background: RSF captured Al-Khuwei last month (no day).",
      None, "Al-Khuwei", "West Kordofan", "SD", "territory_gain", "RSF", "Sudanese security forces",
      "Separately, the army and allied forces said they had regained control of Al-Khuwei, in West Kordofan, on Saturday, after the paramilitaries captured it last month.",
      optional=True),
])

D("b5a17", "2025-06-10", "UN agency press release", [
    "Sudan: cholera cases surge in Khartoum as people return",
    "GENEVA, 10 June 2025 - Cholera cases have risen sharply in Khartoum state over the past month as families return to neighbourhoods heavily damaged during two years of war, the World Health Organization said today.",
    "Water stations and power plants across the capital were hit during the fighting, and many residents now drink from the Nile or from unprotected wells.",
    "\"We are racing to vaccinate before the rainy season,\" the WHO representative said, adding that more than a million doses had been shipped.",
    "The agency called for safe access to all affected areas and for sustained funding of the health response.",
], []),

# ---------------------------------------------------------------- Somalia
D("b5a18", "2025-03-19", "international wire", [
    "Suicide bomber kills at least 10 army recruits in Mogadishu",
    "MOGADISHU, March 19 - A suicide bomber blew himself up among army recruits queuing outside the General Daud military base in Mogadishu's Hodan district on Tuesday, killing at least 10 and wounding 18, a police officer said.",
    "Staff at Madina hospital said 15 bodies had been brought in.",
    "Al-Shabaab, the al Qaeda affiliate fighting to topple the government, claimed responsibility, saying on its radio station that it had killed dozens of soldiers.",
    "Separately, a roadside bomb killed two soldiers near Afgooye, about 30 km (19 miles) northwest of the capital, on Wednesday morning, a local commander said.",
    "The group was driven out of the capital in 2011 but still carries out frequent bombings there.",
], [
    E("Suicide bombing of recruits at General Daud base (Hodan, Mogadishu) on Tuesday: 10-15 killed, 18 wounded; al-Shabaab claimed.",
      "2025-03-18", "General Daud base", "Banadir", "SO", "explosion", "al-Shabaab", "Somali security forces",
      "MOGADISHU, March 19 - A suicide bomber blew himself up among army recruits queuing outside the General Daud military base in Mogadishu's Hodan district on Tuesday, killing at least 10 and wounding 18, a police officer said. [...] Staff at Madina hospital said 15 bodies had been brought in. [...] Al-Shabaab, the al Qaeda affiliate fighting to topple the government, claimed responsibility, saying on its radio station that it had killed dozens of soldiers.",
      killed=10, killed_high=15, wounded=18, wd="Tuesday"),
    E("Roadside bomb killed two soldiers near Afgooye on Wednesday morning.",
      "2025-03-19", "Afgooye", "Lower Shabelle", "SO", "explosion", "unknown", "Somali security forces",
      "Separately, a roadside bomb killed two soldiers near Afgooye, about 30 km (19 miles) northwest of the capital, on Wednesday morning, a local commander said.",
      killed=2, wd="Wednesday"),
])

D("b5a19", "2025-02-15", "regional news website (Garowe)", [
    "Puntland forces take Dhasan from Islamic State after two days of fighting",
    "Puntland security forces said on Saturday that they had taken control of Dhasan, a mountain stronghold of Islamic State fighters in the Cal Miskaad range, after two days of fighting that ended on Friday.",
    "Fifteen militants and four soldiers were killed, and nine soldiers were wounded, the deputy commander of the operation told reporters in Bosaso.",
    "He said many of the fighters killed were foreigners, and that the militants had left behind mines on the tracks leading to the valley.",
    "US Africa Command said an airstrike on Tuesday targeted IS fighters in the Golis mountains southeast of Bosaso, adding that its initial assessment was that no civilians were harmed. It did not give a toll.",
    "Puntland launched its offensive against the group in late December.",
], [
    E("Puntland forces took Dhasan (Cal Miskaad) from IS on Friday after two days of fighting: 15 militants and 4 soldiers killed, 9 soldiers wounded.",
      "2025-02-14", "Dhasan", "Bari", "SO", "territory_gain", "Puntland security forces", "Islamic State",
      "Puntland security forces said on Saturday that they had taken control of Dhasan, a mountain stronghold of Islamic State fighters in the Cal Miskaad range, after two days of fighting that ended on Friday. [...] Fifteen militants and four soldiers were killed, and nine soldiers were wounded, the deputy commander of the operation told reporters in Bosaso.",
      killed=19, wounded=9, wd="Friday"),
    E("US airstrike on IS in the Golis mountains on Tuesday; no toll.",
      "2025-02-11", "Golis mountains", "Bari", "SO", "explosion", "US security forces", "Islamic State",
      "US Africa Command said an airstrike on Tuesday targeted IS fighters in the Golis mountains southeast of Bosaso, adding that its initial assessment was that no civilians were harmed.",
      wd="Tuesday"),
])

D("b5a20", "2025-04-28", "weekly security round-up (Nairobi-based newsletter)", [
    "Somalia security week: 21-27 April",
    "Al-Shabaab pressed its offensive in Hiiraan, while clan fighting flared in Galgaduud.",
    "Monday, April 21: Al-Shabaab fighters took over the town of Moqokori in Hiiraan after government troops and clan militias withdrew overnight, residents said. There were no reports of casualties.",
    "Wednesday, April 23: Mortar rounds fired at the area around Aden Adde International Airport in Mogadishu wounded three people, police said. Al-Shabaab claimed the attack.",
    "Thursday, April 24: Nine people were killed when rival clan militias clashed over grazing land and water near Abudwak, in Galgaduud. Elders from both sides were trying to negotiate a truce.",
    "Saturday, April 26: Danab special forces backed by US air support killed \"more than 30\" al-Shabaab fighters near Adan Yabaal, in Middle Shabelle, the information ministry said. The claim could not be verified.",
    "Outlook: the government has announced a new mobilisation of clan militias in Hiiraan and Middle Shabelle.",
], [
    E("Al-Shabaab took over Moqokori (Hiiraan) on Monday April 21 after troops withdrew.",
      "2025-04-21", "Moqokori", "Hiiraan", "SO", "territory_gain", "al-Shabaab", "Somali security forces",
      "Monday, April 21: Al-Shabaab fighters took over the town of Moqokori in Hiiraan after government troops and clan militias withdrew overnight, residents said. There were no reports of casualties.",
      wd="Monday"),
    E("Mortar fire at the Aden Adde airport area in Mogadishu on April 23 wounded three; al-Shabaab claimed.",
      "2025-04-23", "Aden Adde International Airport", "Banadir", "SO", "explosion", "al-Shabaab", "civilians",
      "Wednesday, April 23: Mortar rounds fired at the area around Aden Adde International Airport in Mogadishu wounded three people, police said. Al-Shabaab claimed the attack.",
      wounded=3, wd="Wednesday"),
    E("Rival clan militias clashed near Abudwak on April 24, nine killed.",
      "2025-04-24", "Abudwak", "Galgaduud", "SO", "battle", "clan militias", "clan militias",
      "Thursday, April 24: Nine people were killed when rival clan militias clashed over grazing land and water near Abudwak, in Galgaduud.",
      killed=9, wd="Thursday"),
    E("Danab forces with US air support killed more than 30 al-Shabaab fighters near Adan Yabaal on April 26.",
      "2025-04-26", "Adan Yabaal", "Middle Shabelle", "SO", "battle", "Somali security forces", "al-Shabaab",
      "Saturday, April 26: Danab special forces backed by US air support killed \"more than 30\" al-Shabaab fighters near Adan Yabaal, in Middle Shabelle, the information ministry said.",
      killed=30, wd="Saturday"),
])

D("b5a39", "2025-06-05", "national news website (Mogadishu)", [
    "Al-Shabaab claims Beledweyne base bombing as commander is buried",
    "Al-Shabaab on Wednesday claimed responsibility for Monday's car bombing at a military base on the outskirts of Beledweyne that killed seven soldiers, including a senior commander.",
    "The commander, Colonel Abdiweli Hassan Nur, was buried in Mogadishu on Tuesday in a ceremony attended by the army chief and several ministers.",
    "A hospital official in Beledweyne said 11 wounded soldiers were still being treated.",
    "The group's statement said the attack was revenge for recent operations against its fighters in the Hiiraan region.",
], [
    E("Car bombing at a military base on the outskirts of Beledweyne on Monday, 7 soldiers killed, 11 wounded; al-Shabaab claimed on Wednesday.",
      "2025-06-02", "Beledweyne", "Hiiraan", "SO", "explosion", "al-Shabaab", "Somali security forces",
      "Al-Shabaab on Wednesday claimed responsibility for Monday's car bombing at a military base on the outskirts of Beledweyne that killed seven soldiers, including a senior commander. [...] A hospital official in Beledweyne said 11 wounded soldiers were still being treated.",
      killed=7, wounded=11, wd="Monday"),
])

# ---------------------------------------------------------------- Ethiopia
D("b5a21", "2025-01-30", "international wire", [
    "Drone strike kills 12 bus passengers in Ethiopia's Amhara, witnesses say",
    "NAIROBI, Jan 30 - A drone strike hit a minibus near the town of Mehal Meda in Ethiopia's Amhara region on Tuesday, killing 12 passengers, three residents and a health worker told the agency.",
    "The health worker said five wounded people were brought to the town's hospital. The military did not respond to requests for comment; the federal army is the only party to the conflict in the region known to fly armed drones.",
    "Fano militiamen, who have fought the federal government since August 2023, briefly seized the town of Dangila on Sunday before withdrawing, two residents said. It was not known how many people were killed.",
    "On Monday, Fano fighters ambushed a military convoy near Debre Markos, killing at least nine soldiers, a local official said on condition of anonymity.",
    "Access to the region is restricted and the internet has been cut in many areas, making reports hard to verify.",
], [
    E("Drone strike on a minibus near Mehal Meda on Tuesday: 12 killed, 5 wounded; witnesses point to the army.",
      "2025-01-28", "Mehal Meda", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians",
      "NAIROBI, Jan 30 - A drone strike hit a minibus near the town of Mehal Meda in Ethiopia's Amhara region on Tuesday, killing 12 passengers, three residents and a health worker told the agency. [...] The health worker said five wounded people were brought to the town's hospital. The military did not respond to requests for comment; the federal army is the only party to the conflict in the region known to fly armed drones.",
      killed=12, wounded=5, wd="Tuesday"),
    E("Fano briefly seized Dangila on Sunday before withdrawing.",
      "2025-01-26", "Dangila", "Amhara", "ET", "territory_gain", "Fano", "Ethiopian security forces",
      "Fano militiamen, who have fought the federal government since August 2023, briefly seized the town of Dangila on Sunday before withdrawing, two residents said.",
      wd="Sunday"),
    E("Fano ambushed a military convoy near Debre Markos on Monday, at least nine soldiers killed.",
      "2025-01-27", "Debre Markos", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces",
      "On Monday, Fano fighters ambushed a military convoy near Debre Markos, killing at least nine soldiers, a local official said on condition of anonymity.",
      killed=9, wd="Monday"),
])

D("b5a22", "2025-03-13", "national newspaper (Addis Ababa, English)", [
    "17 civilians killed in East Wollega; government blames OLA",
    "Gunmen killed at least 17 civilians in Gida Kiremu district of East Wollega zone on Monday, the Oromia regional government said in a statement on Wednesday.",
    "The statement blamed the Oromo Liberation Army, which the government calls \"OLF-Shene\" and designated a terrorist organisation in 2021.",
    "A spokesman for the Oromo Liberation Army denied involvement and accused militias allied with the government of carrying out the killings.",
    "In a separate incident on Tuesday, six federal police officers were killed in an ambush near Nekemte, which officials also blamed on the rebels.",
    "Talks between the government and the OLA in Tanzania broke down in 2023 without an agreement.",
], [
    E("Gunmen killed at least 17 civilians in Gida Kiremu (East Wollega) on Monday; government blames the OLA, which denies.",
      "2025-03-10", "Gida Kiremu", "Oromia", "ET", "attack_on_civilians", "Oromo Liberation Army", "civilians",
      "Gunmen killed at least 17 civilians in Gida Kiremu district of East Wollega zone on Monday, the Oromia regional government said in a statement on Wednesday. [...] The statement blamed the Oromo Liberation Army, which the government calls \"OLF-Shene\" and designated a terrorist organisation in 2021.",
      killed=17, wd="Monday"),
    E("Six federal police officers killed in an ambush near Nekemte on Tuesday; officials blame the OLA.",
      "2025-03-11", "Nekemte", "Oromia", "ET", "battle", "Oromo Liberation Army", "Ethiopian security forces",
      "In a separate incident on Tuesday, six federal police officers were killed in an ambush near Nekemte, which officials also blamed on the rebels.",
      killed=6, wd="Tuesday"),
])

# ---------------------------------------------------------------- Mozambique
D("b5a23", "2025-05-12", "national newspaper (Maputo)", [
    "Cabo Delgado: insurgents kill four farmers in Macomia",
    "Insurgents killed four farmers in their fields near the village of Nova Zambézia, in Macomia district, on Friday, local sources told our newspaper.",
    "The Islamic State group claimed the killings on Sunday through its Amaq outlet, describing the victims as Christians. The insurgents are known locally as \"al-Shabaab\", although they have no known links to the Somali group of that name.",
    "On Saturday, Rwandan troops clashed with insurgents near Mucojo, on the coast, killing six of them, according to a military source in Pemba. Mozambican soldiers took part in the operation.",
    "In neighbouring Niassa province, insurgents attacked a camp of the Niassa Special Reserve in Mecula district on Thursday, killing two wildlife rangers and a tracker, the reserve's management said.",
    "The conflict in the northern province has killed more than 6,000 people since October 2017, according to monitoring groups.",
], [
    E("Insurgents killed four farmers near Nova Zambézia (Macomia) on Friday; Islamic State claimed on Sunday.",
      "2025-05-09", "Nova Zambézia", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
      "Insurgents killed four farmers in their fields near the village of Nova Zambézia, in Macomia district, on Friday, local sources told our newspaper. [...] The Islamic State group claimed the killings on Sunday through its Amaq outlet, describing the victims as Christians.",
      killed=4, wd="Friday"),
    E("Rwandan troops (with Mozambican soldiers) clashed with insurgents near Mucojo on Saturday, six insurgents killed.",
      "2025-05-10", "Mucojo", "Cabo Delgado", "MZ", "battle", "Rwandan security forces", "Islamic State",
      "On Saturday, Rwandan troops clashed with insurgents near Mucojo, on the coast, killing six of them, according to a military source in Pemba.",
      killed=6, wd="Saturday"),
    E("Insurgents attacked a Niassa Special Reserve camp in Mecula on Thursday, killing two rangers and a tracker.",
      "2025-05-08", "Mecula", "Niassa", "MZ", "attack_on_civilians", "unknown", "civilians",
      "In neighbouring Niassa province, insurgents attacked a camp of the Niassa Special Reserve in Mecula district on Thursday, killing two wildlife rangers and a tracker, the reserve's management said.",
      killed=3, wd="Thursday"),
], figures=[
    {"what": "killed", "value": 6000, "place": "Cabo Delgado",
     "evidence": "The conflict in the northern province has killed more than 6,000 people since October 2017, according to monitoring groups."},
])

D("b5a33", "2025-01-08", "regional news website (Aden)", [
    "Five Security Belt soldiers killed in AQAP attack in Abyan",
    "Five soldiers of the Security Belt forces were killed and four wounded when al-Qaeda in the Arabian Peninsula (AQAP) militants attacked their checkpoint in Mudiyah district of Abyan province on Tuesday, a military official said.",
    "The official said the attackers fled towards the mountains after a gunfight lasting more than an hour.",
    "AQAP had claimed on Saturday a drone attack on a position of the Southern Transitional Council in Wadi Omran, in the same district, which it said killed three fighters.",
    "The Security Belt forces are loyal to the Southern Transitional Council, which controls Aden and much of the south.",
], [
    E("AQAP attacked a Security Belt checkpoint in Mudiyah (Abyan) on Tuesday: 5 soldiers killed, 4 wounded.",
      "2025-01-07", "Mudiyah", "Abyan", "YE", "battle", "AQAP", "Security Belt forces",
      "Five soldiers of the Security Belt forces were killed and four wounded when al-Qaeda in the Arabian Peninsula (AQAP) militants attacked their checkpoint in Mudiyah district of Abyan province on Tuesday, a military official said.",
      killed=5, wounded=4, wd="Tuesday"),
    E("AQAP drone attack on an STC position in Wadi Omran, claimed on Saturday, 3 killed (attack day not stated).",
      None, "Wadi Omran", "Abyan", "YE", "explosion", "AQAP", "Southern Transitional Council",
      "AQAP had claimed on Saturday a drone attack on a position of the Southern Transitional Council in Wadi Omran, in the same district, which it said killed three fighters.",
      killed=3, date_note="claimed Saturday 2025-01-04; attack day not stated"),
])

# ---------------------------------------------------------------- Yemen
D("b5a32", "2025-05-06", "live blog (international news site)", [
    "Middle East live: Israeli strikes on Sanaa, Houthi missile fallout",
    "10:05 - Explosions have been heard across Sanaa this morning. Residents describe thick smoke rising from the direction of the airport.",
    "11:20 - Israeli warplanes struck Sanaa International Airport and a power station north of the capital this morning, the Houthi-run Al-Masirah TV reported. The Houthi-run health ministry says three people were killed and 38 wounded.",
    "12:02 - The Israeli military says the strikes came in response to the Houthi missile that landed near Ben Gurion airport on Sunday, wounding six people. It says the airport in Sanaa was \"a central hub\" for the group.",
    "13:45 - Yemen's internationally recognised government says Houthi shelling killed a child and wounded two other people in the city of Taiz on Monday evening.",
    "13:58 - The Houthis also say their air defences shot down a US MQ-9 Reaper drone over Marib province on Monday. There is no comment yet from Washington.",
    "14:30 - A Houthi spokesman says the group will keep firing at Israel \"until the aggression on Gaza stops\". We will bring you more as we get it.",
], [
    E("Israeli strikes on Sanaa International Airport and a power station this morning: 3 killed, 38 wounded.",
      "2025-05-06", "Sanaa International Airport", "Sanaa", "YE", "explosion", "Israeli security forces", "Houthis",
      "11:20 - Israeli warplanes struck Sanaa International Airport and a power station north of the capital this morning, the Houthi-run Al-Masirah TV reported. The Houthi-run health ministry says three people were killed and 38 wounded.",
      killed=3, wounded=38),
    E("Houthi missile landed near Ben Gurion airport on Sunday, six wounded.",
      "2025-05-04", "Ben Gurion airport", "Central District", "IL", "explosion", "Houthis", "civilians",
      "12:02 - The Israeli military says the strikes came in response to the Houthi missile that landed near Ben Gurion airport on Sunday, wounding six people.",
      wounded=6, wd="Sunday"),
    E("Houthi shelling in Taiz on Monday evening killed a child and wounded two.",
      "2025-05-05", "Taiz", "Taiz", "YE", "explosion", "Houthis", "civilians",
      "13:45 - Yemen's internationally recognised government says Houthi shelling killed a child and wounded two other people in the city of Taiz on Monday evening.",
      killed=1, wounded=2, wd="Monday"),
    E("Houthis say they shot down a US MQ-9 drone over Marib province on Monday.",
      "2025-05-05", "Marib", "Marib", "YE", "other", "Houthis", "US security forces",
      "13:58 - The Houthis also say their air defences shot down a US MQ-9 Reaper drone over Marib province on Monday.",
      wd="Monday"),
])

D("b5a34", "2025-02-20", "UN press release", [
    "Yemen: Special Envoy urges parties to build on prisoner releases",
    "NEW YORK, 20 February 2025 - The UN Special Envoy for Yemen told the Security Council on Thursday that the parties must build on recent humanitarian steps and return to negotiations on a nationwide ceasefire.",
    "He welcomed the release of detainees in January and called for the immediate release of UN and NGO staff held by Ansar Allah.",
    "\"The front lines have been relatively quiet, but quiet is not peace,\" the envoy said, pointing to the economic crisis and the rising risk of regional escalation.",
    "More than 19 million people in Yemen need humanitarian assistance this year, according to the UN.",
], []),

# ---------------------------------------------------------------- Iraq and Syria
D("b5a35", "2025-01-22", "international wire", [
    "Islamic State militants kill two Iraqi soldiers near Kirkuk",
    "BAGHDAD, Jan 22 - Two Iraqi soldiers were killed and three wounded late on Tuesday when Islamic State militants attacked an army outpost in Wadi al-Shay, south of Kirkuk, security officials said.",
    "The attackers used sniper rifles and a roadside bomb to hit a reinforcement vehicle, one of the officials said.",
    "Iraqi F-16 jets struck IS hideouts in the Hamrin mountains on Wednesday morning, killing five militants, the Security Media Cell said in a statement.",
    "Iraq declared victory over the jihadists in 2017, but IS cells remain active in rural areas between Kirkuk, Salahuddin and Diyala provinces.",
    "On November 18, four soldiers were killed in a similar attack on a post near Daquq, south of Kirkuk.",
], [
    E("IS attacked an army outpost in Wadi al-Shay late Tuesday: 2 soldiers killed, 3 wounded.",
      "2025-01-21", "Wadi al-Shay", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
      "BAGHDAD, Jan 22 - Two Iraqi soldiers were killed and three wounded late on Tuesday when Islamic State militants attacked an army outpost in Wadi al-Shay, south of Kirkuk, security officials said.",
      killed=2, wounded=3, wd="Tuesday"),
    E("Iraqi F-16 strikes on IS hideouts in the Hamrin mountains on Wednesday morning, five militants killed.",
      "2025-01-22", "Hamrin mountains", "Salahuddin", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
      "Iraqi F-16 jets struck IS hideouts in the Hamrin mountains on Wednesday morning, killing five militants, the Security Media Cell said in a statement.",
      killed=5, wd="Wednesday"),
    E("Background: November 18 attack on a post near Daquq, four soldiers killed.",
      "2024-11-18", "Daquq", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
      "On November 18, four soldiers were killed in a similar attack on a post near Daquq, south of Kirkuk.",
      killed=4, date_note="November before the January publication: 2024"),
])

D("b5a36", "2025-02-27", "regional news website (Erbil)", [
    "Turkish drone kills two in Sinjar",
    "A Turkish drone strike on a car in Sinjar district on Wednesday killed two members of the Sinjar Resistance Units (YBS), a Yazidi armed group that Ankara considers an offshoot of the PKK, local officials said.",
    "The car was hit on the road between Sinjar town and the village of Khanasor, the mayor of Sinjar told our reporter.",
    "The Turkish defence ministry said on Thursday that its forces had \"neutralised two terrorists\" in northern Iraq, without giving a location.",
    "The ministry also said its jets had hit PKK shelters near Amadiya, in Dohuk province, on Tuesday; local officials said the strike set fire to orchards but caused no casualties.",
    "Turkey has carried out frequent drone strikes in Sinjar since 2021. Baghdad has repeatedly protested against them as violations of its sovereignty.",
], [
    E("Turkish drone strike on a car between Sinjar and Khanasor on Wednesday killed two YBS members.",
      "2025-02-26", "Sinjar", "Nineveh", "IQ", "explosion", "Turkish security forces", "Sinjar Resistance Units",
      "A Turkish drone strike on a car in Sinjar district on Wednesday killed two members of the Sinjar Resistance Units (YBS), a Yazidi armed group that Ankara considers an offshoot of the PKK, local officials said.",
      killed=2, wd="Wednesday"),
    E("Turkish jets hit PKK shelters near Amadiya on Tuesday; no casualties.",
      "2025-02-25", "Amadiya", "Dohuk", "IQ", "explosion", "Turkish security forces", "PKK",
      "The ministry also said its jets had hit PKK shelters near Amadiya, in Dohuk province, on Tuesday; local officials said the strike set fire to orchards but caused no casualties.",
      killed=0, wounded=0, wd="Tuesday"),
])

D("b5a37", "2025-04-15", "international wire", [
    "IS gunmen kill three SDF fighters in eastern Syria",
    "BEIRUT, April 15 - Islamic State gunmen killed three fighters of the Kurdish-led Syrian Democratic Forces at a checkpoint in the town of Diban in eastern Deir ez-Zor province late on Sunday, the Syrian Observatory for Human Rights said.",
    "The SDF said in a statement that it had arrested 11 suspected IS members in a raid in al-Busayrah on Monday, carried out with support from the US-led coalition.",
    "On Saturday, a roadside bomb hit a car carrying SDF members near Shuhayl, wounding two of them, the monitor said.",
    "The Britain-based war monitor has recorded dozens of IS attacks on the SDF in the province since the start of the year.",
    "The SDF holds thousands of IS suspects in prisons across northeast Syria.",
], [
    E("IS gunmen killed three SDF fighters at a checkpoint in Diban late Sunday.",
      "2025-04-13", "Diban", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
      "BEIRUT, April 15 - Islamic State gunmen killed three fighters of the Kurdish-led Syrian Democratic Forces at a checkpoint in the town of Diban in eastern Deir ez-Zor province late on Sunday, the Syrian Observatory for Human Rights said.",
      killed=3, wd="Sunday"),
    E("SDF arrested 11 suspected IS members in a raid in al-Busayrah on Monday.",
      "2025-04-14", "al-Busayrah", "Deir ez-Zor", "SY", "arrest", "Syrian Democratic Forces", "Islamic State",
      "The SDF said in a statement that it had arrested 11 suspected IS members in a raid in al-Busayrah on Monday, carried out with support from the US-led coalition.",
      wd="Monday"),
    E("Roadside bomb hit an SDF car near Shuhayl on Saturday, two wounded.",
      "2025-04-12", "Shuhayl", "Deir ez-Zor", "SY", "explosion", "unknown", "Syrian Democratic Forces",
      "On Saturday, a roadside bomb hit a car carrying SDF members near Shuhayl, wounding two of them, the monitor said.",
      wounded=2, wd="Saturday"),
])

D("b5a38", "2025-05-28", "international wire", [
    "Iraq brings home more families from Syria's al-Hol camp",
    "BAGHDAD, May 28 - Iraq repatriated about 700 more of its citizens from the al-Hol camp in northeast Syria on Wednesday, the migration ministry said, as Baghdad pushes to empty the camp of Iraqis.",
    "The camp, run by Kurdish-led authorities, holds families of suspected Islamic State members, and aid groups have long described conditions there as dire.",
    "The returnees will spend several months at a rehabilitation centre in Nineveh province before going home, the ministry said.",
    "Iraq has brought back more than 15,000 people from the camp since 2021.",
], [], figures=[
    {"what": "returned", "value": 15000, "place": "al-Hol",
     "evidence": "Iraq has brought back more than 15,000 people from the camp since 2021."},
])


# ---------------------------------------------------------------- checks
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def check(doc):
    errs = []
    pub = datetime.date.fromisoformat(doc["published"])
    text = doc["text"]
    ftext = fold(text)
    n = len(re.findall(r"[.!?](?:\s|$)", text))
    if not 3 <= len(doc["text"].split("\n")) or n < 3:
        errs.append("fewer than 3 sentences")
    for i, e in enumerate(doc["events"]):
        where = f"{doc['id']} event {i} ({e['place']})"
        for part in e["evidence"].split(" [...] "):
            if part not in text:
                errs.append(f"{where}: evidence not verbatim: {part[:70]!r}")
        for w in re.split(r"[^a-z0-9]+", fold(e["place"])):
            if w and w not in ftext:
                errs.append(f"{where}: place word {w!r} not in text")
        if e["type"] not in TYPES:
            errs.append(f"{where}: bad type {e['type']}")
        if not re.fullmatch(r"[A-Z]{2}", e["country"]):
            errs.append(f"{where}: bad country {e['country']}")
        for k in ("killed", "wounded"):
            if e.get(k + "_high") is not None and (e.get(k) is None or e[k + "_high"] <= e[k]):
                errs.append(f"{where}: {k}_high must exceed {k}")
        if e["date"]:
            d = datetime.date.fromisoformat(e["date"])
            if d > pub:
                errs.append(f"{where}: date after publication")
            wd = e.pop("_wd", None)
            if wd:
                if WEEKDAYS[d.weekday()] != wd:
                    errs.append(f"{where}: {e['date']} is a {WEEKDAYS[d.weekday()]}, not {wd}")
                explicit = f"{d.strftime('%B')} {d.day}" in text or f"{d.day} {d.strftime('%B')}" in text
                if not 0 <= (pub - d).days <= (7 if explicit else 6):
                    errs.append(f"{where}: weekday {wd} more than 6 days before publication")
                if wd not in text:
                    errs.append(f"{where}: weekday {wd} not in text")
        elif e.pop("_wd", None):
            errs.append(f"{where}: weekday given without a date")
        if not e["date"] and not e.get("optional") and not e.get("date_note"):
            errs.append(f"{where}: undated event neither optional nor explained")
    for f in doc["figures"]:
        if f["evidence"] not in text:
            errs.append(f"{doc['id']} figure: evidence not verbatim")
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [d["id"] for d in DOCS]
    errs = []
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    DOCS.sort(key=lambda d: d["id"])
    for d in DOCS:
        errs += check(d)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"], "outlet": d["outlet"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "url": None, "published": d["published"], "events": d["events"],
                                "figures": d["figures"]}, ensure_ascii=False) + "\n")
    ev = [e for d in DOCS for e in d["events"]]
    req = [e for e in ev if not e.get("optional")]
    empty = sum(1 for d in DOCS if not any(not e.get("optional") for e in d["events"]))
    print(f"docs {len(DOCS)}  events {len(ev)} (scored {len(req)}, optional {len(ev) - len(req)})  "
          f"docs without a scored event {empty}")
    by = {}
    for e in req:
        by[e["type"]] = by.get(e["type"], 0) + 1
    print("scored by type:", dict(sorted(by.items())))
    print("scored with killed:", sum(e["killed"] is not None for e in req),
          " with wounded:", sum(e["wounded"] is not None for e in req),
          " with a toll range:", sum(e["killed_high"] is not None for e in req),
          " actor1 unknown:", sum(e["actor1"] == "unknown" for e in req))


if __name__ == "__main__":
    main()
