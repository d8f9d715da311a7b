package timex

import (
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// word is what the lexicon knows of one lower-cased word.
type word struct {
	kw        keyword
	month     int8 // 1–12, 0 when not a month name
	weekday   int8 // 0–6 + 1 (so that 0 means none)
	wdAbbrev  bool // a weekday abbreviation ("Sat"): only inside full dates
	number    int  // value of a number word, 0 when none
	vague     bool // "few", "several", "couple"
	unitDays  int  // days in a unit of time; -1 when not a unit (0: hours, minutes)
	ambiguous bool // a month name that is also a common word
	abbrev    bool // a month abbreviation, which may take a full stop ("Oct.")
	flags     wflag
}

type wflag uint16

const (
	fDaypart wflag = 1 << iota
	fReporting
	fReportingFiller
	fNameBefore
	fNameAfter
	fEventNoun
	fDurationAdj
)

// lexicon maps lower-cased words to what they are.
type lexicon struct {
	words map[string]*word
}

//go:embed lexicon.txt
var embeddedLexicon string

var (
	lexOnce sync.Once
	lexCur  atomic.Pointer[lexicon]
	lexMu   sync.Mutex
)

// lex returns the lexicon in force, parsing the embedded one on first use.
func lex() *lexicon {
	lexOnce.Do(func() {
		l := newLexicon()
		if err := l.parse(embeddedLexicon, "lexicon.txt"); err != nil {
			panic("timex: embedded lexicon: " + err.Error())
		}
		lexCur.Store(l)
	})
	return lexCur.Load()
}

// LoadLexicon adds the words of a lexicon file (the format of the embedded
// lexicon.txt: "class: word; word") to the lexicon every Find uses, for
// another month spelling, reporting verb or newspaper name. On error the
// lexicon is unchanged; source names the input in messages.
func LoadLexicon(r io.Reader, source string) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", source, err)
	}
	lexMu.Lock()
	defer lexMu.Unlock()
	next := lex().clone()
	if err := next.parse(string(b), source); err != nil {
		return err
	}
	lexCur.Store(next)
	return nil
}

func newLexicon() *lexicon {
	l := &lexicon{words: make(map[string]*word, 512)}
	for w, k := range keywords {
		l.get(w).kw = k
	}
	return l
}

func (l *lexicon) clone() *lexicon {
	c := &lexicon{words: make(map[string]*word, len(l.words))}
	for k, w := range l.words {
		cp := *w
		c.words[k] = &cp
	}
	return c
}

// get returns the entry of w, creating it.
func (l *lexicon) get(w string) *word {
	e := l.words[w]
	if e == nil {
		e = &word{unitDays: -1}
		l.words[w] = e
	}
	return e
}

// parse reads lexicon lines into l.
func (l *lexicon) parse(text, source string) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", source, n+1)
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			return fmt.Errorf("%s: want \"class: word; word\", got %q", where, line)
		}
		head := strings.Fields(line[:colon])
		if len(head) == 0 || len(head) > 2 {
			return fmt.Errorf("%s: bad class %q", where, line[:colon])
		}
		class := strings.ToLower(head[0])
		num := 0
		if len(head) == 2 {
			v, err := strconv.Atoi(head[1])
			if err != nil {
				return fmt.Errorf("%s: class %s: %q is not a number", where, class, head[1])
			}
			num = v
		}
		var words []string
		for _, w := range strings.Split(line[colon+1:], ";") {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			if strings.ContainsAny(w, " \t") {
				return fmt.Errorf("%s: %q: one word per entry", where, w)
			}
			words = append(words, w)
		}
		numbered := map[string]bool{"month": true, "weekday": true, "number": true, "unit": true}
		if numbered[class] != (len(head) == 2) {
			if numbered[class] {
				return fmt.Errorf("%s: class %s needs a number (\"%s N: ...\")", where, class, class)
			}
			return fmt.Errorf("%s: class %s takes no number", where, class)
		}
		for _, w := range words {
			e := l.get(w)
			switch class {
			case "month":
				if num < 1 || num > 12 {
					return fmt.Errorf("%s: month %d out of range", where, num)
				}
				e.month = int8(num)
				e.abbrev = w != words[0]
			case "ambiguous-month":
				e.ambiguous = true
			case "weekday":
				if num < 0 || num > 6 {
					return fmt.Errorf("%s: weekday %d out of range (0 = Sunday)", where, num)
				}
				e.weekday = int8(num + 1)
				// Three- and four-letter forms are abbreviations.
				e.wdAbbrev = len(w) <= 5 && !strings.HasSuffix(w, "day")
			case "number":
				if num < 1 {
					return fmt.Errorf("%s: number %d out of range", where, num)
				}
				e.number = num
			case "vague-number":
				e.vague = true
			case "unit":
				if num < 0 {
					return fmt.Errorf("%s: unit %d out of range", where, num)
				}
				e.unitDays = num
			case "daypart":
				e.flags |= fDaypart
			case "reporting":
				e.flags |= fReporting
			case "reporting-filler":
				e.flags |= fReportingFiller
			case "name-before":
				e.flags |= fNameBefore
			case "name-after":
				e.flags |= fNameAfter
			case "event-noun":
				e.flags |= fEventNoun
			case "duration-adjective":
				e.flags |= fDurationAdj
			default:
				return fmt.Errorf("%s: unknown class %q", where, class)
			}
		}
	}
	return nil
}

// keyword is a structural word of the date grammar, fixed in code.
type keyword uint8

const (
	kwNone keyword = iota
	kwToday
	kwTonight
	kwYesterday
	kwTomorrow
	kwOvernight
	kwLast
	kwThis
	kwNext
	kwPast
	kwPrevious
	kwComing
	kwSince
	kwDuring
	kwThroughout
	kwAs
	kwOf
	kwSo
	kwFar
	kwTo
	kwDate
	kwIn
	kwOn
	kwAt
	kwThe
	kwOver
	kwFor
	kwWithin
	kwFrom
	kwBetween
	kwAnd
	kwUntil
	kwInto
	kwLate
	kwEarly
	kwMid
	kwEarlier
	kwLater
	kwAgo
	kwBefore
	kwAfter
	kwSame
	kwThat
	kwFollowing
	kwRecent
	kwWeekend
	kwStart
	kwEnd
	kwAround
	kwAbout
	kwBy
	kwWe
	kwSpeak
	kwBegan
	kwWas
	kwChristmas
	kwEve
	kwNew
	kwYear
	kwDay
	kwNight
	kwMidnight
	kwMorning
	kwA
)

var keywords = map[string]keyword{
	"today": kwToday, "tonight": kwTonight, "yesterday": kwYesterday, "tomorrow": kwTomorrow,
	"overnight": kwOvernight, "last": kwLast, "this": kwThis, "next": kwNext, "past": kwPast,
	"previous": kwPrevious, "coming": kwComing, "since": kwSince, "during": kwDuring,
	"throughout": kwThroughout, "as": kwAs, "of": kwOf, "so": kwSo, "far": kwFar, "to": kwTo,
	"date": kwDate, "in": kwIn, "on": kwOn, "at": kwAt, "the": kwThe, "over": kwOver, "for": kwFor,
	"within": kwWithin, "from": kwFrom, "between": kwBetween, "and": kwAnd, "until": kwUntil,
	"till": kwUntil, "into": kwInto, "late": kwLate, "early": kwEarly, "mid": kwMid,
	"earlier": kwEarlier, "later": kwLater, "ago": kwAgo, "before": kwBefore, "after": kwAfter,
	"same": kwSame, "that": kwThat, "following": kwFollowing, "recent": kwRecent,
	"weekend": kwWeekend, "start": kwStart, "beginning": kwStart, "outset": kwStart, "launch": kwStart,
	"end": kwEnd, "around": kwAround, "about": kwAbout, "by": kwBy, "we": kwWe, "speak": kwSpeak,
	"began": kwBegan, "started": kwBegan, "begun": kwBegan, "launched": kwBegan, "was": kwWas,
	"christmas": kwChristmas, "eve": kwEve, "new": kwNew, "year": kwYear, "day": kwDay,
	"night": kwNight, "midnight": kwMidnight, "morning": kwMorning, "afternoon": kwMorning,
	"evening": kwMorning, "a": kwA, "an": kwA,
}
