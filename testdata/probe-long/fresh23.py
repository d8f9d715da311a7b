#!/usr/bin/env python3
"""Fresh long reports of long23 (F01-F07), written after the L66-L90 fixes
and never tuned on: the honest figure of those fixes. Writes fresh23-docs.jsonl
and fresh23-gold.jsonl (the shared gold format; see README.md)."""
import json, os

def ev(place, typ, actor1, date, killed=None, wounded=None, optional=False):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": "", "type": typ,
         "actor1": actor1, "actor2": "", "killed": killed, "killed_high": None,
         "wounded": wounded, "wounded_high": None, "evidence": ""}
    if optional:
        e["optional"] = True
    return e

R = []

R.append(("F01", "2024-01-23", """Suicide car bomb kills 10 soldiers at base in central Mali

BAMAKO, Jan 23 -- A suicide bomber drove a vehicle packed with explosives into the gate of a military camp in Boni, in central Mali, on Monday, killing 10 soldiers, two military sources said.

Gunmen on motorcycles then tried to enter the camp but were pushed back after an exchange of fire lasting about an hour, one of the sources said. Seven attackers were killed, according to the army.

The al-Qaeda-linked JNIM claimed the assault in a message on Tuesday, saying its fighters had "destroyed the camp of the mercenaries and the army".

The army said 14 soldiers were wounded and that reinforcements had been flown in from Sevare.

Boni lies on the road between Mopti and Gao, which jihadists have blockaded for months, starving the town of food and fuel.

In October, a similar attack on the camp at Bourem killed dozens of soldiers.

Mali's junta has turned to Russian mercenaries to fight the insurgency after expelling French troops and the UN peacekeeping mission.""",
 [ev("Boni", "explosion", "JNIM", "2024-01-22", 18, 14)]))

R.append(("F02", "2023-10-10", """Gunmen kill 8 in two attacks in Nigeria's Plateau state

JOS, Nigeria, Oct 10 -- Gunmen killed eight people in two attacks on villages in Nigeria's central Plateau state on Sunday night, a local official and police said on Tuesday.

In the first attack, the gunmen opened fire on residents gathered at a drinking spot in Kwall in Bassa local government area, killing five people, the chairman of the local government said.

Hours later, another group attacked the village of Hurti in Mangu, killing three farmers and burning several houses, a police spokesman said. Two other villagers were wounded.

Police said officers had been deployed to both villages and that two suspects had been arrested in Mangu on Monday.

"We are tired of burying our people," a youth leader in Bassa said.

Plateau state has long been hit by clashes between mostly Muslim herders and mostly Christian farmers over land and water. In May, attacks on villages in Mangu killed more than 100 people.

The state governor imposed a curfew in parts of Mangu last week.""",
 [ev("Kwall", "attack_on_civilians", "unknown", "2023-10-08", 5, None),
  ev("Hurti", "attack_on_civilians", "unknown", "2023-10-08", 3, 2),
  ev("Mangu", "arrest", "Nigerian security forces", "2023-10-09", None, None, optional=True)]))

R.append(("F03", "2022-06-21", """Pakistani soldiers killed in militant attack in North Waziristan

PESHAWAR, June 21 -- Militants fired on a military post in Pakistan's North Waziristan district near the Afghan border on Monday, killing three soldiers, the army's media wing said.

The Inter-Services Public Relations (ISPR) said in a statement that troops returned fire and killed two of the attackers, and that an operation was under way to clear the area around Miranshah.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed the attack in a message to journalists.

The TTP and the government have been holding talks in Kabul, hosted by the Afghan Taliban, and the group had announced an open-ended ceasefire earlier this month.

Separately, a roadside bomb wounded two policemen in the Bannu district on Monday, police said.

Militant violence has risen in the former tribal areas since the Taliban returned to power in Afghanistan last year.""",
 [ev("Miranshah", "battle", "Tehrik-i-Taliban Pakistan", "2022-06-20", 5, None),
  ev("Bannu", "explosion", "unknown", "2022-06-20", None, 2)]))

R.append(("F04", "2024-12-03", """Syria: Rebels push into Hama countryside as government air strikes hit Idlib

BEIRUT, Dec 3 -- Syrian rebels led by Hayat Tahrir al-Sham captured the town of Souran north of Hama on Monday after fierce fighting with government forces, a war monitor said.

The Syrian Observatory for Human Rights said at least 20 soldiers and 12 rebels were killed in the battle for the town.

Government and Russian warplanes struck the city of Idlib on Monday, killing eight civilians, including three children, the White Helmets rescue service said.

"The strikes hit a residential street near the old market," a rescuer said.

The army said it had "repelled" rebel attacks north of Hama and was sending reinforcements.

Rebels launched their offensive last week and seized Aleppo, Syria's second city, on Saturday, in the biggest challenge to President Bashar al-Assad in years.""",
 [ev("Souran", "territory_gain", "Hayat Tahrir al-Sham", "2024-12-02", 32, None),
  ev("Idlib", "explosion", "Syrian government forces", "2024-12-02", 8, None),
  ev("Aleppo", "territory_gain", "Hayat Tahrir al-Sham", "2024-11-30", None, None, optional=True)]))

R.append(("F05", "2023-04-25", """Sudan: Shelling kills civilians in Omdurman despite truce

KHARTOUM, April 25 -- Artillery shells fired by the Rapid Support Forces struck homes in the Ombada district of Omdurman on Monday, killing six civilians and wounding 11, a local resistance committee said.

The shelling came despite a 72-hour truce announced by the United States, which had been due to take effect at midnight.

The army said its aircraft had struck RSF positions in the Kafouri area of Khartoum North on Monday afternoon, killing "dozens of rebels". The RSF said the strikes had hit civilian homes, and residents said two people were killed.

"We hear the planes every day," a resident of Kafouri said. "Nobody is safe."

The fighting between the army and the RSF broke out on April 15. The World Health Organization says more than 400 people have been killed.""",
 [ev("Ombada", "explosion", "Rapid Support Forces", "2023-04-24", 6, 11),
  ev("Kafouri", "explosion", "Sudanese Armed Forces", "2023-04-24", 2, None)]))

R.append(("F06", "2021-11-16", """Uganda: Twin suicide bombings in Kampala kill three, police say

KAMPALA, Nov 16 -- Two suicide bombers blew themselves up in central Kampala on Tuesday, killing three people and wounding 33, Uganda's police said.

The first bomber struck at a checkpoint outside the Central Police Station, and the second, minutes later, on a street near parliament, police spokesman Fred Enanga said.

The three people killed were civilians, he said, and the toll did not include the two bombers.

Police shot a third suspected bomber in the Nansana suburb later in the day and recovered explosives at his home.

Islamic State claimed the bombings, saying they had been carried out by its Central Africa Province, which the ADF rebels pledged allegiance to.

In October, a bomb at a restaurant in Kampala killed a waitress.""",
 [ev("Kampala", "explosion", "ADF", "2021-11-16", 5, 33),
  ev("Nansana", "battle", "Ugandan security forces", "2021-11-16", None, None, optional=True)]))

R.append(("F07", "2024-03-26", """Colombia: Dissidents attack police station in Cauca, killing two officers

BOGOTA, March 26 -- FARC dissidents attacked a police station in the town of Jamundi, south of Cali, with explosives and rifles on Sunday night, killing two police officers, the police said.

The attack lasted several hours, and a civilian was wounded by a stray bullet, the mayor said.

Police blamed the Jaime Martinez front, a faction of the dissident group known as the Central General Staff, which rejected the 2016 peace deal.

On Monday, soldiers clashed with the same group near Suarez, killing three dissidents, the army said.

The government suspended a ceasefire with the faction in Cauca this month after a series of attacks on indigenous communities.""",
 [ev("Jamundi", "battle", "FARC dissidents", "2024-03-24", 2, 1),
  ev("Suarez", "battle", "Colombian security forces", "2024-03-25", 3, None)]))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "fresh23-docs.jsonl"), "w") as d, open(os.path.join(here, "fresh23-gold.jsonl"), "w") as g:
    for rid, pub, text, events in R:
        d.write(json.dumps({"id": rid, "text": text, "published": pub}) + "\n")
        g.write(json.dumps({"id": rid, "published": pub, "events": events, "figures": []}) + "\n")
