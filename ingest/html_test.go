package ingest

import (
	"strings"
	"testing"
)

// Invented pages, one per layout or metadata source.
const (
	para1 = "Militia fighters shelled the eastern outskirts of Belun overnight, killing three civilians and damaging a water station, the town council said on Sunday."
	para2 = "The council said repair crews could not reach the station because of continued fire, and that about 4,000 households were without running water."
	para3 = "A spokesman for the militia denied targeting civilian sites, saying its units had fired only at army positions near the river crossing."
)

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name      string
		page, url string
		title     string
		outlet    string
		published string
		kept      []string
		gone      []string
		fallback  bool
	}{
		{
			name: "div_layout_without_article_element",
			page: `<html><head><title>Belun without water after night shelling | Valdoria Today</title></head><body>
<div id="wrap"><div class="post-body entry-content"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div>
<div class="sidebar"><p>Most read: the ten best beaches of the northern coast, and where to stay when you visit them this summer.</p></div></div></body></html>`,
			url:   "https://www.valdoriatoday.example/belun",
			title: "Belun without water after night shelling", outlet: "valdoriatoday.example",
			kept: []string{para1, para2, para3}, gone: []string{"beaches"},
		},
		{
			name: "json_ld_metadata",
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"x","datePublished":"2020-02-03T21:15:00+03:00","publisher":{"@type":"Organization","name":"Belun Herald"}}]}</script>
<title>Night shelling in Belun - Belun Herald</title></head><body><article><p>` + para1 + `</p><p>` + para2 + `</p></article></body></html>`,
			title: "Night shelling in Belun", outlet: "Belun Herald", published: "2020-02-03", kept: []string{para1},
		},
		{
			name:  "article_body_itemprop_wins_and_comments_inside_go",
			page:  `<html><body><div><p>Navigation text that is long enough to be scored as a paragraph by the scorer, with commas, many, many.</p></div><div itemprop="articleBody"><p>` + para1 + `</p><p>` + para2 + `</p><div class="comments-area"><p>Great article, thanks for sharing, keep it up, everyone should read this.</p></div></div></body></html>`,
			kept:  []string{para1, para2},
			gone:  []string{"Navigation text", "Great article"},
			title: "",
		},
		{
			name:      "time_element_in_article",
			page:      `<html><body><article><h1>Belun shelled</h1><time datetime="2021-07-09T06:00:00Z">9 July</time><p>` + para1 + `</p><p>` + para2 + `</p></article><aside><time datetime="2024-01-01">today</time></aside></body></html>`,
			title:     "Belun shelled",
			published: "2021-07-09",
			kept:      []string{"Belun shelled", para1},
		},
		{
			name: "meta_published_time_beats_json_ld",
			page: `<html><head><meta property="article:published_time" content="2019-05-01T10:00:00Z"><meta property="og:site_name" content="Ardan Times">
<script type="application/ld+json">{"datePublished":"2019-05-02"}</script></head><body><article><p>` + para1 + `</p></article></body></html>`,
			published: "2019-05-01", outlet: "Ardan Times",
		},
		{
			name:     "scattered_short_paragraphs_fall_back_to_every_p",
			page:     `<html><body><table><tr><td><p>Belun: three killed.</p></td></tr><tr><td><p>Water station hit.</p></td></tr></table></body></html>`,
			kept:     []string{"Belun: three killed.", "Water station hit."},
			fallback: true,
		},
		{
			name: "line_breaks_and_entities",
			page: `<html><body><article><p>` + para1 + `<br>Second line &amp; more &#8211; with an&nbsp;entity.</p><p>` + para2 + `</p></article></body></html>`,
			kept: []string{para1 + "\nSecond line & more – with an\u00a0entity."},
		},
		{
			name: "hidden_and_scripted_content_goes",
			page: `<html><body><article><p>` + para1 + `</p><p style="display: none">Hidden promo text for subscribers only.</p><script>document.write("x")</script><noscript>Enable JavaScript</noscript><p>` + para2 + `</p></article></body></html>`,
			kept: []string{para1, para2}, gone: []string{"Hidden promo", "document.write", "Enable JavaScript"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ReadHTML([]byte(tc.page), tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if tc.title != "" && p.Title != tc.title {
				t.Errorf("Title = %q, want %q", p.Title, tc.title)
			}
			if tc.outlet != "" && p.Outlet != tc.outlet {
				t.Errorf("Outlet = %q, want %q", p.Outlet, tc.outlet)
			}
			if string(p.Published) != tc.published {
				t.Errorf("Published = %q, want %q", p.Published, tc.published)
			}
			for _, k := range tc.kept {
				if !strings.Contains(p.Text, k) {
					t.Errorf("Text lacks %q:\n%s", k, p.Text)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(p.Text, g) {
					t.Errorf("Text keeps %q:\n%s", g, p.Text)
				}
			}
			// with -tags trafilatura the library picks the content and
			// Fallback is sitrep's own reader's verdict no longer
			if p.Fallback != tc.fallback && contentExtractor == nil {
				t.Errorf("Fallback = %v, want %v", p.Fallback, tc.fallback)
			}
			if strings.Contains(p.Text, "\n\n\n") {
				t.Errorf("more than one blank line between paragraphs")
			}
		})
	}
	t.Run("paragraphs_are_separated_by_blank_lines", func(t *testing.T) {
		p, _ := ReadHTML([]byte(`<article><p>`+para1+`</p><p>`+para2+`</p></article>`), "")
		if p.Text != para1+"\n\n"+para2 {
			t.Errorf("Text = %q", p.Text)
		}
	})
	t.Run("declared_latin1_is_decoded", func(t *testing.T) {
		page := "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Caf\xe9 owners in Belun said three people were killed when shells hit the main square on Sunday evening.</p></article></body></html>"
		p, err := ReadHTML([]byte(page), "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.Text, "Café owners") {
			t.Errorf("Text = %q", p.Text)
		}
	})
	t.Run("page_without_text_is_an_error", func(t *testing.T) {
		if _, err := ReadHTML([]byte(`<html><body><script>x()</script></body></html>`), ""); err == nil {
			t.Error("no error for a page without text")
		}
	})
}
