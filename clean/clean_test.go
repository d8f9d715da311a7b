package clean

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// The fixtures below are invented reports about invented places, written
// for these tests; each shows one kind of page noise or of metadata.

const lede = "Artillery fire struck the market district of Port Ardan on Tuesday, killing four traders and wounding nine others, the provincial health office said in a statement."
const second = "Residents said the shelling began shortly after dawn and went on for about an hour, while rescue teams searched the rubble of two collapsed shops."
const third = "The provincial governor called the attack a grave violation of the ceasefire agreed last month and asked the monitoring mission to send observers to the town."

func TestClean(t *testing.T) {
	body := lede + "\n\n" + second + "\n\n" + third
	tests := []struct {
		name      string
		raw, url  string
		published sitrep.Date
		gone      []string // must not be in Text
		kept      []string // must be in Text
		rule      string   // a Dropped entry must name this rule
		title     string
		outlet    string
		date      sitrep.Date
		how       sitrep.DateSource
	}{
		{name: "gallery_captions", raw: "Shelling hits Port Ardan\n\n" + lede + "\n\nIn pictures: the siege of Port Ardan\n\n12 show all In pictures: the siege of Port Ardan\n\n1/12 A woman walks past a burnt car in the old town Reuters\n\n2/12 Smoke rises over the harbour AFP\n\n" + second,
			gone: []string{"1/12", "2/12", "show all", "In pictures"}, kept: []string{lede, second}, rule: "gallery-count", title: "Shelling hits Port Ardan"},
		{name: "bracketed_photo_credit", raw: "Clashes in Ostrava\n\nFighters patrol a street in eastern Ostrava. (AFP/File)\n\n" + body,
			gone: []string{"Fighters patrol"}, rule: "caption-credit", kept: []string{lede}},
		{name: "caption_repeated_with_empty_credit", raw: "Displaced families wait at a checkpoint near Belun, Valdoria, May 3, 2019.\nDisplaced families wait at a checkpoint near Belun, Valdoria, May 3, 2019. ()\n\n" + body,
			gone: []string{"()"}, rule: "caption-empty", date: "2019-05-03", how: sitrep.DateFromText},
		{name: "credit_after_dash", raw: body + "\n\nSoldiers guard the bridge at Tarvik. — AP\n\nA fourth paragraph that ends the story with a statement from the army, which said it had sent reinforcements to the area.",
			gone: []string{"Soldiers guard the bridge"}, rule: "caption-dash"},
		{name: "caption_wrapped_over_two_lines_goes_whole", raw: body + "\n\nSoldiers guard the bridge at Tarvik on May 3, 2019, after shelling that\nwrecked its eastern end. (Reuters/Jan Hollis)",
			gone: []string{"Soldiers guard the bridge", "wrecked its eastern end"}, kept: []string{third}, rule: "caption-credit", date: "2019-05-03", how: sitrep.DateFromText},
		{name: "photo_label_caption_wrapped_keeps_its_date", raw: body + "\n\nPhoto: Soldiers guard the bridge at Tarvik after shelling that wrecked\nits eastern end, May 3, 2019.",
			gone: []string{"Soldiers guard the bridge", "its eastern end"}, kept: []string{third}, rule: "caption-credit-line", date: "2019-05-03", how: sitrep.DateFromText},
		{name: "line_after_caption_not_wrapped_into_it_stays", raw: "Soldiers guard the bridge at Tarvik. (Reuters/Jan Hollis)\n" + body,
			gone: []string{"Soldiers guard the bridge"}, kept: []string{lede, second, third}, rule: "caption-credit"},
		{name: "caption_that_is_reported_speech_is_kept", raw: body + "\n\nThe army said the road was open again (Reuters)",
			kept: []string{"The army said the road was open again (Reuters)"}},
		{name: "related_story_tail", raw: "Blast in Drevna\n\n" + body + "\n\nRelated Stories\n\nTwo killed in earlier Drevna blast\n\nAid agencies warn of winter shortages",
			gone: []string{"Related Stories", "Two killed in earlier", "Aid agencies warn"}, rule: "related-end"},
		{name: "check_also_tail", raw: body + "\n\nCheck Also\n\nGovernor visits flooded villages\n\nOlmen, NEWS- The governor toured the villages on …",
			gone: []string{"Check Also", "Governor visits", "toured the villages"}, rule: "related-end"},
		{name: "inline_related_link", raw: lede + "\n\nRead more: Militia takes hill above Kessel\n\n" + second,
			gone: []string{"Militia takes hill"}, kept: []string{lede, second}, rule: "related-inline"},
		{name: "share_bar", raw: body + "\n\nShare this article\n\nFacebook | Twitter | Email | Print\n\n154 shares",
			gone: []string{"Share this", "Facebook", "154 shares"}, rule: "share-prompt"},
		{name: "comment_form", raw: body + "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *\n\nEmail *\n\nMore fighting reported near the pass\n\nTruce talks resume in the capital",
			gone: []string{"Leave a Reply", "Your email", "More fighting reported", "Truce talks"}, rule: "comment-start"},
		{name: "comment_link_at_top_is_only_a_line", raw: "Ambush near Kessel\n\nLeave a comment\n\n" + body,
			gone: []string{"Leave a comment"}, kept: []string{lede, second, third}, rule: "comment-start", title: "Ambush near Kessel"},
		{name: "bare_urls_and_counters", raw: "https://www.ardantimes.example/news/world/port-ardan-shelling-a123\n342\n17\n" + body,
			gone: []string{"https://", "342"}, rule: "bare-url", outlet: "ardantimes.example"},
		{name: "javascript_dump", raw: body + "\n(function(d, s, id){\nvar js, fjs = d.getElementsByTagName(s)[0];\njs.src = \"//example.net/sdk.js\";\n}(document, 'script', 'sdk'));",
			gone: []string{"function(d", "getElementsByTagName", "sdk.js"}, rule: "code-dump"},
		{name: "script_inside_a_one_line_page_keeps_the_prose", raw: lede + " " + second + ` var slot = document.getElementById("ad-top"); googletag.cmd.push(function() { googletag.display("ad-top"); }); ` + third,
			gone: []string{"getElementById", "googletag", "function()"}, kept: []string{lede + " " + second + "\n" + third}, rule: "code-dump"},
		{name: "script_opening_a_one_line_page", raw: `var slot = document.getElementById("ad-top"); googletag.cmd.push(function() { googletag.display("ad-top"); }); ` + lede + " " + second,
			gone: []string{"getElementById", "googletag"}, kept: []string{lede + " " + second}, rule: "code-dump"},
		{name: "php_dump", raw: body + "\n\nCategory:\nstring(88) \"[{\"id\":\"12\",\"sort\":\"3\",\"pic\":\"/2019/01/a.jpg\"}]\"",
			gone: []string{"string(88)", "Category:"}, rule: "code-dump"},
		{name: "tag_soup", raw: body + "\n\nUPA valdoria ardan Shelling MARKET harbour ceasefire wounded",
			gone: []string{"UPA valdoria"}, rule: "keyword-list"},
		{name: "capitalised_headline_with_a_clause_is_no_tag_list", raw: "UPA claims Kessel market bombing that killed nine\n\n" + body,
			kept: []string{"UPA claims Kessel market bombing that killed nine", lede}, title: "UPA claims Kessel market bombing that killed nine"},
		{name: "author_bio_at_the_end", raw: body + "\n\nMira Olsen\n\nA journalist covering the northern provinces. She writes for several regional papers.\n\nShare This Content",
			gone: []string{"Mira Olsen", "A journalist covering"}, rule: "bio-profession"},
		{name: "a_lead_about_a_journalist_is_no_bio", raw: "A journalist was shot dead outside his home in Port Ardan on Tuesday, police said.",
			kept: []string{"A journalist was shot dead outside his home"}},
		{name: "a_lead_about_a_journalist_under_a_headline_is_no_bio", raw: "Reporter shot dead in Port Ardan\n\nA journalist who covered smuggling in the port was shot dead outside his home in Port Ardan on Tuesday, police said. He was the second reporter killed there this year.",
			kept: []string{"A journalist who covered smuggling"}},
		{name: "a_journalist_among_the_wounded_is_news_not_a_bio", raw: body + "\n\nA journalist was among those wounded in the shelling, his agency said.",
			kept: []string{"A journalist was among those wounded"}},
		{name: "a_photographer_among_the_dead_is_news_not_a_bio", raw: body + "\n\nAmong the dead was Ilse Varga, who was a photographer for a regional paper, her colleagues said.",
			kept: []string{"Among the dead was Ilse Varga"}},
		{name: "a_follow_prompt_alone_is_dropped", raw: body + "\n\nFollow our live coverage for updates.",
			gone: []string{"Follow our live coverage"}, rule: "follow-prompt"},
		{name: "news_after_a_follow_prompt_in_its_paragraph_is_kept", raw: body + "\n\nFollow our live coverage for updates. Another blast near the harbour wounded three dock workers on Monday, police said.",
			kept: []string{"Another blast near the harbour wounded three"}},
		{name: "a_short_report_keeps_its_lead_and_drops_the_bio", raw: "A reporter was wounded by shelling in Port Ardan on Tuesday, officials said.\n\nMira Olsen\n\nA journalist covering the northern provinces.",
			kept: []string{"A reporter was wounded by shelling"}, gone: []string{"A journalist covering"}, rule: "bio-profession"},
		{name: "breadcrumb_and_repeated_headline", raw: "Home News Shelling hits Port Ardan\n\nShelling hits Port Ardan\n\nShelling hits Port Ardan\n\n" + body,
			gone: []string{"Home News"}, rule: "breadcrumb", title: "Shelling hits Port Ardan"},
		{name: "masthead_and_dateline_under_headline", raw: "The Ardan Times\n\nShelling hits Port Ardan\n\nWednesday, 11 March 2015 - 19:56\n\n" + body,
			gone: []string{"The Ardan Times", "19:56"}, rule: "masthead", title: "Shelling hits Port Ardan", outlet: "The Ardan Times", date: "2015-03-11", how: sitrep.DateFromText},
		{name: "crawl_banner_is_not_a_date", raw: "Today is: Sunday, April 5, 2015\n\nShelling hits Port Ardan\n\n" + body,
			gone: []string{"Today is"}, rule: "crawl-banner", how: sitrep.DateUnknown},
		{name: "banner_with_many_dates_is_not_a_date", raw: "22 August 2018 - Wednesday | 20/08/2018 (39) 19/08/2018 (27) Total: 1,327\n\nShelling hits Port Ardan\n\n" + body,
			rule: "crawl-banner", how: sitrep.DateUnknown},
		{name: "crawl_date_years_after_the_story", raw: "Saturday, September 21, 2024\n\nShelling hits Port Ardan\n\n" + body + "\n\nThe town changed hands twice in 2014 and again in 2015.",
			how: sitrep.DateUnknown},
		{name: "leading_date_stamp", raw: " date 2017-04-03 " + body,
			gone: []string{"date 2017"}, kept: []string{lede}, rule: "date-stamp", date: "2017-04-03", how: sitrep.DateFromText},
		{name: "partial_date_stamp_gives_no_date", raw: " date 2019-10 " + body,
			gone: []string{"2019-10"}, rule: "date-stamp", how: sitrep.DateUnknown},
		{name: "published_line", raw: "Battle for Kessel ridge\n\nPublished November 11th, 2015 - 01:00 GMT\n\n" + body,
			gone: []string{"Published November"}, date: "2015-11-11", how: sitrep.DateFromText, title: "Battle for Kessel ridge"},
		{name: "last_update_is_not_the_publication", raw: body + "\n\nLast Update: Wednesday, 20 May 2020 KSA 09:52 - GMT 06:52",
			gone: []string{"Last Update"}, how: sitrep.DateUnknown},
		{name: "url_date_beats_text_date", raw: "November 1, 2015\n\nShelling hits Port Ardan\n\n" + body, url: "https://news.example/2015/10/31/shelling",
			date: "2015-10-31", how: sitrep.DateFromURL},
		{name: "url_ddmmyyyy_id", raw: body, url: "https://news.example/english/middleeast/16032018-amp", date: "2018-03-16", how: sitrep.DateFromURL, outlet: "news.example"},
		{name: "url_year_month_only_gives_no_date", raw: body, url: "https://news.example/2015/11/shelling-port-ardan/", how: sitrep.DateUnknown},
		{name: "metadata_date_is_kept", raw: " date 2017-04-03 " + body, published: "2017-04-02", date: "2017-04-02", how: sitrep.DateFromMetadata},
		{name: "outlet_from_source_line", raw: body + "\n\nsource: Wirewatch", gone: []string{"source:"}, rule: "source-line", outlet: "Wirewatch"},
		{name: "outlet_from_source_and_agencies", raw: body + "\n\nSource: Ardan TV and agencies", outlet: "Ardan TV"},
		{name: "outlet_from_ap_dateline", raw: "PORT ARDAN, Valdoria (AP) — " + body, outlet: "AP", kept: []string{"PORT ARDAN, Valdoria (AP) — "}},
		{name: "outlet_from_reuters_dateline_with_day", raw: "PORT ARDAN, Oct 21 (Reuters) - " + body, outlet: "Reuters"},
		{name: "outlet_from_site_dateline", raw: "Nineveh (ArdanNews.com) " + body, outlet: "ArdanNews.com"},
		{name: "outlet_from_dash_dateline", raw: "KESSEL (Valdoria 24) – " + body, outlet: "Valdoria 24"},
		{name: "parenthesis_in_prose_is_not_an_outlet", raw: "Deputy Inspector General of Police (DIG) Anton Rell said the blast killed four officers and wounded nine people near the market of Port Ardan on Tuesday.\n\n" + second, url: "https://www.ardantimes.example/x", outlet: "ardantimes.example"},
		{name: "outlet_from_host_without_www", raw: body, url: "https://www.ardantimes.example/news/1", outlet: "ardantimes.example"},
		{name: "title_without_site_suffix", raw: "Shelling hits Port Ardan - Ardan Times\n\n" + body, url: "https://ardantimes.example/a", title: "Shelling hits Port Ardan"},
		{name: "no_headline_no_title", raw: body, title: ""},
		{name: "cut_off_ending_is_left", raw: body + "\n\nThe monitoring mission said it would send a team of obs", kept: []string{"a team of obs"}},
		{name: "nbsp_and_curly_quotes_kept_as_written", raw: "Shelling\u00a0hits “Port Ardan”\n\n" + lede + "\n\n‘We heard three blasts,’ a trader said.",
			kept: []string{"Shelling\u00a0hits “Port Ardan”", "‘We heard three blasts,’ a trader said."}},
		{name: "a_source_label_before_a_reported_sentence_is_news", raw: body + "\n\nSource: Two soldiers were killed when a mine hit their truck near Tarvik on Monday, a military source said.",
			kept: []string{"Two soldiers were killed when a mine hit their truck"}},
		{name: "a_short_source_line_is_dropped", raw: body + "\n\nSource: The Ardan Times", gone: []string{"Source:"}, rule: "source-line", outlet: "The Ardan Times"},
		{name: "a_sources_label_over_a_clause_names_no_outlet", raw: body + "\n\nSources: the army lost twelve men in the fighting for the ridge",
			kept: []string{"the army lost twelve men"}},
		{name: "a_video_label_before_a_reported_sentence_is_news", raw: "Gunmen attack Kessel mosque\n\nVideo: Gunmen killed nine worshippers in an attack on a mosque in Kessel on Friday, officials said.\n\n" + second,
			kept: []string{"Gunmen killed nine worshippers"}},
		{name: "a_watch_label_before_a_reported_sentence_is_news", raw: body + "\n\nWatch: Gunmen stopped a bus near Drevna on Sunday and shot six passengers, police told reporters.",
			kept: []string{"Gunmen stopped a bus near Drevna"}},
		{name: "a_video_heading_over_a_headline_is_dropped", raw: body + "\n\nVideo: Nine killed in Kessel mosque attack", gone: []string{"Video: Nine killed"}, rule: "gallery-heading"},
		{name: "copyright_in_prose_is_news", raw: body + "\n\nCopyright claims were not why police raided the office; they detained four reporters after the bombing.",
			kept: []string{"they detained four reporters"}},
		{name: "copyright_word_opening_a_sentence_is_news", raw: body + "\n\nCopyright lawyers were among the nine people detained at the rally in Kessel, police said.",
			kept: []string{"Copyright lawyers were among the nine"}},
		{name: "copyright_notices_are_dropped", raw: body + "\n\nCopyright 2024 The Ardan Times. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n\n© Valdoria Press Agency\n\nCopyright The Ardan Times 2024",
			gone: []string{"Copyright 2024", "© Valdoria", "Copyright The Ardan"}, rule: "copyright"},
		{name: "a_follow_label_before_news_is_kept", raw: body + "\n\nFollow our live coverage: Two more soldiers were killed near Kessel overnight.",
			kept: []string{"Two more soldiers were killed near Kessel overnight."}},
		{name: "a_follow_prompt_naming_the_network_is_dropped", raw: body + "\n\nFollow us on Telegram for the latest updates", gone: []string{"Follow us"}, rule: "follow-prompt"},
		{name: "written_by_opening_a_sentence_is_news", raw: body + "\n\nWritten by a militant commander, the note claimed the attack that killed six guards.\n\nCompiled by the monitoring mission, the list names 42 civilians killed in Kessel.",
			kept: []string{"Written by a militant commander", "Compiled by the monitoring mission"}},
		{name: "credit_lines_are_dropped", raw: body + "\n\n(Reporting by Anton Rell in Kessel; Editing by Mira Olsen)\n\nWritten by Ilse Varga\n\nTranslated by the Ardan Observer desk",
			gone: []string{"Reporting by", "Written by Ilse", "Translated by"}, rule: "credit-line"},
		{name: "a_short_report_under_its_date_is_kept", raw: "Live: fighting in Valdoria\n\n12 March 2024 - Gunmen killed three villagers in Kessel\n\n" + body,
			kept: []string{"Gunmen killed three villagers in Kessel"}, date: "2024-03-12", how: sitrep.DateFromText},
		{name: "a_dateline_opening_a_short_report_is_kept", raw: "KESSEL, March 12, 2024 — Gunmen shot three villagers.\n\n" + body,
			kept: []string{"Gunmen shot three villagers."}},
		{name: "a_headline_under_its_date_is_kept", raw: "March 12, 2024 — Mine kills two children near Tarvik\n\n" + body,
			kept: []string{"Mine kills two children near Tarvik"}},
		{name: "a_date_line_with_an_outlet_is_dropped", raw: "Shelling hits Port Ardan\n\nArdan Times - Reuters 2017-03-20 06:42:00\n\n" + body,
			gone: []string{"06:42"}, rule: "date-line", date: "2017-03-20", how: sitrep.DateFromText},
		{name: "a_one_line_wire_brief_with_its_credit_is_the_report", raw: "Two policemen were killed in a bomb attack near Drevna on Tuesday (AFP)",
			kept: []string{"Two policemen were killed in a bomb attack"}},
		{name: "a_headed_wire_brief_with_a_dash_credit_is_the_report", raw: "Villagers shot in Tarvik\n\nGunmen shot three villagers in Tarvik overnight - AFP",
			kept: []string{"Gunmen shot three villagers in Tarvik overnight"}},
		{name: "a_credited_caption_beside_an_article_is_dropped", raw: "Two policemen were killed in a bomb attack near Drevna on Tuesday (AFP)\n\n" + body,
			gone: []string{"Two policemen were killed"}, rule: "caption-credit"},
		{name: "a_credited_caption_alone_without_harm_is_dropped", raw: "Blast in Port Ardan\n\nFighters patrol a street in eastern Ostrava (AFP)",
			gone: []string{"Fighters patrol"}, rule: "caption-credit"},
		{name: "a_headline_with_a_toll_is_no_tag_list", raw: "Kessel militia ATTACK leaves 9 dead 14 wounded overnight\n\n" + body,
			kept: []string{"Kessel militia ATTACK leaves 9 dead 14 wounded overnight"}},
		{name: "a_tag_list_with_harm_words_is_dropped", raw: body + "\n\nKessel Tarvik Drevna militia ARMY clashes displaced civilians",
			gone: []string{"Kessel Tarvik Drevna"}, rule: "keyword-list"},
		{name: "what_a_reporter_saw_is_news_not_a_bio", raw: body + "\n\nA reporter at the scene saw smoke rising from the fuel depot on the edge of town.",
			kept: []string{"A reporter at the scene saw smoke"}},
		{name: "what_a_former_journalist_said_is_news_not_a_bio", raw: body + "\n\nThe mayor, who is a former journalist, said the town had run out of bread.",
			kept: []string{"The mayor, who is a former journalist, said"}},
		{name: "a_bio_that_writes_and_likes_is_dropped", raw: body + "\n\nIlse Varga\n\nA reporter who writes about the northern provinces for several papers.",
			gone: []string{"Ilse Varga", "A reporter who writes"}, rule: "bio-profession"},
		{name: "a_sentence_starting_signup_is_news", raw: body + "\n\nSignup for militia training drew hundreds of young men after the Drevna massacre.",
			kept: []string{"Signup for militia training drew hundreds"}},
		{name: "subscribe_prompts_are_dropped", raw: body + "\n\nSubscribe to the Ardan Times\n\nSign up for our daily briefing and get the news from Valdoria in your inbox",
			gone: []string{"Subscribe to", "Sign up for our"}, rule: "subscribe"},
		{name: "a_credited_paragraph_of_two_sentences_is_news", raw: lede + "\n\nSmoke rose over Kessel on Monday. Gunmen shot nine people at the market there, wounding four more. (AFP)\n\n" + second + "\n\nThe army sent troops to the area. Militants ambushed a convoy on the Tarvik road, killing two drivers. — AFP",
			kept: []string{"Gunmen shot nine people at the market there", "Militants ambushed a convoy on the Tarvik road"}},
		{name: "a_caption_with_a_credit_after_its_full_stop_is_dropped", raw: lede + "\n\nLoyalist fighters patrol the harbour of Port Ardan in 2014. (AFP/File)\n\n" + second,
			gone: []string{"Loyalist fighters patrol"}, rule: "caption-credit"},
		{name: "a_title_case_headline_telling_harm_is_no_masthead", raw: "Militants Attack Army Post In Tarvik\n\n" + body,
			kept: []string{"Militants Attack Army Post In Tarvik"}, title: "Militants Attack Army Post In Tarvik"},
		{name: "a_headline_with_a_missing_toll_is_no_masthead", raw: "Twelve Soldiers Missing After Tarvik Ambush Report\n\n" + body,
			kept: []string{"Twelve Soldiers Missing"}, title: "Twelve Soldiers Missing After Tarvik Ambush Report"},
		{name: "a_masthead_over_a_harm_headline_is_dropped", raw: "Ardan Evening Post\nDrone Strike Hits Kessel Market\n\n" + body,
			gone: []string{"Ardan Evening Post"}, rule: "masthead", outlet: "Ardan Evening Post", title: "Drone Strike Hits Kessel Market"},
		{name: "a_sentence_opening_with_a_photo_count_is_news", raw: lede + "\n\n12 photos of the dead were posted by the militia on Monday, and relatives identified four of the men.\n\n" + second,
			kept: []string{"12 photos of the dead were posted"}},
		{name: "a_photo_count_is_dropped", raw: lede + "\n\n12 Photos | Gallery\n\n" + second + "\n\n28 show all In pictures: the siege",
			gone: []string{"12 Photos", "28 show all"}, rule: "gallery-show-all"},
		{name: "an_update_telling_a_toll_under_the_headline_is_kept", raw: "Kessel toll rises\n\nUpdated 12 March 2024: the toll rose to 14 after three wounded traders died in hospital\n\n" + body,
			kept: []string{"the toll rose to 14 after three wounded traders died"}},
		{name: "a_report_after_its_date_and_a_bar_is_kept", raw: "Kessel fighting\n\n12 March 2024 | Gunmen killed three villagers in Kessel\n\n" + body,
			kept: []string{"Gunmen killed three villagers in Kessel"}, date: "2024-03-12", how: sitrep.DateFromText},
		{name: "an_update_stamp_under_the_headline_is_dropped", raw: "Kessel toll rises\n\nLast updated 13 March 2024 at 09:40\n\n" + body,
			gone: []string{"Last updated"}, rule: "update-stamp"},
		{name: "photo_credit_line", raw: "Photo by: AFP\nPhoto: Reuters/Anton Rell\n\n" + body, gone: []string{"Photo by", "Photo:"}, rule: "caption-credit-line"},
	}
	c := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &sitrep.Document{Raw: tc.raw, URL: tc.url, Published: tc.published}
			c.Clean(d)
			for _, g := range tc.gone {
				if strings.Contains(d.Text, g) {
					t.Errorf("Text keeps %q:\n%s", g, d.Text)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(d.Text, k) {
					t.Errorf("Text lost %q:\n%s", k, d.Text)
				}
			}
			if tc.rule != "" && !hasRule(d, tc.rule) {
				t.Errorf("no %s in Dropped %+v", tc.rule, d.Dropped)
			}
			if tc.title != "" && d.Title != tc.title || tc.name == "no_headline_no_title" && d.Title != "" {
				t.Errorf("Title = %q, want %q", d.Title, tc.title)
			}
			if tc.outlet != "" && d.Outlet != tc.outlet {
				t.Errorf("Outlet = %q, want %q", d.Outlet, tc.outlet)
			}
			if tc.how != "" && (d.Published != tc.date || d.PublishedHow != tc.how) {
				t.Errorf("Published = %q (%s), want %q (%s)", d.Published, d.PublishedHow, tc.date, tc.how)
			}
			checkInvariants(t, d)
		})
	}
}

func hasRule(d *sitrep.Document, rule string) bool {
	for _, x := range d.Dropped {
		if x.Rule == rule {
			return true
		}
	}
	return false
}

// checkInvariants holds for every cleaned document: each kept line is a
// line of Raw unchanged, each Dropped stretch is Raw's text at its span.
func checkInvariants(t *testing.T, d *sitrep.Document) {
	t.Helper()
	for _, l := range strings.Split(d.Text, "\n") {
		if l != "" && !strings.Contains(d.Raw, l) {
			t.Errorf("kept line %q is not in Raw", l)
		}
	}
	for _, x := range d.Dropped {
		if x.Raw.Start < 0 || x.Raw.End > len(d.Raw) || x.Raw.Start > x.Raw.End || d.Raw[x.Raw.Start:x.Raw.End] != x.Text {
			t.Errorf("Dropped %+v does not match Raw", x)
		}
	}
	if strings.Contains(d.Text, "\n\n\n") {
		t.Errorf("more than one blank line in a row")
	}
	if d.Published.IsZero() != (d.PublishedHow == sitrep.DateUnknown) {
		t.Errorf("Published %q with PublishedHow %q", d.Published, d.PublishedHow)
	}
}

func TestLoad(t *testing.T) {
	raw := lede + "\n\nPromoted: win a holiday in the hills\n\n" + second
	c := Default()
	d := &sitrep.Document{Raw: raw}
	c.Clean(d)
	if !strings.Contains(d.Text, "win a holiday") {
		t.Fatal("default rules already drop the fixture line")
	}
	t.Run("user_rule_added", func(t *testing.T) {
		c := Default()
		if err := c.Load(strings.NewReader("# house rules\npromoted-teaser  line  promoted:.*\n"), "house.txt"); err != nil {
			t.Fatal(err)
		}
		d := &sitrep.Document{Raw: raw}
		c.Clean(d)
		if strings.Contains(d.Text, "win a holiday") || !hasRule(d, "promoted-teaser") {
			t.Errorf("user rule not applied: %q", d.Text)
		}
		if d2 := (&sitrep.Document{Raw: raw}); true {
			Default().Clean(d2)
			if !strings.Contains(d2.Text, "win a holiday") {
				t.Error("Load changed the default table of other Cleaners")
			}
		}
	})
	t.Run("rule_switched_off", func(t *testing.T) {
		c := Default()
		if err := c.Load(strings.NewReader("bare-url off\n"), "house.txt"); err != nil {
			t.Fatal(err)
		}
		d := &sitrep.Document{Raw: "https://x.example/a\n\n" + lede}
		c.Clean(d)
		if !strings.Contains(d.Text, "https://x.example/a") {
			t.Errorf("switched-off rule still applied")
		}
	})
	for _, tc := range []struct{ name, rules, want string }{
		{"unknown_kind", "x whole foo", "house.txt:1: rule \"x\": unknown kind \"whole\""},
		{"bad_regexp", "\n\nx line (foo", "house.txt:3: rule \"x\": error parsing regexp"},
		{"source_without_group", "x source foo", "needs a (...) group"},
		{"missing_pattern", "x line", "has no pattern"},
		{"unknown_builtin", "x builtin magic", "no builtin detector"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Default().Load(strings.NewReader(tc.rules), "house.txt")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Wednesday, 11 March 2015 - 19:56", "2015-03-11"},
		{"Published November 11th, 2015", "2015-11-11"},
		{"Sat Apr 2, 2016 21:19:52", "2016-04-02"},
		{"Orient Net - Reuters 2017-03-20 06:42:00", "2017-03-20"},
		{"Reuters, 03 Aug 2015", "2015-08-03"},
		{"April02/ 2015", "2015-04-02"},
		{"06 April, 2018", "2018-04-06"},
		{"the 10th of February 2018", "2018-02-10"},
		{"Oct. 21", ""},
		{"March 2017", ""},
		{"20/08/2018", ""},
		{"February 30, 2016", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := ""
			if ds := findDates(tc.in); len(ds) > 0 {
				got = string(ds[0].date)
			}
			if got != tc.want {
				t.Errorf("findDates(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://a.example/2019/02/04/story", "2019-02-04"},
		{"https://a.example/news/2015/5/21/story", "2015-05-21"},
		{"https://a.example/la-fg-attack-20160625-snap-story.html", "2016-06-25"},
		{"https://a.example/english/16032018-amp", "2018-03-16"},
		{"https://a.example/2015/11/story/", ""},
		{"https://a.example/news/1494811/story?utm=20190101", ""},
		{"https://a.example/article/us-mali-idUSKCN0Q816220150803", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, _ := urlDate(tc.in)
			if string(got) != tc.want {
				t.Errorf("urlDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
