#!/usr/bin/env python3
"""probe-blind12: 36 invented conflict reports (Iraq, Syria, Afghanistan, Yemen, Somalia,
Nigeria; 2015-2021) with hand-made gold in the EVENTS.md "Gold annotations" schema.

Run `python3 make.py`: it checks every report and its gold and writes docs.jsonl and
gold.jsonl next to this file. Any failed check stops it with a message and a non-zero exit.
Texts, people, outlets and incidents are invented; the places are real.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}
COUNTRIES = {"IQ", "SY", "AF", "YE", "SO", "NG"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1",
              "actor2", "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EXTRA_KEYS = {"note", "arrested", "optional"}


def E(summary, date, date_note, place, admin, country, type_, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="", **extra):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": type_, "actor1": actor1,
         "actor2": actor2, "killed": killed, "killed_high": killed_high,
         "wounded": wounded, "wounded_high": wounded_high, "evidence": evidence}
    for k, v in extra.items():
        e[k] = v
    return e


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


def T(s):
    """A report body: paragraphs separated by blank lines, each paragraph on one line."""
    paras = [p.strip() for p in s.strip().split("\n\n")]
    return "\n\n".join(" ".join(p.split("\n")) for p in paras)


REPORTS = []


def R(id_, published, url, text, events, figures=()):
    REPORTS.append({"id": id_, "published": published, "url": url, "text": T(text),
                    "events": list(events), "figures": list(figures)})

# --------------------------------------------------------------------------- Iraq

R("b12-01", "2016-02-18", "https://www.example-tigriswire.com/2016/02/18/baghdad-market-bomb-toll-rises", """
Toll from Baghdad market car bomb rises to 14 as Islamic State claims attack

BAGHDAD, February 18 (Tigris Wire) - The number of people killed by a car bomb that tore through a crowded vegetable market in northern Baghdad on Wednesday evening has risen to 14, hospital officials said on Thursday, as Islamic State said it had carried out the attack.

Police had initially put the toll at nine dead. Three of the dead were children, and 31 people were wounded, a medic at al-Kindi hospital said, adding that several of the wounded were in a critical condition.

The explosives-laden car had been parked near the entrance of the market in the al-Shaab district shortly before 7 p.m., when stalls are busiest with people buying food on their way home from work, a police colonel said. He spoke on condition of anonymity because he was not authorised to brief the media.

"It was a massacre. The fruit stalls were on fire and people were screaming for their children," said Abu Haidar, who sells tomatoes at the market and whose brother was among the wounded.

In a statement circulated online on Thursday morning, Islamic State said one of its "soldiers" had detonated the car among a gathering of Shi'ites and claimed that 40 people had been killed. The statement could not be verified independently, but it was posted on channels the group typically uses.

The group, which still holds large parts of northern and western Iraq, frequently targets Shi'ite neighbourhoods of the capital in an attempt to stir sectarian strife.

Earlier on Wednesday, a bomb attached to the car of a municipal employee exploded in the southern Dora district as he was setting off for work, killing him and wounding two passers-by, police said. No group said it had planted the device.

Brigadier General Qasim Ali Hassan, a spokesman for the Baghdad Operations Command, said security forces had arrested two suspects in connection with the market bombing. He did not say where they were detained.

Security in Baghdad has improved since the worst years of sectarian killing in 2006 and 2007, but bombings remain common. In November, two suicide bombers killed 21 people at a funeral tent in the west of the capital.

The United Nations said at the start of the month that at least 410 civilians were killed and 720 wounded in acts of terrorism and violence across Iraq in January, with Baghdad the worst-affected province.
""", [
    E("A parked car bomb exploded at a vegetable market in al-Shaab, northern Baghdad; Islamic State claimed it.",
      "2016-02-17", "'on Wednesday evening' = Wednesday, 17 February 2016; published Thursday, 18 February 2016",
      "al-Shaab", "Baghdad", "IQ", "explosion", "Islamic State", "civilians", 14, None, 31, None,
      "The number of people killed by a car bomb that tore through a crowded vegetable market in northern Baghdad on Wednesday evening has risen to 14, hospital officials said on Thursday, as Islamic State said it had carried out the attack. [...] Three of the dead were children, and 31 people were wounded, a medic at al-Kindi hospital said, adding that several of the wounded were in a critical condition. [...] The explosives-laden car had been parked near the entrance of the market in the al-Shaab district shortly before 7 p.m., when stalls are busiest with people buying food on their way home from work, a police colonel said.",
      note="revised toll 14 stands (police first said 9); IS's claimed 40 not used; place named two paragraphs after the toll"),
    E("A bomb attached to a municipal employee's car exploded in Dora, killing him and wounding two passers-by.",
      "2016-02-17", "'Earlier on Wednesday' = Wednesday, 17 February 2016; published Thursday, 18 February 2016",
      "Dora", "Baghdad", "IQ", "explosion", "unknown", "civilians", 1, None, 2, None,
      "Earlier on Wednesday, a bomb attached to the car of a municipal employee exploded in the southern Dora district as he was setting off for work, killing him and wounding two passers-by, police said. No group said it had planted the device."),
    E("Security forces arrested two suspects over the market bombing; place and day not given.",
      None, "not dated ('had arrested'); between the bombing on Wednesday, 17 February 2016 and publication",
      "Baghdad", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "suspects", None, None, None, None,
      "Brigadier General Qasim Ali Hassan, a spokesman for the Baghdad Operations Command, said security forces had arrested two suspects in connection with the market bombing. He did not say where they were detained.",
      arrested=2, optional=True),
], [
    F("killed", 410, "Iraq", "The United Nations said at the start of the month that at least 410 civilians were killed and 720 wounded in acts of terrorism and violence across Iraq in January, with Baghdad the worst-affected province.", "civilians, January 2016"),
    F("wounded", 720, "Iraq", "The United Nations said at the start of the month that at least 410 civilians were killed and 720 wounded in acts of terrorism and violence across Iraq in January, with Baghdad the worst-affected province.", "civilians, January 2016"),
])

R("b12-02", "2015-10-08", "https://www.example-euphratespress.com/news/2015/10/08/army-repels-is-assault-baghdadi", """
Iraqi army says it repelled Islamic State assault near al-Baghdadi

BAGHDAD, October 8 (Euphrates Press Agency) - Iraqi troops beat back a pre-dawn assault by Islamic State fighters on their positions in the village of Jubba, north of the Anbar town of al-Baghdadi, on Wednesday, killing 23 of the attackers, the army said.

Three soldiers were killed and seven wounded when the militants, some of them wearing explosive vests, advanced on the village from the desert under cover of heavy machinegun fire, according to a statement from the Jazira and Badia Operations Command.

Four of the attackers blew themselves up before they reached the army's earth berms, the statement said, and their bodies were counted among the 23.

"The heroes of the 7th Division stood firm and taught the enemy a lesson it will not forget," it said.

In a message posted online later on Wednesday, Islamic State said its fighters had killed more than 30 soldiers and destroyed two tanks. There was no way to verify either side's account, and journalists have little access to the area.

The militants have tried repeatedly to take al-Baghdadi, which lies about 8 km from the Ain al-Asad air base, where U.S. military advisers train Iraqi troops.

Hours after the assault, mortar rounds fired from positions held by the militants near Hit struck a residential street in al-Baghdadi, killing a woman and her two children, a member of the local council said.

"We have been living under siege for a year," said the council member, Mahmoud Khalaf, speaking by telephone. "Food is running out and the families cannot leave."

The town, home to several thousand people, has been surrounded by Islamic State on three sides since late last year. In February, the militants briefly overran parts of it and burned the police station before they were driven out with the help of coalition air strikes.

The U.S.-led coalition said on Thursday that it had conducted four air strikes near Hit on Wednesday, destroying an Islamic State tactical unit and two mortar positions.

An estimated 300 Islamic State fighters are believed to be in and around Hit, according to local officials. The town fell to the group a year ago and has been used as a base for attacks along the Euphrates valley.
""", [
    E("Islamic State fighters, some with explosive vests, attacked army positions at Jubba north of al-Baghdadi; the army repelled them.",
      "2015-10-07", "'pre-dawn ... on Wednesday' = Wednesday, 7 October 2015; published Thursday, 8 October 2015",
      "Jubba", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces", 26, None, 7, None,
      "Iraqi troops beat back a pre-dawn assault by Islamic State fighters on their positions in the village of Jubba, north of the Anbar town of al-Baghdadi, on Wednesday, killing 23 of the attackers, the army said. [...] Three soldiers were killed and seven wounded when the militants, some of them wearing explosive vests, advanced on the village from the desert under cover of heavy machinegun fire, according to a statement from the Jazira and Badia Operations Command.",
      note="23 attackers (incl. 4 who blew themselves up) + 3 soldiers = 26; the attacked side's count of attackers is used; IS's claimed 30+ soldiers not used"),
    E("Mortar rounds fired from IS-held positions near Hit hit a street in al-Baghdadi, killing a woman and her two children.",
      "2015-10-07", "'Hours after the assault' of Wednesday, 7 October 2015; published Thursday, 8 October 2015",
      "al-Baghdadi", "Anbar", "IQ", "explosion", "Islamic State", "civilians", 3, None, None, None,
      "Hours after the assault, mortar rounds fired from positions held by the militants near Hit struck a residential street in al-Baghdadi, killing a woman and her two children, a member of the local council said.",
      note="indirect perpetrator: 'positions held by the militants' = Islamic State, named earlier"),
    E("Coalition air strikes near Hit destroyed an IS tactical unit and two mortar positions.",
      "2015-10-07", "'on Wednesday' = Wednesday, 7 October 2015 (coalition statement of Thursday, 8 October 2015)",
      "Hit", "Anbar", "IQ", "explosion", "US-led coalition", "Islamic State", None, None, None, None,
      "The U.S.-led coalition said on Thursday that it had conducted four air strikes near Hit on Wednesday, destroying an Islamic State tactical unit and two mortar positions.",
      note="four strikes in one statement, one place: one event"),
], [
    F("fighters", 300, "Hit", "An estimated 300 Islamic State fighters are believed to be in and around Hit, according to local officials."),
])

R("b12-03", "2017-03-24", "https://www.example-northlinenews.com/iraq/west-mosul-yarmouk-drones-mortars-20170324", """
Iraqi forces push deeper into west Mosul as drones and mortars take civilian toll

MOSUL, Iraq, March 24 (Northline News) - Iraqi army and police units pressed their offensive in western Mosul on Thursday, retaking a large residential district, while civilians in areas already recaptured were killed by mortar fire and by grenades dropped from the air.

The army's 9th Division said its troops had driven Islamic State out of the al-Yarmouk district, on the south-western edge of the city, and had raised the Iraqi flag over its water tower after three days of street fighting.

A senior officer said the militants had fought from house to house and had sent at least six car bombs against the advancing troops, but he gave no casualty figures for either side.

In the Wadi Hajar district, which police retook earlier this month, a small commercial drone flown by the militants dropped a grenade on families queueing for water on Thursday morning. Two people, a man and his 10-year-old daughter, were killed and five others wounded, a medic at a field clinic south of the city said.

"They are watching us from the sky. You cannot stand in the street for more than a few minutes," said Umm Ahmed, a resident, as she waited with her children for a bus to a camp.

Further north, four civilians were killed when mortar rounds landed on a street in Mosul al-Jadida late on Thursday. The federal police blamed Islamic State, which still holds the Old City a few kilometres away. A news agency linked to the group said the shells had been fired by the army, which it accused of shelling homes indiscriminately.

Both sides have been accused of putting civilians at risk in the offensive, which entered its fifth week in the western half of the city this week.

The United Nations said more than 180,000 people had fled western Mosul since the offensive on that side of the Tigris began on February 19, many of them on foot to camps south of the city.

Hospitals in Erbil and a field hospital near Qayyarah had treated more than 1,400 wounded civilians from western Mosul since mid-February, the World Health Organization said.

Aid workers say food and clean water are scarce in the districts still held by the militants, where an estimated 400,000 people remain.

The battle for the eastern half of Mosul ended in January after 100 days of fighting. The government says it is determined to retake the whole city within weeks, though commanders acknowledge that the narrow alleys of the Old City will be hard to clear.
""", [
    E("The army's 9th Division said it drove Islamic State out of al-Yarmouk district of western Mosul.",
      "2017-03-23", "'on Thursday' = Thursday, 23 March 2017 (day of the offensive's push, end of three days of fighting); published Friday, 24 March 2017",
      "al-Yarmouk", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "Iraqi army and police units pressed their offensive in western Mosul on Thursday, retaking a large residential district, while civilians in areas already recaptured were killed by mortar fire and by grenades dropped from the air. [...] The army's 9th Division said its troops had driven Islamic State out of the al-Yarmouk district, on the south-western edge of the city, and had raised the Iraqi flag over its water tower after three days of street fighting."),
    E("A drone flown by IS dropped a grenade on families queueing for water in Wadi Hajar, killing a man and his daughter.",
      "2017-03-23", "'on Thursday morning' = Thursday, 23 March 2017; published Friday, 24 March 2017",
      "Wadi Hajar", "Nineveh", "IQ", "explosion", "Islamic State", "civilians", 2, None, 5, None,
      "In the Wadi Hajar district, which police retook earlier this month, a small commercial drone flown by the militants dropped a grenade on families queueing for water on Thursday morning. Two people, a man and his 10-year-old daughter, were killed and five others wounded, a medic at a field clinic south of the city said.",
      note="'the militants' points back to Islamic State, named two paragraphs earlier"),
    E("Mortar rounds killed four civilians in Mosul al-Jadida; police blamed IS, an IS-linked agency blamed the army.",
      "2017-03-23", "'late on Thursday' = Thursday, 23 March 2017; published Friday, 24 March 2017",
      "Mosul al-Jadida", "Nineveh", "IQ", "explosion", "unknown", "civilians", 4, None, None, None,
      "Further north, four civilians were killed when mortar rounds landed on a street in Mosul al-Jadida late on Thursday. The federal police blamed Islamic State, which still holds the Old City a few kilometres away. A news agency linked to the group said the shells had been fired by the army, which it accused of shelling homes indiscriminately.",
      note="each side blames the other: unknown"),
], [
    F("displaced", 180000, "western Mosul", "The United Nations said more than 180,000 people had fled western Mosul since the offensive on that side of the Tigris began on February 19, many of them on foot to camps south of the city."),
    F("wounded", 1400, "western Mosul", "Hospitals in Erbil and a field hospital near Qayyarah had treated more than 1,400 wounded civilians from western Mosul since mid-February, the World Health Organization said."),
    F("civilians_trapped", 400000, "western Mosul", "Aid workers say food and clean water are scarce in the districts still held by the militants, where an estimated 400,000 people remain."),
])

R("b12-04", "2018-07-03", "https://www.example-diyalatoday.com/local/2018/07/five-hashd-fighters-killed-jalawla", """
Five Hashd fighters killed in roadside blast north of Jalawla

JALAWLA, July 3 (Diyala Today) - Five fighters of the Popular Mobilisation Forces died after their vehicle was hit by a roadside bomb on a farm road about 12 km north of Jalawla late on Monday, a commander said.

Four of the fighters were killed on the spot and a fifth died of his wounds in hospital in Khanaqin on Tuesday morning, said Hadi Jassim, a commander of the brigade that holds the area. Two other fighters were wounded.

The patrol was returning from a search of the orchards along the Diyala river when the device went off, he said.

Jassim said the brigade had asked for thermal cameras to watch the roads at night but had not received them.

"This is the work of the Daesh remnants who hide in the Hamrin hills and come down at night," Jassim said. No group has claimed the attack.

In a separate incident, police said the bodies of two shepherds who were abducted on Sunday from pastures near the village of Imam Wais were found on Monday with gunshot wounds to the head.

A police officer in Muqdadiyah said unidentified gunmen had taken the men and their flock of about 200 sheep. The families had received no ransom demand, he said.

The province, which borders Iran, has seen a rise in attacks in recent months, even though the government declared victory over Islamic State in December.

Residents of villages around Jalawla say militants regularly set up checkpoints on rural roads after dark and that many farmers no longer go to their fields.

Local officials say at least 40 members of the security forces and the Hashd have been killed in Diyala since the start of the year.
""", [
    E("A roadside bomb hit a PMF patrol vehicle about 12 km north of Jalawla; four died at once and a fifth in hospital.",
      "2018-07-02", "'late on Monday' = Monday, 2 July 2018; the fifth fighter died on Tuesday, 3 July 2018 (publication day)",
      "12 km north of Jalawla", "Diyala", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces", 5, None, 2, None,
      "Five fighters of the Popular Mobilisation Forces died after their vehicle was hit by a roadside bomb on a farm road about 12 km north of Jalawla late on Monday, a commander said. [...] Four of the fighters were killed on the spot and a fifth died of his wounds in hospital in Khanaqin on Tuesday morning, said Hadi Jassim, a commander of the brigade that holds the area. Two other fighters were wounded. [...] \"This is the work of the Daesh remnants who hide in the Hamrin hills and come down at night,\" Jassim said. No group has claimed the attack.",
      note="passive; blamed on 'Daesh remnants' by the commander, nobody disputes"),
    E("Two shepherds abducted by unidentified gunmen near Imam Wais were found shot dead.",
      "2018-07-01", "abducted 'on Sunday' = Sunday, 1 July 2018, found 'on Monday' = Monday, 2 July 2018; day of the killing unknown, the abduction day is used",
      "Imam Wais", "Diyala", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians", 2, None, None, None,
      "In a separate incident, police said the bodies of two shepherds who were abducted on Sunday from pastures near the village of Imam Wais were found on Monday with gunshot wounds to the head. [...] A police officer in Muqdadiyah said unidentified gunmen had taken the men and their flock of about 200 sheep."),
], [
    F("killed", 40, "Diyala", "Local officials say at least 40 members of the security forces and the Hashd have been killed in Diyala since the start of the year."),
])

R("b12-05", "2019-06-20", "https://www.example-tigriswire.com/2019/06/20/court-sentences-three-samarra-checkpoint", """
Baghdad court sentences three to death over 2017 Samarra checkpoint bombing

BAGHDAD, June 20 (Tigris Wire) - An Iraqi court on Thursday sentenced three men to death by hanging after convicting them of membership of Islamic State and of helping to prepare a suicide attack on an army checkpoint near Samarra in 2017, the judiciary said.

The Central Criminal Court heard that the men had supplied the car and the explosives used in the attack, in which 11 soldiers and two civilians were killed at the checkpoint on the road south of the city.

One of the defendants, a 34-year-old former taxi driver from Samarra, told the judge he had been forced to join the group and had only driven the bomber to a farm the night before. "I did not know they would attack the soldiers," he said, according to a court official who attended the hearing.

A fourth man was acquitted for lack of evidence and ordered released.

Defence lawyers, who are appointed by the state and often meet their clients only minutes before a hearing, said they would appeal.

Rights groups have criticised Iraq's terrorism trials, many of which last less than half an hour and rely heavily on confessions that defendants say were extracted under torture.

"These trials are not delivering justice to the victims or to the accused," said a researcher for an international rights organisation who asked not to be named.

Iraqi officials reject the criticism and say the courts follow the law.

A spokesman for the Supreme Judicial Council said every defendant had a lawyer and the right to appeal, and that confessions were only one part of the evidence. The checkpoint bombing was one of the deadliest attacks on the army in Salahuddin that year, and came days after the militants had threatened to strike the forces guarding the Shi'ite shrine in Samarra.

Iraq has detained about 20,000 people accused of links to Islamic State or of other terrorism offences since 2014, and has sentenced more than 3,000 of them to death, according to figures compiled by rights organisations.

Relatives of the soldiers killed at the checkpoint attended the hearing. "My son was 22. I have waited two years for this day," said the father of one of them, holding up a photograph.

Islamic State was declared defeated in Iraq in December 2017, but its fighters still carry out ambushes and bombings, mainly in rural areas north of Baghdad.
""", [], [
    F("arrested", 20000, "Iraq", "Iraq has detained about 20,000 people accused of links to Islamic State or of other terrorism offences since 2014, and has sentenced more than 3,000 of them to death, according to figures compiled by rights organisations."),
    F("other", 3000, "Iraq", "Iraq has detained about 20,000 people accused of links to Islamic State or of other terrorism offences since 2014, and has sentenced more than 3,000 of them to death, according to figures compiled by rights organisations.", "death sentences since 2014"),
])

R("b12-06", "2020-09-14", "https://www.example-tworiversagency.com/en/security/2020-09-14/soldiers-killed-riyadh-kirkuk", """
Four Iraqi soldiers killed in attack on post west of Kirkuk; jets strike hideouts

KIRKUK, Iraq, September 14 (Two Rivers Agency) - Four Iraqi soldiers have died after militants attacked their post in the Riyadh area west of Kirkuk late on Saturday, security officials said on Monday, a day after Iraqi aircraft bombed Islamic State hideouts south of the city.

The post came under fire from several directions shortly before midnight, an army officer in Kirkuk said. Three soldiers were killed in the exchange and two were wounded, one of whom died in hospital in Kirkuk on Sunday.

The attackers withdrew towards the Hawija plain before reinforcements arrived, the officer said. He said the assailants had used night-vision equipment and sniper rifles, a tactic increasingly used by Islamic State cells in the area.

No group claimed the attack, but the Security Media Cell, which speaks for Iraq's military, said "Daesh terrorist gangs" were behind it.

A local official in the Riyadh area, Mohammed Saleh al-Obeidi, said the post was one of several set up last year to protect farmers during the wheat harvest, and that it had been attacked twice before. "The soldiers there are few and the area is wide open," he said.

On Sunday, Iraqi F-16 jets bombed caves and tunnels used by the militants in Wadi al-Shay, a valley about 30 km south of Kirkuk, killing six of them, the Security Media Cell said in a statement. It released footage showing several explosions on a hillside.

The valley, with its thick reeds and caves, has long been a refuge for the militants, who use it as a base for attacks on villages and oil installations.

"We hear shooting every night," said a farmer from a village near Riyadh who asked that his name not be used. "The army cannot be everywhere."

In July, five members of the Popular Mobilisation Forces were killed when militants attacked their position near Tuz Khurmatu, further east.

Earlier this month, a roadside bomb wounded two soldiers near Daquq, security sources said at the time.

Iraq's military says Islamic State has between 2,000 and 3,000 fighters left in the country, most of them in the rugged terrain where Kirkuk, Salahuddin and Diyala provinces meet.

The U.S.-led coalition handed the K1 air base near Kirkuk back to Iraqi forces in March and has since reduced its presence in the country.
""", [
    E("Militants attacked an army post in the Riyadh area west of Kirkuk; three soldiers died and a wounded one died later.",
      "2020-09-12", "'late on Saturday' = Saturday, 12 September 2020; wounded soldier died Sunday, 13 September 2020; published Monday, 14 September 2020",
      "Riyadh", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces", 4, None, 2, None,
      "Four Iraqi soldiers have died after militants attacked their post in the Riyadh area west of Kirkuk late on Saturday, security officials said on Monday, a day after Iraqi aircraft bombed Islamic State hideouts south of the city. [...] The post came under fire from several directions shortly before midnight, an army officer in Kirkuk said. Three soldiers were killed in the exchange and two were wounded, one of whom died in hospital in Kirkuk on Sunday. [...] No group claimed the attack, but the Security Media Cell, which speaks for Iraq's military, said \"Daesh terrorist gangs\" were behind it.",
      note="side attacked named first; blame by the military, undisputed; wounded kept as reported (2), one of whom is also among the 4 dead"),
    E("Iraqi F-16s bombed IS caves and tunnels in Wadi al-Shay south of Kirkuk, killing six militants.",
      "2020-09-13", "'On Sunday' = Sunday, 13 September 2020; published Monday, 14 September 2020",
      "Wadi al-Shay", "Kirkuk", "IQ", "explosion", "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "On Sunday, Iraqi F-16 jets bombed caves and tunnels used by the militants in Wadi al-Shay, a valley about 30 km south of Kirkuk, killing six of them, the Security Media Cell said in a statement.",
      note="the six dead are the striking side's own claim (Security Media Cell): not used as a toll"),
    E("A roadside bomb wounded two soldiers near Daquq earlier in the month.",
      None, "'Earlier this month' = early September 2020, before Monday, 14 September 2020; no day",
      "Daquq", "Kirkuk", "IQ", "explosion", "unknown", "Iraqi Security Forces", None, None, 2, None,
      "Earlier this month, a roadside bomb wounded two soldiers near Daquq, security sources said at the time.",
      note="inside the news window but dated only to the month", optional=True),
], [
    F("fighters", 2000, "Iraq", "Iraq's military says Islamic State has between 2,000 and 3,000 fighters left in the country, most of them in the rugged terrain where Kirkuk, Salahuddin and Diyala provinces meet.", "between 2,000 and 3,000"),
])

R("b12-07", "2021-04-16", "https://www.example-tigriswire.com/2021/04/16/gunmen-kill-headman-albu-ajil", """
Gunmen kill village headman and two sons near Tikrit; officer dies in blast during manhunt

TIKRIT, Iraq, April 16 (Tigris Wire) - Gunmen stormed the home of a village headman in Albu Ajil, east of Tikrit, late on Wednesday and shot him dead together with two of his sons, police and relatives said.

The attackers arrived in two pick-up trucks shortly after the evening meal that breaks the Ramadan fast and opened fire on the men as they sat in the courtyard, said a cousin of the family, who gave his name only as Abu Omar.

"He had refused to pay them, and he had told the army where they hide," the cousin said.

A police officer in Tikrit blamed Islamic State cells, which he said had threatened the headman, a former member of a tribal force that fought alongside the army, several times in recent months.

On Thursday, an officer was killed and three soldiers were wounded when a roadside bomb struck their Humvee as they searched farmland near al-Awja for the gunmen, the army said. Al-Awja, the birthplace of Saddam Hussein, lies about 8 km south of Tikrit.

The army did not say who planted the bomb. In a statement carried by its Amaq news agency on Friday, Islamic State said its fighters had targeted the patrol with an explosive device, killing "five apostates".

Federal police later said they had arrested four suspects in connection with the killings in a raid on a house in the Qadisiya district of Tikrit on Thursday night.

The interior ministry did not identify the suspects, but a police source said two of them were relatives of a man killed fighting for Islamic State in 2016.

Attacks on village leaders who cooperate with the security forces have become more frequent in Salahuddin province since last year, residents and officials say.

Iraqi officials say at least 17 village headmen have been killed in Salahuddin, Kirkuk and Diyala provinces since January 2020.

"The security forces must protect the people who stand with them, or nobody will stand with them," said Jasim al-Jubouri, a member of the provincial council.

The headman and his sons were buried on Thursday in the village cemetery, attended by hundreds of mourners and a heavy security presence.

Iraq holds a parliamentary election in October, and officials fear the militants will step up attacks in the run-up to the vote.
""", [
    E("Gunmen stormed a headman's house in Albu Ajil and shot dead him and two sons; police blamed IS cells.",
      "2021-04-14", "'late on Wednesday' = Wednesday, 14 April 2021; published Friday, 16 April 2021",
      "Albu Ajil", "Salahuddin", "IQ", "attack_on_civilians", "Islamic State", "civilians", 3, None, None, None,
      "Gunmen stormed the home of a village headman in Albu Ajil, east of Tikrit, late on Wednesday and shot him dead together with two of his sons, police and relatives said. [...] A police officer in Tikrit blamed Islamic State cells, which he said had threatened the headman, a former member of a tribal force that fought alongside the army, several times in recent months.",
      note="blame given two paragraphs later by police, undisputed"),
    E("A roadside bomb struck an army Humvee searching farmland near al-Awja, killing an officer; IS claimed it a day later.",
      "2021-04-15", "'On Thursday' = Thursday, 15 April 2021; IS claim on Friday, 16 April 2021 (publication day)",
      "al-Awja", "Salahuddin", "IQ", "explosion", "Islamic State", "Iraqi Security Forces", 1, None, 3, None,
      "On Thursday, an officer was killed and three soldiers were wounded when a roadside bomb struck their Humvee as they searched farmland near al-Awja for the gunmen, the army said. [...] The army did not say who planted the bomb. In a statement carried by its Amaq news agency on Friday, Islamic State said its fighters had targeted the patrol with an explosive device, killing \"five apostates\".",
      note="claimed toll of five not used"),
    E("Federal police arrested four suspects in the killings in a raid in the Qadisiya district of Tikrit.",
      "2021-04-15", "'on Thursday night' = Thursday, 15 April 2021; published Friday, 16 April 2021",
      "Qadisiya", "Salahuddin", "IQ", "arrest", "Iraqi Security Forces", "suspects", None, None, None, None,
      "Federal police later said they had arrested four suspects in connection with the killings in a raid on a house in the Qadisiya district of Tikrit on Thursday night.",
      arrested=4),
], [
    F("killed", 17, "Salahuddin, Kirkuk and Diyala", "Iraqi officials say at least 17 village headmen have been killed in Salahuddin, Kirkuk and Diyala provinces since January 2020."),
])

# --------------------------------------------------------------------------- Syria

R("b12-08", "2015-06-10", "https://www.example-levantdispatch.com/syria/2015/06/10/barrel-bombs-aleppo-shaar", """
Barrel bombs kill 17 in rebel-held Aleppo district, monitor says

BEIRUT, June 10 (Levant Dispatch) - Seventeen people, among them six children, were killed on Tuesday when government helicopters dropped barrel bombs on the rebel-held al-Shaar district of Aleppo, a Britain-based monitoring group said.

Rescue workers from the civil defence, who dig through the rubble after air raids in opposition areas, put the toll at 22 and said more bodies might be buried under collapsed buildings.

At least two barrels, oil drums packed with explosives and metal fragments, hit a street lined with shops at around midday, witnesses said.

"The first one fell, and when people ran to help, the second one came down on them," said Mahmoud, a rescue volunteer reached by an internet messaging service. He did not want his full name used.

State media made no mention of the raid. The government has in the past denied using barrel bombs, which rights groups say kill indiscriminately.

In the government-held al-Midan neighbourhood, five people were killed and 12 wounded on Tuesday when shells fired by rebels landed near a school, the official news agency said, blaming "terrorists".

Rebel groups, which hold the eastern half of the city, did not comment on the shelling.

A teacher at the school said the pupils had been sent home minutes earlier because of the shelling, and that most of the dead were people waiting at a bus stop nearby.

Aleppo, once Syria's commercial hub, has been divided between government and rebel forces since mid-2012. In April, a barrel bomb attack on a market in the al-Fardous district killed more than 40 people.

The monitoring group said at least 1,900 civilians had been killed by barrel bombs in Aleppo province since the start of the year.

Government forces have been trying for months to encircle the rebel-held half of the city by cutting the Castello road, the last route into it from the north. Residents of eastern districts say the price of bread and fuel has tripled since the start of the year.

More than 220,000 people have been killed in Syria's four-year-old conflict, according to the group.
""", [
    E("Government helicopters dropped barrel bombs on al-Shaar, Aleppo; 17 killed per the monitor, 22 per civil defence.",
      "2015-06-09", "'on Tuesday' = Tuesday, 9 June 2015; published Wednesday, 10 June 2015",
      "al-Shaar", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians", 17, 22, None, None,
      "Seventeen people, among them six children, were killed on Tuesday when government helicopters dropped barrel bombs on the rebel-held al-Shaar district of Aleppo, a Britain-based monitoring group said. [...] Rescue workers from the civil defence, who dig through the rubble after air raids in opposition areas, put the toll at 22 and said more bodies might be buried under collapsed buildings.",
      note="toll told before the place, as a word; conflicting sources 17/22; the government's general denial of barrel bombs is not a denial of this raid, which the report attributes to government helicopters"),
    E("Rebel shells landed near a school in government-held al-Midan, killing five and wounding 12.",
      "2015-06-09", "'on Tuesday' = Tuesday, 9 June 2015; published Wednesday, 10 June 2015",
      "al-Midan", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians", 5, None, 12, None,
      "In the government-held al-Midan neighbourhood, five people were killed and 12 wounded on Tuesday when shells fired by rebels landed near a school, the official news agency said, blaming \"terrorists\"."),
], [
    F("killed", 1900, "Aleppo province", "The monitoring group said at least 1,900 civilians had been killed by barrel bombs in Aleppo province since the start of the year."),
    F("killed", 220000, "Syria", "More than 220,000 people have been killed in Syria's four-year-old conflict, according to the group."),
])

R("b12-09", "2016-06-09", "https://www.example-northernsyriabulletin.com/2016/06/09/sdf-abu-qalqal-tishreen-dam", """
U.S.-backed fighters seize village near Manbij; car bomb hits dam checkpoint

QAMISHLI, Syria, June 9 (Northern Syria Bulletin) - The U.S.-backed Syrian Democratic Forces captured the village of Abu Qalqal, south-east of Manbij, on Wednesday, tightening their grip around the Islamic State-held town, a spokesman for the alliance said.

The alliance, which is dominated by the Kurdish YPG militia, launched its offensive last week from positions along the Euphrates, with support from U.S.-led coalition air strikes.

"Daesh fighters withdrew towards the town after a short battle. Our forces are now clearing the mines they left in the houses," said Rezan Hasso, a spokesman for the alliance's Manbij Military Council.

He said 11 Islamic State fighters had been killed in the fighting for the village, and that two of the alliance's own fighters had died.

Late on Tuesday, a car packed with explosives blew up at an SDF checkpoint near the Tishreen Dam, killing four fighters, a monitoring group said.

Islamic State said in an online statement on Wednesday that one of its members had carried out the bombing, and claimed that "dozens" of fighters had been killed.

The dam, on the Euphrates east of Manbij, was taken from Islamic State by the alliance in December and has been a frequent target of the militants since then.

Manbij sits on the main supply route between the Turkish border and Raqqa, the group's de facto capital in Syria, and its loss would cut one of the last roads the militants use to bring in foreign recruits.

The SDF says it has taken 105 villages and farms since the start of the operation.

The coalition said it had carried out 18 strikes near Manbij between Monday and Wednesday, destroying fighting positions, vehicles and a car bomb factory.

Some 20,000 residents have fled the area around Manbij since the offensive began, according to the United Nations, which said many were sheltering in fields without shade or water.

"We left with only the clothes we were wearing. Daesh told us that anyone who tried to leave would be shot," said Ahmad, a farmer from a village south of Manbij who reached an SDF-held area with his family on Tuesday.

Commanders say they intend to encircle Manbij completely within days before storming it.
""", [
    E("The SDF captured Abu Qalqal south-east of Manbij from Islamic State.",
      "2016-06-08", "'on Wednesday' = Wednesday, 8 June 2016; published Thursday, 9 June 2016",
      "Abu Qalqal", "Aleppo", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State", 2, None, None, None,
      "The U.S.-backed Syrian Democratic Forces captured the village of Abu Qalqal, south-east of Manbij, on Wednesday, tightening their grip around the Islamic State-held town, a spokesman for the alliance said. [...] He said 11 Islamic State fighters had been killed in the fighting for the village, and that two of the alliance's own fighters had died.",
      note="the SDF, the side that acted, counts 11 IS dead: a claim, not used; its own two dead are used"),
    E("A car bomb exploded at an SDF checkpoint near the Tishreen Dam, killing four fighters; IS claimed it.",
      "2016-06-07", "'Late on Tuesday' = Tuesday, 7 June 2016; IS claim on Wednesday, 8 June 2016; published Thursday, 9 June 2016",
      "Tishreen Dam", "Aleppo", "SY", "explosion", "Islamic State", "Syrian Democratic Forces", 4, None, None, None,
      "Late on Tuesday, a car packed with explosives blew up at an SDF checkpoint near the Tishreen Dam, killing four fighters, a monitoring group said. [...] Islamic State said in an online statement on Wednesday that one of its members had carried out the bombing, and claimed that \"dozens\" of fighters had been killed.",
      note="IS's 'dozens' is a claim, not used"),
], [
    F("districts_retaken", 105, "Manbij", "The SDF says it has taken 105 villages and farms since the start of the operation.", "villages and farms"),
    F("other", 18, "Manbij", "The coalition said it had carried out 18 strikes near Manbij between Monday and Wednesday, destroying fighting positions, vehicles and a car bomb factory.", "air strikes over three days"),
    F("displaced", 20000, "Manbij", "Some 20,000 residents have fled the area around Manbij since the offensive began, according to the United Nations, which said many were sheltering in fields without shade or water."),
])

R("b12-10", "2019-10-11", "https://www.example-levantsport.com/football/2019/10/11/jaish-wahda-derby", """
Al-Jaish storm back to win Damascus derby in battle of attrition

DAMASCUS, October 11 (Levant Sport) - Al-Jaish came from a goal down to beat city rivals Al-Wahda 2-1 at the Abbasiyyin Stadium on Thursday, in a bruising derby that ended with two players sent off and the visiting coach describing the match as "a war".

Al-Wahda struck first in the 12th minute, when striker Fadi Haddad fired a low shot from the edge of the box that killed the home side's early momentum.

The army club then laid siege to the Al-Wahda penalty area for most of the first half, bombarding the goal with crosses and long-range efforts.

Their pressure finally exploded into an equaliser five minutes before the break, when defender Omar Sabbagh rose highest at a corner.

Al-Jaish suffered two casualties before half-time, with both full-backs limping off after heavy challenges.

The decisive blow came in the 78th minute. Substitute Rami Kanaan ambushed a loose back-pass, rounded the goalkeeper and slotted home to send some 12,000 fans into raptures.

Tempers flared in stoppage time and the referee sent off one player from each side after a mass confrontation near the touchline.

"It was a war out there. My players were kicked from the first minute and the referee did nothing," said Al-Wahda coach Samir Khoury.

His Al-Jaish counterpart was more measured. "We attacked, we defended, we suffered together. That is what a derby is," he said.

The win lifts Al-Jaish to the top of the table, two points clear of Teshrin, who were held to a goalless draw in Latakia on Wednesday.

The Syrian league has held full seasons again since 2017, after years of disruption in which some stadiums were damaged and others were turned into military positions.

Al-Wahda will try to regroup before next week's trip to Hama, where they have not won in four seasons.
""", [], [])

R("b12-11", "2018-11-12", "https://www.example-levantdispatch.com/syria/2018/11/12/is-counterattack-bahra-hajin-strike", """
Islamic State counter-attack kills SDF fighters near Hajin; coalition raid kills civilians

BEIRUT, November 12 (Levant Dispatch) - Islamic State fighters used the cover of a dust storm to attack positions of the U.S.-backed Syrian Democratic Forces near the village of al-Bahra, east of the Euphrates, overnight into Sunday, killing at least 17 SDF fighters, a war monitor said.

Nine of the attackers were also killed in the fighting, which lasted until dawn, the Britain-based monitoring group said, putting the total toll at 26.

The SDF said in a statement that its fighters had "thwarted a desperate attack by Daesh mercenaries" near al-Bahra, and that a number of its fighters had fallen as martyrs. It gave no figure.

The militants have repeatedly used bad weather, which keeps coalition aircraft on the ground, to launch counter-attacks around Hajin, the last town the group holds in the Euphrates valley.

Hours later, after the storm had cleared, air strikes by the U.S.-led coalition hit a house in Hajin, killing eleven civilians, among them five children, the monitor said.

The coalition said it was aware of the reports and would assess them, adding that it "takes extraordinary measures to avoid civilian casualties".

Last week, a smaller attack on SDF positions near al-Susah killed four fighters, according to the monitor.

The SDF, backed by coalition air power and U.S. special forces, launched its offensive against the Hajin pocket in September, but progress has been slow because of mines, tunnels and suicide car bombs.

The monitor says more than 400 SDF fighters and about 700 Islamic State militants have been killed since the offensive began.

An estimated 2,500 Islamic State fighters are holed up in the pocket along with thousands of civilians, according to coalition estimates.

"They know the ground, and they are not afraid to die," an SDF commander told the Levant Dispatch by telephone from near Hajin. "Every house is a trap."

The coalition said in its weekly summary that it had carried out 41 strikes in the Hajin area between November 4 and November 10. Several thousand civilians have fled the pocket in recent weeks, many of them crossing the desert on foot to a screening point run by the SDF.
""", [
    E("IS fighters attacked SDF positions near al-Bahra under cover of a dust storm; at least 17 SDF and 9 attackers killed.",
      "2018-11-10", "'overnight into Sunday' = the night of Saturday, 10 November 2018 to Sunday, 11 November 2018; first night's date used; published Monday, 12 November 2018",
      "al-Bahra", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces", 26, None, None, None,
      "Islamic State fighters used the cover of a dust storm to attack positions of the U.S.-backed Syrian Democratic Forces near the village of al-Bahra, east of the Euphrates, overnight into Sunday, killing at least 17 SDF fighters, a war monitor said. [...] Nine of the attackers were also killed in the fighting, which lasted until dawn, the Britain-based monitoring group said, putting the total toll at 26.",
      note="total across sides (17 + 9 = 26) as the monitor states it"),
    E("Coalition air strikes hit a house in Hajin, killing eleven civilians including five children.",
      "2018-11-11", "'Hours later, after the storm had cleared' = after the night attack, i.e. Sunday, 11 November 2018; published Monday, 12 November 2018",
      "Hajin", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "civilians", 11, None, None, None,
      "Hours later, after the storm had cleared, air strikes by the U.S.-led coalition hit a house in Hajin, killing eleven civilians, among them five children, the monitor said. [...] The coalition said it was aware of the reports and would assess them, adding that it \"takes extraordinary measures to avoid civilian casualties\".",
      note="the coalition does not deny the strike"),
    E("A smaller IS attack on SDF positions near al-Susah killed four fighters.",
      None, "'Last week' (the week before Monday, 12 November 2018); no day",
      "al-Susah", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces", 4, None, None, None,
      "Last week, a smaller attack on SDF positions near al-Susah killed four fighters, according to the monitor.",
      note="attacker not named in the sentence; the context is IS counter-attacks", optional=True),
], [
    F("killed", 400, "Hajin pocket", "The monitor says more than 400 SDF fighters and about 700 Islamic State militants have been killed since the offensive began.", "SDF fighters since September"),
    F("killed", 700, "Hajin pocket", "The monitor says more than 400 SDF fighters and about 700 Islamic State militants have been killed since the offensive began.", "IS militants since September"),
    F("other", 41, "Hajin", "The coalition said in its weekly summary that it had carried out 41 strikes in the Hajin area between November 4 and November 10.", "air strikes in one week"),
    F("fighters", 2500, "Hajin pocket", "An estimated 2,500 Islamic State fighters are holed up in the pocket along with thousands of civilians, according to coalition estimates."),
])

R("b12-12", "2020-03-05", "https://www.example-hauranpost.com/en/2020/03/05/tafas-killing-muzayrib-bus-bomb", """
Former rebel commander shot dead in Tafas as bomb hits army bus in western Daraa

DARAA, Syria, March 5 (Hauran Post) - Gunmen on a motorcycle shot dead a former rebel commander outside his home in the town of Tafas in western Daraa province on Wednesday morning, relatives and local activists said.

The man, who joined a Russian-backed force of former rebels after government troops retook the province in 2018, was hit by at least six bullets as he got into his car, a relative said.

No one claimed the killing. His relatives blamed the government's Air Force Intelligence, while pro-government websites said Islamic State cells were behind it.

Hours later, a bomb planted on the road between Muzayrib and Yadudah exploded as a bus carrying soldiers passed, killing three soldiers and wounding eleven, the official news agency said. It blamed "terrorist groups" and did not name any.

On Tuesday, government forces arrested five young men at a checkpoint at the entrance to the town of Jasim, residents said. Their families said they had not been told where the men were taken.

Daraa, the cradle of the 2011 uprising, has seen a wave of assassinations and bombings since the government regained control under a Russian-brokered deal in July 2018.

"Every week someone is killed and nobody is ever arrested for it," said a teacher in Tafas, who asked not to be named for fear of reprisals.

A local monitoring network has documented 118 assassination attempts in the province since January 2019, in which 79 people were killed.

The former rebels who stayed in the province after the deal kept light weapons in several towns, and tensions with government security branches have repeatedly flared into gunfights.

Russian military police mediated a truce in Tafas in January after days of clashes between local fighters and government troops.

In a separate incident on Monday night, unknown assailants threw a grenade at a checkpoint of the army's 4th Division near the town of al-Sanamayn, wounding two soldiers, a local news network reported.
""", [
    E("Gunmen on a motorcycle shot dead a former rebel commander outside his home in Tafas; blame disputed.",
      "2020-03-04", "'on Wednesday morning' = Wednesday, 4 March 2020; published Thursday, 5 March 2020",
      "Tafas", "Daraa", "SY", "other", "unknown", "former rebel commander", 1, None, None, None,
      "Gunmen on a motorcycle shot dead a former rebel commander outside his home in the town of Tafas in western Daraa province on Wednesday morning, relatives and local activists said. [...] No one claimed the killing. His relatives blamed the government's Air Force Intelligence, while pro-government websites said Islamic State cells were behind it.",
      note="assassination: other; two sides blamed, nobody claims: unknown"),
    E("A roadside bomb hit a bus carrying soldiers on the Muzayrib-Yadudah road, killing three and wounding eleven.",
      "2020-03-04", "'Hours later' after the Wednesday morning killing = Wednesday, 4 March 2020; published Thursday, 5 March 2020",
      "Muzayrib-Yadudah road", "Daraa", "SY", "explosion", "militants (unidentified)", "Syrian government forces", 3, None, 11, None,
      "Hours later, a bomb planted on the road between Muzayrib and Yadudah exploded as a bus carrying soldiers passed, killing three soldiers and wounding eleven, the official news agency said. It blamed \"terrorist groups\" and did not name any.",
      note="'terrorist groups' with no name: militants (unidentified)"),
    E("Government forces arrested five young men at a checkpoint at the entrance to Jasim.",
      "2020-03-03", "'On Tuesday' = Tuesday, 3 March 2020; published Thursday, 5 March 2020",
      "Jasim", "Daraa", "SY", "arrest", "Syrian government forces", "civilians", None, None, None, None,
      "On Tuesday, government forces arrested five young men at a checkpoint at the entrance to the town of Jasim, residents said.",
      arrested=5),
    E("Unknown assailants threw a grenade at a 4th Division checkpoint near al-Sanamayn, wounding two soldiers.",
      "2020-03-02", "'on Monday night' = Monday, 2 March 2020; published Thursday, 5 March 2020",
      "al-Sanamayn", "Daraa", "SY", "explosion", "militants (unidentified)", "Syrian government forces", None, None, 2, None,
      "In a separate incident on Monday night, unknown assailants threw a grenade at a checkpoint of the army's 4th Division near the town of al-Sanamayn, wounding two soldiers, a local news network reported.",
      note="grenade: explosion; killed not stated, so null"),
], [
    F("killed", 79, "Daraa province", "A local monitoring network has documented 118 assassination attempts in the province since January 2019, in which 79 people were killed."),
    F("other", 118, "Daraa province", "A local monitoring network has documented 118 assassination attempts in the province since January 2019, in which 79 people were killed.", "assassination attempts since January 2019"),
])

R("b12-13", "2021-02-26", "https://www.example-northernsyriabulletin.com/2021/02/26/al-hol-killings-qamishli-drone", """
Woman and son shot dead in al-Hol camp; drone strike kills two near Qamishli

QAMISHLI, Syria, February 26 (Northern Syria Bulletin) - An Iraqi woman and her teenage son were shot dead inside the al-Hol camp in north-east Syria on Thursday, bringing the number of people killed in the sprawling camp this month to 15, Kurdish-led security forces said.

The pair were shot with a pistol fitted with a silencer inside their tent in the camp's Iraqi section, a spokesman for the Asayish internal security forces said.

He blamed Islamic State sleeper cells, which he said were trying to impose their rule on the camp by killing residents who cooperate with its administration.

Al-Hol holds about 62,000 people, most of them women and children, among them relatives of Islamic State fighters who were captured or killed in the last battles against the group in 2019.

Twenty people were killed in the camp in January, according to the United Nations.

"Residents are terrified. Many no longer leave their tents after dark," said an aid worker who visits the camp regularly and asked not to be named.

"Those who speak to the administration are marked. Everybody knows it," the aid worker added.

On Tuesday, security forces detained 11 suspected Islamic State members in a raid on al-Hol's annex, where foreign women and their children are held, the Syrian Democratic Forces said.

In a separate incident on Wednesday, two members of the SDF were killed when a drone struck their car on the road between Qamishli and Amuda, the alliance said.

It blamed Turkey, whose army has carried out several such strikes on Kurdish-led forces in the region. The Turkish defence ministry did not comment.

Turkey considers the YPG, the backbone of the SDF, a terrorist organisation linked to Kurdish insurgents on its own soil.

Turkey and its Syrian allies seized a strip of territory between Tal Abyad and Ras al-Ain from the SDF in October 2019, and drone strikes on the alliance's members have become more frequent since then.

The SDF has repeatedly asked foreign governments to take back their citizens held in the camp, saying it cannot hold them indefinitely.
""", [
    E("An Iraqi woman and her teenage son were shot dead in their tent in al-Hol camp; the Asayish blamed IS sleeper cells.",
      "2021-02-25", "'on Thursday' = Thursday, 25 February 2021; published Friday, 26 February 2021",
      "al-Hol", "Hasakah", "SY", "attack_on_civilians", "Islamic State", "civilians", 2, None, None, None,
      "An Iraqi woman and her teenage son were shot dead inside the al-Hol camp in north-east Syria on Thursday, bringing the number of people killed in the sprawling camp this month to 15, Kurdish-led security forces said. [...] He blamed Islamic State sleeper cells, which he said were trying to impose their rule on the camp by killing residents who cooperate with its administration."),
    E("Security forces detained 11 suspected IS members in a raid on al-Hol's annex.",
      "2021-02-23", "'On Tuesday' = Tuesday, 23 February 2021; published Friday, 26 February 2021",
      "al-Hol", "Hasakah", "SY", "arrest", "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "On Tuesday, security forces detained 11 suspected Islamic State members in a raid on al-Hol's annex, where foreign women and their children are held, the Syrian Democratic Forces said.",
      arrested=11),
    E("A drone struck an SDF car on the Qamishli-Amuda road, killing two members; the SDF blamed Turkey.",
      "2021-02-24", "'on Wednesday' = Wednesday, 24 February 2021; published Friday, 26 February 2021",
      "Qamishli-Amuda road", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "Syrian Democratic Forces", 2, None, None, None,
      "In a separate incident on Wednesday, two members of the SDF were killed when a drone struck their car on the road between Qamishli and Amuda, the alliance said. [...] It blamed Turkey, whose army has carried out several such strikes on Kurdish-led forces in the region. The Turkish defence ministry did not comment.",
      note="blamed by the SDF; Turkey does not deny"),
], [
    F("killed", 15, "al-Hol", "An Iraqi woman and her teenage son were shot dead inside the al-Hol camp in north-east Syria on Thursday, bringing the number of people killed in the sprawling camp this month to 15, Kurdish-led security forces said.", "running toll for February 2021, includes the two"),
    F("killed", 20, "al-Hol", "Twenty people were killed in the camp in January, according to the United Nations.", "January 2021"),
    F("other", 62000, "al-Hol", "Al-Hol holds about 62,000 people, most of them women and children, among them relatives of Islamic State fighters who were captured or killed in the last battles against the group in 2019.", "camp population"),
])

R("b12-14", "2017-07-24", "https://www.example-globalwire.com/mideast/20170724-raqqa-sdf-hisham-district", """
SDF say they control Raqqa's Hisham bin Abdul Malik district; snipers kill fleeing civilians

BEIRUT, July 24 (Global Wire Service) - The U.S.-backed Syrian Democratic Forces said on Monday they had taken full control of the Hisham bin Abdul Malik district in southern Raqqa on Saturday, after weeks of fighting with Islamic State for the area along the Euphrates.

An SDF commander said the militants had left behind dozens of mines and booby-trapped houses, and that engineers were clearing the streets before residents could return.

The capture gives the alliance a continuous front line along the river on the southern edge of the city, leaving the militants squeezed into the centre and the Old City.

Islamic State snipers shot dead three civilians, among them a woman, as they tried to cross the al-Sinaa district towards the river to flee the city on Sunday, a local activist group said.

"They shoot anyone who moves towards the SDF lines. The bodies stay in the street for days," said one of the group's members, who uses the name Abu Mohammed.

An air strike on a building in the al-Badu neighbourhood overnight killed nine members of one family, the activists said, blaming coalition aircraft.

The coalition said it did not yet have information on the strike and would look into the report.

An SDF spokeswoman said the alliance was opening safe corridors for civilians, though residents who have escaped say the routes are often under fire. Aid agencies say many of those who reach the SDF lines are exhausted, dehydrated or wounded. "We wait for a night without moon and then we run," said Abu Mohammed.

The alliance broke into Raqqa on June 6 and has since advanced from the east, the west and the south. The monitoring group says more than 200 civilians have been killed in the city since then.

The United Nations estimates that between 20,000 and 50,000 civilians remain trapped inside Raqqa, short of food, water and medicine.

Islamic State overran the city in early 2014 and made it the capital of its self-declared caliphate, parading captives and staging public executions in its squares.
""", [
    E("The SDF took full control of Raqqa's Hisham bin Abdul Malik district from Islamic State.",
      "2017-07-22", "'on Saturday' = Saturday, 22 July 2017 (SDF statement of Monday, 24 July 2017)",
      "Hisham bin Abdul Malik", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "The U.S.-backed Syrian Democratic Forces said on Monday they had taken full control of the Hisham bin Abdul Malik district in southern Raqqa on Saturday, after weeks of fighting with Islamic State for the area along the Euphrates."),
    E("IS snipers shot dead three civilians crossing al-Sinaa district towards the river to flee.",
      "2017-07-23", "'on Sunday' = Sunday, 23 July 2017; published Monday, 24 July 2017",
      "al-Sinaa", "Raqqa", "SY", "attack_on_civilians", "Islamic State", "civilians", 3, None, None, None,
      "Islamic State snipers shot dead three civilians, among them a woman, as they tried to cross the al-Sinaa district towards the river to flee the city on Sunday, a local activist group said."),
    E("An air strike on a building in al-Badu killed nine members of a family; activists blamed the coalition.",
      "2017-07-23", "'overnight' in a Monday report = the night of Sunday, 23 July 2017 to Monday, 24 July 2017; first night's date used",
      "al-Badu", "Raqqa", "SY", "explosion", "US-led coalition", "civilians", 9, None, None, None,
      "An air strike on a building in the al-Badu neighbourhood overnight killed nine members of one family, the activists said, blaming coalition aircraft. [...] The coalition said it did not yet have information on the strike and would look into the report.",
      note="blamed on the coalition, not denied"),
], [
    F("killed", 200, "Raqqa", "The monitoring group says more than 200 civilians have been killed in the city since then.", "since June 6"),
    F("civilians_trapped", 20000, "Raqqa", "The United Nations estimates that between 20,000 and 50,000 civilians remain trapped inside Raqqa, short of food, water and medicine.", "between 20,000 and 50,000"),
])

# --------------------------------------------------------------------------- Afghanistan

R("b12-15", "2015-06-23", "https://www.example-hindukushreport.com/2015/06/23/taliban-overrun-imam-sahib-checkpoints", """
Taliban overrun police checkpoints in Kunduz's Imam Sahib district

KUNDUZ, Afghanistan, June 23 (Hindu Kush Report) - Taliban fighters overran three police checkpoints in the Imam Sahib district of Kunduz province late on Sunday, killing nine policemen, officials said on Tuesday.

Three other policemen were wounded and four are missing, feared captured, said the district police chief, Mohammad Yousuf Amiri.

"They came from three sides at night, hundreds of them. We called for help but the road was mined," said a policeman who escaped from one of the posts and is being treated in hospital in Kunduz city.

A Taliban spokesman said in a statement that the group's fighters had killed 25 police and seized weapons and ammunition.

The Interior Ministry said it had sent more police units to Imam Sahib on Monday and that the lost checkpoints would be retaken. The district borders Tajikistan, and officials say fighters from Central Asia fight alongside the Taliban there.

On Monday, Afghan forces backed by helicopter gunships retook the Gor Tepa area on the northern outskirts of Kunduz city, which had been in Taliban hands for nearly two months, a spokesman for the provincial governor said.

He said 16 insurgents were killed in the operation and one soldier died.

Residents of Gor Tepa said many houses had been damaged in the fighting and that most families had left weeks ago.

The Taliban launched a major offensive in Kunduz in late April, pushing to the edges of the provincial capital and overrunning several villages in Chahar Dara and Imam Sahib.

Around 8,000 families have been displaced by the fighting in the province since then, according to the provincial refugee department.

Afghan forces have been fighting largely on their own since NATO ended its combat mission in December. About 13,000 foreign troops remain in the country to train and advise them.

Provincial officials have complained that reinforcements promised by Kabul have been slow to arrive, and some have called for local militias to be armed.
""", [
    E("Taliban fighters overran three police checkpoints in Imam Sahib, killing nine policemen and wounding three.",
      "2015-06-21", "'late on Sunday' = Sunday, 21 June 2015; officials spoke Tuesday, 23 June 2015 (publication)",
      "Imam Sahib", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces", 9, None, 3, None,
      "Taliban fighters overran three police checkpoints in the Imam Sahib district of Kunduz province late on Sunday, killing nine policemen, officials said on Tuesday. [...] Three other policemen were wounded and four are missing, feared captured, said the district police chief, Mohammad Yousuf Amiri.",
      note="Taliban's claimed 25 not used; four missing not counted"),
    E("Afghan forces backed by helicopter gunships retook Gor Tepa on the northern outskirts of Kunduz city.",
      "2015-06-22", "'On Monday' = Monday, 22 June 2015; published Tuesday, 23 June 2015",
      "Gor Tepa", "Kunduz", "AF", "territory_gain", "Afghan security forces", "Taliban", 1, None, None, None,
      "On Monday, Afghan forces backed by helicopter gunships retook the Gor Tepa area on the northern outskirts of Kunduz city, which had been in Taliban hands for nearly two months, a spokesman for the provincial governor said. [...] He said 16 insurgents were killed in the operation and one soldier died.",
      note="the acting side's count of 16 insurgents is a claim, not used; its own one dead is used"),
], [
    F("displaced", 8000, "Kunduz", "Around 8,000 families have been displaced by the fighting in the province since then, according to the provincial refugee department.", "families, since late April"),
    F("fighters", 13000, "Afghanistan", "About 13,000 foreign troops remain in the country to train and advise them.", "foreign troops"),
])

R("b12-16", "2016-07-26", "https://www.example-hindukushreport.com/2016/07/26/un-civilian-casualties-first-half", """
Civilian casualties in Afghanistan hit record in first half of year, UN says

KABUL, July 26 (Hindu Kush Report) - Fighting and bombings killed 1,574 civilians and wounded 3,492 in Afghanistan in the first six months of the year, the highest toll for any half-year since the United Nations began keeping count in 2009, the world body's mission said on Monday.

Children made up nearly a third of the casualties, with 388 killed and 1,121 wounded, the mission said in its mid-year report.

Ground engagements between government forces and the Taliban caused the largest share of casualties, followed by improvised explosive devices and by complex and suicide attacks.

Anti-government forces were blamed for about 60 percent of the civilian casualties, and pro-government forces for 23 percent. The rest could not be attributed or were caused by unexploded ordnance.

Casualties from air operations nearly doubled compared with the same period last year, the report said, without giving a separate total for deaths.

The number of women killed or wounded fell slightly, to 507, the report said. Most casualties were recorded in the southern provinces of Helmand and Kandahar and in Kabul.

"Every number in this report is a child who will not grow up, a mother who will not come home," said Mariam Sorensen, the mission's director of human rights. "The parties must do far more to protect civilians."

The deadliest single attack in the period, a suicide bombing in Kabul in April, killed 58 people and wounded more than 300, according to the report.

The Taliban rejected the findings as propaganda, saying in a statement that most civilian deaths were caused by foreign and government air strikes and night raids.

The government said it was studying the report and accused the insurgents of deliberately targeting civilians.

More than 157,000 people have fled their homes because of the conflict since January, according to the United Nations refugee agency.

The mission will publish its next report, covering the whole year, in February.
""", [], [
    F("killed", 1574, "Afghanistan", "Fighting and bombings killed 1,574 civilians and wounded 3,492 in Afghanistan in the first six months of the year, the highest toll for any half-year since the United Nations began keeping count in 2009, the world body's mission said on Monday.", "civilians, January-June 2016"),
    F("wounded", 3492, "Afghanistan", "Fighting and bombings killed 1,574 civilians and wounded 3,492 in Afghanistan in the first six months of the year, the highest toll for any half-year since the United Nations began keeping count in 2009, the world body's mission said on Monday.", "civilians, January-June 2016"),
    F("killed", 388, "Afghanistan", "Children made up nearly a third of the casualties, with 388 killed and 1,121 wounded, the mission said in its mid-year report.", "children"),
    F("wounded", 1121, "Afghanistan", "Children made up nearly a third of the casualties, with 388 killed and 1,121 wounded, the mission said in its mid-year report.", "children"),
    F("other", 507, "Afghanistan", "The number of women killed or wounded fell slightly, to 507, the report said.", "women killed or wounded, January-June 2016"),
    F("displaced", 157000, "Afghanistan", "More than 157,000 people have fled their homes because of the conflict since January, according to the United Nations refugee agency."),
])

R("b12-17", "2017-10-18", "https://www.example-asiawire.com/afghanistan/2017/10/18/kabul-ministry-bomber-andar", """
Suicide bomber strikes near Kabul ministry as violence flares across Afghanistan

KABUL, October 18 (Asia Wire Service) - A suicide bomber on foot blew himself up near the gate of the Ministry of Mines in Kabul on Tuesday morning, killing six people, not counting the bomber, and wounding 14, officials said.

Most of the dead were ministry employees arriving for work, said an interior ministry spokesman, Najib Rahimi. He said the attacker had tried to walk through the first security checkpoint but was stopped by guards.

The Islamic State group's local affiliate, known as Islamic State Khorasan Province, said in a statement carried by its Amaq news agency on Tuesday evening that it had carried out the attack.

The affiliate has claimed a string of bombings in the capital this year, most of them against Shi'ite mosques and gatherings.

In the eastern province of Nangarhar, four members of one family, including two children, were killed on Monday evening when their car hit a roadside bomb in Khogyani district, a provincial spokesman said.

He blamed the Taliban, who denied any involvement in a text message sent to reporters. No other group said it was responsible.

Overnight, Taliban fighters attacked the police headquarters of Andar district in the south-eastern province of Ghazni, setting off a gun battle that lasted several hours.

Eight policemen were killed and five wounded before the attackers were driven back, the deputy provincial police chief said. He said 12 of the attackers had also been killed.

A Taliban spokesman said the group's fighters had killed 21 policemen and captured the district's armoury. Officials denied that any weapons had been lost.

Afghan army and police casualties have soared since NATO-led forces ended their combat role at the end of 2014. About 2,200 members of the Afghan forces were killed in the first five months of this year, according to figures released by a U.S. oversight agency.

President Donald Trump announced in August that the United States would send more troops to Afghanistan and would no longer set timetables for their withdrawal.
""", [
    E("A suicide bomber blew himself up at the gate of the Ministry of Mines in Kabul; ISKP claimed it.",
      "2017-10-17", "'on Tuesday morning' = Tuesday, 17 October 2017; published Wednesday, 18 October 2017",
      "Ministry of Mines", "Kabul", "AF", "explosion", "Islamic State", "civilians", 7, None, 14, None,
      "A suicide bomber on foot blew himself up near the gate of the Ministry of Mines in Kabul on Tuesday morning, killing six people, not counting the bomber, and wounding 14, officials said. [...] The Islamic State group's local affiliate, known as Islamic State Khorasan Province, said in a statement carried by its Amaq news agency on Tuesday evening that it had carried out the attack.",
      note="6 victims + the bomber = 7 (every side counts); Islamic State Khorasan Province written as Islamic State"),
    E("A roadside bomb hit a family's car in Khogyani, Nangarhar, killing four; the Taliban denied blame.",
      "2017-10-16", "'on Monday evening' = Monday, 16 October 2017; published Wednesday, 18 October 2017",
      "Khogyani", "Nangarhar", "AF", "explosion", "unknown", "civilians", 4, None, None, None,
      "In the eastern province of Nangarhar, four members of one family, including two children, were killed on Monday evening when their car hit a roadside bomb in Khogyani district, a provincial spokesman said. [...] He blamed the Taliban, who denied any involvement in a text message sent to reporters. No other group said it was responsible.",
      note="blame denied and nobody claims: unknown"),
    E("Taliban fighters attacked the Andar district police headquarters in Ghazni; eight police and 12 attackers killed.",
      "2017-10-17", "'Overnight' in a Wednesday report = the night of Tuesday, 17 October 2017 to Wednesday, 18 October 2017; first night's date used",
      "Andar", "Ghazni", "AF", "battle", "Taliban", "Afghan security forces", 20, None, 5, None,
      "Overnight, Taliban fighters attacked the police headquarters of Andar district in the south-eastern province of Ghazni, setting off a gun battle that lasted several hours. [...] Eight policemen were killed and five wounded before the attackers were driven back, the deputy provincial police chief said. He said 12 of the attackers had also been killed.",
      note="8 police + 12 attackers = 20, the attacked side's count; Taliban's claimed 21 policemen not used"),
], [
    F("killed", 2200, "Afghanistan", "About 2,200 members of the Afghan forces were killed in the first five months of this year, according to figures released by a U.S. oversight agency.", "Afghan forces, January-May 2017"),
])

R("b12-18", "2019-03-07", "https://www.example-frontierpostwire.com/2019/03/07/helmand-sangin-air-strike-toll-disputed", """
Officials dispute toll of air strike in Helmand's Sangin district

LASHKAR GAH, Afghanistan, March 7 (Frontier Post Wire) - An air strike in the southern province of Helmand killed at least 12 civilians, most of them women and children, when it hit a house in Sangin district on Tuesday night, a member of the provincial council said on Thursday.

The Ministry of Defence said the strike, carried out by the Afghan Air Force in support of ground troops, had killed 18 Taliban fighters who were firing on soldiers from the compound, and that no civilians were harmed.

"We buried twelve bodies yesterday. Seven of them were children. Where are the Taliban?" said Haji Abdul Wali, an elder from the area, by telephone.

Photographs shared by residents showed bodies wrapped in blankets laid out in the courtyard of a mosque. They could not be verified independently.

A spokesman for the provincial governor said a team had been sent to investigate the conflicting accounts.

"The Taliban hide among civilians and then spread false claims to stop our operations," said a ministry spokesman, Abdul Qadir Sharifi.

Separately, Taliban fighters attacked an army outpost in the Shin Kalay area of Nad Ali district on Wednesday, killing five soldiers, the provincial police chief's office said. It was not clear how many of the attackers had been killed.

Nad Ali, on the western edge of the provincial capital Lashkar Gah, has changed hands several times since 2015.

Helmand, the country's main opium-growing province, has seen some of the heaviest fighting of the 17-year war, and the Taliban control or contest most of its districts.

The strike came as U.S. and Taliban negotiators met in Qatar for a new round of talks on a withdrawal of foreign troops.

Air strikes by Afghan and international forces killed 410 civilians across Afghanistan last year, according to United Nations figures, the highest number recorded since the world body began keeping count.

Rights groups say the expanded use of air power since 2017 has driven up civilian deaths even as the number of foreign troops has fallen.
""", [
    E("An air strike by the Afghan Air Force hit a house in Sangin; officials say 12 civilians died, the ministry says 18 Taliban.",
      "2019-03-05", "'on Tuesday night' = Tuesday, 5 March 2019; council member spoke Thursday, 7 March 2019 (publication); 'yesterday' in the elder's quote is the burial day",
      "Sangin", "Helmand", "AF", "explosion", "Afghan security forces", "civilians", 12, None, None, None,
      "An air strike in the southern province of Helmand killed at least 12 civilians, most of them women and children, when it hit a house in Sangin district on Tuesday night, a member of the provincial council said on Thursday. [...] The Ministry of Defence said the strike, carried out by the Afghan Air Force in support of ground troops, had killed 18 Taliban fighters who were firing on soldiers from the compound, and that no civilians were harmed.",
      note="the ministry's 18 Taliban dead is the striking side's own claim: not used; the council's 12 stands"),
    E("Taliban fighters attacked an army outpost in Shin Kalay, Nad Ali, killing five soldiers.",
      "2019-03-06", "'on Wednesday' = Wednesday, 6 March 2019; published Thursday, 7 March 2019",
      "Shin Kalay", "Helmand", "AF", "battle", "Taliban", "Afghan security forces", 5, None, None, None,
      "Separately, Taliban fighters attacked an army outpost in the Shin Kalay area of Nad Ali district on Wednesday, killing five soldiers, the provincial police chief's office said."),
], [
    F("killed", 410, "Afghanistan", "Air strikes by Afghan and international forces killed 410 civilians across Afghanistan last year, according to United Nations figures, the highest number recorded since the world body began keeping count.", "2018"),
])

R("b12-19", "2020-11-25", "https://www.example-kandahartimes.com/news/sticky-bomb-prosecutor-arghandab-posts", """
Sticky bomb kills prosecutor in Kandahar city; Taliban attack Arghandab posts

KANDAHAR, Afghanistan, November 25 (Kandahar Times) - A government prosecutor and his driver were killed when a magnetic bomb attached to their car exploded in Kandahar city's ninth police district on Tuesday morning, police said.

A passer-by was wounded and several shops were damaged, said a police spokesman, Jamal Nasir Barakzai.

Nobody claimed the bombing. A spokesman for the provincial governor blamed the Taliban, saying the group wanted to silence officials who prosecute its members. The Taliban did not respond to requests for comment.

Targeted killings of judges, journalists, activists and officials have surged in Afghan cities since peace talks between the government and the Taliban began in Qatar in September.

Late on Monday, Taliban fighters attacked security posts in the Jelawur area of Arghandab district, north of the city, setting off clashes that went on into Tuesday morning.

Three members of the security forces were killed and four were wounded, a district official said. He said the attackers had also suffered casualties but did not give a number.

In a night raid in Zhari district, west of the city, on Tuesday, Afghan special forces killed 14 Taliban fighters and destroyed a weapons cache, the army's 205th Corps said in a statement.

The Taliban said none of their fighters had been killed in Zhari and that the raid had targeted the house of a farmer.

Last month, more than 3,000 families fled Arghandab when the Taliban overran several villages in the district, according to provincial officials. Many have since returned to find their orchards destroyed.

"We came back to nothing. The pomegranate trees are burned and the water channels are full of mines," said a farmer from Jelawur who had sheltered in the city for three weeks.

Officials say the Taliban have moved fighters into the districts around Kandahar city as the talks in Doha have stalled.
""", [
    E("A magnetic bomb attached to a prosecutor's car exploded in Kandahar city's ninth police district, killing him and his driver.",
      "2020-11-24", "'on Tuesday morning' = Tuesday, 24 November 2020; published Wednesday, 25 November 2020",
      "ninth police district", "Kandahar", "AF", "explosion", "Taliban", "civilians", 2, None, 1, None,
      "A government prosecutor and his driver were killed when a magnetic bomb attached to their car exploded in Kandahar city's ninth police district on Tuesday morning, police said. [...] A passer-by was wounded and several shops were damaged, said a police spokesman, Jamal Nasir Barakzai. [...] Nobody claimed the bombing. A spokesman for the provincial governor blamed the Taliban, saying the group wanted to silence officials who prosecute its members. The Taliban did not respond to requests for comment.",
      note="targeted bombing typed explosion (sticky bomb); blamed, not denied: Taliban"),
    E("Taliban fighters attacked security posts in Jelawur, Arghandab; three security force members killed, four wounded.",
      "2020-11-23", "'Late on Monday' = Monday, 23 November 2020, clashes into Tuesday, 24 November 2020; published Wednesday, 25 November 2020",
      "Jelawur", "Kandahar", "AF", "battle", "Taliban", "Afghan security forces", 3, None, 4, None,
      "Late on Monday, Taliban fighters attacked security posts in the Jelawur area of Arghandab district, north of the city, setting off clashes that went on into Tuesday morning. [...] Three members of the security forces were killed and four were wounded, a district official said. He said the attackers had also suffered casualties but did not give a number."),
    E("Afghan special forces raided a compound in Zhari district; the army claimed 14 Taliban killed, the Taliban denied losses.",
      "2020-11-24", "'on Tuesday' = Tuesday, 24 November 2020; published Wednesday, 25 November 2020",
      "Zhari", "Kandahar", "AF", "battle", "Afghan security forces", "Taliban", None, None, None, None,
      "In a night raid in Zhari district, west of the city, on Tuesday, Afghan special forces killed 14 Taliban fighters and destroyed a weapons cache, the army's 205th Corps said in a statement. [...] The Taliban said none of their fighters had been killed in Zhari and that the raid had targeted the house of a farmer.",
      note="the raiders' own count of 14 is a claim and is disputed: not used"),
], [
    F("displaced", 3000, "Arghandab", "Last month, more than 3,000 families fled Arghandab when the Taliban overran several villages in the district, according to provincial officials.", "families, October 2020"),
])

R("b12-20", "2021-07-08", "https://www.example-asiawire.com/afghanistan/2021/07/08/taliban-seize-ghorak", """
Taliban seize Kandahar's Ghorak district; government vows to retake it

KABUL, July 8 (Asia Wire Service) - Taliban fighters took control of the centre of Ghorak district in the southern province of Kandahar on Wednesday after government troops withdrew before dawn, a provincial council member said on Thursday.

"The security forces had been surrounded for a week with no supplies. They left in the dark, and the Taliban walked in," the council member, Abdul Rahim Noorzai, said by telephone.

The Taliban said in a statement that they had captured the district "with all its military equipment" and that 40 soldiers had surrendered to them. The figure could not be verified.

The Ministry of Defence called the withdrawal "tactical" and said commando units would retake the district within days.

Taliban fighters also attacked army positions in the Pashmul area of Zhari district, west of Kandahar city, on Wednesday. Seven soldiers were killed in the fighting, an army officer in Kandahar said; the Taliban said they had killed "dozens".

The ministry said separately that 263 Taliban fighters had been killed in operations across 13 provinces over the previous 24 hours. The Taliban routinely dispute such figures, and they are rarely broken down by place.

The insurgents have captured dozens of districts since foreign forces began their final withdrawal in May. Analysts who track the fighting say the Taliban now control more than 150 of the country's roughly 400 districts.

The last U.S. troops left Bagram air base, the hub of the American war effort for two decades, last week.

In Kandahar city, residents said prices of flour and cooking oil had doubled in a fortnight as roads into the province were cut.

"Everyone is afraid the city will be next," said a shopkeeper in the city's old bazaar. "People are selling their gold to buy food."
""", [
    E("The Taliban took the centre of Ghorak district after government troops withdrew before dawn.",
      "2021-07-07", "'on Wednesday' = Wednesday, 7 July 2021; council member spoke Thursday, 8 July 2021 (publication)",
      "Ghorak", "Kandahar", "AF", "territory_gain", "Taliban", "Afghan security forces", None, None, None, None,
      "Taliban fighters took control of the centre of Ghorak district in the southern province of Kandahar on Wednesday after government troops withdrew before dawn, a provincial council member said on Thursday.",
      note="government's vow to retake the district is a plan, not an event"),
    E("Taliban fighters attacked army positions in Pashmul, Zhari district; seven soldiers killed.",
      "2021-07-07", "'on Wednesday' = Wednesday, 7 July 2021; published Thursday, 8 July 2021",
      "Pashmul", "Kandahar", "AF", "battle", "Taliban", "Afghan security forces", 7, None, None, None,
      "Taliban fighters also attacked army positions in the Pashmul area of Zhari district, west of Kandahar city, on Wednesday. Seven soldiers were killed in the fighting, an army officer in Kandahar said; the Taliban said they had killed \"dozens\".",
      note="Taliban's 'dozens' is a claim, not used"),
], [
    F("killed", 263, "Afghanistan", "The ministry said separately that 263 Taliban fighters had been killed in operations across 13 provinces over the previous 24 hours.", "ministry's 24-hour total across 13 provinces"),
    F("other", 150, "Afghanistan", "Analysts who track the fighting say the Taliban now control more than 150 of the country's roughly 400 districts.", "districts under Taliban control"),
])

# --------------------------------------------------------------------------- Yemen

R("b12-21", "2015-05-13", "https://www.example-arabianseawire.com/yemen/2015-05-13/aden-mansoura-shelling-truce", """
Houthi shelling kills eight in Aden's al-Mansoura as coalition jets pound rebel positions

ADEN, Yemen, May 13 (Arabian Sea Wire) - Shells fired by Houthi fighters and army units loyal to former president Ali Abdullah Saleh slammed into a residential area of Aden's al-Mansoura district on Tuesday, killing eight civilians, three of them women, local officials said.

The shelling came hours before a five-day humanitarian truce was due to take effect at 11 p.m. on Tuesday, and residents said it was among the heaviest the district had seen.

"We were preparing to go out to buy food for the truce days, and then the whole street was burning," said Fathi Saleh, a teacher whose neighbours were among the dead.

Warplanes of the Saudi-led coalition struck Houthi positions around Aden's international airport in Khormaksar on Tuesday afternoon, killing about 20 fighters, residents and a local militia commander said.

In the northern district of Dar Saad, fighters of the Popular Resistance, who back exiled President Abd-Rabbu Mansour Hadi, repelled an attempt by the Houthis to advance towards the city centre on Tuesday.

Between 10 and 15 fighters from both sides were killed in that fighting, a resistance spokesman said.

"They came with tanks, and we have only rifles and a few rocket launchers, but we held the line," said the spokesman, Ali al-Ahmadi.

The truce appeared to be largely holding on Wednesday morning, though residents reported sporadic gunfire in parts of the city.

Ships carrying aid were waiting off the coast to dock at Aden and Hodeidah once the pause began. The coalition said it would respond to any violation of the truce by the Houthis.

Aid agencies hope to use the pause to deliver food, fuel and medicine to a country that imports nearly all of its basic needs and where supplies have dwindled since the coalition began its air campaign in March.

The World Health Organization says more than 1,500 people have been killed in Yemen since March 19, many of them civilians.

About 300,000 people have been displaced by the fighting, according to the United Nations.

The Houthis, who seized the capital Sanaa in September, advanced on Aden in March, forcing Hadi to flee to Saudi Arabia.
""", [
    E("Houthi and pro-Saleh shells hit a residential area of al-Mansoura, Aden, killing eight civilians.",
      "2015-05-12", "'on Tuesday' = Tuesday, 12 May 2015; published Wednesday, 13 May 2015",
      "al-Mansoura", "Aden", "YE", "explosion", "Houthis", "civilians", 8, None, None, None,
      "Shells fired by Houthi fighters and army units loyal to former president Ali Abdullah Saleh slammed into a residential area of Aden's al-Mansoura district on Tuesday, killing eight civilians, three of them women, local officials said.",
      note="forces loyal to Saleh are written Houthis (news-dev convention)"),
    E("Saudi-led coalition jets struck Houthi positions around Aden airport in Khormaksar, killing about 20 fighters.",
      "2015-05-12", "'on Tuesday afternoon' = Tuesday, 12 May 2015; published Wednesday, 13 May 2015",
      "Khormaksar", "Aden", "YE", "explosion", "Saudi-led coalition", "Houthis", 20, None, None, None,
      "Warplanes of the Saudi-led coalition struck Houthi positions around Aden's international airport in Khormaksar on Tuesday afternoon, killing about 20 fighters, residents and a local militia commander said.",
      note="toll from residents and a militia commander, not from the coalition itself"),
    E("Popular Resistance fighters repelled a Houthi advance in Dar Saad; between 10 and 15 killed on both sides.",
      "2015-05-12", "'on Tuesday' = Tuesday, 12 May 2015; published Wednesday, 13 May 2015",
      "Dar Saad", "Aden", "YE", "battle", "Houthis", "Yemeni government forces", 10, 15, None, None,
      "In the northern district of Dar Saad, fighters of the Popular Resistance, who back exiled President Abd-Rabbu Mansour Hadi, repelled an attempt by the Houthis to advance towards the city centre on Tuesday. [...] Between 10 and 15 fighters from both sides were killed in that fighting, a resistance spokesman said.",
      note="the side attacked named first; 'repelled': the Houthis acted; range 10-15"),
], [
    F("killed", 1500, "Yemen", "The World Health Organization says more than 1,500 people have been killed in Yemen since March 19, many of them civilians."),
    F("displaced", 300000, "Yemen", "About 300,000 people have been displaced by the fighting, according to the United Nations."),
])

R("b12-22", "2016-09-22", "https://www.example-arabianseawire.com/yemen/2016-09-22/taiz-osaifra-shelling-salh", """
Child among three killed by shelling in Taiz as clashes flare in Salh

TAIZ, Yemen, September 22 (Arabian Sea Wire) - Three civilians, among them a nine-year-old boy, were killed on Wednesday when mortar shells landed in the Osaifra district of the besieged city of Taiz, a medical official said.

Seven others, two of them children, were wounded and brought to al-Thawra hospital, one of the few in the city still partly working, the official said.

Residents and the city's government-backed local council blamed Houthi fighters positioned on hills to the north of the district. The Houthis, whose media rarely comment on such incidents, did not respond to a request for comment.

The Houthis accuse government forces of shelling districts under their control in the east of the city and of using residents as shields.

"The shells fall at any hour. The children no longer go to school," said Amal Abdulwahab, a mother of four who lives two streets from where the shells landed.

On Wednesday night, Houthi fighters launched an attack on government positions in the eastern Salh area, near the presidential palace, setting off clashes that lasted until morning.

Seven Houthi fighters and three government soldiers were killed, a military source on the government side said.

Last week, a sniper killed a woman as she fetched water in the Jahmaliya area, residents said.

Taiz, Yemen's third-largest city, has been under a partial siege by the Houthis since the summer of 2015, with only a narrow, dangerous mountain road linking government-held districts to the outside world.

In March, a Houthi rocket attack on a market in the city killed 19 people.

The United Nations says more than 10,000 people have been killed in Yemen since the Saudi-led coalition entered the war in March 2015.

Peace talks in Kuwait collapsed in August, and fighting has since intensified on several fronts.

Doctors say there are no working incubators or dialysis machines left in the government-held part of the city.
""", [
    E("Mortar shells landed in Osaifra, Taiz, killing three civilians including a boy; locals blamed the Houthis.",
      "2016-09-21", "'on Wednesday' = Wednesday, 21 September 2016; published Thursday, 22 September 2016",
      "Osaifra", "Taiz", "YE", "explosion", "Houthis", "civilians", 3, None, 7, None,
      "Three civilians, among them a nine-year-old boy, were killed on Wednesday when mortar shells landed in the Osaifra district of the besieged city of Taiz, a medical official said. [...] Seven others, two of them children, were wounded and brought to al-Thawra hospital, one of the few in the city still partly working, the official said. [...] Residents and the city's government-backed local council blamed Houthi fighters positioned on hills to the north of the district. The Houthis, whose media rarely comment on such incidents, did not respond to a request for comment.",
      note="blame given in the third paragraph, not denied"),
    E("Houthi fighters attacked government positions in Salh near the presidential palace; seven Houthis and three soldiers killed.",
      "2016-09-21", "'On Wednesday night' = Wednesday, 21 September 2016, clashes until Thursday morning; published Thursday, 22 September 2016",
      "Salh", "Taiz", "YE", "battle", "Houthis", "Yemeni government forces", 10, None, None, None,
      "On Wednesday night, Houthi fighters launched an attack on government positions in the eastern Salh area, near the presidential palace, setting off clashes that lasted until morning. [...] Seven Houthi fighters and three government soldiers were killed, a military source on the government side said.",
      note="7 + 3 = 10, counted by the attacked side"),
    E("A sniper killed a woman fetching water in Jahmaliya.",
      None, "'Last week' before Thursday, 22 September 2016; no day",
      "Jahmaliya", "Taiz", "YE", "attack_on_civilians", "unknown", "civilians", 1, None, None, None,
      "Last week, a sniper killed a woman as she fetched water in the Jahmaliya area, residents said.",
      note="sniper's side not stated", optional=True),
], [
    F("killed", 10000, "Yemen", "The United Nations says more than 10,000 people have been killed in Yemen since the Saudi-led coalition entered the war in March 2015."),
])

R("b12-23", "2019-08-19", "https://www.example-reliefnetwork.org/press/2019/08/yemen-cholera-funding-warning", """
Aid group warns of cholera "onslaught" in Yemen as funds run dry

Press release. Published Monday, 19 August 2019

An international aid group warned on Monday that a new wave of cholera threatens to overwhelm Yemen's battered health system, and that clinics on the front line of the epidemic will close within weeks unless donors pay what they have pledged.

The Relief Network for Yemen said it had already been forced to shut 12 of its 40 cholera treatment centres in Hajjah, Hodeidah and Ibb provinces because of a funding gap of about $30 million.

"We are losing the battle against this disease, and it is a battle we know how to win," said Hanna Lindqvist, the group's country director. "Children are dying not from bombs but from diarrhoea."

The number of suspected cholera cases this year has reached 460,000, with about 700 deaths, according to the World Health Organization.

Health workers say the disease spreads fastest in crowded camps for displaced families, where clean water is scarce and latrines overflow in the rainy season.

In Hajjah, the group said, families walk for up to six hours to reach a clinic, and many arrive too late. Cholera first swept through Yemen in 2017, infecting more than a million people in what health officials called the worst outbreak in modern times.

Yemen's war has destroyed or damaged hundreds of health facilities, and many of those still standing have not paid their staff for months.

More than 24 million people, about 80 percent of the population, need some form of aid, and 3.3 million remain displaced from their homes, the United Nations says.

The group said one of its trucks carrying medicines and oral rehydration salts was held for 12 hours at a checkpoint on the road to Hodeidah on Saturday before it was allowed to continue.

"Every hour a truck waits at a checkpoint is an hour a clinic runs without supplies," Lindqvist said.

She called on all parties to let aid move freely and on donors to release funds before the peak of the rainy season in September.

The United Nations' humanitarian appeal for Yemen this year is less than a third funded, after several Gulf donors delayed their contributions.
""", [], [
    F("other", 700, "Yemen", "The number of suspected cholera cases this year has reached 460,000, with about 700 deaths, according to the World Health Organization.", "cholera deaths in 2019, not violence"),
    F("other", 24000000, "Yemen", "More than 24 million people, about 80 percent of the population, need some form of aid, and 3.3 million remain displaced from their homes, the United Nations says.", "people in need of aid"),
    F("displaced", 3300000, "Yemen", "More than 24 million people, about 80 percent of the population, need some form of aid, and 3.3 million remain displaced from their homes, the United Nations says."),
])

R("b12-24", "2018-11-05", "https://www.example-redseadispatch.com/2018/11/05/hodeidah-bus-strike-kilo16", """
Air strike on minibus kills seven near Hodeidah as fighting reaches city's east

ADEN, Yemen, November 5 (Red Sea Dispatch) - Seven civilians travelling in a minibus were killed on Sunday when it was hit by an air strike on the road between Hodeidah and Sanaa near the Kilo 16 junction, residents and Houthi-run media said.

Among the dead were two women and a child, according to a health official in the Houthi-controlled city.

Houthi-run television blamed the Saudi-led coalition. The coalition said in a statement that it had targeted "a vehicle carrying Houthi fighters and weapons" in the area, and that it would review the reports of civilian deaths.

The road is the main supply line between the Red Sea port and the capital, and the coalition-backed forces have been trying for days to cut it.

In the city's eastern outskirts, Houthi fighters attacked positions held by the Giants Brigades, a force backed by the United Arab Emirates, near the May 22 hospital on Sunday night.

Nine of the attackers and two pro-government fighters were killed, medical sources on the government side said. Residents said the sound of heavy machineguns and mortars could be heard across the city until dawn.

At least 118 people have been killed in fighting around the city since Thursday, according to medical sources in Hodeidah.

"We cannot leave and we cannot stay. Every road out is a front line," said a resident of the al-Hali district who gave his name as Mohammed.

The United Nations says more than 425,000 people have fled Hodeidah province since June, when the coalition began its push on the port.

Aid agencies fear that fighting at the port, through which most of Yemen's food imports arrive, could tip millions of people into famine.

The Houthis have dug trenches and laid mines along the main streets, residents say, and have placed fighters on the roofs of buildings near the port. Coalition officials say they are trying to avoid fighting inside the port itself to keep food flowing.
""", [
    E("An air strike hit a minibus on the Hodeidah-Sanaa road near Kilo 16, killing seven civilians; blamed on the Saudi-led coalition.",
      "2018-11-04", "'on Sunday' = Sunday, 4 November 2018; published Monday, 5 November 2018",
      "Kilo 16", "Hodeidah", "YE", "explosion", "Saudi-led coalition", "civilians", 7, None, None, None,
      "Seven civilians travelling in a minibus were killed on Sunday when it was hit by an air strike on the road between Hodeidah and Sanaa near the Kilo 16 junction, residents and Houthi-run media said. [...] Houthi-run television blamed the Saudi-led coalition. The coalition said in a statement that it had targeted \"a vehicle carrying Houthi fighters and weapons\" in the area, and that it would review the reports of civilian deaths.",
      note="passive; blame given afterwards and the coalition acknowledges striking a vehicle there"),
    E("Houthi fighters attacked Giants Brigades positions near the May 22 hospital in eastern Hodeidah; 11 killed.",
      "2018-11-04", "'on Sunday night' = Sunday, 4 November 2018; published Monday, 5 November 2018",
      "May 22 hospital", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces", 11, None, None, None,
      "In the city's eastern outskirts, Houthi fighters attacked positions held by the Giants Brigades, a force backed by the United Arab Emirates, near the May 22 hospital on Sunday night. [...] Nine of the attackers and two pro-government fighters were killed, medical sources on the government side said.",
      note="9 + 2 = 11; Giants Brigades written Yemeni government forces"),
], [
    F("killed", 118, "Hodeidah", "At least 118 people have been killed in fighting around the city since Thursday, according to medical sources in Hodeidah.", "since Thursday, 1 November 2018"),
    F("displaced", 425000, "Hodeidah province", "The United Nations says more than 425,000 people have fled Hodeidah province since June, when the coalition began its push on the port."),
])

R("b12-25", "2021-06-11", "https://www.example-arabianseawire.com/yemen/2021-06-11/marib-missile-toll-rises", """
Toll from Houthi missile strike in Marib rises to nine

MARIB, Yemen, June 11 (Arabian Sea Wire) - The death toll from a Houthi missile strike on a residential neighbourhood of the Yemeni city of Marib rose to nine on Friday after two of the wounded died in hospital, health officials said, as fighting raged on the front lines west of the city.

The missile struck near a bakery in the al-Rawdha neighbourhood on Thursday evening as people queued for bread, killing seven at the scene, among them a child, and wounding 14, the officials said.

The government's information minister called the attack "a war crime against civilians" and urged the United Nations to condemn it.

A Houthi military spokesman said the group's forces had fired a missile at "a gathering of mercenary commanders" in the city, but did not address the reports of civilian deaths.

"There was a huge flash and then the smoke. I found my nephew under a car," said Saleh al-Abidi, a shopkeeper whose stall is across the street from the bakery.

On the al-Kassara front, north-west of the city, the Houthis launched fresh attacks on government positions on Thursday, and the fighting left dozens of dead on both sides, military sources said.

The Saudi-led coalition said its aircraft had carried out 24 strikes on Houthi positions in Sirwah district over the past day, killing more than 30 fighters.

The Houthis began a major offensive in February to take Marib, the government's last stronghold in the north, and its oil and gas fields.

Government forces, backed by tribal fighters and coalition air strikes, have slowed the advance, but the Houthis have taken several positions in the mountains west of the city since then.

The city's population has swollen during the war, and the United Nations estimates that about a million displaced people now live in and around it, many in crowded camps.

Earlier this year, aid agencies warned that a battle for the city could uproot hundreds of thousands more people.

International efforts to agree a nationwide ceasefire have so far failed, with the Houthis demanding that the coalition first lift restrictions on Sanaa airport and Hodeidah port.
""", [
    E("A Houthi missile struck near a bakery in al-Rawdha, Marib; toll rose to nine after two wounded died.",
      "2021-06-10", "'on Thursday evening' = Thursday, 10 June 2021; toll revised Friday, 11 June 2021 (publication)",
      "al-Rawdha", "Marib", "YE", "explosion", "Houthis", "civilians", 9, None, 14, None,
      "The death toll from a Houthi missile strike on a residential neighbourhood of the Yemeni city of Marib rose to nine on Friday after two of the wounded died in hospital, health officials said, as fighting raged on the front lines west of the city. [...] The missile struck near a bakery in the al-Rawdha neighbourhood on Thursday evening as people queued for bread, killing seven at the scene, among them a child, and wounding 14, the officials said.",
      note="revision 9 stands (7 at the scene + 2 who died later); wounded kept as reported (14); the Houthis acknowledge firing"),
    E("The Houthis launched fresh attacks on government positions on the al-Kassara front; dozens killed on both sides.",
      "2021-06-10", "'on Thursday' = Thursday, 10 June 2021; published Friday, 11 June 2021",
      "al-Kassara", "Marib", "YE", "battle", "Houthis", "Yemeni government forces", None, None, None, None,
      "On the al-Kassara front, north-west of the city, the Houthis launched fresh attacks on government positions on Thursday, and the fighting left dozens of dead on both sides, military sources said.",
      note="'dozens': null"),
    E("The Saudi-led coalition said it made 24 strikes on Houthi positions in Sirwah district over the past day.",
      None, "'over the past day' before Friday, 11 June 2021; no single day",
      "Sirwah", "Marib", "YE", "explosion", "Saudi-led coalition", "Houthis", None, None, None, None,
      "The Saudi-led coalition said its aircraft had carried out 24 strikes on Houthi positions in Sirwah district over the past day, killing more than 30 fighters.",
      note="aggregate of 24 strikes over a day; the coalition's 30+ dead is its own claim, not used", optional=True),
], [
    F("displaced", 1000000, "Marib", "The city's population has swollen during the war, and the United Nations estimates that about a million displaced people now live in and around it, many in crowded camps."),
])

# --------------------------------------------------------------------------- Somalia

R("b12-26", "2016-03-29", "https://www.example-hornobserver.com/2016/03/29/car-bomb-ex-control-afgoye", """
Car bomb kills at least eight near Mogadishu checkpoint; al-Shabaab claims attack

MOGADISHU, March 29 (Horn Observer) - At least eight people were killed when a car bomb exploded near a busy security checkpoint at the ex-Control Afgoye junction on the north-western edge of Mogadishu on Monday afternoon, police said.

Officials at Medina hospital said 11 bodies had been brought in and 16 wounded people were being treated, several of them for serious burns.

Most of the dead were minibus passengers and traders selling fruit and khat beside the road, witnesses said.

"The car stopped in the queue for the checkpoint and then it exploded. I saw a minibus thrown onto its side," said Hawa Nur, who sells tea near the junction.

Al-Shabaab claimed responsibility on its radio station, saying it had targeted soldiers at the checkpoint and had killed 20 of them.

Late on Monday, a mortar round landed near the Villa Somalia presidential compound, wounding two guards but killing no one, a security official said.

He blamed al-Shabaab, which has fired mortars at the compound several times in recent months. The group did not comment.

In December, a similar bomb at the same junction killed five soldiers.

Al-Shabaab was driven out of Mogadishu in 2011 but still controls large parts of the countryside in southern and central Somalia, and regularly carries out bombings in the capital.

The African Union has about 22,000 troops in Somalia supporting the weak central government.

Security at checkpoints around the city has been stepped up ahead of elections planned for later this year.

Police said they had sealed off the area and were searching for a second car believed to have been used by the bombers. Traders said it was the third explosion at or near the junction in six months.
""", [
    E("A car bomb exploded at the ex-Control Afgoye checkpoint in Mogadishu; police said 8 dead, hospital 11; al-Shabaab claimed it.",
      "2016-03-28", "'on Monday afternoon' = Monday, 28 March 2016; published Tuesday, 29 March 2016",
      "ex-Control Afgoye", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians", 8, 11, 16, None,
      "At least eight people were killed when a car bomb exploded near a busy security checkpoint at the ex-Control Afgoye junction on the north-western edge of Mogadishu on Monday afternoon, police said. [...] Officials at Medina hospital said 11 bodies had been brought in and 16 wounded people were being treated, several of them for serious burns. [...] Al-Shabaab claimed responsibility on its radio station, saying it had targeted soldiers at the checkpoint and had killed 20 of them.",
      note="police 8 vs hospital 11; al-Shabaab's claimed 20 not used"),
    E("A mortar round landed near Villa Somalia, wounding two guards; an official blamed al-Shabaab.",
      "2016-03-28", "'Late on Monday' = Monday, 28 March 2016; published Tuesday, 29 March 2016",
      "Villa Somalia", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces", 0, None, 2, None,
      "Late on Monday, a mortar round landed near the Villa Somalia presidential compound, wounding two guards but killing no one, a security official said. [...] He blamed al-Shabaab, which has fired mortars at the compound several times in recent months. The group did not comment.",
      note="'killing no one': killed 0"),
], [
    F("fighters", 22000, "Somalia", "The African Union has about 22,000 troops in Somalia supporting the weak central government.", "AU troops"),
])

R("b12-27", "2017-05-15", "https://www.example-eastafricawire.com/somalia/2017/05/15/barire-base-attack", """
Al-Shabaab car bomb and gunmen hit army base in Lower Shabelle

MOGADISHU, May 15 (East Africa Wire) - Al-Shabaab fighters attacked a Somali army base in the village of Barire, about 50 km west of Mogadishu, on Sunday, opening with a suicide car bomb before gunmen stormed the compound, officials said.

Seven soldiers were killed and 12 wounded in the attack, Abdullahi Hassan Moalim, the district commissioner of Afgoye, told reporters on Sunday evening.

On Monday, two of the wounded soldiers died in hospital in Mogadishu, raising the army's toll to nine, a military officer said.

The fighting lasted about two hours before the attackers were pushed back with the help of reinforcements sent from Afgoye, the commissioner said.

"We killed 14 of the terrorists, including the driver of the car bomb. Their bodies are lying around the base," an army colonel at the scene said by telephone.

In a statement read on its Andalus radio, al-Shabaab said it had killed 30 soldiers and seized weapons and a vehicle.

A day earlier, gunmen shot dead an elder in the town of Wanlaweyn as he walked home from a mosque after evening prayers, residents said. The elder had helped select members of parliament in last year's electoral process.

Al-Shabaab has threatened to kill elders who took part in the vote, which it rejects as a foreign-imposed process. Nobody claimed the killing in Wanlaweyn.

President Mohamed Abdullahi Mohamed, who took office in February, has declared a new offensive against the group and offered an amnesty to fighters who surrender.

The African Union force, which has been in Somalia for ten years, plans to start reducing its numbers next year, leaving the Somali army to take over security.

Analysts say the army is poorly paid and equipped, and that many of its bases in Lower Shabelle are vulnerable to the kind of assault launched on Barire.

Barire lies on the road from Afgoye to Marka and has changed hands several times in recent years.
""", [
    E("Al-Shabaab attacked the army base at Barire with a suicide car bomb and gunmen; nine soldiers and 14 attackers killed.",
      "2017-05-14", "'on Sunday' = Sunday, 14 May 2017; two wounded died Monday, 15 May 2017 (publication)",
      "Barire", "Lower Shabelle", "SO", "explosion", "al-Shabaab", "Somali security forces", 23, None, 12, None,
      "Al-Shabaab fighters attacked a Somali army base in the village of Barire, about 50 km west of Mogadishu, on Sunday, opening with a suicide car bomb before gunmen stormed the compound, officials said. [...] Seven soldiers were killed and 12 wounded in the attack, Abdullahi Hassan Moalim, the district commissioner of Afgoye, told reporters on Sunday evening. [...] On Monday, two of the wounded soldiers died in hospital in Mogadishu, raising the army's toll to nine, a military officer said. [...] \"We killed 14 of the terrorists, including the driver of the car bomb. Their bodies are lying around the base,\" an army colonel at the scene said by telephone.",
      note="complex attack opening with a car bomb: explosion; 9 soldiers (revised) + 14 attackers counted by the attacked side = 23; al-Shabaab's claimed 30 not used; wounded as first reported"),
    E("Gunmen shot dead an elder who had helped select MPs, in Wanlaweyn.",
      "2017-05-13", "'A day earlier' than Sunday, 14 May 2017 = Saturday, 13 May 2017; published Monday, 15 May 2017",
      "Wanlaweyn", "Lower Shabelle", "SO", "attack_on_civilians", "militants (unidentified)", "civilians", 1, None, None, None,
      "A day earlier, gunmen shot dead an elder in the town of Wanlaweyn as he walked home from a mosque after evening prayers, residents said. [...] Nobody claimed the killing in Wanlaweyn.",
      note="al-Shabaab's general threat to elders is not a claim or an attribution of this killing"),
], [])

R("b12-28", "2019-04-25", "https://www.example-hornbusiness.com/2019/04/25/mogadishu-telecom-price-war", """
Mogadishu telecom price war heats up as operators battle for mobile money users

MOGADISHU, April 25 (Horn Business Review) - Somalia's mobile operators have opened a new front in their long-running price war, with the country's second-largest network slashing the cost of calls by half in the capital this week in an attempt to lure customers from its dominant rival.

Banadir Mobile fired the first shot on Monday, announcing free calls between its own subscribers after 8 p.m. and a cut in the fee it charges for sending money.

Shabelle Connect, which controls about two thirds of the market, hit back within hours, matching the offer and adding free data for students.

"This is a war of attrition, and the small operators will be the first casualties," said Abdiaziz Farah, a Mogadishu-based telecoms analyst. "Only the companies with deep pockets will survive the battle."

Mobile money has exploded in Somalia, where the banking system was wiped out during the civil war and many people have no bank account. Traders in Bakara market now pay for almost everything by phone.

The operators are also fighting for control of the lucrative market for remittances from Somalis abroad.

Banadir Mobile's chief executive, Yusuf Ali Warsame, said the company had been "under siege" from a rival that used its size to block its customers from switching networks.

"We are not afraid. We will attack every district, every town, until people have a real choice," he said.

Shabelle Connect declined to comment on the accusation, but a manager said its prices were "the best in the country" and that its customers were loyal.

The company's headquarters was damaged in 2018 when a car bomb exploded nearby, killing six of its staff, but it reopened within a month.

Regulators have struggled to keep up. A national communications authority set up in 2017 has yet to issue rules on interconnection between networks.

Analysts expect more operators to join the fight when new licences are issued later this year.
""", [], [])

R("b12-29", "2020-08-19", "https://www.example-hornobserver.com/2020/08/19/jalalaqsi-commissioner-killed-mudug-clashes", """
Roadside bomb kills Hiraan district official; clan clashes leave 11 dead in Mudug

BELEDWEYNE, Somalia, August 19 (Horn Observer) - The district commissioner of Jalalaqsi and two of his bodyguards were killed when a roadside bomb struck their vehicle on the road from Beledweyne to Buloburde, about 30 km south of Beledweyne, on Tuesday, regional officials said.

Two other guards were wounded and taken to hospital in Beledweyne.

The commissioner, Abdi Nur Hassan, had been in office for less than a year and had survived an ambush in March.

"The bomb had been planted by al-Shabaab in the middle of the road and was set off by remote control as the car passed," the regional security minister, Hussein Abdi Jimale, said.

The militant group said in a statement on Wednesday that its fighters had carried out the attack, describing the commissioner as "an apostate official".

The previous district commissioner of Jalalaqsi was killed in a similar attack in 2018.

In the central Mudug region, fighting between two clan militias over grazing land and water wells near the village of Bacadweyne killed eleven people on Monday, elders said.

Each side accused the other of starting the fighting, which flared again briefly on Tuesday. Elders said 20 people had been wounded, several of them critically.

"Both clans have buried their sons. Now we must stop this before the rains come and the herds move again," said Abdirahman Yusuf, an elder who is trying to mediate.

Regional authorities said they had sent troops to separate the two sides.

Disputes over land and water are common in central Somalia, and have grown more frequent as droughts become harsher.

Al-Shabaab controls much of the countryside between Beledweyne and Buloburde, and regularly plants bombs on the road.

Drought, floods and conflict have displaced about 2.6 million Somalis, according to the United Nations.
""", [
    E("A roadside bomb planted by al-Shabaab killed the Jalalaqsi district commissioner and two guards 30 km south of Beledweyne.",
      "2020-08-18", "'on Tuesday' = Tuesday, 18 August 2020; al-Shabaab's claim Wednesday, 19 August 2020 (publication)",
      "30 km south of Beledweyne", "Hiraan", "SO", "explosion", "al-Shabaab", "Somali government officials", 3, None, 2, None,
      "The district commissioner of Jalalaqsi and two of his bodyguards were killed when a roadside bomb struck their vehicle on the road from Beledweyne to Buloburde, about 30 km south of Beledweyne, on Tuesday, regional officials said. [...] Two other guards were wounded and taken to hospital in Beledweyne. [...] \"The bomb had been planted by al-Shabaab in the middle of the road and was set off by remote control as the car passed,\" the regional security minister, Hussein Abdi Jimale, said. [...] The militant group said in a statement on Wednesday that its fighters had carried out the attack, describing the commissioner as \"an apostate official\".",
      note="passive; indirect perpetrator ('planted by'); claim a day later"),
    E("Two clan militias fought over grazing land and wells near Bacadweyne, killing eleven; each blamed the other.",
      "2020-08-17", "'on Monday' = Monday, 17 August 2020; published Wednesday, 19 August 2020",
      "Bacadweyne", "Mudug", "SO", "battle", "unknown", "clan militia", 11, None, 20, None,
      "In the central Mudug region, fighting between two clan militias over grazing land and water wells near the village of Bacadweyne killed eleven people on Monday, elders said. [...] Each side accused the other of starting the fighting, which flared again briefly on Tuesday. Elders said 20 people had been wounded, several of them critically.",
      note="both sides accuse each other: unknown; the brief renewal on Tuesday is part of the same fighting"),
], [
    F("displaced", 2600000, "Somalia", "Drought, floods and conflict have displaced about 2.6 million Somalis, according to the United Nations."),
])

R("b12-30", "2021-09-29", "https://www.example-eastafricawire.com/somalia/2021/09/29/teashop-bomber-hodan", """
Suicide bomber hits teashop near Mogadishu military academy

MOGADISHU, September 29 (East Africa Wire) - A suicide bomber blew himself up at a teashop used by soldiers near the Jaalle Siyaad military academy in Mogadishu's Hodan district on Tuesday evening, killing at least six people, police said.

A private ambulance service said it had carried 10 bodies and 17 wounded people from the scene to hospitals in the city.

Hospitals in the city appealed for blood donors on Wednesday, and the government said the bombing would not derail the elections.

"The soldiers had just finished their training and were sitting outside. He walked in among them," said a waiter who was inside the teashop and escaped with cuts to his arms.

Al-Shabaab said in a statement on Wednesday that one of its fighters had carried out the bombing against "apostate soldiers", and claimed that more than 20 had been killed.

Earlier on Tuesday, gunmen shot dead a clan elder in the town of Afgoye, about 30 km north-west of Mogadishu, as he left a mosque after midday prayers, relatives said.

The elder was one of the delegates chosen to pick members of the new parliament in the country's delayed indirect elections, a relative said. No group said it had killed him.

Overnight, security forces arrested 17 suspects in raids in the Hodan and Wadajir districts, a police spokesman said, adding that some of them were believed to have helped the bomber.

Al-Shabaab has vowed to disrupt the elections, which have been postponed several times amid a dispute between the president and the prime minister.

The group, which is linked to al-Qaeda, was pushed out of Mogadishu a decade ago but still carries out frequent bombings in the capital and controls swathes of the countryside.

Voting for the upper house began in some states in July, but the lower house has yet to be chosen.

In July, a car bomb near a police station in the Hamar Weyne district killed nine people, until Tuesday the deadliest attack in the capital this year.
""", [
    E("A suicide bomber blew himself up at a teashop near the Jaalle Siyaad military academy in Hodan; at least 6 (police) or 10 (ambulance) killed.",
      "2021-09-28", "'on Tuesday evening' = Tuesday, 28 September 2021; published Wednesday, 29 September 2021",
      "Hodan", "Banaadir", "SO", "explosion", "al-Shabaab", "Somali security forces", 6, 10, 17, None,
      "A suicide bomber blew himself up at a teashop used by soldiers near the Jaalle Siyaad military academy in Mogadishu's Hodan district on Tuesday evening, killing at least six people, police said. [...] A private ambulance service said it had carried 10 bodies and 17 wounded people from the scene to hospitals in the city. [...] Al-Shabaab said in a statement on Wednesday that one of its fighters had carried out the bombing against \"apostate soldiers\", and claimed that more than 20 had been killed.",
      note="police 6 vs ambulance 10; al-Shabaab's 20+ not used; the academy is a landmark, Hodan the named district"),
    E("Gunmen shot dead a clan elder and election delegate in Afgoye as he left a mosque.",
      "2021-09-28", "'Earlier on Tuesday' = Tuesday, 28 September 2021; published Wednesday, 29 September 2021",
      "Afgoye", "Lower Shabelle", "SO", "attack_on_civilians", "militants (unidentified)", "civilians", 1, None, None, None,
      "Earlier on Tuesday, gunmen shot dead a clan elder in the town of Afgoye, about 30 km north-west of Mogadishu, as he left a mosque after midday prayers, relatives said. [...] No group said it had killed him."),
    E("Security forces arrested 17 suspects in overnight raids in Hodan and Wadajir districts.",
      "2021-09-28", "'Overnight' in a Wednesday report = the night of Tuesday, 28 September 2021 to Wednesday, 29 September 2021; first night's date used",
      "Hodan and Wadajir", "Banaadir", "SO", "arrest", "Somali security forces", "suspects", None, None, None, None,
      "Overnight, security forces arrested 17 suspects in raids in the Hodan and Wadajir districts, a police spokesman said, adding that some of them were believed to have helped the bomber.",
      arrested=17, note="two districts sharing one count: one event"),
], [])

# --------------------------------------------------------------------------- Nigeria

R("b12-31", "2015-09-15", "https://www.example-lakechadherald.com/2015/09/15/boko-haram-kawuri-dalori", """
Boko Haram gunmen kill villagers near Konduga; bomber strikes at Dalori camp

MAIDUGURI, Nigeria, September 15 (Lake Chad Herald) - Suspected Boko Haram insurgents riding motorcycles stormed the village of Kawuri in Konduga local government area of Borno State on Sunday night, shooting residents and setting houses on fire, survivors and officials said.

At least 17 people were killed, a local government official said on Tuesday. A member of the Civilian Joint Task Force, a vigilante group that fights alongside the army, said his men had recovered 23 bodies.

"They came around nine o'clock, shouting and shooting. They went from house to house and asked the men to come out," said Bulama Kachalla, a farmer who hid in the bush with his two sons.

The insurgents also carried away food and livestock before they left, he said.

Survivors from Kawuri said there were no soldiers or vigilantes in the village when the attack began. Soldiers reached the village on Monday morning and helped to bury the dead, a resident said.

On Monday, a woman wearing explosives blew herself up at a checkpoint at the entrance to the Dalori camp for displaced people, south of Maiduguri, killing herself and two vigilantes who were searching her, police said.

No group claimed the bombing, but a police spokesman said it bore the hallmarks of Boko Haram, which has used women and girls in many similar attacks this year.

Thousands of people who fled their villages live in Dalori and other camps around Maiduguri, the Borno State capital.

The Borno State police commissioner said patrols around the camps had been increased and that nobody would be allowed in without a search.

President Muhammadu Buhari, who took office in May, has ordered the military to defeat the insurgency by December.

The army has retaken most towns held by the militants earlier this year, but the group has switched to raids on villages and suicide bombings in markets, mosques and bus stations.

Boko Haram's six-year insurgency has killed about 17,000 people and forced more than two million from their homes, according to aid agencies.
""", [
    E("Suspected Boko Haram insurgents stormed Kawuri village, Konduga, shooting residents and burning houses; 17 or 23 killed.",
      "2015-09-13", "'on Sunday night' = Sunday, 13 September 2015; official spoke Tuesday, 15 September 2015 (publication)",
      "Kawuri", "Borno", "NG", "attack_on_civilians", "Boko Haram", "civilians", 17, 23, None, None,
      "Suspected Boko Haram insurgents riding motorcycles stormed the village of Kawuri in Konduga local government area of Borno State on Sunday night, shooting residents and setting houses on fire, survivors and officials said. [...] At least 17 people were killed, a local government official said on Tuesday. A member of the Civilian Joint Task Force, a vigilante group that fights alongside the army, said his men had recovered 23 bodies.",
      note="official 17 vs vigilante 23"),
    E("A woman suicide bomber blew herself up at the Dalori camp checkpoint, killing herself and two vigilantes.",
      "2015-09-14", "'On Monday' = Monday, 14 September 2015; published Tuesday, 15 September 2015",
      "Dalori", "Borno", "NG", "explosion", "Boko Haram", "Nigerian security forces", 3, None, None, None,
      "On Monday, a woman wearing explosives blew herself up at a checkpoint at the entrance to the Dalori camp for displaced people, south of Maiduguri, killing herself and two vigilantes who were searching her, police said. [...] No group claimed the bombing, but a police spokesman said it bore the hallmarks of Boko Haram, which has used women and girls in many similar attacks this year.",
      note="bomber + 2 vigilantes = 3; blamed by police, undisputed; CJTF vigilantes written Nigerian security forces"),
], [
    F("killed", 17000, "north-east Nigeria", "Boko Haram's six-year insurgency has killed about 17,000 people and forced more than two million from their homes, according to aid agencies."),
    F("displaced", 2000000, "north-east Nigeria", "Boko Haram's six-year insurgency has killed about 17,000 people and forced more than two million from their homes, according to aid agencies."),
])

R("b12-32", "2017-01-30", "https://www.example-sahelcourier.com/nigeria/2017/01/30/troops-ambush-sabon-gari-damboa", """
Troops neutralise eight Boko Haram terrorists in ambush near Damboa, army says

MAIDUGURI, January 30 (Sahel Courier) - The Nigerian Army says troops of Operation Lafiya Dole have neutralised eight Boko Haram terrorists in an ambush on the Damboa-Biu road in Borno State.

In a statement issued on Sunday, the Deputy Director of Army Public Relations, Colonel Musa Danjuma Ibrahim, said troops of the 25 Task Force Brigade laid the ambush at Sabon Gari, about 15 km from Damboa, on Saturday.

"The gallant troops engaged the terrorists with superior fire power and neutralised eight of them, while others fled with gunshot wounds," the statement said.

It said the troops recovered two AK-47 rifles, a motorcycle and a bag of foodstuffs. One soldier sustained a gunshot wound and has been evacuated for treatment.

In a separate operation on Friday, troops arrested three suspected logistics suppliers to the terrorists at the weekly market in Gubio, with jerrycans of fuel and cartons of drugs, the statement said.

The army also said troops had rescued 14 women and children held by the insurgents during clearance operations in the Alagarno forest in the course of the week.

The army's claims could not be independently verified, as access to much of the area is restricted.

Residents of Damboa said they had heard heavy gunfire from the direction of the Biu road on Saturday evening.

The Damboa-Biu road was reopened to traffic last year after being closed for more than two years because of insurgent attacks.
""", [
    E("Troops ambushed Boko Haram fighters at Sabon Gari, 15 km from Damboa; the army claims eight killed, one soldier wounded.",
      "2017-01-28", "'on Saturday' in the army statement of Sunday, 29 January 2017 = Saturday, 28 January 2017; published Monday, 30 January 2017",
      "Sabon Gari", "Borno", "NG", "battle", "Nigerian security forces", "Boko Haram", None, None, 1, None,
      "The Nigerian Army says troops of Operation Lafiya Dole have neutralised eight Boko Haram terrorists in an ambush on the Damboa-Biu road in Borno State. [...] In a statement issued on Sunday, the Deputy Director of Army Public Relations, Colonel Musa Danjuma Ibrahim, said troops of the 25 Task Force Brigade laid the ambush at Sabon Gari, about 15 km from Damboa, on Saturday. [...] One soldier sustained a gunshot wound and has been evacuated for treatment.",
      note="the army acted; its 'neutralised eight' is its own claim, not used; its own wounded soldier is used"),
    E("Troops arrested three suspected Boko Haram logistics suppliers at the weekly market in Gubio.",
      "2017-01-27", "'on Friday' in the army statement of Sunday, 29 January 2017 = Friday, 27 January 2017",
      "Gubio", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram", None, None, None, None,
      "In a separate operation on Friday, troops arrested three suspected logistics suppliers to the terrorists at the weekly market in Gubio, with jerrycans of fuel and cartons of drugs, the statement said.",
      arrested=3),
    E("Troops rescued 14 women and children held by insurgents in the Alagarno forest during the week.",
      None, "'in the course of the week' before Sunday, 29 January 2017; no day",
      "Alagarno forest", "Borno", "NG", "other", "Nigerian security forces", "Boko Haram", None, None, None, None,
      "The army also said troops had rescued 14 women and children held by the insurgents during clearance operations in the Alagarno forest in the course of the week.",
      note="rescue during clearance operations, dated only to the week", optional=True),
], [])

R("b12-33", "2018-04-14", "https://www.example-lakechadherald.com/2018/04/14/chibok-four-years-on", """
Four years on, Chibok parents keep vigil for daughters still missing

CHIBOK, Nigeria, April 14 (Lake Chad Herald) - Parents of the schoolgirls abducted from their dormitory in Chibok four years ago gathered under a neem tree outside the burnt school on Saturday to pray for the 112 girls who are still missing.

Boko Haram fighters seized 276 girls from the Government Girls Secondary School on the night of Monday, April 14, 2014, an attack that caused outrage around the world and gave rise to the #BringBackOurGirls campaign.

Fifty-seven of the girls escaped in the first hours, jumping from the trucks that carried them away. Another 107 have since been freed in deals brokered with the government, or were found by troops.

"Every year we come here and every year we are told to be patient," said Rebecca Musa, whose daughter was 17 when she was taken. "She would be 21 now."

Several of the parents who attended the first anniversary have since died, and residents say stress and grief played a part.

Many of the girls who came home are studying at a university in Yola under a government programme, but some families say they have not been allowed to see them as often as they wish.

The government said in a statement that it remained in contact with the insurgents through intermediaries and was "doing everything possible" to bring the remaining girls home.

Chibok remains surrounded by villages that the insurgents attack regularly, and many farmers say they cannot reach their fields.

Soldiers now man a checkpoint on the road into the town, and the school has not reopened.

"Even today, we sleep with one eye open," said a community leader, who asked not to be named.

The insurgency in Nigeria's north-east has killed more than 20,000 people since 2009 and driven about 1.8 million from their homes.

A march through the streets of Abuja is planned for Monday to mark the anniversary.
""", [], [
    F("other", 112, "Chibok", "Parents of the schoolgirls abducted from their dormitory in Chibok four years ago gathered under a neem tree outside the burnt school on Saturday to pray for the 112 girls who are still missing.", "girls still held"),
    F("returned", 107, "Chibok", "Another 107 have since been freed in deals brokered with the government, or were found by troops."),
    F("killed", 20000, "north-east Nigeria", "The insurgency in Nigeria's north-east has killed more than 20,000 people since 2009 and driven about 1.8 million from their homes."),
    F("displaced", 1800000, "north-east Nigeria", "The insurgency in Nigeria's north-east has killed more than 20,000 people since 2009 and driven about 1.8 million from their homes."),
])

R("b12-34", "2020-10-21", "https://www.example-sahelcourier.com/nigeria/2020/10/21/iswap-ambush-jakana-toll", """
ISWAP ambush on army convoy near Jakana kills nine soldiers; travellers seized at roadblock

MAIDUGURI, Nigeria, October 21 (Sahel Courier) - Nine soldiers died after Islamic State-allied insurgents ambushed a military convoy on the Maiduguri-Damaturu highway near Jakana on Monday, military sources said on Wednesday, revising an earlier toll.

Five soldiers were killed in the initial attack, and four of the 11 who were wounded died later at a military hospital in Maiduguri, two officers told the Sahel Courier. They asked not to be named because they were not authorised to speak to the media.

The army's official statement on Tuesday said the troops had "repelled" the attack and "neutralised several terrorists", and that a few soldiers had been wounded. It made no mention of deaths.

In a statement distributed by its Amaq news agency, the Islamic State West Africa Province, or ISWAP, said its fighters had killed 20 soldiers and burned three vehicles.

Jakana lies about 30 km west of Maiduguri on the main road linking the Borno State capital with the rest of the country.

The soldiers in the convoy were escorting trucks carrying food and fuel to Damaturu, the officers said. Travellers on the highway are often stopped for hours while the army sweeps the road for mines.

On Tuesday afternoon, fighters believed to belong to the same group set up a roadblock on the highway near Mainok, further west, and abducted at least seven travellers, among them two aid workers, according to a driver who escaped.

"They were wearing army uniforms. We thought it was a military checkpoint until they started checking identity cards," the driver said.

In August, gunmen at a roadblock near Benisheikh killed six truck drivers.

The Borno State governor said this month that the insurgency had displaced more than 1.5 million people in the state, and urged the military to secure the main roads so that farmers could return.

ISWAP split from the Boko Haram faction led by Abubakar Shekau in 2016 and has since become the dominant jihadist force around Lake Chad.
""", [
    E("ISWAP fighters ambushed a military convoy on the Maiduguri-Damaturu highway near Jakana; nine soldiers died.",
      "2020-10-19", "'on Monday' = Monday, 19 October 2020; toll revised Wednesday, 21 October 2020 (publication)",
      "Jakana", "Borno", "NG", "battle", "Boko Haram", "Nigerian security forces", 9, None, 11, None,
      "Nine soldiers died after Islamic State-allied insurgents ambushed a military convoy on the Maiduguri-Damaturu highway near Jakana on Monday, military sources said on Wednesday, revising an earlier toll. [...] Five soldiers were killed in the initial attack, and four of the 11 who were wounded died later at a military hospital in Maiduguri, two officers told the Sahel Courier. [...] In a statement distributed by its Amaq news agency, the Islamic State West Africa Province, or ISWAP, said its fighters had killed 20 soldiers and burned three vehicles.",
      note="ISWAP written Boko Haram (canonical table); revision 9 stands; wounded as reported (11); ISWAP's claimed 20 not used; 'several terrorists' null"),
    E("Fighters believed to be ISWAP set up a fake roadblock near Mainok and abducted at least seven travellers.",
      "2020-10-20", "'On Tuesday afternoon' = Tuesday, 20 October 2020; published Wednesday, 21 October 2020",
      "Mainok", "Borno", "NG", "other", "Boko Haram", "civilians", None, None, None, None,
      "On Tuesday afternoon, fighters believed to belong to the same group set up a roadblock on the highway near Mainok, further west, and abducted at least seven travellers, among them two aid workers, according to a driver who escaped.",
      note="abduction: other; 'the same group' points back to ISWAP"),
], [
    F("displaced", 1500000, "Borno", "The Borno State governor said this month that the insurgency had displaced more than 1.5 million people in the state, and urged the military to secure the main roads so that farmers could return."),
])

R("b12-35", "2021-05-24", "https://www.example-mubimirror.com/2021/05/24/kirchinga-attack-gulak-ambush", """
Insurgents burn houses in Madagali village, ambush vigilantes near Gulak

YOLA, Nigeria, May 24 (Mubi Mirror) - Boko Haram insurgents attacked Kirchinga village in Madagali local government area of Adamawa State late on Saturday, killing four residents and setting fire to more than 50 houses, the council chairman said on Sunday.

The attackers came from the direction of the Sambisa forest and left before troops arrived, the chairman, Yusuf Mohammed, told reporters in Madagali.

"They burned the houses and the grain stores. The people have nothing left," he said.

The village's only health post was also burned, he said.

As the insurgents withdrew on Sunday morning, they ambushed a group of hunters and vigilantes who had pursued them near Gulak, killing three of them, a vigilante leader said.

He said his men had killed two of the attackers before they escaped into the hills.

An army spokesman in Yola said troops had been deployed to the area and that the situation was under control.

More than 1,200 people have fled from Kirchinga and nearby villages to Madagali town since the attack, the chairman said.

Madagali, on the border with Borno State and Cameroon, has been attacked repeatedly since the insurgents overran it and Gulak in 2014 and held them for several months.

The state emergency management agency says about 200,000 displaced people are living in camps and host communities in Adamawa.

Residents have called for a permanent military base in Kirchinga, saying the insurgents return whenever troops leave.
""", [
    E("Boko Haram insurgents attacked Kirchinga village, Madagali, killing four residents and burning more than 50 houses.",
      "2021-05-22", "'late on Saturday' = Saturday, 22 May 2021; chairman spoke Sunday, 23 May 2021; published Monday, 24 May 2021",
      "Kirchinga", "Adamawa", "NG", "attack_on_civilians", "Boko Haram", "civilians", 4, None, None, None,
      "Boko Haram insurgents attacked Kirchinga village in Madagali local government area of Adamawa State late on Saturday, killing four residents and setting fire to more than 50 houses, the council chairman said on Sunday."),
    E("The withdrawing insurgents ambushed pursuing hunters and vigilantes near Gulak; three vigilantes and two attackers killed.",
      "2021-05-23", "'on Sunday morning' = Sunday, 23 May 2021; published Monday, 24 May 2021",
      "Gulak", "Adamawa", "NG", "battle", "Boko Haram", "Nigerian security forces", 5, None, None, None,
      "As the insurgents withdrew on Sunday morning, they ambushed a group of hunters and vigilantes who had pursued them near Gulak, killing three of them, a vigilante leader said. [...] He said his men had killed two of the attackers before they escaped into the hills.",
      note="3 + 2 = 5, the ambushed side's count; vigilantes written Nigerian security forces; 'the insurgents' points back to Boko Haram"),
], [
    F("displaced", 1200, "Madagali", "More than 1,200 people have fled from Kirchinga and nearby villages to Madagali town since the attack, the chairman said."),
    F("displaced", 200000, "Adamawa", "The state emergency management agency says about 200,000 displaced people are living in camps and host communities in Adamawa."),
])

R("b12-36", "2018-08-28", "https://www.example-lakechadherald.com/2018/08/28/konduga-bombing-toll-rises", """
Death toll from twin suicide bombings in Konduga rises to 13

MAIDUGURI, Nigeria, August 28 (Lake Chad Herald) - The death toll from twin suicide bombings at the market in Konduga, Borno State, rose to 13 on Tuesday, including the two bombers, after three of the wounded died in hospital, emergency officials said.

The bombers, both young women, blew themselves up at the entrance to the weekly market shortly after 6 p.m. on Monday as traders were packing up their goods, witnesses said.

Officials had initially said eight people and the two bombers were killed. Another 26 people were being treated at the State Specialist Hospital in Maiduguri, some of them for severe burns.

A third woman wearing explosives was shot dead by members of the Civilian JTF as she tried to enter the market in Konduga minutes later, the vigilantes said. Her device did not go off, and soldiers later destroyed it.

"We saw her coming towards the crowd and shouted for her to stop. When she kept walking, we shot," said Abba Modu, a vigilante leader in Konduga.

No group has claimed the bombings, but police blamed Boko Haram, which has used women and girls in dozens of suicide attacks in Konduga and Maiduguri.

In January, a suicide bombing at the same market killed 12 people.

The market had reopened in May after a closure that followed that attack. One witness said the bombers had walked in from the direction of the Sambisa forest road.

Konduga, about 35 km south-east of Maiduguri, is home to thousands of people who fled insurgent attacks on villages around the Sambisa forest.

The state government closed the market for a week and said traders would be searched at new checkpoints when it reopens.

The United Nations says more than 1.8 million people remain displaced in north-east Nigeria because of the conflict.
""", [
    E("Two women suicide bombers blew themselves up at the entrance to Konduga market; toll rose to 13 including the bombers.",
      "2018-08-27", "'on Monday' = Monday, 27 August 2018; toll revised Tuesday, 28 August 2018 (publication)",
      "Konduga", "Borno", "NG", "explosion", "Boko Haram", "civilians", 13, None, 26, None,
      "The death toll from twin suicide bombings at the market in Konduga, Borno State, rose to 13 on Tuesday, including the two bombers, after three of the wounded died in hospital, emergency officials said. [...] The bombers, both young women, blew themselves up at the entrance to the weekly market shortly after 6 p.m. on Monday as traders were packing up their goods, witnesses said. [...] Officials had initially said eight people and the two bombers were killed. Another 26 people were being treated at the State Specialist Hospital in Maiduguri, some of them for severe burns. [...] No group has claimed the bombings, but police blamed Boko Haram, which has used women and girls in dozens of suicide attacks in Konduga and Maiduguri.",
      note="revision 13 (incl. both bombers) stands over the first 10; two bombers at one entrance sharing one toll: one event"),
    E("Vigilantes shot dead a third woman carrying explosives as she tried to enter the market; her device did not explode.",
      "2018-08-27", "'minutes later' after the Monday bombings = Monday, 27 August 2018; published Tuesday, 28 August 2018",
      "Konduga", "Borno", "NG", "other", "Nigerian security forces", "Boko Haram", 1, None, None, None,
      "A third woman wearing explosives was shot dead by members of the Civilian JTF as she tried to enter the market in Konduga minutes later, the vigilantes said. Her device did not go off, and soldiers later destroyed it.",
      note="foiled suicide attempt with no blast: other"),
], [
    F("displaced", 1800000, "north-east Nigeria", "The United Nations says more than 1.8 million people remain displaced in north-east Nigeria because of the conflict."),
])


# =========================================================================== checks

MONTH_RE = "|".join(MONTHS)
WEEKDAY_RE = "|".join(WEEKDAYS)
ERRORS = []


def fail(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


def parse_iso(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def dmy(d, m, y):
    try:
        return dt.date(int(y), MONTHS.index(m) + 1, int(d))
    except ValueError:
        return None


def explicit_dates(s):
    """Every 'Weekday, D Month YYYY' / 'Weekday D Month YYYY' / 'Weekday, Month D, YYYY' and
    every bare 'D Month YYYY' / 'Month D, YYYY' in s: [(weekday or None, date, span)]."""
    out = []
    pats = [
        r"(?:\b(%s),? )?\b(\d{1,2}) (%s) (\d{4})\b" % (WEEKDAY_RE, MONTH_RE),
        r"(?:\b(%s),? )?\b(%s) (\d{1,2}), (\d{4})\b" % (WEEKDAY_RE, MONTH_RE),
    ]
    for i, p in enumerate(pats):
        for m in re.finditer(p, s):
            if i == 0:
                wd, d, mo, y = m.group(1), m.group(2), m.group(3), m.group(4)
            else:
                wd, mo, d, y = m.group(1), m.group(2), m.group(3), m.group(4)
            out.append((wd, dmy(d, mo, y), m.span(), m.group(0)))
    return out


def check_weekday_facts(where, s):
    """Each weekday written with a full date must be that date's weekday."""
    for wd, date, _, txt in explicit_dates(s):
        if date is None:
            fail(where, "impossible date %r" % txt)
        elif wd and WEEKDAYS[date.weekday()] != wd:
            fail(where, "%r is a %s" % (txt, WEEKDAYS[date.weekday()]))


def check_date_note(where, note, date, published):
    if not isinstance(note, str) or not note.strip():
        fail(where, "empty date_note")
        return
    check_weekday_facts(where + " date_note", note)
    found = explicit_dates(note)
    named = {wd for wd, d, _, _ in found if wd and d and WEEKDAYS[d.weekday()] == wd}
    covered = set()
    for wd, d, (a, b), _ in found:
        if wd:
            covered.update(range(a, b))
    for m in re.finditer(r"\b(%s)\b" % WEEKDAY_RE, note):
        if m.start() in covered:
            continue
        # a weekday word with no date of its own (e.g. inside a quote) must name a day the
        # note spells out in full elsewhere
        if m.group(1) not in named:
            fail(where, "weekday %r in date_note names no date given in full" % m.group(1))
    for _, d, _, txt in found:
        if d and published and d > published:
            fail(where, "date_note names %r, after publication" % txt)
    if date is not None:
        if not any(d == date for _, d, _, _ in found):
            fail(where, "date %s not spelled out in date_note" % date.isoformat())


def pieces(evidence):
    return evidence.split(" [...] ")


def check_count(where, e, key):
    lo, hi = e.get(key), e.get(key + "_high")
    for k, v in ((key, lo), (key + "_high", hi)):
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            fail(where, "%s must be a non-negative integer or null" % k)
    if hi is not None:
        if lo is None:
            fail(where, "%s_high without %s" % (key, key))
        elif hi < lo:
            fail(where, "%s_high %s < %s %s" % (key, hi, key, lo))
        elif hi == lo:
            fail(where, "%s_high equals %s; leave it null" % (key, key))


def sentence_count(body):
    n = 0
    for para in body.split("\n\n"):
        # a sentence ends at . ! ? (optionally followed by a closing quote) before a space and
        # a capital or an opening quote
        n += len(re.split(r"(?<=[.!?])[\"']?\s+(?=[\"A-Z])", para.strip()))
    return n


def check_report(i, r):
    rid = r["id"]
    want = "b12-%02d" % (i + 1)
    if rid != want:
        fail(rid, "id out of order, expected %s" % want)
    pub = parse_iso(r["published"])
    if pub is None:
        fail(rid, "bad published date %r" % r["published"])
    elif not (2015 <= pub.year <= 2021):
        fail(rid, "published outside 2015-2021")
    host = re.match(r"https://(?:www\.)?([^/]+)/", r["url"] or "")
    if not host or not host.group(1).startswith("example-"):
        fail(rid, "url not on an example- domain: %r" % r["url"])
    text = r["text"]
    if "\r" in text or "\t" in text or "  " in text:
        fail(rid, "stray whitespace in text")
    lines = text.split("\n\n")
    headline, body = lines[0], "\n\n".join(lines[1:])
    if not headline or "\n" in headline or headline.endswith("."):
        fail(rid, "first paragraph must be a one-line headline")
    n = sentence_count(body)
    if not (8 <= n <= 25):
        fail(rid, "%d sentences in the body, want 8-25" % n)
    r["_sentences"] = n
    # dateline
    m = re.match(r"([A-Z][A-Z' .-]+)(?:, [A-Z][A-Za-z ]+)?, (%s) (\d{1,2}) \(([^)]+)\) - " % MONTH_RE, body)
    r["_dateline"] = bool(m)
    if m and pub is not None:
        if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
            fail(rid, "dateline %s %s differs from published %s" % (m.group(2), m.group(3), pub))
    elif not m and re.match(r"[A-Z]{3,}", body):
        fail(rid, "body opens like a dateline but does not parse as one")
    for mm in re.finditer(r"\b(%s) (\d{1,2}) \(" % MONTH_RE, body):
        if m is None or mm.start() != m.start(2):
            fail(rid, "a second dateline-like 'Month D (' in the body")
    check_weekday_facts(rid + " text", text)
    for _, d, _, txt in explicit_dates(text):
        pm = text.find("Published " + txt.split(",")[0])
        if pm >= 0 and pub is not None and d != pub:
            fail(rid, "'Published %s' differs from published %s" % (txt, pub))
    # events
    for j, e in enumerate(r["events"]):
        w = "%s#%d" % (rid, j)
        keys = list(e.keys())
        if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
            fail(w, "keys out of order or missing: %s" % keys)
        for k in keys[len(EVENT_KEYS):]:
            if k not in EXTRA_KEYS:
                fail(w, "unknown key %r" % k)
        if e["type"] not in TYPES:
            fail(w, "type %r not in the schema" % e["type"])
        if e["country"] not in COUNTRIES:
            fail(w, "country %r" % e["country"])
        for k in ("summary", "place", "admin", "actor1", "actor2", "evidence"):
            if not isinstance(e[k], str) or not e[k].strip():
                fail(w, "empty %s" % k)
        if "optional" in e and e["optional"] is not True:
            fail(w, "optional must be true or absent")
        if "arrested" in e and (e["type"] != "arrest" or not isinstance(e["arrested"], int)):
            fail(w, "arrested only as an integer on arrest events")
        if e["type"] == "arrest" and e.get("killed"):
            fail(w, "arrest with a death toll")
        check_count(w, e, "killed")
        check_count(w, e, "wounded")
        date = None
        if e["date"] is not None:
            date = parse_iso(e["date"])
            if date is None:
                fail(w, "bad date %r" % e["date"])
            elif pub is not None and date > pub:
                fail(w, "event date %s after publication %s" % (date, pub))
        elif not e.get("optional") and "not dated" not in e["date_note"] and "no day" not in e["date_note"]:
            fail(w, "undated event that is not optional and whose note does not say why")
        check_date_note(w, e["date_note"], date, pub)
        for p in pieces(e["evidence"]):
            if not p or p not in text:
                fail(w, "evidence not verbatim: %r" % p[:90])
        if e["place"] not in e["evidence"] and not any(t in e["evidence"] for t in re.split(r"[ ,-]+", e["place"]) if len(t) > 3):
            fail(w, "place %r not found in its evidence" % e["place"])
    for j, f in enumerate(r["figures"]):
        w = "%s/fig%d" % (rid, j)
        if list(f.keys())[:4] != ["what", "value", "place", "evidence"] or set(f) - {"what", "value", "place", "evidence", "note"}:
            fail(w, "figure keys %s" % list(f.keys()))
        if f["what"] not in FIGURE_WHAT:
            fail(w, "what %r" % f["what"])
        if not isinstance(f["value"], int) or isinstance(f["value"], bool):
            fail(w, "value must be an integer")
        for p in pieces(f["evidence"]):
            if not p or p not in text:
                fail(w, "evidence not verbatim: %r" % p[:90])


def main():
    if len(REPORTS) != 36:
        fail("set", "%d reports, want 36" % len(REPORTS))
    for i, r in enumerate(REPORTS):
        check_report(i, r)
    if len({r["url"] for r in REPORTS}) != len(REPORTS):
        fail("set", "duplicate url")
    if len({r["text"] for r in REPORTS}) != len(REPORTS):
        fail("set", "duplicate text")
    empty = [r["id"] for r in REPORTS if not r["events"]]
    if not (5 <= len(empty) <= 7):
        fail("set", "%d reports without incidents, want about 6" % len(empty))
    for r in REPORTS:
        if r["events"] and not (1 <= len(r["events"]) <= 4):
            fail(r["id"], "%d events, want 1-4" % len(r["events"]))
    if sum(r["_dateline"] for r in REPORTS) < 30:
        fail("set", "too few datelines")
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e, file=sys.stderr)
        print("%d problems; nothing written" % len(ERRORS), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                 "url": r["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]},
                                ensure_ascii=False) + "\n")
    ev = [e for r in REPORTS for e in r["events"]]
    print("ok: %d reports (%d without incidents), %d events (%d optional), %d figures, "
          "%d-%d sentences a report" % (
              len(REPORTS), len(empty), len(ev), sum(1 for e in ev if e.get("optional")),
              sum(len(r["figures"]) for r in REPORTS),
              min(r["_sentences"] for r in REPORTS), max(r["_sentences"] for r in REPORTS)))
    if "--stats" in sys.argv:
        from collections import Counter
        print("events by country:", dict(Counter(e["country"] for e in ev)))
        print("events by type:", dict(Counter(e["type"] for e in ev)))
        print("non-optional events by country:", dict(Counter(e["country"] for e in ev if not e.get("optional"))))
        print("country x type:", sorted(Counter((e["country"], e["type"]) for e in ev).items()))
        print("figures by what:", dict(Counter(f["what"] for r in REPORTS for f in r["figures"])))
        print("reports by country:", dict(Counter(
            REPORT_COUNTRY[r["id"]] for r in REPORTS)))
        print("reports by year:", dict(Counter(r["published"][:4] for r in REPORTS)))
        for r in REPORTS:
            print(r["id"], r["published"], r["_sentences"], len(r["events"]), len(r["figures"]))


REPORT_COUNTRY = {"b12-%02d" % i: c for c, rng in
                  (("IQ", range(1, 8)), ("SY", range(8, 15)), ("AF", range(15, 21)),
                   ("YE", range(21, 26)), ("SO", range(26, 31)), ("NG", range(31, 37)))
                  for i in rng}

if __name__ == "__main__":
    main()
