#!/usr/bin/env python3
"""Probe set: kinds of incident x countries (our own words).

Each shape is one short report (SHAPES: one sentence; CONTEXT: two or
three sentences with a headline, a reaction, a second incident or no
incident; REPORTS: a short wire report with background paragraphs), written once with slots for a country's
demonym, towns and an armed group, filled for 18 countries; its gold gives
the ACLED kind the shared scorer compares (battle, explosion,
attack_on_civilians, territory_gain, arrest, other), the doer, the side hurt
and the tolls. A shape failing in every country points at a mechanism.
Writes docs.jsonl and gold.jsonl (the shared gold format).
"""
import json

PUB = "2025-03-05"  # a Wednesday: Monday is 2025-03-03
MON = "2025-03-03"
TUE = "2025-03-04"
SUN = "2025-03-02"
SAT = "2025-03-01"

# demonym, town, second town, region, armed group, country
C = [
    ("Nigerien", "Tillaberi", "Ouallam", "Tillaberi region", "Islamic State in the Greater Sahara", "Niger"),
    ("Chadian", "Bol", "Ngouboua", "Lac province", "Boko Haram", "Chad"),
    ("Cameroonian", "Kolofata", "Mora", "Far North region", "Boko Haram", "Cameroon"),
    ("Ethiopian", "Gondar", "Debre Markos", "Amhara region", "Fano", "Ethiopia"),
    ("South Sudanese", "Malakal", "Nasir", "Upper Nile", "White Army", "South Sudan"),
    ("Central African", "Bria", "Bangassou", "Haute-Kotto", "3R", "Central African Republic"),
    ("Congolese", "Bunia", "Djugu", "Ituri", "CODECO", "Congo"),
    ("Afghan", "Jalalabad", "Kunduz", "Nangarhar province", "Islamic State Khorasan", "Afghanistan"),
    ("Pakistani", "Turbat", "Gwadar", "Balochistan", "Baloch Liberation Army", "Pakistan"),
    ("Mexican", "Culiacan", "Uruapan", "Sinaloa", "Sinaloa Cartel", "Mexico"),
    ("Egyptian", "El Arish", "Sheikh Zuweid", "North Sinai", "Islamic State Sinai Province", "Egypt"),
    ("Burkinabe", "Fada N'Gourma", "Dori", "East region", "JNIM", "Burkina Faso"),
    ("Beninese", "Kandi", "Banikoara", "Alibori", "JNIM", "Benin"),
    ("Somali", "Kismayo", "Afgooye", "Lower Juba", "al-Shabaab", "Somalia"),
    ("Mozambican", "Mocimboa da Praia", "Palma", "Cabo Delgado", "Islamic State Mozambique Province", "Mozambique"),
    ("Malian", "Timbuktu", "Niono", "Segou region", "JNIM", "Mali"),
    ("Nigerian", "Gusau", "Tsafe", "Zamfara", "Ansaru", "Nigeria"),
    ("Kenyan", "Lamu", "Wajir", "Lamu county", "al-Shabaab", "Kenya"),
]

# (id, text, [(place, date, killed, wounded, actor1, actor2, type)]);
# "F" is the country's forces, "G" the group, None not scored.
SHAPES = [
    ("a", "{G} fighters shelled residential areas of {T} on Monday, killing five civilians and wounding 11, local officials said.",
     [("{T}", MON, 5, 11, "G", "civilians", "explosion")]),
    ("b", "A drone strike hit a car near {T} on Monday, killing three people inside, security sources said.",
     [("{T}", MON, 3, None, None, None, "explosion")]),
    ("c", "Two people were wounded on Monday night when an unidentified attacker threw a grenade into a bar in {T}, police said.",
     [("{T}", MON, None, 2, None, None, "explosion")]),
    ("d", "Gunmen abducted 30 passengers from two buses on the road near {T} on Monday, a local official said.",
     [("{T}", MON, None, None, None, "civilians", "attack_on_civilians")]),
    ("e", "Three children were killed on Monday when a landmine exploded as they herded goats near {T}.",
     [("{T}", MON, 3, None, None, None, "explosion")]),
    ("f", "Fighting between {D} troops and {G} fighters near {T} on Monday left 15 people dead on both sides, a military source said.",
     [("{T}", MON, 15, None, None, None, "battle")]),
    ("g", "{G} fighters took control of {T} on Monday after government troops withdrew from the town, residents said.",
     [("{T}", MON, None, None, "G", None, "territory_gain")]),
    ("h", "{D} troops recaptured {T} from {G} on Monday after two days of fighting, the army said.",
     [("{T}", MON, None, None, "F", "G", "territory_gain")]),
    ("i", "Police arrested 14 suspected {G} members during a raid in {T} on Monday.",
     [("{T}", MON, None, None, "F", None, "arrest")]),
    ("j", "A mob beat two men to death in {T} on Monday after accusing them of stealing a motorbike, police said.",
     [("{T}", MON, 2, None, None, None, "other")]),
    ("k", "Angry protesters set fire to a police station in {T} on Monday after a young man died in custody.",
     [("{T}", MON, None, None, None, None, "other")]),
    ("l", "Security forces opened fire on demonstrators in {T} on Monday, killing four people, a rights group said.",
     [("{T}", MON, 4, None, "F", None, "other")]),
    ("m", "{G} fighters executed five men accused of spying for the army in {T} on Monday, residents said.",
     [("{T}", MON, 5, None, "G", "civilians", "attack_on_civilians")]),
    ("n", "Gunmen on a motorbike shot dead a local councillor in {T} on Monday evening.",
     [("{T}", MON, 1, None, None, "civilians", "attack_on_civilians")]),
    ("o", "{G} fighters ambushed a {D} army patrol near {T} on Monday, killing six soldiers, security sources said.",
     [("{T}", MON, 6, None, "G", "F", "battle")]),
    ("p", "Two civilians were killed in crossfire when troops clashed with {G} fighters in {T} on Monday.",
     [("{T}", MON, 2, None, None, None, "battle")]),
    ("q", "A suicide car bomber struck an army checkpoint at the entrance to {T} on Monday, killing seven soldiers.",
     [("{T}", MON, 7, None, None, "F", "explosion")]),
    ("r", "A roadside bomb tore through a minibus near {T} on Monday, killing nine passengers.",
     [("{T}", MON, 9, None, None, "civilians", "explosion")]),
    ("s", "{D} forces repelled an attack by {G} fighters on an army post in {T} on Monday, the military said.",
     [("{T}", MON, None, None, "G", "F", "battle")]),
    ("t", "{G} fighters looted shops and burned the market in {T} on Monday, residents said.",
     [("{T}", MON, None, None, "G", None, "other")]),
    ("u", "Armed men raped at least six women in a village near {T} on Monday, a local rights group said.",
     [("{T}", MON, None, None, None, "civilians", "attack_on_civilians")]),
    ("v", "At least 20 {G} fighters were killed in air strikes near {T} on Monday, the army said.",
     [("{T}", MON, 20, None, "F", "G", "explosion")]),
    ("w", "Gunmen attacked a police station in {T} on Monday, killing three officers before fleeing.",
     [("{T}", MON, 3, None, None, "F", "battle")]),
    ("x", "Thousands of people marched through {T} on Monday to demand the release of detained journalists.",
     [("{T}", MON, None, None, "protesters", None, "other")]),
    ("y", "Artillery shells struck a hospital in {T} on Monday, killing two patients and a nurse.",
     [("{T}", MON, 3, None, None, "civilians", "explosion")]),
    ("z", "Two soldiers were wounded on Monday when their vehicle struck an explosive device on the road between {T} and {T2}.",
     [("{T}", MON, None, 2, None, "F", "explosion")]),
]


# short reports with context: a headline, a second sentence, a reaction, a
# second incident, or none at all (an accident, a habit of a group); "opt"
# marks an optional event
CONTEXT = [
    ("A", "Gunmen kill 14 in {T} village raid\n\nSuspected {G} fighters stormed a village near {T} on Monday night, killing 14 residents and burning dozens of homes, a local official said. Troops were deployed to the area on Tuesday, the official added.",
     [("{T}", MON, 14, None, "G", "civilians", "attack_on_civilians")]),
    ("B", "{G} fighters attacked an army base near {T} on Monday. The assault began with a car bomb at the gate, followed by a gun battle that lasted several hours, in which 11 soldiers and 30 attackers were killed, the army said.",
     [("{T}", MON, 41, None, "G", "F", "explosion")]),
    ("C", "A bomb hidden in a motorcycle exploded near a police checkpoint in {T} on Monday, killing two officers and a passer-by, police said. Nobody has claimed the attack.",
     [("{T}", MON, 3, None, None, None, "explosion")]),
    ("D", "{D} soldiers shot dead four civilians at a checkpoint near {T} on Monday, witnesses said. The army said the soldiers had fired after the car failed to stop and that an inquiry had been opened.",
     [("{T}", MON, 4, None, "F", "civilians", "attack_on_civilians")]),
    ("E", "Police fired tear gas and live rounds to disperse hundreds of protesters in {T} on Monday. Two protesters were killed and 15 wounded, a hospital official said.",
     [("{T}", MON, 2, 15, "F", None, "other")]),
    ("F", "{G} fighters abducted 20 women from a village near {T} on Monday and later released six of them, residents said.",
     [("{T}", MON, None, None, "G", "civilians", "attack_on_civilians")]),
    ("G", "A landmine killed three soldiers on patrol near {T} on Monday, the army said. On Tuesday, troops clashed with {G} fighters near {T2}, killing two of them.",
     [("{T}", MON, 3, None, None, "F", "explosion"), ("{T2}", TUE, 2, None, "F", "G", "battle")]),
    ("H", "Gunmen kidnapped a Catholic priest from his parish house in {T} on Monday, the diocese said in a statement.",
     [("{T}", MON, None, None, None, "civilians", "attack_on_civilians")]),
    ("I", "{G} fighters seized {T} on Monday after overrunning the army base there, killing nine soldiers, security sources said.",
     [("{T}", MON, 9, None, "G", "F", "territory_gain")]),
    ("J", "Twenty people drowned on Monday when a boat carrying families fleeing the fighting around {T} capsized on a river, local officials said.",
     []),
    ("K", "Three soldiers were killed on Monday when their helicopter crashed near {T} during a supply flight, the army said, ruling out hostile fire.",
     []),
    ("L", "Police in {T} arrested a man on Monday on suspicion of planning to bomb a church, officials said.",
     [("{T}", MON, None, None, "F", None, "arrest")]),
    ("M", "Unidentified attackers set fire to a primary school in {T} on Monday night, police said. No one was hurt.",
     [("{T}", MON, None, None, None, None, "other")]),
    ("N", "Clashes erupted in {T} on Monday between {D} troops and {G} fighters who had attacked army positions on the edge of the town, a local official said, adding that six soldiers and an unknown number of fighters had been killed.",
     [("{T}", MON, 6, None, "G", "F", "battle")]),
    ("O", "A suicide bomber blew himself up inside a mosque in {T} during Friday prayers, killing 23 worshippers, officials said on Monday.",
     [("{T}", "2025-02-28", 24, None, None, "civilians", "explosion")]),
    ("P", "Residents of {T} said on Monday that {G} fighters had been extorting traders and imposing taxes on farmers for months.",
     []),
    ("Q", "{D} warplanes bombed {G} hideouts in the forest near {T} on Monday, destroying several vehicles and killing scores of fighters, the military said.",
     [("{T}", MON, None, None, "F", "G", "explosion")]),
    ("R", "Two police officers were stabbed to death by a man with a knife at a market in {T} on Monday, police said. The attacker was arrested.",
     [("{T}", MON, 2, None, None, "F", "attack_on_civilians", "opt")]),
]


# short wire reports with background: a headline, a dateline, quotes,
# earlier incidents, running totals, a claim and a denial, a grievance
REPORTS = [
    ("RA", "{G} commander among nine killed in strike near {T}\n\n{PU}, {C} (Reuters) - An air strike on a compound near {T} on Monday killed nine people, including a senior {G} commander, two security sources said.\nThe strike hit a house where the commander was meeting local fighters, one of the sources said. The {D} military did not comment.\n{G} has been fighting government forces in {R} for years, and the clashes have displaced tens of thousands of people.\nLast year, the group's fighters attacked several army bases in the region, killing dozens of soldiers.",
     [("{T}", MON, 9, None, None, None, "explosion")]),
    ("RB", "Hundreds protest in {T} over insecurity\n\nHundreds of people took to the streets of {T} on Monday to protest against a wave of killings and kidnappings in {R}, witnesses said.\nThe protesters blocked the main road for several hours and burned tyres, but the demonstration ended peacefully, police said.\nIn January, a car bomb at the town's market killed 25 people. {G} claimed that attack.\nResidents say gunmen have abducted more than 100 people in the area since the start of the year.",
     [("{T}", MON, None, None, "protesters", None, "other")]),
    ("RC", "Police arrest suspects over {T} market bombing\n\nPolice in {C} said on Tuesday they had arrested five men suspected of involvement in last month's bombing of a market in {T} that killed 17 people.\nThe men were detained in raids in {T2} on Monday, a police spokesman said, adding that explosives and two rifles were seized.\nThe bombing was one of the deadliest attacks in {R} this year.",
     [("{T2}", MON, None, None, "F", None, "arrest"), ("{T}", None, 17, None, None, None, "explosion", "opt")]),
    ("RD", "Dozens killed as {G} and army clash near {T}\n\nAt least 34 people were killed on Monday in fighting around {T}, a local official said, 21 of them militants and 13 soldiers.\nThe fighting began at dawn when {G} fighters attacked an army base on the edge of the town, the official said.\nMore than 1,200 people have been killed in {R} since the start of the year, according to a local monitoring group.\nThe army has said it will step up operations in the region.",
     [("{T}", MON, 34, None, "G", "F", "battle")]),
    ("RE", "Gunmen kidnap 40 villagers in {R}\n\nGunmen abducted at least 40 people, mostly women and children, in a raid on a village near {T} on Sunday night, residents said on Monday.\nThe attackers arrived on motorcycles, fired in the air and led the villagers into the bush, one resident said by phone.\nPolice confirmed the kidnapping and said security forces were searching for the victims.\nKidnappings for ransom have become common in {R}, where armed gangs and {G} fighters both operate.",
     [("{T}", SUN, None, None, None, "civilians", "attack_on_civilians")]),
    ("RF", "Shelling kills six in {T}\n\nSix civilians, including two children, were killed on Monday when shells hit a residential district of {T}, the local health office said. Eleven others were wounded.\nThe government blamed {G} for the shelling. {G} denied it was responsible and accused the army of shelling its own people.\nThe United Nations condemned the attack and called for an independent investigation.",
     [("{T}", MON, 6, 11, "unknown", "civilians", "explosion")]),
    ("RG", "Drone strike on wedding party near {T} kills at least 12\n\nA drone strike hit a wedding party in a village near {T} on Saturday, killing at least 12 people, according to local officials, while a rights group put the toll at 19.\nWitnesses said the guests had gathered in a courtyard when the drone struck. Several children were among the dead, they said.\nNo side has said it carried out the strike.",
     [("{T}", SAT, (12, 19), None, None, "civilians", "explosion")]),
    ("RH", "A roadside bomb struck a bus carrying passengers near {T} on Monday morning, killing seven people and wounding 15, officials said.\nHours later, soldiers sent to the area clashed with {G} fighters near {T2}, killing four of them, the army said. Two soldiers were wounded.",
     [("{T}", MON, 7, 15, None, "civilians", "explosion"), ("{T2}", MON, 4, 2, "F", "G", "battle")]),
    ("RI", "{G} fighters captured the town of {T} on Sunday after government troops withdrew, residents and a security source said on Monday.\nThe fighters raised their flag over the district headquarters and told residents to stay indoors, one resident said.\nThe army said the withdrawal was tactical and that it would retake the town within days.\n{G} had seized {T2} in December, before troops drove its fighters out in January.",
     [("{T}", SUN, None, None, "G", None, "territory_gain")]),
    ("RJ", "Analysis: why {G} is gaining ground in {R}\n\n{G} has expanded its reach across {R} over the past year, taxing traders and recruiting young men in villages the army has left.\nIn 2023, the group's fighters killed more than 200 soldiers in a series of attacks on bases near {T}.\nAnalysts say the army lacks helicopters and intelligence, and that its operations rarely last more than a few weeks.\n\"They offer order where the state offers nothing,\" said a researcher who studies the region.",
     []),
    ("RK", "Two soldiers killed, 20 militants dead after attack on {T} base\n\n{T2}, {C} - {G} fighters attacked a military base in {T} late on Sunday, the army said on Monday, adding that 20 of the attackers and two soldiers were killed in the fighting.\n\"Our forces repelled the attack and pursued the terrorists,\" an army spokesman said in a statement.\n{G} said in its own statement that its fighters had killed 15 soldiers. The claim could not be verified.",
     [("{T}", SUN, 22, None, "G", "F", "battle")]),
    ("RL", "Police disperse protest in {T}; one dead\n\nOne person was killed and several others were injured in {T} on Monday when police fired live rounds to break up a protest against the arrest of a local religious leader, witnesses said.\nPolice said officers had been attacked with stones and had fired in self-defence.\nThe religious leader was detained last week on charges of inciting violence.",
     [("{T}", MON, 1, None, "F", None, "other"), ("{T}", None, None, None, "F", None, "arrest", "opt")]),
]


# reports that tell no incident: sport, politics, accidents, nature,
# disease, anniversaries, trials, drills, films, talks, threats, plans,
# markets; filled for the first eight countries, gold empty
NONE = [
    ("na", "{T} United striker shot twice and scored a hat-trick as his side attacked relentlessly and killed off the match against {T2} Rovers on Monday."),
    ("nb", "Opposition leaders in {T} attacked the government's budget on Monday, calling it a bombshell for the poor."),
    ("nc", "Twenty people died on Monday when a bus collided with a lorry on the highway near {T}, police said."),
    ("nd", "A cholera outbreak has killed 30 people in {R} since January, health officials said on Monday."),
    ("ne", "Hundreds gathered in {T} on Monday to mark the tenth anniversary of the bombing that killed 200 people at the town's market."),
    ("nf", "A court in {T} on Monday sentenced three men to life in prison for their role in a 2019 attack on a police station that killed 11 officers."),
    ("ng", "Floods triggered by heavy rain killed at least 18 people around {T} on Monday and destroyed hundreds of homes, officials said."),
    ("nh", "{D} troops fired live rounds and launched mock air strikes near {T} on Monday during a week of military exercises, the defence ministry said."),
    ("ni", "A new film about the siege of {T} premiered in the capital on Monday, drawing praise for its battle scenes."),
    ("nj", "Government and {G} negotiators met on Monday for a second round of talks aimed at ending the conflict in {R}."),
    ("nk", "A building under construction collapsed in {T} on Monday, killing seven workers, the fire service said."),
    ("nl", "{G} threatened on Monday to attack {T} if government troops did not leave the town within a week."),
    ("nm", "The army said on Monday it was preparing an offensive to retake {T} from {G} in the coming weeks."),
    ("nn", "Shares in the national airline plunged on Monday after the company said fuel costs had hit its profits, in a blow to investors in {T}."),
    ("no", "A fire at a market in {T} destroyed more than 100 shops on Monday. Officials said an electrical fault was the likely cause."),
    ("np", "The United Nations said on Monday that more than 2 million people have been displaced by the fighting in {R} since the war began."),
    ("nq", "Residents of {T} said they feared an attack by {G}, whose fighters were seen gathering in villages north of the town on Monday."),
    ("nr", "A soldier accused of killing a civilian at a checkpoint near {T} in 2021 went on trial on Monday."),
    ("ns", "The government on Monday extended a state of emergency in {R} for three more months, citing attacks by {G}."),
    ("nt", "Police in {T} said on Monday they had found no evidence that the blast at a gas station, which wounded two people, was an attack. The explosion was caused by a leaking tank, they said."),
    ("nu", "Voters in {T} went to the polls on Monday in local elections that passed off peacefully, observers said."),
    ("nv", "The {D} president visited wounded soldiers at a military hospital in {T} on Monday and promised to defeat {G}."),
    ("nw", "A plane carrying aid crashed shortly after take-off from {T} airport on Monday, killing all five crew, the aviation authority said. Officials ruled out foul play."),
    ("nx", "{G} released a video on Monday showing fighters training in a forest camp, but gave no location."),
]


def main():
    docs, gold = [], []
    for sid, text, evs in SHAPES + CONTEXT + REPORTS:
        for i, (dem, t, t2, region, group, country) in enumerate(C):
            f = lambda s: s.format(D=dem, T=t, T2=t2, PU=t.upper(), R=region, G=group, C=country)
            did = f"{sid}{i:02d}"
            docs.append({"id": did, "published": PUB, "text": f(text)})
            forces = dem + " security forces"
            # a branch of the Islamic State is coded "Islamic State" (the
            # dictionary's convention, as the development gold does)
            gname = "Islamic State" if group.startswith("Islamic State") else group
            side = lambda a: forces if a == "F" else gname if a == "G" else a
            gev = []
            for ev in evs:
                place, date, killed, wounded, a1, a2, typ = ev[:7]
                lo, hi = killed if isinstance(killed, tuple) else (killed, None)
                g = {"summary": sid, "date": date, "place": f(place), "admin": "", "country": "",
                     "type": typ, "actor1": side(a1) or "unknown", "actor2": side(a2),
                     "killed": lo, "killed_high": hi, "wounded": wounded, "wounded_high": None,
                     "evidence": ""}
                if len(ev) > 7:
                    g["optional"] = True
                gev.append(g)
            gold.append({"id": did, "published": PUB, "events": gev, "figures": []})
    for sid, text in NONE:
        for i, (dem, t, t2, region, group, country) in enumerate(C[:8]):
            f = lambda s: s.format(D=dem, T=t, T2=t2, R=region, G=group, C=country)
            did = f"{sid}{i:02d}"
            docs.append({"id": did, "published": PUB, "text": f(text)})
            gold.append({"id": did, "published": PUB, "events": [], "figures": []})
    with open("docs.jsonl", "w") as out:
        for d in docs:
            out.write(json.dumps(d) + "\n")
    with open("gold.jsonl", "w") as out:
        for d in gold:
            out.write(json.dumps(d) + "\n")


if __name__ == "__main__":
    main()
