#!/usr/bin/env python3
"""probe-blind30: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: Ukraine and Russia 2014-2024 (Donbas shelling, missile and drone strikes on cities,
cross-border attacks on Belgorod, Bryansk and Kursk, front-line villages taken, partisans and
sabotage), Israel, Gaza, the West Bank and Lebanon 2006-2024 (air strikes, rockets, raids, settler
violence, Hezbollah fire) and the Caucasus (Nagorno-Karabakh 2016, 2020, 2023; the Armenia-
Azerbaijan border 2022), as wire copy, local dailies, ministries of defence, regional governors,
emergency services, health ministries, armed groups' channels and monitors tell them.

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
        r["country_hint"] = country_hint  # theme region of a report without events; not written out
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
# b30-01 .. b30-09  (Ukraine and Russia)
# ---------------------------------------------------------------------------

report("b30-01", "2014-07-25", "https://www.example-dniprowire.com/ukraine/2014/07/25/lysychansk-retaken-donetsk-shelled",
"""
Ukrainian troops enter Lysychansk as shells hit Donetsk suburb

KIEV, July 25 (Dnipro Wire) - Ukrainian government forces have driven pro-Russian rebels out of Lysychansk, a refinery town in the Luhansk region, the military said on Thursday, the latest in a string of towns the army has recovered since the separatists abandoned their stronghold of Sloviansk this month.

"The national flag is flying over the city council building," a spokesman for what Kiev calls its "anti-terrorist operation" told reporters, adding that paratroopers and National Guard units were still clearing the last streets of mines and tripwires. He did not say when the troops had entered the town.

In Donetsk, the largest city held by the rebels, artillery shells struck a row of private houses in the Petrovsky district on Thursday morning, killing three civilians, the city council said on its website. Rebel leaders accused the army of shelling residential areas. The military denied firing on the city at all and said the separatists were staging provocations to turn residents against Kiev.

Separately, a column of border guards and soldiers came under fire from Grad rockets and heavy machine guns near Shakhtarsk late on Wednesday. Four servicemen were killed and 11 wounded, the press centre of the operation said on Thursday, blaming "terrorists of the so-called Donetsk People's Republic". The rebels made no comment.

The fighting has emptied whole neighbourhoods. The United Nations says at least 1,129 people have been killed in eastern Ukraine since mid-April, and about 100,000 have fled their homes for other parts of the country. Tens of thousands more have crossed into Russia.

Kiev and Western governments accuse Moscow of arming the separatists and letting fighters and heavy weapons cross the border, a charge the Kremlin denies. European Union governments were due to discuss new sanctions on Russia later on Friday.
""",
events=[
    ev("Ukrainian forces drove pro-Russian rebels out of Lysychansk and raised the national flag over the city council; the day of entry was not given.",
       None, "the military ‘said on Thursday’ (Thursday 2014-07-24); the spokesman ‘did not say when the troops had entered the town’",
       "Lysychansk", "Luhansk", "UA", "territory_gain", "Ukrainian forces", "pro-Russian separatists",
       None, None, None, None,
       "Ukrainian government forces have driven pro-Russian rebels out of Lysychansk, a refinery town in the Luhansk region, the military said on Thursday [...] He did not say when the troops had entered the town."),
    ev("Artillery shells struck private houses in Donetsk's Petrovsky district, killing three civilians; the rebels blamed the army, which denied firing on the city.",
       "2014-07-24", "‘on Thursday morning’ before the Friday 2014-07-25 dateline: Thursday 2014-07-24",
       "Petrovsky district, Donetsk", "Donetsk", "UA", "explosion", "unknown", "civilians",
       3, None, None, None,
       "In Donetsk, the largest city held by the rebels, artillery shells struck a row of private houses in the Petrovsky district on Thursday morning, killing three civilians, the city council said on its website. Rebel leaders accused the army of shelling residential areas. The military denied firing on the city at all",
       note="blamed on the army, denied by it: unknown"),
    ev("A column of Ukrainian border guards and soldiers was hit by Grad rockets and machine-gun fire near Shakhtarsk; four servicemen were killed and 11 wounded.",
       "2014-07-23", "‘late on Wednesday’ before the Friday 2014-07-25 dateline: Wednesday 2014-07-23",
       "near Shakhtarsk", "Donetsk", "UA", "battle", "Donetsk People's Republic", "Ukrainian forces",
       4, None, 11, None,
       '''Separately, a column of border guards and soldiers came under fire from Grad rockets and heavy machine guns near Shakhtarsk late on Wednesday. Four servicemen were killed and 11 wounded, the press centre of the operation said on Thursday, blaming "terrorists of the so-called Donetsk People's Republic".''',
       note="blamed on the DPR, no denial; an ambush with rockets and machine guns is a battle"),
],
figures=[
    fig("killed", 1129, "eastern Ukraine",
        "The United Nations says at least 1,129 people have been killed in eastern Ukraine since mid-April"),
    fig("displaced", 100000, "eastern Ukraine",
        "about 100,000 have fled their homes for other parts of the country"),
])

report("b30-02", "2017-01-31", "https://www.example-frontlinebrief.com/news/2017-01-31/avdiivka-two-soldiers-killed",
"""
Two Ukrainian soldiers killed as fighting flares at Avdiivka
Updated 31 January 2017, 09:40 GMT

Two Ukrainian soldiers were killed and five wounded when separatist forces shelled army positions near Avdiivka on Monday, Ukraine's military said.

The army's press service said the bombardment, with 122mm artillery banned under the Minsk agreements, began before dawn and lasted several hours. There was no immediate comment from the separatists.

Officials said about 17,000 residents of Avdiivka were without electricity or heating in temperatures of minus 18C after power lines were cut.
""",
events=[
    ev("Separatist forces shelled Ukrainian army positions near Avdiivka, killing two soldiers and wounding five.",
       "2017-01-30", "‘on Monday’ before the Tuesday 2017-01-31 publication date: Monday 2017-01-30",
       "near Avdiivka", "Donetsk", "UA", "explosion", "pro-Russian separatists", "Ukrainian forces",
       2, None, 5, None,
       "Two Ukrainian soldiers were killed and five wounded when separatist forces shelled army positions near Avdiivka on Monday, Ukraine's military said.",
       note="'separatist forces' not named further"),
],
figures=[
    fig("other", 17000, "Avdiivka",
        "Officials said about 17,000 residents of Avdiivka were without electricity or heating",
        note="residents without power or heating"),
])

report("b30-03", "2022-11-24", "https://www.example-continentalpress.com/europe/2022/11/24/russia-missiles-kyiv-vyshhorod-blackout",
"""
Russian missiles kill at least 10, plunge Ukraine into darkness

KYIV, Nov. 24 (Continental Press) — Russia pounded Ukraine's cities and power grid with another wave of cruise missiles and drones on Wednesday, killing at least 10 people and leaving millions of households without electricity, water or heating as the first snow settled on the capital.

The worst single hit came in Vyshhorod, a town on the Dnipro river just north of Kyiv, where a missile tore through a three-storey apartment building shortly after 2 p.m. The regional governor initially said four people had been killed. By evening, as rescuers working under floodlights pulled two more bodies from the rubble, the toll had risen to six. Thirty people were wounded, among them a 12-year-old girl, he said.

In the capital itself, a missile hit a two-storey residential building in the Holosiivskyi district, killing three people and wounding 15, the city's mayor said on the Telegram messaging app. Firefighters were seen carrying an elderly woman out on a stretcher through the smoke.

"We heard the whistle and then the windows came in," said a 57-year-old neighbour who gave only her first name, Oksana. "My husband was under the table. Everyone was screaming."

In the west, two missiles struck an electricity substation outside Lviv, the regional governor said, cutting power to the whole city. There were no casualties, he said, because workers had gone down to the shelter when the sirens sounded.

In the south, Russian artillery kept up its shelling of Kherson, recaptured by Ukrainian troops on November 11. One man was killed and a woman was wounded when shells hit the Korabel district on Wednesday, the regional administration said.

Ukraine's air force said its air defences had shot down 51 of about 70 cruise missiles fired from ships and aircraft, and five of the Iranian-made Shahed drones launched alongside them.

Russia's defence ministry said its forces had carried out a "massive strike with high-precision weapons" on Ukraine's military command and the energy facilities linked to it, and that "all designated targets were hit". It made no mention of civilian casualties.

It was the eighth mass attack on Ukraine's energy system since October 10. The government says roughly half of the country's power infrastructure has now been damaged, and the national grid operator warned of scheduled blackouts of up to 16 hours a day well into December. In Kyiv, the mayor said about 70 percent of the city was without power on Wednesday night, and water pumping stations had stopped across the city's left bank.

The strikes also forced all three nuclear power plants still under Ukrainian control to disconnect from the grid as a precaution, the energy ministry said. They were expected to reconnect on Thursday.

Wednesday's barrage followed an attack on Thursday last week, when a missile slammed into an industrial plant in Dnipro, wounding 14 people, local officials said. Other missiles that day hit gas production facilities in the east.

For many in the capital, the war has settled into a grim routine. Cafes run on generators, shop assistants count change by the light of their phones, and "invincibility points", heated tents set up by the authorities where people can charge phones and drink tea, have opened in schools and administrative buildings.

The United Nations refugee agency says more than 7.8 million Ukrainians have been recorded as refugees across Europe since Russia's full-scale invasion began on February 24, and about 6.5 million people are displaced inside the country. Aid agencies fear a new exodus if homes cannot be heated through the winter.

Western officials say Moscow is trying to break Ukrainians' will after a series of battlefield setbacks, including the loss of Kherson. European Union lawmakers on Wednesday voted to declare Russia a state sponsor of terrorism, a largely symbolic step that Moscow dismissed.

Ukraine's president, speaking by video to the U.N. Security Council late on Wednesday, called the strikes a crime against humanity. Russia's envoy said the West was prolonging the war by sending arms to Kyiv.
""",
events=[
    ev("A Russian missile hit a three-storey apartment building in Vyshhorod, north of Kyiv; the toll rose from four to six killed as bodies were recovered, with 30 wounded.",
       "2022-11-23", "‘on Wednesday’ before the Thursday 2022-11-24 dateline: Wednesday 2022-11-23",
       "Vyshhorod", "Kyiv", "UA", "explosion", "Russian forces", "civilians",
       6, None, 30, None,
       "The worst single hit came in Vyshhorod, a town on the Dnipro river just north of Kyiv, where a missile tore through a three-storey apartment building shortly after 2 p.m. The regional governor initially said four people had been killed. By evening, as rescuers working under floodlights pulled two more bodies from the rubble, the toll had risen to six. Thirty people were wounded",
       note="first toll of four revised to six as bodies were recovered: the revision stands"),
    ev("A Russian missile hit a two-storey residential building in Kyiv's Holosiivskyi district, killing three people and wounding 15.",
       "2022-11-23", "same barrage, ‘on Wednesday’ before the Thursday 2022-11-24 dateline: Wednesday 2022-11-23",
       "Holosiivskyi district, Kyiv", "Kyiv City", "UA", "explosion", "Russian forces", "civilians",
       3, None, 15, None,
       "In the capital itself, a missile hit a two-storey residential building in the Holosiivskyi district, killing three people and wounding 15, the city's mayor said on the Telegram messaging app."),
    ev("Two missiles struck an electricity substation outside Lviv, cutting power to the city; there were no casualties.",
       "2022-11-23", "same barrage, ‘on Wednesday’ before the Thursday 2022-11-24 dateline: Wednesday 2022-11-23",
       "substation outside Lviv", "Lviv", "UA", "explosion", "Russian forces", "none",
       0, None, 0, None,
       "In the west, two missiles struck an electricity substation outside Lviv, the regional governor said, cutting power to the whole city. There were no casualties, he said"),
    ev("Russian shells hit Kherson's Korabel district, killing a man and wounding a woman.",
       "2022-11-23", "‘on Wednesday’ before the Thursday 2022-11-24 dateline: Wednesday 2022-11-23",
       "Korabel district, Kherson", "Kherson", "UA", "explosion", "Russian forces", "civilians",
       1, None, 1, None,
       "In the south, Russian artillery kept up its shelling of Kherson, recaptured by Ukrainian troops on November 11. One man was killed and a woman was wounded when shells hit the Korabel district on Wednesday, the regional administration said."),
    ev("A missile hit an industrial plant in Dnipro during the previous week's Russian strikes, wounding 14 people.",
       "2022-11-17", "‘on Thursday last week’ before the Thursday 2022-11-24 dateline: Thursday 2022-11-17",
       "industrial plant in Dnipro", "Dnipropetrovsk", "UA", "explosion", "Russian forces", "civilians",
       None, None, 14, None,
       "Wednesday's barrage followed an attack on Thursday last week, when a missile slammed into an industrial plant in Dnipro, wounding 14 people, local officials said.",
       note="part of the Russian strike campaign the report describes"),
],
figures=[
    fig("killed", 10, "Ukraine",
        "killing at least 10 people and leaving millions of households without electricity",
        note="headline total of Wednesday's strikes = 6 + 3 + 1"),
    fig("other", 51, "Ukraine",
        "Ukraine's air force said its air defences had shot down 51 of about 70 cruise missiles",
        note="cruise missiles shot down"),
    fig("other", 70, "Ukraine",
        "shot down 51 of about 70 cruise missiles fired from ships and aircraft",
        note="cruise missiles fired"),
    fig("other", 5, "Ukraine",
        "five of the Iranian-made Shahed drones launched alongside them", note="drones shot down"),
    fig("other", 70, "Kyiv",
        "the mayor said about 70 percent of the city was without power on Wednesday night",
        note="percent of Kyiv without power"),
    fig("displaced", 7800000, "Europe",
        "more than 7.8 million Ukrainians have been recorded as refugees across Europe",
        note="refugees abroad"),
    fig("displaced", 6500000, "Ukraine",
        "about 6.5 million people are displaced inside the country"),
])

report("b30-04", "2023-05-23", "https://www.example-nordreport.com/russia/2023/05/23/belgorod-raid-graivoron",
"""
Russia says it routed raiders in Belgorod region; anti-Kremlin fighters claim attack

BELGOROD (Nord Report) — Russia's defence ministry said on Tuesday that its forces had routed a "Ukrainian nationalist formation" that crossed into the Belgorod region a day earlier, and that the remnants had been pushed back across the border.

The ministry said more than 70 attackers had been killed and four armoured vehicles and five pickup trucks destroyed, using artillery, air strikes and "operational-tactical aviation". It published no evidence.

Two groups of Russian citizens who fight on Ukraine's side, the Freedom of Russia Legion and the Russian Volunteer Corps, said they had carried out the cross-border raid. The Legion said on its Telegram channel on Monday that its fighters had "completely liberated" the border village of Kozinka and that its advance units had reached the outskirts of Graivoron, the district centre. Video posted by the groups showed armed men walking past a burned-out Russian border post.

Kyiv said it had nothing to do with the raid, calling it "an internal Russian crisis".

The region's governor said a woman had been killed in the village of Glotovo on Monday when a drone dropped an explosive on the yard of her house, and two of her neighbours were wounded. He blamed the Ukrainian armed forces. In all, 12 people had been wounded across the Graivoron district since Monday morning, he said, and about 1,200 residents had been taken to temporary shelters in Belgorod and other towns.

Authorities declared a "counter-terrorist operation" regime across the region on Monday, allowing them to restrict movement and communications. It was lifted on Tuesday afternoon.

The raid was the most serious of several armed incursions into Russia from Ukraine since the full-scale invasion began last year. A similar but smaller group crossed into the neighbouring Bryansk region in March.
""",
events=[
    ev("The Freedom of Russia Legion and the Russian Volunteer Corps crossed from Ukraine into the Belgorod region and fought Russian forces at the border village of Kozinka, which the Legion said it had liberated; Russia said the raiders were routed.",
       "2023-05-22", "the formation crossed ‘a day earlier’ than the statement of Tuesday 2023-05-23; the Legion said ‘on Monday’ it had liberated Kozinka: Monday 2023-05-22",
       "Kozinka", "Belgorod", "RU", "battle", "Freedom of Russia Legion", "Russian forces",
       None, None, None, None,
       '''Russia's defence ministry said on Tuesday that its forces had routed a "Ukrainian nationalist formation" that crossed into the Belgorod region a day earlier [...] The Legion said on its Telegram channel on Monday that its fighters had "completely liberated" the border village of Kozinka''',
       note="with the Russian Volunteer Corps; the ministry's claim of more than 70 attackers killed is not used; the capture is disputed, so the event is a battle"),
    ev("A drone dropped an explosive on the yard of a house in Glotovo, killing a woman and wounding two neighbours; the governor blamed the Ukrainian armed forces.",
       "2023-05-22", "‘on Monday’ in a report dated Tuesday 2023-05-23: Monday 2023-05-22",
       "Glotovo", "Belgorod", "RU", "explosion", "Ukrainian forces", "civilians",
       1, None, 2, None,
       "The region's governor said a woman had been killed in the village of Glotovo on Monday when a drone dropped an explosive on the yard of her house, and two of her neighbours were wounded. He blamed the Ukrainian armed forces.",
       note="blamed by the governor, no denial of this strike"),
],
figures=[
    fig("killed", 70, "Belgorod region",
        "The ministry said more than 70 attackers had been killed",
        note="the Russian ministry's claim of enemy dead, not used as a toll"),
    fig("wounded", 12, "Graivoron district",
        "In all, 12 people had been wounded across the Graivoron district since Monday morning"),
    fig("displaced", 1200, "Graivoron district",
        "about 1,200 residents had been taken to temporary shelters in Belgorod and other towns"),
])

report("b30-05", "2024-08-16", "https://www.example-meridiannews.com/world/2024/08/16/ukraine-sudzha-control",
"""
Ukraine says it controls Russian town of Sudzha

KYIV, August 16 (Meridian News) - Ukraine's top commander said on Thursday that his forces had taken full control of Sudzha, a town of about 5,000 people in Russia's Kursk region, ten days after they crossed the border.

Russia's defence ministry did not mention Sudzha. It said its troops had repelled attacks by Ukrainian units near Korenevo and Malaya Loknya.

Russian officials say more than 120,000 residents of the region have been evacuated.
""",
events=[
    ev("Ukraine's top commander said Ukrainian forces had taken full control of the Russian town of Sudzha in the Kursk region.",
       None, "the commander ‘said on Thursday’ (Thursday 2024-08-15); the day of the capture is not given",
       "Sudzha", "Kursk", "RU", "territory_gain", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "Ukraine's top commander said on Thursday that his forces had taken full control of Sudzha, a town of about 5,000 people in Russia's Kursk region"),
    ev("Russian troops repelled attacks by Ukrainian units near Korenevo, according to Russia's defence ministry.",
       None, "no day given for the fighting; report dated Friday 2024-08-16",
       "near Korenevo", "Kursk", "RU", "battle", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "It said its troops had repelled attacks by Ukrainian units near Korenevo and Malaya Loknya.",
       note="split from one sentence naming two places"),
    ev("Russian troops repelled attacks by Ukrainian units near Malaya Loknya, according to Russia's defence ministry.",
       None, "no day given for the fighting; report dated Friday 2024-08-16",
       "near Malaya Loknya", "Kursk", "RU", "battle", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "It said its troops had repelled attacks by Ukrainian units near Korenevo and Malaya Loknya.",
       note="split from one sentence naming two places"),
],
figures=[
    fig("displaced", 120000, "Kursk region",
        "Russian officials say more than 120,000 residents of the region have been evacuated."),
])

report("b30-06", "2019-03-12", "https://www.example-eemonitor.com/analysis/2019/03/12/osce-donbas-ceasefire-violations",
"""
Monitors count 1,600 truce breaches in a week as Donbas "spring truce" frays

KYIV, 12 March 2019 (Eastern Europe Monitor) — International monitors recorded about 1,600 ceasefire violations in eastern Ukraine in the past week, including some 430 explosions, the Organization for Security and Co-operation in Europe said on Tuesday, as a truce agreed for the start of the sowing season appeared to be coming apart.

The OSCE's Special Monitoring Mission said most of the violations were recorded around Avdiivka, Horlivka and Svitlodarsk in the Donetsk region and near Zolote and Popasna in Luhansk region, where trenches of the two sides run within a few hundred metres of each other in places.

The mission said it had corroborated 21 civilian casualties since the start of the year, five of them fatal and 16 injuries, mostly from shelling, small-arms fire and mines. Its monitors, who patrol from both sides of the contact line, have repeatedly reported their drones being jammed and their patrols being stopped at checkpoints.

"The numbers go up and down, but the pattern doesn't change," said a monitor based in Kramatorsk, who asked not to be named because he was not authorised to speak to the media. "Every time a ceasefire is announced, there are a few quiet days, and then the heavy weapons come back."

The United Nations human rights office estimates that more than 3,000 civilians have been killed since the conflict began in April 2014, out of a total toll of about 13,000 including soldiers and fighters on both sides.

Ukraine's social policy ministry has registered about 1.4 million internally displaced people from Donbas and Crimea, though aid groups say many of them have since returned or live mostly in the non-government-controlled areas and register only to keep their pensions.

At the Stanytsia Luhanska crossing point, the only one open in Luhansk region, about 12,000 people cross a broken bridge on foot every day, many of them pensioners.

The truce, the latest of more than a dozen declared since the Minsk agreements were signed in 2015, comes less than three weeks before a presidential election on March 31 in which the war is a central issue.
""",
figures=[
    fig("other", 1600, "eastern Ukraine",
        "International monitors recorded about 1,600 ceasefire violations in eastern Ukraine in the past week",
        note="ceasefire violations in a week"),
    fig("other", 430, "eastern Ukraine",
        "including some 430 explosions", note="explosions in a week"),
    fig("killed", 5, "eastern Ukraine",
        "it had corroborated 21 civilian casualties since the start of the year, five of them fatal and 16 injuries",
        note="civilians killed since 1 January"),
    fig("wounded", 16, "eastern Ukraine",
        "it had corroborated 21 civilian casualties since the start of the year, five of them fatal and 16 injuries",
        note="civilians injured since 1 January"),
    fig("killed", 3000, "eastern Ukraine",
        "more than 3,000 civilians have been killed since the conflict began in April 2014"),
    fig("killed", 13000, "eastern Ukraine",
        "out of a total toll of about 13,000 including soldiers and fighters on both sides"),
    fig("displaced", 1400000, "Ukraine",
        "Ukraine's social policy ministry has registered about 1.4 million internally displaced people from Donbas and Crimea"),
    fig("other", 12000, "Stanytsia Luhanska",
        "about 12,000 people cross a broken bridge on foot every day", note="daily crossings"),
],
country_hint="UA-RU")

report("b30-07", "2024-06-25", "https://www.example-blacksea-herald.com/odesa/2024/06/25/port-strike-kherson-bus",
"""
Missile hits Odesa port area, drone attack on Kherson bus kills driver

By a staff correspondent in Odesa

Russian forces struck port infrastructure in Odesa on Monday evening with an Iskander-M ballistic missile carrying a cluster warhead, wounding six port workers, two of them seriously, the regional governor said.

Shrapnel shattered the windows of a grain terminal's administrative building and set a warehouse on fire, he said in a video address, standing in front of the charred building. Russia's defence ministry said it had hit "a warehouse storing weapons supplied by Western countries" in the port.

Overnight, Russia launched 11 Shahed attack drones at the Odesa and Mykolaiv regions, and all of them were shot down, Ukraine's air force said.

In Kherson, on the right bank of the Dnipro, a Russian drone dropped an explosive on a municipal bus in the Dniprovskyi district on Tuesday morning, killing the driver and wounding three passengers, the regional military administration said. The administration urged residents of riverside neighbourhoods to avoid public transport during the morning rush hour, when drone attacks have become frequent.

Russian troops across the river have shelled Kherson and the villages along the bank almost daily since they withdrew from the city in November 2022. On Sunday, artillery fire killed a 68-year-old woman in her garden in Beryslav, upstream, officials said.

More than 80 civilians have been killed in Kherson region since the start of the year, according to the administration, and about 170 have been wounded by drones alone.

Odesa's ports, which handle most of Ukraine's grain exports, have been repeatedly targeted since Russia pulled out of a U.N.-brokered shipping deal last July. Ukraine has since opened its own corridor along the coast, and shipping officials say more than 40 million tonnes of cargo have left through it.
""",
events=[
    ev("A Russian Iskander-M missile with a cluster warhead struck Odesa port infrastructure, wounding six port workers; Russia said it hit a weapons warehouse.",
       "2024-06-24", "‘on Monday evening’ before the Tuesday 2024-06-25 publication date: Monday 2024-06-24",
       "Odesa port", "Odesa", "UA", "explosion", "Russian forces", "civilians",
       None, None, 6, None,
       "Russian forces struck port infrastructure in Odesa on Monday evening with an Iskander-M ballistic missile carrying a cluster warhead, wounding six port workers, two of them seriously, the regional governor said."),
    ev("A Russian drone dropped an explosive on a municipal bus in Kherson's Dniprovskyi district, killing the driver and wounding three passengers.",
       "2024-06-25", "‘on Tuesday morning’, the day of the Tuesday 2024-06-25 publication",
       "Dniprovskyi district, Kherson", "Kherson", "UA", "explosion", "Russian forces", "civilians",
       1, None, 3, None,
       "In Kherson, on the right bank of the Dnipro, a Russian drone dropped an explosive on a municipal bus in the Dniprovskyi district on Tuesday morning, killing the driver and wounding three passengers, the regional military administration said."),
    ev("Artillery fire killed a 68-year-old woman in her garden in Beryslav.",
       "2024-06-23", "‘On Sunday’ before the Tuesday 2024-06-25 publication date: Sunday 2024-06-23",
       "Beryslav", "Kherson", "UA", "explosion", "Russian forces", "civilians",
       1, None, None, None,
       "Russian troops across the river have shelled Kherson and the villages along the bank almost daily since they withdrew from the city in November 2022. On Sunday, artillery fire killed a 68-year-old woman in her garden in Beryslav, upstream, officials said.",
       note="the doer is named in the sentence before"),
],
figures=[
    fig("other", 11, "Odesa and Mykolaiv regions",
        "Overnight, Russia launched 11 Shahed attack drones at the Odesa and Mykolaiv regions, and all of them were shot down",
        note="drones launched and shot down"),
    fig("killed", 80, "Kherson region",
        "More than 80 civilians have been killed in Kherson region since the start of the year"),
    fig("wounded", 170, "Kherson region",
        "about 170 have been wounded by drones alone"),
    fig("other", 40000000, "Odesa",
        "more than 40 million tonnes of cargo have left through it", note="tonnes of cargo"),
])

report("b30-08", "2022-11-08", "https://www.example-southerncourier.com/zaporizhzhia/2022/11/08/melitopol-car-bomb-official",
"""
Car bomb kills Moscow-installed official in occupied Melitopol

ZAPORIZHZHIA, November 8 (Southern Courier) - A car bomb killed an official of the Russian-installed administration in occupied Melitopol on Monday morning, Ukraine's military intelligence said, the latest in a series of attacks on people working with the occupation authorities in the south.

The man, who headed the transport department of the Moscow-appointed city administration, died when an explosive device planted under his car went off outside his apartment block as he set off for work, the intelligence directorate said. A passer-by was wounded by flying glass.

The Russian-installed authorities in the region called the killing "a terrorist act by the Kyiv regime". A channel on the Telegram messaging app that speaks for local partisans claimed responsibility, saying the official had "helped the occupiers deport our children" and warning that "others are next".

Ukrainian officials welcomed the killing but did not claim it.

On Saturday night, a railway bridge near the village of Kostiantynivka, on the line between Melitopol and Tokmak that Russian forces use to move fuel and ammunition towards the front, was blown up, Melitopol's exiled mayor said. He said partisans had carried out the sabotage and that trains could not pass. Russian officials did not comment.

In Crimea, Russia's Federal Security Service (FSB) said on Tuesday it had detained three local residents in Sevastopol and Dzhankoi suspected of passing the coordinates of Russian air defence positions to Ukrainian intelligence. It said the men faced charges of high treason.

Ukraine's military intelligence says more than 100 Russian officers and collaborators have been killed by the resistance in occupied areas since the invasion began in February, a figure that cannot be verified.

Melitopol, a city of about 150,000 before the war, was captured by Russian troops in the first days of the invasion and is the main logistics hub for Russian forces in the Zaporizhzhia region.
""",
events=[
    ev("A car bomb killed the head of the transport department of the Russian-installed Melitopol administration outside his home and wounded a passer-by; a partisan channel claimed it.",
       "2022-11-07", "‘on Monday morning’ before the Tuesday 2022-11-08 dateline: Monday 2022-11-07",
       "Melitopol", "Zaporizhzhia", "UA", "explosion", "Ukrainian partisans", "Russian occupation authorities",
       1, None, 1, None,
       "A car bomb killed an official of the Russian-installed administration in occupied Melitopol on Monday morning, Ukraine's military intelligence said [...] The man, who headed the transport department of the Moscow-appointed city administration, died when an explosive device planted under his car went off outside his apartment block as he set off for work, the intelligence directorate said. A passer-by was wounded by flying glass. [...] A channel on the Telegram messaging app that speaks for local partisans claimed responsibility",
       note="claimed by a partisan channel; a bomb assassination is an explosion"),
    ev("A railway bridge near Kostiantynivka on the Melitopol-Tokmak line used by Russian forces was blown up; the exiled mayor said partisans carried out the sabotage.",
       "2022-11-05", "‘On Saturday night’ before the Tuesday 2022-11-08 dateline: Saturday 2022-11-05",
       "railway bridge near Kostiantynivka", "Zaporizhzhia", "UA", "explosion", "Ukrainian partisans", "none",
       None, None, None, None,
       "On Saturday night, a railway bridge near the village of Kostiantynivka, on the line between Melitopol and Tokmak that Russian forces use to move fuel and ammunition towards the front, was blown up, Melitopol's exiled mayor said. He said partisans had carried out the sabotage and that trains could not pass.",
       note="sabotage with no human target; casualties not mentioned"),
    ev("The FSB detained three residents of Sevastopol and Dzhankoi suspected of passing Russian air defence positions to Ukrainian intelligence.",
       None, "the FSB ‘said on Tuesday it had detained’ (Tuesday 2022-11-08); the day of the detentions is not given",
       "Sevastopol and Dzhankoi", "Crimea", "UA", "arrest", "Russian security forces", "civilians",
       None, None, None, None,
       "In Crimea, Russia's Federal Security Service (FSB) said on Tuesday it had detained three local residents in Sevastopol and Dzhankoi suspected of passing the coordinates of Russian air defence positions to Ukrainian intelligence.",
       note="two places share one count of three", arrested=3),
],
figures=[
    fig("killed", 100, "occupied areas of Ukraine",
        "more than 100 Russian officers and collaborators have been killed by the resistance in occupied areas since the invasion began in February",
        note="unverified claim by Ukrainian military intelligence"),
    fig("other", 150000, "Melitopol",
        "Melitopol, a city of about 150,000 before the war", note="pre-war population"),
])

report("b30-09", "2024-02-18", "https://www.example-meridiannews.com/world/2024/02/18/avdiivka-falls-russia",
"""
Russia takes Avdiivka after Ukraine pulls out, its biggest gain since Bakhmut

MOSCOW/KYIV, Feb 18 (Meridian News) - Russian troops completed the capture of Avdiivka on Saturday, the defence ministry in Moscow said, hours after Ukraine's new army chief announced he was withdrawing his forces from the ruined industrial town to save them from encirclement.

The ministry said its forces had raised the Russian flag over the town's coke and chemical plant, the last major Ukrainian stronghold, and were "clearing the town of militants". The Kremlin leader congratulated the troops on "an important victory".

Ukraine's commander-in-chief said late on Friday that the troops were pulling back to positions further west "to preserve the lives and health of servicemen". The commander of the Tavria group of forces said on Saturday that the withdrawal was complete, but acknowledged that "some soldiers" had been captured in its final stage. He gave no figures.

The fall of Avdiivka, which Ukrainian troops had held since 2014 and turned into one of the most heavily fortified points on the front, gives Moscow its most significant battlefield gain since it took Bakhmut in May last year. It pushes the front line further from the city of Donetsk, which Russian-backed forces have controlled for almost a decade, and which Ukrainian artillery at Avdiivka could reach easily.

Russia's defence ministry claimed that Ukraine had lost more than 1,500 servicemen in the Avdiivka area in the last 24 hours alone. Ukraine's military, for its part, said Russia had lost as many as 47,000 soldiers killed and wounded around the town since it launched its offensive there in October. Neither side's figures could be verified.

A Ukrainian sergeant who left Avdiivka on Friday night said his unit had been holding positions with drones and small arms while Russian aircraft dropped glide bombs on the buildings around them. "They were dropping them on every house we could be in," he said in a telephone interview from a hospital in Pokrovsk. "Our artillery had almost nothing left to fire."

Ukraine's military says Russian aircraft dropped more than 250 guided bombs on the town in the past week. Fewer than 1,000 of Avdiivka's pre-war population of about 32,000 were still living in the town when the final assault began, according to local officials.

Kyiv has been rationing artillery ammunition for months as a $60 billion U.S. military aid package remains stalled in Congress. Ukraine's president, speaking at the Munich Security Conference on Saturday, said the "artificial deficit" of weapons was allowing Russia to advance.

Fighting went on elsewhere along the front. In Selydove, about 30 km west of Avdiivka, a Russian missile strike killed two people and wounded five on Friday, the Donetsk regional governor said. In the Russian-held city of Donetsk, the Moscow-installed mayor said Ukrainian shelling of the Kuibyshevskyi district had killed one man on Saturday.

Across the border, Belgorod was hit again. Rockets fired from a multiple-launch system struck the centre of the Russian city on Thursday afternoon, killing five people, including a child, and wounding 20, the regional governor said. One of the wounded, a woman, died in hospital on Friday. The governor blamed the Ukrainian armed forces, which did not comment. He said air defences had shot down 14 rockets over the region that day.

Belgorod, about 40 km from the border, has come under frequent fire since a Ukrainian attack on December 30 that killed more than 20 people in the city centre. Thousands of residents have left, and schools have moved to online classes.

Russia's gains at Avdiivka came as its forces also pressed attacks near Kupiansk in the north and Robotyne in the south, where Ukraine's summer counteroffensive made its only significant advance. The defence ministry said it had repelled 12 Ukrainian attacks in the Zaporizhzhia direction on Saturday.

Avdiivka's fall also sharpened the debate in Kyiv over a new mobilisation law, which would lower the conscription age and tighten the rules for registering with the army. Parliament has been amending the bill for weeks, and soldiers at the front complain that men who have fought since the first days of the invasion have had no rotation.

Military analysts said Russia had paid a heavy price for the town. Western officials estimate that Moscow has lost more men and armoured vehicles around Avdiivka since October than in any other sector of the front, and satellite images show fields south and north of the town littered with destroyed equipment.

"They traded lives for ruins," a Ukrainian officer said. "But ruins still move the map."

Before the full-scale invasion, Avdiivka's coke plant, one of the largest in Europe, employed about 4,000 people and heated much of the town. It had been shelled so often since 2014 that its workers kept mattresses in the basement. Most of them left in 2022.

The fighting around Avdiivka is expected to continue as Russian forces try to push west towards Pokrovsk, Ukrainian officers said, adding that new defensive lines were being dug.
""",
events=[
    ev("Russian troops completed the capture of Avdiivka after Ukrainian forces withdrew, raising the flag over the coke and chemical plant.",
       "2024-02-17", "‘on Saturday’ before the Sunday 2024-02-18 dateline: Saturday 2024-02-17",
       "Avdiivka", "Donetsk", "UA", "territory_gain", "Russian forces", "Ukrainian forces",
       None, None, None, None,
       "Russian troops completed the capture of Avdiivka on Saturday, the defence ministry in Moscow said, hours after Ukraine's new army chief announced he was withdrawing his forces from the ruined industrial town to save them from encirclement.",
       note="Russia's claim of 1,500 Ukrainian servicemen lost in 24 hours is not used; Ukraine's withdrawal is part of this event"),
    ev("A Russian missile strike on Selydove killed two people and wounded five.",
       "2024-02-16", "‘on Friday’ before the Sunday 2024-02-18 dateline: Friday 2024-02-16",
       "Selydove", "Donetsk", "UA", "explosion", "Russian forces", "civilians",
       2, None, 5, None,
       "In Selydove, about 30 km west of Avdiivka, a Russian missile strike killed two people and wounded five on Friday, the Donetsk regional governor said."),
    ev("Ukrainian shelling of the Kuibyshevskyi district of Russian-held Donetsk killed one man, according to the Moscow-installed mayor.",
       "2024-02-17", "‘on Saturday’ before the Sunday 2024-02-18 dateline: Saturday 2024-02-17",
       "Kuibyshevskyi district, Donetsk", "Donetsk", "UA", "explosion", "Ukrainian forces", "civilians",
       1, None, None, None,
       "In the Russian-held city of Donetsk, the Moscow-installed mayor said Ukrainian shelling of the Kuibyshevskyi district had killed one man on Saturday."),
    ev("Multiple-launch rockets struck central Belgorod, killing five people including a child and wounding 20; one of the wounded died the next day. The governor blamed the Ukrainian armed forces.",
       "2024-02-15", "‘on Thursday afternoon’ before the Sunday 2024-02-18 dateline: Thursday 2024-02-15",
       "centre of Belgorod", "Belgorod", "RU", "explosion", "Ukrainian forces", "civilians",
       6, None, 19, None,
       "Rockets fired from a multiple-launch system struck the centre of the Russian city on Thursday afternoon, killing five people, including a child, and wounding 20, the regional governor said. One of the wounded, a woman, died in hospital on Friday. The governor blamed the Ukrainian armed forces, which did not comment.",
       note="6 = 5 + 1 wounded who died; wounded 20 - 1 = 19; blamed, no denial"),
],
figures=[
    fig("killed", 1500, "Avdiivka",
        "Russia's defence ministry claimed that Ukraine had lost more than 1,500 servicemen in the Avdiivka area in the last 24 hours alone",
        note="claim of enemy losses, unverified"),
    fig("other", 47000, "Avdiivka",
        "Russia had lost as many as 47,000 soldiers killed and wounded around the town since it launched its offensive there in October",
        note="claimed enemy killed and wounded combined"),
    fig("other", 4000, "Avdiivka",
        "Avdiivka's coke plant, one of the largest in Europe, employed about 4,000 people", note="pre-war workforce of the coke plant"),
    fig("other", 250, "Avdiivka",
        "Russian aircraft dropped more than 250 guided bombs on the town in the past week", note="guided bombs in a week"),
    fig("civilians_trapped", 1000, "Avdiivka",
        "Fewer than 1,000 of Avdiivka's pre-war population of about 32,000 were still living in the town"),
    fig("other", 14, "Belgorod region",
        "He said air defences had shot down 14 rockets over the region that day.", note="rockets shot down"),
    fig("other", 12, "Zaporizhzhia direction",
        "The defence ministry said it had repelled 12 Ukrainian attacks in the Zaporizhzhia direction on Saturday.",
        note="attacks repelled, a daily aggregate without places"),
])

# ---------------------------------------------------------------------------
# b30-10 .. b30-18  (Ukraine and Russia; Lebanon 2006; Gaza 2009 and 2014)
# ---------------------------------------------------------------------------

report("b30-10", "2024-05-20", "https://www.example-continentalpress.com/europe/2024/05/20/kharkiv-glide-bombs-saltivskyi",
"""
Glide bombs kill four in Kharkiv; Russia claims village in north-east

KHARKIV, May 20 (Continental Press) — Two Russian guided aerial bombs struck the Saltivskyi district of Kharkiv on Sunday afternoon, killing three people and wounding 21, the regional governor said. A woman pulled from the rubble of a five-storey building died in hospital overnight, raising the death toll to four, he said on Monday.

Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border and has come under intensifying attack since Russia opened a new front in the region on May 10. Glide bombs, heavy Soviet-era bombs fitted with wings and satellite guidance, can be released by aircraft flying over Russian territory, beyond the reach of most of Ukraine's air defences.

"We need Patriots over Kharkiv, not promises," the city's mayor told reporters at the scene, where rescuers with dogs were still searching the ruins.

Russia's defence ministry said on Monday that its forces had "liberated" the village of Starytsia, north-east of Kharkiv near the town of Vovchansk. Ukraine's General Staff said fighting in and around the village was continuing and that Russian units had suffered heavy losses.

Police said more than 9,000 people had been evacuated from Vovchansk and nearby villages since the offensive began. Only a few hundred remain in the town, which had about 17,000 residents before the war.

Police in the Kharkiv region said on Monday that officers evacuating residents from Vovchansk had found the bodies of two elderly men who had been shot in the yard of their house, and accused Russian soldiers of killing them. Moscow did not comment.

Across the border, a drone hit a minibus carrying workers in the village of Berezovka in Russia's Belgorod region on Sunday, killing the driver and wounding one passenger, the region's governor said. He blamed Ukrainian forces. Kyiv does not usually comment on attacks inside Russia.

Russia's defence ministry also said its air defences had destroyed 57 Ukrainian drones overnight over the Krasnodar region and occupied Crimea, as well as six over Belgorod.
""",
events=[
    ev("Two Russian guided aerial bombs struck Kharkiv's Saltivskyi district, killing three people and wounding 21; a woman pulled from the rubble died overnight, raising the toll to four.",
       "2024-05-19", "‘on Sunday afternoon’ before the Monday 2024-05-20 dateline: Sunday 2024-05-19",
       "Saltivskyi district, Kharkiv", "Kharkiv", "UA", "explosion", "Russian forces", "civilians",
       4, None, 20, None,
       "Two Russian guided aerial bombs struck the Saltivskyi district of Kharkiv on Sunday afternoon, killing three people and wounding 21, the regional governor said. A woman pulled from the rubble of a five-storey building died in hospital overnight, raising the death toll to four, he said on Monday.",
       note="4 = 3 + 1 wounded who died; wounded 21 - 1 = 20"),
    ev("Russia's defence ministry said its forces had taken the village of Starytsia near Vovchansk; Ukraine said fighting was continuing there.",
       None, "the ministry ‘said on Monday’ (Monday 2024-05-20); no day given for the capture",
       "Starytsia", "Kharkiv", "UA", "territory_gain", "Russian forces", "Ukrainian forces",
       None, None, None, None,
       '''Russia's defence ministry said on Monday that its forces had "liberated" the village of Starytsia, north-east of Kharkiv near the town of Vovchansk. Ukraine's General Staff said fighting in and around the village was continuing''',
       note="capture disputed by Ukraine"),
    ev("Police evacuating Vovchansk found the bodies of two elderly men shot in the yard of their house and accused Russian soldiers of killing them.",
       None, "the bodies were found and reported by police who ‘said on Monday’ (Monday 2024-05-20); the day of the killing is not given",
       "Vovchansk", "Kharkiv", "UA", "attack_on_civilians", "Russian forces", "civilians",
       2, None, None, None,
       "Police in the Kharkiv region said on Monday that officers evacuating residents from Vovchansk had found the bodies of two elderly men who had been shot in the yard of their house, and accused Russian soldiers of killing them. Moscow did not comment.",
       note="bodies found; blamed, no denial"),
    ev("A drone hit a minibus carrying workers in Berezovka, Belgorod region, killing the driver and wounding a passenger; the governor blamed Ukrainian forces.",
       "2024-05-19", "‘on Sunday’ before the Monday 2024-05-20 dateline: Sunday 2024-05-19",
       "Berezovka", "Belgorod", "RU", "explosion", "Ukrainian forces", "civilians",
       1, None, 1, None,
       "Across the border, a drone hit a minibus carrying workers in the village of Berezovka in Russia's Belgorod region on Sunday, killing the driver and wounding one passenger, the region's governor said. He blamed Ukrainian forces.",
       note="blamed, no denial"),
],
figures=[
    fig("displaced", 9000, "Vovchansk",
        "Police said more than 9,000 people had been evacuated from Vovchansk and nearby villages since the offensive began."),
    fig("other", 57, "Krasnodar region and Crimea",
        "its air defences had destroyed 57 Ukrainian drones overnight over the Krasnodar region and occupied Crimea",
        note="drones shot down"),
    fig("other", 6, "Belgorod region",
        "as well as six over Belgorod", note="drones shot down"),
])

report("b30-11", "2024-01-19", "https://www.example-nordreport.com/russia/2024/01/19/klintsy-oil-depot-drone",
"""
Drone sets oil depot ablaze in Russia's Bryansk region

BRYANSK (Nord Report) — A drone struck an oil depot in the town of Klintsy in Russia's Bryansk region early on Friday, setting four fuel tanks on fire, the regional governor said. Nobody was hurt, he said, blaming Ukraine.

Firefighters were still battling the blaze hours later. A source in Ukraine's military intelligence told a Kyiv outlet that the agency's drones had hit the depot.
""",
events=[
    ev("A Ukrainian drone struck an oil depot in Klintsy, Bryansk region, setting four fuel tanks on fire; nobody was hurt.",
       "2024-01-19", "‘early on Friday’, the day of the Friday 2024-01-19 publication",
       "oil depot in Klintsy", "Bryansk", "RU", "explosion", "Ukrainian forces", "none",
       0, None, 0, None,
       "A drone struck an oil depot in the town of Klintsy in Russia's Bryansk region early on Friday, setting four fuel tanks on fire, the regional governor said. Nobody was hurt, he said, blaming Ukraine. [...] A source in Ukraine's military intelligence told a Kyiv outlet that the agency's drones had hit the depot.",
       note="blamed by the governor and confirmed by a Ukrainian intelligence source"),
])

report("b30-12", "2023-07-07", "https://www.example-humanitarianpost.com/ukraine/2023/07/07/un-civilian-toll-9000",
"""
UN says civilian death toll in Ukraine passes 9,000 as June brings new rise
Posted: 7 July 2023

More than 9,200 civilians, among them about 500 children, have been killed in Ukraine since Russia's full-scale invasion began in February 2022, the U.N. human rights monitoring mission said on Friday, adding that the real figure was likely to be considerably higher.

The mission said it had also recorded 16,400 civilians injured. Most of the casualties were caused by explosive weapons with wide-area effects: artillery, multiple-launch rocket systems, missiles and air strikes.

In June alone, the mission recorded 181 civilians killed and 680 injured, the highest monthly figures since the start of the year. It attributed the rise to heavier shelling of front-line towns in the Donetsk and Kherson regions and to missile and drone strikes on cities far from the front.

"Behind every number is a family torn apart," the head of the mission said in a statement. "The civilians of Ukraine continue to pay an unbearable price."

The figures do not include the areas of Mariupol, Lysychansk, Popasna and Sievierodonetsk, where the mission has been unable to verify reports of large numbers of civilian deaths during the fighting of 2022.

According to the International Organization for Migration, about 5.1 million people are displaced within Ukraine, while the U.N. refugee agency has recorded more than 6.3 million refugees from Ukraine across Europe.

The mission, which has about 60 staff in Ukraine, said mines and unexploded ordnance were a growing threat as farmers returned to fields near the former front lines. At least 30 percent of the country's territory may be contaminated, according to government estimates.
""",
figures=[
    fig("killed", 9200, "Ukraine",
        "More than 9,200 civilians, among them about 500 children, have been killed in Ukraine since Russia's full-scale invasion began in February 2022"),
    fig("killed", 500, "Ukraine",
        "among them about 500 children", note="children killed"),
    fig("wounded", 16400, "Ukraine",
        "The mission said it had also recorded 16,400 civilians injured."),
    fig("killed", 181, "Ukraine",
        "In June alone, the mission recorded 181 civilians killed and 680 injured", note="monthly aggregate"),
    fig("wounded", 680, "Ukraine",
        "In June alone, the mission recorded 181 civilians killed and 680 injured", note="monthly aggregate"),
    fig("displaced", 5100000, "Ukraine",
        "about 5.1 million people are displaced within Ukraine"),
    fig("displaced", 6300000, "Europe",
        "more than 6.3 million refugees from Ukraine across Europe", note="refugees abroad"),
    fig("other", 30, "Ukraine",
        "At least 30 percent of the country's territory may be contaminated", note="percent of territory mined"),
],
country_hint="UA-RU")

report("b30-13", "2018-06-14", "https://www.example-dniprowire.com/ukraine/2018/06/14/svitlodarsk-sniper-horlivka",
"""
Ukrainian soldier killed by sniper near Svitlodarsk, third this week

KIEV, June 14 (Dnipro Wire) - A Ukrainian serviceman was killed by sniper fire near Svitlodarsk on Wednesday, the headquarters of the Joint Forces Operation said, the third Ukrainian soldier to die in eastern Ukraine this week.

The headquarters, which took over command of the war in Donbas from the "anti-terrorist operation" at the end of April, said "Russian occupation forces" had opened fire 34 times on Ukrainian positions in the past 24 hours, using mortars and grenade launchers as well as small arms.

Separatist authorities in Donetsk said Ukrainian mortar fire had wounded a woman in the Mykytivskyi district of Horlivka late on Tuesday. The Ukrainian military said it had not fired on Horlivka and accused the separatists of shelling the town themselves to discredit Kiev.

Two deminers of the State Emergency Service were wounded on Monday when a mine exploded as they cleared a field near the village of Zaitseve, the service said. Both were taken to hospital in Bakhmut.

Ukraine's SBU security service said on Thursday it had detained a man in Mariupol suspected of passing the coordinates of Ukrainian positions to separatist commanders by telephone. It said he had been recruited by Russian intelligence in 2016.

More than 10,000 people have been killed since the conflict erupted in 2014, according to the United Nations. A ceasefire agreed in Minsk is violated daily, and talks on deploying U.N. peacekeepers to the region have stalled.

Svitlodarsk, a power-station town on the edge of the front, has seen some of the heaviest fighting in recent months, with both sides inching forward into the so-called grey zone between their lines.
""",
events=[
    ev("A Ukrainian serviceman was killed by sniper fire near Svitlodarsk, the Joint Forces Operation said.",
       "2018-06-13", "‘on Wednesday’ before the Thursday 2018-06-14 dateline: Wednesday 2018-06-13",
       "near Svitlodarsk", "Donetsk", "UA", "battle", "pro-Russian separatists", "Ukrainian forces",
       1, None, None, None,
       "A Ukrainian serviceman was killed by sniper fire near Svitlodarsk on Wednesday, the headquarters of the Joint Forces Operation said",
       note="the shooters are the 'Russian occupation forces' of the JFO's language; sniper fire on soldiers is a battle"),
    ev("A woman was wounded by mortar fire in Horlivka's Mykytivskyi district; the separatists blamed Ukrainian forces, who denied firing on the town.",
       "2018-06-12", "‘late on Tuesday’ before the Thursday 2018-06-14 dateline: Tuesday 2018-06-12",
       "Mykytivskyi district, Horlivka", "Donetsk", "UA", "explosion", "unknown", "civilians",
       None, None, 1, None,
       "Separatist authorities in Donetsk said Ukrainian mortar fire had wounded a woman in the Mykytivskyi district of Horlivka late on Tuesday. The Ukrainian military said it had not fired on Horlivka and accused the separatists of shelling the town themselves to discredit Kiev.",
       note="blame and denial: unknown"),
    ev("Two State Emergency Service deminers were wounded when a mine exploded in a field near Zaitseve.",
       "2018-06-11", "‘on Monday’ before the Thursday 2018-06-14 dateline: Monday 2018-06-11",
       "near Zaitseve", "Donetsk", "UA", "explosion", "unknown", "civilians",
       None, None, 2, None,
       "Two deminers of the State Emergency Service were wounded on Monday when a mine exploded as they cleared a field near the village of Zaitseve, the service said.",
       note="a mine, nobody named as having laid it"),
    ev("The SBU detained a man in Mariupol suspected of passing the coordinates of Ukrainian positions to separatist commanders.",
       None, "the SBU ‘said on Thursday it had detained’ (Thursday 2018-06-14); the day of the detention is not given",
       "Mariupol", "Donetsk", "UA", "arrest", "Ukrainian security forces", "civilians",
       None, None, None, None,
       "Ukraine's SBU security service said on Thursday it had detained a man in Mariupol suspected of passing the coordinates of Ukrainian positions to separatist commanders by telephone.",
       arrested=1),
],
figures=[
    fig("killed", 3, "eastern Ukraine",
        "the third Ukrainian soldier to die in eastern Ukraine this week", note="soldiers killed this week"),
    fig("other", 34, "eastern Ukraine",
        "had opened fire 34 times on Ukrainian positions in the past 24 hours", note="attacks in 24 hours"),
    fig("killed", 10000, "eastern Ukraine",
        "More than 10,000 people have been killed since the conflict erupted in 2014, according to the United Nations."),
])

report("b30-14", "2024-08-12", "https://www.example-nordreport.com/russia/2024/08/12/kursk-apartment-missile-debris",
"""
Missile debris hits Kursk apartment block as fighting rages near border

KURSK, Russia, Aug. 12 (Nord Report) — Fragments of a Ukrainian missile shot down over Kursk late on Sunday fell on a nine-storey apartment block, wounding 13 people, two of them children, the region's acting governor said. Russian state television, citing the emergency services, reported 15 injured.

Photographs from the scene showed a blackened facade and cars burned out in the courtyard. Several families were moved to a hotel for the night.

A week after Ukrainian troops burst across the border into the Kursk region, Russia's defence ministry said on Monday that its forces had thwarted attempts by Ukrainian "mobile groups" to break through near the villages of Tolpino and Obshchy Kolodez, deeper inside the region. It said Ukraine had lost up to 260 soldiers and 14 armoured vehicles in the past day, figures that could not be verified.

The acting governor told a government meeting that 121,000 people had left the border districts or been evacuated, and that 12 civilians had been killed and 128 wounded since the incursion began. Ukrainian forces controlled 28 settlements in the region, he said.

In the neighbouring Belgorod region, a drone attack on a car near the village of Bezymeno, in the Graivoron district, killed a man and wounded his wife on Sunday, the regional governor said, blaming "the Ukrainian armed forces". Officials there ordered the evacuation of the Krasnaya Yaruga district.

Ukraine's president acknowledged for the first time over the weekend that his troops were fighting inside Russia, saying Kyiv was "pushing the war into the aggressor's territory".

Russian aircraft, meanwhile, dropped guided bombs on the Ukrainian border community of Krasnopillia in the Sumy region on Sunday, wounding two residents, local officials said. About 20,000 people have been ordered to leave border areas of the Sumy region.
""",
events=[
    ev("Fragments of a Ukrainian missile shot down over Kursk fell on a nine-storey apartment block, wounding 13 people including two children.",
       "2024-08-11", "‘late on Sunday’ before the Monday 2024-08-12 dateline: Sunday 2024-08-11",
       "apartment block in Kursk", "Kursk", "RU", "explosion", "Ukrainian forces", "civilians",
       None, None, 13, 15,
       "Fragments of a Ukrainian missile shot down over Kursk late on Sunday fell on a nine-storey apartment block, wounding 13 people, two of them children, the region's acting governor said. Russian state television, citing the emergency services, reported 15 injured.",
       note="conflicting counts of injured 13 (governor) vs 15 (state television); an intercepted missile whose debris hurt people is coded as the attack itself"),
    ev("Russian forces thwarted a Ukrainian breakthrough attempt near Tolpino, Kursk region, the Russian defence ministry said.",
       None, "the ministry ‘said on Monday’ (Monday 2024-08-12); no day given for the fighting",
       "near Tolpino", "Kursk", "RU", "battle", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       '''Russia's defence ministry said on Monday that its forces had thwarted attempts by Ukrainian "mobile groups" to break through near the villages of Tolpino and Obshchy Kolodez, deeper inside the region.''',
       note="split from one sentence naming two places; the ministry's claim of up to 260 Ukrainian soldiers lost is not used"),
    ev("Russian forces thwarted a Ukrainian breakthrough attempt near Obshchy Kolodez, Kursk region, the Russian defence ministry said.",
       None, "the ministry ‘said on Monday’ (Monday 2024-08-12); no day given for the fighting",
       "near Obshchy Kolodez", "Kursk", "RU", "battle", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       '''Russia's defence ministry said on Monday that its forces had thwarted attempts by Ukrainian "mobile groups" to break through near the villages of Tolpino and Obshchy Kolodez, deeper inside the region.''',
       note="split from one sentence naming two places"),
    ev("A drone attack on a car near Bezymeno in the Graivoron district killed a man and wounded his wife; the governor blamed the Ukrainian armed forces.",
       "2024-08-11", "‘on Sunday’ before the Monday 2024-08-12 dateline: Sunday 2024-08-11",
       "near Bezymeno", "Belgorod", "RU", "explosion", "Ukrainian forces", "civilians",
       1, None, 1, None,
       '''In the neighbouring Belgorod region, a drone attack on a car near the village of Bezymeno, in the Graivoron district, killed a man and wounded his wife on Sunday, the regional governor said, blaming "the Ukrainian armed forces".'''),
    ev("Russian aircraft dropped guided bombs on Krasnopillia in Ukraine's Sumy region, wounding two residents.",
       "2024-08-11", "‘on Sunday’ before the Monday 2024-08-12 dateline: Sunday 2024-08-11",
       "Krasnopillia", "Sumy", "UA", "explosion", "Russian forces", "civilians",
       None, None, 2, None,
       "Russian aircraft, meanwhile, dropped guided bombs on the Ukrainian border community of Krasnopillia in the Sumy region on Sunday, wounding two residents, local officials said."),
],
figures=[
    fig("killed", 260, "Kursk region",
        "It said Ukraine had lost up to 260 soldiers and 14 armoured vehicles in the past day",
        note="claim of enemy losses, unverified"),
    fig("displaced", 121000, "Kursk region",
        "121,000 people had left the border districts or been evacuated"),
    fig("killed", 12, "Kursk region",
        "12 civilians had been killed and 128 wounded since the incursion began"),
    fig("wounded", 128, "Kursk region",
        "12 civilians had been killed and 128 wounded since the incursion began"),
    fig("other", 28, "Kursk region",
        "Ukrainian forces controlled 28 settlements in the region, he said.", note="settlements held"),
    fig("displaced", 20000, "Sumy region",
        "About 20,000 people have been ordered to leave border areas of the Sumy region."),
])

report("b30-15", "2023-06-12", "https://www.example-meridiannews.com/world/2023/06/12/ukraine-retakes-three-villages",
"""
Ukraine says it has retaken three villages in first counteroffensive gains

KYIV, June 12 (Meridian News) - Ukraine said on Monday it had recaptured three villages in the south-east, the first gains it has claimed since launching its long-awaited counteroffensive.

The deputy defence minister said Blahodatne, Makarivka and Neskuchne, in the Donetsk region, had been liberated on Sunday. Soldiers posted video of a flag raised over a ruined building.

Russia's defence ministry did not confirm the losses.

In flooded Kherson, Russian shelling wounded two rescue workers evacuating residents on Sunday, officials said.
""",
events=[
    ev("Ukrainian forces retook the village of Blahodatne in the Donetsk region.",
       "2023-06-11", "‘liberated on Sunday’ before the Monday 2023-06-12 dateline: Sunday 2023-06-11",
       "Blahodatne", "Donetsk", "UA", "territory_gain", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "The deputy defence minister said Blahodatne, Makarivka and Neskuchne, in the Donetsk region, had been liberated on Sunday.",
       note="three villages in one sentence: split"),
    ev("Ukrainian forces retook the village of Makarivka in the Donetsk region.",
       "2023-06-11", "‘liberated on Sunday’ before the Monday 2023-06-12 dateline: Sunday 2023-06-11",
       "Makarivka", "Donetsk", "UA", "territory_gain", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "The deputy defence minister said Blahodatne, Makarivka and Neskuchne, in the Donetsk region, had been liberated on Sunday.",
       note="three villages in one sentence: split"),
    ev("Ukrainian forces retook the village of Neskuchne in the Donetsk region.",
       "2023-06-11", "‘liberated on Sunday’ before the Monday 2023-06-12 dateline: Sunday 2023-06-11",
       "Neskuchne", "Donetsk", "UA", "territory_gain", "Ukrainian forces", "Russian forces",
       None, None, None, None,
       "The deputy defence minister said Blahodatne, Makarivka and Neskuchne, in the Donetsk region, had been liberated on Sunday.",
       note="three villages in one sentence: split"),
    ev("Russian shelling wounded two rescue workers evacuating residents of flooded Kherson.",
       "2023-06-11", "‘on Sunday’ before the Monday 2023-06-12 dateline: Sunday 2023-06-11",
       "Kherson", "Kherson", "UA", "explosion", "Russian forces", "civilians",
       None, None, 2, None,
       "In flooded Kherson, Russian shelling wounded two rescue workers evacuating residents on Sunday, officials said."),
])

report("b30-16", "2006-08-05", "https://www.example-levantevening.com/lebanon/2006/08/05/srifa-strike-maalot-rocket",
"""
Israeli jets kill family in southern village as Hezbollah rockets hit Galilee

BEIRUT, Aug 5 (Levant Evening Post) - Israeli warplanes flattened a two-storey house in the southern Lebanese village of Srifa on Friday afternoon, killing members of one family, as Hezbollah kept up its rocket fire on northern Israel and ground fighting raged along the border for a fourth week.

Civil defence workers who dug through the rubble with shovels and their hands said seven people had been killed, among them four children. A hospital official in the coastal city of Tyre, where the bodies were taken, put the toll at nine. The Israeli army said it had targeted a building used by Hezbollah to store rocket launchers and that it was "checking the reports".

Roads into Srifa, like much of the south, have been cut by Israeli strikes on bridges, and ambulances took more than two hours to reach the village, rescuers said.

Several people were reported killed in strikes on villages around Nabatieh overnight, but rescue teams had not been able to reach them by Saturday morning.

Before dawn on Saturday, jets fired missiles at the Haret Hreik district of Beirut's southern suburbs, Hezbollah's stronghold, much of which has already been reduced to rubble. The civil defence said nobody was hurt because the area had been emptied of residents weeks ago.

Across the border, Hezbollah fired more than 170 rockets into northern Israel on Friday, police said, one of the heaviest barrages of the war. One rocket struck a street in Ma'alot-Tarshiha in the afternoon, killing two men and wounding five people, police said. Nine others were treated for shock. Hezbollah's al-Manar television said the group had fired "dozens of rockets" at Ma'alot, Nahariya, Safed and Kiryat Shmona in response to "the Zionist massacres".

On the ground, Israeli soldiers fought Hezbollah guerrillas in and around the village of Aita al-Shaab overnight. The army said two soldiers were killed and three wounded when an anti-tank missile hit a house where they had taken cover. It said its troops had killed "a number of terrorists". Hezbollah said its fighters had destroyed two Merkava tanks.

The war began on July 12, when Hezbollah fighters crossed into Israel, killed three soldiers and captured two others. Israel responded with an air, sea and ground offensive that has since destroyed roads, bridges, power stations and whole neighbourhoods.

Lebanon's Higher Relief Council says at least 800 people have been killed in Lebanon, most of them civilians, and more than 3,000 wounded. The United Nations estimates that about 915,000 people, nearly a quarter of the population, have fled their homes. In Israel, 73 people have been killed, 30 of them civilians, according to Israeli officials. Hundreds of thousands of Israelis in the north have fled south or are living in bomb shelters.

Diplomats at the United Nations said France and the United States were close to agreement on a draft Security Council resolution calling for a halt to the fighting, but Lebanese officials said any deal had to include an Israeli withdrawal from the south.

"We are being asked to accept a ceasefire on Israel's terms while our villages are still burning," a Lebanese cabinet minister said, speaking on condition of anonymity. "No Lebanese government can sign that."

In Israel, officials said the army would keep pushing towards the Litani river, about 20 km north of the border, until a robust international force was ready to deploy. Israeli commanders say they have destroyed hundreds of Hezbollah rocket launchers, but the group's fire has barely slackened.

In Tyre, the bodies of dozens of victims of the past week's strikes lay in refrigerated trucks outside the government hospital, waiting to be buried in a temporary mass grave because families could not reach their villages to bury them.

"Every day we receive more, and every day we cannot bury them," said a hospital administrator. "The dead are waiting for the war to end too."

Aid agencies say convoys carrying food and medicine to the south have been stuck for days because of strikes on roads. The World Food Programme said only two of its convoys had reached Tyre in the past week.
""",
events=[
    ev("Israeli warplanes flattened a two-storey house in Srifa, killing members of one family; civil defence counted seven dead, a Tyre hospital official nine.",
       "2006-08-04", "‘on Friday afternoon’ before the Saturday 2006-08-05 dateline: Friday 2006-08-04",
       "Srifa", "South Lebanon", "LB", "explosion", "Israeli forces", "civilians",
       7, 9, None, None,
       "Israeli warplanes flattened a two-storey house in the southern Lebanese village of Srifa on Friday afternoon, killing members of one family [...] Civil defence workers who dug through the rubble with shovels and their hands said seven people had been killed, among them four children. A hospital official in the coastal city of Tyre, where the bodies were taken, put the toll at nine.",
       note="conflicting tolls 7 (civil defence) vs 9 (hospital); the army says it targeted a Hezbollah launcher store"),
    ev("Several people were reported killed in Israeli strikes on villages around Nabatieh overnight; rescuers had not reached them.",
       "2006-08-04", "‘overnight’ before the Saturday 2006-08-05 dateline: the night of Friday 2006-08-04",
       "villages around Nabatieh", "Nabatieh", "LB", "explosion", "Israeli forces", "civilians",
       None, None, None, None,
       "Several people were reported killed in strikes on villages around Nabatieh overnight, but rescue teams had not been able to reach them by Saturday morning.",
       note="no village named and no count", optional=True),
    ev("Israeli jets fired missiles at the Haret Hreik district of Beirut's southern suburbs; nobody was hurt because the area had been emptied.",
       "2006-08-05", "‘Before dawn on Saturday’, the day of the Saturday 2006-08-05 dateline",
       "Haret Hreik", "Mount Lebanon", "LB", "explosion", "Israeli forces", "Hezbollah",
       0, None, 0, None,
       "Before dawn on Saturday, jets fired missiles at the Haret Hreik district of Beirut's southern suburbs, Hezbollah's stronghold, much of which has already been reduced to rubble. The civil defence said nobody was hurt because the area had been emptied of residents weeks ago.",
       note="Israeli jets from the context of the report"),
    ev("A Hezbollah rocket struck a street in Ma'alot-Tarshiha, killing two men and wounding five.",
       "2006-08-04", "‘in the afternoon’ of ‘on Friday’ before the Saturday 2006-08-05 dateline: Friday 2006-08-04",
       "Ma'alot-Tarshiha", "Northern District", "IL", "explosion", "Hezbollah", "civilians",
       2, None, 5, None,
       "Across the border, Hezbollah fired more than 170 rockets into northern Israel on Friday, police said, one of the heaviest barrages of the war. One rocket struck a street in Ma'alot-Tarshiha in the afternoon, killing two men and wounding five people, police said. Nine others were treated for shock.",
       note="the nine treated for shock are not counted as wounded"),
    ev("Israeli soldiers fought Hezbollah guerrillas in and around Aita al-Shaab; an anti-tank missile killed two soldiers and wounded three.",
       "2006-08-04", "‘overnight’ before the Saturday 2006-08-05 dateline: the night of Friday 2006-08-04",
       "Aita al-Shaab", "Nabatieh", "LB", "battle", "Israeli forces", "Hezbollah",
       2, None, 3, None,
       '''On the ground, Israeli soldiers fought Hezbollah guerrillas in and around the village of Aita al-Shaab overnight. The army said two soldiers were killed and three wounded when an anti-tank missile hit a house where they had taken cover. It said its troops had killed "a number of terrorists".''',
       note="Hezbollah's losses not counted ('a number of'); its claim of two tanks destroyed is not a toll"),
],
figures=[
    fig("other", 170, "northern Israel",
        "Hezbollah fired more than 170 rockets into northern Israel on Friday", note="rockets in a day"),
    fig("killed", 800, "Lebanon",
        "Lebanon's Higher Relief Council says at least 800 people have been killed in Lebanon, most of them civilians"),
    fig("wounded", 3000, "Lebanon",
        "and more than 3,000 wounded"),
    fig("displaced", 915000, "Lebanon",
        "The United Nations estimates that about 915,000 people, nearly a quarter of the population, have fled their homes."),
    fig("killed", 73, "Israel",
        "In Israel, 73 people have been killed, 30 of them civilians, according to Israeli officials."),
])

report("b30-17", "2009-01-08", "https://www.example-medtimes.com/gaza/2009/01/08/beit-lahia-shell-sderot-rocket",
"""
Shell kills mother and four children in Beit Lahia as fighting resumes after lull
Updated 8 January 2009 14:10

GAZA CITY (Mediterranean Times) — Israeli aircraft and tanks pounded the northern Gaza Strip on Wednesday after a three-hour pause in the fighting to let aid into the territory, and Palestinian militants kept up their rocket fire on southern Israel.

Medics said a tank shell hit a house in Beit Lahia in the afternoon, killing a woman and four of her children. Neighbours said the family had been sheltering on the ground floor. The Israeli military said it was looking into the report.

Hamas's armed wing, the Izz el-Deen al-Qassam Brigades, said it had fired rockets at Sderot, Ashkelon and Netivot. At least 20 rockets landed in Israel on Wednesday, the army said. One hit a house in Sderot, lightly wounding two residents, the Magen David Adom ambulance service said.

Late on Tuesday, an Israeli air strike on a motorbike in Khan Younis killed two members of Islamic Jihad's al-Quds Brigades, the group said.

Overnight, Palestinian gunmen opened fire on Israeli troops east of Jabalia, killing one soldier and wounding four, the army said on Thursday. Hamas said its fighters had ambushed the force and killed "several" soldiers.

Gaza's health ministry says 688 Palestinians have been killed and about 3,000 wounded since Israel launched its offensive on December 27. Ten Israelis, three of them civilians, have been killed, according to Israeli officials.

The Israeli cabinet was due to decide on Thursday whether to widen the ground operation into Gaza's cities. Egyptian mediators were pressing both sides to accept a French-Egyptian ceasefire plan.
""",
events=[
    ev("An Israeli tank shell hit a house in Beit Lahia, killing a woman and four of her children.",
       "2009-01-07", "‘in the afternoon’ of the fighting ‘on Wednesday’ before the Thursday 2009-01-08 update: Wednesday 2009-01-07",
       "Beit Lahia", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       5, None, None, None,
       "Medics said a tank shell hit a house in Beit Lahia in the afternoon, killing a woman and four of her children.",
       note="the report places Israeli tanks in the north that day"),
    ev("A rocket fired by Hamas's armed wing hit a house in Sderot, lightly wounding two residents.",
       "2009-01-07", "‘on Wednesday’ before the Thursday 2009-01-08 update: Wednesday 2009-01-07",
       "Sderot", "Southern District", "IL", "explosion", "Hamas", "civilians",
       None, None, 2, None,
       "Hamas's armed wing, the Izz el-Deen al-Qassam Brigades, said it had fired rockets at Sderot, Ashkelon and Netivot. At least 20 rockets landed in Israel on Wednesday, the army said. One hit a house in Sderot, lightly wounding two residents, the Magen David Adom ambulance service said.",
       note="Hamas claimed rockets at Sderot"),
    ev("An Israeli air strike on a motorbike in Khan Younis killed two members of Islamic Jihad's al-Quds Brigades.",
       "2009-01-06", "‘Late on Tuesday’ before the Thursday 2009-01-08 update: Tuesday 2009-01-06",
       "Khan Younis", "Gaza Strip", "PS", "explosion", "Israeli forces", "Palestinian Islamic Jihad",
       2, None, None, None,
       "Late on Tuesday, an Israeli air strike on a motorbike in Khan Younis killed two members of Islamic Jihad's al-Quds Brigades, the group said."),
    ev("Palestinian gunmen opened fire on Israeli troops east of Jabalia, killing one soldier and wounding four; Hamas said its fighters ambushed the force.",
       "2009-01-07", "‘Overnight’ before the Thursday 2009-01-08 report: the night of Wednesday 2009-01-07",
       "east of Jabalia", "Gaza Strip", "PS", "battle", "Hamas", "Israeli forces",
       1, None, 4, None,
       '''Overnight, Palestinian gunmen opened fire on Israeli troops east of Jabalia, killing one soldier and wounding four, the army said on Thursday. Hamas said its fighters had ambushed the force and killed "several" soldiers.''',
       note="claimed by Hamas; its 'several' is not used"),
],
figures=[
    fig("other", 20, "southern Israel",
        "At least 20 rockets landed in Israel on Wednesday, the army said.", note="rockets in a day"),
    fig("killed", 688, "Gaza Strip",
        "Gaza's health ministry says 688 Palestinians have been killed and about 3,000 wounded since Israel launched its offensive on December 27."),
    fig("wounded", 3000, "Gaza Strip",
        "Gaza's health ministry says 688 Palestinians have been killed and about 3,000 wounded since Israel launched its offensive on December 27."),
    fig("killed", 10, "Israel",
        "Ten Israelis, three of them civilians, have been killed, according to Israeli officials."),
])

report("b30-18", "2014-07-21", "https://www.example-coastaldaily.com/gaza/2014/07/21/bani-suheila-family-strike",
"""
Five of one family killed in Khan Younis strike, medics say

An Israeli air strike flattened a house in Bani Suheila, east of Khan Younis, on Sunday night, killing five members of one family, three of them children, a spokesman for Gaza's health ministry said. The Israeli military said it had targeted "a terror operative" and was reviewing the reports.

Earlier on Sunday, a rocket fired from Gaza hit a house in Ashkelon, wounding two people, the ambulance service said.

The ministry says more than 425 Palestinians have been killed since July 8.
""",
events=[
    ev("An Israeli air strike flattened a house in Bani Suheila, east of Khan Younis, killing five members of one family, three of them children.",
       "2014-07-20", "‘on Sunday night’ before the Monday 2014-07-21 publication date: Sunday 2014-07-20",
       "Bani Suheila", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       5, None, None, None,
       '''An Israeli air strike flattened a house in Bani Suheila, east of Khan Younis, on Sunday night, killing five members of one family, three of them children, a spokesman for Gaza's health ministry said. The Israeli military said it had targeted "a terror operative" and was reviewing the reports.'''),
    ev("A rocket fired from Gaza hit a house in Ashkelon, wounding two people.",
       "2014-07-20", "‘Earlier on Sunday’ before the Monday 2014-07-21 publication date: Sunday 2014-07-20",
       "Ashkelon", "Southern District", "IL", "explosion", "unknown", "civilians",
       None, None, 2, None,
       "Earlier on Sunday, a rocket fired from Gaza hit a house in Ashkelon, wounding two people, the ambulance service said.",
       note="no group named"),
],
figures=[
    fig("killed", 425, "Gaza Strip",
        "The ministry says more than 425 Palestinians have been killed since July 8."),
])

# ---------------------------------------------------------------------------
# b30-19 .. b30-27  (West Bank, Gaza, Lebanon and northern Israel)
# ---------------------------------------------------------------------------

report("b30-19", "2023-10-12", "https://www.example-jordanvalleytimes.com/westbank/2023/10/12/qusra-settlers-shooting",
"""
Settlers kill four Palestinians in Qusra as West Bank violence surges

RAMALLAH, West Bank, October 12 (Jordan Valley Times) - Israeli settlers opened fire on Palestinians in the village of Qusra, south of Nablus, on Wednesday, killing three men and wounding six, the Palestinian health ministry said. A fourth man, shot in the chest, died of his wounds on Thursday morning.

Residents said dozens of settlers, some of them armed and wearing army-style fatigues, had come down from a nearby outpost and attacked homes on the edge of the village, and that young men from Qusra had gone out to confront them. Footage shared on social media showed men carrying a wounded man through an olive grove as shots rang out.

The Israeli military said soldiers had been sent to the area after "a violent confrontation between Israelis and Palestinians" and that the incident was under review. It did not say whether soldiers had fired.

Overnight, settlers set fire to two homes and five cars in Turmus Ayya, north-east of Ramallah, residents said. No one was hurt.

In Tulkarm, Israeli troops shot dead a Palestinian they said had thrown an explosive device at them during an arrest raid in the Nur Shams refugee camp early on Thursday. The Palestinian health ministry identified him as a 22-year-old from the camp.

Violence in the occupied West Bank has surged since the war between Israel and Hamas in Gaza began at the weekend. At least 27 Palestinians have been killed in the West Bank since Saturday, the health ministry says. Even before the war, 2023 was the deadliest year for Palestinians in the territory in almost two decades, with more than 200 killed, according to the United Nations.

Palestinian officials accused the Israeli government of arming settlers and giving them a free hand. Israel's national security minister said last week he would hand out thousands of rifles to civilian security squads in settlements and mixed cities.

About 500,000 Israeli settlers live in the West Bank, among some 3 million Palestinians.
""",
events=[
    ev("Israeli settlers opened fire on Palestinians in Qusra, killing three men and wounding six; a fourth wounded man died the next morning.",
       "2023-10-11", "‘on Wednesday’ before the Thursday 2023-10-12 dateline: Wednesday 2023-10-11",
       "Qusra", "West Bank", "PS", "attack_on_civilians", "Israeli settlers", "civilians",
       4, None, 5, None,
       "Israeli settlers opened fire on Palestinians in the village of Qusra, south of Nablus, on Wednesday, killing three men and wounding six, the Palestinian health ministry said. A fourth man, shot in the chest, died of his wounds on Thursday morning.",
       note="4 = 3 + 1 wounded who died; wounded 6 - 1 = 5"),
    ev("Settlers set fire to two homes and five cars in Turmus Ayya; no one was hurt.",
       "2023-10-11", "‘Overnight’ before the Thursday 2023-10-12 dateline: the night of Wednesday 2023-10-11",
       "Turmus Ayya", "West Bank", "PS", "other", "Israeli settlers", "civilians",
       0, None, 0, None,
       "Overnight, settlers set fire to two homes and five cars in Turmus Ayya, north-east of Ramallah, residents said. No one was hurt.",
       note="arson of property: Looting/property destruction"),
    ev("Israeli troops shot dead a Palestinian they said had thrown an explosive device at them during an arrest raid in the Nur Shams camp in Tulkarm.",
       "2023-10-12", "‘early on Thursday’, the day of the Thursday 2023-10-12 dateline",
       "Nur Shams refugee camp", "West Bank", "PS", "battle", "Israeli forces", "militants (unidentified)",
       1, None, None, None,
       "In Tulkarm, Israeli troops shot dead a Palestinian they said had thrown an explosive device at them during an arrest raid in the Nur Shams refugee camp early on Thursday.",
       note="a raid met with an explosive device: armed clash"),
],
figures=[
    fig("killed", 27, "West Bank",
        "At least 27 Palestinians have been killed in the West Bank since Saturday, the health ministry says."),
    fig("killed", 200, "West Bank",
        "with more than 200 killed, according to the United Nations", note="Palestinians killed in 2023 before the war"),
    fig("other", 500000, "West Bank",
        "About 500,000 Israeli settlers live in the West Bank", note="settler population"),
])

report("b30-20", "2023-03-08", "https://www.example-levantmonitor.com/westbank/2023/03/08/jenin-raid-five-killed",
"""
Five Palestinians killed in Israeli raid on Jenin; soldier hurt

JENIN, West Bank, March 8 (Levant Monitor) - Israeli forces killed four Palestinians and wounded 15 during a raid on the Jenin refugee camp on Tuesday, the Palestinian health ministry said, in one of the deadliest operations in the northern West Bank this year. A 17-year-old who was shot in the head died in hospital in the evening, bringing the toll to five.

Troops backed by armoured vehicles entered the camp before dawn to arrest two men suspected of shooting attacks on Israeli soldiers, the army said. They exchanged fire with gunmen for more than three hours, and a helicopter fired a missile at a house where the wanted men were holed up, it said. The army said one soldier was lightly wounded by shrapnel.

The Jenin Brigade, a local armed group made up mostly of fighters from Islamic Jihad and Fatah's al-Aqsa Martyrs' Brigades, said two of the dead were its members and that its fighters had "confronted the occupation forces with bullets and explosive devices".

Residents said bulldozers had torn up streets at the camp entrance, and a mosque and several houses were damaged.

On Wednesday morning, a Palestinian man rammed his car into a group of soldiers at a junction near the settlement of Beit El, north of Ramallah, wounding two, before he was shot dead, the army said. No group claimed the attack.

On Monday evening, a gunman fired at an Israeli car on the main road through Huwara, south of Nablus, wounding the driver, the army said. Troops were searching for the attacker.

The army said it had arrested 14 wanted Palestinians across the West Bank overnight.

More than 70 Palestinians, both militants and civilians, have been killed in the West Bank and East Jerusalem since the start of the year, and 13 Israelis have been killed in Palestinian attacks, according to Palestinian and Israeli figures.

The violence has raised fears of a wider escalation ahead of the Muslim holy month of Ramadan, which this year coincides with the Jewish Passover holiday.
""",
events=[
    ev("Israeli forces raided the Jenin refugee camp and fought gunmen of the Jenin Brigade for hours; five Palestinians were killed, one of them a 17-year-old who died later, 14 others wounded and an Israeli soldier lightly wounded.",
       "2023-03-07", "‘on Tuesday’ before the Wednesday 2023-03-08 dateline: Tuesday 2023-03-07",
       "Jenin refugee camp", "West Bank", "PS", "battle", "Israeli forces", "Jenin Brigade",
       5, None, 15, None,
       "Israeli forces killed four Palestinians and wounded 15 during a raid on the Jenin refugee camp on Tuesday, the Palestinian health ministry said, in one of the deadliest operations in the northern West Bank this year. A 17-year-old who was shot in the head died in hospital in the evening, bringing the toll to five. [...] They exchanged fire with gunmen for more than three hours, and a helicopter fired a missile at a house where the wanted men were holed up, it said. The army said one soldier was lightly wounded by shrapnel.",
       note="killed 5 = 4 + 1 who died later; wounded 15 - 1 + 1 soldier = 15; the helicopter missile is part of the raid"),
    ev("A Palestinian man rammed his car into soldiers at a junction near Beit El, wounding two, and was shot dead.",
       "2023-03-08", "‘On Wednesday morning’, the day of the Wednesday 2023-03-08 dateline",
       "junction near Beit El", "West Bank", "PS", "battle", "militants (unidentified)", "Israeli forces",
       1, None, 2, None,
       "On Wednesday morning, a Palestinian man rammed his car into a group of soldiers at a junction near the settlement of Beit El, north of Ramallah, wounding two, before he was shot dead, the army said. No group claimed the attack.",
       note="a lone attacker on soldiers, group not named; the attacker's death is counted"),
    ev("A gunman fired at an Israeli car on the main road through Huwara, wounding the driver, and escaped.",
       "2023-03-06", "‘On Monday evening’ before the Wednesday 2023-03-08 dateline: Monday 2023-03-06",
       "Huwara", "West Bank", "PS", "attack_on_civilians", "militants (unidentified)", "civilians",
       None, None, 1, None,
       "On Monday evening, a gunman fired at an Israeli car on the main road through Huwara, south of Nablus, wounding the driver, the army said. Troops were searching for the attacker.",
       note="a shooting at a civilian car by an unidentified gunman"),
    ev("The Israeli army arrested 14 wanted Palestinians in overnight raids across the West Bank.",
       "2023-03-07", "‘overnight’ before the Wednesday 2023-03-08 dateline: the night of Tuesday 2023-03-07",
       "West Bank", "West Bank", "PS", "arrest", "Israeli forces", "civilians",
       None, None, None, None,
       "The army said it had arrested 14 wanted Palestinians across the West Bank overnight.",
       note="no place more precise than the West Bank", arrested=14, optional=True),
],
figures=[
    fig("killed", 70, "West Bank and East Jerusalem",
        "More than 70 Palestinians, both militants and civilians, have been killed in the West Bank and East Jerusalem since the start of the year"),
    fig("killed", 13, "Israel",
        "13 Israelis have been killed in Palestinian attacks"),
])

report("b30-21", "2024-01-26", "https://www.example-humanitarianpost.com/gaza/2024/01/26/ocha-gaza-displacement",
"""
Three in four Gazans displaced, UN says, as aid trickles in
By the Humanitarian Affairs Desk

About 1.7 million people in the Gaza Strip, three in four of its inhabitants, have been forced from their homes since the war began in October, many of them several times, the U.N. humanitarian office OCHA said in its latest update.

Gaza's health ministry says 25,900 Palestinians have been killed and 64,110 wounded in the territory as of Thursday. The ministry does not distinguish between civilians and combatants; Israel says more than 9,000 of the dead are militants.

OCHA said more than 60 percent of Gaza's housing had been destroyed or damaged, and that only 14 of its 36 hospitals were even partially functioning. The southern city of Rafah, on the Egyptian border, now shelters more than a million people, roughly four times its pre-war population, many of them in tents and makeshift shelters along the streets.

Aid deliveries remain far below needs. Before the war, about 500 trucks carrying food, fuel and other goods entered Gaza on an average working day; in recent weeks the daily average has been fewer than 150, according to U.N. figures.

A global hunger monitor warned last month that the entire population was facing crisis levels of food insecurity or worse, with some 576,000 people at "catastrophic" levels.

"People are lining up for hours for a bag of flour and a jerrycan of water," an aid worker in Rafah said by telephone. "Children are asking for bread every time they see a car with a U.N. flag."

The International Court of Justice in The Hague is due to rule on Friday on South Africa's request for emergency measures in its genocide case against Israel, which Israel rejects as baseless.
""",
figures=[
    fig("displaced", 1700000, "Gaza Strip",
        "About 1.7 million people in the Gaza Strip, three in four of its inhabitants, have been forced from their homes since the war began in October"),
    fig("killed", 25900, "Gaza Strip",
        "Gaza's health ministry says 25,900 Palestinians have been killed and 64,110 wounded in the territory as of Thursday."),
    fig("wounded", 64110, "Gaza Strip",
        "Gaza's health ministry says 25,900 Palestinians have been killed and 64,110 wounded in the territory as of Thursday."),
    fig("killed", 9000, "Gaza Strip",
        "Israel says more than 9,000 of the dead are militants.", note="Israeli count of militants among the dead"),
    fig("other", 60, "Gaza Strip",
        "more than 60 percent of Gaza's housing had been destroyed or damaged", note="percent of housing damaged"),
    fig("other", 14, "Gaza Strip",
        "only 14 of its 36 hospitals were even partially functioning", note="hospitals functioning"),
    fig("displaced", 1000000, "Rafah",
        "now shelters more than a million people, roughly four times its pre-war population"),
    fig("other", 150, "Gaza Strip",
        "in recent weeks the daily average has been fewer than 150", note="aid trucks a day"),
    fig("other", 576000, "Gaza Strip",
        '''some 576,000 people at "catastrophic" levels''', note="people at catastrophic hunger"),
],
country_hint="IL-PS-LB")

report("b30-22", "2023-11-02", "https://www.example-continentalpress.com/mideast/2023/11/02/jabalia-strike-nuseirat-holon",
"""
Strike on Jabalia flattens apartment blocks; rockets hit central Israel

GAZA/JERUSALEM, Nov 2 (Continental Press) — An Israeli air strike brought down several apartment blocks in the crowded Jabalia refugee camp in northern Gaza on Wednesday, and rescuers digging with their hands through the concrete said dozens of people had been killed, including many children.

Gaza's civil defence said its crews had recovered 27 bodies from the rubble in the camp's Falouja area by nightfall. The health ministry in the Hamas-run territory said 31 people had been killed and more than 100 wounded, and that many more were missing under the debris.

The Israeli military said its fighter jets had struck a Hamas "command and control compound" in the area, killing a battalion commander who had helped plan the October 7 attack, and "a large number of terrorists". It said it was taking steps to reduce harm to civilians and accused Hamas of using the population as human shields.

"There were three buildings here, five floors each. Now there is nothing," said a man in his thirties who said he had lost his brother and two nephews. "We are pulling out children in pieces."

Late on Wednesday, a house in the Nuseirat refugee camp in central Gaza was flattened, killing nine people, among them five children, medics at al-Aqsa Martyrs hospital in Deir al-Balah said. The Israeli military said it had struck a Hamas weapons storage site in the area.

In Israel, sirens sounded across Tel Aviv and its suburbs on Wednesday evening as Hamas fired a barrage of rockets towards the centre of the country. One hit a residential building in Holon, lightly wounding two people, the Magen David Adom ambulance service said. Hamas's armed wing said the barrage was a response to "the massacres in Jabalia".

The army said on Thursday that two soldiers had been killed in fighting in the northern Gaza Strip on Wednesday, bringing its losses since the ground operation began last week to 18. Hamas's armed wing said its fighters had destroyed five tanks and killed "many" soldiers, a claim that could not be verified.

Gaza's health ministry says more than 8,700 people, including about 3,600 children, have been killed in the territory since the war began. Israel says about 1,400 people were killed in southern Israel on October 7, when Hamas gunmen stormed across the border, and that more than 240 were taken back to Gaza as hostages.

The United Nations says about 1.4 million of Gaza's 2.3 million people have fled their homes. Most have moved to the south after Israel told residents of the north to leave.

On Wednesday, the Rafah crossing with Egypt opened for the first time since the war began, allowing out about 70 badly wounded patients and some 360 holders of foreign passports, Egyptian officials said. Hundreds more were expected to leave on Thursday.

Hospitals in the north were running out of fuel. At the Indonesian Hospital in Beit Lahia, a doctor said the main generator had stopped and that staff were using a smaller backup to keep the intensive care unit running. "We are treating the wounded in the corridors," he said. "We have no more space and soon no more power."

Communications across Gaza were cut for several hours on Wednesday for the second time in a week, making it hard for ambulances to reach the sites of strikes.

Israel has rejected calls for a ceasefire, saying Hamas would use any pause to regroup, but U.S. officials have been pressing for "humanitarian pauses" to allow more aid in. About 270 trucks have entered Gaza through Rafah since October 21, compared with some 500 a day before the war.

In Jabalia, as darkness fell, residents used their phone torches to search for the missing. A bulldozer sent by the municipality could not get through streets choked with rubble.
""",
events=[
    ev("An Israeli air strike brought down apartment blocks in the Falouja area of the Jabalia refugee camp; the civil defence recovered 27 bodies, the health ministry counted 31 killed and more than 100 wounded. Israel said it killed a Hamas battalion commander.",
       "2023-11-01", "‘on Wednesday’ before the Thursday 2023-11-02 dateline: Wednesday 2023-11-01",
       "Falouja area, Jabalia refugee camp", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       27, 31, 100, None,
       "An Israeli air strike brought down several apartment blocks in the crowded Jabalia refugee camp in northern Gaza on Wednesday [...] Gaza's civil defence said its crews had recovered 27 bodies from the rubble in the camp's Falouja area by nightfall. The health ministry in the Hamas-run territory said 31 people had been killed and more than 100 wounded",
       note="conflicting tolls 27 (bodies recovered) vs 31 (health ministry); the army says it targeted Hamas"),
    ev("A house in the Nuseirat refugee camp was flattened, killing nine people including five children; the Israeli military said it had struck a Hamas weapons site in the area.",
       "2023-11-01", "‘Late on Wednesday’ before the Thursday 2023-11-02 dateline: Wednesday 2023-11-01",
       "Nuseirat refugee camp", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       9, None, None, None,
       "Late on Wednesday, a house in the Nuseirat refugee camp in central Gaza was flattened, killing nine people, among them five children, medics at al-Aqsa Martyrs hospital in Deir al-Balah said. The Israeli military said it had struck a Hamas weapons storage site in the area.",
       note="passive voice; the striker is named in the next sentence"),
    ev("A Hamas rocket hit a residential building in Holon, lightly wounding two people.",
       "2023-11-01", "‘on Wednesday evening’ before the Thursday 2023-11-02 dateline: Wednesday 2023-11-01",
       "Holon", "Tel Aviv District", "IL", "explosion", "Hamas", "civilians",
       None, None, 2, None,
       "In Israel, sirens sounded across Tel Aviv and its suburbs on Wednesday evening as Hamas fired a barrage of rockets towards the centre of the country. One hit a residential building in Holon, lightly wounding two people, the Magen David Adom ambulance service said."),
    ev("Two Israeli soldiers were killed in fighting in the northern Gaza Strip.",
       "2023-11-01", "‘on Wednesday’ in the army's statement of Thursday 2023-11-02: Wednesday 2023-11-01",
       "northern Gaza Strip", "Gaza Strip", "PS", "battle", "Israeli forces", "Hamas",
       2, None, None, None,
       '''The army said on Thursday that two soldiers had been killed in fighting in the northern Gaza Strip on Wednesday, bringing its losses since the ground operation began last week to 18. Hamas's armed wing said its fighters had destroyed five tanks and killed "many" soldiers, a claim that could not be verified.''',
       note="no place more precise than the northern Gaza Strip", optional=True),
    ev("Hamas gunmen stormed across the border into southern Israel on October 7; Israel says about 1,400 people were killed and more than 240 taken hostage.",
       "2023-10-07", "‘on October 7’, recalled as the cause of the war in a report dated Thursday 2023-11-02",
       "southern Israel", "Southern District", "IL", "attack_on_civilians", "Hamas", "civilians",
       1400, None, None, None,
       "Israel says about 1,400 people were killed in southern Israel on October 7, when Hamas gunmen stormed across the border, and that more than 240 were taken back to Gaza as hostages.",
       note="recalled background within the month; many places in one", optional=True),
],
figures=[
    fig("killed", 18, "Gaza Strip",
        "bringing its losses since the ground operation began last week to 18", note="Israeli soldiers killed"),
    fig("killed", 8700, "Gaza Strip",
        "Gaza's health ministry says more than 8,700 people, including about 3,600 children, have been killed in the territory since the war began."),
    fig("killed", 3600, "Gaza Strip",
        "including about 3,600 children", note="children killed"),
    fig("other", 240, "Gaza Strip",
        "more than 240 were taken back to Gaza as hostages", note="hostages"),
    fig("displaced", 1400000, "Gaza Strip",
        "The United Nations says about 1.4 million of Gaza's 2.3 million people have fled their homes."),
    fig("other", 70, "Rafah crossing",
        "allowing out about 70 badly wounded patients and some 360 holders of foreign passports",
        note="wounded patients evacuated to Egypt"),
    fig("other", 360, "Rafah crossing",
        "some 360 holders of foreign passports", note="foreign passport holders evacuated"),
    fig("other", 270, "Gaza Strip",
        "About 270 trucks have entered Gaza through Rafah since October 21", note="aid trucks"),
])

report("b30-23", "2024-01-10", "https://www.example-cedardaily.com/south/2024/01/10/ghandouriyeh-drone-metula",
"""
Israeli drone kills three Hezbollah members in south Lebanon; missile hits Metula house

BEIRUT (Cedar Daily) — An Israeli drone strike on a car in the southern village of Ghandouriyeh on Tuesday killed three Hezbollah members, a security source said, as cross-border exchanges intensified despite U.S. efforts to calm the front.

Hezbollah announced the deaths of three "martyrs on the road to Jerusalem" in separate statements later on Tuesday, without saying where or how they had been killed. The Israeli army said its aircraft had "eliminated a terrorist cell" in the area.

Hours later, Hezbollah said it had fired guided missiles at a house in Metula "where enemy soldiers were gathered". The Israeli army said an anti-tank missile had hit a house in the northern town, causing damage but no injuries.

Israeli artillery shelled the outskirts of Aitaroun and Aita al-Shaab overnight, the state-run National News Agency said.

More than 180 people have been killed in Lebanon since the exchanges began on October 8, most of them Hezbollah fighters but also at least 26 civilians, according to a tally by the newspaper. On the Israeli side, nine soldiers and five civilians have been killed.

About 76,000 people have fled villages in south Lebanon, according to the International Organization for Migration, while some 80,000 Israelis have been evacuated from communities near the border.

A U.S. envoy was expected in Beirut later this week to push for a deal that would move Hezbollah fighters back from the frontier.
""",
events=[
    ev("An Israeli drone strike on a car in Ghandouriyeh killed three Hezbollah members.",
       "2024-01-09", "‘on Tuesday’ before the Wednesday 2024-01-10 publication date: Tuesday 2024-01-09",
       "Ghandouriyeh", "Nabatieh", "LB", "explosion", "Israeli forces", "Hezbollah",
       3, None, None, None,
       "An Israeli drone strike on a car in the southern village of Ghandouriyeh on Tuesday killed three Hezbollah members, a security source said"),
    ev("Hezbollah fired guided missiles at a house in Metula; the Israeli army said an anti-tank missile hit the house, causing damage but no injuries.",
       "2024-01-09", "‘Hours later’ than the drone strike of Tuesday 2024-01-09, before the Wednesday 2024-01-10 publication date",
       "Metula", "Northern District", "IL", "explosion", "Hezbollah", "Israeli forces",
       0, None, 0, None,
       '''Hours later, Hezbollah said it had fired guided missiles at a house in Metula "where enemy soldiers were gathered". The Israeli army said an anti-tank missile had hit a house in the northern town, causing damage but no injuries.'''),
    ev("Israeli artillery shelled the outskirts of Aitaroun.",
       "2024-01-09", "‘overnight’ before the Wednesday 2024-01-10 publication date: the night of Tuesday 2024-01-09",
       "outskirts of Aitaroun", "Nabatieh", "LB", "explosion", "Israeli forces", "unknown",
       None, None, None, None,
       "Israeli artillery shelled the outskirts of Aitaroun and Aita al-Shaab overnight, the state-run National News Agency said.",
       note="split from one sentence naming two villages; no casualties mentioned"),
    ev("Israeli artillery shelled the outskirts of Aita al-Shaab.",
       "2024-01-09", "‘overnight’ before the Wednesday 2024-01-10 publication date: the night of Tuesday 2024-01-09",
       "outskirts of Aita al-Shaab", "Nabatieh", "LB", "explosion", "Israeli forces", "unknown",
       None, None, None, None,
       "Israeli artillery shelled the outskirts of Aitaroun and Aita al-Shaab overnight, the state-run National News Agency said.",
       note="split from one sentence naming two villages; no casualties mentioned"),
],
figures=[
    fig("killed", 180, "Lebanon",
        "More than 180 people have been killed in Lebanon since the exchanges began on October 8"),
    fig("killed", 26, "Lebanon",
        "at least 26 civilians", note="civilians killed in Lebanon"),
    fig("killed", 14, "northern Israel",
        "On the Israeli side, nine soldiers and five civilians have been killed.", note="= 9 soldiers + 5 civilians"),
    fig("displaced", 76000, "south Lebanon",
        "About 76,000 people have fled villages in south Lebanon"),
    fig("displaced", 80000, "northern Israel",
        "some 80,000 Israelis have been evacuated from communities near the border"),
])

report("b30-24", "2022-09-29", "https://www.example-jordanvalleytimes.com/westbank/2022/09/29/tulkarm-checkpoint-gunman",
"""
Gunman shot dead after wounding soldier at Tulkarm checkpoint

TULKARM, West Bank, Sept. 29 (Jordan Valley Times) - A Palestinian gunman opened fire at an Israeli army checkpoint near Tulkarm early on Thursday, wounding a soldier before troops shot him dead, the military said.

The Palestinian health ministry confirmed the death of a 21-year-old man. No group claimed the attack.

Israeli forces have raided the northern West Bank almost nightly since a wave of attacks in the spring. About 100 Palestinians have been killed in the West Bank this year.
""",
events=[
    ev("A Palestinian gunman opened fire at an army checkpoint near Tulkarm, wounding a soldier, and was shot dead by troops.",
       "2022-09-29", "‘early on Thursday’, the day of the Thursday 2022-09-29 dateline",
       "checkpoint near Tulkarm", "West Bank", "PS", "battle", "militants (unidentified)", "Israeli forces",
       1, None, 1, None,
       "A Palestinian gunman opened fire at an Israeli army checkpoint near Tulkarm early on Thursday, wounding a soldier before troops shot him dead, the military said.",
       note="the gunman's death counts; no group claimed"),
],
figures=[
    fig("killed", 100, "West Bank",
        "About 100 Palestinians have been killed in the West Bank this year."),
])

report("b30-25", "2012-11-19", "https://www.example-medtimes.com/gaza/2012/11/19/zeitoun-strike-media-tower",
"""
Israeli strike kills four in Gaza City home; media tower hit again

GAZA CITY, November 19 (Mediterranean Times) - An Israeli air strike destroyed a house in the Zeitoun neighbourhood of Gaza City on Sunday evening, killing four people, two of them children, medics said, on the fifth day of Israel's offensive against militants in the Gaza Strip.

The Israeli military said it had targeted a senior rocket launcher of Islamic Jihad who lived in the building. Neighbours said the man was not at home.

Early on Monday, aircraft struck a high-rise building housing media offices in the Rimal district for the second day running, wounding three journalists, a Palestinian journalists' union said. The army said it had hit "an Islamic Jihad operations room" on an upper floor.

Palestinian militants fired more than 100 rockets at Israel on Sunday, the army said, and the Iron Dome anti-missile system intercepted about 40 of them. A rocket hit an empty school in Beersheba, where classes had been cancelled. No one was hurt, police said. Islamic Jihad's armed wing, the al-Quds Brigades, said it had fired the rockets at Beersheba.

Gaza health officials say 91 Palestinians have been killed since the offensive began on Wednesday, more than half of them civilians. Three Israelis have been killed by rockets.

Egypt was hosting talks on a ceasefire, with the Egyptian president saying there were "some indications" of a truce. Israel has massed troops on the border and called up tens of thousands of reservists for a possible ground invasion.

"We prefer a diplomatic solution, but if not, we are ready for a broad ground operation," an Israeli official said on condition of anonymity.

The Israeli military says it has hit more than 1,350 targets in Gaza since Wednesday, including rocket launch sites, weapons stores and the homes of militant commanders.
""",
events=[
    ev("An Israeli air strike destroyed a house in Gaza City's Zeitoun neighbourhood, killing four people including two children; the army said it had targeted an Islamic Jihad rocket launcher.",
       "2012-11-18", "‘on Sunday evening’ before the Monday 2012-11-19 dateline: Sunday 2012-11-18",
       "Zeitoun", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       4, None, None, None,
       "An Israeli air strike destroyed a house in the Zeitoun neighbourhood of Gaza City on Sunday evening, killing four people, two of them children, medics said"),
    ev("Israeli aircraft struck a high-rise building housing media offices in the Rimal district, wounding three journalists.",
       "2012-11-19", "‘Early on Monday’, the day of the Monday 2012-11-19 dateline",
       "Rimal", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       None, None, 3, None,
       '''Early on Monday, aircraft struck a high-rise building housing media offices in the Rimal district for the second day running, wounding three journalists, a Palestinian journalists' union said. The army said it had hit "an Islamic Jihad operations room" on an upper floor.''',
       note="the striker is named by its own claim in the next sentence; the previous day's strike on the building is not described"),
    ev("A rocket fired by Islamic Jihad's al-Quds Brigades hit an empty school in Beersheba; no one was hurt.",
       "2012-11-18", "‘on Sunday’ before the Monday 2012-11-19 dateline: Sunday 2012-11-18",
       "Beersheba", "Southern District", "IL", "explosion", "Palestinian Islamic Jihad", "civilians",
       0, None, 0, None,
       "A rocket hit an empty school in Beersheba, where classes had been cancelled. No one was hurt, police said. Islamic Jihad's armed wing, the al-Quds Brigades, said it had fired the rockets at Beersheba."),
],
figures=[
    fig("other", 100, "Israel",
        "Palestinian militants fired more than 100 rockets at Israel on Sunday", note="rockets in a day"),
    fig("other", 40, "Israel",
        "the Iron Dome anti-missile system intercepted about 40 of them", note="rockets intercepted"),
    fig("killed", 91, "Gaza Strip",
        "Gaza health officials say 91 Palestinians have been killed since the offensive began on Wednesday"),
    fig("killed", 3, "Israel",
        "Three Israelis have been killed by rockets."),
    fig("other", 1350, "Gaza Strip",
        "it has hit more than 1,350 targets in Gaza since Wednesday", note="targets struck"),
])

report("b30-26", "2024-06-20", "https://www.example-galileeherald.com/north/2024/06/20/kiryat-shmona-empty-border",
"""
Eight months on, Israel's northern border towns stand empty

KIRYAT SHMONA, Israel, June 20 (Galilee Herald) - The playgrounds are overgrown, the shops shuttered, and the only traffic on the main road through Kiryat Shmona is army trucks. Eight months after Hezbollah began firing rockets, drones and anti-tank missiles across the border, this town of 22,000 is almost deserted.

About 60,000 Israelis were evacuated from communities near the Lebanese border in October, and most have been living in hotels and rented flats ever since. On the other side, about 95,000 Lebanese have fled villages in the south, according to the International Organization for Migration.

Hezbollah says more than 340 of its fighters have been killed since October 8. On the Israeli side, 15 soldiers and 10 civilians have been killed in the north, according to army figures.

"Every family here is asking the same question: when do we go home, and will there be a home to go back to," said a municipal official who asked not to be named. About 1,000 buildings in the north have been damaged, according to the government.

Fires set off by rockets and interceptor debris have burned tens of thousands of acres of forest and farmland this month, firefighters say.

Israeli officials have warned that they could launch a wider operation to push Hezbollah back from the border if diplomacy fails. Hezbollah's leader has said the group will keep up its attacks as long as the war in Gaza continues.

In the meantime, residents who stayed behind say they have learned to live with the sirens. "You hear the boom, you count, you go back to what you were doing," said a grocer, one of the few whose shop is still open. "What choice do we have?"
""",
figures=[
    fig("displaced", 60000, "northern Israel",
        "About 60,000 Israelis were evacuated from communities near the Lebanese border in October"),
    fig("displaced", 95000, "south Lebanon",
        "about 95,000 Lebanese have fled villages in the south"),
    fig("killed", 340, "Lebanon",
        "Hezbollah says more than 340 of its fighters have been killed since October 8.", note="Hezbollah's own dead"),
    fig("killed", 25, "northern Israel",
        "On the Israeli side, 15 soldiers and 10 civilians have been killed in the north", note="= 15 soldiers + 10 civilians"),
    fig("other", 1000, "northern Israel",
        "About 1,000 buildings in the north have been damaged", note="buildings damaged"),
    fig("other", 22000, "Kiryat Shmona",
        "this town of 22,000 is almost deserted", note="pre-war population"),
],
country_hint="IL-PS-LB")

report("b30-27", "2016-02-17", "https://www.example-holylandreporter.com/westbank/2016/02/17/surif-demolitions-clashes",
"""
Israel demolishes attackers' family homes near Hebron; clashes follow
Published: February 17, 2016

Israeli troops demolished the family homes of two Palestinians who carried out attacks last year in the village of Surif, north-west of Hebron, early on Wednesday, the army said.

Bulldozers and explosives engineers moved in before dawn, residents said, after soldiers sealed off the village and ordered families in neighbouring houses to leave. The army said the demolitions were meant to deter future attacks.

Clashes broke out after the demolitions as dozens of youths threw stones and firebombs at soldiers, who responded with tear gas and rubber-coated bullets. The Palestinian Red Crescent said 11 people were treated for rubber-bullet wounds.

The army said it had detained 17 Palestinians overnight in raids across the West Bank, eight of them in the Hebron area.

On Tuesday afternoon, a Palestinian woman tried to stab a soldier at the Zaatara junction south of Nablus and was shot and wounded, the army said. No soldier was hurt.

Since October, Palestinian attacks, mostly stabbings, have killed 28 Israelis. Israeli forces have killed about 165 Palestinians in the same period, most of them while carrying out or attempting attacks, according to a tally by the newspaper.

Human rights groups say punitive demolitions amount to collective punishment. Israel says they are a necessary deterrent.
""",
events=[
    ev("Israeli troops demolished the family homes of two Palestinian attackers in Surif.",
       "2016-02-17", "‘early on Wednesday’, the day of the Wednesday 2016-02-17 publication line",
       "Surif", "West Bank", "PS", "other", "Israeli forces", "civilians",
       None, None, None, None,
       "Israeli troops demolished the family homes of two Palestinians who carried out attacks last year in the village of Surif, north-west of Hebron, early on Wednesday, the army said.",
       note="punitive demolition: Looting/property destruction"),
    ev("Youths threw stones and firebombs at soldiers in Surif after the demolitions; 11 people were treated for rubber-bullet wounds.",
       "2016-02-17", "after the demolitions ‘early on Wednesday’: Wednesday 2016-02-17",
       "Surif", "West Bank", "PS", "other", "protesters", "Israeli forces",
       None, None, 11, None,
       "Clashes broke out after the demolitions as dozens of youths threw stones and firebombs at soldiers, who responded with tear gas and rubber-coated bullets. The Palestinian Red Crescent said 11 people were treated for rubber-bullet wounds.",
       note="a violent demonstration (Riots) is 'other' in the gold types"),
    ev("The Israeli army detained 17 Palestinians in overnight raids across the West Bank, eight of them in the Hebron area.",
       "2016-02-16", "‘overnight’ before the Wednesday 2016-02-17 publication: the night of Tuesday 2016-02-16",
       "West Bank", "West Bank", "PS", "arrest", "Israeli forces", "civilians",
       None, None, None, None,
       "The army said it had detained 17 Palestinians overnight in raids across the West Bank, eight of them in the Hebron area.",
       note="no place more precise than the West Bank", arrested=17, optional=True),
    ev("A Palestinian woman tried to stab a soldier at the Zaatara junction and was shot and wounded; no soldier was hurt.",
       "2016-02-16", "‘On Tuesday afternoon’ before the Wednesday 2016-02-17 publication: Tuesday 2016-02-16",
       "Zaatara junction", "West Bank", "PS", "battle", "militants (unidentified)", "Israeli forces",
       0, None, 1, None,
       "On Tuesday afternoon, a Palestinian woman tried to stab a soldier at the Zaatara junction south of Nablus and was shot and wounded, the army said. No soldier was hurt.",
       note="killed 0: the attacker survived wounded and no soldier was hurt; a lone attack on soldiers is a battle"),
],
figures=[
    fig("killed", 28, "Israel",
        "Since October, Palestinian attacks, mostly stabbings, have killed 28 Israelis."),
    fig("killed", 165, "West Bank",
        "Israeli forces have killed about 165 Palestinians in the same period"),
])

# ---------------------------------------------------------------------------
# b30-28 .. b30-36  (Lebanon 2024, Gaza 2024, the Caucasus)
# ---------------------------------------------------------------------------

report("b30-28", "2024-10-03", "https://www.example-cedardaily.com/war/2024/10/03/odaisseh-kfar-kila-haret-hreik",
"""
Israeli troops and Hezbollah clash in border villages; strike hits Beirut suburb

BEIRUT, October 3 (Cedar Daily) - Israeli ground troops fought Hezbollah fighters in several border villages on Wednesday, and an Israeli strike on Beirut's southern suburbs late in the day killed four people, Lebanese officials said, as Israel pressed the ground incursion it launched the day before.

Hezbollah said its fighters had confronted Israeli forces trying to advance on the villages of Odaisseh and Kfar Kila and claimed to have destroyed three Merkava tanks with guided missiles. It said the attackers had been forced to retreat "after suffering losses".

The Israeli army said five soldiers had been killed in southern Lebanon on Wednesday, without saying where, the first deaths it has announced since the start of the ground operation. It said its troops had killed "dozens of terrorists" and destroyed tunnel shafts and weapons depots.

Late on Wednesday, a strike on a residential building in Haret Hreik, in Beirut's southern suburbs, killed four people and wounded 12, the health ministry said. The Israeli military said it had struck a Hezbollah intelligence headquarters and had warned residents of nearby buildings to leave.

Hezbollah kept up its rocket fire on northern Israel. A rocket slammed into a street in Safed on Wednesday afternoon, lightly wounding two people, the Magen David Adom ambulance service said. Hezbollah said it had fired a salvo at "the Zionist army's northern command" in the city.

Lebanon's health ministry says more than 1,900 people have been killed in Lebanon since October last year, most of them in the past two weeks. The government estimates that up to 1.2 million people have been displaced, and the United Nations says more than 300,000 people, most of them Syrians, have crossed into Syria.

The Israeli military has ordered residents of dozens of villages in the south to move north of the Awali river. Roads out of the south were jammed with cars piled high with mattresses.

"We left with nothing. We don't know if our house is still standing," said a woman from Nabatieh sheltering in a school in Beirut.
""",
events=[
    ev("Israeli ground troops trying to advance on Odaisseh fought Hezbollah fighters, who claimed to have destroyed tanks and forced them back.",
       "2024-10-02", "‘on Wednesday’ before the Thursday 2024-10-03 dateline: Wednesday 2024-10-02",
       "Odaisseh", "Nabatieh", "LB", "battle", "Israeli forces", "Hezbollah",
       None, None, None, None,
       "Israeli ground troops fought Hezbollah fighters in several border villages on Wednesday [...] Hezbollah said its fighters had confronted Israeli forces trying to advance on the villages of Odaisseh and Kfar Kila",
       note="split from one sentence naming two villages; Hezbollah's claim of three tanks is not a toll"),
    ev("Israeli ground troops trying to advance on Kfar Kila fought Hezbollah fighters.",
       "2024-10-02", "‘on Wednesday’ before the Thursday 2024-10-03 dateline: Wednesday 2024-10-02",
       "Kfar Kila", "Nabatieh", "LB", "battle", "Israeli forces", "Hezbollah",
       None, None, None, None,
       "Israeli ground troops fought Hezbollah fighters in several border villages on Wednesday [...] Hezbollah said its fighters had confronted Israeli forces trying to advance on the villages of Odaisseh and Kfar Kila",
       note="split from one sentence naming two villages"),
    ev("Five Israeli soldiers were killed in fighting with Hezbollah somewhere in southern Lebanon.",
       "2024-10-02", "‘on Wednesday’ before the Thursday 2024-10-03 dateline: Wednesday 2024-10-02",
       "southern Lebanon", "Nabatieh", "LB", "battle", "Israeli forces", "Hezbollah",
       5, None, None, None,
       '''The Israeli army said five soldiers had been killed in southern Lebanon on Wednesday, without saying where, the first deaths it has announced since the start of the ground operation. It said its troops had killed "dozens of terrorists"''',
       note="place not given, so it may or may not be Odaisseh or Kfar Kila; 'dozens of terrorists' is a claim and vague", optional=True),
    ev("An Israeli strike on a residential building in Haret Hreik killed four people and wounded 12; the army said it hit a Hezbollah intelligence headquarters.",
       "2024-10-02", "‘Late on Wednesday’ before the Thursday 2024-10-03 dateline: Wednesday 2024-10-02",
       "Haret Hreik", "Mount Lebanon", "LB", "explosion", "Israeli forces", "Hezbollah",
       4, None, 12, None,
       "Late on Wednesday, a strike on a residential building in Haret Hreik, in Beirut's southern suburbs, killed four people and wounded 12, the health ministry said. The Israeli military said it had struck a Hezbollah intelligence headquarters",
       note="actor2 is the target the army named; the dead were not identified"),
    ev("A Hezbollah rocket slammed into a street in Safed, lightly wounding two people.",
       "2024-10-02", "‘on Wednesday afternoon’ before the Thursday 2024-10-03 dateline: Wednesday 2024-10-02",
       "Safed", "Northern District", "IL", "explosion", "Hezbollah", "civilians",
       None, None, 2, None,
       '''A rocket slammed into a street in Safed on Wednesday afternoon, lightly wounding two people, the Magen David Adom ambulance service said. Hezbollah said it had fired a salvo at "the Zionist army's northern command" in the city.'''),
],
figures=[
    fig("killed", 1900, "Lebanon",
        "Lebanon's health ministry says more than 1,900 people have been killed in Lebanon since October last year"),
    fig("displaced", 1200000, "Lebanon",
        "The government estimates that up to 1.2 million people have been displaced"),
    fig("displaced", 300000, "Lebanon",
        "more than 300,000 people, most of them Syrians, have crossed into Syria", note="crossed into Syria"),
])

report("b30-29", "2024-08-02", "https://www.example-coastaldaily.com/gaza/2024/08/02/mawasi-tents-strike",
"""
Strike on tents in al-Mawasi kills seven, Gaza civil defence says
Updated 2 August 2024, 11:05 GMT

At least seven people were killed when an Israeli strike hit tents sheltering displaced families in al-Mawasi, west of Khan Younis, overnight, Gaza's civil defence said on Friday.

A hospital official in Khan Younis said nine bodies had arrived, among them those of three women.

The Israeli military said it had struck "a Hamas terrorist operating from within the humanitarian area".

Hundreds of thousands of displaced people are crowded into the coastal strip, which Israel has designated a humanitarian zone.
""",
events=[
    ev("An Israeli strike hit tents of displaced families in al-Mawasi, west of Khan Younis; the civil defence counted at least seven killed, a hospital official nine.",
       "2024-08-01", "‘overnight’ before the Friday 2024-08-02 update: the night of Thursday 2024-08-01",
       "al-Mawasi", "Gaza Strip", "PS", "explosion", "Israeli forces", "civilians",
       7, 9, None, None,
       '''At least seven people were killed when an Israeli strike hit tents sheltering displaced families in al-Mawasi, west of Khan Younis, overnight, Gaza's civil defence said on Friday. [...] A hospital official in Khan Younis said nine bodies had arrived, among them those of three women. [...] The Israeli military said it had struck "a Hamas terrorist operating from within the humanitarian area".''',
       note="conflicting tolls 7 (civil defence) vs 9 (hospital)"),
])

report("b30-30", "2016-04-04", "https://www.example-caspianbulletin.com/karabakh/2016/04/04/lele-tepe-talysh-tartar",
"""
Azerbaijan says it holds captured heights as Karabakh fighting enters third day

BAKU/YEREVAN (Caspian Bulletin) — Azerbaijan said on Monday its troops were holding the strategic heights they had captured in Nagorno-Karabakh at the weekend, as fighting between Azerbaijani forces and ethnic Armenian troops went on for a third day despite a unilateral halt to offensive operations announced by Baku.

Azerbaijan's defence ministry said its forces had taken the Lele Tepe height, which overlooks the Araz valley near the town of Horadiz, on Saturday morning, along with several positions near the village of Talysh in the north of the region. "The height is under the full control of our units," the ministry said.

The defence ministry of the self-proclaimed Nagorno-Karabakh republic said its forces had retaken two of the lost positions near Talysh on Sunday, after heavy fighting overnight, and that Lele Tepe was "of no strategic importance".

Shells fired by Armenian forces killed two civilians, one of them a teenager, and wounded five in the Azerbaijani town of Tartar on Sunday, Azerbaijan's prosecutor general's office said. Armenia's defence ministry said its forces had not fired on Tartar and called the report "disinformation".

"The shells fell on our street in the night. We took the children down to the cellar and waited until morning," a woman in Tartar told a local television channel.

Azerbaijan said 12 of its servicemen had been killed since Saturday. Karabakh's defence ministry said 18 of its troops had been killed and 35 wounded. Both sides said they had killed hundreds of enemy soldiers, claims that could not be verified.

The conflict erupted as the Soviet Union collapsed. About 30,000 people were killed in a war that ended with a Russian-brokered ceasefire in 1994, leaving Karabakh and seven surrounding districts in the hands of ethnic Armenian forces backed by Armenia.

Russia, France and the United States, which co-chair the OSCE Minsk Group of mediators, called on both sides to respect the ceasefire. Turkey's president said his country would stand by Azerbaijan "to the end".
""",
events=[
    ev("Azerbaijani forces captured the Lele Tepe height overlooking the Araz valley near Horadiz.",
       "2016-04-02", "‘on Saturday morning’ in a report dated Monday 2016-04-04: Saturday 2016-04-02",
       "Lele Tepe", "Fuzuli", "AZ", "territory_gain", "Azerbaijani forces", "Nagorno-Karabakh Defence Army",
       None, None, None, None,
       "Azerbaijan's defence ministry said its forces had taken the Lele Tepe height, which overlooks the Araz valley near the town of Horadiz, on Saturday morning"),
    ev("Nagorno-Karabakh forces retook two positions near Talysh after heavy fighting overnight.",
       "2016-04-03", "‘on Sunday, after heavy fighting overnight’ in a report dated Monday 2016-04-04: Sunday 2016-04-03",
       "positions near Talysh", "Nagorno-Karabakh", "AZ", "territory_gain", "Nagorno-Karabakh Defence Army", "Azerbaijani forces",
       None, None, None, None,
       "The defence ministry of the self-proclaimed Nagorno-Karabakh republic said its forces had retaken two of the lost positions near Talysh on Sunday, after heavy fighting overnight",
       note="Azerbaijan's earlier capture of these positions is not dated, so it is not a separate event"),
    ev("Shells killed two civilians and wounded five in Tartar; Azerbaijan blamed Armenian forces, which denied firing on the town.",
       "2016-04-03", "‘on Sunday’ in a report dated Monday 2016-04-04: Sunday 2016-04-03",
       "Tartar", "Tartar", "AZ", "explosion", "unknown", "civilians",
       2, None, 5, None,
       '''Shells fired by Armenian forces killed two civilians, one of them a teenager, and wounded five in the Azerbaijani town of Tartar on Sunday, Azerbaijan's prosecutor general's office said. Armenia's defence ministry said its forces had not fired on Tartar and called the report "disinformation".''',
       note="blame and denial: unknown"),
],
figures=[
    fig("killed", 12, "Nagorno-Karabakh",
        "Azerbaijan said 12 of its servicemen had been killed since Saturday.", note="Azerbaijan's own dead"),
    fig("killed", 18, "Nagorno-Karabakh",
        "Karabakh's defence ministry said 18 of its troops had been killed and 35 wounded.", note="Karabakh's own dead"),
    fig("wounded", 35, "Nagorno-Karabakh",
        "Karabakh's defence ministry said 18 of its troops had been killed and 35 wounded."),
    fig("killed", 30000, "Nagorno-Karabakh",
        "About 30,000 people were killed in a war that ended with a Russian-brokered ceasefire in 1994"),
])

report("b30-31", "2020-10-12", "https://www.example-caucasuswire.com/karabakh/2020/10/12/truce-frays-terter-stepanakert",
"""
Karabakh truce in tatters as both sides trade blame for shelling

STEPANAKERT, Nagorno-Karabakh, Oct. 12 (Caucasus Wire) — A humanitarian ceasefire brokered by Russia was fraying on Monday, as Armenia and Azerbaijan accused each other of shelling towns and villages and Azerbaijan's president claimed new gains in the south of Nagorno-Karabakh.

The truce, agreed after more than ten hours of talks between the two countries' foreign ministers in Moscow, was meant to take effect at noon on Saturday to allow the exchange of prisoners and of the bodies of the dead. Neither exchange has taken place.

Azerbaijan's prosecutor-general's office said Armenian forces had shelled the town of Terter on Sunday, killing a man and wounding three people, two of them women. Armenia's defence ministry said its forces were observing the truce and had not fired on Terter, and accused Baku of "fabricating pretexts" for new attacks.

In Stepanakert, the region's main city, artillery shells fell on residential streets for about an hour on Sunday evening, wounding four civilians, Karabakh's human rights ombudsman said, blaming Azerbaijani forces. Azerbaijan's defence ministry said its units had only responded to Armenian fire and did not target civilians.

Much of Stepanakert's population has spent the past two weeks in basements. In one, beneath a five-storey block near the central market, about 40 people slept on mattresses and camp beds, and a generator powered a single bulb.

"We came down here on the first day and we have been here since," said a retired teacher, wrapped in a blanket. "When it is quiet for an hour, we go up to cook. Then the sirens start again."

Fighting also continued around Hadrut, a town in the south of the region which Azerbaijan said its forces captured on Friday. Karabakh officials insisted on Monday that their troops were still fighting in the town and its outskirts, and the Armenian defence ministry published video it said showed its soldiers there.

On Sunday, Azerbaijan's president announced that the army had "liberated" the villages of Shukurbeyli, Yukhari Maralyan, Sheybey and Kuyuzhag in the Jabrayil district, just south of Hadrut.

Karabakh's defence ministry added 16 names to its list of servicemen killed, bringing its military death toll to 532 since fighting erupted on September 27. Azerbaijan has not disclosed its military losses, but says 41 civilians have been killed and more than 200 wounded on its side. Karabakh officials say 31 civilians have been killed in the region.

About half of Karabakh's population of some 150,000 has fled, most of them to Armenia, according to the region's authorities.

The fighting is the worst since a war in the early 1990s that killed about 30,000 people and left the mainly Armenian-populated region and seven surrounding districts under ethnic Armenian control. Azerbaijan, backed by Turkey, says it is fighting to recover its own land. Armenia, which has a defence pact with Russia, says it is defending the region's Armenians from an existential threat.

The International Committee of the Red Cross, which was to oversee the exchange of bodies and prisoners, said it was ready to act as soon as both sides gave security guarantees. "We are ready. But we cannot send our teams into an active front line," a spokesman said.

The foreign ministers of Russia, France and the United States, whose countries co-chair the OSCE Minsk Group, urged both sides to respect the truce. Russia's foreign minister spoke by telephone with his Armenian and Azerbaijani counterparts on Monday, his ministry said.

In Baku, thousands of people gathered at funerals for civilians killed in earlier shelling. Azerbaijani officials have accused Armenia of deliberately targeting towns far from the front, including Ganja, the country's second-largest city, a charge Yerevan denies.

Analysts say neither side appears ready to stop fighting. Azerbaijan, with drones bought from Turkey and Israel, has made slow but steady advances in the flat south, while Armenian forces hold strong positions in the mountainous north and centre of the region.

"The Moscow agreement was a pause on paper, not on the ground," said a Caucasus analyst at a European think-tank. "Baku believes it is winning, and Yerevan cannot afford to be seen retreating."
""",
events=[
    ev("Shells killed a man and wounded three people in Terter; Azerbaijan blamed Armenian forces, which denied firing on the town.",
       "2020-10-11", "‘on Sunday’ before the Monday 2020-10-12 dateline: Sunday 2020-10-11",
       "Terter", "Tartar", "AZ", "explosion", "unknown", "civilians",
       1, None, 3, None,
       '''Azerbaijan's prosecutor-general's office said Armenian forces had shelled the town of Terter on Sunday, killing a man and wounding three people, two of them women. Armenia's defence ministry said its forces were observing the truce and had not fired on Terter, and accused Baku of "fabricating pretexts" for new attacks.''',
       note="blame and denial: unknown"),
    ev("Artillery shells fell on residential streets of Stepanakert for about an hour, wounding four civilians; Azerbaijan said it only responded to Armenian fire.",
       "2020-10-11", "‘on Sunday evening’ before the Monday 2020-10-12 dateline: Sunday 2020-10-11",
       "Stepanakert", "Nagorno-Karabakh", "AZ", "explosion", "Azerbaijani forces", "civilians",
       None, None, 4, None,
       "In Stepanakert, the region's main city, artillery shells fell on residential streets for about an hour on Sunday evening, wounding four civilians, Karabakh's human rights ombudsman said, blaming Azerbaijani forces. Azerbaijan's defence ministry said its units had only responded to Armenian fire and did not target civilians.",
       note="Azerbaijan admits firing and disputes only the target: Azerbaijani forces"),
    ev("Azerbaijan said its forces captured the town of Hadrut; Karabakh officials said fighting continued there.",
       "2020-10-09", "‘which Azerbaijan said its forces captured on Friday’ before the Monday 2020-10-12 dateline: Friday 2020-10-09",
       "Hadrut", "Nagorno-Karabakh", "AZ", "territory_gain", "Azerbaijani forces", "Nagorno-Karabakh Defence Army",
       None, None, None, None,
       "Fighting also continued around Hadrut, a town in the south of the region which Azerbaijan said its forces captured on Friday. Karabakh officials insisted on Monday that their troops were still fighting in the town and its outskirts",
       note="capture disputed by Karabakh"),
    ev("Azerbaijan's president announced that the army had taken four villages in the Jabrayil district: Shukurbeyli, Yukhari Maralyan, Sheybey and Kuyuzhag.",
       None, "announced ‘On Sunday’ (Sunday 2020-10-11); the day of the capture is not given",
       "Shukurbeyli, Yukhari Maralyan, Sheybey and Kuyuzhag", "Jabrayil", "AZ", "territory_gain", "Azerbaijani forces", "Nagorno-Karabakh Defence Army",
       None, None, None, None,
       '''On Sunday, Azerbaijan's president announced that the army had "liberated" the villages of Shukurbeyli, Yukhari Maralyan, Sheybey and Kuyuzhag in the Jabrayil district, just south of Hadrut.''',
       note="a list of four villages from one announcement stays one event"),
],
figures=[
    fig("killed", 532, "Nagorno-Karabakh",
        "bringing its military death toll to 532 since fighting erupted on September 27"),
    fig("killed", 16, "Nagorno-Karabakh",
        "Karabakh's defence ministry added 16 names to its list of servicemen killed", note="newly listed dead, no day or place"),
    fig("killed", 41, "Azerbaijan",
        "says 41 civilians have been killed and more than 200 wounded on its side"),
    fig("wounded", 200, "Azerbaijan",
        "says 41 civilians have been killed and more than 200 wounded on its side"),
    fig("killed", 31, "Nagorno-Karabakh",
        "Karabakh officials say 31 civilians have been killed in the region."),
    fig("displaced", 75000, "Nagorno-Karabakh",
        "About half of Karabakh's population of some 150,000 has fled", note="half of 150,000"),
    fig("killed", 30000, "Nagorno-Karabakh",
        "a war in the early 1990s that killed about 30,000 people"),
])

report("b30-32", "2020-10-10", "https://www.example-caspianbulletin.com/karabakh/2020/10/10/hadrut-claim-martuni",
"""
Azerbaijan says it has taken Hadrut; Armenians deny

BAKU, October 10 (Caspian Bulletin) - Azerbaijan's president said on Friday that his forces had taken the town of Hadrut and seven villages around it in southern Nagorno-Karabakh, the biggest gain Baku has claimed since fighting erupted on September 27. Armenian officials denied that the town had fallen.

Karabakh authorities said Azerbaijani shelling had killed a civilian in the town of Martuni on Friday.

The two countries' foreign ministers were meeting in Moscow for talks on a ceasefire.
""",
events=[
    ev("Azerbaijan's president said his forces had taken Hadrut and seven villages around it; Armenian officials denied it.",
       None, "the president ‘said on Friday’ (Friday 2020-10-09); the day of the capture is not given",
       "Hadrut", "Nagorno-Karabakh", "AZ", "territory_gain", "Azerbaijani forces", "Nagorno-Karabakh Defence Army",
       None, None, None, None,
       "Azerbaijan's president said on Friday that his forces had taken the town of Hadrut and seven villages around it in southern Nagorno-Karabakh",
       note="capture disputed; the seven villages are not named"),
    ev("Azerbaijani shelling killed a civilian in Martuni, according to the Karabakh authorities.",
       "2020-10-09", "‘on Friday’ before the Saturday 2020-10-10 dateline: Friday 2020-10-09",
       "Martuni", "Nagorno-Karabakh", "AZ", "explosion", "Azerbaijani forces", "civilians",
       1, None, None, None,
       "Karabakh authorities said Azerbaijani shelling had killed a civilian in the town of Martuni on Friday.",
       note="blamed, no denial"),
])

report("b30-33", "2023-10-02", "https://www.example-caucasuswire.com/armenia/2023/10/02/goris-refugees-karabakh",
"""
In Goris, Karabakh's refugees face winter with nowhere to go

GORIS, Armenia (Caucasus Wire) — The cars keep coming down the mountain road, loaded with suitcases, mattresses and the occasional sheep, but the flow has slowed to a trickle. Almost everyone who wanted to leave Nagorno-Karabakh has already left.

Armenia's government said on Monday that 100,400 people had crossed into the country from the region over the past week, out of a population that Karabakh officials put at about 120,000 before the exodus. Local officials in Stepanakert say fewer than 1,000 ethnic Armenians remain, most of them officials, emergency workers, and elderly people who refused to go.

Border guards counted more than 21,000 vehicles crossing the Hakari bridge, the only road link between Armenia and the region.

In Goris, a town of 20,000 people that has become the first stop for the refugees, the central square has been turned into a registration point. Volunteers hand out bread, blankets and SIM cards, and buses take families on to hotels, dormitories and schools across the country.

"We left everything. My father's grave, my house, my garden," said a woman in her sixties who arrived with her daughter and three grandchildren. "They told us we could stay as citizens of Azerbaijan. Nobody believed it."

The government says it is housing about 30,000 people in hotels and collective shelters, and has promised monthly payments to every refugee, but officials admit that the country, with a population of under 3 million, will struggle to absorb them.

The U.N. refugee agency has appealed for funds to help Armenia through the winter and says many of the new arrivals are children, elderly or disabled.

A U.N. team that visited Stepanakert at the weekend, the first in about 30 years, said it had found the city almost empty, with no sign of damage to civilian infrastructure in the areas it visited.

Azerbaijan says the Armenians are free to stay and will be given the same rights as other citizens. Few in Goris are ready to test that promise.
""",
figures=[
    fig("displaced", 100400, "Nagorno-Karabakh",
        "100,400 people had crossed into the country from the region over the past week"),
    fig("other", 120000, "Nagorno-Karabakh",
        "a population that Karabakh officials put at about 120,000 before the exodus", note="population before the exodus"),
    fig("other", 1000, "Nagorno-Karabakh",
        "fewer than 1,000 ethnic Armenians remain", note="people remaining"),
    fig("other", 21000, "Hakari bridge",
        "Border guards counted more than 21,000 vehicles crossing the Hakari bridge", note="vehicles"),
    fig("displaced", 30000, "Armenia",
        "about 30,000 people in hotels and collective shelters", note="refugees in shelters"),
],
country_hint="AZ-AM")

report("b30-34", "2022-04-04", "https://www.example-caspianbulletin.com/azerbaijan/2022/04/04/mines-karabakh-return",
"""
Mines stall Azerbaijan's plans for return to retaken districts

BAKU, 4 April 2022 (Caspian Bulletin) – Landmines have killed 37 people and wounded 153 in the districts Azerbaijan regained in and around Nagorno-Karabakh since the end of the 2020 war, the country's mine action agency said on Monday, marking the International Day for Mine Awareness.

Most of the victims were civilians, among them shepherds, farmers and construction workers building new roads, the agency said. Soldiers and deminers account for the rest.

Since November 2020, deminers have cleared about 28,000 hectares and found more than 100,000 mines and pieces of unexploded ordnance, the agency said. It estimates that as many as 1.5 million mines may remain, though independent experts say the figure cannot be verified without a proper survey.

The government plans to resettle tens of thousands of families in the regained districts by 2026, starting with a new "smart village" at Aghali in the Zangilan district, where the first 41 families are due to move in this summer.

"We cannot bring people back to fields full of mines," said an official of the agency. "Every hectare has to be checked."

Azerbaijan says Armenia has handed over maps for only part of the minefields laid during almost three decades of Armenian control, and that many of them are inaccurate. Armenia says it has shared all the maps it has.

About 650,000 Azerbaijanis were displaced in the war of the early 1990s, according to the government, and many of their descendants are still living in temporary housing in Baku and other cities.
""",
figures=[
    fig("killed", 37, "districts regained by Azerbaijan",
        "Landmines have killed 37 people and wounded 153 in the districts Azerbaijan regained in and around Nagorno-Karabakh since the end of the 2020 war"),
    fig("wounded", 153, "districts regained by Azerbaijan",
        "Landmines have killed 37 people and wounded 153 in the districts Azerbaijan regained in and around Nagorno-Karabakh since the end of the 2020 war"),
    fig("other", 28000, "districts regained by Azerbaijan",
        "deminers have cleared about 28,000 hectares", note="hectares cleared"),
    fig("other", 100000, "districts regained by Azerbaijan",
        "found more than 100,000 mines and pieces of unexploded ordnance", note="mines and ordnance found"),
    fig("other", 1500000, "districts regained by Azerbaijan",
        "It estimates that as many as 1.5 million mines may remain", note="mines estimated to remain"),
    fig("returned", 41, "Aghali",
        "where the first 41 families are due to move in this summer", note="families, planned"),
    fig("displaced", 650000, "Azerbaijan",
        "About 650,000 Azerbaijanis were displaced in the war of the early 1990s"),
],
country_hint="AZ-AM")

report("b30-35", "2023-09-20", "https://www.example-nordreport.com/caucasus/2023/09/20/karabakh-ceasefire-disarm",
"""
Karabakh Armenians agree to disarm a day after Azerbaijani offensive

STEPANAKERT, 20 September 2023 (Nord Report) — Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms, a day after Azerbaijan launched a military offensive that overran several of their positions and sent thousands of civilians fleeing, in what appeared to be the end of their three-decade bid to break away from Baku.

Under the ceasefire, which took effect at 1 p.m. on Wednesday and was mediated by the command of the Russian peacekeeping contingent, the Karabakh Defence Army will disband and hand over its heavy weapons, and representatives of the region's Armenians will hold talks with the Azerbaijani government on Thursday in the town of Yevlakh on the "reintegration" of the region, the Karabakh authorities said in a statement issued in Stepanakert.

Azerbaijan's presidency confirmed the agreement and said its "local anti-terrorist measures" had been halted.

The offensive began on Tuesday afternoon with artillery and drone strikes along the line of contact and on Stepanakert itself. Shells and drone-dropped munitions hit residential areas of the city on Tuesday afternoon, killing two civilians, one of them a child, and wounding 11, the Karabakh ombudsman said. Azerbaijan said it was striking only "legitimate military targets" and denied that civilians had been hit.

Hours before the offensive began, three Azerbaijani police officers and two civilian employees of the road agency were killed in two mine blasts on the road near Shusha, Azerbaijan's prosecutor-general's office said, blaming Armenian "sabotage groups" who it said had laid the mines recently. Karabakh officials denied laying any new mines and said the explosives were left over from earlier wars.

Overnight, Azerbaijani units broke through Karabakh's defences and took control of the heights around the village of Chartar, in the Martuni region, the Karabakh army said on Wednesday. Azerbaijan's defence ministry said its troops had taken more than 90 combat positions in less than 24 hours.

By Wednesday morning, the Karabakh ombudsman said at least 32 people had been killed, seven of them civilians, and more than 200 wounded. He said more than 7,000 people had been evacuated from 16 villages, and that thousands more had gathered at the airport outside Stepanakert, where Russian peacekeepers have their base, hoping for protection.

"We were in the basement all night. The windows are gone, the children did not sleep," a woman in Stepanakert said by telephone. "Now they say it is over. Nobody knows what over means."

In Yerevan, thousands of protesters gathered outside the government building on Tuesday night, demanding that the prime minister resign over his handling of the crisis. Some threw stones and bottles at the police lines. Police said 16 officers and 18 protesters had been hurt, and that 62 people had been detained.

The prime minister said in a televised address that Armenia had not been involved in the fighting and had no troops in Karabakh, and warned that "certain forces" were trying to use the crisis to stage a coup.

The offensive followed a nine-month blockade of the Lachin corridor, the only road linking Karabakh with Armenia, which had caused severe shortages of food, fuel and medicine in the region. Azerbaijan said it had allowed aid in through the Aghdam road in recent days.

Russia has had about 2,000 peacekeepers in Karabakh since the end of the 2020 war, in which Azerbaijan regained most of the territory around the region and part of Karabakh itself. Armenian officials have accused Moscow of standing aside; the Kremlin says its peacekeepers were not mandated to fight.

Diplomats said the U.N. Security Council would meet on Thursday to discuss the situation, at the request of France.

An Azerbaijani official in Baku said the region's Armenians would be offered the same rights as other citizens. "This is our territory. We are not at war with the Armenian people," he said. Many in Stepanakert said they did not believe it and would try to leave for Armenia as soon as the road was open.
""",
events=[
    ev("Karabakh Armenian forces agreed to a ceasefire mediated by Russian peacekeepers under which the Karabakh Defence Army will disband and hand over heavy weapons.",
       "2023-09-20", "‘took effect at 1 p.m. on Wednesday’, the day of the Wednesday 2023-09-20 dateline",
       "Stepanakert", "Nagorno-Karabakh", "AZ", "other", "Nagorno-Karabakh Defence Army", "Azerbaijani forces",
       None, None, None, None,
       '''Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms [...] Under the ceasefire, which took effect at 1 p.m. on Wednesday and was mediated by the command of the Russian peacekeeping contingent, the Karabakh Defence Army will disband and hand over its heavy weapons, and representatives of the region's Armenians will hold talks with the Azerbaijani government on Thursday in the town of Yevlakh on the "reintegration" of the region, the Karabakh authorities said in a statement issued in Stepanakert.''',
       note="an agreement (Strategic developments); placed where the statement was issued"),
    ev("Shells and drone-dropped munitions hit residential areas of Stepanakert, killing two civilians including a child and wounding 11; Azerbaijan said it struck only military targets.",
       "2023-09-19", "‘on Tuesday afternoon’ before the Wednesday 2023-09-20 dateline: Tuesday 2023-09-19",
       "Stepanakert", "Nagorno-Karabakh", "AZ", "explosion", "Azerbaijani forces", "civilians",
       2, None, 11, None,
       '''The offensive began on Tuesday afternoon with artillery and drone strikes along the line of contact and on Stepanakert itself. Shells and drone-dropped munitions hit residential areas of the city on Tuesday afternoon, killing two civilians, one of them a child, and wounding 11, the Karabakh ombudsman said. Azerbaijan said it was striking only "legitimate military targets" and denied that civilians had been hit.''',
       note="Azerbaijan admits the strikes and disputes only the victims"),
    ev("Three Azerbaijani police officers and two civilian road agency employees were killed in two mine blasts on the road near Shusha; Baku blamed Armenian sabotage groups, Karabakh officials denied laying new mines.",
       "2023-09-19", "‘Hours before the offensive began’, which began ‘on Tuesday afternoon’: Tuesday 2023-09-19",
       "road near Shusha", "Nagorno-Karabakh", "AZ", "explosion", "unknown", "Azerbaijani forces",
       5, None, None, None,
       '''Hours before the offensive began, three Azerbaijani police officers and two civilian employees of the road agency were killed in two mine blasts on the road near Shusha, Azerbaijan's prosecutor-general's office said, blaming Armenian "sabotage groups" who it said had laid the mines recently. Karabakh officials denied laying any new mines and said the explosives were left over from earlier wars.''',
       note="5 = 3 police + 2 civilians; two blasts on one road share one toll; blame and denial: unknown"),
    ev("Azerbaijani units broke through Karabakh's defences and took the heights around the village of Chartar in the Martuni region.",
       "2023-09-19", "‘Overnight’ before the Wednesday 2023-09-20 dateline: the night of Tuesday 2023-09-19",
       "Chartar", "Nagorno-Karabakh", "AZ", "territory_gain", "Azerbaijani forces", "Nagorno-Karabakh Defence Army",
       None, None, None, None,
       "Overnight, Azerbaijani units broke through Karabakh's defences and took control of the heights around the village of Chartar, in the Martuni region, the Karabakh army said on Wednesday."),
    ev("Protesters demanding the prime minister's resignation threw stones and bottles at police outside the government building in Yerevan; 16 officers and 18 protesters were hurt and 62 people detained.",
       "2023-09-19", "‘on Tuesday night’ before the Wednesday 2023-09-20 dateline: Tuesday 2023-09-19",
       "Yerevan", "Yerevan", "AM", "other", "protesters", "Armenian security forces",
       None, None, 34, None,
       "In Yerevan, thousands of protesters gathered outside the government building on Tuesday night, demanding that the prime minister resign over his handling of the crisis. Some threw stones and bottles at the police lines. Police said 16 officers and 18 protesters had been hurt, and that 62 people had been detained.",
       note="a violent demonstration (Riots) is 'other'; wounded 34 = 16 police + 18 protesters; the 62 detentions belong to this event"),
],
figures=[
    fig("other", 90, "Nagorno-Karabakh",
        "Azerbaijan's defence ministry said its troops had taken more than 90 combat positions in less than 24 hours.",
        note="combat positions taken"),
    fig("killed", 32, "Nagorno-Karabakh",
        "the Karabakh ombudsman said at least 32 people had been killed, seven of them civilians, and more than 200 wounded"),
    fig("wounded", 200, "Nagorno-Karabakh",
        "the Karabakh ombudsman said at least 32 people had been killed, seven of them civilians, and more than 200 wounded"),
    fig("displaced", 7000, "Nagorno-Karabakh",
        "more than 7,000 people had been evacuated from 16 villages"),
    fig("fighters", 2000, "Nagorno-Karabakh",
        "Russia has had about 2,000 peacekeepers in Karabakh since the end of the 2020 war", note="Russian peacekeepers"),
])

report("b30-36", "2022-09-14", "https://www.example-caucasuswire.com/armenia/2022/09/14/jermuk-goris-vardenis-shelling",
"""
Armenia says 52 troops killed as Azerbaijan shells border towns

YEREVAN, September 14 (Caucasus Wire) - Armenia said on Wednesday that 52 of its soldiers had been killed since Azerbaijani forces opened fire with artillery, drones and large-calibre weapons along the border early on Tuesday, in the worst fighting between the neighbours since their 2020 war over Nagorno-Karabakh.

Azerbaijan said 47 of its servicemen had died, and accused Armenia of "large-scale provocations", including mining roads and shelling its positions, which Yerevan denied.

Armenia's defence ministry said Azerbaijani forces had shelled the towns of Jermuk, Goris and Vardenis shortly after midnight on Tuesday, as well as military positions and several villages. In Jermuk, a spa town, shells damaged a hotel and a number of houses, and residents spent the night in basements, local officials said.

In the village of Sotk, near a gold mine on the border with Azerbaijan's Kalbajar district, two civilians were wounded on Tuesday when a shell hit their house, the regional governor said.

Azerbaijan's defence ministry said its units had taken "local retaliatory measures" to suppress Armenian firing points and had not targeted civilians.

More than 2,600 people have been evacuated from the border areas, Armenia's government said. Armenia's prime minister told parliament that Azerbaijani troops now held about 10 square kilometres of Armenian territory.

Russia said it had brokered a ceasefire on Tuesday morning, but shelling continued for hours afterwards. Armenia asked the Russian-led Collective Security Treaty Organization, of which it is a member, for military assistance. The bloc said it would send a fact-finding mission.

The United States, France and the European Union called for an immediate halt to the fighting. Turkey said Armenia should stop its "provocations" and focus on peace talks.
""",
events=[
    ev("Azerbaijani forces shelled the Armenian spa town of Jermuk, damaging a hotel and houses.",
       "2022-09-13", "‘shortly after midnight on Tuesday’ before the Wednesday 2022-09-14 dateline: Tuesday 2022-09-13",
       "Jermuk", "Vayots Dzor", "AM", "explosion", "Azerbaijani forces", "Armenian forces",
       None, None, None, None,
       "Armenia's defence ministry said Azerbaijani forces had shelled the towns of Jermuk, Goris and Vardenis shortly after midnight on Tuesday, as well as military positions and several villages. In Jermuk, a spa town, shells damaged a hotel and a number of houses",
       note="three towns in one sentence: split; Azerbaijan admits 'retaliatory measures'"),
    ev("Azerbaijani forces shelled the Armenian town of Goris.",
       "2022-09-13", "‘shortly after midnight on Tuesday’ before the Wednesday 2022-09-14 dateline: Tuesday 2022-09-13",
       "Goris", "Syunik", "AM", "explosion", "Azerbaijani forces", "Armenian forces",
       None, None, None, None,
       "Armenia's defence ministry said Azerbaijani forces had shelled the towns of Jermuk, Goris and Vardenis shortly after midnight on Tuesday, as well as military positions and several villages.",
       note="three towns in one sentence: split"),
    ev("Azerbaijani forces shelled the Armenian town of Vardenis.",
       "2022-09-13", "‘shortly after midnight on Tuesday’ before the Wednesday 2022-09-14 dateline: Tuesday 2022-09-13",
       "Vardenis", "Gegharkunik", "AM", "explosion", "Azerbaijani forces", "Armenian forces",
       None, None, None, None,
       "Armenia's defence ministry said Azerbaijani forces had shelled the towns of Jermuk, Goris and Vardenis shortly after midnight on Tuesday, as well as military positions and several villages.",
       note="three towns in one sentence: split"),
    ev("A shell hit a house in the border village of Sotk, wounding two civilians.",
       "2022-09-13", "‘on Tuesday’ before the Wednesday 2022-09-14 dateline: Tuesday 2022-09-13",
       "Sotk", "Gegharkunik", "AM", "explosion", "Azerbaijani forces", "civilians",
       None, None, 2, None,
       "In the village of Sotk, near a gold mine on the border with Azerbaijan's Kalbajar district, two civilians were wounded on Tuesday when a shell hit their house, the regional governor said.",
       note="part of the Azerbaijani shelling the report describes; Azerbaijan does not deny firing"),
],
figures=[
    fig("killed", 52, "Armenia",
        "Armenia said on Wednesday that 52 of its soldiers had been killed", note="Armenia's own dead, not tied to a place"),
    fig("killed", 47, "Azerbaijan",
        "Azerbaijan said 47 of its servicemen had died", note="Azerbaijan's own dead, not tied to a place"),
    fig("displaced", 2600, "Armenia",
        "More than 2,600 people have been evacuated from the border areas, Armenia's government said."),
    fig("other", 10, "Armenia",
        "Azerbaijani troops now held about 10 square kilometres of Armenian territory", note="square kilometres held"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# wire-style abbreviations, with or without the dot ("Nov. 24", "Aug 5", "Sept. 29")
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"UA", "RU", "IL", "PS", "LB", "AZ", "AM"}
# theme regions: every report without events names one, two reports each
REGIONS = {"UA-RU": {"UA", "RU"}, "IL-PS-LB": {"IL", "PS", "LB"}, "AZ-AM": {"AZ", "AM"}}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Donetsk": "UA", "Luhansk": "UA", "Kharkiv": "UA", "Kyiv": "UA", "Kyiv City": "UA", "Odesa": "UA",
    "Zaporizhzhia": "UA", "Kherson": "UA", "Dnipropetrovsk": "UA", "Sumy": "UA", "Lviv": "UA",
    "Crimea": "UA",
    "Belgorod": "RU", "Kursk": "RU", "Bryansk": "RU",
    "Northern District": "IL", "Southern District": "IL", "Tel Aviv District": "IL",
    "Gaza Strip": "PS", "West Bank": "PS",
    "South Lebanon": "LB", "Nabatieh": "LB", "Mount Lebanon": "LB",
    "Nagorno-Karabakh": "AZ", "Tartar": "AZ", "Fuzuli": "AZ", "Jabrayil": "AZ",
    "Syunik": "AM", "Vayots Dzor": "AM", "Gegharkunik": "AM", "Yerevan": "AM",
}
# actor names allowed in this set: "<Country> forces" / "<Country> security forces" for states
# (the scorer compares a state's forces by country), armed groups by their usual short names,
# and the generic labels of news-dev/news-wide
ACTORS = {
    "Russian forces", "Russian security forces", "Ukrainian forces", "Ukrainian security forces",
    "pro-Russian separatists", "Donetsk People's Republic", "Freedom of Russia Legion",
    "Ukrainian partisans", "Russian occupation authorities",
    "Israeli forces", "Israeli settlers", "Hamas", "Palestinian Islamic Jihad", "Jenin Brigade", "Hezbollah",
    "Azerbaijani forces", "Armenian forces", "Armenian security forces", "Nagorno-Karabakh Defence Army",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}

# Dateline styles. CITY is upper case (a slash joins two cities: "MOSCOW/KYIV"); an optional
# ", Region" follows ("RAMALLAH, West Bank"); then a date, or none, the outlet in brackets and a dash.
CITY = r"[A-ZÀ-Ý][A-ZÀ-Ý'’./ -]*[A-ZÀ-Ý]"
REGION = r"(?:, [A-Z][A-Za-z -]+)?"
MON_RE = "|".join(MONTHS) + "|" + "|".join(r"%s\.?" % a for a in MONTH_ABBR)
DASH = r" [-–—] \S"
DATELINE_START = re.compile(r"^%s(?:,| \()" % CITY)
DL_MONTH_DAY = re.compile(r"^(%s)%s, (%s) (\d{1,2}) \(([^()]+)\)%s" % (CITY, REGION, MON_RE, DASH))
DL_DAY_MONTH = re.compile(r"^(%s)%s, (\d{1,2}) (%s) (\d{4}) \(([^()]+)\)%s" % (CITY, REGION, "|".join(MONTHS), DASH))
DL_UNDATED = re.compile(r"^(%s)%s \(([^()]+)\)%s" % (CITY, REGION, DASH))
# header lines under the headline: "Updated ...", "Published: ...", "Posted: ...", "By ..."
HEADER = re.compile(r"^(Updated|Published|Posted|By)\b")
HEADER_DATES = [
    re.compile(r"\b(\d{1,2}) (%s) (\d{4})\b" % "|".join(MONTHS)),
    re.compile(r"\b(%s) (\d{1,2}), (\d{4})\b" % "|".join(MONTHS)),
]
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
# lengths like real news: short feed items, ordinary wire stories, long pieces
BANDS = {"short": (60, 120), "ordinary": (200, 450), "long": (600, 1000)}
MIN_BAND = {"short": 6, "ordinary": 15, "long": 5}
MIN_STYLE = {"month-day": 8, "abbreviated": 3, "day-month": 2, "undated": 4, "none": 4}
MAX_EVENTS = 5

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


def month_number(name):
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBR.get(name.rstrip("."))


def band_of(words):
    for name, (lo, hi) in BANDS.items():
        if lo <= words <= hi:
            return name
    return None


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


def dateline_style(rid, lines, pub):
    """Classify the report's dateline and check that any date it names is the publication day."""
    found = []
    for ln in lines[1:]:
        if not DATELINE_START.match(ln):
            continue
        m = DL_MONTH_DAY.match(ln)
        if m:
            month, day = month_number(m.group(2)), int(m.group(3))
            style = "month-day" if m.group(2) in MONTHS else "abbreviated"
            if (month, day) != (pub.month, pub.day):
                err(rid, f"dateline {m.group(2)} {m.group(3)} does not name publication {pub}")
            found.append(style)
            continue
        m = DL_DAY_MONTH.match(ln)
        if m:
            d = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if d != pub:
                err(rid, f"dateline {m.group(2)} {m.group(3)} {m.group(4)} does not name publication {pub}")
            found.append("day-month")
            continue
        if DL_UNDATED.match(ln):
            found.append("undated")
            continue
        err(rid, f"malformed dateline: {ln[:60]!r}")
    if len(found) > 1:
        err(rid, f"{len(found)} datelines, expected at most one")
    return found[0] if found else "none"


def check_headers(rid, lines, pub):
    n = 0
    for ln in lines[1:4]:
        if not HEADER.match(ln):
            continue
        n += 1
        for pat in HEADER_DATES:
            for m in pat.finditer(ln):
                g = m.groups()
                if g[0].isdigit():
                    d = datetime.date(int(g[2]), MONTHS.index(g[1]) + 1, int(g[0]))
                else:
                    d = datetime.date(int(g[2]), MONTHS.index(g[0]) + 1, int(g[1]))
                if d != pub:
                    err(rid, f"header line date {m.group(0)!r} is not the publication day {pub}")
    return n


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    styles, bands, headers = Counter(), Counter(), 0
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b30-%02d" % (i + 1):
            err(rid, f"id out of order, expected b30-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2006, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2006-2024")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        words = len(text.split())
        band = band_of(words)
        if band is None:
            err(rid, f"{words} words: not a short (60-120), ordinary (200-450) or long (600-1000) report")
        bands[band] += 1
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]) or HEADER.match(lines[0]):
            err(rid, "first line must be a headline")
        styles[dateline_style(rid, lines, pub)] += 1
        headers += check_headers(rid, lines, pub) > 0
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
        if len(r["events"]) > MAX_EVENTS:
            err(rid, f"{len(r['events'])} events, expected at most {MAX_EVENTS}")
        if not r["events"]:
            if r.get("country_hint") not in REGIONS:
                err(rid, "report without events needs a country_hint among the theme's regions")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if any(n != 2 for n in hinted.values()) or set(hinted) != set(REGIONS):
        err("set", f"reports without events should be two from each theme region: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
    for name, n in MIN_BAND.items():
        if bands[name] < n:
            err("set", f"only {bands[name]} {name} reports, expected at least {n}")
    for name, n in MIN_STYLE.items():
        if styles[name] < n:
            err("set", f"only {styles[name]} reports with dateline style {name!r}, expected at least {n}")
    if headers < 4:
        err("set", f"only {headers} reports with a byline/Updated/Published line, expected at least 4")
    return styles, bands


def main():
    styles, bands = check()
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
    print(f"reports: {len(REPORTS)} (words {min(words)}-{max(words)}, mean {sum(words) // len(words)}; "
          + ", ".join(f"{k} {bands[k]}" for k in BANDS) + ")")
    print("datelines: " + ", ".join(f"{k} {v}" for k, v in styles.most_common()))
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
    print("by country (events / optional / with killed / with wounded):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}"
              f" / {sum(e['wounded'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
