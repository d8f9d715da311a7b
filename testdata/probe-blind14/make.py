#!/usr/bin/env python3
"""probe-blind14: 36 short feed items (wire briefs, flashes, bulletins, radio summaries,
liveblog entries) about armed conflict, invented and annotated by hand.

Run `python3 make.py`: it checks every report and its gold and writes docs.jsonl and
gold.jsonl next to this file. Any failed check aborts with a message and writes nothing.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
FIGURE_WHAT = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
               "districts_retaken", "arrested", "other"}
COUNTRIES = {"IQ", "SY", "AF", "YE", "SO", "NG", "ML", "BF", "NE", "CM", "CD", "ET", "SD", "SS",
             "MZ", "PK", "IN", "PH", "CO", "MX", "UA", "MM"}
WEEKDAYS = list(calendar.day_name)            # Monday .. Sunday
MONTHS = list(calendar.month_name)[1:]        # January .. December

REPORTS = []


def ev(summary, date, date_note, place, admin, country, type, actor1, actor2,
       killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="",
       note=None, arrested=None, optional=False):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": type, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded,
         "wounded_high": wounded_high, "evidence": evidence}
    if note:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


def report(id, published, url, headline, paras, events=(), figures=(), tests=""):
    text = headline + "\n\n" + "\n\n".join(paras)
    REPORTS.append({"id": id, "published": published, "url": url, "text": text,
                    "events": list(events), "figures": list(figures), "tests": tests})


# --------------------------------------------------------------------------------------
# b14-01 Iraq, Anbar: agency flash; claim a day later with an inflated toll
report(
    "b14-01", "2016-03-16", "https://www.example-tigrisnews.com/2016/03/16/haditha-checkpoint-assault",
    "Four soldiers, seven attackers dead in assault on Haditha checkpoint",
    ["HADITHA, March 16 (Tigris Newswire) - Four Iraqi soldiers and seven of their attackers were "
     "killed late on Tuesday when a checkpoint on the eastern edge of Haditha came under attack, an "
     "army officer said. The assailants approached in two pickup trucks shortly before midnight and "
     "opened fire with machine guns, the officer said, speaking on condition of anonymity. Soldiers "
     "returned fire and the fighting lasted about an hour before the attackers were driven off. Three "
     "more soldiers were wounded.",
     "Islamic State claimed the assault on Wednesday in a statement circulated online, saying its "
     "fighters had killed 25 soldiers. Haditha, a town on the Euphrates in western Anbar, has held out "
     "against the group since 2014."],
    events=[ev("Gunmen in two pickups attacked an army checkpoint on the eastern edge of Haditha; four "
               "soldiers and seven attackers killed, three soldiers wounded; IS claimed it next day.",
               "2016-03-15", "'late on Tuesday' = 2016-03-15 (Tuesday); published Wednesday 2016-03-16",
               "Haditha", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
               killed=11, wounded=3,
               evidence="Four Iraqi soldiers and seven of their attackers were killed late on Tuesday "
                        "when a checkpoint on the eastern edge of Haditha came under attack, an army "
                        "officer said. [...] Three more soldiers were wounded. [...] Islamic State "
                        "claimed the assault on Wednesday in a statement circulated online",
               note="4 soldiers + 7 attackers = 11; IS's claimed 25 not used; the side attacked is "
                    "named first, the claimant a day later")],
    tests="side attacked named first; attackers counted; claim next day with inflated toll")

# b14-02 Syria, Idlib: liveblog entry; conflicting tolls; running toll elsewhere
report(
    "b14-02", "2019-05-27", "https://www.example-levantbrief.com/live/2019-05-27-idlib",
    "Idlib live: air strike on Maarat al-Numan market",
    ["Updated 11:40 - At least nine civilians, three of them children, were killed on Sunday evening "
     "when an air strike hit the vegetable market in Maarat al-Numan, the White Helmets rescue service "
     "said. The Syrian Observatory for Human Rights put the toll at 11 and said the aircraft belonged "
     "to the Syrian government. Around 20 people were wounded, according to a doctor at the town's "
     "hospital. Rescuers were still digging through the rubble on Monday morning. Damascus has not "
     "commented.",
     "The strike came as government troops pressed a ground offensive in northern Hama, where the "
     "Observatory says more than 200 civilians have been killed since late April."],
    events=[ev("Air strike on the vegetable market of Maarat al-Numan killed 9 (White Helmets) or 11 "
               "(SOHR) civilians and wounded about 20; SOHR attributes the aircraft to the government.",
               "2019-05-26", "'on Sunday evening' = 2019-05-26 (Sunday); published Monday 2019-05-27",
               "Maarat al-Numan", "Idlib", "SY", "explosion", "Syrian government forces", "civilians",
               killed=9, killed_high=11, wounded=20,
               evidence="At least nine civilians, three of them children, were killed on Sunday "
                        "evening when an air strike hit the vegetable market in Maarat al-Numan, the "
                        "White Helmets rescue service said. The Syrian Observatory for Human Rights put "
                        "the toll at 11 and said the aircraft belonged to the Syrian government. "
                        "Around 20 people were wounded, according to a doctor at the town's hospital.",
               note="conflicting tolls 9 vs 11; Damascus silent, attribution not disputed")],
    figures=[fig("killed", 200, "northern Hama",
                 "the Observatory says more than 200 civilians have been killed since late April",
                 note="running toll of the offensive, not one incident")],
    tests="conflicting tolls; indirect attribution of aircraft; running toll in background")

# b14-03 Afghanistan, Helmand: overnight; Taliban claim not used
report(
    "b14-03", "2017-09-05", "https://www.example-hindukush.af/en/2017/09/05/nad-ali-post",
    "Helmand: Taliban attack on police post beaten back, governor's office says",
    ["LASHKAR GAH, September 5 (Hindu Kush Agency) - Six policemen were killed when Taliban fighters "
     "stormed a checkpoint in the Shin Kalay area of Nad Ali district overnight, the Helmand governor's "
     "spokesman said on Tuesday. Fourteen of the insurgents also died before the attack was beaten "
     "back, spokesman Abdul Wali Sarhadi said. Two other policemen were wounded and taken to the "
     "provincial hospital in Lashkar Gah.",
     "In a message to journalists, a Taliban spokesman said the group's fighters had overrun the post "
     "and killed 35 police. The post was still in government hands on Tuesday afternoon, police said. "
     "Nad Ali, west of the provincial capital, has seen near-daily fighting since the insurgents pushed "
     "into it in 2016."],
    events=[ev("Taliban stormed a police checkpoint at Shin Kalay, Nad Ali, overnight; six police and "
               "fourteen Taliban killed, two police wounded; the Taliban's claim of 35 police dead not used.",
               "2017-09-04", "'overnight' before the Tuesday statement (2017-09-05, Tuesday): first "
               "night 2017-09-04 (Monday)",
               "Shin Kalay, Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces",
               killed=20, wounded=2,
               evidence="Six policemen were killed when Taliban fighters stormed a checkpoint in the "
                        "Shin Kalay area of Nad Ali district overnight, the Helmand governor's spokesman "
                        "said on Tuesday. Fourteen of the insurgents also died before the attack was "
                        "beaten back, spokesman Abdul Wali Sarhadi said. Two other policemen were wounded",
               note="6 police + 14 Taliban = 20 (numbers as words); Taliban claim of 35 police and of "
                    "overrunning the post not used")],
    tests="overnight; numbers as words; attackers counted; perpetrator's claim")

# b14-04 Nigeria: mass trial, no incident
report(
    "b14-04", "2017-10-11", "https://www.example-lakechadmonitor.com/2017/10/11/kainji-trials",
    "Mass trial of Boko Haram suspects opens at Kainji barracks",
    ["NEW BUSSA, October 11 (Lake Chad Monitor) - The first of several mass trials of suspected Boko "
     "Haram members opened on Monday behind closed doors at a military base in Kainji, Niger State, the "
     "justice ministry said. About 1,600 detainees are to be tried in batches by four judges, ministry "
     "spokeswoman Hauwa Danjuma said. Prosecutors accuse some of the suspects of taking part in the 2014 "
     "kidnapping of schoolgirls in Chibok and in attacks on Maiduguri that killed hundreds.",
     "Rights groups have criticised the hearings, saying many of the detainees have been held for years "
     "without charge. Twenty-eight defendants were convicted on the first day and sentenced to jail terms "
     "of three to 31 years, the spokeswoman said. A further 480 suspects held at Giwa barracks in "
     "Maiduguri are expected to face trial next year."],
    figures=[fig("arrested", 1600, "Kainji",
                 "About 1,600 detainees are to be tried in batches by four judges"),
             fig("arrested", 480, "Giwa barracks, Maiduguri",
                 "A further 480 suspects held at Giwa barracks in Maiduguri are expected to face trial "
                 "next year.")],
    tests="no incident: trial; past abduction and attacks named as charges")

# b14-05 Somalia, Mogadishu: radio summary; claim same evening; overnight mortars; vague advance
report(
    "b14-05", "2015-02-05", "https://www.example-banadircoast.so/news/2015-02-05-morning-bulletin",
    "Morning bulletin: minibus bomb in Hodan, mortars near airport",
    ["MOGADISHU, February 5 (Banadir Coast Radio) - Three passengers died when a bomb hidden beside the "
     "road ripped through a minibus in Mogadishu's Hodan district on Wednesday afternoon, police officer "
     "Abdikarim Hussein told our reporter. Four other people on board were hurt, among them the driver. "
     "Al-Shabaab said in a post on a website it runs that evening that its fighters had targeted "
     "\"apostate soldiers\" travelling on the bus. Police said all the dead were civilians.",
     "Overnight, several mortar shells fell near the Halane base by Aden Adde airport, but nobody was "
     "hurt, an official at the airport said. The militants did not comment on the shelling.",
     "In Lower Shabelle, meanwhile, elders reported that government troops had moved into the village "
     "of Sabiid after a week of skirmishes with al-Shabaab."],
    events=[ev("Roadside bomb hit a minibus in Hodan district, Mogadishu, killing three passengers and "
               "wounding four; al-Shabaab claimed it.",
               "2015-02-04", "'on Wednesday afternoon' = 2015-02-04 (Wednesday); published Thursday "
               "2015-02-05",
               "Hodan", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians",
               killed=3, wounded=4,
               evidence="Three passengers died when a bomb hidden beside the road ripped through a "
                        "minibus in Mogadishu's Hodan district on Wednesday afternoon, police officer "
                        "Abdikarim Hussein told our reporter. Four other people on board were hurt, "
                        "among them the driver. Al-Shabaab said in a post on a website it runs that "
                        "evening that its fighters had targeted \"apostate soldiers\" travelling on the bus.",
               note="claim with a description of the victims ('apostate soldiers') that police contradict"),
            ev("Mortar shells fell near the Halane base by Aden Adde airport overnight; nobody hurt; "
               "nobody blamed.",
               "2015-02-04", "'Overnight' before the Thursday bulletin (2015-02-05): first night "
               "2015-02-04 (Wednesday)",
               "Halane base", "Banaadir", "SO", "explosion", "unknown", "unknown",
               killed=0, wounded=0,
               evidence="Overnight, several mortar shells fell near the Halane base by Aden Adde "
                        "airport, but nobody was hurt, an official at the airport said.",
               note="'The militants did not comment' is not a blame"),
            ev("Government troops moved into Sabiid village in Lower Shabelle after a week of skirmishes "
               "with al-Shabaab (elders' report, undated).",
               None, "not dated ('reported' in a morning bulletin of 2015-02-05)",
               "Sabiid", "Lower Shabelle", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
               evidence="In Lower Shabelle, meanwhile, elders reported that government troops had moved "
                        "into the village of Sabiid after a week of skirmishes with al-Shabaab.",
               optional=True)],
    tests="claim same evening; 'overnight' with zero casualties; undated advance (optional)")

# b14-06 Yemen, Taiz: both sides blame each other
report(
    "b14-06", "2018-08-21", "https://www.example-gulfofaden.com/yemen/2018/08/21/taiz-shells-children",
    "Two children killed as shells hit Taiz neighbourhood; sides trade blame",
    ["TAIZ, August 21 (Gulf of Aden Bulletin) - Two children were killed and five other people wounded "
     "on Monday when shells landed on houses in the al-Rawdah neighbourhood of Taiz, a local health "
     "official said. The dead, a brother and sister aged eight and eleven, were playing outside their "
     "home, according to neighbours. The governorate administration accused the Houthis of firing the "
     "shells from their positions east of the city. Houthi-run media blamed \"mercenaries of the "
     "aggression\", their term for government forces, and said the shells had come from the west. "
     "Neither account could be independently confirmed. Taiz has been divided between the two sides "
     "since 2015."],
    events=[ev("Shells hit houses in al-Rawdah, Taiz, killing two children and wounding five; the "
               "government side blamed the Houthis, the Houthis blamed government forces.",
               "2018-08-20", "'on Monday' = 2018-08-20 (Monday); published Tuesday 2018-08-21",
               "al-Rawdah", "Taiz", "YE", "explosion", "unknown", "civilians",
               killed=2, wounded=5,
               evidence="Two children were killed and five other people wounded on Monday when shells "
                        "landed on houses in the al-Rawdah neighbourhood of Taiz, a local health official "
                        "said. [...] The governorate administration accused the Houthis of firing the "
                        "shells from their positions east of the city. Houthi-run media blamed "
                        "\"mercenaries of the aggression\", their term for government forces",
               note="mutual blame, no claim: actor1 unknown")],
    tests="mutual blame; 'fire from positions held by'")

# b14-07 Mali, Ségou: army communiqué; own losses counted; claim by JNIM
report(
    "b14-07", "2019-06-10", "https://www.example-sahelmorning.com/mali/2019-06-10-sokolo-communique",
    "FAMa communiqué: attack on Sokolo post repulsed",
    ["Communiqué of the General Staff of the Armed Forces, Bamako, Monday, 10 June 2019.",
     "The military post of Sokolo, in the Ségou region, was the target of a terrorist attack on Sunday "
     "at about 05:00. Our units reacted vigorously and drove back the assailants after two hours of "
     "fighting. Provisional toll: on the friendly side, three dead and five wounded; on the enemy side, "
     "twelve terrorists neutralised and two vehicles destroyed. Reinforcements and air support were sent "
     "to the area, and search operations are continuing.",
     "(Sahel Morning adds: In a statement on Monday, the al-Qaeda-linked JNIM alliance claimed the "
     "attack and said it had killed 20 soldiers.)"],
    events=[ev("Attack on the Sokolo army post repulsed; army lost three dead and five wounded and "
               "reported twelve attackers 'neutralised'; JNIM claimed it, saying it killed 20 soldiers.",
               "2019-06-09", "'on Sunday at about 05:00' = 2019-06-09 (Sunday); communiqué dated Monday, "
               "10 June 2019",
               "Sokolo", "Ségou", "ML", "battle", "JNIM", "Malian Armed Forces",
               killed=15, wounded=5,
               evidence="The military post of Sokolo, in the Ségou region, was the target of a terrorist "
                        "attack on Sunday at about 05:00. [...] Provisional toll: on the friendly side, "
                        "three dead and five wounded; on the enemy side, twelve terrorists neutralised "
                        "and two vehicles destroyed. [...] the al-Qaeda-linked JNIM alliance claimed the "
                        "attack and said it had killed 20 soldiers.",
               note="3 soldiers + 12 attackers ('neutralised' = killed in Sahel communiqués) = 15; "
                    "JNIM's claimed 20 not used")],
    tests="communiqué voice ('our units', 'friendly side'); 'neutralised'; claim in an appended note")

# b14-08 Burkina Faso: village unnamed, 'X km north of' a town
report(
    "b14-08", "2020-01-23", "https://www.example-sahelmorning.com/burkina/2020-01-23-kaya-hamlet",
    "Burkina: gunmen kill 14 villagers near Kaya",
    ["OUAGADOUGOU, January 23 (Sahel Morning) - Gunmen on motorcycles killed fourteen civilians in a "
     "hamlet about 12 km north of Kaya on Tuesday, security sources and residents said. The attackers "
     "arrived at dusk, gathered the men in front of the mosque and shot them, one resident who fled to "
     "Kaya told our correspondent by telephone. Among the dead was the hamlet's imam. Several houses and "
     "granaries were set on fire. No group has claimed the killings.",
     "The Centre-Nord region, of which Kaya is the capital, shelters more than 400,000 people displaced "
     "by violence, according to the government's humanitarian agency."],
    events=[ev("Gunmen on motorcycles killed fourteen men in a hamlet about 12 km north of Kaya.",
               "2020-01-21", "'on Tuesday' = 2020-01-21 (Tuesday); published Thursday 2020-01-23",
               "12 km north of Kaya", "Centre-Nord", "BF", "attack_on_civilians",
               "militants (unidentified)", "civilians", killed=14,
               evidence="Gunmen on motorcycles killed fourteen civilians in a hamlet about 12 km north "
                        "of Kaya on Tuesday, security sources and residents said.",
               note="hamlet not named; place keeps the 'X km north of' phrase")],
    figures=[fig("displaced", 400000, "Centre-Nord",
                 "The Centre-Nord region, of which Kaya is the capital, shelters more than 400,000 "
                 "people displaced by violence")],
    tests="unnamed hamlet 'X km north of'; number as word; displaced figure")

# b14-09 Niger: revised toll; wounded who died
report(
    "b14-09", "2021-03-17", "https://www.example-sahelmorning.com/niger/2021-03-17-torodi-toll",
    "Niger: toll of Torodi ambush rises to seven soldiers",
    ["NIAMEY, March 17 (Sahel Morning) - The number of soldiers killed in an ambush on an army patrol "
     "near Torodi has risen to seven, the defence ministry said in a statement dated Wednesday, 17 March "
     "2021. A first statement on Tuesday evening had given five dead. Two of the nine soldiers wounded "
     "in the attack died overnight at the military hospital in Niamey, the ministry said. The patrol "
     "came under fire on Tuesday morning about 20 km west of Torodi, in the Tillabéri region, as it "
     "escorted a fuel convoy. \"Several terrorists were neutralised,\" the statement said, without "
     "giving a number. The ministry did not say which group was behind the ambush."],
    events=[ev("Ambush on an army patrol escorting a fuel convoy about 20 km west of Torodi; toll revised "
               "from five to seven soldiers dead after two of nine wounded died.",
               "2021-03-16", "'on Tuesday morning' = 2021-03-16 (Tuesday); statement of Wednesday "
               "2021-03-17",
               "20 km west of Torodi", "Tillabéri", "NE", "battle", "militants (unidentified)",
               "Nigerien security forces", killed=7, wounded=7,
               evidence="The number of soldiers killed in an ambush on an army patrol near Torodi has "
                        "risen to seven, the defence ministry said in a statement dated Wednesday, 17 "
                        "March 2021. A first statement on Tuesday evening had given five dead. Two of the "
                        "nine soldiers wounded in the attack died overnight at the military hospital in "
                        "Niamey, the ministry said. The patrol came under fire on Tuesday morning about "
                        "20 km west of Torodi, in the Tillabéri region, as it escorted a fuel convoy.",
               note="latest revision 7 stands (5 -> 7); wounded 9 - 2 who died = 7; 'several terrorists' "
                    "not counted")],
    tests="'rose to' revision; wounded who later died; toll before the place; 'came under fire'")

# b14-10 Cameroon, South-West: official blame then a claim
report(
    "b14-10", "2018-05-11", "https://www.example-mungovalley.cm/2018/05/11/muyuka-gendarmes",
    "Two gendarmes shot dead in Muyuka; separatists claim attack",
    ["BUEA, May 11 (Mungo Valley Radio) - Two gendarmes were shot dead on Thursday morning at a "
     "checkpoint on the outskirts of Muyuka, in Cameroon's South-West region, a regional official said. "
     "A third gendarme was wounded and evacuated to Buea. The official blamed \"secessionist "
     "terrorists\" for the attack. Later on Thursday a commander of a group calling itself the Ambazonia "
     "Defence Forces said in a video posted online that his fighters had carried out the shooting. The "
     "government has deployed thousands of troops to the two English-speaking regions since separatists "
     "declared an independent state last October."],
    events=[ev("Separatist fighters shot dead two gendarmes and wounded a third at a checkpoint outside "
               "Muyuka; the Ambazonia Defence Forces claimed it.",
               "2018-05-10", "'on Thursday morning' = 2018-05-10 (Thursday); published Friday 2018-05-11",
               "Muyuka", "South-West", "CM", "battle", "Ambazonia Defence Forces",
               "Cameroonian security forces", killed=2, wounded=1,
               evidence="Two gendarmes were shot dead on Thursday morning at a checkpoint on the "
                        "outskirts of Muyuka, in Cameroon's South-West region, a regional official said. "
                        "A third gendarme was wounded and evacuated to Buea. [...] Later on Thursday a "
                        "commander of a group calling itself the Ambazonia Defence Forces said in a "
                        "video posted online that his fighters had carried out the shooting.",
               note="attack on a checkpoint = battle; passive, perpetrator only in the claim")],
    tests="passive; blame then named claimant; 'last October' background")

# b14-11 DR Congo, Beni: army vs civil-society toll; overnight
report(
    "b14-11", "2020-11-26", "https://www.example-kivuevening.cd/2020/11/26/kainama-attack",
    "ADF blamed for night attack near Eringeti",
    ["BENI, November 26 (Kivu Evening) - Assailants armed with machetes and guns killed at least "
     "twelve civilians overnight in Kainama, a village some 15 km from Eringeti in Beni territory, the "
     "army said on Thursday. A civil society group in the area gave a higher toll of 17 dead, among them "
     "four women. The army spokesman for the region, Captain Jules Mbusa, blamed the Allied Democratic "
     "Forces, an armed group with roots in Uganda. Survivors said the attackers set fire to about a dozen "
     "homes before withdrawing into the forest.",
     "Local rights groups say more than 1,000 civilians have been killed in Beni territory since the army "
     "launched an offensive against the ADF in late 2019."],
    events=[ev("Attackers with machetes and guns killed 12 (army) or 17 (civil society) civilians in "
               "Kainama overnight; the army blamed the ADF.",
               "2020-11-25", "'overnight' before the Thursday statement (2020-11-26, Thursday): first "
               "night 2020-11-25 (Wednesday)",
               "Kainama", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians",
               killed=12, killed_high=17,
               evidence="Assailants armed with machetes and guns killed at least twelve civilians "
                        "overnight in Kainama, a village some 15 km from Eringeti in Beni territory, the "
                        "army said on Thursday. A civil society group in the area gave a higher toll of "
                        "17 dead, among them four women. The army spokesman for the region, Captain Jules "
                        "Mbusa, blamed the Allied Democratic Forces",
               note="village named, so place is the village, not the 'km from' phrase")],
    figures=[fig("killed", 1000, "Beni territory",
                 "Local rights groups say more than 1,000 civilians have been killed in Beni territory "
                 "since the army launched an offensive against the ADF in late 2019.")],
    tests="conflicting tolls; blame later in text; village 'km from' a town; running toll")

# b14-12 Ethiopia: aid appeal, no incident
report(
    "b14-12", "2021-06-18", "https://www.example-horndesk.com/2021/06/18/tigray-appeal",
    "Aid agencies appeal for $200 million as hunger deepens in Tigray",
    ["ADDIS ABABA, June 18 (Horn Desk) - Aid agencies appealed on Friday for an extra $200 million to "
     "feed people in Ethiopia's Tigray region, where they say more than 350,000 people are living in "
     "famine conditions. Some 1.7 million people have fled their homes since fighting broke out in the "
     "region in November, a coalition of nine charities said in a joint statement. Convoys carrying food "
     "have been held at checkpoints for days at a time, the statement said.",
     "\"We are racing against the clock,\" said Miriam Tesfaye, the coalition's coordinator. The "
     "charities urged all parties to allow free passage on the road from Mekelle to Shire and to protect "
     "aid workers. At least eight aid workers have been killed in Tigray since the conflict began, "
     "according to the United Nations."],
    figures=[fig("other", 350000, "Tigray",
                 "more than 350,000 people are living in famine conditions",
                 note="people in famine conditions"),
             fig("displaced", 1700000, "Tigray",
                 "Some 1.7 million people have fled their homes since fighting broke out in the region "
                 "in November"),
             fig("killed", 8, "Tigray",
                 "At least eight aid workers have been killed in Tigray since the conflict began",
                 note="running toll of aid workers")],
    tests="no incident: aid appeal with figures")

# b14-13 Sudan, Khartoum: liveblog; mutual blame; drone by the army
report(
    "b14-13", "2023-05-24", "https://www.example-nilebasin.com/live/sudan-2023-05-24",
    "Sudan live: market shelled in Omdurman, drone strike in Bahri",
    ["09:15 GMT - At least 15 people were killed and dozens wounded when shells slammed into Sabreen "
     "market in Omdurman on Tuesday afternoon, a volunteer medical group said on Wednesday. The army and "
     "the Rapid Support Forces each accused the other of firing. The volunteers said the toll could rise "
     "because several of the wounded were in critical condition.",
     "09:40 GMT - Residents of Kafouri in Bahri, across the Nile, say an army drone hit a house there "
     "late on Monday, killing four members of one family. The army has not commented on the strike; it "
     "says it targets only RSF positions.",
     "10:05 GMT - The United Nations says more than 1.1 million people have fled their homes since the "
     "fighting began on 15 April."],
    events=[ev("Shells hit Sabreen market in Omdurman, killing at least 15; the army and the RSF blamed "
               "each other.",
               "2023-05-23", "'on Tuesday afternoon' = 2023-05-23 (Tuesday); entry of Wednesday 2023-05-24",
               "Sabreen market", "Khartoum", "SD", "explosion", "unknown", "civilians",
               killed=15,
               evidence="At least 15 people were killed and dozens wounded when shells slammed into "
                        "Sabreen market in Omdurman on Tuesday afternoon, a volunteer medical group said "
                        "on Wednesday. The army and the Rapid Support Forces each accused the other of "
                        "firing.",
               note="'dozens wounded' gives null; mutual blame"),
            ev("An army drone hit a house in Kafouri, Bahri, late on Monday, killing four members of a "
               "family.",
               "2023-05-22", "'late on Monday' = 2023-05-22 (Monday); entry of Wednesday 2023-05-24",
               "Kafouri", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "civilians",
               killed=4,
               evidence="Residents of Kafouri in Bahri, across the Nile, say an army drone hit a house "
                        "there late on Monday, killing four members of one family.",
               note="army does not deny; residents attribute the drone")],
    figures=[fig("displaced", 1100000, "Sudan",
                 "The United Nations says more than 1.1 million people have fled their homes since the "
                 "fighting began on 15 April.")],
    tests="liveblog time stamps; mutual blame; 'dozens' wounded; 'late on Monday'")

# b14-14 South Sudan, Yei: each side says the other attacked
report(
    "b14-14", "2017-04-27", "https://www.example-nilebasin.com/southsudan/2017/04/27/yei-clashes",
    "Nine dead in Yei clashes, commissioner says",
    ["JUBA, April 27 (Nile Basin Radio) - At least nine people, five of them soldiers, died in fighting "
     "between government troops and rebels on the edge of Yei town on Tuesday, the county commissioner "
     "said. Four civilians caught in crossfire were among the dead, commissioner Peter Lado Wani told the "
     "radio. The army said SPLA-IO rebels had attacked its positions at dawn. A rebel spokesman rejected "
     "that account and said his forces had been defending themselves against a government assault on "
     "their base. Both sides said they held the area afterwards.",
     "Thousands of Yei residents have crossed into Uganda since the collapse of the peace deal last year."],
    events=[ev("Fighting between the army and SPLA-IO on the edge of Yei killed at least nine (five "
               "soldiers, four civilians); each side says the other attacked.",
               "2017-04-25", "'on Tuesday' = 2017-04-25 (Tuesday); published Thursday 2017-04-27",
               "Yei", "Central Equatoria", "SS", "battle", "unknown", "SPLA-IO",
               killed=9,
               evidence="At least nine people, five of them soldiers, died in fighting between "
                        "government troops and rebels on the edge of Yei town on Tuesday, the county "
                        "commissioner said. Four civilians caught in crossfire were among the dead, "
                        "commissioner Peter Lado Wani told the radio. The army said SPLA-IO rebels had "
                        "attacked its positions at dawn. A rebel spokesman rejected that account",
               note="total 9 includes the 5 soldiers and 4 civilians (breakdown, not additions); who "
                    "attacked is disputed: actor1 unknown, the sides are the South Sudanese army and "
                    "SPLA-IO")],
    tests="breakdown inside a total ('five of them', 'among the dead'); mutual accusation")

# b14-15 Mozambique, Cabo Delgado: IS claim with a different toll
report(
    "b14-15", "2020-06-11", "https://www.example-rovumapost.co.mz/2020/06/11/muatide-raid",
    "Cabo Delgado: insurgents kill seven in Muidumbe village; IS claims raid",
    ["PEMBA, June 11 (Rovuma Post) - Seven villagers were killed in an insurgent raid on Muatide, in "
     "Muidumbe district, on Sunday night, local sources said. The attackers beheaded some of the victims "
     "and burned a health post, a church and dozens of thatched houses before leaving, according to a "
     "district official who asked not to be named. The Islamic State group claimed the raid on Monday, "
     "saying its fighters had killed \"eleven Christians\". Police in Pemba confirmed an attack had "
     "taken place but gave no toll.",
     "More than 1,100 people have been killed in the province since the insurgency began in October "
     "2017, according to the monitoring group ACLED."],
    events=[ev("Insurgents raided Muatide village, killing seven villagers and burning buildings; IS "
               "claimed it with a toll of eleven.",
               "2020-06-07", "'on Sunday night' = 2020-06-07 (Sunday); published Thursday 2020-06-11",
               "Muatide", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians",
               killed=7,
               evidence="Seven villagers were killed in an insurgent raid on Muatide, in Muidumbe "
                        "district, on Sunday night, local sources said. [...] The Islamic State group "
                        "claimed the raid on Monday, saying its fighters had killed \"eleven Christians\".",
               note="claimed 11 not used")],
    figures=[fig("killed", 1100, "Cabo Delgado",
                 "More than 1,100 people have been killed in the province since the insurgency began in "
                 "October 2017")],
    tests="claim a day later with a different toll; running toll")

# b14-16 Pakistan, KP: IED; deaths in hospital; denial
report(
    "b14-16", "2023-08-04", "https://www.example-khyberdispatch.pk/2023/08/04/lakki-marwat-blast",
    "Lakki Marwat: roadside blast toll rises to six policemen",
    ["PESHAWAR, August 4 (Khyber Dispatch) - Six policemen have died after a roadside bomb struck their "
     "van on the Lakki Marwat-Bannu road on Thursday, district police said. Four were killed at the "
     "scene and two more died in hospital overnight, a police spokesman, Shahid Khan, said on Friday. "
     "Four other officers remain under treatment in Bannu, two of them in serious condition. The van was "
     "carrying a team on its way to guard polio vaccinators in a nearby village.",
     "The Pakistani Taliban denied any role in a message to reporters, and no other group has claimed "
     "the attack. Police in the province have lost more than 100 men in militant attacks since January, "
     "provincial officials say."],
    events=[ev("Roadside bomb hit a police van on the Lakki Marwat-Bannu road; four killed at once, two "
               "died in hospital, four more wounded; TTP denied involvement.",
               "2023-08-03", "'on Thursday' = 2023-08-03 (Thursday); published Friday 2023-08-04",
               "Lakki Marwat-Bannu road", "Khyber Pakhtunkhwa", "PK", "explosion", "unknown",
               "Pakistani security forces", killed=6, wounded=4,
               evidence="Six policemen have died after a roadside bomb struck their van on the Lakki "
                        "Marwat-Bannu road on Thursday, district police said. Four were killed at the "
                        "scene and two more died in hospital overnight, a police spokesman, Shahid Khan, "
                        "said on Friday. Four other officers remain under treatment in Bannu, two of them "
                        "in serious condition. [...] The Pakistani Taliban denied any role in a message to "
                        "reporters, and no other group has claimed the attack.",
               note="4 + 2 who died later = 6; denial, no claim: actor1 unknown")],
    figures=[fig("killed", 100, "Khyber Pakhtunkhwa",
                 "Police in the province have lost more than 100 men in militant attacks since January",
                 note="running toll of police")],
    tests="deaths in hospital; denial without claim; road as place; running toll")

# b14-17 India, Kashmir: cordon-and-search encounter
report(
    "b14-17", "2019-10-30", "https://www.example-valleybulletin.in/2019/10/30/shopian-encounter",
    "Two militants killed in Shopian encounter",
    ["SRINAGAR, October 30 (Valley Bulletin) - Two militants were killed in a gunfight with security "
     "forces in the Zainapora area of Shopian district late on Tuesday, police said. Troops of the army "
     "and police had cordoned off the village on a tip-off about the presence of militants, and came "
     "under fire while searching a house, a police spokesman said. The slain men belonged to "
     "Jaish-e-Mohammed, police said, and were wanted in several cases. A soldier was injured in the "
     "exchange and is stable. Mobile internet remained suspended in the district on Wednesday as a "
     "precaution."],
    events=[ev("Security forces cordoning Zainapora on a tip-off came under fire; two Jaish-e-Mohammed "
               "militants killed, one soldier injured.",
               "2019-10-29", "'late on Tuesday' = 2019-10-29 (Tuesday); published Wednesday 2019-10-30",
               "Zainapora", "Jammu and Kashmir", "IN", "battle", "Indian security forces",
               "Jaish-e-Mohammed", killed=2, wounded=1,
               evidence="Two militants were killed in a gunfight with security forces in the Zainapora "
                        "area of Shopian district late on Tuesday, police said. Troops of the army and "
                        "police had cordoned off the village on a tip-off about the presence of "
                        "militants, and came under fire while searching a house, a police spokesman said. "
                        "[...] A soldier was injured in the exchange and is stable.",
               note="the security forces launched the operation, so they are actor1 although they "
                    "'came under fire'")],
    tests="'came under fire' by the side that initiated the operation; 'late on Tuesday'")

# b14-18 India, Manipur: shooting into a village; arson by a mob
report(
    "b14-18", "2023-06-15", "https://www.example-loktakradio.in/2023/06/15/kwakta-torbung",
    "Manipur: three shot dead in Kwakta, houses burned in Torbung",
    ["IMPHAL, June 15 (Loktak Radio) - Three villagers were shot dead on Wednesday morning when armed men "
     "fired from the surrounding hills into Kwakta, in Bishnupur district, police said. Among the dead "
     "was a 60-year-old farmer who was working in his paddy field, relatives said. Five other people were "
     "wounded and taken to hospital in Imphal.",
     "In a separate incident on Wednesday night, a mob set fire to at least ten empty houses in Torbung, "
     "in Churachandpur district, a police officer said. No one was hurt in the arson.",
     "More than 100 people have died in ethnic violence in the state since early May, according to "
     "officials."],
    events=[ev("Armed men fired from the hills into Kwakta, killing three villagers and wounding five.",
               "2023-06-14", "'on Wednesday morning' = 2023-06-14 (Wednesday); published Thursday "
               "2023-06-15",
               "Kwakta", "Manipur", "IN", "attack_on_civilians", "militants (unidentified)", "civilians",
               killed=3, wounded=5,
               evidence="Three villagers were shot dead on Wednesday morning when armed men fired from "
                        "the surrounding hills into Kwakta, in Bishnupur district, police said. [...] Five "
                        "other people were wounded and taken to hospital in Imphal."),
            ev("A mob set fire to at least ten empty houses in Torbung; no one hurt.",
               "2023-06-14", "'on Wednesday night' = 2023-06-14 (Wednesday); published Thursday "
               "2023-06-15",
               "Torbung", "Manipur", "IN", "other", "unknown", "none",
               killed=0, wounded=0,
               evidence="In a separate incident on Wednesday night, a mob set fire to at least ten empty "
                        "houses in Torbung, in Churachandpur district, a police officer said. No one was "
                        "hurt in the arson.",
               note="mob arson of empty houses (Riots/property destruction); perpetrators not identified")],
    figures=[fig("killed", 100, "Manipur",
                 "More than 100 people have died in ethnic violence in the state since early May")],
    tests="'among the dead' inside a total; arson with nobody hurt; running toll")

# b14-19 Philippines, Marawi: military bulletin; cumulative tolls
report(
    "b14-19", "2017-08-03", "https://www.example-mindanaowire.ph/2017/08/03/marawi-mapandi-cleared",
    "Marawi: troops clear Mapandi area, three soldiers killed",
    ["MARAWI CITY, August 3 (Mindanao Wire) - Government troops have cleared the Mapandi area of Marawi "
     "of Maute fighters after three days of house-to-house combat, the military said on Thursday. Three "
     "soldiers were killed and 11 wounded in the operation, which ended on Wednesday, military spokesman "
     "Colonel Ramon Dizon said. The bodies of eight militants were recovered from the area.",
     "Since the siege began on May 23, 114 soldiers and police and 509 militants have been killed, the "
     "military said. Colonel Dizon said about 60 militants were still holding out in a shrinking area "
     "near the lake shore. Some 45 civilians have been killed by the militants during the siege, "
     "according to the government."],
    events=[ev("Troops cleared the Mapandi area of Marawi of Maute fighters after three days of combat; "
               "three soldiers killed and 11 wounded, bodies of eight militants recovered.",
               "2017-08-02", "operation 'ended on Wednesday' = 2017-08-02 (Wednesday); three days of "
               "fighting before; published Thursday 2017-08-03",
               "Mapandi", "Lanao del Sur", "PH", "territory_gain", "Philippine security forces",
               "Maute group", killed=11, wounded=11,
               evidence="Government troops have cleared the Mapandi area of Marawi of Maute fighters "
                        "after three days of house-to-house combat, the military said on Thursday. Three "
                        "soldiers were killed and 11 wounded in the operation, which ended on Wednesday, "
                        "military spokesman Colonel Ramon Dizon said. The bodies of eight militants were "
                        "recovered from the area.",
               note="3 soldiers + 8 militants = 11; dated by the day the operation ended")],
    figures=[fig("killed", 114, "Marawi",
                 "Since the siege began on May 23, 114 soldiers and police and 509 militants have been killed",
                 note="soldiers and police since 23 May"),
             fig("killed", 509, "Marawi",
                 "Since the siege began on May 23, 114 soldiers and police and 509 militants have been killed",
                 note="militants since 23 May"),
             fig("fighters", 60, "Marawi",
                 "about 60 militants were still holding out in a shrinking area near the lake shore"),
             fig("killed", 45, "Marawi",
                 "Some 45 civilians have been killed by the militants during the siege",
                 note="civilians since 23 May")],
    tests="multi-day operation; cumulative tolls beside the incident toll")

# b14-20 Colombia, Cauca: blamed dissidents; blast with nobody hurt
report(
    "b14-20", "2024-03-19", "https://www.example-andeswire.co/2024/03/19/cauca-toribio-quilichao",
    "Cauca: indigenous guard shot dead near Toribío; blast at Santander de Quilichao police station",
    ["POPAYÁN, March 19 (Andes Wire) - An indigenous guard was shot dead and two others wounded on "
     "Monday on a rural road outside Toribío, in Cauca department, the regional indigenous council said. "
     "The council blamed FARC dissidents of the Dagoberto Ramos column, which it said had been "
     "threatening community leaders for weeks. Officials in the governor's office said the attackers "
     "fired from a moving car.",
     "Hours later, an explosive device went off next to the police station in Santander de Quilichao, "
     "damaging its wall and two nearby shops. Police said nobody was hurt by the blast and gave no "
     "indication of who had planted the device.",
     "The department has become one of the most dangerous in Colombia for social leaders, with at least "
     "30 killed there since January, according to a local rights group."],
    events=[ev("Gunmen in a moving car shot dead an indigenous guard and wounded two others outside "
               "Toribío; the indigenous council blamed FARC dissidents (Dagoberto Ramos column).",
               "2024-03-18", "'on Monday' = 2024-03-18 (Monday); published Tuesday 2024-03-19",
               "Toribío", "Cauca", "CO", "attack_on_civilians", "FARC dissidents", "civilians",
               killed=1, wounded=2,
               evidence="An indigenous guard was shot dead and two others wounded on Monday on a rural "
                        "road outside Toribío, in Cauca department, the regional indigenous council said. "
                        "The council blamed FARC dissidents of the Dagoberto Ramos column"),
            ev("Explosive device went off next to the police station in Santander de Quilichao; damage, "
               "nobody hurt, no one blamed.",
               "2024-03-18", "'Hours later' than Monday's shooting (2024-03-18, Monday); could be after "
               "midnight, taken as the same day",
               "Santander de Quilichao", "Cauca", "CO", "explosion", "unknown", "Colombian security forces",
               killed=0, wounded=0,
               evidence="Hours later, an explosive device went off next to the police station in "
                        "Santander de Quilichao, damaging its wall and two nearby shops. Police said "
                        "nobody was hurt by the blast")],
    figures=[fig("killed", 30, "Cauca",
                 "with at least 30 killed there since January",
                 note="social leaders since January")],
    tests="blame by a third party; 'hours later' date; blast with zero casualties; running toll")

# b14-21 Mexico, Michoacán: drone flown by a cartel
report(
    "b14-21", "2021-05-14", "https://www.example-sierramadre.mx/2021/05/14/aguililla-drone",
    "Michoacán: drone drops explosives on police patrol in Aguililla",
    ["MORELIA, May 14 (Sierra Madre Press) - Two state police officers were wounded on Thursday when "
     "explosives dropped from a drone hit their patrol near El Aguaje, in the municipality of Aguililla, "
     "the state security ministry said. Neither officer's life is in danger and no one was killed, the "
     "ministry said in a statement. It said the drone had been flown by gunmen of the Jalisco New "
     "Generation Cartel, which is fighting a rival group for control of the area. Officers found the "
     "remains of two improvised devices on the road. It was the third such attack in the region this "
     "month. Residents of Aguililla have complained for weeks that the cartels' roadblocks leave the town "
     "short of food and fuel."],
    events=[ev("Explosives dropped from a cartel drone hit a state police patrol near El Aguaje, "
               "Aguililla, wounding two officers; the ministry blamed CJNG.",
               "2021-05-13", "'on Thursday' = 2021-05-13 (Thursday); published Friday 2021-05-14",
               "El Aguaje", "Michoacán", "MX", "explosion", "Jalisco New Generation Cartel",
               "Mexican security forces", killed=0, wounded=2,
               evidence="Two state police officers were wounded on Thursday when explosives dropped from "
                        "a drone hit their patrol near El Aguaje, in the municipality of Aguililla, the "
                        "state security ministry said. Neither officer's life is in danger and no one was "
                        "killed, the ministry said in a statement. It said the drone had been flown by "
                        "gunmen of the Jalisco New Generation Cartel",
               note="'the third such attack this month' is an aggregate, not annotated")],
    tests="indirect perpetrator (drone flown by); 'it' pointing back; no one killed")

# b14-22 Ukraine, Kharkiv: two shellings of one district; claimed enemy losses
report(
    "b14-22", "2022-04-20", "https://www.example-dniprofeed.ua/2022/04/20/saltivka-shelling",
    "Kharkiv: three killed as shells hit Saltivka",
    ["KHARKIV, April 20 (Dnipro Feed) - Russian shelling killed three people and wounded seven in the "
     "Saltivka district of Kharkiv on Tuesday evening, the regional governor said. Two of the dead were "
     "women waiting at a bus stop, he said on Telegram. An apartment block and a school were also hit.",
     "Russian forces had also shelled the same district on Sunday, when five people died, officials said "
     "earlier this week. Ukraine's general staff says Russia has lost more than 20,000 soldiers since the "
     "invasion began on 24 February, a figure that cannot be verified."],
    events=[ev("Russian shelling of Saltivka, Kharkiv, killed three and wounded seven on Tuesday evening.",
               "2022-04-19", "'on Tuesday evening' = 2022-04-19 (Tuesday); published Wednesday 2022-04-20",
               "Saltivka", "Kharkiv", "UA", "explosion", "Russian armed forces", "civilians",
               killed=3, wounded=7,
               evidence="Russian shelling killed three people and wounded seven in the Saltivka district "
                        "of Kharkiv on Tuesday evening, the regional governor said."),
            ev("Russian shelling of the same district (Saltivka) on Sunday killed five.",
               "2022-04-17", "'on Sunday' = 2022-04-17 (Sunday), earlier in the week of the Wednesday "
               "2022-04-20 report",
               "Saltivka", "Kharkiv", "UA", "explosion", "Russian armed forces", "civilians",
               killed=5,
               evidence="Russian forces had also shelled the same district on Sunday, when five people "
                        "died, officials said earlier this week.",
               note="place given only as 'the same district'")],
    figures=[fig("killed", 20000, "Ukraine",
                 "Ukraine's general staff says Russia has lost more than 20,000 soldiers since the "
                 "invasion began on 24 February",
                 note="claimed enemy losses, unverified")],
    tests="second incident told as 'the same district' with a different day; claimed cumulative losses")

# b14-23 Myanmar, Kayah: air strike on a camp 'X km from'; last-week strike
report(
    "b14-23", "2023-03-02", "https://www.example-salweendesk.com/2023/03/02/demoso-camp-strike",
    "Kayah: seven killed as jets hit displacement camp near Demoso",
    ["CHIANG MAI, March 2 (Salween Desk) - Seven people, including three children, were killed when "
     "military jets bombed a camp for displaced people about 5 km from Demoso, in Kayah State, on "
     "Wednesday, a local resistance group said. At least 12 others were wounded, the Karenni "
     "Nationalities Defence Force said in a statement. The camp housed about 600 people who had fled "
     "fighting in Loikaw, the state capital.",
     "A spokesman for Myanmar's military government said the air force had struck \"terrorist\" "
     "positions in the area and denied hitting civilians. Last week, a strike on a monastery in the same "
     "township killed three monks, the group said."],
    events=[ev("Military jets bombed a displacement camp about 5 km from Demoso, killing seven including "
               "three children and wounding at least 12.",
               "2023-03-01", "'on Wednesday' = 2023-03-01 (Wednesday); published Thursday 2023-03-02",
               "5 km from Demoso", "Kayah", "MM", "explosion", "Myanmar military", "civilians",
               killed=7, wounded=12,
               evidence="Seven people, including three children, were killed when military jets bombed a "
                        "camp for displaced people about 5 km from Demoso, in Kayah State, on Wednesday, a "
                        "local resistance group said. At least 12 others were wounded, the Karenni "
                        "Nationalities Defence Force said in a statement. [...] A spokesman for Myanmar's "
                        "military government said the air force had struck \"terrorist\" positions in the "
                        "area and denied hitting civilians.",
               note="the military admits the strike and denies civilian victims: actor1 stays the "
                    "military"),
            ev("A strike on a monastery in Demoso township last week killed three monks.",
               None, "'Last week' before the Thursday 2023-03-02 report; day unknown",
               "Demoso", "Kayah", "MM", "explosion", "Myanmar military", "civilians",
               killed=3,
               evidence="Last week, a strike on a monastery in the same township killed three monks, the "
                        "group said.",
               optional=True)],
    figures=[fig("displaced", 600, "5 km from Demoso",
                 "The camp housed about 600 people who had fled fighting in Loikaw")],
    tests="'including' inside a total; 'X km from'; admitted strike with denied victims; 'last week'")

# b14-24 Iraq: football page in the words of war, no incident
report(
    "b14-24", "2017-05-22", "https://www.example-tigrisnews.com/sport/2017/05/22/baghdad-derby",
    "Air Force blitz sinks Police in Baghdad derby",
    ["BAGHDAD, May 22 (Tigris Newswire) - Al-Quwa Al-Jawiya launched a second-half blitz to crush "
     "Al-Shorta 3-1 in a bruising Baghdad derby on Sunday and go four points clear at the top of the "
     "Iraqi league. The Police side struck first through a header in the 20th minute, but the Air Force "
     "men fired back three times in the space of 15 minutes after the break. Their striker, who has been "
     "on the attack all season, shot home twice from close range.",
     "Al-Shorta's coach said his defence had been \"massacred\" and blamed a tired squad after a week of "
     "travel. Two players were sent off and one was carried off injured in a heated finish. More than "
     "30,000 fans packed the Al-Shaab stadium for the first derby at the ground in three years."],
    tests="no incident: sport page (blitz, fired back, shot, massacred, Police, Air Force)")

# b14-25 Nigeria: business page in the words of war, no incident
report(
    "b14-25", "2016-11-09", "https://www.example-marinabusiness.ng/2016/11/09/cement-price-war",
    "Cement makers dig in for price war",
    ["LAGOS, November 9 (Marina Business Daily) - Nigeria's two biggest cement makers are bracing for a "
     "bruising price war after one of them cut its factory price by 12 percent on Tuesday, analysts said. "
     "\"It is a scorched-earth strategy,\" said Chidi Okafor, an analyst at a Lagos brokerage. The rival "
     "company fired back with discounts for bulk buyers in the north, where it plans to open a plant in "
     "Sokoto next year.",
     "Shares of both companies were hammered on the stock exchange, losing a combined 80 billion naira in "
     "market value. Traders said smaller distributors could be wiped out if the battle drags on into the "
     "dry season. \"Nobody wins a war like this except the builders,\" Okafor said."],
    tests="no incident: business page (price war, fired back, wiped out, battle)")

# b14-26 Iraq: anniversary of the Speicher massacre, no incident
report(
    "b14-26", "2019-06-13", "https://www.example-tigrisnews.com/2019/06/13/speicher-anniversary",
    "Families mark five years since Speicher massacre",
    ["TIKRIT, June 13 (Tigris Newswire) - Hundreds of relatives gathered at the former Camp Speicher air "
     "base outside Tikrit on Wednesday to mark five years since Islamic State fighters massacred captured "
     "air force cadets there. The group killed about 1,700 recruits in June 2014, shortly after it swept "
     "through Salahuddin province, and filmed some of the killings. Mothers carried portraits of their "
     "sons and laid flowers on the river bank where many were shot.",
     "\"We still do not know where my son is buried,\" said Umm Haider, 58, from Dhi Qar. Officials say "
     "the remains of about 1,200 victims have been recovered from mass graves and identified so far. More "
     "than 40 men have been sentenced to death over the massacre."],
    figures=[fig("other", 1200, "Camp Speicher",
                 "Officials say the remains of about 1,200 victims have been recovered from mass graves "
                 "and identified so far.",
                 note="remains recovered and identified")],
    tests="no incident: anniversary of a 2014 massacre; gathering is not an event")

# b14-27 Afghanistan: UN half-year statistics, no incident
report(
    "b14-27", "2018-07-16", "https://www.example-hindukush.af/en/2018/07/16/unama-midyear",
    "UN: record civilian deaths in Afghanistan in first half of 2018",
    ["KABUL, July 16 (Hindu Kush Agency) - A record 1,650 civilians were killed in Afghanistan's conflict "
     "in the first six months of the year, the United Nations said on Monday. Another 3,400 were wounded, "
     "the UN mission said in its mid-year report. Suicide and other bomb attacks by anti-government groups "
     "caused almost half of the casualties, it said, with Islamic State's local affiliate responsible for "
     "a growing share. Nangarhar province recorded the most deaths, ahead of Kabul.",
     "The deadliest single attack of the period, an ambulance bombing in central Kabul in January, killed "
     "more than 100 people. The report also counted 149 civilians killed in air strikes by Afghan and "
     "international forces. \"Each of these numbers is a family destroyed,\" a UN official said."],
    figures=[fig("killed", 1650, "Afghanistan",
                 "A record 1,650 civilians were killed in Afghanistan's conflict in the first six months "
                 "of the year"),
             fig("wounded", 3400, "Afghanistan",
                 "Another 3,400 were wounded, the UN mission said in its mid-year report."),
             fig("killed", 149, "Afghanistan",
                 "The report also counted 149 civilians killed in air strikes by Afghan and international "
                 "forces.")],
    tests="no incident: statistics; a past bombing cited as 'deadliest of the period'")

# b14-28 Iraq, Diyala 2014: commander counts own losses; mortar fired from positions
report(
    "b14-28", "2014-09-16", "https://www.example-tigrisnews.com/2014/09/16/qara-tapa-khanaqin",
    "Peshmerga repel IS assault near Qara Tapa; mortar hits Khanaqin market",
    ["KHANAQIN, September 16 (Tigris Newswire) - Kurdish Peshmerga forces beat back an attack by "
     "Islamic State fighters on their lines near Qara Tapa, in northern Diyala, on Monday, a Peshmerga "
     "commander said. Four of his men were killed and nine wounded, commander Jabbar Karim said, adding "
     "that the attackers left 17 bodies behind when they withdrew towards Jalawla. The militants have "
     "held Jalawla since August.",
     "On Tuesday morning a mortar round fired from the group's positions near Jalawla landed in "
     "Khanaqin's main market, wounding five shoppers, the town's mayor said. Coalition aircraft have yet "
     "to strike in Diyala province."],
    events=[ev("IS fighters attacked Peshmerga lines near Qara Tapa and were repelled; four Peshmerga "
               "and 17 attackers killed, nine Peshmerga wounded.",
               "2014-09-15", "'on Monday' = 2014-09-15 (Monday); published Tuesday 2014-09-16",
               "Qara Tapa", "Diyala", "IQ", "battle", "Islamic State", "Peshmerga",
               killed=21, wounded=9,
               evidence="Kurdish Peshmerga forces beat back an attack by Islamic State fighters on their "
                        "lines near Qara Tapa, in northern Diyala, on Monday, a Peshmerga commander said. "
                        "Four of his men were killed and nine wounded, commander Jabbar Karim said, adding "
                        "that the attackers left 17 bodies behind when they withdrew towards Jalawla.",
               note="4 Peshmerga ('his men') + 17 attackers = 21"),
            ev("A mortar round fired from IS positions near Jalawla landed in Khanaqin's main market, "
               "wounding five shoppers.",
               "2014-09-16", "'On Tuesday morning' = 2014-09-16 (Tuesday), the publication day",
               "Khanaqin", "Diyala", "IQ", "explosion", "Islamic State", "civilians",
               wounded=5,
               evidence="On Tuesday morning a mortar round fired from the group's positions near Jalawla "
                        "landed in Khanaqin's main market, wounding five shoppers, the town's mayor said.",
               note="'the group' points back to Islamic State; killed not given")],
    tests="side attacked first; 'his men'; 'the group's positions'; the fall of Jalawla in August is "
          "background; coalition sentence is a non-event")

# b14-29 Syria, Raqqa: SDF gains (reporting day only); strike attributed by elimination
report(
    "b14-29", "2017-07-19", "https://www.example-levantbrief.com/2017/07/19/raqqa-hisham-district",
    "Raqqa: SDF take Hisham bin Abdul Malik district; strike kills 11 civilians, activists say",
    ["AIN ISSA, July 19 (Levant Brief) - The US-backed Syrian Democratic Forces said on Wednesday that "
     "they had taken full control of the Hisham bin Abdul Malik district in southern Raqqa after a week "
     "of street fighting with Islamic State. SDF fighters were clearing mines and booby traps left by the "
     "jihadists, a spokeswoman for the alliance said. She did not give a toll for the battle.",
     "Separately, a monitoring group run by activists from the city said 11 civilians, among them a "
     "woman and her four children, were killed on Tuesday night when an air strike hit a building in "
     "the al-Badu neighbourhood. Only aircraft of the US-led coalition are operating over Raqqa. A "
     "coalition spokesman said the report would be assessed.",
     "About 25,000 civilians remain trapped in the parts of the city still held by the group, the UN "
     "estimates."],
    events=[ev("SDF took full control of the Hisham bin Abdul Malik district of southern Raqqa after a week "
               "of street fighting with IS.",
               None, "'said on Wednesday' (2017-07-19, Wednesday) is the reporting day; day of capture "
                     "not given",
               "Hisham bin Abdul Malik district", "Raqqa", "SY", "territory_gain",
               "Syrian Democratic Forces", "Islamic State",
               evidence="The US-backed Syrian Democratic Forces said on Wednesday that they had taken full "
                        "control of the Hisham bin Abdul Malik district in southern Raqqa after a week of "
                        "street fighting with Islamic State."),
            ev("Air strike hit a building in al-Badu, Raqqa, on Tuesday night, killing 11 civilians; only "
               "coalition aircraft fly over the city and the coalition did not deny it.",
               "2017-07-18", "'on Tuesday night' = 2017-07-18 (Tuesday); published Wednesday 2017-07-19",
               "al-Badu", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
               killed=11,
               evidence="Separately, a monitoring group run by activists from the city said 11 civilians, "
                        "among them a woman and her four children, were killed on Tuesday night when an "
                        "air strike hit a building in the al-Badu neighbourhood. Only aircraft of the "
                        "US-led coalition are operating over Raqqa.",
               note="perpetrator by elimination; 'among them' is inside the 11")],
    figures=[fig("civilians_trapped", 25000, "Raqqa",
                 "About 25,000 civilians remain trapped in the parts of the city still held by the group")],
    tests="reporting day vs event day; perpetrator by elimination; 'among them'")

# b14-30 Afghanistan, Ghazni: district centre falls; air strike hours later
report(
    "b14-30", "2019-09-12", "https://www.example-hindukush.af/en/2019/09/12/ajristan-falls",
    "Ghazni: Taliban overrun Ajristan district centre",
    ["GHAZNI, September 12 (Hindu Kush Agency) - The Taliban captured the centre of Ajristan district in "
     "Ghazni province early on Wednesday after a two-day siege, local officials said. Provincial council "
     "member Hamidullah Nawroz said at least eight members of the security forces had been killed and "
     "the remaining defenders had fled to a nearby army base. The defence ministry described the "
     "withdrawal as \"tactical\" and said reinforcements were on their way.",
     "Hours later, Afghan Air Force helicopters struck insurgents gathered at the district market, "
     "killing nine of them, the ministry said. The Taliban said in a statement that they had seized "
     "weapons and three armoured vehicles. Ajristan has changed hands at least twice since 2018."],
    events=[ev("Taliban captured the Ajristan district centre after a two-day siege; at least eight "
               "security force members killed.",
               "2019-09-11", "'early on Wednesday' = 2019-09-11 (Wednesday); published Thursday 2019-09-12",
               "Ajristan", "Ghazni", "AF", "territory_gain", "Taliban", "Afghan security forces",
               killed=8,
               evidence="The Taliban captured the centre of Ajristan district in Ghazni province early on "
                        "Wednesday after a two-day siege, local officials said. Provincial council member "
                        "Hamidullah Nawroz said at least eight members of the security forces had been "
                        "killed and the remaining defenders had fled to a nearby army base."),
            ev("Afghan Air Force helicopters struck Taliban gathered at the Ajristan district market, "
               "killing nine.",
               "2019-09-11", "'Hours later' than Wednesday's capture (2019-09-11, Wednesday)",
               "Ajristan district market", "Ghazni", "AF", "explosion", "Afghan security forces", "Taliban",
               killed=9,
               evidence="Hours later, Afghan Air Force helicopters struck insurgents gathered at the "
                        "district market, killing nine of them, the ministry said.",
               note="a side's own count of enemy dead, not disputed; the Taliban statement gives no toll")],
    tests="territory loss called 'tactical'; second event at the same place 'hours later'")

# b14-31 Nigeria, Borno: bomber counted; abduction told with 'the group'
report(
    "b14-31", "2018-01-17", "https://www.example-lakechadmonitor.com/2018/01/17/konduga-gamboru",
    "Borno: teenage bomber kills three at Konduga mosque; 12 women abducted near Gamboru",
    ["MAIDUGURI, January 17 (Lake Chad Monitor) - A female suicide bomber believed to be in her teens "
     "blew herself up at a mosque in Konduga during dawn prayers on Wednesday, killing three worshippers, "
     "police said. Nine other people were wounded, police spokesman Aliyu Bello said, adding that the "
     "bomber also died. He blamed Boko Haram, which has repeatedly sent young women and girls to attack "
     "the town.",
     "Separately, militia members in Gamboru said fighters of the group seized twelve women who were "
     "gathering firewood about 8 km outside the town on Monday. The women have not been heard from since. "
     "No group has claimed either attack."],
    events=[ev("A teenage female suicide bomber blew herself up at a Konduga mosque at dawn prayers, "
               "killing three worshippers and herself and wounding nine; police blamed Boko Haram.",
               "2018-01-17", "'on Wednesday' = 2018-01-17 (Wednesday), the publication day",
               "Konduga", "Borno", "NG", "explosion", "Boko Haram", "civilians",
               killed=4, wounded=9,
               evidence="A female suicide bomber believed to be in her teens blew herself up at a mosque "
                        "in Konduga during dawn prayers on Wednesday, killing three worshippers, police "
                        "said. Nine other people were wounded, police spokesman Aliyu Bello said, adding "
                        "that the bomber also died. He blamed Boko Haram",
               note="3 worshippers + the bomber = 4; blame not disputed, no claim"),
            ev("Boko Haram fighters abducted twelve women gathering firewood about 8 km outside Gamboru.",
               "2018-01-15", "'on Monday' = 2018-01-15 (Monday); published Wednesday 2018-01-17",
               "8 km outside Gamboru", "Borno", "NG", "other", "Boko Haram", "civilians",
               evidence="Separately, militia members in Gamboru said fighters of the group seized twelve "
                        "women who were gathering firewood about 8 km outside the town on Monday.",
               note="abduction; 'the group' = Boko Haram named in the paragraph before; 'the town' = "
                    "Gamboru")],
    tests="bomber counted; 'the group' and 'the town' pointing back; abduction")

# b14-32 Yemen, Abyan: AQAP ambush; claim with inflated toll
report(
    "b14-32", "2019-04-25", "https://www.example-gulfofaden.com/yemen/2019/04/25/mudiyah-ambush",
    "AQAP claims ambush on Security Belt patrol in Abyan",
    ["ADEN, April 25 (Gulf of Aden Bulletin) - Five fighters of the UAE-backed Security Belt forces and "
     "two of their attackers were killed when al-Qaeda militants ambushed a patrol in Mudiyah district "
     "of Abyan province on Tuesday, a security official said. The gunmen opened fire on the patrol's two "
     "vehicles from the hills above the road, the official said. Three other Security Belt fighters were "
     "wounded.",
     "Al-Qaeda in the Arabian Peninsula claimed the ambush in a statement on Wednesday and said it had "
     "killed 14 \"apostates\". Security Belt units launched a search operation in the valleys north of "
     "the district afterwards."],
    events=[ev("Al-Qaeda militants ambushed a Security Belt patrol in Mudiyah; five Security Belt fighters "
               "and two attackers killed, three wounded; AQAP claimed 14.",
               "2019-04-23", "'on Tuesday' = 2019-04-23 (Tuesday); published Thursday 2019-04-25",
               "Mudiyah", "Abyan", "YE", "battle", "AQAP", "Security Belt Forces",
               killed=7, wounded=3,
               evidence="Five fighters of the UAE-backed Security Belt forces and two of their attackers "
                        "were killed when al-Qaeda militants ambushed a patrol in Mudiyah district of Abyan "
                        "province on Tuesday, a security official said. [...] Three other Security Belt "
                        "fighters were wounded. [...] Al-Qaeda in the Arabian Peninsula claimed the ambush "
                        "in a statement on Wednesday and said it had killed 14 \"apostates\".",
               note="5 + 2 = 7; AQAP's claimed 14 not used")],
    tests="victims named first; attackers counted; claim with inflated toll")

# b14-33 Somalia, Hiiraan: town retaken; toll of the battle
report(
    "b14-33", "2022-09-12", "https://www.example-banadircoast.so/news/2022-09-12-moqokori",
    "Hiiraan: army and clan militias retake Moqokori",
    ["BELEDWEYNE, September 12 (Banadir Coast Radio) - Somali troops backed by local clan militias "
     "recaptured the town of Moqokori in Hiiraan region from al-Shabaab on Sunday, the regional "
     "administration said. The militants pulled out before dawn after two days of fighting on the town's "
     "outskirts, residents said. A government commander told the radio that 13 al-Shabaab fighters and "
     "four soldiers had been killed in the battle. Residents said shops had begun to reopen on Monday.",
     "About 12,000 people fled the area during the fighting, according to a local aid group."],
    events=[ev("Somali troops and clan militias recaptured Moqokori from al-Shabaab after two days of "
               "fighting; 13 al-Shabaab and four soldiers killed.",
               "2022-09-11", "'on Sunday' = 2022-09-11 (Sunday); published Monday 2022-09-12",
               "Moqokori", "Hiiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab",
               killed=17,
               evidence="Somali troops backed by local clan militias recaptured the town of Moqokori in "
                        "Hiiraan region from al-Shabaab on Sunday, the regional administration said. [...] "
                        "A government commander told the radio that 13 al-Shabaab fighters and four "
                        "soldiers had been killed in the battle.",
               note="13 + 4 = 17, over the two days of fighting that ended with the capture")],
    figures=[fig("displaced", 12000, "Moqokori",
                 "About 12,000 people fled the area during the fighting, according to a local aid group.")],
    tests="territory regained with allied militias; 'the militants' pointing back; 'on Monday' "
          "is not an event")

# b14-34 Burkina Faso, Sahel: night from Monday to Tuesday; 'about a dozen'
report(
    "b14-34", "2022-06-29", "https://www.example-sahelmorning.com/burkina/2022-06-29-gorgadji",
    "Volunteers repel attack on Gorgadji, radio reports",
    ["DORI, June 29 (Sahel Morning) - Volunteers for the Defence of the Homeland, the civilian militia "
     "that fights alongside the army, repelled an attack by armed men on Gorgadji in the night from "
     "Monday to Tuesday, a local radio station reported. Four volunteers lost their lives and about a "
     "dozen assailants were killed, the station said, quoting a VDP coordinator. The attackers, who came "
     "on motorcycles from the direction of Arbinda, also stole cattle before fleeing. Army aircraft later "
     "pursued the column, according to security sources, who gave no details.",
     "Most of Gorgadji's residents have already left for Dori, the regional capital, where more than "
     "50,000 displaced people live."],
    events=[ev("Armed men on motorcycles attacked Gorgadji and were repelled by VDP volunteers; four "
               "volunteers and about a dozen attackers killed.",
               "2022-06-27", "'in the night from Monday to Tuesday' = 2022-06-27 (Monday) to 2022-06-28 (Tuesday): the first night, 2022-06-27; "
               "published Wednesday 2022-06-29",
               "Gorgadji", "Sahel", "BF", "battle", "militants (unidentified)",
               "Volunteers for the Defence of the Homeland", killed=16,
               evidence="Volunteers for the Defence of the Homeland, the civilian militia that fights "
                        "alongside the army, repelled an attack by armed men on Gorgadji in the night from "
                        "Monday to Tuesday, a local radio station reported. Four volunteers lost their "
                        "lives and about a dozen assailants were killed, the station said, quoting a VDP "
                        "coordinator.",
               note="4 + 'about a dozen' (12) = 16; the aircraft pursuit has no place, result or time "
                    "and is not annotated")],
    figures=[fig("displaced", 50000, "Dori",
                 "where more than 50,000 displaced people live")],
    tests="defender named first; 'about a dozen'; night spanning two days")

# b14-35 Cameroon, Far North: revised toll including bombers; arrest of a third bomber
report(
    "b14-35", "2015-09-08", "https://www.example-mandararadio.cm/2015/09/08/kolofata-bombers",
    "Cameroon: two female bombers kill nine in Kolofata",
    ["MAROUA, September 8 (Mandara Radio) - Eleven people, including the two bombers, died when two young "
     "women blew themselves up in a crowded market in Kolofata on Monday morning, a security source said. "
     "An earlier toll given by the local authorities had put the dead at seven. More than 20 people were "
     "wounded and taken to the hospital in Mora, the source said.",
     "The governor of the Far North region blamed Boko Haram, which has carried out a string of suicide "
     "attacks in the area since July. A third woman was arrested before she could reach the market, "
     "soldiers said."],
    events=[ev("Two young women blew themselves up in Kolofata market, killing eleven including "
               "themselves and wounding more than 20; the governor blamed Boko Haram.",
               "2015-09-07", "'on Monday morning' = 2015-09-07 (Monday); published Tuesday 2015-09-08",
               "Kolofata", "Far North", "CM", "explosion", "Boko Haram", "civilians",
               killed=11, wounded=20,
               evidence="Eleven people, including the two bombers, died when two young women blew "
                        "themselves up in a crowded market in Kolofata on Monday morning, a security "
                        "source said. An earlier toll given by the local authorities had put the dead at "
                        "seven. More than 20 people were wounded and taken to the hospital in Mora, the "
                        "source said. [...] The governor of the Far North region blamed Boko Haram",
               note="the later toll 11 (bombers included) stands over the earlier 7; headline's 'nine' "
                    "excludes the bombers"),
            ev("Soldiers arrested a third would-be bomber before she reached the Kolofata market.",
               "2015-09-07", "same morning as the blasts ('on Monday morning' = 2015-09-07, Monday)",
               "Kolofata", "Far North", "CM", "arrest", "Cameroonian security forces", "Boko Haram",
               evidence="A third woman was arrested before she could reach the market, soldiers said.",
               arrested=1,
               note="foiled third bomber; 'the market' = Kolofata market")],
    tests="'including the two bombers'; earlier toll; headline toll excluding bombers; arrest")

# b14-36 Pakistan, Balochistan: claim two days later
report(
    "b14-36", "2024-04-17", "https://www.example-khyberdispatch.pk/2024/04/17/tump-labourers",
    "Five labourers shot dead in Kech; BLF claims killings",
    ["QUETTA, April 17 (Khyber Dispatch) - Gunmen shot dead five labourers at a road construction site in "
     "the Tump area of Kech district late on Sunday, officials said. The victims, all from Punjab "
     "province, were asleep in a tent when the attackers arrived, the deputy commissioner said on Monday. "
     "A sixth worker escaped by hiding in a culvert.",
     "On Tuesday the Balochistan Liberation Front said in a statement that its fighters had carried out "
     "the killings, accusing the men of working for the security forces. Police have registered a case "
     "against unknown persons and launched a search. Similar attacks on workers from other provinces have "
     "killed dozens of people in Balochistan in recent years."],
    events=[ev("Gunmen shot dead five Punjabi labourers asleep at a road construction site in Tump, Kech; "
               "the BLF claimed it two days later.",
               "2024-04-14", "'late on Sunday' = 2024-04-14 (Sunday); published Wednesday 2024-04-17",
               "Tump", "Balochistan", "PK", "attack_on_civilians", "Balochistan Liberation Front",
               "civilians", killed=5,
               evidence="Gunmen shot dead five labourers at a road construction site in the Tump area of "
                        "Kech district late on Sunday, officials said. [...] On Tuesday the Balochistan "
                        "Liberation Front said in a statement that its fighters had carried out the "
                        "killings",
               note="unnamed gunmen at first, claimant two days later")],
    tests="claim two days later; 'late on Sunday' three days before publication")


# --------------------------------------------------------------------------------------
# checks

class Fail(Exception):
    pass


ABBREV = ["Mr.", "Mrs.", "Dr.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "No.", "St.", "U.S.", "U.N."]
BOUNDARY = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")


def sentences(body):
    out = []
    for para in re.split(r"\n\s*\n", body):
        p = para.strip()
        for a in ABBREV:
            p = p.replace(a, a.replace(".", "\u2024"))
        start = 0
        for m in BOUNDARY.finditer(p):
            out.append(p[start:m.end()].strip())
            start = m.end()
        if p[start:].strip():
            out.append(p[start:].strip())
    return [s for s in out if s]


def day(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        raise Fail(f"bad date {s!r}")


DATE_WD = re.compile(r"(\d{4}-\d{2}-\d{2}),? \(?(" + "|".join(WEEKDAYS) + r")\)?")
WD_DATE = re.compile(r"(" + "|".join(WEEKDAYS) + r"),? (\d{4}-\d{2}-\d{2})")
LONG_DATE = re.compile(r"(" + "|".join(WEEKDAYS) + r"), (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})")
DATELINE = re.compile(r"^([^,\n(]+), (" + "|".join(MONTHS) + r") (\d{1,2}) \(([^)]+)\) - ")


def wd(d):
    return WEEKDAYS[d.weekday()]


def check_note(rid, i, e, published):
    note = e["date_note"]
    if not note:
        raise Fail(f"{rid} event {i}: empty date_note")
    for m in DATE_WD.finditer(note):
        if wd(day(m.group(1))) != m.group(2):
            raise Fail(f"{rid} event {i}: date_note says {m.group(1)} is a {m.group(2)}, "
                       f"it is a {wd(day(m.group(1)))}")
    for m in WD_DATE.finditer(note):
        if wd(day(m.group(2))) != m.group(1):
            raise Fail(f"{rid} event {i}: date_note says {m.group(2)} is a {m.group(1)}, "
                       f"it is a {wd(day(m.group(2)))}")
    for m in LONG_DATE.finditer(note):
        check_long_date(rid, m)
    # every weekday the note names must be the weekday of a date the note (or the event) names
    named = {wd(day(x)) for x in re.findall(r"\d{4}-\d{2}-\d{2}", note)}
    named |= {wd(dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2))))
              for m in LONG_DATE.finditer(note)}
    if e["date"]:
        named.add(wd(day(e["date"])))
    for w in WEEKDAYS:
        if re.search(r"\b" + w + r"\b", note) and w not in named:
            raise Fail(f"{rid} event {i}: date_note names {w} but no date in it is a {w}: {note!r}")
    if e["date"] and e["date"] not in note:
        raise Fail(f"{rid} event {i}: date_note does not state the date {e['date']}")


def check_long_date(rid, m):
    d = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
    if wd(d) != m.group(1):
        raise Fail(f"{rid}: '{m.group(0)}' is false, that day is a {wd(d)}")


def check(reports):
    want_ids = [f"b14-{n:02d}" for n in range(1, 37)]
    ids = [r["id"] for r in reports]
    if ids != want_ids:
        raise Fail(f"ids are not b14-01..b14-36 in order: {ids}")
    urls = set()
    for r in reports:
        rid, text = r["id"], r["text"]
        pub = day(r["published"])
        if not 2014 <= pub.year <= 2024:
            raise Fail(f"{rid}: published {pub} outside 2014-2024")
        if not re.match(r"https://www\.example-[a-z0-9-]+\.[a-z.]+/", r["url"]) or r["url"] in urls:
            raise Fail(f"{rid}: url must be unique on an example- domain: {r['url']}")
        urls.add(r["url"])
        headline, sep, body = text.partition("\n\n")
        if not sep or "\n" in headline or headline.endswith("."):
            raise Fail(f"{rid}: text must start with a one-line headline and a blank line")
        n = len(sentences(body))
        if not 4 <= n <= 9:
            raise Fail(f"{rid}: {n} sentences in the body, want 4-9: {sentences(body)}")
        m = DATELINE.match(body)
        if m:
            if m.group(1) != m.group(1).upper():
                raise Fail(f"{rid}: dateline city not in capitals: {m.group(1)!r}")
            if (MONTHS.index(m.group(2)) + 1, int(m.group(3))) != (pub.month, pub.day):
                raise Fail(f"{rid}: dateline '{m.group(2)} {m.group(3)}' != published {pub}")
        elif re.match(r"^[A-Z][A-Z .'-]+, ", body):
            raise Fail(f"{rid}: dateline-like opening that the dateline pattern does not read")
        for lm in LONG_DATE.finditer(text):
            check_long_date(rid, lm)
        for i, e in enumerate(r["events"]):
            keys = list(e)
            base = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1",
                    "actor2", "killed", "killed_high", "wounded", "wounded_high", "evidence"]
            if keys[:len(base)] != base or not set(keys[len(base):]) <= {"note", "arrested", "optional"}:
                raise Fail(f"{rid} event {i}: keys {keys}")
            if e["type"] not in TYPES:
                raise Fail(f"{rid} event {i}: type {e['type']!r} not in the schema")
            if e["country"] not in COUNTRIES:
                raise Fail(f"{rid} event {i}: country {e['country']!r}")
            if e.get("optional") is not None and e["optional"] is not True:
                raise Fail(f"{rid} event {i}: optional must be true or absent")
            for k in ("place", "admin", "actor1", "actor2", "summary"):
                if not e[k]:
                    raise Fail(f"{rid} event {i}: empty {k}")
            if e["date"] is not None and day(e["date"]) > pub:
                raise Fail(f"{rid} event {i}: date {e['date']} after publication {pub}")
            check_note(rid, i, e, pub)
            for k in ("killed", "wounded"):
                lo, hi = e[k], e[k + "_high"]
                for v in (lo, hi):
                    if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                        raise Fail(f"{rid} event {i}: {k} not a non-negative integer: {v!r}")
                if hi is not None and (lo is None or hi < lo):
                    raise Fail(f"{rid} event {i}: {k}_high {hi} is missing its low {k} or below it ({lo})")
            if e["type"] == "arrest" and "arrested" not in e:
                raise Fail(f"{rid} event {i}: arrest without 'arrested'")
            check_evidence(rid, f"event {i}", e["evidence"], text)
        for i, f in enumerate(r["figures"]):
            if list(f)[:4] != ["what", "value", "place", "evidence"]:
                raise Fail(f"{rid} figure {i}: keys {list(f)}")
            if f["what"] not in FIGURE_WHAT:
                raise Fail(f"{rid} figure {i}: what {f['what']!r}")
            if not isinstance(f["value"], int) or f["value"] <= 0:
                raise Fail(f"{rid} figure {i}: value {f['value']!r}")
            check_evidence(rid, f"figure {i}", f["evidence"], text)


def check_evidence(rid, what, evidence, text):
    if not evidence:
        raise Fail(f"{rid} {what}: no evidence")
    for piece in evidence.split(" [...] "):
        if not piece or piece not in text:
            raise Fail(f"{rid} {what}: evidence not verbatim in the text: {piece!r}")


def main():
    try:
        check(REPORTS)
    except Fail as err:
        sys.exit(f"make.py: CHECK FAILED: {err}")
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as f:
        for r in REPORTS:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                "url": r["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in REPORTS:
            f.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                "events": r["events"], "figures": r["figures"]},
                               ensure_ascii=False) + "\n")
    evs = [e for r in REPORTS for e in r["events"]]
    print(f"ok: {len(REPORTS)} reports, {len(evs)} events "
          f"({sum(1 for e in evs if e.get('optional'))} optional), "
          f"{sum(len(r['figures']) for r in REPORTS)} figures, "
          f"{sum(1 for r in REPORTS if not r['events'])} reports without events")
    if "--stats" in sys.argv:
        from collections import Counter
        print("by country:", dict(sorted(Counter(e["country"] for e in evs).items())))
        print("by type:", dict(sorted(Counter(e["type"] for e in evs).items())))
        print("reports by year:", dict(sorted(Counter(r["published"][:4] for r in REPORTS).items())))
        print("sentences:", {r["id"]: len(sentences(r["text"].partition("\n\n")[2])) for r in REPORTS})
        for r in REPORTS:
            print(r["id"], "|", ", ".join(sorted({e["place"] for e in r["events"]})) or "-", "|", r["tests"])


if __name__ == "__main__":
    main()
