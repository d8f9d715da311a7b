#!/usr/bin/env python3
"""probe-blind26: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: the wars against Islamic State and the Taliban, 2014-2020, as daily wire copy, local dailies,
army and police statements, monitors and aid agencies tell them: Iraq (Mosul, Anbar, Salahuddin,
Diyala, Kirkuk), Syria (Raqqa, Deir ez-Zor, Idlib, Aleppo), Afghanistan (Helmand, Kunduz,
Nangarhar, Ghazni, Kabul) and Pakistan (Khyber Pakhtunkhwa, Balochistan). Most reports are
roundups of several incidents in different places and on different days ("Elsewhere, ...",
"In a separate incident, ...", "Meanwhile in ..."), with tolls told in several ways (split by
group, revised, conflicting, the wounded who died later) and the actor named only in a later
sentence, claimed or denied.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, text, events=(), figures=(), country_hint=None):
    r = {"id": id, "published": published, "url": url, "text": text.strip("\n"),
         "events": list(events), "figures": list(figures)}
    if country_hint:
        r["country_hint"] = country_hint  # for the counts of reports without events; not written out
    REPORTS.append(r)


def ev(summary, date, date_note, place, admin, country, type, actor1, actor2,
       killed, killed_high, wounded, wounded_high, evidence, note=None, arrested=None, optional=False):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": type, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
         "evidence": evidence}
    if note is not None:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note is not None:
        f["note"] = note
    return f

# ---------------------------------------------------------------------------
# b26-01 .. b26-09
# ---------------------------------------------------------------------------

report("b26-01", "2016-11-14", "https://www.example-tigriswire.com/iraq/2016/11/14/mosul-karama-car-bombs-gogjali-bashiqa",
"""
Iraqi special forces push into Karama as car bombs slow Mosul advance

ERBIL, November 14 (Tigris Wire) - Iraqi special forces fought their way into the Karama district of eastern Mosul on Sunday, driving Islamic State fighters back street by street after the militants sent at least six car bombs against the advancing columns, officers said.

By late afternoon troops of the Counter-Terrorism Service had raised the Iraqi flag over the district's main mosque and were clearing houses on its northern edge, a CTS colonel told Tigris Wire by telephone. Most of the car bombs, several of them clad in steel plates, were hit by rockets or blew up short of their targets, he said. Two soldiers were killed and 11 were wounded in the fight for Karama, according to a medic at a field clinic in Gogjali.

Gogjali itself, taken by the army two weeks ago, came under fire again on Saturday evening. Three mortar rounds landed near a food distribution point, killing a woman and her two children and wounding four other people, the medic said. Residents blamed Islamic State, which has repeatedly shelled districts soon after losing them.

Elsewhere, Kurdish Peshmerga forces said they had beaten back an attack on their lines near Bashiqa, northeast of Mosul, overnight into Monday. Eight attackers were killed, a Peshmerga statement said, without mentioning losses of its own.

In a separate incident late on Friday, gunmen opened fire on an army checkpoint on the road between Kirkuk and Daquq, killing a soldier and a Popular Mobilization fighter, a police source in Kirkuk said. The attackers escaped toward the Hamrin mountains. Security officials in the province suspect Islamic State sleeper cells, which have stepped up raids since the Mosul offensive began.

The offensive, launched on October 17, involves some 94,000 members of the Iraqi forces, the Peshmerga and paramilitary units, according to figures given by the Joint Operations Command. Military planners estimate that between 3,000 and 5,000 militants are still inside the city. The International Organization for Migration said on Sunday that more than 56,900 people had been displaced from Mosul and surrounding districts since the start of the campaign.
""",
events=[
    ev("Counter-Terrorism Service troops fought their way into Mosul's Karama district, raised the flag over its main mosque and cleared houses; two soldiers were killed and 11 wounded.",
       "2016-11-13", "‘on Sunday’ before the Monday 2016-11-14 dateline: Sunday 2016-11-13",
       "Karama", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       2, None, 11, None,
       "Iraqi special forces fought their way into the Karama district of eastern Mosul on Sunday, driving Islamic State fighters back street by street after the militants sent at least six car bombs against the advancing columns, officers said. [...] By late afternoon troops of the Counter-Terrorism Service had raised the Iraqi flag over the district's main mosque and were clearing houses on its northern edge, a CTS colonel told Tigris Wire by telephone. [...] Two soldiers were killed and 11 were wounded in the fight for Karama, according to a medic at a field clinic in Gogjali.",
       note="the 'special forces' of the first sentence are named as the CTS only in the second paragraph; toll given by a medic, not by the CTS"),
    ev("Islamic State sent at least six car bombs, some armoured with steel plates, against the CTS columns advancing into Karama; most were hit by rockets or blew up short of their targets.",
       "2016-11-13", "‘on Sunday’, during the advance into Karama, before the Monday 2016-11-14 dateline: Sunday 2016-11-13",
       "Karama", "Nineveh", "IQ", "explosion", "Islamic State", "Counter-Terrorism Service",
       None, None, None, None,
       "Iraqi special forces fought their way into the Karama district of eastern Mosul on Sunday, driving Islamic State fighters back street by street after the militants sent at least six car bombs against the advancing columns, officers said. [...] Most of the car bombs, several of them clad in steel plates, were hit by rockets or blew up short of their targets, he said.",
       note="the car bombs are part of the battle for Karama; a coder may or may not list them apart; no toll of their own",
       optional=True),
    ev("Three mortar rounds landed near a food distribution point in Gogjali, killing a woman and her two children and wounding four other people; residents blamed Islamic State.",
       "2016-11-12", "‘on Saturday evening’ before the Monday 2016-11-14 dateline: Saturday 2016-11-12",
       "Gogjali", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       3, None, 4, None,
       "Gogjali itself, taken by the army two weeks ago, came under fire again on Saturday evening. Three mortar rounds landed near a food distribution point, killing a woman and her two children and wounding four other people, the medic said. Residents blamed Islamic State, which has repeatedly shelled districts soon after losing them.",
       note="blamed by residents, not denied; the actor is named only in the last sentence"),
    ev("Peshmerga forces beat back an attack on their lines near Bashiqa; their statement said eight attackers were killed.",
       "2016-11-13", "‘overnight into Monday’ before the Monday 2016-11-14 dateline: the night of Sunday 2016-11-13",
       "Bashiqa", "Nineveh", "IQ", "battle", "Islamic State", "Peshmerga",
       8, None, None, None,
       "Elsewhere, Kurdish Peshmerga forces said they had beaten back an attack on their lines near Bashiqa, northeast of Mosul, overnight into Monday. Eight attackers were killed, a Peshmerga statement said, without mentioning losses of its own.",
       note="the attackers are not named; near Mosul during the offensive they are Islamic State; Peshmerga losses not given, so 8 is the stated total"),
    ev("Gunmen opened fire on an army checkpoint on the Kirkuk-Daquq road, killing a soldier and a Popular Mobilization fighter, and fled toward the Hamrin mountains.",
       "2016-11-11", "‘late on Friday’ before the Monday 2016-11-14 dateline: Friday 2016-11-11",
       "Kirkuk-Daquq road", "Kirkuk", "IQ", "battle", "militants (unidentified)", "Iraqi Security Forces",
       2, None, None, None,
       "In a separate incident late on Friday, gunmen opened fire on an army checkpoint on the road between Kirkuk and Daquq, killing a soldier and a Popular Mobilization fighter, a police source in Kirkuk said. The attackers escaped toward the Hamrin mountains. Security officials in the province suspect Islamic State sleeper cells, which have stepped up raids since the Mosul offensive began.",
       note="2 = 1 soldier + 1 PMF fighter; Islamic State only suspected, so the gunmen are unidentified"),
],
figures=[
    fig("fighters", 94000, "Mosul",
        "The offensive, launched on October 17, involves some 94,000 members of the Iraqi forces, the Peshmerga and paramilitary units",
        note="all forces in the offensive"),
    fig("fighters", 4000, "Mosul",
        "Military planners estimate that between 3,000 and 5,000 militants are still inside the city.",
        note="Islamic State fighters; range 3,000-5,000, value the midpoint"),
    fig("displaced", 56900, "Mosul",
        "The International Organization for Migration said on Sunday that more than 56,900 people had been displaced from Mosul and surrounding districts since the start of the campaign."),
])

report("b26-02", "2016-08-10", "https://www.example-bostnews.com/helmand/2016/08/10/nad-ali-checkpoints-babaji-strikes-gereshk-bomb",
"""
Taliban storm police posts in Nad Ali; family of four killed by roadside bomb near Gereshk

LASHKAR GAH, August 10 (Bost News) - Heavy fighting raged on Tuesday in Nad Ali district, on the western edge of the Helmand capital, after Taliban insurgents attacked a string of police checkpoints before dawn, provincial officials said.

Eleven policemen were killed and nine wounded in the clashes, which lasted until mid-afternoon, the provincial police chief's office said in a statement. It said at least 23 insurgents died. A Taliban spokesman claimed on Twitter that 40 policemen had been killed and five checkpoints captured, a claim the police called "baseless propaganda".

On Monday night, US aircraft carried out two strikes on insurgent positions in the Babaji area north of the city, a spokesman for the army's 215th Maiwand Corps said. The Ministry of Defence in Kabul put the number of Taliban killed at 18. Residents of Babaji who brought bodies to Lashkar Gah on Tuesday told Bost News that the strikes had hit a family compound and that the 11 people who died there were all civilians. A spokesman for the NATO-led mission said it was looking into the reports.

In Gereshk district, a roadside bomb tore through a rickshaw carrying a family to a wedding on Monday morning. A man, his wife and their two daughters were killed and a boy was wounded, the district police chief said. He blamed the Taliban, who have mined the roads leading to government-held areas. The insurgents made no comment.

Since late July the Taliban have pushed to within a few kilometres of Lashkar Gah, and officials say more than 4,800 families have fled into the city from Nad Ali, Marjah and Nawa districts. The provincial council says the insurgents control or contest 10 of Helmand's 14 districts. British and American troops fought for years to hold the province before most foreign combat forces left at the end of 2014.
""",
events=[
    ev("Taliban insurgents attacked a string of police checkpoints in Nad Ali before dawn; 11 policemen and at least 23 insurgents were killed and nine police wounded.",
       "2016-08-09", "‘on Tuesday’, attack ‘before dawn’, before the Wednesday 2016-08-10 dateline: Tuesday 2016-08-09",
       "Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       34, None, 9, None,
       "Heavy fighting raged on Tuesday in Nad Ali district, on the western edge of the Helmand capital, after Taliban insurgents attacked a string of police checkpoints before dawn, provincial officials said. [...] Eleven policemen were killed and nine wounded in the clashes, which lasted until mid-afternoon, the provincial police chief's office said in a statement. It said at least 23 insurgents died.",
       note="34 = 11 police + 23 insurgents (police count); the Taliban's claimed 40 police dead and five captured checkpoints are not used"),
    ev("US aircraft carried out two strikes in Babaji; the defence ministry said 18 Taliban were killed, residents said the 11 dead in a hit family compound were all civilians.",
       "2016-08-08", "‘On Monday night’ before the Wednesday 2016-08-10 dateline: Monday 2016-08-08",
       "Babaji", "Helmand", "AF", "explosion", "US forces", "Taliban",
       11, 18, None, None,
       "On Monday night, US aircraft carried out two strikes on insurgent positions in the Babaji area north of the city, a spokesman for the army's 215th Maiwand Corps said. The Ministry of Defence in Kabul put the number of Taliban killed at 18. Residents of Babaji who brought bodies to Lashkar Gah on Tuesday told Bost News that the strikes had hit a family compound and that the 11 people who died there were all civilians.",
       note="conflicting accounts of the same strikes: 11 (residents, all civilians) and 18 (ministry, all Taliban); actor2 as the ministry reports, the victims are disputed"),
    ev("A roadside bomb tore through a rickshaw carrying a family to a wedding in Gereshk district, killing a man, his wife and two daughters and wounding a boy; police blamed the Taliban.",
       "2016-08-08", "‘on Monday morning’ before the Wednesday 2016-08-10 dateline: Monday 2016-08-08",
       "Gereshk", "Helmand", "AF", "explosion", "Taliban", "civilians",
       4, None, 1, None,
       "In Gereshk district, a roadside bomb tore through a rickshaw carrying a family to a wedding on Monday morning. A man, his wife and their two daughters were killed and a boy was wounded, the district police chief said. He blamed the Taliban, who have mined the roads leading to government-held areas. The insurgents made no comment.",
       note="blamed by the police; the Taliban made no comment, which is not a denial"),
],
figures=[
    fig("displaced", 4800, "Lashkar Gah",
        "officials say more than 4,800 families have fled into the city from Nad Ali, Marjah and Nawa districts",
        note="families, not people; since late July"),
    fig("other", 10, "Helmand",
        "The provincial council says the insurgents control or contest 10 of Helmand's 14 districts.",
        note="districts controlled or contested by the Taliban"),
])

report("b26-03", "2017-07-18", "https://www.example-levantdesk.com/syria/2017/07/18/raqqa-yarmouk-sdf-badu-strikes-joura",
"""
SDF says Raqqa's Yarmouk district taken; monitors report civilian deaths in air strikes

BEIRUT, July 18 (Levant Desk) - The US-backed Syrian Democratic Forces said on Monday that their fighters had seized the Yarmouk district on the south-western edge of Raqqa a day earlier, after five days of house-to-house fighting with Islamic State.

Nine SDF fighters died in the final push on Sunday, a field commander told Levant Desk, without giving a figure for the militants. The alliance, in which the Kurdish YPG militia is the main force, now holds about 40 percent of the city by its own count.

Air strikes by the US-led coalition killed 18 civilians, six of them children, in the al-Badu district late on Saturday, the Raqqa Civil Documentation Network said. A group of activists who report from inside the city put the toll at 27. A coalition spokesman said every report of civilian casualties was assessed and that the coalition "takes extraordinary measures" to avoid them.

Meanwhile, Islamic State snipers shot dead four people, among them a teenage girl, as they tried to cross from the old city toward SDF lines in the Meshleb district on Monday, a relative of one of the victims said by telephone.

In Deir ez-Zor, where government troops and tens of thousands of civilians have been besieged by Islamic State since early 2015, shells fired by the militants hit the government-held Joura district on Sunday, killing three people and wounding 12, state television said.

The United Nations estimates that as many as 33,000 civilians remain trapped inside Raqqa. More than 190,000 people have fled the province since April, according to the UN's humanitarian office, and many of them now live in crowded camps at Ain Issa and Mabrouka.
""",
events=[
    ev("The Syrian Democratic Forces seized Raqqa's Yarmouk district after five days of house-to-house fighting; nine SDF fighters died in the final push.",
       "2017-07-16", "said ‘on Monday’ that the district was seized ‘a day earlier’; ‘the final push on Sunday’; Monday 2017-07-17 minus one: Sunday 2017-07-16",
       "Yarmouk district", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       9, None, None, None,
       "The US-backed Syrian Democratic Forces said on Monday that their fighters had seized the Yarmouk district on the south-western edge of Raqqa a day earlier, after five days of house-to-house fighting with Islamic State. [...] Nine SDF fighters died in the final push on Sunday, a field commander told Levant Desk, without giving a figure for the militants.",
       note="only SDF dead given"),
    ev("Coalition air strikes hit the al-Badu district of Raqqa; a documentation network said 18 civilians, six of them children, were killed, activists inside the city said 27.",
       "2017-07-15", "‘late on Saturday’ before the Tuesday 2017-07-18 dateline: Saturday 2017-07-15",
       "al-Badu district", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
       18, 27, None, None,
       "Air strikes by the US-led coalition killed 18 civilians, six of them children, in the al-Badu district late on Saturday, the Raqqa Civil Documentation Network said. A group of activists who report from inside the city put the toll at 27.",
       note="conflicting tolls: 18 (documentation network) and 27 (activists)"),
    ev("Islamic State snipers shot dead four people, among them a teenage girl, as they tried to cross from the old city toward SDF lines in Meshleb.",
       "2017-07-17", "‘on Monday’ before the Tuesday 2017-07-18 dateline: Monday 2017-07-17",
       "Meshleb district", "Raqqa", "SY", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "Meanwhile, Islamic State snipers shot dead four people, among them a teenage girl, as they tried to cross from the old city toward SDF lines in the Meshleb district on Monday, a relative of one of the victims said by telephone."),
    ev("Islamic State shells hit the government-held Joura district of besieged Deir ez-Zor, killing three people and wounding 12, state television said.",
       "2017-07-16", "‘on Sunday’ before the Tuesday 2017-07-18 dateline: Sunday 2017-07-16",
       "Joura", "Deir ez-Zor", "SY", "explosion", "Islamic State", "civilians",
       3, None, 12, None,
       "In Deir ez-Zor, where government troops and tens of thousands of civilians have been besieged by Islamic State since early 2015, shells fired by the militants hit the government-held Joura district on Sunday, killing three people and wounding 12, state television said."),
],
figures=[
    fig("civilians_trapped", 33000, "Raqqa",
        "The United Nations estimates that as many as 33,000 civilians remain trapped inside Raqqa."),
    fig("displaced", 190000, "Raqqa province",
        "More than 190,000 people have fled the province since April, according to the UN's humanitarian office"),
])

report("b26-04", "2015-02-17", "https://www.example-khyberdispatch.com/fata/2015/02/17/tirah-air-strikes-mamund-ied-ring-road-picket",
"""
27 terrorists killed as jets pound Tirah hideouts: ISPR

PESHAWAR, February 17 (Khyber Dispatch) - At least 27 terrorists were killed and nine of their hideouts destroyed when jet fighters struck militant positions in the Tirah valley of Khyber Agency on Monday, the Inter-Services Public Relations said.

Those killed included foreign fighters and two commanders of the Lashkar-e-Islam, the military's media wing said in a brief statement. The figures could not be verified independently, as journalists have no access to the valley.

Separately, two soldiers of the Frontier Corps embraced shahadat and three others were injured when their vehicle was hit by a remote-controlled improvised explosive device in Bajaur Agency's Mamund tehsil on Sunday. Jamaat-ul-Ahrar, a breakaway faction of the Tehreek-e-Taliban Pakistan, claimed responsibility in an email sent to journalists on Monday.

In Peshawar, a policeman was martyred and a passer-by was injured when unidentified motorcyclists opened fire on a police picket on Ring Road late on Saturday night. The attackers fled under cover of darkness, police said.

Meanwhile, police and personnel of the Counter-Terrorism Department arrested 19 suspects during a search and strike operation in the Pishtakhara and Sheikh Muhammadi areas of the provincial capital on Monday. Two Kalashnikovs, a pistol and 400 rounds were seized, an official said.

The military launched Operation Khyber-I in the agency in October, alongside Operation Zarb-e-Azb in North Waziristan, and security across the province has been tightened since the December attack on the Army Public School in Peshawar. The military says more than 2,100 militants have been killed in the two operations. The FATA Disaster Management Authority says 71,600 families have been registered as displaced from Khyber Agency alone.
""",
events=[
    ev("Jet fighters struck militant positions in the Tirah valley; the ISPR said at least 27 terrorists, including foreign fighters and two Lashkar-e-Islam commanders, were killed.",
       "2015-02-16", "‘on Monday’ before the Tuesday 2015-02-17 dateline: Monday 2015-02-16",
       "Tirah valley", "Khyber Pakhtunkhwa", "PK", "explosion", "Pakistani security forces", "Lashkar-e-Islam",
       27, None, None, None,
       "At least 27 terrorists were killed and nine of their hideouts destroyed when jet fighters struck militant positions in the Tirah valley of Khyber Agency on Monday, the Inter-Services Public Relations said. [...] Those killed included foreign fighters and two commanders of the Lashkar-e-Islam, the military's media wing said in a brief statement.",
       note="official military count, not independently verified; the group is named only in the second paragraph"),
    ev("A remote-controlled IED hit a Frontier Corps vehicle in Mamund tehsil, Bajaur, killing two soldiers and injuring three; Jamaat-ul-Ahrar claimed it.",
       "2015-02-15", "‘on Sunday’ before the Tuesday 2015-02-17 dateline (claim ‘on Monday’): Sunday 2015-02-15",
       "Mamund", "Khyber Pakhtunkhwa", "PK", "explosion", "Jamaat-ul-Ahrar", "Pakistani security forces",
       2, None, 3, None,
       "Separately, two soldiers of the Frontier Corps embraced shahadat and three others were injured when their vehicle was hit by a remote-controlled improvised explosive device in Bajaur Agency's Mamund tehsil on Sunday. Jamaat-ul-Ahrar, a breakaway faction of the Tehreek-e-Taliban Pakistan, claimed responsibility in an email sent to journalists on Monday.",
       note="'embraced shahadat' = killed"),
    ev("Unidentified motorcyclists opened fire on a police picket on Ring Road, Peshawar, killing a policeman and injuring a passer-by.",
       "2015-02-14", "‘late on Saturday night’ before the Tuesday 2015-02-17 dateline: Saturday 2015-02-14",
       "Ring Road, Peshawar", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       1, None, 1, None,
       "In Peshawar, a policeman was martyred and a passer-by was injured when unidentified motorcyclists opened fire on a police picket on Ring Road late on Saturday night."),
    ev("Police and CTD personnel arrested 19 suspects in a search operation in Pishtakhara and Sheikh Muhammadi, Peshawar, and seized weapons.",
       "2015-02-16", "‘on Monday’ before the Tuesday 2015-02-17 dateline: Monday 2015-02-16",
       "Pishtakhara and Sheikh Muhammadi, Peshawar", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "unknown",
       None, None, None, None,
       "Meanwhile, police and personnel of the Counter-Terrorism Department arrested 19 suspects during a search and strike operation in the Pishtakhara and Sheikh Muhammadi areas of the provincial capital on Monday.",
       note="one combined count for both areas, kept as one event", arrested=19),
],
figures=[
    fig("killed", 2100, "Khyber Agency and North Waziristan",
        "The military says more than 2,100 militants have been killed in the two operations.",
        note="militants, Khyber-I and Zarb-e-Azb together"),
    fig("displaced", 71600, "Khyber Agency",
        "The FATA Disaster Management Authority says 71,600 families have been registered as displaced from Khyber Agency alone.",
        note="families, not people"),
])

report("b26-05", "2015-09-22", "https://www.example-mesopotamiapress.com/anbar/2015/09/22/haqlaniya-suicide-humvees-fallujah-jolan-shelling",
"""
Suicide bombers hit troops near Haditha; Fallujah hospital blames army shelling for deaths

BAGHDAD, September 22 (Mesopotamia Press) - Three suicide bombers driving armoured Humvees packed with explosives struck positions held by the army and Sunni tribal fighters near Haqlaniya, on the outskirts of Haditha, on Sunday morning, an officer in the Jazeera Operations Command said.

Gunmen who followed the bombers were driven off after a two-hour firefight. Eight soldiers and four tribal fighters were killed along with the three bombers, and 15 were wounded, the officer said, adding that "dozens" of attackers had died in the fighting. Islamic State claimed the attack through its Amaq agency, calling it a raid on "apostate" positions.

In Fallujah, held by Islamic State since January 2014, the city's main hospital said six civilians, including three children, were killed and nine wounded when shells hit houses in the Jolan district on Monday afternoon. A doctor at the hospital blamed army artillery. A spokesman for the Joint Operations Command denied that troops had fired at residential areas and said the militants had shelled the district themselves to turn residents against the security forces.

Elsewhere, police said they had found the bodies of four men, shot in the head, in a date grove near Amiriyat al-Fallujah on Saturday. A police officer said the men were shepherds who had been abducted by Islamic State gunmen some days before.

Meanwhile in Ramadi, which fell to the militants in May, troops backed by coalition aircraft repelled an attack on the headquarters of the Anbar Operations Command on Monday night, killing 17 militants, a statement by the command said. Two soldiers were wounded.

About 9,000 troops, police and tribal fighters are now massed around Ramadi, according to the provincial council, and the defence ministry says the city will be retaken "within weeks". More than 76,400 people have fled Ramadi and nearby areas since April, the International Organization for Migration said.
""",
events=[
    ev("Three suicide bombers in armoured Humvees struck army and tribal fighters' positions near Haqlaniya, followed by gunmen; eight soldiers, four tribal fighters and the three bombers were killed and 15 wounded. Islamic State claimed it.",
       "2015-09-20", "‘on Sunday morning’ before the Tuesday 2015-09-22 dateline: Sunday 2015-09-20",
       "Haqlaniya", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       15, None, 15, None,
       "Three suicide bombers driving armoured Humvees packed with explosives struck positions held by the army and Sunni tribal fighters near Haqlaniya, on the outskirts of Haditha, on Sunday morning, an officer in the Jazeera Operations Command said. [...] Eight soldiers and four tribal fighters were killed along with the three bombers, and 15 were wounded, the officer said, adding that \"dozens\" of attackers had died in the fighting. Islamic State claimed the attack through its Amaq agency, calling it a raid on \"apostate\" positions.",
       note="15 = 8 soldiers + 4 tribal fighters + 3 bombers; 'dozens' of other attackers give no number; complex attack opening with suicide vehicles, so explosion; tribal fighters fight beside the army"),
    ev("Shells hit houses in Fallujah's Jolan district, killing six civilians including three children and wounding nine; the hospital blamed army artillery, the army denied it and blamed the militants.",
       "2015-09-21", "‘on Monday afternoon’ before the Tuesday 2015-09-22 dateline: Monday 2015-09-21",
       "Jolan", "Anbar", "IQ", "explosion", "unknown", "civilians",
       6, None, 9, None,
       "In Fallujah, held by Islamic State since January 2014, the city's main hospital said six civilians, including three children, were killed and nine wounded when shells hit houses in the Jolan district on Monday afternoon. A doctor at the hospital blamed army artillery. A spokesman for the Joint Operations Command denied that troops had fired at residential areas and said the militants had shelled the district themselves to turn residents against the security forces.",
       note="blamed on the army by the hospital, denied by the army, which blames Islamic State: unknown"),
    ev("Police found the bodies of four shepherds, shot in the head, in a date grove near Amiriyat al-Fallujah; they had been abducted by Islamic State gunmen some days before.",
       None, "bodies found ‘on Saturday’ (Saturday 2015-09-19); abducted ‘some days before’, the day of the killing is not known",
       "Amiriyat al-Fallujah", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       4, None, None, None,
       "Elsewhere, police said they had found the bodies of four men, shot in the head, in a date grove near Amiriyat al-Fallujah on Saturday. A police officer said the men were shepherds who had been abducted by Islamic State gunmen some days before.",
       note="bodies found, day of the killing unknown", optional=True),
    ev("Troops backed by coalition aircraft repelled an attack on the Anbar Operations Command headquarters at Ramadi, killing 17 militants; two soldiers were wounded.",
       "2015-09-21", "‘on Monday night’ before the Tuesday 2015-09-22 dateline: Monday 2015-09-21",
       "Anbar Operations Command", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       17, None, 2, None,
       "Meanwhile in Ramadi, which fell to the militants in May, troops backed by coalition aircraft repelled an attack on the headquarters of the Anbar Operations Command on Monday night, killing 17 militants, a statement by the command said. Two soldiers were wounded.",
       note="the attackers are 'the militants' who hold Ramadi, i.e. Islamic State; official count"),
],
figures=[
    fig("fighters", 9000, "Ramadi",
        "About 9,000 troops, police and tribal fighters are now massed around Ramadi, according to the provincial council"),
    fig("displaced", 76400, "Ramadi",
        "More than 76,400 people have fled Ramadi and nearby areas since April, the International Organization for Migration said."),
])

report("b26-06", "2016-10-06", "https://www.example-afghaneye.com/kunduz/2016/10/06/chahar-dara-retaken-kunduz-fighting-imam-sahib-abduction",
"""
Commandos retake Chahar Dara as Kunduz fighting enters fourth day

KUNDUZ, October 6 (Afghan Eye) - Afghan special forces, backed by US air support, recaptured the centre of Chahar Dara district, west of Kunduz city, on Wednesday, two days after it was overrun by the Taliban, a defence ministry spokesman said.

Twenty-two insurgents were killed in the operation and four commandos were wounded, the spokesman said. Police in Chahar Dara said six of their men had died when the district centre fell late on Monday, and that several others were missing.

In Kunduz city itself, which the Taliban attacked from four directions before dawn on Monday, security forces were still fighting insurgents holed up in houses in the Sehdarak and Bandar-e-Imam Sahib areas on Thursday, residents said. Shops and government offices have been closed since the attack, and residents said food was running short.

The provincial health department said at least 14 civilians had been killed and about 170 wounded in the city since Monday, most of them by stray bullets and mortar rounds.

In a separate incident, Taliban gunmen stopped a vehicle belonging to a road construction company in Imam Sahib district on Tuesday and took away five engineers and their driver, the district governor said. The Taliban have not commented on the abduction.

The insurgents briefly captured Kunduz a year ago, their biggest victory since 2001, and have since tightened their grip on the districts around it. About 3,000 Afghan troops and police are deployed in and around the city, according to the provincial governor's office. The UN said some 24,700 people had fled the city to Taloqan and Kabul since the start of the week.
""",
events=[
    ev("Afghan special forces with US air support recaptured the Chahar Dara district centre; 22 insurgents were killed and four commandos wounded.",
       "2016-10-05", "‘on Wednesday’ before the Thursday 2016-10-06 dateline: Wednesday 2016-10-05",
       "Chahar Dara", "Kunduz", "AF", "territory_gain", "Afghan security forces", "Taliban",
       22, None, 4, None,
       "Afghan special forces, backed by US air support, recaptured the centre of Chahar Dara district, west of Kunduz city, on Wednesday, two days after it was overrun by the Taliban, a defence ministry spokesman said. [...] Twenty-two insurgents were killed in the operation and four commandos were wounded, the spokesman said.",
       note="official count"),
    ev("The Taliban overran the Chahar Dara district centre; police said six of their men died and several were missing.",
       "2016-10-03", "fell ‘late on Monday’, ‘two days’ before the Wednesday 2016-10-05 recapture, before the Thursday 2016-10-06 dateline: Monday 2016-10-03",
       "Chahar Dara", "Kunduz", "AF", "territory_gain", "Taliban", "Afghan security forces",
       6, None, None, None,
       "Afghan special forces, backed by US air support, recaptured the centre of Chahar Dara district, west of Kunduz city, on Wednesday, two days after it was overrun by the Taliban, a defence ministry spokesman said. [...] Police in Chahar Dara said six of their men had died when the district centre fell late on Monday, and that several others were missing."),
    ev("The Taliban attacked Kunduz city from four directions before dawn; fighting went on in the Sehdarak and Bandar-e-Imam Sahib areas into Thursday.",
       "2016-10-03", "‘before dawn on Monday’ before the Thursday 2016-10-06 dateline: Monday 2016-10-03",
       "Kunduz city", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       None, None, None, None,
       "In Kunduz city itself, which the Taliban attacked from four directions before dawn on Monday, security forces were still fighting insurgents holed up in houses in the Sehdarak and Bandar-e-Imam Sahib areas on Thursday, residents said.",
       note="no toll for the assault itself; the civilian toll in the city 'since Monday' is a multi-day figure"),
    ev("Taliban gunmen stopped a road construction company's vehicle in Imam Sahib district and took away five engineers and their driver.",
       "2016-10-04", "‘on Tuesday’ before the Thursday 2016-10-06 dateline: Tuesday 2016-10-04",
       "Imam Sahib", "Kunduz", "AF", "other", "Taliban", "civilians",
       None, None, None, None,
       "In a separate incident, Taliban gunmen stopped a vehicle belonging to a road construction company in Imam Sahib district on Tuesday and took away five engineers and their driver, the district governor said. The Taliban have not commented on the abduction.",
       note="abduction of six people; named as Taliban by the district governor, not denied"),
],
figures=[
    fig("killed", 14, "Kunduz city",
        "The provincial health department said at least 14 civilians had been killed and about 170 wounded in the city since Monday",
        note="civilians, since Monday"),
    fig("wounded", 170, "Kunduz city",
        "The provincial health department said at least 14 civilians had been killed and about 170 wounded in the city since Monday",
        note="civilians, since Monday"),
    fig("fighters", 3000, "Kunduz",
        "About 3,000 Afghan troops and police are deployed in and around the city, according to the provincial governor's office."),
    fig("displaced", 24700, "Kunduz city",
        "The UN said some 24,700 people had fled the city to Taloqan and Kabul since the start of the week."),
])

report("b26-07", "2019-01-04", "https://www.example-neareastwire.com/syria/2019/01/04/hts-darat-izza-zenki-atarib-protest",
"""
HTS seizes Zenki stronghold west of Aleppo as rebel infighting spreads

BEIRUT, January 4 (Near East Wire) - Hayat Tahrir al-Sham, the jihadist alliance led by Syria's former al-Qaeda affiliate, took control of Darat Izza, the main stronghold of the rival Nour al-Din al-Zenki movement in the western Aleppo countryside, on Thursday after Zenki fighters pulled out toward the Afrin region, activists said.

The fighting broke out on Tuesday when HTS units attacked Zenki positions around the village of Taqad. Eleven fighters were killed on the first day, a medic in the area said. A monitoring group said on Friday that at least 43 fighters from both sides and five civilians had died since the start of the clashes.

On Thursday, several hundred people protested in the town of Atarib against the HTS offensive, chanting against the group's leader. Witnesses said HTS gunmen fired into the air to break up the rally; no one was reported hurt.

In Idlib province, two men on a motorcycle shot dead a member of the local council in Maarat al-Numan on Wednesday evening. No group claimed the killing.

Meanwhile, shells hit the town of Khan Sheikhoun in southern Idlib on Thursday, killing a woman and wounding three of her children, the civil defence said. Rescuers said the rounds had been fired from army positions near Morek, in the northern Hama countryside.

The infighting threatens a Russian-Turkish deal reached in September that set up a demilitarised buffer zone around Idlib, where more than 2.5 million people live, many of them displaced from other parts of Syria. HTS is believed to have about 12,000 fighters in the region, according to Western estimates.
""",
events=[
    ev("Hayat Tahrir al-Sham took Darat Izza, the main stronghold of Nour al-Din al-Zenki in western Aleppo countryside, after Zenki fighters pulled out toward Afrin.",
       "2019-01-03", "‘on Thursday’ before the Friday 2019-01-04 dateline: Thursday 2019-01-03",
       "Darat Izza", "Aleppo", "SY", "territory_gain", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
       None, None, None, None,
       "Hayat Tahrir al-Sham, the jihadist alliance led by Syria's former al-Qaeda affiliate, took control of Darat Izza, the main stronghold of the rival Nour al-Din al-Zenki movement in the western Aleppo countryside, on Thursday after Zenki fighters pulled out toward the Afrin region, activists said."),
    ev("HTS units attacked Zenki positions around Taqad, opening the infighting; eleven fighters were killed on the first day.",
       "2019-01-01", "‘on Tuesday’, ‘the first day’, before the Friday 2019-01-04 dateline: Tuesday 2019-01-01",
       "Taqad", "Aleppo", "SY", "battle", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
       11, None, None, None,
       "The fighting broke out on Tuesday when HTS units attacked Zenki positions around the village of Taqad. Eleven fighters were killed on the first day, a medic in the area said.",
       note="the monitor's 43 fighters and 5 civilians 'since the start of the clashes' is a multi-day figure"),
    ev("Several hundred people protested in Atarib against the HTS offensive; HTS gunmen fired into the air to break up the rally, no one was reported hurt.",
       "2019-01-03", "‘On Thursday’ before the Friday 2019-01-04 dateline: Thursday 2019-01-03",
       "Atarib", "Aleppo", "SY", "other", "protesters", "Hayat Tahrir al-Sham",
       0, None, 0, None,
       "On Thursday, several hundred people protested in the town of Atarib against the HTS offensive, chanting against the group's leader. Witnesses said HTS gunmen fired into the air to break up the rally; no one was reported hurt.",
       note="ACLED Protests: protest with intervention"),
    ev("Two men on a motorcycle shot dead a member of the local council in Maarat al-Numan.",
       "2019-01-02", "‘on Wednesday evening’ before the Friday 2019-01-04 dateline: Wednesday 2019-01-02",
       "Maarat al-Numan", "Idlib", "SY", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "In Idlib province, two men on a motorcycle shot dead a member of the local council in Maarat al-Numan on Wednesday evening. No group claimed the killing.",
       note="assassination of a local official (other, as in news-wide); killers not identified"),
    ev("Shells fired from army positions near Morek hit Khan Sheikhoun, killing a woman and wounding three of her children.",
       "2019-01-03", "‘on Thursday’ before the Friday 2019-01-04 dateline: Thursday 2019-01-03",
       "Khan Sheikhoun", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       1, None, 3, None,
       "Meanwhile, shells hit the town of Khan Sheikhoun in southern Idlib on Thursday, killing a woman and wounding three of her children, the civil defence said. Rescuers said the rounds had been fired from army positions near Morek, in the northern Hama countryside.",
       note="the army is named only in the second sentence, by rescuers; not denied"),
],
figures=[
    fig("killed", 48, "western Aleppo countryside",
        "A monitoring group said on Friday that at least 43 fighters from both sides and five civilians had died since the start of the clashes.",
        note="48 = 43 fighters + 5 civilians since Tuesday"),
    fig("other", 2500000, "Idlib",
        "a demilitarised buffer zone around Idlib, where more than 2.5 million people live",
        note="population of the Idlib region"),
    fig("fighters", 12000, "Idlib",
        "HTS is believed to have about 12,000 fighters in the region, according to Western estimates."),
])

report("b26-08", "2017-12-12", "https://www.example-mesopotamiapress.com/iraq/2017/12/12/after-victory-displaced-returns-reconstruction",
"""
Iraq counts the cost as war on Islamic State is declared over

BAGHDAD, December 12 (Mesopotamia Press) - Three days after the government declared that the last territory held by Islamic State in Iraq had been retaken, officials and aid agencies are turning to the cost of a war that uprooted millions and left whole city centres in ruins.

The International Organization for Migration says about 2.64 million Iraqis are still displaced, many of them in camps in Nineveh, Anbar and the Kurdistan Region. More than 3.1 million have gone back to their home districts since 2015, but aid workers say returns have slowed as families find houses destroyed, services absent and neighbours suspicious of anyone linked to the militants.

In Mosul, where the battle ended in July after nearly nine months, the city council estimates that about 38,000 houses were destroyed or badly damaged. Clearance teams have removed more than 19,000 explosive devices from Ramadi alone since the city was retaken, according to the United Nations mine action service.

The Popular Mobilization Forces, the mostly Shia paramilitary umbrella formed in 2014, now have about 118,000 men on the government payroll, and their future is one of the first questions facing Baghdad. Sunni politicians want the units withdrawn from the cities of the north and west.

Iraq has never published a full count of its military dead, and officials say it will not do so before the elections due next year. Military commanders warn that Islamic State cells in the desert of western Anbar, the Hamrin mountains and the valleys south of Kirkuk could return to guerrilla tactics, and that intelligence work, not another offensive, will decide whether they do.
""",
country_hint="IQ",
figures=[
    fig("displaced", 2640000, "Iraq",
        "The International Organization for Migration says about 2.64 million Iraqis are still displaced"),
    fig("returned", 3100000, "Iraq",
        "More than 3.1 million have gone back to their home districts since 2015"),
    fig("other", 38000, "Mosul",
        "the city council estimates that about 38,000 houses were destroyed or badly damaged",
        note="houses destroyed or badly damaged"),
    fig("other", 19000, "Ramadi",
        "Clearance teams have removed more than 19,000 explosive devices from Ramadi alone since the city was retaken",
        note="explosive devices removed"),
    fig("fighters", 118000, "Iraq",
        "The Popular Mobilization Forces, the mostly Shia paramilitary umbrella formed in 2014, now have about 118,000 men on the government payroll",
        note="PMF strength"),
])

report("b26-09", "2017-05-16", "https://www.example-bolanchronicle.com/quetta/2017/05/16/sariab-road-policemen-shot-tump-levies-mastung-ctd",
"""
Four policemen shot dead on Quetta's Sariab Road; IS claims attack

QUETTA, May 16 (Bolan Chronicle) - Four policemen were shot dead when gunmen riding motorcycles opened fire on their patrol vehicle on Sariab Road on Monday evening, police said.

The attackers fled after the shooting, which took place near a busy vegetable market, and the bodies were shifted to the Civil Hospital. The Islamic State group claimed responsibility through its Amaq news agency late on Monday. A senior police officer said investigators were also looking at the banned Lashkar-e-Jhangvi, which has carried out similar attacks in the city.

In Kech district, a Levies sepoy was killed and two others were injured when a roadside bomb went off near their vehicle in Tump tehsil on Sunday. The banned Baloch Liberation Front claimed the attack in a statement to local newspapers.

Separately, personnel of the Counter-Terrorism Department arrested three suspected militants affiliated with Daesh in a raid in Mastung on Saturday night and recovered explosives, a suicide jacket and detonators, a CTD spokesman said. He said the suspects had been planning attacks on police in Quetta.

Balochistan faces both a separatist insurgency and sectarian and jihadist groups, and police in the provincial capital have been a frequent target. According to the provincial home department, at least 218 police and Levies personnel have been killed in attacks across the province since January 2014, and more than 1,300 suspects have been arrested under the National Action Plan.

The provincial government announced compensation of Rs1 million for the family of each martyred policeman and said security would be stepped up on Sariab Road and the Western Bypass.
""",
events=[
    ev("Gunmen on motorcycles opened fire on a police patrol vehicle on Sariab Road, Quetta, killing four policemen; Islamic State claimed it through Amaq.",
       "2017-05-15", "‘on Monday evening’ before the Tuesday 2017-05-16 dateline: Monday 2017-05-15",
       "Sariab Road, Quetta", "Balochistan", "PK", "battle", "Islamic State", "Pakistani security forces",
       4, None, None, None,
       "Four policemen were shot dead when gunmen riding motorcycles opened fire on their patrol vehicle on Sariab Road on Monday evening, police said. [...] The Islamic State group claimed responsibility through its Amaq news agency late on Monday. A senior police officer said investigators were also looking at the banned Lashkar-e-Jhangvi, which has carried out similar attacks in the city.",
       note="claimed by Islamic State, so named as actor1; police also look at Lashkar-e-Jhangvi"),
    ev("A roadside bomb went off near a Levies vehicle in Tump tehsil, Kech, killing a sepoy and injuring two; the Baloch Liberation Front claimed it.",
       "2017-05-14", "‘on Sunday’ before the Tuesday 2017-05-16 dateline: Sunday 2017-05-14",
       "Tump", "Balochistan", "PK", "explosion", "Balochistan Liberation Front", "Pakistani security forces",
       1, None, 2, None,
       "In Kech district, a Levies sepoy was killed and two others were injured when a roadside bomb went off near their vehicle in Tump tehsil on Sunday. The banned Baloch Liberation Front claimed the attack in a statement to local newspapers."),
    ev("CTD personnel arrested three suspected Daesh militants in a raid in Mastung and recovered explosives, a suicide jacket and detonators.",
       "2017-05-13", "‘on Saturday night’ before the Tuesday 2017-05-16 dateline: Saturday 2017-05-13",
       "Mastung", "Balochistan", "PK", "arrest", "Pakistani security forces", "Islamic State",
       None, None, None, None,
       "Separately, personnel of the Counter-Terrorism Department arrested three suspected militants affiliated with Daesh in a raid in Mastung on Saturday night and recovered explosives, a suicide jacket and detonators, a CTD spokesman said.",
       arrested=3),
],
figures=[
    fig("killed", 218, "Balochistan",
        "at least 218 police and Levies personnel have been killed in attacks across the province since January 2014",
        note="police and Levies, since January 2014"),
    fig("arrested", 1300, "Balochistan",
        "more than 1,300 suspects have been arrested under the National Action Plan"),
])
# ---------------------------------------------------------------------------
# b26-10 .. b26-18
# ---------------------------------------------------------------------------

report("b26-10", "2018-07-24", "https://www.example-nangarhartoday.com/2018/07/24/khogyani-taliban-daesh-clash-jalalabad-motorcycle-bomb",
"""
Taliban and Daesh fighters clash in Khogyani; toll in Jalalabad bombing rises to three

JALALABAD, July 24 (Nangarhar Today) - Heavy fighting broke out between Taliban and Daesh militants in the Wazir Tangi area of Khogyani district on Sunday and went on into Monday, leaving 17 fighters from both sides dead, the district governor said.

Each group claimed on social media to have killed dozens of the other's men. Residents said more than 300 families had left their villages for Jalalabad and neighbouring districts since the fighting began.

In Jalalabad city, a bomb attached to a motorcycle exploded near the provincial education department on Monday morning, killing two employees and wounding five passers-by, the governor's office said. One of the wounded died in hospital overnight, raising the death toll to three, a health official said on Tuesday. No group has claimed the blast.

Meanwhile, foreign forces carried out a drone strike in the Pekha valley of Achin district on Saturday, killing nine Daesh militants, including a local commander, the provincial police spokesman said. A spokesman for the NATO-led Resolute Support mission confirmed that US forces had conducted a strike in the area but gave no figures.

In a separate incident, Afghan special forces raided a Taliban prison in Sherzad district on Sunday night and freed 14 people, among them six soldiers and two policemen, the National Directorate of Security said. Three Taliban guards were killed in the raid.

Daesh fighters first appeared in Nangarhar in 2015 and have held pockets of Achin, Deh Bala and Kot districts since, fighting both the government and the Taliban. US military officials estimate that the group has between 1,500 and 2,500 fighters in Afghanistan, most of them in the east.
""",
events=[
    ev("Taliban and Daesh militants fought in the Wazir Tangi area of Khogyani from Sunday into Monday, leaving 17 fighters from both sides dead.",
       "2018-07-22", "‘on Sunday and went on into Monday’ before the Tuesday 2018-07-24 dateline: first day Sunday 2018-07-22",
       "Wazir Tangi", "Nangarhar", "AF", "battle", "Taliban", "Islamic State",
       17, None, None, None,
       "Heavy fighting broke out between Taliban and Daesh militants in the Wazir Tangi area of Khogyani district on Sunday and went on into Monday, leaving 17 fighters from both sides dead, the district governor said. [...] Each group claimed on social media to have killed dozens of the other's men.",
       note="clash between two armed groups; who attacked is not said, so the order is arbitrary; each side's claim of 'dozens' not used"),
    ev("A motorcycle bomb exploded near the provincial education department in Jalalabad, killing two employees and wounding five passers-by; one of the wounded died overnight.",
       "2018-07-23", "‘on Monday morning’ before the Tuesday 2018-07-24 dateline: Monday 2018-07-23",
       "Jalalabad", "Nangarhar", "AF", "explosion", "unknown", "civilians",
       3, None, 4, None,
       "In Jalalabad city, a bomb attached to a motorcycle exploded near the provincial education department on Monday morning, killing two employees and wounding five passers-by, the governor's office said. One of the wounded died in hospital overnight, raising the death toll to three, a health official said on Tuesday. No group has claimed the blast.",
       note="2 killed + 5 wounded, one of whom died later: killed 3, wounded 4; nobody named"),
    ev("A US drone strike in the Pekha valley of Achin killed nine Daesh militants, including a local commander, according to the provincial police.",
       "2018-07-21", "‘on Saturday’ before the Tuesday 2018-07-24 dateline: Saturday 2018-07-21",
       "Pekha valley", "Nangarhar", "AF", "explosion", "US forces", "Islamic State",
       9, None, None, None,
       "Meanwhile, foreign forces carried out a drone strike in the Pekha valley of Achin district on Saturday, killing nine Daesh militants, including a local commander, the provincial police spokesman said. A spokesman for the NATO-led Resolute Support mission confirmed that US forces had conducted a strike in the area but gave no figures.",
       note="'foreign forces' are named as US forces only in the second sentence"),
    ev("Afghan special forces raided a Taliban prison in Sherzad district and freed 14 people; three Taliban guards were killed.",
       "2018-07-22", "‘on Sunday night’ before the Tuesday 2018-07-24 dateline: Sunday 2018-07-22",
       "Sherzad", "Nangarhar", "AF", "battle", "Afghan security forces", "Taliban",
       3, None, None, None,
       "In a separate incident, Afghan special forces raided a Taliban prison in Sherzad district on Sunday night and freed 14 people, among them six soldiers and two policemen, the National Directorate of Security said. Three Taliban guards were killed in the raid."),
],
figures=[
    fig("displaced", 300, "Khogyani",
        "Residents said more than 300 families had left their villages for Jalalabad and neighbouring districts since the fighting began.",
        note="families, not people"),
    fig("fighters", 2000, "Afghanistan",
        "US military officials estimate that the group has between 1,500 and 2,500 fighters in Afghanistan, most of them in the east.",
        note="Islamic State (Khorasan) fighters; range 1,500-2,500, value the midpoint"),
])

report("b26-11", "2018-11-26", "https://www.example-jazirawire.com/deir-ez-zor/2018/11/26/hajin-pocket-fog-attack-bahra-gharanij-shaafa-strike",
"""
Islamic State attack in fog kills dozens of SDF fighters near Hajin

QAMISHLI, November 26 (Jazira Wire) - Islamic State fighters, using thick fog as cover, attacked positions of the Syrian Democratic Forces around the villages of al-Bahra and Gharanij on Friday night, in one of the deadliest assaults on the US-backed force since it began its offensive on the Hajin pocket in September.

The SDF said on Saturday that 18 of its fighters had been killed and that its men had killed 35 of the attackers. A Britain-based war monitor put the SDF's losses at 41, and said the militants had also taken several fighters prisoner.

On Sunday, SDF fighters regained all the positions lost in the attack, including the edge of al-Bahra, after coalition aircraft struck the militants' lines, the alliance said.

Coalition aircraft also struck the village of al-Shaafa, inside the pocket, on Saturday. The war monitor said 12 civilians, among them eight children, were killed in that raid. The coalition said it had hit Islamic State fighting positions and was assessing the allegations.

Earlier this month, Islamic State militants abducted about 130 families from a displacement camp near Hajin, according to residents who later escaped. Their fate is unknown.

The pocket, a string of towns and villages along the east bank of the Euphrates near the Iraqi border, is the last populated area held by the group in Syria. Around 2,000 of its fighters are believed to remain there. The SDF has committed about 17,000 fighters to the operation, and the coalition says it carried out 211 strikes in the area last week.
""",
events=[
    ev("Islamic State fighters attacked SDF positions around al-Bahra and Gharanij under cover of fog; the SDF gave 18 of its own and 35 attackers killed, a monitor put SDF losses at 41.",
       "2018-11-23", "‘on Friday night’ before the Monday 2018-11-26 dateline: Friday 2018-11-23",
       "al-Bahra and Gharanij", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
       53, 76, None, None,
       "Islamic State fighters, using thick fog as cover, attacked positions of the Syrian Democratic Forces around the villages of al-Bahra and Gharanij on Friday night, in one of the deadliest assaults on the US-backed force since it began its offensive on the Hajin pocket in September. [...] The SDF said on Saturday that 18 of its fighters had been killed and that its men had killed 35 of the attackers. A Britain-based war monitor put the SDF's losses at 41, and said the militants had also taken several fighters prisoner.",
       note="53 = 18 SDF + 35 attackers (SDF count); 76 = 41 SDF (monitor) + 35 attackers; two villages sharing one toll kept as one event; the fighters taken prisoner are part of the attack"),
    ev("The SDF regained all the positions lost in the attack, including the edge of al-Bahra, after coalition strikes.",
       "2018-11-25", "‘On Sunday’ before the Monday 2018-11-26 dateline: Sunday 2018-11-25",
       "al-Bahra", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "On Sunday, SDF fighters regained all the positions lost in the attack, including the edge of al-Bahra, after coalition aircraft struck the militants' lines, the alliance said."),
    ev("Coalition aircraft struck al-Shaafa inside the Hajin pocket; a war monitor said 12 civilians, among them eight children, were killed.",
       "2018-11-24", "‘on Saturday’ before the Monday 2018-11-26 dateline: Saturday 2018-11-24",
       "al-Shaafa", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "civilians",
       12, None, None, None,
       "Coalition aircraft also struck the village of al-Shaafa, inside the pocket, on Saturday. The war monitor said 12 civilians, among them eight children, were killed in that raid. The coalition said it had hit Islamic State fighting positions and was assessing the allegations.",
       note="the coalition admits the strike and disputes who the victims were"),
    ev("Islamic State militants abducted about 130 families from a displacement camp near Hajin.",
       None, "‘Earlier this month’; no day given",
       "camp near Hajin", "Deir ez-Zor", "SY", "other", "Islamic State", "civilians",
       None, None, None, None,
       "Earlier this month, Islamic State militants abducted about 130 families from a displacement camp near Hajin, according to residents who later escaped. Their fate is unknown.",
       note="abduction; only vaguely dated", optional=True),
],
figures=[
    fig("fighters", 2000, "Hajin pocket",
        "Around 2,000 of its fighters are believed to remain there.",
        note="Islamic State fighters"),
    fig("fighters", 17000, "Hajin pocket",
        "The SDF has committed about 17,000 fighters to the operation",
        note="SDF fighters"),
    fig("other", 211, "Hajin pocket",
        "the coalition says it carried out 211 strikes in the area last week",
        note="air strikes in one week"),
])

report("b26-12", "2019-03-12", "https://www.example-baqubahobserver.com/2019/03/12/muqdadiyah-roadside-bomb-hashd-tuz-false-checkpoint",
"""
Three Hashd fighters killed by roadside bomb in Diyala; kidnapped drivers found dead near Tuz

BAQUBAH, March 12 (Baqubah Observer) - Three fighters of the Popular Mobilization Forces were killed and two others wounded when a roadside bomb struck their vehicle north-east of Muqdadiyah on Sunday, a source in the Diyala Operations Command said.

A security official blamed Islamic State remnants who hide in the orchards along the Diyala river and in the rugged hills toward Hamrin. It was the third attack on the Hashd in the district this month.

In neighbouring Salahuddin province, men dressed in army uniforms set up a false checkpoint on the road south of Tuz Khurmatu on Saturday night and seized two truck drivers. The drivers' bodies were found on Monday in an irrigation canal, police said. A police officer said Islamic State cells were suspected, but no group claimed the killings.

The Diyala Operations Command said on Monday that its forces had arrested 11 wanted men in raids on villages around Baqubah, two of them suspected of planting bombs.

Meanwhile, a mortar round fell on farmland near Khanaqin on Monday evening. No one was hurt, police said.

Diyala, which borders Iran, was declared free of Islamic State in January 2015, but the group's fighters have kept up a low-level insurgency in the north of the province. Around 7,800 families from Diyala remain displaced, according to the migration ministry, many of them from villages around Saadiyah and Jalawla. The Hashd has about 20,000 fighters deployed in the province, a local commander said.
""",
events=[
    ev("A roadside bomb struck a PMF vehicle north-east of Muqdadiyah, killing three fighters and wounding two; a security official blamed Islamic State remnants.",
       "2019-03-10", "‘on Sunday’ before the Tuesday 2019-03-12 dateline: Sunday 2019-03-10",
       "Muqdadiyah", "Diyala", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
       3, None, 2, None,
       "Three fighters of the Popular Mobilization Forces were killed and two others wounded when a roadside bomb struck their vehicle north-east of Muqdadiyah on Sunday, a source in the Diyala Operations Command said. [...] A security official blamed Islamic State remnants who hide in the orchards along the Diyala river and in the rugged hills toward Hamrin.",
       note="blamed by a security official, not denied; the actor is named only in the second paragraph"),
    ev("Men in army uniforms set up a false checkpoint south of Tuz Khurmatu and seized two truck drivers, whose bodies were found in a canal two days later.",
       "2019-03-09", "seized ‘on Saturday night’ (bodies found ‘on Monday’) before the Tuesday 2019-03-12 dateline: Saturday 2019-03-09",
       "south of Tuz Khurmatu", "Salahuddin", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "In neighbouring Salahuddin province, men dressed in army uniforms set up a false checkpoint on the road south of Tuz Khurmatu on Saturday night and seized two truck drivers. The drivers' bodies were found on Monday in an irrigation canal, police said. A police officer said Islamic State cells were suspected, but no group claimed the killings.",
       note="abduction and killing kept as one event, dated on the abduction; Islamic State only suspected"),
    ev("The Diyala Operations Command arrested 11 wanted men in raids on villages around Baqubah, two of them suspected of planting bombs.",
       None, "‘said on Monday’ is only the day of the statement; the day of the raids is not given",
       "villages around Baqubah", "Diyala", "IQ", "arrest", "Iraqi Security Forces", "unknown",
       None, None, None, None,
       "The Diyala Operations Command said on Monday that its forces had arrested 11 wanted men in raids on villages around Baqubah, two of them suspected of planting bombs.",
       arrested=11),
    ev("A mortar round fell on farmland near Khanaqin; no one was hurt.",
       "2019-03-11", "‘on Monday evening’ before the Tuesday 2019-03-12 dateline: Monday 2019-03-11",
       "Khanaqin", "Diyala", "IQ", "explosion", "unknown", "none",
       0, None, 0, None,
       "Meanwhile, a mortar round fell on farmland near Khanaqin on Monday evening. No one was hurt, police said."),
],
figures=[
    fig("displaced", 7800, "Diyala",
        "Around 7,800 families from Diyala remain displaced, according to the migration ministry",
        note="families, not people"),
    fig("fighters", 20000, "Diyala",
        "The Hashd has about 20,000 fighters deployed in the province, a local commander said.",
        note="PMF fighters in Diyala"),
])

report("b26-13", "2019-06-04", "https://www.example-afghaneye.com/ghazni/2019/06/04/police-compound-car-bomb-andar-outposts-muqur-mine",
"""
Car bomb hits Ghazni police compound; Taliban overrun outposts in Andar

GHAZNI, June 4 (Afghan Eye) - A suicide bomber detonated an explosives-laden car at the gate of a police compound in Ghazni city on Monday morning, and two gunmen then tried to storm the building before guards shot them dead, officials said.

Five policemen and four civilians were killed and at least 42 people were wounded, most of them shopkeepers and pupils from a nearby school, the provincial health director said. His count did not include the three attackers. The Taliban claimed responsibility in a statement, saying "dozens" of police had been killed.

In Andar district, Taliban fighters overran two police outposts on Sunday night after a battle that lasted about three hours. A member of the provincial council said seven policemen were killed and three taken prisoner. The Interior Ministry in Kabul said four policemen had died.

Elsewhere in the province, a landmine struck a van carrying passengers to a bazaar in Muqur district on Saturday, killing four civilians, among them two children, and wounding six. The governor's spokesman blamed the Taliban. The insurgents denied laying the mine and said it had been left by government forces.

Ghazni city was partly overrun by the Taliban last August in an assault that lasted five days, and the highway linking it with Kabul and Kandahar is still unsafe. About 4,300 police and soldiers are stationed in the province, but officials say the Taliban hold or contest 11 of its 19 districts.
""",
events=[
    ev("A suicide car bomb exploded at the gate of a police compound in Ghazni city and two gunmen tried to storm it before guards shot them; five police, four civilians and the three attackers were killed and at least 42 wounded. The Taliban claimed it.",
       "2019-06-03", "‘on Monday morning’ before the Tuesday 2019-06-04 dateline: Monday 2019-06-03",
       "Ghazni city", "Ghazni", "AF", "explosion", "Taliban", "Afghan security forces",
       12, None, 42, None,
       "A suicide bomber detonated an explosives-laden car at the gate of a police compound in Ghazni city on Monday morning, and two gunmen then tried to storm the building before guards shot them dead, officials said. [...] Five policemen and four civilians were killed and at least 42 people were wounded, most of them shopkeepers and pupils from a nearby school, the provincial health director said. His count did not include the three attackers. The Taliban claimed responsibility in a statement, saying \"dozens\" of police had been killed.",
       note="12 = 5 police + 4 civilians + 3 attackers (bomber and two gunmen); the Taliban's 'dozens' not used; complex attack opening with a car bomb, so explosion"),
    ev("Taliban fighters overran two police outposts in Andar district after a three-hour battle; a provincial councillor said seven policemen were killed and three captured, the Interior Ministry said four died.",
       "2019-06-02", "‘on Sunday night’ before the Tuesday 2019-06-04 dateline: Sunday 2019-06-02",
       "Andar", "Ghazni", "AF", "territory_gain", "Taliban", "Afghan security forces",
       4, 7, None, None,
       "In Andar district, Taliban fighters overran two police outposts on Sunday night after a battle that lasted about three hours. A member of the provincial council said seven policemen were killed and three taken prisoner. The Interior Ministry in Kabul said four policemen had died.",
       note="conflicting tolls: 4 (Interior Ministry) and 7 (provincial councillor)"),
    ev("A landmine struck a passenger van in Muqur district, killing four civilians including two children and wounding six; the governor's spokesman blamed the Taliban, who denied it.",
       "2019-06-01", "‘on Saturday’ before the Tuesday 2019-06-04 dateline: Saturday 2019-06-01",
       "Muqur", "Ghazni", "AF", "explosion", "unknown", "civilians",
       4, None, 6, None,
       "Elsewhere in the province, a landmine struck a van carrying passengers to a bazaar in Muqur district on Saturday, killing four civilians, among them two children, and wounding six. The governor's spokesman blamed the Taliban. The insurgents denied laying the mine and said it had been left by government forces.",
       note="blamed on the Taliban, denied by them: unknown"),
],
figures=[
    fig("fighters", 4300, "Ghazni",
        "About 4,300 police and soldiers are stationed in the province",
        note="Afghan security forces in the province"),
    fig("other", 11, "Ghazni",
        "the Taliban hold or contest 11 of its 19 districts",
        note="districts held or contested by the Taliban"),
])

report("b26-14", "2020-03-03", "https://www.example-kabulmorningpost.com/2020/03/03/doha-deal-prisoners-partial-truce-ends",
"""
Prisoner dispute clouds Afghan peace path as partial truce ends

KABUL, March 3 (Kabul Morning Post) - A week-long "reduction in violence" that preceded the signing of the US-Taliban agreement in Doha on Saturday came to an end on Monday, when the Taliban said they would resume operations against Afghan government forces, though not against foreign troops.

The insurgents and the government are already at odds over a clause on prisoners. The government holds some 11,500 Taliban prisoners in its jails, according to a justice ministry estimate, and the president's office said it had made no commitment to free any of them before direct talks begin. The Taliban say they will not sit down with Kabul until their men are released.

Afghanistan's security forces, which officially number about 281,000 soldiers and police, bore the brunt of the fighting last year. A Kabul-based research group counted 2,940 deaths among them in the last three months of 2019 alone, and officials say recruitment is falling short of losses in several provinces.

Under the agreement, foreign troops are to leave within 14 months if the Taliban keep their side of the bargain, including cutting ties with al-Qaeda and preventing attacks on the United States and its allies from Afghan soil. Diplomats in Kabul say the first test will be whether intra-Afghan negotiations can open on time.

Many Afghans welcomed the week of relative calm, during which families travelled on highways they had avoided for years. "We could drive to Ghazni and back without fear for the first time," said a shopkeeper in Kabul's old city. "Now nobody knows what comes next."
""",
country_hint="AF",
figures=[
    fig("arrested", 11500, "Afghanistan",
        "The government holds some 11,500 Taliban prisoners in its jails, according to a justice ministry estimate",
        note="Taliban prisoners held by the government"),
    fig("fighters", 281000, "Afghanistan",
        "Afghanistan's security forces, which officially number about 281,000 soldiers and police",
        note="Afghan security forces, official strength"),
    fig("killed", 2940, "Afghanistan",
        "A Kabul-based research group counted 2,940 deaths among them in the last three months of 2019 alone",
        note="Afghan security forces, October-December 2019"),
])

report("b26-15", "2015-03-09", "https://www.example-tigriswire.com/iraq/2015/03/09/al-dour-albu-ajil-retaken-al-alam-samarra-checkpoint-bomb",
"""
Troops and Hashd retake al-Dour as Tikrit offensive enters second week

SAMARRA, March 9 (Tigris Wire) - Iraqi troops and Popular Mobilization fighters took full control of al-Dour and of the Albu Ajil area on Saturday, tightening the ring around Islamic State fighters in Tikrit, commanders said.

The advance through al-Dour, south-east of Tikrit, was slowed for days by roadside bombs and booby-trapped houses, a Hashd commander told Tigris Wire. He said 15 of his men had been killed since the start of the week but gave no figure for Saturday's fighting.

On Sunday, government forces pushed into al-Alam, north of Tikrit, and fought their way to the edge of the town centre, an army officer said. Islamic State fighters blew up the bridge linking al-Alam with the main road to Tikrit late on Sunday to slow the attackers, he said.

Meanwhile in Samarra, a suicide bomber drove a car into a Hashd checkpoint at the eastern entrance of the city early on Monday, killing five fighters besides himself and wounding nine. There was no immediate claim of responsibility.

The offensive, launched a week ago, is the biggest by Iraqi forces since Islamic State overran Tikrit and Mosul last June. About 27,000 troops and militiamen are taking part, most of them from the Popular Mobilization Forces, according to officials in Baghdad. The Salahuddin provincial council says more than 28,000 families have fled Tikrit and surrounding districts, and many of them are living in schools and mosques in Samarra and Kirkuk.
""",
events=[
    ev("Iraqi troops and Popular Mobilization fighters took full control of al-Dour, south-east of Tikrit.",
       "2015-03-07", "‘on Saturday’ before the Monday 2015-03-09 dateline: Saturday 2015-03-07",
       "al-Dour", "Salahuddin", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and Popular Mobilization fighters took full control of al-Dour and of the Albu Ajil area on Saturday, tightening the ring around Islamic State fighters in Tikrit, commanders said.",
       note="with the PMF; one sentence, two places: split; the Hashd's 15 dead 'since the start of the week' is a multi-day figure"),
    ev("Iraqi troops and Popular Mobilization fighters took full control of the Albu Ajil area near Tikrit.",
       "2015-03-07", "‘on Saturday’ before the Monday 2015-03-09 dateline: Saturday 2015-03-07",
       "Albu Ajil", "Salahuddin", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and Popular Mobilization fighters took full control of al-Dour and of the Albu Ajil area on Saturday, tightening the ring around Islamic State fighters in Tikrit, commanders said.",
       note="with the PMF; one sentence, two places: split"),
    ev("Government forces pushed into al-Alam, north of Tikrit, and fought their way to the edge of the town centre.",
       "2015-03-08", "‘On Sunday’ before the Monday 2015-03-09 dateline: Sunday 2015-03-08",
       "al-Alam", "Salahuddin", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On Sunday, government forces pushed into al-Alam, north of Tikrit, and fought their way to the edge of the town centre, an army officer said.",
       note="an advance into a town not yet taken is a battle"),
    ev("Islamic State fighters blew up the bridge linking al-Alam with the main road to Tikrit to slow the attackers.",
       "2015-03-08", "‘late on Sunday’ before the Monday 2015-03-09 dateline: Sunday 2015-03-08",
       "al-Alam bridge", "Salahuddin", "IQ", "other", "Islamic State", "none",
       None, None, None, None,
       "Islamic State fighters blew up the bridge linking al-Alam with the main road to Tikrit late on Sunday to slow the attackers, he said.",
       note="destruction of infrastructure with no human target"),
    ev("A suicide car bomber struck a Hashd checkpoint at the eastern entrance of Samarra, killing five fighters and himself and wounding nine.",
       "2015-03-09", "‘early on Monday’, the day of the Monday 2015-03-09 dateline",
       "eastern entrance of Samarra", "Salahuddin", "IQ", "explosion", "unknown", "Popular Mobilization Forces",
       6, None, 9, None,
       "Meanwhile in Samarra, a suicide bomber drove a car into a Hashd checkpoint at the eastern entrance of the city early on Monday, killing five fighters besides himself and wounding nine. There was no immediate claim of responsibility.",
       note="6 = 5 fighters + the bomber; no claim, no group named"),
],
figures=[
    fig("killed", 15, "al-Dour",
        "He said 15 of his men had been killed since the start of the week",
        note="PMF fighters of one commander's unit, over the week"),
    fig("fighters", 27000, "Tikrit",
        "About 27,000 troops and militiamen are taking part, most of them from the Popular Mobilization Forces"),
    fig("displaced", 28000, "Tikrit",
        "The Salahuddin provincial council says more than 28,000 families have fled Tikrit and surrounding districts",
        note="families, not people"),
])

report("b26-16", "2014-07-01", "https://www.example-khybermail.com/2014/07/01/datta-khel-shawal-jets-jani-khel-convoy-ambush-miranshah",
"""
34 terrorists killed in Datta Khel air strikes; four soldiers martyred in Bannu ambush

PESHAWAR, July 1 (Daily Khyber Mail) - Jet fighters pounded militant hideouts in the Datta Khel and Shawal areas of North Waziristan early on Monday, killing 34 terrorists, the Inter-Services Public Relations said.

According to the ISPR, most of the dead were Uzbek fighters of the Islamic Movement of Uzbekistan, and an ammunition dump was also destroyed. There was no independent confirmation of the toll, as the agency has been sealed off since the operation began.

On Sunday afternoon, militants ambushed a military convoy near Jani Khel in Frontier Region Bannu. Four soldiers embraced martyrdom and six were injured, while troops killed five of the attackers in the exchange of fire, security officials said. A spokesman for the Tehreek-e-Taliban Pakistan claimed the ambush in a telephone call to reporters and called it revenge for the operation.

The ISPR also said on Tuesday that troops had cleared the main bazaar of Miranshah, the agency headquarters, and were searching the surrounding houses, where they had found a factory for making improvised explosive devices.

Meanwhile, the number of people displaced from North Waziristan has risen to 471,300, the FATA Disaster Management Authority said, most of them sheltering with relatives in Bannu district. Long queues formed again at the food distribution points in Bannu city, where officials said supplies would be doubled this week.

The military says more than 350 militants have been killed since Operation Zarb-e-Azb was launched on June 15, after the attack on Karachi airport. It has not released figures for its own losses beyond individual incidents.
""",
events=[
    ev("Jet fighters pounded militant hideouts in Datta Khel and Shawal, North Waziristan; the ISPR said 34 terrorists, mostly IMU Uzbek fighters, were killed.",
       "2014-06-30", "‘early on Monday’ before the Tuesday 2014-07-01 dateline: Monday 2014-06-30",
       "Datta Khel and Shawal", "Khyber Pakhtunkhwa", "PK", "explosion", "Pakistani security forces", "Islamic Movement of Uzbekistan",
       34, None, None, None,
       "Jet fighters pounded militant hideouts in the Datta Khel and Shawal areas of North Waziristan early on Monday, killing 34 terrorists, the Inter-Services Public Relations said. [...] According to the ISPR, most of the dead were Uzbek fighters of the Islamic Movement of Uzbekistan, and an ammunition dump was also destroyed.",
       note="official military count; two places sharing one toll kept as one event; the group is named only in the second paragraph"),
    ev("Militants ambushed a military convoy near Jani Khel, FR Bannu; four soldiers and five attackers were killed and six soldiers injured. The TTP claimed the ambush.",
       "2014-06-29", "‘On Sunday afternoon’ before the Tuesday 2014-07-01 dateline: Sunday 2014-06-29",
       "Jani Khel", "Khyber Pakhtunkhwa", "PK", "battle", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       9, None, 6, None,
       "On Sunday afternoon, militants ambushed a military convoy near Jani Khel in Frontier Region Bannu. Four soldiers embraced martyrdom and six were injured, while troops killed five of the attackers in the exchange of fire, security officials said. A spokesman for the Tehreek-e-Taliban Pakistan claimed the ambush in a telephone call to reporters and called it revenge for the operation.",
       note="9 = 4 soldiers + 5 attackers"),
    ev("Troops cleared the main bazaar of Miranshah and were searching the surrounding houses, where they found an IED factory.",
       None, "‘said on Tuesday’ is only the day of the ISPR statement; the day of the clearance is not given",
       "Miranshah bazaar", "Khyber Pakhtunkhwa", "PK", "territory_gain", "Pakistani security forces", "militants (unidentified)",
       None, None, None, None,
       "The ISPR also said on Tuesday that troops had cleared the main bazaar of Miranshah, the agency headquarters, and were searching the surrounding houses, where they had found a factory for making improvised explosive devices."),
],
figures=[
    fig("displaced", 471300, "North Waziristan",
        "the number of people displaced from North Waziristan has risen to 471,300, the FATA Disaster Management Authority said"),
    fig("killed", 350, "North Waziristan",
        "The military says more than 350 militants have been killed since Operation Zarb-e-Azb was launched on June 15",
        note="militants, since June 15"),
])

report("b26-17", "2017-01-10", "https://www.example-neareastwire.com/syria/2017/01/10/al-bab-bzaa-turkish-strikes-al-rai-car-bomb",
"""
Turkish-backed rebels edge toward al-Bab; monitor says Turkish strikes killed 15 civilians

GAZIANTEP, January 10 (Near East Wire) - Syrian rebel factions backed by Turkish tanks and aircraft captured the village of Bza'a, on the eastern outskirts of al-Bab, on Monday, a commander of one of the groups said, their first significant gain in weeks in the battle for the Islamic State-held town.

Turkish warplanes struck al-Bab on Sunday, and a monitoring group said 15 civilians, among them five children, were killed when a residential block in the town centre was hit. The Turkish military said its jets had struck 29 Islamic State targets around al-Bab that day and "neutralised" 18 militants, and that every precaution had been taken to avoid harming civilians.

In a separate incident, an explosives-laden car blew up at a checkpoint of the Hamza Division, one of the Turkish-backed factions, near al-Rai on the Turkish border on Saturday, killing three fighters and two civilians, a commander said. No group claimed the blast.

The push on al-Bab has been slowed by suicide car bombs, mines and tunnels, and the militants still hold the hospital hill that overlooks the town from the west. Rebel commanders say they expect the fight to last weeks more.

Turkey's army, which sent troops into Syria in August under Operation Euphrates Shield, says 35 of its soldiers have been killed there so far, most of them around al-Bab. The United Nations said in December that more than 30,000 people had fled the town and nearby villages since November, many of them to camps near the Turkish border.
""",
events=[
    ev("Turkish-backed rebel factions captured the village of Bza'a on the eastern outskirts of Islamic State-held al-Bab.",
       "2017-01-09", "‘on Monday’ before the Tuesday 2017-01-10 dateline: Monday 2017-01-09",
       "Bza'a", "Aleppo", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Islamic State",
       None, None, None, None,
       "Syrian rebel factions backed by Turkish tanks and aircraft captured the village of Bza'a, on the eastern outskirts of al-Bab, on Monday, a commander of one of the groups said, their first significant gain in weeks in the battle for the Islamic State-held town."),
    ev("Turkish warplanes struck al-Bab; a monitoring group said 15 civilians, among them five children, were killed when a residential block in the town centre was hit.",
       "2017-01-08", "‘on Sunday’ before the Tuesday 2017-01-10 dateline: Sunday 2017-01-08",
       "al-Bab", "Aleppo", "SY", "explosion", "Turkish Armed Forces", "civilians",
       15, None, None, None,
       "Turkish warplanes struck al-Bab on Sunday, and a monitoring group said 15 civilians, among them five children, were killed when a residential block in the town centre was hit.",
       note="the Turkish military's 18 'neutralised' militants cover all its strikes around al-Bab that day (a figure), not this strike"),
    ev("An explosives-laden car blew up at a Hamza Division checkpoint near al-Rai, killing three fighters and two civilians; no group claimed it.",
       "2017-01-07", "‘on Saturday’ before the Tuesday 2017-01-10 dateline: Saturday 2017-01-07",
       "al-Rai", "Aleppo", "SY", "explosion", "unknown", "Turkish-backed Syrian rebels",
       5, None, None, None,
       "In a separate incident, an explosives-laden car blew up at a checkpoint of the Hamza Division, one of the Turkish-backed factions, near al-Rai on the Turkish border on Saturday, killing three fighters and two civilians, a commander said. No group claimed the blast.",
       note="5 = 3 fighters + 2 civilians"),
],
figures=[
    fig("killed", 18, "al-Bab",
        "The Turkish military said its jets had struck 29 Islamic State targets around al-Bab that day and \"neutralised\" 18 militants",
        note="militants, all Turkish strikes around al-Bab on Sunday (a daily aggregate)"),
    fig("killed", 35, "northern Syria",
        "Turkey's army, which sent troops into Syria in August under Operation Euphrates Shield, says 35 of its soldiers have been killed there so far",
        note="Turkish soldiers since August"),
    fig("displaced", 30000, "al-Bab",
        "The United Nations said in December that more than 30,000 people had fled the town and nearby villages since November"),
])

report("b26-18", "2020-01-21", "https://www.example-kabulmorningpost.com/2020/01/21/karte-char-sticky-bomb-qasaba-rockets-surobi-outpost",
"""
Sticky bomb kills university staff in Kabul; Islamic State claims attack

KABUL, January 21 (Kabul Morning Post) - A magnetic bomb attached to a minibus carrying staff of a private university exploded in the Karte Char area of western Kabul on Monday morning, killing two people and wounding five, police said.

One of the wounded, the bus driver, died in hospital overnight, a health ministry spokesman said on Tuesday. Islamic State's regional affiliate claimed the bombing in a statement on Tuesday, saying it had targeted "teachers of apostasy".

Late on Sunday, two rockets landed in an open field in the Qasaba area near Kabul airport. No one was hurt, police said. The Taliban denied firing the rockets, and the Interior Ministry blamed "the enemies of Afghanistan" without naming a group.

In Surobi district, east of the capital, Taliban fighters attacked an army outpost on Sunday night. Three soldiers were killed, and the attackers lost six men before they retreated, the defence ministry said.

Separately, the National Directorate of Security said its officers had detained two men with a suicide vest and hand grenades in the Dasht-e-Barchi area on Saturday. It said they belonged to the Islamic State cell behind a series of attacks on the Shia Hazara minority in the west of the city.

The attacks come as US and Taliban negotiators meet again in Doha to discuss a reduction in violence. The UN mission recorded 1,472 civilian casualties in Kabul province in the first nine months of last year, more than in any other province.
""",
events=[
    ev("A magnetic bomb attached to a minibus carrying staff of a private university exploded in Karte Char, Kabul, killing two and wounding five; the wounded driver died overnight. Islamic State claimed it.",
       "2020-01-20", "‘on Monday morning’ before the Tuesday 2020-01-21 dateline: Monday 2020-01-20",
       "Karte Char", "Kabul", "AF", "explosion", "Islamic State", "civilians",
       3, None, 4, None,
       "A magnetic bomb attached to a minibus carrying staff of a private university exploded in the Karte Char area of western Kabul on Monday morning, killing two people and wounding five, police said. [...] One of the wounded, the bus driver, died in hospital overnight, a health ministry spokesman said on Tuesday. Islamic State's regional affiliate claimed the bombing in a statement on Tuesday, saying it had targeted \"teachers of apostasy\".",
       note="2 killed + 5 wounded, one of whom died later: killed 3, wounded 4; Islamic State-Khorasan claimed it the next day"),
    ev("Two rockets landed in an open field in the Qasaba area near Kabul airport; no one was hurt. The Taliban denied firing them.",
       "2020-01-19", "‘Late on Sunday’ before the Tuesday 2020-01-21 dateline: Sunday 2020-01-19",
       "Qasaba", "Kabul", "AF", "explosion", "unknown", "none",
       0, None, 0, None,
       "Late on Sunday, two rockets landed in an open field in the Qasaba area near Kabul airport. No one was hurt, police said. The Taliban denied firing the rockets, and the Interior Ministry blamed \"the enemies of Afghanistan\" without naming a group."),
    ev("Taliban fighters attacked an army outpost in Surobi district; three soldiers and six attackers were killed.",
       "2020-01-19", "‘on Sunday night’ before the Tuesday 2020-01-21 dateline: Sunday 2020-01-19",
       "Surobi", "Kabul", "AF", "battle", "Taliban", "Afghan security forces",
       9, None, None, None,
       "In Surobi district, east of the capital, Taliban fighters attacked an army outpost on Sunday night. Three soldiers were killed, and the attackers lost six men before they retreated, the defence ministry said.",
       note="9 = 3 soldiers + 6 Taliban (defence ministry count)"),
    ev("NDS officers detained two men with a suicide vest and grenades in Dasht-e-Barchi; they said the men belonged to an Islamic State cell.",
       "2020-01-18", "‘on Saturday’ before the Tuesday 2020-01-21 dateline: Saturday 2020-01-18",
       "Dasht-e-Barchi", "Kabul", "AF", "arrest", "Afghan security forces", "Islamic State",
       None, None, None, None,
       "Separately, the National Directorate of Security said its officers had detained two men with a suicide vest and hand grenades in the Dasht-e-Barchi area on Saturday. It said they belonged to the Islamic State cell behind a series of attacks on the Shia Hazara minority in the west of the city.",
       arrested=2),
],
figures=[
    fig("other", 1472, "Kabul province",
        "The UN mission recorded 1,472 civilian casualties in Kabul province in the first nine months of last year",
        note="civilian casualties (killed and wounded together), January-September 2019"),
])
# ---------------------------------------------------------------------------
# b26-19 .. b26-27
# ---------------------------------------------------------------------------

report("b26-19", "2019-05-20", "https://www.example-levantdesk.com/syria/2019/05/20/al-hol-camp-foreign-families-limbo-rukban",
"""
Al-Hol camp strains as foreign families wait in limbo

GENEVA, May 20 (Levant Desk) - Two months after the fall of Islamic State's last enclave in eastern Syria, the al-Hol camp in Hasakah province holds more than 71,500 people, most of them women and children who left the shrinking territory in the final weeks of fighting, UN agencies said on Monday.

Among them are about 10,700 foreigners from more than 50 countries, held in a guarded annex apart from Syrian and Iraqi families. Only a handful of governments have taken back their citizens, mostly orphans, and the Kurdish-led administration that runs north-eastern Syria says it cannot hold them indefinitely.

The World Health Organization said at least 237 children had died on the way to the camp or soon after arriving since December, most of them from malnutrition, hypothermia and untreated wounds. Aid groups say water, latrines and medical care are still far short of what is needed, and summer heat is adding to the strain.

The Syrian Democratic Forces say they are also holding about 2,200 foreign men suspected of fighting for Islamic State in makeshift prisons, and have called for an international tribunal to try them on Syrian soil.

In the south, some 31,000 people remain at the Rukban settlement near the Jordanian border, where food convoys have arrived only twice this year. The United Nations says most residents want to leave but fear arrest or conscription if they return to government-held areas.
""",
country_hint="SY",
figures=[
    fig("displaced", 71500, "al-Hol camp",
        "the al-Hol camp in Hasakah province holds more than 71,500 people",
        note="camp population"),
    fig("other", 10700, "al-Hol camp",
        "Among them are about 10,700 foreigners from more than 50 countries",
        note="foreigners in the camp"),
    fig("other", 237, "al-Hol camp",
        "The World Health Organization said at least 237 children had died on the way to the camp or soon after arriving since December",
        note="children who died of hunger, cold and untreated wounds, since December"),
    fig("arrested", 2200, "north-eastern Syria",
        "The Syrian Democratic Forces say they are also holding about 2,200 foreign men suspected of fighting for Islamic State in makeshift prisons",
        note="foreign suspects held by the SDF"),
    fig("displaced", 31000, "Rukban",
        "some 31,000 people remain at the Rukban settlement near the Jordanian border"),
])

report("b26-20", "2017-10-04", "https://www.example-kirkukeveningpost.com/2017/10/04/hawija-entered-rashad-air-base-dibis-surrenders",
"""
Iraqi forces fight into Hawija as Islamic State fighters surrender to Peshmerga

KIRKUK, October 4 (Kirkuk Evening Post) - Iraqi army units, the Rapid Response Forces and Popular Mobilization fighters entered Hawija from the south and west on Tuesday and by Wednesday morning had reached the town's main hospital, the Joint Operations Command said.

A day earlier, the forces had recaptured the Rashad air base and the town of al-Abbasi after fierce fighting, a statement said. The command said 23 militants were killed around the air base; it did not give figures for its own losses.

On Tuesday alone, 163 Islamic State fighters gave themselves up at a Peshmerga post near Dibis, north of Hawija, after fleeing through the hills, a Kurdish security official said. He said more than 1,000 had surrendered since the weekend and were being questioned by the Asayish.

In Kirkuk city, a roadside bomb went off as a police patrol passed through the Wasiti neighbourhood on Tuesday evening, wounding two policemen, police said.

The offensive on the Hawija pocket, one of the last areas of Iraq still held by Islamic State, was launched on September 21. Aid groups say as many as 78,000 civilians may still be inside the pocket, and 12,500 have fled since the start of the operation, many of them to the Debaga and Laylan camps.

Tension is also running high between Baghdad and Erbil after last week's independence referendum in the Kurdistan Region, and Iraqi and Kurdish commanders around Kirkuk have avoided joint operations.
""",
events=[
    ev("Iraqi army units, the Rapid Response Forces and PMF fighters entered Hawija from the south and west and by Wednesday morning had reached the town's main hospital.",
       "2017-10-03", "‘on Tuesday’ before the Wednesday 2017-10-04 dateline: Tuesday 2017-10-03",
       "Hawija", "Kirkuk", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi army units, the Rapid Response Forces and Popular Mobilization fighters entered Hawija from the south and west on Tuesday and by Wednesday morning had reached the town's main hospital, the Joint Operations Command said.",
       note="entered, not yet taken: battle; with the PMF"),
    ev("Iraqi forces recaptured the Rashad air base after fierce fighting; 23 militants were killed around the base.",
       "2017-10-02", "‘A day earlier’ than entering Hawija ‘on Tuesday’ (Tuesday 2017-10-03): Monday 2017-10-02",
       "Rashad air base", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       23, None, None, None,
       "A day earlier, the forces had recaptured the Rashad air base and the town of al-Abbasi after fierce fighting, a statement said. The command said 23 militants were killed around the air base; it did not give figures for its own losses.",
       note="one sentence, two places: split; the toll belongs to the air base; official count of enemy dead only"),
    ev("Iraqi forces recaptured the town of al-Abbasi after fierce fighting.",
       "2017-10-02", "‘A day earlier’ than entering Hawija ‘on Tuesday’ (Tuesday 2017-10-03): Monday 2017-10-02",
       "al-Abbasi", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "A day earlier, the forces had recaptured the Rashad air base and the town of al-Abbasi after fierce fighting, a statement said.",
       note="one sentence, two places: split"),
    ev("163 Islamic State fighters fleeing through the hills gave themselves up at a Peshmerga post near Dibis.",
       "2017-10-03", "‘On Tuesday alone’ before the Wednesday 2017-10-04 dateline: Tuesday 2017-10-03",
       "Dibis", "Kirkuk", "IQ", "other", "Islamic State", "Peshmerga",
       None, None, None, None,
       "On Tuesday alone, 163 Islamic State fighters gave themselves up at a Peshmerga post near Dibis, north of Hawija, after fleeing through the hills, a Kurdish security official said.",
       note="surrender ('other'); the 'more than 1,000 since the weekend' is a figure"),
    ev("A roadside bomb went off as a police patrol passed through the Wasiti neighbourhood of Kirkuk, wounding two policemen.",
       "2017-10-03", "‘on Tuesday evening’ before the Wednesday 2017-10-04 dateline: Tuesday 2017-10-03",
       "Wasiti", "Kirkuk", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       None, None, 2, None,
       "In Kirkuk city, a roadside bomb went off as a police patrol passed through the Wasiti neighbourhood on Tuesday evening, wounding two policemen, police said.",
       note="nobody named"),
],
figures=[
    fig("arrested", 1000, "Dibis",
        "He said more than 1,000 had surrendered since the weekend and were being questioned by the Asayish.",
        note="Islamic State fighters who surrendered to the Peshmerga since the weekend"),
    fig("civilians_trapped", 78000, "Hawija pocket",
        "Aid groups say as many as 78,000 civilians may still be inside the pocket"),
    fig("displaced", 12500, "Hawija pocket",
        "12,500 have fled since the start of the operation, many of them to the Debaga and Laylan camps"),
])

report("b26-21", "2018-05-02", "https://www.example-bolanchronicle.com/quetta/2018/05/02/hazara-shopkeeper-shot-sit-in-loralai-fc-camp",
"""
Hazara shopkeeper shot dead in Quetta; suicide attack on Loralai FC camp foiled

QUETTA, May 2 (Bolan Chronicle) - Unidentified gunmen shot dead a shopkeeper from the Hazara community and wounded his brother on Jinnah Road on Sunday evening, police said.

The attackers, who were riding a motorcycle, fled towards the Mizan Chowk. No group claimed the killing, but officials said Lashkar-e-Jhangvi had been behind most of the earlier attacks on the community.

Relatives of the victim and members of the Hazara community began a sit-in on the Western Bypass on Monday, refusing to bury him until the army chief visited Quetta and guaranteed their security. The protesters were still on the road on Wednesday despite talks with the provincial home minister, and traders in Hazara Town kept their shops shut.

In Loralai, Frontier Corps personnel shot dead a suicide bomber before he could reach the gate of an FC camp on Tuesday morning. A second attacker blew himself up near the outer wall, injuring three soldiers, an FC spokesman said. The Tehreek-e-Taliban Pakistan claimed the attack in a statement to the media.

Separately, Levies personnel recovered the bullet-riddled bodies of two men from a dry riverbed near Mastung on Monday. Officials said the men had not been identified.

A report released last month by a provincial rights commission says 462 members of the Hazara community have been killed in targeted attacks and bombings in Quetta since 2013. Most Hazaras now live in two enclaves on the eastern and western edges of the city, guarded by the FC.
""",
events=[
    ev("Unidentified gunmen on a motorcycle shot dead a Hazara shopkeeper and wounded his brother on Jinnah Road, Quetta.",
       "2018-04-29", "‘on Sunday evening’ before the Wednesday 2018-05-02 dateline: Sunday 2018-04-29",
       "Jinnah Road, Quetta", "Balochistan", "PK", "attack_on_civilians", "militants (unidentified)", "civilians",
       1, None, 1, None,
       "Unidentified gunmen shot dead a shopkeeper from the Hazara community and wounded his brother on Jinnah Road on Sunday evening, police said.",
       note="no claim; Lashkar-e-Jhangvi is only named as behind earlier attacks"),
    ev("Relatives and members of the Hazara community began a sit-in on the Western Bypass, refusing to bury the victim until the army chief guaranteed their security.",
       "2018-04-30", "‘on Monday’ before the Wednesday 2018-05-02 dateline: Monday 2018-04-30",
       "Western Bypass, Quetta", "Balochistan", "PK", "other", "protesters", "none",
       None, None, None, None,
       "Relatives of the victim and members of the Hazara community began a sit-in on the Western Bypass on Monday, refusing to bury him until the army chief visited Quetta and guaranteed their security.",
       note="ACLED Protests: peaceful protest, still going on at publication"),
    ev("FC personnel shot dead a suicide bomber short of the gate of an FC camp in Loralai; a second attacker blew himself up near the outer wall, injuring three soldiers. The TTP claimed it.",
       "2018-05-01", "‘on Tuesday morning’ before the Wednesday 2018-05-02 dateline: Tuesday 2018-05-01",
       "Loralai", "Balochistan", "PK", "explosion", "Tehrik-i-Taliban Pakistan", "Pakistani security forces",
       2, None, 3, None,
       "In Loralai, Frontier Corps personnel shot dead a suicide bomber before he could reach the gate of an FC camp on Tuesday morning. A second attacker blew himself up near the outer wall, injuring three soldiers, an FC spokesman said. The Tehreek-e-Taliban Pakistan claimed the attack in a statement to the media.",
       note="2 = the two attackers (one shot, one blew himself up); suicide attack with a blast: explosion"),
    ev("Levies personnel recovered the bullet-riddled bodies of two unidentified men from a dry riverbed near Mastung.",
       None, "bodies recovered ‘on Monday’ (Monday 2018-04-30); the day of the killing is not known",
       "near Mastung", "Balochistan", "PK", "attack_on_civilians", "unknown", "unknown",
       2, None, None, None,
       "Separately, Levies personnel recovered the bullet-riddled bodies of two men from a dry riverbed near Mastung on Monday. Officials said the men had not been identified.",
       note="bodies found, day of the killing and killers unknown", optional=True),
],
figures=[
    fig("killed", 462, "Quetta",
        "A report released last month by a provincial rights commission says 462 members of the Hazara community have been killed in targeted attacks and bombings in Quetta since 2013.",
        note="Hazaras, since 2013"),
])

report("b26-22", "2018-02-23", "https://www.example-islamabadledger.com/2018/02/23/radd-ul-fasaad-one-year-ibos-weapons",
"""
Radd-ul-Fasaad at one year: army cites more than 26,000 intelligence-based operations

RAWALPINDI, February 23 (Islamabad Ledger) - The military said on Thursday that security forces had carried out more than 26,000 intelligence-based operations across the country in the year since Operation Radd-ul-Fasaad was launched, describing the campaign as "a mindset, not a battlefield".

Briefing reporters at the General Headquarters, a senior military spokesman said 4,983 suspects had been arrested in the operations and about 22,700 weapons and more than 1.6 million rounds of ammunition recovered, most of them in Punjab and Karachi. He did not give figures for militants or soldiers killed during the year.

Unlike Zarb-e-Azb, which drove the Tehreek-e-Taliban Pakistan out of North Waziristan, Radd-ul-Fasaad is meant to root out what the army calls facilitators and sleeper cells in the cities. Rights groups say the campaign has also swept up political workers and that many detainees have not been produced before courts.

The spokesman said work on fencing the border with Afghanistan was continuing and that about 180,000 troops were deployed on the western border. He said the return of families displaced from the tribal areas was nearly complete, with 93 percent back in their home areas.

Officials from the Afghan embassy in Islamabad declined to comment on the briefing, which again accused militants based across the border of planning attacks in Pakistan.
""",
country_hint="PK",
figures=[
    fig("other", 26000, "Pakistan",
        "security forces had carried out more than 26,000 intelligence-based operations across the country in the year since Operation Radd-ul-Fasaad was launched",
        note="intelligence-based operations in one year"),
    fig("arrested", 4983, "Pakistan",
        "a senior military spokesman said 4,983 suspects had been arrested in the operations"),
    fig("other", 22700, "Pakistan",
        "about 22,700 weapons and more than 1.6 million rounds of ammunition recovered",
        note="weapons recovered"),
    fig("fighters", 180000, "western border",
        "about 180,000 troops were deployed on the western border"),
])

report("b26-23", "2014-08-25", "https://www.example-levantdesk.com/syria/2014/08/25/tabqa-air-base-falls-raqqa-strikes-marea",
"""
Islamic State overruns Tabqa air base, the government's last outpost in Raqqa province

BEIRUT, August 25 (Levant Desk) - Islamic State militants captured the Tabqa military airport on Sunday after six days of fighting, driving government forces out of their last foothold in Raqqa province, a monitoring group and state media said.

State television said the garrison had been "regrouped" after "a successful evacuation", and that the air force was pounding "terrorist gatherings" around the base. Militant accounts on social media posted pictures of what they said were captured soldiers and seized warplanes.

The Syrian Rights Monitor, which relies on activists on the ground, said more than 170 Islamic State fighters and at least 190 soldiers had been killed since the battle began on Tuesday. The base had housed some 1,400 troops before the assault, it said.

Government warplanes struck Raqqa city, the group's de facto capital, several times on Sunday. State media said "dozens of terrorists" were killed; the monitor said 11 civilians died when a strike hit a residential street near the clock square.

In a statement posted online on Monday, the militants said they had put "dozens" of captured soldiers to death. The claim could not be independently verified.

Elsewhere, in the north of Aleppo province, Islamic State and rebel brigades fought for a third day around the town of Marea on Saturday. A rebel commander said 14 of his men had been killed that day, and claimed, without offering evidence, that his fighters had killed 30 jihadists.
""",
events=[
    ev("Islamic State militants captured the Tabqa military airport after six days of fighting, driving government forces out of their last foothold in Raqqa province.",
       "2014-08-24", "‘on Sunday’ before the Monday 2014-08-25 dateline: Sunday 2014-08-24",
       "Tabqa military airport", "Raqqa", "SY", "territory_gain", "Islamic State", "Syrian government forces",
       None, None, None, None,
       "Islamic State militants captured the Tabqa military airport on Sunday after six days of fighting, driving government forces out of their last foothold in Raqqa province, a monitoring group and state media said.",
       note="the 170 fighters and 190 soldiers killed 'since the battle began on Tuesday' are a multi-day figure"),
    ev("Government warplanes struck Raqqa city several times; state media said dozens of 'terrorists' were killed, a monitor said 11 civilians died when a strike hit a street near the clock square.",
       "2014-08-24", "‘on Sunday’ before the Monday 2014-08-25 dateline: Sunday 2014-08-24",
       "Raqqa city", "Raqqa", "SY", "explosion", "Syrian government forces", "civilians",
       11, None, None, None,
       "Government warplanes struck Raqqa city, the group's de facto capital, several times on Sunday. State media said \"dozens of terrorists\" were killed; the monitor said 11 civilians died when a strike hit a residential street near the clock square.",
       note="'dozens' gives no number; the monitor's 11 civilians is the only count"),
    ev("Islamic State said it had put 'dozens' of soldiers captured at Tabqa to death; the claim could not be verified.",
       None, "claim posted ‘on Monday’; the day of the killings is not given",
       "Tabqa", "Raqqa", "SY", "attack_on_civilians", "Islamic State", "Syrian government forces",
       None, None, None, None,
       "In a statement posted online on Monday, the militants said they had put \"dozens\" of captured soldiers to death. The claim could not be independently verified.",
       note="executions of prisoners, claimed by the perpetrators only; no place or day given beyond the context", optional=True),
    ev("Islamic State and rebel brigades fought around Marea for a third day; a rebel commander said 14 of his men were killed that day.",
       "2014-08-23", "‘on Saturday’ before the Monday 2014-08-25 dateline: Saturday 2014-08-23",
       "Marea", "Aleppo", "SY", "battle", "Islamic State", "Syrian rebels",
       14, None, None, None,
       "Elsewhere, in the north of Aleppo province, Islamic State and rebel brigades fought for a third day around the town of Marea on Saturday. A rebel commander said 14 of his men had been killed that day, and claimed, without offering evidence, that his fighters had killed 30 jihadists.",
       note="the rebels' count of their own dead is used; their unsupported claim of 30 jihadists killed is not; Islamic State was on the offensive toward Marea"),
],
figures=[
    fig("killed", 360, "Tabqa",
        "said more than 170 Islamic State fighters and at least 190 soldiers had been killed since the battle began on Tuesday",
        note="360 = 170 IS fighters + 190 soldiers over six days"),
    fig("fighters", 1400, "Tabqa",
        "The base had housed some 1,400 troops before the assault, it said.",
        note="government garrison"),
])

report("b26-24", "2018-04-17", "https://www.example-bostnews.com/helmand/2018/04/17/peace-tent-hunger-strike-sangin-posts-nad-ali-mortar",
"""
Helmand peace campaigners start hunger strike; Taliban attack Sangin posts

LASHKAR GAH, April 17 (Bost News) - A group of young men began a hunger strike on Monday at the peace sit-in outside the Lashkar Gah sports stadium, where residents have camped since a roadside bomb killed seven members of a wedding party on the Lashkar Gah-Nad Ali road on March 30.

The campaigners, who call their tent the "peace tent", are demanding a ceasefire from both the Taliban and the government. About 60 people have signed up to take part in the hunger strike, one of the organisers said. Nobody has claimed the March 30 bombing.

In Sangin district, Taliban fighters attacked army posts around the district centre on Sunday night, setting off fighting that lasted until dawn. The defence ministry said 21 insurgents were killed in the clashes and in US air strikes called in to support the troops. Three soldiers were killed and five wounded, a ministry spokesman said.

Meanwhile in Nad Ali, a mortar shell struck a house during fighting in a village in the district on Monday, killing two children and wounding their mother. Each side blamed the other for the shell.

The National Directorate of Security said on Tuesday that it had detained a Taliban commander who it said had organised bombings in Lashkar Gah over the past year.

The Taliban control or contest most of Helmand outside the provincial capital and a few district centres, and about 400 US Marines have been back in the province since last spring to advise Afghan troops. Provincial officials say some 2,600 families have fled their homes in Nad Ali and Marjah since January.
""",
events=[
    ev("Young men began a hunger strike at the peace sit-in outside the Lashkar Gah sports stadium, demanding a ceasefire from the Taliban and the government.",
       "2018-04-16", "‘on Monday’ before the Tuesday 2018-04-17 dateline: Monday 2018-04-16",
       "Lashkar Gah sports stadium", "Helmand", "AF", "other", "protesters", "none",
       None, None, None, None,
       "A group of young men began a hunger strike on Monday at the peace sit-in outside the Lashkar Gah sports stadium, where residents have camped since a roadside bomb killed seven members of a wedding party on the Lashkar Gah-Nad Ali road on March 30.",
       note="ACLED Protests: peaceful protest"),
    ev("A roadside bomb killed seven members of a wedding party on the Lashkar Gah-Nad Ali road; nobody claimed it.",
       "2018-03-30", "‘on March 30’, 18 days before the Tuesday 2018-04-17 dateline: 2018-03-30",
       "Lashkar Gah-Nad Ali road", "Helmand", "AF", "explosion", "unknown", "civilians",
       7, None, None, None,
       "where residents have camped since a roadside bomb killed seven members of a wedding party on the Lashkar Gah-Nad Ali road on March 30. [...] Nobody has claimed the March 30 bombing.",
       note="told as the cause of the sit-in but within the news window, so annotated"),
    ev("Taliban fighters attacked army posts around the Sangin district centre, with fighting until dawn; 21 insurgents (in clashes and US air strikes) and three soldiers were killed, five soldiers wounded.",
       "2018-04-15", "‘on Sunday night’ before the Tuesday 2018-04-17 dateline: Sunday 2018-04-15",
       "Sangin", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
       24, None, 5, None,
       "In Sangin district, Taliban fighters attacked army posts around the district centre on Sunday night, setting off fighting that lasted until dawn. The defence ministry said 21 insurgents were killed in the clashes and in US air strikes called in to support the troops. Three soldiers were killed and five wounded, a ministry spokesman said.",
       note="24 = 21 insurgents + 3 soldiers (defence ministry); the supporting US air strikes are part of the battle"),
    ev("A mortar shell struck a house in a village in Nad Ali during fighting, killing two children and wounding their mother; each side blamed the other.",
       "2018-04-16", "‘on Monday’ before the Tuesday 2018-04-17 dateline: Monday 2018-04-16",
       "Nad Ali", "Helmand", "AF", "explosion", "unknown", "civilians",
       2, None, 1, None,
       "Meanwhile in Nad Ali, a mortar shell struck a house during fighting in a village in the district on Monday, killing two children and wounding their mother. Each side blamed the other for the shell.",
       note="mutual blame: unknown"),
    ev("The NDS detained a Taliban commander it said had organised bombings in Lashkar Gah.",
       None, "‘said on Tuesday’ is only the day of the statement; the day of the detention is not given",
       "Lashkar Gah", "Helmand", "AF", "arrest", "Afghan security forces", "Taliban",
       None, None, None, None,
       "The National Directorate of Security said on Tuesday that it had detained a Taliban commander who it said had organised bombings in Lashkar Gah over the past year.",
       note="the place and day of the detention are not stated; Lashkar Gah is where his bombings were", arrested=1, optional=True),
],
figures=[
    fig("fighters", 400, "Helmand",
        "about 400 US Marines have been back in the province since last spring to advise Afghan troops",
        note="US Marines advising"),
    fig("displaced", 2600, "Nad Ali and Marjah",
        "Provincial officials say some 2,600 families have fled their homes in Nad Ali and Marjah since January.",
        note="families, not people"),
])

report("b26-25", "2017-06-27", "https://www.example-kurdistandailyreview.com/2017/06/27/mosul-old-city-farouq-cts-zanjili-snipers-yarmouk-drone",
"""
CTS takes Farouq district of Mosul's Old City; snipers kill fleeing families

ERBIL, June 27 (Kurdistan Daily Review) - Counter-Terrorism Service troops captured the Farouq district of Mosul's Old City on Monday and pushed to within 300 metres of the Tigris, an officer in the service said.

Three CTS soldiers were killed in the advance, which was slowed by booby traps, snipers and suicide bombers who hid among civilians, he said.

On Sunday, Islamic State snipers opened fire on families trying to cross from the Old City to federal police lines in Zanjili, killing at least nine people, among them four children, a federal police officer said. Thirteen wounded people reached a field hospital run by a medical charity in the south-west of the city.

A day earlier, a small drone flown by the militants dropped a bomb on people queuing for water in the Yarmouk district, retaken months ago, wounding six civilians, the officer said.

Displaced people arriving at the Hammam al-Alil camp south of the city described days of bombardment in the Old City and said many neighbours had been killed in air strikes in recent days. They could not say whose aircraft had carried out the raids.

The battle for Mosul, which began in October, has displaced about 896,000 people. Up to 45,000 civilians are believed to remain trapped in the Old City, according to the United Nations, while Iraqi commanders say no more than 350 Islamic State fighters are left there.
""",
events=[
    ev("Counter-Terrorism Service troops captured the Farouq district of Mosul's Old City and pushed to within 300 metres of the Tigris; three CTS soldiers were killed.",
       "2017-06-26", "‘on Monday’ before the Tuesday 2017-06-27 dateline: Monday 2017-06-26",
       "Farouq district", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       3, None, None, None,
       "Counter-Terrorism Service troops captured the Farouq district of Mosul's Old City on Monday and pushed to within 300 metres of the Tigris, an officer in the service said. [...] Three CTS soldiers were killed in the advance, which was slowed by booby traps, snipers and suicide bombers who hid among civilians, he said."),
    ev("Islamic State snipers fired on families crossing from the Old City to federal police lines in Zanjili, killing at least nine, among them four children; 13 wounded reached a field hospital.",
       "2017-06-25", "‘On Sunday’ before the Tuesday 2017-06-27 dateline: Sunday 2017-06-25",
       "Zanjili", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       9, None, 13, None,
       "On Sunday, Islamic State snipers opened fire on families trying to cross from the Old City to federal police lines in Zanjili, killing at least nine people, among them four children, a federal police officer said. Thirteen wounded people reached a field hospital run by a medical charity in the south-west of the city."),
    ev("A small Islamic State drone dropped a bomb on people queuing for water in Mosul's Yarmouk district, wounding six civilians.",
       "2017-06-24", "‘A day earlier’ than ‘On Sunday’ (Sunday 2017-06-25): Saturday 2017-06-24",
       "Yarmouk district", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       None, None, 6, None,
       "A day earlier, a small drone flown by the militants dropped a bomb on people queuing for water in the Yarmouk district, retaken months ago, wounding six civilians, the officer said.",
       note="'the militants' are Islamic State, named in the sentence before"),
    ev("Displaced people said many neighbours had been killed in air strikes in the Old City in recent days, by aircraft they could not identify.",
       None, "‘in recent days’; no day given",
       "Old City, Mosul", "Nineveh", "IQ", "explosion", "unknown", "civilians",
       None, None, None, None,
       "Displaced people arriving at the Hammam al-Alil camp south of the city described days of bombardment in the Old City and said many neighbours had been killed in air strikes in recent days. They could not say whose aircraft had carried out the raids.",
       note="aggregate of unspecified strikes, vaguely dated", optional=True),
],
figures=[
    fig("displaced", 896000, "Mosul",
        "The battle for Mosul, which began in October, has displaced about 896,000 people."),
    fig("civilians_trapped", 45000, "Old City, Mosul",
        "Up to 45,000 civilians are believed to remain trapped in the Old City, according to the United Nations"),
    fig("fighters", 350, "Old City, Mosul",
        "Iraqi commanders say no more than 350 Islamic State fighters are left there",
        note="Islamic State fighters, at most"),
])

report("b26-26", "2018-10-09", "https://www.example-jazirawire.com/raqqa/2018/10/09/raqqa-one-year-on-mines-returns-bodies",
"""
A year on, Raqqa's residents return to a city of rubble and mines

RAQQA, October 9 (Jazira Wire) - Nearly a year after Islamic State was driven from Raqqa, the streets around the clock square are busy again with handcarts, stalls and water tankers, but whole blocks of the former jihadist capital remain piles of concrete.

The Raqqa Civil Council, which runs the city with the backing of the Syrian Democratic Forces, says more than 152,000 people have returned. Many live in damaged flats without windows, and electricity reaches only a few neighbourhoods for a few hours a day.

Demining teams working for the council and foreign contractors say they have removed more than 28,600 mines and other explosive devices from homes, schools and roads since the battle ended. Local doctors say at least 210 people have been killed by mines and unexploded munitions in the city over the same period, many of them returning owners who went in to inspect their houses.

A team of first responders has recovered 3,410 bodies from mass graves and from under the rubble since January, its head said, and fewer than half have been identified. Families queue at the team's office each week with photographs of missing relatives.

The coalition has pledged money for rubble clearance and water, but council officials say reconstruction of the hospitals and bridges cannot begin without far larger funds. "People came back because the camps were worse," said a council member. "Now they need a reason to stay."
""",
country_hint="SY",
figures=[
    fig("returned", 152000, "Raqqa",
        "The Raqqa Civil Council, which runs the city with the backing of the Syrian Democratic Forces, says more than 152,000 people have returned."),
    fig("other", 28600, "Raqqa",
        "Demining teams working for the council and foreign contractors say they have removed more than 28,600 mines and other explosive devices from homes, schools and roads since the battle ended.",
        note="mines and explosive devices removed"),
    fig("killed", 210, "Raqqa",
        "Local doctors say at least 210 people have been killed by mines and unexploded munitions in the city over the same period",
        note="since the battle ended"),
    fig("other", 3410, "Raqqa",
        "A team of first responders has recovered 3,410 bodies from mass graves and from under the rubble since January",
        note="bodies recovered, killed during IS rule and the battle"),
])

report("b26-27", "2019-08-22", "https://www.example-neareastwire.com/syria/2019/08/22/khan-sheikhoun-taken-maarat-market-strikes-kafranbel",
"""
Syrian army takes Khan Sheikhoun; strikes on Maarat al-Numan market kill at least 13

BEIRUT, August 22 (Near East Wire) - Syrian government forces took full control of Khan Sheikhoun on Wednesday, the army said, capturing the largest town in southern Idlib after nearly four months of a Russian-backed offensive.

The town had been held since 2014 by Hayat Tahrir al-Sham and allied rebel factions. HTS said its fighters had "redeployed" south of the town to avoid encirclement, and opposition activists said the last fighters had left on Tuesday night.

On Tuesday evening, air strikes hit a vegetable market in Maarat al-Numan, killing 13 people, the civil defence said. A monitoring group put the toll at 16 and said Russian jets had carried out the raid. Russia's defence ministry said its aircraft had flown no missions over the town.

HTS said on Monday that one of its suicide bombers had driven a car packed with explosives into a government position near Sukayk, killing "dozens of regime soldiers". State media said troops had destroyed the vehicle before it reached its target and made no mention of casualties.

Meanwhile, helicopters dropped barrel bombs on Kafranbel on Wednesday, wounding seven people, three of them children, rescuers said.

The United Nations says at least 543 civilians have been killed since the offensive began at the end of April and more than 480,000 people have been displaced, most of them toward the Turkish border, where camps are already full.
""",
events=[
    ev("Syrian government forces took full control of Khan Sheikhoun, the largest town in southern Idlib, held since 2014 by HTS and allied rebels.",
       "2019-08-21", "‘on Wednesday’ before the Thursday 2019-08-22 dateline: Wednesday 2019-08-21",
       "Khan Sheikhoun", "Idlib", "SY", "territory_gain", "Syrian government forces", "Hayat Tahrir al-Sham",
       None, None, None, None,
       "Syrian government forces took full control of Khan Sheikhoun on Wednesday, the army said, capturing the largest town in southern Idlib after nearly four months of a Russian-backed offensive. [...] The town had been held since 2014 by Hayat Tahrir al-Sham and allied rebel factions.",
       note="HTS says it 'redeployed'; the town changed hands"),
    ev("Air strikes hit a vegetable market in Maarat al-Numan, killing 13 (civil defence) or 16 (monitor); the monitor blamed Russian jets, Russia said it flew no missions there.",
       "2019-08-20", "‘On Tuesday evening’ before the Thursday 2019-08-22 dateline: Tuesday 2019-08-20",
       "Maarat al-Numan market", "Idlib", "SY", "explosion", "unknown", "civilians",
       13, 16, None, None,
       "On Tuesday evening, air strikes hit a vegetable market in Maarat al-Numan, killing 13 people, the civil defence said. A monitoring group put the toll at 16 and said Russian jets had carried out the raid. Russia's defence ministry said its aircraft had flown no missions over the town.",
       note="conflicting tolls 13 and 16; blamed on Russia, denied by Russia: unknown"),
    ev("HTS said one of its suicide bombers drove a car bomb into a government position near Sukayk; state media said the vehicle was destroyed before reaching its target.",
       None, "HTS ‘said on Monday’; the day of the attack is not given",
       "Sukayk", "Idlib", "SY", "explosion", "Hayat Tahrir al-Sham", "Syrian government forces",
       None, None, None, None,
       "HTS said on Monday that one of its suicide bombers had driven a car packed with explosives into a government position near Sukayk, killing \"dozens of regime soldiers\". State media said troops had destroyed the vehicle before it reached its target and made no mention of casualties.",
       note="claimed by HTS; its 'dozens' of dead is a claimed toll and not used; state media do not deny the attack itself"),
    ev("Helicopters dropped barrel bombs on Kafranbel, wounding seven people, three of them children.",
       "2019-08-21", "‘on Wednesday’ before the Thursday 2019-08-22 dateline: Wednesday 2019-08-21",
       "Kafranbel", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
       None, None, 7, None,
       "Meanwhile, helicopters dropped barrel bombs on Kafranbel on Wednesday, wounding seven people, three of them children, rescuers said.",
       note="only the government's air force drops barrel bombs from helicopters"),
],
figures=[
    fig("killed", 543, "Idlib",
        "The United Nations says at least 543 civilians have been killed since the offensive began at the end of April",
        note="civilians, since late April"),
    fig("displaced", 480000, "Idlib",
        "more than 480,000 people have been displaced, most of them toward the Turkish border"),
])
# ---------------------------------------------------------------------------
# b26-28 .. b26-36
# ---------------------------------------------------------------------------

report("b26-28", "2019-10-15", "https://www.example-khybermail.com/2019/10/15/lakki-marwat-polio-guard-mir-ali-ied-dik-grenade-hayatabad-ctd",
"""
Policeman guarding polio team shot dead in Lakki Marwat; two soldiers martyred in North Waziristan blast

PESHAWAR, October 15 (Daily Khyber Mail) - A police constable deputed for the security of a polio vaccination team was martyred when two armed motorcyclists opened fire on him in Serai Naurang, Lakki Marwat, on Monday morning. The vaccinators escaped unhurt and the campaign in the union council was suspended, the district police officer said.

In North Waziristan, two soldiers embraced shahadat and four were injured when an improvised explosive device went off near their vehicle in Mir Ali tehsil on Sunday, the ISPR said. Hours later, troops searching the area came under fire from a compound and killed three terrorists in the exchange, the military's media wing added.

Late on Saturday, unidentified men hurled a hand grenade at the Cantt police station in Dera Ismail Khan. The grenade exploded in the compound but no one was hurt, police said.

Separately, personnel of the Counter-Terrorism Department raided a house in Peshawar's Hayatabad on Monday night and arrested four suspected members of Jamaat-ul-Ahrar, the CTD said, adding that explosives and a suicide vest had been seized.

Attacks on polio teams have dogged the eradication campaign in the province for years. At least 73 policemen and 27 vaccinators have been killed in attacks on the campaign in Khyber Pakhtunkhwa since 2012, according to police records. Pakistan has reported 72 new polio cases so far this year, most of them in the province, against 12 in the whole of last year.

The provincial government has announced a Rs3 million compensation package for the family of the martyred constable.
""",
events=[
    ev("Two armed motorcyclists shot dead a police constable guarding a polio vaccination team in Serai Naurang, Lakki Marwat; the vaccinators escaped unhurt.",
       "2019-10-14", "‘on Monday morning’ before the Tuesday 2019-10-15 dateline: Monday 2019-10-14",
       "Serai Naurang", "Khyber Pakhtunkhwa", "PK", "battle", "militants (unidentified)", "Pakistani security forces",
       1, None, None, None,
       "A police constable deputed for the security of a polio vaccination team was martyred when two armed motorcyclists opened fire on him in Serai Naurang, Lakki Marwat, on Monday morning. The vaccinators escaped unhurt and the campaign in the union council was suspended, the district police officer said.",
       note="armed attack on an on-duty police escort: battle; 'escaped unhurt' covers only the vaccinators, so wounded stays null"),
    ev("An IED went off near a military vehicle in Mir Ali tehsil, killing two soldiers and injuring four.",
       "2019-10-13", "‘on Sunday’ before the Tuesday 2019-10-15 dateline: Sunday 2019-10-13",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown", "Pakistani security forces",
       2, None, 4, None,
       "In North Waziristan, two soldiers embraced shahadat and four were injured when an improvised explosive device went off near their vehicle in Mir Ali tehsil on Sunday, the ISPR said.",
       note="nobody named"),
    ev("Troops searching the area after the IED blast came under fire from a compound and killed three terrorists.",
       "2019-10-13", "‘Hours later’ than the blast ‘on Sunday’: Sunday 2019-10-13",
       "Mir Ali", "Khyber Pakhtunkhwa", "PK", "battle", "Pakistani security forces", "militants (unidentified)",
       3, None, None, None,
       "Hours later, troops searching the area came under fire from a compound and killed three terrorists in the exchange, the military's media wing added.",
       note="the forces' own search operation, so they are actor1 although they say they came under fire; official count"),
    ev("Unidentified men hurled a hand grenade at the Cantt police station in Dera Ismail Khan; it exploded in the compound but no one was hurt.",
       "2019-10-12", "‘Late on Saturday’ before the Tuesday 2019-10-15 dateline: Saturday 2019-10-12",
       "Cantt police station, Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", "explosion", "militants (unidentified)", "Pakistani security forces",
       0, None, 0, None,
       "Late on Saturday, unidentified men hurled a hand grenade at the Cantt police station in Dera Ismail Khan. The grenade exploded in the compound but no one was hurt, police said."),
    ev("CTD personnel raided a house in Hayatabad, Peshawar, arrested four suspected Jamaat-ul-Ahrar members and seized explosives and a suicide vest.",
       "2019-10-14", "‘on Monday night’ before the Tuesday 2019-10-15 dateline: Monday 2019-10-14",
       "Hayatabad, Peshawar", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "Jamaat-ul-Ahrar",
       None, None, None, None,
       "Separately, personnel of the Counter-Terrorism Department raided a house in Peshawar's Hayatabad on Monday night and arrested four suspected members of Jamaat-ul-Ahrar, the CTD said, adding that explosives and a suicide vest had been seized.",
       arrested=4),
],
figures=[
    fig("killed", 73, "Khyber Pakhtunkhwa",
        "At least 73 policemen and 27 vaccinators have been killed in attacks on the campaign in Khyber Pakhtunkhwa since 2012",
        note="policemen guarding polio teams, since 2012"),
    fig("killed", 27, "Khyber Pakhtunkhwa",
        "At least 73 policemen and 27 vaccinators have been killed in attacks on the campaign in Khyber Pakhtunkhwa since 2012",
        note="polio vaccinators, since 2012"),
])

report("b26-29", "2016-06-20", "https://www.example-mesopotamiapress.com/anbar/2016/06/20/fallujah-jolan-askari-saqlawiyah-missing-men",
"""
Iraqi forces push into Fallujah's Jolan; tribal leaders say men missing after screening

BAGHDAD, June 20 (Mesopotamia Press) - Counter-terrorism troops entered the Jolan district, the last part of Fallujah still held by Islamic State, on Sunday and were fighting militants who had barricaded themselves inside houses, a spokesman for the Counter-Terrorism Service said.

On Saturday, the same forces took the al-Askari neighbourhood in the east of the city after a day of street fighting. More than 40 militants were killed there, the spokesman said; he did not give a figure for his own men.

Tribal leaders from Saqlawiyah, north-west of Fallujah, said on Sunday that 49 men who fled the town on Thursday had been taken away by armed men in uniform at a screening point and had not been seen since. They blamed a Popular Mobilization unit. A spokesman for the Popular Mobilization Forces denied that its fighters had detained anyone, and said all men leaving the area were handed to the army and police for security checks.

Elsewhere in Anbar, Katyusha rockets fired by Islamic State hit Amiriyat al-Fallujah on Saturday, killing two civilians and wounding five, a local official said.

More than 81,000 people have fled Fallujah and its outskirts since the operation began in late May, according to the United Nations, and aid groups say the camps around Amiriyat al-Fallujah and Habbaniyah are close to breaking point. About 20,000 troops, police and paramilitary fighters are taking part in the offensive, according to the Joint Operations Command.
""",
events=[
    ev("Counter-terrorism troops entered Jolan, the last Islamic State-held part of Fallujah, and fought militants barricaded in houses.",
       "2016-06-19", "‘on Sunday’ before the Monday 2016-06-20 dateline: Sunday 2016-06-19",
       "Jolan", "Anbar", "IQ", "battle", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Counter-terrorism troops entered the Jolan district, the last part of Fallujah still held by Islamic State, on Sunday and were fighting militants who had barricaded themselves inside houses, a spokesman for the Counter-Terrorism Service said.",
       note="entered, not yet taken: battle"),
    ev("CTS forces took the al-Askari neighbourhood in eastern Fallujah after a day of street fighting; more than 40 militants were killed.",
       "2016-06-18", "‘On Saturday’ before the Monday 2016-06-20 dateline: Saturday 2016-06-18",
       "al-Askari", "Anbar", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       40, None, None, None,
       "On Saturday, the same forces took the al-Askari neighbourhood in the east of the city after a day of street fighting. More than 40 militants were killed there, the spokesman said; he did not give a figure for his own men.",
       note="official count of enemy dead only"),
    ev("49 men who fled Saqlawiyah were taken away by armed men in uniform at a screening point and not seen again; tribal leaders blamed a PMF unit, which the PMF denied.",
       "2016-06-16", "the men ‘fled the town on Thursday’ and were taken at the screening point as they fled, before the Monday 2016-06-20 dateline: Thursday 2016-06-16",
       "Saqlawiyah", "Anbar", "IQ", "other", "unknown", "civilians",
       None, None, None, None,
       "Tribal leaders from Saqlawiyah, north-west of Fallujah, said on Sunday that 49 men who fled the town on Thursday had been taken away by armed men in uniform at a screening point and had not been seen since. They blamed a Popular Mobilization unit. A spokesman for the Popular Mobilization Forces denied that its fighters had detained anyone, and said all men leaving the area were handed to the army and police for security checks.",
       note="forced disappearance of 49 men; blamed on the PMF, denied by the PMF: unknown"),
    ev("Katyusha rockets fired by Islamic State hit Amiriyat al-Fallujah, killing two civilians and wounding five.",
       "2016-06-18", "‘on Saturday’ before the Monday 2016-06-20 dateline: Saturday 2016-06-18",
       "Amiriyat al-Fallujah", "Anbar", "IQ", "explosion", "Islamic State", "civilians",
       2, None, 5, None,
       "Elsewhere in Anbar, Katyusha rockets fired by Islamic State hit Amiriyat al-Fallujah on Saturday, killing two civilians and wounding five, a local official said."),
],
figures=[
    fig("displaced", 81000, "Fallujah",
        "More than 81,000 people have fled Fallujah and its outskirts since the operation began in late May, according to the United Nations"),
    fig("fighters", 20000, "Fallujah",
        "About 20,000 troops, police and paramilitary fighters are taking part in the offensive, according to the Joint Operations Command."),
])

report("b26-30", "2019-11-19", "https://www.example-nangarhartoday.com/2019/11/19/achin-daesh-surrender-khogyani-air-strike-sherzad-checkpoint",
"""
Ninety-three Daesh fighters surrender in Achin; toll of Khogyani air strike disputed

JALALABAD, November 19 (Nangarhar Today) - Ninety-three Daesh fighters, together with 160 women and children from their families, surrendered to Afghan forces in Achin district on Saturday, the provincial governor's office said.

An Afghan air force strike hit a house in the Wazir Tangi area of Khogyani district on Sunday, killing nine people. The Ministry of Defence said the dead were Taliban fighters who had been planting mines. Relatives who brought the bodies to the governor's compound in Jalalabad said they were farmers and children from one family, and demanded an investigation.

In Jalalabad, two officers of the National Directorate of Security were killed when a sticky bomb attached to their car exploded in the city's fourth police district on Monday, police said. No one claimed the bombing.

Meanwhile, Taliban fighters overran a police checkpoint in Sherzad district on Monday night, killing five policemen, district officials said. The Taliban said in a statement that they had killed 12 "puppet soldiers" and seized weapons and ammunition.

Officials say more than 600 Daesh fighters and relatives have surrendered in Nangarhar in the past two weeks after a combined push by Afghan and US forces and by the Taliban, who have fought the group in the province since 2015. The governor's office said on Tuesday that 612 people in all had handed themselves over, among them 215 fighters.
""",
events=[
    ev("Ninety-three Daesh fighters and 160 women and children from their families surrendered to Afghan forces in Achin district.",
       "2019-11-16", "‘on Saturday’ before the Tuesday 2019-11-19 dateline: Saturday 2019-11-16",
       "Achin", "Nangarhar", "AF", "other", "Islamic State", "Afghan security forces",
       None, None, None, None,
       "Ninety-three Daesh fighters, together with 160 women and children from their families, surrendered to Afghan forces in Achin district on Saturday, the provincial governor's office said.",
       note="surrender ('other')"),
    ev("An Afghan air force strike hit a house in Wazir Tangi, Khogyani, killing nine people; the defence ministry said they were Taliban laying mines, relatives said they were farmers and children of one family.",
       "2019-11-17", "‘on Sunday’ before the Tuesday 2019-11-19 dateline: Sunday 2019-11-17",
       "Wazir Tangi", "Nangarhar", "AF", "explosion", "Afghan security forces", "Taliban",
       9, None, None, None,
       "An Afghan air force strike hit a house in the Wazir Tangi area of Khogyani district on Sunday, killing nine people. The Ministry of Defence said the dead were Taliban fighters who had been planting mines. Relatives who brought the bodies to the governor's compound in Jalalabad said they were farmers and children from one family, and demanded an investigation.",
       note="the toll agrees; who the dead were is disputed (ministry: Taliban; relatives: civilians)"),
    ev("A sticky bomb attached to their car killed two NDS officers in Jalalabad's fourth police district; no one claimed it.",
       "2019-11-18", "‘on Monday’ before the Tuesday 2019-11-19 dateline: Monday 2019-11-18",
       "Jalalabad", "Nangarhar", "AF", "explosion", "unknown", "Afghan security forces",
       2, None, None, None,
       "In Jalalabad, two officers of the National Directorate of Security were killed when a sticky bomb attached to their car exploded in the city's fourth police district on Monday, police said. No one claimed the bombing."),
    ev("Taliban fighters overran a police checkpoint in Sherzad district, killing five policemen; the Taliban claimed 12.",
       "2019-11-18", "‘on Monday night’ before the Tuesday 2019-11-19 dateline: Monday 2019-11-18",
       "Sherzad", "Nangarhar", "AF", "territory_gain", "Taliban", "Afghan security forces",
       5, None, None, None,
       "Meanwhile, Taliban fighters overran a police checkpoint in Sherzad district on Monday night, killing five policemen, district officials said. The Taliban said in a statement that they had killed 12 \"puppet soldiers\" and seized weapons and ammunition.",
       note="the Taliban's claimed 12 is not used"),
],
figures=[
    fig("other", 612, "Nangarhar",
        "The governor's office said on Tuesday that 612 people in all had handed themselves over, among them 215 fighters.",
        note="Islamic State fighters and relatives who surrendered in two weeks"),
    fig("fighters", 215, "Nangarhar",
        "The governor's office said on Tuesday that 612 people in all had handed themselves over, among them 215 fighters.",
        note="Islamic State fighters who surrendered in two weeks"),
])

report("b26-31", "2017-10-16", "https://www.example-levantdesk.com/syria/2017/10/16/mayadin-recaptured-asharah-boats-strikes-airport-attack",
"""
Syrian army says Mayadin recaptured; strikes on river crossing kill 21, monitor says

BEIRUT, October 16 (Levant Desk) - Syrian government forces and allied militias recaptured the town of Mayadin, on the Euphrates south-east of Deir ez-Zor, on Saturday, the army said, taking one of the last large towns held by Islamic State in Syria.

Air strikes on boats carrying families across the river near al-Asharah on Friday killed 21 people, among them eight children, a monitoring group said. It said the raids had been carried out by Russian jets. Russia's defence ministry said its aircraft had destroyed boats used by Islamic State fighters trying to flee to the east bank.

On Sunday, Islamic State fighters attacked government positions near Deir ez-Zor's military airport. State television said "scores" of attackers had been killed. The monitoring group said 14 soldiers and militiamen and 19 jihadists died in the fighting.

Government forces broke the militants' three-year siege of Deir ez-Zor city last month, and have since pushed south along the west bank of the river with heavy Russian air support. On the east bank, the US-backed Syrian Democratic Forces are advancing from the north, and the two offensives are now separated in places only by the width of the Euphrates.

The United Nations says more than 350,000 people have fled their homes in Deir ez-Zor province since August, many of them to overcrowded camps in Hasakah.
""",
events=[
    ev("Syrian government forces and allied militias recaptured Mayadin, one of the last large towns held by Islamic State.",
       "2017-10-14", "‘on Saturday’ before the Monday 2017-10-16 dateline: Saturday 2017-10-14",
       "Mayadin", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "Syrian government forces and allied militias recaptured the town of Mayadin, on the Euphrates south-east of Deir ez-Zor, on Saturday, the army said, taking one of the last large towns held by Islamic State in Syria."),
    ev("Air strikes on boats carrying families across the Euphrates near al-Asharah killed 21 people, among them eight children; a monitor blamed Russian jets, Russia said it hit boats of fleeing Islamic State fighters.",
       "2017-10-13", "‘on Friday’ before the Monday 2017-10-16 dateline: Friday 2017-10-13",
       "al-Asharah", "Deir ez-Zor", "SY", "explosion", "Russian forces", "civilians",
       21, None, None, None,
       "Air strikes on boats carrying families across the river near al-Asharah on Friday killed 21 people, among them eight children, a monitoring group said. It said the raids had been carried out by Russian jets. Russia's defence ministry said its aircraft had destroyed boats used by Islamic State fighters trying to flee to the east bank.",
       note="Russia admits striking boats there and disputes who was on them, so Russia stays actor1; the actor is named only in the second sentence"),
    ev("Islamic State fighters attacked government positions near Deir ez-Zor military airport; a monitor said 14 soldiers and militiamen and 19 jihadists died.",
       "2017-10-15", "‘On Sunday’ before the Monday 2017-10-16 dateline: Sunday 2017-10-15",
       "Deir ez-Zor military airport", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian government forces",
       33, None, None, None,
       "On Sunday, Islamic State fighters attacked government positions near Deir ez-Zor's military airport. State television said \"scores\" of attackers had been killed. The monitoring group said 14 soldiers and militiamen and 19 jihadists died in the fighting.",
       note="33 = 14 soldiers and militiamen + 19 jihadists (monitor); state television's 'scores' gives no number"),
    ev("Government forces broke Islamic State's three-year siege of Deir ez-Zor city.",
       None, "‘last month’ (September 2017); no day given",
       "Deir ez-Zor city", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "Government forces broke the militants' three-year siege of Deir ez-Zor city last month, and have since pushed south along the west bank of the river with heavy Russian air support.",
       note="told as background, but 'last month' may fall inside the news window; only vaguely dated", optional=True),
],
figures=[
    fig("displaced", 350000, "Deir ez-Zor province",
        "The United Nations says more than 350,000 people have fled their homes in Deir ez-Zor province since August"),
])

report("b26-32", "2020-05-26", "https://www.example-kirkukeveningpost.com/2020/05/26/daquq-wheat-fires-rashad-mukhtar-wadi-al-shay-raid",
"""
Islamic State burns wheat fields south of Kirkuk; village mukhtar shot dead

KIRKUK, May 26 (Kirkuk Evening Post) - Fires set by Islamic State militants destroyed large areas of ripe wheat around several villages in Daquq district on Sunday, local officials said. Firefighters fought the blaze for hours. No one was hurt.

On Saturday night, gunmen shot dead the mukhtar of a village near Rashad, south-west of the city, as he returned home from evening prayers. A security official said the man had refused to pay "zakat" demanded by Islamic State, but no group has claimed the killing.

Army troops backed by Iraqi aircraft raided an Islamic State hideout in Wadi al-Shay on Monday, killing four militants, the Security Media Cell said. A soldier was wounded.

On Thursday, militants attacked a federal police post near the town of al-Abbasi in Hawija district. A police officer said three policemen were killed; the provincial health directorate later put the toll at five. Islamic State claimed the attack on Friday, saying seven "apostates" had died.

According to Kirkuk's agriculture directorate, fires have destroyed more than 3,400 dunams of crops in the province since the start of the harvest, most of them in areas where federal forces and the Peshmerga withdrew from joint checkpoints in 2017. Iraqi commanders say about 500 Islamic State fighters still move between the valleys of Kirkuk, Salahuddin and Diyala.

Farmers in the area say they now guard their fields at night with hunting rifles and water tankers.
""",
events=[
    ev("Fires set by Islamic State militants destroyed large areas of ripe wheat around several villages in Daquq district; no one was hurt.",
       "2020-05-24", "‘on Sunday’ before the Tuesday 2020-05-26 dateline: Sunday 2020-05-24",
       "villages in Daquq district", "Kirkuk", "IQ", "other", "Islamic State", "none",
       0, None, 0, None,
       "Fires set by Islamic State militants destroyed large areas of ripe wheat around several villages in Daquq district on Sunday, local officials said. Firefighters fought the blaze for hours. No one was hurt.",
       note="arson of crops: property destruction"),
    ev("Gunmen shot dead the mukhtar of a village near Rashad as he returned from evening prayers; he had refused to pay 'zakat' demanded by Islamic State, but nobody claimed the killing.",
       "2020-05-23", "‘On Saturday night’ before the Tuesday 2020-05-26 dateline: Saturday 2020-05-23",
       "Rashad", "Kirkuk", "IQ", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "On Saturday night, gunmen shot dead the mukhtar of a village near Rashad, south-west of the city, as he returned home from evening prayers. A security official said the man had refused to pay \"zakat\" demanded by Islamic State, but no group has claimed the killing.",
       note="assassination of a village head (other); Islamic State only suggested by a motive"),
    ev("Army troops backed by aircraft raided an Islamic State hideout in Wadi al-Shay, killing four militants; a soldier was wounded.",
       "2020-05-25", "‘on Monday’ before the Tuesday 2020-05-26 dateline: Monday 2020-05-25",
       "Wadi al-Shay", "Kirkuk", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       4, None, 1, None,
       "Army troops backed by Iraqi aircraft raided an Islamic State hideout in Wadi al-Shay on Monday, killing four militants, the Security Media Cell said. A soldier was wounded."),
    ev("Militants attacked a federal police post near al-Abbasi in Hawija district; a police officer said three policemen were killed, the health directorate said five. Islamic State claimed it.",
       "2020-05-21", "‘On Thursday’ before the Tuesday 2020-05-26 dateline: Thursday 2020-05-21",
       "al-Abbasi", "Kirkuk", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       3, 5, None, None,
       "On Thursday, militants attacked a federal police post near the town of al-Abbasi in Hawija district. A police officer said three policemen were killed; the provincial health directorate later put the toll at five. Islamic State claimed the attack on Friday, saying seven \"apostates\" had died.",
       note="conflicting tolls: 3 (police officer) and 5 (health directorate); Islamic State's claimed 7 not used; actor named only in the last sentence"),
],
figures=[
    fig("other", 3400, "Kirkuk",
        "According to Kirkuk's agriculture directorate, fires have destroyed more than 3,400 dunams of crops in the province since the start of the harvest",
        note="dunams of crops burned"),
    fig("fighters", 500, "Kirkuk, Salahuddin and Diyala",
        "Iraqi commanders say about 500 Islamic State fighters still move between the valleys of Kirkuk, Salahuddin and Diyala."),
])

report("b26-33", "2019-07-31", "https://www.example-kabulmorningpost.com/2019/07/31/un-midyear-civilian-casualties-report",
"""
Civilian casualties dip but air strikes kill more, UN mid-year report says

KABUL, July 31 (Kabul Morning Post) - The number of civilians killed and wounded in Afghanistan's war fell in the first half of the year, but deaths caused by government and international forces rose sharply, the United Nations mission said in its mid-year report on Tuesday.

The mission documented 3,689 civilian casualties between January 1 and June 30, of them 1,268 killed and 2,421 wounded, a drop of about a quarter on the same period last year. Children made up nearly a third of the total.

For the first time since the mission began keeping records, pro-government forces were responsible for more civilian deaths than anti-government groups in a six-month period. Air strikes alone killed 342 civilians, the report said, most of them in Helmand, Kunduz and Nangarhar.

The Taliban were held responsible for the largest share of casualties caused by anti-government elements, followed by Islamic State's regional affiliate, whose suicide attacks in Kabul accounted for many of the deadliest incidents. Improvised explosive devices remained the leading cause of civilian harm overall.

The mission urged all parties to the conflict to do more to protect civilians as US and Taliban negotiators continue talks in Doha and the country prepares for a presidential election in September. "Behind every number is a family that has lost someone it loved," the mission's head said in a statement.
""",
country_hint="AF",
figures=[
    fig("other", 3689, "Afghanistan",
        "The mission documented 3,689 civilian casualties between January 1 and June 30",
        note="civilian casualties (killed and wounded), first half of 2019"),
    fig("killed", 1268, "Afghanistan",
        "of them 1,268 killed and 2,421 wounded",
        note="civilians, first half of 2019"),
    fig("wounded", 2421, "Afghanistan",
        "of them 1,268 killed and 2,421 wounded",
        note="civilians, first half of 2019"),
    fig("killed", 342, "Afghanistan",
        "Air strikes alone killed 342 civilians, the report said",
        note="civilians killed by air strikes, first half of 2019"),
])

report("b26-34", "2016-07-12", "https://www.example-neareastwire.com/syria/2016/07/12/manbij-silos-sdf-counterattack-aleppo-midan-sakhour",
"""
SDF seizes Manbij silos as Islamic State hits back with car bombs; shells and barrel bombs hit Aleppo

BEIRUT, July 12 (Near East Wire) - Fighters of the US-backed Syrian Democratic Forces captured the grain silos on the southern edge of Manbij on Sunday, a commander said, tightening their grip on the Islamic State-held town they have besieged since early June.

Six SDF fighters were killed in the assault on the silos, he said.

Late on Monday, Islamic State launched a counterattack on SDF positions on the western edge of the town, opening with three car bombs. The SDF said 31 attackers were killed; a monitoring group said 11 SDF fighters also died.

In Aleppo city, rebel shells hit the government-held Midan district on Saturday, killing four civilians, state media said. A rebel spokesman said the factions had been targeting army positions in the area.

Meanwhile, barrel bombs dropped by government helicopters on the rebel-held Sakhour district on Monday killed seven people, among them two children, the civil defence said.

Aid agencies estimate that about 65,000 civilians are trapped inside Manbij, where the militants have stopped residents from leaving and, according to people who escaped, have moved fighters into family homes. In the east of Aleppo city, about 275,000 people risk being cut off if the last supply road is closed, aid agencies say.
""",
events=[
    ev("SDF fighters captured the grain silos on the southern edge of Islamic State-held Manbij; six SDF fighters were killed.",
       "2016-07-10", "‘on Sunday’ before the Tuesday 2016-07-12 dateline: Sunday 2016-07-10",
       "grain silos, Manbij", "Aleppo", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       6, None, None, None,
       "Fighters of the US-backed Syrian Democratic Forces captured the grain silos on the southern edge of Manbij on Sunday, a commander said, tightening their grip on the Islamic State-held town they have besieged since early June. [...] Six SDF fighters were killed in the assault on the silos, he said."),
    ev("Islamic State counterattacked SDF positions on the western edge of Manbij, opening with three car bombs; the SDF said 31 attackers were killed, a monitor said 11 SDF fighters also died.",
       "2016-07-11", "‘Late on Monday’ before the Tuesday 2016-07-12 dateline: Monday 2016-07-11",
       "western edge of Manbij", "Aleppo", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       42, None, None, None,
       "Late on Monday, Islamic State launched a counterattack on SDF positions on the western edge of the town, opening with three car bombs. The SDF said 31 attackers were killed; a monitoring group said 11 SDF fighters also died.",
       note="42 = 31 attackers (SDF) + 11 SDF fighters (monitor); complex attack opening with car bombs: explosion"),
    ev("Rebel shells hit the government-held Midan district of Aleppo, killing four civilians; the rebels said they were targeting army positions.",
       "2016-07-09", "‘on Saturday’ before the Tuesday 2016-07-12 dateline: Saturday 2016-07-09",
       "Midan", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       4, None, None, None,
       "In Aleppo city, rebel shells hit the government-held Midan district on Saturday, killing four civilians, state media said. A rebel spokesman said the factions had been targeting army positions in the area.",
       note="the rebels admit the shelling and dispute the target"),
    ev("Barrel bombs dropped by government helicopters on the rebel-held Sakhour district of Aleppo killed seven people, among them two children.",
       "2016-07-11", "‘on Monday’ before the Tuesday 2016-07-12 dateline: Monday 2016-07-11",
       "Sakhour", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       7, None, None, None,
       "Meanwhile, barrel bombs dropped by government helicopters on the rebel-held Sakhour district on Monday killed seven people, among them two children, the civil defence said."),
],
figures=[
    fig("civilians_trapped", 65000, "Manbij",
        "Aid agencies estimate that about 65,000 civilians are trapped inside Manbij"),
    fig("civilians_trapped", 275000, "eastern Aleppo",
        "In the east of Aleppo city, about 275,000 people risk being cut off if the last supply road is closed, aid agencies say.",
        note="people at risk of siege in rebel-held eastern Aleppo"),
])

report("b26-35", "2020-04-14", "https://www.example-tigriswire.com/iraq/2020/04/14/mutaibijah-hashd-attack-balad-rockets-makhoul-cts-raid",
"""
Two Hashd fighters killed in attack near Mutaibijah; rockets fall near Balad air base

TIKRIT, April 14 (Tigris Wire) - Gunmen attacked a position of the Popular Mobilization Forces in the Mutaibijah area, on the edge of Salahuddin and Diyala, on Sunday night, killing two fighters and wounding three, the Hashd said.

The attackers withdrew toward the Hamrin hills after an exchange of fire that lasted about an hour. The Hashd's media office blamed Islamic State, whose remnants have exploited the thinning of security forces during the coronavirus curfew to step up attacks in the area.

Two Katyusha rockets landed near Balad air base, north of Baghdad, on Monday evening, causing no casualties, a security source said. The rockets were fired from an orchard near the base, where the launcher was later found. No group claimed the attack.

Counter-Terrorism Service troops, supported by coalition aircraft, raided Islamic State hideouts in the Makhoul mountains north of Baiji on Saturday, killing six militants, the Security Media Cell said.

In Samarra, police arrested three suspected Islamic State members at a checkpoint on Monday, a police officer said.

Iraqi officials estimate that fewer than 2,500 Islamic State fighters remain active in the country, most of them in the mountains and deserts of Salahuddin, Kirkuk, Diyala and Anbar. The US-led coalition has handed several bases back to Iraqi forces in recent weeks and says it will keep supporting them from the air.
""",
events=[
    ev("Gunmen attacked a PMF position in the Mutaibijah area, killing two fighters and wounding three; the Hashd blamed Islamic State.",
       "2020-04-12", "‘on Sunday night’ before the Tuesday 2020-04-14 dateline: Sunday 2020-04-12",
       "Mutaibijah", "Salahuddin", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       2, None, 3, None,
       "Gunmen attacked a position of the Popular Mobilization Forces in the Mutaibijah area, on the edge of Salahuddin and Diyala, on Sunday night, killing two fighters and wounding three, the Hashd said. [...] The Hashd's media office blamed Islamic State, whose remnants have exploited the thinning of security forces during the coronavirus curfew to step up attacks in the area.",
       note="blamed by the PMF, not denied; the actor is named only in the second paragraph"),
    ev("Two Katyusha rockets landed near Balad air base, causing no casualties; no group claimed them.",
       "2020-04-13", "‘on Monday evening’ before the Tuesday 2020-04-14 dateline: Monday 2020-04-13",
       "Balad air base", "Salahuddin", "IQ", "explosion", "unknown", "none",
       0, None, 0, None,
       "Two Katyusha rockets landed near Balad air base, north of Baghdad, on Monday evening, causing no casualties, a security source said. The rockets were fired from an orchard near the base, where the launcher was later found. No group claimed the attack."),
    ev("CTS troops with coalition air support raided Islamic State hideouts in the Makhoul mountains north of Baiji, killing six militants.",
       "2020-04-11", "‘on Saturday’ before the Tuesday 2020-04-14 dateline: Saturday 2020-04-11",
       "Makhoul mountains", "Salahuddin", "IQ", "battle", "Counter-Terrorism Service", "Islamic State",
       6, None, None, None,
       "Counter-Terrorism Service troops, supported by coalition aircraft, raided Islamic State hideouts in the Makhoul mountains north of Baiji on Saturday, killing six militants, the Security Media Cell said."),
    ev("Police arrested three suspected Islamic State members at a checkpoint in Samarra.",
       "2020-04-13", "‘on Monday’ before the Tuesday 2020-04-14 dateline: Monday 2020-04-13",
       "Samarra", "Salahuddin", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "In Samarra, police arrested three suspected Islamic State members at a checkpoint on Monday, a police officer said.",
       arrested=3),
],
figures=[
    fig("fighters", 2500, "Iraq",
        "Iraqi officials estimate that fewer than 2,500 Islamic State fighters remain active in the country",
        note="Islamic State fighters, at most"),
])

report("b26-36", "2018-09-11", "https://www.example-kabulmorningpost.com/2018/09/11/qala-e-fathullah-suicide-jaghatu-falls-ali-abad-ambush",
"""
Suicide bomber kills four policemen in Kabul; Taliban overrun Jaghatu district centre

KABUL, September 11 (Kabul Morning Post) - A suicide bomber on foot blew himself up near a police checkpoint in the Qala-e-Fathullah area of Kabul on Sunday afternoon, killing himself, four policemen and a civilian, the Interior Ministry said. At least 11 people were wounded, according to the ministry; a doctor at the city's emergency hospital put the number of wounded brought in at 16.

The Islamic State group claimed the bombing in a statement carried by its Amaq news agency, saying the bomber had targeted "a gathering of apostate police".

In Ghazni province, Taliban fighters overran the centre of Jaghatu district on Saturday night after a two-day siege. Provincial officials said nine members of the security forces were killed and six were captured; the remaining defenders withdrew to a base outside the district. A policeman wounded in the fighting died in a Ghazni hospital on Monday, a health official said.

In Kunduz, Taliban fighters ambushed a police convoy on the road between Kunduz city and Ali Abad district on Sunday, killing four policemen and wounding two. Police said seven attackers were killed when reinforcements arrived.

Separately, police in Paghman district, west of the capital, arrested two men on Monday who were carrying explosives hidden in a fuel tanker, the Interior Ministry said.

The violence comes as the Afghan security forces struggle with heavy losses. An official at the Interior Ministry, speaking on condition of anonymity, said more than 1,930 police had been killed since the start of the Afghan year on March 21. The government stopped publishing casualty figures for the armed forces last year.
""",
events=[
    ev("A suicide bomber on foot blew himself up near a police checkpoint in Qala-e-Fathullah, Kabul, killing himself, four policemen and a civilian and wounding 11 (ministry) or 16 (hospital). Islamic State claimed it.",
       "2018-09-09", "‘on Sunday afternoon’ before the Tuesday 2018-09-11 dateline: Sunday 2018-09-09",
       "Qala-e-Fathullah", "Kabul", "AF", "explosion", "Islamic State", "Afghan security forces",
       6, None, 11, 16,
       "A suicide bomber on foot blew himself up near a police checkpoint in the Qala-e-Fathullah area of Kabul on Sunday afternoon, killing himself, four policemen and a civilian, the Interior Ministry said. At least 11 people were wounded, according to the ministry; a doctor at the city's emergency hospital put the number of wounded brought in at 16. [...] The Islamic State group claimed the bombing in a statement carried by its Amaq news agency, saying the bomber had targeted \"a gathering of apostate police\".",
       note="6 = the bomber + 4 policemen + 1 civilian; conflicting wounded counts: 11 (ministry) and 16 (hospital doctor)"),
    ev("Taliban fighters overran the Jaghatu district centre after a two-day siege; nine members of the security forces were killed and six captured, and a wounded policeman died later.",
       "2018-09-08", "‘on Saturday night’ before the Tuesday 2018-09-11 dateline: Saturday 2018-09-08",
       "Jaghatu", "Ghazni", "AF", "territory_gain", "Taliban", "Afghan security forces",
       10, None, None, None,
       "In Ghazni province, Taliban fighters overran the centre of Jaghatu district on Saturday night after a two-day siege. Provincial officials said nine members of the security forces were killed and six were captured; the remaining defenders withdrew to a base outside the district. A policeman wounded in the fighting died in a Ghazni hospital on Monday, a health official said.",
       note="10 = 9 killed + 1 wounded policeman who died on Monday"),
    ev("Taliban fighters ambushed a police convoy on the Kunduz-Ali Abad road, killing four policemen and wounding two; seven attackers were killed when reinforcements arrived.",
       "2018-09-09", "‘on Sunday’ before the Tuesday 2018-09-11 dateline: Sunday 2018-09-09",
       "Kunduz-Ali Abad road", "Kunduz", "AF", "battle", "Taliban", "Afghan security forces",
       11, None, 2, None,
       "In Kunduz, Taliban fighters ambushed a police convoy on the road between Kunduz city and Ali Abad district on Sunday, killing four policemen and wounding two. Police said seven attackers were killed when reinforcements arrived.",
       note="11 = 4 policemen + 7 attackers (police count)"),
    ev("Police in Paghman district arrested two men carrying explosives hidden in a fuel tanker.",
       "2018-09-10", "‘on Monday’ before the Tuesday 2018-09-11 dateline: Monday 2018-09-10",
       "Paghman", "Kabul", "AF", "arrest", "Afghan security forces", "unknown",
       None, None, None, None,
       "Separately, police in Paghman district, west of the capital, arrested two men on Monday who were carrying explosives hidden in a fuel tanker, the Interior Ministry said.",
       arrested=2),
],
figures=[
    fig("killed", 1930, "Afghanistan",
        "said more than 1,930 police had been killed since the start of the Afghan year on March 21",
        note="police, since March 21"),
])


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "AF", "PK"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Nineveh": "IQ", "Anbar": "IQ", "Salahuddin": "IQ", "Diyala": "IQ", "Kirkuk": "IQ",
    "Raqqa": "SY", "Deir ez-Zor": "SY", "Idlib": "SY", "Aleppo": "SY",
    "Helmand": "AF", "Kunduz": "AF", "Nangarhar": "AF", "Ghazni": "AF", "Kabul": "AF",
    "Khyber Pakhtunkhwa": "PK", "Balochistan": "PK",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
    "Peshmerga", "US-led coalition", "US forces",
    "Syrian Democratic Forces", "Syrian government forces", "Russian forces", "Turkish Armed Forces",
    "Turkish-backed Syrian rebels", "Syrian rebels", "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki",
    "Taliban", "Afghan security forces",
    "Pakistani security forces", "Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar", "Lashkar-e-Islam",
    "Islamic Movement of Uzbekistan", "Balochistan Liberation Front",
    "militants (unidentified)", "unknown", "none", "civilians", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# "CITY, Month D (Outlet) - " or, with a province, "CITY, Province, Month D (Outlet) - "
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý],(?: [A-Z][A-Za-z ]+,)? [A-Z][a-z]+ \d")
DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý]),(?: [A-Z][A-Za-z ]+,)? (%s) (\d{1,2}) \(([^()]+)\) - \S"
                      % "|".join(MONTHS))
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
MIN_WORDS, MAX_WORDS = 150, 450

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_date(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return None
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_evidence(where, text, evidence):
    if not isinstance(evidence, str) or not evidence.strip():
        err(where, "empty evidence")
        return
    for piece in evidence.split(" [...] "):
        if not piece or piece not in text:
            err(where, f"evidence piece not verbatim in text: {piece[:80]!r}")


def check_weekday_dates_in_text(where, text, pub):
    """Every 'Weekday[,] D Month[ YYYY]' and 'Weekday[,] Month D[, YYYY]' in a text must be a true date."""
    wd = "|".join(WEEKDAYS)
    mo = "|".join(MONTHS)
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)(?:,? (\d{4}))?" % (wd, mo)),
            re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (wd, mo))]
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            if i == 0:
                day, month = int(m.group(2)), MONTHS.index(m.group(3)) + 1
            else:
                day, month = int(m.group(3)), MONTHS.index(m.group(2)) + 1
            year = int(m.group(4)) if m.group(4) else pub.year
            try:
                d = datetime.date(year, month, day)
            except ValueError:
                err(where, f"impossible date {m.group(0)!r}")
                continue
            if WEEKDAYS[d.weekday()] != m.group(1):
                err(where, f"{m.group(0)!r} is a {WEEKDAYS[d.weekday()]}, not a {m.group(1)}")
            if d > pub:
                err(where, f"{m.group(0)!r} is after publication {pub}")


def check_date_note(where, note, text):
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
    # quoted text must be verbatim from the report
    for q in re.findall(r"‘([^’]*)’", note):
        if q not in text:
            err(where, f"date_note quotes text not in report: {q!r}")
    if "'" in note and "‘" not in note:
        err(where, "date_note quotes with straight quotes; use ‘…’")
    outside = re.sub(r"‘[^’]*’", "‘’", note)
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), outside):
        rest = outside[m.end():]
        dm = re.match(r" (\d{4}-\d{2}-\d{2})", rest)
        if not dm:
            err(where, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD'")
            continue
        d = parse_date(dm.group(1))
        if d is None:
            err(where, f"bad date in date_note {dm.group(1)!r}")
        elif WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"date_note says {m.group(1)} {dm.group(1)}, but it is a {WEEKDAYS[d.weekday()]}")


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b26-%02d" % (i + 1):
            err(rid, f"id out of order, expected b26-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2020, 12, 31)):
            err(rid, f"published {pub} outside 2014-2020")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        words = len(text.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err(rid, f"{words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]):
            err(rid, "first line must be a headline")
        # datelines: every line that starts like one must be well formed and name the publication date
        datelines = 0
        for ln in lines:
            if DATELINE_START.match(ln):
                m = DATELINE.match(ln)
                if not m:
                    err(rid, f"malformed dateline: {ln[:60]!r}")
                    continue
                datelines += 1
                if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                    err(rid, f"dateline {m.group(2)} {m.group(3)} does not name publication {pub}")
        if datelines != 1:
            err(rid, f"{datelines} datelines, expected exactly one")
        check_weekday_dates_in_text(rid, text, pub)
        for j, e in enumerate(r["events"]):
            w = f"{rid} event {j}"
            keys = list(e.keys())
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
                err(w, f"keys not in schema order: {keys}")
            extra = keys[len(EVENT_KEYS):]
            if [k for k in EVENT_EXTRA if k in extra] != extra:
                err(w, f"unknown or misordered extra keys: {extra}")
            for k in ("summary", "place", "actor1", "actor2"):
                if not isinstance(e.get(k), str) or not e[k].strip():
                    err(w, f"{k} must be a non-empty string")
            for k in ("actor1", "actor2"):
                if e.get(k) not in ACTORS:
                    err(w, f"{k} {e.get(k)!r} not in the actor list")
            if e.get("actor1") in ("none", "protesters") and e.get("type") != "other":
                err(w, f"actor1 {e['actor1']!r} only on 'other' events")
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            if e.get("admin") not in ADMINS:
                err(w, f"admin {e.get('admin')!r} not a known first-level region of this set")
            elif ADMINS[e["admin"]] != e.get("country"):
                err(w, f"admin {e['admin']!r} is in {ADMINS[e['admin']]}, not {e.get('country')}")
            if e.get("type") not in TYPES:
                err(w, f"type {e.get('type')!r} not valid")
            if e["date"] is not None:
                d = parse_date(e["date"])
                if d is None:
                    err(w, f"bad date {e['date']!r}")
                elif d > pub:
                    err(w, f"date {d} after publication {pub}")
                elif (pub - d).days > 45:
                    err(w, f"date {d} more than 45 days before publication: background, not an incident?")
            check_date_note(w, e.get("date_note"), text)
            for k in ("killed", "killed_high", "wounded", "wounded_high"):
                if not is_count(e.get(k)):
                    err(w, f"{k} must be a non-negative int or null")
            for k in ("killed", "wounded"):
                hi = e.get(k + "_high")
                if hi is not None:
                    if e.get(k) is None:
                        err(w, f"{k}_high without {k}")
                    elif is_count(hi) and is_count(e[k]) and hi < e[k]:
                        err(w, f"{k}_high < {k}")
                    elif hi == e[k]:
                        err(w, f"{k}_high equal to {k}: drop it")
            if "arrested" in e:
                if e["type"] != "arrest":
                    err(w, "arrested on a non-arrest event")
                if not is_count(e["arrested"]) or e["arrested"] is None:
                    err(w, "arrested must be a non-negative int")
            elif e.get("type") == "arrest":
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            if not isinstance(e.get("summary"), str) or not e["summary"].strip():
                err(w, "empty summary")
            check_evidence(w, text, e.get("evidence"))
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
            if not isinstance(f.get("place"), str) or not f["place"].strip():
                err(w, "figure place must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")
    # six reports without events over four countries: every country has one or two of them
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if set(hinted) != COUNTRIES or any(n > 2 for n in hinted.values()):
        err("set", f"reports without events should cover all four countries, at most two each: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")


def main():
    check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                 "url": r["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]}, ensure_ascii=False) + "\n")
    evs = [e for r in REPORTS for e in r["events"]]
    req = [e for e in evs if not e.get("optional")]
    figs = [f for r in REPORTS for f in r["figures"]]
    words = [len(r["text"].split()) for r in REPORTS]
    print(f"reports: {len(REPORTS)} (words {min(words)}-{max(words)}, mean {sum(words) // len(words)})")
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    print("reports with no incident: %d (%s)" % (
        sum(not r["events"] for r in REPORTS), ", ".join(r["id"] for r in REPORTS if not r["events"])))
    print("events per report: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(Counter(len(r["events"]) for r in REPORTS).items())))
    print(f"events: {len(evs)} (optional {len(evs) - len(req)}, scored {len(req)})")
    print(f"events with killed: {sum(e['killed'] is not None for e in evs)}"
          f" (scored: {sum(e['killed'] is not None for e in req)}; explicit 0: {sum(e['killed'] == 0 for e in evs)})")
    print(f"events with wounded: {sum(e['wounded'] is not None for e in evs)}"
          f" (scored: {sum(e['wounded'] is not None for e in req)}; explicit 0: {sum(e['wounded'] == 0 for e in evs)})")
    print(f"killed_high: {sum(e['killed_high'] is not None for e in evs)}, wounded_high: {sum(e['wounded_high'] is not None for e in evs)}")
    print(f"date null: {sum(e['date'] is None for e in evs)} (not optional: {sum(e['date'] is None for e in req)})")
    print("arrests: %d (arrested %s)" % (sum(e["type"] == "arrest" for e in evs),
                                         ", ".join(str(e["arrested"]) for e in evs if e["type"] == "arrest")))
    print(f"figures: {len(figs)} (" + ", ".join(f"{k} {v}" for k, v in Counter(f["what"] for f in figs).most_common()) + ")")
    print("by type (events / optional / with killed):")
    for t, n in Counter(e["type"] for e in evs).most_common():
        sel = [e for e in evs if e["type"] == t]
        print(f"  {t}: {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    rep_c = Counter((r["events"][0]["country"] if r["events"] else r.get("country_hint", "?")) for r in REPORTS)
    print("by country (reports / events / optional / with killed):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
