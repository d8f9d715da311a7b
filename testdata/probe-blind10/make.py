#!/usr/bin/env python3
"""probe-blind10: hand-written reports (invented incidents in real places) with gold.

Run: python3 make.py   -> writes docs.jsonl and gold.jsonl beside this file, after checking
that every evidence piece is verbatim in its text, no event date is after publication, weekday
words agree with dates, and types come from the gold schema.
"""
import datetime as dt
import json
import os
import re
import sys

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DOCS = []


def E(summary, date, date_note, place, admin, country, typ, a1, a2, killed, killed_high,
      wounded, wounded_high, evidence, note=None, optional=False, **extra):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": typ, "actor1": a1, "actor2": a2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded,
         "wounded_high": wounded_high, "evidence": evidence}
    if note:
        e["note"] = note
    e.update(extra)
    if optional:
        e["optional"] = True
    return e


def D(id, published, url, outlet, kind, text, events, figures=None):
    DOCS.append({"id": id, "published": published, "url": url, "outlet": outlet,
                 "kind": kind, "text": text.strip("\n"), "events": events,
                 "figures": figures or []})


def check():
    errs = []
    seen = set()
    for d in DOCS:
        if d["id"] in seen:
            errs.append(f"{d['id']}: duplicate id")
        seen.add(d["id"])
        t = d["text"]
        pub = dt.date.fromisoformat(d["published"]) if d["published"] else None
        # weekday + date written in the text ("Tuesday, 17 November 2026" / "Tuesday, November 17, 2026")
        for m in re.finditer(r"(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
            day = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if WEEKDAYS[day.weekday()] != m.group(1):
                errs.append(f"{d['id']}: text says {m.group(0)} but it is a {WEEKDAYS[day.weekday()]}")
        for m in re.finditer(r"(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
            day = dt.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
            if WEEKDAYS[day.weekday()] != m.group(1):
                errs.append(f"{d['id']}: text says {m.group(0)} but it is a {WEEKDAYS[day.weekday()]}")
        # weekday + day + month without a year ("Monday 12 October", "Saturday 17 June"): year of publication
        if pub:
            for m in re.finditer(r"(%s),? (\d{1,2}) (%s)(?!,? \d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
                day = dt.date(pub.year, MONTHS.index(m.group(3)) + 1, int(m.group(2)))
                if day > pub:
                    day = day.replace(year=pub.year - 1)
                if WEEKDAYS[day.weekday()] != m.group(1):
                    errs.append(f"{d['id']}: text says {m.group(0)} but {day} is a {WEEKDAYS[day.weekday()]}")
        n = len(re.findall(r"[.!?](\s|$)", t))
        if n < 8 or n > 25:
            errs.append(f"{d['id']}: {n} sentences")
        for i, e in enumerate(d["events"]):
            where = f"{d['id']}#{i}"
            if e["type"] not in TYPES:
                errs.append(f"{where}: bad type {e['type']}")
            for piece in e["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append(f"{where}: evidence not in text: {piece[:70]!r}")
            for lo, hi in (("killed", "killed_high"), ("wounded", "wounded_high")):
                if e[hi] is not None and (e[lo] is None or e[hi] < e[lo]):
                    errs.append(f"{where}: {hi} < {lo}")
            if e["date"]:
                day = dt.date.fromisoformat(e["date"])
                if pub and day > pub:
                    errs.append(f"{where}: date {day} after publication {pub}")
                m = re.search("|".join(WEEKDAYS), e["date_note"])
                if m and m.group(0) != WEEKDAYS[day.weekday()]:
                    errs.append(f"{where}: note names {m.group(0)}, {day} is a {WEEKDAYS[day.weekday()]}")
    return errs


def main():
    errs = check()
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            doc = {"id": d["id"], "text": d["text"], "url": d["url"], "published": d["published"]}
            if d["outlet"]:
                doc["outlet"] = d["outlet"]
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            g = {"id": d["id"], "url": d["url"], "published": d["published"],
                 "events": d["events"], "figures": d["figures"]}
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    ev = sum(len(d["events"]) for d in DOCS)
    opt = sum(1 for d in DOCS for e in d["events"] if e.get("optional"))
    empty = sum(1 for d in DOCS if not d["events"])
    print(f"{len(DOCS)} reports, {empty} without events, {ev} events ({opt} optional)")


# ---------------------------------------------------------------- reports
# ---- N1: trial, Abuja (no new incident)
D("b10-01", "2018-06-14", "https://www.example-abuja-courier.com/2018/06/14/kainji-trials-resume", "Abuja Courier", "trial", """
Kainji trials: court convicts 41 Boko Haram suspects, frees 67 for lack of evidence

ABUJA, Thursday, 14 June 2018 - A special federal court sitting at the Kainji military detention facility in Niger State on Wednesday convicted 41 people of belonging to or financing Boko Haram, and discharged 67 others for lack of evidence, the Ministry of Justice said.

The sentences ranged from three to 31 years in prison, a ministry spokesman, Salihu Isah, told reporters in Abuja.

Most of those convicted had been arrested in Borno and Yobe between 2013 and 2016, some of them in mass screenings at camps for displaced people.

One man, a former trader from Bama, admitted to supplying fuel and food to fighters who had overrun the town in 2014, the court heard.

"The state cannot keep people locked up for years without showing a judge what they did," said Chinedu Okafor, a lawyer with a legal aid group that observed the hearings.

Rights groups have criticised the trials for being held behind closed doors, far from the communities where the crimes took place.

Those who were discharged will go through a deradicalisation programme in Gombe before being handed to the Borno State government, the ministry said.

The proceedings are the third batch of mass trials since October, and more than 1,600 detainees are still awaiting hearing.

The insurgency, which began in 2009, has killed more than 20,000 people and driven over two million from their homes in the northeast.

The next sitting of the court is expected in July.
""", [], [
    {"what": "arrested", "value": 1600, "place": "Kainji", "evidence": "The proceedings are the third batch of mass trials since October, and more than 1,600 detainees are still awaiting hearing.", "note": "detainees awaiting trial"},
    {"what": "killed", "value": 20000, "place": "northeast Nigeria", "evidence": "The insurgency, which began in 2009, has killed more than 20,000 people and driven over two million from their homes in the northeast."},
    {"what": "displaced", "value": 2000000, "place": "northeast Nigeria", "evidence": "The insurgency, which began in 2009, has killed more than 20,000 people and driven over two million from their homes in the northeast."},
])

# ---- N2: analysis, Somalia (no new incident)
D("b10-02", "2019-09-23", "https://www.example-hornanalysis.org/2019/09/23/shabaab-taxman", "Horn Analysis", "analysis", """
ANALYSIS: How al-Shabaab's tax collectors outlast the airstrikes

By Faduma Warsame

For traders in Mogadishu's Bakara market, there are two tax offices: the one run by the federal government, and the one that nobody names out loud.

Al-Shabaab has lost every large town it once held, yet businessmen, truck drivers and farmers across southern Somalia still pay its levies, often more reliably than they pay the state.

A lorry carrying sugar from Kismayo to Baidoa may be stopped at three or four of the group's checkpoints, each issuing a printed receipt that protects it from being taxed twice.

"Their receipt is worth more than the government's, because their man comes back if you do not pay," said a haulage company owner in Afgooye, who asked not to be named.

Researchers estimate that the group raises well over $10 million a year this way, enough to pay its fighters on time when government soldiers sometimes wait months for their salaries.

The money also buys informants inside ministries and ports, which helps explain how car bombs keep reaching the capital despite its checkpoints.

American airstrikes have increased sharply since 2017 and have killed several senior commanders, but analysts say the strikes have done little to dent the group's finances.

The African Union force, which has about 20,000 troops in the country, is due to begin handing bases to Somali units, a transition that many officials privately doubt the army is ready for.

Some local officials argue that only steady pay for soldiers and a fairer tax system will draw traders away from the insurgents.

"You cannot bomb a tax system out of existence," said a former finance ministry adviser.

Until then, the receipts with the black flag will keep circulating in Somalia's markets.
""", [], [
    {"what": "fighters", "value": 20000, "place": "Somalia", "evidence": "The African Union force, which has about 20,000 troops in the country, is due to begin handing bases to Somali units, a transition that many officials privately doubt the army is ready for.", "note": "AU troop strength"},
])

# ---- N3: aid appeal, Yemen (no new incident)
D("b10-03", "2017-05-11", "https://www.example-reliefdesk.org/press/2017-05-11-yemen-cholera-appeal", "Relief Desk (press release)", "appeal", """
Yemen: aid agencies appeal for $55 million as cholera spreads in Sana'a and Hodeidah

SANA'A, 11 May 2017 - A coalition of humanitarian organisations today appealed for $55 million to contain a fresh outbreak of cholera that has spread to 14 of Yemen's governorates in less than three weeks.

Health workers have recorded more than 8,000 suspected cases and 115 deaths from the disease since 27 April, most of them in Sana'a city, Amanat al-Asimah and Hodeidah.

Fewer than half of the country's health facilities are fully working after two years of war, and many staff have not been paid since last August.

"We are treating children on the floor of corridors because there are no beds left," said Dr Amal Saleh, who runs a treatment centre in the capital.

The sewage system in parts of Sana'a has broken down because there is no fuel to run pumping stations, and rubbish has piled up in the streets during a strike by municipal workers.

The appeal will pay for oral rehydration points, chlorination of water tanks and the salaries of nurses in 40 treatment centres.

The organisations also called on all parties to the conflict to allow fuel imports through Hodeidah port without delay.

About 17 million Yemenis do not know where their next meal will come from, according to United Nations figures, and some three million have fled their homes.

Donors pledged $1.1 billion at a conference in Geneva last month, but only a fraction of that money has arrived.

"Every week of delay will be counted in graves," the appeal said.
""", [], [
    {"what": "killed", "value": 115, "place": "Yemen", "evidence": "Health workers have recorded more than 8,000 suspected cases and 115 deaths from the disease since 27 April, most of them in Sana'a city, Amanat al-Asimah and Hodeidah.", "note": "cholera deaths, not violence"},
    {"what": "displaced", "value": 3000000, "place": "Yemen", "evidence": "About 17 million Yemenis do not know where their next meal will come from, according to United Nations figures, and some three million have fled their homes."},
])

# ---- N4: funeral of a retired commander (natural death), Peshawar (no new incident)
D("b10-04", "2016-10-27", "https://www.example-frontierpost-daily.com/2016/10/27/brigadier-gul-laid-to-rest", "Frontier Evening Post", "funeral", """
Hundreds attend funeral of Brigadier (retd) Zarak Gul in Peshawar

PESHAWAR: Hundreds of mourners, among them serving generals, tribal elders and former students, attended the funeral prayers of Brigadier (retd) Zarak Gul at the Peshawar Cantonment on Wednesday.

The brigadier, who was 78, died of a heart attack at his home in Hayatabad on Tuesday morning, his family said.

He was buried with full military honours in the family graveyard in his native village near Mardan.

Gul commanded a brigade in South Waziristan during the 2009 operation against the Pakistani Taliban, in which dozens of his soldiers were killed in the first weeks of fighting.

Later he headed a commission that negotiated the return of displaced families to their villages in the agency.

"He used to say that a soldier who cannot sit with the elders will never win a valley," his son, Major Faisal Zarak, told mourners at the graveside.

A former Mehsud elder, Malik Sher Bahadur, said the brigadier had kept his word on compensation for destroyed houses when others did not.

After retirement he taught military history at a college in Peshawar and wrote two books on the tribal areas.

The Khyber Pakhtunkhwa governor and the corps commander laid wreaths on behalf of the state.

He is survived by his wife, three sons and a daughter.
""", [])

# ---- N5: policy, Burkina Faso (no new incident)
D("b10-05", "2020-01-24", "https://www.example-ouaga-hebdo.com/en/2020/01/24/vdp-law-adopted", "Ouaga Hebdo (English edition)", "policy", """
Burkina Faso parliament votes to arm civilian volunteers against jihadists

OUAGADOUGOU, Friday, 24 January 2020 - Burkina Faso's National Assembly on Tuesday unanimously adopted a law creating a force of civilian "Volunteers for the Defence of the Homeland", who will receive two weeks of training and weapons to help the army fight jihadist groups.

The volunteers, who must be adults and be recommended by their village communities, will be paid a monthly allowance and their families compensated if they are killed, the defence minister told lawmakers.

"We cannot put a soldier behind every tree, so the people will defend their own villages," the minister said during the debate.

The government wants to recruit the volunteers first in the Sahel, North, Centre-North and East regions, where attacks have been most frequent.

Human rights groups warned that arming civilians could deepen tensions between communities, especially where Fulani herders have already been accused of collaborating with the militants.

"Who will control these men once they have rifles?" asked Aminata Ouédraogo, of a Ouagadougou-based rights association.

More than 1,800 people were killed in attacks and military operations in the country last year, according to a count by a monitoring group, and over 560,000 people have fled their homes.

The army, which has about 11,000 soldiers, has struggled to hold ground in the north since the first large attacks in 2016.

The law still has to be signed by President Roch Marc Christian Kaboré, which is expected within days.
""", [], [
    {"what": "killed", "value": 1800, "place": "Burkina Faso", "evidence": "More than 1,800 people were killed in attacks and military operations in the country last year, according to a count by a monitoring group, and over 560,000 people have fled their homes."},
    {"what": "displaced", "value": 560000, "place": "Burkina Faso", "evidence": "More than 1,800 people were killed in attacks and military operations in the country last year, according to a count by a monitoring group, and over 560,000 people have fled their homes."},
    {"what": "fighters", "value": 11000, "place": "Burkina Faso", "evidence": "The army, which has about 11,000 soldiers, has struggled to hold ground in the north since the first large attacks in 2016.", "note": "army size"},
])

# ---- N6: statistics, Ituri and North Kivu (no new incident)
D("b10-06", "2021-08-05", "https://www.example-kivu-monitor.org/reports/2021-07-monthly", "Kivu Monitor", "statistics", """
July 2021 in figures: violence in Ituri and North Kivu

GOMA, 5 August 2021 - At least 212 civilians were killed in eastern Congo's Ituri and North Kivu provinces in July, according to the monthly count published today by the Kivu Monitor, a network of local researchers.

The figure is slightly lower than in June, when 238 civilian deaths were recorded, but the number of kidnappings rose to 167, the highest this year.

Beni territory in North Kivu remained the deadliest area, with 94 civilians killed in attacks attributed to the Allied Democratic Forces (ADF).

In Ituri, Djugu territory accounted for most of the 71 deaths, many of them in raids on displaced people's sites blamed on CODECO militias.

The report counted 58 clashes between the army and armed groups over the month, against 44 in June.

"The state of siege has moved soldiers around, but it has not yet made villages safer," said Patient Mumbere, one of the report's authors.

Military governors replaced civilian officials in both provinces in May under the state of siege declared by President Félix Tshisekedi.

The army says its operations have killed more than 200 militants since then, a figure the network could not verify.

The monitor also recorded 11 attacks on health centres and schools in July.

Its researchers gather information from local officials, church networks and hospitals, and a death is counted only when two sources confirm it.
""", [], [
    {"what": "killed", "value": 212, "place": "Ituri and North Kivu", "evidence": "At least 212 civilians were killed in eastern Congo's Ituri and North Kivu provinces in July, according to the monthly count published today by the Kivu Monitor, a network of local researchers."},
    {"what": "killed", "value": 238, "place": "Ituri and North Kivu", "evidence": "The figure is slightly lower than in June, when 238 civilian deaths were recorded, but the number of kidnappings rose to 167, the highest this year."},
    {"what": "other", "value": 167, "place": "Ituri and North Kivu", "evidence": "The figure is slightly lower than in June, when 238 civilian deaths were recorded, but the number of kidnappings rose to 167, the highest this year.", "note": "kidnappings in July"},
    {"what": "killed", "value": 94, "place": "Beni", "evidence": "Beni territory in North Kivu remained the deadliest area, with 94 civilians killed in attacks attributed to the Allied Democratic Forces (ADF)."},
    {"what": "killed", "value": 71, "place": "Djugu", "evidence": "In Ituri, Djugu territory accounted for most of the 71 deaths, many of them in raids on displaced people's sites blamed on CODECO militias."},
    {"what": "other", "value": 58, "place": "Ituri and North Kivu", "evidence": "The report counted 58 clashes between the army and armed groups over the month, against 44 in June.", "note": "clashes in July"},
    {"what": "killed", "value": 200, "place": "Ituri and North Kivu", "evidence": "The army says its operations have killed more than 200 militants since then, a figure the network could not verify."},
])
# ---- Nigeria: wire, Borno, attack repelled + background IED
D("b10-07", "2021-04-13", "https://www.example-wire.com/africa/2021/04/13/nigeria-marte-base-attack", "Example Wire", "wire", """
Nigerian troops repel militant attack on Marte base, army says

MAIDUGURI, Nigeria, April 13 (Example Wire) - Nigerian soldiers fought off an attack by Islamic State-allied insurgents on their base in the northeastern town of Marte late on Sunday, killing at least 23 of the attackers, the army said on Tuesday.

Five soldiers were killed and 11 others wounded in the fighting, which lasted about three hours, army spokesman Colonel Ibrahim Danjuma said in a statement.

The insurgents arrived in more than a dozen pickup trucks mounted with heavy machine guns shortly before dusk, and came under fire from the base's defenders and from an air force jet called in from Maiduguri, he said.

"The criminals were dealt a heavy blow and fled towards the Lake Chad islands, leaving their dead behind," the statement said.

Residents who fled to Dikwa, about 40 km to the south, said they had heard explosions for most of the evening.

Islamic State West Africa Province (ISWAP) said on Monday, in a statement carried by the militant group's news agency, that its fighters had killed "dozens" of soldiers and burned two armoured vehicles.

The claim could not be independently verified.

On Saturday, a roadside bomb struck a minibus carrying traders on the road between Dikwa and Marte, killing three passengers, a member of the Civilian Joint Task Force militia said.

Marte, a farming town near the Lake Chad shore, has changed hands several times since 2015, and most of its residents now live in camps in Maiduguri.

ISWAP split from Boko Haram in 2016 and has since become the dominant jihadist force in the area, targeting military bases rather than villages.

(Reporting by Example Wire's Maiduguri stringer; editing by Anne Clarke)
""", [
    E("ISWAP insurgents attacked the army base in Marte; troops repelled them, killing at least 23 attackers; five soldiers killed and 11 wounded.",
      "2021-04-11", "'late on Sunday', reported Tuesday 13 April 2021", "Marte", "Borno", "NG", "battle",
      "Boko Haram", "Nigerian security forces", 28, None, 11, None,
      "Nigerian soldiers fought off an attack by Islamic State-allied insurgents on their base in the northeastern town of Marte late on Sunday, killing at least 23 of the attackers, the army said on Tuesday. [...] Five soldiers were killed and 11 others wounded in the fighting, which lasted about three hours, army spokesman Colonel Ibrahim Danjuma said in a statement.",
      note="killed = 5 soldiers + 23 attackers; ISWAP's claim of 'dozens' of soldiers not used; ISWAP = Boko Haram (canonical)"),
    E("A roadside bomb hit a minibus of traders on the Dikwa-Marte road, killing three passengers.",
      "2021-04-10", "'On Saturday' before the Tuesday 13 April 2021 report", "road between Dikwa and Marte", "Borno", "NG", "explosion",
      "unknown", "civilians", 3, None, None, None,
      "On Saturday, a roadside bomb struck a minibus carrying traders on the road between Dikwa and Marte, killing three passengers, a member of the Civilian Joint Task Force militia said.",
      note="no perpetrator named"),
])

# ---- Nigeria: local newspaper, Zamfara, bandit raid with long quotes
D("b10-08", "2020-07-08", "https://www.example-northern-tribune.com.ng/2020/07/08/tsafe-bandits-yandoto", "Northern Tribune", "local", """
Zamfara: 'They shot anyone who ran' - survivors recount bandit raid on Yandoto

By Aminu Sani Bello, Gusau

Residents of Yandoto, a farming village about 15 kilometres from Tsafe town, were on Tuesday burying their dead after armed bandits on motorcycles raided the community on Monday night.

The attackers, numbering more than a hundred, stormed the village at about 10 p.m. and operated until the early hours of Tuesday, shooting residents and setting fire to food stores, survivors said.

The Zamfara State Police Command said 14 bodies had been recovered, but community leaders put the number of dead at 18, including five children and an imam.

Nine women were also taken away by the gunmen, according to the village head.

"We heard the motorcycles before we saw them, so many that the sound was like a grinding machine," said Malam Sani Yandoto, a 52-year-old farmer who hid in a millet field with his two sons.

"They shot anyone who ran. When they could not find the men, they took the women and the goats. In the morning we counted the bodies one by one and some of them we could not recognise because of the fire."

Another resident, Hajiya Rabi Musa, said her husband and her brother were among those killed.

"I have no one now to farm for me; I do not know if I will stay in this village or go to Gusau and beg," she told the Northern Tribune.

The police spokesman, SP Lawal Garba Dankoli, said a tactical team had been deployed to the area and that efforts were on to rescue the abducted women.

He added that on Tuesday afternoon police operatives repelled a separate attack by bandits on Magazu, a neighbouring village, killing two of the attackers in an exchange of fire.

The state government condemned the Yandoto attack and said it would supply relief materials to the displaced families.

Zamfara has been hit for years by armed gangs who rustle cattle and kidnap villagers for ransom, despite peace deals the state government signed with some of the groups last year.

Thousands of residents of Tsafe and Gusau local government areas have fled to the state capital since the start of the rainy season.
""", [
    E("Bandits raided Yandoto near Tsafe overnight, killing 14 (police) or 18 (community leaders) people including five children, and abducting nine women.",
      "2020-07-06", "'on Monday night' into the early hours of Tuesday, report Wednesday 8 July 2020; overnight takes the first night", "Yandoto", "Zamfara", "NG", "attack_on_civilians",
      "militants (unidentified)", "civilians", 14, 18, None, None,
      "Residents of Yandoto, a farming village about 15 kilometres from Tsafe town, were on Tuesday burying their dead after armed bandits on motorcycles raided the community on Monday night. [...] The Zamfara State Police Command said 14 bodies had been recovered, but community leaders put the number of dead at 18, including five children and an imam. [...] Nine women were also taken away by the gunmen, according to the village head.",
      note="'bandits' are unnamed armed gangs: militants (unidentified); police 14 vs community 18"),
    E("Police repelled a bandit attack on Magazu, killing two attackers in an exchange of fire.",
      "2020-07-07", "'on Tuesday afternoon', report Wednesday 8 July 2020", "Magazu", "Zamfara", "NG", "battle",
      "militants (unidentified)", "Nigerian security forces", 2, None, None, None,
      "He added that on Tuesday afternoon police operatives repelled a separate attack by bandits on Magazu, a neighbouring village, killing two of the attackers in an exchange of fire.",
      note="bandits attacked, police repelled"),
])

# ---- Nigeria: Kaduna, church abduction + rescue clash + vague background
D("b10-09", "2021-03-09", "https://www.example-kadunavoice.com/2021/03/09/kufana-church-abduction-rescue", "Kaduna Voice", "local", """
Police rescue six of 14 worshippers abducted from Kufana church

KADUNA, Tuesday, 9 March 2021 - Police in Kaduna State said on Tuesday they had rescued six of the 14 worshippers abducted from a Baptist church in Kufana, in Kajuru Local Government Area, during Sunday service.

Gunmen surrounded the church at about 9 a.m. on Sunday and marched the worshippers into the bush, shooting dead a church usher who tried to close the door, the church's pastor, Rev. Yakubu Dogo, said.

"He stood at the door like a shield; they shot him and walked over his body," the pastor said by telephone.

According to the police, the rescue came on Monday when a team of officers and local hunters tracked the kidnappers to a forest about eight kilometres from Kajuru town.

A gun battle followed in which one police inspector and two of the kidnappers were killed, police spokesman ASP Danladi Kure said. 

"The hoodlums engaged our men in a fierce exchange of fire but were overpowered, and six victims regained their freedom," he said.

The remaining eight worshippers are still being held, and the kidnappers have demanded 50 million naira for their release, a relative said.

Kajuru has seen repeated kidnappings on its roads and farms this year.

Last week, gunmen also killed a farmer and abducted his wife somewhere in the same local government area, residents said.

The Kaduna State commissioner for internal security said more than 300 people were kidnapped in the state between January and February.

Community leaders have asked the federal government to set up a permanent army base in the area.
""", [
    E("Gunmen abducted 14 worshippers from a Baptist church in Kufana, Kajuru LGA, shooting dead an usher.",
      "2021-03-07", "'on Sunday' before the Tuesday 9 March 2021 dateline", "Kufana", "Kaduna", "NG", "other",
      "militants (unidentified)", "civilians", 1, None, None, None,
      "Police in Kaduna State said on Tuesday they had rescued six of the 14 worshippers abducted from a Baptist church in Kufana, in Kajuru Local Government Area, during Sunday service. [...] Gunmen surrounded the church at about 9 a.m. on Sunday and marched the worshippers into the bush, shooting dead a church usher who tried to close the door, the church's pastor, Rev. Yakubu Dogo, said.",
      note="abduction (other); 14 abducted, one killed"),
    E("Police and hunters tracked the kidnappers to a forest 8 km from Kajuru; gun battle killed one police inspector and two kidnappers; six hostages freed.",
      "2021-03-08", "'on Monday' before the Tuesday 9 March 2021 dateline", "forest about eight kilometres from Kajuru", "Kaduna", "NG", "battle",
      "Nigerian security forces", "militants (unidentified)", 3, None, None, None,
      "According to the police, the rescue came on Monday when a team of officers and local hunters tracked the kidnappers to a forest about eight kilometres from Kajuru town. [...] A gun battle followed in which one police inspector and two of the kidnappers were killed, police spokesman ASP Danladi Kure said.",
      note="police operation initiated the clash; killed = 1 inspector + 2 kidnappers"),
    E("Gunmen killed a farmer and abducted his wife somewhere in Kajuru LGA last week.",
      None, "'Last week' (the week before 9 March 2021), no day", "Kajuru", "Kaduna", "NG", "attack_on_civilians",
      "militants (unidentified)", "civilians", 1, None, None, None,
      "Last week, gunmen also killed a farmer and abducted his wife somewhere in the same local government area, residents said.",
      optional=True, note="vague place and date"),
], [
    {"what": "other", "value": 300, "place": "Kaduna State", "evidence": "The Kaduna State commissioner for internal security said more than 300 people were kidnapped in the state between January and February.", "note": "kidnapped"},
])

# ---- Nigeria: Plateau, village attack with conflicting tolls, riot and arrests next day
D("b10-10", "2018-04-26", "https://www.example-jos-standard.com/2018/04/26/miango-attack", "Jos Standard", "local", """
Nkiedonwhro attack: police say 11 killed, Irigwe group says 19

JOS - Gunmen attacked Nkiedonwhro, a village in the Miango district of Bassa Local Government Area of Plateau State, on Tuesday night, killing several residents and burning houses.

The state police spokesman, DSP Gyang Pam, said 11 people were killed and four injured, and that the attackers escaped before officers arrived.

But the Irigwe Development Association said 19 of its people died, including seven women, and accused "armed herdsmen" of carrying out the raid.

"We have handed the names of the nineteen to the police; these are not figures, these are our fathers and sisters," the association's spokesman, Davidson Malison, told the Jos Standard.

A local Fulani herders' association denied that its members were involved and said herders had also lost cattle in the area in recent weeks.

On Wednesday, angry youths blocked the Jos-Miango road with burning tyres and set two vehicles ablaze, forcing police to fire tear gas to disperse them.

Police later said eight people had been arrested over the unrest on the road, and no one was injured.

The state governor visited the village on Wednesday and appealed for calm.

"I will not allow anybody to turn Plateau into a killing field again," the governor said.

The Bassa area has seen a series of attacks and reprisals since last year, and many villages near Miango have been partly deserted.

Troops of the military's Operation Safe Haven have been deployed to the area, the spokesman of the task force said.
""", [
    E("Gunmen attacked Nkiedonwhro in Miango district, Bassa LGA, killing 11 (police) or 19 (Irigwe Development Association) people and injuring four.",
      "2018-04-24", "'on Tuesday night', report Thursday 26 April 2018 (published date); Tuesday = 24 April", "Nkiedonwhro, Miango", "Plateau", "NG", "attack_on_civilians",
      "militants (unidentified)", "civilians", 11, 19, 4, None,
      "Gunmen attacked Nkiedonwhro, a village in the Miango district of Bassa Local Government Area of Plateau State, on Tuesday night, killing several residents and burning houses. [...] The state police spokesman, DSP Gyang Pam, said 11 people were killed and four injured, and that the attackers escaped before officers arrived. [...] But the Irigwe Development Association said 19 of its people died, including seven women, and accused \"armed herdsmen\" of carrying out the raid.",
      note="herdsmen blamed by the community and denied by the herders' association: gunmen stay unidentified"),
    E("Youths blocked the Jos-Miango road with burning tyres and burned two vehicles; police fired tear gas; nobody hurt.",
      "2018-04-25", "'On Wednesday' before the Thursday 26 April 2018 report", "Jos-Miango road", "Plateau", "NG", "other",
      "rioters", "Nigerian security forces", 0, None, 0, None,
      "On Wednesday, angry youths blocked the Jos-Miango road with burning tyres and set two vehicles ablaze, forcing police to fire tear gas to disperse them. [...] Police later said eight people had been arrested over the unrest on the road, and no one was injured.",
      note="riot (ACLED Riots); 'no one was injured' gives 0"),
    E("Police arrested eight people over the unrest on the Jos-Miango road.",
      "2018-04-25", "same day as the Wednesday unrest ('later')", "Jos-Miango road", "Plateau", "NG", "arrest",
      "Nigerian security forces", "rioters", None, None, None, None,
      "Police later said eight people had been arrested over the unrest on the road, and no one was injured.", arrested=8),
])
# ---- Nigeria: military communiqué (Defence Headquarters weekly briefing)
D("b10-11", "2021-11-22", "https://www.example-defencehq-ng.org/press/2021/11/22/weekly-operations-briefing", "Defence Media Operations (statement)", "communique", """
DEFENCE HEADQUARTERS MEDIA OPERATIONS: UPDATE ON MILITARY OPERATIONS, 15 - 21 NOVEMBER 2021

1. The Armed Forces of Nigeria sustained offensive operations across the theatres of operation within the period under review. The following are highlights of the operations.

OPERATION HADIN KAI (NORTH EAST)

2. On 16 November 2021, troops responded to a distress call after Boko Haram/ISWAP terrorists attacked Gajiram in Nganzai Local Government Area of Borno State. The gallant troops repelled the attack and neutralised 7 terrorists, while 3 AK-47 rifles and a gun truck were recovered.

3. On 18 November 2021, troops in conjunction with the Civilian Joint Task Force conducted clearance operations at Ngoshe-Sama in Gwoza Local Government Area, where they made contact with terrorists and neutralised 4 of them.

4. Similarly, the Air Component conducted air interdiction on identified terrorists' enclaves at Tumbun Rego on the fringes of Lake Chad on 19 November 2021, neutralising scores of terrorists and destroying their logistics structures.

5. Within the period, a total of 1,062 terrorists and their families, comprising 211 adult males, 309 adult females and 542 children, surrendered to troops in different locations.

OPERATION HADARIN DAJI (NORTH WEST)

6. On 20 November 2021, troops laid an ambush along the Dansadau - Magami road in Maru Local Government Area of Zamfara State and engaged armed bandits in a firefight. Eleven bandits were neutralised, while 2 soldiers paid the supreme price.

7. Troops also arrested 23 suspected collaborators and logistics suppliers of bandits in various locations within the theatre.

8. The Military High Command commends the troops for their resilience and urges members of the public to continue to provide timely information.

BENJAMIN A. OKOH
Brigadier General
Director Defence Media Operations
""", [
    E("Boko Haram/ISWAP attacked Gajiram; troops repelled the attack, neutralising 7 terrorists.",
      "2021-11-16", "given as 16 November 2021", "Gajiram", "Borno", "NG", "battle",
      "Boko Haram", "Nigerian security forces", 7, None, None, None,
      "On 16 November 2021, troops responded to a distress call after Boko Haram/ISWAP terrorists attacked Gajiram in Nganzai Local Government Area of Borno State. The gallant troops repelled the attack and neutralised 7 terrorists, while 3 AK-47 rifles and a gun truck were recovered.",
      note="the terrorists attacked; the troops responded"),
    E("Troops and CJTF on clearance operations at Ngoshe-Sama, Gwoza, neutralised 4 terrorists.",
      "2021-11-18", "given as 18 November 2021", "Ngoshe-Sama", "Borno", "NG", "battle",
      "Nigerian security forces", "Boko Haram", 4, None, None, None,
      "On 18 November 2021, troops in conjunction with the Civilian Joint Task Force conducted clearance operations at Ngoshe-Sama in Gwoza Local Government Area, where they made contact with terrorists and neutralised 4 of them.",
      note="operation initiated by troops; enemies are the north-east theatre's 'terrorists' (Boko Haram/ISWAP)"),
    E("Air interdiction on terrorist enclaves at Tumbun Rego, Lake Chad, neutralised 'scores' of terrorists.",
      "2021-11-19", "given as 19 November 2021", "Tumbun Rego", "Borno", "NG", "explosion",
      "Nigerian security forces", "Boko Haram", None, None, None, None,
      "Similarly, the Air Component conducted air interdiction on identified terrorists' enclaves at Tumbun Rego on the fringes of Lake Chad on 19 November 2021, neutralising scores of terrorists and destroying their logistics structures.",
      note="'scores' gives null"),
    E("Troops ambushed bandits on the Dansadau-Magami road, Maru LGA: 11 bandits neutralised and 2 soldiers killed.",
      "2021-11-20", "given as 20 November 2021", "Dansadau - Magami road", "Zamfara", "NG", "battle",
      "Nigerian security forces", "militants (unidentified)", 13, None, None, None,
      "On 20 November 2021, troops laid an ambush along the Dansadau - Magami road in Maru Local Government Area of Zamfara State and engaged armed bandits in a firefight. Eleven bandits were neutralised, while 2 soldiers paid the supreme price.",
      note="killed = 11 bandits + 2 soldiers ('paid the supreme price')"),
], [
    {"what": "other", "value": 1062, "place": "North East", "evidence": "Within the period, a total of 1,062 terrorists and their families, comprising 211 adult males, 309 adult females and 542 children, surrendered to troops in different locations.", "note": "surrendered over the week"},
    {"what": "arrested", "value": 23, "place": "North West", "evidence": "Troops also arrested 23 suspected collaborators and logistics suppliers of bandits in various locations within the theatre.", "note": "aggregate over the week, no place"},
])

# ---- Somalia: wire, Mogadishu checkpoint car bomb, revised toll, claim via radio; Sunday assassination
D("b10-12", "2019-07-16", "https://www.example-wire.com/africa/2019/07/16/somalia-mogadishu-checkpoint-car-bomb", "Example Wire", "wire", """
UPDATE 2-Car bomb at Mogadishu checkpoint kills 11, al Shabaab claims attack

MOGADISHU, July 16 (Example Wire) - A suicide bomber drove a car packed with explosives into a security checkpoint in Mogadishu's Hodan district on Monday morning, killing at least 11 people, police and medical workers said.

Police had earlier put the toll at eight, but it rose overnight as more bodies were brought to Madina hospital, said Abdikadir Hassan, the head of the city's ambulance service.

The dead did not include the bomber, and at least 16 people were wounded, he said.

"The car did not stop when the soldiers raised their hands; it went straight into the barrier," said police officer Mohamed Ali Nur, who was posted at a nearby junction.

Most of the victims were soldiers manning the checkpoint and people waiting for minibuses on the road, which links the city centre to the airport side of the capital.

Al Shabaab, the al Qaeda-linked insurgent group, said in a statement on its Andalus radio station that its fighters had carried out the attack and that it had targeted "apostate troops".

The group, which was driven out of Mogadishu in 2011, still controls large parts of the countryside and frequently sets off bombs in the capital.

Separately, gunmen shot dead a local district official in Dharkenley district on Sunday evening as he left a mosque, a relative said.

Nobody claimed that killing.

More than 500 people were killed in a truck bombing at a busy Mogadishu junction in October 2017, the deadliest attack in the country's history.

Read more:
Somalia's parliament approves new security chief
""", [
    E("A suicide car bomber hit a checkpoint in Mogadishu's Hodan district, killing 11 people (bomber not included; toll revised up from eight) and wounding 16; al-Shabaab claimed it on Andalus radio.",
      "2019-07-15", "'on Monday morning', report Tuesday 16 July 2019", "Hodan", "Banaadir", "SO", "explosion",
      "al-Shabaab", "Somali security forces", 12, None, 16, None,
      "A suicide bomber drove a car packed with explosives into a security checkpoint in Mogadishu's Hodan district on Monday morning, killing at least 11 people, police and medical workers said. [...] Police had earlier put the toll at eight, but it rose overnight as more bodies were brought to Madina hospital, said Abdikadir Hassan, the head of the city's ambulance service. [...] The dead did not include the bomber, and at least 16 people were wounded, he said. [...] Al Shabaab, the al Qaeda-linked insurgent group, said in a statement on its Andalus radio station that its fighters had carried out the attack and that it had targeted \"apostate troops\".",
      note="revised toll 11 stands (not a pair with 8); killed = 11 + the bomber = 12; victims mostly soldiers, also civilians"),
    E("Gunmen shot dead a district official in Dharkenley as he left a mosque; unclaimed.",
      "2019-07-14", "'on Sunday evening', report Tuesday 16 July 2019", "Dharkenley", "Banaadir", "SO", "other",
      "militants (unidentified)", "civilians", 1, None, None, None,
      "Separately, gunmen shot dead a local district official in Dharkenley district on Sunday evening as he left a mosque, a relative said.",
      note="assassination -> other; victim a civilian official"),
])

# ---- Somalia: local news site, base attack near Afgooye (overnight), separate counts, retaliation shelling
D("b10-13", "2018-02-21", "https://www.example-shabelle-times.com/2018/02/21/ceelasha-base-attack", "Shabelle Times", "local", """
Three soldiers, 15 militants killed as al-Shabaab storms base near Afgooye

AFGOOYE, Somalia - Heavy fighting raged for hours at a Somali army base in Ceelasha Biyaha, on the road between Mogadishu and Afgooye, after al-Shabaab fighters attacked it late on Monday night, officials and residents said.

Clashes broke out when dozens of militants approached the base from the farms to the west and opened fire with rocket-propelled grenades, according to Major Hussein Osman Gure, a commander in the area.

"They came thinking the base was empty after the rotation, but our men were awake, and we fought them until the morning prayer," Major Gure told the Shabelle Times by phone on Tuesday.

He said three soldiers had died and four were wounded, and that the bodies of 15 militants were left on the ground around the base.

Al-Shabaab said on its Andalus radio that it had killed 20 soldiers and seized weapons, a claim the army called "a fairy tale".

In response, army mortar crews shelled what the commander described as militant positions near Lafoole early on Tuesday.

But residents said one of the shells struck a house in the village, killing a woman and her two children.

"We were sleeping when the roof fell on us; my sister and her little ones did not wake up," said Faadumo Ahmed Warsame, who lives next door to the family.

"Nobody from the army has come to see us. They say they were shooting at al-Shabaab, but there is no al-Shabaab in my sister's kitchen."

The regional administration said it would investigate the residents' account.

The Afgooye corridor, home to thousands of people displaced by drought and fighting, has been contested since the militants were pushed out of the town in 2012.

Photo: Soldiers stand guard at a checkpoint on the Mogadishu-Afgooye road. (Shabelle Times/File)
""", [
    E("Al-Shabaab attacked the Somali army base at Ceelasha Biyaha overnight; three soldiers and 15 militants killed, four soldiers wounded.",
      "2018-02-19", "'late on Monday night' (overnight into Tuesday), report Wednesday 21 February 2018; first night's date", "Ceelasha Biyaha", "Lower Shabelle", "SO", "battle",
      "al-Shabaab", "Somali security forces", 18, None, 4, None,
      "Heavy fighting raged for hours at a Somali army base in Ceelasha Biyaha, on the road between Mogadishu and Afgooye, after al-Shabaab fighters attacked it late on Monday night, officials and residents said. [...] He said three soldiers had died and four were wounded, and that the bodies of 15 militants were left on the ground around the base.",
      note="killed = 3 soldiers + 15 militants; al-Shabaab's claim of 20 soldiers not used"),
    E("Army mortar fire on supposed militant positions near Lafoole struck a house, killing a woman and her two children.",
      "2018-02-20", "'early on Tuesday', report Wednesday 21 February 2018", "Lafoole", "Lower Shabelle", "SO", "explosion",
      "Somali security forces", "civilians", 3, None, None, None,
      "In response, army mortar crews shelled what the commander described as militant positions near Lafoole early on Tuesday. [...] But residents said one of the shells struck a house in the village, killing a woman and her two children.",
      note="retaliatory shelling; the only reported victims are civilians"),
])

# ---- Somalia: NGO statement, Baidoa aid workers killed + mortar on displacement site "yesterday"
D("b10-14", "2020-10-14", "https://www.example-somali-relief-alliance.org/statements/2020-10-14-baidoa", "Somali Relief Alliance (statement)", "ngo", """
Statement on the killing of two aid workers and the shelling of a displacement site in Baidoa

Nairobi/Baidoa, 14 October 2020

The Somali Relief Alliance, a network of 32 national and international aid organisations working in Somalia, strongly condemns the killing of two humanitarian workers in Baidoa, South West State, on Monday 12 October.

Our colleagues, a nutrition officer and a driver employed by a member organisation, were shot dead by unidentified gunmen who stopped their clearly marked vehicle near the livestock market on the eastern side of the town.

A third staff member travelling with them was wounded and is receiving treatment.

Yesterday, several mortar rounds landed inside a displacement site on the western outskirts of Baidoa, killing a seven-year-old girl and injuring four other people, among them two women, according to camp leaders.

The site hosts more than 4,000 families who fled drought and fighting in Bay and Bakool regions.

"Those who were killed had devoted their lives to feeding malnourished children; there is no justification for attacking them," said the Alliance's chair, Hodan Abdi Farah.

We call on the authorities to investigate both incidents and to bring those responsible to justice.

So far this year, 11 aid workers have been killed in Somalia, and 23 have been abducted or detained.

The Alliance's members have temporarily suspended road movements around Baidoa, but health and nutrition services in the town continue.

We extend our deepest condolences to the families of our colleagues.

Ends.
""", [
    E("Unidentified gunmen shot dead two aid workers and wounded a third in their vehicle near the livestock market in Baidoa.",
      "2020-10-12", "'on Monday 12 October' in the statement of 14 October 2020", "Baidoa", "Bay", "SO", "attack_on_civilians",
      "militants (unidentified)", "civilians", 2, None, 1, None,
      "The Somali Relief Alliance, a network of 32 national and international aid organisations working in Somalia, strongly condemns the killing of two humanitarian workers in Baidoa, South West State, on Monday 12 October. [...] Our colleagues, a nutrition officer and a driver employed by a member organisation, were shot dead by unidentified gunmen who stopped their clearly marked vehicle near the livestock market on the eastern side of the town. [...] A third staff member travelling with them was wounded and is receiving treatment.",
      note="aid workers counted as civilians"),
    E("Mortar rounds landed in a displacement site on the western outskirts of Baidoa, killing a girl and injuring four.",
      "2020-10-13", "'Yesterday' against the statement date 14 October 2020", "displacement site, western outskirts of Baidoa", "Bay", "SO", "explosion",
      "unknown", "civilians", 1, None, 4, None,
      "Yesterday, several mortar rounds landed inside a displacement site on the western outskirts of Baidoa, killing a seven-year-old girl and injuring four other people, among them two women, according to camp leaders.",
      note="nobody named as firing"),
], [
    {"what": "killed", "value": 11, "place": "Somalia", "evidence": "So far this year, 11 aid workers have been killed in Somalia, and 23 have been abducted or detained."},
])

# ---- Somalia: wire, town taken by al-Shabaab and retaken next day
D("b10-15", "2022-03-29", "https://www.example-eastafrica-news.com/2022/03/29/runirgod-retaken", "East Africa Newsline", "wire", """
Somali troops retake Runirgod a day after al-Shabaab moved in

MOGADISHU, Tuesday, 29 March 2022 - Somali government troops backed by local clan militias recaptured the town of Runirgod in the Middle Shabelle region on Monday, a day after al-Shabaab fighters took it over without a fight, officials said.

The militants entered the town on Sunday morning, hours after the army withdrew its garrison to reinforce positions near Adan Yabaal, residents said.

"They walked in and raised their flag on the police station; nobody fired a shot because the soldiers had already gone," said a shopkeeper who gave his name only as Abdullahi.

The regional army commander, Colonel Ahmed Abdi Dhoore, said his forces and the Ma'awisley militia had attacked the town from two directions at dawn on Monday and driven the fighters out after about four hours of fighting.

Four soldiers were killed, and 21 militants died in the fighting, the colonel said, adding that several of the group's vehicles had been destroyed.

Al-Shabaab did not comment on the loss of the town, but a pro-militant website said its fighters had "withdrawn tactically" after inflicting heavy losses on the "apostate militias".

Middle Shabelle has been the scene of repeated raids since clan militias rose up against the militants' taxation last year.

Runirgod lies about 110 km north of Mogadishu, on a road used by traders bringing livestock to the capital.

The town has changed hands at least three times since 2020.

Residents said many families had fled to Jowhar during the weekend and had not yet returned.
""", [
    E("Al-Shabaab took over Runirgod without a fight after the army garrison withdrew.",
      "2022-03-27", "'on Sunday morning' before the Tuesday 29 March 2022 dateline", "Runirgod", "Middle Shabelle", "SO", "territory_gain",
      "al-Shabaab", "Somali security forces", 0, None, 0, None,
      "Somali government troops backed by local clan militias recaptured the town of Runirgod in the Middle Shabelle region on Monday, a day after al-Shabaab fighters took it over without a fight, officials said. [...] The militants entered the town on Sunday morning, hours after the army withdrew its garrison to reinforce positions near Adan Yabaal, residents said.",
      note="non-state actor overtakes territory; 'without a fight' / 'nobody fired a shot' gives 0"),
    E("Somali troops and Ma'awisley militia retook Runirgod after four hours of fighting; four soldiers and 21 militants killed.",
      "2022-03-28", "'on Monday' / 'at dawn on Monday' before the Tuesday 29 March 2022 dateline", "Runirgod", "Middle Shabelle", "SO", "territory_gain",
      "Somali security forces", "al-Shabaab", 25, None, None, None,
      "Somali government troops backed by local clan militias recaptured the town of Runirgod in the Middle Shabelle region on Monday, a day after al-Shabaab fighters took it over without a fight, officials said. [...] The regional army commander, Colonel Ahmed Abdi Dhoore, said his forces and the Ma'awisley militia had attacked the town from two directions at dawn on Monday and driven the fighters out after about four hours of fighting. [...] Four soldiers were killed, and 21 militants died in the fighting, the colonel said, adding that several of the group's vehicles had been destroyed.",
      note="government regains territory; clan militia fighting on the government's side counts with it; killed = 4 + 21 (the army's own count)"),
])
# ---- Mali: wire, army camp attack, claimed later; Friday IED in background
D("b10-16", "2019-11-04", "https://www.example-wire.com/africa/2019/11/04/mali-boni-camp-attack", "Example Wire", "wire", """
Nine Malian soldiers killed in attack on Boni camp, jihadists claim responsibility

BAMAKO, Nov 4 (Example Wire) - Nine Malian soldiers were killed when their camp at Boni, in the central Mopti region, came under attack by heavily armed gunmen on Sunday, the army said.

The army said in a statement that its troops had "vigorously" fought back and "neutralised" 15 assailants, while four soldiers were wounded and a vehicle was destroyed.

The attackers, some on motorcycles and others in pickup trucks, struck at dawn from the direction of the Burkina Faso border, a local official in the nearby town of Hombori said.

"We heard heavy weapons for two hours, then the smoke," the official said, asking not to be named because he was not authorised to speak to the press.

On Monday, the al Qaeda-linked Group to Support Islam and Muslims (JNIM) said in a message posted by its media arm that its fighters had carried out the raid, and put the number of soldiers killed at 30.

The army did not respond to the claim.

On Friday, a roadside bomb hit an army vehicle on the road between Boni and Hombori, wounding four soldiers, according to a security source.

Boni, which lies on the main highway between Mopti and Gao, has been under a partial blockade by militants for much of this year.

Violence in central Mali has worsened since 2015, when a preacher's movement began recruiting among Fulani herders, and ethnic militias have multiplied.

More than 4,000 people were killed in conflict in Mali, Burkina Faso and Niger last year, according to the United Nations.
""", [
    E("Gunmen attacked the Malian army camp at Boni; nine soldiers and 15 assailants killed, four soldiers wounded; JNIM claimed it on Monday.",
      "2019-11-03", "'on Sunday', report Monday 4 November 2019", "Boni", "Mopti", "ML", "battle",
      "JNIM", "Malian security forces", 24, None, 4, None,
      "Nine Malian soldiers were killed when their camp at Boni, in the central Mopti region, came under attack by heavily armed gunmen on Sunday, the army said. [...] The army said in a statement that its troops had \"vigorously\" fought back and \"neutralised\" 15 assailants, while four soldiers were wounded and a vehicle was destroyed. [...] On Monday, the al Qaeda-linked Group to Support Islam and Muslims (JNIM) said in a message posted by its media arm that its fighters had carried out the raid, and put the number of soldiers killed at 30.",
      note="killed = 9 soldiers + 15 assailants; JNIM's claim of 30 not used"),
    E("A roadside bomb hit an army vehicle on the Boni-Hombori road, wounding four soldiers.",
      "2019-11-01", "'On Friday' before the Monday 4 November 2019 report", "road between Boni and Hombori", "Mopti", "ML", "explosion",
      "unknown", "Malian security forces", None, None, 4, None,
      "On Friday, a roadside bomb hit an army vehicle on the road between Boni and Hombori, wounding four soldiers, according to a security source.",
      note="no one named; killed not stated"),
], [
    {"what": "killed", "value": 4000, "place": "Mali, Burkina Faso and Niger", "evidence": "More than 4,000 people were killed in conflict in Mali, Burkina Faso and Niger last year, according to the United Nations."},
])

# ---- Mali: UN press statement, IED on convoy + wounded who die later; mortar on Kidal camp
D("b10-17", "2017-06-19", "https://www.example-un-mali-mission.org/en/press/2017-06-19-aguelhok", "UN mission in Mali (press release)", "un", """
Press release: Two peacekeepers killed near Aguelhok; Special Representative condemns attack

Bamako, 19 June 2017 - On Saturday 17 June, a convoy of the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) struck an improvised explosive device about 10 kilometres south of Aguelhok, in the Kidal region.

Two peacekeepers were killed on the spot and four others were seriously wounded.

The wounded were evacuated to the Mission's hospital in Gao, where one of them succumbed to his injuries on Sunday.

On the same day, the MINUSMA camp in Kidal was targeted by mortar fire from unidentified assailants; the rounds fell outside the perimeter and caused no casualties.

The Special Representative of the Secretary-General for Mali strongly condemns these cowardly attacks and expresses his deepest condolences to the families of the fallen peacekeepers and to the government of their country.

"These attacks will not weaken our resolve to support the people of Mali on the road to peace," he said.

He recalls that attacks against United Nations peacekeepers may constitute war crimes under international law.

MINUSMA calls on the Malian authorities and the signatory groups of the peace agreement to do everything possible to identify the perpetrators so that they can be brought to justice.

Since its deployment in 2013, the Mission has lost more than 70 peacekeepers in hostile acts, making it the most dangerous UN peacekeeping operation in the world.
""", [
    E("A MINUSMA convoy struck an IED 10 km south of Aguelhok: two peacekeepers killed on the spot and a third of four wounded died the next day.",
      "2017-06-17", "'On Saturday 17 June' in the release of 19 June 2017", "10 km south of Aguelhok", "Kidal", "ML", "explosion",
      "unknown", "MINUSMA", 3, None, 3, None,
      "On Saturday 17 June, a convoy of the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) struck an improvised explosive device about 10 kilometres south of Aguelhok, in the Kidal region. [...] Two peacekeepers were killed on the spot and four others were seriously wounded. [...] The wounded were evacuated to the Mission's hospital in Gao, where one of them succumbed to his injuries on Sunday.",
      note="killed 2 + 1 who died of wounds = 3; wounded 4 - 1 = 3; no perpetrator named"),
    E("Unidentified assailants fired mortars at the MINUSMA camp in Kidal; no casualties.",
      "2017-06-17", "'On the same day' as Saturday 17 June", "Kidal", "Kidal", "ML", "explosion",
      "militants (unidentified)", "MINUSMA", 0, None, 0, None,
      "On the same day, the MINUSMA camp in Kidal was targeted by mortar fire from unidentified assailants; the rounds fell outside the perimeter and caused no casualties.",
      note="'caused no casualties' gives 0/0"),
], [
    {"what": "killed", "value": 70, "place": "Mali", "evidence": "Since its deployment in 2013, the Mission has lost more than 70 peacekeepers in hostile acts, making it the most dangerous UN peacekeeping operation in the world."},
])

# ---- Mali: local newspaper with long quotes, hamlet massacre, blame denied; arrests
D("b10-18", "2019-03-28", "https://www.example-bamako-echo.com/en/2019/03/28/yoro-massacre-survivors", "L'Echo de Bamako (English edition)", "local", """
Yoro: 'They came dressed as hunters' - survivors of Tuesday's killings speak

By our correspondent in Koro

The men of the Fulani hamlet near Yoro, in the Koro circle close to the border with Burkina Faso, were preparing for the evening prayer on Tuesday when the shooting began.

By the time the attackers left, 17 people lay dead, among them four children and an elderly imam, according to the mayor of the commune, who visited the hamlet on Wednesday.

Five other villagers were wounded and taken to the health centre in Koro.

"They came dressed as hunters, with amulets on their shirts and Kalashnikovs, and they went from hut to hut," said Hamadoun Barry, a 40-year-old herder who survived by lying under the bodies of his cousins.

"One of them said in Dogon: 'Leave nobody who can take revenge.' I heard it with my own ears. After they left I stood up and I did not know if I was alive."

Survivors and a Fulani association accused the Dan Na Ambassagou militia, a Dogon hunters' group, of carrying out the killings.

The militia's spokesman denied any involvement, saying in a statement that its members "protect all communities" and that the attack was the work of "enemies of peace".

"We have buried seventeen people in one afternoon; what peace are they talking about?" asked Aissata Dicko, whose husband and son were killed.

The army said on Wednesday that it had sent troops to the area and arrested six suspects in the hamlet's surroundings, without saying to which community they belonged.

Central Mali has seen a spiral of attacks and reprisals between Fulani and Dogon communities since 2018, with hundreds of civilians killed.

The government dissolved a hunters' militia last year, but its fighters still man checkpoints in several districts, residents say.
""", [
    E("Armed men dressed as hunters killed 17 people, including four children, in a Fulani hamlet near Yoro, Koro circle; five wounded; the accused Dan Na Ambassagou denied it.",
      "2019-03-26", "'on Tuesday', report Thursday 28 March 2019", "near Yoro", "Mopti", "ML", "attack_on_civilians",
      "militants (unidentified)", "civilians", 17, None, 5, None,
      "The men of the Fulani hamlet near Yoro, in the Koro circle close to the border with Burkina Faso, were preparing for the evening prayer on Tuesday when the shooting began. [...] By the time the attackers left, 17 people lay dead, among them four children and an elderly imam, according to the mayor of the commune, who visited the hamlet on Wednesday. [...] Five other villagers were wounded and taken to the health centre in Koro.",
      note="Dan Na Ambassagou accused by survivors and a Fulani association, denied by the militia, no claim: attackers left unidentified (contestable)"),
    E("Malian troops arrested six suspects around the hamlet near Yoro.",
      None, "'The army said on Wednesday' (27 March 2019): only the reporting day, arrest day not given", "near Yoro", "Mopti", "ML", "arrest",
      "Malian security forces", "unknown", None, None, None, None,
      "The army said on Wednesday that it had sent troops to the area and arrested six suspects in the hamlet's surroundings, without saying to which community they belonged.",
      arrested=6, note="reporting day only, so date null"),
])

# ---- Burkina Faso: wire, gendarmes ambushed on Dori-Seytenga road, IS claim; VDP repel attack on Sebba
D("b10-19", "2022-01-18", "https://www.example-wire.com/africa/2022/01/18/burkina-gendarmes-ambush-dori", "Example Wire", "wire", """
Eleven Burkina gendarmes killed in ambush near Dori, Islamic State claims

OUAGADOUGOU, Jan 18 (Example Wire) - Eleven gendarmes were killed and eight wounded on Saturday when their convoy was ambushed on the road between Dori and Seytenga in northern Burkina Faso, the government said.

Local sources had spoken of "dozens" of dead, but a government spokesman said the figure of eleven was final.

The convoy was escorting a fuel tanker to Seytenga when it hit a roadside bomb and then came under fire from gunmen hidden in the bush on both sides of the road, a security source said.

The Islamic State group claimed responsibility for the ambush on Monday through its Amaq news agency, saying its "soldiers of the caliphate" had attacked the convoy.

On Sunday, members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside the army, repelled an attack on the town of Sebba, in neighbouring Yagha province.

Two volunteers were killed and six assailants died in the exchange of fire, a local VDP coordinator told Example Wire.

"The assailants wanted to take the market on the weekly day, but our men were ready," he said.

Burkina Faso's Sahel region has been the epicentre of an Islamist insurgency that spread from Mali in 2015 and has since killed thousands of people.

More than 1.5 million people have been displaced across the country, according to government figures.

Anger at the army's failure to stop the attacks has led to protests in several cities in recent months.
""", [
    E("A gendarmerie convoy escorting a fuel tanker was ambushed (roadside bomb then gunfire) on the Dori-Seytenga road: 11 gendarmes killed, 8 wounded; Islamic State claimed it.",
      "2022-01-15", "'on Saturday', report Tuesday 18 January 2022", "road between Dori and Seytenga", "Sahel", "BF", "battle",
      "Islamic State", "Burkinabe security forces", 11, None, 8, None,
      "Eleven gendarmes were killed and eight wounded on Saturday when their convoy was ambushed on the road between Dori and Seytenga in northern Burkina Faso, the government said. [...] Local sources had spoken of \"dozens\" of dead, but a government spokesman said the figure of eleven was final. [...] The Islamic State group claimed responsibility for the ambush on Monday through its Amaq news agency, saying its \"soldiers of the caliphate\" had attacked the convoy.",
      note="ambush opened with a roadside bomb but was mostly gunfire: battle (contestable: explosion); 'dozens' is vague, eleven stands"),
    E("VDP volunteers repelled an attack on Sebba: two volunteers and six assailants killed.",
      "2022-01-16", "'On Sunday', report Tuesday 18 January 2022", "Sebba", "Sahel", "BF", "battle",
      "militants (unidentified)", "Burkinabe security forces", 8, None, None, None,
      "On Sunday, members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside the army, repelled an attack on the town of Sebba, in neighbouring Yagha province. [...] Two volunteers were killed and six assailants died in the exchange of fire, a local VDP coordinator told Example Wire.",
      note="VDP counted as Burkinabe security forces; killed = 2 + 6"),
], [
    {"what": "displaced", "value": 1500000, "place": "Burkina Faso", "evidence": "More than 1.5 million people have been displaced across the country, according to government figures."},
])

# ---- Burkina Faso: army general staff communiqué
D("b10-20", "2020-02-12", "https://www.example-burkina-defense.org/communiques/2020-02-12", "Army General Staff (communiqué)", "communique", """
ARMY GENERAL STAFF - OPERATIONAL COMMUNIQUE No. 2020-014

Ouagadougou, Wednesday, 12 February 2020

The Chief of the General Staff of the Armies informs the national and international public of the following results of operations conducted by the Defence and Security Forces (FDS) in recent days.

1. On Sunday, 9 February 2020, a unit of the FDS carried out an offensive reconnaissance mission in the area of Bourzanga, in Bam province. Contact was made with a group of terrorists. About thirty terrorists were neutralised and a large quantity of weapons, ammunition and motorcycles was recovered.

2. On Monday, 10 February 2020, the Arbinda detachment, in Soum province, was the target of a complex attack by armed terrorist groups. The vigorous reaction of the soldiers made it possible to repel the assailants. Provisional balance: 2 soldiers fell with arms in hand, 5 were wounded, and 18 terrorists were neutralised.

3. On Tuesday, 11 February 2020, air strikes destroyed a terrorist base in the forest near Comin-Yanga, in Koulpelogo province. A battle damage assessment is under way.

4. Search and securing operations are continuing in the areas concerned.

The Chief of the General Staff salutes the memory of the soldiers fallen on the field of honour and wishes a speedy recovery to the wounded.

He invites the populations to continue collaborating with the FDS by reporting any suspicious movement.
""", [
    E("FDS offensive reconnaissance near Bourzanga, Bam province: about thirty terrorists neutralised.",
      "2020-02-09", "'On Sunday, 9 February 2020'", "Bourzanga", "Centre-Nord", "BF", "battle",
      "Burkinabe security forces", "militants (unidentified)", 30, None, None, None,
      "On Sunday, 9 February 2020, a unit of the FDS carried out an offensive reconnaissance mission in the area of Bourzanga, in Bam province. Contact was made with a group of terrorists. About thirty terrorists were neutralised and a large quantity of weapons, ammunition and motorcycles was recovered.",
      note="'about thirty' = 30"),
    E("Armed groups attacked the Arbinda detachment; repelled: 2 soldiers killed, 5 wounded, 18 terrorists neutralised.",
      "2020-02-10", "'On Monday, 10 February 2020'", "Arbinda", "Sahel", "BF", "battle",
      "militants (unidentified)", "Burkinabe security forces", 20, None, 5, None,
      "On Monday, 10 February 2020, the Arbinda detachment, in Soum province, was the target of a complex attack by armed terrorist groups. The vigorous reaction of the soldiers made it possible to repel the assailants. Provisional balance: 2 soldiers fell with arms in hand, 5 were wounded, and 18 terrorists were neutralised.",
      note="killed = 2 + 18; 'complex attack' by gunmen, no bomb mentioned: battle"),
    E("Air strikes destroyed a terrorist base in the forest near Comin-Yanga, Koulpelogo.",
      "2020-02-11", "'On Tuesday, 11 February 2020'", "near Comin-Yanga", "Centre-Est", "BF", "explosion",
      "Burkinabe security forces", "militants (unidentified)", None, None, None, None,
      "On Tuesday, 11 February 2020, air strikes destroyed a terrorist base in the forest near Comin-Yanga, in Koulpelogo province. A battle damage assessment is under way.",
      note="no toll"),
])

# ---- Burkina Faso: NGO statement on attacks on education
D("b10-21", "2021-12-09", "https://www.example-education-sahel.org/news/2021-12-09-teachers-killed-est", "Education Watch Sahel (statement)", "ngo", """
Two teachers killed on the road to Kantchari: Education Watch Sahel calls for protection of schools

Fada N'Gourma, 9 December 2021

Education Watch Sahel is deeply saddened to learn of the murder of two primary school teachers in Burkina Faso's East region.

On Monday, armed men stopped a passenger bus on the road between Fada N'Gourma and Kantchari, about 30 kilometres east of Fada, ordered the passengers out and checked their identity documents.

The two teachers, who were returning to their posts after a training course, were led away from the other travellers and shot dead at the roadside, according to witnesses interviewed by our team.

The other passengers were released unharmed after several hours.

The following night, the primary school of Matiacoali, further east along the same road, was set on fire by unknown individuals; no one was hurt, but the school's records and furniture were destroyed.

"Teachers are being hunted for what they represent: the presence of the state and the hope of a future for the children," said our regional coordinator, Marcelline Kaboré.

As of the end of November, 3,280 schools were closed in Burkina Faso because of insecurity, depriving more than 500,000 children of their education.

We urge the authorities to guarantee the safety of teachers travelling to their posts, and all armed actors to respect schools as places of protection.

Education Watch Sahel will continue to support distance learning programmes and temporary learning spaces in the East and Sahel regions.
""", [
    E("Armed men stopped a bus on the Fada N'Gourma-Kantchari road, about 30 km east of Fada, and shot dead two teachers.",
      "2021-12-06", "'On Monday' before the statement of Thursday 9 December 2021", "road between Fada N'Gourma and Kantchari", "Est", "BF", "attack_on_civilians",
      "militants (unidentified)", "civilians", 2, None, None, None,
      "On Monday, armed men stopped a passenger bus on the road between Fada N'Gourma and Kantchari, about 30 kilometres east of Fada, ordered the passengers out and checked their identity documents. [...] The two teachers, who were returning to their posts after a training course, were led away from the other travellers and shot dead at the roadside, according to witnesses interviewed by our team."),
    E("Unknown individuals set fire to the primary school of Matiacoali; no one hurt.",
      "2021-12-06", "'The following night' after Monday's killing; overnight takes the first night (Monday 6 December)", "Matiacoali", "Est", "BF", "other",
      "unknown", "none", 0, None, 0, None,
      "The following night, the primary school of Matiacoali, further east along the same road, was set on fire by unknown individuals; no one was hurt, but the school's records and furniture were destroyed.",
      note="arson (property destruction); 'no one was hurt' gives 0"),
], [
    {"what": "other", "value": 3280, "place": "Burkina Faso", "evidence": "As of the end of November, 3,280 schools were closed in Burkina Faso because of insecurity, depriving more than 500,000 children of their education.", "note": "schools closed"},
    {"what": "other", "value": 500000, "place": "Burkina Faso", "evidence": "As of the end of November, 3,280 schools were closed in Burkina Faso because of insecurity, depriving more than 500,000 children of their education.", "note": "children out of school"},
])
# ---- DR Congo: wire, ADF village raid near Oicha with revised toll; retaliation next day
D("b10-22", "2022-05-31", "https://www.example-wire.com/africa/2022/05/31/congo-beni-mamove-attack", "Example Wire", "wire", """
Suspected ADF rebels kill 16 in eastern Congo village, army says

BENI, Democratic Republic of Congo, May 31 (Example Wire) - Rebels armed with machetes and guns killed at least 16 people in an overnight raid on the village of Mamove, about 20 km from Oicha in North Kivu province, local officials and the army said on Tuesday.

The attack began late on Sunday and went on into the early hours of Monday, said Josué Paluku, a civil society leader in Beni territory.

He had initially counted 12 bodies on Monday morning, but four more, all of them women, were found in fields around the village later in the day.

"They tied people's hands and killed them with machetes so that the shots would not alert the soldiers," he said.

Army spokesman Captain Emmanuel Kasereka blamed the Allied Democratic Forces (ADF), a Ugandan-rooted armed group that has killed thousands of civilians in the region since 2014.

On Monday, Congolese and Ugandan troops who have been conducting joint operations against the group since November pursued the attackers into the forest west of Mamove, the captain said.

"In response to this barbarism, our forces tracked the enemy and neutralised three terrorists," he said, adding that two AK-47 rifles had been recovered.

Several houses and a health post in Mamove were burned during the raid, and hundreds of residents fled to Oicha, residents said.

The ADF pledged allegiance to Islamic State in 2019, and the jihadist group has claimed many of its attacks, but there was no claim for the Mamove raid by Tuesday.

North Kivu and neighbouring Ituri have been under a "state of siege" since May 2021, with army and police officers replacing civilian governors.
""", [
    E("Suspected ADF rebels raided Mamove, about 20 km from Oicha, overnight, killing 16 people (12 counted first, four women found later).",
      "2022-05-29", "'late on Sunday' into Monday, report Tuesday 31 May 2022; overnight takes the first night", "Mamove", "North Kivu", "CD", "attack_on_civilians",
      "ADF", "civilians", 16, None, None, None,
      "Rebels armed with machetes and guns killed at least 16 people in an overnight raid on the village of Mamove, about 20 km from Oicha in North Kivu province, local officials and the army said on Tuesday. [...] The attack began late on Sunday and went on into the early hours of Monday, said Josué Paluku, a civil society leader in Beni territory. [...] He had initially counted 12 bodies on Monday morning, but four more, all of them women, were found in fields around the village later in the day. [...] Army spokesman Captain Emmanuel Kasereka blamed the Allied Democratic Forces (ADF), a Ugandan-rooted armed group that has killed thousands of civilians in the region since 2014.",
      note="revised 12 -> 16 stands; army's blame not disputed -> ADF; no IS claim"),
    E("Congolese and Ugandan troops pursued the attackers into the forest west of Mamove and killed three.",
      "2022-05-30", "'On Monday', report Tuesday 31 May 2022", "forest west of Mamove", "North Kivu", "CD", "battle",
      "Congolese security forces", "ADF", 3, None, None, None,
      "On Monday, Congolese and Ugandan troops who have been conducting joint operations against the group since November pursued the attackers into the forest west of Mamove, the captain said. [...] \"In response to this barbarism, our forces tracked the enemy and neutralised three terrorists,\" he said, adding that two AK-47 rifles had been recovered.",
      note="joint FARDC-UPDF pursuit; actor1 the Congolese side (Ugandan troops alongside)"),
])

# ---- DR Congo: Ituri local newspaper, CODECO raid on displacement site, pursuit clash
D("b10-23", "2021-06-07", "https://www.example-bunia-courrier.com/en/2021/06/07/bule-site-attack", "Le Courrier de Bunia (English edition)", "local", """
Djugu: nine dead as militiamen storm Bule displacement site

BUNIA - Nine displaced people, including three children, were killed and six others wounded when CODECO militiamen attacked a displacement site at Bule, in Ituri's Djugu territory, on Saturday night, local authorities said.

The attackers arrived at about 11 p.m., armed with guns, spears and machetes, and set fire to dozens of shelters before soldiers guarding the site drove them off, according to the site's president, Jean-Pierre Ndjango.

"We had run to this place because the soldiers were here, and still they came to kill us in our sleep," said Mama Ange Dhedonga, a mother of five whose neighbour's children were among the dead.

"I heard the children crying in the burning huts and I could do nothing. I took my own children and we ran towards the river; we spent the night in the water."

The army's spokesman in Ituri, Lieutenant Pascal Mbusa, said the attackers belonged to a CODECO faction active in the hills north of Bule.

He said on Sunday that soldiers pursuing the militiamen had clashed with them near Lopa, killing two of them, while one soldier was wounded.

The survivors buried their dead on Sunday afternoon, and many families left the site for Bunia, about 80 km to the south.

CODECO, a loose association of Lendu militias, says it defends its community against the Hema and the army, and its factions have repeatedly attacked displacement sites.

More than 1.6 million people are displaced in Ituri, according to the United Nations.

"We want the state of siege to protect the displaced, not only to change the governor," said Pierre Lobo, a local civil society representative.

Photo caption: Displaced people gather their belongings at the Bule site on Sunday morning.
""", [
    E("CODECO militiamen attacked the Bule displacement site in Djugu on Saturday night, killing nine including three children and wounding six.",
      "2021-06-05", "'on Saturday night', report Monday 7 June 2021", "Bule", "Ituri", "CD", "attack_on_civilians",
      "CODECO", "civilians", 9, None, 6, None,
      "Nine displaced people, including three children, were killed and six others wounded when CODECO militiamen attacked a displacement site at Bule, in Ituri's Djugu territory, on Saturday night, local authorities said."),
    E("Soldiers pursuing the militiamen clashed with them near Lopa, killing two militiamen; one soldier wounded.",
      None, "told 'on Sunday' (6 June 2021) by the spokesman; the clash day itself is not given (Saturday night or Sunday)", "near Lopa", "Ituri", "CD", "battle",
      "Congolese security forces", "CODECO", 2, None, 1, None,
      "He said on Sunday that soldiers pursuing the militiamen had clashed with them near Lopa, killing two of them, while one soldier was wounded.",
      note="'them' = the CODECO militiamen; date only the reporting day, so null"),
], [
    {"what": "displaced", "value": 1600000, "place": "Ituri", "evidence": "More than 1.6 million people are displaced in Ituri, according to the United Nations."},
])

# ---- DR Congo: wire, M23 takes Ntamugenga; shelling on Kisharo blamed and denied
D("b10-24", "2022-07-27", "https://www.example-greatlakes-wire.com/2022/07/27/m23-ntamugenga", "Great Lakes Wire", "wire", """
M23 rebels seize Ntamugenga after fighting with Congolese army

GOMA, Wednesday, 27 July 2022 - M23 rebels took control of Ntamugenga, a locality in North Kivu's Rutshuru territory, on Monday after several hours of fighting with the Congolese army, residents and a local official said.

The fighting broke out at dawn when the rebels attacked army positions on the hills overlooking the locality, the official said.

The army said seven of its soldiers had been killed and that the rebels had suffered "dozens" of dead, a figure that could not be verified.

By the afternoon, M23 fighters were patrolling the main road through Ntamugenga, a resident reached by phone said.

On Tuesday, two shells landed in a market in Kisharo, about 25 km to the north-east, killing two civilians and wounding five.

The army accused the rebels of firing the shells, but an M23 spokesman denied it and said the army's own artillery was responsible.

The M23, which says it defends the interests of Congolese Tutsis, resumed fighting late last year after nearly a decade of calm and seized the border town of Bunagana in June.

Kinshasa accuses Rwanda of backing the group, a charge Kigali denies.

More than 160,000 people have fled their homes in Rutshuru and Nyiragongo territories since March, according to the United Nations.

Read more: Protesters attack UN bases in Goma and Butembo
""", [
    E("M23 attacked army positions at dawn and took control of Ntamugenga, Rutshuru; seven soldiers killed ('dozens' of rebels per the army).",
      "2022-07-25", "'on Monday', dateline Wednesday 27 July 2022", "Ntamugenga", "North Kivu", "CD", "territory_gain",
      "M23", "Congolese security forces", 7, None, None, None,
      "M23 rebels took control of Ntamugenga, a locality in North Kivu's Rutshuru territory, on Monday after several hours of fighting with the Congolese army, residents and a local official said. [...] The fighting broke out at dawn when the rebels attacked army positions on the hills overlooking the locality, the official said. [...] The army said seven of its soldiers had been killed and that the rebels had suffered \"dozens\" of dead, a figure that could not be verified.",
      note="non-state actor overtakes territory; rebels' 'dozens' gives null, so 7"),
    E("Two shells hit a market in Kisharo, killing two civilians and wounding five; army blamed M23, M23 blamed the army.",
      "2022-07-26", "'On Tuesday', dateline Wednesday 27 July 2022", "Kisharo", "North Kivu", "CD", "explosion",
      "unknown", "civilians", 2, None, 5, None,
      "On Tuesday, two shells landed in a market in Kisharo, about 25 km to the north-east, killing two civilians and wounding five. [...] The army accused the rebels of firing the shells, but an M23 spokesman denied it and said the army's own artillery was responsible.",
      note="mutual accusations, no claim: unknown"),
], [
    {"what": "displaced", "value": 160000, "place": "Rutshuru and Nyiragongo", "evidence": "More than 160,000 people have fled their homes in Rutshuru and Nyiragongo territories since March, according to the United Nations."},
])

# ---- DR Congo: UN mission press statement, base attack repelled, joint operation in response
D("b10-25", "2018-05-02", "https://www.example-un-congo-mission.org/en/press/2018-05-02-mavivi", "UN mission in the DRC (press release)", "un", """
MONUSCO peacekeepers repel attack on their base near Beni

Kinshasa, 2 May 2018 - Peacekeepers of the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) repelled an attack by suspected ADF combatants on their operating base at Mavivi, near Beni, North Kivu, on Monday 30 April.

The assailants opened fire on the base at around 5 p.m. and were pushed back after an exchange of fire lasting about an hour.

One peacekeeper was killed and three were wounded; the wounded were evacuated to the Mission's hospital in Beni and are in stable condition.

The assailants left behind the bodies of four of their fighters when they withdrew.

The following day, in response to the attack, MONUSCO and the Armed Forces of the Democratic Republic of the Congo (FARDC) launched a joint operation in the Mayimoya area, during which two assailants were killed.

The Head of MONUSCO condemns this attack in the strongest terms and offers her condolences to the family of the fallen peacekeeper and to his country.

She reaffirms the Mission's determination to continue, alongside the FARDC, to protect civilians in Beni territory.

She recalls that attacks against peacekeepers may constitute a war crime.

Since 2014, more than 1,000 civilians have been killed in the Beni area in attacks attributed to the ADF and other armed groups.
""", [
    E("Suspected ADF combatants attacked the MONUSCO base at Mavivi near Beni; repelled; one peacekeeper and four assailants killed, three peacekeepers wounded.",
      "2018-04-30", "'on Monday 30 April' in the release of 2 May 2018", "Mavivi", "North Kivu", "CD", "battle",
      "ADF", "MONUSCO", 5, None, 3, None,
      "Peacekeepers of the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) repelled an attack by suspected ADF combatants on their operating base at Mavivi, near Beni, North Kivu, on Monday 30 April. [...] One peacekeeper was killed and three were wounded; the wounded were evacuated to the Mission's hospital in Beni and are in stable condition. [...] The assailants left behind the bodies of four of their fighters when they withdrew.",
      note="killed = 1 peacekeeper + 4 assailants; 'suspected ADF' taken as ADF"),
    E("A joint MONUSCO-FARDC operation in the Mayimoya area in response killed two assailants.",
      "2018-05-01", "'The following day' after 30 April: Tuesday 1 May", "Mayimoya", "North Kivu", "CD", "battle",
      "MONUSCO", "ADF", 2, None, None, None,
      "The following day, in response to the attack, MONUSCO and the Armed Forces of the Democratic Republic of the Congo (FARDC) launched a joint operation in the Mayimoya area, during which two assailants were killed.",
      note="joint operation: actor1 could equally be Congolese security forces"),
], [
    {"what": "killed", "value": 1000, "place": "Beni", "evidence": "Since 2014, more than 1,000 civilians have been killed in the Beni area in attacks attributed to the ADF and other armed groups."},
])
# ---- Afghanistan: wire, overnight Taliban attack on Faryab checkpoints; retaliatory airstrikes
D("b10-26", "2017-10-20", "https://www.example-wire.com/asia/2017/10/20/afghanistan-faryab-qaisar-checkpoints", "Example Wire", "wire", """
Taliban attack checkpoints in Afghanistan's Faryab, nine police killed

MAIMANA, Afghanistan, Oct 20 (Example Wire) - Taliban fighters attacked a cluster of police checkpoints in the Qaisar district of northern Faryab province overnight on Wednesday, killing nine policemen and wounding five, provincial officials said.

The assault began shortly before midnight and lasted until reinforcements arrived on Thursday morning, said Abdul Qadir Nazari, a spokesman for the provincial police.

Thirteen Taliban fighters were also killed in the clashes, he said.

A Taliban spokesman said in a message to reporters that the group's fighters had overrun three checkpoints and killed 30 policemen, a claim officials rejected.

Afghan forces retaliated on Thursday with air strikes on Taliban hideouts in the neighbouring Almar district, killing 17 militants, among them a local commander known as Mullah Nasir, the governor's spokesman said.

There was no independent confirmation of the toll of the air strikes, and the Taliban did not comment on them.

"The enemy wanted to cut the highway between Maimana and Herat, but they failed," the governor's spokesman said.

Faryab, on the border with Turkmenistan, has seen heavy fighting this year as the Taliban try to expand their presence in the north.

Afghan security forces have suffered record casualties since the NATO-led coalition ended its combat mission at the end of 2014 and shifted to training and advising.

The United States announced in August that it would send more troops to Afghanistan and give commanders wider powers to order air strikes.
""", [
    E("Taliban attacked police checkpoints in Qaisar district, Faryab, overnight: nine police and 13 Taliban killed, five police wounded.",
      "2017-10-18", "'overnight on Wednesday', report Friday 20 October 2017; overnight takes the first night", "Qaisar", "Faryab", "AF", "battle",
      "Taliban", "Afghan security forces", 22, None, 5, None,
      "Taliban fighters attacked a cluster of police checkpoints in the Qaisar district of northern Faryab province overnight on Wednesday, killing nine policemen and wounding five, provincial officials said. [...] Thirteen Taliban fighters were also killed in the clashes, he said. [...] A Taliban spokesman said in a message to reporters that the group's fighters had overrun three checkpoints and killed 30 policemen, a claim officials rejected.",
      note="killed = 9 police + 13 Taliban; Taliban claim of 30 not used"),
    E("Afghan air strikes on Taliban hideouts in Almar district killed 17 militants including a local commander.",
      "2017-10-19", "'on Thursday', report Friday 20 October 2017", "Almar", "Faryab", "AF", "explosion",
      "Afghan security forces", "Taliban", 17, None, None, None,
      "Afghan forces retaliated on Thursday with air strikes on Taliban hideouts in the neighbouring Almar district, killing 17 militants, among them a local commander known as Mullah Nasir, the governor's spokesman said."),
])

# ---- Afghanistan: local newspaper, suicide bombing at elders' gathering, rising toll, denied; Sunday operation
D("b10-27", "2015-08-12", "https://www.example-nangarhar-daily.af/en/2015/08/12/bati-kot-bombing", "Nangarhar Daily (English)", "local", """
Bati Kot bombing toll rises to nine as elders bury their dead

JALALABAD, Wednesday, 12 August 2015 - The number of people killed in Tuesday's suicide attack on a gathering of tribal elders in Bati Kot district rose to nine on Wednesday after two of the wounded died in hospital, provincial officials said.

The bomber, who was on foot, blew himself up at the gate of a house where about forty elders had met to settle a land dispute, killing seven people outright, not counting the attacker, the governor's spokesman, Najibullah Sherzad, said on Tuesday.

Fifteen people were wounded in the blast, most of them elderly men.

"I was pouring tea when the boy came to the gate; the guard asked his name, and then there was only dust and screaming," said Haji Gul Agha, the owner of the house, whose nephew was killed.

"These elders had been talking for three days about a piece of land. They had finally agreed. This is what they got for making peace."

Another elder, Malik Samiullah, said he had lost two cousins.

"We used to say that a jirga is a holy place. Now even the jirga is a target. Who will sit with us next time?"

The Taliban denied any involvement in the bombing, and no other group claimed it.

Local officials said militants loyal to the Islamic State group had been trying to expand into neighbouring districts, where they have clashed with both the Taliban and government forces.

On Sunday, Afghan forces launched an operation against Islamic State fighters in the Achin district, killing 12 of them, the governor's office said in a statement.

Nangarhar, which borders Pakistan, has become one of the most volatile provinces in the east over the past year.

Photo caption: Relatives carry a coffin during a funeral in Bati Kot on Wednesday.
""", [
    E("A suicide bomber hit a gathering of tribal elders at a house in Bati Kot; seven killed outright (bomber excluded), two of 15 wounded died next day: nine dead plus the bomber.",
      "2015-08-11", "'Tuesday's suicide attack', dateline Wednesday 12 August 2015", "Bati Kot", "Nangarhar", "AF", "explosion",
      "unknown", "civilians", 10, None, 13, None,
      "The number of people killed in Tuesday's suicide attack on a gathering of tribal elders in Bati Kot district rose to nine on Wednesday after two of the wounded died in hospital, provincial officials said. [...] The bomber, who was on foot, blew himself up at the gate of a house where about forty elders had met to settle a land dispute, killing seven people outright, not counting the attacker, the governor's spokesman, Najibullah Sherzad, said on Tuesday. [...] Fifteen people were wounded in the blast, most of them elderly men. [...] The Taliban denied any involvement in the bombing, and no other group claimed it.",
      note="killed = 7 + 2 died in hospital + the bomber = 10; wounded 15 - 2 = 13; Taliban denied, IS only mentioned as active: unknown"),
    E("Afghan forces launched an operation against Islamic State fighters in Achin district, killing 12.",
      "2015-08-09", "'On Sunday' before the Wednesday 12 August 2015 dateline", "Achin", "Nangarhar", "AF", "battle",
      "Afghan security forces", "Islamic State", 12, None, None, None,
      "On Sunday, Afghan forces launched an operation against Islamic State fighters in the Achin district, killing 12 of them, the governor's office said in a statement."),
])

# ---- Afghanistan: Ministry of Defence daily communiqué
D("b10-28", "2019-04-16", "https://www.example-af-mod.org/en/press/2019-04-16-operations", "Ministry of Defence (press release)", "communique", """
Ministry of Defense: ANDSF operations in the past 24 hours

Kabul, Tuesday, 16 April 2019

The Afghan National Defense and Security Forces (ANDSF) conducted the following operations on Monday, 15 April 2019, to suppress the enemies of Afghanistan and to maintain security.

1. Afghan National Army Special Operations Forces conducted a raid in Andar district of Ghazni province, killing 9 Taliban insurgents and destroying a weapons cache containing mines and explosive materials.

2. The ANDSF conducted clearance operations in Sayed Abad district of Wardak province; as a result, 14 Taliban were killed and 6 others were wounded.

3. The Afghan Air Force conducted air strikes in Nad Ali district of Helmand province, killing 6 Taliban, including a local commander named Mullah Jabbar.

4. Taliban insurgents attacked an ANA security checkpoint in Ghormach district of Badghis province. The attack was repulsed by the ANA soldiers, and 5 Taliban were killed. Two ANA soldiers were wounded in the exchange of fire.

5. In addition, the ANDSF discovered and defused 11 improvised explosive devices planted by the enemy on roads in Kandahar and Zabul provinces.

The Ministry of Defense calls on the people to share information about the enemy's movements with the security forces.
""", [
    E("ANA special forces raid in Andar district, Ghazni, killed 9 Taliban and destroyed a weapons cache.",
      "2019-04-15", "'on Monday, 15 April 2019'", "Andar", "Ghazni", "AF", "battle",
      "Afghan security forces", "Taliban", 9, None, None, None,
      "Afghan National Army Special Operations Forces conducted a raid in Andar district of Ghazni province, killing 9 Taliban insurgents and destroying a weapons cache containing mines and explosive materials."),
    E("ANDSF clearance operations in Sayed Abad, Wardak: 14 Taliban killed, 6 wounded.",
      "2019-04-15", "'on Monday, 15 April 2019'", "Sayed Abad", "Wardak", "AF", "battle",
      "Afghan security forces", "Taliban", 14, None, 6, None,
      "The ANDSF conducted clearance operations in Sayed Abad district of Wardak province; as a result, 14 Taliban were killed and 6 others were wounded."),
    E("Afghan Air Force strikes in Nad Ali, Helmand, killed 6 Taliban including a local commander.",
      "2019-04-15", "'on Monday, 15 April 2019'", "Nad Ali", "Helmand", "AF", "explosion",
      "Afghan security forces", "Taliban", 6, None, None, None,
      "The Afghan Air Force conducted air strikes in Nad Ali district of Helmand province, killing 6 Taliban, including a local commander named Mullah Jabbar."),
    E("Taliban attacked an ANA checkpoint in Ghormach, Badghis; repulsed; 5 Taliban killed, 2 soldiers wounded.",
      "2019-04-15", "'on Monday, 15 April 2019'", "Ghormach", "Badghis", "AF", "battle",
      "Taliban", "Afghan security forces", 5, None, 2, None,
      "Taliban insurgents attacked an ANA security checkpoint in Ghormach district of Badghis province. The attack was repulsed by the ANA soldiers, and 5 Taliban were killed. Two ANA soldiers were wounded in the exchange of fire."),
    E("ANDSF defused 11 IEDs on roads in Kandahar and Zabul.",
      "2019-04-15", "'on Monday, 15 April 2019'", "Kandahar and Zabul", None, "AF", "other",
      "Afghan security forces", "Taliban", None, None, None, None,
      "In addition, the ANDSF discovered and defused 11 improvised explosive devices planted by the enemy on roads in Kandahar and Zabul provinces.",
      optional=True, note="disrupted weapons use over two provinces, no place"),
])

# ---- Afghanistan: UNAMA-style statement, IED on minibus + airstrike in a province only
D("b10-29", "2020-09-30", "https://www.example-un-afghanistan.org/press/2020-09-30-civilian-harm", "UN mission in Afghanistan (statement)", "un", """
UN mission deplores civilian deaths in Kunduz and Helmand

KABUL, 30 September 2020 - The United Nations Assistance Mission in Afghanistan (UNAMA) is deeply concerned at reports of civilian casualties in two incidents in the north and south of the country in recent days.

On Monday 28 September, a roadside improvised explosive device struck a minibus on the road between Kunduz city and Khanabad, killing seven civilians, including three children and two women, and injuring five others.

Preliminary findings indicate that the device was placed by anti-government elements; no party has claimed responsibility.

On Saturday, an air strike in Helmand province reportedly killed four civilians from one family when it hit their home, according to information gathered by the Mission's human rights team.

The Ministry of Defence said the strike had targeted a Taliban commander and killed several fighters, and that it was looking into the reports of civilian harm.

"Parties to the conflict must take every feasible precaution to spare civilians, especially at a time when peace negotiations are under way in Doha," said a UNAMA spokesperson.

UNAMA documented 1,282 civilians killed and 2,176 injured in the first six months of 2020, a decrease compared with the same period last year, but the Mission has noted an increase in civilian harm since the negotiations began.

The Mission continues to verify both incidents and will report its findings in its next quarterly update.
""", [
    E("A roadside IED struck a minibus on the Kunduz-Khanabad road, killing seven civilians including three children and two women, injuring five.",
      "2020-09-28", "'On Monday 28 September' in the statement of 30 September 2020", "road between Kunduz and Khanabad", "Kunduz", "AF", "explosion",
      "militants (unidentified)", "civilians", 7, None, 5, None,
      "On Monday 28 September, a roadside improvised explosive device struck a minibus on the road between Kunduz city and Khanabad, killing seven civilians, including three children and two women, and injuring five others. [...] Preliminary findings indicate that the device was placed by anti-government elements; no party has claimed responsibility.",
      note="'anti-government elements' is UNAMA's generic label: militants (unidentified)"),
    E("An air strike in Helmand province hit a home, reportedly killing four civilians of one family; the MoD said it targeted a Taliban commander.",
      "2020-09-26", "'On Saturday' before the statement of Wednesday 30 September 2020", "Helmand", "Helmand", "AF", "explosion",
      "Afghan security forces", "civilians", 4, None, None, None,
      "On Saturday, an air strike in Helmand province reportedly killed four civilians from one family when it hit their home, according to information gathered by the Mission's human rights team. [...] The Ministry of Defence said the strike had targeted a Taliban commander and killed several fighters, and that it was looking into the reports of civilian harm.",
      note="province only; the MoD's own statement makes the strike Afghan; 'several fighters' adds nothing"),
], [
    {"what": "killed", "value": 1282, "place": "Afghanistan", "evidence": "UNAMA documented 1,282 civilians killed and 2,176 injured in the first six months of 2020, a decrease compared with the same period last year, but the Mission has noted an increase in civilian harm since the negotiations began."},
    {"what": "wounded", "value": 2176, "place": "Afghanistan", "evidence": "UNAMA documented 1,282 civilians killed and 2,176 injured in the first six months of 2020, a decrease compared with the same period last year, but the Mission has noted an increase in civilian harm since the negotiations began."},
])
# ---- Pakistan KP: wire, CTD encounter near Peshawar; Tuesday IED on police van claimed by email
D("b10-30", "2016-03-03", "https://www.example-wire.com/asia/2016/03/03/pakistan-peshawar-ctd-encounter", "Example Wire", "wire", """
Four suspected militants killed in encounter with police near Peshawar

PESHAWAR, Pakistan, March 3 (Example Wire) - Four suspected militants were killed in an encounter with counter-terrorism police on the outskirts of Peshawar late on Wednesday, police said, a day after a bomb attack on a police vehicle in the nearby Charsadda district.

Officers of the Counter-Terrorism Department (CTD) raided a house in the Sheikh Muhammadi area acting on a tip-off, and the suspects opened fire on them, a CTD official said.

All four men were killed in the exchange of fire, and one police constable was wounded, he said.

Police said the dead men belonged to Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, and had been planning attacks on government offices in Peshawar.

Suicide vests, grenades and two Kalashnikov rifles were found in the house, according to the official.

On Tuesday, a remote-controlled bomb struck a police van in the Tangi area of Charsadda, killing two policemen and wounding three.

Jamaat-ul-Ahrar claimed that attack in an email sent to journalists, saying it was revenge for the killing of its members in police custody.

Rights groups have questioned the large number of militants killed in police "encounters" in Khyber Pakhtunkhwa, saying some of them may have been detainees.

The province, which borders Afghanistan, has seen a fall in violence since the military launched an offensive in North Waziristan in 2014, but police remain a frequent target.
""", [
    E("CTD police raided a house in Sheikh Muhammadi on the outskirts of Peshawar; four suspected Jamaat-ul-Ahrar militants killed and a constable wounded in the exchange of fire.",
      "2016-03-02", "'late on Wednesday', report Thursday 3 March 2016", "Sheikh Muhammadi", "Khyber Pakhtunkhwa", "PK", "battle",
      "Pakistani security forces", "Jamaat-ul-Ahrar", 4, None, 1, None,
      "Four suspected militants were killed in an encounter with counter-terrorism police on the outskirts of Peshawar late on Wednesday, police said, a day after a bomb attack on a police vehicle in the nearby Charsadda district. [...] Officers of the Counter-Terrorism Department (CTD) raided a house in the Sheikh Muhammadi area acting on a tip-off, and the suspects opened fire on them, a CTD official said. [...] All four men were killed in the exchange of fire, and one police constable was wounded, he said. [...] Police said the dead men belonged to Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, and had been planning attacks on government offices in Peshawar.",
      note="police raid initiated the encounter although the suspects fired first"),
    E("A remote-controlled bomb hit a police van in Tangi, Charsadda, killing two policemen and wounding three; Jamaat-ul-Ahrar claimed it by email.",
      "2016-03-01", "'On Tuesday' ('a day after' before Wednesday), report Thursday 3 March 2016", "Tangi", "Khyber Pakhtunkhwa", "PK", "explosion",
      "Jamaat-ul-Ahrar", "Pakistani security forces", 2, None, 3, None,
      "On Tuesday, a remote-controlled bomb struck a police van in the Tangi area of Charsadda, killing two policemen and wounding three. [...] Jamaat-ul-Ahrar claimed that attack in an email sent to journalists, saying it was revenge for the killing of its members in police custody."),
])

# ---- Pakistan Balochistan: local newspaper, FC post attack in Buleda, BLA claim; grenade in Turbat
D("b10-31", "2022-10-05", "https://www.example-balochistan-chronicle.com/2022/10/05/buleda-fc-post-attack", "Balochistan Chronicle", "local", """
Two FC soldiers martyred, three attackers killed in Buleda

TURBAT: Two soldiers of the Frontier Corps were martyred and three attackers were killed when militants attacked an FC post in the Buleda area of Kech district on Monday night, the military's media wing said on Tuesday.

According to the Inter-Services Public Relations (ISPR), the terrorists opened fire on the post from the surrounding hills, and the troops responded effectively in an intense exchange of fire.

The outlawed Baloch Liberation Army (BLA) claimed the attack in a statement sent to the media by its spokesman, saying its fighters had killed ten soldiers, a figure the ISPR did not confirm.

Residents of Buleda said they heard gunfire for more than two hours and that the main road to Turbat was closed by troops on Tuesday morning.

"My son had to take his mother to the hospital in Turbat for her dialysis, and they turned him back at the checkpoint; he waited with her in the car for six hours," said Master Abdul Rasool, a retired schoolteacher from Buleda.

"We are not against the soldiers and we are not with the fighters. We only want to live. Every time there is an attack, it is the ordinary people who cannot move, cannot work and cannot sleep."

A trader in Turbat's main bazaar, Naseer Ahmed, said business had fallen by half since the road closures began.

"Half of my customers come from Buleda and Zamuran. When the road is closed, I sit in my shop and look at the flies," he said.

Separately, unidentified men on a motorcycle threw a hand grenade at a mobile phone shop in Turbat's Main Bazaar on Tuesday evening, injuring four people, police said.

No one claimed the grenade attack, and police said they were investigating whether it was linked to extortion demands.

Earlier this month, two labourers from Punjab were shot dead at a construction site elsewhere in the district, according to police, who blamed separatists.

Kech district, near the Iranian border, has been a hub of the Baloch separatist insurgency, which has intensified since 2020 with attacks on security forces and on projects linked to the China-Pakistan Economic Corridor.

Photo caption: FC personnel stand guard at a checkpoint on the Turbat-Buleda road.
""", [
    E("Militants attacked an FC post in Buleda, Kech, on Monday night: two soldiers and three attackers killed; the BLA claimed it.",
      "2022-10-03", "'on Monday night', report Wednesday 5 October 2022", "Buleda", "Balochistan", "PK", "battle",
      "Baloch Liberation Army", "Pakistani security forces", 5, None, None, None,
      "Two soldiers of the Frontier Corps were martyred and three attackers were killed when militants attacked an FC post in the Buleda area of Kech district on Monday night, the military's media wing said on Tuesday. [...] The outlawed Baloch Liberation Army (BLA) claimed the attack in a statement sent to the media by its spokesman, saying its fighters had killed ten soldiers, a figure the ISPR did not confirm.",
      note="killed = 2 soldiers ('martyred') + 3 attackers; BLA claim of ten not used"),
    E("Unidentified men on a motorcycle threw a grenade at a phone shop in Turbat's Main Bazaar, injuring four.",
      "2022-10-04", "'on Tuesday evening', report Wednesday 5 October 2022", "Main Bazaar, Turbat", "Balochistan", "PK", "explosion",
      "militants (unidentified)", "civilians", None, None, 4, None,
      "Separately, unidentified men on a motorcycle threw a hand grenade at a mobile phone shop in Turbat's Main Bazaar on Tuesday evening, injuring four people, police said.",
      note="grenade; killed not stated"),
    E("Two labourers from Punjab shot dead at a construction site elsewhere in Kech district earlier this month; police blamed separatists.",
      None, "'Earlier this month' (October 2022, before the 5th), no day", "Kech", "Balochistan", "PK", "attack_on_civilians",
      "militants (unidentified)", "civilians", 2, None, None, None,
      "Earlier this month, two labourers from Punjab were shot dead at a construction site elsewhere in the district, according to police, who blamed separatists.",
      optional=True, note="vague place and day; 'separatists' names no group"),
])

# ---- Pakistan: ISPR press release (communiqué), IBO in North Waziristan, Zhob post fired on, Kuchlak cordon
D("b10-32", "2016-11-24", "https://www.example-ispr-archive.org/press-release/2016-11-24", "ISPR (press release)", "communique", """
PRESS RELEASE No PR-412/2016-ISPR

Rawalpindi, 24 November 2016

Security forces conducted an intelligence based operation (IBO) in the Datta Khel area of North Waziristan Agency on the night of 22/23 November 2016 on the reported presence of terrorists.

During the exchange of fire, 5 terrorists were killed, while 2 soldiers, Naik Muhammad Arif and Sepoy Zahid Khan, embraced shahadat.

A cache of arms and ammunition, including rocket launchers and improvised explosive devices, was recovered from the terrorists' hideout.

In another incident, terrorists fired on a security forces' check post in the Sambaza area of Zhob district, Balochistan, on Wednesday, 23 November 2016.

Troops responded effectively, forcing the terrorists to flee, and one soldier was injured.

Meanwhile, a combing operation was conducted by Frontier Corps Balochistan in Kuchlak, near Quetta, on Wednesday, 23 November 2016, during which three suspected terrorists were apprehended and weapons were recovered.

The terrorists killed in Datta Khel were involved in attacks on security forces and in the killing of tribal elders in the area.

Chief of Army Staff visited the injured soldier at the Combined Military Hospital in Quetta and appreciated his courage.

Operations to eliminate the residual terrorists and their facilitators will continue across the country till the achievement of enduring peace.
""", [
    E("Security forces' IBO in Datta Khel, North Waziristan, overnight 22/23 November: 5 terrorists and 2 soldiers killed.",
      "2016-11-22", "'on the night of 22/23 November 2016': overnight takes the first night", "Datta Khel", "Khyber Pakhtunkhwa", "PK", "battle",
      "Pakistani security forces", "militants (unidentified)", 7, None, None, None,
      "Security forces conducted an intelligence based operation (IBO) in the Datta Khel area of North Waziristan Agency on the night of 22/23 November 2016 on the reported presence of terrorists. [...] During the exchange of fire, 5 terrorists were killed, while 2 soldiers, Naik Muhammad Arif and Sepoy Zahid Khan, embraced shahadat.",
      note="killed = 5 + 2 ('embraced shahadat'); North Waziristan was FATA in 2016, admin given as today's province"),
    E("Terrorists fired on a check post in Sambaza, Zhob; troops responded, one soldier injured.",
      "2016-11-23", "'on Wednesday, 23 November 2016'", "Sambaza", "Balochistan", "PK", "battle",
      "militants (unidentified)", "Pakistani security forces", None, None, 1, None,
      "In another incident, terrorists fired on a security forces' check post in the Sambaza area of Zhob district, Balochistan, on Wednesday, 23 November 2016. [...] Troops responded effectively, forcing the terrorists to flee, and one soldier was injured."),
    E("FC combing operation in Kuchlak near Quetta: three suspects apprehended, weapons recovered.",
      "2016-11-23", "'on Wednesday, 23 November 2016'", "Kuchlak", "Balochistan", "PK", "arrest",
      "Pakistani security forces", "militants (unidentified)", None, None, None, None,
      "Meanwhile, a combing operation was conducted by Frontier Corps Balochistan in Kuchlak, near Quetta, on Wednesday, 23 November 2016, during which three suspected terrorists were apprehended and weapons were recovered.",
      arrested=3),
])

# ---- Yemen: wire, coalition airstrike on Sanaa district with two tolls; Marib clash (fighters loyal to Hadi)
D("b10-33", "2015-09-10", "https://www.example-wire.com/mideast/2015/09/10/yemen-sanaa-airstrike-hasaba", "Example Wire", "wire", """
Saudi-led air strikes kill at least 15 civilians in Yemen capital

SANAA, Sept 10 (Example Wire) - Air strikes by the Saudi-led coalition hit houses in Sanaa's al-Hasaba district on Wednesday, killing at least 15 civilians, including six children, the Houthi-run health ministry said.

Residents said 19 people had been pulled dead from the rubble of three houses by Thursday morning.

The coalition said it had targeted a weapons depot used by the Houthi movement and accused the group of hiding arms among civilians.

"We were asleep in the afternoon heat, and the house came down over us; my wife and my daughter are still under the stones," said Abdullah al-Hamdani, a 38-year-old government employee.

In the central province of Marib, clashes broke out on Tuesday when Houthi fighters tried to advance on positions held by fighters loyal to exiled President Abd-Rabbu Mansour Hadi in the Sirwah district, tribal sources said.

Eleven Houthi fighters and four pro-Hadi fighters were killed in the fighting, the sources said.

The Houthis' al-Masirah television also reported coalition raids on several areas of Saada province in recent days, without giving a toll.

The coalition has been bombing the Houthis since March to restore Hadi's government, which fled to Saudi Arabia after the group seized Sanaa last year.

More than 4,500 people have been killed in the conflict since March, many of them civilians, according to the United Nations.

The UN has warned that Yemen is on the brink of famine, with imports of food and fuel severely restricted by a naval blockade.
""", [
    E("Saudi-led coalition air strikes hit houses in al-Hasaba, Sanaa: at least 15 civilians killed including six children (health ministry), 19 per residents.",
      "2015-09-09", "'on Wednesday', report Thursday 10 September 2015", "al-Hasaba", "Amanat al-Asimah", "YE", "explosion",
      "Saudi-led coalition", "civilians", 15, 19, None, None,
      "Air strikes by the Saudi-led coalition hit houses in Sanaa's al-Hasaba district on Wednesday, killing at least 15 civilians, including six children, the Houthi-run health ministry said. [...] Residents said 19 people had been pulled dead from the rubble of three houses by Thursday morning.",
      note="two sources: 15 (ministry) / 19 (residents)"),
    E("Clashes in Sirwah, Marib, when Houthi fighters tried to advance on pro-Hadi positions: 11 Houthis and 4 pro-Hadi fighters killed.",
      "2015-09-08", "'on Tuesday', report Thursday 10 September 2015", "Sirwah", "Marib", "YE", "battle",
      "Houthis", "Yemeni government forces", 15, None, None, None,
      "In the central province of Marib, clashes broke out on Tuesday when Houthi fighters tried to advance on positions held by fighters loyal to exiled President Abd-Rabbu Mansour Hadi in the Sirwah district, tribal sources said. [...] Eleven Houthi fighters and four pro-Hadi fighters were killed in the fighting, the sources said.",
      note="'fighters loyal to' Hadi = Yemeni government forces; killed = 11 + 4"),
    E("Coalition raids on several areas of Saada province 'in recent days', no toll.",
      None, "'in recent days' before 10 September 2015", "Saada", "Saada", "YE", "explosion",
      "Saudi-led coalition", "unknown", None, None, None, None,
      "The Houthis' al-Masirah television also reported coalition raids on several areas of Saada province in recent days, without giving a toll.",
      optional=True, note="aggregate of unspecified strikes, province only"),
], [
    {"what": "killed", "value": 4500, "place": "Yemen", "evidence": "More than 4,500 people have been killed in the conflict since March, many of them civilians, according to the United Nations."},
])

# ---- Yemen: Taiz local paper with long quotes, shelling and sniper
D("b10-34", "2017-11-08", "https://www.example-taiz-voice.com/en/2017/11/08/rawdha-shelling", "Taiz Voice", "local", """
'The shell fell where the children were playing': four killed in Taiz's al-Rawdha

TAIZ - Four civilians, two of them children, were killed and nine wounded on Monday evening when mortar shells fired from Houthi positions east of the city landed in the al-Rawdha neighbourhood of Taiz, medics and residents said.

The shells hit a street where children were playing football near a mosque, shortly before the evening prayer, said Dr Nabil al-Sharabi of al-Rawdha hospital, where the casualties were taken.

"We have become used to the sound, but not to this," he said. "One boy arrived without his legs. His brother was already dead. The father came in and he did not scream; he just sat on the floor and did not speak for an hour."

Um Ahmed, whose house faces the street, said she had called her sons inside only minutes before.

"I heard the first whistle and shouted at them to come in, and they came. The neighbour's children did not hear me. Every mother in this street is asking God why her children were spared and the others were not."

The local authority in Taiz blamed the Houthis, who have besieged parts of the city for more than two years, and the movement did not comment.

On Tuesday morning, a sniper positioned in the hills held by the Houthis shot dead a woman as she walked to fetch water in the al-Dhabab area, on the city's western edge, her relatives said.

Government forces and the Houthis have fought for control of Taiz, Yemen's third-largest city, since 2015, and the front lines run through its residential districts.

Aid groups say that hospitals in the city are short of fuel, oxygen and blood supplies.

Photo caption: A boy looks at the crater left by a mortar shell in al-Rawdha, Taiz, on Tuesday.
""", [
    E("Mortar shells fired from Houthi positions hit al-Rawdha, Taiz, killing four civilians including two children and wounding nine.",
      "2017-11-06", "'on Monday evening', report Wednesday 8 November 2017", "al-Rawdha", "Taiz", "YE", "explosion",
      "Houthis", "civilians", 4, None, 9, None,
      "Four civilians, two of them children, were killed and nine wounded on Monday evening when mortar shells fired from Houthi positions east of the city landed in the al-Rawdha neighbourhood of Taiz, medics and residents said."),
    E("A sniper in Houthi-held hills shot dead a woman fetching water in al-Dhabab.",
      "2017-11-07", "'On Tuesday morning', report Wednesday 8 November 2017", "al-Dhabab", "Taiz", "YE", "attack_on_civilians",
      "Houthis", "civilians", 1, None, None, None,
      "On Tuesday morning, a sniper positioned in the hills held by the Houthis shot dead a woman as she walked to fetch water in the al-Dhabab area, on the city's western edge, her relatives said.",
      note="sniper killing a civilian: attack_on_civilians"),
])

# ---- Yemen: NGO statement, drone strike near health centre in Abs; shelling of Marib camp
D("b10-35", "2021-02-17", "https://www.example-medical-relief-yemen.org/press/2021-02-17", "Medical Relief Yemen (statement)", "ngo", """
Medical Relief Yemen condemns strike near health centre in Abs and shelling of displacement camp in Marib

Aden / Amman, 17 February 2021

Medical Relief Yemen (MRY) is appalled by two incidents in recent days that have killed and injured civilians, including one of our own colleagues.

On Monday 15 February, an unmanned aerial vehicle struck a car parked about 50 metres from the health centre we support in Abs district, Hajjah governorate.

Three civilians were killed, among them a nurse working at the centre, and five others were wounded, including two patients who were waiting outside.

We do not know who carried out the strike, and no party has acknowledged it.

"Our colleague had just finished a night shift; he was on his way home to his children," said MRY's country director, Dr Samira Bawazir.

On Sunday, shells landed in the al-Suwayda displacement camp, west of Marib city, injuring seven people, three of them children.

The camp hosts families who have fled the fighting that has moved closer to the city over the past week.

MRY's mobile team treated the injured and referred two of them to Marib's general hospital.

We call on all parties to the conflict to respect international humanitarian law, which protects health facilities, health workers and people who have been forced from their homes.

More than 1 million displaced people are sheltering in Marib governorate, many of them in overcrowded camps with little access to water and health care.

MRY supports 14 health facilities in Hajjah, Marib and Taiz governorates.
""", [
    E("A drone struck a car near an MRY-supported health centre in Abs, Hajjah: three civilians killed (including a nurse), five wounded.",
      "2021-02-15", "'On Monday 15 February' in the statement of 17 February 2021", "Abs", "Hajjah", "YE", "explosion",
      "unknown", "civilians", 3, None, 5, None,
      "On Monday 15 February, an unmanned aerial vehicle struck a car parked about 50 metres from the health centre we support in Abs district, Hajjah governorate. [...] Three civilians were killed, among them a nurse working at the centre, and five others were wounded, including two patients who were waiting outside. [...] We do not know who carried out the strike, and no party has acknowledged it."),
    E("Shells landed in the al-Suwayda displacement camp west of Marib city, injuring seven including three children.",
      "2021-02-14", "'On Sunday' before the statement of Wednesday 17 February 2021", "al-Suwayda camp", "Marib", "YE", "explosion",
      "unknown", "civilians", None, None, 7, None,
      "On Sunday, shells landed in the al-Suwayda displacement camp, west of Marib city, injuring seven people, three of them children.",
      note="no side named; killed not stated"),
], [
    {"what": "displaced", "value": 1000000, "place": "Marib governorate", "evidence": "More than 1 million displaced people are sheltering in Marib governorate, many of them in overcrowded camps with little access to water and health care."},
])
# ---- Nigeria: Borno local, 2015, twin suicide bombing "yesterday", wounded die later, + Saturday clash
D("b10-36", "2015-12-01", "https://www.example-borno-herald.com/2015/12/01/konduga-market-bombers", "Borno Herald", "local", """
Konduga: two female bombers strike cattle market, 11 dead

MAIDUGURI, Tuesday, 1 December 2015 - Two female suicide bombers blew themselves up at the crowded cattle market in Konduga, about 35 km south-east of Maiduguri, yesterday afternoon, killing seven traders besides themselves.

Twenty-four people were injured and taken to the State Specialist Hospital in Maiduguri, where two of them died overnight, a nurse at the hospital told the Borno Herald, bringing the toll to eleven including the bombers.

A leader of the Civilian JTF in Konduga, Bulama Kachalla Modu, said the girls, who looked no older than sixteen, had walked in from the direction of the Sambisa road.

"Our boys stopped the first one at the gate of the market, but she pressed the thing before they could search her, and the second one ran inside to where the cows were tied and exploded there," he said.

"We gathered pieces of people in sacks. Some of the traders came from as far as Cameroon and their families do not even know yet."

No group has claimed responsibility, but the military blamed Boko Haram, which has used young women and girls as bombers in markets and mosques across the state this year.

The market was reopened only in October after the army cleared surrounding villages of insurgents.

On Saturday, soldiers repelled an attack on Kawuri, a village near Konduga, killing five insurgents who came on motorcycles, according to a military source.

Borno State Governor's office said the government would pay the hospital bills of the injured.

More than 2.1 million people have fled their homes in the north-east since the insurgency began, according to the International Organization for Migration.
""", [
    E("Two female suicide bombers blew themselves up at the Konduga cattle market, killing seven traders; two of 24 injured died in hospital; 11 dead including the bombers.",
      "2015-11-30", "'yesterday afternoon' against the dateline of 1 December 2015: Monday 30 November", "Konduga", "Borno", "NG", "explosion",
      "Boko Haram", "civilians", 11, None, 22, None,
      "Two female suicide bombers blew themselves up at the crowded cattle market in Konduga, about 35 km south-east of Maiduguri, yesterday afternoon, killing seven traders besides themselves. [...] Twenty-four people were injured and taken to the State Specialist Hospital in Maiduguri, where two of them died overnight, a nurse at the hospital told the Borno Herald, bringing the toll to eleven including the bombers. [...] No group has claimed responsibility, but the military blamed Boko Haram, which has used young women and girls as bombers in markets and mosques across the state this year.",
      note="killed = 7 traders + 2 bombers + 2 who died in hospital = 11 (stated); wounded 24 - 2 who died = 22; unclaimed, military blame not disputed -> Boko Haram"),
    E("Soldiers repelled an insurgent attack on Kawuri near Konduga, killing five insurgents.",
      "2015-11-28", "'On Saturday' before the Tuesday 1 December 2015 dateline", "Kawuri", "Borno", "NG", "battle",
      "Boko Haram", "Nigerian security forces", 5, None, None, None,
      "On Saturday, soldiers repelled an attack on Kawuri, a village near Konduga, killing five insurgents who came on motorcycles, according to a military source.",
      note="insurgents in Borno 2015 taken as Boko Haram (the report's only group)"),
], [
    {"what": "displaced", "value": 2100000, "place": "north-east Nigeria", "evidence": "More than 2.1 million people have fled their homes in the north-east since the insurgency began, according to the International Organization for Migration."},
])


if __name__ == "__main__":
    main()
