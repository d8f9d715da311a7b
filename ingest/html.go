package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/sitrep/sitrep"
)

// Page is what the HTML reader takes from a web page: the main content as
// plain text and the page's own metadata.
type Page struct {
	// Text is the main content: one paragraph (or heading, list item) a
	// line, paragraphs separated by blank lines.
	Text      string
	Title     string      // og:title, twitter:title, <h1>, or <title> without its " | Site" suffix
	Published sitrep.Date // from the page's metadata; empty when it has none
	Outlet    string      // og:site_name, application-name, JSON-LD publisher, else the host without www.
	URL       string      // the URL given, else the page's canonical URL
	// Fallback is true when no content container stood out and Text is every
	// paragraph of the page (or, lacking paragraphs, all of its text).
	Fallback bool
	// Encoding is the character encoding the page was read in and how it
	// was known: "utf-8", or e.g. "windows-1256 (meta charset)",
	// "iso-8859-1 (HTTP header)", "windows-1252 (assumed: not UTF-8 and no
	// charset declared)".
	Encoding string
}

// contentExtractor, when set, picks a page's main content instead of the
// reader below: the build tag "trafilatura" sets it to go-trafilatura
// (with its fallbacks on) and go-htmldate. It is off by default because
// those libraries compile thousands of regular expressions when a program
// starts (0.27–0.34 s and 50 MB more for every sitrep command, measured
// on `sitrep version`), which breaks the start-up budget. The content it
// returns is rendered by the same text builder as ours, so paragraphs and
// line breaks are kept the same way.
//
// It is given the page after sitrep's own pruning of furniture (comment
// boxes, share bars, related links), which go-trafilatura would otherwise
// keep when they sit inside the article's element.
var contentExtractor func(root *html.Node, pageURL string) (content *html.Node, title, outlet string, published sitrep.Date, err error)

// ReadHTML extracts the main content and the metadata of an HTML page.
// pageURL, when known, names the page (for the outlet and relative links).
//
// Content: script, style, navigation, header, footer, aside, form, figure
// and similar elements are removed, and so are elements whose class or id
// says comment, share, related, social, sidebar, footer, breadcrumb,
// newsletter or advert. Block containers are scored by the paragraphs they
// hold (text length and commas, discounted by link density, in the manner of
// readability); a single [itemprop=articleBody] or <article> holding the
// text is preferred, and when nothing stands out every <p> of the page is
// taken (Page.Fallback). A page that is not UTF-8 is decoded from the
// charset it declares (Page.Encoding says which, and how it was known).
func ReadHTML(src []byte, pageURL string) (Page, error) {
	return ReadHTMLAs(src, pageURL, "")
}

// ReadHTMLAs is ReadHTML for a page served with an HTTP Content-Type
// header, whose charset counts before the page's own declaration.
func ReadHTMLAs(src []byte, pageURL, contentType string) (Page, error) {
	src, how, err := decodeHTML(src, contentType)
	if err != nil {
		return Page{}, err
	}
	p, err := readHTML(src, pageURL)
	p.Encoding = how
	return p, err
}

// readHTML is sitrep's own reader of a page (see ReadHTML).
func readHTML(src []byte, pageURL string) (Page, error) {
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return Page{}, fmt.Errorf("parse HTML: %w", err)
	}
	m := collectMeta(root)
	body := findBody(root)
	if body == nil {
		return Page{}, fmt.Errorf("%w: HTML page has no body", ErrNoText)
	}
	prune(body)
	nodes, fallback := mainContent(body)
	var b textBuilder
	for _, n := range nodes {
		b.render(n)
		b.paragraph()
	}
	text := b.String()
	if fallback && strings.TrimSpace(text) == "" {
		b = textBuilder{}
		b.render(body)
		text = b.String()
	}
	var xTitle, xOutlet string
	var xPublished sitrep.Date
	if contentExtractor != nil {
		node, title, outlet, published, err := contentExtractor(root, pageURL)
		if err == nil && node != nil {
			if xtext := renderDistinct(node); strings.TrimSpace(xtext) != "" {
				text, fallback = xtext, false
				xTitle, xOutlet, xPublished = title, outlet, published
			}
		}
	}
	if strings.TrimSpace(text) == "" {
		return Page{}, fmt.Errorf("%w: HTML page has no text", ErrNoText)
	}
	p := Page{Text: text, Fallback: fallback, URL: pageURL}
	if p.URL == "" {
		p.URL = firstNonEmpty(m.canonical, m.get("og:url"))
	}
	host := ""
	if u, err := url.Parse(p.URL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	p.Outlet = firstNonEmpty(m.get("og:site_name"), m.get("application-name"), m.publisher, xOutlet, host)
	p.Title = stripSiteSuffix(firstNonEmpty(m.get("og:title"), m.get("twitter:title"), m.h1, m.title, xTitle), p.Outlet, host)
	for _, s := range []string{
		m.get("article:published_time"), m.get("og:published_time"), m.get("datepublished"), m.itempropDate,
		m.ldDate, m.get("pubdate"), m.get("publishdate"), m.get("publish-date"), m.get("publication_date"),
		m.get("dc.date.issued"), m.get("dcterms.issued"), m.get("dc.date"), m.get("dcterms.date"), m.get("sailthru.date"),
		m.get("parsely-pub-date"), m.get("article.published"), m.get("date"), m.timeDate,
	} {
		if d, ok := parseMetaDate(s); ok {
			p.Published = d
			break
		}
	}
	if p.Published.IsZero() {
		p.Published = xPublished
	}
	return p, nil
}

// renderDistinct renders an extracted content node as text, dropping a
// paragraph that repeats the one before it (go-trafilatura's fallback can
// return a short article twice).
func renderDistinct(n *html.Node) string {
	var b textBuilder
	b.render(n)
	paras := strings.Split(b.String(), "\n\n")
	out := paras[:0]
	for i, p := range paras {
		if i > 0 && p == paras[i-1] {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// meta is what collectMeta finds in a page.
type meta struct {
	metas        map[string]string // lower-case property/name/itemprop → first content
	title, h1    string
	canonical    string
	publisher    string // JSON-LD publisher name
	ldDate       string // JSON-LD datePublished
	itempropDate string // an element with itemprop=datePublished
	timeDate     string // <time datetime> inside the article
}

func (m *meta) get(k string) string { return strings.TrimSpace(m.metas[k]) }

// collectMeta walks the whole page for metadata before anything is pruned.
func collectMeta(root *html.Node) *meta {
	m := &meta{metas: map[string]string{}}
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
						if _, ok := m.metas[key]; !ok && content != "" {
							m.metas[key] = content
						}
					}
				}
			case atom.Title:
				if m.title == "" {
					m.title = collapse(innerText(n))
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = collapse(innerText(n))
				}
			case atom.Link:
				if m.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.jsonLD(n.FirstChild.Data)
				}
			case atom.Article, atom.Main:
				inArticle = true
			case atom.Time:
				if m.timeDate == "" && (inArticle || hasAttr(n, "pubdate")) {
					m.timeDate = attr(n, "datetime")
				}
			}
			if m.itempropDate == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				m.itempropDate = firstNonEmpty(attr(n, "content"), attr(n, "datetime"), collapse(innerText(n)))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(root, false)
	return m
}

// jsonLD reads datePublished and the publisher from a JSON-LD block,
// preferring article objects.
func (m *meta) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && m.ldDate == "" {
				m.ldDate = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.publisher == "" {
				if s, ok := p["name"].(string); ok {
					m.publisher = strings.TrimSpace(s)
				}
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// dropTags are elements that never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Template: true,
	atom.Figure: true, atom.Figcaption: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Menu: true, atom.Dialog: true, atom.Head: true,
}

// negativeWords in a class or id mark page furniture.
var negativeWords = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "disqus": true, "respond": true,
	"share": true, "sharing": true, "sharer": true, "shares": true, "sharebar": true, "social": true,
	"related": true, "relatedposts": true, "recommended": true, "recirculation": true, "more": false,
	"sidebar": true, "footer": true, "breadcrumb": true, "breadcrumbs": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "adsense": true, "sponsored": true,
	"promo": true, "outbrain": true, "taboola": true, "popup": true, "modal": true, "cookie": true,
	"nav": true, "navbar": true, "navigation": true, "menu": true, "widget": true, "tags": true,
	"caption": true, "gallery": true, "byline": false, "hidden": true, "print": true, "skip": true,
}

// positiveWords in a class or id mark the article body.
var positiveWords = map[string]bool{
	"article": true, "body": true, "content": true, "entry": true, "main": true,
	"post": true, "story": true, "text": true, "articlebody": true, "blog": true,
}

// classWords splits an element's class and id into lower-case words.
func classWords(n *html.Node) []string {
	s := attr(n, "class") + " " + attr(n, "id")
	if s == " " {
		return nil
	}
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// classWeight is +25 for body-like, −25 for furniture-like names.
func classWeight(n *html.Node) (w float64, negative, positive bool) {
	for _, c := range classWords(n) {
		if negativeWords[c] {
			negative = true
		}
		if positiveWords[c] {
			positive = true
		}
	}
	if negative {
		w -= 25
	}
	if positive {
		w += 25
	}
	return w, negative, positive
}

// prune removes furniture from the body. An element named like furniture is
// kept when it also has a body-like name, is the page's article, or holds
// most of the page's paragraph text (a "has-sidebar" wrapper).
func prune(body *html.Node) {
	total := paragraphText(body)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode {
				n.RemoveChild(c)
			} else if c.Type == html.ElementNode {
				if shouldDrop(c, total) {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(body)
}

func shouldDrop(n *html.Node, total int) bool {
	if dropTags[n.DataAtom] {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ToLower(attr(n, "style")); strings.Contains(strings.ReplaceAll(st, " ", ""), "display:none") {
		return true
	}
	switch n.DataAtom {
	case atom.Article, atom.Main, atom.Body:
		return false
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return false
	}
	_, neg, pos := classWeight(n)
	if !neg || pos {
		return false
	}
	return total < 200 || paragraphText(n)*2 < total
}

// paragraphText is the length of the text in <p> elements under n.
func paragraphText(n *html.Node) int {
	sum := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				sum += len(collapse(innerText(c)))
			} else {
				walk(c)
			}
		}
	}
	walk(n)
	return sum
}

// scored is a candidate container.
type scored struct {
	n     *html.Node
	score float64
}

// mainContent picks the node(s) whose text is the article.
func mainContent(body *html.Node) ([]*html.Node, bool) {
	const minText = 140
	var articleBodies, articles, mains []*html.Node
	scores := map[*html.Node]*scored{}
	var order []*scored
	candidate := func(n *html.Node) *scored {
		if s, ok := scores[n]; ok {
			return s
		}
		s := &scored{n: n}
		switch n.DataAtom {
		case atom.Div, atom.Article:
			s.score = 5
		case atom.Pre, atom.Td, atom.Blockquote, atom.Section:
			s.score = 3
		case atom.Ol, atom.Ul, atom.Li, atom.Dl, atom.Dd, atom.Dt:
			s.score = -3
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
			s.score = -5
		}
		w, _, _ := classWeight(n)
		s.score += w
		scores[n] = s
		order = append(order, s)
		return s
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case strings.EqualFold(attr(c, "itemprop"), "articleBody"):
				articleBodies = append(articleBodies, c)
			case c.DataAtom == atom.Article:
				articles = append(articles, c)
			case c.DataAtom == atom.Main:
				mains = append(mains, c)
			}
			if isParagraph(c) {
				t := collapse(innerText(c))
				if len(t) >= 25 {
					s := 1 + float64(strings.Count(t, ",")+strings.Count(t, "،")) + min(float64(len(t))/100, 3)
					level := 0
					for a := c.Parent; a != nil && a != body.Parent && level < 3; a = a.Parent {
						div := 1.0
						switch level {
						case 1:
							div = 2
						case 2:
							div = 6
						}
						candidate(a).score += s / div
						level++
					}
				}
				if c.DataAtom == atom.P || c.DataAtom == atom.Pre {
					continue
				}
			}
			walk(c)
		}
	}
	walk(body)
	textLen := func(n *html.Node) int { return len(collapse(innerText(n))) }
	if len(articleBodies) == 1 && textLen(articleBodies[0]) >= minText {
		return articleBodies, false
	}
	var top *scored
	for _, s := range order {
		s.score *= 1 - linkDensity(s.n)
		if top == nil || s.score > top.score {
			top = s
		}
	}
	if len(articles) == 1 && textLen(articles[0]) >= minText {
		if top == nil || isInside(top.n, articles[0]) || paragraphText(articles[0])*2 >= paragraphText(top.n) {
			return articles, false
		}
	}
	if top != nil && textLen(top.n) >= minText {
		return withSiblings(top, scores), false
	}
	if len(mains) == 1 && textLen(mains[0]) >= minText {
		return mains, false
	}
	var ps []*html.Node
	var collect func(n *html.Node)
	collect = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				ps = append(ps, c)
				continue
			}
			collect(c)
		}
	}
	collect(body)
	return ps, true
}

// withSiblings adds to the top container the siblings that look like more
// of the article (readability's sibling rule).
func withSiblings(top *scored, scores map[*html.Node]*scored) []*html.Node {
	if top.n.Parent == nil || top.n.DataAtom == atom.Body {
		return []*html.Node{top.n}
	}
	threshold := max(10, top.score*0.2)
	var out []*html.Node
	for c := top.n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top.n {
			out = append(out, c)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		if s, ok := scores[c]; ok && s.score >= threshold {
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			t := collapse(innerText(c))
			ld := linkDensity(c)
			if len(t) > 80 && ld < 0.25 || len(t) > 0 && ld == 0 && strings.HasSuffix(t, ".") {
				out = append(out, c)
			}
		}
	}
	return out
}

// isParagraph reports whether n holds a paragraph of text: p, pre, td,
// blockquote, or a div/section with no block children.
func isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		return true
	case atom.Div, atom.Section:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && blockTags[c.DataAtom] {
				return false
			}
		}
		return true
	}
	return false
}

func isInside(n, anc *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// linkDensity is the share of n's text inside links.
func linkDensity(n *html.Node) float64 {
	total, linked := 0, 0
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		if n.Type == html.TextNode {
			l := len(strings.TrimSpace(n.Data))
			total += l
			if in {
				linked += l
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			in = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	if total == 0 {
		return 0
	}
	return float64(linked) / float64(total)
}

// blockTags start a new line of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Dd: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tr: true, atom.Ul: true,
	atom.Summary: true, atom.Center: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

// textBuilder renders nodes as paragraphs: one a line, a blank line between.
type textBuilder struct {
	out   strings.Builder
	line  strings.Builder
	cur   []string // lines of the current paragraph (split by <br>)
	space bool     // a collapsed space is pending
}

// render writes the text of n.
func (b *textBuilder) render(n *html.Node) {
	a := n.DataAtom
	if a == 0 && n.Type == html.ElementNode {
		a = atom.Lookup([]byte(n.Data)) // built by a library, not parsed
	}
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
		switch a {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Img:
			return
		case atom.Br:
			b.lineBreak()
			return
		case atom.Td, atom.Th:
			b.space = true
		}
	case html.CommentNode:
		return
	}
	block := n.Type == html.ElementNode && blockTags[a]
	if block {
		b.paragraph()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.render(c)
	}
	if block {
		b.paragraph()
	}
}

// text appends inline text, collapsing runs of ASCII white space.
func (b *textBuilder) text(s string) {
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			b.space = true
			continue
		}
		if b.space && b.line.Len() > 0 {
			b.line.WriteByte(' ')
		}
		b.space = false
		b.line.WriteRune(r)
	}
}

// lineBreak ends the current line inside a paragraph (<br>).
func (b *textBuilder) lineBreak() {
	b.space = false
	if b.line.Len() == 0 {
		return
	}
	b.cur = append(b.cur, b.line.String())
	b.line.Reset()
}

// paragraph ends the current paragraph.
func (b *textBuilder) paragraph() {
	b.lineBreak()
	if len(b.cur) == 0 {
		return
	}
	if b.out.Len() > 0 {
		b.out.WriteString("\n\n")
	}
	b.out.WriteString(strings.Join(b.cur, "\n"))
	b.cur = b.cur[:0]
}

// String returns the text written so far.
func (b *textBuilder) String() string {
	b.paragraph()
	return b.out.String()
}

// findBody returns the <body> element.
func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// innerText is the raw text under n (scripts and styles excluded).
func innerText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && blockTags[c.DataAtom] {
				sb.WriteByte(' ')
			}
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// collapse trims s and folds runs of ASCII white space to one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// titleSeparators split a page title from the site name after it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · "}

// stripSiteSuffix removes a trailing " | Site" from a title: when the tail
// names the site or host, or is a short capitalised name without digits
// after a title of three or more words.
func stripSiteSuffix(title, site, host string) string {
	title = collapse(title)
	for range 2 {
		cut := -1
		sep := ""
		for _, s := range titleSeparators {
			if i := strings.LastIndex(title, s); i > cut {
				cut, sep = i, s
			}
		}
		if cut <= 0 {
			return title
		}
		left, right := title[:cut], title[cut+len(sep):]
		if !isSiteName(right, site, host) || len(strings.Fields(left)) < 3 && !sameName(right, site, host) {
			return title
		}
		title = strings.TrimSpace(left)
	}
	return title
}

func sameName(s, site, host string) bool {
	f := foldName(s)
	if f == "" {
		return false
	}
	if site != "" && f == foldName(site) {
		return true
	}
	h := foldName(strings.Split(host, ".")[0])
	return h != "" && (f == h || strings.HasPrefix(foldName(host), f) || strings.Contains(f, h))
}

func isSiteName(s, site, host string) bool {
	if sameName(s, site, host) {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
	}
	return true
}

// foldName keeps the lower-case letters and digits of a name.
func foldName(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
